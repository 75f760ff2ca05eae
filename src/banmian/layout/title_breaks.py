"""Where a headline's line ends: inside a word, or at the gap between two phrases.

A title broken over two short lines looks the same either way on the page;
its wording tells. A headline names what its article reports, in the
article's own words: the two characters on either side of a break that cut
a word (上海优化营|商环境 over a body about 优化营商环境) stand side by side in
the body too, while the end of one phrase and the start of the next
(科学教育|孕育创新) are rarely written together in running text.
"""

from __future__ import annotations


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def cuts_a_word(before: str, after: str, body: str) -> bool:
    """Does a headline line ending in ``before`` and the next opening with
    ``after`` break inside a word of the article's ``body`` (its text, lines
    joined)? Both sides Chinese characters, written together in the body."""
    last, first = before[-1:], after[:1]
    return bool(body) and _cjk(last) and _cjk(first) and (last + first) in body


__all__ = ["cuts_a_word"]
