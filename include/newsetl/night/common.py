"""Names shared by the steps of a night."""

from __future__ import annotations

import logging

from ..schemas import TABLES

log = logging.getLogger("newsetl")
ALL_TABLES = tuple(TABLES)
