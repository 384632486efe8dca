// SPICE models through the real server: two discrete datasheets of the shared corpus (a PNP pair,
// BC556 / BC557, and a diode family, 1N4148 / 1N4448) uploaded, processed, and their models found
// in the job's result (one per part number, the right kind, checks against the datasheet) and in
// the batch's ZIP (models/<part>.lib and models.lib), each card as ngspice reads it.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import JSZip from 'jszip';
import type { JobDetail } from '../../lib/jobs/get-job';
import { jobDetailSchema } from '../../lib/schemas/responses';
import type { SpiceModel } from '../../lib/spice/types';
import { getJson, uploadBatch, waitForBatch } from '../support/api';
import { projectRoot, removeDataDir, startServer, type TestServer } from '../support/server';

const CORPUS = path.resolve(projectRoot, '..', 'shared', 'corpus', 'datasheets');
const FILES = ['BC556557.PDF', '1N4148_1N4448.pdf'];

describe('SPICE models from datasheets', { skip: !existsSync(CORPUS) && 'no ../shared/corpus here' }, () => {
  let server: TestServer;
  let batchId: string;
  const models = new Map<string, SpiceModel>();

  before(async () => {
    server = await startServer();
    const { status, body } = await uploadBatch(server.url, FILES.map((f) => ({ path: path.join(CORPUS, f) })));
    assert.equal(status, 201, JSON.stringify(body));
    batchId = body.batch_id;
    const batch = await waitForBatch(server.url, batchId, 180_000);
    for (const job of batch.jobs) {
      assert.equal(job.status, 'completed', job.filename);
      const { body: detail } = await getJson<JobDetail>(server.url, `/api/jobs/${job.job_id}`);
      jobDetailSchema.parse(detail);
      const domain = detail.result?.domain;
      assert.equal(domain?.type, 'datasheet', job.filename);
      if (domain?.type === 'datasheet') for (const m of domain.spice_models) models.set(m.part, m);
    }
  });

  after(async () => {
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  test('one model per part number, of the right kind, each parameter with its source', () => {
    assert.deepEqual([...models.keys()].sort(), ['1N4148', '1N4448', 'BC556', 'BC557']);
    assert.equal(models.get('BC556')?.kind, 'PNP');
    assert.equal(models.get('1N4148')?.kind, 'D');
    const bc556 = models.get('BC556')!;
    assert.match(bc556.model, /^\.model BC556 PNP\(/m);
    assert.equal(bc556.parameters.BF.from, 'fitted');
    assert.ok(bc556.parameters.BF.source_rows.some((r) => r.page === 3 && /hFE/i.test(r.symbol ?? '')));
    assert.equal(bc556.parameters.TR.from, 'default');
    assert.equal(models.get('1N4148')?.parameters.BV.from, 'datasheet', 'from the reverse voltage rating');
  });

  test('the checks put the model next to the datasheet at its test conditions', () => {
    const bc557 = models.get('BC557')!;
    const vcesat = bc557.checks.find((c) => c.quantity === 'VCE(sat)' && c.conditions.IC === 0.1);
    assert.ok(vcesat, JSON.stringify(bc557.checks));
    assert.deepEqual(vcesat.datasheet, { value: 0.18, kind: 'typ', page: 3 });
    assert.ok(Math.abs(vcesat.error_pct) <= 25, JSON.stringify(vcesat));
    const hfe = bc557.checks.filter((c) => c.quantity === 'hFE');
    assert.deepEqual(hfe.map((c) => c.datasheet.kind).sort(), ['max', 'min']);
    assert.ok(hfe.every((c) => c.model_value >= 125 && c.model_value <= 800), JSON.stringify(hfe));
    const vf = models.get('1N4448')!.checks.find((c) => c.quantity === 'VF' && c.conditions.IF === 0.005 && c.datasheet.kind === 'max');
    assert.ok(vf && vf.model_value >= 0.62 && vf.model_value <= 0.72, JSON.stringify(vf));
  });

  test('the ZIP has each part as models/<part>.lib and the batch as models.lib', async () => {
    const response = await fetch(`${server.url}/api/batches/${batchId}/export`);
    assert.equal(response.status, 200);
    const zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
    const library = await zip.file('models.lib')?.async('string');
    assert.ok(library, Object.keys(zip.files).join(', '));
    for (const [part, model] of models) {
      const own = await zip.file(`models/${part}.lib`)?.async('string');
      assert.ok(own?.includes(model.model), `models/${part}.lib`);
      assert.ok(library.includes(model.model), `${part} in models.lib`);
    }
    assert.match(library, /^\* BC556 \(PNP\) from BC556557\.PDF/m);
  });
});
