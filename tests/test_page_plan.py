"""The page plan says in typed fields what later stages read: search, filtered copies, Easy Read content, downloads."""

from __future__ import annotations

from pathlib import Path

from conftest import TODAY, make_project

from generator.commands.workspace import Workspace
from generator.formats import site_plan
from generator.models import Audience
from generator.plan.site import SitePlan


def _plan(tmp_path: Path) -> SitePlan:
    workspace = Workspace(make_project(tmp_path / "project").config, TODAY)
    return site_plan(workspace.project, Audience.public, [])


def test_filtered_support_pages_are_copies_kept_out_of_search(tmp_path: Path) -> None:
    pages = {page.src_uri: page for page in _plan(tmp_path).generated}
    copies = [page for page in pages.values() if page.copy_of]
    assert copies, "the minimal offer's support directory has filtered pages"
    for copy in copies:
        assert copy.copy_of == "offers/minimal/support/index.md"
        assert not copy.searched
        assert copy.meta == {"search": {"exclude": True}}
    assert pages["offers/minimal/support/index.md"].searched
    assert pages["search.md"].meta == {"search": {"exclude": True}, "script": "assets/javascripts/phb-search.js"}


def test_easy_read_pages_carry_their_blocks_and_the_home_page_its_downloads(tmp_path: Path) -> None:
    pages = {page.src_uri: page for page in _plan(tmp_path).generated}
    easy_read = [page for page in pages.values() if page.pair]
    assert easy_read
    assert all(page.easy_read and page.easy_read.blocks for page in easy_read)
    assert all(page.easy_read is None for page in pages.values() if not page.pair)
    home = pages["offers/minimal/index.md"]
    assert {download.format for download in home.downloads} == {"JSON"}
    assert home.template_context()["downloads"] == list(home.downloads)
