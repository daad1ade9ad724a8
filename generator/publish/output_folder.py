"""Where the sites go, and where they may never go.

A build replaces OUT/public and OUT/staff, so an OUT that is the project folder, holds
it, or lies inside one of its sources (`--out ..` from a project folder named `staff`)
would replace the project with the site. Such a folder is refused before anything is
built. A relative OUT is taken from the current folder, as on any command line, and
every path is made absolute here: MkDocs would take a relative one from mkdocs.yml's folder.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from generator.errors import InvalidInput, Problem
from generator.models import Audience

AUDIENCES = {"public": (Audience.public,), "staff": (Audience.staff,), "all": (Audience.public, Audience.staff)}
DEFAULT_FOLDER = "site"
"""Beside mkdocs.yml."""
FIX_OUT = f"build somewhere outside the project's sources, for example the default {DEFAULT_FOLDER}/ beside mkdocs.yml"


@dataclass(frozen=True)
class Target:
    audience: Audience
    site_dir: Path


def targets(config_file: Path, site: str, out: Path | None, sources: Iterable[Path]) -> list[Target]:
    """Where each audience's site goes: OUT/public and OUT/staff, by default site/public and site/staff.

    InvalidInput when OUT is the project folder (beside `config_file`), holds it, or lies inside one of `sources` or .git.
    """
    root = config_file.resolve().parent
    base = (out if out is not None else root / DEFAULT_FOLDER).resolve()
    chosen = [Target(audience, base / audience.value) for audience in AUDIENCES[site]]
    written = out.as_posix() if out is not None else shown(base)
    for place in [base, *(target.site_dir.resolve() for target in chosen)]:
        problem = _refused(written, place, root, [*sources, root / ".git"])
        if problem:
            raise InvalidInput([problem])
    return chosen


def _refused(written: str, place: Path, root: Path, sources: list[Path]) -> Problem | None:
    """Why the sites may not go to `place` (resolved), or None."""
    if place == root:
        why = "is the project folder itself, so the build would replace its sources with the site"
    elif root.is_relative_to(place):
        why = f"holds the project folder {root.name}/, so the site could replace the project"
    else:
        inside = next((source for source in sources if place.is_relative_to(source.resolve())), None)
        if inside is None:
            return None
        folder = inside.resolve()
        name = folder.relative_to(root).as_posix() if folder.is_relative_to(root) else folder.as_posix()
        why = f"is inside {name}/, which holds the project's sources"
    return Problem(written, 1, 1, "out", why, FIX_OUT)


def shown(path: Path) -> str:
    """A folder as the person who ran the command would write it: from the current folder when it is inside it."""
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()
