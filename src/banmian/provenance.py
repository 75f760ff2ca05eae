"""Provenance: which source blocks every output field came from.

Layout keeps each article's source blocks (``Article.blocks``: lines of text
with their page, bbox or line range, and role). This stage numbers every
block of an edition and records, for every headline tier, byline, dateline,
paragraph and caption, the ids of the blocks it was made from
(:class:`~banmian.model.Provenance`), as docling-core's ``ProvenanceItem``
does. It works on text, so it serves every layout (text, PDF, OCR) alike:
an output field is found again, white space aside, in the text of its
blocks, in reading order.

:func:`check_provenance` is the converse: it lists every field whose blocks
do not hold its text, whose blocks have the wrong role, and every body block
that no field came from. Tests use it to catch a layout that loses or
misplaces text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate, chain
from operator import attrgetter

from .model import Article, Block, Edition, Provenance, Role
from .layout.roles import BODY, BYLINE, CAPTION, CONTINUATION, CREDIT, DATELINE, KICKER, SUBHEADING, SUBTITLE, TITLE

_BODY_ROLES = (BODY, SUBHEADING, DATELINE, CONTINUATION)
_HEAD_ROLES = (KICKER, TITLE, SUBTITLE)
_CAPTION_ROLES = (CAPTION, CREDIT)


def compact(text: str | None) -> str:
    """``text`` without white space and dashes (split() drops what ``\\s`` matches)."""
    return _compact(text or "")


def _compact(text: str) -> str:
    """:func:`compact` of a string. A text with no space that is printable holds no white space (every
    ``isspace()`` character but U+0020 is unprintable, see :func:`.layout.reflow.clean_body_spaces`):
    most paragraphs and lines of a Chinese page, told by two scans cheaper than a ``split()`` (which
    copies the text)."""
    if " " not in text and text.isprintable():
        return text.replace("——", "")
    return "".join(text.split()).replace("——", "")


def _blocks_holding(text: str, heads: list[tuple[Block, str]]) -> list[Block]:
    """The blocks whose compacted text is in ``text`` or holds it. Blocks come in
    reading order, so each is looked for from where the last one ended first:
    searching the whole of a long headline for each of its blocks was quadratic."""
    found = []
    cursor = 0
    for block, head in heads:
        if not head:
            continue
        at = text.find(head, cursor)
        if at >= 0:
            cursor = at + len(head)
            found.append(block)
        elif head in text or text in head:
            found.append(block)
    return found


def trace_edition(edition: Edition) -> Edition:
    """Number every block (``"3.12"``: page position 3, block 12) and trace
    every article's fields to its blocks."""
    for pos, page in enumerate(edition.pages, 1):
        # each block once, where it first stands (a dict keeps its first place)
        # (built in C: for a block standing twice the later pair writes the same block under its first key)
        blocks = [*chain.from_iterable(map(attrgetter("blocks"), page.articles)), *page.blocks]
        unique = dict(zip(map(id, blocks), blocks))
        for n, block in enumerate(unique.values(), 1):
            block.id = f"{pos}.{n}"
            if block.page is None:
                block.page = page.number
        for article in page.articles:
            trace_article(article)
    return edition


def trace_article(article: Article) -> None:
    """Fill ``article.provenance`` (and the roles of headline-tier blocks)."""
    prov = Provenance()
    # each block's text compacted once (it is asked for several times), sorted by role in one pass:
    # the lines joined with nothing between them compact as joined with their line breaks
    heads: list[tuple[Block, str]] = []
    body: list[tuple[Block, str]] = []
    signed: list[tuple[Block, str]] = []
    captions: list[tuple[Block, str]] = []
    for b in article.blocks:
        role = b.role
        text = _compact("".join(b.lines))
        if role in _HEAD_ROLES:
            heads.append((b, text))
        elif role in _BODY_ROLES:
            body.append((b, text))
        elif role == BYLINE:
            signed.append((b, text))
        elif role in _CAPTION_ROLES:
            captions.append((b, text))
    headline = article.headline
    used: set[int] = set()
    for tier, role, value in (("title", TITLE, headline.title), ("kicker", KICKER, headline.kicker),
                              ("subtitle", SUBTITLE, headline.subtitle)):
        text = compact(value) if value else ""
        if not text:
            continue
        found = _blocks_holding(text, heads)
        for b in found:
            if id(b) not in used:  # a block holding two tiers keeps the first one's role
                used.add(id(b))
                b.role = role  # (a headline tier's: the block stays among the heads)
        setattr(prov, tier, [b.id for b in found])
    prov.paragraphs = _trace_run(article.paragraphs, body)
    if article.dateline:
        key = compact(article.dateline)
        for b, text in chain(body, signed):
            if key in text:
                prov.dateline = [b.id]
                break
    for byline in article.bylines:
        name = compact(byline.name)
        own = [b.id for b, text in signed if name in text]
        if not own:  # in brackets inside the text: （记者 张三）
            own = [b.id for b, text in body if name in text][:1]
        prov.bylines.append(own)
    for caption in article.captions:
        whole = compact(caption.text) + compact(caption.credit)
        prov.captions.append([b.id for b, text in captions if text[:6] and
                              (text[:6] in whole or (caption.credit and compact(caption.credit) in text))])
    article.provenance = prov


def _trace_run(texts: list[str], blocks: list[tuple[Block, str]]) -> list[list[str]]:
    """Each text's blocks (given with their compacted text): the texts were made
    from the blocks' text in order, with pieces (a dateline, a byline, a note) left out."""
    pieces = [piece for _, piece in blocks]
    stream = "".join(pieces)
    ends = list(accumulate(map(len, pieces)))
    starts = [0, *ends[:-1]] if ends else []
    ids = [b.id for b, _ in blocks]
    numbered = all(ids)  # (every block has its id: none to leave out)
    out: list[list[str]] = []
    pos = 0
    for text in texts:
        key = _compact(text)  # (compact(): the texts are strings)
        start = stream.find(key, pos)
        end = start + len(key)
        if start < 0:  # joined or cleaned differently: place it by its two ends
            head, tail = key[:6], key[-6:]
            start = stream.find(head, pos)
            if start < 0:
                start = stream.find(head)
            end = stream.find(tail, max(start, 0)) + len(tail) if start >= 0 else -1
        if start < 0 or end <= start:
            out.append([])
            continue
        # the spans are in order: those overlapping [start, end) lie between two bisections
        first, last = bisect_right(ends, start), bisect_left(starts, end)
        out.append(ids[first:last] if numbered else [i for i in ids[first:last] if i])
        pos = end
    return out


def check_provenance(edition: Edition) -> list[str]:
    """Every problem found: a field whose blocks do not hold its text or have
    the wrong role, an unknown block id, a body block no field came from."""
    problems: list[str] = []
    for page in edition.pages:
        for article in page.articles:
            problems.extend(f"{article.id}: {p}" for p in _check_article(article))
    return problems


def _check_article(article: Article) -> list[str]:
    by_id = {b.id: b for b in article.blocks if b.id}
    prov = article.provenance
    problems: list[str] = []

    def held(label: str, text: str, ids: list[str], roles: tuple[Role, ...]) -> None:
        if not text:
            return
        missing = [i for i in ids if i not in by_id]
        if missing or not ids:
            problems.append(f"{label} {text[:20]!r}: blocks {missing or ids} not in the article")
            return
        blocks = [by_id[i] for i in ids]
        if compact(text) not in "".join(compact(b.text) for b in blocks):
            problems.append(f"{label} {text[:20]!r}: not in the text of blocks {ids}")
        wrong = [b.id for b in blocks if b.role not in roles]
        if wrong:
            problems.append(f"{label} {text[:20]!r}: blocks {wrong} have role "
                            f"{[str(by_id[i].role) for i in wrong]}, expected one of {[str(r) for r in roles]}")

    held("title", article.headline.title or "", prov.title, (TITLE,))
    held("kicker", article.headline.kicker or "", prov.kicker, (KICKER, TITLE))
    held("subtitle", article.headline.subtitle or "", prov.subtitle, (SUBTITLE, TITLE))
    if len(prov.paragraphs) != len(article.paragraphs):
        problems.append(f"{len(article.paragraphs)} paragraphs but provenance for {len(prov.paragraphs)}")
    for i, (text, ids) in enumerate(zip(article.paragraphs, prov.paragraphs)):
        held(f"paragraph {i + 1}", text, ids, _BODY_ROLES)
    if len(prov.bylines) != len(article.bylines):
        problems.append(f"{len(article.bylines)} bylines but provenance for {len(prov.bylines)}")
    for byline, ids in zip(article.bylines, prov.bylines):
        held("byline", byline.name, ids, (BYLINE,) + _BODY_ROLES)
    if article.dateline:
        held("dateline", article.dateline, prov.dateline, _BODY_ROLES + (BYLINE,))
    for caption, ids in zip(article.captions, prov.captions):
        held("caption", caption.text or caption.credit or "", ids, _CAPTION_ROLES)
    referenced = {i for ids in prov.paragraphs for i in ids} | set(prov.dateline) | {
        i for ids in prov.bylines for i in ids}
    for b in article.blocks:
        if b.role in (BODY, SUBHEADING) and b.id not in referenced and compact(b.text):
            problems.append(f"body block {b.id} ({b.text[:12]!r}) is in no paragraph")
    return problems


__all__ = ["check_provenance", "trace_article", "trace_edition"]
