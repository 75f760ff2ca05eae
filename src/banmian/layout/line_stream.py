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
from itertools import chain

from ..model import Block, Role
from .roles import BYLINE, FOOTER, HEADER, OTHER, TITLE
from .reflow import cell_width
from .text_credits import bare_credit, name_alone_credit
from .stream_lines import (CLAUSE_MARKS, attach_tags, split_after_tags, is_line_stream, is_unbroken_column_text,
                           rejoin_bylines, rejoin_photo_report_credits, rejoined, without_overprint)
from .stream_measure import Measure, unbalanced
from .stream_names import names_over_headline
from .stream_tiers import (box_over_paragraph, closes_over_byline, dash_tail, full_before_tail, is_author_alone,
                           title_under_kicker, wraps_tier)
from .stream_unweave import unweave_columns
from .woven_blocks import column_joins, has_one_line_run, moved_numbers, unwoven_blocks
from .closing_notes import closes_body, dateline_goes_on, note_goes_on
from .closing_lines import is_sender_line
from .stream_furniture import find_furniture, lines_with_numbers, separate_furniture, take_furniture
from .vertical_text import join_vertical, same_block
from .closing_authors import ends_with_authors
from .rules import CLOSING_DATELINE, is_closing_note
from .wrapped_runs import runs_around_figures
from .stream_joins import after_an_end, continued_from, exclaimed_over_tier, exclaimed_title, joins_previous


def _role_alone(m: Measure, k: int) -> Role:
    """The role of a block line ``k`` opens: a title that exclaims or asks over the
    first line of its text (:func:`exclaimed_title`) ends as a sentence does, so
    its role is told here, where its place is seen; any other is told later."""
    titled = exclaimed_title(m, k) and k + 1 < len(m.lines) and (m.indents[k + 1] or m.datelines[k + 1])
    # (首超千亿元！ / 假日出游火热 after a text's end: a title wrapped after its exclamation)
    return TITLE if titled or (k and m.closes[k - 1] and m.closes[k] and exclaimed_over_tier(m, k)) else OTHER


def _goes_on(line: str) -> bool:
    """A line ending in 的: no sentence, headline or label ends so."""
    return line.rstrip().endswith("的")


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
        # (every line asked by map, no generator's frame a line)
        if keep_blocks and not any(map(rejoined, chain.from_iterable([b.lines for b in run]))):
            # nothing set vertically, no byline a word a line: the blocks stay, but for one-line blocks
            # of level columns read across (put back as the columns' paragraphs)
            unwoven = unwoven_blocks(run) if has_one_line_run(run) else None
            out.extend(_bracket_tails_rejoined(run if unwoven is None else unwoven))
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
    unwoven = unweave_columns(numbered)
    moved = moved_numbers(numbered, unwoven) if keep_blocks else set()
    numbered = rejoin_photo_report_credits(rejoin_bylines(join_vertical(unwoven)))
    if keep_blocks:  # every block stays; a tag's block says where it belongs
        # (text read across the page, as plain pdftotext gives it, interleaves a vertical headline's
        # glyphs with the lines beside it: its pieces are left unmarked; the lines of level columns
        # read across go back together as their columns' paragraphs)
        return _blocks_again(numbered, page, column_joins(numbered, moved))
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
        if not tier and out and m.closes[k - 1] and len(text.strip()) <= 3 and names_over_headline(m, k):
            # ……。 / 吴晓川 / 王兰 / the title: the authors a content stream draws before their headline
            out.append(Block([text], BYLINE, page=page, line_start=number))
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
        box_line = bool(tier) and full_before_tail(m, tier, k)
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
        if (k and (len(tier) < 2 or m.closes[k] or _goes_on(out[-1].lines[-1])) and joins_previous(m, k, out[-1])
                and not closes_body(out[-1].lines)):
            out[-1].lines.append(text)
            tier = []
        else:
            out.append(Block([text], _role_alone(m, k), page=page, line_start=number))
            tier = [m.cores[k]] if _opens_tier(m, k) else []
    return out


def _block_of_lines_ended(numbered: list[tuple[str, int | None]], k: int) -> bool:
    """Did a block of several lines end before line ``k``? In a stream of
    one-line blocks, a block the extractor gave several lines (a headline box
    set close) is its own grouping: the line after it starts a tier of its own."""
    return (k >= 2 and same_block(numbered[k - 2][1], numbered[k - 1][1])
            and not same_block(numbered[k - 1][1], numbered[k][1]))


def _blocks_again(numbered: list[tuple[str, int | None]], page: int | None, joins: list[bool]) -> list[Block]:
    """The numbered lines back in the blocks they stood in (no blank line between),
    and each line ``joins`` marks on the block before it."""
    out: list[Block] = []
    for k, (text, number) in enumerate(numbered):
        if k and out and (same_block(numbered[k - 1][1], number) or joins[k]):
            out[-1].lines.append(text)
        else:
            out.append(Block([text], page=page, line_start=number))
    return out


def _opens_tier(m: Measure, k: int) -> bool:
    """A line that starts a block and no paragraph: short and unfinished, or
    as full as a column line where a paragraph's first line would be indented."""
    if continued_from(m, k - 1):
        return False  # the text carried on from another page opens under its note
    if "摄" in m.lines[k] and (bare_credit(m.lines[k]) or name_alone_credit(m.lines[k])):
        return False  # a photo's credit alone (张三/摄) closes its caption: no headline line goes on it
    if (m.headlines[k] or dash_tail(m, k)) and not _bracket_runs_into_text(m, k):
        return True  # (a short line ending in ——, 外交部发言人——, is a kicker: no sentence goes on)
    if m.indents[k] and _title_over_two_lines(m, k):
        return True
    return not (m.closes[k] or m.mid[k] or m.indents[k] or m.datelines[k])


def _bracket_runs_into_text(m: Measure, k: int) -> bool:
    """Is line ``k`` a dateline whose bracket of names, left open, closes on the
    next line with the text going on after it (本报上海3月5日电（记 / 者 张三）长 /
    三角…)? That line opens a text, no headline tier, short as it is."""
    n = k + 1
    if not (m.datelines[k] and m.unbalanced[k]) or n >= len(m.lines):
        return False
    close = max(m.lines[n].rfind("）"), m.lines[n].rfind(")"))
    return close >= 0 and bool(m.lines[n][close + 1:].strip())


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
    if not (after_an_end(m, above) or (m.bracket_ends[above] and ends_with_authors(m.lines, above))
            or (m.closes[above] and not m.unbalanced[above])):
        return False
    return bool(m.datelines[after] or m.wraps_dateline[after] or (m.indents[after] and not m.closes[after]))


__all__ = ["CLOSING_DATELINE", "find_furniture", "is_closing_note", "is_line_stream", "is_unbroken_column_text",
           "regroup_line_stream", "separate_furniture", "take_furniture"]
