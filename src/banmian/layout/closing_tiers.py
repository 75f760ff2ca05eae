"""What closes a body is no headline tier, however the extractor set it apart
(text mode): a closing dateline alone (（本报首尔2月26日电）), after a finished
sentence or a closing note (本版制图：…); a closing note itself; a line
finishing a sentence before such a bracket (……说。（本报伦敦2月5日电）); the
authors' bracket alone (（张三 李四）); the tail of a bracket the body's last
line left open (（新华社北京2月24日电 记者张三、李 / 四）); a photo report's credit (张三摄影报道
（影像中国）). A headline has no full
stop and opens no bracket it does not close. Read before the page's
headline groups are paired with their bodies, so that a closing headline's
group starts at its first real tier."""

from __future__ import annotations

import re

from ..model import Byline, Role
from .roles import BODY, BYLINE, CREDIT, DATELINE, KICKER, SUBTITLE, TITLE
from .closing_authors import _names_inside, label_after_sentence
from .rules import CLOSING_DATELINE, is_closing_note, name_tokens, parse_bracket_byline
from .text_credits import bare_credit
from .text_units import Unit

_TIERS = (TITLE, KICKER, SUBTITLE)
_FINISHED = ("。", "！", "？", "”")
#: a photo report's credit closing its text, the agency after it (张三 李四摄影报道（影像中国）)
PHOTO_REPORT = re.compile(r"[\u4e00-\u9fff ]{2,16}摄影报道(?:[（(][^（）()]{2,8}[）)])?")
#: an agency's bracket alone (（影像中国）, （新华社发）) under a photo's credit
_AGENCY = re.compile(r"[（(][^（）()\s]{2,8}[）)]")
#: an agency's bracket before the authors' (（影像中国）（张三 李四）): the credit's end and the brief's authors
_AGENCY_THEN_AUTHORS = re.compile(r"[（(][^（）()]{2,8}[）)](?P<authors>[（(][^（）()]{2,30}[）)])")


def _open_bracket(line: str) -> bool:
    """Does the line leave a bracket open (……（记者张三、李)?"""
    return line.rfind("（") > line.rfind("）") or line.rfind("(") > line.rfind(")")


def _closes_body(text: str, prev: Unit) -> Role | None:
    """The role a tier's text takes when it closes the body ``prev``, or None."""
    last = prev.block.lines[-1].strip()
    if is_closing_note(text):
        return BODY  # 本版制图：张三（本报悉尼2月14日电）: the body's closing note
    if PHOTO_REPORT.fullmatch(text):
        return BODY  # 张 三 李 四摄影报道（影像中国）: a photo report's credit closing its text
    bracket = text.rfind("（")
    if bracket > 0 and text[bracket - 1] in "。！？" and CLOSING_DATELINE.fullmatch(text[bracket:]):
        return BODY  # ……说。（本报伦敦2月5日电）: the body's last sentence and its dateline
    if CLOSING_DATELINE.fullmatch(text) and (last.endswith(_FINISHED) or is_closing_note(last)):
        return DATELINE
    m = _AGENCY_THEN_AUTHORS.fullmatch(text)
    if m and _names_inside(m.group("authors")[1:-1]) and prev.block.role == BODY:
        return BODY  # （影像中国）（张三 李四）: the credit's agency, then the authors (cut off later)
    if text.startswith("（") and text.endswith("）") and " " in text.strip("（）").strip() \
            and _names_inside(text[1:-1]):
        return BYLINE  # （张三 李四）: two authors or more, closing the body
    return None


def closing_tiers_to_body(units: list[Unit]) -> list[Unit]:
    """Give what closes a body back to it (see the module's docstring): the
    tail of a bracket left open joins the body's last unit; a closing note or
    a sentence with its dateline is body, a dateline alone a dateline, the
    authors' bracket a closing byline."""
    out: list[Unit] = []
    for k, unit in enumerate(units):
        prev = out[-1] if out else None
        if (unit.block.role in _TIERS and len(unit.block.lines) == 1 and prev is not None and prev.block.role == CREDIT
                and _AGENCY.fullmatch(unit.block.lines[0].strip())):
            prev.lines.append(unit.lines[0].strip())  # 张三摄 / （影像中国）: the credit's agency
            continue
        if (unit.block.role in _TIERS and len(unit.block.lines) <= 2 and prev is not None and prev.block.role == BODY
                and _label_before_authors("".join(unit.block.lines).strip(), prev,
                                          units[k + 1] if k + 1 < len(units) else None)):
            prev.lines[-1] = prev.lines[-1].rstrip() + "".join(unit.block.lines).strip()  # ……。 / 影像中国 / （张三）
            continue
        if unit.block.role in _TIERS and len(unit.block.lines) == 1 and prev is not None and prev.block.role == BODY:
            text = unit.block.lines[0].strip()
            if (text.endswith(("）", ")")) and _open_bracket(prev.block.lines[-1]) and "（" not in text
                    and "(" not in text and len(text) <= 12):
                prev.lines.append(text)  # （……记者张三、李 / 四）: the bracket's tail
                continue
            role = _closes_body(text, prev)
            if role is not None:
                unit.block.role = role
                if role == BYLINE:
                    unit.bylines, unit.closing = _closing_names(text), True
        out.append(unit)
    return out


def _label_before_authors(text: str, prev: Unit, nxt: Unit | None) -> bool:
    """Is ``text`` (a tier's one line) a short label set apart between the
    finished sentence ending ``prev`` and the authors' bracket closing that text
    (……。 / 影像中国 / （张三 李四）)? It ends that text (as it does on the
    bracket's line, :func:`.closing_authors.label_after_sentence`); no
    headline stands between a text and its authors."""
    if nxt is None or nxt.block.role != BYLINE or not nxt.closing or len(nxt.block.lines) != 1 \
            or nxt.block.lines[0].lstrip()[:1] not in "（(":
        return False  # (most tiers: no authors' bracket under them)
    last = prev.block.lines[-1].rstrip()
    # (or a photo's credit with its agency, wrapped maybe: 张三摄（影像 / 中国）)
    return label_after_sentence(last, text) or (last.endswith(_FINISHED) and bare_credit(text) is not None)


def _closing_names(text: str) -> list[Byline]:
    """The names of an authors' bracket (（张三 李四）)."""
    inner = text[1:-1].strip()
    return parse_bracket_byline(text) or [Byline(None, n) for n in name_tokens(inner) or []]


__all__ = ["closing_tiers_to_body"]
