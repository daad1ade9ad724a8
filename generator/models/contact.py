"""How people reach a team or service: channels, opening hours and postal address."""

from __future__ import annotations

from enum import Enum
from urllib.parse import urlsplit

from pydantic import Field, model_validator

from generator.models.base import FixableError, StrictModel, Text


class ChannelType(str, Enum):
    """Ways to get in touch. Only `phone` and `in_person` need the person to speak and hear."""

    phone = "phone"
    text_relay = "text_relay"
    sms = "sms"
    email = "email"
    post = "post"
    video_relay = "video_relay"
    web_form = "web_form"
    in_person = "in_person"

    @property
    def label(self) -> str:
        return CHANNEL_LABELS[self]

    @property
    def is_voice(self) -> bool:
        return self in (ChannelType.phone, ChannelType.in_person)


CHANNEL_LABELS = {
    ChannelType.phone: "Phone",
    ChannelType.text_relay: "Text Relay",
    ChannelType.sms: "Text message (SMS)",
    ChannelType.email: "Email",
    ChannelType.post: "Post",
    ChannelType.video_relay: "British Sign Language video relay",
    ChannelType.web_form: "Online form",
    ChannelType.in_person: "In person",
}


class Channel(StrictModel):
    """One way to reach the team, for example a phone number or an email address."""

    type: ChannelType = Field(examples=["phone"])
    """The kind of channel: phone, text_relay, sms, email, post, video_relay, web_form or in_person."""
    value: Text = Field(examples=["0113 496 0000"])
    """The number, address or web address people use."""
    notes: Text | None = Field(default=None, examples=["Leave a message and we will call you back."])
    """Anything people should know about this channel."""

    @property
    def href(self) -> str | None:
        """A link that opens the right app, where there is one."""
        digits = "".join(c for c in self.value if c.isdigit() or c == "+")
        if self.type in (ChannelType.phone, ChannelType.text_relay):
            return f"tel:{digits}"
        if self.type == ChannelType.sms:
            return f"sms:{digits}"
        if self.type == ChannelType.email:
            return f"mailto:{self.value}"
        if self.type in (ChannelType.web_form, ChannelType.video_relay) and self.value.startswith("http"):
            return self.value
        return None

    @property
    def link_text(self) -> str:
        """What a link to this channel says: the number or address, or where a web address goes."""
        if self.value.startswith("http"):
            return f"{self.type.label} on {urlsplit(self.value).netloc}"
        return self.value


class OpeningHours(StrictModel):
    """When a channel is answered."""

    days: Text = Field(examples=["Monday to Friday"])
    """The days, in words."""
    hours: Text = Field(examples=["9am to 5pm"])
    """The times, in words, for example 9am to 5pm."""


class Contact(StrictModel):
    """A named team with several ways to reach it."""

    name: Text = Field(examples=["Personal Health Budgets Team"])
    """Who people are contacting."""
    description: Text | None = Field(default=None, examples=["We answer your questions about personal health budgets."])
    """One or two sentences about what this team does for people."""
    channels: list[Channel] = Field(min_length=1)
    """Every way to reach the team. Give at least one that is not voice (email, SMS, Text Relay or post)."""
    opening_hours: list[OpeningHours] = Field(default_factory=list)
    """When the team answers. Leave out only for services without set hours."""
    out_of_hours: Text | None = Field(default=None, examples=["If you need help urgently, call NHS 111."])
    """What to do when the team is closed."""
    communication_support: Text | None = Field(
        default=None, examples=["We will record your communication needs so we get it right each time."]
    )
    """What the team does for people who need support to communicate, for example an interpreter. Shown only if given."""

    @model_validator(mode="after")
    def _no_duplicate_channels(self) -> Contact:
        seen = set()
        for channel in self.channels:
            key = (channel.type, channel.value)
            if key in seen:
                raise FixableError(f"the {channel.type.value} channel {channel.value!r} is listed twice", "delete one of them")
            seen.add(key)
        return self
