"""Real People's Daily articles, read from the shared corpus at run time, cut into the
parts a typesetter prints separately: headline tiers, dateline, reporters, paragraphs.

Only articles whose parts can be told apart without guessing are kept; nothing of the
corpus is stored in the repository.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

ROLES = ("本报记者", "特约记者", "实习生", "通讯员", "记者")
_HAN_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
_DATELINE = re.compile(r"^(本报讯|本报[\u4e00-\u9fff\d]{0,14}?电|新华社[\u4e00-\u9fff\d]{0,14}?电)")
_NAMES_AT_END = re.compile(r"（([\u4e00-\u9fff]{2,4}(?:[\s、][\u4e00-\u9fff]{2,4})*)）$")
_BRACKET = re.compile(r"^\s*（([^（）]{2,40})）")
_SENTENCE_END = "。！？”…）」"
_FURNITURE = re.compile(r"(制图|摄$|摄）$|版式设计|图片|数据来源|资料来源|编者|统筹|图为|^（.{0,20}电）$)")
_BAD_OPENING = re.compile(r"^[■●◆▲★【图①②③④⑤]")
_AUTHOR_NOTE = re.compile(r"^（作者(为|单位)[^（）]{2,60}）$")
_CLOSING_BYLINE = re.compile(r"^（(本报记者|记者)\s*([\u4e00-\u9fff、\s]{2,30})）$")


@dataclass(slots=True)
class Story:
    """One article's printable parts; ``subheads`` are indexes into ``paragraphs``."""

    key: str
    date: str
    page: int
    kicker: str | None
    title: str
    subtitle: str | None
    dateline: str | None
    reporters: list[tuple[str, str]]  # (role, name) as the corpus prints them
    paragraphs: list[str]
    subheads: set[int] = field(default_factory=set)
    author_note: bool = False

    @property
    def length(self) -> int:
        return sum(len(p) for p in self.paragraphs)


def clean_body(text: str) -> str:
    """White space next to a full-width character goes; other runs become one space."""
    text = text.replace("\xa0", " ").replace("\u3000", " ")
    text = re.sub(r"\s+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()


def clean_headline(text: str | None) -> str | None:
    """As clean_body, but a gap between two full-width phrases stays as one space."""
    if not text:
        return None
    text = re.sub(r"[\s\xa0\u3000]+", " ", text).strip()
    return text or None


def _names(chunk: str) -> list[tuple[str, str]] | None:
    """``记者杜一菲`` / ``记者 王珂、郑海鸥 通讯员 李四`` -> [(role, name)], None if unsure."""
    out: list[tuple[str, str]] = []
    role = None
    for token in re.split(r"[\s、]+", chunk.strip()):
        for candidate in ROLES:
            if token.startswith(candidate):
                role, token = candidate, token[len(candidate):]
                break
        if not token:
            continue
        if role is None or not _HAN_NAME.match(token):
            return None
        out.append((role, token))
    return out or None


def split_opening(first: str) -> tuple[str | None, list[tuple[str, str]], str] | None:
    """Dateline, bracketed reporters and the rest of a first paragraph; None when unsure."""
    match = _DATELINE.match(first)
    if not match:
        return None, [], first
    rest = first[match.end():].lstrip()
    reporters: list[tuple[str, str]] = []
    bracket = _BRACKET.match(rest)
    if bracket:
        names = _names(bracket.group(1))
        if names is None:
            return None
        reporters, rest = names, rest[bracket.end():]
    rest = rest.strip()
    if len(rest) < 10:
        return None
    return match.group(1), reporters, rest


def _is_subhead(text: str) -> bool:
    return len(text) <= 26 and text[-1] not in _SENTENCE_END + "：；，" and "。" not in text


def story_from_row(row: dict) -> Story | None:
    """A corpus row as a Story, or None when some part would be a guess."""
    title = clean_headline(row.get("title"))
    paragraphs = [clean_body(p) for p in row.get("paragraphs") or []]
    paragraphs = [p for p in paragraphs if p]
    if not title or len(title) > 30 or len(paragraphs) < 2:
        return None
    reporters: list[tuple[str, str]] = []
    while paragraphs and (_FURNITURE.search(paragraphs[-1]) or len(paragraphs[-1]) < 12
                          and paragraphs[-1][-1] not in _SENTENCE_END):
        paragraphs.pop()
    if paragraphs and (closing := _CLOSING_BYLINE.match(paragraphs[-1])):
        reporters = _names(f"{closing.group(1)} {closing.group(2)}") or []
        paragraphs.pop()
    if paragraphs and (tail := _NAMES_AT_END.search(paragraphs[-1])) and not reporters:
        reporters = [("记者", n) for n in re.split(r"[\s、]+", tail.group(1))]
        paragraphs[-1] = paragraphs[-1][:tail.start()].rstrip()
        if not paragraphs[-1]:
            paragraphs.pop()
    if len(paragraphs) < 2 or paragraphs[-1].startswith("（") and not _AUTHOR_NOTE.match(paragraphs[-1]):
        return None
    opening = split_opening(paragraphs[0])
    if opening is None:
        return None
    dateline, bracket_names, paragraphs[0] = opening
    reporters = bracket_names or reporters or []
    if any(not _HAN_NAME.match(name) for _, name in reporters):
        return None
    note = bool(_AUTHOR_NOTE.match(paragraphs[-1]))
    for index, text in enumerate(paragraphs):
        if _BAD_OPENING.match(text) or _FURNITURE.search(text) and not (note and index == len(paragraphs) - 1):
            return None
        if index and _DATELINE.match(text):
            return None
    if paragraphs[-1][-1] not in _SENTENCE_END:
        return None
    subheads = {i for i, p in enumerate(paragraphs) if 0 < i < len(paragraphs) - 1 and _is_subhead(p)}
    if any(p[-1] not in _SENTENCE_END and i not in subheads for i, p in enumerate(paragraphs)):
        return None  # a short line that is neither sentence nor subhead: a label, not settled
    return Story(key=f"{row['date']}/{row['page']}/{row['seq']}", date=row["date"], page=int(row["page"]),
                 kicker=clean_headline(row.get("kicker")), title=title, subtitle=clean_headline(row.get("subtitle")),
                 dateline=dateline, reporters=reporters, paragraphs=paragraphs, subheads=subheads, author_note=note)


def load_stories(path: Path) -> list[Story]:
    """Every usable article of the corpus file, in corpus order."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    stories = [story_from_row(row) for row in rows]
    return [s for s in stories if s is not None and (not s.kicker or len(s.kicker) <= 40)
            and (not s.subtitle or len(s.subtitle) <= 60)]


def name_pool(stories: list[Story]) -> list[str]:
    """Reporters' names seen in the corpus: for bylines of columns the corpus prints unsigned."""
    return sorted({name for story in stories for _, name in story.reporters})


def caption_sentences(stories: list[Story]) -> list[str]:
    """Plain sentences of 16-46 characters, for photo captions."""
    out = []
    for story in stories:
        for paragraph in story.paragraphs[1:]:
            for sentence in re.findall(r"[^。！？]+。", paragraph):
                if 16 <= len(sentence) <= 46 and not re.search(r"[“”（）《》\s]", sentence):
                    out.append(sentence)
    return sorted(set(out))
