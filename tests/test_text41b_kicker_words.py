"""Two headline tiers an extractor gave in one block, no dash: the words tell the
kicker where no type size does (a quotation set whole is the 主题 under the tier
naming its speaker or scene; a first tier naming a contest sets the scene for
the result under it). Invented text."""

import banmian

_BODY_ONE = """本报讯 上周末，青石镇文化广场正式
启用。广场占地约六千平方米，设有舞
台、健身步道和儿童游乐区，每天傍晚
都有上百名居民来这里散步、跳舞。
“以前吃过晚饭只能在家看电视，现
在大家都愿意出门走走。”居民王阿姨
笑着说。镇文化站负责人介绍，广场还
将定期举办戏曲演出和读书活动。"""

_BODY_TWO = """本报讯 第三届全省青少年象棋公开
赛江城站比赛日前结束。经过七轮角逐，
江城本地小将陈一鸣以六胜一和的成绩
夺得少年组冠军，这也是他第一次在省
级比赛中登上最高领奖台。赛事组委会
表示，下一站比赛将于四月在临川举行。"""


def _page(headline_one: str, headline_two: str) -> str:
    return "\n\n".join([
        "江城日报\n2026年3月2日 星期一 第5版",
        headline_one, "本报记者 林小禾", _BODY_ONE,
        headline_two, "本报记者 周远", _BODY_TWO,
    ]) + "\n"


def _headlines(text: str) -> list[tuple[str | None, str | None, str | None]]:
    edition = banmian.parse_text(text, enrich=False)
    return [(a.headline.kicker, a.headline.title, a.headline.subtitle)
            for page in edition.pages for a in page.articles]


_QUOTED = "青石镇文化广场\n“晚饭后终于有地方跳舞了”"
_CONTEST = "象棋公开赛江城站\n本地小将陈一鸣夺得少年组冠军"


def test_quotation_under_a_shorter_tier_in_its_block_is_the_title() -> None:
    assert ("青石镇文化广场", "“晚饭后终于有地方跳舞了”", None) in _headlines(_page(_QUOTED, _CONTEST))
    # no quotation, no contest: the block's two tiers stay a title and its subtitle
    heads = _headlines(_page("青石镇文化广场启用\n每天傍晚都有上百名居民来散步", _CONTEST))
    assert ("青石镇文化广场启用", "每天傍晚都有上百名居民来散步") in [h[1:] for h in heads]


def test_contest_named_over_its_result_is_the_kicker() -> None:
    assert ("象棋公开赛江城站", "本地小将陈一鸣夺得少年组冠军", None) in _headlines(_page(_QUOTED, _CONTEST))

