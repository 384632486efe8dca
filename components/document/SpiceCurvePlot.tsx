// A small SVG plot of a SPICE model against its datasheet's points: the model as a line, each
// datasheet value as a mark (● typical, ▲ minimum, ▼ maximum), on logarithmic axes where the
// quantity spans decades (current), linear otherwise. No chart library: a few lines of SVG.
import type { SpiceCurve } from '@/lib/spice/types';

const W = 320, H = 200, PAD = { left: 52, right: 10, top: 10, bottom: 34 };

function axis(values: number[], log: boolean): { lo: number; hi: number; map: (v: number) => number } {
  const vs = values.filter((v) => Number.isFinite(v) && (!log || v > 0));
  let lo = Math.min(...vs), hi = Math.max(...vs);
  if (log) { lo = Math.log10(lo); hi = Math.log10(hi); }
  if (hi - lo < 1e-12) { lo -= 0.5; hi += 0.5; }
  const span = hi - lo;
  lo -= span * 0.05; hi += span * 0.05;
  return { lo, hi, map: (v) => ((log ? Math.log10(v) : v) - lo) / (hi - lo) };
}

const tick = (v: number) => (Math.abs(v) >= 1000 || (Math.abs(v) < 0.01 && v !== 0) ? v.toExponential(0) : String(Number(v.toPrecision(2))));

export function SpiceCurvePlot({ curve, label }: { curve: SpiceCurve; label: string }) {
  const xs = [...curve.model.map((p) => p[0]), ...curve.datasheet.map((p) => p.x)];
  const ys = [...curve.model.map((p) => p[1]), ...curve.datasheet.map((p) => p.y)];
  if (xs.length < 2) return null;
  const logX = curve.x.startsWith('I');
  const logY = curve.y.startsWith('I');
  const ax = axis(xs, logX), ay = axis(ys, logY);
  const px = (v: number) => PAD.left + ax.map(v) * (W - PAD.left - PAD.right);
  const py = (v: number) => H - PAD.bottom - ay.map(v) * (H - PAD.top - PAD.bottom);
  const path = curve.model.filter(([x, y]) => (!logX || x > 0) && (!logY || y > 0)).map(([x, y], i) => `${i ? 'L' : 'M'}${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' ');
  const ticks = (a: typeof ax, log: boolean) => [0, 0.5, 1].map((f) => { const t = a.lo + f * (a.hi - a.lo); return log ? 10 ** t : t; });
  return (
    <figure className="spice-plot">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} data-testid="spice-plot">
        <rect x={PAD.left} y={PAD.top} width={W - PAD.left - PAD.right} height={H - PAD.top - PAD.bottom} className="spice-plot__frame" />
        {ticks(ax, logX).map((t, i) => (
          <text key={`x${i}`} x={px(t)} y={H - PAD.bottom + 12} textAnchor="middle" className="spice-plot__tick">{tick(t)}</text>
        ))}
        {ticks(ay, logY).map((t, i) => (
          <text key={`y${i}`} x={PAD.left - 4} y={py(t) + 3} textAnchor="end" className="spice-plot__tick">{tick(t)}</text>
        ))}
        <text x={(PAD.left + W - PAD.right) / 2} y={H - 4} textAnchor="middle" className="spice-plot__label">{curve.x}</text>
        <path d={path} className="spice-plot__model" />
        {curve.datasheet.filter((p) => (!logX || p.x > 0) && (!logY || p.y > 0)).map((p, i) => (
          <text key={i} x={px(p.x)} y={py(p.y) + 4} textAnchor="middle" className={`spice-plot__point spice-plot__point--${p.kind}`}>
            {p.kind === 'typ' ? '●' : p.kind === 'min' ? '▲' : '▼'}
            <title>{`datasheet ${p.kind} ${p.y} at ${p.x}`}</title>
          </text>
        ))}
      </svg>
      <figcaption className="muted">{curve.y} against {curve.x}: the model (line) and the datasheet (● typical, ▲ minimum, ▼ maximum).</figcaption>
    </figure>
  );
}
