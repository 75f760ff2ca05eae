"""The second typesetter (bench/broadsheet): its answers must be what its pages print.

Pages are checked against their own text layer (PyMuPDF), never against the parser.
"""

from __future__ import annotations

import json

import pytest

from bench.broadsheet.ink import Fonts, break_lines
from bench.broadsheet.stories import split_opening, story_from_row
from tests.shared_data import CORPUS, require_shared

pymupdf = pytest.importorskip("pymupdf")


def _normalize(text: str) -> str:
    import unicodedata

    return "".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture(scope="module")
def pages():
    from bench.broadsheet import build_corpus, build_page

    corpus = build_corpus(require_shared(*CORPUS))
    fonts = Fonts()
    return [build_page(corpus, fonts, 3, index, f"t{index}") for index in range(4)]


def test_every_answer_is_printed_in_the_text_layer(pages):
    for pdf, answer in pages:
        with pymupdf.open(stream=pdf, filetype="pdf") as document:
            text = _normalize(document[0].get_text())
        assert len(answer["articles"]) >= 2
        for article in answer["articles"]:
            assert article["start"] and article["end"]
            assert _normalize(article["start"]) in text and _normalize(article["end"]) in text
            assert _normalize("".join(article["body"])).startswith(_normalize(article["start"]))
            assert article["paragraphs"] == len(article["body"])
            for tier in ("kicker", "title", "subtitle"):
                if article[tier]:
                    assert _normalize(article[tier]) in text, (tier, article[tier])
            for name in article["bylines"]:
                assert _normalize(name) in text
            for caption in article["captions"]:
                assert _normalize(caption["text"]) in text and _normalize(caption["credit"]) in text
            assert article["features"], article["title"]


def test_header_prints_the_page_number_and_section(pages):
    for pdf, answer in pages:
        with pymupdf.open(stream=pdf, filetype="pdf") as document:
            text = _normalize(document[0].get_text())
        assert answer["page"]["section"] in text
        assert str(answer["page"]["number"]) in text
        assert answer["features"] and any(f.startswith("header-") for f in answer["features"])


def test_answers_are_the_format_realpages_reads(pages, tmp_path):
    from bench.realpages import find_pages

    for pdf, answer in pages:
        (tmp_path / answer["file"]).write_bytes(pdf)
        (tmp_path / answer["file"]).with_suffix(".json").write_text(json.dumps(answer, ensure_ascii=False))
    found = find_pages([tmp_path])
    assert [p.name for p in found] == sorted(a["file"][:-4] for _, a in pages)


def test_verify_catches_an_answer_that_is_not_printed(pages):
    from bench.broadsheet import verify

    pdf, answer = pages[0]
    assert verify(pdf, answer) == []
    broken = json.loads(json.dumps(answer))
    broken["articles"][0]["end"] = "这句话没有印在版面上。"
    assert verify(pdf, broken)


def test_same_seed_same_page():
    from bench.broadsheet import build_corpus, build_page

    corpus = build_corpus(require_shared(*CORPUS))
    fonts = Fonts()
    first = build_page(corpus, fonts, 9, 1, "a")[1]
    again = build_page(corpus, fonts, 9, 1, "a")[1]
    assert first == again


def test_opening_splits_dateline_and_reporters():
    dateline, reporters, rest = split_opening("本报杭州3月5日电 （记者王小明、李青 通讯员赵一）当地春耕已经全面展开。")
    assert dateline == "本报杭州3月5日电"
    assert reporters == [("记者", "王小明"), ("记者", "李青"), ("通讯员", "赵一")]
    assert rest == "当地春耕已经全面展开。"
    assert split_opening("本报讯 （记者王小明和他的同事们一起）当地春耕已经全面展开。") is None
    assert split_opening("春天来了，田野一片忙碌的景象。")[0] is None


def test_story_keeps_subheads_and_drops_credits():
    row = {"date": "2019-02-01", "page": 5, "seq": 2, "kicker": None, "title": "山村的新路", "subtitle": None,
           "paragraphs": ["本报讯 （记者王小明）山村里修通了一条新路，村民出行方便多了。",
                          "路修到了家门口", "过去进城要走半天，现在坐车只要二十分钟，大家都很高兴。",
                          "村里还准备发展乡村旅游，让更多游客走进来看看山里的风景。", "制图：李青"]}
    story = story_from_row(row)
    assert story is not None
    assert story.dateline == "本报讯" and story.reporters == [("记者", "王小明")]
    assert story.subheads == {1}
    assert story.paragraphs[-1].endswith("风景。")


def test_break_lines_keeps_closing_marks_off_a_line_start():
    fonts = Fonts()
    text = "我们一起去公园散步，看见湖边的柳树已经发芽了。孩子们在草地上奔跑，笑声传得很远。"
    lines = break_lines(text, 9 * 10.0, 10.0, fonts, "song", indent=2.0)
    assert "".join(line.text for line in lines) == text
    assert all(line.text[0] not in "，。、" for line in lines)
    assert lines[0].indent == 2.0 and all(line.indent == 0 for line in lines[1:])
    assert all(line.full for line in lines[:-1]) and not lines[-1].full
