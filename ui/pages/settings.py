"""Settings for this session: transcription, speakers, LLM endpoint (key never written), data dir, Chroma."""

from __future__ import annotations

from typing import Any

import streamlit as st

from ui import state
from ui.widgets import call

settings = state.current_settings()
st.title("Settings")
st.caption(
    "Candor works fully offline by default (local Whisper, voice diarizer, offline extractor, MiniLM). "
    "An LLM endpoint is optional polish: LLM extraction and report prose. Changes apply to this browser "
    "session and rebuild the services; environment variables (CANDOR_*) set the defaults."
)

overrides: dict[str, Any] = dict(st.session_state.get(state.OVERRIDES_KEY, {}))
MODELS = ["tiny.en", "base"]
with st.form("settings"):
    st.subheader("Transcription")
    c = st.columns(3)
    model_choice = c[0].selectbox(
        "Whisper model",
        [*MODELS, "local path…"],
        index=MODELS.index(settings.transcription.model) if settings.transcription.model in MODELS else 2,
        help="tiny.en is fastest (English); base is multilingual and more accurate.",
    )
    model_path = c[0].text_input(
        "Model directory (for a local path)",
        value="" if settings.transcription.model in MODELS else settings.transcription.model,
    )
    language = c[1].text_input(
        "Language", value=settings.transcription.language, help="'auto' or a code such as en"
    )
    n_options = ["estimate", *[str(n) for n in range(1, 11)]]
    current_n = settings.diarization.num_speakers
    speakers = c[2].selectbox(
        "Speakers", n_options, index=n_options.index(str(current_n)) if current_n else 0
    )
    max_speakers = c[2].number_input(
        "Max speakers when estimating", min_value=1, max_value=20, value=settings.diarization.max_speakers
    )

    st.subheader("LLM endpoint (optional)")
    enabled = st.checkbox("Use an LLM", value=settings.llm.enabled)
    c = st.columns(3)
    base_url = c[0].text_input(
        "Base URL",
        value=settings.llm.base_url or "",
        placeholder="http://localhost:11434/v1 (empty = OpenAI)",
    )
    llm_model = c[1].text_input("Model", value=settings.llm.model)
    typed_key = c[2].text_input(
        "API key (this session only, never saved)",
        type="password",
        help=f"Leave empty to use the environment variable {settings.llm.api_key_env}.",
    )
    extractor = st.radio(
        "Fact extractor",
        ["offline", "llm"],
        index=0 if settings.extraction.extractor == "offline" else 1,
        horizontal=True,
        help="llm needs the endpoint above; offline needs nothing.",
    )

    st.subheader("Storage")
    c = st.columns(3)
    data_dir = c[0].text_input("Data directory", value=str(settings.data_dir))
    chroma_mode = c[1].radio(
        "Chroma", ["embedded", "server"], index=1 if settings.chroma.host else 0, horizontal=True
    )
    chroma_host = c[2].text_input("Chroma host", value=settings.chroma.host or "localhost")
    chroma_port = c[2].number_input("Chroma port", min_value=1, max_value=65535, value=settings.chroma.port)

    c = st.columns([1, 1, 3])
    apply = c[0].form_submit_button("Apply settings", type="primary")
    # Inside the form, so the test uses what is typed above, applied or not.
    test = c[1].form_submit_button("Test LLM connection", help="Tests the LLM values in this form.")

if apply or test:
    model = model_path.strip() if model_choice == "local path…" else model_choice
    new: dict[str, Any] = {
        "transcription": {"model": model or "tiny.en", "language": language.strip() or "auto"},
        "diarization": {
            "num_speakers": None if speakers == "estimate" else int(speakers),
            "max_speakers": int(max_speakers),
        },
        "llm": {"enabled": enabled, "base_url": base_url.strip() or None, "model": llm_model.strip()},
        "extraction": {"extractor": extractor},
        "data_dir": data_dir.strip() or str(settings.data_dir),
        "chroma": {
            "host": chroma_host.strip() if chroma_mode == "server" else None,
            "port": int(chroma_port),
        },
    }
    try:
        candidate = state.load_settings(**new)  # validate before switching
    except Exception as exc:  # pydantic's message names the bad field
        st.error(f"Settings not {'applied' if apply else 'tested'}: {exc}")
        st.stop()
    if apply:
        if typed_key:
            st.session_state[state.LLM_KEY_KEY] = typed_key
        state.set_overrides(new)
        if candidate.data_path != settings.data_path:
            state.select_engagement(None)  # another data dir holds other engagements
        state.flash("Settings applied; services rebuilt.")
        st.rerun()
    elif not candidate.llm.enabled:
        st.info("No LLM is enabled: Candor runs offline. Tick “Use an LLM” above to test an endpoint.")
    else:
        # Only the LLM part of the form matters here; the session's own storage stays as it is.
        trial = settings.model_copy(update={"llm": candidate.llm})
        key = typed_key or st.session_state.get(state.LLM_KEY_KEY)
        if key:
            from pydantic import SecretStr

            trial.llm.api_key = SecretStr(key)
        chat = call(lambda: state.services_for(trial).chat)
        if chat is not None:
            with st.spinner("Asking the endpoint to say OK…"):
                # Both chat adapters have test_connection(); the ChatModel protocol does not promise it.
                name = chat.name
                ok, message = getattr(chat, "test_connection", lambda: (True, name))()
            (st.success if ok else st.error)(message)
            if ok and trial.llm != settings.llm:
                st.caption("Not applied yet: press **Apply settings** to use it.")

c = st.columns(3)
if c[0].button("Forget the typed API key"):
    had = st.session_state.pop(state.LLM_KEY_KEY, None)
    state.flash(
        "Forgot the typed API key." if had else "No API key was typed in this session; nothing to forget."
    )
    st.rerun()
if c[1].button("Reset to environment defaults"):
    state.set_overrides({})
    st.session_state.pop(state.LLM_KEY_KEY, None)
    state.flash("Settings reset to the environment defaults (CANDOR_* variables); typed API key forgotten.")
    st.rerun()

with st.expander("Effective settings (key hidden)"):
    shown = state.current_settings().model_dump(mode="json", exclude={"llm": {"api_key"}})
    shown["llm"]["api_key"] = "(typed for this session)" if st.session_state.get(state.LLM_KEY_KEY) else None
    st.json(shown)
