"""Follow-ups: what a meeting says about the engagement's items still open before it (offline, no LLM).

Tracking first links the facts the extractor found in a meeting to the items they restate (a done report, a new
date). That covers the reports the extractor reads as facts, in words close to the item's. Blind audits showed
the rest is most of it: "I sat down with Parramatta's manager on Thursday", "Deepa's note to Fiona did the
trick", "They will be with you on the 13th". This pass goes the other way round. For each open item it looks
for the sentences about it: said by or about its owner (or its blocker's party), or answering a prompt that
names them, and on its topic (shared words and MiniLM similarity). It then reads what such a sentence says in
grammatical terms rather than phrase lists:
- done: a past-tense, perfect or passive report of the work (any regular past participle, or an irregular
  one) whose doer is the owner, the party, or the work itself, in a clause with no negation, modal, condition
  or question, and no word of progress rather than completion ("started", "most of");
- slipped: a later date for the item, said by its owner or about them, not as a question or a condition.
A blocker is lifted when its party acts or the blocked work is reported done. One sentence serves one item;
an item whose best sentences are about equally about another item of the same owner is left alone.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from assistant.engines.base import Embedder
from assistant.models import ActionItem, Blocker, Evidence, FactBase, FollowUp, Person, Segment
from assistant.referents import named_before, thing_then_that
from assistant.tracking import (
    BLOCKING_STEMS,
    HAND_OVER_STEMS,
    MONTH_NAMES,
    PART_STEMS,
    PROMISE,
    PRONOUN,
    WAITED_FOR,
    WEEKDAY_NAMES,
    FollowUpFinder,
    acronyms_spelled_out,
    asks_other_work,
    clause_around,
    condition_stems,
    content_stems,
    demonstrated,
    names_match,
    numbered_apart,
    other_thing,
    rehearsal_only,
    same_person,
    short_name_of,
    step_toward,
)
from ingest.extraction import MeetingContext, rules
from ingest.extraction.dates import DATE_PHRASE, ONE_AFTER, due_date, find_date_phrase, resolve

log = logging.getLogger(__name__)

# Irregular past forms and participles that can report work done ("I sat down with", "the circuit is lit").
# Left out: forms that report no work ("said", "thought", "felt", "meant", "forgot", "lost", "broke", "began").
_IRREGULAR_DONE = frozenset(["sent", "did", "done", "got", "gotten", "made", "gave", "given", "wrote", "written", "took", "taken", "ran", "put", "set", "built", "bought", "paid", "told", "met", "found", "held", "kept", "sat", "spoke", "spoken", "rang", "rung", "caught", "brought", "went", "gone", "came", "left", "shut", "dealt", "drew", "drawn", "drove", "led", "lit", "sold", "shown", "stood", "taught", "won", "wound", "split", "spun", "cut", "fed", "read", "rewrote", "rewritten", "redone", "used"])
# Regular past forms that say nothing was finished: intentions, delays, opinions, news about the past.
_NOT_DONE_ED = frozenset([
    # how someone or something is, not work done: "our under-eighteens are care-experienced", "Dalkeith's cursed"
    "experienced", "care-experienced", "cursed", "tired", "annoyed", "bored", "frustrated", "pleased", "relieved",
    "surprised", "excited", "stressed", "confused", "convinced", "amazed", "scared", "exhausted", "overloaded",
    "overwhelmed", "stretched", "underresourced", "under-resourced", "understaffed", "short-staffed", "haunted",
    "tried", "wanted", "needed", "hoped", "planned", "expected", "delayed", "postponed", "pushed", "slipped", "moved", "blocked", "waited", "missed", "failed", "cancelled", "canceled", "rejected", "declined", "bounced", "reopened", "paused", "struggled", "queued", "started", "mentioned", "flagged", "worried", "concerned", "interested", "supposed", "used", "based", "related", "involved", "located", "promised", "agreed", "discussed", "heard", "learned", "learnt", "noticed", "realised", "realized", "assumed", "guessed", "reckoned", "suggested", "proposed", "recommended", "preferred", "liked", "loved", "hated", "seemed", "appeared", "happened", "sounded", "looked", "dropped", "overlooked", "underestimated", "stalled", "stuck", "held-up", "reminded", "warned", "complained", "reported", "informed", "advised", "indicated", "implied", "asked", "requested", "called", "named", "aimed", "intended", "decided", "considered", "pencilled", "penciled", "earmarked", "pulled", "bumped", "dragged", "parked", "shelved", "scrapped", "descoped", "de-scoped", "deferred", "deprecated", "reassigned", "diverted", "derailed", "swamped", "side-tracked", "sidetracked", "deprioritised", "deprioritized", "reprioritised", "reprioritized", "tied", "excluded", "included", "affected", "impacted", "refused", "denied", "vetoed", "overruled"])
_DONE_ADJ = r"(?:done|complete|finished|ready|live|open|sorted|through|up and running|in place|locked in|signed off|" \
    r"out the door|in (?:test|uat|production|prod|staging)\b(?!\s+(?:with (?:us|me)|internally|our end|on our side))|out|in|up|over|across|with (?:you|him|her|them|us)|" \
    r"in (?:your|my|our|their|his|her) inbox|" \
    r"(?:in (?:a|an|one|the) (?:[\w-]+ ){0,2}?(?:spreadsheet|sheet|workbook|document|doc|file|deck|list) )?" \
    r"(?:in|on) (?:the|your|our|my|their) (?:[\w-]+ ){0,2}(?:folder|drive|sharepoint|site|repo|repository|tracker|" \
    r"tenant|environment|sandbox|instance|platform|bucket|sftp|intranet|portal|wiki|system))"
_ADV = r"(?:(?:already|just|now|finally|all|also|actually|officially|both|successfully|properly|fully)\s+)*"
_SUBJECT = (
    r"(?P<subj>\b(?:i|we|they|he|she|it|that|this|those|these)\b"
    r"|(?-i:\b(?!(?:The|A|An|And|So|But|Or|Our|My|Their|His|Her|Your|Yes|No|Yeah|Okay|Ok|Well|Then|Also|Just|"
    r"It|That|This|There|These|Those|They|We|He|She|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b)[A-Z][a-z]+(?:[A-Z][a-z]+)*|(?!OK\b)[A-Z]{2,5}\b)(?:'s(?:\s+[a-z][\w-]*){1,3})?"
    r"|\b(?:the|our|their|his|her|your|my|both|all)\s+(?:[\w-]+\s+){0,4}?[\w-]+"
    # a thing by its number, opening the sentence: "Test load one is in.", "Wave two's live." (not "So Ward 7 is
    # loaded", a part of "both wards")
    r"|(?<![\w'\s])(?:(?!(?:i|we|you|they|he|she|it|that|this|there|think|guess|reckon|know|have|has|had|got|only|"
    r"just|and|so|but|is|are|was|were)\b)[A-Za-z][\w-]*\s+){1,3}(?:one|two|three|four|five|six|[1-9])(?=\s|'s\b)"
    r"|\b[a-z][\w-]*'s(?:\s+[\w-]+){1,3})"
)
_WORD = r"(?P<verb>[a-z][a-z-]+)"
# What comes before a past form: subject [adverbs] (active); subject have/has [adverbs] (perfect); subject is/was/
# has been [adverbs] (passive). Matched backwards from each past form, so "The end-to-end run on Wednesday went
# clean" finds its subject however many words it has.
_BEFORE_ACTIVE = re.compile(rf"{_SUBJECT}\s+{_ADV}$", re.IGNORECASE)
_BEFORE_PERFECT = re.compile(rf"{_SUBJECT}\s*(?:'ve|'s|\s+have|\s+has)\s+{_ADV}$", re.IGNORECASE)
# A bare noun phrase opening the sentence, run into "'s": "Item master's loaded", "Cost-centre extract's landed".
_BEFORE_BARE = re.compile(r"^\W*(?P<subj>(?-i:(?!(?:But|And|So|Or|Um|Uh|Oh|Well|Then|Now|Also|Just|Yes|No|Okay|Ok|Yeah)"
                          r"\b)[A-Z][a-z-]+)(?:\s+(?!(?:i|we|they|he|she|it|you|that|this|there|what|who|where|how|so|"
                          rf"and|but|then|now|just|all|let)\b)[a-z][\w-]*){{1,2}})'s\s+{_ADV}$", re.IGNORECASE)
_BE = r"(?:'s|'re|\s+is|\s+are|\s+was|\s+were|\s+has been|\s+have been|\s+got|'s been|'ve been)"
_BEFORE_PASSIVE = re.compile(rf"{_SUBJECT}\s*{_BE}\s+{_ADV}$", re.IGNORECASE)
# subject is [adverbs] done/ready/live/in/out...
# Events that are held (a "meeting", "visit", "review" is no event said to have gone well or been sat in on)
_EVENT_WORDS = "session|workshop|training|briefing|demo|walkthrough|walk-through|rehearsal|presentation|course"
_EVENT_NOUN = rf"(?:{_EVENT_WORDS})s?"
# "Craig, the driver session." - "Yeah, it was good. We had fourteen drivers in on Thursday": "it" is the event the
# prompt names (read in find_followups)
_IT_WENT_WELL = re.compile(r"^\W*(?:(?:yeah|yes|oh|well)\W+)*it\s+(?P<adj>was|went)\s+(?:(?:really|very|pretty|quite|so)\s+)?"
                           r"(?:good|great|brilliant|fine|alright|all right|well|excellent|useful|a success)\s*[.!]?\s*$",
                           re.IGNORECASE)
# Asked how an event went: "Dave, the training on Thursday, how was it?", "How did the workshop go?" (the reply
# tells of the event held, unless it says it was not: see _NOT_HELD)
_HOW_DID_IT_GO = re.compile(rf"\bhow\s+(?:was|did|'d)\s+(?:it|that|the\s+(?:[\w-]+\s+){{0,3}}?{_EVENT_NOUN})(?:\s+go)?\s*\?\s*$",
                            re.IGNORECASE)
# Something said to be on, when work is to switch it on: "Ben, the API?" - "It's on." (for "have the API module
# switched on by the ninth"; "it's on" alone is too often "on the agenda", "on track", "on hold")
_IT_IS_ON = re.compile(r"^\W*(?:(?:yeah|yes|yep|so|well|oh)\W+)*(?:it|they|that)(?:'s|'re|\s+is|\s+are)\s+(?:now\s+|all\s+)?"
                       r"(?:switched\s+|turned\s+)?(?P<adj>on)(?:\s+now)?\s*[.!]", re.IGNORECASE)
_SWITCH_ON = re.compile(r"\b(?:switch|turn)(?:ed|ing|s)?\s+(?:(?:it|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+)?on\b", re.IGNORECASE)
# The one who sent a thing asking whether the others have read it: "The cutover plan, did anyone open it?", "Has
# everyone had a chance to look at the draft?" (it went out)
_DID_ANYONE_READ = re.compile(r"\b(?:did|has|have)\s+(?:anyone|anybody|everyone|everybody|you all|you both)\s+"
                              r"(?:(?:had|got|get|have)\s+a\s+chance\s+to\s+|managed\s+to\s+)?"
                              r"(?P<verb>open(?:ed)?|read|look(?:ed)?\s+at|seen?|had\s+a\s+look\s+at|have\s+a\s+look\s+at|"
                              r"go(?:ne)?\s+through)\s+(?:it|them|(?:the|my|our)\s+[^?]{1,40})\s*\?", re.IGNORECASE)
_SENT_BY_OTHER = re.compile(r"\b(?-i:[A-Z][a-z]+)(?:'s|\s+(?:sent|did|wrote|drafted|circulated|shared))\b|\bfrom\s+(?-i:[A-Z])",
                            re.IGNORECASE)  # ("... the cutover plan Sarah sent?", "... the plan from Sarah?")
_NOT_HELD = re.compile(r"\b(?:didn't|did not|hasn't|has not|haven't|have not|wasn't|weren't|never|not yet|cancel\w*|"
                       r"postpon\w*|moved|called off|rescheduled|pushed|bumped|tomorrow|next week)\b", re.IGNORECASE)
# An event held, said with when it was: "the works council session was last Thursday", "The demo happened on Monday"
_EVENT_HELD = re.compile(
    rf"(?P<subj>\b(?:the|our|their|his|her|my|your|that|this)\s+(?:[\w-]+\s+){{0,3}}?(?:{_EVENT_WORDS}|meeting|visit|"
    r"review|dry run|kick-?off|board|committee|panel)s?"
    # (a board that sits, named without "the" as a sentence opens: "Security board was Tuesday. You're approved.")
    r"|(?:^|(?<=[.!?]\s))\W*(?-i:[A-Z])[\w-]*\s+(?:[\w-]+\s+)?(?:board|committee|panel))"
    r"\s+(?P<adj>was|were|happened|took place|went ahead)\s+(?=(?:on\s+(?:the\s+)?\w+|last\s+\w+|yesterday|this morning|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)(?!on\s+(?:the\s+)?(?:agenda|list|table|hold)\b)"
    r"(?![^.!?]*\b(?:but|cancel\w*|postpon\w*|moved|called off)\b)",  # ("... was on Monday but nobody came")
    re.IGNORECASE)
# ... said with how it went ("The training was actually alright."), or by one who was there with when ("I sat in on
# Bethan's testing session in Newcastle last Thursday.")
_EVENT_WENT = re.compile(
    rf"(?P<subj>\b(?:the|our|their|his|her|my|your|(?-i:[A-Z][a-z]+)'s)\s+(?:[\w-]+\s+){{0,3}}?{_EVENT_NOUN})"
    r"\s+(?P<adj>was|were|went)\s+(?:(?:actually|really|very|pretty|quite|so|all)\s+)*(?:good|great|brilliant|fine|"
    r"alright|all right|excellent|useful|well|fantastic|a success|a hit|brill|lovely)\b(?![^.!?]*\b(?:but|cancel\w*|"
    r"postpon\w*|moved|called off)\b)"
    rf"|\b(?:i|we|he|she|they)\s+(?P<adj2>sat in on|attended|went to|was at|were at|came to)\s+(?P<subj2>(?:the|our|"
    rf"their|his|her|your|(?-i:[A-Z][a-z]+)'s)\s+(?:[\w-]+\s+){{0,3}}?{_EVENT_NOUN})\b(?=[^.!?]*\b(?:on\s+(?:the\s+)?\w+|last\s+\w+|"
    r"yesterday|this morning|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)",
    re.IGNORECASE)
_DONE_STATE = re.compile(
    rf"{_SUBJECT}\s*{_BE}\s+{_ADV}(?P<adj>{_DONE_ADJ})(?=\s*(?:[.,;!]|$|\b(?:on|since|yesterday|last|this|today|"
    rf"now|already|and|as of|for|with|thanks|over the|in (?:the )?(?:test|prod|production|staging|uat|sandbox)(?= *[.,;!]|$))\b))"
    # ("The route's live in test.": live in an environment; "The last two wagons are in for their MOT": at the
    # garage, not done; "in for a treat")
    r"(?<!\bin(?=\s+for\s+(?:their|its|his|her|a|an|repairs?|servicing|service|maintenance)\b))",
    re.IGNORECASE,
)
# "That's the cutover checklist done, then.", "so that's the export sorted": the thing named is done.
_THATS_DONE = re.compile(r"\b(?:that's|that is|that's now)\s+(?P<subj>(?:the|our|my|your|his|her|their)\s+[\w\s'-]{1,40}?)"
                         r"\s+(?P<adj>done|sorted|finished|complete|signed off|out|closed off)\b", re.IGNORECASE)
# A thing reported working from a point in time: "SSO against the test tenant is working as of this morning",
# "the feed's been working since Tuesday", "that's all working in test" (not "we're working on it", not "it's working,
# mostly").
_WORKS_NOW = r"(?P<adj>working)(?=\s+(?:as of|since|now\b|fine\b|end to end\b)|\s*[.!]\s*$" \
    r"|\s+in\s+(?:the\s+)?(?:test|prod|production|staging|uat|sandbox)(?:\s+environment)?\s*(?:[.!;]|$))"
_WORKING = re.compile(rf"{_SUBJECT}\s*{_BE}\s+{_ADV}{_WORKS_NOW}", re.IGNORECASE)
# A feed running from a point in time or now: "all three stores are feeding punches into the test tenant now", "the
# orders have been flowing since Thursday" (not "they're coming through next week")
_FLOWING = re.compile(rf"{_SUBJECT}\s*{_BE}\s+{_ADV}(?P<adj>feeding|flowing|syncing|coming (?:through|in|across))\b"
                      r"(?=[^.;!?]*\b(?:now|since|as of|every (?:night|day|morning|hour))\b)"
                      r"(?![^.;!?]*\b(?:next|tomorrow|soon|will|from (?:monday|tuesday|wednesday|thursday|friday))\b)",
                      re.IGNORECASE)
# The ones it was for getting it for days: "We've been getting your file every night since last Wednesday.", "I've
# been seeing admissions come into Tallis test since Tuesday."
_BEEN_GETTING = re.compile(r"\b(?:i|we)(?:'ve|\s+have)\s+been\s+(?P<verb>getting|seeing|receiving)\s+"
                           r"(?P<what>(?:the|your|their|his|her|our|(?-i:[A-Z][a-z]+)'s)?\s*[\w'-]+(?:\s+[\w'-]+){0,2}?)"
                           r"(?=[^.;!?]*\bsince\b)", re.IGNORECASE)
# ... or using it for days: "the team have been booking dummy appointments on it since Thursday"
_BEEN_USING = re.compile(r"\b(?:have|'ve|has|'s)\s+been\s+(?P<verb>[a-z]+ing)\b[^.;!?]{0,60}?\b(?:on|with|in|through|into|off)\s+"
                         r"(?P<what>it|them|that)\b(?=[^.;!?]*\bsince\b)", re.IGNORECASE)
_TOPIC_FIRST = re.compile(r"^\W*(?:(?:and|so|oh|also)\s+)?(?P<topic>(?:the|your|our|their)\s+[\w-]+(?:\s+[\w-]+){0,2}?),\s",
                          re.IGNORECASE)
# ... a thing named by its letters: "VPN's working now, thanks Euan."
_ACRONYM_WORKING = re.compile(rf"(?P<subj>(?-i:\b[A-Z]{{2,6}}))\s*{_BE}\s+{_ADV}{_WORKS_NOW}", re.IGNORECASE)
_TOKEN = re.compile(r"[A-Za-z][a-z-]+")
# A reply that opens with the verb: "Sent it Thursday.", "Got Greg's spreadsheet on Wednesday.", "Done."
_ELIDED_OPENER = r"^\W*(?:(?:yes|yeah|yep|yup|so|and|well|right|good news|great news|all)[,.:!]?\s+)*"
_ELIDED_REST = (
    rf"{_WORD}\b"
    r"(?=\s+(?:it|them|that|those|this|off|out|over|down|up|on|through|back|in|last|yesterday|the|their|his|her|your|to|[a-z]+'s)\b"
    r"|\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|this morning|first thing)\b"
    r"|\s+and\s+[a-z]+ed\s*(?:[.!,]|$)|\s+and\s+(?:sent|done|dusted)\b"
    # "Done my bit. The form's on Judith's desk.": the owner's own part of the work
    r"|(?<=done)\s+(?:my|our)\s+(?:bit|part|side|end|share)\b"
    # "Signed by me, countersigned by Alison's PA.": who did it, said after
    r"|\s+by\s+(?:me|us|(?-i:[A-Z][a-z]+)(?!['\u2019]))\b"
    r"|\s*(?:[.!,]|$))"
)
# Who did an elided report: "Signed by me" (the speaker), "Signed by Roy on Friday" (Roy)
_BY_AGENT = re.compile(r"\s+by\s+(?P<who>me|us|(?-i:[A-Z][a-z]+))\b", re.IGNORECASE)
_ELIDED = re.compile(_ELIDED_OPENER + _ELIDED_REST, re.IGNORECASE)
# ... after the name of the one it is for: "And Rosalind, got the IP list, thank you."
_ELIDED_CALLED = re.compile(rf"{_ELIDED_OPENER}(?-i:[A-Z][a-z]+),\s+{_ELIDED_REST}", re.IGNORECASE)
_DELIVERED = re.compile(
    r"\b(?:landed|arrived|came through|came in|came back|turned up|showed up|got here)\b"
    r"|\b(?:been|is|are) sitting in (?:my|our|your) (?:inbox|mailbox|folder)\b", re.IGNORECASE
)
# Someone's piece of work judged as it is: "Lou's cheat sheet is better than my manual", "Idris's workbook is great".
_PRAISED = re.compile(r"(?P<subj>(?-i:\b[A-Z][a-z]+)'s(?:\s+[a-z][\w-]*){1,3})\s+(?:is|was|'s)\s+"
                      r"(?:(?:really|so|much|absolutely|actually|honestly)\s+)?(?P<adj>great|brilliant|better|lovely|"
                      r"perfect|excellent|spot on|fantastic|amazing|superb|really good|very good)\b", re.IGNORECASE)
# "Logged it the same afternoon.": a request logged is work done, unlike a bare "Logged." (noted, minuted)
# ("Logged." alone acknowledges, like "Noted."; "Logged Tuesday afternoon, the reference is ..." reports it done)
_LOGGED_IT = re.compile(r"logged\s+(?:it|them|that|the|on|last|yesterday|this morning|(?:mon|tues|wednes|thurs|fri|satur|"
                        r"sun)day)\b", re.IGNORECASE)
# Where the thing asked about is now, said alone: "In your inbox.", "With you since Tuesday."
_WHERE_IT_IS = re.compile(r"^\W*(?:(?:yes|yeah|yep|it's|they're|that's|all)\W+)*(?:in your (?:inbox|mailbox)|with you|"
                          r"on (?:the )?sharepoint|in the (?:shared )?(?:folder|drive))(?:\s+(?:now|already|since "
                          r"\w+(?: \w+)?|(?:on|last) \w+day|yesterday))?\s*[.!]?$", re.IGNORECASE)
# A thing made ready is a step of work that hands it over ("send", "circulate", "put a note out"), not that work.
_PREPARED = re.compile(r"drafted|written|prepared|ready", re.IGNORECASE)
_HANDS_OVER = re.compile(r"\b(?:send|circulate|share|issue|publish|submit|e-?mail|distribute|forward|post|"
                         r"(?:put|get|send)\s+(?:[\w'-]+\s+){0,5}?(?:out|over|across|round|around)\b)", re.IGNORECASE)
# "You should all have had the plan from me on Thursday", "everyone should have got the revised plan": the sender
# says the ones it went to have it (a past event, not a wish: "we should have had it by now" is not one).
_SHOULD_HAVE_HAD = re.compile(r"\b(?:you|you all|everyone|everybody|all of you)\s+should\s+(?:all\s+)?"
                              r"have\s+(?:all\s+)?(?P<verb>had|got|gotten|received)\s+(?=(?:the|my|our|it|them|that)\b)",
                              re.IGNORECASE)
# The speaker has another person's thing: "I've got your invites", "We've got Ben's list", "I had Marcus's answers"
# (not "They've got it with their Android team", nor "I've got my notes").
_GOT_THEIRS = re.compile(r"\b(?:i|we|(?:the|my|our)\s+(?:lads|team|lot|guys|people|staff))(?:'ve|\s+have)?\s+"
                         r"(?:(?:now|finally|already|just)\s+)?(?P<verb>had|got|received|did\s+get)\s+"
                         r"(?=(?:your|(?-i:[A-Z][a-z]+)'s)\s+(?!(?:own|back)\b)[a-z])", re.IGNORECASE)
_HAD_SINCE = re.compile(r"\b(?:(?:i|we)(?:'ve|\s+have)|(?-i:[A-Z][a-z]+)(?:'s|\s+has))\s+(?:(?:now|already|actually)\s+)?"
                        r"(?P<verb>had)\s+"
                        r"(?P<what>it|that|them|those|this|the [\w'-]+(?: [\w'-]+){0,3}?)\s+(?:since|for (?:a |two |three |"
                        r"a couple of |a few )?(?:days?|weeks?))\b", re.IGNORECASE)
# The one it was for had it on a day: "Yeah, I had it first thing Monday.", "We had them on Friday." (a day, so not
# "I had it in my head")
_HAD_WHEN = re.compile(r"\b(?:i|we)\s+(?P<verb>had)\s+(?P<what>it|them|that|those)\s+(?:(?:first thing|late|early)\s+)?"
                       r"(?:on\s+|last\s+)?(?:(?:the\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|this morning)\b",
                       re.IGNORECASE)
# In the clause reporting the work: a negation, modal, condition, question or progress word means not done.
_NOT_DONE_CLAUSE = re.compile(
    r"\b(?:not|never|no|yet|still|pending|waiting|awaiting|nearly|almost|partly|partially|half|halfway|most of|"
    r"some of|only|until|unless|if|once|as soon as|whether|will|would|shall|should|could|might|may|must|"
    r"assuming|provided|providing|as long as|so long as|"
    r"going to|gonna|need to|needs to|have to|has to|want to|plan to|hope|hoping|trying|try to|about to|"
    # "I'm aiming to get the thresholds signed before I go": an intention
    r"aim(?:ing|s)? (?:to|for)|intend(?:ing|s)? to|expect(?:ing|s)? to|planning to|"

    r"started|starting|working on|in progress|underway|kicked off|held up|tied up|on hold|"
    # "... and have it finished by the 6th": work to be caused, not work done
    r"(?:have|get) (?:it|them|that|this|those|everything)|"
    # "I've built everything else": all but the thing asked about
    r"everything else|anything else|the rest|all the others?|the other (?:bits|parts|ones|stuff|pieces))\b|n't\b|'ll\b|'d\b",
    re.IGNORECASE,
)
# What was done is said to be a step only: "I've found where SchoolBase hides it, which is half the battle."
_A_STEP = re.compile(r"\b(?:half the battle|a first step|the first step|a start|a good start)\b", re.IGNORECASE)
# "Sixteen of the twenty are across and checked", "I've sent two of the three files": part of it, anywhere before.
_NUMBER = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|(?:twen|thir|for|fif|six|seven|eigh|" \
    r"nine)ty(?:-\w+)?|hundred)"
_PART_OF = re.compile(rf"\b(?:{_NUMBER}|one) (?:of|out of) (?:the |our |all |its |their )?{_NUMBER}\b", re.IGNORECASE)
# "The request is written, but CAB only meets on the 22nd, so it can't go in before then": the work done so far
# is a step; what the item is for cannot happen yet.
_BUT_CANNOT = re.compile(r"^[^.;!?]*?\bbut\b[^.;!?]*?(?:\b(?:can't|cannot|can not|won't|couldn't|unable)\b|\bnot able\b)",
                         re.IGNORECASE)
# "I've measured up, I just need to write it": a step done, the work itself still to do.
_STILL_TO_DO = re.compile(r"\b(?:i|we|i've|we've)\s+(?:(?:just|still|only)\s+)+(?:need|have|got|'ve got)\s+to\b"
                          r"|\b(?:i|we)\s+(?:need|have|'ve got)\s+to\s+(?:\w+\s+){1,2}?(?:it|them)\b(?!\s+(?:to|back|over)\b)",
                          re.IGNORECASE)
# "Got it, those folders are already excluded": an acknowledgement, not a receipt
# (not "Got it, Monday, yeah.", said of a thing asked about: when it came)
_ACK = re.compile(r"^\W*(?:ok(?:ay)?,?\s+)?got (?:it|that|you)\s*(?:[,.!]|$)(?!\s*(?:on\s+)?(?:monday|tuesday|wednesday|"
                  r"thursday|friday|saturday|sunday|yesterday|last week|this morning)\b)", re.IGNORECASE)
# Sentence openers that look like a verb with its subject left out but are not one ("Given the delay, ...").
_NOT_ELIDED = frozenset({"given", "provided", "based", "gone", "said", "assuming", "compared", "supposed", "noted",
                         "understood", "agreed", "copied", "minuted", "logged", "accepted", "appreciated"})
# Verbs of things that happen around the work, which report an item done only when it is their own kind of work
# ("read the spec"): "She left me her notes", "Read it on the train", "I saw the draft"
# (with the stems of the work each can be: "I went to Keswick" is the visit promised)
_INCIDENTAL = {"left": frozenset({"leav"}), "read": frozenset({"review", "look"}), "saw": frozenset({"see", "look"}),
               "seen": frozenset({"see", "look"}), "heard": frozenset({"hear"}), "noticed": frozenset(),
               "went": frozenset({"visit", "go", "trip", "walk", "sit"}), "drafted": frozenset({"writ", "prepar"})}
# Verbs whose elided report goes "to" someone: "Went to the reps on Monday.", "Sent to Rohan yesterday."
_SENT_TO = frozenset({"went", "sent", "posted", "emailed", "mailed", "forwarded", "submitted", "handed", "passed",
                      "delivered", "shipped", "uploaded", "issued", "circulated", "returned"})
# Anywhere in the sentence: the work is under way, not finished ("Tech is booked, we are working on it").
_IN_PROGRESS = re.compile(r"\b(?:working on it|working on that|in progress|underway|under way|on it now|"
                          r"still going|not there yet|getting there)\b", re.IGNORECASE)
_DETERMINERS = frozenset({"the", "our", "their", "his", "her", "your", "my", "both", "all"})
_FIRST = frozenset({"i", "we"})
_THIRD = frozenset({"he", "she", "they"})
_THING = frozenset({"it", "that", "this", "those", "these"})
_NON_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "the", "a", "an"})


# "pushed" is a delay ("pushed to Friday", "pushed it back") unless it ships a thing: "ScanPoint pushed the firmware
# Thursday", "we pushed the new build to all three stores".
_NOT_OBJ = r"(?!(?:to|back|out|till|until|into|by|date|deadline|go-live|meeting|call|timeline|plan|schedule|cutover)\b)"
# "Roy pushed it through on Thursday": got it approved (not pushed back)
_PUSHED_THROUGH = re.compile(r"\s+(?:it|that|them|those|this|the\s+[\w-]+(?:\s+[\w-]+)?)\s+through\b", re.IGNORECASE)
_PUSHED_OUT = re.compile(rf"\s+(?:the|a|an|our|their|its|his|her|new)\s+(?:{_NOT_OBJ}[\w-]+\s+){{0,3}}{_NOT_OBJ}[\w-]+"
                         r"(?=\s*(?:[,.;!]|$)|\s+(?:on|to all|to the \w+ (?:\w+ )?(?:stores|sites|printers|clocks|devices)|"
                         r"out to|last|yesterday|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)",
                         re.IGNORECASE)


# "went"/"gone" that moved nothing forward: "gone back and forth", "went round in circles", "went quiet".
_MADE_IN_TALK = re.compile(r"\s+(?:(?:a|an|the|that|this|his|her|their|my|our|your|some|no|any)\s+)?(?:(?:good|fair|"
                           r"big|real|funny|strong|valid|bit of a|right|sour|pained)\s+)?(?:face|faces|point|points|joke|"
                           r"jokes|fuss|noise|noises|scene|mess|mistake|comment|remark|sound|case|effort|impression|"
                           r"sense|clear|sure)\b", re.IGNORECASE)
_WENT_NOWHERE = re.compile(r"\s+(?:(?:very|really|pretty|a bit|all|totally|completely|awfully|deathly)\s+)?(?:back|around|round in circles|quiet|silent|missing|wrong|down|sideways|cold|awol|sick|away|"
                           r"off (?:sick|the rails)|on (?:leave|holiday)|over (?:budget|time)|through the roof|"
                           r"up and down|in circles)\b", re.IGNORECASE)

# ... but a thing that went back to a named party was returned to them: "It went back to Lonsdale on Friday." (not
# "We went back to Lonsdale", who talked to them again, nor "it went back to the drawing board")
_SENT_BACK = re.compile(r"(?:\b(?:it|that|this|they|those|these)|\bthe\s+[\w-]+)(?:\s+has|\s+have|'s|'ve)?\s+"
                        r"(?P<verb>went|gone)(?=\s+back\s+to\s+(?-i:[A-Z]))", re.IGNORECASE)


def name_stems(people: Sequence[Person]) -> set[str]:
    """The stems of the engagement's people's names and aliases: names, not work two texts share."""
    return {w for p in people for form in (p.name, *p.aliases) for w in content_stems(form)}


def _past(word: str) -> bool:
    w = word.lower()
    if w in _IRREGULAR_DONE:
        return True
    if w in _NOT_DONE_ED or w in _ED_NOT_VERBS:
        return False
    return (len(w) > 4 and w.endswith("ed") and not w.endswith(("eed", "ied"))) or (w.endswith("ied") and len(w) > 5)


# Words ending in -ed that are no verbs: "about four hundred people", "a sacred cow"
_ED_NOT_VERBS = frozenset({"hundred", "hundreds", "kindred", "sacred", "naked", "wicked", "wretched", "rugged",
                           "ragged", "crooked", "beloved", "learned", "aged", "jagged"})


_PRESENT_VERBS = frozenset({"gets", "lets", "makes", "helps", "means", "needs", "wants", "says", "keeps", "goes"})
_AUXILIARIES = frozenset({"get", "will", "would", "should", "can", "could", "must", "may", "might", "to"})
_RECEIPT = frozenset({"got", "received", "gotten"})
_ARRIVAL = frozenset({"came", "arrived", "landed"})
_CLAUSE_END = re.compile(r"[,;:.!?]|\s(?:and|but|so|because|which|who)\s", re.IGNORECASE)


def _object(text: str, at: int) -> str:
    """The words after a verb up to the end of its clause."""
    m = _CLAUSE_END.search(text, at)
    return text[at : m.start() if m else len(text)]


# Where what was received ends: its source and its time ("got Shona's inventory the day after the last call",
# "got the URL from Dominic on Tuesday"); those words are not the thing.
_RECEIVED_END = re.compile(r"\s(?:from|on|last|yesterday|today|this|that|the (?:day|same|next|following)|first thing|"
                           r"over|via|by|in|back)\b", re.IGNORECASE)


# A second thing received, added after when: "I got it on email last Tuesday, and the RACI, thanks."
_AND_THE_OTHER = re.compile(r"\s*,?\s*(?:and|plus)\s+((?:the|your|his|her|their|(?-i:[A-Z][a-z]+)'s)"
                            r"(?:\s+(?!(?:it|them|me|us|him|her|is|was|are|were|has|have|had|did|does|went|came|got)\b)"
                            r"(?![\w'-]+ed\b)[\w'-]+){1,3}?)"
                            r"\s*(?:,\s*(?:thanks|thank you|too|as well)\b[^.!?]*|\s+(?:too|as well))?\s*[.!]?\s*$", re.IGNORECASE)


def _received(text: str, at: int) -> str:
    """The thing a receipt verb at ``at`` names, without where it came from or when."""
    what = _object(text, at)
    m = _RECEIVED_END.search(what, 1)
    thing = what[: m.start()] if m else what
    other = _AND_THE_OTHER.match(text, at + len(what))
    return f"{thing} and {other.group(1)}" if other else thing


def _subject_before(text: str, at: int) -> str:
    """The words of the clause before ``at``: what "landed in my inbox" or "came through"."""
    starts = [0, *(m.end() for m in _CLAUSE_END.finditer(text, 0, at))]
    # "The cutover approach, from me, landed with you all": an aside between the thing and its verb
    while len(starts) > 1 and _ASIDE.match(text[starts[-1] : at]):
        starts.pop()
    return re.sub(r",\s*(?:from|by|via|courtesy of|thanks to)\s+[^,]*,?", " ", text[starts[-1] : at], flags=re.I)


_ASIDE = re.compile(r"^\s*(?:(?:from|by|via|courtesy of|thanks to)\s+[\w' -]+?)?[\s,]*$", re.IGNORECASE)


# Where a remark on what was just said begins: ", which apparently made ...", "; it's made ...".
_REMARK = re.compile(r",\s+which\b|;|\s+-\s+|,\s+so\s+(?:that|now)\b", re.IGNORECASE)
_REMARKED_MIN = 6  # words before the remark: fewer embed too loosely to be read alone


@dataclass(frozen=True)
class DoneReport:
    """A sentence's report of work done: who did it ('speaker', a name, 'pronoun' or 'thing') and where."""

    doer: str
    start: int
    end: int
    subject: str = ""  # what the report is about when the doer is a thing: "the templates", "Greg's spreadsheet"


# The speaker's own belief, just before the verb: "I think I've cracked it."
_I_THINK = re.compile(r"\b(?:i|we)\s+(?:think|reckon|believe)\s+(?:that\s+)?(?:i|we)(?:'ve|\s+have)?\s+(?:\w+\s+)?$", re.IGNORECASE)
# A state in a clause of time said in the present: "when the pallet's built", "whenever they're signed".
_WHEN_IT_IS = re.compile(r"\b(?:when|whenever|after|before|as soon as)\s+(?:the|a|an|it|they|its|their|each|every)\b"
                         r"[^,.;!?]{0,40}?(?:'s|'re|\s+is|\s+are|\s+gets|\s+get)\s*$", re.IGNORECASE)


# A report ending on a doubt about when: "And I sent Alun the screenshots, I think the day after?" reports work done
_UNSURE_WHEN = re.compile(r",\s*(?:i think|i believe|i'm pretty sure|wasn't it|was it)\b[^,?]*\?\s*$", re.IGNORECASE)


# Someone else's belief that they did it, said just before the deed: "He thinks he won.", "She reckons she's sent it."
_THEY_THINK = re.compile(r"\b(?:he|she|they)\s+(?:thinks|think|reckons|reckon|believes|believe|reckoned|thought)\s+"
                         r"(?:that\s+)?(?:he|she|they)(?:'s|'ve|'d|\s+has|\s+have|\s+had)?\s+(?:\w+\s+)?$",
                         re.IGNORECASE)


# How a process goes, told to a generic "you" in the present: "The pallet's labelled from birth, you scan it into the
# chiller, and you always know where it is." (two such clauses: "you know" and "you see" alone are fillers)
_HOW_IT_GOES = re.compile(r"\byou\s+(?:always\s+|never\s+|just\s+|then\s+|only\s+)?(?!(?:know|see|mean|have|had|did|do|were|"
                          r"was|are|said|should|could|would|can|will|might|may|must|need|want|got|get|guys|lot|all|"
                          r"two|both|too|then)\b)[a-z]+(?<!ed)\b", re.IGNORECASE)


# Things handed over on paper or as a file: what an item promising "it" most likely was
_PAPERWORK = frozenset(content_stems("file list sheet spreadsheet document doc form data extract template pack paperwork "
                                     "return report figures numbers details names answers comments notes draft spec "
                                     "export mapping"))
# Thanks for comments on the speaker's own work, which must have gone out: "thanks for your comments on my draft"
_FEEDBACK_ON = re.compile(r"\b(?:thanks|thank you)\s+(?:\w+\s+)?for\s+(?:your|the|all\s+the)\s+"
                          r"(?P<verb>comments|feedback|notes|edits|review|red pen)\s+on\s+(?P<thing>(?:my|our)\s+[\w -]+)",
                          re.IGNORECASE)
# A reply of one word that it is in: "In.", "All in now."
_BARE_IN = re.compile(r"(?:all\s+)?(?P<verb>in)(?:\s+now)?\s*[.!]", re.IGNORECASE)


# A thing and who did it, before the sentence's own verb: "The census fields [Aileen sent over] are all in the build"
_RELATIVE_DOER = re.compile(r"\s(?P<who>(?-i:[A-Z][a-z]+))$")
_THEN_BE = re.compile(r"(?:\s+(?:over|across|round|through|in|out|back|up|on))?\s+(?:is|are|was|were|has|have)\b", re.IGNORECASE)


# "I've seen Mick.": met the person, as "I've spoken to Mick" (not "I've seen Mick's draft", which is reading)
_SEEN_SOMEONE = re.compile(r"\s+(?P<who>(?-i:[A-Z][a-z]+))(?:\s+(?-i:[A-Z][a-z]+))?(?![\w'\u2019-])")


def _seen_someone(text: str, at: int) -> bool:
    """A person named right after "seen"/"saw" at ``at`` (not a day: "I saw Tuesday's numbers")."""
    m = _SEEN_SOMEONE.match(text, at)
    return m is not None and m.group("who") not in WEEKDAY_NAMES


# A state the speaker wants, said before its participle: "We need the borrowers mapped properly", "I'd like it signed"
_WANTED = re.compile(r"\b(?:i|we|they|you|he|she)(?:'d| would)?\s+(?:really\s+|still\s+|just\s+)?(?:want|need|like|"
                     r"wants|needs)\b(?!\s+to\s+(?:say|tell|thank|report|let you know|mention|flag)\b)", re.IGNORECASE)


# Work kept back on purpose is not done: "I held it back, because I didn't know which date to put on it", "I've sat
# on it till we know"
_HELD_BACK = re.compile(r"\b(?:held|kept|holding|keeping)\s+(?:it|them|that|this|those|the\s+\w+)\s+back\b|"
                        r"\b(?:held|kept)\s+back\b|\b(?:sat|sitting)\s+on\s+(?:it|them|that)\b", re.IGNORECASE)


def done_report(sentence: str) -> DoneReport | None:
    """The first report of finished work in the sentence, or None (see the module docstring)."""
    text = _UNSURE_WHEN.sub(".", sentence.strip())
    if not text or text.endswith("?") or _IN_PROGRESS.search(text) or len(_HOW_IT_GOES.findall(text)) >= 2:
        return None
    if rules.PAST_EXPERIENCE.search(text):
        return None  # "I did the Arkwell link ... a couple of years back": experience, not this project's work
    if _HELD_BACK.search(text):
        return None  # "The cutover plan I promised for Monday, I held it back": kept, not sent
    if (bare := _BARE_IN.fullmatch(text)) is not None:
        return DoneReport(doer="thing", start=bare.start("verb"), end=bare.end("verb"), subject="")  # "Gaz, the
        # training rota." - "In."
    found: list[tuple[int, int, str, str]] = []
    for t in _TOKEN.finditer(text):
        if not _past(t.group()) and not (t.group().lower() == "pushed" and (_PUSHED_OUT.match(text, t.end()) or
                                                                             _PUSHED_THROUGH.match(text, t.end()))) \
                and not (t.group().lower() in ("seen", "saw") and _seen_someone(text, t.end())
                         # (the work done is told after it: "So, I saw Lorraine at the huddle, and she signed the
                         # policy off on Friday")
                         and not any(_past(x.group()) for x in _TOKEN.finditer(text, t.end()))):
            continue
        if t.group().lower() == "did" and re.match(r"\s+(?:get|receive|have)\s+(?:your|(?-i:[A-Z][a-z]+)'s)\s", text[t.end():], re.I):
            continue  # "I did get your names": what reached the speaker (read below), not work the speaker did
        if t.group().lower() == "did" and re.match(r"\s+(?:wonder|think|say|mention|ask|try|worry|hope|suspect|notice|"
                                                    r"feel|like|want|mean|warn|tell|wish|say so)\b", text[t.end():], re.I):
            continue  # "I did wonder.", "I did say": talk, not work done
        if _THEY_THINK.search(text[: t.start()]):
            continue  # "He thinks he won.", "She reckons she signed it": their belief, not a report of it done
        if t.group().lower() in ("cracked", "figured", "sussed", "solved") and _I_THINK.search(text[: t.start()]):
            continue  # "I think I've cracked it. Monday.": the way found, the work still to do
        if t.group().lower() == "signed" and re.match(r"\s+for\s+(?:it|them|that|those|the|a|an|all)\b", text[t.end():], re.I):
            continue  # "Ruth signed for them.": took the delivery, which is no work of Ruth's done
        if t.group().lower() == "sat" and not re.match(r"\s+(?:down\s+)?(?:with|together)\b", text[t.end():], re.I):
            continue  # "so that's just sat there", "it's sat in the queue": idle, unlike "I sat down with Raj"
        if t.group().lower() in ("stopped", "given", "gave") and re.match(r"\s+(?:up\s+)?(?:on\s+)?\w+ing\b",
                                                                         text[t.end():], re.IGNORECASE):
            continue  # "I've stopped asking.", "I've given up chasing.": gave up trying, not work finished
        if t.group().lower() == "used" and not re.match(r"\s+(?:it|them|those|the|their|our|his|her)\b", text[t.end():],
                                                        re.IGNORECASE):
            continue  # "I used to", "we're used to it", "used cars": no work done (not "They used them on sixty jobs")
        if t.group().lower() == "held" and re.match(r"\s+(?:off|back|fire)\b", text[t.end():], re.IGNORECASE):
            continue  # "I've held off on that": not started
        if t.group().lower() in ("taken", "took") and re.match(
                r"\s+(?:up\s+)?(?:everything|ages|forever|longer|a while|all (?:my|our|the|of my|of our) (?:time|week)|"
                r"(?:the|my|our) (?:whole|entire) (?:week|day|time)|time|weeks|days|hours)\b", text[t.end():], re.IGNORECASE):
            continue  # "The screen pop's taken everything", "it took ages": time it cost, not work finished
        if t.group().lower() in ("went", "gone") and _WENT_NOWHERE.match(text, t.end()) and \
                not any(b.end("verb") == t.end() for b in _SENT_BACK.finditer(text)):
            continue  # "Legal and I have gone back and forth": talk, not work finished
        if t.group().lower() == "made" and _MADE_IN_TALK.match(text, t.end()):
            continue  # "He made a face.", "She made a good point": a reaction in talk, not a thing made
        after = _TOKEN.match(text, t.end() + 1)
        if t.group().lower() == "got" and after and (after.group().lower() in _NOT_DONE_ED or _past(after.group())):
            continue  # "got pulled onto the audit", "got approved": the participle is the verb
        before = text[: t.start()]
        for rx, passive in ((_BEFORE_PERFECT, False), (_BEFORE_PASSIVE, True), (_BEFORE_ACTIVE, False),
                            (_BEFORE_BARE, True)):
            m = rx.search(before)
            if m is None:
                continue
            subj = m.group("subj")
            words = subj.lower().split()
            if (len(words) > 1 and words[-1] in _PRESENT_VERBS | _AUXILIARIES) or \
                    any(w in _PRESENT_VERBS for w in words[1:]):
                break  # "the label gets printed at the wrapper", "the system lets staff put in requests": what
                # happens, said in the present, not work done
            if rx is _BEFORE_ACTIVE and words[0] in _DETERMINERS and len(words) > 1 and _past(words[-1]):
                continue  # "the signed contract": a participle inside the subject, not its verb
            if rx is _BEFORE_PERFECT and before.rstrip().endswith("'s") and re.match(r"\s*(?:[,.;!]|$)", text[t.end():]):
                passive = True  # "Enrolment's done, all forty are staged": is done, not has done something
            doer = _doer(subj, passive)
            if doer == "thing" and not passive and len(words) > 1 and words[-1] in _FIRST:
                doer, subj = "speaker", subj.split()[-1]  # "That's exactly why I sent it round.": the speaker sent it
            if rx is _BEFORE_ACTIVE and words[0] in _DETERMINERS and (rel := _RELATIVE_DOER.search(subj)) is not None \
                    and _THEN_BE.match(text, t.end()):
                # "The census fields Aileen sent over are all in the build": Aileen sent the census fields
                doer, subj = rel.group("who"), subj[: rel.start()].strip()
            if doer == "pronoun" and words[0] == "they" and t.group().lower() in _SENT_TO | _ARRIVAL and \
                    re.match(r"\s+(?:to|over|across|out|through|in)\b", text[t.end():], re.IGNORECASE):
                doer = "thing"  # "They went to Anand on Tuesday": the things went, nobody did them
            if passive and doer == "speaker" and t.group().lower() not in _IRREGULAR_DONE:
                break  # "We got burned on auto-estimates", "we were told to wait": what happened to the speaker
            if t.group().lower() in _RECEIPT and rx in (_BEFORE_PERFECT, _BEFORE_BARE) and not re.match(r"\s+\w+(?:\s+\w+)?\s+back\b",
                                                                                  text[t.end():]):
                break  # "They've got it with their Android team": having it, not receiving it
            if t.group().lower() in _RECEIPT and doer == "speaker":
                # "we got the signed LOA back Friday": what we received is someone else's work, done
                doer, subj = "thing", _received(text, t.end())
            found.append((t.start(), t.end(), doer, subj))
            break
    for m in _DONE_STATE.finditer(text):
        found.append((m.start("adj"), m.end("adj"), _doer(m.group("subj"), True), m.group("subj")))
    for m in _EVENT_HELD.finditer(text):
        found.append((m.start("adj"), m.end("adj"), "thing", m.group("subj")))
    for m in _EVENT_WENT.finditer(text):
        adj = "adj" if m.group("adj") else "adj2"
        found.append((m.start(adj), m.end(adj), "thing", m.group("subj") or m.group("subj2")))
    for m in (*_WORKING.finditer(text), *_ACRONYM_WORKING.finditer(text)):
        if _doer(m.group("subj"), True) == "thing" and m.group("subj").split()[0].lower() not in _THIRD:
            found.append((m.start("adj"), m.end("adj"), "thing", m.group("subj")))
    for m in _THATS_DONE.finditer(text):
        found.append((m.start("adj"), m.end("adj"), "thing", m.group("subj")))
    for m in _FLOWING.finditer(text):
        if m.group("subj").split()[0].lower() not in ("i", "we", "they", "he", "she"):
            found.append((m.start("adj"), m.end("adj"), "thing", m.group("subj")))
    for g in _BEEN_GETTING.finditer(text):
        found.append((g.start("verb"), g.end("verb"), "thing", g.group("what")))
    for g in _BEEN_USING.finditer(text):
        # (what "it" is may open the sentence: "And the booking thing, the team have been booking ... on it")
        topic = _TOPIC_FIRST.match(text[: g.start()])
        found.append((g.start("verb"), g.end("verb"), "thing", topic.group("topic") if topic else g.group("what")))
    for g in _GOT_THEIRS.finditer(text):
        # "I've got your invites, Harriet", "I had Marcus's answers on the Tuesday": what the speaker has is someone
        # else's work, which reached them
        found.append((g.start("verb"), g.end("verb"), "thing", _received(text, g.end("verb"))))
    for g in (*_HAD_SINCE.finditer(text), *_HAD_WHEN.finditer(text)):
        # "I've had it since Wednesday, thanks Gareth": the one it was for has had the thing for days, so it came
        found.append((g.start("verb"), g.end("verb"), "thing", g.group("what")))
    h = _SHOULD_HAVE_HAD.search(text)
    if h and not text[: h.start()].strip(" ,").lower().endswith(("if", "unless")) and \
            not re.search(r"\bby now\b", _object(text, h.end("verb")), re.IGNORECASE):  # "by now": unsure it went
        # the sender telling the ones it went to: they had it, so it went; "from Kerry" names who sent it
        source = re.search(r"\bfrom\s+(?P<who>me|us|[A-Z][a-z]+)\b", _object(text, h.end("verb")))
        doer = "speaker" if source is None or source.group("who").lower() in ("me", "us") else source.group("who")
        found.append((h.start("verb"), h.end("verb"), doer, _received(text, h.end("verb"))))
    e = _ELIDED.match(text)
    if e is None or not (_past(e.group("verb")) or e.group("verb").lower() in ("done", "gone")):
        e = _ELIDED_CALLED.match(text) or e
    if e and re.match(r"\s+to\b", text[e.end("verb"):]) and e.group("verb").lower() not in _SENT_TO:
        e = None  # "Tried to call him", "Meant to send it": only work handed over goes "to" someone
    if e and e.group("verb").lower() == "gone" and re.fullmatch(r"\W*(?:yes|yeah|yep|all)?[,\s]*gone\s*[.!]?", text, re.I):
        found.append((e.start("verb"), e.end("verb"), "thing", ""))  # "Gone." alone: what was asked about went
    elif e and (e.group("verb").lower() not in _NOT_ELIDED or _LOGGED_IT.match(text, e.start("verb"))) and \
            (_past(e.group("verb")) or e.group("verb").lower() == "done"):
        receipt = e.group("verb").lower() in _RECEIPT
        # "Got Greg's spreadsheet with the branch addressing": what was received is the thing done
        what = _received(text, e.end("verb")) if receipt else ""
        # "Came through the day after, thanks Stefan.": what arrived is the thing asked about, not the speaker's work
        arrival = e.group("verb").lower() in _ARRIVAL
        agent = _BY_AGENT.match(text, e.end("verb"))
        if agent is not None and agent.group("who").lower() not in ("me", "us") and not (receipt or arrival):
            found.append((e.start("verb"), e.end("verb"), agent.group("who"), agent.group("who")))  # "Signed by Roy"
        else:
            found.append((e.start("verb"), e.end("verb"), "thing" if receipt or arrival else "speaker", what))
    if _WHERE_IT_IS.match(text):
        found.append((0, len(text), "speaker", ""))  # "In your inbox. Three of them.": the sender says where it went
    for m in _PRAISED.finditer(text):
        found.append((m.start("adj"), m.end("adj"), "thing", m.group("subj")))
    d = _DELIVERED.search(text)
    if d:
        found.append((d.start(), d.end(), "thing", _subject_before(text, d.start())))
    ack = _ACK.match(text)
    for start, end, doer, subject in sorted(found):
        clause = _SHOULD_HAVE_HAD.sub(" ", clause_around(text, start, end))  # its "should" is no modal of the work
        # a promise earlier in the sentence covers what is joined to it: "I'll start the migration on Monday and have
        # it finished by the 6th"
        if _NOT_DONE_CLAUSE.search(clause) or rules.addressed_to_system(text) or PROMISE.search(text[:start]) \
                or _PART_OF.search(text[:end]) or _PART_OF.search(clause) or rules.some_of_them(text[:end]):
            continue
        if _BUT_CANNOT.search(text[end:]) or _STILL_TO_DO.search(text[end:]) or rules.part_way(text[end:]) or \
                _A_STEP.search(text[end:]) or rules.retracted(text[end:]) or \
                re.match(r"[^.;!?]*?\bbut not\b", text[end:], re.IGNORECASE) or \
                rules.still_pending(text[end:]) or rules.party_still_owes(text[start:end], text[end:]):
            continue  # ("All four PCs are imaged now, but they're sitting in my office": a step, not the work)
        if ack and start < ack.end():
            continue
        if _WHEN_IT_IS.search(text[:start]):
            continue  # "... you print it at the wrapper, when the pallet's built": whenever it is, not done
        if _WANTED.search(text[:start]):
            continue  # "I want to do a second test load with the borrowers mapped properly, the fines stripped out":
            # the state wanted, not work done
        return DoneReport(doer=doer, start=start, end=end, subject=subject)
    return None


# An environment the work is done in: "in test", "on staging", "into production"
_PLACE = re.compile(r"\b(?:in|on|into|onto)\s+(?:the\s+)?(?P<place>test|testing|prod|production|staging|uat|live|dev|"
                    r"pre-?prod|sandbox)\b(?!\s+(?:environment|system|server|tenant|instance)s?\b)", re.IGNORECASE)


def _places(text: str) -> set[str]:
    """The stems of the environments ``text`` says work is done in ("run the load in test": test)."""
    return {w for m in _PLACE.finditer(text) for w in content_stems(m.group("place"))}


# A promise only to find out: "Let me check after the call.", "I'll have a look tonight." (not "check in" code)
_ONLY_CHECKING = re.compile(r"^\W*(?:(?:um|uh|so|okay|ok|well|yeah|right|but)\W+)*(?:let me|i'll|i will|i'm going to)\s+"
                            r"(?:just\s+|quickly\s+|double[- ]?)?(?P<verb>check|have a look|look|find out|confirm)\b"
                            r"(?!\s+(?:in|out|off)\b)(?![^.!?]*\b(?:and|then)\s+(?:send|get|do|fix|finish|have|sort)\b)",
                            re.IGNORECASE)


# A prompt asking the one spoken to for work: "Can you get Kwame a list? Even a rough one?"
_REQUEST = re.compile(r"\b(?:can|could|would|will) you\s+(?!tell\b|remind\b|say\b|confirm\b|remember\b)[^?]*\?",
                      re.IGNORECASE)


def _answers_a_request(u: Utterance, topic: set[str], held: set[str], name_words: set[str],
                       names: list[str]) -> bool:
    """In a turn answering a request for other work, "it" is what was asked for ("Can you get Kwame a
    list? Even a rough one?" - "I've got one from the old tender pack. I'll send it to Kwame by Monday." is no new
    date for the tender templates): when the request names none of the item, the turn before the sentence names it
    by one word at most and the sentence only by how the work goes."""
    prompt = u.prompt or ""
    return _REQUEST.search(prompt) is not None and asks_other_work(prompt, topic, names) and \
        not (content_stems(prompt) & held) - name_words - _TIME_WORDS and \
        len(content_stems(u.earlier) & topic) <= 1 and \
        not (content_stems(u.text) - name_words - _TIME_WORDS - HAND_OVER_STEMS) & topic


def _thanks(rest: str, owner: str | None) -> bool:
    """The next two sentences thank ``owner`` by name or a usual short form of it: "Finally. Brian, thank you.",
    "thanks Kit" (for Christopher)."""
    if not owner or not owner.split():
        return False
    nxt = " ".join(rest[a:b] for a, b in rules.sentences(rest)[:2])
    return any(same_person(m.group("a") or m.group("b"), owner) for m in _THANKED.finditer(nxt))


# A thing said to be someone's: "Kerensa's team", "Anita's mapping"
_POSSESSOR = re.compile(r"\W*(?:the\s+|so\s+|and\s+)?(?P<who>(?-i:[A-Z][a-z]+))'s\s+(?!been\b|got\b|done\b|gone\b)\w",
                        re.IGNORECASE)


def only_checking(sentence: str, item_text: str) -> bool:
    """The sentence promises only to find out (see _ONLY_CHECKING), which is no new date for work that is not itself
    a check ("confirm the room numbers")."""
    m = _ONLY_CHECKING.match(sentence)
    return m is not None and not re.search(rf"\b{m.group('verb')}", item_text, re.IGNORECASE)


def _counts_short(rest: str) -> bool:
    """The next sentence counts fewer done than there are: "We did Saturday and Sunday. Two hundred and twenty out
    of four hundred and ten."."""
    spans = rules.sentences(rest)
    return bool(spans) and any(a < b for a, b in rules.counts_of(rest[spans[0][0] : spans[0][1]], progress=True))


_HAVE_NOT = re.compile(r"\b(?:haven't|have not|hasn't|has not|not)\s+(?:(?:even|yet|really)\s+)?(?P<verb>touched|started|"
                       r"begun|got|had|done|finished)\b", re.IGNORECASE)


def _rest_not_yet(rest: str, topic: set[str]) -> bool:
    """The next sentence says part of the work is not there yet: "Voids I haven't touched.", "I haven't got a fix
    date yet." (for "log the defect and give Lukas a fix date"); not "I haven't heard back"."""
    spans = rules.sentences(rest)
    if not spans:
        return False
    nxt = rest[spans[0][0] : spans[0][1]]
    m = _HAVE_NOT.search(nxt)
    return m is not None and (m.group("verb").lower() in ("touched", "started", "begun")
                              or bool(content_stems(nxt[m.end():]) & topic))


# A report that work is only planned ("It's scheduled, Tollcross first."), which is done only for work that is the
# planning itself (SCHEDULING_WORK: "book the room", "schedule the training", "send the invites")
PLANNED_REPORT = re.compile(r"scheduled|planned|lined up|pencilled in|penciled in", re.IGNORECASE)
SCHEDULING_WORK = re.compile(r"\b(?:book|schedul|arrang|organis|organiz|plan|pencil|invite)", re.IGNORECASE)


MIN_COSINE_CALLED = 0.20  # a call on the owner naming their one open item in other words ("the staff list")
MIN_COSINE_BARE = 0.25  # ... answered by a bare "Done." ("Ravi, the log-in?" for "I'll get single sign-on going": .29)


def _means_the_same(item: FactBase, call: str, speaker: str,
                    similarity: Callable[[Sequence[str], Sequence[str]], np.ndarray],
                    threshold: float = MIN_COSINE_CALLED) -> bool:
    """The work a call names, without the name it calls on, means what the item was said in (its text, prompt and
    quotes): "the list of your agents" and "I just need the names. Everyone who'll be booking appointments"."""
    first = speaker.split()[0] if speaker.split() else ""
    what = re.sub(rf"\b{re.escape(first)}\b", " ", call, flags=re.IGNORECASE).strip(" ,.?!") if first else call
    said = " ".join([item.context or "", item.text, *(e.quote for e in item.evidence)])
    return bool(what) and float(similarity([said], [what])[0, 0]) >= threshold


def _passes_theirs_on(u: Utterance, rep: DoneReport | None) -> bool:
    """The speaker reports doing something to "it" right after the turn said another party did or delivered it."""
    if rep is None or rep.doer != "speaker" or not _IT.match(_object(u.text, rep.end)) or not u.earlier:
        return False
    spans = rules.sentences(u.earlier)
    before = done_report(u.earlier[spans[-1][0] : spans[-1][1]]) if spans else None
    return before is not None and before.doer not in ("speaker", "pronoun")


def _rest_of_turn(u: Utterance, seg_text: dict[int, str]) -> str:
    """What the turn says after the sentence ``u``."""
    turn = seg_text.get(u.segment_id, "")
    at = turn.find(u.text)
    return turn[at + len(u.text) :] if at >= 0 else ""


def _named_thing(rep: DoneReport | None, text: str, work: set[str], name_words: set[str],
                 item_text: str = "") -> DoneReport | None:
    """A report whose doer is a word capitalised only because it opens the sentence and is the item's own work
    ("Key came through Thursday" for "send the decryption key") is about that thing, not done by someone "Key"
    (but "Kev came in" is Kev, whom "take Kev and two others out" names with a capital)."""
    if rep is None or rep.doer in ("speaker", "pronoun", "thing") or not text.lstrip().startswith(rep.doer):
        return rep
    if re.search(rf"(?<!^)(?<![.!?]\s)\b{re.escape(rep.doer)}\b", item_text.lstrip()):
        return rep
    if re.match(r"\s+(?:it|them|that|this|those|the|a|an|our|their|his|her|my|your)\b", text[rep.end :], re.I):
        return rep  # a verb with an object has a doer: "Network did it yesterday morning" is the network team
    said = content_stems(rep.subject)
    if said and said <= work and not said & name_words:
        return DoneReport(doer="thing", start=rep.start, end=rep.end, subject=rep.subject)
    return rep


def _doer(subject: str, passive: bool) -> str:
    first = subject.split()[0].lower().removesuffix("'s")  # "That's the checklist" is "that"
    if first in _FIRST:
        return "speaker"
    if first in _THIRD:
        return "thing" if passive and first == "they" else "pronoun"
    if passive or first in _THING or subject.split("'")[0] in _THING_ACRONYMS:
        return "thing"  # (capitals naming a thing: "PO's gone in")
    words = subject.split()
    if len(words) > 1 and "'" not in subject and words[1][:1].islower():
        return "thing"  # a bare noun phrase, "Mock data went in yesterday": not a person
    if subject[:1].isupper() and first not in _DETERMINERS:
        return subject.split("'s")[0].split()[0]  # "Greg", "Deepa's note" -> the thing Deepa did
    return "thing"


# --------------------------------------------------------------------------- the meeting's sentences


@dataclass(frozen=True)
class Utterance:
    """One sentence of a turn, with the turn before it when someone else said it (the prompt it may answer)."""

    segment_id: int
    speaker: str
    start: float
    end: float
    text: str
    prompt: str | None
    opens_turn: bool
    prompt_segment: Evidence | None = None
    earlier: str = ""  # the turn's sentences before this one ("The label testing slipped though. I'm now ...")
    turn: int = -1  # the id of the turn's first segment
    question: str = ""  # the question a pronoun prompt answered, when this goes on about it (see utterances)

    def evidence(self, meeting_id: str) -> Evidence:
        return Evidence(meeting_id=meeting_id, segment_id=self.segment_id, speaker=self.speaker, start=self.start,
                        end=self.end, quote=self.text)


# What a question sets aside: "Kirsty, anything from the migration side apart from the extract?"
_SAVE_FOR = re.compile(r"\b(?:apart from|besides|other than|except(?: for)?|aside from)\b[^,.;?!]*", re.IGNORECASE)


def utterances(ctx: MeetingContext) -> list[Utterance]:
    """The meeting's sentences. A turn is a run of segments by one speaker (captions split a turn into cues:
    "We're training on the sample this week, and we'll have a first accuracy report to you by Friday week," -
    "so the 9th."): its later segments answer the same prompt and read the turn's earlier sentences."""
    out: list[Utterance] = []
    segs = ctx.transcript.segments
    pos = {id(seg): k for k, seg in enumerate(segs)}  # where a prompt's cue is (see _turn_text)
    i = 0
    while i < len(segs):
        speaker = ctx.display(segs[i].speaker)
        end = i + 1
        while end < len(segs) and ctx.display(segs[end].speaker) == speaker:
            end += 1
        run = segs[i:end]
        said = " ".join(seg.text for seg in run)
        prev = _prompt_turn(segs, i, speaker, ctx) if i else None
        asked = prev is not None and ctx.display(prev.speaker) != speaker
        prompt = called = _calling_on(_turn_text(segs, pos[id(prev)], ctx), speaker) \
            if prev is not None and asked else None
        question = ""
        if prompt is not None and i >= 2 and ctx.display(segs[i - 2].speaker) == speaker and _bare(said):
            # A back-and-forth answered with a bare date: "Raj, the mapping?" - "... still not done." - "Can we
            # push it to November 2?" - "Yes, November 2nd.": the exchange is about what the first prompt named.
            prompt = " ".join(t.text for t in segs[max(0, i - 3) : i])
        elif prompt is not None and _bare(_first_sentence(said)) and \
                not content_stems(prompt, exclude=[speaker]) - _FILLER - _TIME_WORDS - _SLIP_WORDS:
            # ... or asked again for a date in words naming no work, after others spoke: "Toby. Screen pop." - "It's
            # not going to be tomorrow. I'm still waiting on the key." - "Provisioning say Monday." - "And Toby, then,
            # realistically?" - "Realistically the twenty-eighth.": the exchange the speaker's last turn answered
            j = next((j for j in range(i - 2, max(0, i - 8), -1) if ctx.display(segs[j].speaker) == speaker), None)
            if j is not None:
                prompt = " ".join(t.text for t in segs[max(0, _turn_start(segs, j, ctx) - 1) : i])
        elif prompt is not None and prev is segs[i - 1] and _IT_GOES_ON.match(said) and \
                PRONOUN.search(_first_sentence(prev.text)) and (t0 := _turn_start(segs, i - 1, ctx)) >= 1:
            # A pronoun answered by a pronoun: "Bronwen, the PO?" - "Colm signed it. Last Friday." - "And it came
            # through to us Monday": "it" is what the turn before the prompt named
            prompt = f"{segs[t0 - 1].text} {prompt}"
            question = segs[t0 - 1].text
        # The evidence is what the prompt's own segment says: a back-and-forth's joined text spans several
        # speakers' turns and would credit all of them to the last one; the turn read with the cue before it
        # ("The 4th. Lovely." - "Marcus's answers to Steve. Alison, do you know where they are?") quotes its own cue.
        prompt_ev = Evidence(meeting_id=ctx.meeting.meeting_id, segment_id=prev.id, speaker=ctx.display(prev.speaker),
                             start=prev.start, end=prev.end,
                             quote=called.strip() if called and called.strip() in prev.text else prev.text.strip()) \
            if prev and asked else None
        whole = [(seg, a, b) for seg in run for a, b in rules.sentences(seg.text)]
        # A sentence reporting two pieces of work done is two reports, one for each item ("The rules are in the test
        # system and Dave's had the user list since Thursday.").
        spans = [(seg, c, d) for seg, a, b in whole for c, d in _report_clauses(seg.text, a, b)]
        # A short reply is about what it was asked, every sentence of it ("Sanjay, the delivery dates?" - "Yes, I
        # owe you those. They will be with you on the 13th."), and so is the whole turn of the person the prompt
        # called on by name ("Pete, firewall?"); in another longer turn only the opening sentence is.
        short = len(whole) <= 3 or (prompt is not None and (_calls_on(prompt, speaker) or _asks_on(segs, i, speaker, ctx)))
        if prompt is not None:
            prompt = _SAVE_FOR.sub("", prompt)  # what the prompt sets aside is not what it asks about
        before = last = ""
        for k, (seg, a, b) in enumerate(spans):
            text = seg.text[a:b].strip()
            # (a one-word date is a sentence too: "That's going to be next week now, sorry. Wednesday.")
            # (not after a report of when: "PO's gone in. Thursday.")
            # (or after a report that part of it is not done: "The emails are done but the guides aren't. Thursday.")
            # (or that it is not done: "The SMS templates, I haven't finished, sorry, ... ate my week. Monday.")
            if len(text.split()) >= 2 or a == 0 or (due_date(text, ctx.meeting.date) is not None and (
                    _SLIP_MARK.search(last) is not None or rules.part_way(last) or _MISSES.search(last) is not None
                    or _MISSES.match(before.strip()) is not None)):
                # what follows a reply's opening filler opens it: "Yeah. So. That's going to be Wednesday now."
                answers = k == 0 or short or not content_stems(before) - _FILLER
                out.append(Utterance(seg.id, speaker, seg.start, seg.end, text, prompt, answers,
                                     prompt_ev if answers else None, before.strip(), run[0].id, question))
            before, last = f"{before} {text}", text
        i = end
    return out


_OWN_SUBJECT = re.compile(r"^\W*(?:(?:then|also|so)\W+)?(?:(?:the|our|their|his|her|my|your)\s+\w|(?-i:[A-Z][a-z]+)(?<!I))",
                          re.IGNORECASE)
_IT_AGAIN = re.compile(r"\b(?:it|them|that|those|this|these|one)\b", re.IGNORECASE)
_CLAUSE_JOIN = re.compile(r",?\s+(?:and|plus|and also)\s+|;\s+|,\s+(?=[A-Z])")


def _report_clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The sentence text[a:b] as its two clauses when each reports work done on its own, of three words or more
    ("Hexley's rules are in the test system and Dave's had the user list since Thursday."); else as it is."""
    sentence = text[a:b]
    if done_report(sentence) is None:
        return [(a, b)]
    for m in _CLAUSE_JOIN.finditer(sentence):
        left, right = sentence[: m.start()], sentence[m.end() :]
        # ... each with its own doer and its own thing: "and Raj signed off the budget", not "and signed it off
        # yesterday" or ", Ravi sorted it" (the same work, one step on or who did it)
        if len(left.split()) >= 3 and len(right.split()) >= 3 and _OWN_SUBJECT.match(right) and \
                not _IT_AGAIN.search(right) and done_report(left) and done_report(right):
            return [(a, a + m.start()), (a + m.end(), b)]
    return [(a, b)]


def _asks_on(segs: Sequence[Segment], i: int, speaker: str, ctx: MeetingContext) -> bool:
    """The turn before segment ``i`` is a question put right after the speaker's own turn: it asks them on ("Done, I
    sent Marco the names." - "Great. And the course list?")."""
    j = _turn_start(segs, i - 1, ctx)
    return segs[i - 1].text.rstrip().endswith("?") and j > 0 and ctx.display(segs[j - 1].speaker) == speaker


# A reply going on about what the turn before it said by pronoun: "And it came through to us Monday"
_IT_GOES_ON = re.compile(r"^\W*(?:(?:and|yes|yeah|yep|so|oh)[,.]?\s+)*(?:it|they)\b", re.IGNORECASE)


def _turn_start(segs: Sequence[Segment], j: int, ctx: MeetingContext) -> int:
    """The first segment of the turn holding segment ``j`` (captions split one speaker's turn into cues)."""
    while j > 0 and ctx.display(segs[j - 1].speaker) == ctx.display(segs[j].speaker):
        j -= 1
    return j


_KIND_OF = re.compile(r"\bthe\s+([a-z]+)\s+([a-z]+)\b", re.IGNORECASE)


# Words of the item's own thing in a newer state: "the new file", "the revised plan" (not another one).
_SAME_ONE = content_stems("new updated revised corrected fixed latest current same whole actual real proper final "
                          "complete finished signed last rest remaining other")


# Work that is asking others to do something: "ask them to switch the bulk export on"; and their promise to do it
_ASK_THEM_TO = re.compile(r"\b(?:ask|get|chase|tell|remind|push)\s+(?:them|him|her|(?-i:[A-Z][\w&-]+))\s+to\s+(?P<verb>[a-z]+)\b",
                          re.IGNORECASE)
_THEY_WILL = re.compile(r"^\W*(?:(?:and|so|but|well|yeah|apparently)\W+)*(?:they|he|she|(?-i:[A-Z][\w&-]+))(?:'ll|\s+will|"
                        r"\s+are going to|'re going to)\s+(?:(?:just|also|now|definitely|probably|then|finally)\s+)?"
                        r"(?P<verb>[a-z]+)\b", re.IGNORECASE)


def their_part(item: str, text: str) -> bool:
    """The sentence is the promise of the ones the item asks to do the work, in its verb: "They'll switch the bulk
    export on by Monday" for "I'll log it with Marrick today and ask them to switch the bulk export on"."""
    asked, said = _ASK_THEM_TO.search(item), _THEY_WILL.match(text)
    return asked is not None and said is not None and said.group("verb").lower() == asked.group("verb").lower()


def _other_kind(text: str, item: str) -> bool:
    """The sentence names the item's thing with another word for which one it is ("the full extract" for "the
    sample extract", "the second batch" for "the first batch"): another thing of that name, not the item."""
    if numbered_apart(item, text):
        return True  # "Then I'll do load two a fortnight tomorrow" for "test load one"
    said = content_stems(item) | _SAME_ONE
    kinds = {(b.casefold(), a.casefold()) for a, b in _KIND_OF.findall(item)}
    for a, b in _KIND_OF.findall(text):
        head, kind = b.casefold(), a.casefold()
        if any(h == head and k != kind and content_stems(k) and content_stems(kind) and not content_stems(kind) & said
               for h, k in kinds):
            return True
    return False


def _first_sentence(text: str) -> str:
    spans = rules.sentences(text)
    return text[spans[0][0] : spans[0][1]] if spans else text


_INTERJECTION = re.compile(r"^\W*(?:\w+\W*){1,3}$")


def _turn_text(segs: Sequence[Segment], k: int, ctx: MeetingContext) -> str:
    """The text of the turn ending with segment ``k``: its cue and the cue before it by the same speaker (captions
    split a turn: "I still can't get on it. The VPN token hasn't come through," - "so I can't get onto the test
    server")."""
    if k == 0 or ctx.display(segs[k - 1].speaker) != ctx.display(segs[k].speaker):
        return segs[k].text
    return f"{segs[k - 1].text} {segs[k].text}"


def _prompt_turn(segs: Sequence[Segment], i: int, speaker: str, ctx: MeetingContext) -> Segment:
    """The turn a reply answers: the one before it, or, when that is someone's interjection ("Ah.", "Oh dear.")
    after the speaker's own turn, the turn before the speaker's: "Gail. The extract?" - "I know. Not today." -
    "Ah." - "IT got the parameters wrong. First thing Monday." answers "Gail. The extract?"."""
    prev = segs[i - 1]
    if i >= 3 and ctx.display(prev.speaker) != speaker and _INTERJECTION.match(prev.text) and \
            not prev.text.rstrip().endswith("?") and ctx.display(segs[i - 2].speaker) == speaker and \
            ctx.display(segs[i - 3].speaker) != speaker:
        return segs[i - 3]
    return prev


def _calling_on(turn: str, speaker: str) -> str:
    """What of the turn before a reply the reply answers: from the sentence that calls on the one replying by
    name to the end ("That's the cutover checklist done, then. Shona, rota?" -> "Shona, rota?"), else the turn."""
    first = speaker.split()[0] if speaker.split() else ""
    if len(first) < 2:
        return turn
    spans = rules.sentences(turn)
    # a sentence opening with the name calls on them ("Shona, rota?"); "It's in your inbox, Raj." only names them
    at = [a for a, b in spans if _calls_on(turn[a:b], speaker)]
    if at and not content_stems(turn[at[-1] :], exclude=[speaker]) - _FILLER - _ASKING:
        # ... unless it asks about what was just said, naming nothing itself: "And Dev's update? He's not here.
        # Neil, do you know?" asks about Dev's update
        return turn
    return turn[at[-1] :].strip() if at and at[-1] > spans[0][0] else turn


# A date someone else now gives: "Stratus now say the twentieth", "they're now saying the sixth", "she reckons Friday"
_HIS_OR_HERS = re.compile(r"\b(?:he|his|him|she|her)\b", re.IGNORECASE)
_NOW_SAY = re.compile(r"\b(?:now\s+(?:say|says|saying|reckon|reckons|think|thinks)|(?:are|is|'re|'s)\s+now\s+saying|"
                      r"(?:say|says|saying|reckon|reckons)\s+(?:it'll be\s+|it's\s+)?(?:now\s+)?(?:the\s+)?"
                      r"(?:\d|mon|tues|wednes|thurs|fri|satur|sun|next|end|first|second|third|fourth|fifth|sixth|"
                      r"seventh|eighth|ninth|tenth|\w+teenth|twent|thirt))", re.IGNORECASE)
_ASKING = content_stems("know idea news word heard hear anything update think thoughts")


# A short yes to a restated date: "Yes.", "Yep, that's right."
_ASSENT = re.compile(r"^\W*(?:yes|yeah|yep|yup|correct|exactly|right|sure|perfect|that's right|that works)\b[^?]*$",
                     re.IGNORECASE)


def confirmed_restatement(turns: Sequence[tuple[str, str]], k: int, meeting_date: date) -> date | None:
    """The date someone else restated right after turn ``k`` of (speaker, text) turns, when the speaker of turn
    ``k`` then said yes to it ("I'll get it signed by end of next week." - "So Friday the 23rd." - "Yes."): the
    date both agreed, else None."""
    if k < 0 or k + 2 >= len(turns):
        return None
    (speaker, _), (other, restated), (again, answer) = turns[k : k + 3]
    if other == speaker or again != speaker or not _bare(restated) or not _ASSENT.match(answer.strip()) or \
            len(answer.split()) > 4:
        return None
    return due_date(restated, meeting_date)


_NEXT_WEEK = re.compile(r"\bnext week\b[^.;!?]*[.;!?]?\s*$", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday)\b", re.IGNORECASE)


def _next_week_said(u: Utterance, when: date | None, meeting_date: date) -> date | None:
    """A bare weekday right after "next week" is that weekday of next week: "that's going to be next week now.
    Say Wednesday." """
    m = _WEEKDAY.search(u.text)
    if when is None or m is None or not _bare(u.text) or not _NEXT_WEEK.search(u.earlier) or \
            re.search(r"\b(?:this|next)\b", u.text, re.IGNORECASE):
        return when
    later = due_date(f"{m.group(1)} next week", meeting_date)
    return later if later is not None and later > when else when


def _other_words(text: str, topic: set[str]) -> set[str]:
    """Stems of ``text`` that are neither the topic's nor words of dates, slips and assent."""
    return content_stems(text) - topic - _TIME_WORDS - _SLIP_WORDS - _FILLER


def _dated_clause(text: str, meeting_date: date) -> str:
    """The clause that gives a sentence's date when it comes first, a reason after it being no other work: "That's
    going to be end of this week now, there's a lot of families with the same surname" -> its first clause; or when
    it comes last, after the reason: "They had a projection problem, so the tiles are going to be the 30th now" ->
    its "so" clause; else the sentence."""
    so = [m.start(1) for m in _SO_THEN.finditer(text) if m.start(1) > 0]
    last = text[so[-1] :] if so else ""
    if last and due_date(last, meeting_date) is not None and _date_now(last):
        return last
    if (then := _THEY_WILL_THEN.search(text)) is not None and due_date(then.group(1), meeting_date) is not None:
        return then.group(1)  # "She says she's not got to the training rota, ..., and she'll do it by the end of
        # next week."
    if (then := _PUTS_IT.search(text)) is not None and due_date(then.group(1), meeting_date) is not None:
        return then.group(1)  # "So the trial load, we're going to do it together with the GIS refresh, that puts
        # it at Friday the 30th.": why, then the date it comes to
    parts = re.split(r"[,;]\s*", text)
    for part in parts:
        if _SAYS_DATE.match(part) and due_date(part, meeting_date) is not None:
            return part  # "One, she hasn't signed the go-live sheet, she's been in theatre all week, and she says
            # Friday, hand on heart.": the date passed on, whatever else the sentence says
    for part in parts:
        if due_date(part, meeting_date) is not None:
            # (a clause naming a thing of its own is no reply about the item: "UAT moves to the week of the 30th";
            # but "the freeze rota's going to be Friday now, I'm waiting to see who's in" names its item, with why)
            return part if _bare(part) or _date_now(part) else text
        if not _bare(part):
            break
    return text


_PASSED_ON = re.compile(r"(?<!like )(?<!as )\b(?:she|he|they)\s+(?:says|reckons)\b", re.IGNORECASE)
# A clause passing on someone's date: "and she says Friday", "he reckons Monday"
_SAYS_DATE = re.compile(r"^\W*(?:(?:and|but|so)\s+)?(?:she|he|they|(?-i:[A-Z][a-z]+))\s+(?:says?|reckons?)\s+(?!that\b)",
                        re.IGNORECASE)
# Passed-on word ending on when they will do it: "..., and she'll do it by the end of next week."
_THEY_WILL_THEN = re.compile(r"[,;]\s*and\s+((?:she|he|they)(?:'ll| will)\s+(?:do|have|get|send|finish)\s+(?:it|that|them)\b"
                             r"[^,;.!?]*)[.!]?\s*$", re.IGNORECASE)
# A last clause giving the date something comes to: ", that puts it at Friday the 30th"
_PUTS_IT = re.compile(r"[,;]\s*(?:and\s+)?((?:that|which)\s+(?:puts|takes|pushes|moves|brings|makes)\s+(?:it|that|them)\b"
                      r"[^,;.!?]*)[.!]?\s*$", re.IGNORECASE)
# "..., so the tiles are going to be the 30th now", "He's been in tribunal since Monday so his reply's going to be
# next Wednesday now" (not "so far", "so much", "so that")
_SO_THEN = re.compile(r"(?:^|[,;]\s*|\s)((?:and\s+)?(?:so|which means|meaning)),?\s+(?!far\b|much\b|many\b|that\b(?!'s)|long\b)",
                      re.IGNORECASE)


def incidental(text: str, report: DoneReport, item: FactBase) -> bool:
    """The verb reported is something that happens around the work, not the item's own work: "She left me her
    notes.", "Got it, yes. Read it on the train.", "I went to the depot Friday to look at where they're going", "My
    notice is drafted" (for "put the notice up"). "it went to the reps on Monday" and "Went to Siobhan Thursday" are
    things sent and "Went through Tuesday night" the load run: "went" counts only for "I" or "we" going somewhere."""
    verb = text[report.start : report.end].lower()
    if verb == "went" and not (report.doer == "speaker" and re.search(r"\b(?:I|we)\s+(?:\w+\s+)?$", text[: report.start])
                               and re.match(r"\s+(?:up\s+|down\s+|over\s+|out\s+)?to\b", text[report.end :])):
        return False  # ("Went to Siobhan Thursday.": the template sent)
    kind = _INCIDENTAL.get(verb)
    if verb in ("seen", "saw") and _met_them(item, text):
        return False  # "I've seen Mick." for "have a word with him": the talk had
    return kind is not None and not (kind | content_stems(verb)) & content_stems(item.text)


def _said_back(u: Utterance, item: FactBase | None = None) -> bool:
    """A bare date that opens a turn saying back a date the turn before stated (not asked), or refusing one, moves
    nothing of the speaker's own: after someone else's dated promise ("... I'll have them all in by the end of next
    week." - Anita: "Friday the 30th, then."), or after news of a date about other work than ``item`` (Malcolm:
    "... It'll be this week. Friday." - Orla: "Friday. Okay."); "Not the 29th?" - "Not the 29th." (After a
    question the date is the answer: "When can you, Anita?" - "The 30th.")"""
    if re.match(r"\W*not\b", u.text, re.IGNORECASE) and not (
            (fix := re.match(r"\W*not\s[^,]+,\s*(.+)", u.text, re.IGNORECASE)) and find_date_phrase(fix.group(1))):
        return True  # (but "Not Tuesday, Thursday." gives the day it will be)
    prompt = u.prompt or ""
    said = find_date_phrase(u.text)
    if not (u.opens_turn and not u.earlier and prompt and not prompt.rstrip().endswith("?") and said):
        return False
    if u.prompt_segment is not None and _bare(u.prompt_segment.quote):
        return False  # the turn before only said a date back to the speaker, who confirms it: "... so we'll kick
        # it off Thursday." - "This Thursday, the 5th." - "This Thursday."; "It'll be the following Friday now." -
        # "The thirteenth." - "The thirteenth."
    if rules.FIRST_PERSON_WILL.search(prompt) and find_date_phrase(prompt) is not None:
        return True
    return said.lower() in prompt.lower() and item is not None and not _topic(item) & content_stems(prompt)


def _bare(text: str) -> bool:
    """Nothing but a date and words about dates ("Yes, November 2nd.", "End of this week, say the 23rd.")."""
    return not content_stems(text) - _TIME_WORDS - _SLIP_WORDS - _FILLER

# Work that is an answer to give, done by giving it: "I'll confirm by Monday", "I'll have speeds for you Monday",
# "I'll come back with options on leavers", "I'll have two names for you by next week's call"
_ANSWER_WORK = re.compile(r"\b(?:confirm|let (?:you|him|her|them|us|everyone|(?-i:[A-Z][a-z]+)) know|find out|"
                          r"come back (?:to (?:you|us|(?-i:[A-Z][a-z]+)) )?(?:with|on)|get back to|"
                          r"have (?:[\w-]+ ){0,2}(?:names?|numbers?|speeds?|figures?|answers?|options?|counts?) for)\b",
                          re.IGNORECASE)
# A reply that gives no answer yet: "Not yet.", "Still waiting on BT.", "I'll have it Friday.", "Sorry, no."
_NO_ANSWER = re.compile(r"\b(?:not|no|nope|nothing|none|still|yet|waiting|wait|chas\w*|soon|later|tomorrow|tonight|"
                        r"next|will|going to|gonna|hop\w*|should|try\w*|working|sorry|afraid|need|needs|haven't|hasn't|"
                        r"isn't|aren't|didn't|don't|doesn't|can't|couldn't|won't|wasn't|weren't|forgot|ask\w*|"
                        r"\w+'ll|if|when|once|until|till|depends|maybe|perhaps|think|quiet)\b|\?", re.IGNORECASE)
_JUST_YES = re.compile(r"^\W*(?:(?:yes|yeah|yep|yup|right|okay|ok|so|um|uh|sure)\W*)+$", re.IGNORECASE)


def _answered(utts: Sequence[Utterance], items: Sequence[FactBase], people: Sequence[Person],
              dates: Sequence[date | None], day: date, name_words: set[str]) -> dict[int, str]:
    """Work that is an answer to give, given when its owner is called on about it: "Tendai, superusers?" - "Yes.
    Joyce and Emeka." for "I'll have two names for you by next week's call"; "Theo, speeds?" - "Keswick's forty down,
    ten up." The reply opens the turn (after a bare "Yes."), answers (no "not yet", no promise, no date), and the
    call names the one open answer item of the owner's and no other open item of theirs. So is an event whose day
    has passed, told on that day: "Tariq, the rehearsal?" - "Thursday night, about four hours end to
    end". ``name_words`` are the stems of the people's names."""
    out: dict[int, str] = {}
    for i, u in enumerate(utts):
        # (a date in a long statement is part of the answer: "So the proposal is we migrate everyone who's left in
        # the current tax year, so since the 6th of April.")
        if not u.opens_turn or not u.prompt or (dates[i] is not None and len(u.text.split()) < 10 and
                                                 not _ON_THE_DAY.match(u.text)) or \
                _JUST_YES.match(u.text) or \
                _NO_ANSWER.search(u.text) or not _calls_on(u.prompt, u.speaker) or \
                (u.earlier and not _JUST_YES.match(u.earlier)):
            continue
        if i + 1 < len(utts) and utts[i + 1].turn == u.turn and _NO_ANSWER.search(utts[i + 1].text):
            continue  # "Forty down. But that's the old line, I'll retest Friday.": the answer is not settled yet
        asked = _last_sentence(u.prompt)
        first = u.speaker.split()[0]
        if not asked.endswith("?") and not re.match(rf"\W*(?:(?:and|so|okay|ok|right)[,.]?\s+)?{re.escape(first)}\s*,",
                                                    asked, re.IGNORECASE):
            continue  # asked nothing: "Cormac's still on it, apparently." - "I am!"
        ask = content_stems(u.prompt) - name_words - _FILLER - _ASKING
        own = [f for f in items if isinstance(f, ActionItem) and f.owner and names_match(f.owner, u.speaker, people)
               and ask & _held(f)]
        if len(own) != 1:
            continue
        held = own[0]
        on_the_day = (o := _ON_THE_DAY.match(u.text)) is not None and isinstance(held, ActionItem) and \
            _its_passed_day(o.group("day"), held.due, day) and \
            re.search(rf"\b{_EVENT_NOUN}\b", held.text, re.IGNORECASE) is not None and not _bare(u.text)
        if (dates[i] is None or on_the_day) and (_ANSWER_WORK.search(held.text) or on_the_day):
            out[i] = held.id
    return out


def _its_passed_day(weekday: str, due: date | None, today: date) -> bool:
    """``weekday`` ("Thursday") is the day of a due date that has passed."""
    return due is not None and due < today and due.strftime("%A").lower() == weekday.lower()


# The day a thing was due, said as passed: "Declan, Tailwind. That was Friday.", "It was due on Tuesday."
_WAS_DUE = re.compile(r"\b(?:that|it|this|which)\s+was\s+(?:due\s+)?(?:on\s+|by\s+|last\s+)?(?P<day>monday|tuesday|wednesday|"
                      r"thursday|friday|saturday|sunday)\b(?!\s+(?:now|next|week)\b)", re.IGNORECASE)
# A reply opening with the day something happened: "Thursday night, about four hours end to end."
_ON_THE_DAY = re.compile(r"^\W*(?:(?:yes|yeah|yep|so)[,.]?\s+)?(?:on\s+)?(?P<day>monday|tuesday|wednesday|thursday|friday|"
                         r"saturday|sunday)\b(?!\s+(?:now|then|instead|hopefully|probably|next|week)\b)", re.IGNORECASE)


def _question_to(u: Utterance) -> str:
    """The question of the prompt a turn's opening answers when it calls on the speaker by name, first or last
    ("Kayleigh, the supplier list?", "And the UAT scripts, Kayleigh?"), else ""."""
    first = u.speaker.split()[0] if u.speaker.split() else ""
    if not u.opens_turn or not u.prompt or len(first) < 2:
        return ""
    spans = rules.sentences(u.prompt)
    if not spans:
        return ""
    a, b = spans[-1]
    question = u.prompt[a:b].strip()
    named = rf"(?:^\W*(?:(?:and|so|okay|ok|right)[,.]?\s+)?{re.escape(first)}\b|\b{re.escape(first)}\W*\?$)"
    if not (question.endswith("?") and (re.search(named, question, re.IGNORECASE) or _short_vocative(question, first))):
        return ""
    # "Kirsty, anything from the migration side apart from the extract?" asks about anything but the extract
    return _SET_ASIDE.sub("", question)


_SET_ASIDE = re.compile(r"\b(?:apart from|other than|aside from|besides|except(?: for)?)\s+[^,?]*", re.IGNORECASE)


def _last_sentence(text: str | None) -> str:
    """The last sentence of ``text`` ("" for none)."""
    spans = rules.sentences(text or "")
    return (text or "")[spans[-1][0] : spans[-1][1]].strip() if spans else ""


def _last_question(prompt: str | None) -> str:
    """The prompt's last sentence when it is a question ("Bernie, Tillpoint. Still the 23rd?"), else ""."""
    last = _last_sentence(prompt)
    return last if last.endswith("?") else ""


def _question_of(u: Utterance) -> str:
    """The last sentence of the prompt a turn's opening answers when it asks something: a question ("And Joel, the
    integration pack?") or a bare call ("Tariq, the location labels."), else ""."""
    if not u.opens_turn or not u.prompt or u.earlier:
        return ""
    question = _last_sentence(u.question or u.prompt)
    return question if question.endswith("?") or len(question.split()) <= 5 else ""


# Words a question asks with about the arrival of a thing, not the thing: "Carys, did the scanners arrive?"
_ARRIVAL_ASKED = content_stems("arrive arrived come came land landed reach reached turn up show get got go went over "
                               "through across done sent happen")


# Words that count things and name none: "All twenty are in.", "Both done."
_COUNT_WORDS = content_stems("all both every each " + rules.NUMBER_WORDS)
# One message by any name: "The lads got your email on Monday." for "I'll do a message from me to all the field teams"
_MESSAGE_WORDS = content_stems("message email e-mail note letter memo")
# A count of the things the work is of: "the forty units", "four names", "I'll pick twenty"; not of what it is for
# ("the VIN list for the forty"), a measure ("forty thousand lines", "four hours") or a part ("twelve of the thirty")
_A_COUNT = re.compile(r"\b(?P<n>two|three|four|five|six|seven|eight|nine|"
                      r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
                      r"forty|fifty|sixty|seventy|eighty|ninety|[1-9]\d{0,3})\b(?![-:.,/]\d|-)"
                      r"(?!\s+(?:thousand|hundred|million|percent|per\s+cent|minutes?|hours?|days?|weeks?|months?|years?|"
                      r"pounds?|quid|grand|k|o'clock|am|pm|of)\b)", re.IGNORECASE)
# ... said as a part of them: "Only twelve", "the other four", "another six", "the last six"
_SOME_OF = re.compile(r"\b(?:of|only|just|another|more|other|others|first|last|remaining|rest|half|left)\b", re.IGNORECASE)


_FOR_THE = re.compile(r"\b(?:for|of|on|to|from|with|across|per)\s+(?:(?:the|all|all the|each of the|these|those)\s+)?$",
                      re.IGNORECASE)


def _counts(text: str) -> set[str]:
    """The counts of things a text says (see _A_COUNT), lower case."""
    return {m.group("n").lower() for m in _A_COUNT.finditer(text) if not _FOR_THE.search(text[max(0, m.start() - 20) : m.start()])}


def _count_of(subject: str) -> str | None:
    """The one count a report's subject is ("Forty boxes", "All twenty"), None for none, several or a part."""
    found = _counts(subject)
    return found.pop() if len(found) == 1 and not _SOME_OF.search(subject) else None


def _asked_owner(question: str, ask: set[str], items: Sequence[FactBase], people: Sequence[Person]) -> str | None:
    """The open action item a question calling on its owner by name asks about ("Carys, did the scanners arrive?"
    for Carys's "The forty units will be with Shona by the 16th", said in answer to "Carys, the scanners?"): the
    one item of hers whose words, or those of the prompt it was promised in, hold all the question names besides
    arriving; None when none or several do."""
    what = ask - _ARRIVAL_ASKED
    if not what:
        return None
    called = [p.name for p in people if p.kind == "person" and p.name.split() and len(p.name.split()[0]) >= 3
              and re.search(rf"(?:^\W*(?:(?:and|so|okay|ok|right)[,.]?\s+)?{re.escape(p.name.split()[0])}\b|"
                            rf"\b{re.escape(p.name.split()[0])}\W*\?$)", question, re.IGNORECASE)]
    if len(called) != 1:
        return None
    mine = [f for f in items if isinstance(f, ActionItem) and names_match(f.owner, called[0], people)]
    held = {f.id: _topic(f) | content_stems(f.context or "", exclude=[f.owner or ""])
            | {w for e in f.evidence for w in content_stems(e.quote, exclude=[f.owner or ""])} for f in mine}
    holders = [fid for fid, h in held.items() if what <= h]
    if not holders:
        # "Gareth, the SOR spreadsheet?" for his "I'll get you the SOR list": the one item of theirs naming any of it
        holders = [fid for fid, h in held.items() if what & h]
    return holders[0] if len(holders) == 1 else None


# What a report of "it" says went or came: a pronoun, not a thing with words of its own ("Rhys sent those Friday").
_IT = re.compile(r"^\W*(?:it|that|this|those|these|them|they|both)\b", re.IGNORECASE)


def _for_whom(u: Utterance, rep: DoneReport | None, items: Sequence[FactBase], people: Sequence[Person],
              name_words: set[str]) -> str | None:
    """The one open action item a report of "it" done is about because of whom the work was for: the one it was for
    says it came ("It did, Thursday."), or someone says it reached them by name ("that went to Ngozi", "Alun's had
    it"), while the owner says it, is named by the question it answers ("Siobhan, the standby rules doc, did that
    get to Owen?") or as the one who did it ("Rhys sent those Friday"). An item names whom it is for ("send it to
    Rhys", "a first version for Ngozi"), or says "you" and names nobody, when the question names the speaker as the
    one it is for ("Rhys, the spec for Dev?" - Dev: "Yeah, got it, it came through Thursday.") or names the owner
    as the one who did it (Owen: "Rhys sent those Friday" for Rhys's "I can get you those"). None unless exactly
    one open item is for that person."""
    if rep is None:
        return None
    obj = _object(u.text, rep.end) if rep.doer not in ("thing", "pronoun") else ""
    doer = rep.doer if rep.doer not in ("speaker", "pronoun", "thing") else ""  # the one named doing it
    named_thing: set[str] = set()
    if rep.doer == "thing" and content_stems(rep.subject) - name_words:
        # the thing is named ("the key came Monday"): its own words decide, unless it is named as the owner's ("I
        # had Marcus's answers on the Tuesday" for Marcus's "I'll respond to Steve's questions"), or said to its
        # owner in a word of their work ("And the training dates came through, Orla, seventeenth to nineteenth.")
        whose = re.match(r"\W*((?-i:[A-Z][a-z]+))'s\s", rep.subject) or _TOLD_TO.match(u.text, rep.end)
        if whose is None:
            return None
        doer = whose.group(1)
        named_thing = set() if whose.re is not _TOLD_TO else content_stems(rep.subject) - name_words
    if rep.doer not in ("thing", "pronoun") and not (_IT.match(obj) or (rep.doer == "speaker" and (
            not obj.strip() or _TO_SOMEONE.match(obj)))):
        return None  # "I sent the cert over", "Marcus sent the porting form": a named thing
    if rep.doer not in ("speaker", "pronoun", "thing") and u.text[rep.start : rep.end].lower() not in _SENT_TO:
        return None  # a named person's act on "it" that hands nothing over: "Tomasz tested it", "Callum got it out"
    question = _question_of(u)
    mine = _name_forms(u.speaker, people)
    persons = [(p.name, _name_forms(p.name, people)) for p in people if p.kind == "person"]  # once, not per item
    found: set[str] = set()
    said_to: set[str] = set()  # ... items saying "you": only when none names them
    for f in items:
        if not isinstance(f, ActionItem) or not f.owner:
            continue
        by_owner = names_match(u.speaker, f.owner, people)
        # (the owner's names the speaker does not share: "Sam Okafor, users?" does not call on Sam Lee)
        owner_forms = [n for n in _name_forms(f.owner, people) if by_owner or n not in mine]
        if doer and not _names(doer, owner_forms) and not by_owner:
            continue  # someone else did it, or it is someone else's
        if not (by_owner or _names(question, owner_forms) or (doer and _names(doer, owner_forms))):
            continue
        if named_thing and not named_thing & _held(f):
            continue
        named = [(n, forms) for n, forms in persons if not names_match(n, f.owner, people) and _names(f.text, forms)]
        if named:
            # it reached them: said by them (not the owner), or named in the sentence
            if any((not by_owner and names_match(u.speaker, n, people)) or _names(u.text, forms) for n, forms in named):
                found.add(f.id)
        elif re.search(r"\byou(?:r)?\b", f.text, re.IGNORECASE) and not by_owner and \
                (_names(question, mine) or doer):
            said_to.add(f.id)
    found = found or said_to
    if len(found) != 1:
        return None
    # ... and the question names no other open work of that owner ("Ben, did the scanners arrive?" when the spare
    # scanners are Ben's too): what it asks decides, not whom it was for
    [fid] = found
    owner = next(f.owner for f in items if f.id == fid)
    ask = content_stems(question) - name_words - _ARRIVAL_ASKED
    if any(f.id != fid and isinstance(f, ActionItem) and names_match(f.owner, owner, people) and ask & _held(f)
           for f in items):
        return None
    return fid


# The one a report is told to, by name, right after what arrived: "... came through, Orla, seventeenth to nineteenth."
_TOLD_TO = re.compile(r"(?:\s+\w+){0,2}?,\s*((?-i:[A-Z][a-z]{2,}))\s*(?:[,.!]|$)")


_I_WILL = re.compile(r"\b(?:i|we)(?:'ll|\s+will)\b", re.IGNORECASE)


_IT_OR_THEY = re.compile(r"it|they|them", re.IGNORECASE)  # ("them" received: "We got them on Friday.")
_SHORT_NAMING = 8  # words: "Can I do the videos?", "Right, the firewall change."
_SAYS_WHO = re.compile(r"\b(?:i|we|you|he|she|they|it)(?:'ve|'re|'m|'s|'d|'ll)?\b", re.IGNORECASE)
_SAYS_NOT = re.compile(r"\b(?:not|no|never|yet|still)\b|n't\b", re.IGNORECASE)


def _names_only(sentence: str) -> bool:
    """A sentence that only names a thing: a question about it ("Can I do the videos?", "The HR extract?") or a
    fragment ("Right, the firewall change."), not a statement ("I haven't got a fix date yet.")."""
    return not _SAYS_NOT.search(sentence) and (sentence.rstrip().endswith("?") or not _SAYS_WHO.search(sentence))


# The turn moves on to other work, named: "The Newcastle secretaries are next.", "Next up, the routing rules."
# (not a question, "What's next on the build?", nor "Next week I'll send it")
_NEXT_UP = re.compile(r"^\W*(?:(?:so|okay|ok|right|and|then|now)\W+)*(?:(?P<a>(?!(?:it|that|this|what|which)\b)[^?]+?)"
                      r"\s+(?:is|are)\s+next|next(?:\s+up)?(?:\s*[,:]|\s+(?:is|are)\b)\s*(?P<b>[^?]+?))\s*[.!]?$",
                      re.IGNORECASE)


def _new_work_before(earlier: str, topic: set[str], name_words: set[str]) -> bool:
    """The turn's last sentence before a date promises work in words of its own, at most one of them the item's
    ("I'll get them all enrolled in Intune and push the app out" for "sort the app registration"), or says other
    work is next ("The Newcastle secretaries are next. I'll have all of them through by the 18th." for "record the
    videos"): the date is that work's."""
    spans = rules.sentences(earlier)
    if spans and (nxt := _NEXT_UP.match(earlier[spans[-1][0] : spans[-1][1]])) is not None:
        named = content_stems(nxt.group("a") or nxt.group("b") or "") - name_words - _TIME_WORDS - _FILLER
        return bool(named) and not named & topic
    promised = next((earlier[a:b] for a, b in reversed(spans) if _I_WILL.search(earlier[a:b])), "")
    if _GIVES_THEIR_NEWS.search(promised):
        return False  # "I'll say this one, Tomasz, because you told me yesterday.": news given for someone
    if _MISSES.search(promised):
        return False  # "But I'll not make the sixth, there's four hundred of them ...": the work will be late
    work = content_stems(promised) - name_words - _TIME_WORDS - _SLIP_WORDS - _FILLER
    return len(work - topic) >= 2 and len(work & topic) <= 1


def _held(item: FactBase) -> set[str]:
    """Stems of an item's work, of the prompt it was promised in and of its quotes (its owner's name left out)."""
    return _topic(item) | content_stems(item.context or "", exclude=[item.owner or ""]) | \
        {w for e in item.evidence for w in content_stems(e.quote, exclude=[item.owner or ""])}


def _calls_on(prompt: str, speaker: str) -> bool:
    """The prompt opens with the speaker's first name ("Pete, firewall?", "Okay. Mandy, SKU list?") or ends a
    question with it ("And the mapping, Ines?", "And Halyard, Roy? Friday was the day."), or with a usual short
    form of it set off by a comma ("Gaz, serials." for Gary)."""
    first = speaker.split()[0] if speaker.split() else ""
    return len(first) >= 2 and (bool(re.search(rf"(?:^|[.!?]\s+|\b(?:okay|ok|so|and|right)[,.]?\s+){re.escape(first)}\b"
                                               rf"|,\s*{re.escape(first)}\s*\?(?:\s|$)", prompt.strip(), re.IGNORECASE))
                                or _short_vocative(prompt, first))


# A name said to someone, set off by a comma: "Gaz, serials.", "Okay. Gaz, the trial day.", "And the serials, Gaz?"
_VOCATIVE = re.compile(r"(?:^|[.!?]\s+|\b(?:okay|ok|so|and|right)[,.]?\s+)(?P<a>(?-i:[A-Z][a-z]{2,})),"
                       r"|,\s*(?P<b>(?-i:[A-Z][a-z]{2,}))\s*\?\s*$", re.IGNORECASE)


def _short_vocative(text: str, first: str) -> bool:
    """``text`` calls on someone by a usual short form of ``first``, set off by a comma ("Gaz, serials." for Gary);
    the comma keeps "And the rota?" from calling on an Andrew."""
    return any(short_name_of(word, first) for word in _vocatives(text))


def _vocatives(text: str) -> list[str]:
    """The names ``text`` says to someone, set off by a comma."""
    return [m.group("a") or m.group("b") for m in _VOCATIVE.finditer(text.strip())]


# --------------------------------------------------------------------------- who and what


def _name_forms(name: str | None, people: Sequence[Person]) -> list[str]:
    """How a sentence may name a person or team: full name, first name, aliases; "Greg's team" by Greg."""
    if not name:
        return []
    base = name.split("'s ")[0] if "'s " in name else name
    forms = {name.lower(), base.lower()}
    for p in people:
        if names_match(p.name, base, people):
            forms |= {p.name.lower(), *(a.lower() for a in p.aliases)}
            if p.kind == "person":
                forms.add(p.name.split()[0].lower())
    if len(base.split()) > 1 and base[:1].isupper() and not re.search(r"\b(?:team|office|group)\b", base, re.I):
        forms.add(base.split()[0].lower())
    words = base.lower().split()
    if words and words[0] in ("the", "our", "their"):
        forms.add(" ".join(words[1:]))
    return sorted((f for f in forms if len(f) >= 3), key=len, reverse=True)


@functools.lru_cache(maxsize=1024)
def _forms_rx(forms: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b", re.IGNORECASE) if forms else None


def _names(text: str | None, forms: Sequence[str]) -> bool:
    rx = _forms_rx(tuple(forms))
    return bool(text) and rx is not None and rx.search(text or "") is not None


@dataclass
class _Candidate:
    item: FactBase
    utterance: Utterance
    event: str
    due: date | None
    score: float
    reason: str
    via_prompt: bool = False
    shared: bool = False  # may serve other blockers waiting on the same thing ("The extract landed")
    own: bool = False  # said by the item's owner
    who: str | None = None  # how the sentence is tied to the item's owner or party (see _who)
    words: frozenset[str] = frozenset()  # the words of the item's work the sentence says


# Words of a date or of moving one: a slip sentence may say only these about the work ("going in Monday now").
_TIME_WORDS = content_stems("""today tomorrow week month end start monday tuesday wednesday thursday friday
    morning afternoon night first latest earliest realistically second third fourth fifth sixth seventh eighth ninth
    tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
    thirtieth twenty thirty january february march april may june july august september october november
    december""")
_SLIP_WORDS = content_stems("""slip slipped push pushed move moved land landing happen happening make going
    sorry delay delayed late later extra another more time till until need needs give back instead now
    looking say realistically realistic honest honestly probably promise think reckon guess hopefully lost lose losing um
    uh er erm couple few bit like even genuinely definitely really seriously absolutely freeze""")
_FILLER = content_stems("yes yeah yep sure fine right call make say probably hopefully ok okay then so and the um uh er erm "
                        "know thing")  # "I know. Friday.", "First thing Monday."
MIN_COSINE_OWN = 0.20  # said by the owner, sharing two words of the work (so few words embed poorly)
MIN_COSINE_NAMED = 0.30  # about the owner, sharing two words of the work
MIN_COSINE_ONE = 0.45  # ... sharing one word of the work
MIN_COSINE_ALONE = 0.55  # said by or about the owner, sharing no word: the meaning must carry it
MIN_COSINE_ANON = 0.50  # nobody named on either side: two shared words and this similarity
MARGIN = 0.03


# A date said to stand: "Still the 23rd.", "Yeah, still on for Friday.", "Still the sixth, the team's on it.", "Still aiming
# for Friday."
_STILL_DATE = re.compile(r"^\W*(?:(?:yes|yeah|yep|so|and|it's|that's|we're|i'm|it is|we are)[,.]?\s+)*still\s+"
                         r"(?:(?:aiming|planning|hoping|looking|targeting|on track|on course)\s+)?"
                         r"(?:on\s+)?(?:for\s+|on\s+|by\s+|at\s+)?(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                         r"\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|end of|next|this)"
                         # "Friday, as promised.": the date it was promised for
                         r"|^\W*(?:(?:yes|yeah|yep|so|and|it'll be|that'll be|it's)[,.]?\s+)*(?:on\s+|by\s+)?(?:the\s+)?"
                         r"[\w ]{1,25}?,?\s+(?:as (?:promised|planned|agreed|discussed)|like i said)\W*$",
                         re.IGNORECASE)


def _hands_new_work(prompt: str | None, speaker: str) -> bool:
    """The prompt states a task as the speaker's ("Tamsin's also going to send Dominic the site boundary shapefile",
    "Ravi's going to give us the ship-confirm spec by Friday, is that right?"): their reply takes that work on."""
    first = speaker.split()[0] if speaker.split() else ""
    if not prompt or not first[:1].isupper():
        return False
    return re.search(rf"(?:^|[.!?]\s+)(?:(?:and|so|okay|ok|right|then|great|good)\W+)*{re.escape(first)}(?:'s| is)\s+"
                     rf"(?:also\s+|then\s+|still\s+)?going to\s+{rules.TASK_VERBS}\b", prompt, re.IGNORECASE) is not None


# More of the same chase, promised next: "I'll try him on Teams today.", "I'll chase again Monday.", "I'll keep on at
# her."
_CHASE_GOES_ON = re.compile(r"^\W*(?:(?:so|and|but|um|well)[,.]?\s+)*(?:I|we)(?:'ll| will)\s+(?:(?:just|also)\s+)?"
                            r"(?:try (?:him|her|them)|chase (?:him|her|them|again|it)|keep (?:on at|chasing|trying)|"
                            r"ring (?:him|her|them)|call (?:him|her|them)|go (?:over|above) (?:his|her|their) head|"
                            r"email (?:him|her|them) again|escalate)\b", re.IGNORECASE)


# A promise in the first person: "I'll sit at my desk with you", "we will run it"
_OWN_PROMISE = re.compile(r"\b(?:I|we)(?:'ll|\s+will)\b", re.IGNORECASE)


def find_followups(
    items: Sequence[FactBase],
    due: dict[str, date | None],
    ctx: MeetingContext,
    similarity: Callable[[Sequence[str], Sequence[str]], np.ndarray],
) -> list[FollowUp]:
    """Done, slipped and lifted items this meeting reports, for the open ``items`` of earlier meetings.

    ``due`` is each item's due date before this meeting; ``similarity(a, b)`` is the cosine matrix between two
    lists of texts (MiniLM in the product, a hashing embedder in tests)."""
    items = [f for f in items if isinstance(f, (ActionItem, Blocker))]
    utts = [u for u in utterances(ctx) if not rules.addressed_to_system(u.text)]
    if not items or not utts:
        return []
    people = ctx.people
    reports = [_report_said(u.text) for u in utts]
    switching = any(_SWITCH_ON.search(f.text) for f in items)  # an open item is to switch something on
    # "It went well" of the event the question asked about is the event held: "Craig, the driver session." - "Yeah,
    # it was good." (not "Rhys, the export?" - "Yeah, it was good.")
    for i, u in enumerate(utts):
        if reports[i] is None and (went := _IT_WENT_WELL.match(u.text)) is not None and u.opens_turn and \
                re.search(rf"\b{_EVENT_NOUN}\b", u.prompt or "", re.IGNORECASE):
            reports[i] = DoneReport("thing", went.start("adj"), went.end("adj"), "it")
        elif reports[i] is None and u.opens_turn and (how := _last_sentence(u.prompt)) and \
                _HOW_DID_IT_GO.search(how) and re.search(rf"\b{_EVENT_NOUN}\b", how, re.IGNORECASE) and \
                not _NOT_HELD.search(u.text):
            # ... as does any answer to how it went that does not say it was not held: "Dave, the training on
            # Thursday, how was it?" - "Marta's session Thursday, the supervisors actually liked it."
            reports[i] = DoneReport("thing", 0, len(u.text), "it")
        elif reports[i] is None and u.opens_turn and (on := _IT_IS_ON.match(u.text)) is not None and switching:
            # "Ben, the API?" - "It's on.": what the question names is switched on (read as "it" done)
            reports[i] = DoneReport("thing", on.start("adj"), on.end("adj"), "it")
        elif reports[i] is None and (read := _DID_ANYONE_READ.search(u.text)) is not None and \
                not _SENT_BY_OTHER.search(u.text, read.end("verb")):
            # "The cutover plan, did anyone open it?": the speaker sent it
            reports[i] = DoneReport("speaker", read.start("verb"), read.end("verb"), "I")
        elif reports[i] is None and (woke := _WOKE_UP.search(u.text)) is not None:
            reports[i] = DoneReport(woke.group("who"), woke.start("verb"), woke.end("verb"), woke.group("who"))
        elif reports[i] is None and (body := _BODY_DECIDED.match(u.text)) is not None:
            reports[i] = DoneReport("thing", body.start("verb"), body.end("verb"), body.group("what"))
        elif reports[i] is None and (mark := _SIGNED_ON.search(u.text)) is not None:
            # "Kit's squiggle is on it.", "I put my squiggle on it.": signed, by whoever's mark it is
            verb = "verb" if mark.group("verb") else "verb2"
            reports[i] = DoneReport(mark.group("who") or "speaker", mark.start(verb), mark.end(verb),
                                    mark.group("who") or "I")
        elif reports[i] is None and (fb := _FEEDBACK_ON.search(u.text)) is not None:
            # "And thanks for your comments on my draft, Eilidh.": the speaker's draft went out, since it came back
            reports[i] = DoneReport("speaker", fb.start("verb"), fb.end("verb"), fb.group("thing"))
        # Someone of the engagement said to have been in: "Lukas was in on Tuesday" (the visit made, by Lukas)
        if (rep_u := reports[i]) is not None and rep_u.doer == "thing" and \
                (was := _WAS_IN.search(u.text)) is not None and any(
                    p.kind == "person" and _names(was.group("who"), _name_forms(p.name, people)) for p in people):
            reports[i] = DoneReport(was.group("who"), was.start("verb"), was.end("verb"), was.group("who"))
    dates = [_next_week_said(u, _later_date(u.text, ctx.meeting.date), ctx.meeting.date) for u in utts]
    for i, u in enumerate(utts):
        if dates[i] is None and u.earlier and ONE_AFTER.match(f" {u.text}") and \
                (said_days := list(DATE_PHRASE.finditer(_last_sentence(u.earlier)))):
            # "So not this Friday. Realistically the one after.": the week after the day just said
            week_before = resolve(said_days[-1].group(0), ctx.meeting.date)
            dates[i] = week_before + timedelta(days=7) if week_before is not None else None
    segs = ctx.transcript.segments
    turns = [(ctx.display(seg.speaker), seg.text) for seg in segs]
    pos = {seg.id: k for k, seg in enumerate(segs)}
    seg_text = {seg.id: seg.text for seg in segs}
    for i, u in enumerate(utts):
        if dates[i] is not None and not any(dates[j] is not None for j in range(i + 1, len(utts))
                                            if utts[j].segment_id == u.segment_id):
            # the turn's last date, restated by someone else and agreed by the speaker: the agreed date
            dates[i] = confirmed_restatement(turns, pos.get(u.segment_id, -1), ctx.meeting.date) or dates[i]
    for i, u in enumerate(utts):
        if dates[i] is not None and u.prompt_segment is not None and _hands_new_work(u.prompt, u.speaker):
            dates[i] = None  # "Tamsin's also going to send Dominic the shapefile." - "Yep. I'll have it over by
            # Tuesday.": the date of the work just handed over (a new item), not a new date for her other work
        elif dates[i] is not None and i and reports[i - 1] is not None and utts[i - 1].turn == u.turn and \
                _bare(u.text) and not _SLIP_MARK.search(u.text) and not re.search(r"\bbut\b", utts[i - 1].text, re.I):
            dates[i] = None  # "The ports are open now. Friday afternoon.": when it was done, not a new date (not
            # after "signed off the tier change, but it now has to go through change control")
        elif dates[i] is not None and rules.milestone_moves(u.text):
            dates[i] = None  # "Okay, the pilot moves to Monday the 23rd.": the plan moves, not the pilot checklist
        elif dates[i] is not None and _STILL_DATE.match(u.text):
            dates[i] = None  # "And the order feed, Ravi, still the 23rd?" - "Still the 23rd.": the date stands, it
            # moves nothing (nor another item of the speaker's whose date it is not)
        elif dates[i] is not None and demonstrated(u.text) & content_stems(u.earlier) - content_stems(u.prompt or ""):
            dates[i] = None  # "Dominic, the trial load?" - "Went through ... fourteen failed ... I'll have those
            # fourteen sorted by Tuesday.": a promise about a thing the report just found, not the load's new date
    dated = [_dated_clause(u.text, ctx.meeting.date) if dates[i] is not None else u.text for i, u in enumerate(utts)]
    drops = [bool(rules.DROP.search(u.text)) and not u.text.rstrip().endswith("?") for u in utts]
    lifted = [rules.unblocked(u.text) for u in utts]
    # "Jackie, the user list?" - "Got that, thank you Jackie.": who is thanked for "it" (see _got_pronoun_thanked)
    thanked_for_it = {i: who for i, u in enumerate(utts) if (who := _got_pronoun_thanked(u, people)) is not None}
    name_words = name_stems(people)
    answered = _answered(utts, items, people, dates, ctx.meeting.date, name_words)
    keep = [i for i, u in enumerate(utts) if reports[i] is not None or dates[i] is not None or i in answered
            or lifted[i] or rules.approving_party(u.text) or _CLEAR_TO.search(u.text) or drops[i]
            or _GOT_IT.match(u.text) or _GOT_THAT.match(u.text) or i in thanked_for_it
            # (a yes to "Everyone got the revised plan?", "Sian, did you get the one-pager?")
            or (u.opens_turn and bool(_YES_GOT.match(u.text)) and (
                bool(_ASKED_IF_GOT.match(_last_sentence(u.prompt or "")))
                or bool(_ASKED_YOU_GOT.search(_last_sentence(u.prompt or "")))))]
    handovers = _handovers(items, utts, ctx)
    if not keep:
        return handovers
    texts = [_item_text(f) for f in items]
    # "Can I do the videos? They're on the intranet.": a report opening with "it" or "they" after a short sentence
    # of the same turn that reports nothing is about what that sentence named (read with it below)
    read_with_before = {i: f"{utts[i - 1].text} {utts[i].text}" for i in keep if i and (rep_i := reports[i]) is not None
                        and rep_i.doer in ("pronoun", "thing") and _IT_OR_THEY.fullmatch(rep_i.subject.strip()) is not None
                        and utts[i - 1].turn == utts[i].turn and reports[i - 1] is None
                        and len(utts[i - 1].text.split()) <= _SHORT_NAMING and _names_only(utts[i - 1].text)}
    # A report followed by a remark on it is read without the remark too: "And Dave's put the card machines on their
    # own little network, which apparently made the questionnaire about half the length."
    remarked = {i: cut for i in keep if (rep_r := reports[i]) is not None
                and (after := _REMARK.search(utts[i].text, rep_r.end)) is not None
                and len((cut := utts[i].text[:after.start()]).split()) >= _REMARKED_MIN}
    # One embedding pass: each sentence alone and, when it answers a prompt, with it; the closer of the two counts.
    unique = list(dict.fromkeys([utts[i].text for i in keep] + [_with_prompt(utts[i]) for i in keep]
                                + list(read_with_before.values()) + list(remarked.values())))
    col = {t: k for k, t in enumerate(unique)}
    matrix = similarity(texts, unique)
    sims = np.maximum(matrix[:, [col[_with_prompt(utts[i])] for i in keep]], matrix[:, [col[utts[i].text] for i in keep]])
    for c, i in enumerate(keep):
        if i in read_with_before:
            sims[:, c] = np.maximum(sims[:, c], matrix[:, col[read_with_before[i]]])
        if i in remarked:
            sims[:, c] = np.maximum(sims[:, c], matrix[:, col[remarked[i]]])
    # Stems of each sentence, of the prompt it answers and of the turn before it (names are removed per item).
    said_all = {i: content_stems(utts[i].text) for i in keep}
    asked_all = {i: content_stems(utts[i].prompt or "") if utts[i].opens_turn else set() for i in keep}
    earlier_all = {i: content_stems(utts[i].earlier) for i in keep}
    # ... and whether the prompt calls on someone else by name: what it asks is their work, not the speaker's
    called_other = {i: any(p.kind == "person" and p.name.split() and not same_person(p.name, utts[i].speaker, people)
                           and _calls_on(utts[i].prompt or "", p.name) for p in people)
                    for i in keep if utts[i].prompt}
    # A team's item given by one of its people ("The network team will submit it", said by Sven).
    spokes = {f.id: f.evidence[0].speaker for f in items if f.evidence and f.owner and f.owner != f.evidence[0].speaker
              and re.search(r"\b(?:team|office|group|department|desk|ops)\b", f.owner, re.I)}
    # Who speaks for an outside party, as the meeting introduces them: "Keith from Brookmere is joining for the
    # first bit" (Keith Dolan speaks for Brookmere's items)
    reps = {p.name: m.group("org") for u in utts for m in _REP_FROM.finditer(u.text) for p in people
            if p.kind == "person" and p.name.split()[0] == m.group("who") and any(u2.speaker == p.name for u2 in utts)}
    # The people's names (name_words, above), and the short forms the meeting calls them by ("Bernie, the acceptance criteria?" for Bernadette): a name,
    # not work that an item saying "copy Bernie" shares
    firsts = {p.name.split()[0] for p in people if p.kind == "person" and p.name.split()}
    capitals = {m.group("a") or m.group("b") for u in utts for text in (u.text, u.prompt or "")
                for m in _VOCATIVE.finditer(text.strip())}
    name_words |= {st for w in capitals if any(short_name_of(w, f) for f in firsts) for st in content_stems(w)}
    # A thing reported done or arrived that is the work of exactly one open action item ("Yes, the key came Monday"
    # for "get you a key") is that item's, whoever reports it: the item it is, not a near meaning, decides.
    works = {f.id: _topic(f) - condition_stems(f) for f in items if isinstance(f, ActionItem)}
    sole: dict[int, str] = {}

    def held_by(what: set[str]) -> list[str]:  # the open action items whose work holds all of ``what``
        return [fid for fid, w in works.items() if what and what <= w]

    for i in keep:
        rep_i = reports[i]
        if rep_i is not None and i in read_with_before and \
                len(held_by(content_stems(utts[i - 1].text) - name_words - _FILLER - _TIME_WORDS)) == 1:
            # ... and "they" is that thing when it is the work of exactly one open action item
            reports[i] = rep_i = DoneReport("thing", rep_i.start, rep_i.end, utts[i - 1].text)
        if rep_i is not None and rep_i.doer == "thing":
            holding = held_by(content_stems(rep_i.subject) - name_words)  # "Shona's extract came through": extract
            if len(holding) == 1:
                sole[i] = holding[0]
    # Asked by name about work only one open action item is about ("And the UAT scripts, Kayleigh?"), the one
    # asked reports it done ("Done."): they did that item, whoever it was first given to.
    asked_for: dict[int, str] = {}
    reminded: set[int] = set()
    for i in keep:
        rep_i, question = reports[i], _question_to(utts[i])
        if rep_i is not None and rep_i.doer == "speaker" and question:
            ask = content_stems(question) - name_words
            holders = [fid for fid, w in works.items() if ask & w]
            held = next((f for f in items if f.id == holders[0]), None) if len(holders) == 1 else None
            if held is not None and not names_match(held.owner, utts[i].speaker, people) and \
                    (not ask & content_stems(held.text) or
                     (len(ask & works[held.id]) < 2 and not ask <= works[held.id] | content_stems(held.text))):
                # ("Bernie, Maplestone?" - "I've chased twice": Bernie's chasing, not Declan's extract, whose prompt
                # only mentioned Maplestone) another's item is the one asked about only in its own words, and not
                # by one of them beside another it never says ("Gavin, the budget approval?" - "Approved." is no
                # approval Alan was to get at CAB)
                holders = []
            if len(holders) == 1:
                asked_for[i] = holders[0]
                continue
        # ("Ravi, the log-in?" - "Done. Staff can get in with their college accounts.": a bare "Done." too)
        obj = _object(utts[i].text, rep_i.end) if rep_i is not None else ""
        if rep_i is not None and rep_i.doer == "speaker" and (_IT.match(obj) or (not obj.strip(" .!,") and
                                                             utts[i].opens_turn)) and \
                (call := question or _question_of(utts[i])) and _calls_on(utts[i].prompt or "", utts[i].speaker):
            # Called on by name ("Bridget, the staff list.", "Lorraine, the list of your agents?") and "I sent it.":
            # the one open item of theirs the call names, in its words or in those it was promised in ("I'll get
            # you the names by Monday ... the bank staff")
            ask = content_stems(call) - name_words
            own_items = [f for f in items if isinstance(f, ActionItem) and names_match(f.owner, utts[i].speaker, people)]
            holders = [f.id for f in own_items if ask & _held(f)]
            bare = not _IT.match(obj)
            others = {w for f in items if isinstance(f, ActionItem) and f.owner and f not in own_items
                      for w in content_stems(f.owner)}
            if not holders and len(own_items) == 1 and not (bare and ask & others) and \
                    _means_the_same(own_items[0], call, utts[i].speaker, similarity,
                                    MIN_COSINE_BARE if bare else MIN_COSINE_CALLED):
                # (a bare "Sorted." to "Lorraine, Callsway?" is about Callsway's item, not her own scripts)
                holders = [own_items[0].id]  # their only open item, named in other words ("the staff list" for "the
                # names of everybody who'll use the cabinets"), not other work ("Tom, the BitLocker requirements?"
                # for his "book the training room")
            if len(holders) == 1:
                asked_for[i] = holders[0]
                reminded.add(i)
    for i, answer_of in answered.items():
        if asked_for.setdefault(i, answer_of) == answer_of:
            reminded.add(i)
    # The one a piece of work was sent to says they have it, in two of its words ("I'll get our security team to
    # send you the pen test summary" - "I've had the pen test report."): the one open item sent to someone that it
    # names, whoever promised it
    # ... or says they have "it" when another is called on about it ("Roy, the airside standard?" - Owen: "I've got
    # it, actually.")
    received: dict[int, str] = {}
    for i in keep:
        if _FROM_YOU.search(utts[i].text):
            continue
        if (got_i := _GOT_IT.match(utts[i].text)) is not None:
            thing_i = content_stems(got_i.group("thing")) - name_words
            holders = [fid for fid, w in works.items() if len(thing_i & w) >= 2]
        elif _GOT_THAT.match(utts[i].text) and utts[i].opens_turn and (question_i := _question_of(utts[i])) and \
                not _calls_on(utts[i].prompt or "", utts[i].speaker):
            fid = _asked_owner(question_i, content_stems(question_i) - name_words, items, people)
            # (the one called on has one item sent to someone, said in other words: "I'll send it you by Thursday")
            holders = [fid] if fid is not None else [
                f.id for f in items if isinstance(f, ActionItem) and f.owner and
                _for_the_speaker(f.text, utts[i].speaker, people) and _calls_on(question_i, f.owner)]
        else:
            continue
        sent = next((f for f in items if f.id == holders[0]), None) if len(holders) == 1 else None
        if sent is not None and _for_the_speaker(sent.text, utts[i].speaker, people) and \
                not names_match(sent.owner, utts[i].speaker, people):
            received[i] = sent.id
    # ... or says yes when asked whether they got it: the owner asking everyone ("Everyone got the revised plan last
    # Wednesday?" - "Got it.") is answered for the owner's one open item that gives out a thing the question names;
    # someone asking the one it was for ("Sian, did you get the one-pager?" - "I did, from Owen, yesterday."), for
    # the one open item of another's that the question's thing names, from the owner the reply names or for the one
    # asked
    for i in keep:
        u = utts[i]
        question = _last_sentence(u.prompt or "") if u.opens_turn and not u.earlier else ""
        if i in received or not question or not _YES_GOT.match(u.text):
            continue
        if (did_get := _ASKED_IF_GOT.match(question)) is not None and u.prompt_segment is not None:
            asker, what = u.prompt_segment.speaker, content_stems(did_get.group("thing")) - name_words
            yes_for = [f for f in items if isinstance(f, ActionItem) and f.owner and same_person(asker, f.owner, people)
                   and not same_person(u.speaker, f.owner, people) and _GIVES_A_THING.search(f.text) and what & _held(f)]
            if len(yes_for) == 1:
                received[i] = yes_for[0].id
                continue
        if (did_get := _ASKED_YOU_GOT.search(question)) is not None and _calls_on(question, u.speaker):
            what = content_stems(did_get.group("thing")) - name_words
            yes_for = [f for f in items if isinstance(f, ActionItem) and f.owner
                   and not same_person(u.speaker, f.owner, people) and what & _held(f)
                   and (_names(u.text, _name_forms(f.owner, people))
                        or (_SENT_YOU.search(f.text) and _names(f"{f.text} {f.context or ''}",
                                                                _name_forms(u.speaker, people))))]
            if len(yes_for) == 1:
                received[i] = yes_for[0].id
    # Received from the one spoken to ("Gaz, I did get your names, thank you.", "And Ade, we got your list on
    # Monday", "The lads got your email on Monday" to the one who asked about "the message"): the one open item of
    # theirs that gives a thing, or of several, the one whose words the thing or the prompt names
    for i in keep:
        got_y = _GOT_THEIRS.search(utts[i].text)
        if i in received or got_y is None or not re.match(r"\s*your\b", utts[i].text[got_y.end("verb") :], re.I) or \
                _ABOUT_IT.match(utts[i].text, got_y.end("verb")):
            continue
        addressee = _spoken_to(utts[i], people)
        from_them = [f for f in items if isinstance(f, ActionItem) and addressee and f.owner
                     and same_person(addressee, f.owner, people) and not same_person(utts[i].speaker, f.owner, people)
                     and _GIVES_A_THING.search(f.text)]
        if len(from_them) > 1:
            named_y = content_stems(f"{_received(utts[i].text, got_y.end('verb'))} {utts[i].prompt or ''}") - name_words
            from_them = [f for f in from_them if named_y & _held(f)]
        if len(from_them) == 1:
            received[i] = from_them[0].id
    # ... or from the one thanked for it ("Got the checklist yesterday, thanks Shiv."): the same, for whoever is thanked
    for i in keep:
        got_t = _GOT_ANY.match(utts[i].text)
        if i in received or got_t is None:
            continue
        # ("thanks Shiv": the name after the thanks)
        thanked = next((m.group("a") for m in _THANKED.finditer(
            f"{utts[i].text} {_first_sentence(_rest_of_turn(utts[i], seg_text))}") if m.group("a")), None)
        # ... or the one it came from, in words of the work: "And we got the letter from Rosalind, by the way." for
        # her "I'll write to both contractors' managing directors" (not "the tester logins from Omar" for his URL)
        source = _FROM_NAME.search(got_t.group("thing") or "") if thanked is None else None
        if source is not None:
            thanked = source.group("who")
        if thanked is None or (got_t.group("pron") and i not in thanked_for_it):
            continue
        from_them = [f for f in items if isinstance(f, ActionItem) and f.owner
                     and same_person(thanked, f.owner, people)
                     and not same_person(utts[i].speaker, f.owner, people) and _GIVES_A_THING.search(f.text)]
        if len(from_them) > 1 or source is not None:
            named_t = content_stems(got_t.group("thing")) - name_words
            from_them = [f for f in from_them if named_t & _held(f) or (
                source is not None and _LETTER.search(got_t.group("thing")) and _WRITES_TO.search(f.text))]
        if len(from_them) == 1:
            received[i] = from_them[0].id
    # A thing reported done as its owner's ("Anita's mapping came in Friday") is the one open item of that owner
    # said, promised or updated in its words: Anita's "GL codes and the list of tenders", slipped with "The
    # mapping's going to be this Friday now".
    named_own: dict[int, str] = {}
    for i in keep:
        rep_i = reports[i]
        whose = re.match(r"\W*((?-i:[A-Z][a-z]+))'s\s", rep_i.subject) if rep_i is not None else None
        if rep_i is None or whose is None:
            continue
        # (the thing's words without whose it is: "Ant's login" is a login)
        thing_words = content_stems(rep_i.subject[whose.end() :]) - name_words
        if not thing_words:
            continue
        # (a letter of theirs is what they promised to write: "Helen's letter got to us on Thursday" for her "I'll
        # write to the branch secretary this week")
        letter = _LETTER.fullmatch(rep_i.subject[whose.end() :].strip()) is not None
        holders = [f.id for f in items if isinstance(f, ActionItem) and f.owner
                   and (thing_words <= _held(f) or (letter and _WRITES_TO.search(f.text) is not None))
                   and (_names(whose.group(1), _name_forms(f.owner, people))
                        or _short_named(whose.group(1), f.owner, people))]
        if not holders and _ARRIVED.match(utts[i].text[rep_i.start :]):
            # (the one open item of theirs whose thing is only "it" may be the paperwork of theirs that came: "Buying
            # are on it now, I'm aiming for the thirtieth for the whole Keswick range." - "And Lucinda's file came in
            # Monday."; not "Dev's laptop came back from the repair shop")
            owned = [f for f in items if isinstance(f, ActionItem) and f.owner
                     and (_names(whose.group(1), _name_forms(f.owner, people))
                          or _short_named(whose.group(1), f.owner, people))]
            if len(owned) == 1 and PRONOUN.search(_work_of(owned[0].text)) and thing_words <= _PAPERWORK and \
                    not content_stems(_work_of(owned[0].text)) & thing_words:
                holders = [owned[0].id]
        if len(holders) == 1:
            named_own[i] = holders[0]
    # A reply that reports "it" done answers the question before it ("Kieran, UAT scripts?" - "They went out
    # yesterday.", "And Joel, the integration pack?" - "That came the same afternoon."): it is about the open item
    # that question names most, not another with fewer of its words (Harriet's "UAT invites"), whoever answers.
    asked_most: dict[int, tuple[str | None, int]] = {}
    asked_owner: dict[int, str] = {}  # ... the one item of the person it calls on that it names (see _asked_owner)
    for i in keep:
        rep_i, question = reports[i], _question_of(utts[i])
        # ... "it" or a count of them ("All twenty are in."): a report naming its own thing ("The templates are
        # built") is matched on that thing
        if rep_i is None or rep_i.doer not in ("pronoun", "thing") or not question or \
                content_stems(rep_i.subject) - name_words - _COUNT_WORDS:
            continue
        ask = content_stems(question) - name_words
        cover = sorted(((len(ask & w), fid) for fid, w in works.items() if ask & w), reverse=True)
        # ... by two of its words, or all it asks: "Carys, did the scanners arrive?" is not about the scanner PPE note
        if cover and (cover[0][0] >= 2 or cover[0][0] == len(ask)):
            best = cover[0][1] if len(cover) == 1 or cover[0][0] > cover[1][0] else None
            asked_most[i] = (best, cover[0][0])
        elif (theirs := _asked_owner(question, ask, items, people)) is not None:
            asked_most[i] = (theirs, 1)
            asked_owner[i] = theirs
        elif not ask - content_stems(utts[i].speaker) and utts[i].opens_turn and \
                _calls_on(question, utts[i].speaker) and \
                len(open_own := [f.id for f in items if isinstance(f, ActionItem)
                                 and names_match(f.owner, utts[i].speaker, people)]) == 1:
            # "So the ninth. That's fine. Tom?" - "That's gone in.": called on by name alone, the one with one
            # open item reports it done
            asked_most[i] = (open_own[0], 1)
            asked_owner[i] = open_own[0]
    # ... or a new date for the thing the question names, the work of one open action item alone: "And the API?" -
    # "The API's looking more like the 20th." (said by whoever speaks for it)
    for i in keep:
        question = _question_of(utts[i])
        # (a question: "Back to Tuesday next week." - "Back to Tuesday." asks after no "come back to you" of anyone's)
        if i in asked_most or reports[i] is not None or dates[i] is None or not question.endswith("?"):
            continue
        ask = content_stems(question) - name_words - _FILLER - _TIME_WORDS
        holders = held_by(ask)
        if len(holders) == 1 and said_all[i] & works[holders[0]] - name_words - _TIME_WORDS:
            asked_most[i] = (holders[0], len(ask))
    # The one a piece of work was for says "it" came, or the owner says "it" went to them, and the other side is
    # named ("Hannah, did the retention policy go over?" - Rhys: "It did, yeah, got it Friday." for Hannah's "I'll
    # dig that out and send it to Rhys"; "Callum, the consent model?" - "Yep, that went to Ngozi on Monday." for "a
    # first version for Ngozi"): the one open item of that owner for that person, whatever words name the thing.
    for_whom = {i: fid for i in keep if (fid := _for_whom(utts[i], reports[i], items, people, name_words)) is not None}
    # Word passed on from someone, said first in the turn ("Bryn's emailed.", "Okay, Bethan's notes."): what the turn
    # goes on to say is theirs
    relayed: dict[int, str] = {}
    # whose word a sentence says is now given, naming them ("Craig's now saying Thursday"; see _contact_of)
    contact_says = {i: given for i in keep if (given := _CONTACT_SAYS.search(utts[i].text)) is not None}
    # the speaker's item a dated sentence is about, after they say what they owe ("I owe Declan the legal bits")
    owed = {i: owed_id for i in keep if dates[i] is not None
            and (owing := _I_OWE.search(f"{utts[i].earlier} {utts[i].text}")) is not None
            and (owed_id := _owed_item(owing, items, utts[i].speaker, people)) is not None}
    for i, u in enumerate(utts):
        if (m := _RELAYED_FROM.match(u.text)) is not None:
            # ("His PA emailed me yesterday. The go or no-go criteria are on his desk and he'll sign them by the
            # thirteenth.": his word, whoever "he" is)
            office_of = {"his": "he", "her": "she"}.get((m.group("whose") or "").lower(), "")
            for k in range(i + 1, len(utts)):
                if utts[k].turn != u.turn:
                    break
                relayed[k] = m.group("who") or office_of or m.group("who2") or m.group("who3")
            if m.group("who3"):
                relayed[i] = m.group("who3")  # ("She asked me to say she's seeing them on the second now.")
        elif (said_she := _SHE_SAID.search(u.text) or _HE_SAYS.match(u.text)) is not None:
            # ("So Kit's not signed it. He's been in London all week. He says Monday.")
            relayed.setdefault(i, said_she.group("who"))  # "Tom, you had a message from her?" - "The leave figures
            # went to Owen on Friday, she said. And the staff letter, she says it'll be with the security team
            # this week."
    # Recap lines of one date and whose they are: "Lowri, categories the sixth."
    recapped = {i: lead.group("who") for i in keep if dates[i] is not None and (lead := rules.recap_lead(utts[i].text))
                and len(DATE_PHRASE.findall(utts[i].text)) == 1}
    # A chase reported while the turn promises more of it: "I've emailed Tom twice. I'll try him on Teams today."
    chase_goes_on = {i for i in keep if reports[i] is not None and chase_only(utts[i].text) and i + 1 < len(utts)
                     and utts[i + 1].turn == utts[i].turn and _CHASE_GOES_ON.match(utts[i + 1].text)}
    # The speaker passing on "it" just after saying someone else delivered it: "Harrow and Finch sent the test trading
    # partner ID on Tuesday. I forwarded it to Eoin."
    passed_on = {i: _passes_theirs_on(utts[i], reports[i]) for i in keep}
    # A report whose object is "it", after a sentence of the same turn that named the thing: "Yeah, the HR extract
    # landed Thursday night. Callum got it out in the end." (that sentence's words and closeness are this one's too)
    referent = {i: c - 1 for c, i in enumerate(keep) if c and (it_rep := reports[i]) is not None
                and it_rep.doer != "thing" and utts[keep[c - 1]].turn == utts[i].turn and utts[i].earlier
                and _IT.match(_object(utts[i].text, it_rep.end))}
    cands: list[_Candidate] = []
    counts = {o.id: _counts(_item_text(o)) for o in items}  # the counts of things each item is of (see _counts)
    for r, item in enumerate(items):
        party = item.waiting_on if isinstance(item, Blocker) else item.owner
        forms = _name_forms(party, people)
        owner_forms = _name_forms(item.owner, people) if isinstance(item, Blocker) else forms
        topic = _topic(item)
        if not topic and not (isinstance(item, Blocker) and party):
            continue  # (a wait that names only its party, "We're waiting on Apple.", is lifted by the party acting)
        # "Once the mapping checks are done I'll run the trial load": what it waits for is not the work
        work = topic - condition_stems(item)
        awaited = _awaited(item)
        party_words = content_stems(" ".join(re.findall(r"[a-z]+", (party or "").casefold())))
        # The party's other open action items; an outside party (no one of the engagement) owing only this one may
        # be spoken for by whoever is called on about it (see speaks_for)
        party_items = [o for o in items if o is not item and isinstance(o, ActionItem)
                       and names_match(o.owner, party, people)]
        outside_owing_one = isinstance(item, ActionItem) and not party_items and \
            not any(names_match(party, p.name, people) for p in people)
        for c, i in enumerate(keep):
            u = utts[i]
            who = _who(u, party, forms, people) or (_who(u, item.owner, owner_forms, people)
                                                    if isinstance(item, Blocker) else None)
            by_name = who == "named"  # the sentence or the prompt it answers names the owner (or the party)
            if who is None and isinstance(item, Blocker) and item.evidence and lifted[i] and \
                    same_person(u.speaker, item.evidence[0].speaker, people):
                who = "speaker"  # the one held up says it is lifted: "So I've been on the server since Thursday."
            if who is None and spokes.get(item.id) == u.speaker:
                who = "speaker"  # the team's commitment was given by this person: their report is the team's
            if who is None and isinstance(item, ActionItem) and party and u.speaker in reps and \
                    names_match(reps[u.speaker], party, people):
                who = "speaker"  # the outside party's own person, introduced as theirs, reports its work
            if who is None and asked_for.get(i) == item.id:
                who = "speaker"
            # Called on by name about an outside party that owes this item alone, the one called on says it is done
            # ("Lorraine, Callsway?" - "Sorted."): they speak for the party
            rep_i = reports[i]
            speaks_for = who == "named" and outside_owing_one and rep_i is not None and \
                rep_i.doer == "speaker" and u.opens_turn and not _object(u.text, rep_i.end).strip(" .!,") and \
                _calls_on(u.prompt or "", u.speaker) and _names(u.prompt, forms)
            if speaks_for:
                who = "speaker"
            if who is None and for_whom.get(i) == item.id:
                who = "named"
            # "Bryn's emailed. Production's going to be Monday the sixteenth now"; "Helen's chat with the GMB, Nicola,
            # do you know?" - "She asked me to say ... She's seeing them on the second now."
            # ("Sunita sends her apologies, ... Tom, you had a message from her?": "she" is who the prompt's turn
            # names)
            from_owner = isinstance(item, ActionItem) and i in relayed and \
                not (relayed[i].lower() in ("she", "he") and names_match(u.speaker, item.owner, people)) and (
                _names(relayed[i], forms) or (relayed[i].lower() in ("she", "he") and (
                    _names(u.prompt, forms) or _names(u.earlier, forms) or (
                        u.prompt_segment is not None and _names(seg_text.get(u.prompt_segment.segment_id), forms)))))
            if who is None and from_owner:
                who = "named"
            # The contact who passed on an outside party's promise (named in its evidence, no one of the
            # engagement) passes on its new date or is said to have done it: "Gavin over there came back this
            # morning, and Prentis have said ... by the thirtieth." - "Sandra asked me to pass on that she rang
            # Gavin, and they're now saying Friday the thirteenth."; "Craig's now saying Thursday." - "Craig came
            # through on Thursday."
            says = contact_says.get(i) if dates[i] is not None else None
            contact = (says.group("a") or says.group("b")) if says is not None else rep_i.doer \
                if rep_i is not None and rep_i.doer not in ("speaker", "pronoun", "thing") else None
            via_contact = who is None and outside_owing_one and contact is not None and \
                _contact_of(item, contact, people)
            if via_contact:
                who = "named"
            # "Bernie, Tillpoint. Still the 23rd?" - "No. I rang them yesterday and now it's the sixth of November.":
            # a new date in reply to a prompt that says the item's date and names its party or its work
            asked_q = _last_question(u.prompt) if u.opens_turn else ""
            # (asked whether the date still stands: "The 30th is a Monday, yes? So the first system week closes on
            # the 6th?" - "The 6th of December, yes." moves nothing)
            restated = isinstance(item, ActionItem) and dates[i] is not None and bool(asked_q) and \
                re.search(r"\bstill\b", asked_q or "", re.IGNORECASE) is not None and \
                due.get(item.id) is not None and due_date(asked_q or "", ctx.meeting.date) == due.get(item.id) and \
                (who == "named" or bool(topic & (content_stems(asked_q or "") - party_words - name_words - _TIME_WORDS)))
            if restated and who is None:
                who = "named"
            if isinstance(item, ActionItem) and dates[i] is not None and who == "speaker" and \
                    (was_due := _WAS_DUE.search(u.prompt or "")) is not None and \
                    not _its_passed_day(was_due.group("day"), due.get(item.id), ctx.meeting.date) and \
                    any(o is not item and isinstance(o, ActionItem) and names_match(o.owner, u.speaker, people)
                        and _its_passed_day(was_due.group("day"), due.get(o.id), ctx.meeting.date) for o in items):
                continue  # "Declan, Tailwind. That was Friday." - "... The 26th.": the date of his item due Friday
            most = asked_most.get(i)
            if most is not None and isinstance(item, ActionItem) and most[0] != item.id and not restated:
                continue  # the question asked about another item
            if isinstance(item, ActionItem) and asked_for.get(i, item.id) != item.id and not restated:
                continue  # ("Gaz, serials." - "Sent them to Dev on the Monday.") called on about another of the items
            if most is not None and who is None:
                who = "named"  # the one asked, or the one it was for, answers: "That's done, I've got it."
            if who is None and _party_to(item, u.speaker):
                who = "named"  # Sam reporting the end-to-end test Tobias was to run with Sam
            # "The CR's going in Monday now" is about "raise the change request": the acronym counts as shared
            spelled = acronyms_spelled_out(f"{u.text} {u.prompt or ''}", item.text)
            said = said_all[i] - party_words
            asked = asked_all[i] - party_words
            if called_other.get(i) and isinstance(item, ActionItem) and names_match(item.owner, u.speaker, people):
                asked = set()  # "Jas, the pilot names?" - Owen: "... I set the last six up": not Owen's pilot work
            if dates[i] is not None and reports[i] is None:
                # a new date is about what the turn was saying: "The label testing slipped though, we lost the
                # whole week. I'm now looking at the 13th to finish end to end."
                asked = asked | (earlier_all[i] - party_words)
            shared = (topic | spelled) & (said | asked)
            shared -= name_words  # a name both mention ("the extract Raj's team gave") is not the work
            # where the work is done is not what it is: "run a mock cut-over in test" and "I printed a test SSCC",
            # "the ADT messages off the test engine" and "the ADT route built in test"
            shared -= _places(item.text) ^ _places(f"{u.text} {u.prompt or ''}")
            cos = float(sims[r, c])
            if (before := referent.get(i)) is not None:
                asked = asked | (said_all[keep[before]] - party_words)
                shared = shared | ((topic | spelled) & said_all[keep[before]]) - name_words
                cos = max(cos, float(sims[r, before]))
            # (an answer given is no report of work done, whatever it says: "... anyone who's left in the tax year")
            rep = _named_thing(reports[i], u.text, work, name_words, item.text) if answered.get(i) != item.id else None
            # the count the work was of, come: "Forty boxes turned up yesterday afternoon." for "We'll have the forty
            # units on site at Kettering by Wednesday next week", the one open item of that count
            counted = isinstance(item, ActionItem) and rep is not None and rep.doer == "thing" and \
                (n_said := _count_of(rep.subject)) is not None and n_said in counts[item.id] and \
                not any(o is not item and isinstance(o, ActionItem) and n_said in counts[o.id] for o in items)
            # the owner's visit made: "Lukas was in on Tuesday" for his "I can be on site Tuesday the tenth"
            visited = rep is not None and rep.doer not in ("speaker", "pronoun", "thing") and _names(rep.doer, forms) \
                and _VISIT.search(item.text) is not None and _WAS_IN.search(u.text) is not None
            # ... or the owner's, on its day: "And I was up Thursday, I did the walk-round" for "Thursday the
            # twelfth I can be in Keswick"
            visited = visited or (
                who == "speaker" and isinstance(item, ActionItem) and _VISIT.search(item.text) is not None and
                (was_i := _I_WAS_IN.search(u.text)) is not None and
                _its_passed_day(was_i.group("day"), item.due, ctx.meeting.date))
            # an outside party owing this one item said to have come through: "Ledgerline's lot finally came good on
            # Thursday"
            party_came_good = outside_owing_one and rep is not None and rep.doer not in ("speaker", "pronoun", "thing") \
                and _names(rep.doer, forms) and _came_good(u.text, rep)
            # the stems of the thing a report says is done ("The extract landed ...": extract)
            thing = content_stems(rep.subject, exclude=[party or ""]) - name_words \
                if rep is not None and rep.doer == "thing" else set()
            # the owner says who did it, and it is not that person's own item ("Marcus sent the porting form" is
            # Marcus's item, not the network team's "open the firewall ports")
            # ... in two words of the work, or in one the prompt asked about ("Denise, the rota?" - "Kerry sent the
            # rota round"): "Marcus sent the porting form" shares only "port" with "open the firewall ports"
            handed = who == "speaker" and rep is not None and _handed_on(item, rep.doer, u.text, rep) >= (
                1 if topic & asked else 2) and not any(
                o.id != item.id and isinstance(o, ActionItem) and o.owner and _names(rep.doer, _name_forms(o.owner, people))
                and len(_topic(o) & said) >= len(topic & said) for o in items)
            mine = who == "speaker" and rep is not None and (rep.doer == "speaker" or _owners_team(rep, item) or
                                                             handed or (
                # the owner reports the item's own thing done: "The extract landed on the SFTP on Thursday night"
                set() < thing <= work | spelled) or (
                # or the item's own work, of "it": "It's all surveyed" for "have Kettering surveyed by the 16th"
                rep.doer == "thing" and bool(content_stems(u.text[rep.start : rep.end]) & work)))
            # What a blocker waits for reported done in its own words ("I can't start the mapping checks until
            # that extract lands" - "The extract landed on the SFTP on Thursday night"), whoever says it.
            arrived = set() < thing <= awaited
            if isinstance(item, Blocker) and rep is not None and rep.doer not in ("thing", "pronoun") and \
                    (rep.doer != "speaker" or (item.evidence and not names_match(u.speaker, item.evidence[0].speaker,
                                                                                 people))) and \
                    set() < content_stems(rep.subject if rep.doer != "speaker" else _object(u.text, rep.end)) \
                    - name_words - {rep.doer.casefold()} <= awaited:
                # "Shona's extract came through Thursday" for "until we get the extract from Colin", "I signed the
                # letter this morning" for "until we've got the letter signed": what it waits for arrived, from
                # whoever (but the waiting side's own work is not what it waits for)
                arrived = True
            if isinstance(item, Blocker) and not arrived and _approved_when_asked(u, party, awaited):
                arrived = True  # "And the change board?" - "Approved. Roy pushed it through on Thursday"
            got = _GOT_IT.match(u.text) if isinstance(item, Blocker) and not arrived and item.evidence else None
            if got is not None and names_match(u.speaker, item.evidence[0].speaker, people) and \
                    len(content_stems(got.group("thing")) & awaited) >= 2:
                # "No tablet goes anywhere near our network till I've seen a pen test on your platform." - "I've
                # had the pen test report.": the one who waited has what they waited for
                arrived = True
            # an organisation (no person of the engagement) reported doing what a side promised, in two of its words
            # (in words other than its own name: "Kev came in" is not "take Kev out with the test tablets" done)
            side = rep is not None and _by_the_side(item, rep.doer, people) and \
                len(shared - content_stems(rep.doer)) >= 2 and cos >= MIN_COSINE_NAMED
            # "CAB approved it on the 1st" for "until the change board approves it", "Harcourt's file turned up on
            # Tuesday" for "until Harcourt give us the export": the party said to have acted, in any words, when it
            # holds up this one open item only
            ap = rules.approving_party(u.text) if isinstance(item, Blocker) and party else None
            if ap is None and isinstance(item, Blocker) and party and rep is not None and \
                    rep.doer not in ("speaker", "pronoun", "thing") and _ARRIVED.match(u.text[rep.start :]):
                ap = rep.doer
            acted = ap is not None and (names_match(ap, party, people) or acronym_of(ap, party)) and \
                sum(isinstance(o, Blocker) and names_match(o.waiting_on, party, people) for o in items) == 1
            if isinstance(item, ActionItem) and received.get(i) == item.id:
                arrived = True
            # A recap line giving the named owner's one item of these words its one date: "Recap. Rafael, roles
            # Thursday. Dev, production ticket this week. Lowri, categories the sixth." (in its own words: the
            # prompt is the recap's other lines)
            # (not when the owner promised work of those words earlier in this call: "Joel, redline to Yusuf Friday."
            # is the redline promised today)
            recap = who == "named" and i in recapped and _names(recapped[i], forms) and \
                bool(topic & said - name_words) and not _another_of(item, item.owner, items, people,
                                                                     topic & said - name_words) and \
                not any(names_match(v.speaker, item.owner, people) and _I_WILL.search(v.text)
                        and content_stems(v.text) & (topic & said - name_words) for v in utts[:i])
            if arrived or side or acted:
                pass
            elif who:
                # One shared word is thin: the meaning must agree more, unless the owner (or the party) reports
                # their own work ("I handed them over on Thursday").
                # An acronym spelled out in the item ("the CR" for "the change request") is that many words.
                n = len(shared) + sum(len(a) - 1 for a in spelled & shared)
                # A bare date from the one the prompt called on about the item ("Shona, rota?" - "Realistically the
                # 30th."): the prompt names the work; the few words embed poorly.
                called = who == "speaker" and u.opens_turn and dates[i] is not None and _bare(dated[i]) and \
                    bool(topic & asked) and _calls_on(u.prompt or "", u.speaker)
                # ... or a new date for "it" from the owner, naming no other work, in reply to a prompt naming the
                # item: "There's actually one for you: the overtime." - "I'll have it for you this week."
                # ... or in those of the prompt it was promised in, when the prompt calls on the owner ("And Gaz,
                # before training, we'd like a trial day." - "I'll take Kev and two others out ..."; later "Gaz, that
                # means the trial day." - "We didn't do it. ... We'll do it Tuesday.")
                # (not when the prompt names another of theirs in its own words: "Callum, the extract" is his test
                # extract, not the starters and leavers promised when the extract came up)
                called = called or (who == "speaker" and u.opens_turn and dates[i] is not None and bool(
                    topic & asked or (asked & _held(item) and _calls_on(u.prompt or "", u.speaker) and
                                      not _another_of(item, u.speaker, items, people, asked)))
                                    and bool(PRONOUN.search(u.text)) and not _other_words(dated[i], topic))
                # ... or the owner's bare date "now", just after a turn naming this work of theirs and no other:
                # "I can't scan anything ... until the payment VLAN's in." - Theo: "Yeah. So. Realistically the sixth
                # now." (for his "I'm aiming for the thirtieth for the VLAN")
                called = called or (who == "speaker" and u.opens_turn and dates[i] is not None and _bare(dated[i])
                                    and _date_now(dated[i]) is not None and bool(topic & asked)
                                    and not _another_of(item, u.speaker, items, people, asked))
                # ... or "it" dated "now" after the owner's own turn named this work of theirs and no other: "So the
                # mapping, I'm about halfway. ... So it's going to be next week now, realistically."
                called = called or (who == "speaker" and not u.opens_turn and dates[i] is not None
                                    and _date_now(dated[i]) is not None and bool(PRONOUN.search(dated[i]))
                                    and bool(topic & earlier_all[i])
                                    and not _another_of(item, u.speaker, items, people, earlier_all[i]))
                # ... or a date after the owner says what they owe someone, for their one open item for that person:
                # "And I owe Declan the legal bits, so let me just own that. Our legal team are now saying the second."
                called = called or (who == "speaker" and owed.get(i) == item.id)
                # ... or a date "now" the owner gives a thing of this item's, of no other item of theirs: "We started
                # Friday. The feed'll be Friday now, not today."
                called = called or (who == "speaker" and dates[i] is not None and _date_now(dated[i]) is not None
                                    and bool(topic & said) and not _another_of(item, u.speaker, items, people,
                                                                                 topic & said))
                # ... or a bare date right after the owner says the work will miss its date: "My own draft, I'm not
                # going to make today, I'm sorry. Friday week."
                # ... (its words in the prompt, naming no other of theirs: "How are the candidate numbers going?" -
                # "I'm on them. But I'll not make the sixth, there's four hundred of them ... The thirteenth.")
                called = called or (who == "speaker" and dates[i] is not None and _bare(dated[i]) and
                                    bool(_MISSES.search(u.earlier or "")) and (
                                        bool(topic & content_stems(u.earlier or "")) or (
                                            bool(topic & (prompted := content_stems(u.prompt or "")))
                                            and not _another_of(item, u.speaker, items, people, prompted))))
                # ... or a date the owner's side now gives, told by the one asked about the item for the absent
                # owner: "And Dev's update? He's not here. Neil, do you know?" - "I spoke to Dev yesterday. ...
                # Stratus now say the twentieth."
                # ... anywhere in the reply, when the owner is an outside party owing this item alone, named with no
                # words of the work: "And Halyard, Roy? Friday was the day." - "Friday came and went. Craig's now
                # saying Thursday."
                called = called or (who == "named" and dates[i] is not None
                                    and ((u.opens_turn and bool(shared & asked)) or outside_owing_one)
                                    and _names(u.prompt, forms) and _calls_on(u.prompt or "", u.speaker)
                                    and bool(_NOW_SAY.search(u.text)))
                # ... or the absent owner's date "now", told of "him" or "her" by the one asked where their one open
                # item is: "Marcus's answers to Steve. Alison, do you know where they are?" - "He's drafted them.
                # He's been in tribunal since Monday so his reply's going to be next Wednesday now."
                called = called or (who == "named" and dates[i] is not None and _date_now(dated[i]) is not None
                                    and bool(_HIS_OR_HERS.search(dated[i])) and _names(u.prompt, forms)
                                    and _calls_on(u.prompt or "", u.speaker)
                                    and not _another_of(item, item.owner, items, people))
                called = called or recap
                # ... or the owner's signature said to be on it, for work of signing: "Martin, Kit's signature?" -
                # "Kit's squiggle is on it." (the words differ)
                called = called or (rep is not None and _SIGNED_ON.search(u.text) is not None
                                    and (rep.doer == "speaker" if who == "speaker" else _names(rep.doer, forms))
                                    and _SIGNING.search(item.text) is not None
                                    and not any(o is not item and isinstance(o, ActionItem) and _SIGNING.search(o.text)
                                                and names_match(o.owner, item.owner, people) for o in items))
                # ... or the owner did the item's deed to the one it names, whom the turn has just named: "I'll ring
                # Alan this week." - "And Alan. I rang him."
                called = called or (who == "speaker" and rep is not None and rep.doer == "speaker"
                                    and _did_it_to_them(item, u))
                # ... or the owner met the one the item is a word with: "Leave Mick with me. I'll have a word with
                # him myself this week." - "I've seen Mick."
                called = called or (who == "speaker" and rep is not None and rep.doer == "speaker"
                                    and _met_them(item, u.text))
                # ... or a new date as the owner, called on, takes back the day only this item of theirs is due:
                # "Oskar, FEFO?" - "Yeah. Tuesday's not going to happen, sorry. Not Tuesday, Thursday."
                called = called or (who == "speaker" and dates[i] is not None and due.get(item.id) is not None
                                    and dates[i] != due.get(item.id) and _calls_on(u.prompt or "", u.speaker)
                                    and _day_off(f"{u.earlier or ''} {dated[i]}", ctx.meeting.date) == due.get(item.id)
                                    and not any(o is not item and isinstance(o, ActionItem)
                                                and names_match(o.owner, u.speaker, people)
                                                and due.get(o.id) == due.get(item.id) for o in items))
                # ... or the owner named the work alone and the answer reports it done or got: "The message." - "The
                # lads got your email on Monday."
                called = called or (who == "named" and rep is not None and isinstance(item, ActionItem)
                                    and _named_alone_by(u, item.owner, people)
                                    and bool(topic & content_stems(u.prompt or "")))
                # ... or their new date, given for them in words of the work: "Dress rehearsal. I'll say this one,
                # Tomasz, because you told me yesterday. It's moved to Saturday, the fourteenth, ..."
                called = called or (who == "named" and dates[i] is not None and bool(shared) and _news_given_for(u, forms))
                if not (called or restated or (n >= 2 and cos >= (MIN_COSINE_OWN if who == "speaker" else MIN_COSINE_NAMED))
                        # the owner reports done the thing the item names by its letters, said in full: "So, the
                        # schedule of rates is all matched up now." for "I'll do the SOR code mapping" (the two embed
                        # apart)
                        or (who == "speaker" and rep is not None and rep.doer == "thing"
                            and any(w.lower() in shared & content_stems(u.text) and not re.search(rf"\b{w}\b", u.text)
                                    for w in re.findall(r"\b[A-Z]{2,6}\b", item.text)))
                        # (one word that is only a count is no shared work: "a hundred and seventy-nine thousand
                        # objects" went in, not "a sample of two hundred" checked)
                        or (shared - _COUNT_WORDS and cos >= MIN_COSINE_ONE)
                        or (shared and mine and cos >= MIN_COSINE_NAMED) or cos >= MIN_COSINE_ALONE
                        # the owner named as the one who did it ("Kerry sent the rota round on Tuesday"), the
                        # more so in reply to a prompt asking about that thing ("Denise, the rota?")
                        or (shared and rep is not None and rep.doer not in ("speaker", "pronoun", "thing")
                            and _names(rep.doer, forms)
                            and cos >= (MIN_COSINE_CALLED if shared & asked else MIN_COSINE_NAMED))
                        # ... as the one who did "it", which the sentence before named in words of this item and of
                        # no other of theirs ("Yeah, the HR extract landed Thursday night. Callum got it out in the
                        # end.")
                        or (before is not None and shared and rep is not None and _names(rep.doer, forms)
                            and rep.doer not in ("speaker", "pronoun", "thing")
                            and not any(_topic(o) & shared for o in party_items))
                        or speaks_for or via_contact or visited or party_came_good or counted
                        # a new date passed on from the owner, in a word of the work ("Bryn's emailed. Production's
                        # going to be Monday the sixteenth now")
                        # (for "she", in a word of the prompt naming the owner)
                        or (dates[i] is not None and from_owner and (
                            bool(topic & content_stems(u.prompt or "")) or len(shared) >= 2
                            # (or one, when the prompt asked after the owner, whose one open item this is: "Bernie,
                            # Helen?" - "... she hasn't signed the go-live sheet, ... and she says Friday")
                            or (bool(shared) and _names(_last_sentence(u.prompt), forms)
                                and not _another_of(item, item.owner, items, people))
                            if relayed[i].lower() in ("she", "he") else bool(shared)))
                        # ... or done, in a word of the work: "The leave figures went to Owen on Friday, she said."
                        or (rep is not None and from_owner and bool(shared))
                        # the owner reports done the thing only this open item is about ("Enrolment's done")
                        or (mine and sole.get(i) == item.id)
                        # "it" reported done in reply to a question naming this item's work most
                        or (most is not None and cos >= MIN_COSINE_NAMED)
                        or asked_owner.get(i) == item.id or (i in reminded and asked_for.get(i) == item.id)
                        or named_own.get(i) == item.id
                        # the one it was for, or the owner, says "it" reached them (see _for_whom)
                        or for_whom.get(i) == item.id
                        # the one it was for reports the item's own thing received from the owner, named: "I got
                        # the URL from Dominic on Tuesday", "Yeah, got Shona's inventory the day after the last call"
                        or (by_name and set() < thing <= work | spelled and cos >= MIN_COSINE_OWN)
                        # called on about the work by name, the owner reports it done: "Denise, the rota?" - "Kerry
                        # sent the rota round on Tuesday."
                        or (mine and topic & said & asked and _calls_on(u.prompt or "", u.speaker))):
                    continue
            elif not ((len(topic & said - name_words) >= 2 and cos >= MIN_COSINE_ANON)
                      or (len(shared) >= 2 and cos >= MIN_COSINE_ALONE)
                      or (rep is not None and rep.doer == "thing" and cos >= MIN_COSINE_ALONE
                          and set() < content_stems(rep.subject) - name_words <= topic | spelled)
                      or (rep is not None and rep.doer == "thing" and cos >= MIN_COSINE_NAMED
                          and set() < thing and sole.get(i) == item.id)
                      or (isinstance(item, ActionItem) and rep is not None and rep.doer == "thing"
                          and set() < thing <= work | spelled and _thanks(_rest_of_turn(u, seg_text), item.owner))
                      or counted):
                # Nobody named on either side: the words must carry it - two of the sentence's own, or two with
                # the prompt it answers and a closer meaning, or the thing it reports done is the item's own thing
                # ("the FOC came back", not "the retention metadata carried over" for "send the SSO metadata"), or
                # its owner is thanked for it next ("So, the sample landed Monday. Finally. Brian, thank you.").
                continue
            if isinstance(item, ActionItem) and who == "speaker" and _FROM_YOU.search(u.text):
                continue  # "The lads got your email on Monday.": the speaker's side received the other's work
            if isinstance(item, ActionItem) and rep is not None and retried_other(u.text[rep.start : rep.end], item.text):
                continue  # "Dev, ports?" - "I've resubmitted it.": a second try at a step, the ports not open
            if isinstance(item, ActionItem) and rep is not None and \
                    u.text[rep.start : rep.end].lower() in _RECEIPT | _ARRIVAL and \
                    not names_match(u.speaker, item.owner, people) and \
                    (to := _SENT_TO_NAME.search(item.text)) is not None and \
                    not names_match(to.group("who"), item.owner, people) and \
                    not same_person(u.speaker, to.group("who"), people):
                continue  # Tariq: "Got it Friday." is not Callum's "I'll send Liz the user guide": it was for Liz
            if isinstance(item, ActionItem) and rep is not None and rep.doer == "speaker" and passed_on[i]:
                continue  # "Harrow and Finch sent the test ID on Tuesday. I forwarded it to Eoin.": their thing, passed on
            if isinstance(item, ActionItem) and rep is not None and rep.doer not in ("speaker", "pronoun", "thing") \
                    and not arrived and not side and for_whom.get(i) != item.id and named_own.get(i) != item.id and \
                    not (via_contact and _came_good(u.text, rep)) and not party_came_good and \
                    not (_names(rep.doer, forms) and rep.subject != rep.doer and _ARRIVED.match(u.text, rep.start)) and \
                    not visited and \
                    not _names_the_work(f"{rep.subject} {_object(u.text, rep.end)}", work | spelled, name_words):
                continue  # "Margaret gave me the authority on dates": what the named person did is other work (but
                # the owner's own thing came: "Dev's changes came back on Thursday" for his "I'll turn them round")
            score = cos + 0.1 * len(shared) + (0.2 if who else 0.0)
            # "The engineer's now booked for the twenty-fourth": a later date for the visit, not the visit done
            # (a booking that moved: "now booked for", "rebooked"; "The pen test is booked, the 19th to the 21st" is
            # the booking done)
            booked = rep is not None and (new_day := dates[i]) is not None and new_day > ctx.meeting.date and \
                re.fullmatch(r"booked|scheduled|arranged|planned|lined up", u.text[rep.start : rep.end], re.I) is not None \
                and re.search(r"\b(?:now|moved|pushed|re-?booked|re-?scheduled|instead)\b", u.text, re.IGNORECASE) is not None
            if isinstance(item, ActionItem) and i in chase_goes_on:
                continue  # "I've emailed Tom twice. I'll try him on Teams today.": the chase goes on
            if rep is not None and step_toward(item, u.text, due.get(item.id), ctx.meeting.date):
                continue  # "for the training on the nineteenth, I've booked the big room": a step toward the
                # training still to come on its day, not the training
            if booked and arrived:
                arrived = False
                if isinstance(item, Blocker):
                    continue  # what it waits for is only booked
            if rep is None and who == "speaker" and isinstance(item, ActionItem) and _GET_A_PRICE.search(item.text) and \
                    (have := _HAVE_A_PRICE.match(u.text)) is not None:
                # "I'll get a quote for a proper line" - "I've got a price through our usual ISP, full fibre": the
                # price to get is got
                rep = DoneReport("speaker", have.start("verb"), have.end("verb"), "I")
            cand = ("done", None, "what it waited for arrived") if arrived and isinstance(item, Blocker) else \
                ("done", None, "received by the one it was sent to") if received.get(i) == item.id else \
                ("done", None, "answered when asked") if answered.get(i) == item.id else \
                _classify(item, u, rep, dates[i], due.get(item.id), who, forms, people, handed, recap)
            own = (said if dated[i] == u.text else content_stems(dated[i]) - party_words) - _TIME_WORDS
            if dated[i] != u.text and _OWN_PROMISE.search(u.text):
                # "Thursday. Thursday afternoon, I'll sit at my desk with you on a call and we'll run an invoice
                # through.": the date is said first, the work it is for in the promise after it
                own |= said - _TIME_WORDS
            if (frame := _RELAY_FRAME.match(dated[i])) is not None:
                own -= content_stems(frame.group(0))  # "His PA says he'll call them Monday": who passed it on
            if via_contact and (said_now := contact_says.get(i)) is not None:
                own = content_stems(u.text[said_now.end() :]) - _TIME_WORDS  # (who said it is not the work)
            if cand is not None and cand[0] == "done" and rep is not None and rep.doer == "thing":
                # The thing reported done must be this item's work: its subject names it ("the templates are
                # built"), or it is a pronoun in a reply to a prompt naming it ("Greg, the CR?" - "It's in.").
                # "Tech is booked" and "kiosks are excluded" are other things.
                subject = thing | acronyms_spelled_out(rep.subject, item.text)
                if (poss := _POSSESSOR.match(rep.subject)) is not None and \
                        set() < content_stems(poss.group("who")) <= name_words and \
                        not names_match(poss.group("who"), item.owner, people) and \
                        not same_person(poss.group("who"), item.owner or "", people) and \
                        not (item.owner or "").startswith(f"{poss.group('who')}'s ") and \
                        not re.search(rf"\b{re.escape(poss.group('who'))}\b", f"{item.text} {item.context or ''}"):
                    # (the one the item came from is named with it: "You got hold of Derek?" - "He says Ledgerline
                    # will send the import spec by Friday" is closed by "Derek's spec landed yesterday")
                    continue  # "Kerensa's team are trained up" is no news of Gary's "names of your reception team"
                # (a count names no thing: "All forty delivered Thursday." is not Gary's "VIN list for the forty")
                if subject and not counted and not (subject - _COUNT_WORDS) & (work | spelled) and \
                        not (subject <= _MESSAGE_WORDS and work & _MESSAGE_WORDS) and for_whom.get(i) != item.id and \
                        named_own.get(i) != item.id and received.get(i) != item.id and \
                        not (asked_owner.get(i) == item.id and subject <= _COUNT_WORDS):  # "All twenty are in."
                    continue
                # ... and a report naming nothing ("Gone.", "It's in.") is tied to this item only by the prompt it
                # answers naming its work, not by a person's name both hold: "Martin, the Paycorra application?" -
                # "Gone." shares only "Martin" with the wait Martin raised when called on ("... anything else.
                # Martin?" - "Only that Paycorra won't even book the terminals until the agreement's signed"), so it
                # closes his application and lifts no wait (the party's own name was left out of "asked" already)
                if not subject and not (topic & (asked | said)) - name_words and asked_owner.get(i) != item.id and \
                        for_whom.get(i) != item.id:
                    continue
            if cand is not None and cand[0] == "done" and isinstance(item, ActionItem) and rep is not None and \
                    _PREPARED.fullmatch(word := u.text[rep.start : rep.end]) and _HANDS_OVER.search(item.text) and \
                    not content_stems(word) & content_stems(item.text):
                continue  # "Yeah, it's drafted." for "put a note out to all the drivers": ready to go, not gone
            if cand is not None and cand[0] == "done" and isinstance(item, ActionItem) and rep is not None and \
                    not booked and PLANNED_REPORT.fullmatch(u.text[rep.start : rep.end]) and \
                    not (SCHEDULING_WORK.search(item.text) or re.search(r"\bset up a", item.text, re.IGNORECASE)):
                continue  # "Ravi, how's the app push?" - "It's scheduled, Tollcross first.": planned, not done
            if cand is not None and cand[0] == "done" and isinstance(item, ActionItem) and booked and \
                    not re.search(r"\b(?:book|schedul|arrang|organis|organiz|plan)", item.text, re.IGNORECASE):
                # "The engineer's now booked for the twenty-fourth" for "get an engineer out to fix the printer": the
                # work is the visit, and it has a new date
                cand = ("slipped", dates[i], "booked for a later date")
            if cand is not None and cand[0] == "done" and isinstance(item, ActionItem) and \
                    (rules.still_pending(rest := _rest_of_turn(u, seg_text)) or _STILL_TO_DO.search(rest)
                     or (rep is not None and rep.doer == "speaker" and _counts_short(rest))
                     or _rest_not_yet(rest, topic) or rules.rest_still_due(rest)
                     or rules.another_part(u.text, rest, item.text)):
                continue  # "It's raised, it's with the network team. They're still saying the 25th.": a step
            if cand is not None and cand[0] == "done" and isinstance(item, Blocker) and _WAIT_GOES_ON.search(u.text) \
                    and not lifted[i]:
                continue  # "... and we switch to actual minutes after the consultation": the wait goes on
            if cand is not None and cand[0] == "done" and (rules.half_done(last := _last_sentence(u.earlier)) or
                                                          (isinstance(item, ActionItem) and rules.rest_still_due(last))):
                # "Half done. We did Gate B and the main staff car park on Thursday.": the part done; "Still
                # tomorrow. It's basically built, I just want to test it": the day still stands
                continue
            if cand is not None and cand[0] == "slipped" and not booked and not restated and \
                    len(own - topic - asked - _SLIP_WORDS - PART_STEMS) > 1 and \
                    not (_NOT_MANAGED.search(before_it := _last_sentence(u.earlier)) and
                         content_stems(before_it) & topic - _TIME_WORDS):
                # ("She hasn't managed to see Mick yet. She's hoping to catch him at the branch meeting on the
                # twentieth.": the sentence before says this work is not done, this one when it will be)
                # (not when asked whether its date still stands: the reason given is other words, not other work)
                continue  # "I'll brief the branch manager before the 24th" is other work with its own date
            if cand is not None and cand[0] == "slipped" and not restated and not said & topic and \
                    _new_work_before(u.earlier, topic, name_words):
                continue  # "... I'll get them all enrolled in Intune and push the app out to them. Let's say the
                # sixth.": the date of the work just promised, not of the speaker's app registration
            if cand is not None and cand[0] == "slipped" and not restated and _bare(u.text) and \
                    _OWN_PROMISE.search(then := _first_sentence(_rest_of_turn(u, seg_text))) and \
                    not PRONOUN.search(then) and \
                    len(content_stems(then) - _TIME_WORDS - _SLIP_WORDS - topic - asked - name_words) > 1:
                continue  # "Thursday. Thursday afternoon, I'll sit at my desk with you on a call and we'll run an
                # invoice through.": the date of the work promised next, asked for just before (not "Monday. I'll
                # do them Monday, I've got a study day.", the same work said again)
            if cand is not None and cand[0] == "slipped" and only_checking(u.text, item.text):
                continue  # "That one I don't think I sent. Let me check after the call.": finding out, not doing it
            if cand is not None and cand[0] == "slipped" and their_part(item.text, u.text):
                continue  # "They'll switch the bulk export on by Monday, they say." is Marrick's promise, which Fran's
                # "I'll log it with Marrick today and ask them to switch the bulk export on" asked for: no new date of hers
            if cand is not None and cand[0] == "slipped" and _other_kind(u.text, item.text):
                continue  # "We'll have the full extract with you by the 14th" for "the sample extract": another one
            if cand is not None and cand[0] == "slipped" and PRONOUN.search(u.text) and (
                    (u.opens_turn and not (content_stems(u.text) - name_words) & topic and
                     asks_other_work(u.prompt or "", topic, [u.speaker, party or ""]) and
                     # (not "Gaz, that means the trial day."; "one more thing" names nothing)
                     not asked & _held(item) - name_words - _TIME_WORDS - _FILLER_STEMS)
                    or _answers_a_request(u, topic, _held(item), name_words, [u.speaker, party or ""])):
                # (unless the sentence names the item itself: "Which means, sorry, the production feed config,
                # we're going to have to push that to the twenty-third.")
                continue  # "We'll need a list of who needs a login and what role." - "Yes. I'll get that to you by
                # Friday.": "that" is the work the prompt names, a new item, not the speaker's other open work
            if cand is not None:
                log.debug("follow-up %s %s who=%s cos=%.2f shared=%s | %s", item.id, cand[0], who, cos,
                          sorted(shared), u.text[:90])
                event, new_due, reason = cand
                via_prompt = bool(topic & asked - said)
                cands.append(_Candidate(item, u, event, new_due, round(score, 4), f"{reason}; shared {sorted(shared)}",
                                        via_prompt, shared=arrived and event == "done", who=who,
                                        own=isinstance(item, ActionItem) and names_match(u.speaker, item.owner, people),
                                        words=frozenset(shared)))
    cands = _restated_dones(_step_then_date(cands, utts, dates, due, ctx.meeting.date))
    out = _assign(_last_date_said(_elaborations(_slip_over_done(cands, utts, items), utts), utts),
                  ctx.meeting.meeting_id)
    dropped = _dropped(items, [i for i in keep if drops[i]], utts, keep, sims, name_words, ctx.meeting.meeting_id,
                       people)
    out = [fu for fu in out if fu.item_id not in {d.item_id for d in dropped}]
    # "He's handed the transport to Kasia in his team.", "Yeah, I'll take the leave list." - "Thank you. They're in
    # the blue folder.": work passed on in this meeting is not work done, unless its new owner says so
    new_owner = {fu.item_id: fu.owner for fu in handovers}
    out = [fu for fu in out if fu.event != "done" or fu.item_id not in new_owner
           or names_match(fu.evidence[0].speaker, new_owner[fu.item_id], people)]
    out = out + dropped + _lifted_with(out, items)
    return out + _state_reached(out, items, utts, ctx.meeting.meeting_id) + handovers


# Work passed to someone else. A third person takes it: "Kerry's going to pick up the rota", "Ruth's taking the code
# table off me", "Kayleigh will take the supplier list over", "Shona's going to pick that up from Tom".
_NAME = r"(?-i:[A-Z][a-z]+)"
_TAKES = re.compile(
    rf"\b(?P<to>{_NAME})(?:'s|\s+is|\s+will|'ll)\s+(?:now\s+|also\s+)?(?:going to\s+|gonna\s+)?"
    r"(?:pick(?:ing)?\s+up|pick(?:ing)?\s+(?:that|it|this|them|those)\s+up|tak(?:e|ing)\s+over|tak(?:e|ing)|"
    r"look(?:ing)?\s+after|own(?:ing)?)\b(?P<what>[^.;!?]*)",
    re.IGNORECASE,
)
# The work moves to them: "So the UAT scripts move to Kayleigh", "the item master goes over to Shona".
_MOVES_TO = re.compile(
    rf"(?P<what>\b(?:the|that|this|it|those)\b[^.;!?]*?)\s+(?:moves?|goes|go|passes|pass|is moving|'s moving|"
    rf"are moving|has moved|have moved|is going|'s going)\s+(?:over\s+)?to\s+(?P<to>{_NAME})\b",
    re.IGNORECASE,
)
# The one spoken to has it now: "So the item master's yours now, Friday the 23rd."
_YOURS_NOW = re.compile(r"(?P<what>\b(?:the|that|this|it)\b[^.;!?]*?)(?:'s|'re|\s+is|\s+are)\s+(?:all\s+)?yours now\b",
                        re.IGNORECASE)
# The speaker takes it, asked to: "Can Kayleigh take the UAT scripts?" - "Yeah, I'll take them."
_I_TAKE = re.compile(r"\b(?:i'll|i will|i can|happy to)\s+(?:take|pick up|pick (?:that|it|them|those|this) up)\b"
                     r"(?P<what>[^.;!?]*)", re.IGNORECASE)
# The speaker taking the named owner's work off them: "Give it to me, Sarah.", "Pass that to me, Dennis."
_GIVE_IT_ME = re.compile(r"^\W*(?:(?:oh|look|right|okay|ok|just)\W+)*(?:give|pass|hand)\s+(?P<what>it|that|them|those)\s+(?:over\s+)?"
                         r"to\s+me,?\s+(?P<who>(?-i:[A-Z][a-z]+))\b", re.IGNORECASE)
# The owner asked the speaker to take it: "She's asked me to take the training rota off her", "Dennis asked me to pick
# up the rota"
_ASKED_ME_TO_TAKE = re.compile(r"\b(?:he|she|they|(?-i:[A-Z][a-z]+))(?:'s|'ve| has| have)? asked (?:me|us) to "
                               r"(?:(?:take|pick up|take over)\s+(?P<what>(?:the|his|her|their)\s+[^.;!?,]{2,40}?)"
                               r"(?=\s+off (?:him|her|them)\b|\s+on\b|\s+over\b|\s*[,.;!?]|\s+so\b|$)"
                               # "he's asked me to pick that up": what the question named
                               r"|(?:pick|take)\s+(?P<it>that|it|this|them|those)\s+(?:up|on|over)\b)", re.IGNORECASE)
# The speaker carries on with it: "I'll finish it", "I'll finish the UPRNs from Ally's notes" (a handover only where
# _LEFT_BEHIND says its owner has gone)
_I_FINISH = re.compile(r"\b(?:i'll|i will|i can)\s+(?:finish|complete|carry on with|take over)\b(?P<what>[^.;!?]*)",
                       re.IGNORECASE)
# The owner has gone, leaving the work behind: "he's left me his spreadsheet", "She left me her notes", "I've got his
# spreadsheet", "we need to hand his bits over"
_LEFT_BEHIND = re.compile(r"\bleft (?:me|us) (?:his|her|their|all (?:his|her|their))\b"
                          r"|\b(?:i've|i have|we've|we have) got (?:his|her|their) (?:notes|spreadsheet|handover|files?|workings)\b"
                          r"|\bhand (?:his|her|their) (?:bits|work|items|things|stuff) over\b", re.IGNORECASE)
# The owner passed it on to someone on their side: "He's handed the transport to Kasia in his team.", "She's
# passed the rota over to Tom. He's picking it up.", "I've delegated the mapping to Omar" (not "I handed the form
# to Sam", a delivery: the one it went to must be on the passer's side, take it on in the next words, or the verb
# is delegate).
_HANDED_TO = re.compile(rf"\b(?P<verb>handed|passed|given|delegated|reassigned|transferred)\s+(?P<what>[^.;!?]*?)"
                        rf"\s*(?:over\s+|on\s+|off\s+|across\s+)?to\s+(?P<to>{_NAME})\b(?P<after>[^.;!?]*)",
                        re.IGNORECASE)
_ON_THEIR_SIDE = re.compile(r"^\s*,?\s*(?:in|on|from)\s+(?:his|her|their|my|our)\s+"
                            r"(?:team|side|group|office)\b"
                            r"|^\s*,?\s*(?:his|her|their|my|our)\s+(?:deputy|colleague|number two|second)\b"
                            r"|^\s*,?\s*(?:to\s+)?(?:do|finish|pick up|take on|look after|own)\b", re.IGNORECASE)
_THEY_TAKE = re.compile(r"^\W*(?:(?:and|so)\W+)?(?:she|he|they)(?:'s|'re|\s+is|\s+are|'ll|\s+will)\s+(?:now\s+)?"
                        r"(?:going to\s+)?(?:pick(?:ing)?\s+(?:it|that|this|them)\s+up|pick(?:ing)?\s+up|"
                        r"tak(?:e|ing)\s+(?:it|that|this|them)\s+(?:on|over)|own(?:ing)?\s+(?:it|that)|"
                        r"look(?:ing)?\s+after\s+(?:it|that)|do(?:ing)?\s+(?:it|that))\b", re.IGNORECASE)
# The owner lets it go for anyone to take: "Can someone else pick it up?", "I'm not going to get them done. I'm
# sorry, I just won't." - "I'll take them. Same date, the 17th."
_OFFLOADS = re.compile(r"\b(?:can|could) (?:someone|somebody|anyone|anybody)(?: else)?\b|\b(?:someone|somebody|anyone) "
                       r"else\b|\bi(?:'m| am) not going to (?:get|manage|make)\b|\bi (?:just )?(?:won't|can't) (?:do|get|"
                       r"manage|make)\b|\bi just won't\b|\bi(?:'m| am) not going to\s*(?:[.!]|$)", re.IGNORECASE)
# An offer to take it, said as a question the owner says yes to: "Bernadette, do you want me to take the parent
# letter off you as well?" - "Would you? Honestly, yes please."
_OFFER_TAKE = re.compile(r"\b(?:do you want me to|shall i|should i|want me to|can i|could i)\s+(?:take|pick up|pick "
                         r"(?:that|it|them|those|this) up|take over)\b(?P<what>[^.;!?]*)", re.IGNORECASE)
_YES_PLEASE = re.compile(r"^\W*(?:(?:oh|honestly|god|ah)\W+)*(?:would you|could you|yes|yeah|yep|please|go on|"
                         r"that would be|if you (?:could|don't mind))\b", re.IGNORECASE)
_ASKED_TO_TAKE = re.compile(r"\b(?:take|pick up|pick (?:that|it|them|those|this) up|cover|look after)\b", re.IGNORECASE)
# An offer to take it, said as a statement the owner welcomes: "Cormac, let me take it." - "Would you? You're a
# star."; "I can take that off you if you like." - "Oh, yes please." (not "Let me take a look": the owner must answer
# yes, and the offer must be of their work: "off you", "for you", or "let me take/pick up/take over").
_OFFERS = re.compile(r"\b(?:let me|i'll|i will|i can|i could|i'm happy to|happy to)\s+(?:just\s+)?(?:take over|take|"
                     r"pick up|pick (?:that|it|them|those|this) up|do|handle|look after)\b(?P<what>[^.;!?]*)",
                     re.IGNORECASE)
_THEIRS_TAKEN = re.compile(r"\boff (?:you|your (?:plate|hands|list))\b|\bfor you\b", re.IGNORECASE)
# ... or said with a verb of taking it over: "let me take it", "I'll take over the rota", "I can take the rota on"
_TAKES_IT_ON = re.compile(r"\blet me\s+(?:just\s+)?(?:take|pick)\b|\btake over\b|\btake\s+(?:it|that|this|them|those|"
                          r"the [\w\s'-]{1,40}?)\s+(?:on|over)\s*(?:[,.;!]|$)", re.IGNORECASE)
_GLAD = re.compile(r"^\W*(?:(?:oh|honestly|god|ah|um|uh|erm|well|look|okay|ok)\W+)*(?:would you|could you|yes|yeah|yep|"
                   r"please|go on|that would be|that'd be|if you (?:could|don't mind)|thanks?\b|thank you|cheers|"
                   r"you're a (?:star|legend|saint|hero|lifesaver)|brilliant|lovely|great|perfect|amazing|fantastic|"
                   r"be my guest|all yours)", re.IGNORECASE)
# ... or welcomed as work off someone else's plate: "Would you? That's one thing off her plate."
_OFF_THEIR_PLATE = re.compile(r"\boff (?:her|his|their|(?-i:[A-Z][a-z]+)'s) (?:plate|hands|list|desk)\b", re.IGNORECASE)
# The owner, or the PM of the owner's work, asks someone to take it and they say yes: "Tasha, can you take the
# performer numbers off me?" - "Yeah, I'll do it."; "Lucy, can you take the rota off Kemi?" - "Yeah, fine." (a plain
# "take" must say whose it was: "can you take notes?" hands nothing over).
_ASKS_TO_TAKE = re.compile(r"\b(?:can|could|would|will) (?:you|your (?:lads|team|lot|guys|people|folk|crew|side))\s+"
                           r"(?:please\s+|maybe\s+|just\s+)?(?:take over|take on|"
                           r"pick up|pick (?:that|it|them|those|this) up|look after|(?P<take>take))\b(?P<what>[^.;!?]*)",
                           re.IGNORECASE)
# Asked to do a piece of work: "Ines, could your team do the goods-in card off your training pack?"
_ASKS_TO_DO = re.compile(r"\b(?:can|could|would) (?:you|your (?:lads|team|lot|guys|people|folk|crew|side))\s+"
                         r"(?:please\s+|maybe\s+|just\s+)?do\s+(?P<what>(?:the|his|her|their)\s[^.;!?]*)", re.IGNORECASE)
# ... or to do "it", after the owner says they won't: "I'm not going to. Terry, can you do it?"
_ASKS_TO_DO_IT = re.compile(r"\b(?:can|could|would|will) you\s+(?:please\s+|just\s+)?do\s+(?P<what>it|that|them|those)\b",
                            re.IGNORECASE)
_TAKE_FROM = re.compile(r"\b(?:off|from|over)\b|\bon\W*$", re.IGNORECASE)  # "take the rota on?", not "take notes on it"
_AGREES = re.compile(r"^\W*(?:(?:oh|ah|um|uh|erm|well|look)\W+)*(?:yes|yeah|yep|yup|sure|fine|of course|no problem|"
                     r"no worries|will do|happy to|can do|i can do (?:that|it)|i'll do (?:it|that)|i'll take (?:it|that|"
                     r"them)|i've got (?:it|that)|leave it with me|consider it done|absolutely|definitely|go on)\b",
                     re.IGNORECASE)
# A false start, said before the answer: "I...", "Um.", "Well..."
_FALTER = re.compile(r"\W*(?:i|we|um|uh|erm|er|well|so)\s*(?:\.\.\.|…|\.|,)?\s*", re.IGNORECASE)
_NOT_HANDED = re.compile(r"\b(?:not|never|if|unless|whether|can't|won't|isn't|wasn't)\b|n't\b", re.IGNORECASE)
# Capitalised words that open a sentence but name nobody: "Let's take the rest offline", "Everything's taking ages".
_NOT_A_TAKER = frozenset({"let", "everything", "nothing", "something", "here", "now", "well", "yes", "no", "okay",
                          "it", "that", "this", "there", "he", "she", "we", "they", "who", "which", "what", "everyone",
                          "nobody", "someone", "somebody", "everybody", "anyone", "one", "the", "so", "then", "and",
                          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                          "february", "march", "april", "may", "june", "july", "august", "september", "october",
                          "november", "december", "phase", "wave", "go-live", "cutover", "today", "tomorrow"})


def _handovers(items: Sequence[FactBase], utts: Sequence[Utterance], ctx: MeetingContext) -> list[FollowUp]:
    """Open action items a sentence passes to someone else (see _TAKES, _MOVES_TO, _YOURS_NOW, _I_TAKE): the one
    item whose work the sentence names (or, for "that", what the turn or the prompt named), of another owner. The
    owner must be part of it (says it, is named in it or in the prompt, or asked for it), or the sentence names two
    words of the work ("So the UAT scripts move to Kayleigh"). A question only proposes; a negation or condition
    hands nothing over. A date in the sentence is the item's date from then on."""
    people = ctx.people
    name_words = name_stems(people)
    out: list[FollowUp] = []
    taken: set[str] = set()
    speakers = {u.speaker for u in utts}  # who is in the meeting: an owner "gone" is not (see _LEFT_BEHIND)
    for k, u in enumerate(utts):
        found: tuple[str, str, str] | None = None  # (new owner, what is handed over, the words up to the verb)
        passed = ""  # the one "handed ... to": not a handover of work that was for them ("send Kasia the spec")
        offloaded = ""  # the owner who let it go (their item only): "Can someone else pick it up?"
        agreed = False  # asked or offered, then agreed: the new owner may give the date in their next turns
        gone = False  # taken on from an owner said to have gone (see _LEFT_BEHIND): one not in this meeting
        absent_only = False  # asked to do work, not to take it: only an absent owner's work changes hands
        talk = ""  # for an offer welcomed on another's behalf: the talk it follows, which says whose work it is
        at, reply = next(((j, v) for j, v in enumerate(utts[k + 1 :], k + 1) if v.turn != u.turn), (0, None))
        if reply is not None and _FALTER.fullmatch(reply.text):
            # "Would you take them over?" - "I... yes, fine.": the answer after a false start
            reply = next((v for v in utts[at + 1 : at + 2] if v.turn == reply.turn), reply)
        refused = reply is None or reply.speaker == u.speaker or \
            bool(re.search(r"\b(?:no|not)\b|n't", reply.text[:40], re.IGNORECASE))
        if u.text.rstrip().endswith("?"):
            o = _OFFER_TAKE.search(u.text)
            a = _ASKS_TO_TAKE.search(u.text)
            if o is not None and not refused and reply is not None and _YES_PLEASE.match(reply.text):
                found, offloaded = (u.speaker, o.group("what"), u.text[: o.start("what")]), reply.speaker
            elif a is not None and not refused and reply is not None and _AGREES.match(reply.text) and \
                    (not a.group("take") or _TAKE_FROM.search(a.group("what"))) and \
                    (_names(f"{u.earlier} {u.text}", _name_forms(reply.speaker, people)) or not any(
                        _names(f"{u.earlier} {u.text}", _name_forms(p.name, people)) for p in people)):
                # (asked of the one who answers: named, or nobody is named and the answer is theirs)
                found, agreed = (reply.speaker, a.group("what"), u.text[: a.start("what")]), True
            elif (do_it := _ASKS_TO_DO_IT.search(u.text)) is not None and _OFFLOADS.search(u.earlier or "") and \
                    not refused and reply is not None and _AGREES.match(reply.text) and \
                    _names(u.text, _name_forms(reply.speaker, people)):
                # "No. And I'm going to be honest, I'm not going to. Terry, can you do it?" - "Go on. Friday.": the
                # owner hands their work over
                found, offloaded, agreed = (reply.speaker, do_it.group("what"), u.text[: do_it.start("what")]), \
                    u.speaker, True
            elif (d := _ASKS_TO_DO.search(u.text)) is not None and not refused and reply is not None and \
                    _AGREES.match(reply.text) and _names(u.text, _name_forms(reply.speaker, people)):
                # "Ines, could your team do the goods-in card off your training pack?" - "Yes, I can adapt ours":
                # the work of someone not at the call
                found, agreed, absent_only = (reply.speaker, d.group("what"), u.text[: d.start("what")]), True, True
            else:
                continue
        elif (o := _OFFERS.search(u.text)) is not None and not refused and reply is not None and \
                _GLAD.match(reply.text) and (_THEIRS_TAKEN.search(o.group("what")) or _TAKES_IT_ON.search(u.text)):
            found, offloaded, agreed = (u.speaker, o.group("what"), u.text[: o.start("what")]), reply.speaker, True
        elif (o := _OFFERS.search(u.text)) is not None and not refused and reply is not None and \
                _GLAD.match(reply.text) and _OFF_THEIR_PLATE.search(next(
                    (seg.text for seg in ctx.transcript.segments if seg.id == reply.segment_id), "")):
            # "Why don't I just send them? I can do it Friday." - "Would you? That's one thing off her plate.": the
            # work of someone just talked of, welcomed by whoever speaks for them (its words must say whose)
            found, agreed = (u.speaker, o.group("what"), u.text[: o.start("what")]), True
            before = _turns_before(utts, k)
            talk = " ".join(v.text for v in utts[:k] if v.turn in before or v.turn == u.turn)
        m = _TAKES.search(u.text) or _MOVES_TO.search(u.text)
        y = _YOURS_NOW.search(u.text)
        t = _I_TAKE.search(u.text)
        h = _HANDED_TO.search(u.text)
        if found is not None:
            pass
        elif h is not None and h.group("to").lower() not in _NOT_A_TAKER and (
                h.group("verb").lower() in ("delegated", "reassigned") or _ON_THEIR_SIDE.match(h.group("after"))
                or any(v.turn == u.turn and _THEY_TAKE.match(v.text) for v in utts[k + 1 : k + 3])):
            found = (h.group("to"), h.group("what"), u.text[: h.start("what")])
            passed = h.group("to")
        elif m is not None and m.group("to").lower() not in _NOT_A_TAKER and \
                not re.search(r"\b(?:saw|seen|see|watched|heard)\s+(?:it|that|them|those|the\s+[\w-]+)$",
                              u.text[: m.end("what")], re.IGNORECASE):
            # (not "I saw it go over to Corvane": it was sent there, nobody took it on)
            found = (m.group("to"), m.group("what"), u.text[: m.start("what")] + " " + u.text[m.end("what") : m.end()])
        elif y is not None and u.prompt_segment is not None:
            found = (u.prompt_segment.speaker, y.group("what"), u.text[: y.end()])
        elif t is not None and u.opens_turn and u.prompt and _ASKED_TO_TAKE.search(u.prompt) and \
                _names(u.prompt, _name_forms(u.speaker, people)):
            found = (u.speaker, t.group("what"), u.text[: t.start("what")])
        elif t is not None and u.opens_turn and u.prompt and u.prompt_segment is not None and \
                u.prompt_segment.speaker != u.speaker and _OFFLOADS.search(u.prompt):
            found, offloaded = (u.speaker, t.group("what"), u.text[: t.start("what")]), u.prompt_segment.speaker
        elif t is not None and (whose := re.match(r"\s*((?-i:[A-Z][a-z]+))'s\s", t.group("what"))) is not None and \
                any(isinstance(o, ActionItem) and o.owner and not names_match(o.owner, u.speaker, people)
                    and _names(whose.group(1), _name_forms(o.owner, people)) for o in items):
            # "I'll take Dennis's training rota. I'll have it out by Wednesday.": someone's work, named as theirs
            found = (u.speaker, t.group("what"), u.text[: t.start("what")])
        elif (g := _GIVE_IT_ME.match(u.text)) is not None:
            # "Give it to me, Sarah. They're my staff anyway. I'll write it tonight and send it by Friday."
            found, offloaded = (u.speaker, g.group("what"), u.text[: g.start("what")]), g.group("who")
        elif (r := _ASKED_ME_TO_TAKE.search(u.text)) is not None:
            # "Gemma's covering Millbrook ... She's asked me to take the training rota off her, so that's mine now."
            what_at = "what" if r.group("what") else "it"
            found = (u.speaker, r.group(what_at), u.text[: r.start(what_at)])
        elif (f := t or _I_FINISH.search(u.text)) is not None and \
                _LEFT_BEHIND.search(f"{(u.prompt or '') if u.opens_turn else ''} {u.earlier}"):
            # "he's off now, three weeks ... we need to hand his bits over. The reconciliation?" - "He'd done about
            # fourteen hundred lines, he's left me his spreadsheet. I'll finish it.", "She left me her notes. I'll
            # pick up the reconciliation plan": the owner gone, what they left taken on
            found, gone = (u.speaker, f.group("what"), u.text[: f.start("what")]), True
        if found is None or _NOT_HANDED.search(found[2]):
            continue
        to, what, _ = found
        to = next((p.name for p in people if p.kind == "person" and names_match(p.name, to, people)), to)
        words = content_stems(what) - name_words - _HANDOVER_WORDS
        if not words or PRONOUN.search(what) or PRONOUN.search(found[2][-12:]):  # "pick that up"
            words |= content_stems(f"{u.earlier} {u.prompt if u.opens_turn else ''} {talk}") - name_words - \
                _HANDOVER_WORDS
            if offloaded:  # "Which brings me to the scripts." - "Go on." - "I'm not going to get them done."
                turns = _turns_before(utts, k)
                # (and what they were asked about: "Cormac, the code list?" - "It's nearly there ..." - "Cormac,
                # let me take it.")
                words |= content_stems(" ".join(v.text for v in utts[:k] if v.turn in turns and (
                    v.speaker == offloaded or _names(v.text, _name_forms(offloaded, people))))) \
                    - name_words - _HANDOVER_WORDS
        scored: list[tuple[bool, int, FactBase]] = []
        for item in items:
            if not isinstance(item, ActionItem) or not item.owner or names_match(item.owner, to, people):
                continue
            shared = _topic(item) & words
            if not shared or (passed and re.search(rf"\b{re.escape(passed)}\b", item.text, re.IGNORECASE)) or \
                    (offloaded and not names_match(item.owner, offloaded, people)) or \
                    (absent_only and any(names_match(v, item.owner, people) for v in speakers)):
                continue
            forms = _name_forms(item.owner, people)
            involved = names_match(u.speaker, item.owner, people) or _names(f"{u.earlier} {u.text}", forms) or \
                (u.opens_turn and (_names(u.prompt, forms) or (u.prompt_segment is not None and
                                                               names_match(u.prompt_segment.speaker, item.owner, people)))) \
                or (gone and not any(names_match(v, item.owner, people) for v in speakers)) \
                or (bool(talk) and _names(talk, forms) and not any(names_match(v, item.owner, people) for v in speakers))
            if involved or len(shared) >= 2:
                scored.append((involved, len(shared), item))
        scored.sort(key=lambda t: (not t[0], -t[1]))
        if len(scored) > 1 and scored[0][:2] == scored[1][:2]:
            # a tie goes to the item the question that opened the turn asked its owner about: "Aled, the limits. Friday?" -
            # "... the award limits are really a procurement thing, not finance. Shiv, ... Would you take them over?"
            # ... or to the speaker's own: "So Leon's going to pick up the serial list while I'm off." (Hamid's)
            opened = next((v.prompt for v in utts if v.turn == u.turn), None) or ""
            asked = [t for t in scored if t[:2] == scored[0][:2] and _topic(t[2]) & content_stems(opened)
                     and _names(opened, _name_forms(t[2].owner or "", people))]
            own = [t for t in scored if t[:2] == scored[0][:2] and names_match(t[2].owner, u.speaker, people)
                   and _own_words(t[2]) & content_stems(what)]
            scored = asked if len(asked) == 1 else own if len(own) == 1 else scored
        if not scored or (len(scored) > 1 and scored[0][:2] == scored[1][:2]):
            continue
        item, due = scored[0][2], _later_date(u.text, ctx.meeting.date)
        if item.id in taken:
            # said again with the date it now has: "Shona's going to pick that up" - "So the item master's yours
            # now, Friday the 23rd."
            k = next(k for k, fu in enumerate(out) if fu.item_id == item.id)
            if out[k].due is None and due is not None and names_match(out[k].owner, to, people):
                out[k] = out[k].model_copy(update={"due": due, "evidence": [*out[k].evidence,
                                                                             u.evidence(ctx.meeting.meeting_id)]})
            continue
        taken.add(item.id)
        evidence = [u.evidence(ctx.meeting.meeting_id)]
        if agreed and reply is not None:
            evidence.append(reply.evidence(ctx.meeting.meeting_id))  # the yes that made it a handover
        if (agreed or names_match(u.speaker, to, people) or (reply is not None and names_match(reply.speaker, to, people))) \
                and due is None:
            # "Cormac, let me take it." - "Would you?" - "I'll have it done by Friday. The twentieth.": the date the
            # new owner gives in their next turns (for it, or for the work by name) is the item's from now on; so
            # is one the taker gives after taking it ("Yes, I'll take it. I'll aim for the 27th still."), or after being
            # named to take it ("So Leon's going to pick up the serial list." - "Yep. I'll ... get it to Kirsty by Friday.")
            after = [v for v in utts[k + 1 :] if v.turn != u.turn or names_match(u.speaker, to, people)]
            near = [*sorted({v.turn for v in after if v.turn != u.turn})[:3], u.turn]
            for v in after:
                if v.turn in near and v is not reply and names_match(v.speaker, to, people) and \
                        (PRONOUN.search(v.text) or _topic(item) & content_stems(v.text)
                         or (v.turn == u.turn and not content_stems(v.text) - _TIME_WORDS - _SLIP_WORDS - _FILLER
                             - _AIMING)) and \
                        (due := _later_date(v.text, ctx.meeting.date)) is not None:
                    evidence.append(v.evidence(ctx.meeting.meeting_id))
                    break
            if agreed and due is None and reply is not None:
                # ... or a date said alone after the yes: "I... yes, fine. They're mostly in the procurement strategy
                # anyway. Friday.", "Go on. Friday. I'll get Dave and the Brookes lads to check theirs with me."
                said = next((seg.text for seg in ctx.transcript.segments if seg.id == reply.segment_id), "")
                yes_at = said.find(reply.text)
                alone = [said[a:b] for a, b in rules.sentences(said) if yes_at >= 0 and a > yes_at
                         and _bare(said[a:b]) and _later_date(said[a:b], ctx.meeting.date) is not None][:1]
                if alone:
                    due = _later_date(alone[0], ctx.meeting.date)
                    evidence.append(Evidence(meeting_id=ctx.meeting.meeting_id, segment_id=reply.segment_id,
                                             speaker=reply.speaker, start=reply.start, end=reply.end,
                                             quote=alone[0].strip()))
        out.append(FollowUp(item_id=item.id, event="handover", owner=to, due=due, evidence=evidence,
                            score=float(scored[0][1]), reason=f"handed over to {to}"))
    return out


_AIMING = content_stems("aim aiming target targeting still realistically hopefully looking")  # words about a date
_HANDOVER_WORDS = content_stems("pick take taking over own owning look after move moves goes pass passes yours now "
                                "still same date")


_SUGGESTED = re.compile(r"\b(?:my suggestion|i'd suggest|i suggest|i'd propose|i propose|what if we|how about|why don't we|"
                        r"we could just)\b", re.IGNORECASE)


_OUT_OF_PHASE = re.compile(rf"\bout\s+of\s+(?:{rules.PHASES}|(?:the\s+)?scope)\b"
                           r"(?:\s+for\s+(?:phase\s+(?:one|1)|go-live|the\s+pilot))?", re.IGNORECASE)


def _dropped(
    items: Sequence[FactBase],
    drop_at: Sequence[int],
    utts: Sequence[Utterance],
    keep: Sequence[int],
    sims: np.ndarray,
    name_words: set[str],
    meeting_id: str,
    people: Sequence[Person] = (),
) -> list[FollowUp]:
    """Open action items a sentence lets go (parked, not needed, out of scope): the one item whose work the
    sentence names, or, when it points back ("Let's park that"), the turn before it or the prompt it answers
    names. Whoever says it (the PM or the one the work was for may drop an owner's item). One item per
    sentence; a tie names nothing. A dropped item is not done and never overdue."""
    col = {i: c for c, i in enumerate(keep)}
    out: list[FollowUp] = []
    taken: set[str] = set()
    here = {v.speaker for v in utts}  # who is at the call (an owner there speaks for their own work)
    for i in drop_at:
        u = utts[i]
        if u.opens_turn and _SUGGESTED.search(u.prompt or "") and re.search(r"\bnot happening\b", u.text, re.I):
            continue  # "My suggestion ... is the tablets just join the depot Wi-Fi." - "I'm pulling a face because
            # it's not happening.": the suggestion turned down, no work let go
        # (what it is out of is no word of the work: "Okay, the app's out of the pilot, revisit in January.")
        said = content_stems(_OUT_OF_PHASE.sub(" ", _PARKED_UNTIL.sub(r"\g<what>", u.text))) - name_words
        if PRONOUN.search(u.text):
            said |= content_stems(u.earlier) | (content_stems(u.prompt or "") if u.opens_turn else set())
            said -= name_words
        # a name the discussion before it mentions is not the work parked ("Not without Colin." - "Let's park that
        # for the reset." is not about "I'll write to Colin with the proposal"); the drop's own words may name it
        # ("park the par levels for Seven")
        said -= _capitalised(" ".join([u.earlier, u.prompt or ""])) - content_stems(u.text)
        scored = _drop_candidates(items, taken, said - _DROP_WORDS, sims, col[i])
        # "So Tendai, park the par levels for Seven": the one called on lets go of their own item
        called = [t for t in scored if isinstance(t[2], ActionItem) and t[2].owner and _calls_on(u.text, t[2].owner)]
        scored = called or scored
        if not scored and PRONOUN.search(u.text) and u.opens_turn and \
                not content_stems(u.earlier) - name_words - _DROP_WORDS - _VAGUE:
            # "Owen, the voice picking demo kit. Has that gone up?" - "Not yet, it's --" - "Do we actually need
            # that?" - "Honestly, not now." - "Yeah. Let's drop it.": "it" is what the discussion it closes is about
            # (only turns that asked about it: an offer talked over just before, "I can run a session on the
            # exception dashboard" - "Maybe closer to UAT." - "Let's park that.", is not an item to drop)
            turns = _turns_before(utts, i)
            asked = {v.turn for v in utts[:i] if v.turn in turns and v.text.rstrip().endswith("?")}
            # ... and the turn just before those that brought up an absent owner's work by their name ("Now.
            # Kirsty's not here but she had an action to scope the historic absence migration." - "The pre-2020
            # stuff." - "Do we need it?" - ... - "Then let's park that, we don't need it for phase one.")
            every = sorted({v.turn for v in utts[:i]})
            at = every.index(min(turns)) if turns else 0
            opened = {v.turn for v in utts[:i] if v.turn in every[max(0, at - 2) : at] and any(
                isinstance(f, ActionItem) and f.owner and not any(names_match(f.owner, h, people) for h in here)
                and _names(v.text, _name_forms(f.owner, people)) for f in items)} if asked else set()
            said |= content_stems(" ".join(v.text for v in utts[:i] if v.turn in asked | opened)) - name_words
            scored = _drop_candidates(items, taken, said - _DROP_WORDS, sims, col[i])
        # "I'll take Colm's letter off the list", "I think the statement replaces Colm's letter. Let's let that one
        # go": the work named by its owner's name is that owner's, their one open item if the words name none
        # ... or the question it answers names ("Okay, so we take that off Cormac's list?" - "Yes, drop it.")
        whose = _whose(f"{u.earlier} {u.text}" if PRONOUN.search(u.text) else u.text)
        in_question = _whose(u.prompt) - whose if PRONOUN.search(u.text) and u.opens_turn and u.prompt else set()
        whose |= in_question
        named = [f for f in items if isinstance(f, ActionItem) and f.owner and
                 any(names_match(f.owner, w) for w in whose)]
        theirs = [f for f in named if f.id not in taken]
        ids = {f.id for f in named}
        if not theirs and named and (k := next((k for k, fu in enumerate(out) if fu.item_id in ids), None)) is not None:
            # the same drop said again ("Let's let that one go." - "Okay, I'll take Colm's letter off the
            # list."): its words are evidence of it, not of another item
            out[k] = out[k].model_copy(update={"evidence": [*out[k].evidence, u.evidence(meeting_id)]})
            continue
        if theirs:
            # (the owner named counts as a word of it: "Cormac's hazard log" - ... - "Yes, drop it.")
            # (but named only in the question, their item must share a word with it: "Declan's toolbox talk on
            # Friday." - "Not happening ... he's cancelled it." is not his one other item, the note to the drivers)
            scored = [(n + 1, cos, f) for n, cos, f in scored if f in theirs] or \
                ([(2, float(sims[items.index(theirs[0]), col[i]]), theirs[0])]
                 if len(theirs) == 1 and not any(names_match(theirs[0].owner, w) for w in in_question) else [])
        if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0] and scored[0][1] - scored[1][1] < MARGIN):
            continue
        n, cos, item = scored[0]
        # (the letters of the work, said by the only item they name: "let's go with the nightly file and forget
        # SCIM" for "I'll have the user provisioning connector done")
        lettered = len(scored) == 1 and bool(content_stems(" ".join(re.findall(r"\b[A-Z]{2,6}\b", u.text)))
                                             & content_stems(item.text))
        if n < 2 and cos < MIN_COSINE_NAMED and not (len(called) == 1 and scored[0] is called[0]) and not lettered:
            continue  # (the one called on lets go of their one item in those words: "No photos in phase one.
            # Marcus, park it." for "I'll get the contamination photo step into the pilot build")
        taken.add(item.id)
        out.append(FollowUp(item_id=item.id, event="dropped", due=None, evidence=[u.evidence(meeting_id)],
                            score=round(cos + 0.1 * n, 4), reason="let go"))
    return out


def _drop_candidates(items: Sequence[FactBase], taken: set[str], said: set[str], sims: np.ndarray,
                     c: int) -> list[tuple[int, float, FactBase]]:
    """Open action items sharing words with what a drop is about, most shared and most similar first."""
    scored: list[tuple[int, float, FactBase]] = []
    for r, item in enumerate(items):
        if not isinstance(item, ActionItem) or item.id in taken:
            continue
        # (why the work was wanted counts here: "so they can see their shifts on their phones" is what "some of my
        # members didn't want it on their phones anyway" lets go of)
        shared = (_topic(item) | content_stems(item.text, exclude=_parties(item))) & said
        if shared:
            scored.append((len(shared), float(sims[r, c]), item))
    scored.sort(key=lambda t: (-t[0], -t[1]))
    return scored


_WHOSE = re.compile(r"(?<![\w-])((?-i:[A-Z][a-z]+))'s\s+(?!(?:been|got|going|gone|not|done|just|still|off|on|in|a|an|the|"
                    r"also|now|here|there)\b)[a-z][\w-]*", re.IGNORECASE)


def _whose(text: str) -> set[str]:
    """The names whose work a sentence names in the possessive ("Colm's letter"; not "Colm's not on today")."""
    return {m.group(1) for m in _WHOSE.finditer(text) if m.group(1).lower() not in _NOT_A_TAKER}


def _capitalised(text: str) -> set[str]:
    """Stems of the capitalised words inside sentences (names and places; not a sentence's first word)."""
    return {st for m in re.finditer(r"(?<=[\w,;:] )(?-i:[A-Z][a-z]+)\b", text) for st in content_stems(m.group())}


# Where or till when parked work goes is not what is parked: "let's park that for the reset", "shelve it until the
# steering group".
_PARKED_UNTIL = re.compile(r"(?P<what>\b(?:park|shelve|hold|save|leave)\s+(?:that|it|this|those|them|these)(?:\s+one)?)"
                           r"\s+(?:for|until|till|to|at)\b[^,;.!?]*", re.IGNORECASE)

_DROP_REACH = 4  # turns back a drop said of "it" looks for what it lets go


def _turns_before(utts: Sequence[Utterance], k: int) -> list[int]:
    """The last _DROP_REACH turns before utterance ``k``'s own (what a drop or a handover of "it" may be about)."""
    return sorted({v.turn for v in utts[:k] if v.turn != utts[k].turn})[-_DROP_REACH:]
_VAGUE = content_stems("yeah yes okay right well fine honestly look sorry then")

_DROP_WORDS = content_stems("park parked shelve scrap drop descope need needed longer chase bother scope phase "
                            "table formally officially forget ditch cancel cancelled stand down happening "
                            "take off list tracker log backlog register let go stay stays switched turned leave")


# A sentence saying the work still waits: "we switch to actual minutes after the consultation", "once it's signed"
_WAIT_GOES_ON = re.compile(r"\b(?:until|till|once|pending)\b|\bafter (?:the|we|they|it|that)\b|\bwaits? (?:for|on|until)\b",
                           re.IGNORECASE)
# "until the ports are open": the awaited thing and the state it must reach
_UNTIL_STATE = re.compile(r"\b(?:until|till|once)\s+(?P<what>[^,;.!?]+?)\s+(?:is|are|'s|'re|gets?|have been|has been|"
                          r"been)\s+(?:\w+\s+)?(?P<state>open(?:ed)?|live|up|in place|installed|configured|approved|"
                          r"signed(?: off)?|delivered|in(?: test| UAT| production)?)\b", re.IGNORECASE)
_NOT_REACHED = re.compile(r"\b(?:not|never|still|yet|if|once|until|unless|when|will|going to|should|hopefully|might|"
                          r"may|could|would)\b|n't\b|'ll\b|\?\s*$", re.IGNORECASE)


_STATE_NOW = re.compile(r"\b(?:is|are|'s|'re)\s+(?:(?:now|all|finally)\s+)?(?:live|up|in|open|in place|installed|done|"
                        r"ready|there|working|sorted|signed(?: off)?|approved)\b", re.IGNORECASE)


def _stem_of(word: str) -> str:
    """The content stem of one word ("" for a stop word)."""
    return next(iter(content_stems(word)), "")


def _said(text: str, thing: str) -> set[str]:
    """The stems a sentence says, with an acronym of the thing's words ("APs" for "access points") as those words."""
    said = content_stems(text)
    words = re.findall(r"[A-Za-z][\w-]*", thing)
    initials = "".join(w[0].lower() for w in words)
    for acro in re.findall(r"\b([A-Z]{2,5})s?\b", text):
        at = initials.find(acro.lower())
        if at >= 0:
            said |= content_stems(" ".join(words[at : at + len(acro)]))
    return said


def _state_reached(found: list[FollowUp], items: Sequence[FactBase], utts: Sequence[Utterance],
                   meeting_id: str) -> list[FollowUp]:
    """A blocker waiting for a thing to reach a state ("we can't test on the devices until the ports are open") is
    lifted by a plain statement that the thing is in that state ("The ports are open now."): every word of the thing
    and the state said, with no negation, condition, question or future."""
    taken = {fu.item_id for fu in found}
    out: list[FollowUp] = []
    for b in items:
        if not isinstance(b, Blocker) or b.id in taken:
            continue
        m = _UNTIL_STATE.search(b.text)
        if m is None:
            continue
        need = (content_stems(m.group("what"), exclude=[b.waiting_on or ""]) - BLOCKING_STEMS) | \
            content_stems(m.group("state"))
        if len(need) < 2:
            continue
        thing = [w for w in (_stem_of(x) for x in re.findall(r"[A-Za-z][\w-]*", m.group("what"))) if w in need]
        u = next((u for u in utts if not _NOT_REACHED.search(u.text) and (
            need <= content_stems(u.text)
            # "until the extra access points are in" - "All four freezer APs are up.": the thing by its head (an
            # acronym counts as its words) and any reached state
            or (len(thing) >= 2 and _STATE_NOW.search(u.text) and thing[-1] in _said(u.text, m.group("what"))
                and len(set(thing) & _said(u.text, m.group("what"))) >= 2))), None)
        if u is not None:
            taken.add(b.id)
            out.append(FollowUp(item_id=b.id, event="done", due=None, evidence=[u.evidence(meeting_id)], score=0.5,
                                reason=f"the awaited state is reached: {u.text}"))
    return out


def _lifted_with(found: list[FollowUp], items: Sequence[FactBase]) -> list[FollowUp]:
    """Blockers waiting for exactly the work a follow-up reports done are lifted by the same sentence: "I'm stuck
    on the meter mapping until I've got that register export" by "Landed Thursday." closing "send the
    customer-meter register export"."""
    by_id = {f.id: f for f in items}
    taken = {fu.item_id for fu in found}
    # what each blocker waits for, read once (it does not depend on the follow-up)
    awaits = [(b, _awaited(b)) for b in items if isinstance(b, Blocker)]
    out: list[FollowUp] = []
    for fu in found:
        item = by_id.get(fu.item_id)
        if fu.event != "done" or not isinstance(item, ActionItem):
            continue
        work = _topic(item)
        # "dead in the water on the SAP side until I've got a logon" (waiting on Yiannis) by Yiannis's "a logon to
        # your sandbox" done: one awaited word is enough when the work is the party's, and theirs alone to lift
        theirs = [b for b, awaited in awaits if b.id not in taken and b.waiting_on and item.owner
                  and names_match(b.waiting_on, item.owner) and awaited and awaited <= work]
        for b, awaited in awaits:
            if b.id not in taken and (
                    (len(awaited) >= 2 and awaited <= work) or (len(theirs) == 1 and b is theirs[0])):
                taken.add(b.id)
                out.append(FollowUp(item_id=b.id, event="done", due=None, evidence=list(fu.evidence),
                                    score=fu.score, reason=f"{WAITED_FOR} ({item.id})"))
    return out


def _last_date_said(cands: list[_Candidate], utts: Sequence[Utterance]) -> list[_Candidate]:
    """Of the new dates one speaker gives an item in one exchange (a few turns), the last is the one it settles on:
    "It didn't go Friday. [...]" - "So when?" - "Realistically the eleventh. Next Wednesday." moves it to the
    eleventh, not to Friday."""
    order = {(u.segment_id, u.text): k for k, u in enumerate(utts)}

    def at(c: _Candidate) -> int:
        return order[(c.utterance.segment_id, c.utterance.text)]

    slips = sorted((c for c in cands if c.event == "slipped"), key=at)
    later = {id(c) for c in slips for d in slips if d is not c and d.item.id == c.item.id and at(d) > at(c)
             and d.utterance.speaker == c.utterance.speaker and 0 <= d.utterance.segment_id - c.utterance.segment_id
             <= _EXCHANGE}
    return [c for c in cands if id(c) not in later]


_EXCHANGE = 4  # segments: a reply, the question it raises and the answer to that


def _elaborations(cands: list[_Candidate], utts: Sequence[Utterance]) -> list[_Candidate]:
    """A sentence that goes on about the item an earlier sentence of the turn reported done is about that item:
    "SSO against the test tenant is working as of this morning. I logged in as a test student and a test
    instructor." does not also close the gradebook export "in test" for the students' grades."""
    order = {(u.segment_id, u.text): k for k, u in enumerate(utts)}

    def key(c: _Candidate) -> tuple[int, str]:
        return c.utterance.segment_id, c.utterance.text

    best: dict[tuple[int, str], _Candidate] = {}  # the item each sentence best reports done
    here: dict[tuple[int, str], set[str]] = {}  # the items each sentence is a candidate for
    for c in cands:
        here.setdefault(key(c), set()).add(c.item.id)
        if c.event == "done" and (key(c) not in best or c.score > best[key(c)].score):
            best[key(c)] = c
    keep: dict[tuple[int, str], set[str]] = {}
    for k, ids in here.items():
        earlier = {b.item.id for k2, b in best.items() if k2[0] == k[0] and order[k2] < order[k]}
        if ids & earlier:
            keep[k] = ids & earlier
    return [c for c in cands if key(c) not in keep or c.item.id in keep[key(c)]]


# The reply says the work slipped, whether or not it gives a date ("So that's slipped.", "I need another week").
_SLIP_NEWS = re.compile(r"\b(?:slipped|slipping|slips|pushed (?:back|out|to)|delayed|postponed|behind schedule|"
                        r"another (?:week|day|few days|couple of (?:days|weeks))|more time|not (?:done|finished|ready) "
                        r"yet)\b", re.IGNORECASE)


def _slip_over_done(cands: list[_Candidate], utts: Sequence[Utterance], items: Sequence[FactBase]) -> list[_Candidate]:
    """Drop an item's done report from a turn that also says the item slipped: "So that's slipped. The mapping
    checks found a lot of bad addresses. I need another week on the trial load" is not the trial load done. Nor is
    it done by what someone else says in a meeting where its owner gives it a new date ("Realistically Wednesday."
    - "I can't build the GL mapping until I've got the cost-centre extract from Gareth, so that's just sat there.")."""
    # A bare date right after the turn reported the item done says when it was done: "The ports are open now.
    # Friday afternoon."
    order = {(u.segment_id, u.text): k for k, u in enumerate(utts)}
    done_at = {(c.item.id, c.utterance.turn): order[(c.utterance.segment_id, c.utterance.text)]
               for c in cands if c.event == "done"}
    when_done = {id(c) for c in cands if c.event == "slipped" and _bare(c.utterance.text)
                 and done_at.get((c.item.id, c.utterance.turn), 1 << 30) < order[(c.utterance.segment_id, c.utterance.text)]}
    cands = [c for c in cands if id(c) not in when_done]
    slipped = {(c.item.id, c.utterance.turn) for c in cands if c.event == "slipped"}
    owner_slipped = {c.item.id for c in cands if c.event == "slipped" and c.who == "speaker"}
    news: dict[int, list[Utterance]] = {}
    for u in utts:
        if _SLIP_NEWS.search(u.text) and not u.text.rstrip().endswith("?"):
            news.setdefault(u.turn, []).append(u)
    topics = {f.id: _topic(f) for f in items}

    def says_slipped(c: _Candidate) -> bool:
        if (c.item.id, c.utterance.turn) in slipped or (c.who != "speaker" and c.item.id in owner_slipped):
            return True
        return any(v.speaker == c.utterance.speaker and topics[c.item.id] & (
            content_stems(v.text) | (content_stems(v.prompt or "") if v.opens_turn else set()))
            for v in news.get(c.utterance.turn, []))

    return [c for c in cands if c.event != "done" or isinstance(c.item, Blocker) or not says_slipped(c)]


def _step_then_date(cands: list[_Candidate], utts: Sequence[Utterance], dates: Sequence[date | None],
                    due: dict[str, date | None], today: date) -> list[_Candidate]:
    """A done report its speaker follows, in the turn or their next one of the exchange, with a later date for the
    work and nothing else is a step, and the date is the news: "The endpoint itself is built. But the change board
    bounced my request." - "So that's going to be the week after now. Friday the 6th." slips the endpoint; "It's
    written. It's with legal. So realistically, the 6th." slips the schedule; "So aisles one to twelve are done.
    [...] so that's more like this Friday." slips the labels. The owner's item slips to that date."""
    order = {(u.segment_id, u.text): k for k, u in enumerate(utts)}
    out: list[_Candidate] = []
    for c in cands:
        if c.event != "done" or not isinstance(c.item, ActionItem) or (c.who != "speaker" and c.item.owner):
            out.append(c)  # someone else's report: what they go on to date is their own work ("I've started it")
            continue
        k, topic, old = order[(c.utterance.segment_id, c.utterance.text)], _topic(c.item), due.get(c.item.id)
        later: tuple[int, date] | None = None
        for j in range(k + 1, len(utts)):
            v, when = utts[j], dates[j]
            if v.segment_id - c.utterance.segment_id > _EXCHANGE:
                break
            # the speaker's own next words, with a slip's mark ("realistically", "more like", "going to be ...
            # now"): a bare date right after a done report says when it was done ("The ports are open. Friday.")
            if v.speaker != c.utterance.speaker or when is None or when <= today or (old is not None and when <= old) \
                    or v.text.rstrip().endswith("?") or not _SLIP_MARK.search(v.text) or \
                    _other_words(v.text, topic):
                continue
            if v.turn != c.utterance.turn and v.prompt != c.utterance.prompt and c.utterance.text not in (v.prompt or "") \
                    and (not v.prompt or v.prompt.rstrip().endswith("?") or _calls_on(v.prompt, v.speaker)
                         or _names(v.prompt, v.speaker.split()[:1])):
                continue  # "Thanks. Now, Omar, the weekend cover." - "... by Friday": the next item asked about
            later = (j, when)
        if later is None:
            out.append(c)
        elif c.who == "speaker":
            j, when = later
            out.append(_Candidate(c.item, utts[j], "slipped", when, c.score, f"done a step, then due {when.isoformat()}",
                                  who=c.who, own=c.own))
    return out


def follow_up_for(ctx: MeetingContext, embedder: Embedder, learned: bool = True,
                  exchanges: bool = True, hint_at: float = 1.0) -> FollowUpFinder:
    """The finder tracking calls for this meeting (see tracking.merge_meeting_facts), with ``embedder`` for the
    similarity of items and sentences; ``exchanges`` adds the items a status question and its reply report done
    (ingest.extraction.exchanges) and ``learned`` the learned linker's events (ingest.extraction.linker), both for
    the items the rules leave alone, with a possibly-done hint from ``hint_at`` up. Its ``dropped`` counts the
    events dropped for an unverifiable quote."""
    return _Finder(ctx, embedder, learned, exchanges, hint_at)


class _Finder:
    def __init__(self, ctx: MeetingContext, embedder: Embedder, learned: bool, exchanges: bool,
                 hint_at: float = 1.0) -> None:
        self.ctx, self.embedder, self.learned, self.exchanges = ctx, embedder, learned, exchanges
        self.hint_at = hint_at
        self.cache: dict[str, np.ndarray] = {}  # the linker reads many of the sentences the rules embedded
        self.dropped = 0

    def similarity(self, a: Sequence[str], b: Sequence[str]) -> np.ndarray:
        cache = self.cache
        new = list(dict.fromkeys(t for t in [*a, *b] if t not in cache))
        if new:
            cache.update(zip(new, np.asarray(self.embedder.embed(new), dtype=np.float32), strict=True))
        return np.array([cache[t] for t in a]).reshape(len(a), -1) @ np.array([cache[t] for t in b]).reshape(len(b), -1).T

    def __call__(self, items: list[FactBase], due: dict[str, date | None]) -> list[FollowUp]:
        found = find_followups(items, due, self.ctx, self.similarity)
        found += brought_along(items, self.ctx, {fu.item_id for fu in found})
        found += message_got(items, self.ctx, {fu.item_id for fu in found})
        if self.exchanges:
            from ingest.extraction.exchanges import answered

            # replies to a status question that name neither the work nor its owner ("Libby, accounts?" - "Did
            # them Tuesday.", "Raj, the survey?" - "Realistically the 20th.")
            # (a sentence that closed another action item serves that one; lifting a blocker it may share)
            actions = {f.id for f in items if isinstance(f, ActionItem)}
            slipped_only = {fu.item_id for fu in found if fu.event == "slipped"} - \
                {fu.item_id for fu in found if fu.event != "slipped"}
            replies = answered(items, self.ctx, due, {fu.item_id for fu in found} - slipped_only,
                               [e for fu in found if fu.item_id in actions for e in fu.evidence[:1]])
            # The owner called on and the reply saying it is done outweigh a later date the rules read into another
            # reply: "Kit, the ADT samples." - "Kit's sample messages came through on Friday afternoon." is the
            # samples done, not slipped by "My team will have the ADT route built in test by the sixth."
            closed = {fu.item_id: fu.evidence[0].segment_id for fu in replies if fu.event == "done"}
            found = [fu for fu in found if fu.item_id not in closed or fu.evidence[0].segment_id == closed[fu.item_id]]
            found += [fu for fu in replies if fu.item_id not in slipped_only or fu.event == "done"]
        if self.learned:
            from ingest.extraction.linker import link

            found = link(items, due, self.ctx, self.similarity, found, hint_at=self.hint_at)
        kept = verify_follow_ups(found, self.ctx)
        self.dropped += len(found) - len(kept)
        return kept


# "I'll ask Alun to come along next time.", "I'll get Ngozi along to next week's call", "bring Kev to the meeting"
_BRING_ALONG = re.compile(
    r"\b(?:bring|ask|invite|get|drag|have)\s+(?P<who>(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?)\s+(?:"
    r"(?:to\s+)?(?:come\s+|join\s+(?:us\s+)?|dial\s+in\s+)?along\b|to\s+(?:come|join|attend|dial in)\b|"
    r"(?:on|onto|to|into)\s+(?:(?:the|our|this|next|next week's|tomorrow's)\s+)*(?:call|meeting)\b)"
    # "I'll make sure Hilary's on next week's call"
    r"|\bmake sure\s+(?P<sure>(?-i:[A-Z][a-z]+))(?:'s|\s+is|\s+comes|\s+joins)\s+(?:on|at|along|to)\b",
    re.IGNORECASE)


def brought_along(items: Sequence[FactBase], ctx: MeetingContext, taken: set[str]) -> list[FollowUp]:
    """Open items to get someone to a call, done when that person speaks in this one ("I'll ask Alun to come
    along next time." - next call, Alun: "Aye, that's me. Alun Parry, I'm the branch rep."): their first words
    are the evidence. Only someone who is not the item's owner; a name that fits two speakers closes nothing."""
    segs = ctx.transcript.segments
    speakers = {ctx.display(seg.speaker) for seg in segs}
    out: list[FollowUp] = []
    for item in items:
        if not isinstance(item, ActionItem) or item.id in taken or not (m := _BRING_ALONG.search(item.text)):
            continue
        who = m.group("who") or m.group("sure")
        first = who.split()[0]
        came = [n for n in speakers if same_person(who, n, ctx.people) or n.split()[:1] == [first]]
        if len(came) != 1 or names_match(came[0], item.owner, ctx.people):
            continue
        theirs = [seg for seg in segs if ctx.display(seg.speaker) == came[0]]
        # their first words that say something ("Alun Parry, I'm the branch rep", not "Hello.")
        said = [(seg, a, b) for seg in theirs for a, b in rules.sentences(seg.text) or [(0, len(seg.text))]]
        seg, a, b = next((t for t in said if len(t[0].text[t[1] : t[2]].split()) >= 4), said[0])
        ev = Evidence(meeting_id=ctx.meeting.meeting_id, segment_id=seg.id, speaker=came[0], start=seg.start,
                      end=seg.end, quote=seg.text[a:b].strip())
        out.append(FollowUp(item_id=item.id, event="done", evidence=[ev], score=1.0,
                            reason=f"{came[0]} came to this call"))
    return out


# Work that is a message or a talk to someone named: "I'll email Graham tonight with the two options", "I'll ring
# Carol in finance and ask who's named on the contract", "speak to Marion about the invoice file"
_MESSAGE_TO = re.compile(r"\b(?:e-?mail|ring|phone|call|message|text|write to|speak to|talk to|contact|get hold of|"
                         r"drop (?:a line|a note) to)\s+(?P<who>(?-i:[A-Z][a-z]+))\b(?!['\u2019])", re.IGNORECASE)
# The one written to says it came: "Rachel, I got your email about the handhelds.", "I had Bushra's email, yes",
# "Thanks for your message" (never "I haven't had your email": the words must follow the subject directly)
_MESSAGE_HAD = re.compile(r"\b(?:I|we)(?:'ve|\s+have)?\s+(?:now\s+|finally\s+|just\s+)?(?:got|had|received|seen|read)\s+"
                          r"(?P<whose>your|the|(?-i:[A-Z][a-z]+)'s)\s+(?:e-?mail|message|text|note|voicemail|letter)\b"
                          r"|\bthanks?(?:\s+you)?\s+for\s+(?P<whose2>your|the)\s+(?:e-?mail|message|text|note|call)\b",
                          re.IGNORECASE)
# ... or the owner says they answered: "Carol got back to me on Tuesday", "Rachel came back on Friday", "I've heard
# back from Marion" (not "came back from leave")
_ANSWERED_ME = (r"(?:'s|\s+has)?\s+(?:now\s+|finally\s+|just\s+)?(?:got\s+back\s+to\s+(?:me|us)|replied|wrote\s+back|"
                r"(?:e-?mailed|rang|called|phoned|messaged)\s+(?:me|us)\s+back|came\s+back(?=\s+to\s+(?:me|us)\b|"
                r"\s+on\s+\w+day\b|\s+(?:yesterday|this morning|last week)\b|\s+and\s+said\b|\s*[,.;]))")
_NOT_SO = re.compile(r"\b(?:not|never|yet|still waiting|hasn't|haven't|didn't|won't)\b|n't\b", re.IGNORECASE)
# What the message is to bring about, said after it: "... and get the admin account unlocked", "... and have them
# switch it on" (asking is the message: "... and ask who's named on the contract")
_RESULT_WANTED = re.compile(r"[^.;!?]*?\band\s+(?:get|have|make sure|sort|fix|chase|push)\b", re.IGNORECASE)


def message_got(items: Sequence[FactBase], ctx: MeetingContext, taken: set[str]) -> list[FollowUp]:
    """Open items to email, ring or speak to someone named, done when that person says the message came ("I'll
    email Graham tonight with the two options" - next call, Graham: "Rachel, I got your email about the
    handhelds.") or the owner says they answered ("I'll email Carol in finance tomorrow and ask who's named" -
    Rachel: "Carol got back to me on Tuesday"). The message says nothing of its subject, so no shared word is
    asked for: the named person and the owner tie it. A person written to by two owners' open items is tied by the
    owner named or spoken to; otherwise nothing closes."""
    segs = ctx.transcript.segments
    targets: dict[str, tuple[str, str]] = {}  # item id -> (the one written to, the owner)
    for item in items:
        if not isinstance(item, ActionItem) or item.id in taken or not item.owner:
            continue
        said = " ".join([item.text, *(e.quote for e in item.evidence)])
        m = _MESSAGE_TO.search(said)
        # (not when the message is to get something done: "I'll ring Aerodata and get the admin account unlocked"
        # is not done when Aerodata got back, saying it costs eight hundred pounds)
        if m and m.group("who") not in WEEKDAY_NAMES | MONTH_NAMES and not _RESULT_WANTED.match(said, m.end()) \
                and not same_person(m.group("who"), item.owner, ctx.people):
            targets[item.id] = (m.group("who"), item.owner)
    if not targets:
        return []
    out: list[FollowUp] = []
    done: set[str] = set()
    for k, seg in enumerate(segs):
        speaker = ctx.display(seg.speaker)
        before = ctx.display(segs[k - 1].speaker) if k else ""
        for a, b in rules.sentences(seg.text) or [(0, len(seg.text))]:
            text = seg.text[a:b]
            if rules.is_question(text):
                continue
            fits = []
            got = _MESSAGE_HAD.search(text)
            for iid, (who, owner) in targets.items():
                if iid in done:
                    continue
                if got and same_person(who, speaker, ctx.people) and not _NOT_SO.search(text[: got.start()]):
                    whose = got.group("whose") or got.group("whose2") or ""
                    if whose.endswith(("'s", "\u2019s")) and not same_person(whose[:-2], owner, ctx.people):
                        continue
                    # "your" email: the owner is the one spoken to, by name or as the last speaker, or the only
                    # one who owes this person a message
                    spoken_to = any(same_person(v, owner, ctx.people) for v in _vocatives(seg.text)) or \
                        names_match(before, owner, ctx.people)
                    fits.append((iid, spoken_to))
                elif names_match(speaker, owner, ctx.people):
                    reply = re.search(rf"\b{re.escape(who)}(?:\s+(?-i:[A-Z][a-z]+))?{_ANSWERED_ME}"
                                      rf"|\bheard\s+back\s+from\s+{re.escape(who)}\b", text)
                    if reply and not _NOT_SO.search(text[: reply.end()]):
                        fits.append((iid, True))
            chosen = [iid for iid, sure in fits if sure] or [iid for iid, _ in fits]
            if len(chosen) != 1:
                continue
            done.add(chosen[0])
            ev = Evidence(meeting_id=ctx.meeting.meeting_id, segment_id=seg.id, speaker=speaker, start=seg.start,
                          end=seg.end, quote=text.strip())
            out.append(FollowUp(item_id=chosen[0], event="done", evidence=[ev], score=1.0,
                                reason=f"the message to {targets[chosen[0]][0]} came"))
    return out


def verify_follow_ups(found: list[FollowUp], ctx: MeetingContext) -> list[FollowUp]:
    """The follow-ups whose every quote is in the meeting's transcript, pointed at the real segments: history
    evidence is checked like a fact's (ingest.evidence), so an event never cites words its speaker did not say."""
    from ingest.evidence import verify_evidence

    names = {label: ctx.display(label) for label in ctx.transcript.speakers}
    said = {seg.id: (names[seg.speaker], seg.text) for seg in ctx.transcript.segments}
    out = []
    for fu in found:
        # A sentence of its own segment (every follow-up the rules make) stays as it was said, punctuation too.
        if all(ev.speaker == said.get(ev.segment_id, ("", ""))[0] and ev.quote in said[ev.segment_id][1]
               for ev in fu.evidence):
            out.append(fu)
            continue
        evidence = verify_evidence(fu.evidence, ctx.transcript, speaker_names=names)
        if evidence is not None:
            out.append(fu.model_copy(update={"evidence": evidence}))
    return out


def _item_text(item: FactBase) -> str:
    text = item.text
    if isinstance(item, Blocker) and item.waiting_on:
        text = f"{text} (waiting on {item.waiting_on})"
    if _points_back(item):
        text = f"{item.context} {text}"
    return text


_AWAITS = re.compile(r"\b(?:until|till|waiting (?:on|for)|wait(?:s|ing)? (?:on|for))\s+(?P<what>[^,.;!?]+)", re.IGNORECASE)


def _awaited(item: FactBase) -> set[str]:
    """Stems of what a blocker says it waits for ("until that extract lands" -> extract, land); empty for others."""
    if not isinstance(item, Blocker):
        return set()
    names = [n for n in (item.owner, item.waiting_on) if n]
    return {w for m in _AWAITS.finditer(item.text) for w in content_stems(m.group("what"), exclude=names)} - \
        BLOCKING_STEMS


def _said_about(item: FactBase, context: bool = True) -> set[str]:
    """Stems of the item's text and of every quote it was said in (and of the prompt its pronoun points into,
    unless ``context`` is False), its owner's and party's names left out."""
    names = [n for n in (item.owner, getattr(item, "waiting_on", None)) if n]
    own = _topic(item) if context else content_stems(item.text, exclude=names)
    return (own | {w for e in item.evidence for w in content_stems(e.quote, exclude=names)}) - BLOCKING_STEMS \
        - _FILLER_STEMS


# A chase of someone else, said as all there is to report: "I've emailed him twice.", "I chased Yusuf again on
# Monday.", "We've nudged them." (not "I've emailed the spec to him", which hands work over); or a word with them or
# the people around them and what they said: "I did speak to his PA, she said it's on his desk.", "I spoke to Yiannis
# on Tuesday.", "I've had a word with her office, and nothing back."
_CONTACTED = r"(?:him|her|them|(?-i:[A-Z][a-z]+)(?:\s(?-i:[A-Z][a-z]+))?(?:'s\s+" \
    r"(?:PA|EA|assistant|secretary|office|team|deputy|boss|manager|people))?|(?:his|her|their)\s+(?:PA|EA|assistant|" \
    r"secretary|office|team|deputy|boss|manager|people))"
_CHASED = re.compile(r"^\W*(?:(?:yeah|yes|no|well|so|and|but|um|uh|honestly|look|actually|okay|ok)\W+)*(?:I|we)"
                     r"(?:'ve| have| did)?\s+(?:(?:already|also|just|actually|finally|even)\s+)*"
                     r"(?:chased|nudged|pinged|reminded|emailed|e-mailed|called|rung|rang|phoned|messaged|caught|"
                     r"followed up with|been chasing|been on to|been onto|got hold of|"
                     r"chase|nudge|ping|remind|email|e-mail|call|ring|phone|message|"  # "I did email him"
                     r"(?:spoke|spoken|speak|talked|talk|had a (?:quick\s+)?(?:word|chat)|caught up)\s+(?:to|with))\s+"
                     rf"{_CONTACTED}(?:\s+and\s+{_CONTACTED})?"
                     r"(?:\s+(?:again|twice|three times|a (?:few|couple of) times|several times|every day|last week|"
                     r"yesterday|today|this morning|(?:on|last|this)\s+(?:mon|tues|wednes|thurs|fri)day|"
                     # "I've rung them three times since."
                     r"since(?:\s+then|\s+(?:mon|tues|wednes|thurs|fri)day)?))*"
                     r"(?:\W*$|\s*[,;]\s*(?:and\s+)?(?P<said>(?:he|she|they)\s+(?:said|says|reckons|told me|tells me|"
                     r"thinks|promised|swears))\b|\s*[,;]?\s*(?:and\s+)?(?:nothing|no (?:reply|answer|response)|"
                     r"still nothing|not a word)\b)", re.IGNORECASE)


# What reads as a report and is not one ("|" marks where the report's verb starts): news of a date ("Paycorra went
# quiet and then came back saying the thirteenth."), a state to come ("We move go-live to January, when Prentis are
# in."), and being ready ("All set.", "We're all set for Thursday.")
_NOT_A_REPORT = re.compile(r"\|came back (?:saying|to say|and said|with (?:a|another|a new) date)\b"
                           r"|\b(?:when|once|until|till|unless)\s+(?:[\w'-]+\s+){0,4}\|"
                           r"|^\W*(?:(?:yes|yeah|yep|so)\W+)?(?:(?:we're|it's|that's|they're|we are|it is|they are)\s+)?all "
                           r"\|set\b(?!\s+up)", re.IGNORECASE)


def _report_said(text: str) -> DoneReport | None:
    """done_report, unless the sentence only reads as a report (see _NOT_A_REPORT)."""
    rep = done_report(text)
    return None if rep is not None and _NOT_A_REPORT.search(f"{text[: rep.start]}|{text[rep.start :]}") else rep


# Chasers counted: "I've sent them three emails and rung twice"
# Someone's message, with what it said: "Karen emailed last night, she's said Monday", "Sian's messaged, she's in a
# hearing, she says the meeting's still on for Thursday" (up to the telling: what follows is what was said); not
# "Karen emailed the timetable, saying sorry", which names what went
_WORD_FROM = re.compile(r"^\W*(?:(?:yeah|yes|so|and|but|well|okay|ok|um|uh|oh)\W+)*(?-i:[A-Z][a-z]+)(?:'s|\s+has)?\s+"
                        r"(?:just\s+|finally\s+|already\s+)?(?:e-?mailed|messaged|texted|rung|rang|called|phoned|"
                        r"been in touch|got back to (?:me|us))(?:(?:\s+(?:me|us|him|her|them|back))?(?:\s+(?:last night|"
                        r"this morning|yesterday|today|earlier|again|(?:on |last )?\w+day))?\s*[,;:-]"
                        r"[^.?!]*?\b(?:(?:she|he|they)(?:'s|'ve|\s+has|\s+have)?\s+(?:said|says|saying)|saying)\b"
                        # ... or said alone, what it said told next: "Esther emailed me yesterday. They had a
                        # projection problem, so the tiles are going to be the 30th now."
                        r"|(?:\s+(?:me|us))?(?:\s+(?:last night|this morning|yesterday|today|earlier|again|"
                        r"(?:on |last )?\w+day))?\s*[.!]?\s*$)", re.IGNORECASE)
# "Lukas was in on Tuesday", "Kev was on site Monday": someone's visit made; an item that is a visit ("I can be on
# site Tuesday the tenth", "I'll come in and reset the robot")
_WAS_IN = re.compile(r"\b(?P<who>(?-i:[A-Z][a-z]+))\s+(?P<verb>was|came)\s+(?:in|on site|onsite|over|down|up|here)\b"
                     r"(?=\s+(?:on|last|yesterday|this|first)\b|\s*[,.;!])")
_I_WAS_IN = re.compile(r"\bI\s+was\s+(?:in|on site|onsite|over|down|up|there|out)\s+(?:on\s+|last\s+)?(?P<day>monday|tuesday|"
                       r"wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
_VISIT = re.compile(r"\b(?:on site|onsite|on-site|come (?:in|over|down|up|out)|be (?:in|there|here|over|with you)|visit|"
                    r"pop (?:in|over|down))\b", re.IGNORECASE)
# "Keith from Brookmere is joining", "we've got Craig at Halyard on the line": a person and the party they are from
_REP_FROM = re.compile(r"\b(?P<who>(?-i:[A-Z][a-z]+))\s+(?:from|at|over at)\s+(?P<org>(?-i:[A-Z][\w&-]+))"
                       r"(?=\s+(?:is|has|have|are|'s|joining|on|here)\b|\s*[,.;!?])")


# Someone's word given now: "Craig's now saying Thursday", "she rang Gavin, and they're now saying the 13th"
_CONTACT_SAYS = re.compile(r"\b(?:rang|called|phoned|spoke to|spoken to|heard from|chased)\s+(?P<a>(?-i:[A-Z][a-z]+))\b"
                           r"[^.?!]*?\b(?:they|he|she)(?:'re|'s|\s+are|\s+is)\s+now\s+saying\b"
                           r"|\b(?P<b>(?-i:[A-Z][a-z]+))(?:'s|\s+is)\s+now\s+saying\b", re.IGNORECASE)


def _contact_of(item: FactBase, name: str, people: Sequence[Person]) -> bool:
    """``name`` is the outside party's contact the owner's promise came from: named where it was made (the prompt
    or the evidence), and neither they nor the owner is a person of the engagement ("You got hold of Derek?" - "He
    says Ledgerline will send the import spec by Friday"; "Gavin over there came back this morning, and Prentis have
    said ...")."""
    said = " ".join([item.context or "", *(e.quote for e in item.evidence)])
    # (a word of the owner's own name is the owner: "Valley" of "Aire Valley")
    return bool(item.owner) and name.casefold() not in (item.owner or "").casefold().split() and \
        re.search(rf"\b{re.escape(name)}\b", said) is not None and not any(
        p.kind == "person" and (same_person(name, p.name, people) or same_person(item.owner or "", p.name, people))
        for p in people)


def _came_good(text: str, rep: DoneReport) -> bool:
    """Someone named came through, saying nothing of what: "Craig came through on Thursday", "Ledgerline's lot
    finally came good on Thursday", "RateWave finally woke up on Thursday" (not "Craig came in on Thursday to look at
    the doors"), or finished, naming no other work than a place by its name: "Estates finished Seven on Friday" (not
    "Estates finished the car park", "finished four of the six", "finished Seven but not Fourteen")."""
    verb, obj = text[rep.start : rep.end].lower(), _object(text, rep.end)
    if verb in ("came", "woke"):
        return not content_stems(obj) - _TIME_WORDS - {"through", "good", "up"}
    named = {st for w in re.findall(r"\b[A-Z][a-z]+\b", obj) for st in content_stems(w)}
    return verb in ("finished", "completed") and not content_stems(obj) - _TIME_WORDS - named and \
        not _SOME_OF.search(obj) and not _PART_OF.search(obj) and not re.search(r"\b(?:but|except|apart)\b", obj, re.I)


# Work taken to a body: "I'll take Marek's sheet to the committee", "I'll take them to that."
_TAKE_TO = re.compile(r"\btake\s+(?:it|them|that|those|this|the\b[^.;!?]{1,40}?|(?-i:[A-Z][a-z]+)'s\b[^.;!?]{1,40}?)\s+to\b",
                      re.IGNORECASE)
# The body a thing was taken to decided it: "They've agreed Marek's sheet.", "Committee voted it through on Wednesday"
# (for "I'll take Marek's sheet to the committee on the 4th")
_BODY_DECIDED = re.compile(r"^\W*(?:(?:yes|yeah|so|and|well|good news)[,.]?\s+)*(?:they|(?:the\s+)?(?:committee|board|panel|"
                           r"CAB|trustees|governors|council))(?:'ve|\s+have|\s+has|'s)?\s+(?:finally\s+)?"
                           r"(?P<verb>agreed|approved|passed|ratified|accepted|endorsed|signed off|voted)\s+"
                           r"(?P<what>(?:it|them|that|those|the|his|her|their|our|your|(?-i:[A-Z][a-z]+)'s)\b[^,.;!?]{0,40}?)"
                           r"(?=\s+(?:through|on|last|yesterday|this|at|with)\b|\s*[,.;!?]|$)", re.IGNORECASE)
# Someone's signature on the thing: "Kit's squiggle is on it." (Kit signed it), "I put my squiggle on it." (not "it
# needs my signature on the DPIA", "Kit's signature on the merchant agreement?")
_SIGNED_ON = re.compile(r"(?:\b(?P<who>(?-i:[A-Z][a-z]+))'s\s+(?:squiggle|signature|autograph|moniker)(?P<verb>'s|\s+is|\s+was)"
                        r"|\b(?:I|I've|I have)\s+(?P<verb2>put)\s+my\s+(?:squiggle|signature|autograph|moniker))"
                        r"\s+(?:now\s+)?on\s+(?:it|them|that)\b", re.IGNORECASE)
_SIGNING = re.compile(r"\bsign(?:s|ed|ing)?\b(?!\s*-?\s*up\b)", re.IGNORECASE)  # "I'll sign it Friday" (not "sign up")
# An outside party said to have acted at last, in words naming nothing: "RateWave finally woke up on Thursday."
_WOKE_UP = re.compile(r"\b(?P<who>(?-i:[A-Z][\w&-]+))\s+(?:have\s+|has\s+)?(?:finally\s+)?(?P<verb>woke)\s+up\b",
                      re.IGNORECASE)


# Whose word a sentence is, said within it: "The leave figures went to Owen on Friday, she said.", "And the staff
# letter, she says it'll be with the security team this week."
_SHE_SAID = re.compile(r",\s*(?P<who>she|he)\s+(?:said|says)(?:\s+that)?\b(?=\s*[.!]?\s*$|\s+(?:it|they|she|he)(?:'ll|'s|\s+will|"
                       r"\s+is|\s+are|'re)\b)", re.IGNORECASE)


_HE_SAYS = re.compile(r"^\W*(?:(?:and|but|so)\s+)?(?P<who>she|he)\s+(?:says|reckons)\s+(?!that\b|so\b|it\b)", re.IGNORECASE)


# A sentence that only says whose word follows: "Bryn's emailed.", "Esther emailed me yesterday.", "Okay, Bethan's
# notes."
_RELAYED_FROM = re.compile(r"^\W*(?:(?:yeah|yes|so|and|but|well|okay|ok|right|um|uh|oh)\W+)*(?:(?:(?P<who>(?-i:[A-Z][a-z]+))"
                           # (or from their office: "His PA emailed me yesterday.")
                           r"|(?P<whose>his|her)\s+(?:PA|assistant|office|secretary|EA))"
                           r"(?:'s|\s+has)?\s+(?:just\s+|finally\s+)?(?:e-?mailed|messaged|texted|rung|rang|phoned|"
                           r"been in touch)(?:\s+(?:me|us))?(?:\s+(?:last night|this morning|yesterday|today|earlier|"
                           r"(?:on |last )?\w+day))?|(?P<who2>(?-i:[A-Z][a-z]+))'s\s+(?:notes|update|message|e-?mail))"
                           r"\s*[.!:]?\s*$"
                           # ... or who asked the speaker to pass it on: "She asked me to say she hasn't managed it yet"
                           r"|^\W*(?:(?:yeah|yes|so|and|well|okay|ok|um|oh)\W+)*(?P<who3>(?-i:[A-Z][a-z]+)|she|he)(?:\s+has|'s)?\s+"
                           # (or "Megan said to tell you Lorraine finally coughed up the live ones")
                           r"(?:asked me to|said to) (?:say|pass (?:\w+\s+){0,3}?on|tell you|let you know)\b", re.IGNORECASE)
_SENT_CHASERS = re.compile(r"^\W*(?:(?:yeah|yes|no|well|so|and|but|honestly|look|okay|ok)\W+)*(?:I|we)(?:'ve| have)?\s+"
                           r"(?:already\s+|also\s+|even\s+)?sent\s+(?:him|her|them|it|\w+)\s+(?:two|three|four|five|six|"
                           r"several|a few|a couple of|loads of|multiple|\d+)\s+(?:e-?mails|messages|reminders|chasers|"
                           r"nudges|texts)\b", re.IGNORECASE)


_RETRY = re.compile(r"re-?(?P<verb>submit|sen|rais|log|book|fil|appl|request)\w*", re.IGNORECASE)


def retried_other(verb: str, item_text: str) -> bool:
    """The report's verb says a step was done again ("resubmitted", "re-sent", "re-raised") and the item is other
    work than that step: the first try failed and what the item is for has not happened ("I've resubmitted it" for
    "open the firewall ports"; but for "resubmit the corrected ASN" it is the work)."""
    m = _RETRY.fullmatch(verb.strip())
    return m is not None and re.search(rf"\b(?:re-?)?{m.group('verb')}", item_text, re.IGNORECASE) is None


# Talk with someone, said with them as a subject: "Shona and I spoke.", "Tom and I had a chat on Tuesday."
_TALKED_WITH = re.compile(r"^\W*(?:(?:yeah|yes|so|and|but|well|um|uh|oh|okay|ok)\W+)*(?-i:[A-Z][a-z]+)\s+and\s+I\s+(?:have\s+|'ve\s+)?"
                          r"(?:spoke|spoken|talked|met|caught up|had a (?:quick\s+)?(?:word|chat|call))\b[^,;.!?]*[.!]?\s*$",
                          re.IGNORECASE)


def chase_only(text: str) -> bool:
    """The sentence reports a chase or a word with someone, and nothing done: what they said, if it is told,
    reports no work done ("she said it's on his desk"; not "he said he sent it Friday")."""
    if _SENT_CHASERS.search(text) or _TALKED_WITH.match(text):
        return True
    m = _CHASED.search(text)
    if m is not None:
        return not (m.group("said") and done_report(text[m.end("said"):]) is not None)
    word = _WORD_FROM.match(text)  # "Karen emailed last night, she's said Monday for the timetable"
    return word is not None and done_report(text[word.end() :]) is None


# Chasing someone named for a thing: "I'll chase Tom in Registry for the API credentials"
_CHASE_FOR = re.compile(r"\b(?:chase|nudge|remind|hassle|push)\s+(?P<who>(?-i:[A-Z][a-z]+))\b[^.;!?]{0,40}?\s(?:for|about|on)\s+"
                        r"(?P<what>[^.;!?]+)", re.IGNORECASE)
# Work that is itself a chase or a message: "I'll chase Yusuf for the licence", "I'll email Malcolm and Judith".
_CONTACT_WORK = re.compile(r"\b(?:chase|chasing|remind|nudge|ping|follow(?:ing)? up|e-?mail|ring|call|phone|message|escalat\w*|"
                           r"speak to|talk to|write to|contact|get hold of|(?:have|had) a (?:word|chat) with)\b",
                           re.IGNORECASE)
_FILLER_STEMS = frozenset({"thing", "um", "uh", "erm", "stuff", "bit", "lot", "way"})  # "the thing is", "first thing"


def _with_prompt(u: Utterance) -> str:
    return f"{u.prompt} {u.text}" if u.prompt and u.opens_turn else u.text


# A capitalised word inside a sentence is a name ("They went to Anand on Tuesday"), not the work
_NAME_WORD = re.compile(r"(?<=\s)(?-i:[A-Z][a-z]+)(?:'s)?\b")


def _parties(item: FactBase) -> list[str]:
    """The item's owner and, for a blocker, whom it waits on (names, not work)."""
    return [n for n in (item.owner, getattr(item, "waiting_on", None)) if n]


# Why the work is wanted, which is not the work: "I'll get you the names by Friday week, because half of them are on
# nights this week" is no item about nights, "read the temperatures into the putaway screen, so if a chamber's out
# of range the handheld won't let you put a pallet away" none about pallets, "the APK and the config keys, so I can
# push the app with the settings" none about the app (a reason opening the sentence stays:
# it may be all the sentence says)
_REASON = re.compile(r"(?<=\w),?\s+(?:because|'cause|cos|so that|so if|so when|in case|"
                     r"so (?:i|we|you|they|he|she|everyone|people) (?:can|could)\b)\b[^.!?]*", re.IGNORECASE)

# An event the work must come before: "... before we start testing on the 2nd", "before they go live"
_BEFORE_EVENT = re.compile(r"(?<=\w),?\s+before (?:we|you|they|i|he|she|it)\s+[^.!?]*", re.IGNORECASE)


def _work_of(text: str) -> str:
    """The item's text without why the work is wanted, unless the date is said there: "Jonah's sent the API docs
    over, so we can have the feed reading from your stock API on staging by the twenty-eighth" is the feed."""
    why = _REASON.search(text)
    if why is not None and find_date_phrase(why.group(0)) and not find_date_phrase(text[: why.start()]):
        return text
    text = _REASON.sub("", text)
    # ... nor what it must come before, unless that holds its only date: "Gareth, the scripts need a sign-off from you
    # before we start testing on the 2nd. Can you go through them by Friday?" is the scripts' sign-off
    then = _BEFORE_EVENT.search(text)
    if then is not None and (not find_date_phrase(then.group(0))
                             or find_date_phrase(text[: then.start()] + text[then.end() :])):
        return _BEFORE_EVENT.sub("", text)
    return text


def _points_back(item: FactBase) -> bool:
    """The item's work, not why it is wanted, says "it" or "them" of what the prompt it answers named, or "the
    change" of the "firewall change" its turn had just named."""
    work = _work_of(item.text)
    return bool(item.context) and (PRONOUN.search(work) is not None or named_before(work, item.context or "") is not None)


def _own_words(item: FactBase) -> set[str]:
    """Stems of the item's own sentence, not of the prompt its pronoun points to, nor of why it is wanted."""
    return content_stems(_work_of(item.text), exclude=_parties(item))


def _topic(item: FactBase) -> set[str]:
    names = _parties(item)
    stems = _own_words(item)
    if _points_back(item):
        # "I will send it across by Thursday", answering "Rohan, where's the HLD?": the prompt names the work
        stems |= content_stems(item.context or "", exclude=names)
    if isinstance(item, ActionItem):
        # the words a recap line put to the work ("Dave, matrix back Friday the 6th." for "And when could we have it
        # back, filled in?" - "Friday week."): later calls ask after it in them ("Dave, the skills matrix?")
        stems |= {w for e in item.evidence[1:] if e.meeting_id == item.evidence[0].meeting_id and rules.recap_piece(e.quote)
                  for w in content_stems(e.quote, exclude=names)}
    if isinstance(item, Blocker):
        stems -= BLOCKING_STEMS
    return stems


# Capitals that name things or times, not parties ("UAT" is no "user team", "OK" no "old kit").
_THING_ACRONYMS = frozenset({"OK", "UAT", "SIT", "API", "ETA", "FYI", "ASAP", "TBC", "TBD", "EOD", "EOW", "AM", "PM",
                             "SSO", "VPN", "CSV", "PDF", "URL", "IP", "ID", "SLA", "KPI", "MVP", "POC", "QA", "UI",
                             "UX", "SQL", "CR", "PO", "IT"})


def acronym_of(acronym: str, name: str | None) -> bool:
    """``acronym`` in capitals stands for the several-word ``name``: its words' initials in order, first and last
    included, with at most one letter for a word the name leaves out ("CAB" for "the change board", the change
    advisory board; "DPO" for "data protection officer")."""
    letters = acronym.lower()
    initials = [w[0] for w in re.findall(r"[a-z][\w-]*", (name or "").casefold())
                if w not in ("the", "our", "their", "your", "of", "and", "for")]
    if not (2 <= len(letters) <= 5 and acronym.isupper() and len(initials) >= 2) or acronym in _THING_ACRONYMS or \
            not 0 <= len(letters) - len(initials) <= 1 or letters[0] != initials[0] or letters[-1] != initials[-1]:
        return False
    rest = iter(letters)
    return all(c in rest for c in initials)  # the initials in order within the acronym


def _acronym_in(text: str | None, name: str | None) -> bool:
    return any(acronym_of(a, name) for a in re.findall(r"\b[A-Z]{2,5}\b", text or ""))


def _short_named(text: str | None, name: str, people: Sequence[Person]) -> bool:
    """The text calls the person ``name`` by a usual short form of their first name that fits no one else ("Ant"
    for Anthony Birtles, when no other Anthony or Antonia is on the engagement)."""
    first = name.split()[0] if len(name.split()) > 1 else ""
    if not text or not first[:1].isupper():
        return False
    for word in set(re.findall(r"\b([A-Z][a-z]{2,})\b", text)):
        if short_name_of(word, first) and not any(
                p.kind == "person" and p.name.split() and not names_match(p.name, name, people)
                and short_name_of(word, p.name.split()[0]) for p in people):
            return True
    return False


def _who(u: Utterance, name: str | None, forms: Sequence[str], people: Sequence[Person]) -> str | None:
    """How the sentence is tied to ``name``: 'speaker' (they say it), 'named' (it or the prompt it answers
    names them), else None."""
    if not name:
        return None
    if names_match(u.speaker, name, people):
        return "speaker"
    prompt = _question_put(u)
    if _names(u.text, forms) or (u.opens_turn and _names(prompt, forms)):
        return "named"
    if _acronym_in(u.text, name) or (u.opens_turn and _acronym_in(prompt, name)):
        return "named"  # "CAB approved it on the 1st" for "until the change board approves it"
    if _short_named(u.text, name, people) or (u.opens_turn and _short_named(prompt, name, people)):
        return "named"  # "Ant's login came through Tuesday" for Anthony's "You'll have a login by Tuesday"
    if (u.opens_turn and u.prompt_segment is not None and u.prompt_segment.quote.rstrip().endswith("?") and
            names_match(u.prompt_segment.speaker, name, people)) or _named_alone_by(u, name, people):
        return "named"  # the owner asked about it ("Megan, did the pen test summary reach you?" - "Yep, got it"), or
        # named it ("The message." - "We got it. The lads got your email on Monday.")
    if _THEY_FIRST.match(u.text) and u.earlier and _names(_last_sentence(u.earlier), forms):
        return "named"  # "And I chased Ledgerline. They're now saying the sixth for the sandbox."
    if _news_given_for(u, forms):
        return "named"  # "I'll say this one, Tomasz, because you told me yesterday. It's moved to Saturday."
    return None


def _question_put(u: Utterance) -> str | None:
    """What a reply answers: its prompt, or only the question the turn before put to someone by name ("Kerensa, I
    think your room list came in, didn't it?" - "It did, the day after." answers about the room list, not about the
    Paycorra terminals the turn before that spoke of)."""
    q = u.prompt_segment
    if u.prompt and q is not None and q.quote.rstrip().endswith("?") and _vocatives(q.quote) and q.quote in u.prompt:
        return q.quote
    return u.prompt


def _named_alone_by(u: Utterance, name: str | None, people: Sequence[Person]) -> bool:
    """``u`` opens its turn in answer to ``name`` naming a thing alone (see _THE_THING): "The message." - "The lads got
    your email on Monday."."""
    return u.opens_turn and u.prompt_segment is not None and names_match(u.prompt_segment.speaker, name, people) and \
        _THE_THING.fullmatch(_last_sentence(u.prompt_segment.quote)) is not None


def _news_given_for(u: Utterance, forms: Sequence[str]) -> bool:
    """The sentence before, in the turn, says the speaker gives the named person's news (see _GIVES_THEIR_NEWS)."""
    return bool(u.earlier) and _GIVES_THEIR_NEWS.search(last := _last_sentence(u.earlier)) is not None and \
        _names(last, forms)


# The speaker gives someone else's news for them: "I'll say this one, Tomasz, because you told me yesterday.", "On
# Dev's behalf:", "Bryn asked me to pass on"
_GIVES_THEIR_NEWS = re.compile(r"\b(?:i'll|i will|let me|i can)\s+(?:say|do|give|take)\s+(?:this|that|the)\s+"
                               r"(?:one|update|news)\b|\bon\s+(?:(?-i:[A-Z][a-z]+)'s|his|her|their)\s+behalf\b"
                               r"|\b(?:asked|told)\s+me\s+to\s+(?:say|pass|tell|let|give)\b", re.IGNORECASE)


_THEY_FIRST = re.compile(r"^\W*(?:(?:and|so|but|well)\W+)?they(?:'re|'ve|'ll|\s)", re.IGNORECASE)
# A thing named alone, to ask after it: "The message.", "And my letter?"
_THE_THING = re.compile(r"\W*(?:(?:and|so|okay|right)\W+)?(?:the|my|our)\s+[\w-]+(?:\s+[\w-]+)?\s*[.?!]?\s*", re.IGNORECASE)


def _party_to(item: FactBase, speaker: str) -> bool:
    """The speaker is named in the item as a party to the work ("I'll run the end-to-end test with Sam")."""
    first = speaker.split()[0] if speaker.split() else ""
    return len(first) >= 3 and bool(re.search(rf"\b{re.escape(first)}\b", item.text))


# Not a new date for the work: a condition, a need or wish ("we'd need the tunnel by end of November"), a reply
# granting something ("Please do, the pilot starts next Monday"), or how long a block lasts ("still blocked until
# November 20").
# (not "if that's okay": asking leave for the new date, no condition of it)
_NOT_A_SLIP = re.compile(r"\b(?:(?<!even )if(?!\s+(?:(?:that's|that is|it's|it is)\s+(?:ok|okay|alright|all right|fine)|"
                         r"that works)\b)|unless|whether|once|as soon as|of getting|after getting|needed|would|"
                         # "I need another week, realistically the 16th" asks for more time: a new date
                         r"needs?(?!\s+(?:another|more|a few more|a bit more|a couple(?: of)? more|an extra|extra|till|"
                         r"until)\b)|"
                         # (not "the freeze rota's going to be Friday now": a freeze named as the work)
                         # (nor "going to be after the freeze now, so the 20th": the work goes after it)
                         r"please|frozen|(?<!after the )freeze(?!\s+(?:rota|plan|list|schedule|checklist|comms|notice)\b|\s+\w+'s\b)|"
                         r"starts?|starting|begins?|kicks? off)\b"
                         # "Couldn't, the tablets weren't done till Wednesday.": when it was, not a new date
                         r"|\b(?:weren't|wasn't|didn't|hadn't|were not|was not|did not|had not)\s+(?:[\w'-]+\s+){0,3}?"
                         r"(?:till|until)\b", re.IGNORECASE)


# A new date is given for doing the work ("They will be with you on the 13th", "The CR's going in Monday now",
# "Can we push it to November 2?"), or in a short reply ("Call it the 27th."); a date in a statement about the
# calendar ("December 5th is the last weekend we can do it") is not one.
# A day of the month said ("the 30th", "the thirteenth"), not a weekday or "next week"
_DAY_OF_MONTH = re.compile(r"\d|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                           r"\w+teenth|twentieth|thirtieth)\b", re.IGNORECASE)
# The owner saying the work will miss its date: "I'm not going to make today", "I won't make Friday"
_MISSES = re.compile(r"\b(?:(?:i'm|i am|we're|we are|it's|it is) not (?:going to|gonna)|(?:i|we|it) won't|"
                     r"(?:i|we|it) will not|(?:i'll|we'll|it'll) not) (?:make|manage|hit|meet)\b"
                     # ... or has not got it done: "The SMS templates, I haven't finished, sorry, ..."
                     r"|\b(?:i|we)\s+(?:haven't|have not)\s+(?:quite\s+)?(?:finished|managed|done|got (?:to|round to))\b"
                     # ... or not yet: "I haven't rung him yet, sorry. Tomorrow."
                     r"|\b(?:i|we)\s+(?:haven't|have not)\s+[a-z]+(?:\s+(?:it|him|her|them|that|those))?\s+yet\b"
                     # ... or a bare "I haven't.": "Gary, the wedding spreadsheet?" - "I haven't. It's been mad. Friday."
                     r"|^\W*(?:(?:no|sorry|um|so)[,.]?\s+)*(?:i|we)\s+(?:haven't|have not)(?:,?\s+(?:yet|sorry))?\s*[.!]"
                     # ... or, opening the reply, "Not finished. I got pulled onto a firewall thing. Tuesday."
                     r"|^\W*(?:(?:no|sorry|um|so)[,.]?\s+)*(?:it's\s+|it is\s+)?not (?:finished|done|ready)(?: yet)?\s*[,.]",
                     re.IGNORECASE)
# Someone passing on the owner's new date: "His PA says he'll ...", "Her office told me she'll ..."
_RELAY_FRAME = re.compile(r"^\W*(?:[\w']+\s+){0,4}?(?:says?|said|tells? (?:me|us)|told (?:me|us)|reckons?)\s+"
                          r"(?=(?:he|she|they)(?:'ll|'s| will| is)\b)", re.IGNORECASE)
# What a party sends arriving: "Harcourt's file turned up on Tuesday", "their export came through"
# (not "came back with more questions")
_ARRIVED = re.compile(r"(?:turned up|arrived|came (?:through|in|over|across|back(?!\s+with\b))|landed|showed up)\b",
                      re.IGNORECASE)
_SLIP_MARK = re.compile(r"'ll\b|\b(?:will|shall|going to|gonna|now|move[ds]?|moving|push(?:ed|ing)?|slip(?:s|ped|ping)?|"
                        r"till|looking at|instead|aim(?:ing)?|expect(?:ing)?|should be|another|more time|"
                        r"realistically|(?:more |most )?realistic|latest|earliest|promise|give me|can (?:i|we) have|say|call it|"
                        # "we might be a couple of days late, more like Tuesday the 13th"
                        r"late|later|more like|behind|first thing|came back (?:saying|to say|with)|"
                        # "She hasn't managed to see Mick yet. She's hoping to catch him at the branch meeting on the
                        # twentieth."
                        r"hop(?:e|es|ing) to)\b", re.IGNORECASE)
# The waiting side may go ahead: "so you're clear to build prod"
_CLEAR_TO = re.compile(r"\b(?:you're|you are|we're|we are|you've|we've) (?:now |all |got the )?(?:clear|cleared|free|"
                       r"good|green light) to (?!wait|hold)\w+"
                       # ... or is let go ahead now: "You can load the shift patterns now.", "So you can all log in
                       # to the test tenant now." (not "we can talk about finance now": a verb of talk or thought)
                       r"|(?:^|[.!?]\s+)(?:(?:so|okay|ok|right|and|well|yes|yeah|then|good)\b,?\s+)*(?:you|we|they)"
                       r"(?: all| both| guys)? can (?:now |go ahead and )?(?!(?:not|never|only|also|probably|maybe|still|"
                       r"just|see|hear|tell|ask|say|check|find|have|do|use|try|look|imagine|think|choose|put|get|talk|"
                       r"discuss|go|uh|um)\b)[a-z]+\b[^.?!,;]{0,60}?\bnow\s*(?:[.!]|$)", re.IGNORECASE)


# When someone is back, or away till: "He's back Wednesday.", "He's at the solicitors till Thursday." (the person's
# days, not a new date for the work: the one waiting on them gives that)
_AWAY_TILL = re.compile(rf"^\W*(?:(?:so|and|but|well|um|uh)\W+)*(?:he|she|(?!(?:it|that|this|there|what|where)\b)"
                        rf"(?-i:[A-Z][a-z]+))(?:'s|\s+is)\s+(?:back\s+(?:on\s+)?(?:{DATE_PHRASE.pattern})|"
                        rf"(?:at|in|on|off|away|out)\b[^.;!?]{{0,40}}?\b(?:till|until)\s+(?:{DATE_PHRASE.pattern}))\W*$",
                        re.IGNORECASE)


def _later_date(text: str, meeting_date: date) -> date | None:
    if text.rstrip().endswith("?") and not re.search(r"\b(?:can|could) (?:i|we) (?:have|get|push|move)\b", text, re.I):
        return None
    # a date said "now" is the news, whatever another clause says: "Production's going to be Monday the sixteenth
    # now, they had a release freeze on the site" (not a freeze till then)
    said_now = _date_now(text)
    scope = next((c for c in _DATE_CLAUSES.split(text) if said_now.group(0) in c), text) if said_now else text
    if _NOT_A_SLIP.search(scope) or _AWAY_TILL.search(text):
        return None
    # "Paycorra ... came back saying the thirteenth": the date they said
    text = re.sub(rf"\b(?:saying|said|says)\s+(?=(?:on\s+)?(?:{DATE_PHRASE.pattern})\W*$)", "by ", text,
                  flags=re.IGNORECASE)
    for m in DATE_PHRASE.finditer(text):
        if ONE_AFTER.match(text, m.end()) and (day := resolve(m.group(0), meeting_date)) is not None:
            return day + timedelta(days=7)  # "Not this Friday, realistically the one after."
    # "the freeze rota's going to be Friday now, I'm waiting to see who's in on the Sunday": the date said "now"
    now = _date_now(text)
    clauses = [c for c in _DATE_CLAUSES.split(text) if (now.group(0) in c if now else find_date_phrase(c))]
    if any(_WAIT_WORD.search(c) for c in clauses):
        return None
    if now is not None and (day := resolve(now.group(0), meeting_date)) is not None:
        return day
    # "It's pushed to the twenty-third at the earliest": the date, whatever the hedge after it
    # "... going to be the fourth of December, not the twenty-fifth": the date it is not is the old one
    # "I'll pick up the plan, but not by the 6th": not that day
    return due_date(_NOT_DATE.sub("", _NOT_ON.sub("", _NOT_THAT_DATE.sub("", _EARLIEST.sub("", text)))), meeting_date)


def _date_now(text: str) -> re.Match[str] | None:
    """The date said with "now" after it: "It'll be Tuesday now.", "the rota's going to be Friday now, ..."."""
    return next((m for m in DATE_PHRASE.finditer(text) if _NOW_AFTER.match(text, m.end())), None)


_NOT_DATE = re.compile(rf"\bnot\s+(?:by|on|before|until|till|for)?\s*(?:{DATE_PHRASE.pattern})", DATE_PHRASE.flags)
# A wait in the clause that holds the date: "blocked till the 20th" is no new date; "it's going to be Friday now, I'm
# waiting to see who's in" is, for a reason.
_WAIT_WORD = re.compile(r"\b(?:blocked|waiting|on hold)\b", re.IGNORECASE)
_DATE_CLAUSES = re.compile(r"[,;.!?]\s+")
_NOW_AFTER = re.compile(r"\s+now\b", re.IGNORECASE)


# The date it is not: "Not today.", "It's not going to be tomorrow.", "No, not this week."
_NOT_ON = re.compile(r"\b(?:not|won't be|isn't|wasn't)\s+(?:going to be\s+|gonna be\s+|be\s+|happening\s+)?(?:on\s+)?"
                     r"(?:today|tonight|tomorrow|this week|(?:this\s+)?(?:mon|tues|wednes|thurs|fri)day)\b", re.IGNORECASE)
_EARLIEST = re.compile(r",?\s*\bat the (?:very )?earliest\b", re.IGNORECASE)
_NOT_THAT_DATE = re.compile(r",\s*(?:and\s+)?(?:not|rather than|instead of)\s+(?:the\s+|on\s+(?:the\s+)?)?"
                            r"[\w-]+(?:\s+(?:of\s+)?[\w-]+)?\s*(?=[.;!]|$)", re.IGNORECASE)


# Whom an item sends its work to, by name: "I'll send Liz the user guide", "get the workbook over to Tariq"
_SENT_TO_NAME = re.compile(r"\b(?:send|give|email|forward|get|pass)\s+(?P<who>(?-i:[A-Z][a-z]+))\s+(?:the|a|an|our|my|your|"
                           r"their|his|her|some|those|these|it|them)\b", re.IGNORECASE)
# Work for someone by name: "I'll have four names to Bethan by Friday", "a first cut for Ngozi"
_FOR_NAMED = re.compile(r"\b(?:to|for)\s+(?P<who>(?-i:[A-Z][a-z]+))\b")


def _for_the_speaker(text: str, speaker: str, people: Sequence[Person]) -> bool:
    """An item's work is for the one speaking: it says "you" ("I'll send you the names"), or names them as the one
    it goes to ("I'll have four names to Bethan by Friday", "send Liz the guide")."""
    return _SENT_YOU.search(text) is not None or any(
        names_match(m.group("who"), speaker, people) for m in (*_SENT_TO_NAME.finditer(text), *_FOR_NAMED.finditer(text)))


# The speaker has a thing now: "I've had the pen test report", "We've finally got their file".
_GOT_IT = re.compile(r"^\W*(?:(?:and|so|yes|yeah|well|there is)\W+)?(?:i|we)(?:'ve| have)?\s+(?:now\s+|finally\s+|just\s+)?"
                     r"(?:had|got|received|seen|read)\s+(?P<thing>(?:the|their|your|his|her|a)\s+[^,.;!?]{2,60})",
                     re.IGNORECASE)
# ... said with or without who got it: "Got the checklist yesterday", "We've received the list"
_GOT_ANY = re.compile(r"^\W*(?:(?:and|so|yes|yeah|well|oh)\W+)?(?:(?:i|we)(?:'ve| have)?\s+)?(?:now\s+|finally\s+|just\s+)?"
                      r"(?:got|received)\s+(?P<thing>(?:the|their|his|her|a|an)\s+[^,.;!?]{2,60}|"
                      r"(?P<pron>it|them|that|those|these)\b(?!\s+(?:to|from|back|in|done|sorted)\b))", re.IGNORECASE)


def _got_pronoun_thanked(u: Utterance, people: Sequence[Person]) -> str | None:
    """Who is thanked for "it" received, in reply to a prompt calling on them ("Jackie, the user list?" - Oskar: "Got
    that, thank you Jackie."), or None. Without that prompt "Got it, thanks Jackie" only says it was understood."""
    got = _GOT_ANY.match(u.text)
    if got is None or not got.group("pron") or not u.opens_turn or not u.prompt:
        return None
    thanked = next((m.group("a") for m in _THANKED.finditer(u.text) if m.group("a")), None)
    if thanked is None or same_person(thanked, u.speaker, people) or not _calls_on(_last_sentence(u.prompt), thanked):
        return None
    return thanked


# Work of getting a price, and the owner saying they have one: "I'll get a quote for a proper line" - "I've got a
# price through our usual ISP"
_PRICE_WORDS = r"(?:quote|quotes|quotation|price|prices|pricing|estimate|estimates|costing|costings)"
_GET_A_PRICE = re.compile(rf"\b(?:get|obtain|source)\s+(?:us\s+|you\s+|me\s+)?(?:a|an|the|some)\s+(?:[\w-]+\s+)?{_PRICE_WORDS}\b",
                          re.IGNORECASE)
_HAVE_A_PRICE = re.compile(rf"^\W*(?:(?:yeah|yes|so|and|well|right|good news(?: and bad news)?)\W+)*(?:I|we)(?:'ve| have)\s+"
                           rf"(?:now\s+|finally\s+)?(?P<verb>got)\s+(?:a|an|the|some|two|three)\s+(?:[\w-]+\s+)?{_PRICE_WORDS}\b",
                           re.IGNORECASE)
# Writing to someone, and what that sends: "I'll write to both contractors' managing directors" - "the letter"
_WRITES_TO = re.compile(r"\b(?:write|drop \w+ a line|email|e-mail)\s+(?:to\s+)?", re.IGNORECASE)
_LETTER = re.compile(r"\b(?:letter|note|email|e-mail|message)\b", re.IGNORECASE)
_FROM_NAME = re.compile(r"\bfrom\s+(?P<who>(?-i:[A-Z][a-z]+))\b")
# Thanks to someone by name: "thank you, Dave", "thanks Wes" (a), "Brian, thank you" (b)
_THANKED = re.compile(r"\b(?:thank you|thanks|cheers),?\s+(?P<a>(?-i:[A-Z][a-z]+))\b|"
                      r"(?P<b>(?-i:[A-Z][a-z]+)),?\s+(?=(?:thank you|thanks)\b)", re.IGNORECASE)
# A report of the speaker's that says only whom it went to: "Went to Jas on Friday."
_TO_SOMEONE = re.compile(r"\W*(?:over\s+|across\s+|off\s+)?to\s+(?-i:[A-Z][a-z]+)\b", re.IGNORECASE)
# The one who owed a thing asking whether everyone has it: "Everyone got the revised plan last Wednesday?", "Did you
# all get my email?"
_ASKED_IF_GOT = re.compile(r"^\W*(?:(?:and|so|okay|ok|right|great)\W+)*(?:did\s+)?(?:has\s+)?(?:everyone|everybody|you all|"
                           r"all of you|both of you|you both)\s+(?:get|got|receive|received|see|seen|had)\s+"
                           r"(?P<thing>(?:the|my|our|that|this)\s+[^,.;!?]{2,60})\?\s*$", re.IGNORECASE)
# ... or asking the one it was for whether they got it: "Sian, did you get the one-pager?"
_ASKED_YOU_GOT = re.compile(r"\b(?:did|have)\s+you\s+(?:get|got|receive|received|had|see|seen)\s+"
                            r"(?P<thing>(?:the|my|our|that|his|her|their)\s+[^,.;!?]{2,60})\?\s*$", re.IGNORECASE)
# ... and a yes to either: "Got it.", "Yes.", "I did, from Owen, yesterday." (not "Yes, but not all of it.")
_YES_GOT = re.compile(r"^\W*(?:(?:yes|yeah|yep|yup)\b[,.]?\s*)?(?:(?:i|we)\s+did|(?:(?:i|we)(?:'ve| have)?\s+)?"
                      r"(?:got|had|received)\s+(?:it|them|that)|yes|yeah|yep|yup)\b(?![^.!?]*\b(?:not|no|but|haven't)\b|"
                      r"[^.!?]*n't\b)", re.IGNORECASE)
# Work sent to the one spoken to: "send you the summary", "send it you", "get your team the file", "over to you"
_SENT_YOU = re.compile(r"\b(?:send|get|give|email|forward|pass|share|post)\w*\s+(?:(?:it|them|that|those|this)\s+)?"
                       r"(?:you|your)\b|\b(?:to|for) you\b", re.IGNORECASE)
# Work that gives someone a thing: "I'll send you the names", "put the concerns in writing for you" (wider than
# _HANDS_OVER, the work of sending out what was made ready)
_GIVES_A_THING = re.compile(r"\b(?:send|re-?send|email|e-mail|forward|write|(?:re-?)?circulate|(?:re-?)?issue|distribute|share|post|"
                            r"give|pass|get (?:you|it|them|that)|put [^.]{0,40}\bin writing)\b", re.IGNORECASE)


# A message about the work, not the work: "I got your email about the delay"
_ABOUT_IT = re.compile(r"\s*your\s+(?:[\w-]+\s+)?(?:email|e-mail|message|note|text|voicemail|call|reply|update)s?\s+"
                       r"(?:about|saying|asking|re|to say|explaining)\b", re.IGNORECASE)


def _spoken_to(u: Utterance, people: Sequence[Person]) -> str | None:
    """The person the speaker's turn speaks to: named by a comma ("Gaz, I did get your names", "And Ade, we got
    your list") or, with nobody named, the one whose turn it answers."""
    for word in _vocatives(f"{u.earlier} {u.text}"):
        named = {p.name for p in people if p.kind == "person" and p.name.split() and not same_person(p.name, u.speaker)
                 and (p.name.split()[0] == word or short_name_of(word, p.name.split()[0]))}
        if len(named) == 1:
            return named.pop()
    return u.prompt_segment.speaker if u.prompt_segment is not None else None


# The speaker has "it": "I've got it, actually.", "Yeah, we've had them since Tuesday."
_GOT_THAT = re.compile(r"^\W*(?:(?:and|so|yes|yeah|yep|oh|well)\W+)*(?:i|we)(?:'ve| have)?\s+(?:now\s+|finally\s+|"
                       r"just\s+|actually\s+|already\s+)?(?:had|got|received)\s+(?:it|them|that|those)\b(?!\s+(?:to|from|back|in)\b)",
                       re.IGNORECASE)
# Received from the one spoken to: "The lads got your email on Monday.", "We've had your list."
_FROM_YOU = re.compile(r"\b(?:got|had|received|seen|read)\s+your\b", re.IGNORECASE)
# The words of saying yes, which name no party: "until the board says yes"
_APPROVAL_STEMS = frozenset(content_stems("say says said yes okay ok go ahead approve approves approved agree agrees "
                                          "sign signs signed off"))
# A reply that is the approval itself, with no subject: "Approved.", "Signed off on Tuesday.", "Yes, passed."
_BARE_APPROVAL = re.compile(r"^\W*(?:(?:yes|yep|yeah)\W+)?(?:approved|signed(?: off)?|passed|agreed|accepted)\b"
                            r"(?!\s+(?:to|that|if|in principle)\b)(?![^.!]*\?)", re.IGNORECASE)


def _approved_when_asked(u: Utterance, party: str | None, awaited: set[str]) -> bool:
    """The reply is a bare approval ("Approved.") to a question about the party ("And the change board?" for a wait
    on the security change board), or, for a wait that names no party, about what it waits for ("until the board
    says yes"). Not a question about a step on the way ("Bernie, Helen's form for Maplestone?" - "Signed." is
    Helen's signature, not Maplestone releasing the credentials)."""
    if not (u.opens_turn and u.prompt and _BARE_APPROVAL.match(u.text)):
        return False
    asked = content_stems(_last_question(u.prompt) or u.prompt) - BLOCKING_STEMS - _APPROVAL_STEMS
    if party:
        return set() < asked <= content_stems(party)
    return 0 < len(asked) <= 3 and bool(asked & (awaited - _APPROVAL_STEMS))


# A date for the speaker's own side's work: "So we'd be looking at the sixth of November", "I'll have ours by ..."
_OWN_SIDE_DATE = re.compile(r"^\W*(?:(?:so|and|but|um|well|realistically|honestly)[,.]?\s+)*(?:we|i)(?:'d|'ll|'re| would| will| are|"
                            r"'m| am)\b", re.IGNORECASE)


def _classify(
    item: FactBase,
    u: Utterance,
    report: DoneReport | None,
    new_date: date | None,
    old_due: date | None,
    who: str | None,
    forms: Sequence[str],
    people: Sequence[Person],
    handed: bool = False,
    recap: bool = False,
) -> tuple[str, date | None, str] | None:
    party = item.waiting_on if isinstance(item, Blocker) else item.owner
    if isinstance(item, Blocker):
        approver = rules.approving_party(u.text)
        if approver and party and (names_match(approver, party, people) or acronym_of(approver, party)):
            return "done", None, f"{approver} acted"
        if (rules.unblocked(u.text) or _CLEAR_TO.search(u.text)) and (who or report is None):
            return "done", None, "unblocked"
    if report is not None and new_date is not None and any(
            _DAY_OF_MONTH.search(day.group(0)) and re.search(rf"(?<!\w){re.escape(day.group(0))}(?!\w)", item.text, re.I)
            for day in DATE_PHRASE.finditer(u.text)):
        new_date = None  # "I sent the revised plan round last Friday, with the 30th and days first" for "I'll reissue
        # the plan with the 30th ...": the day is what the work says, not when it is due
    if isinstance(item, ActionItem) and report is not None and new_date is not None and old_due is not None and \
            new_date > old_due and who and _SLIP_MARK.search(u.text):
        report = None  # "It's resubmitted, so say Tuesday the 27th for the rules to be in": the new date is the news
    if report is not None and incidental(u.text, report, item):
        return None
    if report is not None and rehearsal_only(item, u.text, u.prompt):
        return None
    if report is not None and chase_only(u.text) and not _CONTACT_WORK.search(item.text):
        if not _WORD_FROM.match(u.text):
            # "Ciara, the agreement?" - "I've emailed him twice.": a chase for the work, not the work; nor does it
            # lift a wait on it ("Ciara's waiting on the agreement"): chasing says the wait goes on
            return None
        # "Karen emailed last night, she's said Monday for the timetable": a message about the work, and what it
        # says (a date, if one is told, is the news)
        report = None
    if report is not None and report.doer == "speaker" and _IT.match(_object(u.text, report.end)) and \
            (thanked := _THANKED_FOR.search(u.text[: report.start])) is not None and \
            not content_stems(thanked.group("thing")) & _topic(item):
        return None  # "Oh, and thanks for the plan and the RAID log, Imogen, I've put them on the Teams channel.":
        # "them" is what the speaker just thanked someone for, not the speaker's testers
    if report is not None:
        doer = report.doer
        if doer == "speaker" and (not party or who == "speaker"):
            if isinstance(item, Blocker) and not names_match(u.speaker, party, people) and \
                    not _names(u.speaker, forms):
                return None  # the waiting side's own work ("I sent them the logs") does not show the party acted
            return "done", None, "reported by the doer"
        if doer == "pronoun" and who == "named" and not names_match(u.speaker, party, people):
            if isinstance(item, Blocker) and not _said_about(item) & content_stems(_with_prompt(u)):
                # "Helen, Alan's change request?" - "He signed it Friday.": the party did the work the prompt
                # names, not what the blocker waits for (the deans' content freeze date)
                return None
            return "done", None, "reported about the doer"
        if doer == "thing":
            named = thing_then_that(u.text[: report.start])
            if isinstance(item, ActionItem) and named and PRONOUN.fullmatch(report.subject.strip()) and \
                    not content_stems(named) & _topic(item):
                return None  # "... until the council signs the merchant agreement, and that went to your finance
                # team two weeks ago": the agreement went, not the settlement file spec for the finance team
            if isinstance(item, ActionItem) and party and who != "speaker" and \
                    re.match(r"\W*my\b", report.subject, re.IGNORECASE) and not names_match(u.speaker, party, people):
                # "Pennant. Still nothing on the layout." - "Not a peep. My sample file went Thursday": the
                # speaker's own work went, not what Pennant owe
                return None
            if isinstance(item, Blocker) and item.waiting_on and PRONOUN.fullmatch(report.subject.strip()) and \
                    not _said_about(item, context=False) & content_stems(_with_prompt(u)):
                # "Dev, can we start with the sandbox?" - "Yep, it's up." does not lift "we can't move them until
                # Hilary's signed off", whose only tie to the sandbox is the prompt it was said after
                return None
            return "done", None, "reported done"
        if who == "speaker" and _owners_team(report, item):
            return "done", None, f"{report.subject} (the owner's team) did it"
        if isinstance(item, ActionItem) and item.owner and _contact_of(item, doer, people):
            # "You got hold of Derek?" - "He says Ledgerline will send the import spec by Friday.", later "Derek's spec
            # landed yesterday.": the outside party's contact the promise came from did it
            return "done", None, f"{doer} (whom the promise came from) did it"
        if isinstance(item, ActionItem) and (chased := _CHASE_FOR.search(item.text)) is not None and \
                doer.casefold() == chased.group("who").casefold() and \
                content_stems(chased.group("what")) & content_stems(u.text[report.end :]):
            # "I'll chase Tom in Registry for the API credentials" - "Tom sent the credentials on Friday": the one
            # chased gave what the chase was for
            return "done", None, f"{doer} (who was chased) gave it"
        if isinstance(item, ActionItem) and (out_of := _OUT_OF_THEM.search(item.text)) is not None and \
                re.search(rf"\b{re.escape(doer)}\b", item.text[: out_of.start()]) is not None and \
                not names_match(doer, item.owner, people):
            # "I'm the one who gets on with Lorraine in purchasing. I'll get you the approved supplier list out of
            # her by Friday." - "Lorraine finally coughed up the live ones on Friday": the one it was to be got out of
            # gave it
            return "done", None, f"{doer} (whom it was to come from) gave it"
        if _by_the_side(item, doer, people) and len(_topic(item) & content_stems(u.text)) >= 2:
            # "ScanPoint pushed the firmware Thursday" for the vendor's "We'll push the firmware to the printers":
            # an organisation, not a person of the engagement, did the work its spokesperson promised for it
            return "done", None, f"{doer} (the owner's side) did it"
        if doer not in ("speaker", "pronoun", "thing") and isinstance(item, Blocker) and party and \
                _names(doer, forms) and (wanted := _awaited(item)) and not wanted & content_stems(u.text) and \
                not PRONOUN.search(u.text) and not _ARRIVED.match(u.text[report.start :]):
            # "Karen did actually ring the change board" for "until Karen approves the overtime": the party did
            # something, not what the blocker waits for (what the party sends arriving is: "Harcourt's file turned
            # up on Tuesday")
            return None
        if handed:
            # the owner says who on their side did it: "Ruth sent the code table across on the Friday"
            return "done", None, f"{doer} did it for the owner"
        if isinstance(item, ActionItem) and _TAKE_TO.search(item.text) and \
                re.fullmatch(r"voted|agreed|approved|passed|ratified|accepted|endorsed|signed off",
                             u.text[report.start : report.end], re.IGNORECASE) and \
                set() < content_stems(doer) <= content_stems(f"{item.text} {item.context or ''}"):
            # "Our committee meets on the fourth of November. I'll take them to that." - "Committee voted it through
            # on Wednesday": the body it was taken to decided it, so it was taken
            return "done", None, f"{doer} decided what was taken to it"
        if doer not in ("speaker", "pronoun", "thing") and (
            (party and (_names(doer, forms) or _short_named(doer, party, people)))
            or (not party and _names(item.text, [doer.lower()]))
            or (isinstance(item, Blocker) and len(_topic(item) & content_stems(u.text)) >= 2)
        ):  # (a blocker is lifted when what it waits for is reported done, by whoever: "Hannah's team signed off
            # the landing zone design Thursday" lifts "can't start the prod build until InfoSec signs off the
            # landing zone design")
            # the owner by name, or for an item naming nobody as owner the person it names ("Priya on my team
            # will set up the test numbers" - "Priya got those live last week")
            return "done", None, f"{doer} did it"
        return None
    if isinstance(item, ActionItem) and new_date is not None and old_due is not None and new_date > old_due and who \
            and (_SLIP_MARK.search(u.text) or (_bare(u.text) and not _said_back(u, item)) or recap
                 # word passed on by another: "..., and she says Friday, hand on heart."
                 or (who != "speaker" and _PASSED_ON.search(u.text) is not None)) and \
            not other_thing(item, u.text, f"{u.prompt or ''} {u.earlier}", people) and \
            not (who != "speaker" and _OWN_SIDE_DATE.match(u.text) and not names_match(u.speaker, party, people)):
        # ("thanks Hamza for the Bramleys guide ... So we'd be looking at the sixth of November for the Bramleys
        # map.": Eoin's team's date, not Hamza's)
        return "slipped", new_date, f"due {old_due.isoformat()} -> {new_date.isoformat()}"
    if isinstance(item, ActionItem) and new_date is not None and old_due is None and who == "speaker" and \
            (_SLIP_MARK.search(u.text) or _bare(u.text)) and \
            _NOT_YET.search(f"{u.earlier} {u.text}"):
        # "Gareth, the location export?" - "Not yet. We had three trailers turn up late. It'll be end of this week.":
        # an item with no date, said not done yet by its owner with a date: that date is the one it slipped to
        return "slipped", new_date, f"not done yet, due {new_date.isoformat()}"
    return None


# The speaker's deed done to "him" or "her": "I rang him", "we emailed her"
_DID_TO_THEM = re.compile(r"\b(?:I|we)\s+(?:\w+\s+)?(?P<verb>\w+)\s+(?:to\s+|with\s+)?(?:him|her)\b", re.IGNORECASE)


def _did_it_to_them(item: FactBase, u: Utterance) -> bool:
    """``u`` reports the item's deed done to "him" or "her", when the one the item names was named just before in the
    turn: "I'll ring Alan this week." - "And Alan. I rang him." (see _DID_TO_THEM)."""
    did = _DID_TO_THEM.search(u.text)
    deed = content_stems(did.group("verb")) if did is not None else set()
    if not deed or not deed <= content_stems(_work_of(item.text)) - _FILLER:
        return False
    named = set(re.findall(r"\b[A-Z][a-z]+\b", _last_sentence(u.earlier or ""))) - {"I", "And", "So", "But", "Well"}
    return bool(named & set(re.findall(r"\b[A-Z][a-z]+\b", item.text)))


# Work that is a talk with someone, and the talk had: "have a word with him", "speak to Mick" / "I've seen Mick"
_A_WORD_WITH = re.compile(r"\b(?:have|had)\s+a\s+(?:word|chat|talk)\s+with\b|\b(?:speak|talk|chat)\s+(?:to|with)\b"
                          r"|\b(?:catch|see|meet)\s+(?:him|her|(?-i:[A-Z][a-z]+))\b", re.IGNORECASE)
_MET = re.compile(r"\b(?:I|we)(?:'ve|\s+have)?\s+(?:now\s+|finally\s+|already\s+)?(?:seen|saw|met|caught|spoken\s+to|"
                  r"spoke\s+to|talked\s+to|had\s+a\s+(?:word|chat|talk)\s+with)\s+(?P<who>(?-i:[A-Z][a-z]+))\b(?!['\u2019])",
                  re.IGNORECASE)


def _met_them(item: FactBase, text: str) -> bool:
    """``text`` says the speaker met the one the item is a talk with, named in the item: "I've seen Mick." for
    "Leave Mick with me. I'll have a word with him myself this week." (see _A_WORD_WITH)."""
    met = _MET.search(text)
    return met is not None and _A_WORD_WITH.search(item.text) is not None and \
        re.search(rf"\b{re.escape(met.group('who'))}\b", item.text) is not None


# Work to get something out of someone named before: "I'll get you the approved supplier list out of her by Friday"
_OUT_OF_THEM = re.compile(r"\b(?:get|prise|prize|drag|squeeze|chase)\b[^.;!?]{0,60}?\b(?:out of|off|from)\s+(?:him|her)\b",
                          re.IGNORECASE)


# Work said not done yet: "She hasn't managed to see Mick yet.", "I haven't had a chance to look at it"
_NOT_MANAGED = re.compile(r"\b(?:hasn't|haven't|has not|have not|hadn't|had not)\s+(?:yet\s+)?(?:managed|had a chance|"
                          r"had the chance|got round|got around|been able)\b", re.IGNORECASE)


# A day taken back: "Tuesday's not going to happen", "Not Tuesday, Thursday", "It'll be Friday, not today"
_DAY_OFF = re.compile(r"\bnot\s+(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow)\b"
                      r"|\b(?P<day2>(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow)(?:'s|\s+is)\s+not\s+"
                      r"(?:going\s+to\s+happen|happening)\b", re.IGNORECASE)


def _day_off(text: str, meeting_date: date) -> date | None:
    """The date of the last day ``text`` says will not be the day (see ``_DAY_OFF``), if any."""
    days = [m.group("day") or m.group("day2") for m in _DAY_OFF.finditer(text)]
    return due_date(days[-1], meeting_date) if days else None


def _another_of(item: FactBase, owner: str | None, items: Sequence[FactBase], people: Sequence[Person],
                words: set[str] | None = None) -> bool:
    """``owner`` has another open action item than ``item`` (one whose work shares ``words``, when given)."""
    return any(o is not item and isinstance(o, ActionItem) and names_match(o.owner, owner, people)
               and (words is None or bool(_topic(o) & words)) for o in items)


# What the speaker owes someone: "I owe Declan the legal bits", "I still owe you the mapping"
_I_OWE = re.compile(r"\b(?:I|we)\s+(?:still\s+)?owe\s+(?P<whom>you|(?-i:[A-Z][a-z]+))\b(?P<what>[^,.;!?]*)", re.IGNORECASE)


def _owed_item(owe: re.Match[str], items: Sequence[FactBase], speaker: str, people: Sequence[Person]) -> str | None:
    """The speaker's one open action item that what they say they owe is: the one its words name ("I owe you the
    readiness checklist"), else the one for the person owed ("I owe Declan the legal bits")."""
    own = [o for o in items if isinstance(o, ActionItem) and names_match(o.owner, speaker, people)]
    owed = content_stems(owe.group("what")) - _FILLER
    named = [o.id for o in own if owed & _topic(o)]
    if len(named) == 1:
        return named[0]
    found = [o.id for o in own if _for_them(o, owe.group("whom"), people)]
    return found[0] if len(found) == 1 and not named else None


def _for_them(item: ActionItem, whom: str, people: Sequence[Person]) -> bool:
    """The item is for ``whom``: it names them, or it says "you" and names nobody (said to the one who asked)."""
    if whom.lower() != "you" and _names(item.text, _name_forms(whom, people)):
        return True
    return re.search(r"\byou\b", item.text, re.IGNORECASE) is not None and \
        not any(p.kind == "person" and _names(item.text, _name_forms(p.name, people)) for p in people)


# What the speaker thanks someone for, before a report of "them": "thanks for the plan and the RAID log, Imogen, ..."
_THANKED_FOR = re.compile(r"\bthanks?(?: you)? for (?:the|your|those|these|all the)\s+(?P<thing>[^,.;!?]{2,60}?)\s*,",
                          re.IGNORECASE)
_NOT_YET = re.compile(r"\b(?:not yet|still not|not done|haven't (?:done|started|touched|finished|got to)|"
                      r"didn't get (?:to|round)|sorry)\b", re.IGNORECASE)


# An item promised for a side, not a person: "We'll push the firmware ...", "Our network team will open the ports".
_FOR_A_SIDE = re.compile(r"^\W*(?:\w+,\s*)?(?:so\s+|then\s+|and\s+)?(?:we|we'll|we've|we're|our)\b", re.IGNORECASE)


# The object of a report that is the owner receiving, not doing: "Ruth sent me the code table".
_TO_THE_SPEAKER = re.compile(r"^\s*(?:me|us|over to (?:me|us)|back to (?:me|us))\b", re.IGNORECASE)


def _handed_on(item: FactBase, doer: str, text: str, report: DoneReport) -> int:
    """How many words of the item's work the report names when the owner reports that another person did it
    ("Kerry sent the rota round on Tuesday" for Denise's "I'll do the training rota"): a named doer whose object
    names the work, not sent to the owner; else 0."""
    if not isinstance(item, ActionItem) or doer in ("speaker", "pronoun", "thing") or not doer[:1].isupper():
        return 0
    what = _object(text, report.end)
    work = _topic(item) - condition_stems(item)
    return 0 if _TO_THE_SPEAKER.match(what) else len(content_stems(what, exclude=[doer]) & work)


def _names_the_work(what: str, work: set[str], name_words: set[str]) -> bool:
    """What a named person's reported act is about (its subject and object) is the item's work, or points back to
    it ("Kerry sent the rota round", "Declan's report came through", "Priya got those live"), or says nothing
    ("Kerry did."); not "gave me the authority on dates"."""
    said = content_stems(what) - name_words - _TIME_WORDS
    return not said or bool(said & work) or bool(PRONOUN.search(what))


def _by_the_side(item: FactBase, doer: str, people: Sequence[Person]) -> bool:
    """A report's doer is an organisation (no person of the engagement) and the item is a side's "we'll ..." that
    it may have done for its spokesperson ("ScanPoint pushed the firmware" for "We'll push the firmware")."""
    # (not an organisation the work is for or about: "Harrow and Finch sent the test ID" is no "we'll have the Harrow
    # and Finch map built")
    return doer not in ("speaker", "pronoun", "thing") and isinstance(item, ActionItem) and \
        bool(_FOR_A_SIDE.search(item.text)) and not _a_person(doer, people) and not _names(item.text, [doer.lower()])


def _a_person(name: str, people: Sequence[Person]) -> bool:
    """``name`` (one word) is a person of the engagement: their first name, full name or an alias."""
    low = name.lower()
    return any(p.kind == "person" and (low in p.name.lower().split() or low in (a.lower() for a in p.aliases))
               for p in people)


_TEAM_OF = re.compile(r"^[A-Z][a-z]+'s (?:team|crew|people|guys|folks|group)$")
_OUR_TEAM = re.compile(r"\b(?:my|our) (?:team|crew|people|guys|folks|group)\b", re.IGNORECASE)


# Work of getting one's people doing something: "I'll get five of the lads using the demo units on real jobs"
_GETS_THEM_DOING = re.compile(r"\b(?:get|have)\s+(?:(?:all|some|a few|a couple|\w+)\s+of\s+)?(?:the|my|our)\s+[a-z]+\s+"
                              r"[a-z]+ing\b", re.IGNORECASE)


def _owners_team(report: DoneReport, item: FactBase) -> bool:
    """The report's doer is one of the owner's people and the item is the owner's team's work: "My team will get
    the VPN configured" done by "Gareth's team finished it", said by the owner; or "they" did what the owner was
    to get them doing ("I'll get five of the lads using the demo units" - "They used them on about sixty jobs")."""
    subject = report.subject.strip()
    return isinstance(item, ActionItem) and (
        (bool(_TEAM_OF.match(subject)) and bool(_OUR_TEAM.search(item.text)))
        or (subject.lower() == "they" and bool(_GETS_THEM_DOING.search(item.text))))


def _restated_dones(cands: list[_Candidate]) -> list[_Candidate]:
    """A done said again later in the meeting restates it: "Darren's fees are in." in the host's summary, after
    "Darren's fee codes are in.", closes no other item of Darren's that shares no word with it (his ID-card export).
    Only the same owner's items: "And Ade, we got your list on Monday" is news of Ade's list though Rhys's field list
    came earlier, and "I did the walk-round, the cabling's fine" closes the visit though a cabling blocker was lifted."""
    first_done: dict[str, int] = {}  # item -> the first sentence reporting it done in words of its work
    for c in cands:
        if c.event == "done" and c.words:
            first_done[c.item.id] = min(first_done.get(c.item.id, c.utterance.segment_id), c.utterance.segment_id)
    restated = {(c.utterance.segment_id, c.utterance.text, c.item.owner) for c in cands
                if isinstance(c.item, ActionItem) and c.item.owner and c.event == "done" and c.words
                and first_done[c.item.id] < c.utterance.segment_id}
    return [c for c in cands if c.event != "done" or c.words or not isinstance(c.item, ActionItem)
            or (c.utterance.segment_id, c.utterance.text, c.item.owner) not in restated]


def _assign(cands: list[_Candidate], meeting_id: str) -> list[FollowUp]:
    """Best sentence per item; a sentence serves one item (the best). Between items about as close, the owner's
    own item wins, then the one whose own words the sentence names; a tie left alone lets each tied item fall back
    to another sentence of its own."""
    by_item: dict[str, list[_Candidate]] = {}
    for c in cands:
        by_item.setdefault(c.item.id, []).append(c)
    best: list[_Candidate] = []
    for group in by_item.values():
        group.sort(key=lambda c: (c.event != "done", -c.score, c.utterance.segment_id))
        best.append(group[0])
    by_utt: dict[tuple[int, str], list[_Candidate]] = {}
    out: list[FollowUp] = []
    for c in best:
        if c.shared:  # every blocker waiting on the thing reported arrived is lifted by it
            out.append(FollowUp(item_id=c.item.id, event=c.event, due=c.due,  # type: ignore[arg-type]
                                evidence=[c.utterance.evidence(meeting_id)], score=c.score, reason=c.reason))
            continue
        by_utt.setdefault((c.utterance.segment_id, c.utterance.text), []).append(c)
    lost: set[str] = set()  # items whose best sentence went to another item, or was as close to another
    used: set[tuple[int, str]] = set()
    tied: set[tuple[int, str]] = set()
    for key, group in by_utt.items():
        group.sort(key=lambda c: -c.score)
        if len(group) > 1 and group[0].score - group[1].score < MARGIN and \
                group[0].item.kind == group[1].item.kind:
            close = [c for c in group if group[0].score - c.score < MARGIN and c.item.kind == group[0].item.kind]
            said = content_stems(_NAME_WORD.sub(" ", key[1]))  # the sentence's words, names left out
            if group[0].own != group[1].own:
                # about as close to either: the owner's own item, not one whose owner the sentence names ("The
                # course list went to Marco on Wednesday", said by Helen, is Helen's course list, not Marco's pilot
                # batch)
                group.sort(key=lambda c: (not c.own, -c.score))
            elif len(named := [c for c in close if _own_words(c.item) & said]) == 1:
                # ... or the one whose own words the sentence names: "VPN's working now" is "I'll get your VPN
                # account set up", not "I'll chase them today" (which the VPN token only prompted)
                group.sort(key=lambda c: c is not named[0])
            else:
                # left alone, and each of those items may still have a sentence of its own (below)
                tied.add(key)
                lost.update(c.item.id for c in close)
                continue
        kinds_taken: set[str] = set()
        for c in group:
            if c.item.kind in kinds_taken:
                lost.add(c.item.id)
                continue
            kinds_taken.add(c.item.kind)
            used.add(key)
            # The prompt a short reply answers is evidence too ("Greg, the CR?" - "Going in Monday now.").
            evidence = [c.utterance.evidence(meeting_id)]
            if c.via_prompt and c.utterance.prompt_segment is not None:
                evidence.append(c.utterance.prompt_segment)
            out.append(FollowUp(item_id=c.item.id, event=c.event, due=c.due,  # type: ignore[arg-type]
                                evidence=evidence, score=c.score, reason=c.reason))
    # An item that lost its best sentence to another item of the same owner may still have one of its own ("I
    # signed it off on Wednesday, it's back with you" closes the mapping doc; "I'll have an answer for you by
    # Friday" still slips the backfill item): its other sentences, none another item has taken.
    # Someone else's turn that served another item serves no more: "Rhys, the test file to Marek?" - "It'll be
    # Friday. The 6th." slips Rhys's test file, not Marek's spec too.
    rest = [c for c in cands if c.item.id in lost and (c.utterance.segment_id, c.utterance.text) not in used | tied
            and (c.own or c.utterance.segment_id not in {k[0] for k in used})]
    return out + (_assign(rest, meeting_id) if rest and len(rest) < len(cands) else [])


__all__ = ["DoneReport", "Utterance", "chase_only", "confirmed_restatement", "done_report", "find_followups",
           "follow_up_for", "only_checking", "retried_other", "utterances", "verify_follow_ups"]
