"""Short news-style articles written for the build tests, and helpers to build from them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd

from pipeline.paths import REPO_ROOT

HARBOR = """Harbor News

Port authority approves new ferry terminal

Coastal HeraldPublished: May 2, 2024

The Northbay Port Authority on Tuesday approved a new ferry terminal for the east pier, a project expected to cost about 40 million dollars.

"Commuters have asked for this for a decade," said Marta Ilves, chair of the Northbay Port Authority, after the vote.

Work is set to begin in September and the terminal should open in 2026, the authority said.
"""

LIBRARY = """City Life

Library extends weekend hours

Riverside GazettePublished: January 15, 2024

The Riverside Public Library will stay open until 8 pm on Saturdays starting next month, after a survey found that more than 60 percent of readers wanted longer hours.

"We want the library to fit the way people live now," said Tomas Brandt, director of the Riverside Public Library.

The change adds 12 staff hours a week, according to the city budget office.
"""

FARM = """Business

Dairy cooperative posts record milk sales

Valley TimesPublished: March 20, 2023

The Green Valley Dairy Cooperative sold 18 million liters of milk last year, up 7 percent from the year before, the cooperative said on Monday.

"Our farmers had a good season and prices held," said Ana Okafor, chief executive of the Green Valley Dairy Cooperative.

The cooperative has 240 member farms in three counties.
"""

SCHOOL = """Education

School board adds coding classes

Lakeside ObserverPublished: August 28, 2023

The Lakeside School Board voted on Wednesday to add coding classes to every middle school, beginning with 900 students this fall.

"Every child should learn how a computer thinks," said board president Luis Moreno.

The program will cost about 300,000 dollars in its first year, the board said.
"""

MARKET = """Local News

Farmers market moves to the town square

Hill Country PostPublished: June 3, 2024

The weekly farmers market will move to the town square this summer, Mayor Elena Ruiz said on Friday.

"The square gives the growers more room and the shoppers more shade," Ruiz said.

About 35 stalls are expected each Saturday, according to the market association.
"""

ARTICLES = {
    "harbor.txt": HARBOR,
    "library.md": LIBRARY,
    "farm.txt": FARM,
    "school.txt": SCHOOL,
}


def write_articles(folder: Path, files: dict[str, str] = ARTICLES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of a package folder by relative path, to compare two builds byte for byte."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def assert_same_tables(first: dict[str, pd.DataFrame], second: dict[str, pd.DataFrame]) -> None:
    assert first.keys() == second.keys()
    for name in first:
        pd.testing.assert_frame_equal(first[name], second[name], obj=name)


def run_build_command(
    *args: str, env: dict[str, str] | None = None, cwd: Path = REPO_ROOT
) -> subprocess.CompletedProcess:
    """`python -m pipeline build ARGS` in a new process, as a user runs it (no SOURCE_DATE_EPOCH)."""
    environment = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "build", *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
