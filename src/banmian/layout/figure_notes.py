"""A figure box in text mode (数读, 一组数据): each figure called out on a line
of its own (6038.4亿元) over the sentence that explains it (2018年，……累计达
6038.4亿元，同比增长21.8%). That sentence ends no sentence mark and may be cut
off as a headline; it repeats the figure above it word for word, which no
headline over a body does: it is the body's paragraph, as printed."""

from __future__ import annotations

import re

from .roles import BODY, SUBHEADING, TITLE
from .tier_patterns import is_callout
from .text_units import Unit, unit_of_lines

#: the number of a figure called out (6038.4 of 6038.4亿元)
_NUMBER = re.compile(r"\d[\d.,]*")
#: a figure repeated by its explanation has at least this many characters (no lone digit)
_MIN_DIGITS = 2


def _called_out(line: str) -> str | None:
    if not line.lstrip()[:1].isdigit():
        return None  # (a figure opens with a digit: most lines are asked no more)
    text = line.replace(" ", "").strip()
    if not is_callout(text):
        return None
    number = _NUMBER.match(text)
    return number.group(0) if number and len(number.group(0)) >= _MIN_DIGITS else None


def figure_explanations_are_body(units: list[Unit]) -> list[Unit]:
    """Headline units right under a figure called out (the last line of the
    unit above) whose text repeats that figure are its explanation: body.
    The explanation may be cut into two headline units (推进新、改、扩建社区医院 /
    40所，……学位6135个). A figure drawn in one unit under a headline line (a
    brief's title over its figure: 某某持续加大 / 3.57万亿) is cut off it: the
    figure is the body's, the lines over it stay the headline."""
    cut: dict[int, int] = {}  # unit -> its lines that stay the headline, the figure cut off under them
    for k in range(len(units)):
        if units[k].block.role != TITLE:
            continue  # (most units: neither question below is asked of a unit that is no headline)
        if len(units[k].block.lines) > 1 and _figure_with_its_explanation(units[k]):
            units[k].block.role, units[k].paragraph_lines = BODY, True  # (a figure over its explanation in one block)
            continue
        if not k:
            continue
        prev = units[k - 1]
        if units[k].block.role != TITLE or prev.block.role not in (BODY, SUBHEADING, TITLE) or not prev.block.lines:
            continue
        number = _called_out(prev.block.lines[-1])
        if not number:
            continue
        text = ""
        for j in range(k, min(k + _EXPLANATION_UNITS, len(units))):
            if units[j].role != TITLE:
                break
            text += "".join(units[j].lines).replace(" ", "")
            if number in text:
                for unit in units[k:j + 1]:
                    # (its lines may be joined into one, as a headline's are: a paragraph, no column line)
                    unit.block.role, unit.paragraph_lines = BODY, True
                if prev.role == BODY:
                    break
                if len(prev.lines) > 1 and prev.role == TITLE:
                    cut[k - 1] = len(prev.lines) - 1
                else:  # the figure alone over it: a paragraph of the body too
                    prev.block.role, prev.paragraph_lines = BODY, True
                break
    return _cut_figures_off(units, cut) if cut else units


def figure_over_its_explanation(lines: list[str], k: int) -> bool:
    """Is line ``k`` a figure called out (36.2万人次) whose number the next line repeats
    (全天…接待游客36.2万人次…): a figure box's figure over its explanation, no headline's tail?"""
    number = _called_out(lines[k])
    return bool(number) and k + 1 < len(lines) and number in lines[k + 1].replace(" ", "")


def _figure_with_its_explanation(unit: Unit) -> bool:
    """Is a headline unit a figure over the text explaining it, in one block
    (3.57万亿 / 1月…贷款 / 增加3.57万亿元…)? It is the body's."""
    lines = unit.block.lines
    if unit.block.role != TITLE or len(lines) < 2:
        return False
    number = _called_out(lines[0])
    return bool(number) and number in "".join(lines[1:]).replace(" ", "")


def _cut_figures_off(units: list[Unit], cut: dict[int, int]) -> list[Unit]:
    """The units, each of ``cut`` parted into its headline lines and its figure (a paragraph)."""
    out: list[Unit] = []
    for k, unit in enumerate(units):
        if k not in cut:
            out.append(unit)
            continue
        figure = unit_of_lines(unit.block.lines[cut[k]:], BODY, unit.block, cut[k])
        figure.paragraph_lines = True
        out += [unit_of_lines(unit.block.lines[:cut[k]], TITLE, unit.block, 0), figure]
    return out


#: an explanation cut off as a headline spans this many units at most
_EXPLANATION_UNITS = 2


def figures_are_body(units: list[Unit], over_text: bool = False) -> None:
    """A headline line that is only a figure called out (11.73亿人) is a
    paragraph of the body it heads, as printed (as the answers of both
    benchmarks read it), not an article's headline; so is a line leading into
    the figure with a dash right over it (城东区志愿服务—— / 3000多人): a kicker leads
    into a title, never into a figure alone; and so is a short label right
    under the figure (52.4亿元 / 去年全市旅游收入), or a longer one where the text
    under the label says the figure again (258.6亿元 / 东部三市经江城港口进出口货物总价值
    / 去年，……货物总价值258.6亿元……): a figure box's item, its figure, what it
    counts and its explanation, no headline over a report. ``over_text``: only a figure right
    over body text (asked again once a tier stands a unit: a figure the stream
    kept in one unit with a tier over it, 坚持稳中求进 / 2万, stands alone then)."""
    for k, unit in enumerate(units):
        if over_text and (k + 1 == len(units) or units[k + 1].block.role != BODY):
            continue
        if unit.block.role == TITLE and len(unit.block.lines) == 1 and is_callout(unit.block.lines[0]):
            unit.block.role, unit.paragraph_lines = BODY, True
            above = units[k - 1] if k else None
            if (above is not None and above.block.role == TITLE and len(above.block.lines) == 1
                    and above.block.lines[0].rstrip().endswith("—")):
                above.block.role, above.paragraph_lines = BODY, True
            label = units[k + 1] if k + 1 < len(units) else None
            if label is not None and label.block.role == TITLE and (
                    _figure_label(label.block.lines) or _explained_label(unit.block.lines[0], units, k + 1)):
                label.block.role, label.paragraph_lines = BODY, True


#: the most characters of a figure's label under it (去年全市旅游收入, 全国检察机关共立案)
_FIGURE_LABEL_CHARS = 10


#: the most characters of a figure's label that the text under it explains (the figure said again there)
_EXPLAINED_LABEL_CHARS = 20
#: the figure is said again within this many lines of the text under its label
_EXPLANATION_LINES = 4


def _explained_label(figure: str, units: list[Unit], k: int) -> bool:
    """Is unit ``k`` (one line, no mark, at most ``_EXPLAINED_LABEL_CHARS``) a figure's
    label, the body right under it saying the figure's number again in its first lines?"""
    lines = units[k].block.lines
    if len(lines) != 1 or k + 1 >= len(units) or units[k + 1].block.role != BODY:
        return False
    text = lines[0].strip()
    if not 0 < len(text) <= _EXPLAINED_LABEL_CHARS or any(mark in text for mark in "，。；！？：、“”"):
        return False
    number = _NUMBER.search(figure)
    said = "".join(units[k + 1].block.lines[:_EXPLANATION_LINES]).replace(" ", "")
    return number is not None and len(number.group(0)) >= _MIN_DIGITS and number.group(0) in said


def _figure_label(lines: list[str]) -> bool:
    """One short line with no mark: what the figure over it counts, a
    paragraph as the paper's text gives it (6120件 / 全市法院共受理), no
    kicker of the next headline."""
    if len(lines) != 1:
        return False
    text = lines[0].strip()
    return 0 < len(text) <= _FIGURE_LABEL_CHARS and not any(mark in text for mark in "，。；！？：、“”")
