"""The entity layer: people, organisations, places, countries and documents of one article.

Every table reads it: statements take their speakers from it, people and institutions are
its records, mentions are its spans. Built as a sieve (STYLE.md): mentions are found once,
in a fixed order where an earlier, more precise pass wins a span (laws, titled documents,
institutions, countries, people), then resolution passes link the mentions that do not
name in full (a surname, an acronym, "the company", "the data") to the entity they stand for.

- `documents`, `institutions`, `countries`, `people`: detection, one module per kind.
- `organisations`: organisations named without an organisation word (legal form, context).
- `affiliations`: titles and the organisations inside them ("Northwind CEO Laura Chen").
- `transcripts`: speaker labels of a transcript ("Q:", "MR. EARNEST:") and who they stand for.
- `resolution`: what a speaker phrase refers to (pronouns, descriptions, data and documents).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.entities.affiliations import affiliate_by_office, affiliate_by_portfolio
from pipeline.entities.countries import find_countries
from pipeline.entities.documents import find_documents
from pipeline.entities.institutions import find_institutions
from pipeline.entities.people import find_people
from pipeline.entities.transcripts import SpokenTurn, find_turns, resolve_turns
from pipeline.extract.laws import find_laws
from pipeline.extract.spans import EntityIndex, EntitySpan
from pipeline.model import Article, Institution, Law, Person


@dataclass
class Entities:
    """The entities of one article and the index of their mentions."""

    index: EntityIndex
    people: list[Person]
    institutions: list[Institution]
    laws: list[Law]
    turns: list[SpokenTurn]  # a transcript's turns of speech, each with its speaker
    # person id -> the offices a person holds together, as written, where the title keeps the
    # first: what "the Minister for Finance" takes up besides the title
    offices_held: dict[str, str] = field(default_factory=dict)


def find_entities(article: Article) -> Entities:
    """Every entity of one article, its mentions in one index.

    Entities go into the index in a fixed order (laws, titled documents, institutions,
    countries, people) where an earlier rule's span wins: "Data Security Law" is never an
    organization, "China" inside "Bank of China" is not a country mention.
    """
    text = article.text
    index = EntityIndex()
    laws = []
    for start, end, law in find_laws(text):
        if index.add(EntitySpan(start, end, "law", law.law_id, law.name, text[start:end])):
            laws.append(law)
    find_documents(text, index)
    outlets = [name for name in (article.publisher, article.agency) if name]
    institutions = find_institutions(text, index, outlets)
    find_countries(text, index)
    turns = find_turns(text)
    people, place_offices, offices_held = find_people(
        text,
        index,
        [(t.name, t.name_start, t.title) for t in turns],
        {i.institution_id: i.kind for i in institutions},
    )
    people = affiliate_by_office(
        affiliate_by_portfolio(people, institutions), institutions, place_offices
    )
    laws = sorted({law.law_id: law for law in laws}.values(), key=lambda law: law.law_id)
    spoken = resolve_turns(text, article.body_start, turns, index)
    ids = {p.person_id for p in people}
    offices_held = {pid: offices for pid, offices in offices_held.items() if pid in ids}
    return Entities(index, people, institutions, laws, spoken, offices_held)
