"""Build sites into staging folders and swap each into place only when every build succeeded.

A failed or interrupted build leaves the previously built site exactly as it was:
each audience is built into a fresh folder beside its target and renamed over it
only at the end. A build killed part-way leaves its folder behind; the next build
into the same place removes it, holding a lock so that it never touches the folder
of a build that is still running.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from generator.models import Audience

STAGING_PREFIX = ".phb-build-"
OLD_PREFIX = ".phb-old-"
AUDIENCES = {"public": (Audience.public,), "staff": (Audience.staff,), "all": (Audience.public, Audience.staff)}


@dataclass(frozen=True)
class Target:
    audience: Audience
    site_dir: Path


def targets(config_file: Path, site: str, out: Path | None) -> list[Target]:
    """Where each audience's site goes: OUT/public and OUT/staff, by default site/public and site/staff."""
    base = out or Path(config_file).parent / "site"
    return [Target(audience, base / audience.value) for audience in AUDIENCES[site]]


def build_staged(chosen: list[Target], build: Callable[[Target, Path], None]) -> None:
    """Build every target into a temporary folder with `build`, then swap them all into place."""
    with _staging(chosen) as staged:
        for target, folder in staged:
            build(target, folder)
        for target, folder in staged:
            _swap_in(folder, target.site_dir)


@contextmanager
def _staging(chosen: list[Target]) -> Iterator[list[tuple[Target, Path]]]:
    with ExitStack() as locks:
        for parent in sorted({target.site_dir.parent for target in chosen}):
            locks.enter_context(_sole_build_in(parent))
        folders = []
        try:
            for target in chosen:
                prefix = f"{STAGING_PREFIX}{target.audience.value}-"
                folders.append((target, Path(tempfile.mkdtemp(prefix=prefix, dir=target.site_dir.parent))))
            yield folders
        finally:
            for _, folder in folders:
                shutil.rmtree(folder, ignore_errors=True)


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
    """Remove the staging folders of killed builds; put back a site whose swap was cut short."""
    for audience in Audience:
        for staging in folder.glob(f"{STAGING_PREFIX}{audience.value}-*"):
            if staging.is_dir():
                shutil.rmtree(staging)
        old, live = folder / f"{OLD_PREFIX}{audience.value}", folder / audience.value
        if old.is_dir() and not live.exists():
            old.rename(live)
        shutil.rmtree(old, ignore_errors=True)


def _swap_in(new: Path, live: Path) -> None:
    """Replace `live` by `new` with renames, so readers never see a half-written site."""
    os.chmod(new, 0o755)
    old = live.with_name(f"{OLD_PREFIX}{live.name}")
    shutil.rmtree(old, ignore_errors=True)
    if live.exists():
        live.rename(old)
    new.rename(live)
    shutil.rmtree(old, ignore_errors=True)
