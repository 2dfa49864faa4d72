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
from readoutkit.serialize import (
    dumps,
    from_dict,
    iter_jsonl,
    json_schema,
    loads,
    to_dict,
    write_jsonl,
)

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
    "iter_jsonl",
    "json_schema",
    "loads",
    "parse",
    "to_dict",
    "write_jsonl",
]
