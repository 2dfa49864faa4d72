"""parse(): the pipeline, top to bottom (stub until the rules land)."""

from __future__ import annotations

import datetime as dt

from readoutkit.model import Readout

__all__ = ["parse"]


def parse(text: str, *, reference_date: dt.date | None = None, lexicon: object = None) -> Readout:
    """Parse one readout."""
    return Readout(text=text, reference_date=reference_date)
