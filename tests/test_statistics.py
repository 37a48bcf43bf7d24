"""Statistics: values, scales, comparators, units, ranges, and what is never a statistic."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import extract


def stats(text: str) -> list[tuple[str, float, str, str | None]]:
    return [(s.text, s.value, s.comparator, s.unit) for s in extract(text).statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 60 colleges opened.", [("More than 60 colleges", 60, ">", "colleges")]),
        (
            "There are more than 1 million such companies.",
            [("more than 1 million such companies", 1_000_000, ">", "companies")],
        ),
        ("Sixty schools closed.", [("Sixty schools", 60, "=", "schools")]),
        ("Output rose 3.5 percent.", [("3.5 percent", 3.5, "=", "percent")]),
        ("Output rose 3.5 per cent.", [("3.5 per cent", 3.5, "=", "percent")]),
        ("Output rose 3.5%.", [("3.5%", 3.5, "=", "percent")]),
        ("It cost 2.4 billion yuan.", [("2.4 billion yuan", 2_400_000_000, "=", "yuan")]),
        ("It cost $5 billion.", [("$5 billion", 5_000_000_000, "=", "dollars")]),
        ("It cost 320 million euros.", [("320 million euros", 320_000_000, "=", "euros")]),
        (
            "Fines of up to Rs 250 crore apply.",
            [("up to Rs 250 crore", 2_500_000_000, "<=", "rupees")],
        ),
        (
            "About 2.5 lakh startups applied.",
            [("About 2.5 lakh startups", 250_000, "~", "startups")],
        ),
        (
            "Nearly 76 crore Indians use it.",
            [("Nearly 76 crore Indians", 760_000_000, "<", "Indians")],
        ),
        ("At least 40 people died.", [("At least 40 people", 40, ">=", "people")]),
        ("Fewer than 20 firms bid.", [("Fewer than 20 firms", 20, "<", "firms")]),
        ("Around 3,000 workers struck.", [("Around 3,000 workers", 3000, "~", "workers")]),
        ("Over 12 million jobs were created.", [("Over 12 million jobs", 12_000_000, ">", "jobs")]),
    ],
)
def test_value_comparator_and_unit(text, expected):
    assert stats(text) == expected


def test_range_gives_two_rows_with_the_same_text():
    assert stats("Growth of 6 to 6.5 percent is expected.") == [
        ("6 to 6.5 percent", 6, ">=", "percent"),
        ("6 to 6.5 percent", 6.5, "<=", "percent"),
    ]
    assert stats("Between 10 and 12 firms bid.") == [
        ("Between 10 and 12 firms", 10, ">=", "firms"),
        ("Between 10 and 12 firms", 12, "<=", "firms"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It happened in 2019.",
        "The law took effect on March 3, 2021.",
        "She came second in the race.",
        "Article 5 of the law applies.",
        "Call +86 10 6512 3456 for details.",
        "The meeting starts at 10:30.",
        "The 5G network works 24/7.",
        "COVID-19 spread quickly.",
        "The G20 met in Rome.",
        "In the first nine months, sales rose.",
        "The two sides met.",
    ],
)
def test_never_a_statistic(text):
    assert stats(text) == []


def test_subject_names_what_is_counted():
    (colleges,) = extract(
        "More than 60 colleges nationwide have opened cybersecurity schools to train staff."
    ).statistics
    assert colleges.subject == "colleges nationwide that have opened cybersecurity schools"
    (firms,) = extract(
        "Foreign-funded enterprises trust the market, as shown by more than 1 million such companies in China."
    ).statistics
    assert firms.subject == "Foreign-funded enterprises in China"


def test_statistic_points_to_the_statement_it_was_cited_in():
    e = extract("John Roe, an economist, said that exports rose 4 percent in May.")
    from pipeline.tables import assemble_tables

    tables = assemble_tables([e])
    statistic = tables["statistics"].iloc[0]
    statement = tables["statements"].iloc[0]
    assert statistic["statement_id"] == statement["statement_id"]


def test_compound_scales_ranges_and_named_numbers():
    assert stats("Banks will get Rs 1.16 lakh crore from the cut.") == [
        ("Rs 1.16 lakh crore", 1.16e12, "=", "rupees")
    ]
    assert [(v, c) for _, v, c, _ in stats("Fines range from 500,000 to 2 million yuan.")] == [
        (500000, ">="),
        (2000000, "<="),
    ]
    assert stats("Consumers can call the 12315 hotline at any time.") == []


def test_basis_points_and_members_of_a_group():
    assert stats("The bank cut the ratio by 50 basis points.") == [
        ("50 basis points", 50, "=", "basis points")
    ]
    assert stats("Diplomats said at least eight of the 27 member states were opposed.") == [
        ("at least eight", 8, ">=", "states"),
        ("27 member states", 27, "=", "states"),
    ]
    found = stats("The index rose 310 points to close at 81,766 after the news.")
    assert all(unit != "after" for *_, unit in found)


def test_a_bare_number_takes_its_unit_from_the_sentence():
    found = stats("The index rose 0.4 percent, or 310 points, to close at 81,766 on Friday.")
    assert ("81,766", 81766, "=", "points") in found
    found = stats("The number of registered online merchants had reached about 14.6 million.")
    assert [(v, u) for _, v, _, u in found] == [(14600000, "merchants")]
    # a percent is a change, not the unit of the level it leads to
    assert ("120", 120, "=", None) in stats("Prices rose 5 percent to 120 by March.")


def test_percent_signs_on_both_ends_of_a_range_and_bn():
    assert [(v, c, u) for _, v, c, u in stats("It held rates in a range of 5.25%-5.50%.")] == [
        (5.25, ">=", "percent"),
        (5.5, "<=", "percent"),
    ]
    assert [(v, c) for _, v, c, _ in stats("Rents could rise by between 5% and 7% next year.")] == [
        (5, ">="),
        (7, "<="),
    ]
    assert stats("The government will spend £1.2bn on homes.")[0][1:] == (1.2e9, "=", "pounds")


def test_a_run_of_hundreds_of_digits_is_not_a_quantity():
    extraction = extract("The firm said it had " + "9" * 400 + " dollars and 12 stores in 2023.")
    assert [(s.value, s.unit) for s in extraction.statistics] == [(12.0, "stores")]
