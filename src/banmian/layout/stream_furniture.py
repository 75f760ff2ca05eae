"""The page header and editors lines of an extractor's text, wherever the
stream has them: content-stream order puts the header anywhere, so it is
found by what only furniture has (a date with its weekday, 第N版, an editors
line) and taken out into header and footer blocks."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from ..model import Block
from .roles import FOOTER, HEADER, OTHER
from ..isodate import date_from_parts
from .furniture import DAY_AND_WEEKDAY, furniture_meta, masthead_pieces
from .labels_beside_furniture import labels_beside_furniture
from .reflow import cell_width, ends_sentence
from .rules import parse_page_header
from .tier_patterns import is_brief_heading, is_lead_label, prompt_lines
from .vertical_text import ONE_GLYPH
from .text_units import Unit

_PAPER_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}报")
_LATIN_ONLY = re.compile(r"[A-Za-z][A-Za-z\s'’.,&-]*")
_SECTION_NAME = re.compile(r"[\u4e00-\u9fff·]{2,6}")
#: a page number, a weekday or an editors line has one of these, or is short with a
#: number in it (16 地方新闻): the rest need no closer look
_FURNITURE_HINT = re.compile(r"版|编|校|审|制图|设计|星期|周[一二三四五六日]")
_DIGIT = re.compile(r"[\d０-９]")
#: what a header's anchor (a weekday, 第N版) or an editors line has
_ANCHOR_HINT = re.compile(r"星期|周[一二三四五六日天]|第\s*[\d一二三四五六七八九十]{1,3}\s*版|编辑|美编|校对|审校|版式")
#: how an editors line with no colon opens (责任编辑 张三 美编 李四): its first role, then a space
_SPACED_ROLE_HINT = re.compile(r"(?:本版)?(?:责任编辑|责编|编辑|美术编辑|美编|校对|文字校对|版式设计|版式|组版|审校)\s")
#: a page header holds at most this many lines
_HEADER_LINES = 7
#: what only a masthead prints: the serial number every paper carries (国内统一连续出版物号 CN11-0065)
#: and the paper's web address
_MASTHEAD_LINE = re.compile(r"国内统一连续出版物号|\bCN\s?\d{2}\s?[-－]\s?\d{4}|https?://|www\.")
#: what a front page's masthead prints beside the paper's name: the issue's number (第12345期), the lunar
#: date (农历甲辰年腊月廿六), the day's weather (今日天气 / 多云 3℃～9℃): no article's line reads so alone
_FRONT_MASTHEAD_LINE = re.compile(
    r"第\s*\d{3,6}\s*期|农历(?:[\u4e00-\u9fff]{2}年)?[正一二三四五六七八九十冬腊]{1,2}月[初十廿卅二三]"
    r"|-?\d{1,2}\s*(?:℃|°C)?\s*[～~至/-]\s*-?\d{1,2}\s*(?:℃|°C)|^(?:今日|明日)?天气(?:预报)?$")
#: a character each match of :data:`_MASTHEAD_LINE` or :data:`_FRONT_MASTHEAD_LINE` holds (a digit,
#: or the first of its words): a line with none is neither, told in one pass
_MASTHEAD_HINT = re.compile(r"[\d国Chw农天]")
#: a section name next to the page number is at most this many characters (要闻, 综合新闻)
_SECTION_BESIDE_NUMBER = 4
#: the page number alone on its line (the extractor gave the header's pieces a line each)
_NUMBER_ALONE = re.compile(r"第[\d一二三四五六七八九十]{1,3}版")
#: a section's name with its name in Latin letters or the page number after it, on a line of its
#: own (国际新闻 WORLD NEWS 08): a header's band read as one line
#: (words parted by white space: a word cannot be split two ways, so no backtracking)
#: a page named inside a note, not a header's number: (相关报道见第十二版), or a note's tail the
#: extractor broke off (…见 / 第十二版）): the number after 见 or right before a closing bracket
_PAGE_REFERENCE = re.compile(r"见\s*(?:第\s*)?[\d一二三四五六七八九十]{1,3}\s*版|版\s*[）)]")
#: a header's date whose weekday the extractor cut short (2019年2月22日 星期): a date alone
#: with 星期 or 周 after it, which no body line ends with
_DATE_CUT_WEEKDAY = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:星期|周)")
#: the paper's name with the page number and the section run on after it, as an extractor that drops
#: the spaces of a line gives the masthead (江城日报城市, 江城日报 14版城市): the name ends in 报, then
#: a page number (第14版, 14版) or none, then the section's name
_GLUED_MASTHEAD = re.compile(r"([\u4e00-\u9fff]{2,8}报)\s*(?:(?:第\s*)?(\d{1,3})\s*版\s*)?([\u4e00-\u9fff·]{2,6})")
_SECTION_WITH_LATIN = re.compile(r"([\u4e00-\u9fff·]{2,6})\s*([A-Za-z][A-Za-z'’.&-]*(?:\s+[A-Za-z][A-Za-z'’.&-]*)*)?"
                                 r"\s*(\d{1,3})?")


def _furniture_kind(line: str) -> str | None:
    """``meta`` (a date, page number or editors), ``paper``, ``latin`` or None."""
    text = line.strip()
    named = _FURNITURE_HINT.search(text)
    hint = named or (len(text) <= 24 and _DIGIT.search(text))
    # (a full stop inside closes a sentence: 见第十二版 in a body's note is no header's page number)
    could_be = hint and cell_width(text) <= (40 if named else 12) and not ends_sentence(text) and "。" not in text
    if could_be and "版" in text and _PAGE_REFERENCE.search(text):
        return None  # (相关报道见第十二版): a note naming a page
    if could_be and _DATE_CUT_WEEKDAY.fullmatch(text):
        return "date"
    found = furniture_meta(text) if could_be else None
    if found and ("page" in found or "weekday" in found or "editors" in found):
        return "meta"  # a date alone may be a body line's
    if len(text) > 30:
        return None
    if _MASTHEAD_HINT.search(text) and (_MASTHEAD_LINE.search(text) or _FRONT_MASTHEAD_LINE.search(text)):
        return "masthead"
    # (a paper's name ends in 报, masthead Latin opens with a letter: most lines are neither)
    if text.endswith("报") and _PAPER_NAME.fullmatch(text.replace(" ", "")):
        return "paper"
    if masthead_pieces(text):  # 人民日报 要闻: the paper's name with its section, no number
        return "paper"
    if "报" in text and "版" in text and _glued_masthead(text):  # 江城日报 14版城市: its spaces dropped
        return "paper"
    named = _PAPER_NAME.match(text)  # 人民日报 PEOPLE'S DAILY: the masthead's name with its Latin
    if named and _LATIN_ONLY.fullmatch(text[named.end():].strip()):
        return "paper"
    if text[:1].isascii() and text[:1].isalpha() and _LATIN_ONLY.fullmatch(text):
        return "latin"
    return None


def _glued_masthead(text: str) -> dict[str, str] | None:
    """The paper, page number and section of a masthead line whose pieces ran
    together (江城日报城市, 江城日报 14版城市), else None."""
    found = _GLUED_MASTHEAD.fullmatch(text.strip())
    if found is None:
        return None
    pieces = {"paper": found.group(1), "section": found.group(3)}
    if found.group(2):
        pieces["page"] = str(int(found.group(2)))
    return pieces


def _line_meta(line: str, kind: str | None) -> dict[str, str]:
    """What a header line gives: :func:`furniture_meta`'s, or a glued masthead's pieces."""
    found = furniture_meta(line)
    if found is None and kind in ("paper", None) and "报" in line:
        found = _glued_masthead(line)
    return found or {}


def _anchors_header(line: str, found: dict[str, str]) -> bool:
    """A line no body has: a date with its weekday (its year may be left out:
    2月26日 星期二), or 第N版. (``12 要闻`` alone
    could be a body line with the extractor's space: 12 个百分点.)"""
    if "weekday" in found and ("date" in found or DAY_AND_WEEKDAY.fullmatch(line.strip())):
        return True
    header = parse_page_header(line)
    return bool(header and "page" in header)


def _section_beside_number(lines: list[str], run: list[int], j: int) -> bool:
    """Is line ``j``, right after the header's page number alone on its line
    (第6版), a short section name (体育, 综合新闻)? A header prints the section
    beside the page number; an extractor that gives the header's pieces a line
    each gives it the next line. So too under a header line that gives the page
    number and no section (2023年6月2日 星期五 第6版 / 文化): the extractor ran
    the date and the number, set on one baseline, into one line, and gave the
    section, set larger, a line of its own, when the header names no paper
    either (a header band names its paper or its section); a brief column's
    heading or a lead's label there is the page's (2019年2月13日 星期三 15 /
    新闻速递), and so is any line there when the section opened the page over the dated line."""
    if run[-1] != j - 1 or len(lines[j].replace(" ", "")) > _SECTION_BESIDE_NUMBER:
        return False
    number = lines[j - 1].replace(" ", "")
    if _NUMBER_ALONE.fullmatch(number) is not None:
        return True
    above = furniture_meta(lines[j - 1]) or {}
    if "page" not in above or "section" in above or "editors" in above:
        return False
    if run[0] == 1 and _SECTION_NAME.fullmatch(lines[0].replace(" ", "")):
        return False  # the section opened the page over the dated line (要闻 / 2019年2月3日 星期日 2 / 检察机关):
        # a header names its section once, and the short line under it opens the page (a kicker, a label)
    # a header naming its paper (…人民日报 第16版) may have no section: the line under it is the page's
    # first (核心阅读, 图片报道); so is a brief column's heading or a lead's label (新闻速递, 核心阅读)
    names_paper = any(_PAPER_NAME.fullmatch(piece) for piece in lines[j - 1].split())
    return not names_paper and not is_brief_heading(lines[j]) and not is_lead_label(lines[j])


def _section_pieces(line: str) -> dict[str, str] | None:
    """The section's name and the page number of a header's section line that
    carries its Latin name or the number (国际新闻 WORLD NEWS 08), or None."""
    found = _SECTION_WITH_LATIN.fullmatch(line.strip())
    if found is None or not (found.group(2) or found.group(3)):
        return None
    pieces = {"section": found.group(1)}
    if found.group(3):
        pieces["page"] = str(int(found.group(3)))
    return pieces


def _section_line(lines: list[str], run: list[int], j: int, kinds: _Kinds) -> bool:
    """Is line ``j``, of no furniture kind, the header's section name? A short
    name standing between two header lines or right under the page number, or
    a section with its Latin name or page number right under the header's
    dated line (2022年9月14日 星期三 / 国际新闻 WORLD NEWS 08)."""
    compact = lines[j].replace(" ", "")
    if "报" in compact and _glued_masthead(compact):
        # the paper's name and the section run together under a header line (江城日报城市), when the
        # header has named no section yet (a header names it once)
        return not any(kinds[i] is None or "section" in kinds.line_meta(i) for i in run)
    if _SECTION_NAME.fullmatch(compact):
        if j + 1 < len(lines) and kinds[j + 1] is not None:
            return True
        # (a header names its section once: under a header that named it, 文化 / 2019.2.7 星期四 / 第5版,
        # the short line is the page's first, a column's label)
        return not any(kinds[i] is None for i in run) and _section_beside_number(lines, run, j)
    if run[-1] != j - 1 or _section_pieces(lines[j]) is None:
        return False
    return not any(kinds[i] is None or "section" in (kinds.meta(lines[i]) or {}) for i in run)


def _section_opens_page(lines: list[str], run: list[int], found: list[dict[str, str]], kinds: _Kinds) -> bool:
    """Is the page's first line, right over a header that gives a page number
    and no section, the section's name (文化 / 2019年2月16日 星期六 13)? The
    header's pieces stand apart, and the section is printed beside the number.
    Not when a line of the header is its section already (快讯 / 东岭日报 / 文化 /
    2019.2.7 星期四 / 第5版): a header names its section once, and the short
    line over it is a column's label drawn with it."""
    return (run[0] == 1 and _SECTION_NAME.fullmatch(lines[0].replace(" ", "")) is not None
            and any("page" in f for f in found) and not any("section" in f for f in found)
            and not any(kinds[i] is None or kinds[i] == "paper" and "section" in (masthead_pieces(lines[i]) or {})
                        for i in run))


def take_furniture(lines: list[str]) -> tuple[set[int], dict[str, str]]:
    """The lines of the page header and the editors lines (:func:`find_furniture`
    in one set) and the edition metadata they give."""
    header, editors, meta = find_furniture(lines)
    return header | editors, meta


class _Kinds:
    """:func:`_furniture_kind` of the lines near an anchor (None elsewhere), each
    line's asked when first needed: the header is the first run, and past it only
    editors lines are looked for. A kind is a function of the line's text alone, so
    it is kept by text, once for each text (a page that repeats its header and editors
    line far down repeats the lines near them). So is what a line gives (:meth:`meta`,
    :meth:`line_meta`), read only by those who ask."""

    __slots__ = ("_lines", "_near", "_by_text", "_metas", "_line_metas")

    def __init__(self, lines: list[str], near: set[int]) -> None:
        self._lines, self._near = lines, near
        self._by_text: dict[str, str | None] = {}
        self._metas: dict[str, dict[str, str] | None] = {}
        self._line_metas: dict[tuple[str, str | None], dict[str, str]] = {}

    def meta(self, text: str) -> dict[str, str] | None:
        """:func:`furniture_meta` of ``text`` (not to be changed: it is kept)."""
        if text not in self._metas:
            self._metas[text] = furniture_meta(text)
        return self._metas[text]

    def line_meta(self, i: int) -> dict[str, str]:
        """:func:`_line_meta` of line ``i`` (not to be changed: it is kept)."""
        key = (self._lines[i], self[i])  # (the kind too: a line far from any anchor has none)
        if key not in self._line_metas:
            self._line_metas[key] = _line_meta(*key)
        return self._line_metas[key]

    def __getitem__(self, i: int) -> str | None:
        if i not in self._near:
            return None
        text = self._lines[i]
        if text not in self._by_text:
            self._by_text[text] = _furniture_kind(text)
        return self._by_text[text]


def find_furniture(lines: list[str]) -> tuple[set[int], set[int], dict[str, str]]:
    """The lines of the page header wherever the stream has it, the editors
    lines standing apart from it (a footer); and the edition metadata they give.

    The header is the first run of furniture lines (a date, a page number,
    editors, the paper's name, masthead Latin) that has a date or a page
    number that no body line would have; a section name (理论) standing
    between two of its lines is part of it."""
    # only lines near one that could anchor a header (or an editors line) are looked at closely
    near: set[int] = set()
    # (the page's text is searched once first: most pages hold no hint at all)
    hinted = _ANCHOR_HINT.search("\n".join(lines)) is not None
    for i in [i for i, line in enumerate(lines) if _ANCHOR_HINT.search(line)] if hinted else []:
        near.update(range(max(0, i - _HEADER_LINES), i + _HEADER_LINES + 1))
    kinds = _Kinds(lines, near)
    # the lines near an anchor, in order: those of some kind open a run (the rest are passed over)
    candidates = sorted(near.intersection(range(len(lines))))
    taken: set[int] = set()
    meta: dict[str, str] = {}
    k = 0  # the lines before k are looked at
    for first in candidates:
        if taken:
            break
        if kinds[first] is None:
            continue
        if first < k:
            continue
        run = [first]
        j = first + 1
        while j < len(lines) and len(run) < _HEADER_LINES:
            if kinds[j] is not None or _section_line(lines, run, j, kinds):
                run.append(j)
            else:
                break
            j += 1
        found = [kinds.line_meta(i) for i in run]
        # (the paper's name beside a page number, 4 社会 / 青原日报, is a masthead too: no body line reads so)
        if any(_anchors_header(lines[i], f) for i, f in zip(run, found)) or (
                any(kinds[i] == "paper" or "paper" in f for i, f in zip(run, found)) and any("page" in f for f in found)):
            if _section_opens_page(lines, run, found, kinds):
                run.insert(0, 0)
                found.insert(0, {})
            taken.update(run)
            for i, f in zip(run, found):
                for key, value in f.items():
                    meta.setdefault(key, value)
                compact = lines[i].replace(" ", "")
                if kinds[i] == "paper":
                    for key, value in (masthead_pieces(lines[i]) or {"paper": _PAPER_NAME.match(compact).group(0)}).items():
                        meta.setdefault(key, value)
                elif kinds[i] == "date":
                    day = _DATE_CUT_WEEKDAY.fullmatch(lines[i].strip())
                    date = date_from_parts(*day.groups())
                    if date:
                        meta.setdefault("date", date)
                elif kinds[i] is None:
                    for key, value in (_section_pieces(lines[i]) or {"section": compact}).items():
                        meta.setdefault(key, value)
        k = j
    editors: set[int] = set()
    # (an editors line names its role before a colon: a line with none is no such line, and its kind
    # is not asked: a page repeating its header far down holds many lines near an anchor)
    for i in candidates:
        if i not in taken and ("：" in lines[i] or ":" in lines[i] or _SPACED_ROLE_HINT.match(lines[i].lstrip())) \
                and kinds[i] == "meta":
            f = kinds.meta(lines[i]) or {}
            if set(f) == {"editors"}:
                editors.add(i)
                meta.setdefault("editors", f["editors"])
    return taken, editors, meta


def numbered_lines(blocks: list[Block]) -> list[tuple[str, int | None, int]]:
    """Every line with its source line number and the index of its block."""
    return [(line, b.line_start + k if b.line_start is not None else None, n)
            for n, b in enumerate(blocks) for k, line in enumerate(b.lines)]


def lines_with_numbers(blocks: list[Block]) -> list[tuple[str, int | None]]:
    """Every line with its source line number (:func:`numbered_lines` without
    the blocks' indexes: the line stream asks this of every line of a page)."""
    return [(line, b.line_start + k if b.line_start is not None else None)
            for b in blocks for k, line in enumerate(b.lines)]


#: a header set vertically comes as a run of this many one-character lines at least
_VERTICAL_RUN = 4
#: a line of one glyph somewhere in a page's text (a digit of a page number, a character of vertical text)
_ONE_GLYPH_LINE = re.compile(r"\n[^\S\n]*[\u4e00-\u9fff\u30070-9][^\S\n]*\n")


def _vertical_header(lines: list[str]) -> tuple[set[int], dict[str, str]]:
    """A page header set down the page's edge, which an extractor gives a
    character a line (第 / 8 / 版 / 城 / 乡 / 二 / 〇 / …): a run of one-glyph
    lines whose text, read on one line, gives a header's page number, date
    or editors. (A vertical headline's run gives none.)"""
    found: set[int] = set()
    meta: dict[str, str] = {}
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        if len(line) <= 3 and ONE_GLYPH.fullmatch(line.strip()):  # (most lines: longer than a glyph)
            run.append(i)
            continue
        if len(run) >= _VERTICAL_RUN:
            read = furniture_meta("".join(lines[j].strip() for j in run)) or {}
            if "page" in read or "date" in read or "editors" in read:
                found.update(run)
                for key, value in read.items():
                    meta.setdefault(key, value)
        run = []
    return found, meta


def separate_furniture(blocks: list[Block]) -> tuple[list[Block], dict[str, str]]:
    """Take the page header out of the blocks, wherever it stands, into one
    header block where its first line was (what stands before and after it is
    not one run of text), and editors lines standing apart into footer blocks;
    return the edition metadata they give. A QR code's prompt (扫描二维码 /
    观看视频) is set apart as an editors line is. Blocks they stood in are cut there."""
    lines = [line for b in blocks for line in b.lines]
    header, editors, meta = find_furniture(lines)
    joined = "\n".join(lines)  # (the cheap look first: most pages have neither)
    if "扫" in joined or "二维码" in joined:
        editors |= prompt_lines(lines)  # a QR code's prompt (扫码阅读全文) is the page's too, set apart alike
    if _ONE_GLYPH_LINE.search(f"\n{joined}\n"):
        strip, strip_meta = _vertical_header(lines)  # a header set down the page's edge, a character a line
        header |= strip
        for key, value in strip_meta.items():
            meta.setdefault(key, value)
    if not header and not editors:
        return blocks, meta  # most pages' text: no furniture, the lines need no numbers
    editors |= labels_beside_furniture(lines, header | editors)  # (深一度 drawn with the header: the page's too)
    page = blocks[0].page
    first = min(header, default=-1)
    # where each block's lines start among the page's lines: the block a furniture line stands in
    starts = list(accumulate((len(b.lines) for b in blocks[:-1]), initial=0))
    cut = {bisect_right(starts, i) - 1 for i in header | editors}
    out: list[Block] = []
    for n, (block, start) in enumerate(zip(blocks, starts)):
        if n not in cut:  # most blocks: the same lines, in a block of their own
            if block.lines:  # (a block of the text as read is that block already: no copy)
                out.append(block if _as_read(block, page) else Block(list(block.lines), page=page,
                                                                     line_start=block.line_start))
            continue
        going_on = False  # the last block out holds this block's lines
        for k, text in enumerate(block.lines):
            i = start + k
            number = block.line_start + k if block.line_start is not None else None
            if i == first:
                out.append(Block([lines[j] for j in sorted(header)], HEADER, page=page, line_start=number))
            if i in editors:
                out.append(Block([text], FOOTER, page=page, line_start=number))
            if i in header or i in editors:
                going_on = False
                continue
            if going_on:
                out[-1].lines.append(text)
            else:
                out.append(Block([text], page=page, line_start=number))
            going_on = True
    return out, meta


def _as_read(block: Block, page: int | None) -> bool:
    """Is ``block`` as a block of the page's text is made (its lines, their numbers, nothing else set)?"""
    return (block.role == OTHER and block.page == page and block.bbox is None and block.font_size is None
            and block.id is None and block.line_bboxes is None and not block.vertical)


def mark_header_footer(units: list[Unit]) -> dict[str, str]:
    """Mark page header units at the top and editor lines at the bottom;
    return the edition metadata they give."""
    meta: dict[str, str] = {}
    for unit in units[:3]:
        if unit.block.role != OTHER:
            break
        found = [parse_page_header(line) for line in unit.block.lines]
        if not any(found) or any(ends_sentence(line) or cell_width(line) > 40 for line in unit.lines):
            break
        unit.block.role = HEADER
        for line, m in zip(unit.lines, found):
            if m:
                meta.update(m)
            elif "paper" not in meta and 2 <= len(line) <= 10 and not is_brief_heading(line):
                meta["paper"] = line.strip()
    for unit in reversed(units):
        if unit.block.role != OTHER:
            break
        found = [parse_page_header(line) for line in unit.block.lines]
        if not all(m and "editors" in m for m in found):
            break
        unit.block.role = FOOTER
        for m in found:
            meta.update({k: v for k, v in (m or {}).items() if k not in meta})
    return meta


__all__ = ["find_furniture", "lines_with_numbers", "mark_header_footer", "numbered_lines", "separate_furniture",
           "take_furniture"]
