"""Plain English: reading age (Flesch-Kincaid with textstat), sentence and paragraph length.

textstat 0.7.8 is pinned: it counts syllables with pyphen's bundled dictionaries, so it
works offline. Later releases ask NLTK to download a dictionary at run time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import textstat

from generator.checks.findings import Concern
from generator.checks.page_text import PageText
from generator.errors import Severity
from generator.load.check_settings import CheckSettings

SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")  # noqa: RUF001 (curly quotes end sentences too)
ENDS_A_SENTENCE = (".", "!", "?", ":")
MIN_WORDS_FOR_READING_AGE = 30
"""Reading age formulas mean little on a few lines, such as a page that is mostly a table."""


def sentences(text: str) -> list[str]:
    return [part.strip() for part in SENTENCE_END.split(text) if part.strip()]


def word_count(text: str) -> int:
    count: int = textstat.lexicon_count(text, removepunct=True)
    return count


def reading_text(page: PageText) -> str:
    """Prose as sentences: a list item or heading without a full stop is still a sentence of its own."""
    parts = [b.text if b.text.endswith(ENDS_A_SENTENCE) else b.text + "." for b in page.prose if b.kind != "heading"]
    return " ".join(parts)


def reading_age(page: PageText, settings: CheckSettings) -> Iterator[Concern]:
    text = reading_text(page)
    if word_count(text) < MIN_WORDS_FOR_READING_AGE:
        return
    grade = textstat.flesch_kincaid_grade(text)
    ease = textstat.flesch_reading_ease(text)
    if grade <= settings.reading_grade_warning:
        return
    severity, limit = _graded(grade, settings.reading_grade_warning, settings.reading_grade_error)
    hardest = max(sentences(text), key=word_count, default="")
    yield Concern(
        "AIS-READING-AGE",
        f"the page reads at grade {grade:.1f} (reading ease {ease:.0f}); aim for grade {limit:g} or lower",
        "use shorter sentences and everyday words; split long sentences, like the one this line points at",
        severity,
        quote=hardest,
    )


def sentence_length(page: PageText, settings: CheckSettings) -> Iterator[Concern]:
    for block in page.prose:
        if block.kind == "heading":
            continue
        for sentence in sentences(block.text):
            words = word_count(sentence)
            if words > settings.sentence_words_warning:
                severity, limit = _graded(words, settings.sentence_words_warning, settings.sentence_words_error)
                yield Concern(
                    "AIS-SENTENCE-LENGTH",
                    f"a sentence has {words} words (more than {limit}): \"{_start(sentence)}\"",
                    "split it into two or more sentences of 15 to 20 words",
                    severity,
                    quote=sentence,
                )


def paragraph_length(page: PageText, settings: CheckSettings) -> Iterator[Concern]:
    for block in page.prose:
        count = len(sentences(block.text)) if block.kind == "paragraph" else 0
        if count > settings.paragraph_sentences:
            yield Concern(
                "AIS-PARAGRAPH-LENGTH",
                f"a paragraph has {count} sentences (more than {settings.paragraph_sentences}): \"{_start(block.text)}\"",
                "break it into shorter paragraphs, one idea each, or use a list",
                Severity.warning,
                quote=block.text,
            )


def _start(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")


def _graded(value: float, warning: float, error: float) -> tuple[Severity, float]:
    """An error past the error threshold, else a warning; with the threshold it went past, for the message."""
    return (Severity.error, error) if value > error else (Severity.warning, warning)
