"""Column labels standing among a headline's tiers (text mode).

A column's label (时代新论, 一线见闻: a few characters, no punctuation) may be
drawn under a headline, before the body or byline, or after a title its
column's tag closes. It is no tier of the headline: these passes set it apart,
unless the line over it leads into it or the body next to it echoes its words.
"""

from __future__ import annotations

import re

from .closing_headline_words import closed_by_next_headline, closes_text_over
from .colon_phrases import second_phrase
from .label_tails import tier_not_label
from .headlines import starts_with_dash
from .narrow_title_tails import narrow_title_tail
from .phrase_lines import phrase_pair
from .reflow import cell_width, ends_sentence
from .roles import BODY, BYLINE, CONTINUATION, FOOTER, HEADER, OTHER, TITLE
from .stream_lines import BYLINE_MARKS
from .text_headlines import words_near
from .text_units import Unit
from .tier_patterns import TITLE_TAG, is_brief_heading, opens_inside_word


#: a column's logo or label (时代新论, 一线见闻): a few characters, no punctuation
_LABEL = re.compile(r"[\u4e00-\u9fff]{4,5}")
#: what opens the second part of a phrase, never a label (a name of its column): the passive 被 and the
#: conjunctions 与, 及, 并, 而, 或 (被告, 与会, 及时, 并购, 而今, 或许 are words of their own)
_LINKED_ON = re.compile(r"(?:被(?!告|子|褥)|与(?!会)|及(?!时|早)|并(?!购|肩)|而(?!今|立)|或(?!许))")
#: what opens a predicate, never a label (a label names its column with no verb): an adverb that only
#: modifies a verb (…支持力度 / 继续加大, …不断提升), or the correlative 越…越 (…的日子 / 越过越好)
_PREDICATE_FIRST = re.compile(r"(?:继续|持续|不断|进一步|逐步|稳步|再次|已经|正在|即将|日益|越.越)")


#: the share of its pairs a label closing the page (one of four: 基层观察 by a text saying 基层), or one over
#: the next headline (none), may have echoed
_CLOSING_SHARE, _NO_SHARE = 0.34, 1e-9


def drop_labels_under_headlines(units: list[Unit]) -> None:
    """A column label (时代新论, 一线见闻) standing under a headline, before the
    body or byline, is no tier of the headline: it labels the column. A short
    tier is no label where the line over it leads into it (……——, a brief
    column's heading) or where the body next to it echoes its words (新农机来了,
    …一矿井 / 发生事故): a label names the column, not what the article tells."""
    dropped: set[int] = set()  # labels this pass made: a title's phrase over one is no label by that alone
    near = words_near(units)
    for i in range(len(units) - 1, 0, -1):
        unit = units[i]
        if unit.block.role != TITLE or len(unit.block.lines) != 1 or not _LABEL.fullmatch(unit.block.lines[0].strip()):
            continue  # (most units: asked before their neighbours are taken)
        prev, nxt = units[i - 1], units[i + 1] if i + 1 < len(units) else None
        first = unit.block.lines[0].strip()
        if _LINKED_ON.match(first) or _PREDICATE_FIRST.match(first) or (
                narrow_title_tail(units, i) and _echo_share(units, i) > 0):
            continue  # …“霸王”充值 / 被判无效, 传统底色 / 与现代点染: a label names its column, it links on to nothing
        if prev.block.role == TITLE and prev.block.lines and tier_not_label(prev.block.lines[-1], unit.block.lines[0], near(i)):
            continue
        if (phrase_pair(prev, unit) and not (i >= 2 and phrase_pair(units[i - 2], prev))
                or second_phrase(prev.block.lines[-1] if prev.block.lines else "", first)):
            # 一人入党 / 全家争先, 张三：一门三杰 / 声名远扬: a title's second phrase, as long as its first
            # (not a third line of that length under a pair: 枝头挂金果 / 钱袋鼓起来 / 百姓视角, the label)
            continue  # …已有 / 五亿多人, …举行 / 孙春兰出席, …制度框 / 架基本建立: an amount, who attended, a word's end
        if nxt is not None and prev.block.role == TITLE and nxt.block.lines and (
                (nxt.block.role == BYLINE and not nxt.closing and nxt.block.lines[0].lstrip()[:1] in BYLINE_MARKS)
                or (nxt.block.role == TITLE and starts_with_dash(nxt.block.lines[0]))):
            # …推动积极的财政政策 / 加力提效 / ■ 通讯员 张三 (or / ——张三出席): a byline set off by its
            # mark, or the subtitle, follows its title's last line; a column's label stands clear of both
            continue
        after = nxt is not None and (nxt.block.role in (BODY, BYLINE, CONTINUATION) or (
            nxt.block.role == OTHER and id(nxt) not in dropped and nxt.block.lines
            and _LABEL.fullmatch(nxt.lines[0].strip())))
        # a label drawn after a closing headline, the next headline or the page's end after it: its words
        # are none of the text's near it (a tier's tail or the next headline's kicker shares some)
        # (not a phrase over another of its length: one title set a phrase a line, 枝头挂金果 / 钱袋鼓起来)
        # (at the page's end, or over its footer, no next headline's kicker can share its words: a pair may)
        ending = nxt is None or nxt.block.role in (HEADER, FOOTER)
        closing = (ending or (nxt.block.role == TITLE and not phrase_pair(unit, nxt, tagged=True))) \
            and _echo_share(units, i) < (_CLOSING_SHARE if ending else _NO_SHARE)
        if prev.block.role == TITLE and (after or closing) and not _leads_into(prev.block.lines[-1]) \
                and not _echoed(units, i) and not (_dashed_wrap(prev.block.lines[-1]) and _as_wide_as_above(units, i - 1)):
            if after and _next_title(units, i):
                unit.opens_group = True  # the next article's title: it opens a headline group of its own
                continue
            unit.block.role = OTHER
            dropped.add(id(unit))
            if not after and nxt is not None and nxt.block.role == TITLE:
                del units[i]  # (kept, a unit between two headlines would cut their group)


def _next_title(units: list[Unit], i: int) -> bool:
    """Is short unit ``i``, over a text, under a headline whose words say it closes
    the text over it? Then it opens that text: the next article's title, no label."""
    nxt = units[i + 1]
    if nxt.block.role != BODY or opens_inside_word(units[i].block.lines[0]):
        return False  # (of 春风里，莫忘 / 了故乡路 the line is the title's tail)
    if not closes_text_over(units, i - 1, i + 1) or closed_by_next_headline(units, i + 1):
        return False  # (江城 港口 / 货通四海 over a text the next headline closes: the title's second line)
    return True


#: a dashed subtitle line this wide (cells) at least is a full line its tail may wrap from
_DASHED_FULL = 12


def _dashed_wrap(line: str) -> bool:
    """Is ``line`` a dashed subtitle's full first line, whose tail a short line
    under it may be (——…元宵晚会 / 今晚登场, ——…教练将受 / 相应处罚)? A column's
    label stands over a headline, not under its subtitle."""
    text = line.strip()
    return text.startswith("——") and cell_width(text) >= _DASHED_FULL and not ends_sentence(text) \
        and text[-1] not in "”’）)》"


def _as_wide_as_above(units: list[Unit], k: int) -> bool:
    """Is the last line of headline unit ``k`` at least as wide as the headline
    line over it? A subtitle set no larger than its title fills its box only
    so; narrower, it ended on that line and wrapped no tail under it."""
    lines = units[k].block.lines
    if len(lines) > 1:
        above = lines[-2]
    elif k and units[k - 1].block.role == TITLE and units[k - 1].block.lines:
        above = units[k - 1].block.lines[-1]
    else:
        return True
    return cell_width(lines[-1].strip()) >= cell_width(above.strip())


def drop_labels_after_tagged_titles(units: list[Unit]) -> list[Unit]:
    """A column label (经济观察, 新论快语) right after a title its column's tag
    closes is no tier of that headline (the tag ended it), whatever follows the
    label: it labels a column, the next article's or the page's. Returns the
    units without such labels (kept, a unit between two headlines would cut
    their group and leave the second without its body)."""
    out: list[Unit] = []
    for i, unit in enumerate(units):
        prev = out[-1] if out else None
        if (prev is not None and unit.block.role == TITLE and len(unit.block.lines) == 1
                and _LABEL.fullmatch(unit.block.lines[0].strip()) and prev.block.role == TITLE and prev.block.lines
                and TITLE_TAG.search(prev.block.lines[-1].strip()) and not _echoed(units, i)):
            continue
        out.append(unit)
    return out


def _leads_into(line: str) -> bool:
    """Does a headline line lead into the tier under it (……——, 新闻速递)?"""
    line = line.strip()
    return line.endswith("—") or is_brief_heading(line)


#: body units either side of a short tier whose words it is looked for in, within this
#: many units of it (a page of headlines alone is searched no further)
_ECHO_UNITS = 4
_ECHO_REACH = 12
#: the share of its character pairs a tier's nearby body must spell to tell of the same thing
_ECHO_SHARE = 0.5


def _echoed(units: list[Unit], i: int) -> bool:
    """Does the body next to unit ``i`` (a few body units either side, past the
    headline and byline units) spell most of its character pairs?"""
    return _echo_share(units, i) >= _ECHO_SHARE


def _echo_share(units: list[Unit], i: int) -> float:
    """The share of unit ``i``'s character pairs that the body next to it spells."""
    text = units[i].block.lines[0].replace(" ", "")
    pairs = {text[k:k + 2] for k in range(len(text) - 1)}
    near: list[str] = []
    for step in (1, -1):
        j, taken = i + step, 0
        while (0 <= j < len(units) and abs(j - i) <= _ECHO_REACH and taken < _ECHO_UNITS
               and units[j].block.role != HEADER):
            if units[j].block.role == BODY:
                near.append("".join(units[j].block.lines).replace(" ", ""))
                taken += 1
            elif taken and units[j].block.role == TITLE:
                break  # the next headline's article begins
            j += step
    body = "".join(near)
    return sum(pair in body for pair in pairs) / len(pairs) if pairs else 1.0


__all__ = ["drop_labels_after_tagged_titles", "drop_labels_under_headlines"]
