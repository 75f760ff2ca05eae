"""A line stream's lines made ready before it is cut (:mod:`.line_stream`):
which texts are streams at all (one block a line, or no blank lines), and the
lines put back together or taken out first: bylines printed a word a line, a
column's tag on a line of its own, a headline drawn twice."""

from __future__ import annotations

import re
from collections import Counter

from ..model import Block
from .headlines import ends_with_column_tag
from .reflow import TAG_NOT_A_DATE, cell_width, ends_sentence
from .rules import is_closing_note, is_continuation_line
from .vertical_text import ONE_GLYPH

#: share of the lines that stand in one-line blocks for the blank lines to mean nothing
_ONE_LINE_SHARE = 0.7
#: share of the lines standing alone that are columns' lines (level columns read across a line at a time)
_WOVEN_SHARE = 0.35
#: fewer lines than this is no page's stream
_MIN_LINES = 12
#: a text with fewer blank lines than one in this many lines has none that mean anything
_LINES_A_BLANK = 40
#: share of lines cut mid-sentence in a column's text (a paragraph a line ends its sentences)
_UNFINISHED_SHARE = 0.6
#: a column is at most this many cells wide (wider lines run across columns)
_MAX_COLUMN = 40
#: a width this many lines have is a column's
_MIN_RECURRING = 3
#: share of the lines that stand in columns' widths
_COLUMN_SHARE = 0.65
#: a space between Chinese text: two columns' lines run into one
_COLUMNS_SIDE_BY_SIDE = re.compile(r"[\u4e00-\u9fff，。、；：！？”）》] +[\u4e00-\u9fff“（《]")
#: narrower than this is no column line
MIN_COLUMN = 6
#: a line of one glyph holds this many characters at most (spaces around it)
_GLYPH_LINE = 3
CLAUSE_MARKS = "，。；、！？"
BYLINE_MARKS = "■◎●▲□◆★☆"
ROLE_ONLY = re.compile(r"^[■◎●▲□◆★☆]?\s*(?:本报|新华社|人民日报)?(?:特约|首席)?(?:记者|通讯员|实习生|见习记者|摄影记者)$")
#: the last characters of the roles ROLE_ONLY ends with
ROLE_LAST = "者员生"
MARK_ONLY = re.compile(rf"^[{BYLINE_MARKS}]$")
NAME_ONLY = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]\s+[\u4e00-\u9fff])$")
COLUMN_TAG = re.compile(r"[（(]" + TAG_NOT_A_DATE + r"[^（）()]{2,12}[）)]")

def is_line_stream(blocks: list[Block]) -> bool:
    """Do the blank lines of this text mean nothing (one block a line, or
    many lines of level columns read across, a block each)?"""
    lines = alone = 0
    single: list[str] = []
    for b in blocks:  # (one pass: a page may have 100,000 blocks)
        n = len(b.lines)
        lines += n
        # a block of one character a line is text set vertically, not a run of column lines
        if n == 1 or all(ONE_GLYPH.fullmatch(x.strip()) for x in b.lines):
            alone += n
            if n == 1:
                single.append(b.lines[0])
    if lines < _MIN_LINES:
        return False
    return alone >= _ONE_LINE_SHARE * lines or alone >= _WOVEN_SHARE * lines and column_lines(single)


def column_lines(texts: list[str]) -> bool:
    """Are most of these lines columns' lines cut mid-sentence (as wide as many
    others, no space inside their Chinese text), not headlines or paragraphs?"""
    if sum(not ends_sentence(x) for x in texts) < _UNFINISHED_SHARE * len(texts):
        return False
    widths = Counter(round(cell_width(x)) for x in texts if not _COLUMNS_SIDE_BY_SIDE.search(x))
    in_columns = sum(n for width, n in widths.items() if MIN_COLUMN <= width <= _MAX_COLUMN and n >= _MIN_RECURRING)
    return in_columns >= _COLUMN_SHARE * len(texts)


def is_unbroken_column_text(blocks: list[Block]) -> bool:
    """A stream with no blank lines (PyMuPDF's ``get_text()``, ``pdftotext
    -raw``), asked of the text as it came, before its header is taken out:
    hardly a blank line (fewer blocks than one in forty lines), most lines
    end mid-sentence, and most are as wide as many others, a column's width,
    with no space in their Chinese text: text cut at its columns, not a
    paragraph a line, not lines that run across the page's columns (text
    sorted by position), not the pieces of lines an extractor cut wherever
    the writer moved the pen. Lines of one glyph (text set vertically) are
    left out of the count."""
    lines = sum(len(b.lines) for b in blocks)
    if lines < _MIN_LINES or (len(blocks) - 1) * _LINES_A_BLANK > lines:
        return False
    # text set vertically comes one glyph a line (a vertical headline, its byline): no column's, no piece's
    texts = [x for b in blocks for x in b.lines if len(x) > _GLYPH_LINE or not ONE_GLYPH.fullmatch(x.strip())]
    return len(texts) >= _MIN_LINES and (column_lines(texts) or _narrow_unfinished_lines(texts))


#: share of a text's lines that may hold two columns' lines run into one (a space inside
#: Chinese text) for it to be read as a column's lines still
_SIDE_BY_SIDE_SHARE = 0.2
#: share of a column text's lines narrower than a column (headlines, names, a paragraph's last words)
_PIECES_SHARE = 0.25


def _narrow_unfinished_lines(texts: list[str]) -> bool:
    """With no blank line to go by, lines that mostly end mid-sentence, are
    mostly narrower than any page-wide line but seldom narrower than a column,
    and seldom hold two columns' pieces (a space inside Chinese text) are
    printed column lines, even where the columns' widths vary too much to
    recur (a short page of several columns of its own width each, a column of
    briefs whose lead phrases stand apart)."""
    if sum(not ends_sentence(x) for x in texts) < _UNFINISHED_SHARE * len(texts):
        return False
    if sum(bool(_COLUMNS_SIDE_BY_SIDE.search(x)) for x in texts) > _SIDE_BY_SIDE_SHARE * len(texts):
        return False
    widths = sorted(cell_width(x) for x in texts)
    if sum(w < MIN_COLUMN for w in widths) > _PIECES_SHARE * len(widths):
        return False  # pieces of lines cut wherever the pen moved: most narrower than any column
    return widths[int(len(widths) * 0.9)] <= _MAX_COLUMN


_CLAUSE_MARK = re.compile(f"[{CLAUSE_MARKS}]")
#: a headline piece this long at most (characters) is looked at for a copy drawn beside it
_OVERPRINT_MAX = 40


#: what a photo's credit adds to its maker's name: a byline (本报记者 张三) over the credit of the photo the
#: same reporter took (本报记者 张三摄) is no copy of it
_CREDIT_ENDS = frozenset({"摄", "摄影", "/摄", "／摄", "供图", "发"})


def without_overprint(lines: list[tuple[str, int | None]]) -> list[tuple[str, int | None]]:
    """A headline drawn twice (fake bold, or a whole line over its pieces)
    comes out of a line stream as lines that repeat their neighbour or
    that a neighbour opens or ends with (新征程 / 新征程：城市更新的时代答卷
    / 中国共产党的历史担当): such a copy goes. Only lines with no clause mark
    are asked (headline lines; a body's lines never repeat one another)."""
    bare = [text.replace(" ", "").strip() for text, _ in lines]
    # lines with no clause mark, short enough to be a headline's piece (most lines: none), standing
    # inside a line next to them (a copy repeats its neighbour, or one opens or ends with it)
    asked = [k for k, b in enumerate(bare) if 2 <= len(b) <= _OVERPRINT_MAX and not _CLAUSE_MARK.search(b)
             and (k and b in bare[k - 1] or k + 1 < len(bare) and b in bare[k + 1])]
    drop = set()
    for k in asked:
        line = bare[k]
        if k and bare[k - 1] == line:
            drop.add(k)
            continue
        after = bare[k + 1] if k + 1 < len(bare) else ""
        for j in (k - 1, k + 1):
            other = bare[j] if 0 <= j < len(bare) else ""
            if len(other) > len(line) and (other.startswith(line) or other.endswith(line)) \
                    and not _CLAUSE_MARK.search(other) and not _tail_of_line_above(bare, k, j) \
                    and not (other.startswith(line) and other[len(line):] in _CREDIT_ENDS) \
                    and not (j == k - 1 and len(after) > len(other) - len(line) and (line + after).startswith(other)):
                # (the last: a body's first sentence that repeats the title above it and wraps,
                # 某某任免国家工作人 / 员。…, spells the title whole with the line after it and goes on: no copy)
                drop.add(k)
    return [item for k, item in enumerate(lines) if k not in drop] if drop else lines


def _tail_of_line_above(bare: list[str], k: int, j: int) -> bool:
    """Is line ``k``, which the longer line ``j`` under it ends with, the wrapped
    tail of the headline line above it (我国规范商 / 标注册行为 / 拟通过…商标注册
    行为: the subtitle under the title happens to end in the title's last words)?
    A piece of an overprint stands beside its whole, with no other line of that
    headline over it; here the line above is a piece of no line near."""
    if j != k + 1 or k == 0 or not bare[j].endswith(bare[k]):
        return False
    above = bare[k - 1]
    return 2 <= len(above) <= _OVERPRINT_MAX and not _CLAUSE_MARK.search(above) and above not in bare[j] \
        and (k < 2 or above not in bare[k - 2])


def rejoin_bylines(lines: list[tuple[str, int | None]]) -> list[tuple[str, int | None]]:
    """``■`` / ``记者`` / ``张三`` / ``李四`` -> ``■ 记者 张三 李四``."""
    # only a mark alone (one character) or a role alone (…者, …员, …生) opens such a byline
    opening = [k for k, (text, _) in enumerate(lines) if len(text) <= 2 or text.rstrip("\n")[-1:] in ROLE_LAST]
    out: list[tuple[str, int | None]] = []
    i = 0  # the lines before i are out
    for k in opening:
        if k < i:
            continue  # a name taken into the byline before it
        out.extend(lines[i:k])
        text, number = lines[k]
        parts = [text]
        j = k + 1
        if MARK_ONLY.match(text) and j < len(lines) and ROLE_ONLY.match(lines[j][0]):
            parts.append(lines[j][0])
            j += 1
        if ROLE_ONLY.match(parts[-1]):
            names = 0
            while j < len(lines) and NAME_ONLY.match(lines[j][0]) and names < 4:
                parts.append(lines[j][0])
                j += 1
                names += 1
            if names == 0:
                parts, j = [text], k + 1
        out.append((" ".join(parts), number))
        i = j
    out.extend(lines[i:])
    return out


def attach_tags(lines: list[tuple[str, int | None]]) -> list[tuple[str, int | None]]:
    """A column's tag on a line of its own (（审时度势）) closes the headline line above it."""
    # a tag closes with its bracket: only such lines are looked at, the rest go out as they are
    closing = [k for k, (text, _) in enumerate(lines) if text.strip()[-1:] in "）)"]
    out: list[tuple[str, int | None]] = []
    i = 0  # the lines before i are out
    for k in closing:
        out.extend(lines[i:k])
        i = k + 1
        text, number = lines[k]
        if out and COLUMN_TAG.fullmatch(text.strip()) and not ends_sentence(out[-1][0]) \
                and out[-1][0].rstrip()[-1:] not in "）)" and cell_width(out[-1][0]) <= 30 \
                and not is_continuation_line(text) and not is_closing_note(text):
            # （上接第2版）, （本系列评论到此结束）: a note of its own, no tag
            out[-1] = (out[-1][0].rstrip() + text.strip(), out[-1][1])
        else:
            out.append((text, number))
    out.extend(lines[i:])
    return out

#: a headline line its column's tag closes, a space, then the first words of the next headline on the
#: same line (…别样风情(环球走笔) 某国发生两起): pdftotext -raw reads two boxes level with each other
#: as one line. (The head: no clause mark and no bracket before the tag; each part bounded: linear.)
_TAG_THEN_HEADLINE = re.compile(r"([^，。；：！？,;:（）()]{4,30}[（(][^（）()]{2,16}[）)])[ \u3000]+([\u4e00-\u9fff“《][^ \u3000]*)")
#: words of a byline's or a dateline's bracket (（记者张三）), never a column's tag
_NOT_A_TAG = re.compile(r"记者|通讯员|电|摄|作者|编辑|版")


def split_after_tags(lines: list[tuple[str, int | None]]) -> list[tuple[str, int | None]]:
    """A line holding a title its column's tag closes and, after a space, more
    words (…别样风情(环球走笔) 某国发生两起): the tag closed that title, and
    the words after it are the next headline's first line: two lines."""
    out: list[tuple[str, int | None]] = []
    for text, number in lines:
        found = _TAG_THEN_HEADLINE.fullmatch(text.strip()) if ("） " in text or ") " in text) else None
        if (found is None or _NOT_A_TAG.search(found.group(1)[-18:]) or is_continuation_line(found.group(1))
                or not ends_with_column_tag(found.group(1))):  # (（2019年2月3日）: a date note, no tag)
            out.append((text, number))
            continue
        out.extend([(found.group(1), number), (found.group(2), number)])
    return out


def rejoined(line: str) -> bool:
    """A line that text set vertically or a byline given a word a line is made of."""
    text = line.strip()
    if len(text) != 1 and text[-1:] not in ROLE_LAST:
        return False  # most lines: no glyph or mark alone, and no role word at the end
    return bool(ONE_GLYPH.fullmatch(text) or ROLE_ONLY.match(text) or MARK_ONLY.match(text))


#: the tail of a photo report's credit cut inside 摄影报道 by its line end, the agency after it
_PHOTO_REPORT_TAIL = re.compile(r"(?:影)?报道(?:[（(][^（）()]{2,8}[）)])?")


def rejoin_photo_report_credits(lines: list[tuple[str, int | None]]) -> list[tuple[str, int | None]]:
    """A photo report's credit cut inside 摄影报道 by its line end (张三 李四摄影 /
    报道（人民视觉）, 张三摄 / 影报道): one credit on one line again, where
    its words tell it (a headline's two lines never part a word so)."""
    # (the stream asks this of every line: one substring test a line, most pages have no such cut)
    cuts = [k for k, (text, _) in enumerate(lines) if "报道" in text and k and _credit_cut_at(lines[k - 1][0], text)]
    if not cuts:
        return lines
    out = list(lines)
    for k in reversed(cuts):
        out[k - 1:k + 1] = [(out[k - 1][0].rstrip() + out[k][0].strip(), out[k - 1][1])]
    return out


def _credit_cut_at(above: str, text: str) -> bool:
    """Is ``text`` the tail of the credit ``above`` cut inside 摄影报道?"""
    if not _PHOTO_REPORT_TAIL.fullmatch(text.strip()):
        return False
    above = above.rstrip()
    return above.endswith(("摄", "摄影")) and "摄影报道" in (above + text.strip())[len(above) - 2:]


__all__ = ["BYLINE_MARKS", "CLAUSE_MARKS", "COLUMN_TAG", "MARK_ONLY", "MIN_COLUMN", "NAME_ONLY", "ROLE_LAST", "ROLE_ONLY",
           "attach_tags", "column_lines", "split_after_tags", "is_line_stream", "is_unbroken_column_text", "rejoin_bylines",
           "rejoin_photo_report_credits", "rejoined", "without_overprint"]
