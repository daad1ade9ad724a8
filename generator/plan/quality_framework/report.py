"""An offer's Quality Framework coverage, with where to add each missing item, as lines or JSON."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.errors import Severity
from generator.load.project import Project
from generator.models import Offer
from generator.plan.quality_framework.evidence import Result, Status
from generator.plan.quality_framework.items import assess


@dataclass(frozen=True)
class OfferCoverage:
    """One offer's results, with the line of its file where each missing item goes."""

    path: str
    offer: Offer
    results: list[Result]
    positions: dict[str, tuple[int, int]]

    def missing_required(self) -> list[Result]:
        return [r for r in self.results if r.status is Status.missing]


def project_coverage(project: Project) -> list[OfferCoverage]:
    """The coverage of every offer in the project, in file order."""
    coverages = []
    for source in project.offers:
        results = assess(source.offer)
        positions = {r.item.id: source.source.nearest_key_position(r.item.field.split("."))
                     for r in results if r.status is not Status.met}
        coverages.append(OfferCoverage(source.path, source.offer, results, positions))
    return coverages


def report_lines(coverage: OfferCoverage, severity: Severity) -> list[str]:
    """The report for one offer as terminal lines: a heading, one or two lines per item, a summary."""
    lines = [f"{coverage.offer.title} ({coverage.path})"]
    for result in coverage.results:
        item = result.item
        lines.append(f"  {result.status.value:<9}  {item.id}: {item.title} ({item.source})")
        if result.status is Status.met:
            lines.append(f"             {result.outcome.evidence}")
        else:
            line, column = coverage.positions[item.id]
            level = severity.value if result.status is Status.missing else "suggestion"
            where = f"{coverage.path}:{line}:{column}: {item.field}"
            lines.append(f"             {where}: {level}: {result.outcome.missing} - {result.outcome.fix}")
    met = sum(r.status is Status.met for r in coverage.results)
    suggested = sum(r.status is Status.suggested for r in coverage.results)
    lines.append(f"  {met} of {len(coverage.results)} items covered; {len(coverage.missing_required())} required items missing "
                 f"({severity.value}s); {suggested} suggested items not covered.")
    return lines


def report_data(coverages: list[OfferCoverage], severity: Severity) -> dict[str, Any]:
    """The report for tools: every offer's items with their status, evidence and where to add what is missing."""
    return {
        "quality_framework": {"missing": severity.value},
        "offers": [
            {
                "id": c.offer.id,
                "title": c.offer.title,
                "path": c.path,
                "missing_required": [r.item.id for r in c.missing_required()],
                "items": [
                    {
                        "id": r.item.id, "title": r.item.title, "step": r.item.step, "standard": r.item.standard,
                        "required": r.item.required, "status": r.status.value, "evidence": r.outcome.evidence,
                        "missing": r.outcome.missing, "fix": r.outcome.fix, "field": r.item.field,
                        "line": c.positions[r.item.id][0] if r.item.id in c.positions else None,
                    }
                    for r in c.results
                ],
            }
            for c in coverages
        ],
    }
