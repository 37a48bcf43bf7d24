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

from pipeline.extract.dates import parse_absolute_date
from pipeline.extract.lexicon import read_list
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
MARKDOWN_MARKUP = re.compile(r"^#{1,6}\s+|^>\s+|\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
# Every alternative of MARKDOWN_MARKUP contains one of these.
MARKDOWN_CHARACTERS = "#>*_"
AUTHOR_LINE = re.compile(r"^By [A-Z]")
# Runs of spaces and tabs, except a single plain space: what `[ \t\u2000-\u200b\u3000]+` finds
# and is not already " ", so the common case (one space between words) is not replaced.
SPACES_TO_JOIN = re.compile(
    r" [ \t\u2000-\u200b\u3000]+|[\t\u2000-\u200b\u3000][ \t\u2000-\u200b\u3000]*"
)
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
MAX_CRUMB_WORDS = 5  # "Middle East and North Africa"
# What a crumb never holds: a sentence's punctuation or quote marks, a word that ends a
# sentence ("said."), a number after the sign ("> 5%": a comparison; a year may be a crumb)
NOT_A_CRUMB = re.compile(r"[,;:!?\"“”„«‘]|[a-z][.!?…](?:\s|$)|^[-+]?\d(?!\d{3}$)")


@cache
def _furniture() -> re.Pattern[str]:
    patterns = read_list("page_furniture.txt")
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def is_furniture(line: str) -> bool:
    return is_breadcrumb(line) or _furniture().fullmatch(line) is not None


def is_breadcrumb(line: str) -> bool:
    """ "Home > World > Asia" is; «Oui», a-t-il dit, «mais ...» and "> 5% ... > 7%" are not:
    two separators at least (one after "Home"), short segments, no sentence."""
    if len(line) > MAX_BREADCRUMB_CHARACTERS:
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
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = SPACES_TO_JOIN.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def strip_markup(line: str) -> str:
    """Markdown headings, quotes and emphasis removed; a line without their characters (most
    lines) is returned as it is, without running the pattern."""
    if not any(char in line for char in MARKDOWN_CHARACTERS):
        return line
    return MARKDOWN_MARKUP.sub("", line)


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
    return [
        block
        for i, block in enumerate(blocks)
        if len(block.split()) < MIN_REPEATED_WORDS or last_index[block] == i
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
    lines = [strip_markup(line) for line in normalize_whitespace(raw).split("\n")]
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
