"""Given names of many countries, from the name lists Faker keeps for each locale.

A capitalized pair that opens with a given name ("Anna Kowalski said", "met Kwame Mensah")
is a person's name even with no title, honorific or verb of saying next to it. The lists
are Faker's (MIT licence, maintained, about 20,000 names in Latin script over some 80
locales: Nigeria, Kenya, India, Indonesia, Vietnam, Latin America, Europe): no typed list
of our own can cover the names of news from everywhere, and no other maintained package
of names is small and permissively licensed (names-dataset is 3 GB in memory,
gender-guesser is GPL). Only Faker's data is read; nothing is generated.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache

from pipeline.extract.lexicon import (
    countries,
    function_words,
    nationalities,
    non_name_words,
    sentence_words,
    titles,
)

# One capital then small letters, in Latin script with its accents: "José", "Nguyễn"
# A family name of Gaelic form, or with a particle joined to it, which name lists hold only in
# part: "O’Callaghan", "McAleese", "DeSantis", "DiPietro", "VanDyke"
# Particles written joined to the family name, with its capital kept after them
JOINED_PARTICLES = ("De", "Del", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Fitz")
GAELIC_FAMILY_NAME = re.compile(rf"(?:O['’]|Mc|Mac|{'|'.join(JOINED_PARTICLES)})[A-Z][a-z]{{2,}}")
LATIN_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ÿĀ-ɏḀ-ỿ'’-]+")
# Faker's Provider attributes that hold names (lists, or dicts of name to weight) have these
# words in their names: "first_names_female", "male_last_names", "unisex_last_names"
GIVEN_NAME_LISTS = "first_names"
SURNAME_LISTS = "last_names"
MIN_LENGTH = 3  # "Al", "Ed": too often a word or an initial
# Words that open places' names more often than people's: "Santa Rosa", "North Carolina"
PLACE_WORDS = frozenset(
    [
        *("Santa", "Santo", "San", "Saint", "Sainte", "Del", "North", "South", "East", "West"),
        *("Royal", "Tory", "Fort", "Port", "Mount", "Lake", "New", "Las", "Los"),
    ]
)


@cache
def given_names() -> frozenset[str]:
    """Given names in Latin script, none of them a word that opens sentences, a title, a
    country or nationality, or a word that is never a name."""
    return _names_only(_listed(GIVEN_NAME_LISTS))


@cache
def given_name_genders() -> dict[str, str]:
    """The gender of each given name that Faker's lists give to women only ("f") or to men
    only ("m"): "Hillary" f, "Donald" m; a name in both lists ("Jordan", "Kim") has none."""
    female = _listed("first_names_female")
    male = _listed("first_names_male")
    names = given_names()
    return {
        **{name: "f" for name in female - male if name in names},
        **{name: "m" for name in male - female if name in names},
    }


@cache
def surnames() -> frozenset[str]:
    """Family names in Latin script ("Kowalski", "Mensah", "Nguyen"), with the same words
    left out as from `given_names`."""
    return _names_only(_listed(SURNAME_LISTS))


@cache
def common_word_surnames() -> frozenset[str]:
    """Family names that are also words never part of a name elsewhere ("White", "Hall",
    "Park", "Church"), left out of `surnames`: a name holds them only where its context says
    so (nationalities, "French", are left out)."""
    return frozenset(
        name
        for name in _listed(SURNAME_LISTS)
        if name in non_name_words() and name not in nationalities() and LATIN_NAME.fullmatch(name)
    )


@cache
def title_surnames() -> frozenset[str]:
    """Family names that are also titles ("King", "Bishop", "Judge"): after a given name
    they are the family name ("Troy King"), while alone or first they stay titles."""
    return frozenset(
        name
        for name in _listed(SURNAME_LISTS)
        if len(name) >= MIN_LENGTH
        and LATIN_NAME.fullmatch(name)
        and name.lower() in titles()
        and name.lower() not in PLACE_OFFICES
    )


# Offices held for a place, whose word before is the place ("Paris Mayor", "Georgia
# Senator"), a given name or not: never a family name after a given name
PLACE_OFFICES = frozenset(
    {"mayor", "senator", "governor", "premier", "president", "minister", "judge"}
)


def _listed(kind: str) -> set[str]:
    """Every name in the lists of each locale's person Provider whose attribute name holds
    `kind`."""
    return set(_listed_by_locale(kind))


@cache
def telling_given_name_genders() -> dict[str, str]:
    """The genders of `given_name_genders` that tell a reader the person's: all but those of
    names of three letters or fewer that one list only, not an English one, gives a gender.
    Not "Lot", which one list (Dutch) gives to women and which is a man's in the Bible and in
    Namibia: a pronoun after such a name may be either. (Short names are the ones cultures
    share with other genders: "Kim", "Eli", "Ali"; "Ngozi" or "Recep", in one list, still
    tell.)"""
    genders = given_name_genders()
    female = _listed_by_locale("first_names_female")
    male = _listed_by_locale("first_names_male")

    def telling(name: str, locales: set[str]) -> bool:
        return (
            len(name) > SHORT_NAME
            or len(locales) >= 2
            or any(locale.startswith("en") for locale in locales)
        )

    return {
        name: gender
        for name, gender in genders.items()
        if telling(name, (female if gender == "f" else male).get(name, set()))
    }


SHORT_NAME = 3  # letters of a given name at most that one list alone does not gender


@cache
def _listed_by_locale(kind: str) -> dict[str, set[str]]:
    """Each name in the lists of each locale's person Provider whose attribute name holds
    `kind`, with the locales whose lists hold it."""
    import faker.providers.person as person  # (read once per process, about 0.2 s)

    locales: dict[str, set[str]] = {}
    for module in sorted(pkgutil.iter_modules(person.__path__), key=lambda m: m.name):
        provider = getattr(
            importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None
        )
        for attribute in sorted(vars(provider) if provider is not None else ()):
            listed = getattr(provider, attribute, None)
            if kind in attribute and isinstance(listed, (list, tuple, dict)):
                for name in listed:
                    locales.setdefault(name, set()).add(module.name)
    return locales


def _names_only(names: set[str]) -> frozenset[str]:
    excluded = (
        sentence_words()
        | non_name_words()
        | set(countries())
        | nationalities()
        | us_states()
        | PLACE_WORDS
    )
    return frozenset(
        name
        for name in names
        if len(name) >= MIN_LENGTH
        and LATIN_NAME.fullmatch(name)
        and name not in excluded
        and name.lower() not in titles()
        and name.lower() not in function_words()
    )


@cache
def us_states() -> frozenset[str]:
    """The first words of the US states' names ("Florida", "Virginia", "Montana"): given
    names in the lists, and places far more often in news."""
    import pycountry

    return frozenset(s.name.split()[0] for s in pycountry.subdivisions.get(country_code="US"))
