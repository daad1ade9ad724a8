"""Typed models of offers and content pages. They import nothing else of ours."""

from generator.models.check_layer import BROWSER_LAYERS, CheckLayer
from generator.models.contact import Channel, ChannelType, Contact, OpeningHours
from generator.models.directory import ALL_AREAS, CaseStudy, ServiceType, SupportService
from generator.models.easy_read import EasyReadMeta, EasyReadPoint, OfferEasyRead, PictureCatalogue
from generator.models.journey import OPTION_MEANINGS, STEP_MEANINGS, STEP_TITLES, RightToHaveGroup
from generator.models.offer import Offer, StaffData
from generator.models.page import Audience, PageMeta, Upkeep
from generator.models.statement import IssueKind, KnownIssue, StatementSettings

__all__ = [
    "ALL_AREAS",
    "BROWSER_LAYERS",
    "OPTION_MEANINGS",
    "STEP_MEANINGS",
    "STEP_TITLES",
    "Audience",
    "CaseStudy",
    "Channel",
    "ChannelType",
    "CheckLayer",
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
    "ServiceType",
    "StaffData",
    "StatementSettings",
    "SupportService",
    "Upkeep",
]
