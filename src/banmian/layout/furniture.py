"""Page furniture: the header and footer bands and what they tell.

Real headers come in many forms: ``第7版`` over a full-width rule, a rule
shorter than the page or none at all, a date as ``2011.5.24`` or
``2018年1月24日 星期三``, the page number alone beside the section name
(``7 理论``), English words in the masthead, an editors line with ``/``
between roles. What they share: they sit in a band at the very top (or
bottom) of the page, and at least one of their lines is furniture (a page
number, a date, editors). Rows of that band are taken from the edge inwards
while they are furniture or share a row with furniture.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import attrgetter

from ..isodate import date_from_parts
from ..model import Block, PageContent, TextLine
from .roles import FOOTER, HEADER
from .config import DEFAULT, LayoutConfig
from .edge_strips import edge_strip_lines
from .rules import find_continuation, parse_page_header

_LONE_NUMBER = re.compile(r"\d{1,3}")
# the page number beside the section name, set apart by a space (a body line
# such as 6亩土地入股 is no header)
_NUMBER_SECTION = re.compile(r"(?:第\s*(?P<m>\d{1,3})\s*版\s*|(?P<n>\d{1,3})\s+)(?P<section>[\u4e00-\u9fff·]{2,6})")
#: the page number and the section run together, as an extractor joins the header's two spans
#: (2综合新闻); a number followed by a measure word opens a phrase (3万人返乡, 8项举措), not a header
_GLUED_NUMBER_SECTION = re.compile(r"(?P<n>\d{1,3})(?![个名万亿项条年月日时家位次天千百多余元岁号届期批座所户亩吨米度倍成])"
                                   r"(?P<section>[\u4e00-\u9fff·]{2,6})")
_SECTION_NUMBER = re.compile(r"(?P<section>[\u4e00-\u9fff·]{2,6})(?:\s*第\s*(?P<m>\d{1,3})\s*版|\s+(?P<n>\d{1,3}))")
_DOTTED_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*[.\-/]\s*(?P<m>\d{1,2})\s*[.\-/]\s*(?P<d>\d{1,2})(?!\d)")
#: where a header line's date begins (2019.2.2, 2019年2月2日): what stands before it is the page's number and section
_DATE_OPENS = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*[.\-/年]")
_LATIN_WORDS = re.compile(r"[A-Za-z]{3,}(?:[\s'’.,-]+[A-Za-z]+)*")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,10}")
#: what only a front page's masthead prints: the paper's serial number (国内统一连续出版物号 CN 11-0065) or
#: the issue's number (第12345期); inner pages carry a running head with their page number instead
_FRONT_PAGE_ONLY = re.compile(r"国内统一连续出版物号|\bCN\s?\d{2}\s?[-－]\s?\d{4}|第\s*\d{3,6}\s*期")
_WEEKDAY = re.compile(r"星期[一二三四五六日天]|周[一二三四五六日]")
#: a date in Chinese numerals (二〇二三年九月二十一日), as some papers print their header's
_CN_DATE = re.compile(r"(?P<y>[〇零一二三四五六七八九]{4})\s*年\s*(?P<m>[一二三四五六七八九十]{1,2})\s*月"
                      r"\s*(?P<d>[一二三四五六七八九十]{1,3})\s*日")
_CN_DIGIT = {c: n for n, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def _cn_number(text: str) -> int | None:
    """一 .. 三十一 as a number (十 alone is ten; 二十一 is 2 tens and 1), or
    None when the numerals make none (十十)."""
    if "十" not in text:
        return int("".join(str(_CN_DIGIT[c]) for c in text))
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return None
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)
#: a header's date without its year, with the weekday: 2月26日 星期二 (no body line is only that)
DAY_AND_WEEKDAY = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?P<weekday>星期[一二三四五六日天]|周[一二三四五六日])")
#: a masthead's pieces an extractor ran into one line (人民日报 7 要闻, 4 综合新闻 人民日报,
#: 20 体育 人民日报 PEOPLE'S DAILY): the paper's name, its Latin words, a page number, a section
_PAPER_TOKEN = re.compile(r"[\u4e00-\u9fff]{2,8}报")
_LATIN_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’.,&-]*")
_SECTION_TOKEN = re.compile(r"[\u4e00-\u9fff·]{2,6}")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2}")
_EDITORS = re.compile(r"(?<!\s)\s*(?:本版)?(?:责任编辑|责编|编辑|美编|校对|版式设计|版式|组版|审校|文字校对)\s*[：:]")


def furniture_meta(text: str) -> dict[str, str] | None:
    """Edition metadata a header or footer line gives, else ``None``."""
    text = read_once(text.strip())
    if not text or find_continuation(text):
        return None
    meta = dict(parse_page_header(text) or {})
    compact = re.sub(r"\s+", " ", text)
    if "date" not in meta:
        m = _DOTTED_DATE.search(compact)
        day = date_from_parts(m.group("y"), m.group("m"), m.group("d")) if m else None
        if day:
            meta["date"] = day
            weekday = _WEEKDAY.search(compact)
            if weekday:
                meta["weekday"] = weekday.group(0)
    if "date" not in meta:
        m = _CN_DATE.search(compact)
        parts = [_cn_number(m.group(k)) for k in "ymd"] if m else []
        day = date_from_parts(*parts) if parts and None not in parts else None
        if day:
            meta["date"] = day
    if "date" not in meta and "weekday" not in meta:
        m = DAY_AND_WEEKDAY.fullmatch(compact)
        if m:
            meta["weekday"] = m.group("weekday")
    if "page" not in meta and "date" in meta:  # 2019年2月9日 星期六 17 (地方): the page after the date
        tail = re.search(r"(?:星期[一二三四五六日天]|周[一二三四五六日])\s+(?P<rest>\S.*)$", compact)
        rest = tail.group("rest").strip() if tail else ""
        m = _LONE_NUMBER.fullmatch(rest) or _NUMBER_SECTION.fullmatch(rest) or _SECTION_NUMBER.fullmatch(rest)
        if m and m.re is _LONE_NUMBER:
            meta["page"] = str(int(rest))
        elif m and not _WEEKDAY.search(m.group("section")):
            meta["page"] = str(int(m.group("n") or m.group("m")))
            meta.setdefault("section", m.group("section"))
    if "page" not in meta and "date" in meta:  # 6 文化 2019.2.2 星期六: the page and section before the date
        head = _DATE_OPENS.split(compact, maxsplit=1)[0].strip()
        m = (_NUMBER_SECTION.fullmatch(head) or _SECTION_NUMBER.fullmatch(head)) if head else None
        if m and not _WEEKDAY.search(m.group("section")):
            meta["page"] = str(int(m.group("n") or m.group("m")))
            meta.setdefault("section", m.group("section"))
    if "page" not in meta and "date" not in meta:
        pieces = masthead_pieces(compact)
        if pieces and "page" in pieces:
            meta.update(pieces)
    if "page" not in meta:
        if _LONE_NUMBER.fullmatch(compact):
            meta["page"] = str(int(compact))
        else:
            m = (_NUMBER_SECTION.fullmatch(compact) or _SECTION_NUMBER.fullmatch(compact)
                 or _GLUED_NUMBER_SECTION.fullmatch(compact))
            if m and not _WEEKDAY.search(m.group("section")):
                meta["page"] = str(int(m.group("n") or m.group("m")))
                meta.setdefault("section", m.group("section"))
    return meta or None


def read_once(text: str) -> str:
    """A header line printed in fake bold (each run drawn twice) as an extractor
    that keeps both copies gives it (77 理论理论 or 77 理理论论 for 7 理论) read
    once: every piece is two equal halves, or every character is twice, and
    one piece is words, not a number alone
    (so a page 11 or 22 stays as printed); else the line as it is."""
    tokens = text.split()
    if len(tokens) < 2 or not any(_CJK_RUN.search(tok) for tok in tokens):
        return text
    if any(len(tok) % 2 for tok in tokens):
        return text
    halves = [tok[:len(tok) // 2] for tok in tokens]
    if all(tok == half * 2 for tok, half in zip(tokens, halves)):
        return " ".join(halves)
    if all(tok[::2] == tok[1::2] for tok in tokens):  # each character twice (理理论论)
        return " ".join(tok[::2] for tok in tokens)
    return text


def masthead_pieces(text: str) -> dict[str, str] | None:
    """The paper, page number and section of a line that holds only the
    masthead's pieces set apart by spaces (one paper's name, its Latin words,
    a page number and a section name, at least one of the last two); else
    ``None``. A body line never reads so: it has no space between such words."""
    tokens = text.split()
    if len(tokens) < 2:  # most lines: one piece, no masthead's
        return None
    papers = [tok for tok in tokens if _PAPER_TOKEN.fullmatch(tok)]
    if len(papers) != 1:
        return None
    numbers = [tok for tok in tokens if _LONE_NUMBER.fullmatch(tok)]
    sections = [tok for tok in tokens if tok not in papers and _SECTION_TOKEN.fullmatch(tok)]
    latin = [tok for tok in tokens if _LATIN_TOKEN.fullmatch(tok)]
    if (len(numbers) > 1 or len(sections) > 1 or not (numbers or sections)
            or len(papers) + len(numbers) + len(sections) + len(latin) != len(tokens)
            or any(_WEEKDAY.search(tok) for tok in sections)):
        return None
    meta = {"paper": papers[0]}
    if numbers:
        meta["page"] = str(int(numbers[0]))
    if sections:
        meta["section"] = sections[0]
    return meta


def _rows(lines: list[TextLine]) -> list[list[TextLine]]:
    """Lines grouped into rows that overlap vertically, top to bottom."""
    rows: list[list[TextLine]] = []
    bottom = -1e9
    for ln in sorted(lines, key=_TOP):  # (every line of a page: the height and max() written out)
        y0, y1 = ln.y0, ln.y1
        if rows and y0 < bottom - 0.2 * (y1 - y0):
            rows[-1].append(ln)
            if y1 > bottom:
                bottom = y1
        else:
            rows.append([ln])
            bottom = y1
    return rows


_TOP = attrgetter("y0")


def _band(rows: list[list[TextLine]], limit: float, rule: float | None, top: bool,
          edge_rule: float | None = None, meta_of: Callable[[str], dict[str, str] | None] = furniture_meta
          ) -> list[TextLine]:
    """The furniture rows from one edge inwards: up to the last row that is
    furniture, all within ``limit`` (or on the edge's side of ``rule``)."""
    taken: list[TextLine] = []
    last_furniture = -1
    ordered = rows if top else rows[::-1]
    for i, row in enumerate(ordered):
        inside = (row[0].y0 if not top else max(ln.y1 for ln in row))
        if rule is not None:
            if (top and inside > rule + 1) or (not top and min(ln.y0 for ln in row) < rule - 1):
                break
        elif (top and inside > limit) or (not top and min(ln.y0 for ln in row) < limit):
            break
        if any(meta_of(ln.text) for ln in row):
            last_furniture = i
    if last_furniture < 0 and edge_rule is not None:  # a masthead over its rule, with no date or page
        last_furniture = max((i for i, row in enumerate(ordered)
                              if (top and max(ln.y1 for ln in row) <= edge_rule + 1)
                              or (not top and min(ln.y0 for ln in row) >= edge_rule - 1)), default=-1)
    if last_furniture < 0:
        return []
    for row in ordered[:last_furniture + 1]:
        taken.extend(row)
    return taken


def _band_rule(content: PageContent, top: bool, config: LayoutConfig) -> float | None:
    """A wide rule (or thin bar) near the edge that closes the band."""
    limit = content.height * (config.band_share + 0.03)
    found: list[float] = []
    for r in list(content.rules) + list(content.boxes):
        if r[2] - r[0] < content.width * 0.4 or r[3] - r[1] > 12:
            continue
        if top and r[3] <= limit:
            found.append(r[3])
        elif not top and r[1] >= content.height - limit:
            found.append(r[1])
    if not found:
        return None
    return max(found) if top else min(found)


def _edge_rule(content: PageContent, top: bool) -> float | None:
    """The rule nearest the edge with text between it and the edge, when it
    runs over two fifths of the page's width or more (a masthead's rule may
    stop well short of it) within the top (bottom) tenth: a masthead's rule.
    A wider rule further in may be a column's tab (a label in a box, then a rule)."""
    found = [(r[3] if top else r[1]) for r in list(content.rules) + list(content.boxes)
             if r[2] - r[0] >= content.width * 0.4 and r[3] - r[1] <= 12
             and ((top and r[3] <= content.height * 0.1) or (not top and r[1] >= content.height * 0.9))]
    found = [y for y in found if any((top and ln.y1 <= y + 1) or (not top and ln.y0 >= y - 1) for ln in content.lines)]
    if not found:
        return None
    return min(found) if top else max(found)


def split_furniture(content: PageContent, body_size: float, config: LayoutConfig = DEFAULT
                    ) -> tuple[list[TextLine], list[Block], dict[str, str]]:
    """(the lines of the page's content, header and footer blocks, metadata)."""
    # each line's metadata read once (the bands, the edge strip, the metadata and the masthead ask it again);
    # the answers are read, never changed, and live as long as this call
    known: dict[str, dict[str, str] | None] = {}

    def meta_of(text: str) -> dict[str, str] | None:
        if text not in known:
            known[text] = furniture_meta(text)
        return known[text]

    strip = edge_strip_lines(content.lines, set(), body_size, meta_of)  # the header down the page's edge
    in_strip = {id(ln) for ln in strip}
    rows = _rows([ln for ln in content.lines if id(ln) not in in_strip] if in_strip else content.lines)
    header = _band(rows, content.height * config.band_share, _band_rule(content, True, config), top=True,
                   edge_rule=_edge_rule(content, True), meta_of=meta_of)
    if not header and rows and _is_masthead_row(rows[0], body_size, content.height * config.band_share):
        header = list(rows[0])  # the paper's name on top, its date and page number in the footer
    taken = {id(ln) for ln in header} | in_strip
    rest_rows = [r for r in rows if taken.isdisjoint(map(id, r))]
    footer = _band(rest_rows, content.height * (1 - config.band_share * 0.7),
                   _band_rule(content, False, config), top=False, edge_rule=_edge_rule(content, False), meta_of=meta_of)
    taken |= {id(ln) for ln in footer}
    # an editors line (责任编辑：… / 版式设计：…) near the top or bottom edge, inside the band's rule
    edge = content.height * (config.band_share + 0.03)
    low = content.height - edge
    for ln in content.lines:  # (where it stands asked first: most lines stand in neither band)
        if (ln.y1 <= edge or ln.y0 >= low) and id(ln) not in taken and _EDITORS.match(ln.text):
            (header if ln.y1 <= edge else footer).append(ln)
            taken.add(id(ln))
    # (the lines left listed only when there is a footer to release lines from: it asks them only then)
    footer = _release_column_tails(footer, [ln for ln in content.lines if id(ln) not in taken] if footer else [], taken)
    header += strip
    meta: dict[str, str] = {}
    blocks: list[Block] = []
    for role, lines in ((HEADER, header), (FOOTER, footer)):
        for ln in sorted(lines, key=lambda ln: (ln.y0, ln.x0)):
            blocks.append(Block([ln.text], role=role, bbox=ln.bbox, font_size=ln.size, line_bboxes=[ln.bbox]))
            for key, value in (meta_of(ln.text) or {}).items():
                meta.setdefault(key, value)
        if role == HEADER and lines:
            _masthead(lines, body_size, meta, meta_of)
    body = [ln for ln in content.lines if id(ln) not in taken]
    return body, blocks, meta


def _release_column_tails(footer: list[TextLine], body: list[TextLine], taken: set[int]) -> list[TextLine]:
    """The footer band without the lines that carry a body column on: a
    footer is set apart from the columns (by a gap, a rule, a smaller size),
    so a line of the body's size under a column's last line, at its left edge
    and at the column's own line pitch, is that column's last line, whatever
    it says (a page with no footer has its columns run to the bottom edge,
    and a row of the band may hold such a line beside an editors line).
    Lines are released top to bottom, so a column's two last lines both go."""
    if not footer:
        return footer
    top = min(ln.y0 for ln in footer)
    near = [ln for ln in body if ln.y1 >= top - 4 * ln.height and not ln.vertical]
    kept: list[TextLine] = []
    for ln in sorted(footer, key=lambda ln: ln.y0):
        if not ln.vertical and _carries_column_on(ln, near):
            near.append(ln)
            taken.discard(id(ln))
        else:
            kept.append(ln)
    return kept


def _carries_column_on(ln: TextLine, near: list[TextLine]) -> bool:
    """Is ``ln`` the next line of a column of ``near``: the same size as a line
    just over it, its left edge within a paragraph's indent of that line's, at
    the pitch of that line and the one over it?"""
    def over(line: TextLine) -> TextLine | None:
        return next((o for o in near if o is not line and abs(o.x0 - line.x0) <= 2.5 * line.size
                     and abs(o.size - line.size) <= 0.1 * line.size and o.x1 > line.x0
                     and 0 <= line.y0 - o.y1 <= 0.8 * line.height), None)
    above = over(ln)
    second = over(above) if above is not None else None
    if second is None:
        return False
    pitch, pitch_above = ln.y0 - above.y0, above.y0 - second.y0
    return abs(pitch - pitch_above) <= 0.15 * pitch_above


def _is_masthead_row(row: list[TextLine], body_size: float, limit: float) -> bool:
    """The page's top row names the paper in large type (人民日报, …报)."""
    return all(ln.y1 <= limit for ln in row) and any(
        ln.size >= 1.5 * body_size and _CJK_NAME.fullmatch(ln.text.replace(" ", "")) is not None
        and ln.text.replace(" ", "").endswith("报") for ln in row)


def _masthead(lines: list[TextLine], body_size: float, meta: dict[str, str],
              meta_of: Callable[[str], dict[str, str] | None] = furniture_meta) -> None:
    """The paper's name (the largest CJK words of the header) and a section
    name set alone in the header (理论, 要闻) when no line named one; a front
    page's masthead (its serial or issue number beside the paper's name) makes
    the page the first."""
    plain = [ln for ln in lines if not meta_of(ln.text) and not _LATIN_WORDS.fullmatch(ln.text.strip())]
    names = [ln for ln in plain if _CJK_NAME.fullmatch(ln.text.replace(" ", ""))]
    if "paper" not in meta:
        papers = [ln for ln in names if ln.text.replace(" ", "").endswith("报") and ln.size > body_size * 1.5]
        if papers:
            meta["paper"] = max(papers, key=lambda ln: ln.size).text.replace(" ", "")
    if "paper" in meta and any(_FRONT_PAGE_ONLY.search(ln.text) for ln in lines):
        # the front page: its masthead prints no page number and no section (the short lines beside the
        # paper's name are the weather's or the lunar date's labels)
        meta.setdefault("page", "1")
        return
    if "section" not in meta:
        sections = [ln for ln in names if not ln.text.replace(" ", "").endswith("报")
                    and len(ln.text.replace(" ", "")) <= 6 and not _WEEKDAY.fullmatch(ln.text.strip())]
        if sections:
            meta["section"] = max(sections, key=lambda ln: ln.size).text.replace(" ", "")

