"""The unit vocabulary of the statistics table: percent, percentage point, a currency, a
unit of measure or time, or the counted noun in its singular form.

"45 ferries" is counted in "ferry", "3 percentage points" in "percentage point", "5
km" in "kilometer", "$5" in "dollar" (its ISO 4217 code goes to the `currency` column).
"""

from __future__ import annotations

from functools import cache

from pipeline.extract.lexicon import read_list, read_table


@cache
def _inflect():
    # inflect (jaraco/inflect) knows English's irregular plurals ("fishermen", "crises",
    # "union territories"); it reads every word as a plural, so it is asked only about
    # words that look plural (`looks_plural`).
    #
    # inflect decorates its methods with typeguard's @typechecked, which parses and compiles
    # the whole inflect module again for each of them when it is imported: about 3 s of CPU
    # in every worker process, more than extracting a long article. The checks only reject
    # what is never passed here (a word that is not a string of at least one character), so
    # inflect is imported with that decorator left out: the same answers, without the 3 s.
    import typeguard

    checked = typeguard.typechecked
    typeguard.typechecked = _unchecked
    try:
        import inflect
    finally:
        typeguard.typechecked = checked
    return inflect.engine()


def _unchecked(target=None, **options):
    """`typeguard.typechecked` that leaves what it decorates as it is."""
    return _unchecked if target is None else target


@cache
def _invariable() -> frozenset[str]:
    """Nouns whose plural is the singular or that have none worth giving ("data", "staff")."""
    return frozenset(read_list("invariable_nouns.txt"))


@cache
def measure_units() -> dict[str, str]:
    """Every written form of a unit of measure or time -> its normalized name ("km" -> kilometer)."""
    return {row["word"]: row["unit"] for row in read_table("measure_units.csv")}


def looks_plural(word: str) -> bool:
    """ "routes", "companies", "people", "fishermen" look plural; "bus", "press", "analysis" do not."""
    lower = word.lower()
    return lower in _plural_forms() or (
        lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and len(lower) > 2
    )


@cache
def _plural_forms() -> frozenset[str]:
    return frozenset(
        w.lower() for w in read_list("invariable_nouns.txt") + read_list("irregular_plurals.txt")
    )


@cache
def singular(unit: str) -> str:
    """ "colleges" -> "college", "percentage points" -> "percentage point", "cents per share" ->
    "cent per share", "people" -> "person", "data" -> "data", "kilometres" -> "kilometer"."""
    if unit in measure_units():
        return measure_units()[unit]
    head, per, rest = unit.partition(" per ")
    if per:
        return f"{singular(head)} per {rest}"
    words = unit.split(" ")
    last = words[-1]
    if last.lower() in _invariable() or not looks_plural(last):
        return unit
    one = _inflect().singular_noun(last)
    if not one:
        return unit
    return " ".join([*words[:-1], one])


@cache
def plural(noun: str) -> str:
    """ "nation" -> "nations", "data" -> "data": the way a counted noun is named in `unit`."""
    words = noun.split(" ")
    if words[-1].lower() in _invariable() or looks_plural(words[-1]):
        return noun
    return " ".join([*words[:-1], _inflect().plural_noun(words[-1]) or words[-1]])


def normalized_unit(unit: str) -> str:
    """A unit as written, in the table's vocabulary: "per cent" -> "percent", "km" ->
    "kilometer", "US$" -> "dollar", "fishermen" -> "fisherman"."""
    written = {row["word"].lower(): row["normalized"] for row in read_table("units.csv")}
    lowered = unit.lower()
    if lowered in written:
        return written[lowered]
    return singular(unit)
