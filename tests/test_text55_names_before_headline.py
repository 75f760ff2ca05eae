"""Text mode: a content stream may draw an article's authors before its
headline, one name a line, right after the text above has ended its sentence
(……。 / 林晓川 / 周文静 / the title). Two name-shaped lines one after the other
are a list of people, never a tier wrapped: both sign the article under them,
neither is a title nor split between two articles. A title wrapped over two
short lines stays one title. Invented text."""

import banmian
from banmian.layout.reporter_lines import reporter_lines_are_bylines
from banmian.layout.roles import BODY, BYLINE, TITLE
from banmian.layout.text_units import Unit
from banmian.model import Block

_HEAD = ["江城日报", "2026年3月5日 星期四", "第3版 要闻"]
_FIRST = ["湖畔新村的春天", "开春以来，湖畔新村的村民们忙着", "整修田埂、清理沟渠，为春耕做好准",
          "备。村党支部书记说，今年村里新修", "了三条机耕路，农机可以直接开到田", "边，大伙儿干劲更足了。",
          "村里还请来农技员，手把手教村民", "使用新式插秧机。一台机器一天能插", "三十多亩秧，顶得上二十个壮劳力。"]
_SECOND_TEXT = ["傍晚时分，老城区的社区书屋里灯火", "通明，几位退休教师正在给孩子们辅", "导功课。书屋去年由一间闲置仓库改",
                "建而成，如今藏书已有五千多册。", "每逢周末，书屋还会举办读书分享会，", "邀请附近居民一起交流读书心得，小",
                "小的书屋成了街坊们的精神家园。"]


def _articles(between: list[str]) -> list[dict]:
    text = "\n".join(_HEAD + _FIRST + between + _SECOND_TEXT) + "\n"
    return banmian.parse_text(text, enrich=False).to_dict()["pages"][0]["articles"]


def test_names_a_line_each_before_a_headline_sign_the_article_under_them() -> None:
    articles = _articles(["林晓川", "周文静", "老街巷里的书香"])
    assert [a["headline"]["title"] for a in articles] == ["湖畔新村的春天", "老街巷里的书香"]
    assert [b["name"] for b in articles[0]["bylines"]] == []
    assert [b["name"] for b in articles[1]["bylines"]] == ["林晓川", "周文静"]


def test_two_short_tier_lines_not_both_names_are_no_byline() -> None:
    articles = _articles(["高原", "书屋", "老街巷里的书香"])
    assert all(not a["bylines"] for a in articles)


def test_one_full_name_between_a_text_end_and_a_headline_is_a_byline() -> None:
    articles = _articles(["林晓川", "老街巷里的书香"])
    second = articles[-1]
    assert second["headline"] == {"kicker": None, "title": "老街巷里的书香", "subtitle": None}
    assert [b["name"] for a in articles for b in a["bylines"]] == ["林晓川"]


def test_names_a_line_each_over_a_kicker_with_a_clause_mark_are_a_byline() -> None:
    articles = _articles(["林晓川", "周文静", "老街巷改造、社区服务升级——", "老街巷里的书香"])
    assert [b["name"] for a in articles for b in a["bylines"]] == ["林晓川", "周文静"]
    assert all("林晓川" not in (a["headline"]["title"] or "") for a in articles)



def test_a_reporters_line_read_as_a_paragraph_of_its_own_is_a_byline() -> None:
    units = [Unit(Block(_FIRST[1:3], BODY)), Unit(Block(["本报记者林晓川"], BODY)),
             Unit(Block(["老街巷里的书香"], TITLE))]
    reporter_lines_are_bylines(units)
    assert units[1].block.role == BYLINE and [b.name for b in units[1].bylines] == ["林晓川"]
    assert units[0].block.role == BODY
