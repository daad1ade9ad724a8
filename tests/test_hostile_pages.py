"""Hostile raw HTML in content pages never runs or loads, and the editor is always told in clear lines.

Hypothesis writes content pages mixing raw HTML that runs script
or loads from other websites, the offer tests' hostile fragments and random text, then
checks that the page's HTML as the site makes it holds nothing active, and that
`load_project` either accepts the page or refuses it with one clear line per problem.
"""

from __future__ import annotations

import pytest
from conftest import ERROR_LINE, SampleProject, make_project
from hostile_html import RAW_HTML, active_or_loading
from hypothesis import event, given, settings
from hypothesis import strategies as st
from test_hostile_offers import PAYLOADS, PLAIN, SLOW_IS_EXPECTED, assert_nothing_runs

from generator.errors import InvalidInput
from generator.models import Audience
from generator.plugin.site_config import configured_project, load_site_config, markdown_to_html

FRONT_MATTER = """---
title: Extra
summary: A test page.
owner: Test team
last_reviewed: 2026-10-01
easy_read: "none: a test page"
review_due: 2031-04-01
---

"""
BODY = st.lists(st.sampled_from(RAW_HTML) | st.sampled_from(PAYLOADS) | PLAIN, min_size=1, max_size=6).flatmap(
    lambda parts: st.lists(st.sampled_from(["\n\n", "\n", " "]), min_size=len(parts), max_size=len(parts)).map(
        lambda gaps: "".join(part + gap for part, gap in zip(parts, gaps, strict=True))))


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> SampleProject:
    return make_project(tmp_path_factory.mktemp("hostile-pages") / "project")


@settings(max_examples=40, deadline=None, derandomize=True, database=None, suppress_health_check=SLOW_IS_EXPECTED)
@given(body=BODY)
def test_raw_html_in_a_page_never_runs_and_is_reported_clearly(project: SampleProject, body: str) -> None:
    page = project.root / "content" / "extra.md"
    page.write_text(FRONT_MATTER + body, encoding="utf-8")
    config = load_site_config(project.config, Audience.public)
    html = markdown_to_html(config)(body)
    assert active_or_loading(html) == [], html
    assert_nothing_runs(html, "content/extra.md")
    try:
        configured_project(config)
        event("accepted")
    except InvalidInput as error:
        event("refused")
        for problem in error.problems:
            assert ERROR_LINE.match(str(problem)), f"not one clear line: {str(problem)!r}"
            assert problem.path != "content/extra.md" or 10 <= problem.line <= 10 + body.count("\n"), problem

