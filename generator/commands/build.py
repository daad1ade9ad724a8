"""`phb build`: every chosen site built by MkDocs into a staging folder, then swapped into place together."""

from __future__ import annotations

from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build

from generator.plugin.site_config import load_site_config
from generator.publish.output_folder import Target
from generator.publish.staging import build_staged


def build_sites(config_file: Path, chosen: list[Target]) -> None:
    """Build every target with MkDocs into a temporary folder, then swap them all into place."""

    def build(target: Target, folder: Path) -> None:
        config = load_site_config(config_file, target.audience, folder)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            mkdocs_build(config)
        finally:
            config.plugins.on_shutdown()

    build_staged(chosen, build)
