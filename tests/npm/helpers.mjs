// Shared by the package tests: the packed tarball installed in a scratch project, the native
// CLI, and child processes. Tests use what a user installs, not the source tree.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs a command; returns {status, stdout, stderr} as strings (or Buffers with encoding 'buffer'). */
export function run(command, args, { cwd = repoRoot, input, encoding = 'utf8' } = {}) {
  if (typeof input === 'string') input = Buffer.from(input);
  const r = spawnSync(command, args, { cwd, input, encoding, maxBuffer: 256 * 1024 * 1024 });
  // A child that refuses its arguments exits without reading its input: writing that input then
  // fails with EPIPE, depending on which side is quicker. The exit status is what the test reads.
  if (r.error && !(r.error.code === 'EPIPE' && r.status !== null)) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * `npm pack` of pkg/ and `npm install` of the tarball in a fresh scratch project under the
 * temp dir. Returns the scratch folder and a cleanup function.
 */
export function installPackedPackage({ type = 'module' } = {}) {
  const pkg = join(repoRoot, 'pkg');
  if (!existsSync(join(pkg, 'package.json'))) {
    throw new Error('pkg/ is not built: run scripts/build-wasm.sh and node scripts/build-pkg.mjs');
  }
  const scratch = mkdtempSync(join(tmpdir(), 'sourcemark-npm-'));
  execFileSync('npm', ['pack', '--silent', '--pack-destination', scratch], { cwd: pkg, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack wrote no tarball');
  const project = join(scratch, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type }, null, 2));
  // The package has no dependencies: installing it needs no registry.
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', join(scratch, tarball)], {
    cwd: project,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { scratch, project, tarball: join(scratch, tarball), cleanup: () => rmSync(scratch, { recursive: true, force: true }) };
}

let builtCli;
/**
 * The native CLI binary (built once per test file): the debug build `cargo test` makes (same code). Built the way
 * `cargo test` builds it (dev-dependencies' features unified), so after the test command's
 * `cargo test` this is a no-op rather than a rebuild of target/debug/sourcemark.
 */
export function nativeCli() {
  builtCli ??= buildNativeCli();
  return builtCli;
}

function buildNativeCli() {
  const build = run('cargo', ['test', '--quiet', '--no-run', '--test', 'cli']);
  if (build.status !== 0) throw new Error(`cargo build failed:\n${build.stderr}`);
  const meta = JSON.parse(run('cargo', ['metadata', '--format-version', '1', '--no-deps']).stdout);
  return join(meta.target_directory, 'debug', 'sourcemark');
}

/** The seed articles of tests/fixtures, as [id, text]. */
export function seeds() {
  const dir = join(repoRoot, 'tests', 'fixtures', 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f.replace(/\.txt$/, ''), readFileSync(join(dir, f), 'utf8')]);
}

/** The same text with emoji, accents and CJK woven in, so UTF-16, code points and bytes differ. */
export function withUnicode(text) {
  return text
    .split('\n')
    .map((line, i) => (i % 3 === 2 ? 'Zoë Ångström 東京 said “ça va 👨‍👩‍👧” on Monday.\n' : '') + '🇺🇦 ' + line)
    .join('\n');
}
