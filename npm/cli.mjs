#!/usr/bin/env node
// sourcemark --jsonl < IN.jsonl > OUT.jsonl
//
// The native CLI's batch mode on the WebAssembly engine. Each output line is JSON.stringify of
// the engine's own exchange record (annotateRecord), so it is byte-identical to the native
// `sourcemark --jsonl` line for the same input; the input checks below mirror the native reader
// (serde_json into {id: string, text: string}) so both accept and reject the same lines.
import { createRequire } from 'node:module';

const { annotateRecord, version } = createRequire(import.meta.url)('./node/sourcemark.js');

// Declared before the top-level await below runs (a later `const` would still be uninitialised).
// ignoreBOM keeps a byte-order mark in the text, where JSON.parse rejects it like serde_json.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const loneSurrogate = /\p{Surrogate}/u;

const USAGE = `Usage: sourcemark --jsonl < IN.jsonl > OUT.jsonl

Reads one {"id", "text"} JSON object per line and writes the JSONL exchange format
(code-point offsets) with entities and attributions.

Options:
  --jsonl      batch mode over standard input (required for now)
  -h, --help   show this help
  -V, --version  show the version`;

const args = process.argv.slice(2);
if (args.some((a) => a === '-h' || a === '--help')) {
  console.log(USAGE);
} else if (args.some((a) => a === '-V' || a === '--version')) {
  console.log(`sourcemark ${version()}`);
} else if (args.length !== 1 || args[0] !== '--jsonl') {
  console.error(USAGE);
  process.exitCode = 2;
} else {
  const failed = await runJsonl(process.stdin, process.stdout);
  process.exitCode = failed > 0 ? 1 : 0;
}

/** Annotates each line of `input`; returns how many lines failed (each reported on stderr). */
async function runJsonl(input, output) {
  let failed = 0;
  let lineno = 0;
  let pending = Buffer.alloc(0);
  const handle = async (bytes) => {
    lineno += 1;
    if (isBlank(bytes)) return;
    let record;
    try {
      record = parseRecord(bytes);
    } catch (e) {
      console.error(`sourcemark: stdin line ${lineno}: ${e.message}`);
      failed += 1;
      return;
    }
    const line = JSON.stringify(annotateRecord(record.id, record.text)) + '\n';
    if (!output.write(line)) await new Promise((resolve) => output.once('drain', resolve));
  };
  for await (const chunk of input) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    let start = 0;
    for (let nl = pending.indexOf(0x0a); nl !== -1; nl = pending.indexOf(0x0a, start)) {
      await handle(pending.subarray(start, nl));
      start = nl + 1;
    }
    pending = pending.subarray(start);
  }
  if (pending.length) await handle(pending);
  return failed;
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
