"""React's streamed server rendering: hidden ``S:`` segments moved into their placeholders as the page's scripts do."""
from __future__ import annotations

from extractors.clean.document import clean_html
from extractors.clean.html import parse_html

_RUNTIME = (
    "<script>$RC=function(b,c){/* moves the segment */};$RC(\"B:1\",\"S:1\")</script>"
)

_STORY = [
    "The simulator framing says a trained model is best understood as something that plays many characters at once.",
    "Each character is a pattern the model can continue, and none of them is the model itself, the essay argues.",
    "Prompting selects among the characters, which is why the same network can write a poem and then a proof.",
    "The author calls the characters simulacra and the network the simulator, borrowing an old word for a new kind of thing.",
    "Training on prediction alone, the argument goes, yields a simulator rather than an agent with goals of its own.",
]


def _page(segments: str, shell_extra: str = "") -> str:
    return (
        "<html><head><title>Simulators</title></head><body>"
        # LessWrong's shell shows one stray character before its segments (a layout probe)
        '<div style="opacity:0.001;position:absolute;top:0;left:0">x</div>'
        '<div id="wrapper"><header><a href="/">Home</a></header><main><h1>Simulators</h1>'
        '<!--$?--><template id="B:1"></template><div class="spinner">Loading…</div><!--/$-->'
        f"{shell_extra}</main></div>"
        f"{segments}</body></html>"
    )


def test_segments_streamed_out_of_order_are_placed_in_the_page_order():
    # React streams each part when it is ready, not in reading order: the closing part (S:3) arrives first here,
    # and the story is cut into segments none of which holds half the page's prose
    segments = (
        f'<div hidden id="S:3"><p>{_STORY[4]}</p></div>'
        + _RUNTIME.replace('$RC("B:1","S:1")', '$RS("S:3","P:3")')
        + '<div hidden id="S:1"><article><div class="post-body">'
        f"<p>{_STORY[0]}</p><p>{_STORY[1]}</p>"
        '<!--$?--><template id="B:2"></template><p>Loading the rest of the post…</p><!--/$-->'
        "</div></article></div>"
        '<script>$RC("B:1","S:1")</script>'
        + f'<div hidden id="S:2"><p>{_STORY[2]}</p><p>{_STORY[3]}</p></div><script>$RC("B:2","S:2")</script>'
    )
    doc = clean_html(_page(segments, '<template id="P:3"></template>'), url="https://www.example.org/posts/simulators")
    for sentence in _STORY:
        assert sentence in doc.text
    assert doc.text.index(_STORY[1]) < doc.text.index(_STORY[2]) < doc.text.index(_STORY[4])
    assert "Loading" not in doc.text  # the boundaries' fallbacks are replaced, as in a browser


def test_a_boundary_fallback_with_nested_boundaries_is_replaced_up_to_its_own_end():
    # the fallback holds a nested boundary (its own <!--$--> ... <!--/$-->): the depth count stops at the outer end,
    # and the text after that end stays where it was
    page = (
        "<html><body><div id=\"col\">Before "
        '<!--$?--><template id="B:0"></template>Skeleton <!--$--><span>nested fallback</span><!--/$--> text'
        "<!--/$--> after.</div>"
        '<div hidden id="S:0"><p>Placed paragraph.</p> tail of segment</div><script>$RC("B:0","S:0")</script>'
        '<div hidden id="S:7"><p>Orphan segment.</p></div><script>$RC("B:7","S:7")</script>'
        "</body></html>"
    )
    root = parse_html(page)
    col = root.get_element_by_id("col")
    assert " ".join(col.text_content().split()) == "Before Placed paragraph. tail of segment after."
    assert "Orphan segment." not in root.text_content()  # no boundary B:7: the runtime removes the segment
