"""One article from its units: headline tiers, bylines, dateline, clean
paragraphs, captions and continuation links."""

from __future__ import annotations

import re
from operator import attrgetter

from ..model import Article, Byline, Caption, Provenance
from .roles import BODY, BYLINE, CAPTION, CONTINUATION, CREDIT, SUBHEADING, TITLE
from .headlines import assign_tiers, tiers_from_units
from .mark_widths import half_marks_in, half_width_marks
from .measure_cuts import set_in_one_measure
from .paragraphs import INDENT_CELLS, body_width, indents_were_commonest, split_paragraphs
from .reflow import clean_body_spaces, join_lines
from .rules import ROLES, DatelineSplit, parse_bracket_byline, split_dateline
from .text_units import Unit


_ROLE = attrgetter("role")
#: the provenance a built article holds until the parse traces it (:func:`banmian.provenance.trace_article`
#: gives every article of the page a new one before anyone reads it): one for all, its fields empty tuples
#: that nothing can add to, where each article made a :class:`Provenance` of seven empty lists that lived
#: until then (on a long page some 100,000 containers the cyclic collector walked for nothing)
_UNTRACED = Provenance((), (), (), (), (), (), ())  # type: ignore[arg-type]


def build_article(units: list[Unit]) -> Article:
    headline = assign_tiers(tiers_from_units([u.block.lines for u in units if u.block.role == TITLE]))
    article = Article(id="", headline=headline, blocks=[u.block for u in units], provenance=_UNTRACED)
    for u in units:
        if u.block.role == BYLINE:
            article.bylines.extend(u.bylines)
        elif u.block.role == CONTINUATION and u.note:
            if u.note.direction == "to":
                article.continues_to = u.note.page
            else:
                article.continued_from = u.note.page
    article.paragraphs = _paragraphs(units)
    roles = list(map(_ROLE, article.blocks))
    if CAPTION in roles or CREDIT in roles:  # (most articles have neither: no walk over their units)
        article.captions = _captions(units)
    _take_dateline(article)
    article.paragraphs = [p for p in map(clean_body_spaces, article.paragraphs) if p]
    return article


def _paragraphs(units: list[Unit]) -> list[str]:
    body = [u for u in units if u.block.role in (BODY, SUBHEADING)]
    columns = [u for u in body if u.block.role == BODY and not u.paragraph_lines]
    measured = [u.line_widths() for u in columns]  # each line measured once (most with the unit's width)
    for u, ws in zip(columns, measured):
        if u.lead:  # (a brief's title run into the first line: the line as set)
            ws[0] += u.lead
    half_marks = half_width_marks([u.block.lines for u in columns], measured)
    if half_marks:
        measured = [[w - 0.5 * half_marks_in(line) for line, w in zip(u.block.lines, ws)]  # (= half_mark_width)
                    for u, ws in zip(columns, measured)]
    width = _one_unit_width(columns, half_marks) or body_width([ws[:-1] if len(ws) > 1 else ws for ws in measured])
    widths = iter(measured)
    out: list[str] = []
    run: list[list[str]] = []
    run_widths: list[list[float]] = []
    for u in body:
        if u.block.role == SUBHEADING or u.paragraph_lines:
            out.extend(split_paragraphs(run, width, run_widths, half_marks))
            run, run_widths = [], []
            out.extend([join_lines(u.block.lines)] if u.block.role == SUBHEADING else u.block.lines)
            continue
        own = next(widths)
        introduced = bool(run and run[-1] and run[-1][-1].rstrip().endswith(_INTRODUCES))
        measure = _own_measure(u.block.lines, own, width) if introduced else None
        if measure is not None:
            # a text set in its own measure after the colon that brings it in (a quotation set in on both
            # sides: ……他在日记中写道： / ……): its paragraphs are told by its own width; the text after
            # it goes on in the body's
            out.extend(split_paragraphs(run, width, run_widths, half_marks))
            out.extend(split_paragraphs([u.block.lines], measure, [own], half_marks))
            run, run_widths = [], []
            continue
        run.append(u.block.lines)
        run_widths.append(own)
    out.extend(split_paragraphs(run, width, run_widths, half_marks))
    return out


def _one_unit_width(columns: list[Unit], half_marks: bool) -> float | None:
    """:func:`body_width` of a body of one unit as measured (no lead, whole-cell marks), its lines
    unchanged since the unit's width was measured from them (most bodies), else None: that width is
    the commonest of the same widths (its lines but the last, sorted once, kept on the unit), so only
    the count of lines an indent wider is left to ask."""
    if len(columns) != 1 or half_marks:
        return None
    u = columns[0]
    inner = u.measured_inner_widths()
    if u.lead or inner is None:
        return None
    width = u.width
    if indents_were_commonest(inner.count(width + INDENT_CELLS), inner.count(width)):
        return width + INDENT_CELLS
    return width


#: what ends the line that brings a quotation in
_INTRODUCES = ("：", ":")
#: a unit's lines this many cells narrower than its body's are set in a measure of their own
_OWN_MEASURE = 1.5
#: lines enough to show a unit's own measure
_MEASURE_LINES = 4


def _own_measure(lines: list[str], widths: list[float], body: float) -> float | None:
    """The unit's own column width where it is narrower than the body's by
    more than a line may vary and its lines are set in it (a quotation set in
    on both sides; not a heading over a paragraph's short lines), else None."""
    if len(widths) < _MEASURE_LINES:
        return None
    own = body_width([widths[:-1]])
    return own if own and body - own >= _OWN_MEASURE and set_in_one_measure(lines, own) else None


#: how a credit's role ends: 记者, 通讯员, 实习生
_ROLE_ENDS = {role[-1] for role in ROLES}


def _role_cut(text: str) -> str:
    """The caption without a credit's role glued after its last sentence (……去处。本报记者 /
    钱程 摄: the role wrapped apart from the name it introduces)."""
    if text[-1:] not in _ROLE_ENDS:
        return text  # (most captions end a sentence)
    for role in ROLES:  # (longest first)
        if text.endswith(role) and text[:-len(role)].rstrip()[-1:] in "。！？”":
            return text[:-len(role)].rstrip()
    return text


def _credit_over(units: list[Unit], i: int) -> bool:
    """Is caption ``i`` under a credit of no caption of its own, and over none?"""
    return (units[i].block.role == CAPTION and i >= 1 and units[i - 1].block.role == CREDIT
            and (i < 2 or units[i - 2].block.role != CAPTION)
            and not (i + 1 < len(units) and units[i + 1].block.role == CREDIT))


def _captions(units: list[Unit]) -> list[Caption]:
    captions: list[Caption] = []
    for i, u in enumerate(units):
        if u.block.role == CAPTION:
            credit = units[i + 1].credit if i + 1 < len(units) and units[i + 1].block.role == CREDIT else None
            if credit is None and _credit_over(units, i):
                credit = units[i - 1].credit  # the credit read before its caption (credit_first_captions)
            text = clean_body_spaces(join_lines(u.block.lines))
            captions.append(Caption(_role_cut(text) if credit else text, credit))
        elif u.block.role == CREDIT and (i == 0 or units[i - 1].block.role != CAPTION) and not (
                i + 1 < len(units) and _credit_over(units, i + 1)):
            captions.append(Caption("", u.credit))
    return captions


def _take_dateline(article: Article) -> None:
    article.paragraphs = take_dateline(article, whole_opening(article.paragraphs))


#: the most of a dateline with its reporters' bracket that a paragraph cut short may hold
_OPENING_CHARS = 40


def _cut_opening(first: str, second: str) -> bool:
    """Did a short line end the first paragraph inside its dateline? Its date
    then its 电 on the next line (新华社江城3月5日 / 电…, 新华社江城3月5 / 日电…),
    the reporters' bracket left open (（记者林涛 通讯员王 / 芳）…), or a
    dateline alone before its bracket; and only where the two read as one dateline."""
    first, second = first.rstrip(), second.lstrip()
    if len(first) > _OPENING_CHARS or not second:
        return False
    # (the dateline alone asked last of its test, only before a bracket: a parse of the line)
    cut = ((second.startswith("电") and first.endswith("日")) or _unbalanced(first)
           or (second[0] in "（(" and _dateline_alone(first))
           or (first[-1:].isdigit() and second.startswith("日电")) or _date_cut(first, second))
    return cut and bool(split_dateline(first + second).dateline)


def _dateline_alone(text: str) -> bool:
    """Is ``text`` a dateline and nothing else?"""
    alone = split_dateline(text)
    return bool(alone.dateline) and not alone.rest


def _date_cut(first: str, second: str) -> bool:
    """Was the dateline cut inside its date (新华社江城3月 / 16日电…): the first
    part ends on the month, the second opens on the day?"""
    return first[-1:] == "月" and first[-2:-1].isdigit() and second[:1].isdigit()


def _unbalanced(text: str) -> bool:
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def whole_opening(paras: list[str]) -> list[str]:
    """The paragraphs with a dateline that a short line cut put back together."""
    paras = list(paras)
    while len(paras) >= 2 and _cut_opening(paras[0], paras[1]):
        paras[0:2] = [paras[0].rstrip() + paras[1].lstrip()]
    return paras


def _add_named(article: Article, bylines: list[Byline]) -> None:
    """Add the dateline's bracket names; a name the headline's byline already
    gave with no role (林 涛 under the title, （记者林涛） after the dateline) is
    one person, who takes the bracket's role."""
    for b in bylines:
        same = [k for k, old in enumerate(article.bylines) if old.name == b.name and old.role in (None, b.role)]
        if same:
            article.bylines[same[0]] = b
        else:
            article.bylines.append(b)


#: the first bracket's text as set (its spaces kept)
_OPEN_BRACKET = re.compile(r"[（(][^）)]*")


def take_dateline(article: Article, paras: list[str], raw_first: str | None = None) -> list[str]:
    """Move the dateline, its bracket byline and a closing bracket byline
    out of the paragraphs into the article; return the paragraphs left.
    ``raw_first`` is the first paragraph before its spaces were cleaned: names
    set apart by a space only (（张文 杨希壮）) are told apart there.
    Shared by text-mode and geometric layout."""
    if not paras:
        return paras
    split = split_dateline(paras[0])
    if split.dateline and raw_first:
        spaced = split_dateline(raw_first)
        # (names run together split only where a surname shows, and three of them may be cut elsewhere than
        # the printed spaces: those split them anyway; one space may be only a line break's, kept as a guess)
        printed = (m := _OPEN_BRACKET.search(raw_first)) is not None and m.group(0).count(" ") >= 2
        more = (len(spaced.bylines) > len(split.bylines) or printed and len(spaced.bylines) == len(split.bylines)) \
            and "".join(b.name for b in spaced.bylines) == "".join(b.name for b in split.bylines)
        if spaced.dateline and spaced.bylines and (not split.bylines or more):
            split = DatelineSplit(split.dateline, spaced.bylines, clean_body_spaces(spaced.rest))
    if split.dateline:
        article.dateline = split.dateline
        _add_named(article, split.bylines)
        if split.rest:
            paras[0] = split.rest
        else:
            paras.pop(0)
    if paras:
        closing = parse_bracket_byline(paras[-1])
        if closing:
            article.bylines.extend(closing)
            paras.pop()
    return paras
