"""The cleaning audit charges each removed piece of text to the stage that removed it, and sorts it right.

The audit (``benchmarks.cleaning_audit``) tells which cleaning stages cost reference text on dev: it is only
useful if a caption is charged to the caption stage, a menu to pruning, and if text kept elsewhere in the
output is not counted as lost.
"""
from benchmarks.cleaning_audit import Judge, audit_page
from extractors.clean.document import clean_html

STORY = "The council approved the new budget on Tuesday after a long debate about local taxes and schools."
CAPTION = "The mayor speaks to reporters outside the town hall after the vote on Tuesday evening"
MENU = "Home News Sport Weather Culture Travel"
PAGE = (
    "<html lang='en'><head><title>Budget vote</title></head><body>"
    f"<nav><a href='/'>{MENU}</a></nav><h1>Budget vote</h1>"
    f"<article><figure><img src='a.jpg'><figcaption>{CAPTION}</figcaption></figure>"
    + "".join(f"<p>{STORY} Part {i} of the story, with more words.</p>" for i in range(4))
    + "</article></body></html>"
)


def _charged(removed, words: str) -> list[str]:
    return [rule for rule, text in removed if words in text]


def test_a_caption_is_charged_to_the_caption_stage_and_a_menu_to_pruning():
    removed = audit_page(PAGE, STORY, None)
    assert [rule.split(":")[0] for rule in _charged(removed, CAPTION)] == ["caption"]
    assert any(rule.startswith("prune:") and "<nav>" in rule for rule in _charged(removed, MENU))


def test_removed_reference_text_is_lost_only_when_the_output_lacks_it():
    reference = f"{STORY}\n\n{CAPTION}"
    judge = Judge(reference, clean_html(PAGE).text)
    lost, dup, other = judge.sort(CAPTION)
    assert lost > 0 and dup == 0 and other == 0  # the caption is in the reference, the output dropped it
    lost, dup, other = judge.sort(STORY)
    assert lost == 0 and dup > 0  # removed once (say, a repeat in a teaser) but kept in the story
    assert judge.sort(MENU) == (0, 0, 3)  # 6 tokens of furniture: 3 shingles of 4
    assert judge.sort("Share this") == (0, 0, 2)  # shorter than a shingle: counted by its tokens


def test_losses_are_told_apart_by_reference_source():
    from benchmarks.cleaning_audit import reference_source, source_line

    assert reference_source("bbc_2016_obama-gun-laws__moz") == "moz"
    assert reference_source("liputan6_2024-05-20_potret__pl3b") == "pl3b"
    sources = {"moz": [195, 2], "n3k": [174, 6], "hd": [0, 210], "pl": [0, 81], "fundus": [3, 207]}
    # the sources that lost most first; the rest, where the rule drops rightly, summed
    assert source_line(sources, top=2) == "moz 195/2, n3k 174/6, elsewhere 3/498"
    assert source_line({"hd": [0, 5]}) == "elsewhere 0/5"
