"""The support services directory, case studies, documents and the action plan."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from pydantic import Field, model_validator

from generator.models.base import FinancialYear, FixableError, HttpUrl, RichText, Slug, StrictModel, Text
from generator.models.contact import Contact


class ServiceType(str, Enum):
    """Kinds of support service, following the Quality Framework's list plus common local ones."""

    information_and_advice = "information_and_advice"
    advocacy = "advocacy"
    direct_payment_support = "direct_payment_support"
    brokerage = "brokerage"
    peer_support = "peer_support"
    payroll = "payroll"
    personal_assistant_recruitment = "personal_assistant_recruitment"
    training = "training"
    other = "other"

    @property
    def label(self) -> str:
        return SERVICE_TYPE_LABELS[self]

    @property
    def slug(self) -> str:
        return self.value.replace("_", "-")


SERVICE_TYPE_LABELS = {
    ServiceType.information_and_advice: "Information and advice",
    ServiceType.advocacy: "Independent advocacy",
    ServiceType.direct_payment_support: "Direct payment support",
    ServiceType.brokerage: "Help to plan and arrange support (brokerage)",
    ServiceType.peer_support: "Peer support",
    ServiceType.payroll: "Payroll services",
    ServiceType.personal_assistant_recruitment: "Finding a personal assistant",
    ServiceType.training: "Training for budget holders",
    ServiceType.other: "Other support",
}


ALL_AREAS = "All areas"


class SupportService(StrictModel):
    """An organisation or service that helps people with their budget."""

    id: Slug
    """A short name used in the web address of the service, for example carers-together."""
    name: Text = Field(examples=["VoiceUp Westshire"])
    """The service's name."""
    types: list[ServiceType] = Field(min_length=1, examples=[["direct_payment_support", "brokerage"]])
    """What kinds of help it gives."""
    description: RichText = Field(
        examples=["A charity run by disabled people. It helps you set up and manage a direct payment."]
    )
    """What the service does for people, in plain words."""
    areas: list[Text] = Field(min_length=1, examples=[["Ashford Vale", "Brackenbury"], ["All areas"]])
    """The places it serves. Use the place names listed under area.places, or 'All areas'."""
    contact: Contact
    """How to reach the service."""
    website: HttpUrl | None = None
    """The service's website."""
    accessibility: list[Text] = Field(
        default_factory=list,
        examples=[[
            "Step-free access and an accessible toilet",
            "Home visits if you cannot travel",
        ]],
    )
    """What the service does to be accessible, for example step-free access or BSL interpreters."""
    languages: list[Text] = Field(default_factory=list, examples=[["English", "Polish", "British Sign Language"]])
    """The languages the service's own staff speak or sign with people. Interpreters on request go under accessibility."""
    cost: Text | None = Field(default=None, examples=["Free"])
    """What it costs the person, if anything."""


class Consent(StrictModel):
    """The person's agreement to share their story."""

    given: bool = Field(examples=[True])
    """True only when the person (or their representative) agreed in writing to publish the story."""
    date: dt.date = Field(examples=["2026-06-12"])
    """The date consent was given or refused (YYYY-MM-DD)."""
    recorded_by: Text | None = Field(default=None, examples=["Care coordinator, NHS Continuing Healthcare team"])
    """The role that recorded consent."""


class CaseStudy(StrictModel):
    """A real story of someone using a budget. Public only with consent."""

    id: Slug
    """A short name used in the web address."""
    title: Text = Field(examples=["Choosing my own care team"])
    """A plain headline, for example 'Getting back to the allotment'."""
    summary: Text = Field(
        examples=["Brian uses a direct payment to employ three personal assistants who help him live at home."]
    )
    """One sentence about the story."""
    story: RichText = Field(
        examples=["\"Now I have a direct payment. I employ three personal assistants. I picked them myself.\""]
    )
    """The story, in the person's own words where possible."""
    budget_option: Text | None = Field(default=None, examples=["Direct payment"])
    """Which way the person manages the money."""
    consent: Consent
    """Whether the person agreed to publish it, and when."""


class Document(StrictModel):
    """A policy or other document people can download."""

    title: Text = Field(examples=["Westshire personal health budget policy"])
    """The document's title."""
    url: HttpUrl
    """Where to download it."""
    format: Text = Field(examples=["PDF"])
    """The file format, for example PDF or Word."""
    size_kb: int | None = Field(default=None, gt=0, examples=[220])
    """The file size in kilobytes, shown beside the link."""
    published: dt.date | None = Field(default=None, examples=["2026-03-20"])
    """When it was published."""
    description: Text | None = Field(
        default=None, examples=["How we make decisions about personal health budgets, and the rules we follow."]
    )
    """What the document is for."""


class Milestone(StrictModel):
    """One action in the action plan."""

    action: Text = Field(examples=["Publish this local offer online, with an Easy Read version"])
    """What will be done."""
    year: FinancialYear
    """The financial year, for example 2026/27."""
    quarter: int = Field(ge=1, le=4, examples=[1])
    """The quarter of that year, 1 (April to June) to 4 (January to March)."""
    lead: Text | None = Field(default=None, examples=["Personal Health Budgets Lead"])
    """The role or team that leads it."""
    status: Text | None = Field(default=None, examples=["Done"])
    """Progress so far."""


class Target(StrictModel):
    """A yearly target for the number of people with a budget."""

    year: FinancialYear
    """The financial year, for example 2026/27."""
    minimum_people: int = Field(ge=0, examples=[3200])
    """The least number of people who will have a budget by the end of that year."""
    note: Text | None = Field(default=None, examples=["Includes personal wheelchair budgets."])
    """Anything that explains the number."""


class ActionPlan(StrictModel):
    """What the area will do, when, and the yearly targets."""

    introduction: RichText | None = Field(
        default=None, examples=["This plan shows what we will do over the next three years."]
    )
    """A few sentences about the plan."""
    milestones: list[Milestone] = Field(default_factory=list)
    """The actions, each with a year and quarter."""
    targets: list[Target] = Field(default_factory=list)
    """Yearly targets for the number of people with a budget."""

    @model_validator(mode="after")
    def _one_target_per_year(self) -> ActionPlan:
        years = [t.year for t in self.targets]
        duplicates = sorted({y for y in years if years.count(y) > 1})
        if duplicates:
            raise FixableError(f"there is more than one target for {', '.join(duplicates)}", "keep one target per year")
        return self
