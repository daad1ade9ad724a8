"""`phb report coverage` and the staff page: each offer against the PHB Quality Framework."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import Result
from conftest import REPO, TODAY, SampleProject, phb

from generator.commands.workspace import Workspace
from generator.models import Channel, ChannelType, Offer
from generator.plan.quality_framework.evidence import Status
from generator.plan.quality_framework.items import ITEMS, assess

NORWICH_MISSING_REQUIRED = ["local-policy", "accessible-formats", "service-brokerage", "right-to-have"]
NORWICH_SUGGESTED = ["out-of-hours", "co-produced", "employer-support", "training", "step-timescales", "escalation"]


def report(*args: str, config: Path = REPO / "mkdocs.yml") -> Result:
    return phb("report", "coverage", *args, "--config", str(config))


def bundled(offer_id: str) -> Offer:
    return next(s.offer for s in Workspace(REPO / "mkdocs.yml", TODAY).project.offers if s.offer.id == offer_id)


@pytest.fixture(scope="module")
def bundled_json() -> dict:
    result = report("--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def by_status(offer: dict, status: str) -> list[str]:
    return [item["id"] for item in offer["items"] if item["status"] == status]


def test_westshire_covers_every_item(bundled_json: dict) -> None:
    westshire = next(o for o in bundled_json["offers"] if o["id"] == "westshire")
    assert by_status(westshire, "met") == [item.id for item in ITEMS]
    assert westshire["missing_required"] == []


def test_norwich_has_the_gaps_of_a_2016_offer(bundled_json: dict) -> None:
    norwich = next(o for o in bundled_json["offers"] if o["id"] == "norwich")
    assert norwich["missing_required"] == NORWICH_MISSING_REQUIRED
    assert by_status(norwich, "missing") == NORWICH_MISSING_REQUIRED
    assert sorted(by_status(norwich, "suggested")) == sorted(NORWICH_SUGGESTED)


def test_json_gives_each_item_its_standard_evidence_and_where_to_add_it(bundled_json: dict) -> None:
    assert bundled_json["quality_framework"] == {"missing": "warning"}
    norwich = next(o for o in bundled_json["offers"] if o["id"] == "norwich")
    assert norwich["path"] == "offers/norwich.yaml"
    items = {item["id"]: item for item in norwich["items"]}
    formats = items["accessible-formats"]
    assert (formats["step"], formats["standard"], formats["required"]) == ("Step 1", "operational standard 2", True)
    assert formats["evidence"].startswith("formats_on_request: Easy Read, Large print")
    assert formats["missing"] == "no British Sign Language (BSL) on request"
    assert formats["fix"] == "add british_sign_language to formats_on_request:"
    assert formats["line"] == line_of("offers/norwich.yaml", "formats_on_request:")
    assert items["decision-maker"]["evidence"].startswith("decisions.decision_maker: The Personal Health Budgets Lead")
    assert items["decision-maker"]["line"] is None


def line_of(path: str, text: str) -> int:
    return next(n for n, line in enumerate((REPO / path).read_text().splitlines(), 1) if line.startswith(text))


def test_terminal_report_reads_one_offer_at_a_time() -> None:
    result = report()
    assert result.exit_code == 0, result.output
    eastmoor, norwich, westshire = result.output.split("\n\n")
    assert eastmoor.startswith("Personal health budgets in Eastmoor (offers/eastmoor.yaml)\n")
    assert "decision-maker: Who decides" in eastmoor and ": decisions.decision_maker: warning: no decisions section" in eastmoor
    assert norwich.startswith("Personal health budgets in Norwich (offers/norwich.yaml)\n")
    assert "  met        decision-maker: Who decides (Enabler 4, transparency: named decision maker)\n" in norwich
    documents = line_of("offers/norwich.yaml", "documents:")
    assert (f"  missing    local-policy: Local personal health budget policy available (Step 1, operational standard 1)\n"
            f"             offers/norwich.yaml:{documents}:1: documents: warning: no local personal health budget policy "
            "among the documents - add the policy under documents:") in norwich
    assert "suggestion: no advice for when the team is closed" in norwich
    assert norwich.endswith(f"{len(ITEMS) - 10} of {len(ITEMS)} items covered; 4 required items missing (warnings); "
                            "6 suggested items not covered.")
    assert westshire.endswith(f"{len(ITEMS)} of {len(ITEMS)} items covered; 0 required items missing (warnings); "
                              "0 suggested items not covered.\n")


def set_missing(project: SampleProject, value: str) -> None:
    project.config.write_text(project.config.read_text().replace("missing: warning", f"missing: {value}"))


def test_missing_required_items_fail_only_when_set_to_be_errors(sample) -> None:
    project = sample()
    warned = project.phb("report", "coverage")
    assert warned.exit_code == 0, warned.output
    assert ": right_to_have: warning: no entry for children_continuing_care, section_117_aftercare, wheelchair" in warned.output
    set_missing(project, "error")
    failed = project.phb("report", "coverage")
    assert failed.exit_code == 1, failed.output
    assert ": right_to_have: error: no entry for children_continuing_care" in failed.output
    assert "required items missing (errors)" in failed.output


def test_a_misspelt_setting_is_a_clear_error(sample) -> None:
    project = sample()
    set_missing(project, "eror")
    result = project.phb("report", "coverage")
    assert result.exit_code == 2
    line = line_of_file(project.config, "        missing: eror")
    assert result.stderr.splitlines()[0] == (
        f"mkdocs.yml:{line}:1: config: Config value 'plugins': Plugin 'phb' option 'quality_framework': Sub-option 'missing': "
        "Expected one of: ('warning', 'error') but received: 'eror' - correct or remove this setting in mkdocs.yml")


def line_of_file(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if line.startswith(text))


def test_a_voice_only_contact_and_no_ombudsman_are_gaps() -> None:
    offer = bundled("westshire")
    contact = offer.contact.model_copy(update={"channels": [Channel(type=ChannelType.phone, value="0113 496 0100")]})
    complaints = offer.decisions.complaints.model_copy(update={"how": "Write to us."})
    decisions = offer.decisions.model_copy(update={"complaints": complaints})
    results = {r.item.id: r for r in assess(offer.model_copy(update={"contact": contact, "decisions": decisions}))}
    assert results["single-point-of-contact"].status is Status.missing
    assert results["single-point-of-contact"].outcome.missing.startswith("no way in without speaking or hearing")
    assert results["complaints"].outcome.missing == "no mention of the Parliamentary and Health Service Ombudsman"
    assert [r for r in results.values() if r.status is not Status.met] == [results["single-point-of-contact"], results["complaints"]]


def test_stories_without_consent_are_not_evidence() -> None:
    offer = bundled("westshire")
    unconsented = [s.model_copy(update={"consent": s.consent.model_copy(update={"given": False})}) for s in offer.case_studies]
    results = {r.item.id: r for r in assess(offer.model_copy(update={"case_studies": unconsented}))}
    assert results["case-examples"].status is Status.suggested


def test_coverage_page_is_on_the_staff_site_only(built_examples: Path) -> None:
    page = built_examples / "staff/offers/norwich/quality-framework/index.html"
    html = page.read_text()
    assert "<caption" in html and "Quality Framework items for Personal health budgets in Norwich</caption>" in html
    assert '<th scope="row">Local personal health budget policy available</th>' in html
    assert f"{len(ITEMS) - 10} of {len(ITEMS)} items are covered. Required items missing: 4." in html
    assert not (built_examples / "public/offers/norwich/quality-framework").exists()
