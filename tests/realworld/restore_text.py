"""Restore a gold file's text from a page excerpt saved by hand.

The texts the gold files were annotated against are other people's articles and are not
committed; each gold file keeps the page's ``url``, the ``query`` that found it in the
stored-pages search, and the sha256 of the exact text. On a new machine the texts are
restored by running the query again, saving the page's excerpt to a file as returned, and
letting this script find the cut that gives the annotated text:

    python tests/realworld/restore_text.py tests/heldout5/<slug>.gold.json excerpt.txt

It tries the excerpt as saved, without a page-metadata date before its first words (" date
2020-04-14 ") and without a wire's trailing reporter credit, and with up to six leading lines dropped (a header the
annotator removed), cut at the end of every line or sentence (a trailing paragraph cut off by the
excerpt, or page furniture, dropped), with and without a final newline, as saved and in
Unicode NFC. On a match it writes ``texts/<slug>.txt`` beside the gold file and says which
cut it was; otherwise it prints where the gold spans stop fitting the closest candidate, so
that a character lost in copying (a curly quote, a no-break space) can be found.
Exit status 0 on a match, 1 otherwise.
"""

import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

# A page-metadata date the search puts before the page's first words (" date 2020-04-14 "),
# which the annotators moved to `published`, and a wire's trailing reporter credit.
DATE_PREFIX = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\s*")
CREDIT = re.compile(r"\s*\((?:Reporting|Writing|Editing) by ")


def candidates(raw: str):
    """Yield (description, text) for every cut of the excerpt worth trying."""
    forms = {"as saved": raw, "NFC": unicodedata.normalize("NFC", raw)}
    if DATE_PREFIX.match(raw):
        forms["date prefix dropped"] = DATE_PREFIX.sub("", raw, count=1)
    for name, form in list(forms.items()):
        credit = CREDIT.search(form)
        if credit:
            forms[f"{name}, credit cut"] = form[: credit.start()]
    for form, base in forms.items():
        lines = base.split("\n")
        for drop in range(min(7, len(lines))):
            body = "\n".join(lines[drop:])
            # every line end, and every sentence end inside a line (a credit after it)
            ends = [i for i, ch in enumerate(body) if ch == "\n"] + [len(body)]
            # (a no-break space after the sentence too, as some pages write one there)
            ends += [
                i + 1 for i, ch in enumerate(body[:-1]) if ch in ".!?)" and body[i + 1] in " \u00a0"
            ]
            yield f"{form}, {drop} leading line(s) dropped, whole", body
            for end in ends:
                for tail in ("", "\n"):
                    piece = body[:end].rstrip(" \n\u00a0") + tail
                    yield (
                        f"{form}, {drop} leading line(s) dropped, cut at {end}{' + newline' if tail else ''}",
                        piece,
                    )


def first_misfit(gold: dict, text: str) -> int | None:
    """Smallest gold span start whose span does not fit the text (whitespace at an edge, or
    outside it): the copy drifted before it."""
    misfits = []
    for kind in ("statements", "statistics", "dates"):
        for row in gold.get(kind, []):
            start, end = row["start"], row["end"]
            piece = text[start:end]
            if end > len(text) or not piece or piece != piece.strip():
                misfits.append(start)
    return min(misfits) if misfits else None


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    gold_path, raw_path = Path(argv[0]), Path(argv[1])
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw = raw_path.read_text(encoding="utf-8").replace("\r\n", "\n")
    slug = gold_path.name[: -len(".gold.json")]
    seen = set()
    for description, text in candidates(raw):
        data = text.encode("utf-8")
        if data in seen:
            continue
        seen.add(data)
        if hashlib.sha256(data).hexdigest() == gold["sha256"]:
            out = gold_path.parent / "texts" / f"{slug}.txt"
            out.parent.mkdir(exist_ok=True)
            out.write_bytes(data)
            print(f"ok {slug}: {description} -> {out} ({len(text)} chars)")
            return 0
    ends = [
        row["end"] for kind in ("statements", "statistics", "dates") for row in gold.get(kind, [])
    ]
    print(f"!! {slug}: no cut of the excerpt has the gold sha256")
    print(f"   excerpt {len(raw)} chars; the last gold span ends at {max(ends, default=0)}")
    shown = DATE_PREFIX.sub("", raw, count=1)
    misfit = first_misfit(gold, shown)
    if misfit is not None:
        print(
            f"   as saved (less a date prefix), the first span that does not fit starts at {misfit}:"
        )
        print(f"   ...{shown[max(0, misfit - 120) : misfit + 40]!r}")
        print("   a character before it was probably lost or changed in copying")
    else:
        print("   every gold span fits the excerpt as saved: look at the cut (start or end)")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
