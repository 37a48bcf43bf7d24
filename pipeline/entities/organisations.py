"""Organisations named without an organisation word at their end: the passes of institution
detection that read a legal form, a credit line, a compound, a nationality before a
lowercase body, or what the text says the name does.

"Sakura Semiconductor Corp.", "Meta Platforms Inc" (legal form, from `cleanco`'s list of
legal-form terms rather than one typed here), "SEOUL (Yonhap) -" and "(AFP)" (a wire's
credit line), "Bundesbank" (a compound ending in an organisation word), "the Israeli
defence ministry" (a nationality and a lowercase body), "Airbnb said in a statement",
"Spotify's shares", "shares of Airbnb" (context). Each pass is one function, run by `find_institutions` in order, most precise
first.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from pipeline.extract.lexicon import (
    countries,
    descriptions,
    function_words,
    honorifics,
    institution_heads,
    nationalities,
    non_name_words,
    sentence_words,
    title_modifiers,
    titles,
    trie_regex,
    world_honorifics,
)
from pipeline.extract.scan import finditer_anchored, finditer_holding, finditer_word

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
    r"|\btold (?P<told>[A-Z]{2,6})\b(?![-.]\w)",
    re.MULTILINE,
)
# "Airbnb's shares", "Airbnb shares rose": only a company has shares (a name of any length)
SHARES_AFTER = re.compile(
    r"(?:['’]s? (?:shares|stock|share price)\b"
    r"| shares (?:rose|fell|jumped|slid|dropped|gained|climbed|tumbled|closed)\b)"
)
# "Airbnb said in a statement", "Airbnb reported a quarterly profit", "BlackBerry today
# reported a net profit": one word, not a surname
STATEMENT_AFTER = re.compile(
    r" (?:(?:today|yesterday|on \w+day|\w+day) )?(?:said|says|announced|reported)"
    r" (?:in a (?:statement|filing|press release)"
    r"|(?:a |an |its )?(?:[\w-]+ ){0,3}?(?:profit|loss|revenue|earnings|results|sales)\b)"
)
SHARES_WORDS = ("share", "stock")  # what every match of SHARES_AFTER holds
CONTEXT_BEFORE = re.compile(r"\bshares (?:of|in) (?=[A-Z])")
# "handset maker BlackBerry", "investment firm Spear Street", "the airline Air India": a noun
# for a company (rules/descriptions.csv, or a "-maker") right before a capitalized name
MAKER_BEFORE = re.compile(r"\b[a-z]*maker (?=[A-Z])")
MAKER_WORDS = ("maker ",)
# "Bank Negara Malaysia (BNM)": an acronym defined in parentheses right after a name
DEFINED_ACRONYM = re.compile(r"(?<=[\w.]) \((?P<acronym>[A-Z]{2,6})\)")
CAPITALIZED_RUN = re.compile(rf"{NAME_WORD}(?: {NAME_WORD}){{0,3}}")
CAPITALIZED_RUN_AT_END = re.compile(rf"(?<![\w'’&.-]){NAME_WORD}(?: {NAME_WORD}){{0,3}}$")


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
    return found if with_of == found[0] else [*found, with_of]


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
                if written[:1].isupper():
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
    return re.compile(rf"(?<=[\w&.]),? (?P<form>{trie_regex(forms)})(?![\w&-]|\.\w)")


@cache
def _legal_form_words() -> re.Pattern[str]:
    """The legal forms alone: a match of `_legal_form_pattern` starts one (" ") or two (", ")
    characters before one, and is tried only there."""
    return re.compile(trie_regex(legal_forms() | {"Co."}))


@cache
def _compound_heads() -> re.Pattern[str]:
    """A capitalized word that ends in an organisation word: "Bundesbank", "Eurogroup"."""
    heads = [h for h in institution_heads() if len(h) >= 4 and h.isalpha()]
    return re.compile(rf"\b[A-Z][a-z]{{3,}}(?:{trie_regex(heads)})\b")


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


def find_legal_forms(finder: InstitutionFinder) -> None:
    """ "Sony Ericsson Mobile Communication AB", "Blackstone Group LP": the legal form ends a company."""
    text = finder.text
    for match in finditer_anchored(_legal_form_pattern(), text, _legal_form_words(), (1, 2)):
        window_start = max(0, match.start() - NAME_WINDOW)
        words = text[window_start : match.start()].split(" ")
        if window_start > 0:
            words = words[1:]  # the first may be cut by the window
        kept: list[str] = []
        named = 0
        for word in reversed(words):  # from the legal form back, while the words name it
            joins = word in ("&", "of") and kept  # "Procter & Gamble Co", "Bank of America Corp"
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
    for match in DEFINED_ACRONYM.finditer(text):
        acronym = match["acronym"]
        if finder.index.overlaps(match.start() - 1, match.start()):
            continue  # "National Bureau of Statistics (NBS)": named by an earlier pass
        window_start = max(0, match.start() - NAME_WINDOW)
        words = text[window_start : match.start()].split(" ")
        if window_start > 0:
            words = words[1:]
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
        if not name or name in countries() or acronym in countries():
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


def find_credit_lines(finder: InstitutionFinder) -> None:
    """ "SEOUL (Yonhap) -", "(AFP) --": the wire agency a dateline credits."""
    for match in CREDIT_LINE.finditer(finder.text):
        group = "name" if match["name"] else "told"
        name = match[group]
        if name in countries() or name.split()[0] in sentence_words() or name.lower() in titles():
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


def find_compounds(finder: InstitutionFinder) -> None:
    """ "Bundesbank": one capitalized word that ends in an organisation word, standing alone."""
    text = finder.text
    for match in _compound_heads().finditer(text):
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
    for match in _nationality_body().finditer(finder.text):
        start, end = match.span("name")
        if finder.index.overlaps(start, end):
            continue
        record = finder._record(match["name"])
        finder._mention(start, end, record)


@cache
def _company_noun_before() -> re.Pattern[str]:
    # ("group" is a company's word, but "the rebel group Hamas" is none)
    nouns = [
        noun for noun, kinds in descriptions().items() if kinds == {"company"} and noun != "group"
    ]
    return re.compile(rf"\b(?:{trie_regex(nouns)}) (?=[A-Z])")


def find_by_context(finder: InstitutionFinder) -> None:
    """ "Airbnb said in a statement", "Airbnb's shares", "shares of Airbnb": what a company does."""
    text = finder.text
    names: dict[str, None] = {}
    for match in finditer_holding(SHARES_AFTER, text, SHARES_WORDS):
        run = CAPITALIZED_RUN_AT_END.search(text, max(0, match.start() - 60), match.start())
        if run:
            names[run.group()] = None
    for match in finditer_word(CONTEXT_BEFORE, text):
        run = CAPITALIZED_RUN.match(text, match.end())
        if run:
            names[run.group()] = None
    makers = finditer_holding(MAKER_BEFORE, text, MAKER_WORDS)
    for matches in (makers, _company_noun_before().finditer(text)):
        for match in matches:
            run = CAPITALIZED_RUN.match(text, match.end())
            # not "company Chairman John Chen": a title opens no company's name
            if run and run.group().split()[0].lower() not in titles():
                names[run.group()] = None
    for match in STATEMENT_AFTER.finditer(text):
        word = CAPITALIZED_RUN_AT_END.search(text, max(0, match.start() - 40), match.start())
        # one word that never follows another capitalized word ("Jane Roe ... Roe said")
        if word and " " not in word.group() and not finder._after_a_capitalized_word(word.group()):
            names[word.group()] = None
    for name in names:
        words = name.split()
        if (
            words[0] in sentence_words()
            or any(w in non_name_words() for w in words)
            or name in countries()
            or name in finder.known
        ):
            continue
        finder.add_named(name, "company")
