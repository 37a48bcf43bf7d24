"""The package's metadata: `package.yaml` in the input folder or the working folder, flags of
`python -m pipeline build` over it, and errors that name the file, the key and the fix."""

from __future__ import annotations

import pytest

from pipeline.cli import _parser, package_config
from pipeline.publish.config import ConfigError, PackageConfig, load_config, read_config
from pipeline.wording import plural
from tests.build_helpers import run_build_command, write_articles
from tests.user_package import CONFIG


def write_config(folder, text: str):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "package.yaml").write_text(text, encoding="utf-8")
    return folder / "package.yaml"


def test_every_key_of_package_yaml_is_read(tmp_path):
    config = read_config(write_config(tmp_path, CONFIG))
    assert config.name == "lakeside-quotes"
    assert config.title == "Who said what in Lakeside, 2024"
    assert config.version == "2.1.0"
    assert config.homepage == "https://example.org/lakeside"
    assert config.keywords == ("lakeside", "quotes")
    assert config.data_license == {
        "name": "CC0-1.0",
        "path": "https://creativecommons.org/publicdomain/zero/1.0/",
        "title": "Creative Commons Zero 1.0 (public domain dedication)",
    }
    assert config.text_license["name"] == "publishers-copyright"
    assert config.contributors == (
        {"title": "Ada Lovelace", "roles": ["creator"], "email": "ada@example.org"},
        {"title": "Grace Hopper", "roles": ["creator"]},
    )
    assert config.texts is True


def test_what_package_yaml_leaves_out_keeps_its_default(tmp_path):
    config = read_config(write_config(tmp_path, "title: Council quotes\n"))
    assert config.title == "Council quotes"
    assert config.name == PackageConfig().name
    assert config.data_license == PackageConfig().data_license


def test_the_input_folders_package_yaml_wins_over_the_working_folders(tmp_path):
    write_config(tmp_path / "input", "name: from-input\n")
    write_config(tmp_path / "work", "name: from-work\n")
    assert load_config(tmp_path / "input", working_dir=tmp_path / "work").name == "from-input"
    (tmp_path / "input" / "package.yaml").unlink()
    assert load_config(tmp_path / "input", working_dir=tmp_path / "work").name == "from-work"
    (tmp_path / "work" / "package.yaml").unlink()
    assert load_config(tmp_path / "input", working_dir=tmp_path / "work") == PackageConfig()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("nmae: x\n", "unknown keys ['nmae']"),
        ("name: Council Quotes\n", "name 'Council Quotes' must be lower case"),
        ("licenses: {data: my-own licence}\n", "licenses.data: license 'my-own licence'"),
        ("licenses: CC-BY-4.0\n", "licenses must have `data:` and/or `texts:`"),
        ("contributors: []\n", "contributors is empty"),
        ("texts: maybe\n", "texts must be true or false"),
        ("title: [unclosed\n", "not valid YAML at line"),
        ("- a list\n", "expected keys such as name"),
    ],
)
def test_a_broken_package_yaml_is_named_with_what_is_wrong(tmp_path, text, message):
    path = write_config(tmp_path, text)
    with pytest.raises(ConfigError) as error:
        read_config(path)
    assert str(error.value).startswith(str(path))
    assert message in str(error.value)


def test_flags_override_single_values_of_package_yaml(tmp_path):
    write_config(tmp_path, CONFIG)
    args = _parser().parse_args(
        [
            "build",
            "--input",
            str(tmp_path),
            "--name",
            "other-name",
            "--version",
            "3.0.0",
            "--data-license",
            "CC-BY-SA-4.0",
            "--text-license",
            "https://example.org/text-terms",
            "--contributor",
            "Jane Doe",
            "--keyword",
            "council",
            "--no-texts",
        ]
    )
    config = package_config(args)
    assert (config.name, config.version, config.texts) == ("other-name", "3.0.0", False)
    assert config.data_license["name"] == "CC-BY-SA-4.0"
    assert config.text_license == {
        "path": "https://example.org/text-terms",
        "title": "https://example.org/text-terms",
    }
    assert config.contributors == ({"title": "Jane Doe", "roles": ["creator"]},)
    assert config.keywords == ("council",)
    assert config.title == "Who said what in Lakeside, 2024"  # not overridden: the file's


def test_a_bad_flag_value_is_refused_like_a_bad_file_value(tmp_path):
    args = _parser().parse_args(["build", "--input", str(tmp_path), "--name", "Bad Name"])
    with pytest.raises(ConfigError, match="command line: name 'Bad Name'"):
        package_config(args)


def test_a_broken_package_yaml_stops_the_build_before_any_article_is_read(tmp_path):
    articles = write_articles(tmp_path / "articles")
    write_config(articles, "nmae: x\n")
    result = run_build_command("--input", str(articles), "--out", str(tmp_path / "out"))
    assert result.returncode != 0
    assert "package.yaml: unknown keys ['nmae']" in result.stderr
    assert "extracted" not in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("count", "noun", "expected"),
    [
        (1, "article", "1 article"),
        (0, "article", "0 articles"),
        (3, "file failed", "3 files failed"),
        (1, "file failed", "1 file failed"),
        (2, "match", "2 matches"),
        (2, "entry", "2 entries"),
        (2, "day", "2 days"),
        (1_234, "row", "1,234 rows"),
    ],
)
def test_counts_take_singular_or_plural(count, noun, expected):
    assert plural(count, noun) == expected
