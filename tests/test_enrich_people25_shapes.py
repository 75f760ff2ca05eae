"""Shapes of issue 11 worked on in session 25 (people25). Sentences are
invented; the places are real names of plains and regions."""

from __future__ import annotations


def _enriched(text: str):
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="x", paragraphs=[text])
    enrich_articles([article], "2019-02-01")
    return article


def _places(text: str) -> list[str]:
    return [p.name for p in _enriched(text).places]


def test_a_plain_is_kept_whole_with_its_landform() -> None:
    """江汉 + 平原: the plain is the place written, not its front alone, nor the
    district 江汉 and the county 平原 (two divisions the gazetteer knows)."""
    places = _places("春耕开始后，农机手们从江汉平原一路忙到杭嘉湖平原，田里一片新绿。")
    assert "江汉平原" in places and "杭嘉湖平原" in places
    assert "江汉" not in places and "平原" not in places and "杭嘉湖" not in places


def test_a_continent_is_kept_whole() -> None:
    """南极 + 大陆: the continent as written."""
    places = _places("科考队员在南极大陆度过了第三个冬天。")
    assert "南极大陆" in places and "南极" not in places


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: list(p.titles) for p in _enriched(text).people}


def test_a_list_summed_up_by_a_count_of_towns_holds_no_names() -> None:
    """A list closed by a number and a kind of place without 等 (甲、乙、丙4个县城):
    its items are places, however LAC tagged them; a list of people closed by
    a count of people stays a list of names."""
    assert _people("春节前，慰问组先后到定结、聂拉木、吉隆、定日4个县城走访。") == {}
    assert set(_people("会上，张建华、李国强2名同志受到表彰。")) == {"张建华", "李国强"}


def test_a_continent_with_mainland_is_the_continent() -> None:
    """欧洲 + 大陆, 中国 + 大陆: the mainland of a continent or a country is
    listed as the continent or the country (as every part annotates it)."""
    places = _places("货轮从非洲大陆出发，经地中海驶往欧洲大陆。")
    assert "非洲" in places and "欧洲" in places
    assert "非洲大陆" not in places and "欧洲大陆" not in places


def test_a_profile_chain_keeps_the_titles_it_can_read() -> None:
    """讲述人：name，title、title: a profile line opening with the name; an item of
    the chain the grammar cannot read does not take the others with it."""
    article = _enriched_lines(["亲历者说", "讲述人：孟凡林，某省地质调查院副院长、首任某观测站站长", "那一年冬天特别冷。"])
    assert "某省地质调查院副院长" in {p.name: p.titles for p in article.people}["孟凡林"]


def _enriched_lines(lines: list[str]):
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="x", paragraphs=lines)
    enrich_articles([article], "2019-02-01")
    return article
