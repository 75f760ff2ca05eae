"""Authors in a bracket closing a text (……。（张三 李四）), as extractors give
them: the bracket may wrap over a line end, and a short label may stand
between the last sentence and the bracket (……。新华社发（张三）, 影像中国
（李四）). A brief's text ends so: whatever follows belongs to another article.
Text-mode layout only."""

from __future__ import annotations

import re

from ..names import starts_with_surname
from .rules import is_closing_note, name_tokens, parse_bracket_byline

#: the bracket that closes a line, and what stands before it on the line
_LAST_BRACKET = re.compile(r"^(?P<before>.*?)[（(](?P<inner>[^（）()]{1,80})[）)]$")
#: a short label between a finished sentence and its authors (……。新华社发（张三）, 影像中国（李四）)
_LABEL_BEFORE_AUTHORS = re.compile(r"[\u4e00-\u9fff]{2,6}")
_FINISHED = ("。", "！", "？", "”", "）", ")")
#: the authors' bracket opens at most this many lines over its close
_BRACKET_LINES = 4


def ends_with_authors(lines: list[str], k: int) -> bool:
    """Does line ``k`` close its article with the authors' bracket after a
    finished sentence (……。（张三 李四）, or a short label between: ……。
    新华社发（张三）)? The bracket may open on a line above (……。（张三 /
    李四）). A brief's text ends so; whatever follows belongs to another article."""
    text = lines[k].strip()
    if not text.endswith(("）", ")")):
        return False
    m = _LAST_BRACKET.match(text)
    opened = k
    while m is None and opened > max(0, k - _BRACKET_LINES):
        # the bracket opened on a line above (a roundup's reporters fill a few); a break falls
        # between two names (a space) or inside one
        opened -= 1
        m = _LAST_BRACKET.match(" ".join(line.strip() for line in lines[opened:k + 1]))
    if m is None:
        return False
    if not (_names_inside(m.group("inner")) or (opened < k and _names_inside(m.group("inner").replace(" ", "")))):
        return False
    k = opened  # the bracket's line
    line_before = lines[k - 1].strip() if k else ""
    before = m.group("before").rstrip() or line_before
    # (a closing note's credit may stand between: ……。 / 本版制图：张三（李四 王五）)
    return (before.endswith(_FINISHED) or label_after_sentence(line_before, before)
            or (line_before.endswith(_FINISHED) and is_closing_note(before)))


def label_after_sentence(above: str, before: str) -> bool:
    """Is ``before`` (what opens a line ahead of the authors' bracket) a short
    label after a finished sentence on the line ``above`` (……。 / 影像中国（张三）)?"""
    return bool(_LABEL_BEFORE_AUTHORS.fullmatch(before)) and above.endswith(_FINISHED)


def _names_inside(inner: str) -> bool:
    """A bracket's text that is authors' names (张三 李四; 记者 张三)."""
    inner = inner.strip()
    bylines = parse_bracket_byline(f"（{inner}）")
    if bylines:  # (记者 张三): each a name, not a column's tag read as role and name (记者手记)
        return all(b.name and starts_with_surname(b.name) for b in bylines)
    variants = [inner] + [inner[:i] + inner[i + 1:] for i, c in enumerate(inner) if c == " "]
    if any(names and all(starts_with_surname(n) for n in names) for names in map(name_tokens, variants)):
        return True
    return any(run_together_names(v) for v in variants if " " not in v)


#: two names run together (the extractor closed the gap of a letter-spaced line): 2-3 characters each,
#: one of three at least (four characters are as often a column's tag: 金台视线, 权威发布)
_RUN_NAME = re.compile(r"[\u4e00-\u9fff]{5,6}")


def run_together_names(text: str) -> list[str] | None:
    """张三李四五 -> [张三, 李四五]: both parts 2-3 characters, each opening with a
    surname (the three-character first name tried first: the commoner length);
    five or six characters, never four (a tag such as 金台视线 splits so too)."""
    if not _RUN_NAME.fullmatch(text):
        return None
    for k in (3, 2):
        if 2 <= len(text) - k <= 3 and starts_with_surname(text[:k]) and starts_with_surname(text[k:]):
            return [text[:k], text[k:]]
    return None


__all__ = ["ends_with_authors", "label_after_sentence", "run_together_names"]
