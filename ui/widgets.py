"""Small rendering helpers shared by the pages (formatting only, no business rules)."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Collection, Mapping
from pathlib import Path
from typing import Any, TypeVar

import streamlit as st

from assistant.errors import CandorError
from assistant.models import held_for_check
from assistant.moments import fmt_at, fmt_ts, untimed_ids
from ui.state import flash

T = TypeVar("T")

COLOUR_MD = {"red": "red", "amber": "orange", "green": "green"}
AUDIO_MIME = {
    ".wav": "audio/wav",
    ".mp3": "audio/mpeg",
    ".m4a": "audio/mp4",
    ".mp4": "audio/mp4",
    ".webm": "audio/webm",
    ".ogg": "audio/ogg",
    ".flac": "audio/flac",
}


def said_at(ev: Any, untimed: Collection[str]) -> str:
    """fmt_at for an Evidence or an Ask citation (object or dict), given the engagement's untimed meeting ids
    (a citation's own "timed" wins)."""
    if isinstance(ev, Mapping):
        timed = ev.get("timed", ev["meeting_id"] not in untimed)
        return fmt_at(ev["start"], ev.get("segment_id"), bool(timed))
    return fmt_at(ev.start, ev.segment_id, ev.meeting_id not in untimed)


def fmt_duration(seconds: float | None) -> str:
    if seconds is None:
        return "estimating…"
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds}s"
    m, s = divmod(seconds, 60)
    if m < 60:
        return f"{m}m {s:02d}s"
    h, m = divmod(m, 60)
    return f"{h}h {m:02d}m"


def cited_rows(segments: list[dict[str, Any]], start: float, end: float | None = None) -> list[int]:
    """Indexes of the transcript segments a citation points at: those overlapping ``start``–``end`` (the
    evidence span), or the one holding ``start``; the nearest one when times were rounded past every line."""
    if not segments:
        return []
    eps = 0.05  # times in views and evidence are rounded to 1/100 s
    hi = end if end is not None and end > start + eps else start + eps
    hits = [i for i, s in enumerate(segments) if s["start"] < hi - eps / 2 and s["end"] > start + eps / 2]
    if not hits:
        hits = [i for i, s in enumerate(segments) if s["start"] - eps <= start < s["end"] + eps][:1]
    if not hits:
        hits = [min(range(len(segments)), key=lambda i: abs(float(segments[i]["start"]) - start))]
    return hits


def colour_label(colour: str | None) -> str:
    """'🔴 :red[**RED**]' style markdown for a RAG colour."""
    if not colour:
        return ":gray[:material/radio_button_unchecked: no status yet]"
    # Material icons ship with Streamlit, so the dot renders even where no emoji font is installed.
    return f":{COLOUR_MD.get(colour, 'gray')}[:material/circle: **{colour.upper()}**]"


def call(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
    """Run a service call; a CandorError becomes a one-line st.error instead of a traceback."""
    try:
        return fn(*args, **kwargs)
    except CandorError as exc:
        st.error(str(exc))
    return None


def module_ready(module: str) -> bool:
    """Whether a service module another team member is writing exists yet."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def not_available(what: str, module: str) -> None:
    st.warning(f"{what} is not available yet: `{module}` is not installed in this build.")


def audio_player(path: Path, start: float = 0.0, end: float | None = None) -> None:
    """Play a stored recording from ``start`` seconds (st.audio start_time/end_time)."""
    if not path.exists():
        st.caption(f"(recording {path.name} is not stored)")
        return
    mime = AUDIO_MIME.get(path.suffix.lower(), "audio/wav")
    kwargs: dict[str, Any] = {"format": mime, "start_time": int(max(0.0, start))}
    if end is not None:
        kwargs["end_time"] = int(max(start + 1, end))
    st.audio(str(path), **kwargs)


def speaker_naming_form(svc: Any, engagement_id: str, meeting: Any, *, form_key: str) -> None:
    """Play a short sample of each speaker, propose voice matches, and name them via people.name_speakers."""
    transcript = svc.repo.load_transcript(engagement_id, meeting.sha256)
    labels = transcript.speakers
    if not labels:
        st.caption("No speakers in this meeting.")
        return
    people = sorted(p.name for p in svc.repo.load_people(engagement_id))
    matches = {m.label: m for m in meeting.voice_matches}
    audio = svc.repo.engagement_dir(engagement_id) / meeting.audio_file if meeting.audio_file else None
    keep = "(leave as is)"
    with st.form(form_key):
        st.markdown(f"**Name the speakers of “{meeting.title}”** ({meeting.date.isoformat()})")
        choices: dict[str, tuple[str, str]] = {}
        for label in labels:
            segs = [s for s in transcript.segments if s.speaker == label]
            sample = max(
                segs[:8], key=lambda s: s.end - s.start
            )  # a longish early turn is easiest to recognise
            current = meeting.speaker_names.get(label)
            cols = st.columns([2, 3, 3])
            with cols[0]:
                st.markdown(f"**{label}**" + (f" → {current}" if current and current != label else ""))
                match = matches.get(label)
                if match is not None:
                    st.caption(f"Voice match: {match.person} (score {match.score:.2f})")
                st.caption(f"{len(segs)} turns; sample at {fmt_ts(sample.start)}")
            with cols[1]:
                if audio is not None:
                    audio_player(
                        audio, sample.start, min(sample.start + 8.0, max(sample.end, sample.start + 3.0))
                    )
                st.caption(f"“{sample.text[:140]}”")
            with cols[2]:
                options = [keep, *people]
                default = current or (match.person if match is not None else None)
                index = options.index(default) if default in options else 0
                picked = st.selectbox("Person", options, index=index, key=f"{form_key}:pick:{label}")
                typed = st.text_input("…or type a new name", key=f"{form_key}:new:{label}")
                choices[label] = (picked, typed)
        if st.form_submit_button("Save speaker names"):
            mapping = {}
            for label, (picked, typed) in choices.items():
                name = typed.strip() or (picked if picked != keep else "")
                # A proposed voice match counts as new: confirming it teaches the voice profile.
                if name and (name != meeting.speaker_names.get(label) or label in matches):
                    mapping[label] = name
            if not mapping:
                st.info("Nothing to change.")
            else:
                with st.spinner("Saving names, learning voices and refreshing facts…"):
                    done = call(svc.people.name_speakers, engagement_id, meeting.meeting_id, mapping)
                if done is not None:
                    # Rerun so the form shows the new names (not the labels it was drawn with).
                    flash("Saved: " + ", ".join(f"{k} → {v}" for k, v in mapping.items()))
                    st.rerun()


KIND_LABEL = {
    "action_item": "Action",
    "blocker": "Blocker",
    "decision": "Decision",
    "risk": "Risk",
    "sentiment": "Sentiment",
    "attendance": "Attendance",
    "mention": "Mention",
}
STATUS_OPTIONS = {
    "action_item": ["open", "done", "slipped", "dropped"],
    "blocker": ["open", "resolved"],
    "risk": ["open", "closed"],
}


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def fact_card(
    svc: Any,
    engagement_id: str,
    fact: Any,
    *,
    key: str,
    play_key: str | None = None,
    play_meeting: str | None = None,
    untimed: Collection[str] | None = None,
) -> None:
    """One fact with its evidence; confirm, edit or delete it through services.facts. With ``play_key``, a ▶
    beside each quote from ``play_meeting`` (the recording on screen) plays it from there. ``untimed``: the
    ids of meetings cited by turn (untimed_ids); looked up when not given."""
    from datetime import date as _date

    status = getattr(fact, "status", None)
    due = getattr(fact, "due", None)
    owner = fact.owner or "(no owner)"
    flags = " ✔ confirmed" if fact.confirmed else (" ✎ edited" if fact.edited else "")
    bits = [f"**{KIND_LABEL.get(fact.kind, fact.kind)}**", owner]
    if fact.kind == "blocker":  # who the work waits on drives the colour and the blame in every report
        bits.append(f"waiting on {fact.waiting_on}" if fact.waiting_on else "waiting on (nobody named)")
    if status:
        bits.append(status)
    if due:
        bits.append(f"due {due.isoformat()}")
    if getattr(fact, "conditional", False):
        bits.append("an offer, not a promise")
    elif held_for_check(fact):
        bits.append("❓ said in passing, maybe no commitment: confirm or delete it")
    with st.container(border=True):
        st.markdown(" · ".join(bits) + flags)
        st.markdown(fact.text)
        if untimed is None and fact.evidence:
            untimed = untimed_ids(svc.repo.list_meetings(engagement_id))
        for i, ev in enumerate(fact.evidence[:2]):
            cols = st.columns([5, 1])
            cols[0].caption(f"“{ev.quote}” — {ev.speaker}, {said_at(ev, untimed or ())}")
            playable = play_key is not None and play_meeting in (None, ev.meeting_id)
            if playable and cols[1].button("▶", key=f"{key}:play:{i}", help="Play from here"):
                st.session_state[play_key] = float(ev.start)
                st.rerun()
        actions = st.columns(3)
        confirmed = not fact.confirmed and actions[0].button("Confirm", key=f"{key}:confirm")
        if confirmed and call(svc.facts.confirm, engagement_id, fact.id) is not None:
            st.rerun()
        # Deleting asks first, like a meeting delete; the service remembers it so re-extraction skips it.
        ask_key = f"{key}:delete_ask"
        if actions[1].button("Delete", key=f"{key}:delete"):
            st.session_state[ask_key] = True
        if st.session_state.get(ask_key):
            st.warning("Delete this fact? Extracting the meeting again will not bring it back.")
            sure = st.columns(2)
            if sure[1].button("Cancel", key=f"{key}:delete_no"):
                st.session_state.pop(ask_key, None)
                st.rerun()
            if sure[0].button("Yes, delete", key=f"{key}:delete_yes", type="primary"):
                st.session_state.pop(ask_key, None)
                if call(svc.facts.delete, engagement_id, fact.id) is not None:
                    kind = KIND_LABEL.get(fact.kind, fact.kind).lower()
                    flash(f"Deleted the {kind}: “{_short(fact.text)}”")
                    st.rerun()
        # A stateful popover, so a successful save can close it (it stays open across reruns otherwise).
        edit_key = f"{key}:edit_open"
        if st.session_state.pop(f"{key}:edit_saved", False):
            st.session_state[edit_key] = False
        with actions[2].popover("Edit", key=edit_key, on_change="rerun"), st.form(f"{key}:edit"):
            text = st.text_area("Text", value=fact.text)
            new_owner = st.text_input("Owner", value=fact.owner or "")
            waiting = (
                st.text_input(
                    "Waiting on", value=fact.waiting_on or "", help="Person, team or vendor; empty clears it"
                )
                if fact.kind == "blocker"
                else None
            )
            changes: dict[str, Any] = {}
            if fact.kind in STATUS_OPTIONS:
                opts = STATUS_OPTIONS[fact.kind]
                new_status = st.selectbox("Status", opts, index=opts.index(status) if status in opts else 0)
            else:
                new_status = None
            new_due = st.date_input("Due", value=due) if fact.kind == "action_item" else None
            if st.form_submit_button("Save"):
                if text.strip() and text != fact.text:
                    changes["text"] = text.strip()
                if new_owner.strip() != (fact.owner or ""):
                    changes["owner"] = new_owner.strip() or None
                if waiting is not None and waiting.strip() != (fact.waiting_on or ""):
                    changes["waiting_on"] = waiting.strip() or None  # as `candor facts edit --waiting-on`
                if new_status is not None and new_status != status:
                    changes["status"] = new_status
                if isinstance(new_due, _date) and new_due != due:
                    changes["due"] = new_due
                if changes and call(svc.facts.edit, engagement_id, fact.id, **changes) is not None:
                    st.session_state[f"{key}:edit_saved"] = True
                    st.rerun()


def report_editor(report: Any, *, key: str, initial: str | None = None) -> str:
    """Editable Markdown of a drafted report, with Markdown/DOCX downloads and a copyable email version.

    ``initial`` is the PM's earlier edit of this draft: Streamlit forgets a widget's value once its page is
    left, so the page keeps the returned text and passes it back."""
    text_key = f"{key}:text"
    if text_key not in st.session_state:
        st.session_state[text_key] = report.markdown if initial is None else initial
    tab_edit, tab_preview, tab_email = st.tabs(["Edit", "Preview", "Email text"])
    with tab_edit:
        text = st.text_area("Report (edit before sending)", height=420, key=text_key)
    with tab_preview:
        st.markdown(text)
    email = report.email_text
    if text != report.markdown:  # the PM edited it: the email follows the edit
        try:
            from assistant.export import markdown_to_email

            subject = f"Subject: {report.email_subject}\n\n" if report.email_subject else ""
            email = subject + markdown_to_email(text)
        except ImportError:
            email = text
    with tab_email:
        st.caption("Copy with the icon at the top right of the block.")
        st.code(email, language=None, wrap_lines=True)
    slug = getattr(report, "slug", "report")
    cols = st.columns(3)
    cols[0].download_button(
        "Download Markdown",
        text.encode("utf-8"),
        file_name=f"{slug}.md",
        mime="text/markdown",
        key=f"{key}:md",
    )
    docx = docx_bytes(text, getattr(report, "title", None))
    if docx is not None:
        cols[1].download_button(
            "Download DOCX",
            docx,
            file_name=f"{slug}.docx",
            mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            key=f"{key}:docx",
        )
    else:
        cols[1].caption("DOCX export not available yet (assistant/export.py).")
    cols[2].download_button(
        "Download email text",
        email.encode("utf-8"),
        file_name=f"{slug}.txt",
        mime="text/plain",
        key=f"{key}:eml",
    )
    return text


@st.cache_data(show_spinner=False, max_entries=16)
def docx_bytes(markdown: str, title: str | None = None) -> bytes | None:
    import tempfile

    try:
        from assistant.export import markdown_to_docx
    except ImportError:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        path = markdown_to_docx(markdown, Path(tmp) / "report.docx", title=title)
        return Path(path).read_bytes()
