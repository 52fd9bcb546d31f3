"""Bytes to text: BOM, header, meta, detection; binary and oversize input refused with a clear error."""
from __future__ import annotations

import gzip

import pytest

from extractors.clean.document import MAX_BYTES, clean_document
from extractors.formats.encoding import decode_bytes
from extractors.records import InputError, RawDocument

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
