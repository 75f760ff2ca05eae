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


def word_margins(emissions, columns, words: list[tuple[str, str]], label: str) -> dict[str, float]:
    """What LAC's margins for ``label`` should be, worked out from the model's
    emissions of one text: each word tagged ``label``, its characters' smallest
    margin (best score in ``columns`` less the best outside), the largest over
    the word's mentions."""
    by_char = emissions[:, columns].max(axis=1) - emissions[:, ~columns].max(axis=1)
    margins: dict[str, float] = {}
    start = 0
    for word, tag in words:
        if tag == label:
            margin = float(by_char[start:start + len(word)].min())
            margins[word] = max(margin, margins.get(word, margin))
        start += len(word)
    return margins
