"""One article set into the area a page gives it: a headline (across, centred and narrow,
at the side, or vertical), a byline in one of several forms, a photo with its caption, and
the body flowed through columns whose tops may differ (L-shapes), balanced at the foot.

Returns the answer of what was printed: the answer is read off the printing, never the
other way round.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from .ink import Line, Sheet, break_lines
from ..corpus import split_quoted_wire
from .stories import Story

SENTENCE = re.compile(r"[^。！？]*[。！？]+[”」）]?|[^。！？]+$")


@dataclass(slots=True)
class Column:
    """A column of body text; ``top`` None: it starts under the article's headline."""

    x0: float
    x1: float
    top: float | None
    bottom: float


@dataclass(slots=True)
class Style:
    """How one article is set: every choice the page made for it."""

    head: str = "across"  # across | narrow | side | vertical | none
    align: str = "left"
    tiers: str = "plain"  # plain | kicker-larger | same-size | subtitle-large
    byline: str = "line"  # line | block | alone | runin | closing | vertical | none
    photo: str = "none"  # none | below | beside
    credit: str = "plain"
    subheads: str = "bold"  # bold | boxed | centred
    body_face: str = "song"
    continues_to: int | None = None
    continued_from: int | None = None
    dash: bool = False
    pad_names: bool = False
    side_cells: float = 0.3


@dataclass(slots=True)
class Unit:
    """Lines that stay together in one column (a body line, or a subheading block)."""

    lines: list[Line]
    face: str
    size: float
    align: str = "left"
    boxed: bool = False
    pad: float = 0.0  # white space above and below, in lines
    bold: bool = False


@dataclass(slots=True)
class Setting:
    """What the typesetter needs beside the story: sheet, page sizes, random choices."""

    sheet: Sheet
    size: float
    lead: float
    group: int
    rng: random.Random
    features: list[str] = field(default_factory=list)


def padded(name: str) -> str:
    """A two-character name set in three cells, as theory pages print authors (汪 涛)."""
    return f"{name[0]}\u3000{name[1]}" if len(name) == 2 else name


def _headline_lines(text: str, width: float, size: float, setting: Setting, face: str) -> list[str]:
    fonts = setting.sheet.fonts
    if fonts.width(text, face, size) <= width:
        return [text]
    if " " in text:
        parts = text.split(" ")
        if all(fonts.width(p, face, size) <= width for p in parts):
            return parts
    return [line.text for line in break_lines(text.replace(" ", "\u3000"), width, size, fonts, face)]


def _set_tier(text: str, x0: float, x1: float, y: float, size: float, face: str, setting: Setting,
              align: str, bold: bool = False, part: int = 0) -> float:
    """Set one headline tier (wrapped if needed) from ``y`` (its top); returns its bottom."""
    for text_line in _headline_lines(text, x1 - x0, size, setting, face):
        y += size * 1.18
        setting.sheet.set_line(Line(text_line), x0, y - 0.18 * size, x1 - x0, face, size,
                               setting.group * 10 + part, align=align, bold=bold)
        y += size * 0.12
    return y


def tier_sizes(style: Style, size: float, rng: random.Random) -> dict[str, tuple[float, str]]:
    """Size and face of kicker, title, subtitle for the style's tier relation."""
    title = size * rng.uniform(2.0, 3.4)
    if style.tiers == "kicker-larger":
        return {"kicker": (title * rng.uniform(1.05, 1.25), "hei"), "title": (title, "song"),
                "subtitle": (size * 1.3, "kai")}
    if style.tiers == "same-size":
        return {"kicker": (title, "kai"), "title": (title, "hei"), "subtitle": (title, "kai")}
    if style.tiers == "subtitle-large":
        return {"kicker": (size * 1.1, "song"), "title": (title, "hei"), "subtitle": (title * 0.8, "xhei")}
    return {"kicker": (size * rng.uniform(1.05, 1.6), "kai"), "title": (title, "hei"),
            "subtitle": (size * rng.uniform(1.1, 1.5), "xhei")}


def set_headline(story: Story, style: Style, box: tuple[float, float, float], setting: Setting,
                 answer: dict) -> float:
    """Kicker, title and subtitle in the box (x0, x1, top); returns the bottom."""
    x0, x1, y = box
    sizes = tier_sizes(style, setting.size, setting.rng)
    width = x1 - x0
    if style.head == "narrow":
        cut = width * setting.rng.uniform(0.1, 0.25)
        x0, x1 = x0 + cut, x1 - cut
    big_title = sizes["title"][0]
    lines = 4 if style.head == "side" else 2
    if setting.sheet.fonts.width(story.title, sizes["title"][1], big_title) > (x1 - x0) * lines:
        sizes["title"] = ((x1 - x0) * (lines - 0.2) / max(len(story.title), 1), sizes["title"][1])
    align = style.align
    if story.kicker:
        size, face = sizes["kicker"]
        y = _set_tier(story.kicker, x0, x1, y, min(size, (x1 - x0) / max(len(story.kicker), 1) * 1.9), face,
                      setting, align) + setting.size * 0.3
    size, face = sizes["title"]
    y = _set_tier(story.title, x0, x1, y, size, face, setting, align, bold=size > 18 and face == "hei")
    answer.update(kicker=story.kicker, title=story.title, subtitle=None)
    if story.subtitle:
        printed = ("——" + story.subtitle) if style.dash and not story.subtitle.startswith("——") else story.subtitle
        size, face = sizes["subtitle"]
        y = _set_tier(printed, x0, x1, y + setting.size * 0.3, min(size, (x1 - x0) / 12), face, setting, align)
        answer["subtitle"] = printed
        if printed.startswith("——"):
            setting.features.append("subtitle-dash")
    setting.features.append(f"tiers-{style.tiers}")
    return y


def set_vertical_head(story: Story, style: Style, strip: tuple[float, float, float, float], names: list[str],
                      setting: Setting, answer: dict) -> None:
    """A vertical title at the right of the strip, the author's name vertical beside it."""
    x0, y0, x1, y1 = strip
    title = story.title.replace(" ", "")
    count = 1 if len(title) <= 7 else 2
    per_column = -(-len(title) // count)
    size = min((x1 - x0) / (count * 1.2 + 0.9), (y1 - y0) / (per_column * 1.1))
    x = x1 - size * 1.15
    for i in range(count):
        setting.sheet.set_vertical(title[i * per_column:(i + 1) * per_column], x, y0 + size * 0.3, size, "hei",
                                   setting.group * 10, bold=True)
        x -= size * 1.2
    answer.update(kicker=None, title=story.title, subtitle=None)
    if names:
        name = padded(names[0]) if style.pad_names else names[0]
        setting.sheet.set_vertical(name, x - setting.size * 0.4, y1 - setting.size * 1.3 * (len(name) + 1),
                                   setting.size * 1.1, "kai", setting.group * 10 + 1, gap=0.25)


def caption_units(text: str, credit: str, form: str, width: float, setting: Setting) -> list[Unit]:
    """The caption and its credit in one of the printed forms."""
    size = setting.size * 0.9
    fonts = setting.sheet.fonts
    if form == "runin":
        return [Unit(break_lines(text + credit + "摄", width, size, fonts, "kai"), "kai", size)]
    if form == "slash":
        return [Unit(break_lines(f"{text}{credit}/摄", width, size, fonts, "kai"), "kai", size)]
    if form == "agency":  # the credit is the agency's name: （人民视觉） / （影像中国）
        return [Unit(break_lines(f"{text}（{credit}）", width, size, fonts, "kai"), "kai", size)]
    if form == "agency-name":
        return [Unit(break_lines(f"{text}{credit}摄（人民视觉）", width, size, fonts, "kai"), "kai", size)]
    lines = break_lines(text, width, size, fonts, "kai")
    return [Unit(lines, "kai", size), Unit([Line(f"本报记者 {credit}摄")], "kai", size, align="right")]


def _fill(units: list[Unit], tops: list[float], columns: list[Column], lead: float,
          limit: float) -> list[tuple[int, float]] | None:
    """Place units column by column, no column below ``limit``; each unit's (column, top)."""
    where = []
    col, y = 0, tops[0]
    for unit in units:
        height = (len(unit.lines) + 2 * unit.pad) * lead
        while y + height > min(columns[col].bottom, limit) + 0.01:
            col += 1
            if col == len(columns):
                return None
            y = tops[col]
        where.append((col, y))
        y += height
    return where


def flow(units: list[Unit], tops: list[float], columns: list[Column], setting: Setting) -> float | None:
    """Set the units into the columns, balanced (the lowest limit at which all fit);
    None when they do not fit. Returns the lowest baseline region used."""
    lead = setting.lead
    low, high = min(tops), max(c.bottom for c in columns)
    if _fill(units, tops, columns, lead, high) is None:
        return None
    for _ in range(24):
        middle = (low + high) / 2
        if _fill(units, tops, columns, lead, middle) is None:
            low = middle
        else:
            high = middle
    where = _fill(units, tops, columns, lead, high)
    bottom = 0.0
    for unit, (col, top) in zip(units, where):
        column = columns[col]
        y = top + unit.pad * lead
        for line in unit.lines:
            baseline = y + (lead + unit.size) / 2 - 0.12 * unit.size
            setting.sheet.set_line(line, column.x0, baseline, column.x1 - column.x0, unit.face, unit.size,
                                   setting.group * 10 + 2, align=unit.align, bold=unit.bold)
            y += lead
        if unit.boxed:
            setting.sheet.frame((column.x0 + 2, top + unit.pad * lead * 0.4, column.x1 - 2,
                                 y + unit.pad * lead * 0.6), width=0.5)
        bottom = max(bottom, y)
    return bottom


def body_units(paragraphs: list[str], subheads: set[int], opening: str, style: Style, width: float,
               setting: Setting) -> list[Unit]:
    """Lines of the body: indented paragraphs, subheadings as blocks of their own."""
    fonts, size, face = setting.sheet.fonts, setting.size, style.body_face
    units = []
    for index, text in enumerate(paragraphs):
        if index in subheads:
            sub_size = size * setting.rng.choice([1.0, 1.1, 1.2])
            lines = break_lines(text, width - 2 * size if style.subheads != "bold" else width, sub_size, fonts, "xhei")
            lines = [Line(ln.text) for ln in lines]
            align = "center" if style.subheads != "bold" else "left"
            units.append(Unit(lines, "xhei", sub_size, align, boxed=style.subheads == "boxed", pad=0.5))
            continue
        printed = (opening + text) if index == 0 else text
        lines = break_lines(printed, width, size, fonts, face, indent=2.0)
        units.extend(Unit([line], face, size) for line in lines)
    return units


def body_fields(body: list[str]) -> dict:
    """The answer fields read off the printed body: paragraphs, start, end, sentences."""
    joined = re.sub(r"\s+", "", "".join(body))
    return {"body": list(body), "paragraphs": len(body), "start": joined[:15], "end": joined[-15:],
            "sentences": [s for p in body for s in SENTENCE.findall(p) if s.strip()]}


def wire_dateline_out(answer: dict) -> None:
    """An answer whose text opens with a quoted wire's dateline (据新华社…电 （记者…）, printed in the text
    as the corpus gives it) reads it as the report's dateline and its reporters as bylines, as 本报…电 is
    read. Asked of a first part only (a continued part opens mid-story)."""
    quoted = split_quoted_wire(answer["body"][0]) if answer.get("body") and not answer.get("dateline") else None
    if quoted:
        dateline, names, first = quoted[0], [name for _, name in quoted[1]], quoted[2]
        answer.update(dateline=dateline, bylines=answer["bylines"] + [n for n in names if n not in answer["bylines"]],
                      **body_fields([first, *answer["body"][1:]]))


def opening_and_dateline(story: Story, style: Style, names: list[str], role: str,
                         rng: random.Random) -> tuple[str, str | None]:
    """What is printed before the first paragraph's text, and the dateline it holds."""
    if style.continued_from:
        return "", None
    dateline = story.dateline or ("本报讯" if style.byline == "block" else None)
    if not dateline:
        return "", None
    if style.byline == "runin" and names:
        joiner = rng.choice(["、", " "])
        return f"{dateline}{rng.choice(['', ' '])}（{role}{rng.choice(['', ' '])}{joiner.join(names)}）", dateline
    return dateline + rng.choice([" ", "\u3000", "  "]), dateline


def byline_text(style: Style, names: list[str], role: str) -> str:
    """A byline line as printed: ■ 通讯员 李四 王五 / 本报记者 张三 / a name alone."""
    if style.byline == "block":
        return f"■ {role} {' '.join(names)}"
    if style.byline == "alone":
        return "  ".join(padded(n) if style.pad_names else n for n in names)
    return f"{role} {' '.join(names)}"


def _photo(columns: list[Column], tops: list[float], style: Style, caption: tuple[str, str],
           setting: Setting, answer: dict) -> float:
    """A raster photo over the first columns, its caption below or beside; moves those tops down."""
    rng = setting.rng
    same = [i for i in range(len(columns)) if abs(tops[i] - tops[0]) < 1]
    span = same[:rng.choice([1, 2, 2, 3]) + (len(same) >= 5)] if len(same) > 1 else same[:1]
    x0, x1 = columns[span[0]].x0, columns[span[-1]].x1
    width = x1 - x0
    if width < setting.size * 16:
        style.photo = "below"  # too narrow for a caption beside the photo
    photo_w = width * (0.66 if style.photo == "beside" else 1.0)
    height = min(photo_w * rng.uniform(0.5, 0.72), (columns[0].bottom - tops[0]) * 0.45)
    if height < setting.size * 5:
        style.photo = "none"  # no room for a photo here
        return 0.0
    y = tops[0] + setting.size * 0.2
    setting.sheet.photo((x0, y, x0 + photo_w, y + height), rng.randrange(1 << 30))
    text, credit = caption
    if style.photo == "beside":
        box = (x0 + photo_w + setting.size * 0.6, x1)
    else:
        box = (x0, x1)
    units = caption_units(text, credit, style.credit, box[1] - box[0], setting)
    lines = sum(len(u.lines) for u in units)
    cy = max(y, y + height - lines * setting.lead) if style.photo == "beside" else y + height + setting.size * 0.3
    for unit in units:
        for line in unit.lines:
            setting.sheet.set_line(Line(line.text), box[0], cy + setting.lead * 0.8, box[1] - box[0], unit.face,
                                   unit.size, setting.group * 10 + 3, align=unit.align)
            cy += setting.lead
    bottom = max(y + height, cy) + setting.size * 0.8
    for i in span:
        tops[i] = bottom
    answer["captions"] = [{"text": text, "credit": credit}]
    setting.features += [f"photo-{style.photo}", f"credit-{style.credit}"]
    return bottom


def typeset_article(story: Story, style: Style, head: tuple[float, ...] | None, columns: list[Column],
                    setting: Setting, names: list[str], caption: tuple[str, str] | None = None,
                    paragraphs: list[str] | None = None) -> tuple[dict, float] | None:
    """Set the article; its answer and the lowest point used, or None when it does not fit."""
    rng = setting.rng
    answer: dict = {"kicker": None, "title": None, "subtitle": None, "bylines": [], "dateline": None,
                    "captions": []}
    role = story.reporters[0][0] if story.reporters else rng.choice(["本报记者", "记者", "通讯员"])
    top_limit = min(c.top for c in columns if c.top is not None) if any(c.top is not None for c in columns) else 0
    head_bottom = head[2] if head and len(head) == 3 else top_limit
    before: list[Unit] = []
    width = columns[0].x1 - columns[0].x0
    if style.head in ("across", "narrow", "side"):
        head_bottom = set_headline(story, style, (head[0], head[1], head[2]), setting, answer)
        if style.byline in ("line", "alone"):
            head_bottom += setting.size * 0.4
            size = setting.size * 1.05
            align = "center" if style.head == "narrow" or style.align == "center" else rng.choice(["left", "right"])
            setting.sheet.set_line(Line(byline_text(style, names, role)), head[0], head_bottom + size,
                                   head[1] - head[0], "kai", size, setting.group * 10 + 1, align=align)
            head_bottom += size * 1.3
        head_bottom += setting.size * rng.uniform(0.6, 1.4)
    elif style.head == "vertical":
        set_vertical_head(story, style, head, names, setting, answer)
    if style.byline == "block":
        before.append(Unit([Line(byline_text(style, names, role))], "hei", setting.size))
    if style.continued_from:
        before.append(Unit([Line(f"（上接第{style.continued_from}版）")], style.body_face, setting.size,
                           align=rng.choice(["left", "right"])))
    tops = [c.top if c.top is not None else head_bottom for c in columns]
    photo_bottom = _photo(columns, tops, style, caption, setting, answer) if caption and style.photo != "none" else 0
    opening, dateline = opening_and_dateline(story, style, names, role, rng)
    source = paragraphs if paragraphs is not None else story.paragraphs
    subheads = story.subheads if paragraphs is None else set()
    after: list[Unit] = []
    if style.byline == "closing":
        after.append(Unit([Line(f"（{role} {' '.join(names)}）")], style.body_face, setting.size, align="right"))
    if dateline and dateline.endswith("电") and not style.continues_to and style.byline in ("closing", "none") \
            and rng.random() < 0.4:  # the dateline closes the article instead of opening it
        opening = ""
        after.append(Unit([Line(f"（{dateline}）")], style.body_face, setting.size, align="right"))
        setting.features.append("dateline-at-end")
    cut_first = bool(style.continues_to) and len(source) >= 3
    for count in range(len(source) - cut_first, 0, -1):
        if count - 1 in subheads:
            continue
        notes = [Unit([Line(f"（下转第{style.continues_to}版）")], style.body_face, setting.size, align="right")] \
            if style.continues_to and count < len(source) else []
        units = before + body_units(source[:count], subheads, opening, style, width, setting) + after + notes
        if _fill(units, tops, columns, setting.lead, max(c.bottom for c in columns)) is None:
            continue
        bottom = flow(units, tops, columns, setting)
        body = source[:count]
        answer.update(dateline=dateline, bylines=list(names) if style.byline != "none" else [],
                      subheads=[body[i] for i in sorted(subheads) if i < count], **body_fields(body))
        if notes:
            setting.features.append("continues-to")
        if count < len(source) and not notes:
            setting.features.append("trimmed")
        return answer, max(bottom or 0, photo_bottom)
    return None
