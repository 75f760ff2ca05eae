"""Text mode: a tier reporting who joined a session's review or discussion
(张三参加审议, 李四参加讨论) goes on under its title, as 王五出席 does: a 副题.
Invented headlines."""

from __future__ import annotations

from banmian.layout.tier_reading import title_then_subtitle


def test_who_joined_the_review_is_the_subtitle() -> None:
    assert title_then_subtitle("省人大常委会会议分组审议环境保护条例草案", "张大伟参加审议")


def test_who_joined_the_discussion_is_the_subtitle() -> None:
    assert title_then_subtitle("市政协委员分组讨论政府工作报告", "李小明参加讨论")
