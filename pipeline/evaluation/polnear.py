"""Statements scored on PolNeAR (Newell, Margolin and Ruths, LREC 2018), the development split.

PolNeAR annotates attributions of speech, beliefs and intentions. As its README says,
a fair score for statements is recall over the attributions whose cue is a verb of
saying, precision over all attributions, and speaker accuracy where the source is a
name rather than a pronoun.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.entities.organisations import initials
from pipeline.evaluation.scoring import Score, overlap
from pipeline.extract.article import extract_article
from pipeline.model import Article

# Verbs and phrases of saying (evaluation only: what counts as speech in the gold data).
SPEECH_WORDS = frozenset(
    [
        "say",
        "says",
        "said",
        "saying",
        "tell",
        "tells",
        "told",
        "telling",
        "add",
        "adds",
        "added",
        "adding",
        "according",
        "write",
        "writes",
        "wrote",
        "writing",
        "note",
        "notes",
        "noted",
        "noting",
        "state",
        "states",
        "stated",
        "stating",
        "ask",
        "asks",
        "asked",
        "reply",
        "replies",
        "replied",
        "explain",
        "explains",
        "explained",
        "argue",
        "argues",
        "argued",
        "arguing",
        "claim",
        "claims",
        "claimed",
        "announce",
        "announces",
        "announced",
        "warn",
        "warns",
        "warned",
        "insist",
        "insists",
        "insisted",
        "stress",
        "stresses",
        "stressed",
        "report",
        "reports",
        "reported",
        "tweet",
        "tweets",
        "tweeted",
        "tweeting",
        "comment",
        "comments",
        "commented",
        "respond",
        "responds",
        "responded",
        "declare",
        "declared",
        "acknowledge",
        "acknowledged",
        "admit",
        "admitted",
        "confirm",
        "confirmed",
        "deny",
        "denied",
        "recall",
        "recalled",
        "remark",
        "remarked",
        "emphasize",
        "emphasized",
        "pledge",
        "pledged",
        "vow",
        "vowed",
        "promise",
        "promised",
        "urge",
        "urged",
        "continue",
        "continued",
        "predicted",
        "predict",
        "suggest",
        "suggested",
        "quoted",
        "quote",
        "cited",
        "cite",
    ]
)
PRONOUNS = frozenset(
    ["he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "him", "them"]
)
MATCH_OVERLAP = 0.8


@dataclass
class GoldAttribution:
    content: tuple[int, int]
    source: tuple[int, int] | None
    source_text: str
    cue_text: str

    @property
    def is_speech(self) -> bool:
        return any(w in SPEECH_WORDS for w in re.findall(r"[a-z]+", self.cue_text.lower()))

    @property
    def named_source(self) -> bool:
        words = re.findall(r"[\w.]+", self.source_text)
        return (
            bool(words)
            and not all(w.lower() in PRONOUNS for w in words)
            and any(w[:1].isupper() for w in words)
        )


@dataclass
class PolnearResult:
    articles: int = 0
    recall_speech: Score = field(default_factory=Score)  # recall over speech attributions
    precision_all: Score = field(default_factory=Score)  # precision over all attributions
    speaker_right: int = 0
    speaker_scored: int = 0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.speaker_scored if self.speaker_scored else 1.0


BRAT_LINE = re.compile(r"[TE]\d+\t")


def read_annotations(path: Path) -> list[GoldAttribution]:
    spans: dict[str, tuple[str, int, int, str]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        # (a span's text may hold a line break: its second line is no annotation, even when it
        # starts with a "T" or an "E")
        if not BRAT_LINE.match(line):
            continue
        if line.startswith("T"):
            key, info, text = ([*line.split("\t"), ""])[:3]
            kind, *offsets = info.split(" ")
            # discontinuous spans ("0 5;9 12") are taken from their first to their last offset
            numbers = [int(n) for n in re.findall(r"\d+", " ".join(offsets))]
            spans[key] = (kind, min(numbers), max(numbers), text)
        elif line.startswith("E"):
            events.append(
                dict(part.split(":") for part in line.split("\t")[1].split() if ":" in part)
            )
    attributions = []
    for event in events:
        content = spans.get(event.get("Content", ""))
        if content is None:
            continue
        source = spans.get(event.get("Source", ""))
        cue = spans.get(event.get("Cue", ""))
        attributions.append(
            GoldAttribution(
                content=(content[1], content[2]),
                source=(source[1], source[2]) if source else None,
                source_text=source[3] if source else "",
                cue_text=cue[3] if cue else "",
            )
        )
    return attributions


DETERMINERS = frozenset(
    {
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "some",
        "many",
        "several",
        "multiple",
        "other",
        "both",
        "all",
        "most",
        "two",
        "three",
        "these",
        "those",
        "this",
        "that",
    }
)


def speaker_matches(predicted: str, gold_source: str) -> bool:
    """ "Obama" for "President Obama", "New York Post" for "The New York Post", "the party"
    for "The party"."""
    # (titles, and determiners capitalized at a sentence's start: "A news report", "His office")
    if " ".join(re.findall(r"\w+", predicted.lower())) == " ".join(
        re.findall(r"\w+", gold_source.lower())
    ):
        return True  # "Some" for "Some", "The two" for "The two": the source as written
    ignore = {"the", "mr", "mrs", "ms", "dr", "president", "sen", "gov", "rep"} | DETERMINERS
    gold_words = {
        w.lower()
        for w in re.findall(r"\w+", gold_source)
        if w[:1].isupper() and w.lower() not in ignore
    }
    predicted_words = {w.lower() for w in re.findall(r"\w+", predicted) if w.lower() not in ignore}
    if not gold_words:
        # "The party", "Multiple outlets": a source described, not named; its head noun
        # (the last word) is what a speaker's phrase must hold
        words = re.findall(r"\w+", gold_source.lower())
        return bool(words) and words[-1] in predicted_words
    # "the IMF" for "International Monetary Fund": an acronym is the name's initials
    acronyms = {acronym.lower() for acronym in initials(predicted)}
    return bool(gold_words & (predicted_words | acronyms))


def quote_runs(text: str, statements: list) -> list[tuple[object, list]]:
    """Each run of a speaker's consecutive direct quotes in one paragraph: (merged span, parts)."""
    runs: list[tuple[object, list]] = []
    for statement in statements:
        previous, parts = runs[-1] if runs else (None, [])
        if (
            previous is not None
            and previous.kind == statement.kind == "direct"
            and previous.speaker == statement.speaker
            and "\n" not in text[previous.char_end : statement.char_start]
            and len(text[previous.char_end : statement.char_start]) < 200
        ):
            runs[-1] = (
                replace(
                    previous,
                    char_end=statement.char_end,
                    text=text[previous.char_start : statement.char_end],
                ),
                [*parts, statement],
            )
        else:
            runs.append((statement, [statement]))
    return runs


def _best_gold(text: str, statement, gold: list[GoldAttribution]) -> int | None:
    best = max(
        (
            (overlap(text, (statement.char_start, statement.char_end), g.content), j)
            for j, g in enumerate(gold)
        ),
        default=(0.0, -1),
    )
    return best[1] if best[0] >= MATCH_OVERLAP else None


def train_half(article: str) -> str:
    """Which half of PolNeAR's train split an article is in, "A" or "B", by the parity of its
    name's SHA-1: a fixed split that mixes sources and dates. Half A is a development set
    (its misses were read from 2026-11-29 on); half B is held out from development."""
    return "AB"[int(hashlib.sha1(article.encode()).hexdigest(), 16) % 2]


def evaluate_polnear(folder: Path, half: str | None = None) -> PolnearResult:
    """Statements scored against PolNeAR's attributions in `folder`; `half` ("A" or "B"):
    only that half of the articles (`train_half`)."""
    result = PolnearResult()
    annotation_files: dict[str, Path] = {}
    for path in sorted((folder / "attributions").glob("*.ann")):
        article = path.stem.rsplit("_", 1)[0]
        if half is None or train_half(article) == half:
            annotation_files.setdefault(article, path)  # one annotator per article
    for name, ann_path in annotation_files.items():
        text_path = folder / "text" / f"{name}.txt"
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        gold = read_annotations(ann_path)
        article = Article(
            document_id=name, source=text_path.name, sha256="", text=text, body_start=0
        )
        runs = quote_runs(text, extract_article(article).statements)
        result.articles += 1
        # A run of quotes is scored as one span or as its parts, whichever the annotator chose:
        # the run is right if it matches one attribution or every part matches one.
        pairs: list[tuple[object, int]] = []  # (statement, gold index) of every match
        right_runs = 0
        for run, parts in runs:
            whole = _best_gold(text, run, gold)
            if whole is not None:
                pairs.append((run, whole))
                right_runs += 1
                continue
            matched_parts = [
                (part, j)
                for part in (parts if len(parts) > 1 else [])
                if (j := _best_gold(text, part, gold)) is not None
            ]
            pairs.extend(matched_parts)
            right_runs += bool(parts) and len(matched_parts) == len(parts) > 1
        result.precision_all.predicted += len(runs)
        result.precision_all.true_positives_predicted += right_runs
        speech = [j for j, g in enumerate(gold) if g.is_speech]
        matched_gold = {j for _, j in pairs}
        result.recall_speech.gold += len(speech)
        result.recall_speech.true_positives_gold += len([j for j in speech if j in matched_gold])
        for statement, j in pairs:
            if gold[j].named_source:
                result.speaker_scored += 1
                result.speaker_right += speaker_matches(statement.speaker, gold[j].source_text)
    return result
