"""readoutkit: diplomatic readouts as typed data, every item with its evidence span."""

from __future__ import annotations

from readoutkit.errors import InputTooLargeError, ReadoutkitError, ValidationError
from readoutkit.model import (
    SCHEMA_VERSION,
    Commitment,
    Kind,
    Modality,
    Notice,
    Party,
    Polarity,
    Quotation,
    Readout,
    Span,
    Statement,
)
from readoutkit.parse import parse
from readoutkit.serialize import dumps, from_dict, loads, to_dict

__all__ = [
    "SCHEMA_VERSION",
    "Commitment",
    "InputTooLargeError",
    "Kind",
    "Modality",
    "Notice",
    "Party",
    "Polarity",
    "Quotation",
    "Readout",
    "ReadoutkitError",
    "Span",
    "Statement",
    "ValidationError",
    "dumps",
    "from_dict",
    "loads",
    "parse",
    "to_dict",
]
