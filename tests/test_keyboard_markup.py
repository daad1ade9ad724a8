"""What the theme and the plugin do for keyboard and screen reader users (issue 13), read from built pages.

The browser checks (browser/keyboard-checks.mjs) prove the same in Chromium in `phb check`; these
read the HTML, so they run in the fast tier.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

import pytest
from conftest import SampleProject

from generator.plan.page_order import may_follow, offer_folder
from generator.render.site_files import main_holds_only_content

TITLE = re.compile(r"<title>([^<]*)</title>")
FOOTER_LINK = re.compile(r'<a href="([^"]+)" class="md-footer__link')


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


@pytest.mark.parametrize(("src_uri", "offer"), [
    ("offers/westshire/contact.md", "westshire"),
    ("offers/westshire/index.md", "westshire"),
    ("offers/westshire/easy-read/contact.md", "westshire"),
    ("offers/index.md", ""),
    ("what-is-a-phb.md", ""),
])
def test_a_page_belongs_to_the_offer_whose_folder_holds_it(src_uri: str, offer: str) -> None:
    assert offer_folder(src_uri) == offer


def test_previous_and_next_join_pages_of_one_offer_or_site_wide_pages_only() -> None:
    assert may_follow("offers/westshire/index.md", "offers/westshire/who-can-have-one.md")
    assert may_follow("offers/index.md", "what-is-a-phb.md")
    assert not may_follow("offers/westshire/index.md", "offers/norwich/easy-read/contact.md")
    assert not may_follow("offers/index.md", "offers/norwich/index.md")


def test_materials_main_becomes_a_div_around_the_content_main() -> None:
    page = ('<main class="md-main" data-md-component="main"><div><nav>Menu</nav>'
            '<main class="md-content"><h1>T</h1></main></div></main><footer></footer>')
    assert main_holds_only_content(page) == ('<div class="md-main" data-md-component="main"><div><nav>Menu</nav>'
                                             '<main class="md-content"><h1>T</h1></main></div></div><footer></footer>')
    assert main_holds_only_content("<p>no main</p>") == "<p>no main</p>"


def test_every_page_has_one_main_landmark_that_holds_the_content_not_the_menus(built_minimal: SampleProject) -> None:
    for site in ("public", "staff"):
        for page in pages(built_minimal.site(site)):
            html = page.read_text()
            assert html.count("<main") == 1 and html.count("</main>") == 1, page
            main = html[html.index("<main"):html.index("</main>")]
            assert main.startswith('<main class="md-content"'), page
            assert "md-sidebar" not in main and 'aria-label="Navigation"' not in main, page


def test_every_staff_page_title_says_staff_and_no_public_one_does(built_minimal: SampleProject) -> None:
    for page in pages(built_minimal.site("staff")):
        [title] = TITLE.findall(page.read_text())
        assert "Staff" in title, (page, title)
    for page in pages(built_minimal.site("public")):
        [title] = TITLE.findall(page.read_text())
        assert "Staff" not in title, (page, title)
    home = (built_minimal.site("staff") / "offers/minimal/index.html").read_text()
    assert TITLE.search(home).group(1).endswith(" - Staff intranet - Personal health budgets")  # type: ignore[union-attr]


def test_the_staff_banner_is_inside_the_sticky_header(built_minimal: SampleProject) -> None:
    for page in ("index.html", "offers/minimal/index.html", "404.html"):
        html = (built_minimal.site("staff") / page).read_text()
        header = html[html.index("<header"):html.index("</header>")]
        assert '<p class="phb-staff-banner"><strong>Staff intranet:</strong>' in header, page
        assert 'class="md-banner"' not in html, page
    assert "phb-staff-banner" not in (built_minimal.site("public") / "index.html").read_text()


def test_previous_and_next_never_leave_an_offer(built_examples: Path) -> None:
    site = built_examples / "public"
    joined = 0
    for page in pages(site):
        here = page.relative_to(site).as_posix()
        for href in FOOTER_LINK.findall(page.read_text()):
            target = posixpath.normpath(posixpath.join(posixpath.dirname(here), href))
            assert offer_folder(here) == offer_folder(f"{target}/index.md"), (here, href)
            joined += 1
    assert joined > 50, "pages inside one offer still link to each other"
    westshire = (site / "offers/westshire/index.html").read_text()
    assert "md-footer__link--prev" not in westshire and "md-footer__link--next" in westshire


def test_an_offers_pages_have_a_contact_link_in_the_header_and_its_home_page_starts_with_one(built_minimal: SampleProject) -> None:
    site = built_minimal.site("public")
    for page, href in [("offers/minimal/index.html", "contact/"), ("offers/minimal/spending/index.html", "../contact/")]:
        html = (site / page).read_text()
        header = html[html.index("<header"):html.index("</header>")]
        assert f'<a class="md-header__button md-icon phb-contact-link" href="{href}"' in header, page
    home = (site / "offers/minimal/index.html").read_text()
    assert home.index('class="phb-contact phb-contact-first"') < home.index('class="phb-facts"')
    first = home[home.index("phb-contact-first"):]
    assert 'href="tel:' in first[:first.index("</div>")] and 'href="mailto:' in first[:first.index("</div>")]
    assert "phb-contact-link" not in (site / "index.html").read_text(), "site-wide pages belong to no one team"
