"""newsetl: nightly dumps of scraped news articles -> analytics tables.

Stages (one module each, data flows one way): sources -> split -> extract -> lake/quality -> run.
Importing the package is cheap: heavy libraries (spaCy, GX, geonames) load inside the functions that need them.
"""

__version__ = "0.1.0"
