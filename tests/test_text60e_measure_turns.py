"""Text mode: where a content stream turns from one text's column width to
the next text's (its headline drawn after it), the lines at the turn are
told by their widths. A text's last paragraph of two lines (an indented
first line, a short last line ending 。) is set in its own column and closes
it; the next text's indented first line, two cells short of its wider
column, is wider than any line of the column above and opens that text.
Invented pages, laid out as an extractor gives them (one line a line)."""

from __future__ import annotations

import banmian
from banmian.layout.measure_turn_lines import opens_next_measure
from banmian.layout.stream_measure import Measure
from banmian.layout.text_turns import width_turn


def _wrap(paragraphs: list[str], width: int) -> list[str]:
    """Each paragraph set in ``width`` cells, its first line indented two cells."""
    out = []
    for text in paragraphs:
        out.append(text[:width - 2])
        text = text[width - 2:]
        while text:
            out.append(text[:width])
            text = text[width:]
    return out


PARK = ["今年江城市在老城区新建了三座口袋公园，附近的居民出门走几步就能休息散步。公园里种了桂花和香樟，还放了不少长椅。",
        "市园林局的负责人介绍，明年还将在城东和城南再建五座公园，让更多居民在家门口享受绿色。"]
FARM = ["青山县种粮大户李大田今年的春耕提前了半个月，他说新买的播种机又快又省力，一天能种一百多亩地，比去年多了一倍。",
        "李大田说，今年要把合作社的地全都种上优质稻，争取再多打些粮食，让乡亲们的日子越过越红火和美满。"]


def _articles(lines: list[str]) -> list[tuple[str, list[str]]]:
    page = banmian.parse_text("\n".join(lines), enrich=False).to_dict()["pages"][0]
    return [(a["headline"]["title"], [p["text"] if isinstance(p, dict) else p for p in a["paragraphs"]])
            for a in page["articles"]]


#: a dated report in a 13-cell column, as the stream gives it
REPORT = ["江城新建三座口袋公园", "本报江城3月2日电 今年", "江城市在老城区新建了三座口", "袋公园，附近的居民出门走几",
          "步就能休息散步。公园里种了", "桂花和香樟，还放了不少长椅", "和健身器材，老人孩子都爱来"]


#: the next text in an 18-cell column, as the stream gives it
FARM_18 = ["青山县的种粮大户李大田今年的春耕", "提前了半个月，他说新买的播种机又快又", "省力，一天能种一百多亩地，比去年多了",
           "一倍还多。县里的农技员也常到田间地头", "帮他看苗情、查墒情，教他科学施肥。", "李大田说，今年要把合作社的地全都种上",
           "优质稻，争取再多打些粮食，让乡亲们的", "日子越过越红火，腰包越来越鼓。"]


def test_two_line_last_paragraph_closes_its_text():
    closing = ["各街道社区的居民代表和", "志愿者参加了开园仪式。"]  # (11 cells: the 13-cell column's indent)
    lines = [*REPORT, "这里坐一坐。", "市园林局的负责人介绍，明", "年还将在城东和城南再建五座",
             "公园，让更多居民在家门口享", "受绿色。", *closing, *FARM_18, "种粮大户春耕忙"]
    (first, park), (second, farm) = _articles(lines)
    assert first == "江城新建三座口袋公园" and park[-1] == "".join(closing)
    assert second == "种粮大户春耕忙" and farm[0].startswith("青山县")


def test_next_texts_first_line_wider_than_the_column_above_opens_it():
    lines = [*REPORT, "这里坐一坐，十分惬意。市园", "林局的负责人介绍，明年还将", "在城东和城南再建五座公园，",
             "让更多居民在家门口享受到绿", "色，生活得更加舒心和美好。", *_wrap(FARM, 16), "种粮大户春耕忙"]
    assert len(_wrap(FARM, 16)[0]) == 14  # (its first line: a cell wider than the column above)
    (first, park), (second, farm) = _articles(lines)
    assert first == "江城新建三座口袋公园" and park[-1].endswith("舒心和美好。")
    assert second == "种粮大户春耕忙" and farm[0].startswith("青山县")


def test_a_line_as_wide_as_the_column_above_may_go_on_there():
    park = _wrap(PARK, 13)
    p = len(park) - 1  # (享受绿色。 ends the text above)
    assert opens_next_measure(Measure([*park, *_wrap(FARM, 16)]), p, p + 1)
    # the next text's first line no wider than a line of the column above (13 cells): nothing tells
    assert not opens_next_measure(Measure([*park, *_wrap(FARM, 15)]), p, p + 1)


def test_width_turn_keeps_a_two_line_paragraph_in_its_column():
    park = [_wrap([text], 13) for text in PARK]
    farm = [_wrap([text], 18) for text in FARM]
    closing = ["各街道社区的居民代表和", "志愿者参加了开园仪式。"]
    assert width_turn([*park, closing, *farm]) == 3
    # a two-line paragraph indented for the wider column opens the second text
    assert width_turn([*park, ["各街道社区的居民代表和志愿者", "参加了开园仪式。"], *farm]) == 2


def test_two_line_paragraph_inside_a_text_is_left_to_the_other_rules():
    from banmian.layout.measure_turn_lines import two_line_paragraph_ends_text

    park = _wrap(PARK, 13)
    closing = ["各街道社区的居民代表和", "志愿者参加了开园仪式。"]
    k = len(park)
    assert two_line_paragraph_ends_text(Measure([*park, *closing, *_wrap(FARM, 18)]), k)
    # the text goes on in its own column under the two lines: no turn, nothing decided here
    assert not two_line_paragraph_ends_text(Measure([*park, *closing, *_wrap(FARM, 13)]), k)


def test_short_line_under_a_headline_is_no_text_end():
    # ……。 / a title / its text's short first paragraph / a first line of that text's wider column:
    # the sentence's end under a headline closes no column's text, the lines stay together
    park = _wrap(PARK, 13)
    lines = [*park, "种粮大户春耕忙", "春耕开始了。", *_wrap(FARM, 16)]
    p = len(park) + 1
    assert not opens_next_measure(Measure(lines), p, p + 1)
