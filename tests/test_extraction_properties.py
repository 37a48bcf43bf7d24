"""Properties of extraction on any text: it never raises, and every span it publishes points
at exactly the characters it quotes (`text == article.text[char_start:char_end]`).

Texts are random unicode, random mixes of the words the rules look for (verbs of saying,
quote marks, numbers, months, capitalized names, line breaks), and the gold articles with
random cuts, copies and insertions. Derandomized, so every run tries the same examples.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract.article import extract_article
from pipeline.ingest.clean import clean_text_page
from pipeline.model import Article, Extraction

GOLD = Path(__file__).parent / "gold"
GOLD_TEXTS = [path.read_text(encoding="utf-8") for path in sorted(GOLD.glob("*.txt"))]

PROPERTIES = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

NEWS_WORDS = (
    "said says told added warned urged pledged adding saying whether the a an of in on at by "
    "for and but that who which this last next Mr. Mrs Dr. President Minister Jane Roe John "
    "Smith Ministry Bureau Bank Act Law January March May December Monday Friday 2023 2024 5 "
    "12 1,000 3.5 percent % million spokesman officials reporters statement"
)
NEWS_TOKENS = [
    *NEWS_WORDS.split(),
    *["according to", "told reporters", "asked whether", "white paper", "Ministry of Finance"],
    *['"', "“", "”", "«", "»", "‘", "’", "''", "'", ".", ",", ":", ";", "?", "!", "--", "—"],
    *["(", ")", ">", "»", "\n", "\n\n", "\u2028", "\t", "  "],
]
SEPARATORS = ["", " ", " ", " ", "\n", "\n\n"]

news_text = st.lists(
    st.tuples(st.sampled_from(NEWS_TOKENS), st.sampled_from(SEPARATORS)), max_size=120
).map(lambda pairs: "".join(token + separator for token, separator in pairs))


@st.composite
def mutated_gold(draw) -> str:
    """A gold article cut, with parts copied, deleted or replaced by news words or any text."""
    text = draw(st.sampled_from(GOLD_TEXTS))
    start = draw(st.integers(0, len(text)))
    text = text[start : start + draw(st.integers(0, 3000))]
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        until = draw(st.integers(at, min(len(text), at + 200)))
        replacement = draw(
            st.one_of(st.just(""), st.just(text[at:until] * 2), news_text, st.text(max_size=20))
        )
        text = text[:at] + replacement + text[until:]
    return text


texts = st.one_of(st.text(max_size=300), news_text, mutated_gold())


@st.composite
def articles(draw) -> Article:
    text = draw(texts)
    return Article(
        document_id="t",
        source="t.txt",
        sha256="0" * 64,
        text=text,
        body_start=draw(st.integers(0, len(text))),
        # a sidecar may give any publisher; a dateline any agency
        publisher=draw(st.one_of(st.none(), st.sampled_from(NEWS_TOKENS), st.text(max_size=12))),
        agency=draw(st.one_of(st.none(), st.sampled_from(["Xinhua", "AFP"]), st.text(max_size=6))),
        published=draw(st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31)))),
    )


def assert_spans_index_the_text(extraction: Extraction) -> None:
    text = extraction.article.text
    rows = [
        *extraction.statements,
        *extraction.mentions,
        *extraction.statistics,
        *extraction.dates,
    ]
    for row in rows:
        assert 0 <= row.char_start < row.char_end <= len(text), row
        assert row.text == text[row.char_start : row.char_end], row


@PROPERTIES
@given(articles())
def test_extraction_of_any_article_never_raises_and_its_spans_index_the_text(article: Article):
    assert_spans_index_the_text(extract_article(article))


@PROPERTIES
@given(st.one_of(texts, st.text(max_size=300).map(lambda text: "Title\n\n" + text)))
def test_a_page_read_as_a_file_is_extracted_with_spans_into_its_cleaned_text(raw: str):
    article = clean_text_page(raw, document_id="t", source="t.txt", sha256="0" * 64)
    assert_spans_index_the_text(extract_article(article))
