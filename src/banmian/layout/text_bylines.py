"""Names standing alone under a headline are its bylines (text mode).

理论 and commentary pages print the author's name alone under the headline
(``汪 涛``, ``程华莉``), and an extractor may give it a line of its own or a
block of its own, a padded name even one character a line (``程`` / ``宇``).
Left a headline line, the name is glued into the title or subtitle and the
article is lost. A unit right after a headline tier that holds nothing but
one to four names, each opening with a surname, is that headline's byline
(role unknown). A name in a headline itself (习近平会见巴赫) is never alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Block, Byline
from .roles import BODY, BYLINE, CAPTION, CONTINUATION, CREDIT, DATELINE, FOOTER, HEADER, OTHER, SUBHEADING, TITLE
from ..names import COMPOUND_SURNAMES, starts_with_surname
from .phrase_lines import phrase_line, phrase_pair
from .marked_bylines import marked_bylines
from .rules import name_tokens, opens_with_any_dateline, parse_byline_line
from .closing_notes import closes_body
from .text_closing import closes_with_byline
from .headlines import ends_with_column_tag, starts_with_dash
from .headline_word_cuts import ends_with_office
from .text_direction import bigrams, body_text, shared_pairs, title_groups
from .text_headlines import BodyWords, is_short_tail, meets_person, words_near, wraps_on
from .text_units import Unit
from .measure_tails import wrapped_at_column_measure
from .tier_patterns import SPEAKER_KICKER, is_brief_heading, speech_kicker_over_title
from .tier_wording import POINT_MARKS


def names_alone(lines: list[str]) -> list[str] | None:
    """The names of a unit that holds only names, every one opening with a
    surname (its lines may be the parts of one padded name); else None."""
    text = " ".join(line.strip() for line in lines)
    names = name_tokens(text)
    if not names and len(lines) > 1:
        names = name_tokens("".join(line.strip() for line in lines))
    if not names or not all(starts_with_surname(n) for n in names):
        return None
    return names


def split_first_author_off_headlines(units: list[Unit]) -> None:
    """Two authors each on a line of their own under a headline (李正辉 /
    石锦建), where the extractor put the first in the headline's unit: that
    line joins the next name's unit, since the name on the next line says the
    names under the headline are its authors, no tier of it."""
    near = words_near(units)
    for k, unit in enumerate(units[:-1]):
        lines, nxt = unit.block.lines, units[k + 1]
        if (unit.block.role != TITLE or len(lines) < 2 or nxt.block.role not in (TITLE, BYLINE)
                or len(nxt.block.lines) != 1 or not _names_line(nxt.block.lines) or not _names_line(lines[-1:])
                or is_short_tail(lines[-2], lines[-1], near(k))):
            continue
        nxt.block.lines.insert(0, lines.pop())
        unit.forget_width()
        nxt.forget_width()  # both measured again from their new lines
        if nxt.block.line_start is not None:
            nxt.block.line_start -= 1
        if nxt.block.role == BYLINE:
            nxt.bylines = [Byline(None, n) for n in names_alone(nxt.lines) or []]


def split_author_lines_off_headlines(units: list[Unit]) -> list[Unit]:
    """A headline unit whose last line lists two names or more a space apart
    (……推动人的全面发展 / 刘宏达 谢守成, an extractor's block or a stream's
    run holding both): that line is the authors' byline unit, no tier (a tier
    says a phrase, never a list of people); the names' roles are unknown."""
    out: list[Unit] = []
    for unit in units:
        if unit.block.role != TITLE:
            out.append(unit)  # (most units: no headline, no line of names asked)
            continue
        lines = unit.block.lines
        padded = (_padded_name_after_title(lines[-1])
                  if unit.block.role == TITLE and not starts_with_dash(lines[0]) else None)
        if padded:  # 让基层治理更有温度 孔 宁: the title and the author's padded name set on one baseline
            title, name = padded
            block = unit.block
            out.append(replace(unit, block=replace(block, lines=[*lines[:-1], title]), _width=None))
            out.append(Unit(Block([name], BYLINE, page=block.page, line_start=block.line_start,
                                  font_size=block.font_size), bylines=[Byline(None, name.replace(" ", ""))]))
            continue
        names = (names_alone(lines[-1:]) if unit.block.role == TITLE and len(lines) >= 2 and len(lines[-1].split()) >= 2
                 else None)
        if not names or len(names) < 2 or _label_not_name(names) or names_alone(lines[-2:-1]):
            out.append(unit)
            continue
        block = unit.block
        start = block.line_start + len(lines) - 1 if block.line_start is not None else None
        out.append(replace(unit, block=replace(block, lines=lines[:-1]), _width=None))
        out.append(Unit(Block(lines[-1:], BYLINE, page=block.page, line_start=start, font_size=block.font_size),
                        bylines=[Byline(None, name) for name in names]))
    return out


#: a headline line's last piece before an author's padded name: a word of four characters at least
_TITLE_PIECE = re.compile(r"[\u4e00-\u9fff]{4}")
#: one character of a name
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _padded_name_after_title(line: str) -> tuple[str, str] | None:
    """The title and the padded name of a headline line that ends with its
    author's name of two characters padded to three cells, set at the end of
    the title's line (让基层治理更有温度 孔 宁: pdftotext -raw runs a
    baseline's pieces into one line), or None."""
    pieces = line.split()
    if len(pieces) < 3 or not all(len(p) == 1 and _HAN.fullmatch(p) for p in pieces[-2:]):
        return None  # (most lines)
    title, name = " ".join(pieces[:-2]), " ".join(pieces[-2:])
    if not _TITLE_PIECE.search(pieces[-3]) or not starts_with_surname(name.replace(" ", "")):
        return None
    if ends_with_office(title):
        return None  # ——……纪委书记、 / 监委主任 王 玮: an office and its holder sign a text
    return title, name


def _names_line(lines: list[str]) -> bool:
    """Does the line hold names only (no column label read as one)?"""
    names = names_alone(lines)
    return bool(names) and not _label_not_name(names)


def mark_names_under_headlines(units: list[Unit]) -> None:
    """Headline units that are only names, right under a headline tier (or
    under such names), become bylines with the role unknown."""
    near = words_near(units)
    for k in range(1, len(units)):
        unit, above = units[k], units[k - 1]
        if unit.block.role != TITLE:
            continue
        if above.block.role != TITLE and not (above.block.role == BYLINE and k > 1
                                              and units[k - 2].block.role == TITLE):
            continue
        names = names_alone(unit.block.lines)
        if names and unit.block.lines[-1].rstrip()[-1:] in POINT_MARKS:
            continue  # …春节消 / 费亮眼■: the mark opening a subtitle's points closes a headline line (a
            # byline's mark stands before its names: ■ 本报记者 张三)
        if names and above.block.role == TITLE and above.block.lines[-1].rstrip().endswith("—"):
            continue  # a kicker's dash leads into the title under it (……余村—— / 农家乐 / 挺红火): no author
        if (names and above.block.role == TITLE and len(unit.block.lines) == 1
                and (is_short_tail(above.block.lines[-1], unit.block.lines[0], near(k))
                     or (wraps_on(above.block.lines[-1], unit.block.lines[0], None)
                         and not meets_person(above.block.lines[-1], unit.block.lines[0])))):
            continue  # the headline's tail wrapped onto a line of its own (…市民免 / 费开放; …这个 / 关键变量:
            # the line over it says so by its end; a name after 会见 is asked below)
        if names and above.block.role == TITLE and len(unit.block.lines) == 1 and _authors_given_below(units, k, names):
            continue  # …更加精准 / 高效 / ■ 本报记者 张三: the byline under it gives the authors, with their roles
        if names and above.block.role == TITLE and wrapped_at_column_measure(units, k):
            continue  # …培训业前 / 景看好: a line as wide as the column around it wrapped onto this one
        if names and above.block.role == TITLE and len(unit.block.lines) == 1 and meets_person(
                above.block.lines[-1], unit.block.lines[0], None if _names_follow(units, k) else near(k)):
            continue  # …总统会见 / 张三: the one met, the tier's last word (a name the text never spells, with
            # no byline after it, is the author's: …三方外长会晤 / 何某某)
        if names and above.block.role == TITLE and len(unit.block.lines) == 1 and _listed_after(
                above.block.lines[-1], unit.block.lines[0], near(k)):
            continue  # 产业兴 / 乡村美 / 农民富, the body telling of 乡村美、农民富: a phrase of the title
        if names and above.block.role == TITLE and len(unit.block.lines) == 1 and SPEAKER_KICKER.search(
                above.block.lines[-1].rstrip() + unit.block.lines[0].strip()):
            continue  # …召开座谈会 / 时强调: a kicker's tail (时 a surname, 强调 no given name)
        if names and _label_not_name(names) and _second_phrase(above, unit):
            continue  # 一网通办 / 高效便民: the title's second phrase under its first, no label
        if names and _label_not_name(names) and _first_phrase(unit, units[k + 1] if k + 1 < len(units) else None,
                                                              units[k + 2] if k + 2 < len(units) else None):
            continue  # 全程细分 / 垃圾出村（…）: the title's first phrase over its second, no label
        if (names and _label_not_name(names) and above.block.role == TITLE
                and is_brief_heading(" ".join(above.block.lines))
                and k + 1 < len(units) and units[k + 1].block.role == BODY):
            continue  # 消息速览 / 夏荷春拾 / its text: under a column of briefs' heading, the first item's title
        if names and _label_not_name(names):
            unit.block.role = OTHER
        elif names:
            unit.block.role = BYLINE
            marked = marked_bylines(unit.block.lines[0]) if len(unit.block.lines) == 1 else None
            unit.bylines = marked or [Byline(None, name) for name in names]  # (文·图/韦小川 keeps its part)


def _first_phrase(unit: Unit, below: Unit | None, after: Unit | None = None) -> bool:
    """Is ``unit`` (four characters, a surname first) the first phrase of a title
    whose second, as long, stands under it closed by the title's column tag
    (全程细分 / 垃圾出村（…）), or closing the headline (a byline or the body
    under it: 欢乐闹新春 / 歌舞戏曲 / 齐聚江城 / 本报记者…)? The tag or the
    headline's end closes the title the two phrases make; a column's label
    names no phrase of it, and stands over a headline or under it, not inside."""
    if below is None or below.block.role != TITLE or len(below.block.lines) != 1:
        return False
    closes = ends_with_column_tag(below.block.lines[0].strip()) or (
        after is not None and after.block.role in (BODY, BYLINE) and len(below.block.lines[0].strip()) >= _PHRASE_MIN)
    return closes and phrase_pair(unit, below, tagged=True)


#: the second phrase of a title set a phrase a line holds this many characters at least (two or
#: three under a label of four: a name's)
_PHRASE_MIN = 4


def _listed_after(line: str, name: str, body: BodyWords) -> bool:
    """Does the body near spell the headline line's last phrase and then the
    name-shaped line under it, run on or listed (乡村美、农民富)? A title set a
    phrase a line, its words told again in its lead, not an author's name."""
    words = line.split()
    last = words[-1] if words else ""
    name = name.replace(" ", "")
    return len(last) >= 2 and any(f"{last}{mark}{name}" in body for mark in _LIST_MARKS)


#: what stands between two listed phrases in running text
_LIST_MARKS = ("", "、", "，")


def _second_phrase(above: Unit, unit: Unit) -> bool:
    """Is ``unit`` (four characters, a surname first) the second phrase of a title
    whose first, as long, is the line over it? A column's label stands under a
    whole headline, not under a phrase as short as itself."""
    first, second = phrase_line(above), phrase_line(unit)
    return bool(first and second) and len(first) == len(second) and phrase_pair(above, unit)


def split_names_over_bodies(units: list[Unit]) -> list[Unit]:
    """An author's name under a headline that the extractor put in one block with
    the body under it (tight leading: 蒋超良 / “幸福都是奋斗出来的”。……): the
    name's line is a byline unit of its own. Returns the units."""
    out: list[Unit] = []
    signs = _names_alone_under_titles(units)
    for unit in units:
        lines = unit.block.lines
        above = out[-1] if out else None
        under_title = unit.block.role == BODY and above is not None and above.block.role == TITLE
        if not under_title:
            out.append(unit)  # (most units: no body under a headline, no name looked for)
            continue
        names = names_alone(lines[:1]) if under_title and len(lines) > 1 else None
        if not names or _label_not_name(names) or len(lines[0].strip().replace(" ", "")) > _NAME_LINE_CHARS:
            glued = _NAME_BEFORE_QUOTE.match(lines[0]) if under_title and signs else None
            names = names_alone([glued.group(1)]) if glued else None
            if names and len(names) == 1 and not _label_not_name(names):
                # 周明远“中国共产党…: the extractor ran the author's line into the body's first line
                lines[0] = lines[0][glued.end():]
                lines.insert(0, glued.group(1))
            else:
                out.append(unit)
                continue
        block = unit.block
        out.append(Unit(Block([lines[0]], BYLINE, page=block.page, line_start=block.line_start, bbox=block.bbox,
                              font_size=block.font_size), bylines=[Byline(None, n) for n in names]))
        del block.lines[0]
        if block.line_start is not None:
            block.line_start += 1
        out.append(unit)
    return out


def _authors_given_below(units: list[Unit], k: int, names: list[str]) -> bool:
    """Is unit ``k`` (read as names) right over a byline line that gives the
    headline's authors with their roles (■ 本报记者 张三 李四) and names none
    of ``names``? A headline has one byline: a word under its title that
    reads as a name (高效, 严又实在: a surname first) is the title's wrapped
    tail, not a second author line."""
    nxt = units[k + 1] if k + 1 < len(units) else None
    if nxt is None or nxt.block.role != BYLINE or not nxt.block.lines:
        return False
    given = parse_byline_line(nxt.block.lines[0])
    return bool(given) and all(b.role for b in given) and not any(
        name in b.name or b.name in name for name in names for b in given)


def _names_follow(units: list[Unit], k: int) -> bool:
    """Does a byline, or a line of names alone, follow unit ``k``? (A headline has one byline.)"""
    nxt = units[k + 1] if k + 1 < len(units) else None
    return nxt is not None and (nxt.block.role == BYLINE or bool(names_alone(nxt.block.lines)))


def _names_alone_under_titles(units: list[Unit]) -> bool:
    """Does the page sign a headline with a name alone on the line under it
    (理论 and commentary pages)? Only there is a name run into a body's
    first line read as an author's."""
    for above, unit in zip(units, units[1:]):
        if above.block.role != TITLE:
            continue  # (most units: no headline over them, no first line taken)
        first = unit.block.lines[:1]
        if first and len(first[0].strip().replace(" ", "")) <= _NAME_LINE_CHARS and names_alone(first):
            return True
    return False


#: a line of one author's name (a padded one too) holds this many characters at most
_NAME_LINE_CHARS = 4
#: a name of two or three characters run into a line that opens with a quote (a paragraph's
#: first words seldom stand so, a name and its quote never: 张三说“…”)
_NAME_BEFORE_QUOTE = re.compile(r"([\u4e00-\u9fff]{2,3}) ?(?=[“‘])")


#: a page signs its articles throughout once this many headlines carry an author alone,
#: and this many more than carry none
_SIGNED_HEADLINES = 3
_UNSIGNED_MARGIN = 2


def unsigned_headlines_on_signed_pages(units: list[Unit]) -> None:
    """On a page where every article's headline carries its author's name alone
    (理论 and commentary pages, three headlines or more), a headline candidate
    with no name under it heads no article: between two bodies it is a
    subheading of the text around it; opening or closing the page, a banner."""
    groups = title_groups(units)
    signed = [_signed(units, end) for _, end in groups]
    unsigned = len(groups) - sum(signed)
    if sum(signed) < _SIGNED_HEADLINES:
        return
    # with as many unsigned groups as signed ones, only those inside a text that goes on are
    # subheadings (theory pages set several in an article): the text over one ends no article
    # (no closing note, no bracket of authors' names or a dateline: （作者为…）, （张三 李四）),
    # the text under it opens with no dateline, it is a plain phrase, and the text over it shares
    # its words (a subheading names a part of its article; a headline drawn first, only its own
    # text after it)
    throughout = sum(signed) >= unsigned + _UNSIGNED_MARGIN
    first = _first_content(units)
    for n, ((start, end), named) in enumerate(zip(groups, signed)):
        if named:
            continue
        inside = 0 < start and end < len(units) and units[start - 1].block.role == BODY and units[end].role == BODY
        if inside and throughout and opens_with_any_dateline(units[end].block.lines):
            continue  # (本报讯（记者 张三）…: the text under it opens its own article, signed in its dateline)
        if inside and not throughout:
            inside = (not _ends_in_a_bracket(units[start - 1].block.lines)
                      and not opens_with_any_dateline(units[end].block.lines)
                      and _plain_heading(units[start:end]) and _echoes_the_text_over(units, groups, n)
                      and not speech_kicker_over_title([line for u in units[start:end] for line in u.block.lines]))
        for unit in units[start:end]:
            if inside:
                unit.block.role = SUBHEADING
            elif throughout and (start == first or end == len(units)):
                unit.block.role = OTHER


def _plain_heading(group: list[Unit]) -> bool:
    """No bracket (a closing note, authors' names), no clause mark, no ——
    subtitle and no author's name alone in a headline group: a subheading is a
    phrase of its article (a column line with a comma is a body line read as a
    headline; a name alone over a line, an author's over the headline)."""
    lines = [line for u in group for line in u.block.lines]
    return not any(mark in line for line in lines for mark in "（()），。") and not any(
        starts_with_dash(line) or names_alone([line]) for line in lines)


def _echoes_the_text_over(units: list[Unit], groups: list[tuple[int, int]], n: int) -> bool:
    """Does headline group ``n`` share some of its character pairs with the
    body over it (back to the group before), at least a third as many as with
    the body under it (on to the group after)? A subheading names its
    article's theme, found all through it."""
    start, end = groups[n]
    head = bigrams("".join(line for u in units[start:end] for line in u.block.lines))
    lo = groups[n - 1][1] if n else 0
    hi = groups[n + 1][0] if n + 1 < len(groups) else len(units)
    over = shared_pairs(head, body_text(units[lo:start]))
    return over > 0 and _ECHO_OVER * over >= shared_pairs(head, body_text(units[end:hi]))


#: a subheading shares with the text over it at least a third of what it shares with the text under it
_ECHO_OVER = 3


def _ends_in_a_bracket(lines: list[str]) -> bool:
    """Does a text end in a closing note or any closing bracket (authors' names, a dateline)?"""
    return bool(lines) and (lines[-1].rstrip().endswith(("）", ")")) or closes_body(lines))


def _signed(units: list[Unit], end: int) -> bool:
    """Is the unit after a headline group an author's name alone?"""
    return (end < len(units) and units[end].block.role == BYLINE and bool(units[end].bylines)
            and all(b.role is None for b in units[end].bylines))


def _first_content(units: list[Unit]) -> int:
    return next((k for k, u in enumerate(units) if u.block.role not in (HEADER, FOOTER)), 0)


def _label_not_name(names: list[str]) -> bool:
    """One "name" of four characters after a one-character surname: a column's
    label (时代新论, 文化广角), as :func:`plain_names` reads it in PDF mode;
    four-character names open with a surname of two (欧阳…). Nor is a brief
    column's label (简讯, 快讯, 速览) a name, whatever its first character."""
    return len(names) == 1 and (len(names[0]) == 4 and names[0][:2] not in COMPOUND_SURNAMES
                                or is_brief_heading(names[0]))


_NUMERAL = "[\\d〇零一二三四五六七八九十]"
#: a date alone on its line (2019年1月21日, 二〇一九年一月二十一日): a letter's, under its signature
_DATE_ALONE = re.compile(f"{_NUMERAL}{{2,4}}年{_NUMERAL}{{1,3}}月{_NUMERAL}{{1,3}}日")


def mark_names_standing_alone(units: list[Unit]) -> None:
    """A headline candidate that is only names, with no headline tier beside it
    (above or below), heads no article: it is an author's line. After a body
    it closes that body (a signature, 张三 under a letter); before a body it
    opens it (drawn before its continued-from note or dateline)."""
    for k, unit in enumerate(units):
        if unit.block.role != TITLE or len(unit.block.lines) > 2:
            continue
        prev = units[k - 1] if k else None
        nxt = units[k + 1] if k + 1 < len(units) else None
        if (prev is not None and prev.block.role == TITLE) or (nxt is not None and nxt.block.role == TITLE):
            continue
        names = names_alone(unit.block.lines)
        if not names:
            continue
        # after a text its authors closed (……。（张三 李四）), a short line over a body is the next
        # brief's title (武社火): that text has its authors, and the next has its headline first
        # (the bracket cut off as a unit of its own: ……。 / （张三 李四） / 全村福 / the next text)
        brief = (prev is not None and (prev.block.role == BODY and closes_with_byline(prev.block.lines)
                                       or _closing_bracket(units, k - 1))
                 and nxt is not None and nxt.role == BODY)
        if brief:
            continue
        if _label_not_name(names):
            if prev is not None and prev.block.role == BYLINE and nxt is not None and nxt.role == BODY:
                # 本报记者郑轶 / 江山如画 / the body: four characters under a byline and over its text are
                # the headline drawn after the byline (a column's label heads a headline, not a text)
                continue
            unit.block.role = OTHER
            continue
        unit.block.role = BYLINE
        unit.bylines = [Byline(None, name) for name in names]
        unit.closing = prev is not None and prev.block.role == BODY and not (
            nxt is not None and nxt.block.role in (CONTINUATION, DATELINE))


_SENTENCE_ENDS = ("。", "！", "？", "”")


def _closing_bracket(units: list[Unit], k: int) -> bool:
    """Is unit ``k`` the authors' bracket (（张三 李四）) closing the body right before it?"""
    unit = units[k]
    line = unit.block.lines[-1].strip() if unit.block.lines else ""
    return (k > 0 and unit.block.role == BYLINE and bool(unit.bylines) and line[:1] in "（(" and line[-1:] in "）)"
            and units[k - 1].block.role == BODY)


def mark_names_over_captions(units: list[Unit]) -> None:
    """A headline candidate that is only names, right after a body that ended
    its sentence and right over a photo's caption or credit, is the body's
    authors' line set flush right under it (a headline has its body or its
    tiers next to it, never a caption alone)."""
    for k in range(1, len(units) - 1):
        unit, prev, nxt = units[k], units[k - 1], units[k + 1]
        if (unit.block.role != TITLE or len(unit.block.lines) > 2 or prev.block.role != BODY
                or nxt.block.role not in (CAPTION, CREDIT)
                or not prev.lines[-1].rstrip().endswith(_SENTENCE_ENDS)):
            continue
        _close_with_names(unit)


def _close_with_names(unit: Unit) -> None:
    """A unit of names alone (no column label) becomes the closing byline of the body before it."""
    names = names_alone(unit.block.lines)
    if names and not _label_not_name(names):
        unit.block.role = BYLINE
        unit.bylines = [Byline(None, name) for name in names]
        unit.closing = True


def mark_names_over_closing_headlines(units: list[Unit], headlines_first: bool = False) -> None:
    """A headline candidate that is only names between a body and a headline
    closes that body, not the headline's first tier (a name alone is no
    kicker). On a page that draws each headline after its body (body, byline,
    headline) it is that article's byline; on a page of headlines first, the
    author's name a commentary signs with under its last line, when that line
    ended its sentence and the headline under the name has its own byline.
    Not over a date alone (a letter in the body, signed and dated: 张三 /
    2019年1月21日)."""
    for k in range(1, len(units) - 1):
        unit, prev, nxt = units[k], units[k - 1], units[k + 1]
        if (unit.block.role != TITLE or len(unit.block.lines) > 2 or prev.block.role != BODY or nxt.block.role != TITLE
                or _DATE_ALONE.fullmatch("".join(line.strip() for line in nxt.block.lines))):
            continue
        if headlines_first and not (prev.block.lines[-1].rstrip().endswith(_SENTENCE_ENDS)
                                    and _signed_under(units, k + 1)):
            continue
        _close_with_names(unit)


def _signed_under(units: list[Unit], start: int) -> bool:
    """Does the headline opening at ``start`` have its byline under it? Then a
    name alone over it is none of its own (a stream may draw an article's
    author before its headline: 李明 / 走好新时代长征路, unsigned under it)."""
    end = start
    while end < len(units) and units[end].block.role == TITLE:
        end += 1
    return end < len(units) and units[end].block.role == BYLINE


__all__ = ["mark_names_over_captions", "mark_names_over_closing_headlines", "mark_names_standing_alone",
           "mark_names_under_headlines", "names_alone", "split_author_lines_off_headlines",
           "split_first_author_off_headlines", "split_names_over_bodies", "unsigned_headlines_on_signed_pages"]
