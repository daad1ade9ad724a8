"""Build one or both sites with MkDocs, swapping each into place only when every build succeeded.

A failed or interrupted build leaves the previously built site exactly as it was:
each audience is built into a fresh folder beside its target and renamed over it
only at the end. A build killed part-way leaves its folder behind; the next build
into the same place removes it, holding a lock so that it never touches the folder
of a build that is still running.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import markdown
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, ConfigurationError

from .checks.findings import Severity
from .checks.glossary import read_glossary
from .checks.settings import CheckSettings
from .checks.source import SourceChecks
from .coverage import OfferCoverage, project_coverage
from .markup_safety import site_markdown_extensions
from .models import Audience
from .problems import InvalidInput, Problem
from .project import Layout, Project, load_project
from .rendering import PageRenderer
from .validation import validate
from .statement import OPTION as STATEMENT_OPTION, StatementOptions
from .yaml_source import SourceMap, compose_yaml

PLUGIN_NAME = "phb"
STAGING_PREFIX = ".phb-build-"
OLD_PREFIX = ".phb-old-"
AUDIENCES = {"public": (Audience.public,), "staff": (Audience.staff,), "all": (Audience.public, Audience.staff)}


@dataclass(frozen=True)
class Target:
    audience: Audience
    site_dir: Path


def load_site_config(config_file: Path, audience: Audience, site_dir: Path | None = None) -> MkDocsConfig:
    """mkdocs.yml with the phb plugin set to build for `audience`; a bad setting raises InvalidInput."""
    overrides = {"site_dir": str(site_dir)} if site_dir else {}
    with _config_messages() as messages:
        try:
            config = load_config(str(config_file), **overrides)
        except (Abort, ConfigurationError) as error:
            messages.append(str(error))
    if messages:
        raise InvalidInput(_config_problem(config_file, message) for message in messages if not message.startswith("Aborted"))
    config.plugins[PLUGIN_NAME].config.audience = audience.value
    return config


@contextmanager
def _config_messages() -> Iterator[list[str]]:
    """Collect what MkDocs says about mkdocs.yml, which it would otherwise only log."""
    messages: list[str] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = lambda record: messages.append(record.getMessage())  # type: ignore[method-assign]
    logger = logging.getLogger("mkdocs.config")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield messages
    finally:
        logger.removeHandler(handler)
        logger.propagate = True


def _config_problem(config_file: Path, message: str) -> Problem:
    """Point at the line of the innermost setting named in MkDocs' message, where there is one.

    A wrong choice names the allowed values last ("Expected one of: ('warning', 'error')"),
    so names are tried from the last back until one is a setting written in the file.
    """
    text = config_file.read_text(encoding="utf-8") if config_file.exists() else ""
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
    return load_project(project_layout(config), statement_options(Path(config.config_file_path), option))


def validate_project(config_file: Path) -> Project:
    """Load every offer and page, raising InvalidInput with all problems found."""
    return configured_project(load_site_config(config_file, Audience.public))


def quality_framework_coverage(config_file: Path) -> tuple[list[OfferCoverage], Severity]:
    """Every offer's Quality Framework coverage, and whether a missing required item is a warning or an error."""
    config = load_site_config(config_file, Audience.public)
    project = configured_project(config)
    return project_coverage(project), Severity(config.plugins[PLUGIN_NAME].config.quality_framework.missing)


def source_checks(config_file: Path, today: dt.date) -> SourceChecks:
    """Everything the source checks need, read from mkdocs.yml and the project; InvalidInput if any of it is wrong."""
    config = load_site_config(config_file, Audience.public)
    return source_checks_for(config, configured_project(config), today)


def source_checks_for(config: MkDocsConfig, project: Project, today: dt.date) -> SourceChecks:
    """The source checks of a project already loaded with this configuration (the preview reuses its own)."""
    layout = project.layout
    options = config.plugins[PLUGIN_NAME].config
    settings = _check_settings(Path(config.config_file_path), options.checks)
    glossary_path = layout.root / settings.glossary
    templates_dir = layout.root / options.templates_dir
    return SourceChecks(
        project=project,
        renderer=PageRenderer(templates_dir, {"audience": Audience.public.value}),
        templates_dir=templates_dir,
        to_html=markdown_to_html(config),
        settings=settings,
        glossary=read_glossary(glossary_path, layout.shown(glossary_path)),
        today=today,
    )


def markdown_to_html(config: MkDocsConfig) -> Callable[[str], str]:
    """Markdown to HTML as the site makes it, safety step included: for page checks and printed documents."""
    converter = markdown.Markdown(extensions=site_markdown_extensions(config.markdown_extensions), extension_configs=config.mdx_configs)
    return lambda text: converter.reset().convert(text)


def _check_settings(config_file: Path, options: dict) -> CheckSettings:
    """The `checks:` option of the phb plugin; problems point at their line in mkdocs.yml."""
    return validate(CheckSettings, options, config_file.name, option_source(config_file, "checks"))


def statement_options(config_file: Path, option: dict | None) -> StatementOptions | None:
    """The `accessibility_statement:` option of the phb plugin, with where it is written for problems."""
    if option is None:
        return None
    return StatementOptions(option, config_file.name, option_source(config_file, STATEMENT_OPTION))


def option_source(config_file: Path, name: str) -> SourceMap:
    """Where the phb plugin's option `name` is written in mkdocs.yml (a list or a block of plugins)."""
    whole = compose_yaml(config_file.read_text(encoding="utf-8"))
    plugins = whole.within(("plugins",))
    count = len(plugins.root.value) if plugins else 0
    places = [("plugins", PLUGIN_NAME, name), *(("plugins", index, PLUGIN_NAME, name) for index in range(count))]
    return next((found for place in places if (found := whole.within(place))), SourceMap(None))


def targets(config_file: Path, site: str, out: Path | None) -> list[Target]:
    """Where each audience's site goes: OUT/public and OUT/staff, by default site/public and site/staff."""
    base = out or Path(config_file).parent / "site"
    return [Target(audience, base / audience.value) for audience in AUDIENCES[site]]


def build_sites(config_file: Path, chosen: list[Target]) -> None:
    """Build every target into a temporary folder, then swap them all into place."""
    with _staging(chosen) as staged:
        for target, folder in staged:
            config = load_site_config(config_file, target.audience, folder)
            config.plugins.on_startup(command="build", dirty=False)
            try:
                mkdocs_build(config)
            finally:
                config.plugins.on_shutdown()
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
