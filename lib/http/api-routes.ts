// What the API's route handlers answer, from the one table of endpoints (lib/openapi/paths.ts,
// which openapi.test.ts keeps equal to the route files): so that an unknown /api path is a JSON 404
// and a method its path does not take a JSON 405 with `Allow`, not Next's HTML page or empty body.
import { OPERATIONS } from '../openapi/paths';

type Route = { segments: (string | null)[]; methods: string[] };

/** `/api/batches/{id}` → ['api', 'batches', null], null standing for any one segment. */
const segmentsOf = (template: string) => template.split('/').slice(1).map((s) => (s.startsWith('{') ? null : s));

const ROUTES: Route[] = [];
for (const op of OPERATIONS) {
  const existing = ROUTES.find((r) => r.segments.join('/') === segmentsOf(op.path).join('/'));
  if (existing) existing.methods.push(op.method.toUpperCase());
  else ROUTES.push({ segments: segmentsOf(op.path), methods: [op.method.toUpperCase()] });
}

const matches = (route: Route, parts: string[]) =>
  route.segments.length === parts.length && route.segments.every((s, i) => s === null || s === parts[i]);

/** Next's order: at the first segment where two routes differ, a fixed name wins over a parameter. */
const moreSpecific = (a: Route, b: Route) => {
  for (let i = 0; i < a.segments.length; i++) {
    if ((a.segments[i] === null) !== (b.segments[i] === null)) return a.segments[i] !== null;
  }
  return false;
};

/** The methods the route at `path` declares (GET, POST, ...), or null when no route has the path. */
export function routeMethods(path: string): string[] | null {
  const parts = path.split('/').slice(1);
  let best: Route | null = null;
  for (const route of ROUTES) if (matches(route, parts) && (!best || moreSpecific(route, best))) best = route;
  return best ? best.methods : null;
}

export type Unrouted = { status: 404 | 405; code: 'not_found' | 'method_not_allowed'; message: string; headers?: Record<string, string> };

/**
 * A request under /api that no route handler takes: a path none has (404), or a method its route
 * does not declare (405; HEAD goes with GET and OPTIONS is always answered, as Next does). A path
 * with a trailing slash is left to Next, which redirects it to the path without.
 */
export function unrouted(method: string, path: string): Unrouted | null {
  if (!(path === '/api' || path.startsWith('/api/')) || (path.length > 1 && path.endsWith('/'))) return null;
  const methods = routeMethods(path);
  if (!methods) return { status: 404, code: 'not_found', message: `There is no API endpoint ${path}. GET /api/openapi.json lists them all.` };
  const verb = method.toUpperCase();
  if (methods.includes(verb) || verb === 'OPTIONS' || (verb === 'HEAD' && methods.includes('GET'))) return null;
  const allow = [...methods, ...(methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'];
  return {
    status: 405,
    code: 'method_not_allowed',
    message: `${path} does not take ${verb}; allowed: ${methods.join(', ')}.`,
    headers: { allow: allow.join(', ') },
  };
}
