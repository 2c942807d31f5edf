// Sourcemark (wasm, Node build) against compromise + compromise-dates, in one Node process.
//
//   node --expose-gc bench/node.mjs [--rounds N]     throughput and ratio (printed, never asserted)
//   node --expose-gc bench/node.mjs --scaling        wasm time and memory for 10 KB … 10 MB
//
// Both engines read the same ~1 MB (bench/corpus.mjs), one call per article. After warm-up the
// engines alternate in rounds (order flipped every round, a GC before every pass and outside
// the timing), so a noisy shared machine slows both alike: compare the ratio, not the figures.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { articles, charCount, fmt, median, oneText, repoRoot } from './corpus.mjs';

const pkgDir = process.env.SOURCEMARK_PKG || join(repoRoot, 'pkg');
const require = createRequire(import.meta.url);
const gc = globalThis.gc ?? (() => {});

function need(path) {
  if (!existsSync(path)) {
    console.error(`bench: ${path} is missing: build the wasm package first (scripts/build-wasm.sh, then node scripts/build-pkg.mjs)`);
    process.exit(1);
  }
  return path;
}

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

async function throughput(rounds) {
  // The package's Node build (CommonJS: needs the {"type":"commonjs"} that build-pkg writes).
  need(join(pkgDir, 'node', 'package.json'));
  const sourcemark = require(need(join(pkgDir, 'node', 'sourcemark.js')));
  const { default: nlp } = await import('compromise');
  const { default: datesPlugin } = await import('compromise-dates');
  nlp.plugin(datesPlugin);

  const docs = articles();
  const chars = docs.reduce((n, d) => n + charCount(d), 0);
  const engines = [
    // What the page does: entities and claims, UTF-16 offsets (the defaults).
    { name: 'Sourcemark (wasm)', run: (t) => sourcemark.annotate(t), passes: 3 },
    // The peer's nearest equivalent: its tagger, then the people, places, organisations,
    // dates (plugin), numbers and quotations it found, each as text with offsets.
    {
      name: 'compromise + dates',
      run: (t) => {
        const d = nlp(t);
        return [d.people(), d.places(), d.organizations(), d.dates(), d.numbers(), d.quotations()].map((m) => m.out('offset'));
      },
      passes: 1,
    },
    // Its floor: tagging alone, nothing extracted (the ratio against it is the conservative one).
    { name: 'compromise tagging only', run: (t) => nlp(t), passes: 1 },
  ];
  // Wall time, and the process's CPU time: on a busy shared machine the process waits for a
  // core, which the wall time counts and the CPU time does not (it still feels shared caches).
  const pass = (engine) => {
    gc();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const d of docs) engine.run(d);
    const c = process.cpuUsage(c0);
    engine.cpu.push((c.user + c.system) / 1e6);
    return (performance.now() - t0) / 1000;
  };

  const load0 = loadavg()[0];
  for (const e of engines) {
    e.speeds = [];
    e.cpu = [];
    for (let i = 0; i < e.passes; i++) pass(e); // warm-up
    e.cpu = [];
  }
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? [...engines].reverse() : engines;
    for (const e of order) for (let i = 0; i < e.passes; i++) e.speeds.push(chars / pass(e));
  }
  const load1 = loadavg()[0];

  const wasmBytes = statSync(join(pkgDir, 'node', 'sourcemark_bg.wasm')).size;
  console.log(`Node ${process.version}; ${pkgDir}/node (wasm ${fmt(wasmBytes)} B)`);
  console.log(`${docs.length} documents (seed articles repeated), ${fmt(chars)} chars; ${rounds} rounds after warm-up`);
  console.log(`load average (1 min) at start ${load0.toFixed(2)}, at end ${load1.toFixed(2)}`);
  console.log(`${'engine'.padEnd(26)} ${'median chars/s'.padStart(15)} ${'min'.padStart(12)} ${'max'.padStart(12)}  passes ${'CPU-time chars/s'.padStart(17)}`);
  for (const e of engines) {
    e.median = median(e.speeds);
    e.cpuMedian = chars / median(e.cpu);
    console.log(
      `${e.name.padEnd(26)} ${fmt(e.median).padStart(15)} ${fmt(Math.min(...e.speeds)).padStart(12)} ${fmt(Math.max(...e.speeds)).padStart(12)}  ${String(e.speeds.length).padStart(6)} ${fmt(e.cpuMedian).padStart(17)}`,
    );
  }
  const [sm, cd, ct] = engines;
  console.log(`ratio Sourcemark / compromise + dates:      ${(sm.median / cd.median).toFixed(1)}x (CPU time: ${(sm.cpuMedian / cd.cpuMedian).toFixed(1)}x)`);
  console.log(`ratio Sourcemark / compromise tagging only: ${(sm.median / ct.median).toFixed(1)}x (CPU time: ${(sm.cpuMedian / ct.cpuMedian).toFixed(1)}x)`);
  console.log('chars/s from wall time; CPU-time chars/s counts only the time the process ran (a busy machine');
  console.log("makes it wait for a core). The CPU time includes V8's GC and compiler threads.");
}

const SIZES = [
  [10_000, '10 KB'],
  [100_000, '100 KB'],
  [1_000_000, '1 MB'],
  [10_000_000, '10 MB'],
];

/** Rounds of children, every size once a round in turn, as in the native table (benches/scaling.rs). */
const ROUNDS = 3;

function scaling() {
  need(join(pkgDir, 'web', 'sourcemark_bg.wasm'));
  console.log(`Scaling (wasm in Node): one annotate call per document, median of repeated runs; ${ROUNDS} rounds of one child process per size in turn, the round with the lowest median shown`);
  console.log(
    `${'input'.padStart(7)} ${'chars'.padStart(11)} ${'runs'.padStart(5)} ${'median ms'.padStart(11)} ${'min ms'.padStart(10)} ${'chars/s'.padStart(12)} ${'wasm mem MB'.padStart(12)} ${'RSS +MB'.padStart(9)} ${'wasm/input'.padStart(10)}`,
  );
  const best = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const [bytes, name] of SIZES) {
      const r = spawnSync(process.execPath, ['--expose-gc', new URL(import.meta.url).pathname, '--scaling-child', String(bytes)], {
        encoding: 'utf8',
        env: process.env,
      });
      if (r.status !== 0) {
        console.error(`${name}: child failed\n${r.stderr}`);
        process.exit(1);
      }
      const c = JSON.parse(r.stdout);
      const b = best[name];
      // The fastest round's times, the largest memory of any round, the calls of all rounds.
      best[name] = !b
        ? c
        : {
            ...(c.median < b.median ? c : b),
            min: Math.min(b.min, c.min),
            runs: b.runs + c.runs,
            wasmGrowth: Math.max(b.wasmGrowth, c.wasmGrowth),
            rssGrowth: Math.max(b.rssGrowth, c.rssGrowth),
          };
    }
  }
  for (const [, name] of SIZES) {
    const c = best[name];
    // The engine's own peak: its linear memory (the RSS column adds V8's strings and result objects).
    const peak = c.wasmGrowth;
    console.log(
      `${name.padStart(7)} ${fmt(c.chars).padStart(11)} ${String(c.runs).padStart(5)} ${(c.median * 1e3).toFixed(3).padStart(11)} ${(c.min * 1e3).toFixed(3).padStart(10)} ${fmt(c.chars / c.median).padStart(12)} ${(c.wasmGrowth / 1e6).toFixed(2).padStart(12)} ${(c.rssGrowth / 1e6).toFixed(2).padStart(9)} ${(peak / c.bytes).toFixed(1).padStart(9)}x`,
    );
  }
  console.log(`time(10 MB) / time(1 MB) = ${(best['10 MB'].median / best['1 MB'].median).toFixed(2)} (linear: 10; target <= 12)`);
  console.log('runs: calls over all rounds; wasm mem = growth of the wasm linear memory (it never shrinks: this is its peak), the');
  console.log("largest of the rounds; RSS + = growth of the process's peak resident set over its size once the input was built (V8's");
  console.log('copies of the text, result objects), the largest of the rounds');
}

/** A "kB" field of /proc/self/status, in bytes. */
function statusBytes(field) {
  const m = readFileSync('/proc/self/status', 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  return m ? Number(m[1]) * 1024 : NaN;
}

/** Resets the kernel's peak-RSS mark (Linux) and returns the current RSS; null elsewhere. */
function resetPeakRss() {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return statusBytes('VmRSS');
  } catch {
    return null;
  }
}

async function scalingChild(bytes) {
  const glue = await import(need(join(pkgDir, 'web', 'sourcemark.js')));
  const exports = glue.initSync({ module: readFileSync(join(pkgDir, 'web', 'sourcemark_bg.wasm')) });
  glue.annotate('Loaded and compiled, so neither counts below.');
  const text = oneText(bytes);
  gc();
  const mem0 = exports.memory.buffer.byteLength;
  const rss0 = resetPeakRss();
  glue.annotate(text); // warm-up
  const samples = [];
  const t0 = performance.now();
  while (samples.length < 3 || (performance.now() - t0 < 2000 && samples.length < 200)) {
    gc();
    const t = performance.now();
    glue.annotate(text);
    samples.push((performance.now() - t) / 1000);
  }
  process.stdout.write(
    JSON.stringify({
      bytes: Buffer.byteLength(text),
      chars: charCount(text),
      runs: samples.length,
      median: median(samples),
      min: Math.min(...samples),
      wasmGrowth: exports.memory.buffer.byteLength - mem0,
      rssGrowth: rss0 === null ? NaN : statusBytes('VmHWM') - rss0,
    }),
  );
}

if (flag('--scaling-child')) await scalingChild(value('--scaling-child'));
else if (flag('--scaling')) scaling();
else await throughput(value('--rounds', 5));
