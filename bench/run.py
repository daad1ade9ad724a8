"""`make bench`: build the synthetic national corpus and print speed and page-weight figures.

Compares `phb build` of the public site with a plain `mkdocs build` of the same Markdown
using stock mkdocs-material (explicit nav grouped by offer, navigation.prune), and the
first-visit weight of a typical offer page in each. Then times `phb check` (every layer,
browser included) on a smaller corpus, in full and again after one offer changes, and
estimates the full national check from the seconds per page. The HTML builds leave out the
PDFs and plain text (PHB_PRINT_FORMATS=false, as stock has none); making them is timed apart on
a few offers and scaled to the national corpus.

A figure counts only if the run it comes from succeeded: any timed command that fails stops
the bench with its output, and a check whose report shows the browser layers did not run is
a failure too. The machine's speed drifts, so phb and stock are built in turn (A, B, A, B …)
and the ratio printed is the median of the pairs, with its spread.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urljoin, urlparse

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import OFFERS, make_corpus

from generator.formats import site_plan
from generator.models import Audience
from generator.plugin.site_config import configured_project, load_site_config
from generator.render.templates import PageRenderer

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
TYPICAL_PAGE = "offers/area-01/ways-to-manage/direct-payment/index.html"
TARGET_RATIO = 1.10
PAIRS = 3
"""phb and stock builds in turn, so a drift in the machine's speed touches both alike."""
TARGET_FIRST_VISIT_KB = 100
CHECK_OFFERS = 3
"""A full browser check of the national corpus takes about half an hour: time a few offers and scale."""
FORMAT_OFFERS = 3
"""Each offer's two PDFs take seconds: time a few offers with and without them, and scale."""


def main() -> None:
    work = HERE / "corpus"
    project_dir = make_corpus(work / "project")
    ours = work / "out-phb"
    stock = work / "out-stock"
    stock_docs = write_stock_project(project_dir, work / "stock")

    phb_command = [str(BIN / "phb"), "build", "--site", "public", "--out", str(ours), "--config", str(project_dir / "mkdocs.yml")]
    stock_command = [str(BIN / "mkdocs"), "build", "-q", "-f", str(stock_docs / "mkdocs.yml"), "-d", str(stock)]
    pairs = [(timed(phb_command, print_formats=False), timed(stock_command)) for _ in range(PAIRS)]
    phb_seconds = statistics.median(ours_seconds for ours_seconds, _ in pairs)
    stock_seconds = statistics.median(stock_seconds for _, stock_seconds in pairs)
    ratios = sorted(ours_seconds / stock_seconds for ours_seconds, stock_seconds in pairs)
    ratio = statistics.median(ratios)
    pages = len(list((ours / "public").rglob("*.html")))
    stock_pages = len(list(stock.rglob("*.html")))

    print(f"Corpus: {len(list((project_dir / 'offers').glob('*.yaml')))} offers, {pages} public pages (stock: {stock_pages})")
    print(f"phb build (public site):            {phb_seconds:6.1f} s  {pages / phb_seconds:6.0f} pages/s")
    print(f"stock mkdocs-material build:         {stock_seconds:6.1f} s  {stock_pages / stock_seconds:6.0f} pages/s")
    ratio_verdict = "met" if ratio <= TARGET_RATIO else "MISSED"
    print(f"ratio phb / stock, median of {PAIRS} pairs: {ratio:6.2f}   (spread {ratios[0]:.2f} to {ratios[-1]:.2f}; "
          f"target at most {TARGET_RATIO:.2f}: {ratio_verdict})")
    print(f"average HTML per page: phb {average_kb(ours / 'public'):.0f} KB, stock {average_kb(stock):.0f} KB")
    for label, site in (("phb", ours / "public"), ("stock", stock)):
        raw, zipped, files = first_visit(site, TYPICAL_PAGE)
        raw_verdict = "met" if raw / 1024 <= TARGET_FIRST_VISIT_KB else "MISSED"
        verdict = "" if label == "stock" else f"  (target at most {TARGET_FIRST_VISIT_KB} KB raw: {raw_verdict})"
        print(f"first visit, {label:5} {TYPICAL_PAGE}: {raw / 1024:6.0f} KB raw, {zipped / 1024:5.0f} KB gzip, {files} files{verdict}")
    bench_formats(work, phb_seconds)
    bench_checks(work, pages)


def bench_formats(work: Path, html_seconds: float) -> None:
    """The PDFs and plain text of a few offers (public site): the build with them less the build without, scaled."""
    project_dir = make_corpus(work / "formats-project", offers=FORMAT_OFFERS)
    command = [str(BIN / "phb"), "build", "--site", "public", "--out", str(work / "out-formats"),
               "--config", str(project_dir / "mkdocs.yml")]
    without = timed(command, print_formats=False)
    with_formats = timed(command)
    per_offer = (with_formats - without) / FORMAT_OFFERS
    made = sorted(p for p in (work / "out-formats" / "public" / "offers" / "area-01").glob("area-01-*") if p.suffix in {".pdf", ".txt"})
    sizes = ", ".join(f"{p.name} {p.stat().st_size / 1024:.0f} KB" for p in made)
    national = per_offer * OFFERS
    print(f"PDFs and plain text, {FORMAT_OFFERS} offers (public): {with_formats - without:6.1f} s, {per_offer:.1f} s an offer ({sizes})")
    print(f"estimated for the national corpus ({OFFERS} offers): {national / 60:.1f} minutes more than the HTML build "
          f"({html_seconds + national:.0f} s in all); the staff site doubles it")


def bench_checks(work: Path, national_pages: int) -> None:
    """phb check on a few offers: in full, then with one offer changed (the cache skips the rest)."""
    project_dir = make_corpus(work / "check-project", offers=CHECK_OFFERS)
    command = [str(BIN / "phb"), "check", "--out", str(work / "out-check"), "--config", str(project_dir / "mkdocs.yml")]
    full = timed_check(command, work / "out-check")
    pages = sum(len(list((work / "out-check" / site).rglob("*.html"))) for site in ("public", "staff"))
    offer = project_dir / "offers" / "area-01.yaml"
    # A new phone number shows on every page of that offer (in the contact box), and on no other offer's pages.
    offer.write_text(offer.read_text(encoding="utf-8").replace("0113 496 0100", "0113 496 0199"), encoding="utf-8")
    changed = timed_check(command, work / "out-check")
    per_page = full / pages
    print(f"phb check, {CHECK_OFFERS} offers, both sites ({pages} pages): {full:6.1f} s in full, {per_page:.2f} s a page")
    print(f"phb check after one offer changed:     {changed:6.1f} s (unchanged pages come from the cache)")
    print(f"estimated full check, national public site ({national_pages} pages): {per_page * national_pages / 60:.0f} minutes")


def timed(command: list[str], print_formats: bool = True, allowed: tuple[int, ...] = (0,)) -> float:
    """Seconds the command took; the bench stops, with the command's output, if it failed."""
    env = {**os.environ, "PHB_PRINT_FORMATS": "true" if print_formats else "false"}
    start = time.perf_counter()
    run = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    seconds = time.perf_counter() - start
    if run.returncode not in allowed:
        sys.exit(f"bench stopped: {' '.join(command)} exited {run.returncode}, so no figure from it counts\n"
                 f"{run.stdout[-3000:]}{run.stderr[-3000:]}")
    return seconds


def timed_check(command: list[str], out: Path) -> float:
    """`phb check` exits 1 when it finds a problem in a page; it must still have checked every page in a browser."""
    report = out / "reports" / "report.json"
    report.unlink(missing_ok=True)  # a report left by an earlier run must not vouch for this one
    seconds = timed(command, allowed=(0, 1))
    if not report.is_file():
        sys.exit(f"bench stopped: {' '.join(command)} wrote no report, so its time does not count")
    summary = json.loads(report.read_text(encoding="utf-8"))["summary"]
    missing = {"pa11y-ci", "browser"} - set(summary.get("layers", []))
    if missing or not summary.get("pages"):
        sys.exit(f"bench stopped: the check's report shows no browser layer {sorted(missing)} or no pages, so its time does not count")
    return seconds


def write_stock_project(project_dir: Path, destination: Path) -> Path:
    """The same public pages as plain Markdown files, with a stock material mkdocs.yml."""
    shutil.rmtree(destination, ignore_errors=True)
    config = load_site_config(project_dir / "mkdocs.yml", Audience.public)
    project = configured_project(config)
    plan = site_plan(project, Audience.public, config.plugins["phb"].config.nav_order)
    docs = destination / "docs"
    renderer = PageRenderer(project_dir / "theme" / "pages", {"audience": "public"})
    for page in plan.generated:
        write(docs / page.src_uri, renderer.render(page))
    for page in plan.content_pages:
        shutil.copy(project_dir / "content" / page.src_uri, ensure_parent(docs / page.src_uri))
    for uri, picture in plan.pictures.items():
        shutil.copy(picture, ensure_parent(docs / uri))
    repo_config = yaml.safe_load((project_dir / "mkdocs.yml").read_text().replace("!ENV", ""))
    stock_config = {
        "site_name": "Stock comparison",
        "docs_dir": "docs",
        "theme": {"name": "material", "features": ["navigation.prune"]},
        "plugins": ["search"],
        "markdown_extensions": repo_config["markdown_extensions"],
        "nav": plan.nav,
    }
    write(destination / "mkdocs.yml", yaml.safe_dump(stock_config, sort_keys=False))
    return destination


def write(path: Path, text: str) -> None:
    ensure_parent(path).write_text(text, encoding="utf-8")


def ensure_parent(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def average_kb(site: Path) -> float:
    pages = [p for p in site.rglob("*.html")]
    return sum(p.stat().st_size for p in pages) / len(pages) / 1024


LOADED = re.compile(r"""<(?:link[^>]*rel="(?:stylesheet|icon|shortcut icon)"[^>]*href|script[^>]*src|img[^>]*src)="([^"]+)\"""")
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")


def first_visit(site: Path, page: str) -> tuple[int, int, int]:
    """Bytes (raw, gzip) of the page and everything it loads on a first visit, search index excluded."""
    seen: set[Path] = set()
    pending = [(site / page, page)]
    while pending:
        path, url = pending.pop()
        if path in seen or not path.is_file():
            continue
        seen.add(path)
        text = path.read_text(encoding="utf-8", errors="ignore") if path.suffix in (".html", ".css") else ""
        refs = LOADED.findall(text) if path.suffix == ".html" else CSS_URL.findall(text) if path.suffix == ".css" else []
        for ref in refs:
            parsed = urlparse(urljoin(url, ref))
            if not parsed.netloc and not ref.startswith("data:"):
                pending.append((site / parsed.path.lstrip("/"), parsed.path.lstrip("/")))
    raw = sum(p.stat().st_size for p in seen)
    zipped = sum(len(gzip.compress(p.read_bytes(), 6)) for p in seen)
    return raw, zipped, len(seen)


if __name__ == "__main__":
    main()
