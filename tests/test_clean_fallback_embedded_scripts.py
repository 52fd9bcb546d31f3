"""Article markup shipped inside a script's JSON is read without the scripts and styles inside that markup."""
import json

from extractors.clean.fallback import embedded_paragraphs

STORY = [
    "The harbour authority approved the new ferry timetable on Tuesday after a year of consultations with residents.",
    "Crossings to the islands will run every forty minutes in summer and every hour in winter, the authority said.",
]
CODE = "jQuery(document).ready(function(){ jQuery('.gallery').slick({dots: true, autoplay: true}); });"


def page_shipping(markup: str) -> str:
    """A client-rendered page: an empty shell and the article's markup as a JSON string ("</" escaped, as pages do)."""
    payload = json.dumps({"article": {"html": markup}}).replace("</", "<\\/")
    return f"<html><head></head><body><div id='app'></div><script>window.__STATE__ = {payload};</script></body></html>"


def test_scripts_inside_embedded_markup_are_not_read_as_text():
    markup = f"<div><script>{CODE}</script><style>.gallery{{display:block}}</style>" + "".join(
        f"<p>{line}</p>" for line in STORY) + "</div>"
    found = embedded_paragraphs(page_shipping(markup))
    assert found == STORY


def test_embedded_markup_without_scripts_is_read_whole():
    found = embedded_paragraphs(page_shipping("".join(f"<p>{line}</p>" for line in STORY)))
    assert found == STORY
