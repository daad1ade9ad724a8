"""A project loaded and checked as a whole, including what only the planned sites can show.

Links between pages, and hand-written pages at the address of a generated one, are checked
against the staff site's plan, which holds every page, so this lives in plan/ and not in
load/. Each page's Markdown is converted once, as the site converts it, for the link checks
and for the page checks the caller adds (the raw HTML the sanitiser would drop,
render/page_markup.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from generator.errors import InvalidInput, Problem
from generator.load.project import Layout, Project, read_project
from generator.load.project_files import entries
from generator.load.statement import ACCESSIBILITY_PAGE, StatementOptions
from generator.models import Audience
from generator.plan.links import LinkingPage, broken_links
from generator.plan.offer_pages import OFFERS_FOLDER
from generator.plan.page_html import Tag, ToHtml, html_tags
from generator.plan.site import SitePlan, plan_site
from generator.plan.urls import built_page

PageCheck = Callable[[LinkingPage, list[Tag]], Iterable[Problem]]
"""Problems in one page, from its converted HTML's tags."""


def load_project(layout: Layout, statement: StatementOptions | None = None, *, to_html: ToHtml,
                 page_checks: Sequence[PageCheck] = ()) -> Project:
    """Read and validate every offer and page, and the statement's settings; raise InvalidInput listing every problem found."""
    project, problems = read_project(layout, statement)
    staff_plan = plan_site(project, Audience.staff, [])
    problems += _page_problems(project, staff_plan, to_html, page_checks)
    problems += _pages_at_generated_addresses(project, staff_plan)
    if problems:
        raise InvalidInput(problems)
    return project


def _page_problems(project: Project, staff_plan: SitePlan, to_html: ToHtml, page_checks: Sequence[PageCheck]) -> list[Problem]:
    """Broken links and the caller's page checks, for every content and Easy Read page."""
    known = {page.src_uri: page.audience for page in project.pages} | project.invalid_pages
    known.update({plan.src_uri: plan.audience for plan in staff_plan.generated})
    content_dir = project.layout.content_dir
    # a refused link counts as there, and so does all in a linked folder: the link itself is the one problem to report
    found = list(entries(content_dir))
    assets = {p.relative_to(content_dir).as_posix() for p in found if p.suffix != ".md" or p.is_symlink()}
    assets.update(staff_plan.pictures)
    linked_folders = tuple(f"{p.relative_to(content_dir).as_posix()}/" for p in found if p.is_symlink())
    unknown = tuple(f"{OFFERS_FOLDER}/{offer_id}/" for offer_id in project.invalid_offer_ids) + linked_folders
    problems: list[Problem] = []
    pages: list[LinkingPage] = [*project.pages, *project.easy_read_pages]
    for page in pages:
        tags = html_tags(to_html(page.body))
        problems += broken_links(page, tags, known, assets, unknown)
        problems += [problem for check in page_checks for problem in check(page, tags)]
    return problems


def _pages_at_generated_addresses(project: Project, staff_plan: SitePlan) -> list[Problem]:
    """A hand-written page where the tool makes a page would replace it, or be replaced, without a word."""
    generated = {built_page(plan.src_uri): plan for plan in staff_plan.generated}
    problems = []
    for page in project.pages:
        made = generated.get(built_page(page.src_uri))
        if made is None or (project.statement and page.src_uri == ACCESSIBILITY_PAGE):  # read_project reports that one
            continue
        address = built_page(made.src_uri).removesuffix("index.html")
        problems.append(Problem(page.path, 1, 1, "page", f"is at {address}, the address of the page {made.title!r} that the tool makes",
                                "move or rename this page; the tool's page is made from the offers and theme/pages/"))
    return problems
