// The published package as a user gets it: `npm pack` of pkg/, installed from the tarball
// into a scratch project, then used from Node ESM, CommonJS, the web build and the CLI.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { installPackedPackage, nativeCli, repoRoot, run, seeds, withUnicode } from './helpers.mjs';

const TEXT = withUnicode(seeds()[0][1]);
let pkg;
before(() => {
  pkg = installPackedPackage();
  writeFileSync(join(pkg.project, 'text.txt'), TEXT);
});
after(() => pkg?.cleanup());

/** Writes `source` into the scratch project and runs it with Node there. */
function node(file, source) {
  writeFileSync(join(pkg.project, file), source);
  const r = run(process.execPath, [file], { cwd: pkg.project });
  assert.equal(r.status, 0, `${file} failed:\n${r.stderr}`);
  return r.stdout;
}

// Checks every span of a result against String.prototype.slice, in the scratch process.
const CHECK_SPANS = `
function checkSpans(text, result) {
  const spans = [...result.entities];
  for (const c of result.claims) spans.push(...c.source, ...c.cue, ...c.content, ...c.figures);
  for (const s of spans) {
    if (text.slice(s.start, s.end) !== s.text) throw new Error('span ' + JSON.stringify(s) + ' is not its slice');
  }
  if (result.offsets !== 'utf16' || result.textLength !== text.length) throw new Error('not UTF-16');
  return spans.length;
}`;

describe('the installed package', () => {
  test('contains the two builds, the CLI, the types and the licence files', () => {
    const manifest = JSON.parse(readFileSync(join(pkg.project, 'node_modules/sourcemark/package.json'), 'utf8'));
    for (const f of ['web/sourcemark.js', 'web/sourcemark_bg.wasm', 'web/sourcemark.d.ts', 'node/sourcemark.js',
      'node/sourcemark.mjs', 'node/sourcemark.d.ts', 'node/sourcemark.d.mts', 'node/sourcemark_bg.wasm',
      'node/package.json', 'cli.mjs', 'README.md', 'LICENSE', 'NOTICE']) {
      assert.ok(statSync(join(pkg.project, 'node_modules/sourcemark', f)).size > 0, f);
    }
    assert.equal(manifest.bin.sourcemark, 'cli.mjs');
    const nodeType = JSON.parse(readFileSync(join(pkg.project, 'node_modules/sourcemark/node/package.json'), 'utf8'));
    assert.equal(nodeType.type, 'commonjs', 'the nodejs build is CommonJS');
  });

  test('Node ESM: import without init, offsets in UTF-16 code units', () => {
    writeFileSync(join(pkg.project, 'text.txt'), TEXT);
    const out = node('esm.mjs', `
      import { readFileSync } from 'node:fs';
      import init, { annotate } from 'sourcemark';
      ${CHECK_SPANS}
      const text = readFileSync('text.txt', 'utf8');
      const checked = checkSpans(text, annotate(text));
      await init(); // a no-op in Node, kept for code shared with the browser
      const resolved = import.meta.resolve('sourcemark');
      console.log(JSON.stringify({ checked, resolved }));
    `);
    const { checked, resolved } = JSON.parse(out);
    assert.ok(checked > 10, `only ${checked} spans`);
    assert.match(resolved, /node_modules\/sourcemark\/node\/sourcemark\.mjs$/);
  });

  test('CommonJS: require, same result as ESM', () => {
    const out = node('cjs.cjs', `
      const { annotate } = require('sourcemark');
      const text = require('node:fs').readFileSync('text.txt', 'utf8');
      ${CHECK_SPANS}
      const result = annotate(text, { labels: ['PERSON'] });
      checkSpans(text, result);
      if (!result.entities.every((e) => e.label === 'PERSON')) throw new Error('labels option ignored');
      console.log(JSON.stringify({ resolved: require.resolve('sourcemark'), result: annotate(text) }));
    `);
    const { resolved, result } = JSON.parse(out);
    assert.match(resolved, /node_modules\/sourcemark\/node\/sourcemark\.js$/);
    const esm = node('esm-json.mjs', `
      import { readFileSync } from 'node:fs';
      import { annotate } from 'sourcemark';
      console.log(JSON.stringify(annotate(readFileSync('text.txt', 'utf8'))));
    `);
    assert.deepEqual(result, JSON.parse(esm));
  });

  test('the web build (what bundlers get) gives the same result after initSync', () => {
    const out = node('web.mjs', `
      import { readFileSync } from 'node:fs';
      import { initSync, annotate } from 'sourcemark/web';
      import { annotate as nodeAnnotate } from 'sourcemark';
      ${CHECK_SPANS}
      initSync({ module: readFileSync(new URL(import.meta.resolve('sourcemark/web/sourcemark_bg.wasm'))) });
      const text = readFileSync('text.txt', 'utf8');
      checkSpans(text, annotate(text));
      console.log(JSON.stringify(annotate(text)) === JSON.stringify(nodeAnnotate(text)));
    `);
    assert.equal(out.trim(), 'true');
  });

  test('lone surrogates from JavaScript keep every offset in place', () => {
    // A JS string may hold unpaired surrogates; crossing into Rust turns each into U+FFFD, one
    // UTF-16 unit for one, so offsets still index the caller's string.
    const out = node('surrogates.mjs', `
      import { annotate } from 'sourcemark';
      const text = 'Vladimir Putin said \\uD800 “we will win” \\uDFFF. Zelensky told AFP \\uD83D that it was over.';
      const r = annotate(text);
      if (r.textLength !== text.length) throw new Error('length ' + r.textLength + ' vs ' + text.length);
      const spans = [...r.entities];
      for (const c of r.claims) spans.push(...c.source, ...c.cue, ...c.content);
      let crossed = 0;
      for (const s of spans) {
        const slice = text.slice(s.start, s.end);
        if (slice === s.text) continue;
        // Only a span holding a lone surrogate may differ, and only by U+FFFD in its place.
        if (slice.replace(/[\\uD800-\\uDFFF]/gu, '\\uFFFD') !== s.text) throw new Error('span moved: ' + JSON.stringify(s));
        crossed++;
      }
      console.log(JSON.stringify({ entities: r.entities.map((e) => e.text), claims: r.claims.length, crossed }));
    `);
    const got = JSON.parse(out);
    assert.ok(got.entities.includes('Vladimir Putin') && got.entities.includes('AFP'), out);
    assert.ok(got.claims >= 2, out);
    assert.ok(got.crossed >= 1, 'some claim content holds a lone surrogate: ' + out);
  });

  test('toCodePoints and toWebAnnotations: code-point positions whose quotes are the text there', () => {
    const out = node('webanno.mjs', `
      import { readFileSync } from 'node:fs';
      import { annotate, toCodePoints, toWebAnnotations } from 'sourcemark';
      const text = readFileSync('text.txt', 'utf8');
      const result = annotate(text);
      const points = toCodePoints(result, text);
      const direct = annotate(text, { offsets: 'codepoint' });
      const collection = toWebAnnotations(result, { text, source: 'urn:example:article' });
      let bad = 0;
      const chars = Array.from(text);
      for (const a of collection.first.items) {
        for (const t of a.target) {
          const [quote, position] = t.selector;
          if (chars.slice(position.start, position.end).join('') !== quote.exact) bad++;
          if (chars.slice(position.start - Array.from(quote.prefix).length, position.start).join('') !== quote.prefix) bad++;
          if (chars.slice(position.end, position.end + Array.from(quote.suffix).length).join('') !== quote.suffix) bad++;
          if (t.source !== 'urn:example:article') bad++;
        }
      }
      let threw = '';
      try { toWebAnnotations(result, { source: 'x' }); } catch (e) { threw = e.message; }
      console.log(JSON.stringify({ same: JSON.stringify(points) === JSON.stringify(direct), offsets: points.offsets, bad, collection, threw }));
    `);
    const { same, offsets, bad, collection, threw } = JSON.parse(out);
    assert.equal(same, true, 'a UTF-16 result converted equals one made with code-point offsets');
    assert.equal(offsets, 'codepoint');
    assert.equal(bad, 0);
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(collection.total, collection.first.items.length);
    const motivations = new Set(collection.first.items.map((a) => a.motivation));
    assert.deepEqual([...motivations].sort(), ['classifying', 'describing']);
    assert.equal(new Set(collection.first.items.map((a) => a.id)).size, collection.total, 'ids are unique');
    assert.match(threw, /invalid options/, 'the text is required');
  });

  test('results survive structuredClone', () => {
    const out = node('clone.mjs', `
      import { readFileSync } from 'node:fs';
      import { annotate, annotateRecord } from 'sourcemark';
      const text = readFileSync('text.txt', 'utf8');
      const r = annotate(text);
      const rec = annotateRecord('a', text);
      console.log(JSON.stringify([structuredClone(r), r, structuredClone(rec), rec, Object.getPrototypeOf(r) === Object.prototype]));
    `);
    const [clone, original, recClone, rec, plain] = JSON.parse(out);
    assert.deepEqual(clone, original);
    assert.deepEqual(recClone, rec);
    assert.equal(plain, true, 'a plain object, not a class instance');
    assert.ok(original.claims.length > 0);
  });

  test('npm pack --dry-run lists LICENSE, NOTICE, README and both builds', () => {
    const r = run('npm', ['pack', '--dry-run', '--json'], { cwd: join(repoRoot, 'pkg') });
    assert.equal(r.status, 0, r.stderr);
    const files = JSON.parse(r.stdout)[0].files.map((f) => f.path);
    for (const f of ['LICENSE', 'NOTICE', 'README.md', 'package.json', 'cli.mjs', 'web/sourcemark_bg.wasm', 'node/sourcemark_bg.wasm']) {
      assert.ok(files.includes(f), `${f} not in the tarball: ${files}`);
    }
    const notice = readFileSync(join(pkg.project, 'node_modules/sourcemark/NOTICE'), 'utf8');
    assert.match(notice, /serde/, 'NOTICE lists the crates compiled in');
  });

  test('bad options throw an Error', () => {
    const out = node('bad.mjs', `
      import { annotate } from 'sourcemark';
      const messages = [];
      for (const bad of [{ offsets: 'utf32' }, { labels: ['PEOPLE'] }, 42]) {
        try { annotate('Biden said so.', bad); messages.push('accepted'); }
        catch (e) { messages.push(e instanceof Error ? e.message : 'not an Error'); }
      }
      console.log(JSON.stringify([messages, annotate('Biden said so.', null).offsets]));
    `);
    const [messages, offsets] = JSON.parse(out);
    for (const m of messages) assert.match(m, /invalid options/);
    assert.equal(offsets, 'utf16');
  });

  test('a text that is not a string throws an Error that says so', () => {
    const out = node('not-text.mjs', `
      import { annotate } from 'sourcemark';
      const messages = [];
      for (const bad of [42, undefined, null, { text: 'Biden said so.' }]) {
        try { annotate(bad); messages.push('accepted'); }
        catch (e) { messages.push(e instanceof Error ? e.message : 'not an Error'); }
      }
      console.log(JSON.stringify(messages));
    `);
    for (const m of JSON.parse(out)) assert.match(m, /text must be a string/);
  });
});

describe('the Node CLI (bin)', () => {
  const bin = () => join(pkg.project, 'node_modules/.bin/sourcemark');

  /** Input lines that probe the reader and the JSON writer: escapes, control characters, extras. */
  function tricky() {
    const lines = [];
    for (const [id, text] of seeds()) {
      lines.push(JSON.stringify({ id, text }));
      lines.push(JSON.stringify({ id: `${id}+unicode`, text: withUnicode(text), extra: { ignored: [1, 2] } }));
    }
    lines.push(JSON.stringify({ id: 'escapes', text: 'Tab\there, "quotes", back\\slash, bell\u0007, nul\u0000, line\u2028sep, del\u007f. Putin said “no”.' }));
    lines.push(JSON.stringify({ id: 'astral', text: '𝐁𝐢𝐝𝐞𝐧 said 👍🏽 on Monday that President Biden 🇺🇸 would visit Kyiv.' }));
    lines.push('{"text": "Field order does not matter, said Putin.", "id": "reordered"}');
    lines.push('["as-array", "serde also reads a struct from an array, said Biden."]');
    lines.push('{"id":"crlf","text":"Zelenskyy said yes."}\r');
    lines.push(JSON.stringify({ id: 'empty', text: '' }));
    lines.push('  ');
    return lines.join('\n') + '\n';
  }

  test('writes byte-identical lines to the native CLI', () => {
    const input = tricky();
    const node = run(bin(), ['--jsonl'], { input, encoding: 'buffer' });
    const native = run(nativeCli(), ['--jsonl'], { input, encoding: 'buffer' });
    assert.equal(native.status, 0, native.stderr.toString());
    assert.equal(node.status, 0, node.stderr.toString());
    assert.equal(node.stderr.toString(), '');
    const lines = node.stdout.toString().trimEnd().split('\n');
    assert.equal(lines.length, input.split('\n').filter((l) => l.trim()).length, 'one line per record');
    assert.ok(node.stdout.equals(native.stdout), 'Node and native outputs differ');
    // Offsets are code points: Python-style indices into the echoed text.
    for (const line of lines) {
      const rec = JSON.parse(line);
      const chars = Array.from(rec.text);
      for (const e of rec.entities) assert.equal(chars.slice(e.start, e.end).join(''), e.text, rec.id);
    }
  });

  test('--outermost drops nested claims as natively, and only goes with --json or --jsonl', () => {
    const input = JSON.stringify({ id: 'n', text: 'The ministry said that the governor had warned that the dam would fail.' }) + '\n';
    const node = run(bin(), ['--jsonl', '--outermost'], { input, encoding: 'buffer' });
    const native = run(nativeCli(), ['--jsonl', '--outermost'], { input, encoding: 'buffer' });
    assert.equal(node.status, 0, node.stderr.toString());
    assert.ok(node.stdout.equals(native.stdout), 'Node and native outputs differ');
    const all = JSON.parse(run(bin(), ['--jsonl'], { input }).stdout).attributions;
    const outer = JSON.parse(node.stdout.toString()).attributions;
    assert.deepEqual([all.length, outer.length], [2, 1]);
    const refused = run(bin(), ['--outermost', '-'], { input: 'x' });
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /--outermost goes with --json or --jsonl/);
    assert.equal(run(nativeCli(), ['--outermost', '-'], { input: 'x' }).status, 2);
  });

  test('a malformed line is reported with its number, the others still processed, exit 1', () => {
    const good = (id) => JSON.stringify({ id, text: 'President Biden said the talks were over.' });
    const input = Buffer.concat([
      Buffer.from([good('a'), '{"id": "a", text}', good('b'), '{"id": 7, "text": "x"}', '', '{"id": "c"}',
        '{"id": "lone", "text": "\\ud800"}', '\ufeff' + good('bom'), good('d')].join('\n') + '\n'),
      Buffer.concat([Buffer.from('{"id": "bad", "text": "'), Buffer.from([0xff]), Buffer.from('"}\n')]), // line 10
      Buffer.from(good('e')),
    ]);
    const node = run(bin(), ['--jsonl'], { input, encoding: 'buffer' });
    const native = run(nativeCli(), ['--jsonl'], { input, encoding: 'buffer' });
    assert.equal(node.status, 1);
    assert.equal(native.status, 1);
    assert.deepEqual(node.stdout.toString().trim().split('\n').map((l) => JSON.parse(l).id), ['a', 'b', 'd', 'e']);
    assert.ok(node.stdout.equals(native.stdout), 'the good lines match the native CLI');
    const reported = (stderr) => [...stderr.toString().matchAll(/^sourcemark: stdin line (\d+): /gm)].map((m) => Number(m[1]));
    assert.deepEqual(reported(node.stderr), [2, 4, 6, 7, 8, 10]);
    assert.deepEqual(reported(node.stderr), reported(native.stderr), 'the same lines rejected as natively');
  });

  test('--jsonl --jobs N: N worker threads, the lines in input order, bad lines reported as with one job', () => {
    // Counts the worker threads the CLI starts: a preload that wraps worker_threads.Worker
    // (workers inherit the preload and report 0 for themselves).
    const preload = join(pkg.project, 'count-workers.cjs');
    writeFileSync(preload, `
      const threads = require('node:worker_threads');
      const Original = threads.Worker;
      let started = 0;
      threads.Worker = class extends Original { constructor(...a) { super(...a); started += 1; } };
      require('node:module').syncBuiltinESMExports();
      if (threads.isMainThread) process.on('exit', () => process.stderr.write('workers started: ' + started + '\\n'));
    `);
    const input = tricky().replace('\n', '\n{"id": "broken"\n');
    const cli = (jobs) => run(process.execPath, ['--require', preload, bin(), '--jsonl', '--jobs', String(jobs)], { input, encoding: 'buffer' });
    const one = cli(1);
    const three = cli(3);
    const native = run(nativeCli(), ['--jsonl', '--jobs', '3'], { input, encoding: 'buffer' });
    assert.match(one.stderr.toString(), /workers started: 0/);
    assert.match(three.stderr.toString(), /workers started: 3/);
    for (const r of [one, three, native]) assert.equal(r.status, 1, 'the broken line fails the run');
    assert.ok(three.stdout.equals(one.stdout), 'three jobs write what one job writes, in the same order');
    assert.ok(three.stdout.equals(native.stdout), 'and what the native CLI writes');
    const errors = (r) => r.stderr.toString().split('\n').filter((l) => l.startsWith('sourcemark:'));
    assert.deepEqual(errors(three), errors(one));
    assert.deepEqual(errors(three).map((l) => l.match(/line (\d+)/)[1]), ['2']);
  });

  test('--help, --version and bad arguments', () => {
    const help = run(bin(), ['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: sourcemark \[OPTIONS\] FILE/);
    assert.equal(help.stdout, run(nativeCli(), ['--help']).stdout, 'the native help, word for word');
    const version = run(bin(), ['--version']);
    assert.equal(version.status, 0);
    assert.equal(version.stdout, run(nativeCli(), ['--version']).stdout, 'same version line as the native CLI');
    const manifest = JSON.parse(readFileSync(join(pkg.project, 'node_modules/sourcemark/package.json'), 'utf8'));
    assert.equal(version.stdout.trim(), `sourcemark ${manifest.version}`);
    for (const args of [[], ['--json'], ['--jsonl', '--json', 'x'], ['--jobs', '0', '--jsonl'], ['--bogus'], ['--html']]) {
      const r = run(bin(), args);
      assert.equal(r.status, 2, `${args}`);
      assert.match(r.stderr, /Usage/);
      assert.equal(run(nativeCli(), args).status, 2, `native ${args}`);
    }
    assert.match(help.stdout, /--html OUT/);
    assert.equal(run(bin(), ['--jsonl', 'x', '-h']).stdout, help.stdout, '--help wins wherever it is');
  });

  test('--jsonl FILE...: files in turn, errors name the file and line as natively', () => {
    const good = (id) => JSON.stringify({ id, text: 'President Biden said the talks were over.' });
    const first = join(pkg.project, 'first.jsonl');
    const second = join(pkg.project, 'second.jsonl');
    writeFileSync(first, [good('a'), '{not json', good('b')].join('\n') + '\n');
    writeFileSync(second, good('c'));
    const missing = join(pkg.project, 'missing.jsonl');
    const args = ['--jsonl', '--jobs', '2', first, missing, second];
    const node = run(bin(), args, { encoding: 'buffer' });
    const native = run(nativeCli(), args, { encoding: 'buffer' });
    assert.equal(node.status, 1);
    assert.equal(native.status, 1);
    assert.deepEqual(node.stdout.toString().trim().split('\n').map((l) => JSON.parse(l).id), ['a', 'b', 'c']);
    assert.ok(node.stdout.equals(native.stdout), 'the good lines match the native CLI');
    const named = (stderr) => stderr.toString().split('\n').filter(Boolean).map((l) => l.match(/^sourcemark: (.*?)(?: line \d+)?: /)?.[0]);
    assert.deepEqual(named(node.stderr), [`sourcemark: ${first} line 2: `, `sourcemark: ${missing}: `]);
    assert.deepEqual(named(node.stderr), named(native.stderr), 'the same problems reported as natively');
  });

  /** Two articles beside the scratch project, one of them full of non-ASCII text. */
  function articles() {
    const [plain, unicode] = [join(pkg.project, 'plain.txt'), join(pkg.project, 'unicode.txt')];
    writeFileSync(plain, seeds()[1][1]);
    writeFileSync(unicode, TEXT);
    return [plain, unicode];
  }

  test('--json FILE...: the same objects as the native CLI, absent fields left out by both', () => {
    const files = articles();
    const node = run(bin(), ['--json', ...files]);
    const native = run(nativeCli(), ['--json', ...files]);
    assert.equal(node.status, 0, node.stderr);
    assert.equal(native.status, 0, native.stderr);
    assert.equal(node.stdout, native.stdout, 'Node and native --json differ');
    const first = JSON.parse(node.stdout.slice(0, node.stdout.indexOf('\n}\n') + 2));
    assert.equal(first.file, files[0]);
    assert.equal(first.offsets, 'codepoint');
    assert.ok(first.claims.length > 0 && first.claims.some((c) => !('parent' in c)), 'a claim without a parent');
    assert.doesNotMatch(node.stdout, /: null/, 'no field is written as null');
  });

  test('the report for a person is the native one, plain when piped and coloured on request', () => {
    const files = articles();
    for (const args of [files, ['--color', 'always', ...files], ['--color=never', files[1]]]) {
      const node = run(bin(), args);
      const native = run(nativeCli(), args);
      assert.equal(native.status, 0, native.stderr);
      assert.equal(node.status, 0, node.stderr);
      assert.equal(node.stdout, native.stdout, `Node and native reports differ for ${args.join(' ')}`);
    }
    const plain = run(bin(), files).stdout;
    assert.ok(plain.startsWith(`${files[0]} — `), plain.slice(0, 200));
    assert.match(plain, /^\[S1\] /m, 'sources are numbered');
    assert.doesNotMatch(plain, /\x1b/, 'no escape codes when piped');
    assert.match(run(bin(), ['--color', 'always', files[0]]).stdout, /\x1b\[/, 'colour when asked');
  });

  test('--html OUT writes the native page, byte for byte', () => {
    const files = articles();
    const [nodePage, nativePage] = [join(pkg.project, 'node.html'), join(pkg.project, 'native.html')];
    const node = run(bin(), ['--html', nodePage, ...files]);
    const native = run(nativeCli(), ['--html', nativePage, ...files]);
    assert.equal(node.status, 0, node.stderr);
    assert.equal(native.status, 0, native.stderr);
    const page = readFileSync(nodePage, 'utf8');
    assert.equal(page, readFileSync(nativePage, 'utf8'));
    assert.ok(page.startsWith('<!DOCTYPE html>') && page.includes('<title>Sourcemark: 2 articles</title>'), page.slice(0, 400));
    assert.equal(node.stdout, '', 'the page goes to the file only');
    assert.equal(run(bin(), ['--html', '-', files[0]]).stdout, run(nativeCli(), ['--html', '-', files[0]]).stdout, '--html - (stdout)');
  });

  test('unreadable and invalid UTF-8 files are named with the line, the rest processed, exit 1', () => {
    const [good] = articles();
    const latin1 = join(pkg.project, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('First line.\nLe caf\xe9 est ferm\xe9, said the mayor.\n', 'latin1'));
    const missing = join(pkg.project, 'missing.txt');
    for (const mode of [[], ['--json'], ['--html', '-']]) {
      const args = [...mode, missing, latin1, good];
      const node = run(bin(), args);
      const native = run(nativeCli(), args);
      assert.equal(node.status, 1, `${mode}`);
      assert.equal(native.status, 1, `${mode}`);
      const lines = node.stderr.trim().split('\n');
      assert.equal(lines.length, 2, node.stderr);
      assert.ok(lines[0].startsWith(`sourcemark: ${missing}: `), node.stderr);
      assert.equal(lines[1], `sourcemark: ${latin1}: invalid UTF-8 at line 2, byte 7 of the line (the file must be UTF-8 text)`);
      assert.equal(lines[1], native.stderr.trim().split('\n')[1], 'the same message as natively');
      assert.equal(node.stdout, native.stdout, `${mode}: the good file's output matches the native CLI`);
      assert.ok(node.stdout.length > 1000, `${mode}: the good file is still processed`);
    }
  });

  test('where UTF-8 goes wrong is found as natively: overlong forms, surrogates, cut sequences', () => {
    const cases = {
      overlong: [0xc0, 0xaf], surrogate: [0xed, 0xa0, 0x80], 'past U+10FFFF': [0xf4, 0x90, 0x80, 0x80],
      'cut at the end': [0xe2, 0x80], 'bad continuation': [0xe2, 0x28, 0xa1], 'lone continuation': [0x80],
    };
    for (const [what, bad] of Object.entries(cases)) {
      const file = join(pkg.project, 'bad-utf8.txt');
      writeFileSync(file, Buffer.concat([Buffer.from('Zoë said “yes”.\nTwo 👍 '), Buffer.from(bad)]));
      const node = run(bin(), ['--json', file]);
      const native = run(nativeCli(), ['--json', file]);
      assert.equal(node.status, 1, what);
      assert.match(node.stderr, /invalid UTF-8 at line 2, byte \d+ of the line/, what);
      assert.equal(node.stderr, native.stderr, `${what}: the same message as natively`);
    }
  });
});
