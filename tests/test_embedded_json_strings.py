"""The JSON string literals ``fallback.embedded_paragraphs`` reads a script's shipped story from (``_JSON_STRING``)."""
from extractors.clean.fallback import _JSON_STRING


def _literals(code: str) -> list[str]:
    return [match.group(1) for match in _JSON_STRING.finditer(code)]


def test_a_literal_of_two_hundred_units_is_read_whole():
    assert _literals('window.__DATA__ = {"id": 7, "body": "' + "a" * 250 + '"};') == ["a" * 250]


def test_a_shorter_literal_is_not_read():
    assert _literals('{"id": 7, "body": "' + "a" * 199 + '"}') == []


def test_an_escaped_quote_stays_inside_the_literal():
    body = "a" * 100 + '\\"' + "b" * 150
    assert _literals('{"body": "' + body + '"}') == [body]


def test_an_escape_counts_as_one_unit():
    assert _literals('{"body": "' + "\\n" * 199 + '"}') == []
    assert _literals('{"body": "' + "\\n" * 200 + '"}') == ["\\n" * 200]


def test_a_literal_left_open_is_not_read():
    assert _literals('{"body": "' + "a" * 300 + "\\") == []
    assert _literals('{"body": "' + "a" * 300) == []
