"""The country an article is about or from, for what the text leaves to the reader: which
dollar "$" is, when a fiscal year starts, whether "04/05/2021" is April or May.

Each mention counts: a country named alone (the entity index's country mentions), inside
an organization's name ("Reserve Bank of India") or by its adjective ("Indian lenders",
`rules/demonyms.csv`); the city of a dateline ("MUMBAI:", "NAIROBI, Kenya (Reuters) -") in the
article's first lines counts twice, as where the article was written
(`rules/dateline_cities.csv`). The country counted most wins, the first named breaking a tie;
None when the article names none.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache

from pipeline.extract.lexicon import (
    countries,
    demonyms,
    function_words,
    read_table,
    trie_regex,
)
from pipeline.extract.phrases import capitalized_starts
from pipeline.extract.scan import finditer_at
from pipeline.extract.spans import EntityIndex


@cache
def _demonym_pattern() -> re.Pattern[str]:
    # starts with a capital letter: the engine skips to capitals (see `scan`)
    return re.compile(rf"(?:{trie_regex(demonyms())})(?![\w-])")


@cache
def dateline_cities() -> dict[str, str]:
    """Cities that open datelines, in capitals, and their countries: "NEW YORK" -> "USA"."""
    return {row["city"].upper(): row["alpha3"] for row in read_table("dateline_cities.csv")}


# A dateline: a city in capitals (or as a name) at a line's start, then a comma, colon, dash
# or an agency in parentheses: "NEW DELHI:", "Nairobi, Kenya (Reuters) -", "BEIJING (Xinhua) --".
DATELINE = re.compile(
    r"(?m)(?:\b(?P<caps>[A-Z][A-Z .]{2,29}?)|^\W{0,3}(?P<city>[A-Z][A-Za-z .]{2,30}?))"
    r"\s*(?:,|:|\(|--|—|–|-\s)"
)
DATELINE_REACH = 600  # the first lines of an article, where its dateline stands


@cache
def _country_in_name() -> re.Pattern[str]:
    names = sorted(countries(), key=len, reverse=True)
    return re.compile(rf"\b(?:{trie_regex(names)})\b")


@cache
def _demonym_words() -> frozenset[str]:
    return frozenset(demonyms())


def _demonym_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_demonym_pattern` that start after no word character ("Indian", not the
    "Indian" of "AmerIndian"): tried only where the text's capitalized words have a demonym
    (`phrases.capitalized_starts`), not at every capital. (A match inside a word holds word
    characters only: no match that starts after none is inside it.)"""
    starts = capitalized_starts(text, _demonym_words())
    if starts is not None:
        return finditer_at(_demonym_pattern(), text, starts)
    return (
        m
        for m in _demonym_pattern().finditer(text)
        if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")
    )


# The kinds of ISO 3166-2 subdivision an article names as where it is from: a state, a
# province, a territory, a region (not a district, a county or a municipality, whose names
# are as often a town's, a river's or a family's)
SUBDIVISION_TYPES = frozenset(
    {
        "State",
        "Province",
        "Territory",
        "Region",
        "Governorate",
        "Prefecture",
        "Emirate",
        "Canton",
        "Autonomous region",
        "Autonomous community",
        "Union territory",
        "Capital territory",
        "Federal district",
        "Capital district",
        "Federal territory",
        "Autonomous province",
        "Autonomous republic",
        "Special administrative region",
    }
)
# Words of a region's name that say only where ("West Coast", "Upper East")
DIRECTION_WORDS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upper",
        "lower",
        "middle",
        "coast",
        "coastal",
        "islands",
        "island",
        "greater",
    ]
)


@cache
def subdivisions() -> dict[str, str]:
    """A state's, province's or territory's name -> its country's ISO 3166-1 alpha-3, from
    pycountry's ISO 3166-2 ("Northern Territory" -> AUS, "Manitoba" -> CAN, "Lagos" -> NGA):
    names of one country only (not "Punjab"), no country's name ("Georgia", "Niger"), no
    demonym, or words of direction alone ("West Coast")."""
    import pycountry

    by_name: dict[str, set[str]] = {}
    kept: set[str] = set()
    for subdivision in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=subdivision.country_code)
        if country is None:
            continue
        by_name.setdefault(subdivision.name, set()).add(country.alpha_3)
        if subdivision.type in SUBDIVISION_TYPES:
            kept.add(subdivision.name)
    return {
        name: next(iter(by_name[name]))
        for name in sorted(kept)
        if len(by_name[name]) == 1
        and len(name) >= 5
        and re.fullmatch(r"[A-Z][\w'’ -]*[a-z]", name)
        and name not in countries()
        and name not in demonyms()
        and not all(word.lower() in DIRECTION_WORDS for word in name.split())
    }


@cache
def _subdivision_first_words() -> frozenset[str]:
    """The first word of each subdivision's name (built once: `capitalized_starts` remembers
    what it reads of a set of words by the set, and a set built anew is compared word by word)."""
    return frozenset(name.split()[0] for name in subdivisions())


@cache
def _subdivision_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:{trie_regex(subdivisions())})(?![\w'’-])(?! [A-Z])")


def _subdivision_matches(text: str) -> Iterator[re.Match[str]]:
    """The subdivisions named in `text`, as whole names: not inside a word, nor next to another
    capitalized word ("Victoria Falls", "Queen Victoria", "Jo Mendoza": a person's or a
    place's longer name; "Ontario Teachers' Pension Plan" is an organization's, counted by its
    own span)."""
    starts = capitalized_starts(text, _subdivision_first_words())
    matches = (
        finditer_at(_subdivision_pattern(), text, starts)
        if starts is not None
        else _subdivision_pattern().finditer(text)
    )
    return (
        m
        for m in matches
        if m.start() == 0
        or not (text[m.start() - 1].isalnum() or _after_a_name_word(text, m.start()))
    )


WORD_BEFORE = re.compile(r"\b([A-Z][\w'’-]*) $")


def _after_a_name_word(text: str, start: int) -> bool:
    """Whether a capitalized word that is no function word stands right before `start`
    ("Queen Victoria", "Jo Mendoza"; not "In Victoria", "The Northern Territory")."""
    word = WORD_BEFORE.search(text, max(0, start - 30), start)
    return word is not None and word[1].lower() not in function_words()


SENTENCE_OPENING = re.compile(r"(?:^|[.!?:][\"”’]?\s+|\n\s*)$")


def _a_name_or_a_sentences_word(text: str, match: re.Match[str]) -> bool:
    """Whether a one-word subdivision's name may be something else here: a person's given or
    family name ("Nelson said", "Miranda, 34"), or a sentence's first word ("Rivers burst
    their banks", "Delta cancelled flights"), where a capital tells nothing."""
    from pipeline.entities.given_names import given_names, surnames

    word = match.group()
    return (
        word in given_names()
        or word in surnames()
        or SENTENCE_OPENING.search(text, max(0, match.start() - 4), match.start()) is not None
    )


def article_country(text: str, index: EntityIndex) -> str | None:
    """ISO 3166-1 alpha-3 code of the country the article names most, or None."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}

    def count(code: str, position: int) -> None:
        counts[code] += 1
        first.setdefault(code, position)

    for span in index.spans:
        if span.entity_type == "country":
            count(span.entity_id, span.start)
        elif span.entity_type in ("institution", "law"):
            for m in _country_in_name().finditer(span.name):
                count(countries()[m.group()], span.start)
    for m in DATELINE.finditer(text, 0, min(len(text), DATELINE_REACH)):
        code = dateline_cities().get((m["caps"] or m["city"]).strip().upper())
        if code is not None:
            count(code, m.start())
            count(code, m.start())
            break
    for m in _demonym_matches(text):
        count(demonyms()[m.group()], m.start())
    if not counts:
        # a state's or province's name only when no country is named: an article from
        # "Manitoba" or the "Northern Territory" that names no country (where a country is
        # named, the places of others it reports on, "Tokyo", "Kentucky", would outweigh it)
        for m in _subdivision_matches(text):
            if index.overlaps(m.start(), m.end()) or (
                " " not in m.group() and _a_name_or_a_sentences_word(text, m)
            ):
                continue  # ("Delta Air Lines", "Jo Nelson"; "Nelson said", "Rivers burst")
            count(subdivisions()[m.group()], m.start())
    if not counts:
        return None
    return max(counts, key=lambda code: (counts[code], -first[code]))


# Country-code domains sold to anyone and used for what their letters spell ("io", "tv"): they
# say nothing of where a page is from.
GENERIC_COUNTRY_DOMAINS = frozenset(
    {"io", "tv", "me", "co", "ai", "ly", "fm", "cc", "ws", "to", "gg", "am", "is", "it", "so"}
)


def url_country(url: str | None) -> str | None:
    """ISO 3166-1 alpha-3 code of the country of a page's country-code domain, or None.

    >>> url_country("https://www.thehindu.com.au/news/x"), url_country("https://example.com/")
    ('AUS', None)
    """
    import pycountry

    if not url:
        return None
    host = URL_HOST.match(url)
    if host is None:
        return None
    suffix = host["host"].rsplit(".", 1)[-1].lower()
    if len(suffix) != 2 or suffix in GENERIC_COUNTRY_DOMAINS:
        return None
    country = pycountry.countries.get(alpha_2="GB" if suffix == "uk" else suffix.upper())
    return country.alpha_3 if country is not None else None


URL_HOST = re.compile(r"(?:[a-z][a-z0-9+.-]*://)?(?:[^@/\s]*@)?(?P<host>[^/:\s?#]+)", re.IGNORECASE)
