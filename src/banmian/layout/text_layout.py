"""Text-mode layout: blocks of extracted page text -> articles.

Stages, each a small function: take the page header out wherever it stands,
cut an extractor's line stream (one block a line) into headline and column
blocks (:mod:`.line_stream`), split blocks into units with one role each (:mod:`.text_split`:
bylines, credits, continuation notes cut out of their blocks), find the
page header, tell body text from headlines, find whether headlines come
before or after their bodies, then assemble articles.
"""

from __future__ import annotations

import re

from ..model import Article, Block, Page, Role
from .article_build import build_article
from .text_units import Unit
from .phrase_lines import join_phrase_lines
from .reflow import PULLED_UP, cell_width, core_width, ends_sentence, join_lines, token_width
from .rules import opens_with_dateline, parse_bracket_byline
from .headlines import starts_with_dash
from .subheadings import mark_subheadings
from .paragraphs import column_width
from .text_bylines import (mark_names_over_closing_headlines, mark_names_standing_alone, mark_names_under_headlines,
                           split_names_over_bodies, unsigned_headlines_on_signed_pages)
from .text_boxes import lead_in_over_tagged_title, split_names_off_headline_boxes
from .text_shapes import finishes_sentence_above, headline_box, is_column_shaped
from .text_split import split_units
from .wide_paragraphs import mark_wide_paragraphs
from .text_turns import own_part
from .headline_stack import pair_stacked_headlines
from .text_labels import mark_column_logos, mark_labels_at_the_ends
from .text_headlines import (BRIEF_HEADING, TITLE_TAG, kicker_over_title, drop_labels_after_tagged_titles,
                             drop_labels_under_headlines, one_tier_a_unit, reread_tiers,
                             rejoin_wrapped_headlines, tiers_share_blocks, figures_are_body, is_lead_label,
                             lead_labels_are_body)
from .text_direction import bigrams, group_directions, shared_pairs, split_groups_by_wording, title_groups
from .closing_authors import ends_with_authors
from .line_stream import (is_closing_note, is_line_stream, is_unbroken_column_text, regroup_line_stream,
                          separate_furniture)
from .stream_column_blocks import column_pieces
from .stream_furniture import mark_header_footer
from .text_closing import (
    closes_with_byline,
    closing_names,
    cut_closing_dateline,
    cut_closing_names,
    is_closing_dateline,
)


_CLOSER_MARKS = "”’）」』》"
#: how a kicker reporting a speech ends (……时强调, ……会上指出): a verb of saying after 时 or 上,
#: and no mark (a paragraph's line ends so only mid-sentence, and a stream joins such a line on)
SPEAKER_KICKER = re.compile(r"[时上](?:强调|指出|要求|表示|提出)$")


#: a line this wide is a whole paragraph, never a headline line or a column line
_PARAGRAPH_LINE_CELLS = 50


def _one_paragraph_a_line(lines: list[str]) -> bool:
    """Text laid out one paragraph a line (as a one-article page often is):
    most lines end a sentence, at least two of them, and one is longer than
    any headline or column line. A headline block has at most one line that
    ends a sentence (the subtitle)."""
    ending = sum(ends_sentence(line) for line in lines)
    return (ending >= 2 and 2 * ending >= len(lines)
            and max(map(cell_width, lines)) > _PARAGRAPH_LINE_CELLS)


#: what ends a clause in running text; a body of several lines has one, a headline seldom
_CLAUSE_MARKS = "，。；、！？"


def _is_sure_body(unit: Unit) -> bool:
    lines = unit.lines
    if opens_with_dateline(lines):
        return True
    if len(lines) < 2 or not is_column_shaped(lines, unit.width):
        return False
    if headline_box(lines, unit.width):
        return False  # 原国家……总 / 局党组成员、副局长 / 吴浈严重违纪违法 / 被开除党籍: a headline box
    return len(lines) >= 4 or ends_sentence(lines[-1])


def _boxed_headline_over_byline(units: list[Unit], i: int) -> bool:
    """Lines with no clause mark right over a byline or a dateline: a headline
    wrapped in a narrow box (江城新建：三座 / 公园迎春（城建 / 观察）),
    however column-shaped its lines are; a body of several lines has a comma."""
    nxt = units[i + 1] if i + 1 < len(units) else None
    over_body_start = nxt is not None and ((nxt.role == Role.BYLINE and not nxt.closing)
                                           or (nxt.role == Role.OTHER and opens_with_dateline(nxt.lines)))
    return over_body_start and not any(mark in line for line in units[i].lines for mark in _CLAUSE_MARKS)


def _closing_note_unit(lines: list[str]) -> bool:
    """A closing note (（作者为…）, 本版制图：…) alone, on one line or wrapped
    over a few with its bracket closed on the last."""
    if not is_closing_note(lines[0]):
        return False
    return len(lines) == 1 or (len(lines) <= 3 and lines[-1].rstrip().endswith(("）", ")"))
                               and lines[0].lstrip()[:1] in "（(")


def classify_text_units(units: list[Unit]) -> None:
    """Give every remaining unit the role body, title (headline candidate) or subheading."""
    for k, unit in enumerate(units):
        if unit.role == Role.OTHER:
            # (a bracketed byline opens with its bracket: most units are not joined to be asked)
            opening = next((line.lstrip()[:1] for line in unit.lines if line.strip()), "")
            closing = (opening in ("（", "(") and parse_bracket_byline(join_lines(unit.lines))) or closing_names(units, k)
            if closing:
                unit.block.role, unit.bylines, unit.closing = Role.BYLINE, closing, True
            elif is_closing_dateline(units, k):
                unit.block.role = Role.DATELINE
            elif _closing_note_unit(unit.lines):
                # （作者为…）: a paragraph of its own (wrapped: its lines are one paragraph)
                if len(unit.lines) > 1:
                    unit.block.lines[:] = [join_lines(unit.lines)]
                unit.block.role, unit.paragraph_lines = Role.BODY, True
    text_idx = [i for i, u in enumerate(units) if u.role == Role.OTHER]
    # a unit laid out one paragraph a line is body, but its lines are paragraphs,
    # not column lines: it gives no column width to measure headlines against
    by_paragraph = {i for i in text_idx if _one_paragraph_a_line(units[i].lines)}
    sure = {i for i in text_idx if _is_sure_body(units[i]) and not _boxed_headline_over_byline(units, i)
            and not lead_in_over_tagged_title(units[i].lines)}
    widths = {i: units[i].width for i in sure - by_paragraph}
    sure |= by_paragraph
    for i in by_paragraph:
        units[i].paragraph_lines = True
    for i in text_idx:
        if i in sure:
            units[i].block.role = Role.BODY
    before = _neighbour_widths(units, widths, range(len(units)))
    after = _neighbour_widths(units, widths, range(len(units) - 1, -1, -1))
    for i in text_idx:
        if i in sure:
            continue
        unit = units[i]
        units[i].block.role = Role.BODY if _fits_column(unit, units, i, before[i], after[i]) else Role.TITLE
    for i in text_idx:
        if units[i].role == Role.TITLE and finishes_sentence_above(units, i):
            units[i].block.role = Role.BODY
    mark_wide_paragraphs(units, text_idx)


_NEIGHBOUR_STOPS = (Role.BYLINE, Role.HEADER, Role.FOOTER)


def _neighbour_widths(units: list[Unit], widths: dict[int, float], order: range) -> list[float | None]:
    """For every unit, the width of the nearest sure body unit met walking the
    other way along ``order``, unless a byline, header or footer comes first.
    One pass: a walk from each unit was quadratic on a page of many short
    units (4,000 headline-like lines took 2 s, 200,000 would take hours)."""
    found: list[float | None] = [None] * len(units)
    nearest: float | None = None
    for j in order:
        found[j] = nearest
        if j in widths:
            nearest = widths[j]
        elif units[j].role in _NEIGHBOUR_STOPS:
            nearest = None
    return found


def _next_text(units: list[Unit], i: int) -> Unit | None:
    return units[i + 1] if i + 1 < len(units) else None


def _continues_column(nxt: Unit | None, width: float) -> bool:
    """Does ``nxt`` carry on a sentence in a column of ``width``?"""
    if nxt is None or nxt.role not in (Role.BODY, Role.OTHER) or opens_with_dateline(nxt.lines):
        return False
    first = cell_width(nxt.lines[0])
    if first > width + 1.5:
        return False
    if len(nxt.lines) == 1:
        return ends_sentence(nxt.lines[0])
    # full: the next line's first token (with an opening quote carried down) did not fit
    full = first + token_width(nxt.lines[1]) > width + 0.25 or first >= width - 0.75
    same_column = abs(nxt.width - width) <= 1.0
    return full and same_column and (nxt.role == Role.BODY or is_column_shaped(nxt.lines, nxt.width))


def _fits_column(unit: Unit, units: list[Unit], i: int, prev_w: float | None, next_w: float | None) -> bool:
    """Is this short, unpunctuated unit a piece of column text (a column
    break inside a paragraph) rather than a headline?"""
    lines = unit.lines
    if len(lines) >= 3 and ends_with_authors(lines, len(lines) - 1) and is_column_shaped(lines[:-1]):
        return True  # ……佳节。 / （张三 李四）: column text its authors close (their space is no phrase gap)
    # a subtitle opens with ——, but so does a long attribution paragraph
    if (starts_with_dash(lines[0]) and len(lines) <= 2) or any(_has_phrase_gap(line) for line in lines):
        return False
    if (len(lines) == 1 and TITLE_TAG.search(lines[0])) or lead_in_over_tagged_title(lines):
        return False  # 透视红包背后的消费（财经观）: a column's tag closes a title
    if len(lines) == 1 and SPEAKER_KICKER.search(lines[0]):
        return False  # 张三在……会议上强调: a kicker naming who spoke where; no paragraph ends so
    prev = units[i - 1] if i > 0 else None
    if len(lines) == 1 and not ends_sentence(lines[0]) and prev is not None and (
            prev.closing or (prev.role in (Role.BODY, Role.OTHER) and closes_with_byline(prev.lines))):
        return False  # after an article closed by its authors, a line that ends no sentence opens the next
    if len(lines) >= 2 and ends_sentence(lines[-1]) and is_column_shaped(lines, unit.width):
        return True
    nxt = _next_text(units, i)
    ws = [cell_width(x) for x in lines]
    # (a line's core is its width unless it ends in a mark pulled up past the column)
    widest_core = max(core_width(x) if x[-1:] in PULLED_UP else w for x, w in zip(lines, ws))
    for width in (prev_w, next_w):
        if not width:
            continue
        if widest_core > width + 1.5:
            continue
        # short non-final lines mean a narrow headline box, unless the short
        # one is a label opening the unit (开栏的话 + its paragraph)
        label_first = len(lines) > 1 and not ends_sentence(lines[0]) and (len(lines) > 2 or ends_sentence(lines[-1]))
        if any(w < width - 3.0 for w in (ws[1:-1] if label_first else ws[:-1])):
            continue
        last_full = ws[-1] >= width - 3.0 - 0.25 * sum(c.isascii() for c in lines[-1])
        if ends_sentence(lines[-1]):
            # a one-line paragraph (titles never close with 。): body when
            # body text goes on after it or it closes the body before it
            if lines[-1].rstrip(_CLOSER_MARKS).endswith("。"):
                return True
            if len(lines) == 1 and lines[-1].endswith(("：", "…", "——", ":")):
                # 国台办： / 写春联、赏年画…… : a kicker unless body follows
                return nxt is not None and nxt.role == Role.BODY
            prev = units[i - 1] if i > 0 else None
            at_end = nxt is None or nxt.role in (Role.FOOTER, Role.HEADER)
            return (nxt is not None and nxt.role in (Role.BODY, Role.OTHER, Role.CONTINUATION)) \
                or (at_end and prev is not None and prev.role == Role.BODY)
        if last_full and _continues_column(nxt, width):
            return True
    if len(lines) >= 3 and _indented_paragraph(lines):
        return True
    return False


def _indented_paragraph(lines: list[str]) -> bool:
    """Lines typeset as a paragraph of their own column: the first full at
    the indent (W-2), the inner ones full at W, the last no wider."""
    width = column_width([lines])
    first = cell_width(lines[0])
    if not (width - 2.0 < first + token_width(lines[1]) and first <= width - 1.5):
        return False
    for k in range(1, len(lines) - 1):
        if cell_width(lines[k]) + token_width(lines[k + 1]) <= width:
            return False
    return core_width(lines[-1]) <= width


def _has_phrase_gap(line: str) -> bool:
    """CJK, space, CJK: the gap between a title's two phrases."""
    for k in range(1, len(line) - 1):
        if line[k] == " " and line[k - 1] > "\u2e80" and line[k + 1] > "\u2e80":
            return True
    return False


def headlines_first(units: list[Unit], stream: bool = False) -> bool:
    """Do headlines precede their bodies on this page?

    Only a few things tell, and they are weighed: a page that opens with a
    headline has them first, one that ends with a headline (or its caption)
    has them after, as does a line stream (``stream``: content-stream order)
    that opens with a body; a photo caption follows the headline on pages that print
    headlines after the body, and the body otherwise. When these tie, the
    headlines' wording decides (see _titles_echo_following_body)."""
    content = [u for u in units if u.role not in (Role.HEADER, Role.FOOTER)]
    if not content:
        return True
    before = after = 0
    first, last = content[0], content[-1]
    if first.role == Role.TITLE:
        before += 3
    if stream and first.role == Role.BODY:
        after += 3  # a stream opening with a body no headline has come for: its headline follows it
    if first.role == Role.CONTINUATION and first.note and first.note.direction == "from":
        before += 1
    if last.role == Role.TITLE:
        after += 3
    if last.role == Role.CONTINUATION and last.note and last.note.direction == "to":
        before += 2  # （下转第2版） closes the page: its article's headline came first
    for k, unit in enumerate(content):
        if unit.role != Role.CAPTION or k == 0:
            continue
        if content[k - 1].role == Role.TITLE:
            after += 2 if unit is content[-2] else 1
        elif content[k - 1].role == Role.BODY:
            before += 2 if unit is content[-2] else 1
    if before == after:
        return _titles_echo_following_body(content)
    return before > after


def _titles_echo_following_body(content: list[Unit]) -> bool:
    """When the page's ends do not tell, ask the words: a headline shares
    more of its wording with its own article's body than with its neighbour's."""
    groups = title_groups(content)
    score = 0.0
    for n, (start, end) in enumerate(groups):
        head = bigrams("".join(line for u in content[start:end] for line in u.lines))
        if not head:
            continue
        lo = groups[n - 1][1] if n else 0
        hi = groups[n + 1][0] if n + 1 < len(groups) else len(content)
        body_before = "".join(line for u in content[lo:start] if u.role == Role.BODY for line in u.lines)
        body_after = "".join(line for u in content[end:hi] if u.role == Role.BODY for line in u.lines)
        score += (shared_pairs(head, body_after) - shared_pairs(head, body_before)) / len(head)
    return score > 0


def build_text_page(blocks: list[Block], number: int | None = None, source: str | None = None) -> Page:
    """Blocks of one page's extracted text -> a :class:`Page` with articles."""
    unbroken = is_unbroken_column_text(blocks)
    blocks, stream_meta = separate_furniture(blocks)
    stream = unbroken or is_line_stream(blocks) or column_pieces(blocks)
    # the blank lines of a stream mean nothing: it is cut again; elsewhere blocks stay
    blocks = regroup_line_stream(blocks, keep_blocks=not stream)
    units = split_names_off_headline_boxes(split_units(blocks))
    meta = mark_header_footer(units)
    for key, value in stream_meta.items():
        meta.setdefault(key, value)
    classify_text_units(units)
    units = split_names_over_bodies(units)
    mark_names_under_headlines(units)
    if stream:  # (blocks laid out by hand may set a name alone as a headline line)
        mark_names_standing_alone(units)
    unsigned_headlines_on_signed_pages(units)
    mark_labels_at_the_ends(units)
    before = headlines_first(units, stream)
    if not before:
        mark_names_over_closing_headlines(units)
    units = mark_subheadings(units, stream)
    paired = pair_stacked_headlines(units, lambda run: assemble(run, True, stream))
    if paired is not units:  # the headlines drawn first now stand over their bodies
        units, before = paired, True
    mark_column_logos(units)
    units = rejoin_wrapped_headlines(units, stream)
    figures_are_body(units)
    # a page whose blocks put a kicker with its title: tiers are told by their words there too
    by_words = stream or tiers_share_blocks(units)
    if by_words:
        units = join_phrase_lines(one_tier_a_unit(units))
    drop_labels_under_headlines(units)
    units = drop_labels_after_tagged_titles(units)
    lead_labels_are_body(units)
    directions = group_directions(units, before, by_wording=stream)
    # real blocks too (tight leading): two articles' headlines may meet between their bodies
    split_groups_by_wording(units, directions)
    groups = assemble(units, directions, stream)
    datelines = {}
    for n, group in enumerate(groups):
        datelines[n] = cut_closing_dateline(group)
        cut_closing_names(group)
    page = Page(number=number if number is not None else _int_or_none(meta.get("page")),
                section=meta.get("section"), source=source, meta=meta,
                blocks=[u.block for group in groups for u in group])
    page.articles = []
    kept = [_has_content(group) for group in groups]
    for n in _banners_at_the_edges(groups):
        kept[n] = False
    for n, group in enumerate(groups):
        if kept[n]:
            article = _with_dateline(build_article(group), datelines[n])
            reread_tiers(article.headline, _dashed_tier(group), by_words)
            if not _dashed_tier(group) and _author_alone_under_headline(group):
                kicker_over_title(article.headline)
            page.articles.append(article)
    leftover = [u.block for n, g in enumerate(groups) if not kept[n] for u in g]
    for block in leftover:
        if block.role in (Role.TITLE, Role.SUBHEADING):
            block.role = Role.OTHER
    return page




def _banners_at_the_edges(groups: list[list[Unit]]) -> list[int]:
    """The groups of headlines alone that open or close the page's content: a
    banner across the page (深入学习贯彻……), drawn first or last, heads no body;
    a headline drawn before or after its body has the body next to it."""
    content = [n for n, group in enumerate(groups) if any(u.role not in (Role.HEADER, Role.FOOTER) for u in group)]
    edges = {content[0], content[-1]} if len(content) > 1 else set()
    return [n for n in edges if all(u.role == Role.TITLE for u in groups[n])]


def _with_dateline(article: Article, closing: str | None) -> Article:
    """A closing dateline (（本报河内2月3日电）) when the article opened with none;
    and no kicker that is the heading of a column of briefs (简讯, 一线快讯):
    that is a label of the column, no item's kicker."""
    if closing and not article.dateline:
        article.dateline = closing
    kicker = article.headline.kicker
    if kicker and BRIEF_HEADING.fullmatch(kicker.replace(" ", "")):
        article.headline.kicker = None
    return article


def _author_alone_under_headline(group: list[Unit]) -> bool:
    """Does an author's name alone (no role: 理论 and commentary pages) stand right
    under the article's headline?"""
    for k, unit in enumerate(group[:-1]):
        if unit.role == Role.TITLE and group[k + 1].role != Role.TITLE:
            nxt = group[k + 1]
            return nxt.role == Role.BYLINE and bool(nxt.bylines) and all(b.role is None for b in nxt.bylines)
    return False


def _dashed_tier(group: list[Unit]) -> bool:
    """Does a headline line of the group open with —— (a subtitle by its own mark)?"""
    return any(starts_with_dash(line) for u in group if u.role == Role.TITLE for line in u.lines)


def _opens_with_any_dateline(lines: list[str]) -> bool:
    """A dateline at the start of these lines, the paper's own or a wire's it
    quotes (据新华社华盛顿2月12日电: a report retold opens its article so)."""
    if opens_with_dateline(lines):
        return True
    head = lines[0].lstrip()
    return head.startswith(_QUOTED_WIRE) and opens_with_dateline([head.removeprefix(_QUOTED_WIRE), *lines[1:]])


#: how a paper quotes a wire's dateline (据新华社…电)
_QUOTED_WIRE = "据"


def _int_or_none(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


def _body_ended(current: list[Unit]) -> bool:
    """Did the article's last body unit close with its authors' bracket, or
    with a closing dateline standing alone after it?"""
    if current and current[-1].role == Role.DATELINE:
        return True
    if (current and current[-1].role == Role.CONTINUATION and current[-1].note and current[-1].note.direction == "to"
            and any(u.role == Role.TITLE for u in current)):
        return True  # （下转第N版） under an article's headline and body: its part on this page is over
    last = next((u for u in reversed(current) if u.role == Role.BODY), None)
    return last is not None and last is current[-1] and closes_with_byline(last.lines)


def _label_under_byline(current: list[Unit], group: list[Unit]) -> bool:
    """A one-line headline unit right under a headline and its byline, with no
    body yet: no new article (it would leave that headline without a body),
    but a label of the column (理论前沿, 核心阅读); a line closing with its
    column's tag (……（人民论坛）) is a title, never a label."""
    return (len(group) == 1 and len(group[0].lines) == 1 and not TITLE_TAG.search(group[0].lines[0].strip())
            and bool(current) and current[-1].role == Role.BYLINE
            and any(u.role == Role.TITLE for u in current) and not any(u.role == Role.BODY for u in current))


def _has_content(group: list[Unit]) -> bool:
    """A body, or a headline that is more than a column's label or a page's banner."""
    if any(u.role == Role.BODY for u in group):
        return True
    heads = [line for u in group if u.role == Role.TITLE for line in u.lines]
    named = any(u.role == Role.BYLINE for u in group)
    return bool(heads) and (named or not all(_LABEL_OR_BANNER.fullmatch(line.strip()) for line in heads))


#: what stands alone with no body of its own: a column's label (城建观察, 民生关注) or a
#: banner of two parallel phrases (建设美丽江城 共享绿色家园)
_LABEL_OR_BANNER = re.compile(r"[\u4e00-\u9fff]{2,5}|[\u4e00-\u9fff]{3,7}[ \u3000]+[\u4e00-\u9fff]{3,7}")


_TRAILING_ROLES = (Role.HEADER, Role.FOOTER, Role.CAPTION, Role.CREDIT, Role.CONTINUATION)


def bylines_trail_headlines(units: list[Unit]) -> bool:
    """Does this page draw each byline after its headline, the headline after its
    body (as a PDF's content stream often does)? The page then ends with a
    headline and its byline; text that puts the byline first, over the body,
    ends with a headline alone. Under a headline that closed its body, the
    byline is then that headline's, whatever follows it."""
    content = [u for u in units if u.role not in _TRAILING_ROLES]
    return (len(content) >= 2 and content[-1].role == Role.BYLINE and not content[-1].closing
            and content[-2].role == Role.TITLE)


def _next_headline_trails_byline(units: list[Unit], i: int, directions: bool | dict[int, bool]) -> bool:
    """Past the body after byline ``i``, does the next headline close that body
    and carry a byline of its own under it? Then this part of the page draws
    each headline and its byline after the body, and byline ``i`` is the
    headline's above it, not an opening one of the body after it (which would
    get two bylines)."""
    j = i + 1
    while j < len(units) and units[j].role != Role.TITLE:
        if units[j].role == Role.BYLINE and not units[j].closing:
            return False  # another byline first: the body after ``i`` opens with its own
        j += 1
    if j == len(units) or (directions if isinstance(directions, bool) else directions.get(j, True)):
        return False
    end = j
    while end < len(units) and units[end].role == Role.TITLE:
        end += 1
    return end < len(units) and units[end].role == Role.BYLINE and not units[end].closing


def _over_closing_headline(units: list[Unit], i: int, directions: bool | dict[int, bool]) -> bool:
    """Is byline ``i`` right over a headline that closes the body before it, on
    a page whose headlines mostly close their bodies? (Body, byline, headline:
    a content stream drawing each headline after its body.) Then the byline
    is that body's too. A photo's caption and credit may be drawn between
    the byline and the headline (body, byline, caption, headline)."""
    j = i + 1
    while j < len(units) and units[j].role in (Role.CAPTION, Role.CREDIT):
        j += 1
    if j == len(units) or units[j].role != Role.TITLE:
        return False
    if isinstance(directions, bool):
        return not directions
    closing = sum(not opens for opens in directions.values())
    return 2 * closing > len(directions) and not directions.get(j, True)


def assemble(units: list[Unit], directions: bool | dict[int, bool], stream: bool = False) -> list[list[Unit]]:
    """Group units into articles.

    A byline or a dateline opens a new article once the current one has a
    body; a headline group opens one (headlines first) or closes the current
    one (headlines after); captions and notes join the article before them.
    ``directions`` says it for the page, or for each group by its first unit;
    ``stream``: the units come from a line stream (content-stream order)."""
    articles: list[list[Unit]] = []
    current: list[Unit] = []
    closed = False
    trailing = bylines_trail_headlines(units)

    def has_body() -> bool:
        return any(u.role == Role.BODY for u in current)

    def start() -> None:
        nonlocal current, closed
        if current:
            articles.append(current)
        current, closed = [], False

    i = 0
    while i < len(units):
        unit = units[i]
        role = unit.role
        if role in (Role.HEADER, Role.FOOTER):
            articles.append([unit])
            i += 1
            continue
        if role == Role.TITLE:
            j = i + 1  # a group ends at the next title unit that opens a group of its own
            while j < len(units) and units[j].role == Role.TITLE and not (isinstance(directions, dict)
                                                                           and j in directions):
                j += 1
            group = units[i:j]
            before = directions if isinstance(directions, bool) else directions.get(i, True)
            if before and _label_under_byline(current, group):
                group[0].block.role = Role.OTHER  # a column label between a byline and its body
            elif before:
                if current and (has_body() or any(u.role == Role.TITLE for u in current)):
                    start()
            elif closed or (current and not has_body()
                            and any(u.role == Role.TITLE for u in current)):
                start()
            elif has_body() and any(u.role == Role.TITLE for u in current):
                # it closes a body another headline opened: its own part of that body goes with it
                cut = own_part(current, group)
                if cut is not None:
                    articles.append(current[:cut])
                    current = current[cut:]
            current.extend(group)
            closed = not before
            i = j
            continue
        if role == Role.BYLINE and not unit.closing:
            # under a headline that closed its body, a byline is that article's,
            # unless a body follows it (then it opens the next article)
            nxt = units[i + 1] if i + 1 < len(units) else None
            # a name alone under the headline (no role) is that headline's author either way
            alone = bool(unit.bylines) and all(b.role is None for b in unit.bylines)
            stays = closed and current and current[-1].role == Role.TITLE and (
                nxt is None or nxt.role != Role.BODY or alone or trailing
                or (stream and _next_headline_trails_byline(units, i, directions)))
            over_closing = not closed and _over_closing_headline(units, i, directions)
            if (has_body() or closed) and not (stays or over_closing):
                start()
        elif role == Role.BODY:
            ended = _body_ended(current) and not is_closing_note(unit.lines[0])
            opens = _opens_with_any_dateline(unit.lines) or is_lead_label(unit.lines[0])
            if closed or (has_body() and (opens or ended)):
                start()
        elif role == Role.CONTINUATION and unit.note and unit.note.direction == "from":
            if has_body() or closed:
                start()
        current.append(unit)
        i += 1
    if current:
        articles.append(current)
    return articles


__all__ = ["build_text_page", "Unit", "split_units", "assemble"]
