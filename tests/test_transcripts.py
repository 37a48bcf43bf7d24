"""Transcripts: each paragraph after a speaker label is the labelled speaker's direct statement."""

from __future__ import annotations

from tests.extraction_helpers import extract


def spoken(text: str) -> list[tuple[str, str, str, str]]:
    """(speaker, speaker_type, cue, text) of every statement."""
    return [(s.speaker, s.speaker_type, s.cue, s.text) for s in extract(text).statements]


def test_labelled_paragraphs_are_direct_statements_of_the_label():
    text = (
        "Press Briefing by Press Secretary Dana Whitfield\n\n"
        "MS. WHITFIELD:  Good afternoon. The harbour bridge will reopen next week.\n\n"
        "The repairs came in under budget.\n\n"
        "Q:  Will the tolls go up?\n\n"
        "MS. WHITFIELD:  Not this year."
    )
    assert spoken(text) == [
        (
            "Dana Whitfield",
            "person",
            "MS. WHITFIELD:",
            "Good afternoon. The harbour bridge will reopen next week.",
        ),
        ("Dana Whitfield", "person", "MS. WHITFIELD:", "The repairs came in under budget."),
        ("journalist", "unknown", "Q:", "Will the tolls go up?"),
        ("Dana Whitfield", "person", "MS. WHITFIELD:", "Not this year."),
    ]


def test_answer_label_and_opening_announcements_belong_to_the_briefer_in_the_heading():
    text = (
        "Foreign Ministry Spokesperson Lin Meihua's Regular Press Conference on May 3\n\n"
        "At the invitation of the host government, the foreign minister will visit the region next week.\n\n"
        "Q: What does the ministry expect from the visit?\n\n"
        "A: We expect the visit to deepen cooperation in trade and culture."
    )
    found = spoken(text)
    assert found[0][:3] == ("Lin Meihua", "person", "Press Conference")
    assert found[1][:3] == ("journalist", "unknown", "Q:")
    assert found[2] == (
        "Lin Meihua",
        "person",
        "A:",
        "We expect the visit to deepen cooperation in trade and culture.",
    )


def test_label_with_honorific_and_title_gives_the_person_and_the_title():
    text = (
        "Shri Rohan Mehta, Official Spokesperson: Good evening and welcome to the briefing.\n\n"
        "City Times: Can you say when the talks will resume?\n\n"
        "Shri Rohan Mehta, Official Spokesperson: The talks will resume after the holidays."
    )
    e = extract(text)
    assert [(s.speaker, s.cue) for s in e.statements] == [
        ("Rohan Mehta", "Shri Rohan Mehta, Official Spokesperson:"),
        ("City Times", "City Times:"),
        ("Rohan Mehta", "Shri Rohan Mehta, Official Spokesperson:"),
    ]
    assert [(p.name, p.title) for p in e.people] == [("Rohan Mehta", "Official Spokesperson")]


def test_a_label_repeated_inside_a_paragraph_opens_a_new_turn_after_a_time_code():
    text = (
        "Chair Okafor: (\n\n00:12) Good afternoon. Rates are unchanged today. Chair Okafor: (\n\n"
        "01:05) Inflation has come down over the year."
    )
    assert [(s.speaker, s.text) for s in extract(text).statements] == [
        ("Okafor", "Good afternoon. Rates are unchanged today."),
        ("Okafor", "Inflation has come down over the year."),
    ]


def test_a_name_alone_under_a_transcript_heading_labels_the_paragraphs_after_it():
    text = (
        "Media Conference\n\nTranscript\n\nMarta Kowalska\n\n"
        "Thank you for coming. The board kept the cash rate at 3 per cent.\n\n"
        "I’ve said that we will move carefully."
    )
    found = [(s.speaker, s.kind, s.text) for s in extract(text).statements]
    assert (
        "Marta Kowalska",
        "direct",
        "Thank you for coming. The board kept the cash rate at 3 per cent.",
    ) in found
    # a first-person report inside a turn is the turn's speaker's
    assert ("Marta Kowalska", "indirect", "we will move carefully") in found


def test_notes_and_page_furniture_with_colons_are_no_transcript():
    text = (
        "ID: 178456\n\nMore: Retail sales rose in May.\n\nMore: Exports fell in June.\n\n"
        "Note: figures are provisional."
    )
    assert extract(text).statements == []


def test_a_table_row_a_heading_or_a_sentence_is_no_speaker_label():
    # a name and its figure: a results table, not two turns of speech
    text = (
        "Delegates won so far:\n\nHillary Clinton: 1,769.\n\nBernie Sanders: 1,501.\n\nMore later."
    )
    assert spoken(text) == []
    # a newsletter's heading with a possessive names no speaker
    text = (
        "Acme News's Culture Report: The difficulty of running a paper.\n\n"
        "Acme News's Culture Report: Welcome to the weekly digest of arts news."
    )
    assert spoken(text) == []
    # under a news conference heading, a heading or a short sentence alone on its line is no name
    text = (
        "Live updates from the news conference\n\nFULL TEXT.\n\n"
        "The president held forth on a sweeping array of topics for three hours.\n\n"
        "They are also serving cookies.\n\nThe results came in late on Tuesday night."
    )
    assert spoken(text) == []


def test_a_family_name_label_in_capitals_goes_on_the_transcript():
    text = (
        "Video Transcript:\n\nKATE ROEWELL: Why not debate?\n\n"
        "JOEL BENSKO: This is a man who never ran a negative ad. He is running them now.\n\n"
        "ROEWELL: You were open to more debates in January. Why not debate in New York?\n\n"
        "BENSKO: Senator Sanders does not get to decide when we debate."
    )
    spoken = [(s.speaker, s.text[:20]) for s in extract(text).statements if s.kind == "direct"]
    assert spoken == [
        ("Kate Roewell", "Why not debate?"),
        ("Joel Bensko", "This is a man who ne"),
        ("Kate Roewell", "You were open to mor"),
        ("Joel Bensko", "Senator Sanders does"),
    ]


def test_a_hyphened_family_name_label_in_capitals_labels_the_hosts_turns():
    # (a radio interview's shape) "GARCIA-NAVARRO:" asks twice, after the guest's full label
    text = (
        "I spoke with Jo Roe on Friday.\n\nJO ROE: I'm very optimistic about a solution.\n\n"
        "GARCIA-NAVARRO: What does that look like exactly?\n\n"
        "ROE: We need them to sit in and come with their own vision.\n\n"
        "GARCIA-NAVARRO: So why do you think the president was killed?"
    )
    spoken = [(s.speaker, s.text[:12]) for s in extract(text).statements if s.kind == "direct"]
    assert spoken == [
        ("Jo Roe", "I'm very opt"),
        ("Garcia-Navarro", "What does th"),
        ("Jo Roe", "We need them"),
        ("Garcia-Navarro", "So why do yo"),
    ]


def test_a_family_name_label_with_an_apostrophe_or_a_short_first_part():
    # (the third review's) "O'BRIEN:", "AL-SHAMI:"
    for label, name in (("O'BRIEN", "O'Brien"), ("AL-SHAMI", "Al-Shami")):
        text = (
            f"Jo Roe spoke to us.\n\nJO ROE: I'm very optimistic.\n\n{label}: What next?\n\n"
            f"ROE: We need them to sit in.\n\n{label}: So why?"
        )
        spoken = [s.speaker for s in extract(text).statements if s.kind == "direct"]
        assert spoken == ["Jo Roe", name, "Jo Roe", name], label


def test_a_heading_in_capitals_said_once_is_no_speaker():
    text = (
        "KATE ROEWELL: Why?\n\nJOHN SMITH: Because.\n\nTIMELINE: The summit began in May.\n\n"
        "CLINTON: Yes.\n\nSMITH: No.\n\nCLINTON: Maybe."
    )
    speakers = [s.speaker for s in extract(text).statements if s.kind == "direct"]
    assert "Timeline" not in speakers
    assert speakers.count("Clinton") == 2 and speakers.count("John Smith") == 3


def test_answers_of_an_interview_belong_to_the_person_the_heading_names():
    text = (
        "Q&A with Mayor Ines Calder\n\n"
        "The mayor sat down with our staff to talk about the city budget and the new tram.\n\n"
        "Q: What is the message you want to get across?\n\n"
        "A: That all of us must work together to close the gap.\n\n"
        "Q: And in the short term?\n\n"
        "A: We cut spending first."
    )
    found = spoken(text)
    assert [(speaker, cue) for speaker, _, cue, _ in found] == [
        ("journalist", "Q:"),
        ("Ines Calder", "A:"),
        ("journalist", "Q:"),
        ("Ines Calder", "A:"),
    ]


def test_said_as_a_given_name_still_labels_a_turn_and_link_lines_say_nothing():
    found = spoken(
        "Said Djinnit: We will go.\n\nQuestion: Will you go?\n\nSaid Djinnit: Yes, we will."
    )
    assert [speaker for speaker, _, _, _ in found] == ["Said Djinnit", "journalist", "Said Djinnit"]


def test_a_photo_credit_after_a_caption_is_no_speaker_label():
    text = (
        "Jo Rand. Picture: AGENCY IMAGES\n"
        "Jo Rand. Picture: AGENCY IMAGES\n\n"
        "Rovers won 1-0 on Saturday.\n\n"
        '"We regret the chances that we missed," said Sipho Dube, the coach.'
    )
    assert spoken(text) == [
        ("Sipho Dube", "person", "said", "We regret the chances that we missed")
    ]


def test_the_questions_of_an_interview_belong_to_the_interviewer_the_heading_names():
    text = (
        "Full transcript of Leo Brennan’s interview with Miriam O’Callaghan\n\n"
        "Q: Happy birthday. Will you celebrate?\n\n"
        "A: Thanks very much, not with anything special.\n\n"
        "Q: How are you finding the job?\n\n"
        "A: It is never an easy portfolio."
    )
    assert [(speaker, cue) for speaker, _, cue, _ in spoken(text)] == [
        ("Miriam O’Callaghan", "Q:"),
        ("Leo Brennan", "A:"),
        ("Miriam O’Callaghan", "Q:"),
        ("Leo Brennan", "A:"),
    ]


def test_an_outlets_acronym_asking_in_a_briefing_under_way_is_a_turn_of_its_own():
    text = (
        "Lin Jian: Good afternoon. Let me start with an announcement.\n\n"
        "AFP: The US has announced new tariffs. What is China's response?\n\n"
        "Lin Jian: China firmly opposes the unilateral tariffs.\n\n"
        "Jo Lee: We will take all necessary measures, and we will not wait."
    )
    got = [(s.speaker, s.text) for s in extract(text).statements]
    assert ("AFP", "The US has announced new tariffs. What is China's response?") in got, got
    # one word asking, not in a transcript, is no label
    got = [s.speaker for s in extract("Fiorina: See you later? The race goes on.").statements]
    assert "Fiorina" not in got


def test_a_family_name_alone_on_its_line_labels_the_quoted_paragraphs_after_it():
    text = (
        "Housing Minister Lerato Dube and Finance Minister Sipho Khumalo briefed reporters. "
        "These are excerpts of what they said:\n\n"
        "Dube:\n\n"
        "“We have built more homes this year than in any year before.\n\n"
        "“The backlog is still too long, and we will not rest.”\n\n"
        "Finance Minister Sipho Khumalo:\n\n"
        "“The money is there, and it is ring-fenced.”"
    )
    assert spoken(text) == [
        (
            "Lerato Dube",
            "person",
            "Dube:",
            "We have built more homes this year than in any year before.",
        ),
        ("Lerato Dube", "person", "Dube:", "The backlog is still too long, and we will not rest."),
        (
            "Sipho Khumalo",
            "person",
            "Finance Minister Sipho Khumalo:",
            "The money is there, and it is ring-fenced.",
        ),
    ]


def test_a_word_alone_on_its_line_that_names_no_one_labels_nothing():
    text = "Prices rose sharply.\n\nUpdate:\n\nThe market closed higher on Friday.\n\nMore:\n\nNothing."
    assert spoken(text) == []


def test_an_interview_of_dashed_questions_and_answers_without_labels():
    text = (
        "Former PM: neutrality is best for our country-INTERVIEW\n\n"
        "Interview of Jane Roe, former Prime Minister of Utopia with APA\n\n"
        "-How did the war change the security of the country?\n\n"
        "-We are living very difficult times. We feel a lot of pressure.\n\n"
        "It is a pity that this is happening now.\n\n"
        "-Is there a risk that the conflict spreads?\n\n"
        "-I can not comment on that."
    )
    assert spoken(text) == [
        ("APA", "unknown", "-", "How did the war change the security of the country?"),
        (
            "Jane Roe",
            "person",
            "-",
            "We are living very difficult times. We feel a lot of pressure.",
        ),
        ("Jane Roe", "person", "-", "It is a pity that this is happening now."),
        ("APA", "unknown", "-", "Is there a risk that the conflict spreads?"),
        ("Jane Roe", "person", "-", "I can not comment on that."),
    ]


def test_a_list_opened_by_dashes_is_no_interview():
    # (no question first; and one question only, answered once)
    points = "The plan has three parts:\n\n-Roads will be rebuilt.\n\n-Schools will open.\n\n-Is it enough? Not yet."
    once = "Jo Roe was asked:\n\n-Will it work?\n\n-Yes.\n\n-The roads come first."
    assert [s.cue for s in extract(points).statements] == []
    assert [s.cue for s in extract(once).statements] == []


def test_an_announced_interview_alternates_questions_and_answers_line_by_line():
    text = (
        "Finance Minister Jane Roe spoke on her plans to revive the economy. In this interview"
        " with BBC’s Ama Mensah on HARDtalk, the minister spoke on her plans. Excerpts of the"
        " interview are reproduced below.\n"
        "We hear warnings of a third wave. What is the situation like in your country?\n"
        "The pandemic has been well contained. The numbers are declining.\n"
        "All right. Let’s look at the economy, which is at breaking point.\n"
        "There have been a lot of challenges, but we have done a lot as a government."
    )
    assert [(speaker, cue) for speaker, _, cue, _ in spoken(text)] == [
        ("Ama Mensah", "Q"),
        ("Jane Roe", "A"),
        ("Ama Mensah", "Q"),
        ("Jane Roe", "A"),
    ]
    # (the same lines without a paragraph announcing an interview's excerpts: no turns)
    plain = text.replace(" Excerpts of the interview are reproduced below.", "")
    assert [cue for _, _, cue, _ in spoken(plain)] == []


def test_a_broadcasts_credits_name_people_and_turns_parted_by_single_line_breaks():
    text = (
        "Dengue outbreak spreads\n\n"
        "A fourth death has been reported.\n\n"
        "Presenter:Jane Coyle\n\n"
        "Speaker: Dr Tom Ferris, Permanent Secretary for the Ministry of Health\n\n"
        "FERRIS: We have 3,189 cases reported so far. The number has stabilised.\n"
        "COYLE: Have there been any deaths?\n"
        "FERRIS: We have now reported four deaths."
    )
    # (the credits are no turns; each line is its label's turn, not the paragraph whole)
    assert [(speaker, cue, said) for speaker, _, cue, said in spoken(text)] == [
        (
            "Tom Ferris",
            "FERRIS:",
            "We have 3,189 cases reported so far. The number has stabilised.",
        ),
        ("Jane Coyle", "COYLE:", "Have there been any deaths?"),
        ("Tom Ferris", "FERRIS:", "We have now reported four deaths."),
    ]
    people = {p.name: p.title for p in extract(text).people}
    assert people == {"Jane Coyle": "Presenter", "Tom Ferris": "Permanent Secretary"}


def test_a_sentence_with_a_colon_on_a_line_of_its_own_is_no_turn():
    text = (
        "Earhardt then asked Rubio which states he could win.\n\n"
        "“We feel great in every one of those states,” he said.\n"
        "Hey, Rubio is right about one thing: you don’t win by states alone.\n"
        "Delegates: that is what counts."
    )
    assert [cue for _, _, cue, _ in spoken(text)] == ["said"]


def test_the_answers_of_an_interview_are_the_person_the_introduction_names():
    text = (
        "We will not take sides - Foreign Minister\n\n"
        "by Jane Perera\n\n"
        "Foreign Minister Ali Karim said the country would stay neutral. In an interview with"
        " the Sunday Observer, the minister spoke about the debt talks.\n\n"
        "Q: How do you see the outcome of the debt talks?\n\n"
        "A: The talks went well. We have reached an agreement in principle.\n\n"
        "Q: Will the government sign the deal this year?\n\n"
        "A: We hope so."
    )
    assert [(speaker, cue) for speaker, _, cue, _ in spoken(text)][1:] == [
        ("journalist", "Q:"),
        ("Ali Karim", "A:"),
        ("journalist", "Q:"),
        ("Ali Karim", "A:"),
    ]
    # (the writer of the byline asks, and is never the one who answers)
    byline_only = text.replace("Foreign Minister Ali Karim said", "The minister said")
    assert "Jane Perera" not in [speaker for speaker, _, _, _ in spoken(byline_only)]


def test_a_hard_wrapped_turn_stays_one_and_a_byline_is_a_line_of_names():
    text = (
        "Dengue spreads\n\nPresenter: Jane Coyle\n\n"
        "FERRIS: We have 3,189 cases\nreported so far.\nCOYLE: Any deaths?\nFERRIS: Four."
    )
    first = spoken(text)[0]
    assert first[3] == "We have 3,189 cases\nreported so far."
    text = (
        "Deal reached - minister\n\n"
        "By Friday, Foreign Minister Ali Karim had agreed to the terms. In an interview with the"
        " Observer, he spoke.\n\nQ: Will it hold?\n\nA: We hope so, and we will see."
    )
    assert [(speaker, cue) for speaker, _, cue, _ in spoken(text)][-1] == ("Ali Karim", "A:")


def test_a_label_in_capitals_that_a_given_name_opens_is_a_person():
    e = extract(
        "JAKE TAPPER: Donald Trump released a video on Friday. Take a listen.\n\n"
        "RUDY GIULIANI: Well, I think it was a good video.\n\n"
        "TAPPER: And do you think he has campaigned as a healer?\n\n"
        "UNIDENTIFIED MALE: Yes, he has."
    )
    assert [(s.speaker, s.speaker_type) for s in e.statements] == [
        ("Jake Tapper", "person"),
        ("Rudy Giuliani", "person"),
        ("Jake Tapper", "person"),
        ("Unidentified Male", "unknown"),
    ]
    assert {p.name for p in e.people} == {"Jake Tapper", "Rudy Giuliani", "Donald Trump"}
    tapper = next(p for p in e.people if p.name == "Jake Tapper")
    assert [m.text for m in e.mentions if m.entity_id == tapper.person_id] == ["JAKE TAPPER"]


def test_a_clause_after_a_comma_before_a_colon_is_no_speaker_label():
    # "Wait, it gets better:" introduces a quotation; it labels no turn, and with the
    # headline's "Acme Post Fact-Check:" it made the whole column a transcript
    text = (
        "Acme Post Fact-Check: If the Mayor Says It, It Is True.\n\n"
        "The column ridicules the council for criticizing the plan.\n\n"
        "Wait, it gets better:\n\n"
        '"By law, the mayor every year sets the number of permits."\n\n'
        "Pure propaganda."
    )
    assert [s for s in spoken(text) if s[0] in ("Wait", "Acme Post")] == []
    # (a title in small letters after the name is one: "Jane Roe, deputy minister:")
    text = (
        "Jane Roe, deputy minister: Thank you. We will act.\n\n"
        "John Lee, chief executive: We agree with the minister."
    )
    assert [s[0] for s in spoken(text)] == ["Jane Roe", "John Lee"]


def test_a_description_in_small_letters_after_a_label_comma_is_a_title():
    text = (
        "Jane Roe, mother of three: We cannot afford food anymore.\n\n"
        "Bo Li, retiree: The pension is not enough for us.\n\n"
        "Sam Poe, shopkeeper: Business has never been this slow."
    )
    assert [s[0] for s in spoken(text)] == ["Jane Roe", "Bo Li", "Sam Poe"]
