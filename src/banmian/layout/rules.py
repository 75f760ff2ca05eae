"""Patterns of Chinese newspapers: bylines, datelines, credits, continuation
notes and page headers. Shared by text-mode and geometric layout.

Each recogniser takes a string and returns ``None`` when it does not apply,
so callers never need exceptions for control flow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..isodate import date_from_parts
from ..model import Byline
from ..names import COMPOUND_SURNAMES, HUNDRED_SURNAMES, starts_with_surname
from .glued_names import run_together as _run_together
from .marked_bylines import marked_bylines
from .spaced_editors import spaced_editors

#: the words that name a column of news briefs (简讯, 快讯...): such a heading heads items, no article
BRIEF_WORDS = "简讯|速览|快讯|短讯|简报|快报|速递|集锦|短波"

#: byline roles, longest first so 本报记者 wins over 记者 (each holds 记者, 通讯员 or 实习生: a line holding
#: none names no role, which ``geometric._units`` asks of every line before the byline parsers here)
ROLES = ("人民日报记者", "新华社记者", "本报特约记者", "本报通讯员", "本报实习生", "本报记者", "特约记者",
         "见习记者", "摄影记者", "特约通讯员", "实习记者", "通讯员", "实习生", "记者")
_ROLE = "|".join(ROLES)
_NAME = r"[\u4e00-\u9fff][\u4e00-\u9fff·]{1,5}"
_MARK = r"[■◎●▲◆□★☆]"
_SEP = r"[\s、，,]+"

_ROLE_RE = re.compile(_ROLE)
#: a role and a space after it (a byline line with no mark needs one)
_ROLE_SPACE = re.compile(rf"(?:{_ROLE})\s")
#: the roles by their first character: a role is looked for only where its first character stands
_ROLES_BY_INITIAL = {c: tuple(role for role in ROLES if role[0] == c) for c in {role[0] for role in ROLES}}
_SEP_RE = re.compile(_SEP)
_NAME_RE = re.compile(_NAME)
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_SPACE_RUN = re.compile(r"\s+")
# genre words that follow a role in section labels: ■记者手记, 记者观察
_NOT_NAMES = frozenset({"手记", "札记", "观察", "随笔", "调查", "专访", "来信", "述评", "笔记", "视点", "体验", "探访"})
# ■ 通讯员 戴柳君 / 本报记者 张三 李四 / ◎ 记者 X 通讯员 Y. Names are split by separators or roles
# only. The regex takes the line's alphabet only; _byline_body_end reads roles and names in one
# pass (as a regex, the choice between a role and a name at each word backtracked exponentially:
# a line of 记者 x 100 never ended).
_BYLINE_LINE = re.compile(rf"^(?P<mark>{_MARK})?\s*(?P<body>(?!\s)[\s、，,\u4e00-\u9fff·]+)$")
_SEPARATORS = frozenset("、，,")
# （记者 张三 通讯员 李四） as a whole string
_BRACKET_BYLINE = re.compile(rf"^[（(]\s*(?P<body>(?:{_ROLE})[^（）()]*?)\s*[）)]$")

_DATELINE = re.compile(
    r"^\s*(?P<dateline>本报讯|(?:本报|新华社|人民日报|中新社|央视|经济日报|光明日报)"
    r"[^，。、（）()“”：:]{0,20}?电|新华社电|本报电)"
)
_DATELINE_BYLINE = re.compile(rf"^\s*[（(]\s*(?P<body>(?:{_ROLE})[^（）()]*?)\s*[）)]")
# （张文、杨希壮）: names without a role, right after a dateline
_PLAIN_NAME = r"(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,12})"
_DATELINE_NAMES = re.compile(rf"^\s*[（(]\s*(?P<body>{_PLAIN_NAME}(?:{_SEP}{_PLAIN_NAME})*)\s*[）)]")

#: how a photographer's credit ends: 张三摄, 张三摄影, 张三摄影报道 (a photo report's pictures and text)
_CREDIT_ENDS = ("摄", "摄影", "摄影报道")
# 通讯员 刘伟娇 摄 / 本报记者 张三 摄 / 王五 摄
_CREDIT = re.compile(
    rf"^(?:(?P<role>{_ROLE}|摄影|特约摄影)\s*)?(?P<names>{_NAME}(?:{_SEP}{_NAME})*)(?P<gap>\s*)摄(?:影报道|影)?$")

_NUM = r"\d{1,3}|[一二三四五六七八九十]{1,3}"
_CONTINUATION = re.compile(
    rf"[（(]\s*(?P<kind>下转|转|上接|接|紧接|续)\s*第?\s*(?P<page>{_NUM})\s*版\s*[）)]")

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

_HEADER_DATE = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_WEEKDAY = re.compile(r"星期[一二三四五六日天]|周[一二三四五六日]")
_PAGE_NO = re.compile(rf"第\s*(?P<n>{_NUM})\s*版")
#: the page number without 第 (02版, 15版 综合新闻), as many papers print it: a piece of its own, at the line's
#: start or after a space and ending the line or before a space or colon, never inside a phrase (改为2版面)
_BARE_PAGE_NO = re.compile(r"(?:^|(?<=\s))(?P<n>\d{1,3})\s?版(?=$|[\s：:])")
_EDITOR = re.compile(r"(?:本版(?=责编|编辑|责任编辑))?(?P<role>责任编辑|责编|编辑|美编|文字校对|校对|版式设计|版式|组版|审校|制图|设计)\s*[：:]\s*"
                     r"(?P<names>[^\s：:/／]{2,5}(?:\s+[^\s：:/／]{2,5}(?![^\s：:/／])(?!\s*[：:]))*)")


def chinese_number(text: str) -> int:
    """``'3'`` or ``'三'`` or ``'十二'`` -> int."""
    if text.isdigit():
        return int(text)
    if text.startswith("十"):
        return 10 + (_CN_DIGITS.get(text[1:], 0) if len(text) > 1 else 0)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return _CN_DIGITS[tens] * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return _CN_DIGITS.get(text, 0)


def split_names(text: str) -> list[Byline]:
    """``'记者 张三 李四 通讯员 王五'`` -> bylines with roles; spaces may be lost
    (``记者陈晓辉通讯员吴敏杰``) since role words delimit the names."""
    out: list[Byline] = []
    role: str | None = None
    pos = 0
    text = join_padded_names(text)
    for m in _ROLE_RE.finditer(text):
        _add_names(out, role, text[pos:m.start()])
        role = m.group(0)
        pos = m.end()
    _add_names(out, role, text[pos:])
    return out


def _add_names(out: list[Byline], role: str | None, chunk: str) -> None:
    if not chunk or chunk.isspace():
        return  # (no names: the text before a byline's first role, most often)
    if "、" in chunk:  # names listed with 、: a space inside one is a line break's, not a separator
        chunk = "、".join(_rejoin_broken_name(item) for item in chunk.split("、"))
    for name in _SEP_RE.split(chunk.strip()):
        out.extend(Byline(role, part) for part in _run_together(name) if part)


def _rejoin_broken_name(item: str) -> str:
    """One item of a list of names set apart by 、, broken by a space after
    its first or second character (沈 文敏, 欧阳 华): one character is no
    name, so the two pieces are one name of three."""
    pieces = item.split()
    if len(pieces) == 2 and sorted(map(len, pieces)) == [1, 2] and _HAN_RUN.fullmatch("".join(pieces)):
        return "".join(pieces)
    return item


#: a name set with spaces between its two or three characters (崔 佳, 罗 海 平)
#: (a third character only when no fourth follows: 张 三 李 四 is two names)
_PADDED_NAME = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])"
                          r"(?:[ \u3000]([\u4e00-\u9fff])(?![\u4e00-\u9fff]|[ \u3000][\u4e00-\u9fff](?![\u4e00-\u9fff])))?"
                          r"(?![\u4e00-\u9fff])")


def join_padded_names(text: str) -> str:
    """本报记者 崔 佳 常碧罗 -> 本报记者 崔佳 常碧罗: single characters set a space
    apart are one name (no name has one character)."""
    return _PADDED_NAME.sub(lambda m: "".join(g for g in m.groups() if g), text)


def parse_byline_line(line: str) -> list[Byline] | None:
    """A standalone byline line (■ 通讯员 戴柳君), else ``None``.

    Without a mark (■ ◎ ...) the role and name must be separated by a space,
    so that a body line such as 记者李明采访 is not taken for a byline; a
    photographer's credit (本报记者 张三摄) is none either."""
    if "记者" not in line and "通讯员" not in line and "实习生" not in line:
        return None
    if line.rstrip().endswith(_CREDIT_ENDS) and _CREDIT.match(line.strip()):
        return None
    m = _BYLINE_LINE.match(join_padded_names(line.strip()))
    end = _byline_body_end(m.group("body")) if m else None
    if end is None:
        return None
    body = m.group("body")[:end].strip()  # type: ignore[union-attr]
    if not m.group("mark") and not _ROLE_SPACE.search(body):
        return None
    names = split_names(body)
    if not names or any(b.role is None or b.name in _NOT_NAMES for b in names):
        return None
    return names


#: a reporter's line set with no space between the role and the one name: 本报记者陈然, 新华社记者吴书光
_GLUED_BYLINE = re.compile(r"(?P<role>(?:本报|新华社|人民日报|中新社|本刊)?(?:特约|实习)?记者)(?P<name>[\u4e00-\u9fff]{2,6})")


def parse_glued_byline(line: str, pairs: bool = False) -> list[Byline] | None:
    """A paragraph that is only a reporter's role and one name run together
    (本报记者陈然), or two of five or six characters (本报记者罗立桦常青: cut as
    :func:`_run_together` cuts),
    else ``None``. The whole line must be that, and each name open with a common
    surname: prose never stands alone so short (记者李明采访 goes on). ``pairs``:
    four characters may be two names of two (under a headline, where a line of
    a role can only be a byline: 本报记者吕强韩硕)."""
    m = _GLUED_BYLINE.fullmatch(line.strip())
    if m is None:
        return None
    name = m.group("name")
    # (two of two, alone in the text: no telling where one ends)
    names = _run_together(name) if len(name) >= 5 or (pairs and len(name) == 4) else [name]
    if len(names) > 1 and names[-1][0] not in HUNDRED_SURNAMES:
        return None  # (two names: the second opens with one of the commonest surnames, 王小明说了 none)
    if any(not (2 <= len(n) <= 3 or n[:2] in COMPOUND_SURNAMES) or not starts_with_surname(n) or n in _NOT_NAMES
           for n in names):
        return None
    return [Byline(role=m.group("role"), name=n) for n in names]


def _is_separator(char: str) -> bool:
    return char.isspace() or char in _SEPARATORS


def _name_ends(text: str, start: int) -> range:
    """Where a name (a Han character, then 1 to 5 Han characters or ·) starting at ``start`` may end."""
    if start >= len(text) or not "\u4e00" <= text[start] <= "\u9fff":
        return range(0)
    end = start + 1
    while end < len(text) and end - start < 6 and ("\u4e00" <= text[end] <= "\u9fff" or text[end] == "·"):
        end += 1
    return range(start + 2, end + 1)


def _role_ends(text: str, start: int) -> list[int]:
    """Where the roles starting at ``start`` end (none where no role's first character stands)."""
    return [start + len(role) for role in _ROLES_BY_INITIAL.get(text[start:start + 1], ())
            if text.startswith(role, start)]


#: a role, white space or none, and names of two to six Han characters a space apart, the whole text
#: (most bylines)
_ROLE_AND_NAMES = re.compile(rf"(?:{_ROLE})\s*[\u4e00-\u9fff]{{2,6}}(?:\s+[\u4e00-\u9fff]{{2,6}})*")


def _byline_body_end(text: str) -> int | None:
    """Where the roles and names of a byline end (before trailing separators), or
    ``None`` when ``text`` is not ROLE NAMES (ROLE NAMES)...: NAMES are names apart
    by separators, and a role follows a name directly or after spaces.

    The positions reachable after a role and after a name are followed together
    through the text, one step at a time: linear in its length."""
    if _ROLE_AND_NAMES.fullmatch(text):
        return len(text)  # a role and its names (记者 张三 李四): the walk below ends there too, at the text's end
    tail = len(text)
    while tail > 0 and _is_separator(text[tail - 1]):
        tail -= 1
    after_role = set(_role_ends(text, 0))
    after_name: set[int] = set()
    for pos in range(len(text) + 1):
        if pos in after_name:
            if pos >= tail:
                return pos  # only separators follow
            spaces = pos
            while spaces < len(text) and text[spaces].isspace():
                spaces += 1
            after_role.update(_role_ends(text, spaces))
            separators = pos
            while separators < len(text) and _is_separator(text[separators]):
                separators += 1
            if separators > pos:
                after_name.update(_name_ends(text, separators))
        if pos in after_role:
            spaces = pos
            while spaces < len(text) and text[spaces].isspace():
                spaces += 1
            after_name.update(_name_ends(text, spaces))
    return None


def parse_bracket_byline(text: str) -> list[Byline] | None:
    """A paragraph that is only a bracketed byline: （本报记者 张三）; not a
    column label of a role and a genre (（记者手记）: no one is named)."""
    text = text.strip()
    if not text.startswith(("（", "(")):  # (asked of every line of a page)
        return None
    m = _BRACKET_BYLINE.match(text)
    if not m:
        return None
    names = split_names(m.group("body"))
    if not names or any(not _NAME_RE.fullmatch(b.name) or b.name in _NOT_NAMES for b in names):
        return None
    return names


def is_genre_label(text: str) -> bool:
    """A role and a genre word, maybe in brackets: 记者手记, （记者观察）."""
    text = text.strip().strip("（()）■● ")
    return text[-2:] in _NOT_NAMES and _ROLE_RE.fullmatch(text[:-2]) is not None


@dataclass(slots=True)
class DatelineSplit:
    """The dateline and bracket byline cut off a first paragraph."""

    dateline: str | None
    bylines: list[Byline]
    rest: str


def split_dateline(paragraph: str) -> DatelineSplit:
    """``本报北京7月28日电 （记者 张三）正文`` -> dateline, bylines, 正文; a wire's
    dateline the paper quotes (据新华社…电) is the report's dateline as well."""
    quoted, text = "", paragraph
    m = _DATELINE.match(text)
    if not m and text.lstrip().startswith(QUOTED_WIRE):
        quoted, text = QUOTED_WIRE, text.lstrip()[len(QUOTED_WIRE):]
        m = _DATELINE.match(text)
    if not m:
        return DatelineSplit(None, [], paragraph)
    dateline = quoted + _SPACE_RUN.sub("", m.group("dateline"))
    rest = text[m.end():]
    bylines: list[Byline] = []
    b = _DATELINE_BYLINE.match(rest) or _DATELINE_NAMES.match(rest)
    if b:
        names = split_names(b.group("body"))
        if names and all(_NAME_RE.fullmatch(n.name) for n in names):
            bylines = names
            rest = rest[b.end():]
    return DatelineSplit(dateline, bylines, rest.strip())


_DATELINE_OPENERS = ("本报", "新华社", "人民日报", "中新社", "央视", "经济日报", "光明日报")


_OPENER_LENGTH = max(map(len, _DATELINE_OPENERS))
_OPENER_HEADS = frozenset(opener[:2] for opener in _DATELINE_OPENERS)
#: what a line (white space stripped off its start) opens with when :func:`dateline_wraps` may hold
#: for it and the next: an opener's first character, the 据 of a wire quoted, or nothing (a blank line)
WRAP_INITIALS = frozenset(opener[0] for opener in _DATELINE_OPENERS) | {"据", ""}
_ANY_OPENER = re.compile("|".join(_DATELINE_OPENERS))


def may_open_dateline(text: str) -> bool:
    """Does ``text`` hold a dateline's first words anywhere? (No: none of its
    lines, nor two of them joined, opens a dateline; one scan of the text.)"""
    return _ANY_OPENER.search(text) is not None
_CLOSERS = ("）", ")")


def starts_with_dateline(text: str) -> bool:
    """Does ``text`` open with a dateline? Not one its closing bracket follows
    (本报杭州5月13日电）): that is the tail of a closing dateline wrapped onto
    its own line; an opening dateline runs on into its article's text."""
    if not text.lstrip().startswith(_DATELINE_OPENERS):
        return False
    m = _DATELINE.match(text)
    return m is not None and text[m.end():m.end() + 1] not in _CLOSERS


def lines_opening_datelines(lines: list[str], quoted: bool = False) -> list[bool]:
    """:func:`starts_with_dateline` of every line (with ``quoted``, of the line
    stripped and without the 据 of a wire's dateline quoted), asked of every line
    of a page: a line opening with no dateline's first words (most) costs no call."""
    if not quoted:
        # (the openers' first two characters asked first, by a set: cheaper than startswith on a tuple)
        return [x.lstrip()[:2] in _OPENER_HEADS and starts_with_dateline(x) for x in lines]
    # (an opener's first two characters, asked by a set, stand for startswith on the tuple: every opener has two)
    return [x[:2] in _OPENER_HEADS and starts_with_dateline(x)
            for x in [y.lstrip().removeprefix(QUOTED_WIRE) for y in lines]]


def opens_with_dateline(lines: list[str]) -> bool:
    """A dateline at the start of these lines (it may wrap: 新华社布拉迪斯 / 拉发2月20日电)."""
    head = lines[0].lstrip()
    if len(head) >= _OPENER_LENGTH and not head.startswith(_DATELINE_OPENERS):
        return False  # (most units: the first line opens with words no dateline opens with, joined or not)
    return starts_with_dateline(lines[0]) or (len(lines) > 1 and starts_with_dateline(lines[0] + lines[1]))


#: how a paper quotes a wire's dateline (据新华社…电)
QUOTED_WIRE = "据"


def opens_with_any_dateline(lines: list[str]) -> bool:
    """A dateline at the start of these lines, the paper's own or a wire's it
    quotes (据新华社华盛顿2月12日电: a report retold opens its article so)."""
    if opens_with_dateline(lines):
        return True
    head = lines[0].lstrip()
    return head.startswith(QUOTED_WIRE) and opens_with_dateline([head.removeprefix(QUOTED_WIRE), *lines[1:]])


def dateline_wraps(above: str, below: str) -> bool:
    """Does ``below`` finish the dateline ``above`` began (新华社北京2月20日 / 电)?
    Asked of every two lines of a stream, so a line that opens with words no
    dateline opens with (four characters or more, none an opener's) is passed
    over before the two are joined."""
    head = above.strip()
    if len(head) >= _OPENER_LENGTH and not head.startswith(_DATELINE_OPENERS):
        return False
    above = above.rstrip()
    return not starts_with_dateline(above) and starts_with_dateline(above + below.lstrip())


#: a dateline in brackets that closes an article: （本报河内2月3日电）, or with no date: （本报江城电）,
#: its reporters in the bracket too (（新华社北京2月25日电 记者张三、李四）; matched with spaces taken out)
CLOSING_DATELINE = re.compile(
    r"[（(](?P<dateline>(?:本报|新华社|人民日报)(?:[^（）()]{0,16}?\d{1,2}月\d{1,2}日|[\u4e00-\u9fff]{2,8})电)"
    r"(?P<who>(?:记者|通讯员)[^（）()]{2,30})?[）)]")
_AUTHOR_NOTE = re.compile(r"[（(]作者")
#: who wrote an interview up, closing it: （张三采访整理）, （李四 王五整理）
_WRITTEN_UP = re.compile(r"[（(][\u4e00-\u9fff·、， ]{2,16}(?:采访整理|整理)[）)]")
_CLOSING_LABEL = re.compile(r"[（(]?(?:本版)?(?:版式[、/]?)?(?:制图|图表制作|执笔|[\u4e00-\u9fff]{2}来源)\s*[：:]")
#: an editor's note closing a text, whole in its brackets: where the text comes from (（综合本报和新华社电）,
#: （据新华社电）), that its series ends (（本系列评论到此结束）), where a related report is (（相关报道见第四版）)
_EDITORS_CLOSING = re.compile(r"[（(](?:(?:综合|据)[^（）()：:。]{2,24}电|本系列[^（）()：:。]{2,16}"
                              r"|(?:相关|有关)[^（）()：:。]{0,8}见[^（）()：:。]{0,8}第[一二三四五六七八九十\d]{1,3}版)[）)]")


def is_closing_dateline_line(line: str) -> bool:
    """A line that is a closing dateline and nothing else."""
    if "电" not in line:
        return False  # most lines: no dateline's 电, nothing to match
    return CLOSING_DATELINE.fullmatch(line.replace(" ", "").strip()) is not None


#: what a sentence ends with before a closing dateline run into its line (……灭。（本报莫斯科2月4日电）)
_SENTENCE_MARKS_BEFORE_DATELINE = "。！？”"


def ends_with_closing_dateline(line: str) -> bool:
    """A line that is a closing dateline, or ends a sentence and then closes
    with one (……守护它不被熄灭。（本报莫斯科2月4日电）): either way the article
    ends on that line, and the line under it belongs to none of its text."""
    if "电" not in line:
        return False  # most lines: no dateline's 电, nothing to match
    text = line.replace(" ", "").strip()
    if not text.endswith(("）", ")")):
        return False
    at = max(text.rfind("（"), text.rfind("("))
    if at < 0 or (at and text[at - 1] not in _SENTENCE_MARKS_BEFORE_DATELINE):
        return False
    return CLOSING_DATELINE.fullmatch(text[at:]) is not None


#: the words a chart's source or maker note names (one of them is in every :data:`SOURCE_NOTE` line)
SOURCE_NOTE_WORDS = ("来源", "制图", "制表", "绘图", "设计")
#: a chart's source or maker opening a line (数据来源：…, 资料来源：…, 本版制图：…, 制表：…), or the
#: source's label alone (数据来源)
SOURCE_NOTE = re.compile(rf"^\s*(?:本版)?(?:(?:数据|资料)?{SOURCE_NOTE_WORDS[0]}(?:[：:]|\s*$)|"
                         rf"(?:{'|'.join(SOURCE_NOTE_WORDS[1:])})[：:])")


def may_hold_closing_note(text: str) -> bool:
    """Could a line or paragraph inside ``text`` be a closing note? Not when ``text``
    holds no colon, no 作者 nor 整理, and no opening bracket (:func:`is_closing_note`'s first test)."""
    return "：" in text or ":" in text or "作者" in text or "整理" in text or "（" in text or "(" in text


def is_closing_note(line: str) -> bool:
    """（作者为…）, 本版制图：…, 数据来源：…, （张三采访整理）, （综合本报和新华社电）, （相关报道见第四版）"""
    line = line.lstrip()
    if "：" not in line and ":" not in line and "作者" not in line and "整理" not in line and line[:1] not in "（(":
        return False  # most lines: no colon, 作者 nor 整理, nor an editor's bracket opening it
    return bool(_AUTHOR_NOTE.match(line) or _CLOSING_LABEL.match(line) or _WRITTEN_UP.fullmatch(line.rstrip())
                or _EDITORS_CLOSING.fullmatch(line.rstrip()))


def parse_credit(line: str) -> tuple[str | None, str] | None:
    """A photo credit line -> (role, names), else ``None``.

    ``王五 摄`` needs the space or a role, so body text ending in 拍摄 is safe."""
    line = line.strip()
    if not line.endswith(_CREDIT_ENDS):
        return None
    m = _CREDIT.match(line)
    if not m:
        return None
    if not m.group("role") and not m.group("gap"):
        return None
    names = " ".join(n for n in _SEP_RE.split(m.group("names")) if n)
    return m.group("role"), names


@dataclass(slots=True)
class ContinuationNote:
    """（下转第2版） is ``to``; （上接第1版） is ``from``."""

    direction: str
    page: int
    start: int
    end: int


def find_continuation(text: str) -> ContinuationNote | None:
    """The first continuation note in ``text``, with its position."""
    if "版" not in text:
        return None
    m = _CONTINUATION.search(text)
    if not m:
        return None
    direction = "to" if m.group("kind") in ("下转", "转") else "from"
    return ContinuationNote(direction, chinese_number(m.group("page")), m.start(), m.end())


def is_continuation_line(line: str) -> ContinuationNote | None:
    """A line that is only a continuation note."""
    note = find_continuation(line)
    if note and note.start == 0 and note.end == len(line.strip()):
        return note
    return None


def parse_page_header(line: str) -> dict[str, str] | None:
    """Edition metadata from a header/footer line, else ``None``.

    A header names a date with its weekday, or a page number 第N版; a footer
    names editors (责任编辑：张三)."""
    text = line.strip()
    if find_continuation(text):
        return None  # （下转第3版） names a page but is no header
    meta: dict[str, str] = {}
    date = _HEADER_DATE.search(text)
    weekday = _WEEKDAY.search(text)
    page = _PAGE_NO.search(text) or _BARE_PAGE_NO.search(text)
    editors = list(_EDITOR.finditer(text))
    if editors and (editors[0].start() == 0 or date or page):
        meta["editors"] = "；".join(f"{e.group('role')}：{e.group('names')}" for e in editors)
    elif not editors and not date and not page:
        spaced = spaced_editors(text)  # 责任编辑 张三 美编 李四: no colon
        if spaced:
            meta["editors"] = spaced
    if not ((date and (weekday or page)) or (page and len(text) <= 40) or meta):
        return None
    if date:
        day = date_from_parts(date.group("y"), date.group("m"), date.group("d"))  # None for 2月30日
        if day:
            meta["date"] = day
        paper = text[:date.start()].strip().split()
        if len(paper) == 2 and re.fullmatch(r"\d{1,3}", paper[0]) and re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", paper[1]):
            meta["page"], meta["section"] = str(int(paper[0])), paper[1]  # 12 地方新闻 2019年2月19日: no paper
        elif paper and re.fullmatch(r"[\u4e00-\u9fff]{2,10}", paper[-1]):
            meta["paper"] = paper[-1]
    if weekday:
        meta["weekday"] = weekday.group(0)
    if page:
        meta["page"] = str(chinese_number(page.group("n")))
        after = text[page.end():].strip().lstrip("：:").split()  # 第2版：要闻
        before = text[:page.start()].strip().split()  # 视点 第19版: the section before the number
        if after and re.fullmatch(r"[\u4e00-\u9fff]{1,8}报", after[0]):
            meta.setdefault("paper", after[0])  # 第16版 人民日报: the paper's name beside the number, no section
        elif after and re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", after[0]) and not _EDITOR.match(after[0]):
            meta["section"] = after[0]
        elif (before and re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", before[-1]) and not _EDITOR.match(before[-1])
              and not _WEEKDAY.search(before[-1]) and not before[-1].endswith("报")):
            meta["section"] = before[-1]
    return meta


_NAME_TEXT = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,12}")


#: a line of names alone under a headline holds this many at most (a roundup signed by its
#: reporters in as many places); elsewhere four
MANY_NAMES = 10


#: what a 副刊 or commentary page sets before its author's name: a square or a dot,
#: 文/ (the text by), 文/图 (text and photos by)
AUTHOR_MARK = re.compile(r"[■□◆◇●○◎]\s*|文\s*[/／]\s*(?:图\s*[/／ ]?\s*)?")


#: a character that is neither in a name (Han, ·), nor in an author's mark, nor white space
_NO_NAME_CHAR = re.compile(r"[^\s\u4e00-\u9fff·■□◆◇●○◎/／]")


def name_tokens(text: str, most: int = 4) -> list[str] | None:
    """The names of a line that holds only names (``most`` at most): ``陈 龙``
    (padded), ``徐方平 高 静``, ``李正辉 石锦建``; else ``None``. An author's
    mark before the names (``文/林溪``, ``□ 林溪``, ``文/图 林溪``) is no name."""
    # 文/韦小川 图/蓝天, 本报评论员: marked_bylines finds none without a slash or 评论员 (most lines: not asked)
    marked = marked_bylines(text) if "/" in text or "／" in text or "评论员" in text else None
    if marked:
        return [b.name for b in marked] if len(marked) <= most else None
    if _NO_NAME_CHAR.search(text):  # (most lines: a mark or a letter no name or author's mark holds)
        return None
    tokens = AUTHOR_MARK.sub("", text.strip(), count=1).split()
    if len(tokens) > 2 * most:
        return None  # (a name takes two tokens at most: more names than ``most`` whatever they are)
    names: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if len(tok) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) <= 2:  # a padded name: 高 静
            tok += tokens[i + 1]
            i += 1
        names.append(tok)
        i += 1
    if not 1 <= len(names) <= most or not all(_NAME_TEXT.fullmatch(n) for n in names):
        return None
    return names


def marked_authors(text: str) -> list[str] | None:
    """The names after an author's mark (``文/林溪``, ``□ 林溪``): a byline
    line whatever stands around it, a mark never opens body text."""
    mark = AUTHOR_MARK.match(text.strip())
    names = name_tokens(text) if mark else None
    return names if names and all(starts_with_surname(n) for n in names) else None


def line_bylines(text: str) -> list[Byline]:
    """The bylines of a name line a headline took: its role and names
    (本报记者 杜宇), or names alone with no role (汪 涛)."""
    return marked_bylines(text) or parse_byline_line(text) or [Byline(None, n) for n in name_tokens(text) or []]
