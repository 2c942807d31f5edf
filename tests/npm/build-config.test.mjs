// wasm-pack.toml is the one home of the wasm build's settings: every one of them must reach
// the command that uses it (cargo, wasm-bindgen, wasm-opt, the copy for the page), the built
// folders must be the ones it names, and a setting the build would ignore must stop it.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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
  const commands = r.stdout.split('\n').filter((l) => l.startsWith('+ ')).map((l) => l.slice(2).split(' '));
  // `env NAME=value … command`: the command, with the variables it is given beside it.
  return {
    ...r,
    commands: commands.map((c) => {
      if (c[0] !== 'env') return c;
      const rest = c.slice(1);
      const env = {};
      while (rest.length && /^[A-Z_]+=/.test(rest[0])) {
        const [k, v] = rest.shift().split('=');
        env[k] = v;
      }
      return Object.assign(rest, { env });
    }),
  };
}

const tomlValue = (v) => (typeof v === 'string' ? JSON.stringify(v) : String(v));

test('every setting of wasm-pack.toml reaches the command that uses it', () => {
  const cfg = settings();
  const { status, stderr, commands } = dryRun();
  assert.equal(status, 0, stderr);

  // One cargo build per distinct `features` list and `profile` of the [[bindgen]] entries, each
  // with the [profile] settings, those of the entry's own `profile` taking precedence.
  const buildOf = (b) => JSON.stringify([b.features ?? [], b.profile ?? {}, b['rustc-flags'] ?? []]);
  const builds = [...new Set(cfg.bindgen.map(buildOf))];
  const cargo = commands.filter((c) => c[0] === 'cargo' && c[1] === 'build');
  assert.equal(cargo.length, builds.length);
  const base = Object.entries(cfg.profile).filter(([k]) => k !== 'name');
  assert.ok(base.length >= 5, 'inherits and the size settings');
  for (const [i, command] of cargo.entries()) {
    const words = command.join(' ');
    const [features, own, ownFlags] = JSON.parse(builds[i]);
    assert.match(words, new RegExp(`--target ${cfg.crate.target} `));
    assert.match(words, new RegExp(`--profile ${cfg.profile.name} `));
    const settings = Object.entries({ ...Object.fromEntries(base), ...own });
    for (const [key, value] of settings) {
      assert.ok(words.includes(`--config profile.${cfg.profile.name}.${key}=${tomlValue(value)}`), `profile ${key} not passed: ${words}`);
    }
    // [rustc] unstable-flags: the target's rustflags for every build, with RUSTC_BOOTSTRAP set,
    // then the build's own `rustc-flags`.
    const flags = [...cfg.rustc['unstable-flags'], ...ownFlags];
    if (flags.length) {
      assert.ok(words.includes(`--config target.${cfg.crate.target}.rustflags=[${flags.map((f) => JSON.stringify(f)).join(', ')}]`), `rustflags not passed: ${words}`);
      assert.equal(command.env?.RUSTC_BOOTSTRAP, '1', 'unstable flags need RUSTC_BOOTSTRAP');
    }
    assert.equal(command.filter((w) => w === '--config').length, settings.length + (flags.length ? 1 : 0), `each setting once: ${words}`);
    const given = command.includes('--features') ? command[command.indexOf('--features') + 1] : '';
    assert.equal(given, features.join(','), `cargo build ${i + 1}: ${words}`);
  }

  // Each target is made from the module of its build (copied aside after that build), then
  // optimised with its own wasm-opt flags or else those of [wasm-opt].
  const modules = commands.filter((c) => c[0] === 'cp' && c[2]?.endsWith('.wasm')).map((c) => c[2]);
  assert.equal(modules.length, builds.length);
  assert.equal(new Set(modules).size, builds.length, 'one module name per build');
  const bindgen = commands.filter((c) => c[0] === 'wasm-bindgen').map((c) => c.join(' '));
  assert.equal(bindgen.length, cfg.bindgen.length);
  const opt = commands.filter((c) => c[0].endsWith('wasm-opt'));
  assert.equal(opt.length, cfg.bindgen.length, 'wasm-opt once per build');
  for (const [i, b] of cfg.bindgen.entries()) {
    const module = modules[builds.indexOf(buildOf(b))];
    assert.equal(bindgen[i], `wasm-bindgen --target ${b.target} --out-dir ${b['out-dir']} --out-name ${cfg.crate.name} ${module}`);
    const flags = b['wasm-opt'] ?? cfg['wasm-opt'].flags;
    const bg = `${b['out-dir']}/${cfg.crate.name}_bg.wasm`;
    assert.deepEqual(opt[i].slice(1), [...flags, bg, '-o', bg], `${b.target}: ${opt[i].join(' ')}`);
  }

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

// The builds differ in features and optimisation settings (the Node build hands results over
// as objects built field by field, the web build as JSON for JSON.parse): every export they share
// must still give the same result.
/** Each build wasm-pack.toml names, loaded: `{ target, api }` (at least two, to compare). */
async function loadBuilds() {
  const cfg = settings();
  const name = cfg.crate.name;
  const require = createRequire(import.meta.url);
  const builds = [];
  for (const b of cfg.bindgen) {
    const dir = join(repoRoot, b['out-dir']);
    if (b.target === 'nodejs') {
      builds.push({ target: b.target, api: require(join(dir, `${name}.js`)) });
    } else if (b.target === 'web') {
      const api = await import(pathToFileURL(join(dir, `${name}.js`)).href);
      api.initSync({ module: readFileSync(join(dir, `${name}_bg.wasm`)) });
      builds.push({ target: b.target, api });
    }
  }
  assert.ok(builds.length >= 2, `two builds to compare: ${builds.map((b) => b.target)}`);
  return builds;
}

test('every build gives the same results', async () => {
  const builds = await loadBuilds();

  const seedDir = join(repoRoot, 'tests', 'fixtures', 'seeds');
  const texts = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedDir, f), 'utf8'));
  assert.ok(texts.length > 0, 'seed articles');
  texts.push(
    '',
    ' \n\t',
    'Lone \uD800 surrogate, said Anna Smith. 😀 “Quoted,” she told Reuters \uDFFF.',
    // Accents, CJK and astral characters before the spans: the Node build slices span texts
    // from the caller's string by UTF-16 offsets (src/wasm/result_tape.rs).
    'Zoë Ångström, 北京大学の教授, said 😀 that “prices rose 12%”. Łukasz Nowak told AFP it was 北京.',
    // Its JSON (about 2 MB) is longer than one 64 KiB piece: the web build hands it over in pieces.
    'Officials in Kyiv said on Monday that 12 people died, according to Reuters. '.repeat(2000),
  );
  const calls = {
    annotate: (api, t) => api.annotate(t),
    'annotate, code points, outermost claims': (api, t) => api.annotate(t, { offsets: 'codepoint', nested: false }),
    'annotate, UTF-8 bytes, no entities': (api, t) => api.annotate(t, { offsets: 'utf8', entities: false }),
    annotateRecord: (api, t) => api.annotateRecord('doc-1', t),
    toCodePoints: (api, t) => api.toCodePoints(api.annotate(t), t),
    toWebAnnotations: (api, t) => api.toWebAnnotations(api.annotate(t), { text: t, source: 'urn:x:doc' }),
  };
  let compared = 0;
  for (const text of texts) {
    for (const [call, run] of Object.entries(calls)) {
      const [first, ...rest] = builds.map((b) => JSON.stringify(run(b.api, text)));
      assert.ok(first.length > 2, `${call}: a result`);
      for (const [i, other] of rest.entries()) {
        assert.ok(other === first, `${call} on a ${text.length}-char text: ${builds[i + 1].target} differs from ${builds[0].target}`);
        compared++;
      }
    }
  }
  assert.ok(compared >= texts.length * Object.keys(calls).length);
});

test('a text over 1 MiB, read a section at a time, gives the same whole-text result in every build', async () => {
  const builds = await loadBuilds();
  // The seed articles with accents, CJK and emoji between them, over and over: past 1 MiB of
  // UTF-8, where the engine cuts the text into sections (src/sections.rs) and moves each
  // section's offsets to the whole text's. Its JSON (about 5.6 MB) reaches the web build's
  // longer pieces (src/wasm/to_js.rs).
  const seedDir = join(repoRoot, 'tests', 'fixtures', 'seeds');
  const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedDir, f), 'utf8'));
  const one = seeds.join('\n\nZoë Ångström 😀 北京大学の教授 said so.\n\n');
  let text = '';
  while (Buffer.byteLength(text) <= 1.3 * 2 ** 20) text += `${one}\n\n`;
  const results = builds.map((b) => b.api.annotate(text));
  for (const [i, ann] of results.entries()) {
    const what = builds[i].target;
    assert.ok(ann.entities.length > 1000 && ann.claims.length > 100, `${what}: the text's entities and claims`);
    // Offsets are UTF-16 units of the whole text, in every section.
    for (const e of ann.entities) assert.equal(e.text, text.slice(e.start, e.end), `${what}: entity at ${e.start}`);
    for (const c of ann.claims) {
      for (const s of [...c.source, ...c.cue, ...c.content]) assert.equal(s.text, text.slice(s.start, s.end), `${what}: claim span at ${s.start}`);
    }
    // One group per name over the whole text.
    const names = new Set(ann.entityGroups.map((g) => `${g.label}\t${g.canonical}`));
    assert.equal(names.size, ann.entityGroups.length, `${what}: two groups of one name`);
  }
  const [first, ...rest] = results.map((r) => JSON.stringify(r));
  for (const [i, other] of rest.entries()) assert.ok(other === first, `${builds[i + 1].target} differs from ${builds[0].target}`);
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
      'misspelt key of a build profile': original.replace(/^profile = \{ opt-level/m, 'profile = { opt_level'),
      'name in a build profile': original.replace(/^profile = \{ /m, 'profile = { name = "x", '),
      'build wasm-opt not a list': original.replace(/^wasm-opt = \[.*$/m, 'wasm-opt = "-O3"'),
      'missing wasm-opt flags': original.replace(/^flags = .*$/m, ''),
      'a rustc flag that is not -Z': original.replace(/^unstable-flags = \[/m, 'unstable-flags = ["-Copt-level=0", '),
      'misspelt rustc key': original.replace(/^unstable-flags = /m, 'unstable_flags = '),
      "a build's rustc flag that is not -C": original.replace(/^rustc-flags = \[/m, 'rustc-flags = ["-Zshare-generics", '),
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
