"""The space cleaners and end-anchored tests, rewritten for speed (session 28),
give what the patterns they replaced gave: invented lines with every kind of
gap, and long lines that must not be tried at every character."""

from __future__ import annotations

import time

from banmian.layout.headlines import looks_like_kicker
from banmian.layout.reflow import clean_body_spaces, clean_headline_spaces
from banmian.layout.tier_patterns import has_title_tag
from banmian.sources.text import without_letter_spacing


def test_headline_spaces_keep_one_phrase_gap_and_drop_the_ascii_ones():
    assert clean_headline_spaces("倒排工期推进\u3000确保按时交付使用") == "倒排工期推进 确保按时交付使用"
    assert clean_headline_spaces("江城新区 2025 年 建成 5G 基站") == "江城新区2025年 建成5G基站"
    assert clean_headline_spaces("“春风”  行动\xa0启动") == "“春风” 行动 启动"
    assert clean_headline_spaces("  City Walk  走进 老街 ") == "City Walk走进 老街"
    assert clean_headline_spaces("\u3000\t ") == ""
    assert clean_headline_spaces("") == ""
    assert clean_headline_spaces("无空格的标题") == "无空格的标题"


def test_body_spaces_drop_the_gaps_beside_wide_characters():
    assert clean_body_spaces("今年 1 至 5 月 ，江城 GDP  growth 达到 6.5% 。") == "今年1至5月，江城GDP growth达到6.5%。"
    assert clean_body_spaces("  开头的空格\u3000和\u2028结尾 ") == "开头的空格和结尾"


def test_letter_spaced_line_gets_its_text_back():
    assert without_letter_spacing("会 主 义 进 入 新 时 代 ， 并 且 继 续") == "会主义进入新时代，并且继续"
    assert without_letter_spacing("张三 李四 王五 赵六 钱七 孙八 周九") == "张三 李四 王五 赵六 钱七 孙八 周九"


def test_end_anchored_tests_read_a_long_line_by_its_end():
    body = "江城的街巷里" * 4000
    started = time.process_time()
    assert has_title_tag(body + "（江城观察）")
    assert not has_title_tag(body + "（2019年2月3日）")
    assert not has_title_tag(body + "（江城观察）。")
    assert has_title_tag("老街新貌（江城治理在身边·关注老旧小区③）\n")
    assert looks_like_kicker(body + "会上强调")
    assert looks_like_kicker("市长在会上指出\n")
    assert not looks_like_kicker(body + "强调了")
    assert clean_headline_spaces(body + " " + body) == body + " " + body
    assert time.process_time() - started < 0.5
