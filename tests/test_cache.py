"""The extraction cache: a rebuild extracts only what changed, and never serves a stale result."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.build import build_tables, extract_articles
from pipeline.cache import (
    ENTRY_MAGIC,
    STALE_TEMPORARY_SECONDS,
    CacheError,
    ExtractionCache,
    default_cache_dir,
    dump_record,
    extraction_version,
    load_record,
)
from pipeline.cli import main
from pipeline.extract import lexicon
from pipeline.ingest import discover_articles
from pipeline.paths import REPO_ROOT, RULES_DIR
from tests.build_helpers import (
    ARTICLES,
    FARM,
    MARKET,
    assert_same_tables,
    write_articles,
)


@pytest.fixture
def articles(tmp_path) -> Path:
    return write_articles(tmp_path / "articles")


@pytest.fixture
def cache_dir(tmp_path) -> Path:
    return tmp_path / "cache"


def rebuild(articles: Path, cache_dir: Path):
    return build_tables(articles, jobs=1, cache_dir=cache_dir)


def entries(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.rglob("*.json"))


def test_first_build_extracts_every_article_and_the_second_none(articles, cache_dir):
    first = rebuild(articles, cache_dir)
    second = rebuild(articles, cache_dir)
    assert sorted(first.extracted) == sorted(ARTICLES)
    assert first.from_cache == 0
    assert second.extracted == []
    assert second.from_cache == len(ARTICLES)
    assert len(entries(cache_dir)) == len(ARTICLES)


def test_tables_from_the_cache_equal_tables_extracted_afresh(articles, cache_dir):
    rebuild(articles, cache_dir)
    cached = rebuild(articles, cache_dir)
    fresh = build_tables(articles, jobs=1)
    assert cached.from_cache == len(ARTICLES)
    assert_same_tables(cached.tables, fresh.tables)


def test_adding_an_article_extracts_only_that_article(articles, cache_dir):
    rebuild(articles, cache_dir)
    (articles / "market.txt").write_text(MARKET, encoding="utf-8")
    result = rebuild(articles, cache_dir)
    assert result.extracted == ["market.txt"]
    assert result.from_cache == len(ARTICLES)
    assert "market" in set(result.tables["documents"]["document_id"])


def test_ids_of_a_first_build_survive_adding_an_article(articles, cache_dir):
    first = rebuild(articles, cache_dir)
    (articles / "market.txt").write_text(MARKET, encoding="utf-8")
    second = rebuild(articles, cache_dir)
    for table, key in (
        ("people", "person_id"),
        ("institutions", "institution_id"),
        ("documents", "document_id"),
        ("statements", "statement_id"),
        ("mentions", "mention_id"),
    ):
        before, after = set(first.tables[table][key]), set(second.tables[table][key])
        assert before <= after, f"{table}: {sorted(before - after)} renamed or lost"
    assert len(second.tables["documents"]) == len(first.tables["documents"]) + 1


def test_changing_an_article_extracts_only_that_article(articles, cache_dir):
    rebuild(articles, cache_dir)
    (articles / "farm.txt").write_text(FARM.replace("240 member farms", "250 member farms"))
    result = rebuild(articles, cache_dir)
    assert result.extracted == ["farm.txt"]
    farm = result.tables["documents"].set_index("document_id").loc["farm", "text"]
    assert "250 member farms" in farm


def test_changing_a_sidecar_extracts_only_its_article(articles, cache_dir):
    rebuild(articles, cache_dir)
    (articles / "school.meta.json").write_text('{"publisher": "Lakeside Weekly"}')
    result = rebuild(articles, cache_dir)
    assert result.extracted == ["school.txt"]
    publishers = result.tables["documents"].set_index("document_id")["publisher"]
    assert publishers["school"] == "Lakeside Weekly"


def test_removing_an_article_drops_it_from_the_tables(articles, cache_dir):
    rebuild(articles, cache_dir)
    (articles / "harbor.txt").unlink()
    result = rebuild(articles, cache_dir)
    assert result.extracted == []
    assert "harbor" not in set(result.tables["documents"]["document_id"])
    assert "harbor" not in set(result.tables["statements"]["document_id"])
    assert "marta-ilves" not in set(result.tables["people"]["person_id"])


def test_a_renamed_file_comes_from_the_cache_under_its_new_document_id(articles, cache_dir):
    rebuild(articles, cache_dir)
    (articles / "farm.txt").rename(articles / "dairy.txt")
    result = rebuild(articles, cache_dir)
    assert result.extracted == []  # the key is the bytes, not the name
    documents = result.tables["documents"].set_index("document_id")
    assert "farm" not in documents.index
    assert documents.loc["dairy", "source"] == "dairy.txt"
    assert set(result.tables["statements"]["document_id"]) >= {"dairy"}
    assert "farm" not in set(result.tables["statements"]["document_id"])


def test_editing_a_rule_file_extracts_every_article_again(
    articles, cache_dir, tmp_path, monkeypatch
):
    rules = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules)
    monkeypatch.setattr(lexicon, "RULES_DIR", rules)
    first = rebuild(articles, cache_dir)
    version = extraction_version()
    with (rules / "titles.txt").open("a", encoding="utf-8") as handle:
        handle.write(
            "\n# a comment is enough: the cache cannot tell which articles a rule touches\n"
        )
    second = rebuild(articles, cache_dir)
    assert extraction_version() != version
    assert sorted(first.extracted) == sorted(second.extracted) == sorted(ARTICLES)
    assert len(list((cache_dir / f"v-{extraction_version()}").rglob("*.json"))) == len(ARTICLES)


def test_editing_the_rule_folders_readme_keeps_every_cached_extraction(
    articles, cache_dir, tmp_path, monkeypatch
):
    rules = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules)
    monkeypatch.setattr(lexicon, "RULES_DIR", rules)
    rebuild(articles, cache_dir)
    version = extraction_version()
    with (rules / "README.md").open("a", encoding="utf-8") as handle:
        handle.write("\nA sentence that describes the lists and changes none of them.\n")
    second = rebuild(articles, cache_dir)
    assert extraction_version() == version
    assert second.extracted == []


def test_only_the_most_recently_used_other_versions_are_kept(articles, cache_dir):
    used = []
    for version in ("a" * 16, "b" * 16, "c" * 16, "d" * 16):
        cache = ExtractionCache(cache_dir, version=version)
        extract_articles(discover_articles(articles)[0][:1], jobs=1, cache=cache)
        cache.prune_other_versions()
        used.append(f"v-{version}")
        time.sleep(0.01)  # distinct modification times
    kept = sorted(folder.name for folder in cache_dir.iterdir())
    # the one in use and the two used last before it; the oldest is gone
    assert kept == used[1:]


def test_damaged_cache_entry_is_recomputed_and_rewritten(articles, cache_dir):
    rebuild(articles, cache_dir)
    cache = ExtractionCache(cache_dir)
    damaged = cache.entry(cache.key(articles / "library.md"))
    intact = damaged.read_bytes()
    damaged.write_bytes(intact[: len(intact) // 2])  # as if the disk filled up mid-write
    result = rebuild(articles, cache_dir)
    assert result.extracted == ["library.md"]
    assert damaged.read_bytes() == intact


def test_entry_that_is_not_an_extraction_is_ignored(articles, cache_dir):
    rebuild(articles, cache_dir)
    cache = ExtractionCache(cache_dir)
    entry = cache.entry(cache.key(articles / "harbor.txt"))
    body = json.dumps({"not": "it"}).encode()
    entry.write_bytes(ENTRY_MAGIC + hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
    assert rebuild(articles, cache_dir).extracted == ["harbor.txt"]


class Planted:
    """What an attacker plants: unpickling it runs a shell command."""

    def __init__(self, proof: Path):
        self.proof = proof

    def __reduce__(self):
        return (os.system, (f"touch {self.proof}",))


def test_a_planted_pickle_runs_no_code_and_the_article_is_extracted_again(
    articles, cache_dir, tmp_path
):
    rebuild(articles, cache_dir)
    cache = ExtractionCache(cache_dir)
    proof = tmp_path / "pwned"
    payload = pickle.dumps(Planted(proof))
    entry = cache.entry(cache.key(articles / "farm.txt"))
    entry.write_bytes(payload)  # in place of the entry
    entry.with_suffix(".pickle").write_bytes(payload)  # and where older versions kept them
    result = rebuild(articles, cache_dir)
    assert not proof.exists()
    assert result.extracted == ["farm.txt"]


def test_an_edited_entry_is_recomputed_not_published(articles, cache_dir):
    rebuild(articles, cache_dir)
    cache = ExtractionCache(cache_dir)
    entry = cache.entry(cache.key(articles / "library.md"))
    edited = entry.read_bytes().replace(b"more than 60 percent", b"more than 90 percent")
    assert edited != entry.read_bytes()
    entry.write_bytes(edited)
    result = rebuild(articles, cache_dir)
    assert result.extracted == ["library.md"]
    texts = set(result.tables["statistics"]["text"])
    assert "more than 60 percent" in texts and "more than 90 percent" not in texts


def test_an_entry_edited_with_its_hash_must_still_fit_the_model(articles, cache_dir):
    rebuild(articles, cache_dir)
    cache = ExtractionCache(cache_dir)
    entry = cache.entry(cache.key(articles / "library.md"))
    body = entry.read_bytes().partition(b"\n")[2]
    document = json.loads(body)
    document["statistics"][0][0] = "sixty"  # a value must be a number
    body = json.dumps(document).encode()
    entry.write_bytes(ENTRY_MAGIC + hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
    assert rebuild(articles, cache_dir).extracted == ["library.md"]


def test_a_new_cache_folder_is_private_to_its_owner(tmp_path):
    folder = tmp_path / "new" / "cache"
    ExtractionCache(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_cache_folder_of_another_user_is_refused(tmp_path):
    folder = tmp_path / "theirs"
    folder.mkdir(mode=0o700)
    if os.getuid() != 0:
        pytest.skip("only root can give a folder to another user here")
    os.chown(folder, 12345, 12345)
    with pytest.raises(CacheError, match="belongs to another user"):
        ExtractionCache(folder)


def test_a_cache_folder_others_can_write_is_refused(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o777)
    with pytest.raises(CacheError, match="chmod go-w"):
        ExtractionCache(folder)


def test_a_refused_cache_folder_is_one_error_line_on_the_command_line(articles, tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o777)
    out = tmp_path / "package"
    args = ["build", "--input", str(articles), "--out", str(out), "--cache", str(folder), "-q"]
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"error: {folder}: the cache folder can be written by other users; "
        f"run `chmod go-w {folder}` or pass --cache DIR"
    ]
    assert not out.exists()


def test_entry_of_other_bytes_under_the_right_key_is_ignored(articles, cache_dir):
    rebuild(articles, cache_dir)
    cache = ExtractionCache(cache_dir)
    farm = cache.entry(cache.key(articles / "farm.txt"))
    cache.entry(cache.key(articles / "harbor.txt")).write_bytes(farm.read_bytes())
    result = rebuild(articles, cache_dir)
    assert result.extracted == ["harbor.txt"]
    assert "harbor" in set(result.tables["documents"]["document_id"])


def test_writes_leave_no_temporary_files(articles, cache_dir):
    rebuild(articles, cache_dir)
    files = sorted(path for path in cache_dir.rglob("*") if path.is_file())
    assert files == entries(cache_dir)


def test_failed_article_is_reported_on_every_build_and_never_cached(articles, cache_dir):
    (articles / "empty.txt").write_text("   \n")
    first = rebuild(articles, cache_dir)
    second = rebuild(articles, cache_dir)
    for result in (first, second):
        assert [line for line in result.errors if "empty.txt" in line] == [
            f"{articles / 'empty.txt'}: file is empty; remove it or add the article text"
        ]
    assert second.extracted == ["empty.txt"]


def test_without_a_cache_nothing_is_written(articles, tmp_path):
    paths, _ = discover_articles(articles)
    run = extract_articles(paths, jobs=1, cache=None)
    assert sorted(run.extracted) == sorted(ARTICLES)
    assert run.from_cache == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles"]


def test_default_cache_is_in_the_users_cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "newsdata-pipeline"


def test_command_line_says_how_many_articles_came_from_the_cache(articles, tmp_path, capsys):
    out, cache = tmp_path / "package", tmp_path / "cache"
    arguments = ["build", "--input", str(articles), "--out", str(out), "--jobs", "1", "-q"]
    assert main([*arguments, "--cache", str(cache)]) == 0
    assert main([*arguments, "--cache", str(cache)]) == 0
    assert main([*arguments, "--no-cache"]) == 0
    first, second, uncached = capsys.readouterr().out.splitlines()
    assert "(4 articles: 4 extracted, 0 from cache)" in first
    assert "(4 articles: 0 extracted, 4 from cache)" in second
    assert "(4 articles: 4 extracted)" in uncached
    assert not (tmp_path / ".cache").exists()  # nothing beside the package folder


def test_half_written_entries_of_killed_workers_are_removed_later(articles, cache_dir):
    rebuild(articles, cache_dir)
    cache = ExtractionCache(cache_dir)
    bucket = cache.entry(cache.key(articles / "library.md")).parent
    stale, in_flight = bucket / ".abc123.tmp", bucket / ".def456.tmp"
    stale.write_bytes(b"NEWSDATA-CACHE half an entry")
    in_flight.write_bytes(b"NEWSDATA-CACHE another build writing now")
    an_hour_and_more_ago = time.time() - STALE_TEMPORARY_SECONDS - 60
    os.utime(stale, (an_hour_and_more_ago, an_hour_and_more_ago))

    result = rebuild(articles, cache_dir)

    assert not stale.exists()
    assert in_flight.exists(), "a young temporary may be another build's write in flight"
    assert result.from_cache == len(ARTICLES)


def test_a_version_folder_planted_by_another_user_is_refused(articles, cache_dir):
    """Another user made the version folder while the root was writable by others; the root
    was then made private, as the build advises: the planted folder is still refused."""
    if os.getuid() != 0:
        pytest.skip("only root can give a folder to another user here")
    rebuild(articles, cache_dir)
    version = cache_dir / f"v-{extraction_version()}"
    os.chown(version, 12345, 12345)
    with pytest.raises(CacheError, match="belongs to another user"):
        ExtractionCache(cache_dir)


def test_an_entry_another_user_wrote_is_never_served(articles, cache_dir):
    rebuild(articles, cache_dir)
    cache = ExtractionCache(cache_dir)
    planted = cache.entry(cache.key(articles / "library.md"))
    intact = planted.read_bytes()
    # Rewritten with a valid header: only its owner or its mode can tell it is not ours.
    _, _, body = intact.partition(b"\n")
    edited = body.replace(b"60", b"90")
    planted.write_bytes(
        b"newsdata-cache sha256:" + hashlib.sha256(edited).hexdigest().encode() + b"\n" + edited
    )
    planted.chmod(0o666)  # as another user's file in a folder they could write
    result = rebuild(articles, cache_dir)
    assert result.extracted == ["library.md"]
    assert planted.read_bytes() == intact  # replaced by ours
    assert stat.S_IMODE(planted.stat().st_mode) & 0o022 == 0


def test_pruning_never_deletes_a_users_folders_that_start_with_v(articles, tmp_path):
    folder = tmp_path / "work"
    folder.mkdir(mode=0o700)
    mine = ["v-2022", "v-draft1", "v-" + "a" * 15, "v-" + "b" * 16]
    for name in mine:
        (folder / name).mkdir()
        (folder / name / "thesis.txt").write_text("mine")
    for version in ("c" * 16, "d" * 16, "e" * 16, "f" * 16):
        cache = ExtractionCache(folder, version=version)
        extract_articles(discover_articles(articles)[0][:1], jobs=1, cache=cache)
        cache.prune_other_versions()
        time.sleep(0.01)
    assert all((folder / name / "thesis.txt").read_text() == "mine" for name in mine)
    assert not (folder / ("v-" + "c" * 16)).exists()  # the cache's own oldest version went


@pytest.mark.parametrize("where", ["same", "inside", "holding"])
def test_a_cache_folder_mixed_with_the_input_is_refused(articles, tmp_path, where):
    cache = {
        "same": articles,
        "inside": articles / "cache",
        "holding": articles.parent,
    }[where]
    with pytest.raises(CacheError, match="apart from the input"):
        build_tables(articles, jobs=1, cache_dir=cache)
    # Under a hidden folder of the input is apart: hidden folders are not read as articles.
    build_tables(articles, jobs=1, cache_dir=articles / ".cache" / "newsdata")


def test_a_record_reads_back_as_json_would_give_it_and_another_format_is_a_miss():
    value = {"people": {"p1": [(None, {"name": "Ana Ruiz"})]}, 7: [1.5, True, None, "é"]}
    body = dump_record(value)
    assert load_record(body) == json.loads(json.dumps(value))  # tuples as lists, keys as str
    with pytest.raises(ValueError):
        load_record(json.dumps(value).encode())  # a record of an older version: a miss
    with pytest.raises(ValueError):
        load_record(body[:-3])  # cut short (an entry's SHA-256 is checked first, still)


def test_an_extraction_sent_by_a_worker_reads_back_as_the_checked_decoder_reads_it():
    from pipeline.codec import decode_extraction, encode_extraction
    from pipeline.parallel import process_file

    path = next(iter(sorted((REPO_ROOT / "tests" / "gold").glob("*.txt"))))
    extraction = process_file(path)
    assert extraction.article.published is not None and extraction.dates  # dates to convert
    data = encode_extraction(extraction)
    assert decode_extraction(data, checked=False) == decode_extraction(data) == extraction


def test_short_strings_read_from_the_cache_are_one_object_across_articles():
    """JSON gives a new string for every value: read back, the entity types, kinds and ids of
    thousands of articles would each be an object of their own (150 MB more at 10,000)."""
    from pipeline.codec import INTERNED_LENGTH, decode_extraction, encode_extraction
    from pipeline.parallel import process_file

    first, second = (
        decode_extraction(encode_extraction(process_file(path)))
        for path in sorted((REPO_ROOT / "tests" / "gold").glob("*.txt"))[:2]
    )
    types = {id(m.entity_type) for e in (first, second) for m in e.mentions}
    assert len(types) == len({m.entity_type for e in (first, second) for m in e.mentions})
    kinds = [s.kind for e in (first, second) for s in e.statements]
    assert len({id(kind) for kind in kinds}) == len(set(kinds)) < len(kinds)
    # (a text longer than that is read anew each time: interned, the table would keep it)
    again = decode_extraction(encode_extraction(first))
    pairs = list(zip(first.statements, again.statements, strict=True))
    assert any(len(a.text) > INTERNED_LENGTH for a, _ in pairs)
    assert all((a.text is b.text) == (len(a.text) <= INTERNED_LENGTH) for a, b in pairs)


def test_shared_strings_keeps_the_extraction_and_makes_its_short_strings_one_object():
    from pipeline.codec import shared_strings
    from pipeline.parallel import process_file

    first, second = (
        process_file(path) for path in sorted((REPO_ROOT / "tests" / "gold").glob("*.txt"))[:2]
    )

    def objects_per_value(extractions):
        texts = [m.text for e in extractions for m in e.mentions]
        return len({id(text) for text in texts}), len(set(texts))

    objects, values = objects_per_value([first, second])
    assert objects > values  # extraction slices a string of its own for each mention
    shared = [shared_strings(first), shared_strings(second)]
    assert shared == [first, second]
    assert objects_per_value(shared) == (values, values)
