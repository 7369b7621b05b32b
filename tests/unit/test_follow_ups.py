"""Follow-ups: a later call says an open item was done, slipped or unblocked in words the extractor does not turn
into a fact of its own, and tracking still updates the item (ingest.extraction.followup)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import ActionItem, Blocker, Evidence, FactBase, FollowUp, Person
from assistant.tracking import merge_meeting_facts
from ingest.extraction.dates import due_date
from ingest.extraction.followup import done_report, follow_up_for, verify_follow_ups
from ingest.extraction.offline import OfflineExtractor
from ingest.formats import parse_transcript
from tests.builders import action_items as items
from tests.builders import meeting_context, weekly_tracker
from tests.conftest import REPO

NAMES = ["Nora Quinn", "Ben Adler", "Kemi Hart", "Vikram Rao", "Lucy Fenn", "Omar Said"]
PEOPLE = [*(Person(name=n) for n in NAMES), Person(name="Carrier", kind="team", aliases=["Vikram"])]
WEEK1 = date(2026, 10, 5)  # a Monday


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, WEEK1)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def track_without(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, WEEK1, follow_ups=False)  # type: ignore[no-any-return]


@pytest.mark.parametrize("sentence, doer", [
    ("And I sat down with the branch manager on Thursday.", "speaker"),
    ("The templates are built and sitting in the orchestrator.", "thing"),
    ("Good news, we got the signed letter back on Friday afternoon.", "thing"),
    ("Got Ben's spreadsheet with the addressing on Wednesday.", "thing"),
    ("Lucy ran the rehearsal on Thursday and it went fine.", "Lucy"),
    ("She's booked the rooms for both days.", "pronoun"),
    ("Went through this morning actually, first item on the agenda.", "speaker"),
    ("The end-to-end run on Wednesday went clean, twenty for twenty approved.", "thing"),
    ("And the training schedule is out, the leads already swapped their shifts around it.", "thing"),
    ("Came through the day after, thanks Ben.", "thing"),
    ("Landed Thursday night.", "thing"),
    ("And you should all have had the plan from me on Thursday.", "speaker"),
    ("You should have had the rota from Kemi on Tuesday.", "Kemi"),
    ("I've got your invites, Kemi. All six of them.", "thing"),    # someone else's work, received
    ("I had Ben's answers on the Tuesday, just in time.", "thing"),
    ("They went to Lucy on Tuesday.", "thing"),                     # the things went; nobody is named doing them
])
def test_a_report_of_finished_work_is_read_from_its_grammar_with_its_doer(sentence: str, doer: str) -> None:
    report = done_report(sentence)
    assert report is not None and report.doer == doer


@pytest.mark.parametrize("sentence", [
    "I haven't sent the plan yet.",                          # negation
    "I'll have the plan sent by Friday.",                    # future
    "If the permits come through early we could start.",     # condition
    "Did the firewall change go in?",                        # question
    "Tech is booked, we are working on it.",                 # work under way
    "The reporting team got pulled onto the audit prep.",    # news, not work done
    "Given the delay, I'd like us to cut over one site first.",
    "Noted, kiosks are excluded from wave one.",
    "We've only migrated some of the files.",
    "On wave one, I'll start the migration on Monday the 2nd and have it finished by the 6th.",
    "Got it, those folders are already excluded from wave one.",   # an acknowledgement
    "The network team refused the exception.",
    "It's held up behind the firewall change.",
    "Shane, I saw the email come in this morning.",              # seeing is not doing
    "They've got it with their Android team.",                    # having it, not receiving it
    "I've measured up, I just need to write it.",                 # a step, the work still to do
    "We've drafted the note, we still have to send it round.",
    "I've built the rig, I need to test it on the line.",
    "We should have had the extract last week.",                  # a complaint that it has not come
    "You should have had it by now.",                             # the sender unsure it went
    "I've got my notes here.",                                    # the speaker's own things
])
def test_promises_conditions_questions_progress_and_asides_are_not_reports_of_work_done(sentence: str) -> None:
    assert done_report(sentence) is None


def test_work_reported_done_in_other_words_closes_the_owners_item_only_with_the_follow_up_pass(
    track: Callable[..., list[FactBase]], track_without: Callable[..., list[FactBase]]
) -> None:
    calls = (
        [("Nora Quinn", "Kemi, the branch managers?"),
         ("Kemi Hart", "I'll brief the Harbourside branch manager on the cutover plan before the 16th.")],
        [("Nora Quinn", "Kemi, Harbourside?"),
         ("Kemi Hart", "Yep. And I sat down with Harbourside's manager on Thursday, she's across the cutover plan.")],
    )
    [item] = items(track(*calls))
    assert item.status == "done" and {e.meeting_id for e in item.evidence} == {"w1", "w2"}
    assert [e.event for e in item.history] == ["created", "done"]
    assert [i.status for i in items(track_without(*calls))] == ["open"]


def test_a_short_reply_with_a_later_date_slips_the_item_the_prompt_asked_about(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Nora Quinn", "Vikram, circuits?"),
         ("Vikram Rao", "I will get you the circuit delivery dates for the first six sites by Friday the 9th.")],
        [("Nora Quinn", "Vikram, the delivery dates for the first six?"),
         ("Vikram Rao", "Yes, I owe you those. They will be with you on the 16th.")],
    )
    [item] = items(facts)
    assert item.status == "slipped" and item.due == date(2026, 10, 16)


def test_an_acronym_names_the_work_it_abbreviates_and_now_gives_the_new_date(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Ben Adler", "I'll raise the change request in ServiceNow for the Harbourside cutover by Friday.")],
        [("Nora Quinn", "Ben, the CR?"),
         ("Ben Adler", "Sorry, CAB got cancelled last week. The CR's going in Monday now.")],
    )
    [item] = items(facts)
    assert item.status == "slipped" and item.due == date(2026, 10, 19)


def test_a_new_commitment_with_its_own_date_does_not_slip_the_owners_other_item(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Kemi Hart", "I'll have the site contact list for the four pilot branches done by Tuesday the 6th.")],
        [("Kemi Hart", "I'll book the after hours change window with the branch managers by the 14th.")],
    )
    by_due = {i.due: i.status for i in items(facts)}
    assert by_due == {date(2026, 10, 6): "open", date(2026, 10, 14): "open"}


def test_a_received_deliverable_closes_the_item_of_whoever_owed_it(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Nora Quinn", "Omar, the letter of authority?"),
         ("Omar Said", "I'll get the signed letter of authority to Vikram by Friday.")],
        [("Nora Quinn", "Vikram, porting?"),
         ("Vikram Rao", "Good news, we got the signed letter of authority back Friday afternoon, so the port is lodged.")],
    )
    [item] = [i for i in items(facts) if i.owner == "Omar Said"]
    assert item.status == "done"
    assert not [i for i in items(facts) if i.owner != "Omar Said" and i.status == "done"]  # no separate done item


@pytest.mark.parametrize("sentence, thing", [
    ("I got the URL from Omar on Tuesday, so the redirects are booked.", "the URL"),
    ("Yeah, got Kemi's inventory the day after the last call.", "Kemi's inventory"),
    ("We got the signed letter back on Friday afternoon.", "the signed letter"),
])
def test_what_a_receipt_names_is_the_thing_without_where_it_came_from_or_when(sentence: str, thing: str) -> None:
    report = done_report(sentence)
    assert report is not None and report.doer == "thing" and report.subject.strip() == thing


@pytest.mark.parametrize("report", [
    "I got the URL from Omar on Tuesday, so the redirects are booked into our change window.",
    "Yeah, got Omar's URL the day after the last call.",
])
def test_the_one_it_was_for_reporting_the_items_thing_received_from_the_named_owner_closes_it(
    track: Callable[..., list[FactBase]], report: str
) -> None:
    facts = track(
        [("Lucy Fenn", "Omar, we'll need the production URL for the redirects."),
         ("Omar Said", "I'll get you the production URL by Monday.")],
        [("Nora Quinn", "Lucy, you first, I think you've got good news."),
         ("Lucy Fenn", report)],
    )
    [item] = [i for i in items(facts) if i.owner == "Omar Said"]
    assert item.status == "done"


def test_another_thing_received_from_the_named_owner_leaves_the_item_open(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Lucy Fenn", "Omar, we'll need the production URL for the redirects."),
         ("Omar Said", "I'll get you the production URL by Monday.")],
        [("Nora Quinn", "Lucy, you first."),
         ("Lucy Fenn", "I got the tester logins from Omar on Tuesday, so the test team can start.")],
    )
    [item] = [i for i in items(facts) if i.owner == "Omar Said"]
    assert item.status == "open"


@pytest.mark.parametrize("question, answer", [
    ("Kemi, did the retention policy go over?", ("Lucy Fenn", "It did, yeah, got it Friday, thanks Kemi.")),
    ("Kemi, the retention policy?", ("Lucy Fenn", "Yes, came through on Thursday.")),
    ("And the policy document, Kemi?", ("Kemi Hart", "Yep, that went to Lucy on Monday.")),
    ("Right, the policy.", ("Lucy Fenn", "Kemi sent it over Tuesday, thanks.")),
])
def test_it_reported_come_by_the_one_it_was_for_or_gone_to_them_closes_the_owners_one_item_for_them(
    track: Callable[..., list[FactBase]], question: str, answer: tuple[str, str]
) -> None:
    facts = track(
        [("Lucy Fenn", "Kemi, is there anything written down on how long we keep patient files?"),
         ("Kemi Hart", "There is. I'll dig that out and send it to Lucy by Friday.")],
        [("Nora Quinn", f"Okay, last week's actions. {question}"), answer],
    )
    [item] = [i for i in items(facts) if i.owner == "Kemi Hart"]
    assert item.status == "done"


def test_it_come_in_reply_to_the_owner_asked_about_work_for_the_speaker_said_you_closes_it(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Lucy Fenn", "What I need from Omar is which tables he wants, and how big the extract is."),
         ("Omar Said", "I'll get that to you Thursday.")],
        [("Nora Quinn", "Okay, last week's actions. Omar, the spec for Lucy?"),
         ("Lucy Fenn", "Yeah, got it, it came through Thursday.")],
    )
    [item] = [i for i in items(facts) if i.owner == "Omar Said"]
    assert item.status == "done"


@pytest.mark.parametrize("report, status", [
    ("I had Ben's reply on the Tuesday, just in time.", "done"),
    ("Yeah, got Ben's response on Monday, thanks.", "done"),
    ("I had Omar's reply on the Tuesday, just in time.", "open"),   # someone else's thing
])
def test_the_one_it_was_for_having_the_owners_thing_closes_the_owners_one_item_for_them(
    track: Callable[..., list[FactBase]], report: str, status: str
) -> None:
    facts = track(
        [("Lucy Fenn", "The reps have sent in six questions about the tracking."),
         ("Ben Adler", "I'll respond to Lucy's questions in writing by Friday.")],
        [("Nora Quinn", "Okay, last week's actions. Lucy?"), ("Lucy Fenn", report)],
    )
    [item] = [i for i in items(facts) if i.owner == "Ben Adler"]
    assert item.status == status


def test_the_owner_named_doing_something_to_it_that_hands_nothing_over_leaves_their_item_for_the_speaker_open(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Lucy Fenn", "What I need from Omar is the list of rules, and which ports."),
         ("Omar Said", "I'll get that to you Thursday.")],
        [("Nora Quinn", "Okay, last week's actions. Lucy, the firewall change?"),
         ("Lucy Fenn", "Omar tested it yesterday.")],
    )
    [item] = [i for i in items(facts) if i.owner == "Omar Said"]
    assert item.status == "open"


@pytest.mark.parametrize("first, later", [
    # two items of the owner for the one who speaks: "it" could be either
    ([("Kemi Hart", "I'll send Lucy the retention policy by Friday."),
      ("Kemi Hart", "And I'll send Lucy the archive sizing on Monday as well.")],
     [("Nora Quinn", "Kemi, did it go over?"), ("Lucy Fenn", "It did, yeah, got it Friday.")]),
    # the question asks about the owner's other work
    ([("Kemi Hart", "I'll send the retention policy to Lucy by Friday."),
      ("Kemi Hart", "And I'll book the training rooms for the 9th.")],
     [("Nora Quinn", "Kemi, did the training rooms get booked?"), ("Lucy Fenn", "They did, yesterday.")]),
    # not come yet
    ([("Kemi Hart", "I'll send the retention policy to Lucy by Friday.")],
     [("Nora Quinn", "Kemi, did the retention policy go over?"), ("Lucy Fenn", "Not yet, no.")]),
])
def test_it_come_leaves_the_item_for_the_speaker_open_when_it_may_be_other_work_or_has_not_come(
    track: Callable[..., list[FactBase]], first: list[tuple[str, str]], later: list[tuple[str, str]]
) -> None:
    facts = track(first, later)
    policy = [i for i in items(facts) if i.owner == "Kemi Hart" and "retention" in i.text]
    assert policy and all(i.status == "open" for i in policy)


def test_the_owner_telling_the_recipients_they_should_have_had_it_closes_the_item(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Nora Quinn", "And I'll circulate the project plan by Thursday, with the go-live date in it.")],
        [("Nora Quinn", "And you should all have had the plan from me on Thursday."),
         ("Ben Adler", "Got it, yeah.")],
    )
    [item] = [i for i in items(facts) if i.owner == "Nora Quinn"]
    assert item.status == "done"


@pytest.mark.parametrize("task, report, status", [
    ("I'll put a note out to all the drivers by Friday, explaining what the trackers are for.", "Yeah, it's drafted.",
     "open"),
    ("I'll send the cutover checklist round to the store managers by Friday.", "The checklist's written.", "open"),
    ("I'll draft the note to all the drivers by Friday.", "Yeah, it's drafted.", "done"),
])
def test_a_thing_made_ready_is_a_step_of_work_that_hands_it_over_not_that_work(
    track: Callable[..., list[FactBase]], task: str, report: str, status: str
) -> None:
    facts = track(
        [("Kemi Hart", task)],
        [("Nora Quinn", "Kemi, the note?" if "note" in task else "Kemi, the checklist?"),
         ("Kemi Hart", report)],
    )
    [item] = [i for i in items(facts) if i.owner == "Kemi Hart"]
    assert item.status == status


def test_an_arrival_reported_without_a_subject_answers_the_question_about_the_owners_item(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Kemi Hart", "Ben, can I have the webhook docs?"),
         ("Ben Adler", "I'll send Kemi the webhook docs tomorrow.")],
        [("Nora Quinn", "Ben, the webhook docs?"),
         ("Kemi Hart", "Came through the day after, thanks Ben. Delivery receipts are coming back in test.")],
    )
    [item] = [i for i in items(facts) if i.owner == "Ben Adler"]
    assert item.status == "done"


def test_other_news_from_the_awaited_party_does_not_lift_its_blocker(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Lucy Fenn", "We can't stage the edge device until the carrier hands over the circuit, the NTD still "
                       "isn't installed.")],
        [("Nora Quinn", "Vikram, the NTD?"),
         ("Vikram Rao", "Tech is booked, we are working on it.")],
    )
    [blocker] = [f for f in facts if isinstance(f, Blocker)]
    assert blocker.status == "open"


def test_a_dated_promise_of_other_work_is_a_new_item_not_a_slip_of_a_request_that_names_its_own_work(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Nora Quinn", "Lucy, while I've got you, can you confirm the load test dates with your testers? "
                        "Wednesday ideally?"),
         ("Lucy Fenn", "And Omar, the archive rules for the scanned forms, how long the portal keeps them. "
                       "Can you send me those?"),
         ("Omar Said", "Sure, I'll send you the archive rules Thursday.")],
        [("Nora Quinn", "Lovely. Omar, the load test. Lucy's testers will need the test portal details."),
         ("Omar Said", "I'll send Lucy the test portal details today, the URL and a couple of tester logins.")],
    )
    [archive] = [i for i in items(facts) if "archive" in i.text]
    assert not [h for h in archive.history if h.event == "slipped"]
    assert [i for i in items(facts) if "test portal details" in i.text]


def test_the_awaited_party_doing_something_else_does_not_lift_the_blocker_but_doing_it_does(
    track: Callable[..., list[FactBase]]
) -> None:
    raised = [("Lucy Fenn", "I can't finalise the shift plan until Oscar approves the weekend overtime.")]
    other = track(raised, [("Nora Quinn", "Oscar, the overtime?"),
                           ("Lucy Fenn", "Oscar did phone the works council, to be fair to him.")])
    assert [f.status for f in other if isinstance(f, Blocker)] == ["open"]
    done = track(raised, [("Nora Quinn", "Any news on overtime?"),
                          ("Lucy Fenn", "Oscar approved the weekend overtime on Tuesday.")])
    assert [f.status for f in done if isinstance(f, Blocker)] == ["resolved"]


def test_what_a_blocker_waits_for_reported_done_by_whoever_did_it_lifts_it(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Ben Adler", "We can't start the production build until InfoSec signs off the landing zone design.")],
        [("Omar Said", "Lucy's team signed off the landing zone design on Thursday, so you're clear to build "
                       "production.")],
    )
    [blocker] = [f for f in facts if isinstance(f, Blocker)]
    assert blocker.status == "resolved" and blocker.history[-1].meeting_id == "w2"


def test_extracting_the_later_call_again_leaves_one_follow_up_event(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    calls = [
        [("Kemi Hart", "I'll brief the Harbourside branch manager on the cutover plan before the 16th.")],
        [("Kemi Hart", "And I sat down with Harbourside's manager on Thursday, she's across the cutover plan.")],
    ]
    ctxs = [meeting_context(t, PEOPLE, date.fromordinal(WEEK1.toordinal() + 7 * k), mid=f"w{k + 1}")
            for k, t in enumerate(calls)]
    facts: list[FactBase] = []
    for ctx in [*ctxs, ctxs[1]]:  # the second call extracted twice, as `candor extract` does
        facts = merge_meeting_facts(facts, list(minilm_extractor.extract(ctx).facts), ctx.meeting, minilm,
                                    meetings=[c.meeting for c in ctxs], people=PEOPLE,
                                    follow_up=follow_up_for(ctx, minilm))
    [item] = items(facts)
    assert [e.event for e in item.history] == ["created", "done"] and item.status == "done"


@pytest.mark.parametrize("sentence, day", [
    ("Realistically it'll be the twenty-eighth now.", date(2026, 10, 28)),
    ("I'd say the eleventh now.", date(2026, 11, 11)),
])
def test_a_spoken_day_of_the_month_followed_by_now_is_a_date(sentence: str, day: date) -> None:
    assert due_date(sentence, date(2026, 10, 21)) == day


def test_the_whole_turn_of_the_person_called_on_answers_the_prompt(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Ben Adler", "I'll get the firewall rules for the gateway ports opened by Wednesday the 7th.")],
        [("Nora Quinn", "Ben, firewall?"),
         ("Ben Adler", "So, uh, the firewall thing, not this week, I'm afraid. The change board got moved. Say the "
                       "14th? Probably the 14th.")],
    )
    [item] = items(facts)
    assert item.status == "slipped" and item.due == date(2026, 10, 14)


def test_a_colleague_answering_the_owners_prompt_reports_the_owners_work(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Ben Adler", "I'll get the firewall rules for the gateway ports opened by Wednesday the 7th.")],
        [("Nora Quinn", "Ben, firewall, are we good?"),
         ("Omar Said", "It's in. Went in last Wednesday, traffic's flowing to the gateway now."),
         ("Ben Adler", "Yeah, what he said.")],
    )
    [item] = items(facts)
    assert item.status == "done"


def test_a_bare_date_at_the_end_of_a_back_and_forth_slips_what_the_exchange_was_about(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Nora Quinn", "Lucy, can you send us the chart of accounts mapping by the 9th?"),
         ("Lucy Fenn", "Yes, I'll send it.")],
        [("Nora Quinn", "Lucy, the mapping?"),
         ("Lucy Fenn", "The chart of accounts mapping is still not done, I've been pulled onto quarter-end."),
         ("Nora Quinn", "Right. What about the 23rd?"),
         ("Lucy Fenn", "Yes, the 23rd.")],
    )
    [item] = items(facts)
    assert item.due == date(2026, 10, 23) and item.history[-1].evidence[0].quote == "Yes, the 23rd."


def test_the_evidence_of_a_back_and_forth_quotes_each_speaker_in_their_own_turn(
    track: Callable[..., list[FactBase]]
) -> None:
    later = [("Nora Quinn", "Lucy, the mapping?"),
             ("Lucy Fenn", "The chart of accounts mapping is still not done, I've been pulled onto quarter-end."),
             ("Nora Quinn", "Right. What about the 23rd?"),
             ("Lucy Fenn", "Yes, the 23rd.")]
    facts = track([("Nora Quinn", "Lucy, can you send us the chart of accounts mapping by the 9th?"),
                   ("Lucy Fenn", "Yes, I'll send it.")], later)
    [item] = items(facts)
    evidence = item.history[-1].evidence
    assert len(evidence) == 2
    for ev in evidence:
        assert any(ev.quote in text for speaker, text in later if speaker == ev.speaker), ev


def test_a_date_in_a_remark_that_is_not_a_new_date_for_the_work_slips_nothing(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Nora Quinn", "I'll send the revised project plan to the sponsor by Thursday.")],
        [("Nora Quinn", "Nothing else from me on the plan. Talk next week."),
         ("Kemi Hart", "December 5th is the last weekend we can do the plan review, after that no way.")],
    )
    [item] = [i for i in items(facts) if i.owner == "Nora Quinn"]
    assert item.status == "open" and item.due == date(2026, 10, 8)


def test_another_thing_of_the_same_name_reported_done_closes_nothing(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Ben Adler", "I'll send the SSO metadata file across by Friday, then you can do the DMS side.")],
        [("Lucy Fenn", "The pilot finished yesterday afternoon, no failures."),
         ("Kemi Hart", "And Omar, the retention metadata carried over intact on every file I sampled.")],
    )
    [item] = [i for i in items(facts) if i.owner == "Ben Adler"]
    assert item.status == "open"


def test_the_waiting_sides_own_work_does_not_lift_a_blocker_on_another_party(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Lucy Fenn", "We're blocked on the carrier for the port, we can't release until the carrier comes back.")],
        [("Nora Quinn", "Lucy, the port?"),
         ("Lucy Fenn", "They've asked for more logs, I sent them yesterday.")],
    )
    [blocker] = [f for f in facts if isinstance(f, Blocker)]
    assert blocker.status == "open"


def test_a_new_dated_commitment_naming_other_work_is_not_absorbed_as_a_slip(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Nora Quinn", "Kemi, can you put the depot training days on the plan as well?"),
         ("Kemi Hart", "Yes, I'll add them to the plan by Friday.")],
        [("Nora Quinn", "Kemi, the readiness summary for the sponsor?"),
         ("Kemi Hart", "Yep, I'll have the readiness one-pager to you by Friday.")],
    )
    assert len(items(facts)) == 2 and all(i.status == "open" for i in items(facts))


def test_a_trailing_clause_that_commits_to_nothing_does_not_make_new_work_a_restatement(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Kemi Hart", "I'll have the pen test scope signed off by the 20th, so we're clear before wave one.")],
        [("Kemi Hart", "While I'm on, I'll send the DLP policy exceptions list by the 23rd, that needs to be in "
                       "before wave two.")],
    )
    by_due = {i.due: i.status for i in items(facts)}
    assert by_due == {date(2026, 10, 20): "open", date(2026, 10, 23): "open"}


# ---- Harbourview audit: slips said in the same reply as a finding, what arrived, agreed dates, what a wait lifts


def history(item: ActionItem) -> list[tuple[str, str, date | None]]:
    return [(e.event, e.meeting_id, e.due) for e in item.history]


def test_a_reply_saying_the_work_slipped_by_another_week_slips_it_and_its_findings_close_nothing(
    track: Callable[..., list[FactBase]]
) -> None:
    first = [("Nora Quinn", "Ben, what's next on the cutover?"),
             ("Ben Adler", "Once the address checks are done I'll run the first rehearsal load into test. I'll have "
                           "that done by Friday."),
             ("Nora Quinn", "Friday the ninth."), ("Ben Adler", "Yeah.")]
    facts = track(first, [
        ("Nora Quinn", "Ben, rehearsal load?"),
        ("Ben Adler", "Ah. So that's slipped. The address checks found loads of bad records, lines with no postcode. "
                      "I need another week on the rehearsal load, so end of this week, the sixteenth."),
    ])
    [item] = [i for i in items(facts) if i.owner == "Ben Adler"]
    assert item.status == "slipped" and item.due == date(2026, 10, 16)
    assert "done" not in [e.event for e in item.history]
    # the near miss: the load itself reported run closes it
    facts = track(first, [("Nora Quinn", "Ben, rehearsal load?"), ("Ben Adler", "Ran it on Thursday, all clean.")])
    assert [i.status for i in items(facts) if i.owner == "Ben Adler"] == ["done"]


def test_what_an_item_waits_for_reported_done_is_not_the_item_done(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Ben Adler", "Once the address checks are done I'll run the first rehearsal load into test. I'll have "
                       "that done by Friday.")],
        [("Nora Quinn", "Ben, where are we?"), ("Ben Adler", "The address checks are finished.")],
    )
    assert [i.status for i in items(facts) if "rehearsal load" in i.text] == ["open"]


def test_asking_for_another_week_slips_the_item_and_the_owner_saying_it_landed_closes_it(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Nora Quinn", "Lucy, where are we on the ledger export?"),
         ("Lucy Fenn", "I'll have the ledger export to you by Friday.")],
        [("Nora Quinn", "And the export?"),
         ("Lucy Fenn", "Yeah, that's the bad news. The export job keeps timing out on the invoices table. I need "
                       "another week, realistically the sixteenth."),
         ("Nora Quinn", "Okay, Friday the sixteenth."), ("Lucy Fenn", "Yeah.")],
        [("Nora Quinn", "Let's start with the export. Lucy?"),
         ("Lucy Fenn", "It's there. The export landed on the SFTP on Thursday night.")],
    )
    [item] = [i for i in items(facts) if i.owner == "Lucy Fenn"]
    assert history(item) == [("created", "w1", date(2026, 10, 9)), ("slipped", "w2", date(2026, 10, 16)),
                             ("done", "w3", None)]


def test_needing_something_by_a_date_or_another_thing_landing_moves_and_closes_nothing(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Lucy Fenn", "I'll have the ledger export to you by Friday.")],
        [("Nora Quinn", "And the export?"),
         ("Lucy Fenn", "I need the finance team to approve the column list by the sixteenth.")],
        [("Nora Quinn", "Lucy, anything new?"),
         ("Lucy Fenn", "The invoice scans landed on the SFTP on Thursday night.")],
    )
    [item] = [i for i in items(facts) if i.owner == "Lucy Fenn" and "ledger" in i.text]
    assert item.status == "open" and item.due == date(2026, 10, 9)


def test_the_owners_own_dated_answer_about_an_item_slips_it_and_a_party_named_on_the_way_owns_nothing_dated(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Nora Quinn", "Omar, the mapping document, we'll need your sign-off."),
         ("Omar Said", "Send me the updated version and I'll sign it off by Friday."),
         ("Kemi Hart", "Weekend cover needs the director's approval."),
         ("Omar Said", "I'll take the weekend cover to the director on Thursday and come back to you.")],
        [("Nora Quinn", "Omar, the mapping doc."),
         ("Omar Said", "Signed. I signed it off on Wednesday, it's back with you."),
         ("Nora Quinn", "Thanks. Now, Omar, the weekend cover."),
         ("Omar Said", "Yeah. So the director's fine with it in principle, but payroll need to sign off on the "
                       "overtime and I still don't have an answer from them. I'll have an answer for you by Friday.")],
    )
    omar = {("director" in i.text): i for i in items(facts) if i.owner == "Omar Said"}
    assert omar[False].status == "done"  # the mapping doc
    assert omar[True].status == "slipped" and omar[True].due == date(2026, 10, 16)  # not closed by "back with you"
    assert not [i for i in items(facts) if i.owner not in ("Omar Said", "Nora Quinn", "Kemi Hart") and i.due]


def test_pushed_to_a_date_at_the_earliest_slips_a_request_that_is_only_written(
    track: Callable[..., list[FactBase]]
) -> None:
    first = [("Nora Quinn", "Kemi, can you raise the firewall change?"),
             ("Kemi Hart", "I'll raise the firewall change request this week. I'll have it in by the ninth.")]
    facts = track(first, [
        ("Nora Quinn", "Kemi, firewall change?"),
        ("Kemi Hart", "The request is written, but CAB only meets on the twenty-second, so it can't go in before then. "
                      "It's pushed to the twenty-third at the earliest."),
    ])
    [item] = [i for i in items(facts) if i.owner == "Kemi Hart"]
    assert item.status == "slipped" and item.due == date(2026, 10, 23)
    # the near miss: written and through CAB is done
    facts = track(first, [("Nora Quinn", "Kemi, firewall change?"),
                          ("Kemi Hart", "The request is written and it went through CAB on Tuesday.")])
    assert [i.status for i in items(facts) if i.owner == "Kemi Hart"] == ["done"]


@pytest.mark.parametrize("sentence, done", [
    ("The request is written, but it can't go in before the twenty-second.", False),
    ("The plan is drafted but we won't be able to share it until finance agree.", False),
    ("I sent the plan, but they haven't replied yet.", True),       # what others do next is not this work
])
def test_work_that_cannot_go_ahead_after_but_is_not_reported_done(sentence: str, done: bool) -> None:
    assert (done_report(sentence) is not None) is done


def test_the_date_the_pm_restates_and_the_owner_agrees_to_is_the_new_due_date(
    track: Callable[..., list[FactBase]]
) -> None:
    first = [("Ben Adler", "Send me the updated version and I'll sign off the mapping doc by Wednesday.")]

    def second(answer: str) -> list[tuple[str, str]]:
        return [("Nora Quinn", "Ben, the mapping document. That was due last Wednesday."),
                ("Ben Adler", "I know. I've read half of it. I'll get it signed by end of next week, promise."),
                ("Nora Quinn", "So Friday the sixteenth."), ("Ben Adler", answer)]

    [item] = [i for i in items(track(first, second("Yes."))) if i.owner == "Ben Adler"]
    assert item.status == "slipped" and item.due == date(2026, 10, 16)
    # the near miss: the owner does not agree, the date he said stands
    [item] = [i for i in items(track(first, second("Hmm, I said end of next week."))) if i.owner == "Ben Adler"]
    assert item.due == date(2026, 10, 23)


def test_a_first_promise_takes_the_restated_date_the_owner_agreed_to(track: Callable[..., list[FactBase]]) -> None:
    facts = track([("Kemi Hart", "I'll have the site contact list done by end of next week."),
                   ("Nora Quinn", "So Friday the ninth."), ("Kemi Hart", "Yep.")])
    assert [i.due for i in items(facts) if i.owner == "Kemi Hart"] == [date(2026, 10, 9)]
    facts = track([("Kemi Hart", "I'll have the site contact list done by end of next week."),
                   ("Nora Quinn", "So Friday the ninth."), ("Ben Adler", "Yep.")])  # someone else's yes
    assert [i.due for i in items(facts) if i.owner == "Kemi Hart"] == [date(2026, 10, 16)]


def test_what_a_blocker_waits_for_reported_landed_lifts_it_and_something_else_landing_does_not(
    track: Callable[..., list[FactBase]]
) -> None:
    first = [("Ben Adler", "I can't start the address checks until that export lands.")]
    facts = track(first, [("Lucy Fenn", "The export landed on the SFTP on Thursday night.")])
    [blocker] = [f for f in facts if isinstance(f, Blocker)]
    assert blocker.status == "resolved" and blocker.history[-1].meeting_id == "w2"
    facts = track(first, [("Lucy Fenn", "The invoice scans landed on the SFTP on Thursday night.")])
    [blocker] = [f for f in facts if isinstance(f, Blocker)]
    assert blocker.status == "open"


@pytest.mark.parametrize("sentence, doer", [
    ("So single sign-on against the staging tenant is working as of yesterday.", "thing"),
    ("The nightly feed is working now.", "thing"),
    ("It's in the shared folder, forty rules in the end.", "thing"),
    ("Yeah, it's on the project site now.", "thing"),
    ("We're working on the mapping.", None),  # near misses
    ("It is working, mostly.", None),
    ("It's in the queue.", None),
    ("We got burned on manual estimates last year.", None),
    ("We were surprised by the change freeze.", None),
])
def test_a_thing_working_from_a_time_or_filed_where_it_belongs_is_done_and_what_befell_the_speaker_is_not(
    sentence: str, doer: str | None
) -> None:
    report = done_report(sentence)
    assert (report.doer if report else None) == doer


def test_a_sentence_going_on_about_one_item_does_not_close_the_owners_other_item(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Ben Adler", "I'll wire up the single sign-on connection to the staging tenant by Friday."),
         ("Nora Quinn", "Thanks. Ben, the payroll side?"),
         ("Ben Adler", "I'll have the payroll export to the finance system working in staging by the 23rd.")],
        [("Nora Quinn", "Ben, single sign-on?"),
         ("Ben Adler", "Yes. So single sign-on against the staging tenant is working as of yesterday. "
                       "I logged in as a staging clerk and a staging manager.")],
    )
    status = {i.due: i.status for i in items(facts) if i.owner == "Ben Adler"}
    assert status == {date(2026, 10, 9): "done", date(2026, 10, 23): "open"}
    [sso] = [i for i in items(facts) if i.due == date(2026, 10, 9)]
    assert sso.history[-1].evidence[0].quote.startswith("So single sign-on")


def test_one_sentence_reporting_one_item_done_leaves_the_owners_next_item_to_its_own_answer(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Kemi Hart", "I'll send Ben the names of the pilot testers by Wednesday."),
         ("Kemi Hart", "And I'll send Ben the site contact export by Friday.")],
        [("Nora Quinn", "Kemi, first, the tester names for Ben."),
         ("Kemi Hart", "Done, I sent Ben the tester names on Tuesday. He replied, so he has them."),
         ("Nora Quinn", "Great. And the contact export?"),
         ("Kemi Hart", "So, no. The report timed out again. I'm cleaning it by hand.")],
    )
    status = {i.due: i.status for i in items(facts) if i.owner == "Kemi Hart"}
    assert status == {date(2026, 10, 7): "done", date(2026, 10, 9): "open"}


def test_the_pm_repeating_someone_elses_date_moves_nothing_of_hers_and_what_she_owes_slips_her_item(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Nora Quinn", "I'll draft the cutover plan and send it round by Friday."),
         ("Ben Adler", "I'll have the payroll export to the finance system working in staging by the 16th.")],
        [("Nora Quinn", "Ben, payroll?"),
         ("Ben Adler", "Um, I lost a week, so the payroll export in staging is going to be the twenty-third, not the "
                       "sixteenth."),
         ("Nora Quinn", "Okay, the twenty-third."),
         ("Nora Quinn", "And I owe you all the cutover plan, I know. I'll have it out Wednesday.")],
    )
    by_owner = {i.owner: (i.status, i.due) for i in items(facts)}
    assert by_owner == {"Ben Adler": ("slipped", date(2026, 10, 23)), "Nora Quinn": ("slipped", date(2026, 10, 14))}
    assert len(items(facts)) == 2


@pytest.mark.parametrize("report, done", [
    ("Good news, Omar sent the credentials on Friday.", False),  # another person's step
    ("Good news, I got it working on Friday.", True),  # near miss: the owner's own work
])
def test_another_persons_step_answering_the_owners_prompt_does_not_close_the_owners_item(
    track: Callable[..., list[FactBase]], report: str, done: bool
) -> None:
    facts = track(
        [("Ben Adler", "I'll have the payroll export to the finance system working in staging by the 16th.")],
        [("Nora Quinn", "Ben, payroll export?"), ("Ben Adler", report)],
    )
    [item] = [i for i in items(facts) if i.owner == "Ben Adler" and i.meeting_id == "w1"]
    assert (item.status == "done") is done


@pytest.mark.parametrize("answer, resolved", [("Landed Thursday.", True), ("Still chasing it, sorry.", False)])
def test_a_blocker_waiting_for_an_items_work_is_lifted_when_that_item_is_reported_done(
    track: Callable[..., list[FactBase]], answer: str, resolved: bool
) -> None:
    facts = track(
        [("Nora Quinn", "Kemi, we need the meter register export to start the mapping."),
         ("Kemi Hart", "I'll have it to you by Friday."),
         ("Ben Adler", "Just so you know, I'm stuck on the meter mapping until I've got that register export.")],
        [("Nora Quinn", "Kemi, the register export?"), ("Kemi Hart", answer)],
    )
    [blocker] = [f for f in facts if isinstance(f, Blocker)]
    assert (blocker.status == "resolved") is resolved


@pytest.mark.parametrize("item_text, done", [
    ("My team will get the VPN configured by the 16th.", True),
    ("I'll get the VPN configured by the 16th.", False),  # near miss: her own work, not her team's
])
def test_the_owner_reporting_her_teams_work_done_closes_her_teams_item(
    track: Callable[..., list[FactBase]], item_text: str, done: bool
) -> None:
    facts = track(
        [("Lucy Fenn", item_text)],
        [("Nora Quinn", "Lucy, the VPN?"),
         ("Lucy Fenn", "The tunnel came up yesterday afternoon. Omar's team finished it.")],
    )
    [item] = [i for i in items(facts) if i.meeting_id == "w1"]
    assert (item.status == "done") is done
    if done:  # the report is her item's, not new work of Omar's
        assert not [i for i in items(facts) if i.owner and i.owner.startswith("Omar")]


def test_a_negated_alternative_date_is_the_old_one_and_the_pms_own_promise_in_the_prompt_does_not_hide_the_slip(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Omar Said", "I'll get the data sharing agreement signed off by the end of the month.")],
        [("Nora Quinn", "Okay, we'll check again next week. Omar, the data sharing agreement?"),
         ("Omar Said", "Legal came back with comments on the liability clause. It's going to be more like the "
                       "sixth of November, not the thirty-first of October.")],
    )
    [item] = [i for i in items(facts) if i.owner == "Omar Said"]
    assert item.status == "slipped" and item.due == date(2026, 11, 6)


@pytest.mark.parametrize("report", [
    ("Ben Adler", "Lucy's workbook came through on Friday."),  # news of someone else's work
    ("Lucy Fenn", "Sent it over last night."),  # names no work
    ("Ben Adler", "The pilot extract ran on Thursday."),  # a thing reported, not the speaker's deliverable
    ("Kemi Hart", "Two had no postcode, I've sent those to Omar."),  # a pronoun for the work
    ("Nora Quinn", "Contract's signed, the tenant is provisioned, and the pilot is mid-November."),  # project state
    ("Omar Said", "Card masking is built in."),
])
def test_a_completion_report_that_closes_no_tracked_item_is_no_new_action_item(
    track: Callable[..., list[FactBase]], report: tuple[str, str]
) -> None:
    facts = track(
        [("Nora Quinn", "Vikram, the circuit?"), ("Vikram Rao", "I'll get the circuit order placed by Friday.")],
        [("Nora Quinn", "Anything else?"), report],
    )
    assert [(i.owner, i.status) for i in items(facts)] == [("Vikram Rao", "open")]


def test_the_speakers_own_deliverable_reported_done_is_no_new_item_when_it_closes_nothing(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Nora Quinn", "Vikram, the circuit?"), ("Vikram Rao", "I'll get the circuit order placed by Friday.")],
        [("Nora Quinn", "Anything else?"), ("Kemi Hart", "I sent the cutover runbook to Omar on Monday.")],
    )
    assert [(i.owner, i.status) for i in items(facts)] == [("Vikram Rao", "open")]


@pytest.mark.parametrize(("turns", "rehearsal"), [
    ([("Omar Said", "Actually, the comms team are doing a full pack for the branches. So let's park the FAQ, it's not "
                    "needed.")], "open"),
    # (a week on, the recap's "rehearsal Friday" is this week's Friday: the rehearsal's new date)
    ([("Nora Quinn", "Recap. Ben, rehearsal Friday. The FAQ is parked. Anything else?")], "slipped"),
    ([("Lucy Fenn", "The branch FAQ, I haven't started it."),
      ("Nora Quinn", "That's fine. Let's park that, it's not needed for phase one.")], "open"),
    ([("Nora Quinn", "Then we'll shelve the branch FAQ, Lucy, no need to chase comms any more.")], "open"),
])
def test_an_item_parked_or_said_not_needed_is_dropped_not_done_and_never_overdue(
    track: Callable[..., list[FactBase]], turns: list[tuple[str, str]], rehearsal: str
) -> None:
    facts = track(
        [("Lucy Fenn", "I'll draft a one-page FAQ for the branch managers by the ninth."),
         ("Ben Adler", "I'll run the rehearsal load by Friday.")],
        turns,
    )
    assert [i.status for i in items(facts) if "FAQ" in i.text] == ["dropped"]
    assert [i.status for i in items(facts) if "rehearsal" in i.text] == [rehearsal]


def test_a_question_proposing_to_park_an_item_and_a_car_park_drop_nothing(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Lucy Fenn", "I'll draft a one-page FAQ for the branch managers by the ninth.")],
        [("Ben Adler", "Can we park the FAQ? I'm not sure we need it."), ("Omar Said", "Same. Car park's a lake.")],
    )
    assert [i.status for i in items(facts) if "FAQ" in i.text] == ["open"]


@pytest.mark.parametrize("first, later", [
    # the owner's organisation did what its spokesperson promised
    ([("Ben Adler", "We'll push the update to the label printers by Friday.")],
     [("Nora Quinn", "And the labels, Omar, are they printing?"),
      ("Omar Said", "Zebratek pushed the update Thursday, labels print fine now. We tested twenty pallets yesterday.")]),
    # the thing the team was to open is said open, by someone else
    ([("Kemi Hart", "Our network team will open the firewall ports for the kiosks by the 14th.")],
     [("Lucy Fenn", "So, first thing, the firewall ports are open now. Network did it yesterday.")]),
    # the owner says the item's own work is done of "it"
    ([("Omar Said", "The facilities team will have the Leeds depot surveyed by the 16th, as long as someone lets us "
                    "onto the roof.")],
     [("Nora Quinn", "Omar, the survey?"),
      ("Lucy Fenn", "The survey people were in Thursday and Friday, crawling round the racking."),
      ("Omar Said", "Report's in the folder. It's all surveyed. Two dead spots by the dock, so we're adding a "
                    "repeater there.")]),
    # the thing only one open item is about arrived, said by the one it was for
    ([("Kemi Hart", "I'll raise it with our provisioning team today and get you a token."),
      ("Ben Adler", "I'll send the cutover plan round by Friday.")],
     [("Nora Quinn", "Lucy, did the token come?"), ("Lucy Fenn", "Yes, the token came Monday. Thanks. So I'm "
                                                                "building the connector now.")]),
    # "X's done" is X is done, after another report in the turn
    ([("Ben Adler", "Then I'm aiming to have the enrolment profile built by Friday, but I'll need the Wi-Fi details.")],
     [("Nora Quinn", "Thank you, Lucy. Ben?"),
      ("Ben Adler", "So, Omar sent the cert Wednesday, so that's all good. Enrolment's done, all forty are staged.")]),
    # the vendor's push, told by a colleague of the customer in other words than the promise
    ([("Nora Quinn", "Ben, assuming the network team hit the 14th, when would the firmware be done?"),
      ("Ben Adler", "We'll have the pilot stores done by the 16th.")],
     [("Lucy Fenn", "And Zentek pushed the firmware to all three pilot stores last night. Ben emailed me at about "
                    "eleven, so, dedication.")]),
])
def test_work_reported_done_by_someone_other_than_the_owner_or_of_the_thing_closes_the_owners_item(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, first: list[tuple[str, str]],
    later: list[tuple[str, str]]
) -> None:
    # the follow-up pass itself, so no done report the extractor made of the sentence can stand in for it
    ctx1 = meeting_context(first, PEOPLE, WEEK1, mid="w1")
    ctx2 = meeting_context(later, PEOPLE, date(2026, 10, 12), mid="w2")
    found = items(list(minilm_extractor.extract(ctx1).facts))
    events = {fu.item_id: fu.event for fu in follow_up_for(ctx2, minilm)(found, {f.id: f.due for f in found})}
    owner = next(t[0] for t in first if t[0] != "Nora Quinn")
    assert [events.get(i.id) for i in found if i.evidence[0].speaker == owner] == ["done"]
    assert [events.get(i.id) for i in found if "cutover plan" in i.text] in ([], [None])


def test_a_reply_answers_the_sentence_that_called_on_its_speaker_not_the_report_before_it(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Lucy Fenn", "I'll send the cutover checklist round by Thursday."),
         ("Kemi Hart", "I'll have the training rota to you by the 23rd.")],
        [("Lucy Fenn", "That's the cutover checklist done, then. Kemi, rota?"), ("Kemi Hart", "Realistically the 30th.")],
    )
    by = {i.owner: i for i in items(facts)}
    assert by["Lucy Fenn"].status == "done" and [e.event for e in by["Lucy Fenn"].history] == ["created", "done"]
    assert by["Kemi Hart"].status == "slipped" and by["Kemi Hart"].due == date(2026, 10, 30)


def test_everything_else_built_is_not_the_work_asked_about(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Ben Adler", "I'll build the enrolment profile by Friday.")],
        [("Nora Quinn", "Understood. Ben, enrolment profile?"),
         ("Ben Adler", "Still waiting on the certificate for the profile. I've built everything else.")],
    )
    assert [i.status for i in items(facts) if "enrolment" in i.text] == ["open"]


@pytest.mark.parametrize("first, later, due", [
    # the prompt is the turn before the owner's own, across someone's "Ah."
    ([("Lucy Fenn", "I can get you the staff extract Tuesday, but not before, I'm not promising anything before.")],
     [("Nora Quinn", "Lucy. The extract. Sorry, I have to ask."),
      ("Lucy Fenn", "I know. I know. It's not going to be today."), ("Ben Adler", "Ah."),
      ("Lucy Fenn", "IT ran the payroll report with the wrong parameters, so half the stores are missing. First thing "
                    "Monday. You'll have it first thing Monday.")], date(2026, 10, 19)),
    # an item with no date said not done yet, with a date
    ([("Nora Quinn", "Ben, can you get us the location export?"),
      ("Ben Adler", "Yes, I'll pull the location export off the old system.")],
     [("Nora Quinn", "Sorted, then. Ben, the location export?"),
      ("Ben Adler", "Not yet. Look, we had three trailers in late on Friday and I was on the dock till nine. It'll be "
                    "end of this week.")], date(2026, 10, 16)),
])
def test_a_new_date_said_after_an_interjection_or_for_an_undated_item_not_done_yet_slips_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, first: list[tuple[str, str]],
    later: list[tuple[str, str]], due: date
) -> None:
    ctx1 = meeting_context(first, PEOPLE, WEEK1, mid="w1")
    ctx2 = meeting_context(later, PEOPLE, date(2026, 10, 12), mid="w2")
    found = items(list(minilm_extractor.extract(ctx1).facts))
    slips = [(fu.event, fu.due) for fu in follow_up_for(ctx2, minilm)(found, {f.id: f.due for f in found})]
    assert slips == [("slipped", due)]


@pytest.mark.parametrize("sentence", [
    "Legal and I have gone back and forth, and I'm comfortable with six years for all recorded calls.",
    "We went round in circles on the retention wording with legal.",
    "The vendor has gone quiet on the guidance note.",
])
def test_going_back_and_forth_or_quiet_is_no_report_of_work_done(sentence: str) -> None:
    assert done_report(sentence) is None


@pytest.mark.parametrize("handover, report", [
    ([("Nora Quinn", "Kemi's off from Monday. Lucy, could you take that over while Kemi's off?"),
      ("Lucy Fenn", "Sure. I'll get the org hierarchy to Ben by the 21st, same date as before.")],
     ("Lucy Fenn", "I sent the org hierarchy to Ben on Monday.")),
    ([("Nora Quinn", "Lucy, could you take the org hierarchy off Kemi's plate? She's snowed under."),
      ("Lucy Fenn", "Yes, I'll do it Monday.")],
     ("Lucy Fenn", "The org hierarchy's done, by the way.")),
])
def test_work_handed_to_someone_else_changes_its_owner_and_their_report_closes_it(
    track: Callable[..., list[FactBase]], handover: list[tuple[str, str]], report: tuple[str, str]
) -> None:
    first = [("Kemi Hart", "I'll send Ben the org hierarchy, store, region and cost centre, by the 21st.")]
    facts = track(first, handover)
    hierarchy = [i for i in items(facts) if "hierarchy" in i.text or any("hierarchy" in e.quote for e in i.evidence)]
    assert [(i.owner, i.status) for i in hierarchy] == [("Lucy Fenn", "open")]
    assert any(e.changes.get("owner_from") == "Kemi Hart" for e in hierarchy[0].history)
    facts = track(first, handover, [("Nora Quinn", "Lucy, the hierarchy?"), report])
    hierarchy = [i for i in items(facts) if "hierarchy" in i.text or any("hierarchy" in e.quote for e in i.evidence)]
    assert [(i.owner, i.status) for i in hierarchy] == [("Lucy Fenn", "done")]


def test_a_turn_that_only_names_the_next_speaker_at_its_end_is_still_the_prompt_they_answer(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Lucy Fenn", "I'll chase finance for the merchant ID.")],
        [("Nora Quinn", "Lucy, merchant ID?"),
         ("Lucy Fenn", "Finance finally gave us the merchant ID on Friday. It's in your inbox, Ben."),
         ("Ben Adler", "Yep, it's in. I've started the gateway config.")],
    )
    assert [i.status for i in items(facts) if "merchant" in i.text] == ["done"]


def test_a_blocker_waiting_for_a_thing_to_reach_a_state_is_lifted_when_the_thing_is_said_to_be_in_it(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Lucy Fenn", "Because until the guest portal is live the kiosks can't take bookings.")],
        [("Nora Quinn", "Kemi, the portal?"),
         ("Kemi Hart", "The guest portal is live now, since Tuesday.")],
    )
    [blocker] = [f for f in facts if isinstance(f, Blocker)]
    assert blocker.status == "resolved" and blocker.history[-1].meeting_id == "w2"


def test_a_thing_said_still_not_in_the_awaited_state_does_not_lift_the_blocker(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Lucy Fenn", "Because until the guest portal is live the kiosks can't take bookings.")],
        [("Kemi Hart", "The guest portal still isn't live, sorry.")],
    )
    [blocker] = [f for f in facts if isinstance(f, Blocker)]
    assert blocker.status == "open"


def test_the_awaited_thing_arriving_as_someones_thing_lifts_the_blocker(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Lucy Fenn", "We can't start the address cleanse until we get the spreadsheet from Ben.")],
        [("Nora Quinn", "Lucy, the cleanse?"),
         ("Lucy Fenn", "Kemi's spreadsheet came through on Monday, so I'm on it.")],
    )
    [blocker] = [f for f in facts if isinstance(f, Blocker)]
    assert blocker.status == "resolved" and blocker.history[-1].meeting_id == "w2"


def test_the_awaited_thing_done_by_someone_other_than_the_waiting_side_lifts_the_blocker(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Lucy Fenn", "We can't book the engineers until we've got the purchase order signed by a director.")],
        [("Nora Quinn", "Omar, the purchase order?"),
         ("Omar Said", "I signed the purchase order yesterday.")],
    )
    [blocker] = [f for f in facts if isinstance(f, Blocker)]
    assert blocker.status == "resolved" and blocker.history[-1].meeting_id == "w2"


def test_a_sentence_saying_the_work_waits_on_does_not_lift_the_blocker(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Lucy Fenn", "We can't switch the rota to shifts of ten hours until the staff council has been consulted.")],
        [("Nora Quinn", "So here's what I'd propose. The depot teams stay on the eight-hour rota, and we switch to "
                        "ten-hour shifts after the council's finished. It's just a setting."),
         ("Kemi Hart", "That's fine from my side.")],
    )
    [blocker] = [f for f in facts if isinstance(f, Blocker)]
    assert blocker.status == "open"


def test_an_approval_reported_for_no_recorded_wait_is_no_blocker(track: Callable[..., list[FactBase]]) -> None:
    facts = track(
        [("Lucy Fenn", "I'll send the floor plans to the architects by Friday.")],
        [("Nora Quinn", "Ben, the badges?"),
         ("Ben Adler", "So the security office only approved it yesterday. The printer says Thursday now.")],
    )
    assert [f for f in facts if isinstance(f, Blocker)] == []


@pytest.mark.parametrize("first, later, due", [
    # done, then "but" and a new date in the speaker's next turn
    ([("Lucy Fenn", "I'll have the test endpoint up by Friday.")],
     [("Nora Quinn", "Lucy, the test endpoint?"),
      ("Lucy Fenn", "So the endpoint itself is built. But the change board bounced my request because of the form."),
      ("Ben Adler", "Told you."),
      ("Lucy Fenn", "You did. So that's going to be the week after now. Friday the 23rd, I'd say.")],
     date(2026, 10, 23)),
    # written, but with someone else, and a realistic date in the same turn
    ([("Ben Adler", "I'll write the retention schedule by Friday.")],
     [("Nora Quinn", "Ben, how's the retention schedule?"),
      ("Ben Adler", "It's written. It's with legal, they've got questions about the old files. So realistically, "
                    "the 20th.")], date(2026, 10, 20)),
    # part of it done, the rest more like a later day
    ([("Kemi Hart", "I'll get the shelf labels up across the store by Tuesday the 13th.")],
     [("Nora Quinn", "Kemi, the shelf labels."),
      ("Kemi Hart", "So the labels are up on aisles one to twelve. The rest is the high bay and I need the lift for a day. "
                    "So that's more like Friday the 16th.")], date(2026, 10, 16)),
])
def test_a_done_report_followed_by_its_speakers_later_date_for_the_work_is_a_slip_not_done(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, first: list[tuple[str, str]],
    later: list[tuple[str, str]], due: date
) -> None:
    ctx1 = meeting_context(first, PEOPLE, WEEK1, mid="w1")
    ctx2 = meeting_context(later, PEOPLE, date(2026, 10, 12), mid="w2")
    found = items(list(minilm_extractor.extract(ctx1).facts))
    events = [(fu.event, fu.due) for fu in follow_up_for(ctx2, minilm)(found, {f.id: f.due for f in found})]
    assert events == [("slipped", due)]


def test_a_reconfirmed_date_with_a_step_done_and_the_work_still_to_do_neither_closes_nor_slips(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    ctx1 = meeting_context([("Kemi Hart", "I'll write the risk assessment for the charging racks by Friday.")], PEOPLE,
                           WEEK1, mid="w1")
    ctx2 = meeting_context([("Nora Quinn", "Kemi, the charging racks risk assessment, still on for Friday?"),
                            ("Kemi Hart", "Still Friday. I've measured up the racks, I just need to write it.")],
                           PEOPLE, date(2026, 10, 8), mid="w2")  # the Friday is still to come
    found = items(list(minilm_extractor.extract(ctx1).facts))
    assert [f.due for f in found] == [date(2026, 10, 9)]
    assert follow_up_for(ctx2, minilm)(found, {f.id: f.due for f in found}) == []


@pytest.mark.parametrize("sentence", [
    "Kemi gave me the authority on dates, when she handed over.",
    "Kemi sent me the new org chart on Monday.",
])
def test_the_owner_named_as_doing_other_work_closes_nothing(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, sentence: str
) -> None:
    ctx1 = meeting_context([("Kemi Hart", "I'll get the updated validation checklist signed off by the 16th.")],
                           PEOPLE, WEEK1, mid="w1")
    ctx2 = meeting_context([("Nora Quinn", "So UAT moves a week, which gives the checklist a fighting chance."),
                            ("Ben Adler", f"{sentence} So I can agree that.")], PEOPLE, date(2026, 10, 12), mid="w2")
    found = items(list(minilm_extractor.extract(ctx1).facts))
    assert follow_up_for(ctx2, minilm)(found, {f.id: f.due for f in found}) == []


@pytest.mark.parametrize("first, later, done", [
    # the question names the scripts, not the owner's other UAT item; another person answers
    ([("Nora Quinn", "Kemi, can you send out the UAT invites for the week of the 19th?"),
      ("Kemi Hart", "Yes, I'll send the UAT invites out tomorrow."),
      ("Nora Quinn", "And Lucy, can you own the UAT scripts?"), ("Lucy Fenn", "Yes, I'll write the UAT scripts by Friday.")],
     [("Kemi Hart", "Great. Ben, UAT scripts?"), ("Ben Adler", "They went out yesterday. Lucy's ones plus the others.")],
     "UAT scripts"),
    # the recipient answers a question put to the owner
    ([("Lucy Fenn", "I'll send Ben the integration pack by Tuesday.")],
     [("Nora Quinn", "And Lucy, the integration pack?"),
      ("Ben Adler", "That came the same afternoon, I've been playing in the sandbox, it's fine.")], "integration pack"),
    ([("Nora Quinn", "Kemi, can you get Omar a login for the device console?"),
      ("Kemi Hart", "Sure, I'll set up Omar's console login this week.")],
     [("Nora Quinn", "Kemi, and the console login for Omar?"),
      ("Omar Said", "That's done, I've got it. I've been having a nose around.")], "console login"),
])
def test_it_reported_done_in_reply_to_a_question_closes_the_item_the_question_names_whoever_answers(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, first: list[tuple[str, str]],
    later: list[tuple[str, str]], done: str
) -> None:
    ctx1 = meeting_context(first, PEOPLE, WEEK1, mid="w1")
    ctx2 = meeting_context(later, PEOPLE, date(2026, 10, 12), mid="w2")
    found = items(list(minilm_extractor.extract(ctx1).facts))
    events = {fu.item_id: fu.event for fu in follow_up_for(ctx2, minilm)(found, {f.id: f.due for f in found})}
    assert {i.text: events.get(i.id) for i in found if i.id in events} == \
        {i.text: "done" for i in found if done in i.text}


def test_the_owners_named_thing_reported_arrived_closes_the_item(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    ctx1 = meeting_context([("Kemi Hart", "I'll have the survey report with the heat maps out by Friday.")], PEOPLE,
                           WEEK1, mid="w1")
    ctx2 = meeting_context([("Nora Quinn", "Kemi's report came through Friday, thank you.")], PEOPLE,
                           date(2026, 10, 12), mid="w2")
    found = items(list(minilm_extractor.extract(ctx1).facts))
    assert [fu.event for fu in follow_up_for(ctx2, minilm)(found, {f.id: f.due for f in found})] == ["done"]


def test_it_reported_done_in_reply_to_a_question_sharing_one_of_its_words_with_an_item_closes_nothing(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    ctx1 = meeting_context([("Kemi Hart", "I'll send round the PPE guidance for freezer pickers using scanners by "
                                          "Friday.")], PEOPLE, WEEK1, mid="w1")
    ctx2 = meeting_context([("Nora Quinn", "Okay. Let's go round. Ben, did the scanners arrive?"),
                            ("Ben Adler", "They turned up Thursday. All forty.")], PEOPLE, date(2026, 10, 12), mid="w2")
    found = items(list(minilm_extractor.extract(ctx1).facts))
    assert follow_up_for(ctx2, minilm)(found, {f.id: f.due for f in found}) == []


def test_someone_elses_done_report_followed_by_a_date_for_their_own_next_work_still_closes_the_item(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    ctx1 = meeting_context([("Ben Adler", "You'll have the cost-centre extract by the end of next week.")], PEOPLE,
                           WEEK1, mid="w1")
    ctx2 = meeting_context([("Nora Quinn", "Good news first. Lucy?"),
                            ("Lucy Fenn", "The cost-centre extract landed Thursday. Ben's lot came through in the end."),
                            ("Ben Adler", "Don't sound so surprised."),
                            ("Lucy Fenn", "So the mapping's unblocked, I've started it, it should be done by Thursday.")],
                           PEOPLE, date(2026, 10, 19), mid="w2")
    found = items(list(minilm_extractor.extract(ctx1).facts))
    assert [fu.event for fu in follow_up_for(ctx2, minilm)(found, {f.id: f.due for f in found})] == ["done"]


@pytest.mark.parametrize("reply", ["Went to the reps on Monday. Kemi helped me with the wording, thank you Kemi.",
                                   "Sent to the reps on Monday."])
def test_work_reported_handed_over_without_a_subject_in_reply_to_a_question_about_it_closes_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, reply: str
) -> None:
    ctx1 = meeting_context([("Ben Adler", "I'll write to the union reps about the clocking change by the 21st.")],
                           PEOPLE, WEEK1, mid="w1")
    ctx2 = meeting_context([("Nora Quinn", "Ben, hi. The union letter?"), ("Ben Adler", reply)], PEOPLE,
                           date(2026, 10, 12), mid="w2")
    found = items(list(minilm_extractor.extract(ctx1).facts))
    assert [fu.event for fu in follow_up_for(ctx2, minilm)(found, {f.id: f.due for f in found})] == ["done"]


def test_a_subjectless_past_verb_before_to_that_hands_nothing_over_reports_nothing_done() -> None:
    assert done_report("Tried to call him.") is None
    assert done_report("Meant to send it.") is None
    assert done_report("Sent to the reps on Monday.") is not None


def test_the_party_reported_doing_other_work_through_a_pronoun_does_not_lift_the_wait(
    track: Callable[..., list[FactBase]]
) -> None:
    facts = track(
        [("Lucy Fenn", "The thing is we can't lock the migration schedule for the full wave until the deans agree a "
                       "content freeze date."),
         ("Nora Quinn", "So the full wave schedule is blocked on Omar and the deans."),
         ("Omar Said", "Understood. I'll sign the change request by the end of the week.")],
        [("Nora Quinn", "Kemi, Omar's change request?"),
         ("Kemi Hart", "He signed it Friday, first thing when he got back.")],
    )
    [blocker] = [f for f in facts if isinstance(f, Blocker)]
    [request] = [f for f in facts if isinstance(f, ActionItem) and "change request" in f.text]
    assert (blocker.waiting_on, blocker.status, request.status) == ("Omar Said", "open", "done")


def test_it_reported_up_closes_the_work_asked_about_not_a_wait_on_a_person_sharing_only_a_word_said_before_it(
    minilm: MiniLMEmbedder
) -> None:
    # the opening of a blind audit's third call (evals/data/audits/staldric), where only this wait was open
    call = parse_transcript(REPO / "evals/data/audits/staldric/calls/call-3.txt")
    turns = [(seg.speaker, seg.text) for seg in call.segments]
    people = [Person(name=n) for n in sorted({sp for sp, _ in turns} | {"Hilary Streeton", "Conor Fitzgibbon"})]
    wait = Blocker(text="We physically can't move them until Hilary's signed off.", waiting_on="Hilary Streeton",
                   context="Not in a trial, not in the sandbox. Sorry.", meeting_id="w1",
                   evidence=[Evidence(meeting_id="w1", segment_id=32, speaker="Conor Fitzgibbon", start=197.0,
                                      end=207.0, quote="We physically can't move them until Hilary's signed off")])
    sandbox = ActionItem(text="I'll build you a training sandbox on your own tenant, with dummy data to start with. "
                              "I'll have the sandbox up by the end of the month.", owner="Dev Malhotra",
                         due=date(2026, 9, 30), meeting_id="w1", context="Um, Dev, the sandbox?",
                         evidence=[Evidence(meeting_id="w1", segment_id=12, speaker="Dev Malhotra", start=80.0,
                                            end=90.0, quote="I'll build you a training sandbox on your own tenant")])
    for f in (wait, sandbox):
        f.assign_id()
    ctx = meeting_context(turns, people, date(2026, 9, 29), mid="w2")
    found = follow_up_for(ctx, minilm)([wait, sandbox], {wait.id: None, sandbox.id: sandbox.due})
    assert [(fu.item_id, fu.event) for fu in found] == [(sandbox.id, "done")]


def test_the_party_letting_the_waiting_side_go_ahead_now_lifts_the_blocker(
    track: Callable[..., list[FactBase]]
) -> None:
    raised = [("Ben Adler", "But it does mean I can't load the shift patterns until the union's signed off on what "
                            "we're holding.")]
    facts = track(raised, [("Nora Quinn", "Ben, the shift patterns?"),
                           ("Omar Said", "We've agreed the retention wording. You can load the shift patterns now.")])
    [blocker] = [f for f in facts if isinstance(f, Blocker)]
    assert blocker.status == "resolved" and blocker.history[-1].meeting_id == "w2"
    asked = track(raised, [("Ben Adler", "So can I load the shift patterns now?"),
                           ("Omar Said", "Not yet, sorry, the committee meets on Friday.")])
    assert [f.status for f in asked if isinstance(f, Blocker)] == ["open"]


def test_the_party_reported_acting_under_its_acronym_lifts_the_blocker_that_waits_on_it_by_name(
    track: Callable[..., list[FactBase]]
) -> None:
    raised = [("Kemi Hart", "But I can't push anything to the fleet phones until the change board approves it, and "
                            "they don't sit till the 1st.")]
    facts = track(raised, [("Nora Quinn", "Kemi, the big one. The CAB."),
                           ("Kemi Hart", "So, good news. CAB approved it on the 1st. No conditions, nothing.")])
    [blocker] = [f for f in facts if isinstance(f, Blocker)]
    assert blocker.waiting_on == "the change board"
    assert blocker.status == "resolved" and blocker.history[-1].meeting_id == "w2"


def test_a_chase_reported_as_all_there_is_to_say_closes_the_work_chased_but_not_the_chasing_item(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    ctx1 = meeting_context([("Kemi Hart", "I'll have the signed merchant agreement back to Ben by Friday."),
                            ("Ben Adler", "And I'll chase Omar for the licence key by Friday.")], PEOPLE, WEEK1,
                           mid="w1")
    ctx2 = meeting_context([("Nora Quinn", "Ben, the merchant agreement?"), ("Ben Adler", "I've emailed her twice."),
                            ("Nora Quinn", "And the licence key?"), ("Ben Adler", "I chased Omar on Monday.")],
                           PEOPLE, date(2026, 10, 12), mid="w2")
    found = items(list(minilm_extractor.extract(ctx1).facts))
    events = {i.text: fu.event for fu in follow_up_for(ctx2, minilm)(found, {f.id: f.due for f in found})
              for i in found if i.id == fu.item_id}
    assert events == {"I'll chase Omar for the licence key by Friday.": "done"}


def test_a_follow_up_whose_quote_its_speaker_did_not_say_is_re_anchored_or_dropped() -> None:
    ctx = meeting_context([("Nora Quinn", "Lucy, the mapping?"), ("Lucy Fenn", "Done on Tuesday.")], PEOPLE, WEEK1)

    def said(segment: int, speaker: str, quote: str) -> FollowUp:
        ev = Evidence(meeting_id="m", segment_id=segment, speaker=speaker, start=0, end=0, quote=quote)
        return FollowUp(item_id="a", event="done", evidence=[ev])

    kept = verify_follow_ups([said(1, "Lucy Fenn", "Done on Tuesday."), said(0, "Lucy Fenn", "Done on Tuesday"),
                      said(0, "Nora Quinn", "Lucy, the mapping? Done on Tuesday."),
                      said(1, "Lucy Fenn", "Sent it")], ctx)
    assert [(ev.segment_id, ev.speaker, ev.quote) for fu in kept for ev in fu.evidence] == [
        (1, "Lucy Fenn", "Done on Tuesday."), (1, "Lucy Fenn", "Done on Tuesday")]


def test_it_reported_arrived_in_reply_to_a_question_calling_on_the_owner_closes_their_item_its_prompt_named(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    # the promise says "units", the prompt it answered said "scanners", and so does the later question
    ctx1 = meeting_context([("Nora Quinn", "Ben, the scanners?"),
                            ("Ben Adler", "The forty units will be with Lucy by the 16th.")], PEOPLE, WEEK1, mid="w1")
    ctx2 = meeting_context([("Nora Quinn", "Okay. Let's go round. Ben, did the scanners arrive?"),
                            ("Lucy Fenn", "They turned up Thursday. All forty.")], PEOPLE, date(2026, 10, 19), mid="w2")
    found = items(list(minilm_extractor.extract(ctx1).facts))
    assert [fu.event for fu in follow_up_for(ctx2, minilm)(found, {f.id: f.due for f in found})] == ["done"]


def test_it_reported_arrived_in_reply_to_a_question_calling_on_an_owner_of_two_such_items_closes_neither(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    ctx1 = meeting_context([("Nora Quinn", "Ben, the scanners?"),
                            ("Ben Adler", "The forty units will be with Lucy by the 16th."),
                            ("Nora Quinn", "And the spare scanners for the depot?"),
                            ("Ben Adler", "I'll have the ten spares at the depot by Friday.")], PEOPLE, WEEK1, mid="w1")
    ctx2 = meeting_context([("Nora Quinn", "Okay. Let's go round. Ben, did the scanners arrive?"),
                            ("Lucy Fenn", "They turned up Thursday. All forty.")], PEOPLE, date(2026, 10, 19), mid="w2")
    found = items(list(minilm_extractor.extract(ctx1).facts))
    assert len(found) == 2
    assert follow_up_for(ctx2, minilm)(found, {f.id: f.due for f in found}) == []



def test_the_finder_counts_the_events_it_dropped_for_a_quote_nobody_said(monkeypatch: pytest.MonkeyPatch) -> None:
    import ingest.extraction.followup as followup

    ctx = meeting_context([("Nora Quinn", "Lucy, the mapping?"), ("Lucy Fenn", "Done on Tuesday.")], PEOPLE, WEEK1)
    made = [FollowUp(item_id=i, event="done", evidence=[Evidence(meeting_id="m", segment_id=1, speaker="Lucy Fenn",
                                                                 start=0, end=0, quote=q)])
            for i, q in (("a", "Done on Tuesday."), ("b", "Signed and sent on Monday."))]
    monkeypatch.setattr(followup, "find_followups", lambda *_: made)
    finder = follow_up_for(ctx, embedder=None, learned=False)  # type: ignore[arg-type]
    assert [fu.item_id for fu in finder([], {})] == ["a"]
    assert finder.dropped == 1  # type: ignore[attr-defined]
