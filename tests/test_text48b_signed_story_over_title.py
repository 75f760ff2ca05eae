"""A report set under the text of a signed report in the same measure, its
one-line title (no byline, no subtitle) echoing no word of its own lead
(text mode; invented text, one printed line a line as PyMuPDF's ``get_text``
gives it). The title stands alone between two bodies in one column width, as
a subheading would; but the text over it is a whole signed story (its byline
right over it) that says none of the heading's words, and the two texts share
almost none of their wording: two stories, the heading the second's title. A
story's one subheading heads a part that runs on in the story's own words."""

from __future__ import annotations

import banmian

PAGE = """2024年6月3日 星期一
第5版
城市
城北水厂扩建完工
本报记者 程立
记者从市水务集团获悉，
城北水厂扩建工程日前通过验
收，日供水能力提高到三十万
吨。
扩建后的水厂采用深度处
理工艺，出厂水质全面达到新
国标，可满足城北片区未来十
年的用水需求。
水务集团还同步改造了八
十多公里老旧管网，管网漏损
率明显下降。
一方书场说古今
傍晚时分，老街尽头的书
场里座无虚席。台上的说书人
一拍醒木，台下的听众顿时安
静下来。
这家书场开了四十多年，
如今每周演出五场，常来的听
客有不少是附近的退休老人，
也有专程赶来的年轻人。
"""


def _articles():
    return banmian.parse_text(PAGE, enrich=False).pages[0].articles


def test_lone_heading_under_a_signed_story_of_other_words_is_a_title():
    assert [a.headline.title for a in _articles()] == ["城北水厂扩建完工", "一方书场说古今"]


def test_each_story_keeps_its_text():
    water, story = _articles()
    assert water.paragraphs[-1].endswith("管网漏损率明显下降。")
    assert story.paragraphs[0].startswith("傍晚时分，老街尽头")
