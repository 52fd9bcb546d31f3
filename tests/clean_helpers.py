"""Dev pages of the repo corpus for cleaning tests: rules and their tests use dev pages only.

Provenance and licences of ``benchmarks/corpus`` are in its ``SOURCES.md``.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from benchmarks.splits import load_split
from extractors.clean import clean_document
from extractors.records import Document, RawDocument

CORPUS = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus" / "pages"

#: Four sentences of story prose for synthetic pages.
SENTENCES = (
    "The council voted on Tuesday, after a long and heated debate, to fund the new bridge over the river.",
    "Work will start in spring, the mayor said, and the old ferry will run until the bridge opens.",
    "Residents of both banks, who had petitioned for a crossing since 2009, welcomed the decision.",
    "The cost, about 40 million euros, will be shared by the city, the region and the state.",
)
#: Four paragraphs of a local story, for synthetic text dumps whose furniture sits between or after them.
DUMP_STORY = (
    ("The city council approved the new budget on Tuesday after a debate that lasted well into the night, with "
     "members split over how much to spend on road repairs and the library."),
    ("The mayor said the plan would keep property taxes flat for a third year while adding two hundred thousand "
     "dollars for the parks department and a new bus route to the hospital."),
    ("Opponents argued that the city was drawing down its reserves too fast and warned that a downturn next year "
     "could leave the council with no choice but to cut services or raise fees."),
    ("The budget takes effect on the first of July, and the council will review the spending in the autumn when the "
     "first quarter's figures come in from the finance office."),
)


def headed_story_page(header: str) -> str:
    """A synthetic page whose story (four paragraphs of ``SENTENCES[0]``) sits in an ``<article>`` under a ``<header>``
    holding ``header``: the place where deks, kickers and labels between the headline and the story are judged."""
    paragraphs = "".join(f"<p>{SENTENCES[0]} Detail {i}, with names and numbers.</p>" for i in range(4))
    return (
        "<html lang='en'><head><title>Bridge vote</title></head><body>"
        f"<header class='top'>{header}</header><article class='story'>{paragraphs}</article></body></html>"
    )


def dev_page(case_id: str, *, with_url: bool = True) -> tuple[dict, Document]:
    """A dev page of the repo corpus (a test page fails the call), its reference and the page cleaned.

    ``with_url`` False cleans the bytes without the page's URL, as a saved file without one is read.
    """
    assert load_split()[case_id]["split"] == "dev", "rules and their tests use dev pages only"
    meta = json.loads((CORPUS / f"{case_id}.json").read_text(encoding="utf-8"))
    data = gzip.decompress((CORPUS / f"{case_id}.html.gz").read_bytes())
    raw = (RawDocument(case_id, data, url=meta["url"]) if with_url
           else RawDocument(case_id, data, content_type="text/html"))
    return meta["expected"], clean_document(raw)
