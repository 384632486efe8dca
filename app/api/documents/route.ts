// POST /api/documents?wait=&timeout= - one PDF ("file", optional "workflow" and "ocr") processed next;
// 200 with the result when it has ended, else 202 with the job and where to poll (Location)
import { submitDocument } from '@/lib/documents/submit-document';
import { json, parseQuery, route } from '@/lib/http/respond';
import { documentQuerySchema } from '@/lib/schemas/document';

export const dynamic = 'force-dynamic';

export const POST = route(async (request) => {
  const answer = await submitDocument(request, parseQuery(request, documentQuerySchema));
  return answer.done ? json(answer) : json(answer, 202, { location: answer.poll_url });
});
