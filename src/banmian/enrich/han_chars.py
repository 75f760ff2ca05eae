"""Words written in Chinese characters alone (the main block of the CJK
ideographs, U+4E00 to U+9FFF), told one way for every enricher: a name, a
title's field or a place's stem is such a word, a mark or a digit in it is not."""

from __future__ import annotations

import re

#: the characters, as a regex class
HAN_CHAR = "[\u4e00-\u9fff]"
#: a run of them (``fullmatch``: a word of them alone)
HAN_RUN = re.compile(HAN_CHAR + "+")
#: a word of them of a name's part's length (1 to 10)
HAN_PART = re.compile(HAN_CHAR + "{1,10}")
#: a name in them (5-6: transliterated names, 梅德韦杰夫)
HAN_NAME = re.compile(HAN_CHAR + "{2,6}")

__all__ = ["HAN_CHAR", "HAN_NAME", "HAN_PART", "HAN_RUN"]
