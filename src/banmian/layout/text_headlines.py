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
from itertools import accumulate

from ..model import Block
from .roles import BODY, TITLE
from .headline_word_cuts import cut_inside_word, ends_on_joiner
from .headlines import is_wrapped_box, looks_like_kicker, sets_the_scene, without_column_tag
from .number_breaks import cut_inside_number
from .reflow import cell_width, ends_sentence, join_lines
from .text_units import Unit
from .tier_runs import tier_runs
from .label_tails import awaits_amount
from .tier_patterns import (CONTEST, OBJECT_VERBS, PERSON_VERBS, PHRASE, SUBTITLE_VERB_FIRST, TITLE_TAG, cjk_count,
                            counts_on, ends_before_verb, event_closed, opens_inside_word)
from .tier_wording import (full_line_over_tagged_tail, parallel_phrases, phrase_cut_short, short_box_tail,
                           short_tagged_tail, three_character_tail, two_character_tail)

_OPENERS = "“‘《（(【「『"
_CLOSERS = "”’》）)】」』"
_LINE_CANNOT_OPEN = "，。、；：？！）》”’」』】…%·"
#: a kicker's tail pushed onto a line of its own: 时强调, 会议上要求
_KICKER_TAIL = re.compile(r"^(?:[时上中后]|会上|会议上)?(?:强调|要求|指出|表示|提出|寄语|批示)$")
_NAME = re.compile(r"[\u4e00-\u9fff·]{2,8}")


def meets_person(line: str, nxt: str, body: str | BodyWords | None = None) -> bool:
    """Does ``line`` end in a verb whose object is a person (会见, 看望) with the
    name alone on ``nxt`` (…特朗普会见 / 张三)? The name is that tier's last word.
    Where the text near (``body``) is given, it names the one met (a report does);
    a name it never spells is an author's under a title (…三方外长会晤 / 何某某)."""
    name = nxt.strip()
    return line.rstrip().endswith(PERSON_VERBS) and bool(_NAME.fullmatch(name)) and (
        body is None or name.replace(" ", "") in body)


#: a headline line this wide (cells) is carried on by a line over half as wide only where
#: the line ends say so (as in :mod:`.line_stream`)
_WIDE_LINE = 14
#: characters either side of the break that the page's text must run through (then one)
_SPAN = 2
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _unbalanced(text: str) -> bool:
    # (most lines hold no opening mark: told by one pass in C before the marks are counted)
    return not _OPENER_SET.isdisjoint(text) and sum(map(text.count, _OPENERS)) > sum(map(text.count, _CLOSERS))


_OPENER_SET = frozenset(_OPENERS)


def _joined_elsewhere(last: str, first: str, page_text: str | BodyWords, span: int) -> bool:
    """The characters either side of the break run on in the page's body text.
    A number may stand on one side where the other is two CJK characters (…救起 /
    69名…, …输水200 / 亿立方米): the body spells the figure with its words too."""
    tail, head = last[-span:], first[:span]
    if len(tail) < span or len(head) < span:
        return False
    if not (_CJK.search(tail) and _CJK.search(head)) and not (span >= _SPAN and _figure_beside_words(tail, head)):
        return False
    return tail + head in page_text


_HANZI_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_FIGURE = re.compile(r"[0-9.%]+")


def _figure_beside_words(tail: str, head: str) -> bool:
    """One side of a break is digits, the other CJK characters only."""
    return bool(_FIGURE.fullmatch(tail) and _HANZI_ONLY.fullmatch(head)
                or _HANZI_ONLY.fullmatch(tail) and _FIGURE.fullmatch(head))


#: marks that leave a clause open at a line's end: no headline tier (kicker, title) ends in one
_CLAUSE_OPEN = "、，"


def wraps_on(line: str, nxt: str, page_text: str | BodyWords | None) -> bool:
    """Does headline line ``nxt`` carry on the tier ``line`` (one tier wrapped)?
    Without ``page_text`` only the line ends themselves tell."""
    line, nxt = line.rstrip(), nxt.strip()
    if not line or not nxt or ends_sentence(line) or nxt.startswith(("——", "—")) or line.endswith("——"):
        return False
    if _unbalanced(line) or nxt[0] in _LINE_CANNOT_OPEN or _KICKER_TAIL.match(nxt) or cut_inside_number(line, nxt) \
            or opens_inside_word(nxt) or ends_on_joiner(line, nxt):
        return True
    if line[-1] in _CLAUSE_OPEN:
        return True  # 展览在巴西、 / 日本等国…: a list or a clause left open goes on; no tier ends so
    if one_character_clause(line):
        return True  # …社区食堂、垃 / 圾分类站…: the box wrapped inside a word
    if len(nxt) == 1 and _CJK.match(nxt):
        return True  # …被开除党 / 籍: one character is no tier, but the last of the line above
    if meets_person(line, nxt) or line.endswith(OBJECT_VERBS) or counts_on(line) or ends_before_verb(line) \
            or awaits_amount(line, nxt):
        return True  # …总统会见 / 张三, …夺得 / 首冠, …已有 / 五亿多人: the one met, the thing won, the amount
        # is the tier's last word
        # (…部门已 / 组建…: an adverb's verb too)
    if page_text is None or looks_like_kicker(line) or CONTEST.search(line):
        return False  # (a contest named whole, …墨尔本站, sets the scene for the tier under it)
    if cjk_count(line) >= _LONG_TIER and SUBTITLE_VERB_FIRST.match(nxt):
        return False  # …委员长会议 / 决定将…: a subtitle goes on from the title's subject, its verb
        # first (a body restating the headline spells the break)
    # one character either side is weak evidence: not for a line far wider than the one over it (a
    # box's first line is its fullest: 两高三部 / 长江经济带…, where any text spells 部长)
    wider = cell_width(nxt) > _WIDER_NEXT * cell_width(line) + 1
    line, nxt = line.replace(" ", ""), nxt.replace(" ", "")
    return _joined_elsewhere(line, nxt, page_text, _SPAN) or (not wider and _joined_elsewhere(line, nxt, page_text, 1))


def one_character_clause(line: str) -> bool:
    """Does headline line ``line`` close on a clause of one character after a
    clause mark, the clause before it longer (…社区食堂、垃)? A list of words
    cut by the line's end: no tier ends on a one-character item unless all its
    items are one character (衣、食、住、行)."""
    if len(line) < 4 or line[-2] not in _CLAUSE_OPEN or not _CJK.match(line[-1]):
        return False
    before = re.split(f"[{_CLAUSE_OPEN}]", line[:-2])[-1]
    return len(before.strip()) >= 2


#: a next line this many times as wide as a headline line is no wrap of it
_WIDER_NEXT = 1.5
#: a tier this long (CJK characters) may have a subtitle opening with its verb under it
_LONG_TIER = 8


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
    # (one replace for the unit, not one a line)
    parts = ["".join(u.block.lines).replace(" ", "") if u.block.role == BODY else "" for u in units]
    return "".join(parts), list(accumulate(map(len, parts), initial=0))


def words_near(units: list[Unit]) -> Callable[[int], BodyWords]:
    """For unit ``k``, the body text of the units around it (:class:`BodyWords`).
    The page's body text is joined at the first asking, from the units as listed
    now (most pages ask none: its stages ask only of a few candidates); the stages
    asking change no body unit in between, and may drop a unit from the list."""
    listed = list(units)
    joined: list[tuple[str, list[int]]] = []

    def near(k: int) -> BodyWords:
        if not joined:
            joined.append(_body_offsets(listed))
        text, offsets = joined[0]
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
    previous_closed = False
    out: list[Unit] = []
    for k, unit in enumerate(units):
        if unit.block.role != TITLE:
            previous = None
            out.append(unit)
            continue
        lines = unit.block.lines
        if len(lines) > 1:  # (a line alone is no copy of a neighbour: most units, left as they are)
            lines[:] = without_overprint(lines)
        raw = list(lines)
        page_text = BodyWords(text, offsets[max(0, k - _WINDOW_UNITS)], offsets[min(len(units), k + _WINDOW_UNITS)])
        merged: list[str] = []
        closed = False  # the last line joined was a box's short last line: the tier ends with it
        below = units[k + 1].block.lines[:1] if k + 1 < len(units) and units[k + 1].block.role == TITLE else []
        if len(lines) > 1 and is_wrapped_box(lines) and not (stream and _tiers_over_subtitle(lines, below, page_text)):
            lines[:] = _box_tiers(lines)  # one tier in a narrow box (a kicker's lead-in dash ends its own)
        for j, line in enumerate(lines):
            nxt_line = [*lines[j + 1:], *below][:1]
            # where blocks hold tiers, the page's words are asked only about a box's
            # shorter next line: a subtitle longer than its title is no wrap of it
            asked = page_text if stream or (merged and cell_width(line) <= cell_width(merged[-1]) + 1) else None
            if not stream and merged and _kicker_width(merged[-1], line):
                asked = None  # (real blocks) a wide line over one over half as wide: only the line ends tell
            if merged and (wraps_on(merged[-1], line, asked) or _dash_tail(merged[-1], line)
                           or cut_inside_word(merged[-1], line, page_text)
                           or (stream and (two_character_tail(merged[-1], line, in_box=True)
                                           or three_character_tail(merged[-1], line)
                                           or _echoed_tail(merged[-1], line, page_text)
                                           or full_line_over_tagged_tail(merged[-1], line)
                                           or short_box_tail(merged[-1], line, (nxt_line or [""])[0], page_text)
                                           or phrase_cut_short(merged[-1].strip(), cell_width(line.strip()))))) \
                    and cell_width(merged[-1] + line) <= 80 and not _parallel_lines(merged[-1], line) \
                    and not (nxt_line and _parallel_lines(line, nxt_line[0])):
                closed = cell_width(line.strip()) <= _SHORT_LAST * cell_width(merged[-1].strip())
                merged[-1] = merged[-1].rstrip() + line.strip()
            else:
                merged.append(line)
                closed = False
        # (a stream's unit: its first printed line, not the tier put together from it, is measured
        # against the line over it: 市长会见五国新 / 任驻华总领事并座 / 谈交流…)
        first = [raw[0]] if stream and raw and merged and merged[0].startswith(raw[0].rstrip()) else merged
        if previous is not None and merged and not previous_closed and (_wraps_into_unit(previous.block.lines[-1], first, page_text, stream)
                                                or stream and _tail_cut_apart(previous.block.lines[-1], merged[0])) \
                and not _opens_phrase_pair(merged, units, k) \
                and not _parallel_lines(previous.block.lines[-1], merged[0]):
            last = previous.block.lines[-1]
            gap = (short_tagged_tail(last.strip(), merged[0].strip()) or "") if stream else ""
            previous.block.lines[-1] = last.rstrip() + gap + merged.pop(0).strip()
        elif previous is not None and merged and _heads_box(previous.block.lines, raw, merged[0]) and (
                len(merged) > 1 or (k + 1 < len(units) and units[k + 1].role == TITLE)):
            previous.block.lines[-1] = previous.lines[-1].rstrip() + merged.pop(0).strip()
        lines[:] = merged
        if merged:
            out.append(unit)
            previous, previous_closed = unit, closed and len(merged) == 1
    return out


def _tail_cut_apart(last: str, first: str) -> bool:
    """In a line stream, is ``first`` (a headline unit's first line) the tail of
    the headline line ``last`` over it that the stream cut into a unit of its
    own: its last two characters, the tagged last line of a box its clause
    filled (…以精准服务托 / 起民生底线（人民时评）), three characters at most
    and the tag (…我国贡献 / 最大（…）), or the rest of a phrase cut short
    (每周定时开放 周末 / 全天可入园)?"""
    return (two_character_tail(last, first) or full_line_over_tagged_tail(last, first)
            or short_tagged_tail(last.strip(), first.strip()) is not None
            or phrase_cut_short(last.strip(), cell_width(first.strip())))


#: a wrapped tier's last line at most this share of the line it ends closes the box: no line of
#: a headline unit after it carries the tier on (…两百多个违建项目被 / 整治, then a column's label)
_SHORT_LAST = 0.5


def _box_tiers(lines: list[str]) -> list[str]:
    """The tiers of a narrow box's lines: one, put on one line, unless a line
    before the last ends in the dash a kicker leads into its title with
    (山西某县某村 / 某某—— / “苹果卖得挺好， / 明年再多种几亩”): kicker and title
    share the box, each wrapped in it."""
    tiers: list[str] = []
    start = 0
    for k, line in enumerate(lines[:-1]):
        if line.rstrip().endswith("——") or _figures_meet(line, lines[k + 1]) or _opens_subtitle(lines[k + 1]) \
                or event_closed(line, lines[k + 1:]):
            tiers.append(join_lines(lines[start:k + 1]))
            start = k + 1
    return [*tiers, join_lines(lines[start:])]


def _opens_subtitle(line: str) -> bool:
    """Does the line open with the dash a subtitle opens with (…月夜休眠 / ——第二月昼…)?
    A box's title runs on to its end; the dash under it opens the tier under the title."""
    return line.lstrip().startswith("——")


def _figures_meet(line: str, nxt: str) -> bool:
    """Does a line end in a figure with its measure and the next open with
    digits (…输水200亿立方米 / 2600多万人喝上好水)? Two figures never stand side by
    side in one phrase without a mark between them: each closes its own tier."""
    return _FIGURE_AT_END.search(line.rstrip()[-_FIGURE_TAIL:]) is not None and nxt.lstrip()[:1].isdigit()


#: a figure and its measure closing a line: digits, then up to four characters of its unit
_FIGURE_AT_END = re.compile(r"\d[\u4e00-\u9fff%％]{1,4}$")
_FIGURE_TAIL = 5


def _tiers_over_subtitle(lines: list[str], below: list[str], page_text: BodyWords) -> bool:
    """Two lines that fill a narrow box over a dashed subtitle (两万跑者畅跑春日湖城 /
    湖滨马拉松鸣枪开跑 / ——首次启用…): a kicker and its title as well as one title
    wrapped. A title wrapped in its box cuts a phrase the body runs through (研发
    投入 / 占比…, and the body says 投入占…); where the body spells no word across
    the break, nor does the first line's end call for more, the lines are two
    tiers of the headline the subtitle closes."""
    if len(lines) != 2 or not below or not below[0].lstrip().startswith("——"):
        return False
    first, second = lines[0].replace(" ", "").strip(), lines[1].replace(" ", "").strip()
    # (nor where the line end alone tells a wrap: …中线累计 / 输水…, an adverb before its verb)
    return not (_joined_elsewhere(first, second, page_text, 1) or wraps_on(lines[0], lines[1], None))


#: a tail the body spells whole holds this many CJK characters at least (shorter ones meet by chance)
_ECHO_CHARS = 4
#: a preposition and its object closing a line (…在韩国, …对2030年议程): the verb is still to come
_OPEN_COVERB = re.compile(r"(?<![所存现实自潜内外何成造早迁将])[在对就向从把被][\u4e00-\u9fff0-9]{1,6}$")


def _echoed_tail(line: str, tail: str, page_text: BodyWords) -> bool:
    """In a line stream, is ``tail`` (a line the stream kept in the box of ``line``)
    the short end of that tier, wrapped: half as wide at most, a phrase the body
    spells whole (…博览会在韩国 / 举行推介会, and the body tells …首尔举行推介会),
    under a line whose last words are a preposition's phrase still waiting for its
    verb (在韩国): a kicker over a short title (…新公园迎客 / 公园开放) ends whole."""
    line, tail = line.strip(), tail.strip()
    if not line or len(_CJK.findall(tail)) < _ECHO_CHARS or not PHRASE.fullmatch(tail.replace(" ", "")):
        return False
    if not _OPEN_COVERB.search(line):
        return False
    if cell_width(tail) > 0.5 * cell_width(line) or ends_sentence(line) or line.endswith("—"):
        return False
    if looks_like_kicker(line) or sets_the_scene(line) or TITLE_TAG.search(line) or CONTEST.search(line):
        return False
    return tail.replace(" ", "") in page_text


def _heads_box(above: list[str], raw: list[str], tier: str) -> bool:
    """Is the one line of the headline block ``above`` the first line of the
    narrow box the next block's first tier wraps in (胡春华强调聚焦 / 突出问题和重点 /
    任务精准发力: PyMuPDF cut the box's first line off)? That tier took two lines
    of the block or more, and the line above is as wide as the box and fills
    it with it (:func:`is_wrapped_box`); a kicker's end (……——, …时强调) heads no
    box. (Asked only where another tier follows that box: a kicker as wide as its
    title's box, 交通局发布新规 / 规范共享电动自 / 行车的停放管理, has none under it.)"""
    if len(above) != 1 or len(raw) < 2:
        return False
    bare = tier.replace(" ", "")
    taken, used = "", 0
    while used < len(raw) and len(taken) < len(bare):
        taken += raw[used].replace(" ", "").strip()
        used += 1
    if used < 2 or taken != bare or sets_the_scene(above[0]) or ends_sentence(above[0]):
        return False
    return abs(cell_width(above[0].strip()) - cell_width(raw[0].strip())) <= 0.5 and is_wrapped_box(
        [above[0], *raw[:used]])


def _kicker_width(line: str, nxt: str) -> bool:
    """A headline line this wide (cells) over one more than half as wide: a kicker
    over its title, not a wrap, though a lead restating the headline runs on
    through the break (……党组成员、副局长 / 张三严重违纪…)."""
    wide = cell_width(line.strip())
    if "，" in line or "，" in nxt:
        return False  # a sentence with its clauses (a quote called out) wraps as text does
    return wide >= _WIDE_LINE and cell_width(nxt.strip()) >= 0.5 * wide


def _opens_phrase_pair(merged: list[str], units: list[Unit], k: int) -> bool:
    """Is the one line of headline unit ``k`` the first phrase of a title whose
    second, parallel in its words, is the next unit's line (…联合抽查 / 边巡查边记录 /
    边发现边处理)? It wraps no line above: the two phrases are one tier."""
    nxt = units[k + 1] if k + 1 < len(units) else None
    if len(merged) != 1 or nxt is None or nxt.block.role != TITLE or len(nxt.block.lines) != 1:
        return False
    return _parallel_lines(merged[0], nxt.block.lines[0])


def _parallel_lines(first: str, second: str) -> bool:
    """Two headline lines that are parallel phrases of one title (the second may close with its tag)."""
    first, second = first.strip(), without_column_tag(second.strip())
    return bool(PHRASE.fullmatch(first) and PHRASE.fullmatch(second)) and parallel_phrases(first, second)


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
    itself, or in two pieces) comes out of an extractor twice: 新征程 / 新征程：
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


#: a block under a headline line carries it on through a word cut in two only this narrow (share of that line)
_CUT_TAIL = 2 / 3


def _wraps_into_unit(last: str, merged: list[str], page_text: BodyWords, stream: bool) -> bool:
    """Does the first line of a headline unit carry on the headline unit right
    above it? In a line stream as any wrap; where blocks are real, a line
    that is a block of its own only when its line ends say so (a kicker's tail
    上强调, a bracket left open) or when it is a short tail, half the line above
    at most, that the page's body runs on through (…市民免 / 费开放): a
    headline line wider than the page's leading lets PyMuPDF cut it alone."""
    if cell_width(merged[0].strip()) <= _CUT_TAIL * cell_width(last.strip()) and cut_inside_word(last, merged[0], page_text):
        return True  # …两起恐怖袭 / 击致…: no tier ends inside a word the body writes whole (a block
        # as wide as the line over it is a tier that may meet it by chance: …不断提升 / 轨道延伸…)
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


def one_tier_a_unit(units: list[Unit]) -> list[Unit]:
    """Once wrapped tiers are whole, each line of a headline unit is a tier of
    its own: give it its own unit, so that headline tiers are told apart by
    their wording (a kicker above its title), not by the block they came in."""
    out: list[Unit] = []
    for unit in units:
        if unit.block.role != TITLE or len(unit.block.lines) < 2:
            out.append(unit)
            continue
        block = unit.block
        for k, lines in tier_runs(block.lines):
            start = block.line_start + k if block.line_start is not None else None
            out.append(Unit(Block(lines, TITLE, page=block.page, line_start=start, bbox=block.bbox,
                                  font_size=block.font_size)))
    return out


__all__ = ["BodyWords", "meets_person", "words_near", "is_short_tail", "one_tier_a_unit", "rejoin_wrapped_headlines",
           "wraps_on"]
