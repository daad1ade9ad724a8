"""Hostile offer text stays text: never markup, script or template code, and never a crash.

Hypothesis writes offers whose text is HTML, `<script>`, event-handler attributes,
Jinja syntax, Markdown that tries to add raw HTML, attributes or `javascript:` links,
very long text, right-to-left and emoji text and YAML's special characters, into the
valid-minimal offer (dumped with yaml.safe_dump, so the file is valid YAML). Many
examples go through the rendering layer (the offer pages' templates and the site's
Markdown); a few go through a full `phb build`.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markdown
import pytest
import yaml
from conftest import ERROR_LINE, SampleProject, files_under, make_project
from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st
from test_leakage import CANARIES

from generator.errors import InvalidInput
from generator.formats import site_plan
from generator.models import Audience
from generator.plan.project import load_project
from generator.plugin.site_config import load_site_config, markdown_to_html, project_layout
from generator.render.markup_safety import site_markdown_extensions
from generator.render.templates import PageRenderer

PAYLOADS = [
    "<script>alert('phb')</script>",
    '<img src=x onerror="alert(1)">',
    "<svg/onload=alert(1)>",
    '" onmouseover="alert(1)',
    "' onfocus='alert(1)' autofocus '",
    '<a href="javascript:alert(1)">click</a>',
    "<iframe src=javascript:alert(1)></iframe>",
    "{{ 7*7 }}",
    "{{ 12345*3 }}",
    "{{ 'phb' * 3 }}",
    "{% raw %}{{ config }}{% endraw %}",
    "{{ self.__init__.__globals__ }}",
    "{# comment #}",
    "[click here](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](java\nscript:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x]: javascript:alert(1)\n\n[go][x]",
    "![alt](x.png){: onerror=alert(1) }",
    "Some text\n{: onclick=alert(1) }",
    "Heading text {: onclick=alert(1)",
    "[x](https://example.org){: onmouseover=alert(1) }",
    '<div markdown="1">**bold**</div>',
    "<!-- comment -->",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;",
    "`<script>alert(1)</script>`",
    "    <script>alert(1)</script>",
    "> <script>alert(1)</script>",
    "| a | b |\n|---|---|\n| <script> | x |",
    "!!python/object:os.system",
    "key: value",
    "- a list item",
    "# A heading",
    "--- ... & * ? | > ! % @ ` # , [ ] { }",
    "yes",
    "null",
    "~",
    "مرحبا بكم في الخدمة",
    "שלום עולם",
    "\u202eevil\u202c",
    "👩‍🦽 🧑🏽‍⚕️ 🏥",
]
"""Hostile fragments, each one a known way to get markup, script or template code into a page."""

EVALUATED = ["37035", "phbphbphb"]
"""What {{ 12345*3 }} and {{ 'phb' * 3 }} would print if offer text were ever run as a template."""

PLAIN = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Nd", "Cc")) | st.sampled_from("\n <>&\"'{}[]()"), max_size=40)
"""Random text without digits (so a 49 in a page cannot come from the input) or control characters."""

FRAGMENT = st.sampled_from(PAYLOADS) | PLAIN
TEXT = st.one_of(
    st.lists(FRAGMENT, min_size=1, max_size=4).map(" ".join),
    st.tuples(st.sampled_from(PAYLOADS), st.integers(50, 400)).map(lambda pair: " ".join([pair[0]] * pair[1])),
)
"""A value for one offer field: a few fragments, or one fragment repeated into very long text."""

FIELDS: list[tuple[str | int, ...]] = [
    ("title",),
    ("summary",),
    ("organisation", "name"),
    ("area", "name"),
    ("area", "places", 0),
    ("owner",),
    ("contact", "name"),
    ("contact", "opening_hours", 0, "hours"),
    ("local_groups", 0, "name"),
    ("options", "notional", "local_detail"),
    ("options", "direct_payment", "suits", 0),
    ("spending", "can", 0, "item"),
    ("steps", "making_contact", "local_detail"),
    ("decisions", "decision_maker"),
    ("decisions", "response_times", 0, "within"),
    ("decisions", "appeals", "how"),
    ("support_services", 0, "name"),
    ("support_services", 0, "description"),
    ("support_services", 1, "contact", "name"),
    ("case_studies", 0, "title"),
    ("case_studies", 0, "story"),
    ("action_plan", "milestones", 0, "action"),
    ("staff", "notes"),
]
"""Fields whose text reaches the pages in different ways: headings, lists, links, tables, titles, the nav."""

EDITS = st.dictionaries(st.sampled_from(FIELDS), TEXT, min_size=1, max_size=6)

DANGEROUS_TAGS = {"script", "iframe", "object", "embed", "frame", "base"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "data", "background"}
SAFE_SCHEMES = {"http", "https", "mailto", "tel", "sms"}
SLOW_IS_EXPECTED = [HealthCheck.too_slow, HealthCheck.data_too_large]
"""Examples render a whole site; long text is part of the point."""
BASE_OFFER = Path(__file__).parent / "fixtures" / "valid-minimal" / "offers" / "minimal.yaml"


class ActiveMarkup(HTMLParser):
    """Finds what a browser would run: script-like elements, event handlers and script URLs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self._in_script = True
            self.scripts.append(dict(attrs).get("src") or "")
        elif tag in DANGEROUS_TAGS:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or (name in URL_ATTRIBUTES and value is not None and _scheme(value) not in SAFE_SCHEMES | {""}):
                self.found.append(f"<{tag} {name}={value!r}>")

    def handle_data(self, data: str) -> None:
        if self._in_script and self.scripts:
            self.scripts[-1] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False


def _scheme(url: str) -> str:
    """The scheme a browser sees: it drops surrounding spaces and controls, and tabs and newlines anywhere."""
    cleaned = re.sub(r"[\t\n\r]", "", url.strip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13"
                                                 "\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f \t\n\r"))
    match = re.match(r"([a-zA-Z][a-zA-Z0-9+.-]*):", cleaned)
    return match.group(1).lower() if match else ""


def active_markup(html: str) -> ActiveMarkup:
    parser = ActiveMarkup()
    parser.feed(html)
    parser.close()
    return parser


class PageText(HTMLParser):
    """The text a reader sees, outside scripts and styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("script", "style") and self._skip > 0

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def page_text(html: str) -> str:
    parser = PageText()
    parser.feed(html)
    parser.close()
    return " ".join(parser.parts)


def assert_nothing_runs(html: str, where: str, allowed_scripts: set[str] = frozenset()) -> None:
    found = active_markup(html)
    assert found.found == [], f"{where}: markup from offer text would run: {found.found}"
    assert set(found.scripts) <= allowed_scripts, f"{where}: a script that is not the theme's: {set(found.scripts) - allowed_scripts}"
    text = page_text(html)
    assert not re.search(r"\b49\b", text), f"{where}: {{{{ 7*7 }}}} was run as a template"
    assert not any(marker in text for marker in EVALUATED), f"{where}: offer text was run as a template"


def edited_offer(edits: dict[tuple[str | int, ...], str]) -> str:
    """The valid-minimal offer with the chosen fields replaced; staff notes keep their canary."""
    data = yaml.safe_load(BASE_OFFER.read_text(encoding="utf-8"))
    for path, text in edits.items():
        *parents, last = path
        target: Any = data
        for key in parents:
            target = target[key]
        target[last] = f"CANARY-STAFF-OFFER-NOTES {text}" if path == ("staff", "notes") else text
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def assert_clear_problems(error: InvalidInput) -> None:
    for problem in error.problems:
        assert ERROR_LINE.match(str(problem)), f"not one clear line: {str(problem)!r}"


@pytest.fixture(scope="module")
def site_tools(tmp_path_factory: pytest.TempPathFactory) -> tuple[SampleProject, PageRenderer, markdown.Markdown, list[str]]:
    """The fixture project's renderer and the site's own Markdown conversion, set up once."""
    project = make_project(tmp_path_factory.mktemp("hostile") / "project")
    config = load_site_config(project.config, Audience.public)
    options = config.plugins["phb"].config
    renderer = PageRenderer(project.root / options.templates_dir, {"audience": Audience.public.value})
    converter = markdown.Markdown(extensions=site_markdown_extensions(config.markdown_extensions), extension_configs=config.mdx_configs)
    return project, renderer, converter, options.nav_order


@settings(max_examples=60, deadline=None, derandomize=True, database=None, suppress_health_check=SLOW_IS_EXPECTED)
@given(edits=EDITS)
def test_offer_text_never_becomes_markup_on_any_page(site_tools, edits: dict) -> None:
    project, renderer, converter, nav_order = site_tools
    with tempfile.TemporaryDirectory(dir=project.root) as folder:
        offers = Path(folder)
        (offers / "minimal.yaml").write_text(edited_offer(edits), encoding="utf-8")
        config = load_site_config(project.config, Audience.public)
        layout = project_layout(config)
        try:
            loaded = load_project(type(layout)(layout.root, offers, layout.content_dir), to_html=markdown_to_html(config))
        except InvalidInput as error:
            assert_clear_problems(error)
            event("refused with clear problems")
            return
    event("rendered")
    for audience in Audience:
        plan = site_plan(loaded, audience, nav_order)
        for page in plan.generated:
            html = converter.reset().convert(renderer.render(page))
            assert_nothing_runs(html, f"{audience.value} {page.src_uri}")
            if audience is Audience.public:
                assert not any(canary in html for canary in CANARIES), page.src_uri
        for download in plan.downloads:
            json.loads(download.content)
            if audience is Audience.public:
                assert not any(canary.encode() in download.content for canary in CANARIES), download.uri


@pytest.fixture(scope="module")
def theme_scripts(built_minimal: SampleProject) -> set[str]:
    """The scripts the theme itself puts in pages, from a build of the untouched fixture."""
    return {script for page in built_minimal.site("public").rglob("*.html") for script in active_markup(page.read_text()).scripts}


@pytest.mark.slow
@settings(max_examples=8, deadline=None, derandomize=True, database=None, suppress_health_check=SLOW_IS_EXPECTED,
          phases=[Phase.explicit, Phase.generate])  # a full build takes seconds: report the first failure unshrunk
@given(edits=EDITS)
def test_a_hostile_offer_builds_safely_or_is_refused_clearly(tmp_path_factory, theme_scripts: set[str], edits: dict) -> None:
    project = make_project(tmp_path_factory.mktemp("hostile-build") / "project")
    (project.root / "offers" / "minimal.yaml").write_text(edited_offer(edits), encoding="utf-8")

    result = project.phb("build")

    assert "Traceback" not in result.output
    assert result.exit_code in (0, 2), f"crashed: {result.exception!r}\n{result.output}"
    if result.exit_code == 2:
        lines = result.stderr.splitlines()
        assert lines[-1].startswith("Found ") and all(ERROR_LINE.match(line) for line in lines[:-1]), result.stderr
        assert not (project.root / "site").exists()
        event("refused with clear problems")
        return
    event("built")
    for audience in ("public", "staff"):
        for path in _outputs(project.site(audience)):
            _assert_output_is_safe(path, audience, theme_scripts)


def _outputs(site: Path) -> Iterator[Path]:
    return (p for p in files_under(site) if p.suffix in {".html", ".json", ".xml", ".txt"})


def _assert_output_is_safe(path: Path, audience: str, theme_scripts: set[str]) -> None:
    raw = path.read_text(encoding="utf-8")
    if audience == "public":
        assert not any(canary in raw for canary in CANARIES), f"staff-only text in {path}"
    if path.suffix == ".html":
        assert_nothing_runs(raw, str(path), theme_scripts)
    elif path.name == "search_index.json":
        for doc in json.loads(raw)["docs"]:
            assert_nothing_runs(f"<h1>{doc['title']}</h1>{doc['text']}", f"{path} {doc['location']}")
            assert _scheme(doc["location"]) == ""
    elif path.suffix == ".json":
        json.loads(raw)  # data, read as data: escaped text in JSON strings is fine
    elif path.suffix == ".xml":
        assert "<script" not in raw and "javascript:" not in raw.lower(), path
    assert not any(marker in raw for marker in EVALUATED), f"offer text was run as a template in {path}"


@pytest.mark.parametrize("text, expected", [
    ("[x](javascript:alert(1))", "<p><a>x</a></p>"),
    ("[x](java\nscript:alert(1))", "<p><a>x</a></p>"),
    ("[x](&#106;avascript:alert(1))", "<p><a>x</a></p>"),
    ("![a photo](data:image/svg+xml,x)", '<p><img alt="a photo"></p>'),
    ("![a photo](https://tracker.example.com/x.png)", '<p><img alt="a photo"></p>'),
    ('<p style="color:red" onclick="alert(1)">Text</p>', "<p>Text</p>"),
    ("Text\n{: onclick=alert(1) }", "<p>Text</p>"),
    ("[x](https://example.org){: onmouseover=alert(1) }", '<p><a href="https://example.org">x</a></p>'),
    ("[call us](tel:01134960000)", '<p><a href="tel:01134960000">call us</a></p>'),
])
def test_site_markdown_keeps_no_event_handlers_or_script_links(text: str, expected: str) -> None:
    """Content pages may use raw HTML and attribute lists, so the site's Markdown sanitises what it makes."""
    converter = markdown.Markdown(extensions=site_markdown_extensions(["attr_list", "md_in_html"]))
    assert converter.convert(text) == expected


def test_offer_text_cannot_end_in_an_attribute_list(site_tools) -> None:
    _, renderer, converter, _ = site_tools
    template = renderer.env.from_string("## {{ name }} { #service }\n\n{{ places|join(', ') }}\n")
    html = converter.reset().convert(template.render(name="Advice {: onclick=alert(1)", places=["North {: hidden }"]))
    assert html == '<h2 id="service">Advice {: onclick=alert(1)</h2>\n<p>North {: hidden }</p>'
