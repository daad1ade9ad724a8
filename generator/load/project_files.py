"""Which files of a project may be read: ordinary files inside its own folders, never links.

A link (symbolic link) in content/ would publish whatever it points at: /etc/passwd, or
/proc/self/environ with the build's secrets, or a staff page under a public address. So
no link under a source folder is followed: each is one problem naming the link and where
it points, and the MkDocs plugin drops any file reached through one. Paths written inside
files (the pictures in easy_read/pictures.yaml) must stay inside the folder meant for them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath

from generator.errors import Problem
from generator.load.easy_read import EASY_READ_DIR, PICTURES_DIR
from generator.load.validation import dotted
from generator.load.yaml_source import SourceMap
from generator.models import PictureCatalogue

LINK_FIX = "put the file itself here instead of a link, or delete the link"
"""A link is refused wherever it points: inside the project it could still make a staff page public."""


def readable_files(root: Path, folders: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """Every ordinary file under `folders`, sorted, and one problem for each link or special file found there."""
    files: list[Path] = []
    problems: list[Problem] = []
    for path in (entry for folder in folders for entry in entries(folder)):
        if path.is_symlink():
            problems.append(link_problem(path, root))
        elif not path.is_file():
            problems.append(Problem(shown(path, root), 1, 1, "file", "is not an ordinary file (a pipe or a device)",
                                    "delete it; the project holds only text files and pictures"))
        elif path.stat().st_nlink > 1:  # a hard link is the same file as one elsewhere, perhaps /etc/passwd
            problems.append(Problem(shown(path, root), 1, 1, "file", "is also a file somewhere else (a hard link)",
                                    "put a copy of the file here instead: `cp --remove-destination` it from where it came from"))
        else:
            files.append(path)
    return sorted(files), problems


def entries(folder: Path) -> Iterator[Path]:
    """Every file, link and special file under `folder`, without following links: a linked folder is one entry."""
    if folder.is_symlink():
        yield folder
        return
    for parent, folder_names, file_names in os.walk(folder):
        here = Path(parent)
        yield from (here / name for name in file_names)
        yield from (here / name for name in folder_names if (here / name).is_symlink())


def in_folder(files: Iterable[Path], folder: Path, suffixes: tuple[str, ...], *, nested: bool = False) -> list[Path]:
    """The files directly in `folder` (or anywhere under it, if `nested`) whose names end with one of `suffixes`."""
    return [path for path in files if path.suffix in suffixes and (path.is_relative_to(folder) if nested else path.parent == folder)]


def reached_through_link(path: Path, folder: Path) -> bool:
    """Whether `path`, somewhere under `folder`, is a link or sits in a linked folder (`folder` itself included)."""
    try:
        parts = path.relative_to(folder).parts
    except ValueError:
        return False
    current = folder
    if current.is_symlink():
        return True
    for part in parts:
        current = current / part
        if current.is_symlink():
            return True
    return False


def picture_file_problems(catalogue: PictureCatalogue, source: SourceMap, easy_read_dir: Path, shown_as: str) -> list[Problem]:
    """Each picture file must be an ordinary file in easy_read/pictures/: no `..`, no absolute path, none missing.

    A link on the way is readable_files' to report.
    """
    pictures_dir = easy_read_dir / PICTURES_DIR
    problems = []
    for name, picture in catalogue.pictures.items():
        written = PurePosixPath(picture.file)
        path = easy_read_dir / written
        location = ("pictures", name, "file")
        if written.is_absolute() or ".." in written.parts or not path.is_relative_to(pictures_dir):
            problems.append(Problem(shown_as, *source.position(location), dotted(location),
                                    f"{picture.file!r} is outside {EASY_READ_DIR}/{PICTURES_DIR}/",
                                    f"put the picture in {EASY_READ_DIR}/{PICTURES_DIR}/ and write its path from "
                                    f"{EASY_READ_DIR}/, for example {PICTURES_DIR}/{name}.svg"))
        elif not path.is_file() and not reached_through_link(path, easy_read_dir):
            problems.append(Problem(shown_as, *source.position(location), dotted(location),
                                    f"there is no file {EASY_READ_DIR}/{written}",
                                    "add the picture file there, or correct the file name"))
    return problems


def shown(path: Path, root: Path) -> str:
    """The path of a file or a link (not of what it points at), relative to the project, for messages."""
    try:
        return (path.parent.resolve() / path.name).relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def link_problem(link: Path, root: Path) -> Problem:
    """A link, named as it is written in the project, and where it points."""
    return Problem(shown(link, root), 1, 1, "file",
                   f"is a link to {os.readlink(link)}; the tool reads only the project's own files, never a link", LINK_FIX)
