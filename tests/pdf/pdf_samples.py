"""Small newspaper page PDFs built with PyMuPDF for the PDF tests.

All text is written for these tests (nothing is copied from ../shared). A
page has a header band (paper, date, weekday, 第N版, section, editors) over a
full-width rule, then articles set in columns with an indented first line
per paragraph, the way the benchmark's typesetter and real papers do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

import banmian
from banmian.model import Article

BODY = 10.0
LINE = 15.0
GUTTER = 12.0
FONT = "china-ss"
HEAD_FONT = "china-s"

Drawer = Callable[[pymupdf.Page, tuple[float, float], str, float], None]


def draw_plain(page: pymupdf.Page, at: tuple[float, float], text: str, size: float) -> None:
    page.insert_text(at, text, fontname=FONT, fontsize=size)


def draw_char_by_char(page: pymupdf.Page, at: tuple[float, float], text: str, size: float) -> None:
    """Every glyph its own text object, as some typesetting systems write them."""
    for i, ch in enumerate(text):
        page.insert_text((at[0] + i * size, at[1]), ch, fontname=FONT, fontsize=size)


def draw_digits_in_latin_font(page: pymupdf.Page, at: tuple[float, float], text: str, size: float) -> None:
    """CJK in the CJK font, every ASCII run in Helvetica (its own span)."""
    x = at[0]
    run = ""
    for ch in text + "\0":
        if ch != "\0" and (ch.isascii() == (run[:1].isascii() if run else ch.isascii())):
            run += ch
            continue
        if run:
            if run.isascii():
                page.insert_text((x, at[1]), run, fontname="helv", fontsize=size)
                x += pymupdf.get_text_length(run, fontname="helv", fontsize=size)
            else:
                page.insert_text((x, at[1]), run, fontname=FONT, fontsize=size)
                x += len(run) * size
        run = ch if ch != "\0" else ""


def draw_fake_bold(page: pymupdf.Page, at: tuple[float, float], text: str, size: float) -> None:
    """The same text twice, 0.4 pt apart: how some systems fake a bold face."""
    page.insert_text(at, text, fontname=HEAD_FONT, fontsize=size)
    page.insert_text((at[0] + 0.4, at[1] + 0.3), text, fontname=HEAD_FONT, fontsize=size)


def write_line(page: pymupdf.Page, at: tuple[float, float], text: str, size: float = 10,
               render_mode: int = 0) -> None:
    """One line through a TextWriter in the CJK font (render mode 2: filled and
    stroked, as some writers fake bold)."""
    writer = pymupdf.TextWriter(page.rect)
    writer.append(at, text, font=pymupdf.Font("china-s"), fontsize=size)
    writer.write_text(page, render_mode=render_mode)


@dataclass
class Story:
    title: str
    paragraphs: list[str]
    kicker: str | None = None
    subtitle: str | None = None
    columns: int = 2
    photo: tuple[str, str] | None = None  # caption, credit line
    head_drawer: Drawer | None = None
    body_drawer: Drawer = draw_plain
    trailer: str | None = None  # a line after the body, e.g. （下转第2版）
    opener: str | None = None  # a line before the body, e.g. （上接第1版）
    placed: dict[str, object] = field(default_factory=dict)


def header(page: pymupdf.Page, number: int, paper: str = "江城日报", date: str = "2020年1月15日",
           weekday: str = "星期三", section: str = "要闻", editors: str = "责任编辑：李明　王芳") -> None:
    page.insert_text((36, 70), paper, fontname=HEAD_FONT, fontsize=28)
    page.insert_text((200, 58), f"{date}　{weekday}", fontname=HEAD_FONT, fontsize=10)
    page.insert_text((200, 76), editors, fontname=HEAD_FONT, fontsize=8)
    page.insert_text((page.rect.width - 150, 70), f"第{number}版　{section}", fontname=HEAD_FONT, fontsize=14)
    page.draw_line((36, 92), (page.rect.width - 36, 92), width=1.5)


def band_header(page: pymupdf.Page, number: int, paper: str = "河西日报", date: str = "2025年3月6日 星期四",
                section: str = "城市", rule_end: float = 40) -> None:
    """A header of one 9-point line (paper, date and weekday, 第N版, section) 40 points in, over a rule
    that stops ``rule_end`` points short of the page's right edge."""
    page.insert_text((40, 50), f"{paper}  {date}  第{number}版  {section}", fontname=FONT, fontsize=9)
    page.draw_line((40, 58), (page.rect.width - rule_end, 58))


def set_column(page: pymupdf.Page, text: str, x: float, y: float, per: int, size: float = BODY,
               lead: float = LINE, rows: int | None = None, indent: bool = True) -> str:
    """Set ``text`` in lines of ``per`` characters from the baseline at (x, y),
    ``lead`` apart, the first indented two characters (``indent``), at most
    ``rows`` lines (else until the text runs out); return the text left over."""
    k = n = 0
    while k < len(text) and (rows is None or n < rows):
        first = n == 0 and indent
        take = per - 2 if first else per
        page.insert_text((x + (2 * size if first else 0), y + n * lead), text[k:k + take], fontname=FONT,
                         fontsize=size)
        k += take
        n += 1
    return text[k:]


def set_columns(page: pymupdf.Page, text: str, lefts: tuple[float, ...], y: float, per: int, size: float = BODY,
                lead: float = LINE, rows: int | None = None, indent: bool = True) -> str:
    """Flow ``text`` down columns whose left edges are ``lefts``, each from the
    baseline ``y`` (``set_column`` in turn; only the first column's first line
    indented); return the text left over."""
    for i, x in enumerate(lefts):
        text = set_column(page, text, x, y, per, size, lead, rows, indent and i == 0)
    return text


#: two articles' bodies in one run each (no marks but the last), for pages whose columns are cut anywhere
PROJECTS = ("新区今年围绕产业升级和民生改善两条主线推出一批重点项目全区固定资产投资保持较快增长"
            "管委会有关负责人介绍新开工的项目涉及先进制造现代物流和社区服务等领域预计年内新增就业岗位三千余个"
            "为保障项目顺利推进新区建立了项目专班制度由专人跟踪协调用地审批和资金等问题做到当天问题当天解决"
            "新区还将继续优化营商环境为企业提供更加便利的服务让更多项目早日落地见效。")
OLD_STREET = ("街坊们提着碗陆续赶来掌柜的说这门手艺传到他手里已是第四代守着老方法做豆腐图的是一个实在"
              "街坊们吃着放心如今年轻的徒弟也学会了点卤的火候还在网上开了小店把老街的味道送到了更远的地方"
              "每逢节日订单多起来一家人忙到深夜也不觉得累掌柜的说只要有人爱吃这门手艺就不会断在他的手里"
              "老街改造以后来往的游客越来越多小店门前常常排起长队。")


def wrap(text: str, chars: int, indent: int = 2) -> list[tuple[str, bool]]:
    """(line, indented) pairs: the first line two characters in."""
    out: list[tuple[str, bool]] = []
    first = chars - indent
    out.append((text[:first], True))
    rest = text[first:]
    while rest:
        out.append((rest[:chars], False))
        rest = rest[chars:]
    return out


def set_story(page: pymupdf.Page, story: Story, x0: float, top: float, column_width: float) -> float:
    """Set one story in ``story.columns`` columns from ``top``; return its bottom."""
    width = story.columns * column_width + (story.columns - 1) * GUTTER
    y = top
    head = story.head_drawer or (lambda p, at, t, s: p.insert_text(at, t, fontname=HEAD_FONT, fontsize=s))
    for text, size in ((story.kicker, 13.0), (story.title, 22.0), (story.subtitle, 12.0)):
        if text:
            y += size * 1.3
            head(page, (x0, y), text, size)
    y += 8
    cols_top = [y] * story.columns
    if story.photo:
        rect = pymupdf.Rect(x0, y, x0 + column_width, y + 70)
        pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 4, 3), False)
        pix.clear_with(150)
        page.insert_image(rect, pixmap=pix, keep_proportion=False)
        caption, credit = story.photo
        cy = rect.y1 + 11
        for line in [caption[i:i + int(column_width // 9)] for i in range(0, len(caption), int(column_width // 9))]:
            page.insert_text((x0, cy), line, fontname=HEAD_FONT, fontsize=9)
            cy += 12
        page.insert_text((rect.x1 - len(credit) * 9, cy), credit, fontname=HEAD_FONT, fontsize=9)
        cols_top[0] = cy + 8
        story.placed["photo"] = tuple(rect)
    chars = int(column_width // BODY)
    lines: list[tuple[str, bool]] = []
    if story.opener:
        lines.append((story.opener, False))
    for para in story.paragraphs:
        lines.extend(wrap(para, chars))
    per_column = -(-(len(lines) + (1 if story.trailer else 0)) // story.columns)
    bottom = y
    i = 0
    for c in range(story.columns):
        cx = x0 + c * (column_width + GUTTER)
        cy = cols_top[c] + BODY
        for _ in range(per_column):
            if i >= len(lines):
                break
            text, indented = lines[i]
            story.body_drawer(page, (cx + (2 * BODY if indented else 0), cy), text, BODY)
            bottom = max(bottom, cy)
            cy += LINE
            i += 1
        if c == story.columns - 1 and story.trailer:
            page.insert_text((cx + column_width - len(story.trailer) * BODY, cy), story.trailer,
                             fontname=FONT, fontsize=BODY)
            bottom = max(bottom, cy)
    story.placed["width"] = width
    return bottom + 6


def newspaper_page(doc: pymupdf.Document, number: int, stories: list[Story], ncols: int = 6,
                   **header_args: str) -> pymupdf.Page:
    """A page with a header band and the stories side by side, rules between."""
    page = doc.new_page(width=842, height=1191)
    header(page, number, **header_args)
    column_width = (842 - 72 - GUTTER * (ncols - 1)) / ncols
    col = 0
    top = 104.0
    bottoms = []
    for story in stories:
        x0 = 36 + col * (column_width + GUTTER)
        bottoms.append(set_story(page, story, x0, top, column_width))
        col += story.columns
    bottom = max(bottoms)
    col = 0
    for story in stories[:-1]:
        col += story.columns
        x = 36 + col * (column_width + GUTTER) - GUTTER / 2
        page.draw_line((x, top), (x, bottom), width=0.5)
    return page


def blank_page(width: float, height: float) -> tuple[pymupdf.Document, pymupdf.Page]:
    """A new document of one page of that size, to draw on and :func:`save`."""
    doc = pymupdf.open()
    return doc, doc.new_page(width=width, height=height)


def save(doc: pymupdf.Document, path: Path) -> Path:
    doc.save(path)
    doc.close()
    return path


def page_articles(path: Path) -> list[Article]:
    """The articles of the first page of the PDF at ``path``, parsed without enrichment."""
    return banmian.parse(str(path), enrich=False).pages[0].articles


def texts_by_title(articles: list[Article]) -> dict[str | None, str]:
    """Each article's title (None for a part printed with no headline) and its paragraphs run together."""
    return {a.headline.title: "".join(a.paragraphs) for a in articles}


def titled_texts(path: Path) -> dict[str | None, str]:
    """:func:`texts_by_title` of the page PDF at ``path``, parsed without enrichment."""
    return texts_by_title(page_articles(path))


BODY_A = ("本报讯 市图书馆新馆昨日正式向读者开放，新馆共有阅览座位一千二百个，藏书八十万册，"
          "周一至周日全天开放。")
BODY_B = "开馆首日，不少市民一早就在门口排起长队。读者王女士说，新馆环境安静，借书也更方便了。"
BODY_C = ("据介绍，新馆还设有少儿阅读区和数字阅读体验区，读者可以用手机预约座位，"
          "也可以在线续借图书。馆方表示，今后将定期举办讲座和展览。")
BODY_D = "区气象台提醒，本周后期将有一次明显降温过程，请市民注意防寒保暖，出行注意交通安全。"
