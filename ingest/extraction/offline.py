"""Offline fact extractor: AMI-trained turn classifiers (numpy) + high-precision rules, no LLM.

Design choices (see the report in evals/extraction.py for measured numbers):
- Each turn gets an action/decision/problem probability from logistic regressions over MiniLM embeddings of the
  turn and its neighbours plus lexical cues. Turns above a threshold tuned by grouped CV on AMI train are kept,
  at most ``cap`` per meeting. With a non-MiniLM embedder (tests use a hashing one) a lexical-only model is used.
- Sentence rules add explicit commitments ("I'll send ...", "Priya will ...", "Can you ... by Friday?").
- Conditional offers ("I could maybe look at it") are emitted with conditional=True and confidence 0.3; they
  are not commitments, and the AMI evaluation does not count them as action items.
- Completions ("I sent the firewall change yesterday") become ActionItem(status="done") reports so the store
  can close the matching open item; they are never created from imperative text such as "mark everything done".
- Evidence quotes are slices of the segment text, so they are verbatim by construction.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from assistant.engines.base import Embedder
from assistant.models import (
    ActionItem,
    Attendance,
    Blocker,
    Decision,
    Evidence,
    FactBase,
    FactEvent,
    FactSet,
    Mention,
    Risk,
    Segment,
    SentimentSignal,
)
from ingest.extraction import MeetingContext, rules
from ingest.extraction.dates import find_date_phrase, resolve
from ingest.extraction.features import CUES, embed_text, feature_matrix, lexical_matrix
from ingest.extraction.owners import NameIndex, resolve_owner, team_phrases, vocative_in

MODEL_DIR = Path(__file__).resolve().parent / "model"
MAX_SEGMENT_CHARS = 6000  # analysis window per segment; bounds regex time on pathological input

_EN_WORDS = set(
    ["the", "a", "an", "and", "or", "but", "to", "of", "in", "on", "for", "with", "is", "are", "was", "were", "be", "been", "it", "this", "that", "i", "you", "we", "they", "he", "she", "will", "would", "can", "could", "should", "have", "has", "had", "do", "does", "did", "not", "no", "yes", "so", "if", "at", "by", "from", "as", "just", "what", "there", "i'll", "we'll", "you'll", "it's", "that's", "let's", "i'm", "we're", "don't", "can't", "won't", "okay", "ok", "thanks", "yeah", "my", "our", "your", "me", "us", "them", "about", "all", "up", "out", "get", "go", "need", "send", "next", "then", "now", "one", "two", "some", "more", "when", "which", "who", "how"]
)
_STRONG_SELF = True
_SELF_TASK = re.compile(
    r"\b(?:i'll|i will|i'm going to)\s+(?:\w+\s+){0,2}?(?:send|e-?mail|book|schedule|chase|confirm|escalate|raise|"
    r"update|share|fix|prepare|draft|submit|file|call|check|add|set up|follow up|tell|present|deploy)\b",
    re.IGNORECASE,
)
_ACTION_CUES = ("i_will", "you_will", "we_will", "task_verb", "deadline", "next_meeting")
_DECISION_CUES = ("decision", "we_will", "number")


@dataclass
class TurnModel:
    """Shipped logistic-regression weights and tuned selection settings."""

    arrays: dict[str, np.ndarray]
    meta: dict[str, Any]

    @classmethod
    def load(cls, directory: Path) -> TurnModel:
        from assistant.errors import MissingComponent

        npz, meta = directory / "turn_classifier.npz", directory / "meta.json"
        if not npz.is_file() or not meta.is_file():
            raise MissingComponent(
                f"offline extractor weights in {directory}", "run `python -m evals.train_extractor --data <ami train.jsonl>`"
            )
        with np.load(npz) as z:
            arrays = {k: z[k] for k in z.files}
        return cls(arrays, json.loads(meta.read_text()))

    def probs(self, variant: str, kind: str, x: np.ndarray) -> np.ndarray:
        key = f"{variant}_{kind}"
        mu, sd, w = self.arrays[f"{key}_mu"], self.arrays[f"{key}_sd"], self.arrays[f"{key}_w"]
        b = float(self.arrays[f"{key}_b"][0])
        z = ((x - mu) / sd) @ w + b
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    def setting(self, variant: str, kind: str) -> tuple[float, int]:
        s = self.meta["thresholds"][f"{variant}_{kind}"]
        return float(s["threshold"]), int(s["cap"])


def select(probs: np.ndarray, thr: float, cap: int) -> list[int]:
    order = sorted(range(len(probs)), key=lambda i: (-float(probs[i]), i))
    return sorted(i for i in order[:cap] if probs[i] >= thr)


class OfflineExtractor:
    """Deterministic, local fact extraction for one meeting."""

    name = "offline"

    def __init__(
        self,
        embedder: Embedder | None = None,
        model_dir: Path | None = None,
        *,
        use_rules: bool = True,
        rule_floor: float = 0.95,
    ) -> None:
        self.model = TurnModel.load(model_dir or MODEL_DIR)
        self._embedder = embedder
        self._embedder_tried = embedder is not None
        self.use_rules = use_rules
        # Weak rule hits ("I'll ...", "we'll ...") need this classifier probability; AMI talk is full of them.
        self.rule_floor = rule_floor
        self._sentiment: Any = None

    # ------------------------------------------------------------------ engines

    def _get_embedder(self) -> Embedder | None:
        if not self._embedder_tried:
            self._embedder_tried = True
            try:
                from assistant.engines.embedder import MiniLMEmbedder

                self._embedder = MiniLMEmbedder()
            except Exception:  # no model installed: the lexical model still works
                self._embedder = None
        return self._embedder

    def _variant(self) -> str:
        emb = self._get_embedder()
        return "full" if emb is not None and "minilm" in emb.name.lower() else "lex"

    def turn_probabilities(self, texts: list[str], speakers: list[str]) -> dict[str, np.ndarray]:
        """Per-kind probabilities for every turn (used by the evaluation too)."""
        variant = self._variant()
        if variant == "full":
            emb_model = self._get_embedder()
            assert emb_model is not None
            prepped = [embed_text(t) for t in texts]
            idx = [i for i, p in enumerate(prepped) if p]
            emb = np.zeros((len(texts), 384), dtype=np.float32)
            if idx:
                emb[idx] = emb_model.embed([prepped[i] for i in idx])  # type: ignore[misc]
            x = feature_matrix(emb, texts, speakers)
        else:
            x = lexical_matrix(texts, speakers)
        return {k: self.model.probs(variant, k, x) for k in ("action", "decision", "problem")}

    # ------------------------------------------------------------------ main entry

    def extract(self, ctx: MeetingContext) -> FactSet:
        mid = ctx.meeting.meeting_id
        segs = [s for s in ctx.transcript.segments if s.text and s.text.strip()]
        fs = FactSet(meeting_id=mid, facts=[], extractor=self.name)
        if not segs:
            return fs
        texts = [s.text[:MAX_SEGMENT_CHARS] for s in segs]
        labels = [s.speaker for s in segs]
        names = [ctx.display(lab) for lab in labels]
        attendees = list(dict.fromkeys(names))
        index = NameIndex.build(ctx.people, [*attendees, *ctx.meeting.extra_attendees])
        sents = [rules.sentences(t) for t in texts]
        english = _english_share(texts) >= 0.12
        facts: list[FactBase] = []
        facts += self._attendance(ctx, segs, names, sents)
        if english:
            probs = self.turn_probabilities(texts, labels)
            facts += self._actions(ctx, segs, names, sents, probs, index, attendees)
            facts += self._decisions(ctx, segs, names, sents, probs)
            facts += self._blockers_and_risks(ctx, segs, names, sents, probs, index)
            facts += self._mentions(ctx, segs, names, sents, index, attendees)
        facts += self._sentiment_signals(ctx, segs, names, sents)
        seen: set[str] = set()
        for f in facts:
            f.meeting_id = mid
            f.origin = "offline"
            f.assign_id()
            if f.id not in seen:
                seen.add(f.id)
                fs.facts.append(f)  # type: ignore[arg-type]
        return fs

    # ------------------------------------------------------------------ helpers

    @staticmethod
    def _ev(ctx: MeetingContext, seg: Segment, name: str, span: tuple[int, int]) -> Evidence:
        return Evidence(
            meeting_id=ctx.meeting.meeting_id,
            segment_id=seg.id,
            speaker=name,
            start=seg.start,
            end=seg.end,
            quote=seg.text[span[0] : span[1]],
        )

    @staticmethod
    def _best_sentence(text: str, spans: list[tuple[int, int]], cues: tuple[str, ...]) -> tuple[int, int] | None:
        if not spans:
            return None
        best, best_score = spans[-1], -1.0
        for sp in spans:
            s = text[sp[0] : sp[1]]
            score = sum(len(CUES[c].findall(s)) for c in cues) + min(len(s.split()), 30) / 100.0
            if score > best_score:
                best, best_score = sp, score
        return best

    # ------------------------------------------------------------------ action items

    def _actions(
        self,
        ctx: MeetingContext,
        segs: list[Segment],
        names: list[str],
        sents: list[list[tuple[int, int]]],
        probs: dict[str, np.ndarray],
        index: NameIndex,
        attendees: list[str],
    ) -> list[FactBase]:
        variant = self._variant()
        thr, cap = self.model.setting(variant, "action")
        p = probs["action"]
        chosen: dict[tuple[int, int, int], float] = {}  # (turn, start, end) -> confidence
        for i in select(p, thr, cap):
            sp = self._best_sentence(segs[i].text, sents[i], _ACTION_CUES)
            if sp:
                chosen[(i, *sp)] = float(p[i])
        accept_of: dict[tuple[int, int, int], tuple[int, tuple[int, int]]] = {}
        if self.use_rules:
            for i, spans in enumerate(sents):
                for sp in spans:
                    s = segs[i].text[sp[0] : sp[1]]
                    if rules.is_question_only(s) or rules.BLOCKER.search(s):
                        continue
                    req = None
                    if rules.ACCEPT.search(s) and i > 0 and labels_differ(segs, i):
                        req = self._request_sentence(segs[i - 1].text, sents[i - 1])
                    if req:
                        chosen[(i, *sp)] = max(0.8, chosen.get((i, *sp), 0.0))
                        accept_of[(i, *sp)] = (i - 1, req)
                    elif (rules.commitment(s) or self._named_task(s, names[i], index)) and (
                        p[i] >= self.rule_floor or self._strong(s, names[i], index)
                    ):
                        chosen.setdefault((i, *sp), max(0.75, float(p[i])))
            # The request and its acceptance are one item, owned by whoever accepted.
            for j, rsp in accept_of.values():
                chosen.pop((j, *rsp), None)
        two_person = len(attendees) == 2
        out: list[FactBase] = []
        for (i, s0, s1), conf in sorted(chosen.items()):
            seg, speaker = segs[i], names[i]
            sentence = seg.text[s0:s1]
            evidence = [self._ev(ctx, seg, speaker, (s0, s1))]
            text_src = sentence
            if (i, s0, s1) in accept_of:
                j, rsp = accept_of[(i, s0, s1)]
                evidence.insert(0, self._ev(ctx, segs[j], names[j], rsp))
                text_src = segs[j].text[rsp[0] : rsp[1]]
                owner: str | None = speaker
            else:
                other = next((a for a in attendees if a != speaker), None) if two_person else None
                voc = vocative_in(seg.text[:s0], index, speaker)
                if voc is None and i > 0 and segs[i - 1].speaker == seg.speaker:
                    voc = vocative_in(segs[i - 1].text, index, speaker)
                owner, _ = resolve_owner(sentence, speaker, index, vocative=voc, two_person_other=other)
            is_cond = rules.conditional(sentence) and (owner is None or owner == speaker)
            due = None
            phrase = find_date_phrase(sentence) or find_date_phrase(text_src)
            if phrase:
                due = resolve(phrase, ctx.meeting.date)
            item = ActionItem(
                text=rules.clean(text_src),
                owner=owner,
                due=due,
                side=index.sides.get(owner) if owner else None,  # type: ignore[arg-type]
                conditional=is_cond,
                evidence=evidence,
                confidence=round(0.3 if is_cond else conf, 3),
            )
            out.append(item)
        if self.use_rules:
            out += self._completions(ctx, segs, names, sents, index, {(k[0], k[1]) for k in chosen})
        return out

    @staticmethod
    def _strong(sentence: str, speaker: str, index: NameIndex) -> bool:
        """A commitment that stands without the classifier: a deadline, or an owner named in the sentence."""
        if find_date_phrase(sentence):
            return True
        if _STRONG_SELF and _SELF_TASK.search(sentence):
            return True
        _, how = resolve_owner(sentence, speaker, index)
        return how in ("named", "team") or (how == "addressed" and bool(index.find(sentence)))

    @staticmethod
    def _named_task(sentence: str, speaker: str, index: NameIndex) -> bool:
        """'Priya will send ...', 'Network security needs to give ...': a named subject followed by a task."""
        if not index.forms and "team" not in sentence and "vendor" not in sentence:
            return False
        _owner, how = resolve_owner(sentence, speaker, index)
        return how in ("named", "team") and bool(rules.TASK_RX.search(sentence))

    @staticmethod
    def _request_sentence(text: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
        for sp in reversed(spans):
            s = text[sp[0] : sp[1]]
            if rules.REQUEST.search(s) or rules.COMMIT.search(s) or re.search(r"\b(can|could) (you|someone)\b", s, re.I):
                return sp
        return None

    def _completions(
        self,
        ctx: MeetingContext,
        segs: list[Segment],
        names: list[str],
        sents: list[list[tuple[int, int]]],
        index: NameIndex,
        taken: set[tuple[int, int]],
    ) -> list[FactBase]:
        out: list[FactBase] = []
        for i, spans in enumerate(sents):
            for sp in spans:
                if (i, sp[0]) in taken:
                    continue
                s = segs[i].text[sp[0] : sp[1]]
                if not rules.completed(s) or len(s.split()) < 4:
                    continue
                owner, how = resolve_owner(s.replace("I sent", "I'll send"), names[i], index)
                m = re.match(r"\s*(?:\w+,\s*)?(I|we)\b", s, re.IGNORECASE)
                owner = names[i] if m and m.group(1).lower() == "i" else (owner if how in ("named", "team") else None)
                item = ActionItem(
                    text=rules.clean(s),
                    owner=owner,
                    status="done",
                    evidence=[self._ev(ctx, segs[i], names[i], sp)],
                    confidence=0.6,
                    history=[FactEvent(at=ctx.meeting.date, event="done", meeting_id=ctx.meeting.meeting_id,
                                       note="reported done in the meeting")],
                )
                out.append(item)
        return out

    # ------------------------------------------------------------------ decisions

    def _decisions(
        self,
        ctx: MeetingContext,
        segs: list[Segment],
        names: list[str],
        sents: list[list[tuple[int, int]]],
        probs: dict[str, np.ndarray],
    ) -> list[FactBase]:
        thr, cap = self.model.setting(self._variant(), "decision")
        p = probs["decision"]
        chosen: dict[tuple[int, int, int], float] = {}
        for i in select(p, thr, cap):
            sp = self._best_sentence(segs[i].text, sents[i], _DECISION_CUES)
            if sp:
                chosen[(i, *sp)] = float(p[i])
        if self.use_rules:
            for i, spans in enumerate(sents):
                for sp in spans:
                    s = segs[i].text[sp[0] : sp[1]]
                    if rules.DECISION.search(s) and not s.rstrip().endswith("?"):
                        chosen.setdefault((i, *sp), max(0.7, float(p[i])))
        return [
            Decision(text=rules.clean(segs[i].text[a:b]), evidence=[self._ev(ctx, segs[i], names[i], (a, b))],
                     confidence=round(c, 3))
            for (i, a, b), c in sorted(chosen.items())
        ]

    # ------------------------------------------------------------------ blockers and risks

    def _blockers_and_risks(
        self,
        ctx: MeetingContext,
        segs: list[Segment],
        names: list[str],
        sents: list[list[tuple[int, int]]],
        probs: dict[str, np.ndarray],
        index: NameIndex,
    ) -> list[FactBase]:
        out: list[FactBase] = []
        pp = probs["problem"]
        for i, spans in enumerate(sents):
            for sp in spans:
                s = segs[i].text[sp[0] : sp[1]]
                if s.rstrip().endswith("?"):
                    continue
                ev = [self._ev(ctx, segs[i], names[i], sp)]
                if rules.BLOCKER.search(s):
                    party = rules.blocking_party(s)
                    if party is None and re.search(r"\b(on|for|by) (them|they|him|her)\b", s, re.IGNORECASE):
                        party = _last_party(segs[i].text[: sp[0]], index)
                    waiting = _canonical_party(party, index) if party else None
                    out.append(Blocker(text=rules.clean(s), waiting_on=waiting, since=ctx.meeting.date,
                                       owner=None, evidence=ev, confidence=0.75))
                elif rules.RISK.search(s):
                    out.append(Risk(text=rules.clean(s), severity=rules.severity(s), evidence=ev,  # type: ignore[arg-type]
                                    confidence=round(0.5 + 0.4 * float(pp[i]), 3)))
        return out

    # ------------------------------------------------------------------ attendance, mentions, sentiment

    def _attendance(
        self, ctx: MeetingContext, segs: list[Segment], names: list[str], sents: list[list[tuple[int, int]]]
    ) -> list[FactBase]:
        out: list[FactBase] = []
        first: dict[str, int] = {}
        for i, n in enumerate(names):
            first.setdefault(n, i)
        expected = {p.name for p in ctx.people if p.expected_attendee}
        present_all = set(first) | set(ctx.meeting.extra_attendees)
        for n, i in first.items():
            sp = sents[i][0] if sents[i] else (0, len(segs[i].text))
            out.append(Attendance(text=f"{n} attended.", person=n, present=True, expected=n in expected,
                                  evidence=[self._ev(ctx, segs[i], n, sp)]))
        absent = [p for p in ctx.people if p.expected_attendee and p.name not in present_all]
        absent_names = list(dict.fromkeys([p.name for p in absent] + [a for a in ctx.meeting.absent if a not in present_all]))
        for name in absent_names:
            ev: list[Evidence] = []
            person = next((p for p in ctx.people if p.name == name), None)
            forms = [name, *(person.aliases if person else [])]
            pat = re.compile(r"\b(" + "|".join(re.escape(f) for f in forms) + r")\b", re.IGNORECASE)
            for i, spans in enumerate(sents):
                for sp in spans:
                    if pat.search(segs[i].text[sp[0] : sp[1]]) and len(ev) < 2:
                        ev.append(self._ev(ctx, segs[i], names[i], sp))
            out.append(Attendance(text=f"{name} was expected but did not attend.", person=name, present=False,
                                  expected=True, evidence=ev))
        return out

    def _mentions(
        self,
        ctx: MeetingContext,
        segs: list[Segment],
        names: list[str],
        sents: list[list[tuple[int, int]]],
        index: NameIndex,
        attendees: list[str],
    ) -> list[FactBase]:
        present = {a.lower() for a in [*attendees, *ctx.meeting.extra_attendees]}
        found: dict[str, tuple[str, list[Evidence]]] = {}
        for i, spans in enumerate(sents):
            for sp in spans:
                s = segs[i].text[sp[0] : sp[1]]
                cands: list[tuple[str, str]] = []
                for _, _, n in index.find(s):
                    if n.lower() not in present:
                        cands.append((n, "team" if index.kinds.get(n) == "team" else "person"))
                for _, _, phrase in team_phrases(s):
                    canon = _canonical_party(phrase, index)
                    if canon.lower() not in present:
                        cands.append((canon, "vendor" if "vendor" in canon.lower() else "team"))
                for n, kind in cands:
                    key = n.lower()
                    if key not in found:
                        found[key] = (kind, [])
                    evs = found[key][1]
                    if len(evs) < 3 and not any(e.segment_id == segs[i].id and e.quote == s for e in evs):
                        found[key][1].append(self._ev(ctx, segs[i], names[i], sp))
                        found[key] = (kind, evs)
        out: list[FactBase] = []
        for key, (kind, evs) in found.items():
            name = next(
                (n for n in [*index.kinds] if n.lower() == key),
                key if key[:1].isupper() else key[:1].upper() + key[1:],
            )
            out.append(Mention(text=f"{name} was mentioned but did not attend.", name=name, entity_type=kind,  # type: ignore[arg-type]
                               evidence=evs, confidence=0.7))
        return out

    def _sentiment_signals(
        self, ctx: MeetingContext, segs: list[Segment], names: list[str], sents: list[list[tuple[int, int]]]
    ) -> list[FactBase]:
        from ingest.extraction.sentiment import SentimentScorer, aggregate

        if self._sentiment is None:
            self._sentiment = SentimentScorer()
        per: dict[str, list[tuple[float, int, tuple[int, int]]]] = {}
        for i, spans in enumerate(sents):
            for sp in spans[:50]:
                c, _ = self._sentiment.score(segs[i].text[sp[0] : sp[1]])
                per.setdefault(names[i], []).append((c, i, sp))
        out: list[FactBase] = []
        for person, items in per.items():
            pol, inten = aggregate([c for c, _, _ in items])
            sign = 1.0 if pol > 0 else -1.0
            drivers = sorted((x for x in items if x[0] * sign > 0.05), key=lambda x: (-abs(x[0]), x[1]))[:3]
            if not drivers:
                drivers = sorted(items, key=lambda x: (-abs(x[0]), x[1]))[:1]
            label = "positive" if pol >= 0.15 else "negative" if pol <= -0.15 else "neutral"
            out.append(
                SentimentSignal(
                    text=f"{person} sounded {label} in this meeting.",
                    person=person,
                    polarity=round(pol, 3),
                    intensity=round(inten, 3),
                    evidence=[self._ev(ctx, segs[i], names[i], sp) for _, i, sp in sorted(drivers, key=lambda x: x[1])],
                    confidence=round(min(1.0, 0.3 + 0.1 * len(items)), 3),
                )
            )
        return out


def labels_differ(segs: list[Segment], i: int) -> bool:
    return segs[i - 1].speaker != segs[i].speaker


def _english_share(texts: list[str]) -> float:
    words = [w for t in texts[:400] for w in re.findall(r"[a-zA-Z']+", t.lower())]
    total = sum(len(t.split()) for t in texts[:400])
    if not total:
        return 0.0
    return sum(1 for w in words if w in _EN_WORDS) / total


def _canonical_party(phrase: str, index: NameIndex) -> str:
    """A blocking party or team phrase mapped to a known person/team name when one matches."""
    hits = index.find(phrase)
    if hits:
        return hits[0][2]
    low = phrase.lower().removeprefix("the ").removeprefix("their ").removeprefix("our ")
    for form, name in index.forms.items():
        if index.kinds.get(name) == "team" and (form == low or form in low or low in form):
            return name
    return phrase.strip()


def _last_party(text: str, index: NameIndex) -> str | None:
    """The last person or team named before a pronoun ("... the vendor. We're blocked on them")."""
    cands = [(st, n) for st, _, n in index.find(text)] + [(st, n) for st, _, n in team_phrases(text)]
    return max(cands)[1] if cands else None
