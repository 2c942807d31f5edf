//! The native CLI as a user runs it: `--jsonl` from standard input (the eval script's use) and
//! from files on several threads, the report for a person, `--json`, `--html OUT`, and every
//! error path (missing file, invalid UTF-8, malformed JSONL line, bad arguments).
#![cfg(not(target_arch = "wasm32"))]

mod texts;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sourcemark"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the CLI");
    // Written from another thread: a large output fills its pipe before the input is all in.
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

/// A scratch directory for this test binary, emptied on each run.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

fn stderr_of(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn line(id: &str, text: &str) -> String {
    serde_json::json!({ "id": id, "text": text }).to_string()
}

fn stdout_records(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

/// The code points of `text` between two exchange-format offsets.
fn cp_slice(text: &str, start: u64, end: u64) -> String {
    text.chars().skip(start as usize).take((end - start) as usize).collect()
}

#[test]
fn annotates_each_line_in_the_exchange_format() {
    let texts = texts::all_texts();
    let input: String = texts.iter().map(|(id, text)| line(id, text) + "\n").collect();
    let out = run(&["--jsonl"], input.as_bytes());
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let records = stdout_records(&out);
    assert_eq!(records.len(), texts.len(), "one output line per input line");
    let mut spans = 0;
    for ((id, text), rec) in texts.iter().zip(&records) {
        assert_eq!(rec["id"], id.as_str());
        assert_eq!(rec["text"], text.as_str());
        let length = text.chars().count() as u64;
        for e in rec["entities"].as_array().expect("entities list") {
            let (start, end) = (e["start"].as_u64().unwrap(), e["end"].as_u64().unwrap());
            assert!(start < end && end <= length, "{id}: entity {e}");
            assert_eq!(cp_slice(text, start, end), e["text"].as_str().unwrap(), "{id}: code-point offsets");
            assert!(["PERSON", "ORG", "LOC", "NORP", "DATE", "NUMBER", "MISC"].contains(&e["label"].as_str().unwrap()));
            spans += 1;
        }
        for a in rec["attributions"].as_array().expect("attributions list") {
            for role in ["source", "cue", "content"] {
                for pair in a[role].as_array().unwrap_or_else(|| panic!("{id}: {role} list in {a}")) {
                    let (start, end) = (pair[0].as_u64().unwrap(), pair[1].as_u64().unwrap());
                    assert!(start <= end && end <= length, "{id}: {role} {pair}");
                    spans += 1;
                }
            }
            assert!(a["source_entity"].is_null() || a["source_entity"].is_string(), "{id}: {a}");
            assert!(["direct", "indirect", "mixed"].contains(&a["kind"].as_str().unwrap_or("")), "{id}: {a}");
            assert!(a["unverified"].is_boolean(), "{id}: {a}");
        }
    }
    assert!(spans > 100, "only {spans} spans in the seeds' output");
}

#[test]
fn malformed_lines_are_reported_by_number_and_the_rest_still_processed() {
    let input = [
        line("a", "President Biden said the talks were over."),
        "this is not JSON".to_string(),
        line("b", "Zelenskyy told reporters “we will win” 🇺🇦."),
        r#"{"id": 7, "text": "an id that is not a string"}"#.to_string(),
        "   ".to_string(),
        r#"{"id": "no text"}"#.to_string(),
        line("c", "Officials said 12 people were hurt."),
    ]
    .join("\n");
    let mut bytes = input.into_bytes();
    bytes.extend_from_slice(b"\n{\"id\": \"bad utf8\", \"text\": \"\xff\"}\n");
    let out = run(&["--jsonl"], &bytes);
    assert!(!out.status.success(), "a malformed line must make the exit status non-zero");
    let ids: Vec<Value> = stdout_records(&out).iter().map(|r| r["id"].clone()).collect();
    assert_eq!(ids, ["a", "b", "c"], "good lines are annotated in order");
    let stderr = String::from_utf8_lossy(&out.stderr);
    for n in [2, 4, 6, 8] {
        assert!(stderr.contains(&format!("line {n}:")), "line {n} not reported in: {stderr}");
    }
    assert!(!stderr.contains("line 5:"), "a blank line is skipped, not an error: {stderr}");
    assert_eq!(stderr.lines().count(), 4, "one message per bad line: {stderr}");
}

#[test]
fn empty_input_gives_empty_output() {
    let out = run(&["--jsonl"], b"");
    assert!(out.status.success());
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
}

#[test]
fn help_and_version() {
    for flag in ["--help", "-h"] {
        let out = run(&[flag], b"");
        assert!(out.status.success(), "{flag}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("Usage") && text.contains("--jsonl"), "{flag}: {text}");
    }
    for flag in ["--version", "-V"] {
        let out = run(&[flag], b"");
        assert!(out.status.success(), "{flag}");
        assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), format!("sourcemark {}", env!("CARGO_PKG_VERSION")));
    }
}

#[test]
fn wrong_arguments_print_usage_and_fail() {
    let two_modes = ["--jsonl", "--json", "x.txt"];
    for args in [&[][..], &["--json"][..], &["--jobs", "0", "--jsonl"][..], &["-jx", "--jsonl"][..], &["--bogus", "x.txt"][..], &two_modes[..], &["--html"][..], &["--html", "--json", "x.txt"][..], &["--color", "sometimes", "x.txt"][..]] {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("Usage"), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

/// Input long enough for several chunks (and so several threads), with uneven line lengths.
fn many_lines() -> String {
    let mut input = String::new();
    for i in 0..1400 {
        let text = match i % 5 {
            0 => format!("Officials said {i} people were hurt in Kharkiv on Monday."),
            1 => "“We will not stop,” President Volodymyr Zelenskyy told reporters.".to_string(),
            2 => texts::SEEDS[i % 4].1.to_string(),
            3 => String::new(),
            _ => format!("Item {i}: no claim here."),
        };
        input.push_str(&line(&format!("doc-{i}"), &text));
        input.push('\n');
    }
    input
}

#[test]
fn jsonl_output_is_the_same_on_one_thread_and_on_many() {
    let input = many_lines();
    let one = run(&["--jsonl", "--jobs", "1"], input.as_bytes());
    assert!(one.status.success(), "{}", stderr_of(&one));
    let ids: Vec<String> = stdout_records(&one).iter().map(|r| r["id"].as_str().unwrap().to_string()).collect();
    let expected: Vec<String> = (0..1400).map(|i| format!("doc-{i}")).collect();
    assert_eq!(ids, expected, "one output line per input line, in input order");
    for args in [&["--jsonl", "-j4"][..], &["--jsonl", "--jobs=3"][..], &["--jsonl"][..]] {
        let many = run(args, input.as_bytes());
        assert!(many.status.success(), "{args:?}: {}", stderr_of(&many));
        assert!(many.stdout == one.stdout, "{args:?}: output differs from --jobs 1");
    }
}

#[test]
fn jsonl_reads_files_in_turn_like_their_concatenation_on_stdin() {
    let dir = scratch("jsonl-files");
    let first: String = texts::SEEDS.iter().map(|(id, text)| line(id, text) + "\n").collect();
    let second = line("short", "Officials said 12 people were hurt.") + "\n";
    std::fs::write(dir.join("a.jsonl"), &first).unwrap();
    std::fs::write(dir.join("b.jsonl"), &second).unwrap();
    let from_files = run(&["--jsonl", "--jobs", "2", path_str(&dir.join("a.jsonl")), path_str(&dir.join("b.jsonl"))], b"");
    assert!(from_files.status.success(), "{}", stderr_of(&from_files));
    let from_stdin = run(&["--jsonl", "-"], (first + &second).as_bytes());
    assert!(from_stdin.status.success(), "{}", stderr_of(&from_stdin));
    assert_eq!(stdout_records(&from_files).len(), 5);
    assert!(from_files.stdout == from_stdin.stdout, "files in turn = their concatenation on stdin");
}

#[test]
fn jsonl_errors_name_the_file_and_line_and_the_rest_is_processed() {
    let dir = scratch("jsonl-errors");
    let bad = dir.join("bad.jsonl");
    let mut bytes = [line("a", "Biden said yes."), "{not json".into(), line("b", "Putin said no.")].join("\n").into_bytes();
    bytes.extend_from_slice(b"\n{\"id\": \"u\", \"text\": \"caf\xe9\"}\n");
    bytes.extend_from_slice(line("c", "Macron said maybe.").as_bytes());
    std::fs::write(&bad, bytes).unwrap();
    let good = dir.join("good.jsonl");
    std::fs::write(&good, line("d", "Scholz said later.") + "\n").unwrap();
    let missing = dir.join("missing.jsonl");
    for jobs in ["1", "2"] {
        let out = run(&["--jsonl", "--jobs", jobs, path_str(&bad), path_str(&missing), path_str(&good)], b"");
        assert_eq!(out.status.code(), Some(1), "jobs {jobs}: a bad line or file makes the exit status 1");
        let ids: Vec<Value> = stdout_records(&out).iter().map(|r| r["id"].clone()).collect();
        assert_eq!(ids, ["a", "b", "c", "d"], "jobs {jobs}: the good lines, in order");
        let stderr = stderr_of(&out);
        let lines: Vec<&str> = stderr.lines().collect();
        assert_eq!(lines.len(), 3, "jobs {jobs}: one message per problem: {stderr}");
        assert!(lines[0].starts_with(&format!("sourcemark: {} line 2: ", bad.display())), "{stderr}");
        assert!(lines[1].starts_with(&format!("sourcemark: {} line 4: invalid UTF-8", bad.display())), "{stderr}");
        assert!(lines[2].starts_with(&format!("sourcemark: {}: ", missing.display())), "{stderr}");
    }
}

#[test]
fn progress_bar_only_when_asked_or_on_a_terminal() {
    let input = many_lines();
    let plain = run(&["--jsonl", "-j2"], input.as_bytes());
    assert!(plain.stderr.is_empty(), "no bar when stderr is not a terminal: {}", stderr_of(&plain));
    let forced = run(&["--jsonl", "-j2", "--progress"], input.as_bytes());
    assert!(forced.status.success());
    let stderr = stderr_of(&forced);
    assert!(stderr.contains("docs") && stderr.contains("MB/s"), "forced bar: {stderr:?}");
    assert!(stderr.ends_with("\r\x1b[K"), "the bar is cleared at the end: {stderr:?}");
    assert!(forced.stdout == plain.stdout, "the bar never touches stdout");
}

const BIDEN: &str = "President Joe Biden said on Monday that “the talks are over.”\n\n\
                     Officials in Kyiv told Reuters that 12 people were hurt.";

#[test]
fn report_lists_each_source_with_its_claims() {
    let dir = scratch("report");
    let file = dir.join("article.txt");
    std::fs::write(&file, BIDEN).unwrap();
    let out = run(&[path_str(&file)], b"");
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\x1b'), "no colour when piped: {text}");
    assert!(text.starts_with(&format!("{} — 2 claims", file.display())), "{text}");
    // The same document as JSON: every source with claims is printed, then its claims' contents.
    let json = run(&["--json", path_str(&file)], b"");
    let result: Value = serde_json::from_slice(&json.stdout).unwrap();
    for source in result["sources"].as_array().unwrap() {
        let name = source["name"].as_str().unwrap();
        let heading = text.lines().find(|l| l.contains(name)).unwrap_or_else(|| panic!("{name} missing: {text}"));
        assert!(heading.starts_with('['), "a source heading carries its badge: {heading}");
    }
    for claim in result["claims"].as_array().unwrap() {
        for span in claim["content"].as_array().unwrap() {
            assert!(text.contains(span["text"].as_str().unwrap()), "claim content missing: {text}");
        }
    }
    assert!(text.contains("Entities") && text.contains("PERSON") && text.contains("Joe Biden"), "{text}");
}

#[test]
fn report_colours_only_when_asked_and_never_passes_control_characters() {
    let article = "Biden said \x1b[2J\x1b]0;pwned\x07 the talks were over.";
    let coloured = run(&["--color", "always", "-"], article.as_bytes());
    let text = String::from_utf8(coloured.stdout).unwrap();
    assert!(text.contains("\x1b[1m"), "--color always colours: {text:?}");
    assert!(!text.contains("\x1b[2J") && !text.contains("\x1b]0"), "the article's escapes are neutralised: {text:?}");
    let plain = run(&["--color=never", "-"], article.as_bytes());
    let text = String::from_utf8(plain.stdout).unwrap();
    assert!(!text.contains('\x1b') && !text.contains('\x07'), "{text:?}");
    assert!(text.contains("Biden"), "{text}");
}

#[test]
fn json_gives_the_full_result_with_code_point_offsets_per_file() {
    let dir = scratch("json");
    let (a, b) = (dir.join("a.txt"), dir.join("b.txt"));
    std::fs::write(&a, "🇺🇦 Zelenskyy said “we will win” on Friday.").unwrap();
    std::fs::write(&b, texts::SEEDS[1].1).unwrap();
    let out = run(&["--json", path_str(&a), path_str(&b)], b"");
    assert!(out.status.success(), "{}", stderr_of(&out));
    let docs: Vec<Value> = serde_json::Deserializer::from_slice(&out.stdout).into_iter().map(Result::unwrap).collect();
    assert_eq!(docs.len(), 2, "one JSON object per file");
    // An absent optional field is left out, as in the JavaScript result, never written as null.
    assert!(!String::from_utf8_lossy(&out.stdout).contains(": null"), "a null in --json output");
    let claims = docs.iter().flat_map(|d| d["claims"].as_array().unwrap());
    assert!(claims.clone().any(|c| c.get("parent").is_none()), "a claim without a parent has no parent key");
    assert!(claims.clone().all(|c| c.get("kind").is_some()), "required fields stay");
    for (doc, path) in docs.iter().zip([&a, &b]) {
        assert_eq!(doc["file"], path_str(path));
        assert_eq!(doc["offsets"], "codepoint");
        let text = std::fs::read_to_string(path).unwrap();
        assert!(!doc["claims"].as_array().unwrap().is_empty(), "{doc}");
        for e in doc["entities"].as_array().unwrap() {
            let (s, t) = (e["start"].as_u64().unwrap(), e["end"].as_u64().unwrap());
            assert_eq!(cp_slice(&text, s, t), e["text"].as_str().unwrap());
        }
    }
}

#[test]
fn html_page_marks_claims_and_entities_and_escapes_the_article() {
    let dir = scratch("html");
    let article = dir.join("evil.txt");
    let payload = "President Joe Biden said “<script>alert(1)</script> is over” on Monday.\n\
                   Officials said <img src=x onerror=alert(2)> & \"quotes\" were 'fine'.";
    std::fs::write(&article, payload).unwrap();
    let page = dir.join("out.html");
    let out = run(&["--html", path_str(&page), path_str(&article)], b"");
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(out.stdout.is_empty(), "the page goes to the file only");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(!html.contains("<script") && !html.contains("<img"), "markup from the article must not survive: {html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");
    assert!(html.contains("&lt;img src=x onerror=alert(2)&gt; &amp; &quot;quotes&quot; were &#39;fine&#39;"), "{html}");
    assert!(html.contains("<mark data-type=\"claim\" data-source=\"Joe Biden\""), "a claim mark names its source: {html}");
    assert!(html.contains("data-type=\"PERSON\""), "entities are marked: {html}");
    assert!(html.contains("<ol class=\"sources\">") && html.contains("<strong>Joe Biden</strong>"), "sources list: {html}");
    assert!(!html.contains("src=\"http") && !html.contains("href=\"http"), "self-contained: nothing loaded from outside");
    // The same page on standard output.
    let to_stdout = run(&["--html", "-", path_str(&article)], b"");
    assert_eq!(String::from_utf8(to_stdout.stdout).unwrap(), html);
}

#[test]
fn unreadable_and_invalid_utf8_files_are_named_and_the_rest_is_processed() {
    let dir = scratch("bad-files");
    let good = dir.join("good.txt");
    std::fs::write(&good, BIDEN).unwrap();
    let latin1 = dir.join("latin1.txt");
    std::fs::write(&latin1, b"First line.\nLe caf\xe9 est ferm\xe9, said the mayor.\n").unwrap();
    let missing = dir.join("missing.txt");
    for mode in [&[][..], &["--json"][..], &["--html", "-"][..]] {
        let mut args: Vec<&str> = mode.to_vec();
        args.extend([path_str(&missing), path_str(&latin1), path_str(&good)]);
        let out = run(&args, b"");
        assert_eq!(out.status.code(), Some(1), "{mode:?}");
        let stderr = stderr_of(&out);
        let lines: Vec<&str> = stderr.lines().collect();
        assert_eq!(lines.len(), 2, "{mode:?}: {stderr}");
        assert!(lines[0].starts_with(&format!("sourcemark: {}: ", missing.display())), "{stderr}");
        assert!(lines[1].starts_with(&format!("sourcemark: {}: invalid UTF-8 at line 2,", latin1.display())), "{stderr}");
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(stdout.contains("Joe Biden"), "{mode:?}: the good file is still processed: {stdout}");
    }
}

#[test]
fn html_with_no_readable_input_writes_nothing_and_fails() {
    let dir = scratch("html-none");
    let page = dir.join("out.html");
    let out = run(&["--html", path_str(&page), path_str(&dir.join("missing.txt"))], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(!page.exists(), "no page without an article");
    let unwritable = run(&["--html", path_str(&dir.join("no/such/dir/out.html")), "-"], BIDEN.as_bytes());
    assert_eq!(unwritable.status.code(), Some(1));
    assert!(stderr_of(&unwritable).contains("out.html"), "{}", stderr_of(&unwritable));
}

#[test]
fn help_describes_every_flag() {
    let out = run(&["--help"], b"");
    let help = String::from_utf8(out.stdout).unwrap();
    for flag in ["--json", "--html OUT", "--jsonl", "--jobs", "--color", "--progress", "--no-progress", "--outermost", "--version", "NO_COLOR"] {
        assert!(help.contains(flag), "{flag} missing from --help");
    }
    let late = run(&["--jsonl", "x", "--help"], b"");
    assert!(late.status.success() && String::from_utf8(late.stdout).unwrap() == help, "--help anywhere wins");
}

#[test]
fn outermost_drops_nested_claims_in_json_and_jsonl_only() {
    let input = line("n", "The ministry said that the governor had warned that the dam would fail.");
    let claims = |args: &[&str]| -> Vec<Value> {
        let out = run(args, input.as_bytes());
        assert!(out.status.success(), "{}", stderr_of(&out));
        stdout_records(&out)[0]["attributions"].as_array().unwrap().clone()
    };
    let all = claims(&["--jsonl"]);
    let outer = claims(&["--jsonl", "--outermost"]);
    assert_eq!((all.len(), outer.len()), (2, 1));
    assert!(all.contains(&outer[0]), "the outermost claim is one of the nested output's");
    let json = run(&["--json", "--outermost", "-"], b"The ministry said that the governor had warned that the dam would fail.");
    let result: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(result["claims"].as_array().unwrap().len(), 1);
    for args in [&["--outermost", "-"][..], &["--html", "out.html", "--outermost", "-"][..]] {
        let refused = run(args, b"x");
        assert_eq!(refused.status.code(), Some(2), "{args:?}");
        assert!(stderr_of(&refused).contains("--outermost goes with --json or --jsonl"), "{}", stderr_of(&refused));
    }
}
