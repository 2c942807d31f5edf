//! `--jsonl`: the exchange format, one record per input line, on every core.
//!
//! A reader thread cuts the input into chunks of lines, workers annotate chunks, and the
//! calling thread writes results in input order. A fixed number of tickets bounds the chunks
//! in flight, so memory stays flat however large the input and however uneven the lines.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::sync::mpsc::{channel, sync_channel, Receiver, SyncSender};
use std::sync::{Arc, Mutex};

use sourcemark::exchange::{annotate_record, InputRecord};
use sourcemark::Options;

use crate::progress::Progress;

/// Lines are grouped until a chunk holds this many bytes (or `CHUNK_LINES` lines): large
/// enough to amortise the hand-offs, small enough to balance the workers.
const CHUNK_BYTES: usize = 256 * 1024;
const CHUNK_LINES: usize = 512;
/// Chunks in flight per worker (queued, being annotated, or waiting to be written in order).
const TICKETS_PER_JOB: usize = 4;

/// Consecutive lines of one input.
struct Chunk {
    seq: usize,
    origin: Arc<str>,
    /// Line number of `lines[0]`, from 1.
    first_line: usize,
    lines: Vec<Vec<u8>>,
    /// A problem with the input itself (cannot open it, read error), reported in order.
    problem: Option<String>,
}

/// A chunk's output lines and its error messages.
struct Done {
    seq: usize,
    out: Vec<u8>,
    errors: Vec<String>,
    docs: usize,
    bytes: u64,
}

/// Annotates every line of `inputs` ("-" is standard input; none: standard input) to `out`.
/// Returns how many lines or inputs failed, each reported on stderr naming the input and line.
pub fn run(inputs: &[String], options: &Options, jobs: usize, progress: bool, out: &mut impl Write) -> io::Result<usize> {
    let stdin_only = ["-".to_string()];
    let inputs = if inputs.is_empty() { &stdin_only[..] } else { inputs };
    let mut progress = Progress::new(progress, total_size(inputs));
    let result = if jobs <= 1 {
        let mut writer = Writer::new(out, &mut progress);
        read_chunks(inputs, |chunk| writer.write(annotate_chunk(chunk, options)));
        writer.finish()
    } else {
        run_parallel(inputs, options, jobs, out, &mut progress)
    };
    progress.finish();
    result
}

fn run_parallel(inputs: &[String], options: &Options, jobs: usize, out: &mut impl Write, progress: &mut Progress) -> io::Result<usize> {
    let tickets = jobs * TICKETS_PER_JOB;
    let (ticket_tx, ticket_rx) = sync_channel::<()>(tickets);
    for _ in 0..tickets {
        ticket_tx.send(()).expect("the receiver is alive");
    }
    let (work_tx, work_rx) = sync_channel::<Chunk>(tickets);
    let (done_tx, done_rx) = channel::<Done>();
    let work_rx = Mutex::new(work_rx);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            // Stops when the writer is gone (no more tickets) or the inputs are exhausted.
            read_chunks(inputs, |chunk| ticket_rx.recv().is_ok() && work_tx.send(chunk).is_ok());
        });
        for _ in 0..jobs {
            let done_tx = done_tx.clone();
            let work_rx = &work_rx;
            scope.spawn(move || loop {
                let next = work_rx.lock().map(|rx| rx.recv());
                let Ok(Ok(chunk)) = next else { break };
                if done_tx.send(annotate_chunk(chunk, options)).is_err() {
                    break;
                }
            });
        }
        drop(done_tx);
        write_in_order(done_rx, ticket_tx, out, progress)
    })
}

/// Writes results by sequence number, returning a ticket for each chunk written. Owning the
/// ticket sender means that returning early (a write error) stops the reader and the workers.
fn write_in_order(done: Receiver<Done>, tickets: SyncSender<()>, out: &mut impl Write, progress: &mut Progress) -> io::Result<usize> {
    let mut writer = Writer::new(out, progress);
    let mut waiting = BTreeMap::new();
    let mut next = 0;
    for d in done {
        waiting.insert(d.seq, d);
        while let Some(d) = waiting.remove(&next) {
            if !writer.write(d) {
                return writer.finish();
            }
            next += 1;
            let _ = tickets.send(());
        }
    }
    writer.finish()
}

struct Writer<'a, W: Write> {
    out: &'a mut W,
    progress: &'a mut Progress,
    failed: usize,
    error: Option<io::Error>,
}

impl<'a, W: Write> Writer<'a, W> {
    fn new(out: &'a mut W, progress: &'a mut Progress) -> Self {
        Writer { out, progress, failed: 0, error: None }
    }

    /// Writes one chunk's lines and messages; false once writing has failed (kept for `finish`).
    fn write(&mut self, d: Done) -> bool {
        if self.error.is_some() {
            return false;
        }
        if let Err(e) = self.out.write_all(&d.out) {
            self.error = Some(e);
            return false;
        }
        for e in &d.errors {
            self.progress.message(e);
        }
        self.failed += d.errors.len();
        self.progress.advance(d.docs, d.bytes);
        true
    }

    fn finish(mut self) -> io::Result<usize> {
        match self.error.take() {
            Some(e) => Err(e),
            None => self.out.flush().map(|()| self.failed),
        }
    }
}

fn annotate_chunk(chunk: Chunk, options: &Options) -> Done {
    let mut done = Done { seq: chunk.seq, out: Vec::new(), errors: Vec::new(), docs: 0, bytes: 0 };
    if let Some(problem) = chunk.problem {
        done.errors.push(format!("sourcemark: {}: {problem}", chunk.origin));
    }
    for (i, line) in chunk.lines.iter().enumerate() {
        done.bytes += line.len() as u64 + 1;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match parse_line(line) {
            Ok(record) => {
                let rec = annotate_record(&record.id, &record.text, options);
                serde_json::to_writer(&mut done.out, &rec).expect("writing JSON to memory cannot fail");
                done.out.push(b'\n');
                done.docs += 1;
            }
            Err(e) => done.errors.push(format!("sourcemark: {} line {}: {e}", chunk.origin, chunk.first_line + i)),
        }
    }
    done
}

fn parse_line(line: &[u8]) -> Result<InputRecord, String> {
    let text = std::str::from_utf8(line).map_err(|e| format!("invalid UTF-8 at byte {}", e.valid_up_to() + 1))?;
    serde_json::from_str(text).map_err(|e| e.to_string())
}

/// Cuts each input into chunks and hands them to `emit` in order; stops when `emit` says no.
fn read_chunks(inputs: &[String], mut emit: impl FnMut(Chunk) -> bool) {
    let mut seq = 0;
    let mut next_seq = || {
        seq += 1;
        seq - 1
    };
    for path in inputs {
        let origin: Arc<str> = if path == "-" { "stdin".into() } else { path.as_str().into() };
        let reader: Box<dyn Read> = if path == "-" {
            Box::new(io::stdin().lock())
        } else {
            match File::open(path) {
                Ok(f) => Box::new(f),
                Err(e) => {
                    let chunk = Chunk { seq: next_seq(), origin, first_line: 1, lines: Vec::new(), problem: Some(e.to_string()) };
                    if !emit(chunk) {
                        return;
                    }
                    continue;
                }
            }
        };
        let mut reader = BufReader::with_capacity(1 << 16, reader);
        let mut line_no = 1;
        loop {
            let mut chunk = Chunk { seq: 0, origin: origin.clone(), first_line: line_no, lines: Vec::new(), problem: None };
            let mut bytes = 0;
            let mut at_end = false;
            while bytes < CHUNK_BYTES && chunk.lines.len() < CHUNK_LINES {
                let mut line = Vec::new();
                match reader.read_until(b'\n', &mut line) {
                    Ok(0) => {
                        at_end = true;
                        break;
                    }
                    Ok(_) => {
                        if line.last() == Some(&b'\n') {
                            line.pop();
                        }
                        bytes += line.len();
                        chunk.lines.push(line);
                        line_no += 1;
                    }
                    Err(e) => {
                        chunk.problem = Some(format!("read error after line {}: {e}", line_no - 1));
                        at_end = true;
                        break;
                    }
                }
            }
            if chunk.lines.is_empty() && chunk.problem.is_none() {
                break;
            }
            chunk.seq = next_seq();
            if !emit(chunk) {
                return;
            }
            if at_end {
                break;
            }
        }
    }
}

/// Bytes of input when every input's size is known (regular files), for the progress bar.
fn total_size(inputs: &[String]) -> Option<u64> {
    inputs
        .iter()
        .map(|p| {
            let path = if p == "-" { "/dev/stdin" } else { p.as_str() };
            std::fs::metadata(path).ok().filter(|m| m.is_file()).map(|m| m.len())
        })
        .sum()
}
