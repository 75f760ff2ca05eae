"""A page stream of hundreds of headline groups is settled like a short one:
the page-wide settling (headline_claims.py) keeps its choices as a linked
path, linear in the groups, so no page is left as the wording alone read it
(it was, past 400 groups). Invented text."""

from __future__ import annotations

import banmian

from tests.test_text41a_headline_claims import PAGE


def _notices(count: int) -> str:
    return "".join(f"\n第{n}号公告发布\n\n本报讯　第{n}号公告今日发布，\n\n内容涉及城市道路养护\n\n和公园开放时间调整。\n"
                   for n in range(count))


def test_a_long_stream_still_settles_its_first_headlines() -> None:
    articles = banmian.parse_text(PAGE + _notices(450), enrich=False).pages[0].articles
    commentary = [a for a in articles if a.headline.title == "柳芽新绿又一春（今日谈）"]
    assert len(commentary) == 1 and commentary[0].paragraphs[0].startswith("清晨出门")
    notices = [a for a in articles if a.headline.title and a.headline.title.endswith("号公告发布")]
    assert len(notices) == 450
    assert all(a.headline.title == f"第{n}号公告发布" for n, a in enumerate(notices))
