"""`candor` command line: a thin layer over the services built by the composition root."""

from __future__ import annotations

import json
import sys
from collections.abc import Collection
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from assistant.errors import CandorError, EngagementNotFound
from assistant.moments import fmt_at, fmt_length, untimed_ids

if TYPE_CHECKING:
    from assistant.container import Services
    from assistant.models import Person

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Candor: honest status from your meetings.")
engagement_app = typer.Typer(no_args_is_help=True, help="Create, list, rename and delete engagements.")
transcript_app = typer.Typer(no_args_is_help=True, help="Read transcripts.")
meetings_app = typer.Typer(no_args_is_help=True, help="List and delete meetings.")
speakers_app = typer.Typer(no_args_is_help=True, help="Name the speakers of a meeting.")
facts_app = typer.Typer(invoke_without_command=True, help="List facts; edit, confirm or delete one.")
stakeholders_app = typer.Typer(invoke_without_command=True, help="The stakeholder map; record what you know.")
report_app = typer.Typer(no_args_is_help=True, help="Draft status reports, reset agendas and WIIFM messages.")
plan_app = typer.Typer(no_args_is_help=True, help="Show and edit the communication plan (who gets which report).")
eval_app = typer.Typer(no_args_is_help=True, help="Evaluate extraction and retrieval on a dataset.")
app.add_typer(engagement_app, name="engagement")
app.add_typer(transcript_app, name="transcript")
app.add_typer(meetings_app, name="meetings")
app.add_typer(speakers_app, name="speakers")
app.add_typer(facts_app, name="facts")
app.add_typer(stakeholders_app, name="stakeholders")
app.add_typer(report_app, name="report")
report_app.add_typer(plan_app, name="plan")
app.add_typer(eval_app, name="eval")

EngagementOpt = Annotated[str, typer.Option("--engagement", "-e", help="Engagement name or id.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
AsOfOpt = Annotated[str | None, typer.Option("--as-of", help="Evaluate as of this date (YYYY-MM-DD).")]


def _services() -> Services:
    from assistant.container import build_services

    return build_services()


def _print_json(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def _parse_date(value: str | None, what: str = "--date") -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CandorError(f"{what} '{value}' is not a date in the form YYYY-MM-DD") from None


# ---------------------------------------------------------------------------- engagements


@engagement_app.command("create")
def engagement_create(name: str, json_out: JsonOpt = False) -> None:
    """Create an engagement (one customer project)."""
    eng = _services().engagements.create(name)
    _print_json(eng.model_dump(mode="json")) if json_out else typer.echo(f"created engagement '{eng.name}' ({eng.id})")


@engagement_app.command("list")
def engagement_list(json_out: JsonOpt = False) -> None:
    """List engagements."""
    s = _services()
    rows = [s.engagements.overview(e.id) for e in s.engagements.list()]
    if json_out:
        _print_json(rows)
        return
    if not rows:
        typer.echo("no engagements yet: candor engagement create NAME")
    for r in rows:
        typer.echo(f"{r['name']}  ({r['id']})  meetings: {r['meetings']}  last: {r['last_meeting'] or '-'}")


@engagement_app.command("rename")
def engagement_rename(old: str, new: str) -> None:
    """Rename an engagement (its storage id stays)."""
    eng = _services().engagements.rename(old, new)
    typer.echo(f"renamed to '{eng.name}' ({eng.id})")


@engagement_app.command("delete")
def engagement_delete(
    name: str,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask; you confirm by giving the name.")] = False,
) -> None:
    """Delete an engagement and everything stored for it (asks for confirmation)."""
    s = _services()
    eng = s.engagements.get(name)
    if yes:
        confirm = eng.name
    elif sys.stdin.isatty():
        confirm = typer.prompt(f"This deletes '{eng.name}' with all its meetings and facts. Type its name")
    else:
        raise CandorError(f"not deleted: confirm with --yes to delete '{eng.name}' non-interactively")
    s.engagements.delete(eng.id, confirm=confirm)
    typer.echo(f"deleted engagement '{eng.name}'")


# ---------------------------------------------------------------------------- ingest


@app.command("ingest")
def ingest_cmd(
    engagement: EngagementOpt,
    files: Annotated[list[Path], typer.Argument(help="Recordings or exported transcripts.")],
    speakers: Annotated[int | None, typer.Option("--speakers", min=1, max=20, help="Number of speakers.")] = None,
    on: Annotated[str | None, typer.Option("--date", help="Meeting date YYYY-MM-DD (one file).")] = None,
    title: Annotated[str | None, typer.Option("--title", help="Meeting title (one file).")] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Re-transcribe a file already ingested; also take a recording shorter than the minimum "
            "(ingest.min_recording_s) or a near-copy of a meeting already in the engagement as a meeting of its own.",
        ),
    ] = False,
    no_extract: Annotated[bool, typer.Option("--no-extract", help="Skip fact extraction.")] = False,
    json_out: JsonOpt = False,
) -> None:
    """Transcribe/import files into an engagement, then extract facts."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from ingest.pipeline import oldest_first

    if (on or title) and len(files) > 1:
        raise CandorError("--date and --title apply to one file; ingest the files one at a time")
    meeting_date = _parse_date(on)  # a bad option is refused before any progress line is shown
    s = _services()
    s.engagements.get(engagement)
    console = Console(stderr=True)
    results = []
    with Progress(
        TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(), console=console, transient=json_out
    ) as bar:
        for path in oldest_first(files):  # a later call's "done" then finds the item an earlier one introduced
            task = bar.add_task(f"{path.name}: start", total=1.0)

            def progress(file: str, stage: str, fraction: float, task: Any = task) -> None:
                bar.update(task, description=f"{file}: {stage}", completed=fraction)

            results.extend(
                s.ingest.ingest(
                    engagement,
                    [path],
                    title=title,
                    meeting_date=meeting_date,
                    num_speakers=speakers,
                    force=force,
                    extract=False if no_extract else None,
                    on_progress=progress,
                )
            )
            bar.update(task, completed=1.0, description=f"{path.name}: {results[-1].status}")
    if json_out:
        _print_json([r.to_json() for r in results])
    else:
        for r in results:
            if r.status == "error":
                typer.echo(f"error  {r.error}", err=True)
                continue
            line = f"{r.status:9}  {Path(r.file).name} -> meeting {r.meeting_id}"
            if r.facts is not None:
                line += f"  ({r.facts} facts"
                line += f", {r.dropped_unverified} unverified dropped)" if r.dropped_unverified else ")"
            typer.echo(line)
            for m in r.voice_matches:
                typer.echo(f"           voice match: {m.label} -> {m.person} (score {m.score:.2f})")
            if r.note and not r.extract_error:
                typer.echo(f"           {r.note}")
        done = sum(r.status == "ingested" for r in results)
        same = sum(r.status == "unchanged" for r in results)
        bad = sum(r.status == "error" or r.extract_error is not None for r in results)
        typer.echo(f"summary: {done} ingested, {same} unchanged, {bad} failed")
    # Warnings and failures go to stderr in both modes, so a script reading --json still sees them.
    for r in results:
        for warning in r.warnings:
            typer.echo(f"warning: {Path(r.file).name}: {warning}", err=True)
        if r.extract_error:
            typer.echo(f"error: {Path(r.file).name}: ingested, but fact extraction failed: {r.extract_error}; "
                       "run `candor extract` for it", err=True)
    # A failed file, or a meeting left without its facts, is a failure for scripts and CI.
    if any(r.status == "error" or r.extract_error for r in results):
        raise typer.Exit(1)


# ---------------------------------------------------------------------------- transcripts and meetings


@transcript_app.command("show")
def transcript_show(engagement: EngagementOpt, meeting: str, json_out: JsonOpt = False) -> None:
    """Print a speaker-attributed transcript."""
    view = _services().ingest.transcript_view(engagement, meeting)
    if json_out:
        _print_json(view)
        return
    timed = view["timed"]
    length = fmt_length(view["duration_s"], timed)
    typer.echo(f"# {view['title']}  ({view['date']}, {length}, meeting {view['meeting_id']})")
    typer.echo(f"speakers: {', '.join(view['speakers'])}")
    if not timed:
        typer.echo("no timestamps in the file: turns are numbered instead")
    for m in view["voice_matches"]:
        typer.echo(f"voice match: {m['label']} -> {m['person']} (score {m['score']:.2f})")
    for seg in view["segments"]:
        typer.echo(f"[{fmt_at(seg['start'], seg['id'], timed)}] {seg['speaker']}: {seg['text']}")


@meetings_app.command("list")
def meetings_list(engagement: EngagementOpt, json_out: JsonOpt = False) -> None:
    """List the meetings of an engagement."""
    s = _services()
    eng = s.engagements.get(engagement)
    meetings = s.repo.list_meetings(eng.id)
    if json_out:
        _print_json([m.model_dump(mode="json") for m in meetings])
        return
    for m in meetings:
        typer.echo(
            f"{m.meeting_id}  {m.date}  {m.title}  ({fmt_length(m.duration_s, m.timed)}, {', '.join(m.attendees)})"
        )


@meetings_app.command("edit")
def meetings_edit(
    engagement: EngagementOpt,
    meeting: str,
    title: Annotated[str | None, typer.Option(help="New title.")] = None,
    on: Annotated[str | None, typer.Option("--date", help="New date YYYY-MM-DD.")] = None,
    attendee: Annotated[
        list[str] | None, typer.Option("--attendee", help="Add an attendee who did not speak.")
    ] = None,
    remove: Annotated[
        list[str] | None, typer.Option("--remove-attendee", help="Remove an added attendee.")
    ] = None,
    absent: Annotated[list[str] | None, typer.Option("--absent", help="Expected but absent.")] = None,
) -> None:
    """Edit a meeting's title, date and attendees."""
    m = _services().ingest.update_meeting(
        engagement,
        meeting,
        title=title,
        meeting_date=_parse_date(on),
        add_attendees=attendee or [],
        remove_attendees=remove or [],
        absent=absent or [],
    )
    typer.echo(f"{m.meeting_id}  {m.date}  {m.title}  attendees: {', '.join(m.attendees)}")


@meetings_app.command("delete")
def meetings_delete(
    engagement: EngagementOpt,
    meeting: str,
    yes: Annotated[bool, typer.Option("--yes", help="Delete even when you edited or confirmed its facts.")] = False,
) -> None:
    """Delete one meeting with its transcript, index entries and the facts first stated in it."""
    s = _services()
    eng = s.engagements.get(engagement)
    target = s.repo.get_meeting(eng.id, meeting)
    yours = s.facts.corrected_in(eng.id, target.meeting_id)
    if yours and not yes:
        raise CandorError(
            f"meeting {target.meeting_id} has {len(yours)} fact(s) you edited or confirmed; they would be deleted "
            "with it. Add --yes to delete anyway"
        )
    m = s.ingest.delete_meeting(engagement, meeting)
    typer.echo(f"deleted meeting {m.meeting_id} ({m.title})")


@speakers_app.command("name")
def speakers_name(
    engagement: EngagementOpt,
    meeting: str,
    mapping: Annotated[list[str], typer.Argument(help="LABEL=Name pairs, e.g. SPEAKER_1=Priya")],
) -> None:
    """Name speakers; their voices are remembered for later meetings."""
    pairs = {}
    for item in mapping:
        label, sep, name = item.partition("=")
        if not sep or not label.strip() or not name.strip():
            raise CandorError(f"'{item}' is not LABEL=Name (e.g. SPEAKER_1=Priya)")
        pairs[label.strip()] = name.strip()
    warnings: list[str] = []
    m = _services().people.name_speakers(engagement, meeting, pairs, warnings)
    for label, name in pairs.items():
        typer.echo(f"{label} -> {m.speaker_names.get(label, name)}")
    for warning in warnings:
        typer.echo(f"warning: {warning}", err=True)


# ---------------------------------------------------------------------------- facts


@app.command("reindex")
def reindex_cmd(engagement: EngagementOpt) -> None:
    """Rebuild an engagement's search index (after changing the embedding model)."""
    n = _services().ingest.rebuild_index(engagement)
    typer.echo(f"reindexed {n} transcript chunks and all facts")


@app.command("extract")
def extract_cmd(engagement: EngagementOpt, meeting: Annotated[str | None, typer.Argument()] = None) -> None:
    """(Re-)extract facts from one meeting or all meetings; PM edits are kept."""
    for summary in _services().facts.extract(engagement, meeting):
        typer.echo(
            f"meeting {summary.meeting_id}: {summary.facts} facts ({summary.extractor}), "
            f"{summary.dropped_unverified} dropped (quote not in transcript)"
        )
        for err in summary.errors:
            typer.echo(f"  warning: {err}", err=True)


FACT_QUOTES_SHOWN = 4  # evidence quotes per fact in the text listing: the first and the latest ones


def _list_options(ctx: typer.Context) -> dict[str, Any]:
    """The options of a group's listing; run as `list`, options given before it ("candor facts -e E list")
    belong to the group (which lists only when no subcommand follows) and fill the ones left unset."""
    if ctx.info_name != "list" or ctx.parent is None:
        return dict(ctx.params)
    unset = (None, False)
    return {k: ctx.parent.params.get(k, v) if v in unset else v for k, v in ctx.params.items()}


@facts_app.command("list")
@facts_app.callback()
def facts_list(
    ctx: typer.Context,
    engagement: Annotated[str | None, typer.Option("--engagement", "-e", help="Engagement name or id.")] = None,
    kind: Annotated[
        str | None,
        typer.Option(help="action_item|blocker|decision|risk|sentiment|attendance|mention"),
    ] = None,
    owner: Annotated[str | None, typer.Option(help="Only facts owned by this person/team.")] = None,
    open_only: Annotated[bool, typer.Option("--open", help="Only open items.")] = False,
    as_of: AsOfOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """List facts with their evidence (`candor facts -e E` or `candor facts list -e E`)."""
    if ctx.invoked_subcommand is not None:
        return
    o = _list_options(ctx)
    engagement, kind, owner, open_only, as_of, json_out = (
        o[k] for k in ("engagement", "kind", "owner", "open_only", "as_of", "json_out")
    )
    if engagement is None:
        raise CandorError("--engagement is required")
    from assistant.models import fact_public

    kinds = {"action_item", "blocker", "decision", "risk", "sentiment", "attendance", "mention"}
    if kind is not None and kind not in kinds:
        raise CandorError(f"unknown kind '{kind}'; one of {', '.join(sorted(kinds))}")
    when = _parse_date(as_of, "--as-of") or date.today()
    s = _services()
    # --as-of shows the engagement as it stood that day; without it, as it stands (overdue judged today).
    facts = s.facts.list(engagement, kind=kind, owner=owner, open_only=open_only,
                         as_of=_parse_date(as_of, "--as-of"))
    rows = [fact_public(f, when) for f in facts]
    # An owner nobody is called is more likely a typo than an owner with nothing: say so, with the known ones.
    # Still exit 0, as every empty listing does (a filter that matches nothing is not a failure).
    unknown = _unknown_owner(s, engagement, owner) if owner and not rows else None
    if json_out:
        _print_json(rows)
        if unknown:
            typer.echo(unknown, err=True)
        return
    if not rows:
        typer.echo(unknown or "no facts match")
    untimed = untimed_ids(s.repo.list_meetings(s.engagements.get(engagement).id)) if rows else frozenset()
    for r in rows:
        status = (r["status"] or "") + (" OVERDUE" if r["overdue"] else "")
        who = r["owner"] or "(no owner)"
        due = f" due {r['due']}" if r["due"] else ""
        # not counted as commitments (see models.is_commitment): an offer, or an aside the filter doubts
        if r.get("conditional"):
            due += " [an offer, not a promise]"
        elif r["held_for_check"]:
            due += " [maybe no commitment: confirm or delete it]"
        typer.echo(f"{r['id']}  {r['kind']:<11} {status:<14} {who}: {r['text']}{due}")
        evidence = r["evidence"]
        # A fact followed across meetings has a quote per step (said, slipped, done): the first says what was
        # promised, the latest say where it stands; a long history keeps both ends and counts the middle.
        if len(evidence) > FACT_QUOTES_SHOWN:
            skipped = len(evidence) - FACT_QUOTES_SHOWN
            evidence = [evidence[0], None, *evidence[-(FACT_QUOTES_SHOWN - 1):]]
        for ev in evidence:
            if ev is None:
                typer.echo(f"      ({skipped} more)")
                continue
            at = fmt_at(ev["start"], ev["segment_id"], ev["meeting_id"] not in untimed)
            typer.echo(f'      "{ev["quote"]}" — {ev["speaker"]}, {ev["meeting_id"]} {at}')
        if (hint := r.get("possibly_done")) is not None:
            at = fmt_at(hint["start"], hint["segment_id"], hint["meeting_id"] not in untimed)
            typer.echo(f'      possibly done, to check: "{hint["quote"]}" — {hint["speaker"]}, {hint["meeting_id"]} {at}')


def _unknown_owner(s: Services, engagement: str, owner: str) -> str | None:
    """A hint when no person, team, alias or fact owner matches --owner as the filter does; else None."""
    from assistant.storage import normalise_name

    eng = s.engagements.get(engagement)
    people = s.repo.load_people(eng.id)
    owners = [p.name for p in people]
    for f in s.repo.load_facts(eng.id):
        if f.owner and normalise_name(f.owner) not in {normalise_name(o) for o in owners}:
            owners.append(f.owner)
    key = normalise_name(owner)
    if any(key in normalise_name(n) for n in (*owners, *(a for p in people for a in p.aliases))):
        return None
    return f"no person or team called '{owner}' in this engagement; known owners: {', '.join(owners) or 'none yet'}"


# What `facts edit --status` accepts per kind (assistant.facts.STATUS_WORDS; a test keeps the two in step).
STATUS_HELP = (
    "action item: open|done|slipped|dropped; blocker: open|resolved; risk: open|closed. "
    "done, resolved and closed all mean finished: an item's done, a blocker's resolved, a risk's closed"
)


@facts_app.command("edit")
def facts_edit(
    engagement: EngagementOpt,
    fact_id: str,
    text: Annotated[str | None, typer.Option()] = None,
    owner: Annotated[str | None, typer.Option(help='a person or team; "" clears it')] = None,
    due: Annotated[str | None, typer.Option(help='YYYY-MM-DD; "" clears it')] = None,
    status: Annotated[str | None, typer.Option(help=STATUS_HELP)] = None,
    waiting_on: Annotated[str | None, typer.Option("--waiting-on", help='"" clears it')] = None,
) -> None:
    """Correct a fact; an edited fact is never overwritten by re-extraction."""
    changes: dict[str, Any] = {k: v for k, v in {"text": text, "status": status}.items() if v}
    # An empty owner, party or date clears it: "nobody owns this yet" is a correction too.
    changes |= {k: (v.strip() or None) for k, v in {"owner": owner, "waiting_on": waiting_on}.items() if v is not None}
    if due is not None:
        changes["due"] = _parse_date(due, "--due") if due.strip() else None
    if not changes:
        raise CandorError("nothing to change: give --text, --owner, --due, --status or --waiting-on")
    fact = _services().facts.edit(engagement, fact_id, **changes)
    typer.echo(f"edited {fact.id}")


@facts_app.command("confirm")
def facts_confirm(engagement: EngagementOpt, fact_id: str) -> None:
    """Mark a fact as checked by the PM (kept as is by re-extraction)."""
    fact = _services().facts.confirm(engagement, fact_id)
    typer.echo(f"confirmed {fact.id}")


@facts_app.command("delete")
def facts_delete(engagement: EngagementOpt, fact_id: str) -> None:
    """Delete a wrong fact."""
    fact = _services().facts.delete(engagement, fact_id)
    typer.echo(f"deleted {fact.id}: {fact.text}")


# ---------------------------------------------------------------------------- stakeholders


@stakeholders_app.command("list")
@stakeholders_app.callback()
def stakeholders_list(
    ctx: typer.Context,
    engagement: Annotated[str | None, typer.Option("--engagement", "-e", help="Engagement name or id.")] = None,
    as_of: AsOfOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """The stakeholder map: side, role, influence, interest, attendance, sentiment, open commitments
    (`candor stakeholders -e E` or `candor stakeholders list -e E`)."""
    if ctx.invoked_subcommand is not None:
        return
    o = _list_options(ctx)
    engagement, as_of, json_out = (o[k] for k in ("engagement", "as_of", "json_out"))
    if engagement is None:
        raise CandorError("--engagement is required")
    s = _services()
    eng = s.engagements.get(engagement)
    rows = s.drafting.stakeholder_map(eng.id, _parse_date(as_of, "--as-of") or date.today())
    data: list[dict[str, Any]] = [r.model_dump(mode="json") for r in rows]
    if json_out:
        _print_json(data)
        return
    if not data:
        typer.echo("no stakeholders yet")
    for r in data:
        typer.echo("  ".join(f"{k}={v}" for k, v in r.items() if v not in (None, [], "")))


@stakeholders_app.command("set")
def stakeholders_set(
    engagement: EngagementOpt,
    name: str,
    role: Annotated[str | None, typer.Option(help="sponsor, business lead, IT sponsor, technical lead...")] = None,
    side: Annotated[str | None, typer.Option(help="customer|vendor|third_party (a reseller, carrier or hosting provider)")] = None,
    influence: Annotated[str | None, typer.Option(help="high|medium|low")] = None,
    interest: Annotated[str | None, typer.Option(help="high|medium|low")] = None,
    expected: Annotated[
        bool | None, typer.Option("--expected-attendee/--not-expected", help="Expected at status calls?")
    ] = None,
    team: Annotated[
        bool | None, typer.Option("--team/--person", help="This is a team / a person (default: as recorded).")
    ] = None,
    alias: Annotated[list[str] | None, typer.Option("--alias", help="Other names (repeatable).")] = None,
    remove_alias: Annotated[
        list[str] | None, typer.Option("--remove-alias", help="Drop this alias (repeatable).")
    ] = None,
    new: Annotated[
        bool, typer.Option("--new", help="Add a new person even if the name looks like someone already known.")
    ] = False,
    json_out: JsonOpt = False,
) -> None:
    """Record what you know about a person or team ('Priya S.' or 'Priya' updates Priya Shah if she is known)."""
    from pydantic import ValidationError

    from assistant.storage import normalise_name

    for value, allowed, opt in (
        (side, {"customer", "vendor", "third_party"}, "--side"),
        (influence, {"high", "medium", "low"}, "--influence"),
        (interest, {"high", "medium", "low"}, "--interest"),
    ):
        if value is not None and value not in allowed:
            raise CandorError(f"{opt} must be one of {', '.join(sorted(allowed))}, not '{value}'")
    s = _services()
    eng = s.engagements.get(engagement)
    known = {p.name for p in s.repo.load_people(eng.id)}
    try:
        person = s.people.set(
            engagement,
            name,
            role=role,
            side=side,
            influence=influence,
            interest=interest,
            expected_attendee=expected,
            kind=None if team is None else "team" if team else "person",
            aliases=alias or None,
            remove_aliases=remove_alias or (),
            new=new,
        )
    except ValidationError as exc:
        raise CandorError(str(exc.errors()[0]["msg"])) from exc
    if normalise_name(person.name) != normalise_name(name):
        typer.echo(f"'{name}' is {person.name}: updated {person.name}", err=True)
    if json_out:
        typer.echo(json.dumps(person.model_dump(mode="json", exclude={"voice_profile"}), ensure_ascii=False))
    else:
        typer.echo(_person_line("Updated" if person.name in known else "Added", person))


def _person_line(verb: str, person: Person) -> str:
    """'Updated Priya Shah: role IT sponsor, side customer, ... (aliases: Priya S.)': what is now recorded."""
    parts = [f"{label} {value}" for label, value in (
        ("role", person.role),
        ("side", person.side and person.side.replace("_", " ")),
        ("influence", person.influence),
        ("interest", person.interest),
        ("expected attendee", {True: "yes", False: "no", None: None}[person.expected_attendee]),
    ) if value]
    line = f"{verb} {person.name}" + (" (team)" if person.kind == "team" else "")
    line += f": {', '.join(parts)}" if parts else ": nothing else recorded yet"
    return line + (f" (aliases: {', '.join(person.aliases)})" if person.aliases else "")


# ---------------------------------------------------------------------------- ask and reports


CHAT_HISTORY_TURNS = 6  # earlier questions and answers a follow-up in --chat can refer to


@app.command("ask")
def ask_cmd(
    engagement: EngagementOpt,
    question: Annotated[str, typer.Argument(help="The question (optional with --chat).")] = "",
    as_of: AsOfOpt = None,
    json_out: JsonOpt = False,
    chat: Annotated[
        bool,
        typer.Option(
            "--chat",
            help="Keep asking: one question per line from stdin (an empty line, 'quit' or end of input stops); "
            "follow-ups such as 'and when is it due?' or 'what about Priya?' use the earlier questions.",
        ),
    ] = False,
) -> None:
    """Ask the engagement a question; the answer cites meeting, speaker and time. With --chat, follow-up
    questions keep the context of the conversation."""
    when = _parse_date(as_of, "--as-of")  # "what is overdue?" is judged as of this day (default today)
    if not question.strip() and not chat:
        raise CandorError('the question is empty; ask e.g. "who owns the firewall change?"')
    s = _services()
    eng = s.engagements.get(engagement)
    untimed = untimed_ids(s.repo.list_meetings(eng.id))
    if chat:
        _chat_loop(s, eng.id, question, when, json_out, untimed)
        return
    answer = s.qa.ask(eng.id, question, as_of=when)
    _print_answer(answer, json_out, untimed=untimed)


def _chat_loop(
    s: Any, engagement_id: str, first: str, when: Any, json_out: bool, untimed: Collection[str] = frozenset()
) -> None:
    """Questions from stdin, each answered with the conversation so far (the service resolves 'it', 'her',
    'and when...' from it, as the UI's Ask page does)."""
    import sys

    history: list[tuple[str, str]] = []
    pending = [first] if first.strip() else []
    interactive = sys.stdin.isatty()
    while True:
        if pending:
            line = pending.pop()
        else:
            if interactive:
                typer.echo("> ", nl=False)
            line = sys.stdin.readline()
            if not line:
                break
        line = line.strip()
        if not line or line.casefold() in ("quit", "exit", "q"):
            break
        answer = s.qa.ask(engagement_id, line, history=history[-CHAT_HISTORY_TURNS:], as_of=when)
        history.append((line, answer.answer))
        if not json_out and not interactive:
            typer.echo(f"Q: {line}")
        _print_answer(answer, json_out, question=line if json_out else None, untimed=untimed)
        if not json_out:
            typer.echo("")


def _print_answer(
    answer: Any, json_out: bool, question: str | None = None, untimed: Collection[str] = frozenset()
) -> None:
    """The answer with its citations; a citation from a transcript without timestamps gives its turn, and in
    JSON its estimated start with "timed": false."""
    if json_out:
        _print_json(
            {
                **({"question": question} if question is not None else {}),
                "answer": answer.answer,
                "citations": [
                    {
                        "meeting_id": c.meeting_id,
                        "speaker": c.speaker,
                        "start": c.start,
                        "quote": c.quote,
                        "timed": c.meeting_id not in untimed,
                    }
                    for c in answer.citations
                ],
            }
        )
        return
    typer.echo(answer.answer)
    for i, c in enumerate(answer.citations, 1):
        at = fmt_at(c.start, c.segment_id, c.meeting_id not in untimed)
        typer.echo(f'  [{i}] {c.speaker}, {c.meeting_id} {at}: "{c.quote}"')


def _write_report(report: Any, fmt: str, out: Path | None) -> None:
    """Every format goes to --out when it is given (DOCX always goes to a file); otherwise text is printed."""
    if fmt == "docx":
        from assistant.export import markdown_to_docx

        target = out or Path(f"{getattr(report, 'slug', 'report')}.docx")
        try:
            markdown_to_docx(report.markdown, target)
        except OSError as exc:
            raise CandorError(f"cannot write {target}: {exc.strerror or exc}") from None
        typer.echo(f"wrote {target}")
        return
    if fmt == "json":
        data = report.to_json() if hasattr(report, "to_json") else report.model_dump(mode="json")
        text = json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n"
    else:
        text = report.email_text if fmt == "email" else report.markdown
    if out is None:
        typer.echo(text.rstrip("\n") if fmt == "json" else text)
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise CandorError(f"cannot write {out}: {exc.strerror or exc}") from None
    typer.echo(f"wrote {out}")


FormatOpt = Annotated[str, typer.Option("--format", help="md|docx|json|email")]
OutOpt = Annotated[Path | None, typer.Option("--out", help="Write to this file.")]


def _check_format(fmt: str) -> None:
    if fmt not in {"md", "docx", "json", "email"}:
        raise CandorError(f"--format must be md, docx, json or email, not '{fmt}'")


@report_app.command("status")
def report_status(
    engagement: EngagementOpt,
    audience: Annotated[str, typer.Option(help="Audience from the communication plan.")] = "business lead",
    as_of: AsOfOpt = None,
    since: Annotated[str | None, typer.Option(help="Period start (default: since last report).")] = None,
    override: Annotated[str | None, typer.Option(help="PM override colour: red|amber|green")] = None,
    fmt: FormatOpt = "md",
    out: OutOpt = None,
) -> None:
    """Draft an honest status report for one audience."""
    _check_format(fmt)
    if override is not None and override not in {"red", "amber", "green"}:
        raise CandorError(f"--override must be red, amber or green, not '{override}'")
    s = _services()
    eng = s.engagements.get(engagement)
    report = s.drafting.status_report(
        eng.id,
        audience,
        as_of=_parse_date(as_of, "--as-of") or date.today(),
        since=_parse_date(since, "--since"),
        override=override,  # type: ignore[arg-type]  # validated just above
    )
    _write_report(report, fmt, out)


@report_app.command("reset-agenda")
def report_reset(engagement: EngagementOpt, as_of: AsOfOpt = None, fmt: FormatOpt = "md", out: OutOpt = None) -> None:
    """Draft a blame-free reset-meeting agenda and invitation."""
    _check_format(fmt)
    s = _services()
    eng = s.engagements.get(engagement)
    _write_report(s.drafting.reset_agenda(eng.id, as_of=_parse_date(as_of, "--as-of") or date.today()), fmt, out)


@report_app.command("wiifm")
def report_wiifm(
    engagement: EngagementOpt,
    stakeholder: Annotated[str, typer.Option("--stakeholder", help="Person or team.")],
    as_of: AsOfOpt = None,
    fmt: FormatOpt = "md",
    out: OutOpt = None,
) -> None:
    """Draft a what's-in-it-for-me message for one stakeholder."""
    _check_format(fmt)
    s = _services()
    eng = s.engagements.get(engagement)
    report = s.drafting.wiifm(eng.id, stakeholder, as_of=_parse_date(as_of, "--as-of") or date.today())
    _write_report(report, fmt, out)


# ---------------------------------------------------------------------------- communication plan


def _echo_plan(plan: dict[str, Any]) -> None:
    typer.echo(f"objective: {plan.get('objective') or '(not set)'}")
    for name, spec in plan["audiences"].items():
        extra = "  ".join(f"{k}={v}" for k, v in spec.items() if k != "style" and v not in (None, ""))
        typer.echo(f"{name}: {spec['style']}  {extra}".rstrip())


@plan_app.command("show")
def plan_show(engagement: EngagementOpt, json_out: JsonOpt = False) -> None:
    """Show the communication plan: each audience with its style, cadence, channel and purpose."""
    s = _services()
    eng = s.engagements.get(engagement)
    plan = s.drafting.get_comm_plan(eng.id)
    _print_json(plan) if json_out else _echo_plan(plan)


@plan_app.command("set")
def plan_set(
    engagement: EngagementOpt,
    file: Annotated[
        Path | None, typer.Option("--file", help="Replace the whole plan with this JSON (as `plan show --json`).")
    ] = None,
    audience: Annotated[str | None, typer.Option("--audience", help="Add or change this audience.")] = None,
    style: Annotated[str | None, typer.Option(help="short|detailed|dashboard (with --audience)")] = None,
    cadence: Annotated[str | None, typer.Option(help="weekly, fortnightly... (with --audience)")] = None,
    channel: Annotated[str | None, typer.Option(help="email, meeting... (with --audience)")] = None,
    purpose: Annotated[str | None, typer.Option(help="What this audience gets it for (with --audience)")] = None,
    remove: Annotated[str | None, typer.Option("--remove-audience", help="Remove this audience.")] = None,
    objective: Annotated[str | None, typer.Option(help="The customer's own objective.")] = None,
    json_out: JsonOpt = False,
) -> None:
    """Edit the communication plan from a JSON file or per audience; a bad input leaves the plan unchanged."""
    fields = {"style": style, "cadence": cadence, "channel": channel, "purpose": purpose}
    if file is not None and (audience or remove or objective is not None):
        raise CandorError("give either --file or --audience/--remove-audience/--objective, not both")
    if audience is None and any(v is not None for v in fields.values()):
        raise CandorError("--style, --cadence, --channel and --purpose need --audience NAME")
    if file is None and audience is None and remove is None and objective is None:
        raise CandorError("nothing to change: give --file PLAN.json, --audience NAME, --remove-audience or --objective")
    s = _services()
    eng = s.engagements.get(engagement)
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CandorError(f"cannot read {file}: {getattr(exc, 'strerror', None) or exc}") from None
        plan = s.drafting.set_comm_plan_json(eng.id, text)
    else:
        plan = s.drafting.edit_comm_plan(eng.id, objective=objective, audience=audience, remove=remove, **fields)
    _print_json(plan) if json_out else _echo_plan(plan)


# ---------------------------------------------------------------------------- evaluation


@eval_app.command("extraction")
def eval_extraction(
    dataset: Annotated[Path, typer.Option("--dataset", help="JSONL in the shared AMI format.")],
    extractor: Annotated[str, typer.Option(help="offline|llm")] = "offline",
    json_out: JsonOpt = False,
) -> None:
    """Score action items and decisions against gold evidence turns."""
    from evals.extraction import main as extraction_main

    if not dataset.exists():
        raise CandorError(f"dataset {dataset} not found")
    if extractor not in {"offline", "llm"}:
        raise CandorError(f"--extractor must be offline or llm, not '{extractor}'")
    try:
        rc = extraction_main(["--dataset", str(dataset), "--extractor", extractor, *(["--json"] if json_out else [])])
    except (KeyError, TypeError, ValueError) as exc:  # json.JSONDecodeError is a ValueError
        detail = f"a record has no field {exc}" if isinstance(exc, KeyError) else str(exc)
        raise CandorError(f"dataset {dataset} is not JSONL in the shared AMI format: {detail}") from None
    if rc:
        raise typer.Exit(rc)


@eval_app.command("retrieval")
def eval_retrieval(
    dataset: Annotated[Path, typer.Option("--dataset", help="QMSum JSONL (e.g. val.jsonl).")],
    json_out: JsonOpt = False,
) -> None:
    """hit@k and span recall@5 for random, lexical, dense and hybrid retrieval."""
    from evals.retrieval import main as retrieval_main

    if not dataset.exists():
        raise CandorError(f"dataset {dataset} not found")
    rc = retrieval_main(["--dataset", str(dataset), *(["--json"] if json_out else [])])
    if rc:  # it has printed its own one-line error
        raise typer.Exit(rc)


# ---------------------------------------------------------------------------- demo


@app.command("demo")
def demo_cmd(
    engagement: Annotated[str, typer.Option("--engagement", "-e")] = "demo",
) -> None:
    """Ingest the bundled sample call into an engagement and print transcript, facts and status report."""
    from assistant.demo import run_demo

    run_demo(_services(), engagement, echo=typer.echo)


def _with_hint(exc: CandorError, args: list[str]) -> str:
    """The error line, plus how to fix it where the CLI knows: an unknown engagement given with -e."""
    if isinstance(exc, EngagementNotFound) and args[:1] != ["engagement"]:
        name = exc.name.replace('"', "'")
        return f'{exc}; create it with: candor engagement create "{name}"'
    return str(exc)


def main() -> None:
    try:
        rc = app(standalone_mode=False)
    except CandorError as exc:
        typer.echo(f"error: {_with_hint(exc, sys.argv[1:])}", err=True)
        sys.exit(1)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("aborted", err=True)
        sys.exit(1)
    except Exception as exc:  # click usage errors and the like
        import click

        # Typer ships its own copy of click: its usage errors are not click.ClickException.
        show, code = getattr(exc, "show", None), getattr(exc, "exit_code", None)
        if isinstance(exc, click.ClickException) or (callable(show) and isinstance(code, int)):
            show()  # type: ignore[misc]
            sys.exit(code)
        raise
    sys.exit(rc if isinstance(rc, int) else 0)


if __name__ == "__main__":
    main()
