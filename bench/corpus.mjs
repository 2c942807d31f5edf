// The benchmark text, the same as benches/common/mod.rs builds for the native figures:
// copies of the seed articles (tests/fixtures/seeds), one document per copy, until ~1 MB.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Size of the benchmark text in chars (Unicode code points). */
export const CORPUS_CHARS = 1_000_000;

/** Code points, not UTF-16 units: the unit every chars/s figure uses. */
export const charCount = (s) => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

export function seeds() {
  const dir = join(repoRoot, 'tests', 'fixtures', 'seeds');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`no seed articles in ${dir}`);
  return files.map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Copies of the seed articles in turn, one document each, until `chars` code points. */
export function articles(chars = CORPUS_CHARS) {
  const all = seeds();
  const docs = [];
  let total = 0;
  for (let i = 0; total < chars; i++) {
    const doc = all[i % all.length];
    docs.push(doc);
    total += charCount(doc);
  }
  return docs;
}

export const wordCount = (s) => s.split(/\s+/).filter(Boolean).length;

/**
 * A ~1,000-word news article: whole paragraphs of the seed articles, in order, until 1,000
 * words (the longest seed alone runs to about 2,500).
 */
export function articleOf1000Words() {
  const paragraphs = seeds().join('\n').split('\n');
  const kept = [];
  let words = 0;
  for (const p of paragraphs) {
    if (words >= 1000) break;
    kept.push(p);
    words += wordCount(p);
  }
  return kept.join('\n');
}

/** One document of about `bytes` UTF-8 bytes: the seeds in turn, cut at a line end. */
export function oneText(bytes) {
  const all = seeds().map((s) => s.trimEnd() + '\n\n');
  let text = '';
  for (let i = 0; Buffer.byteLength(text) < bytes; i++) text += all[i % all.length];
  let cut = Buffer.from(text).subarray(0, bytes).toString('utf8');
  cut = cut.replace(/\uFFFD$/, '');
  const nl = cut.lastIndexOf('\n');
  return nl > cut.length / 2 ? cut.slice(0, nl + 1) : cut;
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** 12345678 → "12,345,678" */
export const fmt = (x, digits = 0) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
