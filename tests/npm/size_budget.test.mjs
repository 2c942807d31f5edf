// Size budget: the engine a user downloads (wasm + JS glue + any data files beside them) must
// stay at or under 400 KB gzip in each build of pkg/. Size is deterministic, so this is a test;
// the figures themselves (and the 250 KB target) are printed by `node bench/size.mjs`.
//
//   node --test tests/npm/size_budget.test.mjs      (after scripts/build-wasm.sh)
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUDGET_GZIP_BYTES = 400_000; // 400 KB, 1 KB = 1,000 bytes

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}
/** What is loaded at run time: not types, docs, licences or manifests. */
const runtime = (f) => !/\.d\.m?ts$|\.md$|LICENSE|NOTICE|package\.json$/.test(f);

for (const build of ['web', 'node']) {
  test(`pkg/${build}: wasm + JS glue + data is at most 400 KB gzip`, () => {
    const dir = join(repoRoot, 'pkg', build);
    const wasmPath = join(dir, 'sourcemark_bg.wasm');
    assert.ok(existsSync(wasmPath), `${relative(repoRoot, wasmPath)} is missing: build it first (scripts/build-wasm.sh)`);
    const wasm = readFileSync(wasmPath);
    assert.deepEqual([...wasm.subarray(0, 4)], [0x00, 0x61, 0x73, 0x6d], 'sourcemark_bg.wasm is not a wasm module');
    const glue = readFileSync(join(dir, 'sourcemark.js'), 'utf8');
    assert.match(glue, /annotate/, 'sourcemark.js does not look like the wasm-bindgen glue of annotate');

    const sizes = files(dir)
      .filter(runtime)
      .map((f) => [relative(repoRoot, f), gzipSync(readFileSync(f), { level: 9 }).length]);
    const total = sizes.reduce((n, [, s]) => n + s, 0);
    const breakdown = sizes.map(([f, s]) => `  ${f}: ${s} bytes gzip`).join('\n');
    assert.ok(
      total <= BUDGET_GZIP_BYTES,
      `pkg/${build} ships ${total} bytes gzip, over the ${BUDGET_GZIP_BYTES}-byte budget:\n${breakdown}`,
    );
  });
}
