"""Lines a page prints beside an article's text that are no part of it, and a
drop cap put back into its line (PDF mode).

* A QR code's prompt (扫描二维码 / 观看夜场视频, 扫码阅读全文), set smaller than
  the body beside or under the code.
* A figure pulled out of the text in large type with a short label in small
  type over or under it (52.4亿元 / 去年全市旅游收入): the text states the
  figure itself; the pull-out repeats it for the eye, as a pull quote does. A
  figure called out over a sentence in the body's type (a 数读 box: 6038.4亿元
  over 2018年，……) is the article's paragraph, as the paper's own text gives it,
  and stays.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import TextLine
from .tier_patterns import is_callout, is_code_prompt

#: a QR code's prompt and a pulled figure's label are set smaller than the body (at most this share of its size)
_SMALL_SHARE = 0.92
#: the most characters of the short call under a prompt's scanning words (观看夜场视频) or of a figure's label
_SHORT_CHARS = 12
#: a pulled figure is set this many times the body's size at least
_FIGURE_SHARE = 1.5
_MARKS = "，。；！？：、"


def _short_small(ln: TextLine, body: float) -> bool:
    text = ln.text.strip()
    return ln.size < _SMALL_SHARE * body and 0 < len(text) <= _SHORT_CHARS and not any(m in text for m in _MARKS)


def _overlap(a: TextLine, b: TextLine) -> float:
    return min(a.x1, b.x1) - max(a.x0, b.x0)


def _code_prompts(lines: list[TextLine], body: float) -> list[TextLine]:
    """The scanning words and the short line right under them, in the same size."""
    prompts = [ln for ln in lines if ln.size < _SMALL_SHARE * body and is_code_prompt(ln.text)]
    for p in list(prompts):
        under = [ln for ln in lines if abs(ln.size - p.size) <= 0.3 and 0 <= ln.y0 - p.y1 <= p.size
                 and _overlap(ln, p) > 0 and _short_small(ln, body)]
        prompts.extend(under[:1])
    return prompts


def _pulled_figures(lines: list[TextLine], body: float) -> list[TextLine]:
    """A figure in large type with a short label in small type right under or over it."""
    found: list[TextLine] = []
    for fig in lines:
        if fig.vertical or fig.size < _FIGURE_SHARE * body or not is_callout(fig.text):
            continue
        labels = [ln for ln in lines if ln is not fig and not ln.vertical and _short_small(ln, body)
                  and _overlap(ln, fig) >= 0.5 * (ln.x1 - ln.x0)
                  and (-0.5 * fig.size <= ln.y0 - fig.y1 <= 0.6 * fig.size
                       or -0.5 * fig.size <= fig.y0 - ln.y1 <= 0.6 * fig.size)]
        if labels:
            found += [fig, labels[0]]
    return found


def decoration_lines(lines: list[TextLine], body: float) -> list[TextLine]:
    """The lines of QR prompts and pulled figures, to be kept out of articles."""
    return _code_prompts(lines, body) + _pulled_figures(lines, body)


#: a drop cap (首字下沉) is set this many times the body's size at least (two or three lines tall)
_DROP_CAP_SHARE = 2.2


def drop_caps_into_lines(lines: list[TextLine], body: float) -> list[TextLine]:
    """A paragraph's first character set two or three lines tall (首字下沉),
    the first lines indented round it: the character opens the topmost of
    those lines, and the lines beside it stand at its left edge again, as
    the column's other lines do (else it reads as a headline of one
    character and the indented lines as another column)."""
    caps = [ln for ln in lines if not ln.vertical and ln.size >= _DROP_CAP_SHARE * body
            and len(ln.text.strip()) == 1 and "\u4e00" <= ln.text.strip() <= "\u9fff"]
    if not caps:
        return lines
    moved: dict[int, TextLine] = {}
    gone: set[int] = set()
    for cap in caps:
        beside = sorted((ln for ln in lines if ln is not cap and not ln.vertical and ln.size < 1.5 * body
                         and 0 <= ln.x0 - cap.x1 <= 2 * body and cap.y0 - 0.5 * ln.size <= ln.y0 < cap.y1),
                        key=lambda ln: ln.y0)
        if not beside:
            continue
        gone.add(id(cap))
        for k, ln in enumerate(beside):
            text = cap.text.strip() + ln.text if k == 0 else ln.text
            moved[id(ln)] = replace(ln, text=text, bbox=(cap.x0, ln.y0, ln.x1, ln.y1))
    return [moved.get(id(ln), ln) for ln in lines if id(ln) not in gone]
