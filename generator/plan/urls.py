"""Where MkDocs writes each page, and the address readers see: one rule for every stage."""

from __future__ import annotations

import re

_IGNORED_BY_BROWSERS = re.compile(r"[\t\n\r]")
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
_AROUND_ADDRESSES = "".join(map(chr, range(0x21)))


def built_page(src_uri: str) -> str:
    """Where MkDocs writes a page with directory URLs: offers/x/contact.md -> offers/x/contact/index.html."""
    stem = src_uri.removesuffix(".md")
    folder = stem.removesuffix("index") if stem == "index" or stem.endswith("/index") else stem + "/"
    return f"{folder}index.html"


def url_scheme(url: str) -> str:
    """The scheme a browser would use, lower-case, or "" for an address on this site.

    Browsers drop spaces and control characters around an address, and tabs and
    newlines inside it, so `java<newline>script:` is still `javascript:`.
    """
    match = _SCHEME.match(_IGNORED_BY_BROWSERS.sub("", url).strip(_AROUND_ADDRESSES))
    return match.group(1).lower() if match else ""


def is_on_this_site(url: str) -> bool:
    """A relative address: no scheme and no other host (`//host`, which browsers also read from `/\\host`)."""
    cleaned = _IGNORED_BY_BROWSERS.sub("", url).strip(_AROUND_ADDRESSES).replace("\\", "/")
    return not url_scheme(cleaned) and not cleaned.startswith("//")
