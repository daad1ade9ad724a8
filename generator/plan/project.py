"""A project loaded and checked as a whole, including what only the planned sites can show.

Links between pages are checked against the staff site's plan, which holds every page,
so this lives in plan/ and not in load/. Each page's Markdown is converted once, as the
site converts it, for the link checks and for the page checks the caller adds (the raw
HTML the sanitiser would drop, render/page_markup.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from generator.errors import InvalidInput, Problem
from generator.load.project import Layout, Project, read_project
from generator.load.statement import StatementOptions
from generator.models import Audience
from generator.plan.links import LinkingPage, broken_links
from generator.plan.page_html import Tag, ToHtml, html_tags
from generator.plan.site import plan_site

PageCheck = Callable[[LinkingPage, list[Tag]], Iterable[Problem]]
"""Problems in one page, from its converted HTML's tags."""


def load_project(layout: Layout, statement: StatementOptions | None = None, *, to_html: ToHtml,
                 page_checks: Sequence[PageCheck] = ()) -> Project:
    """Read and validate every offer and page, and the statement's settings; raise InvalidInput listing every problem found."""
    project, problems = read_project(layout, statement)
    problems += _page_problems(project, to_html, page_checks)
    if problems:
        raise InvalidInput(problems)
    return project


def _page_problems(project: Project, to_html: ToHtml, page_checks: Sequence[PageCheck]) -> list[Problem]:
    staff_plan = plan_site(project, Audience.staff, [])
    known = {page.src_uri: page.audience for page in project.pages}
    known.update({plan.src_uri: plan.audience for plan in staff_plan.generated})
    content_dir = project.layout.content_dir
    assets = {p.relative_to(content_dir).as_posix() for p in content_dir.rglob("*") if p.is_file() and p.suffix != ".md"}
    assets.update(staff_plan.pictures)
    problems: list[Problem] = []
    pages: list[LinkingPage] = [*project.pages, *project.easy_read_pages]
    for page in pages:
        tags = html_tags(to_html(page.body))
        problems += broken_links(page, tags, known, assets)
        problems += [problem for check in page_checks for problem in check(page, tags)]
    return problems
