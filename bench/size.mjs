// Size report: what a browser downloads. Printed figures; tests/npm/size_budget.test.mjs
// holds the hard limit.
//
//   node bench/size.mjs
//
// gzip at level 9 (what a static host precompresses with); 1 KB = 1,000 bytes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fmt, repoRoot } from './corpus.mjs';

const pkgDir = process.env.SOURCEMARK_PKG || join(repoRoot, 'pkg');
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}
/** Files a browser or Node loads at run time (not types, docs, licences or manifests). */
const runtime = (f) => !/\.d\.m?ts$|\.md$|LICENSE|NOTICE|package\.json$/.test(f);

function report(name, paths) {
  let raw = 0, gzip = 0, brotli = 0;
  for (const p of paths) {
    const b = readFileSync(p);
    raw += b.length;
    gzip += gz(b);
    brotli += br(b);
  }
  console.log(`${name.padEnd(44)} ${kb(raw).padStart(10)} ${kb(gzip).padStart(10)} ${kb(brotli).padStart(10)}`);
  return gzip;
}

const web = join(pkgDir, 'web');
if (!existsSync(join(web, 'sourcemark_bg.wasm'))) {
  console.error(`bench: ${web}/sourcemark_bg.wasm is missing: build the wasm package first (scripts/build-wasm.sh)`);
  process.exit(1);
}
console.log(`Sizes (gzip -9, brotli q11; 1 KB = 1,000 bytes) of ${relative(repoRoot, pkgDir) || '.'}/`);
console.log(`${''.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
report('wasm (web/sourcemark_bg.wasm)', [join(web, 'sourcemark_bg.wasm')]);
report('JS glue (web/sourcemark.js)', [join(web, 'sourcemark.js')]);
const engine = report('engine, web build: wasm + glue + data', files(web).filter(runtime));
const node = join(pkgDir, 'node');
if (existsSync(node)) report('engine, Node build: wasm + glue + data', files(node).filter(runtime));
console.log(`engine target <= 250 KB gzip: ${engine <= 250_000 ? 'met' : 'MISSED'} (${kb(engine)}); the test suite fails above 400 KB`);

// The page: everything under www/ it loads up front, with the engine from www/pkg (or pkg/web
// when the page's copy has not been made). Samples load on demand, listed apart.
const www = join(repoRoot, 'www');
if (existsSync(join(www, 'index.html'))) {
  const pageFiles = files(www).filter((f) => runtime(f) && !f.includes(`${join(www, 'samples')}`) && !f.startsWith(join(www, 'pkg')));
  const pkgFiles = existsSync(join(www, 'pkg', 'sourcemark_bg.wasm')) ? files(join(www, 'pkg')) : files(web);
  report(`whole page: www/ (${pageFiles.length} files) + engine`, [...pageFiles, ...pkgFiles.filter(runtime)]);
  if (existsSync(join(www, 'samples'))) report('  + sample articles (fetched on demand)', files(join(www, 'samples')).filter(runtime));
} else {
  console.log('whole page: www/index.html not found (the page is not on this branch yet)');
}

// The peer, measured the same way: compromise's full build plus its dates plugin, minified.
const peer = join(repoRoot, 'bench', 'node_modules');
const cFiles = [join(peer, 'compromise', 'builds', 'compromise.js'), join(peer, 'compromise-dates', 'builds', 'compromise-dates.min.js')];
if (cFiles.every(existsSync)) report('peer: compromise + compromise-dates (min.js)', cFiles);
