"""`phb check`: does every page meet the Accessible Information Standard, plain English and WCAG 2.2 AA?

Two layers, one list of findings:
- source checks (`source.py`): fast, no browser, on each page's own HTML as Markdown
  makes it, without the theme's navigation, header or footer; `phb validate` runs them too;
- rendered checks (`rendered.py`): pa11y-ci (axe and HTML_CodeSniffer) and our own
  browser checks on every built page, served over HTTP in Debian's Chromium.
`reports.py` writes what was found for people (HTML) and machines (JSON, JUnit XML).
"""
