// `tsc --noEmit` over a small TypeScript consumer of the installed package, with the two module
// resolutions users have: nodenext (Node) and bundler (Vite, webpack, esbuild).
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';

import { installPackedPackage, repoRoot, run } from '../npm/helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
let pkg;

before(() => {
  pkg = installPackedPackage({ type: 'module' });
  for (const f of ['consumer.ts', 'consumer-cjs.cts', 'tsconfig.nodenext.json', 'tsconfig.bundler.json']) {
    copyFileSync(join(here, f), join(pkg.project, f));
  }
});
after(() => pkg?.cleanup());

for (const resolution of ['nodenext', 'bundler']) {
  test(`tsc --noEmit, moduleResolution ${resolution}`, () => {
    const r = run(process.execPath, [tsc, '--noEmit', '-p', `tsconfig.${resolution}.json`], { cwd: pkg.project });
    assert.equal(r.status, 0, `tsc reported:\n${r.stdout}${r.stderr}`);
  });
}

test('the generated declarations name every result type (no `any`)', () => {
  for (const build of ['web', 'node']) {
    const dts = readFileSync(join(pkg.project, 'node_modules/sourcemark', build, 'sourcemark.d.ts'), 'utf8');
    for (const name of ['Annotations', 'Entity', 'EntityGroup', 'Claim', 'Source', 'Span', 'Options', 'ExchangeRecord',
      'AnnotationCollection', 'WebAnnotation', 'SpecificResource', 'TextQuoteSelector', 'TextPositionSelector']) {
      assert.match(dts, new RegExp(`export interface ${name} \\{`), `${build}: interface ${name}`);
    }
    assert.match(dts, /export function annotate\(text: string, options\?: Options \| null\): Annotations;/, build);
    assert.match(dts, /export function toWebAnnotations\(result: Annotations, options: WebAnnotationOptions\): AnnotationCollection;/, build);
    assert.match(dts, /export function toCodePoints\(result: Annotations, text: string\): Annotations;/, build);
    // InitOutput (web build) types the raw wasm exports: an object passed by reference is `any`
    // there at the ABI level, never in a function or result type users call or read.
    const api = dts.replace(/export interface InitOutput \{[^}]*\}/, '');
    if (build === 'web') assert.ok(api.length < dts.length, 'web: the InitOutput interface was found and set aside');
    assert.doesNotMatch(api, /:\s*any\b/, `${build}: an \`any\` in the declarations`);
  }
});
