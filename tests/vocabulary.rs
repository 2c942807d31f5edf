//! The per-thread vocabulary (`spellings::vocab`) remembers what each stage worked out from a
//! spelling's text in earlier documents: results must be the same with it empty (the first
//! document of a thread) or holding any earlier documents' words, in any order.

mod common;

use sourcemark::{annotate, Annotations, Options};

/// The seed articles and short texts whose words change case, kind and role between them.
fn texts() -> Vec<String> {
    let mut texts: Vec<String> = common::seeds_gold().into_iter().map(|d| d.text).collect();
    texts.extend(
        [
            "MAY 2022: the Ministry of Defence (MoD) SAID it may respond. Said Ahmed said so, according to AP.",
            "“We will not stop,” Zelenskyy’s aide told Reuters, without evidence. He’s claiming May was quiet.",
            "Officials in Kyiv could not independently verify the claim, Peskov said. The KREMLIN denied it.",
            "Émile Zola’s café in İstanbul, 東京 and 😀 — as Ünal put it — was not, she claimed, a target.",
        ]
        .map(String::from),
    );
    texts
}

/// `annotate` of `text` on a thread of its own: with a vocabulary that knows no word yet.
fn cold(text: &str, options: &Options) -> Annotations {
    std::thread::scope(|s| s.spawn(|| annotate(text, options)).join().expect("annotate does not panic"))
}

#[test]
fn results_do_not_depend_on_the_documents_before() {
    let texts = texts();
    for options in [Options::default(), Options { nested: false, ..Options::default() }] {
        let expected: Vec<Annotations> = texts.iter().map(|t| cold(t, &options)).collect();
        assert!(expected.iter().any(|a| !a.claims.is_empty()) && expected.iter().all(|a| !a.entities.is_empty()));
        // On one thread, in order, then backwards, then each twice: every word is known from an
        // earlier document in the later passes.
        let orders: Vec<Vec<usize>> =
            vec![(0..texts.len()).collect(), (0..texts.len()).rev().collect(), (0..texts.len()).flat_map(|i| [i, i]).collect()];
        std::thread::scope(|s| {
            s.spawn(|| {
                for order in &orders {
                    for &i in order {
                        assert_eq!(annotate(&texts[i], &options), expected[i], "text {i} after others");
                    }
                }
            });
        });
    }
}
