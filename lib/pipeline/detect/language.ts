// The document's language as an ISO 639-1 code: by writing system for non-Latin scripts, by
// stop-word profiles for Latin-script languages. Reads a bounded sample, so it costs the same on a
// 500-page document as on a 5-page one; null when there is too little text to judge (a scan).
import type { Language } from '../types';

const SAMPLE_CHARS = 20_000;
const SAMPLE_CHUNKS = 10;
const MIN_LETTERS = 20;

// Function words per language. A word shared by several languages counts for each of them with a
// weight of 1 / (languages sharing it), so the words that tell languages apart decide.
const STOP_WORDS: Record<string, string> = {
  en: 'the and of to in is that for it with as was on are be this by at from or have an which not but were they their has will can been would there all you your we our these if its also when more into than should may must shall',
  de: 'der die und den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde ihre ihr können sehr wir unter diese dieser wenn bitte',
  fr: 'le la les de des et à en un une du est que qui dans pour pas sur au par plus ne se ce il elle sont avec nous vous ou mais leur été aux cette son sa ses être comme était ont tout où même notre votre',
  es: 'el la de que y en los del se las por un una para con no es su al lo como más pero sus le ya fue este ha porque esta son entre cuando muy sin sobre también hasta hay donde desde todo nos durante todos uno les ni otros ese eso ellos esto antes algunos unos otro otra él tanto esa estos mucho nada muchos cual poco ella estar estas algo nosotros',
  it: 'il di che e la è per un in non una sono si ho lo ma ha le con del della dei delle gli nel nella al alla come più anche questo questa se da dal dalla sul sulla ci essere molto stato tra fra loro suo sua',
  pt: 'o a de que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos já está eu também só pelo pela até isso ela entre era depois sem mesmo aos ter seus quem nas esse eles estão você foram essa nem suas às minha numa pelos elas havia seja qual será nós lhe deles pelas este dele são',
  nl: 'de en van het een in is dat op te zijn voor met die niet aan er om ook als dan maar bij of uit nog wordt door naar heeft worden tot hij ze zich kan werd wat je dit deze hun wel geen over was zo al meer onder we wij ons',
  sv: 'och i att det som en på är av för med till den har de inte om ett men var jag sig från vi så kan man när år hon under också efter eller nu sin där vid mot ska skulle kommer ut får finns vara hade alla andra mycket än här då sedan över bara vad blir hur dem mellan utan',
  da: 'og i at det en den til er som på de med af for ikke der var mig sig men et har om vi min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil blev kunne ind når være dog noget ville jo deres efter ned skulle denne end dette mit også under have dig anden hende mine alt meget sit sine vor mod disse hvis din nogle hos blive mange ad bliver hendes været jer sådan mellem',
  no: 'og i jeg det at en et den til er som på de med han av ikke der så var meg seg men har om vi min mitt ha hadde hun nå over da ved fra du ut sin dem oss opp man kan hans hvor eller hva skal selv her alle vil bli ble blitt kunne inn når være kom noen noe ville dere deres kun etter ned skulle denne deg sine sitt mot å meget hvorfor dette disse uten hvordan ingen din ditt blir samme hvilken sånn mellom vår hver hvem hvis både bare enn fordi før mange også slik vært begge siden',
  fi: 'ja on ei se että hän oli ovat olla mutta kun niin kuin tai jos myös ole sen hänen joka jotka mitä tämä tämän nämä siitä sitä olisi vain jo voi sekä mukaan kanssa koska jälkeen vielä yli kaikki hyvin nyt minä sinä me te he',
  pl: 'i w na z że się nie do jest to o jak od za po co ale tak przez jego dla jej już są który która które oraz czy ze być tylko jednak może tym tego jako ich przy bardzo gdy ten ta także pod nad we lub był była było',
  cs: 'a v se na je že s z do to o jsou jak ale by jako pro tak k který která které po jeho její jejich už jen nebo byl byla bylo být také při od za co ve ze až když aby této tento tato tyto mezi však podle',
  tr: 've bir bu da de için ile çok olarak daha gibi olan en ne o ama kadar sonra her şey var yok ben sen biz onlar değil mi mı ise veya ya hem diye göre çünkü ki bunu şu olduğu tarafından üzerinde içinde arasında',
  ro: 'și în de la a cu pe că nu din o un se este sunt mai care pentru sau dar ce ca al ale lui prin fost fi au cel cea această acest între după când foarte doar să el ea ei ele noi voi acum despre şi în',
  hu: 'a az és hogy nem is egy ez meg van volt de csak már mint még el ki be fel le azt ami aki amely mert vagy ha nagyon minden ezt után között szerint pedig lesz kell így itt ott sem majd lehet vannak voltak alatt által',
};

/** word → [language, weight] pairs, built once. */
const WORD_WEIGHTS: Map<string, [string, number][]> = (() => {
  const owners = new Map<string, Set<string>>();
  for (const [code, words] of Object.entries(STOP_WORDS)) {
    for (const word of words.split(' ')) {
      if (!owners.has(word)) owners.set(word, new Set());
      owners.get(word)!.add(code);
    }
  }
  const weights = new Map<string, [string, number][]>();
  for (const [word, codes] of owners) weights.set(word, [...codes].map((code) => [code, 1 / codes.size]));
  return weights;
})();

const LONGEST_STOP_WORD = Math.max(...[...WORD_WEIGHTS.keys()].map((word) => word.length));

// Writing systems that name their language (or decide between two) on their own.
const SCRIPTS: [name: string, re: RegExp][] = [
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['han', /\p{Script=Han}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['thai', /\p{Script=Thai}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['latin', /\p{Script=Latin}/u],
];
const LETTER = /\p{L}/u;
const WORD = /\p{L}+/gu;
const UKRAINIAN = /[іїєґІЇЄҐ]/g;
const RUSSIAN = /[ыэъёЫЭЪЁ]/g;

/** Up to SAMPLE_CHARS characters, taken as chunks spread across the whole text. */
export function sampleText(text: string, limit = SAMPLE_CHARS, chunks = SAMPLE_CHUNKS): string {
  if (text.length <= limit) return text;
  const size = Math.floor(limit / chunks);
  const step = (text.length - size) / (chunks - 1);
  let out = '';
  for (let i = 0; i < chunks; i++) {
    const start = Math.floor(i * step);
    out += text.slice(start, start + size) + '\n';
  }
  return out;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function detectLanguage(text: string): Language | null {
  const sample = sampleText(text);
  const counts = new Map<string, number>();
  let letters = 0;
  let ascii = 0; // ASCII letters, counted apart: most text is mostly them, and a regexp per character is dear
  for (const ch of sample) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) {
        if (ascii++ === 0 && !counts.has('latin')) counts.set('latin', 0); // the scripts keep the order they were met in
      }
      continue;
    }
    if (!LETTER.test(ch)) continue;
    letters++;
    const script = code < 0x250 ? 'latin' : (SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? 'other');
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  letters += ascii;
  if (ascii > 0) counts.set('latin', (counts.get('latin') ?? 0) + ascii);
  if (letters < MIN_LETTERS) return null;

  const share = (name: string) => (counts.get(name) ?? 0) / letters;
  const cjk = share('han') + share('kana');
  const [top, topCount] = [...counts].sort((a, b) => b[1] - a[1])[0];
  const topShare = topCount / letters;

  if (share('kana') > 0.05 && cjk >= 0.3) return { code: 'ja', confidence: round2(Math.min(1, cjk + 0.2)) };
  if (share('hangul') >= 0.3) return { code: 'ko', confidence: round2(Math.min(1, share('hangul') + 0.2)) };
  if (top !== 'latin' && top !== 'other') {
    const byScript: Record<string, string> = { greek: 'el', arabic: 'ar', hebrew: 'he', han: 'zh', kana: 'ja', hangul: 'ko', thai: 'th', devanagari: 'hi' };
    if (top === 'cyrillic') return { code: cyrillicLanguage(sample), confidence: round2(topShare * 0.9) };
    if (byScript[top]) return { code: byScript[top], confidence: round2(Math.min(1, topShare + 0.1)) };
  }
  return latinLanguage(sample);
}

function cyrillicLanguage(sample: string): string {
  const uk = sample.match(UKRAINIAN)?.length ?? 0;
  const ru = sample.match(RUSSIAN)?.length ?? 0;
  return uk > ru ? 'uk' : 'ru';
}

function latinLanguage(sample: string): Language | null {
  const scores = new Map<string, number>();
  let words = 0;
  for (const match of sample.matchAll(WORD)) {
    const word = match[0];
    // "V", "A", "ID", "IN": units, symbols and labels, not the short function words they spell.
    if (word.length <= 2 && word === word.toUpperCase()) continue;
    words++;
    if (word.length > LONGEST_STOP_WORD) continue;
    const owners = WORD_WEIGHTS.get(word.toLowerCase());
    if (!owners) continue;
    for (const [code, weight] of owners) scores.set(code, (scores.get(code) ?? 0) + weight);
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || ranked[0][1] < 1) return null;
  const [code, best] = ranked[0];
  const second = ranked[1]?.[1] ?? 0;
  const margin = (best - second) / best;
  // Some evidence (weighted stop words) per word of text, and enough of it in absolute terms.
  const support = Math.min(1, best / 12) * Math.min(1, (best / Math.max(1, words)) * 6);
  return { code, confidence: round2(Math.min(1, 0.15 + 0.5 * margin + 0.35 * support)) };
}
