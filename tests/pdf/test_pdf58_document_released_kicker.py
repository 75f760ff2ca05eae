"""A kicker that names a document in full and its release (《某某方案》发布) over
the title that says what the document brings (issue 9, point 3). Set larger
than the title, or a little smaller in the same face, the document's tier
only names what the title reports on, as an issuer and its act do
(某某部印发): it is the 引题 either way. Invented text; pages built as
test_layout_large_kickers.py builds them."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import TEXTS, FeaturePage, column_x  # noqa: E402
from feature_checks import TOP, check_body, find, parse  # noqa: E402

from banmian.layout.headlines import tiers_by_size  # noqa: E402
from banmian.layout.large_kickers import names_the_subject  # noqa: E402

_KICKER = "《青禾县乡村道路养护三年行动方案》发布"
_TITLE = "村村通路有人管"


def _page(kicker_size: float, title_size: float) -> FeaturePage:
    pg = FeaturePage()
    pg.header(4, "综合新闻")
    x0 = column_x(0)
    pg.line(x0, TOP + 4, _KICKER, kicker_size, "hei")
    pg.line(x0, TOP + 12 + kicker_size, _TITLE, title_size, "hei")
    pg.flow(x0, TOP + 60, TEXTS["school"][:2], 2)
    return pg


@pytest.mark.parametrize("kicker_size, title_size", [(15.0, 13.0), (13.5, 14.5)])
def test_a_document_and_its_release_over_the_title_is_the_kicker(tmp_path, kicker_size, title_size):
    page = parse(_page(kicker_size, title_size), tmp_path)
    article = find(page, _TITLE)
    assert (article.headline.kicker, article.headline.subtitle) == (_KICKER, None)
    check_body(article, TEXTS["school"][:2])


def test_a_document_with_more_than_its_release_names_no_subject_alone():
    """Guard: a tier saying what the document does is news of its own."""
    assert names_the_subject(_KICKER)
    assert not names_the_subject("《青禾县乡村道路养护三年行动方案》发布 明确养护责任")
    assert not names_the_subject("青禾县乡村道路养护方案印发实施")
    h = tiers_by_size(["《青禾县乡村道路养护三年行动方案》发布实施", _TITLE], [15.0, 13.0], [1, 1])
    assert h.title == "《青禾县乡村道路养护三年行动方案》发布实施"
