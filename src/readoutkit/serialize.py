"""JSON for readouts: one cattrs converter; dicts, strings, JSON Lines and the schema."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from cattrs.preconf.json import make_converter

from readoutkit.model import Readout

__all__ = ["converter", "dumps", "from_dict", "loads", "to_dict"]

converter = make_converter(forbid_extra_keys=True)
converter.register_unstructure_hook(dt.date, lambda d: d.isoformat())
converter.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))


def to_dict(readout: Readout) -> dict[str, Any]:
    """The readout as plain JSON-compatible data."""
    out: dict[str, Any] = converter.unstructure(readout)
    return out


def from_dict(data: dict[str, Any]) -> Readout:
    """Build a readout from :func:`to_dict` output."""
    return converter.structure(data, Readout)


def dumps(readout: Readout) -> str:
    """The readout as a JSON string."""
    return json.dumps(to_dict(readout), ensure_ascii=False)


def loads(s: str | bytes) -> Readout:
    """Read a readout from a JSON string."""
    return from_dict(json.loads(s))
