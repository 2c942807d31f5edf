// Throughput of `sourcemark --jsonl` on one thread and on every core: the native CLI, or with
// --node the npm package's Node CLI (pkg/cli.mjs, worker threads). Printed figures, not a
// test: builds the release CLI (the Node CLI needs pkg/ built already), writes a JSONL corpus of at least 50 MB (the
// seed articles repeated, one document per line) in a temp folder, and times each run.
//
//   node bench/cli-throughput.mjs [--mb 50] [--rounds 1] [--jobs N] [--no-build] [--node]
//
// MB are 10^6 bytes of input JSONL. The machine's load is printed: figures from a busy
// machine are low, and a speed-up needs idle cores.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, seeds } from './corpus.mjs';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}
const targetMb = option('--mb', 50);
const rounds = option('--rounds', 1);
const cores = option('--jobs', availableParallelism());

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('cargo', ['build', '--release', '--quiet', '--bin', 'sourcemark'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}
const meta = JSON.parse(spawnSync('cargo', ['metadata', '--format-version', '1', '--no-deps'], { cwd: repoRoot, encoding: 'utf8' }).stdout);
const useNode = process.argv.includes('--node');
const cli = useNode ? join(repoRoot, 'pkg', 'cli.mjs') : join(meta.target_directory, 'release', 'sourcemark');
if (useNode && !existsSync(cli)) {
  console.error(`bench: ${cli} is missing: build the npm package first (scripts/build-wasm.sh, then node scripts/build-pkg.mjs)`);
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'sourcemark-throughput-'));
try {
  const corpus = join(scratch, 'corpus.jsonl');
  const lines = seeds().map((text, i) => JSON.stringify({ id: `seed-${i}`, text }) + '\n');
  const block = lines.join('');
  const copies = Math.ceil((targetMb * 1e6) / Buffer.byteLength(block));
  writeFileSync(corpus, block.repeat(copies));
  const bytes = statSync(corpus).size;
  console.log(`corpus: ${(bytes / 1e6).toFixed(1)} MB, ${copies * lines.length} documents (${lines.length} seed articles x ${copies})`);
  console.log(`CLI: ${cli}; cores: ${availableParallelism()}; load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  /**
   * Best wall time over the rounds of `sourcemark --jsonl --jobs N < corpus > /dev/null`, timed
   * by bash's `time` so the CPU time is known too: cores used = CPU time / wall time shows
   * whether the threads got cores (on a busy machine they do not, and no speed-up can show).
   */
  function time(jobs) {
    let best = { real: Infinity };
    for (let r = 0; r < rounds; r++) {
      const command = useNode ? [process.execPath, cli] : [cli];
      const run = spawnSync('bash', ['-c', 'TIMEFORMAT="%R %U %S"; time "$@" < "$0" > /dev/null', corpus, ...command, '--jsonl', '--no-progress', '--jobs', String(jobs)],
        { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`sourcemark --jsonl --jobs ${jobs} failed: ${run.stderr}`);
      const [real, user, sys] = run.stderr.trim().split('\n').pop().split(' ').map(Number);
      if (real < best.real) best = { real, cpu: user + sys };
    }
    console.log(`--jobs ${String(jobs).padEnd(3)} ${best.real.toFixed(2).padStart(7)} s  ${(bytes / 1e6 / best.real).toFixed(2).padStart(7)} MB/s` +
      `  CPU ${best.cpu.toFixed(2)} s, ${(best.cpu / best.real).toFixed(2)} cores used, ${(bytes / 1e6 / best.cpu).toFixed(2)} MB per CPU-second`);
    return best.real;
  }
  const one = time(1);
  const all = time(cores);
  console.log(`speed-up with ${cores} threads: ${(one / all).toFixed(2)}x; load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  // With the kernel's autogroup scheduling, each session gets an equal share of a busy machine
  // however many threads it runs: "cores used" then stays below 1 and only MB per CPU-second
  // (the same on one thread and many when the pipeline adds no overhead) says anything.
  console.log('cores used below the thread count means the threads did not get idle cores (busy machine): the speed-up is then not the CLI\'s');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
