"""Statements: quote marks, attribution patterns, reported speech and speaker resolution."""

from __future__ import annotations

from tests.extraction_helpers import extract, statements

INTRO = "Jane Doe, a spokeswoman for the Ministry of Finance, spoke on Monday. "


def test_curly_straight_and_guillemet_quotes_are_paired_by_type():
    got = statements(
        INTRO
        + '“The budget is balanced,” she said. "Taxes will not rise," she added. «We are ready,» she said.'
    )
    assert [t for _, _, t in got] == [
        "The budget is balanced",
        "Taxes will not rise",
        "We are ready",
    ]


def test_mixed_straight_and_curly_marks_still_pair():
    got = statements('John Roe spoke. "Prices will fall this year,” said John Roe, an economist.')
    assert got == [("John Roe", "direct", "Prices will fall this year")]


def test_two_apostrophes_stand_for_a_double_quote():
    got = statements("John Roe spoke. ''Prices will fall this year,'' Mr. Roe said.")
    assert got == [("John Roe", "direct", "Prices will fall this year")]


def test_odd_quote_mark_never_raises_or_swallows_the_article():
    text = (
        'John Roe said "the plan is late.\n\nThe ministry said it would publish the plan next week.'
    )
    got = statements(text)
    assert ("Ministry", "indirect") not in [(s, k) for s, k, _ in got]
    assert any(t == "it would publish the plan next week" for _, _, t in got)


def test_quote_left_open_at_paragraph_end_continues_with_the_same_speaker():
    text = (
        "Jane Doe, the commissioner, spoke on Monday.\n\n"
        "“We found that the firm paid customers to buy only its chips. That is illegal.\n\n"
        "“Today’s decision sends a clear message,” she said."
    )
    got = statements(text)
    assert got[-2:] == [
        (
            "Jane Doe",
            "direct",
            "We found that the firm paid customers to buy only its chips. That is illegal.",
        ),
        ("Jane Doe", "direct", "Today’s decision sends a clear message"),
    ]


def test_multi_sentence_quote_is_one_statement():
    got = statements('John Roe spoke. "Growth slowed. Prices rose. Wages fell," said John Roe.')
    assert got == [("John Roe", "direct", "Growth slowed. Prices rose. Wages fell")]


def test_quote_then_said_name_with_title():
    got = statements('"Exports will recover," said Maria Lopez, chief economist at Banco Central.')
    assert got == [("Maria Lopez", "direct", "Exports will recover")]


def test_name_said_colon_quote():
    got = statements('Asked about the plan, John Roe said: "We will not change course."')
    assert got == [("John Roe", "direct", "We will not change course.")]


def test_quote_told_a_press_conference():
    got = statements('"We expect growth of 5 percent," John Roe told a press conference in Geneva.')
    assert got == [("John Roe", "direct", "We expect growth of 5 percent")]


def test_quote_whose_speaker_is_in_the_previous_sentence():
    text = 'John Roe said the plan was sound. "It will work."\n\n"We have tested it for years."'
    got = statements(text)
    assert got[0][0] == "John Roe"
    assert ("John Roe", "direct", "It will work.") in got
    assert ("John Roe", "direct", "We have tested it for years.") in got


def test_title_in_quotes_is_not_a_statement():
    got = statements('The ministry issued a report titled "Building a Cleaner Future" on Monday.')
    assert got == []


def test_reported_speech_with_and_without_that():
    assert statements("John Roe said that the talks had failed.") == [
        ("John Roe", "indirect", "the talks had failed")
    ]
    assert statements("John Roe said the talks had failed.") == [
        ("John Roe", "indirect", "the talks had failed")
    ]


def test_content_before_speaker_with_appositive():
    got = statements("The talks had failed, John Roe, a senior diplomat, said on Tuesday.")
    assert got == [("John Roe", "indirect", "The talks had failed")]


def test_inverted_said_name():
    got = statements("The talks had failed, said John Roe, head of the delegation.")
    assert got == [("John Roe", "indirect", "The talks had failed")]


def test_according_to_before_and_after():
    assert statements("According to the Ministry of Finance, revenue rose in March.") == [
        ("Ministry of Finance", "indirect", "revenue rose in March")
    ]
    assert statements("Revenue rose in March, according to the Ministry of Finance.") == [
        ("Ministry of Finance", "indirect", "Revenue rose in March")
    ]


def test_told_with_an_object():
    got = statements("John Roe told reporters that the plant would close.")
    assert got == [("John Roe", "indirect", "the plant would close")]


def test_adding_that_goes_to_the_speaker_of_the_sentence():
    got = statements(
        INTRO + '"We are ready," she said, adding that the ministry had hired new staff.'
    )
    assert got[-1] == ("Jane Doe", "indirect", "the ministry had hired new staff")


def test_pledged_and_urged_take_an_infinitive():
    got = statements("China pledged on Monday to cut emissions, as it issued a new plan.")
    assert got == [("China", "indirect", "to cut emissions")]


def test_partial_quote_inside_reported_speech_is_part_of_it():
    got = statements('John Roe said the plan was "a disaster" for farmers.')
    assert got == [("John Roe", "indirect", 'the plan was "a disaster" for farmers')]


def test_data_from_an_institution_is_a_statement_by_it():
    got = statements("The National Bureau of Statistics said retail sales rose 3 percent.")
    assert got == [("National Bureau of Statistics", "indirect", "retail sales rose 3 percent")]


def test_document_as_speaker():
    got = statements("The report said the economy would grow.")
    assert [(s, k) for s, k, _ in got] == [("report", "indirect")]
    assert (
        extract("The report said the economy would grow.").statements[0].speaker_type == "document"
    )


def test_pronoun_goes_to_the_last_named_speaker():
    text = 'John Roe spoke first. Mary Major, the mayor, said the budget was ready. "It is balanced," she said.'
    assert statements(text)[-1][0] == "Mary Major"


def test_pronoun_respects_gender_from_honorifics():
    text = 'Ms. Mary Major met Mr. John Roe. Mr. Roe said taxes would rise. "We have no choice," she said.'
    assert statements(text)[-1][0] == "Mary Major"


def test_family_name_first_names_and_later_short_reference():
    text = "Wang Lei, a researcher at Peking University, spoke. Later Wang said the results were clear."
    got = statements(text)
    assert got == [("Wang Lei", "indirect", "the results were clear")]


def test_honorific_and_title_before_name():
    got = statements(
        '"It is done," said Dr. Ana Silva. "It is late," said Rep. John Mica (R-Fla.).'
    )
    assert [s for s, _, _ in got] == ["Ana Silva", "John Mica"]


def test_nominal_speaker_resolves_to_named_institution():
    text = "The Ministry of Finance published its figures. The ministry said revenue rose sharply."
    got = extract(text).statements
    assert (got[0].speaker, got[0].speaker_type) == ("Ministry of Finance", "institution")


def test_unnamed_official_stays_unknown():
    got = extract("A senior official said the talks would resume.").statements
    assert (got[0].speaker, got[0].speaker_type) == ("A senior official", "unknown")


def test_spokesperson_resolves_when_the_article_named_one():
    text = "Jane Doe, a spokesperson for the Ministry of Finance, spoke. The spokesperson said revenue rose sharply."
    got = extract(text).statements
    assert got[-1].speaker == "Jane Doe"


def test_every_statement_span_indexes_the_text():
    text = (
        INTRO
        + '"We are ready," she said, adding that the ministry had hired staff. The ministry said costs fell.'
    )
    for s in extract(text).statements:
        assert text[s.char_start : s.char_end] == s.text
