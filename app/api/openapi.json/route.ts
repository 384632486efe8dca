// GET /api/openapi.json - the API as an OpenAPI 3.1 document, generated from the zod schemas
import { json, route } from '@/lib/http/respond';
import { buildOpenApiDocument } from '@/lib/openapi/build-document';

export const dynamic = 'force-dynamic';

export const GET = route(async () => json(buildOpenApiDocument()));
