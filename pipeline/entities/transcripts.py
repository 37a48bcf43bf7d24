"""Transcripts: turns of speech marked by a speaker label, and who each label stands for.

Press briefings, central banks' media conferences and interviews are published as
transcripts: "Q: ...", "MR. EARNEST:  Good afternoon ...", "Hua Chunying: On July 20 ...",
"Shri Jane Roe, Official Spokesperson: ...", or a paragraph holding only the speaker's
name under a heading that says "Transcript". Every paragraph of a turn, up to the next
label, is the labelled speaker's direct statement. A label resolves to the full name given
elsewhere ("MR. EARNEST" to "Josh Earnest" of the heading); "Q" is a journalist, "A" the
briefer named in the heading, who also speaks the announcements between the heading and
the first question.

A document is read as a transcript only when at least two turns are labelled: one line
"Note: ..." in a news story is no transcript.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from pipeline.entities.resolution import ResolvedSpeaker, entity_speaker
from pipeline.extract.article_country import dateline_cities
from pipeline.extract.lexicon import (
    cast_labels,
    honorifics,
    read_list,
    reporting_verbs,
    sentence_words,
    speaker_nouns,
    titles,
    world_honorifics,
)
from pipeline.extract.spans import EntityIndex, EntitySpan
from pipeline.extract.text import paragraphs

# The longest label read: a name, its honorific and a title after a comma.
LABEL_REACH = 80
# "(00:21)": a time code of the recording after the label
TIME_CODE = re.compile(r"\s*\(\s*\d{1,2}:\d{2}(?::\d{2})?\s*\)")
# The last word of a caption's credit line: "Ryan Moon. Picture: AGENCY"
CAPTION_WORDS = frozenset(
    {"picture", "pictures", "pic", "pics", "photo", "photos", "image", "images", "credit"}
    | {"graphic", "illustration", "video", "caption", "file"}
)
QUESTION_LABELS = frozenset({"q", "question", "questioner", "reporter", "journalist"})
ANSWER_LABELS = frozenset({"a", "answer"})
# A label inside a paragraph, after the end of a sentence: "... half. Chair Powell: (01:16) The"
INLINE_LABEL_BEFORE = re.compile(r"[.!?][\"”’]?\s+$")
LABEL_TOKEN = re.compile(r"[^\W\d_][\w.'’-]*|\([^()\s]{1,12}\)|&")
LETTER = re.compile(r"[^\W\d_]")
# A one-word label in capitals: "BOULDUAN", "GARCIA-NAVARRO", "O'BRIEN", "AL-SHAMI"
CAPITALIZED_WORD = re.compile(r"(?:[A-Z]{3,}|[A-Z]{1,2}(?=[-'’][A-Z]{2}))(?:[-'’][A-Z]{2,})*")
NAME_ONLY = re.compile(r"[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){1,3}")


@cache
def heading_words() -> tuple[str, ...]:
    """Words in a heading that announce a transcript ("Press Briefing by ...")."""
    return tuple(w.lower() for w in read_list("transcript_headings.txt"))


@cache
def not_labels() -> frozenset[str]:
    """First words of a line that are page furniture or notes, never a speaker ("Note:")."""
    return frozenset(w.lower() for w in read_list("not_speaker_labels.txt"))


@dataclass
class Turn:
    """One speaker's turn: the label as written and the paragraphs (start, end) spoken."""

    label: str
    label_start: int
    name: str  # the label without honorific or title: "EARNEST", "Arindam Bagchi", "Q"
    name_start: int
    title: str | None
    spans: list[tuple[int, int]] = field(default_factory=list)
    role: str = "name"  # name, question, answer, outlet ("AFP:" asking), opening (the briefer's announcements)
    colon: bool = True  # the label is written with a colon ("Q:"), not a dash ("-")


# A clause's first words after a label's comma, no title: "it gets better", "we know", "there is"
CLAUSE_OPENING = re.compile(r"(?:it|he|she|they|we|I|you|there|this|that|here)\b")


def _label_name(label: str, start: int) -> tuple[str, int, str | None] | None:
    """(name, where it starts, title) of a speaker label, or None when it is no label.

    "Shri Jane Roe, Official Spokesperson" -> ("Jane Roe", +5, "Official Spokesperson");
    "MR. EARNEST" -> ("EARNEST", +4, None); "Chair Powell" -> ("Powell", +6, "Chair").
    """
    name_part, _, title = label.partition(", ")
    tokens = list(LABEL_TOKEN.finditer(name_part))
    if not tokens or len(tokens) > 6 or len(title) > 40 or any(c.isdigit() for c in label):
        return None  # "ID: 178456", "Thu, 04/28/2011 - 06:55": page furniture
    if "".join(t.group() for t in tokens).replace(" ", "") != name_part.replace(" ", ""):
        return None  # words and marks that are not a name or a title
    if name_part.upper() in dateline_cities():
        return None  # "New York: Acme Corp on Wednesday ...", "MUMBAI: ...": a dateline
    words = [t.group() for t in tokens]
    if any(word.endswith(("'s", "’s")) for word in words):
        return None  # "POLITICO New York's Culture-Business Report:": a heading, no speaker
    if words[0].lower() in QUESTION_LABELS | ANSWER_LABELS and len(words) == 1:
        return words[0], start, None
    if words[0].lower().rstrip(".") in not_labels() or words[0] in sentence_words():
        return None
    if len(words) > 1 and words[-1].lower() in CAPTION_WORDS:
        return None  # "Ryan Moon. Picture:", "File Photo:": a caption's credit (not "JANE READ:")
    if (
        len(words) > 1
        and words[0] not in ("Said", "Says")  # (also a given name: "Said Djinnit:")
        and reporting_verbs().get(words[0].lower()) == "speech"
    ):
        return None  # "Continued Stone:", "Added the minister:": an attribution, not a label
    if not all(w[:1].isupper() or w == "&" or w.startswith("(") for w in words):
        return None
    if title and CLAUSE_OPENING.match(title.strip()):
        return None  # "Wait, it gets better:": a clause after the comma, not a title
    # honorifics and titles before the name belong to the label, not to the name
    lead = 0
    while lead < len(words) - 1 and (
        words[lead].rstrip(".").capitalize() in honorifics()
        or words[lead].lower() in titles()
        or words[lead].rstrip(".").lower() in world_honorifics()
    ):
        lead += 1
    # a name of two words or more, or one word with an honorific, a title or a role: not "More:"
    if not (
        len(words) - lead >= 2 or lead or title or words[-1].lower() in speaker_nouns() | titles()
    ):
        return None
    name_start = start + tokens[lead].start()
    name = name_part[tokens[lead].start() :].strip()
    leading_title = " ".join(w for w in words[:lead] if w.lower() in titles()) or None
    return name, name_start, (title.strip() or None) if title else leading_title


def _family_name_label(label: str, family_names: set[str], one_word: Counter[str]) -> bool:
    """Whether a one-word label in capitals is a speaker's: the family name of a fuller label
    before it ("BOULDUAN:" after "KATE BOULDUAN:"), or one that opens two paragraphs or more
    once a transcript is under way ("CLINTON: ... CLINTON: ..."); never a page's "NOTE:", a
    dateline's "WASHINGTON:" or a heading said once ("TIMELINE:")."""
    if label.lower() in not_labels() or label in dateline_cities():
        return False
    return label in family_names or (bool(family_names) and one_word[label] >= 2)


# One capitalized word ("Nxesi"), and a capitalized word after another ("Thulas Nxesi")
ONE_NAME = re.compile(r"[A-Z][a-z][\w'’-]+")
SECOND_NAME_WORD = re.compile(r"\b[A-Z][\w'’-]+ (?=([A-Z][a-z][\w'’-]+)\b)")


# One word that may label a questioner: an acronym, "AFP", "CCTV", "NHK" (a capitalized word,
# "Bloomberg", is as often a heading's or a candidate's: "Fiorina: See you later?")
ONE_WORD_LABEL = re.compile(r"[A-Z]{2,6}")


def _asking_outlet(text: str, found: tuple[str, int, int], end: int) -> bool:
    """Whether a one-word label is a questioner's in a transcript under way: an acronym (a
    news outlet at a briefing: "AFP:", "CCTV:") whose words ask a question. Such turns do not
    count towards the two labelled turns that make a text a transcript."""
    label, _, content = found
    return (
        ONE_WORD_LABEL.fullmatch(label) is not None
        and label.lower() not in not_labels()
        and label not in sentence_words()
        and label.upper() not in dateline_cities()
        and "?" in text[content:end]
    )


def _label_at(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """(label, label start, content start) of a label opening `text[start:end]`."""
    colon = text.find(":", start, min(end, start + LABEL_REACH))
    if colon <= start or "\n" in text[start:colon]:
        return None
    label = text[start:colon].strip()
    content = colon + 1
    time_code = TIME_CODE.match(text, content, end)
    if time_code:
        content = time_code.end()
    elif OPEN_TIME_CODE.fullmatch(text, content, end):
        content = end
    while content < end and text[content].isspace():
        content += 1
    if not label or (content < end and not LETTER.search(text, content, end)):
        return None  # "Hillary Clinton: 1,769.": a table's row, a name and its figure
    return label, start, content


# A line that names a person only: "Jane Roe", "Dr Jo Lee, Permanent Secretary for Health"
# (two words at least: "GUEST: Absolutely" is a turn)
CAST_NAME = re.compile(r"(?:[A-Z][\w.'’-]*\.? ){1,3}[A-Z][\w'’-]+(?:,[^.!?:\n]{1,100})?\s*")


def _cast_line(text: str, found: tuple[str, int, int], end: int) -> bool:
    """Whether a labelled paragraph is a broadcast's credit, "Presenter: Jane Roe": a role of
    rules/cast_labels.txt, then a name (and its appositive) only."""
    label, _, content = found
    return label.lower() in cast_labels() and CAST_NAME.fullmatch(text, content, end) is not None


LABELLED_LINES = 2  # lines of a paragraph that open with a label, to read it as turns


def _labelled_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph's labelled lines, each its own span, when two or more open with a label
    ("ROSS: ...\nCOUTTS: ...": a transcript whose turns one line break parts); else the
    paragraph whole."""
    if text.find("\n", start, end) < 0 or text.find(":", start, end) < 0:
        return [(start, end)]
    lines = []
    line_start = start
    while line_start < end:
        line_end = text.find("\n", line_start, end)
        line_end = end if line_end < 0 else line_end
        if text[line_start:line_end].strip():
            lines.append((line_start, line_end))
        line_start = line_end + 1
    opens = [
        (found := _label_at(text, first, last)) is not None
        and "," not in found[0]  # ("Hey, Rubio is right about one thing: ..." is a sentence)
        and (CAPITALIZED_WORD.fullmatch(found[0]) or _label_name(found[0], first)) is not None
        for first, last in lines
    ]
    if sum(opens) < LABELLED_LINES:
        return [(start, end)]
    # (a line that opens with no label goes on with the turn before: "FERRIS: We have 3,189
    # cases\nreported so far.", a hard-wrapped line)
    turns: list[tuple[int, int]] = []
    for (line_start, line_end), labelled in zip(lines, opens, strict=True):
        if labelled or not turns:
            turns.append((line_start, line_end))
        else:
            turns[-1] = (turns[-1][0], line_end)
    return turns


def find_turns(text: str) -> list[Turn]:
    """The labelled turns of a transcript, in text order; [] for a text that is not one.

    The whole text is read, its header too: a page's cleaning may take the first label for
    a byline."""
    spans = [
        _after_time_code(text, start, end)
        for paragraph in paragraphs(text)
        for start, end in _labelled_lines(text, *paragraph)
    ]
    found_at = [_label_at(text, start, end) for start, end in spans]
    # one-word labels in capitals, and how often each opens a paragraph ("BOULDUAN:" twice)
    one_word = Counter(f[0] for f in found_at if f and CAPITALIZED_WORD.fullmatch(f[0]))
    turns: list[Turn] = []
    outlets: set[int] = set()  # the turns labelled by an outlet asking ("AFP:"), by index
    family_names: set[str] = set()  # of the labels read so far: "BOULDUAN" of "KATE BOULDUAN"
    named_after_a_given_name: set[str] | None = None  # (read once, when first asked)
    for (para_start, para_end), found in zip(spans, found_at, strict=True):
        parsed = _label_name(found[0], para_start) if found else None
        if found and parsed is None and _family_name_label(found[0], family_names, one_word):
            parsed = (found[0], para_start, None)  # "BOULDUAN:" after "KATE BOULDUAN:"
        elif found and parsed is None and found[2] >= para_end and ONE_NAME.fullmatch(found[0]):
            # "Nxesi:" alone on its line, after "Public Works Minister Thulas Nxesi": the
            # family name of a person the text names in full
            if named_after_a_given_name is None:
                named_after_a_given_name = set(SECOND_NAME_WORD.findall(text))
            if found[0] in named_after_a_given_name and found[0] not in sentence_words():
                parsed = (found[0], para_start, None)
        elif found and parsed is None and turns and _asking_outlet(text, found, para_end):
            parsed = (found[0], para_start, None)  # "AFP: ... ?" in a briefing under way
            outlets.add(len(turns))
        if found and parsed and _cast_line(text, found, para_end):
            # "Presenter: Jane Roe": who takes part, no turn of speech; "ROE:" labels her turns
            family_names.add(text[found[2] : para_end].split(",")[0].split()[-1].upper())
            continue
        if found and parsed:
            label, label_start, content = found
            name, name_start, title = parsed
            turns.append(Turn(label, label_start, name, name_start, title, [(content, para_end)]))
            family_names.add(name.split()[-1].upper())
        elif turns:
            turns[-1].spans.append((para_start, para_end))
    outlet_starts = {turns[i].label_start for i in outlets}
    if turns:
        turns = _split_inline_labels(text, turns)
    if len(turns) - len(outlets) < 2 and not (turns and _announced(text, turns[0].label_start)):
        turns = (
            _name_only_turns(text, spans)
            or _dash_turns(text, spans)
            or _announced_interview_turns(text)
        )
    for turn in turns:
        lowered = turn.name.lower()
        turn.role = (
            "question"
            if lowered in QUESTION_LABELS
            else "answer"
            if lowered in ANSWER_LABELS
            else "outlet"
            if turn.label_start in outlet_starts
            else "name"
        )
    return turns


# What is left of a time code that a line break cut: "01:16) The sectors ..."
TIME_CODE_REST = re.compile(r"\(?\s*\d{1,2}:\d{2}(?::\d{2})?\)\s*")
# A label whose time code a line break cut: "Chair Powell: (" then "00:21) Good afternoon"
OPEN_TIME_CODE = re.compile(r"\s*\(\s*$")


def _after_time_code(text: str, start: int, end: int) -> tuple[int, int]:
    rest = TIME_CODE_REST.match(text, start, end)
    return (rest.end(), end) if rest and rest.end() < end else (start, end)


def _split_inline_labels(text: str, turns: list[Turn]) -> list[Turn]:
    """A label seen opening a paragraph also opens a turn after a sentence's end inside one
    ("... second half. Chair Powell: (01:16) The sectors"), as some transcripts run on."""
    labels = {turn.label for turn in turns if turn.role != "question" and len(turn.label) > 2}
    if not labels:
        return turns
    pattern = re.compile("|".join(re.escape(label) + ":" for label in sorted(labels)))
    result: list[Turn] = []
    for turn in turns:
        spans: list[tuple[int, int]] = []
        current = turn
        for start, end in turn.spans:
            position = start
            for match in pattern.finditer(text, start, end):
                if not INLINE_LABEL_BEFORE.search(
                    text, max(start, match.start() - 4), match.start()
                ):
                    continue
                found = _label_at(text, match.start(), end)
                parsed = _label_name(found[0], match.start()) if found is not None else None
                if parsed is None:
                    continue
                spans.append((position, match.start()))
                current.spans = spans
                result.append(current)
                current = Turn(found[0], match.start(), parsed[0], parsed[1], parsed[2])
                spans = []
                position = found[2]
            spans.append((position, end))
        current.spans = spans
        result.append(current)
    return result


def _announced(text: str, position: int) -> bool:
    """Whether the text before `position` names the page a transcript or a briefing."""
    heading = text[max(0, position - 600) : position].lower()
    return any(word in heading for word in heading_words())


def _name_only_turns(text: str, spans: list[tuple[int, int]]) -> list[Turn]:
    """ "Transcript", then a paragraph holding only the speaker's name, then the speech."""
    turns: list[Turn] = []
    for i, (start, end) in enumerate(spans):
        if (
            i + 1 < len(spans)
            and NAME_ONLY.fullmatch(text, start, end)
            and _written_as_a_name(text[start:end])
            and _announced(text, start)
        ):
            name = text[start:end]
            turns.append(Turn(name, start, name, start, None, []))
        elif turns:
            turns[-1].spans.append((start, end))
    return [turn for turn in turns if turn.spans]


# A paragraph opened by a dash and a letter: an interview's question or answer ("-How ...?")
DASH_TURN = re.compile(r"[-–—]\s*(?=[^\W\d_])")
MIN_DASHED_QUESTIONS = 2


def _dash_turns(text: str, spans: list[tuple[int, int]]) -> list[Turn]:
    """An interview written without labels, each question and each answer a paragraph opened
    by a dash: "-How did the war change things?", "-We are living difficult times." A dashed
    paragraph that ends with a question mark is a question ("Q"), the others answers ("A"), with
    the undashed paragraphs after an answer up to the next dash. Read only when the first
    dashed paragraph asks and two questions at least are each answered by the next one: a
    list of points opened by dashes is no interview."""
    turns: list[Turn] = []
    for start, end in spans:
        dash = DASH_TURN.match(text, start, end)
        if dash is not None:
            content = dash.end()
            asks = text[start:end].rstrip().endswith("?")
            name = "Q" if asks else "A"
            turns.append(Turn(text[start], start, name, start, None, [(content, end)], colon=False))
        elif turns and turns[-1].name == "A":
            turns[-1].spans.append((start, end))
    answered = sum(
        1 for turn, reply in itertools.pairwise(turns) if turn.name == "Q" and reply.name == "A"
    )
    if not turns or turns[0].name != "Q" or answered < MIN_DASHED_QUESTIONS:
        return []
    return turns


# A paragraph that announces the words of an interview below it: "Excerpts of the interview"
EXCERPTS = re.compile(r"\b(?:[Ee]xcerpts?|[Rr]eproduced|[Ee]dited)\b")
LINE = re.compile(r"[^\n]*\S[^\n]*")


def _announced_interview_turns(text: str) -> list[Turn]:
    """ "In this interview with BBC's Jane Roe, the minister spoke ... Excerpts:", then
    paragraphs without labels or dashes that take turns, the first a question (it ends with a
    question mark): questions ("Q") and answers ("A") alternate, and a paragraph that ends with
    a question mark is always a question. Read only after a paragraph that names an interview
    and announces its excerpts, and for two answers at least. Read line by line: such pages
    often break their paragraphs with one line break."""
    if "nterview" not in text:
        return []
    spans = [line.span() for line in LINE.finditer(text)]
    for i, (start, end) in enumerate(spans[:-1]):
        first = spans[i + 1]
        if not (
            "nterview" in text[start:end]
            and EXCERPTS.search(text, start, end)
            and text[first[0] : first[1]].rstrip().endswith("?")
        ):
            continue
        turns: list[Turn] = []
        for para_start, para_end in spans[i + 1 :]:
            asks = text[para_start:para_end].rstrip().endswith("?")
            name = "Q" if asks or (turns and turns[-1].name == "A") else "A"
            turns.append(
                Turn(
                    name, para_start, name, para_start, None, [(para_start, para_end)], colon=False
                )
            )
        return turns if sum(turn.name == "A" for turn in turns) >= 2 else []
    return []


def _written_as_a_name(line: str) -> bool:
    """ "Jane Roe", "JANE ROE", "Joseph Biden Jr.": every word capitalized, no sentence's first
    word, and no full stop after the last word but an initial's or a suffix's ("FULL TEXT."
    and "They're also serving cookies." are a heading and a sentence)."""
    words = line.split()
    if words[0] in sentence_words() or not all(word[:1].isupper() for word in words):
        return False
    return not line.endswith(".") or words[-1] in ("Jr.", "Sr.") or len(words[-1]) == 2


def turn_at(turns: list[Turn], starts: list[int], position: int) -> Turn | None:
    """The turn whose paragraphs hold `position` (`starts`: each turn's label start)."""
    i = bisect_right(starts, position) - 1
    if i < 0:
        return None
    turn = turns[i]
    return turn if any(start <= position < end for start, end in turn.spans) else None


@dataclass(frozen=True)
class SpokenTurn:
    """A turn resolved: who speaks, the cue (the label as written) and the paragraphs."""

    speaker: ResolvedSpeaker
    cue: str
    spans: tuple[tuple[int, int], ...]


def resolve_turns(
    text: str, body_start: int, turns: list[Turn], index: EntityIndex
) -> list[SpokenTurn]:
    """Each turn with its speaker: the entity its label names, else the person whose surname
    the label gives ("MR. EARNEST"), else the label itself, of unknown kind."""
    if not turns:
        return []
    people_by_surname: dict[str, dict[str, EntitySpan]] = {}
    for span in index.spans:
        if span.entity_type == "person":
            surname = span.name.split()[-1].lower()
            people_by_surname.setdefault(surname, {})[span.entity_id] = span
    briefer = _briefer(text, body_start, turns, index)
    interviewer = _interviewer(text, turns, index)
    spoken = []
    # "BOULDUAN:" after "KATE BOULDUAN:": a family name alone is the speaker a fuller label named
    by_family_name: dict[str, ResolvedSpeaker] = {}
    for turn in turns:
        if turn.role == "question":
            speaker = interviewer or ResolvedSpeaker("journalist", "unknown")
        elif turn.role == "answer":
            speaker = briefer or ResolvedSpeaker(turn.name, "unknown")
        elif turn.role == "outlet":  # "AFP:": the outlet as written (not "Afp")
            entity = index.starting_at(turn.name_start, ("institution",))
            speaker = entity_speaker(entity) if entity else ResolvedSpeaker(turn.name, "unknown")
        else:
            speaker = _named_speaker(turn, index, people_by_surname)
            family = turn.name.split()[-1].lower()
            if " " in turn.name:
                by_family_name.setdefault(family, speaker)
            elif speaker.speaker_type == "unknown" and family in by_family_name:
                speaker = by_family_name[family]
        cue = turn.label + (":" if turn.spans and turn.colon else "")
        spoken.append(SpokenTurn(speaker, cue, tuple(turn.spans)))
    if briefer is not None and any(t.role in ("question", "answer") for t in turns):
        opening = _opening(text, body_start, turns[0].label_start, index)
        if opening:
            spoken.insert(0, SpokenTurn(briefer, opening[0], opening[1]))
    return spoken


def _named_speaker(
    turn: Turn, index: EntityIndex, people_by_surname: dict[str, dict[str, EntitySpan]]
) -> ResolvedSpeaker:
    entity = index.starting_at(turn.name_start, ("person", "institution", "country"))
    if entity is not None:
        return entity_speaker(entity)
    surname = turn.name.split()[-1].lower()
    namesakes = people_by_surname.get(surname, {})
    if len(namesakes) == 1:
        return entity_speaker(next(iter(namesakes.values())))
    name = turn.name.title() if turn.name.isupper() else turn.name
    return ResolvedSpeaker(name, "unknown")


def _is_heading(text: str, start: int, end: int) -> bool:
    """A short line that names the page a briefing: "Spokesperson Jane Roe's Press Conference"."""
    lowered = text[start:end].lower()
    return len(lowered.split()) <= HEADING_WORDS and any(w in lowered for w in heading_words())


HEADING_WORDS = 20
# "Q&A with Gov. Jane Roe", "An interview with Jane Roe": the person answers; the paragraphs
# after such a heading are the interviewer's introduction, not the answerer's announcements
# (so only `_briefer` reads these, never `_opening`)
INTERVIEW_HEADING = re.compile(r"\b(?:Q ?& ?A|Q and A|[Ii]nterview|[Ii]n conversation) with\b")
# "Interview of Jane Roe, former Prime Minister, with APA": who answers, then who asks
INTERVIEW_OF = re.compile(
    r"\b[Ii]nterview of (?P<answers>.+?),? with (?P<asks>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4})"
)


def _is_interview_heading(text: str, start: int, end: int) -> bool:
    return len(text[start:end].split()) <= HEADING_WORDS and (
        INTERVIEW_HEADING.search(text, start, end) is not None
        or INTERVIEW_OF.search(text, start, end) is not None
    )


def _briefer(
    text: str, body_start: int, turns: list[Turn], index: EntityIndex
) -> ResolvedSpeaker | None:
    """The person a heading before the first turn names: "Spokesperson Jane Roe's Press Conference"."""
    first = turns[0].label_start
    journalist = _journalist_before(text, first, index)
    if journalist is not None:
        # ("Jane Roe ... In this interview with BBC's John Doe": the other person answers)
        _, asks_start, asks_end = journalist
        start, end = paragraphs(text[:first])[-1]
        others = [
            person
            for person in index.within(start, end, ("person",))
            if not asks_start <= person.start < asks_end
        ]
        if others:
            return entity_speaker(others[0])
    for start, end in reversed(paragraphs(text[:first])):
        if _is_heading(text, start, end) or _is_interview_heading(text, start, end):
            person = index.within(start, end, ("person",))
            # ("Jo Roe's Q&A with Senator Ann Lee": the one a title names answers)
            titled = [p for p in person if TITLE_AT_END.search(text, start, p.start)]
            if person:
                return entity_speaker((titled or person)[0])
    if any(turn.role == "answer" for turn in turns):
        # "Foreign Minister Jo Roe said ... In an interview with the Observer, the minister
        # ...", then "Q:" and "A:": the person the text names most before the questions
        # answers them (first named on a tie; not the writer of a byline)
        named = [p for p in index.within(0, first, ("person",)) if not _in_a_byline(text, p.start)]
        if named:
            times = Counter(p.entity_id for p in named)
            return entity_speaker(max(named, key=lambda p: (times[p.entity_id], -p.start)))
    return None


def _in_a_byline(text: str, position: int) -> bool:
    """Whether a name at `position` is a byline's: a line of names only after "By" ("By Jane
    Roe", "by Jane Roe and Jo Lee"; not "By Friday, Foreign Minister Jo Roe had agreed")."""
    break_before = text.rfind("\n", max(0, position - BYLINE_REACH), position)
    if break_before < 0 and position > BYLINE_REACH:
        return False  # far into its line: no byline
    line_end = text.find("\n", position, position + BYLINE_REACH)
    line_end = len(text) if line_end < 0 and len(text) - position <= BYLINE_REACH else line_end
    return line_end >= 0 and BYLINE_LINE.fullmatch(text, break_before + 1, line_end) is not None


BYLINE_REACH = 60  # characters from a name to its line's start or end, in a byline
BYLINE_LINE = re.compile(
    r"\s*(?:[Bb]y|BY|Written by|Interview by):?\s+"
    r"[A-Z][\w.'’-]*(?:(?:\s+|,\s*|\s+and\s+)[A-Z][\w.'’-]*){0,7}\s*"
)

TITLE_AT_END = re.compile(r"[A-Z][\w.'’-]* $")  # a capitalized word right before the name
# "interview with BBC's Jane Roe", "interview with the presenter Jane Roe": who asks
INTERVIEWED_BY = re.compile(
    r"\b[Ii]nterview with (?:[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}['’]s |(?:the )?"
    r"(?:journalist|reporter|presenter|host|anchor|editor) )(?=[A-Z])"
)


JOURNALIST_NAME = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}")


def _journalist_before(
    text: str, first: int, index: EntityIndex
) -> tuple[ResolvedSpeaker, int, int] | None:
    """The journalist whom the paragraph before a transcript's first turn names as asking,
    and where the name stands: the person found there, else the name as written (a person
    found there whose name the text goes on with, "Zainab" of "Zainab Badawi", is another)."""
    before = paragraphs(text[:first])
    if not before:
        return None
    start, end = before[-1]
    asks = INTERVIEWED_BY.search(text, start, end)
    if asks is None:
        return None
    name = JOURNALIST_NAME.match(text, asks.end(), end)
    person = index.starting_at(asks.end(), ("person",))
    if person is not None and person.end == name.end():
        return entity_speaker(person), name.start(), name.end()
    return ResolvedSpeaker(name.group(), "unknown"), name.start(), name.end()


def _interviewer(text: str, turns: list[Turn], index: EntityIndex) -> ResolvedSpeaker | None:
    """The person a heading names after "interview with" when it names the one interviewed
    before: "Jane Roe's interview with John Doe" (John Doe asks). "An interview with Jane
    Roe" names only who answers: the questions stay a journalist's. "In this interview with
    BBC's Jane Roe": a journalist of an outlet asks."""
    first = turns[0].label_start
    journalist = _journalist_before(text, first, index)
    if journalist is not None:
        return journalist[0]
    for start, end in reversed(paragraphs(text[:first])):
        if not _is_interview_heading(text, start, end):
            continue
        named = INTERVIEW_OF.search(text, start, end)
        if named is not None:
            # ("Interview of Jane Roe with APA": the one after "with" asks, a person or an
            # organisation, as written when the article does not name it elsewhere)
            asks = index.starting_at(named.start("asks"), ("person", "institution"))
            return entity_speaker(asks) if asks else ResolvedSpeaker(named["asks"], "unknown")
        words = INTERVIEW_HEADING.search(text, start, end)
        if words is None:
            continue
        before = index.within(start, words.start(), ("person",))
        after = index.within(words.end(), end, ("person",))
        # ("Jo Roe's Q&A with Senator Ann Lee": a title says who answers; then who asks is
        # not known from the heading)
        if before and after and not TITLE_AT_END.search(text, words.end(), after[0].start):
            return entity_speaker(after[0])
    return None


def _opening(
    text: str, body_start: int, first_label: int, index: EntityIndex
) -> tuple[str, tuple[tuple[int, int], ...]] | None:
    """(heading words, paragraphs) of the announcements between a briefing's heading and its
    first question: paragraphs of at least `OPENING_WORDS` words after the heading."""
    spans = paragraphs(text[:first_label])
    heading_at = None
    for i, (start, end) in enumerate(spans):
        if _is_heading(text, start, end) and index.within(start, end, ("person",)):
            heading_at = i
    if heading_at is None:
        return None
    start, end = spans[heading_at]
    lowered = text[start:end].lower()
    word = next(w for w in heading_words() if w in lowered)
    cue_at = start + lowered.index(word)
    body = tuple(
        (s, e) for s, e in spans[heading_at + 1 :] if len(text[s:e].split()) >= OPENING_WORDS
    )
    return (text[cue_at : cue_at + len(word)], body) if body else None


OPENING_WORDS = 8  # shorter lines after a heading are dates and page furniture
