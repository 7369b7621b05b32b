"""Reset agenda: draft a blame-free reset-meeting agenda and invitation, edit it, download it."""

from __future__ import annotations

from datetime import date

import streamlit as st

from ui import state
from ui.widgets import call, report_editor

svc = state.services()
eng = state.require_engagement(svc)
eid = eng.id
st.title(f"Reset agenda — {eng.name}")
st.caption(
    "For a stalling engagement: an integrated-team working session, the areas whose support is needed, "
    "the decisions to take, and an invitation the sponsor can send."
)

as_of = st.date_input("As of", value=date.today(), key=state.ekey(eid, "reset_as_of"))
key = state.ekey(eid, "reset_report")
if st.button("Draft reset agenda", type="primary", key=state.ekey(eid, "reset_draft")):
    with st.spinner("Drafting…"):
        report = call(svc.drafting.reset_agenda, eid, as_of=as_of)
    if report is not None:
        st.session_state[key] = report
        st.session_state[key + ":n"] = st.session_state.get(key + ":n", 0) + 1

report = st.session_state.get(key)
if report is not None:
    for note in report.notes:
        st.caption(note)
    plan = call(svc.drafting.get_comm_plan, eid) or {}
    if not plan.get("objective"):  # the note above speaks to developers; this is where a PM sets it
        st.info(
            "The agenda frames the customer's own objective: add it under **Status report → Communication "
            "plan** (“Customer's objective”), then draft again.",
            icon=":material/flag:",
        )
        st.page_link("pages/status_report.py", label="Open the communication plan", icon=":material/traffic:")
    report_editor(report, key=state.ekey(eid, f"reset_edit:{st.session_state.get(key + ':n', 0)}"))
