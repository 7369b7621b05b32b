"""Work reported done by someone other than the one asked: a stand-in who takes the question ("I can answer that."),
the owner's own thing named by their name ("Omar's answers came back"), the one who did it named in the reply
("Approved. Wendell pushed it through"). A request the owner took on names the work they are later asked about, and
"Done, all four." is all of it. Parking "that" for a later meeting lets go of the discussion, not of an item that
only shares a word with the meeting it is parked for. A count reported in ("All twenty are in.") for the one
called on is their item, and the words of a question to them are no words of the speaker's own work."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import ActionItem, Evidence, FactBase, Person
from assistant.tracking import short_name_of
from ingest.extraction.exchanges import answered, exchanges, reports_done
from ingest.extraction.followup import done_report
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items as items
from tests.builders import meeting_context, weekly_tracker

NAMES = ["Ines Duarte", "Katherine Moss", "Omar Haddad", "Wendell Price", "Juno Abara"]
PEOPLE = [Person(name=n) for n in NAMES]
WEEK1 = date(2026, 3, 2)


@pytest.fixture(scope="module")
def track(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, PEOPLE, WEEK1)


def _status(facts: list[FactBase], word: str) -> list[tuple[str | None, str]]:
    return [(i.owner, i.status) for i in items(facts) if i.meeting_id == "w1" and word in i.text.lower()]


def _item(text: str, owner: str, context: str | None = None) -> ActionItem:
    ev = Evidence(meeting_id="w1", segment_id=0, speaker=owner, start=0, end=1, quote="x")
    return ActionItem(id="a0", text=text, owner=owner, evidence=[ev], meeting_id="w1", context=context)


def _closed(turns: list[tuple[str, str]], item: ActionItem, people: list[Person] = PEOPLE) -> list[str]:
    ctx = meeting_context(turns, people, date(2026, 3, 9), mid="w2")
    return [fu.event for fu in answered([item], ctx, {}, set())]


QUESTIONNAIRE = _item("It's eighty questions. You'll have it back by Wednesday.", "Omar Haddad",
                      "Omar, the insurer's questionnaire, can you do that one?")


@pytest.mark.parametrize(("reply", "events"), [
    ("I can answer that. Omar's answers came back Tuesday. Very thorough.", ["done"]),
    ("I can take that one actually. The questionnaire came back Tuesday.", ["done"]),
    ("I can answer that. It hasn't gone back yet, he's had the flu.", []),
    ("I can answer that. Wendell's answers came back Tuesday.", []),  # another's thing
])
def test_a_stand_in_answering_for_the_one_asked_reports_their_work(reply: str, events: list[str]) -> None:
    assert _closed([("Ines Duarte", "Okay. Omar, the questionnaire?"), ("Katherine Moss", reply)],
                   QUESTIONNAIRE) == events


@pytest.mark.parametrize(("reply", "events"), [
    ("Can I say? Omar's answers came back Tuesday.", ["done"]),
    ("Oh, can I answer that? Which questionnaire?", []),
])
def test_asking_to_answer_for_the_one_called_on_is_a_stand_in_too(reply: str, events: list[str]) -> None:
    assert _closed([("Ines Duarte", "Okay. Omar, the questionnaire?"), ("Katherine Moss", reply)],
                   QUESTIONNAIRE) == events


@pytest.mark.parametrize(("reply", "events"), [
    ("Approved. Wendell pushed it through on Thursday, so the ports are open.", ["done"]),
    ("Yeah, thanks Wendell, the change board approved it on Thursday.", ["done"]),
    ("Yeah, thanks Omar, the change board approved it on Thursday.", []),  # Omar has no item here
    ("Approved. Nobody knows who pushed it through.", []),  # nobody of the engagement did it
])
def test_a_reply_naming_who_did_it_answers_for_their_item(reply: str, events: list[str]) -> None:
    item = _item("The board sits on the twenty-ninth. I'll take the firewall change to that.", "Wendell Price")
    assert _closed([("Ines Duarte", "Great. And the change board?"), ("Juno Abara", reply)], item) == events


@pytest.mark.parametrize(("reply", "events"), [
    ("Done, all four. Northgate was a dungeon.", ["done"]),
    ("Done, two of them.", []),
])
def test_the_request_the_owner_took_on_names_the_work_asked_about(reply: str, events: list[str]) -> None:
    item = _item("Yeah. Omar and I can do the four depots by Friday week.", "Juno Abara",
                 "Could you do that survey with Omar?")
    assert _closed([("Ines Duarte", "Juno, the rest of the survey?"), ("Juno Abara", reply)], item) == events
    # without the request it answered, nothing names the survey
    assert _closed([("Ines Duarte", "Juno, the rest of the survey?"), ("Juno Abara", reply)],
                   item.model_copy(update={"context": None})) == []


@pytest.mark.parametrize(("reply", "status"), [
    ("Approved. Wendell pushed it through on Thursday, so the ports are open.", "done"),
    ("Approved. Wendell pushed the change through on Thursday.", "done"),
    ("Not yet. Wendell pushed it back to the next board.", "open"),
])
def test_the_one_a_reply_says_did_it_is_the_owner_whose_item_it_closes(track, reply: str, status: str) -> None:
    week1 = [("Ines Duarte", "Who takes the firewall change to the change board?"),
             ("Wendell Price", "The board sits on the twenty-ninth. I'll take the firewall change to that.")]
    week2 = [("Ines Duarte", "Great. And the change board?"), ("Juno Abara", reply)]
    [(owner, got)] = _status(track(week1, week2), "firewall")
    assert owner == "Wendell Price" and got in ((status,) if status == "done" else ("open", "slipped"))


def test_pushed_through_is_done_and_pushed_back_is_not() -> None:
    assert done_report("Roy pushed it through on Thursday.") is not None
    assert done_report("We pushed the go-live back a week.") is None
    assert done_report("They pushed it to Friday.") is None


def test_done_for_some_with_the_others_next_week_leaves_the_item_open(track) -> None:
    week1 = [("Ines Duarte", "Juno, the depot surveys?"),
             ("Juno Abara", "I'll have the four depot surveys done by Friday week.")]
    week2 = [("Ines Duarte", "Juno, the depot surveys?"), ("Juno Abara", "Done, two of them. The other two next week.")]
    [(owner, got)] = _status(track(week1, week2), "depot")
    assert owner == "Juno Abara" and got in ("open", "slipped")


PROPOSAL = [("Ines Duarte", "We need the directors in a room. A reset meeting."),
            ("Ines Duarte", "I'll write to Colin tomorrow with the reset proposal and copy Juno.")]


def test_parking_that_for_the_reset_lets_go_of_the_discussion_not_the_letter_about_the_reset(track) -> None:
    week2 = [("Omar Haddad", "I wondered if we should move the cutover to February now, just to be realistic."),
             ("Katherine Moss", "Not without Colin. Let's not decide that on this call."),
             ("Ines Duarte", "Agreed, let's park that for the reset. Nobody's deciding dates today.")]
    assert _status(track(PROPOSAL, week2), "proposal") == [("Ines Duarte", "open")]


def test_parking_the_work_itself_still_drops_it(track) -> None:
    week2 = [("Katherine Moss", "Do we still need a letter, now the directors are meeting anyway?"),
             ("Ines Duarte", "Agreed, let's park the reset proposal letter. Nobody needs it now.")]
    assert _status(track(PROPOSAL, week2), "proposal") == [("Ines Duarte", "dropped")]


BRING = [("Ines Duarte", "We need the union in the room for this."),
         ("Juno Abara", "I'll ask Colm to come along next time, he's the branch rep.")]


def test_asking_someone_to_the_next_call_is_done_when_they_speak_in_it(track) -> None:
    week2 = [("Ines Duarte", "Morning. I think we've got a new face?"),
             ("Colm Byrne", "Hi. Colm Byrne, I'm the branch rep at the depot. Juno twisted my arm."),
             ("Ines Duarte", "Thanks for coming, Colm.")]
    facts = track(BRING, week2)
    [item] = [i for i in items(facts) if "come along" in i.text]
    assert item.status == "done"
    assert item.history[-1].evidence[0].quote == "Colm Byrne, I'm the branch rep at the depot."


def test_an_invitee_who_does_not_come_leaves_the_item_open(track) -> None:
    week2 = [("Ines Duarte", "Morning. No Colm today?"), ("Juno Abara", "He couldn't make it, sorry.")]
    assert [i.status for i in items(track(BRING, week2)) if "come along" in i.text] == ["open"]


def test_asking_someone_about_work_is_not_asking_them_along(track) -> None:
    week1 = [("Juno Abara", "I'll ask Colm about the rota by Friday.")]
    week2 = [("Colm Byrne", "Hi all, sorry I'm late, I was on the depot floor."),
             ("Ines Duarte", "No problem, we're just starting.")]
    assert [i.status for i in items(track(week1, week2)) if "rota" in i.text] == ["open"]


def test_making_sure_someone_is_on_the_next_call_is_done_when_they_speak_in_it(track) -> None:
    week1 = [("Juno Abara", "I'll make sure Hilary's on next week's call, she'll want to be.")]
    week2 = [("Ines Duarte", "Morning all. Oh, hello, is that Hilary?"),
             ("Hilary Vance", "It is. Juno collared me in the corridor on Wednesday, so here I am.")]
    [item] = [i for i in items(track(week1, week2)) if "hilary" in i.text.lower()]
    assert item.status == "done" and item.history[-1].evidence[0].speaker == "Hilary Vance"


@pytest.mark.parametrize(("reply", "events"), [
    ("Jo's checklist came round on Friday. Helen's read it.", ["done"]),
    ("Not yet, I don't think.", []),
])
def test_the_owner_asking_whether_everyone_got_it_hears_it_arrived(reply: str, events: list[str]) -> None:
    item = _item("I'll write a go/no-go checklist and get it round to everyone by Friday.", "Joanna Thewlis")
    assert _closed([("Joanna Thewlis", "The go/no-go checklist. Did everyone get it?"), ("Juno Abara", reply)], item,
                   [*PEOPLE, Person(name="Joanna Thewlis")]) == events


def test_asking_whether_it_arrived_on_a_day_is_a_status_question() -> None:
    ctx = meeting_context([("Ines Duarte", "And the questionnaire, Omar, you had that on Friday?"),
                           ("Omar Haddad", "I did. I've been through all of the answers.")], PEOPLE, date(2026, 3, 9))
    [ex] = exchanges(ctx)
    assert reports_done(ex) is not None
    # ... but asking whether it is still on for a day is not
    ctx = meeting_context([("Ines Duarte", "And the questionnaire, Omar, still on for Friday?"),
                           ("Omar Haddad", "Yes, all fine.")], PEOPLE, date(2026, 3, 9))
    assert exchanges(ctx) == []


def test_jo_is_a_short_form_of_joanna() -> None:
    assert short_name_of("Jo", "Joanna") and short_name_of("Al", "Alistair")
    assert not short_name_of("Jo", "John") and not short_name_of("Ed", "Edna")


def test_logged_with_a_day_reports_the_ticket_logged_and_logged_alone_only_notes_it() -> None:
    assert done_report("Logged Tuesday afternoon, the reference is RAV-20931.") is not None
    assert done_report("Logged.") is None and done_report("Logged, thanks.") is None


def test_seeing_it_go_over_to_a_party_is_it_sent_not_handed_over(track) -> None:
    week1 = [("Ines Duarte", "Omar, the data processing agreement?"),
             ("Omar Haddad", "That's with me. I'll sign the DPA this week.")]
    week2 = [("Ines Duarte", "Katherine, the DPA, did Omar get to it?"),
             ("Katherine Moss", "Yes, he signed it Thursday, I saw it go over to Corvane.")]
    assert _status(track(week1, week2), "dpa") == [("Omar Haddad", "done")]


def test_a_recap_line_opening_with_me_restates_the_speakers_own_item(minilm_extractor: OfflineExtractor) -> None:
    ctx = meeting_context([
        ("Ines Duarte", "I'll email the head of infrastructure today, copy Omar, and ask if it can go through as a "
                        "standard change."),
        ("Omar Haddad", "Thanks, that would help."),
        ("Ines Duarte", "Okay. Recap. Juno, cabling survey Friday. Me, email to the head of infrastructure today."),
    ], PEOPLE, date(2026, 3, 9))
    emails = [f for f in minilm_extractor.extract(ctx).facts
              if isinstance(f, ActionItem) and "head of infrastructure" in f.text]
    assert [(f.owner, len(f.evidence)) for f in emails] == [("Ines Duarte", 2)]


@pytest.mark.parametrize(("sentence", "done"), [
    ("The scheduling rules are in test now.", True),
    ("Hexley's rules are in the test system.", True),
    ("Dave's had the user list since Thursday.", True),
    ("The rules are in testing.", False),  # still being tested
    ("So. 4.2, the firmware. It's in test with us.", False),  # the supplier still testing it
    ("Sam has had a cold since Monday.", False),
])
def test_configured_in_test_and_had_since_a_day_are_reports(sentence: str, done: bool) -> None:
    assert (done_report(sentence) is not None) == done


@pytest.mark.parametrize(("reply", "swaps"), [
    ("All twenty are in. I set the last six up on Friday.", "open"),
    ("All twenty are in. And I've switched the shift swaps on for them too.", "done"),  # said in its own words
])
def test_a_count_reported_in_for_the_one_called_on_is_their_item_not_the_speakers(track, reply: str,
                                                                                  swaps: str) -> None:
    week1 = [("Juno Abara", "One more from me. The pilot. Who are we testing on?"),
             ("Omar Haddad", "Twenty officers would be plenty. Mixed shifts, a few on nights."),
             ("Juno Abara", "I'll pick twenty. I'll get you the names by Friday week, because half of them are on "
                            "nights this week."),
             ("Omar Haddad", "For the pilot I'll switch shift swaps on in the app by the twentieth, so Juno's twenty "
                             "can swap shifts from their phones.")]
    week2 = [("Ines Duarte", "Juno, the pilot names?"),
             ("Omar Haddad", reply),
             ("Juno Abara", "Twenty. Well, nineteen and me.")]
    facts = track(week1, week2)
    assert _status(facts, "names") == [("Juno Abara", "done")]
    assert _status(facts, "swaps") == [("Omar Haddad", swaps)]  # what Juno was asked is not Omar's pilot work
