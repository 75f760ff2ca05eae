"""Articles of the shared People's Daily corpus, cleaned for setting on a page.

The corpus is read at run time (never copied into the repository). Each first
paragraph still holds its dateline and bracketed byline as printed; they are
split off here so that the typesetter can print them in forms of its own.
"""

from __future__ import annotations

import gzip
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = "corpora/rmrb-2019-02.jsonl.gz"

ROLES = ("本报记者", "特约记者", "记者", "通讯员", "实习生")
_ROLE_RE = "|".join(ROLES)
_DATELINE = re.compile(r"^(本报讯|本报电|新华社电|(?:本报|新华社)[\u4e00-\u9fff]{1,12}?\d{1,2}月\d{1,2}日电)\s*(?:（([^（）]{2,40})）)?\s*")
_CLOSING_DATELINE = re.compile(r"^（((?:本报|新华社)[\u4e00-\u9fff]{1,12}?\d{1,2}月\d{1,2}日电)）$")
_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
#: paragraphs that are page furniture or boxes in the source, not running text
_UNWANTED = re.compile(r"核心阅读|制图|图为|邮箱|责编|扫码|http|@|版式设计|[■▲●◆□◎|]|本期|图片来源|以上|见下表|下图|摄$|^(?:本报|新华社)?(?:记者|通讯员)[\u4e00-\u9fff、 ]{2,12}$|图片报道|^第[一二三四五六七八九十]+[条章]")
_SENTENCE = re.compile(r".*?(?:[。！？；]+[”’」』）]*|…+[”’」』）]*|$)", re.S)
_ASCII_GAP = re.compile(r"(?<=[A-Za-z0-9.,%]) +(?=[A-Za-z0-9])")


def shared_dir() -> Path | None:
    """The shared data folder ($BANMIAN_SHARED, else ../shared beside the repository), or None."""
    env = os.environ.get("BANMIAN_SHARED")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parents[3] / "shared")
    return next((p for p in candidates if (p / CORPUS).exists()), None)


def clean(text: str) -> str:
    """Printed form of a corpus string: white space dropped except between Latin words."""
    text = text.replace("\u00a0", " ").replace("\u3000", " ").strip()
    text = _ASCII_GAP.sub("\0", text)
    return re.sub(r"\s+", "", text).replace("\0", " ")


def clean_title(text: str | None) -> str | None:
    """A heading with its phrase gaps kept as one ASCII space."""
    if not text:
        return None
    text = re.sub(r"[\s\u00a0\u3000]+", " ", text).strip()
    text = re.sub(r"[（(][^（）()]{1,24}[）)]$", "", text).strip()  # the web edition's column tag
    return text or None


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph, closing quotes kept with their sentence."""
    return [s for s in (m.group(0) for m in _SENTENCE.finditer(text)) if s.strip()]


def parse_names(bracket: str) -> list[tuple[str, str]] | None:
    """(role, name) pairs of a bracketed byline such as 记者杜一菲、王明 通讯员李四; None if not one."""
    pairs = []
    for role, names in re.findall(rf"({_ROLE_RE})\s*([^\s]*?(?:\s+[^\s]+?)*?)(?=\s*(?:{_ROLE_RE})|$)", bracket.strip()):
        for name in re.split(r"[、\s]+", names.strip()):
            if not _NAME.match(name):
                return None
            pairs.append((role, name))
    return pairs or None


@dataclass(slots=True)
class Article:
    """One corpus article, split into the parts the typesetter prints separately."""

    date: str
    kicker: str | None
    title: str
    subtitle: str | None
    paragraphs: list[str]
    dateline: str | None = None
    bylines: list[tuple[str, str]] = field(default_factory=list)
    closing_dateline: bool = False

    @property
    def length(self) -> int:
        return sum(len(p) for p in self.paragraphs)


def _article(row: dict) -> Article | None:
    title = clean_title(row.get("title"))
    paragraphs = [clean(p) for p in row.get("paragraphs") or []]
    paragraphs = [p for p in paragraphs if p]
    if not title or not 4 <= len(title) <= 36 or not paragraphs or _UNWANTED.search(title):
        return None
    article = Article(row["date"], clean_title(row.get("kicker")), title, clean_title(row.get("subtitle")), paragraphs)
    for tier in (article.kicker, article.subtitle):
        if tier and (len(tier) > 40 or _UNWANTED.search(tier)):
            return None
    if len(paragraphs) > 1 and paragraphs[0][:16] in "".join(paragraphs[1:]):
        paragraphs.pop(0)  # the web edition's summary, repeated from the text
    match = _DATELINE.match(paragraphs[0])
    if match:
        article.dateline = match.group(1)
        if match.group(2):
            names = parse_names(match.group(2))
            if names is None:
                return None
            article.bylines = names
        paragraphs[0] = paragraphs[0][match.end():]
    closing = _CLOSING_DATELINE.match(paragraphs[-1])
    if closing and not article.dateline:
        article.dateline, article.closing_dateline = closing.group(1), True
        paragraphs.pop()
    while paragraphs and paragraphs[-1].startswith("（") and "作者" not in paragraphs[-1]:
        paragraphs.pop()
    if not paragraphs or not paragraphs[0] or any(_UNWANTED.search(p) or p.startswith("（") and "作者" not in p
                                                  for p in paragraphs):
        return None
    if any(len(p) > 600 for p in paragraphs) or len(paragraphs[0]) < 16 and not paragraphs[0].endswith(("。", "！", "？", "”")):
        return None
    return article


def load(root: Path | None = None) -> list[Article]:
    """The usable articles of the corpus, in file order."""
    root = root or shared_dir()
    if root is None:
        raise FileNotFoundError(f"shared data not found: set BANMIAN_SHARED (needs {CORPUS})")
    with gzip.open(root / CORPUS, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [a for a in map(_article, rows) if a is not None]


def name_pool(articles: list[Article]) -> list[str]:
    """Reporters' names printed in the corpus bylines, for credits and added bylines."""
    return sorted({name for a in articles for _, name in a.bylines})
