"""Shapes of issue 11 worked on in session 27 (people27b: titles and places).
Sentences, names and places are invented."""

from __future__ import annotations


def _enriched(*lines: str):
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="x", paragraphs=list(lines))
    enrich_articles([article], "2019-02-01")
    return article


def _places(*lines: str) -> list[str]:
    return [p.name for p in _enriched(*lines).places]


def _people(*lines: str) -> dict[str, list[str]]:
    return {p.name: list(p.titles) for p in _enriched(*lines).people}


def test_a_town_and_its_village_read_as_one_word_are_two_places() -> None:
    """某某镇某某村, 某某乡某某村, 某某村某某村: LAC may read a town and a
    village in it as one place word; no place is named so, they are two, each
    whole. A village whose own name holds 镇 (古镇新村) stays one."""
    from banmian.enrich.placewords import local_names_apart as _local_names_apart

    assert _local_names_apart("江北镇三岔村") == ["江北镇", "三岔村"]
    assert _local_names_apart("松岭乡阿克苏村") == ["松岭乡", "阿克苏村"]
    assert _local_names_apart("上岗村下岗村") == ["上岗村", "下岗村"]
    assert _local_names_apart("古镇新村") == ["古镇新村"]


def test_an_autonomous_division_of_a_people_written_without_zu_is_whole() -> None:
    """伊犁 + 哈萨克自治州: a people written without 族 still closes the name
    of an autonomous division; the tail alone is no place."""
    places = _places("据了解，伊犁哈萨克自治州今年游客人数大增。")
    assert "伊犁哈萨克自治州" in places and "哈萨克自治州" not in places


def test_a_village_once_cut_at_its_front_is_the_whole_village() -> None:
    """和 + 顺屯村 beside 和顺屯村: where LAC reads the village whole elsewhere
    in the article, the tail it cut once is the same place, not a second one."""
    places = _places("我们在东兴街道办和顺屯村采访，和顺屯村的变化很大。")
    assert "和顺屯村" in places and "顺屯村" not in places


def test_a_city_short_name_lac_is_unsure_of_is_the_word_it_also_is() -> None:
    """安康 (well-being), 日照 (sunshine): a prefecture's two-character short
    name that LAC reads as a place with a small margin, and that no other
    place of the article relates to, is the ordinary word; the city named as
    one (来到安康, 陕西安康) stays."""
    assert "安康" not in _places("祝大家新春快乐，阖家幸福安康！")
    assert "日照" not in _places("今天午后有短暂日照，傍晚转阴。")
    assert "安康" in _places("记者来到安康，这座城市的年味越来越浓。")
    assert "安康" in _places("春节期间，陕西安康的游客明显增多。")


def test_a_head_lac_read_as_a_verb_is_whole() -> None:
    """检察长/v, 指挥/v + 长/a, 特别/d + 代表/v: LAC read the head of an office
    as a verb, or cut it into a verb and a character (or an adverb and a
    verb) right before the name; the title is the whole office."""
    assert _people("加拿大前总检察长约翰·史密斯在接受采访时表示，这一决定令人遗憾。")["约翰·史密斯"] == ["加拿大前总检察长"]
    assert _people("救援部队指挥长刘海涛在现场介绍。")["刘海涛"] == ["救援部队指挥长"]
    assert _people("上月，欧盟人权事务特别代表斯蒂芬·霍尔抵达日内瓦。")["斯蒂芬·霍尔"] == ["欧盟人权事务特别代表"]


def test_a_unit_sent_abroad_keeps_its_country_and_where_it_went() -> None:
    """某国 + 赴/v + 某地维和分队 + head: 赴 after a country names a unit by
    where it was sent, as 驻 does; 赴 after anything else is the sentence's verb."""
    assert _people("中国赴黎维和医疗分队队长王海燕说。")["王海燕"] == ["中国赴黎维和医疗分队队长"]
    assert _people("记者随后赴北京大学教授李明远家中采访。")["李明远"] == ["北京大学教授"]


def test_a_post_taken_after_a_move_to_a_chain_of_places() -> None:
    """name + 回到 + 某省某市某村 + 担任 + post: the place of the move may be
    a chain of three divisions before the post."""
    assert _people("1998年，退伍的刘成林回到河南洛阳市刘庄村担任党支部书记。")["刘成林"] == ["党支部书记"]


def test_a_school_named_after_someone_is_the_body_before_de() -> None:
    """name + 是 + 某地 + 某某(a name)小学 + 的 + title: the name inside names
    the school, which is the body whose title follows the 的."""
    assert _people("汤姆是伦敦市乔治·华盛顿小学的老师，他带学生来参观。")["汤姆"] == ["老师"]


def test_a_verb_right_after_a_name_is_its_act_not_a_cut_role_noun() -> None:
    """name + 率/v + 化工 + 专家 + name: the verb after the first name is what
    that person did (led), not the first character of a role noun LAC cut
    (护 + 边员), which stays in the title after a unit."""
    assert _people("4月，张立平率化工专家李永强等赶到扬州。")["李永强"] == ["化工专家"]
    assert _people("民兵哨所护边员张大山说。")["张大山"] == ["民兵哨所护边员"]


def test_a_profile_note_between_the_name_and_its_posts() -> None:
    """name，birth or origin note，现任 + posts: one or two clauses of a
    profile's note (born, sex, people, home town) stand between the name and
    the clause of its posts, which are still the name's; a clause of anything
    else does not carry the posts back to the name."""
    assert _people("刘春芳，1972年生，河北保定人，现任保定市图书馆馆长。")["刘春芳"] == ["保定市图书馆馆长"]
    assert _people("李建华，1965年出生于湖南长沙，现任长沙市博物馆馆长。")["李建华"] == ["长沙市博物馆馆长"]


def test_two_names_joined_by_and_share_a_kind_of_person() -> None:
    """kind + A和B: a title naming a kind of person two people may both be
    (某奖得主, 著名书法家) is both names'; an office one holds alone (某国总统A和B)
    is the first name's only."""
    people = _people("例如，2015年诺贝尔化学奖得主赵明和钱亮的研究成果已经得到应用。")
    assert people["钱亮"] == ["2015年诺贝尔化学奖得主"]
    assert _people("著名书法家王一鸣和李春林合作完成了这幅作品。")["李春林"] == ["著名书法家"]
    assert _people("美国总统特朗普和彭斯出席了活动。")["彭斯"] == []


def test_a_sovereigns_temple_name_before_his_name_is_his_title() -> None:
    """唐太宗 + 李世民, 汉武帝 + 刘彻: a sovereign's temple or posthumous name
    right before the given name is his title, not a second person; alone it
    still names the man."""
    assert _people("据说唐太宗李世民曾在此驻军。") == {"李世民": ["唐太宗"]}
    assert _people("汉武帝刘彻派张骞出使西域。")["刘彻"] == ["汉武帝"]
    assert "唐太宗" in _people("唐太宗曾说：以铜为镜，可以正衣冠。")
