"""Who owns an item: the speaker ("I'll"), a named person or team, the addressed "you", or nobody.

A wrong owner is worse than none, so every branch needs an unambiguous signal; otherwise the owner is None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.models import Person
from assistant.tracking import short_name_of

TEAM_RX = re.compile(
    r"(?:(?<!['’])|(?=s ))\b(?:the |our |their |your )?((?:[A-Z][\w&-]*|[a-z][\w-]*)(?: [a-z][\w-]*| [A-Z][\w&-]*){0,2}) "
    r"(team|vendor|department|group|squad|office|desk|committee|board)\b"
    # "weekly office hours", "board prep", "the help desk ticket": the head noun is part of a thing
    # ... and "vendor records", "the SSO group list", "office move": a thing of the team's, not the team
    r"(?!\s+(?:hours?|space|building|prep|meetings?|calls?|rooms?|papers?|pack|deck|minutes|tickets?|queue|records?|"
    r"lists?|data|numbers?|portal|system|process|reports?|invoices?|payments?|accounts?|contracts?|rules?|"
    r"approvals?|channel|chat|site|page|move|policy|policies|members?|memberships?|names?|ids?|mappings?)\b)"
)
KNOWN_TEAMS = re.compile(
    r"\b(network security|information security|infosec|security team|procurement|legal|finance|"
    r"the help ?desk|service desk|change advisory board|the cab|steering committee|the sponsor|"
    r"facilities|hr|purchasing|compliance|the customer|the client|"
    # offices known by their acronym: "our CISO will need to see the report", "CAB don't meet until the 19th"
    r"(?-i:CISO|CIO|CTO|CFO|DPO|CCIO|PMO|CAB))\b",
    re.IGNORECASE,
)
_STOP_TEAM = {
    "the", "a", "an", "this", "that", "whole", "entire", "same", "other", "my", "our", "your", "their", "project",
    "and", "we", "i", "you", "so", "but", "to", "with", "for", "from", "on", "by", "of", "in", "is", "are", "was",
}
_POSSESSOR = re.compile(r"\b([A-Z][\w-]*)['’]$")
# A common-noun possessor with its article: "the council's network team", "the registrar's office"
_COMMON_POSSESSOR = re.compile(r"\b((?:[Tt]he|[Oo]ur|[Tt]heir|[Yy]our) (?:[a-z][\w-]* )?[a-z][\w-]*)['’]$")
_PREPOSITIONS = {"with", "for", "from", "on", "by", "of", "in", "to", "at", "into", "onto", "over", "under"}
_DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekly", "daily",
              "monthly", "morning", "afternoon", "next", "last"}
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second",
                 "third", "both", "several", "many", "few"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "my", "our", "your", "their", "his", "her", "its"}
_LEAD_STOP = {
    "until", "till", "unless", "if", "when", "whenever", "while", "once", "after", "before", "because", "since",
    "as", "than", "chase", "ask", "asked", "ping", "call", "email", "contact", "tell", "told", "remind", "about",
    "at", "into", "via", "like", "whether", "not", "also", "still", "both", "all",
}
FIRST_PERSON = re.compile(
    r"\b(i'll|i will|i'm going to|i am going to|i'm gonna|let me|i can do|i can take|i'll take|i shall|"
    r"i'll make sure|i need to|i have to|i must|i can send|i can get|i can have|i'm on it|leave it with me|"
    # "I can give you VPN access to it. Thursday, if that's alright?": an offer (the extractor keeps it only dated)
    r"i can (?!try\b|probably\b|maybe\b|possibly\b|see\b|ask\b|check\b|look\b|have a look\b|only\b|imagine\b|"
    r"tell\b|hear\b|understand\b|live\b|think\b|remember\b|guess\b)[a-z]+|"
    r"let's say i|i(?:'m| am) (?:aiming|planning|targeting) to|"
    r"i'll handle|i'll sort|i should (?:be able to )?have|i(?:'m| am) expecting to have|i expect to have|"
    r"i(?:'m| am)? aiming to have|i aim to have|i plan to have|"
    r"i(?:'m| am|'ve been| have been) (?:(?:now|provisionally|tentatively|already|also) )?"
    r"(?:pencil+ed|booked|scheduled|slotted|lined up) (?:in )?(?:for|to))\b",
    re.IGNORECASE,
)
SECOND_PERSON = re.compile(
    r"\b(you'll|you will|you're gonna|you are going to|you're going to|can you|could you|would you|will you|"
    r"you need to|you have to|you should|you could|please)\b",
    re.IGNORECASE,
)
_OBJECT_BEFORE = re.compile(
    r"\b(ask|asked|tell|told|get|remind|chase|email|e-mail|call|ping|with|to|for|from|on|by|about|send|sent|"
    r"give|let|cc|copy|inform|thank|thanks|and)\s+(?:the |our |their )?$",
    re.IGNORECASE,
)
_IMPERATIVE = (
    r"(?:send|email|prepare|write|draft|finish|update|share|book|schedule|set|arrange|organi[sz]e|follow|chase|"
    r"check|confirm|review|look|raise|file|submit|get|ask|call|contact|escalate|fix|add|document|sort|handle|"
    r"tell|make|put|bring|find|take|reach|loop|invite|order|run|test|talk|sync|let)"
)
_OWNER_VERBS = (
    r"(?:will|'ll|is going to|'s going to|is gonna|are going to|needs to|need to|has to|have to|should|must|can|"
    r"is to|to|agreed to|offered to|said (?:he|she|they)'d|takes|owns)"
)


# "The service desk will get the calendar from me by Friday": the named subject receives, the speaker does.
# "The service desk will get the calendar from me", "You'll have the DPIA draft from us by the 10th"
# The speaker's own people: "my team", "our office", "our fitters"
_MY_SIDE = r"(?:my|our) (?:team|office|guys|people|folks|lads|fitters|engineers)"
_MY_TEAM = re.compile(rf"^\W*(?:(?:and|so|but|okay|yes|yeah)[,]?\s+)?{_MY_SIDE}\b", re.IGNORECASE)
# "You'll have the runbook by Tuesday", "You'll have it first thing Monday": the speaker promises it to the listener
# (not "you'll have it done by Friday", which hands the work to the listener, nor "you'll have to").
_YOU_RECEIVE = re.compile(
    r"\byou(?:'ll| will) (?:still |definitely |certainly )?have (?!to\b)(?P<what>[^.;!?]{1,70}?)\s*,?\s*"
    r"(?:\b(?:by|before|on|first thing|no later than)\b|(?=\b(?:mon|tues|wednes|thurs|fri)day\b|\btomorrow\b|"
    r"\bnext week\b|\bend of\b))", re.IGNORECASE)
_RESULT_STATE = re.compile(r"\b(?:done|ready|finished|sorted|complete|live|signed|in place|\w+ed)\b", re.IGNORECASE)
# "I'll put Colin down for the item master": the speaker assigns it to the one named.
PUT_DOWN_FOR = re.compile(r"\b(?:put|putting|pencil|pencilling|penciling|mark|marking)\s+(?P<who>(?-i:[A-Z][a-z]+)"
                          r"(?:\s(?-i:[A-Z][a-z]+))?)\s+(?:down\s+)?(?:for|against)\b", re.IGNORECASE)


def speaker_promises_to_listener(sentence: str) -> bool:
    """'You'll have the runbook by Tuesday': the speaker's promise put to the listener."""
    m = _YOU_RECEIVE.search(sentence)
    return m is not None and not _RESULT_STATE.search(m.group("what"))


_OPENERS_ONLY = re.compile(r"\W*(?:(?:and|so|but|then|also|okay|ok|right)[,]?\s+)*(?:the\s+|our\s+|their\s+)?",
                           re.IGNORECASE)
_FROM_ME = re.compile(r"\b(?:get|gets|receive|receives|have|has|hear)\b[^.?!]{0,60}?\bfrom (?:me|us)\b", re.IGNORECASE)


# "Kevin on my team is going to image the laptops", "my engineer Kevin will ...": a person the speaker names as one
# of theirs owns the work, known to the engagement or not.
_LEAD_IN = r"^\W*(?:(?:and|so|but|okay|ok|yes|yeah|also|then|right|anyway|well|now|plus)[,]?\s+)*"
_PROPER = r"(?-i:[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2})"
_COMMIT_VERB = (r"(?:will|'ll|is going to|'s going to|are going to|is gonna|has agreed to|have agreed to|has promised to|"
                r"have promised to)\s+(?!(?:not|never|be|probably|maybe|possibly|perhaps|need|want|try)\b)")
_TEAM_MEMBER = re.compile(
    _LEAD_IN + rf"(?:(?P<name1>{_PROPER}),?\s+(?:on|from|in|of)\s+(?:my|our)\s+(?:team|side|group|squad|crew|"
    r"department|office)\b,?"
    r"|(?:my|our)\s+(?:colleague|engineer|developer|tech|technician|analyst|architect|lead|tester|admin|"
    rf"administrator|consultant|designer|specialist)\s+(?P<name2>{_PROPER}),?)"
    rf"\s+{_COMMIT_VERB}",
    re.IGNORECASE,
)
# "Brightline will confirm the cutover window by end of week": an organisation (or a person) the engagement does
# not list yet, as the sentence's subject, promising work. Capitalised words that are no party are left out.
# The verb must take an object ("will confirm the window", "is going to send it over"): "Cutover will happen on the
# 5th", "UAT will finish by Friday" say when an activity runs, not who owes work.
_PROPER_SUBJECT = re.compile(
    _LEAD_IN + rf"(?P<name>{_PROPER})(?:\s+|(?=')){_COMMIT_VERB}(?:(?:also|then|just|definitely)\s+)?[a-z]+"
    # ("Pennant will come back on the file layout by the end of the month")
    r"(?:\s+(?:up|out|off|over|back|through|across|in))?\s+(?:(?:to|with|for|(?<=back )(?:on|about))\s+)?"
    r"(?:the|a|an|our|your|their|its|all|those|these|them|it|"
    r"us|you|me|both|every|each|\d+)\b",
    re.IGNORECASE,
)
_NOT_A_PARTY_WORDS = (
    "i we you they he she it this that these those there here everyone everybody someone somebody anyone anybody "
    "nobody nothing something everything all both each which what who whoever it's that's maybe hopefully "
    "probably perhaps then now today tomorrow tonight next this monday tuesday wednesday thursday friday saturday "
    "sunday january february march april may june july august september october november december phase wave "
    "step stage sprint release version one two three the a an my our your their his her its so and but if when "
    "once after before ok okay yes yeah no well also right great good honestly actually basically obviously "
    "luckily fortunately unfortunately apparently oh um uh look sorry anyway plus otherwise meanwhile separately "
    "finally first second lastly hi hello thanks cutover migration deployment rollout launch pilot go-live uat "
    "delivery implementation build upgrade installation project programme program plan schedule budget "
    "everything's how where why some many most few several any every other others"
)
_NOT_A_PARTY = frozenset(_NOT_A_PARTY_WORDS.split())


def member_or_party(sentence: str) -> str | None:
    """The owner a sentence names as its committed subject without the engagement knowing it: one of the
    speaker's people ("Kevin on my team is going to ...") or an organisation ("Brightline will confirm ...")."""
    m = _TEAM_MEMBER.match(sentence)
    if m:
        return m.group("name1") or m.group("name2")
    m = _PROPER_SUBJECT.match(sentence)
    if m is None:
        return None
    words = m.group("name").split()
    if any(w.lower() in _NOT_A_PARTY for w in words) or (len(words) == 1 and words[0].lower().endswith("ing")):
        return None
    return m.group("name")


# A capitalised word after a lower-case word or a comma: a name, not a sentence's first word ("Will you ...").
# (or a name on its own: "Ally", as a caller passes the name it found)
_MID_SENTENCE_NAME = re.compile(r"(?:(?:[a-z]|[a-z],)\s+|^\s*(?=[A-Z][a-z]{2,}\W*$))((?-i:[A-Z][a-z]{2,}))\b")


@dataclass
class NameIndex:
    """Lower-cased surface forms -> canonical names of people, teams and speakers of the engagement."""

    forms: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    sides: dict[str, str | None] = field(default_factory=dict)
    attendees: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, people: list[Person], attendees: list[str]) -> NameIndex:
        idx = cls(attendees=list(attendees))
        first_names: dict[str, set[str]] = {}
        entries: list[tuple[str, str, str, str | None, list[str]]] = []
        from_people = {p.name for p in people}
        for p in people:
            entries.append((p.name, p.kind, p.kind, p.side, p.aliases))
        for a in attendees:
            if not any(e[0] == a for e in entries):
                entries.append((a, "person", "person", None, []))
        for name, kind, _, side, aliases in entries:
            idx.kinds[name] = kind
            idx.sides[name] = side
            for form in [name, *aliases]:
                f = form.strip().lower()
                if len(f) >= 2:
                    idx.forms[f] = name
            # First names only for known people: speaker labels like "Project Manager" must not claim "project".
            if kind == "person" and name in from_people:
                first = name.split()[0].lower()
                if len(first) >= 3 and first not in DETERMINERS:  # "the data-protection officer" is no "the"
                    first_names.setdefault(first, set()).add(name)
        for first, names in first_names.items():
            if len(names) == 1 and first not in idx.forms:
                idx.forms[first] = next(iter(names))
        return idx

    def pattern(self) -> re.Pattern[str] | None:
        if not self.forms:
            return None
        alts = sorted(self.forms, key=len, reverse=True)
        return re.compile(r"\b(" + "|".join(re.escape(a) for a in alts) + r")\b", re.IGNORECASE)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, canonical name) of every known name in text, and of a usual short form of one person's
        first name said mid-sentence ("thanks Ally" for Alasdair Lyle, "so Bernie's sending it")."""
        pat = self.pattern()
        if pat is None:
            return []
        found = [(m.start(), m.end(), self.forms[m.group(1).lower()]) for m in pat.finditer(text)]
        for m in _MID_SENTENCE_NAME.finditer(text):
            if m.group(1).lower() in self.forms or any(a <= m.start(1) < b for a, b, _ in found):
                continue
            whose = {name for name, kind in self.kinds.items() if kind == "person" and len(name.split()) > 1
                     and short_name_of(m.group(1), name.split()[0])}
            if len(whose) == 1:
                found.append((m.start(1), m.end(1), whose.pop()))
        return sorted(found)


def team_phrases(text: str) -> list[tuple[int, int, str]]:
    """Teams/vendors named generically: 'the firewall team', 'network security', 'the device-management vendor'."""
    out: list[tuple[int, int, str]] = []
    for m in TEAM_RX.finditer(text):
        words = m.group(1).split()
        # The match can start a word or two early ("blocked until the firewall team", "chase the vendor team"):
        # the name is what follows the last article or possessive, without a leading linking word.
        cut = max(
            (i for i, w in enumerate(words)
             if w.lower() in DETERMINERS or w.lower() in _LEAD_STOP or w.lower() in _PREPOSITIONS),
            default=-1,
        )  # "tied up with board prep": nothing after "with" names a team
        words = words[cut + 1 :]
        words = [w for w in words if w.lower() not in _STOP_TEAM and w.lower() not in _NUMBER_WORDS and
                 w.lower() not in _DAY_WORDS]  # "the Thursday board" is the board
        known = KNOWN_TEAMS.search(" ".join([*words, m.group(2)]))
        if known and known.end() == len(" ".join([*words, m.group(2)])):
            # "I'll log service desk capacity", "the draft service desk runbook": the team is the service desk
            words = known.group(1).split()[:-1]
        if not words:
            continue
        start = m.start()
        owner_of = None
        if words[0] == "s" and m.group(1).split()[0] == "s":
            owner_of = _POSSESSOR.search(text[: m.start()]) or _COMMON_POSSESSOR.search(text[: m.start()])
        if owner_of:
            # "Dana's team will handle it", "Raj's procurement team": \w stops at the apostrophe, so the match
            # began at the "s".
            # ("The registrar's office" at a sentence start is "the registrar's office")
            whose = owner_of.group(1) if owner_of.re is _POSSESSOR else owner_of.group(1)[0].lower() + owner_of.group(1)[1:]
            words, start = [f"{whose}'s", *words[1:]], owner_of.start()
        name = " ".join([*words, m.group(2)])
        out.append((start, m.end(), name))
    for m in KNOWN_TEAMS.finditer(text):
        if not any(s <= m.start() < e for s, e, _ in out):
            out.append((m.start(), m.end(), m.group(1)))
    return sorted(out)


def _canonical_team(phrase: str, index: NameIndex) -> str:
    low = phrase.lower()
    for form, name in index.forms.items():
        if index.kinds.get(name) == "team" and (form == low or form in low or low in form):
            return name
    return phrase


def possessed_team(phrase: str, index: NameIndex) -> str:
    """'Dana's team' names Dana Fox's team when Dana is a known person; other team phrases as before."""
    m = re.match(r"([A-Z][\w-]*)'s (.+)$", phrase)
    if m:
        found = [n for _, _, n in index.find(m.group(1)) if index.kinds.get(n, "person") == "person"]
        return f"{found[0] if len(set(found)) == 1 else m.group(1)}'s {m.group(2)}"
    return _canonical_team(phrase, index)


_SUBORDINATE_BEFORE = re.compile(r"\b(?:before|until|till|after|once|unless|so that)\s+$", re.IGNORECASE)
_I_NEED = re.compile(r"\bI (?:really |still )?(?:need|want|'d like|would like)\b(?! to\b)", re.IGNORECASE)


def resolve_owner(
    sentence: str,
    speaker: str,
    index: NameIndex,
    *,
    vocative: str | None = None,
    two_person_other: str | None = None,
) -> tuple[str | None, str]:
    """(owner, how) for an action sentence; how is 'speaker', 'named', 'team', 'addressed' or 'none'."""
    put = PUT_DOWN_FOR.search(sentence)
    if put and not re.match(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
                            r"dec|it\b|that\b|this\b", put.group("who"), re.IGNORECASE):
        found = [n for _, _, n in index.find(put.group("who"))]
        return (found[0] if len(set(found)) == 1 else put.group("who")), "named"
    if _FROM_ME.search(sentence) or _MY_TEAM.match(sentence) or speaker_promises_to_listener(sentence) or \
            re.search(rf"^[^.;!?]{{0,60}}?,\s*{_MY_SIDE}(?:'ll| will)\b", sentence, re.I):
        # ... and "My team will have the pipelines deployed" (README: the lead's), "Assuming it's approved, my
        # team'll have the ports open by the 20th"
        return speaker, "speaker"
    first = FIRST_PERSON.search(sentence)
    first_at = first.start() if first else len(sentence)
    # A named subject counts only before any "I'll" and when it is not an object ("ask Priya to ...").
    names = [(s, e, n) for s, e, n in index.find(sentence) if n != speaker]
    for s, e, name in names:
        if s > first_at or _OBJECT_BEFORE.search(sentence[max(0, s - 25) : s]):
            continue
        if _SUBORDINATE_BEFORE.search(sentence[max(0, s - 12) : s]):
            continue  # "I need the requirements before Leo can build the policies": Leo waits, he does not owe
        tail = sentence[e : e + 40]
        if re.match(rf"(?: [A-Z]\.)?\s*(?:,\s*)?(?:from \w+(?: \w+)? )?{_OWNER_VERBS}\b", tail, re.IGNORECASE):
            # "Priya, can you ..." is a vocative, handled below; "Priya to send" / "Priya will send" are subjects.
            if re.match(r"\s*,\s*(?:can|could|would|will) you\b", tail, re.IGNORECASE):
                continue
            kind = index.kinds.get(name, "person")
            return name, "team" if kind == "team" else "named"
    for s, e, phrase in team_phrases(sentence):
        # "And then the network team will open the ports": a sentence-opening "and" links sentences, it does not
        # make the team an object
        if s > first_at or (_OBJECT_BEFORE.search(sentence[max(0, s - 25) : s]) and not _OPENERS_ONLY.fullmatch(
                sentence[:s])):
            continue
        tail = sentence[e : e + 40]
        if re.match(rf"\s*{_OWNER_VERBS}\b", tail, re.IGNORECASE) and not re.search(
            r"\b(waiting|wait|blocked|depend|until)\b", sentence[max(0, s - 25) : s], re.IGNORECASE
        ):
            return possessed_team(phrase, index), "team"
    member = member_or_party(sentence)
    if member is not None:
        found = [n for _, _, n in index.find(member)]
        if len(set(found)) == 1:
            return found[0], "team" if index.kinds.get(found[0]) == "team" else "named"
        return member, "named"
    low = sentence.lower()
    second = SECOND_PERSON.search(sentence)
    if first and (not second or first.start() < second.start()):
        return speaker, "speaker"
    voc = _vocative(sentence, index, speaker)
    if voc and re.search(rf"^\s*(?:\w+[,.]\s+)?\w+,\s+(?:please\s+)?{_IMPERATIVE}\b", sentence, re.IGNORECASE):
        return voc, "addressed"
    if voc and _I_NEED.search(sentence):
        return voc, "addressed"  # "Tom, on security, I need the BitLocker requirements": asked of Tom
    if second or re.search(r"\byou\b", low):
        # A vocative name in the sentence itself ("Priya, can you ...", "... by Friday, John?")
        if voc:
            return voc, "addressed"
        if vocative:
            return vocative, "addressed"
        # (not "We'll get the sample extract over to you": "we" do it, "you" receive it)
        we = re.search(r"\bwe(?:'ll| will| are going to|'re going to| can| could| should)\b"
                       r"(?!\s+(?:need|want|like|ask|expect|have to)\b)", low)
        if two_person_other and not re.search(r"\byou (guys|all|two|both)\b|\beverybody\b|\beveryone\b", low) and \
                not (we and we.start() < low.find("you")):
            return two_person_other, "addressed"
    return None, "none"


def _vocative(sentence: str, index: NameIndex, speaker: str) -> str | None:
    for s, e, name in index.find(sentence):
        if name == speaker:
            continue
        before = sentence[:s].rstrip()
        after = sentence[e:].lstrip()
        if (not before or before.endswith((",", "so", "and", "okay", "ok"))) and after.startswith(","):
            return name
        if before.endswith(",") and (after == "" or after[:1] in "?.!"):
            return name
    return None


def vocative_in(text: str, index: NameIndex, speaker: str) -> str | None:
    """Name addressed in a turn ("John, ..." or "..., John?"), for resolving "you" in the next sentences."""
    for sent in re.split(r"(?<=[.!?])\s+", text):
        v = _vocative(sent, index, speaker)
        if v:
            return v
    return None
