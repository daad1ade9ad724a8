"""The accessibility statement's settings and the last check's report, read and validated.

Planning the page from them is generator.plan.statement's job.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from generator.errors import InvalidInput
from generator.load.last_check import LastCheck, read_last_check
from generator.load.validation import validate
from generator.load.yaml_source import SourceMap
from generator.models import StatementSettings

OPTION = "accessibility_statement"
"""The phb plugin's option that holds the settings."""
ACCESSIBILITY_PAGE = "accessibility.md"
"""Where the statement is published; no hand-written page may take its place."""


@dataclass(frozen=True)
class StatementOptions:
    """The `accessibility_statement:` option as written in the site's configuration."""

    data: object
    path: str
    """The configuration file as people see it, for example mkdocs.yml."""
    source: SourceMap


@dataclass(frozen=True)
class Statement:
    settings: StatementSettings
    last_check: LastCheck | None
    """None when no check has run yet."""
    config_path: str
    config_line: int
    """Where the settings start in the configuration, for findings about them."""


def read_statement(options: StatementOptions, root: Path) -> Statement:
    """Validate the settings and read the last check's report; InvalidInput names the line to fix."""
    try:
        settings = validate(StatementSettings, options.data, options.path, options.source)
    except InvalidInput as error:
        raise InvalidInput(replace(p, field=f"{OPTION}.{p.field}") for p in error.problems) from None
    last_check = read_last_check(root / settings.check_report, settings.check_report)
    return Statement(settings, last_check, options.path, options.source.position(())[0])
