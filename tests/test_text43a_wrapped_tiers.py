"""Three headline tiers read with no dash and no column tag are two tiers, one
wrapped over two lines: the kicker's box (a figure whose verb closes the line
over it, the next clause of its sentence) or the title's (a
line opening inside a word cut at the line end). And digits inside a name or
code (2+N) give no figure: the tier holding one is no subtitle by that.
Invented text, as a line stream gives it."""

from tests.stream_page import stream_page


def _headlines(headline: str) -> list[tuple[str | None, str | None, str | None]]:
    edition = stream_page(headline)
    return [(a.headline.kicker, a.headline.title, a.headline.subtitle)
            for page in edition.pages for a in page.articles]


def test_figure_opening_the_kicker_s_second_line() -> None:
    heads = _headlines("与邻市合作的亿元以上项目签约\n215项\n青石：产业协作带来新活力")
    assert heads[0] == ("与邻市合作的亿元以上项目签约215项", "青石：产业协作带来新活力", None)


def test_kicker_sentence_of_clauses_over_two_lines() -> None:
    heads = _headlines("老街改造项目全面完工，沿街商铺陆续\n开张营业，游客纷至沓来\n古街重现昔日烟火气")
    assert heads[0] == ("老街改造项目全面完工，沿街商铺陆续开张营业，游客纷至沓来", "古街重现昔日烟火气", None)


def test_digits_of_a_code_give_no_figure() -> None:
    heads = _headlines("推进职业院校教学改革\n江城将试行2+N技能证书制度")
    assert heads[0] == ("推进职业院校教学改革", "江城将试行2+N技能证书制度", None)
    heads = _headlines("春节假期全市文旅市场平稳有序\n接待游客120万人次")  # a figure: the subtitle's
    assert heads[0] == (None, "春节假期全市文旅市场平稳有序", "接待游客120万人次")


def test_title_wrapped_after_a_preposition_cut_short() -> None:
    heads = _headlines("江城市委致信全市青年志愿者\n勉励大家扎根基层奉献在社\n区服务中书写青春华章")
    assert heads[0] == ("江城市委致信全市青年志愿者", "勉励大家扎根基层奉献在社区服务中书写青春华章", None)


def test_two_phrases_a_space_apart_are_the_title() -> None:
    heads = _headlines("江城春季植树活动部署开展\n植绿护绿 共建美丽生态家园")
    assert heads[0] == ("江城春季植树活动部署开展", "植绿护绿 共建美丽生态家园", None)
