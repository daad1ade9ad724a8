"""The project's glossary: abbreviations and what they stand for, in plain words.

glossary.yaml, beside mkdocs.yml:

    PA: personal assistant
    BSL: British Sign Language
"""

from __future__ import annotations

from pathlib import Path

from generator.errors import InvalidInput, Problem
from generator.load.project_files import link_problem, shown
from generator.load.text_file import read_source_text
from generator.load.yaml_source import load_yaml


def read_glossary(path: Path, root: Path) -> dict[str, str]:
    """The glossary's entries; a project without a glossary file has none, and a link is refused."""
    shown_as = shown(path, root)
    if path.is_symlink():
        raise InvalidInput([link_problem(path, root)])
    if not path.is_file():
        return {}
    data, source = load_yaml(read_source_text(path, shown_as), shown_as)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InvalidInput([Problem(shown_as, 1, 1, "whole file", "is not a list of abbreviations",
                                    "write one `ABBREVIATION: what it stands for` per line")])
    problems = [
        Problem(shown_as, *source.key_position((key,)), str(key), "needs the words it stands for, as text",
                f"write it as `{key}: words in full`")
        for key, value in data.items() if not isinstance(value, str) or not value.strip()
    ]
    if problems:
        raise InvalidInput(problems)
    return {str(key): value.strip() for key, value in data.items()}
