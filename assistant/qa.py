"""Ask the engagement: answers from structured facts first, then hybrid retrieval over the transcripts.

Offline, questions about owners, blockers, open items, overdue items, decisions, risks, attendance and "what
did X say about Y" are answered from the engagement's facts, each statement cited to its evidence. Anything
else is answered extractively from the best transcript passages. With a chat model the answer is written by
the model from numbered sources, and every sentence must cite a retrieved source or it is removed.

The per-engagement index is an in-memory :class:`HybridRetriever` over ~5-turn transcript chunks, built from
the repository and cached until the engagement's meetings, transcripts or facts change (file mtimes).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, Field

from assistant.engines.base import ChatMessage, ChatModel, Embedder
from assistant.language import ENGLISH_SHARE_MIN, english_share, looks_non_english
from assistant.models import (
    ActionItem,
    Attendance,
    Blocker,
    Evidence,
    FactBase,
    FactEvent,
    Meeting,
    Person,
    Risk,
    SentimentSignal,
    fact_due,
    fact_status,
    held_for_check,
    is_commitment,
)
from assistant.referents import with_referent
from assistant.retrieval import (
    CHUNK_OVERLAP,
    CHUNK_SIZE,
    Chunk,
    FusionWeights,
    HybridRetriever,
    chunk_turns,
    clean_text,
    pooled_chunk_vectors,
    query_tokens,
    stem,
    tokenize,
)
from assistant.storage import Repository
from assistant.tracking import names_match, possibly_done, short_name_of, state_at, superseded_by

MAX_QUESTION_CHARS = 500
MAX_QUOTE_CHARS = 240
MAX_LIST = 10
MAX_SAY_QUOTES = 5  # quotes in a 'what did X say about Y' answer
# Common PM topics people talk about without naming them: "what did Ravi say about workload?" should find "I'm
# drowning" and "the team is stretched thin". In 'what did X say about Y' answers a topic word from one of these
# groups also matches the other words of its group (stemmed like everything else). Keep the groups small and
# unambiguous: a quote that only shares a group word ranks with the quotes that name the topic.
TOPIC_GROUPS: dict[str, str] = {
    "workload": "workload capacity overload overloaded overwhelmed bandwidth busy swamped drowning stretched "
    "exhausted burnout burned resourcing headcount plate",
    "budget": "budget budgets cost costs money spend spending funding funds price pricing invoice overrun "
    "expensive",
    "schedule": "schedule timeline timelines delay delays delayed slip slips slipped slipping late deadline "
    "postpone postponed push pushed",
    "risk": "risk risks risky concern concerns worried worry threat exposure",
}
_TOPIC_GROUP_TOKENS: list[frozenset[str]] = [frozenset(tokenize(words)) for words in TOPIC_GROUPS.values()]


_GO_LIVE = re.compile(r"\b(?:go(?:es|ing)?|gone|went)[- ]live\b|\bgo-?lives?\b", re.IGNORECASE)


def _one_word_go_live(text: str) -> str:
    """"go-live", "goes live" as one word: a go-live decision is not about "live copies" or "live data"."""
    return _GO_LIVE.sub(" golive ", text)


def topic_groups(toks: set[str]) -> list[frozenset[str]]:
    """One set of acceptable tokens per topic token: the token itself plus its TOPIC_GROUPS group, if any."""
    out = []
    for t in sorted(toks):
        group = next((g for g in _TOPIC_GROUP_TOKENS if t in g), None)
        out.append(group | {t} if group else frozenset({t}))
    return out


class Citation(BaseModel):
    meeting_id: str
    meeting_title: str = ""
    meeting_date: date | None = None
    speaker: str = ""
    start: float = 0.0
    end: float = 0.0
    quote: str = ""
    segment_id: int | None = None


class Answer(BaseModel):
    answer: str
    citations: list[Citation] = Field(default_factory=list)
    source: Literal["facts", "retrieval", "llm", "none"] = "none"


# --------------------------------------------------------------------------- question analysis

# Mood words: the negative ones ask whether someone is unhappy, the others whether they are content.
_NEGATIVE_MOODS = (
    r"frustrated|unhappy|upset|angry|annoyed|irritated|worried|stressed|disappointed|fed up|nervous|anxious|"
    r"negative|concerned|sceptical|skeptical|dissatisfied|exhausted|burn(?:ed|t) out|overwhelmed"
)
# "content" only as a mood ("is Gareth content?", "content with the plan"), not the noun ("the content freeze").
_POSITIVE_MOODS = (
    r"happy|pleased|satisfied|positive|excited|thrilled|content(?=\s*(?:with\b|[?.!]|$))|delighted|glad|enthusiastic"
)
_MOOD_WORDS = rf"{_NEGATIVE_MOODS}|{_POSITIVE_MOODS}|feel(?:s|ing)?|mood|sentiment"
_NEGATIVE_MOOD = re.compile(rf"\b(?:{_NEGATIVE_MOODS})\b", re.I)

# Verbs of the other intents, which a "did ...?" or "has ... been ...?" question may use: "did Fiona attend?", "did
# we agree on the date?", "has the go-live been moved?", "did Raj say anything?".
_NOT_DONE_VERBS = (
    r"(?:say|said|mention\w*|think|thought|talk\w*|discuss\w*|attend\w*|join\w*|come to|came to|show(?:ed|n)? up|"
    r"make it|made it|miss\w*|absent|present|decid(?:e|ed|es|ing)|agree(?:d|s|ing)?|ask\w*|requested|want\w*|feel\w*|felt|seem\w*|"
    r"sound\w*|slip\w*|delay\w*|push\w*|mov\w*|postpon\w*|resched\w*|block\w*|stuck|wait\w*|risk\w*|"
    r"concern\w*|worr\w*|commit\w*|promis\w*|own\w*|overdue|late|raise)\b"
)

_OWNER_WORDS = re.compile(
    r"\bwho (?:owns|is responsible|is in charge|is handling|handles|is doing|will do|"
    r"is working on|is on|has)\b|\bowner of\b|\bwho(?:'s| is) the owner\b|\bresponsible for\b|"
    r"\bwho(?:'s| is) (?:on the hook|accountable) for\b",
    re.I,
)
# Verbs of a "who is ...ing?" question that ask about something other than who does the work.
_NOT_OWNER_VERBS = (
    r"(?:block|wait|attend|join|miss|feel|say|complain|ask|talk|speak|com|go|be|hold|worr|think|sound|seem|"
    r"want|need|push|decid|agre|object|disagre)\w*\b"
)
_INTENTS: list[tuple[str, re.Pattern[str]]] = [
    (
        # "Is the project green?", "are we on track?", "what's the overall status?": the computed colour, never the
        # PM's words about it.
        "status",
        re.compile(
            r"\b(?:is|are) (?:the project|the engagement|we|this|it|things|everything)(?: \w+)? "
            r"(?:green|amber|red|on track|off track|in good shape|in trouble|ok|okay|healthy)\b|"
            r"\bwhat(?:'s| is) (?:the |our )?(?:overall |current |project )?(?:status|rag|colou?r)\b(?! (?:call|meeting|report))"
            # "what's the status of the trial load?" asks about one piece of work, not the project's colour
            r"(?!\s+(?:of|on|for|with)\s+(?!(?:the |this |our )?(?:project|engagement|programme|program)\b))|"
            r"\bhow (?:are we|is the project|is the engagement|are things) (?:doing|going)\b",
            re.I,
        ),
    ),
    (
        # "What's the status of the trial load?", "where are we with the GL mapping?", "any update on the rollout
        # schedule?", "how is the data load going?": the state of one piece of work, from its facts.
        "progress",
        re.compile(
            r"\bwhat(?:'s| is) (?:the )?(?:latest |current )?(?:status|state|progress|update|news|situation|story) "
            r"(?:of|on|with|for|about|regarding)\b|\bwhat(?:'s| is) the latest (?:on|with|about|regarding|for)\b|"
            r"\bwhere (?:are we|are things|do we stand|is it|is|did we get|have we got|we at) (?:with|on)\b|"
            r"\bwhat(?:'s| is) (?:happening|going on) (?:with|on|about)\b|"
            r"\b(?:any|an) (?:update|news|progress|movement) (?:on|with|about|for|regarding)\b|"
            r"\bhow(?:'s| is| are) (?=(?:the |our |that |this )?(?!(?:project|engagement|we|things|everything)\b)"
            r"\S.*? (?:going|coming along|progressing|getting on)\b)",
            re.I,
        ),
    ),
    (
        # "What changed since last week?", "what's new?", "what happened in the last call?": what the recent
        # meetings changed in the facts (done, slipped, new, raised, cleared, closed, decided).
        "changes",
        re.compile(
            r"\bwhat(?:'s| has| have| is)? (?:changed|moved|progressed)\b|\bwhat(?:'s| is) new\b|"
            r"\bwhat(?:'s| has)? happened(?=\s*(?:since|this|last|over|in the|during|lately|recently|so far)\b|"
            r"\s*\??\s*$)|\b(?:any|what) (?:changes|updates|news|progress)\b(?! (?:on|to|about|with|for)\b)",
            re.I,
        ),
    ),
    (
        # "Is Tom frustrated?", "who is happy with the project?", "how does Greg feel?": a person's mood, read from
        # their sentiment signals (polarity, trend and the quotes behind them), not a keyword search.
        "mood",
        re.compile(
            r"^\s*(?:(?:is|are|was|were|does|do|did|has|have|seems?|sounds?)\b.*|who(?:'s| is| are| was| were| seems?"
            r"| sounds?)?\b.*|how (?:is|are|does|do|did|has) .+?)\b(?P<mood>" + _MOOD_WORDS + r")\b",
            re.I,
        ),
    ),
    (
        "say",
        re.compile(
            r"\bwhat (?:did|has|have|does) (?P<who>.+?) (?:say|said|mention|think|thought|raise)\b"
            r"(?: (?:about|on|regarding) (?P<topic>.+))?",
            re.I,
        ),
    ),
    (
        # "What did Raj ask for?", "What does Raj want?": the requests in that person's own words.
        "request",
        re.compile(
            r"\bwhat (?:did|has|have|does|do|is|was) (?P<who>.+?) (?:been )?(?:ask(?:ed|ing|s)?|"
            r"request(?:ed|ing|s)?|wants?|wanted)\b",
            re.I,
        ),
    ),
    (
        # "What did Marcus commit to?", "What does Marcus owe us?", "What are Raj's open actions?": the action
        # items a person owns. Only when ``who`` names someone of the engagement; else the other intents decide.
        "commit",
        re.compile(
            r"\bwhat (?:did|has|have|does|do|is|was|will) (?P<who>.+?) (?:still )?(?:commit(?:ted)?(?: to)?|"
            r"promised?|sign(?:ed)? up for|agreed? to do|take[n]? on|took on|owes?|owed|on the hook for|"
            r"responsible for|(?:got|have|has) to do|need to do|supposed to do|(?:been )?working on)\b|"
            r"\bwhat (?:are|were|is) (?P<who2>[^?]+?)(?:'s|s') (?:open |outstanding |overdue |pending )?"
            r"(?:commitments|action items|actions|items|tasks|to-?dos|deliverables|work)\b|"
            r"\bwhat(?:'s| is) on (?P<who3>[^?]+?)(?:'s|s') plate\b",
            re.I,
        ),
    ),
    (
        # "Is the trial extract done?", "Has the PO been raised?", "Did Raj send the mapping?", "has the work
        # order been signed?", "did the key arrive?": whether a piece of work happened, said with any verb (a
        # "did"/"has ... been" question about attending, deciding, slipping or a mood is another intent's).
        "done",
        re.compile(
            r"^\s*(?:and\s+)?(?:is|are|has|have|was|were|did)\b(?!.*\b(?:who|when|decid(?:e|ed|es|ing)|agree(?:d|s|ing)?|slip\w*|delay\w*|"
            r"postpon\w*|resched\w*|moved|pushed)\b).*\b(?:done|finished|"
            r"complete[d]?|sent|delivered|closed|resolved|signed|signed off|approved|raised|live|out|ready|opened|"
            r"booked|scheduled|fixed|uploaded|packaged|assigned|shared|submitted|paid|run|ran|received|arrived|"
            r"landed|sorted|written|drafted|reviewed|published|released|deployed|loaded|migrated|tested|installed|"
            r"configured|set up|built|created|confirmed|returned|circulated|implemented|in place|through|"
            r"happen(?:ed|ing))\b|"
            # "are the firewall ports open?": the state the work leaves, at the end ("open items" is a list)
            r"^\s*(?:and\s+)?(?:is|are|was|were)\b(?!.*\b(?:who|when|still)\b).*\b(?:open|up|available|live)"
            r"(?:\s+(?:yet|now|already))?\s*[?.!]*\s*$|"
            r"^\s*(?:and\s+)?(?:(?:has|have|had)\b(?=.*\bbeen [a-z]+(?:ed|en|wn|t)\b)|did\b)"
            r"(?!.*\b(?:who|when|what|which|how|why|where)\b)(?!.*\b" + _NOT_DONE_VERBS + r")",
            re.I,
        ),
    ),
    (
        "due",
        re.compile(
            r"\bwhen (?:is|are|was|will)\b.*\b(?:due|done|finished|ready|deliver\w*)\b|\bdue date\b|"
            r"\bdeadline\b",
            re.I,
        ),
    ),
    (
        "owner",
        re.compile(
            _OWNER_WORDS.pattern + "|"
            # "who is writing the UAT scripts?", "who's sending the key?", "who will run the load?", "who took
            # over the code table?": the owner asked with the work's own verb.
            r"\bwho(?:'s| is| are| was| were| has been| will be)? (?:(?!" + _NOT_OWNER_VERBS + r")[a-z]+ing|"
            r"going to (?!" + _NOT_OWNER_VERBS + r"|be\b)[a-z]+)\b|"
            r"\bwho (?:will|'ll|shall|should|can|could) (?!" + _NOT_OWNER_VERBS + r"|be\b)[a-z]+\b|"
            r"\bwho (?:took|takes|has taken|picked|picks|has picked) (?:over|on|up)\b",
            re.I,
        ),
    ),
    (
        "overdue",
        re.compile(
            r"\boverdue\b|\bpast due\b|\blate\b|\bslip(?:ped|ping|s)?\b|\bbehind schedule\b|\bdelayed\b|"
            r"\bpushed (?:out|back)\b",
            re.I,
        ),
    ),
    ("blocker", re.compile(r"\bblock\w*\b|\bstuck\b|\bwaiting (?:on|for)\b|\bimpediment", re.I)),
    (
        "attendance",
        re.compile(
            r"\b(?:was|were) (?-i:[A-Z])[\w'-]*(?: (?-i:[A-Z])[\w'-]*)? (?:at|in|present)\b|"  # a name: "was Karen at"
            r"\bwho (?:attended|was (?:at|in|there|present)|joined|came)\b|\battend\w*\b|"
            r"\babsent\b|\bmissed\b|\bpresent at\b|"
            # "How often has Rosalind been on the calls?", "Does the sponsor turn up?"
            r"\bbeen (?:on|at|to|in|coming to|joining) (?:the |our |any |these )?(?:status |weekly )?(?:calls?|meetings?)\b|"
            r"\b(?:turn(?:ed|s)? up|show(?:ed|n|s)? up)\b",
            re.I,
        ),
    ),
    ("decision", re.compile(r"\bdecid\w*\b|\bdecision\w*\b|\bagreed\b|\bagree on\b", re.I)),
    ("risk", re.compile(r"\brisks?\b|\bconcerns?\b", re.I)),
    (
        "open",
        re.compile(
            r"\bopen (?:items?|actions?|points?)\b|\baction items?\b|\bcommitments?\b|\bto-?dos?\b|"
            r"\boutstanding\b|\bpending\b|\bcommitted\b|\bpromised\b|\btasks?\b|\bnext steps\b",
            re.I,
        ),
    ),
]

# Words that mark the question type; removed before matching the topic against facts.
_INTENT_WORDS = frozenset(
    tokenize(
        "who owns own owner owners responsible charge handling handles handle doing working blocked blocking "
        "blocker blockers block stuck waiting impediment overdue late past due slipped slipping behind schedule "
        "decided decide decision decisions agreed agree risk risks concern concerns open item items action "
        "actions commitment commitments todo todos outstanding pending committed promised task tasks next steps "
        "attended attend attendance present absent missed joined came when deadline date done finished ready "
        "deliver delivered say said mention mentioned think thought raise currently still anything everything "
        "tell list show give anyone anybody someone somebody anything ever right now today currently "
        "recorded there made make taken reached recent recently latest far meeting meetings "
        "top main biggest big key major current important critical worst all"
    )
) | frozenset({"due", "us", "ani", "what", "whi"})

_ABSENCE = re.compile(
    r"\babsent\b|\bmissed\b|\bmissing\b|\bnot (?:there|present|at|on)\b|\bdidn't (?:attend|come|join)\b", re.I
)
# "who missed the meetings?", "who has been absent so far?": absences across the engagement, not one meeting.
_ACROSS_MEETINGS = re.compile(
    r"\b(?:meetings|calls|sessions|syncs)\b|\bso far\b|\bacross\b|\bever\b|\ball along\b|\bhas been\b",
    re.I,
)
# Words that tie one thing to another: "if the approval is late, the cutover will slip", "we can't start until".
_DEPENDS = re.compile(
    r"\b(?:depend\w*|until|unless|once|block\w*|wait\w*|holding|held up|if|because|before|needs?|slip\w*|late|"
    r"delay\w*|risk|can't|cannot|without)\b",
    re.I,
)
_NAME_FILLERS = frozenset({"the", "our", "their", "and", "of", "for", "team", "group", "vendor", "department"})
_PRONOUN = re.compile(r"\b(it|its|that|this|those|these|they|them|the same)\b", re.I)
_PERSON_PRONOUN = re.compile(r"\b(him|her|he|she|his|hers)\b", re.I)
_FOLLOW_UP = re.compile(r"^\s*(and|also|what about|how about|and what about)\b", re.I)
# Intents that make a whole question without a topic: "what is overdue?", "what is blocked and on whom?", "who
# attended?" list the engagement's facts. Such a question never borrows the previous question's topic; an owner,
# due-date or done question without a topic ("when is the deadline?") is a follow-up.
_STANDALONE_INTENTS = frozenset(
    {"status", "changes", "overdue", "blocker", "decision", "risk", "open", "attendance"}
)
# "this week", "that meeting": a determiner of time or of the engagement, not a pronoun pointing back.
_NOT_A_PRONOUN = re.compile(
    r"\b(?:this|that|these|those)\s+(?:week|weeks|month|months|year|quarter|sprint|morning|afternoon|time|"
    r"call|calls|meeting|meetings|project|engagement)\b",
    re.I,
)
_TOPIC_PREFIX = re.compile(
    r"^\s*(?:and\s+)?(?:who (?:owns|is responsible for|is in charge of|is handling|handles|is working on|has)|"
    r"what(?:'s| is| are)? (?:blocking|the status of|happening with|the deadline for|the owner of)|"
    r"when is|what did .+? say about|what about|how about|is|are|was|were|did|does|do|tell me about|"
    r"what (?:is|are|was|were))\s+",
    re.I,
)


# "What does Marcus owe us?", "...still have to do?", "...open actions?": only what is not done yet.
_STILL_OWED = re.compile(
    r"\bowe[sd]?\b|\bstill\b|\bon the hook\b|\b(?:got|have|has|need|supposed) to do\b|\bworking on\b|"
    r"\bplate\b|\b(?:open|outstanding|overdue|pending)\b",
    re.I,
)


# "Has the cut-over slipped?", "was it pushed out?": whether an item's date moved, not the overdue list.
_SLIP_QUESTION = re.compile(r"\bslip(?:ped|ping|s)?\b|\bre-?dated\b|\bpushed (?:out|back)\b|\bdelayed\b", re.I)
# The person form of a list question, for "what about <person>?" after a list question that named nobody.
_PERSON_LIST_QUESTIONS = {
    "overdue": "what is overdue for {person}?",
    "slip": "has any of {person}'s work slipped?",
    "open": "what does {person} still owe?",
    "blocker": "what is blocked waiting on {person}?",
    "decision": "what did {person} decide?",
    "mood": "how does {person} feel?",
}


def _swap_name(question: str, old: str, new: str) -> str:
    """``question`` with the person ``old`` (or their first name, as asked) replaced by ``new``."""
    for form in (old, *old.split()):
        pat = re.compile(rf"(?<!\w){re.escape(form)}(?!\w)", re.I)
        if pat.search(question):
            return pat.sub(new, question, count=1)
    return question


def _intent(question: str, skip: Sequence[str] = ()) -> tuple[str | None, re.Match[str] | None]:
    for name, pattern in _INTENTS:
        if name in skip:
            continue
        m = pattern.search(question)
        if m:
            return name, m
    return None, None


def _who(m: re.Match[str]) -> str:
    """The person part of a person-centred question ('Marcus' of 'what did Marcus commit to?')."""
    return next((g for g in (m.groupdict().get(k) for k in ("who", "who2", "who3")) if g), "")


def _pointing_back(question: str) -> re.Match[str] | None:
    """The first pronoun that points at an earlier question ('it', 'those'), not 'this' of 'this week'."""
    skip = [m.span() for m in _NOT_A_PRONOUN.finditer(question)]
    return next(
        (m for m in _PRONOUN.finditer(question) if not any(a <= m.start() < b for a, b in skip)), None
    )


# "this week", "since last week", "in the last 7 days", "so far": when, not what; never the topic of a question
# ("what is overdue this week?" lists what is overdue, not facts about a week).
_TIME_PHRASE = re.compile(
    r"\b(?:(?:since|during|over|in|for|from|within)\s+)?(?:the\s+)?"
    r"(?:(?:this|last|next|past|previous|coming|current)\s+(?:(?:\d+|few|two|three|four)\s+)?"
    r"(?:week|weeks|fortnight|month|months|quarter|sprint|days?|call|meeting|sync)|"
    r"today|yesterday|tomorrow|tonight|so far|to date|right now|at the moment|lately)\b",
    re.I,
)


def topic_tokens(question: str) -> list[str]:
    return [t for t in query_tokens(_TIME_PHRASE.sub(" ", question)) if t not in _INTENT_WORDS]


_SECOND_QUESTION = re.compile(
    r"\s*(?:,\s*)?(?:,|\band\b|\bor\b)\s+(?:who|when|what|where|how|which|why|is|are|was|were|does|do|did|has|"
    r"have|will|can)\b.*$",
    re.I,
)
# "who owns X and when is it due?": both parts are answered.
_ASKS_OWNER = re.compile(r"\bwho\b|\bowner\b|\bresponsible\b", re.I)


def _topic_phrase(question: str) -> str:
    """The subject of a question in words, e.g. 'who owns the firewall change?' -> 'the firewall change'."""
    text = question.strip().rstrip("?!. ")
    text = _TOPIC_PREFIX.sub("", text, count=1)
    # "who owns the mapping and when is it due?": the second question is not part of the subject.
    text = _SECOND_QUESTION.sub("", text)
    text = re.sub(r"\s+(?:due|blocked|done|ready|late|overdue)$", "", text, flags=re.I)
    text = re.sub(r"\s+(?:still\s+)?(?:blocking|holding up|holding)(?:\s+(?:us|the project|things|anything))?$", "",
                  text, flags=re.I)
    return text.strip() or question.strip()


# "What are the risks for X?", "which risks...", "list the risks": a list, not a yes/no about one risk.
_LIST_QUESTION = re.compile(r"^\s*(?:what|which|list|show|any|are there|tell me)\b", re.I)
_SUBJECT_AFTER = re.compile(r"\b(?:about|on|for|regarding|around|concerning)\s+(.+?)\s*[?.!]*$", re.I)


def _unrecorded(question: str) -> tuple[str, str] | None:
    """('No decision about data migration has been recorded.', 'data migration') for a decision, risk or blocker
    question with a topic (asked when no recorded fact of that kind matched it)."""
    intent, _ = _intent(question)
    if intent not in ("decision", "risk", "blocker") or not topic_tokens(question):
        return None
    m = _SUBJECT_AFTER.search(question.strip())
    subject = (m.group(1) if m else _topic_phrase(question)).strip()
    linker = "on" if intent == "blocker" else "about"
    return f"No {intent} {linker} {subject} has been recorded.", subject


_ROLE_SMALL_WORDS = frozenset({"of", "and", "for", "the", "to", "&"})


def _role_patterns(role: str) -> list[tuple[int, re.Pattern[str]]]:
    """(specificity, pattern) for the ways a question names a role: the role itself ("information governance
    officer"), its acronym ("IGO", "CISO" for "chief information security officer") and an acronym of its
    leading words with the rest spelled out ("IG officer"). Acronyms match only in capitals."""
    words = [w for w in re.sub(r"\([^)]*\)", " ", role).split() if w]
    if not words:
        return []
    out = [(len(" ".join(words)), re.compile(rf"(?<!\w){re.escape(' '.join(words))}(?!\w)", re.I))]
    content = [w for w in words if w.casefold() not in _ROLE_SMALL_WORDS]
    for k in range(2, len(content) + 1):
        initials = "".join(w[0] for w in content[:k]).upper()
        rest = content[k:]
        tail = "".join(rf"\s+(?i:{re.escape(w)})" for w in rest)
        out.append((len(" ".join(words)), re.compile(rf"(?<!\w){initials}s?{tail}(?!\w)")))
    return out


def _person_by_role(text: str, roles: dict[str, str]) -> str | None:
    """The one person whose role the text names ("the sponsor", "our IT sponsor", "the IG officer"); the most
    specific role wins ("IT sponsor" over "sponsor"); None when no role is named or two people share it."""
    found: dict[str, int] = {}
    for name, role in roles.items():
        for size, pat in _role_patterns(role.strip()):
            if pat.search(text):
                found[name] = max(found.get(name, 0), size)
    if not found:
        return None
    top = max(found.values())
    best = [n for n, size in found.items() if size == top]
    return best[0] if len(best) == 1 else None


def _history_pairs(history: Sequence[Any] | None) -> list[tuple[str, str]]:
    """Accept [(question, answer)] or chat messages [{"role", "content"}] (as the UI keeps them)."""
    pairs: list[tuple[str, str]] = []
    pending_q: str | None = None
    for item in history or []:
        if isinstance(item, tuple | list) and len(item) == 2:
            pairs.append((str(item[0]), str(item[1])))
        elif isinstance(item, dict):
            role, content = item.get("role"), str(item.get("content", ""))
            if role == "user":
                if pending_q is not None:
                    pairs.append((pending_q, ""))
                pending_q = content
            elif role == "assistant" and pending_q is not None:
                pairs.append((pending_q, content))
                pending_q = None
    if pending_q is not None:
        pairs.append((pending_q, ""))
    return pairs


# --------------------------------------------------------------------------- engagement index


@dataclass
class _Turn:
    meeting: Meeting
    segment_id: int
    speaker: str
    start: float
    end: float
    text: str


@dataclass
class _EngagementIndex:
    key: tuple[Any, ...]
    meetings: dict[str, Meeting]
    turns: dict[str, list[_Turn]]  # meeting_id -> turns in order
    retriever: HybridRetriever
    facts: list[FactBase]
    fact_vectors: np.ndarray | None
    names: list[str]  # speakers, people and owners known in the engagement
    roles: dict[str, str] = field(default_factory=dict)  # person -> role from the people list
    expected: list[str] = field(default_factory=list)  # people marked as expected attendees
    people: list[Person] = field(default_factory=list)  # the people list, for aliases


_FACT_FILES = ("facts.json", "people.json")


def _text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class QAService:
    """Answers questions about one engagement at a time; nothing from another engagement is ever searched."""

    def __init__(
        self,
        repo: Repository,
        *,
        embedder: Embedder,
        chat: ChatModel | None = None,
        store: Any = None,
        chunk_size: int = CHUNK_SIZE,
        chunk_overlap: int = CHUNK_OVERLAP,
        weights: FusionWeights | None = None,
        prompts_dir: Path | None = None,
    ):
        self.repo = repo
        self.embedder = embedder
        self.chat = chat
        self.store = store  # accepted for the composition root; the in-memory index is used for search
        self.chunk_size = chunk_size
        self.chunk_overlap = chunk_overlap
        self.weights = weights or FusionWeights()
        self.prompts_dir = prompts_dir
        self._cache: dict[str, _EngagementIndex] = {}
        self._fact_vecs: dict[str, dict[str, np.ndarray]] = {}  # engagement -> fact text -> vector
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ index

    def _cache_key(self, engagement_id: str) -> tuple[Any, ...]:
        """File mtimes the index depends on; the last _FACT_FILES entries are the facts and people files."""
        base = self.repo.engagement_dir(engagement_id)
        parts: list[Any] = []
        for sub in ("meetings", "transcripts"):
            folder = base / sub
            if folder.is_dir():
                parts.extend(sorted((p.name, p.stat().st_mtime_ns) for p in folder.glob("*.json")))
        for name in _FACT_FILES:
            path = base / name
            parts.append((name, path.stat().st_mtime_ns if path.exists() else 0))
        return tuple(parts)

    def index_for(self, engagement_id: str) -> _EngagementIndex:
        """The engagement's search index, rebuilt only when its files changed."""
        key = self._cache_key(engagement_id)
        with self._lock:
            cached = self._cache.get(engagement_id)
            if cached is not None and cached.key == key:
                return cached
        if cached is not None and cached.key[: -len(_FACT_FILES)] == key[: -len(_FACT_FILES)]:
            # Only facts or people changed (a PM confirm or edit): the transcript index stays as it is.
            built = self._with_facts(engagement_id, key, cached.meetings, cached.turns, cached.retriever)
        else:
            built = self._build(engagement_id, key)
        with self._lock:
            self._cache[engagement_id] = built
        return built

    def _build(self, engagement_id: str, key: tuple[Any, ...]) -> _EngagementIndex:
        meetings = {m.meeting_id: m for m in self.repo.list_meetings(engagement_id)}
        turns: dict[str, list[_Turn]] = {}
        chunks: list[Chunk] = []
        vectors: list[np.ndarray] = []
        for meeting in meetings.values():
            try:
                transcript = self.repo.load_transcript(engagement_id, meeting.sha256)
            except Exception:  # a meeting whose transcript is missing is simply not searchable
                continue
            mturns = [
                _Turn(meeting, s.id, meeting.speaker_name(s.speaker), s.start, s.end, s.text)
                for s in transcript.segments
                if s.text.strip()
            ]
            turns[meeting.meeting_id] = mturns
            mchunks = chunk_turns(
                [(t.speaker, t.text) for t in mturns],
                self.chunk_size,
                min(self.chunk_overlap, self.chunk_size - 1),
                id_prefix=f"{meeting.meeting_id}:",
                metadata={"meeting_id": meeting.meeting_id},
            )
            texts = [clean_text(t.text) or "." for t in mturns]
            tvecs = self._turn_vectors(engagement_id, texts)
            chunks.extend(mchunks)
            vectors.append(pooled_chunk_vectors(mchunks, tvecs, texts))
        matrix = np.vstack(vectors) if vectors else np.zeros((0, self.embedder.dim), dtype=np.float32)
        retriever = HybridRetriever(self.embedder, self.weights).index(chunks, vectors=matrix)
        return self._with_facts(engagement_id, key, meetings, turns, retriever)

    def _with_facts(
        self,
        engagement_id: str,
        key: tuple[Any, ...],
        meetings: dict[str, Meeting],
        turns: dict[str, list[_Turn]],
        retriever: HybridRetriever,
    ) -> _EngagementIndex:
        """The index over the given transcript part plus the engagement's current facts and people."""
        names: dict[str, None] = {}
        for mturns in turns.values():
            for t in mturns:
                names.setdefault(t.speaker, None)
        facts = self.repo.load_facts(engagement_id)
        for f in facts:
            for n in (f.owner, getattr(f, "person", None), getattr(f, "waiting_on", None)):
                if n:
                    names.setdefault(n, None)
        roles: dict[str, str] = {}
        expected: list[str] = []
        people = self.repo.load_people(engagement_id)
        for p in people:
            names.setdefault(p.name, None)
            for a in p.aliases:
                names.setdefault(a, None)
            if p.role:
                roles[p.name] = p.role
            if p.expected_attendee and p.kind == "person":
                expected.append(p.name)
        fact_vectors = self._fact_vectors(engagement_id, [_fact_text(f) for f in facts]) if facts else None
        return _EngagementIndex(
            key, meetings, turns, retriever, facts, fact_vectors, list(names), roles, expected, people
        )

    def _fact_vectors(self, engagement_id: str, texts: list[str]) -> np.ndarray:
        """Fact embeddings, each text embedded once: kept in memory and on disk across facts-file changes.

        Re-embedding every fact after each confirm or edit took ~15 s with 809 facts (the first question
        after it, often "what is overdue?", paid for it); now only new or edited texts are embedded."""
        with self._lock:
            known = dict(self._fact_vecs.get(engagement_id, {}))
        path = self.repo.engagement_dir(engagement_id) / "index" / f"facts-{self.embedder.name}.npz"
        if any(t not in known for t in texts) and path.exists():
            with contextlib.suppress(OSError, ValueError, KeyError):
                with np.load(path, allow_pickle=False) as saved:
                    keys, vecs = saved["keys"], saved["vecs"]
                if vecs.shape == (len(keys), self.embedder.dim):
                    by_key = dict(zip(keys.tolist(), vecs, strict=True))
                    for t in texts:
                        if t not in known and (v := by_key.get(_text_key(t))) is not None:
                            known[t] = v
        missing = list(dict.fromkeys(t for t in texts if t not in known))
        if missing:
            known.update(zip(missing, self.embedder.embed(missing), strict=True))
        current = {t: known[t] for t in texts}
        out = np.vstack([current[t] for t in texts]).astype(np.float32, copy=False)
        with self._lock:
            self._fact_vecs[engagement_id] = current
        if missing:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(f".{os.getpid()}.tmp")
                with tmp.open("wb") as fh:
                    np.savez(fh, keys=np.array([_text_key(t) for t in current]), vecs=np.vstack(list(current.values())))
                os.replace(tmp, path)
            except OSError:
                pass  # read-only data directory: still answer, just without the cache
        return out

    def _turn_vectors(self, engagement_id: str, texts: list[str]) -> np.ndarray:
        """Turn embeddings, cached on disk per transcript text so a new process does not re-embed."""
        digest = hashlib.sha1("\x1e".join(texts).encode("utf-8")).hexdigest()[:20]
        path = self.repo.engagement_dir(engagement_id) / "index" / f"turns-{self.embedder.name}-{digest}.npy"
        if path.exists():
            try:
                cached = np.load(path, allow_pickle=False)
                if cached.shape == (len(texts), self.embedder.dim):
                    return cached
            except (OSError, ValueError):
                pass  # a damaged cache file is rebuilt below
        vecs = self.embedder.embed(texts) if texts else np.zeros((0, self.embedder.dim), dtype=np.float32)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as fh:
                np.save(fh, vecs)
            os.replace(tmp, path)
        except OSError:
            pass  # read-only data directory: still answer, just without the cache
        return vecs

    # ------------------------------------------------------------------ asking

    def ask(
        self,
        engagement_id: str,
        question: str,
        history: Sequence[Any] | None = None,
        *,
        as_of: date | None = None,
    ) -> Answer:
        """Answer ``question`` about one engagement; ``history`` holds earlier (question, answer) turns."""
        question = " ".join(question.split())[:MAX_QUESTION_CHARS]
        if not question:
            return Answer(answer="Please ask a question.", source="none")
        idx = self.index_for(engagement_id)
        if not idx.meetings and not idx.facts:
            return Answer(answer="This engagement has no meetings yet, so there is nothing to answer from.")
        asked = question
        # Each earlier question is resolved against the ones before it, so a follow-up of a follow-up ("has it
        # slipped?" after "and when is it due?") still points at the thing first asked about.
        resolved: list[tuple[str, str]] = []
        for q, a in _history_pairs(history):
            resolved.append((self._resolve_follow_up(q, resolved, idx), a))
        question = self._resolve_follow_up(question, resolved, idx)
        if as_of is not None:
            # Asked as of a day: only what was known that day - meetings held on or before it, facts as they
            # stood then (status, due, history and quotes of later meetings cut off), for every answer path.
            idx = _index_as_of(idx, as_of)
        as_of = as_of or date.today()
        answer = self._llm_answer(engagement_id, question, idx, as_of) if self.chat is not None else None
        if answer is None:
            answer = self._fact_answer(question, idx, as_of) or self._retrieval_answer(
                question, idx, unrecorded=_unrecorded(question)
            )
        return self._language_hint(asked, answer, idx)

    def _language_hint(self, question: str, answer: Answer, idx: _EngagementIndex) -> Answer:
        """Nothing found for a question in another language than the meetings': say so, so the PM can rephrase."""
        if answer.source != "none" or not looks_non_english(question):
            return answer
        texts = [t.text for turns in idx.turns.values() for t in turns][:400]
        if english_share(texts) < ENGLISH_SHARE_MIN:
            return answer  # the meetings are not (mostly) English either: a language hint would not help
        return answer.model_copy(
            update={
                "answer": "I couldn't find that. The meetings in this engagement are in English; "
                "asking in English may help."
            }
        )

    # ------------------------------------------------------------------ follow-ups

    def _resolve_follow_up(self, question: str, history: list[tuple[str, str]], idx: _EngagementIndex) -> str:
        """Rewrite 'and when is it due?' / 'what about him?' using the previous question and answer."""
        if not history:
            return question
        prev_q, prev_a = history[-1]
        prev_topic = _topic_phrase(prev_q)
        intent, _ = _intent(question)
        if intent == "status":  # "is it on track?" asks about the engagement, whatever was asked before
            return question
        resolved = question
        if _PERSON_PRONOUN.search(question):
            person = self._last_person(prev_a, idx) or self._last_person(prev_q, idx)
            if person:
                resolved = _PERSON_PRONOUN.sub(person, resolved)
        pronoun = _pointing_back(resolved)
        if pronoun is not None:
            resolved = f"{resolved[: pronoun.start()]}{prev_topic}{resolved[pronoun.end():]}"
        elif not topic_tokens(resolved) and intent not in _STANDALONE_INTENTS:
            resolved = f"{resolved.rstrip('?. ')} {prev_topic}?"
        m = re.match(r"^\s*(?:and\s+)?(?:what|how) about\s+(.+?)\??$", resolved, re.I)
        if m:
            subject = m.group(1)
            person = self._name_in(subject, idx)
            prev_intent, prev_m = _intent(prev_q)
            prev_person = self._name_in(prev_q, idx)
            if person and prev_intent in _PERSON_LIST_QUESTIONS and not prev_person:
                # "What is overdue?" then "what about Tom?": the same question, about Tom's items.
                slip = prev_intent == "overdue" and _SLIP_QUESTION.search(prev_q)
                resolved = _PERSON_LIST_QUESTIONS["slip" if slip else prev_intent].format(person=person)
            elif person and prev_person and prev_intent not in (None, "say", "request", "commit"):
                # "Is Lena frustrated?" then "what about Tom?": the same question with the other name.
                resolved = _swap_name(prev_q, prev_person, person)
            elif person and prev_intent == "say" and prev_m is not None and prev_m.group("topic"):
                resolved = f"what did {person} say about {prev_m.group('topic')}"
            elif person and prev_intent in ("request", "commit") and prev_m is not None and _who(prev_m):
                # "What did Raj ask for?" then "what about Marcus?": the same question about Marcus
                group = next(k for k in ("who", "who2", "who3") if prev_m.groupdict().get(k))
                resolved = f"{prev_q[: prev_m.start(group)]}{person}{prev_q[prev_m.end(group):]}"
            elif person:
                resolved = f"what did {person} say about {prev_topic}"
            elif prev_intent is not None:
                resolved = (
                    prev_q.replace(prev_topic, subject) if prev_topic in prev_q else f"{prev_q} {subject}"
                )
        return resolved

    def _names_in(self, text: str, idx: _EngagementIndex) -> list[str]:
        """The people the text names, best match first: a full name ("Sam Lee") beats a single word of another
        name ("Sam" of "Sam Okafor"); more than one entry means a bare word that names several people."""
        low = text.casefold()
        scored: dict[str, tuple[int, int]] = {}
        for name in idx.names:
            # Single words of a name count ("Priya" for "Priya Shah"), but not "the" or "team" of a team's name.
            parts = {name, *(w for w in name.split() if w.casefold() not in _NAME_FILLERS)}
            if "'s " in name:  # "Tom Brennan's team" is found by its full name only: "Tom" is the person
                parts = {name}
            for part in parts:
                found = len(part) >= 3 and re.search(rf"(?<!\w){re.escape(part.casefold())}(?!\w)", low)
                # A short all-capitals alias ("IG", "HR") is an acronym: found only as written, never in "ig".
                found = found or (len(part) == 2 and part.isupper() and re.search(rf"(?<!\w){part}(?!\w)", text))
                if found:
                    # An alias ("IG", "Deputy COO") stands for the person on the list, whose name the turns carry.
                    who = next((p.name for p in idx.people if name in p.aliases), name)
                    score = (len(part), len(who))
                    if score > scored.get(who, (0, 0)):
                        scored[who] = score
        if not scored:
            # "What did Bernie commit to?" for Bernadette Quinn: a short form, written as a name, of one first name
            # (not the question's first word, "Will Bernie ...", unless it calls on someone: "Bernie, ...?")
            words = {m.group(0) for m in re.finditer(r"(?<![\w'])[A-Z][a-z]+\b(?P<call>[,'\u2019])?", text)
                     if m.start() > len(text) - len(text.lstrip()) or m.group("call") or len(text.split()) == 1}
            words = {w.rstrip(",'\u2019") for w in words}
            teams = {p.name for p in idx.people if p.kind != "person"}
            for name in idx.names:
                first = name.split()[0] if name.split() and name not in teams else ""
                if first[:1].isupper() and any(short_name_of(w, first) for w in words):
                    scored[name] = (len(first), len(name))
        if not scored:
            role = _person_by_role(text, idx.roles)
            return [role] if role else []
        top = max(m for m, _ in scored.values())
        best = sorted((n for n, (m, _) in scored.items() if m == top), key=lambda n: -scored[n][1])
        # "Sam" and "Sam Lee" are one person; "Sam Lee" and "Sam Okafor" are two.
        distinct: list[str] = []
        for n in best:
            if not any(names_match(n, d, idx.people) for d in distinct):
                distinct.append(n)
        return distinct

    def _name_in(self, text: str, idx: _EngagementIndex) -> str | None:
        names = self._names_in(text, idx)
        return names[0] if names else None

    def _last_person(self, text: str, idx: _EngagementIndex) -> str | None:
        found = None
        pos = -1
        for name in idx.names:
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                if m.start() > pos:
                    pos, found = m.start(), name
        return found

    # ------------------------------------------------------------------ facts

    def _match_facts(
        self, topic: str, facts: Sequence[FactBase], idx: _EngagementIndex, *, min_score: float = 0.34
    ) -> list[tuple[float, FactBase]]:
        """Facts whose text matches the topic words (lexical overlap + embedding similarity), best first."""
        return [(score, f) for score, _lex, f in self._scored_facts(topic, facts, idx, min_score=min_score)]

    def _scored_facts(
        self, topic: str, facts: Sequence[FactBase], idx: _EngagementIndex, *, min_score: float = 0.34
    ) -> list[tuple[float, float, FactBase]]:
        """(combined score, share of topic words in the fact, fact) for matching facts, best first."""
        toks = set(topic_tokens(topic))
        if not toks or not facts:
            return []
        positions = {id(f): i for i, f in enumerate(idx.facts)}
        by_fact_id = {f.id: i for i, f in enumerate(idx.facts)}  # an as-of copy of a fact shares its vector
        positions.update({id(f): by_fact_id[f.id] for f in facts if id(f) not in positions and f.id in by_fact_id})
        qvec = self.embedder.embed([topic])[0] if idx.fact_vectors is not None else None
        scored = []
        for f in facts:
            ftoks = set(tokenize(_fact_text(f)))
            lex = len(toks & ftoks) / len(toks)
            dense = 0.0
            if qvec is not None and id(f) in positions:
                dense = float(idx.fact_vectors[positions[id(f)]] @ qvec)  # type: ignore[index]
            score = 0.65 * lex + 0.35 * max(dense, 0.0)
            if lex > 0 and score >= min_score:
                scored.append((score, lex, f))
        scored.sort(key=lambda x: -x[0])
        return scored

    def _fact_answer(self, question: str, idx: _EngagementIndex, as_of: date) -> Answer | None:
        intent, m = _intent(question)
        person = self._name_in(_who(m), idx) if intent in ("commit", "request") and m is not None else None
        if intent in ("commit", "request") and person is None:  # "what did we commit to?": not about one person
            intent, m = _intent(question, skip=("commit", "request"))
        if intent == "mood" and m is not None:
            mood = self._mood_answer(question, m, idx, as_of)
            if mood is not None:
                return mood
            intent, m = _intent(question, skip=("mood",))
        if intent is None:
            return None
        if intent in ("request", "commit") and person is not None and m is not None:
            # A bare first name two people share ("Sam": Sam Lee and Sam Okafor): say so and answer for each.
            people = self._names_in(_who(m), idx)
            parts = []
            for who in people[:3]:
                if intent == "request":
                    parts.append(self._requests_answer(who, idx, as_of))
                else:
                    parts.append(self._commitments_answer(who, bool(_STILL_OWED.search(question)), idx, as_of))
            if len(parts) == 1:
                return parts[0]
            return _joined_answers(
                f"\u201c{_who(m).strip()}\u201d could be {' or '.join(people[:3])}; each is answered below.", parts
            )
        # The facts as they stood on the day asked about, replayed the way the status report does, so "what is
        # overdue?" and "what is blocked?" count the same items as the report and `candor facts --as-of`.
        facts = _as_of_view(idx, as_of)
        topic = question
        has_topic = bool(topic_tokens(question))
        if intent == "status":
            return self._status_answer(question, idx, as_of)
        if intent == "changes":
            return self._changes_answer(question, idx, as_of)
        state_q = _STATE_QUESTION.search(question)
        if state_q and intent in ("done", "risk", "blocker"):
            # "Is the cut-over risk closed?", "is the data migration risk still open?": the risk's (or blocker's)
            # own state, never a similar action item's.
            kind = Risk if state_q.group("kind").lower().startswith("risk") else Blocker
            bare = _STATE_WORDS.sub(" ", question)
            scored = self._scored_facts(bare, [f for f in facts if isinstance(f, kind)], idx)
            if scored:
                return self._state_answer(scored[0][2], not _CLOSED_WORDS.search(question), idx)
        if intent == "progress" and m is not None:
            bare = _PROGRESS_WORDS.sub(" ", question[: m.start()] + " " + question[m.end() :])
            if not topic_tokens(bare):
                return None
            tracked = [f for f in facts if f.kind in ("action_item", "blocker") and not getattr(f, "conditional", False)]
            scored = self._done_candidates(bare, tracked, idx)
            if not scored:
                return None
            return self._done_answer(
                self._work_first(scored)[2], _topic_phrase(bare), idx, progress=as_of, facts=facts
            )
        if intent == "done" and has_topic:
            tracked = [f for f in facts if f.kind in ("action_item", "blocker") and not getattr(f, "conditional", False)]
            scored = self._done_candidates(question, tracked, idx)
            if not scored:
                return None
            return self._done_answer(self._work_first(scored)[2], _topic_phrase(question), idx, facts=facts,
                                     as_of=as_of)
        if intent == "say" and m is not None:
            return self._say_answer(m.group("who"), m.group("topic") or "", idx)
        if intent == "attendance":
            return self._attendance_answer(question, idx)
        if intent in ("owner", "due"):
            if not has_topic:
                return None
            kinds = ("action_item", "blocker", "risk", "decision") if intent == "owner" else ("action_item",)
            scored = self._scored_facts(topic, [f for f in facts if f.kind in kinds], idx)
            if intent == "owner":
                scored = self._whole_in_own_turn_first(topic, scored, [f for f in facts if f.kind in kinds], idx)
            if not scored and intent == "owner":
                # "Martin, the mapping?" - "Signed it off on Monday": the item's words are in the question the
                # fact answered, not in the fact itself.
                kinded = [f for f in facts if f.kind in kinds]
                scored = self._scored_in_context(topic, kinded, idx) or _named_in_evidence(topic, kinded)
            if not scored:
                return None
            phrase = _topic_phrase(question)
            asks_owner = intent == "due" and bool(_ASKS_OWNER.search(question))
            owned = _owned_items(scored)
            if intent == "owner" and not owned and not _OWNER_WORDS.search(question):
                # "Who is writing the UAT scripts?" with no commitment naming the work: what the meetings say
                # about it (a hand-over, say) tells more than "no owner recorded" for a matching decision.
                return None
            if owned:
                if intent == "owner":
                    return self._owned_answer(owned, scored, idx)
                return self._owner_or_due_answer("due", owned[0], phrase, idx, with_owner=asks_owner)
            answer = self._owner_or_due_answer(intent, scored[0][2], phrase, idx, with_owner=asks_owner)
            if intent == "owner" and not scored[0][2].owner:
                answer = self._with_nearest_commitment(answer, topic, facts, idx)
            return answer
        if intent == "overdue" and has_topic and (_SLIP_QUESTION.search(question) or _YES_NO.match(question)):
            slipped = self._slip_answer(question, facts, idx, as_of)
            if slipped is not None:
                return slipped
        if intent == "overdue":
            # Commitments only, as in the status report: an offer ("if it helps, I could ...") is never overdue.
            items: list[FactBase] = [
                f
                for f in facts
                if isinstance(f, ActionItem)
                and is_commitment(f)
                and f.status in ("open", "slipped")
                and (d := fact_due(f)) is not None
                and d < as_of
            ]
            return self._list_answer(
                items,
                topic if has_topic else None,
                idx,
                f"overdue as of {as_of.isoformat()}",
                empty=f"Nothing is overdue as of {as_of.isoformat()} in the recorded facts.",
                counted=True,
                as_of=as_of,
            )
        if intent == "blocker":
            items = [f for f in facts if isinstance(f, Blocker) and f.status == "open"]
            if has_topic and not self._match_facts(topic, items, idx):
                resolved = [f for f in facts if isinstance(f, Blocker) and f.status == "resolved"]
                cleared = self._match_facts(topic, resolved, idx, min_score=0.45)
                if cleared:
                    return self._cleared_answer(_topic_phrase(question), cleared[0][1], idx)
            if has_topic and items and not self._match_facts(topic, items, idx):
                blockers = [f for f in items if isinstance(f, Blocker)]
                linked = self._linked_blocker_answer(_topic_phrase(question), blockers, idx)
                if linked is not None:
                    return linked
            return self._list_answer(
                items,
                topic if has_topic else None,
                idx,
                "open blockers",
                empty="No open blockers have been recorded.",
                counted=True,
            )
        if intent == "decision":
            items = [f for f in facts if f.kind == "decision"]
            if has_topic and items:
                decided = self._decisions_about(question, items, idx)
                if decided is not None:
                    return decided
            return self._list_answer(
                items,
                topic if has_topic else None,
                idx,
                "decisions",
                empty="No decisions have been recorded.",
            )
        if intent == "risk":
            items = [f for f in facts if f.kind == "risk" and fact_status(f) != "closed"]
            if has_topic and items and _LIST_QUESTION.search(question):
                listed = self._risks_about(question, items, idx)
                if listed is not None:
                    return listed
            return self._list_answer(
                items,
                topic if has_topic else None,
                idx,
                "open risks",
                empty="No open risks have been recorded.",
            )
        if intent == "open":
            items = [
                f for f in facts if isinstance(f, ActionItem) and is_commitment(f) and f.status in ("open", "slipped")
            ]
            return self._list_answer(
                items,
                topic if has_topic else None,
                idx,
                "open commitments",
                empty="No open commitments have been recorded.",
                counted=True,
                as_of=as_of,
            )
        return None

    def _slip_answer(self, question: str, facts: list[FactBase], idx: _EngagementIndex, as_of: date) -> Answer | None:
        """'Has the POS extract slipped?': each matching item's due dates as they moved, and whether it is overdue
        now; 'has any of Tom's work slipped?': the person's items that slipped or are overdue."""
        items = [f for f in facts if isinstance(f, ActionItem) and is_commitment(f) and f.status != "dropped"]
        person = self._name_in(question, idx)
        name_toks = set(tokenize(person)) if person else set()
        rest = set(topic_tokens(question)) - name_toks - _VAGUE_WORK - _SLIP_WORDS
        if person and not rest:
            chosen = [
                f
                for f in items
                if f.owner and names_match(f.owner, person, idx.people) and (_slips(f, as_of) or _overdue(f, as_of))
            ]
            if not chosen:
                return Answer(
                    answer=f"No item {person} owns has slipped or is overdue as of {as_of.isoformat()}.", source="facts"
                )
        else:
            scored = self._scored_facts(" ".join(sorted(rest)) or question, items, idx)
            moved = self._moving_decisions(" ".join(sorted(rest)) or question, facts, idx)
            if moved and (not scored or moved[0][1] >= scored[0][1]):
                return moved[0][2]
            if not scored:
                return None
            top = scored[0][0]
            # Near ties: the item still in flight, then the one whose date moved, is the one asked about.
            near = [(sc, f) for sc, _lex, f in scored if sc >= top - 0.05 and isinstance(f, ActionItem)]
            near.sort(key=lambda t: (t[1].status == "done", not _slips(t[1], as_of), -t[0]))  # type: ignore[arg-type]
            chosen = [near[0][1]]
        lines: list[str] = []
        cites: list[Citation] = []
        for f in _dedupe(chosen)[:MAX_LIST]:
            assert isinstance(f, ActionItem)
            slips = _slips(f, as_of)
            created = next((e for e in f.history if e.event == "created"), None)
            dues = [d for d in [created.due if created else None, *(e.due for e in slips)] if d is not None]
            who = f" ({f.owner})" if f.owner else ""
            fc = self._fact_citations(f, idx)[:1]
            cites.extend(fc)
            ref = f" [{len(cites)}]" if fc else ""
            now = fact_due(f)
            state = (
                f"overdue since {now.isoformat()}" if _overdue(f, as_of) and now
                else "done" if f.status == "done" else f"not overdue as of {as_of.isoformat()}"
            )
            if slips:
                times = "once" if len(slips) == 1 else f"{len(slips)} times"
                path = " -> ".join(d.isoformat() for d in dues)
                lines.append(f"Yes: {_task(f)}{who} slipped {times}: due {path}; {state}{ref}.")
                for e in slips[-2:]:
                    for ev in e.evidence[:1]:
                        cites.append(_ev_citation(ev, idx))
                        lines.append(f'  {e.at.isoformat()}: "{_short(ev.quote)}" [{len(cites)}]')
            elif _overdue(f, as_of) and now:
                lines.append(f"Not re-dated, but late: {_task(f)}{who} was due {now.isoformat()}; {state}{ref}.")
            else:
                due = f"due {now.isoformat()}, " if now else ""
                lines.append(f"No: {_task(f)}{who} has not been re-dated ({due}{state}){ref}.")
        return Answer(answer="\n".join(lines), citations=cites, source="facts")

    def _moving_decisions(
        self, topic: str, facts: list[FactBase], idx: _EngagementIndex
    ) -> list[tuple[float, float, Answer]]:
        """'Did the go-live slip?': a decision that moved it ('go-live moves from the 9th to the 16th of
        November'), latest first, as (score, share of topic words, answer) - a date is moved by a decision, not
        by an action item about telling people the new date."""
        decisions = [f for f in facts if f.kind == "decision" and _MOVES.search(f.text)]
        out = []
        for score, lex, f in self._scored_facts(topic, decisions, idx):
            if lex < 0.5:
                continue
            when, who = _discussed(f, idx)
            cites = self._fact_citations(f, idx)[:1]
            ref = " [1]" if cites else ""
            text = f"Yes, it was moved by a decision {when}: {f.text.rstrip('.')} (said by {who}){ref}."
            out.append((score, lex, Answer(answer=text, citations=cites, source="facts"), _first_date(f, idx)))
        out.sort(key=lambda t: (-t[1], -((t[3] or date.min).toordinal())))
        return [(sc, lex, a) for sc, lex, a, _ in out]

    def _mood_answer(
        self, question: str, m: re.Match[str], idx: _EngagementIndex, as_of: date
    ) -> Answer | None:
        """'Is Tom frustrated?', 'who is happy with the project?': from the sentiment signals (recent polarity,
        trend, the quotes behind them), never from a keyword search for the mood word."""
        from assistant.status import person_sentiment

        negative = bool(_NEGATIVE_MOOD.search(m.group("mood")))
        sign = -1.0 if negative else 1.0
        days = sorted({mt.date for mt in idx.meetings.values() if mt.date <= as_of})
        rows: dict[str, list[tuple[date, SentimentSignal]]] = {}
        for f in idx.facts:
            if not isinstance(f, SentimentSignal):
                continue
            when = _first_date(f, idx)
            if when is None or when > as_of:
                continue
            name = next((p.name for p in idx.people if names_match(p.name, f.person, idx.people)), f.person)
            rows.setdefault(name, []).append((when, f))
        for r in rows.values():
            r.sort(key=lambda t: (t[0], t[1].id))
        person = self._name_in(question, idx)
        word = m.group("mood").lower()
        cites: list[Citation] = []

        def quoted(sig: SentimentSignal, when: date) -> str:
            ev = _strongest_quote(sig, sign)
            if ev is None:
                return ""
            cites.append(_ev_citation(ev, idx))
            return f'"{_short(ev.quote)}" ({when.isoformat()}, {sig.polarity:+.2f}) [{len(cites)}]'

        caveat = "Read from the wording of what was said; sarcasm and tone can be misread."
        if person is not None:
            mine = next((r for n, r in rows.items() if names_match(n, person, idx.people)), [])
            if not mine:
                return Answer(answer=f"No sentiment signal has been recorded for {person}.", source="facts")
            ps = person_sentiment(mine, days)
            recent = ps.recent or 0.0
            leaning = recent * sign
            verdict = "Yes, the signals point that way" if leaning >= 0.2 else (
                "Somewhat" if leaning > 0.05 else "Not by the sentiment signals"
            )
            if negative and ps.strong_negative and leaning < 0.2:
                verdict = "Partly: some strongly negative moments"
            trend = ps.trend if ps.trend != "unknown" else "no earlier reading"
            change = f", {ps.change:+.2f} from earlier meetings" if ps.change is not None else ""
            last = f" (last opinion {ps.recent_rows[-1][0].isoformat()})" if ps.stale and ps.recent_rows else ""
            lines = [
                f"{verdict} ({word}?): {person}'s recent sentiment is {recent:+.2f}{last}, {trend}{change}.",
                "The signals that drive it (strongest first):",
            ]
            ranked = sorted(mine, key=lambda t: (-sign * t[1].polarity, t[0]))
            for when, sig in ranked[:3]:
                if q := quoted(sig, when):
                    lines.append(f"- {q}")
            lines.append(caveat)
            return Answer(answer="\n".join(lines), citations=cites, source="facts")
        if not re.match(r"^\s*(?:who|is anyone|is anybody|are any)\b", question, re.I):
            return None
        ranked_people = []
        for name, r in rows.items():
            ps = person_sentiment(r, days)
            if ps.recent is not None and ps.recent * sign > 0.05:
                ranked_people.append((ps.recent * sign, name, ps, r))
        ranked_people.sort(key=lambda t: (-t[0], t[1]))
        if not ranked_people:
            return Answer(
                answer=f"Nobody's sentiment signals read as {word}: no one's recent sentiment leans that way.",
                source="facts",
            )
        lines = [f"Who reads as {word}, by their recent sentiment signals (strongest first):"]
        for _lean, name, ps, r in ranked_people[:5]:
            when, sig = max(r, key=lambda t: (sign * t[1].polarity, t[0]))
            moving = f", {ps.trend}" if ps.trend not in ("unknown", "steady") else ""
            lines.append(f"- {self._with_role(name, idx)}: {ps.recent:+.2f}{moving}; {quoted(sig, when)}")
        lines.append(caveat)
        return Answer(answer="\n".join(lines), citations=cites, source="facts")

    def _decisions_about(self, question: str, decisions: list[FactBase], idx: _EngagementIndex) -> Answer | None:
        """Decisions on a topic, optionally by the person named ('what did Sandra decide about the platform?'):
        the topic words are matched against the decision, its quotes and the turns around them (the question it
        answered, the sentence that framed it); without a word in common, dense similarity over the decisions."""
        person = self._name_in(question, idx)
        name_toks = set(tokenize(person)) if person else set()
        if person:
            name_toks |= {t for p in idx.people if p.name == person for a in p.aliases for t in tokenize(a)}
        toks = set(topic_tokens(_one_word_go_live(question))) - name_toks
        by_person = [
            f for f in decisions
            if not person or any(names_match(e.speaker, person, idx.people) for e in f.evidence)
            or (f.owner and names_match(f.owner, person, idx.people))
        ]
        if not by_person:
            return None
        scored: list[tuple[float, FactBase]] = []
        if toks:
            groups = topic_groups(toks)
            for f in by_person:
                words = set(tokenize(_one_word_go_live(" . ".join([_fact_text(f), *self._around(f, idx)]))))
                lex = sum(1 for g in groups if g & words) / len(groups)
                if lex > 0:
                    scored.append((lex, f))
            if not scored:
                scored = [(sc, f) for sc, f in self._dense_facts(" ".join(sorted(toks)), by_person, idx)]
        else:
            scored = [(1.0, f) for f in by_person]
        if not scored:
            return None
        top = max(sc for sc, _ in scored)
        chosen = [f for sc, f in sorted(scored, key=lambda t: (-t[0], _first_date(t[1], idx) or date.min))
                  if sc >= top - 0.01]
        m = _SUBJECT_AFTER.search(question.strip())
        subject = f" about {m.group(1).strip()}" if m else ""
        by = f" by {person}" if person else ""
        # the decision in force first: one a later decision changed ("go-live moves to February") follows it,
        # and the one that changed it is answered though it does not repeat the topic's words ("Decided: General
        # on the 8th of March" after "General goes live on the twenty-second of February")
        for f in list(chosen):
            at: FactBase | None = f
            while at is not None and (later := superseded_by(at)) is not None:
                at = next((g for g in decisions if g.meeting_id == later.meeting_id and later.note.endswith(g.text)),
                          None)
                if at is None or at in chosen:
                    break
                chosen.append(at)
        # ... and what the answered ones changed, though it does not say the topic's words either ("three pilot
        # practices on the 16th of November" before "the pilot go-live moves from the 16th to the 30th")
        grown = True
        while grown:
            grown = False
            for g in decisions:
                later = superseded_by(g)
                if g not in chosen and later is not None and any(
                        c.meeting_id == later.meeting_id and later.note.endswith(c.text) for c in chosen):
                    chosen.append(g)
                    grown = True
        # (a decision that changed another is no restatement of it: both are listed)
        items = _dedupe([f for f in chosen if superseded_by(f) is None]) + \
            _dedupe([f for f in chosen if superseded_by(f) is not None])
        lines = [f"{len(items)} decision{'s' if len(items) != 1 else ''}{by}{subject} recorded:"]
        cites: list[Citation] = []
        for f in items[:MAX_LIST]:
            deciders = sorted({e.speaker for e in f.evidence if e.speaker})
            when, _ = _discussed(f, idx)
            later = superseded_by(f)
            bits = [b for b in (f"said by {', '.join(deciders)}" if deciders else "", when,
                                f"superseded on {later.at.isoformat()}" if later else "") if b]
            fc = self._fact_citations(f, idx)[:1]
            cites.extend(fc)
            lines.append(f"- {f.text}" + (f" ({'; '.join(bits)})" if bits else "") + (f" [{len(cites)}]" if fc else ""))
        return Answer(answer="\n".join(lines), citations=cites, source="facts")

    def _scored_in_context(
        self, topic: str, facts: Sequence[FactBase], idx: _EngagementIndex, *, min_share: float = 0.6
    ) -> list[tuple[float, float, FactBase]]:
        """Facts matching most topic words in their text, quotes and the turn before each quote (the question
        they answered), best and latest first; at least two topic words must match, one of them in the fact's
        own words or its speaker's own turn (a fact that merely follows a turn about the topic is not about
        it): "And from me, the cutover approach document. Which weekend, what order, rollback. I'm aiming for
        the thirteenth" is the document's commitment though its sentence does not name it."""
        toks = set(topic_tokens(topic))
        if len(toks) < 2:
            return []
        groups = topic_groups(toks)
        out: list[tuple[float, float, FactBase]] = []
        for f in facts:
            own = set(tokenize(_fact_text(f))) | (self._own_turn_words(f, idx) if f.evidence else set())
            if not any(g & own for g in groups):
                continue
            words = own | set(tokenize(" . ".join(self._around(f, idx))))
            hit = sum(1 for g in groups if g & words)
            share = hit / len(groups)
            if hit >= 2 and share >= min_share:
                out.append((share, share, f))
        out.sort(key=lambda t: (-t[0], -((_first_date(t[2], idx) or date.min).toordinal())))
        return out

    @staticmethod
    def _work_first(scored: list[tuple[float, float, FactBase]]) -> tuple[float, float, FactBase]:
        """The best match, but a commitment naming as much of the topic before a blocker: "Is the trial load
        done?" asks about the work, not about "I can't start the trial load until ...", its blocker."""
        best = scored[0]
        if isinstance(best[2], Blocker):
            work = next(
                (t for t in scored if isinstance(t[2], ActionItem) and t[1] >= best[1] and t[0] >= 0.9 * best[0]),
                None,
            )
            best = work or best
        return best

    def _done_candidates(
        self, question: str, tracked: list[FactBase], idx: _EngagementIndex
    ) -> list[tuple[float, float, FactBase]]:
        """The facts a "did/is/has ... done" question may be about, best first: "has Ingrid finished the DPIA?" is
        about Ingrid's items that name the DPIA (her name is whose work, not a topic word any item naming her
        matches); "Is the DPIA done?" - "I'll own it. I'll have a draft by the twentieth.": the work is named
        in the question the commitment answered or in the later quotes linked to it, not in the commitment."""

        def matching(topic: str, facts: list[FactBase]) -> list[tuple[float, float, FactBase]]:
            scored = self._whole_in_own_turn_first(topic, self._scored_facts(topic, facts, idx), facts, idx)
            return scored or self._scored_in_context(topic, facts, idx) or _named_in_evidence(topic, facts)

        named = self._names_in(question, idx)
        mine: list[FactBase] = [
            f for f in tracked if f.owner and any(names_match(n, f.owner, idx.people) for n in named)
        ]
        bare = question
        for n in named:
            for part in sorted({n, *n.split()}, key=len, reverse=True):
                bare = re.sub(rf"(?<!\w){re.escape(part)}(?:'s)?(?!\w)", " ", bare, flags=re.I)
        if mine and topic_tokens(bare):
            found = matching(bare, mine)
            if found:
                return found
        if named:
            # "Has the end-to-end invoice test with Martin been done?": only work that involves Martin (his, for
            # him, or said by him), never someone else's item sharing a word ("by the end of the week")
            tracked = [f for f in tracked if f in mine or any(
                names_match(n, e.speaker, idx.people) for n in named for e in f.evidence) or any(
                re.search(rf"(?<!\w){re.escape(n.split()[0])}(?!\w)", f"{f.text} {f.context or ''}", re.I)
                for n in named)]
            return matching(bare, tracked) if topic_tokens(bare) else matching(question, tracked)
        return matching(question, tracked)

    def _whole_in_own_turn_first(
        self,
        topic: str,
        scored: list[tuple[float, float, FactBase]],
        facts: Sequence[FactBase],
        idx: _EngagementIndex,
    ) -> list[tuple[float, float, FactBase]]:
        """``scored`` with the fact whose own turn names every topic word first, when no fact's own words do:
        "Gareth, the scripts need a sign-off from you before we start testing on the 2nd. Can you go through
        them by Friday?" is the UAT script sign-off, not "We'll get the UAT scripts over by end of next week"
        (which names two of its three words)."""
        if not scored or scored[0][1] >= 1.0:
            return scored
        groups = topic_groups(set(topic_tokens(topic)))
        if len(groups) < 2:
            return scored
        whole = [
            f
            for f in facts
            if isinstance(f, ActionItem)
            and f.evidence
            and all(g & (set(tokenize(_fact_text(f))) | self._own_turn_words(f, idx)) for g in groups)
        ]
        if not whole:
            return scored
        rank = {id(t[2]): k for k, t in enumerate(scored)}
        first = min(whole, key=lambda f: (rank.get(id(f), len(rank)), -((_first_date(f, idx) or date.min).toordinal())))
        # Its own turn holds every word: it counts as a whole match for whoever weighs the coverage next.
        head = (max(t[0] for t in scored), 1.0, first)
        return [head, *(t for t in scored if t[2] is not first)]

    def _own_turn_words(self, f: FactBase, idx: _EngagementIndex) -> set[str]:
        """The words of the turn the fact was said in (its first quote's whole turn, with the speaker's words
        before a listener's short "Go on."), and of the question put to its owner by name that the turn answers ("Ingrid, the data protection assessment needs an owner. Could
        you own that one?" - "Yes, I'll own it.")."""
        ev = f.evidence[0]
        turns = idx.turns.get(ev.meeting_id, [])
        k = next((i for i, t in enumerate(turns) if t.segment_id == ev.segment_id), None)
        if k is None:
            return set()
        words = set(tokenize(turns[k].text))
        if k >= 2 and len(turns[k - 1].text.split()) <= 4 and turns[k - 2].speaker == turns[k].speaker:
            # "Going back to the GL mapping. I want to be realistic about sign-off." - "Go on." - "Let's say I
            # sign it off by Friday": one turn of the owner's, cut by a listener's nod.
            words |= set(tokenize(turns[k - 2].text))
        first = (f.owner or "").split()[0] if f.owner else ""
        before = turns[k - 1].text if k > 0 and turns[k - 1].speaker != turns[k].speaker else ""
        if len(first) >= 3 and "?" in before and re.search(rf"(?<!\w){re.escape(first)}(?!\w)", before):
            words |= set(tokenize(before))
        return words

    def _around(self, f: FactBase, idx: _EngagementIndex) -> list[str]:
        """The turns a fact's evidence sits in and the turn before each (the question or framing it answers)."""
        out: list[str] = []
        for ev in f.evidence[:3]:
            turns = idx.turns.get(ev.meeting_id, [])
            for i, t in enumerate(turns):
                if t.segment_id == ev.segment_id:
                    if i > 0:  # only the end of the turn before: its earlier sentences were about other things
                        out.extend(_SENTENCE_END.split(turns[i - 1].text.strip())[-2:])
                    out.append(t.text)
                    break
        return out

    def _dense_facts(
        self, topic: str, facts: Sequence[FactBase], idx: _EngagementIndex, *, min_sim: float = 0.35
    ) -> list[tuple[float, FactBase]]:
        """Facts whose embedding is close to the topic's (for topics no fact shares a word with), best first."""
        if idx.fact_vectors is None:
            return []
        pos = {f.id: i for i, f in enumerate(idx.facts)}
        with contextlib.suppress(Exception):
            qvec = self.embedder.embed([topic])[0]
            sims = [(float(idx.fact_vectors[pos[f.id]] @ qvec), f) for f in facts if f.id in pos]
            return sorted([t for t in sims if t[0] >= min_sim], key=lambda t: -t[0])
        return []

    def _changes_answer(self, question: str, idx: _EngagementIndex, as_of: date) -> Answer | None:
        """'What changed since last week?': from the facts' histories, what the meetings of the period (the last
        7 days by default, else the latest meeting) changed: items done, new and slipped, items that fell overdue,
        blockers raised and cleared, risks raised, raised again and closed, decisions; each cited."""
        held = sorted((m for m in idx.meetings.values() if m.date <= as_of), key=lambda m: m.date)
        if not held:
            return None
        start = _change_start(question, held, as_of)
        fallback = not any(start < m.date for m in held)
        if fallback:  # no meeting in the period asked about: what the latest meeting changed
            start = held[-2].date if len(held) > 1 else date.min
        toks = set(topic_tokens(question)) - _CHANGE_WORDS
        cites: list[Citation] = []
        keys: dict[tuple[str, int, str], int] = {}

        def cite(ev: Evidence | None) -> str:
            if ev is None:
                return ""
            key = (ev.meeting_id, ev.segment_id, ev.quote)
            if key not in keys:
                cites.append(_ev_citation(ev, idx))
                keys[key] = len(cites)
            return f" [{keys[key]}]"

        def in_period(d: date | None) -> bool:
            return d is not None and start < d <= as_of

        rows: list[tuple[int, date, str, Evidence | None]] = []  # (section order, date, line, its evidence)
        seen: set[tuple[int, str]] = set()

        def add(order: int, at: date, line: str, ev: Evidence | None, f: FactBase) -> None:
            if (id(f), line.split(":", 1)[0]) not in seen:  # one 'Done:' per item even if said twice
                seen.add((id(f), line.split(":", 1)[0]))
                rows.append((order, at, line, ev))
        for f in idx.facts:
            if not isinstance(f, ActionItem | Blocker | Risk) and f.kind != "decision":
                continue
            if toks and len(toks & set(tokenize(_fact_text(f)))) / len(toks) < 0.5:
                continue
            what = (_cap(_task(f)) if isinstance(f, ActionItem) else f.text.rstrip(".")) + (
                f" ({f.owner})" if f.owner else ""
            )
            first = f.evidence[0] if f.evidence else None
            created = next((e for e in f.history if e.event == "created"), None)
            born = created.at if created else _first_date(f, idx)
            if in_period(born):
                assert born is not None
                if f.kind == "decision":
                    add(3, born, f"- Decided: {what}", first, f)
                elif isinstance(f, ActionItem):
                    due_at = f" (due {f.due.isoformat()})" if f.due else ""
                    label = "Done" if created and "status=done" in created.note else "New commitment"
                    add(0 if label == "Done" else 4, born, f"- {label}: {what}{due_at}", first, f)
                elif isinstance(f, Blocker):
                    resolved = created is not None and "status=resolved" in created.note
                    label = "Blocker cleared" if resolved else "New blocker"
                    waiting = "" if resolved else _waiting(f)
                    add(1 if resolved else 7, born, f"- {label}: {what}{waiting}", first, f)
                else:
                    add(8, born, f"- New risk: {what}", first, f)
            for h in f.history:
                if h.event == "created" or not in_period(h.at):
                    continue
                ev = h.evidence[-1] if h.evidence else next(
                    (e for e in f.evidence if e.meeting_id == h.meeting_id), first
                )
                if h.event == "done":
                    label, order = {"blocker": ("Blocker cleared", 1), "risk": ("Risk closed", 2)}.get(
                        f.kind, ("Done", 0)
                    )
                    add(order, h.at, f"- {label}: {what}", ev, f)
                elif h.event == "slipped":
                    moved = h.note.removeprefix("due ") if h.note.startswith("due ") else h.note
                    add(5, h.at, f"- Slipped: {what}" + (f", due {moved}" if moved else ""), ev, f)
                elif h.event == "reopened":
                    add(5, h.at, f"- Reopened: {what}", ev, f)
                elif h.event == "dropped":
                    add(5, h.at, f"- Dropped: {what}", ev, f)
                elif h.event == "updated" and isinstance(f, Risk) and fact_status(f) == "open":
                    said = f': "{_short(ev.quote)}"' if ev else ""
                    add(9, h.at, f"- Risk raised again on {h.at.isoformat()}: {what}{said}", ev, f)
            due = fact_due(f)
            if (
                isinstance(f, ActionItem)
                and f.status in ("open", "slipped")
                and due is not None
                and start <= due < as_of
            ):
                add(6, due, f"- Now overdue: {what} (due {due.isoformat()})", first, f)
        period = [m for m in held if start < m.date]
        span = f"from {start.isoformat()} to {as_of.isoformat()}" if start > date.min else f"up to {as_of.isoformat()}"
        where = "; ".join(f"{m.title}, {m.date.isoformat()}" for m in period[-3:])
        if not rows:
            if toks:
                return None  # nothing recorded changed about the topic: the transcripts may still say something
            return Answer(answer=f"Nothing recorded changed {span} ({where}).", source="facts")
        rows.sort(key=lambda r: (r[0], r[1]))
        lines = [("No meeting was held in the period asked about; what the latest meeting changed, " if fallback
                  else "What changed ") + f"{span} ({where}):", *(line + cite(ev) for _, _, line, ev in rows[: 2 * MAX_LIST])]
        if len(rows) > 2 * MAX_LIST:
            lines.append(f"... and {len(rows) - 2 * MAX_LIST} more.")
        return Answer(answer="\n".join(lines), citations=cites, source="facts")

    def _requests_answer(self, person: str, idx: _EngagementIndex, as_of: date) -> Answer:
        """'What did Raj ask for?': the sentences in which the person asked for something ('I'll want numbers
        every week', 'please make the report say red', 'did the deputy approver ever get nominated?'), latest
        first, each quoted alone and cited to its turn."""
        asked: list[tuple[_Turn, str]] = []
        spoke = False
        for mturns in idx.turns.values():
            for t in mturns:
                if not names_match(t.speaker, person, idx.people) or t.meeting.date > as_of:
                    continue
                spoke = True
                asked.extend((t, sent) for sent in _SENTENCE_END.split(clean_text(t.text)) if _is_request(sent))
        if not asked:
            text = (f"I found no request from {person} in this engagement's meetings." if spoke
                    else f"{person} has not spoken in any recorded meeting.")
            return Answer(answer=text, source="none")
        asked.sort(key=lambda x: (x[0].meeting.date, x[0].start), reverse=True)
        lines = [f"What {person} asked for (latest first):"]
        cites: list[Citation] = []
        for t, sent in asked[:MAX_LIST]:
            cites.append(_turn_citation(t).model_copy(update={"quote": _short(sent)}))
            lines.append(f'- "{_short(sent)}" ({t.meeting.title}, {t.meeting.date}) [{len(cites)}]')
        if len(asked) > MAX_LIST:
            lines.append(f"... and {len(asked) - MAX_LIST} more.")
        return Answer(answer="\n".join(lines), citations=cites, source="retrieval")

    def _commitments_answer(self, person: str, owed: bool, idx: _EngagementIndex, as_of: date) -> Answer:
        """What a person committed to (every action item they own: open and overdue first, then done), or with
        ``owed`` what they still owe: their open items, overdue first, and the open blockers waiting on them."""
        mine = [
            f
            for f in idx.facts
            if isinstance(f, ActionItem)
            and f.owner
            and names_match(f.owner, person, idx.people)
            and f.status != "dropped"
            and (_first_date(f, idx) or as_of) <= as_of
        ]
        if owed:
            mine = [f for f in mine if f.status in ("open", "slipped")]

        def overdue(f: ActionItem) -> bool:  # an offer, or an item doubtful as a commitment, is never overdue
            return f.status in ("open", "slipped") and (d := fact_due(f)) is not None and d < as_of and \
                is_commitment(f)

        mine.sort(
            key=lambda f: (
                not overdue(f),
                f.status not in ("open", "slipped"),
                not is_commitment(f),
                fact_due(f) or date.max,
            )
        )
        items: list[ActionItem] = _dedupe(mine)  # type: ignore[assignment]
        waiting = [
            b
            for b in idx.facts
            if isinstance(b, Blocker) and b.status == "open" and _waits_on(b, person, idx.people)
        ] if owed else []
        cites: list[Citation] = []

        def cite(f: FactBase) -> str:
            own = [e for e in f.evidence if names_match(e.speaker, person, idx.people)]
            fc = [_ev_citation(e, idx) for e in (own or f.evidence)[:1]]
            cites.extend(fc)
            return f" [{len(cites)}]" if fc else ""

        n_late = sum(1 for f in items if overdue(f))
        late = f" ({n_late} overdue)" if n_late else ""
        if owed:
            if not items and not waiting:
                return Answer(
                    answer=f"{person} owes nothing open as of {as_of.isoformat()} in the recorded facts.",
                    source="facts",
                )
            head = f"{person} owes {len(items)} open item{'s' if len(items) != 1 else ''} as of {as_of.isoformat()}"
            lines = [head + (f" ({n_late} overdue)" if n_late else "") + (":" if items else ".")]
        else:
            if not items:
                return Answer(answer=f"No commitment owned by {person} has been recorded.", source="facts")
            n_open = sum(1 for f in items if f.status in ("open", "slipped"))
            lines = [f"{person} committed to {len(items)} item{'s' if len(items) != 1 else ''}: "
                     f"{n_open} open{late}, {len(items) - n_open} done:"]
        for f in items[:MAX_LIST]:
            bits: list[str] = [f.status]
            slips = sum(1 for e in f.history if e.event == "slipped")
            if slips:
                bits[0] = f"slipped {'once' if slips == 1 else f'{slips} times'}"
            if (d := fact_due(f)) is not None:
                bits.append(f"due {d.isoformat()}")
            if overdue(f):
                bits.append("overdue")
            done, _ = _closed_by(f)
            if f.status == "done" and done is not None:
                bits.append(f"done {done.at.isoformat()}")
            if f.conditional:
                bits.append("offered, not promised")
            elif held_for_check(f):
                bits.append("said in passing, maybe no commitment: not confirmed")
            lines.append(f"- {_cap(_task(f))} ({', '.join(bits)}){cite(f)}")
        if len(items) > MAX_LIST:
            lines.append(f"... and {len(items) - MAX_LIST} more.")
        for b in _dedupe(waiting)[:3]:
            assert isinstance(b, Blocker)
            lines.append(f"Waiting on {person}: {b.text.rstrip('.')}{cite(b)}.")
        return Answer(answer="\n".join(lines), citations=cites, source="facts")

    def _owned_answer(
        self, owned: list[ActionItem], scored: list[tuple[float, float, FactBase]], idx: _EngagementIndex
    ) -> Answer:
        """'Priya owns it: <task> (due <date>) [1]', other owners of matching items, related blockers."""
        cites: list[Citation] = []

        def cite(f: FactBase) -> str:
            fc = self._fact_citations(f, idx)[:1]
            cites.extend(fc)
            return f" [{len(cites)}]" if fc else ""

        def item(f: ActionItem) -> str:
            bits = [f"due {d.isoformat()}"] if (d := fact_due(f)) is not None else []
            if f.status != "open":
                bits.append(f"status: {f.status}")
            return _task(f) + (f" ({', '.join(bits)})" if bits else "")

        first = owned[0]
        parts = [f"{first.owner} owns it: {item(first)}{cite(first)}."]
        others = [f for f in owned[1:] if f.owner != first.owner]
        for f in others[:2]:
            parts.append(f"Also {f.owner}: {item(f)}{cite(f)}.")
        best_lex = max(lex for _, lex, _ in scored)
        related = [
            f
            for _, lex, f in scored
            if isinstance(f, Blocker) and f.status == "open" and lex >= max(0.5, 0.6 * best_lex)
        ]
        for b in _dedupe(related)[:2]:
            waiting = _waiting(b) if isinstance(b, Blocker) else ""
            parts.append(f"Related blocker: {b.text.rstrip('.')}{waiting}{cite(b)}.")
        return Answer(answer=" ".join(parts), citations=cites, source="facts")

    def _still_waited_for(
        self, fact: FactBase, done: FactEvent | None, facts: Sequence[FactBase], idx: _EngagementIndex
    ) -> Blocker | None:
        """An open blocker raised after ``fact`` was closed that waits on its owner for its work ("the approvals
        workflow config is stuck until Fiona signs off the thresholds" after Fiona's sign-off was recorded
        done): the closure is in doubt."""
        if not isinstance(fact, ActionItem) or not fact.owner or done is None:
            return None
        open_blockers = [
            f for f in facts
            if isinstance(f, Blocker) and f.status == "open" and f.evidence
            and names_match(f.waiting_on, fact.owner, idx.people)
            and (_first_date(f, idx) or date.min) > done.at
        ]
        for _score, lex, b in self._scored_facts(_task(fact), open_blockers, idx):
            if lex >= 0.6:
                return b  # type: ignore[return-value]
        return None

    def _done_answer(
        self,
        fact: FactBase,
        topic: str,
        idx: _EngagementIndex,
        progress: date | None = None,
        facts: Sequence[FactBase] = (),
        as_of: date | None = None,
    ) -> Answer:
        """'Is the trial extract done?': yes with when and the words that closed it, dropped with the words that
        dropped it, or not yet with its status, overdue when its date is past ``as_of``. ``progress`` ('what's the
        status of the trial extract?', asked as of that day): the same facts without the yes or no, and for open
        work its latest update in its own words."""
        done, closing = _closed_by(fact)
        state = fact_status(fact) or "open"
        what = (_task(fact) if isinstance(fact, ActionItem) else fact.text.rstrip(".")) + (
            f" ({fact.owner})" if fact.owner else ""
        )
        cites = self._fact_citations(fact, idx)[:1]
        if progress is not None and state not in ("done", "resolved", "dropped"):
            return self._progress_answer(fact, what, cites, idx, progress)
        still = self._still_waited_for(fact, done, facts, idx) if state == "done" else None
        if still is not None and done is not None:
            # The tracker closed it, but a blocker raised since still waits on its owner for it: say both, in
            # their own words, rather than a plain yes.
            cites = [*cites, _ev_citation(still.evidence[0], idx)]
            text = (
                f"Recorded as done on {done.at.isoformat()}: {what}" + (" [1]" if len(cites) > 1 else "")
                + f"; but a blocker raised on {_first_date(still, idx)} still waits on {still.waiting_on} for it: "
                + f'"{_short(still.evidence[0].quote)}" [{len(cites)}]'
            )
            if closing:
                cites = [*cites, _ev_citation(closing[0], idx)]
                text += f'. Recorded as closed by: "{_short(closing[0].quote)}" [{len(cites)}]'
            return Answer(answer=text + ".", citations=cites, source="facts")
        if state in ("done", "resolved"):
            when = f" on {done.at.isoformat()}" if done else ""
            text = (f"{_cap(state)}, reported{when}: " if progress is not None else f"Yes, reported {state}{when}: ")
            text += what
            text += " [1]" if cites else ""
            if closing:
                # The report comes first, the prompt it answered ("Raj, trial load?") after it.
                cites = [*cites, _ev_citation(closing[0], idx)]
                text += f'. Closed by: "{_short(closing[0].quote)}" [{len(cites)}]'
            return Answer(answer=text + ".", citations=cites, source="facts")
        if state == "dropped":
            ev = next((e for e in reversed(fact.history) if e.event == "dropped"), None)
            when = f" on {ev.at.isoformat()}" if ev else ""
            text = f"No, it was dropped{when} (not done): {what}" + (" [1]" if cites else "")
            if ev is not None and ev.evidence:
                cites = [*cites, _ev_citation(ev.evidence[0], idx)]
                text += f'. Dropped by: "{_short(ev.evidence[0].quote)}" [{len(cites)}]'
            return Answer(answer=text + ".", citations=cites, source="facts")
        due = fact_due(fact)
        bits = [f"status: {state}"] + ([f"due {due.isoformat()}"] if due else [])
        if as_of is not None and isinstance(fact, ActionItem) and _overdue(fact, as_of):
            bits.append(f"overdue as of {as_of.isoformat()}")
        text = f"Not recorded as done: {what} ({', '.join(bits)})" + (" [1]." if cites else ".")
        return Answer(answer=text, citations=cites, source="facts")

    def _progress_answer(
        self, fact: FactBase, what: str, cites: list[Citation], idx: _EngagementIndex, as_of: date
    ) -> Answer:
        """Open work as it stands on ``as_of``: its state and due date, and the latest words about it after it was
        raised ("Still waiting on Zentra, sorry ... Friday.")."""
        due = fact_due(fact)
        bits = [f"due {due.isoformat()}"] if due else []
        if due is not None and due < as_of:
            bits.append("overdue")
        if isinstance(fact, Blocker):
            head = f"Still blocked: {what}{_waiting(fact)}"
        else:
            slips = sum(1 for e in fact.history if e.event == "slipped")
            head = "Open" if not slips else f"Open, slipped {'once' if slips == 1 else f'{slips} times'}"
            head += f": {what}"
        text = head + (f" ({', '.join(bits)})" if bits else "") + (" [1]" if cites else "") + "."
        latest = next(
            (e for e in reversed(fact.history) if e.event not in ("created",) and e.evidence), None
        )
        if latest is not None:
            said = latest.evidence[0]
            prompt = latest.evidence[1] if len(latest.evidence) > 1 and len(said.quote.split()) <= 4 else None
            text += f" Latest, {latest.at.isoformat()}:"
            if prompt is not None:  # "The 6th." says little without "Sean, rollout schedule?"
                cites = [*cites, _ev_citation(prompt, idx)]
                text += f' "{_short(prompt.quote)}" [{len(cites)}] -'
            cites = [*cites, _ev_citation(said, idx)]
            text += f' "{_short(said.quote)}" [{len(cites)}].'
        return Answer(answer=text, citations=cites, source="facts")

    def _status_answer(self, question: str, idx: _EngagementIndex, as_of: date) -> Answer:
        """The colour the evidence gives, per dimension with its first reasons, cited (the same rules as the
        status report): what anyone said the colour is, in a meeting, does not change it."""
        from assistant.status import compute_status

        eng = next(iter(idx.meetings.values())).engagement_id if idx.meetings else ""
        people = self.repo.load_people(eng) if eng else []
        st = compute_status(eng, idx.facts, list(idx.meetings.values()), people, as_of)
        lines = [f"Computed from the evidence as of {as_of.isoformat()}: {st.computed.upper()}."]
        cites: list[Citation] = []
        for name, dim in st.dimensions.items():
            reason = next((r for r in dim.reasons if r.status == dim.status), dim.reasons[0] if dim.reasons else None)
            line = f"- {name.capitalize()}: {dim.status.upper()}" + (f" - {reason.text}" if reason else "")
            if reason and reason.evidence:
                cites.append(_ev_citation(reason.evidence[0], idx))
                line += f" [{len(cites)}]"
            lines.append(line)
        lines.append("The colour comes from overdue items, blockers, attendance and sentiment, not from what anyone "
                     "said the status is.")
        return Answer(answer="\n".join(lines), citations=cites, source="facts")

    def _state_answer(self, fact: FactBase, asked_open: bool, idx: _EngagementIndex) -> Answer:
        """Whether a risk is closed (a blocker resolved), answering the question as asked ('still open?' or
        'closed?'): when and the words that closed it, or that it is open and when it was last raised again."""
        kind = fact.kind
        word = "closed" if kind == "risk" else "resolved"
        state = fact_status(fact) or "open"
        cites = self._fact_citations(fact, idx)[:1]
        what = fact.text.rstrip(".") + (" [1]" if cites else "")
        if state != "open":
            done, closing = _closed_by(fact)
            when = f" on {done.at.isoformat()}" if done else ""
            text = f"{'No' if asked_open else 'Yes'}, the {kind} was {word}{when}: {what}."
            if closing:
                cites = [*cites, _ev_citation(closing[0], idx)]
                text += f' {_cap(word)} by: "{_short(closing[0].quote)}" [{len(cites)}].'
            return Answer(answer=text, citations=cites, source="facts")
        when, _ = _discussed(fact, idx)
        text = f"{'Yes' if asked_open else 'No'}, the {kind} is still open (raised {when}): {what}."
        again = next((e for e in reversed(fact.history) if e.event == "updated" and e.evidence), None)
        if again is not None:
            cites = [*cites, _ev_citation(again.evidence[-1], idx)]
            text += f' Last raised again on {again.at.isoformat()}: "{_short(again.evidence[-1].quote)}" [{len(cites)}].'
        return Answer(answer=text, citations=cites, source="facts")

    def _cleared_answer(self, topic: str, blocker: FactBase, idx: _EngagementIndex) -> Answer:
        """'Is the network team still blocking us?' when the only blocker on it was resolved: say so, cited."""
        done, closing = _closed_by(blocker)
        when = f" on {done.at.isoformat()}" if done else ""
        cites = self._fact_citations(blocker, idx)
        assert isinstance(blocker, Blocker)
        text = (f"No open blocker matches {topic}. The blocker{_waiting(blocker)} was resolved{when}: "
                f"{blocker.text.rstrip('.')}")
        if closing:
            earlier = [c for c in cites if c.meeting_id != closing[0].meeting_id][:1]
            cites = [*earlier, _ev_citation(closing[0], idx)]
            text += (" [1]." if earlier else ".") + f' Resolved: "{_short(closing[0].quote)}" [{len(cites)}].'
        else:
            cites = cites[:1]
            text += " [1]." if cites else "."
        return Answer(answer=text, citations=cites, source="facts")

    def _linked_blocker_answer(
        self, topic: str, blockers: list[Blocker], idx: _EngagementIndex
    ) -> Answer | None:
        """Blockers that a statement about the topic ties to, when no blocker names the topic itself.

        'What is blocking the cutover?': no blocker mentions the cutover, but 'if the approval is late, the
        cutover will slip' links it to the blocker waiting for approval. Shared words must be specific
        (in at most a quarter of the turns) and not people's names.
        """
        toks = set(topic_tokens(topic))
        if not toks or not blockers:
            return None
        all_turns, turn_toks, df = _turn_words(idx)
        if not all_turns:
            return None
        limit = _specific_limit(len(all_turns))
        names = {tok for n in idx.names for tok in tokenize(n)}
        best: tuple[float, Blocker, _Turn] | None = None
        for b in blockers:
            own = {(e.meeting_id, e.segment_id) for e in b.evidence}
            btoks = {t for t in tokenize(_fact_text(b)) if t not in toks and t not in names}
            for t, tt in zip(all_turns, turn_toks, strict=True):
                if not toks & tt or (t.meeting.meeting_id, t.segment_id) in own or not _DEPENDS.search(t.text):
                    continue  # a link says one thing hangs on another, not just that both were mentioned
                shared = [x for x in btoks & tt if df.get(x, 0) <= limit]
                score = sum(1.0 / df.get(x, 1) for x in shared)
                if shared and (best is None or score > best[0]):
                    best = (score, b, t)
        if best is None:
            return None
        _, b, t = best
        cites = self._fact_citations(b, idx)[:1]
        waiting = _waiting(b)
        text = (
            f"No recorded blocker names {topic} directly, but it depends on an open blocker: "
            f"{b.text.rstrip('.')}{waiting}" + (" [1]." if cites else ".")
        )
        cites.append(_turn_citation(t))
        text += f' {t.speaker} linked them: "{_short(clean_text(t.text))}" [{len(cites)}].'
        return Answer(answer=text, citations=cites, source="facts")

    def _with_nearest_commitment(
        self, answer: Answer, topic: str, facts: list[FactBase], idx: _EngagementIndex
    ) -> Answer:
        """'Who owns the gradebook sync?' when only a blocker names it: also point to the owned commitment that
        shares the topic's specific word ('Owen Bright committed to the gradebook export ...'), labelled as the
        nearest, never as the owner. Specific: said in at most a quarter of the engagement's turns."""
        toks = set(topic_tokens(topic))
        if not toks:
            return answer
        turns, _, df = _turn_words(idx)
        rare = {tok for tok in toks if 0 < df.get(tok, 0) <= _specific_limit(len(turns))}
        # People's names say whose, not what: "the Omar item" is no topic (a team such as "infrastructure
        # board" is lower-case and stays a topic word).
        names = {tok for n in idx.names if n.split() and all(w[:1].isupper() for w in n.split()) for tok in tokenize(n)}
        best: tuple[int, ActionItem] | None = None
        for f in facts:
            if not isinstance(f, ActionItem) or not f.owner or f.conditional or f.status == "dropped":
                continue
            shared = (rare - names) & set(tokenize(_fact_text(f)))
            if shared and (best is None or len(shared) > best[0]):
                best = (len(shared), f)
        if best is None:
            return answer
        item = best[1]
        cites = [*answer.citations, *self._fact_citations(item, idx)[:1]]
        state = fact_status(item) or "open"
        due = fact_due(item)
        text = (answer.answer.rstrip() + f" The nearest commitment: {item.owner} - {item.text.rstrip('.')}"
                + (f", due {due.isoformat()}" if due else "") + f" (status: {state}) [{len(cites)}].")
        return Answer(answer=text, citations=cites, source=answer.source)

    def _owner_or_due_answer(
        self, intent: str, fact: FactBase, topic: str, idx: _EngagementIndex, *, with_owner: bool = False
    ) -> Answer:
        cites = self._fact_citations(fact, idx)
        when, who = _discussed(fact, idx)
        if intent == "due":
            due = fact_due(fact)
            if due is None:
                text = f"No due date has been recorded for {topic}"
                if with_owner and fact.owner:
                    text = f"{fact.owner} owns {topic}; no due date has been recorded"
                text += f" ({fact.text}); it was discussed {when} by {who}." if when else f" ({fact.text})."
            else:
                status = fact_status(fact) or "open"
                task = _task(fact) if isinstance(fact, ActionItem) else fact.text.rstrip(".")
                if with_owner:
                    who = f"{fact.owner} owns {topic}" if fact.owner else f"No owner has been recorded for {topic}"
                    text = f"{who}; it is due {due.isoformat()} ({task}; status: {status})."
                else:
                    owner = f"{fact.owner}: " if fact.owner else ""
                    text = f"{_cap(topic)} is due {due.isoformat()} ({owner}{task}; status: {status})."
            return Answer(answer=text, citations=cites, source="facts")
        if fact.owner:
            extra = ""
            if (due := fact_due(fact)) is not None:
                extra = f", due {due.isoformat()}"
            state = fact_status(fact)
            text = f"{fact.owner} owns it: {fact.text.rstrip('.')}{extra}" + (
                f" (status: {state})." if state else "."
            )
        else:
            text = f"No owner has been recorded for {topic}"
            text += f"; it was discussed {when} by {who}." if when else "."
            text += f" Recorded {fact.kind.replace('_', ' ')}: {fact.text}"
        return Answer(answer=text, citations=cites, source="facts")

    def _risks_about(self, question: str, risks: list[FactBase], idx: _EngagementIndex) -> Answer | None:
        """'What are the risks for the go-live?': the open risks whose words, or the turns they were raised and
        restated in, name the topic (most topic words first, then the closest in meaning), then the other open
        risks, so none is hidden by a risk that happens to be worded differently."""
        toks = set(topic_tokens(question))
        turn_text = {(t.meeting.meeting_id, t.segment_id): t.text for ts in idx.turns.values() for t in ts}
        ranked: list[tuple[float, float, FactBase]] = []
        dense = {id(f): score for score, _lex, f in self._scored_facts(question, risks, idx, min_score=0.0)}
        for f in risks:
            evs = [*f.evidence, *(e for h in f.history for e in h.evidence)]
            words = set(tokenize(" ".join([_fact_text(f), *(turn_text.get((e.meeting_id, e.segment_id), e.quote)
                                                              for e in evs)])))
            lex = len(toks & words) / len(toks)
            if lex >= 0.5:
                ranked.append((lex, dense.get(id(f), 0.0), f))
        if not ranked:
            return None
        ranked.sort(key=lambda x: (-x[0], -x[1]))
        about = _dedupe([f for _, _, f in ranked])
        m = _SUBJECT_AFTER.search(question.strip())
        subject = (m.group(1) if m else _topic_phrase(question)).strip()
        others = [f for f in _dedupe(sorted(risks, key=lambda f: _first_date(f, idx) or date.min, reverse=True))
                  if f not in about]
        first = self._list_answer(about, None, idx, f"open risks about {subject}", empty="", keep_order=True)
        if first is None or not others:
            return first
        rest = self._list_answer(others, None, idx, "other open risks", empty="", number_from=len(first.citations))
        if rest is None:
            return first
        return Answer(
            answer=first.answer + "\n" + rest.answer, citations=[*first.citations, *rest.citations], source="facts"
        )

    def _list_answer(
        self,
        items: list[FactBase],
        topic: str | None,
        idx: _EngagementIndex,
        label: str,
        *,
        empty: str,
        keep_order: bool = False,
        number_from: int = 0,
        counted: bool = False,
        as_of: date | None = None,
    ) -> Answer | None:
        """``counted``: the list is a count the status report also gives (overdue, open blockers, open
        commitments); the heading then gives the same number, and says how many repeat a listed item. With
        ``as_of``, an open item a later sentence may report done says so, citing it, for the PM to check."""
        if topic is not None:
            matched = [f for _, f in self._match_facts(topic, items, idx)]
            if not matched:
                # A topic we know nothing structured about: let retrieval look in the transcripts.
                return None
            items = matched
        elif not keep_order:
            items = sorted(items, key=lambda f: _first_date(f, idx) or date.min, reverse=True)
        total = len(items)
        items = _dedupe(items)
        if not items:
            return Answer(answer=empty, source="facts")
        lines = [f"{len(items)} {label}:" if len(items) > 1 else f"1 {label.rstrip('s')}:"]
        if counted and topic is None and total > len(items):
            folded = total - len(items)
            lines = [f"{total} {label} ({folded} repeat{'s' if folded == 1 else ''} an item listed here, so "
                     f"{len(items)} are shown):"]
        cites: list[Citation] = []
        hints = {f.id: h for f in items if as_of is not None and (h := possibly_done(f, as_of)) is not None}
        for f in items[:MAX_LIST]:
            bits = []
            if f.owner:
                bits.append(f"owner {f.owner}")
            if (due := fact_due(f)) is not None:
                bits.append(f"due {due.isoformat()}")
            if isinstance(f, Blocker) and f.waiting_on:
                bits.append(f"waiting on {f.waiting_on}")
            when, _ = _discussed(f, idx)
            if when:
                bits.append(f"raised {when}")
            fc = self._fact_citations(f, idx)[:1]
            ref = f" [{number_from + len(cites) + 1}]" if fc else ""
            cites.extend(fc)
            # "I'll send [the field list] over Friday": a bare "it" named from what was asked for
            text = with_referent(f.text, f.context, idx.names) if isinstance(f, ActionItem) else f.text
            line = f"- {text}" + (f" ({', '.join(bits)})" if bits else "") + ref
            hint = hints.get(f.id)
            if hint is not None and hint.evidence:
                ev = hint.evidence[0]
                cites.append(_ev_citation(ev, idx))
                line += (f"; possibly done, to check: {ev.speaker} on {hint.at.isoformat()}, "
                         f"\u201c{_short(ev.quote, 160)}\u201d [{number_from + len(cites)}]")
            lines.append(line)
        if len(items) > MAX_LIST:
            lines.append(f"... and {len(items) - MAX_LIST} more.")
        if hints:
            lines[0] = lines[0].rstrip(":") + f" ({len(hints)} possibly done, to check):"
        return Answer(answer="\n".join(lines), citations=cites, source="facts")

    def _say_answer(self, who: str, topic: str, idx: _EngagementIndex) -> Answer | None:
        person = self._name_in(who, idx)
        if person is None:
            return None
        aliases = {person.casefold()}
        spoken = [
            t
            for ts in idx.turns.values()
            for t in ts
            if t.speaker.casefold() in aliases or person in t.speaker
        ]
        if not spoken:
            return Answer(answer=f"{person} has not spoken in any recorded meeting.", source="none")
        # "risk" and "schedule" are also question-type words; as the topic of a 'say about' they are the topic.
        toks = set(topic_tokens(topic) or query_tokens(topic)) if topic else set()
        if toks:
            return self._say_about(person, aliases, spoken, topic, toks, idx)
        return self._said_overall(person, aliases, idx)

    def _said_overall(self, person: str, aliases: set[str], idx: _EngagementIndex) -> Answer | None:
        """'What did Tom say?': the commitments, decisions, blockers and risks resting on the person's own words,
        latest meeting first (each statement once)."""
        kinds = ("action_item", "decision", "blocker", "risk", "sentiment")
        seen: set[tuple[str, int]] = set()
        said: list[tuple[date, float, Evidence, FactBase]] = []
        for f in idx.facts:
            if f.kind not in kinds or (isinstance(f, SentimentSignal) and abs(f.polarity) < 0.3):
                continue  # a clearly felt opinion is something they said; a neutral reading is not
            for ev in f.evidence:
                key = (ev.meeting_id, ev.segment_id)
                m = idx.meetings.get(ev.meeting_id)
                if ev.speaker.casefold() in aliases and key not in seen and m is not None:
                    seen.add(key)
                    said.append((m.date, ev.start or 0.0, ev, f))
        if not said:
            return None  # nothing structured: retrieval shows the person's turns
        said.sort(key=lambda x: (x[0], x[1]), reverse=True)
        lines = [f"What {person} said that the facts and opinions rest on (latest first):"]
        cites: list[Citation] = []
        for when, _, ev, f in said[:MAX_SAY_QUOTES]:
            cites.append(_ev_citation(ev, idx))
            kind = "opinion" if isinstance(f, SentimentSignal) else f.kind.replace("_", " ")
            lines.append(f'- "{_short(ev.quote)}" ({kind}, {when.isoformat()}) [{len(cites)}]')
        if len(said) > MAX_SAY_QUOTES:
            lines.append(f"... and {len(said) - MAX_SAY_QUOTES} more.")
        return Answer(answer="\n".join(lines), citations=cites, source="facts")

    def _say_about(
        self,
        person: str,
        aliases: set[str],
        spoken: list[_Turn],
        topic: str,
        toks: set[str],
        idx: _EngagementIndex,
    ) -> Answer:
        """The person's words on a topic, most relevant first: the share of topic words a quote contains (a word
        of the topic's TOPIC_GROUPS group counts for it) ranks first, its dense similarity to the topic next (a quote a fact rests on wins a near tie). Quotes without
        any topic word are left out when others have one; a fact's quote stays only while nothing else does."""
        # (meeting, segment) -> [lexical overlap, from a fact, citation, shown line without its number]
        quotes: dict[tuple[str, int], list[Any]] = {}
        groups = topic_groups(toks)

        def overlap(text: str) -> float:
            words = set(tokenize(text))
            return sum(1 for g in groups if g & words) / len(groups)

        for t in spoken:
            lex = overlap(t.text)
            if lex > 0:
                line = f'"{_short(clean_text(t.text))}" ({t.meeting.title}, {t.meeting.date})'
                quotes[(t.meeting.meeting_id, t.segment_id)] = [lex, False, _turn_citation(t), line]
        for _, f in self._match_facts(topic, idx.facts, idx):
            for ev in f.evidence:
                if ev.speaker.casefold() not in aliases:
                    continue
                key = (ev.meeting_id, ev.segment_id)
                if key in quotes:  # several facts can rest on one turn: quote it once
                    quotes[key][1] = True
                    continue
                lex = overlap(ev.quote)
                m = idx.meetings.get(ev.meeting_id)
                line = f'"{_short(ev.quote)}"' + (f" ({m.title}, {m.date})" if m else "")
                quotes[key] = [lex, True, _ev_citation(ev, idx), line]
                break
        if not quotes:
            return Answer(
                answer=f"I found nothing {person} said about {topic.strip(' ?.')} in this engagement's meetings.",
                source="none",
            )
        if any(q[0] > 0 for q in quotes.values()):
            quotes = {k: q for k, q in quotes.items() if q[0] > 0}
        items = list(quotes.values())
        dense = [0.0] * len(items)
        with contextlib.suppress(Exception):  # a failing embedder leaves the lexical order
            vecs = self.embedder.embed([topic, *(q[2].quote for q in items)])
            dense = [float(v @ vecs[0]) for v in vecs[1:]]
        order = sorted(
            range(len(items)), key=lambda i: (-round(items[i][0], 3), -(dense[i] + (0.05 if items[i][1] else 0.0)))
        )
        lines = [f"What {person} said about {topic.strip(' ?.')}:"]
        cites: list[Citation] = []
        for i in order[:MAX_SAY_QUOTES]:
            cites.append(items[i][2])
            lines.append(f"- {items[i][3]} [{len(cites)}]")
        from_facts = any(items[i][1] for i in order[:MAX_SAY_QUOTES])
        return Answer(answer="\n".join(lines), citations=cites, source="facts" if from_facts else "retrieval")

    def _attendance_answer(self, question: str, idx: _EngagementIndex) -> Answer | None:
        meetings = list(idx.meetings.values())
        if not meetings:
            return None
        qtoks = set(topic_tokens(question))
        target = None
        best = 0
        for mt in meetings:
            overlap = len(qtoks & set(tokenize(mt.title)))
            if overlap > best or (mt.date.isoformat() in question):
                best, target = max(overlap, 1), mt
        person = self._name_in(question, idx)
        dated = any(mt.date.isoformat() in question for mt in meetings)
        if person is None and not dated and _ABSENCE.search(question) and _ACROSS_MEETINGS.search(question):
            return self._absences_across(meetings, idx)
        if person is not None and not dated and _ACROSS_MEETINGS.search(question):
            target = None  # "Has Linda been attending the status calls?": every meeting, not the one titled so
        if person is not None and target is None:
            said = [f for f in idx.facts if isinstance(f, Attendance) and names_match(f.person, person)]
            said_present = {f.meeting_id for f in said if f.present}
            said_absent = [f for f in said if not f.present]
            present = [mt for mt in meetings if person in mt.attendees or mt.meeting_id in said_present]
            absent_ids = {mt.meeting_id for mt in meetings if person in mt.absent} | {
                f.meeting_id for f in said_absent
            }
            if person in idx.expected or present or said_absent:
                # Expected at every meeting, a participant of the engagement (attended at least one) or someone
                # whose absence was worth an apology or a word (a sponsor who never comes): each meeting without
                # them is one they missed, whether or not anybody said so.
                absent_ids |= {mt.meeting_id for mt in meetings}
            absent = [mt for mt in meetings if mt.meeting_id in absent_ids and mt not in present]
            said_by_meeting = {f.meeting_id: f for f in said_absent}

            def why(mt: Meeting) -> str:
                f = said_by_meeting.get(mt.meeting_id)
                quotes = " ".join(e.quote for e in f.evidence) if f is not None else ""
                if f is not None and re.search(r"apolog", f"{f.text} {quotes}", re.I):
                    return ", apologies sent"
                if f is not None or person in mt.absent:
                    return ", said to be away"
                return ", not heard"

            parts = [f"{person} attended {len(present)} of {len(meetings)} recorded meetings"]
            if present:
                parts.append("(" + ", ".join(f"{mt.title} {mt.date}" for mt in present[-5:]) + ")")
            if absent:
                parts.append(
                    ("and was" if present else "and was recorded as")
                    + f" absent from {len(absent)}: "
                    + ", ".join(f"{mt.title} ({mt.date}{why(mt)})" for mt in absent[-8:])
                )
            cites = [c for f in said_absent for c in self._fact_citations(f, idx)[:1]][:3]
            return Answer(answer=" ".join(parts) + ".", citations=cites, source="facts")
        target = target or meetings[-1]
        attendees = list(target.attendees)  # a copy: the cached Meeting must not grow with every question
        recorded = [f for f in idx.facts if isinstance(f, Attendance) and f.meeting_id == target.meeting_id]
        for f in recorded:
            if f.present and f.person not in attendees:
                attendees.append(f.person)
        missing = list(dict.fromkeys([*target.absent, *(f.person for f in recorded if not f.present)]))
        # Expected attendees (people list) who neither spoke nor were added nor marked absent.
        unheard = [
            n
            for n in idx.expected
            if n not in attendees and n not in missing and n not in target.speaker_names
        ]
        absence_q = bool(_ABSENCE.search(question))
        if absence_q:
            text = f"Absent from {target.title} ({target.date}): "
            text += (
                f"{', '.join(self._with_role(n, idx) for n in missing)}." if missing else "nobody recorded."
            )
            text += f" Attended by {', '.join(attendees) or 'nobody recorded'}."
        else:
            text = f"{target.title} ({target.date}): attended by {', '.join(attendees) or 'nobody recorded'}."
            if missing:
                text += f" Absent: {', '.join(missing)}."
        if unheard:
            text += f" Expected but not recorded as present: {', '.join(self._with_role(n, idx) for n in unheard)}."
        if person is not None:
            was = person in attendees
            text = (
                f"{person} {'attended' if was else 'is not recorded as attending'} {target.title} ({target.date}). "
                + text
            )
        if absence_q:  # cite the evidence that someone was missing, not who said good morning
            recorded = [f for f in recorded if not f.present]
        cites = [c for f in recorded for c in self._fact_citations(f, idx)[:1]][:3]
        return Answer(answer=text, citations=cites, source="facts")

    def _absences_across(self, meetings: list[Meeting], idx: _EngagementIndex) -> Answer:
        """Per person, the meetings they were recorded as absent from (meeting edits and attendance facts),
        most absences first, citing the words that said so; then expected people never recorded as present."""
        attendance = [f for f in idx.facts if isinstance(f, Attendance)]
        absent: dict[str, list[Meeting]] = {}
        said: dict[str, list[FactBase]] = {}
        not_heard: dict[str, list[Meeting]] = {}

        def key_for(name: str, keys: Sequence[str]) -> str:
            return next((k for k in keys if names_match(k, name)), name)

        for mt in meetings:
            here = [f for f in attendance if f.meeting_id == mt.meeting_id]
            present = [*mt.attendees, *(f.person for f in here if f.present)]
            missing = [*mt.absent, *(f.person for f in here if not f.present)]
            for name in dict.fromkeys(missing):
                if any(names_match(name, p) for p in present):
                    continue
                key = key_for(name, list(absent))
                if mt not in absent.setdefault(key, []):
                    absent[key].append(mt)
                said.setdefault(key, []).extend(f for f in here if not f.present and names_match(f.person, name))
            for name in idx.expected:
                if not any(names_match(name, p) for p in [*present, *missing]):
                    not_heard.setdefault(name, []).append(mt)
        total = len(meetings)
        if absent:
            rows = sorted(absent.items(), key=lambda kv: (-len(kv[1]), kv[0].casefold()))
            text = f"Absences across the {total} recorded meeting{'s' if total != 1 else ''}: " + "; ".join(
                f"{self._with_role(name, idx)} missed {len(mts)} of {total}: "
                + ", ".join(f"{mt.title} ({mt.date})" for mt in mts)
                for name, mts in rows
            )
            text += "."
        else:
            rows = []
            text = f"Nobody is recorded as absent in the {total} recorded meeting{'s' if total != 1 else ''}."
        unheard = [(n, mts) for n, mts in not_heard.items() if n not in absent]
        if unheard:
            text += " Expected but not recorded as present: " + "; ".join(
                f"{self._with_role(n, idx)} at {len(mts)} of {total}" for n, mts in unheard
            ) + "."
        cites: list[Citation] = []
        for name, _mts in rows:
            for f in said.get(name, []):
                for c in self._fact_citations(f, idx)[:1]:
                    if c not in cites:
                        cites.append(c)
        return Answer(answer=text, citations=cites[:8], source="facts")

    def _with_role(self, name: str, idx: _EngagementIndex) -> str:
        role = idx.roles.get(name)
        return f"{name} ({role})" if role else name

    def _fact_citations(self, fact: FactBase, idx: _EngagementIndex) -> list[Citation]:
        return [_ev_citation(ev, idx) for ev in fact.evidence[:3]]

    # ------------------------------------------------------------------ retrieval

    def _passages(self, question: str, idx: _EngagementIndex, k: int = 5) -> list[tuple[Chunk, _Turn, float]]:
        """Top chunks for the question that actually match it, each with its best turn."""
        restricted = len(idx.turns) < len({p.metadata["meeting_id"] for p in idx.retriever.passages})
        hits = idx.retriever.search(question, k=k * 8 if restricted else k)
        # Asked as of a day: passages of later meetings were never said yet.
        hits = [h for h in hits if h.passage.metadata.get("meeting_id") in idx.turns][:k]
        qtoks = set(query_tokens(question))
        out = []
        top = hits[0].score if hits else 0.0
        for h in hits:
            if h.score < 0.6 * top:  # much weaker than the best passage: noise, not support
                continue
            chunk = h.passage
            assert isinstance(chunk, Chunk)
            mid = chunk.metadata["meeting_id"]
            turns = idx.turns[mid][chunk.start : chunk.end + 1]
            lex_overlap = [len(qtoks & set(tokenize(t.text))) for t in turns]
            # Relevance gate: some question word in the chunk, or a clearly similar meaning.
            if max(lex_overlap, default=0) == 0 and h.dense < 0.5:
                continue
            best = max(range(len(turns)), key=lambda i: (lex_overlap[i], len(turns[i].text)))
            out.append((chunk, turns[best], h.score))
        return out

    def _retrieval_answer(
        self, question: str, idx: _EngagementIndex, *, unrecorded: tuple[str, str] | None = None
    ) -> Answer:
        """The best passages, extractively. ``unrecorded`` says which kind of fact the question asked for and
        none matched ("No decision about data migration has been recorded.") and its subject, which the passages
        are then searched for ("is anything waiting on Northwind?": passages about Northwind, not about waiting)."""
        found = self._passages(unrecorded[1], idx, k=3) if unrecorded else []
        found = found or self._passages(question, idx, k=3)
        said = unrecorded[0] if unrecorded else None
        intent = _intent(question)[0]
        n_decided = 0
        if said and intent == "decision" and found:
            # A passage that states a decision ("Okay, so decision: go-live moves to the 23rd") answers the
            # question even though the extractor did not record it: lead with it, never "no decision recorded".
            decided = [x for x in found if _DECISION_LIKE.search(x[1].text)]
            if decided:
                n_decided = len(decided)
                found = decided + [x for x in found if x not in decided]
                said = None
                lead = "Decided in the meetings (from the transcript; not recorded as a decision fact):"
            else:
                lead = ""
        else:
            lead = ""
        if not found:
            text = "I couldn't find anything about that in this engagement's meetings."
            if said:
                text = f"{said} I couldn't find anything else about it in this engagement's meetings."
            return Answer(answer=text, source="none")
        if said:
            # A quoted passage that holds a recorded fact of the kind asked about: name that fact rather than claim
            # that none was recorded.
            kind = {"decision": "decision", "risk": "risk", "blocker": "blocker"}.get(_intent(question)[0] or "")
            keys = {(t.meeting.meeting_id, t.segment_id) for _c, t, _s in found}
            held = [
                f for f in idx.facts
                if f.kind == kind and any((e.meeting_id, e.segment_id) in keys for e in f.evidence)
            ]
            if held:
                texts = "; ".join(f.text.rstrip(".") for f in _dedupe(held)[:3])
                said = f"Recorded {kind}{'s' if len(held) > 1 else ''} in these passages: {texts}."
        missing = [w for w in idx.retriever.unknown_words(question) if stem(w) not in _INTENT_WORDS]
        if missing:
            # Say what is not there rather than pass off the nearest passage as the answer.
            words = " or ".join(f"“{w}”" for w in missing[:4])
            lines = [f"No meeting of this engagement mentions {words}. The closest passages:"]
        elif lead:
            lines = [lead]
        elif said:
            lines = [f"{said} What the meetings say about it:"]
        else:
            lines = ["Here is what the meetings say:"]
        cites: list[Citation] = []
        answered_by: list[str] = []
        shown: set[tuple[str, int]] = set()
        for i, (_chunk, turn, _) in enumerate(found):
            if (turn.meeting.meeting_id, turn.segment_id) in shown:
                continue
            if n_decided and i == n_decided:
                lines.append("Also said about it:")
            shown.add((turn.meeting.meeting_id, turn.segment_id))
            cites.append(_turn_citation(turn))
            lines.append(
                f'- {turn.speaker} ({turn.meeting.title}, {turn.meeting.date}): "{_short(clean_text(turn.text))}" '
                f"[{len(cites)}]"
            )
            # A passage that asks ("The union letter?") is only half of it: bring the turn that answers it.
            reply = _reply_to(turn, idx)
            if reply is not None and (reply.meeting.meeting_id, reply.segment_id) not in shown:
                shown.add((reply.meeting.meeting_id, reply.segment_id))
                cites.append(_turn_citation(reply))
                answered_by.append(reply.speaker)
                lines.append(f'  answered by {reply.speaker}: "{_short(clean_text(reply.text))}" [{len(cites)}]')
        if intent == "owner" and answered_by and not missing:
            # Nobody is recorded as owning it, but someone answered for it when asked: that person is named.
            who = list(dict.fromkeys(answered_by))
            lines.insert(0, f"No owner is recorded in the facts; asked about it in the meetings, "
                            f"{' and '.join(who[:2])} answered for it (latest answer last below).")
        return Answer(answer="\n".join(lines), citations=cites, source="retrieval")

    # ------------------------------------------------------------------ LLM

    def _llm_answer(
        self, engagement_id: str, question: str, idx: _EngagementIndex, as_of: date
    ) -> Answer | None:
        assert self.chat is not None
        sources: list[tuple[str, Citation]] = []
        for _, f in self._match_facts(question, idx.facts, idx, min_score=0.25)[:4]:
            cs = self._fact_citations(f, idx)
            if cs:
                when, _who = _discussed(f, idx)
                owner = f"; owner {f.owner}" if f.owner else "; no owner recorded"
                due = f"; due {d.isoformat()}" if (d := fact_due(f)) else ""
                sources.append((f"[fact: {f.kind}{owner}{due}; {when}] {f.text}", cs[0]))
        for chunk, turn, _ in self._passages(question, idx, k=5):
            m = turn.meeting
            sources.append((f"[transcript: {m.title}, {m.date}]\n{chunk.text}", _turn_citation(turn)))
        if not sources:
            return Answer(
                answer="I couldn't find anything about that in this engagement's meetings.", source="none"
            )
        block = "\n\n".join(f"[{i}] {text}" for i, (text, _) in enumerate(sources, 1))
        try:
            from assistant.prompts import load_prompt

            prompt = load_prompt("qa_answer", self.prompts_dir)
            eng = self.repo.get_engagement(engagement_id)
            messages = prompt.render(
                engagement_name=eng.name, today=as_of.isoformat(), question=question, sources=block
            )
            reply = self.chat.complete(messages)
        except Exception:  # a failing endpoint must not take the offline answer down with it
            return None
        return _checked_llm_answer(reply, [c for _, c in sources])


# --------------------------------------------------------------------------- helpers

_CITE = re.compile(r"\[(\d+)\]")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(\-*•])|\n+")
_DONT_KNOW = re.compile(
    r"\b(don't know|do not know|not (?:in|covered by) the sources|no information|couldn't find|"
    r"cannot find|can't find|not mentioned|not recorded)\b",
    re.I,
)


# A sentence that states a decision: "Okay, so decision: ...", "decided: ...", "we've agreed ...", "that's decided".
_DECISION_LIKE = re.compile(
    r"\b(?:decision|decided|agreed)\s*:|\bwe(?:'ve| have)? (?:decided|agreed)\b|\bwe(?:'re| are) agreed\b|"
    r"\b(?:it's|it is|that's|that is|so) (?:decided|agreed|settled|confirmed)\b|\bfinal decision\b|"
    r"\b(?:the|my|our) decision is\b|\b(?:we'll|we will|let's) go with\b",
    re.I,
)


def _reply_to(turn: _Turn, idx: _EngagementIndex) -> _Turn | None:
    """The turn answering ``turn`` when it ends in a question: the next turn, by someone else, in the meeting. A
    turn cut off after its question ("Can Kayleigh take the UAT scripts? I'm drowning. I've started them, but
    --") is answered too, and so is a question put to the next speaker by name."""
    text = turn.text.rstrip()
    cut_off = "?" in text and text.endswith(("--", "\u2014", "\u2026", "..."))
    turns = idx.turns.get(turn.meeting.meeting_id, [])
    for i, t in enumerate(turns):
        if t.segment_id == turn.segment_id:
            nxt = next((u for u in turns[i + 1 : i + 3] if u.speaker != turn.speaker), None)
            if nxt is None or not nxt.text.strip():
                return None
            first = nxt.speaker.split()[0] if nxt.speaker else ""
            asked = len(first) >= 3 and any(
                q.endswith("?") and re.search(rf"(?<!\w){re.escape(first)}(?!\w)", q)
                for q in _SENTENCE_END.split(text)
            )
            return nxt if text.endswith("?") or cut_off or asked else None
    return None


def _shift_refs(text: str, offset: int) -> str:
    """'[1]' -> '[4]' for offset 3: an answer's citation numbers after others' citations."""
    return re.sub(r"\[(\d+)\]", lambda mm: f"[{int(mm.group(1)) + offset}]", text)


def _joined_answers(head: str, parts: Sequence[Answer]) -> Answer:
    """Several answers under one heading, each one's citation numbers shifted to the joined list."""
    lines = [head]
    cites: list[Citation] = []
    for a in parts:
        offset = len(cites)
        lines.append(_shift_refs(a.answer, offset))
        cites.extend(a.citations)
    return Answer(answer="\n".join(lines), citations=cites, source="facts")


def _checked_llm_answer(reply: str, sources: list[Citation]) -> Answer:
    """Keep only sentences citing real sources (or plainly saying 'don't know'); renumber citations 1..k."""
    kept: list[str] = []
    order: dict[int, int] = {}
    for sentence in (s.strip() for s in _SENTENCE.split(reply.strip())):
        if not sentence:
            continue
        nums = [int(n) for n in _CITE.findall(sentence)]
        valid = [n for n in nums if 1 <= n <= len(sources)]
        if not valid:
            if _DONT_KNOW.search(sentence) and not nums:
                kept.append(sentence)
            continue  # uncited or citing a source that was never given: dropped, never shown as fact
        for n in valid:
            order.setdefault(n, len(order) + 1)
        kept.append(
            _CITE.sub(lambda m: f"[{order[int(m.group(1))]}]" if int(m.group(1)) in order else "", sentence)
        )
    if not kept:
        return Answer(
            answer="I couldn't find a supported answer to that in this engagement's meetings.", source="none"
        )
    cites = [sources[n - 1] for n, _ in sorted(order.items(), key=lambda x: x[1])]
    return Answer(answer=" ".join(kept), citations=cites, source="llm" if cites else "none")


_FIRST_PERSON = re.compile(
    r"^(?:(?:ok(?:ay)?|so|yes|yeah|well|sure|right),?\s+)*(?:i|we)(?:\s+will|'ll|\s+shall|\s+am going to|"
    r"\s+are going to|'m going to|'re going to)\s+(?:go and\s+)?",
    re.I,
)


def _task(f: FactBase) -> str:
    """An action item as a task: 'I will send the rule change by Friday.' -> 'send the rule change by Friday'."""
    text = f.text.strip().rstrip(".")
    if f.owner:
        text = re.sub(rf"^{re.escape(f.owner)}\s+(?:will|is going to|'ll)\s+", "", text, flags=re.I)
    # "Dev, you'll run the trial extract ...?" / "Raj, can you send us the mapping?": the task handed over
    text = re.sub(r"^[A-Z][\w'-]*,\s+(?:you'll|you will|can you|could you|would you|will you|please)\s+", "", text)
    text = text.rstrip("?").strip()
    return _FIRST_PERSON.sub("", text, count=1) or text


# The words of a progress question left after its phrase is cut out: "how is the load going?" -> "the load".
_PROGRESS_WORDS = re.compile(r"\b(?:going|coming along|progressing|getting on|at the moment|right now|now|so far)\b", re.I)
# A decision that moves a date: "go-live moves from the 9th to the 16th", "UAT pushed to the 19th".
_MOVES = re.compile(
    r"\b(?:mov(?:es|ed|ing)|push(?:es|ed)|slip(?:s|ped)|postpon\w*|delay\w*|re-?scheduled?|shift(?:s|ed))\b|"
    r"\bfrom\b.+\bto\b",
    re.I,
)
_YES_NO = re.compile(r"^\s*(?:and\s+)?(?:has|have|is|are|was|were|did|does|do)\b", re.I)
# Words that stand for "their items" in "has any of Tom's work slipped?", not a topic.
_VAGUE_WORK = frozenset(tokenize("work stuff thing things item items deliverable deliverables any"))
# The words of "has it slipped / been pushed back / delayed / moved?": the question, not its topic.
_SLIP_WORDS = frozenset(tokenize("slip slips slipped slipping push pushed back out delay delayed move moved redated"))


def _slips(f: ActionItem, as_of: date) -> list[FactEvent]:
    return [e for e in f.history if e.event == "slipped" and e.at <= as_of]


def _overdue(f: ActionItem, as_of: date) -> bool:
    return f.status in ("open", "slipped") and (d := fact_due(f)) is not None and d < as_of


def _strongest_quote(sig: SentimentSignal, sign: float) -> Evidence | None:
    """The evidence quote that carries the signal's mood most strongly (VADER), the first one without VADER."""
    if not sig.evidence:
        return None
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        return sig.evidence[0]
    vader = SentimentIntensityAnalyzer()
    return max(sig.evidence, key=lambda e: sign * vader.polarity_scores(e.quote)["compound"])


def _closed_by(fact: FactBase) -> tuple[FactEvent | None, list[Evidence]]:
    """The event that closed a fact and the evidence of it (the event's own, else the closing meeting's quotes)."""
    done = next((e for e in reversed(fact.history) if e.event == "done"), None)
    if done is None:
        return None, []
    return done, done.evidence or [e for e in fact.evidence if e.meeting_id == done.meeting_id]


def _waiting(b: Blocker) -> str:
    """' (waiting on X)' unless the blocker's text already names X."""
    if not b.waiting_on or b.waiting_on.casefold() in b.text.casefold():
        return ""
    return f" (waiting on {b.waiting_on})"


# A yes/no question about the state of a risk or blocker: "is the cut-over risk closed?", "is the licence blocker
# cleared?", "is the data migration risk still open?".
_STATE_QUESTION = re.compile(
    r"^\s*(?:is|are|has|have|was|were)\b(?=.*\b(?:open|closed|resolved|cleared|gone|mitigated|done|"
    r"still)\b).*\b(?P<kind>risks?|blockers?)\b",
    re.I,
)
_CLOSED_WORDS = re.compile(r"\b(?:closed|resolved|cleared|gone|mitigated|done|removed|retired)\b", re.I)
# Words of such a question that say which state is asked about, not which risk: left out of the topic.
_STATE_WORDS = re.compile(
    r"\b(?:open|closed|resolved|cleared|gone|mitigated|done|removed|retired|still|now|yet|risks?|blockers?)\b",
    re.I,
)
# Words of a 'what changed?' question that ask for change, not about a topic.
_CHANGE_WORDS = frozenset(tokenize("changed change changes happened new news update updates progress progressed moved "
                                   "since different"))
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10, "few": 3}


def _change_start(question: str, held: list[Meeting], as_of: date) -> date:
    """The day before the period a 'what changed?' question asks about ('since last week': 7 days before
    ``as_of``; 'in the last call': since the meeting before the latest)."""
    from datetime import timedelta

    if re.search(r"\b(?:last|latest|previous|most recent|this)\s+(?:call|meeting|sync|session|status call)\b",
                 question, re.I):
        return held[-2].date if len(held) > 1 else date.min
    m = re.search(r"\b(\d+|one|two|three|four|five|six|seven|ten|few)\s+(day|week|month)s?\b", question, re.I)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else _WORD_NUMBERS[m.group(1).lower()]
        return as_of - timedelta(days=n * {"day": 1, "week": 7, "month": 30}[m.group(2).lower()])
    if re.search(r"\bfortnight\b", question, re.I):
        return as_of - timedelta(days=14)
    if re.search(r"\bmonth\b", question, re.I):
        return as_of - timedelta(days=30)
    return as_of - timedelta(days=7)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# A request in the speaker's own words: a want ("I'll want numbers", "I also want a view", "I need you to"), a
# please or can-you, an imperative ("Put that in writing"), or a question about someone else's work ("has Helen
# nominated the deputy approver?"). "I want to flag a risk" announces and "that's the number I want" approves:
# neither asks.
_REQUEST_SENTENCE = re.compile(
    r"\b(?:i|we)(?:(?:'ll|'d| will| would| do| really| also| still)* (?:want|need|expect)|(?:'d| would) like)\s+"
    r"(?:to (?:see|know|have|get|hear)\b|(?!to\b)\w)|"
    r"\bplease\b|^(?:can|could|would|will) (?:you|someone|somebody|we get)\b|"
    r"^(?:did|has|have|is|are|was|were|when will|when is|where is|why (?:is|has|did))\b.*\?$|"
    r"^(?:put|send|make|give|keep|share|tell|let me know|chase|confirm|show|get me)\b",
    re.I,
)
# What opens a sentence without being part of the request: "Also, did...", "Dana, please...", "Good. Kofi, ..."
_REQUEST_LEAD = re.compile(r"^(?:(?:also|and|so|ok(?:ay)?|right|well|but|then|oh),?\s+)*(?:[A-Z][\w'-]*,\s+)?")


def _is_request(sentence: str) -> bool:
    body = _REQUEST_LEAD.sub("", sentence.strip(), count=1)
    return bool(body) and bool(_REQUEST_SENTENCE.search(body))


def _waits_on(b: Blocker, person: str, people: Sequence[Person]) -> bool:
    """True when the blocker waits on the person: its waiting-on party, else its words ('waiting on Marcus's
    sign-off') name them."""
    if b.waiting_on:
        return names_match(b.waiting_on, person, people)
    names = [person, *person.split()[:1], *(a for p in people if p.name == person for a in p.aliases)]
    return any(
        re.search(rf"\b(?:waiting (?:on|for)|blocked (?:on|by)|depends on)\s+{re.escape(n)}\b", b.text, re.I)
        for n in names
        if len(n) >= 3
    )


def _turn_words(idx: _EngagementIndex) -> tuple[list[_Turn], list[set[str]], dict[str, int]]:
    """Every turn of the engagement, its word set, and in how many turns each word occurs."""
    turns = [t for ts in idx.turns.values() for t in ts]
    words = [set(tokenize(t.text)) for t in turns]
    df: dict[str, int] = {}
    for ws in words:
        for w in ws:
            df[w] = df.get(w, 0) + 1
    return turns, words, df


def _specific_limit(n_turns: int) -> int:
    """A word said in at most this many of the engagement's turns is specific to what it names."""
    return max(2, n_turns // 4)


def _owned_items(scored: list[tuple[float, float, FactBase]]) -> list[ActionItem]:
    """Action items with an owner that match the topic about as well as the best matching fact does.

    An item must cover at least half of the topic words and 60% of the best fact's coverage, so 'who owns
    the firewall change?' never lands on an unrelated item that merely shares 'change'.
    """
    if not scored:
        return []
    best_lex = max(lex for _, lex, _ in scored)
    cands = [
        (score, lex, f)
        for score, lex, f in scored
        if isinstance(f, ActionItem) and f.owner and f.status != "dropped" and lex >= max(0.5, 0.6 * best_lex)
    ]
    cands.sort(
        key=lambda x: (
            # "Who is building the VEE rules?": Owen's "build the VEE rules" (every word) before Helen's open
            # "list of meter types ... for the VEE rules" (two of three), whatever their states.
            x[1] < best_lex,
            x[2].status not in ("open", "slipped"),  # type: ignore[union-attr]
            not is_commitment(x[2]),
            -x[1],
            # The owner's own words ("I will send it by Friday") beat someone else's recap.
            not any(e.speaker == x[2].owner for e in x[2].evidence),
            fact_due(x[2]) is None,
            -x[0],
        )
    )
    return _dedupe([f for _, _, f in cands])  # type: ignore[return-value]


def _dedupe(items: Sequence[FactBase]) -> list[FactBase]:
    """Drop facts that restate an earlier one (same kind, owner and due date, mostly the same words)."""
    kept: list[FactBase] = []
    toks: list[set[str]] = []
    for f in items:
        ft = set(tokenize(f.text))
        # Two shared words at least: "I'm waiting on that" shares only "waiting" with any other blocker. Two
        # blockers waiting on different parties are two blockers, however alike their words.
        dup = any(
            k.kind == f.kind
            and k.owner == f.owner
            and fact_due(k) == fact_due(f)
            and getattr(k, "waiting_on", None) == getattr(f, "waiting_on", None)
            and len(ft & kt) >= 2
            and len(ft & kt) / min(len(ft), len(kt)) >= 0.6
            for k, kt in zip(kept, toks, strict=True)
        )
        if not dup:
            kept.append(f)
            toks.append(ft)
    return kept


def _as_of_view(idx: _EngagementIndex, as_of: date) -> list[FactBase]:
    """The engagement's facts as they stood on ``as_of`` (the rule of ``candor facts --as-of`` and the status
    report): none first said after that day, and each tracked item's status and due date replayed from its
    history. Facts whose state did not change are the index's own objects."""
    out: list[FactBase] = []
    for f in idx.facts:
        said = idx.meetings.get(f.meeting_id)
        if said is not None and said.date > as_of:
            continue
        if fact_status(f) is None:
            out.append(f)
            continue
        status, due = state_at(f, as_of)
        if status is None:
            continue  # created after the day asked about
        if status == fact_status(f) and due == fact_due(f):
            out.append(f)
            continue
        update: dict[str, Any] = {"status": status}
        if hasattr(f, "due"):
            update["due"] = due
        out.append(f.model_copy(update=update))
    return out


def _index_as_of(idx: _EngagementIndex, as_of: date) -> _EngagementIndex:
    """The index as it stood on ``as_of``: meetings held on or before that day, their turns, and the facts as
    they stood then (_as_of_view), each without the history events and quotes of later meetings. Retrieval is
    restricted to the kept meetings in _passages. The index itself is returned when nothing is later."""
    meetings = {k: m for k, m in idx.meetings.items() if m.date <= as_of}
    later = set(idx.meetings) - set(meetings)
    facts: list[FactBase] = []
    for f in _as_of_view(idx, as_of):
        events = [e for e in f.history if e.at <= as_of and e.meeting_id not in later]
        evidence = [e for e in f.evidence if e.meeting_id not in later] or f.evidence
        if len(events) != len(f.history) or len(evidence) != len(f.evidence):
            f = f.model_copy(update={"history": events, "evidence": evidence})
        facts.append(f)
    if not later and len(facts) == len(idx.facts) and all(a is b for a, b in zip(facts, idx.facts, strict=True)):
        return idx
    vectors = idx.fact_vectors
    if vectors is not None:
        pos = {f.id: i for i, f in enumerate(idx.facts)}
        rows = [pos.get(f.id, -1) for f in facts]
        vectors = vectors[rows] if rows and all(r >= 0 for r in rows) else None
    return dataclasses.replace(
        idx,
        meetings=meetings,
        turns={k: t for k, t in idx.turns.items() if k in meetings},
        facts=facts,
        fact_vectors=vectors,
    )


def _fact_text(f: FactBase) -> str:
    parts = [f.text]
    if f.owner:
        parts.append(f.owner)
    for attr in ("waiting_on", "topic", "person", "name"):
        v = getattr(f, attr, None)
        if isinstance(v, str) and v:
            parts.append(v)
    parts.extend(e.quote for e in f.evidence[:2])
    return " . ".join(parts)


def _named_in_evidence(topic: str, facts: Sequence[FactBase]) -> list[tuple[float, float, FactBase]]:
    """Facts with every topic word in their quotes, the later ones the tracker linked to them included ("I'm going
    to need until the fourth of December for the DPIA draft" names Ingrid's "I'll own it"), most quotes first."""
    groups = topic_groups(set(topic_tokens(topic)))
    if not groups:
        return []
    out = []
    for f in facts:
        quotes = [set(tokenize(e.quote)) for e in f.evidence]
        hits = sum(1 for q in quotes if all(g & q for g in groups))
        if hits:
            out.append((float(hits), 1.0, f))
    return sorted(out, key=lambda t: -t[0])


def _first_date(f: FactBase, idx: _EngagementIndex) -> date | None:
    ids = [f.meeting_id, *(e.meeting_id for e in f.evidence)]
    dates = [idx.meetings[i].date for i in ids if i in idx.meetings]
    return min(dates) if dates else None


def _discussed(f: FactBase, idx: _EngagementIndex) -> tuple[str, str]:
    """('on 2025-03-04 in Weekly sync', 'Lee and Priya') from a fact's evidence."""
    d = _first_date(f, idx)
    mid = f.meeting_id or (f.evidence[0].meeting_id if f.evidence else "")
    title = idx.meetings[mid].title if mid in idx.meetings else ""
    when = f"on {d.isoformat()}" + (f" in {title}" if title else "") if d else ""
    speakers = list(dict.fromkeys(e.speaker for e in f.evidence if e.speaker))
    who = (
        " and ".join([", ".join(speakers[:-1]), speakers[-1]] if len(speakers) > 1 else speakers) or "someone"
    )
    return when, who


def _ev_citation(ev: Evidence, idx: _EngagementIndex) -> Citation:
    m = idx.meetings.get(ev.meeting_id)
    return Citation(
        meeting_id=ev.meeting_id,
        meeting_title=m.title if m else "",
        meeting_date=m.date if m else None,
        speaker=ev.speaker,
        start=ev.start,
        end=ev.end,
        quote=_short(ev.quote),
        segment_id=ev.segment_id,
    )


def _turn_citation(t: _Turn) -> Citation:
    return Citation(
        meeting_id=t.meeting.meeting_id,
        meeting_title=t.meeting.title,
        meeting_date=t.meeting.date,
        speaker=t.speaker,
        start=t.start,
        end=t.end,
        quote=_short(clean_text(t.text)),
        segment_id=t.segment_id,
    )


def _short(text: str, limit: int = MAX_QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


__all__ = ["Answer", "ChatMessage", "Citation", "QAService"]
