#!/usr/bin/env node
// sourcemark FILE...  |  sourcemark --json FILE...  |  sourcemark --html OUT FILE...
// sourcemark --jsonl [FILE...] < IN.jsonl > OUT.jsonl
//
// The native CLI on the WebAssembly engine, with the same output: the report for a person and
// the --html page come from the engine's own renderers (renderReport, renderPage: the Rust
// `sourcemark::report` the native CLI prints), and `--jsonl` lines are JSON.stringify of the
// engine's exchange record (annotateRecord), so each is byte-identical to the native output for
// the same input. The input checks below mirror the native reader (serde_json into
// {id: string, text: string}) so both accept and reject the same lines, and errors name the
// input and line the same way. `--jsonl` with more than one job annotates on worker threads
// (this same file, each with its own engine) and writes the lines back in input order.
import { createReadStream, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const { annotate, annotateRecord, renderPage, renderReport, usage, version } = createRequire(import.meta.url)('./node/sourcemark.js');

// Declared before the top-level await below runs (a later `const` would still be uninitialised).
// ignoreBOM keeps a byte-order mark in the text, where JSON.parse rejects it like serde_json.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const loneSurrogate = /\p{Surrogate}/u;

// The help text is the native CLI's own, from the engine.
const USAGE = usage();

/** The arguments as {mode, files, progress}, or 'help', 'version', or an error message. */
function parseArgs(args) {
  const options = args.indexOf('--') === -1 ? args : args.slice(0, args.indexOf('--'));
  if (options.some((a) => a === '-h' || a === '--help')) return 'help';
  if (options.some((a) => a === '-V' || a === '--version')) return 'version';
  const modes = [];
  const files = [];
  let progress;
  let colour = 'auto';
  let html;
  let outermost = false;
  let jobs;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const value = () => {
      if (eq !== -1) return arg.slice(eq + 1);
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value`);
      i += 1;
      return next;
    };
    try {
      if (flag === '--') {
        files.push(...args.slice(i + 1));
        break;
      } else if (flag === '--json') modes.push('json');
      else if (flag === '--jsonl') modes.push('jsonl');
      else if (flag === '--html') {
        html = value();
        modes.push('html');
      }
      else if (flag === '-j' || flag === '--jobs') jobs = checkJobs(value());
      else if (flag === '--color' || flag === '--colour') {
        const when = value();
        if (!['auto', 'always', 'never'].includes(when)) return `${flag} takes auto, always or never, not "${when}"`;
        colour = when;
      } else if (flag === '--progress') progress = true;
      else if (flag === '--no-progress') progress = false;
      else if (flag === '--outermost') outermost = true;
      else if (/^-j./.test(flag) && eq === -1) jobs = checkJobs(flag.slice(2));
      else if (flag.startsWith('-') && flag !== '-') return `unknown option ${arg}`;
      else files.push(arg);
    } catch (e) {
      return e.message;
    }
  }
  if (modes.length > 1) return 'choose one of --json, --html OUT and --jsonl';
  const mode = modes[0] ?? 'report';
  if (outermost && mode !== 'json' && mode !== 'jsonl') return '--outermost goes with --json or --jsonl';
  if (files.length === 0 && mode !== 'jsonl') return 'no input files (give - to read standard input)';
  jobs ??= os.availableParallelism?.() ?? (os.cpus().length || 1);
  return { mode, files, progress, colour, html, nested: !outermost, jobs };
}

/** The number --jobs gives, or an Error; like the native CLI, at least 1. */
function checkJobs(v) {
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new Error(`--jobs needs a whole number of at least 1, not "${v}"`);
  return Number(v);
}

/** A whole input as text, or null after reporting why not (with the line of bad UTF-8). */
function readText(file) {
  let bytes;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (e) {
    console.error(`sourcemark: ${file}: ${e.message}`);
    return null;
  }
  const at = invalidUtf8At(bytes);
  if (at !== -1) {
    const lineStart = at === 0 ? 0 : bytes.lastIndexOf(0x0a, at - 1) + 1; // a negative start counts from the end
    let line = 1;
    for (let i = bytes.indexOf(0x0a); i !== -1 && i < at; i = bytes.indexOf(0x0a, i + 1)) line++;
    console.error(`sourcemark: ${file}: invalid UTF-8 at line ${line}, byte ${at - lineStart + 1} of the line (the file must be UTF-8 text)`);
    return null;
  }
  return utf8.decode(bytes);
}

/** Where UTF-8 first goes wrong in `bytes` (Rust's `valid_up_to`, so messages match), or -1. */
function invalidUtf8At(bytes) {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const more = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (more === 0) return i;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (!(bytes[i + 1] >= lo && bytes[i + 1] <= hi)) return i;
    for (let k = 2; k <= more; k++) if ((bytes[i + k] & 0xc0) !== 0x80 || i + k >= bytes.length) return i;
    i += more + 1;
  }
  return -1;
}

/** Annotates each line of one input; returns how many lines (or the input) failed. */
async function runJsonl(file, annotator, progress) {
  const origin = file === '-' ? 'stdin' : file;
  let input;
  try {
    input = file === '-' ? process.stdin : createReadStream(file);
    if (file !== '-') await new Promise((resolve, reject) => input.once('open', resolve).once('error', reject));
  } catch (e) {
    progress.message(`sourcemark: ${origin}: ${e.message}`);
    return 1;
  }
  let failed = 0;
  let lineno = 0;
  let pending = Buffer.alloc(0);
  const handle = async (bytes) => {
    lineno += 1;
    progress.advance(0, bytes.length + 1);
    if (isBlank(bytes)) return;
    let record;
    try {
      record = parseRecord(bytes);
    } catch (e) {
      progress.message(`sourcemark: ${origin} line ${lineno}: ${e.message}`);
      failed += 1;
      return;
    }
    await annotator.add(record, `${origin} line ${lineno}`);
  };
  try {
    for await (const chunk of input) {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      let start = 0;
      for (let nl = pending.indexOf(0x0a); nl !== -1; nl = pending.indexOf(0x0a, start)) {
        await handle(pending.subarray(start, nl));
        start = nl + 1;
      }
      pending = pending.subarray(start);
    }
  } catch (e) {
    progress.message(`sourcemark: ${origin}: read error after line ${lineno}: ${e.message}`);
    return failed + 1;
  }
  if (pending.length) await handle(pending);
  return failed;
}

/** What `annotator.add(record, where)` does on this thread: annotate and write at once. */
class InlineAnnotator {
  constructor(nested, output, progress) {
    Object.assign(this, { nested, output, progress, failed: 0 });
  }

  async add(record) {
    await write(this.output, JSON.stringify(annotateRecord(record.id, record.text, { nested: this.nested })) + '\n');
    this.progress.advance(1, 0);
  }

  async finish() {}
}

/**
 * Annotates on `jobs` worker threads, each running this file with its own engine, and writes
 * the lines in input order. At most a few records per worker are in flight, so memory stays
 * bounded whatever the input's length.
 */
class WorkerAnnotator {
  constructor(jobs, nested, output, progress) {
    Object.assign(this, { output, progress, failed: 0, inOrder: [], next: 0 });
    this.workers = Array.from({ length: jobs }, () => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { nested } });
      worker.calls = new Map();
      worker.on('message', ({ seq, line, error }) => {
        const call = worker.calls.get(seq);
        worker.calls.delete(seq);
        if (error === undefined) call.resolve(line);
        else call.reject(new Error(error));
      });
      // A worker that dies takes its records with it: each is reported as failed, none is lost silently.
      worker.on('error', (e) => {
        for (const call of worker.calls.values()) call.reject(e);
        worker.calls.clear();
        worker.dead = true;
      });
      return worker;
    });
  }

  async add(record, where) {
    const live = this.workers.filter((w) => !w.dead);
    if (live.length === 0) throw new Error('every worker thread failed');
    const worker = live.reduce((a, b) => (b.calls.size < a.calls.size ? b : a));
    const seq = this.next++;
    const line = new Promise((resolve, reject) => worker.calls.set(seq, { resolve, reject }));
    line.catch(() => {}); // awaited in order below; this only keeps an early failure from counting as unhandled
    worker.postMessage({ seq, id: record.id, text: record.text });
    this.inOrder.push({ line, where });
    if (this.inOrder.length >= this.workers.length * 4) await this.writeFirst();
  }

  async writeFirst() {
    const { line, where } = this.inOrder.shift();
    try {
      await write(this.output, await line);
      this.progress.advance(1, 0);
    } catch (e) {
      this.progress.message(`sourcemark: ${where}: ${e.message}`);
      this.failed += 1;
    }
  }

  async finish() {
    while (this.inOrder.length) await this.writeFirst();
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** A worker thread's side of WorkerAnnotator: one output line per record, in any order. */
function serveRecords() {
  parentPort.on('message', ({ seq, id, text }) => {
    try {
      parentPort.postMessage({ seq, line: JSON.stringify(annotateRecord(id, text, { nested: workerData.nested })) + '\n' });
    } catch (e) {
      parentPort.postMessage({ seq, error: `engine failure: ${e?.message ?? e}` });
    }
  });
}

async function write(output, text) {
  if (!output.write(text)) await new Promise((resolve) => output.once('drain', resolve));
}

/** Lines of ASCII whitespace only are skipped, as the native CLI does. */
function isBlank(bytes) {
  return bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d);
}

/** One input line as {id, text}, or an Error saying what is wrong with it. */
function parseRecord(bytes) {
  let text;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new Error('invalid UTF-8');
  }
  const value = JSON.parse(text);
  // serde reads a struct from a JSON object or from an array of its fields in order.
  const [id, body] = Array.isArray(value)
    ? value.length === 2 ? value : [undefined, undefined]
    : value !== null && typeof value === 'object' ? [value.id, value.text] : [undefined, undefined];
  if (typeof id !== 'string' || typeof body !== 'string') {
    throw new Error('expected a JSON object with string fields "id" and "text"');
  }
  // Rust strings cannot hold a lone surrogate ("\ud800"); serde_json rejects the line.
  if (loneSurrogate.test(id) || loneSurrogate.test(body)) {
    throw new Error('lone surrogate in a string');
  }
  return { id, text: body };
}

/** Bytes of input when every input is a regular file, for the progress bar's percentage. */
function totalSize(files) {
  let total = 0;
  for (const f of files.length ? files : ['-']) {
    try {
      const st = statSync(f === '-' ? '/dev/stdin' : f);
      if (!st.isFile()) return null;
      total += st.size;
    } catch {
      return null;
    }
  }
  return total;
}

/** The --jsonl progress bar on stderr, as the native CLI draws it. */
class Progress {
  constructor(on, total) {
    Object.assign(this, { on, total, bytes: 0, docs: 0, started: Date.now(), drawn: 0, shown: false });
  }

  advance(docs, bytes) {
    this.docs += docs;
    this.bytes += bytes;
    if (this.on && Date.now() - this.drawn >= 100) this.draw();
  }

  message(text) {
    if (this.shown) process.stderr.write('\r\x1b[K');
    this.shown = false;
    this.drawn = 0;
    console.error(text);
  }

  finish() {
    if (this.shown) process.stderr.write('\r\x1b[K');
    this.shown = false;
  }

  draw() {
    const mb = this.bytes / 1e6;
    const seconds = Math.max((Date.now() - this.started) / 1000, 1e-3);
    let line = `${mb.toFixed(1)} MB`;
    if (this.total) {
      const done = Math.min(this.bytes / this.total, 1);
      const filled = Math.round(done * 30);
      line = `[${'#'.repeat(filled)}${'-'.repeat(30 - filled)}] ${String(Math.round(done * 100)).padStart(3)}%  ${mb.toFixed(1)}/${(this.total / 1e6).toFixed(1)} MB`;
    }
    process.stderr.write(`\r\x1b[K${line}  ${this.docs} docs  ${(mb / seconds).toFixed(1)} MB/s`);
    this.drawn = Date.now();
    this.shown = true;
  }
}

async function main() {
  const parsed = parseArgs(process.argv.slice(2));
  if (parsed === 'help') {
    console.log(USAGE);
  } else if (parsed === 'version') {
    console.log(`sourcemark ${version()}`);
  } else if (typeof parsed === 'string') {
    console.error(`sourcemark: ${parsed}\n\n${USAGE}`);
    process.exitCode = 2;
  } else if (parsed.mode === 'jsonl') {
    const progress = new Progress(parsed.progress ?? Boolean(process.stderr.isTTY), totalSize(parsed.files));
    const annotator = parsed.jobs > 1
      ? new WorkerAnnotator(parsed.jobs, parsed.nested, process.stdout, progress)
      : new InlineAnnotator(parsed.nested, process.stdout, progress);
    let failed = 0;
    for (const file of parsed.files.length ? parsed.files : ['-']) {
      failed += await runJsonl(file, annotator, progress);
    }
    await annotator.finish();
    failed += annotator.failed;
    progress.finish();
    process.exitCode = failed > 0 ? 1 : 0;
  } else if (parsed.mode === 'html') {
    process.exitCode = writeHtml(parsed.files, parsed.html) > 0 ? 1 : 0;
  } else {
    const colour = parsed.colour === 'auto'
      ? Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
      : parsed.colour === 'always';
    let failed = 0;
    let first = true;
    for (const file of parsed.files) {
      const text = readText(file);
      if (text === null) {
        failed += 1;
        continue;
      }
      let out;
      if (parsed.mode === 'json') {
        out = JSON.stringify({ file, ...annotate(text, { offsets: 'codepoint', nested: parsed.nested }) }, null, 2) + '\n';
      } else {
        out = (first ? '' : '\n') + renderReport(text, { name: file, color: colour });
        first = false;
      }
      await write(process.stdout, out);
    }
    process.exitCode = failed > 0 ? 1 : 0;
  }
}

/** --html OUT: one page of every readable input; returns how many inputs (or the output) failed. */
function writeHtml(files, path) {
  const documents = [];
  let failed = 0;
  for (const name of files) {
    const text = readText(name);
    if (text === null) failed += 1;
    else documents.push({ name, text });
  }
  if (documents.length === 0) return Math.max(failed, 1);
  const page = renderPage(documents);
  try {
    writeFileSync(path === '-' ? 1 : path, page);
  } catch (e) {
    console.error(`sourcemark: ${path}: ${e.message}`);
    failed += 1;
  }
  return failed;
}

// Last, so every declaration above (the Progress class included) is initialised.
if (isMainThread) await main();
else serveRecords();
