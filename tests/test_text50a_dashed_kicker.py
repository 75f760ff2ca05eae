"""A kicker ending on its dash (青山县—— / 邻里纠纷就地化解) leads into the title
under it: no headline closes on ——, so the short unit under it that says no
sentence is the title, not the first paragraph of the text, even where its words
read as text (a clause with a comma, a phrase the body says again). Text mode;
invented units in the shape a line stream gives (:mod:`.dashed_kickers`)."""

from __future__ import annotations

from banmian.layout.dashed_kickers import titles_under_dashed_kickers
from banmian.layout.roles import BODY, TITLE
from banmian.layout.text_units import Unit
from banmian.model import Block

TEXT = ["“邻居家的水管漏到我", "家，找了几次都没人管。”", "青山县居民刘晓芬说。她把", "情况反映到村里后，调解员",
        "当天就上了门。"]


def _roles(kicker: list[str], under: list[str]) -> list:
    units = [Unit(Block(kicker, TITLE)), Unit(Block(under, BODY)), Unit(Block(list(TEXT), BODY))]
    titles_under_dashed_kickers(units)
    return [u.block.role for u in units]


def test_the_phrase_under_a_dashed_kicker_is_its_title():
    assert _roles(["青山县——"], ["邻里纠纷就地化解"]) == [TITLE, TITLE, BODY]


def test_a_tagged_clause_under_a_wrapped_dashed_kicker_is_its_title():
    kicker = ["江城青山县石桥镇", "桥头村第一书记刘", "明——"]
    title = ["让乡亲们满意，唯有", "真抓实干（新", "春看乡村·驻村干部", "这一年）"]
    assert _roles(kicker, title) == [TITLE, TITLE, BODY]


def test_text_under_the_dash_stays_text():
    # a sentence's end, a dateline, or a dashed subtitle (it opens on the dash: nothing leads on)
    assert _roles(["青山县——"], ["邻里纠纷就地化解了。"]) == [TITLE, BODY, BODY]
    assert _roles(["青山县——"], ["本报江城3月3日电 邻里纠纷"]) == [TITLE, BODY, BODY]
    assert _roles(["——记青山县调解员刘晓芬——"], ["邻里纠纷就地化解"]) == [TITLE, BODY, BODY]
