"""Rendered checks: every built page in Debian's Chromium, served over HTTP on 127.0.0.1.

Two Node tools do the browser work (both pinned in package.json, run with the
system's Chromium, never a downloaded one):
- pa11y-ci with the axe and HTML_CodeSniffer runners at WCAG2AA;
- browser/rendered-checks.mjs: axe-core's WCAG 2.2 rules, requests to other hosts,
  skip link, visible focus, landmarks and reflow at 320 px, and (keyboard-checks.mjs)
  focus hidden under the header, Previous/Next leaving an offer, menus inside main,
  web addresses as link words and "Staff" in staff page titles.
Pages whose HTML and assets have not changed since the last run are not checked
again: their findings come from a cache keyed by that content.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TypedDict

from generator.checks.serving import serve_site
from generator.plan.urls import built_page_url
from generator.progress import Progress

TOOL_ROOT = Path(__file__).resolve().parents[2]
"""Where package.json, node_modules and browser/ are: the root of this repository."""
PA11Y = TOOL_ROOT / "node_modules" / ".bin" / "pa11y-ci"
PA11Y_BASE_CONFIG = TOOL_ROOT / "browser" / "pa11y-ci.base.json"
BROWSER_CHECKS = TOOL_ROOT / "browser" / "rendered-checks.mjs"
BROWSER_MODULES = sorted(BROWSER_CHECKS.parent.glob("*.mjs"))
"""rendered-checks.mjs and the modules it imports: a change to any of them checks every page again."""
CHROMIUM = Path(os.environ.get("PHB_CHROMIUM", "/usr/bin/chromium"))
PA11Y_PROGRESS = re.compile(r"^ > (\S+) - ")
BROWSER_PROGRESS = re.compile(r"^checked (\d+)/(\d+) pages")
ASSET = re.compile(r"""(?:href|src)="([^"#?]+\.(?:css|js|png|svg|jpg|jpeg|gif|webp|woff2?))["?#]""")
VERSION_LINE = re.compile(rb'<p class="phb-version">[^<]*</p>')
"""The footer's version changes with every commit but not how the page works: left out of the cache key."""
HTMLCS_CODE = re.compile(r"Guideline\d+_\d+\.(\d+)_(\d+)_(\d+)\.(.+)$")

class _Pa11yIssue(TypedDict, total=False):
    """One entry of pa11y-ci's JSON report; a page that failed to load has only a message."""

    code: str
    runner: str
    type: str
    message: str
    selector: str
    context: str | None


_CachedFindings = dict[str, list[dict[str, str]]]
"""The cache file: each page's findings (PageIssue fields) keyed by a digest of its content."""


class BrowserChecksUnavailable(Exception):
    """Chromium or the Node tools are missing: says how to install them."""


@dataclass(frozen=True)
class PageIssue:
    """One browser finding on one built page, before it is located in a source file."""

    page: str
    """The page's path in its site, for example offers/x/index.html."""
    check: str
    severity: str
    message: str
    selector: str = ""
    wcag: str = ""
    context: str = ""
    """A piece of the page's HTML around the problem, used to find the source line."""


@dataclass(frozen=True)
class SitePages:
    """The pages of one built site to check."""

    name: str
    site_dir: Path
    pages: list[str]
    """Built files, from the site's root (offers/x/index.html)."""
    use_directory_urls: bool = True
    """MkDocs' setting: the address each built file is read at (generator.plan.urls)."""


def run_browser_checks(sites: list[SitePages], cache_file: Path, progress: Progress) -> dict[str, list[PageIssue]]:
    """Findings for every page of every site, keyed by '<site>/<page>'; unchanged pages come from the cache."""
    _require_tools()
    cache = _read_cache(cache_file)
    assets: dict[Path, bytes] = {}
    keys = {f"{site.name}/{page}": _page_key(site.site_dir, page, assets) for site in sites for page in site.pages}
    results = {name: [PageIssue(**issue) for issue in cache[key]] for name, key in keys.items() if key in cache}
    to_check = [replace(s, pages=[p for p in s.pages if f"{s.name}/{p}" not in results]) for s in sites]
    if any(site.pages for site in to_check):
        results.update(_check(to_check, progress))
    fresh = {keys[name]: [asdict(issue) for issue in issues] for name, issues in results.items() if name in keys}
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    cache_file.write_text(json.dumps(fresh, sort_keys=True), encoding="utf-8")
    return results


def _check(sites: list[SitePages], progress: Progress) -> dict[str, list[PageIssue]]:
    with tempfile.TemporaryDirectory(prefix="phb-check-") as work, _served(sites) as bases:
        urls = {base + built_page_url(page, site.use_directory_urls): f"{site.name}/{page}"
                for site, base in zip(sites, bases, strict=True) for page in site.pages}
        results: dict[str, list[PageIssue]] = {name: [] for name in urls.values()}
        for url, issue in _pa11y(urls, Path(work), progress):
            results[urls[url]].append(issue)
        for url, issue in _browser(urls, Path(work), progress):
            results[urls[url]].append(issue)
    return results


@contextmanager
def _served(sites: list[SitePages]) -> Iterator[list[str]]:
    """Serve every site at once, each on its own port."""
    with ExitStack() as stack:
        yield [stack.enter_context(serve_site(site.site_dir)) for site in sites]


def _pa11y(urls: dict[str, str], work: Path, progress: Progress) -> Iterable[tuple[str, PageIssue]]:
    config = json.loads(PA11Y_BASE_CONFIG.read_text(encoding="utf-8"))
    output = work / "pa11y.json"
    config["defaults"]["reporters"] = ["cli", ["json", {"fileName": str(output)}]]
    config["urls"] = list(urls)
    config_file = work / "pa11y-ci.json"
    config_file.write_text(json.dumps(config), encoding="utf-8")
    _run([str(PA11Y), "--config", str(config_file)], "pa11y-ci", len(urls), PA11Y_PROGRESS, progress, ok_codes=frozenset({0, 2}))
    results = json.loads(output.read_text(encoding="utf-8"))["results"]
    for url, issues in results.items():
        for issue in issues:
            if "code" not in issue:  # the page itself failed: pa11y gives only a message
                yield url, PageIssue(urls[url], "PAGE-LOAD", "error", issue.get("message", "the page did not load"))
                continue
            yield url, _pa11y_issue(urls[url], issue)


def _pa11y_issue(page: str, issue: _Pa11yIssue) -> PageIssue:
    runner = issue.get("runner", "htmlcs")
    code = issue["code"]
    wcag = ""
    if runner == "htmlcs":
        match = HTMLCS_CODE.search(code)
        if match:
            wcag = ".".join(match.group(1, 2, 3))
            code = f"{match.group(1)}_{match.group(2)}_{match.group(3)}.{match.group(4)}"
    severity = "error" if issue.get("type") == "error" else "warning"
    return PageIssue(page, f"WCAG-{runner.upper()}-{code}", severity, issue.get("message", ""),
                     issue.get("selector", ""), wcag, issue.get("context") or "")


def _browser(urls: dict[str, str], work: Path, progress: Progress) -> Iterable[tuple[str, PageIssue]]:
    urls_file, out = work / "urls.json", work / "findings.json"
    urls_file.write_text(json.dumps([{"url": url, "site": name.split("/", 1)[0]} for url, name in urls.items()]),
                         encoding="utf-8")
    _run(["node", str(BROWSER_CHECKS), "--urls", str(urls_file), "--out", str(out)], "browser checks", len(urls),
         BROWSER_PROGRESS, progress)
    for found in json.loads(out.read_text(encoding="utf-8")):
        yield found["url"], PageIssue(urls[found["url"]], found["check"], found["severity"], found["message"],
                                      found.get("selector", ""), found.get("wcag", ""))


def _run(command: list[str], name: str, total: int, pattern: re.Pattern[str], progress: Progress,
         ok_codes: frozenset[int] = frozenset({0})) -> None:
    """Run a Node tool, reporting its progress lines; raise with its output if it fails."""
    env = {**os.environ, "PUPPETEER_SKIP_DOWNLOAD": "1", "PHB_CHROMIUM": str(CHROMIUM)}
    done = 0
    lines: list[str] = []
    progress(name, 0, total)
    with subprocess.Popen(command, cwd=TOOL_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) as process:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            if pattern.match(line):
                done += 1
                progress(name, done, total)
    if process.returncode not in ok_codes:
        raise BrowserChecksUnavailable(f"{name} failed (exit {process.returncode}):\n{''.join(lines[-20:])}")


def _require_tools() -> None:
    if not CHROMIUM.exists():
        raise BrowserChecksUnavailable(f"Chromium is not at {CHROMIUM} - install Debian's chromium (make check does it)")
    if not PA11Y.exists():
        raise BrowserChecksUnavailable("the Node tools are not installed - run `make check`, or `npm ci` with PUPPETEER_SKIP_DOWNLOAD=1")


def _page_key(site_dir: Path, page: str, assets: dict[Path, bytes]) -> str:
    """A page's HTML and every local stylesheet, script and image it loads: what the browser checks see.

    `assets` remembers each asset's digest, as most pages load the same few files.
    """
    digest = hashlib.sha256()
    html = (site_dir / page).read_bytes()
    digest.update(VERSION_LINE.sub(b"", html))
    base = (site_dir / page).parent
    for asset in sorted(set(ASSET.findall(html.decode("utf-8", errors="replace")))):
        path = (site_dir / asset.lstrip("/")) if asset.startswith("/") else (base / asset)
        if path not in assets:
            assets[path] = hashlib.sha256(path.read_bytes()).digest() if path.is_file() else b""
        digest.update(asset.encode() + assets[path])
    for module in BROWSER_MODULES:
        digest.update(module.name.encode() + module.read_bytes())
    digest.update(PA11Y_BASE_CONFIG.read_bytes())
    return digest.hexdigest()


def _read_cache(cache_file: Path) -> _CachedFindings:
    try:
        cached: _CachedFindings = json.loads(cache_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return cached
