//! Entity tagging and grouping: the alias pairs of the seed articles, constructed cases for the
//! guidelines' boundary rules, and bad input.

use sourcemark::entities::recognize;
use sourcemark::segment::Doc;
use sourcemark::{Entity, EntityGroup, Label};

fn tag(text: &str) -> (Vec<Entity>, Vec<EntityGroup>) {
    recognize(&Doc::new(text))
}

fn seed(n: usize) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/seeds/seed-00{n}.txt", env!("CARGO_MANIFEST_DIR"))).expect("seed file")
}

/// The group containing a mention with exactly this text and label.
fn group_of<'a>(ents: &[Entity], groups: &'a [EntityGroup], text: &str, label: Label) -> &'a EntityGroup {
    let e = ents.iter().find(|e| e.text == text && e.label == label).unwrap_or_else(|| panic!("no {label:?} mention {text:?}"));
    &groups[e.group]
}

fn same_group(text: &str, a: &str, b: &str, label: Label) {
    let (ents, groups) = tag(text);
    let ga = group_of(&ents, &groups, a, label);
    let gb = group_of(&ents, &groups, b, label);
    assert_eq!(ga.id, gb.id, "{a:?} and {b:?} should be one entity ({:?} vs {:?})", ga.canonical, gb.canonical);
}

fn spans(text: &str) -> Vec<(String, Label)> {
    tag(text).0.into_iter().map(|e| (e.text.into(), e.label)).collect()
}

fn has(text: &str, span: &str, label: Label) -> bool {
    spans(text).iter().any(|(t, l)| t == span && *l == label)
}

// ---- alias pairs in the seed articles

#[test]
fn seed_surnames_join_full_names() {
    let s0 = seed(0);
    same_group(&s0, "Volodymyr Zelenskyy", "Zelenskyy", Label::PERSON);
    same_group(&s0, "Pavlo Kyrylenko", "Kyrylenko", Label::PERSON);
    same_group(&s0, "Denis Pushilin", "Pushilin", Label::PERSON);
    same_group(&s0, "Vladimir Putin", "Putin", Label::PERSON);
    let s3 = seed(3);
    same_group(&s3, "Dmitry Peskov", "Peskov", Label::PERSON);
    same_group(&s3, "Francis Scarr", "Scarr", Label::PERSON);
}

#[test]
fn seed_transliteration_variants_join() {
    let s1 = seed(1);
    same_group(&s1, "Hanna Maliar", "Maliar", Label::PERSON);
    same_group(&s1, "Sergei Sobyanin", "Sobianin", Label::PERSON);
    same_group(&s1, "Kiev", "kyiv", Label::LOC);
    same_group(&seed(2), "Bakhmut", "Bakhmout", Label::LOC);
}

#[test]
fn seed_organisation_variants_join() {
    let s3 = seed(3);
    same_group(&s3, "MoD", "Ministry of Defence", Label::ORG);
    same_group(&s3, "MoD", "ministry of defence", Label::ORG);
    let s2 = seed(2);
    same_group(&s2, "Defense Ministry", "defense ministry", Label::ORG);
    same_group(&s2, "Ministry of Defense", "Defense Ministry", Label::ORG);
    same_group(&seed(0), "US", "United States", Label::LOC);
}

#[test]
fn seed_canonical_names_follow_the_guidelines() {
    let (ents, groups) = tag(&seed(3));
    assert_eq!(group_of(&ents, &groups, "MoD", Label::ORG).canonical, "UK Ministry of Defence");
    assert_eq!(group_of(&ents, &groups, "Putin", Label::PERSON).canonical, "Vladimir Putin");
    let (ents, groups) = tag(&seed(1));
    assert_eq!(group_of(&ents, &groups, "Maliar", Label::PERSON).canonical, "Hanna Maliar");
}

#[test]
fn seed_unseen_names_are_found_from_context() {
    let s0 = seed(0);
    assert!(has(&s0, "Kostnyantyn Vasylkevich", Label::PERSON));
    assert!(has(&s0, "Pavlo Kyrylenko", Label::PERSON));
    assert!(has(&seed(1), "Klishchivka", Label::LOC));
    assert!(has(&seed(3), "OVD-Info", Label::ORG));
}

// ---- constructed cases

#[test]
fn two_people_sharing_a_surname_stay_apart() {
    let text = "Anna Smith met John Smith in Paris. Later Anna Smith said the talks went well, and John Smith agreed.";
    let (ents, groups) = tag(text);
    let anna = group_of(&ents, &groups, "Anna Smith", Label::PERSON);
    let john = group_of(&ents, &groups, "John Smith", Label::PERSON);
    assert_ne!(anna.id, john.id);
    assert_eq!(anna.mentions.len(), 2);
    assert_eq!(john.mentions.len(), 2);
}

#[test]
fn a_surname_joins_the_nearest_full_name() {
    let text = "Anna Smith spoke first. Smith said no. Then John Smith spoke. Smith said yes.";
    let (ents, groups) = tag(text);
    let smiths: Vec<&Entity> = ents.iter().filter(|e| e.text == "Smith").collect();
    assert_eq!(smiths.len(), 2);
    assert_eq!(groups[smiths[0].group].canonical, "Anna Smith");
    assert_eq!(groups[smiths[1].group].canonical, "John Smith");
}

#[test]
fn titles_and_nationalities_stay_outside_person_names() {
    let text = "Ukrainian President Volodymyr Zelensky met Kremlin spokesman Dmitry Peskov in Geneva.";
    let s = spans(text);
    assert!(s.contains(&("Ukrainian".into(), Label::NORP)));
    assert!(s.contains(&("Volodymyr Zelensky".into(), Label::PERSON)));
    assert!(s.contains(&("Kremlin".into(), Label::ORG)));
    assert!(s.contains(&("Dmitry Peskov".into(), Label::PERSON)));
    assert!(!s.iter().any(|(t, _)| t.contains("President") || t.contains("spokesman")));
}

#[test]
fn possessive_is_outside_and_country_splits_from_organisation() {
    let s = spans("Analysts read the UK’s Ministry of Defence report and Putin’s speech.");
    assert!(s.contains(&("UK".into(), Label::LOC)));
    assert!(s.contains(&("Ministry of Defence".into(), Label::ORG)));
    assert!(s.contains(&("Putin".into(), Label::PERSON)));
    let s = spans("The Russian Defense Ministry said so.");
    assert!(s.contains(&("Russian".into(), Label::NORP)));
    assert!(s.contains(&("Defense Ministry".into(), Label::ORG)));
}

#[test]
fn lowercase_organisations_and_acronyms() {
    let text = "The ministry of defence (MoD) said its security council met. Later the MoD added more.";
    let s = spans(text);
    assert!(s.contains(&("ministry of defence".into(), Label::ORG)), "{s:?}");
    assert!(s.contains(&("MoD".into(), Label::ORG)));
    same_group(text, "ministry of defence", "MoD", Label::ORG);
    assert!(has("Reports came from AFP and TASS, and from OVD-Info.", "TASS", Label::ORG));
}

#[test]
fn dates_drop_the_preposition_and_keep_relative_words() {
    let text = "On Tuesday the army moved. It happened last week, 10 1/2 months ago, and in early July 2023.";
    let s = spans(text);
    for d in ["Tuesday", "last week", "10 1/2 months ago", "early July 2023"] {
        assert!(s.contains(&(d.into(), Label::DATE)), "{d}: {s:?}");
    }
    assert!(has("It rained during the night of this Saturday.", "the night of this Saturday", Label::DATE));
    assert!(has("A months-long siege ended.", "months-long", Label::DATE));
}

#[test]
fn numbers_keep_units_and_approximators() {
    let text = "They paid around £672 for 81,200 rubles, more than 600 men walked less than 10 kilometers, a 48-year-old said.";
    let s = spans(text);
    for n in ["around £672", "81,200 rubles", "more than 600", "less than 10 kilometers", "48-year-old"] {
        assert!(s.contains(&(n.into(), Label::NUMBER)), "{n}: {s:?}");
    }
    // Digits inside a name stay in the name; ordinals are not numbers.
    assert!(has("Britain sent Challenger 2 tanks.", "Challenger 2", Label::MISC));
    assert!(!spans("The first drone fell.").iter().any(|(_, l)| *l == Label::NUMBER));
}

#[test]
fn hyphenated_names_and_prefixes() {
    let s = spans("The Russia-Ukraine war goes on as pro-Russian forces advance.");
    assert!(s.contains(&("Russia".into(), Label::LOC)) && s.contains(&("Ukraine".into(), Label::LOC)));
    assert!(s.contains(&("Russian".into(), Label::NORP)));
}

#[test]
fn villages_are_places_from_context() {
    let text = "Fighting continued near Zvanivka. The village of Zvanivka lies east of Bakhmut.";
    let (ents, _) = tag(text);
    assert_eq!(ents.iter().filter(|e| e.text == "Zvanivka" && e.label == Label::LOC).count(), 2);
}

#[test]
fn sentence_initial_capitals_and_headlines_are_not_names() {
    let s = spans("However, the talks failed.\nPutin Ally Says Russia Will Fight On");
    assert!(!s.iter().any(|(t, _)| t == "However" || t.contains("Says") || t.contains("Ally")), "{s:?}");
    assert!(s.contains(&("Putin".into(), Label::PERSON)) || s.contains(&("Russia".into(), Label::LOC)));
}

// ---- bad input: sane results, no panic, linear time

#[test]
fn text_without_capitals_uses_the_lists() {
    let s = spans("the talks in moscow and kyiv were held by russian and ukrainian officials");
    assert!(s.contains(&("moscow".into(), Label::LOC)) && s.contains(&("kyiv".into(), Label::LOC)), "{s:?}");
    assert!(s.contains(&("russian".into(), Label::NORP)));
}

#[test]
fn all_caps_text_uses_the_lists() {
    let s = spans("PUTIN SAYS RUSSIA WILL WIN IN UKRAINE, NATO WARNS OF A LONG WAR");
    assert!(s.contains(&("RUSSIA".into(), Label::LOC)) && s.contains(&("UKRAINE".into(), Label::LOC)), "{s:?}");
    assert!(s.contains(&("NATO".into(), Label::ORG)));
    assert!(!s.iter().any(|(t, _)| t == "WILL" || t == "SAYS" || t == "WIN"), "{s:?}");
}

fn check_spans(text: &str) {
    let (ents, groups) = tag(text);
    for e in &ents {
        assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end) && e.start < e.end);
        assert_eq!(&text[e.start..e.end], e.text);
        assert!(e.group < groups.len());
    }
    for w in ents.windows(2) {
        assert!(w[0].end <= w[1].start, "overlap: {:?} / {:?}", w[0].text, w[1].text);
    }
}

#[test]
fn huge_word_and_symbol_soup_stay_sane() {
    let word = "A".to_string() + &"b".repeat(100_000);
    check_spans(&word);
    check_spans(&format!("Mr {word} said {word} in {word}."));
    let soup: String = "#@!$%^&*()_+-=[]{}|;':\",./<>?’‘“”—–…€£¥ 1/2/3 ".repeat(2000);
    check_spans(&soup);
    check_spans(&"Ab-".repeat(20_000));
    check_spans(&"the night of ".repeat(20_000));
    check_spans(&"Ministry of ".repeat(20_000));
}

#[test]
fn five_megabyte_article_is_linear() {
    let para = "Ukrainian President Volodymyr Zelensky said on Tuesday that Russian forces shelled Bakhmut, \
                the UK’s Ministry of Defence (MoD) said. More than 600 soldiers died near Klishchivka. ";
    let mut text = String::new();
    let mut n = 0;
    while text.len() < 5_000_000 {
        // Distinct names too, so the grouping sees many entities.
        text.push_str(para);
        let name = |k: usize| -> String {
            let syl = ["ka", "lo", "mi", "ren", "tus", "var", "zel", "dor"];
            let mut s = String::from("Q");
            let mut k = k + 1;
            while k > 0 {
                s.push_str(syl[k % 8]);
                k /= 8;
            }
            s
        };
        text.push_str(&format!("Officer {} {} told Reuters.\n", name(n), name(n + 7)));
        n += 1;
    }
    let (ents, groups) = tag(&text);
    assert!(ents.len() > n * 5);
    assert!(groups.len() > n);
}
