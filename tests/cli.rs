//! The native CLI as a user runs it: `sourcemark --jsonl < IN.jsonl > OUT.jsonl`.
#![cfg(not(target_arch = "wasm32"))]

mod texts;

use std::io::Write;
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
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
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
    for args in [&[][..], &["--json"][..], &["--jsonl", "extra"][..]] {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("Usage"), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}
