"""The one document model that every stage reads and writes.

Edition -> Page -> Article, with the source ``Block``s kept on the page as
provenance. Sources create blocks, layout assigns roles and builds articles,
enrichment fills the who/where/when fields, exporters and the archive only
read. ``to_dict`` gives exactly the JSON contract (schema ``banmian/1.x``,
see schema_version.py); ``from_dict`` reads it back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .schema_version import SCHEMA_ID, check_readable

BBox = tuple[float, float, float, float]


def union(boxes: list[BBox]) -> BBox:
    """The smallest box holding all of ``boxes`` (at least one)."""
    if len(boxes) == 1:
        return tuple(boxes[0])  # type: ignore[return-value]
    x0s, y0s, x1s, y1s = zip(*boxes)
    return (min(x0s), min(y0s), max(x1s), max(y1s))


def within(box: BBox, outer: BBox, slack: float = 0.0) -> bool:
    """Does ``box`` lie inside ``outer``, give or take ``slack`` points (a
    line drawn on a frame's edge still counts as in the frame)?"""
    return (outer[0] - slack <= box[0] and outer[1] - slack <= box[1]
            and box[2] <= outer[2] + slack and box[3] <= outer[3] + slack)


class Role(StrEnum):
    """What a block of text is on the page."""

    KICKER = "kicker"
    TITLE = "title"
    SUBTITLE = "subtitle"
    BYLINE = "byline"
    DATELINE = "dateline"
    BODY = "body"
    SUBHEADING = "subheading"
    CAPTION = "caption"
    CREDIT = "credit"
    CONTINUATION = "continuation"
    HEADER = "header"
    FOOTER = "footer"
    OTHER = "other"


@dataclass(slots=True)
class Block:
    """A run of text lines from a source, with where it came from.

    ``line_start`` is the 1-based line number in a text source; ``bbox`` and
    ``font_size`` are set by geometric sources (PDF, OCR), in PDF points, and
    ``line_bboxes`` (one box per line, since 1.2) where layout knows them, for
    exports that place every line (ALTO).
    """

    lines: list[str]
    role: Role = Role.OTHER
    page: int | None = None
    line_start: int | None = None
    bbox: BBox | None = None
    font_size: float | None = None
    #: unique in its edition (``"3.12"``: page position 3, block 12); set by :mod:`banmian.provenance`
    id: str | None = None
    line_bboxes: list[BBox] | None = None
    #: set vertically (one glyph a line in an extractor's stream, put back on one line): a headline
    #: or a name standing in a strip of its own; layout reads it, exports do not carry it
    vertical: bool = False

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def line_end(self) -> int | None:
        """1-based number of the last source line (inclusive)."""
        if self.line_start is None:
            return None
        return self.line_start + len(self.lines) - 1

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"role": str(self.role), "text": self.text}
        if self.id is not None:
            out["id"] = self.id
        if self.page is not None:
            out["page"] = self.page
        if self.line_start is not None:
            out["lines"] = [self.line_start, self.line_end]
        if self.bbox is not None:
            out["bbox"] = [round(v, 2) for v in self.bbox]
        if self.font_size is not None:
            out["font_size"] = round(self.font_size, 2)
        if self.line_bboxes is not None:
            out["line_bboxes"] = [[round(v, 2) for v in b] for b in self.line_bboxes]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Block:
        lines = data.get("lines")
        bbox = data.get("bbox")
        line_bboxes = data.get("line_bboxes")
        return cls(str(data.get("text", "")).split("\n"), Role(data.get("role", "other")), page=data.get("page"),
                   line_start=lines[0] if lines else None, bbox=tuple(bbox) if bbox else None,  # type: ignore[arg-type]
                   font_size=data.get("font_size"), id=data.get("id"),
                   line_bboxes=[tuple(b) for b in line_bboxes] if line_bboxes is not None else None)  # type: ignore[misc]


@dataclass(slots=True)
class Provenance:
    """The ids of the blocks each field of an article came from."""

    kicker: list[str] = field(default_factory=list)
    title: list[str] = field(default_factory=list)
    subtitle: list[str] = field(default_factory=list)
    bylines: list[list[str]] = field(default_factory=list)
    dateline: list[str] = field(default_factory=list)
    paragraphs: list[list[str]] = field(default_factory=list)
    captions: list[list[str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"kicker": list(self.kicker), "title": list(self.title), "subtitle": list(self.subtitle),
                "bylines": [list(x) for x in self.bylines], "dateline": list(self.dateline),
                "paragraphs": [list(x) for x in self.paragraphs], "captions": [list(x) for x in self.captions]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Provenance:
        return cls(list(data.get("kicker", [])), list(data.get("title", [])), list(data.get("subtitle", [])),
                   [list(x) for x in data.get("bylines", [])], list(data.get("dateline", [])),
                   [list(x) for x in data.get("paragraphs", [])], [list(x) for x in data.get("captions", [])])


def is_light(color: int) -> bool:
    """An sRGB colour so light that text in it is printed on a dark panel."""
    return min((color >> 16) & 0xFF, (color >> 8) & 0xFF, color & 0xFF) >= 0xE0


#: marks set after a run-in lead phrase to close it (城南公园完成改造■经过半年施工…): no text of the phrase
LEAD_MARKS = "■□◆◇●○★☆▲△"


@dataclass(slots=True)
class TextLine:
    """One visual line of a geometric source (PDF text layer, OCR): a run of
    glyphs on one baseline, or one vertical stack (竖排), in reading order.

    Every geometric source yields these and layout reads only these, so the
    layout engine is the same for PDF, OCR and any later source. ``order``
    is the position in the source's drawing (content-stream) order."""

    text: str
    bbox: BBox
    size: float
    bold: bool = False
    vertical: bool = False
    font: str = ""
    order: int = 0
    #: fill colour as sRGB (0 black): light text is printed reversed out of a dark panel
    color: int = 0
    #: the recogniser's confidence (0-1) for an OCR line; None for a text layer
    confidence: float | None = None
    #: characters at the line's start set bold when the rest is not (a run-in lead phrase); 0 if none
    bold_lead: int = field(default=0, compare=False)
    # the edges, read millions of times by layout: plain attributes, not properties
    x0: float = field(init=False, repr=False, compare=False)
    y0: float = field(init=False, repr=False, compare=False)
    x1: float = field(init=False, repr=False, compare=False)
    y1: float = field(init=False, repr=False, compare=False)

    # (the dataclass's own __init__ with its edges set in it, no __post_init__ call: a line of every page
    # is made once or more, a ninth of the cost; the dataclass keeps an __init__ written in the class)
    def __init__(self, text: str, bbox: BBox, size: float, bold: bool = False, vertical: bool = False,
                 font: str = "", order: int = 0, color: int = 0, confidence: float | None = None,
                 bold_lead: int = 0) -> None:
        self.text = text
        self.bbox = bbox
        self.size = size
        self.bold = bold
        self.vertical = vertical
        self.font = font
        self.order = order
        self.color = color
        self.confidence = confidence
        self.bold_lead = bold_lead
        self.x0, self.y0, self.x1, self.y1 = bbox

    @property
    def width(self) -> float:
        return self.bbox[2] - self.bbox[0]

    @property
    def height(self) -> float:
        return self.bbox[3] - self.bbox[1]


@dataclass(slots=True)
class PageContent:
    """What one geometric page holds, in points (origin top left): its text
    lines, images, rules (thin strokes) and boxes (frames, bars, shadings)."""

    index: int
    width: float
    height: float
    lines: list[TextLine] = field(default_factory=list)
    images: list[BBox] = field(default_factory=list)
    rules: list[BBox] = field(default_factory=list)
    boxes: list[BBox] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Headline:
    """The headline tiers: 引题 kicker, 主题 title, 副题 subtitle."""

    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kicker": self.kicker, "title": self.title, "subtitle": self.subtitle}


@dataclass(slots=True)
class Byline:
    """One named contributor and the role the page gives them (记者, 通讯员, ...)."""

    role: str | None
    name: str

    def to_dict(self) -> dict[str, Any]:
        return {"role": self.role, "name": self.name}


@dataclass(slots=True)
class Caption:
    """A photo caption and the photographer it credits (张三 摄)."""

    text: str
    credit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "credit": self.credit}


@dataclass(slots=True)
class Person:
    """A person named in the body, with every title the text gives them."""

    name: str
    titles: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "titles": list(self.titles)}


@dataclass(slots=True)
class Place:
    """A place named in the body; ``division`` is its administrative path
    (广东省, 茂名市, 茂南区) when it could be resolved, else empty."""

    name: str
    division: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "division": list(self.division)}


@dataclass(slots=True)
class DateMention:
    """A date expression in the text resolved to ISO dates (``start`` and
    ``end`` equal for a single day; null when it cannot be resolved)."""

    text: str
    start: str | None = None
    end: str | None = None
    part_of_day: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end,
                "part_of_day": self.part_of_day}


@dataclass(slots=True)
class Article:
    """One article of a page. Unknown values stay ``None`` or empty."""

    id: str
    headline: Headline = field(default_factory=Headline)
    bylines: list[Byline] = field(default_factory=list)
    dateline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    continued_from: int | None = None
    continues_to: int | None = None
    bbox: list[BBox] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    event_date: str | None = None
    event_type: str | None = None
    blocks: list[Block] = field(default_factory=list, repr=False)
    provenance: Provenance = field(default_factory=Provenance, repr=False)
    #: mean OCR confidence (0-1) of the article's lines, weighted by characters; None unless OCR'd (1.3)
    ocr_confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {
            "id": self.id,
            "headline": self.headline.to_dict(),
            "bylines": [b.to_dict() for b in self.bylines],
            "dateline": self.dateline,
            "paragraphs": list(self.paragraphs),
            "captions": [c.to_dict() for c in self.captions],
            "continued_from": self.continued_from,
            "continues_to": self.continues_to,
            "bbox": [list(b) for b in self.bbox],
            "people": [p.to_dict() for p in self.people],
            "places": [p.to_dict() for p in self.places],
            "organizations": list(self.organizations),
            "dates": [d.to_dict() for d in self.dates],
            "event_date": self.event_date,
            "event_type": self.event_type,
            "blocks": [b.to_dict() for b in self.blocks],
            "provenance": self.provenance.to_dict(),
        }
        if self.ocr_confidence is not None:
            out["ocr_confidence"] = self.ocr_confidence
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        head = data.get("headline") or {}
        return cls(
            id=data["id"],
            headline=Headline(head.get("kicker"), head.get("title"), head.get("subtitle")),
            bylines=[Byline(b.get("role"), b["name"]) for b in data.get("bylines", [])],
            dateline=data.get("dateline"),
            paragraphs=list(data.get("paragraphs", [])),
            captions=[Caption(c["text"], c.get("credit")) for c in data.get("captions", [])],
            continued_from=data.get("continued_from"),
            continues_to=data.get("continues_to"),
            bbox=[tuple(b) for b in data.get("bbox", [])],  # type: ignore[misc]
            people=[Person(p["name"], list(p.get("titles", []))) for p in data.get("people", [])],
            places=[Place(p["name"], list(p.get("division", []))) for p in data.get("places", [])],
            organizations=list(data.get("organizations", [])),
            dates=[DateMention(d["text"], d.get("start"), d.get("end"), d.get("part_of_day"))
                   for d in data.get("dates", [])],
            event_date=data.get("event_date"),
            event_type=data.get("event_type"),
            blocks=[Block.from_dict(b) for b in data.get("blocks", [])],
            provenance=Provenance.from_dict(data.get("provenance") or {}),
            ocr_confidence=data.get("ocr_confidence"),
        )


@dataclass(slots=True)
class Page:
    """One newspaper page: its articles and the blocks no article took."""

    number: int | None = None
    section: str | None = None
    source: str | None = None
    articles: list[Article] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list, repr=False)
    width: float | None = None
    height: float | None = None
    #: what the page header or footer told: paper, date, weekday, editors ...
    meta: dict[str, str] = field(default_factory=dict)
    #: problems met on this page (glyphs without Unicode, needs OCR, layout failed ...)
    warnings: list[str] = field(default_factory=list, repr=False)
    #: "parsed", or "failed" when layout gave up on the page (its text is then missing)
    status: str = "parsed"
    #: the photos (and other pictures) on the page, in points (since 1.2)
    images: list[BBox] = field(default_factory=list)
    #: how an OCR'd page was read (engine, dpi, deskew angle, why OCR ...); None for text input (1.3)
    ocr: dict[str, Any] | None = None

    @property
    def unassigned(self) -> list[Block]:
        """Blocks that belong to no article (page header, footer, stray text)."""
        taken = {id(b) for a in self.articles for b in a.blocks}
        return [b for b in self.blocks if id(b) not in taken]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "number": self.number,
            "section": self.section,
            "source": self.source,
            "articles": [a.to_dict() for a in self.articles],
            "unassigned": [b.to_dict() for b in self.unassigned],
            "status": self.status,
            "warnings": list(self.warnings),
        }
        if self.width is not None:
            out["size"] = [self.width, self.height]
        if self.meta:
            out["meta"] = dict(self.meta)
        if self.images:
            out["images"] = [[round(v, 2) for v in b] for b in self.images]
        if self.ocr is not None:
            out["ocr"] = dict(self.ocr)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Page:
        size = data.get("size") or [None, None]
        page = cls(
            number=data.get("number"),
            section=data.get("section"),
            source=data.get("source"),
            articles=[Article.from_dict(a) for a in data.get("articles", [])],
            width=size[0],
            height=size[1],
            meta=dict(data.get("meta") or {}),
            warnings=list(data.get("warnings") or []),
            status=data.get("status") or "parsed",
            images=[tuple(b) for b in data.get("images") or []],  # type: ignore[misc]
            ocr=dict(data["ocr"]) if data.get("ocr") else None,
        )
        page.blocks = [Block.from_dict(u) for u in data.get("unassigned", [])]
        return page


@dataclass(slots=True)
class Edition:
    """One issue of a paper: its name, date and pages."""

    paper: str | None = None
    date: str | None = None
    pages: list[Page] = field(default_factory=list)

    @property
    def articles(self) -> list[Article]:
        return [a for p in self.pages for a in p.articles]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_ID,
            "edition": {"paper": self.paper, "date": self.date},
            "pages": [p.to_dict() for p in self.pages],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Edition:
        check_readable(data.get("schema"))
        ed = data.get("edition") or {}
        return cls(paper=ed.get("paper"), date=ed.get("date"),
                   pages=[Page.from_dict(p) for p in data.get("pages", [])])
