//! Command-line arguments, parsed by hand: a handful of flags do not justify a dependency.

use std::path::PathBuf;

/// What to print.
#[derive(Debug, PartialEq, Eq)]
pub enum Mode {
    /// The report for a person (the default).
    Report,
    /// The full result as JSON, one object per file.
    Json,
    /// A standalone annotated page written to this path ("-": standard output).
    Html(PathBuf),
    /// The JSONL exchange format, from standard input or the files.
    Jsonl,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Auto,
    Always,
    Never,
}

#[derive(Debug)]
pub struct Args {
    pub mode: Mode,
    /// Input paths; "-" is standard input.
    pub files: Vec<String>,
    /// Worker threads for `--jsonl`; `None`: all cores.
    pub jobs: Option<usize>,
    pub colour: When,
    pub progress: When,
    /// `--outermost`: drop claims nested inside another claim's content.
    pub outermost: bool,
}

pub enum Parsed {
    Run(Args),
    Help,
    Version,
}

/// Parses the arguments after the program name. `Err` is a message for the user (exit 2).
pub fn parse(raw: &[String]) -> Result<Parsed, String> {
    // --help and --version win wherever they appear, as users expect.
    let options_part = raw.iter().take_while(|a| *a != "--");
    for a in options_part {
        match a.as_str() {
            "-h" | "--help" => return Ok(Parsed::Help),
            "-V" | "--version" => return Ok(Parsed::Version),
            _ => {}
        }
    }
    let mut modes = Vec::new();
    let mut files = Vec::new();
    let mut jobs = None;
    let mut colour = When::Auto;
    let mut progress = When::Auto;
    let mut outermost = false;
    let mut it = raw.iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            match inline.clone() {
                Some(v) => Ok(v),
                // "--html --json" is a forgotten value, not a file called "--json".
                None => it.next().filter(|v| !v.starts_with("--")).cloned().ok_or_else(|| format!("{name} needs a value")),
            }
        };
        match flag {
            "--" => {
                files.extend(it.by_ref().cloned());
            }
            "--json" => modes.push(Mode::Json),
            "--jsonl" => modes.push(Mode::Jsonl),
            "--html" => modes.push(Mode::Html(PathBuf::from(value("--html")?))),
            "-j" | "--jobs" => jobs = Some(parse_jobs(&value("--jobs")?)?),
            "--color" | "--colour" => colour = parse_when(flag, &value(flag)?)?,
            "--progress" => progress = When::Always,
            "--no-progress" => progress = When::Never,
            "--outermost" => outermost = true,
            _ if flag.starts_with("-j") && flag.len() > 2 && inline.is_none() => jobs = Some(parse_jobs(&flag[2..])?),
            _ if flag.starts_with('-') && flag != "-" => return Err(format!("unknown option {arg}")),
            _ => files.push(arg.clone()),
        }
    }
    if modes.len() > 1 {
        return Err("choose one of --json, --html OUT and --jsonl".into());
    }
    let mode = modes.pop().unwrap_or(Mode::Report);
    if outermost && !matches!(mode, Mode::Json | Mode::Jsonl) {
        return Err("--outermost goes with --json or --jsonl".into());
    }
    if files.is_empty() && mode != Mode::Jsonl {
        return Err("no input files (give - to read standard input)".into());
    }
    Ok(Parsed::Run(Args { mode, files, jobs, colour, progress, outermost }))
}

fn parse_jobs(v: &str) -> Result<usize, String> {
    match v.parse::<usize>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!("--jobs needs a whole number of at least 1, not {v:?}")),
    }
}

fn parse_when(flag: &str, v: &str) -> Result<When, String> {
    match v {
        "auto" => Ok(When::Auto),
        "always" => Ok(When::Always),
        "never" => Ok(When::Never),
        _ => Err(format!("{flag} takes auto, always or never, not {v:?}")),
    }
}
