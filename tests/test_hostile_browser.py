"""Hostile pages, built with the editor's warnings switched off, run no script and load nothing from elsewhere in Chromium.

`phb validate` refuses raw HTML that the sanitiser would drop, so this test switches
that check off to show the sanitiser alone holds: it builds pages full of script,
event handlers, frames, refreshes and pictures from other hosts (tests/hostile_html.py
and the hostile-pages fixture), serves the public site on 127.0.0.1, loads
every page in Debian's Chromium and records every script that runs, every dialog and
every request to another host. A control page, written by the test, shows the recorder
does see them.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from conftest import REPO
from hostile_html import EVIL, RAW_HTML
from lxml import html as lxml_html

from generator.checks.serving import page_files, serve_site
from generator.plan.offer_pages import SEARCH_SCRIPT

pytestmark = pytest.mark.browser

CONTROL_PAGE = f"""<!doctype html><html lang="en"><title>Control</title><script>window.__ran = "control"</script>
<img src="https://{EVIL}/control.png" alt=""><img src="x.png" onerror="alert('control')"></html>"""


def _theme_scripts(site: Path, pages: list[str]) -> dict[str, list[str]]:
    """The theme's own scripts (trusted, outside the page body): its search script and material's inline ones."""
    sources = {script.text or "" for page in pages for script in lxml_html.parse(site / page).xpath("//script[not(ancestor::article)]")}
    return {"paths": ["/" + SEARCH_SCRIPT], "sources": sorted(sources - {""})}


def _record(site: Path, pages: list[str], tmp_path: Path) -> list[dict[str, str]]:
    allowed = tmp_path / "allowed.json"
    allowed.write_text(json.dumps(_theme_scripts(site, pages)))
    with serve_site(site) as base:
        urls = tmp_path / "urls.json"
        urls.write_text(json.dumps([base + page for page in pages]))
        out = tmp_path / "records.json"
        subprocess.run(["node", str(REPO / "browser" / "script-and-request-recorder.mjs"), "--urls", str(urls), "--out", str(out),
                        "--allow", str(allowed)], cwd=REPO, check=True, timeout=600)
        records: list[dict[str, str]] = json.loads(out.read_text())
        return records


def test_hostile_pages_run_no_script_and_load_nothing_from_other_hosts(sample, monkeypatch, tmp_path: Path) -> None:
    project = sample("hostile-pages")
    with (project.root / "content" / "hostile.md").open("a", encoding="utf-8") as page:
        page.write("\n\n".join(RAW_HTML) + "\n")
    monkeypatch.setenv("PHB_PRINT_FORMATS", "false")
    monkeypatch.setattr("generator.plugin.site_config.markup_problems", lambda page, tags: [])

    result = project.phb("build", "--site", "public")

    assert result.exit_code == 0, result.output
    site = project.site("public")
    assert "window.__ran" in (project.root / "content" / "hostile.md").read_text()
    (site / "phb-control.html").write_text(CONTROL_PAGE)
    pages = [page for page in page_files(site) if page != "phb-control.html"]
    assert {"hostile/index.html", "easy-read/hostile/index.html"} <= set(pages)

    assert not lxml_html.parse(site / "hostile/index.html").xpath("//article//script"), "the sanitiser left a script in the page"
    records = _record(site, ["phb-control.html", *pages], tmp_path)

    control = {record["kind"] for record in records if record["url"].endswith("phb-control.html")}
    assert {"script", "dialog", "marker", "request"} <= control, f"the recorder missed the control page's script: {records}"
    assert [record for record in records if not record["url"].endswith("phb-control.html")] == []
