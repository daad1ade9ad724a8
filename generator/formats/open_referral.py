"""The support services directory as Open Referral UK (HSDS 3.0, UK profile) JSON.

Local directories and the NHS can load it as it is. The document is a page of services
in the standard's list shape; each service is a full service object: organization,
contact with its phone numbers, schedules, service areas, locations (where people meet
the service, its postal address, and a virtual one when it is reached by phone, email or
online) with their addresses and accessibility, languages, cost options and its types of
help as taxonomy terms. What the offer does not say is left out, never made up. Ids are
UUIDs made from the offer and service ids, so they stay the same from one build to the next.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

from generator.formats.open_referral_places import locations
from generator.formats.open_referral_words import opening_times, weekdays
from generator.models import Offer
from generator.models.contact import ChannelType
from generator.models.directory import SupportService

NAMESPACE = uuid.UUID("5b0d7d5e-4c52-4d4b-9a0e-6b1f0c2f7a11")
"""Fixed, so that the same offer and service always get the same ids."""
TAXONOMY = "phb-support-type"
PHONE_TYPES = {ChannelType.phone: "voice", ChannelType.text_relay: "textphone", ChannelType.sms: "text"}
"""Channels with a number to ring or text, and HSDS 3.0's word for each kind of phone."""
FREE = {"free", "free."}


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
    def make_id(*parts: str) -> str:
        return _id(offer.id, service.id, *parts)

    service_id = make_id()
    email = next((c.value for c in service.contact.channels if c.type is ChannelType.email), None)
    data: dict[str, Any] = {
        "id": service_id,
        "organization_id": make_id("organization"),
        "name": service.name,
        "description": service.description,
        "status": "active",
        "organization": {"id": make_id("organization"), "name": service.name, "description": service.description},
        "contacts": [_contact(service, service_id, make_id)],
        "schedules": _schedules(service, service_id, make_id),
        "service_areas": [
            {"id": make_id("area", area), "service_id": service_id, "name": area}
            for area in service.areas
        ],
        "service_at_locations": locations(service, service_id, make_id),
        "languages": [
            {"id": make_id("language", str(index)), "service_id": service_id, "name": language}
            for index, language in enumerate(service.languages)
        ],
        "attributes": [
            {
                "id": make_id("type", kind.value),
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
        data["cost_options"] = [_cost(service.cost, service_id, make_id)]
    return {key: value for key, value in data.items() if value != []}


def _contact(service: SupportService, service_id: str, make_id: Callable[..., str]) -> dict[str, Any]:
    """The service's contact, with every number to ring or text; each says what kind it is and what to know."""
    contact_id = make_id("contact")
    phones = [
        {"id": make_id("phone", str(index)), "contact_id": contact_id, "number": channel.value,
         "type": PHONE_TYPES[channel.type],
         "description": f"{channel.type.label}. {channel.notes}" if channel.notes else channel.type.label}
        for index, channel in enumerate(service.contact.channels) if channel.type in PHONE_TYPES
    ]
    contact: dict[str, Any] = {"id": contact_id, "service_id": service_id, "name": service.contact.name}
    return {**contact, "phones": phones} if phones else contact


def _schedules(service: SupportService, service_id: str, make_id: Callable[..., str]) -> list[dict[str, Any]]:
    """Opening hours as weekly schedules; the days and times are given only when the words say them plainly."""
    schedules = []
    for index, hours in enumerate(service.contact.opening_hours):
        schedule: dict[str, Any] = {"id": make_id("schedule", str(index)), "service_id": service_id,
                                    "description": f"{hours.days}: {hours.hours}"}
        days, times = weekdays(hours.days), opening_times(hours.hours)
        if days and times:
            schedule |= {"freq": "WEEKLY", "byday": ",".join(days), "opens_at": times[0], "closes_at": times[1]}
        schedules.append(schedule)
    return schedules


def _cost(cost: str, service_id: str, make_id: Callable[..., str]) -> dict[str, Any]:
    """The cost in the offer's words; an amount only when the offer says it is free."""
    option: dict[str, Any] = {"id": make_id("cost"), "service_id": service_id, "amount_description": cost}
    return {**option, "amount": 0} if cost.strip().lower() in FREE else option
