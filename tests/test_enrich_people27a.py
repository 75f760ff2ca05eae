"""Shapes of issue 11 worked on in session 27 (people27a: person names). Sentences
and names are invented."""

from __future__ import annotations


def _people(text: str) -> dict[str, list[str]]:
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="x", paragraphs=[text])
    enrich_articles([article], "2019-02-01")
    return {p.name: list(p.titles) for p in article.people}


def test_the_object_of_an_appointment_or_a_removal_is_a_person() -> None:
    """免去X的…职务, 任命X为…: the decree names a person there, even one LAC
    met once and was unsure of."""
    people = _people("国务院任免国家工作人员。免去李惠文的外交部部长助理职务；免去顾朝溪的民政部副部长职务。")
    assert "李惠文" in people and "顾朝溪" in people
