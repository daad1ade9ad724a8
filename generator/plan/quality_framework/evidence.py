"""What counts as evidence for each Quality Framework item: small functions that read an offer.

Each returns an Outcome: the evidence found, or what is missing and how to add it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from generator.models import Offer, RightToHaveGroup, ServiceType
from generator.models.offer import Format


@dataclass(frozen=True)
class Outcome:
    """What an offer says for one item, and what it lacks."""

    evidence: str
    """The fields that say it, briefly, for example 'documents: Westshire policy (PDF)'."""
    missing: str = ""
    """What is not there; empty when the item is covered."""
    fix: str = ""
    """What to add to the offer file."""


@dataclass(frozen=True)
class Item:
    """One thing the Quality Framework expects a local offer to show."""

    id: str
    title: str
    step: str
    """The part of the framework, for example 'Step 1' or 'Enabler 4'."""
    standard: str
    """The standard within it, for example 'operational standard 3'."""
    required: bool
    field: str
    """Where in the offer file it goes, as a dotted path, for example 'contact.out_of_hours'."""
    check: Callable[[Offer], Outcome]

    @property
    def source(self) -> str:
        return f"{self.step}, {self.standard}"


class Status(str, Enum):
    met = "met"
    missing = "missing"
    """A required item the offer does not cover."""
    suggested = "suggested"
    """A suggested item the offer does not cover."""

    @property
    def label(self) -> str:
        return {Status.met: "Covered", Status.missing: "Missing", Status.suggested: "Not covered (suggested)"}[self]


@dataclass(frozen=True)
class Result:
    item: Item
    outcome: Outcome

    @property
    def status(self) -> Status:
        if not self.outcome.missing:
            return Status.met
        return Status.missing if self.item.required else Status.suggested


def brief(text: str, limit: int = 70) -> str:
    """The start of some text on one line, cut at a word."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit].rsplit(" ", 1)[0] + "…"


def listed(values: list[str], limit: int = 3) -> str:
    shown = [brief(v, 60) for v in values[:limit]]
    return "; ".join(shown) + (f" and {len(values) - limit} more" if len(values) > limit else "")


def outcome(evidence: str, gaps: list[str], fix: str) -> Outcome:
    return Outcome(evidence, f"no {' and no '.join(gaps)}" if gaps else "", fix if gaps else "")


def listing(field: str, values: list[str], gap: str, fix: str, limit: int = 3) -> Outcome:
    """Covered when the offer gives at least one value in `field`."""
    return Outcome(f"{field}: {listed(values, limit)}") if values else Outcome("", f"no {gap}", fix)


# Step 1, operational standards

def offer_published(offer: Offer) -> Outcome:
    period = offer.period
    evidence = "; ".join(part for part in [
        f"period: {period.start} to {period.end}" if period else "",
        f"approved: {brief(offer.approved)}" if offer.approved else "",
        f"organisation.website: {offer.organisation.website}" if offer.organisation.website else ""] if part)
    gaps = [gap for gap, given in [("period (the dates the offer covers)", period),
                                   ("record of who agreed the offer and when", offer.approved),
                                   ("website of the organisation", offer.organisation.website)] if not given]
    return outcome(evidence, gaps, "add period: (start and end), approved: (who agreed the offer, and when) "
                                   "and organisation: website:")


def local_policy(offer: Offer) -> Outcome:
    policies = [d for d in offer.documents if "policy" in f"{d.title} {d.description or ''}".lower()]
    shown = policies or offer.documents
    evidence = f"documents: {listed([f'{d.title} ({d.format})' for d in shown])}" if shown else ""
    return outcome(evidence, [] if policies else ["local personal health budget policy among the documents"],
                    "add the policy under documents: with its title (saying 'policy'), url, format and size_kb")


OPTION_DETAILS = ("local_detail", "responsibilities", "support", "suits")


def three_options(offer: Offer) -> Outcome:
    """The pages always explain the three ways nationally; the item asks for what each means here."""
    ways = {key: getattr(offer.options, key) for key in ("notional", "third_party", "direct_payment")}
    lacking = [f"{key}.{detail}" for key, way in ways.items() for detail in OPTION_DETAILS if not getattr(way, detail)]
    described = [key for key, way in ways.items() if any(getattr(way, detail) for detail in OPTION_DETAILS)]
    evidence = f"options: local detail for {', '.join(described)}" if described else ""
    evidence += ("; " if evidence else "") + "options.mixing" if offer.options.mixing else ""
    return outcome(evidence, [f"{listed(lacking, 4)} under options"] if lacking else [],
                   "add each way's local_detail:, responsibilities:, support: and suits: under options:")


ACCESSIBLE_FORMATS = [Format.easy_read, Format.large_print, Format.braille, Format.audio,
                      Format.british_sign_language, Format.other_languages]
"""The alternative formats the Accessible Information Standard names."""


def accessible_formats(offer: Offer) -> Outcome:
    evidence = f"formats_on_request: {', '.join(f.label for f in offer.formats_on_request)}" if offer.formats_on_request else ""
    if offer.easy_read:
        evidence += "; easy_read: the main sections in Easy Read"
    lacking = [f for f in ACCESSIBLE_FORMATS if f not in offer.formats_on_request]
    return outcome(evidence, [f"{', '.join(f.label for f in lacking)} on request"] if lacking else [],
                    f"add {', '.join(f.value for f in lacking)} to formats_on_request:")


def single_point_of_contact(offer: Offer) -> Outcome:
    contact = offer.contact
    evidence = f"contact: {contact.name}; channels: {', '.join(c.type.label for c in contact.channels)}"
    if contact.opening_hours:
        evidence += f"; opening_hours: {listed([f'{h.days} {h.hours}' for h in contact.opening_hours], 2)}"
    gaps = [gap for gap, given in [("way in without speaking or hearing (email, SMS, Text Relay or post)",
                                    any(not c.type.is_voice for c in contact.channels)),
                                   ("opening hours", contact.opening_hours)] if not given]
    return outcome(evidence, gaps, "add the channel under contact: channels:, and contact: opening_hours:")


def out_of_hours(offer: Offer) -> Outcome:
    advice = [offer.contact.out_of_hours] if offer.contact.out_of_hours else []
    return listing("contact.out_of_hours", advice, "advice for when the team is closed",
                    "add contact: out_of_hours: saying what to do when the team is closed, for example call NHS 111")


def services(*kinds: ServiceType) -> Callable[[Offer], Outcome]:
    """Covered when the directory has a service giving any of `kinds`."""

    def check(offer: Offer) -> Outcome:
        names = [s.name for s in offer.support_services if any(kind in s.types for kind in kinds)]
        wanted = " or ".join(kind.label.lower() for kind in kinds)
        return listing("support_services", names, f"service for {wanted}",
                        f"add a service with types: [{kinds[0].value}] under support_services:")

    return check


def how_a_budget_can_be_used(offer: Offer) -> Outcome:
    spending = offer.spending
    return Outcome(f"spending: {len(spending.can)} things it can pay for, {len(spending.cannot)} it cannot")


def commissioned_services(offer: Offer) -> Outcome:
    return listing("spending.still_provided", offer.spending.still_provided, "list of NHS services that carry on outside the budget",
                    "add spending: still_provided: with the services that carry on as usual, for example your GP")


def kept_up_to_date(offer: Offer) -> Outcome:
    given = {"owner": brief(offer.owner, 50) if offer.owner else None, "last_reviewed": offer.last_reviewed,
             "review_due": offer.review_due}
    evidence = "; ".join(f"{key}: {value}" for key, value in given.items() if value)
    return outcome(evidence, [key for key, value in given.items() if not value],
                   "add owner: (the role that keeps the offer correct), last_reviewed: and review_due: (YYYY-MM-DD)")


# Step 1, strategic standard 1: the rollout to people with a right to have, and beyond

def right_to_have(offer: Offer) -> Outcome:
    listed = {entry.group: entry for entry in offer.right_to_have}
    lacking = [group for group in RightToHaveGroup if group not in listed]
    bare = [group for group, entry in listed.items() if not entry.local_detail]
    gaps = [f"entry for {', '.join(g.value for g in lacking)}"] if lacking else []
    gaps += [f"local detail for {', '.join(g.value for g in bare)}"] if bare else []
    return outcome(f"right_to_have: {', '.join(g.value for g in listed)}", gaps,
                    "list all four groups under right_to_have:, each with local_detail:")


def local_groups(offer: Offer) -> Outcome:
    groups = [f"{brief(g.name, 40)}" + (f" (from {g.available_from})" if g.available_from else "") for g in offer.local_groups]
    undated = [brief(g.name, 40) for g in offer.local_groups if not g.available_from]
    if not groups:
        return Outcome("", "no further groups offered budgets", "add local_groups: with each group's name and available_from date")
    return outcome(f"local_groups: {listed(groups, 2)}", [f"available_from date for {listed(undated, 2)}"] if undated else [],
                   "add available_from: (YYYY-MM-DD) to each of those local_groups, once the team has told you")


def action_plan(offer: Offer) -> Outcome:
    milestones = offer.action_plan.milestones if offer.action_plan else []
    if not milestones:
        return Outcome("", "no action plan milestones", "add action_plan: milestones: with each action, its year and quarter")
    years = sorted({m.year for m in milestones})
    span = years[0] if len(years) == 1 else f"{years[0]} to {years[-1]}"
    return Outcome(f"action_plan.milestones: {len(milestones)}, {span}")


def yearly_targets(offer: Offer) -> Outcome:
    targets = [f"{t.year}: {t.minimum_people}" for t in offer.action_plan.targets] if offer.action_plan else []
    return listing("action_plan.targets", targets, "yearly targets",
                    "add action_plan: targets: with the least number of people with a budget each year", limit=5)


def co_produced(offer: Offer) -> Outcome:
    return listing("co_produced_with", offer.co_produced_with, "group of people with lived experience named as co-producers",
                    "add co_produced_with: with the groups who helped write the offer", limit=2)


def case_examples(offer: Offer) -> Outcome:
    return listing("case_studies with consent", [s.title for s in offer.public_case_studies()], "story published with consent",
                    "add case_studies: with consent: given: true and the date", limit=2)


# Steps 2, 5 and 6

def assessment(offer: Offer) -> Outcome:
    step = offer.steps.understanding_needs
    if not step.local_detail:
        return Outcome(f"steps.understanding_needs.timescale: {step.timescale}" if step.timescale else "",
                       "no local detail on how, where and when needs are assessed",
                       "add steps: understanding_needs: local_detail: saying who assesses needs, where and when")
    evidence = f"steps.understanding_needs: {brief(step.local_detail, 50)}"
    return Outcome(evidence + (f"; timescale: {step.timescale}" if step.timescale else ""))


def review_information(offer: Offer) -> Outcome:
    timescale = offer.steps.monitoring_and_review.timescale
    return listing("steps.monitoring_and_review.timescale", [timescale] if timescale else [], "timescale for reviews",
                    "add steps: monitoring_and_review: timescale:, for example 'A first review within 3 months, "
                    "then at least once a year'")


def step_timescales(offer: Offer) -> Outcome:
    steps = offer.steps.in_order()
    given = [key for key, _, step in steps if step.timescale]
    lacking = [key for key, _, step in steps if not step.timescale]
    return outcome(f"timescale in {len(given)} of 6 steps", [f"timescale for {', '.join(lacking)}"] if lacking else [],
                    "add timescale: to each of those steps, saying how long it usually takes")
