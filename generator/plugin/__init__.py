"""The MkDocs adapter: a thin plugin over the MkDocs-independent core."""

from .plugin import PhbPlugin

__all__ = ["PhbPlugin"]
