"""Class and id strings cut into parts by ``str.split`` when no capital asks for the camel-case cut."""
import pytest

from extractors.clean.widgets import _TOKEN_SPLIT, _class_parts, attr_tokens, class_tokens


@pytest.mark.parametrize("value", [
    "shareBar js-social_links", "article-body entry-content", "most-read__list", "a..b//c::d", "  ", "", "-_-",
    "x\u00a0y\u2003z", "a\u200bb", "ΑΣ.Β", "aΣ b", "İstanbul-x", "col-span-3 w-full border p-4", "newsletterSignup",
])
def test_parts_are_the_patterns_parts(value):
    assert _class_parts(value) == [p.lower() for p in _TOKEN_SPLIT.split(value) if p]


def test_joined_and_glued_tokens():
    assert {"most", "read", "mostread"} <= class_tokens("most-read")
    assert {"related", "relatedposts", "relatedpost"} <= attr_tokens("jp-relatedposts")
    assert "comment" in attr_tokens("commentform") and "share" in attr_tokens("sharebuttons")
    assert "social" not in attr_tokens("socialism-essay")  # glued only to a part name the pattern lists
