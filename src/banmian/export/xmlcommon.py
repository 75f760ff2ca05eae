"""What the XML exporters (ALTO, METS, TEI) share: file names, element ids,
the blocks of a page in one order, and text that XML 1.0 can hold.

ALTO files and the METS file that points into them must agree on file names
and block ids, so both take them from here. lxml is imported by the callers,
lazily (the ``formats`` extra), never by ``import banmian``.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import UsageError
from ..model import Block, Edition, Page

#: characters XML 1.0 cannot hold (C0 controls but tab/newline/return, lone surrogates, U+FFFE/F)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: what may stand in a file name we make (paper names are free text)
_UNSAFE_NAME = re.compile(r"[^\w.-]+")


def xml_text(value: object) -> str:
    """``value`` as text XML can hold: characters it forbids are dropped."""
    return _NOT_XML.sub("", str(value))


def need_lxml() -> Any:
    """lxml.etree, or a UsageError that names the extra to install."""
    try:
        from lxml import etree
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise UsageError(f"ALTO, METS and TEI output need the 'formats' extra "
                         f"(pip install 'banmian[formats]'): {exc}") from None
    return etree


def serialize(root: Any) -> bytes:
    etree = need_lxml()
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def edition_stem(edition: Edition) -> str:
    """A file name stem for an edition: ``江城日报-2020-01-15`` (unsafe characters become ``_``)."""
    parts = [p for p in (edition.paper, edition.date) if p]
    stem = _UNSAFE_NAME.sub("_", "-".join(parts)).strip("._") if parts else ""
    return stem[:120] or "edition"


def page_label(page: Page, position: int) -> str:
    """The page's printed number when known, else its position: ``p03``."""
    return f"p{page.number if page.number is not None else position:02d}"


def alto_file_name(edition: Edition, page: Page, position: int) -> str:
    """The ALTO file of the ``position``-th page (1-based) of ``edition``."""
    return f"{edition_stem(edition)}-{page_label(page, position)}.alto.xml"


def page_blocks(page: Page) -> list[Block]:
    """Every block of the page once: its articles' blocks in article order, then
    the blocks no article took (header, footer, labels)."""
    seen: set[int] = set()
    out: list[Block] = []
    for block in [b for a in page.articles for b in a.blocks] + list(page.blocks):
        if id(block) not in seen:
            seen.add(id(block))
            out.append(block)
    return out


def block_ids(page: Page) -> dict[int, str]:
    """``id(block)`` -> the XML id of its ALTO ``TextBlock``: ``TB3.12`` from the
    provenance id ``3.12`` when the block has one (so METS, TEI and the JSON
    agree), else its place on the page."""
    out: dict[int, str] = {}
    taken: set[str] = set()
    for n, block in enumerate(page_blocks(page), 1):
        xml_id = f"TB{block.id}" if block.id and re.fullmatch(r"[\w.-]+", block.id) else f"TB_{n}"
        while xml_id in taken:
            xml_id += "_"
        taken.add(xml_id)
        out[id(block)] = xml_id
    return out


def unique_pages(edition: Edition) -> list[tuple[int, Page]]:
    """(position, page) for every page; refuses two pages that would share a file name."""
    names: dict[str, int] = {}
    out = []
    for position, page in enumerate(edition.pages, 1):
        name = page_label(page, position)
        if name in names:
            raise UsageError(f"edition {edition_stem(edition)!r} has page {page.number!r} twice "
                             f"(pages {names[name]} and {position}): one ALTO file each is impossible")
        names[name] = position
        out.append((position, page))
    return out
