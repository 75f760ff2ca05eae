"""CJK-aware reflow: line widths, joining wrapped lines, cleaning spaces.

Shared by text-mode and geometric layout. Widths are in typeset cells: a CJK
character or full-width punctuation is 1, an ASCII character 0.5, a space 0,
which is how a column of Chinese type is measured.
"""

from __future__ import annotations

import re

_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
# whitespace touching a non-ASCII character (the extractor's spaces round digits):
# a run before one, from the run's start (else a long run of spaces is rescanned
# from every one of them: quadratic), or a run after one. The pattern opens with
# the run's first white space, its look-behinds after it, so that it is tried at
# white space only, not at every character of a paragraph.
_SPACE_NEAR_WIDE = re.compile(r"\s(?:(?<!\s\s)\s*(?=[^\x00-\x7f])|(?<=[^\x00-\x7f]\s)\s*)")
_SPACES = re.compile(r"\s+")

#: characters that end a sentence (a paragraph may end after them)
_NUMERAL = "[\\d〇零一二三四五六七八九十]"
#: what a bracket at a headline's end may not hold to be its column's tag (read as a regex
#: lookahead right after the bracket): an author's note, or a date (（2019年2月3日）, （二〇一九年）,
#: （3日）); a tag may count years (（庆祝改革开放40年·…）, （…我当村官这一年⑨）)
TAG_NOT_A_DATE = (rf"(?!作者|[^（）()]*(?:{_NUMERAL}{{4}}年|{_NUMERAL}[年月]{_NUMERAL}|{_NUMERAL}日))")
SENTENCE_END = frozenset("。！？；…!?：")
#: closing marks that may follow a sentence end (。” or 。）)
CLOSERS = frozenset("”’）」』》)】")
_CLOSER_CHARS = "".join(CLOSERS)


def cell_width(text: str) -> float:
    """Typeset width of ``text`` in cells (CJK 1, ASCII 0.5, spaces 0)."""
    narrow = text.encode("ascii", "ignore")
    if not narrow:  # a line of CJK only, as most are (and most with no wide or fixed space)
        if "\u3000" in text or "\xa0" in text:
            return len(text) - text.count("\u3000") - text.count("\xa0") + 0.0
        return float(len(text))
    wide = len(text) - len(narrow) - text.count("\u3000") - text.count("\xa0")
    return wide + 0.5 * (len(narrow) - narrow.count(b" ") - narrow.count(b"\t"))


#: punctuation that may not open a line, so typesetting pulls it up past the column
PULLED_UP = "，。、；：？！）》”’」』】…—·%"
_PULLED_UP_SET = frozenset(PULLED_UP)


def core_width(line: str) -> float:
    """Width without the punctuation typesetting pulled up past the column."""
    return cell_width(line.rstrip(PULLED_UP) if line[-1:] in _PULLED_UP_SET else line)


# an opening bracket or quote never ends a line: it moves down with what follows
_TOKEN_OPENERS = "“‘《（(【「『〔〈"
_FIRST_TOKEN = re.compile(rf"[{_TOKEN_OPENERS}]*(?:[!-~]+|.)")


def token_width(line: str | None) -> float:
    """Width of the first unbreakable token of ``line`` (an ASCII run, or one
    character, with any opening brackets before it)."""
    if not line:
        return 0.0
    first = line[0]
    if first > "\x7f" and first not in _TOKEN_OPENERS and first not in "\u3000\xa0":
        return 1.0  # a CJK character opens most lines: the token is that character
    m = _FIRST_TOKEN.match(line)
    return cell_width(m.group(0)) if m else 1.0


def ascii_count(text: str) -> int:
    """Number of visible ASCII characters in ``text``."""
    narrow = text.encode("ascii", "ignore")
    return len(narrow) - narrow.count(b" ") - narrow.count(b"\t")


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends like a finished sentence (。 ！ ？ ； … or 。” ...).

    A closing quote or bracket counts only after an end mark, so a title
    in quotes (“……”) or a bracketed note does not end a sentence."""
    last = text[-1:]
    if last in SENTENCE_END:
        return True
    if not last or (last not in CLOSERS and not last.isspace()):
        return False  # most lines end in a character that is neither (no stripping to do)
    text = text.rstrip()
    bare = text.rstrip(_CLOSER_CHARS)
    return bool(bare) and bare[-1] in SENTENCE_END


def lines_ending_sentences(lines: list[str]) -> list[bool]:
    """:func:`ends_sentence` of every line, asked of every line of a page: a line
    ending in neither an end mark nor a closing mark nor a space (most) costs no call."""
    return [last in SENTENCE_END or ((last in CLOSERS or last.isspace()) and ends_sentence(x))
            for x in lines for last in (x[-1:],)]


def clean_body_spaces(text: str) -> str:
    """Drop spaces that touch a CJK character; keep one between ASCII words."""
    # (no white space but the ASCII space is printable, so a printable text with no space holds none: most
    # Chinese paragraphs, told in two scans cheaper than one split(), which parts at what ``\s`` matches)
    if not text or text.isprintable() and " " not in text:
        return text  # no white space: nothing to do, skip the slow pattern
    text = _SPACE_NEAR_WIDE.sub("", text)
    return _SPACES.sub(" ", text).strip()


def clean_headline_spaces(text: str) -> str:
    """Like :func:`clean_body_spaces`, but keep one space between two CJK
    phrases (倒排工期推进 确保按时交付使用; also after a closing quote).

    Every run of white space between two words becomes one space, or none
    where it parts a visible ASCII character (``!`` to ``~``) from a wide
    one; runs at the ends go. (Word by word: patterns with look-behinds
    tried at every character made a long line slow.)"""
    words = text.split()  # (split() parts at what ``\s`` matches: U+3000 and U+00A0 too)
    if len(words) < 2:
        return words[0] if words else ""
    out = [words[0]]
    for before, word in zip(words, words[1:]):
        last, first = before[-1], word[0]
        if not (last > "\x7f" and "!" <= first <= "~" or "!" <= last <= "~" and first > "\x7f"):
            out.append(" ")
        out.append(word)
    return "".join(out)


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines: no space between CJK, one between ASCII words."""
    if len(lines) < 2:
        return lines[0].strip() if lines else ""  # (one line: most headline tiers)
    stripped = list(map(str.strip, lines))
    text = "".join(stripped)
    if not text.encode("ascii", "ignore"):
        return text  # (no ASCII, so no two words to part: many Chinese paragraphs; a third of a pattern's scan)
    parts = [stripped[0]]
    for line in stripped[1:]:
        if not line:
            continue
        prev = parts[-1]
        if prev and prev[-1].isascii() and prev[-1].isalnum() and line[0].isascii() and line[0].isalnum():
            parts.append(" ")
        parts.append(line)
    return "".join(parts)
