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


_ESSAY = ["走进山村的时候，村口的老槐树下已经坐满了乡亲，大家说说笑笑，等着看新修的戏台。",
          "戏台是村里的年轻人自己动手搭起来的，木料都是从山上运下来的。"]


def test_a_vertical_headline_and_names_over_a_section_number():
    # a headline and its author set vertically, one character a line, then the body's first part
    # numbered 一 alone on its line: the numeral is no part of the names; it opens the body
    lines = [*"山村的戏台", *"林海涛", "一", *typeset_paragraphs(_ESSAY, 14)]
    articles = _parse(lines)
    assert [a.headline.title for a in articles] == ["山村的戏台"]
    assert [b.name for b in articles[0].bylines] == ["林海涛"]
    assert articles[0].paragraphs[0] == "一"



def test_a_section_number_standing_over_a_body_is_its_first_paragraph():
    # a section's number given a unit of its own (read as a headline, or as a column's label under
    # a byline) right over the body it opens: a paragraph of that body, as printed
    from banmian.layout.subheadings import section_numbers_are_body
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    for role in (Role.TITLE, Role.OTHER):
        units = [Unit(Block(["山村的戏台"], Role.TITLE)), Unit(Block(["林海涛"], Role.BYLINE)),
                 Unit(Block(["一"], role)), Unit(Block(typeset_paragraphs(_ESSAY, 14), Role.BODY))]
        section_numbers_are_body(units)
        assert units[2].block.role == Role.BODY and units[2].paragraph_lines
        assert units[0].block.role == Role.TITLE  # (a headline's words are no number)


def test_a_notes_heading_on_a_page_of_headlines_after_their_bodies_heads_its_own_notes():
    # a page that draws each headline after its body: the notes' heading closes the notes' own text
    # (an article of its own), as every headline on that page closes the body over it
    def block(paragraphs: list[str], width: int) -> list[str]:  # a blank line after each paragraph
        return [line for p in paragraphs for line in [*typeset_paragraphs([p], width), ""]]

    lines = ["2019年3月5日 星期二 江城日报 第6版", "", *block(_REPORT, 11), "社区志愿者年前送温暖", "",
             *block(_NOTES, 15), "温暖贵在坚持（记者手记）", "", *block(_FIGURES, 19), "城东区志愿者超过三千人", ""]
    articles = _parse(lines)
    assert [a.headline.title for a in articles] == ["社区志愿者年前送温暖", "温暖贵在坚持（记者手记）", "城东区志愿者超过三千人"]
