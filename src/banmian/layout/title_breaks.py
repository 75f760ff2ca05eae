"""Where a headline's line ends: inside a word, or at the gap between two phrases.

A title broken over two short lines looks the same either way on the page;
its wording tells. A headline names what its article reports, in the
article's own words: the characters on either side of a break that cut a
word (上海优化营|商环境 over a body about 优化营商环境) stand side by side in the
body too, while the end of one phrase and the start of the next
(科学教育|孕育创新) are rarely written together in running text. Three
characters across the break, not two, and not where each line is a
phrase the body writes whole: three may meet by chance (城际铁路|全线铺轨 over
a body that says 城际铁路…全线铺轨 and 铁路全长).

Two more tells of a wrap, whatever each line is: the body writes the two
characters on each side of the break as one run (four across it: a title
the article repeats in its text, 社区|食堂 in ……新建十座社区食堂开门迎客……;
two phrases of a title are never printed together so), and the line after
the break opening on 的, the particle that ties a phrase's parts (……一江碧水 /
的巡河人): no phrase opens on it. A break after a comma, a colon or a stop
keeps no space either: the mark is already the gap between the phrases.
"""

from __future__ import annotations


#: marks that close a phrase inside a title: the break after one needs no space (重现碧波，/ 乐享清凉)
_PHRASE_MARKS = frozenset("，、：；。！？")


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def cuts_a_word(before: str, after: str, body: str) -> bool:
    """Does a headline line ending in ``before`` and the next opening with
    ``after`` break inside a word of the article's ``body`` (its text, lines
    joined)? The characters at the break Chinese, three across it (two
    before and one after, or one before and two after) written together in
    the body, and the two lines not both written whole in it (phrases)."""
    last, first = before[-1:], after[:1]
    if not body or not _cjk(last) or not _cjk(first) or (before in body and after in body):
        return False
    return (len(before) >= 2 and before[-2:] + first in body) or (len(after) >= 2 and last + after[:2] in body)


def no_phrase_gap_at(before: str, after: str, body: str) -> bool:
    """Does the break between a headline line ending in ``before`` and the next
    opening with ``after`` keep no space: a wrap inside one run of words (the
    next line opens on the particle 的, not 的确, or two characters on each side
    of the break stand together in the article's ``body``), or a break after a
    mark that closes a phrase (，：！)?"""
    before, after = before.replace(" ", ""), after.replace(" ", "")
    if not before or not after:
        return False
    if before[-1] in _PHRASE_MARKS:
        return True  # the mark is the gap between the phrases: no space after it
    if after[0] == "的" and after[1:2] != "确" and (_cjk(before[-1]) or before[-1] in "”’》）"):
        return True
    if not _cjk(before[-1]):
        return False
    return bool(body) and len(before) >= 2 and len(after) >= 2 and _cjk(after[0]) \
        and before[-2:] + after[:2] in body


__all__ = ["cuts_a_word", "no_phrase_gap_at"]
