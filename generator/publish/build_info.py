"""What was published, from which commit, and when: site/*/build.json and the version in the footer.

Dates come from SOURCE_DATE_EPOCH or the commit, never the clock, so two builds of the
same commit stay byte-identical.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from dataclasses import asdict, dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

BUILD_FILE = "build.json"
UNKNOWN = "unknown"


@dataclass
class BuildInfo:
    tool_version: str
    commit: str
    """The git commit of the project, or "unknown" outside git."""
    built_at: str
    """ISO date and time from SOURCE_DATE_EPOCH or the commit, or "unknown"."""
    audience: str
    offers: list[dict[str, str]]
    pages: int = 0
    print_formats: bool = True
    """False when the PDFs, large print and plain text were left out (PHB_PRINT_FORMATS=false): not a site to publish."""
    checks: dict[str, object] = field(default_factory=dict)
    """The summary of the last `phb check` of this site, once it has run."""

    @property
    def label(self) -> str:
        """For the footer: "phb 0.1.0, commit 1a2b3c4"."""
        commit = self.commit[:7] if self.commit != UNKNOWN else UNKNOWN
        return f"phb {self.tool_version}, commit {commit}"


def build_info(root: Path, audience: str, offers: list[dict[str, str]], print_formats: bool) -> BuildInfo:
    return BuildInfo(_tool_version(), _git(root, "rev-parse", "HEAD"), built_at(root), audience, offers,
                     print_formats=print_formats)


def write_build_info(site_dir: Path, info: BuildInfo) -> None:
    info.pages = sum(1 for _ in site_dir.rglob("*.html"))
    (site_dir / BUILD_FILE).write_text(json.dumps(asdict(info), indent=2, sort_keys=True) + "\n", encoding="utf-8")


def add_check_summary(site_dir: Path, summary: dict[str, object]) -> None:
    """`phb check` records what it found in the site it checked."""
    path = site_dir / BUILD_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    data["checks"] = summary
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def built_at(root: Path) -> str:
    """When the sources were last changed, as ISO date and time: the same for every build of one commit."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH") or _git(root, "log", "-1", "--format=%ct")
    if not epoch.isdigit():
        return UNKNOWN
    return dt.datetime.fromtimestamp(int(epoch), dt.UTC).isoformat()


def _git(root: Path, *args: str) -> str:
    try:
        result = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return UNKNOWN
    return result.stdout.strip() or UNKNOWN


def _tool_version() -> str:
    try:
        return version("phb-local-offer")
    except PackageNotFoundError:
        return UNKNOWN
