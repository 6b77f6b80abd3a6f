"""The one exception hierarchy of news-kg: every error says what, where and what to do."""

from __future__ import annotations


class KgError(Exception):
    """Base of every error news-kg raises on purpose."""


class InputError(KgError):
    """An article file could not be read or holds nothing usable."""

    def __init__(self, path: str, reason: str, hint: str = "") -> None:
        self.path = path
        self.reason = reason
        self.hint = hint
        message = f"{path}: {reason}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)


class ModelError(KgError):
    """The spaCy model could not be loaded."""


class StoreError(KgError):
    """The store could not be opened, read or written."""


class QueryError(KgError):
    """A SPARQL query is malformed or failed."""


class ValidationError(KgError):
    """The graph breaks the SHACL shapes."""


class ExportError(KgError):
    """A graph could not be written in the asked format."""


class ClusterError(KgError):
    """The Dask cluster could not be reached, or an extraction failed on a worker."""


class ExtractionError(KgError):
    """An article's extraction failed in a worker process (its reason carried as text)."""
