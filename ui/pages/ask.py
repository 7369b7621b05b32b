"""Ask: chat with the engagement's meetings; every answer cites meeting, speaker and moment."""

from __future__ import annotations

from typing import Any

import streamlit as st

from assistant.moments import untimed_ids
from ui import state
from ui.widgets import module_ready, not_available, said_at

svc = state.services()
eng = state.require_engagement(svc)
eid = eng.id
st.title(f"Ask — {eng.name}")

if not module_ready("assistant.qa"):
    not_available("Question answering", "assistant/qa.py")
    st.stop()

from assistant.errors import CandorError  # noqa: E402

history_key = state.ekey(eid, "chat")
history: list[dict[str, Any]] = st.session_state.setdefault(history_key, [])


def _citation_buttons(turn: int, citations: list[dict[str, Any]], untimed: frozenset[str]) -> None:
    """A button per citation opening its moment (a transcript without timestamps is cited by turn)."""
    for i, c in enumerate(citations, 1):
        cols = st.columns([1, 8])
        at = said_at(c, untimed)
        label = f"[{i}] {at}"
        if cols[0].button(
            label, key=state.ekey(eid, f"cite:{turn}:{i}"), help="Open the meeting at this moment"
        ):
            state.goto_moment(eid, c["meeting_id"], c["start"], c.get("end"))
        cols[1].caption(
            f"{c.get('speaker') or ''}, {c.get('meeting_title') or c['meeting_id']} "
            f"({c.get('meeting_date') or ''}) {at}: “{c.get('quote', '')}”"
        )


untimed = untimed_ids(svc.repo.list_meetings(eid)) if history else frozenset()
for turn, msg in enumerate(history):
    with st.chat_message(msg["role"]):
        st.markdown(msg["content"])
        if msg["role"] == "assistant":
            if msg.get("source"):
                st.caption(f"Answered by: {msg['source']}")
            _citation_buttons(turn, msg.get("citations", []), untimed)

if not history:
    st.caption(
        "Examples: “Who owns the data migration?” · “What is blocking the test environment?” · "
        "“What did we decide about the licence?”"
    )

question = st.chat_input("Ask about this engagement's meetings", key=state.ekey(eid, "chat_input"))
if question:
    prior = [{"role": m["role"], "content": m["content"]} for m in history]
    history.append({"role": "user", "content": question})
    with st.spinner("Searching the meetings…"):
        try:
            answer = svc.qa.ask(eid, question, history=prior)
        except CandorError as exc:
            history.append({"role": "assistant", "content": f"⚠️ {exc}", "citations": []})
        else:
            history.append(
                {
                    "role": "assistant",
                    "content": answer.answer,
                    "source": getattr(answer, "source", None),
                    "citations": [
                        c.model_dump(mode="json") if hasattr(c, "model_dump") else dict(vars(c))
                        for c in answer.citations
                    ],
                }
            )
    st.rerun()

if history and st.button("Clear conversation", key=state.ekey(eid, "chat_clear")):
    st.session_state[history_key] = []
    st.rerun()
