"""Statements: direct quotes and reported speech, each with its speaker resolved.

Direct: `"...," she said`, `"...," said Name, title`, `Name said: "..."`, a quote whose
speaker is in the neighbouring sentence. Indirect: `X said (that) ...`, `..., X said`,
`..., said X`, `according to X, ...`, `..., adding that ...`, `X pledged to ...`.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from pipeline.entities.resolution import ResolvedSpeaker, SpeakerResolver, entity_speaker
from pipeline.entities.transcripts import SpokenTurn
from pipeline.extract.article_country import dateline_cities
from pipeline.extract.dates import MONTHS, WEEKDAYS
from pipeline.extract.lexicon import (
    countries,
    demonym_country,
    document_nouns,
    finite_verb,
    function_words,
    nationalities,
    occupations,
    one_person_nouns,
    people_nouns,
    plural,
    read_list,
    reporting_verbs,
    speaker_nouns,
    titles,
    trie_regex,
)
from pipeline.extract.quotes import Quote, find_quotes
from pipeline.extract.saying import SOURCE_OPENINGS, finditer_after_verb, verbs_of_saying
from pipeline.extract.scan import (
    NON_SPACE,
    Matches,
    finditer_word,
    has_words,
    is_blank,
    is_word_char,
    last_non_space,
    search_at_end,
    window_start,
)
from pipeline.extract.sorted_spans import SortedSpans
from pipeline.extract.spans import EntityIndex, EntitySpan
from pipeline.extract.speakers import (
    CLAUSE_WORDS,
    MADE_WORDS,
    NOT_MODIFIERS,
    RAISING_VERBS,
    SPEAKER_WINDOW,
    THE_NEXT_PERIOD,
    SpeakerPhrase,
    clause_boundary_before,
    description_subject,
    participle_subject,
    quantified_group,
    sentence_subject,
    speaker_after,
    speaker_before,
    strip_titles,
    subject_noun_phrase,
    titles_start,
)
from pipeline.extract.text import Sentence, paragraph_sentences, paragraphs, split_sentences
from pipeline.model import Statement

# Every single-word reporting verb in -ing ("adding", "stating"): the rule file is the one list
PARTICIPLES = frozenset(
    verb for verb in reporting_verbs() if verb.endswith("ing") and " " not in verb
)
# Verbs of asking report a question: "asked whether ...", "asks: ..."; "asked X about Y" is no
# statement, nor "questioned the decision" (a doubt about a thing), "wondered about it"
# ("questions" and "wonders" are not among them: nouns as often, "directed questions to")
ASKING = frozenset({"asked", "asks", "asking", "questioned", "wondered", "queried"})
WARNING_OR_ASKING = frozenset(
    {"warned", "warns", "warning", "cautioned", "cautions", "asked", "asks", "asking"}
)
# Verbs whose object is the one told, before what was said ("told" has rules of its own)
HEARER_CUES = frozenset(
    {
        *("warned", "warns", "cautioned", "cautions", "assured", "assures"),
        *("reassured", "reassures", "reminded", "reminds", "informed", "informs"),
        *("inform", "notify", "remind", "warn"),  # "wishes to inform the public that"
    }
)
THAT_AFTER_OBJECT = re.compile(r",?\s+that\b")
OWNED_OBJECT = re.compile(r"\s+(?:its|his|her|their|our|my|your) [\w-]+")  # "informed its clients"
# After the object, a word that can open a clause: not a verb, which would make the "object"
# the clause's subject, nor a participle or a relative pronoun, which go on describing it
# ("warned governments facing debt crises must act")
SUBJECT_AFTER_OBJECT = re.compile(
    r"\s+(?!(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did"
    r"|does|do|not|to|who|which|whose)\b|[a-z]+ed\b|[a-z]+ing\b)"
)
QUESTION_AFTER_ASK = re.compile(
    r"\s*(?::|,?\s*[\"“«]|(?:whether|if|why|how|what|when|where|who)\b)"
)
ASKED_SOMEONE_THEN_QUESTION = re.compile(
    r"\s+(?:(?!(?:to|for|about|that|by)\s)[\w.'’-]+\s+){1,5}?(?=(?:whether|if|why|how|what|when|where|who|which)\s)"
)
NAMING_WORDS = re.compile(
    r"\b(?:titled|entitled|called|named|dubbed|headlined|known as|so-called|term|phrase|slogan|words?|motto|theme|hashtag|label(?:ed|led)?|marked|reads?)\s*,?\s*$",
    re.IGNORECASE,
)
# The same words ending the text (their spaces and comma cut off before: see `_names_a_term`)
NAMING_WORDS_AT_END = re.compile(
    NAMING_WORDS.pattern.removesuffix(r"\s*,?\s*$") + "$", re.IGNORECASE
)
TIME_AFTER_CUE = re.compile(
    r"(?:\s+(?:on|last|this|early|late|earlier|later)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekend|week|month|year|night|morning|afternoon|evening)\b"
    r"|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+(?:then|later|earlier|afterward|at the time)(?: (?:in|on|that|this) (?:the )?(?:day|week|month|year|morning|afternoon|evening)\b)?"
    # "reported a few days later that ...", "said two years ago that ..."
    r"|\s+(?:a few|a couple of|several|some|an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r" (?:minutes?|hours?|days?|weeks?|months?|years?|decades?) (?:later|earlier|ago|afterwards?)\b(?=\s+that\b)"
    # "said after the convention he would ...": a time, then the content's own subject
    r"|\s+(?:after|before|during) the [\w-]+(?= (?:he|she|they|it|we|I)\b)"
    r"|\s+in (?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?|\d{4})(?=[,\s])"
    r"|\s+in (?:an?|his|her|their|its|the) (?:[\w-]+ )?(?:statement|interview|speech|letter|post|report|press release|briefing|note|email|television interview|filing)"
    # (then a comma, "that", the end, a time, or the reported clause's own subject)
    r"(?:(?: [^,.\"“]{0,40}?)?(?=,|\s+that\b|\s*$)"
    r"|(?=\s+(?:the|its|his|her|their|it|he|she|they|we|this|these|those|there)\s|\s+on\s+\w+day\b))"
    r"|\s+at an? (?:press conference|news conference|briefing|event|meeting|forum|hearing)(?: [^,.\"“]{0,40}?)?(?=,|\s+that\b|\s*$))*"
)
TOLD_OBJECT = re.compile(
    # ("told legislators", "told foreign investors": people, a plural noun with at most one
    # modifier)
    # ("told Fox News host Jo Roe", "told radio host Jo Roe": an interviewer's role and name)
    r"\s+(?:(?:[A-Z][\w.'’-]*\s+){0,3}(?:(?:radio|television|talk show|show)\s+)?(?:host|anchor"
    r"|interviewer|moderator|reporter|correspondent|columnist)\s+[A-Z][\w'’-]*(?:\s+[A-Z]\.)?\s+[A-Z][\w.'’-]*"
    r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
    # ("told parliament he would ...": a word in small letters, then a clause's pronoun)
    r"|[a-z]{2,}(?=\s+(?:he|she|they|it|we|I|there)\s)|(?:(?!(?:him|her|them|us|me|you|it|a|an|the)\b)[a-z]+(?<!s) )?[a-z]{2,}[^s\W]s\b"
    # (not "told the court his client ...", "told the BBC the plan ...": a possessive or a
    # determiner opens the clause's subject; "told a news conference": up to two words after
    # the article)
    r"|the [\w-]+(?: (?!(?:he|she|it|they|we|I|you|there|his|her|its|their|our|my|your|the|a|an|this|that|these|those)\b)[\w-]+)?"
    r"|an? [\w-]+(?: (?!(?:he|she|it|they|we|I|you|there|his|her|its|their|our|my|your|the|a|an|this|that|these|those)\b)[\w-]+)?"
    # ("told his closest advisers": people of the speaker's, a plural noun)
    r"|(?:his|their|its|our|my) (?:[a-z][\w-]* ){0,2}(?!news\b)[a-z]{2,}[^s\W]s\b"
    r"|him|her|them|us|me)"
)
SUBORDINATE_BEFORE_QUOTE = re.compile(
    r"\b(?:after|when|because|while|since|before|until|if|quoted)\b"
)
# Prepositions of where or when something was told ("told reporters at the White House")
SETTING_PREPOSITIONS = ("at", "in", "on", "during", "before", "after", "outside", "inside", "from")
_SETTING = "(?:" + "|".join(SETTING_PREPOSITIONS) + ")"
# Words between the one told or the thing told and its head noun ("the story of", "a joke at")
OBJECT_LINKS = frozenset({"of", *SETTING_PREPOSITIONS})
# What is told that is no one spoken to: "told a joke", "told the story of ..."
TOLD_THINGS = frozenset(
    {"joke", "jokes", "story", "stories", "tale", "tales", "truth", "lie", "lies", "anecdote"}
)
# A preposition the one told was read to end with ("the BBC before"): it opens where or when
SETTING_WORD_AT_END = re.compile(rf" {_SETTING}$")
# Where or when something was told, then the subject of the clause told
SETTING_BEFORE_CLAUSE = re.compile(
    rf"\s+{_SETTING}\s+"
    r"(?:(?:the|a|an|his|her|their|its|this|last)\s+)?(?:[\w'’.-]+\s+){0,5}?"
    r"(?=(?:he|she|they|it|we|I|there|the|a|an|his|her|their|its)\s)"
)
# "told his advisers as he labored over ...": when, not what, after the one told
WHEN_AFTER_THE_ONE_TOLD = re.compile(r"\s+(?:as|while|when|before|after|during)\s")
INTENT_CLAUSE_END = re.compile(
    # (", a request not always honored": an appositive on the whole request)
    r",\s+(?:as|while|when|after|before|because|but|and|saying|adding|a|an)\s"
)
# (", however, that ...": an adverb set off by commas between a verb of saying and its clause)
ADVERB_ASIDE = r"(?:,\s*(?:however|though|also|too|moreover|furthermore|nevertheless)\s*,)?"
# Where reported content ends: a contrast, or the speaker's next act. Every branch starts with
# a semicolon, a comma or a space, read first as one character set, which the engine skips to
# (with branches it tried every position of each sentence); each branch then checks behind
# which of them it read: `(?<=,)\s+` is ",\s+", `(?<=,[\"”]\s)\s*` is "(?<=,[\"”])\s+".
CONTENT_END = re.compile(
    r"[;,\s](?:(?<=;)"
    # (a comma may sit inside the closing quote mark: '... of you," though she noted ...')
    r"|(?:(?<=,)\s+|(?<=,[\"”]\s)\s*)(?:though|although|even as|whereas)\s"
    r"|(?:(?<=,)\s+|(?<=,[\"”]\s)\s*)(?:instead\s+|also\s+|but\s+)?(?:adding|saying|noting|stressing|arguing|insisting"
    r"|explaining|acknowledging|admitting|conceding|claiming|contending|asserting|warning)"
    + ADVERB_ASIDE
    + r"(?:\s+that\b|\s*:|,?\s*[\"“«]|\s+(?:he|she|they|it|we)\s)"
    # (", but saying the money has not been spent ...": the speaker's second report, set
    # against the first; not ", saying the council was ignoring ...", whose subject may be
    # the protesters the first reported)
    r"|(?<=,)\s+but\s+(?:saying|adding|noting)\s+(?=the\s+[a-z]+\s+(?:is|are|was|were|has|have"
    r"|had|will|would|could|should|must|can|may|might|did|does)\b)"
    # ", telling reporters that ...": what was said to someone, a report of its own
    r"|(?<=,)\s+telling\s+(?:[\w.'’-]+\s+){1,4}?that\b"
    r"|(?:(?<=,)\s+|(?<=,[\"”]\s)\s*)(?:citing|referring to|referencing|pointing to)\s"
    # ", and the downgrade is casting a shadow": a new clause with its own subject
    r"|(?<=,)\s+and\s+(?:the|this|these|those)\s+[a-z]+\s+(?:is|are|was|were|has|have|had|will|would)\b"
    # ", but Cook did not say when", ", but he gave no details": the writer on what was not said
    r"|(?<=,)\s+but\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}|he|she|they|it|the\s+[a-z]+)"
    r"\s+(?:(?:did not|didn't|didn’t|would not|wouldn't|wouldn’t|declined to|refused to)\s+"
    r"(?:say|comment|elaborate|give|provide|specify|identify|name|discuss|disclose|explain"
    r"|respond|reply|return)"
    r"|gave no|offered no|provided no)\b"
    # "... until further notice but declined to comment": the speaker's refusal, no subject
    r"|(?:(?<=,)\s+|(?<=\s))but\s+(?:declined|refused|(?:did|would)\s+not|didn['’]t|wouldn['’]t)\s+"
    r"(?:to\s+)?(?:say|comment|elaborate|give|provide|specify|identify|name|discuss|disclose"
    r"|explain|respond|reply|suggest|offer)\b"
    # (no object of its own: "but did not disclose it to regulators" is what was said)
    r"(?!\s+(?:them|him|her|the|to\s+(?:it|them|him|her|the))\b"
    r"|\s+it\b(?!\s+(?:would|will|was|is|had|has|could|might)\b))"
    # the writer's aside closing the sentence: " (which lets the rest off the hook)."; not a
    # figure's own parenthesis: " (21.6 percent of GDP)."
    r"|(?<=\s)\s*\((?![^()]*\d)(?=[^()]*\)?\W*$)"
    # ", forcing them to ...", ", implicitly putting ...": the writer on the consequences
    r"|(?<=,)\s+(?:\w+ly\s+)?(?:forcing|making|leaving|prompting|sending|causing|allowing|putting|drawing|raising|sparking|triggering|giving)\s"
    # ", helped by growing sales", ", driven by exports": the writer on the causes
    r"|(?<=,)\s+(?:\w+ly\s+)?(?:helped|driven|boosted|hurt|weighed down|dragged down|fuell?ed|spurred"
    r"|underpinned|buoyed|hampered|dampened)\s+by\s"
    # ", amid indications that ...": the writer's setting
    r"|(?:(?<=,)\s+|(?<=,[\"”]\s)\s*)amid\s"
    # ", while the Marshall campaign called ...": another subject, set against the speaker
    r"|(?:(?<=,)\s+|(?<=,[\"”]\s)\s*)while\s+(?:the\s+[A-Z]|[A-Z][\w'’-]*\s+(?:[A-Z][\w'’-]*\s+)?[a-z]+ed\b)"
    # ", as he departed the White House": the writer on what the speaker did meanwhile
    r"|(?:(?<=,)\s+|(?<=,[\"”]\s)\s*)as\s+(?:he|she|they)\s+(?:departed|left|arrived|walked|headed|boarded|toured"
    r"|visited|met|campaigned)\b"
    # " -- a claim police have denied": the writer's word on the claim
    r"|(?<=\s)\s*(?:--|—|–)\s+(?:a|an)\s+(?:claim|charge|allegation|accusation|assertion)\b)"
)
# The same in a sentence whose semicolons part a list: a semicolon is no end there
CONTENT_END_IN_A_LIST = re.compile(CONTENT_END.pattern.replace(r"[;,\s](?:(?<=;)|", r"[,\s](?:", 1))
# "would assert his rights", "to insist on", "his claim": a modal, an infinitive or a noun, no
# report. A modal in lower case only: "Theresa May said", "Prince Will said" are reports.
NOT_A_REPORT_BEFORE = re.compile(
    r"\b(?:will|would|can|could|may|might|must|shall|should"
    r"|(?i:to|not|never|his|her|their|its|the|a|an|this|whose|my|our|your))\s+$"
)
# "appeared to suggest that ...", "went on to explain ...": the infinitive is still the report
STILL_A_REPORT_BEFORE = re.compile(rf"\b{RAISING_VERBS}\s+to\s+$")
MIN_CONTENT_WORDS = 3
WORD_AFTER = re.compile(r"\s+(?P<word>[a-z][\w'’-]*)")
FINITE_SOON = re.compile(
    r"\s+(?:[\w'’-]+\s+)?(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might"
    r"|must)\b"
)
DESCRIPTION_BEFORE_NAME = re.compile(
    r",\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?P<role>[\w'’-]+)"
    # ("the Minister of Finance,": the office's portfolio or body after it)
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,4})?"
    r",\s*$"
)
# At most this many words of what was said before "and <word>ed" may be only its subject
SUBJECT_ONLY_WORDS = 3
ONLY_ATTRIBUTION_WORDS = 10  # a sentence after a quote that is only its attribution
# the words of an attribution that splits a quote: "said Jane Roe, an economist at X,"
SPLIT_ATTRIBUTION_WORDS = 20
ONLY_ATTRIBUTION_WORDS_AFTER = 4  # "told a packed court on Friday"
MAX_PARTIAL_QUOTES = 4  # quoted fragments one report may take in (a constant cost per verb)
SMALL_TITLE_WORDS = frozenset(
    ["a", "an", "the", "of", "and", "or", "in", "on", "at", "for", "to", "with", "by", "from"]
)
# "BEIJING, Oct. 20 (Xinhua) -- ", "WASHINGTON (AP) — ": where the story was filed, not what was said
DATELINE = re.compile(
    # ("(MENAFN- Kuwait News Agency (KUNA)) TOKYO, May 16 (KUNA) -- ": a syndicator's credit first)
    r"(?:\([A-Z][^()\n]{1,60}(?:\([^()\n]{1,20}\))?\)\s+(?=[A-Z]))?"
    r"(?:[A-Z][A-Z .'-]{2,}(?:,[^()\n]{0,40}?)?(?: \([\w .&-]{1,30}\))?\s*(?:--|—|–|-(?= ))"
    # "Brussels (AFP) - ", "Mumbai, Dec 6 (PTI) ": a city in title case needs the agency
    # (an agency in capitals may stand without the dash, "Mumbai, Dec 6 (PTI) ")
    r"|[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2}"
    r"(?:(?P<dated>,[^()\n]{0,30}?(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
    r"|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)[^()\n]{0,10}?)|,[^()\n]{0,40}?)? \("
    # (without the dash and the date, the story's first capital, digit or quote after it:
    # not "Jo Roe (SDE) said"; "Mumbai, Dec 6 (PTI) e-commerce major ...": a date may stand)
    r"(?:[A-Z]{2,}\b[\w .&-]{0,20}\)(?:\s*(?:--|—|–|-(?= ))|(?(dated)|(?=\s*[A-Z0-9\"“‘'₹$€£(])))"
    r"|[A-Z][a-z][\w .&-]{0,20}\)\s*(?:--|—|–|-(?= ))))\s*"
)
# "MUMBAI: The Reserve Bank ...", "New York: Acme Corp on Wednesday ...": a place and a colon
# open the story (a city of rules/dateline_cities.csv, or a word in capitals)
DATELINE_COLON = re.compile(r"(?P<place>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}):\s+(?=[A-Z\"“])")
SETTING_THEN_THAT = re.compile(
    # ("in Buffalo, New York, that", but not a participle's clause: "said in comments to a
    # daily, stressing that")
    r"\s+(?:at|in|on|during|after|before|while|to|from|via|through)\s(?:[^;:\"“”,]|,(?!\s*[a-z]+ing\b)){1,80}?,?\s(?=that\b)that"
)
# "said in a statement.", "told reporters at a news conference.": where it was said, and nothing
# said (the words are in the quote after it)
SETTING_ONLY = re.compile(
    r"(?:(?:in|on|at|during|via|through) (?:a|an|the|his|her|its|their) (?:[\w'’-]+ ){0,3}"
    r"(?:statement|interview|tweet|speech|letter|post|e-?mail|briefing|release|conference"
    r"|rally|event|hearing|meeting)s?"
    # ("said in a statement on Monday", "wrote in a letter to the board")
    r"(?: (?:on|last|this) \w+| to (?:the |his |her |its |their )?[\w'’-]+(?: [\w'’-]+){0,2})?)"
)
DASH_ASIDE_THEN_THAT = re.compile(r"\s*(?:--|—|–)\s[^—–;:\"“”]{1,80}?\s(?:--|—|–)\s*(?=that\b)that")
WHOLE_QUOTE = re.compile(r"[\"“«][^\"“”«»]*[\"”»][.,]?")
# What follows "according to": a noun phrase up to the next comma or the end of the sentence.
# (a dash between spaces ends it too: "according to the polling average - despite ...")
SOURCE_PHRASE = re.compile(
    r"\s+(?P<source>[^,;:\"“”.]{2,120}?)(?=\s*(?:[,;:]|\.\s|\.?$)|\s+(?:-|--|—|–)\s)"
)
# "who in 2010 had previously said": the pronoun is a few words before the verb
RELATIVE_REACH = 200
RELATIVE_BEFORE_CUE = re.compile(
    r",?\s+(?:who|which)(?:\s+(?:also|have|has|had|in \d{4}|on \w+|last \w+|once|previously|repeatedly|first))*\s+$"
)
PREPOSITION = re.compile(
    r"(?:in|at|on|during|after|before|while|as|when|from|for|with|about|of|since|until|by|through)\b",
    re.IGNORECASE,
)
# Verbs whose complement is what was said even without "that": "said the plan failed".
FREE_COMPLEMENT_CUES = frozenset(
    {
        "said",
        "says",
        "say",
        "told",
        "tells",
        "according to",
        "According to",
        "added",
        "adds",
        "wrote",
        "writes",
        # "cited the release of prisoners as proof": what they pointed to is what they said
        "cited",
        "cites",
        "citing",
    }
)
# A line above the body that links to another story: "Read more: ...", "Related: ..."
LINK_LINE = re.compile(
    r"\s*[•*-]?\s*(?i:read more|also read|read also|related|see also|watch|listen|recommended"
    r"|trending|more on this)\b[^:\n]{0,20}:"
)
JOURNALISTS = frozenset(
    {
        "correspondent",
        "reporter",
        "editor",
        "journalist",
        "writer",
        "columnist",
        "anchor",
        "presenter",
    }
)
BRACKETED_NOTE = 40  # characters of a bracketed note ("[September 2023]") cut off a report
# A lede's unnamed officer ("an Iraqi oil official said"): the nouns of an office that are no
# title, the most words the description has, and how far after it the person is named
LEDE_OFFICERS = frozenset({"official", "officer", "executive"})
LEDE_OFFICER_WORDS = 7
LEDE_REACH = 600
# Words of such a description that say nothing of the office's field ("a senior Iraqi
# government official"); any other word ("oil", "central bank", "local") must be a word of the
# named person's title or organisation
LEDE_GENERIC_WORDS = frozenset(
    {"a", "an", "senior", "top", "high-ranking", "high-level", "government", "cabinet", "state"}
    | {"state-owned", "state-run"}
)
# A lede's source who asked not to be named is no one the story goes on to name
ANONYMITY = re.compile(
    r"anonymity|not authori[sz]ed|not be (?:named|identified)|declined to be (?:named|identified)"
    r"|on background\b|without being (?:named|identified)",
    re.IGNORECASE,
)
# Heads of state and government are no "official" ("a senior Israeli official said" is not the
# prime minister named next)
HEADS_OF_GOVERNMENT = frozenset(
    {"president", "prime", "premier", "chancellor", "king", "queen", "emir"}
)
# Words around a name, before it and after, where its nationality and its office are written
LEDE_NAME_CONTEXT = (40, 200)
APPOSITIVE_STOP = re.compile(r"\s(?:said|says|told|tells|added|adds|stated)\b|[“\"]")
# Verbs of saying that are as often verbs of doing ("maintained its pace"): speech only before
# "that" or a clause with its verb
CLAUSE_ONLY_CUES = frozenset(
    {
        *("maintain", "maintains", "maintained", "maintaining"),
        # ("mentioned the plan in passing": a topic; "As I mentioned, the plan is late")
        *("mentioned", "mentions"),
        # ("posted on Facebook that ...": a post's words; "posted a loss": a result)
        *("posted", "posts"),
    }
)
# Where reported content stops: another speaker's reporting clause in the same sentence.
LOWERCASE_WORD_AT_END = re.compile(r"[a-z] ?$")
REPORTS = (
    r"(?:said|says|noted|added|argued|insisted|acknowledged|warned|stressed|replied|responded|"
    r"explained|claimed|countered|wrote)"
)
# Every branch starts with a comma, a semicolon or a space, read first as one character set,
# which the engine skips to (with branches it tried every position of each sentence); each
# branch then checks behind which of them it read: `(?<=,[\"”]\s)\s*` is "(?<=,[\"”])\s+",
# `(?<=\s)(?<!\bjust\s)` is "(?<!\bjust)\s".
NEXT_ATTRIBUTION = re.compile(
    r"[,;\s](?:(?:(?<=,)\s+|(?<=,[\"”]\s)\s*|(?<=;)\s+|(?<=\s)[—–]\s+)"
    r"(?:and |but |while )?(?:(?:he|she|they|it|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) (?:also )?"
    + REPORTS
    + r"\b"
    # "..., the source added.": a noun phrase only when the report ends the clause
    r"|(?:the|a|an) [\w-]+(?: [\w-]+){0,3} (?:also )?"
    + REPORTS
    + r"(?=[\s,.]*$|\s+(?:on|in|at|last|this|\w+day)\b|,)"
    # "..., and human rights groups warned that ...": another subject's report
    r"|(?<=and )(?:[a-z][\w-]*\s+){1,3}" + REPORTS + r"\s+that\b"
    # "..., but officials said those talks came later": others, set against the speaker
    r"|(?<=but )(?:[a-z][\w-]*\s+){1,2}" + REPORTS + r"\b"
    # "..., but six in 10 said ...", "..., and 22 percent say ...": another share of a poll's people
    r"|(?:about |nearly |almost |roughly |just |only )?(?:\d+(?:\.\d+)?\s?(?:%|percent)|[\w-]+ percent"
    r"|[\w-]+ (?:in|out of) (?:10|ten)|half)(?: of [\w'’-]+(?: [\w'’-]+){0,2})? (?:also )?"
    r"(?:say|" + REPORTS + r")\b)"
    # "... drag inflation down as the central bank said policy is likely to ...": another
    # speaker's report with a clause of its own (", as X said," is an aside: it has commas)
    r"|(?<=\s)(?<!\bjust\s)(?<!\beven\s)(?<!\bexactly\s)(?:as|while) (?:(?:the|a|an) [a-z][\w-]*(?: [\w-]+){0,3}|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) "
    + REPORTS
    + r"(?= (?:that )?(?:[a-z]|[A-Z]\w*(?: [a-z]+)? (?:is|are|was|were|has|had|will|would)\b)))"
)
# "The ministry wishes to inform the public that ...", "Acme is pleased to announce that":
# a press release's formula, whose subject speaks; the base forms of WISHED_FORMS report only
# after it
WISH_TO_BEFORE = re.compile(
    r"\b(?:wish(?:es)?|wants?|would(?: also)? like|(?:is|are|am) (?:pleased|happy|glad)) to $"
)
WISHED_FORMS = frozenset(
    {"inform", "clarify", "notify", "remind", "announce", "reiterate", "confirm"}
)
PROGRESSIVE_BEFORE = re.compile(
    r"\s+(?:is|are|was|were|has been|have been|had been)(?:\s+(?:also|now|still))?\s+$"
)
# "began by saying ...", "after telling reporters that ...": the subject of the sentence speaks
PREPOSITION_BEFORE_PARTICIPLE = re.compile(
    r"\b(?:by|after|before|while|when|aside from|apart from|besides"
    # ("was quoted as saying the plan ...", "was quoted by state media as saying ...")
    r"|(?:quoted|cited|heard|recorded|reported|filmed)(?: by [^,.;:]{1,60}?)? as)\s+$"
)
SAYING_THAT = re.compile(r"\s+that\b")
# A person speaking, with no words of what was said: "spoke to reporters", "addressed the
# conference" (the next paragraph's quote is what was said); read in the last
# `SPEAKING_REACH` characters of a paragraph
SPEAKING_EVENT = re.compile(r"\b(?:spoke|speaking|addressed|told reporters|told journalists)\b")
SPEAKING_REACH = 300
BLANK_REACH = 8  # characters between a paragraph's end and the next one's first
# "with" and at most a few lowercase or title words before a name: "with party chairman "
WITH_BEFORE_NAME = re.compile(r"\bwith (?:[\w-]+ ){0,3}$")
THAT_WORD = re.compile(r"\bthat\b")
# A pronoun and its verb: a clause begun, whose "that" after them is its own
CLAUSE_OPENED = re.compile(
    r"\b(?:he|she|they|it|we|I)\s+(?:is|are|was|were|has|have|had|will|would|could|can|should"
    r"|may|might|must|did|does|do)\b"
)
QUESTION_WORD = re.compile(r"\b(?:how|why|whether|what|when|where)\b")
SAID_AND_BEFORE = re.compile(r",\s*(?:and|but)\s+(?:(?:still|also|then)\s+)?$")
WITHOUT_BEFORE = re.compile(r"\bwithout\s+$")  # "It goes without saying that ..."
# "Lord Roe's assertion that ...", "his claim that ...", "warnings from economists that ...":
# a noun of saying with its owner and the clause it reports (PolNeAR marks these as cues too).
# Only with "that": "his claim to the throne" reports nothing.
NOMINAL_CUE = re.compile(
    r"\b(?:claims?|assertions?|allegations?|accusations?|contention|insistence|argument"
    r"|warnings?|promises?|pledges?|vows?|predictions?|assurances?|admission|denial)"
    r"(?:\s+(?P<by>by|from)\s+[^,;:\"“”()]{2,60}?)?\s+(?P<that>that)\s+"
)
# The owner right before the noun: "Freud's", "the company’s", "his", with at most two words
# between ("his earlier", "Freud's repeated"). Not "its" nor "their": "the letter was ridiculed
# for its prediction that" is the letter's, and the people a pronoun may take up come first.
NOMINAL_OWNER = re.compile(
    r"(?:(?P<pronoun>\b(?:[Hh]is|[Hh]er))|(?P<possessive>['’]s?))"
    r"\s+(?:[a-z][\w-]*\s+){0,2}$"
)
# "the ministry's", "the company’s": a description, resolved to whom it stands for
DESCRIPTION_AT_END = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*$")
ARTICLE_AT_START = re.compile(r"the\s+(?=[A-Z])")
ARTICLE_AT_END = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
OWNER_PRONOUNS = {"his": "he", "her": "she"}
# Nouns of saying that are verbs too: with words between the owner and them they are as often
# the verb of those words ("Jane Roe's husband claims that ...")
VERB_FORM_NOUNS = frozenset({"claims", "promises", "pledges", "vows"})
# "the claim that was made": no subject after "that", a relative clause
RELATIVE_THAT = re.compile(r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might)\b")
# Verb forms that are also plural nouns: a report only after a name or before "that"
VERB_AFTER_ASIDE = re.compile(
    r"(?:(?<=,[\"”])\s+|,)(?=\s*(?:said|says|told|added)\s(?!by\b|to\s+be\b))"
)
HAVE_BEFORE = re.compile(r"\b(?:have|has|had|having)\s+(?:[a-z][\w-]*\s+)?$")
RELATIVE_CLAUSE_AFTER = re.compile(
    r"\s+(?:that|which)\s+(?:have|has|had|are|were|is|was)\b(?!\s+(?:been\s+)?(?:said|told)\b)"
)
PLURAL_NOUN_CUES = frozenset(
    {"states", "reports", "notes", "claims", "comments", "estimates", "shows"}
)
# "which he said had harmed": the relative pronoun is what was said of, the words a paraphrase
RELATIVE_BEFORE = re.compile(r"\b(?:which|that|what)\s+$")
PASSIVE_OR_RELATIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are|who|which|that)\s+$")
TO_BE_AFTER = re.compile(r"\s+to\s+(?:be|have)\b")
NESTED_CUES = frozenset({"said", "says", "told", "tells", "added", "stated", "warned"})
SAY_FORMS = frozenset({"said", "says", "say", "told", "tells", "added", "adds"})
# A preposition, perhaps one lowercase modifier, then the cue: "according to initial reports"
# (not "the average of polls shows": "shows" is left out where this is used)
NOUN_AFTER_PREPOSITION = re.compile(
    r"\b(?:to|in|from|by|of|on|with|after|despite|amid|under)\s+(?:[a-z][\w'’-]*\s+)?$"
)
THAT_OR_COLON = re.compile(r"\s*(?:that\b|:)")
THAT_COLON_OR_QUOTE = re.compile(rf"{ADVERB_ASIDE}\s*(?:that\b|:|,?\s*[\"“«])")


@cache
def _bare_clause_participles() -> frozenset[str]:
    """Participles that report a clause without "that" (`rules/bare_clause_participles.txt`)."""
    return frozenset(read_list("bare_clause_participles.txt"))


POSSESSIVE_BEFORE = re.compile(r"['’]s\s+(?:the\s+)?$")
# Where a source's head noun ends: "the minutes [of the meeting ...]", "a survey [released ...]"
NOUN_PHRASE_HEAD_END = re.compile(r"\s+(?:of|released|published|issued|dated|conducted|compiled)\b")
SOURCE_OF_DOCUMENT = re.compile(r"\b(?:from|by)\s+(?:the\s+)?$")
DASH_BEFORE = re.compile(r"\s(?:-|--|—|–)\s*$")
# What "according to" follows as a way of doing, not a source: "according to plan"
MANNER_NOUNS = frozenset(
    {"plan", "plans", "protocol", "procedure", "procedures", "rules", "law", "laws", "orders"}
    | {"schedule", "tradition", "script", "instructions", "guidelines", "regulations"}
)
# Data, a source by itself ("according to a CBS poll released Monday")
DATA_NOUNS = frozenset(
    {"poll", "polls", "survey", "surveys", "data", "figures", "statistics", "estimates"}
)
# The head of a source's noun phrase: up to four words, the noun, then what says who made it
# and when, or whose it is ("a CBS poll released Monday", "figures from the ministry")
SOURCE_HEAD = re.compile(
    r"(?:[\w'’.-]+ ){0,4}?(?P<noun>[A-Za-z]+)"
    rf"(?: (?:{MADE_WORDS}|available|out)\b.*| (?:from|by|of) (?:the )?[A-Z].*)?$"
)
# "Seats were allocated according to ...", "The bonus is paid according to ...": a method
PASSIVE_BEFORE_SOURCE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\w+ly\s+)?[a-z]+\s+$"
)
SOURCE_ENDS_SENTENCE = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*[.!?]?[\s\"”’']*")
DOCUMENT_OF = re.compile(r"^\s*(?:the\s+)?|\s+(?:of|from|by|with)(?:\s+the)?\s*$")
SEEN_BY = re.compile(r"\b(?:seen|obtained|reviewed|viewed|read)\s+by\b")
CLAUSE_CLOSE = re.compile(r",\s|\s(?:--|—|–)\s")  # where a relative clause or an aside ends
# "Although it is new, ...": a clause (with its verb) of the writer's; not "After some delays, ..."
SUBORDINATE_LEAD = re.compile(
    r"\s*(?:Although|Though|While|When|If|Because|As|Since|After|Before|Unless|Whereas)\s[^,]*?"
    r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|[a-z]+ed)\b"
)
INTRODUCTORY_LEAD = re.compile(
    r"\s*(?:As for|As to|Regarding|Concerning|On|In|For|With|After|Before|Since|During|At|Over)\b"
    r"[^,]{0,80},(?:\s*(?:however|though|meanwhile|too|also),)?\s*"
)
CONCESSION_LEAD = re.compile(r"\s*(?:Although|Though|Whereas)\s")


# 'Said Jane Roe: "..."': an inverted verb opening the sentence
@cache
def _inverted_cue() -> re.Pattern[str]:
    """ "Said Jane Roe:", "Continued Stone:", "Added the minister,": a verb of saying in the
    past, capitalized, opening the words before a quote, then who speaks."""
    verbs = [
        verb.capitalize()
        for verb, kind in reporting_verbs().items()
        if kind == "speech"
        and " " not in verb
        and (verb.endswith("ed") or verb in INVERTED_IRREGULAR)
        and verb not in ("noted", "alleged")  # "Noted economist Jo Roe put it simply:"
    ]
    return re.compile(rf"\s*(?P<cue>{trie_regex(verbs)})\s+[^:,\"“”«»]{{2,80}}[:,]\s*")


INVERTED_IRREGULAR = ("said", "says", "wrote", "told")
# "She ... and repeatedly says, ...": the subject of the clause before "and" speaks
AND_BEFORE_CUE = re.compile(r"\b(?:and|but)\s+(?:(?:also|then|later|\w+ly)\s+)?$")
AS_AFTER_COMMA = re.compile(r",\s+as\s*$")
SUBORDINATOR_ONLY = re.compile(
    r"\s*(?:If|When|While|Although|Though|Because|Since|Unless|Whether)\s*"
)
# "Of course, ", "However, ": the writer's connective opening a sentence, no word of what was said
OPENING_CONNECTIVE = re.compile(
    r"\s*(?:Of course|However|Yet|But|And|Still|Indeed|In fact|Then again|Meanwhile|Moreover|Again|Now|So)\b,?\s*"
)
# "As the paper reported, ...": a sentence that opens with its source names it in an "as" clause
AS_LEAD = re.compile(r"\s*(?:(?:And|But|Yet|Just|Or)\s+)?[Aa]s\s+(?:the\s+)?")
AS_CLAUSE_COMMA = re.compile(
    TIME_AFTER_CUE.pattern
    + r"(?:\s+(?:last|this|earlier|in)\s+[\w-]+(?:\s+[\w-]+)?)?\s*,\s+(?=[\w\"“])"
)
# "..., which, she said, is ...": what was said starts at the relative pronoun
LEAD_RELATIVE = re.compile(r"\b(?:which|where|who)\b,?\s*$")
# The longest lead ADVERBIAL_LEAD can match whole: an opening word, 80 characters, ", " and
# a few words more ("Earlier this year, in ...")
ADVERBIAL_LEAD_REACH = 160
TIME_LEAD_REACH = 100  # ("During" and at most 80 characters, its comma and space)
# Phrases of time that open a sentence by themselves: "Six months ago", "Last week", "Earlier
# this year", "Today" (the last alternatives of ADVERBIAL_LEAD and TIME_LEAD)
_TIME_WORDS_LEAD = (
    r"|(?:[\w-]+ ){1,3}(?:ago|earlier|later)"
    r"|(?:Last|This|Next) (?:week|month|year|morning|afternoon|evening|night|weekend|spring|summer"
    r"|autumn|fall|winter|quarter|time|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?:Earlier|Later)(?: (?:this|that|in|on) [^,]{1,30})?"
    # "The next month", "The following day", "That same week"
    rf"|{THE_NEXT_PERIOD}"
    r"|Now|Today|Yesterday|Tomorrow|Then),\s+"
)
# A lead that only says when: "The next month,", "Two weeks later,", "On Monday morning,"
TIME_ONLY_LEAD = re.compile(
    rf"\s*(?:{THE_NEXT_PERIOD}"
    r"|(?:Last|This|Next) (?:week|month|year|morning|afternoon|evening|night|weekend|spring"
    r"|summer|autumn|fall|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?:[\w-]+ )?(?:days?|weeks?|months?|years?|hours?|decades?) (?:ago|later|earlier)"
    r"|On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?: (?:morning|afternoon|evening|night))?),\s*"
)
# "In the long run, he said, ...": an opening adverbial (whose comma the cue follows)
ADVERBIAL_LEAD = re.compile(
    r"(?:(?:During|In|On|At|After|Before|Since|Over|For|Under|Throughout|Until|When|As)\b[^,]{0,80}"
    + _TIME_WORDS_LEAD
)
# "Six months ago, he said, ...", "During his years in office, ...", "On Monday, ...", "In a
# statement, ...": an opening phrase of time or of where it was said only says when or where;
# what was said starts after the report (as PolNeAR's annotators read it), while "In the long
# run, they say, ..." and "When she got inside, she said, ..." are part of it
TIME_LEAD = re.compile(
    r"(?:During\b[^,]{0,80}"
    # "On Monday", "On Tuesday night", "In March", "In 2019", "Since 2010", "By May 3, 2021"
    r"|(?:On|In|Since|Until|By|Before|After|From|Through) (?:early |late |mid-)?"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?: (?:morning|afternoon|evening|night))?"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?: \d{1,2})?(?:,? \d{4})?"
    r"|\d{4}s?|the (?:past|last|next|same) [^,]{1,30})"
    r"|At the time|At that time"
    # "In a statement, the company said, ...", "In an interview": where it was said
    r"|In (?:a|an|his|her|its|their) (?:[\w-]+ )?(?:statement|interview|speech|letter|post"
    r"|briefing|press release|email|tweet|filing|report)" + _TIME_WORDS_LEAD
)
# Verbs of a state of mind in the past, which go on with what was said: "said she was tired of
# the status quo and wanted a new candidate", "said she did not condone violence and hoped ..."
# (what the speaker wanted, not something else the speaker did)
MENTAL_STATE_PAST = r"(?:wanted|hoped|believed|feared|wished|preferred|needed|doubted|regretted)\b"
# The speaker's next act ends what they said: ", and he urged ...", " but noted that ...", " and called it ...".
# (",?\s+" written as "[,\s]" then "(?<=,)\s+|(?<=\s)\s*": one character set first, which the
# engine skips to, where an optional comma first made it try every position)
SPEAKER_GOES_ON = re.compile(
    r"[,\s](?:(?<=,)\s+|(?<=\s)\s*)(?:and|but)\s+(?:(?:also\s+|instead\s+)?(?:adding|saying|noting|suggesting|insisting|arguing|warning|stressing|claiming)\s+(?:that|he|she|they|we|I)\b|(?:he|she|they)\s+(?:also\s+)?(?:(?!{mental})[a-z]+ed|said|says|told|tells|wrote|writes|added|adds)\b|(?:also\s+|then\s+)?(?:pledged|vowed|promised|urged|declined|refused|called on|called for|asked|demanded)\b|(?:also\s+|then\s+)?(?:(?!{mental})[a-z]+ed|said|says|told|wrote|insists|adds|notes|argues|warns|maintains|stresses|explains|claims)\b(?!\s+(?:by|to|in|on|at|from|with|as)\b))".replace(
        "{mental}", MENTAL_STATE_PAST
    )
)
# Appositives read after a source's name ("According to Jo Roe, CEO of Acme, ..."), at most,
# and the words of each
APPOSITIVES_AFTER_SOURCE = 2
APPOSITIVE_WORDS = 8
APPOSITIVE_REACH = 120  # characters
LIST_SEMICOLONS = 2  # in a sentence, what makes its semicolons a list's
# Words of a clause, never of an appositive ("CEO of Acme and its founder" may hold "of", "and")
NOT_IN_APPOSITIVES = CLAUSE_WORDS - {
    "and",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "of",
    "on",
    "with",
}
# ", according to": a source after what a speaker said (a relay when an outlet is named right
# after it: `_an_outlet_at` decides)
RELAY_CREDIT = re.compile(r"(?:(?<=,)\s+|(?<=,[\"”]\s)\s*)according\s+to\s")
# "the state news agency", "local media", "the daily": an outlet described
OUTLET_WORDS = re.compile(
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:news\s+agency|newspaper|daily|broadcaster|media|"
    r"television|TV|radio|news\s+site|news\s+outlet|wire\s+service)\b"
)
OUTLET_REACH = 40  # characters after "according to" the outlet's name starts in
# ", was in line with", ", will cut": the verb of a clause whose subject came before an
# attribution set between commas ("The plan, said Jo Roe, will cut costs")
CLAUSE_GOES_ON = re.compile(
    r",\s+(?:is|was|are|were|will|would|has|have|had|can|could|may|might|should|must"
    r"|remains|remained|stands|stood)\b"
)
# 'called the amount a "', 'described the increase as "': the verb nearest the quote that
# puts words on a thing (the `(?s:.*)` first makes it the last in the window), then what it
# names: no quote mark, comma, clause's word or sentence's end between
CHARACTERISING = re.compile(
    r"(?s:.*)(?<![\w-])(?P<verb>called|calls|calling|described|describes|describing|termed|terms"
    r"|terming|dubbed|dubs|dubbing|branded|brands|branding|labell?ed|labels|labell?ing)\b"
    r"(?! (?:on|for|in|off|up|out|back)\b)"
    r"(?P<object>(?:(?! (?:who|which|that|whom|whose|to|when|where|while|because|after|before"
    r"|if|and|but|or)\b)[^\"“”«».,;:!?\n]){0,80}?)\s*$"
)
CHARACTERISING_STEMS = re.compile(r"call|describ|term|dub|brand|label")
# A name in quote marks ("Nova", "Project Sun"): what something is called, no one's words
QUOTED_NAME = re.compile(r"[\"“'‘«]?(?:[A-Z][\w'’-]*\s?){1,3}[\"”'’»]?")
CHARACTERISED_LOOKBACK = 4  # statements found last, looked at for the one a pronoun stands for
CHARACTERISING_REACH = 100  # characters before a quote its characterising verb is looked for in
# ", something he described as a ...": the speaker's word for what they said ends it
CHARACTERISED = re.compile(
    r",\s+something\s+(?:he|she|they)\s+(?:described|called|termed|dubbed)\b"
)
# A speaker who "says" now did not act in the past: "..., and refused to" goes with the content
PRESENT_CUES = frozenset(
    {
        "say",
        "says",
        "tell",
        "tells",
        "note",
        "notes",
        "argue",
        "argues",
        "claim",
        "claims",
        "insist",
        "insists",
        "warn",
        "warns",
        "write",
        "writes",
    }
)
# "he did not support Mr. Trump, the presumed favorite.": an appositive closing the sentence
# (`\b[A-Z]` written as `[A-Z](?<!\w[A-Z])`, no word character before the capital: a set first,
# which the engine skips to, where `\b` first made it try every position)
CLOSING_APPOSITIVE = re.compile(
    r"[A-Z](?<!\w[A-Z])[\w'’-]*(?P<end>),\s+(?:the|a|an)\s+"
    # (each word whole, `++`: split in pieces, a word would be tried in every way, to no avail)
    r"(?:(?!(?:is|are|was|were|has|have|had|will|would)\b)[\w'’-]++\s*){1,6}[.!?]?$"
)
SPEAKER_NOW = re.compile(r",\s+(?:and|but)\s+(?:he|she|they)\s+(?:also\s+)?[a-z]+s\b")
PERFECT_TENSE = re.compile(r"\b(?:had|has|have)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b")
# Past acts that are the speaker's own after "said X and ...": a further word of praise or blame,
# or leaving ("said the budget was sound and praised the staff", "... and resigned")
SPEAKERS_OWN_ACTS = frozenset(
    [
        "called",
        "encouraged",
        "praised",
        "thanked",
        "criticized",
        "criticised",
        "condemned",
        "defended",
        "welcomed",
        "apologized",
        "apologised",
        "congratulated",
        "applauded",
        "resigned",
        "walked",
        "stormed",
        "pleaded",
        "referred",
        "expressed",
    ]
)
PAST_TENSE_GOES_ON = re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?(?P<verb>[a-z]+ed)\b")
# A question word right after a verb: "questioned how", "wondered whether"
QUESTION_AFTER_VERB = re.compile(r"\s+(?:how|why|whether|what|when|where|who|if)\b")
# "said he was beaten and kicked", "say they were misled and defrauded": a passive's participle
# right before "and", whose "and <verb>ed" goes on with the same passive (searched up to "and")
PASSIVE_BEFORE_AND = re.compile(
    r"\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)$"
)
# A sentence that opens with a clause of time, cause or condition
SUBORDINATE_OPENING = re.compile(
    r"[\"“'‘]?(?:When|After|Before|Because|Since|If|Although|Though|Once|Until|While|Whereas)\s"
)
COMMA_OR_QUOTE = re.compile(r", |[\"“”«»]")


def _commas_outside_quotes(text: str, start: int, end: int) -> list[int]:
    """Where each ", " of `text[start:end]` outside a quotation stands: one pass."""
    inside = False
    commas = []
    for match in COMMA_OR_QUOTE.finditer(text, start, end):
        if match.group() != ", ":
            inside = not inside
        elif not inside:
            commas.append(match.start())
    return commas


# A headline, one line of words then a colon and the name of who said them (South Asian and
# other papers' form): "Many things in the budget can still be revised: Jane Roe"
HEADLINE_COLON_SPEAKER = re.compile(
    r"[ \t]*(?P<content>[^\n:]{20,200}?)[ \t]*:[ \t]*"
    r"(?P<label>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})[ \t]*"
)
# A quote of fewer words alone on its line, attributed to no one there, is a subhead
SUBHEAD_WORDS = 6
SUBHEAD_REACH = 120
ADVERB_AFTER_COMMA = re.compile(r",\s+(?:instead|also|then|again)\s+$")
# "adding that ...", "saying: ...", "noting it was ...": a participle introduces speech only before a clause
CLAUSE_AFTER_PARTICIPLE = re.compile(
    ADVERB_ASIDE
    + r"\s*(?:that\b|:|,?\s*[\"“«]|(?:whether|why|how|what)\b|(?:it|he|she|they|we|I|you|there|the|a|an|this|these|those|its|his|her|their|our|your|my"
    r"|anybody|anyone|everyone|everybody|nobody|nothing|something|everything|some|many|most|all|no|both|each|every|one|two|several|if|when|because|[A-Z]\w*"
    # ("saying Obama's strategy is ...": a possessive name, then a finite verb soon)
    r"|[A-Z]\w*['’]s(?=\s+(?:[\w'’-]+\s+){0,3}(?:is|are|was|were|has|have|had|will|would|can"
    r"|could|should|may|might|must|does|did)\b))\s)"
)
# (words no subject of a clause holds before its verb: a preposition, a conjunction, the start
# of a clause of its own ("tweeted as Obama spoke", "showed me where he slept"))
NOT_A_SUBJECTS_WORD = (
    r"(?:and|or|to|with|for|of|in|on|at|by|from|about|over|during|against|into|through|under"
    r"|after|before|when|while|as|because|since|until|if|than|where|who|whom|whose|which)\s"
)
# (after a subject's first word, a pronoun or "that" opens a relative clause: "adding details
# he learned", "citing costs that rose"; not "that" after an adverb: "saying only that ...")
RELATIVE_OPENING = r"(?:he|she|it|they|we|I|you|(?<!ly\s)that)\s"
# (a determiner right before the verb makes it an adjective: "maintained a paid schedule")
DETERMINER_WORD = r"(?:a|an|the|its|his|her|their|our|my|your|every|each|no)\s+"
WORD_OF_A_SUBJECT = r"[\w'’“”\"-]+"


def _clause_pattern(
    verb: str, first_word: str = WORD_OF_A_SUBJECT, not_in_subject: str = NOT_A_SUBJECTS_WORD
) -> re.Pattern[str]:
    """One to five words of a subject, then `verb`: a clause without "that"."""
    no_adjective = rf"(?!{DETERMINER_WORD}{verb})"
    return re.compile(
        rf"\s+(?!{NOT_A_SUBJECTS_WORD}){no_adjective}{first_word}\s+"
        rf"(?:(?!{not_in_subject}){no_adjective}{WORD_OF_A_SUBJECT}\s+){{0,4}}?" + verb
    )


WORD = re.compile(r"[A-Za-z][\w-]*")
PERSON_OPENING_REACH = 40  # characters from a sentence's start where a person opening it stands


@cache
def _person_words() -> frozenset[str]:
    """Words of a phrase that names a person: people's nouns, titles, occupations."""
    return people_nouns() | titles() | occupations() | one_person_nouns()


@cache
def _people_nouns() -> frozenset[str]:
    """Nouns of people, an object one speaks to ("wrote her supporters", "cautioned his
    clients"): the speakers' nouns and the titles, singular and plural."""
    nouns = speaker_nouns() | titles()
    return nouns | {plural(noun) for noun in nouns if " " not in noun}


@cache
def _clause_by_its_verb() -> re.Pattern[str]:
    """ "acknowledged funding was a reason", "said sales rose": a subject, then a verb that is
    finite on its face, make a clause without "that" (not "paid", "lost": a participle describes
    a noun as often)."""
    return _clause_pattern(finite_verb())


@cache
def _bare_clause_by_its_verb() -> re.Pattern[str]:
    """ "saying demand had weakened", "adding sales rose": after a participle, a clause whose
    subject is a lowercase noun and holds no relative clause."""
    return _clause_pattern(
        finite_verb(),
        first_word=r"[a-z][\w'’-]*",
        not_in_subject=rf"{NOT_A_SUBJECTS_WORD}|{RELATIVE_OPENING}",
    )


# Participles whose object is never a clause's subject: "citing data released on Monday",
# "telling reporters gathered outside", "maintaining the lead it built"
OBJECT_PARTICIPLES = frozenset(
    {"citing", "telling", "writing", "tweeting", "asking", "maintaining"}
)


# After `X said,` the sentence goes on with what was said, unless a trailing clause starts.
PARENTHETICAL_CONTINUES = re.compile(
    r"(?:\s+(?:me|us|him|her|them|reporters|[A-Z]\w+))?(?:\s+(?:on|last|this)\s+\w+|\s+\w+day|\s+then|\s+later|\s+earlier)?"
    # ("Clinton suggested in a tweet, ...", "she said in an interview afterward, ...")
    r"(?:\s+in\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:statement|interview|tweet|speech|letter|post|email|briefing)(?:\s+(?:afterward|afterwards|later|earlier|on\s+\w+day))?)?"
    r",\s+(?!(?:while|as|when|after|before|adding|noting|saying|citing|referring|speaking|stressing|arguing|in|at|during|according|because|but|though|although|and|without)\b)"
    # (or a name that a finite verb follows: "In Miami, Jane Roe said, Mr. Trump is seen as ...")
    # ("..., sources said, Axelrod still has ...": an adverb may stand before the verb)
    r"(?:[a-z]|(?=(?:[A-Z][\w.'’-]*\s+){1,3}(?:(?:still|also|now|never|already|even|only|just"
    r"|(?!separately|additionally)[a-z]+ly)\s+)?(?:is|are|was|were|has|have|had|will|would|could|can"
    r"|should|may|might|must|does|did)\b)[A-Z])"
)

# "..., he said, the Congress can still act": a subject and a finite verb after the cue make a
# clause, what was said, not the writer's aside on the lead
FINITE_CLAUSE_AFTER_CUE = re.compile(
    r"(?:the|a|an|its|their|his|her)\s+(?:(?!(?:that|which|who)\s)[\w'’-]+\s+){0,3}?"
    r"(?:is|are|was|were|has|have|had|will"
    r"|would|could|can|should|may|might|must|does|did)\b"
)
# "Output grew 5.7%, the agency said, its fastest pace in years", "..., beating forecasts": after a lead that is a clause
# of its own, a noun phrase or a participle after `X said,` is the writer's aside on it, not
# more of what was said ("The economy, he said, is ..." goes on with a verb).
WRITERS_ASIDE_AFTER_CUE = re.compile(
    r"\s*(?:(?:its|their|his|her|the|a|an|again|once again|up|down|compared|marking|led by"
    r"|driven by|helped by|boosted by|hurt by|weighed down by|dragged down by|fuell?ed by"
    r"|spurred by)\s"
    # "..., data showed on Monday, beating forecasts": a participle's clause on the figures (not
    # "including ...", a list of what was said, nor a gerund the clause's verb follows:
    # "..., he said, replacing Clinton would be ...")
    r"|(?!including\s)[a-z]{3,}ing\s(?!(?:[\w'’-]+\s+){0,4}(?:is|are|was|were|has|have|had"
    r"|will|would|could|can|should|may|might|must)\b))"
)

# "Jane Roe, a director, said the group would ...": the words after the verb are the subject of
# what was said, not an inverted speaker ("..., said the group.")
VERB_AFTER_SUBJECT = re.compile(
    r"\s+(?:would|will|was|were|is|are|had|has|have|could|should|may|might|must|can|did|does|do)\b"
)


# Verbs by which data speaks: after "figures", "data", "the survey" all that follows is what it shows
DATA_CUES = frozenset(
    {
        "show",
        "shows",
        "showed",
        "reveal",
        "reveals",
        "revealed",
        "indicate",
        "indicates",
        "indicated",
    }
)

DATA_CLAUSE_END = re.compile(
    # (not ", and dropping the rate ...": a participle going on with what the data show)
    r",\s+(?:(?:and|but)\s(?![a-z]{3,}ing\s)|(?:where|which|although|though|as)\s)"
    r"|:\s"
    # ", surpassing the target", ", marking the fastest pace": the writer's comparison
    r"|,\s+(?:surpassing|exceeding|beating|missing|marking|bringing|topping|outpacing)\s"
)
OBJECT_REPORTS = frozenset({"reported", "reports", "confirmed", "confirms"})
# "reported to the police", "reported back", "reported ten days ago": no object follows
NOT_AN_OBJECT = re.compile(
    r"(?:to|for|in|at|on|from|with|by|about|back|that|this|it|him|her|them|earlier|later|last|"
    r"after|before|when|while|since|during|as|until|yesterday|today|\w+ly|(?:\w+\s+){1,2}ago)\b"
    r"|[^\w\"“‘]",
    re.IGNORECASE,
)
# "assured the president of support", "warned of risks": "of" after at most four words opens
# what was said
OF_THEN_OBJECT = re.compile(r"\s+(?:(?!that\s)[\w.'’-]+\s+){0,4}?of\s+(?=[\w\"“‘])")
OBJECT_THEN_THAT = re.compile(r"\s+(?:[\w.'’-]+\s+){0,4}?that\s+(?=[\w\"“‘])")
OF_RIGHT_AFTER = re.compile(r"\s+of\s+(?=[\w\"“‘])")
WARNINGS = frozenset({"warned", "warns"})
# "was blamed for", "were accused of": a passive has no claim of its subject's
BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\w+ly\s+)?$")
# "blamed for", "accused of", "attributed to": no object follows
CLAIM_NOT_AN_OBJECT = re.compile(r"(?:to|for|of|by|with|in|at|on|as|that|from)\b|[^\w\"“‘]")
# Forms that are no report after any other subject, unless "that" follows ("tests show that")
SHOWN_BY_DATA_ONLY = frozenset({"show", "reveal", "reveals", "indicate"})


# Patterns used inside the rules below, compiled once.
# '"..." — Jane Roe, Finance Minister': a dash after a quote, then who said it
DASH_SIGNATURE = re.compile(r"[ \t]*,?[ \t]*(?P<dash>--|[-–—―])[ \t]*(?=[A-Z])")
SIGNATURE_REACH = 120  # characters of a signature line: a name and a title
# The end of the last sentence before a signature: a full stop, question or exclamation mark
LAST_SENTENCE_END = re.compile(r"[.!?][ \t]+(?=[A-Z])(?!.*[.!?][ \t]+[A-Z])")
# After a signing name: its title and organisation, with a comma ("Jane Roe, Statistician-
# general - Statistics SA", "Jane Roe, chief economist at Acme")
SIGNED_TITLE = re.compile(r",[ \t]+[^.;:!?\"“”\n]{2,80}")
MIN_SIGNED_WORDS = 8  # a signed paragraph's words: a sentence, not a caption
SIGNATURE_WORD_BREAK = re.compile(r"[\s,-]+")
# after the name only its title, between commas or after one, and a full stop
SIGNATURE_END = re.compile(r"(?:,[ \t]+[^,.;:!?\"“”]{1,80}?)?[ \t]*[.]?[ \t]*")
COMMA_GAP = re.compile(r"\s*,?\s*")  # what may stand between a quote and its attribution
# A determiner or a possessive right after a verb of saying, and the object's noun ("announced
# his resignation", "claimed a win"), not a report that ends its sentence ("..., she said on
# Monday")
OBJECT_AFTER_CUE = re.compile(
    r" (?:his|her|their|its|my|our|a|an) (?:[\w-]+ ){0,2}?(?P<noun>[\w-]+)\b"
)
# What is added to something, its object then "to" and a noun phrase: "added drama to the
# event", "added $2 billion to the budget" (not "added the bank wants to sell", a verb after
# "to"; nor "added the plan would go to the vote", a clause)
ADDED_TO = re.compile(
    r"(?:[\w$€£%.,-]+ ){1,4}?to (?:the|a|an|its|his|her|their|this|that|[A-Z$€£\d])"
)
# A written work as the object of "wrote": "the letter", "a new book", "an op-ed for the paper"
WRITTEN_WORK = re.compile(
    r"(?:the|a|an|his|her|their|its|this|that) (?:[\w-]+ ){0,2}?"
    r"(?:letter|book|memo|op-ed|article|column|essay|post|note|piece|song|script|foreword|"
    r"preface|blog|story|poem|novel|memoir|speech|editorial|tweet|email|e-mail)s?\b"
)
# A passive's participle and "by", then the words up to its agent's name, with no comma
# between but an appositive's ("was confirmed by the head of the opposition Jo Roe")
PASSIVE_BY = re.compile(
    r"\b(?:was|were|been|being|is|are) (?:\w+ )?\w+(?:ed|en|wn) by [^,;:]*(?:, [^,;:]*)?$"
)
PASSIVE_AGENT_REACH = 120  # characters between "by" and the agent's name, at most


def _quotation_open_at(window: str, position: int) -> bool:
    """Whether a quotation opened in `window` before `position` is still open there (its last
    mark an opening one, or an odd count of straight marks)."""
    marks = QUOTE_MARK.findall(window, 0, position)
    if not marks:
        return False
    return marks[-1] in "“«" or (marks[-1] == '"' and marks.count('"') % 2 == 1)


# Participles by which the speaker of the report just before goes on: "..., Jo Roe said, adding"
GOING_ON_PARTICIPLES = frozenset({"adding", "continuing"})
# Verbs whose object is the one spoken to (besides `HEARER_CUES`): "told a news conference"
ADDRESSING_FORMS = frozenset(
    {"told", "tells", "tell", "telling", "asked", "asks", "ask", "briefed"}
)
COMMA_OR_COLON_AT_END = re.compile(r"[:,]\s*$")
NOT_OPENING = re.compile(r"[^ :—–-]")  # what `str.strip(" :—–-")` keeps
NOT_CLOSING = re.compile(r"[^ .,;:!?\n]")  # what `str.strip(" .,;:!?\n")` keeps
TOLD_OR_THAT_AT_END = re.compile(r"\b(?:told [\w ]{1,30}|that)\s*$")
TOLD_AT_END = re.compile(r"\btold (?P<told>[\w ]{1,30})\s*$")


@cache
def _finite_verb_word() -> re.Pattern[str]:
    # (a past in "-ed", or one a participle shares, only after a pronoun: in "told reporters
    # gathered outside", "told troops sent to the border" it describes the ones told)
    return re.compile(
        r"\b(?:(?:he|she|they|it|we|I|you)\s+"
        + finite_verb(after_a_subject=True)
        + r"|(?!\w+ed\b)"
        + finite_verb()
        + ")"
    )


def _finite_verb_in(words: str) -> bool:
    # (not "told workers who lost their jobs": a relative clause on the ones told)
    return _finite_verb_word().search(words) is not None and not RELATIVE_WORD.search(words)


RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which)\b")


THAT_AT_END = re.compile(r"\bthat\s*$")
WORDS_AFTER_QUOTE = re.compile(r"[\s,]*[\w(]")  # the sentence goes on after a quote
QUOTE_MARK = re.compile(r"[\"“”«»]")
SENTENCE_END_MARK = re.compile(r"[.!?]$")
OPEN_LEAD_END = ":,;—–-"  # a lead that ends open (or has no words) is no lead
# What a lead before a colon names when the quote after it is written, not said
WRITTEN_TEXT_NOUNS = frozenset(
    {
        *("slogan", "sign", "signs", "headline", "message", "words", "text", "banner", "caption"),
        *("motto", "title", "note", "inscription", "placard", "poster", "label", "question"),
    }
)
# At most this many words before a colon that opens a quote: a clause, not a paragraph of narrative
COLON_LEAD_WORDS = 12
# The subject's verb, then up to four more words, to the colon: "held", "put it bluntly"
VERB_TO_COLON = re.compile(r"[ \t]+(?P<verb>[a-z][\w'’-]*)(?:[ \t]+[\w'’-]+){0,4}[ \t]*(?=:)")
WORD_CHARACTER = re.compile(r"\w")
# "said, however, that", "said, if elected, she would": a short aside between commas after the verb
ASIDE_AFTER_CUE = re.compile(
    r"\s*,\s*(?:(?:however|though|too|also|in fact|of course|moreover|for example|for instance"
    r"|instead|nonetheless|meanwhile|[a-z]+ly|(?:in|at|on|during|after) [^,;:\"“”]{1,40}?)"
    r"|(?P<condition>(?:if|unless|once|when) [^,;:\"“”]{1,40}?)),\s*(?:that\s+)?(?=\S)"
)
PARTICIPLE_AFTER_COMMA = re.compile(r",\s+[a-z]+ing\b")
THAT_BEFORE_CONTENT = re.compile(r"\bthat\s*$")
COMMA_NOT_BEFORE_THAT = re.compile(r"\s*,(?!\s*that\b)")
# "said that ...", but not "said that was not her view", where "that" is the subject
CONNECTOR_AFTER_CUE = re.compile(
    r"\s*(?::|,)?\s*(?:that\b(?!\s+(?:was|is|were|are|would|will|has|had|could|should|may|might)\b),?)?"
)
# "urged lawmakers to", not "told reporters during a visit to Scotland": an infinitive's "to",
# before no capital or determiner
OBJECT_THEN_TO = re.compile(
    r"\s*(?:[\w.'’-]+\s+){1,5}?to\s(?![A-Z]|(?:the|a|an|his|her|their|its|this|that)\s)"
)
FINITE_VERB_WORD = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does)\b"
)
TO_INFINITIVE = re.compile(r"\s*(?:not\s+)?to\s")
COMMA_AT_END = re.compile(r",\s*$")
THAT_OR_NOTHING = re.compile(r"\s*(?:that\s+)?")
COMMA = re.compile(",")
QUOTE_THEN_COMMA_AT_END = re.compile(r"[\"”»]\s*,\s*$")
AND_OR_BUT_AT_END = re.compile(r"\b(?:and|but)\s+(?:also\s+)?$")
# "Prices will rise, the bank said, and warned that ...", '"...," said Jo Roe, but also noted
# that ...': a verb joined by "and"/"but" to a reporting clause set between commas is that
# clause's speaker's (not the sentence's first noun's)
LAST_WORD = re.compile(r"\b([a-z]+)\s+$")
CLAUSE_END_AFTER = re.compile(r"\s*(?:[,.;:!?\"”]|$)")
COMMA_AND_AT_END = re.compile(r",\s+(?:and|but)\s+(?:also\s+)?$")
CLAUSE_BEFORE_COMMA = re.compile(r"[,\"“”]\s*(?P<clause>[^,\"“”;:.!?]{3,80})$")
VERB_AT_CLAUSE_END = re.compile(
    r"\b(?P<verb>[a-z]+)(?: (?:on|in|at|during|late|early|last|this|yesterday|today)\b[^,]*)?$"
)
VERB_AT_CLAUSE_START = re.compile(r"\s*(?P<verb>[a-z]+)\b")
# "In Kabul, reports Tolo News, the Taliban ...": an opening phrase of where or when, not what
# was reported (that follows the source)
OPENER_ONLY = re.compile(
    r"\s*(?:In|On|At|After|Before|During|Following|Amid|Despite|According to|Meanwhile"
    r"|Separately|Elsewhere|Earlier|Later|However|Since|Under|Over|Throughout|Citing)\b[^,]*,\s*$"
)
# Verbs whose speaker after ", and" is the reporting clause's even when the sentence is about a
# person: "The minister will resign, aides said, and added that ..."
ADDING_FORMS = frozenset({"added", "adds"})
# A clause inside the reporting clause: "the mayor rejected what the council had announced"
CLAUSE_LINK = re.compile(
    r"\b(?:what|which|who|whom|whose|that|than|as|if|when|where|while|because|after|before)\b"
)
COMMA_THEN_AND = re.compile(r",\s+and\s")
# ", is to turn ...": after a source set between commas, the verb of the clause it interrupts
COMMA_THEN_VERB = re.compile(
    r",\s+(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did"
    r"|remains|remained)\b"
)
ACRONYM_WORD_AT = re.compile(r"[A-Z]{2,6}\b(?![.'’-])")
DESCRIBING_WORDS = re.compile(r"[a-z0-9][\w/'’-]*(?: [a-z][\w'’-]*)?")


# "the value added of the tertiary industry", "added to the list": a participle, not a report;
# "the economy added more jobs", "added 54,000 jobs": an amount added, not words
NOT_A_REPORT = {
    "added": r"(?<![Vv]alue added)(?<![Vv]alue-added)(?<!VALUE ADDED)"
    r"(?! (?:(?:of|to|more|fewer|less|another|nearly|almost|roughly)\b|[\d$£€¥]))",
    # "figures show", "data show", "figures from Statistics Finland show", but not "the TV
    # show 'Today'": after a plural, "data" or a name (what speaks must be data: `data_shows`),
    # no quote
    **{
        verb: rf"(?<=\w {verb})(?<!\ba {verb})(?<!\bA {verb})(?!\s*[\"“'‘,.;:)])"
        for verb in ("show", "reveal", "reveals", "indicate")
    },
}


def _names_a_term(before: str) -> bool:
    """`NAMING_WORDS.search(before) is not None`, read from the end: the words end `before`
    but for spaces and a comma, which are cut off (the pattern tried at every position of
    `before` cost more)."""
    words_end = before.rstrip()
    if words_end.endswith(","):
        words_end = words_end[:-1].rstrip()
    return search_at_end(NAMING_WORDS_AT_END, words_end, spaces=1) is not None


def _cue_words() -> frozenset[str]:
    """The words `_cue_pattern` finds: the verbs of saying, the sentence openings that name a
    source ("According to", "As noted by") too."""
    return verbs_of_saying()


@cache
def _cue_pattern() -> re.Pattern[str]:
    verbs = [v for v in _cue_words() if v not in NOT_A_REPORT]
    guarded = [rf"{re.escape(verb)}\b{guard}" for verb, guard in NOT_A_REPORT.items()]
    return re.compile(r"\b(?:" + "|".join([trie_regex(verbs), *guarded]) + r")\b")


def _find_cues(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """`_cue_pattern().finditer(text, start, end)`, tried only where a verb of saying starts
    (found once for the article, see `saying`)."""
    return finditer_after_verb(_cue_pattern(), _cue_words(), text, start, end)


@dataclass
class _Found:
    statement: Statement
    speaker_position: int


class _ParagraphCues:
    """The cue matches of one paragraph, found in one scan, for the rules that ask for the cues of
    a span inside it (each sentence, the words after each quote, ...).

    A scan of the span alone finds exactly the paragraph's matches that lie inside it, unless a
    match of the paragraph crosses an edge of the span or a word goes on past the span's end
    (the cut could end a cue there, or make `\b` hold where it does not): `cues` says None then.
    """

    def __init__(self, text: str, start: int, end: int, quotes: list[Quote]):
        self.text = text
        self.start = start
        self.end = end
        self.quotes = quotes
        self.matches = list(_find_cues(text, start, end))
        self.starts = [m.start() for m in self.matches]
        self.unquoted = [not _inside_a_quote(m.start(), quotes) for m in self.matches]
        # for each match, the index of the last match outside quotes up to it (-1: none)
        self.last_unquoted: list[int] = []
        last = -1
        for i, free in enumerate(self.unquoted):
            last = i if free else last
            self.last_unquoted.append(last)

    def _range(self, start: int, end: int, quotes: list[Quote]) -> tuple[int, int] | None:
        """(first, last) indexes of the matches a scan of `text[start:end]` finds; None when not known."""
        if quotes is not self.quotes or start < self.start or end > self.end:
            return None
        if end < self.end and is_word_char(self.text[end]):
            return None
        matches = self.matches
        first = bisect_left(self.starts, start)
        last = bisect_left(self.starts, end, first)
        if (first and matches[first - 1].end() > start) or (
            last > first and matches[last - 1].end() > end
        ):
            return None
        return first, last

    def cues(self, start: int, end: int, quotes: list[Quote]) -> list[re.Match[str]] | None:
        """The matches outside `quotes` that a scan of `text[start:end]` finds; None when not known."""
        found = self._range(start, end, quotes)
        if found is None:
            return None
        first, last = found
        return [
            m
            for m, free in zip(self.matches[first:last], self.unquoted[first:last], strict=True)
            if free
        ]

    def last_cue(
        self, start: int, end: int, quotes: list[Quote]
    ) -> tuple[bool, re.Match[str] | None]:
        """(known, the last match outside `quotes` a scan of `text[start:end]` finds)."""
        found = self._range(start, end, quotes)
        if found is None:
            return False, None
        first, last = found
        at = self.last_unquoted[last - 1] if last > first else -1
        return True, (self.matches[at] if at >= first else None)


@cache
def _office_lead() -> re.Pattern[str]:
    """Words before a speaker's name that are only the office they hold: "The Inspector-General
    of Police,", "Minister of Works and Housing,"."""
    return re.compile(
        # (without a determiner the office opens the words: not "We back the president,")
        r"\s*(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){0,3}?|(?=[A-Z]))"
        rf"(?i:{trie_regex(titles())})"
        # ("Minister of Finance, Budget and National Planning,": a portfolio listed with commas)
        r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:,?\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*)*"
        # ("The chairman of the Joint Chiefs of Staff,", "The head of the union,": a body's name
        # or a noun phrase, no verb in it)
        rf"|\s+(?:of|for|at)(?:\s+(?!{finite_verb()})[\w'’.&-]+){{1,8}})?"
        r"\s*,?\s*"
    )


def _inside_a_quote(position: int, quotes: list[Quote]) -> bool:
    """Whether `position` is inside the marks of one of `quotes` (in order, never overlapping)."""
    i = bisect_right(quotes, position, key=lambda q: q.inner_start) - 1
    return i >= 0 and position < quotes[i].inner_end


def _last_quote_closed_by(position: int, quotes: list[Quote]) -> Quote | None:
    """The last of `quotes` that closes at or before `position`."""
    i = bisect_right(quotes, position, key=lambda q: q.close)
    return quotes[i - 1] if i else None


def _first_quote_opened_from(position: int, quotes: list[Quote]) -> Quote | None:
    """The first of `quotes` that opens at or after `position`."""
    i = bisect_left(quotes, position, key=lambda q: q.open)
    return quotes[i] if i < len(quotes) else None


def _strip_span(text: str, start: int, end: int, trailing: str = " ,;:") -> tuple[int, int]:
    """`start`, `end` moved past white space (a no-break space too) and `trailing` punctuation."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1] in trailing or text[end - 1].isspace()):
        end -= 1
    return start, end


# The colon after the source of "According to X:" and the spaces after it
COLON_AFTER_SOURCE = re.compile(r"[ \t]*:\s*")


class StatementFinder:
    def __init__(
        self,
        text: str,
        body_start: int,
        index: EntityIndex,
        person_titles: dict[str, str] | None = None,
        turns: list[SpokenTurn] = (),
        institution_kinds: dict[str, str] | None = None,
        person_affiliations: dict[str, str] | None = None,
    ):
        self.text = text
        self.body_start = body_start
        self.index = index
        self._institution_kinds = institution_kinds or {}
        self.resolver = SpeakerResolver(
            text, index, person_titles or {}, turns, institution_kinds, person_affiliations
        )
        self.found: list[_Found] = []
        self._spans: SortedSpans[int] = SortedSpans()  # where each found statement is
        # statements reported inside another's words (`_emit_nested`), and where they are
        self.nested: list[Statement] = []
        self._nested_spans: SortedSpans[int] = SortedSpans()
        self._speakers_at: SortedSpans[int] = SortedSpans()  # each speaker position, once
        self._first_at: dict[int, _Found] = {}  # the first statement spoken at each position
        # keyed by the pattern's id: hashing a compiled pattern hashes all of its code, each time
        # (each entry's `Matches` holds its pattern, so no other pattern can take that id)
        self._scans: dict[tuple[int, int, int], Matches] = {}
        self._words_ends: dict[tuple[int, int], int] = {}
        self._first_verb_cues: dict[tuple[int, int], int] = {}  # see `_first_verb_cue`
        self._semicolon_lists: dict[tuple[int, int], bool] = {}  # see `_semicolon_list`
        self._quotes: list[Quote] = []  # the quotes of the article, set by `find_indirect`
        # floor -> where the comma closing the subordinate clause that opens it is (None: none)
        self._subordinate: dict[int, int | None] = {}
        self.used_cues: set[int] = set()
        self._sentences: list[Sentence] = []  # the sentences of the paragraph being read
        self._sentence_starts: list[int] = []
        self._paragraph_cues: _ParagraphCues | None = None  # and its cues
        self._nominal_cues: list[re.Match[str]] | None = None  # see `find_nominal`
        self._nominal_starts: list[int] = []

    # --- helpers -------------------------------------------------------------------------------

    def _emit(
        self, speaker: ResolvedSpeaker, phrase_start: int, kind: str, cue: str, start: int, end: int
    ) -> bool:
        if kind == "indirect" and self.text[end - 1 : end] == "]":
            # "... record highs [September 2023]": a bracketed note after a headline
            bracket = self.text.rfind(" [", max(start, end - BRACKETED_NOTE), end)
            if bracket > start:
                end = bracket
        if end <= start:
            return False
        if kind == "indirect" and not has_words(self.text, start, end, MIN_CONTENT_WORDS):
            return False
        if self._spans.overlaps(start, end):
            return self._emit_nested(speaker, phrase_start, kind, cue, start, end)
        self._spans.insert(start, end, len(self.found))
        if phrase_start not in self._first_at:
            self._speakers_at.insert(phrase_start, phrase_start, phrase_start)
        self.found.append(_Found(self._statement(speaker, kind, cue, start, end), phrase_start))
        self._first_at.setdefault(phrase_start, self.found[-1])
        self.resolver.remember(phrase_start, speaker)
        return True

    def _name_the_lede_officer(self) -> None:
        """ "Iraq exported 1.85 million bpd in July, an Iraqi oil official said." then "Falah
        al-Amri, the head of SOMO, said ...": a lede that reports an officer left unnamed ("a
        minister", "a senior central bank official"), before the story names anyone, is the
        first person the story names next, when that person is the next to speak, within
        `LEDE_REACH` characters, and holds the office ("a minister": a title with that word;
        "an official": any title). People named inside what the lede reports do not count
        ("... sentenced former leader Marc Ravalomanana ..., a minister says"). Not a source
        who asked not to be named ("speaking on condition of anonymity", from the lede's
        paragraph to the name), nor a head of state or government for "an official"; the
        description's words that tell the field ("oil", "central bank") must be words of the
        person's title, organisation or the words around the name (`_fits_the_office`): "a
        local official" is no provincial police chief, "a Russian official" no Ukrainian
        president."""
        found = sorted(self.found, key=lambda f: f.statement.char_start)
        people = [span for span in self.index.spans if span.entity_type == "person"]
        for i, lede in enumerate(found):
            statement = lede.statement
            reported = {
                span.entity_id
                for span in people
                if statement.char_start <= span.start < statement.char_end
            }
            named = [
                span
                for span in people
                if not statement.char_start <= span.start < statement.char_end
                # (nor a caption's or a headline's name of someone the lede reports on:
                # "Madagascar President Marc Ravalomanana gives a speech" above "... sentenced
                # former leader Marc Ravalomanana ..., a minister says")
                and not (span.start < lede.speaker_position and span.entity_id in reported)
            ]
            if not named or named[0].start < lede.speaker_position:
                return  # someone was named before: no lede's officer after it
            words = statement.speaker.lower().split()
            if (
                statement.speaker_type != "unknown"
                or words[0] not in ("a", "an")
                or len(words) > LEDE_OFFICER_WORDS
                or (words[-1] not in titles() and words[-1] not in LEDE_OFFICERS)
            ):
                continue
            person = named[0]
            after = next(
                (f.statement for f in found[i + 1 :] if f.statement.speaker_type == "person"), None
            )
            title = (self.resolver.person_titles.get(person.entity_id) or "").lower().split()
            paragraph = self.text.rfind("\n", 0, statement.char_start) + 1
            if (
                after is not None
                and after.speaker_person_id == person.entity_id
                and person.start - lede.speaker_position <= LEDE_REACH
                and (bool(title) if words[-1] in LEDE_OFFICERS else words[-1] in title)
                and not (words[-1] in LEDE_OFFICERS and HEADS_OF_GOVERNMENT.intersection(title))
                and not ANONYMITY.search(self.text, paragraph, person.start)
                and self._fits_the_office(
                    words[:-1], title, person, self._bodies_of_the_office(lede, statement, title)
                )
            ):
                lede.statement = replace(
                    statement,
                    speaker=after.speaker,
                    speaker_type="person",
                    speaker_person_id=after.speaker_person_id,
                )
            return

    def _bodies_of_the_office(
        self, lede: _Found, statement: Statement, title: list[str]
    ) -> set[str]:
        """The words of an organisation the lede's description names whose head word the
        person's title holds, with no other body's words before it: "a senior Serbian
        Environment Ministry official" and "Ministry State Secretary Jo Roe" (the ministry's
        words fit the office)."""
        start = lede.speaker_position
        words: set[str] = set()
        for span in self.index.within(start, start + len(statement.speaker), ("institution",)):
            name = [word.lower() for word in re.findall(r"[\w-]+", span.text)]
            # (the title's words before the head are the organisation's: "Finance Ministry
            # Secretary" names another ministry than "a Health Ministry official")
            if name and name[-1] in title and set(title[: title.index(name[-1])]) <= set(name):
                words.update(name)
        return words

    def _fits_the_office(
        self,
        described: list[str],
        title: list[str],
        person: EntitySpan,
        bodies: set[str] = frozenset(),
    ) -> bool:
        """Whether the words describing an unnamed officer ("an Iraqi oil", of "an Iraqi oil
        official") fit the person named: each word that tells the office's field (not an
        article, "senior", "government") is a word of the person's title, of the name of their
        organisation ("State Oil Marketing Organization") or of the words around the name in
        its paragraph ("Jo Amri, the head of the state oil marketing company, said"); a
        nationality, when a country is written there too, is that country's ("Iraq's", not
        "Ukrainian President Jo Roe")."""
        before, after = LEDE_NAME_CONTEXT
        line_start = self.text.rfind("\n", 0, person.start) + 1
        line_end = self.text.find("\n", person.end)
        line_end = len(self.text) if line_end < 0 else line_end
        # (after the name, its appositive: up to the verb of saying or a quote mark, not what
        # was said, which may name other countries)
        tail = self.text[person.end : min(line_end, person.end + after)]
        said = APPOSITIVE_STOP.search(tail)
        around = re.findall(
            r"[\w-]+",
            self.text[max(line_start, person.start - before) : person.start]
            + " "
            + (tail[: said.start()] if said else tail),
        )
        known = set(title) | {word.lower() for word in around} | bodies
        affiliation = self.resolver.person_affiliations.get(person.entity_id)
        if affiliation is not None:
            for span in self.index.spans:
                if span.entity_type == "institution" and span.entity_id == affiliation:
                    known.update(word.lower() for word in re.findall(r"[\w-]+", span.text))
        said_countries = {demonym_country(word.title()) for word in described} - {None}
        written_countries = {demonym_country(word) or countries().get(word) for word in around}
        written_countries.discard(None)
        if said_countries and written_countries and not said_countries & written_countries:
            return False
        return all(
            word in known
            for word in described
            if word not in LEDE_GENERIC_WORDS and word.title() not in nationalities()
        )

    def _emit_nested(
        self, speaker: ResolvedSpeaker, phrase_start: int, kind: str, cue: str, start: int, end: int
    ) -> bool:
        """A statement reported inside another's words, its speaker named there too: "Jo Roe
        said he welcomed the comments of Ann Lee, who said the vote was fair" (Ann Lee's). It
        is kept beside the statements, never as the antecedent of a later "he said"."""
        outer = self._spans.holding(min(start, phrase_start), end)
        if (
            # (a named speaker and a verb of saying: "which he said had harmed", "others say"
            # inside another's words are as often the writer's paraphrase)
            speaker.speaker_type not in ("person", "institution")
            or cue.split()[-1].lower() not in NESTED_CUES
            or RELATIVE_BEFORE.search(self.text, max(0, phrase_start - 8), phrase_start)
            or outer is None
            or outer[0] >= min(start, phrase_start)  # (a statement id is its start: never shared)
            or self._nested_spans.overlaps(start, end)
        ):
            return False
        self._nested_spans.insert(start, end, len(self.nested))
        self.nested.append(self._statement(speaker, kind, cue, start, end))
        return True

    def _statement(
        self, speaker: ResolvedSpeaker, kind: str, cue: str, start: int, end: int
    ) -> Statement:
        return Statement(
            speaker=speaker.name,
            speaker_type=speaker.speaker_type,
            kind=kind,
            cue=cue,
            text=self.text[start:end],
            char_start=start,
            char_end=end,
            speaker_person_id=speaker.person_id,
            speaker_institution_id=speaker.institution_id,
        )

    def _scan(self, pattern: re.Pattern[str], sentence: Sentence) -> Matches:
        """Every match of `pattern` in the sentence, found once for all the cues that ask."""
        key = (id(pattern), sentence.start, sentence.end)
        found = self._scans.get(key)
        if found is None:
            found = self._scans[key] = Matches(pattern, self.text, sentence.start, sentence.end)
        return found

    def _first_unquoted(
        self, pattern: re.Pattern[str], sentence: Sentence, position: int
    ) -> re.Match[str] | None:
        """The first match of `pattern` in the sentence from `position` on that does not start
        inside the paragraph's quote marks (the sentence's matches read once, see `Matches`)."""
        matches = self._scan(pattern, sentence)
        if position < sentence.start:
            return matches.first(position)
        quotes = self._paragraph_cues.quotes if self._paragraph_cues is not None else []
        match = matches.first(position)
        while match is not None and _inside_a_quote(match.start(), quotes):
            match = matches.first(match.start() + 1)
        return match

    def _cues(self, start: int, end: int, quotes: list[Quote]) -> list[re.Match[str]]:
        """Cue matches in `text[start:end]` outside `quotes`: taken from the paragraph's when they
        are the same, else from a scan of the span."""
        if self._paragraph_cues is not None:
            cues = self._paragraph_cues.cues(start, end, quotes)
            if cues is not None:
                return cues
        return [
            m for m in _find_cues(self.text, start, end) if not _inside_a_quote(m.start(), quotes)
        ]

    def _last_cue(self, start: int, end: int, quotes: list[Quote]) -> re.Match[str] | None:
        """`self._cues(start, end, quotes)[-1]`, or None when there is no cue."""
        if self._paragraph_cues is not None:
            known, cue = self._paragraph_cues.last_cue(start, end, quotes)
            if known:
                return cue
        cues = self._cues(start, end, quotes)
        return cues[-1] if cues else None

    def _last_found_in(self, start: int, position: int) -> _Found | None:
        """The statement whose speaker was named last before `position` (in text order; of
        several named there, the one found first)."""
        spoken_at = next(self._speakers_at.ending_at_or_before(position - 1), None)
        return self._first_at[spoken_at] if spoken_at is not None and spoken_at >= start else None

    def _last_speaker_in(self, start: int, position: int) -> tuple[ResolvedSpeaker, int] | None:
        """The speaker named last before `position` (in text order, not in the order found)."""
        found = self._last_found_in(start, position)
        if found is None:
            return None
        s = found.statement
        speaker = ResolvedSpeaker(
            s.speaker, s.speaker_type, s.speaker_person_id, s.speaker_institution_id
        )
        return speaker, found.speaker_position

    def _reporter_before_participle(
        self, floor: int, position: int, quotes: list[Quote]
    ) -> SpeakerPhrase | None:
        """The speaker of the report that ends with the comma just before a participle at
        `position`: "Jane Roe said, adding", "said Jane Roe, adding"."""
        text = self.text
        reported = self._last_cue(floor, position, quotes)
        if reported is None or reported.group() in PARTICIPLES:
            return None
        rest = text[reported.end() : position].rstrip()
        if not rest.endswith(","):
            return None
        if "," in rest[:-1]:
            return None
        # ('"...," said Jane Roe, adding': the report inverted after a comma or a double quote;
        # not "with Sanders’ comments Tuesday, telling", a possessive's apostrophe)
        inverted = not COMMA_GAP.fullmatch(rest) and last_non_space(
            text, floor, reported.start()
        ) in (",", '"', "”")
        if inverted:
            return speaker_after(text, self.index, reported.end(), reported.end() + len(rest) - 1)
        # ("Jane Roe said, adding"; "Jane Roe said in a statement, adding"; "Jane Roe said the
        # plan would fail, adding": the report's subject goes on)
        return speaker_before(text, self.index, reported.start(), floor)

    def _verb_has_its_own_object(self, form: str, position: int, end: int) -> bool:
        """Whether the verb of saying ending at `position` takes an object that is no one spoken
        to: "announced his resignation" (not "told a news conference", "wrote her supporters",
        "cautioned his clients")."""
        if form in HEARER_CUES or form in ADDRESSING_FORMS:
            return False
        obj = OBJECT_AFTER_CUE.match(self.text, position, end)
        return obj is not None and obj["noun"].lower() not in _people_nouns()

    def _passive_agent(self, floor: int, position: int) -> SpeakerPhrase | None:
        """The person or organisation named after "by" in a passive that ends with the comma
        before a participle at `position`: "was confirmed by the head of the opposition, Jo
        Roe, adding" (no comma between "by" and the name but an appositive's)."""
        text = self.text
        comma = position
        while comma > floor and text[comma - 1] in " \t":
            comma -= 1
        if comma <= floor or text[comma - 1] != ",":
            return None
        agent = self.index.ending_at(comma - 1, ("person", "institution"))
        if agent is None:
            return None
        by = PASSIVE_BY.search(text, max(floor, agent.start - PASSIVE_AGENT_REACH), agent.start)
        if by is None:
            return None
        # (not "Jo Roe was questioned by the committee, insisting ...": a person or a body
        # undergoing it speaks)
        subject = sentence_subject(text, self.index, floor, by.start())
        if subject is not None and subject.kind in ("entity", "pronoun", "name"):
            return None
        return SpeakerPhrase(agent.start, agent.end, agent.text, "entity", agent)

    # --- direct quotes -----------------------------------------------------------------------

    def _attribute_quote(
        self, quote: Quote, sentence: Sentence, quotes: list[Quote]
    ) -> tuple[SpeakerPhrase, str, int] | None:
        """(speaker phrase, cue, cue start) from the words around a quote in its sentence."""
        text = self.text
        # After: `"...," she said` / `"...," said Name`
        end = sentence.end
        # (the mark before the closing one: "?''" closes with two characters, as '?"' with one)
        last_mark = text[quote.inner_end - 1 : quote.inner_end]
        if end <= quote.close + 1 and last_mark and last_mark in "?!.":
            # `"Why now?" Clinton said.`: the splitter ended the sentence at the question mark;
            # `"We will appeal." Jane Roe told the court.`: at the period, when the next
            # sentence is only the attribution
            following = bisect_left(self._sentence_starts, quote.close)
            if following < len(self._sentences) and (
                last_mark != "." or self._only_attribution(self._sentences[following])
            ):
                end = self._sentences[following].end
        after_end = min(end, quote.close + 160)
        next_quote = _first_quote_opened_from(quote.close, quotes)
        next_quote = next_quote.open if next_quote else after_end
        for cue in self._cues(quote.close, min(after_end, next_quote), quotes):
            if (
                cue.group() == "according to"
                and self._last_cue(sentence.start, quote.open, quotes)
                and self._an_outlet_at(_skip_spaces(text, cue.end()), sentence.end)
            ):
                # 'The office said the rise was "...," according to the agency': the quote is
                # part of what the office said, which the agency relayed
                break
            if last_non_space(text, quote.inner_start, quote.inner_end) in (
                ".",
                "?",
                "!",
            ) and _introduces(text, cue.end(), next_quote):
                # '"We are refugees." Mr. Zahed said: "The attack ..."': the cue's colon points
                # at the quote after it, not back at this one
                break
            between = text[quote.close : cue.start()]
            if COMMA_GAP.fullmatch(between) and cue.group() in PARTICIPLES:
                # ('... address “that person,” telling Fox 35 that ...': no participle has its
                # subject after it, and what it reports follows it)
                break
            if COMMA_GAP.fullmatch(between):
                phrase = speaker_after(text, self.index, cue.end(), sentence.end)
            else:
                floor = quote.close + len(COMMA_GAP.match(between).group())
                phrase = speaker_before(text, self.index, cue.start(), floor)
                # only a title may stand before the speaker: `"...," Tulsa police Chief Jane Roe said`
                # (its organisation first: `"...," IMF mission chief Jane Roe said`)
                if phrase and not self._titles_only(floor, phrase.start):
                    phrase = None
                opens_sentence = not NOT_OPENING.search(text, sentence.start, quote.open)
                if phrase and not opens_sentence and self._own_content(cue, sentence):
                    phrase = None  # 'On "Face the Nation," Jane Roe said the talks failed': the cue has its own content
            if phrase and not _speaks_for(cue.group(), phrase):
                phrase = None  # '"...," reads a sign': only a document reads
            if phrase:
                return phrase, cue.group(), cue.start()
            if _relative_before(text, quote.close, cue.start()):
                # '"...," a police official who requested anonymity told AFP': the verb of a
                # relative clause, not the report's
                continue
            break
        # Before: `Name said: "..."`, `Name told reporters: "..."`, `Said Name: "..."`
        split = self._split_quote_speaker(quote, sentence, quotes)
        if split is not None:
            return split
        before = self._words_before(sentence.start, quote.open)
        inverted = _inverted_cue().fullmatch(text, sentence.start, quote.open)
        if inverted:
            phrase = speaker_after(text, self.index, inverted.end("cue"), quote.open)
            if phrase:
                return phrase, inverted.group("cue").lower(), inverted.start("cue")
        cue = self._last_cue(sentence.start, quote.open, quotes)
        # 'said that "bombastic comments" do more harm': the quote is a part of what was said
        partial_after_that = (
            (
                THAT_AT_END.search(before)
                and WORDS_AFTER_QUOTE.match(text, quote.close, sentence.end)
            )
            # 'told reporters the plan was "a disaster"': a clause, its verb before the quote
            or ((told := TOLD_AT_END.search(before)) and _finite_verb_in(told.group("told")))
        )
        if (
            cue is not None
            and not partial_after_that
            and (
                COMMA_OR_COLON_AT_END.search(before)
                or TOLD_OR_THAT_AT_END.search(before)
                # '"...," he said, but "...": the speaker goes on
                or SAID_AND_BEFORE.search(before)
                # 'Jane Roe declared "...".': only a whole quote, not a partial one inside the sentence
                or (
                    is_blank(text, cue.end(), quote.open)
                    and not NOT_CLOSING.search(text, quote.close, sentence.end)
                )
            )
        ):
            # 'told reporters: "..."', 'told one of his aides on a regular basis that "..."'
            longest = (
                16
                if cue.group().startswith("told")
                and _ends_with(text, cue.end(), quote.open, "that")
                else 8
            )
            if not has_words(text, cue.end(), quote.open, longest + 1) and not QUOTE_MARK.search(
                text, cue.end(), quote.open
            ):
                closed = _last_quote_closed_by(cue.start(), quotes)
                floor = max(closed.close, sentence.start) if closed else sentence.start
                phrase = speaker_before(text, self.index, cue.start(), floor)
                if phrase is None and cue.group() in PARTICIPLES:
                    # "footage of Trump saying, '...'": the name right before the participle
                    named = speaker_before(
                        text, self.index, cue.start(), floor, at_clause_start=False
                    )
                    phrase = named if named is not None and named.kind == "entity" else None
                preceding = self._words_before(floor, cue.start())
                if (
                    phrase is None
                    and cue.group() in PARTICIPLES
                    and last_non_space(text, floor, cue.start()) == ","
                ):
                    # '"...," she said, adding, "..."': who spoke just before goes on
                    previous = self._last_speaker_in(sentence.start, cue.start())
                    if previous:
                        speaker, position = previous
                        phrase = SpeakerPhrase(
                            position, position, speaker.name, "known", None, speaker
                        )
                    elif cue.group() in GOING_ON_PARTICIPLES:
                        # 'X did Y, Jane Roe said, adding, "..."': quotes are read before the
                        # report that ends just before the participle, whose speaker goes on
                        # (not "..., her office said, saying, ...": who says it is unclear)
                        phrase = self._reporter_before_participle(floor, cue.start(), quotes)
                if phrase is None and (
                    cue.group() in PARTICIPLES or AND_BEFORE_CUE.search(preceding)
                ):
                    # 'She defended the plan, saying, "..."', 'She ... and repeatedly says, "..."':
                    # the subject of the sentence speaks
                    phrase = (
                        participle_subject(text, self.index, sentence.start, cue.start())
                        if cue.group() in PARTICIPLES
                        else sentence_subject(text, self.index, sentence.start, cue.start())
                    )
                if phrase and _speaks_for(cue.group(), phrase):
                    return phrase, cue.group(), cue.start()
        return None

    def _split_quote_speaker(
        self, quote: Quote, sentence: Sentence, quotes: list[Quote]
    ) -> tuple[SpeakerPhrase, str, int] | None:
        """The speaker of a quote's second part when the attribution, its verb first, splits one
        quote: '"The risk," said Jane Roe, an economist at the bank, "is that ..."'."""
        text = self.text
        previous = _last_quote_closed_by(quote.open, quotes)
        if previous is None or previous.open < sentence.start or previous is quote:
            return None
        cues = self._cues(previous.close, quote.open, quotes)
        # (one verb only: '"We won," said Jane Roe, but John Smith said, "..."' names two)
        cue = cues[0] if len(cues) == 1 else None
        if cue is None or not COMMA_GAP.fullmatch(text, previous.close, cue.start()):
            return None
        if last_non_space(text, cue.end(), quote.open) != "," or has_words(
            text, cue.end(), quote.open, SPLIT_ATTRIBUTION_WORDS + 1
        ):
            return None
        phrase = speaker_after(text, self.index, cue.end(), quote.open)
        if phrase is None or not _speaks_for(cue.group(), phrase):
            return None
        return phrase, cue.group(), cue.start()

    def _titles_only(self, start: int, end: int) -> bool:
        """Whether `text[start:end]` is only a speaker's titles and a word or two describing
        them, perhaps after the name of their organisation or country ("IMF mission chief")."""
        words = strip_titles(self.text[start:end])
        if _describes_speaker(words):
            return True
        # '"...," the bank's chief economist, Ana Ruiz, said': a description, then the name
        # between commas
        described = self.text[start:end].rstrip()
        if described.endswith(","):
            described = described[:-1].rstrip()
            stripped = strip_titles(described + " ")
            # (a title word was there to strip: not '"..." income, he said')
            if stripped != described and _describes_speaker(stripped):
                return True
        first = start + len(words) - len(words.lstrip())
        owner = self.index.starting_at(first, ("institution", "country"))
        if owner is not None:
            return _describes_speaker(strip_titles(self.text[owner.end : end]))
        acronym = ACRONYM_WORD_AT.match(self.text, first, end)  # "IMF", named or not
        return acronym is not None and _describes_speaker(
            strip_titles(self.text[acronym.end() : end])
        )

    def _only_attribution(self, sentence: Sentence) -> bool:
        """Whether a sentence is a speaker and a verb of saying with at most a few words after
        it and no quote: "Justice Jane Roe told a packed court.", not "Jane Roe said the ..."."""
        text = self.text
        # (the words counted first: only a short sentence is searched for a quote mark)
        if has_words(
            text, sentence.start, sentence.end, ONLY_ATTRIBUTION_WORDS + 1
        ) or QUOTE_MARK.search(text, sentence.start, sentence.end):
            return False
        cue = self._scan(_cue_pattern(), sentence).first(sentence.start)
        return cue is not None and not has_words(
            text, cue.end(), sentence.end, ONLY_ATTRIBUTION_WORDS_AFTER + 1
        )

    def _own_content(self, cue: re.Match[str], sentence: Sentence) -> bool:
        """Whether what follows a cue after a quote is what was said, not where or when
        ('..., "absurd debate," he said in comments to a daily, stressing ...')."""
        content = self._content_after(cue, sentence)
        return content is not None and not (
            PREPOSITION.match(self.text, content[0])
            and not THAT_WORD.search(self.text, cue.end(), content[0])
        )

    def _colon_intro(
        self, para_start: int, para_end: int, sentences: list[Sentence], quotes: list[Quote]
    ) -> tuple[ResolvedSpeaker, int, str, int] | None:
        """A paragraph that ends `Name said:` introduces the quote of the next paragraph."""
        if not sentences or not self.text[para_start:para_end].rstrip().endswith(":"):
            return None
        last = sentences[-1]
        cue = self._last_cue(last.start, para_end, quotes)
        if cue is None or has_words(self.text, cue.end(), para_end, 5):
            return None
        phrase = speaker_before(self.text, self.index, cue.start(), last.start)
        if phrase is None:
            return None
        return self.resolver.resolve(phrase), phrase.start, cue.group(), cue.start()

    def _quote_span(self, quote: Quote) -> tuple[int, int]:
        return _strip_span(self.text, quote.inner_start, quote.inner_end)

    def _is_title_or_term(self, quote: Quote) -> bool:
        if _names_a_term(self.text[max(0, quote.open - 40) : quote.open]):
            return True
        # in title case: two words at least, each capitalized but the small ones ("of", "the");
        # a quote's first word that is not ends the reading (most quotes are sentences)
        inner = self.text[quote.inner_start : quote.inner_end]
        words = 0
        for word in inner.strip(" ,").split():
            if word.lower() in SMALL_TITLE_WORDS:
                continue
            if not (word[:1].isupper() or not word[:1].isalpha()):
                return False
            words += 1
        return words >= 2 and not SENTENCE_END_MARK.search(inner.strip())

    def find_direct(
        self, sentences: list[Sentence], quotes: list[Quote]
    ) -> list[tuple[Quote, Sentence]]:
        """Quotes attributed in their own sentence; returns the others, for `_attribute_from_neighbours`."""
        unattributed: list[tuple[Quote, Sentence]] = []
        for quote in quotes:
            at = bisect_right(self._sentence_starts, quote.open) - 1
            sentence = sentences[at] if at >= 0 and quote.open < sentences[at].end else None
            if sentence is None or self._is_title_or_term(quote):
                continue
            attribution = self._attribute_quote(quote, sentence, quotes)
            start, end = self._quote_span(quote)
            if attribution:
                phrase, cue, cue_start = attribution
                speaker = self.resolver.resolve(phrase)
                kind = "direct"
                lead = self._lead_of(quote, sentence, quotes) if cue_start > quote.close else None
                if lead is not None:
                    # 'The plan "leaves out the poor," she said': reported speech with a partial
                    # quote, as in 'she said the plan "leaves out the poor"'
                    kind = "indirect"
                    start, end = _strip_span(self.text, lead, quote.close, trailing=" ,;:")
                if self._emit(speaker, phrase.start, kind, cue, start, end):
                    self.used_cues.add(cue_start)
            elif not self._attribute_after_dash(quote) and not self._attribute_after_colon(
                quote, sentence, quotes
            ):
                unattributed.append((quote, sentence))
        return unattributed

    def _attribute_characterised(self, quote: Quote, sentence: Sentence) -> bool:
        """'Jo Roe called the amount a "down payment."', 'The UN described the law as "a
        significant advance"', 'something he described as a "gross violation"': the quoted
        words a named speaker (or a pronoun for one) put on a thing: a direct statement of the
        quoted words alone, however few."""
        text = self.text
        window = max(sentence.start, quote.open - CHARACTERISING_REACH)
        if not CHARACTERISING_STEMS.search(text, window, quote.open):
            return False  # (a plain alternation of literals first: the full pattern is slower)
        verb = CHARACTERISING.match(text, window, quote.open)
        if verb is None or QUOTED_NAME.fullmatch(text, quote.open, quote.close):
            return False  # ('Acme called its phone "Nova"': a name given)
        if verb["verb"].endswith("ing"):
            # "..., describing the report as "...": the sentence's subject describes
            phrase = sentence_subject(text, self.index, sentence.start, verb.start("verb"))
        else:
            phrase = speaker_before(text, self.index, verb.start("verb"), sentence.start)
        if phrase is None:
            return False
        speaker = self.resolver.resolve(phrase)
        said_before = self._speaker_in(sentence, quote.open) if phrase.kind == "pronoun" else None
        if said_before is not None:
            # "According to Jo Roe, the men were held for years, something he described as a
            # "...": the pronoun is who the sentence reports, not the last name before it
            speaker = said_before
        if speaker.speaker_type not in ("person", "institution"):
            return False  # "a village called "Hope"", "the so-called "reform"": no one speaks
        start, end = quote.open, quote.close
        if self._spans.overlaps(start, end):
            return False  # inside what a report says: part of it
        return self._emit(speaker, phrase.start, "direct", verb["verb"], start, end)

    def _attribute_after_colon(self, quote: Quote, sentence: Sentence, quotes: list[Quote]) -> bool:
        """'The judge held: "..."', 'She put it bluntly: "..."': a short clause of a person or
        an institution and a verb of their own, its colon opening the quote. (Clauses with a
        verb of saying were read by `_attribute_quote`; "The sign read:" has no such subject.)"""
        text = self.text
        colon = text.rfind(":", sentence.start, quote.open)
        if colon < 0 or not is_blank(text, colon + 1, quote.open):
            return False
        if _last_quote_closed_by(quote.open, quotes) is not None and (
            _last_quote_closed_by(quote.open, quotes).close > sentence.start
        ):
            return False  # another quote in the lead: its own attribution
        if has_words(text, sentence.start, colon, COLON_LEAD_WORDS + 1):
            return False
        phrase = sentence_subject(text, self.index, sentence.start, colon) or description_subject(
            text, sentence.start, colon
        )
        if phrase is None:
            return False
        verb = VERB_TO_COLON.match(text, phrase.end, colon + 1)
        if (
            verb is None
            or verb["verb"] in function_words()  # "Jane Roe and Jo Lee:"
            # "The company printed the slogan:", "He held up a sign:": words written, not said
            or any(
                word in WRITTEN_TEXT_NOUNS for word in text[verb.start() : colon].lower().split()
            )
            or self.index.ending_at(colon, ("person",)) is not None
        ):
            # "Jane Roe:" is a transcript's label, "CBS moderator Jane Roe:" too, and "Jane Roe,
            # minister:" a caption
            return False
        start, end = self._quote_span(quote)
        if not has_words(text, start, end, 4):
            return False
        speaker = self.resolver.resolve(phrase)
        if speaker.speaker_type not in ("person", "institution"):
            return False
        cue = text[verb.start("verb") : colon].strip()
        return self._emit(speaker, phrase.start, "direct", cue, start, end)

    def _attribute_after_dash(self, quote: Quote) -> bool:
        """'"We will not fail." — Jane Roe, Finance Minister': a quote signed after a dash,
        the name (and its title) closing the line."""
        text = self.text
        dash = DASH_SIGNATURE.match(text, quote.close)
        if not quote.closed or dash is None:
            return False
        line_end = text.find("\n", dash.end())
        line_end = len(text) if line_end < 0 else line_end
        if line_end - dash.end() > SIGNATURE_REACH:
            return False
        phrase = speaker_after(text, self.index, dash.end(), line_end)
        if phrase is None or phrase.kind not in ("entity", "name"):
            return False
        if phrase.entity is not None and phrase.entity.entity_type not in ("person", "institution"):
            return False
        start, end = self._quote_span(quote)
        words = sum(1 for _ in itertools.islice(NON_SPACE.finditer(text, start, end), 4))
        if words < 4 or not SIGNATURE_END.fullmatch(text, phrase.end, line_end):
            return False
        return self._emit(
            self.resolver.resolve(phrase), phrase.start, "direct", dash["dash"], start, end
        )

    def _lead_of(self, quote: Quote, sentence: Sentence, quotes: list[Quote]) -> int | None:
        """Where the writer's words that a quote completes begin, if the quote does not open its clause.

        An earlier quote in the sentence that is no statement of its own is a part of those
        words: 'Bank Indonesia "has more space" while its counterpart "is running out of
        ammunition", said Jane Roe' is one report."""
        closed = _last_quote_closed_by(quote.open, quotes)
        text = self.text
        for _ in range(MAX_PARTIAL_QUOTES):
            if (
                closed is None
                or closed.open < sentence.start
                or self._spans.overlaps(closed.inner_start, closed.inner_end)
                or not WORD_CHARACTER.search(text, closed.close, quote.open)
            ):
                break
            closed = _last_quote_closed_by(closed.open, quotes)
        floor = max(closed.close, sentence.start) if closed else sentence.start
        if (
            is_blank(text, floor, quote.open)
            or last_non_space(text, floor, quote.open) in OPEN_LEAD_END
            or not WORD_CHARACTER.search(text, floor, quote.open)
        ):
            return None  # 'She said: "..."', '..., adding, "..."': the quote is its own clause
        if has_words(text, floor, quote.open, 41) or self._last_cue(floor, quote.open, quotes):
            return None  # a lead with its own verb of saying is another statement
        return floor

    def _attribute_from_neighbours(
        self, quote: Quote, sentence: Sentence, quotes: list[Quote]
    ) -> bool:
        """A quote that opens its sentence, spoken by whoever spoke just before (or just after)."""
        before = not is_blank(self.text, sentence.start, quote.open)
        start, end = self._quote_span(quote)
        words = sum(
            1 for _ in itertools.islice(NON_SPACE.finditer(self.text, start, end), SUBHEAD_WORDS)
        )
        if before or (words < 4 and not (words >= 2 and self.text[end - 1 : end] in ".!?")):
            return False  # a partial quote inside reported speech, or a scare quote
        if (
            words < SUBHEAD_WORDS
            and self.text[quote.open] == "'"
            and self.text[quote.open + 1 : quote.open + 2] != "'"
            and self._alone_on_its_line(quote)
        ):
            # "'All Bets Are Off.'": a subhead quoting the section below it, in straight single
            # marks (a quote in them alone on its line is more often a subhead than speech)
            return False
        if (intro := self._said_where_before(sentence)) is not None:
            speaker, position, cue = intro
            return self._emit(speaker, position, "direct", cue, start, end)
        previous = self._last_found_in(max(self.body_start, quote.open - 1500), quote.open)
        # Only a speaker of this paragraph or the one before goes on talking; the quote takes their
        # cue. (Counted from what they said when it comes after them: 'Jo Roe said:', then a
        # paragraph of quote, then the next goes on.)
        if previous and (
            self.text.count(
                "\n\n",
                max(previous.speaker_position, previous.statement.char_start),
                quote.open,
            )
            <= 1
        ):
            s = previous.statement
            speaker = ResolvedSpeaker(
                s.speaker, s.speaker_type, s.speaker_person_id, s.speaker_institution_id
            )
            return self._emit(speaker, quote.open, "direct", s.cue, start, end)
        if previous is None and (intro := self._speaking_before(quote.open)) is not None:
            speaker, position, cue = intro
            return self._emit(speaker, position, "direct", cue, start, end)
        return False

    def _said_where_intro(
        self, para_end: int, sentences: list[Sentence], quotes: list[Quote]
    ) -> tuple[ResolvedSpeaker, int, str, int] | None:
        """A paragraph whose last sentence says only who spoke and where ('Jo Lee said in a
        statement.') introduces the quote that opens the next paragraph."""
        if not sentences or (quotes and quotes[-1].close > sentences[-1].start):
            return None
        found = self._said_where(sentences[-1])
        if found is None:
            return None
        speaker, position, cue = found
        return speaker, position, cue.group(), cue.start()

    def _said_where(self, sentence: Sentence) -> tuple[ResolvedSpeaker, int, re.Match[str]] | None:
        """Who spoke, where the sentence says only that and where: "Jo Lee, the party's
        spokeswoman, said in a statement." (its cue's words are a setting, `SETTING_ONLY`)."""
        cue = self._last_cue(sentence.start, sentence.end, [])
        if cue is None:
            return None
        words_end = self._words_end(sentence)
        start = _skip_spaces(self.text, cue.end())
        if start >= words_end or not SETTING_ONLY.fullmatch(self.text, start, words_end):
            return None
        phrase = speaker_before(self.text, self.index, cue.start(), sentence.start)
        if phrase is None:
            return None
        return self.resolver.resolve(phrase), phrase.start, cue

    def _said_where_before(self, sentence: Sentence) -> tuple[ResolvedSpeaker, int, str] | None:
        """'Jo Roe, the party's spokeswoman, said in a statement. "There are no ballots ..."':
        the sentence before the quote's, in its paragraph, says only who spoke and where; the
        quote is what they said."""
        at = bisect_right(self._sentence_starts, sentence.start) - 1
        if at < 1 or self._sentences[at].start != sentence.start:
            return None
        found = self._said_where(self._sentences[at - 1])
        if found is None:
            return None
        speaker, position, cue = found
        return speaker, position, cue.group()

    def _speaking_before(self, position: int) -> tuple[ResolvedSpeaker, int, str] | None:
        """ "Finance Minister Jane Roe spoke to reporters on Monday." then a paragraph that is a
        quote: the person who spoke in the last sentence of the paragraph before says it (its
        verb the cue). Only for a quote that opens its paragraph, right after that one."""
        text = self.text
        # (each search within a few characters: a text of a million short lines, or one line of
        # a million quotes, is read once)
        opening = position
        while opening > 0 and text[opening - 1] in " \t":
            opening -= 1
        if opening > 0 and text[opening - 1] != "\n":
            return None  # (the quote does not open its paragraph)
        previous_end = text.rfind("\n\n", max(0, opening - BLANK_REACH), opening)
        if previous_end < 0 or not is_blank(text, previous_end, opening):
            return None
        start = max(0, previous_end - SPEAKING_REACH)
        start = text.rfind("\n", start, previous_end) + 1 or start
        verbs = list(SPEAKING_EVENT.finditer(text, start, previous_end))
        if not verbs:
            return None
        verb = verbs[-1]
        stop = text.rfind(". ", start, verb.start())  # (the sentence of the verb)
        phrase = speaker_before(text, self.index, verb.start(), start if stop < 0 else stop + 2)
        if phrase is None or phrase.kind != "entity":
            return None
        speaker = self.resolver.resolve(phrase)
        if speaker.speaker_type not in ("person", "institution"):
            return None
        return speaker, phrase.start, verb.group()

    def _commas_outside_quotes(self, sentence: Sentence) -> list[int]:
        """`_commas_outside_quotes` of a sentence, read once however many verbs it holds."""
        key = ("commas", sentence.start)
        if key not in self._scans:
            self._scans[key] = _commas_outside_quotes(self.text, sentence.start, sentence.end)
        return self._scans[key]

    def _headline_label(self, start: int, end: int) -> bool:
        """ "Budget can still be revised: FinMin", "'Economy will recover': Modi": a headline
        whose words are said by the person or organisation named after its colon, a name the
        article gives (a label it does not, "FinMin", is left alone)."""
        match = HEADLINE_COLON_SPEAKER.fullmatch(self.text, start, end)
        if match is None:
            return False
        entity = self.index.starting_at(match.start("label"), ("person", "institution"))
        if entity is None or entity.end != match.end("label"):
            return False
        content_start, content_end = _strip_span(self.text, *match.span("content"))
        if self.text[content_start] in OPENING_QUOTES | {"'", "‘"}:
            content_start += 1
            if self.text[content_end - 1] in {*CLOSING_QUOTES, "'", "’"}:
                content_end -= 1
        return self._emit(
            entity_speaker(entity), entity.start, "indirect", ":", content_start, content_end
        )

    def _alone_on_its_line(self, quote: Quote) -> bool:
        """Whether only spaces stand between the quote and its line's ends (looked for within
        `SUBHEAD_REACH` characters each way: a longer line is no subhead's, and no quote reads
        a whole long line back)."""
        text = self.text
        line_start = text.rfind("\n", max(0, quote.open - SUBHEAD_REACH), quote.open) + 1
        line_end = text.find("\n", quote.close, quote.close + SUBHEAD_REACH)
        if (line_start == 0 and quote.open > SUBHEAD_REACH) or (
            line_end < 0 and len(text) - quote.close > SUBHEAD_REACH
        ):
            return False
        return is_blank(text, line_start, quote.open) and is_blank(
            text, quote.close, len(text) if line_end < 0 else line_end
        )

    # --- reported speech -----------------------------------------------------------------------

    def _words_end(self, sentence: Sentence) -> int:
        """Where the sentence's words end: before its last white space and punctuation (found once
        per sentence, not from every verb of saying in it)."""
        key = (sentence.start, sentence.end)
        if key not in self._words_ends:
            self._words_ends[key] = _strip_span(
                self.text, sentence.start, sentence.end, trailing=" ,;:."
            )[1]
        return self._words_ends[key]

    def _content_after(
        self, cue: re.Match[str], sentence: Sentence, free: bool = False
    ) -> tuple[int, int] | None:
        """What was said after `cue`; `free`: whatever follows it, as after "said"."""
        text = self.text
        position = cue.end()
        if _strip_span(text, position, self._words_end(sentence))[0] >= self._words_end(sentence):
            return None  # "He said:" (its words follow in the next paragraph), "..., she said."
        form = cue.group()
        told_that = False  # "told reporters that exports rose": "that" opens what was said
        told_someone_to = (
            form.startswith(("told", "tell"))
            and (object_to := OBJECT_THEN_TO.match(text, position, sentence.end))
            # (the one told, then "to": not "told MPs the measures were needed to cut ...", a
            # clause with its verb before the "to")
            and not FINITE_VERB_WORD.search(text, position, object_to.end())
            and object_to
        )
        if told_someone_to and THAT_WORD.search(text, position, told_someone_to.end()):
            told_someone_to = (
                None  # "told reporters that the plan to ...": what was said follows "that"
            )
        if form.startswith(("told", "tell")) and not told_someone_to:
            told_object = (
                TOLD_OBJECT.match(text, position, sentence.end) if " " not in form else None
            )
            head = (
                [w.lower() for w in told_object.group().split() if w not in OBJECT_LINKS][-1:]
                if told_object
                else []
            )
            if head and head[0] in TOLD_THINGS:
                return None  # "told a joke at the dinner ...", "told the story of the flood that"
            window = text[position : min(sentence.end, position + 100)]
            # "told reporters, noting that ...": the "that" of a participle after it is its own
            participle = PARTICIPLE_AFTER_COMMA.search(window)
            window = window[: participle.start()] if participle else window
            that = THAT_WORD.search(window)
            if that and CLAUSE_OPENED.search(window, 0, that.start()):
                that = None  # ("told reporters they are planting the seeds to do that")
            question = QUESTION_WORD.search(window, 0, that.start() if that else len(window))
            if question and _quotation_open_at(window, question.start()):
                # ('told reporters he feels good, and "we\'ll see what it ...": a question word
                # inside a quotation of what was said, not right after the one told; not 'told
                # "Fox News Sunday" why ...', a programme's name closed before it)
                question = None
            if question:  # "told the host on Thursday how surprised he is that ..."
                position += question.start()
            elif that:
                position += that.end()
                told_that = True
            elif " " not in form:  # ("told reporters" has its object already)
                obj = told_object
                position = obj.end() if obj else position
                if obj and (last := SETTING_WORD_AT_END.search(text, obj.start(), position)):
                    position = last.start()  # ("told the BBC before the vote he ...")
                if (
                    obj
                    and WHEN_AFTER_THE_ONE_TOLD.match(text, position, sentence.end)
                    and text.rfind(",", sentence.start, cue.start()) >= 0
                ):
                    return None  # (what was said is the clause before: "X, Jo Roe told ...")
            if not question and not that:
                # "told reporters at the White House he expected to win", "told the BBC before
                # the vote he ...": where or when it was told, then the clause told
                setting = SETTING_BEFORE_CLAUSE.match(text, position, sentence.end)
                if setting and _clause_by_its_verb().match(text, setting.end() - 1, sentence.end):
                    position = setting.end() - 1
        elif form in HEARER_CUES and (told := self._after_the_one_told(position, sentence)):
            position = told  # "warned residents that the walls could fall"
            told_that = True
        time = TIME_AFTER_CUE.match(text, position, sentence.end)
        position = time.end() if time else position
        # "said — on Twitter, as it happens — that ...": the writer's aside between dashes
        dashes = DASH_ASIDE_THEN_THAT.match(text, position, sentence.end)
        position = dashes.end() - len("that") if dashes else position
        setting = SETTING_THEN_THAT.match(text, position, sentence.end)
        if setting:  # "said at an event in Colorado Springs that ...", "said on Twitter that ..."
            position = setting.end() - len("that")
        aside = ASIDE_AFTER_CUE.match(text, position, sentence.end)
        if aside and (
            # ("said, however, that he hopes ...": after "that" a clause, whatever its verb)
            THAT_BEFORE_CONTENT.search(aside.group())
            or _clause_by_its_verb().match(text, aside.end() - 1, sentence.end)
        ):
            # "said, however, that ...", "said, in an interview, the plan ...": the writer's aside;
            # "said, if elected, she would ...": a condition that is part of what was said
            position = aside.start("condition") if aside.group("condition") else aside.end()
            # (", noting, however, that ...": "that" opens what was said, as after "told")
            told_that = told_that or THAT_BEFORE_CONTENT.search(aside.group()) is not None
        elif COMMA_NOT_BEFORE_THAT.match(text, position, sentence.end):
            return (
                None  # "said, while introducing the report": a trailing clause, not what was said
            )
        # "warned officials to boost security", "asked the candidates to discuss ...": what they
        # were told to do, with whom, as with "urged"
        told_to = (form in WARNING_OR_ASKING or told_someone_to) and OBJECT_THEN_TO.match(
            text, position, sentence.end
        )
        if form in ASKING and not told_to and not QUESTION_AFTER_ASK.match(text, position):
            # "asked the minister whether ...": the question after the one asked (not in a
            # passive, "was asked by the host whether": the host asked)
            asked = ASKED_SOMEONE_THEN_QUESTION.match(text, position, sentence.end)
            if asked is None or BE_BEFORE.search(
                text, max(sentence.start, cue.start() - 30), cue.start()
            ):
                return None  # "asked the court for a delay": a request, not what was said
            position = asked.end()
        if form in CLAUSE_ONLY_CUES and not (
            THAT_WORD.match(text, _skip_spaces(text, position))
            or _clause_by_its_verb().match(text, position, sentence.end)
        ):
            return None  # "maintained our current pace of asset purchases": kept, not claimed
        if (
            not told_to
            and not told_that
            and form not in FREE_COMPLEMENT_CUES
            and not free
            and reporting_verbs().get(form) != "intent"
            and not CLAUSE_AFTER_PARTICIPLE.match(text, position)
            and not _clause_by_its_verb().match(text, position, sentence.end)
        ):
            return None  # "agreed with X", "claimed vast wealth": an object, not what was said
        # "said that, if elected, he would ...": the comma after "that" opens an aside of the content
        connector = CONNECTOR_AFTER_CUE.match(text, position, sentence.end)
        position = connector.end() if connector else position
        # "pledged that it would lift the limits": a promise told as a clause is reported speech
        promised_that = connector is not None and "that" in connector.group()
        if (reporting_verbs().get(form) == "intent" or told_to) and not promised_that:
            urged_someone = (
                told_to or form.startswith(("urge", "urging", "call", "request"))
            ) and OBJECT_THEN_TO.match(text, position, sentence.end)
            # "vowed not to repeat the mistake"
            if not TO_INFINITIVE.match(text, position, sentence.end) and not urged_someone:
                return (
                    None  # "urged North Korea to resume talks": the one urged stays in the content
                )
            ends = [
                m.start()
                for m in (
                    self._scan(INTENT_CLAUSE_END, sentence).first(position),
                    self._scan(SPEAKER_GOES_ON, sentence).first(position),
                )
                if m
            ]
            end = min(ends, default=sentence.end)
        else:
            end = self._content_end(position, sentence, form)
            if SUBORDINATE_OPENING.match(text, sentence.start, position):
                # "After the minister said the plan would cost more, shares fell": the words
                # said end with the clause that opens the sentence, at the sentence's last
                # comma; not where a comma stands before the verb ("When asked, Smith said
                # ...": the verb is the main clause's) nor inside a quotation
                commas = self._commas_outside_quotes(sentence)
                if commas and commas[0] > cue.start() and position < commas[-1] < end:
                    end = commas[-1]
        start, end = _strip_span(text, position, end, trailing=" ,;:.")
        if (
            start >= end
            or SETTING_ONLY.fullmatch(text, start, end)
            # (what was said opens with a word, a quote mark or a currency sign: "said $5
            # million was spent")
            or not (
                text[start].isalnum()
                or text[start] in "\"“«‘'("
                or unicodedata.category(text[start]) == "Sc"
            )
            or (text[start] in '"“«' and WHOLE_QUOTE.fullmatch(text, start, end))
        ):
            return None  # a whole quote: the direct statement covers it
        return start, end

    def _after_the_one_told(self, position: int, sentence: Sentence) -> int | None:
        """Where what was said starts after a verb's object that is the one told: "assured
        supporters (that) they can win", "reminded its clients the vote was close"; None when
        no object and clause follow (not "warned investors were exposed": there the noun is
        the subject of what was said)."""
        text = self.text
        # ("her voters" before "her": a possessive's noun is part of the object)
        obj = OWNED_OBJECT.match(text, position, sentence.end) or TOLD_OBJECT.match(
            text, position, sentence.end
        )
        if obj is None:
            return None
        that = THAT_AFTER_OBJECT.match(text, obj.end(), sentence.end)
        if that is not None:
            return that.end()
        if SUBJECT_AFTER_OBJECT.match(text, obj.end()) and _clause_by_its_verb().match(
            text, obj.end(), sentence.end
        ):
            return obj.end()
        return None

    def _object_content(self, cue: re.Match[str], sentence: Sentence) -> tuple[int, int] | None:
        """What a verb whose object is the claim says: the whole object ("blamed the media for
        the attacks", "attributed the fall to weak demand"), or what follows "of" ("assured the
        president of support", "warned of risks"); None for a passive ("was blamed for")."""
        text = self.text
        form = cue.group()
        if BE_BEFORE.search(text, max(sentence.start, cue.start() - 30), cue.start()):
            return None
        position = _skip_spaces(text, cue.end())
        if reporting_verbs().get(form) != "claim":
            of = (OF_RIGHT_AFTER if form in WARNINGS else OF_THEN_OBJECT).match(
                text, cue.end(), sentence.end
            )
            # "assured voters that ...": the clause after "that", as after "told"
            of = of or OBJECT_THEN_THAT.match(text, cue.end(), sentence.end)
            if of is not None:
                position = of.end()
            elif told := self._after_the_one_told(cue.end(), sentence):
                position = told  # "assured voters they can win"
            else:
                return None
        elif CLAIM_NOT_AN_OBJECT.match(text, position):
            return None
        end = self._content_end(position, sentence, form)
        start, end = _strip_span(text, position, end, trailing=" ,;:.")
        return (start, end) if start < end else None

    def _content_end(self, position: int, sentence: Sentence, form: str = "") -> int:
        """Where reported content that runs on from `position` stops: a contrast, another report.

        Each pattern is matched once per sentence (`_scan`), not searched to the sentence end
        from every verb of saying in it."""
        # (words inside quote marks are the speaker's: 'that the "outrageous and unprecedented
        # decision reeks ..."' goes on past their "and")
        goes_on = self._first_unquoted(SPEAKER_GOES_ON, sentence, position)
        if form.endswith("ed") or form in ("said", "told", "wrote"):
            # "has said X, but he refuses to ...": after a report in the past, the speaker's present
            # is the writer's narrative
            narrative = self._scan(SPEAKER_NOW, sentence).first(position)
            if narrative and (goes_on is None or narrative.start() < goes_on.start()):
                goes_on = narrative
        past = PAST_TENSE_GOES_ON.match(goes_on.group()) if goes_on else None
        if past and not has_words(self.text, position, goes_on.start(), SUBJECT_ONLY_WORDS + 1):
            # "said the heat and unsettled weather could last": a word in -ed after the first
            # words of what was said, before any verb, is an adjective of its subject
            words = self.text[position : goes_on.start()].lower().split()
            after = WORD_AFTER.match(self.text, goes_on.end())
            if (
                after is not None
                and after["word"] not in function_words()
                # ("the heat and unsettled weather could": the subject's verb comes soon)
                and FINITE_SOON.match(self.text, after.end())
                and not any(word in CLAUSE_WORDS for word in words)
            ):
                goes_on = self._first_unquoted(SPEAKER_GOES_ON, sentence, goes_on.end())
                past = PAST_TENSE_GOES_ON.match(goes_on.group()) if goes_on else None
        if (
            past
            and past.group("verb") not in reporting_verbs()
            and (
                form in PRESENT_CUES
                # "said it had ordered 126 platforms to close and revoked 37 licenses"
                # (ends before `goes_on`, which starts with no word character: see `first_before`)
                or self._scan(PERFECT_TENSE, sentence).first_before(position, goes_on.start())
                # "said he posed a threat and refused to drop the gun", "said its editors
                # reviewed the complaints and concluded ...": "and" and a verb that reports
                # nothing go on with what was said (PolNeAR A+dev: about 50 such attributions
                # go on, none ends there; "and warned ...", "and then ..." still end it; not
                # after the source it was relayed from, which closes it: "..., according to
                # initial reports and offered condolences")
                or (
                    past.group().lstrip().startswith("and")
                    and past.group("verb") not in SPEAKERS_OWN_ACTS
                    and self.text.find("according to", position, goes_on.start()) < 0
                    # (what was said is a clause, whose subject acts: "reported a profit and
                    # raised its forecast" is the company's, "said little and released ...")
                    and self._a_clause(position, goes_on.start())
                )
            )
        ):
            goes_on = None  # "Police say he posed a threat and refused to ...": the content's subject acts
        elif (
            past
            and not past.group().startswith(",")
            # (not "said the PAC is federally regulated and questioned how ...": a report, or a
            # question the speaker asks)
            and past.group("verb") not in reporting_verbs()
            and not QUESTION_AFTER_VERB.match(self.text, goes_on.start() + len(past.group()))
            and PASSIVE_BEFORE_AND.search(
                self.text, max(position, goes_on.start() - 40), goes_on.start()
            )
        ):
            goes_on = None  # "said he was beaten and kicked": the passive goes on
        # "would be Prey Long forest in X; Kravanh forest in Y; Preah Roka forest in Z": the
        # semicolons of a list are no end of what was said
        content_end = CONTENT_END_IN_A_LIST if self._semicolon_list(sentence) else CONTENT_END
        # "Jo Roe, citing the bank's figures, said the deal ...": a participle's report in an
        # aside ends at the comma before the verb of the subject it describes
        verb_after_aside = (
            self._scan(VERB_AFTER_ASIDE, sentence).first(position) if form.endswith("ing") else None
        )
        ends = [
            m.start()
            for m in (
                self._first_unquoted(content_end, sentence, position),
                self._first_unquoted(NEXT_ATTRIBUTION, sentence, position),
                goes_on,
                self._scan(CHARACTERISED, sentence).first(position),
                verb_after_aside,
            )
            if m
        ]
        appositive = self._scan(CLOSING_APPOSITIVE, sentence).first(position)
        if appositive:
            ends.append(appositive.start("end"))
        relay = (
            self._first_unquoted(RELAY_CREDIT, sentence, position)
            if self.text.find("according to", position, sentence.end) >= 0
            else None
        )
        if relay and self._an_outlet_at(relay.end(), sentence.end):
            # 'The office said the revisions were "...," according to the news agency MTI':
            # who relayed it is no part of it ("..., according to initial reports" is)
            ends.append(relay.start())
        return min(ends, default=sentence.end)

    def _a_clause(self, start: int, end: int) -> bool:
        """Whether `text[start:end]` opens with a subject and a finite verb (`start` at the
        space before it or at its first word)."""
        if not self.text[start : start + 1].isspace():
            if start == 0:
                return False
            start -= 1
        return _clause_by_its_verb().match(self.text, start, end) is not None

    def _speaker_in(self, sentence: Sentence, before: int) -> ResolvedSpeaker | None:
        """The speaker of the last statement found in `sentence` before `before`, a person's
        or an organisation's, if any."""
        for found in reversed(self.found[-CHARACTERISED_LOOKBACK:]):
            said = found.statement
            if said.char_start < sentence.start or said.char_end > before:
                continue
            if said.speaker_type in ("person", "institution"):
                return ResolvedSpeaker(
                    said.speaker,
                    said.speaker_type,
                    said.speaker_person_id,
                    said.speaker_institution_id,
                )
        return None

    def _an_outlet_at(self, start: int, end: int) -> bool:
        """Whether a news outlet is named right at `start`: "the state news agency MTI",
        "Reuters", "the daily Le Monde"."""
        if OUTLET_WORDS.match(self.text, start, end):
            return True
        named = self.index.within(start, min(end, start + OUTLET_REACH), ("institution",))
        return bool(named) and self._institution_kinds.get(named[0].entity_id) == "media outlet"

    def find_indirect(self, sentences: list[Sentence], quotes: list[Quote]) -> None:
        text = self.text
        self._quotes = quotes  # (for `_according_to`)
        for sentence in sentences:
            # "according to X" names the source of the whole sentence: it goes first.
            cues = sorted(
                self._cues(sentence.start, sentence.end, quotes),
                key=lambda c: c.group() not in SOURCE_OPENINGS and c.group() != "according to",
            )
            for cue in cues:
                if cue.start() in self.used_cues:
                    continue
                form = cue.group()
                wish = (
                    WISH_TO_BEFORE.search(text, max(sentence.start, cue.start() - 30), cue.start())
                    if form in WISHED_FORMS or form in ("say", "stress", "warn", "emphasize")
                    else None
                )
                if form in WISHED_FORMS and wish is None:
                    continue  # "to announce the deal": no report but after a wish
                if (
                    NOT_A_REPORT_BEFORE.search(
                        text, max(sentence.start, cue.start() - 12), cue.start()
                    )
                    and not STILL_A_REPORT_BEFORE.search(
                        text, max(sentence.start, cue.start() - 24), cue.start()
                    )
                    and wish is None
                ):
                    continue
                if form in PLURAL_NOUN_CUES - {"shows"} and NOUN_AFTER_PREPOSITION.search(
                    text, max(sentence.start, cue.start() - 24), cue.start()
                ):
                    continue  # "according to initial reports", "in media reports": a noun
                if form in PLURAL_NOUN_CUES and (
                    HAVE_BEFORE.search(text, max(sentence.start, cue.start() - 24), cue.start())
                    or RELATIVE_CLAUSE_AFTER.match(text, cue.end(), sentence.end)
                ):
                    # "Taiwan have claims in the area", "Rust Belt states that have suffered":
                    # what is had, or what a relative clause describes, is a noun
                    continue
                floor = self._report_floor(cue.start(), sentence, quotes)
                if form in SOURCE_OPENINGS or form == "according to":
                    self._according_to(cue, sentence)
                    continue
                preceding = self._words_before(floor, cue.start())
                named = (
                    self.index.ending_at(
                        _rstrip_end(text, floor, cue.start()), ("person", "institution")
                    )
                    if form in PARTICIPLES
                    else None
                )
                if (
                    named is not None
                    and not THAT_OR_COLON.match(text, cue.end())
                    # "with party chairman Jane Roe urging him to ...": a "with" and the
                    # speaker's title before the name, the participle's own subject
                    and not WITH_BEFORE_NAME.search(text, max(floor, named.start - 60), named.start)
                ):
                    named = None
                if (
                    form in PARTICIPLES
                    and (share := self._share_with(floor, cue.start())) is not None
                    and (content := self._content_after(cue, sentence))
                ):
                    # "..., with 50 percent saying she is prepared": the share of a poll's people
                    self._emit(
                        self.resolver.resolve(share), share.start, "indirect", form, *content
                    )
                    continue
                if named is not None and (content := self._content_after(cue, sentence)):
                    # "with Governor Jane Roe stressing that ...": the name before the participle
                    self._emit(
                        self.resolver.resolve(
                            SpeakerPhrase(named.start, named.end, named.text, "entity", named)
                        ),
                        named.start,
                        "indirect",
                        form,
                        *content,
                    )
                    continue
                if (
                    form in PARTICIPLES
                    and (
                        last_non_space(text, floor, cue.start()) == ","
                        # ("..., instead insisting he had ...": an adverb after the comma)
                        or ADVERB_AFTER_COMMA.search(
                            text, max(floor, cue.start() - 12), cue.start()
                        )
                        # '"...," adding that ...': the comma inside the closing mark (also
                        # of a few quoted words: 'called the plan “a disaster,” adding that')
                        or (
                            is_blank(text, floor, cue.start())
                            and text[max(0, floor - 2) : floor] in (',"', ",”")
                        )
                        or (
                            text.endswith(
                                (',"', ",”"), floor, _rstrip_end(text, floor, cue.start())
                            )
                            # (not in a clause of its own: "Markets fell after the Fed chair
                            # called inflation “persistent,” saying ...", "The Times quoted Jo
                            # Roe as calling the plan “a disaster,” adding ...")
                            and not SUBORDINATE_BEFORE_QUOTE.search(
                                text, sentence.start, cue.start()
                            )
                        )
                        or PREPOSITION_BEFORE_PARTICIPLE.search(preceding)
                        # ('"...," he asserted adding the bank ...': right after a verb of
                        # saying, without the comma)
                        or (
                            form in GOING_ON_PARTICIPLES
                            and (verb := LAST_WORD.search(preceding)) is not None
                            and verb[1] in reporting_verbs()
                            and verb[1] not in PARTICIPLES
                        )
                        # "unleashed a series of tweets saying that ..."
                        or (
                            form == "saying"
                            and SAYING_THAT.match(text, cue.end())
                            and not WITHOUT_BEFORE.search(preceding)
                        )
                    )
                ):
                    previous = self._last_speaker_in(sentence.start, cue.start())
                    clause_after = (
                        (
                            CLAUSE_AFTER_PARTICIPLE.match(text, cue.end())
                            or (
                                form not in OBJECT_PARTICIPLES
                                and _bare_clause_by_its_verb().match(text, cue.end(), sentence.end)
                            )
                        )
                        if form in _bare_clause_participles()
                        # "confirming that ...", not "confirming the sales trend"
                        else THAT_COLON_OR_QUOTE.match(text, cue.end())
                    )
                    content = (
                        self._content_after(cue, sentence)
                        # ("telling reporters in May that ...": its object first)
                        if clause_after or form == "telling"
                        else None
                    )
                    if previous is None and content:
                        # "The death was confirmed by opposition leader Jo Roe, adding that ...":
                        # the passive's agent speaks
                        agent = self._passive_agent(floor, cue.start())
                        if agent is not None:
                            previous = (self.resolver.resolve(agent), agent.start)
                    if previous is None and content:
                        # "The mayor called for calm, saying that ...": the sentence's subject speaks
                        subject = participle_subject(text, self.index, sentence.start, cue.start())
                        previous = (
                            (self.resolver.resolve(subject), subject.start) if subject else None
                        )
                    if previous and content:
                        self._emit(previous[0], previous[1], "indirect", form, *content)
                    continue
                # "Jane Roe is telling voters that ...": the progressive's subject speaks
                near = window_start(text, floor, cue.start(), SPEAKER_WINDOW)
                progressive = (
                    PROGRESSIVE_BEFORE.search(text, near, cue.start())
                    if form.endswith("ing")
                    else None
                )
                verb_start = (
                    progressive.start() if progressive else wish.start() if wish else cue.start()
                )
                before_phrase = speaker_before(text, self.index, verb_start, floor)
                data_shows = (
                    form in DATA_CUES
                    and before_phrase is not None
                    and _is_document(before_phrase.text)
                )
                # ("..., reports Reuters.": a verb inverted after its content, with its speaker
                # named after it, not a noun)
                named_after = (
                    form in PLURAL_NOUN_CUES - {"shows"}
                    and before_phrase is None
                    and COMMA_AT_END.search(preceding)
                    and (after := speaker_after(text, self.index, cue.end(), sentence.end))
                    is not None
                    and (
                        after.kind in ("entity", "name")
                        or (after.kind == "nominal" and form != "claims")
                    )
                    # (the speaker ends the clause: not ", shows Democratic groups outpacing")
                    and CLAUSE_END_AFTER.match(text, after.end)
                    and not OPENER_ONLY.fullmatch(text, floor, cue.start())
                )
                if (
                    not named_after
                    and (
                        (
                            form in PLURAL_NOUN_CUES
                            and (
                                before_phrase is None
                                or before_phrase.kind not in ("entity", "pronoun", "name")
                                # "EU states had reached a deal": the noun's own verb follows
                                or VERB_AFTER_SUBJECT.match(text, cue.end())
                            )
                        )
                        # "maps show the river", "a show that aired": only data shows what was said
                        or form in SHOWN_BY_DATA_ONLY
                    )
                    and not data_shows
                    and (form in SHOWN_BY_DATA_ONLY or not THAT_OR_COLON.match(text, cue.end()))
                ):
                    continue  # "member states remain divided", "news reports suggest": nouns
                if (
                    (before_phrase is None or before_phrase.kind != "entity")
                    and COMMA_AT_END.search(preceding)
                    and not QUOTE_THEN_COMMA_AT_END.search(preceding)
                    # (a participle's subject is never after it: "..., telling Fox 35 that")
                    and form not in PARTICIPLES
                ):
                    # `<content>, said Name, title.`
                    phrase = speaker_after(text, self.index, cue.end(), sentence.end)
                    if (
                        phrase
                        and not VERB_AFTER_SUBJECT.match(text, phrase.end, sentence.end)
                        # "..., said Cruz's comments are ...": a possessive opens what was said
                        # (the name found alone, or with its "'s")
                        and not phrase.text.endswith(("'s", "’s"))
                        and not text.startswith(("'s", "’s"), phrase.end)
                        # "The deal, announced Friday, would last": a participle and its day
                        # (not "..., said May": Theresa May)
                        and (
                            (phrase.entity is not None and phrase.entity.entity_type == "person")
                            or (
                                phrase.text.lower() not in WEEKDAYS
                                and phrase.text.lower() not in MONTHS
                            )
                        )
                    ):
                        start, end = _strip_span(text, floor, _rstrip_end(text, floor, cue.start()))
                        if CLAUSE_GOES_ON.match(text, phrase.end, sentence.end):
                            # "The revenue, stated the company, was in line with ...": the
                            # attribution stands inside what was said, which goes on after it
                            start, end = _strip_span(text, floor, sentence.end, trailing=" ,;:.")
                        self._emit(
                            self.resolver.resolve(phrase),
                            phrase.start,
                            "indirect",
                            form,
                            start,
                            end,
                        )
                        continue
                phrase = before_phrase
                reported_before = False
                # (the pattern is tried only where its "who" is)
                relative = _relative_before(text, near, cue.start())
                if (
                    phrase is None
                    and relative
                    and (
                        form not in WARNING_OR_ASKING
                        # ("Jo Roe, who warns people will lose ...": a warning of a clause)
                        or (
                            form in WARNINGS
                            and _clause_by_its_verb().match(text, cue.end(), sentence.end)
                            and not OBJECT_THEN_TO.match(text, cue.end(), sentence.end)
                        )
                    )
                ):
                    # "McConnell, now the majority leader, who in 2010 said ...": the noun before
                    # "who" (but "relatives, who asked the police to ...," is a request in passing)
                    phrase = speaker_before(
                        text, self.index, relative.start(), floor, at_clause_start=False
                    )
                if phrase is None and AND_OR_BUT_AT_END.search(preceding):
                    # "Cruz exhorted Republicans ... and said he was ...": the clause's subject
                    # speaks, or a reporting clause's right before ("..., the bank said, and")
                    subject = sentence_subject(text, self.index, sentence.start, cue.start())
                    reported = self._speaker_of_report_before(floor, cue.start())
                    if reported is not None and (
                        form in ADDING_FORMS
                        or not self._person_opens(sentence.start, cue.start(), subject)
                    ):
                        phrase = reported
                        reported_before = True
                    else:
                        phrase = subject
                comma = self._scan(COMMA, sentence).first(sentence.start)
                if phrase is None and (comma is None or comma.start() >= cue.start()):
                    phrase = subject_noun_phrase(
                        text, sentence.start, _rstrip_end(text, 0, cue.start())
                    )
                if phrase is None or not _speaks_for(form, phrase):
                    continue
                # The writer's words before the speaker and their titles: `text[floor:lead_end]`
                lead_end = titles_start(text, floor, phrase.start)
                # "<content>, a spokeswoman, Jane Roe, said": the description before the name
                described = DESCRIPTION_BEFORE_NAME.search(
                    text, max(floor, lead_end - 100), lead_end
                )
                if described and described["role"].lower() in titles() | speaker_nouns():
                    lead_end = described.start() + 1
                lead = self._words_before(floor, lead_end) + " "  # (its last words)
                if reported_before:
                    # ("..., the bank said, and said at least ...": the lead is the first report's)
                    lead_end, lead = floor, " "
                # "new figures show exports grew": what data shows is what its issuer said
                data_shows = form in DATA_CUES and _is_document(phrase.text)
                # "Acme Corp on Wednesday reported a higher quarterly profit": what a named
                # speaker reports or confirms may be a noun phrase, not a clause
                object_reported = (
                    form in OBJECT_REPORTS
                    and phrase.kind == "entity"
                    and not NOT_AN_OBJECT.match(text, _skip_spaces(text, cue.end()))
                )
                if reporting_verbs().get(form) in ("claim", "of") or (
                    form in WARNINGS and OF_RIGHT_AFTER.match(text, cue.end())
                ):
                    # "blamed the media for ...", "assured Kenyatta of a grant", "warned of risks"
                    content = self._object_content(cue, sentence)
                else:
                    content = self._content_after(cue, sentence, free=data_shows or object_reported)
                if content and data_shows:
                    # "polls show a close race, where ...": what data shows is one clause
                    close = self._scan(DATA_CLAUSE_END, sentence).first(content[0])
                    if close and close.start() < content[1]:
                        content = (content[0], close.start())
                if content and relative and relative.start() > phrase.start:
                    # "the Commission, which contended Ireland undertaxed it, is ...": the
                    # relative clause ends at its comma
                    close = self._scan(CLAUSE_CLOSE, sentence).first_before(content[0], content[1])
                    if close and close.start() > content[0]:
                        content = (content[0], close.start())
                if (
                    content
                    and form in ("wrote", "writes", "reported", "reports")
                    and PREPOSITION.match(text, content[0])
                    and not THAT_WORD.search(text, cue.end(), content[0])
                ):
                    # "I wrote for people in that spot", "the paper reported after the storm":
                    # where or when, not what
                    content = None
                if (
                    content
                    and form in ("added", "adds", "add")
                    and not THAT_WORD.search(text, cue.end(), content[0])
                    and ADDED_TO.match(text, content[0], sentence.end)
                    and not _clause_by_its_verb().match(text, cue.end(), sentence.end)
                ):
                    content = None  # "The decision added drama to the event": added to, not said
                if (
                    content
                    and form in ("wrote", "writes", "write")
                    and text.startswith("to ", content[0])
                ):
                    content = None  # "The government wrote to the platforms": to whom, not what
                if (
                    content
                    and form in ("wrote", "writes", "write", "writing")
                    and WRITTEN_WORK.match(text, content[0])
                    # (not "wrote that the letter had been forged", "wrote the article was
                    # riddled with errors": the work is the subject of what was written)
                    and not THAT_WORD.search(text, cue.end(), content[0])
                    and not _clause_by_its_verb().match(text, cue.end(), sentence.end)
                ):
                    # "Baker wrote the letter Feb. 2 to ...": what was written, not said
                    content = None
                lead_is_content = COMMA_AT_END.search(lead) and has_words(
                    text, floor, lead_end, MIN_CONTENT_WORDS
                )
                if (
                    lead_is_content
                    and content
                    and PREPOSITION.match(text, content[0])
                    and not THAT_WORD.search(text, cue.end(), content[0])
                ):
                    content = None  # "<content>, X said in an interview at the ..." : the lead is what was said
                if (
                    content
                    and COMMA_AT_END.search(lead)
                    and has_words(text, floor, lead_end, 2)
                    and reporting_verbs().get(form) == "speech"
                    and not QUOTE_THEN_COMMA_AT_END.search(lead)
                    and (continues := PARENTHETICAL_CONTINUES.match(text, cue.end(), sentence.end))
                    # (what was said goes on right after the report: "..., they say, that ...")
                    and THAT_OR_NOTHING.fullmatch(text, continues.end() - 1, content[0])
                ):
                    start = self._parenthetical_start(floor, lead_end)
                    content = content if start is None else (start, content[1])
                if content and has_words(text, content[0], content[1], MIN_CONTENT_WORDS):
                    self._emit(
                        self.resolver.resolve(phrase), phrase.start, "indirect", form, *content
                    )
                elif AS_LEAD.fullmatch(text, floor, phrase.start) and (
                    comma := AS_CLAUSE_COMMA.match(text, cue.end(), sentence.end)
                ):
                    # "As the paper reported on Monday, the plan ...": the clause after the comma
                    end = self._content_end(comma.end(), sentence, form)
                    self._emit(
                        self.resolver.resolve(phrase),
                        phrase.start,
                        "indirect",
                        form,
                        *_strip_span(text, comma.end(), end, trailing=" ,;:."),
                    )
                elif (
                    reporting_verbs().get(form) == "speech"
                    and (
                        as_aside := AS_AFTER_COMMA.search(text, max(floor, lead_end - 8), lead_end)
                    )
                    and has_words(text, floor, as_aside.start(), 1)
                ):
                    # "Hawaii, as one adviser noted, is ...", "..., as police said.": the sentence
                    # around the writer's "as" clause is what was said, from after an opening
                    # connective ("Of course, as X observed, ...")
                    start = floor
                    after = AS_CLAUSE_COMMA.match(text, cue.end(), sentence.end)
                    connective = OPENING_CONNECTIVE.match(text, floor, as_aside.end())
                    if connective and connective.end() < as_aside.start():
                        start = connective.end()
                    elif connective and after:  # "Yet, as X observed, ...": the clause after it
                        start = after.end()
                    elif SUBORDINATOR_ONLY.fullmatch(text, floor, as_aside.start()):
                        continue  # "If, as I suggested, ...": the writer's condition
                    if after:
                        end = self._content_end(after.end(), sentence, form)
                    elif _strip_span(text, cue.end(), self._words_end(sentence))[
                        0
                    ] >= self._words_end(sentence):
                        end = as_aside.start()
                    else:
                        continue
                    self._emit(
                        self.resolver.resolve(phrase),
                        phrase.start,
                        "indirect",
                        form,
                        *_strip_span(text, start, end, trailing=" ,;:."),
                    )
                elif (
                    reporting_verbs().get(form) == "speech"
                    and COMMA_AT_END.search(lead)
                    # "African-Americans, he said, can ...": one word before, if the sentence goes on
                    and (
                        has_words(text, floor, lead_end, 2)
                        or PARENTHETICAL_CONTINUES.match(text, cue.end(), sentence.end)
                    )
                    and not QUOTE_THEN_COMMA_AT_END.search(lead)
                ):
                    continues = PARENTHETICAL_CONTINUES.match(text, cue.end(), sentence.end)
                    if (
                        continues
                        and has_words(text, floor, lead_end, MIN_CONTENT_WORDS)
                        and WRITERS_ASIDE_AFTER_CUE.match(text, continues.end() - 1)
                        and not FINITE_CLAUSE_AFTER_CUE.match(text, continues.end() - 1)
                        # (both read a bounded stretch: an adverbial lead is short, a relative
                        # pronoun ends the lead, so a long lead is not read for every cue)
                        and not (
                            lead_end - floor <= ADVERBIAL_LEAD_REACH
                            and ADVERBIAL_LEAD.fullmatch(text[floor:lead_end] + " ")
                        )
                        and not LEAD_RELATIVE.search(
                            text, window_start(text, floor, lead_end, SPEAKER_WINDOW), lead_end
                        )
                    ):
                        continues = None  # the lead is what was said, the rest the writer's aside
                    if continues:
                        # `The museum, Mr. Bush said, celebrated ...`: the whole sentence is what was said
                        start = self._parenthetical_start(floor, lead_end)
                        if start is None:
                            start = continues.end() - 1
                        end = self._content_end(cue.end(), sentence, form)
                        start, end = _strip_span(text, start, end, trailing=" ,;:.")
                    elif (
                        has_words(text, floor, lead_end, MIN_CONTENT_WORDS)
                        and not self._subordinate_lead(floor, lead_end)
                        # "The Inspector-General of Police, Jo Roe, said": the speaker's office
                        and not _office_lead().fullmatch(text, floor, lead_end)
                        # "The next month, a former staffer announced ...": only when
                        and not (
                            lead_end - floor <= TIME_LEAD_REACH
                            and TIME_ONLY_LEAD.fullmatch(text, floor, lead_end)
                        )
                        # "Shortly after my sentence, Eric Holder announced his resignation":
                        # the verb has its own object, the lead is the writer's
                        and not self._verb_has_its_own_object(form, cue.end(), sentence.end)
                        and not (
                            # "As for the outlook, however, the minister warned of ...": a topic
                            lead_end - floor <= 120
                            and INTRODUCTORY_LEAD.fullmatch(text, floor, lead_end)
                        )
                    ):
                        # `<content>, Name, title, said(, while ...).`, but not
                        # "Although it is new, officials say ...": a clause of the writer's;
                        # "Though she grew up here, the area has changed, she said": the
                        # concession is the writer's too
                        start = floor
                        comma = self._subordinate.get(floor)
                        if comma is not None and comma >= 0 and CONCESSION_LEAD.match(text, floor):
                            start = comma + 1
                        start, end = _strip_span(text, start, lead_end)
                    else:
                        continue
                    self._emit(
                        self.resolver.resolve(phrase), phrase.start, "indirect", form, start, end
                    )

    def _parenthetical_start(self, floor: int, lead_end: int) -> int | None:
        """Where what was said begins when the report interrupts it ("It is an investment, they
        say, that would ...", "In the long run, she said, the deficit will fall"): at the lead's
        start, or at a relative pronoun ending the lead ("The plan is near the bridge, which,
        she said, is ...": the bridge is the writer's); None after a lead that only says when
        ("Six months ago, she said, ..."): what was said starts after the report."""
        if lead_end - floor <= TIME_LEAD_REACH and TIME_LEAD.fullmatch(
            self.text[floor:lead_end] + " "
        ):
            return None
        head_start = window_start(self.text, floor, lead_end, SPEAKER_WINDOW)
        relative = LEAD_RELATIVE.search(self.text[head_start:lead_end])
        return _strip_span(
            self.text, head_start + relative.start() if relative else floor, lead_end
        )[0]

    def _report_floor(self, position: int, sentence: Sentence, quotes: list[Quote]) -> int:
        """Where the words a verb of saying at `position` may report begin: after the last quote
        closed before it in its sentence, unless that quote is no statement of its own but a
        few quoted words inside the sentence ('"We teach nothing" of the kind, he said', 'The
        plan leaves out "the poor" and the old, she said'): those belong to the report, from
        where the words before them begin."""
        closed = _last_quote_closed_by(position, quotes)
        for _ in range(MAX_PARTIAL_QUOTES):
            if closed is None or closed.open < sentence.start:
                return sentence.start
            if self._spans.overlaps(closed.inner_start, closed.inner_end) or (
                not WORD_CHARACTER.search(self.text, closed.close, position)
                # ("Jo Roe, citing “the magic of Trump,” said ...": a quote no one was found to
                # say, opened in the middle of a clause, is a part of its words)
                and not LOWERCASE_WORD_AT_END.search(
                    self.text, max(sentence.start, closed.open - 3), closed.open
                )
            ):
                return closed.close  # a quote of its own, or the verb's own quote
            position = closed.open
            closed = _last_quote_closed_by(position, quotes)
        return closed.close if closed is not None else sentence.start

    def _subordinate_lead(self, floor: int, lead_end: int) -> bool:
        """Whether the lead `text[floor:lead_end]` (ending with a comma) is only a subordinate
        clause: "Although it is new, officials say ...", but not "As the mayor spoke, a girl was
        hurt, police said", where a main clause follows it. The pattern stops at the first comma,
        so one match (and the comma after it) serves every cue with that floor."""
        if floor not in self._subordinate:
            match = SUBORDINATE_LEAD.match(self.text, floor, lead_end)
            self._subordinate[floor] = (
                None if match is None else self.text.find(",", match.end(), lead_end)
            )
        comma = self._subordinate[floor]
        if comma is None:
            return False
        # (a comma found before an earlier, shorter lead is the same comma for this one)
        return comma < 0 or not has_words(self.text, comma + 1, lead_end, MIN_CONTENT_WORDS)

    def _person_opens(self, start: int, end: int, subject: SpeakerPhrase | None) -> bool:
        """Whether the sentence opens on a person ("The minister was furious, aides said, and
        told ..."), who may be the one who goes on to speak after the reporting clause."""
        nouns = _person_words()
        if subject is not None:
            if subject.entity is not None and subject.entity.entity_type == "person":
                return True
            if any(word.lower() in nouns for word in WORD.findall(subject.text)[:4]):
                return True
        comma = self.text.find(",", start, end)
        if comma < 0:
            return False
        opening = min(comma, start + PERSON_OPENING_REACH)
        if any(span.start < opening for span in self.index.within(start, comma, ("person",))):
            return True
        return any(word.lower() in nouns for word in WORD.findall(self.text, start, comma)[:4])

    def _speaker_of_report_before(self, floor: int, cue_start: int) -> SpeakerPhrase | None:
        """The speaker of a reporting clause set between commas right before ", and"/", but"
        and the cue at `cue_start`: "the bank said" or "said the bank" (`COMMA_AND_AT_END`)."""
        text = self.text
        joined = COMMA_AND_AT_END.search(text, max(floor, cue_start - 16), cue_start)
        if joined is None:
            return None
        # (from the quote or comma that ends right at the floor: '"...," Jo Roe said, and')
        before = CLAUSE_BEFORE_COMMA.search(
            text, max(floor - 1, 0, joined.start() - 90), joined.start()
        )
        if before is None:
            return None
        clause_start = before.start("clause")
        at_end = VERB_AT_CLAUSE_END.search(text, clause_start, joined.start())
        if at_end is not None and at_end["verb"] in reporting_verbs():
            phrase = speaker_before(text, self.index, at_end.start("verb"), clause_start)
            # (the clause is its speaker and verb alone: not "the mayor rejected what the council
            # had announced", "as the governor had promised")
            if (
                phrase is None
                or titles_start(text, clause_start, phrase.start) > clause_start
                or CLAUSE_LINK.search(text, clause_start, at_end.start("verb"))
            ):
                return None
            return phrase
        at_start = VERB_AT_CLAUSE_START.match(text, clause_start, joined.start())
        if at_start is not None and at_start["verb"] in reporting_verbs():
            return speaker_after(text, self.index, at_start.end("verb"), joined.start())
        return None

    def _words_before(self, start: int, end: int) -> str:
        """The last words of `text[start:end]`, as many as the rules that read the end of a lead
        need (`SPEAKER_WINDOW` characters): reading all of it for each cue is quadratic."""
        return self.text[window_start(self.text, start, end, SPEAKER_WINDOW) : end]

    def _according_to(self, cue: re.Match[str], sentence: Sentence) -> None:
        text = self.text
        phrase = speaker_after(text, self.index, cue.end(), sentence.end)
        if phrase is not None and phrase.kind == "epithet":
            phrase = None  # "according to the polling average": a source, read below
        source = SOURCE_PHRASE.match(text, cue.end(), sentence.end)
        if source and (phrase is None or phrase.end < source.end("source")):
            # "according to a new national poll", "according to exit polls": the whole noun phrase
            inner = self.index.within(
                source.start("source"), source.end("source"), ("institution", "person", "country")
            )
            # "according to a statement from the ministry": the ministry is the source
            named = [
                e for e in inner if SOURCE_OF_DOCUMENT.search(text, source.start("source"), e.start)
            ]
            # "a draft seen by AFP", "documents obtained by Reuters": who saw it is not the source
            seen = SEEN_BY.search(text, source.start("source"), source.end("source"))
            # "according to Japan's Ministry of Trade": the owner is named, the ministry speaks
            owned = [
                e
                for e in inner
                if e.end == source.end("source")
                and e.entity_type == "institution"
                and POSSESSIVE_BEFORE.search(text, source.start("source"), e.start)
            ]
            whole = [
                e for e in inner if e.end == source.end("source") and len(inner) == 1 and not seen
            ]
            named = [e for e in named if not seen]
            entity = (named or owned or whole or [None])[0]
            if phrase is None or phrase.kind != "entity" or (owned and phrase.end < owned[0].start):
                kind = "entity" if entity else "nominal"
                # "the minutes of the bank's December meeting released on Wednesday": the minutes
                head = NOUN_PHRASE_HEAD_END.search(
                    text, source.start("source"), source.end("source")
                )
                end = (
                    seen.start()
                    if seen and not entity
                    else head.start()
                    if head and not entity
                    else source.end("source")
                )
                start, end = _strip_span(text, source.start("source"), end)
                phrase = SpeakerPhrase(start, end, text[start:end], kind, entity)
        if phrase is None:
            return
        # (where the words naming the source end: "calculations of the office (Destatis)")
        source_end = max(phrase.end, source.end("source")) if source else phrase.end
        speaker = self.resolver.resolve(phrase)
        found = self._scan(COMMA, sentence).first(phrase.end)
        comma = found.start() if found else -1  # `text.find(",", phrase.end, sentence.end)`
        opening = OPENING_CONNECTIVE.match(text, sentence.start, cue.start())
        if (
            cue.start() == sentence.start
            or is_blank(text, sentence.start, cue.start())
            # "But, according to the poll, 46 percent ...": a connective is no part of it
            or (opening is not None and opening.end() == cue.start())
        ):
            colon = COLON_AFTER_SOURCE.match(text, source_end, sentence.end)
            if colon is not None:
                # 'According to HuffPo: “Senator Kaine has had ...”', "According to the report:
                # sales rose": what the colon opens
                start = colon.end()
                quote = _first_quote_opened_from(start, self._quotes)
                if quote is not None and quote.open == start:
                    start, end = self._quote_span(quote)
                    self._emit(speaker, phrase.start, "direct", cue.group(), start, end)
                    return
                start, end = _strip_span(text, start, sentence.end, trailing=" ,;:.")
                if end > start:
                    self._emit(speaker, phrase.start, "indirect", cue.group(), start, end)
                return
            if comma > 0:
                # "According to Jo Roe, CEO of Acme, sales rose": the source's title is no part
                # of what it says
                comma = self._past_appositives(comma, sentence.end)
                # ("According to X, they were held for years, something he described as ...")
                word_for_it = self._scan(CHARACTERISED, sentence).first(comma + 1)
                last = word_for_it.start() if word_for_it else sentence.end
                start, end = _strip_span(text, comma + 1, last, trailing=" ,;:.")
                quote = _first_quote_opened_from(start, self._quotes)
                if quote is not None and quote.open == start:
                    # 'According to Jo Roe, “These results are due to ...”': the source's own
                    # words, as far as the marks go (over several sentences too)
                    start, end = self._quote_span(quote)
                    self._emit(speaker, phrase.start, "direct", cue.group(), start, end)
                    return
                self._emit(speaker, phrase.start, "indirect", cue.group(), start, end)
        elif last_non_space(text, sentence.start, cue.start()) == "," or (
            # "... robbery — according to the most recent data from the FBI.": a dash before a
            # source that closes the sentence (not "went smoothly — according to plan", nor
            # "— according to police, all men in their 20s —")
            DASH_BEFORE.search(text, max(sentence.start, cue.start() - 4), cue.start())
            and SOURCE_ENDS_SENTENCE.fullmatch(text, source_end, sentence.end)
            and (self._named_source(cue.end(), source_end) or self._a_speakers_source(source))
        ):
            first = self._first_verb_cue(sentence)
            if (
                first < cue.start()
                and text[first : first + 6].split()[0] in SAY_FORMS
                # (an active verb with its subject: not "The goalkeeper was told he ...", "a
                # man who said he was a witness was arrested", "the deal, said to be worth")
                and not PASSIVE_OR_RELATIVE_BEFORE.search(
                    text, max(sentence.start, first - 12), first
                )
                and not TO_BE_AFTER.match(text, first + len(text[first : first + 6].split()[0]))
            ):
                # "Jane Roe said the damage was light, according to initial reports": the
                # sentence says who said it before; the source is the speaker's (not "X urged
                # Y, according to a lawmaker", nor "the earlier announced rise")
                return
            if comma > 0 and (
                COMMA_THEN_AND.match(text, comma, sentence.end)
                # "One of the decisions, according to a person close to it, is to ...": the
                # subject before the source, its verb after
                or COMMA_THEN_VERB.match(text, comma, sentence.end)
                # "G4S receives, according to one report, $234 million": the clause goes on
                or not has_words(text, sentence.start, cue.start(), MIN_CONTENT_WORDS + 1)
            ):
                # "X rose, according to the ministry, and Y fell": both halves are the report
                start, end = _strip_span(text, sentence.start, sentence.end, trailing=" ,;:.")
            else:
                # (and a dash before the source: "... robbery — according to the data")
                start, end = _strip_span(text, sentence.start, cue.start(), trailing=" ,;:—–-")
            self._emit(speaker, phrase.start, "indirect", cue.group(), start, end)
        elif (
            (
                self._named_source(cue.end(), source_end)
                # "... 46 percent to 39 percent according to a CBS poll released Monday." (not
                # "Seats were allocated according to census figures": a passive's method)
                or (
                    self._a_speakers_source(source, data_only=True)
                    and not PASSIVE_BEFORE_SOURCE.search(
                        text, max(sentence.start, cue.start() - 40), cue.start()
                    )
                )
            )
            and SOURCE_ENDS_SENTENCE.fullmatch(text, source_end, sentence.end)
            and has_words(text, sentence.start, cue.start(), MIN_CONTENT_WORDS + 1)
            # (no verb of saying of its own before: "Jane Roe said prices rose according to ...")
            and self._first_verb_cue(sentence) >= cue.start()
        ):
            # "Some 43 million people were in work according to the statistics office.": a
            # named source closing the sentence without a comma (not "paid according to need")
            start, end = _strip_span(text, sentence.start, cue.start())
            self._emit(speaker, phrase.start, "indirect", cue.group(), start, end)

    def _share_with(self, floor: int, position: int) -> SpeakerPhrase | None:
        """The share of people right after "with" and before a participle at `position`:
        "with three in 10 saying", "with 50 percent of voters saying"."""
        end = _rstrip_end(self.text, floor, position)
        share = quantified_group(self.text, floor, end, at_clause_start=False)
        if share is None or not self.text.endswith(
            "with ", max(floor, share.start() - 5), share.start()
        ):
            return None
        return SpeakerPhrase(share.start(), share.end(), share.group(), "nominal")

    def _a_speakers_source(self, source: re.Match[str] | None, data_only: bool = False) -> bool:
        """Whether the phrase after "according to" is headed by data ("a CBS poll released
        Monday", "the latest census figures"), or, unless `data_only`, by a speaker's or a
        document's noun ("police", "the most recent data from the FBI"), not a manner ("plan",
        "protocol", "the study design")."""
        if source is None:
            return False
        head = SOURCE_HEAD.match(self.text, source.start("source"), source.end("source"))
        if head is None:
            return False
        noun = head["noun"].lower()
        if noun in DATA_NOUNS:
            return True
        return (
            not data_only
            and noun not in MANNER_NOUNS
            and (noun in speaker_nouns() or noun in document_nouns())
        )

    def _semicolon_list(self, sentence: Sentence) -> bool:
        """Whether the sentence's semicolons part a list: two at least (counted once)."""
        key = (sentence.start, sentence.end)
        if key not in self._semicolon_lists:
            count = self.text.count(";", sentence.start, sentence.end)
            self._semicolon_lists[key] = count >= LIST_SEMICOLONS
        return self._semicolon_lists[key]

    def _past_appositives(self, comma: int, end: int) -> int:
        """The comma that ends the appositives right after a source's name, from the `comma`
        after it: "According to Jo Roe, CEO of Acme, sales rose", ", Managing Director, JSE,".
        A segment is an appositive when it holds a title and no word of a clause, or when it
        names an organisation right after one that is; and when words follow its comma."""
        text = self.text
        # ("According to Mrs. Jo Roe Managing Director, JSE, ...": the name's title before the
        # comma counts as the first appositive: a title written in capitals, not "the director")
        before = text[max(0, comma - APPOSITIVE_REACH) : comma].split()[-2:]
        titled = (
            bool(before)
            and all(word[:1].isupper() for word in before)
            and (before[-1].lower() in titles() or " ".join(before).lower() in titles())
        )
        for _ in range(APPOSITIVES_AFTER_SOURCE):
            # (an appositive is short: its comma is looked for only that far)
            following = text.find(",", comma + 1, min(end, comma + 1 + APPOSITIVE_REACH))
            if following < 0 or is_blank(text, following + 1, end):
                break
            words = [word.strip("()") for word in text[comma + 1 : following].split()]
            if (
                not words
                or len(words) > APPOSITIVE_WORDS
                or any(
                    word.lower() in NOT_IN_APPOSITIVES or word.lower() in reporting_verbs()
                    for word in words
                )
            ):
                break
            lowered = [word.lower() for word in words]
            pairs = (" ".join(pair) for pair in itertools.pairwise(lowered))
            if any(word in titles() for word in lowered) or any(pair in titles() for pair in pairs):
                titled = True
            elif not (titled and all(word[:1].isupper() for word in words)):
                break  # (an employer only after a title: "Managing Director, JSE,")
            comma = following
        return comma

    def _first_verb_cue(self, sentence: Sentence) -> int:
        """Where the sentence's first cue that is no plural noun ("claims", "reports") starts
        (its end when there is none), found once per sentence."""
        key = (sentence.start, sentence.end)
        if key not in self._first_verb_cues:
            self._first_verb_cues[key] = next(
                (
                    m.start()
                    for m in self._scan(_cue_pattern(), sentence).found
                    if m.group() not in PLURAL_NOUN_CUES
                ),
                sentence.end,
            )
        return self._first_verb_cues[key]

    def _named_source(self, start: int, end: int) -> bool:
        """Whether `text[start:end]` names who speaks: a name ("the statistics office") or a
        document of a named issuer ("provisional calculations of the statistics office"), not
        "the rules of the ministry" or "plan"."""
        named = self.index.within(start, end, ("institution", "person", "country"))
        if not named:
            return False
        before = DOCUMENT_OF.sub("", self.text[start : named[0].start]).strip()
        return not before or _is_document(before)

    def run(self) -> list[Statement]:
        pending: list[Quote] = []  # unattributed quotes left open at the previous paragraph's end
        intro = None  # the speaker of a paragraph that ended `Name said:`
        # the speaker of a paragraph that ended `Name said in a statement.`: of a quote only
        said_where = None
        block = None  # the same, while the paragraphs after it go on in their words
        # (from the page's start: the headline above the body, "Deficit will fall, says
        # minister", is what the story's speaker said; page furniture was removed on reading)
        for number, (para_start, para_end) in enumerate(paragraphs(self.text, 0)):
            if para_start < self.body_start and LINK_LINE.match(self.text, para_start, para_end):
                continue  # "Read more: Minister says ...": a link to another story
            # (a headline: before the body, or the first paragraph when no header was read)
            if (para_start < self.body_start or number == 0) and self._headline_label(
                para_start, para_end
            ):
                continue
            dateline = DATELINE.match(self.text, para_start, para_end) or _colon_dateline(
                self.text, para_start, para_end
            )
            whole_paragraph = dateline is None or dateline.end() == para_start
            para_start = dateline.end() if dateline else para_start
            quotes = find_quotes(self.text, para_start, para_end)
            self.resolver.add_quotes(quotes)
            self._paragraph_cues = _ParagraphCues(self.text, para_start, para_end, quotes)
            # A paragraph with no quote and no verb of saying holds no statement and introduces
            # none (its sentences would have no cues either): it is not split into sentences.
            sentences = (
                _merge_inside_quotes(
                    paragraph_sentences(self.text, para_start, para_end)
                    if whole_paragraph  # (split once for the article, see `text_sentences`)
                    else split_sentences(self.text, para_start, para_end),
                    quotes,
                )
                if quotes or self._paragraph_cues.matches
                else []
            )
            self._sentences = sentences
            self._sentence_starts = [sentence.start for sentence in sentences]
            self._scans = {}
            self._words_ends = {}
            self._first_verb_cues = {}
            unattributed = self.find_direct(sentences, quotes)
            if (
                (intro or said_where)
                and unattributed
                and unattributed[0][0] is quotes[0]
                and is_blank(self.text, para_start, quotes[0].open)
            ):
                speaker, position, cue, cue_start = intro or said_where
                start, end = self._quote_span(quotes[0])
                if self._emit(speaker, position, "direct", cue, start, end):
                    self.used_cues.add(cue_start)
                    unattributed = unattributed[1:]
            elif (
                intro
                and not quotes
                and para_end - para_start > 1
                # (not "Nxesi:", a speaker's label under "These are excerpts of what they said:")
                and not self.text[para_start:para_end].rstrip().endswith(":")
            ):
                # "The governor added:" then a paragraph of his words set off without quote marks
                speaker, position, cue, cue_start = intro
                start, end = _strip_span(self.text, para_start, para_end)
                if self._emit(speaker, position, "direct", cue, start, end):
                    self.used_cues.add(cue_start)
                    block = intro
            elif (
                block
                and not quotes
                and not self._paragraph_cues.matches
                and FIRST_PERSON_WORD.search(self.text, para_start, para_end)
            ):
                # the same words going on in the next paragraph, as press releases set a
                # minister's words after "Lord Offord said:": no quote, no verb of saying, and
                # a first person only the speaker uses ("we want", "our target")
                speaker, position, cue, cue_start = block
                start, end = _strip_span(self.text, para_start, para_end)
                if not self._emit(speaker, position, "direct", cue, start, end):
                    block = None
            else:
                block = None
            intro = self._colon_intro(para_start, para_end, sentences, quotes)
            said_where = self._said_where_intro(para_end, sentences, quotes)
            # "In the third quarter we had ... Jo Roe, Statistician-general": a signed paragraph
            # is its signer's (one with a verb of saying has its own attribution: "..., police
            # said. Jo Roe, correspondent" is the police's; but not "When we say unemployed, we
            # mean ... Jo Roe, Statistician-general": the signer's own first person says it)
            if not quotes and (
                not self._paragraph_cues.matches
                or FIRST_PERSON_WORD.search(self.text, para_start, para_end)
            ):
                self._signed_paragraph(para_start, para_end)
            self.find_indirect(sentences, quotes)
            self.find_nominal(para_start, para_end, sentences, quotes, whole_paragraph)
            self._continue_open_quote(pending, quotes, para_start)
            pending = []
            for quote, sentence in unattributed:
                if (
                    not self._attribute_from_neighbours(quote, sentence, quotes)
                    # (after the reports: a quote inside one is part of what it says)
                    and not self._attribute_characterised(quote, sentence)
                    and not quote.closed
                ):
                    pending.append(quote)
        self._name_the_lede_officer()
        return sorted(
            [*(f.statement for f in self.found), *self.nested], key=lambda s: s.char_start
        )

    def find_nominal(
        self,
        para_start: int,
        para_end: int,
        sentences: list[Sentence],
        quotes: list[Quote],
        whole_paragraph: bool,
    ) -> None:
        """Reports named by a noun with its owner: "rejected Lord Roe's assertion that the
        rules were fair" (Lord Roe's), "his claim that ...", "warnings from economists that ...".

        Without an owner ("the allegations that ...") nobody the text names made the report:
        none is kept, as a statement needs its speaker."""
        text = self.text
        if self._nominal_cues is None:  # (found once for the article)
            self._nominal_cues = list(finditer_word(NOMINAL_CUE, text))
            self._nominal_starts = [cue.start() for cue in self._nominal_cues]
        found = self._nominal_cues[
            bisect_left(self._nominal_starts, para_start) : bisect_left(
                self._nominal_starts, para_end
            )
        ]
        if not found:
            return
        if not sentences:
            sentences = _merge_inside_quotes(
                paragraph_sentences(text, para_start, para_end)
                if whole_paragraph
                else split_sentences(text, para_start, para_end),
                quotes,
            )
        starts = [sentence.start for sentence in sentences]
        for cue in found:
            at = bisect_right(starts, cue.start()) - 1
            if at < 0 or _inside_a_quote(cue.start(), quotes):
                continue
            sentence = sentences[at]
            position = cue.end()
            if RELATIVE_THAT.match(text, position) or position >= sentence.end:
                continue
            found_owner = self._nominal_owner(cue, sentence)
            if found_owner is None:
                continue
            speaker, phrase_start = found_owner
            opening = ARTICLE_AT_END.search(text, sentence.start, phrase_start)
            if not has_words(text, sentence.start, opening.start() if opening else phrase_start, 1):
                # "The claim by X that prices rose was false": the noun phrase is the subject,
                # and where its clause gives way to the sentence's verb is not marked
                continue
            end = self._content_end(position, sentence, cue.group().split()[0])
            start, end = _strip_span(text, position, end, trailing=" ,;:.")
            self._emit(speaker, phrase_start, "indirect", cue.group().split()[0], start, end)

    def _nominal_owner(
        self, cue: re.Match[str], sentence: Sentence
    ) -> tuple[ResolvedSpeaker, int] | None:
        """Who made the report a noun of saying names, and where the noun phrase starts: the
        owner before it ("Lord Roe's", "the ministry's", "his") or the words after "by" or
        "from"; None when nobody is named or a pronoun finds nobody."""
        text = self.text
        if cue["by"]:
            # "warnings from economists that", "the claim by the ministry that": a name the
            # entity layer found, or a description
            start, end = _strip_span(text, cue.end("by"), cue.start("that"))
            if (article := ARTICLE_AT_START.match(text, start, end)) is not None:
                start = article.end()  # "by the Ministry of Finance": the name
            entity = self.index.within(start, end, ("person", "institution", "country"))
            phrase = (
                SpeakerPhrase(start, end, text[start:end], "entity", entity[0])
                if len(entity) == 1 and entity[0].start == start and entity[0].end == end
                else SpeakerPhrase(start, end, text[start:end], "nominal")
            )
            return self.resolver.resolve(phrase), cue.start()
        owner = NOMINAL_OWNER.search(text, max(sentence.start, cue.start() - 40), cue.start())
        if owner is None:
            return None  # "the allegations that ...": nobody named
        noun = cue.group().split()[0]
        mark = owner.end("pronoun") if owner["pronoun"] else owner.end("possessive")
        if noun in VERB_FORM_NOUNS and text[mark : cue.start()].strip():
            return None  # "Jane Roe's husband claims that": a verb, its subject the husband
        if owner["pronoun"]:
            pronoun = OWNER_PRONOUNS[owner["pronoun"].lower()]
            phrase = SpeakerPhrase(owner.start(), owner.end("pronoun"), pronoun, "pronoun")
        elif described := DESCRIPTION_AT_END.search(
            text, max(sentence.start, owner.start() - 40), owner.start()
        ):
            # "the ministry's", "the company’s": a description, resolved to whom it stands for
            phrase = SpeakerPhrase(described.start(), owner.start(), described.group(), "nominal")
        else:
            # "Lord Roe's": the name before the possessive, read as a subject would be
            phrase = speaker_before(
                text, self.index, owner.start(), sentence.start, at_clause_start=False
            )
            if phrase is None or phrase.end != owner.start():
                return None
        speaker = self.resolver.resolve(phrase)
        return None if speaker.speaker_type == "unknown" else (speaker, phrase.start)

    def _signed_paragraph(self, para_start: int, para_end: int) -> bool:
        """ "In the third quarter we had ... employed. Jane Roe, Statistician-general - Stats
        SA": a paragraph of someone's words without quote marks, signed after its last
        sentence with the name of a person and a title, as radio and agency sites caption a
        sound clip."""
        text = self.text
        end = para_start + len(text[para_start:para_end].rstrip())
        start = max(para_start, end - SIGNATURE_REACH)
        closing = LAST_SENTENCE_END.search(text, start, end)
        if closing is None or closing.end() <= para_start:
            return False
        person = self.index.starting_at(closing.end(), ("person",))
        signed = SIGNED_TITLE.fullmatch(text, person.end, end) if person is not None else None
        # the title names an office ("Statistician-general - Stats SA"), not a picture's credit
        # ("AFP via Getty Images")
        words = SIGNATURE_WORD_BREAK.split(signed.group().lower()) if signed else []
        if not any(word in titles() for word in words) or JOURNALISTS.intersection(words):
            return False  # (a reporter's sign-off is no speaker's: "Jo Roe, BBC correspondent")
        words_start, words_end = _strip_span(text, para_start, closing.start() + 1)
        if not has_words(text, words_start, words_end, MIN_SIGNED_WORDS):
            return False
        speaker = self.resolver.resolve(
            SpeakerPhrase(person.start, person.end, person.text, "entity", person)
        )
        # the signature as written is the attribution, as a transcript's label is
        signature = text[person.start : end]
        return self._emit(speaker, person.start, "direct", signature, words_start, words_end)

    def _continue_open_quote(
        self, pending: list[Quote], quotes: list[Quote], para_start: int
    ) -> None:
        """A quote left open at a paragraph end, continued by a paragraph whose quote names the speaker."""
        if not pending or not quotes or not is_blank(self.text, para_start, quotes[0].open):
            return
        first = quotes[0]
        # the first found of the direct statements that start with the first quote's words
        starting = [
            number
            for start, _, number in itertools.takewhile(
                lambda span: span[0] <= first.inner_start + 2,
                self._spans.starting_from(first.inner_start),
            )
            if self.found[number].statement.kind == "direct"
        ]
        if not starting:
            return
        following = self.found[min(starting)]
        s = following.statement
        speaker = ResolvedSpeaker(
            s.speaker, s.speaker_type, s.speaker_person_id, s.speaker_institution_id
        )
        for quote in pending:
            start, end = self._quote_span(quote)
            self._emit(speaker, following.speaker_position, "direct", s.cue, start, end)


def _colon_dateline(text: str, start: int, end: int) -> re.Match[str] | None:
    """ "MUMBAI: ", "New York: " opening a paragraph, but not a speaker's label ("Jane Doe: ")."""
    found = DATELINE_COLON.match(text, start, end)
    if found is None:
        return None
    place = found.group("place")
    return found if place.isupper() or place.upper() in dateline_cities() else None


def _relative_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """`RELATIVE_BEFORE_CUE.search(text, start, end)` for a relative pronoun among the last
    `RELATIVE_REACH` characters, tried only from the first "who" or "which" there (and the
    comma and spaces before it): a match holds one, then at most a few adverbs."""
    reach = max(start, end - RELATIVE_REACH)
    found = [at for word in ("who", "which") if (at := text.find(word, reach, end)) >= 0]
    if not found:
        return None
    first = min(found)
    while first > start and text[first - 1].isspace():
        first -= 1
    if first > start and text[first - 1] == ",":
        first -= 1
    return RELATIVE_BEFORE_CUE.search(text, first, end)


def _rstrip_end(text: str, start: int, end: int) -> int:
    """`start + len(text[start:end].rstrip())`."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _ends_with(text: str, start: int, end: int, suffix: str) -> bool:
    """`text[start:end].rstrip().endswith(suffix)`."""
    end = _rstrip_end(text, start, end)
    return end - len(suffix) >= start and text.startswith(suffix, end - len(suffix))


def _describes_speaker(words: str) -> bool:
    """Nothing, or a word or two that describe the speaker: '"...," panel Chairman Jane Roe said'."""
    words = words.strip()
    return not words or (
        DESCRIBING_WORDS.fullmatch(words) is not None
        and not any(w in NOT_MODIFIERS or w in reporting_verbs() for w in words.split())
    )


def _merge_inside_quotes(sentences: list[Sentence], quotes: list[Quote]) -> list[Sentence]:
    """A sentence break inside a quote is not a break of the reporting sentence."""
    merged: list[Sentence] = []
    for sentence in sentences:
        # (quotes are in order and never overlap: only the last opened before can hold it)
        i = bisect_left(quotes, sentence.start, key=lambda q: q.open) - 1
        inside = i >= 0 and quotes[i].closed and sentence.start < quotes[i].close
        if merged and inside:
            last = merged.pop()
            sentence = Sentence(last.start, sentence.end, "", last.paragraph)
        merged.append(sentence)
    return merged


def find_statements(
    text: str,
    body_start: int,
    index: EntityIndex,
    person_titles: dict[str, str] | None = None,
    turns: list[SpokenTurn] = (),
    institution_kinds: dict[str, str] | None = None,
    person_affiliations: dict[str, str] | None = None,
) -> list[Statement]:
    """Statements of one article; `turns` are a transcript's turns of speech, each paragraph
    of which is its labelled speaker's direct statement (what is reported inside one is
    a statement too)."""
    try:
        found = StatementFinder(
            text, body_start, index, person_titles, turns, institution_kinds, person_affiliations
        ).run()
        spoken = _turn_statements(text, turns)
        if not spoken:
            return found
        taken = {(s.char_start, s.char_end) for s in spoken}
        found = [s for s in found if (s.char_start, s.char_end) not in taken]
        return sorted(found + spoken, key=lambda s: (s.char_start, s.char_end))
    finally:
        clause_boundary_before.cache_clear()  # (remembered for one article, not kept with it)


# Words of the first person, which narrative leaves to the people it quotes (not "I" alone,
# which is also a numeral, "Phase I", nor "Us", "US")
FIRST_PERSON_WORD = re.compile(
    r"\b(?:[Ww]e|[Oo]ur|us|[Mm]y|I['’](?:m|ve|ll|d)"
    r"|I (?:am|was|have|had|will|would|think|believe|want|know))\b"
)
# Quotation marks around a turn's words (double ones only: a single one is as often an
# apostrophe, "there’s")
OPENING_QUOTES = frozenset('“"«')
CLOSING_QUOTES = ("”", '"', "»")


def _turn_statements(text: str, turns: list[SpokenTurn]) -> list[Statement]:
    statements = []
    for turn in turns:
        speaker = turn.speaker
        for span in turn.spans:
            start, end = _strip_span(text, *span, trailing=" ")
            # ('Cwele: “The private residence ...”': the words, not the quotation marks; a
            # quotation of several paragraphs opens each and closes only the last)
            if text[start : start + 1] in OPENING_QUOTES and not any(
                text.find(mark, start + 1, end - 1) >= 0 for mark in CLOSING_QUOTES
            ):
                start += 1
                if text[end - 1 : end] in CLOSING_QUOTES:
                    end -= 1
            if has_words(text, start, end, 1):
                statements.append(
                    Statement(
                        speaker=speaker.name,
                        speaker_type=speaker.speaker_type,
                        kind="direct",
                        cue=turn.cue,
                        text=text[start:end],
                        char_start=start,
                        char_end=end,
                        speaker_person_id=speaker.person_id,
                        speaker_institution_id=speaker.institution_id,
                    )
                )
    return statements


def _speaks_for(cue: str, phrase: SpeakerPhrase) -> bool:
    """Whether the phrase can speak with this cue: a cue of kind "document" ("reads") only
    for a phrase that names a document ("The letter reads", "reads the outline")."""
    if reporting_verbs().get(cue) != "document":
        return True
    words = [w.lower().strip(".,") for w in phrase.text.split()]
    return any(w in document_nouns() or w[:-1] in document_nouns() for w in words)


# What follows the head noun of data or a document: "figures from X", "data published by X"
AFTER_THE_HEAD = re.compile(rf"\s(?:from|by|of|for|on|at|in|{MADE_WORDS})\s")


def _is_document(phrase: str) -> bool:
    """Whether a noun phrase is headed by a document noun: "New figures", "the latest polls",
    "Data published on Monday by Statistics Finland"."""
    after = AFTER_THE_HEAD.search(phrase)
    words = (phrase[: after.start()] if after else phrase).split()
    head = words[-1].lower() if words else ""
    return head in document_nouns() or (head.endswith("s") and head[:-1] in document_nouns())


# 'said: "', 'told reporters: "': a cue whose colon opens the quote after it
COLON_INTRO = re.compile(r"(?: [a-z]+){0,2}:[ \t]*")


def _introduces(text: str, cue_end: int, next_quote: int) -> bool:
    """Whether only a colon (and up to two lowercase words) stands between a cue and the next
    quote: 'Mr. Zahed said: "..."' (not 'said, adding: "..."', where the speaker goes on)."""
    return COLON_INTRO.fullmatch(text, cue_end, next_quote) is not None


def _skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position
