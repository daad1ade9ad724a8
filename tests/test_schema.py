"""offers/offer.schema.json is what the models say, so editors and the build agree."""

from __future__ import annotations

import json

from conftest import REPO
from generator.models import Offer
from generator.schema import offer_schema


def test_committed_schema_matches_the_models() -> None:
    committed = json.loads((REPO / "offers" / "offer.schema.json").read_text())
    assert committed == offer_schema(), "run `phb schema` to regenerate offers/offer.schema.json"


def test_schema_forbids_unknown_keys_and_describes_fields() -> None:
    schema = offer_schema()
    assert schema["additionalProperties"] is False
    assert "single point of contact" in schema["properties"]["contact"]["description"]
    assert set(schema["required"]) >= {"id", "contact", "options", "steps", "decisions", "support_services"}
    assert Offer.model_fields["staff"].description


def test_editors_check_offer_files_against_the_schema() -> None:
    """VS Code with the YAML extension underlines wrong fields as people type, and explains each field."""
    settings = json.loads((REPO / ".vscode/settings.json").read_text())
    [(schema, patterns)] = settings["yaml.schemas"].items()
    assert (REPO / schema).resolve() == (REPO / "offers/offer.schema.json").resolve()
    assert "offers/*.yaml" in patterns
