"""Laws: a name without its owner or determiner, lowercase names, and what is not a law."""

from __future__ import annotations

import pytest

from pipeline.extract.laws import find_laws
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


def names(text: str) -> list[str]:
    return [law.name for law in extract(text).laws]


def test_eu_and_us_names_of_acts_and_regulations():
    assert laws("Regulators fined the firm under the General Data Protection Regulation.") == [
        ("General Data Protection Regulation", "regulation")
    ]
    assert laws("The Digital Markets Act applies to gatekeepers.") == [
        ("Digital Markets Act", "act")
    ]
    assert laws("The Renewable Heating Directive sets targets.") == [
        ("Renewable Heating Directive", "directive")
    ]


def test_a_section_of_an_act_is_the_act():
    assert laws("The site relies on Section 230 of the Communications Decency Act.") == [
        ("Communications Decency Act", "act")
    ]


def test_a_provision_named_alone_is_a_law_of_its_own():
    assert laws("The court upheld the repeal of Article 370 in December.") == [
        ("Article 370", "provision")
    ]
    assert laws("Critics want Section 230 repealed.") == [("Section 230", "provision")]


def test_a_provision_named_again_alone_is_the_law_it_belongs_to():
    e = extract(
        "He ruled under Article 12 (3) of the Constitution. Pursuant to Article 12 (3), "
        "the case goes to a larger bench."
    )
    assert [(law.name, law.kind) for law in e.laws] == [("Constitution", "constitution")]
    assert [m.text for m in e.mentions if m.entity_type == "law"] == [
        "Constitution",
        "Article 12 (3)",
    ]


def test_a_year_after_a_comma_and_a_bracketed_qualifier_are_part_of_the_name():
    assert names("Parliament passed the Finance Act, 2031 last week.") == ["Finance Act, 2031"]
    assert names("The Waste Disposal (Amendment) Bill, 2031 was sent to the Senate.") == [
        "Waste Disposal (Amendment) Bill, 2031"
    ]


def test_a_year_before_a_constitution_is_part_of_its_name():
    assert names("Section 9 of the 1987 Constitution of the Republic of Ruritania applies.") == [
        "1987 Constitution of the Republic of Ruritania"
    ]


def test_short_forms_are_the_law_named_in_full():
    """ "the Finance Act" after "the Finance Act, 2031", a name without its bracket, "the
    Constitution" after the constitution named in full: one law, under its full name."""
    text = (
        "The Waste Disposal Bill, 2031 and the Finance Act, 2031 were read. The Waste Disposal "
        "(Amendment) Bill, 2031 goes to committee; the Finance Act was signed under the 1987 "
        "Constitution of Ruritania. The Constitution allows it."
    )
    assert sorted(names(text)) == [
        "1987 Constitution of Ruritania",
        "Finance Act, 2031",
        "Waste Disposal (Amendment) Bill, 2031",
    ]


def test_two_laws_a_short_form_could_stand_for_keep_the_short_form_apart():
    text = "The Finance Act, 2030 and the Finance Act, 2031 differ. The Finance Act was amended."
    assert sorted(names(text)) == ["Finance Act", "Finance Act, 2030", "Finance Act, 2031"]


def test_eu_acts_named_by_number():
    assert laws("Firms must comply with Regulation (EU) 2031/123 by May.") == [
        ("Regulation (EU) 2031/123", "regulation")
    ]
    assert laws("It transposes Directive 2031/45/EU into national law.") == [
        ("Directive 2031/45/EU", "directive")
    ]


def test_lowercase_names_of_bills_and_owners_before_them():
    assert laws("Lawmakers debated the anti-money laundering bill.") == [
        ("anti-money laundering bill", "bill")
    ]
    assert laws("The country's new national security law took effect.") == [
        ("national security law", "law")
    ]
    assert laws("Ruritania's data protection bill was tabled.") == [
        ("data protection bill", "bill")
    ]
    assert laws("The anti-graft act was repealed.") == [("anti-graft act", "act")]


@pytest.mark.parametrize(
    "text",
    [
        "The monthly electricity bill rose again.",
        "The country's oil import bill widened.",
        "It was a delicate balancing act.",
        "The bipartisan spending bill passed.",
        "She joined the law enforcement agency.",
    ],
)
def test_lowercase_words_that_name_no_law(text):
    assert laws(text) == []


def test_amendments_of_a_constitution_by_ordinal():
    assert laws("The group defends the Second Amendment.") == [("Second Amendment", "amendment")]
    assert laws("It violates the 14th Amendment.") == [("14th Amendment", "amendment")]
    assert laws("An Amendment was tabled.") == []


def test_a_law_word_inside_a_bracketed_name_is_not_a_law_of_its_own():
    assert laws("The Constitution (Amendment) Bill, 2031 passed.") == [
        ("Constitution (Amendment) Bill, 2031", "bill")
    ]
    assert laws("Ruritania's (Prohibition) Bill passed.") == []


def test_treaties_and_agreements_by_name():
    assert laws("Leaders want to leave the Oceanic Free Trade Agreement.") == [
        ("Oceanic Free Trade Agreement", "treaty")
    ]
    assert laws("The Lisbon Accords ended the war.") == [("Lisbon Accords", "treaty")]
    assert laws("The Treaty of Arden was signed.") == [("Treaty of Arden", "treaty")]
    assert laws("They signed an agreement on Monday.") == []


def test_a_law_word_after_and_is_a_first_name_not_a_law():
    assert laws("Her children, Maria, Jonas and Bill, came too.") == []
    assert laws("Donors like Ann Smith and Bill and Jo Lee gave.") == []
    assert laws("The Family and Medical Leave Act applies.") == [
        ("Family and Medical Leave Act", "act")
    ]


def test_a_name_that_lists_its_subjects_with_commas():
    assert laws("Banks meet the Thrift Institutions Reform, Recovery and Enforcement Act.") == [
        ("Thrift Institutions Reform, Recovery and Enforcement Act", "act")
    ]
    assert laws("It falls under the Toxic Waste Response, Compensation, and Liability Act.") == [
        ("Toxic Waste Response, Compensation, and Liability Act", "act")
    ]
    # one word before the comma is where the sentence is, not the name's first item
    assert laws("In Ruritania, the Trade and Industry Act passed.") == [
        ("Trade and Industry Act", "act")
    ]
    assert laws("In Ruritania, Trade and Industry Act rules apply.") == [
        ("Trade and Industry Act", "act")
    ]


def test_a_convention_is_a_treaty_only_when_it_binds_on_or_against_something():
    assert laws("They broke the Geneva Conventions.") == [("Geneva Conventions", "treaty")]
    assert laws("It ratified the Convention against Torture.") == [
        ("Convention against Torture", "treaty")
    ]
    assert laws("Delegates met at the Party National Convention.") == []
    assert laws("He spoke at the Cleveland Convention on Monday.") == []


def test_a_treaty_word_in_a_company_name_stays_the_company_name():
    found = extract("Charter Communications said on Monday it would cut jobs.")
    assert found.laws == []
    assert [i.name for i in found.institutions] == ["Charter Communications"]


def test_a_law_named_by_its_number():
    found = {
        law.name: law.kind
        for text in [
            "The ban is set out in Law No. 4/2009 on Mineral and Coal Mining.",
            "He signed Republic Act No. 10175 on Monday.",
            "Decree No. 70/2023 was rejected by Congress.",
            "Presidential Decree 1083 applies to them.",
            "Act 12 of 2019 applies to them.",
        ]
        for law in extract(text).laws
    }
    assert found == {
        "Law No. 4/2009 on Mineral and Coal Mining": "law",
        "Republic Act No. 10175": "act",
        "Decree No. 70/2023": "decree",
        "Presidential Decree 1083": "decree",
        "Act 12 of 2019": "act",
    }
    # a count after a law word is not its number, nor "No" a word
    assert extract("The Act 5 years ago was bad. The Law No one wanted passed.").laws == []


def test_an_executive_order_by_its_number_is_a_decree():
    found = [(law.name, law.kind) for law in extract("Executive Order 14110 was revoked.").laws]
    assert found == [("Executive Order 14110", "decree")]
    assert extract("He issued an executive order on Monday.").laws == []


def test_an_act_may_name_the_bureau_it_reorganizes_but_a_school_of_law_is_no_law():
    text = "He signed the National Bureau of Investigation Reorganization Act on Monday."
    assert [law.name for law in extract(text).laws] == [
        "National Bureau of Investigation Reorganization Act"
    ]
    assert extract("She studied at Harvard Law School.").laws == []


def test_lowercase_law_names_tried_only_before_a_law_word_find_what_finditer_finds():
    """Four words of up to 21 letters between "the" and the law word, possessives, several law
    words in one stretch, and "the" far from any law word."""
    from pipeline.extract.laws import LOWERCASE_NAME, _lowercase_name_starts
    from pipeline.extract.scan import finditer_at

    longest = " ".join(["abcdefghijklmnopqrstu"] * 4)
    text = (
        f"The bill passed. The {longest} law and the {longest} bill; the data security law, "
        "China's new cybersecurity law and the draft personal information protection act's "
        "rules under the law firm's review of the the budget bill. " + "the words " * 30 + "act"
    )
    expected = [m.span() for m in LOWERCASE_NAME.finditer(text)]
    assert len(expected) >= 4
    found = finditer_at(LOWERCASE_NAME, text, _lowercase_name_starts(text))
    assert [m.span() for m in found] == expected


def test_where_a_law_is_debated_is_no_part_of_its_name():
    text = (
        "The Law of Bases and Starting Points for the Freedom of Argentines in the Lower House "
        "passed, as did the Law on Violence in the Family."
    )
    assert [name for name, _ in laws(text)] == [
        "Law of Bases and Starting Points for the Freedom of Argentines",
        "Law on Violence in the Family",
    ]


def test_where_a_law_is_debated_may_be_a_named_assembly():
    text = "The Law on Public Order in the National Assembly was debated for hours."
    assert [name for name, _ in laws(text)] == ["Law on Public Order"]


def test_a_bracketed_qualifier_of_a_law_may_hold_and():
    names = [
        law.name
        for law in extract("The Terrorism (Prevention and Prohibition) Act, 2022 passed.").laws
    ]
    assert names == ["Terrorism (Prevention and Prohibition) Act, 2022"]
    # a bracket that opens with "and" is no qualifier
    assert extract("Nigeria (and Ghana) Act passed.").laws == []


def test_a_laws_number_in_brackets_after_its_name_is_that_law():
    text = "The Elders Act of 2016 (Republic Act 10868) honours centenarians."
    found = find_laws(text)
    assert [(text[s:e], law.name) for s, e, law in found] == [
        ("Elders Act of 2016", "Elders Act of 2016"),
        ("Republic Act 10868", "Elders Act of 2016"),
    ]


def test_an_acts_name_may_hold_a_title_and_a_generational_suffix():
    text = "He signed the Mayor Jose Cruz Sr. Medical Center Act (RA10865) on Friday."
    assert [law.name for _, _, law in find_laws(text)] == ["Mayor Jose Cruz Sr. Medical Center Act"]
    assert find_laws("President Bill Clinton spoke.") == []


def test_a_numbered_proposition_is_a_ballot_measure():
    found = find_laws("Voters backed Proposition 105 and Prop. 47 last year.")
    assert [(law.name, law.kind) for _, _, law in found] == [
        ("Proposition 105", "ballot measure"),
        ("Prop. 47", "ballot measure"),
    ]


def test_only_a_generational_suffix_carries_a_laws_name_across_its_period():
    assert [
        law.name for _, _, law in find_laws("He lives on Main St. Companies Act rules apply.")
    ] == ["Companies Act"]


def test_a_budget_law_is_named_with_its_year_and_its_other_forms_are_the_same_law():
    e = extract(
        "The Saeima adopted amendments to the Law on National Budget for 2009. The Law on"
        " National Budget was amended twice. Amendments to the Law on the National Budget for"
        " 2009 take effect in July."
    )
    assert [(law.name, law.kind) for law in e.laws] == [("Law on National Budget for 2009", "law")]
    assert [m.text for m in e.mentions if m.entity_type == "law"] == [
        "Law on National Budget for 2009",
        "Law on National Budget",
        "Law on the National Budget for 2009",
    ]
    # (the year inside the law's name is no date; two budgets of two years are two laws)
    assert [d.text for d in e.dates] == ["July"]
    assert laws(
        "The Law on the State Budget for 2010 and the Law on the State Budget for 2011."
    ) == [
        ("Law on the State Budget for 2010", "law"),
        ("Law on the State Budget for 2011", "law"),
    ]
