"""Authors and credits that close a text, as extractors give them: a
brief's authors in brackets after its last sentence (……。（张三 李四）),
alone on a line or broken over a line end, and photo credits told by their
agency or a slash (张三摄（新华社发）, 张三/摄). Text-mode layout only."""

from __future__ import annotations

import re

from ..model import Block, Byline, Role
from .roles import BODY, BYLINE, DATELINE, OTHER
from ..names import COMPOUND_SURNAMES, starts_with_surname
from .closing_authors import ends_with_authors, label_after_sentence, run_together_names
from .line_stream import CLOSING_DATELINE, is_closing_note
from .reflow import join_lines
from .rules import name_tokens, parse_bracket_byline, split_names
from .text_credits import bare_credit
from .text_units import Unit

def closing_names(units: list[Unit], k: int) -> list[Byline] | None:
    """Names alone right after a finished sentence, in brackets (（张三 李四）)
    or set apart by spaces (张三 李四, flush right): the authors closing the
    text above. The sentence may be closed by its dateline first (……。（本报
    雅加达2月10日电） / （张三）): the authors still close the text."""
    if k == 0 or units[k - 1].block.role not in (OTHER, BODY):
        return None
    last = units[k - 1].block.lines[-1].rstrip()
    if not last.endswith(("。", "！", "？", "”")) and not (last.endswith(("电）", "电)"))
                                                        and closes_with_byline(units[k - 1].block.lines[-2:])):
        return _surnamed_names_alone(units[k].block.lines)
    text = join_lines(units[k].block.lines).strip()
    m = _BRACKETED.fullmatch(text)
    if not m:
        names = name_tokens(text) if len(units[k].block.lines) == 1 and " " in text else None
        if names and len(names) >= 2 and all(starts_with_surname(n) for n in names):
            return [Byline(None, n) for n in names]
        return None
    inner = m.group("inner")
    # a space may be a line break inside a name (罗秀 强 秦红雯): try without each one
    variants = [inner] + [inner[:i] + inner[i + 1:] for i, c in enumerate(inner) if c == " "]
    names = next((found for found in map(name_tokens, variants) if found), None)
    return [Byline(None, n) for n in names] if names else None


def _surnamed_names_alone(lines: list[str]) -> list[Byline] | None:
    """A block that is one bracket of names alone, each opening with a surname
    (（张三 李四）): the editors or reporters closing the text above, whatever line
    ends that text (a reader's letter signed 江城市 王五); no headline is names in brackets."""
    if len(lines) != 1 or lines[0].lstrip()[:1] not in ("（", "("):
        return None  # (most units: no bracket opens them, nothing more to ask)
    m = _BRACKETED.fullmatch(lines[0].strip())
    names = name_tokens(m.group("inner")) if m else None
    return [Byline(None, n) for n in names] if names and all(starts_with_surname(n) for n in names) else None


#: a closing bracket after a finished sentence (or after a closing dateline's bracket: ……。（本报
#:江城2月7日电）（本报记者张三、李四……）); a roundup's reporters fill a few lines
_CLOSING_BRACKET = re.compile(r"[。！？”）)][（(](?P<inner>[^（）()]{2,80})[）)]$")
#: a closing bracket opens at most this many lines over a body's last
_BRACKET_LINES = 6


def _from_last_bracket(lines: list[str]) -> list[str]:
    """A body's last lines from the one over where its last bracket opens (at
    most :data:`_BRACKET_LINES` back), or its last two."""
    for k in range(len(lines) - 1, max(-1, len(lines) - 1 - _BRACKET_LINES), -1):
        if "（" in lines[k] or "(" in lines[k]:
            return lines[max(0, k - 1):]  # (and the line over it: the sentence's end before the bracket)
    return lines[-2:]


def closes_with_byline(lines: list[str]) -> bool:
    """A body whose last sentence is followed by its authors in brackets
    (……。（张三 李四）) has ended: what follows it is no subheading of it,
    nor more of its body."""
    if is_closing_note(lines[-1]):
        return True  # （作者为…）, 本版制图：…
    last = lines[-1].strip()
    if last and last[-1] not in "）)":
        return False  # (most bodies: a last line ending on no bracket closes with no authors' bracket)
    if ends_with_authors([x.strip() for x in lines[-3:]], len(lines[-3:]) - 1):
        return True  # ……。新华社发（张三 / 李四）: a short label before the authors
    for glue in ("", " "):  # a line break inside the bracket: within a name or between two
        tail = _CLOSING_BRACKET.search(glue.join(x.strip() for x in _from_last_bracket(lines)))
        if tail and (parse_bracket_byline(tail.group(0)[1:]) or name_tokens(tail.group("inner"))):
            return True
        if tail and CLOSING_DATELINE.fullmatch(tail.group(0)[1:].replace(" ", "")):
            return True  # ……。（本报河内2月3日电）: a closing dateline ends it too
    return False


def _last_bracket(unit: Unit, line_over: str = "") -> tuple[int, int] | None:
    """Where the bracket that closes a body unit opens (line, position), when
    it follows a finished sentence and starts in one of the last few lines.
    ``line_over``: the last line of the body unit over it (a one-line unit
    the extractor set apart: ……。 / 影像中国（张三 李四）)."""
    lines = unit.block.lines
    stop = max(0, len(lines) - _BRACKET_LINES)
    last = "".join(lines[stop:])
    if "（" not in last and "(" not in last:
        return None  # (most bodies: no bracket in their last lines, told by one look at them)
    k = len(lines) - 1
    while k >= stop and "（" not in lines[k] and "(" not in lines[k]:
        k -= 1
    if k < stop:
        return None
    pos = max(lines[k].rfind("（"), lines[k].rfind("("))
    above = lines[k - 1].rstrip() if k else line_over.rstrip()
    before = lines[k][:pos].rstrip() or above
    # ……。 / 影像中国（张三）: a short label after the sentence stays with the body; so does a
    # closing note before a closing dateline (本版制图：张三（本报悉尼2月14日电）)
    # (…… ends a sentence trailing off: ……飞沙走石……（本报曼谷2月11日电）)
    # (a list of steps closes its last item with ；: 第二步：……对折两次；（张三）)
    return (k, pos) if before and (before[-1] in "。！？；”）)…" or label_after_sentence(above, before)
                                   or is_closing_note(before)) else None


def _cut(group: list[Unit], unit: Unit, at: tuple[int, int], tail: str, role: Role) -> Unit:
    """Cut the tail from ``at`` off the unit into a unit of its own with ``role``."""
    k, pos = at
    lines = unit.block.lines
    head = lines[k][:pos].rstrip()
    del lines[k:]
    if head and lines and label_after_sentence(lines[-1].rstrip(), head):
        lines[-1] = lines[-1].rstrip() + head  # ……。新华社发: the label ends the paragraph, no paragraph of its own
    elif head:
        lines.append(head)
    if not lines:
        unit.block.lines.append(tail)
        unit.block.role = role
        return unit
    cut = Unit(Block([tail], role, page=unit.block.page))
    group.insert(group.index(unit) + 1, cut)
    return cut


def cut_closing_names(group: list[Unit]) -> bool:
    """A brief's authors in brackets after its last sentence (……。（张三 李四）)
    are its bylines, not body text: cut them off its last body unit into a
    closing byline unit (before the spaces between the names are cleaned away).
    Returns whether it cut any."""
    body = [u for u in group if u.block.role == BODY]
    if not body or any(u.block.role == BYLINE for u in group):
        return False
    unit = body[-1]
    at = _last_bracket(unit, _line_over(body))
    if at is None:
        return _cut_names_line(group, unit)
    k, pos = at
    # a line break inside the bracket cuts a name (罗秀 / 强) or falls between two
    tail, names = _bracket_names(unit.block.lines, at, "")
    if names and k + 1 < len(unit.block.lines) and _two_names_broken(names):
        tail, names = _bracket_names(unit.block.lines, at, " ")  # （张三 / 李四）: the break was the space
    elif not names:
        tail, names = _bracket_names(unit.block.lines, at, " ")
    if names:
        closing = _cut(group, unit, at, tail, BYLINE)
        closing.bylines, closing.closing = names, True
        return True
    return _cut_names_line(group, unit)


def _line_over(body: list[Unit]) -> str:
    """The last line of the body unit over the last one (or nothing)."""
    return body[-2].block.lines[-1] if len(body) > 1 and body[-2].block.lines else ""


def _bracket_names(lines: list[str], at: tuple[int, int], glue: str) -> tuple[str, list[Byline]]:
    """The bracket from ``at`` to the unit's end, its lines joined with ``glue``,
    and the names it holds (none when it holds no names)."""
    k, pos = at
    tail = glue.join([lines[k][pos:], *lines[k + 1:]]).strip()
    m = _BRACKETED.fullmatch(tail)
    if not m:
        return tail, []
    inner = m.group("inner")
    # a space may be a line break inside a name (何金帆 郑海 燕): try without each one
    variants = [inner] + [inner[:i] + inner[i + 1:] for i, c in enumerate(inner) if c == " "]
    return tail, parse_bracket_byline(tail) or [Byline(None, n) for n in next(
        (found for found in map(name_tokens, variants) if found), None)
        or run_together_names(inner.replace(" ", "")) or []]


def _two_names_broken(names: list[Byline]) -> bool:
    """One name of four characters read across a line break inside the
    bracket, each half a name that opens with a surname (姚俊魏涛 from （姚俊 /
    魏涛）): two names, the break their space; no compound surname opens it."""
    if len(names) != 1 or names[0].role or len(names[0].name or "") != 4:
        return False
    name = names[0].name or ""
    return name[:2] not in COMPOUND_SURNAMES and starts_with_surname(name[:2]) and starts_with_surname(name[2:])


def _cut_names_line(group: list[Unit], unit: Unit) -> bool:
    """Two names or more set apart by spaces on the body's last line, under a
    line that ended its sentence or closed it with a dateline (……。（本报江城
    3月2日电） / 张三 李四, flush right): the authors, read into the body's
    block by a line stream; cut into a closing byline unit. A sentence's
    wrapped tail ends with its mark, never with a name."""
    lines = unit.block.lines
    if len(lines) < 2:
        return False
    above, text = lines[-2].rstrip(), lines[-1].strip()
    if " " not in text or not (above.endswith(("。", "！", "？", "”")) or (
            above.endswith(("电）", "电)")) and closes_with_byline(lines[-2:-1]))):
        return False
    names = name_tokens(text) or []
    if len(names) < 2 or not all(starts_with_surname(n) for n in names) or "".join(names) != text.replace(" ", ""):
        return False
    closing = _cut(group, unit, (len(lines) - 1, 0), text, BYLINE)
    closing.bylines, closing.closing = [Byline(None, n) for n in names], True
    return True


_CLOSING_DATELINE = CLOSING_DATELINE


def is_closing_dateline(units: list[Unit], k: int) -> bool:
    """A dateline in brackets alone after a finished sentence (（本报河内2月3日电）),
    or after the authors' bracket that closes it (（记者 张三） / （本报上海2月20日电）)."""
    text = "".join(units[k].block.lines).replace(" ", "")
    if k == 0 or _CLOSING_DATELINE.fullmatch(text) is None:
        return False
    before = units[k - 1]
    if before.role == BYLINE and before.closing:
        return True
    return before.role in (OTHER, BODY) and before.lines[-1].rstrip()[-1:] in "。！？”"


def cut_closing_dateline(group: list[Unit]) -> str | None:
    """A dateline in brackets after the last sentence (……。（本报河内2月3日电）)
    closes the article: cut it off the body and return it."""
    alone = [u for u in group if u.block.role == DATELINE]
    if alone:
        m = _CLOSING_DATELINE.fullmatch("".join(alone[-1].lines).replace(" ", ""))
        if m:
            _reporters(group, alone[-1], m.group("who"))
        return m.group("dateline") if m else None
    body = [u for u in group if u.block.role == BODY]
    if not body:
        return None
    unit = body[-1]
    at = _last_bracket(unit, _line_over(body))
    if at is None:
        return None
    k, pos = at
    tail = "".join(x.strip() for x in [unit.block.lines[k][pos:], *unit.block.lines[k + 1:]])
    # (a space may stand between the dateline and its reporters: 电 记者张三)
    m = _CLOSING_DATELINE.fullmatch(tail.replace(" ", ""))
    if not m:
        return None
    _reporters(group, _cut(group, unit, at, tail, DATELINE), m.group("who"))
    return m.group("dateline")


def _reporters(group: list[Unit], dateline: Unit, who: str | None) -> None:
    """The reporters a closing dateline names (（新华社北京2月25日电 记者张三、李四）):
    a closing byline unit after it."""
    names = split_names(who) if who else []
    if names:
        byline = Unit(Block([who], BYLINE, page=dateline.block.page))
        byline.bylines, byline.closing = names, True
        group.insert(group.index(dateline) + 1, byline)


_BRACKETED = re.compile(r"[（(](?P<inner>[^（）()]{2,80})[）)]")


def is_quote_attribution(lines: list[str]) -> bool:
    """A line of a dash and a name or 编者 alone (——习近平, ——编者): who said the
    quotation or wrote the editor's note over it, the last paragraph of that
    text, never a subtitle (a dashed subtitle says more than a name: ——访…,
    ——记…) nor a headline of the text after it. A credit (——张三摄) is no such line."""
    if len(lines) != 1:
        return False
    m = _ATTRIBUTION.fullmatch(lines[0].strip())
    return bool(m) and not m.group(1).endswith("摄")


#: a dash, then a name of two to three characters (or 编者) and nothing else
_ATTRIBUTION = re.compile(r"(?:——|—|－－|--)[ \u3000]*([\u4e00-\u9fff·]{2,3})")


__all__ = ["bare_credit", "closes_with_byline", "closing_names", "cut_closing_dateline", "cut_closing_names", "is_closing_dateline",
           "is_quote_attribution"]
