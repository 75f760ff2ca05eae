"""A vertical headline whose only text is a word (a place name over its
column's first item) looks again for the column beside it, and takes the
short lines stacked over that column's top with it (layout/orphans.py, session 37).

A boxed vertical headline (速览) stands at the page's right edge, wide white
space between it and its column; the column opens with a place name (江城)
and a centred subheading over its first item. Level with the column's top,
on its left, stands another article's headline, whose text is finished under
it: ownership gives the column to that nearer headline, all but the place
name. A word is no text of the vertical headline's own: the column beside it
is its, and so are the short lines stacked over the column's top. (Built on
ownership's result: drawn pages gave the column to the vertical headline
from the start.)"""

from __future__ import annotations


def test_a_vertical_headline_holding_only_a_place_name_claims_the_column_beside_it():
    """(session 37, seed 199) The vertical headline holds only the place
    name (江城) over the column; the column under its centred subheading was
    given to the headline on the left (not standing over it). The vertical
    headline looks again: the column and the subheading stacked over it are its."""
    from banmian.layout.columns import ColumnBlock
    from banmian.layout.orphans import orphan_claims
    from banmian.layout.roles import SUBHEADING
    from banmian.layout.segment import HeadingGroup
    from banmian.model import TextLine

    def block(x0: float, y0: float, texts: list[str], owner: int, width: float = 190.0, role=None) -> ColumnBlock:
        lines = [TextLine(t, (x0, y0 + 16 * k, x0 + width, y0 + 16 * k + 11), 11.0) for k, t in enumerate(texts)]
        b = ColumnBlock(lines) if role is None else ColumnBlock(lines, role=role)
        b.owner = owner
        return b

    left_title = HeadingGroup([TextLine("农村公路通到家门口", (160.0, 85.0, 370.0, 110.0), 22.0)])
    vertical = HeadingGroup([TextLine("速览", (910.0, 88.0, 930.0, 134.0), 20.0, vertical=True)])
    left_text = block(40.0, 140.0, ["今年以来，青禾县把农村供水保障作为", "民生实事的头号工程。"] * 3, 0)
    place = block(530.0, 86.0, ["江城"], 1, width=21.0)
    sub = block(564.0, 115.0, ["支持民营经济发展"], 0, width=84.0, role=SUBHEADING)
    column = block(509.0, 132.0, ["江城拟出台十条措施扶持小微企业发展，", "涉及信贷、土地和人才落户等方面。"] * 4, 0)
    claims = orphan_claims([left_text, place, sub, column], [left_title, vertical], [], 11.0)
    assert claims.get(id(column)) == 1 and claims.get(id(sub)) == 1, claims
    assert id(left_text) not in claims
