"""Stakeholders: power/interest grid, sentiment trends, editable profiles and a WIIFM draft per person."""

from __future__ import annotations

from datetime import date, timedelta

import altair as alt
import pandas as pd
import streamlit as st

from ui import state
from ui.widgets import call, report_editor

svc = state.services()
eng = state.require_engagement(svc)
eid = eng.id
st.title(f"Stakeholders — {eng.name}")

as_of = st.date_input("As of", value=date.today(), key=state.ekey(eid, "sh_as_of"))
rows = call(svc.drafting.stakeholder_map, eid, as_of) or []
if not rows:
    st.info("No stakeholders yet: they appear when meetings are ingested, or add one below.")

LEVEL = {"low": 1, "medium": 2, "high": 3}
grid_tab, trend_tab, table_tab = st.tabs(["Power / interest", "Sentiment trend", "Table"])
with grid_tab:
    placed = [r for r in rows if r.influence or r.interest]
    if placed:
        # People in one cell of the grid are stacked a label's height apart, so no two names overlap.
        cells: dict[tuple[int, int], list[str]] = {}
        for r in sorted(placed, key=lambda r: r.name.casefold()):
            cell = (LEVEL.get(r.influence or "low", 1), LEVEL.get(r.interest or "low", 1))
            cells.setdefault(cell, []).append(r.name)
        offset = {
            name: (i - (len(names) - 1) / 2) * min(0.13, 0.8 / len(names))
            for names in cells.values()
            for i, name in enumerate(names)
        }
        df = pd.DataFrame(
            [
                {
                    "name": r.name,
                    "influence": LEVEL.get(r.influence or "low", 1) - offset[r.name],
                    "interest": LEVEL.get(r.interest or "low", 1),
                    "side": r.side or "unknown",
                    "quadrant": r.quadrant,
                    "suggested": "suggested"
                    if (r.influence_suggested or r.interest_suggested)
                    else "set by PM",
                }
                for r in placed
            ]
        )
        axis = alt.Axis(values=[1, 2, 3], labelExpr="['', 'low', 'medium', 'high'][datum.value]")
        base = alt.Chart(df).encode(
            x=alt.X("interest:Q", scale=alt.Scale(domain=[0.5, 3.5]), axis=axis, title="Interest"),
            y=alt.Y("influence:Q", scale=alt.Scale(domain=[0.5, 3.5]), axis=axis, title="Influence (power)"),
        )
        points = base.mark_circle(size=220).encode(
            color=alt.Color("side:N"),
            shape=alt.Shape("suggested:N"),
            tooltip=["name", "side", "quadrant", "suggested"],
        )
        labels = base.mark_text(align="left", dx=10).encode(text="name:N")
        rules = alt.Chart(pd.DataFrame({"v": [2.0]})).mark_rule(strokeDash=[4, 4], color="gray")
        chart = (points + labels + rules.encode(x="v:Q") + rules.encode(y="v:Q")).properties(height=420)
        st.altair_chart(chart, width="stretch")
        st.caption("Top right: manage closely · top left: keep satisfied · bottom right: keep informed.")
    else:
        st.caption("Set influence and interest in the profiles below to place people on the grid.")

with trend_tab:
    from assistant.status import Context, sentiment_by_person

    ctx = Context(
        svc.repo.load_facts(eid),
        svc.repo.list_meetings(eid),
        svc.repo.load_people(eid),
        as_of,
        (as_of - timedelta(days=14), as_of),
    )
    points = [
        {
            "person": person,
            "date": pd.Timestamp(day),
            "polarity": sig.polarity,
            "quote": sig.evidence[0].quote if sig.evidence else sig.text,
        }
        for person, signals in sentiment_by_person(ctx).items()
        for day, sig in signals
    ]
    if points:
        df = pd.DataFrame(points)
        line = (
            alt.Chart(df)
            .mark_line(point=True)
            .encode(
                x=alt.X("date:T", title="Meeting date"),
                y=alt.Y(
                    "mean(polarity):Q", scale=alt.Scale(domain=[-1, 1]), title="Sentiment (mean per meeting)"
                ),
                color="person:N",
                tooltip=["person", "date:T", "mean(polarity):Q"],
            )
            .properties(height=360)
        )
        st.altair_chart(line, width="stretch")
    else:
        st.caption("No sentiment signals yet.")

with table_tab:
    st.dataframe(
        [
            {
                "name": r.name,
                "side": r.side or "",
                "role": (r.role or "") + (" (suggested)" if r.role_suggested else ""),
                "influence": (r.influence or "") + (" (suggested)" if r.influence_suggested else ""),
                "interest": (r.interest or "") + (" (suggested)" if r.interest_suggested else ""),
                "attended": f"{r.meetings_attended}/{r.meetings_held}",
                "sentiment": r.sentiment_trend,
                "open commitments": r.open_commitments,
                "source": r.source,
            }
            for r in rows
        ],
        hide_index=True,
    )

# ---------------------------------------------------------------- profile and WIIFM
st.subheader("Profile")
names = sorted({r.name for r in rows} | {p.name for p in svc.repo.load_people(eid)})
NEW = "+ add a person or team"
who = st.selectbox("Person or team", [*names, NEW], key=state.ekey(eid, "sh_who"))
people = {p.name: p for p in svc.repo.load_people(eid)}
person = people.get(who)
row = next((r for r in rows if r.name == who), None)  # a team or person the meetings named, maybe unsaved
if person is None and row is not None:
    hints = [
        f"{what} {value}"
        for what, value, suggested in (
            ("role", row.role, row.role_suggested),
            ("influence", row.influence, row.influence_suggested),
            ("interest", row.interest, row.interest_suggested),
        )
        if value and suggested
    ]
    st.caption(
        f"{who} is not in the stakeholder list yet (named in the meetings as a {row.kind})."
        + (" Suggestions: " + ", ".join(hints) + "." if hints else "")
    )
with st.form(state.ekey(eid, f"sh_form:{who}")):
    name = st.text_input("Name", value="" if who == NEW else who, disabled=who != NEW)
    c = st.columns(4)
    sides = ["", "customer", "vendor", "third_party"]
    levels = ["", "high", "medium", "low"]
    side = c[0].selectbox("Side", sides, index=sides.index(person.side or "") if person else 0)
    role = c[1].text_input("Role", value=(person.role or "") if person else "")
    influence = c[2].selectbox(
        "Influence", levels, index=levels.index(person.influence or "") if person else 0
    )
    interest = c[3].selectbox("Interest", levels, index=levels.index(person.interest or "") if person else 0)
    c2 = st.columns(3)
    kind_now = person.kind if person else (row.kind if row else "person")
    kind = c2[0].selectbox("Kind", ["person", "team"], index=1 if kind_now == "team" else 0)
    expected = c2[1].checkbox("Expected at status calls", value=bool(person and person.expected_attendee))
    aliases = c2[2].text_input("Aliases (comma separated)", value=", ".join(person.aliases) if person else "")
    notes = st.text_area("Notes", value=person.notes if person else "")
    if st.form_submit_button("Save profile"):
        target = name.strip() if who == NEW else who
        saved = call(
            svc.people.set,
            eid,
            target,
            side=side or None,
            role=role.strip() or None,
            influence=influence or None,
            interest=interest or None,
            kind=kind,
            expected_attendee=expected,
            aliases=[a.strip() for a in aliases.split(",") if a.strip()] or None,
            notes=notes,
        )
        if saved is not None:
            state.flash(f"Saved {saved.name}.")
            st.rerun()

if who != NEW:
    st.subheader(f"What's in it for {who}")
    wkey = state.ekey(eid, f"wiifm:{who}")
    if st.button("Draft WIIFM message", key=state.ekey(eid, f"wiifm_btn:{who}")):
        report = call(svc.drafting.wiifm, eid, who, as_of=as_of)
        if report is not None:
            st.session_state[wkey] = report
    if wkey in st.session_state:
        report_editor(st.session_state[wkey], key=state.ekey(eid, f"wiifm_edit:{who}"))
