"""Text set vertically, as extractors give it: one character a line (a
vertical headline, a vertical byline beside it), punctuation included. Put
back on one line by the line stream (:mod:`.line_stream`)."""

from __future__ import annotations

import re

from ..names import HUNDRED_SURNAMES, starts_with_surname
from .rules import ROLES

_ONE_CHARACTER = re.compile(r"[\u4e00-\u9fff]")
#: what a vertical line holds: a character, a digit of a year, a mark
ONE_GLYPH = re.compile(r"[\u4e00-\u9fff\u30070-9A-Za-z“”‘’（）()《》〈〉「」·：、，！？]")
CLOSING_MARKS = "”’》）)】」』"


def same_block(previous: int | None, number: int | None) -> bool:
    """Source line numbers one apart: no blank line between (one block)."""
    return previous is not None and number is not None and number == previous + 1


def join_vertical(lines: list[tuple[str, int | None]]) -> list[tuple[str, int | None]]:
    """Text set vertically comes one character a line (于 / 春; a vertical
    headline): a run of two or more such lines (a CJK character among them;
    digits of a year come one a line too) is put back on one line. Where the
    run's lines stand in one block, a blank line ends it: the vertical
    headline and the vertical byline beside it are two blocks."""
    out: list[tuple[str, int | None]] = []
    run: list[tuple[str, int | None]] = []
    body: list[str] = []  # the text set across, asked only when a long vertical run ends in a name
    # text given in blocks (blank lines between): a vertical byline stands in a block of its own
    blocks = any(not same_block(a, b) for (_, a), (_, b) in zip(lines, lines[1:]))
    vertical: list[int] = []  # where in ``out`` the runs put together stand

    def flush() -> None:
        if len(run) >= 2 and out and out[-1][0][-2:-1] == " " and _ONE_CHARACTER.fullmatch(out[-1][0][-1]) and not (
                vertical and vertical[-1] == len(out) - 1) and out[-1][0][-1] != "摄":  # (张三 摄: a credit)
            # the run's first glyph on the baseline of the line set across before it, glued onto
            # that line's end after a space (…（金台点兵） 驻 / 村 / 帮 / 扶: pdftotext -raw)
            text, number = out.pop()
            out.append((text[:-2].rstrip(), number))
            run.insert(0, (text[-1], number))
        if len(run) >= 3 and _tail_glyph_over_names(out, run) and not (vertical and vertical[-1] >= len(out) - 2):
            # …提请常委会会议审 / 议 / 郑 / 远: the first glyph closes the wrapped line set across
            # before it, the rest is a vertical name
            text, number = out.pop()
            out.append((text.rstrip() + run.pop(0)[0].strip(), number))
        section = None
        if len(run) >= 2 and any(_ONE_CHARACTER.fullmatch(t.strip()) for t, _ in run):
            text = "".join(t.strip() for t, _ in run)
            if len(text) >= _NAME_AFTER_HEADLINE and not body:
                body.append("".join(t.strip() for t, _ in lines if len(t.strip()) > 1))
            if (len(text) > _NAME_AFTER_HEADLINE and text[-1] in _SECTION_NUMBERS
                    and name_at_end(text[:-1], body[0])):
                # …的戏台 / 林海涛 / 一: the body's first section number alone on its line after the
                # vertical names (a name never ends on a bare numeral): a line of its own
                section = run.pop()
                text = text[:-1]
            # right after a vertical headline, a run that parts into whole names is its authors'
            names = names_run_together(text) if vertical and vertical[-1] == len(out) - 1 else None
            # the vertical names right under the vertical headline, no blank line between
            cuts: list[int] = []
            # (a run the extractor gave as one block is one strip: its last characters are no names)
            whole = blocks and all(same_block(a, b) for (_, a), (_, b) in zip(run, run[1:]))
            while (not names and not whole and len(cuts) < _MOST_NAMES_CUT
                   and len(text[:cuts[-1] if cuts else None]) >= _NAME_AFTER_HEADLINE):
                cut = name_at_end(text[:cuts[-1] if cuts else None], body[0], common=bool(cuts))
                if not cut:
                    break
                cuts.append(cut)
            if cuts:  # the headline, then its authors' names on one line
                head = text[:cuts[-1]]
                names_line = " ".join(text[a:b] for a, b in zip(reversed(cuts), [*reversed(cuts[:-1]), None]))
                role = _role_at_end(head)
                if role:  # …上好课 / 本 / 报 / 记 / 者 / 杜 / 宇: the role stacked over the name signs with it
                    head, names_line = head[:-len(role)], f"{role} {names_line}"
                out.extend([(head, run[0][1]), (names_line, run[cuts[-1]][1])])
            elif names:  # right after a vertical headline: its authors' names run together
                out.append((" ".join(names), run[0][1]))
            else:
                out.append((text, run[0][1]))
            vertical.append(len(out) - 1)
            if section is not None:
                out.append(section)
        else:
            out.extend(run)
        run.clear()

    for item in [*lines, ("", None)]:
        glyph = item[0].strip()
        if glyph == "摄" and not run and out and _credit_cut_before(out[-1][0]):
            out.append(item)  # …一派生机。 张三 / 摄: a credit's end, no vertical headline's first glyph
            continue
        if len(glyph) == 1 and ONE_GLYPH.fullmatch(glyph):  # (one glyph: most lines are longer)
            apart = bool(run) and not same_block(run[-1][1], item[1])
            ended = len(run) >= 2 and same_block(run[-2][1], run[-1][1]) or bool(run) and run[-1][0].strip() in CLOSING_MARKS
            if (apart and ended or _closes_tag(run)) and item[0].strip() not in CLOSING_MARKS:
                flush()  # the run stood in one block: this character opens another (a closer ends it)
            run.append(item)
            continue
        if run:
            flush()
        if item[0]:
            out.append(item)
    return out


def _tail_glyph_over_names(out: list[tuple[str, int | None]], run: list[tuple[str, int | None]]) -> bool:
    """Does the run open with the last character of the line before it, wrapped
    alone onto a line of its own, the rest a name set vertically (…会议表 / 决 /
    肖 / 瑞)? So when that character opens no name (no surname), the rest is one
    name or names run together, and the line before is a box's wrapped line: no
    shorter than the line over it (a box wraps its lines full; a kicker over the
    title may be shorter), phrase gaps not counted, four characters or more, the
    two ending in no mark (a tier's or a sentence's end). (The caller asks that
    neither line be a vertical run put together.)"""
    glyph = run[0][0].strip()
    if len(out) < 2 or not _ONE_CHARACTER.fullmatch(glyph) or starts_with_surname(glyph):
        return False
    rest = "".join(t.strip() for t, _ in run[1:])
    if not (_HANZI_RUN.fullmatch(rest) and (len(rest) <= 3 and starts_with_surname(rest) or names_run_together(rest))):
        return False
    line, over = "".join(out[-1][0].split()), "".join(out[-2][0].split())
    return len(line) >= max(len(over), _WRAPPED_LINE) and all(_ONE_CHARACTER.fullmatch(x[-1]) for x in (line, over))


#: a headline line wrapped in its box holds this many characters at least
_WRAPPED_LINE = 4
#: a line ending in a name set apart (…一派生机。 张三, or with the credit's slash: …村民说。 张三/): a
#: caption's line its credit's 摄 ends on the next
_NAME_SET_APART = re.compile(r"\S\s+(?P<name>[\u4e00-\u9fff]{2,3})\s*[/／]?$")


def _role_at_end(head: str) -> str | None:
    """The byline role (本报记者, 通讯员) a vertical headline's run ends with,
    over the names cut off it, where a headline of two characters at least
    stands before it; else None."""
    for role in _ROLES_LONGEST_FIRST:
        if head.endswith(role) and len(head) - len(role) >= 2:
            return role
    return None


_ROLES_LONGEST_FIRST = sorted(ROLES, key=len, reverse=True)


def _credit_cut_before(line: str) -> bool:
    """Does ``line`` end in a photographer's name set apart, its 摄 still to come
    (…一派生机。 张三, …村民说。 张三/)? A name opens with a surname; 张三摄 has its 摄."""
    m = _NAME_SET_APART.search(line)
    return m is not None and "摄" not in m.group("name") and starts_with_surname(m.group("name"))
#: a vertical run this long may be a headline with its author's name under it (速览 / 曾嘉平)
_NAME_AFTER_HEADLINE = 4
#: names set vertically under one headline, at most
_MOST_NAMES = 3
#: names cut off the end of a vertical run, at most: one or two authors sign a vertical headline; a
#: third cut takes the title's own last word for a name (…形势严峻 -> 严峻)
_MOST_NAMES_CUT = 2
_HANZI_RUN = re.compile(r"[\u4e00-\u9fff]+")
#: a body's section number, set alone on its line (一, 二): one glyph a line, as vertical text
_SECTION_NUMBERS = "一二三四五六七八九十"


#: a conjunction no headline ends on: the words after it are the headline's (的 may: …奋斗出来的)
_LEFT_OPEN = "和与及"
#: words ending in one of them that close a phrase (祥和, 参与, 惠及)
_CLOSED_ON_CONJUNCTION = ("祥和", "温和", "平和", "柔和", "缓和", "调和", "讲和", "总和", "参与", "给与", "普及", "涉及",
                          "波及", "危及", "惠及", "顾及", "企及", "来不及")
#: surnames that are prepositions too (于, 向): the page's text pairs them with any next character
_FUNCTION_SURNAMES = "于向和"


def name_at_end(text: str, body: str, common: bool = False) -> int:
    """Where a vertical headline ends and its author's name (two or three
    characters, a surname first) begins, or 0; the headline may be as short as
    two characters (速览, 团圆此时: a column's own). A name is none of the page's
    words: neither it nor the pair across the cut occurs in the text set
    across, while a headline's words echo in its body (工程 of 民生工程莫荣
    keeps 程 in the headline). Where the page's silence is all there is to go
    by, a rarer surname (时, 焦, 千: not among the hundred commonest) opens more
    of a headline's words than names: it loses to a name of two opening with a
    commoner one (…此时范金: 范金), and a second name cut after the first one
    (…聚焦安全袁瑞: 袁瑞 alone) must open with a commoner one. (A first name
    alone may open with any: 祝灵君.)"""
    for size in (3, 2):
        head, tail = text[:-size], text[-size:]
        if len(head) < 2 or not _HANZI_RUN.fullmatch(tail) or not starts_with_surname(tail):
            continue
        if tail[0] not in HUNDRED_SURNAMES and (common or size == 3 and tail[1] in HUNDRED_SURNAMES):
            continue  # 时范金 against 范金, a second name 千年 or 焦安全: a rarer surname loses
        if len(head) <= 3 and starts_with_surname(head):
            continue  # names alone (张三李四): no headline over them
        if head[-1] in _LEFT_OPEN and not head.endswith(_CLOSED_ON_CONJUNCTION):
            continue  # …看到美好和 / 高尚: a headline ends on no conjunction
        if tail not in body and head[-1] + tail[0] not in body and not (
                size == 3 and tail[0] not in _FUNCTION_SURNAMES and tail[:2] in body):
            # (a three-character tail whose first two the page says, 文化 of 去书院过个文化年, is a word of
            # the headline, no surname and given name; a preposition's pair, 于明 of 位于明, says no word)
            return len(head)
    return 0


def names_run_together(text: str) -> list[str] | None:
    """Two or three names of two or three characters each, a surname first in
    each (林海涛程佳欣 -> 林海涛, 程佳欣), three-character names first; else None."""
    if not _HANZI_RUN.fullmatch(text) or not 4 <= len(text) <= 3 * _MOST_NAMES:
        return None
    for sizes in _NAME_SIZES.get(len(text), ()):
        names, at = [], 0
        for size in sizes:
            names.append(text[at:at + size])
            at += size
        if all(starts_with_surname(name) for name in names):
            return names
    return None


#: ways to cut a run of names, by its length (three-character names first)
_NAME_SIZES = {4: [(2, 2)], 5: [(3, 2), (2, 3)], 6: [(3, 3), (2, 2, 2)], 7: [(3, 2, 2), (2, 3, 2), (2, 2, 3)],
               8: [(3, 3, 2), (3, 2, 3), (2, 3, 3)], 9: [(3, 3, 3)]}


def _closes_tag(run: list[tuple[str, int | None]]) -> bool:
    """Does the run end with the bracket that closes its column's tag (……（大美中国）)?
    A headline ends there, so the characters after it (the vertical byline 白 / 燕)
    make a line of their own, blocks or no blocks."""
    text = "".join(t.strip() for t, _ in run)
    return len(text) >= 4 and text[-1] in "）)" and text.count("（") + text.count("(") == 1 and text[0] not in "（("


__all__ = ["CLOSING_MARKS", "ONE_GLYPH", "join_vertical", "name_at_end", "names_run_together", "same_block"]
