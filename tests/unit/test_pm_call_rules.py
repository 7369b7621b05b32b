"""Owner, due-date, blocker, commitment and sentiment rules added for the own labelled set of vendor-PM calls."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from assistant.models import ActionItem, Blocker, Decision, Meeting, Person, Segment, Transcript
from ingest.extraction import MeetingContext, rules
from ingest.extraction.dates import due_date, resolve
from ingest.extraction.offline import OfflineExtractor
from ingest.extraction.owners import NameIndex, resolve_owner
from ingest.extraction.sentiment import SentimentScorer
from tests.builders import meeting_context

MON = date(2024, 6, 24)  # a Monday
TUE = date(2024, 9, 10)  # a Tuesday

PEOPLE = [
    Person(name="Mark Ellis", side="vendor"),
    Person(name="Priya Nair", side="vendor"),
    Person(name="John Okafor", side="customer"),
    Person(name="Ken Mori", side="customer"),
    Person(name="Service Desk", kind="team", aliases=["service desk", "the service desk"], side="customer"),
    Person(name="Network Security", kind="team", aliases=["network security"], side="customer"),
    Person(name="Risk and Compliance", kind="team", aliases=["risk and compliance", "compliance"], side="customer"),
]


def ctx_of(turns: list[tuple[str, str]], day: date = MON) -> MeetingContext:
    segs = [Segment(id=i, start=i * 5.0, end=i * 5.0 + 4.0, speaker=sp, text=t) for i, (sp, t) in enumerate(turns)]
    names = {sp: sp for sp, _ in turns}
    meeting = Meeting(meeting_id="m", engagement_id="e", title="t", date=day, source_file="x.vtt", sha256="s",
                      source_kind="import", speaker_names=names, ingested_at=datetime(day.year, day.month, day.day))
    tr = Transcript(sha256="s", source_name="x.vtt", source_kind="import", segments=segs)
    return MeetingContext(meeting=meeting, transcript=tr, people=PEOPLE, speaker_names=names)


def open_items(fs) -> list[ActionItem]:
    return [f for f in fs.facts if isinstance(f, ActionItem) and f.status == "open" and not f.conditional]


# ---------------------------------------------------------------- due dates


def test_next_weekday_means_that_weekday_of_the_following_week():
    assert resolve("next Wednesday", MON) == date(2024, 7, 3)
    assert resolve("next Friday", TUE) == date(2024, 9, 20)
    assert resolve("next Monday", TUE) == date(2024, 9, 16)
    assert resolve("next Tuesday morning", MON) == date(2024, 7, 2)


def test_a_weekday_with_a_day_number_resolves_to_the_numbered_day():
    assert due_date("Yes, I'll have them done by Wednesday the 3rd.", MON) == date(2024, 7, 3)
    assert due_date("I'll send it on Friday 12th July.", MON) == date(2024, 7, 12)


def test_a_weekday_before_a_month_and_day_is_the_date_said_not_the_next_such_weekday():
    # Audio audit: "by Wednesday November 18th", said on Tuesday 10 November, was read as Wednesday the 11th.
    tue = date(2026, 11, 10)
    assert due_date("I will send the mapping by Wednesday November 18th.", tue) == date(2026, 11, 18)
    assert due_date("I'll have it by Friday, November 20th.", tue) == date(2026, 11, 20)
    assert due_date("I will load it into our test system by Tuesday, December first.", tue) == date(2026, 12, 1)


def test_spoken_days_of_the_month_are_dates_but_may_as_a_verb_is_not():
    tue = date(2026, 11, 10)
    assert due_date("PayBridge will send the report by Friday, December eleventh.", tue) == date(2026, 12, 11)
    assert due_date("I'll get it to you by the twenty-second of November.", tue) == date(2026, 11, 22)
    assert due_date("Okay, December first then.", tue) == date(2026, 12, 1)
    assert due_date("We may first need to check the template.", tue) is None


def test_the_end_of_a_named_month_is_its_last_working_day_and_never_in_the_past():
    assert due_date("Network security will publish a template by the end of July.", MON) == date(2024, 7, 31)
    assert resolve("end of May", MON) == date(2025, 5, 30)  # the 31st is a Saturday
    assert resolve("end of June", MON) == date(2024, 6, 28)  # the 30th is a Sunday


def test_the_end_of_this_month_or_the_quarter_on_a_weekend_is_the_friday_before():
    sat_end = date(2026, 10, 13)  # October 2026 ends on a Saturday
    assert due_date("I'll send Dev the absence codes list, end of the month.", sat_end) == date(2026, 10, 30)
    assert due_date("We'll get the guest Wi-Fi set up by the end of the month.", sat_end) == date(2026, 10, 30)
    assert resolve("end of the quarter", date(2026, 5, 4)) == date(2026, 6, 30)  # a Tuesday stays
    assert resolve("end of the month", date(2026, 10, 31)) == date(2026, 10, 31)  # said on the day itself


def test_the_next_call_is_a_week_after_the_call_it_was_promised_in():
    tue = date(2026, 10, 13)
    assert due_date("I'll find out and let you know by next week's call.", tue) == date(2026, 10, 20)
    assert due_date("I'll have names for you before the next call.", tue) == date(2026, 10, 20)
    assert due_date("I'll feed back at the next one of these.", tue) == date(2026, 10, 20)
    assert due_date("I'll come back with options for next Wednesday's call.", tue) == date(2026, 10, 21)


def test_a_date_in_a_clause_about_the_past_is_not_a_due_date():
    assert due_date("Ken will handle the DNS records, we sorted that out by email on Friday.", MON) is None
    assert due_date("I did ask them last Tuesday.", MON) is None
    assert due_date("The firewall change was deployed on Tuesday, so monitoring was live.", MON) is None
    assert due_date("I sent it last Friday and will chase on Thursday.", MON) == date(2024, 6, 27)


def test_a_deadline_after_a_past_verb_still_counts():
    assert due_date("We agreed it goes out by Friday.", MON) == date(2024, 6, 28)
    assert due_date("It needs to be sent on Friday.", MON) == date(2024, 6, 28)


# ---------------------------------------------------------------- owners


def test_a_team_that_will_get_something_from_me_leaves_the_task_with_the_speaker():
    index = NameIndex.build(PEOPLE, ["John Okafor", "Mark Ellis"])
    owner, how = resolve_owner("The service desk will get the cutover calendar from me by Friday.", "John Okafor",
                               index)
    assert (owner, how) == ("John Okafor", "speaker")
    owner, how = resolve_owner("The service desk will send the calendar to Mark by Friday.", "John Okafor", index)
    assert (owner, how) == ("Service Desk", "team")


def test_an_owner_stated_by_someone_else_keeps_that_owner_and_no_past_date(extractor):
    fs = extractor.extract(ctx_of([
        ("Mark Ellis", "The new branches need DNS records before cutover."),
        ("Priya Nair", "Ken will handle the DNS records for the four branches, we sorted that out by email on "
                       "Friday."),
    ]))
    items = open_items(fs)
    assert [(a.owner, a.due) for a in items] == [("Ken Mori", None)]


def test_a_team_publishing_something_by_a_month_end_is_the_teams_item(extractor):
    fs = extractor.extract(ctx_of([
        ("Mark Ellis", "And the rule template?"),
        ("John Okafor", "She says network security will publish a standard rule template by the end of July."),
    ]))
    assert [(a.owner, a.due) for a in open_items(fs)] == [("Network Security", date(2024, 7, 31))]


# ---------------------------------------------------------------- commitments, refusals, completions


def test_promising_a_result_by_a_date_is_a_commitment():
    assert rules.commitment("Then I'll have the updated plan out by next Wednesday.")
    assert rules.commitment("I'll have one couriered to you by Wednesday.")
    assert rules.commitment("Send it to me, I'll take it to the compliance board.")
    assert not rules.commitment("We had a look at the plan last week.")


def test_a_promise_to_have_something_done_is_not_a_completion_report():
    assert not rules.completed("Then I'll have the updated plan out by next Wednesday.")
    assert not rules.completed("Yes, I'll have them done by Wednesday the 3rd.")
    assert rules.completed("I updated the plan on Friday.")


def test_a_refusal_is_not_a_commitment():
    for s in ("I won't be able to update it this week though, I'm on the York site survey until Friday.",
              "I won't have time this week.", "Actually no, I can't do Wednesday, we've got a data centre freeze.",
              "I'm not going to approve anything in this meeting."):
        assert rules.conditional(s), s
    assert not rules.conditional("I'll do them Thursday morning.")


def test_a_refusal_in_a_meeting_creates_no_open_item(extractor):
    fs = extractor.extract(ctx_of([
        ("Mark Ellis", "Anna, the test plan?"),
        ("Priya Nair", "I won't be able to update the test plan this week, I'm on site until Friday."),
    ]))
    assert open_items(fs) == []


# ---------------------------------------------------------------- blockers and decisions


def test_a_first_person_phrase_is_never_the_blocking_party():
    assert rules.blocking_party("I can't start packaging until I get it.") is None
    assert rules.blocking_party("They're waiting on a change ticket from me.") is None
    assert rules.blocking_party("We're still waiting on network security for the template.") == "network security"


def test_an_acronym_in_capitals_is_a_blocking_party_even_when_it_spells_a_pronoun():
    assert rules.blocking_party("We are waiting on IT security to approve the ports.") == "IT security"
    assert rules.blocking_party("IT hasn't replied to the change request.") == "IT"
    assert rules.blocking_party("But IT hasn't replied to the change request.") == "IT"
    assert rules.blocking_party("We are waiting on it.") is None
    assert rules.blocking_party("We can't proceed until they're enrolled.") is None
    assert rules.blocking_party("It hasn't moved since Monday.") is None


def test_a_thing_rather_than_a_party_is_not_who_a_blocker_waits_on():
    assert rules.blocking_party("We're still waiting on the approval.") is None
    assert rules.blocking_party("The change hasn't gone through.") is None


def test_nothing_moving_without_sign_off_from_a_team_is_a_blocker_on_that_team(extractor):
    fs = extractor.extract(ctx_of([
        ("John Okafor", "Nothing leaves our data centre without sign-off from risk and compliance."),
    ]))
    blockers = [f for f in fs.facts if isinstance(f, Blocker)]
    assert [b.waiting_on for b in blockers] == ["Risk and Compliance"]


def test_short_choices_that_close_a_discussion_are_decisions():
    assert rules.DECISION.search("Let's try it.")
    assert rules.DECISION.search("Then let's split it: calls in November, recordings after.")
    assert not rules.DECISION.search("Let's try it tomorrow and see what the others think.")


# ---------------------------------------------------------------- sentiment


@pytest.fixture(scope="module")
def scorer() -> SentimentScorer:
    return SentimentScorer()


def test_resigned_irony_reads_as_negative(scorer):
    for s in ("Of course they did.", "I can't wait to explain that one to the board.",
              "Great, so we're waiting on risk before we've even started."):
        c, sarcastic = scorer.score(s)
        assert sarcastic and c <= -0.3, s


def test_a_showy_praise_word_after_bad_news_is_irony_but_a_plain_great_is_not():
    s = SentimentScorer()
    s.score("So we're stuck for another week.")
    assert s.score("Brilliant.")[1] is True
    fresh = SentimentScorer()
    fresh.score("The firewall rule was approved this morning.")
    assert fresh.score("Brilliant.")[1] is False
    s.score("We're still blocked on the vendor.")
    assert s.score("Great.")[0] > 0


def test_irony_after_lost_time_and_plain_status_words_score_as_a_pm_hears_them():
    s = SentimentScorer()
    s.score("So that's a week lost already.")
    assert s.score("Wonderful.")[1] is True
    s.score('Another week of "nearly there".')
    assert s.score("I'm thrilled.")[0] <= -0.3
    s.score("Deferred.")
    assert s.score("Of course it was.")[0] <= -0.3
    fresh = SentimentScorer()
    assert fresh.score("This project is stalled.")[0] <= -0.3
    assert fresh.score("Brightwave update: eleven of forty laptops enrolled, zero failures.")[0] >= 0
    assert fresh.score("The security review isn't finished.")[0] <= 0


def test_asking_for_something_with_id_like_carries_no_sentiment(scorer):
    assert scorer.score("The board meets tomorrow and I'd like the wave two dates in my slides.")[0] == 0.0


def test_workload_and_overload_statements_score_negative(scorer):
    # VADER alone scores these 0.0 (or barely negative): "drowning", "swamped" and "stretched thin" are not in
    # its lexicon, yet a customer lead saying their team cannot absorb more is a clear warning.
    for s in ("Honestly I'm drowning, we can't take more on right now.",
              "I'm exhausted, the team is stretched thin, we can't take more on.",
              "We are swamped this month.", "I have too much on my plate.", "We're stretched too thin.",
              "We can't take on any more work."):
        c, _ = scorer.score(s)
        assert c <= -0.5, s
    for s in ("The new server has more capacity.", "We can take that on next week.", "Thin client rollout."):
        assert scorer.score(s)[0] > -0.3, s


def test_a_project_concern_or_an_ironic_great_after_more_work_scores_negative(scorer):
    # VADER alone scores the first five 0.0 or positive; a stakeholder saying the date cannot hold is a warning.
    for s in ("We are not on track. The cutover date is not realistic.",
              "If wave one lands the same week as the ERP cutover, my desk will fall over.",
              "I cannot run training sessions in September. Full stop.",
              "Nobody asked us whether October worked.",
              "Yeah sure, another thing on my plate, great."):
        c, _ = scorer.score(s)
        assert c <= -0.4, s
    for s in ("We are on track for the cutover.", "The date is realistic.", "Great news, the pilot went well.",
              "We can run the training in October."):
        assert scorer.score(s)[0] > -0.3, s


@pytest.mark.parametrize(
    ("turns", "decision"),
    [
        ([("Helen Okafor", "So I'm confirming it: go-live is December 1. That's the date I've given the board.")],
         "I'm confirming it: go-live is December 1."),
        ([("Dana Whitfield", "We proposed piloting with the accounts payable team first. Are we agreed on that?"),
          ("Helen Okafor", "Yes, agreed. We pilot with accounts payable first. Marcus, that's your team.")],
         "We pilot with accounts payable first."),
        ([("Raj Patel", "Decision from my side: from now on Brightwave reports enrolment numbers straight into the "
                        "dashboard, not by email.")],
         "Decision from my side: from now on Brightwave reports enrolment numbers straight into the dashboard, "
         "not by email."),
        ([("Dana Whitfield", "Let's decide: we will pilot on December 1 without the payroll connector and add it "
                             "in January.")],
         "Let's decide: we will pilot on December 1 without the payroll connector and add it in January."),
    ],
)
def test_a_sponsors_confirmation_an_agreed_proposal_and_a_decision_announced_are_decisions(
    turns: list[tuple[str, str]], decision: str
) -> None:
    facts = OfflineExtractor().extract(meeting_context(turns, [], date(2026, 10, 27))).facts
    assert decision in [f.text for f in facts if isinstance(f, Decision)]


def test_a_commitment_whose_task_comes_after_walk_over_and_is_an_item() -> None:
    turns = [("Raj Patel", "I'll walk over to Helen's office myself and get the reset meeting in her diary by "
                           "October 31.")]
    [item] = [f for f in OfflineExtractor().extract(meeting_context(turns, [], date(2026, 10, 27))).facts
              if isinstance(f, ActionItem)]
    assert item.owner == "Raj Patel" and item.due == date(2026, 10, 31)


def test_we_in_a_turn_that_speaks_for_a_named_party_is_that_party() -> None:
    turns = [("Kofi Mensah", "From Brightwave: we'll enrol the forty finance laptops in Intune and push the ERP "
                             "client. We will have all forty enrolled by October 20."),
             ("Tom Reyes", "For the record, we will need the test laptops by Friday.")]
    items = [f for f in OfflineExtractor().extract(meeting_context(turns, [], date(2026, 10, 6))).facts
             if isinstance(f, ActionItem)]
    assert [(f.owner, f.due) for f in items if "forty" in f.text] == [("Brightwave", date(2026, 10, 20))]
    assert all(f.owner != "the record" for f in items)


def test_project_jargon_that_sounds_violent_carries_no_sentiment(scorer):
    # VADER alone scores each of these -0.3 or lower ("fire", "critical", "kill", "attack", "cut").
    for s in ("I will fire off the email to Karen today.", "The critical path is the firewall change.",
              "We had to kill the batch job twice.", "The attack surface is small.",
              "We cut the release branch on Monday.",
              # -0.34 to -0.62 for VADER alone ("cheat", "shoot", "stop", "war", "stress", "disaster", "stab")
              "I'll make the girls a cheat sheet for the app.", "I'll shoot you an email tonight.",
              "I have a hard stop at three.", "Set up the war room for Saturday.", "Run the stress test on Monday.",
              "The disaster recovery test is booked.", "Let me take a stab at the mapping."):
        assert scorer.score(s)[0] == 0.0, s
    for s in ("They cut the budget by half.", "This is critical and we are at risk.", "They fired the contractor.",
              "Honestly, it was a disaster.", "That's a lot of stress for the team."):
        assert scorer.score(s)[0] < -0.2, s


def test_a_preference_is_scored_on_what_is_chosen_not_on_the_outcome_it_avoids(scorer):
    # VADER alone: -0.54 and -0.66, which turned a sponsor choosing quality over the date into a negative signal.
    for s in ("Honestly, I'd rather slip a week than go live with bad data.",
              "We would rather wait than risk a failed cutover."):
        assert scorer.score(s)[0] == 0.0, s
    assert scorer.score("I'd rather not, the last vendor was terrible.")[0] < -0.3
    assert scorer.score("The test was worse than expected.")[0] < -0.3


def test_a_date_the_prepared_thing_is_for_is_not_the_due_date_when_another_date_is_said():
    tue = date(2026, 11, 3)
    assert due_date("And I'll send the UAT invites out tomorrow, for the week of the 23rd.", tue) == date(2026, 11, 4)
    assert due_date("I'll send the calendar invites out this afternoon, for tomorrow and the 11th.", tue) == tue
    assert due_date("I'll book the engineer for the night of the 12th.", tue) == date(2026, 11, 12)
    assert due_date("I'll have the slides ready for Thursday.", tue) == date(2026, 11, 5)
    # a date one asks to be put down for is the due date, whatever else the sentence says
    assert due_date("Put me down for the 25th, and that's assuming Contoso move this week.", tue) == date(2026, 11, 25)
    assert due_date("Can we aim for the 20th? I'll know more tomorrow.", tue) == date(2026, 11, 20)


def test_a_bare_day_said_next_to_an_undated_promise_in_the_same_turn_is_its_due_date():
    tue = date(2026, 11, 3)
    after = OfflineExtractor().extract(ctx_of([
        ("Imogen Ashby", "And for the demo, are there staff-side reps who want to see the system first?"),
        ("John Okafor", "Yeah, a few. I'll send you the names of the staff-side reps who want to see it. Friday."),
    ], tue))
    before = OfflineExtractor().extract(ctx_of([
        ("Mark Ellis", "Can you get us the location export?"),
        ("Ken Mori", "Yep, Friday. I'll pull the location export off the old system myself, it's quicker."),
    ], tue))
    (names,) = [a for a in open_items(after) if "names" in a.text]
    (export,) = [a for a in open_items(before) if "export" in a.text]
    assert (names.owner, names.due) == ("John Okafor", date(2026, 11, 6))
    assert (export.owner, export.due) == ("Ken Mori", date(2026, 11, 6))


def test_a_sentence_with_more_than_a_day_in_it_does_not_date_the_promise_beside_it():
    fs = OfflineExtractor().extract(ctx_of([
        ("John Okafor", "I'll send you the names of the reps. Friday was a nightmare for the team."),
    ], date(2026, 11, 3)))
    (names,) = [a for a in open_items(fs) if "names" in a.text]
    assert names.due is None
