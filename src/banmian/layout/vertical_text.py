"""Text set vertically, as extractors give it: one character a line (a
vertical headline, a vertical byline beside it), punctuation included. Put
back on one line by the line stream (:mod:`.line_stream`)."""

from __future__ import annotations

import re

_ONE_CHARACTER = re.compile(r"[\u4e00-\u9fff]")
#: what a vertical line holds: a character, a digit of a year, a mark
ONE_GLYPH = re.compile(r"[\u4e00-\u9fff0-9A-Za-z“”‘’（）《》〈〉「」·：、，！？]")
CLOSING_MARKS = "”’》）)】」』"


def same_block(previous: int | None, number: int | None) -> bool:
    """Source line numbers one apart: no blank line between (one block)."""
    return previous is not None and number is not None and number == previous + 1


def join_vertical(lines: list[tuple[str, int | None]]) -> list[tuple[str, int | None]]:
    """Text set vertically comes one character a line (于 / 春; a vertical
    headline): a run of two or more such lines (a CJK character among them;
    digits of a year come one a line too) is put back on one line. Where the
    run's lines stand in one block, a blank line ends it: the vertical
    headline and the vertical byline beside it are two blocks."""
    out: list[tuple[str, int | None]] = []
    run: list[tuple[str, int | None]] = []

    def flush() -> None:
        if len(run) >= 2 and any(_ONE_CHARACTER.fullmatch(t.strip()) for t, _ in run):
            out.append(("".join(t.strip() for t, _ in run), run[0][1]))
        else:
            out.extend(run)
        run.clear()

    for item in [*lines, ("", None)]:
        glyph = item[0].strip()
        if len(glyph) == 1 and ONE_GLYPH.fullmatch(glyph):  # (one glyph: most lines are longer)
            apart = bool(run) and not same_block(run[-1][1], item[1])
            ended = len(run) >= 2 and same_block(run[-2][1], run[-1][1]) or bool(run) and run[-1][0].strip() in CLOSING_MARKS
            if (apart and ended or _closes_tag(run)) and item[0].strip() not in CLOSING_MARKS:
                flush()  # the run stood in one block: this character opens another (a closer ends it)
            run.append(item)
            continue
        if run:
            flush()
        if item[0]:
            out.append(item)
    return out


def _closes_tag(run: list[tuple[str, int | None]]) -> bool:
    """Does the run end with the bracket that closes its column's tag (……（大美中国）)?
    A headline ends there, so the characters after it (the vertical byline 白 / 燕)
    make a line of their own, blocks or no blocks."""
    text = "".join(t.strip() for t, _ in run)
    return len(text) >= 4 and text[-1] in "）)" and text.count("（") + text.count("(") == 1 and text[0] not in "（("


__all__ = ["CLOSING_MARKS", "ONE_GLYPH", "join_vertical", "same_block"]
