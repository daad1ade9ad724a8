"""The CI workflows, the pre-commit hooks and `make ci` do what README's "Publishing" says.

Workflow files are checked against GitHub's own schemas, vendored in check-jsonschema, so
the tests need no network. The problem matcher is tried on real `phb validate` output.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from conftest import REPO

WORKFLOWS = sorted((REPO / ".github/workflows").glob("*.yml"))
ACTIONS = sorted((REPO / ".github/actions").glob("*/action.yml"))
MATCHER = REPO / ".github/phb-problem-matcher.json"
PRE_COMMIT_CONFIG = REPO / ".pre-commit-config.yaml"
BIN = Path(sys.executable).parent
PINNED = re.compile(r"^\s*(?:- )?uses: [\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$")


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def steps(workflow: dict) -> Iterator[tuple[str, dict]]:
    for name, job in workflow["jobs"].items():
        for step in job.get("steps", []):
            yield name, step


def check_jsonschema(schema: str, *files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([BIN / "check-jsonschema", "--builtin-schema", schema, *map(str, files)],
                          capture_output=True, text=True)


@pytest.mark.parametrize("schema", ["vendor.github-workflows", "custom.github-workflows-require-timeout"])
def test_every_workflow_matches_githubs_schema(schema: str) -> None:
    assert WORKFLOWS
    result = check_jsonschema(schema, *WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_shared_setup_action_matches_githubs_schema() -> None:
    assert ACTIONS
    result = check_jsonschema("vendor.github-actions", *ACTIONS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_catches_a_mistake(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text((REPO / ".github/workflows/publish.yml").read_text().replace("runs-on:", "runs_on:", 1))
    result = check_jsonschema("vendor.github-workflows", broken)
    assert result.returncode == 1 and "runs_on" in result.stdout


def test_every_action_is_pinned_to_a_commit_with_its_version() -> None:
    lines = [line for path in [*WORKFLOWS, *ACTIONS] for line in path.read_text().splitlines()]
    uses = [line for line in lines if re.match(r"^\s*(- )?uses: ", line) and "uses: ./" not in line]
    assert uses
    assert [line for line in uses if not PINNED.match(line)] == []


def test_only_the_public_site_goes_to_github_pages() -> None:
    publish = load(REPO / ".github/workflows/publish.yml")
    pages = [step for _, step in steps(publish) if step.get("uses", "").startswith("actions/upload-pages-artifact@")]
    assert [step["with"]["path"] for step in pages] == ["site/public/"]
    every_step = json.dumps(publish["jobs"])
    assert "site/staff" in every_step
    for _, step in steps(publish):
        if "site/staff" in json.dumps(step):
            assert step["uses"].startswith("actions/upload-artifact@"), step


def test_the_staff_site_is_published_only_when_its_host_is_set() -> None:
    jobs = load(REPO / ".github/workflows/publish.yml")["jobs"]
    [staff] = [job for job in jobs.values() if "staff-site" in json.dumps(job.get("steps", [])) and job.get("needs")]
    assert staff["if"] == "${{ vars.STAFF_SITE_HOST != '' }}"
    assert not any(step.get("uses", "").startswith("actions/deploy-pages@") for step in staff["steps"])
    assert staff["permissions"] == {}


def test_pages_deployment_has_only_the_permissions_it_needs() -> None:
    publish = load(REPO / ".github/workflows/publish.yml")
    assert publish["permissions"] == {"contents": "read"}
    assert publish["concurrency"]["cancel-in-progress"] is False
    [deploy] = [job for job in publish["jobs"].values()
                if any(step.get("uses", "").startswith("actions/deploy-pages@") for step in job["steps"])]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"


def test_jobs_that_build_run_in_debian_with_its_chromium_and_download_no_browser() -> None:
    for path in WORKFLOWS:
        workflow = load(path)
        assert workflow["env"]["PUPPETEER_SKIP_DOWNLOAD"] == "1"
        for job in workflow["jobs"].values():
            if any("make " in step.get("run", "") for step in job["steps"]):
                assert job["container"]["image"] == "debian:bookworm"
                assert {"uses": "./.github/actions/prepare"} in job["steps"]
    prepare = load(REPO / ".github/actions/prepare/action.yml")["runs"]["steps"]
    assert " chromium " in prepare[0]["run"]
    assert "SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)" in prepare[1]["run"]


def test_the_pull_request_workflow_runs_what_make_ci_runs() -> None:
    workflow = load(REPO / ".github/workflows/pull-request.yml")
    runs = "\n".join(step.get("run", "") for _, step in steps(workflow))
    in_workflow = re.findall(r"^make ([\w-]+)$", runs, re.M)
    makefile = (REPO / "Makefile").read_text()
    recipe = re.search(r"^ci:\n((?:\t.*\n)+)", makefile, re.M)
    assert recipe, "the Makefile has no ci target"
    assert re.findall(r"\$\(MAKE\) ([\w-]+)", recipe.group(1)) == in_workflow == ["validate", "check", "test-suite"]


def matcher_patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    matchers = json.loads(MATCHER.read_text())["problemMatcher"]
    return [(m["owner"], m["severity"], re.compile(m["pattern"][0]["regexp"])) for m in matchers]


def annotations(output: str) -> list[tuple[str, str, str, str, str]]:
    """What GitHub would annotate: severity, file, line, column and code of each line a matcher takes."""
    found = []
    for line in output.splitlines():
        hits = [(severity, match) for _, severity, pattern in matcher_patterns() if (match := pattern.match(line))]
        assert len(hits) <= 1, f"two matchers take {line!r}"
        found += [(severity, *match.group(1, 2, 3, 4)) for severity, match in hits]
    return found


def test_the_problem_matcher_turns_check_findings_into_annotations(sample) -> None:
    result = sample("check-long-sentence").phb("validate")
    assert result.exit_code == 1
    found = annotations(result.output)
    assert ("error", "content/extra.md", "12", "1", "AIS-SENTENCE-LENGTH") in found
    assert ("warning", "theme/pages/contact.md", "4", "1", "AIS-READING-AGE") in found
    warnings = [line for line in result.output.splitlines() if ": warning: " in line]
    assert warnings and all([severity for severity, *_ in annotations(line)] == ["warning"] for line in warnings)
    assert annotations("All 1 offers and 6 pages are valid.\nChecked 12 pages: 2 errors, 0 warnings") == []


def test_the_problem_matcher_turns_input_errors_into_annotations(sample) -> None:
    result = sample("bad-date").phb("validate")
    assert result.exit_code == 2
    assert annotations(result.output) == [("error", "offers/minimal.yaml", "11", "10", "period.start")]


def test_the_pre_commit_config_is_valid() -> None:
    result = subprocess.run([BIN / "pre-commit", "validate-config", str(PRE_COMMIT_CONFIG)],
                            capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout + result.stderr == ""


def pre_commit_run(project: Path, home: Path) -> subprocess.CompletedProcess[str]:
    """`pre-commit run` on the staged files of a new git repository made from the project."""
    shutil.copy(PRE_COMMIT_CONFIG, project)
    (project / ".venv").mkdir()
    (project / ".venv/bin").symlink_to(BIN)
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "GIT_CONFIG_GLOBAL": os.devnull}
    git = ["git", "-C", str(project)]
    subprocess.run([*git, "init", "--quiet"], check=True, env=env)
    subprocess.run([*git, "add", "--all", "--", ":!.venv"], check=True, env=env)
    return subprocess.run([BIN / "pre-commit", "run"], cwd=project, capture_output=True, text=True, env=env)


def test_the_pre_commit_hook_stops_a_commit_with_a_broken_offer(sample, tmp_path: Path) -> None:
    result = pre_commit_run(sample("bad-date").root, tmp_path / "pre-commit")
    assert result.returncode == 1
    assert "offers/minimal.yaml:11:10: period.start: '2026-02-30' is not a real date" in result.stdout


def test_the_pre_commit_hook_lets_a_valid_project_through(sample, tmp_path: Path) -> None:
    result = pre_commit_run(sample().root, tmp_path / "pre-commit")
    assert result.returncode == 0, result.stdout
    assert re.search(r"^phb validate .*Passed$", result.stdout, re.M)
    assert re.search(r"^GitHub workflow files .*Skipped$", result.stdout, re.M)
    assert re.search(r"^ruff .*Skipped$", result.stdout, re.M)
    assert re.search(r"^mypy .*Skipped$", result.stdout, re.M)


def test_the_pre_commit_hooks_stop_a_commit_with_a_lint_or_type_mistake(sample, tmp_path: Path) -> None:
    project = sample().root
    (project / "generator").mkdir()
    (project / "generator/example.py").write_text('import os\n\nPAGES: int = "three"\n')
    result = pre_commit_run(project, tmp_path / "pre-commit")
    assert result.returncode == 1
    assert re.search(r"^ruff .*Failed$", result.stdout, re.M) and "F401" in result.stdout
    assert re.search(r"^mypy .*Failed$", result.stdout, re.M)
    assert 'generator/example.py:3: error: Incompatible types in assignment' in result.stdout


def test_make_installs_harfbuzz_subset_with_the_pdf_libraries_when_it_is_missing() -> None:
    """CI's prepare step installs fonts and Chromium (and with it Pango) but not the subset library: make adds it."""
    makefile = (REPO / "Makefile").read_text()
    packages = re.search(r"^PDF_PACKAGES := (.+)$", makefile, re.M).group(1).split()
    markers = re.search(r"^PDF_LIBS := (.+)$", makefile, re.M).group(1).split()
    assert "libharfbuzz-subset0" in packages
    assert "/usr/share/doc/libharfbuzz-subset0/copyright" in markers
    for path in WORKFLOWS:
        runs = [step.get("run", "") for _, step in steps(load(path))]
        assert any(re.search(r"^make (check|site|test)$", run, re.M) for run in runs), path


def test_publishing_refuses_a_site_built_without_its_print_formats(sample, built_minimal, monkeypatch) -> None:
    [refuse] = [step["run"] for _, step in steps(load(REPO / ".github/workflows/publish.yml"))
                if step.get("name", "").startswith("Refuse a site without")]
    project = sample()
    monkeypatch.setenv("PHB_PRINT_FORMATS", "false")
    assert project.phb("build").exit_code == 0

    refused = subprocess.run(["sh", "-e", "-c", refuse], cwd=project.root, capture_output=True, text=True)
    published = subprocess.run(["sh", "-e", "-c", refuse], cwd=built_minimal.root, capture_output=True, text=True)

    assert refused.returncode == 1
    assert refused.stdout.startswith("::error file=site/public/build.json::the public site was built without its PDFs")
    assert published.returncode == 0, published.stdout
