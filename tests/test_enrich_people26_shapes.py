"""Shapes of issue 11 worked on in session 26 (people26). Sentences and names
are invented."""

from __future__ import annotations


def _people(text: str) -> dict[str, list[str]]:
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="x", paragraphs=[text])
    enrich_articles([article], "2019-02-01")
    return {p.name: list(p.titles) for p in article.people}


def test_a_persons_teacher_is_a_relation_not_a_title() -> None:
    """我的老师 + name, name的同事 + name: a bond between two people written
    after a person and 的 says whose teacher the next one is, no office (the
    conventions: relations give no title); a school's 的老师 is one."""
    assert _people("“这要归功于我的老师孙国栋教授，他是这一行的带路人。”")["孙国栋"] == ["教授"]
    assert _people("“他一直很刻苦。”郑家明的老师曹志勇说。")["曹志勇"] == []
    assert _people("南湖学院的老师卡丽娜带着4名学生参观了展览。")["卡丽娜"] == ["老师"]


def test_a_list_closed_by_and_shares_its_head() -> None:
    """title + A、B和C: a list of three or more closed by 和 shares the head
    before it, as the 、 items do; two names joined by 和 after an office
    still do not (某国总统A和B: the second is not the president)."""
    people = _people("决赛中，中国队3名选手邵晓琪、徐梦婷和徐思远分获第一、第三和第五名。")
    assert people == {"邵晓琪": ["选手"], "徐梦婷": ["选手"], "徐思远": ["选手"]}
    people = _people("1921年秋，篆刻家丁怀之、王福生、叶为明和吴永隐相聚在山下。")
    assert people["吴永隐"] == ["篆刻家"] and people["王福生"] == ["篆刻家"]
    assert _people("美国总统特朗普和夫人梅拉尼娅出席了晚宴。")["梅拉尼娅"] == []


def test_a_quoted_honour_keeps_its_quotes() -> None:
    """“快递小哥”name: a title written wholly in quotes before the name keeps
    them, as the conventions write quoted honours (“杂交水稻之父”X); a quoted
    word inside a longer title stays as it is."""
    assert _people("驿站的“快递小哥”李建国刚刚送完当天最后一件包裹。")["李建国"] == ["“快递小哥”"]
    assert _people("社区里都知道，“解难书记”殷秀凤扎根这里十多年了。")["殷秀凤"] == ["“解难书记”"]
    assert _people("全国“治沙英雄”王德华出席了报告会。")["王德华"] == ["全国“治沙英雄”"]


def _people_of_lines(lines: list[str]) -> dict[str, list[str]]:
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="x", paragraphs=lines)
    enrich_articles([article], "2019-02-01")
    return {p.name: list(p.titles) for p in article.people}


def test_a_field_line_gives_its_titles_however_lac_read_their_words() -> None:
    """讲述人：name，title: a field line stands alone (its title does not run
    into the next paragraph), and the rest of the line is the chain even where
    LAC read the office's words as verbs (越冬/v 考察/v) or cut 首任 in two."""
    people = _people_of_lines(["亲历者说", "讲述人：严其芳，南湖站首任越冬考察队队长", "在冰天雪地里，我们开始建站。"])
    assert people["严其芳"] == ["南湖站首任越冬考察队队长"]
    people = _people_of_lines(["亲历者说", "讲述人：杨志根，某研究中心主任、首任北湖站站长", "那一年我们到了北极。"])
    assert people["杨志根"] == ["某研究中心主任", "首任北湖站站长"]


def test_a_name_opening_a_sentence_before_a_verb_is_in_running_text() -> None:
    """。韩某 + 有言 …。: a name LAC is sure of that opens a whole sentence, a
    verb right after it, is its subject (running text), not a signature at a
    line's edge; a credit (韩某摄) still is none."""
    assert "韩愈" in _people("这份担当由来已久。韩愈有言，“师者，所以传道受业解惑也”。")
    assert _people("韩寒摄。") == {}


def test_an_owner_or_host_is_no_title() -> None:
    """女主人 + name, 办公室的主人、title + name: an owner or a host is a bond
    with a thing or a house, no office (relations give no title); the office
    in the same chain stays; a business before 主人 makes a role (农家乐主人)."""
    assert _people("“加起来又有10多万哩！”女主人彭秀英笑容满面。")["彭秀英"] == []
    assert _people("节前，这间办公室的主人、石桥镇副镇长朱新民因病住进了医院。")["朱新民"] == ["石桥镇副镇长"]
    assert _people("“客人越来越多了。”农家乐主人潘晓红高兴地说。")["潘晓红"] == ["农家乐主人"]


def test_a_scholars_head_takes_the_field_lac_cut_off() -> None:
    """未来/TIME + 学家 + name: 学家 alone names no one; the field before it,
    whatever LAC tagged it, is part of the title (未来学家)."""
    assert _people("对此，未来学家彼得·格林提出过“空中课堂”的构想。")["彼得·格林"] == ["未来学家"]
