"""Authors' names a content stream draws between a text's end and a headline (text mode).

A stream may draw an article's byline before its headline, though it is
printed under it: after the text above has ended its sentence come the names,
one a line (吴晓川 / 王兰), then the title. Read as headline lines, the names
were joined into one tier (吴晓川王兰) and became the title or the kicker. Two
name-shaped lines one after the other after a text's end are a list of
people, never a tier wrapped (a tier wraps a phrase at its measure, not at
each name).
"""

from __future__ import annotations

from ..names import starts_with_surname
from .stream_lines import NAME_ONLY
from .stream_measure import Measure


def _name_line(m: Measure, k: int) -> bool:
    text = m.lines[k].strip()
    return bool(NAME_ONLY.fullmatch(text)) and " " not in text and starts_with_surname(text)


def names_over_headline(m: Measure, k: int) -> bool:
    """Does line ``k`` open a list of names a line each (two or more) right
    after a text's finished sentence, with a line after the names that ends
    no sentence (a headline's, or the text they sign)?"""
    if k < 1 or not m.closes[k - 1] or not _name_line(m, k):
        return False
    n = k + 1
    while n < len(m.lines) and n - k < 4 and _name_line(m, n):
        n += 1
    # (one name alone stays: a photo's credit or a kicker's word, 高质量, may be name-shaped)
    # (the line after them opens the headline, —— and a subtitle drawn first too, or the text they
    # sign: names either way, their article told later; a sentence's end there is no such line)
    return n - k >= 2 and n < len(m.lines) and not m.closes[n] and not _name_line(m, n)
