"""Shapes of issue 11 worked on in session 32 (people32: remarks headers and
speaker lines closed by a colon, a scholar's field read as a time word, 系 as
the copula after a quoted subject, a surname read as a conjunction at every
mention). Sentences, names and places are invented."""

from __future__ import annotations


def _article(*lines: str):
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="x", paragraphs=list(lines))
    enrich_articles([article], "2019-02-01")
    return article


def _people(*lines: str) -> dict[str, list[str]]:
    return {p.name: list(p.titles) for p in _article(*lines).people}


def test_a_speaker_line_closed_by_a_colon_gives_its_title() -> None:
    """title + spaces + name + ：, the remarks on the next line: the title is the name's."""
    people = _people("专家解读", "中国农业大学经济管理学院教授 郑立新：",
                     "乡村振兴，人才为先，要让农民成为有吸引力的职业。")
    assert people.get("郑立新") == ["中国农业大学经济管理学院教授"]


def test_a_remarks_header_keeps_the_name_lac_cut() -> None:
    """title + a foreign name LAC cut (某原/PER + 规由/n) + ：: the name runs to the colon."""
    people = _people("日本国际贸易投资研究所首席经济学家江原规由：",
                     "在人类历史上，从来没有一个倡议像它一样以合作为目标。")
    assert people.get("江原规由") == ["日本国际贸易投资研究所首席经济学家"]
    assert "江原" not in people


def test_a_remarks_header_with_a_verb_after_the_name_keeps_the_name() -> None:
    """title + name + a verb + ：: the verb is no part of the name."""
    people = _people("外交部部长李明说：", "我们欢迎各方参与。")
    assert "李明" in people and "李明说" not in people


def test_a_scholar_s_field_read_as_a_time_keeps_the_title_s_front() -> None:
    """美国 + 未来/TIME + 学家 + name: the country before the field is the title's too."""
    people = _people("美国知名未来学家罗伯特·奈斯比特说，世界需要桥梁。")
    assert people.get("罗伯特·奈斯比特") == ["美国知名未来学家"]


def test_xi_after_a_quoted_subject_is_the_copula() -> None:
    """“某事”系 + 某院某庭审判员 + name: 系 joins the quoted subject to what follows, no department."""
    people = _people("调查组查明，所谓“材料丢失”系市中级法院民二庭审判员张立平本人故意所为。")
    assert people.get("张立平") == ["市中级法院民二庭审判员"]


def test_a_surname_read_as_a_conjunction_at_every_mention() -> None:
    """村民 + 和/c + 晓某, and 和晓某 again at a clause's start: 和 is the surname."""
    people = _people("隧道打通后，龙江村村民和晓永打工修路赚的第一笔钱，花在了考驾照上。",
                     "有了公路隧道，和晓永的运输收入翻了番。")
    assert people.get("和晓永") == ["龙江村村民"]


def test_a_conjunction_before_a_name_written_alone_elsewhere_stays() -> None:
    """总统 + 和 + 某某, and the same name alone elsewhere: 和 joins two people."""
    people = _people("会见时，两国总统和普京都表示要加强合作。", "普京说，双方的合作前景广阔。")
    assert "和普京" not in people


def test_a_home_named_by_its_owner_gives_the_owner_s_name() -> None:
    """在 + (title) + 某某某家 + ，: LAC glued 家 (home) to the owner's name; the name is the person."""
    assert "王立成" in _people("在困难群众王立成家，总书记一边帮他算账。")
    assert "马秀锦" in _people("在马秀锦家，总书记同他们一家围坐在一起。")


def test_council_members_drillers_and_house_owners_are_heads() -> None:
    """某学会理事 + name, 司钻 + name, 某客栈房主 + name: roles the grammar now knows as heads."""
    people = _people("中国市场学会理事、某学院经济学教授郑立国认为，服务消费是新动能。",
                     "司钻孙明远一推操纵杆，钻杆缓缓下行。",
                     "古城客栈房主王晓光担心的消息被证实了。")
    assert "中国市场学会理事" in people.get("郑立国", [])
    assert people.get("孙明远") == ["司钻"]
    assert people.get("王晓光") == ["古城客栈房主"]
