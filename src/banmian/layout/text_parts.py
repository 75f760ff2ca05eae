"""Where one article's text ends and the next begins in a page's text
(text mode), past what the headline groups tell: a lead and figures called
out under a headline, a banner's slogan drawn between two rows of articles,
a subheading that is a headline drawn after its body or the reverse, an
agency's name wrapped off a photo credit. Helpers of :func:`.text_layout.assemble`."""

from __future__ import annotations

import re

from .roles import BODY, BYLINE, CAPTION, CONTINUATION, CREDIT, FOOTER, HEADER, OTHER, SUBHEADING, TITLE
from .reflow import ends_sentence
from .rules import opens_with_any_dateline
from .text_direction import bigrams, says_a_sentence, shared_pairs
from .tier_patterns import is_lead_label
from .text_units import Unit


def lead_under_headline(current: list[Unit], stream: bool = False) -> bool:
    """Is the text so far a lead of a few lines set right under the headline
    (线上消费增长明显)? A dateline after it opens the text the lead leads.
    (Text with no headline before a second dateline is not read as one report:
    a piece with no headline of its own may stand over a dated report.)"""
    bodies = [u for u in current if u.block.role == BODY]
    return (len(bodies) == 1 and (len(bodies[0].block.lines) <= _LEAD_LINES
                                  or stream and sum(map(len, bodies[0].block.lines)) <= _LEAD_CHARS)
            and current[-1] is bodies[0]
            and len(current) > 1 and current[-2].role in (TITLE, BYLINE))


def lead_left_open(current: list[Unit]) -> bool:
    """Is the text so far one short body whose last line ends no sentence (a
    lead set apart, its last words with no full stop: ……提供网上预约上门维修的
    便捷服务)? A dateline under it opens that article's own text, not another
    article: an article's text ends with its sentence."""
    bodies = [u for u in current if u.block.role == BODY]
    if len(bodies) != 1 or current[-1] is not bodies[0] or len(bodies[0].block.lines) > _LEAD_LINES + 3:
        return False
    last = bodies[0].lines[-1].rstrip()
    return bool(last) and not ends_sentence(last) and last[-1] not in "）)：:，、；"


def lead_over_its_text(current: list[Unit], units: list[Unit], i: int) -> bool:
    """Is the text between the article's headline and the dateline at ``i`` a
    lead of that dated text: a summary set apart over it (提要: its words come
    again in the text the dateline opens, at least half of the lead's pairs of
    characters), or an editor's note opened by its label (开栏的话 / 核心阅读)?
    The dateline then opens the article's own text, not a headless one."""
    last_head = max((k for k, u in enumerate(current) if u.block.role == TITLE), default=None)
    if last_head is None:
        return False
    bodies = [u for u in current[last_head + 1:] if u.block.role == BODY]
    if not bodies or any(opens_with_any_dateline(u.block.lines) for u in bodies):
        return False
    if is_lead_label(bodies[0].block.lines[0]):
        return True
    lead = bigrams("".join(line for u in bodies for line in u.block.lines))
    if len(lead) < _ECHO_PAIRS:
        return False
    dated: list[str] = []
    for unit in units[i:]:
        if unit.block.role == TITLE:
            break
        if unit.block.role == BODY:
            dated.extend(unit.block.lines)
    return 2 * len(lead & bigrams("".join(dated))) >= len(lead)


#: a lead echoed by the text under it has this many pairs of characters at least
_ECHO_PAIRS = 12


#: a lead under a headline, over the text its dateline opens, is this short at most
_LEAD_LINES = 5
#: or, in a line stream, this many characters at most (a narrow column wraps a lead of two sentences
#: over more lines; text laid out in blocks keeps the line count)
_LEAD_CHARS = 80


#: an agency's name alone in brackets: （人民视觉）, （新华社发）
_AGENCY_ALONE = re.compile(r"[（(][\u4e00-\u9fff]{2,6}[）)]")


def reports_under_one_closing_headline(current: list[Unit], units: list[Unit], i: int,
                                       directions: bool | dict[int, bool]) -> bool:
    """Is the dated text at ``i`` the next report under the headline that closes
    it, of an article whose text so far is a dated report with no headline?
    Where headlines are drawn after their bodies, a headline stands between any
    two articles' texts; two dated reports with none between them are one
    article's (a roundup, or a meeting and a talk told under one headline), and
    a dated report cut off with no headline is no article; so when that
    headline's words echo the text so far (more than a faint echo), as a
    headline tells of its own text."""
    if any(u.block.role == TITLE or u.block.role == CONTINUATION for u in current):
        return False  # (（下转第N版）: the report's part on this page is over)
    first = next((u for u in current if u.block.role == BODY), None)
    if first is None or not opens_with_any_dateline(first.block.lines):
        return False
    j = i + 1
    while j < len(units) and units[j].block.role not in (TITLE, BYLINE):
        j += 1
    if j + 1 < len(units) and units[j].block.role == BYLINE and units[j + 1].block.role == TITLE:
        j += 1  # body, byline, headline: the byline signs the text the headline closes
    if j == len(units) or units[j].block.role != TITLE:
        return False  # (an opening byline first: the text under it is signed as an article of its own)
    if directions if isinstance(directions, bool) else directions.get(j, True):
        return False
    end = j
    while end < len(units) and units[end].block.role == TITLE:
        end += 1
    head = bigrams("".join(line for u in units[j:end] for line in u.block.lines))
    text = "".join(line for u in current if u.block.role == BODY for line in u.block.lines)
    # (the headline tells of the report over it: a dated text its words do not echo is another article's)
    shared = shared_pairs(head, text)
    return shared >= _ECHO_PAIRS and shared > _FAINT_ECHO * len(head)


def report_under_opening_headline(current: list[Unit], units: list[Unit], i: int,
                                  directions: bool | dict[int, bool]) -> bool:
    """Is the dated text at ``i`` the next report under the headline that
    opened the article so far (two reports told under one headline: a meeting
    and a talk, a roundup of dispatches)? So when that headline stands over its
    text and its words echo the new report (more than a faint echo), and no
    headline closing a body stands after the report (its text would be that
    headline's). A report with no headline of its own that tells of the
    headline over the text before it is that headline's."""
    heads = [k for k, u in enumerate(current) if u.block.role == TITLE]
    if not heads or any(u.block.role == CONTINUATION for u in current[heads[-1]:]):
        return False  # (（下转第N版）: the article's part on this page is over)
    j = i + 1
    # (the text runs to the next headline or byline; a page's text read a few dozen units at most, however long)
    end = min(len(units), i + _REPORT_UNITS)
    while j < end and units[j].block.role not in (TITLE, BYLINE, HEADER, FOOTER):
        j += 1
    if j < len(units) and units[j].block.role == BYLINE and not units[j].closing:
        return False  # an opening byline: the text under it is signed as an article of its own
    if j < len(units) and units[j].block.role == TITLE and not (
            directions if isinstance(directions, bool) else directions.get(j, True)):
        return False  # the headline after it closes the report: it is that headline's text
    text = "".join(line for u in units[i:j] if u.block.role == BODY for line in u.block.lines)
    for k in heads:  # (each tier asked alone: a subtitle may tell of the first report only)
        head = bigrams("".join(current[k].block.lines))
        shared = shared_pairs(head, text)
        if shared >= _REPORT_ECHO_PAIRS and shared > _FAINT_ECHO * len(head):
            return True
    return False


#: a headline echoes a second report under it with this many pairs of characters at least
_REPORT_ECHO_PAIRS = 3
#: the units after a dated report read for its text and the headline after it
_REPORT_UNITS = 40


def agencies_after_credits(units: list[Unit]) -> None:
    """An agency alone in brackets right after a photo's credit (张三摄 /
    （人民视觉）) is that credit's tail, wrapped: no headline (it would close
    the body before it as its title), no text."""
    for k in range(1, len(units)):
        unit = units[k]
        if (units[k - 1].block.role == CREDIT and len(unit.block.lines) == 1 and unit.block.role != CREDIT
                and _AGENCY_ALONE.fullmatch(unit.block.lines[0].strip())):
            unit.block.role = OTHER


def subheading_before_closing(current: list[Unit], units: list[Unit], i: int, j: int,
                               directions: bool | dict[int, bool]) -> bool:
    """Is the one-line headline ``units[i:j]``, read as closing the body
    before it, an in-body subheading? So when a body follows it, then the
    next headline, closing that body too (no byline, caption or headline
    between), and that headline's words are the body's before the line while
    the line's are not: the body before runs on under the line to its own
    headline after it (筑牢高质量发展的根基 between two parts of one report)."""
    if j - i != 1 or len(units[i].block.lines) != 1 or j >= len(units) or units[j].block.role != BODY:
        return False
    k = j
    while k < len(units) and (units[k].block.role in (BODY, SUBHEADING) or _sends_on(units[k])):
        k += 1
    while k < len(units) and units[k].block.role in (CAPTION, CREDIT):
        k += 1  # the photo of the article whose headline follows, drawn before that headline
    if k == len(units) or units[k].block.role != TITLE:
        return False
    if directions if isinstance(directions, bool) else directions.get(k, True):
        return False
    # a text no headline opened that already has subheadings: the line may echo it like its others do
    subheaded = any(u.block.role == SUBHEADING for u in current) and not any(u.block.role == TITLE for u in current)
    if any(u.block.role == TITLE for u in current):
        # a headline opened text before: only the text since a photo ended that article may run on
        current = _text_after_photo(current)
    text = "".join(line for u in current if u.block.role == BODY for line in u.block.lines)
    line_pairs = bigrams(units[i].block.lines[0])
    end = k
    while end < len(units) and units[end].block.role == TITLE:
        end += 1
    head_pairs = bigrams("".join(line for u in units[k:end] for line in u.block.lines))
    if not text or not line_pairs or not head_pairs:
        return False
    line_share = shared_pairs(line_pairs, text) / len(line_pairs)
    head_shared = shared_pairs(head_pairs, text)
    if subheaded and head_shared >= _ECHO_PAIRS and head_shared / len(head_pairs) >= line_share:
        return True  # the closing headline echoes the text at least as much as the line does
    # (a word or two of the page's common wording, 发展, may be the line's too)
    return head_shared >= _ECHO_PAIRS and line_share <= _FAINT_ECHO and head_shared / len(head_pairs) > 2 * line_share


def _sends_on(unit: Unit) -> bool:
    """A note sending the text on to another page (（下转第9版）): it ends the
    part of a body on this page, right over that body's closing headline."""
    return unit.block.role == CONTINUATION and unit.note is not None and unit.note.direction == "to"


def _text_after_photo(current: list[Unit]) -> list[Unit]:
    """The body and subheadings after the last caption or credit of ``current``
    (an article's photo ends its text in a content stream: what comes next may be
    the next article's, a headline drawn after it); none where no photo stands in it."""
    k = len(current)
    while k and current[k - 1].block.role in (BODY, SUBHEADING):
        k -= 1
    return current[k:] if k and current[k - 1].block.role in (CAPTION, CREDIT) else []


#: a headline echoes a body it heads with this many pairs of characters at least
_ECHO_PAIRS = 2
#: a line sharing at most this share of its pairs with a body does not echo it
_FAINT_ECHO = 0.25


def headline_read_as_subheading(current: list[Unit], group: list[Unit]) -> int | None:
    """A closing headline ``group`` comes to text no headline opened, and a
    one-line subheading stands inside it between two bodies: is that line
    the headline closing the part before it? So when the closing headline's
    words are the part's after the line and not the part's before it, and
    the line's words are the part's before it more than the part's after
    (a headline drawn after its body, 漫步老城墙, between a carried-on piece
    and the next article's text). Where the part after it begins, else None."""
    if not any(u.block.role == SUBHEADING for u in current[1:-1]):
        return None  # (most texts hold no subheading: the headline's pairs are not gathered for them)
    head = bigrams("".join(line for u in group if u.block.role == TITLE for line in u.block.lines))
    if not head:
        return None
    for k in range(1, len(current) - 1):
        unit = current[k]
        if (unit.block.role != SUBHEADING or len(unit.block.lines) != 1 or current[k - 1].block.role != BODY
                or current[k + 1].block.role != BODY):
            continue
        before = "".join(line for u in current[:k] if u.block.role == BODY for line in u.block.lines)
        after = "".join(line for u in current[k + 1:] if u.block.role == BODY for line in u.block.lines)
        line = bigrams(unit.block.lines[0])
        if not line or shared_pairs(head, after) < _ECHO_PAIRS:
            continue
        if shared_pairs(head, before) / len(head) > _FAINT_ECHO / 2:
            continue
        if shared_pairs(line, before) > shared_pairs(line, after):
            unit.block.role = TITLE
            return k + 1
    return None


def said_a_sentence(current: list[Unit]) -> bool:
    """Does the body so far hold a finished sentence (a full stop, ! or ?)?"""
    return any(says_a_sentence(u.block.lines) for u in current if u.block.role == BODY)


#: a page's banner: one line of two parallel phrases of (nearly) one length (弘扬时代新风 凝聚奋进力量)
_BANNER = re.compile(r"([\u4e00-\u9fff]{4,7})[ \u3000]+([\u4e00-\u9fff]{4,7})")


def _banner_lines(lines: list[str]) -> bool:
    """One line of two parallel phrases, a character apart in length at most."""
    match = _BANNER.fullmatch(lines[0].strip()) if len(lines) == 1 else None
    return bool(match) and abs(len(match.group(1)) - len(match.group(2))) <= 1


def _banner_shaped(group: list[Unit]) -> bool:
    """A headline group of one line of two parallel phrases."""
    return _banner_lines([line for u in group if u.block.role == TITLE for line in u.block.lines])


def _banner_at(current: list[Unit]) -> int | None:
    """The last banner's slogan (two parallel phrases on one line, read as an
    in-body subheading) with body text on both sides, after the last headline."""
    last_head = max(k for k, u in enumerate(current) if u.block.role == TITLE)
    for k in range(len(current) - 2, last_head + 1, -1):
        unit = current[k]
        if (unit.block.role == SUBHEADING and current[k - 1].block.role == BODY and current[k + 1].block.role == BODY
                and _banner_lines(unit.block.lines)):
            return k
    return None


def banner_inside(current: list[Unit]) -> int | None:
    """Where the closing headline's part begins when the wording does not
    tell: right after a banner's slogan with body text on both sides. The banner
    runs across the page between two rows of articles; it is set aside."""
    k = _banner_at(current)
    if k is None:
        return None
    current[k].block.role = OTHER
    return k + 1


def banner_over_own_words(current: list[Unit], group: list[Unit]) -> int | None:
    """A banner's slogan between the opening headline's text (its last
    sentence ended) and the closing headline's is the stream's own mark of
    where one article ends, asked before the paragraphs' wording (which may
    cut at a short paragraph further on): the part under it is the closing
    headline's when that headline's words are said there, at least as densely
    as over it. The banner is set aside; the index where the part begins, else None."""
    k = _banner_at(current) if any(u.block.role == SUBHEADING for u in current) else None
    if k is None or not current[k - 1].block.lines or not ends_sentence(current[k - 1].block.lines[-1]):
        return None
    head = bigrams("".join(line for u in group if u.block.role == TITLE for line in u.block.lines))
    last_head = max(n for n, u in enumerate(current) if u.block.role == TITLE)
    over = "".join(line for u in current[last_head + 1:k] if u.block.role == BODY for line in u.block.lines)
    under = "".join(line for u in current[k + 1:] if u.block.role == BODY for line in u.block.lines)
    said = shared_pairs(head, under) if head else 0
    if not said or said / max(len(under), 1) < shared_pairs(head, over) / max(len(over), 1):
        return None
    current[k].block.role = OTHER
    return k + 1


def banner_between(current: list[Unit], group: list[Unit], units: list[Unit], end: int) -> bool:
    """A body between a headline drawn over it and one drawn after it, the
    wording giving neither a part of its own: an article has one headline, so
    when one of the two is a banner's slogan (two parallel phrases, no byline
    under it) and the other is not, the slogan is the page's banner across the
    columns, drawn in the stream between two articles: it heads none. The
    banner's block is set aside; True when that is the closing ``group`` (it
    then joins no article)."""
    heads = [k for k, u in enumerate(current) if u.block.role == TITLE]
    opening = [current[k] for k in heads if k < next((n for n, u in enumerate(current) if u.block.role == BODY),
                                                     len(current))]
    if not opening:
        return False
    signed = end < len(units) and units[end].block.role == BYLINE and not units[end].closing
    if _banner_shaped(group) and not signed and not _banner_shaped(opening):
        for unit in group:
            unit.block.role = OTHER
        return True
    after = current.index(opening[-1]) + 1
    opening_signed = after < len(current) and current[after].block.role == BYLINE
    if _banner_shaped(opening) and not opening_signed and not _banner_shaped(group):
        for unit in opening:
            unit.block.role = OTHER
    return False


__all__ = ["agencies_after_credits", "banner_between", "banner_inside", "banner_over_own_words", "headline_read_as_subheading",
           "lead_under_headline", "report_under_opening_headline", "reports_under_one_closing_headline", "said_a_sentence", "subheading_before_closing"]
