"""A report line says what the work is. "Marta, the vendor contract?" - "I'll have it signed by the ninth." used to be
reported as "Marta Lind: have it signed by the ninth", which tells its reader nothing. The thing the earlier talk
asks for now stands in brackets for the pronoun ("have [the vendor contract] signed by the ninth"), only where
that talk says plainly what is wanted, and only a thing that agrees with the pronoun in number."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.drafting import DraftingService
from assistant.engines.embedder import HashEmbedder
from assistant.models import ActionItem, Person
from assistant.qa import QAService
from assistant.referents import pronoun_object, referent, with_referent
from assistant.status import named_task
from assistant.storage import Repository
from ingest.extraction.offline import OfflineExtractor
from tests.builders import meeting_context
from tests.unit.test_drafting import add_meeting

MON = date(2026, 3, 2)
PEOPLE = [Person(name=n) for n in ("Marta Lind", "Yusuf Obi", "Gill Farrow", "Omar Diaz", "Ruth Kemp")]
NAMES = [p.name for p in PEOPLE]


@pytest.mark.parametrize(("context", "task", "line"), [
    ("Marta, the vendor contract.", "have it signed by the ninth", "have [the vendor contract] signed by the ninth"),
    ("I need the floor plans for the depot before I can start.", "send them over Monday",
     "send [the floor plans for the depot] over Monday"),
    ("We'll need your approval on the test strategy.", "sign it off by Friday", "sign [the test strategy] off by Friday"),
    ("Nothing moves without a purchase order.", "get that to you Tuesday", "get [the purchase order] to you Tuesday"),
    ("Could you send me a sample invoice file?", "dig one out this week", "dig [a sample invoice file] out this week"),
    ("Yusuf, router configs?", "have them done by Thursday", "have [router configs] done by Thursday"),
    ("Omar, while you're here, the escalation matrix.", "update it tonight", "update [the escalation matrix] tonight"),
    ("Gill's going to pick up the supplier queries for the Leeds site.", "do them",
     "do [the supplier queries for the Leeds site]"),
    ("And Ruth, where are we with the data release form?", "get it off this week",
     "get [the data release form] off this week"),
    ("Ruth, the cutover checklist. I've started it.", "finish it by Friday", "finish [the cutover checklist] by Friday"),
    ("Omar, the depot rota.", "Leave it with me. Tuesday", "Leave [the depot rota] with me. Tuesday"),
    ("Monday's fine. Can you put the odd postcodes in red?", "put them in red", "put [the odd postcodes] in red"),
    ("So I've drafted the variation letter. It's in your inbox, Omar.", "sign it by Thursday",
     "sign [the variation letter] by Thursday"),
    ("Yusuf has drafted the rota templates for the north depot. Could you go through them?", "look at them on Monday",
     "look at [the rota templates for the north depot] on Monday"),
])
def test_a_bare_pronoun_is_named_from_what_was_asked_for(context: str, task: str, line: str) -> None:
    assert with_referent(task, context, NAMES) == line


@pytest.mark.parametrize(("context", "task"), [
    ("Yusuf, the budget tracker.", "send them over"),  # "them" is not one tracker
    ("Marta, the vendor contract.", "send the signed copy over"),  # names its own work
    ("Marta, the vendor contract.", "make it if I can"),  # an idiom, not the contract
    ("Marta, the vendor contract.", "tell them it's ready"),  # people, not the contract
    ("Marta, the vendor contract.", "get that list to you"),  # "that" is a determiner here
    ("It went fine in the end, the room was cold.", "send it round"),  # nothing asked for
    ("Can I get it by the end of the week?", "send it over"),  # a time is no thing
    ("Both, ideally.", "get that to you"),  # not a name before the comma
    ("Yusuf, security.", "send it over"),  # one word is a topic, not a thing
    ("Could you give Omar a nudge?", "ring him this afternoon"),  # "this" is a determiner; a nudge is no thing
    ("The wedding has now got a horse in it.", "write it tonight"),  # what someone else has is not asked for
    ("Gill, you mentioned scripts.", "write the scripts for that"),  # "that" is not what is written
])
def test_a_pronoun_is_left_as_said_when_the_talk_before_does_not_say_plainly(context: str, task: str) -> None:
    assert with_referent(task, context, NAMES) == task


def test_only_the_pronoun_of_the_work_is_read() -> None:
    assert pronoun_object("have those eleven fixed by Friday") is None  # "those eleven" names a count of things
    assert pronoun_object("I can do that one") is None
    m = pronoun_object("dig those out and send them over Thursday")
    assert m is not None and m.group("p") == "those"
    assert referent("Yusuf, the budget tracker.", "it", NAMES) == "the budget tracker"
    assert referent(None, "it", NAMES) is None


def test_the_promise_answering_a_named_topic_is_reported_with_the_thing(minilm_extractor: OfflineExtractor) -> None:
    turns = [("Ruth Kemp", "Okay, next one. Marta, the vendor contract?"),
             ("Marta Lind", "I'll have it signed by the ninth."),
             ("Ruth Kemp", "Lovely, thank you.")]
    items = [f for f in minilm_extractor.extract(meeting_context(turns, PEOPLE, MON)).facts
             if isinstance(f, ActionItem)]
    assert [(i.owner, named_task(i, PEOPLE)) for i in items] == [
        ("Marta Lind", "have [the vendor contract] signed by the ninth")
    ]


def test_the_status_report_the_ask_and_the_reset_agenda_name_the_work(tmp_path: Path) -> None:
    repo = Repository(tmp_path / "data")
    eng = repo.create_engagement("Depot rollout").id
    add_meeting(repo, eng, 1, [("Ruth Kemp", "Yusuf, the router configs."), ("Yusuf Obi", "I'll send them Friday.")])
    repo.save_people(eng, [Person(name="Yusuf Obi", side="customer"), Person(name="Ruth Kemp", side="vendor")])
    item = ActionItem(text="I'll send them Friday.", owner="Yusuf Obi", side="customer", due=date(2024, 3, 8),
                      meeting_id="m1", context="Yusuf, the router configs.")
    item.assign_id()
    repo.save_facts(eng, [item])
    report = DraftingService(repo).status_report(eng, "business lead", date(2024, 3, 26), record=False)
    assert "Yusuf Obi: send [the router configs] Friday" in report.markdown
    assert "send [the router configs] Friday (was due 8 Mar" in report.markdown
    assert "send them Friday" not in report.markdown
    overdue = QAService(repo, embedder=HashEmbedder()).ask(eng, "what is overdue?", as_of=date(2024, 3, 26)).answer
    assert "I'll send [the router configs] Friday." in overdue, overdue
    agenda = DraftingService(repo).reset_agenda(eng, date(2024, 3, 26)).markdown
    assert "I'll send [the router configs] Friday" in agenda and "send them Friday" not in agenda
