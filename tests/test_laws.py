"""Laws: a name without its owner or determiner, lowercase names, and what is not a law."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import extract


def laws(text: str) -> list[tuple[str, str]]:
    return [(law.name, law.kind) for law in extract(text).laws]


def test_a_possessive_owner_is_not_part_of_the_name():
    assert laws("India's Digital Personal Data Protection Act took effect.") == [
        ("Digital Personal Data Protection Act", "act")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Germany's Law on this is strict.",
        "Passing the Bill was hard.",
        "Under the new tax law, firms pay more.",
        "He studied at the law school.",
        "It is the law of the land.",
    ],
)
def test_not_a_named_law(text):
    assert laws(text) == []


def test_lowercase_names_of_laws():
    assert laws("The data security law took effect.") == [("data security law", "law")]
    assert laws("China passed the anti-monopoly law in 2007.") == [("anti-monopoly law", "law")]
    assert laws("He praised a law on consumer protection.") == [
        ("law on consumer protection", "law")
    ]


def test_a_day_after_a_law_is_not_part_of_its_name_and_the_constitution_is_a_law():
    assert laws("The Finance Act 2023 on Friday was struck down.") == [("Finance Act 2023", "act")]
    assert laws("He cited Article 165 (4) of the Constitution.") == [
        ("Constitution", "constitution")
    ]
