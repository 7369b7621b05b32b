"""Due dates: a regex finds the date phrase, dateparser (slow to import, fast per call) resolves it."""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date, datetime, timedelta
from typing import Any

_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri)"
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|" \
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
_NUM = r"(?:\d{1,2}|one|two|three|four|five|six|a couple of|a few)"
_ORDINAL_NAMES = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                  "eighteenth", "nineteenth", "twentieth"]
_ORDINAL_NUMBER = {w: i + 1 for i, w in enumerate(_ORDINAL_NAMES)}
_ORDINAL_NUMBER.update({f"twenty{sep}{w}": 20 + i + 1 for sep in ("-", " ") for i, w in enumerate(_ORDINAL_NAMES[:9])})
_ORDINAL_NUMBER.update({"thirtieth": 30, "thirty-first": 31, "thirty first": 31})
# A spoken day of the month ("December first", "the twenty-second of November"); longest first for the regex.
_ORDW = "(?:" + "|".join(sorted((w.replace(" ", r"\s") for w in _ORDINAL_NUMBER), key=len, reverse=True)) + ")"
_DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{_ORDW})"

DATE_PHRASE = re.compile(
    r"\b(?:"
    # "by EOD Thursday", "COB Monday", "end of play Friday": the weekday says which day
    rf"(?:eod|cob|end of (?:the )?day|close of (?:business|play)|end of play),? (?:on )?(?:this |next )?{_WD}"
    # "First Friday in November", "the last Monday of the month", "the first week of February": a weekday, or a week
    # (done by its end), counted in a month
    rf"|(?:the )?(?:first|second|third|fourth|last) (?:{_WD}|week) (?:in|of) (?:{_MONTH}|the month|this month|"
    r"next month)"
    rf"|(?:end of (?:the |this |next )?(?:day|week|month|quarter|sprint))|eod|eow|cob"
    rf"|end of {_MONTH}"
    # "Wednesday the 3rd", "Friday 12th July", "Wednesday November 18th", "Tuesday, December first": the day
    # number decides, the weekday only confirms it.
    rf"|{_WD},? (?:the )?{_MONTH},? (?:the )?{_DAY}"
    # (not "Monday, first thing")
    rf"|{_WD},? (?:the )?{_DAY}(?!\s+thing\b)(?: (?:of )?{_MONTH})?"
    # "by Wednesday next week": next week's Wednesday
    rf"|{_WD},? (?:of )?next week"
    # "Tuesday night next week": the day of next week, whatever time of it
    rf"|{_WD} (?:morning|afternoon|evening|night),? (?:of )?next week"
    # "a week on Monday": a week after the coming Monday ("Monday week")
    rf"|a week on {_WD}"
    # "Give us till the Monday after next": a week on from the coming Monday
    rf"|(?:the )?{_WD} after next"
    rf"|(?:(?:this|next|coming) )?{_WD}(?: (?:morning|afternoon|evening|week))?"
    r"|tomorrow|(?:later )?today|tonight|this afternoon|this evening|(?:later )?this week"
    r"|after (?:this|the|today's) (?:call|meeting)"
    # "It's in my drafts. Sorry. I'll send it after this.": this call, said at the end of the sentence (or of the
    # work, before why: "I'll send the plan and the RAID log round after this, so you've got the dates.")
    r"|after this(?=\s*(?:[.!?]|$))|(?<=\w\s)after this(?=,\s*(?:so|because|as|then)\b)"
    # "by next week's call", "before the next call", "at the next one of these": the next weekly meeting
    r"|(?:next week's|the next|our next) (?:call|meeting|catch-?up|check-?in|one of these)"
    r"|next (?:week|month)"
    rf"|in {_NUM} (?:days?|weeks?|months?)|within {_NUM} (?:days?|weeks?)"
    # ("we may first need": "may" before a spoken ordinal is the verb)
    rf"|{_MONTH},? (?:the )?\d{{1,2}}(?:st|nd|rd|th)?|(?!may\b){_MONTH},? (?:the )?{_ORDW}"
    rf"|(?:the )?{_DAY} (?:of )?{_MONTH}"
    # "the seventeenth and eighteenth", "moved to the 24th and 25th": two days of one piece of work, done by the second
    # (not "the first and second drafts", "the fourth and fifth floors")
    rf"|the (?!(?:first|second|third)\b){_DAY} and (?:the )?(?!(?:first|second|third)\b){_DAY}"
    r"(?=\s*(?:[.,;!?]|$|(?:at|in|for|now|then|instead|if|so|and|but|with|because|to)\b))"
    # "by the thirtieth of this month", "the 3rd of next month"
    rf"|the {_DAY} of (?:this|next) month"
    r"|the \d{1,2}(?:st|nd|rd|th)"
    # "So the twelfth.": a spoken day of the month that ends its clause ("at the second" is a place)
    # ... or is followed only by a word that says it is the new date ("Realistically it'll be the twenty-eighth now")
    rf"|the (?!(?:first|second|third)\b){_ORDW}(?=\s*(?:[.,;!?]|$|(?:now|then|instead|at the latest|latest|at best|"
    r"as well)\b))"
    # "I'll have those done by the second as well": after a deadline word the first three are days too
    # "I'll take it to the staff side meeting on the twenty-ninth and come back to you": "on the" a day, not a
    # floor, a page or a go
    # "I'm aiming for the thirtieth for the VLAN", "we're targeting the eleventh for production": a target's day
    rf"|(?:(?<=\baiming for )|(?<=\bshooting for )|(?<=\btargeting ))the {_ORDW}\b(?!-|\s+time\b)"
    # "They're now saying the sixth for the sandbox": the day someone says
    rf"|(?:(?<=\bsaying )|(?<=\bsays ))the {_ORDW}\b(?!-|\s+(?:one|ones|time|half|part|draft|version|option|floor|page)\b)"
    rf"|(?<=\bon )the (?!(?:first|second|third)\b){_ORDW}\b(?!-|\s+(?:floor|page|slide|item|point|line|row|column|"
    r"version|attempt|time|try|go|round|level|step|stage|tab|sheet|box|site|one|ones|person|people|list)\b)"
    # ("Our legal team are now saying the second.", "It's now the third.")
    r"|(?:(?<=\bby )|(?<=\bbefore )|(?<=\buntil )|(?<=\btill )|(?<=\bsaying )|(?<=\bsays )|(?<=\bnow )|(?<=\bit's ))"
    r"the (?:first|second|third)"
    r"(?=\s*(?:[.,;!?]|$|(?:now|then|instead|at the latest|latest|at best|as well)\b))"
    # ("She's seeing them on the second now.")
    r"|(?<=\bon )the (?:first|second|third)(?=\s+now\b)"
    r"|\d{4}-\d{2}-\d{2}"
    r")\b",
    re.IGNORECASE,
)
_WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a couple of": 2, "a few": 3}


def spoken_day_forms(word: str) -> list[str]:
    """The other ways a day of the month is said, for one lower-case token ("30th": "thirtieth"; "ninth": "9th", "9";
    "21st": "twenty-first" and its last word "first"), from the ordinal table the date grammar reads."""
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", word)
    if m:
        n = int(m.group(1))
        names = [w for w, k in _ORDINAL_NUMBER.items() if k == n and " " not in w]
        return [form for w in names for form in ([w, w.split("-")[-1]] if "-" in w else [w])]
    n = _ORDINAL_NUMBER.get(word, 0)
    if not n:
        return []
    suffix = {1: "st", 21: "st", 31: "st", 2: "nd", 22: "nd", 3: "rd", 23: "rd"}.get(n, "th")
    return [f"{n}{suffix}", str(n)]


def find_date_phrase(sentence: str) -> str | None:
    m = DATE_PHRASE.search(sentence)
    return m.group(0) if m else None


def has_deadline(sentence: str) -> bool:
    """A date said as a deadline: "by Friday the sixth", "before the 12th"."""
    return any(_deadline_at(sentence, m.start()) for m in DATE_PHRASE.finditer(sentence))


def _deadline_at(text: str, start: int) -> bool:
    """The date phrase starting at ``start`` follows "by", "before", "until" ...: a deadline."""
    return bool(_DEADLINE_BEFORE.search(text[max(0, start - 20) : start]))


_DEADLINE_BEFORE = re.compile(r"\b(?:by|before|until|till|no later than|latest)\s+(?:the\s+)?$", re.IGNORECASE)
# A date in a clause about the past ("we sorted that out by email on Friday", "since Wednesday") is when something
# happened, not when the item is due.
_PAST_BEFORE = re.compile(r"\b(?:last|since|from)\s+$", re.IGNORECASE)
_PAST_CLAUSE = re.compile(
    r"\b(?:i|we|they|he|she|you|it)\s+(?:already\s+|just\s+|also\s+)?(?!(?:need|proceed|exceed|succeed|feed)\b)\w+ed\b"
    r"|\b(?:sent|did|had|went|got|told|said|met|spoke|made|took|gave|wrote|ran|saw|heard|came|was|were|paid|"
    r"built|bought|found|left|kept|brought|thought|ago)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(r"'ll\b|\b(?:will|shall|going to|gonna|next|need to|has to|have to|to be|be|promised|"
                     r"told (?:me|us))\b",
                     re.IGNORECASE)
_CLAUSE_EDGE = re.compile(r"[,;:]|\s(?:and|but|so|because|as)\s|\s-\s", re.IGNORECASE)


def _in_past_clause(text: str, start: int, end: int) -> bool:
    """True when the date phrase at text[start:end] sits in a clause that reports the past."""
    if (past := _PAST_BEFORE.search(text[max(0, start - 8) : start])) is not None:
        # ("I'll be on site from Saturday the seventh": "from" in a promise is when it starts)
        return not past.group(0).lower().startswith("from") or not _FUTURE.search(_clause_at(text, start, end))
    if _deadline_at(text, start):
        return False  # "agreed it goes out by Friday" is a deadline
    clause = _clause_at(text, start, end)
    return bool(_PAST_CLAUSE.search(clause)) and not _FUTURE.search(clause)


def _clause_at(text: str, start: int, end: int) -> str:
    """The clause of ``text`` holding text[start:end] (between commas, "and", "but", "so" ...)."""
    left = max((m.end() for m in _CLAUSE_EDGE.finditer(text, 0, start)), default=0)
    right_m = _CLAUSE_EDGE.search(text, end)
    return text[left : right_m.start() if right_m else len(text)]


# "I'll send the UAT invites out tomorrow, for the week of the 23rd": a date after "for" is when the thing being
# prepared happens, not when the promise is due ("for tomorrow and the 11th" too).
_EVENT_BEFORE = re.compile(
    r"\bfor\s+(?:(?:the\s+)?(?:week|night|morning|afternoon|day)\s+of\s+)?(?:the\s+)?$"
    r"|\bfor\s+(?:the\s+)?\w+(?:\s+\w+)?\s+and\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# ... but "put me down for the 25th", "can we aim for the 20th", "pencil it in for Friday" name the due date itself.
_AIM_FOR = re.compile(r"\b(?:down|in|aim|aiming|go|going|shoot|shooting|target|targeting|settle|plan|planning|hope|"
                      r"hoping)\s+for\s+(?:the\s+)?$", re.IGNORECASE)


# A promise that opens with what it waits for: "So once Anita's export lands on the 23rd I'll load the duties ..."
_LEADING_CONDITION = re.compile(r"^\W*(?:(?:so|and|then|okay|ok|right)[,.]?\s+)*(?:once|after|as soon as)\b.+?"
                                r"(?=,|\b(?:i|we|you|he|she|they)(?:'ll|\s+will|\s+can)\b)", re.IGNORECASE)


def _waits_until(text: str) -> int:
    """Where the condition a promise opens with ends ("So once Anita's export lands on the 23rd| I'll load ..."), or
    -1 for a sentence that opens with none."""
    waits = _LEADING_CONDITION.match(text)
    return waits.end() if waits else -1


def condition_date_only(text: str) -> bool:
    """Every date the sentence says is in the condition it opens with ("Once the export lands on the 23rd I'll
    load it")."""
    end = _waits_until(text)
    return end >= 0 and all(m.end() <= end for m in DATE_PHRASE.finditer(text))


# A weekday said and passed over for the same day a week on: "not this Friday, realistically the one after".
ONE_AFTER = re.compile(r"\W+(?:(?:no|not|realistically|honestly|probably|more like|so|it'll be|it's)\W+)*"
                        r"(?:the one after|the week after)\b", re.IGNORECASE)


# A date compared with, not set: "rather now than on the 29th", "sooner than the 4th" ("no later than" sets one)
_COMPARED = re.compile(r"(?<!\bno later )(?<!\bnot later )\bthan\s+(?:on\s+|by\s+|at\s+)?(?:the\s+)?$", re.IGNORECASE)
# A day that recurs is a cadence, not a deadline: "I'll send the RAID log every Friday", "I'll host these every other
# Thursday" would otherwise be overdue from the first week on.
_RECURS = re.compile(r"\b(?:every|each)\s+(?:(?:other|second|single|alternate)\s+)?$", re.IGNORECASE)


def due_date(text: str, meeting_date: date) -> date | None:
    """The due date of one commitment: a "by <date>" deadline if given, else the latest date mentioned.

    "I'll share a first draft on Wednesday and the final version by Friday" is due Friday: the item is done
    when its last part is. A date "for" an event is only the due date when no other date is said.
    """
    found: list[tuple[bool, date]] = []
    events: list[date] = []
    waits = _waits_until(text)
    for m in DATE_PHRASE.finditer(text):
        if _in_past_clause(text, m.start(), m.end()) or m.end() <= waits:
            continue  # "So once Anita's export lands on the 23rd I'll load the duties": when the wait ends
        d = resolve(m.group(0), meeting_date)
        if d is not None and ONE_AFTER.match(text, m.end()):
            d += timedelta(days=7)  # "Not this Friday, realistically the one after."
        before = text[max(0, m.start() - 30) : m.start()]
        if _COMPARED.search(before):
            continue  # "I'd rather have them now than on the twenty-ninth": the date set aside
        if _RECURS.search(before):
            continue
        if d is not None and _EVENT_BEFORE.search(before) and not _AIM_FOR.search(before):
            events.append(d)
        elif d is not None:
            found.append((_deadline_at(text, m.start()), d))
    if not found:
        return max(events) if events else None
    deadlines = [d for is_by, d in found if is_by]
    return deadlines[0] if deadlines else max(d for _, d in found)


_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _weekday_index(word: str) -> int:
    return ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].index(word[:3].lower())


def _nth_weekday(nth: str, weekday: str, month: str, meeting_date: date) -> date:
    """"First Friday in November" (the next such November), "the last Monday of the month"."""
    y, mo = meeting_date.year, meeting_date.month
    if month == "next month":
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    elif month not in ("the month", "this month"):
        mo = _MONTHS.index(month[:3]) + 1
        y += mo < meeting_date.month
    days = [d for d in range(1, calendar.monthrange(y, mo)[1] + 1)
            if date(y, mo, d).weekday() == _weekday_index(weekday)]
    k = {"first": 0, "1th": 0, "second": 1, "2th": 1, "third": 2, "3th": 2, "fourth": 3, "4th": 3}.get(nth, -1)
    return date(y, mo, days[k])


def _friday_of(d: date) -> date:
    return d + timedelta(days=(4 - d.weekday()) % 7)


def _month_end(year: int, month: int, not_before: date) -> date:
    """The last working day of a month ("end of October" said of a month ending on a Saturday is Friday the 30th),
    never before the meeting ("end of the month" said on Saturday the 31st is that day)."""
    d = date(year, month, calendar.monthrange(year, month)[1])
    return max(d - timedelta(days=max(0, d.weekday() - 4)), not_before)


def resolve(phrase: str, meeting_date: date) -> date | None:
    """Resolve a date phrase relative to the meeting date (future preferred); None if it cannot be resolved."""
    p = re.sub(r"\s+", " ", phrase.lower().strip())
    p = re.sub(r"^(?:eod|cob|end of (?:the )?day|close of (?:business|play)|end of play),? (?:on )?", "", p)
    # Spoken days of the month as numbers: "December first" -> "December 1st", "the eleventh" -> "the 11th".
    p = re.sub(_ORDW.replace(r"\s", " "), lambda m: f"{_ORDINAL_NUMBER[m.group(0)]}th", p) if re.search(
        rf"{_MONTH}|\bthe ", p) else p
    # "Wednesday November 18th": the weekday only confirms the date.
    p = re.sub(rf"^{_WD},? (?=(?:the )?{_MONTH}\b)", "", p)
    if p in ("eod", "cob", "end of day", "end of the day", "today", "later today", "tonight", "this afternoon",
             "this evening") or p.startswith("after "):
        return meeting_date
    m_nth = re.fullmatch(rf"(?:the )?(first|second|third|fourth|last|1th|2th|3th|4th) ({_WD}|week) (?:in|of) "
                         rf"({_MONTH}|the month|this month|next month)", p)
    if m_nth:
        nth, day, month = m_nth.groups()
        if day != "week":
            return _nth_weekday(nth, day, month, meeting_date)
        # the Friday of that week (the first week starts on the month's first Monday; the last ends on its last Friday)
        if nth == "last":
            return _nth_weekday("last", "friday", month, meeting_date)
        return _friday_of(_nth_weekday(nth, "monday", month, meeting_date))
    m_of = re.fullmatch(r"the (\d{1,2})(?:st|nd|rd|th)? of (this|next) month", p)
    if m_of:
        y, mo = meeting_date.year, meeting_date.month
        if m_of.group(2) == "next":
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
        day = int(m_of.group(1))
        return date(y, mo, day) if day <= calendar.monthrange(y, mo)[1] else None
    m_pair = re.fullmatch(r"the \d{1,2}(?:st|nd|rd|th)? and (?:the )?(\d{1,2})(?:st|nd|rd|th)?", p)
    if m_pair:
        return resolve(f"the {m_pair.group(1)}th", meeting_date)  # the second day
    m_day = re.fullmatch(r"the (\d{1,2})(?:st|nd|rd|th)", p)
    if m_day:
        # "the 4th" is the next 4th on or after the meeting (dateparser reads it as a month).
        day = int(m_day.group(1))
        y, mo = meeting_date.year, meeting_date.month
        for _ in range(2):
            if day <= calendar.monthrange(y, mo)[1] and date(y, mo, day) >= meeting_date:
                return date(y, mo, day)
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
        return None
    if p in ("eow", "end of week", "end of the week", "end of this week", "this week", "later this week"):
        return _friday_of(meeting_date)
    if p in ("end of next week", "next week"):
        return _friday_of(meeting_date + timedelta(days=7 - meeting_date.weekday()))
    if re.fullmatch(r"(?:next week's|the next|our next) .+", p):
        # Status calls are weekly: the next one is a week on (the PM edits the date if the cadence differs).
        return meeting_date + timedelta(days=7)
    if p in ("end of month", "end of the month", "end of this month"):
        return _month_end(meeting_date.year, meeting_date.month, meeting_date)
    if p in ("end of next month", "next month"):
        y, mo = (meeting_date.year + 1, 1) if meeting_date.month == 12 else (meeting_date.year, meeting_date.month + 1)
        return _month_end(y, mo, meeting_date)
    m_month = re.fullmatch(rf"end of ({_MONTH})", p)
    if m_month:
        # "end of July": the last day of the next such month (this one when the meeting is in it).
        month = _MONTHS.index(m_month.group(1)[:3]) + 1
        year = meeting_date.year + (month < meeting_date.month)
        return _month_end(year, month, meeting_date)
    m_wd_day = re.fullmatch(rf"{_WD},? ((?:the )?\d{{1,2}}(?:st|nd|rd|th)?(?: (?:of )?{_MONTH})?)", p)
    if m_wd_day:
        rest = m_wd_day.group(1)
        if re.fullmatch(r"(?:the )?\d{1,2}(?:st|nd|rd|th)?", rest):
            return resolve("the " + re.sub(r"\D", "", rest) + "th", meeting_date)
        return _dateparser(re.sub(r"^the ", "", rest), meeting_date)
    p = re.sub(rf"^({_WD})(?: (?:morning|afternoon|evening|night))?,? (?:of )?next week$", r"next \1", p)
    p = re.sub(rf"^a week on ({_WD})$", r"\1 week", p)
    m_week = re.fullmatch(rf"({_WD}) week|(?:the )?({_WD}) after next", p)
    if m_week:
        # "Friday week": a week on from the coming Friday (said on a Monday, the Friday of next week; "Wednesday
        # week" said on a Thursday is 13 days on, not next week's Wednesday)
        ahead = (_weekday_index(m_week.group(1) or m_week.group(2)) - meeting_date.weekday()) % 7 or 7
        return meeting_date + timedelta(days=ahead + 7 if ahead < 7 else ahead)
    m_next = re.fullmatch(rf"next ({_WD})(?: (?:morning|afternoon|evening))?", p)
    if m_next:
        # "next Wednesday" is that weekday of the following week (said on a Monday: nine days on, not two).
        target = _weekday_index(m_next.group(1))
        monday_next = meeting_date + timedelta(days=7 - meeting_date.weekday())
        return monday_next + timedelta(days=target)
    if p.startswith("end of") and "quarter" in p:
        q_end_month = ((meeting_date.month - 1) // 3 + 1) * 3
        return _month_end(meeting_date.year, q_end_month, meeting_date)
    if "sprint" in p:
        return None
    m = re.match(r"(?:in|within) (.+?) (day|week|month)s?$", p)
    if m:
        n = _WORDNUM.get(m.group(1)) or (int(m.group(1)) if m.group(1).isdigit() else None)
        if n is None:
            return None
        days = {"day": 1, "week": 7, "month": 30}[m.group(2)] * n
        return meeting_date + timedelta(days=days)
    p = re.sub(r"^(?:this|coming) ", "", p)
    p = re.sub(r" (?:morning|afternoon|evening|week)$", "", p)
    return _dateparser(p, meeting_date)


@functools.lru_cache(maxsize=1024)
def _dateparser(text: str, meeting_date: date) -> date | None:
    import dateparser

    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": datetime(meeting_date.year, meeting_date.month, meeting_date.day),
        "REQUIRE_PARTS": [],
    }
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input; a due date is optional
        return None
    if parsed is None:
        return None
    d = parsed.date()
    # A due date years away is a misparse ("the 2nd" of a version, numbers in prices).
    if d < meeting_date or (d - meeting_date).days > 400:
        return None
    return d
