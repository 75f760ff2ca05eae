"""Reporters in a bracket closing an article, the bracket opening a line of its
own and wrapped onto a short line set right (……问题。 / （本报记者 张明远
李华清 / 王强国）): the cleaned paragraph loses the spaces between the role and
the names (（本报记者张明远李华清王强国）); read as set, they are the article's
bylines, no text of its body. Pages built as test_layout_features.py builds
them (feature_pages.py); invented text."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, LEAD, FeaturePage, column_x, span_right  # noqa: E402
from feature_checks import TOP, below, find, parse, story  # noqa: E402

_TITLE = "滨河新区迎来首批居民"


def _page(bracket: list[str]) -> FeaturePage:
    """A one-column article, its text closed by the bracket's lines."""
    pg = FeaturePage()
    pg.header(5, "综合")
    x0, x1 = column_x(0), span_right(0, 1)
    y = pg.headline(x0, x1, TOP + 4, _TITLE, 16.0, align="left")
    text = ["新区首批居民昨天搬进新居，街道为他们送上春联。", "社区服务站同日启用，办事不出小区。"]
    y = pg.flow(x0, y, text, 1).bottom
    for i, text in enumerate(bracket):
        if i == len(bracket) - 1 and i:
            pg.right(x1, y + i * LEAD, text, BODY)
        else:
            pg.line(x0, y + i * LEAD, text, BODY)
    story(pg, "river", "北岸湿地公园开园迎客", 0, 4, below(pg, y + len(bracket) * LEAD + 40), align="left")
    return pg


@pytest.mark.parametrize("bracket, names", [
    (["（本报记者 张明远 李华清", "王强国）"], ["张明远", "李华清", "王强国"]),
    (["（本报记者 张明远", "李华清）"], ["张明远", "李华清"]),
], ids=["three-wrapped", "two-wrapped"])
def test_reporters_in_a_wrapped_closing_bracket_are_bylines(tmp_path, bracket, names):
    article = find(parse(_page(bracket), tmp_path), _TITLE)
    assert [(b.role, b.name) for b in article.bylines] == [("本报记者", n) for n in names]
    assert "本报记者" not in "".join(article.paragraphs)


def test_a_bracket_of_other_words_stays_in_the_body(tmp_path):
    """A guard: a closing bracket naming no reporter is the text's."""
    article = find(parse(_page(["（本报记者 春节期间", "照常上班）"]), tmp_path), _TITLE)
    assert not any(b.name in ("春节期间", "照常上班") for b in article.bylines)
