"""Headline tiers: which headline text is the 引题 kicker, 主题 title, 副题 subtitle.

Shared by text-mode (order and wording only) and geometric layout (which
can also pass font sizes).
"""

from __future__ import annotations

import re

from ..model import Headline, TextLine
from .large_kickers import title_under_larger_kicker
from .reflow import cell_width, clean_headline_spaces, core_width, join_lines, token_width

_DASHES = re.compile(r"^[—–-]{1,3}\s*")
# a kicker sets the scene: "...时要求", "...会议上强调", "...——"
_KICKER_END = re.compile(r"(时|上|中|后)?(要求|强调|指出|表示|提出|寄语|批示|致信|宣布|透露|说|获悉|发布|印发|召开)$|——$|：$")
#: what _KICKER_END can match: three characters at most, and a line break its $ stands before
_KICKER_END_CHARS = 4
#: the last character of every ending _KICKER_END matches (or the line break its $ may stand before)
_KICKER_LAST = frozenset("求调出示语信布露说悉发开—：\n")
# a narrow headline box wraps one tier into short lines of similar width
NARROW_BOX_CELLS = 10.0
_DATE_NOTE = re.compile(r"[\d〇一二三四五六七八九十]{1,4}年[\d〇一二三四五六七八九十]{1,2}月")


def strip_dashes(text: str) -> str:
    return _DASHES.sub("", text).strip()


def starts_with_dash(text: str) -> bool:
    """A subtitle's or a tail's opening dash; a single dash before a figure
    (—15日, a range 14—15日 broken over two lines) goes on from the line over it."""
    return text.startswith(("——", "--")) or (text.startswith("—") and not text[1:2].isdigit())


def dash_alone(text: str) -> bool:
    """A line holding only a dash (——): the end of the line over it, wrapped."""
    return bool(text.strip()) and not text.strip().strip("—－-─")


def is_wrapped_box(lines: list[str]) -> bool:
    """Lines of one headline wrapped in a narrow box (not separate tiers):
    some box width of at most 10 cells that every line fills, each line
    breaking only where the next one's first character no longer fits."""
    if len(lines) < 2:
        return False
    cores = [core_width(x) for x in lines[:-1]]
    if max(cores) > NARROW_BOX_CELLS:
        return False  # a line above the last wider than any narrow box
    # a column tag （五洲茶亭） is kept whole on the box's last line
    cores.append(core_width(_TRAILING_TAG.sub("", lines[-1])) or core_width(lines[-1]))
    widths = [cell_width(x) for x in lines]
    firsts = [token_width(x) for x in lines[1:]]
    low = max(cores)
    high = min(w + f for w, f in zip(widths[:-1], firsts)) - 0.5
    # (asked last, only of a box: a line ending in —— or 时强调 over a far shorter one is a
    # kicker over its title in larger type)
    return low <= min(high, NARROW_BOX_CELLS) and not any(
        sets_the_scene(x) and w1 < 0.75 * w0 for x, w0, w1 in zip(lines, widths, widths[1:]))


_TRAILING_TAG = re.compile(r"[（(][^（）()]{2,20}[）)]$")


def without_column_tag(line: str) -> str:
    """The line without the column tag that closes it (…更绿（城建观察） -> …更绿)."""
    return _TRAILING_TAG.sub("", line.strip()) if ends_with_column_tag(line) else line.strip()


def ends_with_column_tag(line: str) -> bool:
    """A headline line closing with a column tag, （权威发布） (人民时评), not a date note."""
    line = line.strip()  # (the tag ends the line, 22 characters at most: searched there only)
    tag = _TRAILING_TAG.search(line, len(line) - 22)
    return tag is not None and not _DATE_NOTE.search(tag.group())


def closes_tier(line: str) -> bool:
    """A headline line that ends its tier: one closing with a column tag (a tag
    closes its title), or a lead-in closing with a dash (安徽某村孙达敏—— / “……”:
    the kicker that introduces the title under it), whatever their sizes."""
    return ends_with_column_tag(line) or line.rstrip().endswith("——")


def opens_bracket_note(lines: list[TextLine], k: int) -> bool:
    """Line ``k`` opens a bracketed note that runs to a line's end (its own
    line or the next ones): a document's date and adoption under its title."""
    if not lines[k].text.lstrip().startswith(("（", "(")):
        return False
    note = ""
    for ln in lines[k:k + 4]:
        note += ln.text.strip()
        if note.endswith(("）", ")")):
            return bracket_note(note)
    return False


def _is_column_tag(line: str) -> bool:
    """A bracketed tag alone on a line: （新语） (人民观点)."""
    line = line.strip()
    if not (len(line) >= 3 and line[0] in "（(" and line[-1] in "）)"):
        return False  # (most lines: the brackets asked before the date's pattern is searched for)
    if _DATE_NOTE.search(line):
        return False  # （2019年1月31日）: a document's date, its own subtitle tier
    return cell_width(line) <= 16


def bracket_note(line: str) -> bool:
    """A tier wholly in brackets holding a date: a document's date and adoption
    note (（2019年2月27日第十三届…会议通过））, a subtitle however set (a column
    tag, （深聚焦·科技创新①）, wrapped onto a title's last line, holds none)."""
    line = line.strip()
    return _WHOLLY_BRACKETED.fullmatch(line) is not None and _DATE_NOTE.search(line) is not None


def tiers_from_units(units: list[list[str]]) -> list[tuple[str, int]]:
    """Headline units (blocks of lines) -> (text, unit index) per tier, top to bottom.

    A unit is one tier when its lines are a wrapped narrow box; otherwise
    each line is its own tier (title + subtitle set in one block)."""
    tiers: list[tuple[str, int]] = []
    for k, lines in enumerate(units):
        if len(lines) == 1 or is_wrapped_box(lines):
            tiers.append((join_lines(lines), k))
            continue
        current: list[str] = []
        for line in lines:
            if current and _is_column_tag(line) and not starts_with_dash(current[0]):
                current.append(line)  # （人民观点）: a title's column tag wrapped down
                continue
            if current and (starts_with_dash(line) or not is_wrapped_box(current + [line])):
                tiers.append((join_lines(current), k))
                current = []
            current.append(line)
        tiers.append((join_lines(current), k))
    return [(clean_headline_spaces(t), k) for t, k in tiers if t.strip()]


def looks_like_kicker(text: str) -> bool:
    if text[-1:] not in _KICKER_LAST:
        return False  # (most lines: a last character none of the pattern's endings has, no search)
    return bool(_KICKER_END.search(text[-_KICKER_END_CHARS:]))  # (its end only: the pattern is anchored there)


def assign_tiers(tiers: list[tuple[str, int]], sizes: list[float] | None = None) -> Headline:
    """Name the tiers, given as (text, unit index). With font sizes the
    largest is the title; without, order, grouping and wording decide:
    subtitles open with —— or share the title's block, kickers stand apart
    above the title and often end in 强调 / 时要求."""
    if not tiers:
        return Headline()
    texts = [t for t, _ in tiers]
    if sizes and len(sizes) == len(texts) and len(texts) > 1:
        return tiers_by_size(texts, sizes)
    if len(texts) == 1:
        if starts_with_dash(texts[0]):
            return Headline(subtitle=strip_dashes(texts[0]))
        return Headline(title=texts[0])
    # the title is the first tier after a kicker; a kicker stands in its own block
    title_at = 0
    first_unit = tiers[0][1]
    if not starts_with_dash(texts[1]) and tiers[1][1] != first_unit:
        if len(texts) >= 3 or not _is_title_then_subtitle(texts[0], texts[1]):
            title_at = 1
    kicker = texts[0] if title_at == 1 else None
    title, rest = texts[title_at], texts[title_at + 1:]
    if len(rest) >= 2 and starts_with_dash(rest[1]) and _wraps_title(title, rest[0]):
        # a subtitle opens with its dash: one undashed line between it and the title is the
        # title's wrap (小小的渡口 / 连起了两岸人 / ——…); (more lines there: two headlines met)
        title, rest = title.rstrip() + rest[0].strip(), rest[1:]
    subtitle = " ".join(strip_dashes(t) for t in rest) or None
    return Headline(kicker=kicker, title=title, subtitle=subtitle)


#: a 主题 of two parallel phrases set apart by a space: 分片包干 联动执法
_COUPLET = re.compile(r"[\u4e00-\u9fff“”]{2,9}[ \u3000][\u4e00-\u9fff“”]{2,9}")
#: an 引题 that reports who urged what: 胡春华强调…, 韩正在推进会议上强调…
_SPEAKER_SAYS = re.compile(r"[\u4e00-\u9fff·]{2,6}(?:在[^，。；]{2,30}?[上时中])?(?:强调|指出|要求)")
#: a 副题 that reports who attended or presided: 王某出席并讲话, 李某主持, 张某出席 赵某讲话
_WHO_ATTENDED = re.compile(r"^(?!在)[^，。；]*[\u4e00-\u9fff]{2,4}(?:出席并讲话|出席|主持|讲话|参加会见)$")
#: how a kicker set larger than its title ends: 时强调, 会议上要求, 时希望, ……——
#: or names who the title's subject is: 原某某局党组成员、副局长 (over 张三……)
_LARGE_KICKER_END = re.compile(r"(?:强调|要求|指出|表示|提出|寄语|致辞|——|—|：)$|[时上](?:希望|说)$"
                               r"|(?:局长|书记|主席|主任|总理|部长|省长|市长)$")
#: a kicker set larger than its title that names the event the title reports on (某地跆拳道公开赛,
#: 跳水世界杯某某站, …巅峰赛首局, …决赛首回合, a league's stage: …常规赛, …决赛), maybe with its end
#: (…资格赛落幕), or sets the scene, a place first (在江城，父母带孩子…), or names what the news
#: answers in a prepositional phrase alone, no clause after it (针对某某顽疾, 围绕某某主题)
_EVENT_OR_SCENE = re.compile(r"(?:大奖赛|锦标赛|世锦赛|大满贯赛|公开赛|联赛|巡回赛|系列赛|邀请赛|资格赛|预选赛|世界杯|常规赛|季后赛|决赛"
                             r"|(?:杯|赛)[^，。]{0,6}站|赛(?:首|次|第[一二三四五六七八九十\d]{1,2})(?:[局场轮]|回合))"
                             r"(?:落幕|闭幕|结束|收官)?$"
                             r"|^在[\u4e00-\u9fff]{1,8}，|^(?:针对|围绕|面对)[^，。！？]{2,16}$")
#: a series' name closed by its number (解读全会精神①, …系列谈（二）, …之一, …（上）): a number in a
#: series closes a kicker over the piece's own title, however large the kicker is set
_SERIES_NUMBER = re.compile(r"(?:[\u2460-\u2487\u2776-\u277f]|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2}|[上中下])[）)]"
                            r"|之[一二三四五六七八九十]{1,3})$")
#: a tier that is one quotation (“乡亲们越干越有劲”): in a month of 人民日报 26 titles are, and none
#: of 454 kickers and 228 subtitles
_WHOLLY_QUOTED = re.compile(r"“[^“”]+”")
#: a tier wholly in brackets: a document's date and adoption note (（2019年2月27日…会议通过）)
_WHOLLY_BRACKETED = re.compile(r"[（(][^（）()]+[）)]")
#: a 副题 listing points, each after a mark: ■ 新兴消费看点纷呈 ■ 接待人数超四亿
_POINT_MARKS = ("■", "●", "◆", "▲")
#: a 副题 that goes on from the title's subject, its verb first: 强调…, 决定…, 希望…
_GOES_ON_FROM_SUBJECT = re.compile(r"^(?:强调|指出|要求|希望|表示|决定|寄语|呼吁)")


#: two tiers this close in size are set as large: their faces tell which is the 主题
AS_LARGE = 0.98


def _heavier_title(heavy: list[int] | None, sizes: list[float], top: int, below: int) -> bool:
    """Is tier ``top`` the 主题 by its face: bold over a tier that is not, or a
    heavier face (黑体 over 宋体) over a tier set as large? (Over a smaller
    couplet, a 黑体 tier's wording decides: a company's name is its kicker.)"""
    if not heavy or heavy[top] <= heavy[below]:
        return False
    return heavy[top] == 2 or sizes[below] >= AS_LARGE * sizes[top]


#: a tier in a heavier face at least this share of the largest tier's size is "nearly as large"
_NEARLY_AS_LARGE = 0.85


def _longer_smaller_heavy(texts: list[str], sizes: list[float], heavy: list[int], weighty: int, top: int) -> bool:
    """Is the one heavier tier (黑体 over 宋体, not bold) clearly smaller than the
    largest and longer than it? A 主题 set in a large 标宋 often stands with its
    引题 or 副题 in 黑体 a size or two down; that tier says more (a clause, a
    scene), so it runs longer than the title. Heavier, nearly as large, or no
    longer than the largest tier, the face still tells the 主题."""
    return heavy[weighty] < 2 and sizes[weighty] < _NEARLY_AS_LARGE * sizes[top] \
        and cell_width(texts[weighty]) > cell_width(texts[top])


def tiers_by_size(texts: list[str], sizes: list[float], heavy: list[int] | None = None) -> Headline:
    """Tiers top to bottom with their font sizes: the largest is the 主题
    title, what stands above it the 引题 kicker, what stands below the 副题
    subtitle (its —— dropped). Wording overrules size where it is
    unambiguous: a tier that sets the scene (…时强调, …——) or closes with a
    series' number (…精神①) or only names what the title reports on
    (某某部发文, 某某博物馆: :mod:`.large_kickers`) is a kicker and a
    tier opening with —— or a point mark (■) or reporting who attended (王勇出席并讲话) or going
    on from the subject of the tier over it, its verb first (强调…, 决定…), a
    subtitle, however large; a title carries the
    column tag （新春走基层）, so a tier nearly as large that has one is the
    title when the largest has none; and a 主题 of two parallel phrases
    (分片包干 联动执法) under a larger tier is the title, and so is the one tier
    that is a quotation alone (“乡亲们越干越有劲”), nearly as large. Of three
    tiers whose first two are about as large (within a twelfth) over a
    smaller third, the middle is the title: kicker, title, subtitle. With ``heavy`` (each
    tier's weight: 2 bold, 1 黑体 or another heavy face, 0 宋体 and the like),
    the one tier heavier than the largest and nearly as large is the title."""
    if not texts:
        return Headline()
    order = range(len(texts))
    top = max(order, key=lambda i: (sizes[i], -i))
    if heavy:  # the 主题 is set in the heaviest face (bold over 黑体 over 宋体) when sizes are close
        weighty = [i for i in order if heavy[i] > heavy[top] and sizes[i] > 0.75 * sizes[top]]
        if weighty and all(heavy[i] == heavy[weighty[0]] for i in weighty) and len(weighty) == 1 \
                and not _longer_smaller_heavy(texts, sizes, heavy, weighty[0], top):
            top = weighty[0]
    if len(texts) == 3 and top == 0 and sizes[1] >= 0.92 * sizes[0] and sizes[2] < 0.8 * sizes[1] \
            and not starts_with_dash(texts[1]) and not _TRAILING_TAG.search(texts[0]):
        top = 1  # three tiers, the first two as large: the 主题 stands between its 引题 and its 副题
    elif top + 1 < len(texts) and _LARGE_KICKER_END.search(texts[top]):
        top = max(range(top + 1, len(texts)), key=lambda i: (sizes[i], -i))
    elif top + 1 < len(texts) and _EVENT_OR_SCENE.search(texts[top]) and not _EVENT_OR_SCENE.search(texts[top + 1]) \
            and not starts_with_dash(texts[top + 1]) and sizes[top + 1] >= 0.75 * sizes[top]:
        top += 1  # the event (or the scene) over what happened there: the title under it, nearly as large
    elif top + 1 < len(texts) and _SERIES_NUMBER.search(texts[top].strip()) and not starts_with_dash(texts[top + 1]) \
            and sizes[top + 1] >= 0.75 * sizes[top]:
        top += 1  # a series' tag over the piece's own title, nearly as large
    elif top + 1 < len(texts) and not starts_with_dash(texts[top + 1]) and sizes[top + 1] >= 0.75 * sizes[top] \
            and title_under_larger_kicker(texts[top], texts[top + 1]):
        top += 1  # a kicker naming what the title under it reports on (某某部发文, 某某博物馆), set larger
    elif top > 0 and (starts_with_dash(texts[top]) or texts[top].startswith(_POINT_MARKS) or (
            (_WHO_ATTENDED.match(texts[top]) or (_GOES_ON_FROM_SUBJECT.match(texts[top])
                                                  and not _GOES_ON_FROM_SUBJECT.match(texts[top - 1])
                                                  and not looks_like_kicker(texts[top - 1])))
            and sizes[top - 1] >= 0.75 * sizes[top])):
        # (who attended, set much larger than the tier over it, is the title: 习近平出席大会并发表重要讲话)
        top = max(range(top), key=lambda i: (sizes[i], -i))
    if top > 0 and bracket_note(texts[top]) and sizes[top - 1] >= 0.75 * sizes[top]:
        top = max(range(top), key=lambda i: (sizes[i], -i))  # a bracketed note under the title is its subtitle
    below = top + 1
    if below < len(texts) and not starts_with_dash(texts[below]) and not _WHO_ATTENDED.match(texts[below]) \
            and sizes[below] >= 0.75 * sizes[top] and not _heavier_title(heavy, sizes, top, below) \
            and ((_COUPLET.fullmatch(texts[below]) and not _COUPLET.fullmatch(texts[top]))
                 or (_SPEAKER_SAYS.match(texts[top]) and not _SPEAKER_SAYS.match(texts[below]))):
        # under a larger 引题 (not a bold one, nor one as large in a heavier face: the 主题's), two
        # parallel phrases (重拳整治 净化环境) are the 主题, and so is
        # what a speaker urged (胡春华强调…) once the 引题 has said who urged it
        # (not under a tier in a heavier face: that face is the 主题's, the lighter tier its 副题)
        top = below
    quoted = [i for i in order if _WHOLLY_QUOTED.fullmatch(texts[i].strip())]
    if len(quoted) == 1 and quoted[0] != top and sizes[quoted[0]] >= 0.75 * sizes[top] \
            and not (heavy and quoted[0] < top and heavy[quoted[0]] < heavy[top]):
        # a quotation standing alone is the title, however its kicker is set; not one in a lighter
        # face (楷体, 宋体) over a tier in the heavier face of a 主题: that quotes its subject, a kicker
        top = quoted[0]
    if not _TRAILING_TAG.search(texts[top]):
        tagged = [i for i in order if i != top and _TRAILING_TAG.search(texts[i]) and not starts_with_dash(texts[i])
                  and texts[i][0] not in "（(" and not _DATE_NOTE.search(texts[i])
                  and sizes[i] >= 0.75 * sizes[top] and not (i < top and _LARGE_KICKER_END.search(texts[i]))]
        if len(tagged) == 1:
            top = tagged[0]
    kicker = "".join(texts[:top]) or None
    subtitle = " ".join(strip_dashes(t) for t in texts[top + 1:]) or None
    return Headline(kicker=kicker, title=texts[top], subtitle=subtitle)


#: how only a kicker ends, in text where no size tells: 时强调, 会议上要求, ……——
_SCENE_END = re.compile(r"(?:强调|要求|指出|表示|提出|寄语|致辞|——|—|：|[时上](?:希望|说))$")
#: the longest end _SCENE_END matches
_SCENE_END_CHARS = 3


def sets_the_scene(text: str) -> bool:
    """Does a tier end the way only a kicker does (…时强调, …会议上要求, ……——)?
    Stricter than :func:`looks_like_kicker`: a title may end in 召开 or 发布."""
    text = text.rstrip()
    return bool(_SCENE_END.search(text, len(text) - _SCENE_END_CHARS))  # (its end only: anchored there)


#: a title's wrapped line over its dashed subtitle runs at most this many characters past the first
_WRAP_OVERRUN = 2


def _wraps_title(title: str, line: str) -> bool:
    """Is undashed ``line``, between ``title`` and a dashed subtitle, the title's
    wrapped second line: about as long as the title's first, no tier of its own
    (a dash, a column's tag, a bracket)? A much longer line there, or a tagged
    one, is the next headline's title met on the way."""
    line = line.strip()
    return bool(line) and not starts_with_dash(line) and len(line) <= len(title.strip()) + _WRAP_OVERRUN \
        and not any(mark in line for mark in "（(")


def _is_title_then_subtitle(first: str, second: str) -> bool:
    """Two tiers without a dash: a long sentence-like second tier is a
    subtitle; a first tier that sets the scene is a kicker."""
    if looks_like_kicker(first):
        return False
    long_second = cell_width(second) >= 1.6 * cell_width(first) and cell_width(second) >= 24
    return long_second and ("，" in second or "；" in second or "：" in second)
