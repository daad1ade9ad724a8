"""Where people meet a support service, where to write to it, and how to reach it from anywhere, as Open Referral UK locations.

Each in-person channel is a physical location, each postal address not already one of
those is a postal location, and a service reached by phone, email or online has one
virtual location. Accessibility belongs to the places people use: the physical
locations, or the virtual one when there are none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.formats.open_referral_words import address
from generator.models.contact import Channel, ChannelType
from generator.models.directory import SupportService

PLACES = (ChannelType.in_person, ChannelType.post)


def locations(service: SupportService, service_id: str, make_id: Callable[..., str]) -> list[dict[str, Any]]:
    names = {service.name, service.contact.name}
    found: list[dict[str, Any]] = []
    for kind in PLACES:  # places people go to first, so a postal address that is one of them joins it
        for index, channel in enumerate(service.contact.channels):
            if channel.type is kind:
                _add_place(found, channel, str(index), make_id, names, service.name)
    if any(channel.type not in PLACES for channel in service.contact.channels) or service.website:
        found.append({"id": make_id("location"), "location_type": "virtual", "name": service.name})
    meeting = [place for place in found if place["location_type"] == "physical"] or found[-1:]
    for place in meeting:
        own = [] if place["location_type"] == "virtual" else [place["id"]]
        features = [{"id": make_id("accessibility", *own, str(index)), "location_id": place["id"], "description": feature}
                    for index, feature in enumerate(service.accessibility)]
        if features:
            place["accessibility"] = features
    ids = {place["id"]: make_id("service-at-location", *([] if place["location_type"] == "virtual" else [place["id"]]))
           for place in found}
    return [{"id": ids[place["id"]], "service_id": service_id, "location_id": place["id"], "location": place}
            for place in found]


def _add_place(found: list[dict[str, Any]], channel: Channel, index: str, make_id: Callable[..., str],
               names: set[str], name: str) -> None:
    """A place from an in-person or postal channel; a postal address of a place already listed joins it."""
    location_id = make_id("location", index)
    kind = "physical" if channel.type is ChannelType.in_person else "postal"
    lines = address(channel.value, names)
    if lines is None:
        description = " ".join(part for part in (channel.value, channel.notes) if part)
        found.append({"id": location_id, "location_type": kind, "name": name, "description": description})
        return
    entry = {"id": make_id("address", index), "location_id": location_id, **lines, "address_type": kind}
    same = next((place for place in found if any(_same_place(a, lines) for a in place.get("addresses", []))), None)
    if same:
        same["addresses"].append({**entry, "location_id": same["id"]})
        return
    place: dict[str, Any] = {"id": location_id, "location_type": kind, "name": name, "addresses": [entry]}
    found.append({**place, "description": channel.notes} if channel.notes else place)


def _same_place(known: dict[str, Any], lines: dict[str, Any]) -> bool:
    return all(known[key] == lines[key] for key in ("address_1", "city", "postal_code"))
