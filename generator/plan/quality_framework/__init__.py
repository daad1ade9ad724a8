"""Quality Framework coverage: what NHS England's PHB Quality Framework (January 2023) expects
an area to publish, and where each offer says it.

The items are our reading of the framework: every Step 1 operational standard, the
transparency about decisions asked for by enabler 4, the review information of Step 6,
and the other things a local offer is expected to show. An item is required when the
framework says it must be published or available; the others are good practice it
describes, shown as suggestions that never fail a report. Some items the offer schema
already insists on; they are listed all the same, for the evidence a reviewer reads.
Each check reads the offer as the public site shows it, so the evidence is what
readers can see.
"""
