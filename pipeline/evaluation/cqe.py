"""Statistics scored on the evaluation sentences of the CQE quantity extractor (vivkaz/CQE).

Each sentence lists its quantities as a value and a unit named in words ("dollar",
"percentage", "kilometre per hour", "-" for none). Every quantity counts, whether written
in digits or words. A range is one quantity ("8-10" feet): our two rows of one range (a
lower bound >= and an upper bound <= with the same text) are put back together. A gold
quantity matches one prediction of the same value (relative tolerance 1e-5, as CQE's own
scorer); value + unit also needs the unit, after mapping our unit vocabulary to CQE's names
here, in the scorer: extraction keeps its own vocabulary (`units.csv`).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.evaluation.scoring import Score
from pipeline.extract.article import extract_article
from pipeline.extract.units import singular
from pipeline.model import Article, Statistic

FILES = ("currency-model.json", "dimension-model.json", "age-model.json", "temperature-model.json")

# Our unit (or currency code) -> CQE's name for it, where the two differ by more than number.
CQE_NAMES = {
    "percent": "percentage",
    "percentage point": "percentage",
    # CQE names a currency by its English name ("canadian dollar", "turkish lira", "finnish
    # markka": `currency_name`), but these three by their word alone or otherwise
    "USD": "dollar",
    "GBP": "pound sterling",
    "INR": "rupee",
    "tonne": "metric ton",
    "person": "people",
    "time": "count",
    "degree celsius": "celsius",
    "degree fahrenheit": "fahrenheit",
    "pound": "pound-mass",  # a pound of money has its currency, GBP
    "penny": "penny",
}


BRITISH_SPELLING = re.compile(r"(met|lit)er\b")


@dataclass
class CqeResult:
    sentences: int = 0
    value: Score = field(default_factory=Score)
    value_unit: Score = field(default_factory=Score)
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, quantity, sentence)


Quantity = tuple[float | tuple[float, float], str]


def currency_name(code: str) -> str | None:
    """A currency's English name in CLDR, lowercase: "CAD" -> "canadian dollar", "EUR" -> "euro"."""
    from babel.numbers import UnknownCurrencyError, get_currency_name

    try:
        name = get_currency_name(code, locale="en")
    except UnknownCurrencyError:
        return None
    return None if name == code else name.lower()


def cqe_unit(statistic: Statistic) -> str:
    """Our unit as CQE names it: "percent" -> "percentage", USD -> "dollar", None -> "-"."""
    unit = statistic.unit_normalized or (singular(statistic.unit) if statistic.unit else None)
    if unit is None:
        return "-"
    head, per, rest = unit.lower().partition(" per ")  # "dollar per share"
    if statistic.currency and head != "penny":
        head = CQE_NAMES.get(statistic.currency) or currency_name(statistic.currency) or head
    else:
        head = CQE_NAMES.get(head, head)
    # CQE spells units of the metric system the British way: "metre", "kilometre per hour"
    return BRITISH_SPELLING.sub(r"\1re", f"{head}{per}{rest}")


def predicted_quantities(statistics: list[Statistic]) -> list[Quantity]:
    """One quantity per statistic, a range's two rows as one (lower, upper) quantity."""
    quantities: list[Quantity] = []
    i = 0
    while i < len(statistics):
        s = statistics[i]
        following = statistics[i + 1] if i + 1 < len(statistics) else None
        if (
            s.comparator == ">="
            and following is not None
            and following.comparator == "<="
            and (following.char_start, following.char_end) == (s.char_start, s.char_end)
        ):
            quantities.append(((s.value, following.value), cqe_unit(following)))
            i += 2
            continue
        quantities.append((s.value, cqe_unit(s)))
        i += 1
    return quantities


def _gold_value(value: str) -> float | tuple[float, float]:
    if "-" in value[1:]:
        low, _, high = value[1:].partition("-")
        return float(value[0] + low), float(high)
    return float(value)


def _same_value(a: float | tuple[float, float], b: float | tuple[float, float]) -> bool:
    if isinstance(a, tuple) != isinstance(b, tuple):
        return False
    pairs = zip(a, b, strict=True) if isinstance(a, tuple) else [(a, b)]
    return all(math.isclose(x, y, rel_tol=1e-5, abs_tol=1e-8) for x, y in pairs)


def score_sentence(text: str, gold: list[Quantity], result: CqeResult) -> None:
    article = Article(document_id="s", source="s", sha256="", text=text, body_start=0)
    predicted = predicted_quantities(extract_article(article).statistics)
    result.sentences += 1
    for score in (result.value, result.value_unit):
        score.predicted += len(predicted)
        score.gold += len(gold)
    free = list(range(len(predicted)))
    for value, unit in gold:
        same = [p for p in free if _same_value(predicted[p][0], value)]
        if not same:
            result.errors.append(("missed", f"{value} {unit}", text))
            continue
        both = [p for p in same if predicted[p][1] == unit]
        chosen = (both or same)[0]
        free.remove(chosen)
        for score in [result.value, *([result.value_unit] if both else [])]:
            score.true_positives_gold += 1
            score.true_positives_predicted += 1
        if not both:
            result.errors.append(("unit", f"{value} {predicted[chosen][1]} for {unit}", text))
    for p in free:
        result.errors.append(("false", f"{predicted[p][0]} {predicted[p][1]}", text))


def evaluate_cqe(folder: Path) -> CqeResult:
    result = CqeResult()
    for name in FILES:
        path = folder / name
        if not path.is_file():
            continue
        for sentence in json.loads(path.read_text(encoding="utf-8")):
            gold = [
                (_gold_value(q["value"]), q["normalized_unit"].lower())
                for q in sentence["quantities"]
            ]
            score_sentence(sentence["text"], gold, result)
    return result


if __name__ == "__main__":  # python -m pipeline.evaluation.cqe [FOLDER]: every error
    import sys

    from pipeline.paths import REPO_ROOT

    folder = Path(
        sys.argv[1] if len(sys.argv) > 1 else REPO_ROOT.parent / "shared/benchmarks/cqe-units"
    )
    outcome = evaluate_cqe(folder)
    for error in outcome.errors:
        print("\t".join(error))
    print(
        f"value F1 {outcome.value.f1:.3f} value+unit F1 {outcome.value_unit.f1:.3f}",
        file=sys.stderr,
    )
