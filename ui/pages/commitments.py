"""Commitments: the tracker of action items with filters, and each item's history across meetings."""

from __future__ import annotations

from datetime import date

import streamlit as st

from assistant.models import fact_public
from assistant.moments import untimed_ids
from ui import state
from ui.widgets import said_at

svc = state.services()
eng = state.require_engagement(svc)
eid = eng.id
st.title(f"Commitments — {eng.name}")

meetings = {m.meeting_id: m for m in svc.repo.list_meetings(eid)}
untimed = untimed_ids(meetings.values())
items = svc.facts.list(eid, kind="action_item")
if not items:
    st.info("No commitments yet. They are extracted from each meeting after ingest.")
    st.stop()

as_of = st.date_input("As of", value=date.today(), key=state.ekey(eid, "cm_as_of"))
rows = [fact_public(f, as_of) for f in items]
owners = sorted({r["owner"] or "(no owner)" for r in rows})
cols = st.columns(4)
f_owner = cols[0].multiselect("Owner", owners, key=state.ekey(eid, "cm_owner"))
f_side = cols[1].multiselect("Side", ["customer", "vendor", "third_party", "(unknown)"], key=state.ekey(eid, "cm_side"))
f_status = cols[2].multiselect(
    "Status",
    ["open", "slipped", "done", "dropped"],
    default=["open", "slipped"],
    key=state.ekey(eid, "cm_status"),
)
f_overdue = cols[3].checkbox("Overdue only", key=state.ekey(eid, "cm_overdue"))

shown = [
    r
    for r in rows
    if (not f_owner or (r["owner"] or "(no owner)") in f_owner)
    and (not f_side or (r.get("side") or "(unknown)") in f_side)
    and (not f_status or r["status"] in f_status)
    and (not f_overdue or r["overdue"])
]
st.caption(
    f"{len(shown)} of {len(rows)} commitments · {sum(r['overdue'] for r in rows)} overdue as of {as_of}"
)
table = [
    {
        "owner": r["owner"] or "(no owner)",
        "commitment": r["text"],
        "due": r["due"] or "",
        "status": r["status"],
        "overdue": "⚠️ overdue" if r["overdue"] else "",
        # an offer, or an aside the commitment filter doubts, is listed but not counted until the PM confirms it
        "check": "offer" if r.get("conditional") else (
            "❓ maybe no commitment" if r["held_for_check"] else ""),
        # a later sentence may report it done: the PM checks it (the status is not changed for them)
        "possibly done?": f"“{r['possibly_done']['quote']}” ({r['possibly_done']['speaker']}, {r['possibly_done']['at']})"
        if r.get("possibly_done") else "",
        "side": r.get("side") or "",
        "first said": meetings[r["meeting_id"]].date.isoformat() if r["meeting_id"] in meetings else "",
        "id": r["id"],
    }
    for r in shown
]
st.dataframe(table, hide_index=True, key=state.ekey(eid, "cm_table"))

st.subheader("History of an item")
by_id = {r["id"]: r for r in shown}
if not by_id:
    st.stop()
pick = st.selectbox(
    "Commitment",
    list(by_id),
    format_func=lambda i: f"{by_id[i]['owner'] or '(no owner)'}: {by_id[i]['text'][:90]}",
    key=state.ekey(eid, "cm_pick"),
)
fact = next(f for f in items if f.id == pick)
for ev in fact.history:
    m = meetings.get(ev.meeting_id or "")
    where = f" in “{m.title}” ({m.date.isoformat()})" if m else ""
    due = f" · due {ev.due.isoformat()}" if ev.due else ""
    st.markdown(f"- **{ev.at.isoformat()}** {ev.event}{where}{due}" + (f" — {ev.note}" if ev.note else ""))
    for e in ev.evidence[:2]:
        st.caption(f"“{e.quote}” — {e.speaker}, {said_at(e, untimed)}")
if not fact.history:
    st.caption("No history recorded yet.")
st.markdown("**Evidence**")
for i, e in enumerate(fact.evidence):
    m = meetings.get(e.meeting_id)
    row = st.columns([6, 1])
    row[0].caption(f"“{e.quote}” — {e.speaker}, {m.title if m else e.meeting_id} {said_at(e, untimed)}")
    if row[1].button("Open", key=state.ekey(eid, f"cm_open:{pick}:{i}")):
        state.goto_moment(eid, e.meeting_id, e.start, e.end)
