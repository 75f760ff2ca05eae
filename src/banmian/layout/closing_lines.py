"""The last line of a body that the extractor set apart is no headline
(text mode): a sentence's tail closed by its authors' bracket (采风活动。
（张三 李四）: a brief's text ends so; or a short label and the authors
under a finished sentence: 影像中国（张三 李四）), and an editor's note on where the text
comes from, that a series ends or where a related report is (（综合本报和新华社
电）, （本系列评论到此结束）, （相关报道见第四版）), which names the paper, a page
or the text itself. A column's tag alone in brackets (（人民论坛）) names none.
A list's last item closed by ； and its authors (第二步：……；（张三 李四）) under
the items over it does too, and so does a photo report's credit wrapped over
two lines (张三李四 / 王五 赵六摄影报道), and a line giving an address to write to
(来稿请寄：…@…): no headline holds an e-mail or a web address. Read after
:mod:`.closing_tiers`, before the headline groups are paired with their bodies."""

from __future__ import annotations

import re

from .roles import BODY, BYLINE, KICKER, SUBHEADING, SUBTITLE, TITLE
from .closing_authors import ends_with_authors
from .closing_tiers import PHOTO_REPORT
from ..names import starts_with_surname
from .reflow import ends_sentence
from ..model import Block, Byline
from .text_units import Unit

_TIERS = (TITLE, KICKER, SUBTITLE)
#: an editor's note in brackets that names the paper, its agency or the text itself
_EDITORS_NOTE = re.compile(r"[（(](?=[^（）()]{5,30}[）)]$)[^（）()]*(?:本报|新华社|本系列|本文|本栏|本版|综合|第[一二三四五六七八九十\d]{1,3}版)")


#: a short label opening the line at its bracket (影像中国（…）): no headline's words and tag
_LABEL_OPENS_BRACKET = re.compile(r"[\u4e00-\u9fff]{2,6}[（(]")

#: a line of names only (run together or spaced), the head of a credit wrapped over two lines
_NAMES_RUN = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff ]{3,18}")


#: an e-mail or a web address (a column's mail line, a site to visit): printed in no headline
_ADDRESS = re.compile(r"[A-Za-z0-9._-]@[A-Za-z0-9-]+\.[A-Za-z]|(?:https?://|www\.)[A-Za-z0-9]")


def gives_an_address(line: str) -> bool:
    """Does the line give an e-mail or a web address (来稿请寄：…@…)? It closes
    the text over it, under its closing note too."""
    return ("@" in line or "www." in line or "://" in line) and _ADDRESS.search(line) is not None


def _last_item_signed(text: str, prev: Unit) -> bool:
    """Is ``text`` a list's last item closed by ； and its authors' bracket,
    under a body whose last line closes an item with ； too? The item is a
    finished clause there, as a sentence is before （张三 李四）."""
    at = text.rfind("；（")
    return at > 0 and prev.block.lines[-1].rstrip().endswith("；") and ends_with_authors(
        [text[:at] + "。" + text[at + 1:]], 0)


def _photo_report_line(unit: Unit) -> bool:
    """A tier unit of one line that is a photo report's credit (王五 赵六摄影报道（影像中国）)."""
    lines = unit.block.lines
    return unit.block.role in _TIERS and len(lines) == 1 and PHOTO_REPORT.fullmatch(lines[0].strip()) is not None


def _names_not_a_tag(text: str) -> bool:
    """Does the bracket closing ``text`` hold names set apart (张三 李四, 张三、李四)
    or one short name, not one run of four characters or more? A column's tag
    (秋窗读画（江畔随笔）) reads as one long name."""
    inner = text[max(text.rfind("（"), text.rfind("(")) + 1:-1].strip()
    return len(inner) <= 3 or any(mark in inner for mark in " 、，,")


def closing_lines_to_body(units: list[Unit]) -> None:
    """A one-line headline unit right under a body that is that body's
    last line (see the module's docstring) becomes body again."""
    for k in range(1, len(units)):
        unit, prev = units[k], units[k - 1]
        if (unit.block.role not in _TIERS or len(unit.block.lines) != 1 or prev.block.role != BODY
                or not prev.block.lines):
            continue
        text = unit.block.lines[0].strip()
        if _EDITORS_NOTE.match(text) and ends_sentence(prev.lines[-1].rstrip()):
            unit.block.role = BODY  # （综合本报和新华社电）: the note closes the text above
        elif "。" in text[:-2] and ends_with_authors([text], 0):
            unit.block.role = BODY  # 采风活动。（张三 李四）: a sentence's tail and its authors
        elif _last_item_signed(text, prev):
            unit.block.role = BODY  # 第一步：……； / 第二步：……；（张三 李四）: a list's last item, signed
        elif (_LABEL_OPENS_BRACKET.match(text) and _names_not_a_tag(text)
              and ends_with_authors([prev.block.lines[-1].strip(), text], 1)):
            unit.block.role = BODY  # ……。 / 影像中国（张三 李四）: a label and the authors close the text
        elif _NAMES_RUN.fullmatch(text) and k + 1 < len(units) and _photo_report_line(units[k + 1]):
            unit.block.role = units[k + 1].block.role = BODY  # 张三李四 / 王五 赵六摄影报道
        elif gives_an_address(text):
            unit.block.role = BODY  # 来稿请寄：abc@example.com: where to write, under the text it closes


#: the date a notice or a letter is signed on, alone on its line (2019年2月27日, 二〇一九年二月二十七日)
_SIGNED_ON = re.compile(r"(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日")
#: who signs a notice or a letter, on its own line over the date: a name or a body's name, no mark
_SIGNER = re.compile(r"[\u4e00-\u9fff·]{2,20}")
#: the roles a signer's and a date's lines are read in when set apart from the text
_SET_APART = (TITLE, KICKER, SUBTITLE, SUBHEADING, BYLINE)


def dates_off_headlines(units: list[Unit]) -> list[Unit]:
    """A notice's date read as the first line of the headline under it: a
    stream puts the date (二〇二四年三月六日) right before the next article's
    title, and both are short lines. Under the notice's signer alone on its
    line (江城日报社) and its text's last sentence, the date goes off that
    headline as a unit of its own (:func:`signatures_to_body` then reads it)."""
    out: list[Unit] = []
    for k, unit in enumerate(units):
        lines = unit.block.lines
        if (k >= 2 and unit.block.role in _SET_APART and len(lines) >= 2 and _SIGNED_ON.fullmatch(lines[0].strip())
                and not _SIGNED_ON.search(lines[1]) and _signer_under_text(units[k - 1], units[k - 2])):
            number = unit.block.line_start
            date = Unit(Block([lines[0]], unit.block.role, page=unit.block.page, line_start=number))
            del lines[0]
            unit.block.line_start = None if number is None else number + 1
            unit.forget_width()
            out.append(date)
        out.append(unit)
    return out


def _signer_under_text(signer: Unit, text: Unit) -> bool:
    """Is ``signer`` a signer's line alone, set apart, right under a text that ended its sentence?"""
    return (signer.block.role in _SET_APART and len(signer.block.lines) == 1
            and bool(_SIGNER.fullmatch(signer.block.lines[0].strip())) and text.block.role == BODY
            and bool(text.block.lines) and ends_sentence(text.block.lines[-1].rstrip()))


#: a notice's heading: what kind of notice it is (征稿启事, 更正, 公告, 声明), a short line
NOTICE_LABEL = re.compile(r"[\u4e00-\u9fff]{0,8}(?:启事|启示|公告|通告|声明|更正|公示|通知|倡议书|告知书|讣告|致歉信)")
#: a notice's text before its signature: this many units at most
_NOTICE_UNITS = 4


def heads_signed_notice(units: list[Unit], k: int) -> bool:
    """Is unit ``k`` a notice's heading (征稿启事) over its own text, which
    closes with its signature (the signer's line and the date, read as
    paragraphs by :func:`signatures_to_body`) before any other heading? A
    notice framed in a column's foot is an article of its own, never a
    subheading of the report over it."""
    lines = units[k].block.lines
    if len(lines) != 1 or not NOTICE_LABEL.fullmatch(lines[0].replace(" ", "").replace("\u3000", "")):
        return False
    for unit in units[k + 1:k + 2 + _NOTICE_UNITS]:
        if unit.block.role != BODY:
            return False
        if unit.paragraph_lines and _SIGNED_ON.fullmatch(unit.block.lines[-1].strip()):
            return True
    return False


#: a person's name alone on a line (a letter's signer): two to four characters
_PERSON = re.compile(r"[\u4e00-\u9fff]{2,4}")
#: what a report says of a letter it quotes whole (回信, 贺信, 致信, 来信)
_LETTER_WORDS = ("回信", "贺信", "致信", "来信", "复信", "写信", "书信")


def _letter_signer(unit: Unit, text: Unit) -> bool:
    """Is ``unit`` a name alone, right under a text that ended its sentence,
    that the text itself says wrote a letter it quotes (……张三给某某回信……
    致以问候。 / 张三)? The name signs the letter (the text's last
    paragraph): a reporter or an author the text does not name."""
    lines = unit.block.lines
    if len(lines) != 1 or text.block.role != BODY or not text.block.lines:
        return False
    name = lines[0].strip()
    if not _PERSON.fullmatch(name) or not starts_with_surname(name) \
            or not ends_sentence(text.block.lines[-1].rstrip()):
        return False
    said = "".join(line.strip() for line in text.block.lines)
    return name in said and any(word in said for word in _LETTER_WORDS)


def signatures_to_body(units: list[Unit]) -> None:
    """A notice or a letter closes with who issues it and the date, a line
    each, under its last sentence (特此公告。 / 全国人民代表大会常务委员会 /
    2019年2月27日): both are the text's last paragraphs, no headline of the
    next article (no headline is a date alone) and no byline. So is the
    signer's name alone under a letter its text says that person wrote, and
    a reader's sender line run together over the brief's authors."""
    cut = []
    last = len(units) - 1
    for k in range(1, len(units)):
        unit = units[k]
        if unit.block.role not in _SET_APART:
            continue
        lines = unit.block.lines
        # (one line only, a bracket closing it or a byline under it: most units are not asked further)
        if len(lines) == 1 and k < last and (lines[0].rstrip()[-1:] in ("）", ")") or units[k + 1].block.role == BYLINE) \
                and unit.block.role != BYLINE and _signs_over_credit(units, k):
            cut.append(k)  # (a closing bracket of names is a byline already: not asked)
            continue
        if not _may_be_signed(lines):
            if _letter_signer(unit, units[k - 1]):
                _to_paragraph(unit)
            continue  # (most units: no date and no sender's name set apart)
        lines = _signed_lines([line.strip() for line in unit.block.lines])
        if lines is None:
            continue
        signed = [unit]
        above = units[k - 1]
        if (len(lines) == 1 and k >= 2 and above.block.role in _SET_APART and len(above.block.lines) == 1
                and _SIGNER.fullmatch(above.block.lines[0].strip())):
            signed = [above, unit]  # the signer's line, then the date's
        before = units[k - len(signed)]
        if before.block.role != BODY or not before.block.lines or not ends_sentence(before.block.lines[-1].rstrip()):
            continue
        unit.block.lines[:] = lines
        for part in signed:
            _to_paragraph(part)
    for k in reversed(cut):
        _sender_to_body(units, k)


def _to_paragraph(unit: Unit) -> None:
    """The unit (a signature's line) becomes a paragraph of the text over it: no byline any more."""
    unit.block.role, unit.paragraph_lines = BODY, True
    unit.bylines, unit.closing = [], False


#: a reader's letter signed with the sender's place and name set apart (河西镇石门村 陈平, 城西区 林  晓): the
#: place ends in the word for its kind, the name is two or three characters (letter-spaced too)
_SENDER = re.compile(r"[\u4e00-\u9fff]{1,14}(?:村|镇|乡|区|县|市|省|州|旗|街道|社区)\s+"
                     r"(?P<name>[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]\s{1,3}[\u4e00-\u9fff])")


#: the sender's place and name run together (江城市城西区林晓), as a reader's letter is signed too
_SENDER_RUN = re.compile(r"[\u4e00-\u9fff]{1,14}(?:村|镇|乡|区|县|市|省|州|旗|街道|社区)(?P<name>[\u4e00-\u9fff]{2,3})")
#: the sender's line with the brief's authors in brackets after it on the same line (a stream joins them)
_SENDER_AND_AUTHORS = re.compile(r"(?P<sender>[^（）()]{3,20})[（(](?P<inner>[^（）()]{2,20})[）)]")


def _sender_run_together(text: str) -> bool:
    found = _SENDER_RUN.fullmatch(text)
    return found is not None and starts_with_surname(found.group("name"))


def _surnamed_names(text: str) -> bool:
    names = text.split()
    return 1 <= len(names) <= 4 and all(2 <= len(n) <= 3 and starts_with_surname(n) for n in names)


def _signs_over_credit(units: list[Unit], k: int) -> bool:
    """Is unit ``k`` a reader's letter's sender line run together (place,
    then name: 江城市城西区林晓) under the letter's finished last sentence and
    over the brief's authors in brackets (on the next unit, or after it on
    the same line)? The authors close a text: a headline has no text yet
    for them to close, so the line over them is that text's last."""
    lines = units[k].block.lines
    if len(lines) != 1 or k + 1 >= len(units):
        return False
    text = lines[0].strip()
    nxt = units[k + 1]
    joined = _SENDER_AND_AUTHORS.fullmatch(text) if text.endswith(("）", ")")) else None
    if joined is None and not (nxt.block.role == BYLINE and nxt.closing and len(nxt.block.lines) == 1):
        return False  # (most units: neither the authors after it nor a closing bracket under it)
    sender = joined.group("sender").strip() if joined else text
    if not _sender_run_together(sender.replace(" ", "")) or (joined and not _surnamed_names(joined.group("inner"))):
        return False
    above = units[k - 1]
    return above.block.role == BODY and bool(above.block.lines) and ends_sentence(above.block.lines[-1].rstrip())


def _sender_to_body(units: list[Unit], k: int) -> None:
    """The sender's line becomes the letter's last paragraph; authors in
    brackets after it on its line go off as the closing byline unit."""
    unit = units[k]
    joined = _SENDER_AND_AUTHORS.fullmatch(unit.block.lines[0].strip())
    if joined is not None:
        names = [Byline(None, n) for n in joined.group("inner").split()]
        unit.block.lines[:] = [joined.group("sender").strip()]
        unit.forget_width()
        credit = Unit(Block(["（" + joined.group("inner") + "）"], BYLINE, page=unit.block.page),
                      bylines=names, closing=True)
        units.insert(k + 1, credit)
    _to_paragraph(unit)


def is_sender_line(text: str) -> bool:
    """Is ``text`` a letter's sender line: a place, then a person's name set
    apart (a surname first, no photographer's 摄 after it)? A reader signs so
    under the letter's last sentence; no headline tier ends in a name alone."""
    found = _SENDER.fullmatch(text.strip())
    return found is not None and starts_with_surname(found.group("name")) and not found.group("name").endswith("摄")


def _may_be_signed(lines: list[str]) -> bool:
    """Could :func:`_signed_lines` find anything in the lines: a line, a date
    (its 日) on it or a sender's name set apart after the place (a space inside
    it), or two lines, the date on the second? (Asked first of every unit.)"""
    if len(lines) == 1:
        return "日" in lines[0] or len(lines[0].split()) > 1
    return len(lines) == 2 and "日" in lines[1]


def _signed_lines(lines: list[str]) -> list[str] | None:
    """The lines of a unit that is a date alone, a letter's sender, or a
    signer and a date (a line each, or run onto one line by the stream: a
    line each again)."""
    if len(lines) == 1 and (_SIGNED_ON.fullmatch(lines[0]) or is_sender_line(lines[0])):
        return lines
    if len(lines) == 2 and _SIGNER.fullmatch(lines[0]) and _SIGNED_ON.fullmatch(lines[1]):
        return lines
    date = _SIGNED_ON.search(lines[0]) if len(lines) == 1 and "日" in lines[0] else None
    if date is not None and date.end() == len(lines[0]) and _SIGNER.fullmatch(lines[0][:date.start()]):
        return [lines[0][:date.start()], date.group()]
    return None


__all__ = ["closing_lines_to_body", "dates_off_headlines", "gives_an_address", "heads_signed_notice", "is_sender_line",
           "signatures_to_body"]
