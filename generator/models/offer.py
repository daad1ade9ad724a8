"""A local personal health budget offer: everything one area publishes, plus its staff-only notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from enum import Enum
from typing import Any

from pydantic import ConfigDict, Field, field_validator, model_validator

from generator.models.base import HttpUrl, Inconsistency, RichText, Slug, StrictModel, Text, date_after
from generator.models.contact import Contact
from generator.models.decisions import Decisions
from generator.models.directory import ALL_AREAS, ActionPlan, CaseStudy, Document, SupportService
from generator.models.easy_read import OfferEasyRead
from generator.models.journey import BudgetOptions, LocalGroup, RightToHave, SpendingRules, Steps


class OrganisationType(str, Enum):
    """What kind of organisation publishes the offer; pages name it only from here."""

    icb = "icb"
    place = "place"
    ccg = "ccg"
    trust = "trust"
    council = "council"

    @property
    def described(self) -> str:
        """What kind of organisation it is, in words that follow its name: 'an NHS trust'."""
        return ORGANISATION_DESCRIPTIONS[self]


ORGANISATION_DESCRIPTIONS = {
    OrganisationType.icb: "an integrated care board (ICB)",
    OrganisationType.place: "a place within an integrated care board (ICB)",
    OrganisationType.ccg: "a clinical commissioning group (CCG)",
    OrganisationType.trust: "an NHS trust",
    OrganisationType.council: "a council",
}


class Organisation(StrictModel):
    """The NHS organisation that publishes the offer."""

    name: Text = Field(examples=["NHS Westshire Integrated Care Board"])
    """Its full name."""
    short_name: Text | None = Field(default=None, examples=["Westshire ICB"])
    """A shorter name used in sentences."""
    type: OrganisationType = Field(examples=["icb"])
    """icb (integrated care board), place (one place within an ICB), ccg (clinical commissioning group), trust or council."""
    website: HttpUrl | None = None
    """The organisation's main website."""


class Area(StrictModel):
    """The area the offer covers."""

    name: Text = Field(examples=["Westshire"])
    """The name people know the area by."""
    places: list[Text] = Field(
        default_factory=list, examples=[["Ashford Vale", "Brackenbury", "Coldharbour", "Dunmere"]]
    )
    """Towns, boroughs or places within the area, used to filter the support directory."""
    local_authorities: list[Text] = Field(
        default_factory=list, examples=[["Westshire County Council", "Dunmere City Council"]]
    )
    """The councils the area works with."""


class Period(StrictModel):
    """The years the offer covers."""

    start: dt.date = Field(examples=["2026-04-01"])
    """First day the offer applies (YYYY-MM-DD)."""
    end: dt.date = Field(examples=["2029-03-31"])
    """Last day the offer applies (YYYY-MM-DD)."""

    _end_after_start = field_validator("end")(date_after("start"))


class Format(str, Enum):
    """Formats people can ask for."""

    easy_read = "easy_read"
    large_print = "large_print"
    braille = "braille"
    audio = "audio"
    british_sign_language = "british_sign_language"
    other_languages = "other_languages"
    paper_copy = "paper_copy"

    @property
    def label(self) -> str:
        return FORMAT_LABELS[self]


FORMAT_LABELS = {
    Format.easy_read: "Easy Read",
    Format.large_print: "Large print",
    Format.braille: "Braille",
    Format.audio: "Audio",
    Format.british_sign_language: "British Sign Language (BSL)",
    Format.other_languages: "Other languages",
    Format.paper_copy: "A paper copy by post",
}


class StaffProcess(StrictModel):
    """An internal process for staff."""

    title: Text = Field(examples=["Booking a language interpreter for a review meeting"])
    """What the process is for."""
    detail: RichText = Field(
        examples=["Ask which language the person uses. Then book the interpreter through the team booking system."]
    )
    """How it works, step by step."""


class StaffData(StrictModel):
    """Material for NHS staff only. None of it ever reaches the public site."""

    notes: RichText | None = Field(
        default=None, examples=["What staff need to know about this offer that the public site must not show."]
    )
    """Notes for staff about this offer."""
    processes: list[StaffProcess] = Field(default_factory=list)
    """Internal processes, for example referral to panel or budget setting."""
    contacts: list[Contact] = Field(default_factory=list)
    """Internal contacts, for example the panel administrator."""
    unpublished_case_studies: list[CaseStudy] = Field(default_factory=list)
    """Case studies for staff learning that are not for publication."""


SCHEMA_KEY = "$schema"
"""Where a JSON document names its JSON Schema: each offer's open data names offer.schema.json."""


def _allow_schema_key(schema: dict[str, Any]) -> None:
    schema["properties"] = {
        SCHEMA_KEY: {"type": "string", "title": "Schema", "examples": ["../../offer.schema.json"],
                     "description": "The address of this JSON Schema. The offer's open data names it; offer files may leave it out."},
        **schema["properties"],
    }


class Offer(StrictModel):
    """One local offer: a whole ICB, or one place within an ICB."""

    model_config = ConfigDict(**StrictModel.model_config, json_schema_extra=_allow_schema_key)

    id: Slug
    """A short name for the offer used in web addresses, for example westshire. Must be unique."""
    title: Text = Field(examples=["Personal health budgets in Westshire"])
    """The offer's title, shown as the heading of its home page."""
    organisation: Organisation
    """Who publishes the offer."""
    area: Area
    """The area it covers."""
    period: Period | None = None
    """The years it covers. Leave out if the offer does not say."""
    summary: RichText | None = Field(
        default=None, examples=["A personal health budget (PHB) is an amount of NHS money for your care and support."]
    )
    """A short plain-English summary for the offer's home page."""
    owner: Text | None = Field(default=None, examples=["Personal Health Budgets Lead, Westshire ICB"])
    """The role responsible for keeping the offer correct."""
    last_reviewed: dt.date | None = Field(default=None, examples=["2026-10-15"])
    """When the offer was last checked (YYYY-MM-DD). Leave out if the offer does not say."""
    review_due: dt.date | None = Field(default=None, examples=["2027-04-15"])
    """When it must next be checked (YYYY-MM-DD). Leave out if the offer does not say."""
    approved: Text | None = Field(default=None, examples=["Agreed by the ICB Board on 12 March 2026"])
    """Who approved the offer and when."""
    co_produced_with: list[Text] = Field(
        default_factory=list, examples=[["Westshire Carers Forum", "Coldharbour Young People's Health Panel"]]
    )
    """Groups of people with lived experience who helped write the offer."""
    easy_read: OfferEasyRead | None = None
    """The Easy Read version of the offer's main sections: short points, each with a picture."""
    checks: dict[str, Text] = Field(
        default_factory=dict, examples=[{"AIS-READING-AGE": "legal wording required by the regulations"}]
    )
    """Checks switched off for this offer's pages, each with the reason, for example {AIS-READING-AGE: legal wording}."""
    contact: Contact
    """The single point of contact for personal health budgets."""
    right_to_have: list[RightToHave] = Field(default_factory=list)
    """The groups with a legal right to have a budget, with local detail. Leave out to show only the national list."""
    local_groups: list[LocalGroup] = Field(default_factory=list)
    """Further groups this area offers budgets to, and from when."""
    options: BudgetOptions = Field(default_factory=BudgetOptions)
    """The three ways to manage the money, as they work here. Leave out to show only what they mean nationally."""
    spending: SpendingRules
    """What a budget can and cannot pay for."""
    steps: Steps = Field(default_factory=Steps)
    """The six steps to getting and using a budget, with local detail."""
    decisions: Decisions | None = None
    """How decisions are made, sent, appealed and complained about. Without it the offer has no decisions page."""
    support_services: list[SupportService] = Field(min_length=1)
    """The support services directory."""
    case_studies: list[CaseStudy] = Field(default_factory=list)
    """Stories of people using budgets. Only those with consent given appear on the public site."""
    action_plan: ActionPlan | None = None
    """Milestones and yearly targets. Without it the offer has no action plan page."""
    formats_on_request: list[Format] = Field(
        default_factory=list, examples=[["easy_read", "large_print", "british_sign_language"]]
    )
    """The formats people can ask for. Only these are named on the pages."""
    documents: list[Document] = Field(default_factory=list)
    """The local policy and other documents. Without any the offer has no documents page."""
    staff: StaffData | None = None
    """Staff-only material. Never published on the public site."""

    _review_due_after_last_reviewed = field_validator("review_due")(date_after("last_reviewed"))

    @model_validator(mode="before")
    @classmethod
    def _without_schema_key(cls, data: Any) -> Any:
        """The schema allows `$schema`, so an offer file that names its schema is not refused; it holds no offer data."""
        return {key: value for key, value in data.items() if key != SCHEMA_KEY} if isinstance(data, dict) else data

    def inconsistencies(self) -> Iterator[Inconsistency]:
        """Checks across fields: ids used once, and services only in places the offer covers."""
        for field in ("support_services", "case_studies"):
            seen: set[str] = set()
            for index, item in enumerate(getattr(self, field)):
                if item.id in seen:
                    yield Inconsistency((field, index, "id"), f"the id {item.id!r} is used more than once",
                                        "give each entry its own id; it becomes part of a web address")
                seen.add(item.id)
        known = {*self.area.places, ALL_AREAS}
        for index, service in enumerate(self.support_services):
            for position, place in enumerate(service.areas):
                if self.area.places and place not in known:
                    yield Inconsistency(("support_services", index, "areas", position),
                                        f"{place!r} is not one of the places in area.places",
                                        f"use one of: {', '.join(sorted(known))}; or add it to area.places")

    def public_case_studies(self) -> list[CaseStudy]:
        return [c for c in self.case_studies if c.consent.given]

    def for_public(self) -> Offer:
        """The offer with every staff-only part removed: staff data and unconsented case studies."""
        return self.model_copy(update={"staff": None, "case_studies": self.public_case_studies()})
