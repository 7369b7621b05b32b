"""Engagements are isolated, validated and safely deleted; settings come from CANDOR_ variables."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.container import Services
from assistant.errors import AlreadyExists, CandorError, InvalidName, NotFound
from assistant.settings import Settings, TranscriptionSettings


def test_an_engagement_can_be_created_listed_renamed_and_deleted(services: Services) -> None:
    eng = services.engagements.create("Acme Rollout")
    assert [e.name for e in services.engagements.list()] == ["Acme Rollout"]
    renamed = services.engagements.rename("acme rollout", "Acme Rollout 2026")
    assert renamed.id == eng.id and renamed.name == "Acme Rollout 2026"
    services.engagements.delete(eng.id, confirm="Acme Rollout 2026")
    assert services.engagements.list() == []
    assert not (services.repo.root / "engagements" / eng.id).exists()


@pytest.mark.parametrize("bad", ["", "   ", "../secrets", "a/b", "..", "x" * 81, "bell\x07name", "???"])
def test_engagement_names_that_could_escape_or_mean_nothing_are_rejected(services: Services, bad: str) -> None:
    with pytest.raises(InvalidName):
        services.engagements.create(bad)
    assert services.engagements.list() == []


def test_names_that_collide_after_normalisation_are_rejected(services: Services) -> None:
    services.engagements.create("Acme Corp")
    for clash in ("acme corp", "ACME-CORP", "Acme  Corp!", "Ácme Corp"):
        with pytest.raises(AlreadyExists):
            services.engagements.create(clash)
    other = services.engagements.create("Globex")
    with pytest.raises(AlreadyExists):
        services.engagements.rename(other.id, "acme_corp")


def test_deleting_needs_the_name_as_confirmation(services: Services) -> None:
    eng = services.engagements.create("Initech")
    with pytest.raises(CandorError):
        services.engagements.delete(eng.id, confirm="yes")
    assert services.engagements.get("Initech").id == eng.id


def test_an_unknown_engagement_is_a_clear_error_naming_it(services: Services) -> None:
    services.engagements.create("Known One")
    with pytest.raises(NotFound, match=r"unknown engagement 'nope'.*Known One"):
        services.engagements.get("nope")


def test_a_recreated_engagement_does_not_inherit_old_files(services: Services) -> None:
    eng = services.engagements.create("Reuse")
    services.repo.write_doc(eng.id, "comm_plan", {"x": 1})
    services.engagements.delete(eng.id, confirm="Reuse")
    again = services.engagements.create("Reuse")
    assert services.repo.read_doc(again.id, "comm_plan") is None


def test_a_variant_of_a_known_name_updates_that_person_instead_of_adding_one(services: Services) -> None:
    eng = services.engagements.create("Acme").id
    services.people.set(eng, "Priya Shah", role="IT lead")
    services.people.set(eng, "network security team", kind="team")
    for variant, change in (("Priya S.", {"influence": "high"}), ("Priya", {"interest": "low"}), ("P. Shah", {})):
        person = services.people.set(eng, variant, **change)
        assert person.name == "Priya Shah"
    services.people.set(eng, "Network Security", side="customer")
    people = {p.name: p for p in services.people.list(eng)}
    assert sorted(people) == ["Priya Shah", "network security team"]
    priya = people["Priya Shah"]
    assert (priya.role, priya.influence, priya.interest) == ("IT lead", "high", "low")
    assert {"Priya S.", "Priya", "P. Shah"} <= set(priya.aliases)
    assert people["network security team"].side == "customer"


def test_an_ambiguous_variant_lists_the_people_it_could_be_and_changes_nothing(services: Services) -> None:
    eng = services.engagements.create("Acme").id
    services.people.set(eng, "Priya Shah")
    services.people.set(eng, "Priya Sharma")
    before = services.people.list(eng)
    with pytest.raises(CandorError, match=r"'Priya S\.' could be any of 'Priya Shah', 'Priya Sharma'"):
        services.people.set(eng, "Priya S.", role="sponsor")
    assert services.people.list(eng) == before
    assert services.people.set(eng, "Priya Sharma", role="sponsor").name == "Priya Sharma"  # exact wins
    added = services.people.set(eng, "Priya Singh", new=True)
    assert added.name == "Priya Singh" and len(services.people.list(eng)) == 3


def test_setting_a_team_on_the_alias_of_a_person_is_refused_and_the_person_keeps_kind_role_and_attendance(
    services: Services,
) -> None:
    eng = services.engagements.create("Northwind").id
    services.people.set(eng, "Sven Olsen", aliases=["network team"], role="network lead", expected_attendee=True)
    before = services.people.list(eng)
    with pytest.raises(CandorError, match=r"'Network team' is an alias of Sven Olsen, a person; nothing changed") as exc:
        services.people.set(eng, "Network team", kind="team", role="technical team", expected_attendee=False)
    assert '--remove-alias "Network team"' in str(exc.value)
    with pytest.raises(CandorError, match=r"'Sven' would be Sven Olsen, a person; nothing changed. Add --new"):
        services.people.set(eng, "Sven", kind="team")
    assert services.people.list(eng) == before
    # The alias still means Sven for everything else, as the PM recorded it.
    assert services.people.set(eng, "network team", interest="high").name == "Sven Olsen"


def test_after_removing_the_alias_the_team_is_its_own_entity_and_can_be_turned_back_into_a_person(
    services: Services,
) -> None:
    eng = services.engagements.create("Northwind").id
    services.people.set(eng, "Sven Olsen", aliases=["network team", "SO"], role="network lead", expected_attendee=True)
    with pytest.raises(CandorError, match=r"Sven Olsen has no alias 'net team' \(aliases: 'SO', 'network team'\)"):
        services.people.set(eng, "Sven Olsen", remove_aliases=["net team"])
    services.people.set(eng, "Sven Olsen", remove_aliases=["Network Team"])
    team = services.people.set(eng, "Network team", kind="team", role="technical team", expected_attendee=False)
    people = {p.name: p for p in services.people.list(eng)}
    assert sorted(people) == ["Network team", "Sven Olsen"]
    sven = people["Sven Olsen"]
    assert (sven.kind, sven.role, sven.expected_attendee, sven.aliases) == ("person", "network lead", True, ["SO"])
    assert (team.kind, team.role, team.expected_attendee) == ("team", "technical team", False)
    assert services.people.set(eng, "Network team", kind="person").kind == "person"  # its own name: allowed


def test_settings_read_candor_environment_variables(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CANDOR_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.setenv("CANDOR_CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("CANDOR_CHROMA_PORT", "8123")
    monkeypatch.setenv("CANDOR_TRANSCRIPTION__MODEL", "base")
    monkeypatch.setenv("CANDOR_UI_PORT", "8600")
    s = Settings()
    assert s.data_path == (tmp_path / "d").resolve()
    assert (s.chroma.host, s.chroma.port) == ("127.0.0.1", 8123)
    assert s.transcription.model == "base"
    assert s.ui.port == 8600


def test_the_query_adapter_setting_reaches_the_ask_service(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from assistant.container import build_services

    assert build_services(Settings(profile="test", data_dir=tmp_path)).qa.weights.query_adapter is True
    monkeypatch.setenv("CANDOR_RETRIEVAL__QUERY_ADAPTER", "false")
    s = Settings(profile="test", data_dir=tmp_path)
    assert s.retrieval.query_adapter is False
    assert build_services(s).qa.weights.query_adapter is False


def test_a_settings_file_is_read_below_environment_variables(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    cfg = tmp_path / "candor.json"
    cfg.write_text('{"transcription": {"model": "base", "language": "de"}}')
    monkeypatch.setenv("CANDOR_SETTINGS_FILE", str(cfg))
    monkeypatch.setenv("CANDOR_TRANSCRIPTION__LANGUAGE", "en")
    s = Settings()
    assert s.transcription.model == "base"
    assert s.transcription.language == "en"


def test_the_test_profile_needs_no_models_and_no_key() -> None:
    s = Settings(profile="test")
    assert s.transcription.engine == "fake"
    assert s.diarization.engine == "fake"
    assert s.embedding.engine == "hash"
    assert s.llm.enabled is False


def test_every_setting_has_a_description() -> None:
    def walk(model: type) -> list[str]:
        missing = []
        for name, field in model.model_fields.items():  # type: ignore[attr-defined]
            if not field.description and not hasattr(field.annotation, "model_fields"):
                missing.append(name)
            ann = field.annotation
            if isinstance(ann, type) and hasattr(ann, "model_fields"):
                missing += walk(ann)
        return missing

    assert walk(Settings) == []
    assert walk(TranscriptionSettings) == []


def test_an_engagement_id_always_means_that_engagement_even_when_another_name_normalises_to_it(tmp_path) -> None:
    from assistant.storage import Repository

    repo = Repository(tmp_path)
    old = repo.create_engagement("Contoso CRM cutover")
    repo.rename_engagement(old.id, "Contoso old")
    new = repo.create_engagement("Contoso CRM cutover")  # its name normalises to the renamed one's id
    assert new.id != old.id
    assert repo.get_engagement(old.id).name == "Contoso old"
    assert repo.get_engagement("Contoso CRM cutover").id == new.id
    assert sorted(e.name for e in repo.list_engagements()) == ["Contoso CRM cutover", "Contoso old"]
