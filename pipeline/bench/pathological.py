"""`python -m pipeline.bench.pathological`: extraction time on inputs made to be slow.

Each input repeats one pattern a rule looks at (a verb of saying, a quote mark, a law word,
a month, a name, ...) or has a shape the rules do not expect (one line with no space, no
punctuation at all, thousands of short lines). Every input is read, cleaned and extracted
as a file of a build is (`process_file`), and its rows added to the tables, at 25, 50 and
100 KB: time that grows linearly doubles with the size, time that grows with the square of
the size quadruples. Then the scale test: a 5 MB article without punctuation and an 8 MB
single paragraph of news.

    .venv/bin/python -m pipeline.bench.pathological                 # every input, then the scale test
    .venv/bin/python -m pipeline.bench.pathological --only said --sizes 25 50 100 200
    .venv/bin/python -m pipeline.bench.pathological --no-scale --limit 30

Each input runs in a process of its own, stopped after `--limit` seconds, so an input that
would take hours is reported as such instead of stalling the bench. Prints, never asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

KB = 1000
MB = 1000 * KB
SIZES_KB = (25, 50, 100)
TARGET_SECONDS_100KB = 2.0  # per pathological article of 100 KB
TARGET_SECONDS_SCALE = 60.0  # per article of the scale test
# A header as a page copied from the web has one, so the cleaning rules run on every input.
HEADER = "Pathological input\n\nDaily Courier Updated: March 4, 2024 09:15\n\n"

NEWS_SENTENCE = (
    "the government plan would cut spending on schools and roads next year while officials "
    "in the ministry warned that the budget for health care was too small to meet demand as "
    "prices rose across the country and workers asked for higher wages in talks with employers "
    "who said they could not pay more without help from the state bank or new loans from "
    "investors abroad"
)
NEWS_WORDS = NEWS_SENTENCE.split()
REPORTING = ["said", "says", "told reporters", "added", "according to", "asked whether", "warned"]
NAMES = ["Jane Roe", "John Smith", "Mr Smith", "Ms Li", "President Wang", "Dr. Okafor"]
MONTHS = "January February March April May June July August September October November December"
MARKS = ['"', "“", "”", "«", "»", "‘", "’", "''", "'"]


def _repeat(unit: str) -> Callable[[int], str]:
    """`unit` repeated whole, to `size` characters or just under (at least once)."""

    def make(size: int) -> str:
        return unit * max(1, size // len(unit))

    return make


def _words(pick: Callable[[random.Random], str], separator: str = " ") -> Callable[[int], str]:
    """Words drawn by `pick` from a generator seeded with the size, until `size` characters."""

    def make(size: int) -> str:
        rng = random.Random(size)
        parts, length = [], 0
        while length < size:
            word = pick(rng)
            parts.append(word)
            length += len(word) + len(separator)
        return separator.join(parts)[:size]

    return make


def _syllable_name(rng: random.Random) -> str:
    """A capitalized made-up word ("Dovaku"): names no list knows, each different."""
    syllables = [
        rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4))
    ]
    return "".join(syllables).capitalize()


def _numbers(size: int) -> str:
    return ", ".join(str(n) for n in range(1, size // 2))[:size]


def _nested_quotes(size: int) -> str:
    """Quotes nested 1,000 deep (alternating guillemets and curly marks), again and again."""
    unit = "«“" * 500 + " she said " + "”»" * 500 + " "
    return _repeat(unit)(size)


def _news_mix(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.55:
        return rng.choice(NEWS_WORDS)
    if roll < 0.65:
        return rng.choice(REPORTING)
    if roll < 0.72:
        return rng.choice(NAMES)
    if roll < 0.78:
        return rng.choice(MARKS) + rng.choice(NEWS_WORDS)
    if roll < 0.84:
        return str(rng.randint(1, 5000)) + rng.choice(["", "%", " percent", " million"])
    if roll < 0.88:
        return rng.choice(MONTHS.split()) + " " + str(rng.randint(1, 28))
    if roll < 0.94:
        return rng.choice(NEWS_WORDS) + rng.choice([".", ",", ":", ";", "?"])
    return rng.choice(["\n", "\n\n", "(", ")", "--", "—"])


def _news_paragraph(size: int) -> str:
    """Sentences of news, every kind of rule's business, as one paragraph without a break."""
    rng = random.Random(size)
    sentences, length = [], 0
    while length < size:
        name = rng.choice(NAMES)
        words = " ".join(rng.choice(NEWS_WORDS) for _ in range(rng.randint(6, 18)))
        sentence = rng.choice(
            [
                f'"{words.capitalize()}," {name} said.',
                f"{name} said {words}.",
                f"{words.capitalize()}, according to the Ministry of Finance.",
                f"The {rng.choice(MONTHS.split())} figures rose {rng.randint(2, 90)} percent to "
                f"{rng.randint(100, 9000)} schools, {words}.",
                f"“{words.capitalize()}”, she added, “and {words}.”",
                f"{words.capitalize()} under the Data Protection Act of {rng.randint(1990, 2024)}.",
            ]
        )
        sentences.append(sentence)
        length += len(sentence) + 1
    return " ".join(sentences)[:size]


@dataclass(frozen=True)
class Case:
    name: str
    why: str  # the rule it stresses
    make: Callable[[int], str]  # size in characters -> the article body
    # first in the file, where the byline is looked for, rather than after the page's header
    first: bool = False


CASES = [
    Case("asked-whether", "a verb of asking per word", _repeat("asked whether ")),
    Case("said", "a reporting verb per word", _repeat("said ")),
    Case("according-to", "a source phrase per cue", _repeat("according to ")),
    Case("told-reporters", "'told' and its object", _repeat("told reporters ")),
    Case("name-said", "a speaker before every cue", _repeat("Mr Smith said ")),
    Case("said-sentences", "a statement per sentence", _repeat("Mr Smith said the plan failed. ")),
    Case("she-said-quotes", "pronoun speakers", _repeat('"The plan failed," she said. ')),
    Case("adding-that", "participles after a comma", _repeat("the plan failed, adding that ")),
    Case("quote-marks", "straight quote marks", _repeat('"')),
    Case("quoted-words", "short quotes in one paragraph", _repeat('"word" ')),
    Case("unbalanced-quotes", "opening marks only", _repeat("“word ")),
    Case("nested-quotes", "quotes nested 1,000 deep", _nested_quotes),
    Case("data-act", "a law word after every name", _repeat("the Data Act of ")),
    Case("law-names", "capitalized words before law words", _repeat("Data Protection Act ")),
    Case("numbers", "a number per word", _numbers),
    Case("percent", "numbers with units", _repeat("5% to 7 percent of 300 schools, ")),
    Case("months", "month names", _repeat(MONTHS + " ")),
    Case("dates", "full dates", _repeat("on January 5, 2020 and ")),
    Case("in-year", "years after a preposition", _repeat("in 2020 ")),
    Case("weekdays", "relative dates", _repeat("last Monday ")),
    Case(
        "baselines",
        "dates anchored to the date before",
        _repeat("a year ago, a year earlier. "),
    ),
    Case("names", "one capitalized name repeated", _repeat("Mr Smith ")),
    Case("distinct-names", "a new name each time", _words(lambda r: "Mr " + _syllable_name(r))),
    Case("capitalized", "capitalized words", _words(_syllable_name)),
    Case("ministries", "institution words", _repeat("Ministry of ")),
    Case(
        "distinct-ministries",
        "a new institution each time",
        _words(lambda r: f"the {_syllable_name(r)} Ministry said"),
    ),
    Case("the-ministry", "short references", _repeat("the ministry ")),
    Case("titles", "title words", _repeat("President ")),
    Case("spokesman", "nominal speakers", _repeat("the spokesman ")),
    Case("no-spaces", "one line without a space", _repeat("a")),
    Case("unpunctuated", "ordinary words, no punctuation", _words(lambda r: r.choice(NEWS_WORDS))),
    Case("short-lines", "thousands of short lines", _repeat("word\n")),
    Case("blank-lines", "paragraph breaks", _repeat("word\n\n")),
    Case("line-separators", "\\u2028 between words", _repeat("word\u2028")),
    Case("angle-brackets", "runs of '>'", _repeat(">")),
    Case("guillemets", "runs of '»'", _repeat("» ")),
    Case("parentheses", "an opening parenthesis per word", _repeat("word (")),
    Case("commas", "a comma per word", _repeat("word, ")),
    Case("hyphen-chain", "one word of capitals joined by hyphens", _repeat("Ab-")),
    Case("capital-word", "one word of capitals", _repeat("A")),
    Case("legal-forms", "a legal form after every name", _repeat("Acme Inc ")),
    Case("acronyms", "a defined acronym per name", _repeat("Data Bank (DB) ")),
    Case("dashes", "dashes between words", _repeat("word -- ")),
    Case("initials", "abbreviations and initials", _repeat("A. Mr. ")),
    Case("who-said", "relative clauses", _repeat("who said ")),
    Case("colon-paragraphs", "paragraphs ending 'said:'", _repeat("He said:\n\n")),
    Case(
        "byline-line",
        "a short line that is very long",
        lambda size: "Updated " + "x" * size,
        first=True,
    ),
    Case("byline-glued", "one word of byline words", _repeat("Updated111,"), first=True),
    Case("periods", "a run of full stops", _repeat(".")),
    Case("such-firms", "'such' and the nouns before it", _repeat("such companies and firms ")),
    Case("of-the-group", "'of the 27': groups of groups", _repeat("of the 5 ")),
    Case("at-numbers", "numbers reached 'at' or 'to'", _repeat("rose 5 points to close at 6 ")),
    Case("dotted-dates", "day.month.year with dots", _repeat("on 5.7.23 and ")),
    Case("money-cents", "sums of money and their cents", _repeat("3 dollars and 50 cents and ")),
    Case("signed-units", "signs, fractions and codes", _repeat("- 5 degrees F, 1/2 cup, 30 MUSD ")),
    Case("appositives", "names with appositives", _repeat("Jane Doe, a spokeswoman, said ")),
    Case("open-quotes", "quotes left open at paragraph ends", _repeat("“The plan works\n\n")),
    Case("markdown", "emphasis marks", _repeat("**word** _word_ ")),
    Case("apostrophes", "two apostrophes as quote marks", _repeat("''")),
    Case("internationals", "names ending in International", _repeat("Acme International ")),
    Case(
        "capitals-international",
        "one word of capitals, then International",
        lambda size: "A" * max(1, size - 14) + " International",
        first=True,
    ),
    Case("employers", "a title and its employer", _repeat("an economist at Acme ")),
    Case(
        "staff-employers", "a staff title after a name", _repeat("Acme Rovers head coach Jo Hale ")
    ),
    Case(
        "owned-reports", "reports with their owners", _repeat("Acme Watch's latest annual report ")
    ),
    Case(
        "per-share",
        "money in one sentence on earnings per share",
        lambda size: "Earnings per share: " + _repeat("$1.50, ")(size),
    ),
    Case(
        "points", "points after a percentage point", _repeat("0.2 percentage point and 0.1 point, ")
    ),
    Case(
        "with-participles",
        "a speaker with a participle",
        _repeat("with Jo Hale urging him to go, "),
    ),
    Case(
        "spoke-then-quotes",
        "a quote paragraph after someone spoke",
        _repeat("Jo Hale spoke to reporters.\n\n“We will go on now.”\n\n"),
    ),
    Case("quote-lines", "a quote on each of many lines", _repeat("“We will go on now.”\n")),
    Case("quotes-one-line", "quoted sentences on one line", _repeat("“We will go on now.” ")),
    Case(
        "opening-documents",
        "sentences that open with a document",
        _repeat("In a statement, Acme said it. "),
    ),
    Case(
        "partial-quotes",
        "partial quotes in one report",
        _repeat('Acme "has space" while Bcme "has none", '),
    ),
    Case("post-nominals", "names with letters after them", _repeat("Jo Hale MP ")),
    Case("bank-country", "an organisation word before a country", _repeat("Bank Indonesia ")),
    Case("numbered-laws", "laws by their numbers", _repeat("Law No. 4/2009 on Mining ")),
    Case("possessive-titles", "owners before titles", _repeat("Japan's finance minister ")),
    Case(
        "said-in-statements", "one-word companies' statements", _repeat("Acme said in a statement ")
    ),
    Case(
        "signed-quotes",
        "quotes signed after a dash",
        _repeat('"We will not fail here." - Jo Hale\n'),
    ),
    Case(
        "signed-paragraphs",
        "paragraphs signed with a name and an office",
        _repeat(
            "Prices will rise next year and wages will lag behind. Jo Hale, chief economist\n\n"
        ),
    ),
    Case(
        "head-first-names",
        "names in other languages, each different",
        _words(lambda r: f"Banco {_syllable_name(r)} do {_syllable_name(r)} said"),
    ),
    Case("polls", "a poll per name", _repeat("a Zentra poll ")),
    Case("in-letters", "documents in asides", _repeat("Jo Hale, in the letter, ")),
    Case(
        "capital-labels",
        "a transcript's one-word labels in capitals, each different",
        lambda size: (
            "JO HALE: Yes.\n\nJOHN ROE: No.\n\n"
            + _words(lambda r: f"{_syllable_name(r).upper()}: Words here.", "\n\n")(size)
        ),
    ),
    Case(
        "shared-given-names",
        "people who share a given name, each family name different",
        _words(lambda r: f"Mr. Karan {_syllable_name(r)} said"),
    ),
    Case(
        "clipped-names",
        "words that open as five institutions' names do, each different (clipped compounds)",
        lambda size: (
            "".join(f"The Da{k} Statistics Agency said. " for k in ("ba", "ce", "di", "fo", "gu"))
            + _words(lambda r: f"Da{_syllable_name(r).lower()}sta said")(size)
        ),
    ),
    Case(
        "company-officers",
        "a company officer's title after each made-up name",
        _words(lambda r: f"{_syllable_name(r)} CEO Jo {_syllable_name(r)} said"),
    ),
    Case(
        "same-leaders",
        "one body's leader named again and again (a party's name judged once)",
        _repeat("Labour leader Keir Starmer spoke. "),
    ),
    Case(
        "same-employee-titles",
        "one employer's spokesman named again and again (its name judged once)",
        _repeat("Google spokesman Jose Castaneda spoke. "),
    ),
    Case(
        "elisions",
        "straight apostrophes opening words ('til, 'em) before statements",
        _repeat("Fans sang 'til dawn and let 'em talk, Jane Roe said on Monday. "),
    ),
    Case(
        "same-company-officers",
        "one company's officer named again and again, the company after a capital once",
        lambda size: _repeat("Acme CEO Jo Roe said the plan works. ")(size) + "Then Big Acme grew.",
    ),
    Case(
        "who-relatives",
        "relative clauses without commas before a verb of saying",
        _repeat("The official who spoke to reporters said the plan works. "),
    ),
    Case(
        "title-modifiers",
        "office modifiers only, each a title's possible start",
        _repeat("Acting Deputy "),
    ),
    Case(
        "number-words-no-digit",
        "number words and no digit to end the search",
        _repeat("said one woman "),
    ),
    Case(
        "aside-participles",
        "a participle after every attribution",
        _repeat("the ministry said, beating "),
    ),
    Case(
        "according-appositives",
        "one sentence of sources with titles and no full stop",
        _repeat("according to Jo Roe, CEO of Acme, Managing Director, JSE, sales rose "),
    ),
    Case(
        "legislatures",
        "legislatures' own names, each a speaker's body",
        _repeat("the Speaker of the Saeima, Jo Roe, said the Knesset and the Sejm met. "),
    ),
    Case(
        "dash-interview",
        "an interview of dashed questions and answers, each turn a statement",
        lambda size: (
            "Interview of Jo Roe with APA\n\n"
            + _repeat("-Why did the plan fail?\n\n-Because the money ran out in May.\n\n")(size)
        ),
    ),
    Case(
        "announced-interviews",
        "a line announcing an interview's excerpts before every question",
        _repeat("Excerpts of the interview with BBC's Jo Roe:\nWhy?\nBecause it rained.\n"),
    ),
    Case(
        "semicolon-lists",
        "one sentence of reports parted by semicolons, each a list's item",
        _repeat("Jo Roe said the parks would be in Kratie; Ann Lee said in Pursat; "),
    ),
    Case(
        "news-agencies",
        "news agencies' names, alone and inside longer names",
        _repeat("Reuters said Thomson Reuters and Xinhua News Agency met AFP. "),
    ),
    Case(
        "budget-laws",
        "budget laws by year, with and without their year and articles",
        _repeat("the Law on the State Budget for 2010, the Law on State Budget and Q2 in 2017, "),
    ),
    Case(
        "restated-numbers",
        "numbers in words restated in digits, and lower bounds after numbers",
        _repeat("forty eight (48) contacts aged 15 years and above, two (2) (3) cases or more, "),
    ),
    Case(
        "wished-reports",
        "a press release's wish to inform before every clause, and the same verbs without it",
        _repeat("The ministry wishes to inform the public that X rose; to announce the deal, "),
    ),
    Case(
        "cast-lines",
        "a broadcast's credits on every line, each a person",
        _repeat("Presenter: Jo Roe\nSpeaker: Dr Jo Lee, Permanent Secretary for Health\n"),
    ),
    Case(
        "labelled-lines",
        "one paragraph of turns that single line breaks part",
        _repeat("ROE: We have 3,189 cases reported so far.\nLEE: Any deaths?\n"),
    ),
    Case(
        "noted-by-offices",
        "sources opening sentences, each an office of a state and its holder's body",
        _repeat(
            "As noted by the Prime Minister of the Republic of Norland Jo Roe, Director of the "
            "National Statistics Office, said X. "
        ),
    ),
    Case(
        "international-organisations",
        "listed organisations beside names that start with them, each a short form's candidate",
        _repeat(
            "FIFA and the Red Cross Society of Acme Corp, Oxfam International and Oxfam said. "
        ),
    ),
    Case(
        "characterisations",
        "a quote after every characterising verb, some inside reports",
        _repeat('Jo Roe called the plan a "disaster" and said it "failed the poor," calling it '),
    ),
    Case(
        "web-names",
        "capitalized words with dots, each a site's name or not",
        _repeat("Kun.uz and Acme.co.uk told Jo.Roe at A.b.c.d, U.S.a www.X.com/y "),
    ),
    Case(
        "scales-in-parts",
        "numbers in scales' parts, Gulf currencies, parts of a point and rates of counts",
        _repeat(
            "13 billion 322 million drams, BD20 million, 0.1 of a percentage point, 300 houses a year "
        ),
    ),
    Case(
        "relayed-reports",
        "reports set inside their clause and relayed by an outlet, one long sentence",
        _repeat(
            'The plan, said Jo Roe, will cut costs, the office said it was "due to the data,"'
            " according to the news agency MTI, "
        ),
    ),
    Case(
        "the-names-said",
        "a new name after 'The' or 'the' that speaks, and kinds' lists, each time",
        _words(
            lambda r: (
                f"The {_syllable_name(r)} said it rose, the {_syllable_name(r)} reported."
                f" Firms such as {_syllable_name(r)} and {_syllable_name(r)} grew."
            )
        ),
    ),
    Case("news-mix", "random news words and marks", _words(_news_mix)),
    Case("news-paragraph", "one paragraph of news", _news_paragraph),
]


def _case_maker(name: str) -> Callable[[int], str]:
    return next(case.make for case in CASES if case.name == name)


SCALE = [
    Case("unpunctuated", "a 5 MB article without punctuation", _case_maker("unpunctuated")),
    Case("news-paragraph", "an 8 MB single paragraph", _news_paragraph),
]
SCALE_SIZES = {"unpunctuated": 5 * MB, "news-paragraph": 8 * MB}


def _case(name: str) -> Case:
    return next(case for case in CASES if case.name == name)


def article_text(case: Case, size: int) -> str:
    if case.first:
        return case.make(size) + "\n\n" + HEADER
    return HEADER + case.make(size) + "\n"


Result = float | str | None  # seconds, the error extraction raised, or None: out of time


def _time_one(folder: Path, case: Case, size: int) -> tuple[float, float]:
    """Seconds to read, clean and extract the article, as a build's worker does, and to add its
    rows to the tables, as the build then does with each extraction: wall-clock and CPU time of
    this process (the same on a quiet machine; on a busy one the CPU time is what the rules
    cost)."""
    from pipeline.parallel import process_file
    from pipeline.tables import TableAssembler

    path = folder / f"{case.name}-{size}.txt"
    path.write_text(article_text(case, size), encoding="utf-8")
    assembler = TableAssembler()
    started, cpu_started = time.perf_counter(), time.process_time()
    assembler.add(process_file(path))
    return time.perf_counter() - started, time.process_time() - cpu_started


def _child(name: str, sizes: list[int], runs: int) -> None:
    """Time one input at each size in this process, the median of `runs`; one JSON line per size
    on stdout."""
    from pipeline.model import ArticleError
    from pipeline.parallel import process_file

    with tempfile.TemporaryDirectory(prefix="newsdata-pathological-") as folder:
        warm = Path(folder) / "warm.txt"
        warm.write_text(HEADER + "Jane Roe said the plan failed on Monday.\n", encoding="utf-8")
        process_file(warm)  # loads and compiles the rules before the clock starts
        for size in sizes:
            try:
                timings = [_time_one(Path(folder), _case(name), size) for _ in range(runs)]
            except ArticleError as error:  # the file a build would report and skip
                print(json.dumps({"size": size, "error": str(error).split(": ", 1)[-1]}))
                return
            seconds = statistics.median(wall for wall, _ in timings)
            cpu = statistics.median(cpu for _, cpu in timings)
            print(json.dumps({"size": size, "seconds": seconds, "cpu": cpu}), flush=True)


def time_case(
    name: str, sizes: list[int], limit: float, runs: int = 1
) -> tuple[dict[int, Result], dict[int, float]]:
    """Median seconds per size, all in one child process; None for a size not done within
    `limit` s a run (the sizes after it are not tried), the error for one whose extraction
    raised. Beside them, the median CPU seconds of the sizes done."""
    command = [sys.executable, "-m", "pipeline.bench.pathological", "--child", name]
    command += [str(size) for size in sizes] + ["--runs", str(runs)]
    results: dict[int, Result] = dict.fromkeys(sizes)
    cpu: dict[int, float] = {}
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as child:
        try:
            out, _ = child.communicate(timeout=limit * len(sizes) * runs)
        except subprocess.TimeoutExpired:
            child.kill()
            out, _ = child.communicate()
    for line in out.splitlines():
        row = json.loads(line)
        results[row["size"]] = row.get("seconds", row.get("error"))
        if "cpu" in row:
            cpu[row["size"]] = row["cpu"]
    return results, cpu


def _figures(results: dict[int, Result], limit: float) -> list[str]:
    """Seconds per size, ">limit" when out of time, "failed" when extraction raised ("-" after)."""
    figures = []
    for result in results.values():
        if figures and figures[-1] in ("failed", "-"):
            figures.append("-")
        elif isinstance(result, str):
            figures.append("failed")
        else:
            # milliseconds shown: a small article now extracts in under 5 ms (0.00 said nothing)
            figures.append(f"{result:.3f}" if result is not None else f">{limit:.0f}")
    return figures


def _growth(results: dict[int, Result]) -> str:
    """Time at the largest size over time at half of it: 2 is linear, 4 quadratic."""
    largest = max(results)
    half, full = results.get(largest // 2), results[largest]
    if not isinstance(half, float) or not isinstance(full, float) or half <= 0:
        return ""
    return f"x{full / half:.1f}"


def _missed(result: Result, target: float) -> bool:
    return not isinstance(result, float) or result > target


def _load() -> str:
    """The machine's load averages over 1, 5 and 15 minutes, where the system tells them."""
    try:
        return " / ".join(f"{load:.2f}" for load in os.getloadavg())
    except (AttributeError, OSError):
        return "unknown"


def run(
    names: list[str] | None, sizes_kb: list[int], limit: float, scale: bool, runs: int = 1
) -> Iterator[str]:
    """Lines of the report, each as soon as its input is measured."""
    cases = [case for case in CASES if names is None or case.name in names]
    sizes = [kb * KB for kb in sizes_kb]
    largest = max(sizes_kb)
    median = f"median of {runs} runs, " if runs > 1 else ""
    yield (
        f"Seconds ({median}wall clock) to read, clean, extract one pathological article and add "
        f"its rows to the tables (target < {TARGET_SECONDS_100KB:.0f} s at 100 KB; doubling the "
        "size should double the time), and the CPU seconds at the largest size: on a busy "
        "machine the wall clock grows, the CPU time does not"
    )
    yield f"load average at the start (1 / 5 / 15 min): {_load()}"
    yield (
        f"{'input':<20}"
        + "".join(f"{kb:>9} KB" for kb in sizes_kb)
        + f"{f'CPU {largest} KB':>14}   growth  stresses"
    )
    missed, failures = [], []
    for case in cases:
        results, cpu = time_case(case.name, sizes, limit, runs)
        cells = "".join(f"{figure:>12}" for figure in _figures(results, limit))
        cpu_cell = f"{cpu[largest * KB]:.3f}" if largest * KB in cpu else "-"
        yield f"{case.name:<20}{cells}{cpu_cell:>14}   {_growth(results):>6}  {case.why}"
        if 100 * KB in results and _missed(results[100 * KB], TARGET_SECONDS_100KB):
            missed.append(case.name)
        failures += [f"  {case.name}: {r}" for r in results.values() if isinstance(r, str)][:1]
    if 100 * KB in sizes:
        yield f"over {TARGET_SECONDS_100KB:.0f} s at 100 KB: {', '.join(missed) or 'none'}"
    yield f"load average at the end (1 / 5 / 15 min): {_load()}"
    if failures:
        yield "failed:"
        yield from failures
    if not scale:
        return
    yield ""
    scale_limit = max(limit, 10 * TARGET_SECONDS_SCALE)
    yield f"Scale test (target < {TARGET_SECONDS_SCALE:.0f} s per article)"
    for case in SCALE:
        if names is not None and case.name not in names:
            continue
        size = SCALE_SIZES[case.name]
        result = time_case(case.name, [size], limit=scale_limit)[0][size]
        verdict = "MISSED" if _missed(result, TARGET_SECONDS_SCALE) else "ok"
        figure = _figures({size: result}, scale_limit)[0]
        yield f"{case.why:<40}{figure:>10} s  {verdict}"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.bench.pathological", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--only", nargs="+", metavar="NAME", help="only these inputs")
    parser.add_argument(
        "--sizes", nargs="+", type=int, default=list(SIZES_KB), metavar="KB", help="sizes in KB"
    )
    parser.add_argument(
        "--limit", type=float, default=60.0, help="seconds allowed per input and size (default 60)"
    )
    parser.add_argument(
        "--scale",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also time the 5 MB and 8 MB articles (default: on)",
    )
    parser.add_argument(
        "--runs", type=int, default=1, help="runs of each input and size; the median is printed"
    )
    parser.add_argument("--list", action="store_true", help="list the inputs and exit")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.child:
        _child(args.child[0], [int(size) for size in args.child[1:]], args.runs)
        return 0
    if args.list:
        for case in CASES:
            print(f"{case.name:<20}{case.why}")
        return 0
    for line in run(args.only, args.sizes, args.limit, args.scale, args.runs):
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
