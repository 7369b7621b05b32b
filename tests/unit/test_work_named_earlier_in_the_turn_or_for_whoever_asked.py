"""What a promise is about is often said earlier in its turn, and who it is for earlier still: "Seriously, I have a
questionnaire. It's forty-odd questions ... I'll send it over tomorrow." is the questionnaire, "... which means a
firewall change. I'll raise the change today." is the firewall change, and "get you a key", said to Toby, is
Toby's key. A later status question in those words ("Adeel, your questionnaire?", "Barty, firewall?", "Toby, did
the key come?") is about that item, and the one it was for saying they have it closes it. Work asked of "somebody
else" and taken on ("I can take it. ... I'll send Callum the absence rules by Friday.") is the same item with a new
owner."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.models import FactBase, Person
from assistant.referents import named_before
from ingest.extraction.exchanges import answered
from ingest.extraction.followup import done_report
from ingest.extraction.offline import OfflineExtractor
from tests.builders import action_items as items
from tests.builders import meeting_context, owned_after, weekly_tracker

MON = date(2026, 10, 19)


def _tracker(minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder,
             names: list[str]) -> Callable[..., list[FactBase]]:
    return weekly_tracker(minilm_extractor, minilm, [Person(name=n) for n in names], MON)  # type: ignore[no-any-return]


QUESTIONNAIRE = ["Joanna Thewlis", "Adeel Rashid", "Deepak Raval"]
ASKED = [("Joanna Thewlis", "Adeel, security. What do you need from us?"),
         ("Adeel Rashid", "Everything. Seriously, I have a questionnaire. It's forty-odd questions, device management, "
                          "encryption, where the data lives. I'll send it over tomorrow."),
         ("Deepak Raval", "Send it to me and Jo, please.")]


@pytest.mark.parametrize(("answerer", "reply", "status"), [
    ("Deepak Raval", "We've got it. All forty-three questions of it. Some of them twice.", "done"),
    ("Deepak Raval", "Yeah, we've got it, thanks.", "done"),
    ("Deepak Raval", "Nothing yet. I've been watching for it.", "open"),
    ("Adeel Rashid", "I've got it. I just need to send it, sorry.", "open"),  # the owner has it: not sent
])
def test_the_ones_it_was_for_saying_they_have_what_the_turn_named_closes_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, answerer: str, reply: str, status: str
) -> None:
    week2 = [("Joanna Thewlis", "Great. Adeel, your questionnaire?"), (answerer, reply), ("Joanna Thewlis", "Okay.")]
    [item] = owned_after(minilm_extractor, minilm, QUESTIONNAIRE, "Adeel Rashid", MON, ASKED, week2)
    assert "questionnaire" in (item.context or "")
    assert item.status == status


def test_a_description_of_it_alone_is_not_what_it_is(minilm_extractor: OfflineExtractor,
                                                     minilm: MiniLMEmbedder) -> None:
    # "It's stuck with legal." says where "it" is, not what: the prompt stays the promise's context
    turns = [("Joanna Thewlis", "Adeel, where are we with the data sharing agreement?"),
             ("Adeel Rashid", "It's stuck with legal, honestly, three weeks now. I'll chase it tomorrow."),
             ("Joanna Thewlis", "Thanks.")]
    [item] = owned_after(minilm_extractor, minilm, QUESTIONNAIRE, "Adeel Rashid", MON, turns)
    assert item.context is not None and "data sharing agreement" in item.context
    assert "legal" not in item.context


FIREWALL = ["Orla Quigley", "Bartholomew Iredale", "Hannah Sayer"]
RAISED = ("Bartholomew Iredale", "Yeah, that's SFTP onto the payroll server, which means a firewall change. I'll raise "
                                 "the change today. It goes to CAB Thursday, so realistically it'll be live by next "
                                 "Tuesday.")
WENT_IN = [("Orla Quigley", "Barty, firewall?"),
           ("Bartholomew Iredale", "Went in Friday night. Hannah should be able to reach the payroll server from the "
                                   "test tenant."),
           ("Hannah Sayer", "I tried it yesterday, yes. It connects.")]


@pytest.mark.parametrize(("said", "status"), [
    (RAISED, "done"),
    # the same promise with the thing never named: the question about the firewall is about no item of his
    (("Bartholomew Iredale", "Yeah, that's SFTP onto the payroll server. I'll raise the change today. It goes to "
                             "CAB Thursday, so realistically it'll be live by next Tuesday."), "open"),
])
def test_the_thing_a_promise_names_with_the_is_the_one_its_turn_just_named(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, said: tuple[str, str], status: str
) -> None:
    week1 = [("Orla Quigley", "Barty, the file has to get from Shiftwell into Ledgerline somehow."), said,
             ("Orla Quigley", "Perfect. Hannah, the mapping.")]
    [item] = owned_after(minilm_extractor, minilm, FIREWALL, "Bartholomew Iredale", MON, week1, WENT_IN)
    assert item.status == status


@pytest.mark.parametrize(("task", "before", "named"), [
    ("I'll raise the change today.", "Yeah, that's SFTP onto the payroll server, which means a firewall change.",
     "a firewall change"),
    ("I'll book the room for Tuesday.", "We need a bigger training room with twelve desks.", "a bigger training room"),
    ("I'll send you the names by Friday.", "We need your duty managers' names for the November sessions.",
     "your duty managers' names"),
    ("I'll raise the change today.", "We need a change.", None),  # no word says which
    ("I'll send the list by Friday.", "It's a long list.", None),  # how long, not which
    ("I'll send the spec over.", "I've written the new spec.", None),  # already definite: not brought up here
    ("The change went in.", "It means a firewall change.", None),  # no promise
])
def test_named_before_finds_the_fuller_name_a_turn_just_gave_the_thing(task: str, before: str,
                                                                      named: str | None) -> None:
    assert named_before(task, before) == named


KEY = ["Nadia Kovacs", "Toby Renshaw", "Sam Okafor"]
PROMISED = [("Nadia Kovacs", "Toby, how's the screen pop going?"),
            ("Toby Renshaw", "Um. So, honestly, I can't really start on the connector until I get the sandbox API key "
                             "from you guys. Without the key I can't, you know, actually call anything."),
            ("Sam Okafor", "Oh. That's on me, sorry Toby, I thought provisioning had sent it. I'll raise it with our "
                           "provisioning team today and get you a key."),
            ("Toby Renshaw", "Okay. Thanks.")]


@pytest.mark.parametrize(("reply", "status"), [
    ("Yes, the key came Monday. Thanks. So I've been able to actually connect to things.", "done"),
    ("No. Still nothing. I've stopped asking.", "open"),
])
def test_the_one_a_promise_was_made_to_saying_it_came_closes_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, reply: str, status: str
) -> None:
    track = _tracker(minilm_extractor, minilm, KEY)
    week2 = [("Nadia Kovacs", "Minuted. Toby, did the key come?"), ("Toby Renshaw", reply), ("Nadia Kovacs", "Right.")]
    [item] = [i for i in items(track(PROMISED, week2)) if "key" in i.text]
    assert (item.owner, item.status) == ("Sam Okafor", status)


def test_a_status_question_to_the_one_a_promise_was_made_to_is_about_that_promise(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder
) -> None:
    # the status-exchange layer on its own: the question calls on Toby, the promise is Sam's, made to Toby
    track = _tracker(minilm_extractor, minilm, KEY)
    [item] = [i for i in items(track(PROMISED)) if "key" in i.text]
    week2 = [("Nadia Kovacs", "Minuted. Toby, did the key come?"),
             ("Toby Renshaw", "Yes, the key came Monday. Thanks."), ("Nadia Kovacs", "Great.")]
    ctx = meeting_context(week2, [Person(name=n) for n in KEY], date(2026, 10, 26), mid="w2")
    assert [(f.item_id, f.event) for f in answered([item], ctx, {item.id: item.due}, set())] == [(item.id, "done")]
    # ... and not a question to someone else it was not made to
    ctx = meeting_context([("Toby Renshaw", "Nadia, did the key come?"), *week2[1:]],
                          [Person(name=n) for n in KEY], date(2026, 10, 26), mid="w2")
    assert answered([item], ctx, {item.id: item.due}, set()) == []


RULES = ["Priya Raman", "Elizabeth Harker", "Callum Whitfield", "Tariq Haddad"]
SENT = [("Priya Raman", "Liz, Callum mentioned the absence rules, the entitlements."),
        ("Callum Whitfield", "Yeah, I need the absence entitlement rules, sick pay bands, all of that."),
        ("Elizabeth Harker", "I've got a document somewhere. I'll send you the absence rules Wednesday."),
        ("Callum Whitfield", "Great.")]


@pytest.mark.parametrize(("asked", "owner"), [
    ("That's okay. Could somebody else take the absence rules?", "Tariq Haddad"),
    ("That's okay. Let's come back to that.", "Elizabeth Harker"),  # nobody asked to take it from her
])
def test_work_asked_of_somebody_else_and_taken_on_changes_owner_not_item(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, asked: str, owner: str
) -> None:
    track = _tracker(minilm_extractor, minilm, RULES)
    week2 = [("Priya Raman", "Okay. Liz, the absence rules for Callum?"),
             ("Elizabeth Harker", "I haven't. I'm sorry. I'm, honestly, I'm drowning."),
             ("Priya Raman", asked),
             ("Tariq Haddad", "I can take it. I know the sick pay rules better than anyone, I have to calculate them. "
                              "I'll send Callum the absence rules by Friday."),
             ("Elizabeth Harker", "Thank you, Tariq. Seriously.")]
    rules_items = [i for i in items(track(SENT, week2)) if "absence rules" in i.text]
    assert [i.owner for i in rules_items if i.text.startswith("I'll send you")] == [owner]
    assert len(rules_items) == (1 if owner == "Tariq Haddad" else 2)


@pytest.mark.parametrize(("sentence", "reports"), [
    ("I've stopped asking.", False),
    ("I've given up chasing.", False),
    ("I gave up on waiting.", False),
    ("We stopped the old feed on Friday.", True),
    ("I've given Tom the training notes.", True),
    # how a process would go, told to a generic "you": no report (one "you know" is a filler)
    ("The pallet's labelled from birth, you scan it into the chiller, and you always know where it is.", False),
    ("I sent it Friday, you know, with the rest.", True),
])
def test_giving_up_trying_or_telling_how_it_goes_is_no_work_done(sentence: str, reports: bool) -> None:
    assert (done_report(sentence) is not None) == reports


DPIA = ["Imogen Tate", "Hilary Streeton", "Dev Malhotra"]


@pytest.mark.parametrize(("reply", "status"), [
    ("It did, Dev sent it on Thursday as promised. I've read it twice. I've got comments.", "done"),
    ("It didn't, no. I've had nothing from Dev.", "open"),
])
def test_a_promise_answering_can_i_see_it_is_about_what_the_turns_before_named(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, reply: str, status: str
) -> None:
    week1 = [("Imogen Tate", "Um, Hilary, since you're here. The safeguarding records, they need to come across too."),
             ("Hilary Streeton", "They do. Has anyone actually written a DPIA for moving them? Because that's the "
                                 "first thing I'll ask for."),
             ("Dev Malhotra", "There's a draft. It's about eighty percent done."),
             ("Hilary Streeton", "Can I see it?"),
             ("Dev Malhotra", "Yeah, I'll get that over to you Thursday."),
             ("Hilary Streeton", "Thank you.")]
    week2 = [("Imogen Tate", "Great, thanks Dev. Hilary, did the DPIA reach you?"), ("Hilary Streeton", reply),
             ("Dev Malhotra", "Right.")]
    [item] = owned_after(minilm_extractor, minilm, DPIA, "Dev Malhotra", MON, week1, week2)
    assert "DPIA" in (item.context or "")
    assert item.status == status


GUIDE = ["Niamh Doherty", "Hamza Iqbal", "Eoin Brady"]


@pytest.mark.parametrize(("thanks", "status"), [
    ("Oh, and thanks Hamza for the Bramleys guide, I got it Friday.", "done"),
    ("Oh, and thanks Hamza for the pallet labels, I got them Friday.", "open"),  # another thing of his
])
def test_a_promise_of_it_called_on_by_topic_is_about_what_its_turn_just_named(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, thanks: str, status: str
) -> None:
    # "Hamza, Bramleys." names where the work is, the turn names what it is: "their implementation guide"
    week1 = [("Niamh Doherty", "Okay. Hamza, Bramleys. Did anyone...?"),
             ("Hamza Iqbal", "I've been through their portal. They want a different flavour of ASN, naturally. I've "
                             "downloaded their implementation guide. I'll send it to Eoin tomorrow so he can see what "
                             "he's in for."),
             ("Niamh Doherty", "Thanks Hamza. Anything else? No? Okay. Thanks everyone.")]
    week2 = [("Niamh Doherty", "So the Corbel problem's gone. Lovely. Eoin, Harrow and Finch?"),
             ("Eoin Brady", f"Yeah, so the Harrow and Finch map's built, and it was accepted. First go. {thanks}"),
             # (Eoin's own team's date for the Bramleys work, not a new date for Hamza's)
             ("Eoin Brady", "Which brings me to Bramleys. I've read the guide. Realistically we can't start until the "
                            "twenty-sixth. So we'd be looking at the sixth of November for the Bramleys map."),
             ("Niamh Doherty", "Great.")]
    [item] = owned_after(minilm_extractor, minilm, GUIDE, "Hamza Iqbal", MON, week1, week2)
    assert "implementation guide" in (item.context or "")
    assert (item.status, item.due) == (status, date(2026, 10, 20))


@pytest.mark.parametrize(("sentence", "received"), [
    ("And I got it on email last Tuesday, and the RACI, thanks.", "it and the RACI"),
    ("We got Shona's inventory on Friday, and the floor plans too.", "Shona's inventory and the floor plans"),
    ("I got it Friday, and the team loved it.", "it Friday"),  # a clause of its own, not a second thing
])
def test_a_second_thing_received_after_when_is_received_too(sentence: str, received: str) -> None:
    rep = done_report(sentence)
    assert rep is not None and rep.subject.strip() == received


@pytest.mark.parametrize(("reply", "status"), [
    ("Yep, we can see it. And I got it on email last Tuesday, and the RACI, thanks.", "done"),
    ("Yep, we can see it. And I got it on email last Tuesday, and the minutes, thanks.", "open"),
])
def test_the_one_thing_named_after_a_received_it_closes_the_item_naming_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, reply: str, status: str
) -> None:
    names = ["Imogen Ashby", "Shona Baird", "Callum Fraser"]
    week1 = [("Shona Baird", "Maybe later on. They're pretty stretched right now."),
             ("Imogen Ashby", "Okay. And I'll get the plan and the RACI out this afternoon, so everyone can see "
                              "who's on the hook for what."),
             ("Callum Fraser", "The RACI. Oh good.")]
    week2 = [("Imogen Ashby", "Morning all. Can everyone see my screen? It's the plan, just so we're looking at the "
                              "same thing."),
             ("Shona Baird", reply),
             ("Callum Fraser", "Same here.")]
    [item] = owned_after(minilm_extractor, minilm, names, "Imogen Ashby", MON, week1, week2)
    assert item.status == status


@pytest.mark.parametrize(("reply", "status"), [
    ("Got my eighteen. Six a campus. I may not have told them it's voluntary.", "done"),
    ("Got all eighteen, yes.", "done"),
    ("Got my eighteen, bar Dalkeith.", "open"),
    ("I've asked around. Nobody yet.", "open"),
])
def test_the_number_asked_for_got_is_the_work_done(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, reply: str, status: str
) -> None:
    names = ["Eilidh Baxter", "Aileen Docherty", "Graham Muir"]
    week1 = [("Eilidh Baxter", "Aileen, for register testing, could you find us some pilot lecturers? A handful at "
                               "each campus. Would Thursday work?"),
             ("Aileen Docherty", "Thursday I can do. Six a campus, eighteen all told."),
             ("Graham Muir", "Good.")]
    week2 = [("Eilidh Baxter", "And your pilot lecturers?"), ("Aileen Docherty", reply),
             ("Graham Muir", "I'll pretend I didn't hear that.")]
    [item] = owned_after(minilm_extractor, minilm, names, "Aileen Docherty", MON, week1, week2)
    assert item.status == status


@pytest.mark.parametrize(("news", "status"), [
    ("Oh, and Priya, for the training on the nineteenth, I've booked the big room at the depot.", "open"),
    ("Oh, and Priya, I ran the train-the-trainer for the Hexley supervisors yesterday. They liked it.", "done"),
])
def test_a_step_toward_work_still_to_come_on_its_day_does_not_close_it(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, news: str, status: str
) -> None:
    names = ["Priya Shah", "Marta Kowalczyk", "Dave Hollis"]
    track = weekly_tracker(minilm_extractor, minilm, [Person(name=n) for n in names], date(2026, 11, 2))
    week1 = [("Priya Shah", "Marta, the training."),
             ("Marta Kowalczyk", "Yep, so I'll run the train-the-trainer for the Hexley supervisors on the nineteenth, "
                                 "that's a Thursday."),
             ("Dave Hollis", "Good.")]
    week2 = [("Priya Shah", "Marta, anything from you?"),
             ("Marta Kowalczyk", f"Just the matrix and the map, really. {news}"),
             ("Priya Shah", "Lovely.")]
    [item] = [i for i in items(track(week1, week2)) if i.owner == "Marta Kowalczyk" and "run the" in i.text]
    assert item.status == status


@pytest.mark.parametrize(("said", "status"), [
    ("I've emailed Tom twice. I'll try him on Teams today.", "open"),  # the chase goes on
    ("I've emailed Tom twice. He says next week.", "done"),  # chased, and the answer is in
])
def test_a_chase_promised_to_go_on_is_not_done(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, said: str, status: str
) -> None:
    track = _tracker(minilm_extractor, minilm, ["Priya Raman", "Helen Achebe", "Owen Bright"])
    week1 = [("Owen Bright", "The gradebook sync is blocked until Registry's SIS team issue us API credentials. Tom "
                             "Reilly's team, I think."),
             ("Helen Achebe", "I'll chase Tom in Registry for the API credentials."),
             ("Priya Raman", "Thanks.")]
    week2 = [("Priya Raman", "Okay. Owen, gradebook. Any news from Registry?"),
             ("Owen Bright", "Nothing. Still no credentials. So that's still stuck."),
             ("Helen Achebe", said),
             ("Priya Raman", "Okay.")]
    [item] = [i for i in items(track(week1, week2)) if i.text.startswith("I'll chase Tom")]
    assert item.status == status


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Yeah, so, good news, all three stores are feeding punches into the test tenant now.", "all three stores"),
    ("The orders have been flowing since Thursday.", "The orders"),
    ("We've been getting your file every night since last Wednesday.", "your file"),
    ("I've been seeing admissions come into Tallis test since Tuesday.", "admissions"),
    ("The orders are coming through next week.", None),  # still to come
    ("We're feeding it in now.", None),  # the speaker at work on it
])
def test_a_feed_running_since_a_day_or_now_reports_it_done(sentence: str, subject: str | None) -> None:
    rep = done_report(sentence)
    assert (rep.subject.strip() if rep is not None else None) == subject


def test_the_one_it_was_for_getting_it_every_night_since_closes_it(minilm_extractor: OfflineExtractor,
                                                                  minilm: MiniLMEmbedder) -> None:
    week1 = [("Tariq Hussain", "We need the nightly learner file from your side."),
             ("Shona Reid", "I'll have the nightly file set up by next Wednesday."),
             ("Eilidh Baxter", "Lovely.")]
    week2 = [("Eilidh Baxter", "Tariq, anything on the feeds?"),
             ("Tariq Hussain", "We've been getting your file every night since last Wednesday. No gaps."),
             ("Eilidh Baxter", "Great.")]
    [item] = owned_after(minilm_extractor, minilm, ["Eilidh Baxter", "Tariq Hussain", "Shona Reid"], "Shona Reid", MON,
                         week1, week2)
    assert item.status == "done"


@pytest.mark.parametrize(("asked", "status"), [
    ("Kev, training. We need your duty managers' names for the November sessions.", "slipped"),
    ("Kev, training. We need a list for the November sessions.", "open"),  # no names asked for: other names
])
def test_the_names_after_a_bare_yes_are_the_ones_asked_for_two_turns_before(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, asked: str, status: str
) -> None:
    week1 = [("Priya Natarajan", asked),
             ("Kevin Doyle", "You want my duty managers to spend a morning learning a system they won't use for two "
                             "months."),
             ("Priya Natarajan", "Ideally, yes."),
             ("Kevin Doyle", "Fine. I'll send you the names by Friday. Don't say I never do anything for you."),
             ("Tom Ashdown", "Good luck.")]
    week2 = [("Priya Natarajan", "Kev, your duty managers' names?"),
             ("Kevin Doyle", "Not yet. Thursday. I've had two off sick and a bird strike."),
             ("Priya Natarajan", "Okay.")]
    [item] = owned_after(minilm_extractor, minilm, ["Priya Natarajan", "Kevin Doyle", "Tom Ashdown"], "Kevin Doyle", MON,
                         week1, week2)
    assert item.status == status
