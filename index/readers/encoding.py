"""Bytes to text for inputs that do not declare their encoding.

:func:`decode_bytes` is used for text files, CSV files and HTML pages without
a declared charset:

1. A byte-order mark decides (UTF-8, UTF-16, UTF-32).
2. UTF-8 is tried first (the fast path: most files are UTF-8).
3. Otherwise Windows-1252 is taken when the result reads as Western European
   text (Latin-1 is a subset of it for every printable byte); bytes cp1252
   leaves undefined fall back to their Latin-1 meaning. Only when the
   cp1252 reading looks wrong (mostly letters outside the Western European
   set) is charset-normalizer asked, since on short Western texts it likes
   to answer cp1250 or worse.
4. Mojibake (UTF-8 read as cp1252 somewhere upstream: ``cafÃ©``,
   ``â€™``) is repaired with ftfy, for non-ASCII text only.
5. Control characters are removed (tab, newline and carriage return stay).

:func:`decode_markup` does the same for HTML and XML, but honours a charset
the document declares (BOM, ``<meta charset>``, ``http-equiv``, XML
declaration) when the bytes agree with it.
"""

from __future__ import annotations

import codecs
import re

#: C0 and C1 controls except tab, newline and carriage return; DEL; BOM.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe]")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Non-ASCII characters a Western European text in cp1252 is made of.
_WESTERN = frozenset(
    "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœšžÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŸŒŠŽ"
    "“”‘’„‚–—…€«»‹›°§£¥©®™•·¿¡ºª¹²³½¼¾×÷±µ¶\xa0"
)
#: Share of non-ASCII characters that must be Western for cp1252 to be trusted.
_WESTERN_SHARE = 0.85
#: Western European texts have a few accented letters, not mostly accented ones.
_NON_ASCII_LETTER_SHARE = 0.6

_DECLARED_RE = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)


def _latin1_fallback(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeDecodeError):
        raise err  # registered for decoding only
    return err.object[err.start : err.end].decode("latin-1"), err.end


codecs.register_error("pressroom-latin1", _latin1_fallback)


def strip_controls(text: str) -> str:
    """``text`` without control characters (tab, newline, CR stay)."""
    return _CONTROL_RE.sub("", text)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-cp1252 damage (``cafÃ©`` -> ``café``); ASCII is returned as is."""
    if text.isascii():
        return text
    import ftfy

    return ftfy.fix_text(
        text,
        unescape_html=False,
        uncurl_quotes=False,
        fix_character_width=False,
        fix_latin_ligatures=False,
        fix_line_breaks=False,
        normalization="NFC",
        explain=False,
    )


def _bom(data: bytes) -> tuple[bytes, str] | None:
    """The byte-order mark ``data`` starts with and its encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return bom, encoding
    return None


def _looks_western(text: str) -> bool:
    """Whether ``text`` (read as cp1252) reads like a Western European language:
    its non-ASCII characters are Western letters and punctuation, and they are
    the exception among the letters (a Cyrillic or Greek text read as cp1252
    is made of accented Latin letters only: ``Ïðåçèäåíò``)."""
    # C1 controls (bytes cp1252 leaves undefined) are dropped later anyway.
    non_ascii = [c for c in text if ord(c) > 0x9F]
    if not non_ascii:
        return True
    western = sum(1 for c in non_ascii if c in _WESTERN)
    letters = sum(1 for c in text if c.isalpha())
    if western < _WESTERN_SHARE * len(non_ascii):
        return False
    # Too few letters to tell a script by: a short cp1252 text is the likelier.
    return letters < 30 or len(non_ascii) <= _NON_ASCII_LETTER_SHARE * letters


def _decode_legacy(data: bytes) -> str:
    """Bytes that are not UTF-8: cp1252 when plausible, else charset-normalizer's guess."""
    text = data.decode("cp1252", errors="pressroom-latin1")
    if _looks_western(text):
        return text
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # a detector failure must not lose the file
        best = None
    if best is not None and best.encoding:
        wide = best.encoding.startswith(("utf_16", "utf_32"))
        if not wide or data.count(0) * 4 >= len(data):
            return str(best)
    return text


def decode_bytes(data: bytes) -> str:
    """Text of a file that does not declare its encoding (see the module docstring)."""
    bom = _bom(data)
    if bom is not None:
        text = data[len(bom[0]) :].decode(bom[1], "replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode_legacy(data)
    return strip_controls(repair_mojibake(text))


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML document declares in its first 4 KB, if Python knows it."""
    match = _DECLARED_RE.search(data[:4096])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii", "replace").strip().lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_markup(data: bytes) -> str:
    """Text of an HTML or XML document: BOM, then declared charset, then detection."""
    bom = _bom(data)
    if bom is not None:
        return strip_controls(data[len(bom[0]) :].decode(bom[1], "replace"))
    declared = declared_charset(data)
    if declared is not None and declared not in ("utf-16", "utf-32"):
        if declared in ("iso8859-1", "latin-1", "ascii"):
            # Browsers read these labels as windows-1252 (WHATWG encoding standard).
            declared = "cp1252"
        try:
            return strip_controls(data.decode(declared))
        except UnicodeDecodeError:
            pass  # the declaration is wrong (often "utf-8" over cp1252 bytes): detect
    return decode_bytes(data)
