"""Page structure that screen reader users rely on: alt text and heading levels."""

from __future__ import annotations

from collections.abc import Iterator

from generator.checks.findings import Concern
from generator.checks.page_text import PageText


def image_alt_text(page: PageText) -> Iterator[Concern]:
    for image in page.images:
        if image.alt is None:
            yield Concern("WCAG-IMAGE-ALT", f"the image {image.src} has no alt text",
                          "say what the picture shows in the alt text, for example ![A nurse visiting a man at home](visit.png); "
                          "for a picture that is only decoration, write empty alt text: ![](border.png)",
                          quote=image.src, wcag="1.1.1")


def headings(page: PageText) -> Iterator[Concern]:
    top_level = [h for h in page.headings if h.level == 1]
    if len(top_level) != 1:
        yield Concern("WCAG-HEADING-ORDER", f"the page has {len(top_level)} main headings (# lines); it needs exactly one",
                      "start the page with one main heading (# Title) and use ## for the sections below it",
                      quote=top_level[1].text if len(top_level) > 1 else "", wcag="1.3.1")
    previous = 0
    for heading in page.headings:
        if previous and heading.level > previous + 1:
            yield Concern("WCAG-HEADING-ORDER",
                          f"the heading \"{heading.text}\" skips from level {previous} to level {heading.level}",
                          f"make it a level {previous + 1} heading ({'#' * (previous + 1)}), or add the missing level above it",
                          quote=heading.text, wcag="1.3.1")
        previous = heading.level
