"""Cut an extracted page's blocks into units with one role each: byline lines,
photo credits (with the caption above them), continuation notes and closing
notes are cut out of the blocks they stand in; the rest is text whose role
(headline or body) text layout decides later."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Block, Byline, Role
from .roles import BODY, BYLINE, CAPTION, CONTINUATION, CREDIT, FOOTER, HEADER, OTHER, TITLE
from ..names import starts_with_surname
from .closing_notes import closes_body
from .line_stream import is_closing_note
from .reflow import cell_width, ends_sentence
from .rules import (find_continuation, is_continuation_line, name_tokens, parse_bracket_byline, parse_byline_line,
                    parse_credit)
from .text_credits import (CAPTION_LINES, bare_credit, caption_and_credit, caption_start, closes_text_above,
                           cut_after_credit, name_alone_credit, narrower_than_caption, opens_caption,
                           rejoin_wrapped_credits, short_over, title_over_caption)
from .text_units import Unit, unit_of_lines
from .tier_patterns import has_title_tag
from .marked_bylines import commentator_byline, marked_bylines


def _credit_tails_back(blocks: list[Block]) -> list[Block]:
    """A credit's tail that a line stream cut into a block of its own (…。 本报记者 /
    张三摄) goes back to the caption's block when the two read as one wrapped credit.
    A line set vertically (a headline's strip beside the photo) is no line of a credit."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if (prev is not None and len(block.lines) == 1 and block.role == prev.role == OTHER and prev.lines
                and not block.vertical
                and "摄" in prev.lines[-1] + block.lines[0]):
            joined = rejoin_wrapped_credits([*prev.lines, block.lines[0]])
            if len(joined) == len(prev.lines):
                prev.lines[:] = joined
                continue
        out.append(block)
    return out


def _past_credits(lines: list[str]) -> Iterator[tuple[int, str]]:
    """The lines with their indexes, a line running on past a caption's credit
    (…中的事。 本报记者 张三摄 去年末，…: the next column's line read across) cut
    in two after the credit, both pieces on the line's index."""
    for i, line in enumerate(lines):
        cut = cut_after_credit(line) if "摄" in line else None
        if cut:
            yield i, cut[0]
            yield i, cut[1]
        else:
            yield i, line


def rejoin_wrapped_notes(lines: list[str]) -> list[str]:
    """A jump note the column wrapped (…监督。（下转第八 / 版）) put back whole on
    the line it opens on, where the note at a line's end is read."""
    out: list[str] = []
    for line in lines:
        tail = line.strip()
        if out and 0 < len(tail) <= _NOTE_TAIL and tail[-1] in "）)" and "版" in out[-1] + tail:
            above = out[-1].rstrip()
            opened = max(above.rfind("（"), above.rfind("("))
            note = find_continuation(above + tail) if opened >= 0 and not above[opened:].count("）") else None
            if note is not None and note.start == opened and note.end == len(above + tail):
                out[-1] = above + tail
                continue
        out.append(line)
    return out


#: the most characters of a jump note wrapped onto the next line (版）, 八版）)
_NOTE_TAIL = 4


def split_units(blocks: list[Block]) -> list[Unit]:
    """Cut byline lines, credit lines and continuation notes out of blocks."""
    units: list[Unit] = []
    for block in _credit_tails_back(blocks):
        if block.role in (HEADER, FOOTER):  # a line stream's furniture, already found
            units.append(Unit(block))
            continue
        if block.role == TITLE and len(block.lines) == 1:  # a title a line stream told by its place
            units.append(Unit(block))
            continue
        if block.role == BYLINE:  # names alone under a headline, found in a line stream
            units.append(Unit(block, bylines=[b for line in block.lines
                                              for b in marked_bylines(line) or [Byline(None, n) for n in
                                                                                 name_tokens(line) or []]]))
            continue
        # (a wrapped credit holds 摄, a wrapped note 版: asked of the block once, most blocks hold neither)
        text = "\n".join(block.lines)
        if len(block.lines) > 1 and ("摄" in text or "版" in text):
            block.lines[:] = rejoin_wrapped_notes(rejoin_wrapped_credits(block.lines))
            text = "\n".join(block.lines)
        if _plain(text):  # most bodies' blocks: no line holds a byline, a credit or a note: one unit
            if block.lines:  # (the block itself, no copy: the blocks cut here are the layout's own)
                block.role = OTHER
                units.append(Unit(block))
            continue
        current: list[str] = []
        begin = 0
        lead = 0.0  # cells a note run into the running unit's first line took

        def flush(role: Role = OTHER) -> None:
            nonlocal lead
            if current:
                units.append(unit_of_lines(current, role, block, begin))
                units[-1].lead, lead = lead, 0.0
                current.clear()

        def alone(text: str, role: Role, i: int) -> Unit:
            """Close the running unit and add ``text`` as a one-line unit."""
            flush(CAPTION if role == CREDIT else OTHER)
            units.append(unit_of_lines([text], role, block, i))
            return units[-1]

        for i, line in _past_credits(block.lines):
            if _plain(line):  # most body lines: no byline, credit or note can be in them
                if not current:
                    begin = i
                current.append(line)
                continue
            closing = _bracket_bylines(line) if line.count("）") + line.count(")") > 1 else None
            if closing:  # （张三）（李四 王五）: closing bylines, two columns' ends on one line
                unit = alone(line, BYLINE, i)
                unit.bylines, unit.closing = closing, True
                continue
            # 本报记者 张三摄 is a photo credit, not a byline naming 张三摄
            bylines = None if parse_credit(line) or name_alone_credit(line) else parse_byline_line(line)
            signed = commentator_byline(line) if not bylines and not line.lstrip().startswith("—") else None
            bylines = bylines or ([signed] if signed else None)  # 本报评论员 under a title
            if bylines:
                alone(line, BYLINE, i).bylines = bylines
                continue
            # the caption's lines above: in this block, or the block just before (a line stream)
            # (a line that opens with 图为 opens its caption: the unit before is none of it; nor is a
            # line that closes the text above it, （本报…电）, （张三）, 张三 李四)
            # (only a line with 摄 or a bracket closes a caption with its credit: most need no look back)
            credited = "摄" in line or "）" in line or ")" in line
            opened = 0 if current or not credited or opens_caption(line) else _caption_opened_above(units)
            before = units[-1] if (not current and units and _may_open_caption(units[-1])
                                   and not opens_caption(line)) else None
            above = [ln for u in units[len(units) - opened:] for ln in u.lines] if opened else None
            captioned = caption_and_credit(line, "".join(current or above or (before.block.lines if before else [])))
            if captioned and before is not None and (
                    short_over(before.block.lines[-1], captioned[0])
                    or any(narrower_than_caption(ln, captioned[0]) for ln in before.block.lines)
                    or (len(before.block.lines) == 1 and len(units) > 1 and _closes_with_names(units[-2])
                        and title_over_caption([before.block.lines[0], captioned[0]], after_names=True))):
                # a phrase over the caption's line (a headline over its photo's caption), or a line
                # narrower than the caption's measure (a title, a column's cut line), or a headline
                # right after a text's authors: no part of it
                before = None
                captioned = caption_and_credit(line, "".join(above or []))
            if captioned:  # 图为…。 张三/摄: a caption (its lines above too) closed by its credit
                if opened:  # 图为… / …… / ……。 张三摄, a line a block: one caption
                    _join_units(units, opened)
                    before = units[-1]
                if before is not None:
                    before.block.lines.append(captioned[0])
                    before.block.role = CAPTION
                else:
                    if not current:
                        begin = i
                    note = _closing_note_lines(current)
                    if note:  # （作者为…） closes the body: no caption line
                        rest = current[note:]
                        del current[note:]
                        flush()
                        current.extend(rest)
                        begin = i - len(rest)
                    current.append(captioned[0])
                    cut = caption_start(current, bool(units) and _closes_with_names(units[-1]))
                    if cut:  # the text over the caption is a body's, ended before the caption opens
                        rest = current[cut:]
                        del current[cut:]
                        flush()
                        current.extend(rest)
                        begin = i + 1 - len(rest)
                    flush(CAPTION)
                    _caption_runs_from_above(units)
                units.append(unit_of_lines([line], CREDIT, block, i))
                units[-1].credit = captioned[1]
                continue
            credit = parse_credit(line) or bare_credit(line) or name_alone_credit(line)
            if credit:
                # the caption is the text right above, in this block or the one before
                if not current and units and units[-1].block.role == OTHER and units[-1].block is not block:
                    opened = _caption_opened_above(units, closed=True)
                    if opened:  # ……部队 / 对……新 / 的期待。 / 张三摄, a line a block: one caption
                        _join_units(units, opened)
                    _caption_closing(units)
                    _caption_runs_from_above(units)
                elif current:
                    cut = caption_start(current, bool(units) and _closes_with_names(units[-1]))
                    if cut:  # a body's text, then the caption over its credit
                        rest = current[cut:]
                        del current[cut:]
                        flush()
                        current.extend(rest)
                        begin = i - len(rest)
                    flush(CAPTION)
                    _caption_runs_from_above(units)
                alone(line, CREDIT, i).credit = credit[1]
                continue
            note = is_continuation_line(line)
            if note:
                alone(line, CONTINUATION, i).note = note
                continue
            embedded = find_continuation(line)
            if embedded and embedded.end == len(line.rstrip()) and embedded.start > 0:
                # …任务。（下转第2版）: the note closes the line's text
                if not current:
                    begin = i
                current.append(line[:embedded.start].rstrip())
                alone(line[embedded.start:].strip(), CONTINUATION, i).note = embedded
                continue
            if embedded and embedded.direction == "from" and embedded.start == 0 and line[embedded.end:].strip():
                # （上接第一版）每个项目都设立…: the note opens the text it carries on, run into its first line
                alone(line[:embedded.end], CONTINUATION, i).note = embedded
                begin, lead = i, cell_width(line[:embedded.end])
                current.append(line[embedded.end:])
                continue
            if not current:
                begin = i
            current.append(line)
        flush()
    return units


def _may_open_caption(unit: Unit) -> bool:
    """Can this unit be a caption's first lines, the rest on the credit's line? A
    line or two of text ending no sentence, no closing note, nothing that only
    closes the text above it (（本报…电）, （张三）, 张三 李四)."""
    return (unit.block.role == OTHER and len(unit.block.lines) <= 2 and not ends_sentence(unit.block.lines[-1])
            and not closes_body(unit.block.lines) and not closes_text_above("".join(unit.block.lines))
            and not is_closing_note(unit.block.lines[0]))


def _caption_opened_above(units: list[Unit], closed: bool = False) -> int:
    """How many units back a caption opens when a line stream cut it a line a
    block (图为… / …… / ……。 张三摄): back to its opener (图为…), or to a sentence's
    line as wide as the caption's next one (wrapped at one measure) right after a
    finished sentence (the body above it ended). Each of them may open a
    caption (``closed``: the last may end its sentence, over a credit alone), a
    caption's few lines in all; 0 when none is found."""
    if not units or units[-1].block.role != OTHER or not (closed or _may_open_caption(units[-1])):
        return 0
    for back in range(2, CAPTION_LINES + 1):
        if back > len(units) or (back > 2 and not _may_open_caption(units[-back + 1])):
            return 0
        unit = units[-back]
        if not _may_open_caption(unit) or sum(len(u.block.lines) for u in units[-back:]) > CAPTION_LINES + closed:
            return 0
        if opens_caption(unit.block.lines[0]):
            return back
        prev = units[-back - 1] if back < len(units) else None
        if (len(unit.block.lines) == 1 and _same_measure(unit.block.lines[0], units[-back + 1].block.lines[0])
                and prev is not None and prev.role in (OTHER, BODY) and ends_sentence(prev.lines[-1])):
            return back
    return 0


#: the marks inside a sentence's line: a caption's first line, cut mid-sentence, holds one
_INNER_MARKS = "，、；：“”‘’《》（）"


def _same_measure(line: str, below: str) -> bool:
    """Is ``line`` a sentence's first line wrapped at the measure of the line under
    it: as wide (to half a cell), with a mark inside (宋远帆在走访中注意到，基层单位 /
    对人才培养…)? A headline line over a caption (竹丝里的三百年) is seldom either."""
    return abs(cell_width(line) - cell_width(below)) <= 0.5 and any(m in line[:-1] for m in _INNER_MARKS)


#: the most lines of a caption's start a block break leaves in the unit above it
_CAPTION_RUN_LINES = 2


def _caption_runs_from_above(units: list[Unit]) -> None:
    """The caption just cut off (the last unit) began in the unit above it: that
    unit's last lines end no sentence (…一位老人笑着说： / “以后天天来…”) and are the
    caption's start, opened by 图为 or set at the caption's own measure (its
    photo's, not the column's) right after a sentence that ended. A line stream
    breaks a block where a line opens with a quote; a sentence runs on over it."""
    if len(units) < 2 or units[-1].block.role != CAPTION or units[-2].block.role != OTHER:
        return
    above, caption = units[-2], units[-1]
    lines, first = above.block.lines, caption.block.lines[0]
    if not _runs_on(lines[-1]) or closes_body(lines[-2:]) or closes_text_above(lines[-1]):
        return
    for n in range(1, _CAPTION_RUN_LINES + 1):
        if n > len(lines) or (n > 1 and not _runs_on(lines[-n])):
            return
        run = lines[-n:]
        if n == len(lines):
            before = units[-3].block.lines[-1] if len(units) > 2 else ""
            column = None
        else:
            before = lines[-n - 1]
            column = max(cell_width(line) for line in lines[max(0, len(lines) - n - 6):-n])
        if not ends_sentence(before):
            continue
        # (a headline over the caption, 公园新，春意浓（城建观察）, closes with its column's tag: no sentence's)
        measured = all(_same_measure(line, first) and not has_title_tag(line) for line in run) and (
            column is None or abs(column - cell_width(first)) >= 1)
        if opens_caption(run[0]) or measured:
            break
    else:
        return
    if n < len(lines):
        src = above.block
        del lines[-n:]
        units.insert(len(units) - 1, unit_of_lines(run, OTHER, src, len(lines)))
    _join_units(units, 2)
    units[-1].block.role = CAPTION


def _runs_on(line: str) -> bool:
    """Does the line leave its sentence open: no full stop at its end (a colon
    or a semicolon leaves it open: 他说： / “……”)?"""
    bare = line.rstrip().rstrip("”’）」』》)】")
    return not ends_sentence(line) or bare[-1:] in "：；"


def _join_units(units: list[Unit], count: int) -> None:
    """The last ``count`` units made one (a caption's lines cut apart)."""
    first = units[-count]
    for unit in units[len(units) - count + 1:]:
        first.block.lines.extend(unit.lines)
    del units[len(units) - count + 1:]


#: a byline names a role, a credit ends with 摄 or an agency, a continuation note names a 版
_PLAIN = re.compile(r"记者|通讯员|实习生|评论员|摄|版|视觉|影像|图片|供图|社发")


def _plain(line: str) -> bool:
    """A line none of the cuts of :func:`split_units` can take: the words each
    cut needs are missing, and it holds at most one closing bracket."""
    # (the brackets counted first, in C: a line of many is no plain one, its words not searched for)
    return line.count("）") + line.count(")") <= 1 and _PLAIN.search(line) is None


_BRACKET = re.compile(r"[（(][^（）()]+[）)]")


def _bracket_bylines(line: str) -> list[Byline] | None:
    """A line of bracketed names only, one bracket or several: （张三）（李四 王五）."""
    text = line.strip()
    groups = _BRACKET.findall(text)
    if not groups or "".join(groups) != text:
        return None
    names: list[Byline] = []
    for group in groups:
        found = parse_bracket_byline(group)
        if not found:
            inner = group[1:-1].strip()
            # a space may be a line break inside a name (王小 芳): try without each one
            variants = [inner] + [inner[:i] + inner[i + 1:] for i, c in enumerate(inner) if c == " "]
            tokens = next((t for t in map(name_tokens, variants)
                           if t and all(starts_with_surname(n) and len(n) >= 2 for n in t)), None)
            if not tokens:
                return None
            found = [Byline(None, n) for n in tokens]
        names.extend(found)
    return names


def _caption_closing(units: list[Unit]) -> None:
    """The unit before a credit alone is its caption; when a body's text ended
    in it before the caption opens (a line stream runs them into one block),
    only the caption's lines are cut off as the caption."""
    last = units[-1]
    cut = caption_start(last.block.lines, len(units) > 1 and _closes_with_names(units[-2]))
    if not cut:
        last.block.role = CAPTION
        return
    src = last.block
    offset = 0 if src.line_start is None else src.line_start
    head, tail = list(src.lines[:cut]), list(src.lines[cut:])
    src.lines[:] = head
    caption = Block(tail, CAPTION, page=src.page, line_start=offset + cut if src.line_start is not None else None,
                    bbox=src.bbox, font_size=src.font_size)
    units.append(Unit(caption))


def _closes_with_names(unit: Unit) -> bool:
    """Does the unit close a text with its authors or its dateline: a byline,
    names alone (张三, 张三 李四), reporters (本报记者张三), a bracket alone
    (（张三）, （本报北京2月3日电）)?"""
    if unit.block.role == BYLINE:
        return True
    line = unit.block.lines[-1].strip() if unit.block.lines else ""
    if closes_text_above(line):
        return True
    if _REPORTERS.match(line):
        return True
    names = name_tokens(line) if 2 <= len(line) <= 3 else None
    return bool(names) and names == [line] and starts_with_surname(line)


#: reporters named with their role on a line of their own, no space or mark: 本报记者张三李四
_REPORTERS = re.compile(r"(?:本报|新华社)?(?:记者|通讯员|实习生)[\u4e00-\u9fff]{2,12}$")


def _closing_note_lines(lines: list[str]) -> int:
    """How many of the first lines are a closing note (（作者为…）, wrapped or
    not, its bracket closed); 0 when they open with none."""
    if not lines or not is_closing_note(lines[0]) or lines[0].lstrip()[:1] not in "（(":
        return 0
    for k, line in enumerate(lines[:3]):
        if line.rstrip().endswith(("）", ")")):
            return k + 1
    return 0


__all__ = ["split_units"]
