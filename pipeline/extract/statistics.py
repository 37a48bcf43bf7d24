"""Statistics: numbers that count or measure something, with comparator, unit and subject.

"more than 40 schools" -> 40, ">", schools; "up to Rs 250 crore" -> 2500000000, "<=",
rupees; "6 to 6.5 percent" -> two rows (6, ">=") and (6.5, "<="). Dates, years,
ordinals, identifiers ("Article 5"), phone numbers, times and names with digits
("5G", "COVID-19", "24/7") are not statistics.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from pipeline.extract.lexicon import read_list, read_table, trie_regex
from pipeline.extract.scan import window_start
from pipeline.extract.sorted_spans import SortedSpans
from pipeline.extract.spans import EntityIndex
from pipeline.extract.text import split_sentences
from pipeline.model import DateExpression, Statistic

DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
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
# "the number of registered online merchants ... had reached about 14.6 million"
NUMBER_OF = re.compile(
    r"\b[Tt]he (?:total )?number of (?:[a-z][\w-]* ){0,3}(?P<noun>[a-z][\w-]*s)\b[^.;]{0,80}"
    r"\b(?:reached|rose to|fell to|stood at|was|is|totaled|totalled|hit)\s+(?:\w+\s+){0,2}$"
)
OF_GROUP = re.compile(r"\s+of\s+(?:the|its|their)\s+\d[\d,]*(?=\s)")
DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)\s+$")
# "schools nationwide", "enterprises in China": what describes the counted noun
SUBJECT_MODIFIERS = re.compile(
    r"(?:\s+\w+wide\b)?(?:\s+(?:in|of|at|across|from|for|under|on)\s+(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*)*)?"
)
AUXILIARY_AFTER = re.compile(r"\s+(?P<aux>\w+)\s+")  # "that have opened ...": a clause on the noun
CLAUSE_WORD = re.compile(r"\s*([^\s,;:.!?\"“”]+)")  # a word before the clause's punctuation
OF_NOUN_PHRASE = re.compile(r"\s+of\s+(?P<np>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2})")
# How far back a rule reads: "the number of ... had reached about" is a few words before its
# number, the nouns "such" refers to are in the sentence (its last 1,000 characters if longer).
CONTEXT_WINDOW = 500
SUCH_WINDOW = 1000


@dataclass(frozen=True)
class _Lexicon:
    cardinals: dict[str, float]
    scales: dict[str, float]
    comparators: dict[str, str]
    units: dict[str, str]
    labels: frozenset[str]
    function_words: frozenset[str]
    noun_classes: dict[str, str]
    pattern: re.Pattern[str]


def _alternation(words) -> str:
    return trie_regex(words)


@cache
def _lexicon() -> _Lexicon:
    cardinals, scales = {}, {}
    for row in read_table("numbers.csv"):
        (scales if row["kind"] == "scale" else cardinals)[row["word"]] = float(row["value"])
    comparators = {row["phrase"]: row["comparator"] for row in read_table("comparators.csv")}
    units = {row["word"]: row["unit"] for row in read_table("units.csv")}
    prefixes = [
        u
        for u in units
        if not u[0].isalpha() or u in ("Rs", "Rs.", "US$", "INR", "USD", "EUR", "GBP", "RMB")
    ]
    word_number = rf"(?i:{_alternation(cardinals)})(?:-(?:{_alternation(cardinals)}))?"
    number = rf"(?:{DIGITS}|{word_number})"
    # "lakh crore": a scale of a scale
    scale = rf"(?:\s+|-)?(?:{_alternation(scales)})\b(?:\s+(?:{_alternation(scales)})\b)?"
    pattern = re.compile(
        rf"(?<![\w$€£¥₹./:-])"
        rf"(?P<comparator>(?i:{_alternation(comparators)})\s+)?"
        rf"(?P<between>(?i:between)\s+)?"
        rf"(?P<prefix>(?:{_alternation(prefixes)})\s?)?"
        rf"(?P<number>{number})(?P<scale>{scale})?"
        # "5.25%-5.50%", "between 5% and 7%": a percent sign on both numbers of a range
        rf"(?:(?P<percent1>\s*%(?=\s*(?:-|–|to|and)\s*(?:{_alternation(prefixes)})?\s?\d)))?"
        rf"(?:(?P<range>\s*(?:-|–|to|(?(between)and|(?!)))\s*)(?P<prefix2>(?:{_alternation(prefixes)})\s?)?(?P<number2>{number})(?P<scale2>{scale})?)?"
        rf"(?P<percent>\s*%|\s+(?:percent|per cent|percentage points?)\b)?"
        rf"(?![\w/:]|[.,]\d|-\w)",
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
    )


@cache
def _unit_pattern() -> re.Pattern[str]:
    words = (w for w in _lexicon().units if w[0].isalpha())
    return re.compile(rf"\s+(?:U\.?S\.?\s+)?({_alternation(words)})\b")


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
    """ "1,000" -> 1000.0, "3.5" -> 3.5, "sixty" -> 60.0, "twenty-five" -> 25.0."""
    lexicon = _lexicon()
    token = token.lower()
    if re.fullmatch(DIGITS, token):
        return float(token.replace(",", ""))
    parts = token.split("-")
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
    def __init__(self, text: str, dates: list[DateExpression], index: EntityIndex):
        self.text = text
        self.dates: SortedSpans[DateExpression] = SortedSpans()  # dates never overlap
        for date in dates:
            self.dates.insert(date.char_start, date.char_end, date)
        self.index = index
        self.counted: dict[int, tuple[int, int, str] | None] = {}  # `_counted_noun` by position
        self.last_with_unit: Statistic | None = None  # the last statistic found with a unit

    def _excluded(self, m: re.Match[str]) -> bool:
        text = self.text
        start, end = m.start("number"), m.end()
        if start < end and self.dates.overlaps(start, end):
            return True
        if self.index.overlaps(start, m.end("number")):
            return True  # part of a name: "Bill, 2023", "Group of 20"
        label = re.search(r"([\w#.]+)\s*$", text[max(0, m.start() - 20) : m.start()])
        if label and label.group(1) in _lexicon().labels and not m["comparator"]:
            return True
        number = m["number"]
        is_digits = number[0].isdigit()
        plain = not (m["prefix"] or m["scale"] or m["percent"] or m["percent1"])
        if is_digits and plain and re.fullmatch(r"(?:1[89]|20|21)\d{2}", number):
            return True  # a year
        if re.match(r"[\s-]\d", text[m.end() : m.end() + 2]) or re.search(
            r"(?:\d|\+|\(\d+\))[\s-]?$", text[max(0, m.start() - 6) : m.start()]
        ):
            return True  # a phone number or other run of digit groups
        if (
            not is_digits
            and plain
            and re.search(
                r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Bb]oth|[Ii]ts|[Tt]heir)\s+$",
                text[max(0, m.start() - 8) : m.start()],
            )
        ):
            return True  # "the two sides": a reference, not a count
        if (
            plain
            and TIME_SPAN.match(text, m.end())
            and re.search(
                r"\b(?:first|last|past|next|previous|coming|recent)\s+$",
                text[max(0, m.start() - 12) : m.start()],
            )
        ):
            return True  # "in the first nine months": a period of time, not a statistic
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
        if not is_digits and plain and not self._counted_noun(m.end()):
            return True  # "one of the", "the two sides" without a noun to count
        # "one study", "one of the": the word "one" counts only with a scale or a bound
        return number.lower() == "one" and plain and not m["comparator"]

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

    def _noun_after(self, position: int) -> tuple[tuple[int, int, str] | None, int | None]:
        """(counted noun, None), or (None, where the group after "of the 27" ends) to look on."""
        lexicon = _lexicon()
        content = []
        for word in re.finditer(r"[\w'’-]+|[^\w\s]", self.text[position : position + 60]):
            token = word.group()
            if token in ("such", "more", "new", "additional", "other", "of") and not content:
                continue
            if (
                not re.fullmatch(r"[a-z][a-z'’-]*|[A-Z][a-z]+s", token)
                or token in lexicon.function_words
            ):
                break
            content.append(word)
            if len(content) == 3:
                break
        if not content:
            # "at least eight of the 27 member states": the members of the group are counted
            group = OF_GROUP.match(self.text, position)
            return None, (group.end() if group else None)
        plural = [
            w for w in content if _looks_plural(w.group()) or w.group() in lexicon.noun_classes
        ]
        chosen = plural[-1] if plural else content[0]
        return (position + chosen.start(), position + chosen.end(), chosen.group()), None

    def _unit_after(self, position: int) -> tuple[int, str] | None:
        """A unit word right after the number: "billion yuan", "5 km", "US dollars"."""
        units = _lexicon().units
        m = _unit_pattern().match(self.text[position : position + 40])
        if m:
            return position + m.end(), units[m.group(1)]
        return None

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
                word.lower() in _lexicon().function_words - {"the"}
                or re.fullmatch(r"[a-z]{3,}ed", word)
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
            for m in re.finditer(
                r"(?<!['’])\b(?:(?P<mod>[A-Za-z][\w-]*)\s+)?(?P<noun>[a-z]+)\b", before
            )
            if classes.get(m["noun"]) == wanted and m["noun"].endswith("s") == plural
        ]
        if not candidates:
            return noun
        m = candidates[-1]
        modifier = (
            m["mod"] if m["mod"] and m["mod"].lower() not in _lexicon().function_words else None
        )
        return f"{modifier} {m['noun']}" if modifier else m["noun"]

    def _unit_from_context(self, start: int, sentence_start: int) -> str | None:
        """The unit a bare number takes from its sentence.

        "rose 310 points to close at 81,766": a number reached "to"/"at" after a number with a
        unit (but not a percent, a rate of change) is in that unit; "the number of registered
        merchants had reached about 14.6 million": the noun the sentence counts.
        """
        # (both patterns end at `start` and reach back a few words: the last of the sentence's)
        before = self.text[window_start(self.text, sentence_start, start, CONTEXT_WINDOW) : start]
        if AT_OR_TO_BEFORE.search(before):
            # the last number with a unit found in this sentence (found are in text order)
            earlier = self.last_with_unit
            if (
                earlier is not None
                and sentence_start <= earlier.char_start < start
                and earlier.unit not in ("percent", "percentage points")
            ):
                return earlier.unit
        counted = NUMBER_OF.search(before)
        return counted.group("noun") if counted else None

    def find(self, body_start: int) -> list[Statistic]:
        lexicon = _lexicon()
        found: list[Statistic] = []
        for sentence in split_sentences(self.text, body_start):
            for m in lexicon.pattern.finditer(self.text, sentence.start, sentence.end):
                if self._excluded(m):
                    continue
                value = parse_number(m["number"])
                if value is None:
                    continue
                unit = None
                end = m.end()
                prefix = (m["prefix"] or "").strip()
                if m["percent"] or m["percent1"]:
                    percent = m["percent"] or m["percent1"]
                    unit = "percentage points" if "point" in percent else "percent"
                elif prefix:
                    unit = lexicon.units.get(prefix)
                unit_after = None if unit else self._unit_after(m.end())
                noun = None
                if unit_after:
                    end, unit = unit_after
                elif not unit:
                    noun = self._counted_noun(m.end())
                    if noun:
                        unit = noun[2]
                        if not OF_GROUP.match(self.text, m.end()):
                            end = noun[1]  # "at least eight of the 27 states" ends at "eight"
                    else:
                        unit = self._unit_from_context(m.start(), sentence.start)
                subject = None
                if noun:
                    subject = self._subject(noun[0], noun[1], sentence.start, sentence.end)
                else:
                    subject = self._of_phrase(end, sentence.end)
                start = m.start()
                span_text = self.text[start:end]
                values = [(value * _scale_value(m["scale"] or m["scale2"]), None)]
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
                comparator = "="
                if m["comparator"]:
                    comparator = lexicon.comparators[
                        re.sub(r"\s+", " ", m["comparator"].strip().lower())
                    ]
                elif re.match(r"\s+or\s+(?:more|above|higher)\b", self.text[end : end + 15]):
                    comparator = ">="
                for number, bound in values:
                    if not math.isfinite(number):
                        continue  # hundreds of digits: a string of digits, not a quantity
                    found.append(
                        Statistic(
                            round(number, 6),
                            bound or comparator,
                            unit,
                            subject,
                            span_text,
                            start,
                            end,
                        )
                    )
                    if unit:
                        self.last_with_unit = found[-1]
        return found


def find_statistics(
    text: str,
    body_start: int,
    dates: list[DateExpression],
    index: EntityIndex,
    country: str | None = None,
) -> list[Statistic]:
    return StatisticFinder(text, dates, index).find(body_start)
