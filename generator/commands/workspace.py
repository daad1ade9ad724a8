"""What one command works on, loaded once: mkdocs.yml, the project it describes, and today's date.

Every command makes one Workspace, so the configuration and the project are read and
validated once however many steps use them. Today's date is an input (`--today`, or
PHB_TODAY), so review dates and checks give the same answer on any day they run.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from generator.checks.source import SourceChecks
from generator.load.project import Project
from generator.models import Audience
from generator.plugin.config import PhbConfig
from generator.plugin.site_config import PLUGIN_NAME, configured_project, load_site_config, project_layout, source_checks_for
from generator.publish.output_folder import Target, targets


@dataclass
class Workspace:
    config_file: Path
    today: dt.date

    @cached_property
    def config(self) -> MkDocsConfig:
        """mkdocs.yml as the public site reads it; InvalidInput names the line of a bad setting."""
        return load_site_config(self.config_file, Audience.public)

    @property
    def options(self) -> PhbConfig:
        """The phb plugin's settings in mkdocs.yml."""
        options: PhbConfig = self.config.plugins[PLUGIN_NAME].config
        return options

    @cached_property
    def project(self) -> Project:
        """Every offer and page, validated; InvalidInput lists every problem."""
        return configured_project(self.config)

    @cached_property
    def source_checks(self) -> SourceChecks:
        return source_checks_for(self.config, self.project, self.today)

    def targets(self, site: str, out: Path | None) -> list[Target]:
        """Where the sites go; InvalidInput when OUT would put them over the project or its sources."""
        return targets(self.config_file, site, out, project_layout(self.config).source_dirs)
