"""What the enrichment stage finds in an article made of a few invented lines:
shared by the issue-11 shape tests (one article, one date, no page)."""

from __future__ import annotations


def enriched(*lines: str):
    """An article of these paragraphs, enriched (people, titles, places)."""
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="x", paragraphs=list(lines))
    enrich_articles([article], "2019-02-01")
    return article


def people_of(*lines: str) -> dict[str, list[str]]:
    """Each person found, with their titles."""
    return {p.name: list(p.titles) for p in enriched(*lines).people}


def places_of(*lines: str) -> list[str]:
    """The places found, in order."""
    return [p.name for p in enriched(*lines).places]
