"""Text mode on real extractors' output (issue 9, point 8): lines inside a
report that look like headlines (text35b). Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import typeset_paragraphs


_REPORT = ["本报讯（记者 张海平）春节前夕，城东社区的志愿者们走进十几户独居老人家中，送去年货和春联，陪老人聊天。",
           "“有你们常来看看，这个年过得踏实。”八十岁的李大爷拉着志愿者的手说。"]
_NOTES = ["志愿服务贵在坚持。这些年，社区的志愿者换了一批又一批，上门看望老人的习惯却一直没有断过。",
          "把老人的冷暖放在心上，才能把好事办到老人心坎上。"]
_FIGURES = ["全区共有社区志愿者三千多人，一年上门服务两万多次，服务对象多是独居老人。",
            "区里还给每位志愿者上了保险，让大家放心参与服务。"]


def _parse(lines: list[str]) -> list[banmian.Article]:
    return banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles


def test_a_reporters_notes_heading_is_a_subheading_of_the_report():
    # a report, then its reporter's notes under a heading tagged （记者手记）: the notes close the report,
    # they head no article of their own
    lines = ["社区志愿者年前送温暖", *typeset_paragraphs(_REPORT, 14), "温暖贵在坚持（记者手记）",
             *typeset_paragraphs(_NOTES, 14)]
    articles = _parse(lines)
    assert [a.headline.title for a in articles] == ["社区志愿者年前送温暖"]
    assert "温暖贵在坚持（记者手记）" in articles[0].paragraphs
    assert articles[0].paragraphs[-1] == _NOTES[-1]


def test_a_line_leading_into_a_figure_is_body():
    # a lead-in closed by a dash right over a figure called out (全区—— / 3000多人): the two open the
    # report's figures, as printed; a kicker leads into a title, never into a figure alone
    lines = ["社区志愿者年前送温暖", *typeset_paragraphs(_REPORT, 14), "城东区志愿服务——", "3000多人",
             *typeset_paragraphs(_FIGURES, 14)]
    articles = _parse(lines)
    assert [a.headline.title for a in articles] == ["社区志愿者年前送温暖"]
    assert "城东区志愿服务——" in articles[0].paragraphs
