"""Where a package may be published: never over a user's files, atomically, one build at a time.

Each case builds a small tree of "user files" in a temporary folder, publishes (or tries to),
and compares the whole tree before and after: what was published, and that nothing of the
user's was touched.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
from pathlib import Path

import pytest

import pipeline.publish.destination as destination
from pipeline.publish import DestinationError, publish_package
from pipeline.publish.destination import MARKER, STAGING_MARKER, check_destination
from pipeline.tables import assemble_tables
from tests.build_helpers import snapshot
from tests.extraction_helpers import extract

TEXT = (
    "Harbor board backs ferry plan\n\n"
    '"Commuters have waited long enough," said Marta Ilves, chair of the Northbay Port '
    "Authority, on Tuesday. The terminal will cost about 40 million dollars."
)


@pytest.fixture(scope="module")
def tables():
    return assemble_tables([extract(TEXT)])


def publish(tables, out: Path, input_dir: Path | None = None) -> None:
    publish_package(
        {name: frame.copy() for name, frame in tables.items()},
        out,
        input_dir=input_dir,
        frictionless=False,
    )


def user_tree(root: Path) -> Path:
    """A working folder as a user keeps it: articles, notes, a thesis."""
    (root / "articles").mkdir(parents=True)
    (root / "articles" / "a.txt").write_text(TEXT, encoding="utf-8")
    (root / "articles" / "notes.pdf").write_bytes(b"%PDF-1.4 my notes")
    (root / "thesis.docx").write_bytes(b"PK my thesis")
    return root


def tree(root: Path) -> dict[str, bytes | None]:
    """Every file and folder under `root` (folders as None), to compare before and after."""
    return {
        str(path.relative_to(root)): None if path.is_dir() else path.read_bytes()
        for path in sorted(root.rglob("*"))
    }


@pytest.mark.parametrize(
    ("out", "message"),
    [
        ("articles", "is the input folder"),
        (".", "holds the input folder"),
        ("thesis.docx", "is a file; --out must be a folder"),
        ("thesis.docx/package", "cannot be created: .*thesis.docx is a file"),
    ],
)
def test_an_out_folder_that_would_cost_user_files_is_refused_and_nothing_changes(
    tables, tmp_path, out, message
):
    root = user_tree(tmp_path / "work")
    before = tree(root)
    with pytest.raises(DestinationError, match=message):
        publish(tables, root / out, input_dir=root / "articles")
    assert tree(root) == before


def test_a_folder_holding_other_files_is_refused_with_their_names(tables, tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    for name in ("b.txt", "a.txt", "c.txt", "d.txt"):
        (out / name).write_text("mine", encoding="utf-8")
    before = tree(tmp_path)
    with pytest.raises(DestinationError) as refused:
        publish(tables, out)
    assert str(refused.value) == (
        f"{out}: not empty and not a package this tool wrote (it holds a.txt, b.txt, c.txt "
        "and more); choose a new or empty folder for --out"
    )
    assert tree(tmp_path) == before


def test_an_empty_folder_is_used(tables, tmp_path):
    out = tmp_path / "empty"
    out.mkdir()
    publish(tables, out)
    assert (out / "datapackage.json").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty"]


def test_a_package_written_before_the_marker_existed_is_replaced_and_gets_one(tables, tmp_path):
    out = tmp_path / "datapackage"
    publish(tables, out)
    # As the builds of earlier versions left it: no marker, and none of the files added since.
    (out / MARKER).unlink()
    for folder in ("spreadsheet", "view"):
        shutil.rmtree(out / folder)
    for name in ("CITATION.cff", "croissant.json", "news-statements.zip", "SHA256SUMS"):
        (out / name).unlink()
    publish(tables, out)
    assert (out / MARKER).is_file()


def test_a_file_saved_into_the_package_during_the_swap_is_kept_with_the_folder(
    tables, tmp_path, monkeypatch
):
    out = tmp_path / "datapackage"
    publish(tables, out)
    real_exchange = destination.exchange
    calls = []

    def exchange_after_a_save(first, second):
        if not calls:  # the user saves a file into --out just after the last check
            (second / "notes.txt").write_text("mine", encoding="utf-8")
        calls.append((first, second))
        return real_exchange(first, second)

    monkeypatch.setattr(destination, "exchange", exchange_after_a_save)
    with pytest.raises(DestinationError, match=r"holds notes\.txt"):
        publish(tables, out)
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (out / "datapackage.json").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["datapackage"]


def test_a_folder_with_a_foreign_marker_is_not_ours(tables, tmp_path):
    out = tmp_path / "datapackage"
    publish(tables, out)
    marker = json.loads((out / MARKER).read_text(encoding="utf-8"))
    (out / MARKER).write_text(json.dumps({**marker, "written_by": "someone"}), encoding="utf-8")
    with pytest.raises(DestinationError, match="not a package this tool wrote"):
        publish(tables, out)


def test_the_check_runs_before_any_work(tmp_path):
    root = user_tree(tmp_path / "work")
    with pytest.raises(DestinationError, match="is the input folder"):
        check_destination(root / "articles", root / "articles")
    # a folder inside the input folder is fine: only files directly in it are read
    check_destination(root / "articles" / "package", root / "articles")


# --- leftovers of builds that died ----------------------------------------------------


def staging(parent: Path, name: str, suffix: str, marker: bool = True) -> Path:
    folder = parent / f".{name}.tmp-{suffix}"
    (folder / "package" / "csv").mkdir(parents=True)
    (folder / "package" / "csv" / "documents.csv").write_text("document_id\n", encoding="utf-8")
    if marker:
        (folder / STAGING_MARKER).write_text("newsdata-pipeline 1\n", encoding="utf-8")
    return folder


def test_staging_folders_of_dead_builds_are_removed_by_the_next_build(tables, tmp_path):
    dead = staging(tmp_path, "datapackage", "dead1234")
    old_style = staging(tmp_path, "datapackage", "old12345", marker=False)
    publish(tables, tmp_path / "datapackage")
    assert not dead.exists()
    assert not old_style.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["datapackage"]


def test_a_staging_folder_of_a_running_build_is_left_alone(tables, tmp_path):
    running = staging(tmp_path, "datapackage", "live1234")
    handle = os.open(running, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)  # as the running build holds it
        publish(tables, tmp_path / "datapackage")
        assert running.is_dir()
    finally:
        os.close(handle)


def test_a_folder_that_only_looks_like_a_leftover_is_kept(tables, tmp_path):
    mine = tmp_path / ".datapackage.tmp-mine"
    mine.mkdir()
    (mine / "draft.txt").write_text("mine", encoding="utf-8")
    publish(tables, tmp_path / "datapackage")
    assert (mine / "draft.txt").read_text(encoding="utf-8") == "mine"


def test_a_package_set_aside_by_a_build_that_died_mid_swap_is_restored(tables, tmp_path):
    out = tmp_path / "datapackage"
    publish(tables, out)
    before = snapshot(out)
    aside = tmp_path / ".datapackage.old-4242"
    out.rename(aside)  # the first of the two renames, then the build died
    with destination.destination_lock(out):
        destination.clear_leftovers(out)
    assert snapshot(out) == before
    assert not aside.exists()


def test_without_an_atomic_exchange_two_renames_replace_the_package(tables, tmp_path, monkeypatch):
    out = tmp_path / "datapackage"
    publish(tables, out)
    monkeypatch.setattr(destination, "exchange", lambda first, second: False)
    before = (out / "csv" / "documents.csv").stat().st_ino
    publish(tables, out)
    assert (out / "csv" / "documents.csv").stat().st_ino != before  # a new file, the same bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["datapackage"]


def test_a_package_file_the_user_changed_keeps_the_package_from_being_replaced(tables, tmp_path):
    out = tmp_path / "datapackage"
    publish(tables, out)
    with (out / "README.md").open("a", encoding="utf-8") as readme:
        readme.write("MY ERRATA\n")
    with pytest.raises(DestinationError, match=r"holds README\.md, which .* changed since"):
        publish(tables, out)
    assert (out / "README.md").read_text(encoding="utf-8").endswith("MY ERRATA\n")


def test_an_empty_folder_the_user_made_in_the_package_keeps_it(tables, tmp_path):
    out = tmp_path / "datapackage"
    publish(tables, out)
    (out / "my-notes").mkdir()
    with pytest.raises(DestinationError, match="holds my-notes/"):
        publish(tables, out)
    assert (out / "my-notes").is_dir()


def test_a_users_data_package_with_only_a_descriptor_and_readme_is_not_ours(tables, tmp_path):
    out = tmp_path / "mydata"
    out.mkdir()
    (out / "datapackage.json").write_text('{"name": "my-survey", "resources": []}\n')
    (out / "README.md").write_text("# my notes\n")
    with pytest.raises(DestinationError, match="not a package this tool wrote"):
        publish(tables, out)
    assert (out / "README.md").read_text() == "# my notes\n"


def test_a_marker_of_an_earlier_version_is_checked_against_the_checksums(tables, tmp_path):
    out = tmp_path / "datapackage"
    publish(tables, out)
    marker = json.loads((out / MARKER).read_text())
    assert all(len(digest) == 64 for digest in marker["files"].values())
    marker["files"] = sorted(marker["files"])  # as versions before the sha256 wrote it
    (out / MARKER).write_text(json.dumps(marker))
    publish(tables, out)  # unchanged: replaced
    (out / "csv" / "laws.csv").write_text("mine\n")
    marker = json.loads((out / MARKER).read_text())
    marker["files"] = sorted(marker["files"])
    (out / MARKER).write_text(json.dumps(marker))
    with pytest.raises(DestinationError, match=r"csv/laws\.csv"):
        publish(tables, out)


def test_a_name_too_long_for_the_staging_folder_is_refused_before_any_work(tmp_path):
    with pytest.raises(DestinationError, match="name is too long"):
        check_destination(tmp_path / ("x" * 250))
    check_destination(tmp_path / ("x" * 200))


def test_a_users_backup_beside_the_package_is_never_taken_for_a_leftover(tables, tmp_path):
    out = tmp_path / "pkg"
    publish(tables, out)
    backup = tmp_path / ".pkg.old-backup-2024"
    shutil.copytree(out, backup)
    publish(tables, out)
    assert (backup / "datapackage.json").is_file()


def test_leftovers_go_before_the_new_package_is_written(tables, tmp_path):
    out = tmp_path / "pkg"
    publish(tables, out)
    dead = tmp_path / ".pkg.tmp-dead0001"
    shutil.copytree(out, dead / "package")
    (dead / STAGING_MARKER).write_text("newsdata-pipeline 999999\n")
    with destination.staging_folder(out) as staging:
        assert not dead.exists()
        assert (staging / STAGING_MARKER).is_file()
    assert not staging.exists()


def test_the_exchange_swaps_two_folders_in_one_step(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "one").write_text("1", encoding="utf-8")
    (second / "two").write_text("2", encoding="utf-8")
    if not destination.exchange(first, second):
        pytest.skip("this file system has no atomic exchange")
    assert [p.name for p in first.iterdir()] == ["two"]
    assert [p.name for p in second.iterdir()] == ["one"]


def test_a_symlinked_out_folder_is_published_through(tables, tmp_path):
    target = tmp_path / "real"
    link = tmp_path / "link"
    link.symlink_to(target, target_is_directory=True)
    target.mkdir()
    publish(tables, link)
    assert link.is_symlink()
    assert (target / "datapackage.json").is_file()
    shutil.rmtree(target)
