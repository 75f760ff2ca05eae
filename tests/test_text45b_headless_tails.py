"""A text whose headline, drawn after it in lines of about the column's width,
was read as its last lines is left with no headline: lines after its last
sentence that end on no sentence and close the text are its headline
(src/banmian/layout/headless_tails.py)."""

from banmian import parse_text
from banmian.layout.headless_tails import headlines_closing_headless_texts
from banmian.layout.text_units import Unit
from banmian.model import Block, Byline, Role

PAGE = "\n".join([
    "江城日报",
    "5 体育",
    "2026年3月5日 星期四",
    "江城队主帅赛后表示，球队",
    "在防守端还有不少问题，下",
    "一轮比赛前将加强针对性训",
    "练，争取在主场拿下胜利。",
    "（林小川 周明）",
    "本报江城3 月4 日电",
    "“我们村的大棚蔬菜今年又",
    "丰收了！”在4日上午举行的",
    "江城春季农产品推介会上，",
    "城东村党支部书记王建国的",
    "发言赢得阵阵掌声。",
    "近年来，城东村依托本地",
    "的水土优势，发展设施农业",
    "和特色种植，建成蔬菜大棚",
    "三百多个，带动周边五个村",
    "的农户共同增收。去年全村",
    "蔬菜销售额超过两千万元，",
    "村民人均收入比五年前翻了",
    "一番。村里还成立了合作社，",
    "统一品种、统一技术、统一",
    "销售，让农户种得放心、卖",
    "得顺心。合作社负责人介绍，",
    "今年将新建冷链仓库一座，",
    "把蔬菜卖到更远的城市去，",
    "让乡亲们的钱袋子更鼓。",
    "“城东模式”设施农业结出硕果",
    "大棚蔬菜撑起村民致富路",
    "■",
    "本报记者",
    "陈晓东",
]) + "\n"


def test_headline_closing_a_headless_text_is_its_headline() -> None:
    articles = parse_text(PAGE, enrich=False).pages[0].articles
    last = articles[-1]
    assert last.headline.title == "大棚蔬菜撑起村民致富路"
    assert last.headline.kicker == "“城东模式”设施农业结出硕果"
    assert last.paragraphs[-1].endswith("让乡亲们的钱袋子更鼓。")
    assert [b.name for b in last.bylines] == ["陈晓东"]


def _unit(lines: list[str], role: Role) -> Unit:
    return Unit(Block(lines, role))


TEXT = ["江城新建的体育公园已经开放，", "市民可以免费使用各类场地。", "江城体育公园正式开放"]


def test_one_line_over_the_next_headline_stays() -> None:
    """One such line right over a headline that opens the next text may be its kicker."""
    groups = [[_unit(TEXT, Role.BODY)], [_unit(["全民健身热潮涌动"], Role.TITLE), _unit(["正文在此。"], Role.BODY)]]
    out = headlines_closing_headless_texts(groups)
    assert [u.block.role for u in out[0]] == [Role.BODY]


def test_names_under_the_headline_are_its_bylines() -> None:
    names = Unit(Block(["本报记者 张明"], Role.BYLINE), bylines=[Byline("本报记者", "张明")])
    out = headlines_closing_headless_texts([[_unit(TEXT, Role.BODY)], [names]])
    assert len(out) == 1
    assert [u.block.role for u in out[0]] == [Role.BODY, Role.TITLE, Role.BYLINE]
    assert out[0][1].block.lines == ["江城体育公园正式开放"]


def test_text_ending_mid_sentence_keeps_its_lines() -> None:
    """A text cut short (its last line runs on, or no sentence ended before) keeps them."""
    cut = ["江城新建的体育公园已经开放，", "市民可以免费使用各类场地"]
    out = headlines_closing_headless_texts([[_unit(cut, Role.BODY)]])
    assert [u.block.role for u in out[0]] == [Role.BODY]
