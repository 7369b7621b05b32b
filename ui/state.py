"""Session plumbing for the Streamlit app: settings, cached services and jobs, the selected engagement.

Services and the job manager are built once per distinct settings (``st.cache_resource`` keyed by the
settings' JSON), so changing a setting on the Settings page rebuilds them, and the job thread lives in the
server process, not in a browser session. The engagement id is passed explicitly to every service call, and
everything a page keeps about an engagement lives under an ``e:<id>:`` session key that is cleared on switch.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

import streamlit as st

from assistant.errors import CandorError
from assistant.settings import Settings, load_settings

if TYPE_CHECKING:
    from assistant.container import Services
    from assistant.jobs import JobManager
    from assistant.models import Engagement

OVERRIDES_KEY = "candor:settings_overrides"
LLM_KEY_KEY = "candor:llm_api_key"  # typed on the Settings page; session memory only, never written to disk
ENGAGEMENT_KEY = "candor:engagement_id"
NAV_KEY = "candor:goto"  # {"engagement_id", "meeting_id", "start", "end"} set by citation buttons
FLASH_KEY = "candor:flash"  # confirmations that must survive the st.rerun() right after an action


# --------------------------------------------------------------------------- settings and services


def current_settings() -> Settings:
    """Environment settings plus this session's overrides from the Settings page."""
    overrides: dict[str, Any] = st.session_state.get(OVERRIDES_KEY, {})
    settings = load_settings(**overrides)
    typed_key = st.session_state.get(LLM_KEY_KEY)
    if typed_key:
        from pydantic import SecretStr

        settings.llm.api_key = SecretStr(typed_key)
    return settings


def settings_key(settings: Settings) -> str:
    """Cache key of a settings object; the API key enters only as a hash."""
    body = settings.model_dump_json(exclude={"llm": {"api_key"}})
    secret = settings.llm.api_key.get_secret_value() if settings.llm.api_key else ""
    return body + "|" + hashlib.sha256(secret.encode()).hexdigest()[:16]


@st.cache_resource(show_spinner=False, max_entries=8)
def _services_for(key: str, _settings: Settings) -> Services:
    from assistant.container import build_services

    return build_services(_settings)


@st.cache_resource(show_spinner=False, max_entries=8)
def _jobs_for(key: str, _settings: Settings) -> JobManager:
    from assistant.jobs import JobManager

    return JobManager(_services_for(key, _settings))


def services() -> Services:
    settings = current_settings()
    return _services_for(settings_key(settings), settings)


def services_for(settings: Settings) -> Services:
    """Services for settings not applied to the session (the Settings page tests an endpoint with them)."""
    return _services_for(settings_key(settings), settings)


def jobs() -> JobManager:
    settings = current_settings()
    return _jobs_for(settings_key(settings), settings)


def set_overrides(overrides: dict[str, Any]) -> None:
    """Replace this session's settings overrides (the next services() call rebuilds)."""
    st.session_state[OVERRIDES_KEY] = overrides


# --------------------------------------------------------------------------- engagement selection


def ekey(engagement_id: str, name: str) -> str:
    """Session key for per-engagement state: cleared when the PM switches engagement."""
    return f"e:{engagement_id}:{name}"


def select_engagement(engagement_id: str | None) -> None:
    previous = st.session_state.get(ENGAGEMENT_KEY)
    if previous != engagement_id:
        for key in [k for k in st.session_state if str(k).startswith("e:")]:
            del st.session_state[key]
        st.session_state.pop(NAV_KEY, None)
    st.session_state[ENGAGEMENT_KEY] = engagement_id
    if engagement_id:
        st.query_params["eng"] = engagement_id
    elif "eng" in st.query_params:
        del st.query_params["eng"]


def engagement_picker(
    container: Any,
    label: str,
    engagements: list[Engagement],
    current: str | None,
    *,
    key: str,
    radio: bool = False,
) -> None:
    """A selectbox/radio bound to the selected engagement: its value is re-synced every run and a change
    switches engagement in a callback, so several pickers (sidebar, home page) never fight each other."""
    ids = [e.id for e in engagements]
    names = {e.id: e.name for e in engagements}
    st.session_state[key] = current if current in ids else None

    def _changed() -> None:
        select_engagement(st.session_state[key])

    if radio:
        container.radio(
            label, ids, format_func=lambda i: names[i], key=key, on_change=_changed, horizontal=True
        )
    else:
        container.selectbox(
            label,
            ids,
            format_func=lambda i: names[i],
            key=key,
            on_change=_changed,
            placeholder="Choose an engagement",
        )


def selected_engagement(svc: Services) -> Engagement | None:
    """The engagement chosen in this session (or in the URL after a reload), if it still exists; the only
    engagement when there is just one."""
    eid = st.session_state.get(ENGAGEMENT_KEY) or st.query_params.get("eng")
    if not eid:
        only = svc.engagements.list()
        if len(only) != 1:  # with several, pages never guess which one the PM means
            return None
        eid = only[0].id  # a new session with a single engagement has nothing to choose
    try:
        eng = svc.repo.get_engagement(eid)
    except CandorError:
        select_engagement(None)
        return None
    if st.session_state.get(ENGAGEMENT_KEY) != eng.id:
        select_engagement(eng.id)
    return eng


def require_engagement(svc: Services) -> Engagement:
    """The selected engagement, or a hint and stop (pages never guess an engagement)."""
    eng = selected_engagement(svc)
    if eng is None:
        st.info("Select or create an engagement first (Engagements page or the sidebar).")
        st.stop()
    assert eng is not None
    return eng


def sticky(key: str, default: Any, allowed: list[Any] | None = None) -> str:
    """Seed a widget's value so it survives a visit to another page (Streamlit drops the state of every
    widget a run does not draw). Create the widget with this key and no value/index argument."""
    kept = f"{key}:kept"
    if key not in st.session_state:
        st.session_state[key] = st.session_state.get(kept, default)
    if allowed is not None and st.session_state[key] not in allowed:  # e.g. an audience removed from the plan
        st.session_state[key] = default
    st.session_state[kept] = st.session_state[key]
    return key


def flash(message: str) -> None:
    """Confirm an action on the next run: a st.success followed by st.rerun() would never be seen."""
    st.session_state.setdefault(FLASH_KEY, []).append(message)


def show_flash() -> None:
    """Show (once) the confirmations queued by flash(); app.py calls it on every run."""
    for message in st.session_state.pop(FLASH_KEY, []):
        st.toast(message, icon=":material/check_circle:")


def goto_moment(engagement_id: str, meeting_id: str, start: float, end: float | None = None) -> None:
    """Open a meeting at a moment (used by citation buttons); the Meetings page plays it and marks the
    transcript lines from ``start`` to ``end`` (the cited evidence; the line at ``start`` without it)."""
    st.session_state[NAV_KEY] = {
        "engagement_id": engagement_id,
        "meeting_id": meeting_id,
        "start": float(start),
        "end": float(end) if end is not None else None,
    }
    # The engagement stays in the URL, so reloading or bookmarking the meeting keeps it.
    st.switch_page("pages/meetings.py", query_params={"eng": engagement_id})


def engagement_version(svc: Services, engagement_id: str) -> str:
    """Changes whenever a meeting, fact or person of the engagement is written (atomic renames touch the
    file and its folder), so derived views can be cached until the data changes."""
    base = svc.repo.engagement_dir(engagement_id)
    parts = []
    for path in (base / "meetings", base / "facts.json", base / "people.json"):
        try:
            stat = path.stat()
            parts.append(f"{stat.st_mtime_ns}:{stat.st_size}")
        except OSError:
            parts.append("-")
    return "|".join(parts)
