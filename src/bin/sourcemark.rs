//! Native command line: `sourcemark --jsonl < IN.jsonl > OUT.jsonl`.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use sourcemark::exchange::{annotate_record, InputRecord};

const USAGE: &str = "Usage: sourcemark --jsonl < IN.jsonl > OUT.jsonl

Reads one {\"id\", \"text\"} JSON object per line and writes the JSONL exchange format
(code-point offsets) with entities and attributions.

Options:
  --jsonl      batch mode over standard input (required for now)
  -h, --help   show this help
  -V, --version  show the version";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    if args.iter().any(|a| a == "-V" || a == "--version") {
        println!("sourcemark {}", env!("CARGO_PKG_VERSION"));
        return ExitCode::SUCCESS;
    }
    if args.first().map(String::as_str) != Some("--jsonl") || args.len() != 1 {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    match run_jsonl(io::stdin().lock(), &mut BufWriter::new(io::stdout().lock())) {
        Ok(0) => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(1),
        Err(e) => {
            eprintln!("sourcemark: {e}");
            ExitCode::from(1)
        }
    }
}

/// Annotates each line; returns how many lines failed (each reported on stderr).
fn run_jsonl(input: impl BufRead, out: &mut impl Write) -> io::Result<usize> {
    let mut failed = 0;
    for (n, line) in input.split(b'\n').enumerate() {
        let lineno = n + 1;
        let line = line?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let record: InputRecord = match std::str::from_utf8(&line)
            .map_err(|e| e.to_string())
            .and_then(|s| serde_json::from_str(s).map_err(|e| e.to_string()))
        {
            Ok(r) => r,
            Err(e) => {
                eprintln!("sourcemark: stdin line {lineno}: {e}");
                failed += 1;
                continue;
            }
        };
        let rec = annotate_record(&record.id, &record.text);
        serde_json::to_writer(&mut *out, &rec)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(failed)
}
