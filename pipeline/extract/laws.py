"""Laws, regulations, measures and bills, named by capitalized words around a law word.

"the Data Security Law", "Cybersecurity Review Measures", "Digital Personal Data
Protection Bill, 2023", "Law on the Protection of Minors".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from pipeline.extract.lexicon import law_heads, read_list, sentence_words
from pipeline.extract.scan import finditer_word
from pipeline.ids import law_id
from pipeline.model import Law

CONNECTORS = frozenset({"of", "on", "for", "and", "to", "the", "in"})
WORD = re.compile(r"[\w'’-]+")
OF_PHRASE = re.compile(
    # (not "the Finance Act 2023 on Friday", "the Act on May 3": a time, not part of the name)
    r" (?:of|on|for) (?:the )?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\b)(?:[A-Z][\w'’-]*)(?:(?: (?:of|on|for|and|the|in))* [A-Z][\w'’-]*)*"
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
    connector = None  # the connector just passed, if any
    for word in reversed(words):
        between = text[word.end() : pending]
        if between.strip() not in ("",) or "\n" in between:
            break
        token = word.group()
        if token.endswith(("'s", "’s", "'", "’")):
            break  # "India's Digital Personal Data Protection Act": the owner is not the name
        if connector == "the" and token not in ("of", "on", "for", "to", "in"):
            break  # "Passing the Bill": "the" starts a name unless "of the", "on the"
        if _is_name_word(token) or (
            # "Payments Regulation Bill": a law word right before the last one is part of the name
            token[:1].isupper() and token.lower() in law_heads() and pending == start
        ):
            start = pending = word.start()
            connector = None
        elif token in CONNECTORS:
            pending = word.start()
            connector = token
        else:
            break
    return start


LONE_NAME = re.compile(r"Constitution\b")

DESCRIPTIVE = re.compile(
    # "a draft law on ...", and "a law on consumer protection" (no determiner in the name)
    r"\b(?P<name>(?:(?:draft|proposed|new|amended) |(?<=\ba )(?=law on )|(?<=\bthe )(?=law on ))"
    r"(?P<head>law|bill|regulations?|directive|rules|act) "
    r"(?:on|to|for|against|governing|regulating) (?:the )?[a-z][a-z -]{2,60}?)"
    r"(?=[,.;:)]| (?:and|that|which|would|will|is|was|has|had|in|by|from|after|before|during|to|at|with)\b)"
)


# "the data security law", "the anti-monopoly law": two or more lowercase words (or one
# "anti-" word) before "law", after "the", name it; "the tax law" is a kind of law.
LOWERCASE_NAME = re.compile(
    r"(?<=\b[Tt]he )(?P<name>(?:[a-z][a-z-]{1,20} ){1,4}(?P<head>law))\b(?! (?:firm|school|student)s?\b)"
)


@cache
def _law_modifiers() -> frozenset[str]:
    return frozenset(read_list("law_modifiers.txt"))


def _lowercase_name(m: re.Match[str]) -> str | None:
    """The name of "the data security law" without the words that only qualify it ("new")."""
    words = m["name"].split(" ")[:-1]
    while words and words[0] in _law_modifiers():
        words.pop(0)
    if any(w in _law_modifiers() or w in CONNECTORS for w in words):
        return None
    if len(words) >= 2 or (words and words[0].startswith("anti-")):
        return " ".join([*words, m["head"]])
    return None


def find_descriptive_laws(text: str) -> list[tuple[int, int, Law]]:
    """ "a draft law on personal information protection", "the data security law": a law named
    by what it does, in lowercase."""
    found = [
        (m.start("name"), m.end("name"), Law(law_id(m["name"]), m["name"], law_heads()[m["head"]]))
        for m in DESCRIPTIVE.finditer(text)
    ]
    for m in LOWERCASE_NAME.finditer(text):
        name = _lowercase_name(m)
        if name is not None:
            start = m.end() - len(name)
            found.append((start, m.end(), Law(law_id(name), name, "law")))
    return found


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
        if start == head.start() and not of_phrase and not LONE_NAME.match(text, head.start()):
            continue  # a lone "Law" or "Act" is a word, not a name (but "the Constitution" is)
        if NOT_A_LAW_AFTER.match(text, head.end()) or NOT_A_LAW_NAME.search(name):
            continue  # "President Bill Clinton", "Harvard Law School", "School of Law"
        found.append((start, end, Law(law_id(name), name, law_heads()[head.group().lower()])))
    return sorted(found + find_descriptive_laws(text), key=lambda item: item[0])
