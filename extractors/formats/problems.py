"""What a container reader says about one item besides the documents it yields."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One item of a container that went wrong: ``lost`` when the item is gone, else a warning.

    Readers yield these in order among the documents, so a caller can count failures and warnings
    per item without the reader knowing how they are reported.
    """

    location: str
    message: str
    lost: bool = True
