// POST /api/batches/demo - create a batch from the sample PDFs that ship with the app
// (optional JSON body: { name?, workflow?, priority?, ocr?, template?, start_at?, hold?, notify_email? })
import { admitUpload } from '@/lib/admission/admit-upload';
import { createDemoBatch } from '@/lib/batches/create-demo-batch';
import { AppError } from '@/lib/errors';
import { readCappedText } from '@/lib/http/body-limit';
import { json, route } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';

export const POST = route(async (request) => {
  await admitUpload(request); // counts as an upload: rate limit, queue and disk
  const text = await readCappedText(request);
  let body: unknown = {};
  try {
    if (text.trim()) body = JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'The body must be JSON, for example {"workflow":"classify"}, or empty.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new AppError('bad_request', 'The body must be a JSON object, for example {"workflow":"classify"}, or empty.');
  return json(await createDemoBatch(body as Record<string, unknown>), 201);
});
