"""Writers who sign an article at its end, read from its closing paragraph.

Two forms close an essay, a comment or a letter with its writer's name, and
the writer is a contributor, never a person of the news:

* a note on the author (某某，1956年生于浙江绍兴，某画院院长…): an essay's
  writer introduced by birth in its last paragraph; a profile of a person
  the article speaks of has the same shape, so the note counts only when the
  essay is written in the first person or never names the writer before it,
  and not in a story told to a reporter (（某某采访整理）: the first person
  and the note are the interviewee's);
* a bracketed signature (（某大学教授  某某）): a title or a unit, a space and
  the name, alone in a bracket that closes a comment.

Only the closing paragraph is read (credit and label lines after it, such as
版式设计：某某 or 图片来源：某某, are passed over), so that the people the news
names in a closing paragraph are not lost; and, in a column that gathers
several signed comments under one headline, a paragraph that is wholly a
bracketed signature after a finished sentence closes its comment.
"""

from __future__ import annotations

import re

from ..names import NEWS_SURNAMES as SURNAMES
from .credits import CREDIT_VERBS

#: an essay's closing note on its author: the name, a comma, then where and when born (某某，1940年生于上海，…)
_AUTHOR_NOTE = re.compile(r"^(?:作者(?:简介)?[：:]\s*)?([\u4e00-\u9fff·]{2,8})[，,][^。]{0,12}?(?:出生于|生于|\d{4}年生|\d{4}年出生)")
#: how a story told to a reporter is credited (（某某采访整理）, 口述：某某)
_TOLD_TO = ("采访整理", "口述")
#: the longest line that can be a told-to credit (a sentence of the body may speak of 口述历史)
_CREDIT_LINE_LONGEST = 30
#: the first person singular (我, 我的, 笔者), not 我国, 我省, 我们, 我军: those are how news and comment write too
_FIRST_PERSON = re.compile(r"我(?![国省市区县州镇乡村军党院校们方部局厂司])|笔者")
#: a mark of running text: a line without one (某某, 文/某某) is a byline or a heading, not a mention
_CLAUSE_MARK = re.compile(r"[，,。；;！？!?]")
#: a quotation: the first person inside it is the speaker's, not the writer's (no nesting: no backtracking)
_QUOTED = re.compile(r"“[^“”]*”")
#: a person speaking in the note (他说：“…”, 表示，“…”): a person of the news, not a note on the author
_SPEAKING = re.compile(r"(?:说|表示|告诉|坦言|感慨|笑言)[：:，,]?[“\"]")
#: a line that may stand after the closing paragraph: a label and a colon (版式设计：某某, 图片来源：某某,
#: 栏目投稿邮箱：…) or a photo's credit (某某摄（影像中国）); no sentence mark in it
_TRAILING_LINE = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}[：:][^，,。；;]{0,40}|[^，,。；;（(]{2,30}摄(?:[（(][^（）()，,。]{1,10}[）)])?)$")
#: an editor's note in brackets after the closing paragraph (（本文图片由作者提供）): no space in it, so no signature
_TRAILING_NOTE = re.compile(r"^[（(][^（）()\s]{2,30}[）)]$")
#: a bracketed signature: a title or a unit, a space, then the name (two to four characters, or a
#: two-character one padded with a space: 狄 慧); bounded, so no backtracking to speak of
_SIGNATURE = re.compile(r"^[（(]\s*(?P<head>[^（）()，,。；;：:！？!?“”\"\s][^（）()，,。；;：:！？!?“”\"]{1,39}?)\s+"
                        r"(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]\s+[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,4}·[\u4e00-\u9fff]{1,6})"
                        r"\s*[）)][。.]?$")
#: how a paragraph that a signature may close ends
_SENTENCE_ENDS = ("。", "！", "？", "”", "…")
#: a copula in the words before the name: a caption or a note (（右为村民  某某）), not a signature
_COPULAS = ("为", "是")


def closing_writers(paragraphs: list[str]) -> set[str]:
    """The names of the writers who sign the article in its closing
    paragraph, or close one of its gathered comments with a signature
    (see the module doc); empty when it has no such close."""
    end = _closing_index(paragraphs)
    if end < 0:
        return set()
    closing = paragraphs[end].strip()
    signers = _section_signers(paragraphs[:end])
    signature = _signature(closing)
    if signature:
        return signers | {signature}
    author = _author_note(paragraphs[:end], closing)
    return signers | {author} if author else signers


def _section_signers(body: list[str]) -> set[str]:
    """The signers of the comments a column gathers under one headline, each
    closed by its own signature paragraph before the next comment's heading:
    a paragraph that is wholly a bracketed signature, after a paragraph that
    ends a sentence."""
    return {name for before, line in zip(body, body[1:])
            if before.rstrip().endswith(_SENTENCE_ENDS) and (name := _signature(line.strip()))}


def _closing_index(paragraphs: list[str]) -> int:
    """The index of the closing paragraph: the last one that is neither
    empty nor a credit or label line (版式设计：某某, 图片来源：某某, 某某摄),
    nor an editor's note in brackets after an author's note; -1 when there is none."""
    k = len(paragraphs) - 1
    while k > 0 and (not paragraphs[k].strip() or _TRAILING_LINE.match(paragraphs[k].strip())
                     or _TRAILING_NOTE.match(paragraphs[k].strip()) and _AUTHOR_NOTE.match(paragraphs[k - 1].strip())):
        k -= 1
    return k if paragraphs and paragraphs[k].strip() else -1


def _signature(closing: str) -> str:
    """The name of a bracketed signature closing the article (（某研究院研究员
    某某）, （某某市委宣传部  某某）: a title or any unit before the space); empty
    when the bracket is no signature."""
    match = _SIGNATURE.match(closing)
    if not match:
        return ""
    head, name = match.group("head").strip(), re.sub(r"\s+", "", match.group("name"))
    if any(copula in head for copula in _COPULAS):
        return ""  # （右为村民  某某）: a caption's note
    if len(head.split()[-1]) == 1 or name.endswith(tuple(CREDIT_VERBS)):
        return ""  # （本报记者  林  涛整理）: a reporter's credit with a padded name, read by .credits
    if name[0] not in SURNAMES and "·" not in name:
        return ""  # （原载某某日报  有删节）: a note on the text, no name after the space
    return name


def _author_note(body: list[str], closing: str) -> str:
    """The name of an essay's author introduced by birth in the closing
    paragraph (some name，1956年生于某地，…); empty when the paragraph is a
    profile of a person of the news (see the module doc)."""
    note = _AUTHOR_NOTE.match(closing)
    if not note or not body or _SPEAKING.search(closing):
        return ""
    name = note.group(1)
    if any(len(line.strip()) <= _CREDIT_LINE_LONGEST and any(word in line for word in _TOLD_TO) for line in body):
        return ""  # （某某采访整理）: the story and the note are the interviewee's
    first_person = any(_FIRST_PERSON.search(_QUOTED.sub("", line)) for line in body)
    named_before = any(name in line and _CLAUSE_MARK.search(line) for line in body)  # not a byline line
    return name if first_person or not named_before and len(body) >= 2 else ""
