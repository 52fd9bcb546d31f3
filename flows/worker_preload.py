"""Imported once by the worker pool's fork server before it forks any worker (``flows.scaleout``), so
the workers share, copy-on-write, what each of them would otherwise import and load itself.

That is the batch task's module with Prefect, the extractors and the warehouse (~1.2 CPU-s), the
English model (~0.6 CPU-s), and what a batch loads on its first English page (~0.8 CPU-s: the fact
rules' module, word lists and patterns, the language identifier's model), loaded here by one short
page through the pipeline. Then everything is frozen out of the garbage collector, as each worker's
initializer does: it lives as long as the workers, and a collection scanning it would also write to
every shared page it touches.
"""
from __future__ import annotations

import flows.ingest  # noqa: F401  the batch task's module and everything it imports
from extractors.pipeline import PipelineOptions, process
from extractors.records import NewsfactsError, RawDocument
from flows.scaleout import load_model_in_worker

#: A short English page: cleaning, language identification, the model and the English fact rules.
WARM_UP_PAGE = (
    b'<html lang="en"><head><title>Exports rose in February</title></head><body><article>'
    b"<h1>Exports rose in February</h1>"
    b"<p>Exports rose 5.2 percent in February from a year earlier to $52 billion, the trade ministry said "
    b"on Tuesday, citing strong demand for memory chips in the United States and China.</p>"
    b'<p>"Demand stays firm," Finance Minister Jane Doe told reporters in the capital on March 3.</p>'
    b"</article></body></html>"
)

for _ in process([RawDocument(source="https://warm-up.invalid/", data=WARM_UP_PAGE, content_type="text/html")],
                 PipelineOptions()):
    pass
try:
    load_model_in_worker()  # the model is loaded by now: this freezes what the page loaded with it
except NewsfactsError:  # e.g. the model is not installed: each worker's initializer fails with the reason
    pass
