"""The look-ups that replace a search per rule give what the search gave, on random texts."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.extract.lexicon import trie_regex
from pipeline.extract.occurrences import Occurrences
from pipeline.extract.phrases import find_phrases
from pipeline.extract.recent import LatestBefore
from pipeline.extract.scan import Matches
from pipeline.extract.statements import (
    CONTENT_END,
    NEXT_ATTRIBUTION,
    PERFECT_TENSE,
    SPEAKER_GOES_ON,
)

WORDS = ["said", "he", "had", "voted", "and", "but", "the", "Bank", "Bank of", "X", "ly"]
MARKS = [" ", " ", ", ", "; ", ". ", " -- ", " (", ") ", "\n", '," ', "'"]


def random_text(rng: random.Random, words: int) -> str:
    return "".join(rng.choice(WORDS) + rng.choice(MARKS) for _ in range(words))


@pytest.mark.parametrize("pattern", [CONTENT_END, NEXT_ATTRIBUTION, SPEAKER_GOES_ON, PERFECT_TENSE])
def test_first_match_after_a_position_is_the_search_from_it(pattern):
    rng = random.Random(pattern.pattern)
    for _ in range(200):
        text = random_text(rng, rng.randint(1, 30))
        start, end = sorted(rng.sample(range(len(text) + 1), 2))
        matches = Matches(pattern, text, start, end)
        for position in range(start, end + 1):
            expected = pattern.search(text, position, end)
            found = matches.first(position)
            assert (found and found.span()) == (expected and expected.span())
        # PERFECT_TENSE ends in \b: cut it where no word goes on past the cut
        if pattern is PERFECT_TENSE:
            for cut in (i for i in range(start, end) if not text[i].isalnum()):
                expected = pattern.search(text, start, cut)
                found = matches.first_before(start, cut)
                assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("pattern", [CONTENT_END, NEXT_ATTRIBUTION, SPEAKER_GOES_ON, PERFECT_TENSE])
def test_matches_read_as_far_as_asked_answer_any_order_of_asks(pattern):
    """`Matches` reads the text only as far as it is asked, from the first position asked for:
    asks in any order, before it too, and the list of every match, are the searches'."""
    rng = random.Random(pattern.pattern + "order")
    for _ in range(200):
        text = random_text(rng, rng.randint(1, 30))
        start, end = sorted(rng.sample(range(len(text) + 1), 2))
        matches = Matches(pattern, text, start, end)
        for _ in range(rng.randint(1, 6)):
            position = rng.randint(max(0, start - 3), end)
            expected = pattern.search(text, position, end)
            found = matches.first(position)
            assert (found and found.span()) == (expected and expected.span())
        every = []
        position = start
        while (match := pattern.search(text, position, end)) is not None:
            every.append(match.span())
            position = match.start() + 1
        assert [match.span() for match in matches.found] == every


def test_phrase_occurrences_are_the_matches_of_the_whole_word_pattern():
    rng = random.Random(3)
    for _ in range(300):
        text = random_text(rng, rng.randint(0, 40))
        phrase = rng.choice(["Bank", "Bank of", "the Bank", "he", "X", ", ", "'", "ly", "said, he"])
        expected = [m.span() for m in re.finditer(rf"\b{re.escape(phrase)}\b", text)]
        assert Occurrences(text).of(phrase) == expected, (text, phrase)


@pytest.mark.parametrize("not_after", [None, re.compile(r"[-'’][a-z]{2}")])
def test_an_articles_phrases_are_found_as_the_trie_pattern_of_them_finds_them(not_after):
    rng = random.Random(7)
    names = ["Bank", "Bank of", "Bank of X", "X", "he", "Jr.", "O'Neill", "X-ly", "'s", ", he"]
    for _ in range(300):
        text = random_text(rng, rng.randint(0, 40))
        text = text.replace("ly", rng.choice(["ly", "-ly", "'ll"]))
        text = text.replace("the", rng.choice(["the", "theX", "the_X", "·X"]))  # inside a word
        phrases = rng.sample(names, rng.randint(1, 4))
        guard = "" if not_after is None else f"(?!{not_after.pattern})"
        # (a phrase that ends in a non-word character, "Jr.", ends there)
        pattern = re.compile(rf"\b(?:{trie_regex(phrases)})(?:\b|(?<=\W)){guard}")
        expected = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
        assert list(find_phrases(text, phrases, not_after)) == expected, (text, phrases)


@pytest.mark.parametrize(
    "words", ["year|month|week", "ago", "aa|a", "said to|to|o", "data|at|according to"]
)
def test_an_anchor_of_small_words_starts_where_a_search_from_each_next_position_finds_it(words):
    from pipeline.extract.scan import _searched_starts, _small_words, anchor_starts

    anchor = re.compile(words)
    assert _small_words(anchor) is not None
    rng = random.Random(words)
    pieces = [*words.split("|"), "a", "y", "x", " ", "\n", "Year", "said"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert list(anchor_starts(anchor, text)) == list(_searched_starts(anchor, text)), text
    assert _small_words(re.compile(words, re.IGNORECASE)) is None
    assert _small_words(re.compile(words + "|Year")) is None


def test_capitalized_words_start_at_every_letter_that_is_not_a_small_ascii_one():
    """`CAPITALIZED` skips to a plain set of characters, then checks the letter's class: every
    character of Unicode starts a word as `[^\\W\\d_a-z]` would."""
    from pipeline.extract.phrases import CAPITALIZED

    plain = re.compile(r"[^\W\d_a-z]\w*")
    for code in range(0x110000):
        char = chr(code)
        assert (CAPITALIZED.fullmatch(char) is None) == (plain.fullmatch(char) is None), hex(code)
    text = "iPhone met Ōla, Zoë and 3Com; _X x-Ray ²nd Олег ʼn"
    assert [m.span() for m in CAPITALIZED.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


def test_latest_recorded_before_a_position_is_the_last_recorded_of_those_before_it():
    rng = random.Random(5)
    length = 500
    latest: LatestBefore[str] = LatestBefore(length)
    recorded: list[tuple[int, str]] = []
    for number in range(300):
        position = rng.randrange(length + 1)
        latest.record(position, number, f"entry {number}")
        recorded.append((position, f"entry {number}"))
        query = rng.randrange(length + 2)
        expected = next(
            ((n, entry) for n, (at, entry) in reversed(list(enumerate(recorded))) if at < query),
            None,
        )
        assert latest.latest(query) == expected


def test_statement_holding_a_number_is_the_first_that_holds_it_in_order_or_not():
    from pipeline.tables import _StatementOf

    rng = random.Random(9)
    for _ in range(2000):
        spans = []
        for number in range(rng.randint(0, 8)):
            start = rng.randint(0, 30)
            spans.append((start, start + rng.randint(0, 6), f"st-{number}"))
        if rng.random() < 0.3:
            # statements inside another's words, as extraction gives them too
            for number, (start, end, _) in enumerate(list(spans)):
                if end - start > 2:
                    spans.append((start + 1, end - 1, f"st-in-{number}"))
        if rng.random() < 0.7:
            spans.sort()  # as extraction gives them (and, with no overlap, by a bisect)
        statement_of = _StatementOf(spans)
        for _ in range(10):
            start = rng.randint(0, 35)
            end = start + rng.randint(0, 4)
            first = next((i for s, e, i in spans if s <= start and end <= e), None)
            assert statement_of(start, end) == first


def test_statements_inside_anothers_words_keep_the_lookup_a_bisect():
    from pipeline.tables import _StatementOf

    statement_of = _StatementOf([(0, 10, "a"), (2, 5, "a-in"), (12, 20, "b")])
    assert statement_of.ordered  # (not the scan over every statement)
    assert [statement_of(3, 4), statement_of(13, 14), statement_of(10, 11)] == ["a", "b", None]


def test_capitalized_words_not_inside_a_word_are_those_the_python_check_kept():
    """`CAPITALIZED_WORD` checks in the pattern that no word character stands before the capital,
    as a Python step after `CAPITALIZED` did: a match inside a word runs to its end."""
    from pipeline.extract.phrases import CAPITALIZED, CAPITALIZED_WORD
    from pipeline.extract.scan import is_word_char

    rng = random.Random(11)
    pieces = ["a", "B", "É", "é", "3", "_", "-", " ", "\n", "iPhone", "ß", "Σ", "σ", ".", "McD"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        kept = [
            (m.start(), m.group())
            for m in CAPITALIZED.finditer(text)
            if not (m.start() and is_word_char(text[m.start() - 1]))
        ]
        assert [(m.start(), m.group()) for m in CAPITALIZED_WORD.finditer(text)] == kept, text


def test_a_paragraphs_sentences_are_those_of_the_whole_text_in_it():
    """`paragraph_sentences` takes a paragraph's sentences from the whole text's, split once:
    the sentences a split of the paragraph alone finds."""
    from pipeline.extract.text import (
        paragraph_sentences,
        paragraphs,
        split_sentences,
        text_sentences,
    )

    pieces = ["It rose.", " ", "\n", "\n\n", "\n \n", "Mr.", " Roe", "said", '"', "”", "?", "!"]
    pieces += ["…", "...", "the", "The", "3", "U.S.", " \t", "(", ")", "and", "\r\n", "A."]
    rng = random.Random(9)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        text_sentences.cache_clear()
        for start, end in paragraphs(text, 0):
            expected = [(s.start, s.end, s.text) for s in split_sentences(text, start, end)]
            found = paragraph_sentences(text, start, end)
            assert [(s.start, s.end, s.text) for s in found] == expected, (text, start, end)


def test_capitalized_words_looked_up_are_where_the_pattern_of_them_matches():
    """`capitalized_starts` finds, among the text's capitalized words, every place where one of
    the words starts after no word character; the patterns that open with such words scanned
    there (`finditer_capitalized`) find what the scan of every capital finds."""
    from pipeline.extract.laws import BALLOT_MEASURE, NUMBERED, NUMBERED_ORDER, PROVISION
    from pipeline.extract.phrases import (
        _capitalized_by_first_letter,
        _capitalized_word_starts,
        capitalized_starts,
        finditer_capitalized,
        leading_words,
    )
    from pipeline.extract.scan import finditer_word, is_word_char

    words = frozenset({"Co.", "Co", "Article", "Prop.", "Proposition", "Ärzte", "Royal"})
    pieces = ["Co.", "Corp", "Article 5", "Articles", "Prop. 47", "Proposition 8", "Ärzte", "x"]
    pieces += [" ", "-", "Royal Order 9", "Section 3", "Regulation (EU) 2016/679", "\n", "a"]
    rng = random.Random(12)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 15)))
        _capitalized_word_starts.cache_clear()
        _capitalized_by_first_letter.cache_clear()
        starts = set(capitalized_starts(text, words))
        for word in words:
            at = text.find(word)
            while at >= 0:
                if not (at and is_word_char(text[at - 1])):
                    assert at in starts, (text, word)
                at = text.find(word, at + 1)
        for pattern in (PROVISION, NUMBERED, NUMBERED_ORDER, BALLOT_MEASURE):
            expected = [m.span() for m in finditer_word(pattern, text)]
            assert [m.span() for m in finditer_capitalized(pattern, text)] == expected, text
    assert leading_words(re.compile(r"\b(?:Ann|Bo) x|\bCy")) is None
    assert leading_words(re.compile(r"\b(?:Ann|Bo)? x")) is None


def test_demonyms_after_no_word_character_are_those_of_the_full_scan():
    from pipeline.extract.article_country import _demonym_matches, _demonym_pattern
    from pipeline.extract.phrases import _capitalized_by_first_letter, _capitalized_word_starts

    pieces = ["Indian", "AmerIndian", "American", "Americans", " ", "-", "x", "3", "\n", "."]
    pieces += ["Kenyan", "Kenyan-born", "_", "British", "Britishness"]
    rng = random.Random(13)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        _capitalized_word_starts.cache_clear()
        _capitalized_by_first_letter.cache_clear()
        expected = [
            m.span()
            for m in _demonym_pattern().finditer(text)
            if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")
        ]
        assert [m.span() for m in _demonym_matches(text)] == expected, text


def test_words_read_back_are_the_words_of_the_window_nearest_first():
    from pipeline.entities.institutions import WORD, _words_back
    from pipeline.extract.scan import reversed_text

    pieces = ["Bank", " ", "of", "Japan's", "-", "’s", "&", "\n", "x", "Sun-Times", ".", "  "]
    rng = random.Random(14)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        reversed_text.cache_clear()
        position = rng.randint(0, len(text))
        reach = rng.randint(0, 40)
        expected = [
            (w.start(), w.end(), w.group())
            for w in reversed(list(WORD.finditer(text, max(0, position - reach), position)))
        ]
        assert list(_words_back(text, position, reach)) == expected, (text, position, reach)
