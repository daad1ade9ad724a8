"""The support services directory as Open Referral UK (HSDS 3.0, UK profile) JSON.

Local directories and the NHS can load it as it is. The document is a page of services
in the standard's list shape; each service is a full service object (organization,
contacts, schedules, service areas, a location carrying its accessibility features,
and its types of help as taxonomy terms). Ids are UUIDs made from the offer and service
ids, so they stay the same from one build to the next.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from generator.models import Offer
from generator.models.directory import SupportService

NAMESPACE = uuid.UUID("5b0d7d5e-4c52-4d4b-9a0e-6b1f0c2f7a11")
"""Fixed, so that the same offer and service always get the same ids."""
TAXONOMY = "phb-support-type"


def open_referral_json(offer: Offer) -> bytes:
    services = [_service(offer, service) for service in offer.support_services]
    page = {
        "total_items": len(services),
        "total_pages": 1,
        "page_number": 1,
        "size": len(services),
        "first_page": True,
        "last_page": True,
        "empty": not services,
        "contents": services,
    }
    return (json.dumps(page, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _id(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def _service(offer: Offer, service: SupportService) -> dict[str, Any]:
    service_id = _id(offer.id, service.id)
    email = next((c.value for c in service.contact.channels if c.type.value == "email"), None)
    data: dict[str, Any] = {
        "id": service_id,
        "organization_id": _id(offer.id, service.id, "organization"),
        "name": service.name,
        "description": service.description,
        "status": "active",
        "organization": {
            "id": _id(offer.id, service.id, "organization"),
            "name": service.name,
            "description": service.description,
        },
        "contacts": [{"id": _id(offer.id, service.id, "contact"), "service_id": service_id, "name": service.contact.name}],
        "schedules": [
            {"id": _id(offer.id, service.id, "schedule", str(index)), "service_id": service_id,
             "description": f"{hours.days}: {hours.hours}"}
            for index, hours in enumerate(service.contact.opening_hours)
        ],
        "service_areas": [
            {"id": _id(offer.id, service.id, "area", area), "service_id": service_id, "name": area}
            for area in service.areas
        ],
        "service_at_locations": [_virtual_location(offer, service, service_id)],
        "attributes": [
            {
                "id": _id(offer.id, service.id, "type", kind.value),
                "link_id": service_id,
                "link_type": "service",
                "taxonomy_term_id": _id(TAXONOMY, kind.value),
                "taxonomy_term": {"id": _id(TAXONOMY, kind.value), "name": kind.label,
                                  "description": f"Personal health budget support: {kind.label.lower()}",
                                  "taxonomy": TAXONOMY, "term": kind.value},
            }
            for kind in service.types
        ],
    }
    if service.website:
        data["url"] = str(service.website)
        data["organization"]["website"] = str(service.website)
    if email:
        data["email"] = email
    if service.cost:
        data["fees"] = service.cost
    return data


def _virtual_location(offer: Offer, service: SupportService, service_id: str) -> dict[str, Any]:
    """Services here are reached by phone, email or online, so their one location is virtual; it carries accessibility."""
    location_id = _id(offer.id, service.id, "location")
    return {
        "id": _id(offer.id, service.id, "service-at-location"),
        "service_id": service_id,
        "location_id": location_id,
        "location": {
            "id": location_id,
            "location_type": "virtual",
            "name": service.name,
            "accessibility": [
                {"id": _id(offer.id, service.id, "accessibility", str(index)), "location_id": location_id, "description": feature}
                for index, feature in enumerate(service.accessibility)
            ],
        },
    }
