"""Drafting: status reports per audience, reset-meeting agenda, stakeholder map and WIIFM messages.

Everything is produced offline from templates over the structured evidence. With a chat model, a prose
pass may rewrite the status summary paragraph only; it is discarded when it claims another colour or a date
that is not in the evidence, and the structured part (owners, dates, colours) is never taken from the LLM.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.engines.base import ChatMessage, ChatModel
from assistant.errors import CandorError, InputError, NotFound
from assistant.export import markdown_to_email
from assistant.models import (
    ActionItem,
    Attendance,
    Blocker,
    Decision,
    Evidence,
    FactBase,
    Meeting,
    Mention,
    Person,
    Risk,
    SentimentSignal,
    held_for_check,
    is_commitment,
)
from assistant.referents import with_referent
from assistant.status import (
    FIRST_PERSON_LEAD,
    Colour,
    Context,
    StatusAssessment,
    Trend,
    attendance_rows,
    compute_status,
    counted,
    days_text,
    is_stalling,
    named_task,
    names_and_aliases,
    person_sentiment,
    sentiment_by_person,
    task_phrase,
)
from assistant.storage import Repository, normalise_name
from assistant.tracking import created_closed, done_on, names_match, state_at, superseded_by

PROSE_PROMPT = "report_prose"
Style = Literal["short", "detailed", "dashboard"]

DEFAULT_COMM_PLAN: dict[str, Any] = {
    "objective": "",
    "audiences": {
        # Both get the short note; "sections" makes the sponsor's the shortest (colour, why, what we need, risks,
        # what is next) and the business manager's the plain weekly note (also the overdue items and what was done).
        "sponsor": {
            "style": "short",
            "cadence": "weekly",
            "channel": "email",
            "purpose": "The shortest note: colour, why, what we need from you, risks to watch, what comes next.",
            "sections": ["asks", "risks", "next"],
        },
        "business manager": {
            "style": "short",
            "cadence": "weekly",
            "channel": "email",
            "purpose": "Plain-language weekly note: colour, why, asks, overdue items, risks, done and next.",
            "sections": ["asks", "overdue", "risks", "done", "next"],
        },
        "business lead": {
            "style": "detailed",
            "cadence": "weekly",
            "channel": "email",
            "purpose": "The detailed report: every dimension, item, owner and date.",
        },
        "it sponsor": {
            "style": "dashboard",
            "cadence": "weekly",
            "channel": "email",
            "purpose": "The numbers as a dashboard table.",
        },
    },
}

_COLOUR_WORDS = {
    "red": "red",
    "amber": "amber",
    "yellow": "amber",
    "green": "green",
    "on track": "green",
    "off track": "red",
    "at risk": "amber",
}
_CARE_CUES = re.compile(
    r"\b(need|needs|want|worried|worry|concern|important|priority|care|must|can't|cannot|problem|issue|"
    r"deadline|frustrat\w*|busy|overloaded|swamped|stretched|goal|objective|audit|risk)\b",
    re.I,
)
# Workload statements: only these earn the "a lot on your plate" framing in a WIIFM message.
_OVERLOAD = re.compile(
    r"\b(busy|overloaded|overwhelmed|swamped|stretched|drowning|exhausted|too much|no time|no bandwidth|"
    r"(?:can't|cannot) take (?:on )?(?:any )?more)\b",
    re.I,
)
# Apologies and status excuses say what slipped, not what the person cares about: never quoted as a care.
_EXCUSE = re.compile(
    r"\b(?:sorry|apologi[sz]e\w*|apologies|my bad|not yet|haven't (?:sent|done|finished|had|got)|"
    r"still (?:haven't|not done|not finished|working on)|slipped my mind|will be (?:end of|late|next)|"
    r"(?:i'll|i will) get (?:it|that|them) to you|realistically (?:the |by )?\d|off sick|on leave)\b",
    re.I,
)
# A refusal or a redirect says what someone will not do, not what they care about: "I can't, I'm afraid. Ask the
# CCIO's office, that's really their remit."
_REFUSAL = re.compile(
    r"^\W*(?:(?:no|sorry|look)[,.!]?\s+)?i (?:can't|cannot|won't)\s*[,.!;]|\bi'm afraid\b|"
    r"\b(?:really |more )?(?:their|his|her|your) (?:remit|call|area|department|problem)\b|"
    r"\bnot my (?:remit|call|area|department|problem|job)\b|\bnot (?:for|up to) me\b",
    re.I,
)
# A report of work done ("I signed the DPIA off on Friday", "that's sorted") is news, not a concern; quoted as
# what someone cares about it also contradicts any ask about the same work.
_DONE_REPORT = re.compile(
    r"\b(?:i|we)(?:'ve| have)?\s+(?:just\s+|already\s+|finally\s+)?(?:signed|sent|finished|completed|approved|"
    r"delivered|booked|sorted|submitted|closed|implemented|configured|did|done)\b|"
    r"\b(?:it's|it is|that's|that is|they're|they are|all)\s+(?:now\s+|all\s+)?(?:sorted|done|signed off|"
    r"approved|configured|live|finished|booked|in place)\b|\bcame through\b|\bwent live\b",
    re.I,
)
# "Ravi will ...", "Ravi, could you ...", "Can you ...": the lead-in of an ask addressed to its owner.
_ASK_LEAD = re.compile(
    r"^(?:(?:so|okay|ok|and|then)[,.!]?\s+)*(?:(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)(?:'s team)?,?\s+)?"
    r"(?:(?i:could|can|would|will) you(?: please)?|(?i:please)|(?:will|is going to|'ll|to)(?=\s))\s+(?=[a-z])",
)
_HIGH_ROLE = re.compile(r"sponsor|director|head|chief|vp|vice|cio|cto|ciso|owner|executive", re.I)
_MED_ROLE = re.compile(r"lead|manager|architect", re.I)


# --------------------------------------------------------------------------- models


class AudienceSpec(BaseModel):
    """One audience of the communication plan: which variant it gets, how often and how."""

    model_config = ConfigDict(extra="allow")
    style: Style
    cadence: str = "weekly"
    channel: str = "email"
    purpose: str = ""


class CommPlan(BaseModel):
    """The per-engagement communication plan: the customer's objective and the audiences reported to."""

    model_config = ConfigDict(extra="allow")
    objective: str = ""
    audiences: dict[str, AudienceSpec] = Field(min_length=1)

    @field_validator("objective", mode="before")
    @classmethod
    def _no_objective_is_empty(cls, value: Any) -> Any:
        return "" if value is None else value


def _plan_error(plan: Any, exc: ValidationError) -> InputError:
    """The first problem with a plan, in the PM's terms (which audience, which field, what is allowed)."""
    err = exc.errors()[0]
    loc = [str(part) for part in err["loc"]]
    if loc[:1] == ["audiences"] and len(loc) >= 2:
        name = loc[1]
        if len(loc) == 2:
            return InputError("communication plan", f"audience '{name}' must be an object such as {{\"style\": \"short\"}}")
        if loc[2] == "style":
            got = ((plan.get("audiences") or {}).get(name) or {}).get("style")
            shown = f", not '{got}'" if got is not None else " (missing)"
            return InputError("communication plan", f"audience '{name}' needs style short, detailed or dashboard{shown}")
        return InputError("communication plan", f"audience '{name}': {loc[2]} {err['msg'].lower()}")
    if loc[:1] == ["audiences"] or not loc:
        return InputError("communication plan", "needs an 'audiences' mapping with at least one audience")
    return InputError("communication plan", f"{'.'.join(loc)}: {err['msg'].lower()}")


def parse_comm_plan(text: str) -> dict[str, Any]:
    """A plan typed or uploaded as JSON, parsed with a one-line error (line and column) when it is not JSON."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            "comm_plan", f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    if not isinstance(data, dict):
        raise InputError("communication plan", "must be a JSON object with 'objective' and 'audiences'")
    return data


class Report(BaseModel):
    """A drafted document: Markdown, an email version and the structured data it was built from."""

    kind: Literal["status", "reset_agenda", "wiifm"]
    engagement_id: str
    engagement_name: str
    title: str
    as_of: date
    audience: str | None = None
    style: str | None = None
    since: date | None = None
    markdown: str
    email_subject: str = ""
    email_text: str = ""
    data: dict[str, Any] = Field(default_factory=dict)
    assessment: StatusAssessment | None = None
    prose: Literal["template", "llm"] = "template"
    notes: list[str] = Field(default_factory=list)

    @property
    def slug(self) -> str:
        who = f"-{normalise_name(self.audience)}" if self.audience else ""
        return f"{self.engagement_id}-{self.kind.replace('_', '-')}{who}-{self.as_of.isoformat()}"

    def to_json(self) -> dict[str, Any]:
        """Status reports put the assessment at the top level (overall, computed, dimensions...)."""
        base: dict[str, Any] = self.assessment.to_json() if self.assessment else {}
        base.update(
            {
                "kind": self.kind,
                "engagement": self.engagement_name,
                "audience": self.audience,
                "style": self.style,
                "since": self.since.isoformat() if self.since else None,
                "title": self.title,
                "sections": self.data,
                "markdown": self.markdown,
                "email_subject": self.email_subject,
                "prose": self.prose,
                "notes": self.notes,
            }
        )
        base.setdefault("as_of", self.as_of.isoformat())
        return base


class StakeholderRow(BaseModel):
    name: str
    kind: Literal["person", "team"] = "person"
    side: str | None = None
    role: str | None = None
    influence: str | None = None
    influence_suggested: bool = False
    interest: str | None = None
    interest_suggested: bool = False
    role_suggested: bool = False  # the role is what a meeting said ("our sponsor Karen"), not set by the PM
    expected_attendee: bool = False
    meetings_attended: int = 0
    meetings_held: int = 0
    attendance_rate: float | None = None
    speaking_share: float | None = None
    sentiment_recent: float | None = None
    sentiment_trend: Trend = "unknown"
    open_commitments: int = 0
    open_commitment_ids: list[str] = Field(default_factory=list)
    blockers_waiting_on: int = 0
    quadrant: str = ""
    source: Literal["people", "speaker", "mention"] = "people"


# --------------------------------------------------------------------------- formatting helpers

SHORT_NOTE_ASKS = 3  # the sponsor's short note lists this many asks; the detailed report lists them all


def _short_asks_line(total: int) -> str:
    """The summary sentence about asks in the short note; its count matches the list under it."""
    if total == 1:
        return "We need one thing from the customer side, listed below."
    if total <= SHORT_NOTE_ASKS:
        return f"We need {total} things from the customer side, listed below."
    return (
        f"We need {total} things from the customer side; the top {SHORT_NOTE_ASKS} are listed below "
        "and the rest are in the detailed report."
    )



def fmt_ts(seconds: float) -> str:
    s = max(0, int(seconds))
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def fmt_day(day: date | None) -> str:
    return f"{day.day} {day.strftime('%b')}" if day else "no date"


def _top_risks(risks: list[dict[str, Any]], n: int = 3) -> list[dict[str, Any]]:
    """The open risks to show first: high severity, then the most recently raised (the list is oldest first)."""
    order = {"high": 0, "medium": 1, "low": 2}
    ranked = sorted(enumerate(risks), key=lambda p: (order.get(p[1]["severity"] or "", 3), -p[0]))
    return [r for _, r in ranked[:n]]


def _plain_concern(dimension: str, a: StatusAssessment, m: dict[str, Any]) -> str:
    """One dimension's problem as a sponsor would say it."""
    if dimension == "schedule":
        late = m.get("overdue", 0)
        return f"{late} commitment{'s are' if late != 1 else ' is'} overdue" if late else "dates are slipping"
    if dimension == "blockers":
        n, outside = m.get("open_blockers", 0), m.get("blockers_outside_project", 0)
        text = f"{n} piece{'s' if n != 1 else ''} of work {'are' if n != 1 else 'is'} blocked"
        return text + (f", {outside} of them waiting on parties outside the project" if outside else "")
    if dimension == "engagement":
        top = next((r for r in a.dimensions[dimension].reasons if r.status != "green"), None)
        return _one_line(_first_clause(top.text), 120) if top else "key people are missing from the calls"
    if dimension == "sentiment":
        return "the mood in the calls has turned negative"
    return f"{dimension} needs attention"


# A person who spoke in one of the engagement's last this-many calls is taking part.
RECENT_CALLS = 2


def _director_request(a: dict[str, Any]) -> str:
    """The request to one area: join or name a deputy only for who is missing from the calls or whose part
    blocks the work; someone already in the calls is asked for dates on their open items."""
    who = a["invite"] or a["name"]
    if not a.get("is_person"):
        return (f"- {who}: please name one day-to-day participant for {a['name']} who can attend the working "
                "sessions and act on requests.")
    if a.get("attends") and not a.get("blockers"):
        n = a.get("overdue", 0)
        items = "the overdue item" + ("s" if n != 1 else "") + " above"
        return f"- {who}: already in the calls - please bring an owner and a date for {items}."
    if a.get("attends"):
        return f"- {who}: already in the calls - please bring a date by which the blocked work can start."
    return f"- {who}: please join the weekly working sessions yourself or name a deputy who can act on requests."


# A decision that moves a date: a moving verb and a date-like word ("go-live moves from the 16th to the 23rd",
# "let's push the pilot to next Monday", "cutover postponed to April").
_DATE_WORD = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?|jan\w*|feb\w*|march|apr\w*|may|june?|july?|aug\w*|sept?\w*|oct\w*|nov\w*|"
    r"dec\w*|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*|(?:next|this|the following) (?:week|month)|"
    r"(?:twenty|thirty)-\w+|\w+(?:teenth|tieth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|q[1-4])\b"
)
_DATE_MOVE = re.compile(
    r"\b(?:mov(?:e|es|ed|ing)|push(?:es|ed|ing)?|slip(?:s|ped)?|postpon\w+|delay\w*|defer\w*|reschedul\w+|"
    r"brought forward|bring(?:ing)? forward|pull(?:s|ed)? (?:in|forward)|shift(?:s|ed)?)\b"
    # ... then, within a few words, to/from/until a date: "moves from the 16th to Monday the 23rd"
    r"[^.;]{0,50}?\b(?:to|from|until|till|into|back to|out to)\s+(?:the\s+|a\s+|monday\s+the\s+)?" + _DATE_WORD,
    re.I,
)


def _moves_a_date(text: str) -> bool:
    return bool(_DATE_MOVE.search(text))


def _clip(text: str, limit: int) -> str:
    """One line of at most ``limit`` characters, its final full stop dropped (an ellipsis kept)."""
    line = _one_line(text, limit)
    return line if line.endswith(("...", "\u2026")) else line.rstrip(" .")


def _summary_lead(data: dict[str, Any]) -> list[str]:
    """What a reader needs first, in this order: decisions that move a date (latest first), overdue customer
    commitments oldest first with their age (any overdue commitment, oldest first, when no side is recorded),
    then open blockers with the party each waits on, longest waiting first. Each at most SUMMARY_LEAD items."""
    out: list[str] = []
    moves = [r for r in data["decisions"] if _moves_a_date(r["text"]) and not r.get("superseded_on")]
    if moves:
        out.append("Date moved: " + "; ".join(
            _clip(r["text"], 110) + (f" (decided {fmt_day(date.fromisoformat(r['on']))})"
                                                       if r.get("on") else "")
            for r in reversed(moves[-SUMMARY_LEAD:])) + ".")
    late = [r for r in data["next_steps"] if r.get("overdue_days")]
    customer = [r for r in late if r.get("side") == "customer"]
    unknown = [r for r in late if not r.get("side")]
    rows, label = (customer, "Overdue customer commitments") if customer else (
        (unknown, "Overdue commitments") if unknown else ([], ""))
    if rows:
        rows = sorted(rows, key=lambda r: -r["overdue_days"])
        out.append(f"{label}: " + "; ".join(
            f"{r['owner'] or 'no owner named'} - {_one_line(r['task'], 80)} ({days_text(r['overdue_days'])} overdue)"
            for r in rows[:SUMMARY_LEAD]) + (f" (and {len(rows) - SUMMARY_LEAD} more)" if len(rows) > SUMMARY_LEAD
                                               else "") + ".")
    blocked = [r for r in data["asks"] if str(r.get("what", "")).startswith("unblock: ")]
    if blocked:
        blocked = sorted(blocked, key=lambda r: -(r.get("days") or 0))
        out.append("Blocked: " + "; ".join(
            f"{_clip(r['what'].removeprefix('unblock: '), 80)} - waiting on "
            f"{r['who'] if r.get('named', True) else 'a party nobody named'}"
            + (f" ({days_text(r['days'])})" if r.get("days") else "")
            for r in blocked[:SUMMARY_LEAD]) + (f" (and {len(blocked) - SUMMARY_LEAD} more)"
                                                 if len(blocked) > SUMMARY_LEAD else "") + ".")
    return out


def _one_line(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 3].rstrip()
    # A cut inside brackets would leave "(27 Oct, 3 Nov..." open: end before the open bracket if that keeps
    # most of the line, else close it.
    opened = _open_bracket(cut)
    if opened is not None and opened >= limit // 2:
        return cut[:opened].rstrip(" ,;:") + "..."
    return cut + "..." + (")" if opened is not None else "")


def _open_bracket(text: str) -> int | None:
    """Where the outermost bracket still open at the end of ``text`` starts; None when all are closed."""
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            stack.pop()
    return stack[0] if stack else None


def _first_clause(text: str) -> str:
    """The text up to its first ';' outside brackets ("X not heard (27 Oct; nobody said...); attended 1 of 6"
    -> "X not heard (27 Oct; nobody said...)")."""
    depth = 0
    for i, ch in enumerate(text):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == ";" and depth <= 0:
            return text[:i]
    return text


def _end(text: str) -> str:
    """``text`` as the end of a sentence: one full stop, never two ("...SSO groups.." or "5th. (was due)")."""
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", "...")) else text + "."




_FIRST_PERSON_START = re.compile(r"^(?:(?:so|okay|ok|yes|yeah|and|well)[,.!]?\s+)*(?:i|we|my|our|i'm|we're|i've|we've)\b",
                                 re.IGNORECASE)


def current_text(fact: FactBase) -> str:
    """An item's words for a line that shows its current date: a slipped item without the date it first had."""
    return undated(fact.text) if any(e.event == "slipped" for e in fact.history) else fact.text


def undated(text: str) -> str:
    """The item without the deadline it was first given ("Deliver the POS extract by November 5th." -> "Deliver
    the POS extract."), for lines that append the current date themselves (a slipped item read "... by November
    5th by 30 Nov")."""
    from ingest.extraction.dates import DATE_PHRASE

    pattern = rf"\s*,?\s*\b(?:by|on|before|until|till|no later than)\s+(?:the\s+)?(?:{DATE_PHRASE.pattern})"
    out = re.sub(pattern, "", text, flags=re.IGNORECASE).strip()
    return out if len(out.split()) >= 2 else text


def ask_for(text: str, owner: str | None, *, capital: bool = False) -> str:
    """An open item of ``owner`` as a task addressed to them: "Ravi will send the list by Friday." -> "send the
    list by Friday", "Ravi, could you send me the mapping?" -> "send me the mapping", "I'll get it to you by
    Wednesday." (said by the owner) -> "get it to us by Wednesday". Text it cannot rephrase is kept as is."""
    t = text.strip()
    # "I need to do a review. I'll finish the review by the 6th.": the sentence that commits is the task.
    sentences = [x for x in re.split(r"(?<=[.!?])\s+", t) if x]
    committing = [x for x in sentences if FIRST_PERSON_LEAD.match(x)]
    if len(sentences) > 1 and committing:
        t = committing[-1]
    phrased = task_phrase(t)
    if phrased != t:  # the owner's own words: "you" there was the vendor side
        phrased = re.sub(r"\b(to|with|for) you\b", r"\1 us", phrased)
    else:
        m = _ASK_LEAD.match(t)
        first = {w.casefold() for w in (owner or "").split()[:1]}
        if m and (not m.group("name") or names_match(m.group("name"), owner or "") or
                  m.group("name").split()[0].casefold() in first):
            phrased = t[m.end():]
    phrased = phrased.rstrip(" ?.")
    if phrased == t.rstrip(" ?."):
        if _FIRST_PERSON_START.match(t):
            # "X to I need to ..." does not read: quote the owner's words as the thing to follow up.
            return f'follow up on "{t.rstrip(" .")}"'
        return t.rstrip(" .")
    return (phrased[:1].upper() if capital else phrased[:1].lower()) + phrased[1:]


def _asked(f: FactBase, text: str, people: Sequence[Person], *, capital: bool = False) -> str:
    """ask_for of the item's words, a bare "it" named from its context ("send [the field list] to us")."""
    return with_referent(ask_for(text, f.owner, capital=capital), f.context, names_and_aliases(people))


SUMMARY_DECISIONS = 2  # the latest decisions of the period named in the summary
SUMMARY_LEAD = 3  # date moves, overdue customer commitments and blockers named first in the summary


def _reported_only(f: FactBase) -> bool:
    """An item first heard of as done ("I set up an SFTP account for Orrin last week"), or said in passing and
    doubtful as a commitment ("I'll tell the governors it was Northgrid's idea."): work reported, not a commitment
    kept, so the report lists it after the ones that were."""
    if held_for_check(f):
        return True
    return isinstance(f, ActionItem) and created_closed(f) is not None and not any(e.event == "done" for e in f.history)


def _done_line(f: FactBase, on: date | None, people: Sequence[Person] = ()) -> str:
    """What was closed, in the report's words: "Lena Fischer: have the permit extract to you (15 Oct)", not
    the promise "I'll have the permit extract to you by Friday." followed by its owner."""
    when = f" ({fmt_day(on)})" if on else ""
    if isinstance(f, Blocker):
        was = f", was waiting on {f.waiting_on}" if f.waiting_on else ""
        return f"Unblocked{was}: {f.text.rstrip(' .')}{when}"
    if isinstance(f, Risk):
        return f"Risk closed: {f.text.rstrip(' .')}{when}"
    task = undated(named_task(f, people))
    return f"{f.owner}: {task}{when}" if f.owner else f"{task[:1].upper()}{task[1:]}{when}"


def _md_cell(text: str) -> str:
    return text.replace("|", "/").replace("\n", " ")


def _without_article(name: str) -> str:
    """'the firewall team' -> 'firewall team', so templates that add their own article don't say 'the the'."""
    return re.sub(r"^(?:the|our|their|your)\s+", "", name.strip(), flags=re.IGNORECASE)


def _norm_audience(name: str) -> str:
    return " ".join(re.sub(r"[_\-]+", " ", name).casefold().split())


class _Cite:
    def __init__(self, meetings: Sequence[Meeting]):
        self.meetings = {m.meeting_id: m for m in meetings}

    def one(self, ev: Evidence) -> str:
        m = self.meetings.get(ev.meeting_id)
        speaker = m.speaker_name(ev.speaker) if m else ev.speaker
        when = fmt_day(m.date) if m else ev.meeting_id
        # a plain-text transcript without timestamps has estimated times, never said: cite its turn
        at = fmt_ts(ev.start) if m is None or m.timed else f"turn {ev.segment_id + 1}"
        return f"{speaker}, {when} {at}"

    def many(self, evidence: Sequence[Evidence], limit: int = 2) -> str:
        seen: list[str] = []
        for ev in evidence:
            c = self.one(ev)
            if c not in seen:
                seen.append(c)
        if not seen:
            return "(no recorded evidence)"
        more = f"; +{len(seen) - limit} more" if len(seen) > limit else ""
        return "(" + "; ".join(seen[:limit]) + more + ")"


# --------------------------------------------------------------------------- service


class DraftingService:
    def __init__(self, repo: Repository, chat: ChatModel | None = None):
        self.repo = repo
        self.chat = chat

    # ------------------------------------------------------------------ communication plan

    def get_comm_plan(self, engagement_id: str) -> dict[str, Any]:
        """The engagement's communication plan, seeded with the defaults the first time."""
        plan = self.repo.read_doc(engagement_id, "comm_plan")
        if plan is None:
            plan = copy.deepcopy(DEFAULT_COMM_PLAN)
            with self.repo.lock(engagement_id):
                self.repo.write_doc(engagement_id, "comm_plan", plan)
        return plan

    def set_comm_plan(self, engagement_id: str, plan: dict[str, Any]) -> dict[str, Any]:
        """Replace the plan after checking it: every audience needs a style of short|detailed|dashboard.

        A plan that does not validate raises InputError and the stored plan is left as it was.
        """
        if not isinstance(plan, dict):
            raise InputError("communication plan", "must be a JSON object with 'objective' and 'audiences'")
        try:
            checked = CommPlan.model_validate(plan)
        except ValidationError as exc:
            raise _plan_error(plan, exc) from None
        clean: dict[str, Any] = {}
        for name, spec in checked.audiences.items():
            key = _norm_audience(name)
            if not key:
                raise InputError("communication plan", "an audience needs a name")
            if key in clean:
                raise InputError("communication plan", f"audience '{key}' is listed twice")
            clean[key] = spec.model_dump(mode="json")
        out = {**checked.model_dump(mode="json"), "audiences": clean}
        with self.repo.lock(engagement_id):
            self.repo.write_doc(engagement_id, "comm_plan", out)
        return out

    def set_comm_plan_json(self, engagement_id: str, text: str) -> dict[str, Any]:
        """Replace the plan from JSON text (the CLI's --file, the UI's editor); bad input changes nothing."""
        return self.set_comm_plan(engagement_id, parse_comm_plan(text))

    def edit_comm_plan(
        self,
        engagement_id: str,
        *,
        objective: str | None = None,
        audience: str | None = None,
        remove: str | None = None,
        **fields: str | None,
    ) -> dict[str, Any]:
        """Change part of the plan: the objective, one audience's fields (style, cadence, channel, purpose;
        a new audience needs a style) or remove an audience. All changes are checked before anything is stored.
        """
        unknown = set(fields) - {"style", "cadence", "channel", "purpose"}
        if unknown:
            raise InputError("communication plan", f"unknown audience field(s): {', '.join(sorted(unknown))}")
        plan = copy.deepcopy(self.get_comm_plan(engagement_id))
        if objective is not None:
            plan["objective"] = objective
        if audience is not None:
            key = _norm_audience(audience)
            plan["audiences"][key] = {
                **plan["audiences"].get(key, {}),
                **{k: v for k, v in fields.items() if v is not None},
            }
        if remove is not None:
            key = _norm_audience(remove)
            if key not in plan["audiences"]:
                known = ", ".join(sorted(plan["audiences"]))
                raise NotFound(f"audience '{remove}' is not in the communication plan (known: {known})")
            del plan["audiences"][key]
        return self.set_comm_plan(engagement_id, plan)

    def _audience(self, engagement_id: str, audience: str) -> tuple[str, dict[str, Any]]:
        plan = self.get_comm_plan(engagement_id)
        key = _norm_audience(audience)
        spec = plan["audiences"].get(key)
        if spec is None:
            known = ", ".join(sorted(plan["audiences"]))
            raise NotFound(f"audience '{audience}' is not in the communication plan (known: {known})")
        return key, spec

    # ------------------------------------------------------------------ loading

    def _load(self, engagement_id: str) -> tuple[str, list[FactBase], list[Meeting], list[Person]]:
        eng = self.repo.get_engagement(engagement_id)
        return (
            eng.name,
            self.repo.load_facts(eng.id),
            self.repo.list_meetings(eng.id),
            self.repo.load_people(eng.id),
        )

    def _last_report(self, engagement_id: str, audience: str, before: date) -> date | None:
        doc = self.repo.read_doc(engagement_id, "reports", default={}) or {}
        raw = (doc.get("last") or {}).get(audience)
        if not raw:
            return None
        day = date.fromisoformat(raw)
        return day if day < before else None

    def _record_report(self, engagement_id: str, audience: str, assessment: StatusAssessment) -> None:
        with self.repo.lock(engagement_id):
            doc = self.repo.read_doc(engagement_id, "reports", default={}) or {}
            last = doc.setdefault("last", {})
            previous = last.get(audience)
            if previous is None or date.fromisoformat(previous) <= assessment.as_of:
                last[audience] = assessment.as_of.isoformat()
            doc.setdefault("history", []).append(
                {
                    "audience": audience,
                    "as_of": assessment.as_of.isoformat(),
                    "overall": assessment.overall,
                    "computed": assessment.computed,
                    "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
                }
            )
            doc["history"] = doc["history"][-200:]
            self.repo.write_doc(engagement_id, "reports", doc)

    # ------------------------------------------------------------------ status report

    def status_report(
        self,
        engagement_id: str,
        audience: str,
        as_of: date,
        since: date | None = None,
        override: Colour | None = None,
        *,
        record: bool = True,
    ) -> Report:
        """An honest status report for one audience of the communication plan."""
        name, facts, meetings, people = self._load(engagement_id)
        key, spec = self._audience(engagement_id, audience)
        style: Style = spec["style"]
        notes: list[str] = []
        if since is None:
            since = self._last_report(engagement_id, key, as_of)
            if since is not None:
                notes.append(f"Covering the period since the last {key} report ({since.isoformat()}).")
        if since is None:
            known = [m.date for m in meetings if m.date <= as_of]
            since = (min(known) - timedelta(days=1)) if known else as_of - timedelta(days=14)
        if since > as_of:
            raise InputError("--since", f"{since.isoformat()} is after the report date {as_of.isoformat()}")
        assessment = compute_status(engagement_id, facts, meetings, people, as_of, (since, as_of), override)
        ctx = Context(facts, meetings, people, as_of, (since, as_of))
        cite = _Cite(meetings)
        data = self._status_sections(ctx, assessment, cite, since)
        summary = self._summary_text(name, assessment, data, style)
        data["summary"] = summary
        prose_used = False
        if self.chat is not None:
            prose, note = self._prose_pass(name, summary, assessment, data, key)
            notes.append(note)
            if prose is not None:
                data["summary"] = prose
                prose_used = True
        else:
            notes.append("Summary from the offline template (no LLM configured).")
        if style == "short":
            md = self._render_short(name, as_of, assessment, data, spec.get("sections"))
        elif style == "dashboard":
            md = self._render_dashboard(name, as_of, assessment, data)
        else:
            md = self._render_detailed(name, as_of, since, assessment, data)
        subject = f"{name} status {fmt_day(as_of)}: {assessment.overall.upper()}"
        report = Report(
            kind="status",
            engagement_id=engagement_id,
            engagement_name=name,
            title=f"{name} status report for {key}",
            as_of=as_of,
            audience=key,
            style=style,
            since=since,
            markdown=md,
            email_subject=subject,
            email_text=f"Subject: {subject}\n\n" + markdown_to_email(md),
            data=data,
            assessment=assessment,
            prose="llm" if prose_used else "template",
            notes=notes,
        )
        if record:
            self._record_report(engagement_id, key, assessment)
        return report

    def _status_sections(
        self, ctx: Context, assessment: StatusAssessment, cite: _Cite, since: date
    ) -> dict[str, Any]:
        as_of = ctx.as_of
        dims = {
            name: {
                "status": d.status,
                "reasons": [
                    {
                        "text": r.text,
                        "status": r.status,
                        "fact_ids": r.fact_ids,
                        "cite": cite.many(r.evidence) if r.evidence else "",
                    }
                    for r in d.reasons
                ],
            }
            for name, d in assessment.dimensions.items()
        }
        done: list[dict[str, Any]] = []
        next_steps: list[dict[str, Any]] = []
        to_check: list[dict[str, Any]] = []  # said like a promise, doubtful as one: for the PM to confirm or delete
        asks: list[dict[str, Any]] = []
        risks: list[dict[str, Any]] = []
        decisions: list[dict[str, Any]] = []
        for f in ctx.facts:
            status, due = state_at(f, as_of)
            if isinstance(f, (ActionItem, Blocker)) or (isinstance(f, Risk) and status == "closed" and f.history and
                                                          f.history[0].note != "status=closed"):
                # A risk raised earlier and closed in the period is news; a closure nobody raised first is not.
                closed = [e for e in f.history if e.event == "done" and since < e.at <= as_of]
                on = done_on(f) or (ctx.fact_date(f) if status in ("done", "resolved") and not f.history else None)
                if status in ("done", "resolved", "closed") and since < (on or date.min) <= as_of:
                    ev = [e for c in closed for e in c.evidence] or f.evidence
                    done.append(
                        {
                            "fact_id": f.id,
                            "kind": f.kind,
                            "text": f"Risk closed: {f.text}" if isinstance(f, Risk) else f.text,
                            "line": _done_line(f, on, ctx.people),
                            "owner": f.owner,
                            "on": on.isoformat() if on else None,
                            "cite": cite.many(ev),
                            "reported_only": _reported_only(f),
                        }
                    )
            if isinstance(f, ActionItem) and status in ("open", "slipped") and held_for_check(f):
                to_check.append({"fact_id": f.id, "text": f.text, "owner": f.owner, "cite": cite.many(f.evidence)})
            if isinstance(f, ActionItem) and status in ("open", "slipped") and is_commitment(f):
                late = (as_of - due).days if due and due < as_of else 0
                row = {
                    "fact_id": f.id,
                    "text": f.text,
                    # the line reads "Priya: send the change request by Friday", not "Priya: I will send ..."
                    "task": named_task(f, ctx.people, current_text(f)),
                    "owner": f.owner,
                    "due": due.isoformat() if due else None,
                    "status": status,
                    "overdue_days": late,
                    "side": ctx.side_of(f),
                    "cite": cite.many(f.evidence),
                }
                next_steps.append(row)
                if late and ctx.side_of(f) == "customer":
                    asks.append(
                        {
                            "who": f.owner or "customer (owner not named)",
                            "fact_id": f.id,
                            "what": f"{_asked(f, current_text(f), ctx.people)} (was due {fmt_day(due)}, "
                                    f"{days_text(late)} ago)",
                            "cite": cite.many(f.evidence),
                        }
                    )
            elif isinstance(f, Blocker) and status == "open":
                who = f.waiting_on or f.owner or "someone to be named"
                raised = ctx.fact_date(f)
                asks.insert(
                    0,
                    {
                        "who": who,
                        "fact_id": f.id,
                        "what": f"unblock: {f.text}",
                        "days": (as_of - raised).days if raised else None,
                        "named": bool(f.waiting_on or f.owner),
                        "outside": not ctx.inside(f.waiting_on),
                        "cite": cite.many(f.evidence),
                    },
                )
            elif isinstance(f, Risk) and status == "open":
                risks.append(
                    {
                        "fact_id": f.id,
                        "text": f.text,
                        "owner": f.owner,
                        "severity": f.severity,
                        "cite": cite.many(f.evidence),
                    }
                )
            elif isinstance(f, Decision) and since < (ctx.fact_date(f) or as_of) <= as_of:
                on = ctx.fact_date(f)
                later = superseded_by(f)  # a later decision changed it by the report date: shown as replaced
                decisions.append(
                    {"fact_id": f.id, "text": f.text, "owner": f.owner, "cite": cite.many(f.evidence),
                     "on": on.isoformat() if on else None,
                     "superseded_on": later.at.isoformat() if later and later.at <= as_of else None}
                )
        next_steps.sort(key=lambda r: (r["due"] is None, r["due"] or "", r["fact_id"]))
        done.sort(key=lambda r: r["reported_only"])  # commitments kept and waits cleared first
        return {
            "overall": assessment.overall,
            "computed": assessment.computed,
            "override": assessment.override,
            "override_note": assessment.override_note,
            "dimensions": dims,
            "metrics": assessment.metrics,
            "done": done,
            "next_steps": next_steps,
            "to_check": to_check,
            "asks": asks,
            "risks": risks,
            "decisions": decisions,
        }

    def _summary_text(self, name: str, a: StatusAssessment, data: dict[str, Any], style: str) -> str:
        m = a.metrics
        if a.insufficient_evidence:
            return (
                f"No meetings are on record for {name} as of {fmt_day(a.as_of)}, so there is no evidence yet; "
                f"the {a.overall.upper()} colour reflects missing evidence, not project health."
            )
        lines = [f"Overall {name} is {a.overall.upper()}"]
        if a.override and a.override != a.computed:
            lines[0] += f" by PM override; the evidence alone says {a.computed.upper()}"
        lines[0] += "."
        lines.extend(_summary_lead(data))
        bad = [(k, d) for k, d in a.dimensions.items() if d.status != "green"]
        if bad and style == "short":
            # A note for a sponsor or manager: what is wrong in plain words, no rule weights, nobody's mood score.
            lines.append("What is behind it: " + "; ".join(_plain_concern(k, a, m) for k, _ in bad) + ".")
        elif bad:
            parts = []
            for k, d in bad:
                top = next((r for r in d.reasons if r.status == d.status), d.reasons[0])
                parts.append(f"{k} is {d.status} ({_one_line(top.text, 120)})")
            lines.append("Concerns: " + "; ".join(parts) + ".")
        else:
            lines.append(
                "All four dimensions (schedule, blockers, engagement, sentiment) are green on the evidence."
            )
        others = [r for r in data["decisions"] if not _moves_a_date(r["text"])  # date moves lead the summary
                  and not r.get("superseded_on")]
        if others:
            # A decision such as a moved go-live is what a reader most needs and was only at the report's end.
            recent = [_one_line(r["text"], 100).rstrip(" .") for r in others[-SUMMARY_DECISIONS:]]
            more = len(others) - len(recent)
            lines.append("Decided in the period: " + "; ".join(recent)
                         + (f" (and {counted(more, 'earlier decision')})." if more else "."))
        lines.append(
            f"{counted(m['done_in_period'], 'item')} done in the period, {m['open_commitments']} open, "
            f"{m['overdue']} overdue, {counted(m['open_blockers'], 'open blocker')} across "
            f"{counted(m['meetings'], 'meeting')}."
        )
        if style == "short" and data["asks"]:
            lines.append(_short_asks_line(len(data["asks"])))
        return " ".join(lines)

    # ------------------------------------------------------------------ LLM prose pass

    def _prose_pass(
        self, name: str, draft: str, a: StatusAssessment, data: dict[str, Any], audience: str
    ) -> tuple[str | None, str]:
        """Let the LLM rewrite the summary; (prose or None, note). Never raises for LLM trouble."""
        try:
            from assistant.prompts import load_prompt
        except ImportError:
            return None, "LLM prose skipped: prompt loader assistant/prompts.py is not available."
        try:
            prompt = load_prompt(PROSE_PROMPT)
            facts = json.dumps(
                {
                    "draft_summary": draft,
                    **{k: data[k] for k in ("dimensions", "metrics", "asks", "next_steps")},
                },
                default=str,
            )[:8000]
            colour = (
                f"Overall status is {a.overall.upper()} (computed from evidence: {a.computed.upper()}). "
                "Rewrite only the summary paragraph, keep this colour, in at most five sentences."
            )
            period = f"{a.period[0].isoformat()} to {a.period[1].isoformat()}"
            messages: list[ChatMessage] = prompt.render(
                engagement_name=name, audience=audience, period=period, facts=facts, colour=colour
            )
        except CandorError as exc:
            return None, f"LLM prose skipped: {exc}"
        before = json.dumps(data, sort_keys=True, default=str)
        try:
            assert self.chat is not None
            prose = self.chat.complete(messages).strip()
        except CandorError as exc:
            return None, f"LLM prose failed, template kept: {exc}"
        problem = verify_prose(prose, a, data)
        if json.dumps(data, sort_keys=True, default=str) != before:
            problem = "structured data changed during the prose pass"
        if problem:
            return None, f"LLM prose discarded, template kept: {problem}."
        return (
            prose,
            f"Summary rewritten by {self.chat.name}; facts, owners, dates and colours from the evidence.",
        )

    # ------------------------------------------------------------------ renderers

    def _dimension_lines(self, data: dict[str, Any]) -> list[str]:
        out = []
        for k, d in data["dimensions"].items():
            out.append(f"- **{k.capitalize()}: {d['status'].upper()}**")
            for r in d["reasons"]:
                out.append(f"  - {r['text']} {r['cite']}".rstrip())
        return out

    def _override_lines(self, data: dict[str, Any]) -> list[str]:
        if not data.get("override_note"):
            return []
        prefix = "**Warning:** " if data["override"] and data["override"] != data["computed"] else ""
        return [f"> {prefix}{data['override_note']}", ""]

    def _render_detailed(self, name: str, as_of: date, since: date, a: StatusAssessment, data: dict) -> str:
        md = [f"# {name}: status report, {fmt_day(as_of)} {as_of.year}", ""]
        md.append(
            f"**Overall: {a.overall.upper()}** (computed from evidence: {a.computed.upper()}) - period "
            f"{fmt_day(since)} to {fmt_day(as_of)}"
        )
        md.append("")
        md += self._override_lines(data)
        md += ["## Summary", "", data["summary"], "", "## Status by dimension", ""]
        md += self._dimension_lines(data)
        md += ["", f"## Done since {fmt_day(since)}", ""]
        kept = [r for r in data["done"] if not r["reported_only"]]
        also = [r for r in data["done"] if r["reported_only"]]
        md += [f"- {_one_line(r['line'])} {r['cite']}" for r in kept] or (
            ["- No commitment closed in this period."] if also else ["- Nothing recorded as done in this period."])
        if also:
            md += ["", "Also reported done, with no commitment recorded before:", ""]
            md += [f"- {_one_line(r['line'])} {r['cite']}" for r in also]
        md += ["", "## Next steps", ""]
        for r in data["next_steps"]:
            due = f"due {fmt_day(date.fromisoformat(r['due']))}" if r["due"] else "no date set"
            late = f", **overdue {days_text(r['overdue_days'])}**" if r["overdue_days"] else ""
            slip = ", slipped" if r["status"] == "slipped" else ""
            md.append(
                f"- {r['owner'] or 'Owner not named'}: {_one_line(r['task'])} ({due}{late}{slip}) {r['cite']}"
            )
        if not data["next_steps"]:
            md.append("- No open commitments recorded.")
        if data["to_check"]:
            md += ["", "Said in passing, maybe not commitments (not counted above; confirm or delete each):", ""]
            md += [f"- {r['owner'] or 'Owner not named'}: {_one_line(r['text'])} (`{r['fact_id']}`) {r['cite']}"
                   for r in data["to_check"]]
        md += ["", "## Blockers and asks", ""]
        for r in data["asks"]:
            where = " (outside the project)" if r.get("outside") else ""
            md.append(f"- **{r['who']}**{where} to {_one_line(r['what'])} {r['cite']}")
        if not data["asks"]:
            md.append("- No open blockers or overdue customer commitments.")
        md += ["", "## Risks", ""]
        md += [
            f"- {_one_line(r['text'])}"
            + (f" (severity {r['severity']})" if r["severity"] else "")
            + f" {r['cite']}"
            for r in data["risks"]
        ] or ["- No open risks recorded."]
        md += ["", "## Decisions", ""]
        md += [f"- {_one_line(r['text'])}" + (f" (superseded on {r['superseded_on']})" if r.get("superseded_on") else "")
               + f" {r['cite']}" for r in data["decisions"]] or [
            "- No decisions recorded in this period."
        ]
        return "\n".join(md).rstrip() + "\n"

    def _render_short(
        self, name: str, as_of: date, a: StatusAssessment, data: dict, sections: Sequence[str] | None = None
    ) -> str:
        """The short note. ``sections`` (from the audience's plan entry) picks what follows the summary, in a
        fixed order: overdue, asks, risks, done, next; all of them when the plan does not say."""
        show = set(sections) if sections else {"asks", "overdue", "risks", "done", "next"}
        md = [f"# {name}: weekly note, {fmt_day(as_of)}", "", f"**Status: {a.overall.upper()}**", ""]
        md += self._override_lines(data)
        md += [data["summary"], ""]
        late = sorted((r for r in data["next_steps"] if r["overdue_days"]), key=lambda r: -r["overdue_days"])
        if "overdue" in show and late:
            md += ["**Overdue**", ""]
            md += [
                f"- {r['owner'] or 'Owner not named'}: {_one_line(r['task'], 120)} (was due "
                f"{fmt_day(date.fromisoformat(r['due']))}, {days_text(r['overdue_days'])} late) {r['cite']}"
                for r in late[:SHORT_NOTE_ASKS]
            ]
            if len(late) > SHORT_NOTE_ASKS:
                md.append(f"- ...and {len(late) - SHORT_NOTE_ASKS} more in the detailed report.")
            md.append("")
        if "asks" in show and data["asks"]:
            md += ["**What we need from you**", ""]
            shown = data["asks"][:SHORT_NOTE_ASKS]
            md += [f"- {r['who']} to {_one_line(r['what'], 120)} {r['cite']}" for r in shown]
            if len(data["asks"]) > len(shown):
                md.append(f"- ...and {len(data['asks']) - len(shown)} more in the detailed report.")
            md.append("")
        if "risks" in show and data["risks"]:
            md += ["**Risks to watch**", ""]
            md += [f"- {_one_line(r['text'], 140)} {r['cite']}" for r in _top_risks(data["risks"])]
            md.append("")
        if "done" in show:
            md += ["**Done**", ""]
            md += [f"- {_one_line(r['line'], 120)} {r['cite']}" for r in data["done"][:3]] or [
                "- Nothing new closed."
            ]
            md.append("")
        if "next" in show:
            # What comes next is what is due from today on, soonest first; overdue items are not "next" (they
            # are counted in the summary and listed under Overdue or the asks).
            upcoming = _upcoming(data["next_steps"])
            md += ["**Next**", ""]
            md += [
                f"- {r['owner'] or 'Owner not named'}: "
                f"{_one_line(undated(r['task']) if r['due'] else r['task'], 120)}"
                + (f" by {fmt_day(date.fromisoformat(r['due']))}" if r["due"] else " (no date set)")
                + f" {r['cite']}"
                for r in upcoming[:SHORT_NOTE_ASKS]
            ] or [f"- Nothing open is due from {fmt_day(as_of)} on" + (" (the overdue items are above)."
                                                                      if late else ".")]
        return "\n".join(md).rstrip() + "\n"

    def _render_dashboard(self, name: str, as_of: date, a: StatusAssessment, data: dict) -> str:
        m = data["metrics"]
        md = [
            f"# {name}: dashboard, {fmt_day(as_of)}",
            "",
            f"**Overall: {a.overall.upper()}** (computed {a.computed.upper()})",
            "",
        ]
        md += self._override_lines(data)
        md += ["| Dimension | Status | Main reason |", "|---|---|---|"]
        for k, d in data["dimensions"].items():
            top = next((r for r in d["reasons"] if r["status"] == d["status"]), d["reasons"][0])
            md.append(
                f"| {k.capitalize()} | **{d['status'].upper()}** | {_md_cell(_one_line(top['text'], 100))} "
                f"{top['cite']} |"
            )
        md += ["", "| Measure | Value |", "|---|---|"]
        labels = {
            "meetings": "Meetings on record",
            "open_commitments": "Open commitments",
            "overdue": "Overdue",
            "slipped": "Slipped",
            "done_in_period": "Done in period",
            "open_blockers": "Open blockers",
            "blockers_outside_project": "Blockers waiting outside the project",
        }
        md += [f"| {label} | {m.get(key, 0)} |" for key, label in labels.items()]
        late = [r for r in data["next_steps"] if r["overdue_days"]]
        if late:
            md += ["", "| Owner | Overdue item | Due | Days late | Evidence |", "|---|---|---|---|---|"]
            for r in late:
                md.append(
                    f"| {r['owner'] or '-'} | {_md_cell(_one_line(r['task'], 80))} | "
                    f"{fmt_day(date.fromisoformat(r['due']))} | {r['overdue_days']} | {r['cite'].strip('()')} |"
                )
        if data["risks"]:
            md += ["", "| Open risk | Severity | Evidence |", "|---|---|---|"]
            md += [f"| {_md_cell(_one_line(r['text'], 100))} | {r['severity'] or '-'} | {r['cite'].strip('()')} |"
                   for r in _top_risks(data["risks"], 5)]
        md += ["", data["summary"]]
        return "\n".join(md).rstrip() + "\n"

    # ------------------------------------------------------------------ reset agenda

    def reset_agenda(self, engagement_id: str, as_of: date) -> Report:
        """A blame-free reset meeting: integrated team, areas whose support is needed, decisions, invitation."""
        name, facts, meetings, people = self._load(engagement_id)
        plan = self.get_comm_plan(engagement_id)
        stalling, signals = is_stalling(engagement_id, facts, meetings, people, as_of)
        history = (self.repo.read_doc(engagement_id, "reports", default={}) or {}).get("history", [])
        # One report per as-of day (the last one drafted): regenerating a report, or drafting it for several
        # audiences, is still one period; and an engagement with no meetings has no evidence of stalling.
        by_day = {h["as_of"]: h for h in history if h["as_of"] <= as_of.isoformat()}
        recent = [by_day[day] for day in sorted(by_day)][-2:]
        if meetings and len(recent) == 2 and all(h["computed"] != "green" for h in recent):
            signals.append(
                f"the last two status reports were {recent[0]['computed']} and {recent[1]['computed']}"
            )
            stalling = True
        ctx = Context(facts, meetings, people, as_of, (as_of - timedelta(days=14), as_of))
        cite = _Cite(meetings)
        areas = self._support_areas(ctx, cite)
        sponsor = next(
            (p for p in people if p.role and "sponsor" in p.role.casefold() and p.side != "vendor"), None
        )
        # The invitation goes out from a customer-side contact who is in the calls: an absent sponsor who has
        # not replied for weeks is the person the session is meant to bring back, not its sender.
        last = ctx.meetings[-1] if ctx.meetings else None
        attending = sorted(
            (p for p in people if p.side == "customer" and p.role and last and ctx.present(p, last)),
            key=lambda p: "sponsor" not in (p.role or "").casefold(),  # an attending IT sponsor first
        )
        sender = sponsor if sponsor and last and ctx.present(sponsor, last) else next(iter(attending), sponsor)
        # Nobody but the sponsor who convenes it signs an invitation addressed to themselves: when the would-be
        # sender is one of the invitees, another customer-side lead in the calls sends it, or the contact who
        # sends it signs it.
        invited = [a["person"] for a in areas if a.get("person")]
        if sender is not None and sender is not sponsor and any(names_match(sender.name, n, people) for n in invited):
            sender = next(
                (
                    p for p in attending
                    if not any(names_match(p.name, n, people) for n in invited)
                    and (_HIGH_ROLE.search(p.role or "") or _MED_ROLE.search(p.role or ""))
                ),
                None,
            )
        objective = plan.get("objective") or f"the outcome your organisation wants from {name}"
        md = [f"# {name}: proposal for a reset working session", ""]
        if stalling:
            md += ["**Why now:** the evidence shows the work is stalling: " + "; ".join(signals) + ".", ""]
        else:
            md += [
                "**Why now:** no stalling signal in the evidence yet ("
                + ("; ".join(signals) or "status green, sponsor attending, no blockers outside the project")
                + "). This agenda is optional; use it if you see something the evidence does not.",
                "",
            ]
        md += [
            "## Purpose",
            "",
            f"Form one integrated team - customer, vendor and the supporting areas below - working toward "
            f"{objective}. No blame: the aim is to agree who needs to do what, by when, so the objective is "
            "reached.",
            "",
            "## Areas whose support is needed",
            "",
        ]
        if not areas:
            md.append("- No supporting areas identified yet from blockers or mentions in the meetings.")
        for area in areas:
            invite = (
                f"invite {area['invite']}" if area["invite"] else "director or owner not known yet - ask who"
            )
            md.append(f"- **{area['name']}** ({invite})")
            for why in area["why"]:
                md.append(f"  - Why it matters: {why}")
        md += ["", "## Decisions to ask for", ""]
        decisions = [f"{a['name']}: {d}" for a in areas for d in a["decisions"]]
        md += [f"{i}. {d}" for i, d in enumerate(decisions, 1)] or [
            "1. Confirm the objective and the owners."
        ]
        md += ["", "## Requests to each director", ""]
        md += [_director_request(a) for a in areas] or ["- Each area lead: please name one day-to-day participant."]
        md += [
            "",
            "## Proposed agenda (60 minutes)",
            "",
            "1. The objective and what reaching it means for each area (10 min)",
            "2. Where the work waits today, area by area - facts, not fault (20 min)",
            "3. Decisions and named day-to-day participants (20 min)",
            "4. Cadence and next steps (10 min)",
            "",
            "## Proposed cadence",
            "",
            "- A 30-minute working session every week for the next four weeks with the named participants.",
            "- A 15-minute sponsor checkpoint every two weeks on the decisions above.",
            "- One shared action list, reviewed at each session.",
            "",
            "## Draft invitation (for the customer-side contact to send)",
            "",
        ]
        invitees = [a["invite"] or f"the {_without_article(a['name'])} lead" for a in areas] or ["the area leads"]
        # "Hello the firewall team lead" is not how anyone writes: the roles go on the To line, names in the greeting.
        named = [re.sub(r"\s*\(.*\)$", "", a["invite"]) for a in areas if a["invite"]]
        greeting = "Hello all," if len(invitees) > 1 else (f"Hello {named[0]}," if named else "Hello,")
        md += [
            f"> To: {', '.join(invitees)}",
            f"> Subject: {name} - working session to reach {objective}",
            ">",
            f"> {greeting}",
            ">",
            f"> We are working toward {objective}. Several steps need support from your areas, and we would "
            "like to bring everyone together as one team for an hour to agree how we get there. This is not "
            "a review of anyone's performance: we want to understand what each of you needs and agree the "
            "next steps together.",
            ">",
            "> Could you join, and name one person from your team for short weekly working sessions?",
            ">",
            f"> Thank you, {sender.name if sender else '[customer-side contact]'}",
        ]
        text = "\n".join(md).rstrip() + "\n"
        data = {
            "stalling": stalling,
            "signals": signals,
            "areas": areas,
            "decisions": decisions,
            "sender": sender.name if sender else None,
            "objective": objective,
        }
        subject = f"{name}: working session to reach {objective}"
        return Report(
            kind="reset_agenda",
            engagement_id=engagement_id,
            engagement_name=name,
            title=f"{name} reset agenda",
            as_of=as_of,
            markdown=text,
            email_subject=subject,
            email_text=f"Subject: {subject}\n\n" + markdown_to_email(text),
            data=data,
            notes=[]
            if plan.get("objective")
            else ["No customer objective yet: add it under Status report -> Communication plan (or `candor report "
                  "plan set`)."],
        )

    def _support_areas(self, ctx: Context, cite: _Cite) -> list[dict[str, Any]]:
        areas: dict[str, dict[str, Any]] = {}
        quoted: dict[str, set[tuple[str, int]]] = {}  # area -> (meeting, segment) lines already cited for it

        def area(name: str) -> dict[str, Any]:
            key = normalise_name(name)
            for k, v in areas.items():
                if k == key or names_match(v["name"], name, ctx.people):
                    return v
            areas[key] = {
                "name": name,
                "invite": None,
                "why": [],
                "decisions": [],
                "fact_ids": [],
                "blockers": 0,
                "overdue": 0,
            }
            return areas[key]

        for f in ctx.facts:
            if isinstance(f, Blocker) and state_at(f, ctx.as_of)[0] == "open" and f.waiting_on:
                owner = ctx.person(f.waiting_on)
                if owner is not None and owner.side == "vendor":
                    continue  # the vendor does not invite itself to unblock its own work
                a = area(f.waiting_on)
                since = f.since or ctx.fact_date(f)
                age = f" for {days_text((ctx.as_of - since).days)}" if since else ""
                a["why"].append(
                    f"the work waits on it{age}: {_one_line(f.text, 140)} {cite.many(f.evidence)}"
                )
                a["decisions"].append(f"agree how and by when this is unblocked: {_one_line(f.text, 100)}")
                a["fact_ids"].append(f.id)
                a["blockers"] += 1
                quoted.setdefault(a["name"], set()).update((e.meeting_id, e.segment_id) for e in f.evidence)
        for f in ctx.facts:
            status, due = state_at(f, ctx.as_of)
            if isinstance(f, ActionItem) and status in ("open", "slipped") and due and due < ctx.as_of and \
                    f.owner and ctx.side_of(f) != "vendor" and is_commitment(f):
                # An overdue customer commitment is an area's to unblock too: agree an owner and a date.
                a = area(f.owner)
                said = with_referent(f.text, f.context, names_and_aliases(ctx.people))
                a["why"].append(f"overdue since {fmt_day(due)}: {_one_line(said, 120)} {cite.many(f.evidence)}")
                a["decisions"].append(f"agree who does it and by when: {_one_line(said, 100)}")
                a["fact_ids"].append(f.id)
                a["overdue"] += 1
        # Teams only mentioned are areas when the PM registered them or two meetings named them, never the
        # vendor's own ("Tom's team" on our side) - a one-off mention of a team is not a reason to invite a
        # director; a third-party vendor the work needs is.
        said_in: dict[str, set[str]] = {}
        for f in ctx.facts:
            if isinstance(f, Mention) and f.entity_type in ("team", "vendor"):
                said_in.setdefault(normalise_name(f.name), set()).add(f.meeting_id)
        for f in ctx.facts:
            if isinstance(f, Mention) and f.entity_type in ("team", "vendor"):
                known = ctx.person(f.name)
                possessor = ctx.person(f.name.split("'s ")[0]) if "'s " in f.name else None
                if (known and known.side == "vendor") or (possessor and possessor.side == "vendor"):
                    continue
                if known is None and f.entity_type == "team" and len(said_in.get(normalise_name(f.name), ())) < 2 \
                        and normalise_name(f.name) not in areas:
                    continue
                a = area(f.name)
                lines = {(e.meeting_id, e.segment_id) for e in f.evidence}
                seen = quoted.setdefault(a["name"], set())
                if len(a["why"]) < 3 and not lines <= seen:  # a blocker line already says it
                    seen.update(lines)
                    a["why"].append(
                        f'mentioned in the meetings: "{_one_line(f.evidence[0].quote, 120)}" '
                        f"{cite.many(f.evidence)}"
                        if f.evidence
                        else f"mentioned: {f.text}"
                    )
                a["fact_ids"].append(f.id)
        merged: dict[str, dict[str, Any]] = {}
        for a in areas.values():
            lead = self._area_lead(ctx, a["name"])
            a["invite"] = lead
            who = ctx.person(a["name"])
            a["is_person"] = who is not None and who.kind == "person" and "'s " not in a["name"]
            a["person"] = who.name if a["is_person"] and who is not None else None
            # Someone in the recent calls already takes part: the join-or-delegate ask is for the missing.
            recent = ctx.meetings[-RECENT_CALLS:]
            a["attends"] = bool(a["is_person"] and who is not None and recent
                                and any(ctx.present(who, m) for m in recent))
            if not a["decisions"]:
                a["decisions"].append(f"confirm how {a['name']} will support the next steps")
            # "finance ops" led by Marcus and Marcus himself are one area with one invitation
            same = merged.get(lead or "") if lead else None
            if same is not None:
                if normalise_name(a["name"]) not in normalise_name(same["name"]):
                    same["name"] = f"{same['name']} / {a['name']}"
                for k in ("why", "decisions", "fact_ids"):
                    same[k] += a[k]
                same["attends"] = same.get("attends", False) and a.get("attends", False)
                same["blockers"] += a["blockers"]
                same["overdue"] += a["overdue"]
            else:
                merged[lead or f"area:{a['name']}"] = a
        return sorted(merged.values(), key=lambda a: (-a["blockers"], -a["overdue"], a["name"].casefold()))

    @staticmethod
    def _area_lead(ctx: Context, area: str) -> str | None:
        """The person to invite for an area: a team's named lead, or a person whose role names the area."""
        stems = {w for w in re.findall(r"[a-z]+", area.casefold()) if len(w) > 2 and w not in {"the", "team"}}
        for p in ctx.people:
            if (
                p.kind == "person"
                and p.role
                and stems
                and stems <= set(re.findall(r"[a-z]+", p.role.casefold()))
            ):
                return f"{p.name} ({p.role})"
        team = ctx.person(area)
        if team is not None and team.kind == "person":
            return f"{team.name} ({team.role})" if team.role else team.name  # the work waits on them: invite them
        if team is not None and team.notes:
            m = re.search(r"(?:lead|director|owner|head)\s*[:=]\s*([^;,\n]+)", team.notes, re.I)
            if m:
                return m.group(1).strip()
        return None

    # ------------------------------------------------------------------ stakeholder map

    def stakeholder_map(self, engagement_id: str, as_of: date) -> list[StakeholderRow]:
        """Every known person and team, plus unregistered speakers and mentioned teams (marked by source)."""
        _, facts, meetings, people = self._load(engagement_id)
        ctx = Context(facts, meetings, people, as_of, (as_of - timedelta(days=14), as_of))
        words = self._speaking(engagement_id, ctx)
        total_words = sum(words.values()) or 1
        rows: list[StakeholderRow] = []
        listed: list[str] = []

        def known(name: str) -> bool:
            return any(names_match(n, name, people) for n in listed)

        sentiments = sentiment_by_person(ctx)
        candidates: list[tuple[Person, str]] = [(p, "people") for p in people]
        for speaker in words:
            if not ctx.person(speaker) and not re.fullmatch(r"SPEAKER_?\d+", speaker):
                candidates.append((Person.model_validate({"name": speaker}), "speaker"))
        # Roles the meetings stated for people ("Karen, our sponsor, couldn't make it"): a suggestion only.
        stated: dict[str, str] = {}
        for f in ctx.facts:
            if isinstance(f, (Mention, Attendance)) and f.role:
                stated.setdefault(f.name if isinstance(f, Mention) else f.person, f.role)
        for f in ctx.facts:
            if (isinstance(f, Mention) and f.entity_type == "person") or (isinstance(f, Attendance) and not f.present):
                who = f.name if isinstance(f, Mention) else f.person
                if not ctx.person(who):
                    candidates.append((Person(name=who, expected_attendee=isinstance(f, Attendance) and f.expected),
                                       "mention"))
                continue
            extra = f.name if isinstance(f, Mention) else (f.waiting_on if isinstance(f, Blocker) else None)
            if extra and not ctx.person(extra):
                candidates.append((Person.model_validate({"name": extra, "kind": "team"}), "mention"))
        for p, source in candidates:
            if known(p.name):
                continue
            listed.append(p.name)
            role_s = False
            if not p.role and p.kind == "person":
                said_role = next((r for n, r in stated.items() if names_match(n, p.name, people)), None)
                if said_role:
                    p, role_s = p.model_copy(update={"role": said_role}), True
            att = attendance_rows(ctx, p)
            attended = sum(1 for _, here in att if here)
            rate = round(attended / len(att), 2) if att and (p.expected_attendee or attended) else None
            share = sum(v for k, v in words.items() if names_match(k, p.name, people)) / total_words
            # The same per-person reading the status sentiment rule uses (status.person_sentiment).
            ps = person_sentiment(
                next((v for k, v in sentiments.items() if names_match(k, p.name, people)), []),
                [m.date for m in ctx.meetings],
            )
            recent, trend = ps.recent, ps.trend
            own, waiting = _open_with(ctx, p, people, as_of)
            influence, inf_s = p.influence, False
            if influence is None:
                inf_s = True
                if p.role and _HIGH_ROLE.search(p.role):
                    influence = "high"
                elif waiting or (p.role and _MED_ROLE.search(p.role)) or share >= 0.25:
                    influence = "medium" if share < 0.25 else "high"
                else:
                    influence = "medium" if share >= 0.10 else "low"
            interest, int_s = p.interest, False
            if interest is None:
                int_s = True
                if (rate or 0) >= 0.75 or share >= 0.2:
                    interest = "high"
                elif (rate or 0) >= 0.4 or share >= 0.05 or own:
                    interest = "medium"
                else:
                    interest = "low"
            quadrant = {
                (True, True): "manage closely",
                (True, False): "keep satisfied",
                (False, True): "keep informed",
                (False, False): "monitor",
            }[(influence == "high", interest == "high")]
            rows.append(
                StakeholderRow(
                    name=p.name,
                    kind=p.kind,
                    side=p.side,
                    role=p.role,
                    influence=influence,
                    role_suggested=role_s,
                    influence_suggested=inf_s,
                    interest=interest,
                    interest_suggested=int_s,
                    expected_attendee=bool(p.expected_attendee),
                    meetings_attended=attended,
                    meetings_held=len(att),
                    attendance_rate=rate,
                    speaking_share=round(share, 3) if words else None,
                    sentiment_recent=recent,
                    sentiment_trend=trend,
                    open_commitments=len(own),
                    open_commitment_ids=[f.id for f in own],
                    blockers_waiting_on=len(waiting),
                    quadrant=quadrant,
                    source=source,  # type: ignore[arg-type]
                )
            )
        return rows

    def _speaking(self, engagement_id: str, ctx: Context) -> dict[str, int]:
        """Words spoken per person name across meetings up to as_of (transcripts; else fact evidence)."""
        counts: dict[str, int] = {}
        for m in ctx.meetings:
            try:
                transcript = self.repo.load_transcript(engagement_id, m.sha256)
            except CandorError:
                continue
            for seg in transcript.segments:
                who = m.speaker_name(seg.speaker)
                counts[who] = counts.get(who, 0) + len(seg.text.split())
        if not counts:
            for f in ctx.facts:
                for ev in f.evidence:
                    counts[ev.speaker] = counts.get(ev.speaker, 0) + len(ev.quote.split())
        return counts

    # ------------------------------------------------------------------ WIIFM

    def wiifm(self, engagement_id: str, person: str, as_of: date) -> Report:
        """What's in it for one stakeholder: their terms, what is asked of them, one concrete next step."""
        name, facts, meetings, people = self._load(engagement_id)
        ctx = Context(facts, meetings, people, as_of, (as_of - timedelta(days=14), as_of))
        cite = _Cite(meetings)
        p = ctx.person(person)
        if p is None:
            seen = any(
                names_match(person, n)
                for f in ctx.facts
                for n in (
                    f.owner,
                    getattr(f, "waiting_on", None),
                    getattr(f, "name", None),
                    *(e.speaker for e in f.evidence),
                )
            )
            if not seen:
                known = ", ".join(x.name for x in people) or "none recorded"
                raise NotFound(
                    f"unknown stakeholder '{person}' in engagement '{name}' (known: {known})"
                )
            p = Person.model_validate({"name": person})
        quotes = self._cares_about(engagement_id, ctx, p)
        own, waiting = _open_with(ctx, p, people, as_of)
        recent = person_sentiment(
            next((v for k, v in sentiment_by_person(ctx).items() if names_match(k, p.name, people)), []),
            [m.date for m in ctx.meetings],
        ).recent
        # "A lot on your plate" is for people who said they are overloaded; someone merely negative (a sponsor
        # annoyed by a delay) gets their concern acknowledged instead; everyone else a collaborative note.
        said = [q["quote"] for q in quotes] + [
            ev.quote for f in ctx.facts for ev in f.evidence if names_match(ev.speaker, p.name, people)
        ]
        overloaded = any(_OVERLOAD.search(q) for q in said)
        concerned = not overloaded and recent is not None and recent <= -0.15
        tone = "supportive" if overloaded else "reassuring" if concerned else "collaborative"
        first = p.name.split()[0] if p.kind == "person" else p.name
        gives = _role_benefit(p, name)
        md = [f"# What's in it for {p.name}", "", "## For the PM (not sent)", ""]
        md.append(f"- Role: {p.role or 'not recorded'}; side: {p.side or 'not recorded'}")
        md.append(
            f"- Tone: {tone}"
            + (f" (recent sentiment {recent:+.2f})" if recent is not None else "")
            + (" - frame it as taking work off their plate, no pressure" if overloaded else "")
            + (" - acknowledge their concern and say what is being done about it" if concerned else "")
        )
        md += ["", "**What they said they care about**", ""]
        md += [f'- "{_one_line(q["quote"], 160)}" {q["cite"]}' for q in quotes] or [
            "- Nothing recorded in their own words yet; ask them what matters most."
        ]
        asks_list = []
        for f in sorted(own, key=lambda f: (f.due is None, f.due or date.max)):
            due = state_at(f, as_of)[1]
            late = (
                f" (was due {fmt_day(due)})"
                if due and due < as_of
                else (f" by {fmt_day(due)}" if due else "")
            )
            item_text = current_text(f)  # the date shown is the current one, not the first said
            asks_list.append(
                {"fact_id": f.id, "what": f"{_asked(f, item_text, ctx.people, capital=True)}{late}",
                 # the same ask mid-sentence in the message: "help with: send the list ..."
                 "task": f"{_asked(f, item_text, ctx.people)}{late}", "cite": cite.many(f.evidence)}
            )
        for b in waiting:
            asks_list.append(
                {"fact_id": b.id, "what": f"help unblock: {b.text}", "task": f"help unblock: {b.text}",
                 "cite": cite.many(b.evidence)}
            )
        # An expected stakeholder who has stopped coming is asked for their presence, the most common ask of a
        # disengaged sponsor ("Nothing is waiting on you" was wrong for them).
        held = [m for m in ctx.meetings if m.date <= as_of]
        missed = [m for m in held if not ctx.present(p, m)]
        if (p.expected_attendee or _HIGH_ROLE.search(p.role or "")) and held and missed and missed[-1] is held[-1]:
            # The whole record, and the run that ends now: "missed 4 of 5, including the last 2" (a window of
            # the last 3 said "2 of the last 3" of someone who missed 4 of 5).
            streak = next((k for k, m in enumerate(reversed(held)) if ctx.present(p, m)), len(held))
            run = "the last one" if streak == 1 else f"the last {streak}"
            record = (f"missed all {len(held)} so far" if len(missed) == len(held)
                      else f"missed {len(missed)} of {len(held)} so far, including {run}")
            absent_ev = [
                ev for f in ctx.facts if isinstance(f, Attendance) and not f.present
                and f.meeting_id in {m.meeting_id for m in missed} and names_match(f.person, p.name, people)
                for ev in f.evidence
            ]
            what = f"join the next status call, or name someone who can decide for you ({record})"
            asks_list.insert(0, {"fact_id": "", "what": what[:1].upper() + what[1:], "task": what,
                                 "cite": cite.many(absent_ev) if absent_ev else ""})
        md += ["", "**What is asked of them**", ""]
        md += [f"- {_one_line(a['what'], 160)} {a['cite']}" for a in asks_list] or [
            "- Nothing open right now."
        ]
        if asks_list:
            step = f"a 15-minute call this week to settle: {_one_line(asks_list[0]['task'], 120)}"
        else:
            step = "a 15-minute call to hear what would make this project most useful to you"
        md += ["", "## Draft message", ""]
        cares = f' You mentioned: "{_one_line(quotes[0]["quote"], 120)}".' if quotes else ""
        if overloaded:
            body = [
                f"Hi {first},",
                "",
                f"I know there is a lot on your plate.{cares} The {name} work is meant to take some of that "
                f"off you: {gives}.",
                "",
                (
                    "The one thing that would help most: "
                    + _one_line(asks_list[0]["task"], 140)
                    + ". If it is "
                    "easier, we can prepare it and you only need to check it."
                )
                if asks_list
                else "There is nothing you need to do right now.",
                "",
                f"Next step, only if it suits you: {_end(step)} Happy to work around your week.",
            ]
        else:
            # Concerned and collaborative notes differ only in how they open.
            if concerned:
                heard = f' I heard your concern: "{_one_line(quotes[0]["quote"], 120)}".' if quotes else ""
                opening = f"A quick note on {name}.{heard} What the project is there to give you: {gives}."
            else:
                opening = f"A quick note on {name} from your side of things.{cares} What the project gives you: {gives}."
            body = [
                f"Hi {first},",
                "",
                opening,
                "",
                (
                    "To keep it moving we need your help with: "
                    + "; ".join(_one_line(a["task"], 100) for a in asks_list[:3])
                    + "."
                )
                if asks_list
                else "Nothing is waiting on you at the moment.",
                "",
                f"Proposed next step: {_end(step)}",
            ]
        md += body
        text = "\n".join(md).rstrip() + "\n"
        message = "\n".join(body) + "\n"
        subject = f"{name}: what it means for you"
        return Report(
            kind="wiifm",
            engagement_id=engagement_id,
            engagement_name=name,
            title=f"WIIFM for {p.name}",
            as_of=as_of,
            audience=p.name,
            markdown=text,
            email_subject=subject,
            email_text=f"Subject: {subject}\n\n" + markdown_to_email(message),
            data={
                "person": p.name,
                "role": p.role,
                "side": p.side,
                "tone": tone,
                "sentiment_recent": recent,
                "cares_about": quotes,
                "asks": asks_list,
                "next_step": step,
                "gives": gives,
            },
        )

    def _cares_about(self, engagement_id: str, ctx: Context, p: Person) -> list[dict[str, Any]]:
        cite = _Cite(ctx.meetings)
        found: dict[tuple[str, int], dict[str, Any]] = {}
        for f in ctx.facts:
            for ev in f.evidence:
                if not _is_care(ev.quote) or not names_match(ev.speaker, p.name, ctx.people):
                    continue
                # A goal, need or concern in their words, or a risk or blocker they raised that is still open.
                # A mood alone is not a care: an ironic "Love that for me" reads negative but says nothing of
                # what matters to them.
                if (
                    _CARE_CUES.search(ev.quote)
                    or _OVERLOAD.search(ev.quote)
                    or (isinstance(f, (Risk, Blocker)) and state_at(f, ctx.as_of)[0] == "open")
                    # A clearly negative remark long enough to name its subject ("Oh great, another delay, just
                    # what we needed"); a short quip ("Love that for me") names nothing they care about.
                    or (isinstance(f, SentimentSignal) and f.polarity <= -0.15 and len(ev.quote.split()) >= 6)
                ):
                    found.setdefault(
                        (ev.meeting_id, ev.segment_id), {"quote": ev.quote, "cite": cite.many([ev])}
                    )
        if len(found) < 3:
            for m in ctx.meetings:
                try:
                    transcript = self.repo.load_transcript(engagement_id, m.sha256)
                except CandorError:
                    continue
                for seg in transcript.segments:
                    if (
                        names_match(m.speaker_name(seg.speaker), p.name, ctx.people)
                        and (_CARE_CUES.search(seg.text) or _OVERLOAD.search(seg.text))
                        and _is_care(seg.text)
                        and m.date <= ctx.as_of
                    ):
                        ev = Evidence(
                            meeting_id=m.meeting_id,
                            segment_id=seg.id,
                            speaker=m.speaker_name(seg.speaker),
                            start=seg.start,
                            end=seg.end,
                            quote=seg.text,
                        )
                        found.setdefault((m.meeting_id, seg.id), {"quote": seg.text, "cite": cite.many([ev])})
        order = {m.meeting_id: i for i, m in enumerate(ctx.meetings)}
        rows = sorted(found.items(), key=lambda kv: (-order.get(kv[0][0], -1), kv[0][1]))
        return [v for _, v in rows[:3]]


def _upcoming(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Open commitments not yet overdue: dated ones soonest first, then those with no date."""
    ahead = [r for r in rows if not r["overdue_days"]]
    return sorted(ahead, key=lambda r: (r["due"] is None, r["due"] or "", r["fact_id"]))


_REASSURANCE = re.compile(r"\b(?:don't|do not|no need to) worry\b|\bno worries\b|\bnot (?:worried|a problem|an issue)\b",
                          re.I)


def _is_care(quote: str) -> bool:
    """Could this sentence say what someone cares about? Not an apology or excuse, a refusal, or a report of work
    done."""
    return not (_EXCUSE.search(quote) or _REFUSAL.search(quote) or _DONE_REPORT.search(quote)
                or _REASSURANCE.search(quote))


def _role_benefit(p: Person, engagement: str) -> str:
    role = (p.role or "").casefold()
    if "it sponsor" in role or "cio" in role or "security" in role:
        return "the change lands inside your controls, with the numbers to show it"
    if "sponsor" in role:
        return (
            "visible progress toward the outcome you are accountable for, and early warning on what needs you"
        )
    if "business" in role:
        return "the business result arrives on the dates your teams plan around"
    if p.kind == "team" or "team" in role:
        return "one complete, well-prepared request instead of piecemeal asks"
    if "lead" in role or "engineer" in role or "architect" in role:
        return "clear scope and fewer surprises, with the vendor doing the legwork"
    return f"a clear view of what {engagement} needs and when, with the vendor doing the legwork"


# --------------------------------------------------------------------------- prose verification

_DATE_PATTERNS = [
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),
    re.compile(
        r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.I
    ),
    re.compile(
        r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b",
        re.I,
    ),
]
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _date_key(text: str) -> str | None:
    text = text.casefold().replace(".", "")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        d = date.fromisoformat(text)
        return f"{d.month}-{d.day}"
    day = re.search(r"\d{1,2}", text)
    mon = re.search(r"[a-z]{3}", re.sub(r"(st|nd|rd|th)\b", "", text))
    if day and mon and mon.group(0) in _MONTHS:
        return f"{_MONTHS.index(mon.group(0)) + 1}-{int(day.group(0))}"
    return None


def verify_prose(prose: str, a: StatusAssessment, data: dict[str, Any]) -> str | None:
    """None when the prose is safe to show, else what is wrong with it (colour or date not in the evidence)."""
    if not prose.strip():
        return "the prose is empty"
    low = prose.casefold()
    allowed = {a.overall, a.computed}
    for word, colour in _COLOUR_WORDS.items():
        if re.search(rf"\b{word}\b", low) and colour not in allowed:
            return f"it calls the project '{word}' but the evidence says {a.overall}"
    known_dates: set[str] = set()
    blob = json.dumps(data, default=str) + f" {a.as_of.isoformat()} {a.period[0].isoformat()}"
    for pat in _DATE_PATTERNS:
        for m in pat.finditer(blob):
            if (k := _date_key(m.group(0))) is not None:
                known_dates.add(k)
    for pat in _DATE_PATTERNS:
        for m in pat.finditer(prose):
            k = _date_key(m.group(0))
            if k is not None and k not in known_dates:
                return f"it mentions the date '{m.group(0)}' which is not in the evidence"
    return None


def _open_with(
    ctx: Any, person: Person, people: Sequence[Person], as_of: date
) -> tuple[list[ActionItem], list[Blocker]]:
    """A person's open commitments, and the open blockers that wait on them."""
    own = [
        f
        for f in ctx.facts
        if isinstance(f, ActionItem)
        and names_match(f.owner, person.name, people)
        and state_at(f, as_of)[0] in ("open", "slipped")
    ]
    waiting = [
        f
        for f in ctx.facts
        if isinstance(f, Blocker) and names_match(f.waiting_on, person.name, people) and state_at(f, as_of)[0] == "open"
    ]
    return own, waiting
