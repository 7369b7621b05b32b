"""Per-speaker sentiment with VADER, plus sarcasm cues VADER misses ("great, another delay")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_SARCASM = re.compile(
    r"\b(great|wonderful|fantastic|perfect|lovely|brilliant|awesome|nice|fabulous)\b[,!.]*\s*"
    r"(?:just |so |yet |that's |,)*(another|more|again|one more|what we needed|exactly what)\b"
    r"|\b(oh (great|joy|wonderful|perfect)|yeah,? right|just what we needed|thanks a lot|as usual|"
    r"what a surprise|surprise,? surprise|here we go again|love (it )?when)\b"
    # "Great, so we're waiting on risk before we've even started."
    r"|^\s*(?:oh\s+)?(?:great|wonderful|fantastic|perfect|brilliant|marvellous|lovely)[,.!]+\s+so\b",
    re.IGNORECASE,
)
# Praise word straight before "another"/"one more" is sarcastic on its own ("Wonderful, one more round").
_SARCASM_STRONG = re.compile(
    r"\b(great|wonderful|fantastic|perfect|lovely|brilliant|awesome|fabulous)\b[,!.]*\s*(?:yet |just )?"
    r"(another|one more)\b|^\s*(?:as usual|here we go again|what a surprise)[.!]*\s*$"
    # Resigned irony: "Of course they did.", "I can't wait to explain that one to the board."
    r"|^\s*of course (?:they|he|she|it|we) (?:did|does|do|didn't|doesn't|would|wouldn't|was|were|is|are)\b"
    r"|\bcan't wait to (?:explain|tell|justify|present)\b"
    # "Yeah sure, another thing on my plate, great."
    r"|\b(?:another|one more)\b[^.!?]{0,40},\s*(?:great|wonderful|fantastic|brilliant|perfect|lovely|marvellous)\b"
    # "If you say so." to a status claim; "Love that for us." is only ever said of bad news.
    r"|^\W*(?:well,?\s+)?if you say so\b|\blove that for (?:us|me)\b",
    re.IGNORECASE,
)
# A lone showy praise word straight after bad news ("So we're stuck for another week. Marvellous.") is irony;
# plain acknowledgements ("Great.", "Perfect.") are left alone.
_BARE_PRAISE = re.compile(r"^\s*(?:oh\s+)?(?:marvellous|brilliant|fantastic|wonderful|lovely|terrific|splendid|"
                          r"superb)[.!]*\s*$"
                          # "Another week of 'nearly there'. I'm thrilled."
                          r"|^\s*(?:i'm|i am|we're|we are)\s+(?:just\s+|so\s+|absolutely\s+)?(?:thrilled|delighted|"
                          r"overjoyed|ecstatic)[.!]*\s*$"
                          # "Just brilliant.", "How lovely.", "Love it."
                          r"|^\s*(?:oh\s+)?(?:just|how|simply|really|absolutely)\s+(?:great|perfect|marvellous|brilliant|"
                          r"fantastic|wonderful|lovely|terrific|splendid)[.!]*\s*$|^\s*(?:i\s+)?love (?:it|that)[.!]*\s*$",
                          re.IGNORECASE)
# Exasperation after bad news: "The mapping slipped." - "Again." / "Typical."
_EXASPERATED = re.compile(r"^\s*(?:again|typical|classic|unbelievable|seriously|of course)[.!?]*\s*$", re.IGNORECASE)
# A statement that something did not happen: not scored by VADER, but a bare "Wonderful." after it is irony ("They
# accepted the ticket but haven't assigned anyone." - "Wonderful.").
# ... including when VADER likes the rest of it: "They accepted the ticket but haven't assigned anyone."
_NOTHING_DONE = re.compile(r"\b(?:haven't|hasn't|didn't|have not|has not|did not)\s+(?:even\s+|yet\s+|actually\s+)?"
                           r"(?:assigned|started|replied|answered|looked|responded|picked|touched|moved|signed|approved|"
                           r"sent|called|booked|done|got back)\b", re.IGNORECASE)
_DID_NOT = re.compile(r"\b(?:haven't|hasn't|didn't|hadn't|won't|can't|couldn't|nobody|no one|nothing|still no|never)\b",
                      re.IGNORECASE)
# Meeting courtesy and acknowledgements ("Thanks Mark.", "Sure.", "Welcome Anna.") carry no opinion; VADER scores
# them positive, which made every polite speaker look happy.
_COURTESY = re.compile(
    r"\b(?:thanks?(?: you)?(?: all| everyone| everybody)?|welcome|good (?:morning|afternoon|evening)|morning|"
    r"hi|hello|okay|ok|sure|yes|yeah|yep|please|fine|agreed|honestly|to be honest|i'll be honest|"
    # "I'd like the dates in my slides" asks for something; VADER reads "like" as praise.
    r"i'd like|we'd like|(?:i|we) would like|"
    # Process nouns VADER reads as praise: "waiting for approval from the security team" is not good news.
    r"approval|(?:network|information|it|cyber) security)\b",
    re.IGNORECASE,
)
# First-person negative feelings VADER under-scores ("I'm annoyed, to be honest" comes out positive).
_FEELING_NEG = re.compile(
    r"\b(?:i'm|i am|we're|we are)\s+(?:\w+\s+)?(?:worried|frustrated|annoyed|concerned|disappointed|not happy|"
    r"unhappy|fed up|tired of|upset|nervous)\b",
    re.IGNORECASE,
)
# Workload / overload statements VADER scores neutral or barely negative ("I'm drowning" is 0.0, "we are swamped"
# is 0.0, "stretched thin" is 0.0): a stakeholder saying their team cannot absorb more is a clear negative signal.
OVERLOAD = re.compile(
    r"\b(?:i'm|i am|we're|we are|i've been|we've been|i feel|(?:the|my|our) team is|they're|they are)\s+"
    r"(?:\w+\s+)?(?:drowning|swamped|exhausted|overwhelmed|overloaded|burn(?:ed|t)\s+out|snowed under|maxed out|"
    r"at (?:full )?capacity|stretched(?: too)? thin|stretched)\b"
    r"|\bstretched (?:too |very |really |so )?thin\b"
    r"|\b(?:can't|cannot|can not|couldn't)\s+(?:take|absorb|cope with)\s+(?:on\s+)?(?:any\s*)?(?:more|anything else)\b"
    # "I can't keep doing two jobs", "we can't keep up"
    r"|\b(?:can't|cannot|can not)\s+keep\s+(?:doing|up|going|covering|juggling)\b|\b(?:doing|covering) two jobs\b"
    r"|\btoo much on (?:my|our|their|his|her) plates?\b|\b(?:no|zero) (?:bandwidth|capacity)\b"
    # "Look, I'm honestly at the end of my rope here."
    r"|\b(?:end of (?:my|our) (?:rope|tether)|at (?:my|our) wits'? end|can't cope|(?:i've|we've) had enough)\b"
    r"|\bexhausted\b|\bburn(?:ed|t)?[- ]?out\b",
    re.IGNORECASE,
)
_OVERLOAD_SCORE = -0.6
# A project-side concern VADER reads as neutral or positive: "we are not on track", "the date is not realistic",
# "my desk will fall over", "I cannot run training sessions in September. Full stop.", "nobody asked us".
_CONCERN = re.compile(
    r"\b(?:not|isn't|aren't|no longer)\s+(?:\w+\s+)?(?:on track|realistic|feasible|achievable|doable|going to work|"
    r"going to happen)\b|\boff track\b|\bwon't make (?:it|the)\b|\bno way (?:we|they|i)\b|\bwill fall over\b"
    r"|\b(?:can't|cannot|can not)\s+(?:\w+\s+)?(?:do|run|make|deliver|support|commit|absorb|staff|resource)\b"
    r"|\bfull stop\b|\bnobody (?:asked|told|consulted)\b|\bnot (?:happy|acceptable|ok|okay)\b"
    # "This project is stalled.", "Nothing moved this week."
    r"|\b(?:is|are|has|have)\s+(?:\w+\s+)?stalled\b|\bnothing (?:has |have )?(?:\w+ )?(?:moved|happened|changed)\b",
    re.IGNORECASE,
)
_CONCERN_SCORE = -0.5
# A preference names the bad outcome it avoids: "I'd rather slip a week than go live with bad data" is a sponsor
# choosing quality, not an unhappy one; only the chosen side is scored.
_RATHER_THAN = re.compile(r"(\brather\b[^.!?;]*?)\s*,?\s*\bthan\b[^.!?;]*", re.IGNORECASE)
# Project jargon VADER reads as violence or alarm: "the critical path is the firewall change", "I'll fire off the
# email", "kill the batch job", "the attack surface", "cut the release branch", "a fire drill".
_JARGON = re.compile(
    r"\bcritical (?:path|section|systems?|services?|patch(?:es)?|updates?|fix(?:es)?|priority|dependency|"
    r"dependencies|milestones?)\b|\bfire(?:d)? (?:off|over|up)\b|\bfire drills?\b|"
    r"\b(?:kill|killed|killing) (?:the |a |that |this )?(?:jobs?|process(?:es)?|tasks?|sessions?|batch|script|"
    r"query|server|switch|pod)\b|\battack (?:surface|vectors?)\b|"
    r"\b(?:cut|cutting) (?:over|(?:a |the )?(?:release|branch|tag|ticket|build))\b|"
    r"\bhard cut\b|\bdry run\b|\bsmoke test(?:s|ing)?\b|\bpenetration test(?:s|ing)?\b|"
    # "I'll make the girls a cheat sheet", "I'll shoot you an email", "I have a hard stop at three", "the cutover
    # war room", "a stress test", "the disaster recovery test", "take a stab at it"
    r"\bcheat[- ]?sheets?\b|\bshoot (?:you|them|him|her|me|us|it|over|across)\b|\bhard stop\b|\bwar rooms?\b|"
    r"\bstress[- ]test(?:s|ing)?\b|\bdisaster recovery\b|\btake a stab\b|\bdead[- ]letter\b",
    re.IGNORECASE,
)
_NOT_DONE = re.compile(r"\b(?:isn't|is not|wasn't|was not|hasn't been|has not been|aren't|are not|not yet|still not)\s+"
                       r"(?:\w+\s+)?(?:finished|done|ready|complete|completed|approved|signed|fixed|resolved)\b",
                       re.IGNORECASE)
_NEG_EVENT = re.compile(r"\b(delay|delays|slip|slipped|outage|again|another|late|broken|failed|escalat\w*|waiting|"
                        r"stuck|blocked|paperwork|rejected|not approved|lost|wasted|deferred|refused|stalled|behind)\b",
                        re.I)
# "eleven of forty laptops enrolled, zero failures" is good news; VADER reads "failures" as bad.
_NONE_BAD = re.compile(r"\b(?:zero|no|0|without any)\s+(?:failures?|errors?|issues?|problems?|rejects?|defects?|"
                       r"incidents?|complaints?)\b", re.IGNORECASE)


@dataclass
class Scored:
    index: int  # position in the caller's sentence list
    compound: float
    sarcastic: bool


class SentimentScorer:
    """VADER compound score per sentence, with sarcastic praise flipped to negative.

    Sentences are expected in meeting order: a bare "Marvellous." reads as irony only right after bad news.
    """

    def __init__(self) -> None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        self._vader: Any = SentimentIntensityAnalyzer()
        self._prev_bad = False

    def score(self, sentence: str) -> tuple[float, bool]:
        prev_bad = self._prev_bad
        c, sarcastic = self._score(sentence, prev_bad)
        self._prev_bad = sarcastic or c <= -0.3 or bool(_NEG_EVENT.search(sentence) or _NOTHING_DONE.search(sentence)) \
            or bool(c <= 0.0 and (_DID_NOT.search(sentence) or _NOT_DONE.search(sentence)))
        return c, sarcastic

    def _score(self, sentence: str, prev_bad: bool) -> tuple[float, bool]:
        plain = _RATHER_THAN.sub(r"\1", _JARGON.sub("", sentence))
        c = float(self._vader.polarity_scores(_NONE_BAD.sub("", _COURTESY.sub("", plain)))["compound"])
        if _FEELING_NEG.search(sentence):
            c = min(c, -0.5)
        if OVERLOAD.search(sentence):
            c = min(c, _OVERLOAD_SCORE)
        if _CONCERN.search(sentence):
            c = min(c, _CONCERN_SCORE)
        if _NOT_DONE.search(sentence):
            c = min(c, 0.0)  # "The security review isn't finished": VADER flips "finished" into praise
        sarcastic = bool(_SARCASM_STRONG.search(sentence)) or (
            bool(_SARCASM.search(sentence)) and bool(_NEG_EVENT.search(sentence) or "right" in sentence.lower())
        ) or (prev_bad and bool(_BARE_PRAISE.search(sentence)))
        if prev_bad and _EXASPERATED.search(sentence):
            c = min(c, -0.4)
        if sarcastic:
            # Praise words around a bad event read as complaint: flip and keep at least a clear negative.
            c = -max(abs(c), 0.4)
        return c, sarcastic


def aggregate(scores: list[float]) -> tuple[float, float]:
    """(polarity, intensity) for one speaker: mean of opinionated sentences; neutral talk dilutes only a bit."""
    opinion = [s for s in scores if abs(s) >= 0.3]
    if not opinion:
        return 0.0, 0.0
    # Neutral sentences count a tenth so one joke in a long neutral turn does not define a person, while a few clear
    # complaints among much neutral status talk still do (Globex audit: a quarter read "I am frustrated ... nothing has
    # actually moved" among twenty status sentences as neutral).
    neutral = len(scores) - len(opinion)
    pol = sum(opinion) / (len(opinion) + 0.1 * neutral)
    inten = sum(abs(s) for s in opinion) / len(opinion)
    return max(-1.0, min(1.0, pol)), max(0.0, min(1.0, inten))
