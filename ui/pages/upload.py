"""Upload: several recordings or transcripts at once, ingested by a background job with per-file progress."""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Any

import streamlit as st

from assistant.errors import CandorError
from ingest.formats import date_from_file_name
from ingest.pipeline import AUDIO_EXTENSIONS, TRANSCRIPT_EXTENSIONS, title_from_filename
from ui import state
from ui.widgets import call, fmt_duration, speaker_naming_form

svc = state.services()
jobs = state.jobs()
eng = state.require_engagement(svc)
eid = eng.id

st.title(f"Upload — {eng.name}")
limit_mb = svc.settings.ui.max_upload_mb
types = sorted(e.lstrip(".") for e in AUDIO_EXTENSIONS | TRANSCRIPT_EXTENSIONS)
st.caption(
    f"Recordings ({', '.join(sorted(e.lstrip('.') for e in AUDIO_EXTENSIONS))}) or transcripts "
    f"({', '.join(sorted(e.lstrip('.') for e in TRANSCRIPT_EXTENSIONS))}), up to {limit_mb} MB each. "
    "Other file types are refused by the picker; larger files are refused with a size message."
)

nonce_key = state.ekey(eid, "upload_nonce")
nonce = st.session_state.setdefault(nonce_key, 0)
uploads = st.file_uploader(
    "Recordings or transcripts",
    type=types,
    accept_multiple_files=True,
    key=f"uploader:{eid}:{nonce}",
    max_upload_size=limit_mb,
)
speakers = st.selectbox(
    "Speakers in the recordings",
    ["estimate"] + [str(n) for n in range(1, 11)],
    key=state.ekey(eid, "speakers"),
)


def _safe_name(name: str) -> str:
    base = Path(name).name.strip() or "upload"
    return re.sub(r"[\x00-\x1f/\\]", "_", base)


def _details(files: list[Any]) -> list[tuple[str | None, Any]]:
    """(title, date) per picked file; empty means the title from the file name and the date from the recording,
    the transcript's header or the file name (shown pre-filled when the name carries one), else today."""
    st.caption(
        "Meeting title and date per file. Leave the date empty to take it from the recording or transcript "
        "(or today); due dates such as “by Friday” are read relative to it. Both can be changed later on the "
        "Meetings page."
    )
    out = []
    for i, f in enumerate(files):
        # Keyed by the upload, not its position: removing one file from the picker keeps the others' entries.
        fid = getattr(f, "file_id", None) or i
        name = _safe_name(f.name)
        stamp = date_from_file_name(Path(name).stem)
        cols = st.columns([3, 1])
        title = cols[0].text_input(
            f"Title · {name}", placeholder=title_from_filename(Path(name)), key=f"up_title:{eid}:{nonce}:{fid}"
        )
        day = cols[1].date_input(
            f"Date · {name}",
            value=stamp.date() if stamp else None,
            format="YYYY-MM-DD",
            key=f"up_date:{eid}:{nonce}:{fid}",
        )
        out.append((title.strip() or None, day))
    return out


def _save(files: list[Any]) -> tuple[list[tuple[Path, int]], list[str]]:
    """Write uploads under <data_dir>/incoming/<batch>/ with their original names; explain rejects.
    Returns (saved path, index of the picked file) pairs and the reasons for the rejected ones."""
    batch = svc.settings.data_path / "incoming" / f"{eid}-{uuid.uuid4().hex[:8]}"
    batch.mkdir(parents=True, exist_ok=True)
    saved, rejected = [], []
    for index, f in enumerate(files):
        name = _safe_name(f.name)
        ext = Path(name).suffix.lower()
        if ext not in AUDIO_EXTENSIONS | TRANSCRIPT_EXTENSIONS:
            rejected.append(f"{name}: unsupported file type '{ext or '(none)'}'")
            continue
        if f.size == 0:
            rejected.append(f"{name}: file is empty (0 bytes)")
            continue
        if f.size > limit_mb * 1024 * 1024:
            rejected.append(f"{name}: larger than the {limit_mb} MB limit")
            continue
        target = batch / name
        n = 1
        while target.exists():  # two uploads with one name keep both
            n += 1
            target = batch / f"{Path(name).stem} ({n}){ext}"
        with target.open("wb") as out:
            out.write(f.getbuffer())
        saved.append((target, index))
    return saved, rejected


rejected_key = state.ekey(eid, "rejected")
if uploads:
    details = _details(list(uploads))
    label = f"Ingest {len(uploads)} file{'s' if len(uploads) != 1 else ''}"
    if st.button(label, type="primary", key=state.ekey(eid, "ingest")):
        saved, rejected = _save(list(uploads))
        st.session_state[rejected_key] = rejected  # shown until the next batch, across the rerun below
        if saved:
            job_id = call(
                jobs.submit,
                eid,
                [path for path, _ in saved],
                num_speakers=None if speakers == "estimate" else int(speakers),
                titles=[details[i][0] for _, i in saved],
                dates=[details[i][1] for _, i in saved],
            )
            if job_id is not None:
                st.session_state[nonce_key] = nonce + 1  # clears the picker for the next batch
                st.rerun()

for reason in st.session_state.get(rejected_key, []):
    st.error(f"Rejected {reason}")

STATE_ICON = {
    "queued": ":material/hourglass_empty:",
    "running": ":material/progress_activity:",
    "ingested": ":material/check_circle:",
    "unchanged": ":material/check:",
    "error": ":material/error:",
    "interrupted": ":material/warning:",
}


def _render_job(job: dict[str, Any]) -> None:
    head = f"Job {job['id']} — {job['state'].replace('_', ' ')}"
    if job["state"] in ("queued", "running"):
        head += f" · elapsed {fmt_duration(job['elapsed_s'])} · remaining {fmt_duration(job['remaining_s'])}"
    st.markdown(f"**{head}**")
    for f in job["files"]:
        icon = STATE_ICON.get(f["state"], "")
        if f["state"] == "running":
            stage_pct = int(100 * f["stage_fraction"])
            text = (
                f"{icon} {f['name']} — {f['stage']} {stage_pct}% · elapsed {fmt_duration(f['elapsed_s'])}"
                f" · remaining {fmt_duration(f['remaining_s'])}"
            )
            st.progress(min(1.0, max(0.0, f["fraction"])), text=text)
        elif f["state"] == "queued":
            st.progress(0.0, text=f"{icon} {f['name']} — waiting")
        elif f["state"] in ("error", "interrupted"):
            st.error(f"{icon} {f['error']}")
        else:
            r = f.get("result") or {}
            facts = f", {r['facts']} facts" if r.get("facts") is not None else ""
            note = f" — {r['note']}" if r.get("note") else ""
            st.success(
                f"{icon} {f['name']} → meeting {r.get('meeting_id')} “{r.get('title')}” "
                f"({fmt_duration(f['elapsed_s'])}{facts}){note}"
            )
            for warning in r.get("warnings") or []:  # a date that disagrees with the file's, merged voices
                st.warning(warning, icon=":material/warning:")
            if r.get("extract_error"):
                st.error(f"Ingested, but fact extraction failed: {r['extract_error']}. To try again: "
                         f"`candor extract -e \"{eng.name}\" {r.get('meeting_id')}`")


# Poll only while something runs; a finished job triggers one full rerun (below), which stops the polling.
@st.fragment(run_every=1.0 if jobs.active(eid) else None)
def _live_jobs() -> None:
    """Re-reads job files every second while this engagement has a job running."""
    recent = jobs.list(eid)[:5]
    seen_key = state.ekey(eid, "active_jobs")
    active = {j["id"] for j in recent if j["state"] in ("queued", "running")}
    was_active = st.session_state.get(seen_key, set())
    st.session_state[seen_key] = active
    if was_active - active:
        st.rerun(scope="app")  # a job just finished: show the speaker-naming step
    if not recent:
        return
    st.subheader("Ingest jobs")
    for job in recent:
        with st.container(border=True):
            _render_job(job)


_live_jobs()

# ---------------------------------------------------------------- speaker naming after ingest


def _needs_naming(meeting: Any) -> bool:
    """A speaker without a name, or a voice match not confirmed yet; once all are named the meeting leaves
    this list (names stay editable on the Meetings page)."""
    transcript = svc.repo.load_transcript(eid, meeting.sha256)
    pending = {m.label for m in meeting.voice_matches}
    return any(
        label in pending or meeting.speaker_names.get(label, label) == label for label in transcript.speakers
    )


to_name, recent_audio = [], 0
for job in jobs.list(eid)[:5]:
    if job["state"] in ("queued", "running"):
        continue
    for f in job["files"]:
        r = f.get("result") or {}
        if f["state"] == "ingested" and r.get("meeting_id"):
            try:
                meeting = svc.repo.get_meeting(eid, r["meeting_id"])
            except CandorError:
                continue  # deleted since
            if meeting.source_kind != "audio":
                continue
            recent_audio += 1
            if meeting not in to_name and _needs_naming(meeting):
                to_name.append(meeting)
if recent_audio and not to_name:
    st.caption("Every speaker of the recent recordings has a name; change names on the Meetings page.")
if to_name:
    st.subheader("Name the speakers")
    st.caption(
        "Listen to a sample of each voice and pick or type the person. Known voices are proposed with their score."
    )
    for meeting in to_name:
        with st.container(border=True):
            speaker_naming_form(svc, eid, meeting, form_key=f"name:{eid}:{meeting.meeting_id}")
