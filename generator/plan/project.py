"""A project loaded and checked as a whole, including what only the planned sites can show.

Links between pages are checked against the staff site's plan, which holds every page,
so this lives in plan/ and not in load/.
"""

from __future__ import annotations

from generator.errors import InvalidInput, Problem
from generator.load.project import Layout, Project, read_project
from generator.load.statement import StatementOptions
from generator.models import Audience
from generator.plan.links import LinkingPage, broken_links
from generator.plan.offer_pages import OFFERS_FOLDER
from generator.plan.site import plan_site


def load_project(layout: Layout, statement: StatementOptions | None = None) -> Project:
    """Read and validate every offer and page, and the statement's settings; raise InvalidInput listing every problem found."""
    project, problems = read_project(layout, statement)
    problems += _broken_links(project)
    if problems:
        raise InvalidInput(problems)
    return project


def _broken_links(project: Project) -> list[Problem]:
    staff_plan = plan_site(project, Audience.staff, [])
    known = {page.src_uri: page.audience for page in project.pages} | project.invalid_pages
    known.update({plan.src_uri: plan.audience for plan in staff_plan.generated})
    content_dir = project.layout.content_dir
    assets = {p.relative_to(content_dir).as_posix() for p in content_dir.rglob("*") if p.is_file() and p.suffix != ".md"}
    assets.update(staff_plan.pictures)
    linked: list[LinkingPage] = [*project.pages, *project.easy_read_pages]
    unknown = tuple(f"{OFFERS_FOLDER}/{offer_id}/" for offer_id in project.invalid_offer_ids)
    return [problem for page in linked for problem in broken_links(page, known, assets, unknown)]
