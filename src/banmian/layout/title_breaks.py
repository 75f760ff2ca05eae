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
"""

from __future__ import annotations


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


__all__ = ["cuts_a_word"]
