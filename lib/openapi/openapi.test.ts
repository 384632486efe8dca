// The OpenAPI document cannot drift from the routes: every app/**/route.ts method is in it,
// nothing in it lacks a route, and every $ref points to a component that exists.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument, operationId } from './build-document';
import { OPERATIONS } from './paths';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'app');

/** `api/batches/[id]/export/route.ts` → `/api/batches/{id}/export`, with the methods it exports. */
function routesOnDisk(): Map<string, Set<string>> {
  const routes = new Map<string, Set<string>>();
  for (const entry of readdirSync(appDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'route.ts') continue;
    const file = path.join(entry.parentPath, entry.name);
    const dir = path.relative(appDir, entry.parentPath).split(path.sep).filter(Boolean);
    const urlPath = `/${dir.map((s) => s.replace(/^\[(\w+)\]$/, '{$1}')).join('/')}`;
    const source = readFileSync(file, 'utf8');
    const methods = [...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1].toLowerCase());
    assert.ok(methods.length > 0, `${file} exports no HTTP method`);
    routes.set(urlPath, new Set(methods));
  }
  return routes;
}

test('every route file and method under app/ is in the OpenAPI document', () => {
  const doc = buildOpenApiDocument();
  const routes = routesOnDisk();
  assert.ok(routes.size >= 15, `found only ${routes.size} route files`);
  for (const [urlPath, methods] of routes) {
    for (const method of methods) assert.ok(doc.paths[urlPath]?.[method], `${method.toUpperCase()} ${urlPath} is missing from lib/openapi/paths.ts`);
  }
});

test('every operation in the document has a route file that exports its method', () => {
  const routes = routesOnDisk();
  for (const op of OPERATIONS) assert.ok(routes.get(op.path)?.has(op.method), `${op.method.toUpperCase()} ${op.path} has no route handler`);
});

test('operations are unique, and every $ref resolves to a component', () => {
  const ids = OPERATIONS.map(operationId);
  assert.equal(new Set(ids).size, ids.length, 'operation ids must be unique');
  const doc = buildOpenApiDocument();
  assert.equal(doc.openapi, '3.1.0');
  const schemas = (doc.components as { schemas: Record<string, unknown> }).schemas;
  const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]);
  assert.ok(refs.length > 20);
  for (const ref of refs) {
    const match = /^#\/components\/schemas\/(\w+)$/.exec(ref);
    assert.ok(match && match[1] in schemas, `dangling $ref ${ref}`);
  }
});

test('request schemas come from the validators: query defaults and limits, multipart files', () => {
  const doc = buildOpenApiDocument();
  type Param = { name: string; in: string; required: boolean; schema: { maximum?: number; default?: unknown; enum?: string[] } };
  const params = (p: string, m: string) => (doc.paths[p][m].parameters ?? []) as Param[];
  const limit = params('/api/batches', 'get').find((p) => p.name === 'limit');
  assert.deepEqual([limit?.required, limit?.schema.maximum, limit?.schema.default], [false, 100, 20]);
  const timeout = params('/api/documents', 'post').find((p) => p.name === 'timeout');
  assert.equal(timeout?.schema.maximum, 300);
  const upload = doc.paths['/api/batches'].post.requestBody as { content: Record<string, { schema: { required: string[]; properties: Record<string, unknown> } }> };
  const form = upload.content['multipart/form-data'].schema;
  assert.deepEqual(form.required, ['files']);
  assert.ok('workflow' in form.properties && 'priority' in form.properties);
  assert.deepEqual(params('/api/batches/{id}', 'get').map((p) => [p.name, p.in]), [['id', 'path']]);
});
