// A/B: two builds of the npm package (their Node builds) on the bench text, in one Node process.
//
//   node --expose-gc bench/ab.mjs PKG_A PKG_B [--rounds N] [--check] [--web]
//
// PKG_A and PKG_B are folders laid out like pkg/ (a copy made before a change, and pkg/ after);
// their Node builds are compared, or with --web their web builds (loaded with initSync).
// The two alternate pass by pass (order flipped every round, a GC before each pass, outside the
// timing), so a busy shared machine slows both alike: the figure to read is the ratio B/A of
// each round's pair of passes, whose median is printed with the speeds (wall and CPU time).
// --check first compares JSON.stringify of both results for every document (they must be equal).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articles, charCount, fmt, median } from './corpus.mjs';

const args = process.argv.slice(2);
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds');
if (dirs.length !== 2) {
  console.error('usage: node --expose-gc bench/ab.mjs PKG_A PKG_B [--rounds N] [--check] [--web]');
  process.exit(2);
}
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 10;
const require = createRequire(import.meta.url);
const gc = globalThis.gc ?? (() => {});
const web = args.includes('--web');
async function load(dir) {
  if (!web) return require(join(resolve(dir), 'node', 'sourcemark.js'));
  const glue = await import(pathToFileURL(join(resolve(dir), 'web', 'sourcemark.js')).href);
  glue.initSync({ module: readFileSync(join(resolve(dir), 'web', 'sourcemark_bg.wasm')) });
  return glue;
}
const builds = [];
for (const d of dirs) builds.push({ dir: d, engine: await load(d), wall: [], cpu: [] });

const docs = articles();
const chars = docs.reduce((n, d) => n + charCount(d), 0);
if (args.includes('--check')) {
  for (const [i, d] of docs.entries()) {
    const [a, b] = builds.map((x) => JSON.stringify(x.engine.annotate(d)));
    if (a !== b) {
      console.error(`document ${i}: the two builds' results differ`);
      process.exit(1);
    }
  }
  console.log(`check: ${docs.length} documents, results identical`);
}

function pass(build) {
  gc();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const d of docs) build.engine.annotate(d);
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1e6 };
}

for (const b of builds) for (let i = 0; i < 3; i++) pass(b); // warm-up: compile and tier up
const ratios = { wall: [], cpu: [] };
for (let r = 0; r < rounds; r++) {
  const order = r % 2 ? [...builds].reverse() : builds;
  const t = new Map(order.map((b) => [b, pass(b)]));
  for (const b of builds) {
    b.wall.push(t.get(b).wall);
    b.cpu.push(t.get(b).cpu);
  }
  for (const k of ['wall', 'cpu']) ratios[k].push(t.get(builds[0])[k] / t.get(builds[1])[k]);
}

console.log(`${web ? 'web' : 'Node'} builds; ${docs.length} documents, ${fmt(chars)} chars, ${rounds} rounds after warm-up`);
console.log(`${'build'.padEnd(40)} ${'wall chars/s'.padStart(13)} ${'best'.padStart(11)} ${'CPU chars/s'.padStart(12)} ${'best'.padStart(11)}`);
for (const [i, b] of builds.entries()) {
  const name = `${'AB'[i]} ${b.dir}`.slice(0, 40);
  console.log(
    `${name.padEnd(40)} ${fmt(chars / median(b.wall)).padStart(13)} ${fmt(chars / Math.min(...b.wall)).padStart(11)} ${fmt(chars / median(b.cpu)).padStart(12)} ${fmt(chars / Math.min(...b.cpu)).padStart(11)}`,
  );
}
console.log(`speed B/A, median of the rounds' ratios: wall ${median(ratios.wall).toFixed(3)}, CPU ${median(ratios.cpu).toFixed(3)}`);
