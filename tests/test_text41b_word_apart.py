"""A word of two or three characters the article's body spells (a place, a
person), on its own line over a title and its subtitle, is the title's first
word set apart (江城 推出…), not a column's label to drop. Invented text."""

from banmian.model import Headline
from banmian.layout.tier_reading import reread_tiers

_SUBTITLE = "江城将从审批、融资、用地等方面为企业减负，让企业安心谋发展"
_BODY = "近日，江城市召开优化营商环境工作会议。记者从会上了解到，江城将推出十项举措。"


def test_place_over_title_is_its_first_word() -> None:
    head = Headline(kicker="江城", title="推出十项举措优化营商环境", subtitle=_SUBTITLE)
    reread_tiers(head, False, True, _BODY)
    assert head.title == "江城 推出十项举措优化营商环境"
    assert head.subtitle == _SUBTITLE
    # a column's label the text tells nothing of is still no tier
    label = Headline(kicker="速览", title="推出十项举措优化营商环境", subtitle=_SUBTITLE)
    reread_tiers(label, False, True, _BODY)
    assert label.title == "推出十项举措优化营商环境"
