"""Other formats of each offer: open data that validates, Open Referral UK that validates, linked with true sizes."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

from conftest import REPO, SampleProject
from jsonschema import Draft202012Validator

from generator.formats.open_referral import open_referral_json
from generator.load.sources import read_offer

OPEN_REFERRAL_SERVICE = REPO / "vendor/open-referral-uk/schema/compiled/service.json"


def validator(schema_file: Path) -> Draft202012Validator:
    schema = json.loads(schema_file.read_text())
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_offer_data_matches_the_published_schema_and_has_no_staff_data(built_minimal: SampleProject) -> None:
    site = built_minimal.site("public")
    data = json.loads((site / "offers/minimal/minimal-offer.json").read_text())
    assert data["$schema"] == "../../offer.schema.json"
    errors = list(validator(site / "offer.schema.json").iter_errors({k: v for k, v in data.items() if k != "$schema"}))
    assert errors == []
    assert "staff" not in data
    staff = json.loads((built_minimal.site("staff") / "offers/minimal/minimal-offer.json").read_text())
    assert "CANARY-STAFF-OFFER-NOTES" in json.dumps(staff)


def test_support_directory_exports_as_valid_open_referral_uk(built_examples: Path) -> None:
    check = validator(OPEN_REFERRAL_SERVICE)
    for offer in ("westshire", "norwich"):
        page = json.loads((built_examples / f"public/offers/{offer}/{offer}-open-referral-uk.json").read_text())
        assert page["total_items"] == len(page["contents"]) > 0
        for service in page["contents"]:
            assert [e.message for e in check.iter_errors(service)] == [], service["name"]


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
