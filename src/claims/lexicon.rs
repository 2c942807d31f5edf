//! The cue lexicon: reporting, belief and speech-act words, and the closed word classes the
//! clause finder needs (auxiliaries, determiners, pronouns …).
//!
//! The open lists live in `data/cues/` (hand-written `verbs.tsv` and `nouns.tsv`); they are
//! compiled into the binary as text and parsed once into a hash map. Closed classes are grammar, so they stay in code.

use std::sync::OnceLock;

use crate::entities::FastMap;
use crate::model::Stance;

// Without their comment lines (build.rs strips them).
const VERBS: &str = include_str!(concat!(env!("OUT_DIR"), "/cues_verbs.tsv"));
const NOUNS: &str = include_str!(concat!(env!("OUT_DIR"), "/cues_nouns.tsv"));

/// Takes a clause or quotation complement.
pub const CLAUSE: u8 = 1;
/// An addressee may follow ("told reporters that").
pub const ADDRESSEE: u8 = 2;
/// Takes a to-infinitive ("vowed to").
pub const INFINITIVE: u8 = 4;
/// Takes a noun-phrase content ("denied the report").
pub const NOMINAL: u8 = 8;
/// Counts only with an explicit complement (that, quotation, colon, preceding quote).
pub const WEAK: u8 = 16;
/// Adjective after a copula ("is convinced that").
pub const ADJECTIVE: u8 = 32;
/// A weak cue that also counts with a clause lacking "that" ("I know the plan is failing").
pub const BARE: u8 = 64;
/// A raising verb of appearance ("seems to", "it appears that"): an agentless evidential.
pub const RAISING: u8 = 128;

/// How a word form works as a verbal cue.
#[derive(Clone, Debug)]
pub struct VerbCue {
    pub lemma: &'static str,
    pub stance: Stance,
    pub flags: u8,
    /// Words that join the cue when they follow it ("for" in "called for").
    pub particles: Vec<&'static str>,
    /// The form is a past participle or past tense (passives: "it was reported that").
    pub past: bool,
    /// The form ends in -ing ("…, adding that").
    pub gerund: bool,
    /// The lemma is split around its object by "as" ("described X as Y": `clauses::SPLIT_AS`),
    /// worked out once here rather than by a search of that list at every cue.
    pub split_as: bool,
}

/// A noun that carries a content ("the claim that …").
#[derive(Clone, Debug)]
pub struct NounCue {
    pub stance: Stance,
    /// "that" for a clause, or prepositions that introduce a nominal content ("reports of").
    pub links: Vec<&'static str>,
}

/// What the clause finder knows of a lower-case word: its class, its verb cue number, its
/// noun cue number (0: none) and the word lists of `LISTED` that hold it (a bit each).
pub type Facts = (Class, u16, u16, u16);

/// Word lists the clause finder asks of many tokens (`Words::listed`): whether a word is in one
/// is part of its facts, found with them once per distinct spelling, where searching the list
/// (`one_of`) at every question cost a sixteenth of the claim finder's time.
pub mod lists {
    pub const CIRCUMSTANCE: u16 = 1;
    pub const SUBORDINATORS: u16 = 2;
    pub const DAYS: u16 = 4;
    pub const TIME_WORDS: u16 = 8;
    pub const TIMES: u16 = 16;
    pub const TIME_OPENERS: u16 = 32;
    pub const MEDIA: u16 = 64;
    pub const QUANTIFIERS: u16 = 128;
    pub const DOCUMENTS: u16 = 256;
    pub const CONNECTIVES: u16 = 512;
}

/// Each list's bit and words (lower-case ASCII words: see `listed_words_are_plain`).
const LISTED: &[(u16, &[&str])] = &[
    (lists::CIRCUMSTANCE, super::clauses::CIRCUMSTANCE),
    (lists::SUBORDINATORS, super::clauses::SUBORDINATORS),
    (lists::DAYS, super::clauses::DAYS),
    (lists::TIME_WORDS, super::clauses::TIME_WORDS),
    (lists::TIMES, super::source::TIMES),
    (lists::TIME_OPENERS, super::source::TIME_OPENERS),
    (lists::MEDIA, super::content::MEDIA),
    (lists::QUANTIFIERS, super::clauses::QUANTIFIERS),
    (lists::DOCUMENTS, super::clauses::DOCUMENTS),
    (lists::CONNECTIVES, super::content::CONNECTIVES),
];

/// Each form maps to a cue number: an index into a table of the cue entries built once (entry
/// 0 is "no cue"), so a document's tokens can hold 2-byte numbers instead of references, and
/// the table is shared by every document instead of rebuilt with a search per new cue.
pub struct Lexicon {
    /// Every word with a closed class or a cue entry: its facts (one look-up per word).
    facts: FastMap<String, Facts>,
    verb_table: Vec<Option<&'static VerbCue>>,
    noun_table: Vec<Option<&'static NounCue>>,
}

/// The table of `entries` (numbered from 1), each entry kept for the program's life: the
/// lexicon is built once and never dropped.
fn cue_table<T>(entries: Vec<T>) -> Vec<Option<&'static T>> {
    let entries: &'static [T] = Box::leak(entries.into_boxed_slice());
    std::iter::once(None).chain(entries.iter().map(Some)).collect()
}

/// The number of the next entry of a table that holds `len` entries so far (after entry 0).
fn next_id(len: usize) -> u16 {
    // The lexicon holds far fewer than 65,535 forms (`lexicon_fits_cue_numbers`).
    (len + 1) as u16
}

pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::load)
}

fn stance(code: &str) -> Stance {
    match code {
        "a" => Stance::Assertive,
        "d" => Stance::Doubtful,
        "c" => Stance::Concession,
        _ => Stance::Neutral,
    }
}

fn flags(code: &str) -> u8 {
    code.chars().fold(0, |f, c| {
        f | match c {
            's' => CLAUSE,
            'o' => ADDRESSEE,
            't' => INFINITIVE,
            'n' => NOMINAL,
            'w' => WEAK,
            'j' => ADJECTIVE,
            'b' => BARE,
            'r' => RAISING,
            _ => 0,
        }
    })
}

fn data_lines(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// Regular English inflections of a verb lemma: -s, -ed, -ing.
pub fn inflect(lemma: &str) -> [String; 4] {
    let b = lemma.as_bytes();
    let last = *b.last().unwrap_or(&b'x');
    let before_last = if b.len() >= 2 { b[b.len() - 2] } else { b'a' };
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let stem_y = &lemma[..lemma.len().saturating_sub(1)];
    let third = if lemma.ends_with(['s', 'x', 'z', 'o']) || lemma.ends_with("sh") || lemma.ends_with("ch") {
        format!("{lemma}es")
    } else if last == b'y' && !vowel(before_last) {
        format!("{stem_y}ies")
    } else {
        format!("{lemma}s")
    };
    let past = if last == b'e' {
        format!("{lemma}d")
    } else if last == b'y' && !vowel(before_last) {
        format!("{stem_y}ied")
    } else {
        format!("{lemma}ed")
    };
    let ing = if let Some(stem) = lemma.strip_suffix("ie") {
        format!("{stem}ying")
    } else if last == b'e' && before_last != b'e' {
        format!("{stem_y}ing")
    } else {
        format!("{lemma}ing")
    };
    [lemma.to_string(), third, past, ing]
}

impl Lexicon {
    fn load() -> Lexicon {
        // One table answers every word question: closed classes first, then the cue numbers
        // written into the entries of the cue forms (a form new to the table gets its open class).
        let mut facts: FastMap<String, Facts> = FastMap::default();
        for &(class, words) in CLOSED {
            for &w in words {
                facts.entry(w.to_string()).or_insert((class, 0, 0, 0));
            }
        }
        let mut verb_cues: Vec<VerbCue> = Vec::new();
        for cols in data_lines(VERBS) {
            let lemma = cols[0];
            let cue_stance = stance(cols.get(1).copied().unwrap_or("n"));
            let cue_flags = flags(cols.get(2).copied().unwrap_or(""));
            let particles: Vec<&'static str> = match cols.get(3).copied() {
                Some(p) if p != "-" && !p.is_empty() => p.split(',').collect(),
                _ => Vec::new(),
            };
            let forms: Vec<String> = match cols.get(4).copied() {
                Some(f) if f != "-" && !f.is_empty() => f.split(' ').map(str::to_string).collect(),
                _ => inflect(lemma).to_vec(),
            };
            for form in forms {
                let gerund = form.ends_with("ing");
                // Past tense or participle: any listed form that is not the lemma, -s or -ing.
                let past = form != lemma && !gerund && !form.ends_with('s');
                let entry = facts.entry(form).or_insert_with_key(|form| (open_class(form), 0, 0, 0));
                // The first line listing a form gives its cue.
                if entry.1 == 0 {
                    let split_as = super::clauses::SPLIT_AS.contains(&lemma);
                    verb_cues.push(VerbCue { lemma, stance: cue_stance, flags: cue_flags, particles: particles.clone(), past, gerund, split_as });
                    entry.1 = next_id(verb_cues.len() - 1);
                }
            }
        }
        let mut noun_cues: Vec<NounCue> = Vec::new();
        for cols in data_lines(NOUNS) {
            let cue = NounCue {
                stance: stance(cols.get(1).copied().unwrap_or("n")),
                links: cols.get(2).map(|l| l.split(',').collect()).unwrap_or_default(),
            };
            // A later line's entry replaces an earlier one's for the same form.
            let id = next_id(noun_cues.len());
            noun_cues.push(cue);
            for form in cols[0].split(' ') {
                facts.entry(form.to_string()).or_insert_with(|| (open_class(form), 0, 0, 0)).2 = id;
            }
        }
        // (A listed word new to the table gets the facts a word not in it has.)
        for &(bit, words) in LISTED {
            for &w in words {
                facts.entry(w.to_string()).or_insert_with(|| (open_class(w), 0, 0, 0)).3 |= bit;
            }
        }
        Lexicon { facts, verb_table: cue_table(verb_cues), noun_table: cue_table(noun_cues) }
    }

    /// Class and cue numbers of a lower-case word.
    pub fn facts(&self, lower: &str) -> Facts {
        self.facts.get(lower).copied().unwrap_or_else(|| (open_class(lower), 0, 0, 0))
    }

    pub fn verb(&self, lower: &str) -> Option<&'static VerbCue> {
        self.verb_table[usize::from(self.verb_id(lower))]
    }

    pub fn noun(&self, lower: &str) -> Option<&'static NounCue> {
        self.noun_table[usize::from(self.noun_id(lower))]
    }

    /// The cue number of a verb form (0: none), an index into `verb_table`.
    pub fn verb_id(&self, lower: &str) -> u16 {
        self.facts.get(lower).map_or(0, |f| f.1)
    }

    pub fn noun_id(&self, lower: &str) -> u16 {
        self.facts.get(lower).map_or(0, |f| f.2)
    }

    pub fn verb_table(&'static self) -> &'static [Option<&'static VerbCue>] {
        &self.verb_table
    }

    pub fn noun_table(&'static self) -> &'static [Option<&'static NounCue>] {
        &self.noun_table
    }
}

/// Closed word classes used by the clause finder.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Class {
    #[default]
    Other,
    /// is, was, has, will … (may stand between subject and cue).
    Aux,
    /// be-forms: the auxiliary of a passive or the copula of an adjective cue.
    Be,
    Negation,
    /// Adverbs that may stand between subject and cue ("also", "later", "-ly").
    Adverb,
    Determiner,
    /// Prepositions that may sit inside a noun phrase ("the head of the ministry").
    Preposition,
    SubjectPronoun,
    ObjectPronoun,
    /// Words that open or join clauses; a subject never reaches across them.
    Clause,
    /// Relative pronouns (who, which).
    Relative,
    /// "that": complementizer, relative or demonstrative.
    That,
}

/// The closed word classes, in the order a word is looked up: the first list holding a word
/// gives its class.
const CLOSED: &[(Class, &[&str])] = &[
    (Class::Be, &["is", "are", "was", "were", "be", "been", "being", "am"]),
    (Class::Aux, &["has", "have", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "'ve", "'d"]),
    (Class::Negation, &["not", "never", "n't", "couldn't", "didn't", "wouldn't", "can't", "won't", "doesn't", "don't", "isn't", "wasn't", "hasn't", "haven't", "hadn't", "shouldn't", "aren't", "weren't", "cannot"]),
    (Class::Adverb, &["also", "later", "earlier", "previously", "again", "repeatedly", "recently", "once", "then", "now", "already", "still", "further", "first", "since", "often", "just", "even", "too", "yesterday", "today", "tonight", "meanwhile", "however", "therefore", "always", "ever", "only", "long", "soon", "afterward", "afterwards", "instead", "reportedly", "allegedly", "seldom", "nevertheless", "nonetheless", "likewise"]),
    (Class::Determiner, &["the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some", "many", "several", "other", "another", "every", "each", "both", "any", "most", "few", "no", "such"]),
    (Class::Preposition, &["of", "for", "at", "in", "on", "from", "with", "by", "near", "close", "within", "among", "inside", "outside", "across", "to", "under", "over", "toward", "towards", "familiar"]),
    (Class::SubjectPronoun, &["he", "she", "they", "it", "we", "i", "you"]),
    (Class::ObjectPronoun, &["him", "them", "us", "me"]),
    (Class::Relative, &["who", "which", "whom"]),
    (Class::That, &["that"]),
    (Class::Clause, &["and", "or", "but", "because", "while", "whereas", "although", "though", "if", "unless", "when", "where", "as", "so", "than", "after", "before", "until", "whether", "why", "how", "what", "whose", "nor", "yet", "despite", "during", "amid", "about", "against"]),
];

/// The closed class of a lower-case word, or an adverb in -ly, or `Other`.
pub fn classify(lower: &str) -> Class {
    lexicon().facts(lower).0
}

/// The class of a word in no closed class: adverbs in -ly, the rest `Other`.
fn open_class(lower: &str) -> Class {
    if lower.len() > 4 && lower.ends_with("ly") && !NOT_ADVERBS.contains(&lower) {
        Class::Adverb
    } else {
        Class::Other
    }
}

/// Words in -ly that are not adverbs.
const NOT_ADVERBS: &[&str] = &[
    "daily", "weekly", "monthly", "yearly", "family", "rally", "supply", "assembly", "italy", "july", "anomaly",
    "reply", "apply", "comply", "imply", "multiply", "ally", "belly", "bully", "jolly", "holly", "kelly", "emily",
    "beverly", "sally", "molly", "billy", "elderly", "friendly", "deadly", "lonely", "likely", "costly", "orderly",
    "nightly", "quarterly", "hourly", "curly", "early", "lovely", "ugly", "holy", "silly", "wily",
];

/// Verbs whose base and -s forms are also common nouns ("the poor state of", "high stress").
pub fn noun_verb_ambiguous(lemma: &str) -> bool {
    matches!(
        lemma,
        "state" | "stress" | "report" | "question" | "doubt" | "charge" | "comment" | "note" | "claim" | "estimate"
            | "fear" | "hope" | "call" | "answer" | "post" | "demand" | "promise" | "pledge" | "vow" | "point"
            | "reply" | "protest" | "forecast" | "guarantee" | "remark" | "brief" | "present" | "release" | "tweet"
            | "talk" | "dispute" | "blame" | "praise" | "caution" | "warn" | "concern" | "guess" | "support" | "echo" | "blast"
            | "attack" | "slam" | "mock" | "ridicule"
    )
}

/// Person-role nouns: a definite description built on one of them names one person.
pub fn is_person_role(lower: &str) -> bool {
    matches!(
        lower,
        "president" | "minister" | "spokesman" | "spokeswoman" | "spokesperson" | "secretary" | "head" | "chief"
            | "leader" | "governor" | "mayor" | "agent" | "politician" | "ally" | "commander" | "general"
            | "ambassador" | "senator" | "director" | "chairman" | "chairwoman" | "chair" | "chancellor"
            | "diplomat" | "adviser" | "advisor" | "aide" | "lawmaker" | "premier" | "king" | "queen"
            | "envoy" | "candidate" | "nominee" | "congressman" | "congresswoman" | "official" | "founder"
            | "ceo" | "prosecutor" | "judge" | "attorney" | "lawyer" | "governor-general" | "veteran"
    )
}

/// Institution nouns: "UK intelligence", "the Russian military" stand for an organisation.
pub fn is_institution(lower: &str) -> bool {
    matches!(
        lower,
        "intelligence" | "military" | "ministry" | "government" | "officials" | "authorities" | "administration"
            | "army" | "report" | "update" | "office" | "department" | "command" | "forces" | "mod"
    )
}

/// Token `k` is one of `words`, ignoring case. Kept out of line in WebAssembly so that the many
/// word-list tests of the claim rules share one copy of the comparison loop (code size of the
/// web engine); inlined in native builds, where a constant list's lengths are known at each
/// call and the words of other lengths than the token's cost no comparison.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline)]
pub fn one_of(w: &super::words::Words, k: usize, words: &[&str]) -> bool {
    // The token is read once and each word's length compared first: most list words differ in
    // length from the token (this runs at most word tokens, against lists of a handful of words).
    let Some(t) = w.bytes(k) else { return false };
    words.iter().any(|x| x.len() == t.len() && t.eq_ignore_ascii_case(x.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Words::listed` stands for `one_of` only for lists of lower-case ASCII words (a token
    /// equal to one is then a word token with an ASCII spelling, whose form is its lower case).
    #[test]
    fn listed_words_are_plain() {
        for &(_, words) in LISTED {
            for w in words {
                assert!(w.len() <= 24 && w.bytes().next().is_some_and(|b| b.is_ascii_lowercase()) && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{w}");
            }
        }
    }

    /// A token is `listed` in a list exactly when `one_of` finds it there.
    #[test]
    fn listed_agrees_with_one_of() {
        let text = "MONDAY, Today’s polls: during the e-mail WEEK, Some surveys say Ünal's report was late; \
                    earlier, in’ that Interview, Tonight's Data … 1999 and-so-on, Statement, as";
        let doc = crate::segment::Doc::new(text);
        let w = super::super::words::Words::new(&doc);
        for k in 0..doc.tokens.len() + 2 {
            for &(bit, words) in LISTED {
                assert_eq!(w.listed(k, bit), one_of(&w, k, words), "{:?} {bit}", doc.tokens.get(k).map(|t| t.text(text)));
            }
        }
        let at = |word: &str| doc.tokens.iter().position(|t| t.text(text) == word).unwrap();
        assert!(w.listed(at("MONDAY"), lists::DAYS) && w.listed(at("Some"), lists::QUANTIFIERS) && w.listed(at("Interview"), lists::MEDIA));
    }

    #[test]
    fn inflections_follow_spelling_rules() {
        assert_eq!(inflect("claim"), ["claim", "claims", "claimed", "claiming"]);
        assert_eq!(inflect("deny"), ["deny", "denies", "denied", "denying"]);
        assert_eq!(inflect("note"), ["note", "notes", "noted", "noting"]);
        assert_eq!(inflect("stress"), ["stress", "stresses", "stressed", "stressing"]);
    }

    #[test]
    fn lexicon_has_forms_stances_and_particles() {
        let lex = lexicon();
        assert_eq!(lex.verb("said").map(|c| c.lemma), Some("say"));
        assert_eq!(lex.verb("admitted").map(|c| c.stance), Some(Stance::Concession));
        assert_eq!(lex.verb("claimed").map(|c| c.stance), Some(Stance::Doubtful));
        assert!(lex.verb("called").is_some_and(|c| c.particles.contains(&"for")));
        assert!(lex.verb("adding").is_some_and(|c| c.gerund));
        assert!(lex.verb("described").is_some_and(|c| c.split_as) && lex.verb("said").is_some_and(|c| !c.split_as));
        assert!(lex.verb("table").is_none());
        assert!(lex.noun("claim").is_some_and(|n| n.links.contains(&"that")));
    }

    /// `Words` numbers a document's distinct (class, verb cue, noun cue) triples in 16 bits: a
    /// word's triple is its lexicon entry's, or one of a few without cues.
    #[test]
    fn word_facts_fit_in_16_bits() {
        let lex = lexicon();
        assert!(lex.facts.len() * 2 + 64 < usize::from(u16::MAX), "{} words", lex.facts.len());
        assert!(lex.verb_table.len() < usize::from(u16::MAX) && lex.noun_table.len() < usize::from(u16::MAX));
    }
}
