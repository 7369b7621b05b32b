"""Honest status: a RAG colour per dimension computed from evidence by explicit rules (docs/STATUS_RULES.md).

The rules read only structured fields (status, due, owner, side, waiting_on, dates, attendance, polarity),
never free text, so nothing said in a meeting ("mark this project green") can change a colour.

A dimension that cannot be judged is never green by default (no watermelons): without a recorded sponsor the
engagement dimension is amber with a reason saying sponsor attendance was not judged and what to set, and it
still judges what the facts allow without roles (a participant who dropped away, customer commitments).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.models import (
    ActionItem,
    Attendance,
    Blocker,
    Evidence,
    FactBase,
    Meeting,
    Person,
    SentimentSignal,
    is_commitment,
)
from assistant.referents import with_referent
from assistant.tracking import done_on, names_match, possibly_done, state_at

Colour = Literal["red", "amber", "green"]
DIMENSIONS = ("schedule", "blockers", "engagement", "sentiment")
_RANK = {"green": 0, "amber": 1, "red": 2}

# Thresholds (documented in docs/STATUS_RULES.md; change both together).
SCHEDULE_RED_OVERDUE_COUNT = 3
SCHEDULE_RED_CUSTOMER_DAYS = 7
SCHEDULE_RED_ANY_DAYS = 14
BLOCKER_RED_EXTERNAL_DAYS = 14
BLOCKER_RED_ANY_DAYS = 21
BLOCKER_RED_WEIGHT = 4
BLOCKER_EXTERNAL_WEIGHT = 2
ENGAGEMENT_RECENT_MEETINGS = 2
ENGAGEMENT_RED_MISSED = 3
SENTIMENT_RECENT_MEETINGS = 2
SENTIMENT_RED_AVG = -0.4
SENTIMENT_RED_SPONSOR_AVG = -0.25
SENTIMENT_AMBER_AVG = -0.15
SENTIMENT_AMBER_DROP = 0.3
SENTIMENT_TREND_CHANGE = SENTIMENT_AMBER_DROP  # a change this large is "declining"/"improving" (map and status)
SENTIMENT_STRONG_NEG = -0.4  # a meeting signal this negative is "strongly negative"
SENTIMENT_STRONG_REPEAT = 2  # this many strongly negative meetings of a key stakeholder is at least amber
SENTIMENT_STRONG_WINDOW = 4  # ...within the engagement's last this-many meetings
_KEY_ROLE = re.compile(
    r"sponsor|business lead|business owner|technical lead|tech lead|it lead|lead architect|product owner", re.I
)
DEFAULT_PERIOD_DAYS = 14


class Reason(BaseModel):
    """One piece of the argument for a colour, with the facts and quotes it rests on."""

    text: str
    status: Colour = "green"
    fact_ids: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class DimensionStatus(BaseModel):
    status: Colour
    reasons: list[Reason] = Field(default_factory=list)


class StatusAssessment(BaseModel):
    engagement_id: str
    as_of: date
    period: tuple[date, date]
    overall: Colour
    computed: Colour
    override: Colour | None = None
    override_note: str | None = Field(
        None, description="Shown when the PM's colour differs from the evidence."
    )
    dimensions: dict[str, DimensionStatus]
    metrics: dict[str, Any] = Field(default_factory=dict)
    insufficient_evidence: bool = False

    def to_json(self) -> dict[str, Any]:
        """The shape of `candor report status --format json`."""
        return self.model_dump(mode="json")

    @property
    def overridden_down(self) -> bool:
        """True when the PM shows a better colour than the evidence (the 'watermelon' case)."""
        return self.override is not None and _RANK[self.override] < _RANK[self.computed]


def worst(colours: Sequence[str]) -> Colour:
    best: Colour = "green"
    for c in colours:
        if _RANK[c] > _RANK[best]:
            best = c  # type: ignore[assignment]
    return best


# --------------------------------------------------------------------------- shared helpers


class Context:
    """Everything the rules need, with facts restricted to what was known on ``as_of``."""

    def __init__(
        self,
        facts: Sequence[FactBase],
        meetings: Sequence[Meeting],
        people: Sequence[Person],
        as_of: date,
        period: tuple[date, date],
    ):
        self.as_of = as_of
        self.period = period
        self.people = list(people)
        self.meetings = sorted(
            (m for m in meetings if m.date <= as_of), key=lambda m: (m.date, m.ingested_at)
        )
        self.meeting_dates = {m.meeting_id: m.date for m in meetings}
        self.meeting_by_id = {m.meeting_id: m for m in meetings}
        self.facts = [f for f in facts if (self.fact_date(f) or date.min) <= as_of]

    def fact_date(self, fact: FactBase) -> date | None:
        if fact.meeting_id in self.meeting_dates:
            return self.meeting_dates[fact.meeting_id]
        created = next((e for e in fact.history if e.event == "created"), None)
        return created.at if created else None

    def state(self, fact: FactBase) -> tuple[str | None, date | None]:
        return state_at(fact, self.as_of)

    def person(self, name: str | None) -> Person | None:
        if not name:
            return None
        for p in self.people:
            if names_match(p.name, name, self.people) or any(names_match(a, name) for a in p.aliases):
                return p
        return None

    def side_of(self, item: ActionItem) -> str | None:
        if item.side:
            return item.side
        p = self.person(item.owner)
        return p.side if p else None

    def inside(self, name: str | None) -> bool:
        """A party inside the project: attends meetings or is an expected attendee, and is not a third party (a
        reseller on the calls is still outside the project)."""
        if not name:
            return True
        p = self.person(name)
        if p is not None and p.side == "third_party":
            return False
        if p is not None and p.expected_attendee:
            return True
        if not hasattr(self, "_attendees"):
            # Distinct names once: comparing per meeting made the home page take seconds on 50 meetings.
            self._attendees = list(dict.fromkeys(a for m in self.meetings for a in m.attendees))
        return any(names_match(a, name, self.people) for a in self._attendees)

    def present(self, person: Person, meeting: Meeting) -> bool:
        names = [person.name, *person.aliases]
        if not hasattr(self, "_attendance"):
            self._attendance: dict[str, list[Attendance]] = defaultdict(list)
            for f in self.facts:
                if isinstance(f, Attendance):
                    self._attendance[f.meeting_id].append(f)
        for f in self._attendance.get(meeting.meeting_id, []):
            if any(names_match(n, f.person, self.people) for n in names):
                return f.present
        if any(names_match(n, a) for n in names for a in meeting.absent):
            return False
        return any(names_match(n, a) for n in names for a in meeting.attendees)


# "I will send the change" -> "send the change": reasons and asks read "Priya - <task>", and a commitment said in
# the first person is the task itself.
FIRST_PERSON_LEAD = re.compile(
    r"^(?:(?:so|okay|ok|yes|yeah|sure|right|and|well|then)[,.!]?\s+)*"
    r"(?:(?:i|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to|'m gonna| am gonna)|"
    r"let me)\s+(?:also\s+|just\s+|then\s+)?"
    r"(?=[a-z])",
    re.IGNORECASE,
)


def task_phrase(text: str, *, capital: bool = False) -> str:
    """A first-person commitment as a task ("I'll send the plan." -> "send the plan."); other text unchanged."""
    stripped = FIRST_PERSON_LEAD.sub("", text.strip(), count=1)
    if stripped == text.strip():
        return stripped
    return (stripped[:1].upper() if capital else stripped[:1].lower()) + stripped[1:]


def named_task(fact: FactBase, people: Sequence[Person] = (), text: str | None = None) -> str:
    """The item's task for a report line ("have [the DPIA] signed by the sixth"): task_phrase of its words (or of
    ``text``, its words as the line shows them), a bare "it" replaced by the thing its context asks for
    (assistant.referents)."""
    return with_referent(task_phrase(fact.text if text is None else text).rstrip(" ."), fact.context,
                         names_and_aliases(people))


def names_and_aliases(people: Sequence[Person]) -> list[str]:
    """Every name the engagement's people go by: the vocatives a context may open with ("Libby, user accounts?")."""
    return [n for p in people for n in (p.name, *p.aliases)]


def counted(n: int, word: str, plural: str | None = None) -> str:
    """'1 day', '3 days', '1 blocker': a count that reads right in the singular (no 'item(s)')."""
    return f"{n} {word}" if n == 1 else f"{n} {plural or word + 's'}"


def days_text(n: int) -> str:
    return counted(n, "day")


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"


def _d(day: date | None) -> str:
    return f"{day.day} {day.strftime('%b')}" if day else "no date"


def _who(name: str | None) -> str:
    return name or "no owner named"


# --------------------------------------------------------------------------- dimensions


def schedule_status(ctx: Context) -> DimensionStatus:
    overdue: list[tuple[ActionItem, int, date]] = []
    slipped: list[ActionItem] = []
    for f in ctx.facts:
        if not isinstance(f, ActionItem) or not is_commitment(f):
            continue
        status, due = ctx.state(f)
        if status == "slipped":
            slipped.append(f)
        if status in ("open", "slipped") and due is not None and due < ctx.as_of:
            overdue.append((f, (ctx.as_of - due).days, due))
    overdue.sort(key=lambda t: (-t[1], t[0].id))
    reasons: list[Reason] = []
    colours: list[str] = []
    # A later sentence the linker scored as a likely report of an item: said beside it, never counted as done
    hints = {i.id: h for i, _, _ in overdue if (h := possibly_done(i, ctx.as_of)) is not None}
    for item, days, due in overdue:
        side = ctx.side_of(item)
        red = (side == "customer" and days > SCHEDULE_RED_CUSTOMER_DAYS) or days > SCHEDULE_RED_ANY_DAYS
        colour: Colour = "red" if red else "amber"
        colours.append(colour)
        who = f"{side} commitment" if side else "commitment"
        hint = hints.get(item.id)
        said = hint.evidence[:1] if hint is not None else []
        reasons.append(
            Reason(
                text=f"{who.capitalize()} overdue {days_text(days)}: {_who(item.owner)} - "
                f"{named_task(item, ctx.people)} (due {_d(due)})"
                + "".join(f"; possibly done, to check: {e.speaker} said \u201c{e.quote}\u201d on {_d(hint.at)}"
                          for e in said if hint is not None),
                status=colour,
                fact_ids=[item.id],
                evidence=item.evidence[:2] + said,
            )
        )
    if len(overdue) >= SCHEDULE_RED_OVERDUE_COUNT:
        colours.append("red")
        reasons.insert(
            0,
            Reason(
                text=f"{len(overdue)} commitments are overdue as of {_d(ctx.as_of)} "
                f"(rule: {SCHEDULE_RED_OVERDUE_COUNT} or more overdue is red)"
                + (f"; a later call may report {len(hints)} of them done (unconfirmed: check before sending)"
                   if hints else ""),
                status="red",
                fact_ids=[i.id for i, _, _ in overdue],
                evidence=[e for i, _, _ in overdue for e in i.evidence[:1]],
            ),
        )
    for item in slipped:
        colours.append("amber")
        slips = [e for e in item.history if e.event == "slipped" and e.at <= ctx.as_of]
        note = "; ".join(e.note for e in slips) or "marked slipped"
        reasons.append(
            Reason(
                text=f"Slipped {_times(len(slips) or 1)}: {_who(item.owner)} - {named_task(item, ctx.people)} "
                f"({note})",
                status="amber",
                fact_ids=[item.id],
                evidence=[e for s in slips for e in s.evidence[:1]] or item.evidence[:1],
            )
        )
    if not reasons:
        dated = sum(1 for f in ctx.facts if isinstance(f, ActionItem) and f.due is not None)
        text = (
            f"No overdue or slipped commitments ({dated} dated commitments on record)"
            if dated
            else "No dated commitments on record, so nothing can be overdue"
        )
        reasons.append(Reason(text=text))
    return DimensionStatus(status=worst(colours), reasons=reasons)


def blockers_status(ctx: Context) -> DimensionStatus:
    reasons: list[Reason] = []
    colours: list[str] = []
    weight = 0
    open_blockers = []
    for f in ctx.facts:
        if not isinstance(f, Blocker):
            continue
        status, _ = ctx.state(f)
        if status != "open":
            continue
        since = f.since or ctx.fact_date(f) or ctx.as_of
        age = max(0, (ctx.as_of - since).days)
        external = not ctx.inside(f.waiting_on)
        open_blockers.append((f, age, external))
    open_blockers.sort(key=lambda t: (-int(t[2]), -t[1], t[0].id))
    for b, age, external in open_blockers:
        weight += BLOCKER_EXTERNAL_WEIGHT if external else 1
        red = (external and age > BLOCKER_RED_EXTERNAL_DAYS) or age > BLOCKER_RED_ANY_DAYS
        colour: Colour = "red" if red else "amber"
        colours.append(colour)
        # Nobody named is neither inside nor outside: say who must be found instead of guessing a side.
        waits = (f"waiting on {b.waiting_on} ({'outside' if external else 'inside'} the project)" if b.waiting_on
                 else "waiting on a party nobody named yet")
        reasons.append(
            Reason(
                text=f"Blocked {days_text(age)} {waits}: {b.text}",
                status=colour,
                fact_ids=[b.id],
                evidence=b.evidence[:2],
            )
        )
    if weight >= BLOCKER_RED_WEIGHT:
        colours.append("red")
        reasons.insert(
            0,
            Reason(
                text=f"{len(open_blockers)} open blockers weigh {weight} (outside parties count "
                f"{BLOCKER_EXTERNAL_WEIGHT}; {BLOCKER_RED_WEIGHT} or more is red)",
                status="red",
                fact_ids=[b.id for b, _, _ in open_blockers],
            ),
        )
    if not reasons:
        resolved = sum(1 for f in ctx.facts if isinstance(f, Blocker))
        reasons.append(
            Reason(
                text=f"No open blockers ({resolved} recorded, all resolved)"
                if resolved
                else "No blockers on record"
            )
        )
    return DimensionStatus(status=worst(colours), reasons=reasons)


def attendance_rows(ctx: Context, person: Person, last: int | None = None) -> list[tuple[Meeting, bool]]:
    meetings = ctx.meetings[-last:] if last else ctx.meetings
    return [(m, ctx.present(person, m)) for m in meetings]


def _open_at_meeting_after(ctx: Context, due: date, done_at: date) -> bool:
    """A meeting was held after the due date and before the one where the item was reported done: it was still
    open past due. Reported done at the first meeting after its due date, nothing says it was late."""
    return any(due < m.date < done_at for m in ctx.meetings)


def _attendance_evidence(ctx: Context, person: Person, meetings: Sequence[Meeting]) -> tuple[list[str], list]:
    ids, ev = [], []
    mids = {m.meeting_id for m in meetings}
    for f in ctx.facts:
        if (
            isinstance(f, Attendance)
            and f.meeting_id in mids
            and names_match(person.name, f.person, ctx.people)
        ):
            ids.append(f.id)
            ev.extend(f.evidence[:1])
    return ids, ev


def _sponsor(role: str | None) -> bool:
    """A role that makes someone a sponsor ("sponsor", "business sponsor", "IT sponsor")."""
    return role is not None and "sponsor" in role.casefold()


def said_expected(ctx: Context) -> dict[str, tuple[Person, date | None]]:
    """People the meetings said were expected but absent ('our sponsor Karen is not on the call again') whom the
    PM has not marked either way: name -> (Person, since). Someone on the people list whose expectation the PM
    never set (speakers are added automatically) is judged over all meetings (since None); someone not on the
    list is a Person with the role as said, judged from the first meeting that named them. Without a sponsor
    from the PM, a speaker who said they are the sponsor is one too, from the meeting where they said it."""
    out: dict[str, tuple[Person, date | None]] = {}
    for f in ctx.facts:
        if not isinstance(f, Attendance) or f.present or not f.expected:
            continue
        known = ctx.person(f.person)
        if known is not None:
            if known.expected_attendee is None:
                out[known.name] = (known, None)
            continue
        day = ctx.fact_date(f) or ctx.as_of
        name = next((n for n in out if names_match(n, f.person)), f.person)
        if name in out:
            person, first = out[name]
            role = person.role or f.role
            out[name] = (person.model_copy(update={"role": role}), min(first or day, day))
        else:
            out[name] = (Person(name=name, role=f.role, expected_attendee=True), day)
    if not any(_sponsor(p.role) for p in ctx.people):
        # No sponsor from the PM, but someone said "I'm the sponsor on this": judge them as the sponsor from the
        # meeting where they said it, labelled as said in a meeting, rather than not judging sponsorship at all.
        for f in ctx.facts:
            if isinstance(f, Attendance) and f.present and _sponsor(f.role):
                known = ctx.person(f.person)
                if known is not None and (known.role or known.expected_attendee is False):
                    continue  # the PM described this person otherwise
                day = ctx.fact_date(f) or ctx.as_of
                person = known or Person(name=f.person)
                # Also when a meeting already said they were expected and away ("Maureen sends her apologies"):
                # they are the sponsor, judged from whichever came first (over all meetings for a listed person).
                prev = out.get(person.name)
                since = day if prev is None else prev[1] and min(prev[1], day)
                out[person.name] = (person.model_copy(update={"role": f.role, "expected_attendee": True}), since)
    return out


# What a meeting says when someone is away: "Helen's not with us", "sends apologies", "couldn't make it".
_AWAY_WORDS = re.compile(
    r"\b(?:not (?:with us|joining|here|on (?:the|this) call|able to (?:make|join|attend))|apolog\w*|"
    r"couldn't (?:make|join|attend)|can't (?:make|join|attend)|could not (?:make|join|attend)|absent|away|"
    r"off (?:sick|today|this week)|on (?:leave|holiday|annual leave|a p1|an incident)|out of (?:the )?office|"
    r"dropped off|missing|isn't (?:here|with us|joining)|won't be (?:joining|here|with us)|"
    r"not (?:be )?(?:attending|coming))\b",
    re.I,
)


def _absent_words(p: Person, evidence: Sequence[Evidence], meetings: Sequence[Meeting], ctx: Context) -> bool:
    """True when something recorded says the person was away from one of these meetings: the PM's absent list,
    or a quote behind an absence that says so ("Helen's not with us again"). Not having spoken is not enough:
    an attendance quote that merely names them ("thanks Sanjay") is no evidence of absence."""
    names = [p.name, *p.aliases]
    if any(names_match(n, a) for m in meetings for n in names for a in m.absent):
        return True
    return any(_AWAY_WORDS.search(ev.quote) for ev in evidence)


def engagement_status(ctx: Context) -> DimensionStatus:
    reasons: list[Reason] = []
    colours: list[str] = []
    if not ctx.meetings:
        return DimensionStatus(
            status="amber",
            reasons=[
                Reason(
                    text=f"No meetings on record as of {_d(ctx.as_of)}: engagement cannot be judged",
                    status="amber",
                )
            ],
        )
    said = said_expected(ctx)
    expected = [p for p in ctx.people if p.expected_attendee and p.name not in said] + [p for p, _ in said.values()]
    sponsors = [p for p in expected if _sponsor(p.role)]
    # This dimension is the customer's engagement: the vendor's own team (the PM knows who of them attended,
    # and one who listens without speaking leaves no trace in a transcript) is not judged here.
    judged = [p for p in expected if p.side != "vendor" or p in sponsors]
    absence_reasons: list[tuple[int, int, Reason]] = []
    for p in judged:
        since = said[p.name][1] if p.name in said else None
        # Someone known only from the meetings' words is judged from the first meeting that named them.
        meetings = [m for m in ctx.meetings if since is None or m.date >= since]
        recent = meetings[-ENGAGEMENT_RECENT_MEETINGS:]
        rows = [(m, ctx.present(p, m)) for m in meetings]
        attended = sum(1 for _, here in rows if here)
        recent_absent = [m for m in recent if not ctx.present(p, m)]
        is_sponsor = p in sponsors
        label = f"{p.name} ({p.role})" if p.role else p.name
        listed = ctx.person(p.name)
        if since is not None or (p.role and p.name in said and not (listed and listed.role)):  # not the PM's role
            label = (
                f"{p.name} ({p.role}, as said in a meeting)"
                if p.role
                else f"{p.name} (not on the people list)"
            )
        dates = ", ".join(_d(m.date) for m in recent_absent)
        ids, ev = _attendance_evidence(ctx, p, recent_absent)
        if len(recent) >= ENGAGEMENT_RECENT_MEETINGS and len(recent_absent) == len(recent):
            colour: Colour = "red" if is_sponsor else "amber"
            colours.append(colour)
            # The whole run of missed meetings, not just the window the rule looks at: "the last 3", not "2".
            streak = next((k for k, (_, here) in enumerate(reversed(rows)) if here), len(rows))
            run = [m for m, _ in rows[len(rows) - streak :]]
            dates = ", ".join(_d(m.date) for m in run)
            ids, ev = _attendance_evidence(ctx, p, run)
            absent = _absent_words(p, ev, run, ctx)
            ev = ev if absent else []  # "thanks Sanjay" is not evidence that Sanjay was away
            reasons_for = (
                f"{label} absent from the last {streak} meetings ({dates})" if absent
                else f"{label} not heard in the last {streak} meetings ({dates}; nobody said they were away, and "
                "a transcript cannot show someone who listened without speaking)"
            )
            absence_reasons.append((
                0 if is_sponsor else 1, -streak,
                Reason(text=f"{reasons_for}; attended {attended} of {len(rows)}", status=colour, fact_ids=ids,
                       evidence=ev),
            ))
        elif is_sponsor and recent_absent and recent_absent[-1] is recent[-1]:
            colours.append("amber")
            last = [recent[-1]]
            away = _absent_words(p, ev, last, ctx)
            what = "absent from" if away else "not heard in"
            ev = ev if away else []
            absence_reasons.append((
                0, -1,
                Reason(text=f"{label} {what} the last meeting ({dates}); attended {attended} of {len(rows)}",
                       status="amber", fact_ids=ids, evidence=ev),
            ))
    # Judged without roles: a participant who has dropped away. Someone on the customer's side (or of unknown
    # side) who attended twice or more, or whose absence a meeting noted ("Karen sends her apologies"), and who
    # gone at least half of the meetings and the last one, is a warning whatever their role.
    flagged = [r.text for _, _, r in absence_reasons]
    for p in _participants(ctx):
        if p.side == "vendor" or any(t.startswith(p.name) for t in flagged):
            continue  # our own team, or already named by the rules above
        rows = [(m, ctx.present(p, m)) for m in ctx.meetings]
        attended = sum(1 for _, here in rows if here)
        gone = [m for m, here in rows if not here]
        noted = [f for f in ctx.facts if isinstance(f, Attendance) and not f.present
                 and names_match(p.name, f.person, ctx.people)]
        if not (attended >= 2 or (attended and noted)) or len(gone) < 2 or rows[-1][1] \
                or len(gone) * 2 < len(rows):
            continue
        colours.append("amber")
        ids, ev = _attendance_evidence(ctx, p, gone)
        away = _absent_words(p, ev, gone, ctx)
        label = f"{p.name} ({p.role})" if p.role else p.name
        absence_reasons.append((
            1, -len(gone),
            Reason(text=f"{label} attended {attended} of {len(rows)} meetings and "
                        f"{'was absent from' if away else 'was not heard in'} {len(gone)}, the last one among them "
                        f"({', '.join(_d(m.date) for m in gone)})",
                   status="amber", fact_ids=ids, evidence=ev if away else []),
        ))
    # Sponsors first, then the longest run of missed meetings: the headline is the absence that matters most.
    absence_reasons.sort(key=lambda t: (-_RANK[t[2].status], t[0], t[1]))
    reasons.extend(r for _, _, r in absence_reasons)
    if not sponsors:
        # Not judged is not green: the sponsor's engagement is the heart of this dimension, so without a sponsor
        # the dimension is at least amber and says what to set.
        colours.append("amber")
        reasons.append(
            Reason(
                text="Sponsor attendance not judged: no sponsor recorded (set one with "
                "`candor stakeholders set NAME --role sponsor`)",
                status="amber",
            )
        )
    kept, missed = [], []
    for f in ctx.facts:
        if not isinstance(f, ActionItem) or not is_commitment(f) or ctx.side_of(f) != "customer":
            continue
        status, due = ctx.state(f)
        if due is None or (due >= ctx.as_of and status != "done"):  # not yet due and not done: no verdict
            continue
        done_at = next((e.at for e in f.history if e.event == "done" and e.at <= ctx.as_of), None)
        original = next((e.due for e in f.history if e.event == "created" and e.due), None) or due
        if status == "done" and (
            done_at is None or done_at <= original or not _open_at_meeting_after(ctx, original, done_at)
        ):
            kept.append(f)
        elif status == "done" or status in ("open", "slipped"):
            missed.append(f)
    if missed:
        colour = "red" if len(missed) >= ENGAGEMENT_RED_MISSED and len(missed) > len(kept) else "amber"
        colours.append(colour)
        reasons.append(
            Reason(
                text=f"Customer commitments kept {len(kept)}, missed or late {len(missed)}: "
                + "; ".join(f"{_who(f.owner)} - {named_task(f, ctx.people)}" for f in missed[:5]),
                status=colour,
                fact_ids=[f.id for f in missed],
                evidence=[e for f in missed for e in f.evidence[:1]],
            )
        )
    elif kept:
        reasons.append(
            Reason(text=f"Customer commitments kept on time: {len(kept)}", fact_ids=[f.id for f in kept])
        )
    if not colours:
        reasons.insert(0, Reason(text=f"Expected attendees present recently ({len(ctx.meetings)} meetings)"))
    return DimensionStatus(status=worst(colours), reasons=reasons)


def _participants(ctx: Context) -> list[Person]:
    """Everyone who attended a meeting or whose presence or absence was recorded, as people of the list when
    they are on it (a name not on it becomes a Person with that name)."""
    out: list[Person] = []
    names = [a for m in ctx.meetings for a in m.attendees] + [
        f.person for f in ctx.facts if isinstance(f, Attendance) and f.person
    ]
    for name in dict.fromkeys(names):
        p = ctx.person(name) or Person(name=name)
        if not any(q.name == p.name or names_match(q.name, p.name, ctx.people) for q in out):
            out.append(p)
    return out


def sentiment_by_person(ctx: Context) -> dict[str, list[tuple[date, SentimentSignal]]]:
    out: dict[str, list[tuple[date, SentimentSignal]]] = defaultdict(list)
    for f in ctx.facts:
        if isinstance(f, SentimentSignal):
            p = ctx.person(f.person)
            out[p.name if p else f.person].append((ctx.fact_date(f) or ctx.as_of, f))
    for rows in out.values():
        rows.sort(key=lambda t: (t[0], t[1].id))
    return out


Trend = Literal["improving", "steady", "declining", "unknown"]


class PersonSentiment(BaseModel):
    """One person's sentiment reading: the single computation behind the status rule and the stakeholder map."""

    recent: float | None = None  # average polarity over the recent window; None when no signals
    change: float | None = None  # recent minus the earlier average; None when there is no earlier reading
    trend: Trend = "unknown"
    stale: bool = False  # the reading predates the engagement's last SENTIMENT_RECENT_MEETINGS meetings
    recent_rows: list[tuple[date, SentimentSignal]] = Field(default_factory=list)
    strong_negative: list[tuple[date, SentimentSignal]] = Field(default_factory=list)


def person_sentiment(
    rows: list[tuple[date, SentimentSignal]], meeting_days: Sequence[date] | None = None
) -> PersonSentiment:
    """Recent level, change and trend for one person, from their SentimentSignal facts (sorted by date).

    Signals with no opinionated sentence (intensity 0: only neutral talk) say nothing about mood and are left
    out. The recent window is the engagement's last ``SENTIMENT_RECENT_MEETINGS`` meetings (``meeting_days``);
    when the person voiced no opinion there, their last meeting with one is used and the reading is ``stale``.
    The trend compares the recent average with the earlier one: a change of ``SENTIMENT_TREND_CHANGE`` or more
    either way is declining/improving.
    """
    if not rows:
        return PersonSentiment()
    opinion = [(d, s) for d, s in rows if s.intensity > 0 or abs(s.polarity) > 0]
    if not opinion:
        return PersonSentiment(recent=0.0, trend="steady")
    days = sorted(set(meeting_days or ()))[-SENTIMENT_RECENT_MEETINGS:]
    cut = min(days) if days else None
    stale = False
    if cut is None:
        cut = sorted({d for d, _ in opinion})[-SENTIMENT_RECENT_MEETINGS:][0]
    elif not any(d >= cut for d, _ in opinion):
        cut, stale = max(d for d, _ in opinion), True
    recent_rows = [(d, s) for d, s in opinion if d >= cut]
    earlier = [s.polarity for d, s in opinion if d < cut]
    r = round(sum(s.polarity for _, s in recent_rows) / len(recent_rows), 3)
    change = round(r - sum(earlier) / len(earlier), 3) if earlier else None
    trend: Trend = "steady"
    if change is not None and change <= -SENTIMENT_TREND_CHANGE:
        trend = "declining"
    elif change is not None and change >= SENTIMENT_TREND_CHANGE:
        trend = "improving"
    window = set(sorted(set(meeting_days or ()))[-SENTIMENT_STRONG_WINDOW:]) or {d for d, _ in opinion}
    strong = [(d, s) for d, s in opinion if d in window and s.polarity <= SENTIMENT_STRONG_NEG]
    return PersonSentiment(
        recent=r, change=change, trend=trend, stale=stale, recent_rows=recent_rows, strong_negative=strong
    )


def sentiment_trend(
    rows: list[tuple[date, SentimentSignal]], recent_days: Sequence[date] | None = None
) -> tuple[float | None, float | None]:
    """(recent average polarity, change from the earlier average): ``person_sentiment`` in short."""
    ps = person_sentiment(rows, recent_days)
    return ps.recent, ps.change


def is_key_stakeholder(p: Person) -> bool:
    """Sponsors, IT sponsors, business and technical leads, people the PM rated high influence, expected
    attendees."""
    return bool(
        p.kind == "person"
        and (p.expected_attendee or p.influence == "high" or (p.role and _KEY_ROLE.search(p.role)))
    )


def _key_people(ctx: Context) -> list[Person]:
    return [p for p in ctx.people if is_key_stakeholder(p)]


def sentiment_status(ctx: Context) -> DimensionStatus:
    reasons: list[Reason] = []
    colours: list[str] = []
    by_person = sentiment_by_person(ctx)
    key = _key_people(ctx)
    names = [p.name for p in key] if key else list(by_person)
    days = [m.date for m in ctx.meetings]
    for name in names:
        rows = by_person.get(name, [])
        ps = person_sentiment(rows, days)
        if ps.recent is None:
            continue
        recent, change = ps.recent, ps.change
        p = ctx.person(name)
        sponsor = bool(p and _sponsor(p.role))
        colour: Colour = "green"
        why: list[str] = []
        if recent <= SENTIMENT_RED_AVG or (sponsor and recent <= SENTIMENT_RED_SPONSOR_AVG):
            colour = "red"
        elif recent <= SENTIMENT_AMBER_AVG:
            colour = "amber"
        if ps.trend == "declining":
            why.append(f"declining, down {abs(change or 0):.2f} from earlier meetings")
            colour = worst([colour, "amber"])
        if len(ps.strong_negative) >= SENTIMENT_STRONG_REPEAT:
            why.append(f"{len(ps.strong_negative)} strongly negative meetings")
            colour = worst([colour, "amber"])
        if ps.stale and colour == "red":
            colour = "amber"  # an old reading warns; it does not make the engagement red on its own
        if colour == "green":
            continue
        colours.append(colour)
        # Cite the quotes behind the colour: the strongest negatives first, then the recent window.
        cited = sorted(
            {s.id: (d, s) for d, s in [*ps.strong_negative, *ps.recent_rows, *rows] if s.polarity < 0}.values(),
            key=lambda t: (t[1].polarity, t[0]),
        )[:2]
        label = " (sponsor)" if sponsor and p and p.role and p.role.casefold().endswith(("business sponsor", "sponsor")) \
            and not p.role.casefold().startswith("it ") else (f" ({p.role})" if p and p.role else "")
        last = f", last opinion {_d(ps.recent_rows[-1][0])}" if ps.stale and ps.recent_rows else ""
        reasons.append(
            Reason(
                text=f"{name}{label} recent sentiment {recent:+.2f}{last}"
                + (f"; {'; '.join(why)}" if why else "")
                + "".join(f'; "{s.evidence[0].quote}"' for _, s in cited if s.evidence),
                status=colour,
                fact_ids=[s.id for _, s in cited],
                evidence=[e for _, s in cited for e in s.evidence[:1]],
            )
        )
    if not reasons:
        n = sum(len(v) for v in by_person.values())
        reasons.append(
            Reason(
                text=f"No negative trend among key stakeholders ({n} sentiment signals)"
                if n
                else "No sentiment signals recorded"
            )
        )
    return DimensionStatus(status=worst(colours), reasons=reasons)


# --------------------------------------------------------------------------- overall


def compute_status(
    engagement_id: str,
    facts: Sequence[FactBase],
    meetings: Sequence[Meeting],
    people: Sequence[Person],
    as_of: date,
    period: tuple[date, date] | None = None,
    override: Colour | None = None,
) -> StatusAssessment:
    """RAG per dimension from evidence known on ``as_of``; overall is the worst unless the PM overrides."""
    if override is not None and override not in _RANK:
        raise ValueError(f"override must be red, amber or green, not {override!r}")
    period = period or (as_of - timedelta(days=DEFAULT_PERIOD_DAYS), as_of)
    ctx = Context(facts, meetings, people, as_of, period)
    dims = {
        "schedule": schedule_status(ctx),
        "blockers": blockers_status(ctx),
        "engagement": engagement_status(ctx),
        "sentiment": sentiment_status(ctx),
    }
    computed = worst([d.status for d in dims.values()])
    note = None
    if override is not None and override != computed:
        if _RANK[override] < _RANK[computed]:
            why = "; ".join(
                r.text
                for d in dims.values()
                if d.status == computed
                for r in d.reasons[:2]
                if r.status == computed
            )
            note = f"PM override: {override.capitalize()}; evidence suggests {computed.capitalize()} because {why}"
        else:
            note = f"PM override: {override.capitalize()} (evidence alone suggests {computed.capitalize()})"
    return StatusAssessment(
        engagement_id=engagement_id,
        as_of=as_of,
        period=period,
        overall=override or computed,
        computed=computed,
        override=override,
        override_note=note,
        dimensions=dims,
        metrics=_metrics(ctx),
        insufficient_evidence=not ctx.meetings,
    )


def _metrics(ctx: Context) -> dict[str, Any]:
    items = [f for f in ctx.facts if isinstance(f, ActionItem) and is_commitment(f)]
    states = [(f, *ctx.state(f)) for f in items]
    start, end = ctx.period
    done_in_period = sum(1 for f in items if start < (done_on(f) or date.min) <= end)
    blockers = [b for b in ctx.facts if isinstance(b, Blocker) and ctx.state(b)[0] == "open"]
    return {
        "meetings": len(ctx.meetings),
        "last_meeting": ctx.meetings[-1].date.isoformat() if ctx.meetings else None,
        "open_commitments": sum(1 for _, s, _ in states if s in ("open", "slipped")),
        "overdue": sum(
            1 for _, s, d in states if s in ("open", "slipped") and d is not None and d < ctx.as_of
        ),
        "slipped": sum(1 for _, s, _ in states if s == "slipped"),
        "done": sum(1 for _, s, _ in states if s == "done"),
        "done_in_period": done_in_period,
        "open_blockers": len(blockers),
        "blockers_outside_project": sum(1 for b in blockers if not ctx.inside(b.waiting_on)),
    }


def is_stalling(
    engagement_id: str,
    facts: Sequence[FactBase],
    meetings: Sequence[Meeting],
    people: Sequence[Person],
    as_of: date,
    period_days: int = 7,
) -> tuple[bool, list[str]]:
    """Stalling signals: not green now and one period earlier, sponsor absent, blockers outside the project."""
    now = compute_status(engagement_id, facts, meetings, people, as_of)
    before = compute_status(engagement_id, facts, meetings, people, as_of - timedelta(days=period_days))
    signals = []
    if now.computed != "green" and before.computed != "green" and before.metrics["meetings"]:
        signals.append(
            f"status {before.computed.capitalize()} on {_d(before.as_of)} and {now.computed.capitalize()} "
            f"on {_d(now.as_of)}"
        )
    for r in now.dimensions["engagement"].reasons:
        if r.status == "red" and ("absent" in r.text or "not heard" in r.text):
            signals.append(r.text)
    if now.metrics["blockers_outside_project"]:
        signals.append(
            f"{counted(now.metrics['blockers_outside_project'], 'blocker')} waiting on parties outside the project"
        )
    return bool(signals), signals
