//! Small closed word classes the rules look for (lowercase). Plain English grammar and
//! news-writing conventions, not drawn from any evaluation text.

// Each list is one class of `super::classes`: a lookup is one hash of the word, shared by every
// class (a rule that asks several questions about one token can ask them all at once).

pub(crate) const MONTH_LIST: &[&str] = &["apr", "april", "aug", "august", "dec", "december", "feb", "february", "jan", "january", "jul", "july", "jun", "june", "mar", "march", "may", "nov", "november", "oct", "october", "sep", "sept", "september"];

pub(crate) const WEEKDAY_LIST: &[&str] = &["fri", "friday", "mon", "monday", "sat", "saturday", "sun", "sunday", "thu", "thurs", "thursday", "tue", "tues", "tuesday", "wed", "wednesday"];

/// Time units that make a DATE with a determiner or number ("last week", "two years").
pub(crate) const TIME_UNIT_LIST: &[&str] = &["afternoon", "autumn", "centuries", "century", "day", "days", "decade", "decades", "evening", "evenings", "fall", "fortnight", "hour", "hours", "millennium", "minute", "minutes", "month", "months", "morning", "mornings", "night", "nights", "quarter", "second", "seconds", "semester", "spring", "summer", "term", "week", "weekend", "weekends", "weeks", "winter", "year", "years"];

/// Plural units that are durations on their own ("for months", "years of war").
pub(crate) const BARE_DURATION_LIST: &[&str] = &["centuries", "days", "decades", "hours", "months", "weeks", "years"];

/// Words that are a DATE alone.
pub(crate) const DATE_WORD_LIST: &[&str] = &["midnight", "noon", "overnight", "today", "tomorrow", "tonight", "yesterday"];

/// Words before a time unit that keep it a DATE ("last", "this", "its first").
pub(crate) const DATE_MODIFIER_LIST: &[&str] = &["a", "an", "coming", "couple", "current", "earlier", "early", "entire", "few", "final", "first", "following", "her", "his", "its", "last", "late", "later", "mid", "my", "next", "of", "our", "past", "previous", "recent", "same", "several", "that", "the", "their", "these", "this", "those", "upcoming", "whole"];

/// After a time expression: "ago", "later", "before" … (`classes::DATE_SUFFIX`).
pub(crate) const DATE_SUFFIX_LIST: &[&str] = &["after", "ago", "before", "earlier", "later", "previously", "since"];

/// Spelled-out cardinals.
pub(crate) const SPELLED_NUMBERS_LIST: &[&str] = &["billion", "billions", "dozen", "dozens", "eight", "eighteen", "eighty", "eleven", "fifteen", "fifty", "five", "forty", "four", "fourteen", "half", "hundred", "hundreds", "million", "millions", "nine", "nineteen", "ninety", "one", "seven", "seventeen", "seventy", "six", "sixteen", "sixty", "ten", "tens", "thirteen", "thirty", "thousand", "thousands", "three", "trillion", "twelve", "twenty", "two"];

/// Number words that follow a number and belong to it ("2.5 million", "sq km", "rubles";
/// `classes::NUMBER_UNIT`).
pub(crate) const NUMBER_UNIT_LIST: &[&str] = &["%", "acres", "barrels", "bcm", "billion", "bn", "cents", "cm", "degrees", "dollar", "dollars", "eur", "euro", "euros", "feet", "fold", "foot", "francs", "ft", "g", "gallons", "gbp", "grams", "gw", "hectares", "hryvnas", "hryvnia", "hryvnias", "hundred", "inches", "k", "kg", "kilograms", "kilometer", "kilometers", "kilometre", "kilometres", "kilos", "km", "km2", "kph", "kw", "kwh", "lira", "liters", "litres", "m", "m2", "meter", "meters", "metre", "metres", "mile", "miles", "million", "mm", "mn", "mph", "mt", "mw", "mwh", "pence", "percent", "pound", "pounds", "rouble", "roubles", "rub", "ruble", "rubles", "rupees", "shekels", "thousand", "times", "ton", "tonne", "tonnes", "tons", "trillion", "usd", "yen", "yuan"];

/// `w` is one of `list` (a loop where `matches!` would write out a comparison per word: the
/// long lists below would cost WebAssembly size).
#[inline(never)]
pub(crate) fn among(w: &str, list: &[&str]) -> bool {
    // (Compared inline: most list words differ in length, and the rest are short.)
    list.iter().any(|&x| super::classes::same(x.as_bytes(), w.as_bytes()))
}

/// Approximators that belong to the number after them ("more than 600").
/// Returns how many tokens the approximator spans when `ws` starts with one.
pub fn approximator_len(ws: &[&str]) -> usize {
    let w0 = ws.first().copied().unwrap_or("");
    let w1 = ws.get(1).copied().unwrap_or("");
    let w2 = ws.get(2).copied().unwrap_or("");
    // Two-word patterns: (first words, second words). Their first words are all different from
    // each other's and from the one-word approximators below, so the order does not matter.
    const PAIRS: &[(&[&str], &[&str])] = &[
        (&["more", "less", "fewer", "greater", "higher", "lower"], &["than"]),
        (&["up", "close", "upwards"], &["to", "of"]),
        (&["at"], &["least", "most"]),
        (&["just", "only", "well"], &["over", "under", "above", "below"]),
        (&["an"], &["estimated"]),
    ];
    if w0 == "as" && among(w1, &["many", "much", "few", "little"]) && w2 == "as" {
        return 3;
    }
    if PAIRS.iter().any(|(firsts, seconds)| among(w0, firsts) && among(w1, seconds)) {
        return 2;
    }
    let single = [
        "around", "about", "nearly", "almost", "approximately", "roughly", "some", "over", "under", "approx", "circa",
        "exactly", "precisely", "barely", "fully", "estimated", "above", "below",
    ];
    usize::from(among(w0, &single))
}

/// Currency signs written before the amount.
pub(crate) const CURRENCY_SIGN_LIST: &[&str] = &["$", "A$", "C$", "US$", "£", "¥", "€", "₴", "₹", "₽"];

/// Prepositions after which an unknown capitalised word is most likely a place.
pub(crate) const LOCATIVE_PREPOSITION_LIST: &[&str] = &["across", "around", "at", "between", "beyond", "from", "in", "inside", "into", "near", "outside", "through", "throughout", "to", "toward", "towards", "via"];

#[cfg(test)]
pub fn is_locative_preposition(w: &str) -> bool {
    super::classes::has(w, super::classes::LOCATIVE_PREPOSITION)
}

/// Designator nouns after a place name that stay outside the LOC span ("Donetsk region").
pub(crate) const PLACE_DESIGNATOR_LIST: &[&str] = &["area", "axis", "border", "city", "countryside", "county", "direction", "district", "front", "krai", "oblast", "outskirts", "province", "region", "regions", "republic", "sector", "settlement", "state", "territory", "town", "village"];

#[cfg(test)]
pub fn is_place_designator(w: &str) -> bool {
    super::classes::has(w, super::classes::PLACE_DESIGNATOR)
}

/// Nouns before "of X" that make X a place ("the village of Klishchivka").
pub(crate) const SETTLEMENT_NOUN_LIST: &[&str] = &["area", "areas", "capital", "cities", "city", "district", "hamlet", "island", "oblast", "outskirts", "port", "province", "region", "regions", "settlement", "settlements", "state", "suburb", "suburbs", "town", "towns", "village", "villages"];

#[cfg(test)]
pub fn is_settlement_noun(w: &str) -> bool {
    super::classes::has(w, super::classes::SETTLEMENT_NOUN)
}

/// Verbs of saying right after a name: the name is a speaker, so a person or an organisation.
pub(crate) const SPEECH_VERB_LIST: &[&str] = &["acknowledged", "added", "adds", "admitted", "announced", "argued", "asked", "believes", "claimed", "claims", "concluded", "confirmed", "continued", "declared", "denied", "explained", "insisted", "noted", "posted", "recalled", "reiterated", "replied", "responded", "revealed", "said", "says", "stated", "suggested", "tells", "thinks", "told", "tweeted", "urged", "warned", "writes", "wrote", "wrote:"];

#[cfg(test)]
pub fn is_speech_verb(w: &str) -> bool {
    super::classes::has(w, super::classes::SPEECH_VERB)
}

/// Function words that never start or end a name, even capitalised at a sentence start.
pub(crate) const FUNCTION_WORD_LIST: &[&str] = &["a", "about", "after", "against", "all", "also", "although", "amid", "among", "amongst", "an", "and", "another", "any", "are", "as", "at", "be", "because", "before", "beside", "besides", "both", "but", "by", "can", "could", "despite", "did", "do", "does", "dr", "during", "each", "either", "even", "every", "for", "from", "had", "has", "have", "he", "hence", "her", "here", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "just", "many", "may", "meanwhile", "might", "more", "most", "mr", "mrs", "ms", "must", "my", "neither", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "onto", "or", "other", "our", "out", "over", "per", "perhaps", "she", "should", "since", "so", "some", "still", "such", "than", "that", "the", "their", "then", "there", "these", "they", "this", "those", "though", "thus", "to", "toward", "towards", "under", "unless", "unlike", "until", "up", "upon", "via", "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yes", "yet", "you", "your"];

pub fn is_function_word(w: &str) -> bool {
    super::classes::has(w, super::classes::FUNCTION_WORD)
}

/// Connectors allowed inside a multi-word name ("Ministry of Defence", "Charles de Gaulle").
pub(crate) const NAME_CONNECTOR_LIST: &[&str] = &["&", "al", "and", "bin", "da", "de", "del", "della", "den", "der", "des", "di", "du", "el", "for", "ibn", "la", "le", "of", "on", "the", "upon", "van", "von"];

/// Everyday abbreviations written in capitals that name no organisation ("FYI", "CEO", "DVD";
/// `classes::PLAIN_ABBREVIATION`).
pub(crate) const PLAIN_ABBREVIATION_LIST: &[&str] = &["ad", "ai", "aids", "aka", "am", "api", "asap", "atm", "ave", "bc", "bcc", "btw", "cc", "cd", "ceo", "cfo", "co2", "coo", "covid", "cst", "cto", "cv", "diy", "dna", "dr", "dvd", "edt", "est", "eta", "ev", "evp", "faq", "fw", "fwd", "fyi", "gdp", "gmt", "gps", "hiv", "hq", "hr", "html", "id", "ii", "iii", "imho", "imo", "inc", "ip", "iq", "irr", "it", "iv", "ix", "jr", "kmh", "llc", "lng", "lol", "lpg", "ltd", "mp", "mph", "mps", "mr", "mrs", "nb", "ok", "omg", "p.s.", "pc", "pdf", "pdt", "pin", "plc", "pm", "pov", "pr", "ps", "pst", "qa", "re", "rfp", "roi", "rsvp", "sms", "sr", "st", "suv", "svp", "tba", "tbd", "tv", "ui", "url", "usb", "utc", "vhs", "vi", "vii", "viii", "vip", "vp", "ww2", "wwii", "xi", "xii"];

/// US state postal codes, a place after "City, " ("Lawrence, KS").
pub(crate) const US_STATE_CODE_LIST: &[&str] = &["AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA", "ID", "IL", "IN", "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE", "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV", "WY"];

pub fn is_us_state_code(t: &str) -> bool {
    super::classes::has(t, super::classes::US_STATE_CODE)
}

#[cfg(test)]
mod tests {
    use super::super::classes::{self, has};
    use super::*;

    /// `approximator_len` as a `match` (its form before the tables): the tables must agree.
    fn approximator_len_by_match(w0: &str, w1: &str, w2: &str) -> usize {
        match (w0, w1) {
            ("more" | "less" | "fewer" | "greater" | "higher" | "lower", "than") => 2,
            ("up" | "close" | "upwards", "to" | "of") => 2,
            ("at", "least" | "most") => 2,
            ("as", "many" | "much" | "few" | "little") if w2 == "as" => 3,
            ("just" | "only" | "well", "over" | "under" | "above" | "below") => 2,
            ("an", "estimated") => 2,
            ("around" | "about" | "nearly" | "almost" | "approximately" | "roughly" | "some" | "over"
                | "under" | "approx" | "circa" | "exactly" | "precisely" | "barely" | "fully"
                | "estimated" | "above" | "below", _) => 1,
            _ => 0,
        }
    }

    #[test]
    fn approximator_tables_agree_with_the_patterns() {
        let words = [
            "more", "less", "fewer", "greater", "higher", "lower", "than", "up", "close", "upwards", "to", "of", "at", "least", "most", "as",
            "many", "much", "few", "little", "just", "only", "well", "over", "under", "above", "below", "an", "estimated", "around", "about",
            "nearly", "almost", "approximately", "roughly", "some", "approx", "circa", "exactly", "precisely", "barely", "fully", "x", "",
        ];
        for a in words {
            for b in words {
                for c in ["as", "x", ""] {
                    assert_eq!(approximator_len(&[a, b, c]), approximator_len_by_match(a, b, c), "{a} {b} {c}");
                }
            }
        }
    }

    /// `among` needs sorted lists: every word of each list is found, a word off them is not.
    #[test]
    fn word_classes_find_their_words() {
        for w in ["january", "sept", "monday", "thurs", "fortnight", "millennium", "previous", "upcoming", "dozen", "tens", "ago", "previously"] {
            assert!(has(w, classes::MONTH | classes::WEEKDAY | classes::TIME_UNIT | classes::DATE_MODIFIER | classes::SPELLED_NUMBERS | classes::DATE_SUFFIX), "{w}");
        }
        for w in ["bn", "%", "usd", "mt", "m2", "km2"] {
            assert!(has(w, classes::NUMBER_UNIT), "{w}");
        }
        assert!(is_function_word("the") && is_function_word("perhaps") && is_function_word("amid") && !is_function_word("russia"));
        assert!(is_us_state_code("AL") && is_us_state_code("DC") && is_us_state_code("WY") && !is_us_state_code("al"));
        assert!(has("fyi", classes::PLAIN_ABBREVIATION) && has("pdt", classes::PLAIN_ABBREVIATION) && !has("nato", classes::PLAIN_ABBREVIATION));
        assert!(is_speech_verb("said") && is_speech_verb("wrote:") && !is_speech_verb("sing"));
        assert!(is_place_designator("oblast") && is_settlement_noun("hamlet") && is_locative_preposition("via"));
    }
}
