"""The fallback's densest container weighs a wrapper's own links as linked text (issue 12, HTML precision).

``fallback.densest_container`` picks the element holding the most text outside links. A wrapper (``<div>``,
``<span>``, ...) counts its own text, which takes in its inline children, links included: a box of bare links
counted as prose. On the unlabelled pool, city.udn.com's forum post hides 606 words of spam links in two
1px boxes and USA Today's photo gallery shows a line of sports section links; with no story on either page, the
fallback took those links as the densest text. Synthetic pages only: no dev page reaches this case.
"""
from __future__ import annotations

from extractors.clean import fallback
from extractors.clean import html as html_clean

STORY = "The council voted on Tuesday, after a long and heated debate, to fund the new bridge over the river."
SECTIONS = ("Local news", "World news", "Business and markets", "Sport results", "Opinion and letters", "Weather")


def _densest_text(html: str) -> str:
    container = fallback.densest_container(html_clean.parse_html(html))
    return "\n".join(html_clean.paragraphs_of(container))


def test_a_box_of_bare_links_is_not_the_densest_text():
    links = " ".join(f"<a href='/s{i}'>{name} today</a>" for i, name in enumerate(SECTIONS * 3))
    story = "".join(f"<p>{STORY} Part {i}.</p>" for i in range(3))
    text = _densest_text(f"<html><body><section><div>{links}</div></section><article><div>{story}</div></article>"
                         "</body></html>")
    assert text.count("The council voted") == 3
    assert "Local news" not in text


def test_a_story_in_bare_text_with_a_link_is_still_the_densest_text():
    story = " ".join(f"{STORY} Part {i}." for i in range(5))
    text = _densest_text(f"<html><body><section><div>{story} Read <a href='/r'>the council's report</a>.</div>"
                         "</section><aside><p>Sign up for our newsletter to get the news first.</p></aside></body></html>")
    assert text.count("The council voted") == 5
