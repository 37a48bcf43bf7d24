"""Statements: quote marks, attribution patterns, reported speech and speaker resolution."""

from __future__ import annotations

import pytest

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


def test_according_to_a_pronoun_is_the_person_it_stands_for():
    text = (
        "Yerlan Koshanov, speaker of the chamber, opened the session.\n\n"
        "According to him, the new norms came into force this year."
    )
    assert statements(text)[-1] == (
        "Yerlan Koshanov",
        "indirect",
        "the new norms came into force this year",
    )
    got = statements("Mary Smith spoke at the meeting. Sales will grow, according to her.")
    assert got == [("Mary Smith", "indirect", "Sales will grow")]
    # "them" may be people as well as a body: nobody is guessed
    got = statements(
        "Ann Wako and Peter Otieno spoke at the Supreme Court. The trial was unfair, according to them."
    )
    assert got[-1][0] == "them"


def test_told_with_an_object():
    got = statements("John Roe told reporters that the plant would close.")
    assert got == [("John Roe", "indirect", "the plant would close")]
    # an interviewer named with a role is whom it was told to
    got = statements("John Roe told Fox News host Jo Poe the plant would close.")
    assert got == [("John Roe", "indirect", "the plant would close")]
    got = statements("John Roe told Fox News host Jo Poe Trump would lose the state.")
    assert got == [("John Roe", "indirect", "Trump would lose the state")]


def test_adding_that_goes_to_the_speaker_of_the_sentence():
    got = statements(
        INTRO + '"We are ready," she said, adding that the ministry had hired new staff.'
    )
    assert got[-1] == ("Jane Doe", "indirect", "the ministry had hired new staff")


def test_a_participle_of_saying_after_what_was_said_is_a_report_of_its_own():
    got = statements(
        INTRO + "Ms. Doe said the plan works, acknowledging that its costs rose sharply."
    )
    assert got == [
        ("Jane Doe", "indirect", "the plan works"),
        ("Jane Doe", "indirect", "its costs rose sharply"),
    ]
    got = statements(
        INTRO + "Ms. Doe said the plan works, telling reporters that its costs fell sharply."
    )
    assert got == [
        ("Jane Doe", "indirect", "the plan works"),
        ("Jane Doe", "indirect", "its costs fell sharply"),
    ]


def test_but_declined_to_comment_ends_what_was_said():
    got = statements(
        INTRO + "Ms. Doe said the board had deferred the meeting until May but declined to comment."
    )
    assert got == [("Jane Doe", "indirect", "the board had deferred the meeting until May")]
    # the subject of what was said holding something back is part of it
    got = statements(INTRO + "Ms. Doe said the firm knew of the defect but did not disclose it.")
    assert got == [("Jane Doe", "indirect", "the firm knew of the defect but did not disclose it")]


def test_but_others_said_ends_what_was_said_and_reports_on_its_own():
    got = statements(INTRO + "Ms. Doe said she met the board, but officials said the talks failed.")
    assert got == [
        ("Jane Doe", "indirect", "she met the board"),
        ("officials", "indirect", "the talks failed"),
    ]


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


def test_asked_reports_a_question_but_not_a_request():
    got = statements(INTRO + "Ms. Doe asked whether the budget would be published in time.")
    assert ("Jane Doe", "indirect", "whether the budget would be published in time") in got
    assert statements(INTRO + "Ms. Doe asked the court for a delay of two weeks.") == []


def test_a_modal_or_a_possessive_before_a_verb_of_saying_is_no_report():
    assert statements(INTRO + "Ms. Doe would argue that the budget is balanced.") == []
    assert statements(INTRO + "Contrary to her claim the budget was never balanced.") == []


def test_adverbs_between_speaker_and_verb():
    got = statements(INTRO + "Ms. Doe now says the budget will be balanced by June.")
    assert ("Jane Doe", "indirect", "the budget will be balanced by June") in got
    got = statements(INTRO + "Ms. Doe has long said that taxes must not rise.")
    assert ("Jane Doe", "indirect", "taxes must not rise") in got


def test_an_aside_after_that_stays_in_the_content():
    got = statements(INTRO + "She said that, if elected, she would cut the deficit.")
    assert got == [("Jane Doe", "indirect", "if elected, she would cut the deficit")]


def test_participle_with_a_comma_before_the_quote():
    got = statements(INTRO + "She defended the plan, saying, “The budget is balanced.”")
    assert ("Jane Doe", "direct", "The budget is balanced.") in got


def test_said_that_before_a_quote_gives_a_direct_statement():
    got = statements(INTRO + "The ministry says on its website that “the budget is balanced.”")
    assert got == [("Ministry of Finance", "direct", "the budget is balanced.")]


def test_a_time_after_the_verb_is_not_what_was_said():
    got = statements(INTRO + '"It is working," Ms. Doe said in June 2012, citing the data.')
    assert got == [("Jane Doe", "direct", "It is working")]
    got = statements(INTRO + "Ms. Doe said the plan was working, citing new data.")
    assert got == [("Jane Doe", "indirect", "the plan was working")]
    got = statements(INTRO + "Ms. Doe said a few days later that the plan was working.")
    assert got == [("Jane Doe", "indirect", "the plan was working")]
    got = statements(INTRO + "Ms. Doe told the board two years ago that the plant would close.")
    assert got == [("Jane Doe", "indirect", "the plant would close")]
    # (without "that", the time is part of what was said)
    got = statements(INTRO + "Ms. Doe said 20 years ago the river was clean.")
    assert got == [("Jane Doe", "indirect", "20 years ago the river was clean")]


def test_descriptive_words_before_a_speaker_after_a_quote():
    got = statements(
        INTRO
        + '"The vote is a sham," panel Chairman Rep. John Roe (R-Ohio) said after the hearing.'
    )
    assert ("John Roe", "direct", "The vote is a sham") in got
    got = statements(INTRO + "“The vote is a sham,” said retired teacher Mary Major.")
    assert ("Mary Major", "direct", "The vote is a sham") in got


def test_plural_groups_with_a_capitalized_noun_speak():
    got = statements(INTRO + "But many Democrats say the budget hides a deficit.")
    assert ("many Democrats", "indirect", "the budget hides a deficit") in got


def test_parenthetical_report_boundaries():
    # (an opening phrase of time only says when: what was said starts after the report)
    got = statements(INTRO + "During her years in office, Ms. Doe said, the deficit fell by half.")
    assert got == [("Jane Doe", "indirect", "the deficit fell by half")]
    got = statements(
        INTRO + "The plan is near the old bridge, which, Ms. Doe said, is closed on weekends."
    )
    assert got == [("Jane Doe", "indirect", "which, Ms. Doe said, is closed on weekends")]
    got = statements(
        INTRO + "The test, Ms. Doe said, was the biggest yet, although it may take days to know."
    )
    assert got == [("Jane Doe", "indirect", "The test, Ms. Doe said, was the biggest yet")]


def test_a_report_interrupting_a_clause_keeps_both_sides():
    got = statements(
        INTRO + "It is an investment, Ms. Doe said, that would be recouped within three years."
    )
    assert got == [
        (
            "Jane Doe",
            "indirect",
            "It is an investment, Ms. Doe said, that would be recouped within three years",
        )
    ]
    got = statements(
        INTRO + "If the bill passes, Ms. Doe wrote in a letter, the clinics will close by May."
    )
    assert got == [
        (
            "Jane Doe",
            "indirect",
            "If the bill passes, Ms. Doe wrote in a letter, the clinics will close by May",
        )
    ]
    got = statements(INTRO + "In the long run, Ms. Doe said, the deficit will fall by half.")
    assert got == [
        ("Jane Doe", "indirect", "In the long run, Ms. Doe said, the deficit will fall by half")
    ]
    # (a time or where it was said opens no report: "On Monday", "In a statement")
    got = statements(INTRO + "On Monday, Ms. Doe said, the board will vote on the plan.")
    assert got == [("Jane Doe", "indirect", "the board will vote on the plan")]
    got = statements(INTRO + "In a statement, Ms. Doe said, the recall would cost millions.")
    assert got == [("Jane Doe", "indirect", "the recall would cost millions")]
    # (a lead of its own with the writer's aside after the report keeps only the lead)
    got = statements(
        INTRO + "Exports grew by 5% in May, Ms. Doe said, their fastest pace in years."
    )
    assert got == [("Jane Doe", "indirect", "Exports grew by 5% in May")]


def test_a_trailing_report_by_another_source_ends_the_content():
    got = statements(
        INTRO + "Ms. Doe told police that she would stay, but the court refused, the source added."
    )
    assert ("Jane Doe", "indirect", "she would stay, but the court refused") in got


def test_tells_with_an_object_then_that():
    got = statements(
        INTRO + "Ms. Doe tells a local radio station on Friday that the budget is balanced."
    )
    assert got == [("Jane Doe", "indirect", "the budget is balanced")]


def test_a_paragraph_ending_with_said_colon_introduces_the_next_quote():
    got = statements(INTRO + "Ms. Doe said:\n\n“The budget is balanced. Taxes will not rise.”")
    assert got == [("Jane Doe", "direct", "The budget is balanced. Taxes will not rise.")]


def test_inverted_said_opening_the_sentence():
    got = statements(INTRO + "Said Ms. Doe: “The budget is balanced.”")
    assert got == [("Jane Doe", "direct", "The budget is balanced.")]


def test_verb_right_before_a_whole_quote_but_not_a_partial_one():
    got = statements(INTRO + "Ms. Doe declared “The budget is balanced.”")
    assert got == [("Jane Doe", "direct", "The budget is balanced.")]
    got = statements(INTRO + "Ms. Doe claimed “fiscal discipline” explains the surplus.")
    assert ("Jane Doe", "direct", "fiscal discipline") not in got


def test_adding_later_continues_the_speaker_of_the_sentence():
    got = statements(
        INTRO + "“We cannot afford it,” Ms. Doe said, adding later, “The budget must be balanced.”"
    )
    assert got == [
        ("Jane Doe", "direct", "We cannot afford it"),
        ("Jane Doe", "direct", "The budget must be balanced."),
    ]


def test_the_subject_before_and_speaks():
    got = statements(INTRO + "Ms. Doe left the room and repeatedly said, “No more taxes.”")
    assert ("Jane Doe", "direct", "No more taxes.") in got


def test_cited_reports_what_the_speaker_pointed_to():
    got = statements(INTRO + "Ms. Doe cited the rising cost of loans as the main risk.")
    assert got == [("Jane Doe", "indirect", "the rising cost of loans as the main risk")]
    assert statements(INTRO + "The cited report was published in May by the bank.") == []


def test_progressive_reporting_verb():
    got = statements(INTRO + "Ms. Doe is telling voters that the budget is balanced.")
    assert got == [("Jane Doe", "indirect", "the budget is balanced")]
    got = statements(INTRO + "Ms. Doe was told that the budget is balanced.")
    assert ("Jane Doe", "indirect", "the budget is balanced") not in got


def test_participle_after_a_preposition_speaks_for_the_subject():
    got = statements(INTRO + "Ms. Doe began by saying that the budget is balanced.")
    assert got == [("Jane Doe", "indirect", "the budget is balanced")]
    got = statements(INTRO + "The critics faulted Ms. Doe for saying that taxes would fall.")
    assert ("Jane Doe", "indirect", "taxes would fall") not in got


def test_a_nominal_subject_speaks_through_a_participle():
    got = statements(
        "A federal judge has rejected the request, saying the courts have no business in it."
    )
    assert got == [("A federal judge", "indirect", "the courts have no business in it")]
    got = statements(
        INTRO + "Ms. Doe mocked the complaint, saying anybody who complains is losing."
    )
    assert ("Jane Doe", "indirect", "anybody who complains is losing") in got


def test_a_quote_completing_the_writers_sentence_is_reported_speech():
    # the same words as 'Ms. Doe said the plan "is working"', in the other order
    got = statements(INTRO + 'The plan "is working," Ms. Doe said.')
    assert got == [("Jane Doe", "indirect", 'The plan "is working,"')]
    got = statements(INTRO + 'On the budget: "It is working," Ms. Doe said.')
    assert got == [("Jane Doe", "direct", "It is working")]


def test_modified_names_and_bare_plurals_speak():
    got = statements(INTRO + "The independent Ministry of Finance says the budget is balanced.")
    assert got == [("Ministry of Finance", "indirect", "the budget is balanced")]
    got = statements(
        INTRO + "The budget hurts all farmers, top farm lobbyists said Friday afternoon."
    )
    assert got == [("top farm lobbyists", "indirect", "The budget hurts all farmers")]


def test_saying_before_a_quote_ends_reported_content():
    got = statements(
        INTRO + "Ms. Doe said the plan was late, saying, “We will not wait any longer.”"
    )
    assert got == [
        ("Jane Doe", "indirect", "the plan was late"),
        ("Jane Doe", "direct", "We will not wait any longer."),
    ]


def test_a_block_of_words_after_added_colon_is_a_direct_statement():
    got = statements(
        INTRO
        + "Ms. Doe added:\n\nThe budget is balanced and taxes will not rise this year.\n\nThe vote is next week."
    )
    assert got == [
        ("Jane Doe", "direct", "The budget is balanced and taxes will not rise this year.")
    ]


def test_a_second_verb_of_the_same_subject_continues_what_was_said():
    got = statements(INTRO + "Ms. Doe says she hopes to win, but she knows that the vote is close.")
    assert got == [
        ("Jane Doe", "indirect", "she hopes to win, but she knows that the vote is close")
    ]
    got = statements(INTRO + "Ms. Doe said the plan was late, but she declined to give a date.")
    assert got == [("Jane Doe", "indirect", "the plan was late")]


def test_a_speaker_inside_a_relative_clause():
    got = statements(
        INTRO + "The bank kept the branch, which Ms. Doe says she is doing everything to keep open."
    )
    assert ("Jane Doe", "indirect", "she is doing everything to keep open") in got


def test_urged_and_vowed_with_an_object_or_a_negation():
    got = statements(INTRO + "In her speech, Ms. Doe urged lawmakers to pass the budget, and left.")
    assert got == [("Jane Doe", "indirect", "lawmakers to pass the budget")]
    got = statements(INTRO + "Ms. Doe vowed not to repeat the mistake of last year.")
    assert got == [("Jane Doe", "indirect", "not to repeat the mistake of last year")]


def test_a_clause_without_that_is_known_by_its_verb():
    got = statements(INTRO + "Ms. Doe acknowledged funding was the main reason for the delay.")
    assert got == [("Jane Doe", "indirect", "funding was the main reason for the delay")]
    assert statements(INTRO + "Ms. Doe claimed vast wealth and power for the ministry.") == []


def test_an_aside_in_parentheses_at_the_end_is_the_writers():
    got = statements(INTRO + "Ms. Doe said the budget is balanced (which few believe).")
    assert got == [("Jane Doe", "indirect", "the budget is balanced")]


def test_but_pledged_is_the_speakers_next_act():
    got = statements(INTRO + "Farmers said they want “fair prices” but pledged to stay calm.")
    assert got[0] == ("Farmers", "indirect", "they want “fair prices”")


def test_saying_that_without_a_comma_and_goes_without_saying():
    got = statements(INTRO + "Ms. Doe sent a letter on Friday saying that the budget is balanced.")
    assert got == [("Jane Doe", "indirect", "the budget is balanced")]
    assert statements(INTRO + "It goes without saying that the budget is balanced.") == []


def test_appeared_to_suggest_is_still_a_report():
    got = statements(INTRO + "Ms. Doe appeared to suggest that the budget is not balanced.")
    assert got == [("Jane Doe", "indirect", "the budget is not balanced")]


def test_told_someone_at_length_that_before_a_quote():
    got = statements(
        INTRO
        + "Ms. Doe told one of her young aides on a regular basis that “the budget is sacred.”"
    )
    assert got == [("Jane Doe", "direct", "the budget is sacred.")]


def test_a_quote_after_said_and_or_but_goes_on_with_the_same_speaker():
    got = statements(INTRO + '"I respect him," Ms. Doe said, but "the plan will fail."')
    assert got == [
        ("Jane Doe", "direct", "I respect him"),
        ("Jane Doe", "direct", "the plan will fail."),
    ]


def test_clause_words_around_a_speaker_phrase_are_not_the_speaker():
    got = statements("While the critics say the plan is late, the ministry has stayed silent.")
    assert got and got[0][0] == "the critics"
    got = statements("Mayor Roe this week also said the plan is late.")
    assert got and got[0][0] in ("Mayor Roe", "Roe")


def test_present_report_then_a_past_act_belongs_to_the_content():
    got = statements(INTRO + "Police say the man fled the scene and refused to stop.")
    assert got == [("Police", "indirect", "the man fled the scene and refused to stop")]
    got = statements(INTRO + "Aides say the race is close but noted that turnout is high.")
    assert got[0] == ("Aides", "indirect", "the race is close")


def test_a_passive_goes_on_after_and():
    got = statements(INTRO + "The workers say they were misled and defrauded by the agency.")
    assert got == [("The workers", "indirect", "they were misled and defrauded by the agency")]
    got = statements(INTRO + "Jane Roe said a man who was beaten and kicked had filed a complaint.")
    assert got[0][2] == "a man who was beaten and kicked had filed a complaint"
    # a question the speaker goes on to ask is the speaker's, not the passive's
    got = statements(
        INTRO + "Jane Roe said the fund is federally regulated and questioned how the state "
        "could act."
    )
    assert got[0][2] == "the fund is federally regulated"


def test_a_long_nominal_speaker():
    got = statements(
        "On the radio show, the former finance minister and current opposition party leader said she wanted lower taxes."
    )
    assert got and got[0][1:] == ("indirect", "she wanted lower taxes")
    assert got[0][0].endswith("leader")


def test_an_opening_phrase_without_its_comma():
    got = statements(INTRO + "In a radio interview Ms. Doe declared that the budget is balanced.")
    assert got == [("Jane Doe", "indirect", "the budget is balanced")]


def test_pledged_that_is_reported_speech_and_consequences_are_the_writers():
    got = statements(
        INTRO
        + "Back then, the ministry pledged that in 2030 it would lift the limits, forcing banks to adapt."
    )
    assert got == [("Ministry of Finance", "indirect", "in 2030 it would lift the limits")]


def test_another_subjects_report_ends_the_content():
    got = statements(
        INTRO
        + "Ms. Doe said the reforms were not complete, and rights groups warned that the law was weak."
    )
    assert got == [
        ("Jane Doe", "indirect", "the reforms were not complete"),
        ("rights groups", "indirect", "the law was weak"),
    ]


def test_then_and_called_on_are_the_speakers_next_acts():
    got = statements(INTRO + "Ms. Doe said 200 voters were ineligible and then purged them.")
    assert got == [("Jane Doe", "indirect", "200 voters were ineligible")]
    got = statements(INTRO + "Ms. Doe urged banks to cut fees and called on savers to stay calm.")
    assert got[0] == ("Jane Doe", "indirect", "banks to cut fees")


def test_a_state_of_mind_after_and_goes_on_with_what_was_said():
    got = statements(INTRO + "Ms. Doe said she was tired of the status quo and wanted a change.")
    assert got == [("Jane Doe", "indirect", "she was tired of the status quo and wanted a change")]
    got = statements(INTRO + "Ms. Doe said voters were angry and warned rivals to stay calm.")
    assert got[0] == ("Jane Doe", "indirect", "voters were angry")


def test_and_a_verb_that_reports_nothing_goes_on_with_what_was_said():
    got = statements(INTRO + "Ms. Doe said the man posed a threat and refused to drop the gun.")
    assert got == [("Jane Doe", "indirect", "the man posed a threat and refused to drop the gun")]
    # the speaker's own acts still end it
    got = statements(INTRO + "Ms. Doe said the company had done nothing wrong and resigned.")
    assert got == [("Jane Doe", "indirect", "the company had done nothing wrong")]
    got = statements(INTRO + "Ms. Doe said the team played well and praised the fans.")
    assert got == [("Jane Doe", "indirect", "the team played well")]
    # (but not after the source it was relayed from)
    got = statements(
        INTRO + "Ms. Doe said no one was hurt, according to initial reports and offered help."
    )
    assert got[0][2] == "no one was hurt, according to initial reports"


def test_a_title_case_dateline_with_an_agency_is_not_what_was_said():
    got = statements("Lisbon (AFP) - Jane Roe said the budget is balanced, officials said.")
    assert all(not t.startswith("Lisbon") for _, _, t in got)
    got = statements("Rep. John Roe (D-Ohio) said the budget is balanced.")
    assert got == [("John Roe", "indirect", "the budget is balanced")]


def test_a_document_seen_by_an_agency_is_the_source():
    got = statements(
        "Leaders will back a new fund, according to a draft seen by AFP, but members are divided."
    )
    assert got == [("draft", "indirect", "Leaders will back a new fund")]


def test_definite_descriptions_resolve_to_who_the_article_named():
    text = (
        "The National Reserve Bank (NRB) kept rates on hold. NRB Governor Harish Rao told "
        "reporters that inflation was high.\n\nThe Governor pledged to keep liquidity ample. "
        "Cuts will come later, the central bank said.\n\nTalks may fail, a senior diplomat said.\n\n"
        "“This will take months,” the diplomat added."
    )
    got = statements(text)
    assert ("Harish Rao", "indirect", "to keep liquidity ample") in got
    assert ("National Reserve Bank", "indirect", "Cuts will come later") in got
    assert ("a senior diplomat", "direct", "This will take months") in got


def test_plural_nouns_that_look_like_verbs():
    got = statements(INTRO + "Member states remain divided over the fund.")
    assert got == []


def test_a_perfect_tense_content_keeps_its_second_verb():
    got = statements(
        INTRO + "The ministry said it had ordered 126 banks to close and revoked 37 licenses."
    )
    assert got == [
        (
            "Ministry of Finance",
            "indirect",
            "it had ordered 126 banks to close and revoked 37 licenses",
        )
    ]


def test_data_published_last_week_showed():
    got = statements(
        "Data from the National Bureau of Statistics published last week showed that prices rose 3 percent."
    )
    assert got == [("National Bureau of Statistics", "indirect", "prices rose 3 percent")]


def test_content_ends_before_the_writers_additions():
    got = statements(
        INTRO + 'Ms. Doe said the rate "is fair," though she noted that banks disagree.'
    )
    assert got[0] == ("Jane Doe", "indirect", 'the rate "is fair,"')
    got = statements(INTRO + "Ms. Doe said she did not support John Roe, the presumed favorite.")
    assert got == [("Jane Doe", "indirect", "she did not support John Roe")]
    got = statements(INTRO + "Ms. Doe said after the meeting she would not resign.")
    assert got == [("Jane Doe", "indirect", "she would not resign")]


def test_told_someone_how():
    got = statements(
        INTRO + "Ms. Doe told the radio host on Monday how surprised she is that rates fell."
    )
    assert got == [("Jane Doe", "indirect", "how surprised she is that rates fell")]


def test_warned_someone_to_and_asked_someone_to():
    got = statements(
        INTRO + "Last month, the ministry warned local officials to boost their security."
    )
    assert got == [("Ministry of Finance", "indirect", "local officials to boost their security")]
    got = statements(INTRO + "Ms. Doe asked the banks to cut their fees, a request they ignored.")
    assert got == [("Jane Doe", "indirect", "the banks to cut their fees")]


def test_a_lowercase_pronoun_after_an_opening_adverb_and_a_name_before_a_participle():
    got = statements(INTRO + "Meanwhile, it attacked the plan, saying it “would hurt savers.”")
    assert [(k, t) for _, k, t in got] == [("indirect", "it “would hurt savers.”")]
    got = statements(
        INTRO + "The ad shows Ms. Doe saying during the debate, “The budget is balanced.”"
    )
    assert ("Jane Doe", "direct", "The budget is balanced.") in got


def test_group_speakers_and_dash_asides():
    got = statements(INTRO + "The plan upset farmers, many of whom say the subsidies are unfair.")
    assert got == [("many of whom", "indirect", "the subsidies are unfair")]
    got = statements(INTRO + "People familiar with the talks said a deal was close.")
    assert got == [("People familiar with the talks", "indirect", "a deal was close")]
    got = statements(
        INTRO + "Although it is new, elected officials from both parties say it works well."
    )
    assert got == [("elected officials from both parties", "indirect", "it works well")]
    got = statements(INTRO + "Although it is new, officials say so.")
    assert got == []
    got = statements(
        INTRO + "Ms. Doe -- a former banker and author of two books -- said rates would fall."
    )
    assert got == [("Jane Doe", "indirect", "rates would fall")]


def test_first_person_and_indefinite_speakers_stay_unknown():
    got = extract(
        "We asked whether the plan would work. Then someone asked how it would be paid for."
    )
    assert [(s.speaker, s.speaker_type) for s in got.statements] == [
        ("We", "unknown"),
        ("someone", "unknown"),
    ]


def test_relative_which_and_possessive_documents():
    got = statements(
        INTRO
        + "They called the Ministry of Finance, which reported “2,521 incidents” in the city last year."
    )
    assert ("Ministry of Finance", "indirect", "“2,521 incidents” in the city last year") in got
    got = statements(
        INTRO + "However, Jane Doe's brief said that was not her view and asked for a delay."
    )
    # what a person's document says is the person's (issue 8: documents go to their issuer)
    assert got == [("Jane Doe", "indirect", "that was not her view")]


def test_another_report_after_a_closing_quote_ends_the_content():
    got = statements(
        INTRO
        + 'Ms. Doe said the video did not give "definitive evidence," but she said that witnesses saw a gun.'
    )
    assert got[0] == ("Jane Doe", "indirect", 'the video did not give "definitive evidence,"')


def test_no_break_spaces_and_a_participle_after_a_closing_quote():
    got = statements(INTRO + "Ms. Doe\u00a0responded that\u00a0the budget is balanced.")
    assert got == [("Jane Doe", "indirect", "the budget is balanced")]
    got = statements(
        INTRO + 'In a statement, Ms. Doe said: "The budget is sound," adding that its deficit fell.'
    )
    assert ("Jane Doe", "indirect", "its deficit fell") in got


def test_a_document_before_a_dash_and_which():
    got = statements(
        INTRO + "Instead, the study -- which notes that 58 firms owe taxes -- was ignored."
    )
    assert got and got[0][1:] == ("indirect", "58 firms owe taxes")


def test_after_a_past_report_the_speakers_present_is_narrative():
    got = statements(
        INTRO + "Ms. Doe has said 20 people want the seat, but she refuses to name them."
    )
    assert got == [("Jane Doe", "indirect", "20 people want the seat")]
    got = statements(
        INTRO
        + "The ministry announced that it would cut the forecast, and the cut is a blow to banks."
    )
    assert got == [("Ministry of Finance", "indirect", "it would cut the forecast")]


def test_told_someone_to_do_something():
    got = statements(INTRO + "Ms. Doe told her advisers to find a way to cut the deficit.")
    assert got == [("Jane Doe", "indirect", "her advisers to find a way to cut the deficit")]
    got = statements(INTRO + "Ms. Doe told reporters that the plan to cut taxes was dead.")
    assert got == [("Jane Doe", "indirect", "the plan to cut taxes was dead")]


def test_more_openers_and_a_one_word_lead():
    got = statements(
        INTRO + "After some delays, the plan is now meeting its targets, one official said."
    )
    assert got == [
        ("one official", "indirect", "After some delays, the plan is now meeting its targets")
    ]
    got = statements(
        INTRO + "Ms. Doe refuses to name anyone, aside from saying she wants a fair choice."
    )
    assert ("Jane Doe", "indirect", "she wants a fair choice") in got
    got = statements(INTRO + "Farmers, she said, can expect lower prices next year.")
    assert got == [("Jane Doe", "indirect", "Farmers, she said, can expect lower prices next year")]
    got = statements(
        INTRO + "Her aides say it is too early to decide but noted that polls are close."
    )
    assert ("Her aides", "indirect", "polls are close") in got


def test_a_name_after_an_opening_phrase_following_a_quoted_paragraph():
    text = (
        INTRO
        + "“We will act,” she said.\n\nIn a radio interview Ms. Doe declared “The budget is safe.”"
    )
    assert ("Jane Doe", "direct", "The budget is safe.") in statements(text)


def test_nominal_speakers_with_a_place_or_a_role():
    got = statements(INTRO + "“Why did he not pay?” a narrator in the campaign ad asks.")
    assert got == [("a narrator in the campaign ad", "direct", "Why did he not pay?")]
    got = statements(
        INTRO + "NBC News moderator Matt Lauer asked the candidates to discuss their own ideas."
    )
    assert got == [("Matt Lauer", "indirect", "the candidates to discuss their own ideas")]
    got = statements(INTRO + "Every day, I tell myself that the plan will work.")
    assert got == [("I", "indirect", "the plan will work")]


def test_told_reporters_with_or_without_that_and_owned_sources():
    got = statements(INTRO + "Ms. Doe told reporters that exports of steel had risen for a year.")
    assert got == [("Jane Doe", "indirect", "exports of steel had risen for a year")]
    got = statements(
        INTRO + "Ms. Doe told reporters the jobless rate, which stood at 3.7%, remained low."
    )
    assert got == [("Jane Doe", "indirect", "the jobless rate, which stood at 3.7%, remained low")]
    got = statements(
        "Rates have peaked, according to the minutes of the bank's December meeting released on Wednesday."
    )
    assert got == [("minutes", "indirect", "Rates have peaked")]
    got = statements("Trade grew 5 percent, according to Japan's Ministry of Trade and Industry.")
    assert got == [("Ministry of Trade and Industry", "indirect", "Trade grew 5 percent")]


def test_value_added_is_no_report():
    from tests.extraction_helpers import extract

    text = (
        "The value added of the tertiary industry rose 7.5 percent in the first half of the year."
    )
    assert extract(text).statements == []
    # capitalized, as a law's or a tax's name writes it
    text = "Value added tax rose to 15 percent this year, the minister said."
    assert [s.speaker for s in extract(text).statements] == ["the minister"]
    text = "The assembly approved the Law on Value Added Tax, Law on Customs and Law on Audit."
    assert extract(text).statements == []


def test_what_data_show_goes_on_with_a_participle_after_and():
    got = statements(
        INTRO
        + "The survey showed the country gained 54,000 jobs, driven largely by gains in full-time "
        "work, and dropping the jobless rate by 0.2 points."
    )
    assert got[0][2].endswith("and dropping the jobless rate by 0.2 points")
    got = statements(
        INTRO + "Data showed prices rose 2 percent, and the central bank raised rates."
    )
    assert got[0][2] == "prices rose 2 percent"


def test_a_report_with_two_partial_quotes_is_one_report():
    got = statements(
        INTRO + 'Bank Indonesia "has more space" while its counterpart "is running out of '
        'ammunition", said Nicholas Mapa, an economist at ING.'
    )
    assert got == [
        (
            "Nicholas Mapa",
            "indirect",
            'Bank Indonesia "has more space" while its counterpart "is running out of ammunition"',
        )
    ]
    # a quote attributed on its own stays a statement of its own
    got = statements(INTRO + '"We won," she said, and the party "will go on", the leader added.')
    assert [text for _, _, text in got] == ["We won", "will go on"]


def test_with_a_named_speaker_before_a_participle_the_name_speaks():
    got = statements(
        INTRO + "It drew condemnation, with party chairman Brandon Lewis urging him to apologise."
    )
    assert got == [("Brandon Lewis", "indirect", "him to apologise")]
    got = statements(INTRO + "Stocks fell, with Brandon Lewis saying the remarks were unfair.")
    assert got == [("Brandon Lewis", "indirect", "the remarks were unfair")]
    # no "with": "The footage showed Jane Roe saying ..." is not the name's report
    got = statements(INTRO + "The footage showed Jane Roe saying the plan failed.")
    assert ("Jane Roe", "indirect", "the plan failed") not in got


def test_mentioned_reports_a_clause_not_a_topic():
    got = statements(INTRO + "As the minister mentioned yesterday, imports rose by 5.6 percent.")
    assert got == [("the minister", "indirect", "imports rose by 5.6 percent")]
    assert statements(INTRO + "He mentioned the plan in passing.") == []


def test_a_quote_paragraph_after_someone_spoke_is_theirs():
    got = statements(
        "Finance Minister Jane Roe spoke to reporters on Monday about the budget.\n\n"
        "“We will cut the deficit this year. Nobody should doubt it.”\n\n"
        "The plan was welcomed by investors."
    )
    assert got == [
        ("Jane Roe", "direct", "We will cut the deficit this year. Nobody should doubt it.")
    ]
    # a quote inside a paragraph, or with no one speaking before it, is not
    got = statements(
        "The budget was published on Monday.\n\n"
        "“We will cut the deficit this year. Nobody should doubt it.”"
    )
    assert got == []


def test_an_amount_added_is_no_report():
    got = statements(INTRO + "The rate fell as the economy added more jobs than analysts expected.")
    assert got == []
    assert statements(INTRO + "In May the firm added 1,200 workers, its owner said.") == [
        ("its owner", "indirect", "In May the firm added 1,200 workers")
    ]
    assert [got[1:] for got in statements(INTRO + '"We are hiring," she added.')] == [
        ("direct", "We are hiring")
    ]


def test_a_surname_ending_in_ly_is_a_name_not_an_adverb():
    got = statements("Mrs. Donnelly said the harbour would reopen in the spring.")
    assert got == [("Donnelly", "indirect", "the harbour would reopen in the spring")]
    got = statements("Anna Connolly said the harbour would reopen in the spring.")
    assert got == [("Anna Connolly", "indirect", "the harbour would reopen in the spring")]


def test_a_name_with_a_generational_suffix_before_the_verb():
    got = statements("Senator Robert T. Hale Jr. said the budget talks had stalled again.")
    # the name as written, its suffix's period with it
    assert got == [("Robert T. Hale Jr.", "indirect", "the budget talks had stalled again")]


def test_an_untyped_name_before_its_appositive_speaks():
    got = statements(
        "A new fund was launched. Dora Quill, a former treasurer of the county party, said "
        "the fund would focus on three rural districts."
    )
    assert got == [("Dora Quill", "indirect", "the fund would focus on three rural districts")]


def test_words_after_said_with_their_own_verb_are_no_inverted_speaker():
    got = statements("Dora Quill, the county treasurer, said the board would meet again in May.")
    assert ("the board", "indirect") not in [(s, k) for s, k, _ in got]
    assert got[0][2] == "the board would meet again in May"


def test_data_shows_a_clause_without_that():
    got = statements("New figures show the harbour handled 9% more cargo in the first quarter.")
    assert got == [
        ("New figures", "indirect", "the harbour handled 9% more cargo in the first quarter")
    ]
    got = statements(
        "Early polls show the mayor leading in both districts, and turnout may be low."
    )
    assert got == [("Early polls", "indirect", "the mayor leading in both districts")]


def test_show_is_no_report_after_any_other_subject():
    assert statements("Old maps show the river and its three bridges in detail.") == []
    assert statements('She hosted the cable show "Night Owls" for a decade.') == []
    assert statements("The two taped a cooking show that aired on Friday evening.") == []


def test_single_curly_quotes_over_several_paragraphs():
    text = (
        "Jane Doe, head of prices at the agency, said: ‘Fares rose slightly in May, with "
        "bus tickets dearer.\n\n"
        "‘Rents also pushed up prices this year.\n\n"
        "‘However, there were big sales, with cuts for shoes.’\n\n"
        "The report comes a week after the vote."
    )
    assert statements(text) == [
        ("Jane Doe", "direct", "Fares rose slightly in May, with bus tickets dearer."),
        ("Jane Doe", "direct", "Rents also pushed up prices this year."),
        ("Jane Doe", "direct", "However, there were big sales, with cuts for shoes."),
    ]


def test_apostrophes_do_not_close_a_single_quote():
    got = statements(
        "John Roe spoke. ‘We won’t sign the drivers’ contract this year,’ said John Roe."
    )
    assert got == [("John Roe", "direct", "We won’t sign the drivers’ contract this year")]


def test_single_marks_inside_a_double_quote_are_nested():
    got = statements("John Roe spoke. “They told us ‘wait’ for a month,” said John Roe.")
    assert got == [("John Roe", "direct", "They told us ‘wait’ for a month")]


def test_a_named_speaker_reports_a_noun_phrase():
    got = statements(
        "Northwind Corp on Tuesday reported a higher-than-expected quarterly profit and "
        "raised its forecast."
    )
    assert got == [("Northwind Corp", "indirect", "a higher-than-expected quarterly profit")]
    got = statements("The ministry confirmed the closure of two border posts in the north.")
    assert got == [("The ministry", "indirect", "the closure of two border posts in the north")]


def test_reported_to_someone_or_at_a_time_has_no_object():
    assert statements("John Roe reported to the police station on Monday morning.") == []
    assert statements("The Daily Planet reported after the storm passed over the coast.") == []


def test_sentence_opening_as_clause_names_the_source_of_what_follows():
    got = statements(
        "As the Daily Ledger first reported on Monday, the council sold the depot to a developer."
    )
    assert got == [("Daily Ledger", "indirect", "the council sold the depot to a developer")]


def test_as_clause_with_a_described_speaker_keeps_only_the_noun_phrase():
    got = statements("As the mayor said, the roads will stay closed until the storm passes.")
    assert got == [("the mayor", "indirect", "the roads will stay closed until the storm passes")]


def test_as_aside_inside_a_sentence_gives_the_sentence_around_it():
    got = statements(
        "Jane Doe runs the port authority. The harbour, as Ms. Doe noted, has never frozen in March."
    )
    assert got == [
        ("Jane Doe", "indirect", "The harbour, as Ms. Doe noted, has never frozen in March")
    ]


def test_connective_before_an_as_aside_is_the_writers():
    got = statements(
        "Jane Doe runs the port authority. Of course, as Ms. Doe noted, the harbour has never frozen."
    )
    assert got == [("Jane Doe", "indirect", "the harbour has never frozen")]


def test_as_clause_after_a_writers_condition_is_no_statement():
    got = statements("If, as I have suggested, the firm pays no tax, the rules are too loose.")
    assert got == []


def test_newspaper_named_with_the_is_a_speaker():
    got = statements("The Ledger reported that the council sold the depot to a developer.")
    assert got == [("The Ledger", "indirect", "the council sold the depot to a developer")]


def test_possessive_and_title_before_a_name_belong_to_the_speaker():
    got = statements("The bureau's chief economist Jane Roe said the figures showed steady growth.")
    assert got == [("Jane Roe", "indirect", "the figures showed steady growth")]


def test_noun_naming_a_speaker_before_a_name_is_a_title():
    got = statements("Former aide John Roe said the campaign had run out of money.")
    assert got == [("John Roe", "indirect", "the campaign had run out of money")]


def test_initialism_before_a_title_opens_the_speakers_phrase():
    got = statements(
        "U.S. District Judge Jane Roe said in her ruling after the hearing that the order was void."
    )
    assert got == [("Jane Roe", "indirect", "the order was void")]


def test_time_of_day_after_the_verb_is_not_what_was_said():
    got = statements(
        "Minister John Roe said earlier in the day the government will hold its stance."
    )
    assert got == [("John Roe", "indirect", "the government will hold its stance")]


def test_parenthetical_verb_before_without_ends_what_was_said():
    got = statements(
        "John Roe runs the firm. The firm aims to sell ten million phones, Roe added, without a date."
    )
    assert got == [("John Roe", "indirect", "The firm aims to sell ten million phones")]


def test_possessive_inside_an_appositive_is_not_the_speakers_title():
    got = statements(
        "The Ministry of Economy published the data on Monday. Jane Roe, director general of the"
        " ministry's Trade Policy Bureau, told reporters that exports of equipment had risen."
    )
    assert got == [("Jane Roe", "indirect", "exports of equipment had risen")]


def test_relative_clause_between_speaker_and_verb_is_set_aside():
    got = statements(
        "The official, who spoke on the condition of anonymity, said investigators had the files."
    )
    assert got == [("The official", "indirect", "investigators had the files")]


def test_participle_aside_between_speakers_and_verb_is_set_aside():
    got = statements(
        "Officials, speaking on condition of anonymity, said the talks would resume next week."
    )
    assert got == [("Officials", "indirect", "the talks would resume next week")]


def test_members_named_between_a_group_and_its_verb_are_set_aside():
    # (the group speaks: the members after "including" or "such as" are part of its phrase)
    assert statements(
        "Several officials, including the deputy mayor, said the bridge would reopen in May."
    ) == [("Several officials", "indirect", "the bridge would reopen in May")]
    assert statements("Other lenders, such as Acme Bank, said they would follow.") == [
        ("Other lenders", "indirect", "they would follow")
    ]


def test_second_appositive_does_not_replace_the_named_speaker():
    got = statements(
        "Jane Roe, the foreign minister of France, a member of the council, said the test was a"
        " provocation."
    )
    assert got == [("Jane Roe", "indirect", "the test was a provocation")]


def test_subordinate_clause_then_main_clause_is_what_was_said():
    got = statements(
        "As the mayor arrived at the venue on Tuesday, a girl outside was hit by a bystander,"
        " police said."
    )
    assert got == [
        (
            "police",
            "indirect",
            "As the mayor arrived at the venue on Tuesday, a girl outside was hit by a bystander",
        )
    ]


def test_concession_opening_the_lead_is_the_writers():
    got = statements(
        "Though Ms. Roe has lived in the town all her life, the new residents have changed it,"
        " she said."
    )
    assert got == [("Roe", "indirect", "the new residents have changed it")]


def test_subordinate_clause_alone_before_the_speaker_is_not_what_was_said():
    got = statements("Although the rule is new, officials say it will cut costs.")
    assert got == [("officials", "indirect", "it will cut costs")]


def test_adverb_aside_after_the_verb_is_the_writers():
    got = statements("John Roe said, however, that the plan would fail within a year.")
    assert got == [("John Roe", "indirect", "the plan would fail within a year")]


def test_condition_after_the_verb_is_part_of_what_was_said():
    got = statements("Jane Roe said, if elected, she would close the coal plants.")
    assert got == [("Jane Roe", "indirect", "if elected, she would close the coal plants")]


def test_participle_after_the_verb_and_its_comma_is_no_statement():
    assert statements("John Roe spoke. He said, smiling broadly at the crowd.") == []


def test_second_verb_after_and_goes_to_the_name_after_its_titles():
    got = statements(
        "Israeli President Jane Roe said she was shocked by the closure and said the ban should"
        " be lifted at once."
    )
    assert got == [
        ("Jane Roe", "indirect", "she was shocked by the closure"),
        ("Jane Roe", "indirect", "the ban should be lifted at once"),
    ]


def test_clause_before_a_described_speaker_is_not_part_of_the_speaker():
    got = statements(
        "The minister's remarks came after a central bank economist said demand had to grow."
    )
    assert got == [("a central bank economist", "indirect", "demand had to grow")]


def test_adverb_between_pronoun_and_verb_is_set_aside():
    got = statements(
        "John Roe spoke. He, however, explained that the government was doing all it could."
    )
    # ("John Roe" is a person by his given name and family name: "He" is him)
    assert got == [("John Roe", "indirect", "the government was doing all it could")]


def test_topic_phrase_before_the_speaker_is_not_what_was_said():
    got = statements(
        "As for the outlook, however, Minister John Roe warned of risks such as a stronger yen."
    )
    # (what was warned of is what was said, as the real-article annotations and PolNeAR have it;
    # the topic phrase is the writer's)
    assert got == [("John Roe", "indirect", "risks such as a stronger yen")]


def test_conjunction_opening_the_sentence_is_not_the_speakers_name():
    got = statements(
        'John Roe spoke. And then Roe went on the attack, saying, "Will the mayor finally resign?"'
    )
    assert got == [("John Roe", "direct", "Will the mayor finally resign?")]


def test_second_report_in_the_present_after_but_is_its_own_statement():
    got = statements(
        "John Roe spoke. He confirmed the attack on a base in the north but insists it was"
        " repelled and that the attackers fled."
    )
    assert got == [
        ("John Roe", "indirect", "the attack on a base in the north"),
        ("John Roe", "indirect", "it was repelled and that the attackers fled"),
    ]


def test_a_share_of_poll_respondents_speaks():
    got = statements(
        "In Virginia, 85% of Democrats said the economic system favors the wealthy. "
        "Almost half said they wanted a nominee from outside politics. "
        "Nine in 10 registered voters say they think she could win."
    )
    assert got == [
        ("85% of Democrats", "indirect", "the economic system favors the wealthy"),
        ("Almost half", "indirect", "they wanted a nominee from outside politics"),
        ("Nine in 10 registered voters", "indirect", "they think she could win"),
    ]


def test_a_share_of_someones_supporters_speaks():
    # a possessive before the people, as "of the" or "of their" ("a majority of her backers")
    got = statements(
        "A majority of her backers say they plan to vote for her mostly because they oppose "
        "him. Two-thirds of his donors said they would give again."
    )
    assert got == [
        (
            "A majority of her backers",
            "indirect",
            "they plan to vote for her mostly because they oppose him",
        ),
        ("Two-thirds of his donors", "indirect", "they would give again"),
    ]


def test_a_share_written_in_words_or_at_least_speaks():
    got = statements(
        "About one in five say they would not vote at all. "
        "At least half say the plan is about right."
    )
    assert got == [
        ("About one in five", "indirect", "they would not vote at all"),
        ("At least half", "indirect", "the plan is about right"),
    ]


def test_a_group_named_by_what_it_is_of_speaks_not_the_person_or_thing():
    got = statements(
        "Jane Roe spoke on Monday. Supporters of Jane Roe say the count was wrong. "
        "Allies of Ms. Roe say the count was late. "
        "Citizens of Ukraine say the war must end. "
        "Allies of Zork Blimpton said the vote was rigged. "
        "Organizers of both conventions say they will meet their targets."
    )
    assert got == [
        ("Supporters of Jane Roe", "indirect", "the count was wrong"),
        ("Allies of Ms. Roe", "indirect", "the count was late"),
        ("Citizens of Ukraine", "indirect", "the war must end"),
        ("Allies of Zork Blimpton", "indirect", "the vote was rigged"),
        ("Organizers of both conventions", "indirect", "they will meet their targets"),
    ]
    speakers = {
        s.speaker: s.speaker_type
        for s in extract(
            "Jane Roe lost. Supporters of Jane Roe say the count was wrong."
        ).statements
    }
    assert speakers.get("Supporters of Jane Roe") == "unknown"


def test_a_capitalized_word_before_a_plural_speaker_describes_it():
    got = statements(
        "Chinese military commentators say China plans to build on the shoal. "
        "Trump fans say delegates must heed the will of the party. "
        "But analysts say the rate will rise again next year. "
        "Nationally pollsters say the race is tight. "
        "Unlike Democrats conservative commentators said the plan was bad. "
        "Hillary Clinton's pollsters say the race is tight."
    )
    assert [speaker for speaker, _, _ in got] == [
        "Chinese military commentators",
        "Trump fans",
        "analysts",  # ("But" opens the sentence, it describes no one)
        "pollsters",  # (an adverb)
        "conservative commentators",  # (the object of an opening preposition)
        "Hillary Clinton's pollsters",  # (the name whole)
    ]


def test_a_paragraph_of_who_spoke_and_where_introduces_the_quote_opening_the_next():
    got = statements(
        'Voters met.\n\nJo Lee said in a statement on Monday.\n\n"We will appeal the ruling."'
    )
    assert got == [("Jo Lee", "direct", "We will appeal the ruling.")]
    # (a paragraph without quote marks after it is not what was said)
    assert statements("Jo Lee wrote in a letter to the board.\n\nThe board met and agreed.") == []


def test_a_sentence_of_who_spoke_and_where_introduces_the_quote_after_it():
    got = statements(
        "Voters met on Monday.\n\nJo Lee, the party's spokeswoman, said in a statement. "
        '"There are no paper ballots to recount. The count was fair."'
    )
    # ("in a statement" is where, not what, she said)
    assert got == [
        ("Jo Lee", "direct", "There are no paper ballots to recount. The count was fair.")
    ]


def test_one_person_familiar_with_a_matter_speaks_as_people_familiar_do():
    got = statements(
        "A person familiar with the planning for the meeting says the talks will focus on "
        "trade. One source close to the minister said he would resign."
    )
    assert [speaker for speaker, _, _ in got] == [
        "A person familiar with the planning for the meeting",
        "One source close to the minister",
    ]


def test_at_least_opens_the_speaker_phrase_whole():
    got = statements("At least three people said the fire started at night.")
    assert got == [("At least three people", "indirect", "the fire started at night")]


def test_a_second_share_reporting_ends_what_the_first_said():
    got = statements(
        "About three in 10 said they prefer a liberal agenda, but six in 10 said they want "
        "the next president to continue."
    )
    assert got == [
        ("About three in 10", "indirect", "they prefer a liberal agenda"),
        ("six in 10", "indirect", "they want the next president to continue"),
    ]


def test_a_share_in_what_was_said_is_no_speaker():
    got = statements(
        "The company said sales rose 12 percent to a record, and 40 percent of that came "
        "from abroad. Prices rose by a third in May, officials said."
    )
    assert got == [
        (
            "The company",
            "indirect",
            "sales rose 12 percent to a record, and 40 percent of that came from abroad",
        ),
        ("officials", "indirect", "Prices rose by a third in May"),
    ]


def test_the_object_of_a_verb_of_blame_is_what_was_said():
    got = statements(
        "Lai Mohammed spoke on Monday. He blamed the media for providing oxygen for terrorists. "
        "KITA attributed the decline to a plunge in shipments of steel."
    )
    assert [(k, t) for _, k, t in got] == [
        ("indirect", "the media for providing oxygen for terrorists"),
        ("indirect", "the decline to a plunge in shipments of steel"),
    ]


def test_what_follows_of_after_assured_or_warned_is_what_was_said():
    got = statements(
        "President Xi assured President Kenyatta of China's commitment to the projects. "
        "Jane Roe warned of risks such as a stronger yen. "
        "John Doe assured investors that the bank would act."
    )
    assert [t for _, _, t in got] == [
        "China's commitment to the projects",
        "risks such as a stronger yen",
        "the bank would act",
    ]


def test_a_passive_or_a_participle_of_blame_is_no_statement():
    got = statements(
        "The minister was blamed for the crash. A man accused of fraud left the court on Monday."
    )
    assert got == []


def test_and_inside_quote_marks_does_not_end_reported_content():
    got = statements(
        'The ministry said in a statement that the "outrageous and unprecedented decision '
        'reeks of commercial considerations".'
    )
    assert [t for _, _, t in got] == [
        'the "outrageous and unprecedented decision reeks of commercial considerations"'
    ]


def test_a_partial_quote_lead_is_what_was_said_before_a_place_after_the_verb():
    got = statements(
        'Jane Roe spoke on Friday. Such recent talk was an "absurd debate," she said in '
        "comments to a daily newspaper, stressing that the bank must keep prices stable."
    )
    assert [(k, t) for _, k, t in got] == [
        ("indirect", 'Such recent talk was an "absurd debate,"'),
        ("indirect", "the bank must keep prices stable"),
    ]


def test_a_setting_with_commas_before_that_is_skipped():
    got = statements("Ted Cruz said in Buffalo, New York, that states can pass such laws.")
    assert got == [("Ted Cruz", "indirect", "states can pass such laws")]


def test_a_pronoun_takes_up_the_subject_of_the_sentence_before_not_its_last_name():
    got = statements(
        "The Minister of Information, Lai Mohammed, spoke after a council meeting chaired by "
        "President Muhammadu Buhari.\n\nHe said the attack on the base was repelled."
    )
    assert got == [("Lai Mohammed", "indirect", "the attack on the base was repelled")]


def test_a_city_and_a_colon_opening_a_story_is_a_dateline_not_a_speaker():
    got = statements(
        "New York: Acme Corp on Wednesday reported a higher quarterly profit and reaffirmed "
        "its forecast for the year.\n\nMUMBAI: The Reserve Bank said it would keep rates on hold."
    )
    assert got == [
        ("Acme Corp", "indirect", "a higher quarterly profit"),
        ("Acme Corp", "indirect", "its forecast for the year"),
        ("Reserve Bank", "indirect", "it would keep rates on hold"),
    ]


def test_a_quote_after_that_with_the_sentence_going_on_is_part_of_reported_speech():
    got = statements(
        "Jane Roe said that “bombastic comments” do more harm than good. "
        'John Doe said that "the plan will fail."'
    )
    assert got == [
        ("Jane Roe", "indirect", "“bombastic comments” do more harm than good"),
        ("John Doe", "direct", "the plan will fail."),
    ]


def test_the_question_after_the_one_asked_is_what_was_asked():
    got = statements(
        "Hannity asked Trump if he would deport all illegal immigrants. "
        "Sanders was asked by host John Dickerson whether his aim was similar. "
        "The council asked the court for a delay in the case."
    )
    assert got == [("Hannity", "indirect", "if he would deport all illegal immigrants")]


def test_the_person_before_of_and_a_place_speaks_not_the_place():
    got = statements(
        "Sen. Ted Cruz of Texas said the deal was bad. "
        "Rep. Jane Roe of New York told reporters that the vote would fail."
    )
    assert got == [
        ("Ted Cruz", "indirect", "the deal was bad"),
        ("Jane Roe", "indirect", "the vote would fail"),
    ]


def test_a_nationality_and_a_description_before_a_company_name_are_no_bar_to_it_speaking():
    got = statements(
        "Canadian handset maker BlackBerry today reported a higher-than-expected net profit of "
        "USD 23 million, helped by growing smartphone sales."
    )
    assert got == [
        ("BlackBerry", "indirect", "a higher-than-expected net profit of USD 23 million")
    ]


def test_requests_worries_signals_and_habits_of_saying_are_reported_speech():
    got = statements(
        "The President requested the Senate to consider and pass the two bills. "
        "The President expressed worry that the delay poses a serious risk. "
        "The central bank has signalled it will tolerate higher prices. "
        "Das used to repeatedly say that the committee will not rest."
    )
    assert [t for _, _, t in got] == [
        "the Senate to consider and pass the two bills",
        "the delay poses a serious risk",
        "it will tolerate higher prices",
        "the committee will not rest",
    ]


def test_a_syndicators_credit_before_the_dateline_is_no_part_of_what_data_showed():
    got = statements(
        "(MENAFN- Kuwait News Agency (KUNA)) TOKYO, May 16 (KUNA) -- Japan's economy shrank "
        "at an annualized pace of 0.7 percent, government data showed Friday.\n\n"
        "New figures show the economy expanded 6.8% in the quarter, surpassing the target."
    )
    assert [t for _, _, t in got] == [
        "Japan's economy shrank at an annualized pace of 0.7 percent",
        "the economy expanded 6.8% in the quarter",
    ]


def test_according_to_after_a_connective_or_inside_a_short_clause():
    got = statements(
        "But, according to the poll, 46 percent of voters remain undecided. "
        "The firm receives, according to one report, $234 million in contracts."
    )
    assert [t for _, _, t in got] == [
        "46 percent of voters remain undecided",
        "The firm receives, according to one report, $234 million in contracts",
    ]


def test_a_plural_noun_cue_followed_by_its_own_verb_is_a_noun():
    got = statements(
        "Lawmakers and EU states had reached a political deal on the rules earlier this year. "
        "The EU states that growth slowed in the bloc."
    )
    # ("EU states" also makes the EU an institution, the speaker then named as such)
    assert got == [("EU", "indirect", "growth slowed in the bloc")]


def test_reads_is_a_report_only_when_a_document_reads():
    got = statements(
        "The letter reads in parts, “I forward herewith the two bills for the consideration "
        "of the Senate.”\n\n"
        "He reads the newspaper every day.\n\n"
        '"Keep out of the yard," reads a sign on the gate.'
    )
    assert got == [
        (
            "letter",
            "direct",
            "I forward herewith the two bills for the consideration of the Senate.",
        )
    ]


def test_an_intensifier_or_a_source_familiar_with_something_still_speaks():
    got = statements(
        "Cruz himself said on Tuesday that the only way to win is to ask. "
        "A law enforcement official familiar with the investigation said that charges "
        "would be difficult to bring."
    )
    assert got == [
        ("Cruz", "indirect", "the only way to win is to ask"),
        (
            "A law enforcement official familiar with the investigation",
            "indirect",
            "charges would be difficult to bring",
        ),
    ]


def test_a_name_right_before_a_participle_of_saying_speaks():
    got = statements(
        "The bank kept its forecast, with Governor Jane Roe stressing that prices must be "
        "watched closely."
    )
    assert got == [("Jane Roe", "indirect", "prices must be watched closely")]


def test_a_quote_before_a_cue_that_opens_the_next_quote_with_a_colon_is_the_speaker_befores():
    text = (
        "''We are farmers,'' Ms. Dorin said. ''We are not smugglers.'' "
        "Mr. Tavi said: ''The raid that happened today was unjust.''"
    )
    assert [(s.speaker, s.text) for s in extract(text).statements] == [
        ("Dorin", "We are farmers"),
        ("Dorin", "We are not smugglers."),
        ("Tavi", "The raid that happened today was unjust."),
    ]


def test_a_cue_then_a_participle_and_a_colon_keeps_its_quote():
    text = "“I respect the governor,” Ruiz said, adding: “I would welcome his support.”"
    assert [(s.speaker, s.text) for s in extract(text).statements] == [
        ("Ruiz", "I respect the governor"),
        ("Ruiz", "I would welcome his support."),
    ]


def test_a_share_written_in_words_is_a_speaker():
    assert [
        (s.speaker, s.text)
        for s in extract("Sixty-six percent said it made no difference to them at all.").statements
    ] == [("Sixty-six percent", "it made no difference to them at all")]


def test_plural_spokesmen_speak():
    text = "Pentagon spokesmen said the ban on spending would stay in place."
    assert [s.speaker for s in extract(text).statements] == ["Pentagon spokesmen"]


def test_a_sentence_adverb_without_commas_is_not_part_of_the_speaker():
    text = "Carter however said he would welcome the participation of other states."
    assert [(s.speaker, s.text) for s in extract(text).statements] == [
        ("Carter", "he would welcome the participation of other states")
    ]


def test_a_participle_aside_after_the_speaker_is_set_aside():
    text = "The minister, replying to a question in the House, has said the budget was enough."
    assert [(s.speaker, s.text) for s in extract(text).statements] == [
        ("The minister", "the budget was enough")
    ]


def test_data_released_on_a_date_in_parentheses_are_their_issuers():
    text = (
        "New data from the Office for Regional Statistics (ORS) released today (29 September) "
        "shows exports performed better than previously thought."
    )
    assert [(s.speaker, s.text) for s in extract(text).statements] == [
        ("Office for Regional Statistics", "exports performed better than previously thought")
    ]


def test_a_quoted_fragment_opening_the_sentence_belongs_to_the_report_after_it():
    got = statements(
        'Jane Roe spoke. "We never hid the figures" from the auditors, the treasurer said.'
    )
    assert got == [
        ("the treasurer", "indirect", '"We never hid the figures" from the auditors'),
    ]


def test_a_quoted_fragment_inside_the_sentence_does_not_cut_the_report():
    got = statements(
        'John Roe spoke. Shipments, including units that cut "stock held by dealers," '
        "were about 3 million phones, the company said."
    )
    assert [(k, t) for _, k, t in got] == [
        (
            "indirect",
            'Shipments, including units that cut "stock held by dealers," '
            "were about 3 million phones",
        )
    ]


def test_a_quote_of_its_own_still_ends_the_next_report():
    got = statements(
        '"We won," Jane Roe said. The result was "a landslide" for us, officials said.'
    )
    assert got == [
        ("Jane Roe", "direct", "We won"),
        ("officials", "indirect", 'The result was "a landslide" for us'),
    ]


def test_an_adverb_between_auxiliary_and_verb_keeps_the_speaker():
    got = statements("Jane Roe spoke. The mayor has since said the bridge would reopen in May.")
    assert got == [("The mayor", "indirect", "the bridge would reopen in May")]


def test_a_writers_aside_then_that_opens_the_content_whatever_its_verb():
    got = statements("Jane Doe is the mayor. She said, however, that she hopes the talks resume.")
    assert [(k, t) for _, k, t in got] == [("indirect", "she hopes the talks resume")]


def test_two_plural_nouns_joined_by_and_are_one_speaker():
    got = statements("John Roe spoke. His aides and allies say he will stay in the race.")
    assert [(k, t) for _, k, t in got] == [("indirect", "he will stay in the race")]
    assert (
        extract("John Roe spoke. His aides and allies say he will stay in the race.")
        .statements[0]
        .speaker.endswith("aides and allies")
    )


def test_a_participle_after_told_keeps_its_own_that():
    got = statements(
        "Jane Roe spoke. The bank will watch the market “with great care,” Finance Minister "
        "John Roe told reporters, noting that recent moves were one-sided."
    )
    assert [(s, k, t) for s, k, t in got] == [
        ("John Roe", "indirect", "The bank will watch the market “with great care,”"),
        ("John Roe", "indirect", "recent moves were one-sided"),
    ]


def test_a_quote_ending_with_a_period_takes_the_attribution_sentence_after_it():
    got = statements(
        "The case was heard on Monday.\n\n“The matter raises a question of law and goes to a "
        "bench of three judges.” Justice Jane Roe told a packed court."
    )
    assert got == [
        (
            "Jane Roe",
            "direct",
            "The matter raises a question of law and goes to a bench of three judges.",
        )
    ]


def test_a_sentence_after_a_quote_with_its_own_content_does_not_take_the_quote():
    got = statements(
        "The data came out.\n\n“Prices rose sharply in the quarter.” Economist Jane Roe said "
        "the figures would be revised next month."
    )
    assert got == [("Jane Roe", "indirect", "the figures would be revised next month")]


def test_according_to_between_a_subject_and_its_verb_reports_the_whole_clause():
    got = statements(
        "One of the decisions they have made, according to a person close to the process, "
        "is to turn any attacks on the foundation back on him."
    )
    assert got == [
        (
            "a person close to the process",
            "indirect",
            "One of the decisions they have made, according to a person close to the process, "
            "is to turn any attacks on the foundation back on him",
        )
    ]


def test_according_to_a_named_source_closing_the_sentence_without_a_comma():
    got = statements(
        "Jobless claims fell sharply last week according to figures from the Labor Department."
    )
    assert got == [("Labor Department", "indirect", "Jobless claims fell sharply last week")]


def test_according_to_rules_or_a_plan_is_no_report():
    assert statements("The bonus was paid according to the rules of the Ministry of Finance.") == []
    assert statements("Everything at the Ministry of Finance went according to plan.") == []


def test_a_long_title_with_a_portfolio_and_an_honorific_before_the_speaker():
    got = statements(
        "The vote was held.\n\nThe Union Minister for Urban Affairs Shri John Roe, replying to a "
        "question in parliament, has said that the plan covers 75 towns."
    )
    assert got == [("John Roe", "indirect", "the plan covers 75 towns")]


def test_a_plural_noun_after_a_preposition_speaks_in_its_relative_clause():
    got = statements(
        "The ruling came in a lawsuit brought by aid groups, who argued that the order broke "
        "the law Congress wrote."
    )
    assert got == [("aid groups", "indirect", "the order broke the law Congress wrote")]


def test_a_surname_spelled_as_a_modal_speaks_and_a_lowercase_modal_does_not():
    assert statements("Theresa May said the deal was good for the country.") == [
        ("Theresa May", "indirect", "the deal was good for the country")
    ]
    assert statements("Ministers may say the deal was good for the country.") == []


def test_the_name_that_owns_the_data_speaks_not_the_data():
    def speakers(text: str) -> list[tuple[str, str]]:
        return [(s.speaker, s.speaker_type) for s in extract(text).statements]

    # (an acronym after the noun of an organisation's kind is that organisation)
    assert speakers("Output grew in March, official statistics agency KSTAT figures showed.") == [
        ("KSTAT", "institution")
    ]
    assert speakers("Statistics Norland's monthly survey showed that the country added jobs.") == [
        ("Statistics Norland", "unknown")
    ]
    named = (
        "The Office for National Statistics (ONS) said prices rose in May. ONS data showed "
        "that rents rose faster."
    )
    assert speakers(named)[-1] == ("Office for National Statistics", "institution")
    # a capital that opens the sentence is no name: the data stays a document
    assert speakers("Trade data showed that exports rose sharply in May.") == [
        ("Trade data", "document")
    ]


def test_the_letters_after_a_name_do_not_speak():
    assert (
        statements("Jo Brand MP urged the Speaker to look at the video clip.")[0][0] == "Jo Brand"
    )
    said = extract("Jo Brand MP said the remark was offensive and wrong.")
    assert [s.speaker for s in said.statements] == ["Jo Brand"]
    assert said.institutions == []  # "MP said" names no organisation (the OECD's would)


def test_a_noun_phrase_after_a_mid_sentence_cue_is_the_writers_aside_not_what_was_said():
    # "<clause>, X said, <noun phrase or participle>": the clause is the report, the rest the
    # writer's comment on it; "<subject>, X said, <verb ...>" still goes on with the report.
    texts = [
        "Farm output grew by 5.7% in the quarter, the agency said, its fastest pace in four years.",
        "Inflation stayed within a 4 to 4.8 percent range in July, the bank said, led by food prices.",
        "Exports rose 3 percent, the ministry said, again more than economists had forecast.",
    ]
    got = [statements(text)[0][2] for text in texts]
    assert got == [
        "Farm output grew by 5.7% in the quarter",
        "Inflation stayed within a 4 to 4.8 percent range in July",
        "Exports rose 3 percent",
    ]
    assert statements("The economy, he said, is in good shape.")[0][2] == (
        "The economy, he said, is in good shape"
    )
    assert statements("During his years in office, he said, the company grew fast.")[0][2] == (
        "the company grew fast"
    )


def test_a_description_finds_the_person_by_another_word_for_the_office_or_as_its_officer():
    got = statements("Mrs Justice Hale ruled on Friday. The judge said the law was flawed.")
    assert got == [("Hale", "indirect", "the law was flawed")]
    got = statements(
        "Jane Roe, spokeswoman for the ministry, spoke. The spokesperson said it was wrong."
    )
    assert got == [("Jane Roe", "indirect", "it was wrong")]
    got = statements(
        "Central bank Governor Eli Ramos spoke on Monday. Rates can stay steady, its governor said."
    )
    assert got == [("Eli Ramos", "indirect", "Rates can stay steady")]


def test_a_description_naming_a_body_before_the_office_finds_the_officer_there():
    # "the central bank governor": the governor of the bank the article named ("National
    # Bank"), though "central" is no word of her title
    got = statements(
        "National Bank Governor Ana Roe announced a revision of the inflation forecast. "
        "Inflation is expected to remain moderate, according to the central bank governor."
    )
    assert got[-1] == ("Ana Roe", "indirect", "Inflation is expected to remain moderate")
    got = statements(
        "Queen Mary Hospital's executive chairman Jo Smith opened a ward last year. Staff are "
        "tired, the hospital executive chairman said."
    )
    assert got[-1] == ("Jo Smith", "indirect", "Staff are tired")
    # not a governor when no bank was named ("Provincial Governor" keeps only "Governor")
    got = statements(
        "Provincial Governor Mia Lind spoke at the opening of the branch. Rates will rise, the "
        "bank governor said."
    )
    assert got[-1][0] == "the bank governor"
    # (the review's) nor someone tied to no body whose title only reads as the office:
    # "Lagos Governor" is a state's governor, not the central bank's
    got = statements(
        "Lagos Governor Babajide Sanwo-Olu opened the new terminal. The Central Bank of Nigeria "
        "raised its policy rate on Tuesday. Inflation will slow, the central bank governor said."
    )
    assert got[-1][0] != "Babajide Sanwo-Olu"


def test_a_former_office_holder_is_not_the_one_holding_it_now():
    # (the review's) "the former health secretary" is not the Health Secretary named
    got = statements(
        "Health Secretary Wes Street announced the plan on Monday. The scheme was a mistake, "
        "the former health secretary said."
    )
    assert got[-1][0] != "Wes Street"


def test_a_ledes_unnamed_officer_is_the_person_named_and_speaking_next():
    got = statements(
        "BAGHDAD: Iraq exported 1.85 million barrels per day in July, an Iraqi oil official "
        "said on Monday.\n\nJo Amri, the head of the state oil marketing company, said heat "
        "impeded exports."
    )
    assert [speaker for speaker, _, _ in got] == ["Jo Amri", "Jo Amri"]
    got = statements(
        "The board has collected 35,000 tonnes of maize, a Cabinet minister has said.\n\n"
        "Agriculture minister Joseph Made told parliament that farmers had delivered the grain."
    )
    assert [speaker for speaker, _, _ in got] == ["Joseph Made", "Joseph Made"]
    # not someone named next who does not speak next, nor another office's holder
    got = statements(
        "Taxes will rise, a senior official said on condition of anonymity.\n\nFinance "
        "Minister Jo Roe is expected to present the budget. Unions said they would strike."
    )
    assert got[0][0] == "a senior official"
    got = statements(
        "Taxes will rise, a minister said.\n\nGovernor Ann Lee said the bank would act."
    )
    assert got[0][0] == "a minister"
    # (the review's) nor a source who asked not to be named, nor someone whose office the
    # description's words do not fit
    for text in (
        "JERUSALEM (Reuters) - Israel will keep the border closed, a senior Israeli official "
        "said on Sunday, speaking on condition of anonymity.\n\nPrime Minister Benjamin "
        "Netanyahu said the army was ready.",
        "Two people died in the flood, a local official said.\n\nProvincial police chief Ali "
        "Khan said rescuers were searching the river.",
        "Rates will stay on hold, an official said on condition of anonymity.\n\nCentral Bank "
        "Governor Jo Roe said inflation was easing.",
        "Oil output fell in May, an oil ministry official said.\n\nHealth Minister Jo Roe said "
        "hospitals were full.",
    ):
        got = statements(text)
        assert got[0][0] != got[1][0], text
    # (the second review's) another nationality, anonymity asked in the next paragraph or in
    # other words, a head of government for "an official"
    for text in (
        "KYIV (Reuters) - Drones struck a power plant overnight, a Russian official said on "
        "Sunday.\n\nUkrainian President Volodymyr Zelenskiy said air defences downed most.",
        "JERUSALEM (Reuters) - Israel will keep the border closed, a senior Israeli official "
        "said on Sunday.\n\nThe official, who declined to be named because he was not "
        "authorised to brief media, said talks had stalled.\n\nPrime Minister Benjamin "
        "Netanyahu said the army was ready.",
        "Israel will keep the border closed, a senior Israeli official said on Sunday, on "
        "condition that he not be identified.\n\nDefence Minister Jo Roe said the army was "
        "ready.",
        "Rates will stay on hold, an official said, speaking on background.\n\nCentral Bank "
        "Governor Jo Roe said inflation was easing.",
        "JERUSALEM (Reuters) - Israel will keep the border closed, a senior Israeli official "
        "said on Sunday.\n\nPrime Minister Benjamin Netanyahu said the army was ready.",
    ):
        got = statements(text)
        assert got[0][0] != got[-1][0], text
    # the person named after the quotation, the appositive after the name
    got = statements(
        "BAGHDAD (Reuters) - Iraq exported 3.3 million barrels per day in July, an Iraqi oil "
        "official said on Sunday.\n\n“We expect more in August,” Falah al-Amri, head of the "
        "state oil marketing company SOMO, told Reuters."
    )
    assert [speaker for speaker, _, _ in got] == ["Falah al-Amri", "Falah al-Amri"]
    # nor after someone was named: the story's officer is no longer unnamed by design
    got = statements(
        "Senator Jo Roe lost the vote. Taxes will rise, an official said.\n\nMinister Ann Lee said "
        "the bank would act."
    )
    assert got[0][0] == "an official"


def test_a_persons_appositive_without_its_closing_comma_is_no_speaker_of_its_own():
    got = statements(
        "Commenting on the results, Hashim Roe, Chairman and General Manager of Bank of "
        "Palestine said, “Despite challenges, the bank has grown.”\n\nJane Lee, Chief "
        "Executive Officer said the bank would grow."
    )
    assert [speaker for speaker, _, _ in got] == ["Hashim Roe", "Jane Lee"]
    # (the review's) a name after a word is no clause's subject: the office speaks
    got = statements(
        "Responding to a question from Jo Roe, Chairman of the Senate Committee said the bill "
        "would pass."
    )
    assert [speaker for speaker, _, _ in got] != ["Jo Roe"]


def test_an_honorific_after_the_and_an_aside_before_the_verb_keep_the_speaker():
    # "Dr. the Honourable Timothy Hart, speaking at ..., said": the name is the speaker's
    for honorific in ("the Honourable", "Dr. the Honourable", "the Reverend"):
        got = statements(
            f"The Prime Minister, {honorific} Timothy Hart, speaking at his monthly press "
            "conference, said the team was united.\n\n“We have delivered,” Prime Minister "
            "Hart said."
        )
        assert [speaker for speaker, _, _ in got] == ["Timothy Hart", "Timothy Hart"], honorific
    # (the review's) not after a noun and "of": the supporters speak, not the Reverend
    got = statements(
        "Supporters of the Rev. Al Sharpton said the march would go ahead.\n\n“We will be "
        "there,” Sharpton said."
    )
    assert got[0][0] != "Al Sharpton"


def test_the_setting_of_a_report_is_not_what_was_said_even_without_that():
    got = statements("The company said in a statement the account was suspended.")
    assert got[0][2] == "the account was suspended"
    got = statements("Acme Corp said in a filing on Monday its profit rose 5 percent.")
    assert got[0][2] == "its profit rose 5 percent"


def test_a_description_in_the_lede_finds_the_person_named_with_that_title_after_it():
    got = statements(
        "The central bank can keep rates steady, its governor said on Monday. "
        "Governor Eli Ramos told reporters that inflation would ease."
    )
    assert got[0] == ("Eli Ramos", "indirect", "The central bank can keep rates steady")
    # a person with the title before the description is still the one it means
    got = statements(
        "Finance Minister Jane Roe spoke. The minister said taxes would rise. "
        "Trade Minister Anna Berg disagreed."
    )
    assert got[0][0] == "Jane Roe"


def test_a_participle_after_a_subordinate_clause_is_its_subjects_and_a_country_only_owns():
    got = statements(
        "Acme Corp posted a record profit on Thursday, minutes after President Jane Roe railed "
        "against the company, saying its executives had no sympathy for ordinary people."
    )
    assert got == [("Jane Roe", "indirect", "its executives had no sympathy for ordinary people")]
    got = statements("Brazil's Petrobras said its profit rose 5 percent in the quarter.")
    assert got[0][0] == "Petrobras"
    got = statements("The mayor called for calm, saying the protest must end now.")
    assert got[0][0] == "The mayor"


def test_a_figures_own_parenthesis_at_the_end_is_part_of_what_was_said():
    got = statements(
        "The minister said spending is projected at 226.7 billion cedis (21.6 percent of GDP)."
    )
    assert got[0][2] == "spending is projected at 226.7 billion cedis (21.6 percent of GDP)"
    # the writer's aside closing the sentence is not
    got = statements("She said the plan was dead in the water (which lets the rest off the hook).")
    assert got[0][2] == "the plan was dead in the water"


def test_a_description_is_not_the_holder_of_a_lower_office_with_the_same_words():
    got = statements(
        "Democratic vice presidential nominee Tim Roe spoke first. The Democratic presidential "
        "nominee said every child deserves a good school."
    )
    assert got[0][0] != "Tim Roe"


def test_a_document_speaks_for_the_owner_of_the_latest_document_named_before_it():
    got = statements(
        "Statistics Canada’s monthly labour force survey showed the country added 54,000 jobs. "
        "Some 70,000 of the new jobs were full-time, the report said."
    )
    assert [speaker for speaker, _, _ in got] == ["Statistics Canada", "Statistics Canada"]


def test_data_speak_for_the_organisation_described_as_the_statistics_agency():
    got = statements(
        "Brazil’s economy expanded by 1.2% in the first quarter, data showed on Tuesday. Farm "
        "output grew by 5.7% in the quarter, official statistics agency IBGE said."
    )
    assert [speaker for speaker, _, _ in got] == ["IBGE", "IBGE"]


def test_a_quote_signed_after_a_dash_is_the_signers():
    got = statements('"We are not a failed state at all." - Finance Minister Zainab Roe\n\nMore.')
    assert got == [("Zainab Roe", "direct", "We are not a failed state at all.")]
    got = statements("“The economy shed a million jobs.” — Risen Malu, Statistician-General")
    assert got == [("Risen Malu", "direct", "The economy shed a million jobs.")]
    # a dash inside running prose signs nothing
    assert statements('He watched "Gone with the Wind" - a very long film indeed.') == []


def test_a_headline_attribution_without_an_article_is_the_titled_persons():
    got = statements(
        "Nigeria is not a failed state, says finance minister\n\n"
        "Finance Minister Zainab Roe spoke to the BBC on Monday about the economy."
    )
    assert got == [("Zainab Roe", "indirect", "Nigeria is not a failed state")]
    # within a sentence, a bare plural stays what it is
    got = statements("Prices will rise next year, analysts said on Monday. Analyst Jo Hale spoke.")
    assert got[0][0] == "analysts"


OPENING = "The campaign went on.\n\n"


def test_a_quote_split_by_its_attribution_verb_first_is_one_speakers():
    got = statements(
        OPENING + '"The risk," said Edward Leamer, an economist at the university, '
        '"is that we are going to be attracting workers."'
    )
    assert got == [
        ("Edward Leamer", "direct", "The risk"),
        ("Edward Leamer", "direct", "is that we are going to be attracting workers."),
    ]


def test_parenthetical_attribution_after_an_opening_time_phrase_or_before_a_name():
    got = statements(
        OPENING + "Six months ago, the senator said, the media considered him a fringe candidate."
    )
    assert got == [("the senator", "indirect", "the media considered him a fringe candidate")]
    # (a place opening the sentence is part of what was said, as PolNeAR's annotators read it)
    got = statements(OPENING + "In Miami, Mr. Regalado said, Mr. Trump is seen as a bully.")
    assert got == [
        ("Regalado", "indirect", "In Miami, Mr. Regalado said, Mr. Trump is seen as a bully")
    ]
    # (an adverb may stand between the name and its verb)
    got = statements(OPENING + "Under the criticism, Mr. Regalado said, Mr. Trump still has fans.")
    assert got == [
        ("Regalado", "indirect", "Under the criticism, Mr. Regalado said, Mr. Trump still has fans")
    ]
    # a noun phrase after the verb is still the writer's aside on what was said
    got = statements(
        OPENING + "Output grew 5.7 percent, the agency said, its fastest pace in years."
    )
    assert got == [("the agency", "indirect", "Output grew 5.7 percent")]


def test_speakers_described_before_their_names_or_with_a_time_before_the_verb():
    got = statements(
        OPENING + "The Peruvian novelist Mario Vargas Llosa, one of the signatories, "
        "told an audience that the comments were intolerable."
    )
    assert got == [("Mario Vargas Llosa", "indirect", "the comments were intolerable")]
    got = statements(OPENING + "Billionaire entrepreneur Peter Thiel said he is proud of it.")
    assert got == [("Peter Thiel", "indirect", "he is proud of it")]
    got = statements(
        OPENING
        + "RNC spokesman Sean Spicer on Thursday evening said the party was not in a crisis."
    )
    assert got == [("Sean Spicer", "indirect", "the party was not in a crisis")]
    got = statements(
        OPENING + "Jeb Bush in a Medium post said he would put more judges on the bench."
    )
    assert got == [("Jeb Bush", "indirect", "he would put more judges on the bench")]
    # a word that opens sentences is no description: "Yesterday afternoon"
    assert statements(OPENING + "Yesterday afternoon Peter Thiel said he is proud of it.") == []


def test_an_adjective_in_ed_in_the_subject_of_what_was_said_does_not_end_it():
    got = statements(
        OPENING + "Samantha Phillips said the heat and unsettled weather could last all week."
    )
    assert got == [
        ("Samantha Phillips", "indirect", "the heat and unsettled weather could last all week")
    ]
    # the speaker's next act still ends it
    got = statements(OPENING + "Samantha Phillips said prices rose sharply and warned of more.")
    assert got == [("Samantha Phillips", "indirect", "prices rose sharply")]


def test_groups_asides_and_descriptions_around_the_speaker():
    assert statements(
        OPENING + "Again, those surveyed said Trump was best able to handle the issue."
    ) == [("those surveyed", "indirect", "Trump was best able to handle the issue")]
    assert statements(
        OPENING + "The campaign, for example, said she would support the nominee."
    ) == [("The campaign", "indirect", "she would support the nominee")]
    got = statements(
        OPENING
        + "Facebook created the tool to help in a crisis, a spokeswoman, Anna Richardson Smith, said."
    )
    assert got == [
        ("Anna Richardson Smith", "indirect", "Facebook created the tool to help in a crisis")
    ]
    got = statements(
        OPENING
        + "Paul Manafort said — on Twitter, as it happens — that Trump raised $4 million that day."
    )
    assert got == [("Paul Manafort", "indirect", "Trump raised $4 million that day")]
    got = statements(
        OPENING + "The former secretary of state said the U.S. needed a more robust plan."
    )
    assert got == [
        ("The former secretary of state", "indirect", "the U.S. needed a more robust plan")
    ]
    # "said Cruz's comments are ...": a possessive opens what was said, it is no inverted speaker
    got = statements(
        OPENING + "Chad Sweet, the campaign's chairman, said Cruz's comments are direct responses."
    )
    assert ("Cruz's", "indirect") not in [(s, k) for s, k, _ in got]


def test_telling_someone_that_after_a_comma_is_the_subjects_report():
    got = statements(
        OPENING + "Ryan endorsed Trump in early June, telling reporters in May that he was "
        "not quite there yet."
    )
    assert got == [("Ryan", "indirect", "he was not quite there yet")]
    got = statements(
        OPENING + "Trump hailed the vote, telling reporters during a visit to Scotland on "
        "Friday that he thinks the exit is a great thing."
    )
    assert got == [("Trump", "indirect", "he thinks the exit is a great thing")]
    # an infinitive's "to" still makes what was urged
    assert statements(OPENING + "The mayor told residents to stay home.") == [
        ("The mayor", "indirect", "residents to stay home")
    ]


def test_a_paragraph_signed_with_a_persons_name_and_title_is_their_words():
    got = statements(
        "Statistician-general Risen Malu has more on this.\n\n"
        "In the third quarter we had about 14 million people unemployed and that rose. "
        "Risen Malu, Statistician-general - Statistics SA\n\n"
        "Protesters marched in the capital on Monday. Risen Malu\n"
    )
    assert got == [
        (
            "Risen Malu",
            "direct",
            "In the third quarter we had about 14 million people unemployed and that rose.",
        )
    ]


def test_a_signed_paragraph_with_the_signers_own_verb_of_saying_is_still_theirs():
    got = statements(
        "Statistician-general Risen Malu has more on this.\n\n"
        "When we say unemployed we mean people who are looking for work. This rose by "
        "701,000 people. Risen Malu, Statistician-general - Statistics SA\n"
    )
    assert got == [
        (
            "Risen Malu",
            "direct",
            "When we say unemployed we mean people who are looking for work. This rose by "
            "701,000 people.",
        )
    ]
    # without the first person, the paragraph's own verb of saying stands
    got = statements(
        "Statistician-general Risen Malu has more on this.\n\n"
        "Officials said the count rose by 701,000 people in the quarter. "
        "Risen Malu, Statistician-general - Statistics SA\n"
    )
    assert [speaker for speaker, _, _ in got] == ["Officials"]


def test_a_possessive_name_can_open_what_a_participle_reports():
    got = statements(
        OPENING + "Other Republicans echoed those comments, saying Obama's strategy is inadequate."
    )
    assert got == [("Other Republicans", "indirect", "Obama's strategy is inadequate")]


def test_review_cases_of_the_new_speaker_and_content_rules():
    # two speakers between the parts of two quotes: the second part is not the first's
    got = statements(
        OPENING + '"We won," said Jane Roe, but her rival John Smith said, "we were robbed."'
    )
    assert ("Jane Roe", "direct", "we were robbed.") not in got
    # a clause opening with "This" is what was said, no time phrase
    got = statements(OPENING + "This plan is a disaster, he said, the party will vote against it.")
    assert got and got[0][2].startswith("This plan is a disaster")
    # a picture's credit signs no caption, and a paragraph's own attribution stands
    assert (
        statements(
            OPENING
            + "Firefighters battle the blaze in the hills near the town on Sunday afternoon. "
            "Anna Kowalski, AFP via Getty Images"
        )
        == []
    )
    got = statements(
        OPENING + "More than 200 people were detained overnight in the capital, police said. "
        "Anna Kowalski, AFP via Getty Images"
    )
    assert [s for s, _, _ in got] == ["police"]
    # a relative clause after the cue is the writer's aside
    got = statements(
        OPENING
        + "Prices rose 2.1% in March, the bureau said, a rate that was the highest since 2008."
    )
    assert got == [("the bureau", "indirect", "Prices rose 2.1% in March")]
    # a possessive noun phrase after a participle is no report
    assert (
        statements(OPENING + "He defended the plan, noting Obama's 2008 victory in the state.")
        == []
    )
    # "released few details": a verb of the speaker's, not an adjective
    got = statements(OPENING + "Police said little and released few details about the suspect.")
    assert not any("released" in text for _, _, text in got)
    # an appositive that names no role is part of what was said
    got = statements(OPENING + "Prices rose in Ohio, a key swing state, Jane Roe said.")
    assert got == [("Jane Roe", "indirect", "Prices rose in Ohio, a key swing state")]
    # a verb's form before a name is no description of the person
    got = statements(OPENING + "Lawyers representing Jane Roe said the charges were baseless.")
    assert "Jane Roe" not in [s for s, _, _ in got]


def test_an_abbreviation_inside_the_sentence_before_does_not_end_it():
    got = statements(
        "John Roe, chief executive of the studio that makes Mr. Moe's show, told me the deal "
        'was done.\n\nAs for the show, he said, "We are a content provider."'
    )
    assert [speaker for speaker, _, _ in got] == ["John Roe", "John Roe"]


def test_a_speaker_whose_name_ends_in_a_generational_suffix_is_found():
    got = statements("Vice President Joseph R. Biden Jr. said that taxes made him smart.")
    assert got == [("Joseph R. Biden Jr.", "indirect", "taxes made him smart")]


def test_the_central_bank_is_the_bank_named_in_another_language():
    got = statements(
        "Bangko Sentral ng Bayan (BSB) governor Eli Roma told legislators rates may fall.\n\n"
        "Inflation was likely within a 4 to 4.8 per cent range in July, the central bank said."
    )
    assert got[-1][0] == "Bangko Sentral ng Bayan"
    e = extract("Bangko Sentral ng Bayan (BSB) governor Eli Roma told legislators rates may fall.")
    (person,) = e.people
    (bank,) = e.institutions
    assert person.institution_id == bank.institution_id


def test_a_company_described_with_many_lowercase_words_is_the_company_named_before():
    got = statements(
        "Northwind Traders Corp reported a higher quarterly profit.\n\nThe global news and "
        "information company said on Wednesday that earnings per share were 46 cents."
    )
    assert [speaker for speaker, _, _ in got] == ["Northwind Traders Corp"] * 2


def test_a_letter_is_the_statement_of_the_person_who_wrote_it():
    got = statements(
        "President Jane Roe, in the letter dated 12 April, 2022, said the request was urgent.\n\n"
        'The letter reads in parts, "I forward herewith the Bill."'
    )
    assert [speaker for speaker, _, _ in got] == ["Jane Roe", "Jane Roe"]
    # a poll a person led in was not written by them
    got = statements(
        "Her lead over the nominee, John Moe, in a CBS News poll last month has gone.\n\n"
        "The poll showed voters split, the paper said."
    )
    assert "John Moe" not in [speaker for speaker, _, _ in got]


def test_a_statement_issued_by_the_person_named_in_the_phrase():
    got = statements(
        "Jack Poe issued a statement on Monday. Later, Acme Group President Jane Roe issued "
        "a statement saying the ruling was wrong."
    )
    assert ("Jane Roe", "indirect", "the ruling was wrong") in got


def test_every_participle_of_the_rule_file_reports_a_clause_after_a_comma():
    got = statements("Ms. Roe posted on Facebook, stating that unborn babies have no rights.")
    assert got == [("Roe", "indirect", "unborn babies have no rights")]
    got = statements("Jane Roe spoke on Monday, admitting the deal was late.")
    assert got == [("Jane Roe", "indirect", "the deal was late")]
    # before a noun phrase a participle reports nothing
    assert statements("The mayor spoke for an hour, recalling her first campaign.") == []


def test_another_speakers_report_after_as_ends_what_was_said():
    got = statements(
        "Bailey said there is still some way to go in efforts to drag inflation down as the "
        "central bank said policy is likely to remain restrictive."
    )
    assert [text for _, _, text in got] == [
        "there is still some way to go in efforts to drag inflation down",
        "policy is likely to remain restrictive",
    ]
    # an aside between commas goes on
    got = statements("Growth, as the minister said, is slowing, the bank said.")
    assert [text for _, _, text in got] == ["Growth, as the minister said, is slowing"]


def test_an_intention_expressed_is_reported():
    got = statements("Minister Jo Hale expressed his intention to take all possible measures.")
    assert got == [("Jo Hale", "indirect", "to take all possible measures")]


def test_a_participle_before_a_noun_phrase_reports_nothing_unless_it_takes_a_clause():
    assert statements("Apple unveiled its new iPhone, revealing a redesigned camera.") == []
    got = statements("Jane Roe spoke on Tuesday, confirming that the deal was late.")
    assert got == [("Jane Roe", "indirect", "the deal was late")]


def test_resolutions_that_name_another_body_or_no_issuer_stay_apart():
    # "the central bank" is the bank of the state named before, not a lender named since
    got = statements(
        "Banco Central do Rio cut rates. Banco Ferreira said profits rose. The central bank "
        "said inflation would ease."
    )
    assert got[-1][0] == "Banco Central do Rio"
    # a statement by the family of a person is not the person's
    got = statements(
        "The family of John Moe released a statement on Monday. The statement said he had been "
        "a loving father."
    )
    assert got[-1][0] != "John Moe"
    # "the chief executive of another company" is not the company named before
    got = statements(
        "Acme Corp said profits rose. The chief executive of another company said 200 roles would go."
    )
    assert got[-1][0] != "Acme Corp"
    # "just as the critics said it would": a comparison, no second statement
    got = statements("Jane Roe said the plan would fail just as the critics said it would.")
    assert got[0][2] == "the plan would fail just as the critics said it would"


def test_quote_marks_are_found_as_by_the_pattern_of_two_branches():
    """`MARK`, written to start with one character set, finds what `''|["'“”„«»‘’]` finds:
    two ASCII apostrophes together, one alone (a straight single mark), and each other mark."""
    import re

    from pipeline.extract.quotes import MARK

    two_branches = re.compile("''|[\"'“”„«»‘’]")
    text = "''Yes,'' he said. 'No' ''' '''' “a” „b“ «c» ‘d’ \"e\" it's x'' ''y"
    expected = [(m.span(), m.group()) for m in two_branches.finditer(text)]
    assert len(expected) >= 15
    assert [(m.span(), m.group()) for m in MARK.finditer(text)] == expected
    for end in range(len(text) + 1):  # a paragraph's end may cut two apostrophes apart
        assert [m.span() for m in MARK.finditer(text, 0, end)] == [
            m.span() for m in two_branches.finditer(text, 0, end)
        ]


def test_content_end_starts_with_one_character_set_and_finds_the_same():
    """`CONTENT_END`, each branch checking behind the semicolon, comma or space read first,
    finds at every position what the pattern of plain branches found."""
    import re

    from pipeline.extract.statements import CONTENT_END

    plain_branches = re.compile(
        r";|(?:,|(?<=,[\"”]))\s+(?:though|although|even as|whereas)\s"
        r"|(?:,|(?<=,[\"”]))\s+(?:adding|saying|noting|stressing|arguing|insisting)"
        r"(?:\s+that\b|\s*:|,?\s*[\"“«])"
        r"|(?:,|(?<=,[\"”]))\s+(?:citing|referring to|referencing|pointing to)\s"
        r"|,\s+and\s+(?:the|this|these|those)\s+[a-z]+\s+(?:is|are|was|were|has|have|had|will"
        r"|would)\b"
        r"|\s+\((?![^()]*\d)(?=[^()]*\)?\W*$)"
        r"|,\s+(?:\w+ly\s+)?(?:forcing|making|leaving|prompting|sending|causing|allowing|putting"
        r"|drawing|raising|sparking|triggering|giving)\s"
        r"|,\s+(?:\w+ly\s+)?(?:helped|driven|boosted|hurt|weighed down|dragged down|fuell?ed"
        r"|spurred|underpinned|buoyed|hampered|dampened)\s+by\s"
    )
    text = (
        'He said it was fine; of you,"  though she noted, adding that, saying: "no", citing '
        'costs,” even as, and the deal is done, sharply forcing, helped by  exports ,", whereas '
        "it (which lets it off). It (21.6 percent). Then , and these talks were over (aside)"
    )
    for start in range(len(text)):
        found = CONTENT_END.search(text, start)
        expected = plain_branches.search(text, start)
        assert (found and found.span()) == (expected and expected.span()), start
    assert len({m.span() for m in plain_branches.finditer(text)}) >= 8


def test_speaker_goes_on_starts_with_one_character_set_and_finds_the_same():
    """`SPEAKER_GOES_ON` read from a comma or a space ("[,\\s]" then what follows each), not from
    an optional comma: at every position it finds what ",?\\s+(?:and|but)..." found."""
    import re

    from pipeline.extract.statements import SPEAKER_GOES_ON

    former = re.compile(
        SPEAKER_GOES_ON.pattern.replace(r"[,\s](?:(?<=,)\s+|(?<=\s)\s*)", r",?\s+", 1)
    )
    assert former.pattern.startswith(r",?\s+(?:and|but)")
    text = (
        "He won, and he also said so;  but she vowed to go,and they added it, \n and then urged "
        "calm ,, but refused, and walked to the door, but declined, and insists on it. and said"
    )
    for start in range(len(text)):
        found = SPEAKER_GOES_ON.search(text, start)
        expected = former.search(text, start)
        assert (found and found.span()) == (expected and expected.span()), start
    assert len({m.span() for m in former.finditer(text)}) >= 5


def test_closing_appositive_starts_with_its_capital_and_finds_the_same():
    """`\\b[A-Z]` written as `[A-Z](?<!\\w[A-Z])` in CLOSING_APPOSITIVE: at every position it finds
    what the pattern with `\\b` first found."""
    import re

    from pipeline.extract.statements import CLOSING_APPOSITIVE

    former = re.compile(CLOSING_APPOSITIVE.pattern.replace(r"[A-Z](?<!\w[A-Z])", r"\b[A-Z]", 1))
    assert former.pattern.startswith(r"\b[A-Z]")
    text = (
        "He did not support Mr. Trump, the presumed favorite. xTrump, the rival. _Ann, a friend. "
        "9Bob, an aide. O'Neil, the senator is here. Jo, a, b. Acme-Co, an old firm!"
    )
    for start in range(len(text)):
        for end in (len(text), text.find(".", start) + 1 or len(text)):
            found = CLOSING_APPOSITIVE.search(text, start, end)
            expected = former.search(text, start, end)
            assert (found and found.span()) == (expected and expected.span()), (start, end)
    assert former.search(text) is not None


def test_description_with_the_company_resolves_to_its_officer():
    found = statements(
        "Quillon CEO Mara Tessaro presented the results.\n\n"
        "The Quillon CEO said the focus on customers helped the company grow."
    )
    assert found[-1][0] == "Mara Tessaro"


def test_headline_title_speaker_resolves_to_the_person_titled_later():
    found = statements(
        "Deficit will fall, says Finance Minister\n\n"
        "PARIS - The deficit will fall below three percent, Finance Minister Jean Morel said.\n"
    )
    assert found[0][0] == "Jean Morel"


def test_relative_clause_without_commas_between_speaker_and_verb():
    found = statements(
        "Bakery owner Tom Reyes opened a second shop.\n\n"
        "Reyes who has run the business since March 2019 said that sales were growing.\n\n"
        '"We stay here," a police official who requested anonymity told reporters.'
    )
    assert ("Tom Reyes", "indirect", "sales were growing") in found
    assert ("a police official", "direct", "We stay here") in found


def test_coordinated_verb_after_said_that_goes_to_the_first_subject():
    found = statements(
        "High court judge Sir Alan Wray allowed the challenge.\n\n"
        "The judge said that individuals had described their hardship and asked: "
        '"What interest is served by this?"'
    )
    assert [speaker for speaker, _, _ in found] == ["Alan Wray", "Alan Wray"]


def test_pronoun_after_a_quote_skips_people_named_inside_it():
    found = statements(
        "Police chief Omar Haddad said officers were at the house.\n\n"
        '"Malik Zaid said someone tried to harm him. We are protecting him," he said.\n'
        "Malik Zaid is the opposition leader."
    )
    assert found[1][0] == "Omar Haddad"


def test_participle_opening_without_a_comma_keeps_the_named_subject():
    found = statements(
        "Minister Rakesh Varma spoke in the House.\n\n"
        "Giving the state-wise figures since inception Shri Varma said that the ministry "
        "publicised the scholarship schemes widely."
    )
    assert found == [
        ("Rakesh Varma", "indirect", "the ministry publicised the scholarship schemes widely")
    ]
    # a title's adjective is no participle: "Ranking Democrat Jo Roe is waiting ..., an aide said"
    aide = statements(
        "Ranking Democrat Jo Roe is waiting for agencies to review transcripts with adviser "
        "Ann Lee before releasing them, an aide said Thursday."
    )
    assert [speaker for speaker, _, _ in aide] == ["an aide"]


def test_headline_speaker_before_its_verb_resolves_to_the_person_titled_later():
    found = statements(
        "Deficit seen at 11% this year, minister says\n\n"
        "PARIS - France will run a deficit of 11% this year, Budget Minister Jean Morel said.\n"
    )
    assert found[0][0] == "Jean Morel"


def test_an_office_before_the_speakers_name_is_no_content():
    found = statements(
        "The Inspector-General of Police, Kayo Ade, said it. The economy will grow, the "
        "Minister of Finance, Jo Lane, said."
    )
    assert found == [("Jo Lane", "indirect", "The economy will grow")]


def test_an_inverted_verb_of_saying_before_a_colon_is_no_speaker_label():
    found = statements(
        "Mayor Roger Vale spoke at length.\n\n"
        "Continued Vale: “So I think it is a very real problem.”\n\n"
        "Explained the minister, “We cut taxes.”"
    )
    assert [(speaker, text) for speaker, _, text in found] == [
        ("Roger Vale", "So I think it is a very real problem."),
        ("the minister", "We cut taxes."),
    ]


def test_an_opening_adverb_is_no_speaker_and_the_subject_after_it_is():
    found = statements(
        "Ann Roe spoke first.\n\n"
        "Likewise, Ann Roe went after the mayor for his record and called for him to resign."
    )
    assert [speaker for speaker, _, _ in found] == ["Ann Roe"]


def test_maintained_reports_speech_only_before_a_clause():
    assert statements("The Central Bank of Norland maintained its current pace of purchases.") == []
    assert statements("The Central Bank of Norland maintained that inflation was easing.") == [
        ("Central Bank of Norland", "indirect", "inflation was easing")
    ]


def test_an_organisation_in_another_language_with_its_acronym_before_a_title_and_name():
    found = statements(
        "Risks have shifted to the downside and expectations are well anchored, Banco Sentral "
        "ng Norland (BSN) governor Ana Cruz told legislators at a budget hearing."
    )
    assert found == [
        (
            "Ana Cruz",
            "indirect",
            "Risks have shifted to the downside and expectations are well anchored",
        )
    ]


def test_told_with_a_plural_object_then_what_was_said():
    assert statements("Jane Roe told foreign investors the economy was strong.") == [
        ("Jane Roe", "indirect", "the economy was strong")
    ]


def test_inverted_said_an_organisation_then_its_officers_title_and_name():
    found = statements(
        '"This is no accident," said Oxfam International interim Executive Director Ana '
        'Cruz.\n\n"We agree," said the European Union, which will ask Jo Lane to stay.'
    )
    assert [speaker for speaker, _, _ in found] == ["Ana Cruz", "European Union"]


def test_a_place_after_an_opening_preposition_is_no_appositive_subject():
    found = statements(
        "Ana Cruz clashed with Congress. From Norway, the libertarian assured that the "
        "deputies had turned their backs on voters."
    )
    # (not Norway: the description, which takes up the person named before)
    assert [speaker for speaker, _, _ in found] == ["Ana Cruz"]


def test_a_short_single_quoted_term_closes_before_the_words_after_it():
    found = statements(
        "Exports Minister Jo Lane praised the UK’s ‘world-class’ exporters as new data from "
        "the Office for National Statistics shows UK exports performed better than thought."
    )
    assert found == [
        (
            "Office for National Statistics",
            "indirect",
            "UK exports performed better than thought",
        )
    ]


def test_a_bracketed_note_after_a_headline_report_is_no_part_of_it():
    found = statements(
        "Minister hails exporters as new data from the Office for National Statistics shows "
        "UK businesses reach record highs [September 2023]\n\nThe minister spoke on Friday."
    )
    assert found[0][2] == "UK businesses reach record highs"


def test_a_conjunction_before_a_speakers_noun_is_no_part_of_it():
    found = statements(
        "Inflation has fallen, and recent data suggests prices eased more than expected."
    )
    assert [speaker for speaker, _, _ in found] == ["recent data"]


def test_a_signed_paragraph_with_a_verb_of_saying_keeps_its_own_attribution():
    found = statements(
        "Protesters marched past riot police in the centre on Monday, police said. Jo Roe, "
        "chief economist - Absa\n\n"
        "Prices will rise next year and wages will lag behind. Ann Lee, BBC correspondent\n\n"
        "Chief economist Jo Roe and correspondent Ann Lee spoke later."
    )
    # the police speak in the first; a reporter's sign-off is no speaker's
    assert [speaker for speaker, _, _ in found] == ["police"]


def test_but_someone_did_not_say_ends_what_was_said():
    found = statements(
        "Jane Roe said the army stopped the practice, but Roe did not say when.\n\n"
        "She said prices rose, but wages did not keep up with them."
    )
    assert [text for _, _, text in found] == [
        "the army stopped the practice",
        "prices rose, but wages did not keep up with them",
    ]


def test_a_ledes_first_word_in_capitals_is_no_speaker_but_an_acronym_is():
    lede = statements(
        "CENTRAL banks in Norland and Sudland held their rates steady on Thursday, and pledged "
        "to keep policy loose as their economies struggle. The central banks meet again soon."
    )
    assert lede == []
    acronym = statements("NASA scientists found water on Monday and said the result was clear.")
    assert [speaker for speaker, _, _ in acronym] == ["NASA"]


def test_a_signed_paragraphs_statement_has_its_signature_as_cue_and_passes_the_tables():
    from pipeline.extraction_check import extraction_problems

    e = extract(
        "Prices will rise next year and wages will lag behind. Jo Hale, chief economist\n\n"
        "Statistician-general Jo Hale spoke on Monday."
    )
    assert [(s.speaker, s.cue) for s in e.statements] == [("Jo Hale", "Jo Hale, chief economist")]
    assert extraction_problems(e) == []


def test_told_a_pronoun_or_a_plural_then_a_plural_subject():
    assert statements("Jane Roe told him officers had acted lawfully.")[0][2] == (
        "officers had acted lawfully"
    )
    assert statements("Jane Roe told lawmakers sanctions would stay in place.")[0][2] == (
        "sanctions would stay in place"
    )


def test_words_ending_in_a_title_before_the_speaker_are_content_without_a_determiner():
    assert statements("We back the president, Jo Roe said.") == [
        ("Jo Roe", "indirect", "We back the president")
    ]


def test_a_single_quote_that_goes_on_in_the_next_paragraph_is_not_cut_at_an_apostrophe():
    found = statements(
        "Jo Roe, the chair, said: ‘The workers’ pay must rise this year and we are clear on "
        "that.\\n\\n‘Nobody should be left behind,’ she said."
    )
    assert found[0][2].startswith("The workers’ pay must rise")


def test_according_to_after_a_speaker_who_said_it_is_part_of_what_was_said():
    got = statements(
        "Governor Tomas Reyes said the damage was light, according to initial reports, and "
        "the disaster agency had sent tents."
    )
    assert [(s, k) for s, k, _ in got] == [("Tomas Reyes", "indirect")]
    assert got[0][2].startswith("the damage was light, according to initial reports")
    # no verb of saying before: the source named after "according to" speaks for the sentence
    got = statements(
        "Senator Ana Ruiz urged a quick vote on the bill, according to a party lawmaker."
    )
    assert ("a party lawmaker", "indirect") in [(s, k) for s, k, _ in got]


def test_reports_after_a_preposition_is_a_noun_not_a_verb_of_saying():
    got = statements(
        "Governor Tomas Reyes said there was no loss, according to initial reports and "
        "offered condolences to the families."
    )
    assert [s for s, _, _ in got] == ["Tomas Reyes"]


def test_a_description_after_the_verb_closing_a_quote_is_the_speaker():
    text = (
        "Manager Anna Berg watched her side lose again.\n\n"
        '"We regret the chances that we missed," lamented the coach.\n\n'
        '"It counts," said the 45-year-old.'
    )
    assert statements(text)[-2:] == [
        ("Anna Berg", "direct", "We regret the chances that we missed"),
        ("Anna Berg", "direct", "It counts"),
    ]
    # a description no one named before stays unresolved, never a guess; nor one the text
    # says is someone else, not named
    got = statements('"We lost," said the farmer, who asked not to be named.')
    assert got == [("the farmer", "direct", "We lost")]
    got = statements(
        text + '\n\n"We were scared," said the woman, who spoke on condition of anonymity.'
    )
    assert got[-1] == ("the woman", "direct", "We were scared")


def test_a_description_after_a_verb_is_no_speaker_where_the_quote_is_the_subject():
    got = statements(INTRO + "Ms. Doe claimed “fiscal discipline” explains the surplus.")
    assert [(s, k) for s, k, _ in got] == [("Jane Doe", "indirect")]
    # nor the source after "according to", which names a document, not a person
    got = statements(
        "Ana Ruiz spoke on Monday. In Ohio she is ahead by four points, according to the "
        "polling average."
    )
    assert ("Ana Ruiz", "indirect") not in [(s, k) for s, k, _ in got]


def test_titles_of_four_words_after_the_verb_lead_to_the_name():
    got = statements(
        "Five buildings were destroyed, said Environment and Urbanization Minister Jo Tanaka."
    )
    assert got == [("Jo Tanaka", "indirect", "Five buildings were destroyed")]


def test_a_description_mixing_capitals_and_lowercase_words_opens_the_clause():
    got = statements(
        "Voyage co-leader NIWA marine biologist Sadie Brook said the trench was full of life."
    )
    assert got == [("Sadie Brook", "indirect", "the trench was full of life")]


def test_an_office_of_a_body_before_the_name_is_the_speakers_title():
    text = (
        "Chairman of the Harbour Canal Authority Omar Nasser asserted that traffic rose by "
        "a fifth in 2022.\n\n"
        "Revenue will reach a record, added Nasser during the session.\n\n"
        "The Governor of the Central Bank of Kenya Peter Njoroge said rates would hold."
    )
    assert [s for s, _, _ in statements(text)] == ["Omar Nasser", "Omar Nasser", "Peter Njoroge"]


def test_the_office_of_a_named_body_is_the_person_holding_it():
    text = (
        "Election Commission Chairman Ravi Perera said the count was fair.\n\n"
        "Meanwhile, the Chairman of the Election Commission said the polls had closed on time.\n\n"
        "The Chairman of the Election Commission said the count would end on Monday."
    )
    assert [s for s, _, _ in statements(text)] == ["Ravi Perera"] * 3


def test_the_writers_setting_after_what_was_said_is_no_part_of_it():
    got = statements(
        "Agriculture minister Jo Made told parliament that farmers had delivered 35,000 tonnes, "
        "amid signs that the harvest will last three months.\n\n"
        "Jo Diallo alleged that police had tried to assassinate him -- a claim police deny.\n\n"
        'Ana Ruiz acknowledged it was "very complicated stuff," as she departed for Florida.\n\n'
        "Troy Reyes said he was taking his case to voters on Tuesday, while the Marshall "
        "campaign called the lawsuit a stunt."
    )
    assert [t for _, _, t in got] == [
        "farmers had delivered 35,000 tonnes",
        "police had tried to assassinate him",
        'it was "very complicated stuff,"',
        "he was taking his case to voters on Tuesday",
    ]


def test_a_statement_reported_inside_anothers_words_is_a_statement_too():
    got = statements(
        "Election chief Jo Perera said he appreciated the comments by Prime Minister Ravi "
        "Silva who said the election was held in a seamless manner."
    )
    assert got == [
        (
            "Jo Perera",
            "indirect",
            "he appreciated the comments by Prime Minister Ravi Silva who said the election "
            "was held in a seamless manner",
        ),
        ("Ravi Silva", "indirect", "the election was held in a seamless manner"),
    ]
    # not a paraphrase of the speaker's own words ("which he said had harmed ..."), nor a
    # group the text does not name
    got = statements(
        "Jo Perera cited the policies of the last government, which he said had harmed the "
        "economy, and some critics say the budget is too small."
    )
    assert [s for s, _, _ in got] == ["Jo Perera"]


def test_a_definite_description_of_a_person_takes_up_the_person_in_focus():
    text = (
        "President Javier Milei spoke in Congress on Friday about the budget.\n\n"
        "Lawmakers rejected it, and the libertarian said they had turned their backs on voters."
    )
    assert statements(text)[-1] == (
        "Javier Milei",
        "indirect",
        "they had turned their backs on voters",
    )
    # a description of a thing does not ("the magazine", "the order"), nor one of a role
    # someone unnamed holds
    text = (
        "President Javier Milei spoke on Friday. Later the order said the sale was halted. "
        "A senior official said talks went well, and the official said they would resume."
    )
    assert "Javier Milei" not in [s for s, _, _ in statements(text)][1:]


def test_naming_words_are_read_from_the_end_as_the_pattern_finds_them():
    import random

    from pipeline.extract.statements import NAMING_WORDS, _names_a_term

    pieces = ["called", " ", ",", "\t", "\n", "known as", "Known  as", "so-called", "x", "reads"]
    pieces += ["label", "labelled", "words", "KNOWN AS", ".", "\u00a0", "titled", "entitled"]
    rng = random.Random(3)
    for _ in range(20000):
        before = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))[-40:]
        assert _names_a_term(before) == (NAMING_WORDS.search(before) is not None), repr(before)


def test_a_noun_of_saying_with_its_owner_reports_what_follows_that():
    # the owner named before the noun, a description of someone named, a pronoun, or "from"
    got = statements("The judge rejected Lord Roe's assertion that the rules were fair to all.")
    assert got == [("Roe", "indirect", "the rules were fair to all")]
    got = statements(
        "The Ministry of Finance issued a report on Monday. "
        "Critics rejected the ministry's claim that the economy was growing."
    )
    assert got == [("Ministry of Finance", "indirect", "the economy was growing")]
    got = statements("Anna Berg spoke on Monday. Voters doubted her promise that taxes would fall.")
    assert got == [("Anna Berg", "indirect", "taxes would fall")]
    got = statements("Markets ignored warnings from economists that the recovery may stall.")
    assert got == [("economists", "indirect", "the recovery may stall")]


def test_a_noun_of_saying_without_a_report_or_an_owner_gives_no_statement():
    # a relative clause, no owner, a pronoun for a thing, the noun phrase as the subject
    for text in (
        "Anna Berg spoke on Monday. The claim that was made by her lawyer was false.",
        "The minister refuted the allegations that the city was ignored in the budget.",
        "The Acme Corp report was ridiculed for its prediction that prices would double.",
        "Anna Berg spoke. The claim by Anna Berg that prices rose was rejected by all.",
    ):
        assert statements(text) == [], text


def test_a_clause_ending_in_a_colon_gives_the_quote_to_its_subject():
    got = statements(
        "Mrs Justice Lang ruled for the claimants on Monday. "
        'The judge held: "Parliament cannot legislate this way for the past."'
    )
    assert got == [("Lang", "direct", "Parliament cannot legislate this way for the past.")]
    got = statements('Anna Berg was angry. She put it bluntly: "This is a disaster for the town."')
    assert got == [("Anna Berg", "direct", "This is a disaster for the town.")]


def test_a_colon_after_a_label_a_caption_or_a_thing_gives_no_speaker_from_it():
    for text in (
        'The sign outside the town hall read: "Closed until further notice for all visitors."',
        'Anna Berg and Jo Lee: "We will win this election in the end, whatever it takes."',
        'CBS moderator Anna Berg: "What does that have to do with the donations you took?"',
    ):
        assert all(
            speaker not in ("CBS", "Anna Berg and Jo Lee") for speaker, _, _ in statements(text)
        ), text
        assert not [s for s in statements(text) if s[0] == "The sign"], text


def test_verbs_of_telling_put_the_one_told_before_what_was_said():
    expected = "they can change the history of the country"
    for text in (
        "Anna Berg assured supporters they can change the history of the country.",
        "Anna Berg assured supporters that they can change the history of the country.",
        "Anna Berg reminded her voters that they can change the history of the country.",
    ):
        assert statements(text) == [("Anna Berg", "indirect", expected)], text
    # the one warned not to do something stays in the content, as after "urged"
    got = statements("Anna Berg cautioned residents not to go into damaged buildings.")
    assert got == [("Anna Berg", "indirect", "residents not to go into damaged buildings")]
    # a noun then its verb is what was said: "investors" is no one warned
    got = statements("Anna Berg warned investors were exposed to risks in the bond market.")
    assert got == [("Anna Berg", "indirect", "investors were exposed to risks in the bond market")]


def test_a_person_of_a_body_speaks_not_the_body():
    got = statements("Jane Roe of Acme Corp said sales were weak this year.")
    assert got == [("Jane Roe", "indirect", "sales were weak this year")]
    got = statements(
        "Audun Maråk of the vessel owners' federation said quotas were too low this year."
    )
    assert got == [("Audun Maråk", "indirect", "quotas were too low this year")]
    # a body's name with "of" in it is still the body; a group of people stays unresolved
    got = statements("The Bank of America Corp said profits rose this year.")
    assert got == [("Bank of America Corp", "indirect", "profits rose this year")]
    got = statements("Officials of the ministry said sales were weak this year.")
    assert got == [("Officials of the ministry", "indirect", "sales were weak this year")]


def test_a_description_names_a_title_holder_by_an_office_word_only():
    # "the campaign" is no "campaign chairman": the office word is "chairman"
    got = statements(
        "The state's campaign chairman, Phil Lovas, spoke on Monday.\n\n"
        "The campaign says the ad will air nationally this autumn."
    )
    assert got[-1][0] != "Phil Lovas", got
    got = statements(
        "The state's campaign chairman, Phil Lovas, spoke on Monday.\n\n"
        "The chairman says the ad will air nationally this autumn."
    )
    assert got[-1][0] == "Phil Lovas", got


def test_a_participles_clause_after_the_attribution_is_the_writers():
    got = statements(
        "Exports rose 7 percent in February, the ministry said on Monday, beating forecasts."
    )
    assert got == [("the ministry", "indirect", "Exports rose 7 percent in February")]
    # a gerund with its own verb after it is still what was said
    got = statements(
        "Though the transition was seamless, he said, replacing the leader would be much harder."
    )
    assert got[0][2].endswith("replacing the leader would be much harder"), got


def test_data_whose_modifier_names_an_unnamed_issuer_are_no_other_bodys():
    text = (
        "China's exports rose 7 percent in February from a year earlier, customs data showed "
        "on Monday.\n\nSeparately, the National Bureau of Statistics said factory activity grew."
    )
    assert statements(text)[0][0] == "customs data"
    # "government data" may be the statistics office's the article names
    text = text.replace("customs data", "government data")
    assert statements(text)[0][0] == "National Bureau of Statistics"


def test_an_organisation_before_a_speakers_title_after_a_quote():
    got = statements(
        '"This is an important step," IMF mission chief Haimanot Teferra said in a statement.'
    )
    assert got == [("Haimanot Teferra", "direct", "This is an important step")]


def test_a_lowercase_title_after_a_capitalized_word_opens_the_subject():
    got = statements(
        'Opposition leader Raila Odinga called the bill "punitive" and vowed to challenge it.'
    )
    # (the word he put on the bill is his own statement: see the test of characterisations)
    assert got == [
        ("Raila Odinga", "direct", '"punitive"'),
        ("Raila Odinga", "indirect", "to challenge it"),
    ]


def test_told_someone_then_a_clause_with_to_inside_is_no_order():
    got = statements(
        "Finance Minister John Mbadi told MPs the measures were needed to cut the deficit."
    )
    assert got == [("John Mbadi", "indirect", "the measures were needed to cut the deficit")]
    got = statements("The minister told the company not to raise prices this year.")
    assert got[0][2] == "the company not to raise prices this year"


def test_people_named_by_who_they_are_speak_for_themselves():
    got = statements(
        "Residents of the town told reporters they feared the new rules.\n\n"
        '"We have nowhere else to go," said one woman, who asked not to be named.'
    )
    assert got[-1] == ("one woman", "direct", "We have nowhere else to go")
    got = statements('"Business is poor," one shop owner said on Monday.')
    assert got == [("one shop owner", "direct", "Business is poor")]


def test_a_description_and_a_name_between_commas_after_a_quote_is_its_speaker():
    got = statements(
        '"We are cautiously optimistic," the bank\'s chief economist, Ana Ruiz, said in an '
        "interview."
    )
    assert got == [("Ana Ruiz", "direct", "We are cautiously optimistic")]


def test_a_verb_after_an_owner_a_written_slogan_and_a_participle_after_the_one_warned():
    # a verb of a noun's owner's description is no noun of saying
    got = statements("Meanwhile, Jane Roe's husband claims that the vote was rigged by officials.")
    assert all(speaker != "Jane Roe" for speaker, _, _ in got), got
    # a slogan printed after a colon is written, not said
    got = statements(
        'Acme Corp opened a shop. The company printed the slogan: "Make it great now and forever."'
    )
    assert got == [], got
    # a participle after the one warned goes on describing them
    got = statements("The IMF warned governments facing debt crises must act now to cut spending.")
    assert got[0][2].startswith("governments facing"), got


def test_a_colon_introduced_block_goes_on_while_its_paragraphs_speak_in_the_first_person():
    text = (
        "Exports rose to a record last year.\n\n"
        "Trade Minister Lena Park said:\n\n"
        "This is fantastic news for our exporters and for the whole country.\n\n"
        "We want to see even more businesses exporting, so we can hit our target by 2030.\n\n"
        "The figures were published on Friday by the statistics office."
    )
    got = statements(text)
    assert [(s, k) for s, k, _ in got] == [("Lena Park", "direct")] * 2
    assert got[1][2].startswith("We want to see")


def test_a_participle_after_a_comma_and_an_adverb_ends_the_content_and_speaks_on():
    got = statements(
        'Dana Hale denied she had said "lazy voters", instead insisting she had said "busy '
        'voters", referring to commuters.'
    )
    assert got == [
        ("Dana Hale", "indirect", 'she had said "lazy voters"'),
        ("Dana Hale", "indirect", 'she had said "busy voters"'),
    ]


def test_straight_single_marks_quote_as_british_copy_types_them():
    text = (
        "Prime Minister Sarah Collins spoke in London. 'We will not back down,' she said. "
        "'This is about fairness.'\n\n"
        "Jan de Vries said the workers' union, 't Hooft and rock 'n' roll fans of the '90s "
        "agreed with the plan."
    )
    got = statements(text)
    assert got[:2] == [
        ("Sarah Collins", "direct", "We will not back down"),
        ("Sarah Collins", "direct", "This is about fairness."),
    ]
    # elisions, plurals and decades open no quote
    assert got[2] == (
        "Jan de Vries",
        "indirect",
        "the workers' union, 't Hooft and rock 'n' roll fans of the '90s agreed with the plan",
    )


def test_a_short_quote_in_straight_single_marks_alone_on_its_line_is_a_subhead():
    text = (
        '"Prices will keep rising for a while," Ms. Grant said.\n\n'
        "'All Bets Are Off.'\n\n"
        "Eight years ago, the plan looked very different."
    )
    assert [t for _, _, t in statements(text)] == ["Prices will keep rising for a while"]


def test_a_question_in_two_apostrophes_is_attributed_by_the_next_sentence():
    text = (
        "He said the firm could force rivals to spend money.\n\n"
        "''Can we win Ohio?'' Mr. Lane asked. ''I don't know. But we can make them spend.''"
    )
    assert [(s, t) for s, _, t in statements(text)][1:] == [
        ("Lane", "Can we win Ohio?"),
        ("Lane", "I don't know. But we can make them spend."),
    ]


def test_a_document_by_an_organisation_speaks_as_it_and_the_report_goes_to_its_issuer():
    text = (
        "The Fund for Global Growth published its Annual Economic Outlook report on Tuesday. "
        "The report said growth would slow to 2.9 percent.\n\n"
        "A report by Rights Monitor International said the police used excessive force."
    )
    assert [(s, t) for s, _, t in statements(text)] == [
        ("Fund for Global Growth", "growth would slow to 2.9 percent"),
        ("Rights Monitor International", "the police used excessive force"),
    ]


def test_a_sentence_that_opens_with_a_document_names_its_issuer_after_the_comma():
    text = (
        "In a statement on Monday, the Ministry of Health said the outbreak was contained. "
        "The statement added that 24 people had died.\n\n"
        "In a judgment delivered on Thursday, the Kerrow High Court said the order was unlawful. "
        "The judgment accuses the government of acting in bad faith."
    )
    assert [(s, t) for s, _, t in statements(text)] == [
        ("Ministry of Health", "the outbreak was contained"),
        ("Ministry of Health", "24 people had died"),
        ("Kerrow High Court", "the order was unlawful"),
        ("Kerrow High Court", "the government of acting in bad faith"),
    ]
    # the subject after the comma must say it: "In the poll, Jane Roe's support rose" does not
    got = extract(
        "In the poll, Jane Roe's support has risen. The poll also showed that Roe leads among women."
    )
    assert [(s.speaker, s.speaker_type) for s in got.statements] == [("poll", "document")]


def test_a_headline_then_a_colon_and_a_name_the_article_gives_is_that_persons():
    text = (
        "'Economy will recover by next year': Ravi Menon\n\n"
        "NEW DELHI - Finance Minister Ravi Menon said on Monday the economy would recover.\n\n"
        "Live updates from the flooded districts: Assam"
    )
    got = statements(text)
    assert got[0] == ("Ravi Menon", "indirect", "Economy will recover by next year")
    assert len(got) == 2  # ("Assam": no person or organisation of the article)


def test_what_was_said_in_an_opening_clause_of_time_or_cause_ends_at_its_comma():
    got = statements(
        "After the minister said the plan would cost 5 billion dollars, shares fell.\n\n"
        "Because the ministry said the plan was legal, the court dismissed the case.\n\n"
        'While she said the talks were "very close, almost done", the deal fell apart.'
    )
    assert [t for _, _, t in got] == [
        "the plan would cost 5 billion dollars",
        "the plan was legal",
        'the talks were "very close, almost done"',
    ]


def test_an_elision_opens_no_quote_that_would_swallow_the_paragraph():
    got = statements(
        "Fans sang 'til dawn on Saturday. Jane Roe, the organiser, said the crowd was "
        'peaceful.\n\nLet \'em talk, the coach said on Monday. "We are ready for Sunday," '
        "Jane Roe said."
    )
    assert ("Jane Roe", "indirect", "the crowd was peaceful") in got
    assert ("Jane Roe", "direct", "We are ready for Sunday") in got


def test_an_opening_clause_ends_the_words_only_when_the_verb_is_inside_it():
    got = statements(
        "When asked about the plan, Smith said the costs, which rose last year, would fall.\n\n"
        "When the minister said taxes, rents and fees would rise, shares fell.\n\n"
        "If elected, she said she would cut taxes, raise wages and build homes."
    )
    assert [t for _, _, t in got] == [
        "the costs, which rose last year, would fall",
        "taxes, rents and fees would rise",
        "she would cut taxes, raise wages and build homes",
    ]


def test_a_person_in_apposition_inside_a_relative_clause_is_not_the_speaker():
    got = statements(
        "President Jo Mahama, who was swearing in the bank's new governor, Henry Kofi Wampah,"
        " urged the bank to reduce interest rates."
    )
    assert got == [("Jo Mahama", "indirect", "the bank to reduce interest rates")]
    # ("whose deputy, John Lee, said": the deputy speaks)
    got = statements(
        "Jo Roe, whose deputy, John Lee, said the plan would fail, resigned on Monday."
    )
    assert [speaker for speaker, _, _ in got] == ["John Lee"]
    # (a relative clause closed before the main verb: the appositive speaks)
    got = statements("Mr. Smith, who was arrested in May, is innocent, his lawyer, John Lee, said.")
    assert got == [("John Lee", "indirect", "Mr. Smith, who was arrested in May, is innocent")]
    # (the appositive subject itself, with no relative clause before it, speaks)
    got = statements("The bank's new governor, Henry Kofi Wampah, said rates would fall.")
    assert got == [("Henry Kofi Wampah", "indirect", "rates would fall")]


def test_a_sources_appositives_are_not_what_it_says():
    got = statements(
        "According to John Smith, CEO of Acme, sales rose by 5 percent in the quarter.\n\n"
        "According to Jane Roe, Managing Director, JSE, “These results are due to the staff.”"
    )
    assert [t for _, _, t in got] == [
        "sales rose by 5 percent in the quarter",
        "These results are due to the staff.",  # (a quote: the words inside its marks)
    ]
    # (a description with no title, a clause or a list is what the source says)
    got = statements(
        "According to Smith, a deal emerged in talks, and prices fell.\n\n"
        "According to the minister, directors, managers and staff got raises this year."
    )
    assert [t for _, _, t in got] == [
        "a deal emerged in talks, and prices fell",
        "directors, managers and staff got raises this year",
    ]


def test_the_speakers_word_for_what_they_said_ends_it():
    got = statements(
        "According to Cllr. Sheriff, the men were held for eight years without trial, something"
        ' he described as a "gross violation of their rights".\n\n'
        "Jo Roe said the plan had failed the poor, something she called a disgrace."
    )
    assert got == [
        ("Sheriff", "indirect", "the men were held for eight years without trial"),
        ("Sheriff", "direct", '"gross violation of their rights"'),
        ("Jo Roe", "indirect", "the plan had failed the poor"),
    ]


def test_an_honorific_written_with_a_period_before_the_speaker():
    # "Cllr." (a councillor, or a counsellor at law in Liberia), "Supt.", "Amb.": the sentence
    # goes on after the period, and the name after it speaks
    got = statements(
        "Cllr. Jane Smith said the budget was balanced.\n\n"
        "Supt. John Mwangi said the suspects were arrested on Monday.\n\n"
        "The talks went well, said Amb. Mary Achieng."
    )
    assert [speaker for speaker, _, _ in got] == ["Jane Smith", "John Mwangi", "Mary Achieng"]


def test_the_semicolons_of_a_list_do_not_end_what_was_said():
    got = statements(
        "The minister said the new parks would be Prey Long in Kratie province; Kravanh in"
        " Pursat province; and Veunsai in Ratanakkiri province.\n\n"
        "The minister said the plan would work; critics disagreed with the figures."
    )
    assert [t for _, _, t in got] == [
        "the new parks would be Prey Long in Kratie province; Kravanh in Pursat province; and"
        " Veunsai in Ratanakkiri province",
        "the plan would work",
    ]


def test_a_quotation_of_several_paragraphs_after_a_colon_on_its_own_line():
    # (each paragraph opens with a mark, only the last closes: the speaker is named two
    # paragraphs before the second)
    got = statements(
        "Biodiversity Minister Lorna Slater said:\n\n"
        "“The crises of nature loss and climate change need urgent action across government.\n\n"
        "“That is why we are continuing to support the programme of nature protections.”\n\n"
        "The fund opened in May."
    )
    assert [(speaker, t[:12]) for speaker, _, t in got] == [
        ("Lorna Slater", "The crises o"),
        ("Lorna Slater", "That is why "),
    ]


def test_a_press_releases_wish_to_inform_reports_what_follows():
    got = statements(
        "The Ministry of Health wishes to inform the general public that cases of Lassa fever"
        " have risen in the district.\n\n"
        "Acme Corp is pleased to announce that sales rose sharply in the third quarter.\n\n"
        "The ministry would like to clarify that no school will close this week."
    )
    assert got == [
        ("Ministry of Health", "indirect", "cases of Lassa fever have risen in the district"),
        ("Acme Corp", "indirect", "sales rose sharply in the third quarter"),
        ("Ministry of Health", "indirect", "no school will close this week"),
    ]
    # (the same verbs without a wish report nothing)
    assert (
        statements(
            "The firm plans to announce that it will cut jobs in the city. The firm will announce"
            " the deal on Monday, and to confirm the sale it will inform the regulator."
        )
        == []
    )


def test_a_sources_title_without_a_comma_then_its_employer():
    assert statements(
        "According to Mrs. Jane Roe Managing Director, JSE, the results were good for the group."
    ) == [("Jane Roe", "indirect", "the results were good for the group")]
    # (a title in lowercase, a description: what follows its comma is what was said)
    assert statements("According to the director, Acme, Beta and Gamma will merge next year.") == [
        ("the director", "indirect", "Acme, Beta and Gamma will merge next year")
    ]


def test_the_holder_of_an_office_speaks_not_the_body_it_is_of():
    for text in (
        "Jane Roe, Director of the National Statistics Office, said output fell in May.",
        "John Smith, Chief Executive of Acme Corp, said output fell in May.",
    ):
        [(speaker, speaker_type, said)] = [
            (s.speaker, s.speaker_type, s.text) for s in extract(text).statements
        ]
        assert (speaker_type, said) == ("person", "output fell in May")
        assert speaker in ("Jane Roe", "John Smith")
    # (the office alone opening the sentence: the office speaks, no body)
    [statement] = extract(
        "The Director of the National Statistics Office said output fell in May."
    ).statements
    assert statement.speaker_type != "institution"


def test_as_noted_by_a_source_opens_what_it_said():
    [statement] = extract(
        "As noted by the Minister of Finance Lena Voss, the decision will fund 26 programmes."
    ).statements
    assert (statement.speaker, statement.kind, statement.text) == (
        "Lena Voss",
        "indirect",
        "the decision will fund 26 programmes",
    )


def test_a_number_cut_by_its_thousands_comma_is_no_speaker():
    text = "We have 3,189 cases reported so far, the minister said."
    assert [s.speaker for s in extract(text).statements] == ["the minister"]


def test_quoted_words_a_speaker_puts_on_a_thing_are_their_direct_statement():
    text = (
        'Jane Roe described the increase as "extremely disappointing." The United Nations'
        " called the adopted law “a significant advancement in eradicating violence.”"
    )
    assert [(s.speaker, s.kind, s.cue, s.text) for s in extract(text).statements] == [
        ("Jane Roe", "direct", "described", '"extremely disappointing."'),
        (
            "United Nations",
            "direct",
            "called",
            "“a significant advancement in eradicating violence.”",
        ),
    ]
    # (a name given, a term, a report that holds the quote: no statement of its own)
    for text in (
        'They live in a village called "Hope" near the river.',
        'The plan, dubbed "Project Sun", failed.',
        'The so-called "reform" failed.',
    ):
        assert extract(text).statements == [], text
    [report] = extract(
        "Jo Lee said he would release the returns on Friday, calling them “very boring tax"
        " returns” because they were."
    ).statements
    assert (report.kind, report.cue) == ("indirect", "said")


def test_an_attribution_inside_the_clause_it_reports():
    assert statements("The new plan, said Jane Roe, will cut costs by half.") == [
        ("Jane Roe", "indirect", "The new plan, said Jane Roe, will cut costs by half")
    ]
    # (what follows the speaker's comma is no verb of the clause: the content ends at the cue)
    assert statements("Prices rose sharply, said Jane Roe, adding that wages lagged.")[0] == (
        "Jane Roe",
        "indirect",
        "Prices rose sharply",
    )
    # (a participle and its day: nobody speaks)
    assert statements("The tentative deal, announced Friday, would last four years.") == []


def test_a_news_outlet_that_relayed_a_report_is_no_part_of_it():
    assert statements(
        'The National Statistics Office said the revisions were "partly due to the change of base'
        ' data, and partly to updates of the estimates," according to the state news agency MTI.'
        "\n\nJo Roe said prices rose sharply in May, according to Reuters."
    ) == [
        (
            "National Statistics Office",
            "indirect",
            'the revisions were "partly due to the change of base data, and partly to updates of'
            ' the estimates,"',
        ),
        ("Jo Roe", "indirect", "prices rose sharply in May"),
    ]
    # (a source the speaker cites is part of what was said)
    assert statements("Jo Roe said there was no damage, according to initial reports.") == [
        ("Jo Roe", "indirect", "there was no damage, according to initial reports")
    ]


def test_a_clause_with_its_own_verb_then_an_inverted_attribution():
    assert statements(
        "Jo Roe, chairman of the assembly, discussed the most important bills at the last"
        " session, reported the Kazinform agency on Dec. 25."
    ) == [
        (
            "Kazinform",
            "indirect",
            "Jo Roe, chairman of the assembly, discussed the most important bills at the last"
            " session",
        )
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a source after "according to" that is no outlet: the quote is that source's
        (
            'While the government says it is ready, "we have seen no preparation at all,"'
            " according to union leader Jane Roe.",
            ("Jane Roe", "we have seen no preparation at all"),
        ),
        # a characterising verb far from the quote, another clause between: not its speaker
        (
            "Senator John Smith called a meeting with union leaders who had branded the plan"
            ' "a disaster".',
            None,
        ),
        ('Senator John Smith called the minister to ask him to "explain himself".', None),
        ('Acme Corp called its new phone "Nova" on Monday.', None),
        # a participle with its object in an appositive, then a verb of saying with its content
        (
            "Senator Jane Roe, elected the first female mayor of the city in 2010, said the"
            " budget was balanced.",
            ("Jane Roe", "the budget was balanced"),
        ),
        # a person named like a month speaks
        (
            "Prime Minister Theresa May met EU leaders. The deal would protect jobs, said May.",
            ("Theresa May", "The deal would protect jobs"),
        ),
    ],
)
def test_speakers_the_eighteenth_sessions_review_found(text, expected):
    found = [(s.speaker, s.text) for s in extract(text).statements]
    if expected is None:
        assert found == [], found
    else:
        assert expected in found, found


def test_a_pronoun_that_characterises_is_the_speaker_its_sentence_reports():
    got = statements(
        "Judge Roosevelt Willie summoned the officials.\n\nAccording to Cllr. Amara Sheriff, the"
        " men were held for eight years without trial, something he described as a"
        ' "gross violation of their rights".'
    )
    assert got[-1] == ("Amara Sheriff", "direct", '"gross violation of their rights"')


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an irregular past tense marks the subject ("cut", "set") and the clause ("rose")
        (
            "The company cut its forecast, saying demand had weakened.",
            [("The company", "indirect", "demand had weakened")],
        ),
        (
            "The high court set aside the rule, saying the decree was imposed unlawfully.",
            [("The high court", "indirect", "the decree was imposed unlawfully")],
        ),
        (
            "The firm rejected the offer, adding sales rose in May.",
            [("The firm", "indirect", "sales rose in May")],
        ),
        (
            "The minister drew howls of complaint by claiming the debt was a legacy.",
            [("The minister", "indirect", "the debt was a legacy")],
        ),
    ],
)
def test_a_participle_reports_a_clause_whose_subject_is_a_lowercase_noun(text, expected):
    assert statements(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an object, a clause of its own, a determiner's adjective: no clause of what was said
        "The bank published figures, citing data compiled by the ministry.",
        "Dana Hale's comments came moments after the governor spoke at a rally.",
        # a participle's object with a relative clause, a past participle or a reduced one
        "The bank raised rates, citing costs that rose sharply.",
        "The firm maintained the dividend it paid last year.",
        "He mentioned the jobs lost in the crash.",
        "Samsung maintained its 20 trillion won investment plan.",
        "Dana Hale tweeted as the president spoke from the Rose Garden.",
        "Only one candidate maintained a paid speaking schedule during the campaign.",
    ],
)
def test_no_clause_is_read_across_a_preposition_a_subordinate_clause_or_a_determiner(text):
    assert statements(text) == []


def test_citing_sources_who_asked_is_no_second_statement():
    text = "The deal is worth $2 billion, the paper reported, citing sources who asked not to be named."
    assert statements(text) == [("the paper", "indirect", "The deal is worth $2 billion")]


def test_a_participle_after_and_or_but_starts_a_second_report():
    got = statements(
        "Dana Hale said the plan was sound on paper but suggesting that it might not be enough."
    )
    assert got == [
        ("Dana Hale", "indirect", "the plan was sound on paper"),
        ("Dana Hale", "indirect", "it might not be enough"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation inside the clause told is a part of it, not the whole statement
        (
            "Dana Hale told reporters the plan was “a disaster” for the economy.",
            [("Dana Hale", "indirect", "the plan was “a disaster” for the economy")],
        ),
        # the one told, in small letters, before the clause's pronoun is no part of it
        (
            "Earlier, Dana Hale told parliament she would be “immovable” on spending.",
            [("Dana Hale", "indirect", "she would be “immovable” on spending")],
        ),
        # a whole quotation told stays direct, a participle or a relative clause describing
        # the ones told too
        (
            "Dana Hale told reporters gathered outside “We will not back down.”",
            [("Dana Hale", "direct", "We will not back down.")],
        ),
        (
            "Dana Hale told troops sent to the border “you are heroes”.",
            [("Dana Hale", "direct", "you are heroes")],
        ),
        (
            "Dana Hale told workers who lost their jobs “we will help you”.",
            [("Dana Hale", "direct", "we will help you")],
        ),
        # the one told ends before the clause's pronoun
        (
            "Dana Hale told the committee it was “a disaster” for the town.",
            [("Dana Hale", "indirect", "it was “a disaster” for the town")],
        ),
    ],
)
def test_a_quotation_inside_a_clause_told_is_part_of_the_indirect_statement(text, expected):
    assert statements(text) == expected


def test_a_relative_clause_that_warns_of_a_clause_is_its_antecedents_statement():
    text = (
        "Two senators, Sen. Dana Hale of Ohio, who warns families will lose their cover, and "
        "Sen. Jo Lee, have voted no. Relatives, who warned the police to stay away, were held."
    )
    assert statements(text) == [("Dana Hale", "indirect", "families will lose their cover")]


def test_a_spokesman_of_a_person_named_before_is_written_with_the_full_name():
    text = (
        "Opposition leader Dana Hale was accused of insulting the minister. Ms Hale's spokesman "
        "said she had been misheard. The opposition leader's aide said there was no case to "
        "answer. Acme's spokesman said the firm had no comment."
    )
    assert [(s.speaker, s.speaker_type) for s in extract(text).statements] == [
        ("Dana Hale's spokesman", "unknown"),
        ("Dana Hale's aide", "unknown"),
        ("Acme's spokesman", "unknown"),
    ]


def test_an_organisations_kind_before_its_name_is_no_part_of_the_speaker():
    got = statements(
        "The minister will appoint trustees for the union, news website Velmora Village said."
        " Demand for chips slowed in May, tech giant Kestrel said."
    )
    assert got == [
        ("Velmora Village", "indirect", "The minister will appoint trustees for the union"),
        ("Kestrel", "indirect", "Demand for chips slowed in May"),
    ]


def test_according_to_a_source_then_a_quote_is_the_sources_direct_speech():
    got = statements(
        "According to Jane Roe, chief executive, “These results are due to our strategies. We"
        " listed 16 securities.” Sales rose. According to the minister, prices will fall this"
        " year."
    )
    assert got == [
        (
            "Jane Roe",
            "direct",
            "These results are due to our strategies. We listed 16 securities.",
        ),
        ("the minister", "indirect", "prices will fall this year"),
    ]


def test_questioned_and_wondered_report_a_question_not_a_doubt_about_a_thing():
    got = statements(
        "Judge Jo Anderson said the committee is federally regulated and questioned how state "
        "law would have jurisdiction. Jane Roe wondered aloud why the bank waited. "
        "Critics questioned the decision. The client directed questions to a colleague."
    )
    assert got == [
        ("Jo Anderson", "indirect", "the committee is federally regulated"),
        ("Jo Anderson", "indirect", "how state law would have jurisdiction"),
        ("Jane Roe", "indirect", "why the bank waited"),
    ]


def test_an_abbreviation_before_a_pronoun_ends_its_sentence():
    from pipeline.extract.text import split_sentences

    text = (
        "Cox says Obama is trying to distract from attacks in the U.S. He says Americans are "
        "tired. Mr. Roe and Dr. The spoke to Acme Inc. The company was fine."
    )
    assert [s.text[:12] for s in split_sentences(text)] == [
        "Cox says Oba",
        "He says Amer",
        "Mr. Roe and ",
        "The company ",
    ]
    assert [(s, t[-20:]) for s, _, t in statements(text)][:2] == [
        ("Cox", "m attacks in the U.S"),
        ("He", "Americans are tired"),
    ]


def test_according_to_a_source_and_a_colon_gives_what_the_colon_opens():
    got = statements(
        "According to HuffPo: “Senator Jo Kaine has had a mixed record on abortion. He "
        "changed his view.” Kaine spoke later.\n\n"
        "According to a report: sales rose by 5 percent in May."
    )
    assert got == [
        (
            "HuffPo",
            "direct",
            "Senator Jo Kaine has had a mixed record on abortion. He changed his view.",
        ),
        ("report", "indirect", "sales rose by 5 percent in May"),
    ]


def test_a_subject_of_a_name_or_owned_by_one_speaks_in_a_later_and_said():
    got = statements(
        "A spokesman for Mayor Frank Jackson of Cleveland defended the route and said the police "
        "had trained for months. Mayor Frank Jackson's spokesman defended the plan and said the "
        "officers were ready. Acme's lawyers filed a motion and said the ruling was wrong."
    )
    assert [speaker for speaker, _, _ in got] == [
        "A spokesman for Mayor Frank Jackson of Cleveland",
        "Frank Jackson's spokesman",
        "Acme's lawyers",
    ]


def test_a_noun_in_ly_is_no_adverb_before_the_verb_and_a_name_owns_the_speaker():
    got = statements(
        "Keith Lamont Scott was shot on Tuesday. Scott's family said the police were wrong "
        "about the video. A close ally said the plan was dead in the water. The assembly "
        "said the vote was fair to all. Jane Roe recently said the plan was fine for now. "
        "It's worth noting that the plan was new."
    )
    assert [speaker for speaker, _, _ in got] == [
        "Keith Lamont Scott's family",
        "A close ally",
        "The assembly",
        "Jane Roe",
    ]


def test_a_noun_in_ly_ends_the_noun_a_name_owns_before_a_later_and_said():
    # "close ally": "ally" was read as an adverb before the verb, leaving "Frank Jackson's close"
    got = statements(
        "Mayor Frank Jackson's close ally defended the plan and said the officers were ready "
        "for the march."
    )
    assert [speaker for speaker, _, _ in got] == ["Frank Jackson's close ally"]


def test_data_a_participle_says_who_made_speak_for_it():
    # "Figures released by X": the participle stood between the data and the name that made them
    got = statements(
        "Figures released by the Office for National Statistics on Tuesday showed that "
        "inflation rose to 3 percent in May. Data published on Thursday, December 16, by "
        "Statistics Finland show that emissions were 32 percent lower than in 1990. A survey "
        "conducted by the National Bureau of Statistics showed that 40 percent of firms were "
        "hiring."
    )
    assert [(speaker, text) for speaker, _, text in got] == [
        ("Office for National Statistics", "inflation rose to 3 percent in May"),
        ("Statistics Finland", "emissions were 32 percent lower than in 1990"),
        ("National Bureau of Statistics", "40 percent of firms were hiring"),
    ]


def test_show_after_a_name_is_a_report_of_its_data_only():
    # "the Central Statistical Office show": "show" after a name was taken for the noun
    got = statements(
        "Figures from the Central Statistical Office show that exports fell 2 percent in June."
    )
    assert got == [("Central Statistical Office", "indirect", "exports fell 2 percent in June")]
    assert statements("The Netflix show that aired on Monday was a hit with viewers.") == []
    assert statements("The Bank of England show that opened in May was a success.") == []


def test_what_data_show_goes_on_after_while():
    # two figures set side by side are both the data's
    got = statements(
        "New figures showed that electricity prices were 28 percent higher than in "
        "2021, while gas prices were up 41.5 percent."
    )
    assert got == [
        (
            "New figures",
            "indirect",
            "electricity prices were 28 percent higher than in 2021, while gas prices were up "
            "41.5 percent",
        )
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # the report is read after the quote: its speaker was not known yet
        'The suspect kept to himself at the mosque, Jane Roe said, adding, "He rarely spoke."',
        'The suspect kept to himself at the mosque, said Jane Roe, adding, "He rarely spoke."',
        'The suspect kept to himself, Jane Roe said in an interview, adding, "He rarely spoke."',
    ],
)
def test_a_participle_after_a_report_goes_on_with_its_speaker(sentence):
    # (not the subject of the reported clause, "The suspect")
    got = statements("Jane Roe, an imam, spoke on Monday. " + sentence)
    assert got[-1] == ("Jane Roe", "direct", "He rarely spoke.")


def test_a_participle_after_a_possessive_is_not_an_inverted_report():
    # "Sanders’ comments Tuesday," is no "said Jane Roe,": the sentence's subject speaks
    got = statements(
        "Jane Roe, the mayor, spoke on Monday. Jane Roe was not impressed with Sanders’ "
        "comments Tuesday, telling reporters, “Many people want change.”"
    )
    assert got[-1] == ("Jane Roe", "direct", "Many people want change.")


def test_a_known_name_with_a_possessive_after_said_opens_the_content():
    # "said Cruz's comments ...": Cruz owns what follows; the chairman before "said" speaks
    got = statements(
        "Sen. Ted Cruz spoke in Iowa. Chad Sweet, the Cruz campaign's chairman, said Cruz's "
        "comments are direct responses to attacks."
    )
    assert got[-1] == ("Chad Sweet", "indirect", "Cruz's comments are direct responses to attacks")


def test_a_verb_with_its_own_object_does_not_make_the_lead_what_was_said():
    # "announced his resignation": the lead before the comma is the writer's
    assert statements("Shortly after the verdict, Jane Roe announced her resignation.") == []
    # (a listener is no such object: "told a news conference", "warned her colleagues")
    for ending in ("told a news conference.", "warned her colleagues."):
        got = statements("Prices will rise sharply next year, Jane Roe " + ending)
        assert got == [("Jane Roe", "indirect", "Prices will rise sharply next year")], ending


def test_a_written_work_after_wrote_is_no_content():
    assert statements("Jane Roe wrote the letter on Feb. 2 to the ministry's legal adviser.") == []
    assert statements("Jane Roe wrote an op-ed for the paper last week.") == []
    # (a clause after "wrote" that opens with a determiner is what was written)
    assert statements("Jane Roe wrote the company had failed its customers.") == [
        ("Jane Roe", "indirect", "the company had failed its customers")
    ]


def test_a_quote_opening_with_a_brand_in_small_letters_goes_on_with_the_speaker():
    # "‘iPad is ...’": a sentence opens at a word of a small letter then a capital, so the quote
    # after the attribution's sentence is one of its own, which the speaker goes on with
    got = statements(
        "Apple Chief Executive Steve Jobs spoke. ‘It was a phenomenal quarter,’ Jobs said in a "
        "statement. ‘iPad is off to a terrific start, and we have new products to come.’"
    )
    assert got == [
        ("Steve Jobs", "direct", "It was a phenomenal quarter"),
        (
            "Steve Jobs",
            "direct",
            "iPad is off to a terrific start, and we have new products to come.",
        ),
    ]


def test_a_participle_after_a_passive_goes_to_its_agent():
    got = statements(
        "The death of the man was confirmed by the head of the opposition and former prime "
        "minister Jane Roe, adding that 15 other protesters were injured."
    )
    assert got == [("Jane Roe", "indirect", "15 other protesters were injured")]


def test_a_participle_after_an_opening_phrase_without_a_comma_goes_to_the_person_titled():
    # "At the same time" opens the sentence with no comma; "House" is the body in the title,
    # the person after it speaks
    got = statements(
        "At the same time House Speaker Jane Roe of Ohio has signaled more problems ahead, "
        "warning the Senate package could run into trouble."
    )
    assert got == [("Jane Roe", "indirect", "the Senate package could run into trouble")]
    # (a place after a preposition ends no such phrase: "In a speech from Wyoming")
    got = statements(
        "In a speech from Wyoming, which votes on Saturday, Jane Roe claimed momentum and "
        "argued she is a stronger candidate."
    )
    assert all(speaker == "Jane Roe" for speaker, _, _ in got) and got


def test_a_question_word_inside_a_quotation_after_told_does_not_open_the_content():
    got = statements(
        "The senator told reporters he feels good about his campaign in Iowa, and "
        '"we will see what it translates to a week from tonight."'
    )
    assert [t for _, _, t in got if t.startswith("what")] == []
    assert any(t.startswith("he feels good about his campaign") for _, _, t in got)


def test_an_occupation_before_the_name_after_the_content_is_a_title():
    # "journalist" as "economist": the lead before the comma is what was said
    got = statements("Prices rose sharply last year, journalist Jane Roe said in an interview.")
    assert got == [("Jane Roe", "indirect", "Prices rose sharply last year")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("At a campaign event in Ames, Iowa, on Sunday, Jane Roe defended the plan", "Jane Roe"),
        (
            "At a rally in Portsmouth, N.H., on Tuesday, Senator John Lee backed the plan",
            "John Lee",
        ),
    ],
)
def test_a_place_and_a_day_after_an_opening_phrase_are_not_the_subject(sentence, speaker):
    got = statements(sentence + ", saying that it would work.")
    assert got == [(speaker, "indirect", "it would work")]


@pytest.mark.parametrize(
    "opening",
    ["Last month,", "Three years ago,", "Two days later,", "For months,", "Over the weekend,"],
)
def test_a_phrase_of_time_opening_the_sentence_is_not_the_subject(opening):
    # the subject of "... but said" is the name after the phrase and its comma
    got = statements(
        f"{opening} FBI Director Jo Roe called the plan careless but said she should face no "
        "charges."
    )
    assert got == [("Jo Roe", "indirect", "she should face no charges")]


def test_a_subject_and_its_verb_before_later_are_no_phrase_of_time():
    got = statements("Jo Roe resigned two days later, saying he had lost the board's confidence.")
    assert got == [("Jo Roe", "indirect", "he had lost the board's confidence")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a written work that is the subject of what was written
        (
            "Jo Roe wrote that the letter had been forged by someone inside the ministry.",
            ("Jo Roe", "indirect", "the letter had been forged by someone inside the ministry"),
        ),
        (
            "Jo Roe wrote his speech would focus on jobs and the economy.",
            ("Jo Roe", "indirect", "his speech would focus on jobs and the economy"),
        ),
        # an object that is people spoken to, after a verb of no listener's list
        (
            "The market could turn quickly, Jo Roe cautioned his clients.",
            ("Jo Roe", "indirect", "The market could turn quickly"),
        ),
        (
            "The ruling is unjust, Jane Roe wrote her supporters.",
            ("Jane Roe", "indirect", "The ruling is unjust"),
        ),
    ],
)
def test_objects_of_verbs_of_saying_that_keep_what_was_said(text, expected):
    assert statements(text) == [expected]


def test_who_goes_on_after_a_report_or_a_passive_is_not_guessed():
    # only "adding" goes on with the report's speaker; after "saying" the subject speaks
    got = statements(
        'The senator voted against the bill, her office said, saying, "It would hurt working '
        'families in my state."'
    )
    assert got[-1][:2] == ("The senator", "direct")
    # a person undergoing the passive speaks, not its agent
    got = statements(
        "Jo Roe was questioned by the Senate Judiciary Committee, insisting that he had never "
        "met the ambassador."
    )
    assert [speaker for speaker, _, _ in got] == ["Jo Roe"]


@pytest.mark.parametrize(
    "text",
    [
        'After a meeting between Jo Roe and Bo Li the two leaders signed a pact and said, "This '
        'is a historic day."',
        "After defeating Jo Roe in the primary the senator thanked her voters and said the "
        "campaign was just beginning.",
    ],
)
def test_the_object_of_an_opening_phrase_is_no_subject(text):
    assert "Jo Roe" not in [speaker for speaker, _, _ in statements(text)]


def test_a_question_word_after_a_quoted_programme_name_opens_the_content():
    got = statements('Jo Roe told "Fox News Sunday" why he had voted against the bill.')
    assert got == [("Jo Roe", "indirect", "why he had voted against the bill")]


def test_added_to_and_wrote_to_say_nothing():
    assert statements("The decision added drama to the major aerospace industry event.") == []
    assert statements("The Acme Government wrote to the social media platforms on Monday.") == []
    # (what was added in a clause is said: "added the bank wants to sell the unit")
    assert statements("Jane Roe added the bank wants to sell the unit.") == [
        ("Jane Roe", "indirect", "the bank wants to sell the unit")
    ]


def test_but_saying_ends_what_was_said_before_and_opens_a_second_report():
    # (a Timorese news agency's shape) ", but saying the money ...": another report, the same
    # speaker's
    got = statements(
        "Jo Gusmão, a researcher, spoke on Friday. He said that the country has spent about "
        "US$15 billion of its fund, but saying the money has not been spent wisely."
    )
    assert [(speaker, text) for speaker, _, text in got] == [
        ("Jo Gusmão", "the country has spent about US$15 billion of its fund"),
        ("Jo Gusmão", "the money has not been spent wisely"),
    ]
    # (the third review's) not an adverb after "adding": what follows would be lost; nor
    # ", saying the council ..." without "but", whose subject may be the protesters
    got = statements(
        "Coach Jo Roe said the team had played poorly, adding, however, that he was proud of "
        "the effort."
    )
    assert "he was proud of the effort" in " ".join(text for _, _, text in got)
    got = statements(
        "Police Chief Jo Roe said hundreds of protesters marched on City Hall on Saturday, "
        "saying the council was ignoring their demands."
    )
    assert len(got) == 1


def test_the_report_is_the_organisation_that_spoke_just_before():
    # (a statistics office's release) "the Department of Statistics announced ... The report
    # further indicated": the department's report
    got = statements(
        "AMMAN - Unemployment fell in the first quarter, the Department of Statistics (DoS) "
        "announced on Sunday.\n\nThe rate stabilised at 21.4 per cent.\n\nThe report further "
        "indicated that the unemployment rate among graduates reached 25 per cent."
    )
    assert [speaker for speaker, _, _ in got] == ["Department of Statistics"] * 2
    # (not one that spoke long before)
    got = statements(
        "The Department of Statistics said unemployment fell. "
        + "The city council met on Monday to discuss the roads and the parks. " * 25
        + "The report said the roads were poor."
    )
    assert got[-1][0] != "Department of Statistics"
    # (the third review's) nor when another body or another document comes in between
    got = statements(
        "Amnesty International said on Monday that the crackdown had left dozens dead. "
        "Separately, a United Nations report published this week documented abuses. The "
        "report said security forces had used live ammunition."
    )
    assert got[-1][0] != "Amnesty International"
    got = statements(
        "The Ministry of Health said cases were falling. A new study published on Thursday "
        "estimated the true number. The study said only one in ten infections was detected."
    )
    assert got[-1][0] != "Ministry of Health"
    # (a release of the body that spoke is its own: "a BERC release said ... the release said")
    got = statements(
        "The Energy Regulatory Commission (ERC) has also asked stakeholders to submit opinions, "
        "an ERC release said on Sunday.\n\nThe release said the hearing would be public."
    )
    assert got[-1][0] == "Energy Regulatory Commission"


def test_a_players_position_after_said_takes_up_the_player_in_focus():
    # (a football report's shape) '"...," said the midfielder': the captain named just before
    got = statements(
        "Captain Jo Benjaminsen, whose goal marked his 65th appearance, knows fortune favoured "
        'his team. "We had the luck," said the midfielder.'
    )
    assert [speaker for speaker, _, _ in got] == ["Jo Benjaminsen"]
    # not the coach named before, nor a goalkeeper for "the striker", nor "the public defender"
    got = statements('Coach Jo Kerr praised the team. "We had the luck," said the striker.')
    assert [speaker for speaker, _, _ in got] == ["the striker"]
    got = statements(
        "Arsenal goalkeeper David Raya made five saves on Saturday. Raya kept out a penalty. "
        '"I saw the gap and went for it," said the striker.'
    )
    assert got[-1][0] == "the striker"
    got = statements(
        "DAYTON, Ohio (AP) - Michael Smith, 34, pleaded not guilty on Tuesday. Prosecutors say "
        'Smith broke into a home. "My client has no record," said the public defender.'
    )
    assert got[-1][0] == "the public defender"


def test_a_participles_second_report_after_an_adverb_set_off_by_commas():
    # ", noting, however, that ...": the speaker's second report, its own row
    assert statements(
        "Port manager Jo Roe said the port will handle 41 million tonnes by 2018, noting,"
        " however, that funds posed a major challenge."
    ) == [
        ("Jo Roe", "indirect", "the port will handle 41 million tonnes by 2018"),
        ("Jo Roe", "indirect", "funds posed a major challenge"),
    ]
    assert statements(
        "Jane Roe said the plan would work, adding, however, that costs would fall."
    ) == [
        ("Jane Roe", "indirect", "the plan would work"),
        ("Jane Roe", "indirect", "costs would fall"),
    ]


def test_the_letters_after_a_speakers_name_are_no_organisation():
    for text in [
        "Lawyer Jo Roe QC said the case was weak.",
        "Jo Roe QC said the case was weak.",
        "Foreign Minister Jo Roe, PC said the Government is very confident.",
        "Chief Jo Roe, SAN, said the case was weak.",
        "Lawyer Jo Roe MP said the case was weak.",
    ]:
        article = extract(text)
        assert [(s.speaker, s.speaker_type) for s in article.statements] == [
            ("Jo Roe", "person")
        ], text
        assert article.institutions == [], text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a word for the same office: "the diplomat" is the ambassador named before
        (
            "Ambassador Jo Roe met reporters in Lima. The diplomat said the protesters were paid.",
            "Jo Roe",
        ),
        (
            "Jo Roe, an attorney for the family, spoke. The lawyer said the ruling was wrong.",
            "Jo Roe",
        ),
        # an office and its portfolio after "of" or "for", in the other order
        (
            "Finance Minister Bo Li presented the budget. The Minister for Finance said the "
            "deficit would shrink.",
            "Bo Li",
        ),
        (
            "Health Minister Jo Roe and Finance Minister Bo Li spoke. The Minister of Health said "
            "clinics would open.",
            "Jo Roe",
        ),
    ],
)
def test_a_description_of_an_office_in_other_words_is_the_person_holding_it(text, speaker):
    assert [s for s, _, _ in statements(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Former Finance Minister Bo Li spoke. The Minister of Finance said the budget was sound.",
            "The Minister of Finance",
        ),
        (
            "Shadow Health Minister Bo Li spoke. The Minister for Health said clinics would open.",
            "The Minister for Health",
        ),
        (
            "State Secretary for Finance Bo Li spoke. The Secretary of State said talks would go on.",
            "The Secretary of State",
        ),
    ],
)
def test_an_office_and_its_portfolio_is_not_a_former_or_shadow_holders(text, speaker):
    assert [s for s, _, _ in statements(text)] == [speaker]


@pytest.mark.parametrize("adverb", ["Later", "Yesterday", "Meanwhile", "Separately"])
def test_an_adverb_opening_the_sentence_is_no_part_of_a_described_speaker(adverb):
    assert statements(f"{adverb} the minister said the budget was fine.") == [
        ("the minister", "indirect", "the budget was fine")
    ]
    # inside the description the same word is a name's: a programme's, a channel's
    got = statements("The Today programme presenter said the guest had left.")
    assert [s for s, _, _ in got] == ["The Today programme presenter"]


@pytest.mark.parametrize(
    "told", ["told the court", "told the BBC", "told a friend", "told the packed court"]
)
def test_a_possessive_after_the_one_told_opens_what_was_said(told):
    assert statements(f"Jo Roe {told} his client was at home.") == [
        ("Jo Roe", "indirect", "his client was at home")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Sen. Jo Roe voted against the bill. The lawmaker said the bill was flawed.", "Jo Roe"),
        (
            "Defence barrister Jo Roe spoke first. The lawyer said the footage was unclear.",
            "Jo Roe",
        ),
        # a narrower word names no one with a wider or another narrow title
        ("Ambassador Jo Roe met reporters. The consul said the visas were delayed.", "The consul"),
        (
            "Rep. Jo Roe voted against the bill. The senator said the bill was flawed.",
            "The senator",
        ),
        # of several narrower titles, the nearest holder
        (
            "MP Bo Li and lawmaker Jo Roe met on Monday. The legislator said the bill was weak.",
            "Jo Roe",
        ),
    ],
)
def test_a_wider_word_for_an_office_is_the_person_holding_a_narrower_one(text, speaker):
    assert [s for s, _, _ in statements(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Jo Roe said $5 million was spent on the project.", "$5 million was spent on the project"),
        ("The company said £40m would be invested.", "£40m would be invested"),
        ("Jo Roe argued that $735,000 in gifts broke the law.", "$735,000 in gifts broke the law"),
    ],
)
def test_what_was_said_may_open_with_a_currency_sign(text, content):
    assert [t for _, _, t in statements(text)] == [content]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause after the name's appositive, and the verb's own subject before it
        (
            "Jo Roe, a farmer, was not armed, police said.",
            ("police", "indirect", "Jo Roe, a farmer, was not armed"),
        ),
        (
            "Jo Roe, who fled, was not armed, the police said.",
            ("the police", "indirect", "Jo Roe, who fled, was not armed"),
        ),
        # a clause the verb goes on, its subject left out: the name speaks
        (
            "Senator Jo Roe, like Bo Li, has encouraged allies to spend more but has said she will hold firm.",
            ("Jo Roe", "indirect", "she will hold firm"),
        ),
    ],
)
def test_the_words_right_before_the_verb_are_its_subject_after_an_appositive(text, expected):
    assert statements(text) == [expected]


def test_it_takes_up_no_wire_agency_a_dateline_credits():
    got = statements(
        "MELBOURNE (Reuters) - Prices rose 3 percent in March. It said the rise was temporary."
    )
    assert [(s, k) for s, k, _ in got] == [("It", "indirect")]
    # named in the body, the agency is a body "it" may take up
    got = statements("Jo Roe told Reuters the plan would work. It said on Monday the plan was new.")
    assert got[-1][0] == "Reuters"


def test_a_wider_word_takes_up_the_unnamed_source_described_before():
    got = statements(
        "Ambassador Jo Roe met officials on Monday. A European diplomat, who asked not to be "
        "named, said the talks had stalled. The diplomat said Washington was impatient."
    )
    assert [s for s, _, _ in got] == ["A European diplomat", "A European diplomat"]


@pytest.mark.parametrize(
    "quoted", ["was quoted as saying", "was quoted by state media as saying", "was cited as saying"]
)
def test_quoted_as_saying_is_the_subjects_statement(quoted):
    got = statements(f"John Smith {quoted} the plan would fail within a year.")
    assert got == [("John Smith", "indirect", "the plan would fail within a year")]


def test_an_outgoing_office_holder_still_holds_the_office():
    got = statements(
        "Outgoing President Jo Roe met Ukrainian leaders on Monday. The president said the aid "
        "would continue."
    )
    assert [s for s, _, _ in got] == ["Jo Roe"]


@pytest.mark.parametrize("between", ["and afterwards told reporters", "and in March said"])
def test_an_adverbial_before_the_verb_after_an_appositive_is_no_subject(between):
    got = statements(f"Jo Roe, the striker, had scored twice, {between} he was delighted.")
    assert [(s, t) for s, _, t in got] == [("Jo Roe", "he was delighted")]


@pytest.mark.parametrize(
    "text",
    [
        "John Smith told a news conference the plan would fail within a year.",
        "John Smith told the BBC the plan would fail within a year.",
        "The plan would fail within a year, John Smith told a news conference in Nairobi.",
    ],
)
def test_the_one_told_ends_before_the_clause_of_what_was_said(text):
    got = statements(text)
    assert [t.lower() for _, _, t in got] == ["the plan would fail within a year"]


def test_a_post_that_says_something_is_a_report_and_a_posted_result_is_not():
    got = statements("John Smith posted on Facebook that the plan would fail within a year.")
    assert got == [("John Smith", "indirect", "the plan would fail within a year")]
    assert statements("Acme posted a net loss of $5 million in the quarter.") == []


@pytest.mark.parametrize(
    ("opening", "subject", "speaker", "speaker_type"),
    [
        ("Last week", "the Iraqi Oil Ministry", "Iraqi Oil Ministry", "institution"),
        ("On Monday", "the Iraqi Oil Ministry", "Iraqi Oil Ministry", "institution"),
        ("Yesterday", "the Iraqi Oil Ministry", "Iraqi Oil Ministry", "institution"),
        ("This month", "Oil Minister Jo Roe", "Jo Roe", "person"),
    ],
)
def test_a_phrase_of_time_without_its_comma_is_not_the_speaker(
    opening, subject, speaker, speaker_type
):
    text = (
        "The Iraqi Oil Ministry publishes export figures. "
        f"{opening} {subject} said exports in June were 1.8 million barrels a day."
    )
    got = [(s.speaker, s.speaker_type, s.text) for s in extract(text).statements]
    assert got == [(speaker, speaker_type, "exports in June were 1.8 million barrels a day")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a lead's described source, named in the sentence after with the same office
        (
            "A court has sentenced the former leader to four years in jail, a minister says.\n\n"
            "Justice Minister Christine Razanamahasoa told reporters it was for buying a jet.",
            "Christine Razanamahasoa",
        ),
        # or a title sharing a word of a name with the description
        (
            "A senior Serbian Environment Ministry official said on Friday that the ministry "
            "never denied air pollution problems.\n\nMinistry State Secretary Ivan Karic told "
            "the committee that the ministry reported on the problem.",
            "Ivan Karic",
        ),
    ],
)
def test_a_leads_described_source_is_the_person_the_next_sentence_names(text, speaker):
    assert [s.speaker for s in extract(text).statements] == [speaker, speaker]


@pytest.mark.parametrize(
    "text",
    [
        # another office
        "A police spokesman said the man was arrested. Chief Constable Jo Roe told reporters "
        "the force would act.",
        # the next sentence names someone who does not speak
        "A minister said the deal was off. Finance Minister Jo Roe was not in the room.",
    ],
)
def test_a_described_source_stays_unknown_without_a_matching_named_speaker(text):
    assert extract(text).statements[0].speaker_type == "unknown"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase of time, then a noun a clause describes, is no speaker (the review of f47cbed)
        (
            "Last month the ceasefire Hamas said it had accepted collapsed, Israeli officials said.",
            [
                (
                    "Israeli officials",
                    "Last month the ceasefire Hamas said it had accepted collapsed",
                )
            ],
        ),
        ("Last week the truce Hamas said it had accepted collapsed.", []),
    ],
)
def test_a_phrase_of_time_before_a_described_noun_opens_no_speaker(text, expected):
    assert [(s.speaker, s.text) for s in extract(text).statements] == expected


def test_a_leads_officer_of_one_ministry_is_no_secretary_of_another():
    text = (
        "A senior Health Ministry official said on Friday that the ministry never denied the "
        "shortage.\n\nFinance Ministry Secretary Jo Roe told the committee that funds were short."
    )
    assert extract(text).statements[0].speaker_type == "unknown"


def test_a_second_office_held_together_names_its_holder():
    text = (
        "Deputy Prime Minister and Minister for Finance Biman Prasad says the claim is baseless. "
        "Opposition leaders disagreed on Monday.\n\nThe Minister for Finance says the budget "
        "support is not being misused."
    )
    e = extract(text)
    assert [(s.speaker, s.speaker_type) for s in e.statements][-1] == ("Biman Prasad", "person")
    # (the table keeps the first office as the title)
    assert [(p.name, p.title) for p in e.people] == [("Biman Prasad", "Deputy Prime Minister")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where, when or why the subject spoke, between commas before the verb
        (
            "Smith, in an interview on Tuesday, said the plan would fail.",
            [("Smith", "the plan would fail")],
        ),
        (
            "The company, when asked about the layoffs, said it was reviewing its options.",
            [("The company", "it was reviewing its options")],
        ),
        (
            "Clinton, during a town hall meeting in Columbus, Ohio, said she would put coal "
            "companies out of business.",
            [("Clinton", "she would put coal companies out of business")],
        ),
        # a quote inside the aside is a part of its words
        (
            "Mr. Manafort, citing “the unique magic of Trump,” said the candidate could be "
            "competitive.",
            [("Manafort", "the candidate could be competitive")],
        ),
        (
            'Jo Hemsley, the co-author of "Going Viral," about the spread of rumours, said the '
            "days of one story are gone.",
            [("Jo Hemsley", "the days of one story are gone")],
        ),
        # a relative clause on the subject, then an aside
        (
            "Some voters who have listened to his speeches over the decades, on television or at "
            "small events, said he had less magnetism.",
            [("Some voters", "he had less magnetism")],
        ),
        # a plural without an "s"
        (
            "People in Fort Pierce said the mosque had been quiet for years.",
            [("People in Fort Pierce", "the mosque had been quiet for years")],
        ),
        # the one told, then when: what was said is the clause before
        (
            "This is not about me, President Obama told his closest advisers as he worked on "
            "the speech.",
            [("Obama", "This is not about me")],
        ),
        # a second verb of saying after the first one's clause
        (
            "Speaking Sunday on ABC’s “This Week,” Carson admitted that the course name was "
            "wrong, but said his campaign had found the article.",
            [
                ("Carson", "the course name was wrong"),
                ("Carson", "his campaign had found the article"),
            ],
        ),
    ],
)
def test_a_subjects_aside_and_what_follows_the_one_told(text, expected):
    assert [(s.speaker, s.text) for s in extract(text).statements] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a noun and what follows it after an inverted verb
        (
            "“We expect more,” said a person close to the Clintons.",
            "a person close to the Clintons",
        ),
        (
            "“We expect more,” said one person familiar with the matter.",
            "one person familiar with the matter",
        ),
        ("“We expect more,” said a source close to the talks.", "a source close to the talks"),
        # a description, then the name it describes
        (
            "“It was a mistake,” said his best friend at Lehigh, Bruce Turry, who knew him.",
            "Bruce Turry",
        ),
        ("“It was a mistake,” said the group’s leader, Jo Roe.", "Jo Roe"),
        # (not the nearer noun's name: a person's, an organisation's or a place's)
        (
            "“It was a mistake,” said a lawyer for the former officer, Derek Chauvin.",
            "a lawyer for the former officer",
        ),
        (
            "“It was a mistake,” said an analyst at the bank, Morgan Stanley.",
            "an analyst at the bank",
        ),
        ("“It was a mistake,” said a source close to Mr. Trump.", "a source close to Mr. Trump"),
    ],
)
def test_an_inverted_speakers_description(text, speaker):
    assert [(s.speaker, s.kind) for s in extract(text).statements] == [(speaker, "direct")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "that" inside what was told, not opening it
        (
            "Ryan told reporters they are planting the seeds to accomplish that.",
            [("Ryan", "they are planting the seeds to accomplish that")],
        ),
        # an inverted speaker a relative clause describes
        (
            "Defending that terrain is within the Biden wheelhouse, said a handful of Democrats "
            "who point to his ties with organized labor.",
            [("a handful of Democrats", "Defending that terrain is within the Biden wheelhouse")],
        ),
        # the office before the name is no part of what was said
        ("The chairman of the Joint Chiefs of Staff, Joseph Dunford, said.", []),
        ("The head of the union, Jo Roe, announced plans to strike.", []),
        # nor only when it was said
        (
            "The next month, a former committee staffer announced plans to sue the panel, "
            "claiming he was fired.",
            [("a former committee staffer", "he was fired")],
        ),
        # nouns that look like verbs of saying
        ("Besides China, Vietnam, Malaysia, Brunei and Taiwan have claims in the area.", []),
        (
            "Voters went to the polls in Illinois and Ohio, Rust Belt states that have suffered "
            "intensely.",
            [],
        ),
    ],
)
def test_what_was_said_is_no_office_time_or_noun(text, expected):
    assert [(s.speaker, s.text) for s in extract(text).statements] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a review's sentences: "said" after a comma that is no verb of a subject's aside)
        (
            "Officials said the tanker, said to be carrying 2 million barrels of oil, was seized.",
            [("Officials", "the tanker, said to be carrying 2 million barrels of oil, was seized")],
        ),
        (
            "Smith said he hugged his wife, said goodbye and boarded the plane.",
            [("Smith", "he hugged his wife, said goodbye and boarded the plane")],
        ),
        # two asides before the verb
        (
            "Jones, whose son was killed in Iraq, at a rally on Sunday, said the war was a mistake.",
            [("Jones", "the war was a mistake")],
        ),
        # "her" may open what was told
        ("He told her doctors had found a tumor.", [("He", "doctors had found a tumor")]),
        # a participle's report in an aside ends before the subject's verb
        (
            "Mr. Manafort, citing the magic of Trump, said the candidate could be competitive.",
            [
                ("Manafort", "the magic of Trump"),
                ("Manafort", "the candidate could be competitive"),
            ],
        ),
    ],
)
def test_asides_and_second_verbs_keep_what_was_said_whole(text, expected):
    assert [(s.speaker, s.text) for s in extract(text).statements] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name with its own verb after "said" is what was said, not an inverted speaker
        (
            "Trump, who called the probe a “witch hunt,” said Mueller should be fired.",
            [("Trump", "Mueller should be fired")],
        ),
        (
            "The foreign minister, when he met his Chinese counterpart, said Japan wanted peace.",
            [("The foreign minister", "Japan wanted peace")],
        ),
        # a place or a listener after the speaker's noun is no speaker's name
        (
            "“We will win,” said a protester in Tahrir Square.",
            [("a protester in Tahrir Square", "We will win")],
        ),
        # others beside the speaker
        (
            "The United States, as well as Britain and France, said the vote was unfair.",
            [("United States", "the vote was unfair")],
        ),
        # (a clause after "including": its subject speaks)
        (
            "The campaign bristled at his comments, including one in which he stated that she "
            "is new to the issue.",
            [("he", "she is new to the issue")],
        ),
        # the object of a preposition before the subject is not its appositive's head
        (
            "Testifying before the Senate Judiciary Committee, Smith said the law was clear.",
            [("Smith", "the law was clear")],
        ),
    ],
)
def test_the_subject_not_a_noun_near_it(text, expected):
    assert [(s.speaker, s.text) for s in extract(text).statements] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an office's holder named after its portfolio; not someone a relation names
        (
            "As noted by the Minister of Finance Lena Voss, the decision will fund 26 programmes.",
            "Lena Voss",
        ),
        ("“We will win,” said an aide to Senator Chuck Schumer.", None),
    ],
)
def test_a_name_after_a_speakers_noun(text, speaker):
    [statement] = extract(text).statements
    if speaker is None:
        assert statement.speaker_type == "unknown"
    else:
        assert statement.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # (a review's sentences: a participle after the speaker describes them)
        (
            "“We are not going anywhere,” said a senior official based in Kabul.",
            "a senior official",
        ),
        (
            "“Russia will respond,” said President Vladimir Putin quoted by RIA Novosti.",
            "Vladimir Putin",
        ),
        ("The plant will close in June, said a spokesman reached by phone.", "a spokesman"),
        # a preposition inside a title before the name
        ("“We won,” said editor at large Jo Roe.", "Jo Roe"),
        # a portfolio after "for"
        ("“We won,” said the Minister for Foreign Affairs Simon Coveney.", "Simon Coveney"),
        # a member named with its own relative clause speaks
        ("Many groups oppose the bill, including the ACLU, which said it would sue.", "ACLU"),
    ],
)
def test_an_inverted_or_listed_speaker_is_kept(text, speaker):
    assert [s.speaker for s in extract(text).statements] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a source after a dash, or closing the sentence without a comma
        (
            "Ferguson had 115 violent crimes in 2014 — including murder and robbery — according to "
            "the most recent data from the FBI.",
            "Ferguson had 115 violent crimes in 2014 — including murder and robbery",
        ),
        (
            "Clinton is now well ahead of Trump 46 percent to 39 percent according to a CBS poll "
            "released Monday.",
            "Clinton is now well ahead of Trump 46 percent to 39 percent",
        ),
        # the source's phrase ends at a dash
        (
            "Trump is behind by nine points, according to the polling average in New Hampshire - "
            "despite winning the primary.",
            "Trump is behind by nine points",
        ),
    ],
)
def test_according_to_after_a_dash_or_closing_the_sentence(text, expected):
    assert [s.text for s in extract(text).statements] == [expected]


def test_a_sources_phrase_ends_at_a_dash():
    text = (
        "Trump is behind by nine points, according to the polling average in New Hampshire - "
        "despite winning the primary."
    )
    assert [s.speaker for s in extract(text).statements] == ["the polling average in New Hampshire"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # people where they are, then an aside
        ("Officials in Paris, in a statement, said the talks had failed.", "Officials in Paris"),
        # a name between commas, then where it was said
        (
            "“We will win,” said the union’s president, Randi Weingarten, in a statement.",
            "Randi Weingarten",
        ),
    ],
)
def test_speakers_with_where_they_are_or_spoke(text, speaker):
    assert [s.speaker for s in extract(text).statements] == [speaker]


def test_according_to_plan_is_no_source():
    assert extract("The team played according to plan and won the match.").statements == []


@pytest.mark.parametrize(
    "text",
    [
        # (a review's sentences: "according to" a method, a manner or a rule, not a source)
        "Everything went smoothly — according to plan.",
        "Seats were allocated according to census figures.",
        "The files were sorted according to data type.",
        "The money was divided according to the terms of the report.",
    ],
)
def test_according_to_a_method_is_no_source(text):
    assert extract(text).statements == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a language, a month or a day is no place of the speaker's
        ("“We will not leave,” said a protester in Arabic.", "a protester"),
        ("“We will not leave,” said an official in March.", "an official"),
        ("“We will respond,” said the ambassador in Geneva on Monday.", "the ambassador in Geneva"),
    ],
)
def test_where_the_speaker_is_is_a_place(text, speaker):
    assert [s.speaker for s in extract(text).statements] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after a few quoted words goes on from the subject
        (
            "The minister called the plan “a disaster,” adding that it would fail.",
            [("The minister", "it would fail")],
        ),
        # and has no subject after it
        (
            "The Jo Roe Foundation did not want to address “that person,” telling Fox 35 that "
            "it is focused on ending gun violence.",
            [("Jo Roe Foundation", "it is focused on ending gun violence")],
        ),
        # the share of a poll's people after "with"
        (
            "Many voters shrugged off the decision, with three in 10 saying a running mate would "
            "have no effect on their vote.",
            [("three in 10", "a running mate would have no effect on their vote")],
        ),
        ("“It is rigged,” wrote one commenter.", [("one commenter", "It is rigged")]),
    ],
)
def test_participles_after_quotes_and_shares(text, expected):
    assert [(s.speaker, s.text) for s in extract(text).statements] == expected


@pytest.mark.parametrize(
    "text",
    [
        # someone speaking for a person named after "for" is not that person
        "“We won,” said a spokesman for President Jo Biden.",
        "“We won,” said a lawyer for Jo Roe.",
    ],
)
def test_who_speaks_for_someone_is_not_them(text):
    [statement] = extract(text).statements
    assert statement.speaker_type == "unknown"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where or when it was told, between the one told and the clause told
        ("Smith told reporters at the White House he expected to win.", "he expected to win"),
        ("Smith told the BBC before the vote he expected to win.", "he expected to win"),
        ("He told the court in a statement the plan was illegal.", "the plan was illegal"),
        # (the object's own words stay the clause's: a possessive opens it)
        ("He told the court his client was innocent.", "his client was innocent"),
    ],
)
def test_where_it_was_told_is_not_what(text, expected):
    assert [s.text for s in extract(text).statements] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a review's sentences) a title without an article before "for" names its holder
        (
            "“The talks will resume,” said special envoy for Ukraine Keith Kellogg.",
            [("The talks will resume", True)],
        ),
        # a hearer, then when, then "that": as before
        (
            "The governor warned the public on Monday that the storm was dangerous.",
            [("the storm was dangerous", True)],
        ),
        # what is told that is no one spoken to
        ("He told a joke at the dinner the audience loved.", []),
        ("Smith told the story of the flood that destroyed his farm.", []),
        ("She told the truth commission that she was tortured.", [("she was tortured", True)]),
        # a quote in a clause of its own: the participle is not the main subject's
        (
            "Markets tumbled after the Fed chair described inflation as “persistent,” saying "
            "rates would stay high.",
            [],
        ),
    ],
)
def test_told_things_and_participles_in_clauses(text, expected):
    assert [(s.text, True) for s in extract(text).statements] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The balance of risks remains biased to the upside, the bank said, but also signaled "
            "that it might slow the pace of increases.",
            [("the bank", "said"), ("the bank", "signaled")],
        ),
        (
            "“Prices will rise,” Jo Roe said, and added that growth might slow.",
            [("Jo Roe", "said"), ("Jo Roe", "added")],
        ),
        (
            "Prices will rise, said the bank, and warned that growth might slow.",
            [("the bank", "said"), ("the bank", "warned")],
        ),
        (
            "Prices will rise, the bank said on Tuesday, and warned that growth might slow.",
            [("the bank", "said"), ("the bank", "warned")],
        ),
        # (a verb joined to a clause that is no report has the sentence's subject, as before)
        (
            "Jo Roe said Smith told him to leave, and added that he had refused.",
            [("Jo Roe", "said"), ("Jo Roe", "added")],
        ),
    ],
)
def test_a_verb_joined_to_a_reporting_clause_between_commas_has_its_speaker(text, expected):
    assert [(s.speaker, s.cue) for s in extract(text).statements] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was the 14th consecutive hike, reports BSS.",
            [("BSS", "reports", "It was the 14th consecutive hike")],
        ),
        (
            "Prices rose in March, reports the Financial Times, citing sources.",
            [("Financial Times", "reports", "Prices rose in March")],
        ),
        # (nouns: the word after the comma opens a clause, or the phrase goes on)
        ("Prices rose, reports suggest.", []),
        ("A survey of 500 firms, shows Democratic groups outpacing Republicans.", []),
        ("The storm hit the coast, claims the lives of 20 people.", []),
    ],
)
def test_a_verb_in_s_inverted_after_its_content_names_its_speaker(text, expected):
    assert [(s.speaker, s.cue, s.text) for s in extract(text).statements] == expected


def test_adding_right_after_a_verb_of_saying_without_a_comma_reports_a_clause():
    text = "“We are not bankrupt,” he asserted adding the World Bank itself commends the economy."
    assert [(s.speaker, s.cue, s.text) for s in extract(text).statements] == [
        ("he", "asserted", "We are not bankrupt"),
        ("he", "adding", "the World Bank itself commends the economy"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Exports fell 24.9 per cent in May, statistics released by the NCSI showed.",
            "NCSI",
        ),
        (
            "Exports fell 24.9 per cent in May, data released by the statistics office showed.",
            "data released by the statistics office",
        ),
    ],
)
def test_statistics_and_data_made_by_a_body_show_what_was_said(text, speaker):
    assert [(s.speaker, s.text) for s in extract(text).statements] == [
        (speaker, "Exports fell 24.9 per cent in May")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name and a party's letters is no dateline ("Mumbai, Dec 6 (PTI) The ...")
        (
            "Mayor Jevgeni Ossinovski (SDE) said the exact amount is not yet known.",
            [("Jevgeni Ossinovski", "the exact amount is not yet known")],
        ),
        (
            "Mumbai, Dec 6 (PTI) The Reserve Bank said rates would stay on hold for now.",
            [("Reserve Bank", "rates would stay on hold for now")],
        ),
        # where the speaker is, after the name
        (
            "The BBC's Christina Corbett in Antananarivo says the verdict makes a return very "
            "unlikely.",
            [("Christina Corbett", "the verdict makes a return very unlikely")],
        ),
    ],
)
def test_letters_in_brackets_or_a_place_after_the_speakers_name(text, expected):
    assert [(s.speaker, s.text) for s in extract(text).statements] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the third review's sentences) a sentence about a person: that person goes on
        (
            "The minister was furious, aides said, and told staff she would resign.",
            [("aides", "said"), ("The minister", "told")],
        ),
        # (unless the verb adds to the report)
        (
            "The minister will resign, aides said, and added that she had been misled.",
            [("aides", "said"), ("aides", "added")],
        ),
        # the first report's words are no lead of the second
        (
            "Police fired tear gas, witnesses said, and said at least 10 people were injured.",
            [("witnesses", "said"), ("witnesses", "said")],
        ),
        # a clause inside the reporting clause
        (
            "The bank cut rates, as the governor had promised, and said it was ready to act again.",
            [("The bank", "said")],
        ),
        # an opening phrase is not what was reported
        ("Following the attack, reports CNN, the city was placed under curfew.", []),
    ],
)
def test_what_the_review_of_the_joined_and_inverted_verbs_found(text, expected):
    assert [(s.speaker, s.cue) for s in extract(text).statements] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the fourth review's sentences) a dated dateline is cut whatever follows it
        (
            "Mumbai, Dec 6 (PTI) realty firm DLF on Friday said its sales rose sharply in the "
            "quarter.",
            [("DLF", "its sales rose sharply in the quarter")],
        ),
        # a person who is the object of a group's preposition does not speak for the group
        (
            "Fans of Lionel Messi in Miami said they would follow him to the new club.",
            [("Fans of Lionel Messi in Miami", "they would follow him to the new club")],
        ),
    ],
)
def test_what_the_review_of_datelines_and_places_after_names_found(text, expected):
    assert [(s.speaker, s.text) for s in extract(text).statements] == expected
