"""The browser layer of `phb check`: pa11y-ci and our own checks in Debian's Chromium, for real.

These tests start Chromium; they need `make test`'s set-up (Debian's chromium and `npm ci`).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import FIXTURES

from generator.checks.rendered import SitePages, run_browser_checks

pytestmark = pytest.mark.browser

ERROR = re.compile(r"^(\S+:\d+:\d+: [A-Z0-9]+-[\w.-]+): (?!warning:)")


@pytest.mark.parametrize("scenario, expected", [
    ("check-low-contrast", ["content/extra.md:12:34: WCAG-AXE-color-contrast", "content/extra.md:12:34: WCAG-HTMLCS-1_4_3.G18.Fail"]),
    ("check-external-script", ["content/extra.md:1:1: THIRD-PARTY-REQUEST"]),
])
def test_problems_only_a_browser_sees_are_reported(sample, scenario: str, expected: list[str]) -> None:
    project = sample(scenario)
    if (project.root / "content" / "test-styles.css").exists():  # page bodies hold no styles or requests: the theme's CSS can
        config = project.config.read_text()
        theme_css = "  - assets/stylesheets/nhs.css\n"
        project.config.write_text(config.replace(theme_css, f"{theme_css}  - test-styles.css\n"))
    result = project.phb("check", "--site", "public")
    assert result.exit_code == 1, result.output
    errors = sorted(m.group(1) for line in result.output.splitlines() if (m := ERROR.match(line)))
    assert errors == expected
    report = json.loads((project.root / "site/reports/report.json").read_text())
    assert all(f["page"] == "public:extra/index.html" for f in report["findings"] if f["severity"] == "error")


def test_unchanged_pages_are_not_checked_again(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    page = '<!doctype html><html lang="en"><head><title>{0}</title></head><body><header>Top</header><nav>Menu</nav>' \
           '<main id="main"><a href="#main">Skip to content</a><h1>{0}</h1><p>Text.</p></main><footer>End</footer></body></html>'
    (site / "index.html").write_text(page.format("Home"))
    (site / "other.html").write_text(page.format("Other"))
    cache = tmp_path / "cache.json"
    calls: list[tuple[str, int, int]] = []

    def progress(name: str, done: int, total: int) -> None:
        calls.append((name, done, total))

    first = run_browser_checks([SitePages("public", site, ["index.html", "other.html"])], cache, progress)
    assert {name for name, _, total in calls} == {"pa11y-ci", "browser checks"} and {total for *_, total in calls} == {2}
    calls.clear()
    (site / "other.html").write_text(page.format("Changed"))
    second = run_browser_checks([SitePages("public", site, ["index.html", "other.html"])], cache, progress)
    assert {total for *_, total in calls} == {1}, "only the changed page is checked again"
    assert second["public/index.html"] == first["public/index.html"]


OLD_THEME_PAGE = "offers/westshire/index.html"


def test_the_keyboard_and_screen_reader_checks_fail_on_the_old_theme(tmp_path: Path) -> None:
    """A saved page with the old theme's faults (issue 13): each has a check that names it."""
    for name in ("public", "staff"):  # the same saved page, served as a page of each site
        page = tmp_path / name / OLD_THEME_PAGE
        page.parent.mkdir(parents=True)
        shutil.copy(FIXTURES / "old-theme-page.html", page)
    sites = [SitePages(name, tmp_path / name, [OLD_THEME_PAGE]) for name in ("public", "staff")]
    results = run_browser_checks(sites, tmp_path / "cache.json", lambda *_: None)
    public = {(i.check, i.severity) for i in results[f"public/{OLD_THEME_PAGE}"]}
    assert {("WCAG22-FOCUS-OBSCURED", "error"), ("PHB-PREV-NEXT-LEAVES-OFFER", "error"), ("WCAG-NAV-IN-MAIN", "error"),
            ("PHB-LINK-TEXT-ADDRESS", "error"), ("PHB-CONTACT-NEAR-TOP", "error")} <= public
    assert "PHB-STAFF-TITLE" not in {check for check, _ in public}
    assert "PHB-STAFF-TITLE" in {i.check for i in results[f"staff/{OLD_THEME_PAGE}"]}
    focus = [i for i in results[f"public/{OLD_THEME_PAGE}"] if i.check == "WCAG22-FOCUS-OBSCURED"]
    messages = " ".join(i.message for i in focus)
    assert "under header.md-header" in messages and "tabbing backwards" in messages
    assert '"Menu page 40" is hidden outside the window' in messages, "the menu's last links fall below the window"
    assert "at 1280 pixels wide" in messages and "at 390 pixels wide" in messages
    [leaving] = [i for i in results[f"public/{OLD_THEME_PAGE}"] if i.check == "PHB-PREV-NEXT-LEAVES-OFFER"]
    assert leaving.selector == "a.md-footer__link.md-footer__link--prev" and "the westshire offer" in leaving.message
