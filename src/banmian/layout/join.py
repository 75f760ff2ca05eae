"""Edition level: merge the parts of an article continued on another page.

（下转第2版） at the end of a part on page 1 sets ``continues_to = 2``;
（上接第1版） at the start of the rest on page 2 sets ``continued_from = 1``.
``banmian parse --join`` merges each such pair into the first part.
"""

from __future__ import annotations

from ..model import Article, Edition, Page
from .reflow import ends_sentence


def join_continuations(edition: Edition) -> Edition:
    """Merge each part that continues on another page (（下转第N版）) with the
    part there that continues from this page, into the first part."""
    by_number = {p.number: p for p in edition.pages if p.number is not None}
    for page in edition.pages:
        for article in list(page.articles):
            source = page
            while article.continues_to is not None:  # follow a chain over several pages
                target = by_number.get(article.continues_to)
                part = _matching_part(article, source.number, target) if target else None
                if target is None or part is None:
                    break
                _merge(article, part)
                _move_out(part, target)
                source = target
    return edition


def _merge(article: Article, part: Article) -> None:
    """Append ``part`` to ``article``; a paragraph cut mid-sentence runs on.
    The bbox stays the first part's: rectangles are per page, blocks keep theirs."""
    prov, more = article.provenance, part.provenance
    if article.paragraphs and part.paragraphs and not ends_sentence(article.paragraphs[-1]):
        article.paragraphs[-1] += part.paragraphs[0]
        article.paragraphs.extend(part.paragraphs[1:])
        if prov.paragraphs and more.paragraphs:
            prov.paragraphs[-1] = prov.paragraphs[-1] + more.paragraphs[0]
            prov.paragraphs.extend(more.paragraphs[1:])
    else:
        article.paragraphs.extend(part.paragraphs)
        prov.paragraphs.extend(more.paragraphs)
    article.captions.extend(part.captions)
    prov.captions.extend(more.captions)
    for byline, ids in zip(part.bylines, more.bylines or [[] for _ in part.bylines]):
        if byline not in article.bylines:
            article.bylines.append(byline)
            prov.bylines.append(ids)
    article.blocks.extend(part.blocks)
    article.continues_to = part.continues_to


def _move_out(part: Article, page: Page) -> None:
    """Take the merged part off its page, blocks too: left in ``page.blocks``
    they would count as unassigned there and print its text a second time.
    The blocks live on in the merged article and keep their page number."""
    page.articles.remove(part)
    moved = {id(b) for b in part.blocks}
    page.blocks = [b for b in page.blocks if id(b) not in moved]


def _matching_part(article: Article, number: int | None, target: Page) -> Article | None:
    candidates = [a for a in target.articles if a.continued_from == number]
    if not candidates:
        return None
    title = article.headline.title
    same = [a for a in candidates if title and a.headline.title == title]
    return (same or candidates)[0]
