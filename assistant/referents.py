"""What an item's "it" is: the thing a task's bare pronoun points back to, for report lines that name the work.

Offline items keep the speaker's words, and a promise often names its work only in what was said before it:
"Alistair, the DPIA." - "I'll have it signed by the sixth." A status report line "Alistair: have it signed by the
sixth" tells its reader nothing. The item keeps that earlier talk as its context (the prompt it answers, or the
turn's words before the promise), and this module finds in it the thing asked for, which the report shows in
brackets in place of the pronoun: "have [the DPIA] signed by the sixth".

Only where the context says plainly what is wanted is a thing named; otherwise the line stays as said, because a
wrong thing in brackets misleads more than a bare "it":
- a topic said on its own, after a name or alone ("Alistair, the DPIA.", "Libby, user accounts?", "The templates.",
  "Richard, while I've got you, the go or no-go criteria for the pilot.");
- the object of wanting or waiting ("I need your schedule of rates", "can I get the field list for the HR feed?",
  "we'll need your sign-off on the mapping doc", "until we've got the certificate from you");
- work taken up ("Tasha's going to pick up the merges for the pilot practices");
- a question about where something is ("where are we with the application itself?").
The thing must agree with the pronoun in number ("them" is never "the DPIA"), and the last such thing said wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that end a noun phrase: what follows is a verb, a clause, another phrase or a time.
_END = _words("""of is are was were be been being will would can could should shall may might must do does did have
has had to and or but so because before after until till if when while whether that which who whom whose what where
why how with from in on at by into onto about over under than then as for off out up down it its itself they them
themselves their we you i he she me us him her there here not no just also still already yet really very quite
actually basically now today tomorrow yesterday need needs want wants get gets got send sent done without within
across through against between behind beyond during per via like around along better anyway too again first last
please anything something everything nothing anyone someone everyone else""")
# Heads that are a time or a filler, never the work ("the end of the week", "the thing is").
_NO_THING = _words("""week weeks month months day days morning afternoon evening night monday tuesday wednesday
thursday friday saturday sunday weekend end start moment minute minutes hour hours time year years lot bit thing
things way one ones point stuff rest side record spring summer autumn winter""")
# Acts, not things: "your sign-off on the mapping doc" asks for the mapping doc to be signed.
_ACTS = _words("sign-off signoff signature approval okay ok go-ahead answer comments review input view thoughts "
               "help nudge look go try hand shout chat word")
_LINKS = frozenset({"of", "for", "from", "on", "with"})
_DETERMINER = re.compile(r"(?:the|your|our|my|his|her|their|this|that|these|those|a|an|(?-i:[A-Z][a-z]+)'s)\s+",
                         re.IGNORECASE)
_NOT_POSSESSORS = _words("that it there here what who he she let where how this why")
_TOKEN = re.compile(r"[\w'-]+(?:/[\w'-]+)*|[^\w\s]")  # "go/no-go" is one word
_PARTICIPLE = re.compile(r"\w{2,}[^e]ed")  # "approved", "signed" (not "feed", "need")
_PLURAL_HEAD = re.compile(r"\w+[^su']s", re.IGNORECASE)  # "rules", "documents" (not "process", "status", "Tom's")

# Where the context says what is wanted (see the module docstring).
_WANTED = re.compile(
    r"(?<!who )(?<!which )(?<!that )\b(?:need|needs|needed|want|wants|'d love|would love|'d like|would like|"
    r"(?:can|could|may) i (?:get|see|have|borrow)|"
    # asked to do something to it: "Can you put the weird fields in red?", "Can you get Kwame a list?"
    r"(?:could|can|would) you (?:please )?[a-z]+(?: (?:out|up|over|through|together|across|back|round))?"
    r"(?: me| us| (?-i:[A-Z][a-z]+))?|"
    # made or had ready: "I've drafted the letter.", "Rhys has drafted the shift templates", "I've got the paperwork"
    r"(?:i've|we've|i have|we have) (?:just |now |already )?(?:got|drafted|written|done|made|put together|finished|"
    r"built|prepared|updated|started|received)|"
    r"(?<=[a-z] )has (?:just |now |already )?(?:drafted|written|made|put together|finished|built|prepared|updated)|"
    r"waiting (?:on|for)|without|until (?:i|we)(?:'ve| have)? (?:got|get|have|see)|"
    r"until (?:you|they|he|she) (?:okay|sign|approve|send|return))\s+"
    r"(?:to (?:see|have)\s+)?(?:from you\s+)?(?:is\s+)?(?:basically\s+|just\s+|only\s+)?(?=\S)",
    re.IGNORECASE,
)
_TAKEN_UP = re.compile(r"\b(?:pick(?:ing)? up|tak(?:e|ing) on|look(?:ing)? (?:at|into)|go(?:ing)? through|sort out|"
                       r"handle|chas(?:e|ing)|have a look at)\s+(?=\S)", re.IGNORECASE)
_WHERE_IS = re.compile(r"\b(?:where are we (?:with|on)|how are we (?:with|on|doing with)|what about|any news on|"
                       r"how's|how is|where's|where is)\s+(?=\S)", re.IGNORECASE)
_OPENING = re.compile(r"^(?:(?:and|so|okay|ok|right|now|then)\W+)*(?P<name>(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?,\s+)?"
                      r"(?:(?:and|so|also|even|just|only)\s+)*", re.IGNORECASE)
# Not names, though capitalised before a comma at the start of a sentence.
_NOT_NAMES = _words("yes yeah yep no okay ok right well now so also great fine sorry thanks morning hi hello sure "
                       "good actually honestly look listen anyway ideally oh ah um both and but then lovely perfect "
                       "brilliant cool")

# The pronoun standing for the work in a task ("send it over", "get that to you", "dig one out").
_PRONOUN = re.compile(r"\b(?P<p>it|them|that|this|those|these|one)\b(?!')", re.IGNORECASE)
_PARTICLES = _words("over across back out off up round around through together in on down to done sorted signed "
                       "fixed")
_ONE_VERBS = _words("dig do write send find get draft pull make run book set knock")
# "them" after these verbs is people ("tell them it's a competition", "chase them"); these pronouns are idioms.
_TO_PEOPLE = _words("tell ask remind let warn email ring call thank chase nudge ping give show pay")
_IDIOM = re.compile(r"^\W*(?:make|call|keep)\s+it\b", re.I)
_NOT_OBJECT = _words("for about of from all like than")
_WORDS_BEFORE = 4  # the pronoun is the object of the task's first verb phrase, not of a later clause


def pronoun_object(task: str) -> re.Match[str] | None:
    """The pronoun a task ("send it over Thursday", "have those fixed by Friday") has for its work, or None when it
    names its work, uses an idiom ("make it", "call it") or the pronoun is people ("tell them")."""
    if _IDIOM.search(task):
        return None
    for m in _PRONOUN.finditer(task):
        before = task[: m.start()].split()
        if len(before) > _WORDS_BEFORE:
            return None
        p = m.group("p").casefold()
        verb = before[-1].casefold().strip(",") if before else ""  # the word before it
        if verb in _NOT_OBJECT:
            continue  # "write the scripts for that", "brief Harriet on all this": not what the work is done to
        nxt = re.match(r"\s*([\w'-]+|[^\w\s]|$)", task[m.end() :])
        after = nxt.group(1).casefold() if nxt else ""
        if p in ("that", "this", "those", "these", "one"):
            ends = (not after or not after[0].isalnum() or after in _PARTICLES or after in _END
                    or _PARTICIPLE.fullmatch(after) is not None)
            if not ends or (p == "one" and verb not in _ONE_VERBS):
                continue  # a determiner ("get that list to you", "ring him this afternoon") or "the cracked one"
            if p == "that" and after in ("the", "a", "an", "we", "i", "you", "they", "it", "he", "she"):
                continue  # "make sure that the ..."
        elif after in ("is", "was", "will", "would", "can", "has"):
            continue  # a subject: "it is", "it will"
        if p == "them" and verb in _TO_PEOPLE:
            return None
        return m
    return None


def _phrase_at(text: str, at: int, indefinite: bool, fragment: bool = False, nested: bool = False) -> str | None:
    """The noun phrase that opens ``text`` at ``at`` with a determiner ("the field list for the HR feed"), or None
    when none does or its head is a time, a filler or a possessive."""
    m = _DETERMINER.match(text, at)
    if m is None:
        return None
    det = m.group(0).strip()
    if det.endswith("'s") and det[:-2].casefold() in _NOT_POSSESSORS:
        return None  # "That's exactly", "It's ..."
    if det.casefold() in ("a", "an") and not indefinite:
        return None
    words: list[str] = []
    tail: tuple[str, str] | None = None
    for t in _TOKEN.finditer(text, m.end()):
        w = t.group(0)
        lw = w.casefold()
        ends = (not w[0].isalnum() or lw in _END or ("'" in w and not lw.endswith("'s")) or len(words) >= 5
                or (bool(words) and (_PARTICIPLE.fullmatch(lw) is not None or lw.endswith("n't"))))
        if not ends or (fragment and words and lw in ("and", "or") and len(words) < 4):
            words.append(w)
            continue
        if words and lw in _LINKS and not nested:
            sub = _phrase_at(text, t.end() + 1, indefinite, nested=True)
            if sub is None and lw == "of":  # "your schedule of rates"
                bare: list[str] = []
                for u in _TOKEN.finditer(text, t.end()):
                    if not u.group(0)[0].isalnum() or u.group(0).casefold() in _END or len(bare) >= 3:
                        break
                    bare.append(u.group(0))
                sub = " ".join(bare) or None
            tail = (lw, sub) if sub else None
        break
    if not words:
        return None
    if det.casefold() in ("this", "that", "these", "those") and words[0].casefold().endswith("ing"):
        return None  # "where's that sitting?"
    if len(words) > 1 and words[-1].casefold().endswith("ing"):
        words.pop()  # "the onboarding moving"
    head = words[-1].casefold()
    if head.endswith("'s"):
        return None
    if head in _ACTS:
        return tail[1] if tail else None
    if head in _NO_THING or head[0].isdigit():
        return None
    own = f"{det} {' '.join(words)}"
    return f"{own} {tail[0]} {tail[1]}" if tail else own


_POINTS_BACK = re.compile(r"\b(?:it|them|that|those)\b", re.IGNORECASE)


def _is_name(word: str, names: Sequence[str]) -> bool:
    if names:
        return any(word.casefold() in n.casefold().split() for n in names)
    return word.split()[0].casefold() not in _NOT_NAMES


def things_wanted(context: str, names: Sequence[str] = ()) -> list[str]:
    """The things the context asks for or names as the topic, in the order said (see the module docstring)."""
    out: list[str] = []
    for sentence in re.split(r"(?<=[.?!])\s+", context):
        s = sentence.strip()
        m = _OPENING.match(s)
        named = m is not None and m.group("name") is not None and _is_name(m.group("name").rstrip(", "), names)
        if m is not None:
            if named and s.count(",") >= 2:  # "Richard, while I've got you, the go or no-go criteria for the pilot."
                last = s.rsplit(",", 1)[-1].strip()
                topic = _phrase_at(last, 0, False, fragment=True)
                if topic and re.fullmatch(r"\W*", last[len(topic) :]):
                    out.append(topic)
                    continue
            start = m.end() if named or m.group("name") is None else m.start("name") + len(m.group("name"))
            topic = _phrase_at(s, start, False, fragment=True)
            rest = s[start + len(topic) :] if topic else ""
            if topic and re.fullmatch(r"\W*(?:(?:before|for|from|with|on|in)\s+\w+(?:\s+\w+)?)?\W*", rest, re.I):
                out.append(topic)  # "Alistair, the DPIA.", "The templates.", "Dev, the night-out rule before that?"
                continue
            if topic and rest.lstrip().startswith(",") and (s.endswith("?") or _POINTS_BACK.search(rest)):
                # "Declan, the data sharing agreement with AquaLink, where's that sitting?", "And the merchant
                # agreement, I'm going to take it over Yusuf's head."
                out.append(topic)
                continue
            bare = re.fullmatch(r"((?:[a-z][\w-]*\s+){1,2}[a-z][\w-]*|[a-z][\w-]*s)\s*[?.]", s[m.end() :]) \
                if named else None
            if bare and not set(bare.group(1).casefold().split()) & (_END | _NO_THING):
                out.append(bare.group(1))  # "Libby, user accounts?", "Lorna, scanners."
                continue
        for frame, indefinite in ((_WANTED, True), (_TAKEN_UP, False), (_WHERE_IS, False)):
            out += [t for f in frame.finditer(s) if (t := _phrase_at(s, f.end(), indefinite))]
    return out


def _plural(thing: str) -> bool:
    core = re.split(r"\s+(?:of|for|from|on|with)\s+", thing)[0]
    return _PLURAL_HEAD.fullmatch(core.split()[-1]) is not None


def referent(context: str | None, pronoun: str, names: Sequence[str] = ()) -> str | None:
    """The thing ``pronoun`` stands for, from the ``context`` said before it, or None when the context does not
    say plainly (see the module docstring)."""
    if not context:
        return None
    p = pronoun.casefold()
    fit = [t for t in things_wanted(context, names) if _plural(t) == (p in ("them", "those", "these"))]
    if p != "one":
        fit = [t for t in fit if not re.match(r"(?:a|an)\s", t, re.IGNORECASE)] or fit
    return fit[-1] if fit else None


def with_referent(task: str, context: str | None, names: Sequence[str] = ()) -> str:
    """The task with its bare pronoun replaced by the thing it stands for, in brackets ("have [the DPIA] signed by
    the sixth"); the task unchanged when it names its work or the context does not say."""
    m = pronoun_object(task)
    thing = referent(context, m.group("p"), names) if m else None
    if m is None or thing is None:
        return task
    if m.group("p").casefold() == "one":  # "dig [a sample file] out": one of a kind
        thing = re.sub(r"^(?:the|your|our|my|his|her|their)\s+", "a ", thing, flags=re.IGNORECASE)
    else:  # "it" is the one asked for: "without a purchase order" - "sign [the purchase order] off"
        thing = re.sub(r"^an?\s+", "the ", thing, flags=re.IGNORECASE)
    det, _, rest = thing.partition(" ")
    if det.casefold() in ("the", "your", "our", "my", "his", "her", "their", "a", "an"):
        thing = f"{det.casefold()} {rest}"  # "The templates." said alone
    return f"{task[: m.start()]}[{thing}]{task[m.end() :]}"


# A promise's work named by a bare "the" and its head word: "I'll raise the change today", "we'll book the room".
_DEFINITE_WORK = re.compile(r"\b(?:I|we)(?:'ll| will| can| shall)\s+(?:[a-z]+\s+){1,2}?the\s+(?P<head>[a-z][a-z-]{2,})"
                            r"(?=\s*(?:[.,;!?]|$)|\s+(?:today|tonight|tomorrow|this|next|by|on|for|to|before|after|in|at|"
                            r"first|then|as|when|once|and|so|over|off|through|up|out|myself|ourselves)\b)")


_SIZE_OR_WORTH = _words("new big bigger small smaller quick little long short good proper full rough first second final "
                        "few couple whole real separate single simple massive huge tiny nice bit lot very")


def named_before(task: str, before: str) -> str | None:
    """The fuller name that a task's "the <thing>" has just been given, or None: "Yeah, that's SFTP onto the payroll
    server, which means a firewall change." - "I'll raise the change today." names "a firewall change"; "We need
    your duty managers' names ..." - "I'll send you the names by Friday." names "your duty managers' names". Only a
    thing brought up with "a", "an" or whose it is, and a word that says which kind it is."""
    m = _DEFINITE_WORK.search(task)
    if m is None or m.group("head").casefold() in _NO_THING | _END:
        return None
    head = re.escape(m.group("head"))
    found = re.search(rf"\b(?:a|an|another|your|our|their|his|her|my|(?!(?:it|that|there|what|he|she|here|where|who|let|"
                      rf"this)'s)(?-i:[A-Z][a-z]+)'s)\s+((?:(?!(?:a|an|the)\s)[\w'-]+\s+){{1,3}}){head}s?\b",
                      before, re.IGNORECASE)
    if found is None or not set(found.group(1).casefold().split()) - _END - _SIZE_OR_WORTH:
        return None
    return found.group(0)


# A thing named just before "and that" / "and it", which is what the pronoun stands for.
_THING_THEN_THAT = re.compile(r"\b(?:the|your|our|their|his|her|my)\s+(?P<thing>(?:[\w-]+\s+){0,3}[\w-]+)\s*,?\s+"
                              r"(?:and|but|so)\s+(?:that|it|this|they)(?:'s|'ve)?\s*$", re.IGNORECASE)


def thing_then_that(before: str) -> str | None:
    """The thing ``before`` (a sentence up to a pronoun's verb) names just ahead of "and that" / "and it": "... until
    the council signs the merchant agreement, and that" -> "merchant agreement"."""
    m = _THING_THEN_THAT.search(before)
    return m.group("thing") if m else None


__all__ = ["named_before", "pronoun_object", "referent", "thing_then_that", "things_wanted", "with_referent"]
