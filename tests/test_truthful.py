"""Only identity and a way in are required, and an absent fact is never filled in on any page."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from conftest import ERROR_LINE, REPO, SampleProject, make_project

from generator.models import Offer
from generator.plan.quality_framework.items import assess

THIN = REPO / "offers" / "eastmoor.yaml"

TEMPLATE_DEFAULTS = [
    "You can also mix", "mix them", "It depends on your needs", "Not started", "Not set", "braille", "Braille",
    "British Sign Language", "BSL", "audio", "Audio", "we will record", "We will record", "We will send",
    "we will talk it through", "your local NHS", "This offer covers", "Page last reviewed", "Next review due",
    "Page owner", "Opening hours", "How decisions are made", "action plan", "Policies and documents",
    "They can help you plan it",
]
"""Claims the templates used to make when an offer said nothing: none may appear on a thin offer's pages."""


def thin_offer() -> dict:
    return yaml.safe_load(THIN.read_text())


def as_trust(offer: dict) -> dict:
    """The thin offer published by a trust, to show the organisation type comes only from the offer."""
    return {**offer, "id": "eastmoor-trust", "organisation": {"name": "Eastmoor Community Health NHS Trust", "type": "trust"}}


@pytest.fixture(scope="module")
def thin_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The public site of a project holding the thin offer and a trust's copy of it, built for real."""
    project = make_project(tmp_path_factory.mktemp("thin") / "project")
    shutil.copy(THIN, project.root / "offers" / "eastmoor.yaml")
    (project.root / "offers" / "eastmoor-trust.yaml").write_text(yaml.safe_dump(as_trust(thin_offer()), sort_keys=False))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PHB_PRINT_FORMATS", "false")
        result = project.phb("build", "--site", "public")
    assert result.exit_code == 0, result.output
    return project.site("public")


def page_texts(site: Path, offer_id: str) -> dict[str, str]:
    folder = site / "offers" / offer_id
    return {str(page.relative_to(folder)): re.sub(r"\s+", " ", page.read_text()) for page in folder.rglob("*.html")}


@pytest.mark.parametrize("offer_id", ["eastmoor", "eastmoor-trust"])
def test_no_template_default_appears_on_a_thin_offers_pages(thin_site: Path, offer_id: str) -> None:
    pages = page_texts(thin_site, offer_id)
    assert len(pages) > 10
    found = {(page, phrase) for page, text in pages.items() for phrase in TEMPLATE_DEFAULTS if phrase in text}
    assert found == set()


def test_the_organisation_type_comes_only_from_the_offer(thin_site: Path) -> None:
    icb = page_texts(thin_site, "eastmoor")
    trust = page_texts(thin_site, "eastmoor-trust")
    assert "Published by NHS Eastmoor Integrated Care Board, an integrated care board (ICB)." in icb["index.html"]
    assert all("integrated care board" not in text.lower() and "ICB" not in text for text in trust.values())
    assert "Published by Eastmoor Community Health NHS Trust, an NHS trust." in trust["contact/index.html"]


def test_absent_sections_have_no_page_and_no_link(thin_site: Path) -> None:
    folder = thin_site / "offers" / "eastmoor"
    for section in ("decisions", "action-plan", "documents", "stories"):
        assert not (folder / section).exists(), section
    home = (folder / "index.html").read_text()
    assert 'href="decisions/"' not in home and 'href="action-plan/"' not in home and 'href="documents/"' not in home


def test_gaps_say_ask_the_team_and_national_facts_say_they_are_national(thin_site: Path) -> None:
    pages = page_texts(thin_site, "eastmoor")
    assert pages["steps/index.html"].count('<a href="../contact/">Ask the team how long this takes</a>') == 6
    assert "Ask the team what happens at this step in Eastmoor" in pages["steps/3-working-out-the-money/index.html"]
    assert "Across England, a direct payment means" in pages["ways-to-manage/direct-payment/index.html"]
    assert "Ask the team how this works in Eastmoor" in pages["ways-to-manage/direct-payment/index.html"]
    assert "Across England, the law gives some people a right" in pages["who-can-have-one/index.html"]
    assert "section 117 of the Mental Health Act" in pages["who-can-have-one/index.html"]  # the national list
    assert "<li>Children and young people with complex health needs</li>" in pages["who-can-have-one/index.html"]
    assert "Ask us for another format" in pages["index.html"] and "Ask us for another format" in pages["contact/index.html"]


def test_the_thin_offer_gaps_are_listed_for_staff() -> None:
    offer = Offer.model_validate(thin_offer())
    missing = {r.item.id: r.outcome for r in assess(offer) if r.outcome.missing}
    for item in ("offer-published", "three-options", "accessible-formats", "kept-up-to-date", "action-plan",
                 "decision-maker", "appeals", "complaints", "local-groups", "assessment-information", "step-timescales"):
        assert missing[item].fix.startswith(("add", "say")), item
    assert missing["decision-maker"].missing == "no decisions section"
    assert missing["local-groups"].evidence.startswith("local_groups: Adults with a long-term health")
    assert "available_from" in missing["local-groups"].fix


def write_offer(project: SampleProject, offer: dict) -> None:
    """The offer beside valid-minimal's own, so the project's other pages stay as they are."""
    (project.root / "offers" / "eastmoor.yaml").write_text(yaml.safe_dump(offer, sort_keys=False))


def test_an_offer_with_only_identity_and_a_way_in_is_valid(sample) -> None:
    project = sample()
    write_offer(project, thin_offer())
    result = project.phb("validate")
    assert result.exit_code == 0, result.output
    assert "AIS-REVIEW-DATE: warning: the offer gives no review date" in result.output


def test_a_phone_without_opening_hours_is_a_warning_not_an_error(sample) -> None:
    project = sample()
    offer = thin_offer()
    offer["contact"] = {**offer["contact"], "channels": [*offer["contact"]["channels"], {"type": "phone", "value": "01632 960123"}]}
    write_offer(project, offer)
    result = project.phb("validate")
    assert result.exit_code == 0, result.output
    assert "AIS-CONTACT-CHANNEL: warning: the offer's contact has a phone or in-person channel but no opening hours" in result.output


@pytest.mark.parametrize(("remove", "field"), [
    (("organisation", "type"), "organisation.type"),
    (("organisation", "name"), "organisation.name"),
    (("area",), "area"),
    (("contact", "channels"), "contact.channels"),
])
def test_identity_and_a_way_in_are_required(sample, remove: tuple[str, ...], field: str) -> None:
    project = sample()
    offer = thin_offer()
    parent = offer
    for key in remove[:-1]:
        parent[key] = dict(parent[key])
        parent = parent[key]
    del parent[remove[-1]]
    write_offer(project, offer)
    result = project.phb("validate")
    assert result.exit_code == 2
    problems = [line for line in result.output.splitlines() if ERROR_LINE.match(line)]
    assert len(problems) == 1 and f": {field}: is required but missing - add it" in problems[0], result.output


def test_no_contact_channel_is_refused(sample) -> None:
    project = sample()
    offer = thin_offer()
    offer["contact"] = {**offer["contact"], "channels": []}
    write_offer(project, offer)
    result = project.phb("validate")
    assert result.exit_code == 2
    assert re.search(r"^offers/eastmoor\.yaml:\d+:\d+: contact\.channels: .+ - .+$", result.output, re.MULTILINE), result.output
