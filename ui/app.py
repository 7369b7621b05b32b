"""Candor's Streamlit app: `streamlit run ui/app.py` (or `make ui`). A thin layer over the services."""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

# `streamlit run ui/app.py` puts ui/ on sys.path; the packages live one level up.
_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from assistant.errors import CandorError  # noqa: E402
from ui import state  # noqa: E402

st.set_page_config(page_title="Candor", page_icon="🍉", layout="wide")

PAGES = {
    "Engagement": [
        st.Page("pages/engagements.py", title="Engagements", icon=":material/home:", default=True),
        st.Page("pages/upload.py", title="Upload", icon=":material/upload:"),
        st.Page("pages/meetings.py", title="Meetings", icon=":material/headphones:"),
        st.Page("pages/ask.py", title="Ask", icon=":material/chat:"),
    ],
    "Reports": [
        st.Page("pages/status_report.py", title="Status report", icon=":material/traffic:"),
        st.Page("pages/commitments.py", title="Commitments", icon=":material/checklist:"),
        st.Page("pages/facts.py", title="Facts", icon=":material/fact_check:"),
        st.Page("pages/stakeholders.py", title="Stakeholders", icon=":material/groups:"),
        st.Page("pages/reset_agenda.py", title="Reset agenda", icon=":material/restart_alt:"),
    ],
    "Setup": [st.Page("pages/settings.py", title="Settings", icon=":material/settings:")],
}


def _sidebar() -> None:
    try:
        svc = state.services()
        engagements = svc.engagements.list()
        current = state.selected_engagement(svc)
    except CandorError as exc:
        st.sidebar.error(str(exc))
        return
    if not engagements:
        st.sidebar.caption("No engagements yet: create one on the Engagements page.")
        return
    state.engagement_picker(
        st.sidebar,
        "Engagement",
        engagements,
        current.id if current else None,
        key="candor:sidebar_engagement",
    )


navigation = st.navigation(PAGES)
_sidebar()
state.show_flash()
navigation.run()
