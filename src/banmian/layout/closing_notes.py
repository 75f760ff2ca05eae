"""A closing note in brackets (（作者单位：…）, （作者为…）) ends its article's
body: once its bracket is closed nothing goes on from it, so the line under it
(a photo's caption, the next headline) opens a unit of its own."""

from __future__ import annotations

from .rules import is_closing_note
from .stream_measure import unbalanced


def closes_body(lines: list[str]) -> bool:
    """Are these lines one closing note in brackets, the bracket closed?"""
    if len(lines) != 1:
        return False
    text = lines[0].strip()
    return (text[:1] in "（(" and text.endswith(("）", ")")) and is_closing_note(text)
            and not unbalanced(text))


__all__ = ["closes_body"]
