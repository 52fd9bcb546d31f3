"""The one error the fetcher raises: a URL that could not be fetched, with a reason a user can act on."""
from __future__ import annotations

from extractors.records import NewsfactsError


class FetchError(NewsfactsError):
    """A URL could not be fetched; ``reason`` says why in words a user can act on."""

    def __init__(self, url: str, reason: str, *, status: int | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status
