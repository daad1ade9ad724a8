"""How decisions about budgets are made, sent, appealed and complained about."""

from __future__ import annotations

from pydantic import Field

from generator.models.base import RichText, StrictModel, Text
from generator.models.contact import Contact


class Panel(StrictModel):
    """A panel that agrees budgets and plans."""

    name: Text = Field(examples=["Personal Health Budget Panel"])
    """What the panel is called."""
    meets: Text = Field(examples=["Every Wednesday"])
    """How often it meets."""
    members: list[Text] = Field(
        default_factory=list,
        examples=[[
            "Personal Health Budgets Lead (chair)",
            "Senior nurse for NHS Continuing Healthcare",
        ]],
    )
    """The roles on the panel (not people's names)."""


class ResponseTime(StrictModel):
    """A promise about how quickly something happens."""

    what: Text = Field(examples=["A decision on your support plan"])
    """What the person is waiting for."""
    within: Text = Field(examples=["10 working days"])
    """How long it takes at most."""


class RouteForConcerns(StrictModel):
    """How to challenge a decision or make a complaint."""

    how: RichText = Field(
        examples=["Talk to your care coordinator first. If you still disagree, ask for an appeal."]
    )
    """What to do, step by step."""
    time_limit: Text | None = Field(default=None, examples=["Within 28 days of the decision letter"])
    """Any deadline."""
    contact: Contact | None = None
    """Who to contact, if different from the main team."""


class Decisions(StrictModel):
    """Who decides, how quickly, on what information, and what people can do if they disagree."""

    decision_maker: Text = Field(examples=["The Personal Health Budgets Lead"])
    """The role that makes decisions (a named role, not a person's name)."""
    panel: Panel | None = None
    """The panel, where one is used."""
    when_panel_decides: Text | None = Field(
        default=None, examples=["The panel looks at plans that cost more than the indicative budget."]
    )
    """Which requests go to the panel instead of the decision maker."""
    information_considered: list[Text] = Field(
        min_length=1,
        examples=[[
            "Your care and support plan, and the goals in it",
            "Advice from the health professionals who know you",
        ]],
    )
    """What is looked at to make a decision."""
    response_times: list[ResponseTime] = Field(min_length=1)
    """How long decisions take."""
    how_decisions_are_sent: list[Text] = Field(
        min_length=1,
        examples=[[
            "A letter or email, in the format you asked for",
            "A copy to your advocate, if you agree",
        ]],
    )
    """How people hear the decision, for example a letter in their chosen format."""
    if_the_answer_is_no: RichText = Field(examples=["If we say no to something, we will always tell you why."])
    """What people are told when a request is declined: the reasons and other options."""
    appeals: RouteForConcerns
    """How to ask for a decision to be looked at again."""
    complaints: RouteForConcerns
    """How to make a formal complaint, including the Parliamentary and Health Service Ombudsman."""
