"""Facts: every fact of the engagement across meetings, filtered like `candor facts`, a page at a time."""

from __future__ import annotations

from datetime import date
from typing import Any

import streamlit as st

from assistant.moments import untimed_ids
from ui import state
from ui.widgets import KIND_LABEL, call, fact_card, said_at

PAGE_SIZES = [25, 50, 100]

svc = state.services()
eng = state.require_engagement(svc)
eid = eng.id
st.title(f"Facts — {eng.name}")

listed = svc.repo.list_meetings(eid)
meetings = {m.meeting_id: m for m in listed}
untimed = untimed_ids(listed)  # cited by turn: their times were estimated, never said
order = {m.meeting_id: i for i, m in enumerate(listed)}  # breaks ties between meetings held the same day

# Filters and page survive a trip to a cited meeting and back (sticky), so the PM returns to where they were.
cols = st.columns([2, 2, 3, 1.4, 2])
kinds = ["all", *KIND_LABEL]
kind = cols[0].selectbox(
    "Kind",
    kinds,
    format_func=lambda k: "All kinds" if k == "all" else KIND_LABEL[k],
    key=state.sticky(state.ekey(eid, "fx_kind"), "all", allowed=kinds),
)
owner = cols[1].text_input("Owner", key=state.sticky(state.ekey(eid, "fx_owner"), ""), placeholder="any")
text = cols[2].text_input(
    "Text contains",
    key=state.sticky(state.ekey(eid, "fx_text"), ""),
    placeholder="e.g. firewall",
    help="Matches the fact's text or a quote, in any case",
)
open_only = cols[3].checkbox("Open only", key=state.sticky(state.ekey(eid, "fx_open"), False))
as_of = cols[4].date_input("As of", key=state.sticky(state.ekey(eid, "fx_as_of"), date.today()))

facts = call(
    svc.facts.list,
    eid,
    kind=None if kind == "all" else kind,
    owner=owner.strip() or None,
    open_only=open_only,
    as_of=as_of if isinstance(as_of, date) else None,
    text=text.strip() or None,
)
if facts is None:
    st.stop()
if not facts:
    st.info("No facts match. Facts are extracted from each meeting after ingest.")
    st.stop()


def _newest_first(f: Any) -> tuple[int, int, float, str]:
    """Newest meeting first, then in the order things were said, so a page always holds the same facts."""
    m = meetings.get(f.meeting_id)
    day = m.date.toordinal() if m is not None else 0
    said = f.evidence[0].start if f.evidence else 0.0
    return (-day, -order.get(f.meeting_id, -1), said, f.id)


facts = sorted(facts, key=_newest_first)
total = len(facts)
size_key = state.sticky(state.ekey(eid, "fx_page_size"), PAGE_SIZES[0], allowed=PAGE_SIZES)
page_key = state.sticky(state.ekey(eid, "fx_page"), 1)
# Any new filter or page size starts again at page 1 (page 7 of the old list means nothing in the new one).
signature = repr((kind, owner.strip(), text.strip().casefold(), open_only, as_of, st.session_state[size_key]))
sig_key = state.ekey(eid, "fx_filters")
if st.session_state.get(sig_key) != signature:
    st.session_state[sig_key] = signature
    st.session_state[page_key] = 1


def _pages() -> int:
    return max(1, -(-total // int(st.session_state[size_key])))


st.session_state[page_key] = min(max(1, int(st.session_state[page_key])), _pages())
st.session_state[f"{page_key}:kept"] = st.session_state[page_key]

bar = st.columns([1, 1, 4])
bar[0].selectbox("Per page", PAGE_SIZES, key=size_key)
bar[1].number_input("Page", min_value=1, max_value=_pages(), step=1, key=page_key)
size = int(st.session_state[size_key])
page = int(st.session_state[page_key])
first = (page - 1) * size
shown = facts[first : first + size]
bar[2].caption(
    f"{total} fact(s), newest meeting first  \nFacts {first + 1}–{first + len(shown)} of {total} · "
    f"page {page} of {_pages()}"
)


@st.fragment
def _cards(shown: list[Any]) -> None:
    """The cards of one page. A fragment, so opening a card's Delete question or Edit popover reruns only the
    list; a change to a fact reruns the whole page (fact_card's st.rerun), so counts stay right."""
    for f in shown:
        m = meetings.get(f.meeting_id)
        if m is not None:
            st.caption(f"{m.title} · {m.date.isoformat()}")
        fact_card(svc, eid, f, key=state.ekey(eid, f"fx:{f.id}"), untimed=untimed)
        if f.evidence:
            ev = f.evidence[0]
            if st.button(f"Open {said_at(ev, untimed)} in the meeting", key=state.ekey(eid, f"fx_open:{f.id}")):
                state.goto_moment(eid, ev.meeting_id or f.meeting_id, ev.start, ev.end)


_cards(shown)


def _step(delta: int) -> None:
    st.session_state[page_key] = min(max(1, int(st.session_state[page_key]) + delta), _pages())
    st.session_state[f"{page_key}:kept"] = st.session_state[page_key]


if _pages() > 1:
    nav = st.columns([1, 1, 4])
    nav[0].button("← Previous", key=state.ekey(eid, "fx_prev"), on_click=_step, args=(-1,), disabled=page <= 1)
    nav[1].button("Next →", key=state.ekey(eid, "fx_next"), on_click=_step, args=(1,), disabled=page >= _pages())
    nav[2].caption(f"Facts {first + 1}–{first + len(shown)} of {total}")
