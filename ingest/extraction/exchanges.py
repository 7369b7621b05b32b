"""Status exchanges: a question about open work and the reply that answers it (offline, no LLM).

Status calls go round the table. The PM calls on someone about a piece of work ("Callum, the Brightmarket
questionnaire?", "Libby, accounts?", "And the checklist from Shiv?", "Fergus, you got the template from Callum?")
and the reply says where it stands ("Went in Monday.", "Libby did them Tuesday, all of them.", "Got it, yeah,
Friday morning."). The follow-up pass (ingest.extraction.followup) reads each sentence in its own words, and blind
audits showed such replies are often too short or too indirect for it: they name neither the work nor its owner.
Read as an exchange they are plain. The question names the work and whom it asks, which picks one open item; the
reply only has to say that it is done.

An exchange closes an item only when all of this holds:
- the question is the last sentence of a turn, asks about the state of work ("?" or a bare "Name, the thing."),
  and neither asks for a date or a favour ("still on for Friday?", "can you send it?");
- it names a person of the engagement (first name or a usual short form: "Libby" for Elizabeth) or is answered by
  the work's owner, and its words pick exactly one open action item of the person it calls on, of the person
  answering, or one naming either as the one it is for (or promising "you" something in answer to either); when
  its words name nothing of the item, the answer may ("Leonie, images?" - "The five hundred pictures arrived
  Wednesday." for "I'll pull you five hundred ..."); asked of someone else about an owner by name and "it" only
  ("Martin, did Giles get to it?"), it is that owner's one open item;
- the next turn, by someone else, opens with a report of work done (the follow-up grammar: past, perfect or
  passive, no negation, modal or condition), or with a bare "yes" / "got it" to a yes-no question, or with "We've
  got it." from someone other than the one called on, or "Got my eighteen." (the number asked for), and says
  nothing in that first sentence or the next that it is still to come ("It's drafted. It'll go today."); or it
  reports it within its first four sentences, after an opening that says nothing against it ("So I've been round
  all three campuses. ... It's all in a spreadsheet on the shared drive.", "Good news for once. Roomcraft sent
  the key over ..."), not after "Nothing.", a question, or work still to come.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from assistant.models import ActionItem, Evidence, FactBase, FollowUp, Person
from assistant.tracking import (
    condition_stems,
    content_stems,
    names_match,
    rehearsal_only,
    same_person,
    short_name_of,
)
from ingest.extraction import MeetingContext, rules
from ingest.extraction.dates import due_date
from ingest.extraction.followup import (
    _CONTACT_WORK,
    _HANDS_OVER,
    _PREPARED,
    _SLIP_MARK,
    _STILL_DATE,
    _STILL_TO_DO,
    _THANKED,
    PLANNED_REPORT,
    SCHEDULING_WORK,
    _bare,
    _later_date,
    _topic,
    chase_only,
    done_report,
    incidental,
    retried_other,
    their_part,
)

# Words of asking, not of the work asked about ("how are we on the scanners?", "any news on the key?").
_ASKING = content_stems("how where what status update news progress latest word luck thing things start started let "
                        "go going round quick quickly hear heard think good bad happen happened everything anything "
                        "stand stands done got get come came arrive arrived land landed went gone sent over through "
                        "across back yet okay ok right great lovely thanks thank please also then now again first")
# A question that asks for a date, a plan or a favour is not asking whether work is done.
_NOT_STATE = re.compile(r"\b(?:still|on track|on for|on course|when|will|would|could|can|shall|going to|gonna|due|"
                        r"by when|eta|realistic(?:ally)?|plan(?:ned|ning)? (?:to|for|is)|what's the plan|next|tomorrow|tonight|today|monday|tuesday|"
                        r"wednesday|thursday|friday|week|month|date|deadline|long|soon|why|who|which|should|need|"
                        r"want|mind|happy to)\b|'ll\b", re.IGNORECASE)
# When it was received is no date asked for: "And the questionnaire, Adeel, you had that on Friday?"
_RECEIVED_ON = re.compile(r"\b(?:you|everyone|everybody)\s+(?:got|had|received|saw)\s+(?:it|that|them|those)\s+"
                          r"(?:on\s+|last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
                          # nor is where it should be by now: "And our spec should be with you, did you get it?"
                          r"|\bshould (?:already |now |by now )?(?:be|have (?:been|got|reached)) (?:with|to) (?:you|them)\b"
                          r"(?=.*\bdid (?:you|they) (?:get|receive|see)\b)", re.IGNORECASE)
# A yes-no question about the state of the work: a bare "Yes." answers it.
_YES_NO = re.compile(r"\b(?:did|has|have|had|is|are|was|were|you got|you've got|you get|you receive|you see)\b", re.I)
# A reply that opens with yes, or with it having reached them ("Got it, yeah, Friday morning.").
_YES_START = re.compile(r"^\W*(?:(?:oh|ah|um|uh|erm|well|so)\W+)*(?:yes|yeah|yep|yup|it did|they did|it has|they have|"
                        r"he did|she did|he has|she has|"
                        r"i did|i have|got it|got them|got those|got that|we did|we have|done|all done|sorted|correct)\b",
                        re.IGNORECASE)
# Nothing but when it came and thanks: "Got it, yeah, Friday morning.", "Yep, Tuesday, thanks."
_WHEN_ONLY = re.compile(r"^(?:\W|\d+(?:st|nd|rd|th)?\b|all (?:of them )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                        r"eleven|twelve|twenty)\b|(?:yes|yeah|yep|yup|thanks|thank you|cheers|actually|ta|on|last|"
                        r"this|the|in|first thing|late|early|morning|afternoon|evening|night|yesterday|today|"
                        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|weekend|ago|days?|a|couple|of|few|all|them|"
                        r"both|it|just|now|already|and|straight away|same day|day after)\b)*$", re.IGNORECASE)
# A state the work is in now, said of it ("VPN's working now", "it's on my desk", "the form's live").
_STATE = re.compile(r"^\W*(?:(?:yes|yeah|yep|so|and|oh|well|good news)\W+)*(?:it|that|they|those|the\s+[\w-]+(?:\s+[\w-]+)?|"
                    r"[\w-]+)(?:'s|'re|\s+is|\s+are)\s+(?:now\s+|all\s+|finally\s+)?(?:working|live|up|in|done|sorted|"
                    r"signed|approved|through|on my desk|here|with me|with us|in place|fixed|loaded|installed)\b"
                    # not on its way: "it's in hand", "it's in the queue", "it's up next", "it's with legal"
                    r"(?!\s+(?:hand|progress|train|review|test|testing|the works|the queue|a queue|the pipeline|"
                    r"discussion|next|for|to|against|the air))"
                    # with the one it was for, for days now: "With Bethan since Tuesday."
                    r"|^\W*(?:(?:it's|it has been|it's been|that's been|they've been)\s+)?with\s+(?:(?-i:[A-Z])\w+|you|him|"
                    r"her|them)\s+since\s+(?:(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last week)\b",
                    re.IGNORECASE)
# Words that say the work is still to come: part of it, under way, in the future, waited on, or all but some of it.
_TO_COME = (r"still|nearly|almost|partly|partially|half|started|starting|working on|in progress|will|shall|going to|"
            r"gonna|hopefully|tomorrow|tonight|later|soon|waiting|chasing|stuck|blocked|except|apart from")
# Words in the reply that say the work is not (all) done: negation, the future, progress, part of it, doubt.
_NOT_DONE = re.compile(rf"\b(?:not|no|never|nope|yet|{_TO_COME}|some of|most of|should|might|may|hope|but|"
                       r"think so|i believe|supposedly|apparently|out of)\b|n't\b|'ll\b"
                       # a count of them, not all: "Done, two of them."
                       r"|(?<!all )\b" + rules.A_COUNT + r"\s+of\s+(?:them|those|the)\b",
                       re.IGNORECASE)
# The next sentence takes it back: "It's drafted. It'll go today.", "Yes. Well, most of it.", "Sent. But it bounced."
_TAKEN_BACK = re.compile(r"^\W*(?:but|well|although|except|only|just not)\b|\b(?:it|that|they|those|this)(?:'ll|\s+will|"
                         r"(?:'s|\s+is|'re|\s+are)\s+(?:going to|gonna|still|not)|\s+isn't|\s+hasn't|\s+won't|\s+aren't)\b|"
                         r"\bnot (?:yet|quite|all|finished|done)\b", re.IGNORECASE)
_NOT_YET_ONLY = re.compile(r"^\W*(?:(?:ah|oh|um|uh|erm|so|well|no|sorry)\W+)*(?:not yet|no|nope|not quite|sorry)\W*$",
                           re.IGNORECASE)
# Someone else takes the question for the one called on: "I can answer that.", "I can take that one actually."
_STANDS_IN = re.compile(r"^\W*(?:(?:oh|um|uh|erm|yeah|yes|so|well)\W+)*(?:i can|i'll|let me|i could)\s+(?:answer|take|"
                        r"field|cover|jump in on|speak to|speak for)\s+(?:that|this|it|him|her|them|for (?:him|her|them))"
                        r"(?:\s+one)?(?:,?\s+actually)?\W*$"
                        r"|^\W*(?:(?:oh|um|uh|erm|sorry)\W+)*can i (?:answer|say|jump in|take)(?:\s+(?:that|this)(?:\s+one)?)?\?$",
                        re.IGNORECASE)
_FILLER_ONLY = re.compile(r"^\W*(?:(?:yes|yeah|yep|so|um|uh|erm|oh|ah|well|okay|ok|right|sure|morning|hi|hello)\W*)+$",
                          re.IGNORECASE)


@dataclass(frozen=True)
class Exchange:
    """A status question closing one person's turn and the next turn, by someone else, that answers it."""

    asker: str
    question: str  # the question's sentence
    asks: str  # what it asks about: the question, or with the sentence before it when it is only a name ("Aled?")
    called: tuple[str, ...]  # the engagement's people it calls on by name
    answerer: str
    answer: list[tuple[int, float, float, str]]  # (segment id, start, end, sentence) of the reply turn, in order
    question_evidence: Evidence


def _called_on(text: str, people: Sequence[Person], exclude: str) -> tuple[str, ...]:
    """People of the engagement the text names by full name, first name or a usual short form of it."""
    found = []
    words = set(re.findall(r"[A-Z][a-z]+", text))
    for p in people:
        if p.kind != "person" or not p.name.split() or names_match(p.name, exclude, people):
            continue
        first = p.name.split()[0]
        forms = {p.name, first, *p.aliases}
        if any(len(f) >= 3 and re.search(rf"\b{re.escape(f)}\b", text) for f in forms) or \
                any(short_name_of(w, first) for w in words):
            found.append(p.name)
    return tuple(found)


def _short_forms(text: str, people: Sequence[Person]) -> list[str]:
    """The capitalised words of the text that are a usual short form of a person's first name ("Kit", "Libby")."""
    firsts = [p.name.split()[0] for p in people if p.kind == "person" and p.name.split()]
    return [w for w in set(re.findall(r"\b[A-Z][a-z]+\b", text)) if any(short_name_of(w, f) for f in firsts)]


def exchanges(ctx: MeetingContext) -> list[Exchange]:
    """The meeting's status questions with the reply to each (see the module docstring for what counts)."""
    segs = ctx.transcript.segments
    turns: list[tuple[str, list]] = []
    for seg in segs:
        who = ctx.display(seg.speaker)
        if turns and turns[-1][0] == who:
            turns[-1][1].append(seg)
        else:
            turns.append((who, [seg]))
    out = []
    for (asker, asked), (answerer, reply) in itertools.pairwise(turns):
        last = asked[-1]
        spans = rules.sentences(last.text)
        if not spans:
            continue
        a, b = spans[-1]
        question = last.text[a:b].strip()
        if not (question.endswith("?") or (len(question.split()) <= 5 and
                                           _called_on(question.split(",")[0], ctx.people, asker))):
            continue
        if _NOT_STATE.search(_RECEIVED_ON.sub("", question)):
            continue
        asks = question
        if len(content_stems(question)) <= 1 and len(spans) > 1:
            p, q = spans[-2]
            asks = f"{last.text[p:q].strip()} {question}"  # "Let's start with the limits ... Aled?"
        sentences = [(seg.id, seg.start, seg.end, seg.text[s:e].strip()) for seg in reply
                     for s, e in rules.sentences(seg.text)]
        if not sentences:
            continue
        ev = Evidence(meeting_id=ctx.meeting.meeting_id, segment_id=last.id, speaker=asker, start=last.start,
                      end=last.end, quote=question)
        out.append(Exchange(asker, question, asks, _called_on(asks, ctx.people, asker), answerer, sentences, ev))
    return out


_UNTOUCHED = re.compile(r"\b(?:haven't|have not|hasn't|has not|not)\s+(?:(?:even|yet|really)\s+)?(?:touched|started|"
                        r"begun)\b", re.IGNORECASE)


# Asked how it went, which says it took place: "the timetable workshop, how did it go?", "how was the training?"
# (not "how's it going?", which asks after work under way)
_HOW_IT_WENT = re.compile(r"\bhow (?:did (?:it|that|they|the [\w-]+(?: [\w-]+)?|we|you|everyone) (?:go|get on)\b|"
                          r"(?:was|were) (?:it|that|they|the [\w-]+(?: [\w-]+)?)\s*\?|'d it go\b)", re.IGNORECASE)
_DID_NOT_HAPPEN = re.compile(r"\b(?:cancel\w*|postpon\w*|moved|called off|rearrang\w*|rebook\w*|happen)\b",
                             re.IGNORECASE)


# "Adeel, your questionnaire?" - "We've got it. All forty-three questions of it.": said by another than the one
# called on, having it is having received it (not "we've got it covered", "I've got it here")
_HAVE_IT = re.compile(r"^\W*(?:(?:oh|yes|yeah|yep|so)[,.]?\s+)*(?:we|i)(?:'ve| have)\s+(?:now\s+|already\s+)?got\s+"
                      r"(?:it|them|that|those)(?:\s*,?\s*(?:now|already|thanks|thank you|yes|yeah))?\s*[.!]?$", re.IGNORECASE)


# "And your pilot lecturers?" - "Got my eighteen. Six a campus.": the number asked for, found
_GOT_COUNT = re.compile(r"^\W*(?:(?:yes|yeah|yep|so|oh)[,.]?\s+)*(?:(?:I|we)(?:'ve| have)?\s+)?got\s+(?:my|our|all|the|all the|all of the)\s+"
                        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                        r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred)\b(?![^.!?]*\b(?:but|except|bar|apart)\b)",
                        re.IGNORECASE)


def reports_done(ex: Exchange) -> tuple[int, float, float, str] | None:
    """The reply's sentence that says the work asked about is done, or None (see the module docstring)."""
    answer = ex.answer
    k = 0
    while k < min(len(answer), 3) - 1 and (_FILLER_ONLY.match(answer[k][3]) or _STANDS_IN.match(answer[k][3])):
        k += 1  # "Yes. Shiv's matrix came through on Friday ...", "I can answer that. Sunil's answers came back
        # Tuesday.": the report follows the filler
    first = answer[k][3]
    if first.endswith("?"):
        return None  # a question back ("Oh, can I answer that?", "Which one?")
    after = answer[k + 1][3] if k + 1 < len(answer) else ""
    yes = _YES_START.match(first)
    if yes and not _YES_NO.search(ex.question) and not re.match(r"^\W*(?:got|done|all done|sorted)\b", first, re.I):
        yes = None  # "Libby, accounts?" - "Yeah.": agreeing to be asked, not saying it is done
    if _HOW_IT_WENT.search(ex.question) and not _NOT_DONE.search(first) and not _DID_NOT_HAPPEN.search(first):
        return answer[k]  # "Dev, the timetable workshop, how did it go?" - "Oh, it was brilliant.": it was held
    rep = done_report(first)
    if rep is None and ((_HAVE_IT.match(first) and ex.called and ex.answerer not in ex.called) or
                        _GOT_COUNT.match(first)) and not _takes_it_back(after):
        return answer[k]
    if rep is None and not _STATE.match(first):
        if yes is None or not _WHEN_ONLY.match(first[yes.end():]):
            # "Yes, but not the final one", "Oh, yeah, about that.": more than when it came; unless the reply goes
            # on to report it after words that say nothing against it
            return None if yes is not None else _later_report(answer, k)
    elif _NOT_DONE.search(first):
        return None  # "Not yet, the insurer changed the form.", "Sent it, but it bounced"
    if _takes_it_back(after) or (after and rules.part_way(after) and (rep is None or rep.doer == "speaker")):
        return None  # "It's drafted. It'll go today.", "Yes. Well, most of it.", "I've done the repairs ones.
        # Voids I haven't touched.", "We did Saturday. Two hundred and twenty out of four hundred and ten."
    return answer[k]


def _takes_it_back(after: str) -> bool:
    """The sentence after a report takes it back, or says the work is untouched or still due."""
    return bool(after) and bool(_TAKEN_BACK.search(after) or _UNTOUCHED.search(after) or rules.rest_still_due(after))


_LATER_REPORT_SENTENCES = 4  # how far into a reply its report may come
# Said before a report, what takes it back: the work still to come, waiting, or not done ("There's fourteen codes,
# and three of them aren't absence at all." says nothing against it).
_AGAINST = re.compile(rf"\b(?:not yet|{_TO_COME}|nothing|nobody|no one|no news|getting there|coming along|on track|"
                      r"on course|progress|going (?:well|fine|okay|ok|alright|all right)|ticking along|halfway|"
                      r"under ?way)\b|'ll\b|"
                      r"\b(?:haven't|hasn't|hadn't|didn't|can't|couldn't|won't|wasn't|weren't)\b|"
                      r"\b(?:isn't|aren't|not)\s+(?:done|finished|ready|there|in|through|signed|sorted|back|working|live|"
                      r"up)\b", re.IGNORECASE)


def _later_report(answer: list[tuple[int, float, float, str]], k: int) -> tuple[int, float, float, str] | None:
    """A report of it done later in the reply, when what comes before says nothing against it: "So I've been round
    all three campuses. ... It's all in a spreadsheet on the shared drive.", "Good news for once. Roomcraft sent the
    key over ..."; not after "Nothing.", "Not yet.", a question, or a step still to take."""
    for j in range(k, min(len(answer), k + _LATER_REPORT_SENTENCES)):
        text = answer[j][3]
        # (a report in the grammar of the follow-up pass: "It's in a spreadsheet on my laptop." is a state, not a
        # delivery)
        report = j > k and done_report(text) is not None
        if (text.endswith("?") or _AGAINST.search(text) or ((j == k or report) and _NOT_DONE.search(text))
                or (report and _TAKEN_BACK.search(text)) or _UNTOUCHED.search(text) or _NOT_YET_ONLY.match(text)
                or rules.part_way(text)):
            return None
        if report:
            return None if _takes_it_back(answer[j + 1][3] if j + 1 < len(answer) else "") else answer[j]
    return None


def reports_new_date(ex: Exchange, meeting_date: date) -> tuple[tuple[int, float, float, str], date] | None:
    """The reply's opening sentence giving a later date for the work asked about, with the date ("That's going to
    be Thursday now.", "Realistically the 20th."), or None: a condition, a question or "still the 20th" gives none."""
    for seg_id, start, end, text in ex.answer[:3]:
        if _FILLER_ONLY.match(text) or _NOT_YET_ONLY.match(text):
            continue  # "Ah. Yeah.", "Not yet." before the date
        when = _later_date(text, meeting_date)
        if when is None or _STILL_DATE.match(text) or not (_SLIP_MARK.search(text) or _bare(text)):
            return None
        return (seg_id, start, end, text), when
    return None


_IN_TRANSIT = re.compile(r"\b(?:left|dispatched|shipped|despatched|on (?:its|their) way|in transit|en route)\b",
                         re.IGNORECASE)
# Counts name no work: "Owen, the nine Volvos?" is not about "the install sheets for the other nine".
_COUNTS = content_stems(rules.NUMBER_WORDS + " half couple few both other rest")


def _stems(text: str, exclude: Sequence[str]) -> set[str]:
    return content_stems(text, exclude=list(exclude)) - _ASKING - _COUNTS


# A question asking whether something reached the one asked: the asker's own work may be what it asks about
# ("So the demo unit, Callum, you got that?" asked by the one who was to courier it).
_RECEIPT_ASKED = re.compile(r"\b(?:you|everyone|everybody|you all)(?:'ve)? (?:got|get|receive|received|see|seen|have|had)\b|\bdid (?:it|that|they|those|"
                            r"the [\w-]+) (?:come|arrive|land|reach|turn up|get to you)\b", re.IGNORECASE)
_ASKED_OF_YOU = re.compile(r"\b(?:could|can|would|will) you\b[^?]*\?\s*$", re.IGNORECASE)
# An item whose own words name no thing ("I'll get that submitted to them by Monday"): what it is came earlier.
_UNNAMED = re.compile(r"\b(?:it|that|this|them|those|these)\b", re.IGNORECASE)


def _recipient_fit(item: ActionItem, question: str, people: Sequence[Person]) -> int:
    """1 when the item's words name someone the question names besides the item's owner, -1 when they name only
    others, else 0."""
    named = _called_on(question, people, item.owner or "")
    said = _called_on(" ".join([item.text] + [e.quote for e in item.evidence[:1]]), people, item.owner or "")
    if not named or not said:
        return 0
    return 1 if set(named) & set(said) else -1


def _doers(ex: Exchange, people: Sequence[Person]) -> list[str]:
    """People of the engagement the reply's first two sentences say did it, or thank for it: "And the change
    board?" - "Approved. Roy pushed it through on Thursday." (Roy's item, though Neil answers); "And Corbel's rates,
    Callum?" - "Yeah, thanks Wes, Corbel's new prices are in." (Wes's)."""
    out = []
    for _, _, _, text in ex.answer[:2]:
        rep = done_report(text)
        if rep is not None and rep.subject.strip().lower() in ("it", "they") and \
                (more := done_report(text[rep.end :])) is not None:
            rep = more  # "It did, Dev sent it on Thursday as promised.": Dev did it
        named = [rep.doer] if rep is not None and rep.doer not in ("speaker", "pronoun", "thing") else []
        named += [m.group("a") or m.group("b") for m in _THANKED.finditer(text)]
        out += [p.name for p in people for w in named if p.kind == "person" and same_person(w, p.name, people)]
    return out


_ASKED_THING = re.compile(r"\b(?:the|your|our|his|her|their)\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s*(?:[,?.]|$|\b(?:for|to|from|of|with)\b)",
                          re.IGNORECASE)


def _head_stem(question: str, names: Sequence[str]) -> str:
    """The stem of the last word of the first thing the question names ("workshop" of "Dev, the timetable workshop,
    how did it go?"), or "" when it names none."""
    m = _ASKED_THING.search(question)
    stems = [st for w in (m.group(1).split() if m else []) for st in _stems(w, names)]
    return stems[-1] if stems else ""


def _promised_to(item: ActionItem, who: Sequence[str], people: Sequence[Person]) -> bool:
    """The item promises "you" something in answer to one of ``who``: "I can't really start on the connector until I
    get the sandbox API key from you guys." - "That's on me, sorry Toby. I'll ... get you a key." is for Toby."""
    if not re.search(r"\byou\b", item.text, re.IGNORECASE):
        return False
    asked = {e.speaker for e in item.evidence if e.meeting_id == item.meeting_id and e.speaker != item.owner}
    return any(same_person(w, s, people) for w in who for s in asked)


# Whose work a question asks about when it is put to someone else: "Martin, did Giles get to it?"
_DID_THEY = re.compile(r"\b(?:did|has)\s+(?P<who>(?-i:[A-Z][a-z]+))\s+(?:get|do|sign|send|finish|manage|sort)\b")


def _pick(ex: Exchange, said: str, actions: Sequence[ActionItem], people: Sequence[Person],
          names: Sequence[str]) -> ActionItem | None:
    """The one open action item the exchange is about, or None when none or several fit as well."""
    who = [*(ex.called or [ex.answerer]), *_doers(ex, people)]
    if _RECEIPT_ASKED.search(ex.question):
        who.append(ex.asker)
    if (did := _DID_THEY.search(ex.question)) is not None:
        # "Martin, did Giles get to it?": asked of Martin about Giles's work
        who += [p.name for p in people if p.kind == "person" and same_person(did.group("who"), p.name, people)]
    asks = _stems(ex.asks, names)
    answer = _stems(said, names)
    said_back = content_stems(said, exclude=list(names))  # the answer's words, counts included
    scored = []
    unnamed = []
    for f in actions:
        if f.owner and any(same_person(w, f.owner, people) for w in who):
            tie = 2
        elif any(re.search(rf"\b{re.escape(w.split()[0])}\b", f.text) for w in who if w.split()) or \
                _promised_to(f, who, people):
            tie = 1  # the work is for them ("send Kwame the checklist")
        else:
            continue
        topic = _topic(f)
        work = topic - condition_stems(f) - _COUNTS  # "Once the checks are done I'll run the load": not the checks
        if tie == 2 and f.context and _ASKED_OF_YOU.search(f.context):
            # the request the owner took on names the work: "Could you do that walk with Jas?" - "Yeah. Jas and I
            # can do the four entrances by Friday week." is the walk ("Neil, the rest of the walk?")
            work |= _stems(f.context, names) - condition_stems(f)
        # called on by name only ("Luke, let's start with you."): the reply must name the work, twice
        n = len(asks & work) if asks else len(answer & work) if len(answer & work) >= 2 else 0
        if not n and asks and tie == 2 and len(said_back & (topic - condition_stems(f))) >= 2:
            # "Leonie, images?" - "The five hundred pictures arrived Wednesday.": the question names what the item
            # does not, and the answer says the item's own words back, a count included ("I'll pull you five
            # hundred ... and send them over")
            n = len(asks)
        if n and (n >= 2 or 2 * n >= len(asks)):  # not one word of several: "Anand's package, the APK and the config?"
            scored.append((n, tie, topic, f))
        elif tie == 2 and asks and _UNNAMED.search(f.text) and len(work) <= 2:
            unnamed.append(f)
    if scored:
        # "Callum, the workbook to Tariq?" for "... the config workbook over to you tomorrow, Tariq" and "I'll send Liz
        # the user guide ... along with the workbook": the item naming whom the question names is the one
        # ... then the item naming the thing the question asks about, not only what it is of ("the timetable
        # workshop" is Dev's workshop, not his "I'll be building the timetables")
        head = _head_stem(ex.asks, names)
        ranked = sorted(((n, tie, int(head in topic), _recipient_fit(f, ex.question, people), f)
                         for n, tie, topic, f in scored), key=lambda s: (-s[0], -s[1], -s[2], -s[3]))
        if len(ranked) > 1 and ranked[0][:4] == ranked[1][:4]:
            return None  # the question fits two items as well: leave both alone
        return ranked[0][4]
    # The question names a thing no open item of theirs names, and one of their items names none ("Callum, the
    # Brightmarket questionnaire?" for "I'll get that submitted to them by Monday"): that one.
    if unnamed:
        return unnamed[0] if len(unnamed) == 1 else None
    if did is not None and not asks:
        # ("Martin, did Giles get to it?" names no work: Giles's one open item)
        theirs = [f for f in actions if f.owner and same_person(did.group("who"), f.owner, people)]
        return theirs[0] if len(theirs) == 1 else None
    # Asked of someone who owns none of it: the one item whose work holds every word the question names, two or
    # more ("Gavin, the CAB approval?" for Alan's "I'll get the SSO change approved at CAB on Monday")
    # (called on by name, and no one else named as who did it)
    if not ex.called or len(who) > len(ex.called) or len(asks) < 2:
        return None
    fits = [f for f in actions if asks <= _topic(f) - condition_stems(f) - _COUNTS]
    return fits[0] if len(fits) == 1 else None


def answered(items: Sequence[FactBase], ctx: MeetingContext, due: dict[str, date | None],
             taken: set[str], said_for: Sequence[Evidence] = ()) -> list[FollowUp]:
    """Done and slipped events for open action items (not in ``taken``: items the follow-up pass already gave an
    event) that a status exchange of this meeting reports done, or gives a later date than ``due`` (each item's due
    date before the meeting) in a reply by the person the item is of. A reply sentence already quoted in
    ``said_for`` (the follow-up pass's evidence) serves that item only."""
    people = ctx.people
    names = [p.name for p in people] + [a for p in people for a in p.aliases]
    # Every open item competes for the question (one the rules already answered may be the one it is about); only
    # the others get an event here.
    actions = [f for f in items if isinstance(f, ActionItem)]
    out: list[FollowUp] = []
    for ex in exchanges(ctx):
        said = reports_done(ex)
        dated = reports_new_date(ex, ctx.meeting.date) if said is None else None
        if said is None and dated is None:
            continue
        seg_id, start, end, text = said or dated[0]  # type: ignore[index]
        if any(e.segment_id == seg_id and (e.quote in text or text in e.quote) for e in said_for):
            continue  # "Hannah, the parallel run." - "Ran it on Monday, and it went to Ledgerline": the export's
        # (the short forms of people's names said here are names too: "Kit" of Christopher names no work)
        said_names = [*names, *_short_forms(f"{ex.asks} {text}", people)]
        item = _pick(ex, text, actions, people, said_names)
        if item is None or item.id in taken:
            continue
        if said is not None and (not _closes(ex, said, item, people, said_names, ctx.meeting.date)
                                 or rehearsal_only(item, text, ex.question)):
            continue
        if dated is not None:
            old = due.get(item.id)
            # a new date is the owner's word, asked about their own work: not the date of what the reply goes on to
            if old is None or dated[1] <= old or not same_person(ex.answerer, item.owner, people):
                continue
            if their_part(item.text, text):
                continue  # "They'll switch the bulk export on by Monday": the promise of those the item asked
        actions = [f for f in actions if f.id != item.id]
        evidence = [Evidence(meeting_id=ctx.meeting.meeting_id, segment_id=seg_id, speaker=ex.answerer, start=start,
                             end=end, quote=text), ex.question_evidence]
        if said is not None:
            out.append(FollowUp(item_id=item.id, event="done", evidence=evidence, score=1.0,
                                reason=f"answers a status question: {ex.question[:80]}"))
        else:
            out.append(FollowUp(item_id=item.id, event="slipped", due=dated[1], evidence=evidence,  # type: ignore[index]
                                score=1.0, reason=f"a later date in reply to: {ex.question[:80]}"))
    return out


# What reached the one answering from someone else: "I got Owen's spreadsheet", "we've had the list from Shiv".
_GOT_FROM = re.compile(r"\b(?:i|we)(?:'ve| have)?\s+(?:got|received|had)\s+(?:(?P<who>(?-i:[A-Z][a-z]+))'s\b|"
                       r"[^.;!?]{0,40}?\bfrom\s+(?P<who2>(?-i:[A-Z][a-z]+)))", re.IGNORECASE)


# The owner's work is to get a body's approval: "CAB approved it Monday." for "I'll get the SSO change approved at CAB"
_APPROVED = re.compile(r"approved|signed|passed|agreed|accepted|ratified", re.IGNORECASE)
_APPROVAL_WORK = content_stems("approve approval approved sign-off signoff signed agree agreed pass passed ratify")


def _approval_sought(verb: str, doer: str, item: ActionItem) -> bool:
    """The report is the approval by a body (``doer``) the item's work names and seeks ("approved at CAB")."""
    topic = _topic(item)
    return bool(_APPROVED.fullmatch(verb) and topic & _APPROVAL_WORK and content_stems(doer) & topic)


def _owners_own(subject: str, item: ActionItem, people: Sequence[Person]) -> bool:
    """The thing is the item owner's, by name: "Sunil's answers" for Sunil's security questionnaire."""
    m = re.match(r"^\W*(?:the\s+)?((?-i:[A-Z][a-z]+))'s\s+\w", subject, re.IGNORECASE)
    return m is not None and same_person(m.group(1), item.owner, people)


def _closes(ex: Exchange, said: tuple[int, float, float, str], item: ActionItem, people: Sequence[Person],
            names: Sequence[str], meeting_date: date) -> bool:
    """The reply's done report is about the item's own work, all of it."""
    text = said[3]
    rep = done_report(text)
    if rep is not None and incidental(text, rep, item):
        return False  # "Barry, kiosks." - "I went to the depot Friday to look at where they're going."
    if rep is not None and rep.doer not in ("speaker", "pronoun", "thing") and \
            not same_person(rep.doer, item.owner, people) and not _approval_sought(text[rep.start : rep.end], rep.doer, item):
        return False  # "Colm signed it": someone else's step, not the owner's work
    if rep is not None and _PREPARED.fullmatch(text[rep.start:rep.end]) and _HANDS_OVER.search(item.text):
        return False  # "It's drafted." for "send the note round": ready to go, not gone
    if _STILL_TO_DO.search(text):
        return False
    k = ex.answer.index(said) if said in ex.answer else len(ex.answer)
    after = ex.answer[k + 1][3] if k + 1 < len(ex.answer) else ""
    if rules.another_part(text, after, item.text):
        return False  # "Rhys, the rosters for both wards?" - "So Ward 7 is loaded and the templates are built. Ward 12
        # is the problem.": one ward of two
    if rep is not None and retried_other(text[rep.start : rep.end], item.text):
        return False  # "Dev, ports?" - "I've resubmitted it.": the change request again, the ports not open
    if rep is not None and PLANNED_REPORT.fullmatch(text[rep.start : rep.end]) and not SCHEDULING_WORK.search(item.text):
        return False  # "Ravi, how's the app push?" - "It's scheduled, Tollcross first.": planned, not done
    if _IN_TRANSIT.search(text):
        return False  # "They've left the distributor.": on the way, not there
    if chase_only(text) and not _CONTACT_WORK.search(item.text):
        return False  # "I've emailed her twice.", "I spoke to Omar on Tuesday.": a chase for the work, not the work
    if rep is not None and rep.doer == "thing" and (what := content_stems(rep.subject, exclude=names)) and \
            not what & (_topic(item) | _stems(ex.asks, names)) and not _owners_own(rep.subject, item, people):
        return False  # "Libby, user accounts?" - "I've got Fergus's list, it came Monday.": another thing came
    got = _GOT_FROM.search(text)
    if got and same_person(ex.answerer, item.owner, people) and \
            not same_person(got.group("who") or got.group("who2"), item.owner, people):
        return False  # "Dave, the workbook?" - "Yeah, I got Owen's spreadsheet Thursday.": Owen's part, not Dave's
    later = [t for _, _, _, t in ex.answer if t != text][:3]
    # "Chamber one's done, chamber two's done. ... that's the middle of next week now.": part of it
    return not (same_person(ex.answerer, item.owner, people) and
                any(_SLIP_MARK.search(t) and due_date(t, meeting_date) for t in later))


__all__ = ["Exchange", "answered", "exchanges", "reports_done", "reports_new_date"]
