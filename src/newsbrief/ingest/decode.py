"""Bytes to text, whatever the encoding, and the checks that refuse what is not text at all.

Order: a byte-order mark (UTF-8, UTF-16, UTF-32) decides; then UTF-16 without a mark (NULs in every
other byte); otherwise a NUL byte anywhere, or more than a few control bytes, means binary. Then
strict UTF-8; then UTF-8 with stray bytes, as long as well-formed multi-byte characters are at least
as many as the bad bytes (each bad byte becomes U+FFFD, the rest stays as written, and one warning
names the input and the first bad byte's offset: `caf\xe9` in a UTF-8 file was briefed as `caf�` with no
word, cli58; the byte is not guessed at, as its encoding is unknown); then a legacy
single-byte encoding. For that last step charset-normalizer is the detector, with one hand-written
shortcut: text that is mostly ASCII with a few high bytes is cp1252 (Windows Western, a superset of
latin-1's printable range). charset-normalizer guesses poorly on such short samples (it answered
cp1250 and cp1006 for two accented English/French sentences written in cp1252), and this is by far
the most common legacy file in news archives.
"""

from __future__ import annotations

import codecs
import re

from ..errors import InputError, shown

# Magic numbers of formats people drop in by mistake.
BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "an executable"),
)
# What to do with an archive given where text is read (`brief lat.txt.gz` said only "looks like a gzip
# archive", while a stories file named .jsonl.gz is read: cli58's left-alone). An article is read whole and
# not unpacked, as its size limit is the file's (`limits.MAX_INPUT_BYTES`), not what it unpacks to.
UNPACK_HINTS = {
    "a gzip archive": "gunzip it: an article is read as text or HTML; only stories files are read gzipped,"
    " named .jsonl.gz"
}
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HIGH = re.compile(rb"[\x80-\xff]")
# C0 control bytes that no text file holds (tab, line feed, vertical tab, form feed, carriage return,
# ESC of terminal colours and the DOS end-of-file mark excepted); random or binary data has ~10 %.
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r\x1a\x1b")
MAX_CONTROL_SHARE = 0.001
# At most this share of high bytes: Western text with accents and typographic quotes. Text in Cyrillic or
# Greek single-byte encodings has well over half its bytes high (every letter is).
MOSTLY_ASCII = 0.2  # more replacement characters than this and UTF-8 is the wrong guess


def archive_of(head: bytes) -> str | None:
    """What binary format (`BINARY_MAGIC`) a stream starting with `head` is, or None."""
    return next((what for magic, what in BINARY_MAGIC if head.startswith(magic)), None)


def sniff_binary(data: bytes) -> str | None:
    """What binary format `data` is (e.g. "a PDF file"), or None when it may be text."""
    for magic, what in BINARY_MAGIC:
        if data.startswith(magic):
            return what
    if any(data.startswith(bom) for bom, _ in _BOMS) or _utf16_without_bom(data[:8192]):
        return None
    if b"\x00" in data:
        return "a binary file (it contains NUL bytes)"
    control = len(data) - len(data.translate(None, _CONTROL))
    if control > max(2, MAX_CONTROL_SHARE * len(data)):
        return f"a binary file ({control:,} control bytes)"
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text without a BOM has a NUL in (nearly) every other byte of ASCII text."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def bom_of(head: bytes) -> tuple[bytes, str] | None:
    """The byte-order mark `head` starts with and the codec of the text after it, or None."""
    return next(((bom, enc) for bom, enc in _BOMS if head.startswith(bom)), None)


def stream_codec(head: bytes) -> tuple[bytes, str]:
    """The byte-order mark (or b"") and the codec of a stream of text that starts with `head`, as
    `decode_bytes` tells them: a mark's, UTF-16 without a mark, else UTF-8."""
    return bom_of(head) or (b"", _utf16_without_bom(head[:8192]) or "utf-8")


def decode_bytes(data: bytes, source: str = "<bytes>") -> str:
    """Text of `data`; raises InputError for binary data, never UnicodeDecodeError."""
    what = sniff_binary(data)
    if what is not None:
        hint = f" ({UNPACK_HINTS[what]})" if what in UNPACK_HINTS else ""
        raise InputError(f"not a text file: looks like {what}{hint}", source)
    if marked := bom_of(data):
        return _in_codec(data, len(marked[0]), marked[1], source)
    enc16 = _utf16_without_bom(data[:8192])
    if enc16:
        return _in_codec(data, 0, enc16, source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        first = e.start
    loose = data.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd") - data.count("\ufffd".encode())  # bad bytes (runs), not real U+FFFD
    valid = len(loose) - len(loose.encode("ascii", "ignore")) - bad  # well-formed multi-byte characters
    if valid >= bad:  # UTF-8 with stray bytes: each is U+FFFD, every accent and quote mark kept
        from ..log import warn  # lazy: `logging` is not loaded for text that decodes

        warn(f"{shown(source)}: {stray_bytes(data[first], first, bad)}")
        return loose
    return _decode_legacy(data)


def _in_codec(data: bytes, start: int, codec: str, source: str) -> str:
    """`data[start:]` in `codec` (its byte-order mark's, or UTF-16 by its NULs), each bad byte U+FFFD
    and warned of as in UTF-8 without a mark: a stray Latin-1 byte after a UTF-8 mark, or a UTF-16 file
    cut at an odd byte, was read as U+FFFD without a word (cli59)."""
    body = data[start:]
    try:
        return body.decode(codec)
    except UnicodeDecodeError as e:
        first = start + e.start
    loose = body.decode(codec, errors="replace")
    bad = loose.count("\ufffd") - body.decode(codec, errors="ignore").count("\ufffd")  # not a real U+FFFD
    from ..log import warn  # lazy: `logging` is not loaded for text that decodes

    warn(f"{shown(source)}: {stray_bytes(data[first], first, bad, codec)}")
    return loose


def stray_bytes(byte: int, at: int, places: int, codec: str = "utf-8") -> str:
    """The warning's words for text in `codec` with `places` stretches of bad bytes, the first `byte`
    at offset `at` (from the file's start, its byte-order mark counted)."""
    others = f" and {places - 1:,} other place{'s' if places > 2 else ''}" if places > 1 else ""
    return f"not {codec.upper()} at byte {at:,} (0x{byte:02X}){others}; read as U+FFFD (\ufffd)"


def _decode_legacy(data: bytes) -> str:
    high = len(_HIGH.findall(data))
    if high <= MOSTLY_ASCII * len(data):
        return data.decode("cp1252", errors="replace")
    from charset_normalizer import from_bytes  # lazy: 20 ms to import

    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("cp1252", errors="replace")
