"""Pure extraction: bytes or text in, records out (no Prefect, no disk).

- ``formats/``: containers to raw documents (feeds, sitemaps, WARC, JSONL, byte decoding);
- ``clean/``: a raw page or text dump to a clean ``Document`` (body, title, dates, authors, captions);
- ``facts/``: clean text to facts (the spaCy model, entities, quantities, dates, quotes, attributions);
- ``grammar.py``: the calendar and number words that cleaning and facts both read;
- ``records.py``: the records every stage passes on; ``pipeline.py``: the stages chained;
  ``version.py``: the extractor version, derived from the rules and data that decide the output.
"""
