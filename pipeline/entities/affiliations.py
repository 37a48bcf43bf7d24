"""Affiliations a person's title implies without naming the organisation in full.

- "The bureau's chief economist Yao Jingyuan": the bureau named before (`owner_described_before`).
- "Union Minister for Tribal Affairs Jane Roe": the "Ministry of Tribal Affairs" the article
  names (`affiliate_by_portfolio`), as "Secretary of Labor" belongs to the "Department of Labor"
  and "Education Minister" to the one ministry whose name holds "Education".
- "Governor Jane Roe" in an article naming one bank, "Justice Roe" in one naming one court:
  that bank, that court (`affiliate_by_office`, rules/office_bodies.csv); "force spokesperson
  Jo Roe" in one naming one police force: that force.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pipeline.extract.lexicon import (
    descriptions,
    generic_modifiers,
    institution_heads,
    portfolio_words,
    read_table,
)
from pipeline.extract.spans import EntityIndex, EntitySpan
from pipeline.model import Institution, Person

# "the bureau's ", "The central bank's ": a description of an organisation owning the title after it
OWNER_DESCRIBED = re.compile(r"\b[Tt]he (?:[a-z]+ )?(?P<head>[a-z]+)['’]s $")
OWNER_REACH = 40  # characters before a title where its owner's description is looked for
NEAREST_OWNERS = 20  # institutions named before a description that may be the one it stands for
# "Minister for Tribal Affairs", "Secretary of Labor": an office and its portfolio
PORTFOLIO = re.compile(
    r"\b(?P<office>Minister|Secretary|Commissioner)\s+(?:of\s+State\s+)?(?:of|for)\s+(?:the\s+)?"
    r"(?P<portfolio>[A-Z][\w'’ ,&-]*)$"
)
# The bodies an office of a portfolio heads: the minister's ministry, the secretary's department
BODIES = {
    "Minister": ("Ministry",),
    "Secretary": ("Department", "Ministry"),
    "Commissioner": ("Commission", "Office"),
}


def owner_described_before(
    text: str, index: EntityIndex, position: int, kinds: dict[str, str] | None = None
) -> str | None:
    """The institution a description right before `position` stands for: "the bureau's"
    after "the National Bureau of Statistics" is that bureau (the nearest one named before
    whose name holds the description's word); "the company's" after "Chipotle shares fell"
    is that company (the nearest one named before of the kind the noun describes,
    rules/descriptions.csv; `kinds` gives each institution's kind)."""
    described = OWNER_DESCRIBED.search(text, max(0, position - OWNER_REACH), position)
    if described is None:
        return None
    span = body_described(index, [described["head"]], described.start(), kinds)
    return span.entity_id if span is not None else None


def body_described(
    index: EntityIndex, words: list[str], position: int, kinds: dict[str, str] | None = None
) -> EntitySpan | None:
    """The institution "the <words>" at `position` stands for ("the bureau", "the company",
    "the electoral body"): the nearest named before whose name holds the noun (the last word)
    or a modifier ("electoral": the "National Electoral Council"), or, given `kinds`, of the
    kind the noun describes (rules/descriptions.csv)."""
    lowered = [word.lower() for word in words]
    head = lowered[-1]
    # (a modifier names the body only after a noun of any body: "the electoral body"; not a
    # level of government, "the national statistics institute" is no National Electoral Council)
    modifiers = (
        set(lowered[:-1]) - generic_modifiers() - LEVEL_WORDS if head in ANY_BODY_NOUNS else set()
    )
    kinds = kinds or {}
    described_kinds = descriptions().get(head, set()) if kinds else set()
    for count, span in enumerate(index.before(position, ("institution",))):
        if count >= NEAREST_OWNERS:
            break
        name_words = set(span.name.lower().split())
        if (
            head in name_words
            or modifiers & name_words
            or kinds.get(span.entity_id) in described_kinds
        ):
            return span
    return None


# Nouns of any body, which only a modifier ties to one ("the electoral body")
ANY_BODY_NOUNS = frozenset({"body", "organisation", "organization", "institution", "entity"})
# Levels of government, which tie a description to no one body
LEVEL_WORDS = frozenset({"national", "central", "federal", "state", "local", "public", "regional"})
# Nouns of bodies an article often leaves unnamed though it names another of the same word
# ("the board" of a company, after the Securities and Exchange Board; "the union")
UNNAMED_BODY_NOUNS = frozenset({"board", "union"})


def affiliate_by_portfolio(people: list[Person], institutions: list[Institution]) -> list[Person]:
    """People whose title names an office of a portfolio ("Minister for Tribal Affairs") get the
    body of that portfolio as their affiliation when the article names it ("Ministry of Tribal
    Affairs"); with the portfolio before the office ("Education Minister") or named in part,
    the one body of the office's kind whose name holds every word of the portfolio ("Ministry
    of Education, Science and Technology", "Transport Ministry"). Others are returned as they
    are."""
    bodies = {_folded(i.name): i.institution_id for i in institutions}
    # (the portfolio's words of each title: two people of one portfolio, "Trade Minister" of
    # two countries, or foreign ministers meeting, are of bodies the article may not name)
    portfolios = [_portfolio(person.title) if person.title else None for person in people]
    holders: dict[frozenset[str], int] = {}
    for words in portfolios:
        if words:
            holders[words] = holders.get(words, 0) + 1
    affiliated = []
    for person, words in zip(people, portfolios, strict=True):
        # (not a shadow minister's: the opposition's, of no ministry)
        if person.institution_id is None and person.title and "shadow" not in person.title.lower():
            found = _portfolio_body(
                person.title, bodies, words if holders.get(words) == 1 else None
            )
            if found is not None:
                person = replace(person, institution_id=found)
        affiliated.append(person)
    return affiliated


def _portfolio(title: str) -> frozenset[str] | None:
    """The words of a title's portfolio that name its body ("Education Minister": education;
    not "Minister of State", "Prime Minister"), in lowercase."""
    office = PORTFOLIO.search(title) or PORTFOLIO_BEFORE.search(title)
    if office is None:
        return None
    words = frozenset(
        word.lower()
        for word in re.findall(r"[\w'’-]+", office["portfolio"])
        if word in portfolio_words() and word.lower() not in GENERIC_PORTFOLIO_WORDS
    )
    return words or None


def _portfolio_body(title: str, bodies: dict[str, str], words: frozenset[str] | None) -> str | None:
    """The id of the body a title's office of a portfolio heads, among `bodies` (folded names):
    the one named by the portfolio in full, else, given the portfolio's `words`, the one body of
    the office's kind whose name holds them all."""
    office = PORTFOLIO.search(title)
    if office is not None:
        portfolio = _folded(office["portfolio"])
        for body in BODIES[office["office"]]:
            found = bodies.get(f"{body.lower()} of {portfolio}") or bodies.get(
                f"{body.lower()} for {portfolio}"
            )
            if found is not None:
                return found
    else:
        office = PORTFOLIO_BEFORE.search(title)
    if office is None or not words:
        return None
    heads = {body.lower() for body in BODIES[office["office"]]}
    found = {
        body_id
        for name, body_id in bodies.items()
        if heads & set(name.split()) and _names_the_portfolio(_name_words(name), words, heads)
    }
    return found.pop() if len(found) == 1 else None


@cache
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[\w'’-]+", name))


def _names_the_portfolio(tokens: tuple[str, ...], words: frozenset[str], heads: set[str]) -> bool:
    """Whether a body's name (its lowercase `tokens`) holds every word of the portfolio, each
    unqualified: after "of", "for", "and", the body's head or another portfolio word, or
    first ("education ministry", "ministry of education, science and technology"; not the
    "ministry of higher education" of an "Education Minister", nor the "russian foreign
    ministry" of a "Foreign Minister" of another country)."""
    for word in words:
        if word not in tokens:
            return False
        at = tokens.index(word)
        before = tokens[at - 1] if at else None
        if not (
            before is None
            or before in ("of", "for", "and", "the")
            or before in heads
            or before.capitalize() in portfolio_words()
        ):
            return False
    return True


# "Education Minister", "Health and Social Care Secretary": the portfolio before the office
PORTFOLIO_BEFORE = re.compile(
    r"(?:^|\s)(?P<portfolio>[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*)*)\s+"
    r"(?P<office>Minister|Secretary)$"
)
# Words of a portfolio that name no one body ("Minister of State", "Public Affairs")
GENERIC_PORTFOLIO_WORDS = frozenset({"affairs", "state", "public", "government", "internal"})


def affiliate_by_office(
    people: list[Person],
    institutions: list[Institution],
    place_offices: frozenset[str] = frozenset(),
) -> list[Person]:
    """People without an affiliation whose title's last word is an office of one kind of body
    ("governor": a bank) get the one institution of the article whose name holds that body's
    word, when there is exactly one (not those in `place_offices`, ids of people holding a
    place's office: "Lagos Governor"); one whose title is a company's office ("Chief Executive
    Officer", rules/office_kinds.csv) the one company of the article. With none or several
    the affiliation stays unknown."""
    bodies: dict[str, list[str]] = {}
    for institution in institutions:
        for word in set(institution.name.lower().split()):
            bodies.setdefault(word, []).append(institution.institution_id)
    offices = {row["title_word"]: row["body_word"] for row in read_table("office_bodies.csv")}
    # "Chief Executive Officer Jim Smith" in an article naming one company: that company's
    kinds = {row["title"]: row["kind"] for row in read_table("office_kinds.csv")}
    of_kind: dict[str, list[str]] = {}
    for institution in institutions:
        of_kind.setdefault(institution.kind, []).append(institution.institution_id)
    affiliated = []
    for person in people:
        office = person.title.split()[-1].lower() if person.title else None
        if (
            person.institution_id is None
            and office in offices
            and person.person_id not in place_offices
        ):
            found = bodies.get(offices[office], [])
            if len(found) == 1:
                person = replace(person, institution_id=found[0])
        title = person.title.lower() if person.title else None
        if person.institution_id is None and title is not None and " " in title:
            # "force spokesperson", "party chairman": a word of an organisation's kind before
            # the office, in lowercase, names the one organisation of the article holding that
            # word ("Union Minister", "Board member" are offices of their own)
            for word in person.title.split()[:-1]:
                found = bodies.get(word, []) if word in institution_heads() else []
                if len(found) == 1:
                    person = replace(person, institution_id=found[0])
                    break
        if person.institution_id is None and title in kinds:
            found = of_kind.get(kinds[title], [])
            if len(found) == 1:
                person = replace(person, institution_id=found[0])
        affiliated.append(person)
    return affiliated


def _folded(name: str) -> str:
    """ "Ministry of  Works & Housing" -> "ministry of works and housing": names compared
    without case, spacing or the spelling of "and"."""
    return " ".join(name.lower().replace("&", "and").split())
