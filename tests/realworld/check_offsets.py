"""Proofread the real-world gold annotations against their texts.

For every ``<slug>.gold.json`` in this folder whose text ``texts/<slug>.txt`` is present
(the texts are other people's articles and are not committed), check that the sha256 of
the text's UTF-8 bytes matches the gold file, that every span lies inside the text, and
print each span so it can be read against what it was meant to be.

    python tests/realworld/check_offsets.py [slug ...] [--quiet]

``--quiet`` prints only problems and a summary. Exit status 1 when a check fails.
"""

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = ("statements", "statistics", "dates")
ABBR = {"statements": "stmt", "statistics": "stat", "dates": "date"}


def check(gold_path: Path, quiet: bool) -> tuple[int, int]:
    """Return (number of spans, number of problems) for one gold file."""
    slug = gold_path.name[: -len(".gold.json")]
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text_path = HERE / "texts" / f"{slug}.txt"
    if not text_path.exists():
        print(f"-- {slug}: text missing, skipped")
        return 0, 0
    data = text_path.read_bytes()
    text = data.decode("utf-8")
    problems = 0
    if hashlib.sha256(data).hexdigest() != gold["sha256"]:
        print(f"!! {slug}: sha256 differs from the gold file")
        problems += 1
    spans = 0
    if not quiet:
        print(f"== {slug} ({len(text)} chars) {gold.get('url')}")
    for kind in KINDS:
        for row in gold.get(kind, []):
            spans += 1
            s, e = row["start"], row["end"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                print(f"!! {slug} {kind}: bad offsets {s}:{e}")
                problems += 1
                continue
            piece = text[s:e]
            if piece != piece.strip():
                print(f"!! {slug} {kind} {s}:{e}: span has surrounding whitespace: {piece!r}")
                problems += 1
            if quiet:
                continue
            if kind == "statements":
                label = f"{row['kind']:8} {row['speaker']} [{row['cue']}]"
            elif kind == "statistics":
                label = f"{row['comparator']} {row['value']} {row['unit']}"
            else:
                label = f"{row['value']} ({row['granularity']}{', relative' if row['relative'] else ''})"
            print(f"  {ABBR[kind]} {s:>5}:{e:<5} {label}\n        | {piece!r}")
    return spans, problems


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    slugs = [a for a in argv if not a.startswith("--")]
    paths = sorted(HERE.glob("*.gold.json"))
    if slugs:
        paths = [p for p in paths if p.name[: -len(".gold.json")] in slugs]
    total_spans = total_problems = 0
    for path in paths:
        spans, problems = check(path, quiet)
        total_spans += spans
        total_problems += problems
    print(f"{len(paths)} gold files, {total_spans} spans checked, {total_problems} problems")
    return 1 if total_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
