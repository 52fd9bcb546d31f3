"""The address of each corpus page a dev facts gold case or a quantity probe was taken from.

The extractor reads an article's address as evidence of its site (a Canadian site writes its own dollar bare:
``extractors.facts.units.site_dollar``), so the benchmarks give a gold case or probe sentence the address of its
page, as the pipeline gives an article its own. ``facts_gold/page_urls.tsv`` holds them (case id, tab, URL), so the
scores do not depend on where the shared corpus is checked out; ``python -m benchmarks.page_urls`` rewrites it from
the page folders. Test gold cases come from pages no corpus holds, and get none.
"""

from __future__ import annotations

import argparse
import functools
import json
from pathlib import Path

from benchmarks.extraction import default_dirs

GOLD_DIR = Path(__file__).parent / "facts_gold"
URL_FILE = GOLD_DIR / "page_urls.tsv"
HEADER = "# case id<TAB>URL of every corpus page a dev facts gold case or a quantity probe was taken from\n"


@functools.cache
def page_urls() -> dict[str, str]:
    """Case id -> the page's URL, from ``facts_gold/page_urls.tsv``."""
    lines = URL_FILE.read_text(encoding="utf-8").splitlines()
    rows = (line.split("\t") for line in lines if line and not line.startswith("#"))
    return {case_id: url for case_id, url in rows}


def page_url(case_id: str | None) -> str | None:
    """The URL of the corpus page ``case_id``, or None when no corpus page has that id."""
    return page_urls().get(case_id) if case_id else None


def cited_pages() -> set[str]:
    """The case ids the dev facts gold and the quantity probes name (a gold case's id is its page's)."""
    pages = {path.stem for path in (GOLD_DIR / "dev").glob("*.json")}
    for path in (GOLD_DIR / "probes").glob("quantities_*.json"):
        pages |= {item["page"] for item in json.loads(path.read_text(encoding="utf-8"))["items"] if item.get("page")}
    return pages


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, action="append", help="page folder to read (default: the corpora)")
    args = parser.parse_args(argv)
    cited, urls = cited_pages(), {}
    for folder in args.pages or default_dirs():
        for path in folder.glob("*.json"):
            if path.stem in cited and path.stem not in urls:
                url = json.loads(path.read_text(encoding="utf-8")).get("url")
                if url:
                    urls[path.stem] = url
    URL_FILE.write_text(HEADER + "".join(f"{k}\t{urls[k]}\n" for k in sorted(urls)), encoding="utf-8")
    print(f"{len(urls)} of {len(cited)} cited pages have a URL; written to {URL_FILE}")


if __name__ == "__main__":
    main()
