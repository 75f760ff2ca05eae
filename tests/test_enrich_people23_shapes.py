"""Shapes of issue 11 worked on in session 23 (people23). Names and
sentences are invented; the divisions are real (the shipped gazetteer)."""

from __future__ import annotations


def _people(text: str) -> dict[str, list[str]]:
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="x", paragraphs=[text])
    enrich_articles([article], "2019-02-01")
    return {p.name: list(p.titles) for p in article.people}


def test_an_autonomous_region_named_by_its_kind_is_written_out() -> None:
    """自治区主席 names the region by its kind alone: completed with the region
    the article names (the conventions complete abbreviated titles), keyed by
    the kind, so a district anchor (某某区) never fills it."""
    from banmian.enrich.titlecomplete import complete_title

    anchors = {"区": "青川区", "自治区": "宁夏回族自治区"}
    assert complete_title("自治区主席", anchors) == "宁夏回族自治区主席"
    assert complete_title("区长", anchors) == "青川区区长"
    assert complete_title("自治区主席", {"区": "青川区"}) == "自治区主席"


def test_the_region_comes_from_the_chain_or_the_article() -> None:
    people = _people("近日，宁夏回族自治区党委书记马文涛、自治区主席李建国在银川调研。")
    assert people["李建国"] == ["宁夏回族自治区主席"]
    people = _people("广西壮族自治区第九届人民代表大会第三次会议5日选举韦振东为自治区人大常委会主任。")
    assert people["韦振东"] == ["广西壮族自治区人大常委会主任"]
    people = _people("在新疆和田，自治区林业和草原局驻某村第一书记周德明说，新疆的变化很大。")
    assert people["周德明"] == ["新疆维吾尔自治区林业和草原局驻某村第一书记"]


def test_a_demonstrative_unit_stays_in_the_title() -> None:
    """该厂负责人, 该校执行校长: the title as written with the name keeps the
    pointer to the unit named before (the conventions settled in session 23);
    该 right before a bare head (该负责人) points at no unit and stays out."""
    from banmian.enrich.titles import titles_before

    tokens = [("，", "w"), ("该厂", "r"), ("负责人", "n"), ("柯文明", "PER"), ("说", "v")]
    assert titles_before(tokens, 3) == ["该厂负责人"]
    tokens = [("。", "w"), ("该", "r"), ("餐厅", "n"), ("厨师", "n"), ("柯文明", "PER"), ("说", "v")]
    assert titles_before(tokens, 4) == ["该餐厅厨师"]
    tokens = [("，", "w"), ("该", "r"), ("负责人", "n"), ("柯文明", "PER"), ("说", "v")]
    assert titles_before(tokens, 3) == ["负责人"]
