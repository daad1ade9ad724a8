"""The offer as JSON: every field the site's audience may see, valid against offers/offer.schema.json as it is (`$schema` too)."""

from __future__ import annotations

import json

from generator.models import Offer
from generator.models.offer import SCHEMA_KEY
from generator.plan.offer_pages import OFFERS_FOLDER

OFFER_SCHEMA_FILE = "offer.schema.json"
"""At the root of each site, so an offer's data at offers/ID/ID-offer.json names it as ../../offer.schema.json."""

def offer_json(offer: Offer) -> bytes:
    """Sorted and indented, so the same offer always gives the same bytes."""
    depth = OFFERS_FOLDER.count("/") + 2
    data = {SCHEMA_KEY: "../" * depth + OFFER_SCHEMA_FILE, **offer.model_dump(mode="json", exclude_none=True)}
    return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")
