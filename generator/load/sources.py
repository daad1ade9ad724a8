"""Read offer files and content pages from a project folder, collecting every problem in one pass."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from generator.errors import InvalidInput, Problem
from generator.load.easy_read import EasyReadPage
from generator.load.validation import validate
from generator.load.yaml_source import SourceMap, load_yaml
from generator.models import Audience, EasyReadMeta, Offer, PageMeta, PictureCatalogue

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(\n|\Z)", re.DOTALL)
STAFF_FOLDER = "staff/"


@dataclass(frozen=True)
class OfferSource:
    """A validated offer and the file it came from."""

    path: str
    offer: Offer
    source: SourceMap = field(repr=False, compare=False)
    """Where each value of the offer is written, for problems found after loading."""


@dataclass(frozen=True)
class ContentPage:
    """A co-produced Markdown page from content/."""

    src_uri: str
    """Path inside content/, with forward slashes, for example staff/index.md."""
    path: str
    """Path shown in error messages, relative to the project."""
    meta: PageMeta
    body: str
    body_first_line: int
    """Line number in the file where the Markdown body starts."""

    @property
    def audience(self) -> Audience:
        """Pages under content/staff/ are staff-only whatever their front matter says."""
        if self.src_uri.startswith(STAFF_FOLDER):
            return Audience.staff
        return self.meta.audience


def read_offer(path: Path, shown_as: str) -> OfferSource:
    """Read one offer; unchanged files are read once per process (a build reads them for each audience)."""
    stat = path.stat()
    return _read_offer(path, shown_as, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=256)
def _read_offer(path: Path, shown_as: str, mtime_ns: int, size: int) -> OfferSource:
    data, source = load_yaml(path.read_text(encoding="utf-8"), shown_as)
    if not isinstance(data, dict):
        raise InvalidInput([Problem(shown_as, 1, 1, "(whole file)", "is not a block of offer fields", "start from `phb new-offer ID`")])
    return OfferSource(shown_as, validate(Offer, data, shown_as, source), source)


def read_page(path: Path, src_uri: str, shown_as: str) -> ContentPage:
    meta, body, body_first_line, _ = _front_matter_and_body(path, shown_as, PageMeta)
    return ContentPage(src_uri, shown_as, meta, body, body_first_line)


def read_easy_read_page(path: Path, src_uri: str, shown_as: str) -> EasyReadPage:
    meta, body, body_first_line, source = _front_matter_and_body(path, shown_as, EasyReadMeta)
    return EasyReadPage(src_uri, shown_as, meta, body, body_first_line, pair_position=source.position(("pair",)))


def read_pictures(path: Path, shown_as: str) -> PictureCatalogue:
    data, source = load_yaml(path.read_text(encoding="utf-8"), shown_as)
    return validate(PictureCatalogue, data, shown_as, source)


Meta = TypeVar("Meta", PageMeta, EasyReadMeta)
Read = TypeVar("Read")


def _front_matter_and_body(path: Path, shown_as: str, model: type[Meta]) -> tuple[Meta, str, int, SourceMap]:
    """The page's validated front matter, its Markdown body, the line the body starts on, and where each field is."""
    text = path.read_text(encoding="utf-8")
    match = FRONT_MATTER.match(text)
    if not match:
        raise InvalidInput(
            [Problem(shown_as, 1, 1, "front matter", "the page has no front matter",
                     "start the page with a --- line, the page's details (title, summary, owner, last_reviewed, review_due), "
                     "and another --- line")]
        )
    data, source = load_yaml(match.group(1) or "", shown_as, line_offset=1)
    if not isinstance(data, dict):
        raise InvalidInput([Problem(shown_as, 2, 1, "front matter", "is not a block of fields",
                                    "write one `key: value` per line between the --- lines")])
    meta = validate(model, data, shown_as, source)
    return meta, text[match.end():], text[: match.end()].count("\n") + 1, source


def collect(readers: list[Callable[[], Read]], problems: list[Problem]) -> list[Read]:
    """Run each reader, keeping what succeeds and adding the problems of what fails."""
    results: list[Read] = []
    for reader in readers:
        try:
            results.append(reader())
        except InvalidInput as error:
            problems.extend(error.problems)
    return results
