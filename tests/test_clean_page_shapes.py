"""Page shapes learnt from the worst new dev pages of issue 12 (Omnivore's readability test pages): a story set
as bare text between ``<br>`` tags.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``);
each behaviour also has a small synthetic page that shows the rule alone.
"""
from __future__ import annotations

from extractors.clean import html as html_clean
from extractors.clean.document import clean_html
from tests.clean_helpers import dev_page

SENTENCES = (
    "The council voted on Tuesday, after a long and heated debate, to fund the new bridge over the river.",
    "Work will start in spring, the mayor said, and the old ferry will run until the bridge opens.",
    "Residents of both banks, who had petitioned for a crossing since 2009, welcomed the decision.",
    "The cost, about 40 million euros, will be shared by the city, the region and the state.",
)


def page(body: str) -> str:
    return f"<html lang='en'><head><title>Bridge vote</title></head><body>{body}</body></html>"


# --- a story set as text between <br> tags is prose -----------------------------------------------


def test_text_between_br_tags_counts_as_prose():
    holder = html_clean.parse_html(page(f"<div>{'<br><br>'.join(SENTENCES)}</div>")).find("body/div")
    assert html_clean.prose_chars(holder) == sum(len(s) for s in SENTENCES)


def test_short_lines_between_br_tags_are_no_prose():
    """An address block or a list of links cut by ``<br>`` is not a story."""
    holder = html_clean.parse_html(page("<div>Town Hall<br>1 Main Street<br>Springfield</div>")).find("body/div")
    assert html_clean.prose_chars(holder) == 0


def test_a_br_story_in_a_wrapper_named_like_a_sidebar_is_kept():
    """habr.com wraps its ``<br>``-only story in ``tm-page__main_has-sidebar``: with no ``<p>``, the wrapper
    weighed as holding no prose and was pruned as a sidebar, leaving an app-promo card as the body."""
    html = page(
        "<div class='page-main has-sidebar'><div class='post'>"
        f"{'<br><br>'.join(SENTENCES)}</div></div>"
        "<div class='apps'><p>The app to watch and manage your servers from a phone.</p></div>"
    )
    text = clean_html(html).text
    assert all(sentence in text for sentence in SENTENCES)
    assert "app to watch" not in text


def test_a_br_only_story_on_a_dev_page_is_found():
    expected, doc = dev_page("habr-ru_2023-01-24_js-tricks-benchmarks__omni", with_url=False)
    sentence = "Скорость парсинга кода тоже входит в бенчмарк, поэтому браузер с быстрым парсером будет впереди."
    assert sentence in expected["body"]
    assert sentence in doc.text
