// Writes a model as the text ngspice (and LTspice) reads: a `.model` card for a diode or a bipolar
// transistor; for a MOSFET a `.subckt` with pins D G S holding the level-1 channel (W = L = 100 µm,
// so KP is the device's) and the body diode, which a level-1 card cannot carry (its own bulk
// junction is switched off with IS=0, so that the body diode alone carries the reverse current).
import type { SpiceKind, SpiceParameter } from './types';

const W = 100e-6;

/** A number as SPICE reads it, four significant digits. */
export function spiceNumber(v: number): string {
  if (v === 0) return '0';
  const s = Number(v.toPrecision(4)).toString();
  return s.replace('e+', 'e');
}

/** A model name SPICE accepts: letters, digits and underscores. */
export function modelName(part: string): string {
  return part.replace(/[^A-Za-z0-9_]/g, '_');
}

function list(pairs: [string, number | undefined][]): string {
  return pairs.filter(([, v]) => v != null && Number.isFinite(v)).map(([k, v]) => `${k}=${spiceNumber(v!)}`).join(' ');
}

function wrap(head: string, body: string): string {
  const words = body.split(' ');
  const lines: string[] = [];
  let line = head;
  for (const w of words) {
    if ((line + ' ' + w).length > 90) { lines.push(line); line = '+'; }
    line += ' ' + w;
  }
  lines.push(line + ')');
  return lines.join('\n');
}

export function writeCard(part: string, kind: SpiceKind, parameters: Record<string, SpiceParameter>, comment: string): string {
  const name = modelName(part);
  const v = (k: string) => parameters[k]?.value;
  const header = `* ${part}: ${comment}`;
  if (kind === 'D') {
    const body = list(['IS', 'N', 'RS', 'CJO', 'VJ', 'M', 'TT', 'BV', 'IBV', 'EG', 'XTI'].map((k) => [k, v(k)] as [string, number | undefined]));
    return `${header}\n${wrap(`.model ${name} D(`, `${body} TNOM=25`).replace('D( ', 'D(')}`;
  }
  if (kind === 'NPN' || kind === 'PNP') {
    const keys = ['IS', 'BF', 'NF', 'VAF', 'IKF', 'ISE', 'NE', 'BR', 'NR', 'RB', 'RC', 'RE', 'CJE', 'VJE', 'MJE', 'CJC', 'VJC', 'MJC', 'TF', 'TR'];
    const body = list(keys.map((k) => [k, v(k)] as [string, number | undefined]));
    return `${header}\n${wrap(`.model ${name} ${kind}(`, `${body} TNOM=25`).replace(`${kind}( `, `${kind}(`)}`;
  }
  const p = kind === 'PMOS' ? -1 : 1;
  const channel = list([['VTO', p * (v('VTO') ?? 0)], ['KP', v('KP')], ['LAMBDA', v('LAMBDA')], ['RD', v('RD')], ['RS', v('RS')], ['CGSO', (v('CGS') ?? 0) / W], ['CGDO', (v('CGD') ?? 0) / W], ['IS', 0]]);
  const diode = list([['IS', v('IS')], ['N', v('N')], ['RS', v('RB')], ['CJO', v('CJO')], ['VJ', v('VJ')], ['M', v('M')]]);
  const body = kind === 'NMOS' ? `DBODY S D ${name}_BD` : `DBODY D S ${name}_BD`;
  return [
    header,
    `.subckt ${name} D G S`,
    `M1 D G S S ${name}_CH L=100u W=100u`,
    body,
    wrap(`.model ${name}_CH ${kind}(`, `LEVEL=1 ${channel} TNOM=25`).replace(`${kind}( `, `${kind}(`),
    wrap(`.model ${name}_BD D(`, `${diode} TNOM=25`).replace('D( ', 'D('),
    `.ends ${name}`,
  ].join('\n');
}

/** The comment a card was written with (its first line, after the part's name). */
export function commentOf(model: { part: string; model: string }): string {
  return model.model.split('\n', 1)[0].slice(`* ${model.part}: `.length);
}
