"""Shapes of issue 11 worked on in session 32 (people32: remarks headers and
speaker lines closed by a colon, a scholar's field read as a time word, 系 as
the copula after a quoted subject, a surname read as a conjunction at every
mention, a home named by its owner, heads of councils and trades, a verb's
complement of result after a name). Sentences, names and places are invented."""

from __future__ import annotations

from tests.enrich_shapes import people_of as _people


def test_a_speaker_line_closed_by_a_colon_gives_its_title() -> None:
    """title + spaces + name + ：, the remarks on the next line: the title is the name's."""
    people = _people("专家点评", "中国农业大学经济管理学院教授 郑立新：",
                     "合作社要把小农户带进大市场，这是今年的重点。")
    assert people.get("郑立新") == ["中国农业大学经济管理学院教授"]


def test_a_remarks_header_keeps_the_name_lac_cut() -> None:
    """title + a foreign name LAC cut (江口规/PER + 男) + ：: the name runs to the colon."""
    people = _people("日本东洋经济研究会首席经济学家江口规男：",
                     "古往今来，很少有哪个倡议能像它这样把合作当作目标。")
    assert people.get("江口规男") == ["日本东洋经济研究会首席经济学家"]
    assert "江口规" not in people


def test_a_remarks_header_with_a_verb_after_the_name_keeps_the_name() -> None:
    """title + name + a verb + ：: the verb is no part of the name."""
    people = _people("外交部部长李明说：", "我们欢迎各方参与。")
    assert "李明" in people and "李明说" not in people


def test_a_scholar_s_field_read_as_a_time_keeps_the_title_s_front() -> None:
    """美国 + 未来/TIME + 学家 + name: the country before the field is the title's too."""
    people = _people("美国知名未来学家罗伯特·韦斯特说，世界需要桥梁。")
    assert people.get("罗伯特·韦斯特") == ["美国知名未来学家"]


def test_xi_after_a_quoted_subject_is_the_copula() -> None:
    """“某事”系 + 某院某庭审判员 + name: 系 joins the quoted subject to what follows, no department."""
    people = _people("调查表明，所谓“档案遗失”系市中级法院民二庭审判员张立平一手造成。")
    assert people.get("张立平") == ["市中级法院民二庭审判员"]


def test_a_surname_read_as_a_conjunction_at_every_mention() -> None:
    """村民 + 和/c + 晓某, and 和晓某 again at a clause's start: 和 is the surname."""
    people = _people("新路修通以后，青山村村民和晓林跑起了货运，第一年就还清了欠款。",
                     "跑了三年运输，和晓林又在镇上开了一家修车铺。")
    assert people.get("和晓林") == ["青山村村民"]


def test_a_conjunction_before_a_name_written_alone_elsewhere_stays() -> None:
    """总统 + 和 + 某某, and the same name alone elsewhere: 和 joins two people."""
    people = _people("会见时，两国总统和普京都表示要加强合作。", "普京说，双方的合作前景广阔。")
    assert "和普京" not in people


def test_a_home_named_by_its_owner_gives_the_owner_s_name() -> None:
    """在 + 村民 + 某某某家 + ，: LAC glued 家 (home) to the owner's name; the name is the person."""
    people = _people("在村民马秀锦家，县委书记同一家人围坐在一起。")
    assert people.get("马秀锦") == ["村民"]
    assert "马秀锦家" not in people


def test_council_members_drillers_and_house_owners_are_heads() -> None:
    """某学会理事 + name, 司钻 + name, 某客栈房主 + name: roles the grammar now knows as heads."""
    people = _people("中国物流学会理事、某学院经济学教授郑立国认为，冷链物流还有很大空间。",
                     "司钻孙明远拉下手柄，钻头开始旋转。",
                     "古城客栈房主王晓光得知老房子要拆，一夜没睡。")
    assert "中国物流学会理事" in people.get("郑立国", [])
    assert people.get("孙明远") == ["司钻"]
    assert people.get("王晓光") == ["古城客栈房主"]


def test_a_verb_before_its_complement_of_result_is_no_part_of_the_name() -> None:
    """title + 某某 + 挑/v + 好 + 后: the one-character verb takes its result (挑好), the name ends before it."""
    people = _people("成都顾客李霞挑好后装进菜篮，随后和摊主商量价钱。")
    assert "李霞" in people and "李霞挑" not in people


def test_a_duty_verb_opening_the_clause_before_a_bare_head_is_the_title_s() -> None:
    """。带班/v + 科长 + name + 说; ，值班/v + 员工 + name + 打着: a verb with no subject before
    it, a bare head and the name as the predicate's subject: the verb tells the duty, in the title."""
    people = _people("新楼里有暖气，还有书架。带班科长周海涛说：“以前住的是平房。”",
                     "天黑以后，值班员工孙启明打着手电，开始了巡检。")
    assert people.get("周海涛") == ["带班科长"]
    assert people.get("孙启明") == ["值班员工"]


def test_a_pivot_verb_or_an_office_held_stays_out_of_the_title() -> None:
    """邀请 + 专家 + name + 讲课 (the person acts on the verb's invitation); 时任 + 指导员: the office."""
    people = _people("学校邀请专家李建新讲课。", "当年，时任指导员王方明带着战士们修路。")
    assert people.get("李建新") == ["专家"]
    assert people.get("王方明") == ["指导员"]


def test_a_village_named_by_its_flat_or_shoal_is_no_person() -> None:
    """敌军围攻 + 某某滩: a word ending in 坪, 滩, 夼, 坝 or 沟 names a place, never a person."""
    people = _people("1938年5月，敌军围攻马良滩，他率部坚守。", "村民刘建国说，今年收成好。")
    assert "马良滩" not in people
    assert "刘建国" in people
