"""Text-mode layout (placeholder until the real assembler lands)."""

from __future__ import annotations

from ..model import Article, Block, Page, Role


def build_text_page(blocks: list[Block], number: int | None = None, source: str | None = None) -> Page:
    for b in blocks:
        b.role = Role.BODY
    article = Article(id="", paragraphs=["".join(b.lines) for b in blocks], blocks=list(blocks))
    return Page(number=number, source=source, articles=[article], blocks=list(blocks))
