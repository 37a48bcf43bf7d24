"""Load the word lists in `pipeline/rules/` once, as plain Python collections."""

from __future__ import annotations

import csv
import hashlib
import re
from functools import cache

from pipeline.paths import RULES_DIR


@cache
def read_list(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a rule file."""
    lines = (RULES_DIR / name).read_text(encoding="utf-8").splitlines()
    return tuple(
        line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")
    )


@cache
def read_pairs(name: str) -> dict[str, str]:
    """Tab-separated `key<TAB>value` rule file as a dict."""
    pairs = {}
    for line in read_list(name):
        key, _, value = line.partition("\t")
        pairs[key.strip()] = value.strip()
    return pairs


@cache
def read_table(name: str) -> tuple[dict[str, str], ...]:
    with (RULES_DIR / name).open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


def rules_version() -> str:
    """Hash of every rule file: changes whenever a list changes (not when the folder's README,
    which only describes them, does: an edit there keeps every cached extraction)."""
    digest = hashlib.sha256()
    for path in sorted(RULES_DIR.iterdir()):
        if path.suffix == ".md":
            continue
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@cache
def reporting_verbs() -> dict[str, str]:
    return read_pairs("reporting_verbs.txt")


def plural(noun: str) -> str:
    """The plural of a noun of the rule files: "firms", "agencies", "deputies", "chairmen"
    (the regular forms and "-man"; inflect's `plural_noun` is for the statistics' units, whose
    irregular plurals it knows, at the cost of importing it)."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


@cache
def titles() -> frozenset[str]:
    """rules/titles.txt, each also as the office to be held: "mayor-elect", "prime
    minister-designate"."""
    listed = {t.lower() for t in read_list("titles.txt")}
    to_be_held = {t + suffix for t in listed for suffix in TO_BE_HELD if not t.endswith(TO_BE_HELD)}
    return frozenset(listed | to_be_held)


TO_BE_HELD = ("-elect", "-designate")


def offices_held(title: str) -> list[str]:
    """The offices a title joins with "and", each whole: "Deputy Prime Minister and Minister
    for Finance" -> both; "Minister of Foreign Affairs and International Cooperation" is one
    (no title's word after "and")."""
    left, joined, right = title.partition(" and ")
    if (
        joined
        and left.split()
        and left.split()[-1].lower() in titles()
        and any(word.lower() in titles() for word in right.split())
    ):
        return [left, *offices_held(right)]
    return [title]


# A sovereign's title names companies and places as well as people ("King Price Insurance",
# "Prince Albert Hospital"): no office a person holds in the name's own right
ROYAL_TITLES = frozenset({"king", "queen", "prince", "princess", "pope", "emperor", "empress"})


def an_office_title(word: str) -> bool:
    """Whether `word` is the title of an office ("Judge", "minister"), not an honorific ("Mr")
    nor a sovereign's ("King")."""
    lowered = word.lower()
    return lowered in titles() and lowered not in ROYAL_TITLES


@cache
def one_person_nouns() -> frozenset[str]:
    """Nouns of one person no other list holds (rules/one_person_nouns.txt): "defendant",
    "mother", "suspect"."""
    return frozenset(read_list("one_person_nouns.txt"))


@cache
def people_nouns() -> frozenset[str]:
    """Nouns of people in the singular (rules/people_nouns.txt): "resident", "farmer"; what a
    bare count goes on counting, and a noun an appositive gives a person ("Jo Roe, a farmer,")."""
    return frozenset(read_list("people_nouns.txt"))


@cache
def occupations() -> frozenset[str]:
    """Occupations read as a title in lowercase before a name or in an appositive
    (rules/occupations.txt): "businessman Jo Roe", "Jo Roe, a journalist"."""
    return frozenset(t.lower() for t in read_list("occupations.txt"))


@cache
def cast_labels() -> frozenset[str]:
    """Roles that head a broadcast's credits: "Presenter: Jane Roe" (rules/cast_labels.txt)."""
    return frozenset(t.lower() for t in read_list("cast_labels.txt"))


@cache
def title_modifiers() -> frozenset[str]:
    return frozenset(t.lower() for t in read_list("title_modifiers.txt"))


@cache
def honorifics() -> dict[str, str]:
    return read_pairs("honorifics.txt")


@cache
def honorific_abbreviations() -> str:
    """A regex alternation of the honorifics written with a period before a name ("Dr.",
    "Cllr.", "Supt."): those of honorifics.txt that abbreviations.txt lists, longest first."""
    written = [word for word in honorifics() if word in abbreviations()]
    return "|".join(sorted(written, key=lambda word: (-len(word), word)))


@cache
def function_words() -> frozenset[str]:
    """Determiners, prepositions, conjunctions and pronouns: never a word of a name."""
    return frozenset(w.lower() for w in read_list("function_words.txt"))


@cache
def world_honorifics() -> frozenset[str]:
    """Honorifics of other languages before a name ("Datuk", "Shri"), in lowercase."""
    return frozenset(w.lower() for w in read_list("honorifics_world.txt"))


@cache
def number_words() -> tuple[str, ...]:
    """Cardinal numbers written as words ("two", "twenty"), in rules/numbers.csv's order (the
    order of a pattern's alternatives)."""
    return tuple(row["word"] for row in read_table("numbers.csv") if row["kind"] == "cardinal")


@cache
def institution_heads() -> dict[str, str]:
    return {row["word"].lower(): row["kind"] for row in read_table("institution_heads.csv")}


@cache
def head_first_words() -> dict[str, str]:
    """Organisation words of other languages that begin a name: "Banco", "Bangko", "Kementerian"."""
    return {row["word"]: row["kind"] for row in read_table("head_first_words.csv")}


@cache
def head_first_meanings() -> dict[str, str]:
    """The English organisation word each of `head_first_words` stands for, lowercased on both
    sides: "bangko" -> "bank", so that "the central bank" finds "Bangko Sentral ng Pilipinas"."""
    return {row["word"].lower(): row["means"] for row in read_table("head_first_words.csv")}


@cache
def institution_phrases() -> dict[str, str]:
    return {row["phrase"].lower(): row["kind"] for row in read_table("institution_phrases.csv")}


@cache
def law_heads() -> dict[str, str]:
    return {row["word"].lower(): row["kind"] for row in read_table("law_heads.csv")}


@cache
def document_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in read_list("document_nouns.txt"))


@cache
def descriptions() -> dict[str, frozenset[str]]:
    """ "the company", "the regulator": a noun that stands for an organisation named before,
    and the kinds of organisation it can stand for."""
    kinds: dict[str, set[str]] = {}
    for row in read_table("descriptions.csv"):
        kinds.setdefault(row["noun"].lower(), set()).add(row["kind"])
    return {noun: frozenset(k) for noun, k in kinds.items()}


@cache
def title_equivalents() -> dict[str, tuple[str, ...]]:
    """ "judge": ("justice",): the other words for the office a title word names; "diplomat":
    ("ambassador", "envoy", "consul"), the offices a wider word names (not the other way: "the
    ambassador" is no consul)."""
    equivalents: dict[str, tuple[str, ...]] = {}
    for line in read_list("title_equivalents.txt"):
        wider, colon, narrower = line.lower().partition(":")
        if colon:
            equivalents[wider.strip()] = (
                *equivalents.get(wider.strip(), ()),
                *narrower.split(),
            )
            continue
        words = line.lower().split()
        for word in words:
            equivalents[word] = (
                *equivalents.get(word, ()),
                *(other for other in words if other != word),
            )
    return equivalents


@cache
def field_phrases() -> frozenset[str]:
    """Fields with an organisation word of their own ("human services"), in lowercase."""
    return frozenset(phrase.lower() for phrase in read_list("field_phrases.txt"))


@cache
def generic_modifiers() -> frozenset[str]:
    """ "new", "latest", "official": words before a document noun that name no issuer."""
    return frozenset(w.lower() for w in read_list("generic_modifiers.txt"))


def ly_adverb() -> str:
    """A pattern (no groups) for a lowercase word in "-ly" read as an adverb ("recently"), not
    one of the nouns in "-ly" (rules/ly_nouns.txt: "ally", "family", "assembly", "daily")."""
    nouns = "|".join(sorted(read_list("ly_nouns.txt"), key=len, reverse=True))
    return rf"(?!(?:{nouns})\b)[a-z]\w*ly"


@cache
def speaker_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in read_list("speaker_nouns.txt"))


@cache
def abbreviations() -> frozenset[str]:
    return frozenset(read_list("abbreviations.txt"))


@cache
def portfolio_words() -> frozenset[str]:
    """ "Health", "Housing", "Foreign Affairs": the capitalized words of an office's portfolio
    ("Health Secretary", "Minister for Housing"), never a person's name nor an employer."""
    return frozenset(read_list("portfolio_words.txt"))


@cache
def common_compounds() -> frozenset[str]:
    """Compounds of general English ending in an organisation's word that name none
    ("foreign exchange", "stock exchange"; rules/common_compounds.txt)."""
    return frozenset(read_list("common_compounds.txt"))


@cache
def not_organisation_acronyms() -> frozenset[str]:
    """Acronyms of things, not bodies ("TV", "GDP", "CEO"), that may stand before a title,
    and the letters after a person's name ("Jo Roe QC said": the lawyer speaks)."""
    return frozenset(read_list("not_organisation_acronyms.txt")) | post_nominals()


@cache
def post_nominals() -> frozenset[str]:
    """ "MP", "QC": letters after a name for an office or honour ("Jo Smith MP")."""
    return frozenset(read_list("post_nominals.txt"))


@cache
def past_tenses(after_a_subject: bool = False) -> tuple[str, ...]:
    """Irregular past tenses (`rules/irregular_past.txt`): those that are only past tenses
    ("rose", "took"), and, `after_a_subject`, also those written as the base form ("cut") or
    as the past participle ("lost", "paid"), which a noun can precede without a clause."""
    forms = []
    for line in read_list("irregular_past.txt"):
        form, _, mark = line.partition("\t")
        if after_a_subject or not mark.strip():
            forms.append(form.strip())
    return tuple(forms)


@cache
def finite_verb(after_a_subject: bool = False, past_in_ed: bool = True) -> str:
    """A pattern (no groups) for a word that is a finite verb on its face: an auxiliary, a
    past tense in "-ed" (unless not `past_in_ed`) or an irregular past (`past_tenses`)."""
    return (
        r"(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does"
        + (r"|\w+ed" if past_in_ed else "")
        + "|"
        + trie_regex(past_tenses(after_a_subject))
        + r")\b"
    )


@cache
def sentence_words() -> frozenset[str]:
    """Capitalized only because they start a sentence: never part of a name."""
    return frozenset(read_list("sentence_words.txt"))


@cache
def non_name_words() -> frozenset[str]:
    """Never part of a person's name: sentence words, months, weekdays, nationalities."""
    return sentence_words() | frozenset(read_list("non_name_words.txt"))


@cache
def nationalities() -> frozenset[str]:
    """Adjectives of nationality ("Dutch", "Sri Lankan", "Fijian", each country's of
    rules/demonyms.csv) and of regions ("African", rules/nationalities.txt) that may stand
    before a title."""
    return frozenset(read_list("nationalities.txt")) | frozenset(demonyms())


@cache
def demonyms() -> dict[str, str]:
    """Adjectives of nationality and the ISO 3166-1 alpha-3 code of their country ("Iraqi" ->
    "IRQ"; rules/demonyms.csv)."""
    return {row["word"]: row["alpha3"] for row in read_table("demonyms.csv")}


def demonym_country(word: str) -> str | None:
    """The code of the country an adjective of nationality names, or None."""
    return demonyms().get(word)


@cache
def countries() -> dict[str, str]:
    """Country name -> ISO 3166-1 alpha-3, from pycountry plus common short names."""
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "common_name"):
            value = getattr(country, attribute, None)
            if value and "," not in value:
                names[value] = country.alpha_3
    for row in read_table("countries.csv"):
        names[row["name"]] = row["alpha3"]
    for name, code in list(names.items()):
        if name.startswith("Saint "):  # "St Lucia", "St. Kitts and Nevis", as news writes them
            names.setdefault("St " + name.removeprefix("Saint "), code)
            names.setdefault("St. " + name.removeprefix("Saint "), code)
    return names


@cache
def _escape(char: str) -> str:
    """`re.escape` of one character, remembered: a trie is built for every article's names."""
    return re.escape(char)


def trie_regex(words) -> str:
    """A regex alternation of `words` as a prefix tree, so the engine does not try each word in turn.

    >>> trie_regex(["said", "says", "saying"])
    'sa(?:id|y(?:s|ing))'
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:
        ends = "" in node
        branches = [_escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
        return body

    return render(trie)
