"""readoutkit: diplomatic readouts as typed data, every item with its evidence span."""

from __future__ import annotations

from readoutkit.batch import (
    FileProblem,
    NamedText,
    UnreadableFileError,
    iter_results,
    parse_file,
    parse_many,
)
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
from readoutkit.parser import parse
from readoutkit.serialize import (
    dumps,
    from_dict,
    iter_jsonl,
    json_schema,
    loads,
    to_dict,
    write_jsonl,
)
from readoutkit.tabular import tables

__all__ = [
    "SCHEMA_VERSION",
    "Commitment",
    "FileProblem",
    "InputTooLargeError",
    "Kind",
    "Modality",
    "NamedText",
    "Notice",
    "Party",
    "Polarity",
    "Quotation",
    "Readout",
    "ReadoutkitError",
    "Span",
    "Statement",
    "UnreadableFileError",
    "ValidationError",
    "dumps",
    "from_dict",
    "iter_jsonl",
    "iter_results",
    "json_schema",
    "loads",
    "parse",
    "parse_file",
    "parse_many",
    "tables",
    "to_dict",
    "write_jsonl",
]
