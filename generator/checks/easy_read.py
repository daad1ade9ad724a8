"""Easy Read rules: short sentences, a picture for every point, hard words explained, short pages.

They read the Easy Read blocks (generator.load.easy_read), not the HTML, so each finding can
point at the point in the file that needs changing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from generator.checks.findings import Concern
from generator.checks.readability import sentences, word_count
from generator.load.check_settings import CheckSettings
from generator.load.easy_read import Block, Loose, Point, block_text, mentions

MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def easy_read_rules(blocks: list[Block], words_to_know: Mapping[str, str], settings: CheckSettings) -> Iterator[Concern]:
    yield from _pictures(blocks)
    yield from _sentence_length(blocks, settings)
    yield from _hard_words(blocks, words_to_know, settings)
    yield from _page_length(blocks, settings)


def _pictures(blocks: list[Block]) -> Iterator[Concern]:
    for block in blocks:
        if isinstance(block, Loose):
            yield Concern("EASY-READ-PICTURE", "this paragraph has no picture beside it",
                          "start the paragraph with the name of a picture from easy_read/pictures.yaml, for example "
                          ":money: A personal health budget is money from the NHS.", quote=block.text.splitlines()[0], wcag="1.1.1")


def _sentence_length(blocks: list[Block], settings: CheckSettings) -> Iterator[Concern]:
    limit = settings.easy_read_sentence_words
    for block in blocks:
        for line in block.lines if isinstance(block, Point) and not block.from_data else ():
            for sentence in sentences(MARKDOWN_LINK.sub(r"\1", line)):
                words = word_count(sentence)
                if words > limit:
                    yield Concern("EASY-READ-SENTENCE", f"a sentence has {words} words (more than {limit}): \"{sentence}\"",
                                  f"split it into two sentences of {limit} words or fewer, one idea each, each on its own line",
                                  quote=line)


def _hard_words(blocks: list[Block], words_to_know: Mapping[str, str], settings: CheckSettings) -> Iterator[Concern]:
    explained = {word.lower() for word in words_to_know}
    for word in settings.easy_read_hard_words:
        if word.lower() in explained:
            continue
        block = next((b for b in blocks if not (isinstance(b, Point) and b.from_data) and mentions(block_text(b), word)), None)
        if block is not None:
            yield Concern("EASY-READ-HARD-WORD", f"the hard word \"{word}\" is not explained",
                          f"use an everyday word instead, or add it under words_to_know: with a short Easy Read explanation, "
                          f"for example `{word}: ...`", quote=_quoted_line(block, word))


def _page_length(blocks: list[Block], settings: CheckSettings) -> Iterator[Concern]:
    points = [b for b in blocks if isinstance(b, Point)]
    if len(points) > settings.easy_read_max_points:
        yield Concern("EASY-READ-LENGTH", f"the page has {len(points)} points (more than {settings.easy_read_max_points})",
                      "keep what matters most, or split it into two Easy Read pages", quote=points[settings.easy_read_max_points].lines[0])


def _quoted_line(block: Block, word: str) -> str:
    """The line that uses the word, so the finding points at it."""
    lines = block.lines if isinstance(block, Point) else (block.text,)
    return next((line for line in lines if mentions(line, word)), lines[0])
