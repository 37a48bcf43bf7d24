"""Passes over the dates found, in text order: what one date pattern cannot see alone.

1. A weekday before its date is one expression: "Thursday, 18 September".
2. Two dates joined as a range are one period: "15 December 2023 to 15 January 2024",
   "from 2015 to 2017", "between March and June".
3. A month with the words that make it part of one is that part: "the first 20 days of
   January", "the 12 months to March", "the week of March 6".
4. "a year earlier", "the year-ago quarter", "the same period last year" are the date they
   are anchored to (the last period named before them), a year back, and a baseline said
   again is the same period, not a year before it; "a year ago" or "a year earlier" with no
   such anchor is the year before publication; "that year", "later that month", "the first
   20 days of the month", "the following month" are read from the date named just before,
   "that quarter" and "the quarter" from the quarter named before ("the quarter ended Sept.
   30" is one, though no row of its own).
5. A day number coordinated with a day of a month is a day of that month: "July 20 and 21"
   and "20 and 21 July" are two days each.
6. A month or season said before a year said aloud is of that year: "January nineteen
   ninety-seven".
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from pipeline.extract.intervals import table_interval
from pipeline.extract.lexicon import read_list
from pipeline.extract.scan import finditer_anchored, lowercase_for_search
from pipeline.extract.text import text_sentences
from pipeline.model import DateExpression

WEEKDAY = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?")
WEEKDAY_TO_DATE = re.compile(r",?\s?")
RANGE_LINK = re.compile(r"\s*(?:-|–|—|to|through|until|till|and)\s*")
BETWEEN_BEFORE = re.compile(r"\b[Bb]etween\s+$")
ANCHORED = re.compile(
    r"\b(?:(?P<year_back>[Aa] year (?:earlier|ago|before)|(?:[Tt]he )?year-(?:earlier|ago)"
    r"(?: (?:period|quarter|month))?|(?:[Tt]he )?(?:same|corresponding|comparable) (?:period"
    r"|quarter|month|time) (?:of |a )?(?:last|the previous|the prior) year"
    r"|[Tt]he (?:previous|prior|preceding) year)"
    r"|(?P<year_on>[Aa] year later|(?<!over )(?<!within )(?<!for )(?<!in )[Tt]he (?:following|next)"
    r" year(?! or))"
    r"|(?P<month_back>[Aa] month (?:earlier|before)|[Tt]he (?:previous|prior|preceding) month)"
    r"|(?P<month_on>[Tt]he following month)"
    r"|(?P<quarter_back>[Aa] quarter (?:earlier|before)|[Tt]he (?:previous|prior|preceding) quarter)"
    r"|(?P<same>[Tt]he quarter\b(?!-| (?:of|ended|ending|to|century|mile|final|finals)\b))"
    r"|(?:(?:[Ll]ater|[Ee]arlier) )?[Tt]hat (?:same )?(?P<that>year|quarter|month)\b"
    r"|(?<=days of )the (?P<days_of>month)\b)"
)
# months from the anchor, by the group of ANCHORED that matched
ANCHOR_SHIFTS = {
    "year_back": -12,
    "year_on": 12,
    "month_back": -1,
    "month_on": 1,
    "quarter_back": -3,
}
BASELINE = re.compile(r"(?i:last|previous|the previous|the prior)\b")
# With no date named before them, these count back from publication: "compared with a year
# earlier" in a story of 1989 is 1988 (not "a year before": "a year before the vote")
UNANCHORED_YEAR_BACK = re.compile(
    r"(?i:a year (?:ago|earlier)|year-(?:ago|earlier)|previous year)$"
)
# "a year ago", "the year-earlier": a comparison's baseline, itself a year back from its anchor
YEAR_BACK = re.compile(r"(?i:a year (?:earlier|ago|before)|(?:the )?year-(?:earlier|ago))\b")
SAME_PERIOD = re.compile(r"(?:[Tt]he )?(?:same|corresponding|comparable) ")
THE_YEAR_AFTER = re.compile(r"[Tt]he (?:following|next|previous|prior|preceding) year")
THE_MONTH_AFTER = re.compile(r"[Tt]he (?:following|previous|prior|preceding) month")
ANCHORED_WORDS = ("year", "month", "quarter")
# Every match of ANCHORED has one of its words at most 41 characters after its start ("the
# corresponding period of the previous year"): it is tried only there (`finditer_anchored`),
# not at every position of the text.
ANCHORED_WORD = re.compile("year|month|quarter")
ANCHORED_WORD_OFFSETS = tuple(range(42))
QUARTER_VALUE = re.compile(r"(\d{4})-(01|04|07|10)/\1-(03|06|09|12)")
# "compared to the third quarter", "compared with the fourth quarter", "versus the first quarter"
COMPARED_BEFORE = re.compile(r"(?:compared (?:with|to)|versus|vs\.?|from|than) (?:the )?$")
BASELINE_REACH = 80  # characters between a quarter and the baseline compared with it
# How far back an anchor is looked for: the sentence or two before the expression.
ANCHOR_WINDOW = 400
# A period other than a quarter, named without a date ("For the nine months", "in the first
# half", "for the year"): a baseline in its sentence is not of the story's quarter
OTHER_PERIOD = re.compile(r"\b(?:months|half|year|fiscal)\b", re.IGNORECASE)
SENTENCE_REACH = 300  # characters back where the sentence before an expression is read


def _sentence_before(text: str, position: int) -> str:
    """The words of its sentence before `position` (at most `SENTENCE_REACH` characters), as
    the article's sentences are split ("Acme Corp. had": no break after an abbreviation)."""
    sentences = text_sentences(text)
    at = bisect_right(sentences, position, key=lambda sentence: sentence.start) - 1
    start = sentences[at].start if at >= 0 else 0
    return text[max(start, position - SENTENCE_REACH) : position]


def _joined(first: DateExpression, second: DateExpression, text: str) -> DateExpression:
    value = f"{first.value.split('/')[0]}/{second.value.split('/')[-1]}"
    return DateExpression(
        value,
        "period",
        first.relative or second.relative,
        text[first.char_start : second.char_end],
        first.char_start,
        second.char_end,
        first.date_start,
        second.date_end,
    )


def _is_range(first: DateExpression, second: DateExpression, text: str) -> bool:
    """ "2015 to 2017", "March-June", "between 2010 and 2012": two ends of one period."""
    link = RANGE_LINK.fullmatch(text, first.char_end, second.char_start)
    if link is None or first.date_start is None or second.date_start is None:
        return False
    if link.group().strip() == "and" and not BETWEEN_BEFORE.search(
        text, max(0, first.char_start - 10), first.char_start
    ):
        return False  # "in 2015 and 2017": two years
    same_kind = first.granularity == second.granularity or "period" in (
        first.granularity,
        second.granularity,
    )
    return same_kind and first.date_start < second.date_start and first.date_end < second.date_end


def _shift_months(value: str, months: int) -> str | None:
    """ "2019-07/2019-09" moved back 12 months is "2018-07/2018-09"; days keep their day."""
    parts = []
    for part in value.split("/"):
        year, month, day = int(part[:4]), int(part[5:7] or 1), part[8:10]
        if len(part) == 4:
            if months % 12:
                return None
            parts.append(str(year + months // 12))
            continue
        index = year * 12 + month - 1 + months
        shifted = f"{index // 12:04d}-{index % 12 + 1:02d}"
        if day:
            shifted += f"-{min(int(day), 28) if index % 12 == 1 and day == '29' else day}"
        parts.append(shifted)
    return "/".join(parts)


def _that_period(anchor: DateExpression, unit: str) -> str | None:
    """The year (or month) of `anchor` when it lies in one: "that year" after "June 1998"."""
    first, last = anchor.date_start, anchor.date_end
    if first is None or last is None or first.year != last.year:
        return None
    if unit == "year":
        return str(first.year)
    if unit == "quarter":
        return anchor.value if QUARTER_VALUE.fullmatch(anchor.value) else None
    return f"{first.year:04d}-{first.month:02d}" if first.month == last.month else None


def _latest_quarter(published: date | None) -> DateExpression | None:
    """The last quarter over at `published`: what "the quarter" of an earnings report is."""
    if published is None:
        return None
    index = published.year * 4 + (published.month - 1) // 3 - 1
    year, first = index // 4, index % 4 * 3 + 1
    value = f"{year:04d}-{first:02d}/{year:04d}-{first + 2:02d}"
    interval = table_interval(value)  # (None for a quarter before the tables' first day)
    if interval is None:
        return None
    return DateExpression(value, "period", True, "", 0, 0, *interval)


def _anchored(
    text: str,
    found: list[DateExpression],
    published: date | None,
    quarters: Sequence[DateExpression] = (),
) -> list[DateExpression]:
    """`found` with the expressions anchored to a date before them; `quarters` are quarters
    named without a row of their own ("the quarter ended Sept. 30"), anchors of "the quarter"."""
    # (the lowercase the date patterns were scanned with, made once for the article)
    lowered = lowercase_for_search(text)
    if lowered is None:
        lowered = text.lower()
    if not any(word in lowered for word in ANCHORED_WORDS):
        return found
    added = []
    resolved: dict[int, DateExpression] = {}  # added by where they start
    at = 0  # found[:at] start before the current match
    last_quarter = None  # the last quarter named before the match, however far back
    # the latest quarter named that was over by publication: the one an earnings story reports
    # (not "after a weak second quarter", nor a forecast's "the fourth quarter")
    story_quarter = None
    named = 0  # quarters[:named] end before the current match
    for m in finditer_anchored(ANCHORED, text, ANCHORED_WORD, ANCHORED_WORD_OFFSETS):
        while at < len(found) and found[at].char_start < m.start():
            if found[at].char_end <= m.start() and QUARTER_VALUE.fullmatch(found[at].value):
                last_quarter = found[at]
                if (published is None or found[at].date_end < published) and (
                    story_quarter is None or found[at].date_start > story_quarter.date_start
                ):
                    story_quarter = found[at]
            at += 1
        while named < len(quarters) and quarters[named].char_end <= m.start():
            if last_quarter is None or quarters[named].char_start > last_quarter.char_start:
                last_quarter = quarters[named]
            named += 1
        back = [d for d in found[max(0, at - 8) : at] if d.char_end <= m.start()]
        back = [d for d in back if m.start() - d.char_end <= ANCHOR_WINDOW]
        if m["year_back"]:
            # "up from last year's $3.27 ... compared with a year earlier": a baseline is of the
            # period the story reports, not of another baseline
            back = [
                d for d in back if not (BASELINE.match(d.text) or YEAR_BACK.match(d.text))
            ] or back
            if published is not None:
                # "losses through the third quarter of 1990 ... In the year-ago period": a
                # baseline is of a period begun by publication, not of a forecast's
                back = [d for d in back if d.date_start <= published]
        periods = [d for d in back if d.granularity != "day"]
        if SAME_PERIOD.match(m.group()):
            # "the same period last year": of a period within a year, not of "this year"
            periods = [d for d in periods if (d.date_end - d.date_start).days < 300] or periods
        anchor = periods[-1] if periods else (back[-1] if back else None)
        if (
            anchor is None
            and m["year_back"]
            and story_quarter is not None
            and not OTHER_PERIOD.search(_sentence_before(text, m.start()))
        ):
            # "...reported a third-quarter loss. The thrift had net income of $132,000 a year
            # ago.": with no date in the sentences before, a baseline in a story of a quarter
            # is of the quarter it reports (not "For the nine months, ... a year earlier": of
            # 1988)
            anchor = story_quarter
        if "quarter" in m.group().lower():
            # "the quarter", "the year-earlier quarter": from the quarter the story is about,
            # named before, else the last quarter over at publication (an earnings report's)
            anchor = last_quarter or _latest_quarter(published)
        unit = m["that"] or m["days_of"]
        if unit:  # "in June 1998 ... later that year": the year of the date just named
            that_anchor = last_quarter if unit == "quarter" else (back[-1] if back else None)
            value = _that_period(that_anchor, unit) if that_anchor else None
            if value is None:
                continue
            interval = table_interval(value)
            relative = that_anchor.relative  # (from the publication date only if its anchor is)
            granularity = unit if unit in ("year", "month") else "period"
            that = DateExpression(value, granularity, relative, m.group(), *m.span(), *interval)
            # "the first 20 days of the month": those days of the month just named
            added.append(_with_lead_in(text, that) if m["days_of"] else that)
            continue
        if m["same"]:
            if anchor is None:
                continue
            months = 0
        elif m["year_back"] and anchor is not None and YEAR_BACK.match(anchor.text):
            # "from $186.4 million a year ago ... compared with a year ago": the same baseline
            # said twice, not a year before it (as this pass read the first one)
            anchor = resolved.get(anchor.char_start, anchor)
            months = 0
        else:
            months = next(shift for group, shift in ANCHOR_SHIFTS.items() if m[group])
        value = _shift_months(anchor.value, months) if anchor is not None else None
        if THE_YEAR_AFTER.fullmatch(m.group()) and back:
            # "On May 22, 1995, he was promoted, and the following year ...": the calendar year
            # after that of the date just named, not the day a year on
            year = _that_period(back[-1], "year")
            value = str(int(year) + months // 12) if year else value
        elif THE_MONTH_AFTER.fullmatch(m.group()) and back:
            # "On March 3 ... the following month": the month after that of the date named
            month = _that_period(back[-1], "month")
            value = _shift_months(month, months) if month else value
        if value is not None and published is not None and m.group().lower().endswith("ago"):
            interval = table_interval(value)
            if interval is not None and interval[1] >= published:
                value = None  # "a year ago" counts back from now: what has not ended is no anchor
        relative = True
        if value is None:
            if published is None or not UNANCHORED_YEAR_BACK.search(m.group()):
                continue
            nearby = found[max(0, at - 1) : at + 1]
            if any(d.char_start < m.end() and m.start() < d.char_end for d in nearby):
                continue  # "the year-ago third quarter": a date of its own, found whole
            value = str(published.year - 1)
        interval = table_interval(value)
        if interval is None:
            continue
        granularity = (
            "period"
            if "/" in value
            else ("day", "month", "year")[(len(value) < 10) + (len(value) < 7)]
        )
        added.append(
            DateExpression(value, granularity, relative, m.group(), m.start(), m.end(), *interval)
        )
        resolved[m.start()] = added[-1]
    if not added:
        return found
    # an anchored expression holds the dates inside it ("last year" in "the same period last year");
    # both lists are in text order and the anchored ones never overlap: one walk through each
    kept = []
    holder = 0
    for d in found:
        while holder < len(added) and added[holder].char_end <= d.char_start:
            holder += 1
        if holder < len(added) and added[holder].char_start <= d.char_start:
            continue
        kept.append(d)
    return sorted(kept + added, key=lambda d: d.char_start)


COUNT = r"\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
COUNTS = {w: n for n, w in enumerate(COUNT.split("|")[1:], start=2)}
# "the first 20 days of January", "the 12 months to March", "three months through September"
# (but "rose for 14 months through January" is a streak that ends in January: a verb of
# change before "for")
VERB_FOR = re.compile(r"\b([a-z]+) for $")
LEAD_IN = re.compile(
    rf"(?:\b[Tt]he )?(?:\b[Ff]irst (?P<days>{COUNT}) days of"
    rf"|\b(?P<months>{COUNT}) months (?:through|to|ending|ended)(?: in)?) $"
)
MONTH_VALUE = re.compile(r"(\d{4})-(\d{2})")


@cache
def _change_verbs() -> frozenset[str]:
    return frozenset(read_list("change_verbs.txt"))


WEEK_OF = re.compile(r"\b[Tt]he week of $")


def _week_of(text: str, d: DateExpression) -> DateExpression:
    """ "the week of March 6": the week (Monday to Sunday) that holds the day."""
    lead = WEEK_OF.search(text, max(0, d.char_start - 12), d.char_start)
    if lead is None or d.granularity != "day" or d.date_start is None:
        return d
    monday = d.date_start - timedelta(days=d.date_start.weekday())
    sunday = monday + timedelta(days=6)
    value = f"{monday.isoformat()}/{sunday.isoformat()}"
    start = lead.start()
    return DateExpression(
        value, "period", d.relative, text[start : d.char_end], start, d.char_end, monday, sunday
    )


def _with_lead_in(text: str, d: DateExpression) -> DateExpression:
    """A month with the words before it that make it part of one ("the first 20 days of
    January": January 1 to 20; "the 12 months to March 2021": April 2020 to March 2021)."""
    month = MONTH_VALUE.fullmatch(d.value)
    lead = LEAD_IN.search(text, max(0, d.char_start - 40), d.char_start) if month else None
    if lead is None:
        return d
    streak = VERB_FOR.search(text, max(0, lead.start() - 20), lead.start())
    if lead["months"] and streak and streak[1] in _change_verbs():
        return d
    count = lead["days"] or lead["months"]
    n = int(count) if count.isdigit() else COUNTS[count.lower()]
    if lead["days"]:
        value = f"{d.value}-01/{d.value}-{n:02d}"
    else:
        index = int(month[1]) * 12 + int(month[2]) - n  # the first month, counted from 0
        value = f"{index // 12:04d}-{index % 12 + 1:02d}/{d.value}"
    interval = table_interval(value)
    if n < 1 or interval is None or interval[1] > d.date_end:
        return d
    start = lead.start()
    return DateExpression(
        value, "period", d.relative, text[start : d.char_end], start, d.char_end, *interval
    )


# "July 20 and 21": a day number after a day of a month. The number ends the phrase: a count
# goes on with its noun ("July 20 and 21 people"), a figure with its decimals or unit
# ("June 3 and 4.5%").
DAY_AFTER = re.compile(
    r"(?:,? and|,? or|,? &) (?P<day>(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)\b"
    r"(?![.,]?\d|%| ?[a-zA-Z$€£¥])"
)
# "20 and 21 July", "3rd and 4th December": a day number before a day of a month
DAY_BEFORE = re.compile(r"\b(?P<day>(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)(?:,? and|,? or|,? &) $")
DAY_NUMBER = re.compile(r"\d+")
MONTH_DAY_TEXT = re.compile(r"[A-Z][a-z]*\.? (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")
DAY_MONTH_TEXT = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)? (?:of )?[A-Z]")


def _coordinated_day(text: str, d: DateExpression, m: re.Match[str]) -> DateExpression | None:
    """The day `m` names in the month of `d`, if there is one ("February 28 and 30": none)."""
    try:
        day = d.date_start.replace(day=int(DAY_NUMBER.match(m["day"]).group()))
    except ValueError:
        return None
    start, end = m.span("day")
    return DateExpression(day.isoformat(), "day", d.relative, text[start:end], start, end, day, day)


def _between(text: str, first: DateExpression) -> bool:
    return BETWEEN_BEFORE.search(text, max(0, first.char_start - 10), first.char_start) is not None


def _coordinated_days(text: str, found: list[DateExpression]) -> list[DateExpression]:
    """`found` with the day coordinated with a day of a month: "July 20 and 21" gives July 21
    too, "20 and 21 July" July 20 ("between 20 and 21 July" is one period). Each date is
    looked at once, right after and right before it."""
    out: list[DateExpression] = []
    for i, d in enumerate(found):
        if d.granularity != "day" or d.date_start is None:
            out.append(d)
            continue
        following = found[i + 1].char_start if i + 1 < len(found) else len(text)
        other = None
        if MONTH_DAY_TEXT.fullmatch(d.text):
            m = DAY_AFTER.match(text, d.char_end)
            other = _coordinated_day(text, d, m) if m and m.end() <= following else None
            if other is not None and other.date_start > d.date_start:
                out += [_joined(d, other, text)] if _between(text, d) else [d, other]
                continue
        elif DAY_MONTH_TEXT.match(d.text):
            previous = out[-1].char_end if out else 0
            m = DAY_BEFORE.search(text, max(previous, d.char_start - 12), d.char_start)
            other = _coordinated_day(text, d, m) if m else None
            if other is not None and other.date_start < d.date_start:
                if _between(text, other):  # "between 2 and 3 July": one period
                    out.append(_joined(other, d, text))
                    continue
                out.append(other)
        out.append(d)
    return out


# "January nineteen ninety-seven", "the winter of nineteen ninety-four": a month or a season
# said before a year said aloud (a broadcast transcript) is that month or season of the year
SPOKEN_YEAR = re.compile(r"[A-Za-z]")
BEFORE_SPOKEN_YEAR = re.compile(
    r"(?:\b(?P<month>January|February|March|April|May|June|July|August|September|October"
    r"|November|December)|\b(?:[Tt]he )?(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all"
    r"|[Ww]inter) of) $"
)
MONTH_NUMBERS = {name: number for number, name in enumerate(calendar.month_name) if name}
SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _with_spoken_year(
    text: str, year: DateExpression, joined: list[DateExpression]
) -> DateExpression:
    """A year said aloud with the month or season said before it, which it then holds (the
    season found alone before it is dropped from `joined`)."""
    if year.granularity != "year" or not SPOKEN_YEAR.match(year.text):
        return year
    lead = BEFORE_SPOKEN_YEAR.search(text, max(0, year.char_start - 20), year.char_start)
    if lead is None:
        return year
    number = year.date_start.year
    if lead["month"]:
        value, granularity = f"{number:04d}-{MONTH_NUMBERS[lead['month']]:02d}", "month"
    else:
        first = SEASON_MONTHS[lead["season"].lower()]
        index = number * 12 + first + 1  # the last month, counted from 0
        value = f"{number:04d}-{first:02d}/{index // 12:04d}-{index % 12 + 1:02d}"
        granularity = "period"
    interval = table_interval(value)
    if interval is None:
        return year
    if joined and joined[-1].char_start >= lead.start():
        joined.pop()  # "the winter" found alone
    start, end = lead.start(), year.char_end
    return DateExpression(value, granularity, False, text[start:end], start, end, *interval)


# "the quarter ended Sept. 30", "its quarter ending July 2": the three months up to that day
# (a fiscal quarter, whatever the calendar's); a day in the first week of a month ends the
# quarter of the month before (52-week years end on a weekday: "the quarter ended Oct. 1")
QUARTER_ENDED = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir) quarter (?:ended|ending)(?: on)? $")


def _quarters_ended(text: str, found: list[DateExpression]) -> list[DateExpression]:
    """The quarters "the quarter ended DATE" names, each at its words: what "the quarter" and
    "a year earlier" after them are anchored to. They are not rows of their own: the day is
    the date the text gives, and an annotator marks it alone as often as with its quarter."""
    quarters = []
    for d in found:
        if d.granularity != "day" or d.date_start is None:
            continue
        lead = QUARTER_ENDED.search(text, max(0, d.char_start - 30), d.char_start)
        if lead is None:
            continue
        last = d.date_start - timedelta(days=7)
        index = last.year * 12 + last.month - 1  # the last month, counted from 0
        first = f"{(index - 2) // 12:04d}-{(index - 2) % 12 + 1:02d}"
        value = f"{first}/{last.year:04d}-{last.month:02d}"
        interval = table_interval(value)
        if interval is not None:
            quarters.append(
                DateExpression(value, "period", d.relative, "", lead.start(), lead.end(), *interval)
            )
    return quarters


SHORT_WEEKDAY_BEFORE = re.compile(r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,? $")
WEEKDAY_ABBREVIATIONS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")  # by `date.weekday()`


def join_dates(
    text: str, found: list[DateExpression], published: date | None
) -> list[DateExpression]:
    """The dates of `text` (in text order) after the passes above."""
    joined: list[DateExpression] = []
    for current in found:
        current = _week_of(text, _with_lead_in(text, current))
        short = (
            SHORT_WEEKDAY_BEFORE.search(text, max(0, current.char_start - 8), current.char_start)
            if current.granularity == "day"
            else None
        )
        if short and not short.group().startswith(
            WEEKDAY_ABBREVIATIONS[current.date_start.weekday()]
        ):
            short = None  # "The Sun, Dec. 17, 2020": no weekday of that date
        if short:  # "Thu, Dec 17, 2020": the weekday, shortened, opens the date
            current = replace(
                current, text=text[short.start() : current.char_end], char_start=short.start()
            )
        current = _with_spoken_year(text, current, joined)
        previous = joined[-1] if joined else None
        if previous is not None:
            if (
                current.granularity == "day"
                and WEEKDAY.fullmatch(previous.text)
                and WEEKDAY_TO_DATE.fullmatch(text, previous.char_end, current.char_start)
            ):
                joined[-1] = replace(
                    current,
                    text=text[previous.char_start : current.char_end],
                    char_start=previous.char_start,
                )
                continue
            if _is_range(previous, current, text):
                joined[-1] = _joined(previous, current, text)
                continue
        joined.append(current)
    joined = _coordinated_days(text, _baseline_quarters(text, joined))
    return _anchored(text, joined, published, _quarters_ended(text, joined))


def _baseline_quarters(text: str, found: list[DateExpression]) -> list[DateExpression]:
    """ "in the fourth quarter of 2020 compared to the third quarter": a quarter named without
    its year as the baseline of a quarter named with one, just before it, is the latest such
    quarter up to that one (2020's third; "the first quarter of 2021 compared with the fourth
    quarter": 2020's fourth)."""
    result = list(found)
    for i in range(1, len(result)):
        current, previous = result[i], result[i - 1]
        named = QUARTER_VALUE.fullmatch(previous.value)
        own = QUARTER_VALUE.fullmatch(current.value)
        if (
            named is None
            or own is None
            or previous.relative
            or not current.relative
            or not COMPARED_BEFORE.search(
                text, max(previous.char_end, current.char_start - 20), current.char_start
            )
            or current.char_start - previous.char_end > BASELINE_REACH
        ):
            continue
        year, first_month = int(named[1]), int(own[2])
        if first_month >= int(named[2]):  # the same or a later quarter: the year before
            year -= 1
        value = f"{year}-{own[2]}/{year}-{own[3]}"
        interval = table_interval(value)
        if interval is not None:
            result[i] = replace(current, value=value, date_start=interval[0], date_end=interval[1])
    return result
