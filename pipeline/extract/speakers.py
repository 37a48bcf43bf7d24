"""Who is speaking: the phrase next to a reporting verb, and what it refers to.

A speaker phrase is a named entity (person, institution, country, titled document), a
pronoun, or a nominal ("the spokesperson", "a senior official", "the white paper").
Pronouns go to the nearest compatible named speaker; nominals go to the entity the
article named with that title or organization word, else stay `unknown`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pipeline.entities.given_names import us_states
from pipeline.entities.resolution import ResolvedSpeaker
from pipeline.extract.article_country import dateline_cities
from pipeline.extract.dates import MONTHS, WEEKDAYS
from pipeline.extract.lexicon import (
    abbreviations,
    countries,
    descriptions,
    document_nouns,
    finite_verb,
    honorific_abbreviations,
    institution_heads,
    ly_adverb,
    nationalities,
    number_words,
    occupations,
    people_nouns,
    read_list,
    reporting_verbs,
    sentence_words,
    speaker_nouns,
    title_modifiers,
    titles,
    trie_regex,
)
from pipeline.extract.scan import NON_SPACE, cut_at_end, last_non_space, search_at_end, window_start
from pipeline.extract.spans import EntityIndex, EntitySpan

# How far before its verb a speaker phrase is looked for, in characters. The longest phrase
# the rules below take is an organization of up to 150 characters (`institutions`) with an
# appositive or a dash aside of up to 120, parentheses of up to 40 and a few auxiliaries
# ("also said"): some 60 words. Reading further back changes nothing in news, but would make
# every verb of a long unpunctuated sentence read the whole sentence (quadratic).
SPEAKER_WINDOW = 500
# "appeared to suggest", "went on to explain": verbs whose infinitive is still the report
RAISING_VERBS = r"(?:appeared|appears|seemed|seems|continued|continues|went on|goes on|used)"
AUXILIARY = (
    r"(?:also|has|have|had|will|would|further|later|then|previously|once|again|recently|separately|earlier|now|still|often|first|long|together|"
    # "has since said", "had already warned", "has even claimed"
    r"since|already|just|even|ever|always|"
    # "Cruz himself said": the intensifier is no part of the speaker's name
    r"himself|herself|itself|themselves|"
    rf"{RAISING_VERBS} to|"
    # "data from Eurostat published last week showed"
    r"(?:published|released|issued)(?:\s+(?:on|last|this)\s+\w+|\s+\w+day)?|"
    # (an adverb is in lowercase: "Kelly", "Connolly" are names)
    r"officially|publicly|repeatedly|firmly|clearly|strongly|yesterday|today|"
    # (not a noun in "-ly": "a close ally said", "Scott's family said")
    rf"{ly_adverb()}|"
    # "Jane Roe in a Medium post said", "in an interview on Sunday said"
    r"in (?:a|an|his|her|their|its|the) (?:[\w-]+ ){0,2}(?:statement|interview|post|letter|op-ed"
    r"|speech|tweet|email|memo|column|essay|blog post)|"
    # "on Thursday", "on Thursday evening", "last week", "this morning"
    r"(?:on|last|this) \w+(?: (?:morning|afternoon|evening|night))?|"
    # "Carter however said": a sentence adverb written without its commas
    r"however|meanwhile|instead)"
)
# Auxiliaries and adverbs that end the words before a verb: `(?:\s+AUXILIARY)+$`, written to
# start with `\s` so that the engine skips to the spaces instead of trying every position.
AUXILIARIES = re.compile(r"\s\s*" + AUXILIARY + r"(?:\s+" + AUXILIARY + r")*$")
# The last of them, looked for first in the last `AUXILIARY_REACH` characters: most verbs
# have none, and the whole pattern tries every space of the words before.
LAST_AUXILIARY = re.compile(r"\s" + AUXILIARY + r"$")
AUXILIARY_REACH = 100
# (greedy: only whether it matches counts, and a lazy loop tries the end at every character)
# (a short quote inside, a title: 'Jo Roe, the co-author of "Going Viral," about ...,')
APPOSITIVE = re.compile(
    r"(?:\s*\([^()]{1,40}\))?, (?:[^,\"“”«»:;]|, (?!\w+ly\b)|\"[^\"\n]{1,60}\"|“[^“”\n]{1,60}”)*,?\s*$"
)
NOT_MODIFIERS = frozenset(read_list("function_words.txt"))
# ", discussed the bills": a past tense and its object, a predicate in what looks like an
# appositive (not ", appointed in 2019": a participle's phrase). A participle with its object
# ("Jane Roe, named the country's best chef, said") is as often an appositive: it is read as a
# predicate only where the verb of saying has its subject after it, a name ("..., reported the
# Kazinform agency")
NAME_AFTER_CUE = re.compile(r"[a-z]+ (?:the |a |an )?[A-Z]")
PREDICATE_AFTER_COMMA = re.compile(
    r", [a-z]+ed (?:the|a|an|his|her|their|its|this|that|these|those|some|all|most|several)\b"
)
CLAUSE_WORDS = frozenset(
    [
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "do",
        "does",
        "did",
        "to",
        "in",
        "on",
        "at",
        "of",
        "for",
        "with",
        "by",
        "from",
        "as",
        "into",
        "than",
        "and",
        "or",
        "but",
        "it",
        "they",
        "he",
        "she",
        "we",
    ]
)
TITLE_WORD_AT_END = re.compile(
    rf"(?:\b(?:{honorific_abbreviations()}|St|Cmdr)\.|\b(?:[A-Z]\.){{2,}}|\b[A-Z][\w'’-]*|\b(?:police|chief|deputy|vice|former|acting|senior|interim|party|state|federal|city|county))$"
)
# A capitalized name the entity rules did not type ("Reuters", "Sanders"): a speaker of unknown kind.
LEADING_TITLE = re.compile(r"[\w/.'’-]+\s+")
LEADING_TITLE_WORDS = 5
TITLE_JOINERS = frozenset({"and", "of", "for", "the"})
DETERMINERS_BEFORE_A_TITLE = frozenset({"a", "an", "the", "his", "her", "their", "its"})
PREPOSITIONS_BEFORE_A_TITLE = frozenset({"to", "for", "of", "with", "by", "on"})
CAPITALIZED_NAME = re.compile(
    r"(?<![\w.'’-])(?:(?:[A-Z]\.){2,}|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}(?![\w'’-]|\.\s*[A-Z]))"
)
CAPITALIZED_NAME_AT_END = re.compile(CAPITALIZED_NAME.pattern + "$")


def _describes_the_name(described: re.Match[str], named: EntitySpan | None) -> bool:
    """Whether the name after a description and its comma ("said <description>, <name>") is the
    one the description describes: a person's, after a person's noun ("his friend, Bruce
    Turry", "the group's leader, Jo Roe"), or a person named after an office at an organisation
    or a place written by its name ("his best friend at Lehigh, Bruce Turry"). Not the nearer
    noun's name: "a lawyer for the former officer, Derek Chauvin", "the mayor of the capital,
    Kuala Lumpur", "an analyst at the bank, Morgan Stanley"."""
    if named is not None and named.entity_type != "person":
        return False
    last = described["last"]
    if not DESCRIPTION_PREPOSITION.search(described.group(), 0, described.start("last")):
        noun = last.lower()
        return noun not in institution_heads() and (
            noun in titles() or noun in speaker_nouns() or noun in people_nouns()
        )
    # (the organisation or place by its name: "the bank, Morgan Stanley" may name the bank)
    return named is not None and last[:1].isupper()


# An office's portfolio between its noun and its holder's name: " of Finance ", " of the
# Interior " (not " to Senator ", " close to Mr. ": someone else's)
PORTFOLIO_BEFORE_NAME = re.compile(
    r" (?:of|for) (?:the )?[A-Z][\w'’-]*(?:,? (?:and |& |of |for )?[A-Z][\w'’-]*)* "
)
# Nouns of those who speak for or stand by someone else: "a spokesman for President Jo Roe" is
# not Jo Roe
RELATION_NOUNS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser", "advisor"}
    | {"lawyer", "attorney", "counsel", "assistant", "source", "sources", "friend", "friends"}
    | {"representative", "envoy", "ally", "allies", "associate", "official", "officials"}
)
DESCRIPTION_PREPOSITION = re.compile(r" (?:of|for|at|to|in|with|from|on|by) ")
DESCRIPTION_THEN_NAME = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w.-]*['’]s) (?:[\w'’-]+ ){0,5}?(?P<last>[\w'’-]+), "
    r"(?P<name>[A-Z][\w'’-]+(?: [A-Z]\.)?(?: [A-Z][\w'’-]+){1,2})"
    # (the name closing the clause, or an aside on it: "..., in a statement", "..., who ...")
    r"(?=\s*(?:[.;]|$)|, (?:who|a|an|the|in|on|at|during|after|adding|saying|noting)\b)",
    re.MULTILINE,
)
DESCRIBED_NAME = re.compile(
    # (no preposition right before the name: "said a protester in Tahrir Square", "said the
    # senator to Fox News" name a place and a listener; "said editor at large Jo Roe" is hers)
    r"(?:[a-z0-9][\w/'’-]*\s+){1,3}(?<!\bin )(?<!\bat )(?<!\bto )(?<!\bon )(?<!\bnear )"
    r"(?<!\boutside )(?<!\binside )(?P<name>[A-Z][\w'’-]+(?: [A-Z]\.)?(?: [A-Z][\w'’-]+){1,2})(?=\s*(?:[,.;]|\(|$))"
)
DETERMINER = re.compile(
    r"^(?:the|a|an|one|two|three|several|some|many|other|another|its|his|her|their)\s+",
    re.IGNORECASE,
)


# Patterns used inside the rules below, compiled once.
ARTICLE_AT_END = re.compile(r"\b(?:[Tt]he|[Aa]n?)$")
LAST_WORD = re.compile(r"[\w-]+$")
LOWERCASE_WORD_AT_END = re.compile(r"(?<![\w'’-])[a-z][\w-]+$")
POSSESSIVE_AT_END = re.compile(
    r"(?<![\w'’-])(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir) )?(?:[\w.&-]+ ){0,2}[\w.&-]+['’]s?$"
)
# Words of titles stripped before a name, at most: "The Union Minister for Tribal Affairs Shri"
TITLE_WORDS = 8
CONNECTED_NAME_AT_END = re.compile(
    r"[A-Z][\w'’-]* (?:and|of|for|&)$"
)  # "Electronics and", "Minister for"
WORD_AFTER_QUOTE_AT_END = re.compile(r"[”\"»],? [a-z0-9][\w/'’-]*$")
DESCRIBING_WORD_AT_END = re.compile(r"(?:(?<=[”\"»])[ ,]+|^)[a-z0-9][\w/'’-]*$")
CLAUSE_OPENER_AT_END = re.compile(
    r"\b(?:and|but|as|while|after|before|when|because|since|although|though|if|once|until|whereas|so|then|which|whom)$",
    re.IGNORECASE,
)
PARENTHESES_AT_END = re.compile(r"\s*\([^()]{1,40}\)$")
BETWEEN_COMMAS_AT_END = re.compile(r", ([^,]+),$")
# (and "I", "we": the writer of an opinion piece, a speaker of unknown name)
PRONOUN_AT_END = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|I|[Ww]e|[Ss]omeone|[Ss]omebody)$")
FROM_OR_BY_AT_END = re.compile(r"\b(?:from|by)\s+(?:the\s+)?$")
# "The next month", "The following day", "That same week": a time by the one before
THE_NEXT_PERIOD = (
    r"(?:The|That) (?:next|following|previous|same) (?:day|week|month|year|morning|afternoon"
    r"|evening|night|weekend)"
)
INTRODUCTORY_PHRASE = re.compile(
    r"(?:In|On|At|After|Before|During|Earlier|Later|Meanwhile|However)\b[^,]{0,60},\s+"
    # "Speaking Sunday on ABC’s “This Week,” Carson admitted ...": where the subject spoke
    r"|(?:Speaking|Talking|Writing|Appearing|Testifying|Responding|Replying)\b[^,.;:]{0,80},[”\"’]?\s+"
    # "Last month, FBI Director Jo Roe called ... but said ...", "Three years ago, ...", "For
    # months, ...": a phrase of time and its comma
    r"|(?:Last|This|Next|Since|Until|For|Over|Within|Throughout)\s[^,.;:]{1,40},\s+"
    rf"|{THE_NEXT_PERIOD},\s+"
    r"|(?:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Some|A few|Moments"
    r"|Minutes|Hours|Days|Weeks|Months|Years|Decades|\d+)(?: [a-z]+){0,2} (?:ago|later|earlier),\s+"
    # "At the same time House Speaker Jo Roe ...": a phrase of small words with no comma, up
    # to a capital (not "At the White House", "In a speech from Wyoming": its last word no
    # article or preposition)
    r"|(?:In|On|At|After|Before|During)\s+(?:[a-z]+\s+){0,3}"
    r"(?!(?:the|a|an|of|from|to|in|on|at|for|with|by|near|outside|inside|between|against|among"
    r"|over|about|under|into|than|like|across|around|through|toward|towards|via)\s)"
    # (nor a gerund's object: "After defeating Jo Roe in the primary")
    r"(?![a-z]+ing\s)[a-z]+\s+(?=[A-Z])"
    # "And then Trump went on the attack, saying ...": a conjunction opening the sentence
    r"|(?:And|But|Yet|So)(?:\s+(?:then|now|also|still))?\s+(?=[A-Z])"
)


@cache
def _opening_adverb() -> re.Pattern[str]:
    """ "Likewise, ", "Indeed, ", "Still, ": a word that opens sentences (rules/sentence_words.txt)
    and its comma, before the subject."""
    return re.compile(rf"(?:{trie_regex(sentence_words())}),\s+")


SUBJECT_PRONOUN = re.compile(r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b")  # lowercase after "Meanwhile,"
THE = re.compile(r"(?:the|The) ")
# "said he", "according to him": a pronoun alone before punctuation
OBJECT_PRONOUN = re.compile(r"(?:he|she|they|it|him|her)\b(?=\s*[,.;]|\s*$)")


@dataclass(frozen=True)
class SpeakerPhrase:
    start: int
    end: int
    text: str
    # entity, pronoun, nominal, name (capitalized but of no known kind), known, epithet (a
    # description of someone named before: '"...," said the coach'), group (people named by
    # what they are of: "Supporters of Jane Roe", nobody the article names)
    kind: str
    entity: EntitySpan | None = None
    known: ResolvedSpeaker | None = (
        None  # kind "known": a speaker resolved before ("..., adding, ...")
    )


@cache
def _nominal_noun_set() -> frozenset[str]:
    """Nouns that can head a speaker phrase: speaker nouns, document nouns, titles and the
    nouns of organisations' kinds ("news website X said")."""
    nouns = speaker_nouns() | document_nouns() | titles() | set(descriptions())
    # "The Governor pledged ...", "Data from X showed ...": capitalized after "the" or opening a sentence
    return frozenset(nouns | {noun[:1].upper() + noun[1:] for noun in nouns})


@cache
def _nominal_nouns() -> str:
    return trie_regex(_nominal_noun_set())


# "Figures released by the ONS", "a survey conducted on Monday by Gallup": data or a document,
# and the participle that says who made it, and when
MADE_WORDS = (
    r"(?:published|released|issued|compiled|collected|gathered|conducted|commissioned|produced"
    r"|prepared|presented|unveiled|carried out)"
)
MADE_BY = (
    rf"{MADE_WORDS}(?: (?:on|last|this|in|earlier) \w+(?:,? [A-Z][a-z]+ \d{{1,2}}(?:, \d{{4}})?)?,?)?"
    r" (?=by )"
)
# Capitalized words that name no body or place: months, weekdays and languages ("said the
# minister in French", "an official in March", "the ambassador in Geneva on Monday")
NOT_A_PLACE = (
    r"(?:January|February|March|April|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|English|French|Spanish|Arabic"
    r"|German|Russian|Chinese|Mandarin|Cantonese|Portuguese|Italian|Japanese|Korean|Hindi|Urdu"
    r"|Turkish|Persian|Farsi|Hebrew|Swahili|Dutch|Greek|Polish|Ukrainian)\b"
)
# What may follow the noun of a nominal speaker: "for the Ministry of X", "in the Clinton ad"
NOMINAL_OF_PHRASE = (
    # ("a report by the World Bank": who wrote it; "officials in Paris": where they are)
    rf"(?: (?:{MADE_BY})?(?:for|of|at|with|from|to|by|in(?! {NOT_A_PLACE})) (?:the )?(?:Mr\. |Mrs\. |Ms\. |Dr\. )?[A-Z][\w'’.-]*(?: (?:(?:of|and|for|the|on) )*(?!{NOT_A_PLACE})[A-Z][\w'’.-]*){{0,6}}"
    # "the former secretary of state", "the White House chief of staff"
    r"| of (?:state|staff)"
    # "a narrator in the Clinton ad", "a spokeswoman for the campaign"
    # ("data released by the statistics office": made by a body named in lowercase)
    rf"| (?:(?:{MADE_BY})?by|in|for|at|of|with|from) (?:the|a|an|its|his|her|their)"
    r" (?:[A-Za-z][\w'’.-]* ){0,2}[a-z][\w-]+"
    # "an official familiar with the investigation", "a source close to the talks"
    r"| (?:familiar with|close to|with knowledge of) (?:the |a |an |his |her |their |its )?(?:[\w'’.-]+ ){0,2}[\w'’-]+)"
)
NOMINAL_OF_PHRASE_AT_END = re.compile(NOMINAL_OF_PHRASE + "$")
OF_PHRASE_PREPOSITIONS = tuple(
    f" {word} "
    for word in ("for", "of", "at", "with", "from", "to", "by", "in", "familiar", "close")
)
PREPOSITION_SPACE = re.compile(
    " (?=(?:" + "|".join(word.strip() for word in OF_PHRASE_PREPOSITIONS) + f"|{MADE_WORDS}) )"
)
# Adverbs that open sentences, capitalized, which no noun phrase of a speaker starts with
OPENING_ADVERBS = (
    "Later|Earlier|Separately|Still|Yet|Now|Then|Today|Yesterday|Tonight|Instead|Moreover"
    "|Furthermore|Nonetheless|Nevertheless|Indeed|Finally|Overall|Recently|Previously|Currently"
    "|Meanwhile|However|Also|Likewise|Similarly|Additionally|Besides|Otherwise|Thus|Hence"
    "|Therefore|Accordingly|Consequently|Notably|Importantly|Ultimately|Initially|Subsequently"
    "|Eventually|Again|Already|Apparently|Clearly|Perhaps|Fortunately|Unfortunately"
    "|Interestingly|Specifically|Elsewhere|Lastly"
)
NOMINAL_MODIFIERS = 9  # a determiner and at most eight modifiers, one word each


@cache
def _nominal_pattern() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w.'’-])"
        # (not an adverb opening the sentence: "Later the minister said" is the minister; "The
        # Today programme presenter" keeps its word)
        rf"(?!(?:{OPENING_ADVERBS})\s)"
        r"(?:\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Aa]nother|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)?"
        # modifiers: "the former secretary of state and current party" but no clause or place
        # (nor a conjunction opening a clause: "As the mayor said, ...", "When the official said")
        r"(?:(?!(?:[Ii]n|[Aa]t|[Oo]n|[Ww]ith|[Ff]or|[Tt]o|[Ff]rom|[Bb]y|that|who|which|was|is|after|before|than|because|but|[Aa]s|[Ww]hen|[Ww]hile|[Ii]f|[Bb]ecause|[Aa]lthough|[Tt]hough|[Uu]nless)\s)"
        r"[\w.'’-]+\s+){0,8}?"
        r"(?P<noun>" + _nominal_nouns() + r")"
        r"(?:" + NOMINAL_OF_PHRASE + r")?$"
    )


@cache
def _noun_at_end() -> re.Pattern[str]:
    return re.compile(r"(?:" + _nominal_nouns() + r")$")


def _nominal_search(text: str, start: int, end: int) -> re.Match[str] | None:
    """`_nominal_pattern().search(text, start, end)`, tried only from a few words before a noun
    that ends at `end` or where a phrase "for ..." running to `end` starts: the pattern tried at
    every word of a long window costs more than all the rest of `speaker_before`."""
    noun_ends = [end] + [
        at
        for at in _prepositions(text, start, end)
        if NOMINAL_OF_PHRASE_AT_END.match(text, at, end)
    ]
    last = _noun_suffix_length()
    noun_starts = [
        noun.start()
        for noun_end in noun_ends
        # (a noun ends with one of few suffixes: most ends are ruled out without the pattern)
        if text[max(start, noun_end - last) : noun_end] in _noun_suffixes()
        and (noun := _noun_at_end().search(text, max(start, noun_end - _longest_noun()), noun_end))
    ]
    if not noun_starts:
        return None
    # a match starts at most a determiner and eight modifiers, one word each, before its noun
    words = [m.start() for m in NON_SPACE.finditer(text, start, min(noun_starts))]
    first = words[-NOMINAL_MODIFIERS - 1] if len(words) > NOMINAL_MODIFIERS else start
    return _nominal_pattern().search(text, first, end)


def _prepositions(text: str, start: int, end: int) -> list[int]:
    """Where " for ", " of ", ... start in `text[start:end]` (a match may share its spaces with
    the next one: " of to ")."""
    return [m.start() for m in PREPOSITION_SPACE.finditer(text, start, end)]


@cache
def _noun_suffix_length() -> int:
    return min(3, *(len(noun) for noun in _nominal_noun_set()))


@cache
def _noun_suffixes() -> frozenset[str]:
    """The last characters of every noun `_noun_at_end()` may match."""
    return frozenset(noun[-_noun_suffix_length() :] for noun in _nominal_noun_set())


@cache
def _longest_noun() -> int:
    return max(len(noun) for noun in _nominal_noun_set()) + 1


def titles_start(text: str, start: int, end: int) -> int:
    """`start + len(strip_titles(text[start:end]))`, reading only the last `SPEAKER_WINDOW`
    characters: the titles are the last few words."""
    near = window_start(text, start, end, SPEAKER_WINDOW)
    return near + len(strip_titles(text[near:end]))


# Lowercase particles inside names in other languages ("Bangko Sentral ng Pilipinas")
NAME_PARTICLES = frozenset({"ng", "de", "del", "da", "dos", "van", "von", "bin"})
_PARTICLE = "|".join(sorted(NAME_PARTICLES))
ORGANISATION_WITH_ACRONYM_AT_END = re.compile(
    rf"(?<![\w'’-])[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|{_PARTICLE}|do|of|and))*"
    r"\s+\([A-Z]{2,8}\)$"
)


# (the same words before a name are stripped by several rules of one speaker: where its titles
# start, whether its clause opens there, whether a quote's attribution is titles only; a
# few hundred, about one article's)
@lru_cache(maxsize=256)
def strip_titles(before: str) -> str:
    """ "The museum, Mr. " -> "The museum,": what stands before a speaker's titles."""
    before = before.rstrip()
    if not before:
        return before  # half the calls: a speaker who opens the clause
    before = cut_at_end(ARTICLE_AT_END, before).rstrip()
    original = before
    for _ in range(TITLE_WORDS):
        stripped = cut_at_end(TITLE_WORD_AT_END, before).rstrip()
        last = search_at_end(LAST_WORD, stripped)
        if (
            stripped == before
            and last
            # "Former aide Jane Roe": a noun naming a speaker is a title before a name, and
            # an organisation's kind before its name ("news website Fijian Village")
            and (
                last.group().lower() in titles()
                or last.group().lower() in title_modifiers()
                or last.group().lower() in speaker_nouns()
                or last.group().lower() in descriptions()
                # ("journalist Jane Roe", "businessman Jo Lee": an occupation written as a title)
                or last.group().lower() in occupations()
            )
        ):
            stripped = stripped[: last.start()].rstrip()
            # "company spokesman", "campaign manager": a plain noun before a title belongs to it
            modifier = search_at_end(LOWERCASE_WORD_AT_END, stripped)
            if (
                modifier
                and modifier.group() not in NOT_MODIFIERS
                and modifier.group() not in reporting_verbs()
            ):
                stripped = stripped[: modifier.start()].rstrip()
        # "The bureau's chief economist Jane Roe": whose title it is, before the title (not
        # "Jane Roe, head of the ministry's Trade Bureau": no title between it and the name)
        possessive = (
            search_at_end(POSSESSIVE_AT_END, stripped, spaces=3) if before != original else None
        )
        if stripped == before and possessive and possessive.end() == len(stripped):
            stripped = stripped[: possessive.start()].rstrip()
        connector = search_at_end(CONNECTED_NAME_AT_END, stripped, spaces=1)
        if stripped == before and connector:  # "Electronics and IT Minister"
            stripped = stripped[: connector.end() - len(connector.group().split()[-1])].rstrip()
        if stripped == before and before != original and stripped.endswith(")"):
            # "..., Bangko Sentral ng Pilipinas (BSP) governor": the organisation and its
            # acronym whose title it is, after the comma that ends what was said
            named = ORGANISATION_WITH_ACRONYM_AT_END.search(stripped, max(0, len(stripped) - 80))
            if named and stripped[: named.start()].rstrip().endswith(","):
                stripped = stripped[: named.start()].rstrip()
        if stripped == before:
            break
        before = stripped
    return before


OPENING_PHRASE = re.compile(
    r"\s*(?:In|At|On|During|After|Before|Since|From|Under|With)\s[^,;:.!?\"“”]{3,80}"
)
# "Last week the ministry said", "On Monday Jo Roe said": a phrase of time opening the
# sentence without its comma
_DAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_TIME_PHRASE = (
    r"(?:(?:Last|This|Next|Earlier|Later)\s+(?:week|month|year|weekend|night|morning"
    rf"|afternoon|evening|spring|summer|autumn|fall|winter|{_DAYS})|Yesterday|Today|On\s+{_DAYS})"
)
TIME_OPENING = re.compile(rf"\s*{_TIME_PHRASE}\s*")
# and before "the": where a speaker's noun phrase starts after it
TIME_OPENING_BEFORE_THE = re.compile(rf"{_TIME_PHRASE}\s+(?=the\s)")


def floor_is_sentence_start(text: str, floor: int) -> bool:
    """True when `floor` begins a sentence, not the text after a quote or a comma."""
    before = text[max(0, floor - 6) : floor]
    return "\n" in before or before.rstrip().rstrip("\"”’')")[-1:] in ("", ".", "!", "?")


@lru_cache(maxsize=4096)  # (the same names are asked about for each verb after them)
def clause_boundary_before(text: str, position: int, floor: int) -> bool:
    """True when `position` starts a clause: sentence start, after a comma, colon, quote or "and".

    Titles and honorifics before a name belong to it: "..., said Mr. Bush", "Tulsa police Chief Jane Roe".
    """
    near = window_start(text, floor, position, SPEAKER_WINDOW)  # (only the words near it count)
    before = strip_titles(text[near:position])
    # '"...," panel Chairman Jane Roe said': one word describing the speaker after a quote
    quoted_before = text[max(0, floor - 3) : floor].rstrip(" ,")[-1:] in ("”", '"', "»")
    if quoted_before or search_at_end(WORD_AFTER_QUOTE_AT_END, before, spaces=1):
        before = DESCRIBING_WORD_AT_END.sub("", before)
    return (
        not before
        or before[-1] in ',:;”"»—–('
        or before.endswith(" -")
        # "In a Bloomberg interview Trump declared": an opening phrase without its comma
        or (
            text[position : position + 1].isupper()
            and near == floor
            and floor_is_sentence_start(text, floor)
            and OPENING_PHRASE.fullmatch(before) is not None
            and before.split()[-1][:1].islower()
        )
        or search_at_end(CLAUSE_OPENER_AT_END, before) is not None
        or (
            near == floor
            # (a name, or "the" and a name: "Last week the Iraqi Oil Ministry said"; not "Last
            # month the ceasefire Hamas said it had accepted collapsed", a noun a clause
            # describes)
            and (
                text[position : position + 1].isupper()
                or (
                    text.startswith("the ", position)
                    and text[position + 4 : position + 5].isupper()
                )
            )
            and floor_is_sentence_start(text, floor)
            and TIME_OPENING.fullmatch(before) is not None
        )
    )


# "Supporters of ", "organizers of ": a group of people named by what they are of (one
# word, plural, before "of" and what follows it)
GROUP_OF_AT_END = re.compile(
    r"(?<![\w'’.-])(?P<group>[A-Za-z][a-z]{2,}[^s\W]s) of (?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.? )?$"
)


def speaker_before(
    text: str, index: EntityIndex, cue_start: int, floor: int, *, at_clause_start: bool = True
) -> SpeakerPhrase | None:
    """`_speaker_phrase_before`, but a group of people of a person, a country or a thing speaks
    as the group: "Supporters of Jane Roe say", "Citizens of Ukraine say", "Organizers of both
    conventions say" (not the person, the country or the thing; "the ministry" in "Officials
    of the ministry said" speaks for its officials)."""
    phrase = _speaker_phrase_before(text, index, cue_start, floor, at_clause_start=at_clause_start)
    if (
        phrase is not None
        and phrase.kind == "nominal"
        and phrase.text.startswith(("least ", "most "))
        and phrase.start - 3 >= floor
        and text[phrase.start - 3 : phrase.start] in ("at ", "At ")
    ):
        # "At least three people said": the "at" of "at least" is the phrase's
        start = phrase.start - 3
        phrase = SpeakerPhrase(start, phrase.end, text[start : phrase.end], "nominal")
    if phrase is None or not (
        phrase.kind in ("nominal", "name")
        or (
            phrase.kind == "entity"
            and phrase.entity
            and phrase.entity.entity_type in ("person", "country")
        )
    ):
        return phrase
    group = GROUP_OF_AT_END.search(text, max(floor, phrase.start - 30), phrase.start)
    if (
        group is None
        or group["group"].lower() in NOT_MODIFIERS
        or (at_clause_start and not clause_boundary_before(text, group.start(), floor))
    ):
        return phrase
    return SpeakerPhrase(group.start(), phrase.end, text[group.start() : phrase.end], "group")


def _speaker_phrase_before(
    text: str, index: EntityIndex, cue_start: int, floor: int, *, at_clause_start: bool = True
) -> SpeakerPhrase | None:
    """The speaker phrase that ends just before a reporting verb: "Jane Doe, deputy head of X said".

    When none is found and the words before the verb end with a comma, the aside that closes
    them is set aside and the phrase before it tried: "The official, who spoke on condition
    of anonymity, said", "Officials, speaking on condition ..., said".
    """
    phrase = _speaker_before(text, index, cue_start, floor, at_clause_start, strip_aside=False)
    if (
        phrase is not None
        and (
            text.endswith(INCLUDED_MEMBERS, floor, phrase.start)
            or (
                phrase.kind in ("entity", "name")
                # (the list an aside closed by its comma before the verb, as in the examples)
                and text[phrase.end : cue_start].strip() == ","
                and _a_member_named(text, floor, phrase.start)
            )
        )
    ):
        # "Other lenders, such as Acme Bank, said", "The United States, as well as Britain and
        # France, said": a member named is not the speaker
        phrase = None
    if (phrase is None or phrase.kind == "name") and (
        relative := _relative_clause_subject(text, index, cue_start, floor)
    ):
        return relative
    if phrase is not None and (subject := _subject_before_relative(text, index, phrase, floor)):
        return subject
    if phrase is None and _comma_before_verb(text, floor, cue_start):
        # (not tried again when no aside closes the words, nor when a person's name ends
        # before it: the appositive rule has tried that name already; "officials at <an
        # institution>, speaking ..." is a phrase that ends with a name)
        near = window_start(text, floor, cue_start, SPEAKER_WINDOW)
        segment = text[near:cue_start].rstrip()
        if not segment.endswith(","):  # "..., has said": the auxiliaries after the aside
            segment = AUXILIARIES.sub("", segment)
        kept = _without_closing_aside(segment)
        if kept is not segment:
            phrase = _speaker_before(
                text, index, cue_start, floor, at_clause_start, strip_aside=True
            )
            if phrase is None or phrase.kind == "name":
                # "Some voters who have listened to his speeches, on television, said": the
                # relative clause ends where the aside begins
                phrase = _relative_clause_subject(text, index, near + len(kept), floor) or phrase
    return phrase


# ", who ": a relative clause opening after its antecedent's comma (not "whose": "Jane Roe,
# whose deputy, John Lee, said" is the deputy speaking)
RELATIVE_AFTER_COMMA = re.compile(r", who ")


MEMBERS_REACH = 120
CLAUSE_OPENING = re.compile(r" (?:which|who|whom|that|when|where) ")


def _a_member_named(text: str, floor: int, position: int) -> bool:
    """Whether `position` is in a list of members that ", such as", ", as well as" ... opens
    before it, with no comma between (at most `MEMBERS_REACH` characters back)."""
    start = max(floor, position - MEMBERS_REACH)
    opened = max(text.rfind(opener, start, position) for opener in INCLUDED_MEMBERS)
    # (no clause between: "including one in January in which he stated")
    return (
        opened >= 0
        and text.find(",", opened + 1, position) < 0
        and text.find(";", opened + 1, position) < 0
        and not CLAUSE_OPENING.search(text, opened, position)
    )


def _subject_before_relative(
    text: str, index: EntityIndex, phrase: SpeakerPhrase, floor: int
) -> SpeakerPhrase | None:
    """The person opening the clause when the person found before the verb is the object of a
    relative clause on them, in apposition: "President John Mahama, who was swearing in the
    bank's new governor, Henry Kofi Wampah, urged ..." (one person is never another's
    appositive, so the relative clause runs on to the verb)."""
    entity = phrase.entity
    if entity is None or entity.entity_type != "person" or not text.endswith(", ", 0, phrase.start):
        return None
    near = window_start(text, floor, phrase.start, SPEAKER_WINDOW)
    who = RELATIVE_AFTER_COMMA.search(text, near, phrase.start)
    # (the relative clause runs on to the appositive: no comma between but the appositive's;
    # "Mr. Smith, who was arrested in May, is innocent, his lawyer, John Lee, said" is the
    # lawyer speaking)
    if who is None or text.count(",", who.end(), phrase.start - 2) > 0:
        return None
    subject = index.ending_at(who.start(), ("person",))
    if (
        subject is None
        or subject.entity_id == entity.entity_id
        or not clause_boundary_before(text, subject.start, floor)
    ):
        return None
    return SpeakerPhrase(subject.start, subject.end, subject.text, "entity", subject)


# "Collymore who has been on medical leave since October 2017 said": a relative clause with
# no commas around it, between the subject and its verb of saying
RELATIVE_WITHOUT_COMMAS = re.compile(r" (?:who|whose) [^,;:\"“”()\n]{3,120}$")


def _relative_clause_subject(
    text: str, index: EntityIndex, cue_start: int, floor: int
) -> SpeakerPhrase | None:
    """The person (or the speaker's noun: "a police official") who opens the clause and whom
    a relative clause without commas follows, up to the verb: "Collymore who has been on
    medical leave since October 2017 said"."""
    near = window_start(text, floor, cue_start, SPEAKER_WINDOW)
    end = near + len(text[near:cue_start].rstrip())
    who = text.find(" who", near, end)
    if who < 0:
        return None
    if not RELATIVE_WITHOUT_COMMAS.match(text, who, end) or index.ending_at(end, ("person",)):
        # ("the lawyer who won this case Jo Roe said": the person named last speaks; "officials
        # who spoke with The Huffington Post said": an organisation there is the verb's object)
        return None
    person = index.ending_at(who, ("person",))
    if person is not None:
        if not clause_boundary_before(text, person.start, floor):
            return None
        return SpeakerPhrase(person.start, person.end, person.text, "entity", person)
    # "a police official who requested anonymity told AFP": a speaker's noun before "who"
    nominal = _nominal_search(text, near, who)
    if (
        nominal is None
        or nominal.end() != who
        or not clause_boundary_before(text, nominal.start(), floor)
    ):
        return None
    return SpeakerPhrase(nominal.start(), nominal.end(), nominal.group(), "nominal")


def _speaker_before(
    text: str,
    index: EntityIndex,
    cue_start: int,
    floor: int,
    at_clause_start: bool,
    strip_aside: bool,
) -> SpeakerPhrase | None:

    def boundary(position: int) -> bool:
        return not at_clause_start or clause_boundary_before(text, position, floor)

    near = window_start(text, floor, cue_start, SPEAKER_WINDOW)
    segment = text[near:cue_start].rstrip()
    if segment.endswith(")"):
        # "data from the ONS released today (29 September) shows": the parentheses end the
        # words, before the auxiliaries
        without = PARENTHESES_AT_END.sub("", segment)
        if LAST_AUXILIARY.search(without, max(0, len(without) - AUXILIARY_REACH)):
            segment = without
    last = near + len(segment)
    auxiliary = LAST_AUXILIARY.search(text, max(near, last - AUXILIARY_REACH), last)
    trimmed = AUXILIARIES.sub("", segment) if auxiliary else segment
    # "the National Bureau of Statistics (NBS) said" (the pattern is tried only where it can match)
    if trimmed.endswith((")", ")\n")):
        trimmed = PARENTHESES_AT_END.sub("", trimmed)
    # "Kall -- co-editor of a book on the debates -- said": the aside between dashes describes
    # Kall; "the study -- which notes": the dash before a relative clause is not the speaker's
    aside = DASH_ASIDE_AT_END.search(trimmed) if trimmed.endswith(("--", "—", "–")) else None
    trimmed = trimmed[: aside.start()] if aside else trimmed.rstrip("-—– ")
    if strip_aside:
        # ("Jones, whose son was killed in Iraq, at a rally on Sunday, said": two asides)
        kept = _without_closing_aside(trimmed)
        trimmed = _without_closing_aside(kept) if kept is not trimmed else kept
    enclosed = BETWEEN_COMMAS_AT_END.search(trimmed)
    if enclosed and index.ending_at(
        near + enclosed.end() - 1, ("person", "institution", "country")
    ):
        trimmed = trimmed[
            :-1
        ]  # "The minister, Mr. Guajardo Villarreal, argues": the name between commas
    end = near + len(trimmed.rstrip())
    if end <= near:
        return None
    # "Sen. Ted Cruz of Texas said", "Jane Roe of Acme Corp said", "Jo Lee from the union
    # said": the person before "of", "from" or "at" and where they are from speaks, not the
    # place or the body (each such word of the window's last words tried, the first first)
    reach = max(near, end - OF_BODY_REACH)
    if any(f" {word} " in text[reach:end] for word in ("of", "from", "at", "with", "in")):
        for where in OF_BODY_AT_END.finditer(text, reach, end):
            person = index.ending_at(where.start(), ("person",))
            if (
                person is not None
                and where.group().startswith(" in ")
                and OBJECT_OF_PREPOSITION_AT_END.search(text[near : person.start])
            ):
                continue  # "Fans of Lionel Messi in Miami said": the fans speak, not Messi
            if person is not None and boundary(person.start):
                return SpeakerPhrase(person.start, person.end, person.text, "entity", person)
    pronoun = search_at_end(PRONOUN_AT_END, text[near:end])
    if pronoun:
        return SpeakerPhrase(near + pronoun.start(), end, pronoun.group(), "pronoun")
    entity = index.ending_at(end)
    if entity is None and text[end - 1 : end] == "." and _abbreviation_before(text, near, end - 1):
        # "John Roe Jr. said": the name ends before the period of its suffix
        entity = index.ending_at(end - 1)

    def opens_clause(entity: EntitySpan) -> bool:
        """Whether the name opens its clause, or a determiner and modifiers before it do: "The
        nonpartisan Commission on X says", "The Peruvian novelist Jane Roe, one of ..., told"."""
        if (
            entity.entity_type == "country"
            and entity.end == end  # (right before the verb: not "Even China, its ally, said")
            and (
                word := CAPITALIZED_WORD_BEFORE.search(
                    text, max(floor, entity.start - 30), entity.start
                )
            )
        ):
            written = word.group().strip()
            if not (
                written in sentence_words()
                or written.lower() in MONTHS
                or written.lower() in WEEKDAYS
                or written in nationalities()
            ):
                return False  # "Air India said", "Team Canada said": a longer name
        office = (
            OFFICE_AT_BODY_BEFORE.search(text, max(floor, entity.start - 40), entity.start)
            if entity.entity_type == "institution"
            and text.endswith(PREPOSITIONS_OF_A_BODY, max(0, entity.start - 9), entity.start)
            else None
        )
        if office is not None and (
            office["title"].lower() in titles() or office["title"].split()[-1].lower() in titles()
        ):
            # "Jane Roe, Director of the National Statistics Office, said": the office's holder
            # speaks, not the body the office is of
            return False
        if boundary(entity.start):
            return True
        modified = MODIFIED_NAME_START.search(
            text, max(floor, entity.start - MODIFIED_REACH), entity.start
        )
        if (
            modified
            and (
                (modified["nationality"] and modified["nationality"] not in nationalities())
                # "the foreign minister of France", "an analyst at the libertarian Cato Institute":
                # a name after a preposition is no modified name
                or modified.group().split()[-1] in NOT_MODIFIERS
                or any(word in PREPOSITIONS for word in modified.group().split()[1:])
            )
        ):
            modified = None
        if modified is not None and boundary(modified.start()):
            return True
        if entity.entity_type != "person":
            return False
        # "Chairman of the Suez Canal Authority Jo Roe said", "The head of the National
        # Treasury Jo Roe said": an office of a body named before the name, opening the clause
        office = OFFICE_OF_BODY_BEFORE.search(text, max(floor, entity.start - 90), entity.start)
        if (
            office is not None
            and office["title"].lower() in titles()
            and boundary(office.start("title"))
        ):
            return True
        if (
            entity.end == end
            and WORD_BEFORE_SUBJECT.search(text, max(floor, entity.start - 30), entity.start)
            and (opening := PARTICIPLE_OPENING.match(text, floor, entity.start))
            and text.find(",", opening.end(), entity.start) < 0
            and not FINITE_VERB.search(text, opening.end(), entity.start)
            and boundary(opening.start())
        ):
            # "Giving this information Shri Jo Roe said", "Speaking to reporters Mr Roe said":
            # the sentence opens with a participle's phrase, no comma closes it, and the name
            # right before the verb is its subject
            return True
        # "Billionaire entrepreneur Jane Roe said", "Top Republican Party donor Jane Roe said":
        # a person's description with no determiner, opening the sentence
        described = DESCRIBED_PERSON_START.search(text, max(floor, entity.start - 70), entity.start)
        return (
            described is not None
            and described["opener"] not in sentence_words()
            # a noun of a role, not a verb's form: "Lawyers representing Jane Roe said"
            and not described["role"].endswith(("ing", "ed"))
            and not any(
                word in NOT_MODIFIERS and word not in NAME_PARTICLES
                for word in described.group().lower().split()
            )
            and _describes_a_person(described.group().split()[1:-1])
            and boundary(described.start())
        )

    office = (
        OFFICE_OF_AT_END.search(text, max(near, entity.start - 40), entity.start)
        if entity is not None and entity.entity_type == "institution"
        else None
    )
    if office is not None and office["title"].lower() in titles() and boundary(office.start()):
        # "The Chairman of the Election Commission said": the one who holds the office speaks
        return SpeakerPhrase(office.start(), end, text[office.start() : end], "nominal")
    if entity and entity.entity_type != "law" and opens_clause(entity):
        return SpeakerPhrase(entity.start, entity.end, entity.text, "entity", entity)
    # "Name, title of Organization(,) said": the named entity before an appositive (which opens
    # with ", ": without one in the window no candidate can match, and none is looked at)
    candidates = (
        index.ending_between(near, end, ("person", "institution", "country"))
        if text.find(", ", near, end) >= 0
        else ()
    )
    for candidate in candidates:
        # (the appositive first: a regex anchored at the name fails at once on most of them;
        # "From Israel, the libertarian assured": a place after a preposition is no subject)
        if (
            APPOSITIVE.match(text, candidate.end, end)
            # ("Canada, where Prime Minister Jo Roe said": the clause's own subject speaks)
            and not text.startswith((", where ", ", when "), candidate.end)
            # ("Jo Roe, chairman of X, discussed the bills at the session, reported the agency":
            # a verb and its object after the appositive, the name's own clause, which a comma
            # closes before the verb; not "X, an outfit, launched a drive asking ...")
            and not (
                text[end - 1] == ","
                and NAME_AFTER_CUE.match(text, cue_start)
                and PREDICATE_AFTER_COMMA.search(text, candidate.end, end)
            )
            # (not "Jo Roe, a farmer, was not armed, police said": a verb after the appositive
            # and no comma before the verb of saying, whose subject is the words right before it)
            and not _subject_after_appositive(text, candidate.end, end)
            and opens_clause(candidate)
            and not PREPOSITION_BEFORE.search(text, max(0, candidate.start - 12), candidate.start)
        ):
            return SpeakerPhrase(
                candidate.start, candidate.end, candidate.text, "entity", candidate
            )
    nominal = _nominal_search(text, near, end)
    if nominal and nominal.group().rsplit(None, 1)[-1].lower() in NOT_MODIFIERS:
        nominal = None  # "the mayor for his record and (called)": no noun ends it
    # ("inflation has fallen, and recent data suggests": the conjunction joins the clauses)
    joined = LEADING_CONJUNCTION.match(nominal.group()) if nominal else None
    nominal_start = nominal.start() + joined.end() if joined else nominal.start() if nominal else 0
    # ("Last week the ministry said": the phrase of time opening the sentence is not the speaker's)
    when = TIME_OPENING_BEFORE_THE.match(text, nominal_start, end) if nominal else None
    if when is not None:
        nominal_start = when.end()
    if nominal and nominal.end() == end and boundary(nominal_start):
        # "the ministry" may be an entity itself; "a spokeswoman for Jane Doe" is not Jane Doe,
        # but "data from Eurostat" and "a report by the IMF" are the organization speaking.
        words = text[nominal_start:end]
        entity = index.ending_at(end)
        if (
            entity
            and entity.entity_type == "institution"
            and FROM_OR_BY_AT_END.search(text[nominal_start : entity.start])
        ):
            return SpeakerPhrase(nominal_start, end, words, "entity", entity)
        same = entity if entity and entity.start <= nominal_start + 4 else None
        return SpeakerPhrase(nominal_start, end, words, "nominal", same)
    phrase = _plain_noun_phrase(text, floor, end, at_clause_start)
    if phrase is not None:
        return phrase
    name = search_at_end(CAPITALIZED_NAME_AT_END, text, 2, near, end)
    if (
        name
        and name.end() == end
        and boundary(name.start())
        and _not_a_sentence_word(name.group().split())
    ):
        return SpeakerPhrase(name.start(), name.end(), name.group(), "name")
    owned = (
        search_at_end(OWNED_PHRASE_AT_END, text, 6, near, end)
        if text.find("s ", max(near, end - 40), end) >= 0
        else None
    )
    if owned and owned.end() == end and boundary(owned.start()):
        # "Scott's family said", "Acme's lawyers said": a noun a name owns
        return SpeakerPhrase(owned.start(), end, owned.group(), "nominal")
    if text[end - 1 : end] == "," or text.endswith(COMMA_IN_QUOTE, near, end):
        return _name_before_appositive(text, near, end, boundary, cut=near > floor)
    return None


# A pronoun's "'s", which is "is" or "has", not a possessive: "It's worth noting", "That's why"
PRONOUN_CONTRACTION = r"(?:It|That|There|Here|What|Who|He|She|Let|This)['’]s"
# A name and a noun in small letters it owns, ending the words before a verb ("Scott's family")
OWNED_PHRASE_AT_END = re.compile(
    rf"(?<![\w'’.-])(?!{PRONOUN_CONTRACTION}\s)"
    r"(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w-]*['’]s\s(?:[a-z][\w-]*\s){0,2}[a-z][\w-]*$"
)


# A sentence's first word that is a participle, then at least two words ("Giving this
# information", "Replying to questions"), not a pronoun ending the same way ("Nothing Jo Roe
# said was new") nor an adjective in a title ("Ranking Democrat Jo Roe")
# before the name, a lowercase word or an honorific: "since inception Shri Jo Roe"
WORD_BEFORE_SUBJECT = re.compile(r"(?:\b[a-z]+|\b(?:Mr|Mrs|Ms|Dr|Shri|Smt|Sri)\.?) $")
FINITE_VERB = re.compile(r" (?:is|are|was|were|has|have|had|will|would) ")
# The words that join a verb of saying to the clause before, its subject left out
JOINING_WORDS = frozenset({"and", "but", "or", "then", "also", "yet"})
SUBJECT_AFTER_APPOSITIVE_WORDS = 4


def _subject_after_appositive(text: str, start: int, end: int) -> bool:
    """Whether what looks like an appositive after a name (`text[start:end]`, up to a verb of
    saying) holds a clause of its own and ends with the verb's own subject: "Jo Roe, a farmer,
    was not armed, police said" ("police" said), not "Jo Roe, like Obama, has urged allies to
    spend more but has said" (a clause the verb goes on, its subject left out), nor "Jo Roe,
    who was chairman, said" (the appositive closes with its comma)."""
    if text[end - 1] == "," or text.count(", ", start, end) < 2:
        return False
    if not FINITE_VERB.search(text, start, end):
        return False
    last = text[text.rfind(", ", start, end) + 2 : end].split()
    return (
        0 < len(last) <= SUBJECT_AFTER_APPOSITIVE_WORDS
        and last[-1].lower() not in JOINING_WORDS
        # (a noun phrase: not "and afterwards", "in March", "where the coach", "in his
        # remarks", which go on the name's own clause)
        and (last[0].lower() in SUBJECT_DETERMINERS or last[0].lower() not in NOT_MODIFIERS)
        and last[0].lower() not in CLAUSE_OPENERS
        and not FINITE_VERB.search(" " + " ".join(last) + " ")
    )


# Words that open a subject's noun phrase though they are function words
SUBJECT_DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those"}
)
# Words that open no subject: an adverb, a participle or a relative before the verb
CLAUSE_OPENERS = frozenset(
    {"afterwards", "later", "then", "where", "speaking", "asked", "when", "now", "yesterday"}
)


PARTICIPLE_OPENING = re.compile(
    r"\s*(?!(?:Nothing|Something|Anything|Everything)\b)[A-Z][a-z]+ing(?: [\w'’-]+){2}"
)


def _not_a_sentence_word(words: list[str]) -> bool:
    """Whether a capitalized name's first word is no word that opens any sentence ("Meanwhile",
    "The"); "The Post", "The Tennessean": a newspaper's name opens with "The"."""
    if words[0] == "The" and len(words) > 1:
        words = words[1:]
    return words[0] not in sentence_words()


# What opens the members named of a group between it and its verb ("Other lenders, such as
# Acme Bank, said"): an aside, and the member no speaker
INCLUDED_MEMBERS = (
    ", including ",
    ", such as ",
    ", among them ",
    # "The United States, as well as Britain and France, said": others beside the speaker
    ", as well as ",
    ", along with ",
    ", together with ",
)
CLOSING_ASIDE_OPENERS = (
    ", who ",
    ", whose ",
    ", which ",
    ", speaking ",
    # "The minister, replying to a question in the House, has said"
    ", replying ",
    ", responding ",
    ", answering ",
    ", addressing ",
    ", talking ",
    # "Smith, in an interview on Tuesday, said", "The company, when asked about the layoffs,
    # said", "Clinton, during a town hall meeting in Columbus, Ohio, said": where, when or why
    # the subject spoke, set between commas before the verb
    ", in ",
    ", during ",
    ", at ",
    ", on ",
    ", when ",
    ", while ",
    ", after ",
    ", before ",
    ", citing ",
    ", asked ",
    ", like ",
    ", unlike ",
    ", as ",
    ", a ",
    ", an ",
    # "Several officials, including the mayor, said": members named of the group that speaks
    *INCLUDED_MEMBERS,
    # "He, however, explained": the writer's adverb
    ", however,",
    ", though,",
    ", too,",
    ", meanwhile,",
    ", in turn,",
    ", for his part,",
    ", for her part,",
    ", for its part,",
    ", for example,",
    ", for instance,",
    ", in particular,",
    ", likewise,",
)
ASIDE_BREAKS = re.compile(r"[«»:;]")
MAX_ASIDE = 200


COMMA_IN_QUOTE = (',"', ",”", ",''", ",’")


def _comma_before_verb(text: str, floor: int, cue_start: int) -> bool:
    """Whether the words before a verb end with a comma, before its auxiliaries if any: "The
    minister, replying to a question, has said" (a window of `AUXILIARY_REACH` characters)."""
    if last_non_space(text, floor, cue_start) == ",":
        return True
    start = max(floor, cue_start - AUXILIARY_REACH)
    end = start + len(text[start:cue_start].rstrip())
    if text.endswith(COMMA_IN_QUOTE, start, end):
        return True  # "Jo Roe, citing “the magic of Trump,” said": the aside's comma, quoted
    auxiliary = LAST_AUXILIARY.search(text, start, end)
    if auxiliary is None:
        return False
    return last_non_space(text, floor, auxiliary.start()) == ","


def _without_closing_aside(before: str) -> str:
    """`before` (ending with a comma) without the relative clause, participle or "a ..." aside
    that closes it: "The official, who spoke on condition of anonymity," -> "The official".
    The aside is the text after the last opener: one `rfind` each, no search per position."""
    floor = max(0, len(before) - MAX_ASIDE)
    start = max(before.rfind(opener, floor) for opener in CLOSING_ASIDE_OPENERS)
    if start <= 0 or ASIDE_BREAKS.search(before, start):
        return before
    # (a quote inside the aside, opened and closed in it: "Jo Roe, citing “the unique magic of
    # Trump,” said"; not the end of a quote the aside would run into)
    if not _quotes_paired(before, start, len(before)):
        return before
    return before[:start]


# ", a former director of the party,": an appositive that describes the name before it
DESCRIPTIVE_APPOSITIVE_START = re.compile(r", (?:a|an|the) ")


def _quotes_paired(text: str, start: int, end: int) -> bool:
    """Whether the quote marks of `text[start:end]` close each one opened there, if any."""
    window = text[start:end]
    return window.count("“") == window.count("”") and window.count('"') % 2 == 0


def _name_before_appositive(
    text: str, near: int, end: int, boundary, cut: bool
) -> SpeakerPhrase | None:
    """ "Jane Roe, a former director of the party, said": a capitalized name the entity rules
    did not type, then its appositive, among the last `SPEAKER_WINDOW` characters (`cut`: the
    clause starts before them, so a name at their start may be the end of a longer one)."""
    # (an appositive holds no colon or semicolon, nor a quote mark but a short title's: it starts
    # after the last one; 'Jo Roe, the co-author of "Going Viral," about ...,')
    marks = ":;«»" if _quotes_paired(text, near, end) else '"“”«»:;'
    floor = max([near, *(text.rfind(mark, near, end) + 1 for mark in marks)])
    for opening in DESCRIPTIVE_APPOSITIVE_START.finditer(text, floor, end):
        at = opening.start()
        name = search_at_end(CAPITALIZED_NAME_AT_END, text, 2, floor, at)
        if name and name.end() == at and name.group().split()[0] not in sentence_words():
            # only the first name before an appositive is tried, and only after punctuation or
            # at the start: one match per verb, and no clause test after "said Jane Roe, a ..."
            before = name.start()
            while before > floor and text[before - 1] in " \t":
                before -= 1
            opens = (
                text[before - 1] in '.!?,;:—–("“”\n' if before > floor else floor > near or not cut
            )
            if opens and boundary(name.start()) and APPOSITIVE.match(text, at, end):
                return SpeakerPhrase(name.start(), name.end(), name.group(), "name")
            return None
    return None


def _abbreviation_before(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` ends with an abbreviation that takes a period ("Jr", "Sr")."""
    word = end
    while word > start and text[word - 1].isalpha() and end - word <= 5:
        word -= 1
    return word < end and text[word:end] in abbreviations()


PLAIN_NOUN_PHRASE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Oo]ther|[Aa]nother|[Oo]ne|[Tt]wo|[Tt]hree|[Ee]ach|[Bb]oth|[Aa]ll|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our|(?<![\d.,])\d+)\s+)"
    r"(?:[\w'’-]+\s+){0,3}(?:[a-z][\w'’-]*|[A-Z][a-z]+s)$"
)


# ("Canadian handset maker BlackBerry said": a nationality may stand for the determiner)
PREPOSITIONS = frozenset({"at", "of", "for", "in", "with", "from", "by", "on", "to", "about"})
# ("Bahrain's leading telecom services operator Batelco has announced": a place's possessive
# for the determiner; read in the last `MODIFIED_REACH` characters before the name)
MODIFIED_REACH = 60
MODIFIED_NAME_START = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[A-Z][a-z]+['’]s|(?P<nationality>[A-Z][a-z]+))\s+(?:[a-z][\w-]*\s+){1,4}$"
)
# a description of a person before the name, no determiner: capitalized words then one or two
# in lowercase ("Billionaire entrepreneur", "Top Republican Party donor")
# ("Bangko Sentral ng Pilipinas (BSP) governor": an organisation's name in another language,
# with its particles, and its acronym in brackets)
# ("Voyage co-leader NIWA marine biologist Jo Roe": capitalized and lowercase words mixed,
# the opener an acronym too; at most three lowercase words, checked where it is used)
DESCRIBED_PERSON_START = re.compile(
    r"(?<![\w'’.-])(?P<opener>[A-Z][a-z][\w'’-]*|[A-Z]{2,8})\s+"
    rf"(?:(?:[A-Z][\w'’-]*|{_PARTICLE}|\([A-Z]{{2,8}}\)|[a-z][\w-]*)\s+){{0,5}}"
    r"(?P<role>[a-z][\w-]*)\s+$"
)
DESCRIBED_LOWERCASE_WORDS = 3
CAPITALIZED_WORD_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]* $")
# (what such a phrase ends with, tested before the pattern is tried)
PREPOSITIONS_OF_A_BODY = (" of ", " at ", " for ", " of the ", " at the ", " for the ")
# "Director of the ", "Chief Executive at ": a title and the preposition before its body
OFFICE_AT_BODY_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<title>(?:[A-Za-z][\w-]* )?[A-Za-z][\w-]*) (?:of|at|for) (?:the )?$"
)
OFFICE_OF_AT_END = re.compile(r"(?:\b[Tt]he )(?P<title>[A-Za-z][\w-]*) of (?:the )?$")
OFFICE_OF_BODY_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<title>[A-Za-z][\w-]*) of (?:the )?[A-Z][\w'’.-]*"
    r"(?: (?:(?:of|and|for|&)(?: the)? )?[A-Z][\w'’.-]*){0,6} $"
)


def _describes_a_person(words: list[str]) -> bool:
    """Whether the words between a description's opener and its role are modifiers: at most
    `DESCRIBED_LOWERCASE_WORDS` in lowercase, none a verb's form ("Police arrested suspect
    Jo Roe") unless it modifies titles ("retired", "acting")."""
    lowercase = [word for word in words if word[:1].islower() and word not in NAME_PARTICLES]
    return len(lowercase) < DESCRIBED_LOWERCASE_WORDS and not any(
        word.endswith(("ing", "ed")) and word not in title_modifiers() for word in lowercase
    )


LEDE_CAPITALS = re.compile(r"[A-Z]{2,}(?= [a-z])")
LEDE_REACH = 2000  # characters around a lede where its capitalized word is looked for in lowercase


def _lede_capitals(text: str, start: int, end: int) -> bool:
    """Whether a paragraph opens with a common word in capitals, as some wires write a lede
    ("CENTRAL banks in Indonesia held ..."): the word is written in lowercase nearby too
    ("central"), which no acronym ("NASA") is."""
    if start > 0 and text[start - 1] != "\n":
        return False
    caps = LEDE_CAPITALS.match(text, start, end)
    if caps is None:
        return False
    word = caps.group().lower()
    nearby = text[max(0, start - LEDE_REACH) : caps.end() + LEDE_REACH]
    return re.search(rf"\b{word}\b", nearby) is not None


LEADING_CONJUNCTION = re.compile(r"(?:and|but|or) ")
# (also "Testifying before the Senate Judiciary Committee, Smith said": a preposition and "the")
PREPOSITION_BEFORE = re.compile(
    r"\b(?:[Ff]rom|[Ii]n|[Aa]t|[Oo]n|[Ii]nside|[Oo]utside|[Nn]ear|before|to|with|by)(?: the)? $"
)
# "top black lawmakers said", "officials said": a bare plural, one to three words
BARE_PLURAL = re.compile(
    r"(?<![\w'’-])(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*[^s\W]s"
    # "elected officials from both parties"
    r"(?P<group> (?:from|in|at|across|of) (?:both|all|the|many|several) [a-z][\w-]+)?$"
)
# The word before a position, and the prepositions a clause may open with ("Unlike Democrats
# conservative commentators said": "Democrats" is the preposition's object, not a modifier)
WORD_BEFORE_SPACE = re.compile(r"(?<![\w'’-])(?P<word>[\w'’-]+)\s+$")
OPENING_PREPOSITIONS = PREPOSITIONS | {
    *("unlike", "like", "across", "among", "amid", "despite", "after", "before", "during"),
    *("under", "over", "against", "within", "without", "beyond", "since", "through", "outside"),
}


def _after_a_preposition(text: str, floor: int, position: int) -> bool:
    before = WORD_BEFORE_SPACE.search(text, max(floor, position - 20), position)
    return before is not None and before["word"].lower() in OPENING_PREPOSITIONS


# A capitalized word right before a plural that it may describe: "Chinese military commentators"
# (up to three: "Hillary Clinton's pollsters", the name whole; a possessive ends them)
CAPITALIZED_MODIFIER_AT_END = re.compile(
    r"(?<![\w'’.-])(?P<words>(?P<word>[A-Z][\w-]*)(?: [A-Z][\w-]*){0,2}(?:['’]s)?) $"
)
# "many of whom say", "people familiar with the talks said", "those close to him say"
GROUP_SPEAKER = re.compile(
    r"(?<![\w'’-])(?:(?:[Mm]any|[Ss]ome|[Mm]ost|[Aa]ll|[Ss]everal|[Nn]one|[Bb]oth) of (?:whom|them)"
    r"|(?:[Tt]hose|[Pp]eople|[Ss]ources|[Aa]ides|[Oo]fficials|[Pp]ersons"
    # ("a person familiar with the talks", "one source close to him": one of them)
    r"|(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:person|source|official|aide|insider|diplomat|executive))"
    r" (?:close to|familiar with|"
    r"briefed on|involved in|with knowledge of) [\w'’ .-]{2,40}?"
    # "those surveyed said", "voters polled say"
    r"|(?:[Tt]hose|[Pp]eople|[Vv]oters|[Rr]espondents|[Aa]dults|[Aa]mericans) (?:surveyed|polled|"
    r"interviewed|questioned|asked))$"
)
# What `PLAIN_NOUN_PHRASE` and `BARE_PLURAL` cannot match without, found faster than they are
# tried at every position: a determiner then a space, a plural at the end or its group.
PLAIN_DETERMINERS = (
    *("the", "a", "an", "several", "some", "many", "most", "other", "another", "one", "two"),
    *("three", "each", "both", "all", "his", "her", "their", "its", "my", "our", "your"),
)
DETERMINER_THEN_SPACE = re.compile(
    r"\s(?:"
    + "|".join(rf"(?<=\b[{w[0].upper()}{w[0]}]{w[1:]}\s)" for w in PLAIN_DETERMINERS)
    + r"|(?<=\d\s))"
)
PLURAL_END = re.compile(r"[^s\W]s$")
GROUP_OF_PLURAL = re.compile(r" (?:from|in|at|across|of) (?:both|all|the|many|several) [a-z]")
# Words without which `GROUP_SPEAKER` cannot match, found faster than it is tried everywhere
GROUP_WORDS = re.compile(
    r" of (?:whom|them)$| (?:close to|familiar with|briefed on|involved in|with knowledge of) "
    r"| (?:surveyed|polled|interviewed|questioned|asked)$"
)
# "Jane Roe of Acme Corp said", "Audun Maråk of the vessel owners' federation said", "Jo Lee
# from the union said", "Salama with WHO said" (US copy), "Sen. Ted Cruz of Texas said": where
# a person named before is from,
# a place, an organisation or a description, up to the verb (the match is the preposition;
# the words after it, to the end, are looked at, not taken: each preposition is tried)
OF_BODY_AT_END = re.compile(
    r" (?:of|from|at|with(?= (?:the )?[A-Z])) (?=(?:the )?[\w.'’&-]+(?: [\w.'’&-]+){0,7}$)"
    # ("The BBC's Jo Roe in Antananarivo says": where the person is, by its name)
    rf"| in (?!{NOT_A_PLACE})(?=[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}$)"
)
OF_BODY_REACH = 90
# "Critics of President ", "Voters for ": the clause opens with a group's noun and a preposition
# whose object the person is (not an opening phrase: "In a letter to Congress President ")
OBJECT_OF_PREPOSITION_AT_END = re.compile(
    r"(?:^|[,;:—–]\s+|\b(?:and|but)\s+)"
    r"(?!(?:In|At|On|After|Before|During|Since|From|Under|With|Speaking|Asked|Following|Amid)\b)"
    r"(?:[A-Za-z][\w'’-]*\s+){0,2}[A-Za-z][\w'’-]*\s+"
    r"(?:of|for|to|by|with|against|about|near|behind|around|outside|toward|towards|among|like)\s+"
    r"(?:(?:[A-Z][\w.'’-]*|former|late|then|acting|deputy|vice|ex-\w+|outgoing|incoming|ousted"
    r"|jailed|slain)\s+){0,5}$"
)
# How far back a share of people is looked for: "More than two-thirds of likely Republican voters"
QUANTIFIED_REACH = 80
# Words that may stand between a share and its people ("a majority of her backers")
SHARE_DETERMINERS = frozenset(
    {"the", "those", "these", "all", "its", "their", "his", "her", "our", "in", "out", "of"}
)


@cache
def _share_hint() -> re.Pattern[str]:
    """What a share of people cannot be without: a digit, a share word, "of", or "in" after a
    number and before another ("one in five", written with number words and no digit)."""
    words = trie_regex(number_words())
    return re.compile(
        rf"\d|%|percent|per cent|half|third|quarter|majority|minority| of "
        rf"|\b(?:{words}) in (?:{words})\b",
        re.IGNORECASE,
    )


@cache
def _quantified_group() -> re.Pattern[str]:
    """A share of people, as polls report them: "85% of Democrats", "Six in 10", "Almost half",
    "Sixty-six percent", "a majority of likely voters", "Nine in 10 registered voters"."""
    words = "|".join(number_words())
    number = rf"(?:\d+(?:\.\d+)?|(?:{words})(?:-(?:{words}))?)"
    share = (
        rf"(?:{number}\s?(?:%|percent\b|per cent\b)|{number} (?:in|out of) (?:\d+|{words})\b"
        r"|half|a third|a quarter|(?:one|two)-thirds|(?:one|three)-quarters|(?:a|the) (?:slim |narrow |large |clear )?(?:majority|minority))"
    )
    qualifier = (
        r"(?:(?:about|almost|nearly|roughly|around|more than|less than|fewer than|over|under"
        r"|at least|at most"
        r"|just|only|just over|just under|some) )?"
    )
    # "of Democrats", "of the party's voters", or a plural noun phrase: "registered voters"
    people = (
        r"(?: of(?: (?:the|those|these|all|its|their|his|her|our))? (?:[\w'’-]+ ){0,3}[\w'’-]+"
        r"| (?:[\w'’-]+ ){0,2}[\w'’-]+[^s\W]s)?"
    )
    return re.compile(rf"(?<![\w'’.-]){qualifier}{share}(?P<people>{people})$", re.IGNORECASE)


def quantified_group(
    text: str, floor: int, end: int, at_clause_start: bool = True
) -> re.Match[str] | None:
    """The share of people that ends at `end` and opens its clause (unless not
    `at_clause_start`), if any (a window of `QUANTIFIED_REACH` characters: a constant cost per
    verb)."""
    start = max(floor, end - QUANTIFIED_REACH)
    if not _share_hint().search(text, start, end):
        return None
    found = _quantified_group().search(text, start, end)
    if found is None or (
        at_clause_start and not clause_boundary_before(text, found.start(), floor)
    ):
        return None
    # "a third in May and analysts": the people are a noun phrase, with no clause word in it
    # (only the people's words: "Sixty-six percent" has no people, and "percent" is no clause word)
    tail = found["people"].lower().split()
    if tail[:1] == ["of"]:
        tail = tail[1:]
    if any(w in NOT_MODIFIERS and w not in SHARE_DETERMINERS for w in tail):
        return None
    return found


DASH_ASIDE_AT_END = re.compile(r"\s+(?:--|—|–)\s[^—–]{3,120}?\s(?:--|—|–)$")


def _plain_noun_phrase(
    text: str, floor: int, end: int, at_clause_start: bool = True
) -> SpeakerPhrase | None:
    """ "Several cast members said", "the announcer said", "63 percent said": a noun phrase of no known kind."""
    group = (
        GROUP_SPEAKER.search(text, max(floor, end - 70), end)
        if GROUP_WORDS.search(text, max(floor, end - 70), end)
        else None
    )
    if group and clause_boundary_before(text, group.start(), floor):
        return SpeakerPhrase(group.start(), group.end(), group.group(), "nominal")
    share = quantified_group(text, floor, end)
    if share is not None:
        return SpeakerPhrase(share.start(), share.end(), share.group(), "nominal")
    m = (
        PLAIN_NOUN_PHRASE.search(text, max(floor, end - 60), end)
        if DETERMINER_THEN_SPACE.search(text, max(floor, end - 60), end)
        else None
    )
    if not m or (at_clause_start and not clause_boundary_before(text, m.start(), floor)):
        plural_at_end = end - max(floor, end - 40) >= 2 and PLURAL_END.match(text, end - 2, end)
        m = (
            BARE_PLURAL.search(text, max(floor, end - 40), end)
            if plural_at_end or GROUP_OF_PLURAL.search(text, max(floor, end - 40), end)
            else None
        )
        if m is None:
            return None
        words = m.group().split()
        if words[0] in ("how", "what", "why", "where", "when", "whom", "which"):
            return None  # "how experts say it would work": a question, not a report
        while (
            len(words) > 1 and words[0] in NOT_MODIFIERS
        ):  # "and rights groups" -> "rights groups"
            words = words[1:]
        start = end - len(" ".join(words))
        group = m["group"] or ""
        noun_words = words[: len(words) - len(group.split())]
        if text[start:end] != " ".join(words) or (
            (at_clause_start and not clause_boundary_before(text, start, floor))
            or any(
                w in NOT_MODIFIERS or w in reporting_verbs() or w.endswith(("ing", "ly"))
                for w in noun_words
            )
            # "elected officials": a participle may describe the noun, but not be the noun
            or noun_words[-1].endswith("ed")
        ):
            return None
        # "Chinese military commentators", "Senate aides", "Trump fans": up to three capitalized
        # words that open the clause before the plural describe it (not "But", "Some",
        # "Nationally": no modifier; not "Unlike Democrats conservative commentators": a
        # preposition's object)
        modifier = CAPITALIZED_MODIFIER_AT_END.search(text, max(floor, start - 30), start)
        if (
            modifier is not None
            and modifier["word"].lower() not in NOT_MODIFIERS
            and modifier["word"].lower() not in OPENING_PREPOSITIONS
            and modifier["word"] not in sentence_words()
            and not any(word.endswith("ly") for word in modifier["words"].split())
            and clause_boundary_before(text, modifier.start(), floor)
            and not _after_a_preposition(text, floor, modifier.start())
        ):
            start = modifier.start()
        return SpeakerPhrase(start, end, text[start:end], "nominal")
    words = m.group().lower().split()
    if any(
        w in CLAUSE_WORDS and not _joins_plurals(words, i) for i, w in enumerate(words[1:], start=1)
    ):
        return None  # "the rules that were agreed" is a clause, not a speaker
    if words[-1] in NOT_MODIFIERS:
        return None  # "went after the mayor for his record and called": no noun ends it
    return SpeakerPhrase(m.start(), m.end(), m.group(), "nominal")


def _joins_plurals(words: list[str], i: int) -> bool:
    """Whether `words[i]` is an "and" or "or" between two plural nouns: "Her advisers and allies
    say" (not "the market fell and analysts say": a verb before the "and")."""
    return (
        words[i] in ("and", "or")
        and 0 < i < len(words) - 1
        and all(PLURAL_END.search(words[j]) for j in (i - 1, i + 1))
    )


# "Developers and supporters in Congress", "E.U. leaders", "Foreign policy analysts": a plural subject
SUBJECT_TITLE_WORDS = 3
SUBJECT_AT_SENTENCE_START = re.compile(
    # ("People in Fort Pierce", "Women in the region": plurals without an "s")
    r"(?:[A-Z][a-z]+s|People|Women|Men|Children|(?:[A-Z][\w.'’-]*\s+)(?:[a-z][\w'’-]*\s+){0,2}[a-z]+s)"
    r"(?:\s+(?:and|or|of|in|at|from|for|around|across|with)?\s*[\w'’-]+){0,8}"
)
NOT_IN_A_SUBJECT = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|do|does|did|\w{3,}ed|that|who|which)\b"
)


def subject_noun_phrase(text: str, start: int, end: int) -> SpeakerPhrase | None:
    """ "Developers and supporters in Congress say ...": a plural noun phrase that is the whole subject."""
    m = SUBJECT_AT_SENTENCE_START.fullmatch(text, start, end)
    if not m or m.group().split()[0] in sentence_words() or NOT_IN_A_SUBJECT.search(m.group()):
        return None
    if OPENING_PHRASE.match(m.group()):
        # "In a 2016 meeting with the board of the Post Trump said": the name ends the phrase
        name = CAPITALIZED_NAME_AT_END.search(m.group())
        if name is None:
            return None
        return SpeakerPhrase(m.start() + name.start(), m.end(), name.group(), "name")
    return SpeakerPhrase(m.start(), m.end(), m.group(), "nominal")


# A place's name closing an introductory phrase ("in Ames, Iowa, ", "in Portsmouth, N.H., "),
# and a day after it ("on Sunday, ")
PLACE_AFTER_INTRO = re.compile(r"(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?),\s+")
DAY_AFTER_INTRO = re.compile(r"(?:on|last|this)\s+[A-Z][a-z]+(?:\s+\d{1,2})?,\s+")
# A US state as the Associated Press abbreviates it: "N.H.", "Fla.", "Calif.", "D.C."
STATE_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2}|[A-Z][a-z]{1,4}\.")


def _a_place(name: str) -> bool:
    """Whether a name after a comma closing an introductory phrase is a place's: a country, a
    US state (or its abbreviation), a dateline city."""
    return (
        name in countries()
        or name.split()[0] in us_states()
        or name.upper() in dateline_cities()
        or STATE_ABBREVIATION.fullmatch(name) is not None
    )


def _person_after_titles(
    text: str, index: EntityIndex, position: int, end: int
) -> EntitySpan | None:
    """The person named right after up to `SUBJECT_TITLE_WORDS` title words from `position`
    (after one space): " Speaker Mike Johnson", " chief economist Jo Roe"."""
    if text[position : position + 1] != " ":
        return None
    position += 1
    for _ in range(SUBJECT_TITLE_WORDS):
        word = LEADING_TITLE.match(text, position, end)
        if word is None or word.group().strip().lower() not in titles():
            return None
        position = word.end()
        person = index.starting_at(position, ("person",))
        if person is not None:
            return person
    return None


def sentence_subject(text: str, index: EntityIndex, start: int, end: int) -> SpeakerPhrase | None:
    """The phrase that starts a clause: "Cruz exhorted Republicans ... and said ..." -> Cruz."""
    while start < end and text[start].isspace():
        start += 1
    intro = INTRODUCTORY_PHRASE.match(text, start, end) or _opening_adverb().match(text, start, end)
    if intro:
        start = intro.end()
        # "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton ...": the phrase goes on
        # over the place's state or country and the day, each between commas
        place = PLACE_AFTER_INTRO.match(text, start, end)
        if place and _a_place(place["place"]):
            start = place.end()
        when = DAY_AFTER_INTRO.match(text, start, end)
        if when:
            start = when.end()
    # "Israeli President Jane Roe ... and said": the name after up to three words of title
    position = start
    for _ in range(SUBJECT_TITLE_WORDS + 1):
        entity = index.starting_at(position)
        owned = (
            POSSESSIVE_S.match(text, entity.end, end)
            if entity and entity.entity_type == "country"
            else None
        )
        if owned and text[owned.end() : owned.end() + 1].isupper():
            # "Brazil's Petrobras posted ...": the country owns the subject, it is not it
            start = position = owned.end()
            continue
        if entity and entity.entity_type == "institution":
            # "House Speaker Mike Johnson ...", "IMF chief Jo Roe": the person the body's title
            # names speaks, not the body
            person = _person_after_titles(text, index, entity.end, end)
            if person is not None:
                return SpeakerPhrase(person.start, person.end, person.text, "entity", person)
        if entity and entity.entity_type != "law":
            role = _owned_noun().match(text, entity.end, end)
            if role is not None:
                # "Mayor Frank Jackson's spokesman defended ...": the person's spokesman
                phrase = text[entity.start : role.end()]
                return SpeakerPhrase(entity.start, role.end(), phrase, "nominal")
            return SpeakerPhrase(entity.start, entity.end, entity.text, "entity", entity)
        title = LEADING_TITLE.match(text, position, end)
        # (after the first word only capitalized ones: "The mayor of Springfield" is no title;
        # or a title word after a capitalized one: "Opposition leader Raila Odinga", "Union
        # spokesman Jo Lee")
        if title is None or (
            position > start
            and not text[position].isupper()
            and not (text[start].isupper() and title.group().strip().lower() in titles())
        ):
            break
        position = title.end()
    pronoun = SUBJECT_PRONOUN.match(text, start, end)
    if pronoun:
        return SpeakerPhrase(start, pronoun.end(), pronoun.group(), "pronoun")
    name = CAPITALIZED_NAME.match(text, start, end)
    if (
        name
        and name.group().split()[0] not in sentence_words()
        # "CENTRAL banks in Indonesia ... pledged": a lede's first word in capitals, no name
        and not _lede_capitals(text, name.start(), end)
    ):
        if (
            name.group().endswith(("'s", "’s"))
            and not re.fullmatch(PRONOUN_CONTRACTION, name.group())
            and (role := _owned_noun().match(text, name.end() - 2, end))
        ):
            # "Acme's lawyers filed ...": who speaks is the owner's, not the owner
            return SpeakerPhrase(
                name.start(), role.end(), text[name.start() : role.end()], "nominal"
            )
        return SpeakerPhrase(name.start(), name.end(), name.group(), "name")
    # "A New York judge has ...", "Several environmental groups granted ...": a noun phrase
    nominal = _subject_nominal_pattern().match(text, start, end)
    if nominal:
        return SpeakerPhrase(nominal.start(), nominal.end(), nominal.group(), "nominal")
    return None


POSSESSIVE_S = re.compile(r"['’]s ")


@cache
def _owned_noun() -> re.Pattern[str]:
    """A noun in small letters an entity owns, up to three words before a verb: "Frank
    Jackson's spokesman said", "Acme's lawyers filed", "Mexico's central bank raised"."""
    return re.compile(
        rf"['’]s (?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*\b(?=\s+(?:(?:{ly_adverb()}|also)\s+)?"
        rf"(?:say|says|said|told|wrote|{finite_verb(after_a_subject=True)})\b)"
    )


# "..., just minutes after President Jane Roe railed against it, saying ...": the clause a
# participle follows has its own subject
SUBORDINATE_SUBJECT = re.compile(
    r"\b(?:after|as|when|while|because|since|before|once|where)\s+(?=[A-Z])"
)


def participle_subject(text: str, index: EntityIndex, start: int, end: int) -> SpeakerPhrase | None:
    """Who speaks in a participle ("..., saying ...") that ends `text[start:end]`: the named
    subject of the last subordinate clause before it, else the sentence's subject."""
    clauses = list(SUBORDINATE_SUBJECT.finditer(text, start, end))
    for clause in reversed(clauses[-2:]):
        subject = sentence_subject(text, index, clause.end(), end)
        if subject is not None and subject.kind == "entity":
            return subject
    return sentence_subject(text, index, start, end)


@cache
def _subject_nominal_pattern() -> re.Pattern[str]:
    return re.compile(
        r"(?:[Tt]he|[Aa]n?|[Ss]everal|[Ss]ome|[Mm]any|[Tt]wo|[Tt]hree|[Oo]ther|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)"
        # (the words between are modifiers, never a verb of saying or a clause's start: in "The
        # judge said that individuals had ... and asked", the judge asks, not "individuals")
        r"\s+(?:(?!(?:said|says|say|told|that|who|which)\b)[\w'’-]+\s+){0,3}?(?:"
        + _nominal_nouns()
        # "His aides say it is too early but noted ...": a present verb of saying counts too
        # ("Other Republicans echoed ...": a group named by a capitalized plural)
        + r"|[a-z]+s|[A-Z][a-z]+[^s\W]s)"
        # ("A spokesman for Mayor Frank Jackson defended ...": a name the noun is of or for)
        + r"(?:\s+(?:for|of|at)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,4})?"
        + rf"\b(?=\s+(?:(?:{ly_adverb()}|also)\s+)?(?:(?:say|says|said|told|wrote)\b|"
        + finite_verb(after_a_subject=True)
        + "))"
    )


@cache
def _description_subject_pattern() -> re.Pattern[str]:
    return re.compile(
        r"(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w'’-]*\s+){0,3}?(?:" + _nominal_nouns() + r")\b(?=\s+[a-z])"
    )


def description_subject(text: str, start: int, end: int) -> SpeakerPhrase | None:
    """ "The judge held: ...", "The rookie coach summed it up: ...": a description of someone
    (a speaker noun after a determiner) opening the clause, whatever its verb."""
    while start < end and text[start].isspace():
        start += 1
    m = _description_subject_pattern().match(text, start, end)
    return SpeakerPhrase(m.start(), m.end(), m.group(), "nominal") if m else None


def speaker_after(
    text: str, index: EntityIndex, cue_end: int, ceiling: int
) -> SpeakerPhrase | None:
    """The speaker phrase right after an inverted reporting verb: `..., said John Roe, head of ...`;
    none when a finite verb follows it, the subject of what was said ("..., said Mueller should
    be fired", "said Japan wanted peace")."""
    phrase = _speaker_after(text, index, cue_end, ceiling)
    if phrase is None:
        return None
    if phrase.kind in ("entity", "name"):
        verb = _finite_after().match(text, phrase.end, ceiling)
        # (a participle and its phrase describe the speaker: "said Vladimir Putin quoted by RIA")
        if verb is not None and not PARTICIPLE_PHRASE.match(text, verb.end(), ceiling):
            return None
    elif FINITE_AFTER.match(text, phrase.end, ceiling):
        return None  # (not a participle: "said a senior official based in Kabul")
    return phrase


@cache
def _finite_after() -> re.Pattern[str]:
    return re.compile(r" +" + finite_verb())


# What follows a participle describing the one named before it: "quoted by", "based in",
# "reached Tuesday", "named Ali"
PARTICIPLE_PHRASE = re.compile(
    r" +(?:by|in|at|on|to|from|with|as|near|outside|inside|about|only|for|under|over|after"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[A-Z])"
)


def _speaker_after(
    text: str, index: EntityIndex, cue_end: int, ceiling: int
) -> SpeakerPhrase | None:
    start = cue_end + 1 if text[cue_end : cue_end + 1] == " " else cue_end
    if start >= ceiling:
        return None
    # "said Rep. John Mica", "said Chief Justice Jane Roe": titles before the name
    if not index.starting_at(start, ("person",)):
        offset = 0
        owned = 0  # words up to an owner's possessive ("the Faroes' Irish coach Jo Roe")
        verbal = False  # a verb or a function word after the owner's possessive
        previous = ""
        for count in range(LEADING_TITLE_WORDS):
            word = LEADING_TITLE.match(text, start + offset, ceiling)
            if not word:
                break
            # "said a spokesman for Prime Minister Jo Roe", "said the son of President Jo
            # Roe": a determiner or a preposition before the title starts someone else's
            # description; beyond three words, only a title's words (capitalized, or joining
            # them) lead to the name ("said Environment and Urbanization Minister Jo Roe")
            written = word.group().rstrip()
            if (
                written in PREPOSITIONS_BEFORE_A_TITLE
                # ("said the Rev. Jo Roe": a determiner before a title's capital goes on)
                or (
                    written in DETERMINERS_BEFORE_A_TITLE
                    and text[word.end() : word.end() + 1].islower()
                )
                or (count - owned >= 3 and not (written[:1].isupper() or written in TITLE_JOINERS))
            ):
                break
            if written.endswith(("'s", "’s", "s'", "s’")):
                owned = count + 1
            elif owned and (
                written.lower() in NOT_MODIFIERS
                or (
                    written.endswith("ing")
                    and previous.lower() in titles()
                    and written.lower() not in title_modifiers()
                )
            ):
                verbal = True  # ("the Reds' manager praising", "the Reds' manager who praised")
            previous = written
            offset = word.end() - start
            if index.starting_at(start + offset, ("person",)):
                if (
                    owned
                    and count >= 3
                    and not (written[:1].isupper() or written.lower() in titles())
                    and verbal
                ):
                    # ("said the Reds' manager praising Jo Roe", "... manager about Jo Roe": a
                    # verb or a function word before her, not a description: "said the
                    # Cowboys' All-Pro linebacker Micah Parsons")
                    break
                start += offset
                break
    entity = index.starting_at(start)
    determiner = THE.match(text, start, ceiling)
    if entity is None and determiner:
        entity = index.starting_at(determiner.end(), ("institution", "country", "document"))
    if entity is not None and entity.entity_type in ("institution", "country"):
        # "said Oxfam International interim Executive Director Jo Roe": the organisation's
        # officer, named after her titles, speaks
        position = entity.end + 1 if text[entity.end : entity.end + 1] == " " else entity.end
        for _ in range(SUBJECT_TITLE_WORDS + 1):
            officer = index.starting_at(position, ("person",))
            if officer is not None:
                return SpeakerPhrase(officer.start, officer.end, officer.text, "entity", officer)
            word = LEADING_TITLE.match(text, position, ceiling)
            written = word.group().strip() if word else ""
            if not (
                written[:1].isupper()
                or written.lower() in titles()
                or written.lower() in title_modifiers()
            ):
                break  # "said the EU would ask Jo Roe": no title between
            position = word.end()
    if entity and entity.entity_type != "law":
        return SpeakerPhrase(entity.start, entity.end, entity.text, "entity", entity)
    pronoun = OBJECT_PRONOUN.match(text, start, ceiling)
    if pronoun:
        return SpeakerPhrase(start, pronoun.end(), pronoun.group(), "pronoun")
    name = CAPITALIZED_NAME.match(text, start, ceiling)
    if name and name.group().split()[0] not in sentence_words():
        return SpeakerPhrase(start, name.end(), name.group(), "name")
    # "said 9/11 widow Jane Roe.", "said panel chairman John Roe,": a name after a few descriptive words
    described = DESCRIBED_NAME.match(text, start, ceiling)
    if (
        described
        and text.endswith(" for ", start, described.start("name"))
        and DETERMINER.match(text[start : described.start("name")])
    ):
        # '"...," said a spokesman for President Jo Biden': whom the spokesman speaks for (a
        # title without an article names its holder: "said special envoy for Ukraine Jo Roe")
        described = None
    if described and described.group("name").split()[0] not in sentence_words():
        return SpeakerPhrase(
            described.start("name"), described.end("name"), described.group("name"), "name"
        )
    # '"...," said his best friend at Lehigh, Bruce Turry, who ...': a description, then the name
    # it describes between commas (a full name, closing the clause or followed by its aside)
    described = DESCRIPTION_THEN_NAME.match(text, start, ceiling)
    if described and described["name"].split()[0] not in sentence_words():
        named = index.starting_at(described.start("name"))
        if _describes_the_name(described, named):
            if named is not None:
                return SpeakerPhrase(named.start, named.end, named.text, "entity", named)
            return SpeakerPhrase(
                described.start("name"), described.end("name"), described["name"], "name"
            )
    nominal = _nominal_after_pattern().match(text, start, ceiling)
    end = nominal.end() if nominal else start
    if nominal and nominal["after"]:
        # "said a person close to the Clintons": what follows the noun describes the speaker,
        # but data and documents speak for their issuer, as before a verb ("according to the
        # data from the Korea Trade Association"), and a sentence's period is no part of it
        words = nominal["after"].split()
        if (nominal["noun"] or "").lower() in document_nouns():
            end = nominal.end("noun")
        elif words[-1].endswith(".") and words[-1][:-1] not in abbreviations():
            end -= 1
    if nominal and FINITE_AFTER.match(text, end, ceiling):
        nominal = None  # "said the candidate could win": the subject of what was said
    if (
        nominal
        and nominal["noun"]
        and nominal["noun"].lower() not in RELATION_NOUNS
        and (person := index.ending_at(end, ("person",)))
        and person.start > nominal.end("noun")
        and PORTFOLIO_BEFORE_NAME.fullmatch(text, nominal.end("noun"), person.start)
    ):
        # "As noted by the Minister of Finance Lena Voss": the office's holder, named after its
        # portfolio (not "a source close to Mr. Trump", "a spokeswoman for Gov. Andrew Cuomo")
        return SpeakerPhrase(person.start, person.end, person.text, "entity", person)
    if nominal:
        return SpeakerPhrase(start, end, text[start:end], "nominal", index.starting_at(start))
    # '"...," said the coach.', "..., said the 45-year-old.": after the verb, a determiner and
    # a noun closing the clause are the speaker, whatever the noun (not "the next day")
    described = (
        DETERMINED_SPEAKER_AFTER.match(text, start, ceiling)
        if VERB_AFTER_CLAUSE.search(text, max(0, cue_end - 30), cue_end)
        else None
    )
    if (
        described
        and described["noun"].lower() not in TIME_NOUNS
        # ("The union, which represents workers, argues the deal is unfair": a clause)
        and not any(word in FINITE_WORDS for word in described.group().split())
    ):
        kind = "epithet" if described.group()[:1] in "Tt" else "nominal"
        return SpeakerPhrase(start, described.end(), described.group(), kind)
    return None


DETERMINED_SPEAKER_AFTER = re.compile(
    # ("said a handful of Democrats who point to ...": a relative clause on the noun)
    r"(?:[Tt]he|[Aa]n?) (?:[\w'’-]+ ){0,3}?(?P<noun>[a-z0-9][\w'’-]*|[A-Z][a-z]+s)"
    r"(?=[,;]? *(?:[.!?;]|$)|, (?:who|a|an|the)\b| who\b)",
    re.MULTILINE,
)
# The verb right after what was said and its comma (or a quote's "?" or "!"): '"...," said'
# (not '"fiscal discipline" explains the surplus', where the quote is the subject)
VERB_AFTER_CLAUSE = re.compile(r"(?:[,‚]|[?!][\"”’»])[\"”’»]? *[a-z]+$")
FINITE_AFTER = re.compile(
    r" +(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did"
    r"|do)\b"
)
FINITE_WORDS = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could"}
    | {"should", "may", "might", "must", "do", "does", "did", "be", "been", "not"}
)
TIME_NOUNS = frozenset(
    {"day", "week", "month", "year", "morning", "afternoon", "evening", "night", "time"}
    | {"weekend", "moment", "end", "past", "future", "way", "same", "other", "rest", "most"}
)


INDEFINITE_PERSON_NOUNS = (
    "woman",
    "man",
    "mother",
    "father",
    "businessman",
    "businesswoman",
    "person",
)


@cache
def _nominal_after_pattern() -> re.Pattern[str]:
    # ("..., says finance minister": a headline drops the article before a title, and ends)
    return re.compile(
        r"(?:(?:the|a|an|one|two|three|several|some|many) (?:[\w'’-]+ ){0,3}(?P<noun>"
        + _nominal_nouns()
        + r")\b"
        # '"...," said one woman': someone new, by an indefinite article (after "the" these
        # are as often an epithet of someone named, which the resolver reads)
        + r"|(?:a|an|one|another) (?:[\w'’-]+ ){0,2}(?:"
        + "|".join(INDEFINITE_PERSON_NOUNS)
        + r")\b)"
        # "said a person close to the Clintons", "said a spokeswoman for the campaign": what
        # follows the noun, as before a verb (its capitals read as written)
        # (only a whole phrase, up to the clause's end or a word that opens what follows: not
        # "said a woman with her child in her arms" cut at "her")
        + rf"(?:(?P<after>(?-i:{NOMINAL_OF_PHRASE}))"
        + r"(?=[ \t]*(?:[.,;:!?)]|$)| (?:who|which|on|in|at|after|before|during|as|when|while)\b))?"
        + rf"|(?:[a-z][\w'’-]* ){{0,2}}(?:{trie_regex(t for t in titles() if t.islower())})"
        + r"(?=[ \t]*$)",
        re.IGNORECASE | re.MULTILINE,
    )
