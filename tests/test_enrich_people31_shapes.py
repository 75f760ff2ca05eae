"""Shapes of issue 11 worked on in session 31 (people31: credits in spaced
bylines and bureau notes, names ending in a conjunction's character, place
tails glued to a stray word, compass points of a course or a strip).
Sentences, names and places are invented."""

from __future__ import annotations

from tests.enrich_shapes import people_of as _people
from tests.enrich_shapes import places_of as _places


def test_a_byline_with_a_padded_name_credits_every_name() -> None:
    """本报记者 + 石  磊 (padded: LAC reads a word and a verb) + 何某某: the
    spaced list after the role word is the byline, its last name too."""
    people = _people("村民刘建国说，今年收成好。", "本报记者  石  磊  何静怡")
    assert "何静怡" not in people
    assert "刘建国" in people


def test_a_credit_role_with_a_colon_before_spaced_names() -> None:
    """稿件统筹：石  磊  何某某 closing an article: every name is a credit."""
    people = _people("村民刘建国说，今年收成好。", "稿件统筹：石  磊  何静怡")
    assert "何静怡" not in people


def test_a_bureau_s_signed_note_is_a_reporter_s() -> None:
    """某某分社 + name + ：…: a reporter's note on the reporting, no person of the news."""
    people = _people("记者留言板", "江北分社许文涛：跟基层群众在一起，我们一直在努力。",
                     "总编室邓晓光：现在的农村变化很大。",
                     "村民刘建国说，今年的收成比往年好。")
    assert "许文涛" not in people and "邓晓光" not in people
    assert "刘建国" in people


def test_an_essayist_s_byline_with_the_country_in_brackets() -> None:
    """（某国）+ name alone on its line, the essay signed （作者为…）: the writer."""
    people = _people("合作共赢的新机遇", "（马来西亚）陈国栋",
                     "我多次到访中国，看到了很多变化。",
                     "（作者为某研究所高级研究员，本报记者赵明采访整理）")
    assert "陈国栋" not in people


def test_a_name_ending_in_he_is_not_cut_before_it() -> None:
    """陆某和 written before 的 and a comma (no conjunction stands there), and
    once before a verb LAC reads as 陆某 + 和/c: one person, 陆某和."""
    people = _people("总书记来到村里，和贫困户钟奕和交谈。",
                     "48岁的钟奕和，坐在院子里的小板凳上。",
                     "钟奕和的家位于村子东头。")
    assert "钟奕和" in people
    assert "钟奕" not in people


def test_a_conjunction_after_a_name_is_still_cut_off() -> None:
    """王某某和 + 李某某: 和 joins two people (the name never stands before a mark with it)."""
    people = _people("王建军和李秀兰一起种了三十亩果树。", "王建军说，今年要再扩大规模。")
    assert "王建军" in people and "王建军和" not in people


def test_a_place_tail_glued_to_a_stray_word_is_no_place() -> None:
    """连/d + 榆/LOC + 河边, 老/LOC + 营坪村: LAC cut a river's or a village's
    name it did not know; the tail is no place (a place is whole or not at all)."""
    assert "榆河" not in _places("站在连榆河边，一片田野映入眼帘。")
    assert "营坪村" not in _places("他家住在老营坪村。")


def test_a_place_after_a_preposition_stays() -> None:
    """来到 + 北京, 到了 + 上海: words before a place, no stray front."""
    assert _places("我们来到北京，又到了上海。") == ["北京", "上海"]


def test_a_former_city_keeps_its_name() -> None:
    """原 + 某某市: a city before a merger, whole."""
    places = _places("原莱芜市如今已划入山东省济南市。")
    assert "莱芜市" in places


def test_compass_points_of_a_course_are_directions() -> None:
    """自 + 东北 + 向 + 西南: the river's course, no region."""
    places = _places("南溪河流经湖北宜昌市，自东北向西南流过城区。")
    assert "东北" not in places


def test_a_compass_point_before_a_coast_is_part_of_the_county() -> None:
    """某县 + 东北 + 沿海: the county's coast, not the region 东北."""
    places = _places("这里地处福建省连江县东北沿海，一座小站立在山脚。")
    assert "东北" not in places


def test_a_country_cut_where_words_end_opens_the_title() -> None:
    """圭亚/PER + 那/r + 前总统 + name: the country's pieces end where words
    end, yet none was read as a place; the title keeps its country."""
    people = _people("圭亚那前总统马克·伯恩斯出席了论坛。")
    assert people["马克·伯恩斯"] == ["圭亚那前总统"]


def test_police_officers_and_doctors_are_heads() -> None:
    """某某环保警察 + name, 某医院大夫 + name: trades of service are titles."""
    people = _people("南湖水上派出所环保警察周建平带着同事巡逻。", "市人民医院大夫孙立新正在查房。")
    assert people["周建平"] == ["南湖水上派出所环保警察"]
    assert people["孙立新"] == ["市人民医院大夫"]


def test_a_surname_and_a_trade_is_a_form_of_address() -> None:
    """田大夫 (a surname and 大夫): how one calls a doctor, no person's name."""
    assert "彭大夫" not in _people("乡兽医站的彭大夫前脚刚上班，村里的人就来了。")


def test_an_athlete_is_a_title_despite_its_look_alike_ending() -> None:
    """运动员 ends in 动员 (to mobilise), a look-alike of a head; the longer
    head of the list ends it: 国家队运动员 + name is a title."""
    people = _people("国家队运动员郭佳宁在比赛中夺得金牌。")
    assert people["郭佳宁"] == ["国家队运动员"]


def test_a_body_s_name_ending_in_zuzhi_read_as_a_verb_stays_in_the_title() -> None:
    """某某保护 + 组织/v + 总干事 + name: the body's generic noun, not the verb
    to organise; the title keeps the body. 组织 + 村民 + name stays the verb."""
    people = _people("世界海洋保护组织总干事马克·伯恩斯出席了论坛。", "我们组织村民李明学习技术。")
    assert people["马克·伯恩斯"] == ["世界海洋保护组织总干事"]
    assert people["李明"] == ["村民"]


def test_a_speaker_s_line_gives_the_title_before_the_name() -> None:
    """某大学某学院院长 + spaces + name, alone on its line: a symposium's
    speaker introduced as a roster line is, the other way round."""
    people = _people("国产大片的一次新尝试", "南方大学艺术学院院长  陈文海", "这部影片改编自同名小说。",
                     "让科幻电影走得更远", "科幻作家、某报社编辑部副主任  孙立新", "我把这部影片看作献礼片。")
    assert people["陈文海"] == ["南方大学艺术学院院长"]
    assert people["孙立新"] == ["科幻作家", "某报社编辑部副主任"]



def test_a_surname_read_as_a_preposition_after_a_title() -> None:
    """馆长 + 向/p + 海燕/PER: 海 opens no common surname, so 向 is the
    surname (向海燕); 书记 + 向/p + 李明 + 汇报 keeps the preposition."""
    assert _people("馆长向海燕介绍了展览。") == {"向海燕": ["馆长"]}
    assert "李明" in _people("村支书向李明汇报了情况。")


def test_a_speaker_read_as_a_preposition_between_a_title_and_shuo() -> None:
    """干部 + 向/p + 占芬/v + 说, 居民 + 于占梅/p + 说: the surname read as a
    preposition (or the whole name as one of three characters, which no
    preposition has) between a title and the speech verb; 于 + 会上 + 说 and
    于是 + 说 stay words."""
    assert _people("社区干部向占芬说，活动明天开始。") == {"向占芬": ["社区干部"]}
    assert _people("小区居民于占梅说，停车难的问题解决了。") == {"于占梅": ["小区居民"]}
    assert _people("主任于会上说，要抓好落实。", "居民于是说，这样不行。") == {}
