"""Typed models of offers and content pages. They import nothing else of ours."""

from .contact import Channel, ChannelType, Contact, OpeningHours
from .directory import ALL_AREAS, CaseStudy, ServiceType, SupportService
from .easy_read import EasyReadMeta, EasyReadPoint, OfferEasyRead, PictureCatalogue
from .journey import STEP_TITLES, RightToHaveGroup
from .offer import Offer, StaffData
from .page import Audience, PageMeta, Upkeep
from .statement import IssueKind, KnownIssue, StatementSettings

__all__ = [
    "ALL_AREAS",
    "Audience",
    "CaseStudy",
    "Channel",
    "ChannelType",
    "Contact",
    "EasyReadMeta",
    "EasyReadPoint",
    "IssueKind",
    "KnownIssue",
    "Offer",
    "OfferEasyRead",
    "OpeningHours",
    "PageMeta",
    "PictureCatalogue",
    "RightToHaveGroup",
    "STEP_TITLES",
    "ServiceType",
    "StaffData",
    "StatementSettings",
    "SupportService",
    "Upkeep",
]
