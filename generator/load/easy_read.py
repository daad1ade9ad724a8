"""Easy Read pages: short points, each with a picture on the left and the words on the right.

Points come from two places: Easy Read Markdown pages in easy_read/ (a paragraph that
starts with `:picture-name:` is a point) and the `easy_read:` sections of an offer. Both
become the same blocks, drawn by one template and checked by one set of rules.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from generator.errors import Problem
from generator.models import Audience, ChannelType, Contact, EasyReadMeta, EasyReadPoint, PictureCatalogue

EASY_READ_DIR = "easy_read"
PICTURES_FILE = "pictures.yaml"
PICTURES_DIR = "pictures"
"""The folder inside easy_read/ that holds every picture file."""
SITE_FOLDER = "easy-read"
"""Where Easy Read versions of content pages go in the site: easy_read/x.md becomes easy-read/x/."""
PICTURES_FOLDER = "assets/easy-read"

POINT_START = re.compile(r"^:([a-z0-9]+(?:-[a-z0-9]+)*):[ \t]*")
HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$")


@dataclass(frozen=True)
class Point:
    picture: str
    lines: tuple[str, ...]
    """One sentence (one idea) on each line."""
    line: int = 0
    """Where the point starts in its source file, where known."""
    from_data: bool = False
    """Made from contact details: numbers and addresses are not sentences, so the wording rules leave it alone."""
    kind: str = "point"


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    line: int = 0
    kind: str = "heading"


@dataclass(frozen=True)
class Loose:
    """A paragraph with no picture: shown as it is, and reported by the Easy Read checks."""

    text: str
    line: int = 0
    kind: str = "loose"


Block = Point | Heading | Loose


@dataclass(frozen=True)
class EasyReadPage:
    """An Easy Read page from easy_read/, paired with a standard page."""

    src_uri: str
    """Where it goes in the site, for example easy-read/what-is-a-phb.md."""
    path: str
    """Path shown in messages, relative to the project."""
    meta: EasyReadMeta
    body: str
    body_first_line: int
    pair_position: tuple[int, int] = (1, 1)
    """The line and column of the `pair:` value, for problems with it."""
    audience: Audience = Audience.public
    """The audience of the page it is paired with."""

    @cached_property
    def blocks(self) -> list[Block]:
        """Parsed once: planning each site, checking pictures and the page checks all read them."""
        return parse_blocks(self.body, self.body_first_line)


def site_uri(file_name: str) -> str:
    """easy_read/x.md goes to easy-read/x/; easy_read/index.md to easy-read/home/, as easy-read/ lists every Easy Read page."""
    return f"{SITE_FOLDER}/{'home.md' if file_name == 'index.md' else file_name}"


def parse_blocks(body: str, first_line: int = 1) -> list[Block]:
    """Split Markdown into headings, points (paragraphs that start with :picture:) and loose paragraphs."""
    blocks: list[Block] = []
    for start, lines in _paragraphs(body):
        line = first_line + start
        heading = HEADING.match(lines[0])
        if heading and len(lines) == 1:
            blocks.append(Heading(len(heading.group(1)), heading.group(2), line))
            continue
        point = POINT_START.match(lines[0])
        if point:
            words = [lines[0][point.end():], *lines[1:]]
            blocks.append(Point(point.group(1), tuple(w.strip() for w in words if w.strip()), line))
        else:
            blocks.append(Loose("\n".join(lines), line))
    return blocks


def _paragraphs(body: str) -> Iterator[tuple[int, list[str]]]:
    """(offset of first line, lines) for each run of non-blank lines; a heading line stands alone."""
    current: list[str] = []
    start = 0
    for offset, raw in enumerate(body.splitlines()):
        text = raw.rstrip()
        if not text.strip() or HEADING.match(text):
            if current:
                yield start, current
            current = []
            if text.strip():
                yield offset, [text]
            continue
        if not current:
            start = offset
        current.append(text)
    if current:
        yield start, current


def offer_points(points: Iterable[EasyReadPoint]) -> list[Block]:
    return [Point(p.picture, tuple(line.strip() for line in p.words.splitlines() if line.strip())) for p in points]


CHANNEL_WORDS: dict[ChannelType, tuple[str, tuple[str, ...]]] = {
    ChannelType.phone: ("phone", ("Phone us on {value}.",)),
    ChannelType.text_relay: ("hearing", ("Is it hard for you to hear or speak?", "Use Text Relay on {value}.")),
    ChannelType.sms: ("text-message", ("Send us a text message on {value}.",)),
    ChannelType.email: ("email", ("Email us at {value}.",)),
    ChannelType.post: ("letter", ("Write to us at this address:",)),
    ChannelType.video_relay: ("hearing", ("Use British Sign Language video relay: {value}.",)),
    ChannelType.web_form: ("website", ("Fill in our form online: {value}.",)),
    ChannelType.in_person: ("meeting", ("Come and see us at this address:",)),
}
"""The picture and the lines for each way to contact a team; an address follows lines without {value}."""


def contact_points(contact: Contact) -> list[Block]:
    """Points made from an offer's contact details, so Easy Read never repeats them by hand."""
    points: list[Block] = []
    for channel in contact.channels:
        picture, wording = CHANNEL_WORDS[channel.type]
        value = f"[{channel.link_text}]({channel.href})" if channel.href else channel.value
        lines = tuple(line.format(value=value) for line in wording)
        if not any("{value}" in line for line in wording):
            lines += tuple(part.strip(" ,") for part in re.split(r"[\n,]", channel.value) if part.strip(" ,"))
        points.append(Point(picture, lines, from_data=True))
    if contact.opening_hours:
        hours = tuple(f"{h.days}: {h.hours}." for h in contact.opening_hours)
        points.append(Point("clock", ("We are open at these times:", *hours), from_data=True))
    return points


def words_used(blocks: Iterable[Block], words_to_know: dict[str, str]) -> dict[str, str]:
    """The words to know that appear on the page, in the order they were listed."""
    text = " ".join(block_text(block) for block in blocks)
    return {word: meaning for word, meaning in words_to_know.items() if mentions(text, word)}


def block_text(block: Block) -> str:
    if isinstance(block, Point):
        return " ".join(block.lines)
    return block.text


def mentions(text: str, word: str) -> bool:
    """Whether `text` uses `word` or its plural, as whole words, in any case."""
    return re.search(rf"\b{re.escape(word)}(?:s|es)?\b", text, re.IGNORECASE) is not None


def unknown_pictures(blocks: Iterable[Block], catalogue: PictureCatalogue | None) -> Iterator[Point]:
    known = catalogue.pictures if catalogue else {}
    return (block for block in blocks if isinstance(block, Point) and block.picture not in known)


def unknown_picture_problem(path: str, line: int, column: int, field: str, name: str,
                            catalogue: PictureCatalogue | None) -> Problem:
    guess = difflib.get_close_matches(name, catalogue.pictures if catalogue else [], n=1)
    hint = f"did you mean '{guess[0]}'? " if guess else ""
    return Problem(path, line, column, field, f"there is no picture called {name!r}",
                   f"{hint}use a name from {EASY_READ_DIR}/{PICTURES_FILE}, or add the picture there")


def picture_files(catalogue: PictureCatalogue | None, easy_read_dir: Path) -> dict[str, Path]:
    """Each picture's place in the site, and the file it is copied from."""
    if catalogue is None:
        return {}
    return {picture_uri(name, catalogue): easy_read_dir / picture.file for name, picture in catalogue.pictures.items()}


def picture_links(catalogue: PictureCatalogue | None) -> dict[str, dict[str, str]]:
    """For templates: each picture's address in the site and its alt text."""
    if catalogue is None:
        return {}
    return {name: {"uri": picture_uri(name, catalogue), "alt": picture.alt} for name, picture in catalogue.pictures.items()}


def picture_uri(name: str, catalogue: PictureCatalogue) -> str:
    """assets/easy-read/money.svg: one address per picture, whatever its file is called."""
    return f"{PICTURES_FOLDER}/{name}{Path(catalogue.pictures[name].file).suffix}"
