"""A headline candidate standing alone that reads as a sentence of text, not
a headline (text mode): a pull quote or a lead sentence set apart in larger
type (要让大家跟着干，干得好，就要……) has clause after clause, while a title
has hardly ever more than one clause mark (one in about a thousand titles of
a month of 人民日报; kickers and subtitles may say more, but stand with a title)."""

from __future__ import annotations

import re

from .roles import BODY, BYLINE, CONTINUATION, SUBHEADING, TITLE
from .reflow import ends_sentence, join_lines
from .text_units import Unit
from .tier_patterns import TITLE_TAG, cjk_count

#: clause marks a lone tier holds at least to read as a sentence, and characters
_CLAUSES = 2
_SENTENCE_CHARS = 20
_CLAUSE_MARK = re.compile(r"[，；]")
#: a subtitle quoting its speaker (习近平强调，……) reads as a sentence but is a tier
_SPEAKER_FIRST = re.compile(r"[\u4e00-\u9fff]{2,4}(?:强调|指出|表示|希望|要求)，")
#: a pull quote set apart takes a line or two (more lines read as a headline are something else)
_QUOTE_LINES = 2


def _reads_as_sentence(text: str) -> bool:
    text = text.strip()
    return (len(_CLAUSE_MARK.findall(text)) >= _CLAUSES and cjk_count(text) >= _SENTENCE_CHARS
            and not TITLE_TAG.search(text) and not text.endswith(("—", "：", ":")) and not _SPEAKER_FIRST.match(text))


def sentences_are_body(units: list[Unit], stream: bool = False) -> None:
    """A headline unit of a line or two between two body units, the text over it
    having ended its sentence, whose text reads as a sentence is body text, a
    paragraph of its own (set apart between the article's paragraphs)."""
    for k, unit in enumerate(units):
        if unit.block.role != TITLE or len(unit.block.lines) > _QUOTE_LINES:
            continue
        prev = units[k - 1] if k else None
        nxt = units[k + 1] if k + 1 < len(units) else None
        # set apart between paragraphs: the text over it ended its sentence, text goes on under it
        if prev is None or nxt is None or prev.block.role != BODY or nxt.block.role != BODY \
                or not ends_sentence(prev.block.lines[-1]):
            continue
        # (its first line a clause already: a title over its subtitle in one block opens with none)
        text = "".join(line.strip() for line in unit.block.lines)
        # (in paragraph blocks its quotes closed: a block of a paragraph's first lines whose quote is left open
        # runs on into the next block, 通过“公司+ / 农户”)
        if _CLAUSE_MARK.search(unit.block.lines[0]) and _reads_as_sentence(text) and (
                stream or text.count("“") == text.count("”")):
            unit.block.lines[:] = [join_lines(unit.block.lines)]  # one paragraph, wrapped or not
            unit.forget_width()
            unit.block.role, unit.paragraph_lines = BODY, True


#: a lead under its headline's byline: one clause mark and this many characters at least
_LEAD_CHARS = 12
_LEAD_LINES = 3


def _reads_as_lead(text: str) -> bool:
    text = text.strip()
    return ("，" in text and cjk_count(text) >= _LEAD_CHARS and not TITLE_TAG.search(text)
            and not text.startswith("—") and not text.endswith(("—", "：", ":")) and not _SPEAKER_FIRST.match(text))


def leads_under_bylines_are_body(units: list[Unit]) -> None:
    """A headline unit right under the byline that signs a headline, and right
    over body text, whose words read as a sentence (a clause mark inside,
    more words than a title's phrase) is the article's lead (导语: 在社区服务的
    过程中，用好乡贤，少走弯路), set apart in larger type: its first paragraph.
    No tier stands under the byline: a subtitle goes with its title, over it."""
    for k in range(2, len(units) - 1):
        unit = units[k]
        if (unit.block.role != TITLE or len(unit.block.lines) > _LEAD_LINES
                or units[k - 1].block.role != BYLINE or units[k - 2].block.role != TITLE
                or units[k + 1].block.role != BODY):
            continue
        if _reads_as_lead("".join(line.strip() for line in unit.block.lines)):
            unit.block.lines[:] = [join_lines(unit.block.lines)]
            unit.forget_width()
            unit.block.role, unit.paragraph_lines = BODY, True


#: how a report's lead opens, never a headline tier: the day and a comma (19日，, 2月10日，, 近日，, 当天，),
#: or the reporter learning from a source (记者从…, 记者13日从…)
_LEAD_OPENING = re.compile(r"(?:(?:\d{1,2}月)?\d{1,2}日|近日|日前|今天|昨天|当天|当日)[，,]"
                           r"|(?:本报)?记者(?:\d{1,2}日|日前|近日)?从")
#: a lead's lines read as tiers before its text goes on: a few at most
_LEAD_RUN = 3


def lead_openings_are_body(units: list[Unit]) -> list[Unit]:
    """Headline-shaped lines opening as a report's lead does (12日，某省农业厅和
    省工商联在 / 京签署…, 记者从自治区应急管 / 理厅获悉：…), ending unfinished right
    over body text, are that text's first lines: no tier opens with the day and a
    comma or with the reporter's source, and a tier cut short runs on into no text.
    They go on the body under them; the units are returned in order."""
    out: list[Unit] = []
    k = 0
    while k < len(units):
        unit = units[k]
        if unit.block.role not in (TITLE, SUBHEADING) or not unit.block.lines \
                or not _LEAD_OPENING.match(unit.block.lines[0].strip()):
            out.append(unit)
            k += 1
            continue
        end = k + 1  # the lead's lines read as tiers: up to the text they run on into
        while end < len(units) and end - k < _LEAD_RUN and units[end].block.role in (TITLE, SUBHEADING):
            end += 1
        run = units[k:end]
        lines = [line for u in run for line in u.block.lines]
        nxt = units[end] if end < len(units) else None
        if (nxt is None or nxt.block.role != BODY or not nxt.block.lines or len(lines) > _LEAD_RUN
                or any(ends_sentence(line.rstrip()) for line in lines)):
            out.append(unit)
            k += 1
            continue
        nxt.block.lines[:0] = lines
        nxt.block.line_start = unit.block.line_start
        nxt.forget_width()
        k = end
    return out


#: a line that is one whole utterance in quotes, closed by its sentence's mark (“不晓得，没听说。人呢？”)
_UTTERANCE = re.compile(r"“[^“”]+[。！？…]”")


def dialogue_lines_are_body(units: list[Unit]) -> None:
    """A headline unit of two lines or more, each a whole utterance in quotes
    (“哪天走？” / “不晓得，没听说。人呢？”), one of them holding a full stop, right
    over body text, is a dialogue opening that text: each line a paragraph. A
    headline is set with no full stop, and a quoted title wrapped over two lines
    closes its quote once."""
    for k in range(len(units) - 1):
        unit = units[k]
        if (unit.block.role == TITLE and len(unit.block.lines) >= 2 and units[k + 1].block.role == BODY
                and any("。" in line for line in unit.block.lines)
                and all(_UTTERANCE.fullmatch(line.strip()) for line in unit.block.lines)):
            unit.block.role, unit.paragraph_lines = BODY, True


#: a point of an article's summary opens with a bullet (●3200多户困难家庭冬季取暖得到更好保障)
_BULLETS = ("●", "◆")
#: what stands right over an article's summary points: its headline, the note resuming it, its byline
_OVER_POINTS = (TITLE, CONTINUATION, BYLINE)


def bullet_points_are_body(units: list[Unit]) -> None:
    """Headline units each opening with a bullet (●……), standing together right
    under a headline, its resume note or its byline and right over body text,
    are the article's summary points: its first paragraphs, one a bullet (a
    point wrapped over lines joined). With text over them the same bullets
    head parts of that text, as subheadings (:mod:`.subheadings`)."""
    k = 1
    while k < len(units):
        end = k
        while end < len(units) and units[end].block.role == TITLE and units[end].block.lines \
                and units[end].block.lines[0].lstrip().startswith(_BULLETS):
            end += 1
        if end == k:
            k += 1
            continue
        if units[k - 1].block.role in _OVER_POINTS and end < len(units) and units[end].block.role == BODY:
            for unit in units[k:end]:
                points: list[list[str]] = []
                for line in unit.block.lines:
                    if line.lstrip().startswith(_BULLETS) or not points:
                        points.append([])
                    points[-1].append(line)
                unit.block.lines[:] = [join_lines(point) for point in points]
                unit.forget_width()
                unit.block.role, unit.paragraph_lines = BODY, True
        k = end


__all__ = ["bullet_points_are_body", "dialogue_lines_are_body", "lead_openings_are_body", "leads_under_bylines_are_body", "sentences_are_body"]
