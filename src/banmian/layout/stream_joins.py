"""Does a line of an extractor's stream go on the block above it (its
column's text, a headline's wrapped tier), or open a block of its own? Asked
of every line by :mod:`.line_stream` as it cuts the stream again, from what
text alone still tells: a column line's width beside its neighbours', a
sentence's end, an indented first line, a dateline or the authors' bracket
that closes a text."""

from __future__ import annotations

import re

from ..model import Block
from .roles import OTHER
from ..names import starts_with_surname
from .reflow import TAG_NOT_A_DATE
from .text_credits import caption_over_credit, closes_with_credit
from .stream_lines import CLAUSE_MARKS, NAME_ONLY
from .stream_measure import CLOSING, FULL_SLACK, LOOSE_SLACK, OVERFLOW, Measure, has_inner_clause, unbalanced
from .stream_tiers import body_opens, dated_under, headline_over_short_paragraph, paragraph_opens
from .closing_authors import ends_with_authors
from .measure_turn_lines import opens_next_measure, two_line_paragraph_ends_text
from .rules import CLOSING_DATELINE, is_closing_note, is_continuation_line, parse_byline_line
from .tier_patterns import is_brief_heading
from .wrapped_runs import first_line_like


def _headline_over_first_line(m: Measure, p: int, k: int) -> bool:
    """Line ``p`` is short and ends nothing (no sentence, no clause), and line
    ``k`` under it opens a paragraph: indented, unfinished, a column line
    after it. Were ``p`` a paragraph's first line, ``k`` would go on at the
    full width or end that paragraph; so ``p`` stands alone: a headline (a
    news brief's title over its text, 科考船再次驶离母港 / 记者从…)."""
    n = k + 1
    if n >= len(m.lines):
        return False
    k_closes = m.closes[k] and not m.lines[k].rstrip().endswith(("：", ":"))  # 记者获悉： goes on
    if m.closes[p] or m.mid[p] or k_closes or not m.fulls[n] and not m.closes[n]:
        return False
    if m.widths[p] >= m.columns[p] - 0.5 or m.datelines[p]:
        return False
    # the text above ended (a sentence, a bracket of names, a short line): the title opens an item
    before = p - 1
    if continued_from(m, before):
        return False  # （上接第16版） / 为备战…: the note opens the body carried on from another page
    ended = before < 0 or m.closes[before] or not m.fulls[before] or m.lines[before].rstrip().endswith(("）", ")"))
    if (m.indents[p] and m.cores[k] > m.cores[p] and _SAID_CLAUSE.search(m.lines[p].rstrip()[:-1])
            and has_inner_clause(m.lines[k])):
        # ``p`` as wide as a first line, a clause said in it (a comma, not a list's 、: titles seldom hold
        # one), ``k`` wider and saying a clause too: the paragraph opens at ``p`` and goes on in ``k``, a
        # line a little short (its figures, its marks)
        return False
    # (a first line's closing mark may take a cell of its own, 记者从…获悉，: short of the column line under
    # it, mark and all, its characters are a first line's, under a line holding no mark, as titles hold none)
    short = m.widths[k] <= m.columns[k] - 1.5 or (m.cores[k] <= m.columns[k] - 1.5 and m.widths[n] > m.widths[k]
                                                  and not _ANY_MARK.search(m.lines[p]))
    return ended and first_line_like(m, k) and short


def _two_tiers_over_first_line(m: Measure, k: int) -> bool:
    """After a sentence's end, lines ``k`` and ``k + 1`` hold no mark at all, and the line under them is
    a paragraph's indented first line (short of the column line under it, its
    closing mark and all): a paragraph ends on a mark, so the two lines end
    none; they are a headline's tiers (a title and its subtitle, 地铁三号线
    二期完成铺轨 / 城北到火车站将缩短至半小时), not a paragraph's first lines."""
    n = k + 2
    if (n + 1 >= len(m.lines) or k and not m.closes[k - 1]
            or _ANY_MARK.search(m.lines[k]) or _ANY_MARK.search(m.lines[k + 1])):
        return False  # (the text above must have ended: a sentence's end)
    return (not m.closes[n] and first_line_like(m, n) and m.cores[n] <= m.columns[n] - 1.5
            and m.fulls[n + 1] and m.widths[n + 1] > m.widths[n])


#: a caption's first line may be indented: its next line is wider by this much at most
_CAPTION_INDENT = 2.5


#: any mark a sentence's text holds (a headline's line may hold none)
_ANY_MARK = re.compile(r"[，。、；：！？“”‘’《》（）,.;:!?()—…]")


#: any mark of :data:`.stream_lines.CLAUSE_MARKS`
_CLAUSE_MARK = re.compile(f"[{CLAUSE_MARKS}]")


#: a clause said and ended inside a line: a comma or a semicolon (a list's 、 is in titles too)
_SAID_CLAUSE = re.compile(r"[，；]")


def joins_previous(m: Measure, k: int, block: Block) -> bool:
    """Does line ``k`` belong to ``block``, the block of line ``k - 1``?"""
    p = k - 1
    line = m.lines[k]
    if m.vertical[k] or m.vertical[p]:
        return False  # a headline or a name set vertically stands apart from the lines across
    if m.datelines[k] or m.wraps_dateline[k] or m.closing_datelines[p]:
        # a dateline (wrapped too: 新华社华盛顿2月12日 / 电 …) opens a body; a closing one
        # (（本报河内2月3日电）) ends its article: nothing joins it
        return False
    if not m.unbalanced[p] and parse_byline_line(line):
        return False  # …的冬奥会 / 本报记者 张三 李四: a byline line whole carries no sentence on
    if m.lines[p][-2:].count("摄") and closes_with_credit(m.lines[p].rstrip()):
        return False  # …积极备战。 张三 摄: the credit closes its caption, a headline may come next
    if m.widths[k] <= 3.5 and NAME_ONLY.fullmatch(line.strip()) and starts_with_surname(line) and (
            (m.bracket_ends[p] or not has_inner_clause(m.lines[p])) and body_opens(m, k + 1) or dated_under(m, k)):
        # …（百城调研行） / 孟 娟 / the body: a headline (a tag closes it, no clause mark), its author; a name
        # with no mark right over a dateline ends no sentence either (…的冰雪游，真热 / 朱娟丹 / 本报…电)
        return False
    if m.bracket_ends[k] and _tagged_title(m, k) and _text_ended(m, p):
        return False  # ……。（张三） / 让课堂更有“吸引力”（记者手记）: a tagged title opens the next article
    # (ends_with_authors asks first that the line end with a bracket: most lines do not)
    if m.bracket_ends[p] and ends_with_authors(m.lines, p) and _opens_after_authors(m, k):
        return False  # ……。（张三 李四） / 下一条简讯的标题: the authors close the article
    if m.closes[p] and _label_with_authors(m.lines, k):
        return True  # ……。 / 新华社发（张三 李四）: the label and the authors close the paragraph above
    if m.unbalanced[p] and not m.unbalanced[k]:
        return True  # a bracket or quote opened at the line end closes in this line
    if m.caption_opens[p] and not m.closes[p] and not m.datelines[k]:
        return True  # 图为……发送 / 量将近30亿人次。: a caption's sentence goes on to its full stop
    if m.goes_on[p] and not (m.datelines[k] or m.vertical[k]):
        return True  # ……发表题为《……》的 / 演讲；: no sentence or headline ends in 的, it goes on
    if m.closes[p] and m.closes[k] and exclaimed_over_tier(m, k):
        return False  # ……增收近3000元。 / 首超千亿元！ / 假日出游火热: a title wrapped after its exclamation
    if m.closes[p] and _headline_before_dateline(m, k):
        return False  # ……公司。 / 某某签署命令 / 发布《……》 / 新华社北京2月11日电: a headline's lines
    if m.over_dash[k] or m.over_dash[p]:
        return False  # ……。 / 春节期间治安良好 / ——事故同比下降: a title and its subtitle, no paragraph
    unfinished = not m.closes[p]
    if unfinished and m.headlines[p] and caption_over_credit(m.lines, p):
        # 赵师傅在作坊 / 里编织竹篮。 / 张三/摄: a caption's sentence, wrapped, ends over its credit; but a
        # caption's lines share its measure (the first indented at most): a short line over a caption's line
        # wider than it by more than an indent wraps nothing of it, a headline over the photo's caption
        return m.widths[k] <= m.widths[p] + _CAPTION_INDENT
    if unfinished and SENTENCE_TAIL.match(line.strip()):
        return True  # 精神风 / 貌。（张三 李四）: the sentence above ends a few characters into this line
    # (ran on: line k - 1 went on from an unfinished line above it, a paragraph's text)
    if unfinished and not m.fulls[p] and _in_narrowed_run(m, p) and _ran_on(m, block, k) and not is_closing_note(line) \
            and not is_continuation_line(line):
        return True  # the text runs around something (a photo, a pulled quote) in a narrower measure
    if unfinished and not m.mid[p] and not _inside_paragraph(m, p):
        # (a line that ends a sentence or clause is no headline over anything)
        if _headline_over_first_line(m, p, k):
            return False
        if paragraph_opens(m, k):
            return False  # an unfinished line above a paragraph's first line is a headline
    if unfinished and (m.fulls[p] or m.indents[p]) and _headline_after_an_end(m, p, k):
        return False
    if unfinished and m.fulls[p] and _wider_measure_under(m, p, k):
        return False  # 某某会见某某 / 某某强调，……（a lead-in across columns）: no column line goes on so
    if unfinished and headline_over_short_paragraph(m, p, k):
        return False
    if unfinished and m.bracket_ends[p] and (m.indents[k] or m.headlines[k]) and _tagged_title(m, p):
        # …连办元宵灯会 / 点亮乡村的夜晚（某某特别报道） / the body's indented first line, or a short
        # line holding no mark (a label, the next tier): the tag closed a title, no sentence goes on
        return False
    if unfinished and p and _two_tiers_over_first_line(m, p - 1):
        return False  # ……。 / a title / its subtitle, as wide as the column / the body's indented first line
    if unfinished and (m.fulls[p] or m.mid[p]):
        # the sentence goes on, unless the line is a headline closed by its column's tag
        # (a tag closes its line with a bracket: most lines end in none, no search)
        return not (m.bracket_ends[p] and _ENDS_WITH_TAG.search(m.lines[p].rstrip())
                    and not (p and not m.closes[p - 1] and m.fulls[p - 1]))
    if unfinished and m.indents[p] and (m.fulls[k] or m.closes[k] or m.mid[k]) and not (
            p and m.closes[p - 1] and _title_over_new_measure(m, p)):
        return True  # a paragraph's first line, then the rest of it
    if unfinished and m.fulls[k] and _loose_first_line(m, p):
        return True  # a paragraph's first line set loose (a real page's justified column), then the rest of it
    if unfinished and m.datelines[p] and (m.fulls[k] or m.closes[k] or m.mid[k]):
        return True  # 本报北京2月19日电 记者19日从 / 教育部…: the body a dateline opens goes on in its column
    if unfinished and _last_line_under_wider_measure(m, p, k):
        return True  # ……也为我国发 / 展打开了新空间。 / the next text, narrower: the paragraph's last line
    if m.headlines[p]:
        return False  # a headline tier wrapped over lines is put together by wraps_tier
    if unfinished:
        return False
    if opens_next_measure(m, p, k):
        return False  # ……的新路。 / the next text's first line, wider than this column holds
    if _last_line_under_wider_measure(m, p - 1, p) and m.columns[k] + _MEASURE_APART <= m.widths[p - 1]:
        return False  # that paragraph's last line closed its text: the narrower measure is another's
    if m.indents[k] and not m.closes[k] and _headline_over_first_line(m, k, k + 1):
        return False  # ……。 / 行走在田埂上 / 2016年初春， / …: no paragraph's first line, a headline over one
    if m.indents[k] and not m.closes[k] and m.body_goes_on(k) and m.fulls[k + 1] and not exclaimed_title(m, p) \
            and not _two_tiers_over_first_line(m, k) and not _title_over_new_measure(m, k):
        return True  # a paragraph's first line
    if m.indents[k] and not m.closes[k] and two_line_paragraph_ends_text(m, k) and not exclaimed_title(m, p):
        return True  # ……。 / 各村的代表和 / 志愿者出席了仪式。: a text's last paragraph in two lines
    if m.headlines[k]:
        return False
    if m.closes[k]:
        return m.cores[k] <= m.columns[k] + 1.5
    if m.fulls[p] and m.fulls[k]:
        # a sentence ended inside the paragraph, unless line k is no paragraph's line at all
        return not _full_title_over_paragraph(m, k)
    return m.indents[k] and m.body_goes_on(k)


def _last_line_under_wider_measure(m: Measure, p: int, k: int) -> bool:
    """Is line ``k`` the last line of the paragraph of ``p``, set in a wider
    measure than the text after it? The local column then reads the narrower
    measure, so ``p`` (as wide as the line over it, both wider than that column)
    is no full line of it; yet its sentence goes on and ends in ``k``, no wider."""
    return (p > 0 and m.closes[k] and not m.closes[p] and m.widths[p] > m.columns[p] + 1
            and abs(m.widths[p - 1] - m.widths[p]) <= 1 and m.widths[k] <= m.widths[p]
            and not m.headlines[p - 1] and not m.closes[p - 1])


#: two columns this many cells apart are two measures (two articles' text), not one column's squeeze
_MEASURE_APART = 2.0


def _title_over_new_measure(m: Measure, k: int) -> bool:
    """Line ``k``, after a sentence's end and as short as a paragraph's first
    line, holds no mark; the line under it goes on unfinished as wide as the
    first line of another measure, which the lines under that hold (two cells
    or more apart from the column over ``k``). Were ``k`` a first line, the
    paragraph's next line would fill ``k``'s column; that line opens the text
    of the new measure instead, and ``k`` is its title (a report set under the
    text before it in a wider measure, no byline between)."""
    n, below = k + 1, k + 2
    if below >= len(m.lines) or m.closes[n] or m.mid[n] or _CLAUSE_MARK.search(m.lines[k]):
        return False
    other = m.columns[below]
    if abs(other - m.columns[k]) < _MEASURE_APART or not m.fulls[below] or abs(m.cores[n] - (other - 2)) > 0.5:
        return False
    return _PLAIN_HAN.fullmatch(m.lines[k].strip()) is not None


def _full_title_over_paragraph(m: Measure, k: int) -> bool:
    """Line ``k``, after a sentence's end, as wide as the column and holding no
    mark at all, stands over a paragraph's indented first line. A paragraph
    opens indented and ends on a mark, so ``k`` is neither its first line nor
    the last of the one above: a headline line as wide as a column (a new
    article's title over its own measure, 河西镇春耕备耕正当时 / 眼下正值…)."""
    n = k + 1
    if n >= len(m.lines) or not paragraph_opens(m, n):
        return False  # (most lines: a column line under them)
    return _PLAIN_HAN.fullmatch(m.lines[k].strip()) is not None


def exclaimed_title(m: Measure, p: int) -> bool:
    """Line ``p``, well short of the column and ending in ！ or ？ (its column's
    tag after that at most), right after an article's end (its authors' bracket,
    a closing note, a note sending it on, a brief column's heading): a title
    that exclaims or asks (赶坡会喽！, …为何…？), over its own text, no
    paragraph of the text before or after it."""
    text = m.lines[p].strip()
    if text.endswith(("）", ")")):
        text = _TRAILING_TAG.sub("", text)
    if not text.endswith(("！", "？")) or m.cores[p] > m.columns[p] - 2 or sum(map(text.count, "，。；！？")) > 2:
        return False
    above = p - 1
    if above < 0:
        return False
    line = m.lines[above].strip()
    note = is_continuation_line(line)
    return bool((m.bracket_ends[above] and (ends_with_authors(m.lines, above) or is_closing_note(line)))
                or (note is not None and note.direction == "to") or is_brief_heading(line))


def exclaimed_over_tier(m: Measure, k: int) -> bool:
    """Line ``k``, short and ending in ！ with no other mark, over a short line
    of four characters or more that ends no sentence and holds no mark (a
    headline's): a title wrapped after its exclamation (首超千亿元！ / 假日出游火热),
    no exclaiming sentence closing the text above (after which a paragraph's
    first line, filling its column, goes on; a letter's close, 敬礼！, goes on
    to its signer's name)."""
    text, n = m.lines[k].strip(), k + 1
    # (a question there is more often a subheading of the text over it: 该怎么应对？ stays)
    if not text.endswith("！") or len(text) > 12 or n >= len(m.lines):
        return False
    if sum(map(text.count, "，。；：、！？“”")) > 1 or not m.headlines[n]:
        return False
    under = m.lines[n].strip()
    # (敬礼！ / 米卫东: a letter's close over its signer's name, no headline)
    return len(under) >= 4 and not _MARKS.search(under) and not (NAME_ONLY.fullmatch(under)
                                                                  and starts_with_surname(under))


_MARKS = re.compile("[，。；：、！？“”《》（）()]")


_TRAILING_TAG = re.compile(r"[（(][^（）()]{2,16}[）)]$")


#: a line of Chinese characters alone: no mark, digit, Latin or space
_PLAIN_HAN = re.compile("[\u4e00-\u9fff]+")


def _wider_measure_under(m: Measure, p: int, k: int) -> bool:
    """Line ``p``, full and no clause mark inside (a headline's line, however
    full), stands over line ``k`` set in a wider measure than both ``p`` and
    the column. A sentence goes on in its column, at its width: the wider
    line is another text's (a lead-in or summary across columns, a wider
    column), and ``p`` ends where it stands."""
    wider = max(m.cores[p], m.columns[p]) + OVERFLOW
    return m.cores[k] > wider and not m.closes[k] and not has_inner_clause(m.lines[p])


def _headline_after_an_end(m: Measure, p: int, k: int) -> bool:
    """Line ``p`` comes right after a text's end (a paragraph's short last
    line, a closing note), and neither it nor line ``k`` holds a clause mark:
    is ``p`` a headline line and ``k`` the next one rather than a paragraph's
    first lines? So when ``p`` is as wide as the column, not indented (no
    paragraph opens so), and ``k`` of another measure (another tier's type:
    让社区服务更贴心更周到更有温度 / 回应群众期盼：基层治理要下足绣花功夫 after
    （作者为…）); or when ``p`` is as wide as a first line but a short unfinished
    line follows ``k`` (a name alone: no paragraph's third line stops so)."""
    above = p - 1
    if above < 0 or m.headlines[k] or not after_an_end(m, above):
        return False
    if _CLAUSE_MARK.search(m.lines[p]) or _CLAUSE_MARK.search(m.lines[k]):
        return False
    if m.fulls[p]:
        # two lines of one measure are a paragraph's or a caption's, set unindented
        return abs(m.widths[p] - m.widths[k]) >= _OTHER_MEASURE
    n = k + 1
    return m.indents[p] and n < len(m.lines) and m.headlines[n]


#: headline lines a dateline may have over it, after the text before has ended
_LINES_OVER_DATELINE = 4


def _headline_before_dateline(m: Measure, k: int) -> bool:
    """Is line ``k`` the first of a few lines, none ending a sentence, right
    over a dateline (新华社北京2月11日电)? A dateline opens an article's body
    and no paragraph ends unfinished: after a text's end such lines are the
    next article's headline."""
    for n in range(k, min(len(m.lines), k + _LINES_OVER_DATELINE + 1)):
        if m.datelines[n] or m.wraps_dateline[n]:
            return n > k
        if m.closes[n]:
            return False
    return False


def after_an_end(m: Measure, line: int) -> bool:
    """Does a text end with line ``line`` (a paragraph's short last line, a closing note)?"""
    if m.closes[line] and m.widths[line] < m.columns[line] - FULL_SLACK:
        return True  # (a line closed by pulled-up marks, …完成任务。”, may be full)
    # a closing note, wrapped over lines or not (（作者为…… / ……研究员）)
    return m.bracket_ends[line] and any(is_closing_note("".join(m.lines[max(0, line - back):line + 1]))
                                        for back in range(_NOTE_LINES))


#: lines a closing note may wrap over
_NOTE_LINES = 3


#: two lines this many cells apart in width are set in two measures (two headline tiers)
_OTHER_MEASURE = 1.5


def _inside_paragraph(m: Measure, p: int) -> bool:
    """Line ``p`` carries on the unfinished line above it, both about as wide
    as the column with a clause mark inside each: a paragraph's middle, never a headline, so
    the line under it goes on with it even when it is as short as a first
    line. (Justified columns of real pages hold a character or two more or
    fewer from line to line, so a line two cells short may still be a
    column line.)"""
    above = p - 1
    return (above >= 0 and not m.closes[above] and m.column_like[p] and m.column_like[above]
            and has_inner_clause(m.lines[p]) and has_inner_clause(m.lines[above]))


def _loose_first_line(m: Measure, p: int) -> bool:
    """Line ``p``, after a sentence's end, holds a clause mark inside and falls
    short of a paragraph's indented first line by no more than a justified
    column line of a real page may (its marks set in half a cell: 《…》，；):
    a paragraph's first line, no headline (titles seldom hold clause marks)."""
    above = p - 1
    return (above >= 0 and m.closes[above] and not m.unbalanced[above]
            and m.columns[p] - 2 - LOOSE_SLACK <= m.cores[p] < m.columns[p] - 2
            and has_inner_clause(m.lines[p]))


def _in_narrowed_run(m: Measure, p: int) -> bool:
    """Line ``p`` is one of two or more unfinished lines in a row, equally
    short of the column, a clause mark inside one of them: a paragraph set
    narrower beside something it runs around. (A line alone short and
    unfinished may end a paragraph set with no final mark, or close names.)"""
    if m.fulls[p] or m.closes[p] or m.lines[p].rstrip()[-1:] in CLOSING:
        return False
    for q in (p - 1, p + 1):
        if 0 <= q < len(m.lines) and not m.fulls[q] and not m.closes[q] and abs(m.widths[q] - m.widths[p]) <= 1.0 \
                and (has_inner_clause(m.lines[p]) or has_inner_clause(m.lines[q])):
            return True
    return False


def continued_from(m: Measure, line: int) -> bool:
    """Is line ``line`` a note that the text under it is carried on from another page (（上接第16版））?"""
    note = is_continuation_line(m.lines[line]) if line >= 0 else None
    return note is not None and note.direction == "from"


def _opens_after_authors(m: Measure, k: int) -> bool:
    """After a line the authors' bracket closed, does line ``k`` open another
    article? A title: no clause mark, and short or over a paragraph's first
    line; or a line wider than the column (another article's column or
    headline). A full line of the column that ends no clause runs on (an
    extractor weaving two columns line by line puts such lines there)."""
    if m.cores[k] > m.columns[k] + 1.0:
        return True
    return not any(mark in m.lines[k] for mark in CLAUSE_MARKS) and (not m.fulls[k] or body_opens(m, k + 1))


def _tagged_title(m: Measure, k: int) -> bool:
    """Line ``k``, after a line that ended a text (a sentence, the authors' or a
    closing dateline's bracket), closes with its column's tag in brackets
    (……（新语）, ……（记者手记）) and ends no sentence before it: a title with its
    tag, the next article's. A paragraph's line ends on a sentence's mark or runs
    on unfinished; brackets of names, notes and datelines closing a text are no tag."""
    line = m.lines[k].strip()
    tag = _ENDS_WITH_TAG.search(line)
    if tag is None or any(mark in line[:tag.start() + 1] for mark in "。！？!?；"):
        return False
    return not (ends_with_authors(m.lines, k) or is_closing_note(line) or is_continuation_line(line)
                or CLOSING_DATELINE.search(line))


def _text_ended(m: Measure, p: int) -> bool:
    """Did line ``p`` end a text: a sentence, or after one the authors' or a
    closing dateline's bracket (……。（张三 李四）, ……。（本报柏林2月17日电）)?"""
    if m.closes[p]:
        return True
    line = m.lines[p].strip()
    return m.bracket_ends[p] and (ends_with_authors(m.lines, p) or CLOSING_DATELINE.search(line.replace(" ", "")) is not None)


def _label_with_authors(lines: list[str], k: int) -> bool:
    """Line ``k`` is a short label and the authors' bracket (影像中国（张三 /
    李四）), the bracket closed on it or on the next line."""
    if not _LABEL_OPENS_BRACKET.match(lines[k].strip()):
        return False
    return ends_with_authors(lines, k) or (k + 1 < len(lines) and unbalanced(lines[k])
                                           and ends_with_authors(lines, k + 1))


_LABEL_OPENS_BRACKET = re.compile(r"[\u4e00-\u9fff]{2,6}[（(]")


#: a line opening with the last characters of a sentence (貌。…): no headline starts so
SENTENCE_TAIL = re.compile(r"[^\s，。！？；：、（(“]{1,3}[。！？]")


_ENDS_WITH_TAG = re.compile(r"[^（(\s][（(]" + TAG_NOT_A_DATE + r"[^（）()，。、“”]{2,12}[）)]$")


def _ran_on(m: Measure, block: Block, k: int) -> bool:
    """Did line ``k - 1`` go on from an unfinished line above it, in one block?"""
    p = k - 1
    return (p >= 1 and len(block.lines) >= 2 and block.lines[-1] == m.lines[p] and block.lines[-2] == m.lines[p - 1]
            and not m.closes[p - 1] and block.role == OTHER)


__all__ = ["SENTENCE_TAIL", "after_an_end", "continued_from", "exclaimed_over_tier", "exclaimed_title",
           "joins_previous"]
