"""people60 (enrich60b): posts stated after the name in a clause of their own.

* two names joined by 和 before one copula (某某和某某担任顾问) both hold the post,
  not when each holds another (分别担任);
* the name's own clause (or two, each a verb phrase with no subject of its own)
  ends at a comma and the next opens with a copula of the present post
  (某某在某地工作多年，现任某公司经理): the post is the name's. Not after speech,
  not where the name is an object, not after a note that is no clause (今年63岁).
"""

from __future__ import annotations

from banmian.enrich.titles import titles_stated_after


def test_two_joined_names_share_the_post() -> None:
    tokens = [("周永泰", "PER"), ("和", "c"), ("林守正", "PER"), ("担任", "v"), ("顾问", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 0) == ["顾问"]
    assert titles_stated_after(tokens, 2) == ["顾问"]
    tokens = [("周永泰", "PER"), ("、", "w"), ("林守正", "PER"), ("和", "c"), ("柯明远", "PER"), ("担任", "v"),
              ("顾问", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 0) == ["顾问"]


def test_names_holding_posts_each_share_none() -> None:
    tokens = [("周永泰", "PER"), ("和", "c"), ("林守正", "PER"), ("分别", "d"), ("担任", "v"), ("组长", "n"),
              ("和", "c"), ("副组长", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 0) == []


def test_the_present_post_after_the_names_own_clause() -> None:
    tokens = [("周永泰", "PER"), ("在", "p"), ("江州", "LOC"), ("工作", "v"), ("多年", "m"), ("，", "w"),
              ("现任", "v"), ("青山公司", "ORG"), ("总经理", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 0) == ["青山公司总经理"]
    tokens = [("。", "w"), ("周永泰", "PER"), ("来自", "v"), ("江南", "LOC"), ("，", "w"), ("在", "p"), ("美国", "LOC"),
              ("生活", "v"), ("20多年", "TIME"), ("了", "xc"), ("，", "w"), ("是", "v"), ("江南同乡会", "ORG"),
              ("的", "u"), ("名誉", "n"), ("会长", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 1) == ["名誉会长"]


def test_no_post_after_speech_an_object_or_a_note() -> None:
    tokens = [("周永泰", "PER"), ("笑着", "vd"), ("说", "v"), ("，", "w"), ("是", "v"), ("村", "n"),
              ("书记", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 0) == []
    tokens = [("记者", "n"), ("见到", "v"), ("周永泰", "PER"), ("在", "p"), ("村里", "s"), ("干活", "v"), ("，", "w"),
              ("现任", "v"), ("青山公司", "ORG"), ("总经理", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 2) == []
    tokens = [("周永泰", "PER"), ("今年", "TIME"), ("63岁", "m"), ("，", "w"), ("是", "v"), ("石桥镇", "LOC"),
              ("农民", "n"), ("。", "w")]
    assert titles_stated_after(tokens, 0) == []
