"""Text mode: two tiers left once a slogan band under them is dropped.

In a line stream a band of two short phrases (or a name beside a column's
label) may be read as a third tier under a headline; once dropped, the two
tiers left are told apart by their words as any two tiers of a stream are:
a parallel event under the title is its subtitle. Invented headlines."""

from __future__ import annotations

from banmian.layout.tier_reading import reread_tiers
from banmian.model import Headline


def test_two_parallel_tiers_over_a_dropped_band_are_title_and_subtitle() -> None:
    head = Headline(kicker="张大伟同甲国总统就两国建交30周年互致贺电", title="李小明同甲国总理互致贺电",
                    subtitle="王小红 读书札记")
    reread_tiers(head, dashed=False, stream=True)
    assert (head.kicker, head.title, head.subtitle) == (
        None, "张大伟同甲国总统就两国建交30周年互致贺电", "李小明同甲国总理互致贺电")
