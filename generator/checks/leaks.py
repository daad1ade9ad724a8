"""No staff-only material in any file of the public site.

The public build removes staff-only parts before anything renders; this check
proves it on the output. It collects every piece of staff-only text (the `staff:`
part of each offer, case studies without consent, the paragraphs of staff-only
pages) that does not also appear in public sources, and looks for each one in
every file under the public site: pages, search index, sitemap, downloads.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator.checks.findings import Finding
from generator.checks.page_text import read_page_text
from generator.load.project import Project
from generator.models import Audience

MIN_LENGTH = 25
"""Shorter text (a name, a heading such as "Panel") can rightly appear on both sites."""
TEXT_SUFFIXES = {".html", ".json", ".xml", ".txt", ".csv", ".js", ".css", ".md"}
TAG = re.compile(r"<[^>]+>")


def staff_only_text(project: Project, to_html: Any) -> dict[str, str]:
    """Each staff-only text, mapped to the file it comes from."""
    public_text: set[str] = set()
    staff_text: dict[str, str] = {}
    for source in project.offers:
        public = source.offer.for_public()
        public_text |= set(_strings(public.model_dump(mode="json")))
        hidden = source.offer.model_dump(mode="json", include={"staff", "case_studies"})
        for text in _strings(hidden):
            staff_text.setdefault(text, source.path)
    for page in project.pages:
        blocks = [b.text for b in read_page_text(to_html(page.body)).prose]
        if page.audience is Audience.public:
            public_text |= set(blocks)
        else:
            for text in blocks:
                staff_text.setdefault(text, page.path)
    return {text: path for text, path in staff_text.items() if len(text) >= MIN_LENGTH and text not in public_text}


def find_leaks(site_dir: Path, staff_text: dict[str, str]) -> Iterator[Finding]:
    for file in sorted(site_dir.rglob("*")):
        if file.suffix not in TEXT_SUFFIXES or not file.is_file():
            continue
        content = file.read_text(encoding="utf-8", errors="replace")
        words = " ".join(html.unescape(TAG.sub("", content)).split())  # text split by inline tags, such as <strong>
        for text in staff_text:
            if text in content or text in words:
                where = file.relative_to(site_dir).as_posix()
                yield Finding(staff_text[text], 1, 1, "STAFF-LEAK",
                              f"staff-only text appears on the public site in {where}: \"{text[:60]}\"",
                              "report this as a bug in the tool: staff-only material must never be published",
                              page=where)
                break


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield " ".join(data.split())
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)
