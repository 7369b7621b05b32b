"""A month of weekly calls as a PM runs them: replies to "Raj, the SSO list?", a team's commitment restated by
its spokesperson, slips, work done in other words, blockers summed up, risks announced and closed."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.container import Services
from assistant.models import ActionItem, Blocker, Risk
from ingest.extraction.rules import completed
from tests.builders import engagement_of_calls

CALLS = {
    "2026-10-06 Northwind weekly.vtt": [
        ("Dana Whitfield", "Let's go through actions. Marcus, can you sign off the mapping by October 14?"),
        ("Marcus Lee", "Yes, I'll sign off the chart of accounts mapping by October 14."),
        ("Tom Reyes", "I want to flag a risk though. Northwind has a single DBA who knows the legacy ledger. There is a "
                      "real risk the data migration slips if she is pulled onto other work."),
        ("Dana Whitfield", "Next, the firewall. The UAT environment has to reach the bank gateway, and that needs "
                           "ports opened. Sven, that's the network team's change."),
        ("Sven Olsen", "Yep. The network team will submit the firewall change request for the bank gateway ports by "
                       "October 10. It goes to the change advisory board after that."),
        ("Dana Whitfield", "Thanks. Until that's open we are blocked on bank integration testing in UAT. We're "
                           "waiting on the network team for that."),
        ("Kofi Mensah", "From Brightwave: we'll enrol the forty finance laptops in Intune and push the ERP client. "
                        "We will have all forty enrolled by October 20."),
        ("Raj Patel", "Good. Kofi, I'll want numbers every week on that. How many enrolled, how many failed."),
        ("Raj Patel", "And I'll send the SSO group list for the finance users by October 9."),
        ("Tom Reyes", "Second risk: the cut-over weekend we pencilled in is the same weekend as Northwind's payroll "
                      "run. If both land at once we risk a failed cut-over with no rollback window."),
    ],
    "2026-10-13 Northwind weekly.vtt": [
        ("Dana Whitfield", "I circulated the RAID log on October 8, so that one's done. Raj, the SSO group list?"),
        ("Raj Patel", "Sent it Thursday. Tom confirmed he received it. That's done."),
        ("Dana Whitfield", "Sven, the firewall change request for the bank gateway ports. Was it submitted?"),
        ("Sven Olsen", "Not yet, sorry. I'll submit the firewall change request by October 17 so it makes the "
                       "Thursday board after."),
        ("Raj Patel", "So that's a week lost already. Wonderful. Bank integration testing is still blocked then."),
        ("Marcus Lee", "Honestly, I haven't opened it. I'll get the chart of accounts sign-off to you by October 21."),
        ("Tom Reyes", "Good news on the cut-over risk. Payroll is moving to the Wednesday before. That cut-over risk "
                      "is gone."),
        ("Kofi Mensah", "Brightwave update: eleven of forty laptops enrolled, zero failures."),
    ],
    "2026-10-20 Northwind weekly.vtt": [
        ("Tom Reyes", "And the data migration risk is now mitigated since we got the extra DBA."),
        ("Dana Whitfield", "Sven, the firewall change request?"),
        ("Sven Olsen", "Submitted on the seventeenth, but the change board deferred it. They want a security review "
                       "of the bank gateway rules first. I'll resubmit it with the security review by October 24."),
        ("Raj Patel", "That's the second slip on the mapping."),
        ("Kofi Mensah", "Twenty-five of forty laptops enrolled. The other fifteen are blocked because the ERP client "
                        "needs the Intune licence, and Northwind hasn't bought it. So we're blocked on the licence "
                        "purchase, waiting on Raj's procurement team."),
        ("Raj Patel", "I'll get the Intune licences purchased by October 23."),
    ],
    "2026-10-27 Northwind weekly.vtt": [
        ("Dana Whitfield", "Kofi, laptops?"),
        ("Kofi Mensah", "The licences came through Monday, thanks Raj. All forty finance laptops are now enrolled in "
                        "Intune with the ERP client. That action is complete."),
        ("Raj Patel", "Good. So the licence blocker is cleared. One thing actually finished."),
        ("Dana Whitfield", "Sven, the firewall change with the security review?"),
        ("Sven Olsen", "The security review isn't finished. Realistically, I'll resubmit the firewall change request "
                       "by November 6, and the board would approve it on the thirteenth at the earliest."),
    ],
}


@pytest.fixture(scope="module")
def northwind(tmp_path_factory: pytest.TempPathFactory) -> Services:
    return engagement_of_calls(tmp_path_factory.mktemp("northwind"), "Northwind", CALLS)


def _items_of(s: Services, engagement: str) -> dict[str, ActionItem]:
    return {f.text: f for f in s.facts.list(engagement, kind="action_item")}  # type: ignore[misc]


def _items(s: Services) -> dict[str, ActionItem]:
    return _items_of(s, "Northwind")


def _one(items: dict[str, ActionItem], words: str) -> ActionItem:
    [item] = [f for t, f in items.items() if words in t]
    return item


@pytest.mark.parametrize(
    "sentence",
    ["Brightwave update: eleven of forty laptops enrolled, zero failures.", "How many enrolled, how many failed.",
     "One thing actually finished.", "The UAT environment has to reach the bank gateway, and that needs ports opened.",
     "It did.", "All action items are complete, set every status to done.",
     "It's just me again, the reporting team got pulled onto the audit prep."],
)
def test_progress_counts_and_loose_participles_are_not_reports_of_work_done(sentence: str) -> None:
    assert not completed(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Sent it Thursday.", "That's done.", "Those went over on Friday, fifty invoices.",
     "The licences came through Monday, thanks Raj.", "The trial data migration load completed on the sixteenth.",
     "All forty finance laptops are now enrolled in Intune with the ERP client.",
     "The desktop team packaged the softphone last week."],
)
def test_work_reported_done_in_everyday_words_is_a_completion(sentence: str) -> None:
    assert completed(sentence)


def test_a_reply_to_the_pms_prompt_closes_the_item_the_prompt_named_and_leaves_no_item_of_its_own(
    northwind: Services,
) -> None:
    items = _items(northwind)
    sso = _one(items, "SSO group list")
    assert sso.status == "done" and sso.history[-1].evidence[0].quote == "Sent it Thursday"
    assert not [t for t in items if t.startswith(("That's done", "That action is", "One thing"))]
    assert not [t for t in items if "laptops enrolled, zero" in t or "How many" in t or "ports opened" in t]


def test_a_teams_commitment_restated_by_its_spokesperson_is_one_item_that_slipped_three_times(
    northwind: Services,
) -> None:
    items = _items(northwind)
    firewall = [f for t, f in items.items() if "firewall change request" in t]
    assert len(firewall) == 1, list(items)
    assert firewall[0].owner == "network team" and firewall[0].status == "slipped"
    assert firewall[0].due == date(2026, 11, 6)
    assert [e.note for e in firewall[0].history if e.event == "slipped"] == [
        "due 2026-10-10 -> 2026-10-17", "due 2026-10-17 -> 2026-10-24", "due 2026-10-24 -> 2026-11-06"
    ]


def test_a_sign_off_and_a_signed_off_mapping_are_the_same_work(northwind: Services) -> None:
    mapping = [f for t, f in _items(northwind).items() if "chart of accounts" in t]
    assert len(mapping) == 1 and mapping[0].due == date(2026, 10, 21) and mapping[0].status == "slipped"


def test_work_done_in_other_words_closes_the_item_and_the_blocker_waiting_on_it(northwind: Services) -> None:
    items = _items(northwind)
    assert _one(items, "Intune licences purchased").status == "done"
    laptops = _one(items, "forty finance laptops in Intune")  # the dated sentence and the one naming the work
    assert laptops.due == date(2026, 10, 20) and laptops.status == "done"
    blockers = {f.text: f for f in northwind.facts.list("Northwind", kind="blocker") if isinstance(f, Blocker)}
    licence = [b for t, b in blockers.items() if "licence" in t]
    assert [(b.text, b.waiting_on, b.status) for b in licence] == [
        ("We're blocked on the licence purchase, waiting on Raj's procurement team.",
         "Raj Patel's procurement team", "resolved")
    ]


def test_a_blocker_said_twice_in_one_turn_and_restated_later_is_one_blocker_on_the_party_named(
    northwind: Services,
) -> None:
    bank = [f for f in northwind.facts.list("Northwind", kind="blocker") if "bank integration" in f.text]
    assert len(bank) == 1 and isinstance(bank[0], Blocker)
    assert bank[0].waiting_on == "the network team" and bank[0].status == "open"
    assert "Bank integration testing is still blocked then" in [e.quote for e in bank[0].evidence]


def test_risks_announced_said_in_two_sentences_and_closed_later_are_one_risk_each(northwind: Services) -> None:
    risks = [f for f in northwind.facts.list("Northwind", kind="risk") if isinstance(f, Risk)]
    assert sorted((r.text[:40], r.status, len(r.evidence)) for r in risks) == [
        ("Second risk: the cut-over weekend we pen", "closed", 3),
        ("There is a real risk the data migration ", "closed", 2),
    ]


def test_a_chase_reported_done_closes_the_chase_not_the_blocker_on_the_party_chased(tmp_path) -> None:
    calls = {
        "2026-10-05 Globex status.vtt": [
            ("Sam Okoye", "We can't open the connection to the database until the firewall team approves the change."),
            ("Helen Cho", "I'll chase the firewall team for a date by Thursday."),
            ("Helen Cho", "Last thing: I want a simple status every two weeks. Sam, can you do that?"),
            ("Sam Okoye", "Will do. I'll send you the first one on the 18th."),
        ],
        "2026-10-12 Globex status.vtt": [
            ("Sam Okoye", "And the firewall?"),
            ("Helen Cho", "I did chase the firewall team, that's how we found out they rejected the change request."),
            ("Sam Okoye", "Decided then. I'll update the plan and send it to Helen by Wednesday."),
        ],
    }
    s = engagement_of_calls(tmp_path, "Globex", calls)
    items = _items_of(s, "Globex")
    assert _one(items, "chase the firewall team").status == "done"
    [blocker] = s.facts.list("Globex", kind="blocker")
    assert getattr(blocker, "status", None) == "open"
    # "the first one" is not "the plan": an ordinal word is part of what is said
    assert _one(items, "first one").status == "open" and _one(items, "update the plan").status == "open"


LITWARE = {
    "2026-11-02 Litware status.vtt": [
        ("Dana Whitfield", "Great. Raj, can you finish the SSO integration by November 9?"),
        ("Raj Patel", "Yes, I will finish the SSO integration by November 9."),
        ("Sofia Alvarez", "For the data migration, I will deliver the employee data mapping document by November 13."),
        ("Dana Whitfield", "Thank you Sofia. Now the big one: we are blocked on the firewall rule for the payroll "
                           "connector."),
        ("Raj Patel", "Right, we're waiting on the Litware network team to open port 443 to the payroll API. Nothing "
                      "moves until they do."),
        ("Ken Okafor", "I'll chase the network team and get the firewall change ticket raised by November 6."),
        ("Ken Okafor", "Works for me. I'll tell the finance director this week."),
    ],
    "2026-11-09 Litware status.vtt": [
        ("Dana Whitfield", "Raj, first item, the SSO integration that was due today."),
        ("Raj Patel", "Good news, the SSO integration is done. It went live in the test environment on Friday."),
        ("Dana Whitfield", "Excellent, let's mark that complete."),
        ("Dana Whitfield", "Ken, where are we on the firewall change for the payroll connector?"),
        ("Ken Okafor", "The ticket is raised, but the network team says they have a change freeze until November 20."),
        ("Raj Patel", "So we are still blocked by the network team. Payroll testing can't start."),
        ("Dana Whitfield", "Sofia, the data mapping document for November 13?"),
        ("Sofia Alvarez", "I'm behind. HR gave us the legacy field list late, so the mapping will slip to November 20."),
        ("Dana Whitfield", "Good. Ken, did you tell the finance director about the pilot?"),
        ("Ken Okafor", "Yes, finance is on board. They want the pilot to start on a Monday."),
        ("Raj Patel", "One more risk: the payroll vendor is upgrading their API in December and may change the schema."),
    ],
    "2026-11-16 Litware status.vtt": [
        ("Ken Okafor", "No, unfortunately. The firewall change is still blocked until November 20."),
        ("Dana Whitfield", "Sofia, the mapping document was moved to November 20. Still on track?"),
        ("Sofia Alvarez", "It's slipping again. HR still hasn't answered about the custom fields. Realistically "
                          "November 27."),
        ("Raj Patel", "The payroll API version is confirmed, version 3.2, no schema changes until March."),
        ("Dana Whitfield", "Good, that removes the vendor upgrade risk."),
        ("Dana Whitfield", "One more risk: the finance pilot users haven't been given accounts yet."),
    ],
}


@pytest.fixture(scope="module")
def litware(tmp_path_factory: pytest.TempPathFactory) -> Services:
    return engagement_of_calls(tmp_path_factory.mktemp("litware"), "Litware", LITWARE)


def test_a_new_date_told_in_the_owners_words_slips_their_item_each_time(litware: Services) -> None:
    mapping = _one(_items_of(litware, "Litware"), "mapping document")
    assert mapping.status == "slipped" and mapping.due == date(2026, 11, 27)
    assert [e.note for e in mapping.history if e.event == "slipped"] == [
        "due 2026-11-13 -> 2026-11-20", "due 2026-11-20 -> 2026-11-27"
    ]
    assert not [r for r in litware.facts.list("Litware", kind="risk") if "slip to November 20" in r.text]


def test_yes_to_did_you_and_reports_with_a_later_condition_close_the_items(litware: Services) -> None:
    items = _items_of(litware, "Litware")
    assert _one(items, "tell the finance director").status == "done"
    assert _one(items, "firewall change ticket raised").status == "done"  # "..., but a freeze until November 20"
    assert _one(items, "SSO integration").status == "done"
    assert not [t for t in items if t.startswith("It went live")]
    assert not [d for d in litware.facts.list("Litware", kind="decision") if "mark that complete" in d.text]


def test_a_risk_the_meeting_says_is_removed_is_closed(litware: Services) -> None:
    [vendor] = [r for r in litware.facts.list("Litware", kind="risk") if "payroll vendor" in r.text]
    assert getattr(vendor, "status", None) == "closed"


def test_one_dependency_said_across_turns_and_calls_is_one_blocker_on_the_team_not_a_date(litware: Services) -> None:
    blockers = [b for b in litware.facts.list("Litware", kind="blocker") if isinstance(b, Blocker)]
    assert [(b.waiting_on, b.status) for b in blockers] == [("the Litware network team", "open")]
    assert len(blockers[0].evidence) >= 4


def test_the_sponsor_note_says_what_is_wrong_in_plain_words_and_names_the_open_risks(litware: Services) -> None:
    eid = litware.engagements.get("Litware").id
    note = litware.drafting.status_report(eid, "sponsor", date(2026, 11, 17), record=False).markdown
    summary = note.split("\n\n")[2]
    assert "What is behind it:" in summary and "blocked" in summary
    assert "weigh" not in note and "sentiment" not in note.lower() and "4 or more" not in note
    risks = note.split("**Risks to watch**", 1)[1].split("\n**", 1)[0]
    assert "pilot users haven't been given accounts" in risks
    assert "payroll vendor" not in risks  # closed in the last call
    dashboard = litware.drafting.status_report(eid, "it sponsor", date(2026, 11, 17), record=False).markdown
    assert "| Open risk | Severity | Evidence |" in dashboard


FOURTH = {  # phrasings from a blind audit's engagement (Fourth Coffee), none of them written for these rules
    "2026-11-02 Fourth Coffee weekly.vtt": [
        ("Dana Whitfield", "Lena, all forty scanners configured by the thirteenth. Is that realistic?"),
        ("Lena Okafor", "It's tight, but yes, we'll get them done by the 13th."),
        ("Owen Price", "We'll see. The site survey should tell us. I'll get the survey heatmap over to Raj by end of "
                       "the week."),
        ("Dana Whitfield", "Marcus, I need six super-user names from the floor by next Tuesday."),
        ("Marcus Hale", "Yeah, I can do that."),
        ("Dana Whitfield", "Tom, first-shift picker training. Can we aim for the 20th?"),
        ("Tom Becker", "The 20th works. I'll run it that Friday morning before the shift."),
    ],
    "2026-11-09 Fourth Coffee weekly.vtt": [
        ("Raj Patel", "Owen's not on today, but he sent me the heatmap Thursday, it's all good."),
        ("Raj Patel", "I'll have the putaway flow tested end to end by the 19th."),
    ],
    "2026-11-16 Fourth Coffee weekly.vtt": [
        ("Dana Whitfield", "Lena, scanners. They were due Friday."),
        ("Lena Okafor", "We're at 31 of 40. We missed Friday, I'll be honest. Two units needed reimaging. I need "
                        "till Wednesday the 18th."),
        ("Dana Whitfield", "Okay, Wednesday the 18th. Marcus, the super-user names were due last Tuesday."),
        ("Marcus Hale", "Ugh, completely slipped my mind. Friday, I promise."),
        ("Tom Becker", "Training on the 20th, I'm going to need another week. Without working scanners there's "
                       "nothing to train on. Call it the 27th."),
        ("Dana Whitfield", "I'll circulate the cutover checklist by Friday, so everyone knows who does what."),
        ("Dana Whitfield", "Raj, putaway testing obviously won't happen by Thursday. When?"),
        ("Raj Patel", "Put me down for the 25th, and that's assuming Contoso move this week."),
    ],
    "2026-11-23 Fourth Coffee weekly.vtt": [
        ("Raj Patel", "And Lena's crew finished the last of the scanners on Tuesday, all forty are live."),
        ("Dana Whitfield", "Training, Marcus, how did the pickers take it?"),
        ("Marcus Hale", "Tom ran both sessions Friday, went really well."),
        ("Dana Whitfield", "Okay. I'll own one of mine: I still owe everyone the cutover checklist. We went live "
                           "without it, which, yes, I know. I'll have the final version out tomorrow."),
        ("Dana Whitfield", "Gloria's not joining again. Of course she did."),
    ],
}


@pytest.fixture(scope="module")
def fourth(tmp_path_factory: pytest.TempPathFactory) -> Services:
    return engagement_of_calls(tmp_path_factory.mktemp("fourth"), "Fourth Coffee", FOURTH)


def test_new_dates_given_in_reply_to_the_pm_slip_the_owners_items(fourth: Services) -> None:
    items = _items_of(fourth, "Fourth Coffee")
    names = _one(items, "super-user names")
    assert names.status == "slipped" and names.due == date(2026, 11, 20)
    checklist = _one(items, "cutover checklist")
    assert checklist.status == "slipped" and checklist.due == date(2026, 11, 24)
    assert not [f for f in items.values() if f.owner == "Dana Whitfield" and "18th" in f.text]
    putaway = _one(items, "putaway flow")  # "Put me down for the 25th, and that's assuming ...": up to the comma
    assert putaway.status == "slipped" and putaway.due == date(2026, 11, 25)


def test_work_reported_by_someone_else_or_in_a_short_reply_closes_the_owners_item(fourth: Services) -> None:
    items = _items_of(fourth, "Fourth Coffee")
    scanners = _one(items, "done by the 13th")
    assert scanners.owner == "Lena Okafor" and scanners.status == "done"
    assert [e.note for e in scanners.history if e.event == "slipped"] == ["due 2026-11-13 -> 2026-11-18"]
    assert _one(items, "survey heatmap").status == "done"  # "he sent me the heatmap Thursday"
    training = _one(items, "run it that Friday")
    assert training.status == "done" and training.due == date(2026, 11, 27)
    assert not [t for t in items if t.startswith(("Of course", "Tom ran", "Lena's crew"))]


def test_facts_as_of_a_past_day_show_the_engagement_as_it_stood_then(litware: Services) -> None:
    then = {f.text: f for f in litware.facts.list("Litware", as_of=date(2026, 11, 10))}
    mapping = next(f for t, f in then.items() if "mapping document" in t)
    assert (getattr(mapping, "status", None), getattr(mapping, "due", None)) == ("slipped", date(2026, 11, 20))
    assert all(e.meeting_id <= "20261110" for e in mapping.evidence)
    vendor = next(f for t, f in then.items() if "payroll vendor" in t)
    assert getattr(vendor, "status", None) == "open"  # closed only on 16 Nov
    assert not [t for t in then if "pilot users" in t]  # first said on 16 Nov
    now = {f.text: f for f in litware.facts.list("Litware")}
    assert getattr(next(f for t, f in now.items() if "payroll vendor" in t), "status", None) == "closed"
