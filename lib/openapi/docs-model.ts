// The /docs page's view of the API: the OpenAPI document flattened into endpoints with their
// parameters, form fields and responses in words, so the page only lays them out.
import { buildOpenApiDocument } from './build-document';
import { OPERATIONS, type Operation } from './paths';

type Json = Record<string, unknown>;

export type DocParam = { name: string; where: 'path' | 'query' | 'form' | 'json'; required: boolean; type: string; description: string };
export type DocEndpoint = Pick<Operation, 'method' | 'path' | 'tag' | 'summary' | 'description' | 'example'> & {
  id: string;
  params: DocParam[];
  responses: { status: string; description: string; body: string }[];
};

/** A JSON Schema in a few words: `integer 1..100, default 20`, `full_extraction | text_only`. */
export function typeOf(schema: Json): string {
  const ref = typeof schema.$ref === 'string' ? schema.$ref.split('/').pop() : undefined;
  if (ref) return ref;
  const parts: string[] = [];
  if (Array.isArray(schema.enum)) parts.push(schema.enum.map(String).join(' | '));
  else if (schema.format === 'binary') parts.push('file');
  else if (schema.type === 'array') parts.push(`${typeOf((schema.items ?? {}) as Json)}, repeated`);
  else parts.push(String(schema.type ?? 'any'));
  if (schema.minimum !== undefined || schema.maximum !== undefined) parts.push(`${schema.minimum ?? ''}..${schema.maximum ?? ''}`);
  if (schema.maxLength !== undefined) parts.push(`at most ${schema.maxLength} characters`);
  const text = parts.join(' ');
  return schema.default === undefined ? text : `${text}, default ${JSON.stringify(schema.default)}`;
}

function bodyParams(requestBody: Json | undefined): DocParam[] {
  const content = (requestBody?.content ?? {}) as Record<string, { schema: Json }>;
  const [type, media] = Object.entries(content)[0] ?? [];
  if (!media) return [];
  const required = new Set((media.schema.required as string[] | undefined) ?? []);
  return Object.entries((media.schema.properties ?? {}) as Record<string, Json>).map(([name, s]) => ({
    name,
    where: type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded' ? 'form' : 'json',
    required: required.has(name),
    type: typeOf(s),
    description: String(s.description ?? ''),
  }));
}

export function docsModel(): { version: string; endpoints: DocEndpoint[] } {
  const doc = buildOpenApiDocument();
  const endpoints = OPERATIONS.map((op): DocEndpoint => {
    const o = doc.paths[op.path][op.method];
    const params = ((o.parameters ?? []) as Json[]).map((p) => ({
      name: String(p.name),
      where: p.in as 'path' | 'query',
      required: Boolean(p.required),
      type: typeOf(p.schema as Json),
      description: String(p.description ?? ''),
    }));
    const responses = Object.entries(o.responses as Record<string, Json>).map(([status, r]) => {
      const [media, body] = Object.entries((r.content ?? {}) as Record<string, { schema: Json }>)[0] ?? [];
      return { status, description: String(r.description), body: media ? (media === 'application/json' ? typeOf(body.schema) : media) : '' };
    });
    return { ...op, id: String(o.operationId), params: [...params, ...bodyParams(o.requestBody as Json | undefined)], responses };
  });
  return { version: String((doc.info as Json).version), endpoints };
}
