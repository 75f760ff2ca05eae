"""Put a headline tier wrapped over two lines back on one line (text mode).

An extractor gives a headline box line by line, and text gives no font size
to tell a tier's second line from the next tier. Text still tells a wrap:
a bracket or quote left open at the line end, a line that opens with what no
line may open with (，） …), a kicker's tail on a line of its own (时强调),
and above all the page's own words: a wrapped title cuts a phrase that the
article's body spells out whole (加强党对全面 / 依法治国的领导, and the body
says 全面依法治国; two characters either side of the break, or the one either
side: 旅 / 程), while two tiers meet where no text on the page runs on
(…开展试点 / 按流域…). A tier that ends as a kicker does (…时强调) is no wrap.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Block, Headline, Role
from .body_units import plain_names
from .headlines import is_wrapped_box, looks_like_kicker, sets_the_scene, without_column_tag
from .number_breaks import cut_inside_number
from .reflow import TAG_NOT_A_DATE, cell_width, ends_sentence, join_lines
from .rules import BRIEF_WORDS
from .text_units import Unit
from .tier_wording import (kicker_wrapped, parallel_phrases, points_to_subtitle, reports_under_title, title_is_whole,
                           two_character_tail, wrapped_subtitle_under_title)

_OPENERS = "“‘《（(【「『"
_CLOSERS = "”’》）)】」』"
_LINE_CANNOT_OPEN = "，。、；：？！）》”’」』】…%·"
#: a kicker's tail pushed onto a line of its own: 时强调, 会议上要求
_KICKER_TAIL = re.compile(r"^(?:[时上中后]|会上|会议上)?(?:强调|要求|指出|表示|提出|寄语|批示)$")
#: a headline line this wide (cells) is carried on by a line over half as wide only where
#: the line ends say so (as in :mod:`.line_stream`)
_WIDE_LINE = 14
#: characters either side of the break that the page's text must run through (then one)
_SPAN = 2
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _unbalanced(text: str) -> bool:
    return sum(map(text.count, _OPENERS)) > sum(map(text.count, _CLOSERS))


def _joined_elsewhere(last: str, first: str, page_text: str | BodyWords, span: int) -> bool:
    """The characters either side of the break run on in the page's body text."""
    tail, head = last[-span:], first[:span]
    if len(tail) < span or len(head) < span or not (_CJK.search(tail) and _CJK.search(head)):
        return False
    return tail + head in page_text


#: marks that leave a clause open at a line's end: no headline tier (kicker, title) ends in one
_CLAUSE_OPEN = "、，"


def wraps_on(line: str, nxt: str, page_text: str | BodyWords | None) -> bool:
    """Does headline line ``nxt`` carry on the tier ``line`` (one tier wrapped)?
    Without ``page_text`` only the line ends themselves tell."""
    line, nxt = line.rstrip(), nxt.strip()
    if not line or not nxt or ends_sentence(line) or nxt.startswith(("——", "—")) or line.endswith("——"):
        return False
    if _unbalanced(line) or nxt[0] in _LINE_CANNOT_OPEN or _KICKER_TAIL.match(nxt) or cut_inside_number(line, nxt):
        return True
    if line[-1] in _CLAUSE_OPEN:
        return True  # 演出在南非、 / 日本等国…: a list or a clause left open goes on; no tier ends so
    if page_text is None or looks_like_kicker(line) or CONTEST.search(line):
        return False  # (a contest named whole, …墨尔本站, sets the scene for the tier under it)
    line, nxt = line.replace(" ", ""), nxt.replace(" ", "")
    return _joined_elsewhere(line, nxt, page_text, _SPAN) or _joined_elsewhere(line, nxt, page_text, 1)


#: how many units either side of a headline its words are looked for in (its article's body
#: and its neighbours'; a window, so that a page of 100,000 headlines is no quadratic search)
_WINDOW_UNITS = 40


class BodyWords:
    """The body text of the units near one headline, with its line breaks and
    spaces taken out: ``words in window`` asks whether the text spells them."""

    def __init__(self, text: str, start: int = 0, end: int | None = None) -> None:
        self.text, self.start, self.end = text, start, len(text) if end is None else end

    def __contains__(self, words: str) -> bool:
        return self.text.find(words, self.start, self.end) >= 0


def _body_offsets(units: list[Unit]) -> tuple[str, list[int]]:
    """The page's body text, and where each unit's part of it starts (one past the end last)."""
    parts: list[str] = []
    offsets = [0]
    end = 0
    for u in units:
        if u.role == Role.BODY:
            parts.append("".join(u.lines).replace(" ", ""))  # one replace for the unit, not one a line
            end += len(parts[-1])
        offsets.append(end)
    return "".join(parts), offsets


def words_near(units: list[Unit]) -> Callable[[int], BodyWords]:
    """For unit ``k``, the body text of the units around it (:class:`BodyWords`)."""
    text, offsets = _body_offsets(units)

    def near(k: int) -> BodyWords:
        return BodyWords(text, offsets[max(0, k - _WINDOW_UNITS)], offsets[min(len(units), k + _WINDOW_UNITS)])
    return near


def rejoin_wrapped_headlines(units: list[Unit], stream: bool) -> list[Unit]:
    """Join the lines of a headline tier wrapped over lines, inside a headline
    unit and, in a line stream (where blocks say nothing), from one headline
    unit to the next one right after it; return the units left (a unit whose
    one line went up to the unit above is gone). Where blocks hold tiers
    (blank lines kept), a unit's lines are tiers unless the next one is no
    longer (a box's tail), and blocks are never joined: a kicker may well
    end where its title's subject starts (…副局长 / 吴浈…)."""
    text, offsets = _body_offsets(units)
    previous: Unit | None = None
    out: list[Unit] = []
    for k, unit in enumerate(units):
        if unit.role != Role.TITLE:
            previous = None
            out.append(unit)
            continue
        lines = unit.block.lines
        lines[:] = without_overprint(lines)
        page_text = BodyWords(text, offsets[max(0, k - _WINDOW_UNITS)], offsets[min(len(units), k + _WINDOW_UNITS)])
        merged: list[str] = []
        if is_wrapped_box(lines):
            lines[:] = [join_lines(lines)]  # one tier in a narrow box
        below = units[k + 1].lines[:1] if k + 1 < len(units) and units[k + 1].role == Role.TITLE else []
        for j, line in enumerate(lines):
            nxt_line = [*lines[j + 1:], *below][:1]
            # where blocks hold tiers, the page's words are asked only about a box's
            # shorter next line: a subtitle longer than its title is no wrap of it
            asked = page_text if stream or (merged and cell_width(line) <= cell_width(merged[-1]) + 1) else None
            if merged and (wraps_on(merged[-1], line, asked) or _dash_tail(merged[-1], line)
                           or (stream and two_character_tail(merged[-1], line, in_box=True))) \
                    and cell_width(merged[-1] + line) <= 80 and not _parallel_lines(merged[-1], line) \
                    and not (nxt_line and _parallel_lines(line, nxt_line[0])):
                merged[-1] = merged[-1].rstrip() + line.strip()
            else:
                merged.append(line)
        if previous is not None and merged and (_wraps_into_unit(previous.lines[-1], merged, page_text, stream)
                                                or stream and two_character_tail(previous.lines[-1], merged[0])) \
                and not _opens_phrase_pair(merged, units, k) and not _parallel_lines(previous.lines[-1], merged[0]):
            previous.block.lines[-1] = previous.lines[-1].rstrip() + merged.pop(0).strip()
        lines[:] = merged
        if merged:
            out.append(unit)
            previous = unit
    return out


def _opens_phrase_pair(merged: list[str], units: list[Unit], k: int) -> bool:
    """Is the one line of headline unit ``k`` the first phrase of a title whose
    second, parallel in its words, is the next unit's line (…联合抽查 / 边检查边规范 /
    边发现边整改)? It wraps no line above: the two phrases are one tier."""
    nxt = units[k + 1] if k + 1 < len(units) else None
    if len(merged) != 1 or nxt is None or nxt.role != Role.TITLE or len(nxt.lines) != 1:
        return False
    return _parallel_lines(merged[0], nxt.lines[0])


def _parallel_lines(first: str, second: str) -> bool:
    """Two headline lines that are parallel phrases of one title (the second may close with its tag)."""
    first, second = first.strip(), without_column_tag(second.strip())
    return bool(_PHRASE.fullmatch(first) and _PHRASE.fullmatch(second)) and parallel_phrases(first, second)


#: the most characters before the dash of a kicker's tail wrapped onto its own line (…坚守 / 岗位——)
_DASH_TAIL_CHARS = 3


def _dash_tail(line: str, nxt: str) -> bool:
    """Is ``nxt`` a kicker's last characters and its dash, wrapped under the rest of
    the kicker in one headline box? A tier is not a few characters and a dash."""
    line, nxt = line.rstrip(), nxt.strip()
    bare = nxt.rstrip("—")
    return (nxt.endswith("——") and 0 < len(bare) <= _DASH_TAIL_CHARS and len(line) > 2 * len(bare)
            and not ends_sentence(line) and line[-1:] not in "，、：；—")


#: a line this long (characters, spaces aside) at least, for a copy of it to tell of overprint
_OVERPRINT_CHARS = 2


def without_overprint(lines: list[str]) -> list[str]:
    """A headline drawn twice (fake bold: the text filled, then drawn again over
    itself, or in two pieces) comes out of an extractor twice: 新使命 / 新使命：
    中国共产党的历史担当 / 中国共产党的历史担当. A line that an adjacent line of
    the unit opens or ends with, or the line above repeated, is such a copy, and
    goes; no tier repeats its neighbour."""
    if len(lines) < 2:
        return list(lines)  # most headline units: one line, no neighbour to copy
    bare = [line.replace(" ", "").strip() for line in lines]
    keep = []
    for k, line in enumerate(lines):
        near = [bare[j] for j in (k - 1, k + 1) if 0 <= j < len(lines)]
        copy = len(bare[k]) >= _OVERPRINT_CHARS and (k > 0 and bare[k] == bare[k - 1] or any(
            len(other) > len(bare[k]) and (other.startswith(bare[k]) or other.endswith(bare[k])) for other in near))
        if not copy:
            keep.append(line)
    return keep


def _wraps_into_unit(last: str, merged: list[str], page_text: BodyWords, stream: bool) -> bool:
    """Does the first line of a headline unit carry on the headline unit right
    above it? In a line stream as any wrap; where blocks are real, a line
    that is a block of its own only when its line ends say so (a kicker's tail
    上强调, a bracket left open) or when it is a short tail, half the line above
    at most, that the page's body runs on through (…市民免 / 费开放): a
    headline line wider than the page's leading lets PyMuPDF cut it alone."""
    if stream:
        if cell_width(last.strip()) >= _WIDE_LINE and cell_width(merged[0].strip()) >= 0.5 * cell_width(last.strip()):
            # a wide line over one more than half as wide: a kicker over its title (…副局长 /
            # 张三…), though a lead restating the headline runs on through the break
            return wraps_on(last, merged[0], None)
        return wraps_on(last, merged[0], page_text)
    if len(merged) != 1:
        return False
    return wraps_on(last, merged[0], None) or is_short_tail(last, merged[0], page_text)


def is_short_tail(line: str, tail: str, page_text: BodyWords) -> bool:
    """Is ``tail`` the end of headline line ``line`` wrapped onto a line of its
    own: half as wide at most, and the body runs on through the break by two
    characters either side (…市民免 / 费开放; one character is too weak a sign
    where the tail stands alone: 公园 / 林涛 meets 园林 in any text)?"""
    line, tail = line.strip(), tail.strip()
    if not line or not tail or cell_width(tail) > 0.5 * cell_width(line) or ends_sentence(line):
        return False
    if line.endswith("—") or looks_like_kicker(line):
        return False
    return _joined_elsewhere(line.replace(" ", ""), tail.replace(" ", ""), page_text, _SPAN)


#: a column's logo or label (时代新论, 一线见闻): a few characters, no punctuation
_LABEL = re.compile(r"[\u4e00-\u9fff]{4,5}")


def drop_labels_under_headlines(units: list[Unit]) -> None:
    """A column label (时代新论, 一线见闻) standing under a headline, before the
    body or byline, is no tier of the headline: it labels the column. A short
    tier is no label where the line over it leads into it (……——, a brief
    column's heading) or where the body next to it echoes its words (饲草料来了,
    …一矿井 / 发生事故): a label names the column, not what the article tells."""
    for i in range(len(units) - 2, 0, -1):
        unit, prev, nxt = units[i], units[i - 1], units[i + 1]
        if unit.role != Role.TITLE or len(unit.lines) != 1 or not _LABEL.fullmatch(unit.lines[0].strip()):
            continue
        after = nxt.role in (Role.BODY, Role.BYLINE, Role.CONTINUATION) or (nxt.role == Role.OTHER and nxt.block.lines
                                                           and _LABEL.fullmatch(nxt.lines[0].strip()))
        if prev.role == Role.TITLE and after and not _leads_into(prev.lines[-1]) and not _echoed(units, i):
            unit.block.role = Role.OTHER


def drop_labels_after_tagged_titles(units: list[Unit]) -> list[Unit]:
    """A column label (经济观察, 新论快语) right after a title its column's tag
    closes is no tier of that headline (the tag ended it), whatever follows the
    label: it labels a column, the next article's or the page's. Returns the
    units without such labels (kept, a unit between two headlines would cut
    their group and leave the second without its body)."""
    out: list[Unit] = []
    for i, unit in enumerate(units):
        prev = out[-1] if out else None
        if (prev is not None and unit.role == Role.TITLE and len(unit.lines) == 1
                and _LABEL.fullmatch(unit.lines[0].strip()) and prev.role == Role.TITLE and prev.lines
                and TITLE_TAG.search(prev.lines[-1].strip()) and not _echoed(units, i)):
            continue
        out.append(unit)
    return out


def _leads_into(line: str) -> bool:
    """Does a headline line lead into the tier under it (……——, 新闻速递)?"""
    line = line.strip()
    return line.endswith("—") or bool(BRIEF_HEADING.fullmatch(line.replace(" ", "")))


#: body units either side of a short tier whose words it is looked for in, within this
#: many units of it (a page of headlines alone is searched no further)
_ECHO_UNITS = 4
_ECHO_REACH = 12
#: the share of its character pairs a tier's nearby body must spell to tell of the same thing
_ECHO_SHARE = 0.5


def _echoed(units: list[Unit], i: int) -> bool:
    """Does the body next to unit ``i`` (a few body units either side, past the
    headline and byline units) spell most of its character pairs?"""
    text = units[i].lines[0].replace(" ", "")
    pairs = {text[k:k + 2] for k in range(len(text) - 1)}
    near: list[str] = []
    for step in (1, -1):
        j, taken = i + step, 0
        while (0 <= j < len(units) and abs(j - i) <= _ECHO_REACH and taken < _ECHO_UNITS
               and units[j].role != Role.HEADER):
            if units[j].role == Role.BODY:
                near.append("".join(units[j].lines).replace(" ", ""))
                taken += 1
            elif taken and units[j].role == Role.TITLE:
                break  # the next headline's article begins
            j += step
    body = "".join(near)
    return bool(pairs) and sum(pair in body for pair in pairs) >= _ECHO_SHARE * len(pairs)


def one_tier_a_unit(units: list[Unit]) -> list[Unit]:
    """Once wrapped tiers are whole, each line of a headline unit is a tier of
    its own: give it its own unit, so that headline tiers are told apart by
    their wording (a kicker above its title), not by the block they came in."""
    out: list[Unit] = []
    for unit in units:
        if unit.role != Role.TITLE or len(unit.lines) < 2:
            out.append(unit)
            continue
        block = unit.block
        for k, line in enumerate(block.lines):
            start = block.line_start + k if block.line_start is not None else None
            out.append(Unit(Block([line], Role.TITLE, page=block.page, line_start=start, bbox=block.bbox,
                                  font_size=block.font_size)))
    return out


#: a figure called out in large type (11.73亿人, 4.98%, 3.57万亿): the first line of the text
#: it heads, never a headline tier
_CALLOUT = re.compile(r"\d[\d.,]*(?:[%％‰]|[多余]?[万亿千百]*[\u4e00-\u9fff]{0,2})")


def figures_are_body(units: list[Unit]) -> None:
    """A headline line that is only a figure called out (11.73亿人) is a
    paragraph of the body it heads, as printed (as the answers of both
    benchmarks read it), not an article's headline."""
    for unit in units:
        if unit.role == Role.TITLE and len(unit.lines) == 1 and is_callout(unit.lines[0]):
            unit.block.role, unit.paragraph_lines = Role.BODY, True


#: the label of a lead note printed over its paragraph (核心阅读, 开栏的话): a fixed word of
#: the genre, the first paragraph of the article's body, never a headline (编者按 alone is
#: not: it heads a note of its own, no article's first paragraph)
LEAD_LABEL = re.compile(r"(?:核心阅读|开栏的话)[：:]?")


def lead_labels_are_body(units: list[Unit]) -> None:
    """A lead note's label alone on its line (核心阅读) right over body text is
    the body's first paragraph, as printed, whatever role its line was given
    (a headline, a column label, a subheading)."""
    for unit, nxt in zip(units, units[1:]):
        if (unit.role != Role.BODY and nxt.role == Role.BODY and len(unit.lines) == 1
                and is_lead_label(unit.lines[0])):
            unit.block.role, unit.paragraph_lines = Role.BODY, True


def is_lead_label(line: str) -> bool:
    """Is the line only an editor's lead label (核心阅读)?"""
    return bool(LEAD_LABEL.fullmatch(line.replace(" ", "").replace("\u3000", "")))


def is_callout(line: str) -> bool:
    """Is the line only a figure called out (11.73亿人, 4.98%)?"""
    return bool(_CALLOUT.fullmatch(line.replace(" ", "")))


def tiers_share_blocks(units: list[Unit]) -> bool:
    """Do this page's blocks hold a kicker with the tier under it? A headline
    block with a line that ends only as a kicker does (…时强调, ……——) over
    another line says the extractor put tiers together (tight leading): then
    a block's lines are tiers told apart by their words, as in a line stream,
    and not title + subtitle by the block they share. So does a plain line
    over one closed by the column tag (the title's) in one block."""
    return any(2 <= len(u.lines) <= _HEADLINE_BLOCK_LINES and "。" not in "".join(u.lines)
               and (any(sets_the_scene(line) for line in u.lines[:-1]) or _over_tagged(u.lines))
               for u in units if u.role == Role.TITLE)


#: the most lines a block of headline tiers holds (kicker, a title wrapped, a subtitle)
_HEADLINE_BLOCK_LINES = 4


def _over_tagged(lines: list[str]) -> bool:
    """A plain line right over one closed by the column tag, in one block: a
    kicker over its title (the 主题 carries the tag)."""
    return any(not TITLE_TAG.search(upper.strip()) and TITLE_TAG.search(lower.strip()) and cell_width(lower) > 8
               and not wraps_on(upper, lower, None) for upper, lower in zip(lines, lines[1:]))


#: a 主题 that reports a finished event (…会议在京闭幕, …标准发布): the tier under it adds to it
_EVENT_END = re.compile(r"(?:闭幕|开幕|召开|举行|结束|就绪|发布|公布|上线|启动|开通|落幕|出台|创新高|展开|通过|开展)$")
#: a first tier naming the contest (…公开赛, …墨尔本站, …决赛首局, …第二回合), or its end
#: (…资格赛落幕): it sets the scene for the result under it, whatever figures that gives (a kicker)
CONTEST = re.compile(r"(?:(?<!比)赛|(?<![车务油电网驿岗])站|首局|回合)(?:落幕|闭幕|结束|收官)?$")
_TIER_TAG = re.compile(r"[（(][^（）()]{2,14}[）)]$")
_DIGIT = re.compile(r"\d")
#: a date alone in brackets (（二〇一九年二月三日）, （2019年2月3日）): the day a speech was given, no tag
_DATE_ALONE = re.compile(r"[（(][〇零一二三四五六七八九十\d]{2,4}年[一二三四五六七八九十\d]{1,3}月[一二三四五六七八九十\d]{1,3}日[）)]")
#: a year gives no figures (2018年优秀网络文学原创作品揭晓, 2019春风行动启动: a title under its kicker)
_YEAR = re.compile(r"(?:19|20)\d{2}(?:年|(?=[\u4e00-\u9fff“《]))")


def title_then_subtitle(first: str, second: str) -> bool:
    """Two headline tiers with no dash and no column tag, read from their words
    alone (a line stream tells nothing else): the first is the title and the
    second its subtitle when the first reports a finished event (…在京闭幕 /
    栗战书主持会议) or the second gives figures (…结束 / 比去年增长10.4%);
    otherwise the first sets the scene as a kicker (the commoner case), as a
    first tier naming a contest always does (…公开赛 / 张三晋级16强)."""
    if _DATE_ALONE.fullmatch(second.strip()) and not _TIER_TAG.search(first):
        return True  # a speech's or a document's date under its title (…讲话 / （二〇一九年二月三日）)
    if _TIER_TAG.search(first) or _TIER_TAG.search(second) or second.lstrip().startswith("—"):
        return False
    if first.rstrip().endswith(("——", "—", "：", ":")) or CONTEST.search(first.rstrip()):
        return False
    if _ATTENDED.match(second.strip()) or _GOES_ON.match(second.strip()) or reports_under_title(first, second):
        return True  # it goes on from the first tier's subject: a subtitle, never a title
    return bool(_EVENT_END.search(first.rstrip()) or _DIGIT.search(_YEAR.sub("", second)))


#: a 副题 going on from the subject of the tier over it, its verb first (强调…, 决定…, 将…,
#: 审议…, a meeting's 听取…) or its speaker's words quoted on (习近平强调，…)
_GOES_ON = re.compile(r"^(?:强调|指出|要求|希望|表示|决定|寄语|呼吁|审议|听取|研究|部署|讨论|将)|^[\u4e00-\u9fff]{2,4}(?:强调|指出|表示)，")
#: a 副题 reporting who attended or presided (王勇出席并讲话, 胡春华主持, as PDF mode reads it)
_ATTENDED = re.compile(r"^(?!在)[^，。；]*[\u4e00-\u9fff]{2,4}(?:出席并讲话|出席|主持|讲话|参加会见)$")


#: a column's tag closing a 主题: 透视红包背后的消费（财经观）; a series' tag joins its
#: parts with · and may run longer (…（社会治理在身边·关注厕所革命③）)
TITLE_TAG = re.compile(r"[（(]" + TAG_NOT_A_DATE + r"(?:[^（）()]{2,12}|[^（）()·]{2,12}·[^（）()]{2,16})[）)]$")


#: what stands over a headline without being a tier of it: a column's label (民生关注),
#: a page's slogan band of two parallel phrases (建设美丽江城 共享绿色家园), a figure (53%)
_LABEL_BANNER_OR_FIGURE = re.compile(r"[\u4e00-\u9fff]{2,5}|[\u4e00-\u9fff]{3,7}[ \u3000]+[\u4e00-\u9fff]{3,7}"
                                     r"|[\d.,%％万亿]+|[（(][^（）()]{2,8}[）)]")


def _no_tier_over(head: Headline) -> bool:
    """Three tiers with no dash, where the first is none of the headline's:
    the middle one ends only as a kicker does (…时强调, ……——), so nothing stands
    over it; or the first is a label, a banner or a figure and the other two
    make a whole headline (kicker + title are far commoner than three tiers)."""
    first, middle = (head.kicker or "").strip(), (head.title or "").strip()
    return sets_the_scene(middle) or bool(_LABEL_BANNER_OR_FIGURE.fullmatch(first) and not TITLE_TAG.search(middle))


def reread_tiers(head: Headline, dashed: bool, stream: bool) -> None:
    """Name the tiers again from their words where text gives no sizes: a tier
    ending in —— leads into the next one (a kicker, whatever block it shares);
    under a kicker that names a speaker (……时强调) or leads in (……——) come the
    title's phrases, a line each, and hardly ever a subtitle (unless one opens
    with ——: ``dashed``); the 主题 carries the column tag (…（权威发布）), so
    the tier under a tagged first tier is its subtitle; a first tier that sets the scene
    (…时强调) is the kicker even in the title's block, as is a first tier over
    one that carries the column tag; and, in a line stream
    (``stream``), a first tier reporting a finished event keeps the tier under
    it as its subtitle (:func:`title_then_subtitle`)."""
    if stream and head.kicker and head.title and head.subtitle and not dashed and kicker_wrapped(head):
        # 某某在全市防火安全工作 / 电视电话会议上强调 / title: one kicker wrapped over two lines
        head.kicker, head.title, head.subtitle = head.kicker.rstrip() + head.title.strip(), head.subtitle, None
    if stream and head.kicker and head.title and head.subtitle and not dashed and _no_tier_over(head):
        # a label, a banner or a figure over a kicker and its title: no tier of this headline
        # (the two left are read as a line stream's two tiers are)
        upper, lower = head.title, head.subtitle
        head.kicker, head.title, head.subtitle = (None, upper, lower) if title_then_subtitle(upper, lower) else (
            upper, lower, None)
    if (head.kicker and head.title and head.subtitle and not dashed and not sets_the_scene(head.kicker)
            and (_GOES_ON.match(head.title.strip()) or wrapped_subtitle_under_title(head))):
        # 习近平会见… / 强调中伊友好… / 双方互信…: the middle tier goes on from the first one's
        # subject (its verb first), so the first is the title and the two under it its subtitle
        head.kicker, head.title, head.subtitle = None, head.kicker, f"{head.title} {head.subtitle}"
    if not head.kicker and head.title and head.subtitle and (head.title.rstrip().endswith("—") or (
            not dashed and sets_the_scene(head.title))):
        # 市长在园林工作会议上强调 / 加快公园建设: a kicker, in the title's block (tight leading) too
        head.kicker, head.title, head.subtitle = head.title, head.subtitle, None
    elif head.kicker and head.title and head.subtitle and not dashed and (looks_like_kicker(head.kicker)
                                                                          or _tag_closes_box(head)) \
            and not title_is_whole(head.title, head.subtitle):
        head.title, head.subtitle = f"{head.title} {head.subtitle}", None
    if (head.kicker and head.title and head.kicker[0] not in "（(" and TITLE_TAG.search(head.kicker)
            and not TITLE_TAG.search(head.title) and not (head.subtitle and TITLE_TAG.search(head.subtitle))):
        # the tagged first tier is the title; what stands under it, its subtitle
        under = f"{head.title} {head.subtitle}" if head.subtitle else head.title
        head.kicker, head.title, head.subtitle = None, head.kicker, under
    if (not head.kicker and head.title and head.subtitle and TITLE_TAG.search(head.subtitle)
            and not TITLE_TAG.search(head.title) and not dashed):
        # the tier carrying the column tag is the 主题, so the one over it is the kicker
        head.kicker, head.title, head.subtitle = head.title, head.subtitle, None
    if stream and head.kicker and head.title and not head.subtitle and title_then_subtitle(head.kicker, head.title):
        head.kicker, head.title, head.subtitle = None, head.kicker, head.title
    if head.title and head.subtitle and not dashed and _first_phrase(head.title, head.subtitle):
        head.title, head.subtitle = f"{head.title.rstrip()} {head.subtitle.strip()}", None
    elif head.title and head.subtitle and not dashed and _wrapped_tail(head.title, head.subtitle):
        head.title, head.subtitle = head.title.rstrip() + head.subtitle.strip(), None
    points_to_subtitle(head)


def _tag_closes_box(head: Headline) -> bool:
    """Under a kicker, the column tag closing the last tier and no other: the
    主题 carries the tag and a subtitle none, so the two tiers under the kicker
    are the title's box wrapped (为冬季经济健康发展 / 注入活力（江城观察）)."""
    return bool(TITLE_TAG.search((head.subtitle or "").strip()) and not TITLE_TAG.search((head.title or "").strip())
                and not TITLE_TAG.search((head.kicker or "").strip()))


def kicker_over_title(head: Headline) -> None:
    """Two tiers with no dash over an author's name alone (理论 and commentary
    pages): those pages print a kicker over the title far more often than a
    subtitle without its dash under it, whatever block the extractor puts them in;
    a first tier its column's tag closes is the 主题 all the same."""
    if (not head.kicker and head.title and head.subtitle and not TITLE_TAG.search(head.title.strip())
            and not title_then_subtitle(head.title, head.subtitle)):
        head.kicker, head.title, head.subtitle = head.title, head.subtitle, None


#: a title this short (CJK characters, no tag) has a subtitle under it hardly ever: it is
#: the first phrase of a title set a phrase a line (求真务实 / 在大地上找答案)
_PHRASE_CHARS = 6


#: the second phrase of such a title: one phrase (no space, no clause mark), this long at most
_SECOND_PHRASE_CHARS = 12
_ONE_PHRASE = re.compile(r"[\u4e00-\u9fff“”‘’《》0-9]+")


def _first_phrase(title: str, subtitle: str) -> bool:
    """Is ``title`` only the first phrase of the title, ``subtitle`` the rest?
    A subtitle of its own under a short title (a company's name) reads as a
    headline of its own: phrases apart, a clause mark (深植环保理念 争做…)."""
    title, rest = title.strip(), without_column_tag(subtitle.strip())
    if TITLE_TAG.search(title) or not _ONE_PHRASE.fullmatch(title) or _cjk_count(title) > _PHRASE_CHARS:
        return False
    return bool(_ONE_PHRASE.fullmatch(rest)) and _CJK.search(rest) is not None and len(rest) <= _SECOND_PHRASE_CHARS


#: a subtitle is a clause (栗战书主持会议); a tier this short (CJK characters) under a title
#: at least twice as long is the title's last words wrapped onto a line (…村民 / 跟着干); one
#: of four may be a column's label (民生视点) as well
_TAIL_CHARS = 3


def _wrapped_tail(title: str, subtitle: str) -> bool:
    """Is ``subtitle`` only the title's wrapped tail?"""
    tail = subtitle.strip()
    if not _ONE_PHRASE.fullmatch(tail) or TITLE_TAG.search(title.strip()) or ends_sentence(title):
        return False
    if plain_names(tail):
        return False  # an author's name the extractor set under the title (徐方平): no words of it
    return 2 <= _cjk_count(tail) <= _TAIL_CHARS and _cjk_count(title) >= 2 * _cjk_count(tail) + 2


#: the heading of a column of news briefs (as body_units reads it in PDF mode)
BRIEF_HEADING = re.compile(rf"[\u4e00-\u9fff]{{0,4}}(?:{BRIEF_WORDS})")
#: one phrase of a title set one phrase a line (垃圾上门收 / 能换环保金): a few characters, quotes at most
_PHRASE = re.compile(r"[\u4e00-\u9fff“”‘’《》0-9]{3,9}")


def phrase_line(unit: Unit, tagged: bool = False) -> str | None:
    """The unit's one headline line when it is a phrase of a title; ``tagged``:
    the phrase may close with the title's column tag (绿地更广（城建观察）)."""
    if unit.role != Role.TITLE or len(unit.lines) != 1:
        return None
    text = unit.lines[0].strip()
    if tagged:
        text = without_column_tag(text)
    if (not _PHRASE.fullmatch(text) or looks_like_kicker(text) or BRIEF_HEADING.fullmatch(text)
            or is_lead_label(text)):
        return None  # a kicker's, a column heading's or a lead note's words are no phrase of a title
    return text


def _cjk_count(text: str) -> int:
    return len(_CJK.findall(text))


def phrase_pair(upper: Unit, lower: Unit, tagged: bool = False) -> bool:
    """Two headline lines that are the two phrases of one tier (短句 / 短句 of one
    length; ``tagged``: the second may close with the column tag)."""
    first, second = phrase_line(upper), phrase_line(lower, tagged)
    if first and CONTEST.search(first):
        return False  # a contest named whole (…马拉松赛) sets the scene for the result under it
    return bool(first and second) and abs(_cjk_count(first) - _cjk_count(second)) <= 1


__all__ = ["BRIEF_HEADING", "kicker_over_title", "figures_are_body", "is_callout", "words_near", "is_short_tail", "tiers_share_blocks", "TITLE_TAG", "drop_labels_after_tagged_titles", "drop_labels_under_headlines", "reread_tiers", "title_then_subtitle", "phrase_line", "phrase_pair", "one_tier_a_unit", "rejoin_wrapped_headlines",
           "wraps_on"]
