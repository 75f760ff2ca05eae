"""Regroup an extractor's line stream into the blocks text layout reads.

PyMuPDF's ``get_text("blocks")`` gives one block per line when the leading is
at least ~1.55 em (most newspaper pages), and ``get_text()`` gives no blank
lines at all: the blank lines then say nothing about column breaks, headlines
or paragraphs. Text layout expects headline tiers in blocks of their own and
body text in runs of column lines, so the stream is cut again here, from what
text alone still tells:

- a column line is as wide as its neighbours (the local column width W); a
  paragraph's first line is W-2 wide (the indent is no character), its last
  line ends a sentence;
- a line that is full and ends mid-sentence goes on in the next line; so does
  a line a cell or two short inside a paragraph (real pages justify their
  columns with a character more or fewer from line to line) and a run of
  equally short lines (a paragraph narrowed beside a photo);
- a short line that ends no sentence is a headline or label line, unless the
  line before it was full and unfinished (then it closes that sentence);
- a headline tier wrapped over lines is put back on one line (its lines are
  equally full, a bracket left open goes on, its last line is no wider), apart
  from the next tier (a kicker ends in 强调 or ——, a title in larger type fills
  shorter lines, a line with a phrase gap is whole);
- names alone under a headline are its bylines; closing notes (（作者为…）,
  本版制图：…) are paragraphs of their own.

Bylines printed one word a line (``本报记者`` / ``张三`` / ``李四``) and text set
vertically (one character a line) are put back on one line, a headline drawn
twice is read once (:mod:`.stream_lines`), and the page header is taken out
wherever the stream has it (:mod:`.stream_furniture`). Lines set vertically
stand apart from the text across. Whether a headline line wraps the tier above
it, or is a name alone under it, is asked of :mod:`.stream_tiers`.
"""

from __future__ import annotations

import re

from ..model import Block, Role
from .roles import BYLINE, FOOTER, HEADER, OTHER, TITLE
from ..names import starts_with_surname
from .reflow import TAG_NOT_A_DATE, cell_width
from .text_credits import bare_credit, caption_over_credit, closes_with_credit, name_alone_credit
from .stream_lines import (CLAUSE_MARKS, NAME_ONLY, attach_tags, split_after_tags, is_line_stream, is_unbroken_column_text,
                           rejoin_bylines, rejoin_photo_report_credits, rejoined, without_overprint)
from .stream_measure import CLOSING, FULL_SLACK, LOOSE_SLACK, OVERFLOW, Measure, has_inner_clause, unbalanced
from .stream_tiers import (body_opens, box_over_paragraph, closes_over_byline, dash_tail, dated_under, full_before_tail,
                           headline_over_short_paragraph, is_author_alone, paragraph_opens, title_under_kicker, wraps_tier)
from .stream_unweave import unweave_columns
from .closing_notes import closes_body, dateline_goes_on, note_goes_on
from .closing_lines import is_sender_line
from .stream_furniture import find_furniture, lines_with_numbers, separate_furniture, take_furniture
from .vertical_text import join_vertical, same_block
from .closing_authors import ends_with_authors
from .rules import CLOSING_DATELINE, is_closing_note, is_continuation_line, parse_byline_line
from .tier_patterns import BRIEF_HEADING
from .wrapped_runs import first_line_like, runs_around_figures


def _headline_over_first_line(m: Measure, p: int, k: int) -> bool:
    """Line ``p`` is short and ends nothing (no sentence, no clause), and line
    ``k`` under it opens a paragraph: indented, unfinished, a column line
    after it. Were ``p`` a paragraph's first line, ``k`` would go on at the
    full width or end that paragraph; so ``p`` stands alone: a headline (a
    news brief's title over its text, 嫦娥四号再次月夜休眠 / 记者从…)."""
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
    if _continued_from(m, before):
        return False  # （上接第16版） / 为备战…: the note opens the body carried on from another page
    ended = before < 0 or m.closes[before] or not m.fulls[before] or m.lines[before].rstrip().endswith(("）", ")"))
    if (m.indents[p] and m.cores[k] > m.cores[p] and _SAID_CLAUSE.search(m.lines[p].rstrip()[:-1])
            and has_inner_clause(m.lines[k])):
        # ``p`` as wide as a first line, a clause said in it (a comma, not a list's 、: titles seldom hold
        # one), ``k`` wider and saying a clause too: the paragraph opens at ``p`` and goes on in ``k``, a
        # line a little short (its figures, its marks)
        return False
    return ended and first_line_like(m, k) and m.widths[k] <= m.columns[k] - 1.5


#: a clause said and ended inside a line: a comma or a semicolon (a list's 、 is in titles too)
_SAID_CLAUSE = re.compile(r"[，；]")


def _joins_previous(m: Measure, k: int, block: Block) -> bool:
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
        return False  # ……。（张三） / 让科研更有“生命力”（记者手记）: a tagged title opens the next article
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
    if m.closes[p] and _headline_before_dateline(m, k):
        return False  # ……公司。 / 某某签署命令 / 发布《……》 / 新华社北京2月11日电: a headline's lines
    if m.over_dash[k] or m.over_dash[p]:
        return False  # ……。 / 春节期间治安良好 / ——事故同比下降: a title and its subtitle, no paragraph
    unfinished = not m.closes[p]
    if unfinished and m.headlines[p] and caption_over_credit(m.lines, p):
        return True  # 赵师傅在作坊 / 里编织竹篮。 / 张三/摄: a caption's sentence, wrapped, ends over its credit
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
        # …连办元宵灯会 / 点亮我们的节日（某某特别报道） / the body's indented first line, or a short
        # line holding no mark (a label, the next tier): the tag closed a title, no sentence goes on
        return False
    if unfinished and (m.fulls[p] or m.mid[p]):
        # the sentence goes on, unless the line is a headline closed by its column's tag
        return not (_ENDS_WITH_TAG.search(m.lines[p].rstrip()) and not (p and not m.closes[p - 1] and m.fulls[p - 1]))
    if unfinished and m.indents[p] and (m.fulls[k] or m.closes[k] or m.mid[k]):
        return True  # a paragraph's first line, then the rest of it
    if unfinished and m.fulls[k] and _loose_first_line(m, p):
        return True  # a paragraph's first line set loose (a real page's justified column), then the rest of it
    if unfinished and m.datelines[p] and (m.fulls[k] or m.closes[k] or m.mid[k]):
        return True  # 本报北京2月19日电 记者19日从 / 教育部…: the body a dateline opens goes on in its column
    if m.headlines[p]:
        return False  # a headline tier wrapped over lines is put together by wraps_tier
    if unfinished:
        return False
    if m.indents[k] and not m.closes[k] and m.body_goes_on(k) and m.fulls[k + 1] and not _exclaimed_title(m, p):
        return True  # a paragraph's first line
    if m.headlines[k]:
        return False
    if m.closes[k]:
        return m.cores[k] <= m.columns[k] + 1.5
    if m.fulls[p] and m.fulls[k]:
        # a sentence ended inside the paragraph, unless line k is no paragraph's line at all
        return not _full_title_over_paragraph(m, k)
    return m.indents[k] and m.body_goes_on(k)


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


def _exclaimed_title(m: Measure, p: int) -> bool:
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
                or (note is not None and note.direction == "to") or BRIEF_HEADING.fullmatch(line))


def _role_alone(m: Measure, k: int) -> Role:
    """The role of a block line ``k`` opens: a title that exclaims or asks over the
    first line of its text (:func:`_exclaimed_title`) ends as a sentence does, so
    its role is told here, where its place is seen; any other is told later."""
    titled = _exclaimed_title(m, k) and k + 1 < len(m.lines) and (m.indents[k + 1] or m.datelines[k + 1])
    return TITLE if titled else OTHER


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
    使党永葆旺盛生命力和强大战斗力 / 履行历史使命：伟大工程起决定性作用 after
    （作者为…）); or when ``p`` is as wide as a first line but a short unfinished
    line follows ``k`` (a name alone: no paragraph's third line stops so)."""
    above = p - 1
    if above < 0 or m.headlines[k] or not _after_an_end(m, above):
        return False
    if any(mark in m.lines[p] or mark in m.lines[k] for mark in CLAUSE_MARKS):
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


def _after_an_end(m: Measure, line: int) -> bool:
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




def _goes_on(line: str) -> bool:
    """A line ending in 的: no sentence, headline or label ends so."""
    return line.rstrip().endswith("的")


def _continued_from(m: Measure, line: int) -> bool:
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


def regroup_line_stream(blocks: list[Block], keep_blocks: bool = False) -> list[Block]:
    """Cut a line stream into blocks: headline lines alone and column text
    in runs, never across a header or footer block (it stays where it stands).
    With ``keep_blocks`` (text whose blank lines mean something) every block
    stays as it is; only text set vertically and bylines given a word a line
    are put back on one line."""
    out: list[Block] = []
    # the header and footer blocks cut the stream into runs
    cuts = [n for n, block in enumerate(blocks) if block.role in (HEADER, FOOTER)]
    start = 0
    for n in cuts + [len(blocks)]:
        run, start = blocks[start:n], n + 1
        if keep_blocks and not any(rejoined(line) for b in run for line in b.lines):
            out.extend(_bracket_tails_rejoined(run))  # nothing set vertically, no byline a word a line: the blocks stay
        else:
            out.extend(_regroup_run(run, keep_blocks))
        if n < len(blocks) and blocks[n].lines:
            out.append(blocks[n])
    return out


def _bracket_tails_rejoined(blocks: list[Block]) -> list[Block]:
    """Blocks as they stand, but for a closing dateline's tail cut off into a
    block of its own (……。（新华社北京2月24日电 记者张三、李 / 四）): it goes
    back on the block whose last line left the bracket open."""
    out: list[Block] = []
    for block in blocks:
        if (out and len(block.lines) == 1 and block.role == OTHER and out[-1].role == OTHER
                and dateline_goes_on(out[-1].lines, block.lines[0])):
            out[-1].lines.append(block.lines[0])
        else:
            out.append(block)
    return out


def _regroup_run(blocks: list[Block], keep_blocks: bool = False) -> list[Block]:
    """One run of the stream (between header blocks) cut into blocks, line by line."""
    if not blocks:
        return []
    page = blocks[0].page
    numbered = lines_with_numbers(blocks)
    glyphs = {number for text, number in numbered if len(text.strip()) == 1}
    # text read across the page row by row (plain pdftotext) gives two vertical strips side by side
    # as rows of glyphs set apart (样 谢): their runs are torn pieces, and no piece is marked
    torn = any(" " in text.strip() and _glyphs_apart(text) for text, _ in numbered)
    numbered = rejoin_photo_report_credits(rejoin_bylines(join_vertical(unweave_columns(numbered))))
    if keep_blocks:  # every block stays; a tag's block says where it belongs
        # (text read across the page, as plain pdftotext gives it, interleaves a vertical headline's
        # glyphs with the lines beside it: its pieces are left unmarked)
        return _blocks_again(numbered, page)
    numbered = without_overprint(attach_tags(split_after_tags(numbered)))
    # lines put together from one glyph a line: set vertically, never a column's line
    m = Measure([text for text, _ in numbered], [number in glyphs and len(text.strip()) > 1 for text, number in numbered])
    return _marked_vertical(_regrouped(numbered, m, page, not torn), set() if torn else glyphs)


def _glyphs_apart(text: str) -> bool:
    """Is ``text`` single glyphs set apart by spaces (样 谢)?"""
    return all(len(piece) == 1 for piece in text.split())


def _marked_vertical(blocks: list[Block], glyphs: set[int | None]) -> list[Block]:
    """Mark the blocks of one line put together from one glyph a line: text
    set vertically (a headline, or names in a strip of their own). Once on one
    line it reads like any other; the stages after ask the mark (a vertical
    headline is a tier of no horizontal headline)."""
    for block in blocks:
        if (len(block.lines) == 1 and block.line_start in glyphs and len(block.lines[0].strip()) > 1
                and not _DIGIT.search(block.lines[0])):
            # (digits among the glyphs: more often a date's pieces, 2017 / 年 / 6 / 月, text drawn
            # twice and cut apart, than a headline: left unmarked)
            block.vertical = True
    return blocks


_DIGIT = re.compile(r"[0-9]")


def _regrouped(numbered: list[tuple[str, int | None]], m: Measure, page: int | None, strips: bool = True) -> list[Block]:
    """The run's lines, measured, cut into blocks line by line; ``strips``: the
    lines set vertically stand whole in their strips (not torn by a reading across)."""
    out: list[Block] = []
    around = runs_around_figures(m)
    tier: list[float] = []  # widths of the lines of the headline tier being put together
    for k, (text, number) in enumerate(numbered):
        if k and out and m.wraps_dateline[k - 1] and out[-1].lines[-1] == m.lines[k - 1]:
            out[-1].lines.append(text)  # 新华社北京2月20日 / 电 …: the dateline goes on
            tier = []
            continue
        if out and ("）" in text or ")" in text) and (note_goes_on(out[-1].lines, text)
                                                     or dateline_goes_on(out[-1].lines, text)):
            out[-1].lines.append(text)  # （作者为…研究 / 员）, （新华社…电 记者张三、李 / 四）: the bracket closes
            tier = []
            continue
        if out and (around[k] or k and around[k - 1]):
            # …全省常住人口 / 城镇化率达到 / 58.1%。 / …: text set around a figure, and the line under it
            # at the column's full measure again, the sentence going on
            out[-1].lines.append(text)
            tier = []
            continue
        if k and m.closes[k - 1] and is_sender_line(text):
            # ……出门少些为难。 / 河西镇石门村 陈平: a reader signs the letter, a line of its own (no tier)
            out.append(Block([text], page=page, line_start=number))
            tier = []
            continue
        if (tier or (out and out[-1].role == BYLINE)) and is_author_alone(m, tier, out[-1], k):
            if out[-1].role == BYLINE:
                out[-1].lines.append(text)
            else:
                out.append(Block([text], BYLINE, page=page, line_start=number))
            tier = []
            continue
        under_kicker = bool(tier) and not m.headlines[k] and title_under_kicker(m, out[-1].lines[-1], k)
        # a line as full as the tier's over a short last line is that box's (put on the tier's line)
        box_line = full_before_tail(m, tier, k)
        if tier and strips and (m.vertical[k] or m.vertical[k - 1]):
            tier = []  # a line set vertically stands in its strip: it wraps no tier set across, nor one it
        if tier and (m.headlines[k] or dash_tail(m, k) or under_kicker or box_line or closes_over_byline(m, tier, k)):
            # after a headline line, a short unfinished line is its tail or a tier of its own
            wrap = wraps_tier(m, tier, out[-1].lines[-1], k)
            if wrap and not _block_of_lines_ended(numbered, k):
                # a bracket of names keeps its line break as a space (（张三 / 李四）)
                names = out[-1].lines[-1].lstrip()[:1] in "（("
                # (a box over a paragraph's first line is a subheading wrapped at its column's measure)
                if not names and (not box_line or box_over_paragraph(m, k, out[-1].lines[-1])) \
                        and m.widths[k] + cell_width(out[-1].lines[-1]) > m.columns[k] + 1:
                    # one unit, lines kept: put on one line, a subheading would be wider than its
                    # column, and its lines' widths are what tells it from a new headline
                    out[-1].lines.append(text)
                else:
                    out[-1].lines[-1] = out[-1].lines[-1].rstrip() + (" " if names else "") + text.strip()
                tier.append(m.cores[k])
            else:
                out.append(Block([text], _role_alone(m, k), page=page, line_start=number))
                # (a title's line under its kicker opens a tier, however near a first line's width it is)
                tier = [m.cores[k]] if under_kicker or _opens_tier(m, k) else []
            continue
        if is_closing_note(text):
            # （作者为…）, 本版制图：…: a closing paragraph of its own (a bracket left open goes on)
            out.append(Block([text], page=page, line_start=number))
            tier = [m.cores[k]] if unbalanced(text) else []
            continue
        if k in m.widened_at and out:
            # the column widens under a sentence that goes on: the wider lines are a block of their
            # own (one column's shape each), the sentence carried on across the break
            out.append(Block([text], page=page, line_start=number))
            tier = []
            continue
        # a tier put together over lines is a headline: the text under it is no line of it (a
        # sentence's end is: no headline ends so, the lines above were a narrow column's)
        if (k and (len(tier) < 2 or m.closes[k] or _goes_on(out[-1].lines[-1])) and _joins_previous(m, k, out[-1])
                and not closes_body(out[-1].lines)):
            out[-1].lines.append(text)
            tier = []
        else:
            out.append(Block([text], _role_alone(m, k), page=page, line_start=number))
            tier = [m.cores[k]] if _opens_tier(m, k) else []
    return out


def _ran_on(m: Measure, block: Block, k: int) -> bool:
    """Did line ``k - 1`` go on from an unfinished line above it, in one block?"""
    p = k - 1
    return (p >= 1 and len(block.lines) >= 2 and block.lines[-1] == m.lines[p] and block.lines[-2] == m.lines[p - 1]
            and not m.closes[p - 1] and block.role == OTHER)


def _block_of_lines_ended(numbered: list[tuple[str, int | None]], k: int) -> bool:
    """Did a block of several lines end before line ``k``? In a stream of
    one-line blocks, a block the extractor gave several lines (a headline box
    set close) is its own grouping: the line after it starts a tier of its own."""
    return (k >= 2 and same_block(numbered[k - 2][1], numbered[k - 1][1])
            and not same_block(numbered[k - 1][1], numbered[k][1]))


def _blocks_again(numbered: list[tuple[str, int | None]], page: int | None) -> list[Block]:
    """The numbered lines back in the blocks they stood in (no blank line between)."""
    out: list[Block] = []
    for k, (text, number) in enumerate(numbered):
        if k and out and same_block(numbered[k - 1][1], number):
            out[-1].lines.append(text)
        else:
            out.append(Block([text], page=page, line_start=number))
    return out


def _opens_tier(m: Measure, k: int) -> bool:
    """A line that starts a block and no paragraph: short and unfinished, or
    as full as a column line where a paragraph's first line would be indented."""
    if _continued_from(m, k - 1):
        return False  # the text carried on from another page opens under its note
    if "摄" in m.lines[k] and (bare_credit(m.lines[k]) or name_alone_credit(m.lines[k])):
        return False  # a photo's credit alone (张三/摄) closes its caption: no headline line goes on it
    if m.headlines[k] or dash_tail(m, k):
        return True  # (a short line ending in ——, 外交部发言人——, is a kicker: no sentence goes on)
    if m.indents[k] and _title_over_two_lines(m, k):
        return True
    return not (m.closes[k] or m.mid[k] or m.indents[k] or m.datelines[k])


def _title_over_two_lines(m: Measure, k: int) -> bool:
    """Line ``k``, as wide as a paragraph's first line, comes after a text's end
    (a sentence, a closing note, an authors' bracket) with no clause mark in it,
    over a short unfinished line with none either, and a paragraph's first line
    or a dateline follows: a title wrapped over two lines (……今年海 / 上作业……),
    no paragraph (whose first line goes on at the column's full width, and
    whose last line ends its sentence)."""
    n, after = k + 1, k + 2
    if k < 1 or after >= len(m.lines) or not m.headlines[n] or m.closes[n] or m.closes[k]:
        return False
    if any(mark in m.lines[k] or mark in m.lines[n] for mark in CLAUSE_MARKS):
        return False
    above = k - 1
    if not (_after_an_end(m, above) or (m.bracket_ends[above] and ends_with_authors(m.lines, above))
            or (m.closes[above] and not m.unbalanced[above])):
        return False
    return bool(m.datelines[after] or m.wraps_dateline[after] or (m.indents[after] and not m.closes[after]))


__all__ = ["CLOSING_DATELINE", "find_furniture", "is_closing_note", "is_line_stream", "is_unbroken_column_text",
           "regroup_line_stream", "separate_furniture", "take_furniture"]
