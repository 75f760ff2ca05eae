"""A "kicker" of one to three characters with no mark over a longer title is
the title's first word set on a line of its own (点赞 / 守护乡村的年轻人…): a
kicker states its context in more words or closes on a dash or colon; an
author's name set over the title, which the body never spells, stays apart
(text mode). Invented text."""

from banmian.model import Headline
from banmian.layout.open_tiers import short_kicker_joins_title

_BODY = "在江城的河湾村，一群年轻人回到家乡，办起了合作社，带着乡亲们种茶养蜂。"


def _joined(kicker: str, title: str, body: str = _BODY) -> tuple[str | None, str | None]:
    head = Headline(kicker=kicker, title=title)
    short_kicker_joins_title(head, body)
    return head.kicker, head.title


def test_first_word_joins_title() -> None:
    assert _joined("点赞", "守护乡村的年轻人（田野新风）") == (None, "点赞 守护乡村的年轻人（田野新风）")
    assert _joined("这一片", "“茶海”富了村民") == (None, "这一片“茶海”富了村民")
    assert _joined("河湾村", "合作社带来好日子") == (None, "河湾村 合作社带来好日子")  # a place the body spells


def test_marked_or_longer_kickers_and_authors_stay() -> None:
    assert _joined("国台办：", "某某言论不得人心") == ("国台办：", "某某言论不得人心")
    assert _joined("稳就业——", "关注重点群体") == ("稳就业——", "关注重点群体")
    assert _joined("河湾村返乡青年", "合作社带来好日子") == ("河湾村返乡青年", "合作社带来好日子")
    assert _joined("周明远", "合作社带来好日子") == ("周明远", "合作社带来好日子")  # a name the body never spells

