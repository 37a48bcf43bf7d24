"""ISO 4217 codes for money as news writes it: "$5 billion", "320 million euros", "Rs 250 crore",
"C$16 million", "300 million Canadian dollars".

Currency names, their codes and each country's currency come from the Unicode CLDR through
Babel (the names and symbols an English reader sees) and pycountry (the current ISO 4217
list): no table of our own to keep up to date. A word several currencies share ("dollar",
"rupee", "pound") is the article's country's when that country uses one of that name
(`article_country`); otherwise its usual meaning in international news
(`rules/currency_defaults.csv`: a dollar of a country that has none is the US dollar); a
"$" in an article that names no country stays without a code.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from pipeline.extract.lexicon import read_table


def currency_names() -> dict[str, str]:
    """ISO 4217 code -> English name ("USD" -> "US Dollar") of every current currency."""
    return _names()


@cache
def _names() -> dict[str, str]:
    """ISO 4217 code -> English name ("USD" -> "US Dollar") of every current currency."""
    import pycountry
    from babel import Locale

    current = {currency.alpha_3 for currency in pycountry.currencies}
    return {code: name for code, name in Locale("en").currencies.items() if code in current}


@cache
def _by_word() -> dict[str, tuple[str, ...]]:
    """Last word of a currency's name -> the codes of that name ("rupee" -> INR, LKR, NPR, ...)."""
    words: dict[str, list[str]] = {}
    for code, name in sorted(_names().items()):
        words.setdefault(name.split()[-1].lower(), []).append(code)
    return {word: tuple(codes) for word, codes in words.items()}


@cache
def _by_full_name() -> dict[str, str]:
    """ "canadian dollar" -> CAD, "hong kong dollar" -> HKD: a name that says which one."""
    return {name.lower(): code for code, name in _names().items()}


@cache
def _defaults() -> dict[str, tuple[str, bool]]:
    """Word -> (its usual code, whether that holds only in an article of a known country)."""
    return {
        row["word"]: (row["currency"], row["needs_country"] == "yes")
        for row in read_table("currency_defaults.csv")
    }


@cache
def country_currencies(alpha3: str) -> tuple[str, ...]:
    """The currencies in use in a country ("IND" -> ("INR",)), from CLDR."""
    import pycountry
    from babel.numbers import get_territory_currencies

    country = pycountry.countries.get(alpha_3=alpha3)
    if country is None:
        return ()
    try:
        return tuple(get_territory_currencies(country.alpha_2, date(2024, 1, 1)))
    except Exception:  # a territory CLDR does not know
        return ()


def currency_code(word: str, qualifier: str | None, country: str | None) -> str | None:
    """The ISO 4217 code of money named `word` ("dollar", "rupee", "yuan"), its `qualifier`
    ("Canadian", "Hong Kong", "US"), in an article of `country` (alpha-3) or of no known one.

    >>> currency_code("dollar", "Canadian", None), currency_code("dollar", None, "AUS")
    ('CAD', 'AUD')
    """
    word = word.lower()
    if qualifier:
        code = _by_full_name().get(f"{qualifier.lower()} {word}")
        if code is not None:
            return code
    codes = _by_word().get(word, ())
    if len(codes) == 1:
        return codes[0]
    if country is not None:
        for code in country_currencies(country):
            if code in codes:
                return code
    default = _defaults().get(word)
    if default is not None and (country is not None or not default[1]):
        return default[0]
    return None


@cache
def named_currencies() -> dict[str, str]:
    """Every currency's full English name, singular and plural, lowercase -> its ISO 4217 code:
    "us dollars" -> USD, "chinese yuan" -> CNY, and the currencies the euro replaced, which old
    news counts in: "dutch guilders" -> NLG, "finnish markka" -> FIM (CLDR through Babel).

    Only names of two words or more: one word ("dollar") does not say which currency."""
    from babel import Locale
    from babel.numbers import get_currency_name

    names: dict[str, str] = {}
    for code, name in sorted(Locale("en").currencies.items()):
        # not a dated or qualified name ("... (1927–2002)"), nor gold or a fund code (X..)
        if code.startswith("X") or "(" in name or " " not in name:
            continue
        for form in (name, get_currency_name(code, count=2, locale="en")):
            names.setdefault(form.lower(), code)
    for code, name in sorted(_names().items()):  # a current currency's name wins
        if " " in name and not code.startswith("X"):
            names[name.lower()] = code
            names[get_currency_name(code, count=2, locale="en").lower()] = code
    return names


SIGNS_FILE = "currency_signs.csv"


def signs_from_cldr() -> list[tuple[str, str]]:
    """(sign, ISO 4217 code) of every one-character currency sign (Unicode category Sc) that
    CLDR gives one current currency in the countries using it: ("₡", "CRC"), ("₾", "GEL").

    Reading every country's locale takes a second, so the list is kept in
    `rules/currency_signs.csv` (`python -m pipeline.extract.currencies` writes it; a test
    checks it against CLDR)."""
    import unicodedata

    from babel import Locale
    from babel.core import UnknownLocaleError, get_global
    from babel.numbers import get_territory_currencies

    codes: dict[str, set[str]] = {}
    for territory in sorted(get_global("territory_currencies")):
        try:
            locale = Locale.parse(f"und_{territory}")
        except (UnknownLocaleError, ValueError):
            continue
        for code in get_territory_currencies(territory, date(2024, 1, 1)):
            sign = locale.currency_symbols.get(code, "")
            if len(sign) == 1 and unicodedata.category(sign) == "Sc" and code in _names():
                codes.setdefault(sign, set()).add(code)
    return sorted((sign, min(found)) for sign, found in codes.items() if len(found) == 1)


@cache
def currency_signs() -> dict[str, str]:
    """Sign -> ISO 4217 code, from `rules/currency_signs.csv`: "₺" -> TRY."""
    return {row["sign"]: row["currency"] for row in read_table(SIGNS_FILE)}


def currency_word(code: str) -> str:
    """The unit a currency is counted in: "USD" -> "dollar", "CNY" -> "yuan"."""
    name = _names().get(code)
    return name.split()[-1].lower() if name else code


def currency_units_codes(*words: str) -> tuple[str, ...]:
    """The codes of the current currencies named by `words`: ("dollar",) -> AUD, BBD, ..., USD."""
    return tuple(code for word in words for code in _by_word().get(word, ()))


@cache
def currency_units() -> frozenset[str]:
    """Every unit that is money: the last word of a current currency's name ("dollar", "rupee")."""
    return frozenset(_by_word())


if __name__ == "__main__":  # python -m pipeline.extract.currencies: rewrite currency_signs.csv
    from pipeline.paths import RULES_DIR

    lines = ["sign,currency", *(f"{sign},{code}" for sign, code in signs_from_cldr())]
    (RULES_DIR / SIGNS_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
