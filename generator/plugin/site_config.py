"""mkdocs.yml read for the phb plugin: the project it describes, its settings, and its Markdown.

Problems in mkdocs.yml point at their line, like problems in offers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

import markdown
import yaml
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, ConfigurationError

from generator.checks.source import SourceChecks
from generator.errors import InvalidInput, Problem
from generator.formats import site_plan
from generator.load.check_settings import CheckSettings
from generator.load.glossary import read_glossary
from generator.load.project import Layout, Project
from generator.load.statement import OPTION as STATEMENT_OPTION
from generator.load.statement import StatementOptions
from generator.load.text_file import read_source_text
from generator.load.validation import validate
from generator.load.yaml_guard import scan_yaml
from generator.load.yaml_source import SourceMap, compose_yaml
from generator.models import Audience
from generator.plan.project import load_project
from generator.plugin.mkdocs_messages import bad_date_line, collected
from generator.render.markup_safety import site_markdown_extensions
from generator.render.page_markup import markup_problems
from generator.render.templates import PageRenderer

PLUGIN_NAME = "phb"


def load_site_config(config_file: Path, audience: Audience, site_dir: Path | None = None) -> MkDocsConfig:
    """mkdocs.yml with the phb plugin set to build for `audience`; a bad setting raises InvalidInput."""
    overrides = {"site_dir": str(site_dir)} if site_dir else {}
    if config_file.is_file():  # nesting MkDocs' YAML loader would overflow on, and text it cannot read, get their line first
        with suppress(yaml.YAMLError):  # MkDocs explains broken YAML itself
            scan_yaml(read_source_text(config_file, config_file.name), config_file.name)
    with collected("mkdocs.config") as messages:
        try:
            config = load_config(str(config_file), **overrides)
        except (Abort, ConfigurationError) as error:
            messages.append(str(error))
        except ValueError as error:  # YAML's own: a date that is not a real day, for example 2026-13-12
            text = config_file.read_text(encoding="utf-8")
            raise InvalidInput([Problem(config_file.name, bad_date_line(text), 1, "config", f"a value could not be read: {error}",
                                        "write dates as real days, YYYY-MM-DD, for example 2027-04-12")]) from None
    if messages:
        raise InvalidInput(_config_problem(config_file, message) for message in messages if not message.startswith("Aborted"))
    config.plugins[PLUGIN_NAME].config.audience = audience.value
    return config


def site_url_for(config: MkDocsConfig, audience: Audience) -> str | None:
    """Each site's own address: site_url is the public site's, so the staff site has staff_site_url or none."""
    if audience is Audience.staff:
        return config.plugins[PLUGIN_NAME].config.staff_site_url or None
    return config.site_url or None


def _config_problem(config_file: Path, message: str) -> Problem:
    """Point at the line of the innermost setting named in MkDocs' message, where there is one.

    A wrong choice names the allowed values last ("Expected one of: ('warning', 'error')"),
    so names are tried from the last back until one is a setting written in the file.
    """
    text = read_source_text(config_file, config_file.name) if config_file.exists() else ""
    names = re.findall(r"'([\w.-]+)'", message)
    line = next((number for name in reversed(names) for number, content in enumerate(text.splitlines(), 1)
                 if re.match(rf"\s*-?\s*{re.escape(name)}\s*:", content)), 1)
    return Problem(config_file.name, line, 1, "config", message.rstrip("."), f"correct or remove this setting in {config_file.name}")


def project_layout(config: MkDocsConfig) -> Layout:
    root = Path(config.config_file_path).parent
    return Layout(root, root / config.plugins[PLUGIN_NAME].config.offers_dir, Path(config.docs_dir))


def configured_project(config: MkDocsConfig) -> Project:
    """The project mkdocs.yml describes, with the settings of its accessibility statement; InvalidInput if wrong."""
    option = config.plugins[PLUGIN_NAME].config[STATEMENT_OPTION]
    return load_project(project_layout(config), statement_options(Path(config.config_file_path), option),
                        to_html=markdown_to_html(config, sanitised=False), page_checks=[markup_problems])


def source_checks_for(config: MkDocsConfig, project: Project, today: dt.date) -> SourceChecks:
    """The source checks of a project already loaded with this configuration (the preview reuses its own)."""
    layout = project.layout
    options = config.plugins[PLUGIN_NAME].config
    settings = _check_settings(Path(config.config_file_path), options.checks)
    glossary_path = layout.root / settings.glossary
    templates_dir = layout.root / options.templates_dir
    return SourceChecks(
        project=project,
        sites={audience: site_plan(project, audience, [], use_directory_urls=config.use_directory_urls) for audience in Audience},
        renderer=PageRenderer(templates_dir, {"audience": Audience.public.value}),
        templates_dir=templates_dir,
        to_html=markdown_to_html(config),
        settings=settings,
        glossary=read_glossary(glossary_path, layout.root),
        today=today,
    )


def markdown_to_html(config: MkDocsConfig, *, sanitised: bool = True) -> Callable[[str], str]:
    """Markdown to HTML as the site makes it, sanitised: for page checks and printed documents.

    Unsanitised only for the checks that tell editors what the sanitiser would drop.
    """
    extensions = site_markdown_extensions(config.markdown_extensions, sanitised=sanitised)
    converter = markdown.Markdown(extensions=extensions, extension_configs=config.mdx_configs)
    return lambda text: converter.reset().convert(text)


def _check_settings(config_file: Path, options: dict[str, object]) -> CheckSettings:
    """The `checks:` option of the phb plugin; problems point at their line in mkdocs.yml."""
    return validate(CheckSettings, options, config_file.name, option_source(config_file, "checks"))


def statement_options(config_file: Path, option: dict[str, object] | None) -> StatementOptions | None:
    """The `accessibility_statement:` option of the phb plugin, with where it is written for problems."""
    if option is None:
        return None
    return StatementOptions(option, config_file.name, option_source(config_file, STATEMENT_OPTION))


def option_source(config_file: Path, name: str) -> SourceMap:
    """Where the phb plugin's option `name` is written in mkdocs.yml (a list or a block of plugins).

    Anchors, aliases and merge keys in it are refused, as in offers: the option's values are read from it.
    """
    whole = compose_yaml(read_source_text(config_file, config_file.name), config_file.name)
    plugins = whole.within(("plugins",))
    count = len(plugins.root.value) if plugins and plugins.root else 0
    places = [("plugins", PLUGIN_NAME, name), *(("plugins", index, PLUGIN_NAME, name) for index in range(count))]
    option = next((found for place in places if (found := whole.within(place))), SourceMap(None))
    if option.copies:
        raise InvalidInput(option.copies)
    return option


