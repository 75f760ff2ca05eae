"""An article's body as units (paragraph pieces of one column, subheadings,
notes) and the paragraphs, bylines and notes made from them; news briefs
(简讯) split into one article per item.

Shared by every geometric source (PDF now, OCR next): the units come from
column blocks in reading order, each line knowing whether it opens a
paragraph (its indent).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Article, Block, Byline, Role, TextLine, union
from .roles import BODY, BYLINE, CONTINUATION, SUBHEADING, TITLE
from .role_lines import role_broken_bylines, title_over_byline
from ..names import starts_with_surname
from .article_build import take_dateline
from .brief_leads import run_in_title
from .column_end_subheadings import join_column_end_subheadings
from .reflow import clean_body_spaces, clean_headline_spaces, join_lines
from .text_credits import credits_a_picture
from .rules import (BRIEF_WORDS, MANY_NAMES, find_continuation, is_closing_note, is_continuation_line, is_genre_label,
                    name_tokens, parse_bracket_byline, parse_byline_line, parse_glued_byline, split_dateline,
                    split_names, starts_with_dateline)
from .marked_bylines import marked_bylines

_BREAK = "\u2028"  # marks a line break inside text still to be joined
_CLOSING_BRACKET = re.compile("[（(](?P<inner>[^（）()]{2,40})[）)]$")
_NAME = re.compile(r"[\u4e00-\u9fff·]{2,5}")
_BRIEF_WORD = re.compile(BRIEF_WORDS)
_PADDED_NAME = re.compile(r"[\u4e00-\u9fff](?:[ \t\u3000]+[\u4e00-\u9fff]){1,2}")
_PLAIN_NAMES = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[\s、，,]+[\u4e00-\u9fff]{2,4}){0,3}")


@dataclass(slots=True)
class Unit:
    """A paragraph piece within one column, or a note / subheading."""

    role: Role
    lines: list[TextLine]
    starts_paragraph: bool = False
    block: Block | None = None
    right: float = 0.0  # where the unit's column ends (for a lead-in title)
    bylines: list[Byline] | None = None  # what a byline line names


def make_blocks(units: list[Unit], page_number: int | None) -> list[Block]:
    """The model blocks of the units (the article's provenance)."""
    out = []
    for u in units:
        boxes = [ln.bbox for ln in u.lines]  # (the lines' boxes, listed once for both)
        u.block = Block([ln.text for ln in u.lines], role=u.role, page=page_number, bbox=union(boxes),
                        font_size=u.lines[0].size, line_bboxes=boxes)
        out.append(u.block)
    return out



def paragraphs_of(units: list[Unit]) -> list[str]:
    paras: list[list[str]] = []
    for u in units:
        if u.role == SUBHEADING:
            paras.extend(lead_in_parts([ln.text for ln in u.lines]))
            paras.append([])
            continue
        if u.role != BODY:
            continue
        if u.starts_paragraph or not paras:
            paras.append([])
        paras[-1].extend(ln.text for ln in u.lines)
    return [p for p in (clean_body_spaces(join_lines(lines)) for lines in paras) if p]


def lead_in_parts(lines: list[str]) -> list[list[str]]:
    """A subheading's lines cut after each line ending in a lead-in dash: the
    place or field it names (北京经开区——) is a line of its own over the
    heading it leads into (高精尖产业促…), as the two are printed."""
    parts: list[list[str]] = [[]]
    for k, text in enumerate(lines):
        parts[-1].append(text)
        if text.rstrip().endswith("——") and k + 1 < len(lines):
            parts.append([])
    return parts


def plain_names(text: str) -> list[Byline] | None:
    """A line that is only one to four names (理论 pages: 朱炳元, 汪 涛)."""
    text = text.strip()
    if _PADDED_NAME.fullmatch(text) and starts_with_surname(text):  # a padded name: 汪 涛
        return [Byline(None, re.sub(r"\s+", "", text))]
    if not _PLAIN_NAMES.fullmatch(text):
        # 庞芳洋　沈 亮, not 访农户 看新貌; a roundup's reporters in as many places, up to ten
        padded = name_tokens(text, MANY_NAMES) if " " in text else None
        if padded and len(padded) >= 2 and all(2 <= len(p) <= 3 and starts_with_surname(p) for p in padded):
            return [Byline(None, p) for p in padded]
        return None
    parts = [p for p in re.split(r"[\s、，,]+", text) if p]
    if any(not 2 <= len(p) <= 3 or not starts_with_surname(p) for p in parts):
        return None  # names of four are rare, labels (核心阅读, 新闸机) open with no surname
    return [Byline(None, p) for p in parts]


def names_by_place(text: str) -> list[Byline] | None:
    """A line alone over an article's text, in a plain face, holding one to
    three names of two or three glyphs apart by spaces (才扬, 强　薇  狄　慧):
    where it stands makes it the byline, whatever the surnames (as a closing
    bracket's names, :func:`_authors_name`); not a label, which has no space
    between its glyphs or a fourth one (核心阅读)."""
    marked = marked_bylines(text)  # 文/张三 图/李四: each name with its part
    if marked:
        return marked
    tokens = name_tokens(text.strip(), MANY_NAMES)
    if not tokens or len(tokens) > 3 or not all(_NAME_GLYPHS.fullmatch(t) and not _NO_AUTHOR.search(t)
                                                 for t in tokens):
        return None
    return [Byline(None, t) for t in tokens]


_NAME_GLYPHS = re.compile(r"[\u4e00-\u9fff]{2,3}")


def names_of_a_team(names: list[Byline]) -> bool:
    """Two or three names apart by spaces, two of them or more opening with a surname (冯春梅 才扬 张璁:
    a rare surname among common ones): a team of authors, set heavy or not; the phrases of a heading apart by
    a space (访农户 看新貌) open with none."""
    return 2 <= len(names) <= 3 and sum(1 for b in names if starts_with_surname(b.name)) >= 2


def fill_body(article: Article, units: list[Unit]) -> None:
    """Paragraphs, bylines at the top, continuation notes and the dateline."""
    role_broken_bylines(units)
    wrapped_byline_units(units)
    title_over_byline(article, units)
    for u in units:
        if u.role == BYLINE and u.bylines:
            article.bylines.extend(b for b in u.bylines if b not in article.bylines)
        if u.role == CONTINUATION:
            note = is_continuation_line(u.lines[0].text)
            if note and note.direction == "to":
                article.continues_to = note.page
            elif note:
                article.continued_from = note.page
    join_column_end_subheadings(units)
    paras = paragraphs_of(units)
    raw = raw_paragraphs(units)  # (once: nothing below changes the units)
    _closing_names_line(article, units, paras, raw)
    while paras:  # a standalone byline line (■ 通讯员 张三) under the headline
        found = parse_byline_line(paras[0]) or parse_glued_byline(paras[0])
        if not found:
            break
        article.bylines.extend(found)
        paras.pop(0)
    take_inline_notes(article, paras)
    raw_first = None  # the opening paragraph as set, for a dateline's authors apart by a space only
    if paras and starts_with_dateline(paras[0]):
        raw_first = next((_join_keeping_name_breaks(r) for r in raw
                          if clean_body_spaces(join_lines(r)) == paras[0]), None)
    article.paragraphs = take_dateline(article, paras, raw_first)
    _closing_dateline(article, raw[-1] if raw else None, raw[-2] if len(raw) > 1 else [])


def wrapped_byline_units(units: list[Unit]) -> None:
    """A byline wrapped in a narrow column (■ 记者 林川 / 钟晓岚 卞一): a unit
    of one line of names set apart by spaces, right under a byline unit's last
    line (within a line's leading) and flush with its left edge, holds more
    of its names, with its last role."""
    for prev, u in zip(units, units[1:]):
        if prev.role != BYLINE or not prev.bylines or u.role not in (BODY, SUBHEADING) or len(u.lines) != 1:
            continue
        above, ln = prev.lines[-1], u.lines[0]
        if not (-0.3 * above.size <= ln.y0 - above.y1 <= 0.8 * above.size and abs(ln.x0 - above.x0) <= above.size
                and abs(ln.size - above.size) <= 0.1 * above.size) or " " not in ln.text.strip():
            continue
        names = plain_names(ln.text)
        if names:
            u.role, u.bylines = BYLINE, [Byline(prev.bylines[-1].role, b.name) for b in names]


def _closing_names_line(article: Article, units: list[Unit], paras: list[str],
                        raw: list[list[str]] | None = None) -> None:
    """A last paragraph that is only a bracket of names set on its own line
    (often flush right: （钟立 史琳）): the authors, read from the lines before
    their spaces are cleaned away (``raw``: :func:`raw_paragraphs` of ``units``, when known)."""
    raw = raw_paragraphs(units) if raw is None else raw
    if len(raw) < 2 or not paras:
        return
    found = closing_names(raw[-1])
    if found and not found[0] and all(starts_with_surname(b.name) for b in found[1]) \
            and paras[-1] == clean_body_spaces(join_lines(raw[-1])):
        article.bylines.extend(b for b in found[1] if b not in article.bylines)
        paras.pop()


def _brackets_joined(raw: list[list[str]]) -> list[list[str]]:
    """Paragraphs' lines with each bracket wrapped onto a flush-right tail (:func:`_bracket_wrapped`) one
    paragraph again: a closing credit in a narrow column (（丁明 周海 / 涛）)."""
    if len(raw) < 2 or not any(_bracket_wrapped(a, b) for a, b in zip(raw, raw[1:])):
        return raw
    joined = [raw[0]]
    for para in raw[1:]:
        if _bracket_wrapped(joined[-1], para):
            joined[-1] = joined[-1] + para
        else:
            joined.append(para)
    return joined


def _bracket_wrapped(opened: list[str], tail: list[str]) -> bool:
    """One line opening a bracket it does not close, then one short line closing it."""
    if len(opened) != 1 or len(tail) != 1:
        return False
    head, end = opened[0].strip(), tail[0].strip()
    return head.startswith(("（", "(")) and not any(c in head for c in "）)") \
        and len(end) <= 4 and end.endswith(("）", ")")) and not any(c in end for c in "（(")


#: (a dispatch from several cities lists them: 本报罗马、利马、首尔、内罗毕3月5日电)
_CLOSING_DATELINE = re.compile(r"[（(](?P<d>(?:本报|新华社|人民日报|中新社)[^（）()\s]{0,30}?电)"
                               r"(?:\s*(?P<who>(?:记者|通讯员)[^（）()]{2,30}))?[）)]$")
_CLOSING_NAMES = re.compile(r"[（(](?P<names>[\u4e00-\u9fff·]{2,5}(?:[\s、，,]+[\u4e00-\u9fff·]{2,5}){0,3})[）)]$")


def _closing_dateline(article: Article, raw_last: list[str] | None = None,
                      raw_before: list[str] | None = None) -> None:
    """The end of the article, set apart (often flush right, wrapping onto a
    short line of its own): （本报莫斯科5月13日电）, with its reporters
    （新华社北京3月14日电 记者程远、韦立平）, and a bracket of names after
    it （姚辉）: the dateline and the bylines, not body."""
    paras = article.paragraphs
    opened = _wrapped_bracket_start(paras)
    if opened is not None:  # a closing bracket wrapped onto lines of its own (flush right)
        if opened == len(paras) - 2 and raw_last is not None:  # (its lines as set: the spaces between names)
            raw_last, raw_before = (raw_before or []) + raw_last, []
        paras[opened:] = ["".join(paras[opened:])]
    if paras and paras[-1].endswith(("）", ")")):  # the reporters in a bracket of their own: （本报记者 张三）
        cut = max(paras[-1].rfind("（"), paras[-1].rfind("("))
        found = parse_bracket_byline(paras[-1][cut:]) if cut >= 0 else None
        if not found and cut >= 0 and raw_last:
            found = _roles_as_set(paras[-1][cut:], (raw_before or []) + raw_last)
        if found:
            article.bylines.extend(b for b in found if b not in article.bylines)
            paras[-1] = paras[-1][:cut].rstrip()
            if not paras[-1]:
                paras.pop()
    if paras:  # a bracket of names alone, or run in after the last sentence (a brief's authors)
        m = _CLOSING_NAMES.search(paras[-1])
        names = [n for n in re.split(r"[\s、，,]+", m.group("names")) if n] if m else []
        as_set = closing_names(raw_last) if raw_last else None  # names apart by a space the text lost
        start = m.start() if m else -1
        if as_set and paras[-1].endswith(("）", ")")) and len(as_set[1]) >= max(2, len(names)):
            joined = "".join(b.name for b in as_set[1])
            if len(paras[-1]) >= len(joined) + 2 and paras[-1][:-1].endswith(joined) \
                    and paras[-1][-len(joined) - 2] in "（(":
                names, start = [b.name for b in as_set[1]], len(paras[-1]) - len(joined) - 2
        if names and all(_authors_name(n) for n in names) \
                and (start == 0 or paras[-1][start - 1] in "。！？”"):
            article.bylines.extend(b for b in (Byline(None, n) for n in names) if b not in article.bylines)
            paras[-1] = paras[-1][:start]
            if not paras[-1]:
                paras.pop()
    if article.dateline or not paras:
        return
    m = _CLOSING_DATELINE.search(paras[-1])
    if m:
        article.dateline = m.group("d")
        if m.group("who"):
            article.bylines.extend(b for b in split_names(m.group("who")) if b not in article.bylines)
        paras[-1] = paras[-1][:m.start()].rstrip()
        if not paras[-1]:
            paras.pop()


#: a closing bracket set flush right wraps over this many short lines at most after its first
_BRACKET_TAIL_LINES = 3
_BRACKET_TAIL_CHARS = 20


def _wrapped_bracket_start(paras: list[str]) -> int | None:
    """Where the bracket closing the last paragraph opens, when it wrapped onto
    short lines of their own (each read as a paragraph): the index of the
    paragraph whose bracket is left open, the short ones after it holding no
    bracket but the last's closing one; else ``None``."""
    if len(paras) < 2 or not paras[-1].endswith(("）", ")")) or any(c in paras[-1] for c in "（("):
        return None
    for k in range(len(paras) - 1, max(-1, len(paras) - 2 - _BRACKET_TAIL_LINES), -1):
        if len(paras[k]) > _BRACKET_TAIL_CHARS:
            return None
        if k < len(paras) - 1 and any(c in paras[k] for c in "（()）"):
            return None
        prev = paras[k - 1] if k else ""
        if k and max(prev.rfind("（"), prev.rfind("(")) > max(prev.rfind("）"), prev.rfind(")")):
            return k - 1
    return None


#: what else a bracket after an article's last sentence holds: a serial's note, an edit, an agency or a role
_NO_AUTHOR = re.compile(r"(?:完|待续|续完|删节|节选|评论员|编者|记者|通讯员|[社网报台电版])$|^据")


def _authors_name(name: str) -> bool:
    """A name in the bracket closing an article: one opening with a common
    surname, or any two or three glyphs but a serial's note (待续), an edit
    (有删节), an agency (新华社) or a role: the bracket after the last sentence
    holds the authors, whatever their surname (莽九晨, 才扬)."""
    return starts_with_surname(name) or (2 <= len(name) <= 3 and not _NO_AUTHOR.search(name))


def take_inline_notes(article: Article, paras: list[str]) -> None:
    """（下转第2版） at the end of the last paragraph, （上接第1版） at the start of the first."""
    if paras:
        note = find_continuation(paras[-1])
        if note and note.direction == "to" and note.end >= len(paras[-1].rstrip()):
            article.continues_to = article.continues_to or note.page
            paras[-1] = paras[-1][:note.start].rstrip()
            if not paras[-1]:
                paras.pop()
    if paras:
        note = find_continuation(paras[0])
        if note and note.direction == "from" and note.start == 0:
            article.continued_from = article.continued_from or note.page
            paras[0] = paras[0][note.end:].lstrip()
            if not paras[0]:
                paras.pop(0)


# --- news briefs (简讯) ----------------------------------------------------------------

def _roles_as_set(tail: str, raw_lines: list[str]) -> list[Byline] | None:
    """The closing bracket's reporters read from the lines as set, when the
    cleaned text lost the spaces between the role and each name
    (（本报记者张明远李华清） from （本报记者 张明远 / 李华清）, wrapped onto a
    line set apart: ``raw_lines`` are the last two paragraphs' lines): only
    when a role is named, each name opens with a surname and the names spell
    the cleaned bracket's end."""
    as_set = closing_names(raw_lines)  # (its words apart as set, the role read as one of them)
    found = parse_bracket_byline("（" + " ".join(b.name for b in as_set[1]) + "）") if as_set else None
    if not found or not any(b.role for b in found) or not all(
            b.name and len(b.name) <= 3 and _authors_name(b.name) for b in found) \
            or sum(1 for b in found if not starts_with_surname(b.name)) > len(found) // 2:
        return None  # (each a person's name, most with a common surname: a role over other words is the text's)
    names = "".join(b.name for b in found)
    return found if re.sub(r"\s", "", tail)[:-1].endswith(names) else None


def closing_names(lines: list[str]) -> tuple[str, list[Byline]] | None:
    """A paragraph's lines ending in ``（陈佳 林松）`` -> (the text before,
    bylines without role). A space lost at a line break inside the bracket
    still separates two names when both sides are at least two characters."""
    if not lines or not lines[-1].rstrip().endswith(("）", ")")):
        return None  # (the bracket closes the last line: most paragraphs end otherwise, nothing to join)
    marked = _BREAK.join(line.strip() for line in lines)
    m = _CLOSING_BRACKET.search(marked)
    if not m:
        return None
    names: list[str] = []
    for token in re.split("[ \t\u3000\xa0、，,]+", m.group("inner")):  # not \s: it takes _BREAK
        parts = [p for p in token.split(_BREAK) if p]
        if len(parts) > 1 and all(len(p) >= 2 for p in parts):
            names.extend(parts)
        elif parts:
            names.append("".join(parts))
    bracket = m.group(0).replace(_BREAK, "")
    if is_closing_note(bracket):
        return None  # an editor's note wrapped (（相关报道 / 见第十二版）): its words are no names
    before = clean_body_spaces(join_lines(marked[:m.start()].split(_BREAK)))
    if credits_a_picture(before, bracket):
        return None  # ……摄影报道（人民视觉）: the picture's agency, not the authors
    if names and all(_NAME.fullmatch(n) for n in names) and not is_genre_label(m.group("inner")):
        return before, [Byline(None, n) for n in names]
    with_roles = parse_bracket_byline(m.group(0).replace(_BREAK, ""))
    return (before, with_roles) if with_roles else None


def _join_keeping_name_breaks(lines: list[str]) -> str:
    """Join a paragraph's lines, keeping a line break inside an open bracket
    as a space when two characters or more stand on each side of it: the
    space between two authors (（张文 / 杨希壮）) falls at the line's end."""
    text = lines[0].strip() if lines else ""
    for line in lines[1:]:
        line = line.strip()
        opened = text.rfind("（")
        close = line.find("）")
        if opened > text.rfind("）") and close >= 2 and len(text) - opened > 2 \
                and " " not in line[:close] and " " not in text[opened:]:
            text += " " + line
        else:
            text = join_lines([text, line])
    return text


def raw_paragraphs(units: list[Unit]) -> list[list[str]]:
    """Body lines per paragraph, not yet joined."""
    paras: list[list[str]] = []
    for u in units:
        if u.role != BODY:
            continue
        if u.starts_paragraph or not paras:
            paras.append([])
        paras[-1].extend(ln.text for ln in u.lines)
    return paras


def is_brief(article: Article, units: list[Unit]) -> bool:
    """A short heading (or none: a column logo) over at least two items that
    each end in a bracketed author."""
    title = article.headline.title or ""
    if len(title) > 8:
        return False
    closed = sum(1 for lines in _brackets_joined(raw_paragraphs(units)) if closing_names(lines))
    return closed >= 2 or (closed == 1 and _BRIEF_WORD.search(title) is not None)


def split_brief(group: Article, units: list[Unit], join_title) -> list[Article]:  # noqa: ANN001
    """One article per item: the item's own lead-in (if any) as title, its
    bracketed author as byline. The shared heading (简讯) is a label of the
    column, like a column logo: no item's kicker (the caller keeps its block)."""
    items: list[Article] = []
    current: list[Unit] = []
    title: list[TextLine] = []
    title_block: list[Block] = []
    right = 0.0
    para: list[str] = []

    def close() -> None:
        nonlocal current, title
        if not current:
            return
        item = Article(id="")
        title = title or run_in_title(current)  # a lead phrase set heavier, run into the text
        item.headline.title = clean_headline_spaces(join_title(title, right)) if title else None
        raw = _brackets_joined(raw_paragraphs(current))
        found = closing_names(raw[-1]) if raw else None
        paras = [clean_body_spaces(join_lines(lines)) for lines in raw]
        if found:
            paras[-1] = found[0]
            item.bylines.extend(found[1])
        paras = [p for p in paras if p]
        take_inline_notes(item, paras)
        if paras:
            split = split_dateline(paras[0])
            if split.dateline:
                item.dateline = split.dateline
                item.bylines[:0] = split.bylines
                paras[0] = split.rest
        item.paragraphs = [p for p in paras if p]
        item.blocks = title_block + [u.block for u in current if u.block is not None]
        items.append(item)
        current, title = [], []
        title_block.clear()

    for u in units:
        if u.role == SUBHEADING:
            close()
            title = list(u.lines)
            if u.block is not None:
                u.block.role = TITLE
                title_block.append(u.block)
            right = u.right
            para = []
            continue
        current.append(u)
        if u.role != BODY:
            continue
        para = [ln.text for ln in u.lines] if u.starts_paragraph else para + [ln.text for ln in u.lines]
        if closing_names(para):
            close()
            para = []
    if current and any(u.role == BODY for u in current):
        close()
    return items
