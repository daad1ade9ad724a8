"""The MkDocs adapter: a thin plugin over the MkDocs-independent core."""

from generator.plugin.plugin import PhbPlugin

__all__ = ["PhbPlugin"]
