"""Other formats of each offer: open data that validates, Open Referral UK that validates, linked with true sizes."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, SampleProject, make_project
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.formats.open_referral import open_referral_json
from generator.load.sources import read_offer

OPEN_REFERRAL_UK = REPO / "vendor/open-referral-uk/schema"
TABLES = Registry().with_resources(  # the profile's tables name each other by file name ("$ref": "language.json")
    (path.name, Resource.from_contents(json.loads(path.read_text()), default_specification=DRAFT202012))
    for path in OPEN_REFERRAL_UK.glob("*.json")
)


def validator(schema_file: Path) -> Draft202012Validator:
    schema = json.loads(schema_file.read_text())
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER, registry=TABLES)


SERVICE = validator(OPEN_REFERRAL_UK / "compiled/service.json")
PHONE = validator(OPEN_REFERRAL_UK / "phone.json")


def open_referral_problems(page: dict[str, Any]) -> list[str]:
    """Every service against the profile's service schema, and each contact's phones against its phone table."""
    problems = [f"{service['name']}: {error.message}" for service in page["contents"] for error in SERVICE.iter_errors(service)]
    phones = [phone for service in page["contents"] for contact in service["contacts"] for phone in contact.get("phones", [])]
    return problems + [f"{phone['number']}: {error.message}" for phone in phones for error in PHONE.iter_errors(phone)]


def test_the_profile_schemas_catch_a_broken_phone_and_cost() -> None:
    """The phone table reaches the language table through its $ref, and formats such as uuid are checked."""
    page = {"contents": [{"id": str(uuid.uuid4()), "name": "A", "status": "active", "cost_options": [{"id": "x"}],
                          "contacts": [{"id": str(uuid.uuid4()), "phones": [{"id": str(uuid.uuid4()), "number": "1",
                                                                          "languages": [{"id": "y"}]}]}]}]}
    assert open_referral_problems(page) == ["A: 'x' is not a 'uuid'", "1: 'y' is not a 'uuid'"]


@pytest.mark.parametrize("audience", ["public", "staff"])
def test_offer_data_validates_against_the_schema_it_names(built_minimal: SampleProject, audience: str) -> None:
    """The published file as it is, against the schema its `$schema` names on the same site."""
    data_file = built_minimal.site(audience) / "offers/minimal/minimal-offer.json"
    data = json.loads(data_file.read_text())
    schema_file = (data_file.parent / data["$schema"]).resolve()
    assert schema_file == (built_minimal.site(audience) / "offer.schema.json").resolve()
    assert [error.message for error in validator(schema_file).iter_errors(data)] == []


def test_offer_data_has_no_staff_data(built_minimal: SampleProject) -> None:
    data = json.loads((built_minimal.site("public") / "offers/minimal/minimal-offer.json").read_text())
    assert "staff" not in data
    staff = json.loads((built_minimal.site("staff") / "offers/minimal/minimal-offer.json").read_text())
    assert "CANARY-STAFF-OFFER-NOTES" in json.dumps(staff)


def test_support_directory_exports_as_valid_open_referral_uk(built_examples: Path) -> None:
    for offer in ("westshire", "norwich"):
        page = json.loads((built_examples / f"public/offers/{offer}/{offer}-open-referral-uk.json").read_text())
        assert page["total_items"] == len(page["contents"]) > 0
        assert open_referral_problems(page) == []
        assert not any("fees" in service for service in page["contents"])


@pytest.fixture(scope="module")
def full_service_export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """open-referral-full built: its first service says everything Open Referral UK can carry."""
    project = make_project(tmp_path_factory.mktemp("open-referral") / "open-referral-full", "open-referral-full")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("PHB_PRINT_FORMATS", "false")
        result = project.phb("build", "--site", "public")
    assert result.exit_code == 0, result.output
    page: dict[str, Any] = json.loads((project.site("public") / "offers/minimal/minimal-open-referral-uk.json").read_text())
    return page


def test_a_service_that_says_everything_exports_every_part_valid(full_service_export: dict[str, Any]) -> None:
    assert open_referral_problems(full_service_export) == []
    service = full_service_export["contents"][0]
    [contact] = service["contacts"]
    assert [(p["number"], p["type"], p["description"]) for p in contact["phones"]] == [
        ("0113 496 0100", "voice", "Phone. Leave a message and we will call you back."),
        ("18001 0113 496 0100", "textphone", "Text Relay"),
        ("07700 900100", "text", "Text message (SMS)"),
    ]
    places = {entry["location"]["location_type"]: entry["location"] for entry in service["service_at_locations"]}
    assert set(places) == {"physical", "virtual"}  # the postal address is the same building, so it joins it
    visit = places["physical"]
    assert [(a["address_type"], a.get("attention"), a["address_1"], a["city"], a["postal_code"], a["country"])
            for a in visit["addresses"]] == [
        ("physical", None, "Riverside House, 12 Mill Lane", "North Test", "XW1 4PH", "GB"),
        ("postal", "North Test Advice", "Riverside House, 12 Mill Lane", "North Test", "XW1 4PH", "GB"),
    ]
    assert visit["description"] == "Drop in on Tuesdays. No appointment needed."
    assert [a["description"] for a in visit["accessibility"]] == ["Step-free access and an accessible toilet",
                                                                   "Hearing loop at the front desk"]
    assert "accessibility" not in places["virtual"]
    assert [(c["amount"], c["amount_description"]) for c in service["cost_options"]] == [(0, "Free")]
    assert "fees" not in service
    assert [language["name"] for language in service["languages"]] == ["English", "Polish", "British Sign Language"]
    weekly, monthly = service["schedules"]
    assert (weekly["freq"], weekly["byday"], weekly["opens_at"], weekly["closes_at"]) == ("WEEKLY", "MO,TU,WE,TH,FR", "09:30", "17:00")
    assert weekly["description"] == "Monday to Friday, except bank holidays: 9.30am to 5pm"
    assert monthly == {"id": monthly["id"], "service_id": service["id"], "description": "First Saturday of each month: 10am to 1pm"}


def test_a_service_that_says_little_exports_only_what_it_says(full_service_export: dict[str, Any]) -> None:
    """Testshire Advocacy gives one text number and nothing else: no place, cost, language or hours are made up."""
    service = full_service_export["contents"][1]
    assert {"cost_options", "languages", "schedules", "fees", "url"}.isdisjoint(service)
    [entry] = service["service_at_locations"]
    assert entry["location"] == {"id": entry["location_id"], "location_type": "virtual", "name": "Testshire Advocacy"}
    assert [phone["type"] for phone in service["contacts"][0]["phones"]] == ["text"]


def test_open_referral_ids_stay_the_same_from_build_to_build() -> None:
    offer = read_offer(REPO / "offers/westshire.yaml", "offers/westshire.yaml").offer.for_public()
    first, second = open_referral_json(offer), open_referral_json(offer)
    assert first == second
    ids = [service["id"] for service in json.loads(first)["contents"]]
    assert len(set(ids)) == len(ids) and all(uuid.UUID(i).version == 5 for i in ids)


def test_offer_home_links_each_format_with_its_true_size(built_minimal: SampleProject) -> None:
    site = built_minimal.site("public")
    home = (site / "offers/minimal/index.html").read_text()
    links = re.findall(r'<a href="([^"]+\.json)">[^<(]+\(JSON, (\d+) KB\)</a>', home)
    assert {href for href, _ in links} == {"minimal-offer.json", "minimal-open-referral-uk.json"}
    for href, size in links:
        assert int(size) == max(1, round((site / "offers/minimal" / href).stat().st_size / 1024))
    assert "<li>Easy Read</li>" in home and "<li>Large print</li>" in home  # the offer's formats_on_request
    assert "British Sign Language" not in home and "<li>Braille</li>" not in home  # never a format it does not list
