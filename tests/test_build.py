"""Both sites build from a sample project and from the bundled examples, with every planned page."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from conftest import REPO, TODAY, SampleProject

from generator.commands.workspace import Workspace
from generator.formats import site_plan
from generator.models import Audience
from generator.plan.urls import built_page


def html_path(site: Path, src_uri: str) -> Path:
    return site / built_page(src_uri)


@pytest.mark.parametrize("audience", list(Audience))
def test_every_planned_page_is_built_for_every_bundled_offer(built_examples: Path, audience: Audience) -> None:
    project = Workspace(REPO / "mkdocs.yml", TODAY).project
    plan = site_plan(project, audience, [])
    assert {o.id for o in plan.offers} == {"westshire", "norwich", "eastmoor"}
    missing = [p.src_uri for p in plan.generated if not html_path(built_examples / audience.value, p.src_uri).exists()]
    assert missing == []
    for page in plan.content_pages:
        assert html_path(built_examples / audience.value, page.src_uri).exists(), page.src_uri


def test_every_offer_has_the_same_structure(built_examples: Path) -> None:
    project = Workspace(REPO / "mkdocs.yml", TODAY).project
    plan = site_plan(project, Audience.public, [])

    def shape(offer_id: str) -> set[str]:
        prefix = f"offers/{offer_id}/"
        return {p.src_uri.removeprefix(prefix) for p in plan.generated if p.src_uri.startswith(prefix)
                and not p.src_uri.startswith((f"{prefix}support/", f"{prefix}stories/"))}

    assert shape("westshire") == shape("norwich")
    assert "ways-to-manage/direct-payment.md" in shape("norwich")
    assert "steps/6-monitoring-and-review.md" in shape("norwich")
    absent = {"decisions.md", "action-plan.md", "documents.md"}
    assert {page for page in shape("westshire") if not page.startswith("easy-read/")} - shape("eastmoor") == absent


def test_offers_index_lists_offers_by_area(built_examples: Path) -> None:
    index = (built_examples / "public" / "offers" / "index.html").read_text()
    assert index.index(">Eastmoor<") < index.index(">Norwich<") < index.index(">Westshire<")
    assert 'href="westshire/"' in index and 'href="norwich/"' in index and 'href="eastmoor/"' in index


def test_support_directory_filters_work_as_plain_links(built_minimal: SampleProject) -> None:
    site = built_minimal.site("public")
    north = (site / "offers/minimal/support/area/north-test/index.html").read_text()
    assert "North Test Advice" in north and "Testshire Advocacy" in north  # "All areas" services show everywhere
    south = (site / "offers/minimal/support/area/south-test/index.html").read_text()
    assert "North Test Advice" not in south and "Testshire Advocacy" in south
    advocacy = (site / "offers/minimal/support/type/advocacy/index.html").read_text()
    assert "Testshire Advocacy" in advocacy and "North Test Advice" not in advocacy
    assert '<li><a aria-current="page" href="./">Independent advocacy</a></li>' in advocacy


def test_public_pages_show_review_dates_other_formats_and_contact(built_minimal: SampleProject) -> None:
    for page in ["index.html", "offers/minimal/spending/index.html", "offers/index.html"]:
        html = (built_minimal.site("public") / page).read_text()
        assert "Page last reviewed" in html and "Next review due" in html, page
        assert "another format" in html, page
        assert "0113 496 0001" in html or "contact details" in html, page


def test_staff_site_is_marked_and_hidden_from_search_engines(built_minimal: SampleProject) -> None:
    staff, public = built_minimal.site("staff"), built_minimal.site("public")
    for page in ["index.html", "offers/minimal/index.html", "staff/index.html", "404.html"]:
        html = (staff / page).read_text()
        assert "Staff intranet" in html, page
        assert '<meta name="robots" content="noindex, nofollow">' in html, page
    assert (staff / "robots.txt").read_text() == "User-agent: *\nDisallow: /\n"
    assert "noindex" not in (public / "index.html").read_text()
    assert "Disallow: /\n" not in (public / "robots.txt").read_text()


def test_offer_text_is_escaped_not_run(sample) -> None:
    project = sample()
    offer = project.root / "offers" / "minimal.yaml"
    offer.write_text(offer.read_text().replace(
        "summary: A short summary of personal health budgets in Testshire.",
        'summary: "<script>alert(1)</script> and **bold**"'))
    assert project.phb("build", "--site", "public").exit_code == 0
    home = (project.site("public") / "offers/minimal/index.html").read_text()
    assert "<script>alert(1)</script>" not in home
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in home
    assert "<strong>bold</strong>" in home


def test_search_works_from_a_plain_form_and_is_not_indexed(built_minimal: SampleProject) -> None:
    site = built_minimal.site("public")
    search = (site / "search/index.html").read_text()
    assert '<form class="phb-search" action="./" method="get" role="search"' in search
    assert "phb-search.js" in search
    assert (site / "assets/javascripts/phb-search.js").exists()
    assert '"location":"search/"' not in (site / "search/search_index.json").read_text()
    home = (site / "index.html").read_text()
    assert '<script src=' not in home, "only the search page loads a script: pages work without JavaScript"
    assert not (site / "assets/javascripts/bundle.a5f9d56c.min.js").exists()
    assert '"location":"offers/minimal/support/area/north-test/"' not in (site / "search/search_index.json").read_text()


def test_every_page_starts_with_a_skip_link_and_has_no_unlabelled_checkbox(built_minimal: SampleProject) -> None:
    site = built_minimal.site("public")
    for page in ["index.html", "404.html", "offers/minimal/index.html", "search/index.html"]:
        html = (site / page).read_text()
        assert 'class="md-skip"' in html, page
        assert html.index('class="md-skip"') < html.index('id="__drawer"'), f"{page}: the skip link comes before the menu"
        assert 'id="__search"' not in html, page
    assert '<a href="#page-not-found" class="md-skip">' in (site / "404.html").read_text()


def test_each_site_says_what_was_built_from_which_commit(built_examples: Path) -> None:
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    for audience in ("public", "staff"):
        info = json.loads((built_examples / audience / "build.json").read_text())
        assert info["commit"] == (commit or "unknown") and info["audience"] == audience
        assert [o["id"] for o in info["offers"]] == ["eastmoor", "norwich", "westshire"]
        assert info["pages"] == len(list((built_examples / audience).rglob("*.html")))
        assert f"commit {info['commit'][:7]}" in (built_examples / audience / "index.html").read_text()


def test_contact_channels_read_the_same_in_the_footer_and_on_the_contact_page(sample) -> None:
    """One rendering of a channel: its label, and link words that say where a web address goes (AIS-LINK-TEXT)."""
    project = sample()
    offer = project.root / "offers" / "minimal.yaml"
    offer.write_text(offer.read_text().replace(
        "      value: phb@testshire.example.org\n",
        "      value: phb@testshire.example.org\n    - type: web_form\n      value: https://forms.testshire.example.org/phb\n", 1))
    assert project.phb("build", "--site", "public").exit_code == 0
    site = project.site("public")
    expected = ['Phone: <a href="tel:01134960001">0113 496 0001</a>',
                'Email: <a href="mailto:phb@testshire.example.org">phb@testshire.example.org</a>',
                'Online form: <a href="https://forms.testshire.example.org/phb">Online form on forms.testshire.example.org</a>']
    footer = (site / "offers/minimal/spending/index.html").read_text().split('class="phb-contact phb-page-contact"')[1]
    contact_page = (site / "offers/minimal/contact/index.html").read_text()
    for line in expected:
        assert line in footer
        assert line in contact_page
    assert ">https://forms.testshire.example.org/phb</a>" not in footer + contact_page
