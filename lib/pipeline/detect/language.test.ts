import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { detectLanguage, sampleText } from './language';

const SAMPLES: Record<string, string> = {
  en: 'Once upon a time there was a little girl who lived in a cottage by the forest and she did not have many friends.',
  de: 'Sehr geehrte Damen und Herren, wir freuen uns, Ihnen mitteilen zu können, dass Ihr Antrag genehmigt wurde.',
  fr: 'Nous sommes partis de Paris un matin de juillet, sous un ciel sans nuages, et le train traversait les champs.',
  es: 'La ciudad fue fundada a orillas del río hace más de cuatrocientos años y sus calles recuerdan la vida del puerto.',
  it: 'C’era una volta una bambina che viveva in una casetta vicino al bosco e non aveva molti amici, ma era felice.',
  pt: 'Era uma vez uma menina que morava numa casinha perto da floresta e não tinha muitos amigos, mas era feliz.',
  nl: 'Er was eens een klein meisje dat in een huisje bij het bos woonde en zij had niet veel vrienden.',
  sv: 'Det var en gång en liten flicka som bodde i en stuga vid skogen och hon hade inte många vänner.',
  da: 'Der var engang en lille pige, som boede i et hus ved skoven, og hun havde ikke mange venner, men hun var glad.',
  no: 'Det var en gang en liten jente som bodde i et hus ved skogen, og hun hadde ikke mange venner, men hun var glad.',
  fi: 'Olipa kerran pieni tyttö, joka asui mökissä metsän laidalla, ja hänellä ei ollut paljon ystäviä, mutta hän oli iloinen.',
  pl: 'Była sobie mała dziewczynka, która mieszkała w domku przy lesie i nie miała wielu przyjaciół, ale była szczęśliwa.',
  cs: 'Byla jednou jedna malá holčička, která bydlela v chaloupce u lesa a neměla mnoho přátel, ale byla šťastná.',
  tr: 'Bir zamanlar ormanın kenarında küçük bir evde yaşayan bir kız vardı ve onun çok arkadaşı yoktu ama mutluydu.',
  ro: 'A fost odată o fetiță care locuia într-o căsuță la marginea pădurii și nu avea mulți prieteni, dar era fericită.',
  hu: 'Volt egyszer egy kislány, aki egy kis házban lakott az erdő szélén, és nem volt sok barátja, de boldog volt.',
  ru: 'Жила-была маленькая девочка, которая жила в домике у леса, и у неё было не так много друзей.',
  uk: 'Жила-була маленька дівчинка, яка жила в хатинці біля лісу, і в неї було не так багато друзів, але вона була щаслива.',
  el: 'Μια φορά κι έναν καιρό ζούσε ένα μικρό κορίτσι σε ένα σπιτάκι κοντά στο δάσος.',
  ar: 'كان يا ما كان في قديم الزمان فتاة صغيرة تعيش في كوخ بالقرب من الغابة.',
  he: 'היתה פעם ילדה קטנה שגרה בבקתה ליד היער ולא היו לה הרבה חברים.',
  zh: '从前有一个小女孩，她住在森林旁边的小屋里，她没有很多朋友，但是她很快乐。',
  ja: '昔々、森のそばの小さな家に小さな女の子が住んでいました。友達は多くありませんでした。',
  ko: '옛날 옛적에 숲 옆 작은 집에 어린 소녀가 살았습니다. 친구가 많지 않았지만 행복했습니다.',
  th: 'กาลครั้งหนึ่งนานมาแล้ว มีเด็กหญิงตัวเล็กๆ อาศัยอยู่ในกระท่อมใกล้ป่า',
  hi: 'एक समय की बात है, जंगल के पास एक छोटी सी झोपड़ी में एक छोटी लड़की रहती थी।',
};

test('each supported language is recognised from a sentence or two', () => {
  for (const [code, text] of Object.entries(SAMPLES)) {
    const result = detectLanguage(text);
    assert.equal(result?.code, code, `${code}: ${JSON.stringify(result)}`);
    assert.ok(result.confidence > 0 && result.confidence <= 1);
  }
});

test('real page text: an English datasheet is not mistaken for Czech by its units (V, A)', () => {
  const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), '../classify/fixtures/datasheet-2.json');
  const { pages } = JSON.parse(readFileSync(fixture, 'utf8')) as { pages: { lines: [string][] }[] };
  const text = pages.flatMap((p) => p.lines.map((l) => l[0])).join('\n');
  assert.equal(detectLanguage(text)?.code, 'en');
});

test('a German invoice with English line items is German', () => {
  const text = `RECHNUNG
Rechnungsnummer: INV-2026-2788
Sehr geehrte Damen und Herren, wir erlauben uns, Ihnen die folgenden Leistungen in Rechnung zu stellen.
Bitte überweisen Sie den Betrag innerhalb von 30 Tagen auf das unten genannte Konto.
Annual software licence 15 €277.10 €4,156.50
Cable assembly 2 m 19 €56.69 €1,077.11
Vielen Dank für Ihren Auftrag!`;
  assert.equal(detectLanguage(text)?.code, 'de');
});

test('too little text (a scanned page, a part number) gives null', () => {
  assert.equal(detectLanguage(''), null);
  assert.equal(detectLanguage('   \n\n 12 34 '), null);
  assert.equal(detectLanguage('IPX60R190P7 600 V'), null);
});

test('a huge text is sampled: bounded work, and the sample spans the whole text', () => {
  const huge = 'The quick brown fox jumps over the lazy dog and runs into the forest. '.repeat(40_000) + 'ZZEND';
  const sample = sampleText(huge);
  assert.ok(sample.length <= 20_100);
  assert.ok(sample.includes('ZZEND'), 'the last chunk ends at the end of the text');
  const started = performance.now();
  assert.equal(detectLanguage(huge)?.code, 'en');
  assert.ok(performance.now() - started < 200);
});
