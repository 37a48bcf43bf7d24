"""People: names marked by an honorific, a title, an appositive or a reporting verb.

"President Xi Jinping", "Mr. Smith", "Jane Doe, deputy director of the X Bureau, said",
"said John Roe, head of ...", "Foreign Ministry spokesperson Li Hua". Later
mentions of the full name or of one part of it ("Xi", "Smith") point to the same person.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from pipeline.entities.affiliations import (
    UNNAMED_BODY_NOUNS,
    body_described,
    owner_described_before,
)
from pipeline.entities.given_names import (
    GAELIC_FAMILY_NAME,
    JOINED_PARTICLES,
    PLACE_WORDS,
    common_word_surnames,
    given_name_genders,
    given_names,
    surnames,
    telling_given_name_genders,
    title_surnames,
    us_states,
)
from pipeline.entities.organisations import a_places_word
from pipeline.extract.article_country import dateline_cities
from pipeline.extract.dates import MONTHS, WEEKDAYS
from pipeline.extract.lexicon import (
    abbreviations,
    an_office_title,
    cast_labels,
    countries,
    descriptions,
    function_words,
    head_first_words,
    honorific_abbreviations,
    honorifics,
    institution_heads,
    law_heads,
    nationalities,
    non_name_words,
    occupations,
    offices_held,
    one_person_nouns,
    people_nouns,
    plural,
    portfolio_words,
    post_nominals,
    read_list,
    reporting_verbs,
    sentence_words,
    speaker_nouns,
    title_modifiers,
    titles,
    trie_regex,
    world_honorifics,
)
from pipeline.extract.phrases import capitalized_starts, find_phrases
from pipeline.extract.saying import finditer_after_verb, verb_starts, verbs_of_saying
from pipeline.extract.scan import (
    finditer_at,
    finditer_checked,
    line_start,
    lines_holding,
    lowercase_for_search,
    not_after_word_or_dot,
    without_leading_boundary,
    word_boundary,
)
from pipeline.extract.spans import EntityIndex, EntitySpan
from pipeline.ids import person_id
from pipeline.model import Person

# Capitals and letters of Latin (with its accents and Vietnamese), Greek and Cyrillic: names
# in any script that has capitals ("Zoë Müller", "Nguyễn Thị Minh", "Олег"). Latin Extended
# (Ā-ɏ, Ḁ-ỿ) alternates capital and small letter by code point, so it is taken whole in both:
# a class of a few ranges, where one of each letter costs half a second to compile.
UPPER = "A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΏΑ-ΫЀ-ЯḀ-ỿ"
LOWER = "a-zß-öø-ÿĀ-ɏά-ώа-џḀ-ỿ"
# "Jane", "McDonald", "O'Neill", "Al-Assad", "F.", "J.D." (not "U.S.": see _PLACE_INITIALS): (?:Mc|Mac|O'|D')?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.
# with accented capitals and letters; written to start with the capitals, the same
# alternatives in the same order, because the regex engine skips quickly to the capitals
# only when a pattern starts with a character set.
# A word's small letters are taken all or not at all (`++`, possessive): what may follow them
# in a name, or after a name in every pattern here, never starts with a small letter, so giving
# one back never makes a match; the engine, which would try each shorter run in turn, then
# fails at once where a name is not followed by what a pattern wants (a third of each scan).
# (`test_names_are_found_as_without_possessive_letters` checks the patterns agree without it.)
_LETTERS = rf"[{LOWER}]++"
_SUFFIXES = rf"(?:[-'’](?![s]\b)[{UPPER}]?{_LETTERS})*"  # ("Lei's": the possessive ends the name)
# (a name starts at no capital inside a word: "Al-Assad" does not hold a name "Assad", nor
# "RoseAnn Smith" a name "Ann Smith", and a 100 KB "Ab-Ab-..." is not read again from each
# capital)
# Initials that are a place's or a body's, not a name's: U.S., U.K., U.N., U.A.E., E.U., D.C.,
# N.Y., N.J., N.Z., L.A., S.A., H.K., P.R. (each read as the letter after the first initial)
_PLACE_INITIALS = (
    r"(?<=U\.)[SKNA]\.|(?<=E\.)U\.|(?<=D\.)C\.|(?<=N\.)[YJZ]\.|(?<=L\.)A\.|(?<=S\.)A\."
    r"|(?<=H\.)K\.|(?<=P\.)R\."
)


def _joined_particle_pattern() -> str:
    """A particle written joined to the family name, its capital kept: "DeSantis",
    "DiPietro", "DuBois", "LeBron", "LaGuardia", "VanDyke", "FitzGerald"; the pattern reads
    the particle's small letters after its capital (the longest first: "Del" before "De")."""
    rests: dict[str, list[str]] = {}
    for particle in JOINED_PARTICLES:
        rests.setdefault(particle[0], []).append(particle[1:])
    return (
        "(?:"
        + "|".join(
            f"(?<={capital})(?:{'|'.join(sorted(small, key=lambda rest: (-len(rest), rest)))})"
            for capital, small in sorted(rests.items())
        )
        + ")"
    )


_JOINED_PARTICLE = _joined_particle_pattern()
NAME_TOKEN = rf"(?:[{UPPER}](?<![-'’{LOWER}{UPPER}][{UPPER}])(?:(?<=M)(?:c|ac)[{UPPER}]{_LETTERS}{_SUFFIXES}|{_JOINED_PARTICLE}[{UPPER}]{_LETTERS}{_SUFFIXES}|(?<=[OD])['’][{UPPER}]{_LETTERS}{_SUFFIXES}|{_LETTERS}{_SUFFIXES}|\.(?:(?!{_PLACE_INITIALS})[{UPPER}]\.(?:[{UPPER}]\.)?)?))"
# Lowercase particles between the words of a name, one or two ("Ursula von der Leyen", "Juan
# de la Cruz", "Mohammed bin Salman", "Ricardo dos Santos")
PARTICLE = r"(?:de|da|van|von|der|den|del|della|dela|dos|das|los|bin|binti|bint|ibn|al|el|le|la|di|du|ter|zu|ap)"
# An Arabic article joined to the family name by a hyphen, written small inside a name
# ("Abdel Fattah al-Sisi", "Bashar al-Assad"): a word of the name, never its first
PARTICLE_TOKEN = rf"(?:al|el|ad|ar|as|ash|at|az|an)-[{UPPER}]{_LETTERS}{_SUFFIXES}"
# "Joseph R. Biden Jr.", "Vann R. Newkirk II": a generational suffix ends the name
GENERATION = r"(?: (?:Jr\.|Sr\.|II|III|IV)(?![\w]))?"
# ("Jr" is read as the suffix, with its period, not as a word of the name)
NAME = rf"{NAME_TOKEN}(?: (?:{PARTICLE} ){{0,2}}(?!(?:Jr|Sr)\b)(?:{NAME_TOKEN}|{PARTICLE_TOKEN})){{0,3}}{GENERATION}"
GENDERED_TITLES = {
    "spokesman": "m",
    "spokeswoman": "f",
    "chairman": "m",
    "chairwoman": "f",
    "congressman": "m",
    "congresswoman": "f",
    "king": "m",
    "queen": "f",
    "prince": "m",
    "princess": "f",
}


# "W. ", "J. R. ": initials before a name a shorter mention leaves out
LEADING_INITIALS = re.compile(r"(?:[A-Z]\. ?)+ ")
# A surname shorter than this is too often another person's with one letter changed ("Kim", "Kin")
MIN_MISSPELLED = 6
# A line (paragraph) at most this long is a headline's or a caption's, where a full name spelt
# once with one letter off is a typo of the name the body writes
TYPO_LINE_LENGTH = 150
SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'")


def _one_deleted(word: str) -> set[str]:
    """ "Esipisu" -> {"sipisu", "Eipisu", ..., "Esipis"} and the word itself: two words one
    edit apart share one of these (Garbe's symmetric delete, as in SymSpell)."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


# Words after a name that are its verb, not a noun it modifies
VERBS_AFTER_A_NAME = frozenset(
    {"wrote", "said", "told", "thinks", "thought", "was", "is", "has", "had", "will", "would"}
    | {"could", "can", "may", "might", "did", "does", "and", "or", "who", "also", "to"}
    | {"then", "now", "later", "once", "never", "first", "again", "still", "just"}
)
WORD_AFTER_NAME = re.compile(r" ([a-z]+)\b")


def _noun_after(text: str, end: int) -> bool:
    """Whether a lowercase word that is no verb nor function word follows the name ending at
    `end` ("Hillary Clinton email investigation"): not "asked", "expects", "wrote", "on"."""
    after = WORD_AFTER_NAME.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    return not (
        word in VERBS_AFTER_A_NAME
        or word.endswith("ly")  # "reportedly", "recently"
        or word.startswith("http")  # "the New York Post's Amy Spencer http://..."
        or word in function_words()  # "on her show", "that aired", "about", "after the"
        or word in reporting_verbs()
        or word.endswith(("ed", "s"))
    )


def _possessive_before(text: str, start: int) -> bool:
    """Whether "'s " (or "’s ") stands right before `start`."""
    return (
        start >= 3 and text[start - 1] == " " and text[start - 2] == "s" and text[start - 3] in "'’"
    )


@dataclass
class PersonCandidate:
    name: str
    start: int
    end: int
    title: str | None = None
    institution_id: str | None = None
    gender: str | None = None
    # the title is a place's office, the place left out ("Lagos Governor" -> "Governor")
    place_office: bool = False


@cache
def _title_words() -> str:
    # (occupations too: "businessman Jo Roe"; capitalized they are no title, see `find`)
    return trie_regex(titles() | occupations())


@cache
def _modifiers() -> str:
    return trie_regex(title_modifiers())


@cache
def _portfolio() -> str:
    """An office's portfolio: "Housing and Urban Affairs", "Information & Culture", "Finance,
    Budget and National Planning" (a capitalized word before a portfolio's word after the
    first)."""
    word = rf"(?:{trie_regex(portfolio_words())})\b"
    return rf"{word}(?:,? (?:and |& )?(?:[A-Z][a-z]+ )?{word})*"


@cache
def _places_of_several_words() -> str:
    """Countries' and US states' names of several words ("United Arab Emirates", "New York"),
    an alternation: after "the State of" the name goes on over its words, not into a person's."""
    import pycountry

    states = (s.name for s in pycountry.subdivisions.get(country_code="US"))
    return trie_regex(name for name in (*countries(), *states) if " " in name)


@cache
def _of_portfolio() -> re.Pattern[str]:
    """ " of Justice", " of Finance and Economic Planning": an office's portfolio after its title."""
    return re.compile(rf" (?:of|for) (?:the )?{_portfolio()}(?=[,.;]|$)")


@cache
def _lowercase_title_after() -> re.Pattern[str]:
    """A title in lowercase right after a word: "Tory chairman", "Labour leader"."""
    lowercase = [title for title in titles() if title.islower()]
    return re.compile(rf" (?:{trie_regex(lowercase)})\b")


def _holds_post_nominal(text: str) -> bool:
    """Whether the text holds " MP", " QC", ...: what a name with letters after it needs."""
    return _post_nominal_after_space().search(text) is not None


@cache
def _post_nominal_after_space() -> re.Pattern[str]:
    """Any of the post-nominal letters after a space: one scan of the text (from each space),
    where a substring test of each read all of it (twice as slow)."""
    return re.compile(" (?:" + "|".join(map(re.escape, sorted(post_nominals()))) + ")")


@cache
def _family_names() -> frozenset[str]:
    """`surnames` and `title_surnames` together: made once, not for each article (23,000 names)."""
    return surnames() | title_surnames()


@cache
def _office_honorifics() -> frozenset[str]:
    return frozenset(read_list("office_honorifics.txt"))


@cache
def _personal_honorifics() -> str:
    """The honorifics that are no office ("Dr", "Sir", "Mrs", "Shri", "Datuk"), longest first,
    as alternatives."""
    personal = (set(honorifics()) - _office_honorifics()) | set(read_list("honorifics_world.txt"))
    return "|".join(
        re.escape(word) for word in sorted(personal, key=lambda word: (-len(word), word))
    )


@cache
def _name_pattern() -> re.Pattern[str]:
    return re.compile(NAME)


def _title_inside_name(name: str) -> str:
    """ "Cabinet Secretary" of "Cabinet Secretary Yoshito Sengoku": the words of a capitalized
    run up to its last title word, which belong to the title before it ("" when none)."""
    words = name.split(" ")
    last = max((i for i, word in enumerate(words[:-1]) if word.lower() in titles()), default=-1)
    return " ".join(words[: last + 1])


def _office_modifiers_before(text: str, end: int, floor: int | None = None) -> str:
    """The modifiers of an office ("Deputy", "Acting Vice") right before `end`, where an
    organisation's name starts between them and the title: "Deputy Tory chairman" -> "Deputy"
    ("" when there are none)."""
    words = text[max(0, end - 40) if floor is None else floor : end].split()
    modifiers: list[str] = []
    while words and words[-1].lower() in title_modifiers():
        modifiers.insert(0, words.pop())
    return " ".join(modifiers)


def _ends_a_sentence(word: str) -> bool:
    """A word with the period of a sentence's end: "Roe.", not "U.S.", "Jr.", "J." nor "St."."""
    return (
        word.endswith(".")
        and len(word) > 2
        and "." not in word[:-1]
        and word[:-1] not in abbreviations()
    )


# What opens no title after a name and its comma: "Jo Hale, and the president", "Jo Hale, as
# prime minister", "Jo Hale, while opposition politician Jo Lee ..."
NO_TITLE_OPENING = re.compile(
    r"(?:and|or|but|as|with|to|in|of|for|from|while|whereas|although|though|when|because"
    r"|since|if|unless|after|before|where|until)\b",
    re.IGNORECASE,
)
SENTENCE_END_WORD = re.compile(r"[\w'’.-]+\.(?= )")  # a word whose period may end a sentence
OWNER_PRONOUN_REACH = 300  # characters back to the organisation "its director" belongs to
# ", of West Yorkshire Police,": an appositive that says only where a person is from
OF_BODY_APPOSITIVE = re.compile(r", (?:of|from|at) (?P<body>(?:the )?[A-Z][^,;:()\n]{1,80}),")
# "central bank's governor": the owner before the possessive, the title after it
OWNER_OF_TITLE = re.compile(r"(?P<owner>.+?)['’]s (?P<title>.+)")
PLACE_OF_BEFORE = re.compile(r"\bof $")
# After a person's name, the word that names the organisation they are of: "Jo Roe of the
# Sierra Club" (the organisation starts where the match ends; not "from": "a letter to Ms Roe
# from the ministry", "the firing of Ms Roe from Acme" say where something came from)
OF_BODY_AFTER_NAME = re.compile(r",? of ")


@cache
def _honorific_words() -> frozenset[str]:
    return frozenset(honorifics())


@cache
def _cue_words() -> frozenset[str]:
    return frozenset(c for c in reporting_verbs() if c != "according to")


@cache
def _cues() -> str:
    return trie_regex(_cue_words())


# "finance minister", "presidential candidate", "monetary policy chief": a portfolio or an
# adjective of office before a title word is part of the title (up to three such words)
OFFICE_ADJECTIVE = re.compile(r"[a-z]+(?:al|ic|ary)")


@cache
def _office_words() -> frozenset[str]:
    return frozenset(word.lower() for word in portfolio_words())


@cache
def _office_title() -> str:
    # (portfolios and adjectives in lowercase only: "International" of "Oxfam International" is
    # a name's; capitalized words before a title are read with the names around them, in `find`)
    # ("Inspector-General", "Statistician-General": any capitalized word hyphened to a title)
    before = (
        rf"(?:{_modifiers()}|(?-i:{trie_regex(_office_words())}|[a-z]+(?:al|ic|ary)"
        rf"|[A-Z][a-z]+(?=-)))"
    )
    return rf"(?:{before}[ -]){{0,3}}(?:{_title_words()})"


def _office_modifier(word: str) -> bool:
    """A word that may stand before a title word in it: "deputy", "finance", "presidential"."""
    return (
        word.lower() in title_modifiers()
        or word in _office_words()
        or OFFICE_ADJECTIVE.fullmatch(word) is not None
    )


# A state named by its form, before "of" and its name: "Republic of Armenia", "Islamic Republic
# of Iran", "Kingdom of Bahrain"
STATE_FORMS = (
    r"(?:(?:Federal |Democratic |Islamic |People['’]s |United |Socialist |Arab )*Republic"
    r"|Kingdom|Sultanate|Emirate|Principality|Grand Duchy|Federation|Commonwealth|State)"
)
OF_THE_AT_END = re.compile(r" of (?:the )?$")
OF_WORD_AT_END = re.compile(r" of (?:the )?(?P<word>[A-Z][\w-]*)$")
# "Governor of the Bank": an office of one body, named by its organisation word
OFFICE_OF_ONE_WORD = re.compile(r".+ of the (?P<body>[A-Z][a-z]+)$")
# " of the commission", " of the Bank": a body described, after the office
OF_DESCRIBED_AT_END = re.compile(r" of the (?:[a-z]+ )?[A-Za-z]+$")


@cache
def _body_by_head() -> str:
    """An organisation's capitalized name that ends with its head word, perhaps then "of" and
    a place: "Suez Canal Authority", "Central Bank of Kenya", "National Treasury"."""
    heads = trie_regex(word.capitalize() for word in institution_heads())
    return (
        rf"(?:[A-Z][\w'’-]* (?:(?:of|and|for|&) (?:the )?)?){{0,4}}(?:{heads})"
        r"(?: of (?:the )?[A-Z][\w'’-]*)?"
    )


# Groups of people an office serves that no organisation's word names
SERVED_GROUPS = frozenset({"family", "campaign"})


@cache
def _served_body() -> str:
    """The noun of a body or of several people ("ministry", "army", "defendants", "family"),
    never of one person ("president", "singer"), the whole word: any noun but one person's."""
    bodies = set(institution_heads()) | set(descriptions()) | SERVED_GROUPS
    one_person = (
        {t for t in titles() if " " not in t}
        | occupations()
        | people_nouns()
        | {w for w in speaker_nouns() if not w.endswith(("s", "men", "people"))}
        | one_person_nouns()
    ) - bodies
    return rf"(?:(?!(?:{trie_regex(one_person)})\b)[a-z]+)\b"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    title = rf"(?:(?:{_modifiers()})[ -])*(?:{_title_words()})"
    honorific = "|".join(sorted(honorifics(), key=len, reverse=True))
    return {
        # Scanned with `finditer_checked`: `\b` is checked on each match's start (see
        # `_LEADING_ASSERTIONS`), not written first, where it slows the whole scan.
        "honorific": re.compile(rf"(?P<honorific>{honorific})\.? (?P<name>{NAME})"),
        # "President Xi Jinping", "Foreign Ministry spokesperson Wang Wenbin", "Secretary of State Jane Doe"
        # ("Health Minister Dr Harsh Vardhan", "high court judge Sir George Newman": a
        # personal honorific may stand between the title and the name; an office's, as in
        # "Senator Rep.", never does)
        "title_before": re.compile(
            # ("Chairman of the Suez Canal Authority Jo Roe", "Governor of the Central Bank of
            # Kenya Jo Roe": of an organisation named by its head word, tried first)
            rf"\b(?P<title>(?i:{_office_title()})(?:(?: of (?:the )?(?P<of_body>{_body_by_head()})(?= )"
            # ("Prime Minister of the Republic of Armenia Jo Roe": of a state by its form;
            # "Minister of Territorial Administration and Infrastructure Jo Roe": a portfolio
            # of two parts, the second by its word)
            rf"| of (?:the )?{STATE_FORMS} of (?:the )?(?:{_places_of_several_words()}|[A-Z][\w-]*)"
            rf"| of (?:the )?[A-Z][\w-]*(?: [A-Z][a-z]+)? and {_portfolio()}"
            rf"| of (?:the )?[A-Z][\w-]*(?: (?:for )?{_portfolio()})?"
            rf"| (?:of|for) (?:the )?{_portfolio()})"
            # ("the Minister of Infrastructure of Ukraine Jo Roe": and its country)
            rf"(?: of (?:the )?(?:{_countries_not_states()}))?)?)"
            # ("Minister of State for Minority Affairs, Shri Jo Roe": after a comma, only with
            # an honorific, which makes the name an apposition of the title)
            rf"(?:,? (?:{_personal_honorifics()})\.? (?:(?:{_personal_honorifics()})\.? )?| )"
            # ("Vice President JD Vance": two capitals for initials, written without their
            # periods, before a family name, where a title stands before them)
            rf"(?P<name>(?:[A-Z]{{2}} (?=[{UPPER}][{LOWER}]{{2,}}\b(?! [{UPPER}])))?{NAME})"
        ),
        # "Li Hua, deputy head of ...", "Jane Doe, a senior economist at ..."
        "appositive": re.compile(
            rf"(?P<name>{NAME}), (?:the |a |an |its |their )?(?P<title>(?:[\w'’.-]+ ){{0,4}}?(?i:{title}))\b(?P<rest>[^,;:\"“”\n]{{0,120}})",
        ),
        # "The housing minister, Laura Pennington, said": a title, then the name between commas
        # (or before "at", "in", ...: "the Senate President, Jane Roe at the opening")
        "title_comma_name": re.compile(
            rf"(?P<determiner>[Tt]he|[Ii]ts|[Aa]n?) (?P<title>(?:(?!(?:and|or|the)\b)[\w'’-]+ ){{0,3}}?(?i:{title})"
            # "The Minister of Information and Culture, Lai Mohammed,": an office's portfolio
            rf"(?: (?:of|for) (?:the )?{_portfolio()})?)"
            # "the president of the Chamber of Deputies, Martín Menem,": of an organisation
            rf"(?: of (?:the )?(?P<of_body>[A-Z][\w'’-]*(?: (?:of |and |& |for )?(?:the )?[A-Z][\w'’-]*){{0,5}})"
            # ("the chairman of the commission, Jo Roe,": of the body named before)
            # ("The president of Costa Rica's central bank (BCCR), Jo Roe,": of a place's body)
            # ("the president of the Haitian senate, Jo Roe,": a place's word before it)
            # (of a body only: "a lawyer of the Peruvian president, Jo Roe," is the president)
            rf"| of (?:the |[A-Z][\w-]*(?: [A-Z][\w-]*)?['’]s )(?P<of_described>(?:[a-z]+ )?[a-z]+"
            rf"|[A-Z][a-z]+ (?:[a-z]+ )?{_served_body()})"
            # ("A lawyer for the defendants, Jo Roe,", "a spokesman for the ministry, Jo Roe,":
            # whom the office serves, a body or people; not one person: "A lawyer for the late
            # president, Robert Mugabe," is Mugabe)
            rf"| for (?:the|his|her|their|its) (?P<for_described>(?:[a-z]+ ){{0,2}}{_served_body()}))?"
            # ("The Inspector-General of Police (IGP), Kayode Egbetokun,": the office's
            # abbreviation, or the body's)
            rf"(?: \((?P<acronym>[A-Z][A-Za-z&]{{1,6}})\))?, "
            rf"(?P<name>{NAME})(?:,|(?= (?:at|in|on|during|who)\b)"
            # ("the Police Public Relations Officer, Nnamdi Omoni said": no comma after the name
            # before a verb of saying, as often in West African and South Asian English)
            rf"|(?= (?:said|says|told|added|stated|noted|disclosed|explained|announced)\b))"
            # "Minister of Works and Housing, Jane Roe revealed": opening its line, the office
            # and its portfolio, then the name and a verb
            # (or of an organisation: "Governor of the Bank, Andrew Bailey, stressed")
            rf"|^(?P<office>(?:[A-Z][\w-]* ){{0,2}}?(?i:{_title_words()}) (?:of|for) (?:the )?"
            rf"(?:{_portfolio()}|[A-Z][\w'’-]*(?: (?:of |and |& )?[A-Z][\w'’-]*){{0,4}})), "
            rf"(?P<office_holder>{NAME})(?=,? [a-z]+ed\b)",
            re.MULTILINE,
        ),
        # "appointed his key backer, Jo Roe, as prime minister", "named Jo Roe as its new chief
        # executive": the office someone is given
        "appointed_as": re.compile(
            r"\b(?:appointed|named|nominated|picked|chose|hired|installed|elected)\s+"
            r"(?:(?:his|her|their|its|a|the)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+)?"
            rf"(?P<name>{NAME}),?\s+as\s+(?:(?:the|its|his|her|their|a|an)\s+)?(?:new\s+)?"
            # ("chief operating officer", "head coach": the words before the office's own word)
            rf"(?P<title>(?:[a-z][\w-]* ){{0,2}}(?i:{title}))\b(?! [A-Z])"
        ),
        # "Andrew Stephenson MP": the letters after a name give the title
        "post_nominal": re.compile(
            rf"(?P<name>{NAME}) (?P<post>{'|'.join(sorted(post_nominals(), key=len, reverse=True))})(?![\w'’-])"
        ),
        # "Presenter: Jane Roe", "Speaker: Dr Jo Lee, Permanent Secretary": a broadcast's
        # credits, each on its line (rules/cast_labels.txt)
        "cast": re.compile(
            rf"(?P<role>{trie_regex(label.capitalize() for label in cast_labels())}) ?: ?"
            rf"(?:(?:{honorific})\.? )?(?P<name>{NAME})(?=,|[ \t]*(?:\n|$))"
        ),
        "byline": re.compile(
            rf"By (?P<name>{NAME})(?:(?:,| and) (?P<second>{NAME}))?(?:,| and|$)", re.MULTILINE
        ),
        # "Jane Doe, a senior diplomat, said": a name with any appositive before a reporting verb
        "appositive_cue": re.compile(
            rf"(?P<name>{NAME})(?: \([^()]{{1,40}}\))?, [^;:\"“”\n]{{1,120}}?, (?:also )?(?:{_cues()})\b"
        ),
        "before_cue": re.compile(
            rf"(?P<name>{NAME}),? (?:also |has |had |later |then |further )?(?:{_cues()})\b"
        ),
        # "Jane Doe of Acme Corp said", "Jo Lee from the union told": the name, then where
        # the person is from (an organisation, a description or a place) before the verb
        "of_cue": re.compile(
            # ("Jo Lee with the Sierra Club said": "with" a name only, not "with access to")
            rf"(?P<name>{NAME}) (?:of|from|at|with(?= (?:the )?[A-Z])) (?P<org>(?:the )?[^,;:\"“”()\n]{{2,80}}?),?"
            rf" (?:also |has |had |later |then |further )?(?:{_cues()})\b"
        ),
        # `..., said Jane Doe, an economist.`: the name ends the clause, it does not start the content
        "after_cue": re.compile(
            rf"\b(?:{_cues()}) (?:(?:{honorific_abbreviations()})\. )?(?P<name>{NAME})(?=[,.;(]|\s+(?:of|from|who)\b|\s+\()"
        ),
    }


# The zero-width assertion each pattern starts with, checked on the match instead: `\b` for
# the honorific and "The housing minister", `^` for a byline, `(?<![\w.])` (no word or
# initial just before) for a name before a cue.
_LEADING_ASSERTIONS = {
    "honorific": word_boundary,
    "title_comma_name": word_boundary,
    "byline": line_start,
    "post_nominal": not_after_word_or_dot,
    "appositive_cue": not_after_word_or_dot,
    "before_cue": not_after_word_or_dot,
    "of_cue": not_after_word_or_dot,
}
WORD_BEFORE_AT_END = re.compile(r"([A-Za-z]+) $")  # the word right before a name, and a space
# A picture's credit before a name: "Photo: ", "Picture by ", "AP Photo/", "(ABC News: ",
# "(Credit: " (a word of credits, not "a video Jo Roe shared", "(Pictured: Jo Roe)")
CREDIT_BEFORE = re.compile(
    r"(?:\b(?:[Pp]hoto(?:graph)?s?|[Pp]ictures?|[Ii]mages?|[Vv]ideo)(?: by ?|:|/)[ \t]*"
    # "Photo credit: ", "Credit: ", "Courtesy of ", "Photo courtesy "
    r"|\b(?:(?:[Pp]hoto|[Ii]mage|[Pp]icture) )?(?:[Cc]redits?:|[Cc]ourtesy(?: of)?:?)[ \t]*"
    r"|\((?:[A-Z]{2,6}|[A-Z][\w&.'’-]*[ \t](?:News|Photos?|Pictures?|Images?|Rural))"
    r"(?:[ \t](?:Photos?|Pictures?))?:[ \t]*"
    r"|\((?:Credit|Photo|Picture|Image|Supplied|Source):[ \t]*)$"
)
# After a credited name: the end of its line or of the credit ("Picture by Jo Roe, Press Eye")
CREDIT_ENDS = re.compile(r"[ \t]*(?:$|[)\]]|,[ \t]*[A-Z])", re.MULTILINE)
# A credit after a name: "Jo Roe/Staff Reporter", "Jo Roe/AFP", "Jo Roe / Getty Images" (not
# "Joe Salisbury/Neal Skupski", a doubles pair)
CREDIT_AFTER = re.compile(
    r"[ \t]?/[ \t]?(?:[A-Z]{2,6}\b|Staff\b|Getty\b|Reuters\b|Bloomberg\b|Xinhua\b|Shutterstock\b)"
)
CREDIT_REACH = 40  # characters before a name where its credit's words are looked for


def _credited(text: str, start: int, end: int) -> bool:
    """Whether the name at `text[start:end]` is a picture's credit, which names no one the
    article is about (bylines are read apart): credit words before it and the credit's end
    after it, or a credit after it."""
    return CREDIT_AFTER.match(text, end) is not None or (
        CREDIT_BEFORE.search(text, max(0, start - CREDIT_REACH), start) is not None
        and CREDIT_ENDS.match(text, end) is not None
    )


# After a leader's name, the body or time it names: "the Carlos Alvarado government"
LEADERS_BODY_AFTER = re.compile(r" (?:government|administration|cabinet|regime|presidency)\b")
# Just before a given name: a capitalized word and one space, so a run of names goes on
# before it ("Ministry." ends a sentence and is no such word), or "the"
WORD_BEFORE_GIVEN_NAME = re.compile(rf"(?:[{UPPER}][\w'’-]*|\b[Tt]he) $")
# the verbs of `appointed_as`: a text without one is not scanned for it
APPOINTING_VERBS = (
    "appointed",
    "named",
    "nominated",
    "picked",
    "chose",
    "hired",
    "installed",
    "elected",
)
APPOINTED = re.compile(rf"\b(?:{'|'.join(APPOINTING_VERBS)})\s")


def _appointments_from(text: str) -> int | None:
    r"""Where `appointed_as` matches can start, no earlier: the first of its verbs in the text,
    when `APPOINTED` finds one (both patterns start with `\b`, which makes the engine try every
    position; four texts in five hold none of the verbs, and are never scanned)."""
    found = [at for verb in APPOINTING_VERBS if (at := text.find(verb)) >= 0]
    first = min(found, default=None)
    if first is None or APPOINTED.search(text, first) is None:
        return None
    return first


# A sentence's end inside words read as a title: "it. The Commissioner"
SENTENCE_BREAK = re.compile(r"[a-z]{2}\. [A-Z]")
# Any name not inside a word or after an initial, for `_confirm_full_names`, of two words or
# more (a generational suffix counts): `NAME` with at least one more word or a suffix. A name
# of one word, which that pass never keeps, is not returned to it at all (a Python step for
# each capitalized word); the longer names are the same, at the same places, as no name of
# several words starts inside one of a single word.
ANY_NAME = re.compile(
    rf"({NAME_TOKEN}(?:(?: (?:{PARTICLE} ){{0,2}}(?!(?:Jr|Sr)\b)(?:{NAME_TOKEN}|{PARTICLE_TOKEN})){{1,3}}{GENERATION}"
    rf"|{GENERATION.removesuffix('?')}))"
)
# A verb of saying right after a name with no comma (the title_comma_name form without one)
NO_COMMA_VERB_AFTER = re.compile(
    r" (?:said|says|told|added|stated|noted|disclosed|explained|announced)\b"
)
# Where that form may start: a sentence's or a line's start, or after "by"/"from"
OPENS_OR_AFTER_BY = re.compile(r"(?:^|[.!?\n][\"”’]?\s*|\b(?:by|from) )$")
# Nouns that end the names of places and buildings, not people's ("Victoria Falls", "Grace
# Church"): a name listed with a person's that ends with one is no person
PLACE_NOUNS = frozenset(
    {"Falls", "Church", "Cathedral", "Mosque", "Temple", "Park", "Beach", "Island", "Islands"}
    | {"Hills", "Valley", "Bay", "Lake", "River", "Street", "Road", "Avenue", "Square"}
    | {"Bridge", "Hall", "Centre", "Center", "Stadium", "Arena", "Airport", "Station", "Hotel"}
)
# What joins the names of a list: "A, B and C", "A, B, and C", "A and B"
LIST_JOINER = re.compile(r",? and |, ")
# "opposition figures including ", "activists such as ": a plural noun of people opening a list
PEOPLE_LIST_OPENING = re.compile(r"\b(?P<noun>[a-z]+s),? (?:including|such as|like|among them) $")
PEOPLE_LIST_REACH = 40  # characters before a list's first name its opening is read in


@cache
def _people_plurals() -> frozenset[str]:
    """Plural nouns that list people only ("ministers", "lawyers", "opposition figures"): the
    plurals of one-word titles and occupations, and a few nouns of people in public life.
    Not "investors", "customers", "partners", "members": they list companies as often."""
    return (
        frozenset(
            {plural(word) for word in titles() | occupations() if " " not in word}
            | {"figures", "activists", "critics", "opponents", "protesters", "dissidents"}
            | {"campaigners", "politicians", "lawmakers", "legislators", "leaders", "officials"}
        )
        - ORGANISATIONS_TOO
    )


# Plurals of titles that list organisations as often: "investors including Tiger Crest",
# "partners such as ...", "hosts", "defenders" (teams), "representatives"
ORGANISATIONS_TOO = frozenset(
    {"investors", "members", "partners", "pollsters", "heads", "hosts", "organizers"}
    | {"representatives", "defenders", "challengers", "contenders", "principals", "chairs"}
)


def _people_list_before(text: str, start: int) -> bool:
    """Whether a list that starts at `start` names people: "figures including A, B and C"."""
    opening = PEOPLE_LIST_OPENING.search(text, max(0, start - PEOPLE_LIST_REACH), start)
    return opening is not None and opening["noun"] in _people_plurals()


PARTICLE_WORD = re.compile(PARTICLE)
PARTICLE_TOKEN_WORD = re.compile(PARTICLE_TOKEN)
# Function words that are also given names ("Will Smith", "May Lee", "Can Dündar")
NAME_LIKE_FUNCTION_WORDS = frozenset({"will", "may", "can", "so", "do", "per", "old", "new"})
# Just before a sentence's first word: its end, or a line's start
SENTENCE_OPENING = re.compile(r"(?:[.!?][\"”’]?\s|\n)$")
LOWERCASE_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
LOWERCASE_WORD_CHAR = re.compile(r"[\w'’-]")
LOWERCASE_FINDS = 8  # words looked for one by one before the article's words are gathered
# A word of a family name's form: a capital, then at least three small letters
UNLISTED_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ÿĀ-ɏḀ-ỿ'’]{3,}")
POSSESSIVE_AT_END = re.compile(r"['’]s$")
# "Lee" is no mention of Ann Lee in "Lee-based" or "Lee'll"
PART_SUFFIX = re.compile(r"[-'’][a-z]{2}")


# What stands right before the verb of saying in every match of a pattern of `_CUE_LAST_REACH`:
# the comma that closes the appositive ("Jane Doe, a senior diplomat, said", ", also said"),
# which about one verb in nine has, so most lines with a verb need no scan for that pattern
# (a pattern not named here is read in the lines of every verb)
_CUE_OPENINGS = {"appositive_cue": (", ", ", also ")}


def _verbs_after(text: str, verbs: list[int], openings: tuple[str, ...]) -> list[int]:
    """The positions of `verbs` right after one of `openings`, in order."""
    return [
        at
        for at in verbs
        if any(
            at >= len(opening) and text.startswith(opening, at - len(opening))
            for opening in openings
        )
    ]


# "Samiullah Shenwari, who scored 81", "Jo Roe, 47, a teacher", "Jo Roe (47)", "Jo Roe, a
# farmer,", "Jo Roe's widow": after a name, a relative "who", an age, a noun of people in an
# appositive or a relative's noun after its possessive make it a person's, whatever name
# lists hold its words
KIN_NOUNS = (
    "wife|husband|widow|widower|mother|father|son|daughter|brother|sister|parents|children"
    "|grandmother|grandfather|fiancée|fiancé|girlfriend|boyfriend"
)
# (not "member", "other", "troop": "Acme, a member of the group" is a firm)
NOT_A_PERSONS_NOUN = frozenset({"member", "crew member", "other", "troop"})


@cache
def _who_or_age_after() -> re.Pattern[str]:
    nouns = sorted(
        {*people_nouns(), *KIN_NOUNS.split("|")} - NOT_A_PERSONS_NOUN,
        key=len,
        reverse=True,
    )
    # (not an age in parentheses: "Fianna Fail (48), Fine Gael (38)" are seats; nor ", 34,000")
    return re.compile(
        r", (?:(?P<who>who(?:se)?)\s|(?:aged )?[1-9]\d,(?!\d)"
        rf"|(?:a|an|the) (?:[\w-]+ ){{0,2}}?(?:{'|'.join(nouns)}),)"
        rf"|['’]s (?:{KIN_NOUNS})\b"
    )


WHO_OR_AGE_REACH = 80  # characters before the comma where the name may start
SENTENCE_START_BEFORE = re.compile(r"(?:[.!?]\s|\n)\s*$")


@cache
def _person_nouns() -> frozenset[str]:
    """Nouns of people and occupations, which may stand capitalized before a name ("Farmer
    Jo Roe") and are no part of it."""
    return people_nouns() | occupations()


@cache
def _name_at_end() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.'’-])(?P<name>{NAME})$")


def _names_before_who_or_age(text: str) -> Iterator[tuple[re.Match[str], int, bool]]:
    """The names right before ", who", ", whose", ", 47,", ", a farmer," or "'s wife", each
    with where those words start and whether they are a relative "who": each looked for in
    the few words before only."""
    for after in _who_or_age_after().finditer(text):
        found = _name_at_end().search(text, max(0, after.start() - WHO_OR_AGE_REACH), after.start())
        if found is not None and " " in found["name"]:
            yield found, after.start(), after["who"] is not None


# Words that open the names of storms, operations and the like, which take "who" in no text
# but are written as people's names are ("Hurricane Milton, which ...", "Typhoon Haiyan")
NOT_A_PERSONS_FIRST_WORD = frozenset(
    {"Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical", "Super", "Operation", "Project"}
)


class _WordsAlone:
    """How often each capitalized word of a text is written with no capitalized word before
    it: a family name written alone ("Shenwari said") after the full name, as writers name
    people and seldom teams, bands or firms (read once per article, on first use)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._alone: Counter[str] | None = None

    def alone(self, word: str) -> int:
        if self._alone is None:
            self._alone = Counter(
                m.group()
                for m in CAPITALIZED_WORD.finditer(self.text)
                if not CAPITALIZED_BEFORE.search(self.text, max(0, m.start() - 40), m.start())
            )
        return self._alone[word]


CAPITALIZED_WORD = re.compile(rf"(?<![\w'’.-])[{UPPER}][\w'’-]*")
CAPITALIZED_BEFORE = re.compile(rf"[{UPPER}][\w'’.-]* $")


@cache
def _office_after_who() -> re.Pattern[str]:
    """ ", who had been serving as prime minister", ", who is the president of the Senate": the
    office a relative clause gives the person before it (not "the president's adviser")."""
    title = rf"(?:(?:{_modifiers()})[ -])*(?:{_title_words()})"
    return re.compile(
        # (an office held now: not ", who was a minister under ...", a past one)
        r", who (?:is|has been|(?:is |has been )?serv(?:es|ing) as|became|remains)"
        r"(?: (?:now|currently|also|still))?"
        r" (?:the |a |an |its |their )?(?:(?:newly|recently) (?:elected|appointed) )?"
        rf"(?P<title>(?i:{title}))\b(?![-'’])"
        r"(?: (?:of|for|at) (?:the )?(?P<body>[A-Z][\w'’-]*(?: (?:of |and |for |the )*[A-Z][\w'’-]*){0,5}))?"
    )


def _matches(key: str, text: str) -> Iterator[re.Match[str]]:
    """Every match of pattern `key` in `text`, as `finditer` of the pattern with its assertion."""
    pattern = _patterns()[key]
    if key == "after_cue":  # (tried only where a verb of saying starts: see `saying`)
        return finditer_after_verb(pattern, _cue_words(), text)
    check = _LEADING_ASSERTIONS.get(key)
    if key == "honorific" and (starts := capitalized_starts(text, _honorific_words())) is not None:
        # (tried only where the text has an honorific, not at every capital)
        return finditer_at(pattern, text, (start for start in starts if check(text, start)))
    if key in _CUE_LAST_REACH and verbs_of_saying().issuperset(_cue_words()):
        # (read only in the lines that hold a verb of saying, where their cue must be, and of
        # those only the verbs written after what comes before the cue in every match)
        verbs = verb_starts(text)
        if key in _CUE_OPENINGS:
            verbs = _verbs_after(text, verbs, _CUE_OPENINGS[key])
        return (
            match
            for start, end in lines_holding(text, verbs, _CUE_LAST_REACH[key])
            for match in finditer_checked(pattern, text, check, start, end)
        )
    return finditer_checked(pattern, text, check) if check else pattern.finditer(text)


# The patterns that end with a verb of saying, and how far before the line of their verb a
# match may start: "Jo Roe said" is on one line; "Jo Roe (a line break may stand in these
# parentheses), an economist, said" on the line of its parentheses, whose 40 characters, with
# the space and marks around them, end where the verb's line starts at the latest.
_CUE_LAST_REACH = {"before_cue": 0, "appositive_cue": 48, "of_cue": 0}


@cache
def _title_first_words() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The first word of every title ("prime" of "prime minister", "co" of "co-founder"), to
    find in the lowercased text where a word starts: at the text's start, and after a
    character that is no word character; None when a title or modifier is not plain ASCII
    letters where this needs them, and titles are then found by the slower full scan."""
    firsts = set()
    for title in titles() | occupations():
        first = re.match(r"[a-z]+", title)
        if first is None:
            return None
        firsts.add(first.group())
    if not all(re.fullmatch(r"[a-z]+", modifier) for modifier in title_modifiers()):
        return None
    words = rf"(?:{trie_regex(firsts)})(?![a-z])"
    # (`\W` first, a character set the engine skips to: not at each of the many letters that
    # start a title's word, nor, as with `\b` first, at every position; lowercasing changes no
    # character's being a word character)
    return re.compile(words), re.compile(rf"\W{words}")


def _title_words_at(text: str) -> list[int] | None:
    """Where a title's first word starts a word of `text`, in text order: read once for the two
    patterns that hold a title (`_title_before_matches`, `_title_comma_name_matches`). None
    when the titles or the text need the full scans (see `_title_first_words`)."""
    first_words = _title_first_words()
    lowered = lowercase_for_search(text)
    if first_words is None or lowered is None:
        return None
    at_start, after_non_word = first_words
    found = [0] if at_start.match(lowered) else []
    # (a word matched ends before a character that is not a small letter: the `\W` before
    # the next one is never inside it)
    found += [word.start() + 1 for word in after_non_word.finditer(lowered)]
    return found


def _appositive_matches(text: str, title_words: list[int] | None) -> Iterator[re.Match[str]]:
    """`finditer` of the "appositive" pattern ("Li Hua, deputy head of ..."), read only in the
    lines that hold a title's first word (`title_words`, see `_title_words_at`): a match holds
    one, and no line break."""
    pattern = _patterns()["appositive"]
    if title_words is None:
        return _after_each_title(pattern, text, 0, len(text))
    return (
        match
        for start, end in lines_holding(text, title_words)
        for match in _after_each_title(pattern, text, start, end)
    )


def _after_each_title(
    pattern: re.Pattern[str], text: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, start, end)`, each search from the last " and " in the words
    after the last match's title, if any: "Premier Jo Roe, Iqaluit Mayor Kenny Bell and Aluki
    Kotierk, president of ..." holds a second appositive, the list's last name's."""
    position = start
    while match := pattern.search(text, position, end):
        yield match
        joined = text.rfind(" and ", match.start("rest"), match.end("rest"))
        position = joined + len(" and ") if joined >= 0 else match.end()


def _cast_matches(text: str) -> Iterator[re.Match[str]]:
    """The "cast" pattern's matches ("Presenter: Jane Roe"), tried at each line's start only:
    its first words are capitalized roles, which the engine would try at every capital."""
    if ":" not in text:
        return
    pattern = _patterns()["cast"]
    position = 0
    while True:
        if match := pattern.match(text, position):
            yield match
        position = text.find("\n", position) + 1
        if position == 0:
            return


# How many modifiers before a title word a match may start at ("acting deputy chief"): a text
# of modifiers only ("Acting Deputy Acting Deputy ...") is then read in linear time
MODIFIERS_BEFORE_TITLE = 4


def _title_before_matches(text: str, title_words: list[int] | None) -> Iterator[re.Match[str]]:
    """`finditer` of the "title_before" pattern, tried only where a match can start.

    The pattern starts with a case-insensitive, optional run of modifiers, so the regex
    engine would try it at every position. A match holds a title word at a word start,
    possibly after modifiers each followed by a space or hyphen ("deputy chief minister"):
    those title words are found in the lowercased text (`title_words`), the modifiers before
    each are read back, and the pattern (without its leading `\b`, which holds there) is
    matched only at those starts, leftmost first and never inside the previous match, as
    `finditer` does.
    """
    pattern = _patterns()["title_before"]
    lowered = lowercase_for_search(text)
    if title_words is None or lowered is None:
        yield from pattern.finditer(text)
        return
    starts = set()
    for word_start in title_words:
        start = word_start
        starts.add(start)
        modifiers = 0  # (at most MODIFIERS_BEFORE_TITLE: a run of them is read a bounded way)
        while (
            start >= 2 and text[start - 1] in " -" and modifiers < MODIFIERS_BEFORE_TITLE
        ):  # "vice-", "senior ": a modifier before
            modifiers += 1
            modifier_end = start - 1
            start = modifier_end
            while start > 0 and "a" <= lowered[start - 1] <= "z":
                start -= 1
            modifier = text[start:modifier_end]
            hyphened = text[modifier_end] == "-" and modifier[:1].isupper() and modifier.isalpha()
            if start == modifier_end or not (_office_modifier(modifier) or hyphened):
                if text[modifier_end] == "-" and modifier_end + 1 == word_start:
                    starts.discard(word_start)  # "Pro-Government": no title inside a word
                break
            if not word_boundary(text, start):
                break
            starts.add(start)
    without_boundary = without_leading_boundary(pattern)
    end = 0
    for start in sorted(starts):
        if start >= end and (match := without_boundary.match(text, start)):
            yield match
            end = match.end()


# Where a "title_comma_name" match can start: "The", "Its" ("Its director, Jo Roe,"; not
# "Their": their lawyer is as often people's) or "A"/"An" ("a student activist, Jo Roe,"),
# then a space (its first branch), or a line's start (its second, which opens with `^`).
THE = re.compile("[Tt]he |[Ii]ts |[Aa]n? ")
COMMA = re.compile(",")


def _title_comma_name_matches(text: str, title_words: list[int] | None) -> Iterator[re.Match[str]]:
    """`_matches("title_comma_name", text)`, the pattern tried only where a match can start.

    The engine, which cannot skip to "The" or a line's start, tried it at every position, and
    at every "the" read up to four words for a title. Its first branch holds a title word
    (one of `title_words`) after "The ", "Its ", "A " or "An " and before any comma (the words
    between hold none), so it is tried only at such a word the next title word follows before
    the next comma, and at the start of each line that holds a title word (its second branch, "Minister of Works
    and Housing, Jane Roe revealed", holds one in its line), with the `\b` of
    `_LEADING_ASSERTIONS` checked there.
    """
    if title_words is None:
        yield from _matches("title_comma_name", text)
        return
    commas = [match.start() for match in COMMA.finditer(text)]
    starts = {text.rfind("\n", 0, word) + 1 for word in title_words}
    searched = 0  # (the stretches before each title word overlap: each is read once)
    for word in title_words:
        comma = bisect_left(commas, word)
        after_comma = commas[comma - 1] + 1 if comma else 0
        starts.update(the.start() for the in THE.finditer(text, max(after_comma, searched), word))
        searched = word
    check = _LEADING_ASSERTIONS["title_comma_name"]
    yield from finditer_at(
        _patterns()["title_comma_name"], text, (at for at in starts if check(text, at))
    )


def _name_then_title(name: str) -> tuple[str, str | None]:
    """ "Jane Roe Managing Director" -> ("Jane Roe", "Managing Director"): capitalized words
    after two of a name that are a title (perhaps after a modifier), written on without a
    comma; the name as it is otherwise."""
    words = name.split()
    for i in range(2, len(words)):
        rest = [word.lower() for word in words[i:]]
        if (
            " ".join(rest) in titles()
            or (rest[0] in title_modifiers() and " ".join(rest[1:]) in titles())
            # ("Marlene Street Forrest Managing": a name's last word read is a title's first,
            # the rest of the title after it)
            or (i == len(words) - 1 and rest[0] in _title_openings())
        ):
            return " ".join(words[:i]), " ".join(words[i:])
    return name, None


TITLE_REST = re.compile(r"(?: [A-Z][a-z]+){1,3}")


def _title_rest(text: str, end: int, opening: str) -> str:
    """The capitalized words after `end` that end a title `opening` starts (" Director" after
    "Managing"), or nothing."""
    rest = TITLE_REST.match(text, end)
    words = rest.group().split() if rest else []
    for count in range(len(words), 0, -1):
        if f"{opening} {' '.join(words[:count])}".lower() in titles():
            return " " + " ".join(words[:count])
    return ""


@cache
def _title_openings() -> frozenset[str]:
    """The first words of titles of several words that are no title alone: "managing" of
    "managing director"."""
    return frozenset(
        opening
        for title in titles()
        if " " in title and (opening := title.split()[0]) not in titles() and opening.isalpha()
    )


# Months that are also surnames ("Theresa May", "Brian May") and given names ("June"): after
# a given name they are the surname, while a name never starts with one ("May Wang Yi" is a
# date before a name; `_strip_leading_non_names` cuts it).
SURNAME_MONTHS = frozenset({"April", "May", "June", "August", "March"})


# A Korean given name of two syllables written with a hyphen: "Geun-hye", "Jae-in"
HYPHENED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _common_word_as_family_name(tokens: list[str], i: int) -> bool:
    """A word that is never a name elsewhere, and also a family name the lists hold ("White",
    "Hall", "Park"): the family name last in a two-word name after a given name
    ("Betty White", "Stuart Hall"), or first before a hyphened Korean given name ("Park
    Geun-hye"). Such pairs are only asked about where the words around them say a person is
    named (a verb of saying, a title, an honorific), never made people on their own."""
    if len(tokens) not in (2, 3) or tokens[i] not in common_word_surnames():
        return False
    if len(tokens) == 3:
        # "Marlene Street Forrest": the first of two family names, between a given name and a
        # listed family name (not "Victoria Park Rangers")
        return (
            i == 1
            and tokens[0] in given_names()
            and tokens[2] in _family_names()
            and tokens[2] not in non_name_words()
        )
    if i == 1:
        return tokens[0] in given_names()
    return HYPHENED_GIVEN_NAME.fullmatch(tokens[1]) is not None


ACRONYM_BEFORE_TITLE = re.compile(r" \([A-Z][A-Za-z&]{1,9}\) $")
GENERATIONAL_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})


# (a name is asked about at each of its finds, four times on average: the answer depends only on
# the name and the word lists, so it is kept, as `slugify` keeps an id)
@lru_cache(maxsize=4096)
def _is_person_name(name: str, after_office: bool = False) -> bool:
    """Whether `name` can be a person's; `after_office`: written right after an office's title,
    where a given name and an organisation's word are a person's ("Judge Samuel Steel")."""
    tokens = name.split()
    if tokens[0] in GENERATIONAL_SUFFIXES:  # "King Jr.": a suffix ends a name, never opens one
        return False
    if any(
        t in non_name_words()
        and not (i > 0 and t in SURNAME_MONTHS)
        and not _common_word_as_family_name(tokens, i)
        for i, t in enumerate(tokens)
    ):
        return False
    lowered = [t.lower() for t in tokens]
    # "Troy King", "Martin Luther King Jr.": a title word after a given name is the family name
    last = len(tokens) - 1 - (tokens[-1] in GENERATIONAL_SUFFIXES)
    family_title = last > 0 and tokens[0] in given_names() and tokens[last] in title_surnames()
    # ("Bill Gates": a given name that is also a law's word opens a name; "Finance Bill" is a law)
    given_first = len(tokens) > 1 and tokens[0] in given_names()
    if any(
        (t in institution_heads() and not (after_office and given_first and i == last == 1))
        or (t in law_heads() and not (given_first and i == 0))
        or (t in titles() and not (family_title and i == last))
        for i, t in enumerate(lowered)
    ):
        return False
    # "Vice-President Jane Roe", "Commerce Wang Shouwen", "Executive Bob Chen": a hyphened
    # title, a portfolio or a title's modifier is no part of a person's name
    if any(t.rsplit("-", 1)[-1] in titles() for t in lowered if "-" in t):
        return False
    if tokens[0] in portfolio_words() or lowered[0] in title_modifiers():
        return False
    if tokens[0] in head_first_words():  # "Banco Santander": an organisation's first word
        return False
    if name in countries() or any(
        t in countries()
        # "Jim Jordan", "Chuck Jordan": a country's name as the family name after a given one
        and not (i == len(tokens) - 1 and i > 0 and tokens[0] in given_names())
        for i, t in enumerate(tokens)
    ):
        return False
    # "Turkish Red Crescent": a word of nationality opens no person's name, unless a given
    # name and a family name follow it (then it is a given name itself: "German Ruiz Lopez")
    if (
        len(tokens) > 1
        and tokens[0] in nationalities()
        and not (tokens[1] in given_names() and tokens[-1] in _family_names())
    ):
        return False
    return not any(t.rstrip(".") in honorifics() for t in tokens)


def _name_parts(name: str) -> Iterator[str]:
    """The words of a name that may stand for it alone: each word, and a family name without
    its joined article ("Sisi" of "al-Sisi", as news often writes it after the full name)."""
    for word in name.split():
        yield word
        if PARTICLE_TOKEN_WORD.fullmatch(word):
            yield word.split("-", 1)[1]


def _named_with_post_nominal(words: str) -> bool:
    """ "Andrew Stephenson MP": a name and the letters of an office, not a title."""
    first, _, last = words.rpartition(" ")
    return last in post_nominals() and _name_pattern().fullmatch(first) is not None


# Titles of those who seek a body's office, not of its members: "Jo Roe, Senate candidate,"
SEEKERS = frozenset({"candidate", "nominee", "hopeful"})


def _office_after_organisation(organisation: str, rest: str) -> bool:
    """Whether `rest`, after an organisation's name in an appositive title, is an office held
    there: not another organisation listed ("World Bank and IMF adviser"), not an office whose
    first word the organisation's name took ("Interior Cabinet Secretary", where "Interior
    Cabinet" is no organisation), not a seeker's ("Senate candidate")."""
    words = rest.split()
    named = organisation.split()
    if not words or words[0] in ("and", "&", "or"):
        return False
    # (a legislature's seat is sought, a party's candidate stands for it: "Jo Roe, Labour
    # candidate," is Labour's)
    if words[-1].lower() in SEEKERS and institution_heads().get(named[-1].lower()) == "legislature":
        return False
    # ("Interior Cabinet Secretary": a portfolio before the office's first word, not
    # "Innocence Project director", "UN Development Programme director")
    return not (
        f"{named[-1]} {words[0]}".lower() in titles()
        and all(word in portfolio_words() for word in named[:-1])
    )


def _strip_leading_non_names(name: str, start: int, after_title: bool = False) -> tuple[str, int]:
    """ "In Beijing Wang Yi" -> no; "The Jane Doe" -> "Jane Doe"; "Datuk Seri Jane Roe" ->
    "Jane Roe" (honorifics of other languages); keeps offsets right. Right after a title, a
    month that is a given name opens the name: "lawyer August Flentje", "Judge June Roe"."""
    tokens = name.split(" ")
    while tokens and (
        (
            tokens[0] in non_name_words()
            and not _common_word_as_family_name(tokens, 0)
            and not (after_title and len(tokens) > 1 and tokens[0] in SURNAME_MONTHS)
        )
        or tokens[0].lower() in titles()
        or (len(tokens) > 1 and tokens[0].lower() in world_honorifics())
    ):
        start += len(tokens[0]) + 1
        tokens.pop(0)
    return " ".join(tokens), start


def _office_or_body_word(word: str) -> bool:
    """A capitalized word of an office's or a body's name, never of a person's: "Parliament",
    "Ministry", "Minister", "Education"."""
    lowered = word.lower()
    return (
        lowered in institution_heads()
        or lowered in titles()
        or word in portfolio_words()
        or word in non_name_words()
    )


@cache
def _nationality_at_start() -> re.Pattern[str]:
    return re.compile(rf"(?:{trie_regex(nationalities())}) (?=\S)")  # "South Korean" over "South"


@cache
def _country_at_start() -> re.Pattern[str]:
    """A country's name opening a title, possessive or not: "Afghanistan captain", "Iraq's
    oil minister" (a lowercase word after it: not "Georgia Tech", "Jordan River")."""
    return re.compile(rf"(?:{_countries_not_states()})(?:['’]s)? (?=[a-z])")


@cache
def _countries_not_states() -> str:
    """The names of countries, as one pattern, but those of US states ("Georgia state
    senator")."""
    return trie_regex(name for name in countries() if name not in us_states())


# "Long-standing", "Center-left", "newly-elected": a compound adjective that describes the
# holder, before the office ("ex-", "then-", "vice-", "co-" are the office's own)
DESCRIBING_COMPOUND_AT_START = re.compile(
    r"(?!(?:[Ee]x|[Tt]hen|[Vv]ice|[Cc]o|[Uu]nder|[Nn]on|[Pp]ro|[Aa]nti)-)[A-Za-z][a-z]+-[a-z]+ (?=\S)"
)


def _without_describing_compound(title: str) -> str:
    """ "Long-standing FIFA President" -> "FIFA President", "Center-left ex-mayor of Bogota"
    -> "ex-mayor of Bogota": the compound adjective describes the holder, not the office."""
    compound = DESCRIBING_COMPOUND_AT_START.match(title)
    if compound is None:
        return title
    rest = title[compound.end() :]
    # ("Director-general of Health", "Attorney-general": a title of its own, hyphenated)
    if compound.group().strip().lower() in titles() or rest.split()[0] in ("of", "for", "to"):
        return title
    return rest


def _without_nationality(title: str) -> str:
    """ "Dutch finance minister" -> "finance minister", "Afghanistan captain" -> "captain": the
    nationality or the country describes the office."""
    country = _country_at_start().match(title)
    title = title[country.end() :] if country else _without_country_before_office(title)
    nationality = _nationality_at_start().match(title)
    return title[nationality.end() :] if nationality else title


@cache
def _country_before_capital() -> re.Pattern[str]:
    return re.compile(rf"(?:{_countries_not_states()}) (?=[{UPPER}])")


def _without_country_before_office(title: str) -> str:
    """ "Finland Prime Minister" -> "Prime Minister", "Former Madagascar President" -> "Former
    President": a country before an office written in capitals, after the office's modifiers
    only, every word after it an office's or its modifier's (not "Jordan River Authority")."""
    at = 0
    for word in title.split()[:2]:  # ("Former", "Former Deputy": modifiers before the country)
        if not (word.lower() in title_modifiers() or _office_modifier(word)):
            break
        at += len(word) + 1
    country = _country_before_capital().match(title, at)
    if country is None:
        return title
    rest = title[country.end() :].lower()
    words = rest.split()
    if rest in titles() or (
        words
        and words[-1] in titles()
        and all(
            word in titles() or word in title_modifiers() or _office_modifier(word)
            for word in words
        )
    ):
        return title[:at] + title[country.end() :]
    return title


# Offices of a place ("Sanliurfa Governor", "Seattle mayor"): the place named before the office
# is where it is held, no part of its title
PLACE_OFFICES = frozenset({"governor", "mayor", "premier", "sheriff"})


def _without_place(title: str) -> str:
    """ "Sanliurfa Governor" -> "Governor", "Kano State Governor" -> "Governor": the capitalized
    words before a place's office that are no title's words (not "Lieutenant Governor")."""
    words = title.split()
    if len(words) < 2 or words[-1].lower() not in PLACE_OFFICES:
        return title

    def own(word: str) -> bool:  # ("Deputy Mayor", "Lieutenant Governor": the office's words)
        return _office_modifier(word) or word.lower() in titles()

    office = len(words) - 1
    while office > 0 and own(words[office - 1]):
        office -= 1
    before = words[:office]
    if not before or not all(word[:1].isupper() for word in before):
        return title
    # ("Former Lagos Deputy Governor" -> "Former Deputy Governor")
    return " ".join([*(word for word in before if own(word)), *words[office:]])


class PeopleFinder:
    def __init__(
        self, text: str, index: EntityIndex, institution_kinds: dict[str, str] | None = None
    ):
        self.text = text
        self.index = index
        self.institution_kinds = institution_kinds or {}  # institution_id -> kind
        self.candidates: dict[str, PersonCandidate] = {}
        self.place_offices: frozenset[str] = frozenset()  # (ids, set by `mention_all`)
        # name -> the offices held together, as written ("Deputy Prime Minister and Minister
        # for Finance"), of people whose title keeps the first only
        self.offices_held: dict[str, str] = {}
        # "Ismail Hassan" for "Ismail Hassan Yusof": a shorter name of one longer one
        self.aliases: dict[str, PersonCandidate] = {}
        # One-word names before or after a cue or after an honorific ("Clinton said", "Mrs. Clinton")
        self.single_speakers: set[str] = set()
        # Names of two or more words written after an honorific ("Mr Dalein Diallo")
        self.addressed: set[str] = set()
        # The words the article writes in lowercase, gathered when many are asked about
        self._lowercase_words: frozenset[str] | None = None
        self._lowercase_answers: dict[str, bool] = {}
        # Transcript labels in capitals ("JAKE TAPPER:"): where each is and the name it gives
        self.labels_in_capitals: list[tuple[int, str]] = []

    def _institution_in(self, start: int, end: int) -> str | None:
        """The organization a title belongs to; in "the administration's press office" the office."""
        spans = self.index.within(start, end, ("institution",))
        if not spans:
            return None
        chosen = spans[0]
        for following in spans[1:]:
            if re.fullmatch(r"['’]s ", self.text[chosen.end : following.start]):
                chosen = following
        return chosen.entity_id

    def _add(
        self,
        name: str,
        start: int,
        title: str | None = None,
        institution_id: str | None = None,
        gender: str | None = None,
        min_tokens: int = 2,
        after_title: bool = False,
    ) -> None:
        written = name
        if _credited(self.text, start, start + len(name)):
            return  # "AP Photo/Jo Roe", "(ABC News: Jo Roe)", "Jo Roe/Staff Reporter": a credit
        name, start = _strip_leading_non_names(name, start, after_title)
        first_word = name.split(" ", 1)[0]
        before = WORD_BEFORE_AT_END.search(self.text, max(0, start - 30), start)
        if before is not None and f"{before[1]} {first_word}".lower() in titles():
            if " " not in name:
                return  # "The Chief Constable of Kent": an office, no one's name
            # "Chief Constable Jo Roe": a word that is a family name too ("Constable") ends a
            # title of two words after the title's first word, and is no part of the name
            office = f"{before[1]} {first_word}"
            if title is None or not title.lower().endswith(office.lower()):
                title = f"{title} {first_word}" if title else office
            name, start = name[len(first_word) + 1 :], start + len(first_word) + 1
        if (
            after_title
            and " " not in name
            and written != name
            and written.split(" ", 1)[0] in non_name_words()
        ):
            return  # "Advocate Health Care": a phrase of common words after a title, no name
        first_word, _, rest = name.partition(" ")
        common = self._common_word_opening(first_word, start) if rest else None
        if common is not None:
            # "Despite George Will", "Team Donald Trump": a common word opening the sentence is
            # no part of the name after it, when a given name and another word follow it;
            # "Neither Johnson": a function word with no such name after it makes none
            if " " in rest and rest.split(" ", 1)[0] in given_names():
                name, start = rest, start + len(first_word) + 1
            elif common == "function word":
                return
        if (
            title
            and title.split()[-1] in portfolio_words()
            and name.count(" ") >= 2
            and first_word not in given_names()
            and rest.split(" ", 1)[0] in given_names()
            # (a common noun the article writes in lowercase too, not a family name written
            # first: "Minister of Trade Nguyen Thi Minh")
            and self._written_in_lowercase(first_word.lower())
        ):
            # "Programme Manager for Water Quality Mary Gurrie" in an article about "water
            # quality": the portfolio's word after its first ("Water") is the title's, and the
            # name starts at the given name
            title, name, start = f"{title} {first_word}", rest, start + len(first_word) + 1
        if "s" in name[-2:]:  # (the pattern only where it can match: an "s" ends the name)
            name = POSSESSIVE_AT_END.sub("", name)
        first, _, last = name.rpartition(" ")
        if first and last in post_nominals():  # "Jo Smith MP": the letters are her title
            name, title = first, title or last
        place_office = False
        if title:
            described = _without_nationality(_without_describing_compound(title))
            title = _without_place(described)
            place_office = title != described
            held = title
            title = offices_held(title)[0]  # (the table has one title a person)
            if title != held:
                # ("Deputy Prime Minister and Minister for Finance": the table keeps the first
                # office; every office held is kept for "the Minister for Finance said")
                self.offices_held.setdefault(name, held)
        if gender is None and title:  # "spokeswoman", "chairman" tell the gender
            gender = GENDERED_TITLES.get(title.split()[-1].lower())
        # (a month kept right after a title is a given name: the rest is the name to judge)
        month, _, after_month = name.partition(" ")
        judged = after_month if after_title and after_month and month in SURNAME_MONTHS else name
        # (only an office's title makes "Samuel Steel" a person's name: "Mr Price Group",
        # "King Price Insurance" are companies named after one)
        office = bool(after_title and title and an_office_title(title.split()[-1]))
        if len(name.split()) < min_tokens or not _is_person_name(judged, office):
            return
        end = start + len(name)
        if self.index.overlaps(start, end):
            return
        if (
            institution_id is None
            and _possessive_before(self.text, start)
            and not _noun_after(self.text, end)
        ):
            # "CNN's Jake Tapper", "The Federal Reserve's John Smith": the owner is the employer
            # (not in "The FBI's Hillary Clinton email investigation": the name modifies a noun)
            owner = self.index.ending_at(start - 3, ("institution",))
            institution_id = owner.entity_id if owner is not None else None
        known = self.candidates.get(name)
        if known is None:
            self.candidates[name] = PersonCandidate(
                name, start, end, title, institution_id, gender, place_office
            )
        else:
            if known.title is None and title:
                known.title, known.place_office = title, place_office
            elif place_office and title == known.title:
                known.place_office = True  # "Governor Jo Roe ... Lagos Governor Jo Roe"
            known.institution_id = known.institution_id or institution_id
            known.gender = known.gender or gender

    def find(self) -> None:
        text = self.text
        patterns = _patterns()
        for m in _matches("honorific", text):
            # ("Mrs. Jane Roe Managing Director, JSE": a title after the name, no comma between)
            name, title_after = _name_then_title(m["name"])
            if title_after and title_after.lower() not in titles():  # ("Managing" of a title)
                title_after += _title_rest(text, m.end("name"), title_after)
            self._note_single(name)
            if " " in name:
                self.addressed.add(name)
            gender = honorifics()[m["honorific"]]
            # "Rep. Jane Roe": an office's abbreviation, as written, is her title
            office = (
                text[m.start() : m.start("name")].strip()
                if m["honorific"] in _office_honorifics()
                else None
            )
            self._add(
                name,
                m.start("name"),
                office or title_after,
                gender=None if gender == "-" else gender,
                min_tokens=1,
            )
        for m in _matches("byline", text):
            self._add(m["name"], m.start("name"))
            if m["second"]:
                self._add(m["second"], m.start("second"))
        appointments = _appointments_from(text)
        if appointments is None:
            appointed = ()
        else:
            appointed = patterns["appointed_as"].finditer(text, appointments)
        for m in appointed:
            self._add(m["name"], m.start("name"), m["title"])
        title_words = _title_words_at(text)
        for m in _appositive_matches(text, title_words):
            title = m["title"].strip()
            if re.match(
                r"(?:one|some|many|all|each|both|who|which|that|whose)\b", title, re.IGNORECASE
            ):
                continue  # "one of the president's aides", "who served as director": not a title
            if title.split()[0].lower() in reporting_verbs() or SENTENCE_BREAK.search(title):
                continue  # "Jo Roe, said it. The Commissioner": a verb, then the next sentence
            if NO_TITLE_OPENING.match(title):
                # "Jo Hale, and the president", "Jo Hale, as prime minister": a person, no title
                self._add(m["name"], m.start("name"))
                continue
            if _named_with_post_nominal(title):
                continue  # "Damian Hinds, Andrew Stephenson MP": a list of people, not a title
            affiliation = self._institution_in(m.start("title"), m.end("rest"))
            owner = re.match(r"(?P<owner>[\w' -]+?)['’]s (?P<title>.+)", title)
            if owner:  # "the commission's executive vice-president": the owner is the affiliation
                reference = self.index.ending_at(
                    m.start("title") + len(owner["owner"]), ("institution",)
                )
                affiliation = (
                    affiliation
                    or (reference.entity_id if reference else None)
                    # "Jane Roe, the company's chief financial officer": the nearest company
                    or owner_described_before(
                        text,
                        self.index,
                        m.start("title") + len(owner["owner"]) + 3,
                        self.institution_kinds,
                    )
                )
                title = owner["title"]
            elif (
                (lead := self.index.starting_at(m.start("title"), ("institution",))) is not None
                and lead.end < m.start("title") + len(title)
                and title[lead.end - m.start("title") : lead.end - m.start("title") + 1] == " "
                and _office_after_organisation(lead.text, title[lead.end - m.start("title") :])
            ):
                # "Jo Roe, World Bank Chief Economist", "Jo Roe, BBC correspondent": the
                # organisation named first is the affiliation, the words after it the title
                affiliation = affiliation or lead.entity_id
                title = title[lead.end - m.start("title") :].strip()
            portfolio = re.match(
                r" for (?!the |a |an )[A-Za-z][A-Za-z -]{2,40}?(?=[,.;]| at | of | in |$)",
                m["rest"],
            )
            if portfolio:  # "vice-president for competition", "minister for European affairs"
                title += portfolio.group()
            elif (of_portfolio := _of_portfolio().match(m["rest"])) and affiliation is None:
                title += of_portfolio.group()  # "Jo Roe, Minister of Justice,": the office's field
            name, name_start = m["name"], m.start("name")
            honorific, _, rest = name.partition(" ")
            if rest and honorific.rstrip(".") in honorifics():
                # "Dr Jo Roe, director of X", "Mr Roe, director of X": the name after the
                # honorific (one word is enough, as after any honorific)
                self._add(rest, name_start + len(honorific) + 1, title, affiliation, min_tokens=1)
                continue
            self._add(name, name_start, title, affiliation)
        for m in _title_before_matches(text, title_words):
            if m["title"][:1].isupper() and m["title"].split()[-1].lower() in occupations():
                continue  # "Sir Paul Nurse", "School of Nurse Anesthesia": no title capitalized
            of_word = OF_WORD_AT_END.search(m["title"])
            if (
                of_word
                and of_word["word"] in non_name_words()
                and of_word["word"] not in portfolio_words()
            ):
                # "executive director of National Nurses United": a word that opens an
                # organisation's name ("National", "World", "People") is no place, and the
                # words after it go on with that name, not a person's
                continue
            affiliation = self._institution_in(m.start("title"), m.end("title"))
            before = self.index.ending_at(m.start() - 1, ("institution",))
            acronym = ACRONYM_BEFORE_TITLE.search(text, max(0, m.start() - 14), m.start())
            if before is None and acronym is not None:
                # "Bangko Sentral ng Pilipinas (BSP) governor Eli Remolona": the acronym between
                before = self.index.ending_at(acronym.start(), ("institution",))
            affiliation = (
                affiliation
                or (before.entity_id if before else None)
                # "The bureau's chief economist Yao Jingyuan": the bureau named before
                or owner_described_before(text, self.index, m.start(), self.institution_kinds)
            )
            title = m["title"]
            between = text[m.end("title") : m.start("name")].strip(" ,.")
            if between.lower() in titles() and _title_inside_name(m["name"]):
                # "Detective Chief Inspector Jo Roe": "Chief", an honorific in Nigeria, is here a
                # word of the title the name's first words go on with (not "Governor Chief Jo Roe")
                title = f"{title} {between}"
            body = (
                self._institution_in(m.start("of_body"), m.end("of_body")) if m["of_body"] else None
            )
            if body is not None:
                # "Chairman of the Suez Canal Authority": the office, at the organisation
                title = OF_THE_AT_END.sub("", text[m.start("title") : m.start("of_body")])
                affiliation = body
            if before is not None and (modifiers := _office_modifiers_before(text, before.start)):
                # "Deputy Tory chairman", "Acting Acme CEO": a modifier of the office before
                # the owner's name stays with the title ("Deputy chairman")
                title = f"{modifiers} {title}"
            if not before:
                # "Electronics and IT Minister Rajiv Menon", "U.S. District Judge", "Senate
                # Democratic leader": capitalized words before the title word are part of it
                prefix = re.search(
                    r"(?:(?:[A-Z][\w'’.-]*|and|of|&) )+$", text[max(0, m.start() - 60) : m.start()]
                )
                if prefix:
                    prefix_start = m.start() - len(prefix.group())
                    # "... made by Standing Finance Committee. Superintendent Jo Roe": the
                    # prefix starts after the last sentence's end (no owner across it)
                    for word in SENTENCE_END_WORD.finditer(text, prefix_start, m.start()):
                        if _ends_a_sentence(word.group()):
                            prefix_start = word.end() + 1
                    # "World Bank Lead Economist": the organization named first is the
                    # affiliation, the words after it the title (the issue's "Northwind CEO")
                    owner = next(
                        self.index.ending_between(prefix_start, m.start(), ("institution",)),
                        None,
                    )
                    modifiers = ""
                    if owner is not None and owner.start >= prefix_start:
                        affiliation = affiliation or owner.entity_id
                        # "Deputy World Bank Lead Economist": a modifier of the office before
                        # the owner's name stays with the title
                        modifiers = _office_modifiers_before(text, owner.start, prefix_start)
                        prefix_start = owner.end
                    words = text[prefix_start : m.start()].split()
                    # "Mike Freer MP and Health Secretary": the title starts after the person;
                    # "Japan's finance minister": after the owner
                    cut = max(
                        (
                            i
                            for i, word in enumerate(words)
                            if word in post_nominals()
                            or word.endswith(("'s", "’s"))
                            # ("the Faroes' coach": a plural's possessive too; not "the
                            # Teachers' Union president": a name going on)
                            or (
                                word.endswith(("s'", "s’"))
                                and not (
                                    i + 1 < len(words)
                                    and words[i + 1].lower() in institution_heads()
                                )
                            )
                        ),
                        default=-1,
                    )
                    words = words[cut + 1 :]
                    # "... led by Jane Roe. Marine biologist Jo Lee": no title before a sentence's end
                    ends = [i for i, word in enumerate(words) if _ends_a_sentence(word)]
                    if ends:
                        words = words[ends[-1] + 1 :]
                    # "Minister Jane Roe and secretary John Lee": a person named before "and"
                    # has a title of their own (not "Electronics and IT Minister")
                    joined = max(
                        (i for i, word in enumerate(words) if word in ("and", "&")), default=-1
                    )
                    if joined > 0 and any(word in given_names() for word in words[:joined]):
                        words = words[joined + 1 :]
                    while words and (
                        words[0] in sentence_words()
                        or words[0].lower() in MONTHS
                        or words[0].lower() in WEEKDAYS
                        or words[0] in ("and", "of", "&")
                    ):
                        words.pop(0)
                    if words and words[-1] == "of":
                        words = []  # "Government of President Jo Roe": her government
                    # (a country's name may open the title: "U.S. District Judge")
                    if words and not self.index.within(
                        prefix_start, m.start(), ("person", "institution", "law", "document")
                    ):
                        title = " ".join(words) + " " + title
                    if modifiers:
                        title = f"{modifiers} {title}"
            name, name_start = m["name"], m.start("name")
            held = _title_inside_name(name)
            if held:  # "Chief Cabinet Secretary Yoshito Sengoku": the title runs on into the name
                rest = _name_pattern().match(text, name_start + len(held) + 1)
                if rest is None:
                    continue
                title = f"{title} {held}"
                name, name_start = rest.group(), rest.start()
            min_tokens = 1 if m["title"][:1].isupper() else 2
            if " " not in name and _lowercase_title_after().match(text, name_start + len(name)):
                continue  # "Deputy Tory chairman James Cleverly": a party's name, not a person's
            self._add(name, name_start, title, affiliation, min_tokens=min_tokens, after_title=True)
        for m in _title_comma_name_matches(text, title_words):
            key, name = ("title", "name") if m["title"] else ("office", "office_holder")
            if (
                m["title"]
                and not text.startswith(",", m.end("name"))
                and NO_COMMA_VERB_AFTER.match(text, m.end("name"))
                and not OPENS_OR_AFTER_BY.search(text, max(0, m.start() - 6), m.start())
            ):
                # ("In a letter to the Prime Minister, Keir Starmer said": the office is the
                # one written to; without the comma after the name, the title must open the
                # sentence or follow "by"/"from")
                continue
            affiliation = self._institution_in(m.start(key), m.end(key))
            if m["title"] and m["of_body"] and not affiliation:
                affiliation = self._institution_in(m.start("of_body"), m.end("of_body"))
            if m["title"] and m["of_described"] and m["acronym"] and not affiliation:
                # "of Costa Rica's central bank (BCCR)": the body is the one its acronym names
                affiliation = self._institution_in(m.start("acronym"), m.end("acronym"))
            title = m[key]
            described = (m["of_described"] or m["for_described"]) if m["title"] else None
            if m["office"] and (body := OFFICE_OF_ONE_WORD.match(title)):
                # "Governor of the Bank, Andrew Bailey,": "the Bank" named in full before
                described = body["body"]
            noun = described.split()[-1].lower() if described else ""
            if (
                noun in institution_heads() or noun in descriptions()
            ) and noun not in UNNAMED_BODY_NOUNS:
                found = body_described(
                    self.index, described.split(), m.start(), self.institution_kinds
                )
                if found is not None:
                    affiliation = affiliation or found.entity_id
                    title = OF_DESCRIBED_AT_END.sub("", title)
            if m["title"] and m["determiner"].lower() == "its" and not affiliation:
                # "Its director, Jean Kaseya,": the organisation named last before
                owner = next(self.index.before(m.start(), ("institution",)), None)
                if owner is not None and m.start() - owner.end <= OWNER_PRONOUN_REACH:
                    affiliation = owner.entity_id
            owned = OWNER_OF_TITLE.match(title)
            if owned:  # "The central bank's governor, Ahmed Khan,": the office, its owner apart
                title = owned["title"]
                affiliation = affiliation or owner_described_before(
                    text,
                    self.index,
                    m.start(key) + owned.end("owner") + 3,
                    self.institution_kinds,
                )
            self._add(m[name], m.start(name), title, affiliation)
        # (a text without " MP", " QC", ... is not scanned)
        posts = _matches("post_nominal", text) if _holds_post_nominal(text) else ()
        for m in posts:
            self._add(m["name"], m.start("name"), m["post"])
        for m in _matches("of_cue", text):
            # (two words at least: "Officials of the ministry said" names nobody; the
            # organisation only when it is what the words after "of" name, not "from the
            # village near the Acme Corp plant")
            org = m.start("org") + (4 if text.startswith("the ", m.start("org")) else 0)
            body = self.index.starting_at(org, ("institution",))
            affiliation = body.entity_id if body is not None else None
            self._add(m["name"], m.start("name"), None, affiliation)
        for key in ("before_cue", "after_cue", "appositive_cue"):
            for m in _matches(key, text):
                if key == "before_cue" and PLACE_OF_BEFORE.search(
                    text, max(0, m.start() - 4), m.start()
                ):
                    continue  # "Rep. Jane Roe of New York told": a place after a person's name
                if key != "appositive_cue":
                    self._note_single(m["name"])
                affiliation = None
                if key == "appositive_cue" and (
                    where := OF_BODY_APPOSITIVE.match(text, m.end("name"))
                ):
                    # "Mark Hughes, of West Yorkshire Police, said": where the person is from
                    affiliation = self._institution_in(where.start("body"), where.end("body"))
                self._add(m["name"], m.start("name"), None, affiliation)
        alone = _WordsAlone(text)
        for m, after, who in _names_before_who_or_age(text):
            name, name_start = m["name"], m.start("name")
            # ("Meet Wanjiru Njoroge, who", "Farmer Jo Roe, 45,", "San Francisco Supervisor
            # Jane Kim, who": a sentence's first word, a noun of people or an office before
            # the name is no part of it)
            title_part = _title_inside_name(name)
            if title_part:
                name, name_start = name[len(title_part) + 1 :], name_start + len(title_part) + 1
            first, _, rest = name.partition(" ")
            if (
                " " in rest
                and first not in given_names()
                and (
                    first.lower() in _person_nouns()
                    or SENTENCE_START_BEFORE.search(text, max(0, name_start - 3), name_start)
                    or name_start == 0
                )
            ):
                name, name_start = rest, name_start + len(first) + 1
            words = name.split()
            if len(words) < 2:
                continue
            # (a place's word, or a plural, opens or ends no person's name unless a given name
            # opens it: "Kaizer Chiefs, who", "Manchester United, who" are teams)
            if words[0] not in given_names() and (
                words[-1].endswith("s")
                or any(a_places_word(word) for word in words)
                or words[0] in NOT_A_PERSONS_FIRST_WORD
                # (teams, bands and firms take "who" in British English: after "who" only a
                # name whose family name the text also writes alone, as it does a person's)
                or (who and alone.alone(words[-1]) == 0)
            ):
                continue
            office = _office_after_who().match(text, after)
            if office is not None:
                body = (
                    self._institution_in(office.start("body"), office.end("body"))
                    if office["body"]
                    else None
                )
                self._add(name, name_start, office["title"], body)
            else:
                self._add(name, name_start)
        for m in _cast_matches(text):
            # (last: "Speaker: Dr Jo Lee, Permanent Secretary" and "Speaker: House Speaker Jo
            # Roe" have a title of their own; a person's name, which a given name opens: not
            # "Guest: Kuala Lumpur")
            if m["name"].split()[0] in given_names():
                self._add(m["name"], m.start("name"), m["role"], min_tokens=2)
        self._confirm_full_names()

    def _note_single(self, name: str) -> None:
        if " " not in name:
            self.single_speakers.add(name)

    def _confirm_full_names(self) -> None:
        """Names of two or three words found with no context, in one scan of the text:

        - "Hillary Clinton" becomes a person once "Clinton said" or "Mrs. Clinton" shows that
          one of its parts speaks or is addressed as a person;
        - "Anna Kowalski", "Kwame Mensah Boateng": the first word a given name and the last a
          family name (`given_names`, `surnames`), wherever they stand ("Rose Garden",
          "Summer Olympics" are not).
        """
        single = self.single_speakers | {name for name in self.candidates if " " not in name}
        given, family = given_names(), _family_names()
        previous_end = -2
        runs: list[tuple[int, int, str]] = []  # each run of capitalized words read, in order
        for m in finditer_checked(ANY_NAME, self.text, not_after_word_or_dot):
            name, start = m.group(1), m.start(1)
            runs.append((start, m.end(1), name))
            tokens = name.split()
            # (not the rest of a longer run, "Vietnamese Deputy Minister Nguyễn | Thị Minh":
            # a match right after the last one, a space between)
            after_a_run = m.start() == previous_end + 1 and self.text[previous_end] == " "
            previous_end = m.end()
            if after_a_run:
                continue
            if len(tokens) == 3 and tokens[0].upper() in dateline_cities() and tokens[1] in given:
                # "mayor of Bogota Gustavo Petro": a city before the name is no part of it
                tokens = tokens[1:]
                name, start = " ".join(tokens), start + len(name) - len(" ".join(tokens))
            if len(tokens) >= 3 and tokens[-1] in single:
                # "the Clerk to Parliament Benedict Xaba", "Minister responsible for Higher
                # Education Mothepu Mahapa" then "Xaba said": a run ending with a family name
                # that speaks alone holds the name after its last word of an office or a body
                cut = max(
                    (i for i, token in enumerate(tokens[:-2]) if _office_or_body_word(token)),
                    default=-1,
                )
                if cut >= 0:
                    tokens = tokens[cut + 1 :]
                    name, start = " ".join(tokens), start + len(name) - len(" ".join(tokens))
            if (
                2 <= len(tokens) <= 3
                and (
                    tokens[-1] in single
                    or tokens[0] in single
                    or (
                        tokens[0] in given
                        and (
                            tokens[-1] in family
                            or GAELIC_FAMILY_NAME.fullmatch(tokens[-1])
                            or self._unlisted_family_name(tokens)
                        )
                        # ("Minister Abul Hassan Mahmood Ali": not the end of a longer run;
                        # "the Victoria Cross", "the Berlin Wall": no person after "the")
                        and not (
                            (
                                before := WORD_BEFORE_GIVEN_NAME.search(
                                    self.text, max(0, m.start() - 40), m.start()
                                )
                            )
                            # ("BBC's Zainab Badawi": an owner's possessive is no part of it)
                            and not before.group().endswith(("'s ", "’s "))
                            # ("the Carlos Alvarado government": a leader's, named before it)
                            and not LEADERS_BODY_AFTER.match(self.text, m.end(1))
                        )
                    )
                )
                and not any(t.lower() in reporting_verbs() or t in sentence_words() for t in tokens)
            ):
                self._add(name, start)
        self._confirm_listed_names(runs)

    def _confirm_listed_names(self, runs: list[tuple[int, int, str]]) -> None:
        """ "killed Nasiru Mustapha, Amodu Garba Maina and Momodu Hassan": names of two or three
        words listed with a person's ("A, B and C", "A and B") are people too, unless they are
        another entity's or hold a word of an organisation or a sentence's opening."""
        text = self.text
        listed: list[tuple[int, int, str]] = []
        joined_by_and = False  # whether the last two names of the list are joined by "and"
        for run in [*runs, (len(text) + 2, len(text) + 2, "")]:
            joiner = LIST_JOINER.fullmatch(text, listed[-1][1], run[0]) if listed else None
            if joiner is not None and not joined_by_and:
                joined_by_and = joiner.group() != ", "
                listed.append(run)
                continue
            # (an "and" ends the list: "Jane Roe, Chief Executive, said" is no list)
            opened = bool(listed) and _people_list_before(text, listed[0][0])
            if joined_by_and and (opened or any(name in self.candidates for _, _, name in listed)):
                given, family = given_names(), _family_names()
                for start, end, name in listed:
                    tokens = name.split()
                    if (
                        len(tokens) == 3
                        and tokens[0] not in given
                        and tokens[0].endswith("s")
                        and tokens[1] in given
                    ):
                        # "Floridians Jeb Bush and Marco Rubio": a plural noun before a name
                        start += len(tokens[0]) + 1
                        tokens = tokens[1:]
                        name = " ".join(tokens)
                    if (
                        name not in self.candidates
                        and 2 <= len(tokens) <= 3
                        and not any(
                            t in sentence_words() or t.lower() in institution_heads()
                            for t in tokens
                        )
                        # ("Jane Roe, Kuala Lumpur and ...": a place is listed too; "Real
                        # Madrid", "Grace Church", "Victoria Falls": a place's or a building's
                        # word in it)
                        and name.upper() not in dateline_cities()
                        # (a given name first is a person's: "Kerry Washington")
                        and (
                            tokens[0] in given
                            or not any(t.upper() in dateline_cities() for t in tokens)
                        )
                        and tokens[-1] not in PLACE_NOUNS
                        and name not in us_states()
                        and tokens[0] not in PLACE_WORDS
                        # a name's shape: a given name first or a family name last (or any
                        # name, in a list a noun of people opens), and no initial last
                        # ("Charles G. and David H. Koch"), nor a word in lowercase first
                        # ("Celebrities Julianne Moore and ...")
                        and (tokens[0] in given or tokens[-1] in family or opened)
                        and not tokens[-1].endswith(".")
                        and not self._written_in_lowercase(tokens[0].lower())
                        # (the whole of a word: not "Ray La" of "Ray LaHood")
                        and (end >= len(text) or not text[end].isalnum())
                    ):
                        self._add(name, start)
            listed, joined_by_and = [run], False

    def _unlisted_family_name(self, tokens: list[str]) -> bool:
        """ "Javier Milei", "Tshepo Dube": a given name the lists give one gender, then a word
        of a name's form that no list holds (family names from everywhere outnumber any
        list): not a place, a people, an organisation's word, a given name, nor a word the
        article writes in lowercase ("Grace Church" where "church" is written too)."""
        if len(tokens) != 2 or tokens[0] not in given_name_genders():
            return False
        last = tokens[1]
        return (
            UNLISTED_NAME.fullmatch(last) is not None
            # ("Carolina Panthers", "Coral Springs", "Young Americans": a plural is a team's,
            # a place's or a people's; "Boston Globe": a city opens a newspaper's name)
            and not last.endswith("s")
            and tokens[0].upper() not in dateline_cities()
            and tokens[0] not in us_states()
            and last not in given_names()
            and last not in countries()
            and last not in nationalities()
            and last.upper() not in dateline_cities()
            and last.lower() not in institution_heads()
            and last.lower() not in titles()
            and last not in non_name_words()
            and not self._written_in_lowercase(last.lower())
        )

    def _common_word_opening(self, word: str, start: int) -> str | None:
        """What common word a capitalized word opening a name is: a "function word"
        ("Despite", "Neither"), or, opening a sentence, a "lowercase word" the article writes
        in lowercase elsewhere ("Team Trump said" where "the team" is written too; not a given
        name: "Will", "Rose"); None for a word of a name (a particle: "De Blasio")."""
        lowered = word.lower()
        if PARTICLE_WORD.fullmatch(lowered):
            return None  # "De Blasio said": a particle of the name, written "de" inside it
        if lowered in function_words() and lowered not in NAME_LIKE_FUNCTION_WORDS:
            return "function word"
        if not SENTENCE_OPENING.search(self.text, max(0, start - 3), start) and start > 0:
            return None
        if self._written_in_lowercase(lowered) and word not in given_names():
            return "lowercase word"
        return None

    def _written_in_lowercase(self, word: str) -> bool:
        """Whether the article writes `word` (lowercase) as a whole word. The first few words
        asked about are looked for with `str.find`; then the article's lowercase words are
        gathered once (as `Occurrences` does: linear whatever is asked, cheap when little is)."""
        if word in self._lowercase_answers:
            return self._lowercase_answers[word]
        if self._lowercase_words is None and len(self._lowercase_answers) < LOWERCASE_FINDS:
            text, found, at = self.text, False, self.text.find(word)
            while at >= 0 and not found:
                end = at + len(word)
                found = (at == 0 or not LOWERCASE_WORD_CHAR.match(text, at - 1)) and not (
                    LOWERCASE_WORD_CHAR.match(text, end)
                )
                at = text.find(word, end)
            self._lowercase_answers[word] = found
            return found
        if self._lowercase_words is None:
            self._lowercase_words = frozenset(LOWERCASE_WORD.findall(self.text))
        self._lowercase_answers[word] = word in self._lowercase_words
        return self._lowercase_answers[word]

    def _namesakes_with_a_given_name(
        self, namesakes: list[PersonCandidate]
    ) -> list[PersonCandidate]:
        """ "Perez" after "Thomas Perez" and a headline's "Understated Perez": the one name
        that opens with a given name, when every other opens with a common word (a function
        word, or one the article writes in lowercase) or a line (a headline's words); else all
        of them ("Tshepo Dube" and "John Dube" stay apart, as do "Eric Trump" and "Donald
        Trump")."""
        given = given_names()
        named = [c for c in namesakes if c.name.split()[0] in given]
        others = [c for c in namesakes if c.name.split()[0] not in given]
        if len(named) == 1 and all(
            c.start == 0
            or self.text[c.start - 1] == "\n"
            or c.name.split()[0].lower() in function_words()
            or self._written_in_lowercase(c.name.split()[0].lower())
            for c in others
        ):
            return named
        return namesakes

    def _merge_partial_names(self) -> None:
        """ "Mr. Wang" after "Wang Wenbin" is the same person: keep the full name, learn the gender."""
        self._merge_apostrophe_spellings()
        # a given name that the lists give to one gender only tells it: "Michelle Obama",
        # "she said" (nothing in the text said so otherwise)
        genders = telling_given_name_genders()  # (a pronoun's, not a name's evidence)
        for candidate in self.candidates.values():
            if candidate.gender is None and " " in candidate.name:
                candidate.gender = genders.get(candidate.name.split(" ", 1)[0])
        self._merge_addressed_names()
        self._merge_family_names()
        self._merge_misspelled_full_names()
        self._merge_first_words()
        # the longer names each word is part of, in the order of the candidates
        names_with: dict[str, list[PersonCandidate]] = {}
        for candidate in self.candidates.values():
            if len(candidate.name.split()) > 1:
                for word in dict.fromkeys(_name_parts(candidate.name)):
                    names_with.setdefault(word, []).append(candidate)
        for short in [c for c in self.candidates.values() if len(c.name.split()) == 1]:
            longer = names_with.get(short.name, [])
            if len(longer) > 1:
                longer = self._namesakes_with_a_given_name(longer)
            if (
                len(longer) == 1
                and short.gender
                and longer[0].gender not in (None, short.gender)
                # ("Mr Tan" of "Tan Wei Ming": the first word, read as a given name, is the
                # family name where a lone mention of it is addressed; its gender is the
                # honorific's)
                and short.name != longer[0].name.split()[0]
            ):
                continue  # "Mr. Clinton" is not "Hillary Clinton"
            if len(longer) == 1:
                if short.name == longer[0].name.split()[0] and short.gender:
                    longer[0].gender = short.gender
                longer[0].gender = longer[0].gender or short.gender
                longer[0].title = longer[0].title or short.title
                del self.candidates[short.name]
        self._merge_misspelled_surnames(names_with)
        self._merge_initialled_names()

    def _merge_first_words(self) -> None:
        """ "Ismail Hassan" after "Ismail Hassan Yusof": the first words of one longer name (a
        prefix only: a longer name with words before, "Commerce Wang Shouwen", is more often
        a word taken into the name than a given name). Done before lone words are merged, so
        that "Ismail" then has one longer name to go to. Each name is filed under its first
        words, so a thousand "Karan ..." are not each compared with the others."""
        by_prefix: dict[str, list[PersonCandidate]] = {}
        for candidate in self.candidates.values():
            words = candidate.name.split()
            for size in range(2, len(words)):
                by_prefix.setdefault(" ".join(words[:size]), []).append(candidate)
        for short in [c for c in self.candidates.values() if len(c.name.split()) > 1]:
            longer = [c for c in by_prefix.get(short.name, ()) if c.name in self.candidates]
            if len(longer) == 1:
                self._alias(short, longer[0])

    def _merge_misspelled_full_names(self) -> None:
        """ "Guðlaugur Þór Þórðarsson" in a headline, "Guðlaugur Þór Þórðarson" in the body:
        names whose words are the same but the last, one letter off (`_one_deleted`; words of
        at least `MIN_MISSPELLED` letters), are one person when the rarer spelling is written
        once, in a headline's or a caption's short line, where a hurried typo is likeliest:
        named as the article writes the last word more often. Names are grouped by their first
        words, and compared by the deletions of the last, so no pair of names is compared
        outside its group."""
        by_key: dict[tuple[str, str], list[PersonCandidate]] = {}
        for candidate in self.candidates.values():
            first, _, last = candidate.name.rpartition(" ")
            if first and len(last) >= MIN_MISSPELLED:
                for variant in _one_deleted(last):
                    by_key.setdefault((first, variant), []).append(candidate)
        # (two spellings only: a name one letter off two others is no one's typo)
        pairs: set[tuple[str, str]] = set()
        crowded: set[str] = set()
        for group in by_key.values():
            if len(group) == 2:
                pairs.add((min(group[0].name, group[1].name), max(group[0].name, group[1].name)))
            elif len(group) > 2:
                crowded.update(candidate.name for candidate in group)
        twins = Counter(name for pair in pairs for name in pair)
        pairs = {
            pair
            for pair in pairs
            if twins[pair[0]] == twins[pair[1]] == 1 and not crowded.intersection(pair)
        }
        if not pairs:
            return
        spellings = {name.rpartition(" ")[2] for pair in pairs for name in pair}
        counts = Counter(
            m.group()
            for m in finditer_checked(
                re.compile(rf"(?:{trie_regex(spellings)})\b"), self.text, word_boundary
            )
        )
        line_ends = [m.start() for m in re.finditer("\n", self.text)] + [len(self.text)]
        for a_name, b_name in sorted(pairs):
            a, b = self.candidates.get(a_name), self.candidates.get(b_name)
            if a is None or b is None:
                continue
            a_count, b_count = (counts[n.rpartition(" ")[2]] for n in (a_name, b_name))
            a_line, b_line = (self._line_length(c.start, line_ends) for c in (a, b))
            if (b_count, b_line, -b.start) > (a_count, a_line, -a.start):
                a, b, a_count, b_count, a_line, b_line = b, a, b_count, a_count, b_line, a_line
            # the typo is written once, in a headline or a caption (the first line, or a short
            # one with no sentence's end), and the name in the body: two names one letter
            # apart both in the body ("Mike Johnson", "Mike Johnston"; "Tony Gonzales", "Tony
            # Gonzalez") are as often two people
            if (
                b_count == 1
                and b_line <= TYPO_LINE_LENGTH < a_line
                and self._headline_or_caption(b.start, line_ends)
            ):
                self._alias(b, a)

    def _headline_or_caption(self, position: int, line_ends: list[int]) -> bool:
        """Whether the line holding `position` is the text's first, ends with no sentence's end
        ("Iceland's minister Jo Roe at the forum") or has no word in lowercase ("Minister Jo
        Roe."), as a headline or a caption does; not "Jo Roe voted no as well."."""
        i = bisect_left(line_ends, position)
        start = line_ends[i - 1] + 1 if i else 0
        line = self.text[start : line_ends[i]].rstrip()
        return (
            not self.text[:start].strip()
            or not line.endswith(SENTENCE_ENDS)
            or not any(word[:1].islower() for word in line.split())
        )

    def _line_length(self, position: int, line_ends: list[int]) -> int:
        """The length of the line (paragraph) that holds `position`; `line_ends` holds the
        position of each newline and the text's length, in order."""
        i = bisect_left(line_ends, position)
        return line_ends[i] - (line_ends[i - 1] if i else -1)

    def _merge_family_names(self) -> None:
        """ "López Obrador" after "Andrés Manuel López Obrador", "Von der Leyen" after "Ursula
        von der Leyen": a family name of several words is the one longer name that ends with
        it, where the words before are given names or the family name opens with a particle.
        (Other words before are more often a word taken into the name: "Commerce Wang
        Shouwen" is not a longer name of "Wang Shouwen".)"""
        by_suffix: dict[str, list[PersonCandidate]] = {}
        for candidate in self.candidates.values():
            words = candidate.name.split()
            for size in range(2, len(words)):
                suffix = " ".join(words[-size:])
                by_suffix.setdefault(suffix[:1].lower() + suffix[1:], []).append(candidate)
        given = given_names()
        for short in [c for c in self.candidates.values() if " " in c.name]:
            key = short.name[:1].lower() + short.name[1:]
            longer = [c for c in by_suffix.get(key, ()) if c.name in self.candidates]
            if len(longer) != 1:
                continue
            before = longer[0].name.split()[: -len(key.split())]
            if PARTICLE_WORD.fullmatch(key.split()[0]) or all(
                # (not a title taken into the longer name: "Pastor Kevin Swanson")
                word in given and word.lower() not in titles()
                for word in before
            ):
                self._alias(short, longer[0])

    def _merge_addressed_names(self) -> None:
        """ "Mr Dalein Diallo" after "Cellou Dalein Diallo": a name of two or more words
        written after an honorific is the one longer name that ends with it. (Without the
        honorific, words before a name are as often another word taken into it.) Done first,
        so that "Diallo" alone then has one longer name to go to."""
        if not self.addressed:
            return
        by_suffix: dict[str, list[PersonCandidate]] = {}
        for candidate in self.candidates.values():
            words = candidate.name.split()
            for size in range(2, len(words)):
                by_suffix.setdefault(" ".join(words[-size:]), []).append(candidate)
        for name in sorted(self.addressed):
            short = self.candidates.get(name)
            if short is None:
                continue
            longer = [c for c in by_suffix.get(name, ()) if c.name in self.candidates]
            if len(longer) == 1:
                self._alias(short, longer[0])

    def _merge_apostrophe_spellings(self) -> None:
        """ "Miriam O'Callaghan" and "Miriam O’Callaghan" in one article (a caption typed one
        way, the body another) are one person."""
        if not any("’" in name for name in self.candidates):
            return
        first: dict[str, PersonCandidate] = {}
        for candidate in sorted(self.candidates.values(), key=lambda c: c.start):
            key = candidate.name.replace("’", "'")
            if key in first:
                self._alias(candidate, first[key])
            else:
                first[key] = candidate

    def _alias(self, short: PersonCandidate, full: PersonCandidate) -> None:
        """`short` is another name of `full`: what it knows that `full` does not goes to
        `full`, and its mentions are `full`'s."""
        full.gender = full.gender or short.gender
        if full.title is None and short.title:
            full.title, full.place_office = short.title, short.place_office
        full.institution_id = full.institution_id or short.institution_id
        self.aliases[short.name] = full
        del self.candidates[short.name]

    def _merge_initialled_names(self) -> None:
        """ "Neil Eggers" after "W. Neil Eggers": a name is the longer one that adds only
        initials before it."""
        # (each name filed under its last words: a thousand "... Smith" are not compared)
        by_suffix: dict[str, list[PersonCandidate]] = {}
        for candidate in self.candidates.values():
            words = candidate.name.split()
            for size in range(2, len(words)):
                by_suffix.setdefault(" ".join(words[-size:]), []).append(candidate)
        for short in [c for c in self.candidates.values() if " " in c.name]:
            longer = [
                c
                for c in by_suffix.get(short.name, ())
                if c.name in self.candidates
                and LEADING_INITIALS.fullmatch(c.name[: -len(short.name)])
            ]
            if len(longer) == 1:
                self._alias(short, longer[0])

    def _merge_misspelled_surnames(self, names_with: dict[str, list[PersonCandidate]]) -> None:
        """ "Manoah Espisu ... Esipisu said": a lone surname one letter off the last word of
        exactly one full name (a letter added, dropped, changed or two swapped; words of at
        least `MIN_MISSPELLED` letters) is that person, named with the spelling the article
        uses more often. Found by the deletions of each word (a symmetric-delete index), so
        the cost grows with the names, never with their pairs."""
        by_deletion: dict[str, set[str]] = {}
        for candidate in self.candidates.values():
            words = candidate.name.split()
            if len(words) > 1 and len(words[-1]) >= MIN_MISSPELLED:
                for variant in _one_deleted(words[-1]):
                    by_deletion.setdefault(variant, set()).add(candidate.name)
        pairs: list[tuple[PersonCandidate, PersonCandidate]] = []
        # a lone surname is a candidate (after an honorific) or a speaker ("Esipisu said")
        lone = {c.name: c for c in self.candidates.values() if " " not in c.name}
        for name in sorted(self.single_speakers - lone.keys()):
            lone[name] = PersonCandidate(name, -1, -1)
        for short in lone.values():
            if len(short.name) < MIN_MISSPELLED or short.name in names_with:
                continue
            longer = set().union(*(by_deletion.get(v, ()) for v in _one_deleted(short.name)))
            if len(longer) == 1:
                pairs.append((short, self.candidates[longer.pop()]))
        if not pairs:
            return
        # how often each spelling is written, counted in one pass over the text
        spellings = {word for short, full in pairs for word in (short.name, full.name.split()[-1])}
        counts = Counter(
            m.group()
            for m in finditer_checked(
                re.compile(rf"(?:{trie_regex(spellings)})\b"), self.text, word_boundary
            )
        )
        for short, full in pairs:
            if full.name not in self.candidates:
                continue
            full.gender = full.gender or short.gender
            full.title = full.title or short.title
            self.candidates.pop(short.name, None)
            written = full.name.split()[-1]
            if counts[short.name] > counts[written]:
                # the full name as written stays a mention of the person, renamed
                del self.candidates[full.name]
                self.aliases[full.name] = full
                full.name = full.name[: -len(written)] + short.name
                self.candidates[full.name] = full
            else:
                self.aliases[short.name] = full

    def mention_all(self) -> list[Person]:
        """Mentions of each person's full name, then of a single part of it ("Xi", "Smith")."""
        self._merge_partial_names()
        if not self.candidates:
            return []
        for start, name in self.labels_in_capitals:
            # (the label's own span: the name is written in capitals there, and found in small
            # letters elsewhere by the passes below)
            candidate = self.candidates.get(name) or self.aliases.get(name)
            if candidate is not None and not self.index.overlaps(start, start + len(name)):
                written = self.text[start : start + len(name)]
                self.index.add(
                    EntitySpan(
                        start,
                        start + len(name),
                        "person",
                        person_id(candidate.name),
                        candidate.name,
                        written,
                        candidate.gender,
                    )
                )
        owners: dict[str, set[str]] = {}
        for candidate in self.candidates.values():
            for part in _name_parts(candidate.name):
                if len(part) > 1 and not part.endswith("."):
                    owners.setdefault(part, set()).add(candidate.name)
        # One pass for all names, one for the parts only one person has.
        self._add_mentions(
            find_phrases(self.text, [*self.candidates, *self.aliases]),
            lambda name: self.candidates.get(name) or self.aliases[name],
        )
        # (a part two names hold goes to the one that opens with a given name, as a lone
        # name does in `_merge_partial_names`: "Trump" of "Donald Trump", not "Team Trump")
        unique = {}
        for part, names in owners.items():
            if len(names) > 1:
                names = {
                    c.name
                    for c in self._namesakes_with_a_given_name(
                        [self.candidates[name] for name in sorted(names)]
                    )
                }
            if len(names) == 1:
                unique[part] = next(iter(names))
        if unique:
            self._add_mentions(
                find_phrases(self.text, unique, not_after=PART_SUFFIX),
                lambda part: self.candidates[unique[part]],
            )
        self._affiliate_by_of_body()
        self._affiliate_by_sentence()
        people = [
            Person(person_id(c.name), c.name, c.title, c.institution_id)
            for c in self.candidates.values()
        ]
        self.place_offices = frozenset(
            person_id(c.name) for c in self.candidates.values() if c.place_office
        )
        return sorted(people, key=lambda p: p.person_id)

    def _affiliate_by_of_body(self) -> None:
        """A person with no affiliation yet whom a mention names as one of an organisation:
        "Hamish Wylie of Seafish Ltd described ...", "Mr Roe of the Sierra Club", "Mayor Jo Roe
        (SDE) said": the organisation in parentheses, or the
        organisation named right after "of" (an institution's span there, not a place: "Jo Roe
        of New York"). The first such mention in text order decides."""
        for span in self.index.spans:
            if span.entity_type != "person":
                continue
            candidate = self.candidates.get(span.name)
            if candidate is None or candidate.institution_id is not None:
                continue
            if self.text.startswith(" (", span.end):
                # "Mayor Jo Roe (SDE)": the organisation in parentheses, and nothing else there
                body = self.index.starting_at(span.end + 2, ("institution",))
                if (
                    body is not None
                    and self.text.startswith(")", body.end)
                    # (not a photograph's credit: "Jo Roe (Reuters)")
                    and self.institution_kinds.get(body.entity_id) != "media outlet"
                ):
                    candidate.institution_id = body.entity_id
                continue
            linked = OF_BODY_AFTER_NAME.match(self.text, span.end)
            if linked is None:
                continue
            at = linked.end()
            body = self.index.starting_at(at, ("institution",))
            if body is None and self.text.startswith("the ", at):
                body = self.index.starting_at(at + 4, ("institution",))
            if body is not None:
                candidate.institution_id = body.entity_id

    def _affiliate_by_sentence(self) -> None:
        """A person with no affiliation yet, introduced with an organisation's office
        (`ORGANISATION_OFFICES`: "executive chairman", "spokeswoman") in a sentence that names
        one organisation, before the person: "Nurses are welcome at the Queen Elizabeth
        Hospital (QEH), says executive chairman Jo Roe" (that organisation). Not where the
        sentence names a second one, nor the body of what the person says or does ("appeal the
        decision by the Federal Trade Commission", "praised the Red Cross"), a court, a
        legislature, a conference or a media outlet, nor where the speaker is only "speaking
        at" it, nor a body another word of the title names ("a ministry spokesman")."""
        for candidate in self.candidates.values():
            title = candidate.title.lower().split() if candidate.title else []
            if (
                candidate.institution_id is not None
                or not title
                or (
                    " ".join(title[-2:]) not in ORGANISATION_OFFICES
                    and title[-1] not in ORGANISATION_OFFICES
                )
            ):
                continue
            reach = max(0, candidate.start - SENTENCE_REACH)
            start = max(
                (m.end() for m in SENTENCE_BOUNDARY.finditer(self.text, reach, candidate.start)),
                default=reach,
            )
            stop = SENTENCE_BOUNDARY.search(
                self.text, candidate.end, candidate.end + SENTENCE_REACH
            )
            end = stop.start() if stop else min(len(self.text), candidate.end + SENTENCE_REACH)
            if OFFICE_OF_A_DESCRIBED_BODY.search(self.text, start, end) or SPEAKING_AT.search(
                self.text, start, candidate.start
            ):
                continue  # "The chairman of the board, Jo Roe, said"; "Speaking at the Forum"
            spans = list(self.index.within(start, end, ("institution",)))
            bodies = {span.entity_id for span in spans}
            if len(bodies) != 1 or (
                spans[0].end > candidate.start
                # ("Jo Roe, Managing Director, JSE": after the person only right after the title)
                and not TITLE_THEN_BODY.fullmatch(self.text, candidate.end, spans[0].start)
            ):
                continue
            body = spans[0]
            body_words = set(body.name.lower().split())
            if self.institution_kinds.get(body.entity_id) in NOT_AN_EMPLOYER_HERE or any(
                word in institution_heads() and word not in body_words for word in title[:-1]
            ):
                continue
            candidate.institution_id = body.entity_id

    def _add_mentions(self, found: Iterator[tuple[int, int, str]], candidate_of) -> None:
        for start, end, written in found:
            if self.index.overlaps(start, end):
                # (an earlier rule's span, or the full name's for a part of it: four in ten
                # of the phrases found; the index would refuse the span, which is not made)
                continue
            candidate = candidate_of(written)
            self.index.add(
                EntitySpan(
                    start,
                    end,
                    "person",
                    person_id(candidate.name),
                    candidate.name,
                    written,
                    candidate.gender,
                )
            )


# Offices an organisation gives, whatever its kind (a company's, a hospital's, a union's), not
# a state's ("minister", "governor") nor one many bodies share in a sentence ("president")
ORGANISATION_OFFICES = frozenset(
    {
        "chairman",
        "chairwoman",
        "chairperson",
        "chief executive",
        "ceo",
        "managing director",
        "executive director",
        "director-general",
        "general manager",
        "spokesman",
        "spokeswoman",
        "spokesperson",
    }
)
# "the chairman of the board", "spokesman for the ministry": an office of a body the
# sentence describes rather than names
OFFICE_OF_A_DESCRIBED_BODY = re.compile(
    r"\b(?i:chairman|chairwoman|chairperson|chief executive|director|manager|spokes(?:man|woman"
    r"|person)|head) (?:of|for|at) (?:the|its|their|a) [a-z]"
)
# "Speaking at the World Economic Forum, chief executive Jo Roe said": where one spoke
SPEAKING_AT = re.compile(r"\b[Ss]peaking (?:at|to|on|in|during|before)\b")
# Kinds of body a sentence names beside someone who is rarely its officer there
NOT_AN_EMPLOYER_HERE = frozenset({"court", "legislature", "conference", "media outlet"})
SENTENCE_REACH = 400  # characters read on each side of a mention for its sentence's ends
# Between a person's name and an organisation after it: the title, then a comma
TITLE_THEN_BODY = re.compile(r",? (?:[A-Z][\w'’-]* ){0,3}[A-Z][\w'’-]*, (?:the )?")
# The end of a sentence: its mark and the space after it, or a line's end
SENTENCE_BOUNDARY = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z\"“‘(])|\n")


def _written_small(name: str) -> str:
    """ "JAKE TAPPER" -> "Jake Tapper", "OKONJO-IWEALA" -> "Okonjo-Iweala", "O'NEILL" ->
    "O'Neill": each part of a name in capitals with its first letter kept."""
    return re.sub(r"[^\W\d_]+", lambda part: part.group()[0] + part.group()[1:].lower(), name)


def find_people(
    text: str,
    index: EntityIndex,
    labelled: list[tuple[str, int, str | None]] = (),
    institution_kinds: dict[str, str] | None = None,
) -> tuple[list[Person], frozenset[str], dict[str, str]]:
    """People of one article, the ids of those whose office is a place's ("Lagos
    Governor", its title "Governor"), and every office held together by id, as written, for
    those whose title keeps the first ("Deputy Prime Minister and Minister for Finance");
    `labelled` are the (name, start, title) of transcript
    speaker labels, people whatever stands around them; `institution_kinds` the kind of each
    institution, by id ("the company's chief executive" is the nearest company's)."""
    finder = PeopleFinder(text, index, institution_kinds)
    for name, start, title in labelled:
        if not name.isupper():
            finder._add(name, start, title, min_tokens=2 if title is None else 1)
        elif " " in name and (written := _written_small(name)).split()[0] in given_names():
            # "JAKE TAPPER:", "RUDY GIULIANI:": a label in capitals that a given name opens
            # (not "UNIDENTIFIED MALE:", "SPOKESPERSON:"), its name as written in small letters
            finder._add(written, start, title)
            if written in finder.candidates:
                finder.labels_in_capitals.append((start, written))
    finder.find()
    people = finder.mention_all()
    held = {person_id(name): offices for name, offices in finder.offices_held.items()}
    return people, finder.place_offices, held
