// The SPICE models run in real ngspice (`ngspice -b`) at the hand-checked datasheet test points
// (e2e/truth/spice/discretes.json) of a few discretes: a diode family (1N4148 / 1N4448), a PNP pair
// (BC556 / BC557) and the generated N- and P-channel MOSFETs. Every point must be within the issue's
// tolerance, and the model's own equations (the `checks` of the result) must agree with ngspice.
// `npm run measure:spice` runs every discrete datasheet.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { simulate, type SimQuantity } from '../lib/spice/ngspice/simulate';
import { measureFile, modelsOf, pdfOf, SHARED_DATASHEETS, spiceTruth } from './measure-spice';

const FILES = ['1N4148_1N4448.pdf', 'BC556557.PDF', 'PSMN060-60L.pdf', 'KP3401A.pdf'];
const LABEL: Record<string, SimQuantity> = { VF: 'VF', hFE: 'HFE', 'VBE(on)': 'VBE_ON', 'VBE(sat)': 'VBE_SAT', 'VCE(sat)': 'VCE_SAT', 'VGS(th)': 'VTH', 'RDS(on)': 'RDSON', VSD: 'VSD' };

test('generated models simulated in ngspice meet the datasheets at their test conditions', { skip: !existsSync(SHARED_DATASHEETS), timeout: 180_000 }, async () => {
  const tmp = await mkdtemp(path.join(tmpdir(), 'spice-test-'));
  try {
    const truths = (await spiceTruth()).filter((t) => FILES.includes(t.file));
    assert.equal(truths.length, FILES.length);
    for (const truth of truths) {
      for (const part of await measureFile(truth, await pdfOf(truth, tmp))) {
        assert.ok(part.model, `${part.part}: no model`);
        assert.equal(part.model.kind, part.kind, `${part.part}: kind`);
        for (const p of part.points) assert.ok(p.ok, `${part.part} ${p.point.quantity} ${JSON.stringify(p.point.conditions)}: ngspice ${p.simulated} against ${JSON.stringify(p.point)}`);

        // The result's checks (the model's own equations) against ngspice at the same conditions.
        const checks = part.model.checks.filter((c) => LABEL[c.quantity]);
        assert.ok(checks.length > 0, `${part.part}: no checks`);
        const simulated = await simulate(part.model.model, part.model.part, part.model.kind, checks.map((c) => ({ quantity: LABEL[c.quantity], conditions: c.conditions })));
        checks.forEach((c, i) => {
          const s = simulated[i];
          assert.ok(s != null && Math.abs(s / c.model_value - 1) < 0.01, `${part.part} ${c.quantity} ${JSON.stringify(c.conditions)}: equations ${c.model_value}, ngspice ${s}`);
        });
      }
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
});

test('optocouplers, a phototransistor and a regulator get no model, though they print VF, hFE or VCE(sat)', { skip: !existsSync(SHARED_DATASHEETS), timeout: 120_000 }, async () => {
  for (const file of ['4n35_Opto.pdf', 'PC817_opto.pdf', 'L14P1.pdf', 'LM317.pdf']) {
    assert.deepEqual((await modelsOf(path.join(SHARED_DATASHEETS, file))).map((m) => m.part), [], file);
  }
});
