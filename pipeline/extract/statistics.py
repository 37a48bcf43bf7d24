"""Statistics: numbers that count or measure something, with comparator, unit and subject.

"more than 40 schools" -> 40, ">", schools; "up to Rs 250 crore" -> 2500000000, "<=",
rupees; "6 to 6.5 percent" -> two rows (6, ">=") and (6.5, "<="). Dates, years,
ordinals, identifiers ("Article 5"), phone numbers, times and names with digits
("5G", "COVID-19", "24/7") are not statistics.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from pipeline.extract.currencies import (
    country_currencies,
    currency_code,
    currency_names,
    currency_signs,
    currency_units,
    currency_units_codes,
    currency_word,
    named_currencies,
)
from pipeline.extract.lexicon import past_tenses, people_nouns, read_list, read_table, trie_regex
from pipeline.extract.scan import (
    anchor_starts,
    is_word_char,
    lowercase_for_search,
    reversed_text,
    window_start,
)
from pipeline.extract.sorted_spans import SortedSpans
from pipeline.extract.spans import EntityIndex
from pipeline.extract.text import Sentence, sentences_around, text_sentences
from pipeline.extract.units import looks_plural, measure_units, plural, singular
from pipeline.model import DateExpression, Statistic

DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# "1,5 %": a comma before one or two digits is a decimal comma, never a thousands separator
DECIMAL_COMMA = r"\d{1,3},\d{1,2}"
# "189 000 jobs", "1 250 000": a space between groups of three digits, as South Africa and
# much of Europe write thousands (a group of one to three digits, then groups of three)
SPACED_THOUSANDS = (
    # (not after a capitalized word: "June 30 400 people", "March 3 100 protesters")
    r"(?<![A-Z][a-z] )(?<![A-Z][a-z]{2} )(?<![A-Z][a-z]{3} )(?<![A-Z][a-z]{4} )"
    r"(?<![A-Z][a-z]{5} )(?<![A-Z][a-z]{6} )(?<![A-Z][a-z]{7} )(?<![A-Z][a-z]{8} )"
    r"\d{1,3}(?: \d{3})+(?![\d,.]?\d)"
)
AUXILIARIES = frozenset(
    {
        "have",
        "has",
        "had",
        "are",
        "were",
        "is",
        "was",
        "will",
        "would",
        "can",
        "could",
        "did",
        "do",
        "does",
    }
)
TIME_SPAN = re.compile(r"\s+(?:days?|weeks?|months?|quarters?|years?|decades?|hours?)\b")
AT_OR_TO_BEFORE = re.compile(r"\b(?:to|at)\s+(?:close\s+at\s+|end\s+at\s+)?$")
AT_OR_TO = ("to", "at")  # how every match of AT_OR_TO_BEFORE ends, before its spaces
# After a bare number, what befell those counted, or where they are ("more than 600 injured",
# "403 in Elazig"): the count goes on with the unit of the sentence's count before it
COUNT_GOES_ON = re.compile(
    r"\s+(?:(?:were|are|was|have been|had been)\s+)?(?P<befell>killed|injured|wounded|dead"
    r"|missing|hurt|arrested|detained|displaced|rescued|evacuated|infected|hospitali[sz]ed)\b"
    r"|\s+in\s+[A-Z][a-z]"
)
# "651 others", "two more": more of what the sentence counted before
OTHERS = frozenset({"other", "others"})
OTHERS_REACH = 300  # characters from the count before, at most
# Words of approximation before a number: "of which about 10", "of the roughly 200"
_SOME = r"(?:(?:only|just|about|around|nearly|almost|some|roughly)\s+)?"
# "17 vessels ..., of which 10", "16 diplomats and of them 13", "106 draft laws. Of these, 37":
# a part of what was just counted, in its unit (also "13 of them")
PARTITIVE_BEFORE = re.compile(
    rf"\b(?:of (?:which|whom|them|these|those)\s+|[Oo]f (?:these|them|those),\s*){_SOME}$"
)
PARTITIVE_AFTER = re.compile(r"\s+of\s+(?:them|these|those|which)\b")
# "sold 1.6 million smartphones compared with about 1.3 million", "fell to 4.8% from 5.1": the
# number compared is in the unit of the one before it in the sentence (after "from", not a
# percent: "rose 5% from 100" compares a change with a level)
COMPARED_BEFORE = re.compile(
    rf"\b(?P<word>compared (?:with|to)|against|versus|vs\.?|from)\s+(?:the (?:previous|present|prior) )?{_SOME}$"
)
COMPARED_GAP = 40  # characters between the statistic and "compared with", at most
# Before a statistic: a count of where or when something is counted, not what is compared
ADJUNCT_BEFORE = re.compile(r"\b(?:in|for|of|over|across|on|per|among|from|the)\s+$")
RANGE_ON = re.compile(r"\s*(?:to|-|–|and)\s*\d")  # "from 62 to 64": a range's first end
DIGIT = re.compile(r"\d")
SHARES = frozenset({"percent", "percentage point", "fraction"})  # no whole a part is of
RECENT_COUNTS = 8  # statistics a part may be of, the latest first
# Units a count does not go on in: amounts, rates and times
NOT_COUNTED_ON = frozenset(
    {"percent", "percentage point", "fraction", "time", "year", "month", "day", "week", "hour"}
)
# "the number of registered online merchants ... had reached about 14.6 million"
NUMBER_OF = re.compile(
    r"\b[Tt]he (?:total )?number of (?:[a-z][\w-]* ){0,3}(?P<noun>[a-z][\w-]*s)\b[^.;]{0,80}"
    r"\b(?:reached|rose to|fell to|stood at|was|is|totaled|totalled|hit)\s+(?:\w+\s+){0,2}$"
)
# "eight of the 27 member states", "24 of 30 economists", "37 of Scotland's most vulnerable
# species": a part of a group, which counts what the group counts
OF_GROUP = re.compile(
    rf"\s+of\s+(?:(?:(?:the|its|their)\s+)?{_SOME}\d[\d,]*(?=\s)"
    r"|[A-Z][\w-]*['’]s\s+(?:most\s+)?(?=[a-z])"
    # "70,000 of the new jobs": a part of a group named by its plural noun, after digits
    # (`_noun_after`; not "prayers 2 and 3 of the application", "one of the most ...", nor
    # "two of the officers", a reference to a group named before)
    r"|(?P<noun_group>(?:the|these|those)\s+"
    r"(?!most\b|least\b|(?:only|just|about|around|nearly|almost|some|roughly)\s)"
    r"(?=(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?<!ou|ss|is|us)s\b)))"
)
# "1/2 of the staff": a fraction; "game 5 of the playoffs", "the top 4 of the standings": a
# number that names a place in a series, no count
LABEL_OR_FRACTION_BEFORE = re.compile(
    r"\d/\d+$|\b(?:[Gg]ame|[Mm]atch|[Rr]ound|[Ss]tage|[Pp]hase|[Pp]art|[Ll]eg|[Dd]ay|[Ww]eek"
    r"|[Tt]op|[Bb]ottom|[Nn]o\.|[Nn]umber)\s+\w+$"
)
DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)\s+$")
# "schools nationwide", "enterprises in China": what describes the counted noun
SUBJECT_MODIFIERS = re.compile(
    r"(?:\s+\w+wide\b)?(?:\s+(?:in|of|at|across|from|for|under|on)\s+(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*)*)?"
)
AUXILIARY_AFTER = re.compile(r"\s+(?P<aux>\w+)\s+")  # "that have opened ...": a clause on the noun
CLAUSE_WORD = re.compile(r"\s*([^\s,;:.!?\"“”]+)")  # a word before the clause's punctuation
OF_NOUN_PHRASE = re.compile(r"\s+of\s+(?P<np>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2})")
NAME_BEFORE = re.compile(r"\b(?P<word>[A-Za-z][\w-]*)(?P<gap>\s)$")
SENTENCE_START = re.compile(r"(?:^|[.!?:\n]\s*|[\"“(]\s*)$")
# capitalized words that stand before a count, not an identifier: "Some 40", "About 300"
NOT_LABELS = frozenset(
    {"About", "Some", "Over", "Nearly", "Almost", "Around", "Only", "Just", "All"}
)
NOUN_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")
# a word of a noun phrase: lowercase, a capitalized plural ("Indians") or modifier ("Chinese"),
# an acronym ("PVTG communities", "M-PESA customers") or a brand in camel case ("iPhones")
WORD_SHAPE = re.compile(r"[a-z][a-z'’-]*|[A-Z][a-z]+|[A-Z](?:-?[A-Z0-9]+)+s?|[a-z][A-Z][a-z]+s?")
# words between a number and what it counts that are not part of its name
# "forty eight (48)", "two (2)": the digits that restate a number written in words
RESTATED_DIGITS = re.compile(r" ?\((\d{1,9})\)")
TENS_VALUES = frozenset({20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0})
PAST_TENSE = re.compile(r"[a-z]{2,}ed")  # "787 landed": a verb, not what is counted
QUANTITY_ADJECTIVES = frozenset({"such", "more", "new", "additional", "other", "of", "extra"})
# How far back a rule reads: "the number of ... had reached about" is a few words before its
# number, the nouns "such" refers to are in the sentence (its last 1,000 characters if longer).
CONTEXT_WINDOW = 500
SUCH_WINDOW = 1000


@dataclass(frozen=True)
class _Lexicon:
    cardinals: dict[str, float]
    scales: dict[str, float]
    comparators: dict[str, str]
    units: dict[str, tuple[str, str, str]]  # as written -> (unit, normalized, ISO 4217 or "")
    labels: frozenset[str]
    function_words: frozenset[str]
    noun_classes: dict[str, str]
    pattern: re.Pattern[str]
    # what `pattern` reads as a currency written before the number ("$", "USD", "Rs"), as written
    prefixes: tuple[str, ...]
    # the most characters other than spaces that a match of `pattern` holds before its number
    # (a comparator, "between", a currency's prefix, "minus"): see `_number_matches`
    lead: int


@dataclass(frozen=True, slots=True)
class _Unit:
    """What a number counts, three ways: `name` as the article names it ("colleges", "dollars",
    "percent": the table's `unit`), `normalized` in the table's vocabulary ("college",
    "dollar"), and `currency`, the ISO 4217 code of money."""

    name: str
    normalized: str
    currency: str | None = None
    factor: float = 1.0  # what the number is multiplied by: "30 MUSD" is 30 million dollars


PERCENT = _Unit("percent", "percent")
PERCENTAGE_POINTS = _Unit("percentage points", "percentage point")
POINTS_TO_A_PERCENTAGE = re.compile(
    r"\s+(?:to|from)\s+(?:about\s+|around\s+|nearly\s+)?\d[\d.,]*\s*(?:%|percent\b|per cent\b)"
)


@cache
def _money_words() -> frozenset[str]:
    """Currencies and their hundredths, as `unit_normalized` names them ("dollar", "cent")."""
    return frozenset(currency_units()) | MINOR_UNITS


# The hundredths (or thousandths) of currencies, as `unit_normalized` names them: "46 cents",
# "22.9 fils", "50 kobo"
MINOR_UNITS = frozenset(
    {"cent", "penny", "pence", "fils", "kobo", "paisa", "halala", "centavo", "centime", "kopek"}
)


# ("per share", "$3.51 a share", "46 cents a share"; not "a share of the market"), in a sentence
# on what a share earns (a share's price, "closed 3p per share lower at 197 pence", is money)
# (either case: "Earnings per Share of $0.13", as reports and headlines capitalize them)
PER_SHARE = re.compile(r"\b(?i:per share)\b|(?:\d|\bcents?|\bpence) a share\b")
EARNINGS_WORDS = re.compile(
    r"\b(?:(?i:earnings|earned|earn|earns|profits?|income|loss|losses|dividends?|payout)|EPS)\b"
)
MAX_PER_SHARE = 1000  # (a sum of money a share is worth or earns; not "$3.25 billion")
AGE_IN_YEARS = _Unit("years old", "year of age")  # (as "a 30-year-old" is read)
MAX_AGE = 120


# Adverbs that follow a number and count nothing: "I am 36 today", "fell 5 yesterday", "12 now
# in office", "40 so far", "$5 apiece"
ADVERBS_AFTER_NUMBERS = frozenset(
    {
        *("today", "yesterday", "tomorrow", "tonight", "now", "then", "ago", "again"),
        *("already", "still", "also", "ever", "so", "too", "apiece", "each", "overall", "alone"),
    }
)


# Units of time: "over five years" may be a span of them, where "over 5,000 people" is more than
TIME_UNITS = frozenset({"year", "month", "week", "day", "decade", "hour", "quarter"})
# "costs $3 billion over five years", "spread over three years": an amount or a verb of
# spending just before "over" makes it a span of time
SPENT_OVER_BEFORE = re.compile(
    r"(?:\d(?:\s?(?:[mb]n|million|billion|trillion|crore|lakh))?|\b(?:cost|costs|costing|spend"
    r"|spends|spent|spending|paid|pay|invest|invests|invested|spread|phased|repaid|repay)"
    r"|[$€£¥₹])[^.;:\d]{0,24}\s$"
)
SPENT_OVER_REACH = 60


def _counted(written: str) -> _Unit:
    """A counted noun as written: "colleges" is counted in "college"."""
    return _Unit(written, singular(written))


@cache
def _multiplier_rules() -> tuple[dict[str, tuple[float, str]], re.Pattern[str], re.Pattern[str]]:
    """Multiplier words with their value and when they count (`rules/multipliers.csv`), the
    pattern that finds them, and the one that finds a comparator right before one."""
    words = {
        row["word"]: (float(row["value"]), row["when"]) for row in read_table("multipliers.csv")
    }
    pattern = re.compile(rf"\b(?P<word>(?i:{_alternation(words)}))\b(?!-)")
    comparators = _alternation(_lexicon().comparators)
    comparator_before = re.compile(rf"\b(?P<comparator>(?i:{comparators}))\s+$")
    return words, pattern, comparator_before


# "is twofold", "was threefold": a thing of so many parts, no change
COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$")
# "a threefold rise", not "a twofold approach": a multiple of a change
CHANGE_NOUN_AFTER = re.compile(
    r"\s+(?:increase|rise|jump|growth|gain|drop|decline|fall|surge|expansion|reduction|hike"
    r"|boost|improvement|cut)s?\b"
)


def _a_changes_multiple(text: str, match: re.Match[str], reach: int) -> bool:
    """Whether "sevenfold", "three-fold" at `match` says a change's multiple ("surpasses it
    sevenfold", "rose threefold", "a three-fold rise"), not parts ("the problem is twofold", "a
    twofold approach") nor a name's word ("Avenged Sevenfold")."""
    if COPULA_BEFORE.search(text, reach, match.start()):
        return False
    if match.group()[:1].isupper() and not SENTENCE_START.search(text, reach, match.start()):
        return False
    if ARTICLE_BEFORE.search(text, reach, match.start()):
        return CHANGE_NOUN_AFTER.match(text, match.end()) is not None
    return True


@cache
def _multiplier_anchor() -> re.Pattern[str] | None:
    """A word inside every multiplier word, in lowercase, to find in the lowercased text (see
    `lowercase_for_search`): a sentence without one holds no multiplier, and the multiplier
    pattern (which starts with `\b` and ignores case, so the engine tries it at every
    position) is not run on it. The last word of each ("third" of "two-thirds"), but those
    that hold another ("doubled" holds "double"): a plain alternation of a dozen words, found
    by substring search (`scan.anchor_starts`), where a pattern of all of them was tried at
    nearly every letter. None when a word is not plain ASCII."""
    words = [word.lower() for word in _multiplier_rules()[0]]
    if not all(re.fullmatch(r"[a-z -]+", word) for word in words):
        return None
    last = {re.split("[ -]", word)[-1] for word in words}
    inside = sorted(word for word in last if not any(o in word for o in last - {word}))
    return re.compile("|".join(inside))


@cache
def _words_before_numbers() -> frozenset[str]:
    return frozenset(read_list("words_before_numbers.txt"))


# Currencies written before the digits by letters that are no ISO code: "Rs 250 crore", "RM5",
# and the Gulf's dinars and riyals ("BD20 million", "SR5 billion")
# (the Gulf's letters are also roads', models' and others' names: "SR 520", "an SR 71", "JD 5
# times": read only attached to the digits or before a scale, "SR5 billion", "BD 20 million")
GULF_LETTERS = frozenset({"BD", "KD", "JD", "QR", "SR", "RO"})
LETTER_CODES = frozenset({"Rs", "Rs.", "Ksh", "KSh", "RM", "Dh", "Rp", "Php"}) | GULF_LETTERS


@cache
def currency_letters() -> dict[str, tuple[str, _Unit]]:
    """Letter -> (country, unit) of a currency written by one letter before the digits in that
    country's news (`rules/currency_letters.csv`)."""
    return {
        row["letter"]: (row["country"], _Unit(row["unit"], row["normalized"], row["currency"]))
        for row in read_table("currency_letters.csv")
    }


@cache
def _measure_normalized() -> frozenset[str]:
    return frozenset(measure_units().values())


@cache
def _past_tenses() -> frozenset[str]:
    """Past tenses not in "-ed" that are nothing else ("rose", "fell", "took"): never counted."""
    return frozenset(past_tenses())


@cache
def _hyphen_compounds() -> frozenset[str]:
    return frozenset(read_list("hyphen_compounds.txt"))


@cache
def _unit_adjectives() -> frozenset[str]:
    return frozenset(read_list("unit_adjectives.txt"))


def _alternation(words) -> str:
    return trie_regex(words)


@cache
def _lexicon() -> _Lexicon:
    cardinals, scales = {}, {}
    for row in read_table("numbers.csv"):
        (scales if row["kind"] == "scale" else cardinals)[row["word"]] = float(row["value"])
    comparators = {row["phrase"]: row["comparator"] for row in read_table("comparators.csv")}
    units = {
        row["word"]: (row["unit"], row["normalized"], row["currency"])
        for row in read_table("units.csv")
    }
    # every unit of measure is a unit word ("centimeters", "ml"), named as written
    for word, normalized in measure_units().items():
        units.setdefault(word, (word, normalized, ""))
    codes = _money_variants(units)
    other_codes = _other_iso_codes(units)
    # written before the number: symbols ("$", "C$", "₹") and codes ("Rs", "USD", "RMB")
    prefixes = [
        u
        for u in units
        if (not u[0].isalpha() and not u.startswith("°"))
        or "$" in u
        or u in LETTER_CODES
        or u in codes
        or u in other_codes
    ]
    # "N70,000", "P100,000", "R500 million": a country's currency by one letter (only in that
    # country's news: elsewhere "N95" and "P100" are models, and the match is left out)
    prefixes += list(currency_letters())
    # written right after the digits: "115USD", "1.8m", "75ml", "200lbs", "50bps"
    attached = [*codes, *(w for w in measure_units() if len(w) <= 4 and w != "g" and " " not in w)]
    # ("forty-eight"; "forty eight", a tens' word and a unit's with a space, as official
    # releases write them: "forty eight (48) contacts")
    tens = [word for word, value in cardinals.items() if value in TENS_VALUES]
    ones = [word for word, value in cardinals.items() if 1 <= value <= 9]
    word_number = (
        rf"(?i:{_alternation(tens)}) (?i:{_alternation(ones)})\b"
        rf"|(?i:{_alternation(cardinals)})(?:-(?:{_alternation(cardinals)}))?"
    )
    number = (
        # (a decimal comma before a percent sign or a scale: "1,9%", "14,7-million")
        rf"(?:{DECIMAL_COMMA}(?=\s?%|(?:\s|-)(?i:million|billion|trillion|bn)\b)"
        rf"|(?:\d+\s?)?[{VULGAR_FRACTIONS}]|[1-9]/[2348](?=\s)"
        rf"|{SPACED_THOUSANDS}|{DIGITS}|{PART_OF_SCALE}|{word_number})"
    )
    # "lakh crore": a scale of a scale
    scale = rf"(?:\s+|-)?(?i:{_alternation(scales)})\b(?:\s+(?i:{_alternation(scales)})\b)?"
    pattern = re.compile(
        rf"(?<![\w$€£¥₹./:'’‘-])(?<!\d,)"  # not "November ’23", a year
        rf"(?P<comparator>(?i:{_alternation(comparators)})\s+)?"
        rf"(?P<between>(?i:between)\s+)?"
        rf"(?P<prefix>(?:{_alternation(prefixes)})\s?)?"
        rf"(?P<minus>(?<![^\s(])(?:[-−]\s?|(?i:minus)\s+)(?=\d))?"
        rf"(?P<number>{number})(?P<fraction>\s[1-7]/(?:2|3|4|8|16|32)(?![\d/]))?"
        # "two-and-a-half years", "one and a half months": a whole number and a part
        rf"(?P<and_part>(?:\s+|-)and(?:\s+|-)an?(?:\s+|-)(?P<part>half|quarter)\b)?"
        # ("13 billion 322 million drams": a smaller scale's part after the scale)
        rf"(?:(?P<scale>{scale})"
        rf"(?:\s(?P<rest_number>\d{{1,3}})\s(?P<rest_scale>(?i:million|thousand))\b)?)?"
        # "5.25%-5.50%", "between 5% and 7%": a percent sign on both numbers of a range
        # (not "rose 6.2% to $1.45 billion": a change, then a level in another unit)
        rf"(?:(?P<percent1>\s*(?:%|(?<=\d)\s(?i:percent|per cent|pct))"
        rf"(?=\s*(?:-|–|to|and)\s*\d[\d.,]{{0,20}}\s*(?:%|\s(?i:percent|per cent|pct)\b))))?"
        rf"(?:(?P<range>\s*(?:-|–|to|(?(between)and|(?!)))\s*)(?P<prefix2>(?:{_alternation(prefixes)})\s?)?(?P<number2>{number})(?P<scale2>{scale})?)?"
        # ("0.1 of a percentage point", "a quarter of one percent", "half a percentage point":
        # the part of one)
        rf"(?P<percent>\s*%|\s*(?<=\s)(?i:(?:of (?:a|one) |(?<=half )a )?(?:percent|per cent|percentage point)"
        rf"|pct|percentage points)\b)?"
        # "a three-year plan", "the 27-nation bloc": a number and its unit as one adjective
        rf"(?:(?P<hyphen>-)(?=[a-z]{{2,}}\b)|(?=(?:{_alternation(attached)})\b)"
        # ("$5M", "$4B", "$120K": a currency's amount with a scale's letter)
        rf"|(?(prefix)(?=(?:mn|M|B|K|k)\b)|(?!))|(?![\w/:]|[.,]\d|-\w))",
    )
    return _Lexicon(
        cardinals=cardinals,
        scales=scales,
        comparators=comparators,
        units=units,
        labels=frozenset(read_list("number_labels.txt")),
        function_words=frozenset(read_list("function_words.txt")),
        noun_classes={row["word"]: row["class"] for row in read_table("noun_classes.csv")},
        pattern=pattern,
        prefixes=tuple(prefixes),
        lead=max(map(len, comparators)) + len("between") + max(map(len, prefixes)) + len("minus"),
    )


@cache
def _number_sign() -> re.Pattern[str]:
    """What the number of every match of the lexicon's pattern starts with but a number word:
    a digit or a fraction sign."""
    return re.compile(rf"[\d{VULGAR_FRACTIONS}]")


@cache
def _number_words() -> tuple[str, ...]:
    """The words a match's number may start with ("one", "half"), in lowercase, but those that
    start with another of them ("eighteen" starts where "eight" does): where they start."""
    words = {*_lexicon().cardinals, "half", "quarter"}
    return tuple(sorted(w for w in words if not any(w.startswith(o) for o in words - {w})))


def number_word_starts(text: str, lowered: str) -> list[int]:
    """Where a number word starts in the lowercased text (`lowered`) and a match's number may
    start there (`_can_start_number`), in order: found once for the article, a substring search
    for each word (a pattern of the words, tried at nearly every letter, cost three times more,
    once for each sentence)."""
    found = set()
    for word in _number_words():
        at = lowered.find(word)
        while at >= 0:
            found.add(at)
            at = lowered.find(word, at + 1)
    return sorted(at for at in found if _can_start_number(text, at))


@cache
def _prefixes_by_last_char() -> dict[str, tuple[str, ...]]:
    """The lexicon's currency prefixes ("USD", "Rs", "R") by their last character."""
    by_last: dict[str, list[str]] = {}
    for prefix in _lexicon().prefixes:
        by_last.setdefault(prefix[-1], []).append(prefix)
    return {last: tuple(prefixes) for last, prefixes in by_last.items()}


def _can_start_number(text: str, position: int) -> bool:
    """Whether a match of the lexicon's pattern can have its number start at `position`, where
    a number word starts: only at a word's start (a comparator, "between" and
    "minus" end in a space, and a match starts after no word character), or right after a
    currency prefix ("USDfive"). "one" in "someone", "ten" in "attention" never can: each such
    start would send the long pattern's search on to the sentence's end."""
    if position == 0 or not is_word_char(text[position - 1]):
        return True
    before = _prefixes_by_last_char().get(text[position - 1], ())
    return any(
        len(prefix) <= position and text.startswith(prefix, position - len(prefix))
        for prefix in before
    )


@cache
def _lead_back() -> re.Pattern[str]:
    """Read in the reversed text from just before a number: up to `lead` characters other than
    spaces, and the spaces between them (back to where a match of the lexicon's pattern that
    has its number there may start, at the earliest)."""
    return re.compile(rf"(?:\s*\S){{1,{_lexicon().lead}}}")


def _number_matches(
    text: str, lowered: str, start: int, end: int, word_starts: list[int] | None = None
) -> Iterator[re.Match[str]]:
    """`_lexicon().pattern.finditer(text, start, end)`, the pattern tried only near a number.

    The pattern opens with lookbehinds and optional words, so the engine would try it at every
    position. Its number starts at a digit or fraction sign (`_number_sign`), or at a number
    word of `word_starts` (`number_word_starts` of the text and its lowercase `lowered`), and at
    most `lead` characters other than spaces stand before it in a match, the first of them
    where the match starts: the scan for the next match starts at the `lead`-th of them before
    the next number (found in the reversed text, see `_lead_back`), or where the last match
    ended if that is later. (A number word that runs on past `end` only makes the scan start
    a little earlier; a match whose number starts later starts no earlier.)
    """
    if word_starts is None:
        word_starts = number_word_starts(text, lowered)
    lexicon = _lexicon()
    number_sign = _number_sign()
    lead_back = _lead_back()
    backwards = reversed_text(text)
    position = look_from = start
    next_word = bisect_left(word_starts, start)
    # the next digit or fraction sign, searched again only once passed (a text of number words
    # and no digit would be searched to its end for each word)
    sign = number_sign.search(lowered, look_from, end)
    while True:
        if sign is not None and sign.start() < look_from:
            sign = number_sign.search(lowered, look_from, end)
        number = sign.start() if sign is not None else end
        next_word = bisect_left(word_starts, look_from, next_word)
        if next_word < len(word_starts) and word_starts[next_word] < number:
            number = word_starts[next_word]
        if number >= end:
            return
        look_from = number + 1
        lead = lead_back.match(backwards, len(text) - number)
        window = max(position, number - (lead.end() - lead.start()) if lead else number)
        match = lexicon.pattern.search(text, window, end)
        if match is None:
            return
        yield match
        position = look_from = match.end()


# Current ISO 4217 codes that are English words or well-known acronyms, in capitals in
# headlines and names ("ALL 3 MEMBERS", "TOP 10", "COP 28", "AMD 7nm"): never read as money.
# (Fund and accounting codes, such as CHE and CLF, are no currency news writes.)
CODES_NOT_MONEY = frozenset(
    {
        *("ALL", "AMD", "BAM", "BOB", "COP", "CUP", "GEL", "MAD", "MOP", "PEN", "SOS", "TOP"),
        *("AWG", "NAD", "USN", "CHE", "CHW", "COU", "BOV", "CLF", "MXV", "UYI", "UYW"),
    }
)


# The currencies among the X codes (most X codes are gold, drawing rights or test codes)
X_CURRENCIES = frozenset({"XAF", "XOF", "XCD", "XPF"})


def _other_iso_codes(units: dict[str, tuple[str, str, str]]) -> list[str]:
    """Add to `units` every other current ISO 4217 code ("RON 2.6 billion", "KES 12
    billion": lei, shillings), in capitals only (in lowercase several are words), and return
    them. The curated `currency_codes.txt` codes have more forms (lowercase, "MUSD"); these
    have the code and nothing else."""
    from babel.numbers import get_currency_name

    added = []
    for code in sorted(currency_names()):
        if (
            code in units
            or code in CODES_NOT_MONEY
            or (code.startswith("X") and code not in X_CURRENCIES)
        ):
            continue  # (X..: gold, a fund's unit, a test code; but the CFA francs and others)
        singular = currency_word(code)
        # (the plural news writes, where a row names it: "naira", "shillings"; else CLDR's)
        row = units.get(singular) or units.get(f"{singular}s")
        plural = row[0] if row else get_currency_name(code, count=2, locale="en").split()[-1]
        units[code] = (plural.lower(), singular, code)
        added.append(code)
    return added


def _money_variants(units: dict[str, tuple[str, str, str]]) -> list[str]:
    """Add to `units` the other ways money is written, and return the currency codes among them.

    A code is written in lowercase too ("usd", "rmb": none is an English word), a dollar of a
    country with its ISO code ("CAD$", "usd$") or CLDR's symbol ("MX$"), and a symbol with
    letters in lowercase or apart ("hk$", "C $"; not "a $", the article).
    """
    from babel import Locale

    for code, symbol in Locale("en").currency_symbols.items():
        if "$" in symbol and symbol != "$" and code != "USD":
            word = currency_word(code)
            units.setdefault(symbol, (f"{word}s", word, code))
    for sign, code in currency_signs().items():  # "₺", "₡": CLDR's sign of one currency
        word = currency_word(code)
        row = units.get(f"{word}s") or units.get(word) or (word, word, "")
        units.setdefault(sign, (row[0], row[1], code))
    for code in currency_units_codes("dollar", "peso"):
        word = currency_word(code)
        units.setdefault(f"{code}$", (f"{word}s", word, code))
    for code in read_list("currency_codes.txt"):
        word = currency_word(code)
        row = units.get(f"{word}s") or units.get(word) or (f"{word}s", word, "")
        units.setdefault(code, (row[0], row[1], code))
        units.setdefault(f"M{code}", (row[0], row[1], code))  # "30 MUSD": in millions
    codes = [w for w, row in units.items() if row[2] and len(w) == 3 and w.isupper()]
    for word, row in list(units.items()):
        letters = word[:-1]
        if row[2] and word.endswith("$") and letters.isalpha():
            forms = [word.lower()]
            if letters.lower() not in ("a", "i"):
                forms += [f"{letters} $", f"{letters.lower()} $"]
            for form in forms:
                units.setdefault(form, row)
    for code in codes:
        units.setdefault(code.lower(), units[code])
    return [
        *codes,
        *(c.lower() for c in codes),
        *(f"M{c}" for c in read_list("currency_codes.txt")),
    ]


@cache
def _unit_pattern() -> re.Pattern[str]:
    # a unit word after the number, perhaps named by its country: "US dollars", "Hong Kong dollars"
    words = (w for w in _lexicon().units if w[0].isalpha())
    return re.compile(
        r"(?:\s+|(?<=\d))(?:(?P<qualifier>U\.?S\.?|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(?=[a-z]))?"
        rf"(?P<word>{_alternation(words)})\b"
    )


@cache
def _named_currency_pattern() -> re.Pattern[str]:
    # a currency's full name in any case: "us dollars", "Chinese yuan", "dutch guilders"
    return re.compile(rf"\s+(?i:{_alternation(named_currencies())})\b")


@cache
def _scale_after() -> re.Pattern[str]:
    return re.compile(rf"\s+(?P<scale>(?i:{_alternation(_lexicon().scales)}))\b")


@cache
def _minor_pattern() -> re.Pattern[str]:
    # the cents after a sum: " 50 cents", " and forty five", " 50." (not " 50 times", " 50%")
    cardinals = _alternation(_lexicon().cardinals)
    return re.compile(
        rf"\s+(?:and\s+)?(?P<minor>\d{{1,2}}|(?i:{cardinals})(?:[\s-](?i:{cardinals}))?)"
        r"(?:(?:\s+(?:cents?|pence)\b)|(?=\s*(?:[.,;:!?)]|$)))"
    )


@cache
def _suffix_sign() -> re.Pattern[str]:
    # A sign after the number: "15 €" (as much of Europe writes it), "100 ₡", "40 °C",
    # "Rotate 90°"; not the next amount's ("10 $ 30")
    signs = ["°C", "°F", "°", "£", "$", *currency_signs()]
    return re.compile(rf"\s?(?P<sign>{_alternation(signs)})(?![\w$€£¥₹])(?!\s?\d)")


TIMES = frozenset(
    {"millisecond", "second", "minute", "hour", "day", "week", "month", "year", "annum", "night"}
)
# "a 30-year-old", "30 years old", "3 years of age": an age
AGE = re.compile(r"\s?-\s?old\b|\s+old\b|\s+of\s+age\b")
# The scale a temperature in degrees is read on: "20 degrees C", "100° Celsius", "6 deg c".
# (the commonest misspellings too: a reader takes "farenheit" for Fahrenheit)
TEMPERATURE_SCALE = re.compile(
    r"\s?(?:(?P<celsius>(?i:celsius|celcius|centigrade)\b|[Cc]\b(?!['’]))"
    r"|(?P<fahrenheit>(?i:fahrenheit|farenheit|fahrenheight)\b|[Ff]\b(?!['’])))"
)
CELSIUS = _Unit("degrees Celsius", "degree Celsius")
FAHRENHEIT = _Unit("degrees Fahrenheit", "degree Fahrenheit")


@cache
def _measure_names() -> frozenset[str]:
    """The units of measure ("mile", "barrel"): so many of them "a day" is a rate."""
    return frozenset(measure_units().values())


@cache
def _per_units() -> dict[str, str]:
    """What a price is counted per, as written -> normalized ("annum" -> "year")."""
    per = {}
    for line in read_list("per_units.txt"):
        word, _, normalized = line.partition("\t")
        per[word.strip()] = normalized.strip() or word.strip()
    return per


@cache
def _per_pattern() -> re.Pattern[str]:
    # "$1.40 a share", "12-cent-a-share", "4.2 ringgit per US dollar"
    currencies = {word: word for word in currency_units()}
    words = {**currencies, **{f"{w}s": w for w in currencies}, **_per_units()}
    return re.compile(
        r"(?:(?:\s*-\s*|\s+)(?P<by>a|an|per|each)(?:\s*-\s*|\s+)|(?P<slash>/))"
        rf"(?P<per>(?:(?:US|U\.S\.)\s+)?(?P<word>{_alternation(words)}))\b"
        # "3 days a week earlier", "5% a year ago": a time, not a rate
        r"(?!\s+(?:and\s+a\s+half\s+)?(?:earlier|ago|before|later|after|prior)\b)"
    )


def _per(unit: _Unit, written: str, word: str) -> _Unit:
    """ "dollars" a "share" -> dollars per share, counted in "dollar per share"."""
    currencies = currency_units()
    normalized = _per_units().get(word) or (
        word[:-1] if word.endswith("s") and word[:-1] in currencies else word
    )
    return _Unit(f"{unit.name} per {written}", f"{unit.normalized} per {normalized}", unit.currency)


@cache
def _change_from() -> re.Pattern[str]:
    # "rose from", "raised the repo rate from": a change between two levels (a few words apart)
    verbs = trie_regex(read_list("change_verbs.txt"))
    return re.compile(rf"\b(?:{verbs})\b(?:\s+[\w'’-]+){{0,6}}?\s+from\s+$", re.IGNORECASE)


# Vague magnitudes: "hundreds of people", "tens of millions of dollars", "dozens of homes".
VAGUE = re.compile(
    r"\b(?P<tens>[Tt]ens of )?(?P<scale>[Dd]ozens|[Ss]cores|[Hh]undreds|[Tt]housands|[Mm]illions"
    r"|[Bb]illions|[Tt]rillions)(?: of (?P<inner>thousands|millions|billions))? of\b"
)
VAGUE_WORDS = re.compile(r"(?:ozens|cores|undreds|housands|illions|rillions) of\b")
# What every match of VAGUE_WORDS in a sentence holds: an article without one is not searched
# sentence by sentence (substring tests, several times faster than the pattern, which the
# engine tries at every letter that starts one of the words; "rillions of" holds "illions of")
VAGUE_WORDS_ANYWHERE = ("ozens of", "cores of", "undreds of", "housands of", "illions of")
# Before "double", "triple": a verb's auxiliary or "to" makes them a change ("could double",
# "plans to triple"), not an adjective ("a double blow")
MULTIPLIER_CUED_BEFORE = re.compile(
    r"\b(?:[Ww]ill|[Ww]ould|[Cc]ould|[Cc]an|[Mm]ay|[Mm]ight|[Ss]hould|[Tt]o|[Dd]id)\s+$"
)
ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")  # "a doubled dose": an adjective
AS_OR_THE_AFTER = re.compile(r"\s+(?:as|the)\b")  # "twice as fast", "twice the rate"
ARTICLE_AFTER = re.compile(r"\s+an?\b")  # "half a million", "half an hour": no multiplier
# What follows a fraction of a group: "of" or a determiner ("half of the members", "half his
# cabinet", "a third of workers"), not "half a million" or "a quarter century"
GROUP_AFTER_PART = re.compile(
    # (not "a quarter of a million", "half an hour", "half the battle")
    r"\s+(?:of\b(?!\s+an?\s)|(?:his|her|their|its|our|all)\s"
    r"|the\s(?!(?:battle|time|size|price|way|distance|story|fun|problem)\b))"
)
# "the second half of the year", "the first quarter of": a period, not a share
ORDINAL_BEFORE_PART = re.compile(
    r"\b(?:first|second|third|fourth|final|last|latter|other|the|that|this)\s+$", re.I
)
# "doubled down on", "doubled back": a phrasal verb, nothing multiplied (but "doubled over the
# year" is a change)
PARTICLE_AFTER = re.compile(r"\s+(?:down|back)\b")
# "three-year", "25-basis-point", "a 25-basis point cut"
HYPHEN_WORD = re.compile(r"(?:basis|percentage)[- ]points?\b|[a-z]+(?:-points?\b)?")
VAGUE_VALUES = {
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
}
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
MONTH_BEFORE = re.compile(rf"\b(?i:{MONTH})\.?\s$")  # "Jan. 19", in lowercase text "jan. 19"
MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s(?:of\s)?(?i:{MONTH})\b")
IDENTIFIER_LINK = re.compile(r"\s*(?:,|and|or|to|&)\s*")  # "prayers 2 and 3": both name
SLASH_AFTER = re.compile(r"\s/\s")  # "release 223 / 2016-06-30", "No. 12 / 2024"
# After a number: a time of day ("9 a.m.") or a vote ("588 in favour", "7-2 vote").
TIME_OF_DAY = re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock|GMT|UTC|hrs\b)", re.IGNORECASE)
VOTE_AFTER = re.compile(
    r"\s*(?:in favou?r|against|votes? (?:in favou?r|against|to(?=\s+\d))|abstentions?|(?:-|–)\d+\s+"
    r"(?:vote|decision|ruling|majority|win|victory|defeat|loss|lead|score|verdict)s?)\b"
)
# Members of a body and a verb of voting after the number: "539 MEPs backed the DSA", "four
# members backing a hold", "60 senators voted": how a vote went, a tally
VOTERS_AFTER = re.compile(
    r"\s+(?:members|MEPs|MPs|lawmakers|legislators|senators|deputies|delegates|representatives"
    r"|councill?ors|judges|justices|commissioners)\s+(?:backed|backing|voted|voting|supported"
    r"|supporting|opposed|opposing|favou?red|favou?ring)\b"
)
SCORE = re.compile(
    r"(?:vote|voted|won|win|beat|defeated|lost|drew|score[ds]?|led|leads?)\s+(?:\w+\s+)?$"
)
# Before a number: a date and "and"/"to" ("on July 20 and 21"): the second day of a range.
AFTER_DATE_LINK = re.compile(r"\s*(?:and|or|to|-|–)\s*$")
# The rules' patterns compiled once (each number of a text goes through them all): searched
# from `pos` to `endpos` where the pattern has no `\b`, `^` or lookbehind at its start, which
# read the text before `pos` (elsewhere the few characters before the number are sliced).
DIGITS_ONLY = re.compile(DIGITS)
VULGAR_FRACTIONS = "½¼¾⅓⅔⅛"
FRACTION_VALUES = dict(
    zip(VULGAR_FRACTIONS, (1 / 2, 1 / 4, 3 / 4, 1 / 3, 2 / 3, 1 / 8), strict=True)
)
# "half a million", "a quarter million", "three quarters billion": a fraction of a scale
# ("half a percentage point", "half a percent": a part of one, its unit after it)
PART_OF_SCALE = (
    r"(?i:half|quarter|three[- ]quarters?)(?:\s+a)?(?=\s+(?i:million|billion|trillion)\b)"
    r"|(?i:half)(?=\s+a\s+(?i:percentage point|percent|per cent)\b)"
)
SIGNED_UNITS = frozenset({"percent", "percentage point", "degree Celsius", "degree Fahrenheit"})
PARTS = {"half": 0.5, "quarter": 0.25, "three quarter": 0.75, "three quarters": 0.75}
DECIMAL_COMMA_ONLY = re.compile(DECIMAL_COMMA)
SPACED_THOUSANDS_ONLY = re.compile(SPACED_THOUSANDS)
LABEL_BEFORE = re.compile(r"([\w#.]+)\s*$")
YEAR = re.compile(r"(?:1[89]|20|21)\d{2}")
DIGIT_GROUP_AFTER = re.compile(r"[\s-]\d")
DIGIT_GROUP_BEFORE = re.compile(r"(?:\d|\+|\(\d+\))[\s-]?$")
THREE_OR_FOUR_DIGITS = re.compile(r"\d{3,4}")
FOUR_DIGITS = re.compile(r"\d{4}")
REFERENCE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Bb]oth|[Ii]ts|[Tt]heir)\s+$")
FIRST_BEFORE = re.compile(r"\b[Ff]irst\s+$")
PARTICIPLE = re.compile(r"[a-z]{3,}ed")
SUCH_CANDIDATE = re.compile(r"(?<!['’])\b(?:(?P<mod>[A-Za-z][\w-]*)\s+)?(?P<noun>[a-z]+)\b")
US = re.compile(r"U\.?S\.?")
SPACES = re.compile(r"\s+")
MILLIONS = re.compile(r"m\b")
# A scale's letter after a currency's amount: "£60m", "$1.8M", "$4B", "$120K"
CURRENCY_SCALE = re.compile(r"(?:mn|m|M|B|K|k)\b")
CURRENCY_SCALES = {"m": 1e6, "mn": 1e6, "M": 1e6, "B": 1e9, "K": 1e3, "k": 1e3}
# After a number a letter opens ("P30", "R21"): a model's or a road's name, not money
MODEL_OR_ROAD_AFTER = re.compile(
    r"(?!m\b|bn\b)[A-Za-z]|\s+(?:[A-Z][a-z]*\b|(?i:road|highway|freeway|motorway|expressway|route|masks?)\b)"
)
RATE_AFTER_OF = re.compile(
    r"\s+of\s+(?:[a-z][\w-]*\s+){1,3}?(?:a|an|per)\s+(?P<per>day|week|month|year|hour)\b"
    r"(?!\s+(?:earlier|ago|before|later|after|prior)\b)"
)
AGO = re.compile(r"\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+ago\b")
LABELLED_LINE = re.compile(r"[•*\s-]*[\w ]{1,24}?\s?:(?!\d)")  # "Posted On:", "• Updated :"
# "50 employees or more", "aged 15 years and above", "18 and over": a lower bound, its words
# part of the row's span
OR_MORE = re.compile(r"\s+(?:or|and)\s+(?:more|above|higher|over|older)\b")


def _clause_words(text: str, start: int, end: int, count: int) -> list[str]:
    """`text[start:end]` up to its first `,;:.!?"“”`, split into words: the first `count`."""
    words = []
    while len(words) < count and (word := CLAUSE_WORD.match(text, start, end)):
        words.append(word.group(1))
        start = word.end()
    return words


def _looks_plural(word: str) -> bool:
    """ "routes", "companies", "people" look plural; "bus", "press", "analysis" do not."""
    return word in ("people", "staff", "police") or (
        word.endswith("s") and not word.endswith(("ss", "us", "is"))
    )


def parse_number(token: str) -> float | None:
    """ "1,000" -> 1000.0, "3.5" -> 3.5, "sixty" -> 60.0, "twenty-five" -> 25.0.

    Number words are read from `rules/numbers.csv` rather than by text2num or number-parser:
    the pattern that finds numbers in running text needs the same list of words anyway (a
    parser is handed a span, it does not find one), news writes words only for small numbers
    ("twenty-five", "three million": a word and a scale, read here), and the forms a parser
    would add ("one hundred and two") are 2 of the 433 quantities of the CQE sentences and
    none of the real-world gold ("forty eight", a tens' word and a unit's, is read here).
    """
    lexicon = _lexicon()
    token = token.lower()
    if DIGITS_ONLY.fullmatch(token):
        return float(token.replace(",", ""))
    if SPACED_THOUSANDS_ONLY.fullmatch(token):
        return float(token.replace(" ", ""))
    if DECIMAL_COMMA_ONLY.fullmatch(token):
        return float(token.replace(",", "."))
    if token[-1] in FRACTION_VALUES:  # "½", "1½"
        whole = token[:-1].strip()
        return (float(whole) if whole else 0.0) + FRACTION_VALUES[token[-1]]
    if "/" in token:  # "1/4"
        numerator, _, denominator = token.partition("/")
        return int(numerator) / int(denominator)
    part = SPACES.sub(" ", token.replace("-", " ")).removesuffix(" a")
    if part in PARTS:
        return PARTS[part]
    parts = SPACES.sub(" ", token).replace("-", " ").split(" ")
    if all(p in lexicon.cardinals for p in parts):
        return sum(lexicon.cardinals[p] for p in parts)
    return None


def _scale_value(scale: str | None) -> float:
    """ "million" -> 1e6, "lakh crore" -> 1e12."""
    value = 1.0
    for word in (scale or "").strip(" -").lower().split():
        value *= _lexicon().scales[word]
    return value


class StatisticFinder:
    def __init__(
        self,
        text: str,
        dates: list[DateExpression],
        index: EntityIndex,
        country: str | None = None,
    ):
        self.text = text
        self.country = country
        self.dates: SortedSpans[DateExpression] = SortedSpans()  # dates never overlap
        for date in dates:
            self.dates.insert(date.char_start, date.char_end, date)
        self.index = index
        self.counted: dict[int, tuple[int, int, str] | None] = {}  # `_counted_noun` by position
        self.units_after: dict[int, tuple[int, str, str | None] | None] = {}  # `_unit_after`
        # `_sentence_says` by (sentence start, what): each sentence is read once for each
        self.sentence_says: dict[tuple[int, str], bool] = {}
        self.identifier_end = -1  # where the last number that names one thing ends
        # the last statistics found with a unit, the latest last: what a bare number after
        # them may share ("to close at 81,766") or be a part of ("of which 10")
        self.recent: deque[Statistic] = deque(maxlen=RECENT_COUNTS)
        self.consumed_until = -1  # where the cents of the last sum of money end
        # where a multiplier word starts (overlapping ones too); None: every sentence is scanned
        lowered = lowercase_for_search(text)
        anchor = _multiplier_anchor()
        self.multiplier_starts = (
            None if lowered is None or anchor is None else list(anchor_starts(anchor, lowered))
        )

    def _excluded(self, m: re.Match[str]) -> bool:
        text = self.text
        start, end = m.start("number"), m.end()
        if start < end and self.dates.overlaps(start, end):
            return True
        if self.index.overlaps(start, m.end("number")):
            return True  # part of a name: "Bill, 2023", "Group of 20"
        if not m["comparator"]:
            label = LABEL_BEFORE.search(text, max(0, m.start() - 20), m.start())
            if label and label.group(1) in _lexicon().labels:
                return True
        number = m["number"]
        # (a fraction, "1/4" or "1½", is digits only with a unit, like a word: "1/4 mile")
        is_digits = (
            number[0].isdigit() and DIGITS_ONLY.fullmatch(number.replace(",", "")) is not None
        )
        plain = not (m["prefix"] or m["scale"] or m["percent"] or m["percent1"])
        if is_digits and plain and len(number) == 4 and YEAR.fullmatch(number):
            return True  # a year
        if DIGIT_GROUP_AFTER.match(text, m.end(), m.end() + 2) or DIGIT_GROUP_BEFORE.search(
            text, max(0, m.start() - 6), m.start()
        ):
            return True  # a phone number or other run of digit groups
        if (
            m["number2"]
            and plain
            and not m["comparator"]
            and m["range"].strip() == "-"
            and THREE_OR_FOUR_DIGITS.fullmatch(number)
            and FOUR_DIGITS.fullmatch(m["number2"])
            and self._unit_after(m.end()) is None
            and self._counted_noun(m.end()) is None
        ):
            return True  # "call 555-1234": a phone number, not a range
        if m["hyphen"] and plain:
            # "a three-year plan", "the 27-nation bloc": its unit follows the hyphen; but
            # "two-way trade", "a two-thirds majority" count nothing
            word = HYPHEN_WORD.match(text, m.end())
            return word is not None and word.group() in _hyphen_compounds()
        if (
            plain
            and TIME_SPAN.match(text, m.end())
            and FIRST_BEFORE.search(text[max(0, m.start() - 7) : m.start()])
        ):
            # "in the first nine months": the start of a year, a period; but "the past six
            # months", "the next five years" are durations
            return True
        if (
            is_digits
            and plain
            and "," not in number
            and float(number) >= 100
            and DETERMINER_BEFORE.search(text, max(0, m.start() - 6), m.start())
            and (noun := self._counted_noun(m.end())) is not None
            and noun[0] == m.end() + 1
            and not _looks_plural(noun[2])
            and noun[2] not in _lexicon().units
        ):
            return True  # "the 12315 hotline", "the 737 jet": a number that names one thing
        if (
            not is_digits
            and plain
            # (but "the past six months", "the three months ended March 31": a duration)
            and not TIME_SPAN.match(text, m.end())
            and REFERENCE_BEFORE.search(text[max(0, m.start() - 8) : m.start()])
            and ((noun := self._counted_noun(m.end())) is None or not looks_plural(noun[2]))
        ):
            return True  # "the two met": a reference; but "the two parties" counts parties
        if (
            plain
            and is_digits
            and len(number) <= 2
            and int(number) <= 31
            and (
                MONTH_BEFORE.search(text, max(0, m.start() - 11), m.start())
                or MONTH_AFTER.match(text, m.end())
            )
            and self._unit_after(m.end()) is None
            and self._counted_noun(m.end()) is None
        ):
            return True  # "SEOUL, Jan. 19", "on 3 March": a day, even when no date is resolved
        if TIME_OF_DAY.match(text, m.end()):
            return True  # "at 9 a.m."
        if AGO.match(text, m.end()):
            return True  # "7 hours ago", "three years ago": a time, not a count
        if (
            VOTE_AFTER.match(text, m.end("number"))
            or VOTERS_AFTER.match(text, m.end("number"))
            or (m["number2"] and SCORE.search(text, max(0, m.start() - 25), m.start()))
        ):
            return True  # a tally or a score: "voted 588 in favour", "won 3-1", "a 7-2 vote"
        if m["number2"] and m["range"].strip() in ("-", "–") and plain and not m["comparator"]:
            low, high = parse_number(m["number"]), parse_number(m["number2"])
            if low is not None and high is not None and low > high:
                return True  # "a 7-2 ruling": the larger first, a tally, not a range
        if (
            plain
            and is_digits
            and not m["hyphen"]
            and not m["comparator"]
            and text[m.start() - 1 : m.start()] == " "
            and self.index.ending_at(m.start() - 1, ("country", "institution", "person"))
            and not self._counts_a_plural(m.end())
        ):
            # "France 2 television", "Acme 5 series": a name's number, not a count (but "In
            # France 20 people died" counts people)
            return True
        if (
            plain
            and is_digits
            and not m["hyphen"]
            and self._unit_after(m.end()) is None
            and self._counted_noun(m.end()) is None
            and (
                self._names_before(m.start())
                or IDENTIFIER_LINK.fullmatch(text, self.identifier_end, m.start())
                or SLASH_AFTER.match(text, m.end())
            )
        ):
            # "Boeing 787", "prayers 2 and 3", "Press release 223 / 2016-06-30": an identifier
            self.identifier_end = m.end()
            return True
        if (
            plain
            and text[max(0, m.start() - 1) : m.start()] == "("
            and text[m.end() : m.end() + 1] == ")"
        ):
            return True  # "Article 165 (4)": a paragraph's number
        if plain and AFTER_DATE_LINK.search(text, max(0, m.start() - 6), m.start()):
            previous = self.dates.ending_at_or_before(m.start())
            last = next(previous, None)
            if last is not None and AFTER_DATE_LINK.fullmatch(text, last.char_end, m.start()):
                return True  # "on July 20 and 21": the second day
        # ("forty eight (48) contacts": the noun after the number restated in digits)
        restated = None if is_digits else RESTATED_DIGITS.match(text, m.end())
        after = restated.end() if restated else m.end()
        if (
            not is_digits
            and plain
            and not self._counted_noun(after)
            and not PARTITIVE_AFTER.match(text, after)
            and self._part_of(m.start(), after, math.inf) is None
        ):
            return True  # "one of the", "the two sides" without a noun to count
        # "one study", "one of the": the word "one" counts only with a scale, a bound or a unit
        # of time ("one year"), or restated in digits ("one (1) case")
        return (
            number.lower() == "one"
            and plain
            and not m["comparator"]
            and not restated
            and not TIME_SPAN.match(text, m.end())
        )

    def _minor_part(self, position: int) -> tuple[int, int] | None:
        """(cents, end) of the cents written after a sum of money at `position`: " 50 cents",
        " and forty-five cents", or a number under 100 that ends the clause (" 50.")."""
        m = _minor_pattern().match(self.text, position, position + 60)
        if m is None:
            return None
        cents = parse_number(SPACES.sub("-", m["minor"]))
        if cents is None or not 0 < cents < 100 or not cents.is_integer():
            return None
        return int(cents), m.end()

    def _counts_a_plural(self, position: int) -> bool:
        """Whether the words after a number at `position` name a plural it counts ("20 people")."""
        if self._unit_after(position) is not None:
            return True
        noun = self._counted_noun(position)
        return noun is not None and _looks_plural(noun[2])

    def _names_before(self, start: int) -> bool:
        """Whether the word right before `start` names what the number labels: a capitalized
        word inside a sentence ("Boeing 787") or a plural noun ("prayers 2 and 3")."""
        before = NAME_BEFORE.search(self.text, max(0, start - 30), start)
        if before is None:
            return False
        word = before["word"]
        if word[0].isupper():
            return (
                before["gap"] == " "
                # (a code in capitals labels its number wherever it stands: "(RA 10867)")
                and (
                    (len(word) > 1 and word.isupper())
                    or not SENTENCE_START.search(
                        self.text, max(0, before.start() - 3), before.start()
                    )
                )
                and word.lower() not in _lexicon().function_words
                and word not in NOT_LABELS
            )
        return word.endswith("s") and word not in _words_before_numbers() and len(word) > 3

    def _sentence_says(self, sentence: Sentence, what: str) -> bool:
        """Whether `sentence` speaks of "percentage points" or of "earnings per share" (read
        once a sentence: a sentence of a thousand numbers is not read a thousand times)."""
        key = (sentence.start, what)
        if key not in self.sentence_says:
            if what == "percentage points":
                says = "percentage point" in sentence.text
            else:
                says = bool(
                    PER_SHARE.search(sentence.text) and EARNINGS_WORDS.search(sentence.text)
                )
            self.sentence_says[key] = says
        return self.sentence_says[key]

    def _age_after_a_name(self, start: int, end: int, value: float) -> bool:
        """ "Jane Roe, 44, the youngest president": a whole number set off by commas right after
        a person's name is that person's age."""
        return (
            value.is_integer()
            and 0 < value < MAX_AGE
            and self.text.startswith(", ", start - 2)
            and self.text.startswith(",", end)
            and self.index.ending_at(start - 2, ("person",)) is not None
        )

    def _counted_noun(self, position: int) -> tuple[int, int, str] | None:
        """(start, end, noun) of what is counted: "40 schools", "2 million such firms", "14 bus routes".

        Up to three content words follow the number; the counted noun is the last of them that
        looks plural ("bus routes" -> routes), else the first ("200 people attended" -> people).
        "eight of the 27 member states" counts what the group counts: a chain of such groups
        ("one of the 5 of the 6 ...") is followed in a loop, each position's answer kept.
        """
        chain = []
        while position not in self.counted:
            chain.append(position)
            noun, group_end = self._noun_after(position)
            if group_end is None:
                self.counted[position] = noun
                break
            position = group_end
        for link in chain:
            self.counted[link] = self.counted[position]
        return self.counted[position]

    def _noun_after(self, position: int) -> tuple[tuple[int, int, str, int] | None, int | None]:
        """(counted noun, None), or (None, where the group after "of the 27" ends) to look on.

        The noun is (start, end, head word, start of its phrase): in "25 data collection
        zones" the head is "zones", the phrase "data collection zones"; a capitalized or
        all-capitals word ("Chinese", "PVTG") may stand among the words before the head but is
        not part of the phrase, nor the head unless plural ("Indians").
        """
        if PARTITIVE_AFTER.match(self.text, position):
            return (
                None,
                None,
            )  # "13 of them": what is counted was named before (`_unit_from_context`)
        lexicon = _lexicon()
        content = []
        for word in NOUN_TOKEN.finditer(self.text, position, position + 60):
            token = word.group()
            # ("2 million such firms", "54,000 net new jobs": such words anywhere before the noun)
            if token in QUANTITY_ADJECTIVES and (not content or token != "of"):
                continue
            if (
                token in lexicon.function_words
                or token in ADVERBS_AFTER_NUMBERS
                or not WORD_SHAPE.fullmatch(token)
            ):
                break
            content.append(word)
            if len(content) == 3:
                break
        heads = [
            w
            for w in content
            if (
                w.group()[0].islower()
                and not PAST_TENSE.fullmatch(w.group())
                and w.group() not in _past_tenses()  # "999 rose", "12 fell": verbs
                and not w.group().endswith("ing")  # "two pushing for a cut", "30 following"
            )
            or _looks_plural(w.group())
        ]
        if not heads:
            # "at least eight of the 27 member states": the members of the group are counted
            group = OF_GROUP.match(self.text, position)
            if (
                group is not None
                and group["noun_group"]
                and LABEL_OR_FRACTION_BEFORE.search(self.text, max(0, position - 16), position)
            ):
                group = None
            return None, (group.end() if group else None)
        plural = [w for w in heads if _looks_plural(w.group())]
        classed = [w for w in heads if w.group() in lexicon.noun_classes]
        chosen = (plural or classed or heads)[-1 if plural or classed else 0]
        phrase_start = chosen.start()
        for word in reversed(content[: content.index(chosen)]):
            token = word.group()
            if (
                not token[0].islower()
                or word.end() + 1 != phrase_start
                or token in _unit_adjectives()
                or token.endswith("est")
            ):
                break
            phrase_start = word.start()
        return (chosen.start(), chosen.end(), chosen.group(), phrase_start), None

    def _unit_after(self, position: int) -> tuple[int, str, str | None] | None:
        """(end, unit as written, qualifier) of a unit word right after the number: "billion
        yuan", "5 km", "US dollars", "Canadian dollars"."""
        if position in self.units_after:
            return self.units_after[position]
        named = _named_currency_pattern().match(self.text, position, position + 60)
        m = named or _unit_pattern().match(self.text, position, position + 40)
        # (the unit as written starts at its qualifier: "Canadian dollars")
        unit = (m.end(), m.group().lstrip(), None if named else m["qualifier"]) if m else None
        self.units_after[position] = unit
        return unit

    def _subject(
        self, noun_start: int, noun_end: int, sentence_start: int, sentence_end: int
    ) -> str:
        """ "colleges nationwide that have opened cybersecurity schools", "foreign-funded enterprises in China"."""
        text = self.text
        noun = text[noun_start:noun_end]
        head = self._resolve_such(noun, noun_start, sentence_start)
        modifiers = SUBJECT_MODIFIERS.match(text, noun_end, sentence_end)  # (always matches)
        phrase = head + modifiers.group()
        verb = AUXILIARY_AFTER.match(text, modifiers.end(), sentence_end)
        if verb and verb["aux"] in AUXILIARIES:
            words = []
            for word in _clause_words(text, verb.end(), sentence_end, 6):
                if word in ("to", "and", "but", "that", "which", "because", "as"):
                    break
                words.append(word)
            if words:
                phrase += f" that {verb['aux']} " + " ".join(words)
        return phrase.strip()

    def _of_phrase(self, position: int, sentence_end: int) -> str | None:
        """ "20 percent of voters" -> "voters"; "3 percent of the country's GDP" -> "the country's GDP"."""
        m = OF_NOUN_PHRASE.match(self.text, position, sentence_end)
        if not m:
            return None
        words = []
        for word in m["np"].split():
            if words and (
                (word.lower() != "the" and word.lower() in _lexicon().function_words)
                or PARTICIPLE.fullmatch(word)
            ):
                break
            words.append(word)
        return " ".join(words)

    def _resolve_such(self, noun: str, noun_start: int, sentence_start: int) -> str:
        """ "such companies" after "foreign-funded enterprises" names the enterprises."""
        text = self.text
        if text[max(0, noun_start - 5) : noun_start] != "such ":
            return noun
        classes = _lexicon().noun_classes
        wanted = classes.get(noun.lower())
        if wanted is None:
            return noun
        # the sentence before "such", its last `SUCH_WINDOW` characters in a very long one
        before = text[max(sentence_start, noun_start - 5 - SUCH_WINDOW) : noun_start - 5]
        plural = noun.endswith("s")
        candidates = [
            m
            for m in SUCH_CANDIDATE.finditer(before)
            if classes.get(m["noun"]) == wanted and m["noun"].endswith("s") == plural
        ]
        if not candidates:
            return noun
        m = candidates[-1]
        modifier = (
            m["mod"] if m["mod"] and m["mod"].lower() not in _lexicon().function_words else None
        )
        return f"{modifier} {m['noun']}" if modifier else m["noun"]

    def _unit_from_context(
        self, start: int, sentence_start: int, end: int | None = None, value: float = math.inf
    ) -> Statistic | str | None:
        """The unit a bare number takes from its sentence: an earlier statistic whose unit it
        shares, or a counted noun.

        "rose 310 points to close at 81,766": a number reached "to"/"at" after a number with a
        unit (but not a percent, a rate of change) is in that unit; "the number of registered
        merchants had reached about 14.6 million": the noun the sentence counts; "19 people
        were killed and more than 600 injured", "651 people were hurt: 403 in Elazig, 148 in
        Malatya": a count of what befell them, or of where, goes on counting the same thing.
        """
        goes_on = COUNT_GOES_ON.match(self.text, end) if end is not None else None
        if goes_on is not None:
            earlier = self.last_with_unit
            if (
                earlier is not None
                and sentence_start <= earlier.char_start < start
                # (what befell them: people only; where they are: any count of things)
                and (
                    earlier.unit_normalized in people_nouns()
                    if goes_on["befell"]
                    else earlier.currency is None
                    and earlier.unit_normalized not in NOT_COUNTED_ON
                    and earlier.unit_normalized not in _measure_normalized()
                )
            ):
                return earlier
        text = self.text
        part_of = self._part_of(start, end, value)
        if part_of is not None:
            return part_of
        earlier = self.last_with_unit
        compared = (
            COMPARED_BEFORE.search(text, max(earlier.char_end, start - 60), start)
            if earlier is not None and sentence_start <= earlier.char_start < start
            else None
        )
        if (
            compared is not None
            and compared.start() - earlier.char_end <= COMPARED_GAP
            and not DIGIT.search(text, earlier.char_end, compared.start())
            # (not a count of where or when: "8 goals in 10 games, against 3")
            and not ADJUNCT_BEFORE.search(text, max(0, earlier.char_start - 8), earlier.char_start)
            and (
                compared["word"] != "from"
                # after "from", only "to X from Y": a level compared with a level, not "raised
                # the age for 3 million workers from 62 to 64"
                or (
                    AT_OR_TO_BEFORE.search(
                        text, max(0, earlier.char_start - 12), earlier.char_start
                    )
                    and not (end is not None and RANGE_ON.match(text, end))
                )
            )
        ):
            return earlier
        # (both patterns end at `start` and reach back a few words: the last of the sentence's)
        window = window_start(text, sentence_start, start, CONTEXT_WINDOW)
        # Each pattern is searched only where the text has what any of its matches has, so a
        # long sentence of bare numbers is not searched again for every number: a match of
        # AT_OR_TO_BEFORE ends in "to" or "at" and spaces, one of NUMBER_OF holds "number of ".
        spaces = start
        while spaces > window and text[spaces - 1].isspace():
            spaces -= 1
        at_or_to = spaces < start and spaces - 2 >= window and text[spaces - 2 : spaces] in AT_OR_TO
        number_of = text.find("number of ", window, start) >= 0
        if not (at_or_to or number_of):
            return None
        before = text[window:start]
        if at_or_to and AT_OR_TO_BEFORE.search(before):
            # the last number with a unit found in this sentence (found are in text order)
            earlier = self.last_with_unit
            if (
                earlier is not None
                and sentence_start <= earlier.char_start < start
                and earlier.unit_normalized not in ("percent", "percentage point")
            ):
                return earlier
        counted = NUMBER_OF.search(before) if number_of else None
        return counted.group("noun") if counted else None

    @property
    def last_with_unit(self) -> Statistic | None:
        """The last statistic found with a unit."""
        return self.recent[-1] if self.recent else None

    def _part_of(self, start: int, end: int | None, value: float) -> Statistic | None:
        """The count a bare number is a part of: "17 vessels ..., of which 10", "95 nurses
        arrived ... nine of them tested positive", "180 passengers and six crew; 30 of them".

        The latest count in reach that is larger than the part (a part is smaller than its
        whole, so "six crew" is passed over for "180 passengers"), not a share; a sum of money
        only after "of which" ("$5 billion, of which 2 billion"; "paid $500 each, and 10 of
        them quit" counts people).
        """
        text = self.text
        before = PARTITIVE_BEFORE.search(text, max(0, start - 60), start)
        after = PARTITIVE_AFTER.match(text, end) if end is not None and not before else None
        if before is None and after is None:
            return None
        money = "which" in (before or after).group()
        for earlier in reversed(self.recent):
            if earlier.char_end > start:
                continue
            if start - earlier.char_end > CONTEXT_WINDOW:
                break
            if (
                earlier.unit_normalized not in SHARES
                and (money or earlier.unit_normalized not in _money_words())
                and earlier.value > value
            ):
                return earlier
        return None

    def _currency(
        self, written: str, normalized: str, qualifier: str | None, scaled: bool
    ) -> str | None:
        """The ISO 4217 code of a currency as written ("$", "Rs", "Canadian dollars"), or None
        when it cannot be known or `written` is not money ("200 pounds" of weight)."""
        if (
            normalized == "pound"
            and not scaled
            and written == "pounds"
            and not any(currency_word(c) == "pound" for c in self._currencies())
        ):
            return None  # "200 pounds" weighs; money in a country of pounds, or "5 million pounds"
        if normalized not in currency_units() or (
            written in measure_units() and written.removesuffix("s") not in currency_units()
        ):
            return None  # not money, or "200 lbs": a weight
        if qualifier and US.fullmatch(qualifier):
            return "USD"
        return currency_code(normalized, qualifier, self.country)

    def _currencies(self) -> tuple[str, ...]:
        return country_currencies(self.country) if self.country else ()

    def _unit_of(self, written: str, qualifier: str | None = None, scaled: bool = False) -> _Unit:
        """The unit of a unit word or sign as written ("Canadian dollars", "$", "year")."""
        if qualifier:
            written = written[len(qualifier) :].lstrip()
        elif (code := named_currencies().get(written.lower())) is not None:
            word = written.rsplit(" ", 1)[-1].lower()  # "Dutch guilders": guilders
            known = _lexicon().units.get(word)  # "yuan" stays "yuan"
            return _Unit(*(known[:2] if known else (plural(word), singular(word))), code)
        known = _lexicon().units.get(written)
        if known is None:  # the word of "the 27-nation bloc"
            return _Unit(plural(written), singular(written))
        name, normalized, code = known
        if len(written) == 4 and written[0] == "M" and written[1:] == code:
            return _Unit(name, normalized, code, 1e6)  # "30 MUSD", "MEUR 120"
        if written == "¥" and self.country == "CHN":
            return _Unit("yuan", "yuan", "CNY")  # one sign for yen and yuan: China's is yuan
        return _Unit(
            name, normalized, code or self._currency(written, normalized, qualifier, scaled)
        )

    def _multipliers(self, sentence_start: int, sentence_end: int) -> list[Statistic]:
        """ "more than doubled" (> 2 times), "twice as fast" (2 times), "about half" (~ 0.5
        times): a change or a comparison said as a multiple (`rules/multipliers.csv`)."""
        starts = self.multiplier_starts
        if starts is not None:
            i = bisect_left(starts, sentence_start)
            if i == len(starts) or starts[i] >= sentence_end:
                return []
        words, pattern, comparator_before = _multiplier_rules()
        found = []
        for m in pattern.finditer(self.text, sentence_start, sentence_end):
            value, when = words[m["word"].lower()]
            reach = max(sentence_start, m.start() - 24)  # the words right before it
            cue = comparator_before.search(self.text, reach, m.start())
            # "half of the members", "more than a third of workers", "half his cabinet": a
            # share of a group, a fraction, with or without a comparator
            share = value < 1 and GROUP_AFTER_PART.match(self.text, m.end()) is not None
            if share:
                ok = not ORDINAL_BEFORE_PART.search(self.text, reach, m.start())
            elif when == "part":
                ok = False  # "a quarter" alone is a time ("in a quarter"), no share
            elif when == "alone":  # "doubled", not "a doubled dose"
                ok = not ARTICLE_BEFORE.search(self.text, reach, m.start())
            elif when == "cued":  # "could double", "more than double"
                ok = cue is not None or bool(
                    MULTIPLIER_CUED_BEFORE.search(self.text, reach, m.start())
                )
            elif when == "any":  # "rose sevenfold", "a three-fold rise": a change's multiple
                ok = _a_changes_multiple(self.text, m, reach)
            elif when == "as":  # "twice as fast", not "twice a week"
                ok = cue is not None or bool(AS_OR_THE_AFTER.match(self.text, m.end()))
            else:  # "about half", never "half a million" or "the first half"
                ok = cue is not None and not ARTICLE_AFTER.match(self.text, m.end())
            start = cue.start() if cue is not None else m.start()
            if not ok or PARTICLE_AFTER.match(self.text, m.end()):
                continue
            if self.dates.overlaps(start, m.end()):
                continue
            comparator = (
                _lexicon().comparators[SPACES.sub(" ", cue["comparator"].lower())] if cue else "="
            )
            found.append(
                Statistic(
                    value,
                    comparator,
                    "fraction" if share else "times",
                    None,
                    self.text[start : m.end()],
                    start,
                    m.end(),
                    None,
                    "fraction" if share else "time",
                )
            )
        return found

    def _vague(self, sentence_start: int, sentence_end: int) -> list[Statistic]:
        """ "hundreds of people" (> 100 people), "tens of millions of dollars" (> 10,000,000)."""
        found = []
        for m in VAGUE.finditer(self.text, sentence_start, sentence_end):
            if self.dates.overlaps(m.start(), m.end()):
                continue
            value = VAGUE_VALUES[m["scale"].lower()] * (10 if m["tens"] else 1)
            value *= VAGUE_VALUES[m["inner"]] if m["inner"] else 1
            end = m.end()
            after = self._unit_after(end)
            if after is not None:
                end, written, qualifier = after
                unit = self._unit_of(written, qualifier, scaled=True)
            elif (noun := self._counted_noun(end)) is not None:
                end = noun[1]
                unit = _Unit(noun[2], singular(self.text[noun[3] : noun[1]]))
            else:
                continue  # "thousands of" what: nothing counted
            found.append(
                Statistic(
                    float(value),
                    ">",
                    unit.name,
                    None,
                    self.text[m.start() : end],
                    m.start(),
                    end,
                    unit.currency,
                    unit.normalized,
                )
            )
        return found

    def find(self, body_start: int) -> list[Statistic]:
        lexicon = _lexicon()
        found: list[Statistic] = []
        # the headline and lead above the body count too ("Exports fall 14.6% in January"),
        # not the page's labelled lines ("Posted On: 02 APR 2025", "ID : 178456")
        # (the whole text's sentences, split once for the statements too: `sentences_around`)
        above, body = (
            ([], text_sentences(self.text))
            if body_start == 0
            else sentences_around(self.text, body_start)
        )
        header = [
            sentence
            for sentence in above
            if len(sentence.text.split()) >= 3 and not LABELLED_LINE.match(sentence.text)
        ]
        lowered = lowercase_for_search(self.text)
        number_words = number_word_starts(self.text, lowered) if lowered is not None else []
        says_vague = any(words in self.text for words in VAGUE_WORDS_ANYWHERE)
        for sentence in header + body:
            vague = (
                self._vague(sentence.start, sentence.end)
                if says_vague and VAGUE_WORDS.search(sentence.text)
                else []
            ) + self._multipliers(sentence.start, sentence.end)
            matches = (
                lexicon.pattern.finditer(self.text, sentence.start, sentence.end)
                if lowered is None
                else _number_matches(self.text, lowered, sentence.start, sentence.end, number_words)
            )
            for m in matches:
                if m.start() < self.consumed_until or self._excluded(m):
                    continue
                value = parse_number(m["number"])
                if value is None:
                    continue
                letter_scale = 1.0  # "$5M": the scale a letter after the amount gives
                if m["fraction"]:  # "7 3/4%", "101 1/4": a whole number and a fraction
                    numerator, denominator = m["fraction"].split("/")
                    value += int(numerator) / int(denominator)
                if m["and_part"] and value.is_integer():
                    value += PARTS[m["part"]]
                unit: _Unit | None = None
                end = after = m.end()
                restated = RESTATED_DIGITS.match(self.text, end)
                if restated and not m["number"][:1].isdigit() and float(restated[1]) == value:
                    # "forty eight (48) contacts": the number in words, then in digits
                    end = after = self.consumed_until = restated.end()
                prefix = (m["prefix"] or "").strip()
                scaled = bool(m["scale"] or m["scale2"])
                # "SR 520", "the bank's SR 500 branches": the Gulf's letters apart from the
                # digits, no currency (the number read as if they were not there)
                spaced_letters = prefix in GULF_LETTERS and m["prefix"] != prefix and not scaled
                noun = None
                if m["percent"] or m["percent1"]:
                    percent = (m["percent"] or m["percent1"]).lower()
                    unit = PERCENTAGE_POINTS if "point" in percent else PERCENT
                elif prefix in currency_letters():
                    country, unit = currency_letters()[prefix]
                    if (
                        country != self.country
                        and len(prefix) > 1
                        and m["prefix"] == prefix
                        and (scaled or MILLIONS.match(self.text, end))
                    ):
                        # "Sh55.29 billion" in news of another country or none: shillings,
                        # their code only where the article's country has a shilling (Kenya,
                        # Uganda, Tanzania, Somalia), else none
                        code = currency_code(unit.normalized, None, self.country)
                        unit = replace(unit, currency=code if code in self._currencies() else None)
                    elif (
                        country != self.country
                        or m["prefix"] != prefix
                        or MODEL_OR_ROAD_AFTER.match(self.text, after)
                    ):
                        # "N95 masks" outside Nigeria's news, "the P30 Pro", "the R21
                        # highway", "Grade R 2": a model's, a road's or a grade's name
                        continue
                    if not m["number2"] and (mn := CURRENCY_SCALE.match(self.text, end)):
                        value *= CURRENCY_SCALES[mn.group()]  # "N500m": millions of the currency
                        end = mn.end()
                elif prefix and not spaced_letters:
                    unit = self._unit_of(prefix, scaled=scaled)
                    if (
                        unit.normalized in currency_units()
                        and not scaled
                        and (mn := CURRENCY_SCALE.match(self.text, end))
                    ):
                        # "£60m", "$1.8M", "$4B", "$120K"; "$3-5M": both ends
                        letter_scale = CURRENCY_SCALES[mn.group()]
                        end = mn.end()
                    # "$5 million in cash" is dollars; "Rs 250 crore" needs nothing more
                elif m["hyphen"]:
                    word = HYPHEN_WORD.match(self.text, end)
                    end = word.end()
                    unit = self._unit_of(word.group())
                elif sign := _suffix_sign().match(self.text, end):
                    end = sign.end()
                    unit = self._unit_of(sign["sign"], scaled=scaled)
                else:
                    unit_after = self._unit_after(after)
                    if unit_after:
                        end, written, qualifier = unit_after
                        unit = self._unit_of(written, qualifier, scaled)
                        if (
                            unit.currency
                            and not scaled
                            and (late := _scale_after().match(self.text, end))
                        ):
                            # "75 USD million": the scale after the currency's code
                            unit = replace(unit, factor=unit.factor * _scale_value(late["scale"]))
                            end = late.end()
                    else:
                        noun = self._counted_noun(after)
                        if noun:
                            # "27 member states": "states", counted in "member state"
                            unit = _Unit(noun[2], singular(self.text[noun[3] : noun[1]]))
                            if (
                                unit.normalized in MINOR_UNITS
                                and value < MAX_PER_SHARE
                                and self._sentence_says(sentence, "earnings per share")
                            ):
                                unit = _per(unit, "share", "share")  # "EPS was 22.9 fils"
                            if not OF_GROUP.match(self.text, after):
                                end = noun[1]  # "at least eight of the 27 states" ends at "eight"
                                per = _per_pattern().match(self.text, end)
                                if per is not None and per["word"] in TIMES:
                                    # "300 houses a year", "12 deaths a day": a rate
                                    end = per.end()
                                    unit = _per(unit, per["per"], per["word"])
                        elif self._age_after_a_name(m.start(), end, value):
                            unit = AGE_IN_YEARS  # "Jane Roe, 44, was sworn in"
                        else:
                            context = self._unit_from_context(
                                m.start(), sentence.start, end, value * _scale_value(m["scale"])
                            )
                            if isinstance(context, Statistic):
                                unit = _Unit(
                                    context.unit, context.unit_normalized, context.currency
                                )
                            elif context:
                                unit = _counted(context)
                if (
                    unit is not None
                    and unit.normalized == "degree"
                    and (scale := TEMPERATURE_SCALE.match(self.text, end))
                ):
                    end = scale.end()
                    unit = CELSIUS if scale["celsius"] else FAHRENHEIT
                if (
                    unit is not None
                    and unit.normalized == "point"
                    and (
                        self._sentence_says(sentence, "percentage points")
                        or POINTS_TO_A_PERCENTAGE.match(self.text, end)
                    )
                ):
                    # "by 0.2 points to 5.5 per cent", "0.2 percentage point ... 0.1 point": the
                    # points of a percentage
                    unit = replace(PERCENTAGE_POINTS, name=unit.name)
                if unit is not None and noun is None:
                    if unit.normalized in ("year", "month", "week", "day") and (
                        old := AGE.match(self.text, end)
                    ):
                        end = old.end()  # "a 30-year-old": an age
                        unit = _Unit(f"{unit.name} old", f"{unit.normalized} of age")
                    elif (per := _per_pattern().match(self.text, end)) and (
                        per["slash"]
                        or per["by"].lower() == "per"
                        or per["word"] not in TIMES
                        or (unit.currency is None and unit.normalized in _measure_names())
                    ):
                        # "$1.40 a share", "15% per annum", "500,000 barrels a day", "50
                        # km/ms"; but "£1,380 a month" is what a month costs, and "2.9 percent
                        # a month earlier" is a level
                        end = per.end()
                        unit = _per(unit, per["per"], per["word"])
                    elif (
                        unit.currency is None
                        and unit.normalized in _measure_names()
                        and (rate := RATE_AFTER_OF.match(self.text, end))
                    ):
                        # "2.4 billion gallons of jet fuel a year": a rate of what is measured
                        end = rate.end()
                        unit = _per(unit, rate["per"], rate["per"])
                    elif (
                        (unit.currency is not None or unit.normalized in _money_words())
                        and not scaled
                        and value < MAX_PER_SHARE
                        and self._sentence_says(sentence, "earnings per share")
                    ):
                        # "earnings per share were 46 cents", "$3.51 a share, above the
                        # estimate of $3.11": a sentence on what a share earns
                        unit = _per(unit, "share", "share")
                    elif (
                        unit.normalized in currency_units()
                        and value.is_integer()
                        and not (scaled or m["number2"] or m["fraction"] or m["and_part"])
                        and (minor := self._minor_part(end)) is not None
                    ):
                        # "3 dollars 50 cents", "thirteen dollars and forty-five cents": one sum
                        value += minor[0] / 100
                        end = self.consumed_until = minor[1]
                start = m.start("number") if spaced_letters else m.start()
                if m["minus"]:
                    sign = m["minus"].strip().lower()
                    signed = unit is not None and unit.normalized in SIGNED_UNITS
                    if unit is not None and unit.normalized.startswith("degree"):
                        value = -value  # "-5 degrees", "minus 20 °C", "- 20 degrees"
                    elif signed and (sign == "minus" or m["minus"] == sign):
                        value = -value  # "-0.5%", "minus 2 percent"
                    elif m["minus"] == sign:
                        continue  # "-5": a hyphen joins it to what comes before
                    elif start == m.start("minus"):
                        start = m.start("number")  # "- 20 people": a dash before the number
                subject = None
                if noun:
                    subject = self._subject(noun[0], noun[1], sentence.start, sentence.end)
                else:
                    subject = self._of_phrase(end, sentence.end)
                span_text = self.text[start:end]
                if unit is not None and unit.factor != 1.0:
                    value *= unit.factor
                values = [(value * _scale_value(m["scale"] or m["scale2"]), None)]
                if m["rest_number"]:
                    if _scale_value(m["rest_scale"]) >= _scale_value(m["scale"]):
                        continue  # "5 thousand 200 million": no number
                    # "13 billion 322 million": the parts added
                    values = [
                        (values[0][0] + int(m["rest_number"]) * _scale_value(m["rest_scale"]), None)
                    ]
                if m["number2"]:
                    upper = parse_number(m["number2"])
                    if upper is None:
                        continue
                    # "6 to 6.5 million": both in millions; "500,000 to 2 million": not the first
                    shared = value < 1000 and "," not in m["number"]
                    lower_scale = m["scale"] or (m["scale2"] if shared else None)
                    values = [
                        (value * _scale_value(lower_scale), ">="),
                        (upper * _scale_value(m["scale2"] or m["scale"]), "<="),
                    ]
                values = [(number * letter_scale, comparator) for number, comparator in values]
                spans = [(start, end, span_text)] * len(values)
                if (
                    len(values) == 2
                    and m["range"].strip() == "to"
                    and _change_from().search(self.text, max(0, start - 60), start)
                ):
                    # "raised the rate from 0.9% to 1.2%": two levels, not a range
                    first_end = m.end("percent1") if m["percent1"] else m.end("number")
                    first_end = max(first_end, m.end("scale") if m["scale"] else 0)
                    values = [(number, "=") for number, _ in values]
                    spans = [
                        (start, first_end, self.text[start:first_end]),
                        (m.start("prefix2") if m["prefix2"] else m.start("number2"), end, None),
                    ]
                    spans[1] = (spans[1][0], end, self.text[spans[1][0] : end])
                comparator = "="
                if m["comparator"] and not (
                    # "costs $3 billion over five years": a span of time, not more than one
                    m["comparator"].strip().lower() == "over"
                    and unit is not None
                    and unit.normalized in TIME_UNITS
                    # (only after an amount or a verb of spending: "it has been over two
                    # years", "the lowest in over two decades" are more than)
                    and SPENT_OVER_BEFORE.search(self.text, max(0, start - SPENT_OVER_REACH), start)
                ):
                    comparator = lexicon.comparators[
                        SPACES.sub(" ", m["comparator"].strip().lower())
                    ]
                elif bound_words := OR_MORE.match(self.text, end, end + 15):
                    comparator = ">="
                    if len(values) == 1:
                        spans = [(start, bound_words.end(), self.text[start : bound_words.end()])]
                for (number, bound), (row_start, row_end, row_text) in zip(
                    values, spans, strict=True
                ):
                    if not math.isfinite(number):
                        continue  # hundreds of digits: a string of digits, not a quantity
                    earlier = self.last_with_unit
                    if (
                        unit is not None
                        and unit.normalized in OTHERS
                        and earlier is not None
                        # (in this sentence or the one before it: "13 people were killed
                        # ... A total of 651 others were injured")
                        and row_start - earlier.char_end <= OTHERS_REACH
                        and "\n" not in self.text[earlier.char_end : row_start]
                        and earlier.currency is None
                        and earlier.unit_normalized not in NOT_COUNTED_ON
                        and earlier.unit_normalized not in OTHERS
                    ):
                        # "killed 19 people and injured 651 others": more of what the
                        # sentence counted before
                        unit = _Unit(earlier.unit, earlier.unit_normalized, None)
                    found.append(
                        Statistic(
                            round(number, 6),
                            bound or comparator,
                            unit.name if unit else None,
                            subject,
                            row_text,
                            row_start,
                            row_end,
                            unit.currency if unit else None,
                            unit.normalized if unit else None,
                        )
                    )
                    if unit:
                        self.recent.append(found[-1])
            if vague:
                taken = [
                    (s.char_start, s.char_end) for s in found if s.char_start >= sentence.start
                ]
                found.extend(
                    v
                    for v in vague
                    if not any(a < v.char_end and v.char_start < b for a, b in taken)
                )
                found.sort(key=lambda s: s.char_start)
        return found


def find_statistics(
    text: str,
    body_start: int,
    dates: list[DateExpression],
    index: EntityIndex,
    country: str | None = None,
) -> list[Statistic]:
    """Every statistic of `text` from `body_start` on; `country` (alpha-3) says which dollar "$" is."""
    return StatisticFinder(text, dates, index, country).find(body_start)
