"""Engagements: create, select, rename, delete (typed confirmation), and a home view of the selected one."""

from __future__ import annotations

from datetime import date
from typing import Any

import streamlit as st

from assistant.moments import fmt_length
from ui import state
from ui.widgets import call, colour_label

svc = state.services()
st.title("Engagements")

with st.form("create_engagement", clear_on_submit=True):
    name = st.text_input("New engagement", placeholder="Customer project name, e.g. Acme ERP rollout")
    if st.form_submit_button("Create engagement"):
        if not name.strip():
            st.error("Give the engagement a name, e.g. the customer and project.")
        else:
            eng = call(svc.engagements.create, name)
            if eng is not None:
                state.select_engagement(eng.id)
                state.flash(f"Created engagement '{eng.name}'.")
                st.rerun()  # the sidebar was drawn before this page ran: redraw it with the new engagement

engagements = svc.engagements.list()
if not engagements:
    st.info("No engagements yet. Create one above: each customer project keeps its own meetings and facts.")
    st.stop()

current = state.selected_engagement(svc)
state.engagement_picker(
    st,
    "Select engagement",
    engagements,
    current.id if current else None,
    key="candor:home_engagement",
    radio=True,
)
current = state.selected_engagement(svc)
if current is None:
    st.stop()

eng = current
eid = eng.id
st.header(eng.name)

# ---------------------------------------------------------------- home view
as_of = date.today()
meetings = svc.repo.list_meetings(eid)


@st.cache_data(show_spinner=False, max_entries=32)
def _home_status(data_dir: str, engagement_id: str, day: date, version: str) -> Any:
    """The computed status, cached until the engagement's data changes (version) or the day does."""
    from assistant.status import compute_status

    return compute_status(
        engagement_id,
        svc.repo.load_facts(engagement_id),
        svc.repo.list_meetings(engagement_id),
        svc.repo.load_people(engagement_id),
        day,
    )


status = None
try:
    with st.spinner("Computing status…"):
        status = _home_status(str(svc.settings.data_path), eid, as_of, state.engagement_version(svc, eid))
except ImportError:
    st.caption("Status colour not available yet (assistant/status.py missing).")

cols = st.columns(4)
if status is not None:
    cols[0].markdown("**Status**  \n" + colour_label(status.overall))
    cols[1].metric("Open items", status.metrics.get("open_commitments", 0))
    cols[2].metric("Overdue", status.metrics.get("overdue", 0))
else:
    cols[0].markdown("**Status**  \n" + colour_label(None))
cols[3].metric("Last meeting", meetings[-1].date.isoformat() if meetings else "—")

if status is not None and meetings:
    with st.expander("Why this colour", expanded=status.overall != "green"):
        for dim, ds in status.dimensions.items():
            st.markdown(f"**{dim.capitalize()}** {colour_label(ds.status)}")
            for reason in ds.reasons:
                st.markdown(f"- {reason.text}")
elif not meetings:
    st.info("No meetings yet: upload a recording or a transcript on the Upload page.")

if meetings:
    st.subheader("Recent meetings")
    st.dataframe(
        [
            {
                "date": m.date.isoformat(),
                "title": m.title,
                "length": fmt_length(m.duration_s, m.timed),
                "speakers": ", ".join(sorted(set(m.speaker_names.values()))) or "(not named yet)",
                "source": m.source_file,
            }
            for m in reversed(meetings[-10:])
        ],
        hide_index=True,
    )

# ---------------------------------------------------------------- rename / delete
with st.expander("Rename or delete this engagement"):
    with st.form(f"rename_{eid}"):
        new_name = st.text_input("New name", value=eng.name)
        if st.form_submit_button("Rename"):
            if not new_name.strip():
                st.error("The new name is empty: type the name to rename to.")
            elif new_name.strip() == eng.name:
                st.info("That is already its name.")
            else:
                renamed = call(svc.engagements.rename, eid, new_name)
                if renamed is not None:
                    state.flash(f"Renamed to '{renamed.name}'.")
                    st.rerun()
    with st.form(f"delete_{eid}"):
        st.warning(f"Deleting removes every meeting, transcript, fact and index entry of '{eng.name}'.")
        confirm = st.text_input(f"Type '{eng.name}' to confirm")
        if st.form_submit_button("Delete engagement", type="primary"):
            deleted = call(svc.engagements.delete, eid, confirm=confirm)
            if deleted is not None:
                state.select_engagement(None)
                state.flash(f"Deleted engagement '{deleted.name}'.")
                st.rerun()
