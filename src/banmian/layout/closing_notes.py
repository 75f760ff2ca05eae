"""A closing note in brackets (（作者单位：…）, （作者为…）) ends its article's
body: once its bracket is closed nothing goes on from it, so the line under it
(a photo's caption, the next headline) opens a unit of its own."""

from __future__ import annotations

from ..model import Block
from .rules import CLOSING_DATELINE, is_closing_note
from .stream_measure import unbalanced

#: a note in brackets wraps over this many lines at most
_NOTE_LINES = 3
#: (sets, not strings: "" is in every string, so an empty line would pass a test by ``in "）)"``)
_OPENING = frozenset("（(")
_CLOSING = frozenset("）)")


def closes_body(lines: list[str]) -> bool:
    """Are these lines one closing note in brackets (wrapped or not), the bracket closed?"""
    if not lines or len(lines) > _NOTE_LINES or lines[-1].rstrip()[-1:] not in _CLOSING:
        return False  # most units: no bracket closing their last line
    text = "".join(line.strip() for line in lines)
    return (text[:1] in _OPENING and text.endswith(("）", ")")) and is_closing_note(text)
            and not unbalanced(text))


def in_one_bracket(lines: list[str]) -> bool:
    """Are the lines one bracket, wrapped or not (（本报记者张三、 / 李四）)?
    So a text's authors sign it off: what follows is another article's."""
    return bool(lines) and lines[0].lstrip()[:1] in "（(" and lines[-1].rstrip()[-1:] in "）)"


def note_goes_on(lines: list[str], text: str) -> bool:
    """Does ``text`` close the bracket of the closing note ``lines`` left open
    (（作者为江城大学城市 / 规划学院研究员）)? The note's tail, however short, is
    no caption's or headline's line."""
    if not lines or len(lines) >= _NOTE_LINES or ("）" not in text and ")" not in text):
        return False
    head = lines[0].strip()
    return head[:1] in _OPENING and is_closing_note(head) and unbalanced("".join(lines))


#: a closing note's tail that an extractor set apart holds this many characters at most
_TAIL_CHARS = 24


def join_note_tails(blocks: list[Block]) -> list[Block]:
    """A closing note's last line that the extractor put in a block of its own
    (（作者为江城大学城市规划 / blank line / 学院研究员）: it is set flush right, so
    the extractor's text box ends before it) goes back to the note it closes:
    a short line that closes a bracket it never opened, right after a block
    whose last lines open a closing note and leave its bracket open."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        first = block.lines[0].strip() if block.lines else ""
        if (prev is not None and prev.lines and prev.role == block.role and first[-1:] in _CLOSING
                and len(first) <= _TAIL_CHARS and _closes_unopened(first)
                and note_goes_on(_note_lines(prev.lines), first)):
            prev.lines.append(block.lines[0])
            if len(block.lines) == 1:
                continue
            block = Block(block.lines[1:], block.role, page=block.page,
                          line_start=block.line_start + 1 if block.line_start is not None else None)
        out.append(block)
    return out


def _closes_unopened(text: str) -> bool:
    """Does the text close more brackets than it opens?"""
    return sum(map(text.count, _CLOSING)) > sum(map(text.count, _OPENING))


def _note_lines(lines: list[str]) -> list[str]:
    """The last lines of a block from the last one that opens a closing note on."""
    for k in range(len(lines) - 1, max(-1, len(lines) - 1 - _NOTE_LINES), -1):
        if lines[k].lstrip()[:1] in _OPENING and is_closing_note(lines[k]):
            return lines[k:]
    return []


def dateline_goes_on(lines: list[str], text: str) -> bool:
    """Does ``text`` close the bracket of a closing dateline the last of
    ``lines`` left open (……说。（新华社北京2月24日电 记者张三、李 / 四）)?
    The dateline's tail is no line of its own: the bracket, put together,
    is one closing dateline."""
    if not lines or ("）" not in text and ")" not in text):
        return False
    last = lines[-1].strip()
    at = max(last.rfind("（"), last.rfind("("))
    if at < 0 or not unbalanced(last[at:]):
        return False
    return CLOSING_DATELINE.fullmatch((last[at:] + text.strip()).replace(" ", "")) is not None


__all__ = ["closes_body", "dateline_goes_on", "in_one_bracket", "join_note_tails", "note_goes_on"]
