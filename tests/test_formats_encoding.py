"""Decoding files that do not declare an encoding (fixtures in tests/fixtures/formats/text)."""

from index.readers import read_paths
from index.readers.encoding import decode_bytes, decode_markup, repair_mojibake, strip_controls
from tests.conftest import FIXTURES

TEXT = FIXTURES / "formats" / "text"


def test_cp1252_text_file():
    [record] = list(read_paths([TEXT / "cp1252-release.txt"]))
    assert record.title == "Café owners meet the mayor"
    assert record.date == "2019-08-30"
    assert record.text == (
        "Owners of cafés on the Quai d’Orsay met the mayor on Friday. “We need more terraces,” "
        "said one owner – the mayor promised an answer by October."
    )


def test_mojibake_is_repaired_and_controls_stripped():
    [record] = list(read_paths([TEXT / "mojibake-release.txt"]))
    assert record.title == "Museum night"
    assert (
        record.text == "The museum’s night opening drew 3,000 visitors to the café and the gallery."
    )


def test_decode_bytes_cases():
    assert decode_bytes("Zürich".encode()) == "Zürich"  # UTF-8 fast path
    assert decode_bytes("Zürich".encode("latin-1")) == "Zürich"
    assert decode_bytes("\ufeffBOM".encode()) == "BOM"
    assert decode_bytes("hi".encode("utf-16")) == "hi"
    assert decode_bytes(b"a\x00b\x1bc\td\r\ne\x7f") == "abc\td\r\ne"
    # A byte cp1252 leaves undefined (0x81) is not a reason to lose the text.
    assert decode_bytes(b"caf\xe9 \x81ok") == "café ok"
    # Cyrillic in cp1251 is not mistaken for accented Latin letters.
    russian = "Президент России заявил сегодня в Москве о новых мерах"
    assert decode_bytes(russian.encode("cp1251")) == russian


def test_repair_leaves_good_text_alone():
    for text in ("Grüße aus Zürich – „Grüezi“", "naïve café, déjà vu", "plain ascii"):
        assert repair_mojibake(text) == text
    assert repair_mojibake("Ã©tÃ©") == "été"
    assert strip_controls("a\u0085b\u0000c\n") == "abc\n"


def test_html_declared_charset_wins_unless_the_bytes_disagree():
    latin = '<html><head><meta charset="iso-8859-1"></head><body>caf\xe9</body></html>'.encode(
        "latin-1"
    )
    assert "café" in decode_markup(latin)
    # Declared UTF-8 but written in cp1252: detection takes over.
    wrong = '<html><head><meta charset="utf-8"></head><body>caf\xe9</body></html>'.encode("latin-1")
    assert "café" in decode_markup(wrong)
    xml = '<?xml version="1.0" encoding="windows-1252"?><a>\u201cq\u201d</a>'.encode("cp1252")
    assert "“q”" in decode_markup(xml)
