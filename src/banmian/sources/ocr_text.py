"""Recogniser noise in the characters of OCR'd Chinese text, mended from their
context: what a line alone tells (:func:`clean_text`: ASCII marks, digits,
spaces, ellipses, which way a quote faces), what a whole paragraph tells
(:func:`mend_paragraph`: quotes paired, a comma read as 1, an ellipsis split
over two lines, spaces in Latin words), and what a whole page tells
(:func:`simplify_strays`: a traditional form on a page set in simplified
characters).

These are properties of the recogniser (it reads half-width glyphs with a
space in their cell, ASCII quote marks with no direction, 奥 now and then as
奧), not of one page's words.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

_HAN_CLASS = r"\u3400-\u9fff"
#: Chinese text and its full-width marks: ASCII marks beside these are the recogniser's misreading
_CJK_CONTEXT = _HAN_CLASS + r"\u3000-\u303f\uff01-\uff60“”‘’…—"
_ASCII_MARKS = str.maketrans({",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）",
                              '"': "”", "'": "’"})
#: (a run is matched from its first mark only: linear time on a long run of marks)
_MARK_RUN = re.compile(rf"(?<=[{_CJK_CONTEXT}])[,;:?!()\"']+|(?<![,;:?!()\"'])[,;:?!()\"']+(?=[{_CJK_CONTEXT}])")
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
#: primes the recogniser reads for quote marks (″ for ”, ′ for ’)
_PRIMES = str.maketrans({"″": "”", "′": "’"})
#: a space the recogniser reads in the gap beside a digit (digits are set narrower than their cell)
_DIGIT_SPACE = re.compile(rf"(?<=[0-9])\s+(?=[0-9A-Z%{_HAN_CLASS}])|(?<=[{_HAN_CLASS}])\s+(?=[0-9])")
#: an ellipsis (……) read as a run of dots, as one ellipsis and dots, or as dots then ellipses
_ELLIPSIS = re.compile(r"[.·]*[…⋯][.·…⋯]*|[.·]{3,}")
_HAN = re.compile(rf"[{_HAN_CLASS}]")
#: an ellipsis (……) read as two dots: Chinese text sets no dot pair after a Chinese character or
#: mark (its full stop is 。, a number's point stands between figures); at a line's end it may run on
_TWO_DOTS = re.compile(rf"(?<=[{_CJK_CONTEXT}])[.·]{{2}}(?=[{_CJK_CONTEXT}]|$)")
#: letters and digits read one by one with a space between each (C A 1 3 5 4): the recogniser's
#: spaces in the side bearings of narrow glyphs, not the page's (a word is never one letter)
_SPACED_SINGLES = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9](?: [A-Za-z0-9]){2,}(?![A-Za-z0-9])")
#: a space the recogniser reads inside a number (3. 1, 25.4 %), in a paragraph of figures alone too
_NUMBER_SPACE = re.compile(r"(?<=[0-9]\.) (?=[0-9])|(?<=[0-9]) (?=%)")
#: a space the recogniser reads after a slash or an underscore (narrow glyphs in a wide cell): a web
#: address or a path is set solid (http：//www.example.cn/news/12_3)
_ADDRESS_SPACE = re.compile(r"(?<=[/_]) +(?=[A-Za-z0-9/_])")
#: a web address (http：//www.example.cn/a_1, www.example.cn): set solid, but the recogniser reads a space
#: in the blank beside each narrow glyph (www. example. cn /news /12 _3)
_WEB_ADDRESS = re.compile(r"(?:(?:https?|ftp) ?[:：] ?//|www ?\.)[A-Za-z0-9./_~%?=&#: -]*[A-Za-z0-9/_~%?=&#-]")
_SCHEME_COLON = re.compile(r"^([A-Za-z]+)( ?)([:：])( ?)")


def _solid_address(m: re.Match[str]) -> str:
    """A web address with no space in it; its scheme's colon is the full-width
    one when the recogniser read it so or read a space beside it (the blank
    half of a full-width ：'s square: the month's text sets http：// now and
    then), the ASCII one when read solid (http://)."""
    def colon(c: re.Match[str]) -> str:
        wide = c.group(3) == "：" or bool(c.group(2) or c.group(4))
        return c.group(1) + ("：" if wide else ":")
    return _SCHEME_COLON.sub(colon, m.group(0)).replace(" ", "")
_LONE_FULL_STOPS = {"o", ".", "。", "·"}
#: the recogniser's middle dots from other scripts (katakana ・, its half-width ･): Chinese text sets ·
_MIDDLE_DOTS = str.maketrans({"・": "·", "･": "·"})
#: a line of a figure alone (9 0 %, 1 + 6, 22 9: a large figure set with wide tracking as a heading),
#: read in pieces of one or two characters: the spaces are the tracking's, not the page's
_SPACED_FIGURE = re.compile(r"^[0-9%+＋.·×-]{1,2}(?: [0-9%+＋.·×-]{1,2})+$")
#: a colon between digits in Chinese text: a time's (20：35：27) or a ratio's (3∶1), see :func:`_figure_colon`;
#: the recogniser reads both as the ASCII one, which no Chinese paragraph holds
_TIME_COLON = re.compile(r"(?<![0-9.])([0-9]+)\s?[:：∶]\s?([0-9]+)(?:\s?[:：∶]\s?([0-9]+))?(?![0-9])")


def _figure_colon(m: re.Match[str]) -> str:
    """A time of day (9：05, 20：35：27: hours to 24, then minutes and seconds of two figures to 59)
    takes the full-width colon, a ratio or score (3∶1, 25∶21, 1∶750) the ratio colon ∶: the month's
    text sets 25 of the first and 52 of the second, and the recogniser reads both as : or ：
    (the rule tells 70 of the month's 72 apart; 9∶45∶46 reads as a time)."""
    hours, minutes, seconds = m.group(1), m.group(2), m.group(3)
    time = int(hours) <= 24 and all(len(p) == 2 and int(p) <= 59 for p in (minutes, seconds) if p is not None)
    colon = "：" if time else "∶"
    return hours + colon + minutes + (colon + seconds if seconds is not None else "")
#: a number's decimal point and percent sign read in their full-width forms (8．6％): a month of the
#: paper's text sets 2396 decimal points, all half width, and 1789 of its 1835 percent signs half width
#: (the recogniser reads a narrow glyph set in a square cell, as the full-width form)
#: 士 read as ± (one more stroke's worth of ink): a plus-minus sign stands before a figure, never
#: before a Chinese character or mark, nor at a line's end after one
_SHI_AS_PLUS_MINUS = re.compile(rf"±(?=[{_CJK_CONTEXT}])|(?<=[{_HAN_CLASS}])±$")
_FULL_WIDTH_POINT = re.compile(r"(?<=[0-9])．(?=[0-9])")
#: a list number's point read full width or with a space after it (4．中华…, 38. Y总部): a point after
#: a figure is half width and set close to what follows (the space is its cell's blank half)
_LIST_POINT = re.compile(rf"(?<![0-9.．])([0-9]{{1,2}})[．.] ?(?=[A-Za-z{_HAN_CLASS}])")
_FULL_WIDTH_PERCENT = re.compile(r"(?<=[0-9])％")


def half_width_figures(text: str) -> str:
    """A number's decimal point and percent sign in the half-width forms the
    paper sets (:data:`_FULL_WIDTH_POINT`)."""
    return _FULL_WIDTH_PERCENT.sub("%", _FULL_WIDTH_POINT.sub(".", text))


def clean_text(text: str) -> str:
    """Recogniser noise in one line of Chinese text: ASCII punctuation beside
    Chinese characters is printed full width (a run of marks, 好!", as a
    whole; quotes take their direction from :func:`fix_quotes`), digits are
    ASCII, spaces inside Chinese text and beside digits are not printed, an
    ellipsis is ……. A line of one small round mark alone is a full stop
    pushed onto it (the recogniser, with no text around it, reads o or a dot);
    a line the recogniser read as opening with ” has a closing quote pushed
    onto it from the line above (its place alone would say it opens)."""
    if text.strip() in _LONE_FULL_STOPS:
        return "。"
    text = half_width_figures(text.strip().translate(_FULL_WIDTH_DIGITS))
    text = _PUSHED_II.sub("”", text)  # a closing quote pushed to the line's start, its two strokes read as II
    pushed = text.startswith("”")  # the recogniser saw a closing quote pushed past the line above's end
    if _HAN.search(text):
        text = _LIST_POINT.sub(r"\1.", text.translate(_PRIMES).translate(_MIDDLE_DOTS))
    text = _SHI_AS_PLUS_MINUS.sub("士", text)  # (a piece of the row may hold it and a mark alone: 士：)
    text = _ADDRESS_SPACE.sub("", _MARK_RUN.sub(lambda m: m.group(0).translate(_ASCII_MARKS), text))
    text = _WEB_ADDRESS.sub(_solid_address, text)
    text = _SPACED_SINGLES.sub(lambda m: m.group(0).replace(" ", ""), text)
    if _SPACED_FIGURE.match(text) and any(c.isdigit() for c in text):
        text = text.replace(" ", "")
    if _HAN.search(text):
        text = _TIME_COLON.sub(_figure_colon, text)
        text = _full_width_brackets(_DIGIT_SPACE.sub("", _ELLIPSIS.sub("……", _TWO_DOTS.sub("……", text))))
    text = fix_quotes(text)
    if pushed and text.startswith("“"):
        text = "”" + text[1:]
    return re.sub(r"(?<=[\u3400-\u9fff，。、；：？！”“）（])\s+(?=[\u3400-\u9fff，。、；：？！”“）（])", " ", text)


_BRACKETS = re.compile(r"[(（]([^()（）]*)[)）]")


def _full_width_brackets(text: str) -> str:
    """A bracket pair in Chinese text is full width when one of its two marks
    is, or when it holds Chinese: the recogniser reads （ beside a Latin
    letter or a digit as ( now and then (U15(15岁以下）)."""
    def fix(m: re.Match[str]) -> str:
        whole = m.group(0)
        if whole[0] == "（" or whole[-1] == "）" or _HAN.search(m.group(1)):
            return "（" + m.group(1) + "）"
        return whole
    text = _BRACKETS.sub(fix, text)
    return _open_bracket_wrapped(text)


def _open_bracket_wrapped(text: str) -> str:
    """A bracket that wraps to the next line has no partner in its line: an
    opening ( with no ) after it, Chinese after it in the line ((1980年9月…),
    is the full-width （ the page set (a Latin aside in a Chinese line is set
    in full-width brackets too); a closing ) with no ( before it, Chinese
    before it, is ）."""
    opening = text.rfind("(")
    if opening >= 0 and ")" not in text[opening:] and "）" not in text[opening:] and _HAN.search(text, opening):
        text = text[:opening] + "（" + text[opening + 1:]
    closing = text.find(")")
    if closing >= 0 and "(" not in text[:closing] and "（" not in text[:closing] and _HAN.search(text[:closing]):
        text = text[:closing] + "）" + text[closing + 1:]
    return text


#: after a full stop, ！ or ？ a quote may close (。”) or open (。“): its place does not tell
_OPENS_AFTER = set("，：；、（《—　 ")
_CLOSES_BEFORE = set("，。：；！？、）》—")
#: (opening, closing, marks after which it opens, marks before which it closes, cost of leaving one
#: open at a paragraph's end) for “” and ‘’: a double quote may run on into the next paragraph (each
#: paragraph of a long quotation opens one), a single quote, inside a double one, does not
_QUOTES = (("“", "”", _OPENS_AFTER, _CLOSES_BEFORE, 1.5),
           ("‘", "’", _OPENS_AFTER | {"“"}, _CLOSES_BEFORE | {"”"}, 5.0))


def fix_quotes(text: str) -> str:
    """Which way a quote faces is hard to see in a scan: the recogniser reads
    an opening quote as a closing one now and then (“ as ”, ‘ as ’; about a
    third of its ” are “), the other way round hardly ever, and ASCII marks
    (made ” and ’) have no direction. So each quote of a line faces the way
    that costs least (:func:`_cheapest_faces`): its place (a quote at the
    line's start or after ：opens, one before ，or 。 closes; the line's end
    tells nothing, the quoted words go on on the next line), quotes of one
    kind alternating open and close, and what was read (turning a “ round
    costs much, a ” little). Double and single quotes alike."""
    for opening, closing, opens_after, closes_before, _ in _QUOTES:
        chars = list(text)
        quotes = [i for i, c in enumerate(chars) if c in (opening, closing)]
        if not quotes:
            continue
        sides = [_context_strength(chars, i, opens_after, closes_before, line=True) for i in quotes]
        faces = _cheapest_faces(chars, quotes, opening, closing, sides, set(), _LINE_EDGE, _LINE_EDGE)
        for i, face in zip(quotes, faces):
            chars[i] = face
        text = "".join(chars)
    return text


def _context_strength(chars: list[str], i: int, opens_after: set[str], closes_before: set[str],
                      line: bool = False) -> tuple[str | None, float]:
    """Which way the marks around a quote say it faces, and how surely: a
    quote before a comma or full stop, or at the end, closes; one at the start
    or after a colon opens; one after a comma mostly opens, but a quote may end
    in a comma (“走吧，”他说). In a ``line`` (not a whole paragraph) the end
    tells nothing: the text goes on on the next line."""
    before = chars[i - 1] if i else None
    after = chars[i + 1] if i + 1 < len(chars) else None
    if (before is None or before in opens_after) and after is not None and after not in closes_before:
        return "open", (0.5 if before == "，" else 1.0)
    if after is None and line:
        return None, 0.0
    if after is None or after in closes_before:
        return "close", 1.0
    return None, 0.0


#: costs of the quote pairing: two opening (closing) quotes running, a quote against its context
_NESTED, _AGAINST = 3.0, 4.0
#: costs of turning a quote round from what was read: the recogniser's “ is sure, its ” is not
_TURN_OPENING, _TURN_CLOSING = 2.0, 0.25
#: cost of a quote open at a line's start or end: a quotation may run over a line break, but the
#: quoted words are mostly short (”放管服” is “放管服”, not a quote closing and another opening)
_LINE_EDGE = 0.3


def _cheapest_faces(chars: list[str], quotes: list[int], opening: str, closing: str,
                    sides: list[tuple[str | None, float]], keep: set[int], left_open: float,
                    start_open: float | None) -> list[str]:
    """The faces of ``quotes`` (positions in ``chars``) of least cost, quote
    by quote with whether a quote is open as the state: two opening (or two
    closing) quotes running, a face against its context (``sides``), “”
    side by side (it quotes nothing: between two quoted words the pair is
    ”“), a face turned from the reading, and a quote left open at the end
    (``left_open``) or open before the start (``start_open``, None: never).
    A quote of ``keep`` keeps its reading."""
    best: dict[int, tuple[float, list[str]]] = {0: (0.0, [])}
    if start_open is not None:
        best[1] = (start_open, [])
    for k, i in enumerate(quotes):
        side, sureness = sides[k]
        touching = k > 0 and quotes[k - 1] == i - 1
        step: dict[int, tuple[float, list[str]]] = {}
        for depth, (cost, faces) in best.items():
            for face in (opening, closing):
                if k in keep and face != chars[i]:
                    continue
                opens = face == opening
                extra = _NESTED if opens == bool(depth) else 0.0
                if touching and not opens and faces and faces[-1] == opening:
                    extra += _AGAINST  # “” quotes nothing: two quotes side by side close one, open the next
                if side is not None and (side == "open") != opens:
                    extra += _AGAINST * sureness
                if face != chars[i]:
                    extra += _TURN_OPENING if chars[i] == opening else _TURN_CLOSING
                after = 1 if opens else 0
                if after not in step or cost + extra < step[after][0]:
                    step[after] = (cost + extra, faces + [face])
        best = step
    finals = [(cost + (left_open if depth else 0.0), faces) for depth, (cost, faces) in best.items()]
    return min(finals, key=lambda f: f[0])[1]


def pair_quotes(text: str, opened_before: bool = False) -> str:
    """A paragraph's quotes of one kind alternate open, close: each faces the
    way its place in the pairs says, unless the marks around it say otherwise
    (a quote after ： opens, one before ，closes: a quote the recogniser
    dropped must not flip every later one), or the recogniser read it as an
    opening quote (:func:`_cheapest_faces`). With an odd number of them (a
    quote running on into the next paragraph) the quotes whose marks tell
    keep what the line said, and pairing decides the others. Two quotes side
    by side (”“ between two quoted words) never quote nothing (“”). Line by
    line (:func:`fix_quotes`) a quote split from its partner by a line break
    can only be guessed; a whole paragraph tells. The first paragraph of a
    part continued from another page (``opened_before``) may close a quote
    opened there (…“两个 / （上接第1版）一百年”奋斗目标…), which costs a little."""
    for opening, closing, opens_after, closes_before, left_open in _QUOTES:
        chars = list(text)
        quotes = [i for i, c in enumerate(chars) if c in (opening, closing)]
        if not quotes:
            continue
        sides = [_context_strength(chars, i, opens_after, closes_before) for i in quotes]
        # a quote runs on into the next paragraph, or one was lost: the places that tell keep the reading
        keep = {k for k, (side, _) in enumerate(sides) if side is not None} if len(quotes) % 2 else set()
        # a paragraph never ends with an opening quote nor starts with a closing one (the month's text:
        # 2129 paragraphs end with ” and 3209 start with “, none the other way): whatever was read
        if quotes[-1] == len(chars) - 1:
            chars[-1] = closing
            keep.add(len(quotes) - 1)
        if quotes[0] == 0:
            chars[0] = opening
            keep.add(0)
        start_open = _LINE_EDGE if opened_before else None
        faces = _cheapest_faces(chars, quotes, opening, closing, sides, keep, left_open, start_open)
        for i, face in zip(quotes, faces):
            chars[i] = face
        text = "".join(chars)
    return text


#: a comma read as the digit 1: after a closing quote or title mark that ends no sentence (。”1月 is a
#: date), before a Chinese character
_COMMA_AS_ONE = re.compile(rf"(?<=[^。！？…][”’》])1(?=[{_HAN_CLASS}])")
#: a closing quote read as II (its two strokes) after the sentence it ends
#: (or as 1I: a digit and a letter together are no number, no word)
_QUOTE_AS_II = re.compile(r"(?<=[。！？…])(?:II|Il|lI|ll|1I|I1|1l|l1|\|\|)(?![A-Za-z0-9])"
                          rf"|(?<=[{_HAN_CLASS}])(?<!第)(?:II|Il|lI|ll|1I|I1|1l|l1|\|\|)(?=\s?[，。；：、！？])")
#: the same at a line's start, before a comma or full stop (a numeral II never stands there)
_PUSHED_II = re.compile(r"^\s*(?:II|Il|lI|ll|\|\|)\s?(?=[，。；：、！？,.;:!?])")
#: a digit 1 alone between Chinese characters, a closing single quote a few characters on
_ONE_BEFORE_QUOTE = re.compile(rf"(?<=[{_HAN_CLASS}，：、“])1(?=[{_HAN_CLASS}][^‘’“”0-9]{{0,14}}’)")


#: a digit 1 after a phrase a single quote opens, before a comma or full stop
_ONE_AFTER_QUOTE = re.compile(rf"[‘’][{_HAN_CLASS}]{{1,14}}1(?=[，。；、！？])")


def _single_quote_as_one(text: str) -> str:
    """A single quote read as the digit 1: with the paragraph's single
    quotes one short of pairs, a lone 1 between Chinese characters that a
    closing quote follows within a phrase is the opening one (中国1一带一路’),
    and a lone 1 after a quoted phrase, before a comma or full stop, the
    closing one (坚持‘靶向意识1，). A number (第1个) leaves the count even,
    or stands where no quote does."""
    if (text.count("‘") + text.count("’")) % 2 == 0:
        return text
    for pattern, mark in ((_ONE_BEFORE_QUOTE, "‘"), (_ONE_AFTER_QUOTE, "’")):
        found = list(pattern.finditer(text))
        if len(found) == 1:
            i = found[0].start() if mark == "‘" else found[0].end() - 1
            return text[:i] + mark + text[i + 1:]
    return text


#: an item's number in a list (：1.全国…；2.中华…), its dot read as a full stop: a number alone
#: after a colon or semicolon is no sentence, unless the colon is a time's (02：04：14。太平洋)
_ITEM_DOT = re.compile(rf"(?<=(?<![0-9])[；：;:][0-9])。(?=[{_HAN_CLASS}])"
                       rf"|(?<=(?<![0-9])[；：;:][0-9]{{2}})。(?=[{_HAN_CLASS}])")
#: a space between two digits in a Chinese paragraph: the line break's (a number wrapped, 20：3 / 5),
#: Chinese text sets no space between figures
_WRAPPED_NUMBER = re.compile(r"(?<=[0-9]) (?=[0-9])")
#: a lone dash before a closing mark: Chinese text sets a single dash only between two words or
#: figures (加德满都—卢卡拉, 30—40人), never before a comma, full stop or closing quote; there it is
#: the recogniser's reading of 一 (七一”), its twin in the font. After a mark, or before an opening
#: one, a lone dash is more likely a dash pair's lost half (”——陕西): left as read
_DASH_BESIDE_MARK = re.compile(r"(?<![—一])—(?=[，。、；：？！”’）》])")
#: 一 between two figures or Latin letters (40%一45%, CCTV一4K), or between a figure's unit and the next
#: figure (5万一7万): the dash, its twin in the font. A month of the paper's text sets 152 dashes between
#: figures or letters and 13 after a figure's unit, and no 一 in either place (一 after a word before a
#: figure, 大年初一3.7万, stays)
_DASH_BETWEEN_FIGURES = re.compile(rf"(?<=[0-9%％A-Za-z])一(?=[0-9A-Za-z])|(?<=[0-9][{_HAN_CLASS}])一(?=[0-9])")
#: a full stop read as 0 (its ring) after a percentage, in a paragraph or at its end: no figure follows a % sign
_STOP_AFTER_PERCENT = re.compile(rf"(?<=[%％])[0oO](?=[{_HAN_CLASS}“‘]|$)")
#: an ellipsis cut by a line break and read as … and …… (or more), or with one of its halves lost
#: (the month's text sets 1236 ellipses, each of two …, and no … alone nor three in a run)
#: dots after Chinese text right before an ellipsis: its first half, read as a dot at a line's end (勇气”. /
#: ……新春): Chinese text sets no ASCII dot before an ellipsis
_DOTS_BEFORE_ELLIPSIS = re.compile(rf"(?<=[{_CJK_CONTEXT}])[.·]{{1,3}}(?=…)")
_ELLIPSIS_RUN = re.compile(r"…{3,}|(?<!…)…(?!…)")
#: Latin and digits: a space the recogniser reads beside a narrow glyph (A P P, Wi F i, R& D, 3. 1, 2 / 3, 6 %,
#: 9 + 2: a month of the paper's text sets each of its 50 pluses between figures or letters solid)
_LATIN_SPACE = re.compile(r"(?<=(?<![A-Za-z0-9])[A-Za-z]) (?=[A-Za-z])|(?<=[A-Za-z]) (?=[A-Za-z](?![A-Za-z0-9]))"
                          r"|(?<=[A-Za-z]&) (?=[A-Za-z])|(?<=[A-Za-z]) (?=&[A-Za-z])"
                          r"|(?<=[0-9]\.) (?=[0-9])|(?<=[0-9]) ?/ ?(?=[0-9])|(?<=[0-9]) (?=%)"
                          r"|(?<=[0-9A-Za-z]) (?=\+ ?[0-9A-Za-z])|(?<=[0-9A-Za-z]\+) (?=[0-9A-Za-z])|(?<=[0-9A-Za-z] \+) (?=[0-9A-Za-z])")
#: a single letter and a number (G 20, 5 G): a code set solid (the month's text sets no space between a
#: letter and a figure); matched once the letters' own spaces are gone (A P P 15 is APP 15)
_LETTER_NUMBER_SPACE = re.compile(r"(?<=(?<![A-Za-z0-9 ])[A-Za-z]) (?=[0-9])|(?<=[0-9]) (?=[A-Za-z](?![A-Za-z0-9]))")


#: Latin words set a space apart in a Chinese paragraph
_LATIN_WORDS = re.compile(r"(?<![A-Za-z])[A-Za-z]+(?: [A-Za-z]+)+")
#: an ordinary word: lower case after an optional capital (Powder, technology)
_PLAIN_WORD = re.compile(r"[A-Z]?[a-z]+")


def _solid_latin(m: re.Match[str]) -> str:
    """Latin in a Chinese paragraph is set solid but for a phrase of ordinary
    words (the month's text: 658 Latin words, two set a space apart, Powder
    Technology): the recogniser reads a space in the wide side bearings of
    capitals and camel case (IG BT, Sci LifeLab), where the page printed
    none. A space between two ordinary words stays."""
    words = m.group(0).split(" ")
    out = words[0]
    for left, right in zip(words, words[1:]):
        plain = _PLAIN_WORD.fullmatch(left) and _PLAIN_WORD.fullmatch(right) and min(len(left), len(right)) > 1
        out += (" " if plain else "") + right
    return out


#: rare characters the recogniser reads as a look-alike where the look-alike cannot stand: 汨 is
#: written only in the river's name 汨罗 (the gurgle 汩汩 elsewhere), and 瞳 (the pupil, 瞳孔) never
#: doubles (曈曈, the dawn's brightness, does: read 瞳瞳, or one of the two read 瞳)
_LOOKALIKES = re.compile(r"汨(?!罗)|瞳瞳|曈瞳|瞳曈")


def mend_lookalikes(text: str) -> str:
    """Characters read as look-alikes that the words around them rule out (:data:`_LOOKALIKES`)."""
    return _LOOKALIKES.sub(lambda m: "汩" if m.group(0) == "汨" else "曈曈", text)


def mend_paragraph(text: str, opened_before: bool = False) -> str:
    """What a paragraph of OCR'd Chinese text tells that its lines alone do
    not: the quotes paired (:func:`pair_quotes`), a comma after a closing
    mark read as 1, a list item's dot read as 。 (；11。中华, often at a
    line's end), an ellipsis whose two halves fell on two lines, the
    spaces the recogniser reads beside narrow Latin letters and digits."""
    if not _HAN.search(text):
        return _NUMBER_SPACE.sub("", text)
    text = _ADDRESS_SPACE.sub("", _MARK_RUN.sub(lambda m: m.group(0).translate(_ASCII_MARKS), text))
    text = _WEB_ADDRESS.sub(_solid_address, text)
    text = _QUOTE_AS_II.sub("”", _COMMA_AS_ONE.sub("，", text))
    text = _single_quote_as_one(text)
    text = _ITEM_DOT.sub(".", _ELLIPSIS_RUN.sub("……", _TWO_DOTS.sub("……", _DOTS_BEFORE_ELLIPSIS.sub("", text))))
    text = _LIST_POINT.sub(r"\1.", text)  # (a list number ending a line: its item on the next)
    text = _LATIN_SPACE.sub(lambda m: "/" if "/" in m.group(0) else "", text)
    text = _LETTER_NUMBER_SPACE.sub("", _LATIN_WORDS.sub(_solid_latin, text))
    text = half_width_figures(_TIME_COLON.sub(_figure_colon, _WRAPPED_NUMBER.sub("", text)))
    text = _STOP_AFTER_PERCENT.sub("。", _DASH_BESIDE_MARK.sub("一", text))
    text = mend_lookalikes(_DASH_BETWEEN_FIGURES.sub("—", text))
    return pair_quotes(_SPACE_BESIDE_STOP.sub("", text), opened_before)


#: a space beside a full-width stop, comma or colon: the mark's square holds its own blank, Chinese text
#: sets no space there (为： http, read from a line opening with the colon a line break pushed there)
_SPACE_BESIDE_STOP = re.compile(r"(?<=[，。、；：！？]) +|(?<! ) +(?=[，。、；：！？])")  # a run is tried from its first space only (linear)


# --- traditional forms on a simplified page ---------------------------------------------

#: at most this share of a page's Chinese characters outside GB 2312: the page is set in simplified characters
_SIMPLIFIED_PAGE = 0.02


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@functools.cache
def _to_simplified() -> Callable[[str], str] | None:
    """OpenCC's traditional-to-simplified converter (part of the ``ocr`` extra), or None without it."""
    try:
        import opencc
    except ImportError:
        return None
    return opencc.OpenCC("t2s").convert


def simplify_strays(texts: list[str]) -> list[str]:
    """The recogniser was trained on both scripts and reads a simplified
    character now and then as its traditional form (奥 as 奧, 凉 as 涼).
    On a page set in simplified characters (almost all of its Chinese
    characters in GB 2312), a character outside GB 2312 whose simplified
    form is in it is that simplified form. A rare character with no
    simplified form (鋬) stays; a traditional page is left as it is."""
    han = [c for t in texts for c in t if _HAN.match(c)]
    outside = {c for c in han if not _in_gb2312(c)}
    convert = _to_simplified()
    if not outside or convert is None or sum(c in outside for c in han) > _SIMPLIFIED_PAGE * len(han):
        return texts
    table = {}
    for char in outside:
        simple = convert(char)
        if len(simple) == 1 and simple != char and _in_gb2312(simple):
            table[ord(char)] = simple
    return [t.translate(table) for t in texts] if table else texts
