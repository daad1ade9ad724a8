"""The theme's CSS is cut down to the rules our pages use, without breaking what they need."""

from __future__ import annotations

from generator.render.lean_css import Usage, purge_css

CSS = """
:root{--used:red;--chained:var(--used);--icon:url("data:image/svg+xml;x");--unused:blue}
body{margin:0}
.md-header{color:var(--chained)}
.md-tooltip,.md-header .md-title{padding:1px}
.md-annotation{background:var(--icon)}
@media screen and (max-width:10em){.md-header{margin:0}.md-tabs{display:none}}
@media print{.md-tabs{display:none}}
#used-id{top:0}#missing-id{top:1px}
.a:is(.b,.c){left:0}
.a:not(.hidden){right:0}
"""


def usage_of(html: str) -> Usage:
    usage = Usage()
    usage.add_html(html.encode())
    return usage


def test_unused_rules_selectors_media_blocks_and_variables_are_dropped() -> None:
    out = purge_css(CSS, usage_of('<header class="md-header"><span class="md-title" id="used-id">x</span></header>'))
    assert ".md-header{color:var(--chained)}" in out
    assert ".md-header .md-title{padding:1px}" in out and ".md-tooltip" not in out
    assert "@media screen and (max-width:10em){.md-header{margin:0}}" in out
    assert "@media print" not in out
    assert "#used-id{top:0}" in out and "missing-id" not in out
    assert "--used:red" in out and "--chained:var(--used)" in out
    assert "--icon" not in out and "--unused" not in out
    assert "body{margin:0}" in out


def test_names_inside_functions_do_not_decide() -> None:
    out = purge_css(CSS, usage_of('<p class="a b">x</p>'))
    assert ".a:is(.b,.c){left:0}" in out
    assert ".a:not(.hidden){right:0}" in out
