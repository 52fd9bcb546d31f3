"""Code listings inside a copied story (issue 12): their short lines are no cluster of furniture, and a line of code
the listing repeats is no caption. Dev pages of two publishers (Habr, Haki Benita's blog) lost them."""
from __future__ import annotations

import pytest

from benchmarks.extraction import score_page
from extractors.clean.text_regions import is_code
from tests.test_clean_text import clean_dump, copied_page, paragraphs


@pytest.mark.parametrize(
    ("case_id", "lines"),
    [
        # JavaScript between the paragraphs: a switch copied a line per case, an if chain
        ("habr-ru_2023-01-24_js-tricks-benchmarks__omni", ["switch (e) {", 'if (x === 1) return "1";']),
        # SQL listings: a CTE's opening and a column of a window query
        ("hakibenita_2020_sql-anomaly-detection__moz", ["WITH axis AS (", "count(*) AS entries"]),
    ],
)
def test_code_listing_lines_inside_a_copied_story_stay(case_id, lines):
    _, dump = copied_page(case_id)
    text = clean_dump(dump).text.split("\n")
    for line in lines:
        assert line in dump
        assert line in text


def test_line_of_code_repeated_in_a_listing_stays_each_time():
    """Habr's benchmark lists "var a = array.map((x) => x)" in two snippets: a repeated line of code is the listing's,
    not a gallery caption shown twice."""
    body, dump = copied_page("habr-ru_2023-01-24_js-tricks-benchmarks__omni")
    line = "var a = array.map((x) => x)"
    text = clean_dump(dump).text.split("\n")
    assert body.count(line) >= 2
    assert text.count(line) >= 2


def test_copied_story_with_code_listings_keeps_most_of_its_text():
    body, dump = copied_page("habr-ru_2023-01-24_js-tricks-benchmarks__omni")
    assert score_page("habr", clean_dump(dump).text, body).recall >= 0.65


@pytest.mark.parametrize(
    "listing",
    [
        # Dropbox's blog: the copy button's label over a loop whose last line calls a snake-case function
        ["Copy", "while True:", "w = get_next_work()", "do_work(w)"],
        # Haki Benita's SQL: a statement whose closing bracket opens the line, and a comment
        ["entries *", "(60 - extract('seconds' from period))", ") / (60 * 61 / 2) as weighted_mean",
         "-- Last 60 periods"],
    ],
)
def test_listing_whose_lines_close_a_bracket_or_call_a_named_function_is_no_box(listing):
    story = paragraphs(6, "Executor")
    doc = clean_dump("\n\n".join(["Menu", "How the executor works", *story[:3], "\n".join(listing), *story[3:],
                                  "Share"]))
    text = doc.text.split("\n")
    for line in listing[1:]:
        assert line in text


def test_line_of_code_shapes_are_code_and_bracketed_prose_is_not():
    for line in ["do_work(w)", "msg.Finish()", "arr.flat()", ") / (60 * 61 / 2) as weighted_mean", ")"]:
        assert is_code(line), line
    for line in ["Visit cbc.ca(nouvelle fenêtre)", "The U.S. (and its allies) agreed", "Ana (Rio) said so"]:
        assert not is_code(line), line


def test_comment_line_opening_with_slashes_is_code():
    """Habr's listings head each variant with a comment ("// reduce", "// flatMap", "// forEach push"): counted as
    furniture, a run of them and short calls ended the story above its second half."""
    for line in ["// reduce", "// flatMap", "// forEach push", "// Fill Map"]:
        assert is_code(line), line
    assert not is_code("Visit https://example.com for details")


def test_story_goes_on_past_a_listing_headed_by_comment_lines():
    _, dump = copied_page("habr-ru_2023-01-24_js-tricks-benchmarks__omni")
    text = clean_dump(dump).text
    assert "Конкатенация массивов на 1 уровень, поведение идентичное flat(1)." in text


def test_shell_command_lines_are_code_and_dashed_or_priced_prose_is_not():
    """cnblogs' Docker scripts: a command continued with a backslash, the options under it, two commands joined by "&&"
    and the script's first line; V8's blog prompts its commands with "$ "."""
    for line in ["docker run -p 28080:8080 \\", "--init \\", "-e ENV=dev \\", "-d -v /tmp/logs:/opt/logs --name apollo",
                 "docker stop kafka && docker rm kafka", "#!/bin/bash", "$ emcc hello.cpp -O3 -o hello.wasm"]:
        assert is_code(line), line
    for line in ["-- Favre did not address his contract.", "- Buy milk", "$5 million in damages", "#MeToo",
                 "Rock & roll is here to stay", "--PasteSpider"]:
        assert not is_code(line), line


def test_story_goes_on_past_a_script_whose_commands_read_as_furniture():
    """A script between the foreword and the rest of a post: its lines with no code shape (a bare command, "fi", a
    heading over the next script) would count as furniture and cut the post in two, and the foreword, the smaller half,
    went with every line of the script (cnblogs' Docker and Podman post scored 0.07)."""
    story = paragraphs(8, "Container")
    script = []
    for tool in ["docker", "podman", "nerdctl", "buildah"]:
        script += [f"The {tool} script", f"{tool} stop {tool} && {tool} rm {tool}", f"{tool} run -p 8080:8080 \\",
                   "--init \\", "-v /etc/localtime:/etc/localtime:ro \\", f"apolloconfig/{tool}:2.0.1",
                   f"sleep {len(script) + 5}s", f"echo {tool} started"]
    dump = "\n\n".join(["Home", "News", "Blogs", "Sign in", "Docker and Podman notes", *story[:2], "\n".join(script),
                        *story[2:], "Tags: containers", "Copyright 2024"])
    text = clean_dump(dump).text.split("\n")
    assert story[0] in text
    for line in ["docker run -p 8080:8080 \\", "podman stop podman && podman rm podman", "buildah run -p 8080:8080 \\"]:
        assert line in text


def test_copied_post_keeps_its_foreword_and_scripts():
    body, dump = copied_page("cnblogs-zh_2024-05-09_docker-podman-usage-notes__ppl")
    text = clean_dump(dump).text
    for line in ["前言：本文会以多个实际的线上例子，分享自己对于Docker和Podman的一点使用经验及踩过的坑，希望对读者有一点帮助。",
                 "docker stop apollo-configservice && docker rm apollo-configservice",
                 # the notes under the second section's scripts
                 "docker只有容器的概念，而podman里面有 容器 和 Pod 的概念。"]:
        assert line in body and line in text


def test_line_a_listing_repeats_three_times_is_no_interface_label():
    """A line printed three times or more is an interface label ("Advertisement" between paragraphs), but a code
    listing's queries and scripts repeat their lines: each of Haki Benita's queries opens with "WITH series AS (", each
    of cnblogs' scripts continues with "--init \\"; a widget line among them (a "Copy" button) stays a label."""
    story = paragraphs(6, "Query")
    query = ["WITH series AS (", "SELECT", "n,", "n * 2 AS twice,", "n * 3 AS thrice", "FROM unnest(array[2, 3, 5]) AS n",
             ")", "Copy"]
    dump = "\n\n".join(["Menu", "Anomaly detection in SQL", story[0], "\n".join(query), story[1], "Advertisement",
                        story[2], "\n".join(query), story[3], "Advertisement", story[4], "\n".join(query), story[5],
                        "Advertisement", "Share"])
    text = clean_dump(dump).text.split("\n")
    assert text.count("WITH series AS (") == 3
    assert "Advertisement" not in text and "Copy" not in text


@pytest.mark.parametrize(
    ("case_id", "line"),
    [("hakibenita_2020_sql-anomaly-detection__moz", "WITH series AS ("),
     ("cnblogs-zh_2024-05-09_docker-podman-usage-notes__ppl", "--init \\")],
)
def test_copied_listings_keep_the_lines_they_repeat(case_id, line):
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text.split("\n")
    assert body.count(line) >= 3
    assert text.count(line) >= 3


def test_line_of_code_holding_a_widget_word_stays_in_its_listing():
    """A widget's word in a line of code ("search" in Habr's "// text.search()", "listen" in cnblogs'
    "--web.listen-address=:19090") makes no widget line of it inside a listing; the same line outside one goes."""
    story = paragraphs(6, "Search")
    listing = ["// text.includes()", "url.includes('x')", "// text.search()", "url.search('x') >= 0"]
    dump = "\n\n".join(["Menu", "String search benchmarks", *story[:3], "\n".join(listing), *story[3:], "Share"])
    text = clean_dump(dump).text.split("\n")
    assert "// text.search()" in text and "url.search('x') >= 0" in text
    assert "Share" not in text


def test_copied_listing_keeps_its_comment_naming_a_search():
    body, dump = copied_page("habr-ru_2023-01-24_js-tricks-benchmarks__omni")
    assert "// text.search()" in body
    assert "// text.search()" in clean_dump(dump).text.split("\n")


def test_listing_line_repeated_in_two_queries_is_no_caption():
    """A line printed twice is a caption shown again, but Haki Benita's queries repeat their lines of SQL, code-shaped
    or not ("avg(n) + stddev(n) AS upper_bound" in two of them): inside a listing it stays each time."""
    story = paragraphs(6, "Bounds")
    query = ["WITH series AS (", "SELECT", "avg(n) - stddev(n) AS lower_bound,", "avg(n) + stddev(n) AS upper_bound",
             "FROM unnest(array[2, 3, 5]) AS n", ")"]
    dump = "\n\n".join(["Menu", "Bounds in SQL", *story[:2], "\n".join(query), *story[2:4], "\n".join(query),
                        *story[4:], "Share"])
    text = clean_dump(dump).text.split("\n")
    assert text.count("avg(n) + stddev(n) AS upper_bound") == 2
