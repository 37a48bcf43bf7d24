"""Pages as people copy them: the article body is found, page furniture produces no rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.extract.article import extract_article
from pipeline.ingest import read_article
from pipeline.ingest.clean import Byline, find_byline, is_breadcrumb, unwrap_lines
from pipeline.model import ArticleError

PAGE = """Home > News > World

Ministers agree on water plan

World

Daily Courier Updated: March 4, 2024 09:15

Share
Facebook
Twitter
×

BERLIN, March 3 (Daily Courier) -- Environment ministers agreed on Sunday to cut water use by 10 percent, the ministry said.

"This plan protects our rivers," Minister Klara Weiss said.

Related stories
Copyright © 2024 Daily Courier. All rights reserved.
"""


@pytest.fixture
def page(tmp_path: Path):
    path = tmp_path / "water.txt"
    path.write_text(PAGE, encoding="utf-8")
    return read_article(path)


def test_breadcrumb_share_buttons_and_footer_are_removed(page):
    for furniture in (
        "Home >",
        "Share",
        "Facebook",
        "Twitter",
        "×",
        "Related stories",
        "Copyright",
        "All rights reserved",
    ):
        assert furniture not in page.text


def test_title_section_publisher_and_date_come_from_the_header(page):
    assert page.title == "Ministers agree on water plan"
    assert page.section == "World"
    assert page.publisher == "Daily Courier"
    assert page.published == date(2024, 3, 4)


def test_body_starts_after_the_byline(page):
    assert page.text[page.body_start :].startswith("BERLIN, March 3")


def test_furniture_produces_no_rows(page):
    extraction = extract_article(page)
    body = page.text[page.body_start :]
    for statement in extraction.statements:
        assert statement.char_start >= page.body_start
    assert all(st.char_start >= page.body_start for st in extraction.statistics)
    assert [s.text for s in extraction.statements] == [
        "Environment ministers agreed on Sunday to cut water use by 10 percent",
        "This plan protects our rivers",
    ]
    assert "Daily Courier" in body  # the dateline stays in the text ...
    assert not any(
        "BERLIN" in s.text for s in extraction.statements
    )  # ... but is not what was said


def test_a_headline_attribution_above_the_body_is_a_statement(tmp_path: Path):
    path = tmp_path / "headline.txt"
    path.write_text(
        PAGE.replace("Ministers agree on water plan", "Water use will fall a tenth, minister says"),
        encoding="utf-8",
    )
    article = read_article(path)
    headline = article.text.index("Water use will fall")
    assert headline < article.body_start
    found = extract_article(article).statements
    assert [(s.text, s.cue, s.char_start) for s in found[:1]] == [
        ("Water use will fall a tenth", "says", headline)
    ]


def test_a_link_to_another_story_above_the_body_says_nothing(tmp_path: Path):
    path = tmp_path / "link.txt"
    path.write_text(
        PAGE.replace(
            "World\n\nDaily Courier",
            "Read more: Minister says inflation will ease\n\nDaily Courier",
        ),
        encoding="utf-8",
    )
    article = read_article(path)
    assert "Read more:" in article.text[: article.body_start]
    assert not any("inflation" in s.text for s in extract_article(article).statements)


def test_byline_glued_to_its_date(tmp_path: Path):
    path = tmp_path / "glued.txt"
    path.write_text(
        "Plan approved\n\nThe TribuneUpdated:  May 2, 2023\n\nThe council approved the plan on Monday, officials said.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.publisher == "The Tribune"
    assert article.published == date(2023, 5, 2)
    assert "The Tribune Updated: May 2, 2023" in article.text


def test_lead_paragraph_shown_twice_is_kept_once(tmp_path: Path):
    lead = (
        "The council approved a new budget on Monday after a long debate about schools and roads."
    )
    path = tmp_path / "lead.txt"
    path.write_text(
        f"Budget passes\n\n{lead}\n\nCity News Updated: May 2, 2023\n\n{lead}\n\nMore text follows here today.\n"
    )
    article = read_article(path)
    assert article.text.count(lead) == 1
    assert article.text.index("Updated") < article.text.index(lead)


def test_html_goes_through_the_main_text_extractor(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(
        """<html><head><title>Port reopens | Harbour Times</title>
        <meta property="og:site_name" content="Harbour Times">
        <meta property="article:published_time" content="2024-01-09T08:00:00Z"></head>
        <body><nav><a href="/">Home</a> &gt; <a href="/news">News</a></nav>
        <article><h1>Port reopens after storm</h1>
        <p>The port reopened on Tuesday after a storm closed it for three days, the harbour authority said.</p>
        <p>"Ships are moving again," harbour master Tom Reed told reporters at the quay on Tuesday morning.</p>
        </article><footer>Subscribe to our newsletter. Copyright 2024.</footer></body></html>""",
        encoding="utf-8",
    )
    article = read_article(path)
    assert "Subscribe" not in article.text and "Home" not in article.text
    assert "The port reopened on Tuesday" in article.text
    assert article.published == date(2024, 1, 9)
    assert article.publisher == "Harbour Times"


def test_not_utf8_names_the_file_and_the_byte(tmp_path: Path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\xe9 owners said prices rose.".encode("latin-1"))
    with pytest.raises(ArticleError, match=r"latin1.txt: not UTF-8 \(byte 0xE9 at offset 3\)"):
        read_article(path)


def test_sidecar_values_win_over_the_page(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(PAGE, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(
        '{"publisher": "Courier Group", "published": "2024-03-03", "url": "https://example.org/a"}'
    )
    article = read_article(path)
    assert (article.publisher, article.published, article.url) == (
        "Courier Group",
        date(2024, 3, 3),
        "https://example.org/a",
    )


def test_title_case_dateline_gives_the_agency(tmp_path):
    from pipeline.ingest import read_article

    path = tmp_path / "story.txt"
    path.write_text(
        "Leaders split over fund\n\nBrussels (AFP) - European leaders met on Monday.\n",
        encoding="utf-8",
    )
    assert read_article(path).agency == "AFP"
    path.write_text(
        "Bank keeps rate\n\nMumbai, Dec 6 (PTI) The bank kept its rate unchanged.\n",
        encoding="utf-8",
    )
    assert read_article(path).agency == "PTI"


FRENCH_QUOTES = (
    "«Nous ne céderons pas», a déclaré le ministre des Finances. «Les négociations "
    "continuent», a-t-il ajouté, «mais rien n'est encore décidé»."
)
COMPARISONS = "Core inflation stayed > 5% in March and > 7% in April, the central bank said."


def page_with(tmp_path: Path, *lines: str) -> str:
    path = tmp_path / "page.txt"
    body = "Officials met in Paris on Monday to discuss the budget for next year and its risks."
    path.write_text("\n\n".join(["Budget talks", *lines, body]) + "\n", encoding="utf-8")
    return read_article(path).text


def test_paragraph_quoted_in_guillemets_is_kept(tmp_path: Path):
    assert FRENCH_QUOTES in page_with(tmp_path, FRENCH_QUOTES)


def test_line_of_comparisons_with_several_greater_than_signs_is_kept(tmp_path: Path):
    assert COMPARISONS in page_with(tmp_path, COMPARISONS)
    assert "Growth > 5% in Q1 and > 7% in Q2" in page_with(
        tmp_path, "Growth > 5% in Q1 and > 7% in Q2"
    )


@pytest.mark.parametrize(
    "breadcrumb",
    [
        "Home > World > Asia",
        "News » Business » Markets",
        "Home › Politics › Elections 2024",
        "World > Middle East and North Africa > Egypt",
        "Home / Opinion",
    ],
)
def test_breadcrumbs_still_go(tmp_path: Path, breadcrumb: str):
    text = page_with(tmp_path, breadcrumb)
    assert breadcrumb not in text
    assert text.startswith("Budget talks")


def test_a_long_line_between_separators_is_no_breadcrumb():
    sentence = (
        "The ministry said the plan > the old one > any other on the table, and it will pass."
    )
    assert not is_breadcrumb(sentence)
    assert is_breadcrumb("Home > World > Asia")


def test_embedded_tweet_left_as_markup_is_removed(tmp_path: Path):
    tweet = '<tweet tweet-id="783499116076687360">Big night in Ohio.</tweet>.'
    assert "tweet" not in page_with(tmp_path, tweet)


def test_a_long_line_of_few_words_is_no_byline():
    line = "Updated" * 2000 + " 2024"  # two words, 14,005 characters
    assert find_byline(["Budget talks", line]) is None
    assert find_byline(["Budget talks", "Daily Courier Updated: March 4, 2024 09:15"]) == Byline(
        1, "Daily Courier", date(2024, 3, 4)
    )


def test_a_crawl_date_no_table_can_hold_is_dropped_like_a_page_date(tmp_path: Path):
    from collections import Counter

    from pipeline.examples import news_page, write_warc
    from pipeline.ingest.crawls import crawl_records
    from pipeline.ingest.read import read_record

    body = "Port plan\n\nThe port board approved the plan on Tuesday, its chair said."
    pages = [
        (f"https://news.example/{name}", news_page(body).encode(), "text/html; charset=utf-8")
        for name in ("kept", "typo")
    ]
    crawl = write_warc(
        tmp_path / "crawl.warc.gz", pages, fetched=["2023-05-01T00:00:00Z", "2300-01-01T00:00:00Z"]
    )
    records = list(crawl_records(crawl, "crawl.warc.gz", Counter()))
    published = [read_record(record).published for record in records]
    assert published == [date(2023, 5, 1), None]


PROSE_LIKE_FURNITURE = (
    "Copyright law was last changed in 1998, the minister said on Tuesday.",
    "Video by a bystander showed the officer firing twice, police said in a statement.",
    "All rights reserved for members were suspended by the union, its leader said.",
    "Home/office use rose to 45%.",
)


@pytest.mark.parametrize("line", PROSE_LIKE_FURNITURE)
def test_a_line_of_prose_that_starts_as_furniture_does_is_kept(tmp_path: Path, line: str):
    assert line in page_with(tmp_path, line)


@pytest.mark.parametrize(
    "furniture",
    [
        "© 2024 Reuters. All rights reserved.",
        "Photo: AP",
        "Video by Jane Roe/Reuters",
        "Copyright 2019 The Associated Press. All rights reserved.",
        # a gallery's image sizes and counts
        "1670x1113px - 541 Kb",
        "more 13 photos",
    ],
)
def test_credits_and_copyright_lines_still_go(tmp_path: Path, furniture: str):
    text = page_with(tmp_path, furniture)
    assert furniture not in text
    assert text.startswith("Budget talks\n\nOfficials met")


def test_a_sentence_about_photos_or_sizes_is_kept(tmp_path: Path):
    line = "He posted 13 photos of the 1920 x 1080 screen on Monday, the police said."
    assert line in page_with(tmp_path, line)


def test_emphasis_is_removed_only_where_it_is_markup(tmp_path: Path):
    text = page_with(
        tmp_path,
        "The server holds 2**10 records in __init__.py, the engineer said.",
        "The **new** plan is __final__, (**really**) the minister said.",
    )
    assert "The server holds 2**10 records in __init__.py, the engineer said." in text
    assert "The new plan is final, (really) the minister said." in text


def test_a_greater_than_sign_opens_a_quote_only_in_a_text_that_quotes_in_markdown(
    tmp_path: Path,
):
    comparison = "> 5% of voters said yes and > 7% said no, the pollster said on Monday."
    assert comparison in page_with(tmp_path, comparison)
    quoted = page_with(tmp_path, "> We will build it.\n> It will open in May.")
    assert "\n\nWe will build it.\n\nIt will open in May.\n\n" in quoted


WRAPPED_WIRE = """German inflation stays above target
BERLIN May 11 German inflation hovered above the euro zone's
target for a 15th consecutive month in April, and the central
bank has said it will tolerate higher prices for now.
Finance Minister Jane Roe voiced support for wage increases
earlier this week and told a news conference held in central
Berlin on Thursday that inflation between two and three
percent could be acceptable.
"""


def test_hard_wrapped_lines_are_joined_into_their_sentences(tmp_path: Path):
    path = tmp_path / "wire.txt"
    path.write_text(WRAPPED_WIRE, encoding="utf-8")
    article = read_article(path)
    assert article.title == "German inflation stays above target"
    assert (
        "Finance Minister Jane Roe voiced support for wage increases earlier this week and told a "
        "news conference held in central Berlin on Thursday that inflation between two and three percent could be acceptable."
    ) in article.text.split("\n\n")
    statements = extract_article(article).statements
    assert [(s.speaker, s.text) for s in statements if s.cue == "told"] == [
        ("Jane Roe", "inflation between two and three percent could be acceptable")
    ]


def test_a_page_with_one_paragraph_a_line_is_not_unwrapped(tmp_path: Path):
    lines = [
        "Ministers agree on water plan",
        "Environment ministers agreed on Sunday to cut water use",
        "Officials said the plan protects rivers.",
        "Next steps",
        "the committee meets again in May.",
    ]
    assert unwrap_lines(lines) == lines


def test_a_full_date_in_the_address_or_the_path_stands_in_for_a_missing_publication_date(
    tmp_path: Path,
):
    body = "Port plan\n\nThe port board approved the plan on Tuesday, its chair said."
    folder = tmp_path / "2019" / "archive"
    folder.mkdir(parents=True)
    (folder / "2019-07-12_port.txt").write_text(body)
    (folder / "port.txt").write_text(body)
    (folder / "port.meta.json").write_text('{"url": "https://news.example/2016/03/15/port"}')
    (folder / "dated.txt").write_text("Published: 2020-01-02\n\n" + body)
    (folder / "2018-01-05_dated.txt").write_text("Published: 2020-01-02\n\n" + body)
    got = {p.name: read_article(p).published for p in sorted(folder.glob("*.txt"))}
    assert got == {
        "2019-07-12_port.txt": date(2019, 7, 12),
        "port.txt": date(2016, 3, 15),  # the sidecar's address
        "dated.txt": date(2020, 1, 2),
        "2018-01-05_dated.txt": date(2020, 1, 2),  # the page's own date first
    }
    # and "on Tuesday" is read from it
    dates = extract_article(read_article(folder / "2019-07-12_port.txt")).dates
    assert [d.value for d in dates] == ["2019-07-09"]


def test_no_publication_date_from_a_story_number_a_query_or_an_exports_name():
    from pipeline.ingest.read import date_in_path

    assert date_in_path("uk-politics-20101115.txt") is None  # a story's number
    assert date_in_path("https://news.example/a?utm_campaign=2024-03-05") is None
    assert date_in_path("https://news.example/9f2018-12-03e4/a") is None
    # the first date: the day the site filed the story under, not one in its title
    assert date_in_path("https://news.example/2016/03/15/remembering-1969-07-20") == date(
        2016, 3, 15
    )
