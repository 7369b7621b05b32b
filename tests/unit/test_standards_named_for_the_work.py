"""The standard that does a piece of work names it: SAML is how single sign-on is set up ("Tariq, the SSO?" asks after
"the SAML config"), SCIM how users are provisioned ("forget SCIM" lets go of "the user provisioning connector")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engines.embedder import MiniLMEmbedder
from assistant.tracking import content_stems
from ingest.extraction.offline import OfflineExtractor
from tests.builders import owned_after

PEOPLE = ["Imogen Hale", "Tariq Mahmood", "Alison Reid"]


def test_saml_and_user_provisioning_share_their_standards_letters() -> None:
    assert "sso" in content_stems("the SAML config")
    assert "scim" in content_stems("the user provisioning connector")
    assert "sso" not in content_stems("the sample config")


@pytest.mark.parametrize(("prompt", "due"), [
    ("Tariq, the SSO?", date(2026, 10, 9)),
    # something else of his
    ("Tariq, the firewall?", date(2026, 9, 30)),
])
def test_a_call_on_the_owner_about_sso_moves_their_saml_config(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, prompt: str, due: date
) -> None:
    week1 = [("Imogen Hale", "Tariq, can you do the SAML config on your side?"),
             ("Tariq Mahmood", "Yeah. Give me till the end of the month."),
             ("Imogen Hale", "And the firewall?"),
             ("Tariq Mahmood", "I'll send you the firewall request form by Friday."), ("Imogen Hale", "Thanks.")]
    week2 = [("Imogen Hale", prompt),
             ("Tariq Mahmood", "It missed the change board. I'll have it configured by Friday the 9th."),
             ("Alison Reid", "Okay.")]
    items = owned_after(minilm_extractor, minilm, PEOPLE, "Tariq Mahmood", date(2026, 9, 22), week1, week2)
    assert [i.due for i in items if "SAML" in f"{i.context} {i.text}"] == [due]


@pytest.mark.parametrize(("choice", "status"), [
    ("Okay, so let's go with the nightly file and forget SCIM.", "dropped"),
    ("Okay, so let's go with the nightly file and forget SFTP.", "open"),
])
def test_forgetting_scim_lets_go_of_the_user_provisioning_connector(
    minilm_extractor: OfflineExtractor, minilm: MiniLMEmbedder, choice: str, status: str
) -> None:
    week1 = [("Imogen Hale", "Tariq, the starters and leavers feed?"),
             ("Tariq Mahmood", "I'll have the user provisioning connector done by the end of October."),
             ("Imogen Hale", "Thanks.")]
    week2 = [("Alison Reid", "The connector's a lot of work for forty starters a year."), ("Imogen Hale", choice),
             ("Tariq Mahmood", "Fine by me.")]
    items = owned_after(minilm_extractor, minilm, PEOPLE, "Tariq Mahmood", date(2026, 10, 6), week1, week2)
    assert [i.status for i in items] == [status]
