"""Text mode: a subtitle opening with a dash (——记…), drawn before its title,
was read as the kicker of a headline of two tiers; a subtitle under the title
was needed before it was moved. No kicker opens with a dash: over a title
alone too, the dashed tier is the subtitle. Invented text."""

from banmian.layout.dashed_first_tiers import dashed_tiers
from banmian.model import Headline


def test_a_dashed_kicker_over_a_title_alone_is_the_subtitle() -> None:
    head = Headline(kicker="——记江城社区书屋的志愿者们", title="老街巷里的书香")
    dashed_tiers(head)
    assert (head.kicker, head.title, head.subtitle) == (None, "老街巷里的书香", "——记江城社区书屋的志愿者们")


def test_a_kicker_closing_with_a_dash_stays_the_kicker() -> None:
    head = Headline(kicker="江城社区探索志愿服务新路子——", title="老街巷里的书香")
    dashed_tiers(head)
    assert (head.kicker, head.title, head.subtitle) == ("江城社区探索志愿服务新路子——", "老街巷里的书香", None)


def test_a_short_title_under_a_dashed_tier_alone_is_left_as_read() -> None:
    # (its first line may have been read into the dashed tier's wrap: …的讲话催人奋进江城 / 新貌)
    head = Headline(kicker="——记江城社区书屋的志愿者们江城", title="新貌")
    dashed_tiers(head)
    assert (head.kicker, head.title, head.subtitle) == ("——记江城社区书屋的志愿者们江城", "新貌", None)
