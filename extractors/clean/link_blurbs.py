"""The blurb a page sets over a link to learn more, which a text dump copies as sentences between the story's lines.

A promotion or a house notice on a Japanese page is a sentence or three over a link line: BE-PAL's issue box, "付録は
カリマーコラボの『アウトドア調光機能グラス』！" / "5月9日発売のBE-PAL（ビーパル）6月号の大特集は...。" / "小特集は...！" over
"詳しくみる", Nikkei's reprint notice "企業での記事共有や会議資料への転載・複製、注文印刷などをご希望の方は、リンク先をご
覧ください。" over "詳しくはこちら", HYPEBEAST Japan's app blurb over "詳しく知る". The link line is a widget line and goes;
its blurb reads as prose, and where it stands inside the story's region it stayed. A story's own link to more
("続きを読む") is no such link (``data/<language>/blurb_links.txt``). A blurb is short, a line of ``BLURB_CHARS``
characters at most (the longest of BE-PAL's and Nikkei's run 51 and 47): is702's story ends on paragraphs of 200 and more
right above its "登場人物＆相関図はこちら" link to its cast, and those stay (dumps133).
"""
from __future__ import annotations

from extractors.clean import widgets
from extractors.clean.text_regions import closes_sentence, line_kind

#: A link to learn more, per language (``data/<language>/blurb_links.txt``): "詳しく見る", "詳しくはこちら".
BLURB_LINK = widgets.local_lines("blurb_links.txt")
#: A blurb runs this many lines at most above its link, each of this many characters at most.
BLURB_LINES, BLURB_CHARS = 3, 100


def link_blurbs(lines: list[str], start: int, end: int) -> frozenset[int]:
    """Indexes of the lines of the region ``lines[start:end]`` that are a blurb over a link to learn more: up to
    ``BLURB_LINES`` short lines (``BLURB_CHARS``) of prose closing a sentence right above the link line."""
    found: set[int] = set()
    for at in range(start + 1, min(end + 1, len(lines))):
        if not BLURB_LINK.fullmatch(lines[at]):
            continue
        above = at - 1
        while above >= max(start, at - BLURB_LINES) and len(lines[above]) <= BLURB_CHARS \
                and line_kind(lines[above]) == "prose" and closes_sentence(lines[above]):
            found.add(above)
            above -= 1
    return frozenset(found)
