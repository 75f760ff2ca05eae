"""Lines of a column that are headings set in the body's size: a
subheading in a heavier face (黑体 in a 宋体 column), or a news brief's item
title in the text's own face, flush after a finished sentence. A PDF's
column blocks are cut into units at these lines (``geometric._units``)."""

from __future__ import annotations

import re

from collections.abc import Callable

from ..model import TextLine
from .columns import ColumnBlock
from .roles import BODY
from .reflow import ends_sentence


def bold_heads(block: ColumnBlock, starts: list[bool], face: tuple[str, bool],
               carried: bool | Callable[[], bool] = False) -> set[int]:
    """Lines of a column that are a subheading set in the body size: a run of
    one to four lines in a heavier face than the article's text (``face``:
    its font and whether it is bold; 黑体 in a 宋体 column) that is not
    indented (or is centred) and is followed by a paragraph start or the
    column's end. A bold lead sentence run into its paragraph starts
    indented, and its paragraph runs on. ``carried``: the column before left
    a sentence in this face unfinished, which the block's first lines carry
    on (an interview's question set bold, broken at a column's foot); a
    function is asked only when the first line is heavy (most columns have
    no heavy line: the answer is not needed)."""
    lines = block.lines
    font, all_bold = face
    heavy = [(ln.bold and not all_bold) or ln.font != font for ln in lines]
    if not any(heavy):  # (most columns)
        return set()
    if len(lines) > 4 and sum(heavy) * 2 > len(lines):
        return set()
    if len(lines) <= 4 and all(heavy) and "。" not in "".join(ln.text for ln in lines):
        return set(range(len(lines)))  # a short block of its own in the heavier face
    set_centred = [centred(ln, block) for ln in lines]
    heads: set[int] = set()
    k = 0
    while k < len(lines):
        if not heavy[k] or (k == 0 and (carried() if callable(carried) else carried)) or (
                starts[k] and not set_centred[k] and not _wrapped_centred(k, lines, heavy, set_centred, block)):
            k += 1
            continue
        end = k
        while end + 1 < len(lines) and heavy[end + 1] and (set_centred[end + 1] or not starts[end + 1]):
            end += 1
        run = "".join(ln.text for ln in lines[k:end + 1])
        in_face = all(ln.bold for ln in lines[k:end + 1]) or "。" not in run  # another face: no sentence
        if end - k < 4 and in_face and (end + 1 == len(lines) or starts[end + 1]) \
                and (k == 0 or not heavy[k - 1]):
            heads.update(range(k, end + 1))
            k = end + 1
        else:
            k += 1
    return heads


def _wrapped_centred(k: int, lines: list[TextLine], heavy: list[bool], set_centred: list[bool],
                     block: ColumnBlock) -> bool:
    """Line ``k`` is a centred heading's first line wrapped to the column's
    width: flush at the left edge (no paragraph's indent), the heavy line under
    it centred (the heading's tail). A lead sentence set heavy starts indented."""
    return k + 1 < len(lines) and heavy[k + 1] and set_centred[k + 1] \
        and lines[k].x0 - block.left < 0.8 * lines[k].size


def _closes(text: str) -> bool:
    """The (stripped) line ends a sentence, a closing quote only after its end
    mark (获“满意” goes on), or a bracket (a brief's closing credit, （记者 张三））."""
    return text.endswith(_SENTENCE_END) and (text[-1] != "”" or ends_sentence(text))


_SENTENCE_END = ("。", "！", "？", "）", ")", "”")
_HAN = re.compile(r"[\u3400-\u9fff]")


def item_titles(block: ColumnBlock, starts: list[bool]) -> set[int]:
    """Lines of a column that are a title set in the body size and face (a
    news brief's item title; in a scan a size a twentieth above the body's
    cannot be measured): one to three lines set flush after a finished
    sentence (or at the column's top, not closing a sentence: a paragraph's
    tail goes on there), with no sentence punctuation (nor a closing colon)
    and two characters, the last one short of the column's right edge, followed by an indented
    paragraph start or the end of the block (its text goes on in the next).
    A paragraph's own last line ends with its punctuation."""
    lines = block.lines
    heads: set[int] = set()
    # where a title may open: no paragraph start, at the top or after a line ending with a closing mark
    # (_closes's first test: most lines end with none; asked of all lines at once, the rest of each only there)
    marked = [ln.text.rstrip().endswith(_SENTENCE_END) for ln in lines]
    k = 0
    for first in [j for j in range(len(lines)) if not starts[j] and (j == 0 or marked[j - 1])]:
        if first < k:
            continue  # (inside the run just taken)
        k = first
        if k and not _closes(lines[k - 1].text.rstrip()):
            continue
        end = k
        while end + 1 < len(lines) and not starts[end + 1] and end - k < 2:
            end += 1
        run = "".join(ln.text for ln in lines[k:end + 1])
        if ((end + 1 == len(lines) or starts[end + 1]) and not any(c in run for c in "，。；！？、…,;")
                and not run.lstrip().startswith(("（", "("))  # a brief's closing credit on its own line
                and not run.rstrip().endswith(("：", ":"))  # a lead-in to what follows (以下为…留言：)
                and run.count("）") + run.count(")") <= run.count("（") + run.count("(")  # a bracket's tail
                and len(_HAN.findall(run)) >= 2  # words, not a mark pushed onto its own line
                and (k or not run.rstrip().endswith(_SENTENCE_END))  # atop a column: a paragraph's tail
                and lines[end].x1 < block.right - 1.5 * lines[end].size):
            heads.update(range(k, end + 1))
            k = end + 1
    return heads


def text_face(blocks: list[ColumnBlock]) -> tuple[str, bool]:
    """The font most of an article's text is set in, and whether that text is bold."""
    fonts, bold, total = face_counts(blocks)  # (the first most used font wins)
    return (max(fonts, key=fonts.__getitem__) if fonts else "", bold * 2 > total)


def face_counts(blocks: list[ColumnBlock], sizes: dict[float, int] | None = None) -> tuple[dict[str, int], int, int]:
    """The characters of the blocks' lines by font (in the order met: a dict, not a Counter, a third of
    the time), their bold characters and all of them; with ``sizes``, the lines of the body blocks
    counted into it by their size as given, in the same walk (what :func:`text_face` and an article's
    body size both ask)."""
    fonts: dict[str, int] = {}
    bold = total = 0
    for b in blocks:
        in_body = sizes is not None and b.role == BODY
        for ln in b.lines:
            length = len(ln.text)
            fonts[ln.font] = fonts.get(ln.font, 0) + length
            if ln.bold:
                bold += length
            total += length
            if in_body:
                sizes[ln.size] = sizes.get(ln.size, 0) + 1  # type: ignore[index]
    return fonts, bold, total


def centred(line: TextLine, block: ColumnBlock) -> bool:
    """A line set in the middle of its column, short of both edges by about as much."""
    left, right = line.x0 - block.left, block.right - line.x1
    return left >= line.size and right >= line.size and abs(left - right) <= line.size


__all__ = ["bold_heads", "centred", "face_counts", "item_titles", "text_face"]
