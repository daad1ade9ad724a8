"""Read a source file (offer, page, pictures.yaml, glossary, mkdocs.yml) as text, or say in one line why it cannot be.

Every source is read here, so a file that is too big, is not UTF-8 or holds invisible control
characters gets a problem that names the file, the line and the fix, never a traceback.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from generator.errors import InvalidInput, Problem

MAX_BYTES = 5 * 1024 * 1024
"""Far more than any offer or page needs; a bigger file is a mistake (a pasted picture, a log), not text to publish."""

CONTROL_CHARACTER = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""What YAML cannot hold, and Markdown would only hide: control characters other than tab and line breaks."""


def read_source_text(path: Path, shown: str) -> str:
    """The file's text without a UTF-8 byte order mark; InvalidInput if it is too big, not UTF-8 or has control characters."""
    with path.open("rb") as file:
        data = file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InvalidInput([Problem(shown, 1, 1, "file", f"the file is bigger than {MAX_BYTES // (1024 * 1024)} MB",
                                    "keep pictures and documents in their own files; remove anything pasted in by mistake")])
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _position(data, error.start)
        raise InvalidInput([Problem(shown, line, column, "encoding", f"byte 0x{data[error.start]:02X} is not UTF-8 text",
                                    "save the file as UTF-8 (in most editors: Save As, then Encoding: UTF-8)")]) from None
    found = CONTROL_CHARACTER.search(text)
    if found:
        line, column = _position(data, len(text[: found.start()].encode("utf-8")))
        code = f"U+{ord(found.group()):04X}"
        raise InvalidInput([Problem(shown, line, column, "character", f"the text holds the invisible control character {code}",
                                    f"remove the character {code}; retype the text around it if it was pasted")])
    return text


def _position(data: bytes, offset: int) -> tuple[int, int]:
    """The line and column (1-based, in characters) of byte `offset`."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return data.count(b"\n", 0, offset) + 1, column
