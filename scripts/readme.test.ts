// README is what a newcomer needs (at most 300 lines: what it is, the two commands first, a
// picture, the main settings, where to read more); the reference lives in docs/*.md. Every link
// between them reaches a file that exists and, with #anchor, a heading in it.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const docs = readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => path.join('docs', f));

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_\- ]/gu, '')
    .replace(/ /g, '-');

function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  let code = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) code = !code;
    const m = !code && /^#{1,6} (.+)$/.exec(line);
    if (m) anchors.add(slug(m[1]));
  }
  return anchors;
}

test('README is short and starts with the two commands, then a picture', () => {
  const lines = readme.split('\n');
  assert.ok(lines.length <= 300, `README has ${lines.length} lines`);
  const firstBlock = readme.slice(readme.indexOf('```'), readme.indexOf('```', readme.indexOf('```') + 3));
  assert.match(firstBlock, /npm install && npm start/);
  assert.match(firstBlock, /npm install && npm test/);
  const picture = /!\[[^\]]+\]\(([^)]+)\)/.exec(readme);
  assert.ok(picture && existsSync(path.join(root, picture[1])), 'a picture that exists');
  for (const doc of ['api', 'configuration', 'deployment', 'benchmarks']) assert.ok(readme.includes(`(docs/${doc}.md)`), `links to docs/${doc}.md`);
});

test('every relative link in README and docs/*.md reaches its file and heading', () => {
  const broken: string[] = [];
  for (const file of ['README.md', ...docs]) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue;
      const [to, anchor] = target.split('#');
      const linked = to ? path.join(path.dirname(file), to) : file;
      if (!existsSync(path.join(root, linked))) broken.push(`${file}: ${target}`);
      else if (anchor && linked.endsWith('.md') && !anchorsOf(readFileSync(path.join(root, linked), 'utf8')).has(anchor)) broken.push(`${file}: ${target}`);
    }
  }
  assert.deepEqual(broken, []);
});
