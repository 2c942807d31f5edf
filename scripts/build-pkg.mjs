// Assembles the npm package in pkg/ around the two wasm-bindgen builds that
// scripts/build-wasm.sh wrote into pkg/web and pkg/node:
//
//   pkg/package.json   npm/package.json with the crate's version
//   pkg/cli.mjs        the Node CLI (bin)
//   pkg/node/          nodejs build (CommonJS) + its {"type":"commonjs"} + the ESM wrapper
//   pkg/web/           web build (browsers and bundlers)
//   pkg/README.md, LICENSE, NOTICE
//
// Usage: node scripts/build-pkg.mjs   (after scripts/build-wasm.sh)
import { copyFileSync, existsSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = join(root, 'pkg');
const npm = join(root, 'npm');

function fail(message) {
  console.error(`build-pkg: ${message}`);
  process.exit(1);
}

for (const built of ['web/sourcemark.js', 'web/sourcemark_bg.wasm', 'node/sourcemark.js', 'node/sourcemark_bg.wasm']) {
  if (!existsSync(join(pkg, built))) fail(`pkg/${built} missing: run scripts/build-wasm.sh first`);
}

// The version lives in Cargo.toml only.
const cargoToml = readFileSync(join(root, 'Cargo.toml'), 'utf8');
const version = cargoToml.match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/ms)?.[1];
if (!version) fail('no [package] version in Cargo.toml');
const manifest = JSON.parse(readFileSync(join(npm, 'package.json'), 'utf8'));
manifest.version = version;
writeFileSync(join(pkg, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');

// NOTICE lists the crates compiled into the module, read from the dependency tree so it
// cannot fall behind Cargo.toml.
const tree = spawnSync('cargo', ['tree', '--target', 'wasm32-unknown-unknown', '-e', 'normal,no-proc-macro',
  '--prefix', 'none', '--format', '{p}|{l}'], { cwd: root, encoding: 'utf8' });
if (tree.status !== 0) fail(`cargo tree failed: ${tree.stderr}`);
const crates = [...new Set(tree.stdout.split('\n').map((l) => l.replace(/ \(\*\)$/, '').trim()))]
  .filter((l) => l && !l.startsWith('sourcemark '))
  .map((l) => l.replace(/^(\S+) v(\S+)\|(.*)$/, '  $1 $2 ($3)'))
  .sort();
const notice = readFileSync(join(npm, 'NOTICE'), 'utf8').replace('@CRATES@', crates.join('\n'));
writeFileSync(join(pkg, 'NOTICE'), notice);

const copies = [
  ['npm/cli.mjs', 'cli.mjs'],
  ['npm/README.md', 'README.md'],
  ['LICENSE', 'LICENSE'],
  ['npm/node/package.json', 'node/package.json'],
  ['npm/node/sourcemark.mjs', 'node/sourcemark.mjs'],
  ['npm/node/sourcemark.d.mts', 'node/sourcemark.d.mts'],
];
for (const [from, to] of copies) copyFileSync(join(root, from), join(pkg, to));
chmodSync(join(pkg, 'cli.mjs'), 0o755);

// Every path the manifest points at must exist, or the package would install broken.
const targets = [];
const collect = (v) => (typeof v === 'string' ? targets.push(v) : Object.values(v).forEach(collect));
collect(manifest.exports);
collect(manifest.bin);
targets.push(manifest.main, manifest.module, manifest.types);
for (const t of targets) if (!existsSync(join(pkg, t))) fail(`package.json points at missing ${t}`);

// The ESM wrapper re-exports the nodejs build by name: the two lists must match.
const require = createRequire(import.meta.url);
const cjsExports = Object.keys(require(join(pkg, 'node/sourcemark.js'))).sort();
const esm = await import(join(pkg, 'node/sourcemark.mjs'));
const esmExports = Object.keys(esm).filter((k) => !['default', 'init', 'initSync'].includes(k)).sort();
if (cjsExports.join() !== esmExports.join()) {
  fail(`npm/node/sourcemark.mjs exports [${esmExports}] but the nodejs build exports [${cjsExports}]`);
}

console.log(`build-pkg: pkg/ sourcemark@${version} (${cjsExports.join(', ')})`);
