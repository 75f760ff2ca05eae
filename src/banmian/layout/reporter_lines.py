"""A reporter's line read as a headline is a byline, wherever it stands (text mode).

An extractor gives a byline drawn apart from its body (before its headline, or
after the text it signs) as a line of its own: ``本报记者郑航``, ``新华社记者李长云``,
role and name run together as PyMuPDF joins a line's pieces. Alone on its line,
short as a headline, it was read as one; the headline under it then looked
like names under a title (江畔入画: 江 a surname) and was lost. A paper's role
(本报记者, 新华社记者, 通讯员) and one or two names after it, nothing more, is
never a tier: a headline that opens with 本报记者 goes on to say something.
Asked of every text: PyMuPDF's blocks too give a byline drawn apart from its
body as a block of one line (本报记者郑航 / 江畔入画 / 83年前…: the title opening
the body's block), where names_over_headlines, asking for a headline under
it, does not reach.
"""

from __future__ import annotations

import re

from ..model import Byline
from .name_runs import split_name_run
from .roles import BODY, BYLINE, TITLE
from .rules import parse_glued_byline
from .text_units import Unit

#: a paper's or agency's reporter, or a correspondent, then one name (a rare surname too: 本报记者才朗),
#: or two or three names run together (本报记者张沅康岭)
_ROLE_NAME = re.compile(r"(?P<role>(?:本报|新华社|人民日报|中新社|经济日报|光明日报)(?:特约|实习)?记者|本报通讯员)"
                        r"(?P<name>[\u4e00-\u9fff]{2,9})")


def reporter_line(text: str) -> list[Byline] | None:
    """The bylines of a line that is only a reporter's role and names run together."""
    if "者" not in text and "员" not in text:
        return None  # (the cheapest test first: most headline lines name no role)
    text = "".join(text.split())
    if "记者" not in text and "通讯员" not in text:
        return None
    found = parse_glued_byline(text, pairs=True)
    if found:
        return found
    m = _ROLE_NAME.fullmatch(text)
    if not m:
        return None
    role, names = m.group("role"), m.group("name")
    if len(names) <= 3:
        return [Byline(role=role, name=names)]
    run = split_name_run(names)
    return [Byline(role=role, name=name) for name in run] if run else None


def reporter_lines_are_bylines(units: list[Unit]) -> None:
    """Headline units of one line that is a reporter's line, and text units of
    one such line (a paragraph never is a role and a name alone), become bylines."""
    for unit in units:
        # (a one-line text unit too: after the sentence it signs, 本报记者王启航 was read as that text's last
        # paragraph; a paragraph never is a role and a name alone. The role's words are looked for first,
        # inline: most units hold neither)
        lines, role = unit.block.lines, unit.block.role
        if len(lines) == 1 and (role == TITLE or role == BODY and ("记者" in lines[0] or "通讯员" in lines[0])):
            found = reporter_line(lines[0])
            if found:
                unit.block.role = BYLINE
                unit.bylines = found


__all__ = ["reporter_line", "reporter_lines_are_bylines"]
