"""A second headline tier that measures the news against the past (为…以来最多,
同比…, 较上年…) goes on from the figure the tier over it gave: the first is the
title and the second its subtitle, even with no digit left in it once its year
is read as a year. Invented text."""

from banmian.layout.tier_reading import title_then_subtitle


def test_record_against_a_year_reads_as_subtitle() -> None:
    assert title_then_subtitle("去年江城空气优良天数达320天", "为2013年以来最多")
    assert not title_then_subtitle("去年江城空气优良天数达320天", "蓝天白云成为城市新名片")


def test_comparison_with_last_year_reads_as_subtitle() -> None:
    assert title_then_subtitle("江城春节接待游客人数再创新纪录", "较上年明显增加")
