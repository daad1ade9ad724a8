"""What a person meets on the way to a budget: who can have one, the three ways, spending and the six steps."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from pydantic import Field

from generator.models.base import RichText, StrictModel, Text


class RightToHaveGroup(str, Enum):
    """The groups of people that have a legal right to have a personal health budget in England."""

    continuing_healthcare = "continuing_healthcare"
    children_continuing_care = "children_continuing_care"
    section_117_aftercare = "section_117_aftercare"
    wheelchair = "wheelchair"

    @property
    def label(self) -> str:
        return RIGHT_TO_HAVE_LABELS[self]


RIGHT_TO_HAVE_LABELS = {
    RightToHaveGroup.continuing_healthcare: "Adults who are eligible for NHS Continuing Healthcare",
    RightToHaveGroup.children_continuing_care: "Children and young people who are eligible for continuing care",
    RightToHaveGroup.section_117_aftercare: "People who are eligible for aftercare under section 117 of the Mental Health Act",
    RightToHaveGroup.wheelchair: "People who are eligible for an NHS wheelchair (a personal wheelchair budget)",
}


class RightToHave(StrictModel):
    """A group with a legal right to have a budget, and what that means here."""

    group: RightToHaveGroup = Field(examples=["continuing_healthcare"])
    """One of continuing_healthcare, children_continuing_care, section_117_aftercare or wheelchair."""
    local_detail: RichText | None = Field(
        default=None, examples=["Your CHC nurse assessor will talk to you about it at your first meeting."]
    )
    """How people in this group get a budget in this area."""


class LocalGroup(StrictModel):
    """A further group of people this area offers budgets to, beyond the legal right to have one."""

    name: Text = Field(examples=["Adults with a learning disability who are leaving hospital"])
    """Who the group is, in plain words."""
    available_from: dt.date | None = Field(default=None, examples=["2026-04-01"])
    """The date people in this group could first ask for a budget (YYYY-MM-DD). Leave out if the offer does not say."""
    description: RichText | None = Field(default=None, examples=["It can help you move home and settle in."])
    """What the budget can be used for and how to ask."""


class BudgetOption(StrictModel):
    """One of the three ways to manage the money, as it works in this area."""

    local_detail: RichText | None = Field(
        default=None, examples=["With a notional budget, the NHS holds the money for you. You still know how much it is."]
    )
    """What this way means here, in plain words."""
    responsibilities: list[Text] = Field(
        default_factory=list,
        examples=[[
            "Spend the money only on what is in your agreed plan.",
            "Tell us if your health or your needs change.",
        ]],
    )
    """What the person (or their representative) is responsible for."""
    support: list[Text] = Field(
        default_factory=list,
        examples=[[
            "Free help from a direct payment support service near you.",
            "Help to find, hire and train personal assistants.",
        ]],
    )
    """The help people can have with this way."""
    suits: list[Text] = Field(
        default_factory=list,
        examples=[[
            "People who want the most choice and control.",
            "People trying a personal health budget for the first time.",
        ]],
    )
    """Who this way tends to suit."""


OPTION_MEANINGS = {
    "notional": "Across England, a notional budget means the NHS holds the money. It arranges the care and support you agree.",
    "third_party": "Across England, a third party budget means an organisation that is not the NHS holds the money for you. "
                   "It pays for the care and support you agree.",
    "direct_payment": "Across England, a direct payment means the NHS pays the money to you, or to someone you choose. "
                      "You use it to buy the care and support you agree.",
}
"""What each way means everywhere in England: national wording, true whatever an offer says."""


class BudgetOptions(StrictModel):
    """The three ways to manage the money. Each one left out is shown with its national meaning only."""

    notional: BudgetOption = Field(default_factory=BudgetOption)
    """The NHS holds the money and arranges the agreed care."""
    third_party: BudgetOption = Field(default_factory=BudgetOption)
    """An organisation independent of the person and the NHS holds the money and arranges care with them."""
    direct_payment: BudgetOption = Field(default_factory=BudgetOption)
    """The money is paid to the person or their representative to buy the agreed care."""
    mixing: RichText | None = Field(default=None, examples=["You do not have to pick just one way. You can mix them."])
    """How people can combine the ways, for example part direct payment and part notional."""


class SpendingItem(StrictModel):
    """Something a budget can or cannot pay for."""

    item: Text = Field(examples=["A personal assistant to help you get out and about"])
    """The thing, in plain words."""
    detail: Text | None = Field(
        default=None, examples=["For example, physiotherapy or talking therapy from a registered therapist."]
    )
    """Any condition or explanation."""


class SpendingRules(StrictModel):
    """What a budget can and cannot pay for in this area."""

    introduction: RichText | None = Field(
        default=None, examples=["You can spend your budget on anything in your agreed care and support plan."]
    )
    """A few sentences on how spending is agreed."""
    can: list[SpendingItem] = Field(min_length=1)
    """Examples of what a budget can pay for, when it is in the agreed plan."""
    cannot: list[SpendingItem] = Field(min_length=1)
    """What a budget can never pay for here."""
    still_provided: list[Text] = Field(
        default_factory=list,
        examples=[[
            "Your GP, practice nurse and other GP surgery services",
            "Dentists, opticians and pharmacies",
        ]],
    )
    """NHS services that carry on as usual and are not part of the budget, for example your GP."""


class Step(StrictModel):
    """One of the six steps to a budget, with what a person can expect locally."""

    local_detail: RichText | None = Field(
        default=None, examples=["You do not need a letter from a doctor. A family member can contact us for you."]
    )
    """What happens at this step here, and who does it."""
    timescale: Text | None = Field(default=None, examples=["Within 10 working days of your first contact"])
    """How long this step usually takes."""
    you_can_expect: list[Text] = Field(
        default_factory=list,
        examples=[[
            "You will get information in the format you need.",
            "You can have a free independent advocate.",
        ]],
    )
    """Promises to the person at this step, written as 'You will ...' or 'You can ...'."""


STEP_TITLES = {
    "making_contact": "Making contact and getting clear information",
    "understanding_needs": "Understanding your health and wellbeing needs",
    "working_out_the_money": "Working out the amount of money",
    "making_a_plan": "Making your personalised care and support plan",
    "organising_care": "Organising your care and support",
    "monitoring_and_review": "Checking how it is going (monitoring and review)",
}


STEP_MEANINGS = {
    "making_contact": "Across England, this is when you find out about personal health budgets and who to talk to.",
    "understanding_needs": "Across England, this is when you and the NHS talk about your health and what matters to you.",
    "working_out_the_money": "Across England, this is when the NHS works out how much money is needed for your care.",
    "making_a_plan": "Across England, this is when you write a plan that says how the money will meet your needs.",
    "organising_care": "Across England, this is when the care and support in your plan is set up.",
    "monitoring_and_review": "Across England, this is when the NHS checks with you that your plan is working.",
}
"""What each step is everywhere in England, from the NHS England Personal Health Budget Quality Framework."""


class Steps(StrictModel):
    """The six steps of the NHS England Personal Health Budget Quality Framework, in order. A step left out has no local detail."""

    making_contact: Step = Field(default_factory=Step)
    """Step 1: where to go, who to contact and clear information about the options."""
    understanding_needs: Step = Field(default_factory=Step)
    """Step 2: how needs are assessed, where and when."""
    working_out_the_money: Step = Field(default_factory=Step)
    """Step 3: how the amount is worked out, contingency and budget reviews."""
    making_a_plan: Step = Field(default_factory=Step)
    """Step 4: writing the personalised care and support plan."""
    organising_care: Step = Field(default_factory=Step)
    """Step 5: putting the plan into action, and help with employer duties."""
    monitoring_and_review: Step = Field(default_factory=Step)
    """Step 6: reviews, usually within 3 months and then at least once a year."""

    def in_order(self) -> list[tuple[str, str, Step]]:
        """(key, title, step) for the six steps, in the framework's order."""
        return [(key, title, getattr(self, key)) for key, title in STEP_TITLES.items()]
