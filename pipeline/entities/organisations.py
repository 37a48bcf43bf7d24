"""Organisations named without an organisation word at their end: the passes of institution
detection that read a legal form, a credit line, a compound, a nationality before a
lowercase body, or what the text says the name does.

"Sakura Semiconductor Corp.", "Meta Platforms Inc" (legal form, from `cleanco`'s list of
legal-form terms rather than one typed here), "SEOUL (Yonhap) -" and "(AFP)" (a wire's
credit line), "Bundesbank" (a compound ending in an organisation word), "the Israeli
defence ministry" (a nationality and a lowercase body), "Airbnb said in a statement",
"Spotify's shares", "shares of Airbnb", "Safaricom CEO Bob Collymore" (context). Each pass is one function, run by `find_institutions` in order, most precise
first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from pipeline.entities.given_names import (
    GAELIC_FAMILY_NAME,
    PLACE_WORDS,
    given_names,
    surnames,
    us_states,
)
from pipeline.extract.article_country import dateline_cities
from pipeline.extract.dates import MONTHS, WEEKDAYS
from pipeline.extract.lexicon import (
    abbreviations,
    common_compounds,
    countries,
    descriptions,
    document_nouns,
    function_words,
    head_first_words,
    honorifics,
    institution_heads,
    institution_phrases,
    law_heads,
    nationalities,
    non_name_words,
    not_organisation_acronyms,
    number_words,
    occupations,
    plural,
    portfolio_words,
    post_nominals,
    read_list,
    read_table,
    sentence_words,
    speaker_nouns,
    title_modifiers,
    titles,
    trie_regex,
    world_honorifics,
)
from pipeline.extract.phrases import capitalized_starts
from pipeline.extract.scan import (
    after_word_or_dot,
    anchor_starts,
    finditer_anchored,
    finditer_at,
    finditer_before,
    finditer_checked,
    finditer_holding,
    finditer_the,
    finditer_word,
    holds_phrase,
    is_word_char,
    not_inside_name_word,
    word_boundary,
)

if TYPE_CHECKING:
    from pipeline.entities.institutions import InstitutionFinder

# A capitalized word of a name: "Samsung", "Amazon.com", "AT&T", "Zoë", "Müller"
CAPITAL = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
NAME_WORD = rf"(?:[{CAPITAL}][\w'’&.-]*[\w&]|[{CAPITAL}])"
NAME_WORD_RE = re.compile(NAME_WORD)
# A company's name is at most six words before its legal form, read back from the form
NAME_WORDS_BEFORE_FORM = 6
NAME_WINDOW = 160
# "(Yonhap) -", "(AFP) --": the wire credited after a dateline; "(MENAFN- Kuwait News Agency (KUNA))"
CREDIT_LINE = re.compile(
    r"\((?P<name>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})\)(?:\s*(?:--|—|–|-(?= ))|[ \t]*$)"
    # "a source told AFP": an acronym told something is a news outlet
    r"|told (?P<told>[A-Z]{2,6})\b(?![-.]\w)",
    re.MULTILINE,
)


def _credit_line_start(text: str, position: int) -> bool:
    """The `\\b` before "told" in CREDIT_LINE, checked on each match (see `finditer_checked`),
    so the engine skips straight to each "(" or "t"."""
    return text[position] == "(" or word_boundary(text, position)


# "Airbnb's shares", "Airbnb shares rose": only a company has shares (a name of any length)
SHARES_AFTER = re.compile(
    r"(?:['’]s? (?:shares|stock|share price)\b"
    # (a verb in the past after "shares": "jumped", "faced", "rose", "fell", "sank", "hit")
    r"| shares (?:[a-z]{2,}ed|rose|fell|slid|sank|slumped|lost|hit|were|have|had|ended)\b"
    # ("Housing stock needed repairs": after "stock" only the verbs of a price)
    r"| stock (?:rose|fell|jumped|slid|dropped|gained|climbed|tumbled|closed|plunged|sank)\b)"
)
# "Airbnb said in a statement", "Airbnb reported a quarterly profit", "BlackBerry today
# reported a net profit", "Shell reported a 15 percent fall in quarterly profit": one word,
# not a surname
STATEMENT_AFTER = re.compile(
    r" (?:(?:today|yesterday|on \w+day|\w+day) )?(?:said|says|announced|reported)"
    r" (?:in a (?:statement|filing|press release)"
    r"|(?:a |an |its )?(?:[\w-]+ ){0,6}?(?:profit|loss|revenue|earnings|results|sales)\b)"
)
# The verbs of STATEMENT_AFTER and the space after them, found by a substring search for each
STATEMENT_VERBS = re.compile("said |says |announced |reported ")


def _statement_after_matches(text: str) -> Iterator[re.Match[str]]:
    """`STATEMENT_AFTER.finditer(text)`, the pattern tried only where a match can start.

    The engine tries it at every space, and at each reads the next word to see whether it
    ends in "day". A match starts at the space before its verb, or before the day between
    ("today said", "on Monday reported"): one of the words just before a verb that ends in
    "day", itself or after "on".
    """
    starts = []
    for verb in anchor_starts(STATEMENT_VERBS, text):
        starts.append(verb - 1)
        if text.endswith("day ", 0, verb):
            word = verb - 1  # where the word that ends in "day" starts
            while word > 0 and is_word_char(text[word - 1]):
                word -= 1
            starts += [word - 1, word - 4]  # " Monday said", " on Monday said"
    return finditer_at(STATEMENT_AFTER, text, (start for start in starts if start >= 0))


SHARES_WORDS = ("share", "stock")  # what every match of SHARES_AFTER holds
# "economists polled by Reuters", "a survey conducted by Ipsos": who ran a poll or compiled
# figures is an organisation (a person would be named in full, and is left to the people pass)
# (scanned with `finditer_word`: from the verbs' first letters, `\b` checked on each match)
SURVEYED_BY = re.compile(
    r"\b(?:surveyed|polled|compiled|conducted|commissioned|tallied) by (?=[A-Z])"
)
# Its verbs, where its matches start, found by substring search (a pattern that starts with
# `\b` is tried at every position); the same for "shares of"
SURVEYED_VERBS = re.compile("surveyed|polled|compiled|conducted|commissioned|tallied")
# "a Refinitiv consensus estimate", "a Reuters poll", "the Gallup survey": a name before the
# noun of a poll or an estimate, after an article
POLL_AFTER = re.compile(
    r" (?:consensus |opinion |average |median )?(?:poll|polls|survey|estimate|estimates|consensus)\b"
)
POLL_WORDS = ("poll", "survey", "estimate", "consensus")
# "Amnesty International's November 2024 report", "Oxfam's latest study", "Rockhopper's chief
# executive": a name that owns a document organisations publish (not "statement" or "letter":
# people's too), with up to three modifiers between ("latest", "annual", "2024", "November
# 2024"), or an office only a company has (not "chairman", "spokesman": a person's too); the
# owner is read back from the 's (`_run_before`)
OWNED_DOCUMENTS = (
    *("report", "reports", "survey", "study", "analysis", "findings", "data", "figures"),
    *("estimates", "index", "white paper", "communique", "communiqué", "press release"),
    *("guidelines", "bulletin", "rankings", "audit", "outlook", "forecast", "forecasts"),
)
# (an office with no modifier but its time: "Trump's campaign chief executive" is a person's)
COMPANY_OFFICES = ("chief executive", "CEO", "chief financial officer", "CFO", "shareholders")
OWNED_REPORT = re.compile(
    r"['’]s (?:(?:(?:[a-z][\w-]*|\d{4}|[A-Z][a-z]+ \d{4}) ){0,3}?"
    rf"(?:{trie_regex(list(OWNED_DOCUMENTS))})"
    rf"|(?:(?:new|former|outgoing|incoming|interim|acting) )?(?:{trie_regex(COMPANY_OFFICES)}))\b"
)
OWNED_WORDS = ("'s ", "’s ")
ARTICLE_BEFORE_RUN = re.compile(r"\b(?:[Aa]n?|[Tt]he) $")
WORD_BEFORE = re.compile(r"[A-Z][\w'’-]* $")  # a capitalized word right before the article
# (also opening a sentence: "Shares of Rockhopper rose 5%"; its anchor skips the first letter)
CONTEXT_BEFORE = re.compile(r"\b[Ss]hares (?:of|in) (?=[A-Z])")
SHARES_OF = re.compile("hares of|hares in")
# "handset maker BlackBerry", "investment firm Spear Street", "the airline Air India": a noun
# for a company (rules/descriptions.csv, or a "-maker") right before a capitalized name
MAKER_BEFORE = re.compile(r"\b[a-z]*maker (?=[A-Z])")
MAKER_WORDS = ("maker ",)
# "Bank Negara Malaysia (BNM)": an acronym defined in parentheses right after a name
# (scanned with `finditer_checked`: the `(?<=[\w.])` before it is checked on each match)
DEFINED_ACRONYM = re.compile(r" \((?P<acronym>[A-Z](?:[A-Z]|[a-z](?=[A-Z])){1,5})\)")
CAPITALIZED_RUN = re.compile(rf"{NAME_WORD}(?: {NAME_WORD}){{0,3}}")
CAPITALIZED_RUN_AT_END = re.compile(rf"(?<![\w'’&.-]){NAME_WORD}(?: {NAME_WORD}){{0,3}}$")


def _run_before(text: str, position: int, reach: int) -> re.Match[str] | None:
    """The capitalized words that end at `position` ("Airbnb" of "Airbnb shares rose"), read
    back over `reach` characters at most."""
    return CAPITALIZED_RUN_AT_END.search(text, max(0, position - reach), position)


# Words left out of an acronym: "Department for Business and Trade" is DBT
ACRONYM_SKIPS = frozenset({"of", "and", "for", "the", "&", "on", "in"})


def initials(name: str) -> list[str]:
    """ "Korea Customs Service" -> ["KCS"], "Bank of Japan" -> ["BJ", "BOJ"]: the capitals
    that start the words of a name of at least two words, with and without "of" (none for
    one word, or a name with a lowercase content word)."""
    words = [w for w in name.split() if w.lower() not in ACRONYM_SKIPS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return []
    found = ["".join(w[0] for w in words)]
    with_of = "".join(w[0].upper() for w in name.split() if w.lower() not in ACRONYM_SKIPS - {"of"})
    # "Bank of Japan" (BoJ): a small word's letter in lowercase; "Pakistan
    # Tehreek-e-Insaf" (PTI): each capitalized part of a hyphened word
    small = "".join(w[0] for w in name.split())
    parts = "".join(part[0] for w in words for part in w.split("-") if part[:1].isupper())
    return list(dict.fromkeys([*found, with_of, small, parts]))


@cache
def legal_forms() -> frozenset[str]:
    """Legal-form terms ("Inc", "Corp.", "GmbH", "plc", "AB") as written after a company name.

    From `cleanco`, which keeps them by country and type; only the terms written with a
    capital or a period are kept (lowercase "company" or "group" are organisation words,
    read by `institutions`)."""
    from cleanco.termdata import terms_by_type

    forms = set()
    for terms in terms_by_type.values():
        for term in terms:
            if " " in term or len(term) < 2 or not term.replace(".", "").isalpha():
                continue
            for written in (term.capitalize(), term.upper(), term):
                # ("As" of a headline in title case is the word: only "AS" is the form)
                if written[:1].isupper() and (
                    written.isupper() or written.rstrip(".").lower() not in function_words()
                ):
                    forms.add(written)
    for dotted in list(forms):
        if not dotted.endswith("."):
            forms.add(dotted + ".")
    return frozenset(forms - {"Co", "Company", "Group", "Trust", "Limited."})


@cache
def _legal_form_pattern() -> re.Pattern[str]:
    """A legal form right after a word ("Alphabet Inc", "X Co."): the name is read back from
    it, so the pattern is anchored on the rare form, not tried at every capitalized word."""
    forms = sorted(legal_forms() | {"Co."}, key=len, reverse=True)
    # (not "Sa" of "Sa’ilele": an apostrophe inside a word; "Acme Inc's" is the possessive)
    return re.compile(
        rf"(?<=[\w&.]),? (?P<form>{trie_regex(forms)})(?![\w&-]|\.\w|['’](?=\w)(?!s\b))"
    )


@cache
def _legal_form_words() -> re.Pattern[str]:
    """The legal forms alone: a match of `_legal_form_pattern` starts one (" ") or two (", ")
    characters before one, and is tried only there."""
    return re.compile(trie_regex(_forms()))


@cache
def _forms() -> frozenset[str]:
    return legal_forms() | {"Co."}


def _legal_form_matches(text: str) -> Iterator[re.Match[str]]:
    """`_legal_form_pattern().finditer(text)`: tried one or two characters before a legal form,
    a capitalized word after a space, looked up where the text has one (`capitalized_starts`)."""
    starts = capitalized_starts(text, _forms())
    if starts is None:
        return finditer_anchored(_legal_form_pattern(), text, _legal_form_words(), (1, 2))
    return finditer_before(_legal_form_pattern(), text, starts, (1, 2))


@cache
def _compound_heads() -> re.Pattern[str]:
    """A capitalized word that ends in an organisation word: "Bundesbank", "Eurogroup"."""
    heads = [
        h
        for h in institution_heads()
        if len(h) >= 4 and h.isalpha() and h not in NOT_COMPOUND_HEADS
    ]
    return re.compile(rf"\b[A-Z][a-z]{{3,}}(?:{trie_regex(heads)})\b")


# Organisation words that end common compounds more often than names: "Waterfront",
# "Lakefront", "Stormfront"
NOT_COMPOUND_HEADS = frozenset({"front", "movement"})


# The kinds of a body a nationality names in lowercase ("the Israeli defence ministry", "the
# Kenyan parliament", "the Turkish central bank")
STATE_KINDS = frozenset({"government agency", "legislature", "court"})


@cache
def _nationality_body() -> re.Pattern[str]:
    """ "the Israeli defence ministry", "the Japanese government": a nationality, a lowercase
    body of an organisation word, named as written."""
    # "the Chinese government" stands for the country (a speaker of type country), not a body
    bodies = [h for h in institution_heads() if h.isalpha() and h != "government"]
    return re.compile(
        rf"\b(?:[Tt]he )(?P<name>(?:{trie_regex(nationalities())}) (?:[a-z]+ ){{0,2}}(?:{trie_regex(bodies)}))\b(?! of\b)"
    )


def _is_name_word(word: str) -> bool:
    return (
        word[:1].isupper()
        and word not in sentence_words()
        and word.lower() not in function_words()  # "Along with X Corp": a sentence's first word
        and word.rstrip(".") not in honorifics()
        and word.lower() not in titles()
        and word.lower() not in title_modifiers()
        and word.lower() not in world_honorifics()
        # "Facebook-parent": a hyphenated description, not a name
        and not ("-" in word and word.rsplit("-", 1)[1][:1].islower())
    )


# Joining words inside a name in the languages of `head_first_words.csv`: "Banco Central do
# Brasil", "Instituto Nacional de Estadística y Geografía", "Bangko Sentral ng Pilipinas"
HEAD_FIRST_PARTICLES = frozenset(
    {"de", "del", "do", "da", "dos", "das", "di", "della", "delle", "dei", "des", "du", "ng"}
    | {"der", "für", "y", "e", "et", "la", "las", "los", "le", "el", "pour", "para"}
)
# "Central", "Sentral", "Centrale": a bank that is the country's central bank
CENTRAL = re.compile(r"\b(?:Central|Sentral|Centrale|Centrala)\b")
WORDS_AFTER_HEAD_FIRST = 6


@cache
def _head_first_words() -> frozenset[str]:
    return frozenset(head_first_words())


@cache
def _head_first_pattern() -> re.Pattern[str]:
    # (joining words may come first: "Banco do Brasil", "Banque de France")
    particles = trie_regex(HEAD_FIRST_PARTICLES)
    return re.compile(
        rf"\b(?:{trie_regex(head_first_words())}) (?=(?:(?:{particles}) )*[{CAPITAL}])"
    )


def find_head_first_names(finder: InstitutionFinder) -> None:
    """ "Banco Central do Brasil", "Banque de France", "Kementerian Kesihatan Malaysia": names
    in languages whose organisation word comes first, read forward from it over capitalized
    words and the joining words between them, to a possessive, a punctuation mark or a line
    end. A name said shorter elsewhere ("Bangko Sentral") is the one longer name it begins,
    and no name when it begins several."""
    text = finder.text
    spans: list[tuple[int, int, str]] = []
    # (the words' first letters are skipped to, with `\b` checked on each match: one fast scan,
    # where a substring test for each of the 69 words read the text 69 times)
    starts = capitalized_starts(text, _head_first_words())
    heads = (
        finditer_word(_head_first_pattern(), text)
        if starts is None
        else finditer_at(_head_first_pattern(), text, starts)
    )
    for match in heads:
        kept: list[str] = []
        pending: list[str] = []
        for word in text[match.end() : match.end() + NAME_WINDOW].split(" "):
            if word in HEAD_FIRST_PARTICLES:
                pending.append(word)
                continue
            line_ends = "\n" in word
            clean = word.split("\n", 1)[0].rstrip(",.;:)")
            owner = clean.endswith(("'s", "’s"))  # "Banco Santander's Ana Botin"
            clean = clean[:-2] if owner else clean
            if (
                len(kept) == WORDS_AFTER_HEAD_FIRST
                or not NAME_WORD_RE.fullmatch(clean)
                or not _is_name_word(clean)
            ):
                break
            kept += [*pending, clean]
            pending = []
            if clean != word or line_ends:
                break  # "Banco Santander, ...": punctuation or a line break ends the name
        if kept:
            name = f"{match.group()}{' '.join(kept)}"
            spans.append((match.start(), match.start() + len(name), name))
    # each name and each of its shorter forms: the one longer name it stands for, or None
    longest: dict[str, str | None] = {}
    for name in sorted({name for _, _, name in spans}):
        words = name.split(" ")
        for size in range(2, len(words)):
            short = " ".join(words[:size])
            longest[short] = name if longest.get(short, name) == name else None
    for start, end, name in spans:
        if finder.index.overlaps(start, end):
            continue
        full = longest.get(name, name)
        if full is None:
            continue  # "Banco Central" of "Banco Central de Chile" and "... de Bolivia"
        kind = head_first_words()[full.split(" ", 1)[0]]
        if kind == "company" and CENTRAL.search(full):
            kind = "government agency"  # a central bank, as "central bank" is in English
        acronym = DEFINED_ACRONYM.match(text, end) if full == name else None
        record = finder._record(
            full, kind=kind, abbreviation=acronym["acronym"] if acronym else None
        )
        finder._mention(start, end, record)


def _words_before(text: str, end: int) -> list[str]:
    """The words of the window before `end` a name could be read back from, split at spaces,
    on the same line: a name does not run over a line break ("...Expectations\n\nThomson
    Reuters Corp" is "Thomson Reuters Corp")."""
    window_start = max(0, end - NAME_WINDOW)
    line_start = text.rfind("\n", window_start, end) + 1
    words = text[max(window_start, line_start) : end].split(" ")
    return words[1:] if line_start < window_start else words  # the first may be cut


def find_legal_forms(finder: InstitutionFinder) -> None:
    """ "Sony Ericsson Mobile Communication AB", "Blackstone Group LP": the legal form ends a company."""
    text = finder.text
    for match in _legal_form_matches(text):
        words = _words_before(text, match.start())
        kept: list[str] = []
        named = 0
        for i in range(len(words) - 1, -1, -1):  # from the legal form back, while they name it
            word = words[i]
            joins = word in ("&", "of") and kept  # "Procter & Gamble Co", "Bank of America Corp"
            if joins and word == "of" and i >= 2 and words[i - 2] in given_names():
                break  # "Jane Roe of Acme Corp": a person's name before "of" is not the company's
            if not joins and (
                named == NAME_WORDS_BEFORE_FORM
                or not NAME_WORD_RE.fullmatch(word)
                or not _is_name_word(word)
            ):
                break
            kept.insert(0, word)
            named += not joins
        while kept and kept[0] in ("&", "of"):
            kept.pop(0)
        if not kept:
            continue
        start = match.start() - len(" ".join(kept))
        end = match.end()
        if finder.index.overlaps(start, end):
            continue
        record = finder._record(text[start:end], kind="company")
        finder._mention(start, end, record)
        # "Samsung Electronics" later, without its legal form, is the same company
        short = text[start : match.start()]
        finder.short_forms.setdefault(short, record)


def find_defined_acronyms(finder: InstitutionFinder) -> None:
    """ "Bank Negara Malaysia (BNM)": capitalized words right before an acronym in
    parentheses whose initials they spell, one of them an organisation word, name an
    organisation even when the word does not end it (the acronym-definition rule of
    Schwartz and Hearst, 2003, for names)."""
    text = finder.text
    for match in finditer_checked(DEFINED_ACRONYM, text, after_word_or_dot):
        acronym = match["acronym"]
        if finder.index.overlaps(match.start() - 1, match.start()):
            continue  # "National Bureau of Statistics (NBS)": named by an earlier pass
        words = _words_before(text, match.start())
        kept: list[str] = []
        named = 0
        for word in reversed(words):  # back from the parenthesis, a word per letter at most
            if word.lower() in ACRONYM_SKIPS and kept:
                kept.insert(0, word)
                continue
            if named == len(acronym) or not (NAME_WORD_RE.fullmatch(word) and _is_name_word(word)):
                break
            kept.insert(0, word)
            named += 1
        # "Bank of Japan (BOJ)": with "of" a letter, the name has fewer words than letters
        while kept and acronym not in initials(" ".join(kept)):
            kept.pop(0)
            while kept and kept[0].lower() in ACRONYM_SKIPS:
                kept.pop(0)
        name = " ".join(kept)
        if not name and acronym not in countries():
            _define_by_its_noun(finder, match)
            continue
        if name in countries() or acronym in countries():
            continue
        # an organisation word anywhere ("Bank Negara Malaysia"): "Gross Domestic Product
        # (GDP)" and "Consumer Prices Index (CPI)" are acronyms of measures, not bodies
        if not any(word.lower() in institution_heads() for word in kept):
            continue
        start = match.start() - len(name)
        if finder.index.overlaps(start, match.start()):
            continue
        record = finder._record(name, abbreviation=acronym)
        finder._mention(start, match.start(), record)


# "the government (FIG)", "the central bank (BCCR)": an organisation's noun in small letters
# after "the" (with up to two modifiers), right before an acronym in parentheses
# The organisation words in small letters that name a body before its acronym ("the national
# assembly (NA)"); not "the intensive care unit (ICU)", "the positioning system (GPS)", "the
# annual general meeting (AGM)", "the cash transfer programme (CTP)"
BODY_NOUNS = frozenset(
    {"government", "bank", "commission", "council", "committee", "court", "assembly"}
    | {"parliament", "senate", "party", "union", "federation", "association", "tribunal"}
    | {"police", "army", "navy", "force", "service", "board", "corporation", "company"}
)
NOUN_BEFORE_ACRONYM = re.compile(r"\b[Tt]he (?:[a-z-]+ ){0,2}?(?P<noun>[a-z]+)$")


def _define_by_its_noun(finder: InstitutionFinder, match: re.Match[str]) -> None:
    """ "the government (FIG)": the acronym names an organisation of the noun's kind."""
    text = finder.text
    described = NOUN_BEFORE_ACRONYM.search(text, max(0, match.start() - 40), match.start())
    if described is None:
        return
    noun, words = described["noun"], described.group().lower()
    phrase = next((kind for phrase, kind in institution_phrases().items() if phrase in words), None)
    kind = phrase or (
        min(descriptions()[noun])
        if noun in descriptions()
        else institution_heads().get(noun)
        if noun in BODY_NOUNS
        else None
    )
    acronym = match["acronym"]
    if kind is None or not acronym.isupper() or acronym in NOT_ACRONYMS:
        return
    start, end = match.span("acronym")
    if not finder.index.overlaps(start, end):
        finder._mention(start, end, finder._record(acronym, kind))


def find_credit_lines(finder: InstitutionFinder) -> None:
    """ "SEOUL (Yonhap) -", "(AFP) --": the wire agency a dateline credits."""
    for match in finditer_checked(CREDIT_LINE, finder.text, _credit_line_start):
        group = "name" if match["name"] else "told"
        name = match[group]
        if (
            name in countries()
            or name.split()[0] in sentence_words()
            or name.lower() in titles()
            or name.upper() in dateline_cities()  # "Daily Maverick (Johannesburg)": a place
            or name in finder.known
        ):
            continue
        text = finder.text
        line_start = text.rfind("\n", 0, match.start()) + 1
        if (
            group == "name"
            and not text[line_start : match.start()].strip()
            and (match.end() == len(text) or text[match.end()] in "\r\n")
        ):
            continue  # "(END)", "(UPDATE)": a wire's tag alone on its line credits nobody
        if not finder.index.overlaps(match.start(group), match.end(group)):
            finder.add_named(name, "media outlet")


# "[File photo: VCG]", "(Picture: PA)", "Photo: Xinhua": the agency a picture is credited to;
# "Villages in the county, 2021. /CFP": a caption's credit after a slash, ending its line;
# "... the close of 4.7750. ― Bernama": a wire's sign-off after a dash, ending its line.
# Three patterns, each with a plain start the engine finds fast, not one alternation tried at
# every character.
_CREDITED = r"(?P<name>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2})"
# Each with the words every match holds: a text without them is not scanned.
PICTURE_CREDITS = (
    (
        re.compile(rf"\b(?:[Pp]hoto|[Pp]icture|[Ii]mage)s?(?: by)?: ?{_CREDITED}[\])]"),
        ("hoto", "icture", "mage"),
    ),
    (re.compile(rf" /{_CREDITED}[ \t]*$", re.MULTILINE), (" /",)),
    (
        re.compile(rf"[.!?”\"] (?:--|[―—–]) ?{_CREDITED}[ \t]*$", re.MULTILINE),
        (" --", " ―", " —", " –"),
    ),
)
# Where the first of them can match: one letter before its words (it starts with `\b`, which
# makes the engine try every position of a text that says "image")
PICTURE_WORDS = re.compile("hoto|icture|mage")


def find_picture_credits(finder: InstitutionFinder) -> None:
    """ "[File photo: VCG]", "/CFP", "― Bernama": the agency a picture or a story is credited to."""
    (picture, _), *others = PICTURE_CREDITS
    credits = [
        finditer_anchored(picture, finder.text, PICTURE_WORDS, (1,)),
        *(finditer_holding(pattern, finder.text, words) for pattern, words in others),
    ]
    for matches in credits:
        for match in matches:
            name = match["name"]
            if (
                name in countries()
                or name.split()[0] in sentence_words()
                or name.upper() in dateline_cities()
                or finder.index.overlaps(match.start("name"), match.end("name"))
            ):
                continue
            finder.add_named(name, "media outlet")


# "said on Twitter", "wrote on Facebook", "said on CNN's State of the Union": where someone
# spoke or posted is a platform or a broadcaster, an organisation whatever its name (a day, a
# month, a place, a person or a nationality is not: "said on Monday", "commented on Weiner")
# ("appearing on MSNBC", "in an interview on CNN"; not "went on HRT", "speaking on NATO")
PLATFORM_WORDS = (
    *("said", "says", "wrote", "writes", "posted", "posts", "tweeted", "announced", "shared"),
    *("commented", "stated", "appeared", "appearing", "interview"),
)
PLATFORM_AFTER_VERB = re.compile(
    rf"\b(?:{'|'.join(PLATFORM_WORDS)})"
    r" (?:late |early )?on (?P<name>[A-Z]{2,6}|[A-Z][a-z]+(?:[A-Z][a-z]+)?)\b(?![-'’]\w\w)"
    r"(?=(?P<owned>['’]s\b)|[ \t]*(?:[,.;:]|$|(?:that|on|in|about|after|before|when|while|and"
    r"|to|the|late|early|last|this)\b))",
    re.MULTILINE,
)
# Social platforms news quotes people on; a closed class, as the rule that reads them needs
PLATFORMS = frozenset(
    {
        *("Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "LinkedIn", "Telegram"),
        *("WhatsApp", "Weibo", "WeChat", "Reddit", "Threads", "Bluesky", "Snapchat", "Mastodon"),
    }
)
NOT_OUTLET_ACRONYMS = frozenset({"TV", "AM", "PM", "FM", "US", "UK", "EU", "UN", "GMT", "UTC"})
PLATFORM_VERBS = re.compile(
    "|".join([*(f"{word} on" for word in PLATFORM_WORDS), " late on", " early on"])
)


def find_platforms(finder: InstitutionFinder) -> None:
    """ "said on Twitter", "wrote on Facebook", "told viewers on CNN": where someone spoke."""
    text = finder.text
    if not holds_phrase(PLATFORM_VERBS, text):  # (a pass for " on", see `holds_phrase`)
        return
    for match in PLATFORM_AFTER_VERB.finditer(text):
        name = match["name"]
        acronym = name.isupper()
        if (
            # a word is a platform's name only if it is one ("announced on Christmas",
            # "commented on Brexit", "wrote on Gaza" are topics and days); an acronym is an
            # outlet unless it is one of a few others ("said on TV")
            (not acronym and name not in PLATFORMS)
            or name in NOT_OUTLET_ACRONYMS
            or name.lower() in MONTHS
            or name.lower() in WEEKDAYS
            or name in countries()
            or name.lower() in nationalities()
            or name.upper() in dateline_cities()
            or name in sentence_words()
            or name in surnames()  # "commented on Crutcher": a person named before
            or finder.index.overlaps(match.start("name"), match.end("name"))
        ):
            continue
        finder.add_named(name, "media outlet" if acronym else "company")


# Where news names its source outlet in passing:
# "..., reports BSS.": a report's outlet named after it, closing the sentence;
# "told an interviewer on France 2 television", "said on BBC Radio 4": a broadcaster;
# "Daily Maverick (Johannesburg)": an outlet and its city, a syndicated story's first line.
_OUTLET_NAME = r"(?P<name>[A-Z][\w&.-]*(?: [A-Z0-9][\w&.-]*){0,3}?)"
OUTLET_MENTIONS = (
    # (after "writes", an outlet's shape only: "..., writes Krugman." is a columnist's)
    (
        re.compile(
            rf", (?:reports|reported) {_OUTLET_NAME}\.(?:\s|$)"
            r"|, (?:writes|wrote) (?P<written>[A-Z]{2,6}|The [A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2})"
            r"\.(?:\s|$)"
        ),
        (", rep", ", wr"),
    ),
    (
        # ("told France 2 television", "speaking to Radio Free Asia": one speaks to an outlet)
        re.compile(rf"\b(?:on|told|to|with) {_OUTLET_NAME} (?:television|TV|radio)\b"),
        (" television", " TV", " radio"),
    ),
    (
        re.compile(rf"^{_OUTLET_NAME} \((?P<city>[A-Z][\w .-]{{1,30}})\)[ \t]*$", re.MULTILINE),
        (")\n",),
    ),
)


def find_outlet_mentions(finder: InstitutionFinder) -> None:
    """ "..., reports BSS.", "on France 2 television", "Daily Maverick (Johannesburg)"."""
    text = finder.text
    for pattern, words in OUTLET_MENTIONS:
        for match in finditer_holding(pattern, text, words):
            group = "written" if match.groupdict().get("written") else "name"
            name = match[group]
            if "city" in match.groupdict() and (
                match["city"].upper() not in dateline_cities() or match.start() > NAME_WINDOW * 4
            ):
                continue  # ("Jane Roe (Reuters)": only a city says the line is the outlet's)
            if (
                name in countries()
                or name.split()[0] in sentence_words()
                or name.upper() in dateline_cities()
                or name.split()[0] in given_names()
                or name.split()[-1] in surnames()  # "..., writes Krugman.": a columnist
                # "on Spanish-language television", "on French radio", "on Iowa radio"
                or name.endswith("-language")
                or name in nationalities()
                or name in us_states()
                or finder.index.overlaps(match.start(group), match.end(group))
            ):
                continue
            finder.add_named(name, "media outlet")


def find_compounds(finder: InstitutionFinder) -> None:
    """ "Bundesbank": one capitalized word that ends in an organisation word, standing alone."""
    text = finder.text
    for match in finditer_word(_compound_heads(), text):
        start, end = match.span()
        before = text[max(0, start - 12) : start]
        # "Ms Fairbank", "Anna Fairbank": a surname after an honorific or a first name is a
        # person's; "The Bundesbank" is not
        previous = before.split()[-1] if before.endswith(" ") and before.strip() else ""
        if previous.rstrip(".") in honorifics() or (
            CAPITALIZED_RUN_AT_END.fullmatch(previous)
            and _is_name_word(previous)
            and not previous.endswith(("'s", "’s"))  # "Germany's Bundesbank"
        ):
            continue
        if finder.index.overlaps(start, end):
            continue
        head = next(h for h in institution_heads() if match.group().lower().endswith(h))
        finder.add_named(match.group(), institution_heads()[head])


def find_nationality_bodies(finder: InstitutionFinder) -> None:
    """ "the Israeli defence ministry": an organisation named in lowercase after a nationality."""
    from pipeline.entities.institutions import kind_of  # (that module imports this one)

    matches = list(finditer_the(_nationality_body(), finder.text))
    heads = {match["name"].rsplit(" ", 1)[1] for match in matches}
    # "the German central bank" after "Bundesbank": a description of the one-word name whose
    # organisation word it ends with, not another body
    compounds = {
        head: record
        for record in list(finder.records.values())
        if " " not in record.name
        for head in heads
        if len(record.name) > len(head) and record.name.lower().endswith(head)
    }
    for match in matches:
        start, end = match.span("name")
        if finder.index.overlaps(start, end):
            continue
        record = compounds.get(match["name"].rsplit(" ", 1)[1])
        if record is None:
            if kind_of(match["name"]) not in STATE_KINDS:
                continue  # "the Chinese company", "the British party": one of many, no name
            record = finder._record(match["name"])
        finder._mention(start, end, record)


@cache
def _kind_noun_before() -> re.Pattern[str]:
    """ "investment firm Spear Street", "television channel LCI": a noun of one kind of
    organisation (rules/descriptions.csv) right before a capitalized name."""
    # ("group" is a company's word, but "the rebel group Hamas" is none)
    nouns = [noun for noun, kinds in descriptions().items() if _a_named_kind(noun, kinds)]
    return re.compile(rf"\b(?P<noun>{trie_regex(nouns)}) (?=[A-Z])")


@cache
def _capitalized_kind_nouns() -> frozenset[str]:
    """The nouns of `_kind_noun_before`, capitalized: "Retailer Walmart reported", opening a
    sentence."""
    return frozenset(
        noun.capitalize()
        for noun, kinds in descriptions().items()
        if _a_named_kind(noun, kinds) and " " not in noun
    )


# Nouns of organisations too wide to name one right after them: "the rebel group Hamas",
# "the governing body" of anything
WIDE_KIND_NOUNS = frozenset({"group", "body"})


def _a_named_kind(noun: str, kinds: frozenset[str]) -> bool:
    """Whether a description's noun names the organisation right after it: "investment firm
    Spear Street", "television channel LCI", "football club Arsenal"."""
    return (
        kinds in ({"company"}, {"media outlet"}, {"organization"}) and noun not in WIDE_KIND_NOUNS
    )


@cache
def _capitalized_kind_noun_before() -> re.Pattern[str]:
    return re.compile(rf"(?P<noun>{trie_regex(_capitalized_kind_nouns())}) (?=[A-Z])")


def _capitalized_kind_nouns_before(text: str) -> Iterator[re.Match[str]]:
    """ "Retailer Walmart": a kind's noun capitalized before a name, where a sentence opens
    (not "the Daily Caller"; tried only where such a word starts: `capitalized_starts`)."""
    starts = capitalized_starts(text, _capitalized_kind_nouns())
    if starts is None:
        return iter(())
    return (
        match
        for start in starts
        if (start == 0 or SENTENCE_END_BEFORE.search(text, max(0, start - 3), start))
        and (match := _capitalized_kind_noun_before().match(text, start))
    )


@cache
def _singular_kind_nouns() -> dict[str, str]:
    """The plurals of the nouns of `_a_named_kind`, each to its noun."""
    return {
        plural(noun): noun
        for noun, kinds in descriptions().items()
        if _a_named_kind(noun, kinds) or noun == "group"
    }


# What opens a list after a kind's plural: "firms such as ", "platforms including "
LIST_OPENINGS = re.compile(" such as | including | like ")
WORD_BEFORE_OPENING = re.compile(r"(?<![\w-])(?P<nouns>[A-Za-z]+),?$")
LIST_NOUN_REACH = 30  # characters before a list's opening its noun is read in


def _kind_lists(text: str) -> Iterator[tuple[str, int]]:
    """ "firms such as ", "platforms including ", "Lenders like ": each kind's plural opening a
    list of names, as the noun and where the list starts; the openings found first (rare), and
    the word before each looked up (a pattern of every plural was tried at every word)."""
    for opening in anchor_starts(LIST_OPENINGS, text):
        end = LIST_OPENINGS.match(text, opening).end()
        if not text[end : end + 1].isupper():
            continue
        word = WORD_BEFORE_OPENING.search(text, max(0, opening - LIST_NOUN_REACH), opening)
        noun = word and _singular_kind_nouns().get(word["nouns"].lower())
        if noun:
            yield noun, end


LIST_SEPARATOR = re.compile(r",? (?P<last>and|or) |, (?P<and>and )?")


def _list_members(text: str, start: int) -> Iterator[re.Match[str]]:
    """The capitalized runs of a list from `start`: "Facebook, X, and LinkedIn" (the list ends
    at the name after "and" or "or": "firms such as A and B, Minister Jo Roe said")."""
    while run := CAPITALIZED_RUN.match(text, start):
        yield run
        separator = LIST_SEPARATOR.match(text, run.end())
        if separator is None or not text[separator.end() : separator.end() + 1].isupper():
            return
        if separator["last"] or separator["and"]:
            if last := CAPITALIZED_RUN.match(text, separator.end()):
                yield last
            return
        start = separator.end()


# "declined to comment", "did not immediately respond to a request for comment"
NO_COMMENT_AFTER = re.compile(
    r" (?:declined to comment|did not (?:immediately )?(?:respond|reply) to"
    r" (?:a |an |emailed |multiple |several )?requests? for comment)"
)


# A sentence's end or a line break just before: where a capitalized noun opens a sentence
SENTENCE_END_BEFORE = re.compile(r"(?:[.!?][\"”’]?\s+|\n\s*)$")
JOINER_BEFORE = re.compile(r"\b(?:of|for|and|&|de) $")
PEOPLE_GROUP_WORDS = frozenset(read_list("people_group_words.txt"))


@cache
def _kind_noun_after() -> re.Pattern[str]:
    """ ", a trade group representing", ", an advocacy group," ", the country's largest lender,":
    a comma, an article or a possessive, up to three modifiers and the noun of a kind of
    organisation (rules/descriptions.csv), which the clause then goes on to describe."""
    nouns = trie_regex(list(descriptions()))
    return re.compile(
        # (the modifiers no preposition: ", a spokesman for the agency," describes a person)
        rf"\b, (?:an?|the|[Tt]he [\w-]+['’]s) (?:(?!(?:for|of|at|to|with|from|by|in|on)\s)[\w-]+ ){{0,3}}?"
        rf"(?P<noun>{nouns})"
        r"(?=[,;.]| (?:representing|based|that|which|with|founded|owned|backed|led|in|whose|of)\b)"
    )


# An acronym after a space, for `_acronyms_after_a_kind_noun` ("U.S." and "AT&T" are none;
# the space first makes the scan fast)
ACRONYM_WORD = re.compile(r" (?P<acronym>[A-Z]{2,6})\b(?![-&]|\.[A-Z])")


def _acronyms_after_a_kind_noun(text: str) -> Iterator[tuple[re.Match[str], str]]:
    """ "the national statistics institute INSEE", "the regulator SEBI": each acronym right
    after the noun of an organisation's kind (one not read by `_kind_noun_before`), with that
    noun; the acronyms are found first, and the word before each looked up."""
    nouns = descriptions()
    for match in ACRONYM_WORD.finditer(text):
        start = match.start()  # the space
        space = text.rfind(" ", max(0, start - 40), start)
        noun = text[space + 1 : start]
        if noun in nouns and noun != "group":
            yield match, noun


SPEAKING_VERBS = re.compile("said|says|reported|announced")
# Capitalized words after "the" in small letters: "the Kremlin", "the Jamaica Observer"
THE_AND_RUN = re.compile(rf"\bthe (?P<run>{NAME_WORD}(?: {NAME_WORD}){{0,3}})")


def _names_after_the(finder: InstitutionFinder) -> frozenset[str]:
    """Every run of capitalized words the article writes after "the" in small letters, and
    each of its openings ("the Kremlin spokesman": "Kremlin"), read in one scan of the text
    and kept on the finder."""
    if finder.names_after_the is None:
        names = set()
        for match in finditer_word(THE_AND_RUN, finder.text):
            words = match["run"].split()
            names.update(" ".join(words[:count]) for count in range(1, len(words) + 1))
        finder.names_after_the = frozenset(names)
    return finder.names_after_the


def _a_newspapers_name(name: str, text: str, verb: int) -> bool:
    """Whether "The" + `name` names a newspaper, "The" its own: a newspaper's word ends it
    ("The Jamaica Observer", "The Post") or it "reported" ("The Ledger reported")."""
    last = name.rsplit(" ", 1)[-1].lower()
    return (
        institution_heads().get(last) == "media outlet"
        or last in NEWSPAPER_WORDS
        or text.startswith("reported", verb)
    )


# Words that end newspapers' names and are no organisation word elsewhere
NEWSPAPER_WORDS = frozenset(
    {"observer", "gleaner", "ledger", "chronicle", "telegraph", "guardian", "independent"}
    | {"standard", "express", "globe", "mirror", "courier", "examiner", "inquirer", "star"}
    | {"sun", "mail", "record", "dispatch", "bulletin", "nation", "hindu", "economist"}
)


THE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he $")


def _a_speaking_bodys_name(name: str) -> bool:
    """Whether `name`, said to speak after "the", names an organisation: not "the President",
    "the Constitution says", "the United States said", "the Americans said", "the Democrat
    said" (a title, a document or law, a place, a people, a member of a party)."""
    words = name.split()
    first, last = words[0], words[-1].lower()
    return not (
        any(word.lower() in titles() for word in words)  # ("the Ukrainian President said")
        or first.rstrip(".") in honorifics()
        # ("the UK's Jane Roe said": a person, and the possessive someone's)
        or any(word in given_names() for word in words[:-1])
        or any(word.endswith(("'s", "’s")) for word in words)
        or last in law_heads()
        or last in document_nouns()
        or name in countries()
        or (
            len(words) == 1
            and (
                a_places_word(first)
                # ("the Palestinians said", "the Kurds", "the Tories", "the Democrats": a
                # plural names people, a people, a faith or a party's members)
                or first.endswith("s")
                or last in speaker_nouns()  # (not "the Jamaica Observer")
            )
        )
        or any(word.lower() in WEEKDAYS or word.lower() in MONTHS for word in words)
    )


def _names_no_pollster(name: str) -> bool:
    """Whether a name before "poll" or after "compiled by" is a place's, a people's, a date's or
    a family name ("the Kenyan survey", "the Iowa poll", "a Christmas survey", "compiled by
    Jones"), not an organisation's."""
    first = name.split()[0]
    return (
        first in nationalities()
        or name in countries()
        or first in non_name_words()
        or first in us_states()
        or first.upper() in dateline_cities()
        or (" " not in name and name in surnames())
    )


def _follows_a_name_word(finder: InstitutionFinder, word: str) -> bool:
    """Whether `word` comes anywhere right after a capitalized word that could be part of a
    name ("Jane Roe ... a Roe survey": a surname), not after "The" or "A" opening a sentence."""
    if not finder._after_a_capitalized_word(word):
        return False
    text = finder.text
    for start, _ in finder.occurrences.of(word):
        before = text[max(0, start - 30) : start]
        previous = before.split()[-1] if before.endswith(" ") and before.strip() else ""
        if (
            previous[:1].isupper()
            and previous.lower() not in function_words()
            and not HYPHENED_ADJECTIVE.fullmatch(previous)  # ("Long-standing FECAFOOT")
        ):
            return True
    return False


def _before_a_capitalized_word(finder: InstitutionFinder, name: str) -> bool:
    """Whether `name` comes anywhere right before a capitalized word ("Oxfam International")."""
    text = finder.text
    return any(
        text.startswith(" ", end) and text[end + 1 : end + 2].isupper()
        for _, end in finder.occurrences.of(name)
    )


def a_places_word(word: str) -> bool:
    """A word of a place's or a people's name, never an organisation's whole name: a country,
    a nationality, a US state, a dateline city, a word that opens places' names."""
    return (
        word in countries()
        or word in nationalities()
        or word in us_states()
        or word.upper() in dateline_cities()
        or word in PLACE_WORDS
    )


def _not_a_company_word(word: str) -> bool:
    """Whether a capitalized word before a company officer's title is one of the title's own
    ("Former", "Acting", "Deputy", "Group"), a nationality's or a common word, not a name."""
    lowered = word.lower()
    return (
        word in nationalities()
        or lowered in titles()
        or lowered in title_modifiers()
        or lowered in function_words()
        or word in sentence_words()
        or lowered in institution_heads()
        or lowered in OFFICER_MODIFIERS
        or word in portfolio_words()
    )


# Words in capitals that are no organisation's acronym after an organisation's noun
NOT_ACRONYMS = frozenset({"NOT", "AND", "THE", "VC", "MD", "GM", "PRO"})
# Words that qualify a company's officer and are no company's name
OFFICER_MODIFIERS = frozenset(
    {"former", "acting", "interim", "outgoing", "incoming", "new", "group", "global", "regional"}
)


@cache
def _company_officer_before_name() -> re.Pattern[str]:
    """A company's office (rules/office_kinds.csv: "CEO", "chief executive") written after a
    word and before a capitalized name, as in "Safaricom CEO Bob Collymore"."""
    offices = [row["title"] for row in read_table("office_kinds.csv") if row["kind"] == "company"]
    # (as written: "CEO", "chief executive", "Chief Executive"; a case-sensitive pattern is
    # searched for its first letters, a case-insensitive one tried at every position)
    written = {form for office in offices for form in (office, office.title(), office.upper())}
    # ("Google spokesman Jose Castaneda", "Nomura economist Aiko Sato": an employee's title)
    written |= set(EMPLOYEE_TITLES)
    # (and the staff titles `_staff_employers` reads, also capitalized as a title before a
    # name is: "Kaizer Chiefs Coach Steve Komphela", "Airbus Vice President Hadi Akoum"; one
    # scan finds both)
    written |= {form for title in STAFF_TITLES for form in (title, _capitalized(title))}
    return re.compile(rf"\b(?:{trie_regex(written)})(?= [{CAPITAL}][a-z])")


STAFF_TITLES = frozenset(read_list("staff_titles.txt"))


# A lowercase particle inside a place's or a person's name, right before a capitalized word
PARTICLE_BEFORE = re.compile(r"\b(?:de|da|do|del|des|du|es|el|la|le|al|van|von|di) $")


@cache
def _place_names() -> frozenset[str]:
    """Names of places that are no organisation's, for the names before an organisation's
    officer: countries and regions in English (CLDR through babel: "Kosovo", "Eastern
    Africa"), the states, provinces and regions of ISO 3166-2 (pycountry: "Scotland",
    "Quebec", "Western Cape") and the cities of datelines ("Cape Town")."""
    import pycountry
    from babel import Locale

    from pipeline.extract.article_country import dateline_cities

    names = {*countries(), *Locale("en").territories.values()}
    names |= {subdivision.name for subdivision in pycountry.subdivisions}
    names |= {city.title() for city in dateline_cities()}
    # (as English news writes them, without their accents: "Quebec" of "Québec")
    names |= {
        "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
        for name in names
    }
    return frozenset(names)


def _a_places_name(name: str, words: list[str]) -> bool:
    """Whether `name` ("Kosovo", "Cape Town", "Middle East") is a place's, or ends with a
    place's word before a word of a place's division ("Manhattan Borough", "Nairobi County")."""
    if name in _place_names():
        return True
    if len(words) > 1 and words[-1].lower() in PLACE_DIVISIONS:
        return " ".join(words[:-1]) in _place_names() or a_places_word(words[-2])
    return False


# Words after a place's name that name one of its divisions, not an organisation
PLACE_DIVISIONS = frozenset(
    {"county", "borough", "province", "region", "city", "district", "state", "municipality"}
)


def _capitalized(title: str) -> str:
    """ "vice president" -> "Vice President", "secretary-general" -> "Secretary-General"."""
    return " ".join(
        "-".join(part[:1].upper() + part[1:] for part in word.split("-")) for word in title.split()
    )


# Up to two lowercase words of a staff title before its head ("science director", "head coach")
STAFF_MODIFIERS_AT_END = re.compile(r"(?<![\w'’.-])(?:[a-z][a-z-]* ){1,2}$")
# A capitalized word hyphened to a lowercase one, an adjective ("Long-standing", "Well-known"),
# where a name's parts are both capitalized ("Rolls-Royce")
HYPHENED_ADJECTIVE = re.compile(r"[A-Z][a-z]*-[a-z][\w-]*")
STAFF_NAME_WORDS = 3  # words of an organisation's name before a staff title, at most


@cache
def _staff_title_forms() -> frozenset[str]:
    """The staff titles and the company officers' titles in lowercase ("chief economist")."""
    offices = [row["title"] for row in read_table("office_kinds.csv") if row["kind"] == "company"]
    return frozenset({*STAFF_TITLES, *(office for office in offices if office.islower())})


def _staff_employers(
    finder: InstitutionFinder,
    titles_before_names: list[re.Match[str]],
    follows: dict[str, bool],
    employers: dict[str, bool],
) -> Iterator[re.Match[str]]:
    """ "Ocean Census science director Alex Rogers", "Kaizer Chiefs coach Steve Komphela": the
    capitalized name before a staff title (rules/staff_titles.txt, or a company officer's title
    in lowercase; with up to two lowercase words before it) and a person's name, when no word of
    it is a title's, a place's, a people's or a given name, and it follows no other capitalized
    word elsewhere (a family name: "Jane Roe ... Roe coach"). (Not an employee's title,
    "staffer", "spokesman": a person's name is as often before those, "Mitt Romney staffer".)"""
    text = finder.text
    for match in titles_before_names:
        if match.group().lower() not in _staff_title_forms():
            continue
        end = match.start() - 1
        words = STAFF_MODIFIERS_AT_END.search(text, max(0, end - 30), match.start())
        if words is not None:
            if any(word in function_words() for word in words.group().split()):
                continue  # ("13 Hours by famed director Michael Bay")
            end = words.start() - 1
        if end < 1 or text[end] != " ":
            continue
        run = CAPITALIZED_RUN_AT_END.search(text, max(0, end - 60), end)
        if run is None or run.end() != end:
            continue
        names = run.group().split()
        if len(names) > 1 and (names[0] == "The" or HYPHENED_ADJECTIVE.fullmatch(names[0])):
            # "Long-standing FECAFOOT President", "The FECAFOOT president": an adjective or
            # the article opening the sentence
            run = CAPITALIZED_RUN_AT_END.search(text, run.start() + len(names[0]) + 1, end)
            if run is None or run.end() != end:
                continue
            names = run.group().split()
        if (
            len(names) > STAFF_NAME_WORDS
            or names[0] in given_names()
            or names[0].rstrip(".") in honorifics()
            or any(_not_a_company_word(word) or a_places_word(word) for word in names)
            # ("Australia coach", "Kosovo President", "Cape Town Leader", "East Africa
            # Director-General": a place's team or office)
            or _a_places_name(run.group(), names)
            # ("Newly Appointed President", "Democratically Elected President": a description)
            or (len(names) > 1 and names[0].endswith("ly"))
            # ("Rio de Janeiro Leader", "Dar es Salaam coach": the end of a longer name)
            or PARTICLE_BEFORE.search(text, max(0, run.start() - 5), run.start())
            # ("Team Leader", "Party president": the noun of a kind, no name)
            or (len(names) == 1 and names[0].lower() in descriptions())
            # ("Murphy's spokeswoman", "Mitt Romney adviser": a person's)
            or run.group().endswith(("'s", "’s"))
            or names[-1] in surnames()
            # (one word, as after a company's officer: "Conservative commentator" is an adjective)
            or (len(names) == 1 and not _an_employers_name(finder, names[0], employers))
        ):
            continue
        if names[0] not in follows:
            follows[names[0]] = _follows_a_name_word(finder, names[0])
        if not follows[names[0]]:
            yield run


# A name in parentheses: capitalized words or a number ("Eesti 200"), and the parenthesis closed
PARENTHESISED_NAME = re.compile(rf"\((?P<name>{NAME_WORD}(?: (?:{NAME_WORD}|\d+)){{0,3}})\)")
# Words in parentheses after a name that say where a person stands in a photograph, or credit it
NOT_AN_AFFILIATION = frozenset(
    {
        "left",
        "right",
        "centre",
        "center",
        "front",
        "back",
        "top",
        "bottom",
        "middle",
        "inset",
        "pictured",
        "file",
        "photo",
        "photos",
        "picture",
        "video",
        "above",
        "below",
        "second",
        "third",
    }
)


def _parenthesised_after_names(text: str) -> Iterator[tuple[str, int, str]]:
    """ "Mayor Jevgeni Ossinovski (SDE) said", "Jo Roe (Eesti 200)": the organisation, most
    often the party, a news story writes in parentheses after a person's name (a given name
    among its first words): an acronym, a name with a number or one ending in an
    organisation's word. Not a place, a country's code ("Carlos Alcaraz (ESP)"), a title
    ("(CEO)"), a date's word, one letter ("(D)"), a photograph's credit ("(AFP)") nor where its
    person stands ("(left)")."""
    at = text.find(" (")
    while at != -1:
        match = PARENTHESISED_NAME.match(text, at + 1)
        at = text.find(" (", at + 2)
        if match is None:
            continue
        name = match["name"]
        person = CAPITALIZED_RUN_AT_END.search(text, max(0, match.start() - 60), match.start() - 1)
        if person is None or person.end() != match.start() - 1:
            continue
        person_words = person.group().split()
        words = name.split()
        initials = "".join(word[0] for word in person_words).upper()
        if (
            not (
                # an acronym, a name with a number ("Eesti 200") or an organisation's head word
                # ("Labour Party"): not "(Laughter)", "(Bath)", "(Hermione Granger)", "(Retd)"
                PARENTHESISED_ACRONYM.fullmatch(name)
                or any(word.isdigit() for word in words)
                or words[-1].lower() in institution_heads()
            )
            or name in _photo_credits()
        ):
            continue
        if (
            len(person_words) < 2
            # ("Consumer Price Indices (CPI)": the words' acronym, no person's)
            or (name.isupper() and any(initials[i:] == name for i in range(len(initials) - 1)))
            or not any(word in given_names() for word in person_words[:-1])
            or any(word.lower() in institution_heads() for word in person_words)
            or len(name) < 2
            or name.isdigit()
            or any(
                word.lower() in NOT_AN_AFFILIATION
                or word.lower() in titles()
                or word in post_nominals()  # ("Jo Roe (MP)", "(QC)")
                or word in non_name_words()
                or word.lower() in MONTHS
                or word.lower() in WEEKDAYS
                for word in words
            )
            or all(a_places_word(word) for word in words)
            or _a_countrys_code(name)
        ):
            continue
        yield name, match.start("name"), match.end("name")


PARENTHESISED_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}")


@cache
def _photo_credits() -> frozenset[str]:
    """Agencies a photograph's caption credits in parentheses after a person's name ("Jo Roe
    (AFP)"): the news agencies (rules/news_agencies.txt) and the photo agencies whose letters
    are also other things'."""
    return frozenset(read_list("news_agencies.txt")) | PHOTO_AGENCIES


PHOTO_AGENCIES = frozenset({"AP", "PA", "EPA", "AAP", "ANI", "PTI", "IANS", "Getty Images"})


def _a_countrys_code(name: str) -> bool:
    """ "ESP", "GB", "USA": a country's code of two or three letters (ISO 3166, or the Olympic
    code sports results write, most of which are ISO's too)."""
    import pycountry

    return (
        2 <= len(name) <= 3
        and name.isupper()
        and (pycountry.countries.get(alpha_2=name) or pycountry.countries.get(alpha_3=name))
        is not None
    )


def _an_employers_name(finder: InstitutionFinder, name: str, judged: dict[str, bool]) -> bool:
    """ "Google spokesman Jose Castaneda": one word before an employee's title ("Mitt Romney
    spokesman", "Murphy’s spokeswoman", "Jane spokeswoman" are a person's), never written in
    lowercase ("conservative") and written once at least where no sentence starts
    ("Conservative economist Jane Roe" opening a sentence is an adjective)."""
    if name not in judged:  # (asked once per name: the answer reads every mention)
        judged[name] = (
            " " not in name
            and not name.endswith(("'s", "’s"))
            and name not in given_names()
            and not finder.occurrences.of(name.lower())
            and _written_mid_sentence(finder, name, {})
        )
    return judged[name]


LOWERCASE_WORD_BEFORE = re.compile(r"[a-z] $")
# Before a one-word name, what makes it a person's: an honorific ("Mr. Roe", "Sen. Roe"), an
# initial ("Gregory W. Meeks") or a particle ("Ahmed al Ashry")
PERSON_WORD_BEFORE = re.compile(
    r"(?:\b(?P<honorific>[A-Z][a-z]{1,4})\.?|\b[A-Z]\.|\b(?:al|el|de|da|di|du|van|von|bin|le|la)) $"
)
# The rest of a sentence after its verb of saying, read for the pronoun that takes up the
# speaker: "Boeing said it had", "McConnell said he would"
CLAUSE_AFTER = re.compile(r"[^.!?\n]{0,200}")
IT_WORD = re.compile(r"\b(?:it|its|it['’]s)\b")
HE_OR_SHE_WORD = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b", re.IGNORECASE)


def _a_bare_speakers_name(
    finder: InstitutionFinder,
    run: re.Match[str],
    verb_end: int,
    mid: dict[str, bool],
    persons: dict[str, bool],
) -> bool:
    """Whether one capitalized word said to speak names an organisation, as the pronoun that
    takes it up says ("Boeing said it had won 40 orders"; not "McConnell said he would"): no
    given or family name the lists hold, a word the article never writes after another
    capitalized word, an honorific, an initial or a particle ("Jane Roe ... Roe said", "Mr.
    Roe"), nor a place's, a title's or a common word's ("Officials said": written only where a
    sentence starts), nor after a word in small letters ("in Philadelphia said")."""
    word, text = run.group(), finder.text
    if (
        " " in word
        or len(word) < 3
        or "'" in word
        or "’" in word
        or word in given_names()
        or word in surnames()
        or GAELIC_FAMILY_NAME.fullmatch(word)
        or word in non_name_words()
        or _not_a_company_word(word)
        or a_places_word(word)
        or LOWERCASE_WORD_BEFORE.search(text, max(0, run.start() - 2), run.start())
    ):
        return False
    clause = CLAUSE_AFTER.match(text, verb_end).group()
    if not IT_WORD.search(clause) or HE_OR_SHE_WORD.search(clause):
        return False
    return (
        _written_mid_sentence(finder, word, mid)
        and not finder._after_a_capitalized_word(word)
        and not _written_as_a_persons(finder, word, persons)
    )


def _written_as_a_persons(finder: InstitutionFinder, word: str, judged: dict[str, bool]) -> bool:
    """Whether the article writes `word` after an honorific, an initial or a particle once at
    least (asked once per word: the answer reads every mention)."""
    if word not in judged:
        text = finder.text
        judged[word] = False
        for start, _ in finder.occurrences.of(word):
            before = PERSON_WORD_BEFORE.search(text, max(0, start - 7), start)
            if before and (not before["honorific"] or before["honorific"] in honorifics()):
                judged[word] = True
                break
    return judged[word]


def _written_mid_sentence(finder: InstitutionFinder, name: str, judged: dict[str, bool]) -> bool:
    """Whether the article writes `name` once at least where no sentence starts (asked once per
    name: the answer reads every mention)."""
    if name not in judged:
        judged[name] = any(
            start > 0
            and SENTENCE_OPENING_BEFORE.search(finder.text, max(0, start - 4), start) is None
            for start, _ in finder.occurrences.of(name)
        )
    return judged[name]


def find_by_context(finder: InstitutionFinder) -> None:
    """ "Airbnb said in a statement", "Airbnb's shares", "shares of Airbnb": what a company does."""
    text = finder.text
    # each name, where it was read first and the kind of organisation it is
    names: dict[str, tuple[int, int, str]] = {}
    introduced: set[str] = set()  # named right after the noun of their kind
    named_with_the: set[str] = set()  # "The Ledger reported": "The" of the name
    for match in finditer_holding(SHARES_AFTER, text, SHARES_WORDS):
        run = _run_before(text, match.start(), 60)
        if run:
            names.setdefault(run.group(), (*run.span(), "company"))
    for match in finditer_anchored(CONTEXT_BEFORE, text, SHARES_OF, (1,)):
        run = CAPITALIZED_RUN.match(text, match.end())
        if run:
            names.setdefault(run.group(), (*run.span(), "company"))
    for match in finditer_anchored(SURVEYED_BY, text, SURVEYED_VERBS, (0,)):
        run = CAPITALIZED_RUN.match(text, match.end())
        # one word or an acronym: "polled by Jane Roe" names a person
        if (
            run
            and (" " not in run.group() or run.group().isupper())
            and not finder._after_a_capitalized_word(run.group())
            and not _names_no_pollster(run.group())
        ):
            names.setdefault(run.group(), (*run.span(), "organization"))
    follows: dict[str, bool] = {}  # `_follows_a_name_word`, by word
    employers: dict[str, bool] = {}  # `_an_employers_name`, by name
    mid: dict[str, bool] = {}  # `_written_mid_sentence`, by name
    persons: dict[str, bool] = {}  # `_written_as_a_persons`, by word
    for match in finditer_holding(POLL_AFTER, text, POLL_WORDS):
        run = _run_before(text, match.start(), 60)
        if run and run.group().startswith(("The ", "A ", "An ")):  # "The Gallup poll"
            run = CAPITALIZED_RUN.match(text, run.start() + run.group().index(" ") + 1)
        if run and run.group().endswith(("'s", "’s")):  # "The Fed's survey": its owner
            run = CAPITALIZED_RUN.match(text, run.start(), run.end() - 2)
        article = run and ARTICLE_BEFORE_RUN.search(text, max(0, run.start() - 4), run.start())
        # "Rock the Vote survey": the article inside a longer name
        if not article or WORD_BEFORE.search(text, max(0, article.start() - 30), article.start()):
            continue
        first = run.group().split()[0]
        if _names_no_pollster(run.group()):
            continue  # "The Kenyan survey", "the Iowa poll", "a Christmas survey"
        if first not in follows:
            follows[first] = _follows_a_name_word(finder, first)
        if not follows[first]:
            names.setdefault(run.group(), (*run.span(), "organization"))
    longer: dict[str, bool] = {}  # `_before_a_capitalized_word`, by name
    for match in finditer_holding(OWNED_REPORT, text, OWNED_WORDS):
        run = _run_before(text, match.start(), 60)
        if run and run.group().startswith("The "):  # "The Fed's report"
            run = CAPITALIZED_RUN.match(text, run.start() + len("The "), match.start())
        if not run or run.end() != match.start():
            continue
        first = run.group().split()[0]
        if (
            _names_no_pollster(run.group())  # "Germany's data", "Monday's report", "Smith's"
            or first in given_names()
            or first.rstrip(".") in honorifics()
            or _not_a_company_word(first)  # ("Deputy", "Former", "National")
            # ("Following Wednesday's report", "the March 2024 survey")
            or any(
                word.lower() in WEEKDAYS or word.lower() in MONTHS for word in run.group().split()
            )
            or (" " not in run.group() and a_places_word(first))
        ):
            continue
        if first not in follows:  # (a surname of someone named in full: "Mueller's report")
            follows[first] = _follows_a_name_word(finder, first)
        # (not "Oxfam's report" after "Oxfam International": the short form of a longer name,
        # which the rules of short forms take to it; asked once per name, as it reads every
        # mention)
        if run.group() not in longer:
            longer[run.group()] = _before_a_capitalized_word(finder, run.group())
        if not follows[first] and not longer[run.group()]:
            names.setdefault(run.group(), (*run.span(), "organization"))
            introduced.add(run.group())  # ("Amnesty International": words no person's name holds)
    makers = finditer_holding(MAKER_BEFORE, text, MAKER_WORDS)
    for matches in (
        makers,
        finditer_word(_kind_noun_before(), text),
        _capitalized_kind_nouns_before(text),
    ):
        for match in matches:
            run = CAPITALIZED_RUN.match(text, match.end())
            # not "company Chairman John Chen": a title opens no company's name; nor "mail
            # carrier John Smith", "basketball giant Shaquille O'Neal": a given name opens a
            # person's ("sugar supplier Florida": a place alone is none)
            words = run.group().split() if run else [""]
            first = words[0]
            noun = match.groupdict().get("noun")
            maker = match.group().strip().lower()  # ("lawmaker Jo Roe", "filmmaker": people)
            if (
                run
                and maker not in titles()
                and maker not in occupations()
                and first.lower() not in titles()
                # (a given name and a name-like word: not "firm Pier Street")
                and not (
                    first in given_names() and len(words) > 1 and words[-1] not in non_name_words()
                )
                and not (len(words) == 1 and a_places_word(first))
            ):
                kind = min(descriptions()[noun.lower()]) if noun else "company"
                names.setdefault(run.group(), (*run.span(), kind))
                introduced.add(run.group())
    # "platforms such as Facebook, X and LinkedIn", "lenders including Barclays and HSBC":
    # each name of a list its kind's noun opens
    for noun, list_start in _kind_lists(text):
        # ("groups such as ...": a group listed is rarely a company, as after a name)
        kind = "organization" if noun == "group" else min(descriptions()[noun])
        for run in _list_members(text, list_start):
            words = run.group().split()
            if not (
                words[0].lower() in titles()
                or _title_opens(text, run.start())  # ("Finance Minister Jane Roe")
                or words[0].rstrip(".") in honorifics()
                or (len(words) > 1 and words[0] in given_names())
                or (len(words) == 1 and a_places_word(words[0]))
                or run.group() in countries()
            ):
                names.setdefault(run.group(), (*run.span(), kind))
    for acronym, noun in _acronyms_after_a_kind_noun(text):
        # (not "the ministry NOT": a word in capitals; nor "party MP", "university VC",
        # "company CEO": a member's title)
        written = acronym["acronym"]
        if not (
            written.lower() in function_words()
            or written.lower() in titles()
            or written in post_nominals()
            or written in NOT_ACRONYMS
        ):
            kind = min(descriptions()[noun])
            names.setdefault(acronym["acronym"], (*acronym.span("acronym"), kind))
            introduced.add(acronym["acronym"])
    titles_before_names = list(finditer_word(_company_officer_before_name(), text))
    for match in titles_before_names:
        if match.group().lower() in STAFF_TITLES:
            continue  # (read by `_staff_employers`, below)
        # "Safaricom CEO Bob Collymore", "Tesla chief executive Elon Musk": the name a
        # company's officer is titled by, one or two words that never follow another
        # capitalized word ("Jane Roe ... Roe CEO" would be a surname)
        run = CAPITALIZED_RUN_AT_END.search(text, max(0, match.start() - 40), match.start() - 1)
        if (
            run
            and run.end() == match.start() - 1
            and text[run.end()] == " "
            and run.group().count(" ") <= 1
            and not run.group().isupper()  # "IMF Managing Director": acronyms are read apart
            and not any(_not_a_company_word(word) for word in run.group().split())
            and (
                match.group() not in EMPLOYEE_TITLES
                or _an_employers_name(finder, run.group(), employers)
            )
        ):
            name, (start, end) = run.group(), run.span()
            if name.endswith(("'s", "’s")):  # "Hewlett Packard’s CEO Meg Whitman"
                name, end = name[:-2], end - 2
            if name not in follows:  # (asked once per name: the answer reads every mention)
                follows[name] = _follows_a_name_word(finder, name)
            if not follows[name]:
                names.setdefault(name, (start, end, "company"))
    for match in _statement_after_matches(text):
        word = _run_before(text, match.start(), 40)
        # one word that never follows another capitalized word ("Jane Roe ... Roe said")
        if word and " " not in word.group() and not finder._after_a_capitalized_word(word.group()):
            names.setdefault(word.group(), (*word.span(), "company"))
    # "The Fijian Sun said", "the Kremlin says": a name after "the" that speaks is no person's
    # ("the Jane Roe said" is not written) and, when no title, place, document or people's
    # word, an organisation's
    for verb in anchor_starts(SPEAKING_VERBS, text):
        end = SPEAKING_VERBS.match(text, verb).end()
        if is_word_char(text[verb - 1 : verb] or " ") or is_word_char(text[end : end + 1] or " "):
            continue  # ("unsaid", "reportedly")
        run = _run_before(text, verb - 1, 60)
        if run is None or run.end() != verb - 1:
            continue
        if run.group().startswith("The "):
            # "The Treasury said" opening a sentence: "The" is the sentence's; a newspaper's
            # own ("The Gleaner reported", "The Jamaica Observer said") or one written with
            # it mid-sentence ("..., The Ledger said") is the name's, unless the article also
            # writes it in small letters ("the Kremlin")
            bare = CAPITALIZED_RUN.match(text, run.start() + len("The "), run.end())
            if bare and (
                bare.group() in _names_after_the(finder)
                or (
                    (
                        run.start() == 0
                        or SENTENCE_END_BEFORE.search(text, max(0, run.start() - 3), run.start())
                    )
                    and not _a_newspapers_name(bare.group(), text, verb)
                )
            ):
                run = bare
        elif not THE_BEFORE.search(text, max(0, run.start() - 4), run.start()):
            # "Boeing said it ...", "EgyptAir says its ...": one word that speaks, taken up by
            # "it", which the article never writes as a person's (`_a_bare_speakers_name`)
            if _a_bare_speakers_name(finder, run, end, mid, persons):
                names.setdefault(run.group(), (*run.span(), "organization"))
            continue
        name = run.group().removeprefix("The ")
        if name and _a_speaking_bodys_name(name):
            newspaper = _a_newspapers_name(name, text, verb)
            names.setdefault(
                run.group(), (*run.span(), "media outlet" if newspaper else "organization")
            )
            named_with_the.add(run.group())
    # "Meta declined to comment", "Kelvora did not immediately respond to a request for
    # comment": the same, for an organisation of any kind
    for match in finditer_holding(NO_COMMENT_AFTER, text, ("comment",)):
        word = _run_before(text, match.start(), 40)
        if (
            word
            and word.end() == match.start()
            and " " not in word.group()
            and not _not_a_company_word(word.group())
            and not a_places_word(word.group())  # ("Washington declined to comment")
            and word.group() not in given_names()
            and not finder._after_a_capitalized_word(word.group())
        ):
            names.setdefault(word.group(), (*word.span(), "organization"))
    # "NetChoice, a trade group representing ...", "Zentrix, a Shanghai-based chipmaker,":
    # a name described right after it by the noun of a kind of organisation
    for match in finditer_word(_kind_noun_after(), text):
        run = _run_before(text, match.start(), 60)
        if (
            run
            and run.end() == match.start()
            and not any(_not_a_company_word(word) for word in run.group().split())
            # (a place alone, "Queensland, the country's biggest coal lender": not "Citizens
            # United" nor "America Rising PAC", names that hold a place's word)
            and not (" " not in run.group() and a_places_word(run.group()))
            and run.group() not in countries()
            # (a given name opens a person's name: "Jane Roe, a ..."; alone, as "Meta, the
            # parent company of", the words after say what it names)
            and not (" " in run.group() and run.group().split()[0] in given_names())
            and run.group().split()[0].rstrip(".") not in honorifics()  # ("Mr Smith, a lawyer")
            and not finder._after_a_capitalized_word(run.group().split()[0])
            # (not the end of a longer name, "the Club for Growth, a ... group")
            and not JOINER_BEFORE.search(text, max(0, run.start() - 6), run.start())
            # (", a minority group", ", an ethnic group": people, not an organisation)
            and not PEOPLE_GROUP_WORDS.intersection(match.group().split())
        ):
            # (", an advocacy group", ", a trade group": a group described is rarely a company)
            noun = match["noun"].lower()
            kind = "organization" if noun == "group" else min(descriptions()[noun])
            names.setdefault(run.group(), (*run.span(), kind))
    # "Yonhap reported that", "told Reuters", "speaking to AFP", "according to Bloomberg": a
    # one-word name a journalist's verb takes (see `_an_outlets_name`). After "told" or
    # "according to" a leader or a group is as likely ("told Putin", "according to Hamas"):
    # there, only an acronym, a name written in two capitals ("BuzzFeed") or one the article
    # also has report is taken.
    outlet: dict[str, bool] = {}  # (each word judged once: the checks read every mention)
    reporters: set[str] = set()
    for match in finditer_holding(OUTLET_REPORTED, text, REPORTED_WORDS):
        word = _run_before(text, match.start(), 40)
        if word and word.end() == match.start() and _an_outlets_name(finder, word.group(), outlet):
            names.setdefault(word.group(), (*word.span(), "media outlet"))
            reporters.add(word.group())
    spoken_to: set[str] = set()
    # "told the Sunday World", "in an interview with the Financial Times": one speaks to a
    # person with no article; a name after "the" that is no title, body or place is an outlet
    for match in finditer_anchored(TOLD_THE_OUTLET, text, TOLD_WORDS, (0,)):
        run = CAPITALIZED_RUN.match(text, match.end())
        if (
            run
            and not run.group().isupper()  # ("told the FBI": acronyms are read apart)
            # (two words at least: "told the Taliban", "told the Democrats" name groups)
            and " " in run.group()
            and not any(
                word.lower() in titles()
                or institution_heads().get(word.lower(), "media outlet") != "media outlet"
                or word in countries()
                or word in nationalities()
                or word in us_states()
                or word.upper() in dateline_cities()
                or word in PLACE_WORDS
                for word in run.group().split()
            )
            # (not "told the Republican nominee": an adjective before a title)
            and not _title_after(text, run.end())
            # (not "the Times" of a "New York Times" named elsewhere: its short form)
            and (" " in run.group() or not finder._after_a_capitalized_word(run.group()))
        ):
            names.setdefault(run.group(), (*run.span(), "media outlet"))
            spoken_to.add(run.group())  # ("the Sunday World": a weekday opens the name)
    for pattern, words, offset, kind in (
        (TOLD_OUTLET, TOLD_WORDS, 0, "media outlet"),
        (ACCORDING_TO, ACCORDING_WORDS, 1, "organization"),
    ):
        for match in finditer_anchored(pattern, text, words, (offset,)):
            word = CAPITALIZED_RUN.match(text, match.end())
            if (
                word
                and (word.group() in reporters or OUTLET_SHAPE.fullmatch(word.group()))
                and _an_outlets_name(finder, word.group(), outlet)
            ):
                names.setdefault(word.group(), (*word.span(), kind))
    # "the ruling BJP", "Labour MP Jo Roe", "GOP lawmakers", "Sinn Féin won 39 seats": what
    # only a political party is or has
    for match in finditer_anchored(PARTY_BEFORE, text, PARTY_BEFORE_WORDS, (0,)):
        run = CAPITALIZED_RUN.match(text, match.end())
        if run and _a_partys_name(finder, run.group(), run.start()):
            names.setdefault(run.group(), (*run.span(), "political party"))
    for match in finditer_holding(PARTY_AFTER, text, PARTY_WORDS):
        run = _run_before(text, match.start(), 30)
        after_the = run is not None and run.group().startswith("The ")
        if after_the:  # "The Pheu Thai party formed ...": the article opens the sentence
            run = CAPITALIZED_RUN.match(text, run.start() + len("The "))
        if (
            run
            # ("the Labour party", not "a Super Bowl party": a party's name takes "the")
            and (
                match.group() != " party"
                or after_the
                or text.endswith("the ", max(0, run.start() - 4), run.start())
            )
            and _a_partys_name(finder, run.group(), run.start(), at_a_sentence_start=after_the)
            # (not "the Trump party" after "Donald Trump": a person's family name; one word
            # only, "Sinn Féin" holds a capitalized word before its last)
            and (" " in run.group() or not finder._after_a_capitalized_word(run.group()))
        ):
            names.setdefault(run.group(), (*run.span(), "political party"))
    # "the Kathimerini newspaper", "The Nikkei business daily": a name before the noun of a
    # news outlet, after an article ("the Kenyan daily", "the New York daily" are places')
    for match in finditer_holding(MEDIA_NOUN_AFTER, text, MEDIA_NOUNS):
        run = _run_before(text, match.start(), 40)
        if run and run.group().startswith(("The ", "A ")):  # "The Kathimerini newspaper"
            run = CAPITALIZED_RUN.match(text, run.start() + run.group().index(" ") + 1)
        if (
            run
            and run.end() == match.start()
            and ARTICLE_BEFORE_RUN.search(text, max(0, run.start() - 4), run.start())
            and not any(
                not _is_name_word(word)  # ("the Spanish-language newspaper")
                or a_places_word(word)
                or word in RELIGIONS
                for word in run.group().split()
            )
            # (not "the Murdoch tabloid": an owner's family name)
            and not (" " not in run.group() and run.group() in surnames())
        ):
            names.setdefault(run.group(), (*run.span(), "media outlet"))
    # "Labour leader Keir Starmer", "Hamas leader Ismail Haniyeh": the body one person leads,
    # named before "leader" and that person's name (of no kind the words tell: a party, a
    # movement; "Gulf leaders" and "World leaders" are places' and have no name after them)
    for match in finditer_holding(LEADER_AND_NAME, text, (" leader ",)):
        run = _run_before(text, match.start(), 30)
        if (
            run
            and run.end() == match.start()
            # (opening a sentence, a name written mid-sentence elsewhere too: "Labour")
            and _a_partys_name(
                finder, run.group(), run.start(), _written_mid_sentence(finder, run.group(), mid)
            )
            and not finder._after_a_capitalized_word(run.group().split()[0])
            and not _a_places_name(run.group(), run.group().split())  # ("Quebec leader")
        ):
            names.setdefault(run.group(), (*run.span(), "organization"))
    for name, start, end in _parenthesised_after_names(text):
        if name not in names:
            names[name] = (start, end, "organization")
            introduced.add(name)
    # (last: a name another rule reads gets that rule's kind, "Business Insider editor")
    for run in _staff_employers(finder, titles_before_names, follows, employers):
        if run.group() not in names:
            names[run.group()] = (*run.span(), "organization")
            introduced.add(run.group())
    for name, (start, end, kind) in names.items():
        # (of "The Ledger", the words after "The")
        words = (name.removeprefix("The ") if name in named_with_the else name).split()
        if (
            # "Samsung said in a statement" after "Samsung Electronics Co.": named already
            finder.index.overlaps(start, end)
            or words[0] in sentence_words()
            # ("investment firm Spear Street": after its kind's noun a name may hold a word
            # that no person's name holds)
            or (name not in introduced | spoken_to and any(w in non_name_words() for w in words))
            or (name not in spoken_to and words[0] in non_name_words())
            or name in countries()
            or name in finder.known
            # ("Oxfam's survey" after "Oxfam International": its short form, taken to it later)
            or name in finder.short_forms
        ):
            continue
        finder.add_named(name, kind)


def _a_partys_name(
    finder: InstitutionFinder, name: str, start: int, at_a_sentence_start: bool = False
) -> bool:
    """Whether one or two capitalized words before a party's member or after "ruling" can be
    a party's name: not a place, a people, a title, an organisation's head word, an adjective
    of a party ("Conservative MP": the name is "Conservative Party"), nor the end of a longer
    run ("Texas Democratic lawmakers")."""
    words = name.split()
    text = finder.text
    before = CAPITALIZED_RUN_AT_END.search(text, max(0, start - 30), max(0, start - 1))
    if before and before.end() == start - 1 and before.group() not in ("The", "A", "An"):
        return False  # "Texas Democratic lawmakers": the end of a longer run
    if (
        not name.isupper()
        and not at_a_sentence_start
        and SENTENCE_OPENING_BEFORE.search(text, max(0, start - 4), start)
    ):
        return False  # "Key lawmakers", "Two senators", "Women candidates": a sentence's word
    after = WORD_AFTER.match(text, start + len(name))
    return (
        len(words) <= 2
        and "-" not in name  # "Trump-backed candidates"
        and not (after and after[1] in NOT_A_PARTY_AFTER)  # "the ruling Al Saud family"
        and words[0] not in given_names()
        and not any(
            word in countries()
            or word in us_states()
            or word.upper() in dateline_cities()
            or word in nationalities()
            or word.lower() in titles()
            or word.lower() in institution_heads()
            or word in sentence_words()
            or word.lower() in function_words()
            or word.lower() in QUANTIFIERS
            or word.lower() in number_words()
            or word.lower() in ("ruling", "opposition", "governing")
            or word.endswith(("'s", "’s"))
            for word in words
        )
        and not PARTY_ADJECTIVE.search(words[-1])
    )


LEADER_AND_NAME = re.compile(r" leader (?=[A-Z][a-z])")
# Adjectives of religions, which describe a newspaper as nationalities do ("the Jewish daily")
RELIGIONS = frozenset(read_list("religions.txt"))
MEDIA_NOUN_AFTER = re.compile(
    r" (?:[a-z]+ )?(?:newspaper|daily|broadcaster|news agency|magazine|tabloid|news website)\b"
)
MEDIA_NOUNS = ("newspaper", "daily", "broadcaster", "news agency", "magazine", "tabloid", "website")
# "ruling BJP", "opposition Congress" (scanned with `finditer_word`: `\b` checked on each match)
PARTY_BEFORE = re.compile(r"\b(?:ruling|opposition|governing) (?=[A-Z])")
PARTY_BEFORE_WORDS = re.compile("ruling|opposition|governing")  # (as TOLD_WORDS)
# "GOP lawmakers", "Labour candidate", "won 39 seats" (not "MP": "Andrew Stephenson MP",
# "Walthamstow MP" name a person and a seat; nor "-led": "NATO-led", "Saudi-led")
# ("candidate" alone: "Harvard candidates", "Independent candidates won 12 seats")
SENTENCE_OPENING_BEFORE = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)\s*$")
NOT_A_PARTY_AFTER = frozenset({"family", "dynasty", "clan", "monarchy", "junta", "military"})
PARTY_AFTER = re.compile(
    r"(?: (?:lawmakers?|legislators?|senators?|candidate|councillors?|MPs)\b"
    r"| (?:won|secured|took) \d+ seats\b"
    # ("the Pheu Thai party", "the Labour party": a party named before the word in lowercase)
    r"| party\b)"
)
# (not "leaders": places, peoples and bodies have them, "Gulf leaders", "EU leaders", "BRICS
# leaders", as often as parties)
PARTY_WORDS = (
    " party",
    " lawmaker",
    " legislator",
    " senator",
    " candidate",
    " councillor",
    " seats",
    " MPs",
)


# ("Trump supporters", "ISIS leader", "Burma leader": people and states have leaders and
# supporters; "One MP", "Many lawmakers": a quantifier)
QUANTIFIERS = frozenset({"one", "no", "many", "any", "some", "every", "all", "most", "several"})
PARTY_ADJECTIVE = re.compile(r"(?:ic|an|ive|al|ist|ino|ina|ish|ese|[a-z]i)$")


# An acronym ("AFP", "NHK") or a name with a capital inside ("BuzzFeed", "HuffPost")
OUTLET_SHAPE = re.compile(r"[A-Z]{2,6}|[A-Z][a-z]+[A-Z][A-Za-z]+")


def _an_outlets_name(finder: InstitutionFinder, word: str, judged: dict[str, bool]) -> bool:
    """Whether one capitalized word read after "told" or before "reported" can be a news
    outlet's name: not a person's name, a people or a place, never after another capital,
    never opening a longer name (judged once per word, in `judged`)."""
    if word not in judged:
        judged[word] = _read_as_an_outlets_name(finder, word)
    return judged[word]


def _read_as_an_outlets_name(finder: InstitutionFinder, word: str) -> bool:
    return (
        " " not in word
        and len(word) > 2
        and "." not in word
        and "'" not in word
        and "’" not in word
        and word not in honorifics()
        # "told Americans": a people, by the plural of its name
        and not (word.endswith("s") and word[:-1].rsplit("-", 1)[-1] in nationalities())
        and word not in given_names()
        and word not in surnames()
        and word not in us_states()
        and word not in nationalities()
        and word not in countries()
        and word.upper() not in dateline_cities()
        and word.lower() not in function_words()
        and not finder._after_a_capitalized_word(word)
        and not _opens_a_longer_name(finder, word)
    )


def _opens_a_longer_name(finder: InstitutionFinder, word: str) -> bool:
    """Whether a capitalized word, or a document noun, follows the word somewhere: "Oxfam
    International" (read as a whole elsewhere), "IBES data from Refinitiv" (whose data)."""
    text = finder.text
    for _, end in finder.occurrences.of(word):
        after = WORD_AFTER.match(text, end)
        if after and (after[1][:1].isupper() or after[1].lower() in document_nouns()):
            return True
    return False


WORD_AFTER = re.compile(r" ([\w'’-]+)")


# "told Reuters", "telling Kyodo", "speaking to Yonhap", "in an interview with Bloomberg"
# (scanned with `finditer_word`, as the other patterns opening with `\b`)
TOLD_OUTLET = re.compile(
    r"\b(?:told|tells|telling|speaking to|spoke to|in an interview with) (?=[A-Z])"
)
LOWERCASE_WORD_AFTER = re.compile(r" ([a-z]+)")


def _title_after(text: str, end: int) -> bool:
    word = LOWERCASE_WORD_AFTER.match(text, end)
    return word is not None and word[1] in titles()


TOLD_THE_OUTLET = re.compile(
    r"\b(?:told|tells|telling|speaking to|spoke to|in an interview with) the (?=[A-Z])"
)
# "according to Bloomberg", "according to Eurostat": a source, of no kind the words tell
ACCORDING_TO = re.compile(r"\b[Aa]ccording to (?=[A-Z])")
# Where the matches of each start, found by substring search (as SURVEYED_VERBS), and how many
# characters before that: a pattern of a few words is tried by the engine at each of their
# first letters, which are among the commonest
TOLD_WORDS = re.compile("told|tells|telling|speaking to|spoke to|in an interview with")
ACCORDING_WORDS = re.compile("ccording to")  # (after its first letter, in either case)
# "Yonhap reported that", "Xinhua reported on Monday": the outlet reports (not "reported a
# profit": STATEMENT_AFTER reads that as a company)
OUTLET_REPORTED = re.compile(r" reported(?= that\b| on \w+day\b|,)")
REPORTED_WORDS = (" reported",)


# "Amnesty International", "Oxfam International": a name that ends in "International" (and no
# other capitalized word follows: "Kenyatta International Airport" is a place's name)
INTERNATIONAL_NAME = re.compile(
    # (its possessive too: "Amnesty International's report")
    rf"(?P<short>{NAME_WORD}(?: {NAME_WORD}){{0,2}}) International(?![\w-]|['’](?!s\b)| [A-Z])"
)


@cache
def _listed_names(rules_file: str) -> re.Pattern[str]:
    """The names a rules file lists, as one pattern of whole words."""
    return re.compile(rf"\b(?:{trie_regex(_names_listed(rules_file))})\b")


@cache
def _names_listed(rules_file: str) -> frozenset[str]:
    return frozenset(read_list(rules_file))


def _listed_matches(text: str, rules_file: str) -> Iterator[re.Match[str]]:
    """`finditer_word` of the names a rules file lists, tried only where a word that opens one
    starts (`capitalized_starts`), not at every capital."""
    starts = capitalized_starts(text, _names_listed(rules_file))
    if starts is None:
        return finditer_word(_listed_names(rules_file), text)
    return finditer_at(_listed_names(rules_file), text, starts)


# A hyphen joining a name to a word, a compound's ("China-ASEAN"; not "(MENAFN- Kuwait")
HYPHEN_BEFORE = re.compile(r"\w-$")
HYPHEN_AFTER = re.compile(r"-\w")
# A capitalized word right before or after a name: the name is part of a longer one
CAPITALIZED_BEFORE = re.compile(r"[A-Z][\w&.'’-]* $")
# Movements whose national societies are organisations of their own, named with the country
NATIONAL_SOCIETIES = frozenset({"Red Cross", "Red Crescent"})
SOCIETY_AFTER = re.compile(r" Society\b")
CAPITALIZED_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w'’-]* ){1,3}$")


def _country_before(text: str, start: int) -> int | None:
    """Where a country's name or a nationality, and the capitalized words after it, open
    right before `start`: "South Sudan ", "South Korean ", "Syrian Arab ", "New Zealand "."""
    run = CAPITALIZED_WORDS_BEFORE.search(text, max(0, start - 60), start)
    if run is None:
        return None
    words = run.group().split()
    offset = run.start()
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            name = " ".join(words[i:j])
            if name in countries() or name in nationalities():
                return offset
        offset += len(words[i]) + 1
    return None


CAPITALIZED_AFTER = re.compile(r" [A-Z]")


def _find_listed(finder: InstitutionFinder, rules_file: str, kind: str, alone: bool) -> None:
    """Each name `rules_file` lists, where no earlier rule's span holds it, an organisation of
    `kind`; with `alone`, only where no capitalized word stands right before or after it ("The"
    or "A" opening a sentence aside): "Thomson Reuters" is another name."""
    text = finder.text
    shortened: frozenset[str] | None = None  # (read when first asked)
    for match in _listed_matches(text, rules_file):
        start, end = match.span()
        if finder.index.overlaps(start, end):
            continue
        if alone:
            before = CAPITALIZED_BEFORE.search(text, max(0, start - 40), start)
            if (
                before is not None
                and match.group() in NATIONAL_SOCIETIES
                and (country_start := _country_before(text, start)) is not None
                and not finder.index.overlaps(country_start, end)
            ):
                # "the Turkish Red Crescent", "the South Sudan Red Cross", "the Syrian Arab Red
                # Crescent": a national society, an organisation of its own
                society = SOCIETY_AFTER.match(text, end)
                end = society.end() if society else end
                name = text[country_start:end]
                finder._mention(country_start, end, finder._record(name, "organization"))
                continue
            if (
                (before is not None and before.group()[:-1] not in sentence_words())
                # (not before a title: "FIFA President Gianni Infantino" is FIFA's)
                or (CAPITALIZED_AFTER.match(text, end) and not _title_opens(text, end + 1))
                # "China-ASEAN Summit": a compound's part; "... for Refugees (UNHCR)": the
                # abbreviation of the name before, which the rules of that name judge
                or HYPHEN_BEFORE.search(text, max(0, start - 2), start)
                or HYPHEN_AFTER.match(text, end)
                or (text[start - 1 : start] == "(" and text[end : end + 1] == ")")
            ):
                continue
            if shortened is None:
                shortened = _shortened_names(finder, kind)
            # "Oxfam International ... Oxfam said", "the European Union ... the EU": the short
            # form or the acronym of a name found, which is taken to it later
            if match.group() in shortened:
                continue
        finder._mention(start, end, finder._record(match.group(), kind))


TITLE_WORDS_AFTER = 3  # words of a title read after a name: "Deputy Secretary-General"


def _title_opens(text: str, start: int) -> bool:
    """Whether a title, capitalized, opens at `start`: "President", "Managing Director",
    "Deputy Secretary-General" (its modifiers first)."""
    run = CAPITALIZED_RUN.match(text, start)
    if run is None:
        return False
    words = run.group().lower().split()
    while len(words) > 1 and words[0] in title_modifiers():
        words.pop(0)
    return any(" ".join(words[:count]) in titles() for count in range(1, TITLE_WORDS_AFTER + 1))


def _shortened_names(finder: InstitutionFinder, kind: str) -> frozenset[str]:
    """The names recorded so far with "International" after them, without it: "Oxfam" of
    "Oxfam International", which `find_internationals` makes its short form; and the acronyms
    of their initials where they are of `kind` ("European Union" for "EU", not "Erinvale
    University") or of three letters or more, which `find_acronyms` takes to them (read once
    per list of names)."""
    names = finder.records.values()
    return frozenset(
        record.name.removesuffix(" International")
        for record in names
        if record.name.endswith(" International")
    ) | {
        acronym
        for record in names
        for acronym in initials(record.name)
        # (an acronym of three capitals or more is the initials of any body named: "ECB",
        # the "European Central Bank" found by its head word as a central bank; "EU" only of
        # an international one, not of "Erinvale University")
        if record.kind == kind or len(acronym) >= 3
    }


def find_legislatures(finder: InstitutionFinder) -> None:
    """ "the Saeima", "Speaker of the Knesset": a legislature known by a name of its own
    (rules/legislatures.txt), which no head word ("Assembly", "Parliament") marks. Read after
    the names found by their head word: "the Knesset Finance Committee" stays whole."""
    _find_listed(finder, "legislatures.txt", "legislature", alone=False)


def find_news_agencies(finder: InstitutionFinder) -> None:
    """ "Reuters could not verify the report", "(LETA)": a news agency known by a name of its
    own (rules/news_agencies.txt) where it stands alone, not in "Thomson Reuters"."""
    _find_listed(finder, "news_agencies.txt", "media outlet", alone=True)


def find_international_organisations(finder: InstitutionFinder) -> None:
    """ "the United Nations called", "FIFA has warned": an international organisation known
    by a name of its own (rules/international_organisations.txt), where it stands alone."""
    _find_listed(
        finder, "international_organisations.txt", "international organization", alone=True
    )


# A site named by its domain: "Kun.uz", "Kenyans.co.ke", "Profit.ro" (a capitalized name, then
# one or two lowercase labels; not a URL's path, an e-mail address nor "U.S.")
WEB_NAME = re.compile(
    r"[A-Z][\w-]*(?:\.(?:com|net|org|info|news|biz|io|tv|fm|[a-z]{2})){1,2}(?![\w/@-]|\.\w)"
)
# Two letters after a dot that end a word, not a domain: "Monday.on", "President.he",
# "Node.js" (country codes that are English words)
NOT_DOMAIN_ENDINGS = frozenset(
    {"of", "on", "he", "in", "is", "it", "at", "to", "be", "by", "do", "go", "me", "my", "no"}
    | {"so", "up", "us", "we", "am", "an", "as", "or", "if", "js", "ts", "py"}
)
NOT_BEFORE_WEB_NAME = re.compile(r"[\w./@-]")  # (what no name follows: "www.", "jo@")
# The first dot of a domain: where a `WEB_NAME` can hold one, its name read back from there (a
# scan that starts with a literal character skips fast to each "."; one that starts with a
# lookbehind or a capital is tried at every position or every capital)
DOMAIN_DOT = re.compile(r"\.[a-z]{2}")
NAME_CHARACTERS_BEFORE = re.compile(r"[\w-]+$")
NAME_REACH = 60  # characters back from a domain's dot its name is read in


def find_web_names(finder: InstitutionFinder) -> None:
    """ "According to Kun.uz correspondent", "told Profit.ro": a site named by its domain, a
    media outlet (most are news sites; "Amazon.com Inc", with its legal form, is read before
    as a company), or an organisation's ("MoveOn.org")."""
    text = finder.text
    last_end = 0
    for dot in DOMAIN_DOT.finditer(text):
        if dot.start() < last_end:
            continue
        word = NAME_CHARACTERS_BEFORE.search(text, max(0, dot.start() - NAME_REACH), dot.start())
        match = WEB_NAME.match(text, word.start()) if word is not None else None
        if match is None:
            continue
        start, end = match.span()
        last_end = end
        if start > 0 and NOT_BEFORE_WEB_NAME.match(text, start - 1):
            continue
        name, *_, ending = match.group().split(".")
        if ending in NOT_DOMAIN_ENDINGS or name in abbreviations():
            continue  # "Monday.on" (a missing space), "Node.js", "Govt.of India"
        if not finder.index.overlaps(start, end):
            # ("MoveOn.org": a group's site; the others are mostly news sites')
            kind = "organization" if match.group().endswith(".org") else "media outlet"
            finder._mention(start, end, finder._record(match.group(), kind))


def find_internationals(finder: InstitutionFinder) -> None:
    """ "Oxfam International ... Oxfam said": an organisation named with "International", and
    its name without it later."""
    text = finder.text
    for match in finditer_holding(INTERNATIONAL_NAME, text, ("International",)):
        words = match["short"].split()
        # ("The Amnesty International report": a sentence's first word opens no name)
        while words and not _is_name_word(words[0]):
            words.pop(0)
        if not words or any(word in countries() or word in nationalities() for word in words):
            continue
        start = match.end() - len(" ".join(words)) - len(" International")
        if finder.index.overlaps(start, match.end()):
            continue
        record = finder._record(text[start : match.end()], kind="organization")
        finder._mention(start, match.end(), record)
        finder.short_forms.setdefault(" ".join(words), record)


# National statistics offices named "Statistics <country>" ("Statistics Canada", "Statistics
# South Africa"), as banks are "Bank <country>" ("Bank Indonesia", "Bank Negara Malaysia")
NAME_FIRST_HEADS = frozenset({"Statistics", "Stats"})


@cache
def _head_then_country() -> re.Pattern[str]:
    """ "Bank Indonesia", "Bank Negara Malaysia", "Statistics Canada": an organisation word
    first, at most two capitalized words, then a country's name ending the name."""
    names = sorted((name for name in countries() if name.replace(" ", "").isalpha()), key=len)
    country = rf"(?:{trie_regex(names)})(?![\w-])"
    # (no country among the words between: "Bank Indonesia Bank Indonesia" is two names; a
    # word's small letters are taken whole, `++`: a space follows each, and giving them back
    # one by one before failing made a third of the scan)
    return re.compile(rf"\b(?P<head>[A-Z][a-z]++)(?: (?!{country})[A-Z][a-z]++){{0,2}} {country}")


def find_heads_before_countries(finder: InstitutionFinder) -> None:
    """ "Bank Indonesia", "Statistics Canada": a name that opens with an organisation word and
    ends with a country's name is that country's organisation, not the country."""
    from pipeline.entities.institutions import kind_of  # (that module imports this one)

    text = finder.text
    found: dict[str, str] = {}
    for match in finditer_word(_head_then_country(), text):
        head = match["head"]
        if head not in NAME_FIRST_HEADS and head.lower() not in institution_heads():
            continue
        if finder.index.overlaps(*match.span()) or match.group() in finder.known:
            continue
        found.setdefault(match.group(), "government agency" if head in NAME_FIRST_HEADS else "")
    for name, kind in found.items():
        finder.add_named(name, kind or kind_of(name))


# "an economist at Refinitiv", "a spokeswoman for Twitter", "analyst with Capital Economics":
# a title word, then at, with or for, then a capitalized name (its employer). The preposition
# and the capital are found first; the title is read back from there.
EMPLOYER_AFTER = re.compile(r" (?:at|with|for|from) (?=[A-Z])")
TITLE_REACH = 40  # characters before the preposition where its title may start


@cache
def _title_at_end() -> re.Pattern[str]:
    # ("analysts at Nomura": a title in the plural too)
    return re.compile(rf"(?<![\w-])(?i:{trie_regex(titles())})s?$")


# Titles of employees, who name their employer (rules/employee_titles.txt)
EMPLOYEE_TITLES = read_list("employee_titles.txt")
# Where an employee's title stands after a space, found by substring search ("spokesman",
# "analysts"): rarer than the article before them, which a pattern would try at every "a"
EMPLOYEE_TITLE_WORDS = re.compile("|".join(f" {title}" for title in EMPLOYEE_TITLES))
EMPLOYER_BEFORE_TITLE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he) (?P<name>{NAME_WORD}(?: {NAME_WORD}){{0,2}})$"
)
EMPLOYER_REACH = 60  # characters before an employee's title where "a Tesco" is looked for
# "Morgan Stanley analyst Jo Roe", "Wedbush strategist Jo Roe": a name right before the title of
# someone who works there and is named after it (not a spokesman's, an executive's or a
# staffer's, who speak or work for people too: "Trump spokesman Jo Roe")
FIRM_BEFORE_EMPLOYEE = re.compile(rf"(?<![\w'’&.-])(?P<name>{NAME_WORD}(?: {NAME_WORD}){{0,2}}) $")
FIRM_EMPLOYEES = ("analyst", "economist", "strategist", "researcher", "scientist", "engineer")
NAME_AFTER_EMPLOYEE = re.compile(rf" {NAME_WORD} {NAME_WORD}")
NAME_GOES_ON_BEFORE = re.compile(r"(?:&|\b[A-Z][\w.’'-]*) $")
TITLE_WORD_END = re.compile(r"s?\b")


OF_NAME = re.compile(rf" of {NAME_WORD}(?: {NAME_WORD}){{0,2}}")


@cache
def _company_officer_of() -> re.Pattern[str]:
    """A company's office (rules/office_kinds.csv) then "of" and a capital: "chief executive
    officer of ShoreTel", "CEO of Acme"."""
    offices = [row["title"] for row in read_table("office_kinds.csv") if row["kind"] == "company"]
    written = {form for office in offices for form in (office, office.title(), office.upper())}
    return re.compile(rf"\b(?:{trie_regex(written)}) of (?=[{CAPITAL}])")


def _employee_before(text: str, preposition: re.Match[str]) -> bool:
    """Whether a title stands before "at/with/for/from": any title, in the singular or the
    plural, before "at", "with" and "for" ("an economist at Refinitiv", "officials at
    Boeing"); only an employee's before "from" ("a spokesman from Oxfam": "a lawmaker from
    Bavaria", "officials from Kherson" name places)."""
    title = _title_at_end().search(
        text, max(0, preposition.start() - TITLE_REACH), preposition.start()
    )
    if title is None:
        return False
    if preposition.group() == " from ":
        word = title.group().lower()
        return (word if word in titles() else word[:-1]) in EMPLOYEE_TITLES
    return True


def find_employers(finder: InstitutionFinder) -> None:
    """ "an economist at Refinitiv": the name a person with a title works at is an
    organisation, unless it is a place, a portfolio ("minister for Housing"), a date or a
    person (a spokesman for Jane Roe, or for Roe, the surname of a name elsewhere)."""
    from pipeline.entities.institutions import kind_of  # (that module imports this one)

    text = finder.text
    found: dict[str, tuple[int, int]] = {}
    employers = (
        match.end() for match in EMPLOYER_AFTER.finditer(text) if _employee_before(text, match)
    )
    # "John Combs, chief executive officer of ShoreTel": a company's officer "of" it
    officers = (match.end() for match in finditer_word(_company_officer_of(), text))
    for start in sorted({*employers, *officers}):
        run = CAPITALIZED_RUN.match(text, start)
        if run is None or finder.index.overlaps(*run.span()):
            continue
        # ("an analyst at Banc of America": the name goes on after "of")
        end = run.end()
        if (of_part := OF_NAME.match(text, end)) is not None:
            end = of_part.end()
        name = text[run.start() : end]
        # (not "a spokesperson for Newsom's office": a person's, as often as a body's)
        if not name.endswith(("'s", "’s")):
            found.setdefault(name, (run.start(), end))
    # "a Tesco spokesman", "the Kremlin spokesman"
    for at in anchor_starts(EMPLOYEE_TITLE_WORDS, text):
        title = next(t for t in EMPLOYEE_TITLES if text.startswith(t, at + 1))
        if not TITLE_WORD_END.match(text, at + 1 + len(title)):
            continue  # ("spokesmanship", "analytical")
        match = EMPLOYER_BEFORE_TITLE.search(text, max(0, at - EMPLOYER_REACH), at)
        if (
            match is None
            and title in FIRM_EMPLOYEES
            and NAME_AFTER_EMPLOYEE.match(text, at + 1 + len(title))
        ):
            match = FIRM_BEFORE_EMPLOYEE.search(text, max(0, at - EMPLOYER_REACH), at + 1)
            word = match["name"].removesuffix("'s").removesuffix("’s") if match else ""
            if match is not None and (
                (
                    " " not in match["name"]
                    and (
                        SENTENCE_OPENING_BEFORE.search(
                            text, max(0, match.start() - 4), match.start()
                        )
                        # ("said Warren economist Jo Roe": a person's family name; each list
                        # asked apart, not their union made for every title)
                        or word in surnames()
                        or word in given_names()
                    )
                )
                # ("Johnson & Johnson", "JP Morgan Asset Management", "St. Louis Fed": a
                # longer name, of which these are the last words)
                or NAME_GOES_ON_BEFORE.search(text, max(0, match.start() - 30), match.start())
                or match["name"] in not_organisation_acronyms()  # ("AI researcher Jo Roe")
            ):
                match = None  # no firm's name: a sentence's first capital, a person's, a part
        if match and not finder.index.overlaps(*match.span("name")):
            name, span = match["name"], match.span("name")
            if name.endswith(("'s", "’s")):  # ("Morgan Stanley's analyst Jo Roe")
                name, span = name[:-2], (span[0], span[1] - 2)
            found.setdefault(name, span)
    for name in found:
        # (the words before "of" are the name's own: "Banc of America" is no country's)
        words = name.partition(" of ")[0].split()
        if (
            not all(_is_name_word(word) for word in words)
            or any(word in non_name_words() or word in sentence_words() for word in words)
            or name in countries()
            or any(word in countries() or word in nationalities() for word in words)
            or any(word in portfolio_words() for word in name.split())
            or name.upper() in dateline_cities()
            or any(word in us_states() or word in PLACE_WORDS for word in words)
            or name in finder.known
            or (len(words) == 1 and finder._after_a_capitalized_word(name))
            # "a spokesman for Jane Roe ... Roe said": the last word alone elsewhere is a surname
            or (
                len(words) > 1
                and len(finder.occurrences.of(words[-1])) > len(finder.occurrences.of(name))
            )
        ):
            continue
        finder.add_named(name, kind_of(name))


# "BJP spokesman Syed Ali", "EU antitrust chief Jane Roe", "EU parliament", "the RBI monetary
# policy committee": an acronym before its member's title (then the member's name) or before a
# lowercase organisation word is an organisation's. Up to two lowercase modifiers between.
# (Scanned with `finditer_checked`: `(?<![\w.&-])` before it is checked on each match; its
# first capital written apart, "[A-Z][A-Z]{1,5}", so that the engine skips to the capitals.)
ACRONYM_BEFORE_ROLE = re.compile(
    r"(?P<acronym>[A-Z][A-Z]{1,5})(?: [a-z][a-z-]*){0,2}? (?P<word>[a-z][a-z-]+)"
    r"(?P<name> [A-Z][a-z])?"
)


LOWERCASE_WORD = re.compile(r"\b[a-z]+\b")
WORD_AFTER = re.compile(r" ([a-z]+)\b")
# Abbreviations of cities that news writes as a place's owner ("NYC's Eric Adams")
CITY_CODES = frozenset({"NYC", "LA", "SF", "DC", "HK", "KL"})


@cache
def place_codes() -> frozenset[str]:
    """Codes of places written as an owner before a person's name: the countries' ISO 3166-1
    codes ("PNG", "SA") and the usual forms ISO does not give ("DRC", "UAE"), the states and
    provinces of the federations whose news abbreviates them (the US, Australia, Canada:
    "NSW's", "WA's", "BC's"), from pycountry, and a few cities (`CITY_CODES`)."""
    import pycountry

    codes = {country.alpha_2 for country in pycountry.countries}
    codes |= {country.alpha_3 for country in pycountry.countries}
    for federation in ("US", "AU", "CA"):
        for subdivision in pycountry.subdivisions.get(country_code=federation) or ():
            codes.add(subdivision.code.split("-", 1)[1])
    return frozenset(codes | CITY_CODES | {"DRC", "UAE", "PRC", "ROK", "DPRK"})


ACRONYM_OWNING_A_NAME = re.compile(
    r"(?<![\w&.-])(?P<acronym>[A-Z][A-Z&]{1,5})['’]s (?P<given>[A-Z][a-z]+) [A-Z][a-z]"
)


# Plural nouns for the members of an organisation, other than titles
MEMBERS_OF_A_BODY = frozenset(read_list("members_of_a_body.txt"))


def find_acronym_owners(finder: InstitutionFinder) -> None:
    """ "BJP spokesman Syed Ali", "EU parliament": an acronym whose member or body follows it."""
    text = finder.text
    for match in finditer_checked(ACRONYM_BEFORE_ROLE, text, not_inside_name_word):
        acronym, word = match["acronym"], match["word"]
        # ("GOP leaders", "WHO officials", "NATO allies", "EU countries": its members, in the
        # plural, need no name after them)
        member = (word in titles() and match["name"] is not None) or (
            word.endswith("s") and (word[:-1] in titles() or word in MEMBERS_OF_A_BODY)
        )
        if not (member or word in institution_heads()):
            continue
        following = WORD_AFTER.match(text, match.end("word"))
        if following is not None and f"{word} {following.group(1)}" in common_compounds():
            continue  # "the GEL exchange rate", "the RBI bank rate": a thing, no body's
        if (
            acronym in countries()
            or acronym.lower() in titles()
            or acronym in not_organisation_acronyms()
            or acronym in finder.known
            or finder.index.overlaps(match.start("acronym"), match.end("acronym"))
        ):
            continue
        if member or institution_heads()[word] != "conference":
            finder.add_named(acronym, "organization")
            continue
        # "the FOCAC summit": a meeting named by its acronym is the meeting, as written
        start, end = match.start("acronym"), match.end("word")
        if not finder.index.overlaps(start, end):
            finder._mention(start, end, finder._record(text[start:end], kind="conference"))
    # "CNN's Jake Tapper", "ING's James Knightley": an acronym owning a person's name is where
    # the person works (not a place's, "UK's", "NSW's", "NYC's", nor a word in capitals,
    # "TODAY's", whose lowercase the text also writes)
    lowercase: frozenset[str] | None = None
    for match in finditer_holding(ACRONYM_OWNING_A_NAME, text, ("'s ", "’s ")):
        acronym = match["acronym"]
        if (
            match["given"] not in given_names()
            or acronym in countries()
            or acronym in place_codes()
            or acronym in NOT_OUTLET_ACRONYMS
            or acronym.lower() in titles()
            or acronym in not_organisation_acronyms()
            or acronym in finder.known
            or finder.index.overlaps(match.start("acronym"), match.end("acronym"))
        ):
            continue
        if lowercase is None:  # (read once, when the first acronym asks)
            lowercase = frozenset(LOWERCASE_WORD.findall(text))
        if acronym.lower() not in lowercase:
            finder.add_named(acronym, "organization")


# "(NASDAQ: GOOGL)", "(NYSE:IBM)": a ticker cites the stock exchange that lists the company
EXCHANGE_TICKER = re.compile(r"\((?P<exchange>[A-Z]{2,8}): ?[A-Z][A-Z.]{0,6}\)")


def find_exchanges(finder: InstitutionFinder) -> None:
    """ "Apple Inc (NASDAQ: AAPL)": the exchange named in a ticker is an organisation."""
    for match in EXCHANGE_TICKER.finditer(finder.text):
        exchange = match["exchange"]
        if exchange in finder.known or exchange in countries():
            continue
        finder.add_named(exchange, "organization")


# ", Elbit and Aeronautics", " and Apple": the next member of a list, read from a known name
LIST_NEXT = re.compile(rf"(?:,? and |,? or |, )(?P<name>{NAME_WORD}(?: {NAME_WORD}){{0,2}})\b")
LIST_BEFORE = re.compile(
    rf"(?<![\w'’&.-])(?P<name>{NAME_WORD}(?: {NAME_WORD}){{0,2}})(?:,? and |,? or |, )$"
)
# An acronym given in parentheses after a list's member: "Israel Aerospace Industries (IAI), X"
PARENTHESIZED_ACRONYM = re.compile(r" \([A-Z]{2,6}\)")
# A list is read at most this many members each way from a company it holds
LIST_REACH = 8


def find_listed_companies(finder: InstitutionFinder) -> None:
    """ "Google and Apple", "the companies -- Israel Aerospace Industries (IAI), Elbit and
    Aeronautics --": a one-word name listed with a known company is a company, unless it
    follows a capitalized word elsewhere (a surname). Names of two words or more are left:
    political news lists people with companies ("Karen Roe, Acme Inc and Jo Doe")."""
    text = finder.text
    companies = {r.institution_id for r in finder.records.values() if r.kind == "company"}
    spans = [
        s for s in finder.index.spans if s.entity_type == "institution" and s.entity_id in companies
    ]
    found: dict[str, int] = {}
    for span in spans:
        members: list[str] = []
        end = span.end
        if (acronym := PARENTHESIZED_ACRONYM.match(text, end)) is not None:
            end = acronym.end()
        for _ in range(LIST_REACH):
            member = LIST_NEXT.match(text, end)
            if member is None or finder.index.overlaps(member.start("name"), member.end("name")):
                break
            members.append(member["name"])
            end = member.end()
        start = span.start
        for _ in range(LIST_REACH):
            member = LIST_BEFORE.search(text, max(0, start - 80), start)
            if member is None or finder.index.overlaps(member.start("name"), member.end("name")):
                break
            members.append(member["name"])
            start = member.start()
        for name in members:
            # one word only: "Apple and Tim Cook", "Karen Roe, Acme Inc and Jo Doe" list people
            if " " not in name:
                found.setdefault(name, len(members))
    for name in found:
        words = name.split()
        if (
            not all(_is_name_word(word) for word in words)
            or any(word in non_name_words() for word in words)
            or name in countries()
            or name in finder.known
            # "Fiorina" of "Carly Fiorina": a surname, listed with a company
            or finder._after_a_capitalized_word(name)
        ):
            continue
        finder.add_named(name, "company")
