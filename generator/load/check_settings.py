"""Check thresholds, set under the phb plugin's `checks:` option in mkdocs.yml.

Defaults follow NHS and Accessible Information Standard guidance: most adults in
England read at about the level of a 9 to 11 year old, so aim for grade 6 and
never go above grade 8.
"""

from __future__ import annotations

from pydantic import Field

from generator.models.base import StrictModel


class CheckSettings(StrictModel):
    """How strict the source checks are. Change them in mkdocs.yml, not in the code."""

    reading_grade_error: float = 8
    """Flesch-Kincaid grade above which a page fails (AIS-READING-AGE)."""
    reading_grade_warning: float = 6
    """Flesch-Kincaid grade above which a page gets a warning."""
    sentence_words_error: int = 25
    """Sentences longer than this many words fail (AIS-SENTENCE-LENGTH)."""
    sentence_words_warning: int = 20
    """Sentences longer than this many words get a warning."""
    paragraph_sentences: int = 5
    """Paragraphs with more sentences than this get a warning (AIS-PARAGRAPH-LENGTH)."""
    known_abbreviations: list[str] = Field(default_factory=lambda: ["NHS", "PHB", "ICB", "CHC", "UK", "PDF", "JSON", "KB", "MB"])
    """Abbreviations never flagged: ones readers know, and the file formats and sizes that document links must give."""
    glossary: str = "glossary.yaml"
    """The file, beside mkdocs.yml, that lists abbreviations and what they stand for."""
    review_warning_days: int = 30
    """Warn this many days before a page's review is due (AIS-REVIEW-DATE)."""
    easy_read_sentence_words: int = 15
    """Easy Read sentences longer than this many words fail (EASY-READ-SENTENCE)."""
    easy_read_max_points: int = 25
    """Easy Read pages with more points than this fail (EASY-READ-LENGTH): Easy Read documents are short."""
    easy_read_hard_words: list[str] = Field(default_factory=lambda: list(HARD_WORDS))
    """Words an Easy Read page must explain under words_to_know if it uses them (EASY-READ-HARD-WORD)."""


HARD_WORDS: tuple[str, ...] = (
    "advocate", "advocacy", "appeal", "assessment", "brokerage", "care and support plan", "commissioned", "contingency",
    "continuing healthcare", "direct payment", "eligible", "integrated", "nominee", "notional budget", "personal assistant",
    "personal health budget", "personalised", "representative", "third party budget", "panel", "policy", "section 117",
)
"""The default list: words common in personal health budget writing that are hard for many Easy Read readers."""
