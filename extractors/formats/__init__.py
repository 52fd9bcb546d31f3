"""Input formats: the bytes of a container in, raw documents or entries out.

``feeds`` (RSS/Atom), ``sitemaps``, ``warc``, ``jsonl`` and ``encoding`` (bytes to text); fetching
them is the flows' job, reading them is this package's.
"""
