"""The days an ISO 8601 date value covers: "2015" is 2015-01-01 to 2015-12-31.

The dates table gives every value as typed `date_start` and `date_end` besides the ISO
string, so that users filter and join on dates without parsing; the scorers compare
values by the days they cover ("2019-Q3" and "2019-07/2019-09" are the same quarter).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from pipeline.model import date_in_tables

# A week is ISO 8601's (Monday to Sunday), its number in one digit or two (TimeML writes
# "2000-W7"); a season is the meteorological one, as a
# statistics office counts it: spring March-May, summer June-August, autumn
# September-November, winter December-February (the winter of 2019 ends in 2020).
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_PART = re.compile(
    r"(?P<year>\d{4})"
    r"(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|W(?P<week>\d{1,2})(?P<weekend>-WE)?"
    r"|(?P<season>SP|SU|FA|WI)))?"
    r"(?:T[\w:.+-]*)?$"  # a time of day on a day ("1998-01-08TNI") is still that day
)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def part_interval(value: str) -> tuple[date, date] | None:
    """First and last day of one ISO 8601 (or TimeML) calendar value; None if it names no days.

    >>> part_interval("2019-Q3")
    (datetime.date(2019, 7, 1), datetime.date(2019, 9, 30))
    """
    m = _PART.match(value)
    if not m:
        return None
    year = int(m["year"])
    try:
        if m["day"]:
            day = date(year, int(m["month"]), int(m["day"]))
            return day, day
        if m["month"]:
            month = int(m["month"])
            return date(year, month, 1), _month_end(year, month)
        if m["quarter"]:
            first = 3 * int(m["quarter"]) - 2
            return date(year, first, 1), _month_end(year, first + 2)
        if m["half"]:
            first = 6 * int(m["half"]) - 5
            return date(year, first, 1), _month_end(year, first + 5)
        if m["week"]:
            monday = date.fromisocalendar(year, int(m["week"]), 1)
            if m["weekend"]:
                return monday + timedelta(days=5), monday + timedelta(days=6)
            return monday, monday + timedelta(days=6)
        if m["season"]:
            first, last = SEASON_MONTHS[m["season"]]
            return date(year, first, 1), _month_end(year + (last - 1) // 12, (last - 1) % 12 + 1)
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None  # "2019-02-30", week 54


def iso_interval(value: str) -> tuple[date, date] | None:
    """First and last day of a value or an interval of two ("2015/2016": 2015-01-01 to 2016-12-31).

    >>> iso_interval("2019-07/2019-09")
    (datetime.date(2019, 7, 1), datetime.date(2019, 9, 30))
    """
    first, _, last = value.partition("/")
    start = part_interval(first)
    end = part_interval(last) if last else start
    if start is None or end is None or end[1] < start[0]:
        return None
    return start[0], end[1]


def table_interval(value: str) -> tuple[date, date] | None:
    """`iso_interval`, when a table's date columns can hold both days; None otherwise
    ("next year" of an article dated 2261 is 2262, which they cannot)."""
    interval = iso_interval(value)
    if interval is None or not (date_in_tables(interval[0]) and date_in_tables(interval[1])):
        return None
    return interval
