//! Native command line.
//!
//! `sourcemark FILE...` prints who said what in each article; `--json` the full result;
//! `--html OUT` a standalone annotated page; `--jsonl` the exchange format for batch work,
//! on every core. Exit status: 0 all good, 1 some input failed (each named on stderr, the rest
//! still processed), 2 bad arguments.

mod args;
mod jsonl;
mod progress;

use std::io::{self, IsTerminal, Read, Write};
use std::process::ExitCode;

use serde::Serialize;
use sourcemark::report::{self, Document, Style, USAGE};
use sourcemark::{annotate, Annotations, OffsetEncoding, Options};

use args::{Mode, Parsed, When};

fn main() -> ExitCode {
    let raw: Vec<String> = std::env::args().skip(1).collect();
    let args = match args::parse(&raw) {
        Ok(Parsed::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Parsed::Version) => {
            println!("sourcemark {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Ok(Parsed::Run(args)) => args,
        Err(message) => {
            eprintln!("sourcemark: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let colour = match args.colour {
        When::Always => true,
        When::Never => false,
        When::Auto => stdout.is_terminal() && std::env::var_os("NO_COLOR").map_or(true, |v| v.is_empty()),
    };
    let options = Options { nested: !args.outermost, ..Options::default() };
    let mut out = io::BufWriter::new(stdout.lock());
    let mut first = true;
    let result = match &args.mode {
        Mode::Jsonl => {
            let jobs = args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
            let progress = match args.progress {
                When::Always => true,
                When::Never => false,
                When::Auto => io::stderr().is_terminal(),
            };
            jsonl::run(&args.files, &options, jobs, progress, &mut out)
        }
        Mode::Report => for_each_input(&args.files, |name, text| {
            let ann = annotate(&text, &Options::default());
            if !std::mem::take(&mut first) {
                out.write_all(b"\n")?;
            }
            out.write_all(report::report(name, &ann, Style { colour }).as_bytes())
        }),
        Mode::Json => for_each_input(&args.files, |name, text| {
            let ann = annotate(&text, &Options { offsets: Some(OffsetEncoding::Codepoint), ..options.clone() });
            serde_json::to_writer_pretty(&mut out, &FileResult { file: name, annotations: &ann })?;
            out.write_all(b"\n")
        }),
        Mode::Html(path) => write_html(&args.files, path),
    };
    let flushed = result.and_then(|failed| out.flush().map(|()| failed));
    match flushed {
        Ok(0) => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(1),
        // A reader that stops early (`| head`) is not an error of ours.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sourcemark: {e}");
            ExitCode::from(1)
        }
    }
}

/// One `--json` object: the file name, then every field of the result.
#[derive(Serialize)]
struct FileResult<'a> {
    file: &'a str,
    #[serde(flatten)]
    annotations: &'a Annotations,
}

/// Reads each input and hands it to `each`; an input that cannot be read or is not UTF-8 is
/// reported and skipped. Returns how many failed; an output error stops everything.
fn for_each_input(files: &[String], mut each: impl FnMut(&str, String) -> io::Result<()>) -> io::Result<usize> {
    let mut failed = 0;
    for name in files {
        match read_text(name) {
            Ok(text) => each(name, text)?,
            Err(message) => {
                eprintln!("sourcemark: {name}: {message}");
                failed += 1;
            }
        }
    }
    Ok(failed)
}

/// The whole input as text, or a message saying why not (with the line of bad UTF-8).
fn read_text(name: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let read = if name == "-" {
        io::stdin().lock().read_to_end(&mut bytes).map(drop)
    } else {
        std::fs::File::open(name).and_then(|mut f| f.read_to_end(&mut bytes)).map(drop)
    };
    read.map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        let column = at - bytes[..at].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1) + 1;
        format!("invalid UTF-8 at line {line}, byte {column} of the line (the file must be UTF-8 text)")
    })
}

fn write_html(files: &[String], path: &std::path::Path) -> io::Result<usize> {
    let mut texts = Vec::new();
    let failed = for_each_input(files, |name, text| {
        let ann = annotate(&text, &Options::default());
        texts.push((name.to_string(), text, ann));
        Ok(())
    })?;
    if texts.is_empty() {
        return Ok(failed.max(1));
    }
    let docs: Vec<Document<'_>> =
        texts.iter().map(|(name, text, ann)| Document { name, text, annotations: ann }).collect();
    let page = report::page(&report::title(&docs), &docs);
    let written = if path.as_os_str() == "-" {
        io::stdout().lock().write_all(page.as_bytes())
    } else {
        std::fs::write(path, page)
    };
    match written {
        Ok(()) => Ok(failed),
        Err(e) => {
            eprintln!("sourcemark: {}: {e}", path.display());
            Ok(failed + 1)
        }
    }
}
