// wasm-pack.toml is the one home of the wasm build's settings: every one of them must reach
// the command that uses it (cargo, wasm-bindgen, wasm-opt, the copy for the page), the built
// folders must be the ones it names, and a setting the build would ignore must stop it.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { repoRoot, run } from './helpers.mjs';

/** wasm-pack.toml as JSON, read by Python's TOML parser (Node has none). */
function settings() {
  const r = run('python3', ['-c', 'import json, sys, tomllib; print(json.dumps(tomllib.load(open(sys.argv[1], "rb"))))', 'wasm-pack.toml']);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

/** The commands build-wasm.sh would run, each as an array of words. */
function dryRun(extra = []) {
  const r = run('bash', ['scripts/build-wasm.sh', '--dry-run', ...extra]);
  return { ...r, commands: r.stdout.split('\n').filter((l) => l.startsWith('+ ')).map((l) => l.slice(2).split(' ')) };
}

const tomlValue = (v) => (typeof v === 'string' ? JSON.stringify(v) : String(v));

test('every setting of wasm-pack.toml reaches the command that uses it', () => {
  const cfg = settings();
  const { status, stderr, commands } = dryRun();
  assert.equal(status, 0, stderr);

  // One cargo build per distinct `features` list of the [[bindgen]] entries.
  const featureLists = [...new Set(cfg.bindgen.map((b) => (b.features ?? []).join(',')))];
  const cargo = commands.filter((c) => c[0] === 'cargo' && c[1] === 'build');
  assert.equal(cargo.length, featureLists.length);
  const profile = Object.entries(cfg.profile).filter(([k]) => k !== 'name');
  assert.ok(profile.length >= 5, 'inherits and the size settings');
  for (const [i, command] of cargo.entries()) {
    const words = command.join(' ');
    assert.match(words, new RegExp(`--target ${cfg.crate.target} `));
    assert.match(words, new RegExp(`--profile ${cfg.profile.name} `));
    for (const [key, value] of profile) {
      assert.ok(words.includes(`--config profile.${cfg.profile.name}.${key}=${tomlValue(value)}`), `profile ${key} not passed: ${words}`);
    }
    const features = command.includes('--features') ? command[command.indexOf('--features') + 1] : '';
    assert.equal(features, featureLists[i], `cargo build ${i + 1}: ${words}`);
  }

  // Each target is made from the module built with its features (copied aside after its build).
  const modules = commands.filter((c) => c[0] === 'cp' && c[2]?.endsWith('.wasm')).map((c) => c[2]);
  assert.equal(modules.length, featureLists.length);
  const bindgen = commands.filter((c) => c[0] === 'wasm-bindgen').map((c) => c.join(' '));
  assert.equal(bindgen.length, cfg.bindgen.length);
  for (const b of cfg.bindgen) {
    const module = modules[featureLists.indexOf((b.features ?? []).join(','))];
    assert.ok(bindgen.some((c) => c === `wasm-bindgen --target ${b.target} --out-dir ${b['out-dir']} --out-name ${cfg.crate.name} ${module}`), `${b.target}: ${bindgen}`);
  }

  const opt = commands.filter((c) => c[0].endsWith('wasm-opt'));
  assert.equal(opt.length, cfg.bindgen.length, 'wasm-opt once per build');
  for (const c of opt) assert.deepEqual(c.slice(1, 1 + cfg['wasm-opt'].flags.length), cfg['wasm-opt'].flags);

  assert.ok(commands.some((c) => c.join(' ') === `cp -R ${cfg.www.from}/. ${cfg.www['out-dir']}/`), 'the page copy');
});

test('the built folders are the ones wasm-pack.toml names', () => {
  const cfg = settings();
  const name = cfg.crate.name;
  for (const b of cfg.bindgen) {
    for (const f of [`${name}.js`, `${name}.d.ts`, `${name}_bg.wasm`]) {
      assert.ok(statSync(join(repoRoot, b['out-dir'], f)).size > 0, `${b['out-dir']}/${f}`);
    }
  }
  const page = readFileSync(join(repoRoot, cfg.www['out-dir'], `${name}_bg.wasm`));
  assert.ok(page.equals(readFileSync(join(repoRoot, cfg.www.from, `${name}_bg.wasm`))), 'www copy of the web build');
  // The page imports './pkg/sourcemark.js' and calls init() then annotate().
  const glue = readFileSync(join(repoRoot, cfg.www['out-dir'], `${name}.js`), 'utf8');
  assert.ok(/^export \{[^}]*\bas default\b/m.test(glue), 'the web glue exports init as default');
  assert.ok(/^export function annotate\(/m.test(glue), 'the web glue exports annotate');
});

test('a setting the build would ignore stops it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourcemark-config-'));
  try {
    const original = readFileSync(join(repoRoot, 'wasm-pack.toml'), 'utf8');
    const broken = {
      'misspelt profile key': original.replace(/^lto = /m, 'lto_mode = '),
      'unknown table': original + '\n[extra]\nkey = 1\n',
      'unknown bindgen key': original.replace(/^out-dir = "pkg\/node"$/m, 'out-dir = "pkg/node"\nweak-refs = true'),
      'features not a list': original.replace(/^features = .*$/m, 'features = "cli-report"'),
      'missing wasm-opt flags': original.replace(/^flags = .*$/m, ''),
    };
    for (const [what, text] of Object.entries(broken)) {
      assert.notEqual(text, original, `${what}: the test's edit did not apply`);
      const file = join(dir, 'wasm-pack.toml');
      writeFileSync(file, text);
      const r = dryRun(['--config', file]);
      assert.notEqual(r.status, 0, `${what}: accepted`);
      assert.equal(r.commands.length, 0, `${what}: ran commands`);
      assert.match(r.stderr, /wasm-pack\.toml: /, what);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
