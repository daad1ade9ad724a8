"""The sanitiser on its own: every hostile snippet loses what would run or load, and what pages need is kept."""

from __future__ import annotations

from types import SimpleNamespace

import markdown
import pytest
from hostile_html import RAW_HTML, active_or_loading

from generator.plan.page_html import html_tags
from generator.render.markup_safety import site_markdown_extensions
from generator.render.page_markup import markup_problems
from generator.render.sanitise import sanitise

EXTENSIONS = ["toc", "attr_list", "admonition", "md_in_html", "def_list", "tables"]


def _html(markdown_text: str, *, sanitised: bool) -> str:
    return markdown.Markdown(extensions=site_markdown_extensions(EXTENSIONS, sanitised=sanitised)).convert(markdown_text)


@pytest.mark.parametrize("snippet", RAW_HTML)
def test_nothing_that_runs_or_loads_survives(snippet: str) -> None:
    assert active_or_loading(_html(snippet, sanitised=True)) == []
    assert active_or_loading(sanitise(snippet)) == []


@pytest.mark.parametrize("snippet", RAW_HTML)
def test_whenever_the_sanitiser_changes_a_page_the_editor_is_told(snippet: str) -> None:
    page = SimpleNamespace(path="content/x.md", body=snippet, body_first_line=10)
    html = _html(snippet, sanitised=False)
    problems = list(markup_problems(page, html_tags(html)))
    assert bool(problems) == (sanitise(html) != html), (html, problems)
    assert all(problem.field == "html" and 10 <= problem.line <= 12 and "\n" not in str(problem) for problem in problems)


KEPT = [
    '<h2 id="money">Money</h2>',
    '<p>Call <a href="tel:01134960000">01134 960000</a>, <a href="mailto:team@example.org">email us</a>, '
    '<a href="sms:07700900000">text us</a> or read <a href="https://www.nhs.uk/">the NHS website</a>.</p>',
    '<p><a href="../other-formats/">Other formats</a> and <a href="#money">money</a></p>',
    '<table><caption>Targets</caption><thead><tr><th scope="col" style="text-align:left">Year</th></tr></thead>'
    '<tbody><tr><td style="text-align:right">2027</td></tr></tbody></table>',
    '<details><summary>More</summary><p><abbr title="personal health budget">PHB</abbr></p></details>',
    '<figure><img src="../assets/easy-read/money.svg" alt="Money" class="phb-easy-read-picture" width="96" height="96">'
    "<figcaption>Money</figcaption></figure>",
    '<nav class="phb-filters" aria-label="Filter support services"><ul><li><a href="advice/">Advice</a></li></ul></nav>',
    '<div class="admonition note" role="note"><p class="admonition-title">Note</p><blockquote><p><strong>a</strong>'
    " <em>b</em> <code>c</code><br></p></blockquote></div><hr><pre><code>x</code></pre>",
    "<dl><dt>Budget</dt><dd>Money</dd></dl><ol start=\"3\"><li>Three</li></ol>",
]


@pytest.mark.parametrize("html", KEPT)
def test_what_pages_and_our_templates_need_is_kept(html: str) -> None:
    assert sanitise(html) == html
    page = SimpleNamespace(path="content/x.md", body=html, body_first_line=1)
    assert list(markup_problems(page, html_tags(html))) == []
