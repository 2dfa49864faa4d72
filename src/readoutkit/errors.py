"""The exceptions readoutkit raises: one base class, each naming where and why."""

from __future__ import annotations

__all__ = ["InputTooLargeError", "ReadoutkitError", "ValidationError"]


class ReadoutkitError(Exception):
    """Base class of every error readoutkit raises on purpose."""


class ValidationError(ReadoutkitError, ValueError):
    """A document or object breaks the format: ``path`` names the field, ``reason`` says why.

    ``source`` is the file (and line, for JSON Lines) the document came from, when known.
    """

    def __init__(self, path: str, reason: str, *, source: str | None = None) -> None:
        self.path = path
        self.reason = reason
        self.source = source
        where = f"{source}: " if source else ""
        at = path or "<document>"
        super().__init__(f"{where}{at}: {reason}")

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_validation_error, (self.path, self.reason, self.source))


def _rebuild_validation_error(path: str, reason: str, source: str | None) -> ValidationError:
    return ValidationError(path, reason, source=source)


class InputTooLargeError(ReadoutkitError, ValueError):
    """The text is longer than the parser's documented limit (``MAX_CHARS``)."""

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(f"text of {size:,} characters exceeds the limit of {limit:,}")

    def __reduce__(self) -> tuple[object, ...]:
        return (InputTooLargeError, (self.size, self.limit))


# The serializer's internal signals. They live here, not in serialize.py, because
# the opt-in compiled build (hatch_build.py) compiles serialize.py, and mypyc
# cannot define subclasses of built-in exceptions in a compiled module.


class _Mismatch(TypeError):
    """A value of the wrong JSON type or outside the allowed values."""


class _MissingField(KeyError):
    """A required field is absent. (Every field is required on input.)"""

    def __str__(self) -> str:
        return "required field is missing"


class _Unsettled(Exception):
    """The fast path leaves this document to the converter."""
