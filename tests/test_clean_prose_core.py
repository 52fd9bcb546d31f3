"""The blocks holding the page's main run of paragraphs are not pruned for a widget word in their class.

Story wrappers carry widget words on real dev pages ("float-sidebar-container" on self.com,
"read-more" on heraldsun.com.au, "theiaStickySidebar" on landesspiegel.li, "cn_pagination_container"
on architecturaldigest.com), and stories cut into one box per paragraph repeat a box template
(Postmedia's "story-v2-content-element", politico.eu's "sidebar-grid__container"). They survive today
because they hold most of the page's prose; these pages (own wording) hold more prose elsewhere.
"""
from __future__ import annotations

from extractors.clean.document import clean_html

STORY = [
    f"The council voted on Tuesday, after a long and heated debate, to fund the new bridge over the river. "
    f"Point {i}: the engineers said the work would take three years and cost more than planned."
    for i in range(6)
]
TEASERS = [
    f"Teaser {i}: a summary of another story about the harbour, the ferries and the new market hall "
    f"that opened last spring near the station."
    for i in range(15)
]
#: Teaser summaries (shorter than the story's paragraphs) in three templates: together 60% of the page's prose.
TEMPLATES = ("<div class='card'><h3>Other story</h3><p>{}</p></div>", "<div class='profile'><p>{}</p></div>",
             "<li class='more'><span>More</span><p>{}</p></li>")


def page(story_html: str, teasers: list[str] = TEASERS) -> str:
    cards = "".join(TEMPLATES[i % 3].format(t) for i, t in enumerate(teasers))
    return (f"<html lang='en'><head><title>Bridge vote</title></head><body><h1>Bridge vote</h1>"
            f"{story_html}<div class='grid'>{cards}</div></body></html>")


def test_a_story_wrapper_named_like_a_widget_is_kept_when_other_paragraphs_outweigh_it():
    story = "".join(f"<p>{s}</p>" for s in STORY)
    text = clean_html(page(f"<div class='float-sidebar-container'>{story}</div>")).text
    assert all(s in text for s in STORY)


def test_a_story_cut_into_boxes_named_like_a_widget_is_kept_box_by_box():
    boxes = "".join(f"<section class='chunk'><div class='inline has-ads'><p>{s}</p></div></section>" for s in STORY)
    text = clean_html(page(f"<div class='story'>{boxes}</div>")).text
    assert all(s in text for s in STORY)


def test_a_comment_section_holding_the_most_paragraphs_is_still_pruned():
    story = "".join(f"<p>{s}</p>" for s in STORY[:2])
    comments = "".join(f"<p>{t.replace('Teaser', 'Comment')}</p>" for t in TEASERS)
    html = page(f"<div class='main'>{story}</div><div class='comments'>{comments}</div>", TEASERS[:1])
    assert "Comment 0" not in clean_html(html).text
