"""Turn a page as people copy it into an article body and its metadata.

Pages saved from the web carry breadcrumbs, share buttons, bylines glued to dates,
and a lead paragraph that is shown twice. These rules drop the furniture, read the
title, section, publisher and date from the page's header, and keep the rest
verbatim so that spans index exactly what a reader sees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import pairwise

from pipeline.extract.dates import parse_absolute_date
from pipeline.extract.lexicon import read_list, read_pairs, reporting_verbs
from pipeline.model import Article

BYLINE = re.compile(
    r"^(?P<publisher>.*?)\s*(?:(?:Last\s+)?Updated|Published|Posted|Released)\s*(?:on|:)?\s*"
    r"(?P<date>.*\d{4}.*)$",
    re.IGNORECASE,
)
BYLINE_GLUE = re.compile(r"(?<=[a-z])(?=(?:Updated|Published|Posted|Released)\b)")
SENTENCE_END = re.compile(r"[.!?…][\"”’»)]*$|[\"”»]$")
# "BEIJING, Oct. 20 (Xinhua) --": the wire agency that filed the story
DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]+(?:,(?: [A-Z][a-z]+\.? \d{1,2},?)?)? \((?P<agency>[A-Z][\w .&-]{1,30})\)\s*(?:--|—|–|-)"
    # "Brussels (AFP) - ", "Mumbai, Dec 6 (PTI) ": a city in title case, an agency in capitals or a dash
    r"|^[A-Z][a-z][\w.'-]*(?: [A-Z][\w.'-]+){0,2}(?:,(?: [A-Z][a-z]+\.? \d{1,2},?)?)? "
    r"\((?P<agency2>[A-Z]{2,}[\w .&-]{0,20})\)\s*(?:--|—|–|-)?(?=\s)"
)
MARKDOWN_MARKUP = re.compile(r"^#{1,6}\s+|(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])")
# "**word**", "__word__": strong emphasis is markup only as a pair around text, with a space or
# punctuation (itself not glued to a word) outside each end; "2**10" and "__init__.py" are not.
# (`[^*]*` stops at the next star: an opening pair costs at most the stretch to it.)
STRONG_EMPHASIS = tuple(
    re.compile(
        rf"(?<![\w{c}])(?<!\w[^\w\s])({c}{c})([^\s{c}](?:[^{c}]*[^\s{c}])?){c}{c}"
        rf"(?![\w{c}])(?![^\w\s]\w)"
    )
    for c in (r"\*", "_")
)
# Every alternative of MARKDOWN_MARKUP and STRONG_EMPHASIS contains one of these.
MARKDOWN_CHARACTERS = "#*_"
# "> " opens a quoted line of Markdown only in a text that quotes so (two lines at least);
# one line "> 5% of voters said yes" is a comparison.
QUOTE_MARKER = re.compile(r"^>\s+")
MIN_QUOTED_LINES = 2
# A line of prose is never furniture: "Video by a bystander showed the officer firing twice,
# police said." has several words and a finite verb; "Video by Jane Roe/Reuters" has none.
MIN_PROSE_WORDS = 4
TENSES = ("past", "present", "future")
PUNCTUATION = "\"'“”‘’«»()[],;:.!?…"
AUTHOR_LINE = re.compile(r"^By [A-Z]")
# Runs of spaces and tabs, except a single plain space: what `[ \t\u2000-\u200b\u3000]+` finds
# and is not already " ", so the common case (one space between words) is not replaced.
SPACES_TO_JOIN = re.compile(
    r" [ \t\u2000-\u200b\u3000]+|[\t\u2000-\u200b\u3000][ \t\u2000-\u200b\u3000]*"
)
# What SPACES_TO_JOIN finds holds two spaces in a row, a tab or one of these: a text with none
# (most texts) is not scanned, where the pattern would be tried at each of its spaces.
WIDE_SPACE = re.compile(r"[\u2000-\u200b\u3000]")
# Hard-wrapped text (wire copy, e-mail, terminal exports) breaks lines inside sentences: it is
# told by lines that end with no sentence mark and go on in lowercase on the next line.
WRAP_END = re.compile(r"[.!?…:;][\"”’»)]*$|[\"”»]$")
MIN_WRAPPED_LINES = 3
MIN_WRAPPED_SHARE = 0.25  # of the pairs of adjacent lines
WRAP_WIDTH_SHARE = 0.75  # a line at least this share of the wrap width was cut by the wrap
MIN_REPEATED_WORDS = 8  # shorter lines ("Read more") may repeat legitimately
# A byline is a short line: "China DailyUpdated: November 8, 2022 10:21" (its pattern would try
# every character of a long one, and the date parser read all of it).
MAX_BYLINE_CHARACTERS = 200
# "Home > World > Asia", "News » Business » Markets", "Home / Politics": a breadcrumb is short,
# its segments are short and none of them is a sentence.
BREADCRUMB_SEPARATORS = re.compile(r"\s*[>»›]\s*")
HOME_BREADCRUMB = re.compile(r"(?:home|news|首页)\s*[>»›/|]", re.IGNORECASE)
HOME_BREADCRUMB_SEPARATORS = re.compile(r"\s*[>»›/|]\s*")
MAX_BREADCRUMB_CHARACTERS = 120
# Every breadcrumb holds one of these (a separator, or the one after "Home"): a line without
# any is not split into crumbs.
BREADCRUMB_CHARACTERS = re.compile(r"[>»›/|]")
MAX_CRUMB_WORDS = 5  # "Middle East and North Africa"
# What a crumb never holds: a sentence's punctuation or quote marks, a word that ends a
# sentence ("said."), a number after the sign ("> 5%": a comparison; a year may be a crumb)
NOT_A_CRUMB = re.compile(r"[,;:!?\"“”„«‘]|[a-z][.!?…](?:\s|$)|^[-+]?\d(?!\d{3}$)")


@cache
def _furniture() -> re.Pattern[str]:
    patterns = read_list("page_furniture.txt")
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def is_furniture(line: str) -> bool:
    """A line of page furniture ("Share", "Home > World", "Photo: AP", "© 2024 Reuters. All
    rights reserved."), never a line of prose that starts with the same words."""
    return (is_breadcrumb(line) or _furniture().fullmatch(line) is not None) and not is_prose(line)


@cache
def _finite_verbs() -> frozenset[str]:
    """Verbs that make a clause: auxiliaries and irregular tenses, verbs of change and of
    reporting ("is", "was", "rose", "said", "showed"), in lowercase."""
    tenses = {word for word, kind in read_pairs("tense_cues.txt").items() if kind in TENSES}
    reporting = {verb for verb in reporting_verbs() if " " not in verb}
    return frozenset(w.lower() for w in (*tenses, *reporting, *read_list("change_verbs.txt")))


def is_prose(line: str) -> bool:
    """Several words and a finite verb: a sentence, not a caption or a credit."""
    words = line.split()
    if len(words) < MIN_PROSE_WORDS:
        return False
    verbs = _finite_verbs()
    return any(word.strip(PUNCTUATION).lower() in verbs for word in words)


def is_breadcrumb(line: str) -> bool:
    """ "Home > World > Asia" is; «Oui», a-t-il dit, «mais ...» and "> 5% ... > 7%" are not:
    two separators at least (one after "Home"), short segments, no sentence."""
    if len(line) > MAX_BREADCRUMB_CHARACTERS or not BREADCRUMB_CHARACTERS.search(line):
        return False
    home = HOME_BREADCRUMB.match(line) is not None  # "Home >", "News | World": one is enough
    parts = [
        part.strip()
        for part in (HOME_BREADCRUMB_SEPARATORS if home else BREADCRUMB_SEPARATORS).split(line)
    ]
    crumbs = [part for part in parts if part]
    return (home or len(parts) >= 3) and all(
        len(crumb.split()) <= MAX_CRUMB_WORDS and not NOT_A_CRUMB.search(crumb) for crumb in crumbs
    )


def normalize_whitespace(text: str) -> str:
    """Unix newlines, no non-breaking or repeated spaces, no spaces at line ends."""
    return "\n".join(normalized_lines(text))


def normalized_lines(text: str) -> list[str]:
    """The lines of `normalize_whitespace(text)`, not joined into one text to be split again."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    if _spaces_to_join(text):
        text = SPACES_TO_JOIN.sub(" ", text)
    return [line.strip() for line in text.split("\n")]


def _spaces_to_join(text: str) -> bool:
    """Whether SPACES_TO_JOIN can find anything in `text` (see WIDE_SPACE)."""
    if "  " in text or "\t" in text:
        return True
    return not text.isascii() and WIDE_SPACE.search(text) is not None


def unwrap_lines(lines: list[str]) -> list[str]:
    """The lines of a hard-wrapped text joined into the lines of its paragraphs; other texts as
    they are. A line is joined to the next when it ends with no sentence mark and the next goes
    on in lowercase or the line is about as long as the wrap ("...told a news conference in" /
    "Berlin on Thursday that ..."). A blank line always ends a paragraph.

    >>> unwrap_lines(["Prices rose above", "the target, but both", "have signalled they", "will wait."])
    ['Prices rose above the target, but both have signalled they will wait.']
    """
    pairs = [(line, following) for line, following in pairwise(lines) if line and following]
    wrapped = [
        len(line)
        for line, following in pairs
        if not WRAP_END.search(line) and following[:1].islower()
    ]
    if len(wrapped) < MIN_WRAPPED_LINES or len(wrapped) < MIN_WRAPPED_SHARE * len(pairs):
        return lines
    width = sorted(wrapped)[len(wrapped) // 2]
    joined: list[str] = []
    previous = ""  # the line before, as it was
    for line in lines:
        goes_on = (
            previous
            and line
            and not WRAP_END.search(previous)
            and (line[:1].islower() or len(previous) >= WRAP_WIDTH_SHARE * width)
        )
        if goes_on:
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
        previous = line
    return joined


def strip_markup(line: str, quotes: bool = False) -> str:
    """Markdown headings and emphasis removed, and quote markers where `quotes` (the text
    quotes in Markdown); a line without their characters (most lines) is returned as it is,
    without running the patterns."""
    if quotes:
        line = QUOTE_MARKER.sub("", line)
    if not any(char in line for char in MARKDOWN_CHARACTERS):
        return line
    for emphasis in STRONG_EMPHASIS:
        line = emphasis.sub(r"\2", line)
    return MARKDOWN_MARKUP.sub("", line)


def quotes_in_markdown(lines: list[str]) -> bool:
    """Whether a text marks quoted lines with "> ", as Markdown does: several lines do."""
    quoted = 0
    for line in lines:
        if line.startswith(">") and QUOTE_MARKER.match(line):
            quoted += 1
            if quoted >= MIN_QUOTED_LINES:
                return True
    return False


def is_body_paragraph(block: str) -> bool:
    return len(block.split()) >= 8 and SENTENCE_END.search(block) is not None


@dataclass(frozen=True)
class Byline:
    index: int
    publisher: str | None
    published: date | None


def find_byline(blocks: list[str]) -> Byline | None:
    """`China DailyUpdated: November 8, 2022` -> publisher China Daily, published 2022-11-08."""
    for index, block in enumerate(blocks[:12]):
        if len(block) > MAX_BYLINE_CHARACTERS or len(block.split()) > 12:
            continue  # a paragraph of the story: the pattern would try every word of it
        match = BYLINE.match(block)
        if match:
            published = parse_absolute_date(match["date"])
            if published is None:
                continue
            publisher = match["publisher"].strip(" ·-–—,") or None
            if publisher and (publisher.lower().startswith("by ") or publisher.endswith("|")):
                publisher = None  # "By Jane Doe | Updated: ..." or "New Delhi | Updated: ...": an author or a place
            return Byline(index, publisher, published)
    return None


def drop_repeated(blocks: list[str]) -> list[str]:
    """Keep only the last copy of a paragraph the page shows twice (a lead above the byline)."""
    last_index = {block: i for i, block in enumerate(blocks)}
    # (the look-up first: most blocks are shown once, and are then not split into words)
    return [
        block
        for i, block in enumerate(blocks)
        if last_index[block] == i or len(block.split()) < MIN_REPEATED_WORDS
    ]


def split_header(blocks: list[str], byline_index: int | None) -> int:
    """Index of the first body block: after the byline if there is one near the top."""
    start = byline_index + 1 if byline_index is not None else 0
    for i in range(start, len(blocks)):
        if is_body_paragraph(blocks[i]):
            return i
    return start if start < len(blocks) else 0


def read_header(header: list[str], byline_block: str | None) -> tuple[str | None, str | None]:
    """Title and section from the blocks above the body."""
    candidates = [
        b
        for b in header
        if b != byline_block and not is_body_paragraph(b) and not AUTHOR_LINE.match(b)
    ]
    titled = [b for b in candidates if len(b.split()) >= 3]
    title = titled[0] if titled else (candidates[0] if candidates else None)
    sections = [b for b in candidates if b != title and len(b.split()) <= 4]
    return title, sections[0] if sections else None


def assemble(blocks: list[str], body_index: int) -> tuple[str, int]:
    text = "\n\n".join(blocks)
    body_start = sum(len(b) + 2 for b in blocks[:body_index])
    return text, min(body_start, len(text))


def clean_text_page(raw: str, *, document_id: str, source: str, sha256: str) -> Article:
    lines = unwrap_lines(normalized_lines(raw))
    quotes = quotes_in_markdown(lines)
    lines = [strip_markup(line, quotes) for line in lines]
    blocks = [line.strip() for line in lines if line.strip() and not is_furniture(line.strip())]
    blocks = drop_repeated(blocks)
    byline = find_byline(blocks)
    if byline is not None:
        blocks[byline.index] = BYLINE_GLUE.sub(" ", blocks[byline.index])
    body_index = split_header(blocks, byline.index if byline else None)
    header = blocks[:body_index]
    title, section = read_header(header, blocks[byline.index] if byline else None)
    dateline = DATELINE.match(blocks[body_index]) if body_index < len(blocks) else None
    agency = (dateline["agency"] or dateline["agency2"]) if dateline else None
    text, body_start = assemble(blocks, body_index)
    return Article(
        document_id=document_id,
        source=source,
        sha256=sha256,
        text=text,
        body_start=body_start,
        title=title,
        publisher=(byline.publisher if byline else None) or agency,
        agency=agency,
        section=section,
        published=byline.published if byline else None,
    )
