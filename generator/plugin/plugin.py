"""MkDocs event handlers. Each one hands its work to the core and returns.

on_config   load and validate the project, plan the site for this audience, set the nav,
            make Markdown unable to add script (markup_safety)
on_files    drop staff-only files from a public build and theme files no page loads,
            add the generated offer pages
on_env      make site-wide facts (audience, offers) available to theme templates
on_page_*   give each page its review dates, owner and contact details, and
            scrollable tables
on_post_build  keep only the theme CSS the built pages use; write build.json
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from markupsafe import escape
from mkdocs.exceptions import Abort
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from ..build_info import build_info, write_build_info
from ..markup_safety import site_markdown_extensions
from ..models import Audience
from ..problems import InvalidInput
from ..project import Layout, SitePlan, load_project
from ..page_details import ACCESSIBILITY_PAGE, OTHER_FORMATS_PAGE, PageDetails, page_details
from ..rendering import PageRenderer, long_date
from ..tables import scrollable_tables
from ..site_files import is_unused_theme_asset, robots_txt, slim_theme_stylesheets, with_skip_link, without_search_toggle
from .config import PhbConfig


class PhbPlugin(BasePlugin[PhbConfig]):
    def on_config(self, config: Any) -> Any:
        root = Path(config.config_file_path).parent
        layout = Layout(root, root / self.config.offers_dir, Path(config.docs_dir))
        try:
            project = load_project(layout)
        except InvalidInput as error:
            raise Abort(f"The site was not built. Fix these problems and try again:\n{error}") from None
        self.audience = Audience(self.config.audience)
        self.plan: SitePlan = project.site(self.audience, self.config.nav_order)
        self.renderer = PageRenderer(root / self.config.templates_dir, {"audience": self.audience.value})
        self.generated = {p.src_uri: p for p in self.plan.generated}
        self.content = {p.src_uri: p for p in self.plan.content_pages}
        self.staff_only = {p.src_uri for p in project.pages} - set(self.content)
        self.details: dict[str, PageDetails] = {}
        self.build = build_info(root, self.audience.value, [{"id": o.id, "title": o.title} for o in self.plan.offers])
        config.nav = _escaped_nav(self.plan.nav)
        config.markdown_extensions = site_markdown_extensions(config.markdown_extensions)
        return config

    @event_priority(100)
    def on_files(self, files: Files, config: Any) -> Files:
        for file in list(files):
            staff_only = file.src_uri in self.staff_only or (self.audience is Audience.public and file.src_uri.startswith("staff/"))
            if staff_only or is_unused_theme_asset(file.src_uri):
                files.remove(file)
        for uri, plan in self.generated.items():
            files.append(File.generated(config, uri, content=self.renderer.render(plan)))
        for download in self.plan.downloads:
            files.append(File.generated(config, download.uri, content=download.content))
        files.append(File.generated(config, "robots.txt", content=robots_txt(self.audience, config.site_url)))
        return files

    def on_env(self, env: Any, config: Any, files: Files) -> Any:
        self.files = files
        env.lstrip_blocks = True  # drops the theme's indentation before template tags: a third of each page's bytes
        env.filters["long_date"] = long_date
        env.globals["phb_site"] = {
            "audience": self.audience.value,
            "other_formats_url": self._url(OTHER_FORMATS_PAGE),
            "accessibility_url": self._url(ACCESSIBILITY_PAGE),
            "version": self.build.label,
        }
        return env

    def on_page_markdown(self, markdown: str, page: Page, config: Any, files: Files) -> str | None:
        uri = page.file.src_uri
        details = page_details(self.generated.get(uri), self.content.get(uri), self.plan.offers)
        self.details[uri] = details
        page.meta.update(details.meta)
        page.meta["title"] = str(escape(details.title))
        return None

    def on_page_content(self, html: str, page: Page, config: Any, files: Files) -> str:
        return scrollable_tables(html)

    def on_page_context(self, context: dict, page: Page, config: Any, nav: Any) -> dict:
        details: PageDetails = self.details[page.file.src_uri]
        context["phb"] = {"page": details, "contact_url": self._url(details.contact_page)}
        return context

    def on_post_page(self, output: str, page: Page, config: Any) -> str:
        return without_search_toggle(output)

    def on_post_template(self, output_content: str, template_name: str, config: Any) -> str:
        """The 404 page is a theme template, not a page."""
        return with_skip_link(without_search_toggle(output_content))

    def on_post_build(self, config: Any) -> None:
        if self.config.lean_css:
            slim_theme_stylesheets(Path(config.site_dir))
        write_build_info(Path(config.site_dir), self.build)

    def _url(self, src_uri: str) -> str | None:
        """The site-relative URL of a page, or None when the project does not have it."""
        file = self.files.get_file_from_path(src_uri)
        return file.url if file else None


def _escaped_nav(entries: list) -> list:
    """MkDocs and material print nav titles without escaping, so escape text from offers here."""
    return [_escaped_entry(entry) for entry in entries]


def _escaped_entry(entry: str | dict) -> str | dict:
    if isinstance(entry, str):
        return entry
    return {str(escape(title)): _escaped_nav(v) if isinstance(v, list) else v for title, v in entry.items()}
