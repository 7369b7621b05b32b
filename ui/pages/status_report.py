"""Status report: one click to draft; colour with reasons; audience, as-of, override; edit, download, email."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import streamlit as st

from assistant.moments import untimed_ids
from ui import state
from ui.widgets import call, colour_label, report_editor, said_at

svc = state.services()
eng = state.require_engagement(svc)
eid = eng.id
st.title(f"Status report — {eng.name}")

plan = call(svc.drafting.get_comm_plan, eid) or {"audiences": {"business lead": {}}}
audiences = list(plan.get("audiences", {})) or ["business lead"]
NO_OVERRIDE = "(none: use the evidence)"

cols = st.columns([2, 1, 1, 1])
audience = cols[0].selectbox(
    "Audience (communication plan)",
    audiences,
    key=state.sticky(
        state.ekey(eid, "audience"),
        "business lead" if "business lead" in audiences else audiences[0],
        allowed=audiences,
    ),
)
spec = plan["audiences"].get(audience, {})
if spec:
    cols[0].caption(f"{spec.get('style', '')} · {spec.get('cadence', '')} · {spec.get('purpose', '')}")
# The choices are sticky: coming back from another page finds the draft they were made for.
as_of = cols[1].date_input("As of", key=state.sticky(state.ekey(eid, "as_of"), date.today()))
use_since = cols[2].checkbox("Custom period start", key=state.sticky(state.ekey(eid, "use_since"), False))
since_key = state.sticky(state.ekey(eid, "since"), date.today())
since = cols[2].date_input("Since", key=since_key) if use_since else None
OVERRIDES = [NO_OVERRIDE, "green", "amber", "red"]
override = cols[3].selectbox(
    "PM override", OVERRIDES, key=state.sticky(state.ekey(eid, "override"), NO_OVERRIDE, allowed=OVERRIDES)
)

STYLES = ["short", "detailed", "dashboard"]


def _plan_form(plan: dict[str, Any], nonce: int) -> dict[str, Any] | None:
    """The plan as a form: the objective, one row per audience (style, cadence, channel, purpose, remove) and
    one new audience. Returns the edited plan when saved (checked by the service), else None."""
    with st.form(key=state.ekey(eid, f"plan_form:{nonce}")):
        objective = st.text_input(
            "Customer's objective (framed in the reset agenda)", value=plan.get("objective", "")
        )
        rows: dict[str, dict[str, Any]] = {}
        removed: set[str] = set()
        widths = [1.4, 1.5, 1, 1, 2.2, 0.7]
        heads = ["Audience", "Style", "Cadence", "Channel", "Purpose", "Remove"]
        for col, head in zip(st.columns(widths), heads, strict=True):
            col.caption(head)
        hidden = "collapsed"  # the header row names the columns; each widget keeps its own label for readers
        for name, spec in plan.get("audiences", {}).items():
            c = st.columns(widths, vertical_alignment="center")
            c[0].markdown(f"**{name}**")
            style = spec.get("style")
            rows[name] = {
                **spec,
                "style": c[1].selectbox(
                    f"Style · {name}",
                    STYLES,
                    index=STYLES.index(style) if style in STYLES else 1,
                    label_visibility=hidden,
                ),
                "cadence": c[2].text_input(
                    f"Cadence · {name}", value=spec.get("cadence", ""), label_visibility=hidden
                ),
                "channel": c[3].text_input(
                    f"Channel · {name}", value=spec.get("channel", ""), label_visibility=hidden
                ),
                "purpose": c[4].text_input(
                    f"Purpose · {name}", value=spec.get("purpose", ""), label_visibility=hidden
                ),
            }
            if c[5].checkbox(f"Remove · {name}", label_visibility=hidden):
                removed.add(name)
        c = st.columns(widths, vertical_alignment="center")
        new_name = c[0].text_input(
            "New audience (e.g. steering committee)", placeholder="add an audience", label_visibility=hidden
        )
        new_style = c[1].selectbox("Style · new audience", STYLES, index=0, label_visibility=hidden)
        new_cadence = c[2].text_input("Cadence · new audience", value="weekly", label_visibility=hidden)
        new_channel = c[3].text_input("Channel · new audience", value="email", label_visibility=hidden)
        new_purpose = c[4].text_input("Purpose · new audience", label_visibility=hidden)
        if not st.form_submit_button("Save communication plan"):
            return None
    audiences = {k: v for k, v in rows.items() if k not in removed}
    if new_name.strip():
        audiences[new_name.strip()] = {
            "style": new_style,
            "cadence": new_cadence,
            "channel": new_channel,
            "purpose": new_purpose,
        }
    return {**plan, "objective": objective, "audiences": audiences}


with st.expander("Communication plan: who gets which report"):
    st.caption(
        "Each audience gets a style: short (plain-language note), detailed (the full report) or dashboard "
        "(the numbers as a table); cadence, channel and purpose are free text. The objective is the customer's "
        "own goal, used in the reset agenda."
    )
    plan_nonce = st.session_state.get(state.ekey(eid, "plan_nonce"), 0)
    form_tab, json_tab = st.tabs(["Plan", "JSON"])
    with form_tab:
        edited = _plan_form(plan, plan_nonce)
        saved = edited is not None and call(svc.drafting.set_comm_plan, eid, edited) is not None
    with json_tab:
        plan_text = st.text_area(
            "Communication plan (JSON)",
            value=json.dumps(plan, indent=2, ensure_ascii=False),
            height=320,
            key=state.ekey(eid, f"plan_json:{plan_nonce}"),
        )
        saved = (
            st.button("Save the JSON plan", key=state.ekey(eid, "plan_save"))
            and call(svc.drafting.set_comm_plan_json, eid, plan_text) is not None
        ) or saved
    if saved:
        st.session_state[state.ekey(eid, "plan_nonce")] = plan_nonce + 1
        st.session_state[state.ekey(eid, "plan_saved")] = True
        st.rerun()
    if st.session_state.pop(state.ekey(eid, "plan_saved"), False):
        st.success("Communication plan saved.")

# Every draft is kept with the PM's edits, per audience, as-of, period and override: leaving the page or
# switching audience and back never loses an edit, and a draft never shows under choices it was not made for.
drafts_key = state.ekey(eid, "status_drafts")
last_key = state.ekey(eid, "status_report_params")  # the choices of the newest draft
drafts: dict[tuple[Any, ...], dict[str, Any]] = st.session_state.setdefault(drafts_key, {})
override_value = None if override == NO_OVERRIDE else override
params = {"audience": audience, "as_of": as_of, "since": since, "override": override_value}
here = tuple(params.values())
record = drafts.get(here)
edited = record is not None and record["text"] is not None and record["text"] != record["report"].markdown
nonce = st.session_state.get(state.ekey(eid, "report_nonce"), 0)
cols = st.columns([1, 3], vertical_alignment="center")
discard = edited and cols[1].checkbox(
    "Discard my edits when drafting again", key=state.ekey(eid, f"discard:{nonce}")
)
if cols[0].button("Draft status report", type="primary", key=state.ekey(eid, "draft")):
    if edited and not discard:
        st.warning(
            "You edited this draft: drafting again would replace your edits. Download it first, or tick "
            "**Discard my edits when drafting again** and press **Draft status report** again."
        )
    else:
        with st.spinner("Drafting from the evidence…"):
            drafted_now = call(
                svc.drafting.status_report,
                eid,
                audience,
                as_of=as_of,
                since=since,
                override=override_value,
            )
        if drafted_now is not None:
            nonce += 1
            st.session_state[state.ekey(eid, "report_nonce")] = nonce
            record = drafts[here] = {"report": drafted_now, "text": None, "nonce": nonce}
            st.session_state[last_key] = params
            st.rerun()  # redraw the controls (the discard box starts unticked for the new draft)

if record is None:
    drafted = st.session_state.get(last_key)
    if drafted is None:
        st.caption(
            "Pick the audience and date, then draft. The colour is computed from the evidence by fixed rules."
        )
    else:  # the controls moved since the draft: never let the PM send (or download) the old one unknowingly
        st.warning(
            ":material/history: This draft was made for **{}**, as of {}{}, override {}. The choices above "
            "have changed: press **Draft status report** to update it (or change them back to see it, with "
            "your edits).".format(
                drafted["audience"],
                drafted["as_of"],
                f" since {drafted['since']}" if drafted["since"] else "",
                drafted["override"] or "none",
            )
        )
    st.stop()
report = record["report"]

a = report.assessment
if a is not None:
    head = f"### Overall {colour_label(a.overall)}"
    if a.override:
        head += f" &nbsp; (evidence: {colour_label(a.computed)})"
    st.markdown(head)
    if a.overridden_down:
        st.warning(
            "🍉 **Watermelon warning**: the report shows a better colour than the evidence (green outside, "
            f"red inside). {a.override_note or ''}"
        )
    elif a.override_note:
        st.info(a.override_note)
    if a.insufficient_evidence:
        st.info("Not enough evidence yet: no meetings up to this date.")
    dims = st.columns(len(a.dimensions) or 1)
    untimed = untimed_ids(svc.repo.list_meetings(eid))
    for col, (name, dim) in zip(dims, a.dimensions.items(), strict=False):
        with col:
            st.markdown(f"**{name.capitalize()}**  \n{colour_label(dim.status)}")
            for r_i, reason in enumerate(dim.reasons):
                st.markdown(f"- {reason.text}")
                for ev in reason.evidence[:1]:
                    at = said_at(ev, untimed)
                    st.caption(f"“{ev.quote}” — {ev.speaker}, {at}")
                    if st.button(
                        f"Open {at}",
                        key=state.ekey(eid, f"sr_open:{name}:{r_i}"),
                        type="tertiary",
                        help="Open the meeting at this moment",
                    ):
                        state.goto_moment(eid, ev.meeting_id, ev.start, ev.end)
for note in report.notes:
    st.caption(("✨ LLM polish: " if report.prose == "llm" else "") + note)

record["text"] = report_editor(
    report, key=state.ekey(eid, f"status_edit:{record['nonce']}"), initial=record["text"]
)
