"""The JSON Schema for offer files, generated from the models so editors and the build always agree."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.models import Offer

SCHEMA_ID = "https://phb.example.org/schema/offer.schema.json"


def offer_schema() -> dict[str, Any]:
    schema = Offer.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def offer_schema_text() -> str:
    return json.dumps(offer_schema(), indent=2, ensure_ascii=False) + "\n"


def write_offer_schema(path: Path) -> None:
    path.write_text(offer_schema_text(), encoding="utf-8")
