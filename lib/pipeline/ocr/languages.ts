// Where each OCR language's model (Tesseract traineddata) is found: the npm package
// @tesseract.js-data/<code>, then TESSDATA_PREFIX, then Debian's tesseract-ocr-<code> folders.
// Nothing is ever downloaded: a language found nowhere stops the server at start (assertLanguages).
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type LanguageModel = { code: string; file: string; source: 'npm' | 'TESSDATA_PREFIX' | 'debian' };

const require = createRequire(import.meta.url);

/** Tesseract codes are three letters (eng, deu, fra), sometimes with a script suffix (chi_sim). */
export const isLanguageCode = (code: string) => /^[a-z]{3}(_[a-z]+)?$/.test(code);

function fromNpm(code: string): string | null {
  try {
    const root = path.dirname(require.resolve(`@tesseract.js-data/${code}/package.json`));
    // The LSTM-only models (what OEM.LSTM_ONLY loads), else the full ones.
    for (const dir of ['4.0.0_best_int', '4.0.0']) {
      const file = path.join(root, dir, `${code}.traineddata.gz`);
      if (existsSync(file)) return file;
    }
  } catch {
    // not installed
  }
  return null;
}

function debianDirs(): string[] {
  const base = '/usr/share/tesseract-ocr';
  try {
    return readdirSync(base)
      .sort()
      .reverse()
      .map((version) => path.join(base, version, 'tessdata'));
  } catch {
    return [];
  }
}

export function findLanguage(code: string, env: Record<string, string | undefined> = process.env): LanguageModel | null {
  const npm = fromNpm(code);
  if (npm) return { code, file: npm, source: 'npm' };
  if (env.TESSDATA_PREFIX) {
    for (const dir of [env.TESSDATA_PREFIX, path.join(env.TESSDATA_PREFIX, 'tessdata')]) {
      for (const name of [`${code}.traineddata`, `${code}.traineddata.gz`]) {
        const file = path.join(dir, name);
        if (existsSync(file)) return { code, file, source: 'TESSDATA_PREFIX' };
      }
    }
  }
  for (const dir of debianDirs()) {
    const file = path.join(dir, `${code}.traineddata`);
    if (existsSync(file)) return { code, file, source: 'debian' };
  }
  return null;
}

/** What to install for a language found nowhere. */
export function installHint(code: string): string {
  return `npm install @tesseract.js-data/${code} (where it exists), or apt-get install tesseract-ocr-${code.replace(/_/g, '-')}, or put ${code}.traineddata under TESSDATA_PREFIX`;
}

/** Every language's model, or an error naming what is missing and how to install it. */
export function resolveLanguages(codes: string[], env: Record<string, string | undefined> = process.env): LanguageModel[] {
  const missing: string[] = [];
  const models: LanguageModel[] = [];
  for (const code of codes) {
    const model = findLanguage(code, env);
    if (model) models.push(model);
    else missing.push(code);
  }
  if (missing.length) {
    throw new Error(`OCR_LANGUAGES: no model found for ${missing.join(', ')}. ${missing.map((c) => `${c}: ${installHint(c)}`).join('; ')}. Or set OCR=off.`);
  }
  return models;
}
