"""The WCAG 2.2 success criteria at levels A and AA: the ones the accessibility regulations require.

Each has its official name and, for the accessibility statement, what failing it means
for the people using the site, in plain English.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Criterion:
    number: str
    """For example 1.4.3."""
    name: str
    """The official name, for example Contrast (Minimum)."""
    level: str
    """A or AA."""
    problem: str
    """What failing it means for people, in plain English: one sentence of at most 20 words, without its full stop."""


def _criteria(*rows: tuple[str, str, str, str]) -> dict[str, Criterion]:
    return {number: Criterion(number, name, level, problem) for number, name, level, problem in rows}


CRITERIA = _criteria(
    ("1.1.1", "Non-text Content", "A",
     "some pictures or buttons have no text that says what they are, so screen readers cannot describe them"),
    ("1.2.1", "Audio-only and Video-only (Prerecorded)", "A", "some audio or video has no written version"),
    ("1.2.2", "Captions (Prerecorded)", "A", "some videos have no captions"),
    ("1.2.3", "Audio Description or Media Alternative (Prerecorded)", "A", "some videos have no audio description or written version"),
    ("1.2.4", "Captions (Live)", "AA", "some live video has no captions"),
    ("1.2.5", "Audio Description (Prerecorded)", "AA", "some videos have no audio description"),
    ("1.3.1", "Info and Relationships", "A",
     "some headings, lists, tables or form fields are not marked up, so screen readers cannot tell what they are"),
    ("1.3.2", "Meaningful Sequence", "A", "screen readers may read some content in the wrong order"),
    ("1.3.3", "Sensory Characteristics", "A", "some instructions rely only on shape, size, place or sound"),
    ("1.3.4", "Orientation", "AA", "some content works only with the screen turned one way"),
    ("1.3.5", "Identify Input Purpose", "AA", "some form fields do not say what they are for, so browsers cannot fill them in for you"),
    ("1.4.1", "Use of Color", "A", "some information is given only by colour"),
    ("1.4.2", "Audio Control", "A", "some sound plays by itself and cannot be stopped"),
    ("1.4.3", "Contrast (Minimum)", "AA", "some text does not stand out enough from its background, so it can be hard to read"),
    ("1.4.4", "Resize Text", "AA", "some text cannot be made twice as big without losing content"),
    ("1.4.5", "Images of Text", "AA", "some words are shown as pictures of text"),
    ("1.4.10", "Reflow", "AA", "some content does not fit a narrow screen or a page zoomed to 400%, so you have to scroll sideways"),
    ("1.4.11", "Non-text Contrast", "AA", "some buttons, boxes or icons do not stand out enough from their background"),
    ("1.4.12", "Text Spacing", "AA", "some text is cut off when you make the spacing between lines, words or letters bigger"),
    ("1.4.13", "Content on Hover or Focus", "AA", "some content that pops up when you point at something is hard to close or read"),
    ("2.1.1", "Keyboard", "A", "some things cannot be used with a keyboard alone"),
    ("2.1.2", "No Keyboard Trap", "A", "a keyboard user can get stuck in some parts of the page"),
    ("2.1.4", "Character Key Shortcuts", "A", "some single-key shortcuts cannot be turned off"),
    ("2.2.1", "Timing Adjustable", "A", "some things have a time limit you cannot change"),
    ("2.2.2", "Pause, Stop, Hide", "A", "some moving content cannot be paused or stopped"),
    ("2.3.1", "Three Flashes or Below Threshold", "A", "some content flashes more than 3 times a second"),
    ("2.4.1", "Bypass Blocks", "A", "there is no working link to skip straight to the main content"),
    ("2.4.2", "Page Titled", "A", "some pages do not have a title that says what they are about"),
    ("2.4.3", "Focus Order", "A", "the keyboard moves through some pages in a confusing order"),
    ("2.4.4", "Link Purpose (In Context)", "A", "some links do not say where they go"),
    ("2.4.5", "Multiple Ways", "AA", "some pages can only be found one way"),
    ("2.4.6", "Headings and Labels", "AA", "some headings or labels do not say what the content is about"),
    ("2.4.7", "Focus Visible", "AA", "you cannot always see where the keyboard is on the page"),
    ("2.4.11", "Focus Not Obscured (Minimum)", "AA", "the part of the page the keyboard is on can be hidden by other content"),
    ("2.5.1", "Pointer Gestures", "A", "some things need a swipe or pinch with no simpler way to use them"),
    ("2.5.2", "Pointer Cancellation", "A", "some actions happen as soon as you touch the screen, so mistakes are hard to undo"),
    ("2.5.3", "Label in Name", "A",
     "the hidden name of some buttons or links differs from the words you see, so voice control may miss them"),
    ("2.5.4", "Motion Actuation", "A", "some things work only by moving or shaking the device"),
    ("2.5.7", "Dragging Movements", "AA", "some things work only by dragging"),
    ("2.5.8", "Target Size (Minimum)", "AA", "some links or buttons are too small or too close together to tap easily"),
    ("3.1.1", "Language of Page", "A", "some pages do not say which language they are in, so screen readers may say the words wrongly"),
    ("3.1.2", "Language of Parts", "AA", "some words in another language are not marked, so screen readers may say them wrongly"),
    ("3.2.1", "On Focus", "A", "some things change by themselves when the keyboard reaches them"),
    ("3.2.2", "On Input", "A", "some things change by themselves when you fill in a form field"),
    ("3.2.3", "Consistent Navigation", "AA", "the menus are not in the same place on every page"),
    ("3.2.4", "Consistent Identification", "AA", "some things that do the same job have different names"),
    ("3.2.6", "Consistent Help", "A", "the ways to get help are not in the same place on every page"),
    ("3.3.1", "Error Identification", "A", "some form mistakes are not explained in words"),
    ("3.3.2", "Labels or Instructions", "A", "some form fields have no label or instructions"),
    ("3.3.3", "Error Suggestion", "AA", "some form mistakes do not come with a suggestion of how to fix them"),
    ("3.3.4", "Error Prevention (Legal, Financial, Data)", "AA", "some important forms cannot be checked or undone before you send them"),
    ("3.3.7", "Redundant Entry", "A", "some forms ask for the same information twice"),
    ("3.3.8", "Accessible Authentication (Minimum)", "AA", "signing in needs a memory or puzzle test"),
    ("4.1.2", "Name, Role, Value", "A",
     "some buttons, links or form fields do not tell screen readers what they are or what state they are in"),
    ("4.1.3", "Status Messages", "AA", "some messages are not read out by screen readers"),
)
"""Every WCAG 2.2 success criterion at level A or AA, by number."""
