"""`python -m pipeline eval`: the scores of every table, printed as one table."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from pipeline.evaluation.cqe import evaluate_cqe
from pipeline.evaluation.gold import GoldResult, evaluate_gold
from pipeline.evaluation.polnear import PolnearResult, evaluate_polnear
from pipeline.evaluation.realworld import REALWORLD_DIR, evaluate_realworld
from pipeline.evaluation.timebank import evaluate_timebank
from pipeline.paths import BUNDLED_INPUT_DIR, REPO_ROOT
from pipeline.publish.accuracy import ACCURACY_PATH, write_accuracy

GOLD_DIR = REPO_ROOT / "tests" / "gold"
# Sets of real articles annotated by someone who had not seen the output, each scored apart
# from the development set: `tests/heldout/`, `tests/heldout2/`, ... (their README says which
# have since been used for development).
HELDOUT_GLOB = "heldout*"
BENCHMARKS_DIR = REPO_ROOT.parent / "shared" / "benchmarks"
POLNEAR_DIR = BENCHMARKS_DIR / "polnear-dev"
POLNEAR_TRAIN_DIR = BENCHMARKS_DIR / "polnear-train"
# PolNeAR's splits as scored: the dev split and half A of train have been read to develop
# the rules; half B of train is held out from it (`polnear.train_half`; a first sample of
# the whole train split, some twenty misses of half B among them, was read before the split)


class PolnearSet(NamedTuple):
    key: str  # its entry in accuracy.json
    title: str
    half: str | None  # of the train split (`polnear.train_half`), None: the dev split
    description: str


POLNEAR_SETS = (
    PolnearSet(
        "polnear-dev",
        "PolNeAR dev",
        None,
        "PolNeAR development split: US political news with attributions annotated "
        "(statements only; a statement matches on 80% of its tokens)",
    ),
    PolnearSet(
        "polnear-train-b",
        "PolNeAR train, half B (held out from development)",
        "B",
        "PolNeAR train split, the half held out from development (statements only)",
    ),
    PolnearSet(
        "polnear-train-a",
        "PolNeAR train, half A (read for development since 2026-11-29)",
        "A",
        "PolNeAR train split, the half used for development (statements only)",
    ),
)
TIMEBANK_DIR = BENCHMARKS_DIR / "timebank"
CQE_DIR = BENCHMARKS_DIR / "cqe-units"


def score_lines(result: GoldResult) -> list[str]:
    """Precision, recall and F1 per table, then the accuracy of matched rows' columns."""
    lines = [f"{'table':<14} {'precision':>9} {'recall':>7} {'F1':>6} {'predicted':>9} {'gold':>5}"]
    for name, score in result.scores.items():
        lines.append(
            f"{name:<14} {score.precision:>9.3f} {score.recall:>7.3f} {score.f1:>6.3f} {score.predicted:>9} {score.gold:>5}"
        )
    lines.append("")
    lines.append(f"{'of matched rows':<28} {'right':>6} {'of':>5}")
    for name, accuracy in result.accuracies.items():
        lines.append(f"{name:<28} {accuracy.value:>6.3f} {accuracy.scored:>5}")
    lines.append("")
    return lines


def _rounded(value: float) -> float:
    return round(value, 3)


def benchmark_entry(name: str, title: str, result: GoldResult) -> dict[str, Any]:
    """One benchmark's scores as `accuracy.json` keeps them (see `pipeline.publish.accuracy`)."""
    from pipeline.cache import extraction_version

    return {
        "name": name,
        "title": title,
        "measured": date.today().isoformat(),
        "extraction_version": extraction_version(),
        "articles": len(result.articles),
        "tables": {
            table: {
                "precision": _rounded(score.precision),
                "recall": _rounded(score.recall),
                "f1": _rounded(score.f1),
                "predicted": score.predicted,
                "gold": score.gold,
            }
            for table, score in result.scores.items()
        },
    }


def benchmark_lines(timebank_dir: Path = TIMEBANK_DIR, cqe_dir: Path = CQE_DIR) -> list[str]:
    """Date value F1 on TimeBank, value and value + unit F1 on the CQE sentences."""
    lines = []
    if timebank_dir.is_dir():
        tb = evaluate_timebank(timebank_dir)
        s = tb.score
        lines.append(
            f"TimeBank dates ({tb.articles} articles; DATE with a calendar value, text overlaps "
            f"and same days): precision {s.precision:.3f} ({s.true_positives_predicted}/"
            f"{s.predicted}), recall {s.recall:.3f} ({s.true_positives_gold}/{s.gold}), "
            f"value F1 {s.f1:.3f}"
        )
    else:
        lines.append(f"TimeBank dates: skipped, {timebank_dir} not found")
    if cqe_dir.is_dir():
        cqe = evaluate_cqe(cqe_dir)
        lines.append(
            f"CQE quantities ({cqe.sentences} sentences, all quantities): value F1 "
            f"{cqe.value.f1:.3f} (precision {cqe.value.precision:.3f}, recall "
            f"{cqe.value.recall:.3f}), value + unit F1 {cqe.value_unit.f1:.3f}"
        )
    else:
        lines.append(f"CQE quantities: skipped, {cqe_dir} not found")
    lines.append("")
    return lines


def render(
    gold_dir: Path = GOLD_DIR,
    polnear_dir: Path = POLNEAR_DIR,
    realworld_dir: Path = REALWORLD_DIR,
    polnear_train_dir: Path = POLNEAR_TRAIN_DIR,
    measured: list[dict[str, Any]] | None = None,
    timebank_dir: Path = TIMEBANK_DIR,
    cqe_dir: Path = CQE_DIR,
) -> str:
    """The report as text; each benchmark scored is appended to `measured` when given."""
    measured = [] if measured is None else measured
    lines = []
    lines += _real_lines(
        realworld_dir,
        "Real news articles nobody here wrote",
        "real-news",
        "Real news articles nobody on the project wrote (wires, briefings, central "
        "banks, statistics offices, courts; Asia, Europe, Africa, Australia, the US), "
        "annotated by hand; the rules were developed on them, so they say less about new "
        "text than a held-out set",
        measured,
    )
    for folder in heldout_dirs(realworld_dir.parent):
        title = _heading(folder)
        lines += _real_lines(folder, title, f"real-news-{folder.name}", title, measured)
    lines += benchmark_lines(timebank_dir, cqe_dir)
    gold = evaluate_gold(gold_dir, [BUNDLED_INPUT_DIR])
    lines.append(
        f"Development gold, articles written for the project: {len(gold.articles)} in "
        f"{gold_dir.relative_to(REPO_ROOT)}"
    )
    lines += score_lines(gold)
    measured.append(
        benchmark_entry(
            "development-gold",
            "Articles written for the project and annotated by hand (the rules were tuned on them)",
            gold,
        )
    )
    for polnear_set in POLNEAR_SETS:
        folder = polnear_dir if polnear_set.half is None else polnear_train_dir
        if not folder.is_dir():
            lines.append(f"{polnear_set.title} statements: skipped, {folder} not found")
            continue
        result = evaluate_polnear(folder, polnear_set.half)
        lines += _polnear_lines(result, polnear_set, measured)
    return "\n".join(lines)


def _polnear_lines(
    result: PolnearResult, polnear_set: PolnearSet, measured: list[dict[str, Any]]
) -> list[str]:
    """The lines of one PolNeAR set's scores; its entry is appended to `measured`."""
    title = polnear_set.title
    entry = benchmark_entry(polnear_set.key, polnear_set.description, GoldResult())
    entry["articles"] = result.articles
    entry["tables"] = {
        "statements": {
            "precision": _rounded(result.precision_all.precision),
            "recall": _rounded(result.recall_speech.recall),
            "speaker_accuracy": _rounded(result.speaker_accuracy),
        }
    }
    measured.append(entry)
    precision, recall = result.precision_all, result.recall_speech
    return [
        f"{title} statements ({result.articles} articles, matched on >= 80% token overlap):",
        f"  precision over all attributions   {precision.precision:.3f}"
        f" ({precision.true_positives_predicted}/{precision.predicted})",
        f"  recall over speech attributions   {recall.recall:.3f}"
        f" ({recall.true_positives_gold}/{recall.gold})",
        f"  speaker accuracy on named sources {result.speaker_accuracy:.3f}"
        f" ({result.speaker_right}/{result.speaker_scored})",
    ]


def heldout_dirs(tests_dir: Path) -> list[Path]:
    """The held-out sets of real articles under `tests_dir`, in name order."""
    return sorted(path for path in tests_dir.glob(HELDOUT_GLOB) if path.is_dir())


def _heading(folder: Path) -> str:
    """The first line of the folder's README without its `#`: what the set is."""
    try:
        first = (folder / "README.md").read_text(encoding="utf-8").splitlines()[0]
    except (OSError, IndexError):
        return f"Real news articles annotated by hand ({folder.name})"
    return first.lstrip("# ").strip()


def _real_lines(
    folder: Path, label: str, name: str, title: str, measured: list[dict[str, Any]]
) -> list[str]:
    """The scores of a folder of real articles with their gold (`tests/realworld` layout),
    printed under `label`; `name` and `title` are its entry in accuracy.json."""
    real = evaluate_realworld(folder)
    where = folder.relative_to(REPO_ROOT) if folder.is_relative_to(REPO_ROOT) else folder
    lines = [f"{label}: {len(real.gold.articles)} scored in {where}"]
    if real.missing:
        lines.append(
            f"  {len(real.missing)} gold files without their text in texts/ (not committed: "
            "restore them with tests/realworld/restore_text.py from the stored-pages search): "
            f"{', '.join(real.missing)}"
        )
    if real.changed:
        lines.append(
            f"  {len(real.changed)} texts differ from their sha256: {', '.join(real.changed)}"
        )
    if real.gold.articles:
        lines += score_lines(real.gold)
        measured.append(benchmark_entry(name, title, real.gold))
    else:
        lines.append("")
    return lines


def main() -> int:
    measured: list[dict[str, Any]] = []
    print(render(measured=measured))
    write_accuracy(measured)
    print(
        f"\nwritten to {ACCURACY_PATH.relative_to(REPO_ROOT)} (the data card of every package quotes it)"
    )
    return 0
