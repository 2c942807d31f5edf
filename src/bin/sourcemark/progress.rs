//! The progress bar of `--jsonl` on stderr: redrawn at most ten times a second, cleared at the
//! end; error messages clear it first so they stay readable.

use std::io::{self, Write};
use std::time::{Duration, Instant};

pub struct Progress {
    on: bool,
    total: Option<u64>,
    bytes: u64,
    docs: usize,
    started: Instant,
    drawn: Option<Instant>,
}

const WIDTH: usize = 30;
const EVERY: Duration = Duration::from_millis(100);

impl Progress {
    /// `total`: input size in bytes when known (a percentage and a bar), else counts only.
    pub fn new(on: bool, total: Option<u64>) -> Self {
        Progress { on, total, bytes: 0, docs: 0, started: Instant::now(), drawn: None }
    }

    pub fn advance(&mut self, docs: usize, bytes: u64) {
        self.docs += docs;
        self.bytes += bytes;
        if self.on && self.drawn.map_or(true, |t| t.elapsed() >= EVERY) {
            self.draw();
        }
    }

    /// Prints a message on its own line, above the bar.
    pub fn message(&mut self, text: &str) {
        let mut err = io::stderr().lock();
        if self.on && self.drawn.is_some() {
            let _ = write!(err, "\r\x1b[K");
            self.drawn = None;
        }
        let _ = writeln!(err, "{text}");
    }

    pub fn finish(&mut self) {
        if self.on && self.drawn.is_some() {
            let _ = write!(io::stderr().lock(), "\r\x1b[K");
        }
        self.drawn = None;
    }

    fn draw(&mut self) {
        let seconds = self.started.elapsed().as_secs_f64().max(1e-3);
        let mb = self.bytes as f64 / 1e6;
        let mut line = String::new();
        if let Some(total) = self.total.filter(|&t| t > 0) {
            let done = (self.bytes.min(total) as f64 / total as f64).clamp(0.0, 1.0);
            let filled = (done * WIDTH as f64).round() as usize;
            line.push_str(&format!("[{}{}] {:>3.0}%  {mb:.1}/{:.1} MB", "#".repeat(filled), "-".repeat(WIDTH - filled), done * 100.0, total as f64 / 1e6));
        } else {
            line.push_str(&format!("{mb:.1} MB"));
        }
        line.push_str(&format!("  {} docs  {:.1} MB/s", self.docs, mb / seconds));
        let _ = write!(io::stderr().lock(), "\r\x1b[K{line}");
        self.drawn = Some(Instant::now());
    }
}
