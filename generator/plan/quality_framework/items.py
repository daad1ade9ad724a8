"""The Quality Framework items, each with where it comes from and the function that reads an offer for it."""

from __future__ import annotations

from generator.models import Offer, ServiceType
from generator.plan.quality_framework import decision_evidence, evidence
from generator.plan.quality_framework.evidence import Item, Result

OPERATIONAL = "operational standard"
FRAMEWORK_SERVICES = [ServiceType.information_and_advice, ServiceType.advocacy, ServiceType.direct_payment_support,
                      ServiceType.brokerage, ServiceType.peer_support]
"""The support services Step 1 operational standard 4 names."""

ITEMS: list[Item] = [
    Item("offer-published", "Local offer published, with its period and approval", "Step 1", f"{OPERATIONAL} 1", True,
         "approved", evidence.offer_published),
    Item("local-policy", "Local personal health budget policy available", "Step 1", f"{OPERATIONAL} 1", True,
         "documents", evidence.local_policy),
    Item("three-options", "Information on the three ways to manage the money", "Step 1", f"{OPERATIONAL} 2", True,
         "options", evidence.three_options),
    Item("accessible-formats", "Information in accessible formats", "Step 1", f"{OPERATIONAL} 2", True,
         "formats_on_request", evidence.accessible_formats),
    Item("single-point-of-contact", "Single point of contact, with channels and hours", "Step 1", f"{OPERATIONAL} 3", True,
         "contact", evidence.single_point_of_contact),
    Item("out-of-hours", "What to do when the team is closed", "Step 1", f"{OPERATIONAL} 3", False,
         "contact.out_of_hours", evidence.out_of_hours),
    *(Item(f"service-{kind.slug}", f"Support service: {kind.label.lower()}", "Step 1", f"{OPERATIONAL} 4", True,
           "support_services", evidence.services(kind)) for kind in FRAMEWORK_SERVICES),
    Item("how-a-budget-can-be-used", "What a budget can and cannot pay for", "Step 1", f"{OPERATIONAL} 5", True,
         "spending", evidence.how_a_budget_can_be_used),
    Item("commissioned-services", "What carries on through commissioned services", "Step 1", f"{OPERATIONAL} 5", True,
         "spending.still_provided", evidence.commissioned_services),
    Item("kept-up-to-date", "Information kept up to date, with an owner and review dates", "Step 1", f"{OPERATIONAL} 6", True,
         "review_due", evidence.kept_up_to_date),
    Item("right-to-have", "The four groups with a legal right to have a budget", "Step 1", "strategic standard 1", True,
         "right_to_have", evidence.right_to_have),
    Item("local-groups", "Further local groups offered budgets, with dates", "Step 1", "strategic standard 1", True,
         "local_groups", evidence.local_groups),
    Item("action-plan", "Action plan with milestones", "Step 1", "strategic standard 1", True,
         "action_plan.milestones", evidence.action_plan),
    Item("yearly-targets", "Yearly targets for the number of budgets", "Step 1", "strategic standard 1", False,
         "action_plan.targets", evidence.yearly_targets),
    Item("co-produced", "Written with people with lived experience", "Role of ICBs", "enablers: co-production", False,
         "co_produced_with", evidence.co_produced),
    Item("case-examples", "Stories of people with a budget", "Step 1", "case study design features", False,
         "case_studies", evidence.case_examples),
    Item("assessment-information", "How, where and when needs are assessed", "Step 2", f"{OPERATIONAL}s 3 and 4", True,
         "steps.understanding_needs", evidence.assessment),
    Item("employer-support", "Help to employ personal assistants", "Step 5", f"{OPERATIONAL} 2", False,
         "support_services", evidence.services(ServiceType.personal_assistant_recruitment, ServiceType.payroll)),
    Item("training", "Training for budget holders and their personal assistants", "Step 5", f"{OPERATIONAL} 4", False,
         "support_services", evidence.services(ServiceType.training)),
    Item("review-information", "Information about reviews and when they happen", "Step 6", f"{OPERATIONAL} 3", True,
         "steps.monitoring_and_review.timescale", evidence.review_information),
    Item("step-timescales", "How long each step takes", "Enabler 1", "timely communication and response", False,
         "steps", evidence.step_timescales),
    Item("decision-maker", "Who decides", "Enabler 4", "transparency: named decision maker", True,
         "decisions.decision_maker", decision_evidence.decision_maker),
    Item("escalation", "When a panel decides instead", "Enabler 4", "clear escalation process", False,
         "decisions.panel", decision_evidence.escalation),
    Item("response-times", "How long decisions take", "Enabler 4", "transparency: response times", True,
         "decisions.response_times", decision_evidence.response_times),
    Item("how-decisions-are-sent", "How decisions are sent", "Enabler 4", "transparency: how decisions are communicated", True,
         "decisions.how_decisions_are_sent", decision_evidence.decisions_sent),
    Item("information-considered", "What information is considered", "Enabler 4", "transparency: information considered", True,
         "decisions.information_considered", decision_evidence.information_considered),
    Item("reasons", "Reasons and other options when the answer is no", "Enabler 4", "transparency: rationale for decisions", True,
         "decisions.if_the_answer_is_no", decision_evidence.reasons),
    Item("appeals", "How to appeal, and by when", "Enabler 4", "transparency: appeals", True,
         "decisions.appeals", decision_evidence.appeals),
    Item("complaints", "How to complain, up to the Ombudsman", "Enabler 4", "transparency: formal complaints", True,
         "decisions.complaints", decision_evidence.complaints),
]


def assess(offer: Offer) -> list[Result]:
    """Every item, checked against what the public site shows of the offer."""
    public = offer.for_public()
    return [Result(item, item.check(public)) for item in ITEMS]
