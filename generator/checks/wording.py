"""Words that readers may not know, and links that do not say where they go."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from posixpath import splitext
from urllib.parse import urlsplit

from generator.checks.findings import Concern
from generator.checks.page_text import PageText
from generator.load.check_settings import CheckSettings

ABBREVIATION = re.compile(r"\b([A-Z][A-Z0-9]*[A-Z])s?\b")
VAGUE_LINK_TEXT = {
    "click here", "here", "click", "read more", "more", "more info", "more information", "link", "this link",
    "this page", "go", "find out more", "learn more", "details",
}
DOCUMENT_EXTENSIONS = {".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ods", ".csv", ".ppt", ".pptx", ".epub"}
FORMAT_AND_SIZE = re.compile(r"\([^()]*\b\d+(\.\d+)?\s?(KB|MB|GB)\)", re.IGNORECASE)


def abbreviations(page: PageText, settings: CheckSettings, glossary: Mapping[str, str]) -> Iterator[Concern]:
    """Each abbreviation is explained the first time a page uses it: 'personal assistant (PA)'."""
    known = set(settings.known_abbreviations)
    seen: set[str] = set()
    for match in ABBREVIATION.finditer(page.text):
        word = match.group(1)
        if word in known or word in seen:
            continue
        seen.add(word)
        if _explained(page.text, match, glossary.get(word)):
            continue
        expansion = glossary.get(word)
        if expansion:
            yield Concern("AIS-ABBREVIATION", f"{word} is not explained the first time the page uses it",
                          f"write it out in full the first time, for example \"{expansion} ({word})\"",
                          quote=word, wcag="3.1.4")
        else:
            yield Concern("AIS-ABBREVIATION", f"{word} is not explained the first time the page uses it, and it is not in the glossary",
                          f"write it out in full the first time, for example \"words in full ({word})\", and add it to {settings.glossary}",
                          quote=word, wcag="3.1.4")


def _explained(text: str, match: re.Match[str], expansion: str | None) -> bool:
    before, after = text[: match.start()], text[match.end():]
    if before.endswith("(") and after.startswith(")"):  # personal assistant (PA)
        return True
    if after.lstrip().startswith("("):  # PA (personal assistant)
        return True
    return bool(expansion and expansion.lower() in before.lower())


def link_text(page: PageText) -> Iterator[Concern]:
    for link in page.links:
        words = link.text.lower().strip(" .:>»")
        if words in VAGUE_LINK_TEXT or "click here" in words:
            yield Concern("AIS-LINK-TEXT", f"the link text \"{link.text}\" does not say where the link goes",
                          "use words that make sense on their own, such as \"read our complaints policy\"",
                          quote=link.text, wcag="2.4.4")
        elif words.startswith(("http://", "https://", "www.")):
            yield Concern("AIS-LINK-TEXT", f"the link text is a web address: \"{link.text}\"",
                          "use words that say where the link goes; screen readers read web addresses letter by letter",
                          quote=link.text, wcag="2.4.4")
        elif not words and link.href:
            yield Concern("AIS-LINK-TEXT", f"the link to {link.href} has no text", "add text that says where the link goes",
                          quote=link.href, wcag="2.4.4")


def document_links(page: PageText) -> Iterator[Concern]:
    """Readers should know before they click that a link opens a document, which kind and how big."""
    for link in page.links:
        extension = splitext(urlsplit(link.href).path)[1].lower()
        if extension in DOCUMENT_EXTENSIONS and not FORMAT_AND_SIZE.search(f"{link.text} {link.after[:40]}"):
            kind = extension.removeprefix(".").upper()
            yield Concern("AIS-DOCUMENT-LINK", f"the link to {link.href} does not say the document's format and size",
                          f"add them to the link text, for example \"{link.text or 'Our policy'} ({kind}, 220 KB)\"",
                          quote=link.text or link.href)
