"""Laws, regulations, measures and bills, named by capitalized words around a law word.

"the Data Security Law", "Cybersecurity Review Measures", "Digital Personal Data
Protection Bill, 2023", "Law on the Protection of Minors".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache

from pipeline.extract.lexicon import law_heads as _law_heads
from pipeline.extract.lexicon import read_list, read_table, sentence_words
from pipeline.extract.phrases import capitalized_starts, finditer_capitalized
from pipeline.extract.scan import finditer_anchored, finditer_at, finditer_word
from pipeline.ids import law_id
from pipeline.model import Law

CONNECTORS = frozenset({"of", "on", "for", "and", "to", "the", "in"})
WORD = re.compile(r"[\w'’-]+")
# After "in": "the Lower House", "the Senate", where a law is debated, after its name
DEBATED_IN = r" the (?:[A-Z][a-z]+ ){0,2}(?:House|Senate|Chamber|Congress|Parliament|Assembly)\b"
OF_PHRASE = re.compile(
    # (not "the Finance Act 2023 on Friday", "the Act on May 3": a time, not part of the name;
    # nor "... for the Freedom of Argentines in the Lower House": where it is debated)
    r" (?:of|on|for|against) (?:the )?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|January|February|March|April|May|June|July|August|September|October|November|December)"
    rf"\b)(?:[A-Z][\w'’-]*)(?:(?: (?:of|on|for|and|the|in(?!{DEBATED_IN})))* [A-Z][\w'’-]*)*"
)
# A law's number after its head word: "No. 4/2009", "No. 10175", "936", "27.742", "No. 12 of
# 2019" (a year alone is `YEAR_SUFFIX`'s: "Act 2025")
LAW_NUMBER = re.compile(
    r" (?:(?:No\.? ?|Number )\d{1,5}(?:[/.-]\d{1,5})*(?: of (?:19|20)\d{2})?"
    r"|(?!(?:19|20)\d{2}\b)\d{1,5}(?:[/.-]\d{1,5})+|(?!(?:19|20)\d{2}\b)\d{3,5}"
    # (a number of one or two digits only before a name's end: "the Act 5 years ago" counts)
    r"|\d{1,2}(?! (?!on\b|of\b)[a-z]))\b(?![.,]\d|%)"
)
YEAR_SUFFIX = re.compile(r"(?:,| of)? (?:19|20)\d{2}\b")  # "Bill, 2024", "Act 2025", "Act of 2023"


@cache
def law_heads() -> dict[str, str]:
    """The words that end a law's name and their kind, with those of treaties, which only this
    pass reads ("Protocol Labs" stays a company's name for the institutions pass)."""
    treaties = {row["word"].lower(): row["kind"] for row in read_table("treaty_heads.csv")}
    return {**_law_heads(), **treaties}


@cache
def _head_pattern() -> re.Pattern[str]:
    heads = "|".join(sorted(_head_words(), key=len, reverse=True))
    return re.compile(rf"\b(?:{heads})\b")


@cache
def _head_words() -> frozenset[str]:
    return frozenset(h.capitalize() for h in law_heads())


def _heads(text: str) -> Iterator[re.Match[str]]:
    """`finditer_word(_head_pattern(), text)`, tried only where the text has a law word
    (`phrases.capitalized_starts`), not at every capital."""
    starts = capitalized_starts(text, _head_words())
    if starts is None:
        return finditer_word(_head_pattern(), text)
    return finditer_at(_head_pattern(), text, starts)


ROMAN = re.compile(r"[IVXLC]+")


def _is_name_word(word: str) -> bool:
    # (a Roman number is an article's, not a name's: "Article II of the Constitution"; an
    # ordinal is a name's: "the 14th Amendment")
    return (
        word[:1].isupper()
        and word.lower() not in law_heads()
        and word not in sentence_words()
        and not ROMAN.fullmatch(word)
    ) or ORDINAL.fullmatch(word) is not None


ORDINAL = re.compile(
    r"\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth"
    r"|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth"
    r"|Nineteenth|Twentieth"
)


# Abbreviations that end with a period inside a name: "Sr.", "Jr." (only these: "St." and
# "Dr." end sentences as often)
NAME_ABBREVIATIONS = frozenset({"Sr", "Jr"})


def _extend_left(text: str, head_start: int) -> int:
    """Start of the capitalized words before a law word, across "of"/"and" between them, a
    qualifier in brackets ("Money Laundering (Prohibition) Bill") and a year before the name
    ("the 1999 Constitution")."""
    words = list(WORD.finditer(text, max(0, head_start - 200), head_start))
    start = head_start
    pending = head_start  # start if the connectors just passed turn out to belong to the name
    connector = None  # the connector just passed, if any
    depth = 0  # inside a bracketed qualifier, read right to left
    after_bracket = start  # the start before the bracket, if the name does not go past it
    comma_start = None  # the start before the last comma crossed ("Reform, Recovery and ...")
    since_comma = 0  # the name words read since
    for word in reversed(words):
        between = text[word.end() : pending]
        if "\n" in between:
            break
        mark = between.strip()
        if mark == "." and word.group() in NAME_ABBREVIATIONS and start < head_start:
            mark = ""  # "Mayor Hilarion Ramiro Sr. Medical Center Act": a name's own period
        if mark == ")" and depth == 0 and pending == start:
            depth = 1  # "(Prohibition) Bill": a bracket right before the name read so far
            after_bracket = start
        elif mark == "(" and depth == 1:
            if pending != start:
                start = after_bracket  # "(and Ghana) Act": a bracket opens with no "and"
                break
            depth = 0
        elif (
            mark == ","
            and depth == 0
            and (pending == start or connector == "and")
            and start < head_start
            and _listed(text, start, head_start, connector, word.group())
        ):
            # "Financial Institutions Reform, Recovery and Enforcement Act": a list of names
            comma_start, since_comma = start, 0
        elif mark:
            break
        token = word.group()
        if mark == "(" and not (_is_name_word(token) or token.lower() in law_heads()):
            start = after_bracket  # "Nigeria's (Prohibition) Bill": not the bracket alone
            break
        if token.isdigit():
            # "the 1999 Constitution": a year right before a name that "the" opens
            named = start < head_start or LONE_NAME.match(text, head_start)
            if (
                YEAR.fullmatch(token)
                and pending == start
                and depth == 0
                and named
                and THE_BEFORE.search(text, max(0, word.start() - 4), word.start())
            ):
                start = word.start()
            break
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
            since_comma += 1
        elif depth and token in ("and", "of", "&", "for", "on") and pending == start:
            pending = word.start()  # "(Practice and Procedure) Act": a qualifier's own "and"
        elif depth:
            break  # a bracket of other words than a name's: not a qualifier
        elif token in CONNECTORS and start == head_start:
            break  # "Robin and Bill", "the rules of the Convention": a name ends in its own word
        elif token in CONNECTORS:
            pending = word.start()
            connector = token
        else:
            break
    if comma_start is not None and since_comma < 2:
        start = comma_start  # "In Kenya, Finance and Tax Act": one word before a comma is a place's
    if depth:
        return head_start  # an unclosed bracket: the name is not read across it
    if text[start - 1 : start] == "(":
        return after_bracket  # "Ruritania's (Prohibition) Bill": a bracket starts no name
    return start


def _listed(text: str, start: int, head_start: int, connector: str | None, word: str) -> bool:
    """Whether a comma before `word` parts items of a list the name holds ("Reform, Recovery
    and Enforcement Act"): the name read so far coordinates with "and", and the word is a name's."""
    coordinated = connector == "and" or (connector is None and " and " in text[start:head_start])
    return coordinated and _is_name_word(word)


YEAR = re.compile(r"(?:1[89]|20)\d{2}")
THE_BEFORE = re.compile(r"\b[Tt]he $")

LONE_NAME = re.compile(r"Constitution\b")

DESCRIPTIVE = re.compile(
    # "a draft law on ...", and "a law on consumer protection" (no determiner in the name)
    r"\b(?P<name>(?:(?:draft|proposed|new|amended) |(?<=\ba )(?=law on )|(?<=\bthe )(?=law on ))"
    r"(?P<head>law|bill|regulations?|directive|rules|act) "
    r"(?:on|to|for|against|governing|regulating) (?:the )?[a-z][a-z -]{2,60}?)"
    r"(?=[,.;:)]| (?:and|that|which|would|will|is|was|has|had|in|by|from|after|before|during|to|at|with)\b)"
)
# What every match of DESCRIPTIVE holds, after nothing or one of its words before the law's
# ("new ", "amended ", "draft ", "proposed "): the pattern is tried only there.
DESCRIPTIVE_HEAD = re.compile(
    r"(?:law|bill|regulations?|directive|rules|act) "
    r"(?:on|to|for|against|governing|regulating) "
)
DESCRIPTIVE_OFFSETS = (0, 4, 6, 8, 9)


# "the data security law", "the anti-money laundering bill": two or more lowercase words (or
# one "anti-" word) before "law" or "bill", after "the" or an owner's "'s", name it; "the tax
# law" is a kind of law. A lowercase "act" is a name only with an "anti-" word ("the
# anti-terrorism act"): "the delicate balancing act" is none.
LOWERCASE_NAME = re.compile(
    r"(?:(?<=\b[Tt]he )|(?<=['’]s ))(?P<name>(?:[a-z][a-z-]{1,20} ){1,4}(?P<head>law|bill|act))\b"
    r"(?! (?:firm|school|student|enforcement)s?\b)"
)
# Where every match of LOWERCASE_NAME starts: right after one of these (the pattern is tried
# there only, not at every lowercase letter of the text).
THE_OR_OWNER = re.compile(r"(?:[Tt]he|['’]s) ")
# Its law word, with the space before it; and how far before that word a match can start: four
# words of 2 to 21 letters, each with its space, then the "the " or "'s " before them
LOWERCASE_HEAD = re.compile(r" (?:law|bill|act)\b")
LOWERCASE_NAME_REACH = 4 * 22 + 4


@cache
def _law_modifiers() -> frozenset[str]:
    return frozenset(read_list("law_modifiers.txt"))


@cache
def _law_subjects() -> frozenset[str]:
    return frozenset(read_list("law_subjects.txt"))


@cache
def _function_words() -> frozenset[str]:
    return CONNECTORS | frozenset(read_list("function_words.txt"))


@cache
def _invoice_nouns() -> frozenset[str]:
    return frozenset(read_list("invoice_nouns.txt"))


def _lowercase_name(m: re.Match[str]) -> str | None:
    """The name of "the data security law" without the words that only qualify it ("new")."""
    words = m["name"].split(" ")[:-1]
    head = m["head"]
    while words and words[0] in _law_modifiers() and " ".join(words[:2]) not in _law_subjects():
        words.pop(0)  # "the new tax law", but "the national security law" is about security
    if any(w in _law_modifiers() or w in _function_words() for w in words[1:]):
        return None
    if words and words[0] in _function_words():
        return None  # "the president signed this bill": a clause, not a name
    if head == "bill" and words and words[-1] in _invoice_nouns():
        return None  # "the monthly electricity bill", "the oil import bill": what is paid
    anti = bool(words) and words[0].startswith("anti-")
    if anti or (len(words) >= 2 and head != "act"):
        return " ".join([*words, head])
    return None


def find_descriptive_laws(text: str) -> list[tuple[int, int, Law]]:
    """ "a draft law on personal information protection", "the data security law": a law named
    by what it does, in lowercase."""
    found = [
        (m.start("name"), m.end("name"), Law(law_id(m["name"]), m["name"], law_heads()[m["head"]]))
        for m in finditer_anchored(DESCRIPTIVE, text, DESCRIPTIVE_HEAD, DESCRIPTIVE_OFFSETS)
    ]
    for m in finditer_at(LOWERCASE_NAME, text, _lowercase_name_starts(text)):
        name = _lowercase_name(m)
        if name is not None:
            start = m.end() - len(name)
            found.append((start, m.end(), Law(law_id(name), name, law_heads()[m["head"]])))
    return found


def _lowercase_name_starts(text: str) -> Iterator[int]:
    """Where a match of LOWERCASE_NAME may start: after "the " or "'s " within reach before a
    lowercase law word ("law", "bill", "act"), the stretches before them read once each (most
    articles say "the" hundreds of times and name no law in lowercase)."""
    scanned = 0  # where the stretches read so far end
    for head in LOWERCASE_HEAD.finditer(text):
        start = max(scanned, head.start() - LOWERCASE_NAME_REACH)
        for owner in THE_OR_OWNER.finditer(text, start, head.start() + 1):
            yield owner.end()
        scanned = max(scanned, head.start() + 1)


# A law word followed by a name or an institution word is not a law: "Bill Clinton", "Law School".
NOT_A_LAW_AFTER = re.compile(
    r" (?:[A-Z][a-z]+\b(?! (?:of|on|for)\b)|School|Review|Firm|Center|Centre|Clinic|Journal|Professor|Library|Society)"
)
NOT_A_LAW_NAME = re.compile(r"\b(?:President|Mayor|Governor|Former)\b")
# "Harvard Law School", "the Bureau of Law Enforcement": a place of law, not a law; the
# name of a law that reorganizes a bureau ends in "Act" ("... Bureau of Investigation ... Act")
NOT_A_LAW_NAMED_LAW = re.compile(
    r"\b(?:University|School|College|Institute|Center|Centre|Firm|Office|Agency|Ministry"
    r"|Department|Bureau)\b"
)


# The year of a budget law after its name ("for 2010", "for 2024-2026") and the words that
# make it one
BUDGET_YEAR = re.compile(
    r" for (?:the )?(?:(?:fiscal|financial|budget) year )?(?:1[89]|20)\d{2}"
    r"(?:[-–/](?:(?:1[89]|20)\d{2}|\d{2}))?\b(?![-–/]\d)"
)
BUDGET_WORDS = re.compile(r"[Bb]udget|[Aa]ppropriation")
BUDGET_YEAR_AT_END = re.compile(BUDGET_YEAR.pattern.replace(r"\b(?![-–/]\d)", "$"))
BRACKETED_LAW_REACH = 30  # characters between "(" and a law word it may open: "(Republic "
# What a convention that is a treaty is "on" or "against" ("the Convention against Torture")
TREATY_OF = re.compile(r" (?:on|against) ")


def find_laws(text: str) -> list[tuple[int, int, Law]]:
    """(start, end, law) for each law named in `text`."""
    found: list[tuple[int, int, Law]] = []
    heads = list(_heads(text))
    head_starts = [head.start() for head in heads]
    for head in heads:
        if found and head.start() < found[-1][1]:
            continue  # inside the previous law's name ("Law on the Protection of ... Act")
        start = _extend_left(text, head.start())
        end = head.end()
        # "Law No. 4/2009", "Republic Act No. 10175", "Act 936", "Decree 70/2023": its number
        number = LAW_NUMBER.match(text, end)
        if number:
            end = number.end()
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
        # "the Law on the State Budget for 2010": a budget law is named by its year
        budget_year = BUDGET_YEAR.match(text, end)
        if budget_year and BUDGET_WORDS.search(text, start, end):
            end = budget_year.end()
        name = text[start:end]
        if head.group() == "Convention" and not (of_phrase and TREATY_OF.match(of_phrase.group())):
            continue  # "the Republican National Convention" meets; "the Convention on ..." binds
        if (
            start == head.start()
            and not of_phrase
            and not number
            and not LONE_NAME.match(text, head.start())
        ):
            continue  # a lone "Law" or "Act" is a word, not a name (but "the Constitution" is)
        if (
            (not number and NOT_A_LAW_AFTER.match(text, head.end()))
            # ("the Mayor Jo Roe Sr. Medical Center Act" honours a mayor: an act's name may)
            or (head.group() != "Act" and NOT_A_LAW_NAME.search(name))
            or (head.group() == "Law" and NOT_A_LAW_NAMED_LAW.search(name))
        ):
            continue  # "President Bill Clinton", "Harvard Law School", "School of Law"
        bracket = text.rfind("(", max(0, head.start() - BRACKETED_LAW_REACH), head.start())
        if (
            start == head.start()
            and bracket >= 0
            and text[end : end + 1] == ")"
            and all(_is_name_word(w) for w in text[bracket + 1 : head.start()].split())
        ):
            # "(Republic Act 10868)": the whole bracket is the law's designation
            start = bracket + 1
            name = text[start:end]
        if found and text[start - 1 : start] == "(" and not text[found[-1][1] : start - 1].strip():
            # "the Centenarians Act of 2016 (Republic Act 10868)": the number of the law just
            # named, another mention of it
            found.append((start, end, found[-1][2]))
            continue
        while found and start <= found[-1][0]:
            found.pop()  # "the Constitution" inside "the Constitution (Amendment) Bill"
        found.append((start, end, Law(law_id(name), name, law_heads()[head.group().lower()])))
    found += find_descriptive_laws(text) + find_numbered_laws(text, found)
    return _same_law_same_name(sorted(found, key=lambda item: item[0]))


# "Article 370", "Section 230": a provision named alone is the law people argue about; one
# "of" a law ("Section 230 of the Communications Decency Act") stands for that law.
PROVISION = re.compile(r"\b(?:Article|Section) \d{1,4}[A-Z]?\b(?: ?\([0-9a-z]{1,4}\))*")
OF_AFTER = re.compile(r",? (?:of|under|in the)\b|[-/.,]\d|\w")
# "Regulation (EU) 2016/679", "Directive 2009/125/EC": EU acts by their number
NUMBERED = re.compile(
    r"\b(?P<head>Regulation|Directive)(?: \((?:EU|EC|EEC|Euratom)\))?(?: No\.?)?"
    r" \d{1,4}/\d{1,4}(?:/(?:EU|EC|EEC))?\b"
)


# "Executive Order 14110", "Presidential Order No. 5": an order by its number
NUMBERED_ORDER = re.compile(
    r"\b(?:Executive|Presidential|Royal|Ministerial|Administrative) Order(?: No\.?)? \d{1,6}\b"
)
OF_LAW = re.compile(r" (?:of|under) (?:the )?")
# "Proposition 105", "Prop. 47": a ballot measure by its number, as US states number them
BALLOT_MEASURE = re.compile(r"\b(?:Proposition|Prop\.) \d{1,3}[A-Z]?\b")


def find_numbered_laws(text: str, named: list[tuple[int, int, Law]]) -> list[tuple[int, int, Law]]:
    """ "Article 370" named alone (a provision) and EU acts by number ("Directive 2019/790").

    A provision named alone after the article named it "of" a law ("Article 165 (4) of the
    Constitution ... Pursuant to Article 165 (4)") is a mention of that law.
    """
    found = []
    law_at = {start: law for start, _, law in named}  # `named`: the laws found by their names
    owner: dict[str, Law] = {}
    for m in finditer_capitalized(PROVISION, text):
        key = m.group().replace(" ", "")
        if OF_AFTER.match(text, m.end()):
            of = OF_LAW.match(text, m.end())
            if of and of.end() in law_at:
                owner[key] = law_at[of.end()]
            continue
        law = owner.get(key) or Law(law_id(m.group()), m.group(), "provision")
        found.append((m.start(), m.end(), law))
    for m in finditer_capitalized(NUMBERED, text):
        kind = law_heads()[m["head"].lower()]
        found.append((m.start(), m.end(), Law(law_id(m.group()), m.group(), kind)))
    for m in finditer_capitalized(NUMBERED_ORDER, text):  # an order with the force of law: a decree
        found.append((m.start(), m.end(), Law(law_id(m.group()), m.group(), "decree")))
    for m in finditer_capitalized(BALLOT_MEASURE, text):
        found.append((m.start(), m.end(), Law(law_id(m.group()), m.group(), "ballot measure")))
    return found


BRACKETED = re.compile(r" ?\([^()]*\)")
YEAR_AT_END = re.compile(r"(?:,| of)? (?:19|20)\d{2}$")


def _short_forms(law: Law) -> list[str]:
    """The ids a shorter mention of `law` would have: "Money Laundering Bill" and "Money
    Laundering Prohibition Bill" for "Money Laundering (Prohibition) Bill, 2022"."""
    names = {law.name}
    if "(" in law.name:
        names |= {BRACKETED.sub("", law.name), law.name.replace("(", "").replace(")", "")}
    of = law.name.find(" of ")
    if of > 0 and law.name[:of].rsplit(" ", 1)[-1].lower() in law_heads():
        names.add(law.name[:of])  # "the 1999 Constitution" of "the 1999 Constitution of Nigeria"
    names |= {YEAR_AT_END.sub("", name) for name in names}
    names |= {BUDGET_YEAR_AT_END.sub("", name) for name in names}  # "Law on X Budget for 2009"
    if law.kind == "constitution":
        names.add("Constitution")  # "the Constitution" after "the Constitution of Kenya"
    return [_key(law_id(name)) for name in names if _key(law_id(name)) != _key(law.law_id)]


def _key(law_id: str) -> str:
    """A law's id without the articles inside its name: "Law on the National Budget" and "Law
    on National Budget" are one law."""
    return law_id.replace("-the-", "-")


def _length(law: Law) -> int:
    return len(law.name.replace(" the ", " "))


def _same_law_same_name(found: list[tuple[int, int, Law]]) -> list[tuple[int, int, Law]]:
    """A law named in full and by a shorter form is one law under its full name: "the Finance
    Act" is "the Finance Act, 2023" of the same article, "the Constitution" the one constitution
    the article names in full. A short form several full names share stays itself. Names that
    differ only by an article inside ("Law on the X", "Law on X") are one law, named as first."""
    full: dict[str, Law | None] = {}
    laws: dict[str, Law] = {}
    for _, _, law in found:  # one name per id: the fullest ("Terrorism (Prevention) Bill")
        key = _key(law.law_id)
        if key not in laws or _length(law) > _length(laws[key]):
            laws[key] = law
    for law in laws.values():
        for short in _short_forms(law):
            full[short] = law if short not in full else None  # two full names: no one reading
    return [
        (start, end, full.get(_key(law.law_id)) or laws[_key(law.law_id)])
        for start, end, law in found
    ]
