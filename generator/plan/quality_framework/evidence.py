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


def _brief(text: str, limit: int = 70) -> str:
    """The start of some text on one line, cut at a word."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit].rsplit(" ", 1)[0] + "…"


def _listed(values: list[str], limit: int = 3) -> str:
    shown = [_brief(v, 60) for v in values[:limit]]
    return "; ".join(shown) + (f" and {len(values) - limit} more" if len(values) > limit else "")


def _outcome(evidence: str, gaps: list[str], fix: str) -> Outcome:
    return Outcome(evidence, f"no {' and no '.join(gaps)}" if gaps else "", fix if gaps else "")


def _listing(field: str, values: list[str], gap: str, fix: str, limit: int = 3) -> Outcome:
    """Covered when the offer gives at least one value in `field`."""
    return Outcome(f"{field}: {_listed(values, limit)}") if values else Outcome("", f"no {gap}", fix)


# Step 1, operational standards

def offer_published(offer: Offer) -> Outcome:
    evidence = f"period: {offer.period.start} to {offer.period.end}"
    evidence += f"; approved: {_brief(offer.approved)}" if offer.approved else ""
    evidence += f"; organisation.website: {offer.organisation.website}" if offer.organisation.website else ""
    gaps = [gap for gap, given in [("record of who agreed the offer and when", offer.approved),
                                   ("website of the organisation", offer.organisation.website)] if not given]
    return _outcome(evidence, gaps, "add approved: (who agreed the offer, and when) and organisation: website:")


def local_policy(offer: Offer) -> Outcome:
    policies = [d for d in offer.documents if "policy" in f"{d.title} {d.description or ''}".lower()]
    shown = policies or offer.documents
    evidence = f"documents: {_listed([f'{d.title} ({d.format})' for d in shown])}" if shown else ""
    return _outcome(evidence, [] if policies else ["local personal health budget policy among the documents"],
                    "add the policy under documents: with its title (saying 'policy'), url, format and size_kb")


def three_options(offer: Offer) -> Outcome:
    evidence = "options: notional, third_party and direct_payment, each with local_detail, responsibilities, support and suits"
    return Outcome(evidence + ("; mixing" if offer.options.mixing else ""))


ACCESSIBLE_FORMATS = [Format.easy_read, Format.large_print, Format.braille, Format.audio,
                      Format.british_sign_language, Format.other_languages]
"""The alternative formats the Accessible Information Standard names."""


def accessible_formats(offer: Offer) -> Outcome:
    evidence = f"formats_on_request: {', '.join(f.label for f in offer.formats_on_request)}"
    if offer.easy_read:
        evidence += "; easy_read: the main sections in Easy Read"
    lacking = [f for f in ACCESSIBLE_FORMATS if f not in offer.formats_on_request]
    return _outcome(evidence, [f"{', '.join(f.label for f in lacking)} on request"] if lacking else [],
                    f"add {', '.join(f.value for f in lacking)} to formats_on_request:")


def single_point_of_contact(offer: Offer) -> Outcome:
    contact = offer.contact
    evidence = f"contact: {contact.name}; channels: {', '.join(c.type.label for c in contact.channels)}"
    if contact.opening_hours:
        evidence += f"; opening_hours: {_listed([f'{h.days} {h.hours}' for h in contact.opening_hours], 2)}"
    gaps = [gap for gap, given in [("way in without speaking or hearing (email, SMS, Text Relay or post)",
                                    any(not c.type.is_voice for c in contact.channels)),
                                   ("opening hours", contact.opening_hours)] if not given]
    return _outcome(evidence, gaps, "add the channel under contact: channels:, and contact: opening_hours:")


def out_of_hours(offer: Offer) -> Outcome:
    advice = [offer.contact.out_of_hours] if offer.contact.out_of_hours else []
    return _listing("contact.out_of_hours", advice, "advice for when the team is closed",
                    "add contact: out_of_hours: saying what to do when the team is closed, for example call NHS 111")


def services(*kinds: ServiceType) -> Callable[[Offer], Outcome]:
    """Covered when the directory has a service giving any of `kinds`."""

    def check(offer: Offer) -> Outcome:
        names = [s.name for s in offer.support_services if any(kind in s.types for kind in kinds)]
        wanted = " or ".join(kind.label.lower() for kind in kinds)
        return _listing("support_services", names, f"service for {wanted}",
                        f"add a service with types: [{kinds[0].value}] under support_services:")

    return check


def how_a_budget_can_be_used(offer: Offer) -> Outcome:
    spending = offer.spending
    return Outcome(f"spending: {len(spending.can)} things it can pay for, {len(spending.cannot)} it cannot")


def commissioned_services(offer: Offer) -> Outcome:
    return _listing("spending.still_provided", offer.spending.still_provided, "list of NHS services that carry on outside the budget",
                    "add spending: still_provided: with the services that carry on as usual, for example your GP")


def kept_up_to_date(offer: Offer) -> Outcome:
    return Outcome(f"owner: {_brief(offer.owner, 50)}; last_reviewed: {offer.last_reviewed}; review_due: {offer.review_due}")


# Step 1, strategic standard 1: the rollout to people with a right to have, and beyond

def right_to_have(offer: Offer) -> Outcome:
    listed = {entry.group: entry for entry in offer.right_to_have}
    lacking = [group for group in RightToHaveGroup if group not in listed]
    bare = [group for group, entry in listed.items() if not entry.local_detail]
    gaps = [f"entry for {', '.join(g.value for g in lacking)}"] if lacking else []
    gaps += [f"local detail for {', '.join(g.value for g in bare)}"] if bare else []
    return _outcome(f"right_to_have: {', '.join(g.value for g in listed)}", gaps,
                    "list all four groups under right_to_have:, each with local_detail:")


def local_groups(offer: Offer) -> Outcome:
    groups = [f"{_brief(g.name, 40)} (from {g.available_from})" for g in offer.local_groups]
    return _listing("local_groups", groups, "further groups offered budgets",
                    "add local_groups: with each group's name and available_from date", limit=2)


def action_plan(offer: Offer) -> Outcome:
    years = sorted({m.year for m in offer.action_plan.milestones})
    span = years[0] if len(years) == 1 else f"{years[0]} to {years[-1]}"
    return Outcome(f"action_plan.milestones: {len(offer.action_plan.milestones)}, {span}")


def yearly_targets(offer: Offer) -> Outcome:
    targets = [f"{t.year}: {t.minimum_people}" for t in offer.action_plan.targets]
    return _listing("action_plan.targets", targets, "yearly targets",
                    "add action_plan: targets: with the least number of people with a budget each year", limit=5)


def co_produced(offer: Offer) -> Outcome:
    return _listing("co_produced_with", offer.co_produced_with, "group of people with lived experience named as co-producers",
                    "add co_produced_with: with the groups who helped write the offer", limit=2)


def case_examples(offer: Offer) -> Outcome:
    return _listing("case_studies with consent", [s.title for s in offer.public_case_studies()], "story published with consent",
                    "add case_studies: with consent: given: true and the date", limit=2)


# Steps 2, 5 and 6

def assessment(offer: Offer) -> Outcome:
    step = offer.steps.understanding_needs
    evidence = f"steps.understanding_needs: {_brief(step.local_detail, 50)}"
    return Outcome(evidence + (f"; timescale: {step.timescale}" if step.timescale else ""))


def review_information(offer: Offer) -> Outcome:
    timescale = offer.steps.monitoring_and_review.timescale
    return _listing("steps.monitoring_and_review.timescale", [timescale] if timescale else [], "timescale for reviews",
                    "add steps: monitoring_and_review: timescale:, for example 'A first review within 3 months, "
                    "then at least once a year'")


def step_timescales(offer: Offer) -> Outcome:
    steps = offer.steps.in_order()
    given = [key for key, _, step in steps if step.timescale]
    lacking = [key for key, _, step in steps if not step.timescale]
    return _outcome(f"timescale in {len(given)} of 6 steps", [f"timescale for {', '.join(lacking)}"] if lacking else [],
                    "add timescale: to each of those steps, saying how long it usually takes")


# Enabler 4: transparency about decisions

def decision_maker(offer: Offer) -> Outcome:
    decisions = offer.decisions
    panel = f"; panel: {decisions.panel.name}" if decisions.panel else ""
    return Outcome(f"decisions.decision_maker: {_brief(decisions.decision_maker, 60)}{panel}")


def escalation(offer: Offer) -> Outcome:
    decisions = offer.decisions
    evidence = f"decisions.panel: {decisions.panel.name}, {decisions.panel.meets}" if decisions.panel else ""
    gaps = [] if decisions.panel else ["panel"]
    gaps += [] if decisions.when_panel_decides else ["rule for which requests go to a panel"]
    return _outcome(evidence, gaps, "add decisions: panel: (name, meets, members) and decisions: when_panel_decides:")


def response_times(offer: Offer) -> Outcome:
    times = [f"{t.what} within {t.within}" for t in offer.decisions.response_times]
    return Outcome(f"decisions.response_times: {_listed(times, 2)}")


def decisions_sent(offer: Offer) -> Outcome:
    return Outcome(f"decisions.how_decisions_are_sent: {_listed(offer.decisions.how_decisions_are_sent, 2)}")


def information_considered(offer: Offer) -> Outcome:
    return Outcome(f"decisions.information_considered: {_listed(offer.decisions.information_considered, 2)}")


def reasons(offer: Offer) -> Outcome:
    return Outcome(f"decisions.if_the_answer_is_no: {_brief(offer.decisions.if_the_answer_is_no)}")


def appeals(offer: Offer) -> Outcome:
    appeals = offer.decisions.appeals
    evidence = f"decisions.appeals: {_brief(appeals.how, 50)}"
    evidence += f"; time_limit: {appeals.time_limit}" if appeals.time_limit else ""
    return _outcome(evidence, [] if appeals.time_limit else ["time limit for an appeal"],
                    "add decisions: appeals: time_limit:, for example 'Within 28 days of the date on your decision letter'")


def complaints(offer: Offer) -> Outcome:
    complaints = offer.decisions.complaints
    evidence = f"decisions.complaints: {_brief(complaints.how, 50)}"
    names_ombudsman = "ombudsman" in complaints.how.lower()
    return _outcome(evidence, [] if names_ombudsman else ["mention of the Parliamentary and Health Service Ombudsman"],
                    "say in decisions: complaints: how: that people can go to the Ombudsman if they are still unhappy")
