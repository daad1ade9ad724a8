"""Raw HTML a hostile or careless editor might put in a page: each one runs script or loads from another host unsanitised."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from generator.plan.urls import is_on_this_site

EVIL = "evil.example.com"
RAW_HTML = [
    "<script>window.__ran = 'script'</script>",
    "<SCRIPT SRC=https://evil.example.com/x.js></SCRIPT>",
    '<img src="x.png" onerror="window.__ran = \'onerror\'">',
    "<svg><script>window.__ran = 'svg script'</script></svg>",
    "<svg/onload=\"window.__ran = 'svg onload'\">",
    "<iframe srcdoc=\"<script>parent.__ran = 'srcdoc'</script>\"></iframe>",
    '<iframe src="https://evil.example.com/embed"></iframe>',
    "<object data=https://evil.example.com/x.swf></object>",
    "<embed src=https://evil.example.com/x>",
    '<meta http-equiv="refresh" content="0;url=https://evil.example.com/">',
    '<base href="https://evil.example.com/">',
    '<link rel="stylesheet" href="https://evil.example.com/x.css">',
    "<style>@import 'https://evil.example.com/x.css'; body { background: url(https://evil.example.com/b.png) }</style>",
    '<form action="https://evil.example.com/"><input name="q" autofocus onfocus="window.__ran = \'onfocus\'"></form>',
    '<a href="&#106;avascript:window.__ran=1">entity-encoded</a>',
    '<a href="java\nscript:window.__ran=1">split over lines</a>',
    '<a href="&#x6A;&#x61;vascript&colon;window.__ran=1">hex entities</a>',
    '<a href="  JaVaScRiPt:window.__ran=1">mixed case</a>',
    '<a href="data:text/html,<script>alert(1)</script>">data link</a>',
    '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
    '<img src="https://evil.example.com/pixel.png">',
    '<img src="//evil.example.com/pixel.png">',
    '<img src="/\\evil.example.com/pixel.png">',
    '<div style="background:url(https://evil.example.com/x.png)">styled</div>',
    '<table><tr><th style="text-align:left;background:url(https://evil.example.com/t.png)">x</th></tr></table>',
    "<math><mtext><table><mglyph><style><img src=x onerror=\"window.__ran = 'mxss'\">",
    "<details open ontoggle=\"window.__ran = 'ontoggle'\"><summary>x</summary></details>",
    "<video src=https://evil.example.com/x.mp4 autoplay></video>",
    "<audio src=x onerror=\"window.__ran = 'audio'\"></audio>",
    "<!--><script>window.__ran = 'comment'</script>-->",
    "<noscript><p title=\"</noscript><img src=x onerror=\\\"window.__ran='noscript'\\\">\"></noscript>",
    "[markdown link](javascript:window.__ran=1)",
    "[reference link][r]\n\n[r]: &#106;avascript:window.__ran=1",
    "![a picture](https://evil.example.com/picture.png)",
    'Text\n{: style="background:url(https://evil.example.com/a.png)" onclick="window.__ran = 1" }',
    "<div markdown=\"1\" onclick=\"window.__ran = 'md_in_html'\">**bold**</div>",
]
"""Each a known way to run script or make a request to another website from a page."""

ACTIVE_TAGS = {"script", "iframe", "frame", "object", "embed", "base", "meta", "link", "style", "svg", "math", "form",
               "input", "video", "audio", "source", "noscript", "template"}
LOADING_ATTRIBUTES = {"src", "data", "poster", "srcset", "background", "action", "formaction", "srcdoc"}


class _Findings(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ACTIVE_TAGS:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on") or name == "srcdoc":
                self.found.append(f"<{tag} {name}>")
            elif name in LOADING_ATTRIBUTES and not is_on_this_site(value):
                self.found.append(f"<{tag} {name}={value!r}>")
            elif name == "href" and re.match(r"\s*(javascript|data|vbscript):", re.sub(r"[\t\n\r]", "", value), re.I):
                self.found.append(f"<{tag} href={value!r}>")
            elif name == "style" and ("url(" in value or "expression" in value or "@import" in value):
                self.found.append(f"<{tag} style={value!r}>")

    handle_startendtag = handle_starttag


def active_or_loading(html: str) -> list[str]:
    """Everything in page HTML that would run script or make a request to another host."""
    parser = _Findings()
    parser.feed(html)
    parser.close()
    return parser.found
