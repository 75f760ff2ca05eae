"""The enrichment stage on shapes of text found in issue 11's eighth pass
(dev7, a blind development part). Sample words and names are invented for
these tests; they feed hand-made LAC tokens to the rules, so they do not
depend on how the model happens to cut a sentence."""

from __future__ import annotations

from banmian.enrich.credits import is_contributor
from banmian.enrich.namerepair import trim_name_endings
from banmian.enrich.people import find_people
from banmian.enrich.titles import titles_before, titles_stated_after


def _people(*chunks: list[tuple[str, str]]) -> dict[str, list[str]]:
    found = find_people([list(c) for c in chunks], exclude=set(), anchors={}, place_in_title=lambda text: None)
    return {p.name: p.titles for p in found}


def test_a_head_whose_last_character_lac_cut_off_is_whole() -> None:
    """原 + 参谋/n + 长/v + 柯某明, 副 + 委员/n + 长/PER + 柯某明: the model
    cut 参谋长 and 委员长 before their last character and read it as a verb
    or a name; the title is whole."""
    tokens = [("对", "p"), ("某某军区", "ORG"), ("原", "a"), ("参谋", "n"), ("长", "v"), ("柯文明", "PER"),
              ("受贿", "v"), ("案", "n"), ("宣判", "v"), ("。", "w")]
    assert titles_before(tokens, 5) == ["某某军区原参谋长"]
    tokens = [("。", "w"), ("全国某某会", "ORG"), ("副", "a"), ("委员", "n"), ("长", "PER"), ("柯文明", "PER"),
              ("作", "v"), ("报告", "n"), ("。", "w")]
    assert titles_before(tokens, 5) == ["全国某某会副委员长"]
    # a one-character verb that makes no head with the word before it still ends the title
    tokens = [("队员", "n"), ("说", "v"), ("柯文明", "PER"), ("来", "v"), ("了", "u")]
    assert titles_before(tokens, 2) == []


def test_where_a_meeting_is_held_opens_no_title() -> None:
    """在北京与 + 某国外长柯某 (at Beijing, with the minister): 在 + place + 与
    is where and with whom; a place joined by 与 inside an office's name stays
    (某国环境与农牧业部部长, 某某与某某地区总经理)."""
    tokens = [("在", "p"), ("北京", "LOC"), ("与", "p"), ("吉尔某斯坦", "LOC"), ("外长", "n"), ("柯文明", "PER"),
              ("举行", "v"), ("会谈", "vn")]
    assert titles_before(tokens, 5) == ["吉尔某斯坦外长"]
    tokens = [("惠某", "ORG"), ("哈萨某斯坦", "LOC"), ("与", "p"), ("吉尔某斯坦", "LOC"), ("地区", "n"),
              ("总经理", "n"), ("柯文明", "PER"), ("说", "v")]
    assert titles_before(tokens, 6) == ["惠某哈萨某斯坦与吉尔某斯坦地区总经理"]


def test_two_titles_joined_by_ji_are_two_titles() -> None:
    """电影导演、制片人及某协会执行主席托某·弗某: 及 joins two titles of one
    person as 兼 does; a name that holds 及 (文化及旅游部部长) is one title."""
    tokens = [("某国", "LOC"), ("电影", "n"), ("导演", "n"), ("、", "w"), ("制片人", "n"), ("及", "c"),
              ("纪录片", "n"), ("协会", "n"), ("执行", "vn"), ("主席", "n"), ("托某·弗某", "PER"), ("说", "v")]
    assert titles_before(tokens, 10) == ["某国电影导演", "制片人", "纪录片协会执行主席"]
    tokens = [("。", "w"), ("文化", "n"), ("及", "c"), ("旅游部", "ORG"), ("部长", "n"), ("柯文明", "PER"), ("说", "v")]
    assert titles_before(tokens, 5) == ["文化及旅游部部长"]


def test_where_someone_stands_is_no_part_of_the_title() -> None:
    """此时，台上 + 国家一级演员 + 柯某 正在演唱: 台上 says where the singer
    stands; the office starts after it."""
    tokens = [("此时", "TIME"), ("，", "w"), ("台上", "s"), ("国家", "n"), ("一级", "m"), ("演员", "n"),
              ("柯文明", "PER"), ("正在", "d"), ("演唱", "v")]
    assert titles_before(tokens, 6) == ["国家一级演员"]


def test_a_suspect_is_named_by_the_case() -> None:
    """犯罪嫌疑人李某 (the role in a criminal case) is the person's title."""
    people = _people([("，", "w"), ("犯罪嫌疑人", "n"), ("柯某", "PER"), ("将", "d"), ("现金", "n"), ("偷走", "v"),
                      ("。", "w")])
    assert people == {"柯某": ["犯罪嫌疑人"]}


def test_the_time_of_a_meeting_is_no_part_of_the_name() -> None:
    """会见某组织主席柯文明时强调 (LAC: 柯文明时/PER): 时 is the time of the
    meeting, before a verb or a comma."""
    tokens = [("会见", "v"), ("主席", "n"), ("柯文明时", "PER"), ("强调", "v"), ("。", "w")]
    assert trim_name_endings(tokens)[2:4] == [("柯文明", "PER"), ("时", "n")]
    tokens = [("会见", "v"), ("柯文明时", "PER"), ("，", "w")]
    assert trim_name_endings(tokens)[1] == ("柯文明", "PER")
    assert trim_name_endings([("柯文明时", "PER"), ("的", "u")])[0] == ("柯文明时", "PER")


def test_the_writers_of_a_dialogue_are_contributors() -> None:
    """对话人： / 何某某 本报评论员 / 饶某某 某某日报评论员: each writer on a
    line of their own with a paper's staff role; a roster line with another
    title (柯某 某县某局局长) is a person."""
    assert is_contributor([("何文明", "PER"), (" ", "w"), ("本报", "n"), ("评论员", "n")], 0)
    assert is_contributor([("饶文明", "PER"), (" ", "w"), ("某海日报", "ORG"), ("评论员", "n")], 0)
    assert not is_contributor([("柯文明", "PER"), (" ", "w"), ("某县某局", "ORG"), ("局长", "n")], 0)
    assert not is_contributor([("柯文明", "PER"), ("是", "v"), ("本报", "n"), ("评论员", "n")], 0)


def test_a_name_run_on_by_one_character_is_the_shorter_name_of_the_article() -> None:
    """班长柯文明先/PER 与群众研究 ... 柯文明和战士们: LAC glued 先 (then) to the
    name once; the article names 柯文明, so the mention is his, with its title."""
    people = _people([("班长", "n"), ("柯文明先", "PER"), ("与", "p"), ("群众", "n"), ("研究", "v"), ("。", "w")],
                     [("深夜", "TIME"), ("，", "w"), ("柯文明", "PER"), ("和", "c"), ("战士们", "n"), ("出发", "v"),
                      ("。", "w")])
    assert people == {"柯文明": ["班长"]}


def test_a_four_character_name_always_written_whole_stays() -> None:
    """安某晋三 written whole every time (LAC once reads 安某晋 alone): a name
    of four characters, not a run-on."""
    people = _people([("首相", "n"), ("安某晋三", "PER"), ("表示", "v"), ("。", "w")],
                     [("安某晋", "PER"), ("三", "m"), ("说", "v"), ("。", "w")])
    assert list(people) == ["安某晋三"]


def test_a_tibetan_name_needs_no_surname() -> None:
    """63岁老人索朗次仁说 (two parts of Tibetan names, no surname): a person;
    旺堆/PER + 顿珠/PER (LAC cut the name in two): one name; a word of two
    unknown halves that opens with no surname still needs a title or a speech."""
    people = _people([("老人", "n"), ("索朗次仁", "PER"), ("一口气", "d"), ("说", "v"), ("了", "u"), ("。", "w")])
    assert list(people) == ["索朗次仁"]
    people = _people([("“", "w"), ("好", "a"), ("。", "w"), ("”", "w"), ("小区", "n"), ("干部", "n"), ("旺堆", "PER"),
                      ("顿珠", "PER"), ("说", "v"), ("。", "w")])
    assert people == {"旺堆顿珠": ["小区干部"]}
    assert _people([("墨香", "PER"), ("四溢", "v"), ("。", "w")]) == {}


def test_appointed_with_the_sex_in_brackets_and_a_note_after_the_post() -> None:
    """任命柯某（女）为某委员会副主任; 任命饶某为国家某某副总督察（专职）: the
    sex between the name and 为, and a short note after the post, are no
    part of the title."""
    tokens = [("任命", "v"), ("柯文明", "PER"), ("（", "w"), ("女", "a"), ("）", "w"), ("为", "v"),
              ("某某监督管理委员会", "ORG"), ("副主任", "n"), ("；", "w")]
    assert titles_stated_after(tokens, 1) == ["某某监督管理委员会副主任"]
    tokens = [("任命", "v"), ("饶文明", "PER"), ("为", "p"), ("国家", "n"), ("某某", "n"), ("副总督察", "n"),
              ("（", "w"), ("专职", "b"), ("）", "w"), ("；", "w")]
    assert titles_stated_after(tokens, 1) == ["国家某某副总督察"]


def test_a_biography_with_tiaoren_gives_the_post() -> None:
    """柯某调任某军新编某师师长 (调任, 升任, 转任 like 任)."""
    tokens = [("柯文明", "PER"), ("调任", "v"), ("第3军", "nz"), ("新编", "vn"), ("3师", "m"), ("师长", "n"), ("，", "w")]
    assert titles_stated_after(tokens, 0) == ["第3军新编3师师长"]


def test_a_head_lac_kept_inside_the_name_stands_after_it() -> None:
    """陪同拉里某尼议长/PER 访华 (the head glued to the name); 王主任 (a
    surname and a head) is left alone."""
    assert trim_name_endings([("陪同", "v"), ("拉里某尼议长", "PER"), ("访华", "v")])[1:3] == [
        ("拉里某尼", "PER"), ("议长", "n")]
    assert trim_name_endings([("王主任", "PER"), ("说", "v")])[0] == ("王主任", "PER")
    assert trim_name_endings([("习总书记", "PER"), ("说", "v")])[0] == ("习总书记", "PER")
    assert _people([("柯文明", "PER"), ("烈士", "n"), ("墓", "n"), ("在", "p"), ("山上", "s"), ("。", "w")]) == {"柯文明": []}
    people = _people([("为", "p"), ("柯文明", "PER"), ("烈士", "n"), ("扫墓", "v"), ("。", "w")])
    assert people == {"柯文明": ["烈士"]}


def test_a_transliteration_whose_first_sound_lac_read_as_a_verb() -> None:
    """某外交部发言人 + 扎/v + 莫罗娃/PER 表示: one name after the head."""
    tokens = [("某外交部", "ORG"), ("发言人", "n"), ("扎", "v"), ("莫罗娃", "PER"), ("表示", "v"), ("，", "w")]
    assert _people(tokens) == {"扎莫罗娃": ["某外交部发言人"]}


def test_a_writer_of_a_play_is_named_by_the_craft() -> None:
    """编剧柯某、饶某秉持…: 编剧 heads both names of the list."""
    people = _people([("正是", "v"), ("编剧", "n"), ("柯文明", "PER"), ("、", "w"), ("饶文亮", "PER"), ("秉持", "v"),
                      ("理念", "n"), ("。", "w")])
    assert people == {"柯文明": ["编剧"], "饶文亮": ["编剧"]}


def test_a_speaker_lac_read_as_a_verb_and_honours_before_the_name() -> None:
    """某国众议院 + 议长/v + 南某·佩某 (the head read as a verb); “某某奖章”获得者柯某,
    “感动某地”年度人物饶某: honours written before the name are titles."""
    tokens = [("。", "w"), ("美国众议院", "LOC"), ("议长", "v"), ("南希·佩某", "PER"), ("在", "p")]
    assert titles_before(tokens, 3) == ["美国众议院议长"]
    tokens = [("邀请", "v"), ("了", "u"), ("“", "w"), ("某某青年", "nz"), ("奖章", "n"), ("”", "w"), ("获得者", "n"),
              ("柯文明", "PER"), ("作", "v"), ("报告", "n")]
    assert titles_before(tokens, 7) == ["“某某青年奖章”获得者"]
    tokens = [("，", "w"), ("“", "w"), ("感动某地", "nz"), ("”", "w"), ("年度", "n"), ("人物", "n"), ("饶文亮", "PER"),
              ("说", "v")]
    assert titles_before(tokens, 6) == ["“感动某地”年度人物"]


def test_kinds_of_place_are_no_names() -> None:
    """江心洲, 河心岛 (an island in a river), 堰塞湖 (a lake a landslide
    dammed), 边远山区, 藏族村 (a village by its people), 高新区 written
    without its city, 国家某某试验区: kinds of place the gazetteer does not
    know, no names; a village's or a mountain area's own name stays."""
    from banmian.enrich.places import _plausible

    for kind in ("江心洲", "河心岛", "湖心岛", "堰塞湖", "偏远山区", "彝族村", "高新区", "国家大某据综合试验区"):
        assert not _plausible(kind, False, set()), kind
    for name in ("柳溪村", "桐柏山区", "青峰岭", "乌某格尔新区"):
        assert _plausible(name, False, set()), name


def test_a_verb_inside_an_office_after_a_body_tagged_as_a_noun() -> None:
    """某某部 + 执法 + 局/n + 监督/v + 执法 + 一处处长: the body (局) LAC
    tagged as a noun makes the verbs part of the office; 某学院 + 东方/s +
    学/v + 教研室主任: a locative word before the verb too."""
    tokens = [("”", "w"), ("生态", "n"), ("某某部", "n"), ("执法", "vn"), ("局", "n"), ("监督", "v"), ("执法", "vn"),
              ("一处", "m"), ("处长", "n"), ("柯文明", "PER"), ("表示", "v")]
    assert titles_before(tokens, 9) == ["生态某某部执法局监督执法一处处长"]
    tokens = [("。", "w"), ("某国某某学院", "ORG"), ("东方", "s"), ("学", "v"), ("教研室", "n"), ("主任", "n"),
              ("柯文明", "PER"), ("说", "v")]
    assert titles_before(tokens, 6) == ["某国某某学院东方学教研室主任"]


def test_a_work_before_a_role_on_it_is_part_of_the_title() -> None:
    """《某某农》导演柯某: the play's name is part of the director's title; a
    work's name before another head (《某某》 + 居民) is not."""
    tokens = [("、", "w"), ("《", "w"), ("阿某门农", "nw"), ("》", "w"), ("导演", "n"), ("利某诺斯", "PER"), ("带", "v")]
    assert titles_before(tokens, 5) == ["《阿某门农》导演"]
    tokens = [("读", "v"), ("《", "w"), ("某某", "nw"), ("》", "w"), ("的", "u"), ("居民", "n"), ("柯文明", "PER")]
    assert titles_before(tokens, 6) == ["居民"]


def test_a_name_cut_before_one_character_is_not_a_town_of_the_article() -> None:
    """千年古镇 + 柳溪青/PER ... 柳溪/PER + 青人, 柳溪青/LOC 年画: the town the
    article names; LAC's 柳溪 written three times before 青 is no name cut short."""
    people = _people([("千年", "TIME"), ("古镇", "n"), ("柳溪青", "PER"), ("又", "d"), ("亮", "v"), ("了", "u"), ("。", "w")],
                     [("柳溪", "PER"), ("青人", "n"), ("重视", "v"), ("元宵", "nz"), ("。", "w")],
                     [("柳溪", "PER"), ("青灯", "n"), ("展", "v"), ("。", "w")],
                     [("先", "d"), ("有", "v"), ("柳溪青", "LOC"), ("，", "w"), ("后", "f"), ("有", "v"), ("某城", "LOC")])
    assert "柳溪青" not in people


def test_a_player_is_named_by_the_place_in_the_team() -> None:
    """某某队 + 主攻/v + 柯某 (LAC reads the position as a verb), 自由人饶某:
    a player's position before the name is the title."""
    tokens = [("。", "w"), ("天某队", "ORG"), ("主攻", "v"), ("柯文明", "PER"), ("3局", "m"), ("豪取", "v")]
    assert titles_before(tokens, 3) == ["天某队主攻"]
    tokens = [("引进", "v"), ("了", "u"), ("自由人", "n"), ("饶文亮", "PER"), ("。", "w")]
    assert titles_before(tokens, 3) == ["自由人"]
