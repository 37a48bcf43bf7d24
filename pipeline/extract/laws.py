"""Laws, regulations, measures and bills, named by capitalized words around a law word.

"the Data Security Law", "Cybersecurity Review Measures", "Digital Personal Data
Protection Bill, 2023", "Law on the Protection of Minors".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from pipeline.extract.lexicon import law_heads, sentence_words
from pipeline.extract.scan import finditer_word
from pipeline.ids import law_id
from pipeline.model import Law

CONNECTORS = frozenset({"of", "on", "for", "and", "to", "the", "in"})
WORD = re.compile(r"[\w'’-]+")
OF_PHRASE = re.compile(
    r" (?:of|on|for) (?:the )?(?:[A-Z][\w'’-]*)(?:(?: (?:of|on|for|and|the|in))* [A-Z][\w'’-]*)*"
)
YEAR_SUFFIX = re.compile(r"(?:,| of)? (?:19|20)\d{2}\b")  # "Bill, 2024", "Act 2025", "Act of 2023"


@cache
def _head_pattern() -> re.Pattern[str]:
    heads = "|".join(sorted((h.capitalize() for h in law_heads()), key=len, reverse=True))
    return re.compile(rf"\b(?:{heads})\b")


def _is_name_word(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in law_heads() and word not in sentence_words()


def _extend_left(text: str, head_start: int) -> int:
    """Start of the capitalized words before a law word, across "of"/"and" between them."""
    words = list(WORD.finditer(text, max(0, head_start - 200), head_start))
    start = head_start
    pending = head_start  # start if the connectors just passed turn out to belong to the name
    for word in reversed(words):
        between = text[word.end() : pending]
        if between.strip() not in ("",) or "\n" in between:
            break
        token = word.group()
        if _is_name_word(token) or (
            # "Payments Regulation Bill": a law word right before the last one is part of the name
            token[:1].isupper() and token.lower() in law_heads() and pending == start
        ):
            start = pending = word.start()
        elif token in CONNECTORS:
            pending = word.start()
        else:
            break
    return start


DESCRIPTIVE = re.compile(
    r"\b(?P<name>(?:draft|proposed|new|amended) (?P<head>law|bill|regulations?|directive|rules|act) "
    r"(?:on|to|for|against|governing|regulating) (?:the )?[a-z][a-z -]{2,60}?)"
    r"(?=[,.;:)]| (?:and|that|which|would|will|is|was|has|had|in|by|from|after|before|during|to|at|with)\b)"
)


def find_descriptive_laws(text: str) -> list[tuple[int, int, Law]]:
    """ "a draft law on personal information protection": a law named by what it does."""
    return [
        (m.start("name"), m.end("name"), Law(law_id(m["name"]), m["name"], law_heads()[m["head"]]))
        for m in DESCRIPTIVE.finditer(text)
    ]


# A law word followed by a name or an institution word is not a law: "Bill Clinton", "Law School".
NOT_A_LAW_AFTER = re.compile(
    r" (?:[A-Z][a-z]+\b(?! (?:of|on|for)\b)|School|Review|Firm|Center|Centre|Clinic|Journal|Professor|Library|Society)"
)
NOT_A_LAW_NAME = re.compile(
    r"\b(?:University|School|College|Institute|Center|Centre|Firm|President|Mayor|Governor|Former)\b"
)


def find_laws(text: str) -> list[tuple[int, int, Law]]:
    """(start, end, law) for each law named in `text`."""
    found: list[tuple[int, int, Law]] = []
    heads = list(finditer_word(_head_pattern(), text))
    head_starts = [head.start() for head in heads]
    for head in heads:
        if found and head.start() < found[-1][1]:
            continue  # inside the previous law's name ("Law on the Protection of ... Act")
        start = _extend_left(text, head.start())
        end = head.end()
        year = YEAR_SUFFIX.match(text, end)
        if year:
            end = year.end()
        # The phrase is cut before a next law's name below: read it no further than the next law
        # word ("the Data Act of the Data Act of ..." would read to the end from every one).
        following = bisect_left(head_starts, end)
        reach = heads[following].end() if following < len(heads) else len(text)
        of_phrase = OF_PHRASE.match(text, end, reach)
        if of_phrase:
            phrase = of_phrase.group()
            next_head = _head_pattern().search(phrase)
            if next_head:  # "Law on X and the Y Act": stop before the next law's name
                cut = phrase.rfind(" and ", 0, next_head.start())
                phrase = phrase[:cut] if cut > 0 else ""
            end += len(phrase)
            of_phrase = of_phrase if phrase else None
        name = text[start:end]
        if start == head.start() and not of_phrase:
            continue  # a lone "Law" or "Act" is a word, not a name
        if NOT_A_LAW_AFTER.match(text, head.end()) or NOT_A_LAW_NAME.search(name):
            continue  # "President Bill Clinton", "Harvard Law School", "School of Law"
        found.append((start, end, Law(law_id(name), name, law_heads()[head.group().lower()])))
    return sorted(found + find_descriptive_laws(text), key=lambda item: item[0])
