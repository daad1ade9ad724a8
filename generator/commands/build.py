"""`phb build`: every chosen site built by MkDocs into a staging folder, then swapped into place together."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.exceptions import Abort

from generator.errors import InvalidInput
from generator.plugin.mkdocs_messages import build_warning_problem, collected
from generator.plugin.plugin import PhbPlugin
from generator.plugin.site_config import PLUGIN_NAME, load_site_config
from generator.progress import Progress
from generator.publish.output_folder import Target
from generator.publish.staging import build_staged

log = logging.getLogger("phb")
PAGE_ERROR = "Error building page"
"""What MkDocs logs before it raises a page's error again, which the CLI reports as one line of its own."""


def build_sites(config_file: Path, chosen: list[Target], progress: Progress) -> None:
    """Build every target with MkDocs into a temporary folder, then swap them all into place.

    Each site is a part of `progress` named after it ("public site"), see `site_part`.
    """

    def build(target: Target, folder: Path) -> None:
        progress.part(site_part(target))
        config = load_site_config(config_file, target.audience, folder)
        plugin = config.plugins[PLUGIN_NAME]
        assert isinstance(plugin, PhbPlugin)
        plugin.progress = progress
        config.plugins.on_startup(command="build", dirty=False)
        try:
            with _page_errors_said_once(), collected("mkdocs") as warnings:
                try:
                    mkdocs_build(config)
                except Abort:
                    if not warnings:
                        raise
                    root = config_file.resolve().parent
                    raise InvalidInput(build_warning_problem(w, Path(config.docs_dir), root) for w in warnings) from None
            for warning in warnings:  # a build that is not strict goes on; its warnings are still said
                log.warning(warning)
        finally:
            config.plugins.on_shutdown()

    build_staged(chosen, build)


def site_part(target: Target) -> str:
    """The part of the progress that builds this site."""
    return f"{target.audience.value} site"


@contextmanager
def _page_errors_said_once() -> Iterator[None]:
    """A full disk would otherwise print MkDocs' line about the page, then ours about the folder."""
    logger = logging.getLogger("mkdocs.commands.build")
    said_once = _WithoutPageErrors()
    logger.addFilter(said_once)
    try:
        yield
    finally:
        logger.removeFilter(said_once)


class _WithoutPageErrors(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(PAGE_ERROR)
