"""An article carries one dateline. A side headline's article set as an L
(its text in columns right of the headline) with another article's headline
under that text, set right of the side headline: the lower article's first
column stands under the side headline, yet it opens with its own dateline
level with the rest of that article's row, and the side headline's text
has its dateline already: the column is the lower article's."""

from __future__ import annotations

from banmian.layout.geometric import build_pdf_page
from banmian.model import PageContent, TextLine

BODY = 8.0
STEP = 11.0


def _column(texts: list[str], x0: float, top: float, chars: int, first_indent: bool = False) -> list[TextLine]:
    out = []
    for k, text in enumerate(texts):
        left = x0 + (2 * BODY if first_indent and k == 0 else 0.0)
        y0 = top + k * STEP
        out.append(TextLine(text, (left, y0, min(x0 + chars * BODY, left + len(text) * BODY), y0 + BODY), BODY))
    return out


def test_a_column_opening_with_its_dateline_joins_its_row_not_the_side_headline_over_it() -> None:
    side = [TextLine(t, (430.0, 640.0 + 30.0 * k, 430.0 + 5 * 23.0, 663.0 + 30.0 * k), 23.0)
            for k, t in enumerate(["江口水文站", "发布汛情黄", "色预警"])]
    upper = (_column(["本报江城5月3日电（记者周", "平）据江口水文站预报，本", "周后期江口上游将出现一次", "较大洪水过程，请沿岸各地",
                      "做好防范准备。"], 560.0, 645.0, 15)
             + _column(["水文站同时提醒，汛期内", "请群众远离河道和低洼地带，", "不要在河边钓鱼游泳，注意",
                        "出行安全。"], 687.0, 645.0, 15, first_indent=True))
    lower_head = TextLine("沿江多地将迎来强降雨", (547.0, 736.0, 547.0 + 10 * 18.0, 754.0), 18.0)
    lower = (_column(["本报江城5月9日电", "气象台预计，未来", "三天沿江地区将出", "现一次强降雨过程", "部分地区有暴雨，"], 466.0, 778.0, 9)
             + _column(["局地有大暴雨。各", "地要加强山洪地质", "灾害的防范。"], 542.0, 778.0, 10)
             + _column(["气象专家提醒，", "雨天路滑，驾车", "出行的市民请减", "速慢行，注意行", "车安全。"], 633.0, 778.0, 10,
                       first_indent=True))
    content = PageContent(0, 842.0, 1191.0, lines=side + upper + [lower_head] + lower)
    articles = {a.headline.title: a for a in build_pdf_page(content).articles}
    assert set(articles) == {"江口水文站发布汛情黄色预警", "沿江多地将迎来强降雨"}, list(articles)
    lower_text = "".join(articles["沿江多地将迎来强降雨"].paragraphs)
    upper_text = "".join(articles["江口水文站发布汛情黄色预警"].paragraphs)
    assert lower_text.startswith("气象台预计，未来三天沿江地区将出"), lower_text
    assert "气象台预计" not in upper_text, upper_text


def test_a_column_under_a_side_headline_that_opens_mid_sentence_runs_on_from_the_left() -> None:
    """A narrow headline stands over a column whose first line goes on with a
    sentence the column on its left broke off (their tops level); the
    headline's own text opens beside it with its dateline. The column is the
    article on the left's, running on, not the narrow headline's."""
    narrow = [TextLine(t, (440.0, 690.0 + 26.0 * k, 440.0 + 4 * 20.0, 710.0 + 26.0 * k), 20.0)
              for k, t in enumerate(["古镇灯会", "迎八方客"])]
    own = (_column(["本报江城3月2日电", "古镇灯会昨晚开幕", "，上百组彩灯沿河", "排开。"], 540.0, 700.0, 10)
           + _column(["灯会将持续到元宵", "节，其间还有舞龙", "舞狮等民俗表演。"], 640.0, 700.0, 10, first_indent=True))
    head = TextLine("城东老街改造完工", (40.0, 780.0, 40.0 + 8 * 22.0, 802.0), 22.0)
    left = (_column(["城东老街改造工", "程昨日完工，街面", "铺上了青石板，两", "旁的老房子也修缮"], 40.0, 812.0, 10, first_indent=True)
            + _column(["一新。不少市民专", "程前来拍照留念，", "老街还引进了几家", "手工作坊和老字号"], 140.0, 812.0, 10)
            + _column(["店铺。据介绍，改", "造过程中保留了老", "街原有的格局和风", "貌，让居民们记得"], 240.0, 812.0, 10)
            + _column(["住乡愁。今后还将", "继续改造周边的几", "条小巷，并配套建", "设停车场和公共卫"], 340.0, 812.0, 10))
    under = _column(["生间，方便居民和", "游客出行。"], 440.0, 812.0, 10)
    content = PageContent(0, 842.0, 1191.0, lines=narrow + own + [head] + left + under)
    articles = {a.headline.title: a for a in build_pdf_page(content).articles}
    assert set(articles) == {"古镇灯会迎八方客", "城东老街改造完工"}, list(articles)
    old_street = "".join(articles["城东老街改造完工"].paragraphs)
    assert old_street.endswith("配套建设停车场和公共卫生间，方便居民和游客出行。"), old_street
    assert "游客出行" not in "".join(articles["古镇灯会迎八方客"].paragraphs)
