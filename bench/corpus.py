"""Load the real People's Daily articles and clean them into exact answers.

The corpus gives each article as printed: the dateline and a bracketed byline
are still inside the first paragraph, credits trail the body, and spacing is
whatever the source had. Here every article becomes a :class:`SourceArticle`:
canonical text (so that truth == what the benchmark page prints) plus the
parts the page prints around the body. Articles whose exact answer would be a
guess are skipped and counted, never invented.

The hard constructs real pages have are kept, with the answer the contract
gives them (bench/README.md lists them): the first dateline opening a
paragraph is the ``dateline`` even after lead-in paragraphs, and a later one
(a second report of a compilation) stays in its paragraph as printed; a bare
byline paragraph inside the body (本报记者 张三) is bylines, not body; a
credit inside the body (——编者, 制图：, 统筹：) is not body; a photo caption
with its credit inside the body (图②：…… / 本报记者 张三摄) is a caption.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

CORPUS_NAME = "rmrb-2019-02.jsonl.gz"

#: byline roles as printed, longest first so 本报记者 wins over 记者
BYLINE_ROLES = ("人民日报记者", "新华社记者", "本报记者", "特约记者", "见习记者", "记者", "通讯员", "实习生")

DATELINE = re.compile(r"^(本报讯|(?:本报|新华社|人民日报)[^，。（）“”\s]{0,14}?电)")
_AFTER_DATELINE = re.compile(r"[\s（(]")
_BRACKET_AT_START = re.compile(r"^\s*([（(])([^（）()]{1,80})([）)])")
_WHOLLY_BRACKETED = re.compile(r"^[（(][^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*[）)]$")
_NAME = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,12})$")
_NAME_SEPARATORS = re.compile(r"[\s、，,]+")
_BARE_BYLINE = re.compile(r"^(?:" + "|".join(BYLINE_ROLES) + r")(?!手记$)[\u4e00-\u9fff、，·]{2,30}$")
_SENTENCE_END = "。！？；：…”’!?;:"
#: a photo credit line: 本报记者 王 平摄, 李小海摄（新华社发）
_PHOTO_CREDIT = re.compile(r"^(?P<role>(?:本报|人民网|新华社|人民日报)?(?:特约)?记者|通讯员)?\s*"
                           r"(?P<name>[\u4e00-\u9fff·](?:\s*[\u4e00-\u9fff·]){1,3})\s*摄(?:[（(][^（）()]*[）)])?$")
_CAPTION_TEXT = re.compile(r"^(?:图[①-⑳0-9]*|[上下左右]图)[:：]")
_FURNITURE_LABEL = re.compile(r"^图片说明[:：]?$")

#: credits and page furniture that trail an article; their answer is not exact
_CREDIT = re.compile(
    r"^(?:本版|本期)?(?:制图|版式设计|版式|图片来源|数据来源|资料来源|资料整理|统筹|图表|设计|摄影|图片|视频|责任编辑)[:：]"
    r"|摄(?:影报道)?(?:[（(][^（）()]*[）)])?$"
    r"|[图作](?:[（(][^（）()]*[）)])?\s*\S{1,6}文$"
    r"|^图为"
    r"|^(?:影像中国|人民视觉|·广告·|栏目投稿邮箱[:：].*|——编\s*者)$"
    r"|^看\S{2,6}\s+\S{2,8}$"
)


@dataclass(slots=True)
class Furniture:
    """What the page prints inside the body that is not body, before body
    paragraph ``before``: a ``credit`` (no field), a ``byline`` line (its
    names are bylines) or a ``caption`` (text and credit line; a caption)."""

    before: int
    kind: str
    text: str
    bylines: list[tuple[str | None, str]] = field(default_factory=list)
    credit_line: str | None = None
    credit: str | None = None


@dataclass(slots=True)
class SourceArticle:
    """One corpus article split into what the page prints around its body.

    ``opening_bracket`` is the printed （记者 X） after the dateline and
    ``closing_bracket`` a final （本报记者 X） paragraph; their names are in
    ``bylines``. All text is canonical (see :func:`canonical_body`).
    """

    date: str
    page: int
    seq: int
    kicker: str | None
    title: str | None
    subtitle: str | None
    subtitle_dash: bool
    dateline: str | None
    paragraphs: list[str]
    opening_bracket: str | None = None
    opening_bylines: list[tuple[str | None, str]] = field(default_factory=list)
    closing_bracket: str | None = None
    closing_bylines: list[tuple[str | None, str]] = field(default_factory=list)
    #: the body paragraph the dateline opens (0 unless lead-in paragraphs precede it)
    dateline_at: int = 0
    furniture: list[Furniture] = field(default_factory=list)

    @property
    def bylines(self) -> list[tuple[str | None, str]]:
        inner = [b for f in self.furniture for b in f.bylines]
        return list(dict.fromkeys(self.opening_bylines + inner + self.closing_bylines))

    @property
    def inner_captions(self) -> list[tuple[str, str | None]]:
        return [(f.text, f.credit) for f in self.furniture if f.kind == "caption"]

    @property
    def plain(self) -> bool:
        """No hard construct: the dateline (if any) opens the first paragraph, nothing inside the body."""
        return self.dateline_at == 0 and not self.furniture


@dataclass(slots=True)
class CorpusStats:
    """What cleaning did to the corpus: kept, skipped (with reasons), trimmed."""

    articles_read: int = 0
    articles_kept: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    trailers_dropped: int = 0
    closing_bylines: int = 0

    def summary(self) -> str:
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items())) or "none"
        return (f"{self.articles_kept}/{self.articles_read} corpus articles kept; skipped: {reasons}; "
                f"trailing credit paragraphs dropped: {self.trailers_dropped}")


class AmbiguousArticle(ValueError):
    """The article's exact answer cannot be derived with certainty."""


def _normalise_spaces(text: str) -> str:
    return text.replace("\xa0", " ").replace("\u3000", " ")


def _squeeze(text: str, keep_between_wide: bool) -> str:
    text = _normalise_spaces(text)

    def replace(match: re.Match[str]) -> str:
        start, end = match.start(), match.end()
        if start == 0 or end == len(text):
            return ""
        before, after = text[start - 1], text[end]
        if ord(before) > 127 and ord(after) > 127:
            return " " if keep_between_wide else ""
        if ord(before) > 127 or ord(after) > 127:
            return ""
        return " "

    return re.sub(r"\s+", replace, text).strip()


def canonical_body(text: str) -> str:
    """Body text as the benchmark prints it: no white space next to a
    non-ASCII character, one space between ASCII words."""
    return _squeeze(text, keep_between_wide=False)


def canonical_headline(text: str) -> str:
    """Like :func:`canonical_body`, but a space between two full-width
    characters stays (one space): the gap between a title's two phrases."""
    return _squeeze(text, keep_between_wide=True)


def is_wide(char: str) -> bool:
    """Full-width (CJK, full-width punctuation): everything outside ASCII."""
    return ord(char) > 127


def is_headline_like(paragraph: str) -> bool:
    """A paragraph that does not end like a sentence (a subheading, a label).
    Printed alone between blank lines it cannot be told from a headline."""
    return bool(paragraph) and paragraph[-1] not in _SENTENCE_END


def parse_bracket_bylines(inner: str, need_role: bool) -> list[tuple[str | None, str]]:
    """Names and roles of a bracketed byline such as ``记者 张三、李四 通讯员 王五``.

    A name keeps the last role printed before it. Raises
    :class:`AmbiguousArticle` when a token is not a plausible name.
    """
    tokens = [t for t in _NAME_SEPARATORS.split(_normalise_spaces(inner).strip()) if t]
    role: str | None = None
    out: list[tuple[str | None, str]] = []
    for token in tokens:
        for candidate in BYLINE_ROLES:
            if token.startswith(candidate):
                role, token = candidate, token[len(candidate):]
                break
        if not token:
            continue
        if not _NAME.match(token):
            raise AmbiguousArticle(f"bracket byline token {token!r} is not a name")
        out.append((role, token))
    if not out:
        raise AmbiguousArticle(f"bracket byline {inner!r} names nobody")
    if need_role and any(r is None for r, _ in out):
        raise AmbiguousArticle(f"closing bracket {inner!r} has a name without a role")
    return out


def parse_bare_byline(raw: str) -> tuple[str, list[str]]:
    """Role and names of a byline paragraph such as ``本报记者 刘立成 王伟川 张 杉``.

    Names are separated by white space; a two-character name may be padded
    into two one-character tokens (张 枨), so single characters pair up.
    Raises :class:`AmbiguousArticle` when a token is left alone or is no name."""
    text = _normalise_spaces(raw).strip()
    role = next((r for r in BYLINE_ROLES if text.startswith(r)), None)
    if role is None:
        raise AmbiguousArticle(f"a byline paragraph without a role: {raw!r}")
    tokens = [t for t in _NAME_SEPARATORS.split(text[len(role):]) if t]
    names: list[str] = []
    pending = ""
    for token in tokens:
        if len(token) == 1:
            pending += token
            if len(pending) == 2:
                names.append(pending)
                pending = ""
            continue
        if pending:
            raise AmbiguousArticle(f"a byline paragraph that does not split into names: {raw!r}")
        names.append(token)
    if pending or not names or not all(_NAME.match(n) for n in names):
        raise AmbiguousArticle(f"a byline paragraph that does not split into names: {raw!r}")
    return role, names


def _photo_credit(raw: str) -> str | None:
    """The photographer's name of a credit line (本报记者 贺 勇摄 -> 贺勇), else None."""
    match = _PHOTO_CREDIT.match(_normalise_spaces(raw).strip())
    if not match:
        return None
    name = re.sub(r"\s+", "", match.group("name"))
    return name if _NAME.match(name) else None


def _split_furniture(paragraphs: list[str], raw: list[str]) -> tuple[list[str], list[Furniture], dict[int, int]]:
    """Body paragraphs, the furniture printed between them, and each kept
    paragraph's new index (``raw`` is aligned with ``paragraphs``)."""
    body: list[str] = []
    furniture: list[Furniture] = []
    new_index: dict[int, int] = {}
    i = 0
    while i < len(paragraphs):
        p = paragraphs[i]
        credit = _photo_credit(raw[i + 1]) if i + 1 < len(paragraphs) and _CAPTION_TEXT.match(p) else None
        if credit:
            furniture.append(Furniture(len(body), "caption", p, credit_line=paragraphs[i + 1], credit=credit))
            i += 2
            continue
        if (_CREDIT.search(p) and len(p) <= 40) or _FURNITURE_LABEL.match(p):
            furniture.append(Furniture(len(body), "credit", p))
        elif _BARE_BYLINE.match(p):
            role, names = parse_bare_byline(raw[i])
            furniture.append(Furniture(len(body), "byline", f"{role} {' '.join(names)}",
                                       bylines=[(role, n) for n in names]))
        else:
            new_index[i] = len(body)
            body.append(p)
        i += 1
    return body, furniture, new_index


def _printed_bracket(opening: str, inner: str, closing: str) -> str:
    """The bracket as the page prints it: names keep their separators, white
    space runs become one space (so 记者 张三 李四 stays three tokens)."""
    return opening + re.sub(r"\s+", " ", _normalise_spaces(inner).strip()) + closing


def _split_dateline(first: str) -> tuple[str | None, str | None, list[tuple[str | None, str]], str]:
    """(dateline, printed bracket, bracket bylines, rest of the paragraph)."""
    text = _normalise_spaces(first).strip()
    match = DATELINE.match(text)
    if not match:
        return None, None, [], first
    rest = text[match.end():]
    if rest and not _AFTER_DATELINE.match(rest):
        raise AmbiguousArticle(f"dateline {match.group(1)!r} runs into the text {rest[:12]!r}")
    bracket = _BRACKET_AT_START.match(rest)
    if bracket:
        bylines = parse_bracket_bylines(bracket.group(2), need_role=False)
        printed = _printed_bracket(bracket.group(1), bracket.group(2), bracket.group(3))
        return match.group(1), printed, bylines, rest[bracket.end():]
    return match.group(1), None, [], rest


#: a wire's dateline the paper quotes to open a report it retells (据新华社北京2月5日电)
_QUOTED_WIRE = re.compile(r"^(据新华社[^，。（）“”\s]{0,14}?电)")


def split_quoted_wire(first: str) -> tuple[str, list[tuple[str | None, str]], str] | None:
    """A first paragraph printed as 据新华社…电 （记者…）… -> (dateline, bracket bylines, rest): the page prints
    it in the text as the corpus gives it, the answer reads it as the report's dateline (as 本报…电 is).
    None when the paragraph opens otherwise, or holds nothing after it; a bracket of no names stays text."""
    text = _normalise_spaces(first).strip()
    match = _QUOTED_WIRE.match(text)
    if not match:
        return None
    rest = text[match.end():].lstrip()
    bracket, bylines = _BRACKET_AT_START.match(rest), []
    if bracket:
        try:
            bylines = parse_bracket_bylines(bracket.group(2), need_role=False)
            rest = rest[bracket.end():]
        except AmbiguousArticle:
            pass
    return (match.group(1), bylines, rest.strip()) if rest.strip() else None


def _drop_trailers(paragraphs: list[str], stats: CorpusStats) -> list[str]:
    """Remove trailing credits, source notes and headline-like tails."""
    out = list(paragraphs)
    while out:
        last = _normalise_spaces(out[-1]).strip()
        squeezed = canonical_body(last)
        if _CREDIT.search(last) and len(squeezed) <= 40:
            pass
        elif _WHOLLY_BRACKETED.match(squeezed):
            try:
                parse_bracket_bylines(squeezed[1:-1], need_role=True)
                return out  # a closing byline: kept, split off by the caller
            except AmbiguousArticle:
                pass  # （新华社北京2月3日电）, （作者为……）: not body, not a byline
        elif is_headline_like(squeezed) and len(squeezed) <= 30:
            pass  # a bare trailing label: in text it reads as the next headline
        else:
            return out
        out.pop()
        stats.trailers_dropped += 1
    return out


def clean_article(row: dict, stats: CorpusStats) -> SourceArticle:
    """Turn one corpus row into a :class:`SourceArticle` (or raise AmbiguousArticle)."""
    raw = [p for p in (row.get("paragraphs") or []) if canonical_body(p)]
    if not raw:
        raise AmbiguousArticle("no paragraphs")
    raw = _drop_trailers(raw, stats)
    if not raw:
        raise AmbiguousArticle("only credits")
    dateline, opening, opening_bylines, rest = _split_dateline(raw[0])
    dateline_at = 0
    raw = [rest] + raw[1:]
    if dateline is None:  # lead-in paragraphs (a summary, call-outs) before the dateline
        for k in range(1, len(raw)):
            found, opening, opening_bylines, after = _split_dateline(raw[k])
            if found:
                dateline, dateline_at, raw[k] = found, k, after
                break
    paragraphs = [canonical_body(p) for p in raw]
    closing = None
    closing_bylines: list[tuple[str | None, str]] = []
    if len(paragraphs) > 1 and _WHOLLY_BRACKETED.match(paragraphs[-1]):
        last = _normalise_spaces(raw[-1]).strip()
        closing_bylines = parse_bracket_bylines(last[1:-1], need_role=True)
        closing = _printed_bracket(last[0], last[1:-1], last[-1])
        paragraphs.pop()
        stats.closing_bylines += 1
    if not paragraphs[dateline_at]:
        raise AmbiguousArticle("first paragraph holds only the dateline")
    paragraphs, furniture, new_index = _split_furniture(paragraphs, raw)
    if dateline_at not in new_index or not paragraphs:
        raise AmbiguousArticle("the dateline opens no body paragraph")
    dateline_at = new_index[dateline_at]
    if furniture and furniture[-1].before == len(paragraphs) and furniture[-1].kind != "caption":
        furniture.pop()  # a credit closing the body is a trailer, dropped as the others
    for p in paragraphs:
        if p.startswith(("（上接", "（下转", "(上接", "(下转")):
            raise AmbiguousArticle(f"a continuation note inside the body: {p[:12]!r}")
    subtitle_raw = canonical_headline(row["subtitle"]) if row.get("subtitle") else None
    subtitle_dash = bool(subtitle_raw and subtitle_raw.startswith("——"))
    subtitle = subtitle_raw.lstrip("—").strip() if subtitle_raw else None
    return SourceArticle(
        date=row["date"], page=int(row["page"]), seq=int(row["seq"]),
        kicker=canonical_headline(row["kicker"]) if row.get("kicker") else None,
        title=canonical_headline(row["title"]) if row.get("title") else None,
        subtitle=subtitle or None, subtitle_dash=subtitle_dash and bool(subtitle),
        dateline=dateline, paragraphs=paragraphs,
        opening_bracket=opening, opening_bylines=opening_bylines,
        closing_bracket=closing, closing_bylines=closing_bylines,
        dateline_at=dateline_at, furniture=furniture,
    )


def load_pages(path: Path, hard: bool = False) -> tuple[list[list[SourceArticle]], CorpusStats]:
    """The corpus as real pages: the kept articles of each (date, page) in
    printed order, pages sorted by date and number. ``hard`` keeps the
    articles with hard constructs too (the floors hold without them; the
    parser does not meet them yet, see bench/README.md)."""
    stats = CorpusStats()
    pages: dict[tuple[str, int], list[SourceArticle]] = defaultdict(list)
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            stats.articles_read += 1
            try:
                article = clean_article(row, stats)
            except AmbiguousArticle as exc:
                stats.skipped[str(exc).split(":")[0]] += 1
                continue
            if not hard and not article.plain:
                stats.skipped["hard construct (python -m bench.run --hard scores it)"] += 1
                continue
            stats.articles_kept += 1
            pages[(article.date, article.page)].append(article)
    ordered = [sorted(pages[key], key=lambda a: a.seq) for key in sorted(pages)]
    return ordered, stats


def find_corpus(shared: Path) -> Path:
    """Where the corpus lives inside the shared data folder."""
    return shared / "corpora" / CORPUS_NAME
