"""Serve a built site over HTTP on 127.0.0.1 for the browser checks (file:// URLs behave differently)."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """The browser checks report what matters; a line per request would bury it."""


@contextmanager
def serve_site(site_dir: Path) -> Iterator[str]:
    """The base URL of `site_dir` served on a free local port, for as long as the block runs."""
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def page_files(site_dir: Path) -> list[str]:
    """Every HTML page of a built site, as paths from its root (offers/x/index.html)."""
    return sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*.html"))
