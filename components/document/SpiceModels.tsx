// The SPICE models fitted to a datasheet: per part its card (to copy into ngspice or LTspice), the
// parameter table with where each value came from (fitted, read from the datasheet, or the
// documented default) and on which rows it rests, the checks against the datasheet's own values,
// and a small plot of the model against the datasheet's points.
import type { SpiceModel } from '@/lib/spice/types';
import { DataTable } from './DataTable';
import { formatSi } from './format';
import { SpiceCurvePlot } from './SpiceCurvePlot';

const KIND: Record<SpiceModel['kind'], string> = { D: 'diode', NPN: 'NPN transistor', PNP: 'PNP transistor', NMOS: 'N-channel MOSFET', PMOS: 'P-channel MOSFET' };
const FROM = { fitted: 'fitted', datasheet: 'read from the datasheet', default: 'default' } as const;
const CONDITION_UNIT = (k: string) => (k.startsWith('I') ? 'A' : k.startsWith('V') ? 'V' : k.startsWith('R') ? 'Ω' : '');
const QUANTITY_UNIT: Record<string, string> = { VF: 'V', IR: 'A', CJ: 'F', trr: 's', 'V(BR)': 'V', VZ: 'V', 'VBE(on)': 'V', 'VBE(sat)': 'V', 'VCE(sat)': 'V', Cobo: 'F', Cibo: 'F', fT: 'Hz', 'VGS(th)': 'V', 'RDS(on)': 'Ω', gfs: 'S', Ciss: 'F', Coss: 'F', Crss: 'F', VSD: 'V' };

function Model({ model }: { model: SpiceModel }) {
  const parameters = Object.entries(model.parameters).map(([name, p]) => [
    name,
    formatSi(p.value, p.unit),
    FROM[p.from],
    p.source_rows.map((r) => `${r.symbol ?? r.parameter} p${r.page}`).join(', '),
  ]);
  const checks = model.checks.map((c) => {
    const unit = QUANTITY_UNIT[c.quantity] ?? '';
    return [
      c.quantity,
      Object.entries(c.conditions).map(([k, v]) => `${k} = ${formatSi(v, CONDITION_UNIT(k))}`).join(', '),
      `${c.datasheet.kind} ${formatSi(c.datasheet.value, unit)}`,
      formatSi(c.model_value, unit),
      `${c.error_pct > 0 ? '+' : ''}${c.error_pct} %`,
      String(c.datasheet.page),
    ];
  });
  return (
    <div className="spice-model" data-testid="spice-model" data-part={model.part}>
      <h3 className="spice-model__title">
        {model.part} <span className="muted">· {KIND[model.kind]}</span>
      </h3>
      <div className="spice-model__top">
        <pre className="doc-text spice-model__card" data-testid="spice-card" aria-label={`SPICE model of ${model.part}`}>{model.model}</pre>
        {model.curve && <SpiceCurvePlot curve={model.curve} label={`${model.curve.y} of the ${model.part} model against the datasheet`} />}
      </div>
      <DataTable caption={`${model.part}: parameters and their sources`} header={['Parameter', 'Value', 'From', 'Datasheet rows']} rows={parameters} testId="spice-parameters" />
      {checks.length > 0 && (
        <DataTable caption={`${model.part}: the model at the datasheet's test conditions`} header={['Quantity', 'Conditions', 'Datasheet', 'Model', 'Error', 'Page']} rows={checks} pageLinks={5} testId="spice-checks" />
      )}
    </div>
  );
}

export function SpiceModels({ models }: { models: SpiceModel[] }) {
  return (
    <div className="spice-models" data-testid="spice-models">
      <h3 className="spice-models__title">SPICE models</h3>
      {models.length === 0 ? (
        <p className="muted">No SPICE model: models are made for discrete diodes, bipolar transistors and MOSFETs whose characteristics give forward voltage, current gain or threshold and on-resistance.</p>
      ) : (
        <>
          <p className="muted">Fitted to this datasheet&apos;s values and checked against them with the model&apos;s own equations; each is also in the export as models/&lt;part&gt;.lib. Defaults are listed in the documentation (SPICE models).</p>
          {models.map((m, i) => <Model key={`${m.part}-${i}`} model={m} />)}
        </>
      )}
    </div>
  );
}
