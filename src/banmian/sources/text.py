"""Text source: bytes of an extracted page -> decoded text -> blocks.

It knows nothing about articles: a block is a run of non-blank lines.
"""

from __future__ import annotations

import codecs
import re
from itertools import islice

from ..errors import BinaryInputError, EmptyInputError, EncodingError, InputTooLargeError, NotChineseError
from ..layout.woven_rows import unweave_lines
from ..model import Block
from .split_lines import rejoin_split_lines
from .text_fragments import rejoin_fragments
from .title_run_ons import split_title_run_ons

#: Largest text page we accept; a real page is 5-40 KB, so 20 MB is garbage.
MAX_TEXT_BYTES = 20 * 1024 * 1024

_MIN_CJK_SHARE = 0.2


def mebibytes(size: int) -> str:
    """``20 MiB`` for 20 * 1024 * 1024 bytes (not ``21 MB``); one decimal below 10 MiB."""
    value = size / (1024 * 1024)
    return f"{value:.1f} MiB" if value < 10 and value != int(value) else f"{value:.0f} MiB"


def _quote(data: bytes) -> str:
    return repr(data[:24]) + ("..." if len(data) > 24 else "")


def decode(data: bytes, max_bytes: int = MAX_TEXT_BYTES) -> str:
    """Decode a page's bytes: UTF-8 (BOM or not), else GB18030 (covers GBK).

    Line ends are normalised to ``\\n``. Raises an :class:`InputError`
    subclass that quotes the bad bytes.
    """
    if len(data) > max_bytes:
        raise InputTooLargeError(
            f"input is {mebibytes(len(data))}, more than the {mebibytes(max_bytes)} a page may have")
    if not data.strip():
        raise EmptyInputError("input is empty" if not data else "input holds only white space")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _normalise_newlines(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise EncodingError(f"bytes {_quote(data)} have a UTF-16 mark but do not decode: {exc.reason}") from None
    if b"\x00" in data[:65536]:
        raise BinaryInputError(f"input is binary, not text (NUL bytes; starts {_quote(data)})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError as exc:
            bad = data[max(0, exc.start - 4):exc.start + 8]
            raise EncodingError(
                f"bytes are neither UTF-8 nor GB18030/GBK (undecodable {bad!r} at byte {exc.start})") from None
    if _control_share(text) > 0.05:
        raise BinaryInputError(f"input is binary, not text (control characters; starts {_quote(data)})")
    return _normalise_newlines(text)


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _control_share(text: str) -> float:
    sample = text[:4000]
    bad = sum(1 for c in sample if c < " " and c not in "\n\r\t\f")
    return bad / max(1, len(sample))


#: runs of CJK characters and of letters (counted by their lengths: a match a run, not a character)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_LETTER = re.compile(r"[^\W_]+")


def check_chinese(text: str) -> None:
    """Raise :class:`NotChineseError` when too few characters are CJK."""
    sample = text[:4000]
    cjk = sum(map(len, _CJK.findall(sample)))
    if cjk >= _MIN_CJK_SHARE * len(sample) + 1 and _LETTER.search(sample):
        return  # a share of all the characters already, so of the letters: not counted (half the cost)
    letters = sum(map(len, _LETTER.findall(sample)))
    if not letters:
        raise NotChineseError(f"input has no letters or characters: {text.strip()[:30]!r}")
    if cjk / letters < _MIN_CJK_SHARE:
        raise NotChineseError(
            f"input is not Chinese text ({cjk} of {letters} letters are CJK; starts {text.strip()[:30]!r})")


def text_to_blocks(text: str, page: int | None = None) -> list[Block]:
    """Split text into blocks at blank lines; keep 1-based line numbers."""
    # U+3000 inside a line becomes a space; strip() takes either off the ends (both are white
    # space), so the text is replaced once, not line by line
    lines = list(map(str.strip, text.replace("\u3000", " ").split("\n")))
    spread = _spread_page(lines)  # (asked of the text as it came: a woven body's rows hold spaces too)
    lines = unweave_lines(lines)  # bodies drawn row by row read down their columns
    if spread:
        lines = [_SPACED.sub("", line) if _spread_long_line(line) and _long_line(line) else line for line in lines]
    lines = split_title_run_ons(rejoin_split_lines(rejoin_fragments(lines)))
    blocks: list[Block] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(lines, 1):
        if not line:
            if current:
                blocks.append(Block(current, page=page, line_start=start))
                current = []
            continue
        if not current:
            start = number
        current.append(without_letter_spacing(line) if " " in line else line)
    if current:
        blocks.append(Block(current, page=page, line_start=start))
    return blocks


#: a CJK character or a full-width mark, either side of a letter-spacing space
_WIDE = r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’—…·]"
# (the space first, then what stands before it: a pattern that opens with a look-behind is
# tried at every character, one that opens with a space only at the spaces)
_SPACED = re.compile(rf" (?<={_WIDE} )(?={_WIDE})")
_TIGHT = re.compile(rf"{_WIDE}(?={_WIDE})")
_WIDE_GLYPH = re.compile(_WIDE)
#: a line is letter-spaced when this many spaces stand between wide characters, and
#: they outnumber the pairs of wide characters that touch
_SPACED_MIN = 6


#: a line of this many wide characters is a column's, no name or short label
_LONG_LINE = 6
#: share of a page's long lines holding a space between wide characters when the extractor spread them
_SPREAD_SHARE = 0.3
_SPREAD_MIN_LINES = 10
#: lines counted at a time for a first count of the long lines
_STRETCH = 1000
#: a byline keeps its spaces: they part its names (记者 张三 李四)
_BYLINE_OPENING = re.compile(r"^[■◎●▲□◆★☆]?\s*(?:本报|新华社|人民日报)?(?:特约|首席|见习|摄影)?(?:记者|通讯员|实习生)")


#: a line opening with this many wide characters holds the pairs a long line needs (most column lines)
_WIDE_OPENING = re.compile(rf"{_WIDE}{{{_LONG_LINE + 1}}}")


def _long_line(line: str) -> bool:
    if _WIDE_OPENING.match(line):
        return True  # seven wide characters touch in six pairs
    return next(islice(_TIGHT.finditer(line), _LONG_LINE - 1, None), None) is not None  # (stops at the sixth)


def _spread_long_line(line: str) -> bool:
    """A long line with a space between wide characters that opens with no byline's role."""
    return " " in line and _SPACED.search(line) is not None and not _BYLINE_OPENING.match(line)


def _spread_page(lines: list[str]) -> bool:
    """Did the extractor (pdftotext on a justified page) write a space wherever
    a column's line spreads its characters (患有精神 病的天)? Then a third of the
    page's long lines hold such spaces at no phrase's end; a page of headlines'
    phrase gaps holds far fewer."""
    # (the spread lines first: most pages have too few to count the long lines at all)
    spread = sum(1 for line in lines if " " in line and _spread_long_line(line) and _long_line(line))
    if spread < _SPREAD_MIN_LINES:
        return False
    # the lines opening with seven wide characters (most column lines) are long: counted in C a
    # stretch at a time, they alone mostly outnumber the spread lines too far soon enough
    opening_long = 0
    for start in range(0, len(lines), _STRETCH):
        opening_long += sum(map(bool, map(_WIDE_OPENING.match, lines[start:start + _STRETCH])))
        if _SPREAD_SHARE * opening_long > spread:
            return False
    long_lines = 0
    for line in lines:  # (the count stops once the spread lines are too few a share: most pages)
        long_lines += _long_line(line)
        if _SPREAD_SHARE * long_lines > spread:
            return False
    return True


def without_letter_spacing(line: str) -> str:
    """Some extractors (pdftotext, pdfminer) write a space between every two
    characters of a letter-spaced or justified line (城 市 更 新 迈 入 新 阶 段 ，并):
    such a line gets its text back, digits and all where every glyph stands apart. A
    headline's phrase gap, a padded name or two (汪 涛) are too few spaces to count."""
    if line.count(" ") < _SPACED_MIN:
        return line  # most lines: too few spaces to be letter-spaced
    glyphs = line.split()
    if len(glyphs) > _SPACED_MIN and all(len(glyph) == 1 for glyph in glyphs) \
            and 2 * sum(_WIDE_GLYPH.fullmatch(glyph) is not None for glyph in glyphs) >= len(glyphs):
        return "".join(glyphs)  # 本 报 北 京 2 月 2 6 日 电: every glyph spaced, the digits too
    spaced = len(_SPACED.findall(line))
    # (the touching pairs are counted as far as ``spaced`` only)
    if spaced < _SPACED_MIN or next(islice(_TIGHT.finditer(line), spaced - 1, None), None) is not None:
        return line
    return _SPACED.sub("", line)
