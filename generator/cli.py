"""The `phb` command. A thin layer: each subcommand calls the core and reports.

Exit codes: 0 done; 1 a check failed (validate, check, report coverage) or the build failed
for a reason other than the input; 2 the input or the command line is wrong, with one line
per problem.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
from pathlib import Path

import click
import jinja2
from mkdocs.exceptions import Abort

from generator.checks.findings import Finding
from generator.checks.rendered import BrowserChecksUnavailable
from generator.commands.build import build_sites, site_part
from generator.commands.check import CHECKS_PART, run_check
from generator.commands.report import quality_framework_coverage
from generator.commands.workspace import Workspace
from generator.console import ConsoleProgress
from generator.errors import InvalidInput, Severity
from generator.load.scaffold import write_new_offer
from generator.load.schema import write_offer_schema
from generator.models import Audience
from generator.plan.quality_framework.report import report_data, report_lines
from generator.plugin.config import PRINT_FORMATS_VARIABLE
from generator.plugin.preview import TODAY_VARIABLE
from generator.plugin.site_config import load_site_config, project_layout
from generator.publish.output_folder import AUDIENCES, Target
from generator.publish.staging import SiteNotWritten

INVALID_INPUT = 2
BUILD_FAILED = 1
CHECK_FAILED = 1

config_option = click.option(
    "--config", "config_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=Path("mkdocs.yml"),
    show_default=True, help="The site configuration.",
)
today_option = click.option(
    "--today", type=click.DateTime(["%Y-%m-%d"]), envvar=TODAY_VARIABLE, show_envvar=True,
    help="The date to check review dates against, as YYYY-MM-DD (default: the real date).",
)


def _workspace(config_file: Path, today: dt.datetime | None) -> Workspace:
    return Workspace(config_file, today.date() if today else dt.date.today())


def _report_invalid(error: InvalidInput) -> None:
    for problem in error.problems:
        click.echo(str(problem), err=True)
    count = len(error.problems)
    click.echo(f"Found {count} problem{'s' if count != 1 else ''}. Nothing was published.", err=True)
    sys.exit(INVALID_INPUT)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Publish personal health budget local offers as a public website and a staff intranet.

    Offers are YAML files in offers/; pages are Markdown files in content/ (staff-only
    pages in content/staff/). Start with `phb validate`, then `phb build` or `phb serve`.
    """
    logging.basicConfig(format="%(levelname)s: %(message)s", level=logging.WARNING)


@main.command()
@click.option("--site", type=click.Choice(list(AUDIENCES)), default="all", show_default=True, help="Which site to build.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="Folder for the sites (default: site/ beside the config).")
@config_option
def build(site: str, out: Path | None, config_file: Path) -> None:
    """Build the public site into site/public and the staff intranet into site/staff.

    Input is checked first. If anything is wrong, every problem is listed and the
    sites built before are left exactly as they were.
    """
    workspace = _workspace(config_file, None)
    progress = ConsoleProgress()
    try:
        project = workspace.project
        chosen = workspace.targets(site, out)
        build_sites(config_file, chosen, progress)
    except InvalidInput as error:
        _report_invalid(error)
    except Abort as error:
        click.echo(f"The build failed: {error}. The sites built before are unchanged.", err=True)
        sys.exit(BUILD_FAILED)
    except SiteNotWritten as error:
        click.echo(str(error), err=True)
        sys.exit(BUILD_FAILED)
    except jinja2.TemplateError as error:
        where = f"{error.filename}:{error.lineno}:1" if isinstance(error, jinja2.TemplateSyntaxError) else "theme"
        click.echo(f"{where}: template: {error.message} - fix the template in theme/. The sites built before are unchanged.", err=True)
        sys.exit(BUILD_FAILED)
    finally:
        progress.close()
    _say_built(chosen, progress, len(project.offers))
    _say_if_formats_left_out(workspace)


@main.command()
@config_option
@today_option
def validate(config_file: Path, today: dt.datetime | None) -> None:
    """Check every offer and page without building anything: fast, for editors and pre-commit.

    Runs the source checks of `phb check` too (plain English, links, headings, review
    dates, Easy Read pairs); exits 1 when one fails.
    """
    workspace = _workspace(config_file, today)
    try:
        project = workspace.project
        result = workspace.source_checks.run()
    except InvalidInput as error:
        _report_invalid(error)
    _print_findings(result.findings)
    checked = [f"{len(project.offers)} offers", f"{len(project.pages)} pages", f"{len(project.easy_read_pages)} Easy Read pages",
               *(["the accessibility statement"] if project.statement else [])]
    click.echo(f"All {', '.join(checked[:-1])} and {checked[-1]} are valid.")
    _exit_on_errors(result.findings)


@main.command()
@click.option("--site", type=click.Choice(list(AUDIENCES)), default="all", show_default=True, help="Which site to check.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="Folder for the sites (default: site/ beside the config).")
@config_option
@today_option
def check(site: str, out: Path | None, config_file: Path, today: dt.datetime | None) -> None:
    """Build fresh, then check every page against the Accessible Information Standard,
    plain English rules and WCAG 2.2 AA. Writes site/reports/ (report.html to read,
    report.json and junit.xml for tools). Exits 1 when a check fails.
    """
    workspace = _workspace(config_file, today)
    progress = ConsoleProgress()
    try:
        report, folder = run_check(workspace, site, progress, out)
    except InvalidInput as error:
        _report_invalid(error)
    except BrowserChecksUnavailable as error:
        click.echo(f"The browser checks could not run: {error}", err=True)
        sys.exit(BUILD_FAILED)
    except SiteNotWritten as error:
        click.echo(str(error), err=True)
        sys.exit(BUILD_FAILED)
    finally:
        progress.close()
    _print_findings(report.findings)
    for part in progress.part_seconds:
        if part != CHECKS_PART:
            click.echo(f"Built the {part}: {progress.summary(part)}.")
    click.echo(f"Checked {report.pages} pages in {progress.summary(CHECKS_PART)}: {len(report.errors)} errors, "
               f"{len(report.warnings)} warnings, {len(report.exemptions)} checks switched off by pages. "
               f"Report: {folder / 'report.html'}")
    _say_if_formats_left_out(workspace)
    _exit_on_errors(report.findings)


def _say_built(chosen: list[Target], progress: ConsoleProgress, offers: int) -> None:
    for target in chosen:
        part = site_part(target)
        click.echo(f"Built the {part} in {target.site_dir} ({offers} offers): {progress.summary(part)}.")


def _say_if_formats_left_out(workspace: Workspace) -> None:
    """Last, where it is seen: a site without its other formats must not be published (publish.yml refuses it too)."""
    if not workspace.options.print_formats:
        click.echo(f"The PDFs, large print and plain text were left out ({PRINT_FORMATS_VARIABLE}=false, or print_formats: "
                   "false in mkdocs.yml): do not publish this site.")


def _print_findings(findings: list[Finding]) -> None:
    for finding in findings:
        click.echo(str(finding), err=True)


def _exit_on_errors(findings: list[Finding]) -> None:
    if any(f.severity is Severity.error for f in findings):
        sys.exit(CHECK_FAILED)


@main.group()
def report() -> None:
    """Reports on the offers for the people who run them."""


@report.command()
@click.option("--format", "output", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Lines to read, or JSON for other tools.")
@config_option
def coverage(output: str, config_file: Path) -> None:
    """Show how each offer covers the NHS England PHB Quality Framework.

    Lists every Step 1 operational standard and the other things the framework expects an
    area to publish (decisions, reviews, support services and more), with the evidence in
    the offer or what to add and on which line. Missing required items are warnings; set
    `quality_framework: {missing: error}` under the phb plugin in mkdocs.yml to exit 1 instead.
    """
    try:
        coverages, severity = quality_framework_coverage(_workspace(config_file, None))
    except InvalidInput as error:
        _report_invalid(error)
    if output == "json":
        click.echo(json.dumps(report_data(coverages, severity), indent=2, ensure_ascii=False))
    else:
        click.echo("\n\n".join("\n".join(report_lines(c, severity)) for c in coverages))
    if severity is Severity.error and any(c.missing_required() for c in coverages):
        sys.exit(CHECK_FAILED)


@main.command()
@click.option("--site", type=click.Choice(["public", "staff"]), default="public", show_default=True, help="Which site to preview.")
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
@config_option
@today_option
def serve(site: str, dev_addr: str, config_file: Path, today: dt.datetime | None) -> None:
    """Preview a site at http://127.0.0.1:8000, rebuilding when a page, offer or template changes."""
    from mkdocs.commands.serve import serve as mkdocs_serve

    try:
        layout = project_layout(load_site_config(config_file, Audience(site)))
    except InvalidInput as error:
        _report_invalid(error)
    os.environ["PHB_AUDIENCE"] = site
    if today:
        os.environ[TODAY_VARIABLE] = today.date().isoformat()  # the preview's page checks run inside MkDocs
    logging.getLogger("mkdocs").setLevel(logging.INFO)  # say when the preview rebuilds, and what stopped it
    os.environ[PRINT_FORMATS_VARIABLE] = "false"  # the PDFs take seconds an offer: previews rebuild without them
    watched = [layout.offers_dir, layout.easy_read_dir, layout.root / "theme", layout.root / "glossary.yaml"]
    mkdocs_serve(str(config_file), dev_addr=dev_addr, watch=[str(path) for path in watched if path.exists()])


@main.command()
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=Path("offers/offer.schema.json"), show_default=True)
def schema(out: Path) -> None:
    """Write the JSON Schema that editors use to check offer files as you type."""
    write_offer_schema(out)
    click.echo(f"Wrote {out}.")


@main.command("new-offer")
@click.argument("offer_id")
@click.option("--offers-dir", type=click.Path(file_okay=False, path_type=Path), default=Path("offers"), show_default=True)
@today_option
def new_offer(offer_id: str, offers_dir: Path, today: dt.datetime | None) -> None:
    """Write offers/OFFER_ID.yaml: a commented offer that validates, ready to fill in."""
    try:
        path = write_new_offer(offer_id, offers_dir, today.date() if today else None)
    except InvalidInput as error:
        _report_invalid(error)
    click.echo(f"Wrote {path}. Fill in each section, then run `phb validate`.")
