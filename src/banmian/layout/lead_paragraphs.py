"""A commentary's lead set apart over its text (text mode): its summary
sentence (把群众的小事当成自己的大事，日子才会越过越亮堂，…), set larger or bold
and with no full stop, looks like a headline line, and a stream that draws the
headline after the body leaves it a kicker of that headline. The tiers of one
headline stand together; a line of clauses over the body, with the article's
headline drawn after that body, is the body's first paragraph."""

from __future__ import annotations

import re

from ..names import starts_with_surname
from .reflow import join_lines
from .rules import name_tokens
from .roles import BODY, TITLE
from .text_units import Unit
from .tier_patterns import TITLE_TAG

#: a clause mark inside the line: a sentence of clauses, no headline's phrase
_CLAUSE = re.compile(r"[，；]")
#: a lead holds this many CJK characters at least (a kicker of clauses is shorter: 在江城，春耕正忙…)
_LEAD_CHARS = 24
_CJK = re.compile(r"[\u4e00-\u9fff]")


def leads_over_closing_headlines(group: list[Unit]) -> None:
    """Headline units over an article's first body unit, when its headline
    comes after that body: where they make one run of clauses (two clause
    marks or more, no column tag, no lead-in dash or colon at its end), they
    are the lead paragraph of the body, no tier of the headline under it."""
    if not group or group[0].block.role != TITLE:
        return  # (most groups: no headline unit opens them, so none stands over the body)
    first_body = next((k for k, u in enumerate(group) if u.block.role == BODY), None)
    if not first_body or not any(u.block.role == TITLE for u in group[first_body:]):
        return
    lead = group[:first_body]
    if not lead or any(u.block.role != TITLE for u in lead):
        return
    if any(_author_alone(line) for u in lead for line in u.block.lines):
        return  # a headline signed under it (新使命：… / 李忠杰): a lead paragraph has no author line
    text = join_lines([line for u in lead for line in u.block.lines]).strip()
    if (len(_CLAUSE.findall(text[:-1])) < 2 or len(_CJK.findall(text)) < _LEAD_CHARS or TITLE_TAG.search(text)
            or text.endswith(("—", "：", ":", "。", "！", "？"))):
        return
    for unit in lead:
        unit.block.role = BODY
    lead[0].block.lines[:] = [text]
    lead[0].paragraph_lines = True
    for unit in lead[1:]:
        unit.block.lines.clear()


def _author_alone(line: str) -> bool:
    names = name_tokens(line)
    return bool(names) and all(starts_with_surname(n) for n in names)


__all__ = ["leads_over_closing_headlines"]
