"""Text mode (issue 9): where one article's text ends and the next one's begins
when the page draws a headline after its body. Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import typeset_paragraphs


_PARK = ["江城今年计划在城东新建三座公园，总面积达到四十公顷，全部向市民免费开放，周边居民都很期待。",
         "市园林局负责人介绍，新公园将种植本地树种，并设置健身步道和儿童游乐区域，方便周边居民散步休闲。",
         "公园一角还将辟出果园，种上南山乡合作社培育的柑橘树苗，秋天柑橘成熟时请市民来采摘柑橘。"]
_ORCHARD = ["南山乡的柑橘合作社去年试种新品种，收成比往年多出三成，社员分红翻了一番，大家干劲更足了。",
            "合作社负责人说，今年柑橘合作社还要扩种两百亩，带动周边农户一起种柑橘，走上致富路。"]


def test_a_photo_caption_between_two_texts_ends_the_first_article_whatever_its_last_words_echo():
    # a headline drawn over its body, the body (its last paragraph tells of the next article's
    # subject), its photo's caption and credit, then a second body and that body's headline drawn
    # after it. The content stream drew the photo with its own article: the text after the caption
    # is the closing headline's, though a paragraph before it echoes that headline too
    lines = ["城东新建三座公园", "本报记者 张海平", *typeset_paragraphs(_PARK, 14), "图为城东公园效果图。", "李明摄",
             *typeset_paragraphs(_ORCHARD, 14), "南山乡柑橘合作社扩种柑橘", "本报记者 王芳"]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["城东新建三座公园", "南山乡柑橘合作社扩种柑橘"]
    assert articles[0].paragraphs == _PARK
    assert articles[1].paragraphs == _ORCHARD
