"""Photo credits as extractors give them, told apart from body text and
headlines: a credit without the space parse_credit asks for, told by its
agency or slash (张三摄（新华社发）, 张三/摄), and a caption closed by its
credit on one line (图为…。 张三/摄). Text-mode layout only."""

from __future__ import annotations

import re

from ..names import starts_with_surname
from .closing_notes import closes_body
from .reflow import cell_width, ends_sentence
from .rules import find_continuation, is_closing_note, name_tokens, parse_bracket_byline, parse_credit

_AGENCY_CREDIT = re.compile(r"(?P<names>[\u4e00-\u9fff·]{2,12})\s*(?:/\s*)?摄(?:影报道|影)?\s*(?:[（(][^（）()]{2,8}[）)])?")


def bare_credit(line: str) -> tuple[str | None, str] | None:
    """A credit without the space parse_credit asks for, told by what only a
    credit has: the agency after it (张三摄（新华社发）) or a slash (张三/摄)."""
    m = _AGENCY_CREDIT.fullmatch(line.strip())
    if not m or ("/" not in line and not line.rstrip().endswith(("）", ")"))):
        return None
    return parse_credit(m.group("names") + " 摄")


#: a caption that ends no sentence (its line cut) is told by this much text before the credit
_OPEN_CAPTION = 12
_NAME_CREDIT = re.compile(r"(?P<names>[\u4e00-\u9fff]{2,4})摄(?:影报道)?")


def _name_credit(text: str) -> tuple[None, str] | None:
    """张三摄 after the space that ends a caption (the space is parse_credit's gap)."""
    m = _NAME_CREDIT.fullmatch(text)
    return (None, m.group("names")) if m else None


def name_alone_credit(line: str) -> tuple[None, str] | None:
    """A photographer's name and 摄 alone on a line, no gap (张三摄): the credit
    an extractor cut off its caption or its role, never an author named 张三摄
    (a name opens with a surname; 拍摄 closes no name)."""
    text = line.strip()
    m = _NAME_CREDIT.fullmatch(text)
    if not m or not 2 <= len(m.group("names")) <= 3 or text.endswith("拍摄"):
        return None
    return (None, m.group("names")) if starts_with_surname(m.group("names")) else None


#: 摄 set apart from the names before it: 张三 摄, 张三 摄影, 张三 摄（人民视觉）
_SET_APART = re.compile(r"摄(?:影报道|影)?(?:[（(][\u4e00-\u9fff]{2,8}[）)])?")
#: how a caption's text ends before its credit (…一样。 张三/摄), unless it opens with 图为
_CAPTION_END = "。！？”）)"


def caption_and_credit(line: str, above: str = "") -> tuple[str, str] | None:
    """A caption and its credit after a space at the line end (…一样。 张三/摄,
    …出席会议。 本报记者 郝超摄) -> (caption, credited names); ``above``: the
    caption's lines above this one (a wrapped caption ends …贫困户。 张三/摄)."""
    glued = _glued_credit(line, above)
    if glued or "摄" not in line:
        return glued  # every spaced credit has 摄: most lines need no closer look
    if parse_credit(line):
        return None  # 新华社记者 孔强超摄: a credit line of its own, its role no caption
    words = line.split()
    # the credit is a role and a name (本报记者 张三摄), a name and 摄 set apart (张三 摄),
    # both (通讯员 李四 摄), or the last word
    for take in (3, 2, 1):
        if len(words) <= take:
            continue
        caption, credit_text = " ".join(words[:-take]), " ".join(words[-take:])
        closed = caption[-1] in _CAPTION_END or caption.startswith("图为")
        # the caption's lines above count; a role and a name (本报记者 张三摄) or a name with its slash
        # or agency (张三/摄, 张三摄（新华社发）) are a credit however the caption's line ends: a short
        # caption cut at its line end (恋人相约正当 金建华摄（影像中国）) is still told by them from a headline
        sure = (bool((parse_credit(credit_text) or (None,))[0]) if take > 1
                else bare_credit(credit_text) is not None)
        if len(caption) + len(above) < (6 if closed or sure else _OPEN_CAPTION):
            continue  # a caption cut at its line end needs more text to be told from a headline
        if find_continuation(credit_text):
            return None  # …/摄（上接第18版）: the note is no agency; it is cut out on its own
        if _names_alone(caption):
            return None  # 方 舟 韩立川 宋远帆摄影报道: the photographers' names, no caption
        credit = parse_credit(credit_text) or bare_credit(credit_text) or _name_credit(credit_text)
        set_apart = _SET_APART.fullmatch(words[-1]) is not None
        if take == 3 and not (credit and credit[0]):
            continue  # three words only as a role and its names (本报记者 张三 摄, 本报记者 张三 李四摄)
        if take == 2 and set_apart and parse_credit(" ".join(words[-3:])):
            continue  # 通讯员 李四 摄: the role is the credit's, not the caption's last word
        if credit and len(credit_text) <= 16 and (take == 1 or credit[0] or set_apart):
            return caption, credit[1]
    return None


def _names_alone(text: str) -> bool:
    """Names alone (李 伟 王正坤): a credit's list of photographers before the last of
    them, never a caption's text."""
    names = name_tokens(text, most=8)
    return bool(names) and all(starts_with_surname(n) for n in names)


#: a picture agency's credit in brackets: （人民视觉）, （影像中国）, （资料图片）, （新华社发）
_PICTURE_AGENCY = re.compile(r"[（(][\u4e00-\u9fff]{0,6}(?:视觉|影像|图片|供图|社发)[\u4e00-\u9fff]{0,4}[）)]")
#: the end of a photographer's credit: 张三摄, 张三 李四摄影报道
_PHOTO_CREDIT_END = ("摄", "摄影", "摄影报道")


def credits_a_picture(before: str, bracket: str) -> bool:
    """A bracket closing a photographer's credit (……摄影报道（人民视觉）) or
    naming a picture agency (（影像中国）, （新华社发）) credits the picture:
    no author of the text before it, however much it looks like a name."""
    return before.rstrip().endswith(_PHOTO_CREDIT_END) or _PICTURE_AGENCY.fullmatch(bracket.strip()) is not None


#: a caption's last sentence with its credit glued on, no space: ……合作。喻思南/摄, ……合作。（人民视觉）
_GLUED_CREDIT = re.compile(r"(?<=[。！？])\s?(?P<credit>[^。！？\s]{2,20})$")


def _glued_credit(line: str, above: str) -> tuple[str, str] | None:
    """A caption whose credit follows its last full stop with no space: the
    credit (张三/摄, 张三摄（新华社发）, （人民视觉）) is told by its slash, its
    agency or 摄 after a name; a headline or a body line never ends so. A
    picture agency alone may be set apart by a space too."""
    m = _GLUED_CREDIT.search(line.rstrip(), len(line.rstrip()) - 21)  # (a credit ends the line: 21 at most)
    if not m:
        return None
    text = m.group("credit")
    caption = line.rstrip()[:m.start()]
    if len(caption) + len(above) < 6:
        return None
    if _PICTURE_AGENCY.fullmatch(text):
        return caption, text[1:-1]  # ……。（影像中国）, or set apart: ……。 （影像中国）
    if m.group(0)[0].isspace():
        return None  # a credit set apart is read word by word (…。 张三/摄（上接第2版）: no agency)
    credit = bare_credit(text) or name_alone_credit(text)
    return (caption, credit[1]) if credit else None


#: the part of a credit wrapped onto a line of its own is short: 者 张三摄, 中国）, /摄
_CREDIT_TAIL = 10
#: a caption line ending in one or two characters set apart: a name cut by the line end
_NAME_CUT = re.compile(r"\S\s+[\u4e00-\u9fff]{1,2}$")
#: a caption line ending in a few characters set apart: a credit's role or name cut by the
#: line end (…年。 新华社 / 记者 张三摄, …安全。 本 / 报记者 张三摄)
_PIECE_CUT = re.compile(r"(?<=\S)\s+(?P<piece>[\u4e00-\u9fff]{1,4})$")
#: the caption lines above a wrapped credit that count as its caption's text
_ABOVE_LINES = 3


def rejoin_wrapped_credits(lines: list[str]) -> list[str]:
    """A caption's credit broken over two lines (…发展的 方 / 欣文摄（新华社发）,
    …审议。 新华社记 / 者 张三摄, …链接。 张三摄（影像 / 中国）) put back on
    the caption's last line, where :func:`caption_and_credit` reads it."""
    out: list[str] = []
    for line in lines:
        tail = line.strip()
        # a credit line of its own stays, unless the line above ends in a name's first characters
        # set apart (…发展的 方 / 欣文摄（新华社发）: no caption's text ends so)
        if out and len(tail) <= _CREDIT_TAIL and "摄" in out[-1] + tail and " " in out[-1].strip():
            joined = out[-1].rstrip() + tail
            if (_NAME_CUT.search(out[-1].rstrip()) or not (parse_credit(tail) or bare_credit(tail))
                    or _piece_of_credit(out[-1], joined, "")):
                above = "".join(out[-1 - _ABOVE_LINES:-1])
                if caption_and_credit(out[-1], above) is None and caption_and_credit(joined, above) is not None:
                    out[-1] = joined
                    continue
        out.append(line)
    return out


def _piece_of_credit(line: str, joined: str, above: str) -> bool:
    """Do the characters set apart at the end of ``line`` open the credit that
    the joined line closes with (…年。 新华社 / 记者 张三摄: the caption ends before them)?"""
    m = _PIECE_CUT.search(line.rstrip())
    read = caption_and_credit(joined, above) if m else None
    return read is not None and read[0].rstrip() == line.rstrip()[:m.start()].rstrip()


def closes_with_credit(line: str) -> bool:
    """Does the line end a caption with its credit (…贫困户。 张三/摄), however
    short the caption's part on this line?"""
    return caption_and_credit(line, above="　" * _OPEN_CAPTION) is not None


#: a credit's end with more text after a space on its line: 张三摄 …, 张三摄（新华社发） …
_CREDIT_THEN = re.compile(r"摄(?:影)?(?:[（(][\u4e00-\u9fff]{2,8}[）)])?(?= +\S)")


def cut_after_credit(line: str) -> tuple[str, str] | None:
    """A line that runs on past a caption's credit (…中的事。 本报记者 张三摄 去年末，…):
    an extractor reading across the page (pdftotext -raw) put the next column's
    line after it. -> (the caption's line up to its credit, the rest); None
    when no credit ends inside the line."""
    for m in _CREDIT_THEN.finditer(line):
        head = line[:m.end()]
        if (closes_with_credit(head) or parse_credit(head) or bare_credit(head)
                or name_alone_credit(head)):
            return head, line[m.end():].strip()
    return None


_SENTENCE_ENDS = ("。", "！", "？")
#: how a credit line ends: 张三摄, 张三/摄影, 张三摄影报道, 张三摄（新华社发）
_CREDIT_ENDS = ("摄", "摄影", "摄影报道", "）", ")")


def caption_over_credit(lines: list[str], k: int) -> bool:
    """Do line ``k`` and the next make a sentence closed by a full stop, with a
    photo credit after it (…作坊 / 里编织竹篮。 / 张三/摄)? A caption wrapped in
    its photo's narrow measure: no headline ends in a full stop, so line ``k``
    is no tail of the headline tier above it."""
    n = k + 1
    if n >= len(lines):
        return False
    text = lines[n].rstrip()
    if not text.endswith(_SENTENCE_ENDS):
        # (every credit ends in 摄 or its agency's bracket: most lines need no closer look)
        return text.endswith(_CREDIT_ENDS) and closes_with_credit(text)
    credit = lines[n + 1].strip() if n + 1 < len(lines) else ""
    return credit.endswith(_CREDIT_ENDS) and bool(parse_credit(credit) or bare_credit(credit)
                                                   or name_alone_credit(credit))


__all__ = ["bare_credit", "caption_and_credit", "caption_over_credit", "closes_text_above", "closes_with_credit",
           "cut_after_credit", "name_alone_credit", "narrower_than_caption", "opens_caption", "rejoin_wrapped_credits",
           "short_over", "title_over_caption"]


#: a caption of more lines than this over its credit is a body's text with the caption at its end
CAPTION_LINES = 3
_CAPTION_OPENER = re.compile(r"图[为①-⑩\d]|上图|下图|左图|右图")


def _closing_authors(line: str) -> bool:
    """A line that is only an article's closing authors' bracket (（本报记者 张三 李四））:
    what follows it is no more of that text."""
    text = line.strip()
    return text[:1] in "（(" and text.endswith(("）", ")")) and bool(parse_bracket_byline(text))


def closes_text_above(line: str) -> bool:
    """A line that only closes the text above it, set apart: one bracketed note
    (（本报内罗毕2月25日电）, （相关报道见第四版）, （张三）) or names alone
    (张三 李四). A caption opens with its own words, never so: a caption's
    first lines are never such a line."""
    text = line.strip()
    if text[:1] in "（(":
        inner = text[1:-1]
        return text[-1:] in "）)" and not any(mark in inner for mark in "（()）")
    names = name_tokens(text)
    return bool(names) and len(names) >= 2 and all(2 <= len(n) <= 3 and starts_with_surname(n) for n in names)


def opens_caption(line: str) -> bool:
    """Does the line open with a caption's opener (图为…, 上图…)?"""
    return bool(_CAPTION_OPENER.match(line.lstrip()))


#: a caption's wrapped line is full: one this many cells narrower than the caption's text under it is
#: no part of it (a mark pulled past the measure makes a line a cell wider)
_SHORT_OVER = 1.5


def short_over(line: str, under: str) -> bool:
    """Is ``line`` a phrase of its own over the caption's text ``under`` (its
    credit cut off: a headline over its photo's caption, 清水河重现碧波 /
    清水河两岸…。)? A caption wraps only at its measure's end, so a line of it
    that ends in no mark is at least as wide as the caption's text under it."""
    text = line.strip()
    # (a line of names spaced apart, 李 伟 王正坤, is a credit's wrapped names; a line holding a clause
    # mark, 据介绍，…, a sentence's: no phrase of its own)
    return (bool(text) and _MARKS_ENDING_A_LINE.isdisjoint(text) and " " not in text and "\u3000" not in text
            and cell_width(text) < cell_width(under.strip()) - _SHORT_OVER)


_MARKS_ENDING_A_LINE = frozenset("。！？，、；：”’）)》」』…—")


def narrower_than_caption(line: str, caption: str, one_block: bool = False) -> bool:
    """Is ``line`` too narrow to be a wrapped line of the caption whose text on
    its credit's line is ``caption``? A caption wraps only at its measure's end,
    so each of its lines over the credit's line is at least as wide as the text
    before the credit; a narrower line that ends no sentence is another text's
    (a title drawn just before its photo's caption, a body column's cut line, a
    closing bracket's tail). Unlike :func:`short_over` this holds for a line with
    marks too: it asks only whether the line can be the caption's. ``one_block``:
    the extractor put both in one block (most often one measure): digits and
    Latin letters count a full cell on ``line`` (a justified line's are set
    wider than half a cell) and an indent is allowed (a picture story's first
    line), so only a line surely narrower counts."""
    text = line.strip()
    if not text or ends_sentence(text):
        return False
    if not one_block:
        return cell_width(text) < cell_width(caption.strip()) - _SHORT_OVER
    narrow = len(text.encode("ascii", "ignore")) - text.count(" ")
    # (a paragraph's first line is indented, the line under it may hang a mark past the measure)
    return cell_width(text) + 0.5 * narrow < cell_width(caption.strip()) - _SHORT_OVER - _INDENT - 1


#: a paragraph's first-line indent, in cells
_INDENT = 2


def caption_start(lines: list[str], after_names: bool = False) -> int:
    """Where the caption over a credit begins in ``lines`` (the caption's last
    line last). A caption is a few lines: where more run into one block (a line
    stream joins a column's text with the caption under it), the caption opens
    after the last line that ends a sentence or a closing note (…作用。 /
    图为活动现场。), or at its opener (图为…); 0 when all the lines are the caption.
    ``after_names``: the lines come right after a text's authors (see
    :func:`title_over_caption`)."""
    cut = _caption_cut(lines)
    after = closes_text_above(lines[cut - 1]) if cut else after_names
    return cut + 1 if title_over_caption(lines[cut:], after) else cut


def _caption_cut(lines: list[str]) -> int:
    """:func:`caption_start` but for a headline over the caption."""
    if len(lines) <= CAPTION_LINES and sum(map(len, lines)) <= 24 * CAPTION_LINES:
        # a few lines: all the caption, unless one opens it (图为…) after a line that closed
        # something else (a brief's authors （张三 李四）, a sentence)
        return next((k for k in range(len(lines) - 1, 0, -1)
                     if (_CAPTION_OPENER.match(lines[k].lstrip())
                         and (ends_sentence(lines[k - 1]) or lines[k - 1].rstrip().endswith(("）", ")"))))
                     or closes_text_above(lines[k - 1]) or short_over(lines[k - 1], lines[k])
                     or narrower_than_caption(lines[k - 1], lines[k], True) or is_closing_note(lines[k - 1])), 0)
    for k in range(len(lines) - 1, 0, -1):
        if _CAPTION_OPENER.match(lines[k].lstrip()):
            return k
        previous = lines[k - 1].rstrip()
        # (a closing label, 本版制图：…, ends the text over the caption too)
        if (ends_sentence(previous) or previous.endswith(("电）", "电)")) or _closing_authors(previous)
                or is_closing_note(previous)
                or short_over(previous, lines[k]) or narrower_than_caption(previous, lines[k], True)
                or any(closes_body(lines[j:k]) for j in range(max(0, k - 3), k))):
            return k
    return 0


#: a headline's line is a phrase: none of these inside it or at its end
_TITLE_BREAKING_MARKS = frozenset("。！？；：、…")


def title_over_caption(lines: list[str], after_names: bool = False) -> bool:
    """Is the first of ``lines`` (a caption's lines over its credit, the last
    on the credit's line or over it) a headline drawn just before its photo's
    caption? A page draws a headline, then its photo's caption (the body, its
    authors, its headline, its photo; or one text's authors, the next one's
    headline and photo), and a line stream runs them into one block. So when
    the lines come right after a text's authors (``after_names``: names alone,
    a closing bracket) and the first is a phrase (it ends in no mark and holds
    none that breaks a sentence; a headline may hold a comma) narrower than the
    caption's measure by more than an indent: a caption wraps only at its
    measure's end. (:func:`narrower_than_caption` allows a hung mark and more
    besides, anywhere; right after authors a line that narrow opens no caption.)"""
    if not after_names or len(lines) < 2:
        return False
    head = lines[0].strip()
    if (not head or len(head) < 4 or ends_sentence(head) or head[-1] in _MARKS_ENDING_A_LINE
            or not _TITLE_BREAKING_MARKS.isdisjoint(head) or _CAPTION_OPENER.match(head)):
        return False
    return cell_width(head) < max(cell_width(line.strip()) for line in lines[1:]) - _INDENT - 0.5
