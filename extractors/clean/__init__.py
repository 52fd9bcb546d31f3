"""Page cleaning: HTML pages and copied-text dumps to a clean ``Document``.

``document.clean_document`` is the entry point; ``html`` and ``text`` are the two cleaners,
``widgets`` the boilerplate vocabulary they share, ``metadata`` the title/date/author reading and
``profiles`` the declarative per-site knowledge.
"""
from extractors.clean.document import clean_document

__all__ = ["clean_document"]
