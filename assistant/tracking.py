"""Tracking facts across meetings: re-extraction without duplicates, completions, slips and resolutions.

Matching rules (also in docs/STATUS_RULES.md). A new statement is linked to an OPEN item from an EARLIER
meeting only when all of these hold (a wrong merge is worse than a duplicate):

* owners are compatible: the same name after normalisation, one name is a prefix of the other ("Priya" /
  "Priya Shah"), a known alias, or one side names nobody;
* at least ``MIN_SHARED`` content-word stems are shared and they cover at least ``MIN_CONTAINMENT`` of the
  shorter statement (stop words, time words and owner names removed);
* embedding cosine is at least ``MIN_COSINE``;
* for two blockers, the parties they wait on are compatible (the same rule as owners);
* the best candidate beats the runner-up by ``AMBIGUITY_MARGIN``; when several are within the margin and are the
  same thing (same kind, compatible owners, the same party for blockers) the oldest open one is taken (then a
  PM-edited or confirmed one, then the lowest id); otherwise nothing is merged.

Then the statement's cues decide what happens: a completion cue without negation or future tense closes the
item (done / resolved); a later due date marks it slipped; anything else is a restatement (updated).

Risks are matched to open risks only, on their topics (``risk_topic``; see docs/STATUS_RULES.md): a risk said to
be over closes the risk, any other restates it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, Field

from assistant.engines.base import Embedder
from assistant.models import (
    ActionItem,
    Blocker,
    EventKind,
    Evidence,
    FactBase,
    FactEvent,
    FollowUp,
    ItemStatus,
    Meeting,
    Person,
    Risk,
    Side,
)
from assistant.referents import pronoun_object, referent

# What a meeting says about the open items it was given (with their due dates before it): see
# ingest.extraction.followup.
FollowUpFinder = Callable[[list[FactBase], dict[str, date | None]], list[FollowUp]]

MIN_SHARED = 2
MIN_CONTAINMENT = 0.75
MIN_CONTAINMENT_SAME_OWNER = 0.6
# An item with a pronoun and at most this many words of its own ("I'll run it that Friday") is read with the
# prompt it answered; more words name its work themselves.
_FEW_OWN_WORDS = 3
MIN_COSINE = 0.45
MIN_COSINE_SAME_OWNER = 0.2
MIN_COSINE_RESOLVES = 0.35
AMBIGUITY_MARGIN = 0.05

# Events produced by tracking; PM events (edited/confirmed) are never rewritten by a re-run.
_TRACKING_EVENTS = {"created", "updated", "done", "slipped", "reopened", "dropped"}
# A hint a meeting left on an item without moving it: it goes with the meeting's other events on a re-run.
HINT_EVENT: Literal["possibly_done"] = "possibly_done"

_STOP_WORDS = """a an the and or but if of to in on at by for with from into onto about as is are was were be been being
    am do does did done doing have has had having it its this that these those there here we our us you your
    i me my he him his she her they them their who whom which what when where why how will would shall should
    can could may might must not no nor so than too very just also only then now still yet already again
    get got gets getting make made need needs needed want let lets go going gone went please okay ok yes yeah
    finally actually honestly basically blocker blockers somewhere anywhere everywhere nowhere somehow anyway anyhow
    today tomorrow yesterday week weeks weekend day days month months next last this morning afternoon
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec eod eow
    asap end by before after until till since soon later earlier all any some one two three up out over off"""
_STOP = set(_STOP_WORDS.split())

_IRREGULAR = {
    "sent": "send",
    "sending": "send",
    "sends": "send",
    "booked": "book",
    "made": "make",
    "gave": "give",
    "given": "give",
    "wrote": "write",
    "written": "write",
    "took": "take",
    "taken": "take",
    "did": "do",
    "signed": "sign",
    "ran": "run",
    "set": "set",
    "put": "put",
    "built": "build",
    "bought": "buy",
    "paid": "pay",
    "told": "tell",
    "met": "meet",
    "found": "find",
    "held": "hold",
    "kept": "keep",
    "rang": "ring",
    "rung": "ring",
    "spoke": "speak",
    "spoken": "speak",
    "sold": "sell",
    "brought": "bring",
    "taught": "teach",
    "drew": "draw",
    "drawn": "draw",
    "chose": "choose",
    "chosen": "choose",
    "wore": "wear",
    "caught": "catch",
    # short forms: "the cert" is the certificate, "the feed config" the configuration
    "cert": "certificate",
    "certs": "certificate",
    "config": "configuration",
    "configs": "configuration",
    "spec": "specification",
    "specs": "specification",
    "doc": "document",
    "docs": "document",
    "info": "information",
}

# Cues rules.DONE shares: the work standing in an environment ("Bryn's feed is on staging", "SSO's on in test") and
# a session's verdict ("Jonah's training was, actually, alright").
IN_ENVIRONMENT = r"(?:'s|'re|\s+is|\s+are)\s+(?:now\s+|all\s+|already\s+)*(?:up\s+|live\s+)?on\s+(?:in\s+)?" \
    r"(?:prod|production|staging|uat|test)\b"
VERDICT = r"(?:was|were|went)[\s,]+(?:(?:actually|really|honestly|pretty|very|quite|surprisingly|genuinely)[\s,]+)*" \
    r"(?:good|great|fine|alright|all right|brilliant|excellent|useful|well|ok|okay|ahead)"
_COMPLETION = re.compile(
    r"\b(done|finished|complete[d]?|sent|booked|delivered|submitted|shipped|deployed|merged|signed( off)?|"
    r"approved|resolved|fixed|closed|sorted|cleared|granted|received|unblocked|uploaded|installed|"
    r"configured|scheduled|confirmed|published|shared|went out|came through|is in place|are in place|migrated|"
    r"enrolled|launched|rolled out|implemented|went live|gone live|is now live|are now live|"
    r"taken care of|ticked off|have it|got it|wrapped up|got (?:the|your)|packaged|opened|assigned|raised|"
    r"handed (?:\w+ )?over|in your inbox|(?:been sitting|sitting) in (?:my|our) (?:inbox|mailbox)|squared away|"
    r"locked in|built|(?:went|came) (?:over|across)|went (?:over )?to (?:you|him|her|them|everyone)|"
    r"arrived|(?<=i )did(?= [a-z]+)|(?<=we )did(?= [a-z]+)|ran(?: clean(?:ly)?| fine| smoothly| ok(?:ay)?| well| successfully)?|"
    # the cues of rules.DONE's arrivals, environments, checks and sessions: "Anita's mapping came in Friday",
    # "Bryn's feed is on staging", "the reconciliation test matched", "Jonah's training was, actually, alright"
    rf"(?:came|turned up|landed)(?: in| back)?|{IN_ENVIRONMENT}|passed|matched|balanced|reconciled|{VERDICT})\b",
    re.I,
)
_NEGATION = re.compile(
    r"\b(not|never|no|yet|still|pending|waiting|awaiting|hasn't|haven't|isn't|aren't|wasn't|weren't|"
    r"didn't|doesn't|don't|won't|can't|couldn't|unless)\b|n't\b",
    re.I,
)
_FUTURE = re.compile(
    r"\b(will|going to|gonna|plan(ning)? to|intend(ing)? to|try to|aim(ing)? (to|for)|hop(e|ing) to|"
    r"expect(ing)? to|should|by (the )?\w+day)\b|'ll\b", re.I
)
# "So that action is complete", "Confirmed, that blocker is cleared"
_NO_WORK = frozenset({"action", "item", "task", "thing", "bit", "part", "lot", "block", "confirm", "clear"})
_RESOLUTION_KINDS = {"action_item", "blocker", "decision", "risk"}
# "I'll get it to you by Wednesday": a commitment naming no work of its own, only a pronoun for it.
PRONOUN = re.compile(r"\b(it|that|this|them|those)\b", re.I)
_SLIP_STEMS = {"push", "mov", "move", "shift", "slip", "extend", "have", "take", "back", "again",
               "realistically", "probably", "likely", "firm", "call", "put", "down", "promis", "need", "say", "make",
               "give", "till", "until", "longer", "bit", "ugh", "completely", "mind",
               "giv", "promi", "tak", "earliest", "latest", "hopefully", "best", "case", "worst", "sorry"}
# ("Can we push that to ...", "Give me till the 20th", "Monday the 30th at the earliest"; stems as _stem makes them)
# Words of the part of the work still to do, naming no other work: "I'll have the other nine to you Tuesday".
PART_STEMS = {"rest", "remain", "remainder", "fin", "half", "four", "fiv", "six", "seven", "eight", "nin", "ten",
              "eleven", "twelv", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
              "twenty", "thirty", "forty", "fifty"}
# What is left of a piece of work: "the rest", "the other two", "the remaining eight"
_REMAINDER = re.compile(r"\bthe (?:rest|others|remain(?:ing|der)(?: \w+)?|other (?:\w+ )?(?:ones?|half|two|three|four|"
                        r"five|six|seven|eight|nine|ten|\d+))\b", re.IGNORECASE)
# The speaker's own timing: "I", "we", "me", "us", "my", "our" ("Give me till the 20th", "We're looking at the 9th").
_OWN_TIME = re.compile(r"\b(?:i|we|me|us|my|our)\b|\b(?:i|we)'", re.IGNORECASE)
# The reason a follow-up gives when it lifts a blocker with the item whose work it waited for (see followup.py).
WAITED_FOR = "what it waits for is done"
# The words of handing work over, which name no work
HAND_OVER_STEMS = frozenset({"send", "give", "finish", "deliver", "share", "hand", "complete", "email", "mail", "forward",
                             "giv", "shar", "complet"})
# A blocker stated as continuing ("still blocked by", "waiting on them again").
_STILL = re.compile(r"\b(still|again|continues?|continuing|remains?|remaining|another (?:week|day|month))\b", re.I)


class MatchResult(BaseModel):
    """Why a new statement was (or was not) linked to an existing item: kept for tests and debugging."""

    existing_id: str
    new_id: str
    score: float
    cosine: float
    containment: float
    shared: list[str]


class LedgerEntry(BaseModel):
    """One commitment or blocker with its whole history across meetings."""

    fact_id: str
    kind: str
    text: str
    owner: str | None = None
    side: Side | None = None
    waiting_on: str | None = None
    status: str
    due: date | None = None
    original_due: date | None = None
    first_meeting_id: str
    first_date: date | None = None
    meetings: list[str] = Field(default_factory=list)
    slips: int = 0
    history: list[FactEvent] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


# --------------------------------------------------------------------------- text helpers


def _stem(word: str) -> str:
    word = _IRREGULAR.get(word, word)
    # (one stem for "reconcile" and "reconciliation": reconcil)
    for suffix in ("iations", "iation", "ations", "ation", "ments", "ment", "ings", "ing", "ed", "als", "al", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if suffix in ("ings", "ing", "ed") and stem[-1] == stem[-2] and stem[-1] in "bgmnprt":
                return stem[:-1]  # the consonant doubled before -ed/-ing: "logged", "mapping", "shipped"
            return stem
    return word


_ORDINAL_TAILS = frozenset({"st", "nd", "rd", "th"})
_ORDINALS_SAID = """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth
    fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth"""
_ORDINAL_WORDS = frozenset(_ORDINALS_SAID.split())
_DATE_ORDINALS = _ORDINAL_WORDS - {"first", "second", "third"}  # "the sixteenth"; "the second trial load" is work


# Project words people say in full or as their initials: text saying one names the other too ("PO's gone in." is
# the purchase order raised; "SSO's on" the single sign-on), or by the standard that does it (SAML is how single
# sign-on is set up, SCIM how users are provisioned)
_SPELLED_OUT = {"po": r"purchase[- ]orders?", "sso": r"single[- ]sign[- ]on|saml", "scim": r"user[- ]provisioning", "dpia": r"data protection impact assessments?",
                "uat": r"user acceptance test(?:s|ing)?", "cab": r"change advisory board", "sor": r"schedules? of rates",
                "sow": r"statements? of work", "sla": r"service level agreements?", "mdm": r"mobile device management",
                "edi": r"electronic data interchange", "asn": r"advance(?:d)? shipping notices?",
                "rfc": r"requests? for change", "vpn": r"virtual private network"}
_SPELLED_OUT_RX = re.compile("|".join(rf"\b(?P<{k}>{v})\b" for k, v in _SPELLED_OUT.items()), re.IGNORECASE)
# Their first words: text holding none of them spells nothing out, and content_stems (on the tracking hot path) skips
# the scan
_SPELLED_OUT_FIRST = tuple(sorted({w[:-1] if v[len(w) :].startswith("?") else w  # "requests?" -> "request"
                                    for vs in _SPELLED_OUT.values() for v in re.split(r"\|(?![^(]*\))", vs)
                                    if (w := re.match(r"[a-z]+", v).group())}))  # type: ignore[union-attr]


# A week said as the date, no day in it: "next week", "this week" (a day already due in it still stands)
_WEEK_SAID = re.compile(r"\b(?<!end of )(?:next|this|later this) week\b(?!'s)", re.IGNORECASE)


def content_stems(text: str, exclude: Sequence[str] = ()) -> set[str]:
    """Stems of the content words of ``text`` (stop words, numbers and the excluded names removed), with the initials
    of the project words it spells out (_SPELLED_OUT)."""
    banned = {w for name in exclude for w in re.findall(r"[a-z]+", name.casefold())}
    # "sign-off" and "sign off", "chart-of-accounts" and "chart of accounts" are the same words; "twenty-second"
    # is a date.
    words = [part for w in re.findall(r"[a-z][a-z'-]*", text.casefold())
             if "-" not in w or w.rsplit("-", 1)[-1] not in _ORDINAL_WORDS for part in w.split("-")]
    out = set()
    for w in words:
        w = w.strip("'-")
        if w.endswith("'s"):
            w = w[:-2]  # "Tom's team", "the vendor's answer"
        elif w.endswith(("'ll", "'ve", "'re", "'d")):
            w = w.rsplit("'", 1)[0]  # "The feed'll be Friday now", "Bryn'd have it"
        if len(w) < 2 or w in _STOP or w in banned or w.endswith("n't") or w.split("'")[0] in _STOP or w in _DATE_ORDINALS or \
                w in _ORDINAL_TAILS:  # the "th" of "the 24th"
            continue  # ... and contracted pronouns: "i'll", "they're", "we've"
        out.add(_stem(w))
    folded = text.casefold()
    if any(first in folded for first in _SPELLED_OUT_FIRST):
        out.update(m.lastgroup for m in _SPELLED_OUT_RX.finditer(text) if m.lastgroup)
    return out


# Words that say that something is blocked, not what: left out when comparing what two blockers are about (the
# extractor merging blocker sentences, tracking matching a "still blocked" restatement).
BLOCKING_STEMS = frozenset(content_stems(
    "blocked blocking waiting wait stuck held pending depends dependent proceed start continue move forward "
    "approve approves approval sign-off signoff go-ahead nothing moves happen happens progress"
))


@functools.lru_cache(maxsize=4096)
def _norm_name(name: str | None) -> str:
    # Cached: status rules compare every attendee of every meeting, tens of thousands of calls.
    words = re.findall(r"[a-z0-9]+", (name or "").casefold())
    # "the network security team" (a mention) and "Network security team" (a blocker's party) are one team.
    if len(words) > 1 and words[0] in ("the", "our", "their"):
        words = words[1:]
    return " ".join(words)


def _prefix_match(short: list[str], long_: list[str]) -> bool:
    """'priya' or 'priya s' or 'p shah' against 'priya shah': word by word from the start, where a one-letter
    word stands for a word with that initial; at least one word must match in full."""
    if len(short) > len(long_):
        return False
    full = 0
    for s, w in zip(short, long_, strict=False):
        if s == w:
            full += 1
        elif not (len(s) == 1 and len(short) > 1 and w.startswith(s)):
            return False
    return full > 0


def is_variant_of(name: str | None, of: str | None) -> bool:
    """True when ``name`` is ``of`` or a shorter form of it: 'Priya', 'Priya S.', 'P. Shah' of 'Priya Shah'
    (but 'Priya Sharma' is not a variant of 'Priya S.', though names_match pairs them either way)."""
    na, nb = _norm_name(name), _norm_name(of)
    return bool(na and nb) and (na == nb or _prefix_match(na.split(), nb.split()))


_NAME_FILLER = frozenset({"the", "our", "their", "your", "a", "an"})
_TEAM_WORDS = re.compile(r"\b(?:team|group|ops|office|department|desk|squad|board|vendor|partner|services)s?\b", re.I)


# Short forms that are no start of the name they stand for ("Bob" for Robert), with the names each can stand for;
# the rest are read from the name.
_IRREGULAR_SHORT = {
    "bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert", "bill": "william", "billy": "william",
    "will": "william", "liam": "william", "liz": "elizabeth", "lizzie": "elizabeth", "beth": "elizabeth",
    "betty": "elizabeth", "libby": "elizabeth", "jim": "james", "jimmy": "james", "jamie": "james",
    "dick": "richard", "rick": "richard", "ted": "edward", "ned": "edward", "peggy": "margaret", "maggie": "margaret",
    "meg": "margaret", "jack": "john", "harry": "henry", "hal": "henry", "sandy": "alexandra alexander",
    "sasha": "alexandra alexander", "sandra": "alexandra", "alex": "alexander alexandra", "xander": "alexander",
    "kate": "katherine", "katie": "katherine", "kath": "katherine", "cathy": "catherine",
    "kit": "christopher katherine", "chuck": "charles", "peg": "margaret",
    "nick": "nicholas", "tony": "anthony", "mick": "michael", "mike": "michael", "steve": "stephen",
    "tom": "thomas", "tommy": "thomas", "jen": "jennifer", "jenny": "jennifer", "sue": "susan", "suzy": "susan",
    # British forms in -z ("Gaz, serials.")
    "gaz": "gary", "gazza": "gary", "baz": "barry", "bazza": "barry", "daz": "darren", "dazza": "darren",
    "shaz": "sharon", "kez": "kerry",
    "shiv": "siobhan",  # Irish, said as it sounds
    # Two letters: named one by one, as their start is too short to read ("Jo" is not John)
    "jo": "joanna joanne joan josephine jolene jocelyn jodie johanna",
    "al": "alan allan allen alastair alasdair alistair albert alfred alexander",
    "ed": "edward edmund edwin edgar", "di": "diana diane dianne",
}


def short_name_of(short: str, first: str) -> bool:
    """``short`` is a usual short form of the first name ``first``: its start ("Dom" of Dominic), its start with
    -ie/-y ("Bernie" of Bernadette, "Andy" of Andrew), the end of a long name ("Seun" of Oluwaseun) or a known
    irregular form ("Bob" of Robert)."""
    s, f = short.casefold(), first.casefold()
    if len(s) == 2 and f in _IRREGULAR_SHORT.get(s, "").split():
        return True  # "Jo" of Joanna, "Al" of Alan, "Ed" of Edward (not "Jo" of John)
    if len(s) < 3 or len(s) >= len(f) or not s.isalpha():
        return False
    if f.startswith(s) or f in _IRREGULAR_SHORT.get(s, "").split() or (f.startswith("ste") and s == "steve"):
        return True
    if len(s) >= 4 and len(f) >= len(s) + 3 and f.endswith(s):
        return True  # its end, of a long name: "Seun" of Oluwaseun, "Tina" of Christina, "Beth" of Elizabeth
    stem = s[:-2] if s.endswith("ie") else s[:-1] if s.endswith("y") else ""
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        stem = stem[:-1]  # the consonant doubled before -y/-ie: "Danny" of Daniel, "Ally" of Alasdair, "Kenny"
        return f.startswith(stem)
    return len(stem) >= 3 and f.startswith(stem)


def names_match(a: str | None, b: str | None, people: Sequence[Person] = ()) -> bool:
    """True when two names plausibly denote the same person or team (aliases, first names and initials count:
    'Priya', 'Priya S.' and 'P. Shah' all match 'Priya Shah')."""
    na, nb = _norm_name(a), _norm_name(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    ta, tb = na.split(), nb.split()
    if _prefix_match(ta, tb) or _prefix_match(tb, ta):
        return True
    # "the network team" is "the Litware network team": a team named without its organisation
    sa, sb = (set(t) - _NAME_FILLER for t in (ta, tb))
    short, long_ = sorted((sa, sb), key=len)
    if len(short) >= 2 and short < long_ and _TEAM_WORDS.search(" ".join(short)):
        return True
    for p in people:
        keys = {_norm_name(p.name), *(_norm_name(x) for x in p.aliases)}
        if na in keys and nb in keys:
            return True
    return False


def same_person(a: str | None, b: str | None, people: Sequence[Person] = ()) -> bool:
    """Names match, or one's first name is a usual short form of the other's, either way round ("Libby" and
    Elizabeth Kerr, "Elizabeth" and Libby)."""
    if names_match(a, b, people):
        return True
    ta, tb = (a or "").split(), (b or "").split()
    return bool(ta and tb) and (short_name_of(ta[0], tb[0]) or short_name_of(tb[0], ta[0]))


def owners_compatible(a: str | None, b: str | None, people: Sequence[Person] = ()) -> bool:
    if not _norm_name(a) or not _norm_name(b):
        return True
    return names_match(a, b, people)


def _statement(fact: FactBase) -> str:
    quotes = " ".join(e.quote for e in fact.evidence)
    return f"{fact.text} {quotes}"


# What a promise is for, said as if done: "..., so it's done well before the pilot" (the words before that clause)
_PURPOSE = re.compile(r"[,;]?\s*\bso(?: that)?\s*$", re.IGNORECASE)
# A verb of the clause's own that makes its cue a report: "the mapping's done", "Raj has sent it", "I did it"
_BE_OR_HAVE = re.compile(r"(?:\b(?:is|are|was|were|been|be|has|have|had|got|did|i|we|he|she|they|you)\b|'s\b|'re\b|"
                         r"'ve\b|'d\b)", re.IGNORECASE)


def is_completion(fact: FactBase) -> bool:
    """A completion cue in the fact or its quote, without negation or future tense in the same text."""
    if isinstance(fact, ActionItem) and fact.status == "done":
        return True
    if isinstance(fact, Blocker) and fact.status == "resolved":
        return True
    if isinstance(fact, Risk):
        return fact.status == "closed"  # "nobody has booked the rooms" in a restated risk closes nothing
    for text in (fact.text, *(e.quote for e in fact.evidence)):
        m = _COMPLETION.search(text)
        if m is None:
            continue
        lo, hi = _clause_bounds(text, m.start(), m.end())
        clause = text[lo:hi]
        if _PURPOSE.search(text[:lo]) and _FUTURE.search(text[: m.start()]):
            continue  # "And I'll sign the final policy off by the thirtieth, so it's done well before the pilot"
        lead = text[lo : m.start()]  # the clause's words before its cue
        if _FUTURE.search(text[:lo]) and lead.strip(" ,;") and not _BE_OR_HAVE.search(lead):
            continue  # "I'll pull the usage stats, log-ins, trips, defect checks done, by the 10th": what the
            # promised thing holds (a cue after words with no "is" or "have" of their own), not a report
        if not _NEGATION.search(clause) and not _FUTURE.search(clause):
            return True  # "I sent Linda the summary on Tuesday, haven't heard back yet": the sending is done
    return False


# --------------------------------------------------------------------------- overdue


def is_overdue(fact: FactBase, as_of: date) -> bool:
    status = getattr(fact, "status", None)
    due = getattr(fact, "due", None)
    return status in ("open", "slipped") and due is not None and due < as_of


def overdue_days(fact: FactBase, as_of: date) -> int:
    due = getattr(fact, "due", None)
    return (as_of - due).days if is_overdue(fact, as_of) and due is not None else 0


# --------------------------------------------------------------------------- history replay


def _initial_event(fact: FactBase, at: date) -> FactEvent:
    status = getattr(fact, "status", None) or "open"
    return FactEvent(
        at=at,
        event="created",
        meeting_id=fact.meeting_id or None,
        due=getattr(fact, "due", None),
        note=f"status={status}",
        evidence=list(fact.evidence[:1]),
    )


def _ensure_created(fact: FactBase, at: date) -> None:
    if not any(e.event == "created" for e in fact.history):
        fact.history.insert(0, _initial_event(fact, at))


def _pm_set(fact: FactBase, field: str) -> bool:
    """A PM edit set ``field`` (recorded in the edit's values, or only in its note for edits made before those)."""
    return any(
        e.event == "edited" and (field in e.changes or (not e.changes and f"{field}:" in e.note)) for e in fact.history
    )


# A rehearsal of work: "a dry run", "the trial run", "a dress rehearsal", "a mock cut-over".
_REHEARSAL = re.compile(r"\b(?:dry|trial|practice)[- ]runs?\b|\brehears\w*|\bmock\b", re.IGNORECASE)


# What a step is for, on a day to come: "for the training on the nineteenth", "for the go-live next week"
_FOR_THE_DAY = re.compile(r"\bfor (?:the|our|your|my|his|her|their) [\w'-]+(?: [\w'-]+){0,3}? (?:on|next|this coming)\b"
                          r"(?: the)?(?: [\w'-]+)?", re.IGNORECASE)


def step_toward(item: FactBase, said: str, due: date | None, day: date) -> bool:
    """``said`` reports a step toward the item's work, which is still to come on its due day: "Oh, and Priya, for the
    training on the nineteenth, I've booked the big room at the depot." for "I'll run the train-the-trainer ... on
    the nineteenth". The day ``said`` names for what the step is for is ``due``, the item's due date, after
    ``day``, the meeting's; what was done names none of the item's words."""
    from ingest.extraction.dates import due_date  # extraction builds on this module

    m = _FOR_THE_DAY.search(said)
    if not isinstance(item, ActionItem) or m is None or due is None or due <= day or due_date(m.group(), day) != due:
        return False
    done = content_stems(f"{said[: m.start()]} {said[m.end() :]}", exclude=[item.owner or ""]) - _TIME_STEMS
    return not done & content_stems(item.text, exclude=[item.owner or ""])


def rehearsal_only(item: FactBase, said: str, prompt: str | None) -> bool:
    """``said`` reports a rehearsal of the item's work, not the work: "I did a dry run on Tuesday, two hundred and
    ninety-one jobs" for "I'll do the open-jobs migration" (not when the item or the question is the rehearsal)."""
    return isinstance(item, ActionItem) and bool(_REHEARSAL.search(said)) and not _REHEARSAL.search(
        " ".join([item.text, item.context or "", *(e.quote for e in item.evidence[:1]), prompt or ""]))


def possibly_done(fact: FactBase, as_of: date | None = None) -> FactEvent | None:
    """The latest possibly-done hint on an open action item that still stands on ``as_of``: no later meeting
    moved the item since (a new date or a restatement says it was not done then) and the PM has not set its
    status. None for anything else."""
    if not isinstance(fact, ActionItem) or _pm_set(fact, "status"):
        return None
    hint: FactEvent | None = None
    for ev in fact.history:
        if as_of is not None and ev.at > as_of:
            continue
        if ev.event == HINT_EVENT:
            hint = ev
        elif hint is not None and ev.event in _TRACKING_EVENTS and ev.meeting_id != hint.meeting_id:
            hint = None
    return hint


def state_at(fact: FactBase, as_of: date | None = None) -> tuple[str | None, date | None]:
    """(status, due) of a tracked item replayed from its history up to ``as_of`` (inclusive).

    Facts without a history, or edited by the PM, report their stored state.
    """
    status = getattr(fact, "status", None)
    due = getattr(fact, "due", None)
    legacy_edit = any(e.event == "edited" and not e.changes and ("status:" in e.note or "due:" in e.note)
                      for e in fact.history)
    if not fact.history or legacy_edit:
        return status, due  # an edit recorded before edits carried their values: the stored state is the PM's
    created = next((e for e in fact.history if e.event == "created"), None)
    if created is None:
        return status, due
    if as_of is not None and created.at > as_of:
        return None, None
    cur_status = created.note.removeprefix("status=") if created.note.startswith("status=") else "open"
    cur_due = created.due
    done_word = "resolved" if isinstance(fact, Blocker) else "closed" if isinstance(fact, Risk) else "done"
    for ev in fact.history:
        if ev.event == "edited":
            # A PM correction holds from the start, whenever it was made: the status or due date they set.
            if "status" in ev.changes:
                cur_status = ev.changes["status"]
            if "due" in ev.changes:
                cur_due = date.fromisoformat(ev.changes["due"]) if ev.changes["due"] else None
            continue
        if ev is created or (as_of is not None and ev.at > as_of):
            continue
        if ev.event == "done":
            cur_status = done_word
        elif ev.event == "slipped":
            cur_status, cur_due = "slipped", ev.due or cur_due
        elif ev.event == "updated" and ev.due is not None:
            cur_due = ev.due
        elif ev.event == "reopened":
            cur_status = "open"
        elif ev.event == "dropped":
            cur_status = "dropped" if isinstance(fact, ActionItem) else cur_status
    return cur_status, cur_due


def done_on(fact: FactBase) -> date | None:
    """When the item was done: its last "done" event, or the day it was first reported already done ("the
    printer update is done"); None if it is not done or its history does not say."""
    done = [e.at for e in fact.history if e.event == "done"]
    if done:
        return done[-1]
    created = created_closed(fact)
    return created.at if created is not None else None


def created_closed(fact: FactBase) -> FactEvent | None:
    """The fact's "created" event when it was first heard of as already done, resolved or closed."""
    created = next((e for e in fact.history if e.event == "created"), None)
    return created if created is not None and created.note in ("status=done", "status=resolved", "status=closed") \
        else None


def _apply_state(fact: FactBase) -> None:
    status, due = state_at(fact)
    if isinstance(fact, ActionItem):
        fact.status = status or fact.status  # type: ignore[assignment]
        fact.due = due
    elif (isinstance(fact, Blocker) and status in ("open", "resolved")) or (
        isinstance(fact, Risk) and status in ("open", "closed")
    ):
        fact.status = status  # type: ignore[assignment]


def _protected(fact: FactBase) -> bool:
    return fact.edited or fact.confirmed or fact.origin == "manual"


# --------------------------------------------------------------------------- merge


class _Sim:
    """Cosine similarity with one batched embedding call per merge."""

    def __init__(self, embedder: Embedder | None, texts: Sequence[str]):
        self._index: dict[str, int] = {}
        self._vecs: np.ndarray | None = None
        self._embedder = embedder
        unique = list(dict.fromkeys(texts))
        if embedder is not None and unique:
            self._vecs = np.asarray(embedder.embed(unique), dtype=np.float32)
            self._index = {t: i for i, t in enumerate(unique)}

    def cosine(self, a: str, b: str) -> float:
        if self._vecs is None:
            return 1.0  # no embedder: word overlap alone decides
        va, vb = self._vec(a), self._vec(b)
        return float(va @ vb)

    def _vec(self, text: str) -> np.ndarray:
        vecs = self._vecs
        assert vecs is not None and self._embedder is not None
        if text not in self._index:  # a statement read with its context: embedded on first use
            vecs = self._vecs = np.vstack([vecs, np.asarray(self._embedder.embed([text]), dtype=np.float32)])
            self._index[text] = len(vecs) - 1
        return vecs[self._index[text]]


def _order_key(
    meeting_id: str, dates: dict[str, date], order: dict[str, int], history: list[FactEvent]
) -> tuple[date, int]:
    when = dates.get(meeting_id)
    if when is None:
        created = next((e for e in history if e.event == "created"), None)
        when = created.at if created else date.min
    return (when, order.get(meeting_id, -1))


# A clause that can carry the commitment: a promise or a date ("I'll resubmit the request by November 6").
# ("I owe you all the cutover plan, I know. I'll have it out Wednesday": what is owed is the work promised)
_COMMITTING_CLAUSE = re.compile(r"'ll\b|\b(?:will|going to|gonna|shall|by|on|until|till|owe|owes)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:and|but|so|because|though|although|however)\s|\s-\s", re.I)


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause holding text[start:end] begins and ends: the nearest comma, semicolon or conjunction."""
    before = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
    after = _CLAUSE_BREAK.search(text, end)
    return (before[-1] if before else 0, after.start() if after else len(text))


def clause_around(text: str, start: int, end: int) -> str:
    """The clause of ``text`` holding text[start:end]: up to the nearest comma, semicolon or conjunction each side."""
    lo, hi = _clause_bounds(text, start, end)
    return text[lo:hi]


def _done_core(text: str) -> str:
    """The statement up to the end of the clause holding its completion cue, without the cue itself."""
    m = _COMPLETION.search(text)
    if m is None:
        return text
    lo, hi = _clause_bounds(text, m.start(), m.end())
    tail = text[m.end() : hi]
    # From the start of the cue's clause ("Good news, the trial extract ran clean" is about the trial extract),
    # unless the clause only points back ("So the firewall rule, that's done").
    own = text[lo : m.start()] + " " + tail
    return own if content_stems(own) else text[: m.start()] + " " + tail


_ACRONYM = re.compile(r"\b([A-Z]{2,5})s?\b")


def acronyms_spelled_out(text: str, other: str) -> set[str]:
    """Acronyms of ``text`` ("CA", "DR", "SSO") whose words appear in ``other`` ("conditional access"), as
    stems, so both texts share them."""
    words = re.findall(r"[A-Za-z][\w-]*", other)
    initials = "".join(w[0].lower() for w in words)
    found = set()
    for m in _ACRONYM.finditer(text):
        acro = m.group(1).lower()
        if acro not in initials:
            continue
        at = initials.find(acro)
        while at >= 0:
            if all(len(w) > 2 for w in words[at : at + len(acro)]):  # "conditional access", not "a c..."
                found.add(_stem(acro))
                break
            at = initials.find(acro, at + 1)
    return found


def _in_context(fact: FactBase) -> str:
    return f"{fact.context} {fact.text}" if fact.context else fact.text


# Words that say how a risk stands, not what it is about: "the data migration risk is now mitigated" is about
# the data migration.
_RISK_VOCAB_WORDS = """risk risks risky concern concerns concerned worry worried worries exposure
    mitigated mitigate closed close retired retire removed eliminated addressed handled gone away table behind
    longer anymore more remains remain remaining real big bigger biggest major main serious key top issue problem
    i'm we're that's it's think feel mentioned mention raised raise flagged flag logged log noted note said worse
    worsening better growing stays stay open fair getting good great excellent nice okay"""
_RISK_VOCAB = frozenset(_stem(w) for w in _RISK_VOCAB_WORDS.split())
_RISK_REASON = re.compile(r"[,;:]|\b(?:since|because|as|now that|so|thanks to|given|after)\b", re.I)
MIN_CONTAINMENT_RISK = 0.6


def risk_topic(fact: FactBase) -> set[str]:
    """What a risk is about, as stems. A closure is read up to its reason ("the cut-over risk is gone, the window
    was approved" is about the cut-over); one that only points back ("That concern's been addressed") is read
    with the question it answers."""
    topic = content_stems(fact.text) - _RISK_VOCAB
    if isinstance(fact, Risk) and fact.status == "closed":
        cut = _RISK_REASON.search(fact.text)
        topic = content_stems(fact.text[: cut.start()]) - _RISK_VOCAB if cut else topic
        if not topic and fact.context:
            topic = content_stems(fact.context) - _RISK_VOCAB
    return topic


def _risk_match(old: Risk, new: Risk, sim: _Sim) -> MatchResult | None:
    """A risk restated or closed: its topic and the open risk's share most of their words (one is enough when
    that is all the shorter one names) and the embedding agrees."""
    a, b = risk_topic(old), risk_topic(new)
    shared = a & b
    if not a or not b:
        return None
    containment = len(shared) / min(len(a), len(b))
    if containment < MIN_CONTAINMENT_RISK or len(shared) < min(MIN_SHARED, len(a), len(b)):
        return None
    cos = sim.cosine(old.text, new.text)
    # "That cut-over risk is gone": all a short statement names is in the risk; the embedding of so few words
    # says little, so only an unrelated one (below MIN_COSINE_SAME_OWNER) stops the link.
    named_all = shared == b and len(b) <= 2
    if cos < (MIN_COSINE_SAME_OWNER if named_all else MIN_COSINE_RESOLVES):
        return None
    return MatchResult(existing_id=old.id, new_id=new.id, score=round(0.5 * cos + 0.5 * containment, 4),
                       cosine=round(cos, 4), containment=round(containment, 4), shared=sorted(shared))


def _is_team(name: str, people: Sequence[Person]) -> bool:
    for p in people:
        if names_match(p.name, name) or any(names_match(a, name) for a in p.aliases):
            return p.kind == "team"
    return bool(_TEAM_WORDS.search(name))


def _spoke_for(item: FactBase, person: str | None, people: Sequence[Person]) -> bool:
    """``person`` gave this team's commitment ("The network team will submit the change request", said by Sven),
    or agreed to it for the team (Gareth: "Network team will get the VPN change into CAB by the 13th, won't you
    Deepak?" - Deepak: "Yeah, we'll do the needful."): their own later report or restatement is about the item."""
    return bool(item.owner and person and item.evidence) and _is_team(item.owner or "", people) and any(
        names_match(e.speaker, person, people) for e in item.evidence if e.meeting_id == item.evidence[0].meeting_id
    )


def _unprefixed(words: set[str], of: set[str]) -> set[str]:
    """``words`` with "re" dropped where the rest is one of ``of`` ("resubmit" for "submit")."""
    return {w[2:] if w.startswith("re") and w[2:] in of else w for w in words}


# A condition the work waits for, opening the item: "Once the mapping checks are done I'll run the trial load".
_CONDITION_FIRST = re.compile(r"^\W*(?:(?:so|and|then|okay|ok|right)[,.]?\s+)*(?:once|when|after|as soon as|if)\b"
                              r"(?P<cond>.+?)(?=,|\b(?:i|we|you|he|she|they)(?:'ll|\s+will|\s+can)\b|$)", re.IGNORECASE)

# ... or closing it: "I'll have a first draft of the export mapping by the 30th, assuming Derek's spec actually turns up"
# ... or what it is done without: "I'll have the SAQ done by Friday week, as far as I can without the terminals"
_CONDITION_LAST = re.compile(r"[,;]\s*(?:assuming|provided(?: that)?|as long as|so long as|if|once|as soon as|"
                             r"(?:as far as (?:i|we) can\s+)?(?:without|except(?: for)?|apart from|minus))\b"
                             r"(?P<cond>[^,;]+?)\W*$", re.IGNORECASE)


def condition_stems(item: FactBase) -> set[str]:
    """Stems of the item that only name the condition it waits for ("Once the mapping checks are done I'll run
    the trial load" -> mapp, check), not the work itself; empty for an item with no condition first or last."""
    m = _CONDITION_FIRST.match(item.text) or _CONDITION_LAST.search(item.text)
    if m is None:
        return set()
    names = [n for n in (item.owner, getattr(item, "waiting_on", None)) if n]
    rest = item.text[: m.start("cond")] + " " + item.text[m.end("cond") :]
    return content_stems(m.group("cond"), exclude=names) - content_stems(rest, exclude=names)


# Words that say when, not what ("for Tuesday week").
_TIME_STEMS = frozenset(content_stems("today tomorrow week month end monday tuesday wednesday thursday friday "
                                      "morning afternoon night"))


# Other work the promise goes along with, said after it: "I'll send the product list to Luca on Friday, with the
# customers." is the product list, sent with the customer list (another item), not the customer list again.
_WITH_RIDER = re.compile(r",\s+(?:along |together )?with (?:the|my|your|our|his|her|their|all the) [^,.;!?]+[.!]?\s*$",
                         re.IGNORECASE)


# Capitalised words of the calendar, which name no one: "to Friday", "I saw Tuesday's numbers"
WEEKDAY_NAMES = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
MONTH_NAMES = frozenset({"January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"})


def match_score(old: FactBase, new: FactBase, sim: _Sim, people: Sequence[Person] = ()) -> MatchResult | None:
    """Similarity of a new statement to an existing item, or None when the rules forbid a link."""
    if isinstance(old, Risk) or isinstance(new, Risk):
        return _risk_match(old, new, sim) if isinstance(old, Risk) and isinstance(new, Risk) else None
    reporter = new.owner or (new.evidence[0].speaker if new.evidence and is_completion(new) else None)
    spoke = _spoke_for(old, reporter, people) or _spoke_for(new, old.owner, people)
    if not owners_compatible(old.owner, new.owner, people) and not spoke:
        return None
    if isinstance(old, Blocker) and isinstance(new, Blocker) and not owners_compatible(
        old.waiting_on, new.waiting_on, people
    ):
        return None  # waiting on different parties: different blockers
    names = [n for n in (old.owner, new.owner, getattr(old, "waiting_on", None)) if n and len(n.split()) <= 2]
    old_text = old.text + (f" {old.waiting_on}" if isinstance(old, Blocker) and old.waiting_on else "")
    a = content_stems(old_text, exclude=[n for n in names if n != getattr(old, "waiting_on", None)])
    if old.context and isinstance(old, ActionItem) and re.search(r"\b(?:do|run|send|get|finish|sign|handle) "
                                                                 r"(?:it|that|them)\b", old.text, re.IGNORECASE):
        # "I'll run it that Friday morning" answered "Tom, first-shift picker training?": it is the training
        a |= content_stems(old.context, exclude=names)
    # A blocker is about what is blocked: its party is compared above, its words do not count as shared topic.
    if isinstance(new, Blocker) and new.waiting_on:
        names = [*names, new.waiting_on]
    b = content_stems(new.text, exclude=names) | content_stems(
        " ".join(e.quote for e in new.evidence[:1]), exclude=names
    )
    # A report of work done is matched on what was done: "The accessibility review is done, no major findings"
    # is about the review, not the findings.
    b_text = content_stems(_done_core(new.text) if is_completion(new) else _WITH_RIDER.sub("", new.text), exclude=names)
    # "the CA review" is the "conditional access" review: an acronym in one text spelled out in the other.
    a |= acronyms_spelled_out(new.text, old_text)
    spelled = acronyms_spelled_out(old_text, new.text)
    b |= spelled
    b_text |= spelled if b_text else set()
    # "I'll resubmit the firewall change request" restates "submit the firewall change request".
    b, b_text = _unprefixed(b, a), _unprefixed(b_text, a)
    # Containment is measured on the new fact's own text, the quote only adds shared words. A report of work
    # done is read without the clause after it, but its words the item also has count ("All forty finance
    # laptops are now enrolled" reports "We will have all forty enrolled").
    base = (b_text | (b & a) if is_completion(new) else b_text) if b_text else b
    if is_completion(new) and isinstance(old, ActionItem) and base & a and base & a <= condition_stems(old):
        return None  # "The address checks are finished" is what "Once the address checks are done I'll run the
        # rehearsal load" waits for, not the load
    if isinstance(new, ActionItem) and new.status == "slipped":
        base = base - _SLIP_STEMS  # "Let's move the report inventory to ...": the work is what is moved
    in_context = False  # matched through what the statements answered: compare them with it
    if not b_text and new.context and is_completion(new):
        # "I sent them Friday": the prompt names the work; "Those went over on Friday, fifty invoices" adds to it
        base = content_stems(new.context, exclude=names) | (b & a)
        b = b | base
        in_context = True
    shared = a & b
    if not a or not base:
        return None
    if isinstance(new, ActionItem) and not is_completion(new) and new.status != "slipped" and (
            _other_named_work(new.text, base - a - _TIME_STEMS, a | content_stems(old.context or "", exclude=names))
            # "I'll send Owain the quote by Monday" is not "I'll get them to send it to you, Sunita" again; "load two"
            # is not "test load one"
            or _for_someone_else(old.text, new.text) or numbered_apart(old.text, new.text)
            or (bool(base - a - _TIME_STEMS) and len(a & b - _proper_stems(f"{old.text} {new.text}")) <= 1
                and not _committed_pronoun(new.text)
                and not (_redoes(new.text, a) and len(base - a - _TIME_STEMS) <= _FEW_OWN_WORDS))):
        # "I'll have all the Newcastle property team's matters loaded into the test site by the 28th" is new work,
        # not "I'll have that loaded into the test site by Friday week" (the Leeds trial) said again; nor is "I'll
        # do the train-the-trainer day at Riverside on Wednesday the fourth" "I'll send a draft training schedule
        # for Riverside and Eastfield by Wednesday" (the place and one word are all they share; "I'll resubmit it
        # with the security review" shares one word and "it", "I'll rerun the three on Wednesday" redoes the run,
        # unlike "I'll set up a demo login for their reviewer and resubmit by tomorrow", after a rejection)
        return None
    # One named owner on both sides (or a report about them by name, or their team's spokesperson).
    same_owner = spoke or (bool(old.owner and reporter) and names_match(old.owner, reporter, people))
    answered = False  # the owner's report answered a prompt that names the item's work
    containment = len(a & base) / min(len(a), len(base))
    if containment < MIN_CONTAINMENT and isinstance(new, ActionItem) and not is_completion(new):
        # "I'll resubmit the firewall change request by November 6, and the board would approve it on the
        # 13th": the commitment is one clause of the sentence
        for clause in _CLAUSE_BREAK.split(new.text):
            if not _COMMITTING_CLAUSE.search(clause):
                continue  # "..., that needs to be in before wave two" commits to nothing: it is no restatement
            c = _unprefixed(content_stems(clause, exclude=names), a)
            c = c - _SLIP_STEMS if new.status == "slipped" else c  # "so the mapping will slip to November 20"
            if len(c) >= (1 if same_owner else MIN_SHARED) and len(a & c) / min(len(a), len(c)) > containment:
                base, containment = c, len(a & c) / min(len(a), len(c))
    if containment < MIN_CONTAINMENT and not in_context and new.context and is_completion(new) and same_owner and \
            not _someone_else_did(new.text, old.owner, people) and \
            not _reports_other_thing(new.text, a | content_stems(new.context, exclude=names), names):
        # "Ken, did you tell the finance director about the pilot?" - "Yes, finance is on board.": the owner's
        # report answers the prompt, which names the work
        # ... without the names it calls on ("Training, Marcus, how did the pickers take it?")
        callers = [e.speaker for e in (*old.evidence, *new.evidence)]
        asked = content_stems(new.context, exclude=[*names, *callers]) | (b & a)
        hit = a & asked
        # "Lena, battery numbers?" - "Sent Wednesday night.": half of what the prompt names is in her item
        if asked and (len(hit) / min(len(a), len(asked)) >= MIN_CONTAINMENT or len(hit) / len(asked) >= 0.5):
            base, b, in_context, answered = asked, b | asked, True, True
            shared, containment = a & b, max(MIN_CONTAINMENT, len(hit) / min(len(a), len(asked)))
    own_words = a - HAND_OVER_STEMS - _SLIP_STEMS
    if containment < MIN_CONTAINMENT and old.context and (
        not own_words or (PRONOUN.search(old.text) and len(own_words) <= _FEW_OWN_WORDS)
    ):  # "I'll run it that Friday" was the answer to "Tom, first-shift picker training?"
        # "I'll send them over by end of week" was the answer to "Tom, I need the BitLocker requirements"; an
        # item that names its own work is not widened by whatever was said before it, even with a pronoun
        # pointing back inside it ("the retention settings for the invoice images ... Can you send me those?").
        a = a | content_stems(old.context, exclude=names)
        shared = a & b
        containment = len(a & base) / len(base)
        in_context = True
    # One named owner on both sides: a single shared word that is all the report names is enough ("The
    # baseline is done" closes Leo's "draft baseline"); otherwise two words and the embedding must agree.
    # A report with no owner of its own, said by the item's owner, is theirs ("The mapping is in your inbox").
    lenient = same_owner and containment >= 1.0
    if lenient and isinstance(new, ActionItem) and not is_completion(new) and new.status != "slipped" and \
            len(a - _TIME_STEMS) <= 1 and len(base - a) >= MIN_SHARED:
        # "I'll have it in test for Tuesday week" names one word of its own: "we'll run the full cutover rehearsal
        # on the test system on Tuesday night" shares it and is other work, not the same promise said again
        lenient = False
    # "The PO was raised Friday" resolves "waiting on procurement for the PO": all the report names is the
    # blocker's subject, so the embedding gate is lower than for a restatement.
    resolves = isinstance(old, Blocker) and is_completion(new) and containment >= 1.0
    if resolves and not lenient and len(shared) >= 1:
        cos = sim.cosine(old.text, new.text)
        # "The licence blocker is cleared": all a short report names is in the blocker; so few words embed
        # poorly, so only an unrelated one (below MIN_COSINE_SAME_OWNER) stops the link.
        if cos < (MIN_COSINE_SAME_OWNER if len(base) <= 2 else MIN_COSINE_RESOLVES):
            return None
        return MatchResult(existing_id=old.id, new_id=new.id, score=round(0.5 * cos + 0.5 * containment, 4),
                           cosine=round(cos, 4), containment=round(containment, 4), shared=sorted(shared))
    if (len(shared) < (1 if lenient else MIN_SHARED) or containment < MIN_CONTAINMENT) and same_owner and \
            isinstance(new, ActionItem) and new.context and _committed_pronoun(new.text) and \
            not _own_thing(new.text, a | content_stems(new.context, exclude=names)):
        # "Sven, the firewall change request?" - "... I'll resubmit it with the security review by October 24":
        # the owner's "it" is what the prompt named, when the item holds (nearly) all the prompt's words.
        asked = content_stems(new.context, exclude=names)
        hit = a & asked
        if asked and len(hit) >= min(MIN_SHARED, len(asked)) and len(hit) / len(asked) >= MIN_CONTAINMENT:
            shared, containment, in_context, lenient = hit, len(hit) / len(asked), True, True
    # The owner's own report (or one about them by name) sharing two words needs a little less cover:
    # "Lena's crew finished the last of the scanners" / "we'll get the forty scanners configured".
    enough = MIN_CONTAINMENT_SAME_OWNER if same_owner and len(shared) >= MIN_SHARED else MIN_CONTAINMENT
    if len(shared) < (1 if lenient or answered else MIN_SHARED) or containment < enough:
        return None
    if people and not shared - {w for p in people if p.kind == "person" for w in content_stems(p.name)}:
        return None  # "I will have it to Marco by Wednesday" and "send Marco the instructor names" share a person
        # the work goes to, not the work
    if answered:  # the prompt said what the report is about; the item's own prompt may be about anything
        cos = max(sim.cosine(old.text, _in_context(new)), sim.cosine(_in_context(old), _in_context(new)))
    else:
        cos = sim.cosine(old.text, new.text)
        if in_context:  # the texts agree alone, or with what they answered ("I owe you all the cutover plan"
            # after Owen's gradebook news is still the cutover plan)
            cos = max(cos, sim.cosine(_in_context(old), _in_context(new)))
        if lenient and is_completion(new) and not in_context:
            # "Jonah's training was, actually, alright" for his "I'll come up and do the super-user training ...":
            # all the owner's report names is in the item; its verdict and his name embed as noise, the work it
            # names is what to compare
            core = " ".join(w for w in re.findall(r"[\w'-]+", _done_core(new.text))
                            if not (stems := content_stems(w)) or stems & base)
            cos = max(cos, sim.cosine(old.text, core)) if core else cos
    if cos < (MIN_COSINE_SAME_OWNER if lenient else MIN_COSINE_RESOLVES if answered else MIN_COSINE):
        return None
    return MatchResult(
        existing_id=old.id,
        new_id=new.id,
        score=round(0.5 * cos + 0.5 * containment, 4),
        cosine=round(cos, 4),
        containment=round(containment, 4),
        shared=sorted(shared),
    )


_PROPER = re.compile(r"(?<![.!?]\s)(?<!^)(?<![.!?])\b(?!(?:I|I'll|I'm|I've|I'd)\b)[A-Z][a-z][\w'-]*")


def _redoes(text: str, work: set[str]) -> bool:
    """The text does the work again: "rerun", "resubmit", "re-send" of a verb the item has."""
    return any(content_stems(m.group(1)) & work for m in re.finditer(r"\bre-?([a-z]{3,})", text, re.IGNORECASE))


def _proper_stems(text: str) -> set[str]:
    """The stems of the names (places, teams, systems) a text says, capitalised inside a sentence."""
    return {w for m in _PROPER.finditer(text) for w in content_stems(m.group(0))}


# Whom a promise is for, by name: "send Owain the quote", "send it to Fran", "send it to you, Sunita" (the first named)
_FOR_WHOM = re.compile(
    r"\b(?:send|give|get|email|e-mail|forward|pass|show)\s+(?!(?:it|them|that|this|those|these|the|a|an|you|him|her|me|us|"
    r"over|across|round|out)\b)(?P<who>(?-i:[A-Z][a-z]+))\b(?![\w'\u2019-])"
    r"|\b(?:to|for)\s+(?:you,\s+)?(?P<who2>(?-i:[A-Z][a-z]+))\b(?![\w'\u2019-])",
    re.IGNORECASE,
)
_NOT_WHOM = WEEKDAY_NAMES | MONTH_NAMES | {"It"}


def _first_for(text: str) -> str | None:
    """The first person ``text`` says the work goes to, by name (see _FOR_WHOM), if any."""
    for m in _FOR_WHOM.finditer(text):
        who = m.group("who") or m.group("who2")
        if who not in _NOT_WHOM:
            return who
    return None


def _for_someone_else(old: str, new: str) -> bool:
    """Both promises say whom the work goes to, and not the same person: "I'll send Owain the quote for the
    reconfiguration by Monday" is other work than "I'll get them to send it to you, Sunita, by the end of next
    week" (the configuration words they share are the prompt's)."""
    a, b = _first_for(old), _first_for(new)
    return a is not None and b is not None and a.casefold() != b.casefold()


# A thing with its number: "test load one", "load two", "wave 2", "phase three"
_NUMBERED = re.compile(r"\b(?P<noun>[a-z][\w-]{2,})\s+(?P<n>one|two|three|four|five|six|[1-9])\b(?!\s*(?:of|or|to|and)\b)",
                       re.IGNORECASE)
_NUMBER = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}
# ... or its ordinal before it: "the first trial load", "a second quote" (not a date, "the twenty-second", nor "the
# second week", "first thing", "the first time")
_ORDINAL = re.compile(r"(?<![\w-])(?P<n>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+"
                      r"(?P<words>(?:(?!(?:of|and|or|to|by|on|for|in|at|as|the|a|an|then|so|one|ones|thing|things|time|"
                      r"times|week|weeks|day|days|month|months|half|quarter|year|place|look|pair|floor|hand|off)\b)"
                      r"[a-z][\w-]+\s*){1,2})", re.IGNORECASE)
_ORDINAL_N = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5"}


def _numbered(text: str) -> dict[str, set[str]]:
    """Each noun said with a number, and the numbers it is said with."""
    out: dict[str, set[str]] = {}
    for m in _NUMBERED.finditer(text):
        out.setdefault(m.group("noun").lower(), set()).add(_NUMBER.get(m.group("n").lower(), m.group("n")))
    for m in _ORDINAL.finditer(text):
        n = m.group("n").lower()
        for word in m.group("words").lower().split():
            out.setdefault(word, set()).add(_ORDINAL_N.get(n, n[:1]))
    return out


def numbered_apart(old: str, new: str) -> bool:
    """The two name a thing of the same kind by different numbers: "Then I'll do load two a fortnight tomorrow" is not
    "I'll have test load one in the sandbox by Wednesday", nor "I'll do a second trial load by Friday" "I'll have the
    first trial load in" (or "I'll run the trial load this week": a second one is another)."""
    a, b = _numbered(old), _numbered(new)
    if any(noun in a and not a[noun] & ns for noun, ns in b.items()):
        return True
    heads = {m.group("words").lower().split()[-1] for m in _ORDINAL.finditer(new)}  # "trial load" -> load
    if not heads:
        return False
    said = {w.lower() for w in re.findall(r"[a-z][\w-]+", old, re.IGNORECASE)}
    return any(noun not in a and noun in said and min(b[noun]) > "1" for noun in heads)


def _other_named_work(text: str, extra: set[str], known: set[str]) -> bool:
    """The new promise names work of its own: three or more words the item does not have, one of them a name
    (a place, a team, a system) the item and what it answered never said."""
    if len(extra) < 3:
        return False
    return bool((_proper_stems(text) - known - _TIME_STEMS) & extra)


# A demonstrative with a noun of its own: "I'll have those fourteen sorted by Tuesday", "that form".
_DEMONSTRATIVE = re.compile(r"\b(?:that|this|those|these)\s+(?P<noun>[a-z][\w-]*)", re.IGNORECASE)


def demonstrated(text: str) -> set[str]:
    """The stems of the nouns "those"/"that" point at in ``text`` ("those fourteen" -> fourteen; "that" alone: none)."""
    return {w for m in _DEMONSTRATIVE.finditer(text) for w in content_stems(m.group("noun"))} - _SLIP_STEMS


def _committed_pronoun(text: str) -> bool:
    """The promise itself is about "it" ("I'll resubmit it with the security review by October 24"), not a clause
    after it ("And I'll sign the final policy off by the thirtieth, so it's done well before the pilot")."""
    return any(PRONOUN.search(c) and _COMMITTING_CLAUSE.search(c) for c in _CLAUSE_BREAK.split(text))


def _own_thing(text: str, known: set[str]) -> bool:
    """The statement's "those"/"that" points at a thing of its own, a word neither the item nor the prompt has
    ("Dominic, the 2024 trial load?" - "Went through ... fourteen failed ... I'll have those fourteen sorted by
    Tuesday": the fourteen failures, new work, not the load), so it is no "it" for the prompt's item."""
    return bool(demonstrated(text) - known)


# A report opening with another person as the doer: "Good news, Tom sent the credentials on Friday."
_NAMED_DOER = re.compile(r"^\W*(?:(?:good news|great news|so|and|yes|yeah|well|okay|ok|right)[,.!:]?\s+)*"
                         r"(?-i:(?P<name>[A-Z][a-z]+))\s+(?:\w+ed|sent|got|gave|did|made|wrote|ran|came|brought|paid)\b",
                         re.IGNORECASE)
_NOT_A_NAME = frozenset({"the", "it", "this", "that", "everything", "nothing", "all", "both", "we", "i", "they",
                         "he", "she", "you", "which", "who", "someone", "somebody", "everyone", "everybody"})


def _someone_else_did(text: str, owner: str | None, people: Sequence[Person]) -> bool:
    """The report names another person as its doer: it is their step ("Tom sent the credentials"), not the owner's
    work done, when only the prompt it answers ("Owen, gradebook?") ties it to the owner's item."""
    m = _NAMED_DOER.match(text)
    if m is None or m.group("name").lower() in _NOT_A_NAME:
        return False
    return not (owner and names_match(m.group("name"), owner, people))


def _reports_other_thing(text: str, work: set[str], names: Sequence[str]) -> bool:
    """The report is of a thing named in several words, none of them the work's: "Omar, the key?" - "Good news for
    once. The test printers arrived on Tuesday." reports the printers, whatever the prompt asked about (a thing named
    in one word may be the work said short: "Deepak, VPN?" - "So the CR has been raised"; what the work was made
    of is no thing named: "Starters and leavers both came through" for the nightly feed)."""
    from ingest.extraction.followup import done_report  # followup builds on this module

    rep = done_report(text)
    if rep is None or rep.doer != "thing" or not re.match(r"\W*(?:the|our|your|their|his|her|my)\s", rep.subject,
                                                             re.IGNORECASE):
        return False
    said = content_stems(rep.subject, exclude=names)
    return len(said) >= 2 and not said & work


def _already_applied(fact: FactBase, event: str, meeting_id: str, evidence: list[Evidence], owner: bool = False) -> bool:
    """The statement already left an event on the fact: one statement, one event, even when a PM edit kept the
    event of an earlier run and the statement now reads differently against the edited item."""
    segs = {e.segment_id for e in evidence}
    for ev in fact.history:
        if (
            (ev.event == event or ev.event in _TRACKING_EVENTS)
            and ev.meeting_id == meeting_id
            and {e.segment_id for e in ev.evidence} == segs
            and (not owner or "owner" in ev.changes)  # a handover in a sentence that also restated the item
        ):
            return True
    return False


def _link(
    old: FactBase, evidence: list[Evidence], meeting: Meeting, event: EventKind, note: str, due: date | None = None,
    changes: dict[str, Any] | None = None, cite: bool = True,
) -> bool:
    """Add the meeting's event to ``old``'s history; ``cite`` also adds its quotes to the fact's evidence."""
    if _already_applied(old, event, meeting.meeting_id, evidence, owner="owner" in (changes or {})):
        return False
    old.history.append(
        FactEvent(
            at=meeting.date,
            event=event,
            meeting_id=meeting.meeting_id,
            note=note,
            due=due,
            evidence=list(evidence),
            changes=dict(changes or {}),
        )
    )
    # Kept in date order: re-extracting a middle meeting adds its event before what later meetings recorded.
    added = old.history.pop()
    at = next((k for k, e in enumerate(old.history) if e.at > added.at), len(old.history))
    old.history.insert(at, added)
    if cite:
        known = {(e.meeting_id, e.segment_id) for e in old.evidence}
        old.evidence.extend(e for e in evidence if (e.meeting_id, e.segment_id) not in known)
    return True


def _open_at(
    fact: FactBase, key: tuple[date, int], dates: dict[str, date], order: dict[str, int]
) -> bool:
    """Open (or slipped) as of just before the meeting ``key``, replayed from the tracking history: what this
    and later meetings recorded does not count (a re-extracted middle meeting still links its restatement to an
    item a later meeting closed), nor do PM edits and confirmations unless the PM set the status."""
    if not fact.history or _pm_set(fact, "status"):
        return getattr(fact, "status", None) in ("open", "slipped")
    status, _ = _state_before(fact, key, dates, order)
    return status in ("open", "slipped")


def _due_at(fact: FactBase, key: tuple[date, int], dates: dict[str, date], order: dict[str, int]) -> date | None:
    """The due date as of just before the meeting ``key``: a re-extracted middle meeting's "by Wednesday" is
    compared with the date the item had then, not with one a later meeting moved it to."""
    if not fact.history or _pm_set(fact, "due"):
        return getattr(fact, "due", None)
    return _state_before(fact, key, dates, order)[1]


def _state_before(
    fact: FactBase, key: tuple[date, int], dates: dict[str, date], order: dict[str, int]
) -> tuple[str | None, date | None]:
    upto = [
        e
        for e in fact.history
        if e.event in _TRACKING_EVENTS
        and (e.event == "created" or (dates.get(e.meeting_id or "", e.at), order.get(e.meeting_id or "", -1)) < key)
    ]
    return state_at(fact.model_copy(update={"history": upto}))


def _revert_meeting(fact: FactBase, meeting_id: str, *, even_protected: bool = False) -> None:
    """Undo what an earlier run of ``meeting_id`` did to a fact from another meeting (for a deleted meeting, also
    to a fact the PM edited: the PM's own changes replay from the history, the meeting's events go)."""
    hints = [e for e in fact.history if e.meeting_id == meeting_id and e.event == HINT_EVENT]
    fact.history = [e for e in fact.history if e not in hints]  # hints move nothing, so even a PM's item drops them
    touched = [e for e in fact.history if e.meeting_id == meeting_id and e.event in _TRACKING_EVENTS]
    if not touched or (_protected(fact) and not even_protected):
        return
    fact.history = [e for e in fact.history if e not in touched]
    fact.evidence = [e for e in fact.evidence if e.meeting_id != meeting_id]
    for e in reversed(touched):
        if "owner_from" in e.changes and isinstance(fact, ActionItem):
            fact.owner = e.changes["owner_from"]  # the meeting's handover goes with it
    _apply_state(fact)


def forget_meeting_events(fact: FactBase, meeting_id: str) -> None:
    """A meeting was deleted: what it did to this fact (closed, slipped, restated it) and its quotes go."""
    _revert_meeting(fact, meeting_id, even_protected=True)


def merge_meeting_facts(
    existing: list[FactBase],
    new: list[FactBase],
    meeting: Meeting,
    embedder: Embedder | None,
    *,
    meetings: Sequence[Meeting] = (),
    people: Sequence[Person] = (),
    follow_up: FollowUpFinder | None = None,
) -> list[FactBase]:
    """The engagement's facts after (re-)extracting ``meeting``; inputs are not mutated.

    * The meeting's earlier extracted facts are replaced; PM-edited, confirmed and manual facts stay as they
      are, and new facts duplicating them (same id or same kind and evidence turn) are dropped.
    * What an earlier run of this meeting did to older items (closing, slipping) is undone, then redone.
    * Later-meeting history of a replaced fact carries over when the new fact has the same id.
    * New action items and blockers that close, slip or restate an open item from an earlier meeting are
      folded into that item (both evidences kept, a FactEvent appended) instead of being added.
    * Then ``follow_up`` (see ingest.extraction.followup) is asked what the meeting says about the items still
      open and untouched: what it reports done or slipped is applied the same way, and a fact the meeting's
      extraction made of that same sentence is folded in rather than added.
    ``meetings`` supplies the dates of other meetings (for ordering); ``people`` supplies aliases.
    """
    mid = meeting.meeting_id
    dates = {m.meeting_id: m.date for m in meetings}
    dates[mid] = meeting.date
    # Same-day meetings are ordered by ingestion; a meeting missing from ``meetings`` counts as the latest.
    by_ingest = sorted(meetings, key=lambda x: (x.date, x.ingested_at))
    order = {m.meeting_id: i for i, m in enumerate(by_ingest)}
    order.setdefault(mid, len(by_ingest))
    this_key = (meeting.date, order[mid])

    others: list[FactBase] = []
    protected_here: list[FactBase] = []
    replaced: dict[str, FactBase] = {}
    for fact in existing:
        fact = fact.model_copy(deep=True)
        if fact.meeting_id == mid:
            if _protected(fact):
                protected_here.append(fact)
            else:
                replaced[fact.id] = fact
        else:
            _revert_meeting(fact, mid)
            others.append(fact)

    incoming: list[FactBase] = []
    seen_ids: set[str] = set()
    for fact in new:
        fact = fact.model_copy(deep=True)
        fact.meeting_id = fact.meeting_id or mid
        fact.assign_id()
        if fact.id in seen_ids:
            continue
        seen_ids.add(fact.id)
        first_seg = fact.evidence[0].segment_id if fact.evidence else None
        if any(
            p.id == fact.id
            or (
                p.kind == fact.kind
                and first_seg is not None
                and p.evidence
                and p.evidence[0].segment_id == first_seg
            )
            for p in protected_here
        ):
            continue
        incoming.append(fact)

    candidates = [
        f
        for f in others
        if isinstance(f, (ActionItem, Blocker, Risk))
        and _order_key(f.meeting_id, dates, order, f.history) < this_key
        and _open_at(f, this_key, dates, order)
    ]
    sim = _Sim(embedder, [f.text for f in candidates] + [f.text for f in incoming])
    age = {f.id: _order_key(f.meeting_id, dates, order, f.history) for f in candidates}

    added: list[FactBase] = []
    absorbed: list[FactBase] = []  # the meeting's facts that restated, moved or closed an earlier item
    for fact in incoming:
        old_version = replaced.get(fact.id)
        fact.history = []
        _ensure_created(fact, meeting.date)
        if old_version is not None:  # keep what later meetings did to this item
            fact.history.extend(
                e
                for e in old_version.history
                if e.meeting_id not in (mid, None) and e.event in _TRACKING_EVENTS and e.event != "created"
            )
            known = {(e.meeting_id, e.segment_id) for e in fact.evidence}
            fact.evidence.extend(
                e
                for e in old_version.evidence
                if e.meeting_id != mid and (e.meeting_id, e.segment_id) not in known
            )
            _apply_state(fact)
        if old_version is None and isinstance(fact, ActionItem) and _handed_over(fact, candidates, meeting, people, lambda f: _open_at(f, this_key, dates, order)):
            continue
        if fact.kind in _RESOLUTION_KINDS and _track_against(
            fact,
            candidates,
            meeting,
            sim,
            people,
            age,
            lambda f: _open_at(f, this_key, dates, order),
            lambda f: _due_at(f, this_key, dates, order),
        ):
            absorbed.append(fact)
            continue
        if old_version is None and isinstance(fact, ActionItem) and fact.status == "slipped" and \
                fact.origin == "offline":
            continue  # an ask for a new date ("Can we push that to Wednesday?") with no open item it moves
        if old_version is None and fact.origin == "offline" and (
            (isinstance(fact, ActionItem) and fact.status == "done")
            or (isinstance(fact, Blocker) and fact.status == "resolved")
        ) and not content_stems(_done_core(fact.text)) - _NO_WORK:
            continue  # "That's done.", "Confirmed, that blocker is cleared." that matched nothing: nothing to keep
        if old_version is None and fact.origin == "offline" and isinstance(fact, Blocker) and \
                fact.status == "resolved":
            continue  # "The change board only approved it last night." lifts no blocker ever recorded: no wait
        added.append(fact)
    # One promise read twice: "I haven't got it out, that's my fault. I'll have it to everyone by Thursday." made
    # the owner's slip of the checklist (linked above) and an open item with no owner of the same sentence: that is
    # the same restatement, not new work.
    added = [f for f in added if not (isinstance(f, ActionItem) and not f.owner and f.status == "open" and any(
        isinstance(a, ActionItem) and a.status != "done" and any(_same_quote(e, x) for e in f.evidence
                                                                 for x in a.evidence) for a in absorbed))]
    if follow_up is not None:
        added = _apply_follow_ups(follow_up, candidates, added, meeting, dates, order, this_key, people)
    added = _without_unclaimed_reports(added, replaced, meeting, sim, people)
    _supersede_decisions(others, added, meeting, lambda f: _order_key(f.meeting_id, dates, order, f.history) < this_key)
    return others + protected_here + added


# A decision that changes an earlier one: "Go-live moves from the January payroll to the February payroll", "We'll use
# the DfE's test file instead", "SMS chasers come out of the January release", "no longer", "rather than".
_CHANGES = re.compile(r"\b(?:mov(?:es|ed|ing)|push(?:es|ed)|slip(?:s|ped)|postpon\w*|delay\w*|re-?schedul\w*|"
                      r"shift(?:s|ed)|instead|rather than|no longer|replac\w*|switch(?:es|ed)?|chang(?:es|ed)|"
                      r"come[s]? out of|taken out of|reverse[sd]?|after all|any ?more|any longer)\b|\bfrom\b.+\bto\b",
                      re.IGNORECASE)
SUPERSEDED = "superseded by a later decision: "
# Words every project decision shares: not what makes two decisions about the same thing.
_DECISION_FILLER = frozenset(content_stems("agreed decided decision okay great so that's then we're going live date "
                                           "move moves moved from instead week weeks month"))


def _supersede_decisions(earlier: list[FactBase], added: list[FactBase], meeting: Meeting,
                         before: Callable[[FactBase], bool]) -> None:
    """A meeting's decision that changes an earlier decision on the same thing ("Go-live moves from the January
    payroll to the February payroll" after "two parallel runs and January go-live") marks the earlier one
    superseded: an "updated" event of this meeting with the new decision's quote (undone with the meeting)."""
    from ingest.extraction.dates import DATE_PHRASE, resolve  # extraction builds on this module

    def dated(f: FactBase) -> tuple[set[str], set[date]]:
        """The decision's words without its dates, and the dates it sets."""
        at = next((e.at for e in f.history if e.event == "created"), meeting.date)
        phrases = [m.group(0) for m in DATE_PHRASE.finditer(f.text)]
        return content_stems(f.text) - _DECISION_FILLER - content_stems(" ".join(phrases)), \
            {d for p in phrases if (d := resolve(p, at)) is not None}

    old = [f for f in earlier if f.kind == "decision" and before(f) and superseded_by(f) is None]
    for d in added:
        if d.kind != "decision":
            continue
        changes = bool(_CHANGES.search(d.text))
        words, when = dated(d)
        said = content_stems(d.text) - _DECISION_FILLER
        scored: list[tuple[int, float, int]] = []
        for k, f in enumerate(old):
            theirs, then = dated(f)
            # a new date for the same thing changes it too: "Decided, General goes live on the twenty-second of
            # February, the other two four weeks after" after "General first, the first of Feb, the other two
            # four weeks after"; said as a change, the thing itself is enough ("the pilot moves to the 23rd" after
            # "pilot on the 16th")
            moved = bool(when and then and max(when) not in then)
            # (of two, the one all about the thing moved: "pilot on the 16th", not "training on the 14th for
            # the pilot depot")
            whole = len(words & theirs) / len(theirs) if theirs else 0.0
            if changes:
                scored.append((max(len(said & (content_stems(f.text) - _DECISION_FILLER)),
                                   len(words & theirs) + moved), whole, k))
            elif moved and len(words & theirs) >= 2:
                scored.append((len(words & theirs) + 1, whole, k))
        scored.sort(reverse=True)
        if not scored or scored[0][0] < 2 or (len(scored) > 1 and scored[1][:2] == scored[0][:2]):
            continue  # nothing it changes, or two earlier decisions it may change: neither is marked
        f = old.pop(scored[0][2])
        f.history.append(FactEvent(at=meeting.date, event="updated", meeting_id=meeting.meeting_id,
                                   note=SUPERSEDED + d.text, evidence=d.evidence[:1]))


def superseded_by(fact: FactBase) -> FactEvent | None:
    """The event that marked a decision superseded by a later one, if any."""
    return next((e for e in reversed(fact.history) if e.event == "updated" and e.note.startswith(SUPERSEDED)), None)


# Work said to be done during the meeting itself
_JUST_DONE = re.compile(r"\b(?:just|while we (?:were|was) talking|as we speak|during (?:the|this) call)\b", re.IGNORECASE)


def _without_unclaimed_reports(added: list[FactBase], replaced: dict[str, FactBase], meeting: Meeting, sim: _Sim,
                               people: Sequence[Person]) -> list[FactBase]:
    """``added`` without the done reports that closed no earlier item (see _unclaimed_report). Such a report by the
    owner that the work was just done first closes their item promised before it in the same meeting, matched as
    across meetings: "I'll send the invite now." ... "I've just sent the invite, while we were talking." (Only
    then: the host's recap for a latecomer, "We've done the trial load and conflicts", is the first load, not the
    second one just promised, and "Who did the check, when, and what they did about it" describes the checks.)"""
    reports = [f for f in added if _unclaimed_report(f, replaced)]
    for f in reports:
        at = f.evidence[0]
        if not _JUST_DONE.search(at.quote):
            continue
        # (the reports themselves are done, so none of them is among the open items)
        before = [o for o in added if isinstance(o, ActionItem) and o.status in ("open", "slipped") and o.evidence
                  and o.evidence[0].meeting_id == at.meeting_id and o.evidence[0].segment_id < at.segment_id
                  and names_match(at.speaker, o.owner, people)]
        if before:
            _track_against(f, before, meeting, sim, people)
    dropped = {id(f) for f in reports}
    return [f for f in added if id(f) not in dropped]


def _unclaimed_report(fact: FactBase, replaced: dict[str, FactBase]) -> bool:
    """A done report that closed no open item is no new action item: the ledger holds commitments, and work first
    heard of as already done is news ("Rohan's workbook came through on Friday", "I did read page nine", "I've done
    it for two other councils", "I sent the cutover runbook to Fiona"). It stays in the transcript, where Ask finds
    it. (Earlier versions kept the speaker's own named deliverable. On the 51 audit engagements none of the 74 kept
    ever matched a gold commitment, and every blind triage that looked at the report's list of them found it noise:
    7 of 7 in carnforth, 3 of 3 in kirkstall, ambleside and wetherby, 6 of 6 in fellbrook.) A fact this meeting
    had before, from an earlier run, is kept. (Offline only: the LLM extractor may mark an item promised and done
    in the same meeting done.) A blocker lifted with nothing to lift is kept as before."""
    return isinstance(fact, ActionItem) and fact.status == "done" and fact.origin == "offline" and \
        fact.id not in replaced and bool(fact.evidence)


# Work passed to someone else: "Joanne, could you take that over while Kieran's off?", "So the item master's yours
# now", "could you take the agent import off Toby's plate?", "can you pick that up from Colin?".
_HANDOVER = re.compile(
    # (not "take it over Yusuf's head": going above someone)
    r"\btake (?:that|it|this|those|them|the [\w\s'-]{1,40}?) (?:over|on)\b(?! (?:the|a|an) | (?:\w+'s|his|her|their|my) head\b)"
    r"|\btake (?:that|it|this|those|them|the [\w\s'-]{1,40}?) off (?P<from>\w+)'s plate\b"
    # ("Gaz, would you take the training rota off me?": from the one asking)
    r"|\btake (?:that|it|this|those|them|the [\w\s'-]{1,40}?) off (?P<me>me|my hands|my plate)\b"
    # ("Kirsty, could you take it off him?": from the owner the asker just spoke to)
    r"|\btake (?:that|it|this|those|them|the [\w\s'-]{1,40}?) off (?:him|her)\b"
    r"|\b(?:is|'s|are|'re) (?:all )?yours now\b|\bover to you now\b"
    # ("Could somebody else take the absence rules?": whoever answers takes it from its owner)
    r"|\b(?:some(?:body|one)|anybody|anyone) else (?:take|do|pick up|have) (?:that|it|this|those|them|the [\w\s'-]{1,40}?)\s*[?.]"
    r"|\bpick (?:that|it|this|the [\w\s'-]{1,40}?) up from (?P<from2>\w+)\b"
    r"|\bwhile (?P<away>\w+)(?:'s| is) (?:off|away|out|on leave)\b",
    re.IGNORECASE,
)


def _handed_over(
    fact: ActionItem,
    candidates: Sequence[FactBase],
    meeting: Meeting,
    people: Sequence[Person],
    is_open: Callable[[FactBase], bool],
) -> bool:
    """A new commitment that takes over someone else's open item ("Sam Okafor, could you take the agent import
    off Toby's plate?" - "I'll load the users Monday."; "So the item master's yours now, Friday the 23rd.") is that
    item with a new owner, not a second item and not a slip: the owner changes (an "updated" event keeps the old
    one), a new date is the item's date from now on. The item is the open one of another owner that the handover
    names the owner of, else the one sharing most words of the work (a tie names none)."""
    if not fact.owner or fact.status == "done":
        return False
    said = " ".join([fact.text, *(e.quote for e in fact.evidence[:1]), fact.context or ""])
    found = list(_HANDOVER.finditer(said))
    if not found:
        return False
    named_from = next((g for m in found for g in (m.group("from"), m.group("from2"), m.group("away")) if g), None)
    if named_from is None and any(m.group("me") for m in found):
        from ingest.extraction.rules import recap_piece  # extraction builds on this module

        # ("me" is who asked, not who said it back in the recap: "Tasha, merges by the 6th, performer numbers Friday.")
        named_from = next((e.speaker for e in fact.evidence if not names_match(e.speaker, fact.owner, people)
                           and not recap_piece(e.quote)), None)
    words = content_stems(said, exclude=[fact.owner, *(p.name for p in people)]) - HAND_OVER_STEMS - _SLIP_STEMS
    scored: list[tuple[int, int, ActionItem]] = []
    for old in candidates:
        if not isinstance(old, ActionItem) or not is_open(old) or not old.owner or \
                owners_compatible(old.owner, fact.owner, people) or other_thing(old, fact.text, fact.context, people):
            continue
        theirs = bool(named_from) and names_match(old.owner.split("'s ")[0], named_from, people)
        shared = len(content_stems(" ".join([old.text, old.context or ""]), exclude=[old.owner]) & words)
        if theirs or shared:
            scored.append((int(theirs), shared, old))
    scored.sort(key=lambda t: (-t[0], -t[1]))
    if not scored or (len(scored) > 1 and scored[0][:2] == scored[1][:2]) or (not scored[0][0] and scored[0][1] < 2):
        return False
    item = scored[0][2]
    before = item.owner
    due = fact.due if fact.due is not None and fact.due != item.due else None
    # A later date than the item had is a slip as well as a new owner ("I'll load the users Monday", for work that
    # was due last Friday).
    event: EventKind = "slipped" if due is not None and item.due is not None and due > item.due else "updated"
    note = f"owner {before} -> {fact.owner}" + (f"; due set to {due.isoformat()}" if due else "") + f": {fact.text}"
    if _link(item, fact.evidence, meeting, event, note, due=due,
             changes={"owner": fact.owner, "owner_from": before}):
        item.owner = fact.owner
        _apply_state(item)
    return True


def _unslip_takers_own(candidates: Sequence[FactBase], item: ActionItem, fu: FollowUp, mid: str,
                       people: Sequence[Person]) -> set[str]:
    """The new owner's date for work they took on is that work's: "Why don't I just send them? I can do it Friday."
    - "Would you? That's one thing off her plate." took Sunita's pay codes, so the slip the promise made of Jas's
    own dated item (read as "it", see _pronoun_slip) is undone. Returns the ids of the items it freed."""
    freed: set[str] = set()
    for other in candidates:
        if other is item or not isinstance(other, ActionItem) or not names_match(other.owner, fu.owner, people):
            continue
        wrong = [e for e in other.history if e.meeting_id == mid and e.event == "slipped" and not e.changes and
                 e.evidence and any(_same_quote(e.evidence[0], ev) for ev in fu.evidence)]
        if wrong:
            other.history = [e for e in other.history if e not in wrong]
            other.evidence = [x for x in other.evidence if x.meeting_id != mid or
                              not any(_same_quote(x, ev) for ev in fu.evidence)]
            _apply_state(other)
            if not any(e.meeting_id == mid and e.event in _TRACKING_EVENTS for e in other.history):
                freed.add(other.id)
    return freed


def _apply_follow_ups(
    follow_up: FollowUpFinder,
    candidates: Sequence[FactBase],
    added: list[FactBase],
    meeting: Meeting,
    dates: dict[str, date],
    order: dict[str, int],
    key: tuple[date, int],
    people: Sequence[Person],
) -> list[FactBase]:
    """Apply what ``follow_up`` finds about the open items this meeting's facts did not touch; returns
    ``added`` without the facts made of a sentence a follow-up used (they are that follow-up)."""
    mid = meeting.meeting_id
    touched = {f.id for f in candidates if any(e.meeting_id == mid and e.event in _TRACKING_EVENTS for e in f.history)}
    # An item only restated by this meeting's facts may still change hands in it ("Kerry's going to pick up the
    # rota. She'll still have it to you by the sixteenth."): it is asked about, for a handover only.
    restated = {f.id for f in candidates if f.id in touched and all(
        e.event == "updated" and "owner" not in e.changes for e in f.history if e.meeting_id == mid)}
    # An item this meeting's facts reported done may have been given a new date by its owner in the same turn
    # ("The overnight job ran but the output was garbage." - "I'm filtering it by hand. I will have it to Marco by
    # Wednesday"): it is asked about, for that slip only.
    closed_here = {f.id: ev for f in candidates if isinstance(f, ActionItem) and f.id in touched
                   for ev in [[e for e in f.history if e.meeting_id == mid and e.event in _TRACKING_EVENTS]]
                   if len(ev) == 1 and ev[0].event == "done" and ev[0].evidence}
    # Items this meeting's facts already moved are asked about too, so they keep the sentences that moved them
    # ("Rhys, the test file to Marek?" - "It'll be Friday. The 6th." is the test file's new date, not the date of
    # another item the prompt names); what the pass says about them is not applied again.
    claim_only = {f.id for f in candidates if f.id in touched and f.id not in restated and f.id not in closed_here}
    still: list[FactBase] = [f for f in candidates if isinstance(f, (ActionItem, Blocker))
                             and _open_at(f, key, dates, order)]
    if not still:
        return added
    by_id = {f.id: f for f in still}
    dues = {f.id: _due_at(f, key, dates, order) for f in still}
    # The sentences this meeting's facts already closed an item with: one sentence reports one item done ("Done, I
    # sent Marco the instructor names" closed the names, not also the course list asked about next).
    closed_by = [(f.kind, ev) for f in candidates for e in f.history if e.meeting_id == mid and e.event == "done"
                 for ev in e.evidence[:1]]
    refused: set[tuple[int, str]] = set()
    found = list(follow_up(still, dues))
    for fu in found:
        if fu.event == "handover" and fu.owner and isinstance(item := by_id.get(fu.item_id), ActionItem) and \
                item.id not in claim_only:
            # (what the pass says about the taker's own item it frees is applied below)
            claim_only -= _unslip_takers_own(candidates, item, fu, mid, people)
    for fu in found:
        item = by_id.get(fu.item_id)
        if item is None or not fu.evidence or item.id in claim_only or (item.id in restated and fu.event != "handover"):
            continue
        if item.id in closed_here and (fu.event != "slipped" or
                                       not _same_turn(closed_here[item.id][0].evidence[0], fu.evidence[0])):
            continue
        quote = fu.evidence[0].quote
        if fu.event == HINT_EVENT:
            # Not the item's evidence: the sentence may be about other work, so only its history shows it (an item
            # this meeting's facts touched was skipped above)
            if isinstance(item, ActionItem):
                _link(item, fu.evidence, meeting, HINT_EVENT, f"possibly done ({fu.reason}): {quote}", cite=False)
            continue
        if fu.event == "done" and any(kind == item.kind and _same_quote(ev, fu.evidence[0]) for kind, ev in closed_by):
            refused.add((fu.evidence[0].segment_id, quote))
            continue
        if fu.event == "done" and fu.reason.startswith(WAITED_FOR) and (fu.evidence[0].segment_id, quote) in refused:
            continue  # lifted with an item that sentence did not close after all
        if fu.event == "slipped" and any(
            _made_of(f, fu) and not _same_sentence(f, item, fu, people) for f in added if isinstance(f, ActionItem)
        ):
            continue  # the exchange made a new commitment, unlike this item ("Nadia, can you send me the rollback
            # plan by Friday?" - "Sure, you'll have it by Friday."): its date is that commitment's
        if item.id in closed_here:
            item.history.remove(closed_here[item.id][0])  # the turn's report was of a step; its new date is the news
        if fu.event == "handover":
            if not isinstance(item, ActionItem) or not fu.owner:
                continue
            before, then = item.owner, dues[item.id]
            # (a date this meeting already slipped it to is no second slip: "I'll have them all to Imogen by Friday")
            later = fu.due is not None and then is not None and fu.due > then and fu.due != item.due
            # (an item with no date takes the one the new owner gives: "Done. I'll still get it out by the 2nd.")
            first = fu.due is not None and then is None and item.due is None
            # (the new owner's earlier date is theirs to keep: "I'll take Dennis's rota. I'll have it out by Wednesday.")
            sooner = fu.due is not None and then is not None and fu.due < then
            note = f"owner {before} -> {fu.owner}" + (f"; due {then} -> {fu.due}" if later or sooner else
                                                      f"; due set to {fu.due}" if first else "") + f": {quote}"
            linked = _link(item, fu.evidence, meeting, "slipped" if later else "updated", note,
                           due=fu.due if later or first or sooner else None,
                           changes={"owner": fu.owner, "owner_from": before})
            if linked:
                item.owner = fu.owner
        elif fu.event == "dropped":
            linked = _link(item, fu.evidence, meeting, "dropped", f"dropped: {quote}")
        elif fu.event == "done":
            label = "resolved" if isinstance(item, Blocker) else "done"
            linked = _link(item, fu.evidence, meeting, "done", f"{label}: {quote}")
        elif isinstance(item, ActionItem) and fu.due is not None:
            linked = _link(item, fu.evidence, meeting, "slipped", f"due {dues[item.id]} -> {fu.due}", due=fu.due)
        else:
            continue
        if linked:
            _apply_state(item)
        added = [f for f in added if not _same_sentence(f, item, fu, people)]
        if fu.event == "handover":  # ... nor of the yes or the date that came with it ("Would you?" - "I'll have it
            # done by Friday."): the new owner's promise is the item's
            added = [f for f in added if not any(_same_sentence(f, item, fu.model_copy(update={"evidence": [ev]}), people)
                                                 for ev in fu.evidence[1:])]
    return added


# A promise of work to come ("I'll", "will", "going to"); follow-ups read a report after one as not done yet.
PROMISE = re.compile(r"'ll\b|\b(?:will|going to|gonna|shall)\b", re.IGNORECASE)


def _same_turn(a: Evidence, b: Evidence) -> bool:
    """Two quotes of one speaker in one turn (segment ids are consecutive within a meeting): the same segment or
    the next one or two (captions split turns)."""
    return a.speaker == b.speaker and 0 <= b.segment_id - a.segment_id <= 2


def _made_of(fact: ActionItem, fu: FollowUp) -> bool:
    """``fact`` holds the follow-up's sentence (a quote of it) or its date: a commitment made in that exchange.
    Another sentence of the turn with no date of its own ("HR need to sign off on the temp staff") is not."""
    # The follow-up's own sentence, not the prompt it answers: "Okay, we'll check again next week. Declan, the data
    # sharing agreement?" made Priya's own commitment, not Declan's "more like the ninth of October".
    from ingest.extraction.rules import recap_piece  # extraction builds on this module

    # (a recap line quoted for it is no sentence of that exchange: "Rhys, super-user guide the 30th", in the turn
    # of "Callum, extract the 30th.")
    own = [e for k, e in enumerate(fact.evidence) if k == 0 or not recap_piece(e.quote)]
    if fu.evidence[0].segment_id not in {e.segment_id for e in own}:
        return False
    return fact.due == fu.due or any(_same_quote(e, fu.evidence[0]) for e in fact.evidence)


def _same_quote(a: Evidence, b: Evidence) -> bool:
    """Two quotes of one sentence: the same segment, one quote inside the other (case aside)."""
    qa, qb = a.quote.casefold(), b.quote.casefold()
    return a.segment_id == b.segment_id and (qa in qb or qb in qa)


def _at_sentence(fact: FactBase, fu: FollowUp) -> bool:
    """``fact`` was made of the sentence the follow-up used (one of its quotes and the follow-up's overlap: "I'm
    cleaning it by hand." + "I will have it to Ben by Wednesday.")."""
    return any(_same_quote(e, fu.evidence[0]) for e in fact.evidence)


def _same_sentence(fact: FactBase, item: FactBase, fu: FollowUp, people: Sequence[Person]) -> bool:
    """``fact`` was made of the sentence the follow-up used and says the same: a done report (or a lifted
    blocker) for a done follow-up; the owner's restated commitment, naming little other work, for a slip."""
    if fu.event == "dropped" and isinstance(fact, ActionItem) and fact.status != "done":
        from ingest.extraction.rules import DROP  # rules builds on this module

        if DROP.search(fact.text) and any(_same_quote(e, ev) for ev in fu.evidence for e in fact.evidence):
            return True  # "Okay, I'll take Colm's letter off the list": the drop said as a promise
    if not _at_sentence(fact, fu):
        return False
    if fu.event == "done":
        return getattr(fact, "status", None) in ("done", "resolved") and isinstance(fact, (ActionItem, Blocker))
    if fu.event == "handover":  # "Shona's going to pick that up": the item, in its new owner's hands
        return isinstance(fact, ActionItem) and fact.status != "done" and names_match(fact.owner, fu.owner, people)
    # Read on the sentences that commit ("I'm cleaning it by hand. I will have it to Ben by Wednesday."): what
    # leads up to the promise says how, not what other work
    said = [t for t in re.split(r"(?<=[.!?])\s+", fact.text) if PROMISE.search(t)] or [fact.text]
    other = content_stems(" ".join(said)) - content_stems(item.text) - content_stems(item.context or "") - _SLIP_STEMS \
        - PART_STEMS
    return isinstance(fact, ActionItem) and fact.status != "done" and len(other) <= 1 and \
        owners_compatible(fact.owner, item.owner, people)


def _same_thing(a: FactBase, b: FactBase, people: Sequence[Person]) -> bool:
    """Two open items a statement matched equally well are one thing said twice: the same kind, compatible
    owners, and for blockers the same party (or neither names one)."""
    if a.kind != b.kind or not owners_compatible(a.owner, b.owner, people):
        return False
    if isinstance(a, Risk):
        ta, tb = risk_topic(a), risk_topic(b)  # two risks on one topic, not two risks a closure both names
        return bool(ta and tb) and len(ta & tb) / min(len(ta), len(tb)) >= MIN_CONTAINMENT_RISK
    if isinstance(a, Blocker) and isinstance(b, Blocker) and (a.waiting_on or b.waiting_on):
        return names_match(a.waiting_on, b.waiting_on, people)
    return True


def _break_tie(
    tied: Sequence[FactBase], age: dict[str, tuple[date, int]], people: Sequence[Person]
) -> FactBase | None:
    """The item a statement is linked to when several match it about equally well (within AMBIGUITY_MARGIN).

    When they are all the same thing (see _same_thing) the oldest open one wins, at the same age a PM-edited
    or confirmed one, then the lowest id, so a re-run links the same way. Otherwise None: nothing is merged.
    """
    if not all(_same_thing(tied[0], other, people) for other in tied[1:]):
        return None
    return min(tied, key=lambda f: (age[f.id], not _protected(f), f.id))


# The speaker (or their side) did it: "I tested it this morning", "we're in".
_OWN_DOING = re.compile(r"\bI\b|\b[Ww]e\b")


def _resolved_here(blocker: FactBase, meeting_id: str) -> bool:
    """This meeting already lifted the blocker: a wait said after it is another one, not the old one again."""
    return any(e.event == "done" and e.meeting_id == meeting_id for e in blocker.history)


def _waits_on(blocker: FactBase, owner: str | None, people: Sequence[Person]) -> bool:
    """The blocker waits on ``owner`` or their team ("Raj Patel's procurement team")."""
    party = getattr(blocker, "waiting_on", None)
    if not party or not owner:
        return False
    return names_match(party, owner, people) or names_match(party.split("'s ")[0], owner, people)


def _best(
    scored: list[tuple[MatchResult, FactBase]], age: dict[str, tuple[date, int]], people: Sequence[Person]
) -> FactBase | None:
    """The best-scoring item, or the tie-break among those within AMBIGUITY_MARGIN of it (None: unclear)."""
    if not scored:
        return None
    scored = sorted(scored, key=lambda pair: (-pair[0].score, pair[1].id))
    tied = [old for res, old in scored if scored[0][0].score - res.score < AMBIGUITY_MARGIN]
    return _break_tie(tied, age, people) if len(tied) > 1 else scored[0][1]


def _track_against(
    fact: FactBase,
    candidates: Sequence[FactBase],
    meeting: Meeting,
    sim: _Sim,
    people: Sequence[Person],
    age: dict[str, tuple[date, int]] | None = None,
    is_open: Callable[[FactBase], bool] | None = None,
    due_at: Callable[[FactBase], date | None] | None = None,
) -> bool:
    """Fold ``fact`` into the best matching open item. True when it was absorbed (not to be added).

    ``age`` orders candidates oldest first (meeting date, ingestion order) for breaking ties; ``is_open`` says
    whether a candidate is open as of this meeting and ``due_at`` its due date then (default: stored values)."""
    age = age if age is not None else {f.id: (date.min, i) for i, f in enumerate(candidates)}
    is_open = is_open or (lambda f: getattr(f, "status", None) in ("open", "slipped"))
    due_at = due_at or (lambda f: getattr(f, "due", None))
    completion = is_completion(fact)
    if isinstance(fact, Blocker) and not completion:
        was_open = is_open

        def is_open(f: FactBase) -> bool:
            # "The sample landed Monday ... still waiting on the PGP key from Ferrosys": a wait said in the meeting
            # that lifted the old one is a new wait
            return was_open(f) and not (isinstance(f, Blocker) and _resolved_here(f, meeting.meeting_id))
    scored: list[tuple[MatchResult, FactBase]] = []
    for old in candidates:
        if not is_open(old):
            continue
        if isinstance(old, Blocker) and not completion and not isinstance(fact, Blocker):
            continue  # only a resolution or a restated blocker touches a blocker
        if isinstance(old, ActionItem) and isinstance(fact, Blocker):
            continue
        res = match_score(old, fact, sim, people)
        # (the promise's thing is read only for the items its words match)
        if res is not None and not _other_referents(old, fact, people):
            scored.append((res, old))
    if not scored:
        fallback = _still_blocked(fact, candidates, is_open, people, age) or _party_cleared(
            fact, candidates, is_open, people
        ) or _pronoun_slip(fact, candidates, is_open, people, due_at, meeting.date) or \
            _restated_answer(fact, candidates, is_open, people, due_at)
        if fallback is None:
            return False
        empty = MatchResult(existing_id=fallback.id, new_id=fact.id, score=0, cosine=0, containment=0, shared=[])
        scored = [(empty, fallback)]
    absorb = isinstance(fact, (ActionItem, Blocker, Risk))
    if completion:
        # "The licences came through Monday" closes Raj's "get the Intune licences purchased" and resolves
        # "blocked on the licence purchase": the best item of each kind it matches, each chosen as below.
        picks = [_best([p for p in scored if p[1].kind == kind], age, people) for kind in ("action_item", "blocker",
                                                                                            "risk")]
        # ("I did a dry run on Tuesday" closes no migration: a rehearsal of the work)
        said = " ".join([fact.text, *(e.quote for e in fact.evidence)])
        # (nor does a step toward work still to come on its day: "for the training on the nineteenth, I've booked the
        # big room")
        closed = [f for f in picks if f is not None and not rehearsal_only(f, said, fact.context) and
                  not step_toward(f, fact.text, due_at(f), meeting.date)]
        done_item = picks[0] if any(f is picks[0] for f in closed) else None
        if done_item is not None and picks[1] is not None and getattr(picks[1], "waiting_on", None) and \
                not _waits_on(picks[1], done_item.owner, people):
            # "I did chase the firewall team" closes the chasing, not the firewall blocker; a blocker naming no
            # party ("I can't start my review until I've actually got a draft") goes with the work it matched
            closed.remove(picks[1])
        elif done_item is None and picks[1] is not None and getattr(picks[1], "waiting_on", None) and \
                isinstance(fact, ActionItem) and fact.owner and not _waits_on(picks[1], fact.owner, people) and \
                _OWN_DOING.search(fact.text):
            # "But yes, we're in, I tested it this morning." (Tom) is Tom's own work: it lifts no wait on Contoso
            # ("The sample extract landed on Friday." is no work of the speaker's: what they waited for came)
            closed.remove(picks[1])
        for item in closed:
            label = "resolved" if isinstance(item, Blocker) else "closed" if isinstance(item, Risk) else "done"
            if _link(item, fact.evidence, meeting, "done", f"{label}: {fact.text}"):
                _apply_state(item)
        return absorb and bool(closed)
    best = _best(scored, age, people)
    if best is None:
        return False  # plausible items that are not the same thing: leave them alone rather than guess
    old = best
    new_due = getattr(fact, "due", None)
    old_due = due_at(old)
    if isinstance(old, ActionItem) and new_due is not None and old_due is not None and new_due > old_due and \
            _WEEK_SAID.search(fact.text) and new_due.isocalendar()[:2] == old_due.isocalendar()[:2]:
        new_due = old_due  # "Gemma, call handlers next week" for the 24th and 25th: that week, no new date
    if isinstance(old, ActionItem) and new_due is not None and (
        (old_due is not None and new_due > old_due) or (old_due is None and _moved(fact))
    ):  # ("Ruth's mapping review has moved to Monday": it was due before, whether or not a date was said)
        note = f"due {old_due.isoformat() if old_due else None} -> {new_due.isoformat()}"
        if _link(old, fact.evidence, meeting, "slipped", note, due=new_due):
            _apply_state(old)
        return absorb
    if not absorb:
        return False  # a decision that merely mentions an open item stays a decision
    due = new_due if isinstance(old, ActionItem) and new_due is not None and new_due != old_due else None
    note = f"restated{'; due set to ' + due.isoformat() if due else ''}: {fact.text}"
    if _link(old, fact.evidence, meeting, "updated", note, due=due):
        _apply_state(old)
    return True


# A statement that the work's date moved: "has moved to Monday", "is pushed to the 9th", "slipped to Friday".
_MOVED = re.compile(r"\b(?:has|have|'s|is|are|was|were|got|has been|'s been)\s+(?:now\s+)?(?:moved|slipped|pushed|"
                    r"been pushed|been moved|put back)\b|\b(?:moves|slips|slipped|pushed|put back) (?:back |out )?"
                    r"(?:to|till|until)\b", re.IGNORECASE)  # not "we'll move to the presentations"


def _moved(fact: FactBase) -> bool:
    """The statement says the work's date moved (see _MOVED), not as a question."""
    return any(_MOVED.search(t) and not t.rstrip().endswith("?") for t in (fact.text, *(e.quote for e in fact.evidence[:1])))


def _still_blocked(
    fact: FactBase, candidates: Sequence[FactBase], is_open: Callable[[FactBase], bool], people: Sequence[Person],
    age: dict[str, tuple[date, int]] | None = None,
) -> FactBase | None:
    """A blocker that says it is still (again, continues to be) waiting on a party restates that party's one
    open blocker, however differently the work is worded ("still blocked by the vendor on the laptop
    enrollment" / "waiting on the vendor to enroll the test laptops"). With several, it restates the one that
    shares most of what it is about ("we're still waiting on Karen for the overtime"; the oldest of equals, as for
    any match); None when it shares nothing with any of them. Naming no party ("The firewall change is still
    blocked"), it restates the one open blocker that shares a word of what it is about."""
    if not isinstance(fact, Blocker) or is_completion(fact):
        return None
    if not (_STILL.search(fact.text) or any(_STILL.search(e.quote) for e in fact.evidence)):
        return _told_again(fact, candidates, is_open, people)
    topic = content_stems(fact.text) - BLOCKING_STEMS
    same_party = _open_waits_on_party(fact, candidates, is_open, people) if fact.waiting_on else [
        old
        for old in candidates
        if isinstance(old, Blocker)
        and is_open(old)
        and owners_compatible(old.owner, fact.owner, people)
        and topic & (content_stems(old.text) - BLOCKING_STEMS)
    ]
    if len(same_party) > 1 and fact.waiting_on:
        # "Recap: ..., and we're still waiting on Karen for the overtime": the one of Karen's waits it names
        shared = {old.id: len(topic & (content_stems(old.text, exclude=[old.waiting_on or ""]) - BLOCKING_STEMS))
                  for old in same_party}
        most = max(shared.values())
        same_party = [old for old in same_party if most and shared[old.id] == most]
        if age is not None:
            same_party = sorted(same_party, key=lambda f: age.get(f.id, (date.max, 0)))[:1]
    if not same_party and not fact.waiting_on:
        # "Dev, where are we on shift patterns then?" - "The roster history is still parked behind the
        # consultation.": the words are new, but the prompt names the blocker's work ("can't load the shift
        # patterns until the union's signed off") or the blocker's own prompt named the restatement's ("We've not
        # agreed anything on the roster history yet")
        names = [p.name for p in people]
        asked = content_stems(fact.context or "", exclude=names) - BLOCKING_STEMS
        same_party = [
            old for old in candidates
            if isinstance(old, Blocker) and is_open(old) and owners_compatible(old.owner, fact.owner, people)
            and (asked & (content_stems(old.text, exclude=names) - BLOCKING_STEMS)
                 or topic & (content_stems(old.context or "", exclude=names) - BLOCKING_STEMS))
        ]
    return same_party[0] if len(same_party) == 1 else None



def _open_waits_on_party(
    fact: Blocker, candidates: Sequence[FactBase], is_open: Callable[[FactBase], bool], people: Sequence[Person]
) -> list[Blocker]:
    """The open blockers of the same side waiting on the party ``fact`` waits on."""
    return [old for old in candidates if isinstance(old, Blocker) and is_open(old) and old.waiting_on and fact.waiting_on
            and names_match(old.waiting_on, fact.waiting_on, people) and owners_compatible(old.owner, fact.owner, people)]


def _told_again(
    fact: Blocker, candidates: Sequence[FactBase], is_open: Callable[[FactBase], bool], people: Sequence[Person]
) -> FactBase | None:
    """A wait told again in a later call without "still" ("Honestly I'm waiting on Ravi and Coreline for everything
    downstream of the pick" after "I can't test pick confirmation end to end until Ravi's order feed is in test"):
    the party's one open blocker, when the two share a word of what they are about."""
    if not fact.waiting_on:
        return None
    theirs = _open_waits_on_party(fact, candidates, is_open, people)
    if len(theirs) != 1:
        return None
    names = [p.name for p in people] + [fact.waiting_on, theirs[0].waiting_on or ""]
    topic = content_stems(fact.text, exclude=names) - BLOCKING_STEMS
    return theirs[0] if topic & (content_stems(theirs[0].text, exclude=names) - BLOCKING_STEMS) else None


def _party_cleared(
    fact: FactBase, candidates: Sequence[FactBase], is_open: Callable[[FactBase], bool], people: Sequence[Person]
) -> FactBase | None:
    """The awaited party acted ("CAB approved the change on Thursday and we implemented it Saturday night"), in
    words that share nothing with the blocker ("The VPN is blocked on CAB approval"): it resolves that party's one
    open blocker. None when the party has none or several (which one is then unclear)."""
    if not isinstance(fact, Blocker) or fact.status != "resolved" or not fact.waiting_on:
        return None
    theirs = [old for old in candidates if isinstance(old, Blocker) and is_open(old)
              and names_match(old.waiting_on, fact.waiting_on, people)]
    return theirs[0] if len(theirs) == 1 else None


# A prompt asking for the work to come, whose answer is new work: "Rosalind, what's next on your side?"
_ASKS_WHATS_NEXT = re.compile(r"\bwhat(?:'s| is| are)\s+(?:\w+\s+)?(?:next|coming up|up next)\b|\bnext steps?\b"
                              r"|\bwhat (?:else )?(?:are|will) you (?:be )?(?:doing|working on)\b", re.IGNORECASE)


def _other_referents(old: FactBase, new: FactBase, people: Sequence[Person]) -> bool:
    """Two promises of "it" whose talk before it names different things (see other_thing)."""
    return isinstance(old, ActionItem) and isinstance(new, ActionItem) and \
        other_thing(old, new.text, new.context, people)


def other_thing(old: ActionItem, text: str, context: str | None, people: Sequence[Person]) -> bool:
    """A promise of "it" (``text``, said after ``context``) is of another thing than the item: its talk names a
    thing plainly, and that thing is not the item's. "I've got the paperwork, Kit." - "I'll sign it Friday." and,
    weeks later, "I need the sponsor's signature on the go/no-go checklist." - "I'll sign it by Friday." are two
    items, not one slipped; "And the merchant agreement, I'll take it to the director of finance." is not "send your
    finance team the settlement file spec". False unless both say plainly what they are about."""
    b = pronoun_object(text)
    names = [n for p in people for n in (p.name, *p.aliases)]
    now = referent(context, b.group("p"), names) if b else None
    if not now:
        return False
    # (either thing said in the other's talk is one thing named twice: "par levels for fourteen? The top-up list?"
    # - "I'll send it back by Friday", later "And the par levels, Bridget" - "I'll do them Monday")
    if content_stems(now) & content_stems(f"{old.context or ''} {old.text}"):
        return False
    a = pronoun_object(old.text)
    if a is None:
        # the item names its work, and the promise's talk names none of it ("Anil, certificates?" - "... we've
        # started enrolling. We've got eight of the twelve enrolled. The other four, those will be Monday." is
        # still the tablets)
        return not content_stems(context or "", exclude=names) & content_stems(old.text, exclude=names)
    was = referent(old.context, a.group("p"), names)
    return bool(was) and not content_stems(was or "") & content_stems(f"{context or ''} {text}")


def _pronoun_slip(
    fact: FactBase,
    candidates: Sequence[FactBase],
    is_open: Callable[[FactBase], bool],
    people: Sequence[Person],
    due_at: Callable[[FactBase], date | None],
    today: date | None = None,
) -> FactBase | None:
    """A dated commitment that names no work, only "it"/"that" ("Sorry, not yet, I'll get it to you by
    Wednesday"), is about its owner's one open (or overdue) item: returned so the new date slips that item.
    None when the owner is unknown, names the work, has no open item with a due date, or has several (the rest of
    a job, "I'll finish the other two on Thursday", is of the one already due by ``today``)."""
    if not isinstance(fact, ActionItem) or fact.due is None or not fact.owner or is_completion(fact):
        return None
    # Read up to the first comma: "Put me down for the 25th, and that's assuming Contoso move this week".
    first = fact.text.split(",")[0] if fact.status == "slipped" else fact.text
    # "I'll finish the other two on Thursday.", "I'll have the rest by Wednesday.": what is left of the work
    rest = _REMAINDER.search(first) is not None
    work = {w for w in content_stems(_REMAINDER.sub(" ", first), exclude=[fact.owner]) if "'" not in w} \
        - HAND_OVER_STEMS - _SLIP_STEMS - _DATE_TALK
    # ... or only a date, in the owner's own words, answering a prompt that names the item ("Kemi, pricing model?" -
    # "I'll aim for the 27th still.": the same date restates it, a later one slips it; no new item either way)
    answers = bool(fact.context) and bool(_OWN_TIME.search(fact.text)) and not PRONOUN.search(fact.text) and \
        fact.status != "slipped" and not rest
    if not (PRONOUN.search(fact.text) or rest or fact.status == "slipped" or answers) or work:
        return None  # names work of its own (or none at all): matched on its words, if at all ("Can I have till
        # Oct 2nd?")
    if not PRONOUN.search(fact.text) and not rest and not _OWN_TIME.search(fact.text) and fact.evidence and \
            names_match(fact.evidence[0].speaker, fact.owner, people) and \
            not content_stems(fact.text, exclude=[fact.owner]) & _SLIP_STEMS:
        return None  # "Okay, the fourth." from the owner repeats the date someone else just gave for their work:
        # not a new date for the speaker's own item ("Can I have till the 2nd?", "Call it the 27th." are)
    mine = [
        old
        for old in candidates
        if isinstance(old, ActionItem)
        and is_open(old)
        and old.owner
        and (names_match(old.owner, fact.owner, people) or old.owner.startswith(f"{fact.owner}'s "))
        and due_at(old) is not None
        and not _other_referents(old, fact, people)
    ]
    if len(mine) > 1 and rest and today is not None:
        mine = [old for old in mine if (due_at(old) or date.max) <= today]
    if len(mine) > 1 and fact.context:
        # "Sorry, the list didn't go out. Can we push that to Wednesday?": the item the turn names.
        said = content_stems(fact.context, exclude=[fact.owner])
        named = [old for old in mine if content_stems(old.text, exclude=[fact.owner]) & said]
        same_day = [old for old in mine if due_at(old) == fact.due]
        # ("It's not due till Friday." - "You'll have it Friday.": when the turn names none of them, the one item
        # due that very day is the one promised again)
        mine = same_day if len(named) != 1 and len(same_day) == 1 and not rest else named
    if len(mine) == 1 and fact.context and not rest and (asks_other_work(fact.context, _item_words(mine[0], fact.owner),
                                                            [fact.owner]) or _ASKS_WHATS_NEXT.search(fact.context)):
        return None  # ("Rosalind, what's next on your side?" - "... I'll have that done by next Tuesday.": new work)
    if answers and len(mine) == 1 and not (content_stems(fact.context or "", exclude=[fact.owner]) - _DATE_TALK
                                           - _SLIP_STEMS) & content_stems(mine[0].text, exclude=[fact.owner]):
        return None  # the prompt is about something else ("Kemi, anything else?" - "I'll aim for the 27th.")
    then = due_at(mine[0]) if len(mine) == 1 else None
    if then is None or fact.due < then:
        return None
    return mine[0]  # a later date slips it; the same date restates it ("I'll send it out by tomorrow, as planned")


def _restated_answer(
    fact: FactBase,
    candidates: Sequence[FactBase],
    is_open: Callable[[FactBase], bool],
    people: Sequence[Person],
    due_at: Callable[[FactBase], date | None],
) -> FactBase | None:
    """The owner's dated promise answering a prompt that names one of their open items by two of its words, in no
    words but that item's, is that item again ("Cormac, the two consultants for UAT." - "Oh, the consultants, yes.
    I'll email you two names tonight." for "I'll find you two of my consultants, names by Friday"): returned so a
    later date slips it and the same date restates it. None when it names other work, or the prompt fits several."""
    if not isinstance(fact, ActionItem) or fact.due is None or not fact.owner or not fact.context or \
            is_completion(fact) or not fact.evidence or not names_match(fact.evidence[0].speaker, fact.owner, people):
        return None
    from ingest.extraction.dates import DATE_PHRASE  # extraction builds on this module

    said = " ".join(e.quote for e in fact.evidence if names_match(e.speaker, fact.owner, people)) or fact.text
    work = content_stems(DATE_PHRASE.sub(" ", said), exclude=[fact.owner]) - HAND_OVER_STEMS - _SLIP_STEMS - \
        _DATE_TALK - _STATUS_CHECK_STEMS - PART_STEMS
    asked = content_stems(fact.context, exclude=[fact.owner]) - _STATUS_CHECK_STEMS
    mine = [old for old in candidates if isinstance(old, ActionItem) and is_open(old) and old.owner and
            names_match(old.owner, fact.owner, people) and len(_item_words(old, fact.owner) & asked) >= 2]
    if len(mine) != 1 or not work or not work <= _item_words(mine[0], fact.owner):  # (not new work the prompt asks)
        return None
    then = due_at(mine[0])
    return mine[0] if then is None or fact.due >= then else None


# Words around a date that name no work: "I'll aim for the 27th still", "Realistically the 30th", "Same date".
_DATE_TALK = frozenset(content_stems("aim aiming target targeting realistically hopefully probably say same date "
                                     "still now then looking"))


# Words of a status check that name no work: "Any news on your side?", "Kemi, an update on the other one?"
_STATUS_CHECK_STEMS = content_stems("news side update status progress latest point thing item one other anything "
                                    "everything right okay where")


def _item_words(item: ActionItem, owner: str) -> set[str]:
    return content_stems(" ".join([item.text, item.context or "", *(e.quote for e in item.evidence)]),
                         exclude=[owner])


_VAGUE_STEMS = frozenset({"thing", "stuff", "bit", "lot"})


def asks_other_work(prompt: str, work: set[str], names: Sequence[str]) -> bool:
    """The prompt a pronoun promise answers names other work than ``work`` (an open item's words): "We'll need a
    list of who needs a login and what role." - "Yes. I'll get that to you by Friday." is a new item, not a slip
    of the templates the owner promised last week. Needs two words of work, none of them the item's, so a status
    check ("Kemi, the export?", "Any news on your side?", "the overtime, Lucy's rota is waiting on it") still
    reads as asking about the item."""
    # (the one called on, by any short form, is no work: "Shiv, one more thing, the standard tender templates.";
    # nor is "thing")
    prompt = re.sub(r"(?:^|(?<=[.?!]\s))\W*(?-i:[A-Z][a-z]+),\s", " ", prompt)
    said = content_stems(prompt, exclude=list(names)) - _SLIP_STEMS - HAND_OVER_STEMS - _STATUS_CHECK_STEMS - \
        _VAGUE_STEMS - _DUE_TALK
    return len(said) >= 2 and not said & work


# Talk of when work falls due names no work: "It's not due till Friday. I'm not going to complain about something
# that isn't late yet."
_DUE_TALK = frozenset(content_stems("due overdue late yet complain"))


def rebuild(
    facts_by_meeting: dict[str, list[FactBase]],
    meetings: Sequence[Meeting],
    embedder: Embedder | None,
    people: Sequence[Person] = (),
) -> list[FactBase]:
    """Track a whole engagement from scratch, merging meetings in date order."""
    facts: list[FactBase] = []
    for m in sorted(meetings, key=lambda x: (x.date, x.ingested_at)):
        facts = merge_meeting_facts(
            facts, facts_by_meeting.get(m.meeting_id, []), m, embedder, meetings=meetings, people=people
        )
    return facts


# --------------------------------------------------------------------------- ledger


def ledger(facts: Sequence[FactBase], meetings: Sequence[Meeting] = ()) -> list[LedgerEntry]:
    """Each commitment (action item) and blocker with its full history and evidence across meetings."""
    dates = {m.meeting_id: m.date for m in meetings}
    out = []
    for f in facts:
        if not isinstance(f, (ActionItem, Blocker)):
            continue
        created = next((e for e in f.history if e.event == "created"), None)
        first_date = dates.get(f.meeting_id) or (created.at if created else None)
        mids = list(
            dict.fromkeys(
                [
                    f.meeting_id,
                    *(e.meeting_id for e in f.evidence),
                    *(e.meeting_id for e in f.history if e.meeting_id),
                ]
            )
        )
        out.append(
            LedgerEntry(
                fact_id=f.id,
                kind=f.kind,
                text=f.text,
                owner=f.owner,
                side=f.side if isinstance(f, ActionItem) else None,
                waiting_on=f.waiting_on if isinstance(f, Blocker) else None,
                status=f.status,
                due=f.due if isinstance(f, ActionItem) else None,
                original_due=(created.due if created else None) if isinstance(f, ActionItem) else None,
                first_meeting_id=f.meeting_id,
                first_date=first_date,
                meetings=[m for m in mids if m],
                slips=sum(1 for e in f.history if e.event == "slipped"),
                history=list(f.history),
                evidence=list(f.evidence),
            )
        )
    return sorted(out, key=lambda e: (e.first_date or date.min, e.fact_id))


__all__ = [
    "BLOCKING_STEMS",
    "ItemStatus",
    "LedgerEntry",
    "MatchResult",
    "acronyms_spelled_out",
    "asks_other_work",
    "condition_stems",
    "content_stems",
    "is_completion",
    "is_overdue",
    "ledger",
    "match_score",
    "merge_meeting_facts",
    "names_match",
    "other_thing",
    "overdue_days",
    "owners_compatible",
    "rebuild",
    "same_person",
    "state_at",
]
