"""Polite, defensive HTTP fetching with httpx.

The web is hostile: slow servers, redirect loops, giant or compressed bodies, malformed
headers, private addresses reachable from the machine running newsfacts. ``client`` holds the
:class:`Fetcher`; ``guard`` (addresses and ports), ``robots`` (robots.txt), ``headers`` (header
values), ``body`` (bounded bodies) and ``deadline`` (``total_timeout``) each own one defence.
"""
from flows.fetch.client import Fetcher, FetchResponse, fetch_document
from flows.fetch.errors import FetchError

__all__ = ["FetchError", "FetchResponse", "Fetcher", "fetch_document"]
