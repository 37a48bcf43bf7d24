"""Organizations: names ending (or starting) in an organization word, units owned by them,
abbreviations given in parentheses, and later short references.

"National Energy Administration", "World Trade Forum", "Ministry of
Commerce (MOFCOM)", "the administration's data security bureau" (a unit
whose parent is the administration named before), "the ministry" (a short reference).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache

from pipeline.entities.given_names import PLACE_WORDS, given_names, surnames, us_states
from pipeline.entities.organisations import (
    find_acronym_owners,
    find_by_context,
    find_compounds,
    find_credit_lines,
    find_defined_acronyms,
    find_employers,
    find_exchanges,
    find_head_first_names,
    find_heads_before_countries,
    find_international_organisations,
    find_internationals,
    find_legal_forms,
    find_legislatures,
    find_listed_companies,
    find_nationality_bodies,
    find_news_agencies,
    find_outlet_mentions,
    find_picture_credits,
    find_platforms,
    find_web_names,
    initials,
    legal_forms,
)
from pipeline.extract.article_country import dateline_cities
from pipeline.extract.lexicon import (
    an_office_title,
    common_compounds,
    countries,
    field_phrases,
    head_first_words,
    institution_heads,
    institution_phrases,
    law_heads,
    nationalities,
    not_organisation_acronyms,
    portfolio_words,
    sentence_words,
    title_modifiers,
    titles,
    trie_regex,
)
from pipeline.extract.occurrences import Occurrences
from pipeline.extract.phrases import capitalized_starts
from pipeline.extract.scan import (
    anchor_starts,
    finditer_at,
    finditer_holding,
    finditer_the,
    finditer_word,
    is_word_char,
    lowercase_for_search,
    reversed_text,
    word_boundary,
)
from pipeline.extract.sorted_spans import SortedSpans
from pipeline.extract.spans import EntityIndex, EntitySpan
from pipeline.ids import institution_id
from pipeline.model import Institution

CONNECTORS = frozenset({"of", "for", "and", "the", "on", "&"})
# "Consulate General in Jaffna", "High Commission of India in Colombo": a mission and its city
MISSION_WORDS = re.compile(r"\b(?:Embassy|Consulate|High Commission|Mission)\b")
MISSION_TAIL = re.compile(
    r"(?: General)?(?: in (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})?(?![\w'’-])"
)
WORD = re.compile(r"[\w'’&-]+")
_NOT_NAMES = r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)"
OF_PHRASE = re.compile(
    rf" (?:of|for|on) (?:the |an? )?{_NOT_NAMES}[A-Z][\w'’-]*(?:(?: (?:of|for|on|and|the|&))* {_NOT_NAMES}[A-Z][\w'’-]*)*"
)
# " (NOAA)"; "Commission(LRRRC)" too, as some copy writes it
ABBREVIATION = re.compile(r" ?\((?P<abbr>[A-Z][A-Za-z&]{1,9})\)")
POSSESSIVE_ABBREVIATION = re.compile(r"['’]s \((?P<abbr>[A-Z][A-Za-z&]{1,9})\)")
# Units that belong to an organization: "the ministry's press office".
UNIT_HEADS = (
    "bureau",
    "department",
    "office",
    "division",
    "unit",
    "branch",
    "committee",
    "commission",
    "center",
    "centre",
    "agency",
    "team",
    "secretariat",
    "section",
    "institute",
    "laboratory",
)
POSSESSIVE_UNIT = re.compile(
    rf"['’]s (?P<unit>(?:[a-z][\w-]* ){{0,4}}(?:{'|'.join(UNIT_HEADS)}))\b"
)
SOURCE_ORGANIZATION = re.compile(
    r"\b(?i:data|figures|statistics|numbers|estimates|forecasts|report|survey|study|analysis|poll|statement)\s+"
    r"(?:released\s+|published\s+|issued\s+|compiled\s+)?(?:from|by)\s+(?:the\s+)?"
    r"(?P<name>[A-Z]{2,6}\b|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}\b)(?!\s+[A-Z])"
    r"|\b(?:according to|[Aa]ccording to)\s+(?:the\s+)?(?P<acronym>[A-Z]{2,6})\b"
    r"|(?<![\w.])(?P<speaker>[A-Z]{2,6})\s+(?:said|says|reported|estimated|announced|forecast)\b"
)
# Where a match of SOURCE_ORGANIZATION can start, found by patterns the engine skips to
# directly (its leading `\b` and `(?i:` make it try every position): the first words of
# its first two branches in the lowercased text, the capitals before a verb of the third.
SOURCE_FIRST_WORD = re.compile(
    r"data|figures|statistics|numbers|estimates|forecasts|report|survey|study|analysis|poll"
    r"|statement|according to"
)
# (`[A-Z][A-Z]{1,5}`, not `[A-Z]{2,6}`: a pattern that starts with a repeat is tried at every
# position, one that starts with a character set only at the capitals)
SOURCE_SPEAKER = re.compile(
    r"[A-Z][A-Z]{1,5}\s+(?:said|says|reported|estimated|announced|forecast)\b"
)
# "according to IBES data from Refinitiv": a data set's name, the issuer named after it
DATA_FROM_AFTER = re.compile(r" (?:data|figures|estimates|statistics) (?:from|by) ")
NEXT_WORD = re.compile(r" ([A-Z][\w-]*)")
# "the administration's Consumer Protection Bureau": the unit belongs to the one named before
OWNER_BEFORE = re.compile(r"\b[Tt]he (?:\w+ )?(\w+)['’]s $")  # "the central bank's X Committee"
# "Brentmere council said": a place and a lowercase council, as British papers write it
LOCAL_COUNCIL = re.compile(
    r"(?<![\w'’-])(?P<name>(?:[A-Z][a-z]+ ){1,2}(?:borough |county |city |district )?council)\b"
)
LOCAL_COUNCIL_WORDS = ("council",)  # what every match holds, to skip the scan without it
# "the campaign group Fair Homes Now", "the think tank Bruegel": a name its kind introduces
# (one `\b[Tt]he` before both kinds of word, scanned with `finditer_the`: from each "the",
# the `\b` checked there, where with a `\b` first the engine tries every position)
INTRODUCED_GROUP = re.compile(
    r"\b[Tt]he (?:(?:campaign|advocacy|pressure|lobby|rights|industry|trade) group"
    r"|(?:think tank|charity|nonprofit|non-profit) )"
)
INTRODUCED_GROUP_WORDS = (" group", "think tank ", "charity ", "nonprofit ", "non-profit ")
INTRODUCED_NAME = re.compile(r" ?(?P<name>[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3})")
SHORT_REFERENCE = re.compile(
    rf"\b[Tt]he (?P<head>{'|'.join(sorted(institution_heads(), key=len, reverse=True))})\b(?![- ]?[A-Z])"
)


@cache
def _head_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{trie_regex(_head_words())})\b")


@cache
def _head_words() -> frozenset[str]:
    return frozenset(w.capitalize() for w in institution_heads())


def _heads(text: str) -> Iterator[re.Match[str]]:
    """`finditer_word(_head_pattern(), text)`, tried only where the text has an organization
    word (`phrases.capitalized_starts`), not at every capital."""
    starts = capitalized_starts(text, _head_words())
    if starts is None:
        return finditer_word(_head_pattern(), text)
    return finditer_at(_head_pattern(), text, starts)


@cache
def _words_then_head() -> re.Pattern[str]:
    """Up to three capitalized words, then an organization word: "Forum| Senior Officials'
    |Meeting" (the head itself is matched after, by `_head_pattern`)."""
    heads = trie_regex(w.capitalize() for w in institution_heads())
    return re.compile(rf"(?: [A-Z][\w'’-]*){{0,3}}? (?=(?:{heads})\b)")


# A line without a full stop and with fewer words than this is a headline: its capitals
# mark no names
HEADLINE_WORDS = 30
HEADLINE_CHARS = 400
MAX_HEADLINE_CHECKS = 8
SPACE = re.compile(" ")
LOWERCASE_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")
# Words in small letters in a title-case headline: "for", "of", "and" ("Bolivian Gov't Asks
# Parliament for Swift Approval of Lithium Agreements With Russia")
HEADLINE_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on"}
    | {"or", "per", "the", "to", "vs", "via", "with"}
)


# A small word capitalized inside a name: only a title-case headline writes "With", "To"
CAPITALIZED_SMALL_WORD = re.compile(
    r" (?:{})(?= )".format("|".join(sorted(w.capitalize() for w in HEADLINE_SMALL_WORDS)))
)


def _title_case(line: str) -> bool:
    """Whether every word of `line` but its small words and one other is capitalized."""
    lowercase = [word for word in LOWERCASE_WORD.findall(line) if word not in HEADLINE_SMALL_WORDS]
    return len(lowercase) <= 1 and line.count(" ") >= 3


VERB_AFTER_LAW_WORD = re.compile(
    r" (?:[Tt]o|[Oo]n|[Aa]gainst|[Oo]ut|[Oo]ver|[Ii]n|[Ff]or|[Tt]hat)\b"
)
NEXT_CAPITALIZED_WORD = re.compile(r" ([A-Z][a-z]+)\b")


def _head_of_another_noun(text: str, end: int) -> bool:
    """ "New Mining Law", "Social Media Directives", "Central Bank Act": the organization word
    ending at `end` is part of the name of a law after it, not the name of an organization."""
    after = NEXT_CAPITALIZED_WORD.match(text, end)
    if after is None:
        return False
    word = after.group(1).lower()
    if VERB_AFTER_LAW_WORD.match(text, after.end()):
        return False  # "Central Bank Acts to ...", "Supreme Court Rules Against ...": a headline's verb
    return word in law_heads() or (word.endswith("s") and word[:-1] in law_heads())


def _ends_with_a_head(text: str, end: int) -> bool:
    """Whether the word ending at `end` is an organisation's word ("House", "Ministry")."""
    word = LAST_WORD.search(text, max(0, end - 30), end)
    return word is not None and word.group().lower() in institution_heads()


def _head_opens_a_title(text: str, end: int) -> bool:
    """ "Programme Manager", "Fund Manager": the organisation word ending at `end` and the
    capitalized word after it are a title (rules/titles.txt). Of one word before it, the name
    is that word's ("EPA Programme Manager Jo Roe": the EPA's; not "World Food Programme
    Director", read as the programme's)."""
    after = NEXT_CAPITALIZED_WORD.match(text, end)
    head = LAST_WORD.search(text, max(0, end - 30), end)
    return (
        after is not None
        and head is not None
        and f"{head.group().lower()} {after.group(1).lower()}" in titles()
    )


MEMBER_TITLE_AFTER = re.compile(r" ([a-z]+)\b")
LAST_WORD = re.compile(r"[A-Za-z]+$")


def _lone_legislature(text: str, head: re.Match[str]) -> bool:
    """ "told Congress", "the Senate passed": a legislature's word capitalized inside a
    sentence is its name ("House prices rose" starts a sentence and names none)."""
    if institution_heads().get(head.group().lower()) != "legislature":
        return False
    if head.group().lower() == "chamber":
        return False  # "on the floor of the Chamber": alone, the room more often than the house
    # "Congress spokesman Abhishek Rao said": a member's title after it, even at a sentence start
    member = MEMBER_TITLE_AFTER.match(text, head.end())
    if member and member.group(1) in titles():
        return True
    before = text[: head.start()].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?\n\"“‘'(:"


def _is_name_word(word: str) -> bool:
    return (
        (word[:1].isupper() or word == "&")
        and word not in sentence_words()
        # ("THE Guernsey Court of Appeal": a sentence's opening word in capitals)
        and not (word.isupper() and word.title() in sentence_words())
        # ("Because Dane County Circuit Court", "Is Parliament not competent": a verb or a
        # conjunction opening the sentence)
        and word.lower() not in CLAUSE_WORDS
        and word.lower() not in law_heads()
    )


# Verbs and conjunctions that open a sentence and no organisation's name
CLAUSE_WORDS = frozenset(
    {"is", "are", "was", "were", "be", "been", "has", "have", "had", "would", "could"}
    | {"can", "might", "must", "shall", "should", "do", "does", "did", "because", "although"}
    | {"though", "while", "when", "if", "but", "nor", "than", "that", "which", "who", "whom"}
    | {"whose", "since", "until", "despite", "unlike", "whether", "after", "before"}
)


# "People's Bank of China", "Women's Institute": a people's possessive is a part of the name
COLLECTIVE_OWNERS = frozenset(
    {"People", "Workers", "Women", "Children", "Citizens", "Farmers", "Veterans", "Teachers"}
)


# "Regular Press Conference", "Media Conference": an event of whoever holds it, no body
PRESS_EVENT = re.compile(r"\b(?:Press|Media|News) (?:Conference|Briefing)$")
HEAD_THEN_WORD = re.compile(r"[\w'’-]+ ([A-Z][\w-]*)")


def _title_after(text: str, head_start: int) -> bool:
    """ "Cabinet Secretary": the organisation word at `head_start` is followed by a title."""
    following = HEAD_THEN_WORD.match(text, head_start)
    return following is not None and following.group(1).lower() in titles()


def _words_back(text: str, position: int, reach: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of the words (`WORD`) of the `reach` characters before `position`,
    nearest first, as `reversed(list(WORD.finditer(text, position - reach, position)))` gives
    them: read in the reversed text, only as far as they are asked for (a name is one to
    three words, the window holds twenty)."""
    length = len(text)
    backwards = reversed_text(text)
    for word in WORD.finditer(backwards, length - position, length - max(0, position - reach)):
        start, end = length - word.end(), length - word.start()
        yield start, end, text[start:end]


def _extend_left(
    text: str, head_start: int, and_at_head: bool = False, abbreviated: bool = False
) -> int:
    """Where the name whose first organization word starts at `head_start` begins: the
    capitalized words before it ("National Energy Administration"), and one word and an
    "and" before them ("Energy and Petroleum Regulatory Authority"; `and_at_head`: right
    before the organization word too, when more words of the name follow it); up to three
    words before the "and" when the name's abbreviation follows it (`abbreviated`: "National
    Oceanic and Atmospheric Administration (NOAA)"; without it "The Washington Post and ABC
    News", "the National Treasury and Revenue Authority" name two)."""
    start = pending = head_start
    before_and = None  # where the name started before an "and" was crossed
    and_at = head_start  # where that "and" is
    after_of = None  # where the name started before an "of", "for" or "&" was crossed
    for word_start, word_end, word in _words_back(text, head_start, 150):
        if text[word_end:pending].strip() or "\n" in text[word_end:pending]:
            break
        if word.endswith("-") and word_end < pending:
            # "(MENAFN- Kuwait News Agency": a credit's separator, not a word of the name (but
            # "Sun-Times" is one word)
            break
        if word.endswith(("'s", "’s")) and word[:-2] not in COLLECTIVE_OWNERS:
            break  # "Japan's Ministry of Trade": the owner is named apart, not part of the name
        if (
            start == head_start
            and (word.lower() in title_modifiers() or word == "Chief")
            and _title_after(text, head_start)
        ):
            # "Chief Cabinet Secretary": the title holds the organization, not the reverse
            # (but "the Federal Executive Council" is a name: no title follows its head)
            break
        if _is_name_word(word):
            if (
                before_and is not None
                and start < before_and
                and not (abbreviated and _may_open_a_field([word, *text[start:and_at].split()]))
            ):
                # "Food and Drug Administration", "National Oceanic and Atmospheric
                # Administration (NOAA)", but "Ministry of Finance and Central Bank", "Acme Corp
                # and Transport Authority (TA)"
                return before_and
            start = pending = word_start
        elif word in ("of", "for", "&"):
            if before_and is not None:
                return before_and  # "Ministry of Finance and Central Bank" names two
            pending, after_of = word_start, start
        elif word == "and" and before_and is None and (start < head_start or and_at_head):
            # "Energy and Petroleum Regulatory Authority": two words of one name's field
            before_and, pending, and_at = start, word_start, word_start
        else:
            break
    if (
        after_of is not None
        and start < after_of
        and _a_persons_name(text[start:after_of].split()[:-1])
    ):
        return after_of  # "Mary Jones of Acme Bank said": a person, then where she works
    if before_and is not None:
        part = text[start:before_and].split(" and ")[0]
        if start == before_and or part in countries() or part in nationalities():
            return before_and  # no word, or a country, before the "and": not this name's
    return start


SENTENCE_ARTICLES = frozenset({"A", "An", "The"})
FIELD_WORDS_BEFORE_AND = 3  # "National Oceanic and ...": the words of a name before its "and"


def _may_open_a_field(words: list[str]) -> bool:
    """Whether capitalized words before an "and" inside a name ("National Oceanic" of
    "National Oceanic and Atmospheric Administration") may be its first words: at most three,
    no organisation or legal-form word among them ("Acme Corp and Transport Authority" names
    two)."""
    return len(words) <= FIELD_WORDS_BEFORE_AND and not any(
        word.lower() in institution_heads() or word in legal_forms() for word in words
    )


def _a_persons_name(words: list[str]) -> bool:
    """ "Mary Jones", "Economist Tom Brown": a given name first and a family name last,
    after titles if any."""
    while words and (words[0].lower() in titles() or words[0].lower() in title_modifiers()):
        words = words[1:]
    return 2 <= len(words) <= 4 and words[0] in given_names() and words[-1] in surnames()


# The word right before a name
WORD_BEFORE = re.compile(r"([\w-]+)\.? $")


def _a_titled_given_name(text: str, start: int, name: str) -> bool:
    """Whether `name` is a given name and a company's word, after an office's title (in the
    name or right before it): "Judge Samuel Steel", "lawyer Ana Mills" are people whose family
    name is a company's word. (Not after an honorific or a sovereign's title: "Mr Price Group",
    "King Price Insurance" are companies.)"""
    words = name.split()
    titled = False
    while len(words) > 2 and an_office_title(words[0]):
        words, titled = words[1:], True
    # (a company's word only: "Queen Elizabeth Hospital", "Prince Sultan University" are
    # named after someone)
    if (
        len(words) != 2
        or words[0] not in given_names()
        or institution_heads().get(words[1].lower()) != "company"
    ):
        return False
    before = WORD_BEFORE.search(text, max(0, start - 30), start)
    return titled or (before is not None and an_office_title(before.group(1)))


# What names a market, before "Exchange": "Stock Exchange", "Mercantile Exchange"
MARKET_WORDS = frozenset(
    {"stock", "stocks", "securities", "commodity", "commodities", "mercantile", "futures"}
    | {"options", "derivatives", "metal", "metals", "energy", "power", "grain", "cotton"}
)


def _a_market(before: str) -> bool:
    """Whether the words before "Exchange" make it a market's name: a market's word ("Stock
    Exchange", "Mercantile Exchange") or a place ("Moscow Exchange", "Nigerian Exchange
    Group"), not "Prisoner Exchange" or "Gunfire Exchange" (a headline's capitals)."""
    words = before.split()
    return any(
        word.lower() in MARKET_WORDS
        or word in countries()
        or word in nationalities()
        or word in us_states()
        or word.upper() in dateline_cities()
        for word in words
    )


def _is_office(name: str) -> bool:
    """Whether a name is a title, then "of" and the body it heads: "Inspector-General of
    Police", "Commissioner of Police" (each word before "of", or each part of a hyphened one,
    a title, or "and" between two)."""
    before, of, _ = name.partition(" of ")
    if not of or not before:
        return False
    words = [part.lower() for word in before.split() for part in word.split("-")]
    # ("Chairman and General Manager of Acme Bank": two offices joined)
    return words[-1] in titles() and all(
        word in titles() or word in title_modifiers() or word in ("and", "&") for word in words
    )


def _opens_a_persons_name(words: list[str], i: int) -> bool:
    """Whether `words[i]` opens a person's name after an organisation's: "of Kenya Patrick
    Njoroge" (a given name, then a family name; not "of New York Mellon", "of the District of
    Columbia Circuit")."""
    return (
        words[i] in given_names()
        and i + 1 < len(words)
        and words[i + 1] in surnames()
        and words[i - 1] not in PLACE_WORDS
        # ("of Sierra Leone Ibrahim Stevens": a country's name goes on through it)
        and f"{words[i - 1]} {words[i]}" not in countries()
        and words[i] not in countries()
    )


TRAILING_JOINERS = re.compile(r"(?: (?:and|of|for|the|&))+$")


def _of_phrase(text: str, end: int) -> str:
    """ " of Industry and Information Technology", but not " of X and the Y Agency" (two names);
    a portfolio listed with commas goes on to its "and" (" of Trade, Industry and Energy")."""
    match = OF_PHRASE.match(text, end)
    if not match:
        return ""
    listed = PORTFOLIO_LIST.match(text, match.end())
    if (
        listed is not None
        and " " not in match.group().strip().split(" ", 1)[-1].removeprefix("the ")
        and all(
            word in portfolio_words() or word == "and"
            for word in WORD.findall(listed.group().rsplit(" and ", 1)[0] + " and")
        )
        and WORD.findall(listed.group())[-1] in portfolio_words()
    ):
        # "Ministry of Trade, Industry, and Energy", "Ministry of Health, Labour and Welfare":
        # fields listed (rules/portfolio_words.txt; not "Ministry of Health, Ecowas and
        # Unicef"), closed by "and"
        return _of_phrase_words(match.group() + listed.group())
    return _of_phrase_words(match.group())


# ", Industry, and Energy", ", Labour and Welfare": the rest of a portfolio listed with commas
PORTFOLIO_LIST = re.compile(r"(?:, [A-Z][a-z]+){1,3},? and [A-Z][a-z]+(?: [A-Z][a-z]+)?\b")


def _of_phrase_words(phrase: str) -> str:
    """The of-phrase `phrase` up to a title or a person's name, and its parts after "and" that
    are not another name (`_of_phrase`)."""
    # "of Japan Secretary General Jane Roe": a title after the name starts the next phrase
    words = phrase.split(" ")  # ["", "of", ("the",) first name word, ...]
    first = 3 if words[2] in ("the", "a", "an") else 2
    # ("of the Prime Minister of Canada": an office first is the name's)
    after_title = _title_end(words, first)
    for i, word in enumerate(words[after_title + 1 :], start=after_title + 1):
        if word.lower() in titles() or _opens_a_persons_name(words, i):
            # (the words that joined the name to the next end nothing: "of Zurich and")
            match_text = TRAILING_JOINERS.sub("", " ".join(words[:i]))
            break
    else:
        match_text = phrase
    parts = match_text.split(" and ")
    kept = parts[0]
    for part in parts[1:]:
        # "of X and the Y Agency" names two, and so do "of Health and Kenya Power" (a
        # country's name opens the second) and "of Transportation and Federal Aviation
        # Administration"; "of Industry and Energy" is one name, and so is "of Health and Human
        # Services" (a field with an organisation word, rules/field_phrases.txt)
        words = part.split()
        if (
            (
                _head_pattern().search(part)
                and len(words) > 1
                and part.lower() not in field_phrases()
            )
            or _opens_with_a_country(words)
            # ("of Education and Youth and the JTA": an acronym after "the" is another body's;
            # "of Science and ICT" is a field)
            or (len(words) == 2 and words[0] == "the" and words[1].isupper() and len(words[1]) > 1)
        ):
            break
        kept += " and " + part
    # "the Bank of Ghana's new governor": the possessive is the whole name's
    return kept.removesuffix("'s").removesuffix("’s")


# Organisation words that, before "of" and a person, name that person's rule: "the Government of
# President Jo Roe" (not "the Office of President Jo Roe", an organisation named so)
PERSONAL_HEADS = frozenset({"Government", "Administration", "Regime", "Cabinet"})


def _a_title_then_a_name(phrase: str) -> bool:
    """Whether an of-phrase is a title, then a capitalized word: " of President Jo Roe"."""
    words = phrase.split(" ")  # ["", "of", ("the",) ...]
    if len(words) < 3:
        return False
    first = 3 if words[2] in ("the", "a", "an") else 2
    after_title = _title_end(words, first)
    return first < after_title < len(words) and words[after_title][:1].isupper()


def _title_end(words: list[str], i: int) -> int:
    """The end of the title `words[i:]` open with ("President", "Prime Minister", "Deputy
    Governor"), or `i` when they open with none."""
    j = i
    while j < len(words) and words[j].lower() in title_modifiers():
        j += 1
    if j + 1 < len(words) and f"{words[j]} {words[j + 1]}".lower() in titles():
        return j + 2
    if j < len(words) and words[j].lower() in titles():
        return j + 1
    return i


def _opens_with_a_country(words: list[str]) -> bool:
    """ "Kenya Power", "South Africa Tourism": a country's name (of one or two words) first."""
    return bool(words) and (
        words[0] in countries() or (len(words) > 1 and f"{words[0]} {words[1]}" in countries())
    )


# the words before "House" that make it a chamber of a legislature
HOUSES = frozenset({"lower", "upper"})


@cache
def _phrase_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each kind-giving phrase as a whole-word pattern, compiled once, in the rule file's order."""
    return tuple(
        (re.compile(rf"\b{re.escape(phrase)}\b"), kind)
        for phrase, kind in institution_phrases().items()
    )


def kind_of(name: str) -> str:
    """The kind implied by a phrase in the name ("central bank") or the organization word heading it."""
    lowered = name.lower()
    for pattern, kind in _phrase_patterns():
        if pattern.search(lowered):
            return kind
    words = [w.lower() for w in WORD.findall(name)]
    of_at = words.index("of") if "of" in words else len(words)
    kinds = [institution_heads()[w] for w in words[:of_at] if w in institution_heads()]
    if "media outlet" in kinds:  # "Xinhua News Agency" is a news outlet, whatever word ends it
        return "media outlet"
    if kinds and words[-1] == "house" and len(words) > 1 and words[-2] not in HOUSES:
        # "White House", "Government House", "Chatham House": a house named by the words before
        # it is an office, a residence or a body of another kind, not a chamber ("House of
        # Commons", "the House", "the Lower House", "the Kentucky House", a place's)
        place = name.rsplit(" ", 1)[0]
        if place not in us_states() and place not in countries() and place not in nationalities():
            return "organization"
    return kinds[-1] if kinds else "organization"


def _head_word(name: str) -> str | None:
    words = [w.lower() for w in WORD.findall(name)]
    of_at = words.index("of") if "of" in words else len(words)
    heads = [w for w in words[:of_at] if w in institution_heads()]
    return heads[-1] if heads else None


def _source_matches(text: str) -> Iterator[re.Match[str]]:
    """`SOURCE_ORGANIZATION.finditer(text)`, the pattern tried only where a match can start."""
    lowered = lowercase_for_search(text)
    if lowered is None:
        return SOURCE_ORGANIZATION.finditer(text)
    starts = [*anchor_starts(SOURCE_FIRST_WORD, lowered), *anchor_starts(SOURCE_SPEAKER, text)]
    return finditer_at(SOURCE_ORGANIZATION, text, starts)


class InstitutionFinder:
    """Collects the institutions of one article and adds their mentions to the index."""

    def __init__(self, text: str, index: EntityIndex):
        self.text = text
        self.index = index
        self.records: dict[str, Institution] = {}
        # the words before " of " of each name recorded: "Central Bank" -> the id of "Central
        # Bank of Uzbekistan" (None when several names open with them)
        self.of_forms: dict[str, str | None] = {}
        self.known: set[str] = set()  # every record's name and abbreviation
        # mentions by the organization word of their institution's name, for "the ministry"
        self.by_head: dict[str, SortedSpans[str]] = {}
        self.occurrences = Occurrences(text)
        self.right_ends: dict[int, int] = {}  # `_extend_right_to_last_head`, remembered
        # a company's name without its legal form ("Samsung Electronics" of "... Co.")
        self.short_forms: dict[str, Institution] = {}
        # runs of capitalized words after "the" in small letters (`organisations._names_after_the`)
        self.names_after_the: frozenset[str] | None = None
        self._after_capitalized: dict[str, bool] = {}  # `_after_a_capitalized_word`, by name
        self._phrase_occurrences: dict[str, list[tuple[int, int]]] = {}  # `Occurrences.of`
        self._headline_checks = 0  # `_confirmed_in_headline`

    def _record(
        self,
        name: str,
        kind: str | None = None,
        parent_id: str | None = None,
        abbreviation: str | None = None,
    ) -> Institution:
        key = institution_id(name, parent_id)
        existing = self.records.get(key)
        record = Institution(
            institution_id=key,
            name=existing.name if existing else name,
            kind=(existing.kind if existing else None) or kind or kind_of(name),
            parent_id=parent_id,
            abbreviation=(existing.abbreviation if existing else None) or abbreviation,
        )
        self.records[key] = record
        if " of " in record.name and parent_id is None:
            # "Central Bank" of "Central Bank of Uzbekistan": one longer name, or None for several
            short = record.name.split(" of ", 1)[0]
            self.of_forms[short] = key if self.of_forms.get(short, key) == key else None
        self.known.add(record.name)
        if record.abbreviation:
            self.known.add(record.abbreviation)
        return record

    def _mention(self, start: int, end: int, record: Institution) -> bool:
        added = self.index.add(
            EntitySpan(
                start, end, "institution", record.institution_id, record.name, self.text[start:end]
            )
        )
        head = _head_word(record.name) if added else None
        if head is not None:
            self.by_head.setdefault(head, SortedSpans()).insert(start, end, record.institution_id)
        return added

    def add_named(self, name: str, kind: str) -> None:
        """An institution known from outside the text (the publisher), and its mentions."""
        if not any(c.isalpha() for c in name):
            return  # a publisher of white space or a bullet (" ", "•") names nothing
        record = self._record(name, kind)
        for start, end in self.occurrences.of(name):
            self._mention(start, end, record)

    def _extend_right_to_last_head(self, end: int) -> int:
        """ "Xinhua News Agency": capitalized words up to a later organization word belong to the name.

        Each end it passes is remembered with where it leads, so a run of organization words
        is walked once, not once from each of them."""
        passed = []
        while end not in self.right_ends:
            passed.append(end)
            following = _words_then_head().match(self.text, end)
            head = _head_pattern().match(self.text, following.end()) if following else None
            if not head:
                self.right_ends[end] = end
                break
            end = head.end()
        for position in passed:
            self.right_ends[position] = self.right_ends[end]
        return self.right_ends[end]

    def _confirmed_in_headline(
        self, start: int, end: int, head: re.Match[str]
    ) -> tuple[int, int] | None:
        """(start, end) as it is outside a title-case headline. In one, whose capitals mark
        words of any kind ("Bolivian Gov't Asks Parliament for Swift Approval of ..."), the
        longest form of the name that the text also has elsewhere ("Ministry of Health and
        Sanitation" of "... and Sanitation Initiates Immediate Response"). A name only the
        headline has is kept, unless a small word capitalized in it ("With") shows that the
        headline's words ran into it: then None."""
        text = self.text
        if self._headline_checks >= MAX_HEADLINE_CHECKS:
            return start, end  # (a bounded number per article: each may read the text)
        # (looked for within a headline's length: a long line is no headline)
        line_start = text.rfind("\n", max(0, start - HEADLINE_CHARS), start) + 1
        line_end = text.find("\n", end, end + HEADLINE_CHARS)
        line_end = len(text) if line_end < 0 and len(text) - end <= HEADLINE_CHARS else line_end
        if (line_start == 0 and start > HEADLINE_CHARS) or line_end < 0:
            return start, end
        line = text[line_start:line_end].rstrip()
        if (
            line.endswith(".")
            or ". " in line
            or line.count(" ") >= HEADLINE_WORDS
            or not _title_case(line)
        ):
            return start, end
        ran_into = CAPITALIZED_SMALL_WORD.search(text, start, end) is not None
        if end == head.end() and not ran_into:
            return start, end  # "Asian Development Bank Approves ...": the name ends at its head
        if line.strip() == text[start:end] and not ran_into:
            return start, end  # a line that is only the name
        self._headline_checks += 1
        inner_ends = [match.start() for match in SPACE.finditer(text, head.end(), end)]
        ends = [end, *reversed(inner_ends)]
        starts = [start, *(match.end() for match in SPACE.finditer(text, start, head.start()))]
        for form_end in ends:
            for form_start in starts:
                form = text[form_start:form_end]
                if form.rsplit(" ", 1)[-1].lower() in HEADLINE_SMALL_WORDS:
                    continue  # "Bank of" of "Bank of Ghana Raises ...": no name ends so
                if " " in form and any(
                    not line_start <= found < line_end for found, _ in self._occurrences_of(form)
                ):
                    return form_start, form_end
        if ran_into:
            return None  # "... Parliament for Swift Approval of Lithium Agreements With Russia"
        return start, end

    def _occurrences_of(self, phrase: str) -> list[tuple[int, int]]:
        known = self._phrase_occurrences.get(phrase)
        if known is None:
            known = self._phrase_occurrences[phrase] = self.occurrences.of(phrase)
        return known

    def find_names(self) -> None:
        text = self.text
        last_end = -1
        for head in _heads(text):
            if head.start() < last_end or self.index.overlaps(head.start(), head.end()):
                continue
            end = self._extend_right_to_last_head(head.end())
            if end > head.end() and _head_opens_a_title(text, end):
                # "White House Press Secretary Jo Roe": the last organisation word opens the
                # title ("Press Secretary"); the name ends at the organisation word before it
                cut = text.rfind(" ", head.end(), end)
                while cut > head.end() and not _ends_with_a_head(text, cut):
                    cut = text.rfind(" ", head.end(), cut)
                end = max(cut, head.end())
            abbreviated = ABBREVIATION.match(text, end) is not None
            start = _extend_left(text, head.start(), abbreviated=abbreviated)
            if start == head.start() and end > head.end():
                # "Energy and Petroleum Regulatory Authority": the first word is a head too
                start = _extend_left(text, head.start(), and_at_head=True, abbreviated=abbreviated)
            if (
                self.index.overlaps(start, end)
                or _head_of_another_noun(text, end)
                or (
                    _head_opens_a_title(text, end) and " " not in text[start : head.start()].strip()
                )
            ):
                continue
            parent = None
            phrase = _of_phrase(text, end)
            if head.group() in PERSONAL_HEADS and _a_title_then_a_name(phrase):
                phrase = ""  # "the Government of President Jo Roe": her government, no name
            if (
                phrase
                # (not an organisation word of a field after "and": "Department of the Interior
                # and Local Government")
                and _head_pattern().search(phrase.split(" and ", 1)[0])
                and re.match(r" (?:of|for|on) the ", phrase)
            ):
                # "Press Bureau of the Ministry of Commerce": a unit and its parent
                parent_start = end + len(re.match(r" (?:of|for|on) (?:the )?", phrase).group())
                parent = (parent_start, end + len(phrase))
            elif phrase:
                end += len(phrase)
            if MISSION_WORDS.search(text, start, end) and (tail := MISSION_TAIL.match(text, end)):
                end = tail.end()
            if start == head.start() and end == head.end() and not _lone_legislature(text, head):
                continue  # a lone capitalized "Ministry" at a sentence start
            if parent is None and end - start > head.end() - head.start():
                confirmed = self._confirmed_in_headline(start, end, head)
                # (nor any organization word in what is left out: "Supreme Court Rules Against
                # Government" is no "Against Government")
                last_end = max(last_end, end)
                if confirmed is None:
                    continue
                start, end = confirmed
            name = text[start:end]
            if PRESS_EVENT.search(name):
                continue  # "Regular Press Conference": a briefing held by the one speaking
            if name.lower().removeprefix("the ") in common_compounds():
                continue  # "Foreign Exchange reserves rose": a thing, no organisation
            if head.group().lower() == "exchange" and not _a_market(text[start : head.start()]):
                continue  # "Prisoner Exchange Talks Stall": an exchange of prisoners
            if _a_titled_given_name(text, start, name):
                continue  # "Advocate Samuel Steel": a person whose family name is a head
            if _is_office(name):
                # "Inspector-General of Police", "Commissioner of Police": an office; "Chairman
                # and General Manager of Bank of Palestine": an office of a body named in full
                # (two offices joined only: "Minister of Territorial Administration" is an
                # office of a portfolio, no body)
                body_start = start + name.index(" of ") + len(" of ")
                if text.startswith("the ", body_start):
                    body_start += len("the ")
                if (
                    " and " not in name[: name.index(" of ")]
                    or body_start > head.start()
                    or " " not in text[body_start:end]
                ):
                    continue
                start, name = body_start, text[body_start:end]

            parent_record = None
            if parent:
                parent_name = text[parent[0] : parent[1]]
                parent_record = self._record(parent_name)
                self._mention(parent[0], parent[1], parent_record)
                last_end = parent[1]
            if parent:
                parent_name = text[parent[0] : parent[1]]
                parent_abbreviation = ABBREVIATION.match(text, parent[1])
                if parent_abbreviation:  # "Bureau of the State Administration of X (SAX)"
                    parent_record = self._record(
                        parent_name, abbreviation=parent_abbreviation["abbr"]
                    )
            elif (owner := OWNER_BEFORE.search(text, max(0, start - 40), start)) is not None:
                parent_record = self.resolve_reference(owner.group(1), start)
                if parent_record is not None:
                    self._mention(owner.start(), owner.end(1), parent_record)
            # "The South African Reserve Bank's (Sarb) Monetary Policy Committee"
            abbreviation = ABBREVIATION.match(text, end) or POSSESSIVE_ABBREVIATION.match(text, end)
            longer = self.of_forms.get(name) if parent_record is None and not abbreviation else None
            if longer is not None:
                # "the Central Bank" after "the Central Bank of Uzbekistan": its short form
                self._mention(start, end, self.records[longer])
                last_end = max(last_end, end)
                continue
            record = self._record(
                name,
                parent_id=parent_record.institution_id if parent_record else None,
                abbreviation=abbreviation["abbr"] if abbreviation else None,
            )
            self._mention(start, end, record)
            last_end = max(last_end, end)

    def find_sources(self) -> None:
        """ "data from Eurostat", "a report by the IMF", "the OECD said": organizations named as sources."""
        for m in _source_matches(self.text):
            name = m["name"] or m["acronym"] or m["speaker"]
            if (
                name in countries()
                or name in self.known
                or name.split()[0] in sentence_words()
                or name in not_organisation_acronyms()  # "Jo Roe MP said", "the CEO said"
                # "a statement by the Police Public Relations Officer": an office, a person's
                or name.split()[-1].lower() in titles()
            ):
                continue
            start, end = (
                m.span("name")
                if m["name"]
                else m.span("acronym")
                if m["acronym"]
                else m.span("speaker")
            )
            if self.index.overlaps(start, end) or DATA_FROM_AFTER.match(self.text, end):
                continue
            # "a report by Jane Doe" names a person; a lone word must never follow another name
            person_like = " " in name or self._after_a_capitalized_word(name)
            if not name.isupper() and kind_of(name) == "organization" and person_like:
                continue
            self.add_named(name, kind_of(name))

    def _after_a_capitalized_word(self, name: str) -> bool:
        r"""`re.search(rf"[A-Z][\w'’-]* {re.escape(name)}\b", text)` for a one-word name
        (remembered: asked once per mention, it would read every mention again)."""
        if name not in self._after_capitalized:
            self._after_capitalized[name] = self._read_after_a_capitalized_word(name)
        return self._after_capitalized[name]

    def _read_after_a_capitalized_word(self, name: str) -> bool:
        text = self.text
        for start, _ in self.occurrences.of(name):
            if start < 2 or text[start - 1] != " ":
                continue
            # the characters of [\w'’-] just before the space, one of them a capital
            at = start - 2
            while at >= 0 and (is_word_char(text[at]) or text[at] in "'’-"):
                if "A" <= text[at] <= "Z":
                    # (not an article opening a sentence: "A Tesco spokesman")
                    if text[at : start - 1] not in SENTENCE_ARTICLES:
                        return True
                    break
                at -= 1
        return False

    def find_introduced(self) -> None:
        """Local councils written in lowercase, and groups named after the word for their kind."""
        for m in finditer_holding(LOCAL_COUNCIL, self.text, LOCAL_COUNCIL_WORDS):
            first = m["name"].split()[0]
            if first in sentence_words() or self.index.overlaps(m.start("name"), m.end("name")):
                continue
            record = self._record(m["name"], kind="government agency")
            self._mention(m.start("name"), m.end("name"), record)
        holds_group = any(words in self.text for words in INTRODUCED_GROUP_WORDS)
        for m in finditer_the(INTRODUCED_GROUP, self.text) if holds_group else ():
            name = INTRODUCED_NAME.match(self.text, m.end())
            if name is None or self.index.overlaps(name.start("name"), name.end("name")):
                continue
            self.add_named(name["name"], "organization")

    def find_abbreviations(self) -> None:
        """ "NBS" after "National Bureau of Statistics (NBS)"; "Norvale" after "Norvale Semiconductors".

        A short form that several organisations share ("Banco" of "Banco Alfa" and "Banco
        Beta") is none of them, and its mentions are read once, not once per organisation."""
        owners: dict[str, list[Institution]] = {}
        for record in list(self.records.values()):
            short_forms = [record.abbreviation] if record.abbreviation else []
            first = record.name.split()[0]
            if (
                record.kind == "company"
                and " " in record.name
                and first[:1].isupper()
                and first not in sentence_words()
                # "China" of "China Communications Construction Co" is the country elsewhere
                and first not in countries()
                and first not in nationalities()
                and first not in head_first_words()  # "Banco" alone names no bank
            ):
                short_forms.append(first)
            for short in dict.fromkeys(short_forms):
                owners.setdefault(short, []).append(record)
        for short, records in owners.items():
            if len(records) > 1:
                continue
            for start, end in self.occurrences.of(short):
                following = NEXT_WORD.match(self.text, end)
                if (
                    following
                    and following.group(1).lower() not in titles()
                    # ("EPA Programme Manager": a title of two words)
                    and not _head_opens_a_title(self.text, following.end())
                ):
                    continue  # "NBS Building" is another name; "NBS Governor" is a title of NBS
                self._mention(start, end, records[0])

    def find_acronyms(self) -> None:
        """ "KCS" in an article naming the "Korea Customs Service": an acronym of a name's
        initials is that institution, whether it comes before or after the name, in
        parentheses or not."""
        by_initials: dict[str, Institution] = {}
        for record in list(self.records.values()):
            if not record.abbreviation:
                for acronym in initials(record.name):
                    by_initials.setdefault(acronym, record)
        for acronym, record in by_initials.items():
            found = self.occurrences.of(acronym)
            if not found or acronym in countries() or acronym in self.known:
                continue
            record = self._record(record.name, record.kind, record.parent_id, abbreviation=acronym)
            for start, end in found:
                self._mention(start, end, record)

    def find_clipped_forms(self) -> None:
        """ "StatCan" after "Statistics Canada", "Petrobras" after "Petroleo Brasileiro SA": a
        word made of the openings of each word of one name, in order (a clipped compound, as
        companies and wires write them), is that institution. Only words that open with the
        first two letters of a name of two words or more are compared."""
        by_first: dict[str, list[tuple[Institution, list[str]]]] = {}
        for record in self.records.values():
            words = [w for w in record.name.split() if w[:1].isupper() and w not in legal_forms()]
            if words and words[0] == "The":
                words = words[1:]  # "The Washington Post": no compound clips "The"
            if len(words) >= 2 and CLIPPED_OPENING.fullmatch(words[0][:2]):
                folded = [_folded(w) for w in words]
                by_first.setdefault(words[0][:2], []).append((record, folded))
        if not by_first:
            return
        text = self.text
        for opening, entries in sorted(by_first.items()):
            if len(entries) > MAX_CLIPPED_NAMES:
                continue  # a clipped word could be any of them; and each word read stays cheap
            at = text.find(opening)
            while at >= 0:
                match = CLIPPED_CANDIDATE.match(text, at) if word_boundary(text, at) else None
                at = text.find(opening, at + 1)
                if match is None:
                    continue
                word = match.group()
                word = word.lower() if word.isascii() else _folded(word)
                owners = {
                    record.institution_id: record
                    for record, words in entries
                    # (the last word's opening must follow the first's: most words fail at once)
                    if words[-1][:MIN_CLIPPED_PART] in word[MIN_CLIPPED_PART:]
                    and word not in words
                    and _clipped_from(word, words)
                }
                if (
                    len(owners) == 1
                    and match.group() not in given_names()  # "Nina Okafor" is a person
                    and not self.index.overlaps(match.start(), match.end())
                ):
                    self._mention(match.start(), match.end(), next(iter(owners.values())))

    def find_short_forms(self) -> None:
        """ "Samsung Electronics" after "Samsung Electronics Co.": the name without its legal form."""
        for short, record in self.short_forms.items():
            for start, end in self.occurrences.of(short):
                self._mention(start, end, record)

    def resolve_reference(self, head: str, position: int) -> Institution | None:
        """The latest institution named before `position` whose organization word is `head`."""
        named = self.by_head.get(head.lower())
        institution = next(named.ending_at_or_before(position), None) if named else None
        return self.records.get(institution) if institution else None

    def find_units(self) -> None:
        """ "the administration's data security bureau", "NEA's legal department" """
        text = self.text
        for match in POSSESSIVE_UNIT.finditer(text):
            owner_end = match.start()
            owner = self.index.ending_at(owner_end, ("institution",))
            owner_record = self.records.get(owner.entity_id) if owner else None
            if owner_record is None:
                reference = re.search(r"\b[Tt]he (\w+)$", text[max(0, owner_end - 40) : owner_end])
                if not reference:
                    continue
                owner_record = self.resolve_reference(reference.group(1), owner_end)
                if owner_record is None:
                    continue
                self._mention(owner_end - len(reference.group()), owner_end, owner_record)
            unit = match.group("unit")
            record = self._record(
                unit, kind=owner_record.kind, parent_id=owner_record.institution_id
            )
            self._mention(match.start("unit"), match.end("unit"), record)

    def find_short_references(self) -> None:
        for match in finditer_the(SHORT_REFERENCE, self.text):
            if self.index.overlaps(match.start(), match.end()):
                continue
            record = self.resolve_reference(match.group("head"), match.start())
            if record is not None:
                self._mention(match.start(), match.end(), record)


# How a name's first word opens for a clipped compound to be looked for: "Pe" of "Petroleo"
CLIPPED_OPENING = re.compile(r"[A-Z][a-z]")
# A word that may be a clipped compound: "StatCan", "Petrobras" (matched where it starts)
CLIPPED_CANDIDATE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)*\b")
# letters each word of the name gives at least: with two, "Nina" clips the "Nigerian Navy"
# and "Deal" the "Democratic Alliance"
MIN_CLIPPED_PART = 3
MAX_CLIPPED_NAMES = 8  # names sharing their first two letters beyond which none is clipped


def _folded(word: str) -> str:
    """Lowercase without accents: "Petróleos" -> "petroleos"."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c)
    )


def _clipped_from(word: str, words: list[str]) -> bool:
    """Whether `word` is the openings of all of `words`, in order, each of at least
    `MIN_CLIPPED_PART` letters: "statcan" of ["statistics", "canada"]."""
    reachable = {0}  # where in `word` the openings of the words read so far can end
    for name_word in words:
        reachable = {
            end + size
            for end in reachable
            for size in range(MIN_CLIPPED_PART, len(name_word) + 1)
            if word.startswith(name_word[:size], end)
        }
        if not reachable:
            return False
    return len(word) in reachable


def find_institutions(text: str, index: EntityIndex, outlets: list[str] = ()) -> list[Institution]:
    """Institutions of one article; `outlets` are the publisher and wire agency read from the page."""
    finder = InstitutionFinder(text, index)
    for outlet in dict.fromkeys(outlets):
        finder.add_named(outlet, "media outlet")
    find_legal_forms(finder)
    find_heads_before_countries(finder)
    find_internationals(finder)
    find_head_first_names(finder)
    finder.find_names()
    find_legislatures(finder)
    find_news_agencies(finder)
    find_international_organisations(finder)
    find_web_names(finder)
    # (after the names: "Kuwait News Agency (KUNA) ... TOKYO (KUNA) --" credits the agency
    # already named, by its abbreviation)
    find_credit_lines(finder)
    find_picture_credits(finder)
    find_platforms(finder)
    find_outlet_mentions(finder)
    find_defined_acronyms(finder)
    find_compounds(finder)
    find_nationality_bodies(finder)
    finder.find_introduced()
    finder.find_abbreviations()
    finder.find_acronyms()
    finder.find_clipped_forms()
    finder.find_sources()
    find_by_context(finder)
    find_employers(finder)
    find_acronym_owners(finder)
    find_exchanges(finder)
    finder.find_short_forms()
    find_listed_companies(finder)
    finder.find_units()
    finder.find_short_references()
    return sorted(finder.records.values(), key=lambda r: r.institution_id)
