"""What counts as evidence for the Quality Framework's transparency about decisions (Enabler 4).

An offer may say nothing about decisions; then every item here is missing, with the line to add.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.models import Offer
from generator.models.decisions import Decisions
from generator.plan.quality_framework.evidence import Outcome, brief, listed, outcome

NO_DECISIONS = "no decisions section"


def _given(field: str, fix: str) -> Callable[[Callable[[Decisions], Outcome]], Callable[[Offer], Outcome]]:
    """Read the offer's decisions with `check`, or say the whole section is missing and how to add `field`."""

    def wrap(check: Callable[[Decisions], Outcome]) -> Callable[[Offer], Outcome]:
        def read(offer: Offer) -> Outcome:
            if offer.decisions is None:
                return Outcome("", NO_DECISIONS, f"add decisions: {field}: {fix}")
            return check(offer.decisions)

        read.__doc__ = check.__doc__
        return read

    return wrap


@_given("decision_maker", "with the role that makes decisions")
def decision_maker(decisions: Decisions) -> Outcome:
    panel = f"; panel: {decisions.panel.name}" if decisions.panel else ""
    return Outcome(f"decisions.decision_maker: {brief(decisions.decision_maker, 60)}{panel}")


@_given("panel", "(name, meets, members) and decisions: when_panel_decides:")
def escalation(decisions: Decisions) -> Outcome:
    evidence = f"decisions.panel: {decisions.panel.name}, {decisions.panel.meets}" if decisions.panel else ""
    gaps = [] if decisions.panel else ["panel"]
    gaps += [] if decisions.when_panel_decides else ["rule for which requests go to a panel"]
    return outcome(evidence, gaps, "add decisions: panel: (name, meets, members) and decisions: when_panel_decides:")


@_given("response_times", "with what people wait for and how long it takes at most")
def response_times(decisions: Decisions) -> Outcome:
    times = [f"{t.what} within {t.within}" for t in decisions.response_times]
    return Outcome(f"decisions.response_times: {listed(times, 2)}")


@_given("how_decisions_are_sent", "with how people hear the decision")
def decisions_sent(decisions: Decisions) -> Outcome:
    return Outcome(f"decisions.how_decisions_are_sent: {listed(decisions.how_decisions_are_sent, 2)}")


@_given("information_considered", "with what is looked at to make a decision")
def information_considered(decisions: Decisions) -> Outcome:
    return Outcome(f"decisions.information_considered: {listed(decisions.information_considered, 2)}")


@_given("if_the_answer_is_no", "with what people are told when a request is declined")
def reasons(decisions: Decisions) -> Outcome:
    return Outcome(f"decisions.if_the_answer_is_no: {brief(decisions.if_the_answer_is_no)}")


@_given("appeals", "how: and time_limit:")
def appeals(decisions: Decisions) -> Outcome:
    appeals = decisions.appeals
    evidence = f"decisions.appeals: {brief(appeals.how, 50)}"
    evidence += f"; time_limit: {appeals.time_limit}" if appeals.time_limit else ""
    return outcome(evidence, [] if appeals.time_limit else ["time limit for an appeal"],
                    "add decisions: appeals: time_limit:, for example 'Within 28 days of the date on your decision letter'")


@_given("complaints", "how:, naming the Parliamentary and Health Service Ombudsman")
def complaints(decisions: Decisions) -> Outcome:
    complaints = decisions.complaints
    evidence = f"decisions.complaints: {brief(complaints.how, 50)}"
    names_ombudsman = "ombudsman" in complaints.how.lower()
    return outcome(evidence, [] if names_ombudsman else ["mention of the Parliamentary and Health Service Ombudsman"],
                    "say in decisions: complaints: how: that people can go to the Ombudsman if they are still unhappy")
