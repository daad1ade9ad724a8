"""Where MkDocs writes each page, and the address readers see: one rule for every stage.

MkDocs' `use_directory_urls` (true by default) decides both: with it, offers/x/contact.md
is written to offers/x/contact/index.html and read at offers/x/contact/; without it, to
and at offers/x/contact.html. Every stage that turns a page into a file or an address asks
here, so the plan, the formats and the checks cannot disagree with the site.
"""

from __future__ import annotations

import re

INDEX_FILE = "index.html"
_IGNORED_BY_BROWSERS = re.compile(r"[\t\n\r]")
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
_AROUND_ADDRESSES = "".join(map(chr, range(0x21)))


def built_page(src_uri: str, use_directory_urls: bool = True) -> str:
    """The file MkDocs writes for a page: offers/x/contact.md -> offers/x/contact/index.html. Other files stay as they are."""
    if not src_uri.endswith(".md"):
        return src_uri
    stem = src_uri.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return f"{stem}.html"
    return f"{stem}/{INDEX_FILE}" if use_directory_urls else f"{stem}.html"


def built_page_url(built: str, use_directory_urls: bool = True) -> str:
    """The address of a built file, from the site's root: offers/x/index.html -> offers/x/ (with directory URLs)."""
    if use_directory_urls and (built == INDEX_FILE or built.endswith(f"/{INDEX_FILE}")):
        return built.removesuffix(INDEX_FILE)
    return built


def page_url(src_uri: str, use_directory_urls: bool = True) -> str:
    """The address of a page or file, from the site's root: a/b.md -> a/b/, a/index.md -> a/, data.json stays."""
    return built_page_url(built_page(src_uri, use_directory_urls), use_directory_urls)


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
