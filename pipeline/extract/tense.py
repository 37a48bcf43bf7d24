"""The tense of the verb that governs a date: "will vote in May" is future, "voted in May" past.

A date without its year ("June 30", "Tuesday", "in March") is resolved to the one before or
after the publication date by this tense. The governing verb is the one nearest before the
date in its clause ("said on Tuesday it will vote by June 30": "will"); when none stands
before it, the nearest after it ("On Tuesday, the board voted").

Words ending in "-ed" are past verbs only where a verb can stand: "a balanced budget", "the
agreed plan", "is expected" and "will be carried out" hold participles, not past tenses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from pipeline.extract.lexicon import abbreviations, read_pairs

# Words, and numbers as words of their own ("surged to 2,423 points on Thursday": no verb
# after "to")
WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|\d[\d,.]*")
CLAUSE_END = re.compile(r"[;!?\n]|\.(?!\d)")  # (not the point of "$42.875")
# Pronouns after which a word in -s is a present-tense verb ("it reopens", "she leads").
SINGULAR_SUBJECTS = frozenset({"it", "he", "she", "which", "who", "that"})
# How far a clause is read on each side of its date: a governing verb is within a few words.
BEFORE = 120
AFTER = 80


@cache
def _cues() -> dict[str, str]:
    """Word -> "past", "future" or "present" (`rules/tense_cues.txt`)."""
    return {word.lower(): tense for word, tense in read_pairs("tense_cues.txt").items()}


# Articles, demonstratives and possessives: before a participle they make it an adjective
# ("the agreed date"), after "to" they open a noun phrase ("returned to his father").
DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "my",
    ]
)

# Before a participle, these and the determiners make it an adjective or a passive, not a
# past tense.
PARTICIPLE_BEFORE = DETERMINERS | frozenset(
    [
        "be",
        "been",
        "being",
        "is",
        "are",
        "am",
        "was",
        "were",
        "get",
        "gets",
        "got",
        "newly",
        "recently",
        "already",
        "jointly",
        "fully",
        "well",
        "not",
    ]
)


# Between a determiner and a participle, these keep it an adjective ("a still unspecified date").
DEGREE_ADVERBS = frozenset(["still", "yet", "once", "long", "now", "as", "so", "much"])


# Before an irregular participle ("held", "made"), these make it a passive, not a past tense.
PASSIVE_BEFORE = frozenset(["be", "being", "is", "are", "am", "get", "gets"])


# After "to", these and the determiners begin a noun phrase, not a verb: "returned to his father" is no plan.
NOUN_PHRASE_STARTS = DETERMINERS | frozenset(
    [
        "him",
        "them",
        "us",
        "me",
        "it",
        "some",
        "all",
        "about",
        "around",
        "more",
        # a preposition after "to": "rose to 5% on Friday" (the number is no word here)
        "on",
        "in",
        "at",
        "by",
        "from",
        "of",
        "with",
        "for",
        "and",
        "or",
    ]
)


def _infinitive(words: list[str], i: int) -> bool:
    """Whether the word after "to" at `i` can be a verb ("agreed to hold"), not "to his father",
    "to Cuba" or "to 5%" (a name or a number); a "to" right before the date counts as one."""
    if i >= len(words):
        return True
    return words[i][0].islower() and words[i] not in NOUN_PHRASE_STARTS


# After "coming", these make it a participle of motion ("coming off a loss"), not "the coming week"
PARTICLES_AFTER_COMING = frozenset(["out", "off", "from"])


# After "has"/"have", these make it the verb of having a time left, in the present, not the
# auxiliary of a past: "Teachers have until Friday to vote" (not "Police have no suspects in
# the shooting on Wednesday", whose date is the shooting's: that "have" is no tense of it)
HAVING_OBJECTS = frozenset({"until", "till"})


def _tense_of(words: list[str], i: int, after_date: bool = False) -> str | None:
    word = words[i].lower()
    cue = _cues().get(word)
    before = words[i - 1].lower() if i > 0 else ""
    to_after = i + 1 < len(words) and words[i + 1] == "to"
    if word in ("has", "have") and i + 1 < len(words) and words[i + 1].lower() in HAVING_OBJECTS:
        return "present"
    if cue == "done-before-to":
        cue = None  # a past tense in -ed, read as such below, but no plan before "to"
    if cue is not None:
        if (
            word == "coming"
            and i + 1 < len(words)
            and words[i + 1].lower() in PARTICLES_AFTER_COMING
        ):
            return None  # "the cheers coming out of its headquarters Monday night": no future
        if cue == "future-if-to" and not to_after:
            return None
        if cue == "present" and word in ("is", "are") and to_after and not after_date:
            return "future"  # "is to resume trading on Tuesday": what is planned
        if cue == "past" and before in PASSIVE_BEFORE:
            return None  # "would be held on April 24": a participle, the tense is before it
        return "future" if cue == "future-if-to" else cue
    if (
        i > 0
        and len(word) > 3
        and word.endswith("s")
        and not word.endswith("ss")
        and words[i - 1].lower() in SINGULAR_SUBJECTS
    ):
        return "present"  # "it reopens in the third quarter": a verb in -s after "it" is present
    if len(word) > 4 and word.endswith("ed"):
        if (
            i + 1 < len(words)
            and words[i + 1] == "to"
            and not after_date
            and _infinitive(words, i + 2)
            and _cues().get(word) != "done-before-to"
        ):
            # "agreed to hold talks in March", "is expected to rise in May": still to come (but
            # "On Tuesday, the board voted to close": the vote is the date's)
            return "future"
        if before in PARTICIPLE_BEFORE or (before.endswith("ly") and before != "only"):
            return None
        if before in DEGREE_ADVERBS and i > 1 and words[i - 2].lower() in PARTICIPLE_BEFORE:
            return None  # "a still unspecified date", "the long delayed vote": an adjective
        return "past"
    return None


ABBREVIATION_BEFORE = re.compile(r"\b([A-Za-z]+)$")


def _clause_ends(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The ends of clauses in `text[start:end]`, but not the period of an abbreviation ("bought
    from Sept. 14 to Thursday" is one clause)."""
    for m in CLAUSE_END.finditer(text, start, end):
        if m.group() == ".":
            word = ABBREVIATION_BEFORE.search(text, max(0, m.start() - 8), m.start())
            if word and word[1] in abbreviations():
                continue
        yield m


def governing_tense(text: str, start: int, end: int) -> str | None:
    """ "past", "future" or None (present, or no verb) for the date at `text[start:end]`."""
    floor = max(0, start - BEFORE)
    clause_start = floor
    for m in _clause_ends(text, floor, start):
        clause_start = m.end()
    words = WORD.findall(text, clause_start, start)
    for i in range(len(words) - 1, -1, -1):
        tense = _tense_of(words, i)
        if tense is not None:
            return None if tense == "present" else tense
    limit = min(len(text), end + AFTER)
    stop = next(_clause_ends(text, end, limit), None)
    after = WORD.findall(text, end, stop.start() if stop else limit)
    for i in range(len(after)):
        tense = _tense_of(after, i, after_date=True)
        if tense is not None:
            return None if tense == "present" else tense
    return None
