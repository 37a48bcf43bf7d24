"""Counts in words, singular or plural as the count says: `1 article`, `3 files failed`."""

from __future__ import annotations


def plural(count: int, noun: str) -> str:
    """`plural(1, "article")` -> `1 article`; `plural(3, "file failed")` -> `3 files failed`.

    The first word takes the plural: `-s`, or `-es` after s, x, z, ch or sh (`1 match`,
    `2 matches`), and a consonant's `-y` becomes `-ies` (`2 entries`).
    """
    if count == 1:
        return f"{count:,} {noun}"
    first, _, rest = noun.partition(" ")
    if first.endswith(("s", "x", "z", "ch", "sh")):
        first += "es"
    elif first.endswith("y") and first[-2:-1] not in "aeiou":
        first = first[:-1] + "ies"
    else:
        first += "s"
    return f"{count:,} {first}{' ' + rest if rest else ''}"
