"""Facts: every fact of the engagement across meetings, filtered like `candor facts`, each with its evidence."""

from __future__ import annotations

from datetime import date

import streamlit as st

from ui import state
from ui.widgets import KIND_LABEL, call, fact_card, fmt_ts

svc = state.services()
eng = state.require_engagement(svc)
eid = eng.id
st.title(f"Facts — {eng.name}")

meetings = {m.meeting_id: m for m in svc.repo.list_meetings(eid)}
cols = st.columns([2, 2, 1, 2])
kind = cols[0].selectbox(
    "Kind", ["all", *KIND_LABEL], format_func=lambda k: "All kinds" if k == "all" else KIND_LABEL[k],
    key=state.ekey(eid, "fx_kind"),
)
owner = cols[1].text_input("Owner", key=state.ekey(eid, "fx_owner"), placeholder="any")
open_only = cols[2].checkbox("Open only", key=state.ekey(eid, "fx_open"))
as_of = cols[3].date_input("As of", value=date.today(), key=state.ekey(eid, "fx_as_of"))

facts = call(
    svc.facts.list, eid, kind=None if kind == "all" else kind, owner=owner.strip() or None,
    open_only=open_only, as_of=as_of,
)
if facts is None:
    st.stop()
if not facts:
    st.info("No facts match. Facts are extracted from each meeting after ingest.")
    st.stop()
st.caption(f"{len(facts)} fact(s), newest meeting first")
facts = sorted(facts, key=lambda f: (meetings[f.meeting_id].date if f.meeting_id in meetings else date.min),
               reverse=True)
for i, f in enumerate(facts[:200]):
    m = meetings.get(f.meeting_id)
    if m is not None:
        st.caption(f"{m.title} · {m.date.isoformat()}")
    fact_card(svc, eid, f, key=state.ekey(eid, f"fx:{f.id}"))
    if f.evidence and st.button(
        f"Open {fmt_ts(f.evidence[0].start)} in the meeting", key=state.ekey(eid, f"fx_open:{i}")
    ):
        state.goto_moment(eid, f.evidence[0].meeting_id, f.evidence[0].start)
if len(facts) > 200:
    st.caption(f"Showing the newest 200 of {len(facts)}; narrow the filters to see the rest.")
