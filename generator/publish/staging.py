"""Build sites into staging folders and swap each into place only when every build succeeded.

A failed or interrupted build leaves the previously built site exactly as it was:
each audience is built into a fresh folder beside its target and renamed over it
only at the end. A build killed part-way leaves its folder behind; the next build
into the same place removes it, holding a lock so that it never touches the folder
of a build that is still running.

Only folders the tool made are ever replaced or removed: each carries a `.phb-site`
mark from the moment it is made (MkDocs leaves hidden files alone when it cleans its
output folder). Where the sites go is checked by generator.publish.output_folder.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from generator.errors import InvalidInput, Problem
from generator.models import Audience
from generator.publish.output_folder import Target, shown

STAGING_PREFIX = ".phb-build-"
OLD_PREFIX = ".phb-old-"
SITE_MARK = ".phb-site"
MARK_TEXT = "This folder is a site built by phb. `phb build` replaces it with each build; it never replaces a folder without this file.\n"
FIX_UNWRITABLE = ("free some disk space or make the folder writable, or build somewhere else with --out DIR; "
                  "the sites built before are unchanged")


class SiteNotWritten(Exception):
    """The output folder could not be written (full disk, read-only folder); the sites built before are unchanged."""

    def __init__(self, folder: Path, error: OSError) -> None:
        why = f"the site could not be written there: {error.strerror or error}"
        self.problem = Problem(shown(folder), 1, 1, "out", why, FIX_UNWRITABLE)
        super().__init__(str(self.problem))


def build_staged(chosen: list[Target], build: Callable[[Target, Path], None]) -> None:
    """Build every target into a temporary folder with `build`, then swap them all into place.

    InvalidInput when a target is a folder the tool did not make; SiteNotWritten when writing fails.
    """
    try:
        with _staging(chosen) as staged:
            for target, folder in staged:
                build(target, folder)
            for target, folder in staged:
                _swap_in(folder, target.site_dir)
    except OSError as error:
        raise SiteNotWritten(chosen[0].site_dir.parent, error) from error


def is_ours(folder: Path) -> bool:
    """A folder the tool made: a real folder (not a link) with the mark at its root."""
    return folder.is_dir() and not folder.is_symlink() and (folder / SITE_MARK).is_file()


@contextmanager
def _staging(chosen: list[Target]) -> Iterator[list[tuple[Target, Path]]]:
    with ExitStack() as locks:
        for parent in sorted({target.site_dir.parent for target in chosen}):
            locks.enter_context(_sole_build_in(parent))
        _refuse_folders_not_ours(chosen)
        folders = []
        try:
            for target in chosen:
                prefix = f"{STAGING_PREFIX}{target.audience.value}-"
                folder = Path(tempfile.mkdtemp(prefix=prefix, dir=target.site_dir.parent))
                folders.append((target, folder))
                (folder / SITE_MARK).write_text(MARK_TEXT, encoding="utf-8")
            yield folders
        finally:
            for _, folder in folders:
                shutil.rmtree(folder, ignore_errors=True)


def _refuse_folders_not_ours(chosen: list[Target]) -> None:
    """A site folder (or a half-swapped one) with files but no mark was not made by us: never replace it."""
    problems = []
    for target in chosen:
        for folder in (target.site_dir, _old(target.site_dir)):
            if (folder.is_symlink() or folder.exists()) and not is_ours(folder) and not _is_empty_folder(folder):
                problems.append(Problem(shown(folder), 1, 1, "out", f"is a folder phb did not make (it has no {SITE_MARK} mark), "
                                        "so the build will not replace it", "move or delete it, or build somewhere else with --out DIR"))
    if problems:
        raise InvalidInput(problems)


def _is_empty_folder(folder: Path) -> bool:
    return folder.is_dir() and not folder.is_symlink() and not any(folder.iterdir())


@contextmanager
def _sole_build_in(folder: Path) -> Iterator[None]:
    """Wait until no other build writes into `folder`, then clear what killed builds left there.

    The lock is on the folder itself, so no lock file is left. The operating system
    releases it when its holder dies, even by SIGKILL, so once we hold it every staging
    folder here belongs to a build that is no longer running.
    """
    folder.mkdir(parents=True, exist_ok=True)
    handle = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        clear_leftovers(folder)
        yield
    finally:
        os.close(handle)


def clear_leftovers(folder: Path) -> None:
    """Remove the staging folders of killed builds; put back a site whose swap was cut short.

    Only marked folders are touched (or an empty staging folder, killed before its mark was written).
    """
    for audience in Audience:
        for staging in folder.glob(f"{STAGING_PREFIX}{audience.value}-*"):
            if is_ours(staging):
                shutil.rmtree(staging)
            elif _is_empty_folder(staging):
                staging.rmdir()
        live = folder / audience.value
        old = _old(live)
        if is_ours(old) and not live.exists():
            old.rename(live)
        elif is_ours(old):
            shutil.rmtree(old)


def _old(live: Path) -> Path:
    return live.with_name(f"{OLD_PREFIX}{live.name}")


def _swap_in(new: Path, live: Path) -> None:
    """Replace `live` by `new` with renames, so readers never see a half-written site; if the second rename fails,
    the last site is put back."""
    os.chmod(new, 0o755)
    old = _old(live)
    if _is_empty_folder(old):
        old.rmdir()
    if live.is_symlink() or live.exists():
        live.rename(old)
    try:
        new.rename(live)
    except OSError:
        if old.exists() and not live.exists():
            old.rename(live)
        raise
    shutil.rmtree(old, ignore_errors=True)
