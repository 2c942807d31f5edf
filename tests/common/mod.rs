//! Helpers shared by the integration tests: the seed fixtures, their gold, a small scorer
//! (the same rules as scripts/score.py for exact entities and content overlap), and span checks.
#![allow(dead_code)]

use serde_json::Value;
pub mod claims;

use sourcemark::{Annotations, OffsetEncoding, Span};

pub struct GoldDoc {
    pub id: String,
    pub text: String,
    pub json: Value,
}

pub fn seeds_gold() -> Vec<GoldDoc> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds-gold.jsonl");
    let raw = std::fs::read_to_string(path).expect("tests/fixtures/seeds-gold.jsonl is part of the repo");
    raw.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let json: Value = serde_json::from_str(l).expect("gold line is JSON");
            GoldDoc { id: json["id"].as_str().unwrap().to_string(), text: json["text"].as_str().unwrap().to_string(), json }
        })
        .collect()
}

/// The input in a form that slices in any offset encoding in O(span length).
pub struct Sliceable<'a> {
    text: &'a str,
    units: Vec<u16>,
    chars: Vec<char>,
}

impl<'a> Sliceable<'a> {
    pub fn new(text: &'a str) -> Self {
        Sliceable { text, units: text.encode_utf16().collect(), chars: text.chars().collect() }
    }

    /// Slices at offsets given in `enc`; panics if they cut a character.
    pub fn slice(&self, enc: OffsetEncoding, start: usize, end: usize) -> String {
        match enc {
            OffsetEncoding::Utf8 => self.text[start..end].to_string(),
            OffsetEncoding::Codepoint => self.chars[start..end].iter().collect(),
            OffsetEncoding::Utf16 => String::from_utf16(&self.units[start..end]).expect("span cuts a surrogate pair"),
        }
    }
}

/// Every span of the result equals the input slice at its offsets.
pub fn assert_spans_match(text: &str, ann: &Annotations) {
    let src = Sliceable::new(text);
    let check = |what: &str, start: usize, end: usize, got: &str| {
        assert!(start < end && end <= ann.text_length, "{what}: bad span {start}..{end} (len {})", ann.text_length);
        assert_eq!(src.slice(ann.offsets, start, end), got, "{what} {start}..{end}");
    };
    for e in &ann.entities {
        check("entity", e.start, e.end, &e.text);
    }
    for c in &ann.claims {
        let spans: Vec<&Span> =
            c.source.iter().chain(&c.cue).chain(&c.content).chain(&c.figures).chain(c.unverified_by.iter()).collect();
        for s in spans {
            check("claim span", s.start, s.end, &s.text);
        }
    }
}

/// Tokens as scripts/score.py sees them: \w+ runs and single other non-space characters.
pub fn score_tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut it = text.char_indices().enumerate().peekable();
    while let Some((cp, (_, c))) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut end = cp + 1;
        if c.is_alphanumeric() || c == '_' {
            while let Some(&(n, (_, d))) = it.peek() {
                if d.is_alphanumeric() || d == '_' {
                    end = n + 1;
                    it.next();
                } else {
                    break;
                }
            }
        }
        out.push((cp, end));
    }
    out
}

fn covered(tokens: &[(usize, usize)], spans: &[(usize, usize)]) -> std::collections::BTreeSet<usize> {
    tokens
        .iter()
        .enumerate()
        .filter(|(_, &(ts, te))| spans.iter().any(|&(s, e)| ts < e && s < te))
        .map(|(i, _)| i)
        .collect()
}

pub struct Scores {
    pub entity_f1: f64,
    pub content_overlap_f1: f64,
}

fn f1(tp: usize, sys: usize, gold: usize) -> f64 {
    if tp == 0 {
        return 0.0;
    }
    let (p, r) = (tp as f64 / sys as f64, tp as f64 / gold as f64);
    2.0 * p * r / (p + r)
}

/// Scores `annotate` (code-point offsets) against one gold document.
pub fn score(doc: &GoldDoc, ann: &Annotations) -> (usize, usize, usize, usize, usize, usize) {
    assert_eq!(ann.offsets, OffsetEncoding::Codepoint);
    let gold_ents: Vec<(u64, u64, String)> = doc.json["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["start"].as_u64().unwrap(), e["end"].as_u64().unwrap(), e["label"].as_str().unwrap().to_string()))
        .collect();
    let mut left = gold_ents.clone();
    let mut ent_tp = 0;
    for e in &ann.entities {
        let key = (e.start as u64, e.end as u64, e.label.as_str().to_string());
        if let Some(i) = left.iter().position(|g| *g == key) {
            left.swap_remove(i);
            ent_tp += 1;
        }
    }
    let tokens = score_tokens(&doc.text);
    let spans = |v: &Value| -> Vec<(usize, usize)> {
        v.as_array().unwrap().iter().map(|p| (p[0].as_u64().unwrap() as usize, p[1].as_u64().unwrap() as usize)).collect()
    };
    let gold: Vec<_> =
        doc.json["attributions"].as_array().unwrap().iter().map(|a| covered(&tokens, &spans(&a["content"]))).collect();
    let sys: Vec<_> = ann
        .claims
        .iter()
        .map(|c| covered(&tokens, &c.content.iter().map(|s| (s.start, s.end)).collect::<Vec<_>>()))
        .collect();
    let mut cands = Vec::new();
    for (j, g) in gold.iter().enumerate() {
        for (i, s) in sys.iter().enumerate() {
            let inter = g.intersection(s).count();
            let union = g.union(s).count();
            if inter > 0 && inter * 2 >= union {
                cands.push((inter as f64 / union as f64, j, i));
            }
        }
    }
    cands.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap().then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut used_g, mut used_s) = (vec![false; gold.len()], vec![false; sys.len()]);
    let mut att_tp = 0;
    for (_, j, i) in cands {
        if !used_g[j] && !used_s[i] {
            used_g[j] = true;
            used_s[i] = true;
            att_tp += 1;
        }
    }
    (ent_tp, ann.entities.len(), gold_ents.len(), att_tp, sys.len(), gold.len())
}

/// Micro scores over all seed documents.
pub fn score_seeds() -> Scores {
    let mut t = [0usize; 6];
    for doc in seeds_gold() {
        let opts = sourcemark::Options { offsets: Some(OffsetEncoding::Codepoint), ..Default::default() };
        let ann = sourcemark::annotate(&doc.text, &opts);
        let s = score(&doc, &ann);
        for (a, b) in t.iter_mut().zip([s.0, s.1, s.2, s.3, s.4, s.5]) {
            *a += b;
        }
    }
    Scores { entity_f1: f1(t[0], t[1], t[2]), content_overlap_f1: f1(t[3], t[4], t[5]) }
}

/// The gold of one document as an `Annotations` value (code-point offsets).
pub fn gold_as_annotations(doc: &GoldDoc) -> Annotations {
    use sourcemark::{Claim, Entity, Kind, Label, Stance};
    let span = |p: &Value| {
        let (s, e) = (p[0].as_u64().unwrap() as usize, p[1].as_u64().unwrap() as usize);
        Span { start: s, end: e, text: doc.text.chars().skip(s).take(e - s).collect() }
    };
    let spans = |v: &Value| v.as_array().unwrap().iter().map(span).collect::<Vec<_>>();
    Annotations {
        schema_version: sourcemark::SCHEMA_VERSION,
        offsets: OffsetEncoding::Codepoint,
        text_length: doc.text.chars().count(),
        entities: doc.json["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| Entity {
                start: e["start"].as_u64().unwrap() as usize,
                end: e["end"].as_u64().unwrap() as usize,
                text: e["text"].as_str().unwrap().into(),
                label: Label::parse(e["label"].as_str().unwrap()).unwrap(),
                group: 0,
            })
            .collect(),
        entity_groups: vec![],
        claims: doc.json["attributions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| Claim {
                source: spans(&a["source"]).into(),
                cue: spans(&a["cue"]).into(),
                content: spans(&a["content"]).into(),
                source_entity: a["source_entity"].as_str().map(Into::into),
                source_index: None,
                kind: Kind::Direct,
                stance: Stance::Neutral,
                unverified: false,
                unverified_by: None,
                anonymous: false,
                parent: None,
                figures: vec![],
            })
            .collect(),
        sources: vec![],
    }
}
