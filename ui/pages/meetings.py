"""Meetings: list, transcript with speakers and times (click a line to play from there), facts beside it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import streamlit as st

from assistant.moments import fmt_at, fmt_length, fmt_ts, untimed_ids
from ui import state
from ui.widgets import audio_player, call, cited_rows, fact_card, speaker_naming_form

if TYPE_CHECKING:
    from assistant.models import Meeting

# Lines shown around a cited moment (until the PM asks for the whole transcript): a table cannot be scrolled
# from Python, so the cited line is brought into view by starting the table just before it.
BEFORE, AFTER = 2, 25

svc = state.services()
eng = state.require_engagement(svc)
eid = eng.id
st.title(f"Meetings — {eng.name}")

meetings = list(reversed(svc.repo.list_meetings(eid)))
if not meetings:
    st.info("No meetings yet: upload a recording or transcript on the Upload page.")
    st.stop()

# A citation elsewhere (Ask, reports) may have asked to open a meeting at a moment.
goto = st.session_state.pop(state.NAV_KEY, None)
if goto is None and "meeting" in st.query_params:
    linked = {
        "engagement_id": eid,
        "meeting_id": st.query_params["meeting"],
        "start": st.query_params.get("t", 0),
    }
    # A link is followed once, not on every rerun (the PM may pick another meeting or line afterwards).
    if st.session_state.get(state.ekey(eid, "linked")) != linked:
        st.session_state[state.ekey(eid, "linked")] = goto = linked
ids = [m.meeting_id for m in meetings]
by_id = {m.meeting_id: m for m in meetings}
select_key = state.ekey(eid, "meeting")
if goto and goto.get("engagement_id") == eid and goto.get("meeting_id") in by_id:
    st.session_state[select_key] = goto["meeting_id"]
    try:
        at = float(goto.get("start") or 0.0)
        until = float(goto["end"]) if goto.get("end") is not None else None
    except (TypeError, ValueError):  # a hand-edited ?t= in the URL
        at, until = 0.0, None
    st.session_state[state.ekey(eid, f"play:{goto['meeting_id']}")] = at
    # The cited moment is marked in the transcript, which opens around it.
    st.session_state[state.ekey(eid, f"cited:{goto['meeting_id']}")] = {"start": at, "end": until}
    st.session_state[state.ekey(eid, f"whole:{goto['meeting_id']}")] = False
if st.session_state.get(select_key) not in by_id:
    st.session_state[select_key] = ids[0]

mid = st.selectbox(
    "Meeting",
    ids,
    key=select_key,
    format_func=lambda i: (
        f"{by_id[i].date.isoformat()} — {by_id[i].title} ({fmt_length(by_id[i].duration_s, by_id[i].timed)})"
    ),
)
meeting = by_id[mid]
view = call(svc.ingest.transcript_view, eid, mid)
if view is None:
    st.stop()
play_key = state.ekey(eid, f"play:{mid}")
segments = view["segments"]
# A plain-text transcript without timestamps: its times were estimated from word counts (they still order the
# lines and find a cited one), so its lines are shown by turn, never at a clock time nobody said.
timed = bool(view.get("timed", meeting.timed))


def _names(text: str) -> list[str]:
    return [n.strip() for n in text.split(",") if n.strip()]


def _details_form(meeting: Meeting) -> None:
    """Title, date (a transcript without one gets the upload day), people who attended without speaking
    and people expected but absent, through ingest.update_meeting; a new date re-extracts the meeting so
    'by Friday' is read from the right day."""
    with st.form(state.ekey(eid, f"details:{meeting.meeting_id}")):
        title = st.text_input("Title", value=meeting.title)
        day = st.date_input("Date", value=meeting.date)
        extra = st.text_input(
            "Attended without speaking (comma separated)", value=", ".join(meeting.extra_attendees)
        )
        absent = st.text_input(
            "Add people who were expected but absent (comma separated)",
            help="Already marked absent: " + (", ".join(meeting.absent) or "nobody"),
        )
        if not st.form_submit_button("Save meeting details"):
            return
    kept = _names(extra)
    updated = call(
        svc.ingest.update_meeting,
        eid,
        meeting.meeting_id,
        title=title.strip() if title.strip() and title.strip() != meeting.title else None,
        meeting_date=day if isinstance(day, date) and day != meeting.date else None,
        add_attendees=[n for n in kept if n not in meeting.extra_attendees],
        remove_attendees=[n for n in meeting.extra_attendees if n not in kept],
        absent=_names(absent),
    )
    if updated is None:
        return
    if updated.date != meeting.date:
        with st.spinner("Re-reading the meeting's facts from the new date…"):
            if call(svc.facts.extract, eid, meeting.meeting_id) is None:
                return
    state.flash(f"Saved the details of “{updated.title}” ({updated.date.isoformat()}).")
    st.rerun()


def _md(text: str) -> str:
    """Transcript words shown as written: brackets would end the highlight, $ would start maths."""
    return "".join("\\" + c if c in "\\`*_[]$<>#|~" else c for c in text)


def _cited_block(cited_key: str, lines: list[dict[str, Any]]) -> None:
    """The cited lines themselves, highlighted above the transcript, where the PM lands from a citation."""
    with st.container(border=True, key=f"{cited_key}:box"):
        head = st.columns([5, 1])
        if timed:
            span = fmt_ts(lines[0]["start"]) + (f"–{fmt_ts(lines[-1]['end'])}" if len(lines) > 1 else "")
        else:
            turns = (lines[0]["id"] + 1, lines[-1]["id"] + 1)
            span = f"turns {turns[0]}–{turns[1]}" if len(lines) > 1 else f"turn {turns[0]}"
        head[0].markdown(f":orange-background[:material/format_quote: **Cited moment {span}**]")
        if head[1].button("Clear", key=f"{cited_key}:clear", type="tertiary", help="Remove the mark"):
            st.session_state.pop(cited_key, None)
            st.rerun()
        for s in lines[:6]:
            st.markdown(f"**{fmt_at(s['start'], s['id'], timed)} {_md(s['speaker'])}:** :orange-background[{_md(s['text'])}]")
        if len(lines) > 6:
            st.caption(f"…and {len(lines) - 6} more cited lines, marked ▶ below.")


def _highlighted(rows: list[dict[str, Any]]) -> Any:
    """The transcript rows with the cited ones shaded (a pandas Styler; st.dataframe draws its colours)."""
    import pandas as pd

    frame = pd.DataFrame(rows)
    shade = ["background-color: rgba(255, 165, 0, 0.28)"] * len(frame.columns)
    return frame.style.apply(lambda row: shade if row["cited"] else [""] * len(row), axis=1)


left, right = st.columns([3, 2], gap="large")
with left:
    st.caption(
        f"{meeting.source_kind} · {meeting.source_file} · speakers: {', '.join(view['speakers']) or '-'}"
        + (f" · language {view['language']}" if view.get("language") else "")
        + ("" if timed else " · no timestamps in the file: turns are numbered instead")
    )
    start = float(st.session_state.get(play_key, 0.0))
    if meeting.audio_file:
        audio_player(svc.repo.engagement_dir(eid) / meeting.audio_file, start)
        st.caption(f"Playing from {fmt_ts(start)} — click a line to jump there.")
    cited_key = state.ekey(eid, f"cited:{mid}")
    cited_at = st.session_state.get(cited_key)
    cited = set(cited_rows(segments, cited_at["start"], cited_at["end"])) if cited_at else set()
    if cited:
        _cited_block(cited_key, [segments[i] for i in sorted(cited)])
    query = st.text_input("Find in transcript", key=state.ekey(eid, f"find:{mid}"))
    whole_key = state.ekey(eid, f"whole:{mid}")
    around = bool(cited) and not query and not st.session_state.get(whole_key, False)
    lo, hi = (max(0, min(cited) - BEFORE), min(len(segments), max(cited) + AFTER + 1)) if around else (0, None)
    rows = [
        {
            "cited": "▶" if i in cited else "",
            "time": fmt_at(s["start"], s["id"], timed),
            "speaker": s["speaker"],
            "text": s["text"],
            "_start": s["start"],
        }
        for i, s in enumerate(segments[lo:hi], lo)
        if not query or query.casefold() in (s["text"] + " " + s["speaker"]).casefold()
    ]
    if cited:
        shown = len(rows) if around else len(segments)
        note = (
            f"Lines {lo + 1}–{lo + shown} of {len(segments)}, around the cited moment."
            if around
            else f"All {len(segments)} lines."
        )
        tip = st.columns([3, 2])
        tip[0].caption(note + " Cited lines are marked ▶.")
        tip[1].toggle("Whole transcript", key=whole_key, disabled=bool(query))
    table_key = state.ekey(eid, f"tx:{mid}")

    def _jump() -> None:
        picked = st.session_state[table_key].selection.rows
        if picked:
            st.session_state[play_key] = float(rows[picked[0]]["_start"])

    st.dataframe(
        _highlighted(rows) if cited else rows,
        column_order=["cited", "time", "speaker", "text"] if cited else ["time", "speaker", "text"],
        column_config={
            "cited": st.column_config.TextColumn(" ", width=30),
            "time": st.column_config.TextColumn("time" if timed else "turn"),
            "text": st.column_config.TextColumn(width="large"),
        },
        hide_index=True,
        key=table_key,
        on_select=_jump,
        selection_mode="single-row",
        height=520,
    )
    with st.expander("Meeting details: title, date, attendees"):
        _details_form(meeting)
    if meeting.source_kind == "audio":
        with st.expander("Name speakers", expanded=not meeting.speaker_names):
            speaker_naming_form(svc, eid, meeting, form_key=f"name:{eid}:{mid}:meetings")
    with st.expander("Delete this meeting"):
        yours = svc.facts.corrected_in(eid, mid)
        if yours:
            st.warning(f"{len(yours)} fact(s) of this meeting were edited or confirmed by you; they go with it.")
        sure = st.checkbox(f"Yes, delete “{meeting.title}” and its facts", key=state.ekey(eid, f"del:{mid}"))
        clicked = st.button("Delete meeting", disabled=not sure, key=state.ekey(eid, f"delbtn:{mid}"))
        if clicked and call(svc.ingest.delete_meeting, eid, mid) is not None:
            st.session_state.pop(select_key, None)
            st.rerun()

with right:
    facts = svc.facts.list(eid, meeting=mid)
    untimed = untimed_ids(meetings)
    st.subheader(f"Facts ({len(facts)})")
    kinds = sorted({f.kind for f in facts})
    shown = st.multiselect(
        "Kinds",
        kinds,
        default=[k for k in kinds if k not in ("attendance", "mention")],
        key=state.ekey(eid, f"kinds:{mid}"),
    )
    if not facts:
        st.caption("No facts extracted from this meeting.")
    for fact in facts:
        if fact.kind in shown:
            fact_card(
                svc,
                eid,
                fact,
                key=state.ekey(eid, f"fact:{fact.id}"),
                # ▶ only where there is a recording to play (an imported transcript has none).
                play_key=play_key if meeting.audio_file else None,
                play_meeting=mid,
                untimed=untimed,
            )
