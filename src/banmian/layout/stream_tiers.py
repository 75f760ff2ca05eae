"""Headline tiers in a line stream: is a short headline line the next line
of the tier above it (a title wrapped in its box) or a tier of its own, is
a name alone under a headline its author, does a body open under it?
:mod:`.line_stream` asks these while it cuts the stream; the lines' widths
and marks come from :class:`.stream_measure.Measure`."""

from __future__ import annotations

import re

from ..model import Block
from .roles import BYLINE
from ..names import starts_with_surname
from .headlines import looks_like_kicker, without_column_tag
from .tier_patterns import (CONTEST, OBJECT_VERBS, PERSON_VERBS, TITLE_TAG, counts_on, ends_before_verb,
                            is_brief_heading, opens_inside_word)
from .reflow import cell_width, core_width, ends_sentence
from .text_credits import caption_over_credit, closes_with_credit
from .stream_lines import CLAUSE_MARKS, COLUMN_TAG, MARK_ONLY, NAME_ONLY, ROLE_ONLY
from .stream_measure import CLOSING, Measure, has_inner_clause, unbalanced
from .number_breaks import cut_inside_number
from .figure_notes import figure_over_its_explanation
from .tier_wording import PHRASE_GAP as _PHRASE_GAP, full_line_over_tagged_tail, phrase_cut_short
from .rules import is_continuation_line, marked_authors, parse_byline_line, parse_credit
from .closing_authors import ends_with_authors
from .marked_bylines import marked_bylines


def paragraph_opens(m: Measure, k: int) -> bool:
    """Line ``k`` is a paragraph's first line: indented (W-2), unfinished
    though not full, and a full line under it."""
    return (m.indents[k] and not m.fulls[k] and not m.closes[k] and not m.mid[k]
            and k + 1 < len(m.lines) and m.fulls[k + 1])


_LINE_CANNOT_OPEN = "，。、；：？！）》”’」』】…%"
#: how a kicker ends (时强调, 会议上要求, ……——, 国台办：)
KICKER_END = re.compile(r"(?:强调|要求|指出|表示|提出|寄语|致辞|——|—|：|:)$")




def _whole_phrases(so_far: str) -> bool:
    """Is the tier two or more phrases set a space apart, each as long as the
    others (a character apart at most)? Its last phrase is whole, not cut short
    by the line's end (:func:`.tier_wording.phrase_cut_short`): the tier ends with it."""
    if not _PHRASE_GAP.search(so_far):
        return False
    lengths = [len(phrase) for phrase in so_far.split()]
    return len(lengths) >= 2 and max(lengths) - min(lengths) <= 1


#: a tier's end on a figure and its unit (男子60米, 49.5%, 1.43亿人次; in words, of two numerals at least:
#: 一百二十公里, 四十二家, 五亿多人)
#: (a run of numerals at most 9 long: linear time on a line of numerals)
_ENDS_WITH_FIGURE = re.compile(r"(?:\d|[一二三四五六七八九十两][一二三四五六七八九十百千万亿两]{1,8}[多余]?)"
                               r"(?:[%％]|[米亿万元吨个项名件岁家座所户]{1,2}|人次|公里|人)$")


def wraps_tier(m: Measure, tier: list[float], so_far: str, k: int) -> bool:
    """Is headline line ``k`` the next line of the tier ``so_far`` (a title
    wrapped in its box) rather than a tier of its own? A box's lines are
    equally full and its last line no wider; a kicker ends in 强调 or ——,
    a subtitle opens with ——; a bracket or quote left open goes on."""
    text = m.lines[k].strip()
    if text.startswith(("——", "—")) or KICKER_END.search(so_far) or looks_like_kicker(so_far):
        return False
    if m.datelines[k] or m.wraps_dateline[k]:
        return False  # 某某惠及千户居民 / 本报江城3月3日电: a dateline alone on its line opens the body
    if parse_byline_line(so_far) or parse_credit(so_far) or closes_with_credit(so_far):
        return False  # a byline or credit line is no headline tier to go on
    if so_far.startswith(("——", "—")) and _opens_paragraph(m, k):
        return False  # ——市长走进老街问冷暖 / 近日，在上海……: the subtitle ends; the body opens
    if so_far.rstrip()[-1:] in CLOSING and not unbalanced(so_far):
        return False  # （许志峰）, “法宝”: a closed bracket or quote ends the tier
    if so_far.startswith(("——", "—")) and len(tier) == 1 and k >= 2 and not ends_sentence(m.lines[k - 2]) \
            and m.widths[k - 2] > m.widths[k - 1] and not unbalanced(so_far):
        return False  # a dashed subtitle narrower than its title's line filled no box: it wrapped no tail
    if (parse_byline_line(text) or parse_credit(text) or closes_with_credit(text) or is_continuation_line(text)
            or COLUMN_TAG.fullmatch(text) or (("/" in text or "／" in text) and marked_bylines(text))):
        return False  # (文·图/韦小川: a byline marking each part)
    if not has_inner_clause(so_far) and caption_over_credit(m.lines, k):
        return False  # 竹丝里的三百年 / 赵师傅在作坊 / 里编织竹篮。 / 谢冰/摄: a caption under the title
        # (a tier that holds a clause mark may be that caption's first line: 有了公路隧道，和某某的运输 / …)
    if text[:1].isdigit() and figure_over_its_explanation(m.lines, k):
        return False  # 客流再创新高 / 36.2万人次 / 全天…接待游客36.2万人次: a figure box opens under the headline
    if unbalanced(so_far) or text[0] in _LINE_CANNOT_OPEN or m.widths[k] <= 2 or cut_inside_number(so_far, text) \
            or opens_inside_word(text):
        return True
    if _opens_with_named_person(m, text, k) and not _word_cut(m, so_far, text, k):
        return False  # …常委会工作报告稿 / 栗战书参加审议: a tier of its own, its subject a person the text near
        # it names (a box's tail opens inside the tier's last word, and a surname there names no one)
    if len(tier) >= 2 and tier[-1] <= _SHORT_LAST * tier[0] and not unbalanced(so_far):
        return False  # …党组成 / 员、副局长 / 吴浈…: the box's short last line has come; a body that
        # restates the headline spells the words across the next break too
    if unechoed_label(m, k):
        return False  # a column's logo drawn after the headline (经济观察): the text near it tells of none of it
    if _word_cut(m, so_far, text, k) and m.widths[k] <= max(cell_width(so_far), m.columns[k]) + 1:
        # widths aside: a subheading's box may be ragged or centred (全面建 / 成多层次…); but a line
        # wider than both the column and the line above is no tail of it (a subtitle under its title)
        return True
    if phrase_cut_short(so_far, m.cores[k]) or completes_phrase_pair(so_far, text) \
            or (NAME_ONLY.fullmatch(text) and _EVENT_VERB_LAST.search(text)):
        return True  # (…祖国繁 / 荣吉祥, …在金 / 边开幕: name-shaped, and a tier's tail all the same)
    if so_far[-1:].isascii() and so_far[-1:].isalnum() and text[:1].isascii() and text[:1].isalnum():
        return True  # a number or a word cut at the line end (20 / 19年)
    if so_far[-1:] in _NUMERALS and text[:1] in _NUMERALS:
        return True  # a number in words cut at the line end (以二米三 / 四的成绩)
    if _PHRASE_GAP.search(text) or _whole_phrases(so_far):
        return False  # a line with a phrase gap is a whole tier (奋进新时代 建功新征程), no tail
    if CONTEST.search(so_far) or is_brief_heading(so_far):
        return False  # a contest named whole (…墨尔本站) or a briefs' heading (综合短讯): a title under it
    if NAME_ONLY.fullmatch(text) and starts_with_surname(text) and m.cores[k] <= tier[-1] / 2:
        return False  # a name alone under a long tier is its author (…举行会谈 / 董颖波), no tail
    if len(tier) >= 2 and tier[-1] < tier[0] - 1:
        return False  # the tier's short last line has come
    if m.indents[k] and m.body_goes_on(k):
        return False  # a paragraph's first line and the rest of it under it: the body begins
    if so_far.rstrip().endswith(OBJECT_VERBS) or counts_on(so_far) or ends_before_verb(so_far):
        return True  # …夺得 / 成人赛首冠, …部门已 / 组建…: the thing won, the verb is on the next line
    if full_line_over_tagged_tail(so_far, text):
        return True  # 守住底线，以从严管理护 / 好百姓钱袋（江城时评）: one title filling its box
    if _opens_box(m, k) or (_label_before_body(m, k) and so_far.rstrip()[-1:] not in _LEADS_ON):
        return False  # (a tier ending in a word that leads on, 走在 / 时代前列, takes its object there)
    if tier[-1] >= _WIDE_LINE and m.cores[k] >= 0.5 * tier[-1] and not full_before_tail(m, tier, k):
        return False  # a wide line over one more than half as wide: a kicker over its title, no tail
    if _ENDS_WITH_FIGURE.search(so_far[-4:]):
        return False  # 某某田径赛男子60米 / 某某夺得冠军, 1月PMI为49.5%: a figure with its unit closes its tier
    return m.cores[k] <= tier[-1] + 0.5 and tier[-1] >= 4


def closes_over_byline(m: Measure, tier: list[float], k: int) -> bool:
    """Under a headline line, is line ``k`` (as full as a column line, ending no
    sentence) the headline's last line, a byline or an author's name right under
    it? A column line that ends no sentence goes on in the line under it: a
    byline opens no sentence's second half."""
    n = k + 1
    if not tier or n >= len(m.lines) or m.closes[k] or m.mid[k] or m.indents[k]:
        return False
    under = m.lines[n].strip()
    return bool(parse_byline_line(under)) or (NAME_ONLY.fullmatch(under) is not None and starts_with_surname(under))


def full_before_tail(m: Measure, tier: list[float], k: int) -> bool:
    """Is line ``k`` as full as the tier's line over it, and the line under it
    that box's short last line (…期刊发表：新设备 / 能看懂图纸，识别准确率超过 /
    医生)? Two lines of one box holding as many characters are set in one type
    size: one tier wrapped, the short line closing it (a kicker's title in
    larger type fills shorter lines)."""
    n = k + 1
    if not tier or n >= len(m.lines) or abs(m.cores[k] - tier[-1]) > 1.0 or not m.headlines[n]:
        return False
    if _PHRASE_GAP.search(m.lines[k - 1]):
        return False  # two phrases a space apart over it (弘扬新风 凝聚力量): a banner, a whole tier
    tail = m.lines[n].strip()
    if (NAME_ONLY.fullmatch(tail) and starts_with_surname(tail)) or parse_byline_line(tail) or parse_credit(tail) \
            or m.datelines[n]:
        return False  # a name, a byline or a credit under the tier: no line of it
    line = m.lines[k].rstrip()
    if line[-1:] in _LEADS_ON:
        return False  # the wording already says it leads on: asked of wraps_tier as any headline line
    return m.cores[n] <= 0.5 * m.cores[k] and not KICKER_END.search(line)


#: a headline line this wide (cells) that the next line, over half as wide, carries on is
#: rarer than a kicker over a shorter title (on typeset pages about 1 in 4); where it is a
#: wrap, the page's body most often runs on through the break and joins it again
#: (:func:`.text_headlines.wraps_on`)
_WIDE_LINE = 14


_NUMERALS = "〇零一二三四五六七八九十百千万亿两"
#: a box's last line this short against its first (at most) closes the tier
_SHORT_LAST = 0.5
#: prepositions, conjunctions and particles that end no headline: the words they lead on to follow
_LEADS_ON = "在的和与及对把向从被让给于跟同"
#: a column's logo or label (时代新论, 一线见闻): a few characters, no punctuation
COLUMN_LABEL = re.compile(r"[\u4e00-\u9fff]{4,5}")



def box_over_paragraph(m: Measure, k: int, above: str) -> bool:
    """Does a paragraph's first line (indented, a full line under it) come under
    the short last line closing line ``k``'s box (``above``: the box's line over
    it, :func:`full_before_tail`): the box a subheading wrapped at its column's
    measure over its part's text, not a kicker over its title nor a headline
    over its dateline? A column's tag closing the box (……（新春新 / 年俗）) makes
    it a headline whatever follows, and a heading holds no sentence's end."""
    if k + 2 >= len(m.lines) or not paragraph_opens(m, k + 2):
        return False
    box = "".join(line.strip() for line in (above, m.lines[k], m.lines[k + 1]))
    return not TITLE_TAG.search(box) and not any(mark in box for mark in "。！？!?")

def _label_before_body(m: Measure, k: int) -> bool:
    """A column label standing between a headline and the body (or byline, a
    second label, a continued-from note) is no tail of the headline above it.
    A label names the column, not what the article tells: a short line whose
    words the body's first lines spell (…对2030年议程 / 至关重要, and the body
    says …目标至关重要) is the headline's tail."""
    if not COLUMN_LABEL.fullmatch(m.lines[k].strip()) or _echoed_below(m, k):
        return False
    n = k + 1
    if n >= len(m.lines):
        return False
    nxt = m.lines[n].strip()
    return bool(body_opens(m, n) or COLUMN_LABEL.fullmatch(nxt) or parse_byline_line(nxt)
                or ROLE_ONLY.match(nxt) or MARK_ONLY.match(nxt) or is_continuation_line(nxt))


#: lines either side of a label-shaped line whose text is asked whether it tells of its words
_LABEL_NEAR = 60


def unechoed_label(m: Measure, k: int) -> bool:
    """Is line ``k`` shaped like a column's label (a few characters, no mark)
    while the text near it, the article's body either side, spells none of its
    character pairs? A headline's words are its article's (赛点, 雨雪 come back
    in the body); a column's label (经济观察, 一线见闻) names the column."""
    text = m.lines[k].strip()
    if k < 1 or not COLUMN_LABEL.fullmatch(text) or m.lines[k - 1].rstrip()[-1:] in _LEADS_ON:
        return False
    near = m.spelled(k - _LABEL_NEAR, k) + m.spelled(k + 1, k + 1 + _LABEL_NEAR)
    # the same label heading the column's other articles, a line of its own each, tells of nothing
    # (its lines counted only where the text near spells it: most labels it does not)
    echoes = near.count(text)
    span = range(max(0, k - _LABEL_NEAR), min(len(m.lines), k + 1 + _LABEL_NEAR))
    if echoes and sum(m.lines[j].strip() == text for j in span) == echoes + 1:
        near = near.replace(text, "\n")
    pairs = {text[i:i + 2] for i in range(len(text) - 1)}
    return not any(pair in near for pair in pairs)


#: the body lines under a short headline line whose text is asked whether it spells that line
_ECHO_LINES = 8


def _echoed_below(m: Measure, k: int) -> bool:
    """Do the lines under line ``k`` (the body's first ones) spell it whole?"""
    text = m.lines[k].replace(" ", "").strip()
    return bool(text) and m.spells(text, k + 1, k + 1 + _ECHO_LINES)


def is_author_alone(m: Measure, tier: list[float], above: Block, k: int) -> bool:
    """A name alone under a headline (汪 涛, 程华莉), 理论 style: it opens with a
    surname, and the headline above it is complete (closed by its tag, or its
    short last line has come) or more names follow; or it follows such a name."""
    text = m.lines[k].strip()
    if m.vertical[k] and all(NAME_ONLY.fullmatch(name) and starts_with_surname(name) for name in text.split()):
        return True  # names set vertically beside a headline are its authors
    if marked_authors(text):
        return True  # 文/林溪, □ 林溪: the mark says an author
    if not NAME_ONLY.fullmatch(text) or not starts_with_surname(text):
        return False
    if ends_with_authors(m.lines, k - 1):
        # …。（张三 李四） / 全村福 / the next item's text: the bracket closed its item with its authors,
        # so a name-shaped line after it opens the next item (its title), no author of anything
        return False
    if above.role == BYLINE:
        return True
    if _authors_given_under(m, k + 1):
        return False  # …更加精准 / 高效 / ■ 本报记者 张三: the byline under it gives the authors, with their roles
    last = above.lines[-1].rstrip()
    if _word_cut(m, last, text, k) or cut_inside_number(last, text):
        return False  # 确保市场供应安 / 全稳定, 高级别磋 / 商举行: the body spells 安全, 别磋商: a tier's tail
    if last.endswith(PERSON_VERBS):
        return False  # …总统会见 / 张三: the one met is the tier's last word
    if completes_phrase_pair(last, text) or _EVENT_VERB_LAST.search(text):
        return False  # …祖国繁 / 荣吉祥, …在金 / 边开幕: the tier's tail, no name
    if last.endswith("的"):
        return False  # …就是咱们努力的 / 方向: no headline ends in 的, the word it leads on to is its tail
    if k and m.fulls[k - 1] and not m.closes[k - 1] and has_inner_clause(last):
        return False  # 培育特色产业，打造乡村振兴新 / 样板: a line filling the column's measure with a clause
        # inside it is a subheading's (or a text's) in the body's type, wrapped: no headline over its author
    complete = last[-1:] in CLOSING or (len(tier) >= 2 and tier[-1] < tier[0] - 1) or _phrase_lines_over_name(m, k, text)
    n = k + 1
    more = n < len(m.lines) and bool(NAME_ONLY.fullmatch(m.lines[n].strip())) and starts_with_surname(m.lines[n])
    # a banner's two phrases under it: the name closes the headline above (an author between two headlines)
    return complete or more or " " in text or body_opens(m, n) or _two_phrases(m, n) or _body_text_under(m, n)


def _authors_given_under(m: Measure, n: int) -> bool:
    """Does line ``n`` open a byline that gives its authors with their roles
    (a byline's mark alone, ■ / 本报记者 …, a role alone, or a role and its
    names)? A headline has one byline: a name-shaped line over it is no
    second author line but the title's wrapped tail (…精准 / 高效)."""
    if n >= len(m.lines):
        return False
    line = m.lines[n].strip()
    if MARK_ONLY.fullmatch(line) or ROLE_ONLY.fullmatch(line):
        return True
    given = parse_byline_line(line)
    return bool(given) and all(b.role for b in given)


#: the widths (cells) of a title's phrases set a line each in a narrow box (划分片区 / 协作办案)
_PHRASE_CELLS = (4, 8)


def _phrase_lines_over_name(m: Measure, k: int, text: str) -> bool:
    """Are the lines over line ``k`` two or more of one width, each a phrase of
    a few characters (划分片区 / 协作办案), and the name-shaped line ``k``
    narrower (陆金军)? A title set a phrase a line has come whole: the
    shorter line under it is its author, as a wrapped title's words break
    where the box does (the other tests, a word cut or a phrase left open,
    are asked before)."""
    if not 2 <= len(text) <= 3 or k < 2:
        return False
    width = m.cores[k - 1]
    if not _PHRASE_CELLS[0] <= width <= _PHRASE_CELLS[1] or cell_width(text) >= width - 0.5:
        return False
    return abs(m.cores[k - 2] - width) < 0.5 and not m.closes[k - 2] and not m.closes[k - 1]


#: an event's verb closing a name-shaped line (…文化旅游年”在金 / 边开幕): a tier's tail, as no
#: given name is such a verb
_EVENT_VERB_LAST = re.compile(r"(?:开幕|闭幕|举行|召开|落幕|揭牌|揭幕|竣工|签约|通车|上线)$")


def completes_phrase_pair(last: str, text: str) -> bool:
    """Is ``text`` the rest of the second of two phrases a space apart that
    headline line ``last`` ends in (万家团圆喜乐 日子红 / 火兴旺)? A title's two
    phrases are set of one length: where the second falls short of the first by
    just as many characters as ``text`` holds, ``text`` completes it."""
    parts, tail = last.split(), text.strip()
    if len(parts) != 2 or not all(_HANZI.fullmatch(x) for x in (*parts, tail)):
        return False
    first, second = parts
    return len(second) + len(tail) == len(first)


def _body_text_under(m: Measure, n: int) -> bool:
    """Is line ``n`` running text: a column's full line holding a clause mark,
    its sentence going on in the column line under it? A headline's tail is
    never set over a paragraph so; a name there signs the headline over it
    (黄河的冰 / 林晓雨 / 1998年冬天，时年80岁的…), even where digits in the body's
    first line hide its indent."""
    return n + 1 < len(m.lines) and m.fulls[n] and not m.closes[n] and has_inner_clause(m.lines[n]) \
        and m.body_goes_on(n)


def _two_phrases(m: Measure, n: int) -> bool:
    """Line ``n`` holds two phrases set a space apart and no clause mark
    (坚持稳中求进 推动高质量发展): a banner's or a headline's line, however wide."""
    if n >= len(m.lines):
        return False
    line = m.lines[n]
    return bool(_PHRASE_GAP.search(line)) and not any(mark in line for mark in CLAUSE_MARKS)


#: lines either side of a headline whose text is asked whether it runs through a break
_NEAR_LINES = 150


def _text_runs_through(m: Measure, last: str, text: str, k: int, reach: tuple[int, int] = (2, 2)) -> bool:
    """Do the lines near line ``k`` (not the two at the break) spell the
    characters either side of the break between ``last`` and ``text``
    (``reach``: how many before and after it)?"""
    before, after = reach
    tail, head = last.replace(" ", "")[-before:], text.replace(" ", "")[:after]
    if len(tail) < before or len(head) < after or not _HANZI.fullmatch(tail + head):
        return False
    return m.spelled_across(tail + head, k, _NEAR_LINES)  # (in spelled(k - 150, k - 1) + spelled(k + 1, k + 150))


_HANZI = re.compile(r"[\u4e00-\u9fff]+")


#: a clause this long at least (characters) opening a line: a person's name and what they did
_NAMED_CLAUSE_CHARS = 5
#: the characters of a name (surname and given name) the text near must spell
_NAME_CHARS = 3


def _opens_with_named_person(m: Measure, text: str, k: int) -> bool:
    """Does line ``k`` (a clause, no name alone) open with a surname and a given
    name that the lines near it spell (栗战书参加审议, and the body tells of
    栗战书委员长)? A subtitle reporting what a person did."""
    name = text.replace(" ", "")[:_NAME_CHARS]
    if len(text) < _NAMED_CLAUSE_CHARS or NAME_ONLY.fullmatch(text) or not _HANZI.fullmatch(name):
        return False
    if not starts_with_surname(name):
        return False
    return m.spells(name, k - _NEAR_LINES, k - 1) or m.spells(name, k + 1, k + _NEAR_LINES)


def _word_cut(m: Measure, last: str, text: str, k: int) -> bool:
    """Headline lines cut inside a word the body near them spells (全面建 /
    成多层次…: 全面建成; 把 / 握: 把握): one tier wrapped, however the lines'
    widths fall (a subheading's box may be ragged or centred)."""
    return _text_runs_through(m, last, text, k, (2, 1)) or _text_runs_through(m, last, text, k, (1, 2))


def dated_under(m: Measure, k: int) -> bool:
    """Does a dateline (wrapped or not) open the line under line ``k``?"""
    n = k + 1
    return n < len(m.lines) and (m.datelines[n] or m.wraps_dateline[n])


def headline_over_short_paragraph(m: Measure, p: int, k: int) -> bool:
    """Line ``p``, unfinished, no clause mark, two cells or more wider than its
    column, over a paragraph of one indented line (一年两季雨，从夏下到秋。): no
    column line is so wide, so ``p`` is a headline's line set across columns."""
    return (m.cores[p] >= m.columns[p] + _ACROSS and m.indents[k] and m.closes[k]
            and m.cores[k] < m.columns[k] - 1 and not has_inner_clause(m.lines[p]))


#: a line this many cells wider than its column is set across columns
_ACROSS = 2


def body_opens(m: Measure, n: int) -> bool:
    """Line ``n`` opens an article's body: a dateline (it may wrap: 新华社北京
    2月20日 / 电 …), or a paragraph's first line."""
    if n >= len(m.lines):
        return False
    return m.datelines[n] or m.wraps_dateline[n] or paragraph_opens(m, n)


def title_under_kicker(m: Measure, above: str, k: int) -> bool:
    """Under a kicker (……时强调, ……回信, ……——), a line as full as a column
    line that ends no clause is the title's first line, not body."""
    kicker = KICKER_END.search(above) or looks_like_kicker(above)
    return bool(kicker) and m.fulls[k] and not m.closes[k] and not m.mid[k] and not paragraph_opens(m, k)


def _opens_paragraph(m: Measure, k: int) -> bool:
    """Is line ``k`` a paragraph's first line: set in by its indent (two cells
    short of the column of the full line under it, or three when a mark that
    may not open a line pushed a character down), its sentence going on?"""
    return (k + 1 < len(m.lines) and m.fulls[k + 1] and not m.closes[k]
            and m.columns[k + 1] - 3.5 <= m.widths[k] <= m.columns[k + 1] - 1.5)


def dash_tail(m: Measure, k: int) -> bool:
    """A short line ending in —— (a kicker's tail: 质量发展——)."""
    return m.lines[k].rstrip().endswith("——") and not m.fulls[k] and not m.closes[k]


def _opens_box(m: Measure, k: int) -> bool:
    """Line ``k`` and the next are two equally full headline lines (the next
    one's column tag not counted): a tier of its own wrapped in its box (a
    title in larger type under its kicker), not the short tail of the line above."""
    n = k + 1
    if n >= len(m.lines) or m.datelines[n]:
        return False
    # the box's last line may close with the title's column tag (公园更多 / 绿地更广（城建观察）)
    bare = without_column_tag(m.lines[n])
    if bare != m.lines[n].strip():
        # (or, the tag counted, as wide as the line above: 为区域经济协同发展 / 注入活力（江城观察）)
        return bool(bare) and not ends_sentence(bare) and min(abs(core_width(bare) - m.cores[k]),
                                                               abs(m.cores[n] - m.cores[k])) <= 1.0
    return m.headlines[n] and abs(m.cores[n] - m.cores[k]) <= 1.0
