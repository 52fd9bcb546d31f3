"""Bytes to text: BOM, header, meta, detection; binary and oversize input refused with a clear error."""
from __future__ import annotations

import codecs
import gzip
from pathlib import Path

import pytest
from lxml import etree

from extractors.clean.document import MAX_BYTES, clean_document
from extractors.clean.html import parse_page
from extractors.formats.encoding import decode_bytes, decode_page, looks_misdecoded
from extractors.records import InputError, RawDocument

FIXTURES = Path(__file__).parent / "fixtures" / "pages"

ARTICLE = (
    "<html><head>{meta}</head><body><article>"
    + "".join(f"<p>Der Bürgermeister hat am Montag {i} neue Brücken eröffnet, sagte die Stadtverwaltung gestern.</p>" for i in range(5))
    + "</article></body></html>"
)


def test_utf8_page_mis_declared_as_latin1_is_decoded_as_utf8():
    data = ARTICLE.format(meta="<meta charset='iso-8859-1'>").encode("utf-8")
    doc = clean_document(RawDocument("p.html", data))
    assert "Bürgermeister" in doc.text and "Ã¼" not in doc.text


def test_declared_windows_1251_page_is_decoded():
    html = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1251'></head><body><p>Мэр открыл мост.</p></body></html>"
    text, charset = decode_bytes(html.encode("cp1251"))
    assert "Мэр открыл мост." in text and charset == "cp1251"


def test_http_header_charset_wins_over_meta():
    data = "<meta charset='utf-8'><p>café</p>".encode("cp1252")
    text, charset = decode_bytes(data, "text/html; charset=windows-1252")
    assert "café" in text and charset == "cp1252"


def test_utf8_bom_is_honoured_and_stripped():
    text, charset = decode_bytes(b"\xef\xbb\xbf<p>\xe6\x97\xa5\xe6\x9c\xac</p>")
    assert text == "<p>日本</p>" and charset == "utf-8"


def test_undeclared_euc_kr_is_detected():
    data = ("<p>" + "서울시는 새 다리 건설 예산을 승인했다고 밝혔다. " * 20 + "</p>").encode("euc-kr")
    text, _ = decode_bytes(data)
    assert "서울시는 새 다리" in text


@pytest.mark.parametrize("data", [gzip.compress(b"<html></html>"), b"%PDF-1.7\n...", b"\x89PNG\r\n\x1a\n", b"abc\x00def"])
def test_binary_input_is_rejected(data):
    with pytest.raises(InputError, match="binary|not HTML"):
        clean_document(RawDocument("blob.bin", data))


def test_oversize_input_is_rejected_naming_size_and_cap():
    data = b"<p>" + b"a" * MAX_BYTES + b"</p>"
    with pytest.raises(InputError, match=f"{len(data):,} bytes, over the {MAX_BYTES:,}-byte cap"):
        clean_document(RawDocument("huge.html", data))


FRENCH = ("<html lang='fr'><head><title>Le maire</title></head><body>"
          + "<p>Le maire a inauguré trois ponts à Montréal, a déclaré la mairie hier soir. Ça coûte cher.</p>" * 5
          + "</body></html>")


@pytest.mark.parametrize("padding", ["", " "], ids=["even length", "odd length"])
def test_a_latin1_page_mislabelled_utf16_is_decoded_as_what_it_is(padding):
    data = (FRENCH + padding).encode("latin-1")
    text, charset = decode_bytes(data, "text/html; charset=utf-16")
    assert "à Montréal" in text and "Ça coûte" in text and charset == "cp1252"


def test_a_mislabelled_utf16_page_without_a_language_is_decoded_too():
    data = FRENCH.replace(" lang='fr'", "").encode("latin-1")
    text, _ = decode_bytes(data, "text/html; charset=UTF-16LE")
    assert "à Montréal" in text


def test_an_undeclared_latin1_page_prefers_windows_1252_among_equally_likely_charsets():
    text, charset = decode_bytes(FRENCH.replace(" lang='fr'", "").encode("latin-1"))
    assert "à Montréal" in text and charset == "cp1252"


def test_a_declared_charset_that_gives_letters_unlike_the_page_language_falls_back_to_detection():
    html = ("<html lang='ru'><head><meta charset='windows-1252'></head><body>"
            + "<p>Мэр города открыл новый мост через реку, сообщили в администрации в понедельник.</p>" * 5
            + "</body></html>")
    text, charset = decode_bytes(html.encode("cp1251"))
    assert "Мэр города открыл новый мост" in text and charset == "cp1251"


def test_text_that_still_looks_misdecoded_is_reported(caplog):
    data = FRENCH.replace("lang='fr'", "lang='ja'").encode("latin-1")  # a Japanese page would not be Latin-1 French
    with caplog.at_level("WARNING", logger="extractors.formats.encoding"):
        decode_bytes(data)
    assert "still looks mis-decoded (declared language ja)" in caplog.text


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (FRENCH.encode("latin-1")[: len(FRENCH) // 2 * 2].decode("utf-16-le"), "fr", True),  # CJK from a French page
        (FRENCH, "fr", False),
        (FRENCH, None, False),
        (FRENCH, "xx", False),  # a language not in the table is never judged
        ("Мэр открыл мост. " * 10, "ru", False),
        ("Ìýð îòêðûë ìîñò. " * 10, "ru", True),  # Russian windows-1251 bytes read as windows-1252
        ("日本の首相は、東京で記者会見を開きました。" * 3, "ja", False),
        ("The mayor \ufffd\ufffd opened a bridge." * 3, "en", True),
        ("Café au lait.", "ru", False),  # too few letters to judge
    ],
)
def test_looks_misdecoded_judges_replacement_characters_and_scripts(text, language, expected):
    assert looks_misdecoded(text, language) is expected


@pytest.mark.parametrize("label", ["idna", "unicode_escape", "punycode", "undefined", "rot13", "base64"])
def test_a_charset_label_naming_a_python_codec_that_is_not_a_charset_is_ignored(label):
    text, charset = decode_bytes(b"<p>caf\xc3\xa9 \\u0041 a.b</p>", f"text/html; charset={label}")
    assert text == "<p>café \\u0041 a.b</p>" and charset == "utf-8"


def test_a_real_english_page_with_a_menu_in_other_scripts_does_not_look_misdecoded():
    data = gzip.decompress((FIXTURES / "kbsworld-en_2023-11-07_cold-wave__traf.html.gz").read_bytes())
    text, _ = decode_bytes(data)
    assert sum(1 for ch in text if "\uac00" <= ch <= "\ud7a3") > 100  # its Korean navigation
    assert not looks_misdecoded(text, "en")


def test_decode_page_marks_bytes_as_exact_utf8_only_when_they_are_the_text():
    page = ARTICLE.format(meta="<meta charset='utf-8'>")
    cases = {
        "utf-8": (page.encode("utf-8"), True),
        "utf-8 with a byte order mark": (codecs.BOM_UTF8 + page.encode("utf-8"), False),
        "windows-1252": (page.encode("cp1252"), False),
        # valid UTF-8 for the 200 KB detection reads, then a stray byte: "utf-8", read with the error replaced
        "broken utf-8": ("<p>Un café naïve à Paris.</p>".encode() * 10_000 + b"\xff", False),
    }
    for name, (data, exact) in cases.items():
        text, charset, said = decode_page(data)
        assert said is exact, name
        assert charset == ("cp1252" if name == "windows-1252" else "utf-8"), name
        if said:
            assert data == text.encode("utf-8"), name


def test_page_bytes_are_not_parsed_once_a_self_closed_html_tag_is_opened():
    page = "<html lang='de'/><body><p>Der Bürgermeister hat am Montag neue Brücken eröffnet.</p></body></html>"
    root = parse_page(page, page.encode("utf-8"))[0]
    assert etree.tostring(root) == etree.tostring(parse_page(page)[0])
    assert "Bürgermeister" in root.text_content()
