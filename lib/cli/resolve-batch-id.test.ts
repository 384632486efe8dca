// The start of a batch id on the command line: one match is that batch, several are named, none is
// left to the server (it may be a job id).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PdfBatchClient } from '../client/pdf-batch-client';
import { resolveBatchId } from './resolve-batch-id';

const ids = ['8ff1cf87-0000-4000-8000-000000000001', '8ff2aaaa-0000-4000-8000-000000000002', '12345678-0000-4000-8000-000000000003'];
const client = {
  listBatches: async ({ cursor }: { cursor?: string | null }) =>
    cursor
      ? { batches: [{ batch_id: ids[2], name: 'C' }], next_cursor: null }
      : { batches: [{ batch_id: ids[0], name: 'A' }, { batch_id: ids[1], name: 'B' }], next_cursor: 'page-2' },
} as unknown as PdfBatchClient;

test('a unique start of an id is that batch, on any page; a whole id is taken as it is', async () => {
  assert.equal(await resolveBatchId(client, '8ff1'), ids[0]);
  assert.equal(await resolveBatchId(client, '1234'), ids[2]);
  assert.equal(await resolveBatchId(client, ids[1]), ids[1]);
});

test('a start several batches share names them; none is left to the server', async () => {
  await assert.rejects(resolveBatchId(client, '8ff'), /More than one batch id starts with "8ff": .*\("A"\).*\("B"\)/);
  assert.equal(await resolveBatchId(client, 'job-id'), 'job-id');
});
