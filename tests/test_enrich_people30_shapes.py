"""Shapes of issue 11 worked on in session 30 (people30: quoted honours, heads,
stated titles, lists of bodies). Sentences, names and places are invented."""

from __future__ import annotations


def _people(*lines: str) -> dict[str, list[str]]:
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="x", paragraphs=list(lines))
    enrich_articles([article], "2019-02-01")
    return {p.name: list(p.titles) for p in article.people}


def test_a_quoted_honour_keeps_the_verb_inside_its_quotes() -> None:
    """“扎根…的优秀教师”+ name: the grammar stops at the verb inside the
    quote, yet the quote bounds the honour; it is the title whole, quotes too."""
    people = _people("去年，教育部追授“扎根边疆教育事业优秀教师”周文海为全国模范。")
    assert people["周文海"] == ["“扎根边疆教育事业优秀教师”"]


def test_a_medal_s_winner_is_a_title_as_a_prize_s_is() -> None:
    """“某某勋章”获得者 in a chain before the name: a medal is an honour."""
    people = _people("“七一勋章”获得者、海军潜艇英雄韩志明来到学校作报告。")
    assert people["韩志明"] == ["“七一勋章”获得者", "海军潜艇英雄"]


def test_a_profile_line_of_a_postdoc_states_the_title() -> None:
    """name + ， + 某大学某系博士后 + 。: the clause after the comma is the
    whole title (博士后 a head, as 博士生 and 研究生 are)."""
    people = _people("团队里还有年轻人。陈晓峰，南方大学化学系博士后。他每天最早到实验室。")
    assert people["陈晓峰"] == ["南方大学化学系博士后"]


def test_guides_cooks_and_housewives_are_roles() -> None:
    """向导 (向 opens it, yet no preposition), 行政总厨, 主妇 before a name."""
    people = _people("年轻的向导刘明带着游客登上城墙。",
                     "酒店行政总厨孙海洋介绍了这道菜。",
                     "主妇赵秀芝早早做好了年夜饭。")
    assert people["刘明"] == ["向导"]
    assert people["孙海洋"] == ["酒店行政总厨"]
    assert people["赵秀芝"] == ["主妇"]


def test_a_zone_s_other_name_in_brackets_stays_in_the_title() -> None:
    """某某高新区（开发区）党工委书记 + name: the bracket names the zone again
    (a short name after an organisation, as 某公司（某某）副总经理)."""
    people = _people("“我们要把服务做细。”南江市委常委、南江高新区（开发区）党工委书记韦立群表示。")
    assert people["韦立群"] == ["南江市委常委", "南江高新区（开发区）党工委书记"]


def test_one_of_the_members_states_the_title() -> None:
    """name + 是 + 某某小组成员 + 之一: one of the members, and a member the person is."""
    people = _people("郑立伟是天文台维修小组成员之一，平常负责设备保养。")
    assert people["郑立伟"] == ["天文台维修小组成员"]


def test_a_quote_inside_a_stated_title_keeps_both_marks() -> None:
    """name + ， + 某大学副教授、教育部“青年某某学者” + 。: stripping a
    quote at the run's end must not leave the opening one alone."""
    people = _people("研究很辛苦。方立成，东海大学物理系副教授、教育部“青年珠江学者”。他常在实验室过夜。")
    assert "教育部“青年珠江学者”" in people["方立成"]


def test_items_of_a_list_counted_as_bodies_are_no_people() -> None:
    """A、B、C等5家企业: the items are companies, whatever LAC reads in them
    (a name-shaped brand); people are counted by 名, 位, 人."""
    people = _people("研究院与大河、鱼跃、法尔胜、钱明康复、宏达新等5家企业共建创新中心。")
    assert not set(people) & {"法尔胜", "钱明", "钱明康复", "宏达新"}


def test_a_rare_surname_tagged_alone_before_its_given_name_and_speech() -> None:
    """助理 + 阴/PER + 发文/v + 说: a character no common surname that LAC
    tagged a name on its own, between a title and two characters before the
    speech verb, opens the name; the two characters are its given name."""
    from banmian.enrich.namerepair import mend

    tokens = [("车间", "n"), ("宣传", "vn"), ("助理", "n"), ("阴", "PER"), ("振国", "v"), ("说", "v"), ("。", "w")]
    assert ("阴振国", "PER") in mend(tokens)
    plain = [("他", "r"), ("阴", "PER"), ("振国", "v"), ("说", "v")]  # no title before: left as LAC read it
    assert ("阴振国", "PER") not in mend(plain)


def _places(*lines: str) -> list[str]:
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="x", paragraphs=list(lines))
    enrich_articles([article], "2019-02-01")
    return [p.name for p in article.places]


def test_a_direction_after_a_place_is_no_place() -> None:
    """稻城南部, 美国 + 东北, 向 + 西南: a part of a place or a way to go, not
    the county 南部 nor the region 东北 (which stays where it stands alone)."""
    places = _places("小吴总算到了稻城南部的县城。",
                     "冷空气让本周美国东北和中西部多地气温骤降。",
                     "车过了桥就向西南沿省道行驶。")
    assert "南部" not in places and "东北" not in places and "西南" not in places
    assert "稻城" in places and "美国" in places
    assert "东北" in _places("东北的冬天很冷，哈尔滨的冰雕很有名。")


def test_a_dynasty_and_its_reign_before_its_years_is_a_date() -> None:
    """宋 + 宣和 + 年间 read as one name (宋宣和/PER): a dynasty's character, a
    reign, then its years (年间, 初, 中, 末, 三十二年) date the clause; no person."""
    assert "宋宣和" not in _people("宋宣和年间，这里已是繁华的集镇，商人周永年在此开了书院。")
    assert "周永年" in _people("宋宣和年间，这里已是繁华的集镇，商人周永年在此开了书院。")


def test_a_title_after_a_counted_list_of_names_is_each_name_s() -> None:
    """A、B、C + 三位 + 副委员长: the count says the names are so many of that
    title; A、B + 等 + 三位专家 (some of a larger group) gives none, as before."""
    people = _people("去年，郑建国、孔令华、武立新三位副委员长带队检查。")
    assert people == {name: ["副委员长"] for name in ("郑建国", "孔令华", "武立新")}
    assert _people("王刚、赵强等三位专家也来了。") == {"王刚": [], "赵强": []}
