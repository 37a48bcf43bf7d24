"""Bad inputs and faults, as a careful user or an attacker would try them, on the command line.

Every case is generated here (no committed binaries). Each asserts the exit code, the
one-line message, what was published, and that no file of the user's was touched.
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import main
from tests.build_helpers import FARM, HARBOR, LIBRARY, MARKET, SCHOOL, run_build_command

pytestmark = pytest.mark.slow  # each build is a new interpreter (~3 s)

PLAIN = 'The city said on Monday that "work will start soon," and 12 crews would help.\n'


def listing(root: Path) -> dict[str, object]:
    """Every entry under `root` without following links: kind, and bytes for regular files."""
    entries: dict[str, object] = {}
    for folder, dirs, files in os.walk(root):
        for name in sorted(dirs + files):
            path = Path(folder, name)
            mode = path.lstat().st_mode
            key = str(path.relative_to(root))
            if stat.S_ISLNK(mode):
                entries[key] = ("link", os.readlink(path))
            elif stat.S_ISREG(mode):
                entries[key] = path.read_bytes()
            else:
                entries[key] = stat.S_IFMT(mode)
    return entries


def documents(out: Path) -> pd.DataFrame:
    return pd.read_csv(out / "csv" / "documents.csv", dtype=str, keep_default_na=False)


PROGRESS = re.compile(r"(?:extracted|read) \d")  # progress lines, shown when a build is slow


def lines(result: subprocess.CompletedProcess) -> list[str]:
    """The error lines of a build, without its progress lines."""
    return [line for line in result.stderr.splitlines() if not PROGRESS.match(line)]


# --- one corpus of bad files: each costs one line, the rest are published -------------


def write_bad_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True)

    def put(name: str, text: str, meta: str | None = None) -> None:
        (folder / name).write_text(text, encoding="utf-8")
        if meta is not None:
            stem = name.rsplit(".", 1)[0]
            (folder / f"{stem}.meta.json").write_text(meta, encoding="utf-8")

    put("good.txt", HARBOR)
    put("future.txt", LIBRARY, json.dumps({"published": "2300-11-08"}))
    put("byline-2300.txt", FARM.replace("March 20, 2023", "November 8, 2300"))
    put("upper-language.txt", SCHOOL, json.dumps({"language": "EN"}))
    put("named-language.txt", SCHOOL, json.dumps({"language": "English"}))
    put("bad-language.txt", MARKET, json.dumps({"language": "Klingon dialect"}))
    put("proto.txt", MARKET, '{"__proto__": {"polluted": true}, "title": "x"}')
    put("deep.txt", MARKET, "[" * 100_000 + "]" * 100_000)
    put(
        "controls.txt", HARBOR.replace("Tuesday", "Tues\x00day\x07").replace("pier,", "pier,\u2028")
    )
    put(
        "quotes.txt",
        HARBOR + "\n\n" + '"\u201c' * 1000 + "deep" + '\u201d"' * 1000 + " said Ana.\n",
    )
    put("新闻.txt", LIBRARY)
    put("报道.txt", FARM)
    put("Zoë Müller.txt", SCHOOL)
    put("evil\nerror: forged line.txt", "")
    put("\x1b[31mred.txt", "  \n")
    put("lonely.meta.json", "{}")
    put(".draft.txt", HARBOR)
    (folder / "folder.txt").mkdir()  # a folder is read, whatever its name ends with
    (folder / "folder.txt" / "inside.txt").write_text(LIBRARY, encoding="utf-8")
    (folder / "gone.txt").symlink_to("missing-target.txt")
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "outside.txt").symlink_to("/etc/hostname")
    os.mkfifo(folder / "pipe.txt")  # reading it would wait for ever
    return folder


@pytest.fixture(scope="module")
def bad_corpus_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad")
    corpus = write_bad_corpus(root / "articles")
    before = listing(corpus)
    out = root / "package"
    result = run_build_command("--input", str(corpus), "--out", str(out))
    return result, corpus, out, before


def test_each_bad_file_is_one_line_naming_it_and_the_rest_are_published(bad_corpus_build):
    result, corpus, out, _ = bad_corpus_build
    assert result.returncode == 1
    expected = [
        f"{corpus}/.draft.txt: skipped, a hidden file",
        f"{corpus}/gone.txt: skipped, a broken link",
        f"{corpus}/lonely.meta.json: skipped, a sidecar with no article (lonely.txt, .md, .html or .htm) beside it",
        f"{corpus}/loop.txt: skipped, a link that loops",
        f"{corpus}/outside.txt: skipped, a link to a file outside the input folder",
        f"{corpus}/pipe.txt: skipped, not a regular file",
        f"{corpus}/\\x1b[31mred.txt: file is empty; remove it or add the article text",
        f"{corpus}/bad-language.meta.json: language 'Klingon dialect' is not a language code such as en, fr or zh",
        f"{corpus}/deep.meta.json: JSON nested too deeply; fix or remove the sidecar",
        f"{corpus}/evil\\nerror: forged line.txt: file is empty; remove it or add the article text",
        f"{corpus}/future.meta.json: published 2300-11-08 is outside 1678-2261; fix the date",
        f"{corpus}/proto.meta.json: unknown keys __proto__; allowed are title, publisher, published, url, section, language",
    ]
    assert lines(result) == expected
    assert "; 6 files failed, 6 files skipped)" in result.stdout
    assert sorted(documents(out)["source"]) == sorted(
        [
            "byline-2300.txt",
            "controls.txt",
            "folder.txt/inside.txt",
            "good.txt",
            "named-language.txt",
            "quotes.txt",
            "upper-language.txt",
            "Zoë Müller.txt",
            "报道.txt",
            "新闻.txt",
        ]
    )


def test_no_file_of_the_users_is_touched(bad_corpus_build):
    _, corpus, _, before = bad_corpus_build
    assert listing(corpus) == before


def test_values_that_would_break_a_later_stage_are_settled_where_the_article_is_read(
    bad_corpus_build,
):
    _, _, out, _ = bad_corpus_build
    rows = documents(out).set_index("source")
    assert rows.loc["byline-2300.txt", "published"] == ""  # a date no table can hold: unknown
    assert rows.loc["upper-language.txt", "language"] == "en"
    assert rows.loc["named-language.txt", "language"] == "en"
    text = rows.loc["controls.txt", "text"]
    assert "\x00" not in text and "\x07" not in text and "\u2028" not in text
    assert "Tuesday" in text


def test_names_without_latin_letters_keep_distinct_ids(bad_corpus_build):
    _, _, out, _ = bad_corpus_build
    ids = documents(out).set_index("source")["document_id"]
    assert ids["Zoë Müller.txt"] == "zoe-muller"
    assert ids["新闻.txt"] != ids["报道.txt"]
    assert ids["新闻.txt"].startswith("article-") and ids["报道.txt"].startswith("article-")


# --- --out: never over the user's files ------------------------------------------------


def user_folder(root: Path) -> Path:
    (root / "articles").mkdir(parents=True)
    (root / "articles" / "harbor.txt").write_text(HARBOR, encoding="utf-8")
    (root / "articles" / "notes.pdf").write_bytes(b"%PDF-1.4 notes")
    (root / "thesis.docx").write_bytes(b"PK thesis")
    return root


@pytest.mark.parametrize(
    ("out", "message"),
    [
        (
            "articles",
            "{root}/articles: is the input folder; publish the package into another folder",
        ),
        (
            ".",
            "{root}: holds the input folder {root}/articles; publish the package into a folder "
            "of its own",
        ),
        (
            "thesis.docx",
            "{root}/thesis.docx: is a file; --out must be a folder (new, empty, or a package "
            "this tool wrote)",
        ),
        (
            "thesis.docx/package",
            "{root}/thesis.docx/package: cannot be created: {root}/thesis.docx is a file",
        ),
    ],
)
def test_an_out_that_would_cost_the_users_files_is_one_line_and_changes_nothing(
    tmp_path, out, message
):
    root = user_folder(tmp_path / "work")
    before = listing(tmp_path)
    result = run_build_command("--input", "articles", "--out", out, cwd=root)
    assert result.returncode == 1
    assert lines(result) == [f"error: {message.format(root=root)}"]
    assert listing(tmp_path) == before


def test_a_bad_source_date_epoch_is_one_line_before_any_work(tmp_path):
    root = user_folder(tmp_path / "work")
    result = run_build_command(
        "--input", "articles", "--out", "package", cwd=root, env={"SOURCE_DATE_EPOCH": "abc"}
    )
    assert result.returncode == 1
    assert lines(result) == [
        "error: SOURCE_DATE_EPOCH='abc' is not a number of seconds since 1970-01-01 "
        "(e.g. 1700000000); unset it or fix it"
    ]
    assert not (root / "package").exists()


def test_an_out_name_with_pattern_characters_is_published(tmp_path):
    root = user_folder(tmp_path / "work")
    result = run_build_command("--input", "articles", "--out", "pkg [1] *", cwd=root)
    assert result.returncode == 0, result.stderr
    assert (root / "pkg [1] *" / "datapackage.json").is_file()


def test_more_jobs_than_cores_starts_no_more_workers_than_cores(tmp_path):
    root = user_folder(tmp_path / "work")
    result = run_build_command("--input", "articles", "--out", "package", "--jobs", "64", cwd=root)
    assert result.returncode == 0, result.stderr
    cores = len(os.sched_getaffinity(0))
    assert lines(result)[0].startswith(f"note: --jobs 64: {cores} core")


# --- faults inside one process: one line each, the package untouched -------------------


@pytest.fixture
def published(tmp_path):
    """An input folder and a package already published from it."""
    root = user_folder(tmp_path / "work")
    (root / "articles" / "notes.pdf").unlink()
    out = root / "package"
    assert main(["build", "--input", str(root / "articles"), "--out", str(out), "-q"]) == 0
    return root, out


def test_a_full_disk_is_one_line_and_the_package_is_as_it_was(published, monkeypatch, capsys):
    import errno

    import pipeline.publish.package as package_module

    root, out = published
    before = listing(root)
    (root / "articles" / "farm.txt").write_text(FARM, encoding="utf-8")
    before = listing(root)

    def full(frame, path):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(package_module, "write_csv", full)
    capsys.readouterr()
    code = main(["build", "--input", str(root / "articles"), "--out", str(out), "-q"])
    assert code == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"error: {out.parent}/.package.tmp-")
    assert err[0].endswith(
        f": the disk is full; free some space and build again ({out} is as it was)"
    )
    assert listing(root) == before


def test_an_input_folder_that_cannot_be_read_is_one_line(published, monkeypatch, capsys):
    root, out = published
    articles = root / "articles"
    real_scandir = os.scandir

    def denied(folder=".", *rest):
        if Path(folder) == articles:
            raise PermissionError(13, "Permission denied", str(folder))
        return real_scandir(folder, *rest)

    # As root (CI), chmod 000 does not stop reading: the refusal the kernel would give.
    monkeypatch.setattr(os, "scandir", denied)
    capsys.readouterr()
    assert main(["build", "--input", str(articles), "--out", str(out), "-q"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"error: {articles}: the input folder cannot be read (Permission denied)"
    ]


def test_an_article_over_its_time_budget_is_one_line_and_the_rest_are_published(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "harbor.txt").write_text(HARBOR, encoding="utf-8")
    # A 5 MB transcript with no punctuation at all: one paragraph, one "sentence".
    words = "the minister said that the council would meet again and the mayor told reporters "
    (articles / "transcript.txt").write_text(words * 62_000, encoding="utf-8")
    out = tmp_path / "package"
    result = run_build_command(
        "--input", str(articles), "--out", str(out), "--time-limit", "2", "--jobs", "1", "-q"
    )
    assert result.returncode == 1
    assert lines(result) == [
        f"{articles}/transcript.txt: took more than 2 s to extract; skipped (a very long or "
        "unusual text; --time-limit sets the budget)"
    ]
    assert documents(out)["source"].tolist() == ["harbor.txt"]


def test_an_8_mb_single_paragraph_is_extracted_and_published(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    sentence = (
        'The council said on Monday that 12 new schools would open, and "we are ready," '
        "Mayor Elena Ruiz told reporters. "
    )
    (articles / "long.txt").write_text(sentence * (8_000_000 // len(sentence)), encoding="utf-8")
    out = tmp_path / "package"
    result = run_build_command(
        "--input", str(articles), "--out", str(out), "--time-limit", "0", "--no-frictionless", "-q"
    )
    assert result.returncode == 0, result.stderr
    statements = pd.read_parquet(out / "parquet" / "statements.parquet")
    text = pd.read_parquet(out / "parquet" / "documents.parquet")["text"][0]
    assert len(text) > 7_900_000
    assert len(statements) > 1000
    assert all(
        text[start:end] == quoted
        for start, end, quoted in statements[["char_start", "char_end", "text"]].itertuples(
            index=False
        )
    )
