// The OpenAPI 3.1 document of the API, generated from the path table (paths.ts) and its zod
// schemas with zod's own JSON Schema converter: what validates a request is what describes it.
import { z } from 'zod';
import { version } from '../version';
import { COMPONENTS, OPERATIONS, PARAM_MEANINGS, PATH_PARAMS, type Operation, type ResponseSpec } from './paths';

type Json = Record<string, unknown>;

const ref = (id: string) => `#/components/schemas/${id}`;
const SAFE = Number.MAX_SAFE_INTEGER;

/** Drops what OpenAPI does not want inside a component ($schema, $id) and zod's ±2^53 integer bounds. */
function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean);
  if (value === null || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === '$schema' || key === '$id') continue;
    if ((key === 'minimum' || key === 'maximum') && Math.abs(Number(v)) === SAFE) continue;
    out[key] = clean(v);
  }
  return out;
}

const inputSchema = (schema: z.ZodType) => clean(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })) as Json;

/** `get /api/batches/{id}/export` → `getBatchesIdExport`. */
export function operationId(op: Pick<Operation, 'method' | 'path'>): string {
  const words = op.path.replace(/^\/api\//, '').split(/[/{}.]+/).filter(Boolean);
  return op.method + words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

function parameters(op: Operation): Json[] {
  const params: Json[] = [];
  for (const [, name] of op.path.matchAll(/\{(\w+)\}/g)) {
    const owner = op.path.split('/')[2];
    params.push({ name, in: 'path', required: true, description: PATH_PARAMS[owner] ?? name, schema: { type: 'string' } });
  }
  if (op.query) {
    const schema = inputSchema(op.query);
    const required = new Set((schema.required as string[] | undefined) ?? []);
    for (const [name, prop] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
      const { description = PARAM_MEANINGS[name], ...rest } = prop;
      params.push({ name, in: 'query', required: required.has(name), ...(description ? { description } : {}), schema: rest });
    }
  }
  return params;
}

/** A body schema whose fields all say what they mean (PARAM_MEANINGS where the schema is silent). */
function describedBody(schema: Json): Json {
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  for (const [name, prop] of Object.entries(properties)) if (!prop.description && PARAM_MEANINGS[name]) prop.description = PARAM_MEANINGS[name];
  return schema;
}

function requestBody(op: Operation): Json | undefined {
  if (!op.body) return undefined;
  const schema = describedBody(inputSchema(op.body.schema));
  if (op.body.type === 'json') return { required: true, content: { 'application/json': { schema } } };
  if (op.body.type === 'form') return { required: true, content: { 'application/x-www-form-urlencoded': { schema }, 'application/json': { schema } } };
  const files = Object.entries((schema.properties ?? {}) as Record<string, Json>)
    .filter(([, p]) => p.format === 'binary' || (p.items as Json | undefined)?.format === 'binary')
    .map(([name]) => [name, { contentType: 'application/pdf' }]);
  return { required: true, content: { 'multipart/form-data': { schema, encoding: Object.fromEntries(files) } } };
}

function response(spec: ResponseSpec, schemaOf: (schema: z.ZodType) => unknown): Json {
  const headers = spec.headers
    ? Object.fromEntries(Object.entries(spec.headers).map(([name, example]) => [name, { schema: { type: 'string' }, example }]))
    : undefined;
  const body = spec.schema ? schemaOf(spec.schema) : { type: 'string', contentMediaType: spec.file };
  const content = spec.schema || spec.file ? { [spec.file ?? 'application/json']: { schema: body } } : undefined;
  return { description: spec.description, ...(headers ? { headers } : {}), ...(content ? { content } : {}) };
}

export type OpenApiDocument = Json & { openapi: '3.1.0'; paths: Record<string, Record<string, Json>> };

export function buildOpenApiDocument(): OpenApiDocument {
  const registry = z.registry<{ id: string }>();
  const idOf = new Map<z.ZodType, string>();
  for (const [id, schema] of Object.entries(COMPONENTS)) {
    registry.add(schema, { id });
    idOf.set(schema, id);
  }
  const { schemas } = z.toJSONSchema(registry, { uri: ref, unrepresentable: 'any' });
  const schemaOf = (schema: z.ZodType) => {
    const id = idOf.get(schema);
    return id ? { $ref: ref(id) } : clean(z.toJSONSchema(schema, { unrepresentable: 'any' }));
  };

  const paths: Record<string, Record<string, Json>> = {};
  for (const op of OPERATIONS) {
    const responses = Object.fromEntries(Object.entries(op.responses).map(([status, spec]) => [status, response(spec, schemaOf)]));
    responses['500'] = response({ description: 'Something went wrong on the server (logged there).', schema: COMPONENTS.Error }, schemaOf);
    const params = parameters(op);
    const body = requestBody(op);
    (paths[op.path] ??= {})[op.method] = {
      operationId: operationId(op),
      tags: [op.tag],
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      ...(params.length ? { parameters: params } : {}),
      ...(body ? { requestBody: body } : {}),
      ...(op.public ? { security: [] } : {}),
      responses,
      'x-codeSamples': [{ lang: 'Shell', label: 'curl', source: op.example }],
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'pdf-batch',
      version,
      description:
        'Upload PDFs in batches, follow their processing, and take the results out. JSON in snake_case; every error is `{ "error": { "code", "message" } }`. Live updates are on Socket.IO (`batch:subscribe`), outside this document.',
    },
    tags: [
      { name: 'Batches', description: 'Upload, follow, control and export batches of PDFs.' },
      { name: 'Jobs', description: 'One document of a batch; every job across batches, filtered, with bulk retry and cancel.' },
      { name: 'Analytics', description: 'How the service did over a time range, from the database.' },
      { name: 'Documents', description: 'One PDF processed right away.' },
      { name: 'Queue', description: 'Pause and resume the whole queue.' },
      { name: 'Templates', description: 'Saved settings for new batches, chosen by name in uploads, the CLI and the watched folder.' },
      { name: 'Service', description: 'Health and this document.' },
      { name: 'Access', description: 'Signing in and out in a browser (scripts send the token as a bearer header).' },
    ],
    paths,
    security: [{ bearer: [] }],
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, clean(s)])),
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            'With AUTH_TOKEN set on the server, every operation but health and sign-in/out needs `Authorization: Bearer <token>` (or the session cookie of /sign-in); without it, 401 `unauthorized`. Without AUTH_TOKEN nothing is checked.',
        },
      },
    },
  };
}
