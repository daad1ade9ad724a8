"""`phb report coverage`: each offer against the NHS England PHB Quality Framework."""

from __future__ import annotations

from generator.commands.workspace import Workspace
from generator.errors import Severity
from generator.plan.quality_framework.report import OfferCoverage, project_coverage


def quality_framework_coverage(workspace: Workspace) -> tuple[list[OfferCoverage], Severity]:
    """Every offer's Quality Framework coverage, and whether a missing required item is a warning or an error."""
    return project_coverage(workspace.project), Severity(workspace.options.quality_framework.missing)
