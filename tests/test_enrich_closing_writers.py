"""Writers who sign an article in its closing paragraph (session 54, credits54):
an essay's author introduced by birth in a closing note, and a bracketed
signature (title or unit, a space, the name) closing a comment. Both are
contributors, never people; people the news names in a closing paragraph stay
people. Sentences, names and places are invented."""

from __future__ import annotations

from banmian.enrich.closings import closing_writers
from tests.enrich_shapes import people_of as _people

_ESSAY = ("山水画讲究留白，留白不是空白，而是意境的延伸。",
          "古人作画，重在写意，笔墨之间自有乾坤，后人临摹，当先得其神。")
_NOTE = "郑秋山，1956年生于浙江绍兴，现任某画院院长、中国美术家协会会员，出版有《秋山画集》等。"
_COMMENT = "发展乡村旅游，要因地制宜，不能一哄而上。各地应结合自身资源禀赋，找准特色，避免同质化竞争。"


# (a) an essay's author introduced in a closing note

def test_an_essay_s_closing_note_on_its_author_gives_no_person() -> None:
    """An essay that never names its writer, closed by name，year生于place，titles: the writer."""
    assert "郑秋山" not in _people(*_ESSAY, _NOTE)


def test_a_first_person_essay_s_closing_note_gives_no_person() -> None:
    """我 in the essay's own voice (not in a quote) makes the closing note the writer's."""
    people = _people("我从小学画，深知其中甘苦，也曾向郑秋山这样的前辈请教。", *_ESSAY, _NOTE)
    assert "郑秋山" not in people


def test_a_byline_line_or_a_label_does_not_hide_the_writer_s_note() -> None:
    """The writer's name on a line of its own over the essay (a byline, no running text) is
    no mention of a person; 作者简介： may open the note; 笔者 is the writer's first person."""
    assert "郑秋山" not in _people("郑秋山", *_ESSAY, _NOTE)
    assert closing_writers(["文/郑秋山", *_ESSAY, "作者简介：" + _NOTE]) == {"郑秋山"}
    assert closing_writers(["笔者与郑秋山相识多年，常听其谈画。", *_ESSAY, _NOTE]) == {"郑秋山"}


def test_a_profile_that_names_its_person_in_running_text_keeps_the_person() -> None:
    """Named in a sentence before the note, with no first person of the writer: a person of the news."""
    assert closing_writers(["郑秋山的画展昨日开幕，展出作品百余件。", *_ESSAY, _NOTE]) == set()


def test_the_closing_note_is_read_before_credit_and_label_lines() -> None:
    """Lines after the note (版式设计：某某, 图片来源：某某, a mailbox, a photo's credit) do not hide it."""
    assert closing_writers([*_ESSAY, _NOTE, "版式设计：吕文"]) == {"郑秋山"}
    assert closing_writers([*_ESSAY, _NOTE, "图片来源：某某图库", "栏目投稿邮箱：shanshui@example.cn"]) == {"郑秋山"}
    assert closing_writers([*_ESSAY, _NOTE, "吕文摄（某某影像）"]) == {"郑秋山"}
    assert closing_writers([*_ESSAY, _NOTE, "（本文图片由作者提供）"]) == {"郑秋山"}


def test_a_profile_s_closing_note_keeps_its_person_who_speaks() -> None:
    """A closing paragraph that quotes the person it introduces by birth: a person of the news."""
    people = _people("村里新修了文化广场，村民们晚饭后常来跳舞。", "老支书王德厚看着广场，笑得合不拢嘴。",
                     "王德厚，1948年生于本村，当了三十年村干部。他说：“日子一年比一年好。”")
    assert "王德厚" in people


def test_a_first_person_only_in_quotes_keeps_the_profiled_person() -> None:
    """我 inside a villager's quote and 我国 are not the writer's voice: the man the
    article named before the closing note is a person of the news."""
    people = _people("村里新修了文化广场。“我每天都来。”一位村民说。我国乡村的文化生活越来越丰富。",
                     "广场由村委会主任王德厚牵头修建。",
                     "王德厚，1958年生于本村，是远近闻名的致富带头人，带领村民种植茶叶。")
    assert people.get("王德厚") == ["村委会主任"]


def test_a_story_told_to_a_reporter_keeps_its_teller() -> None:
    """（某某采访整理）: the first person and the note are the interviewee's."""
    assert closing_writers(["我从小学画，深知其中甘苦。", *_ESSAY, "（李青采访整理）", _NOTE]) == set()


def test_a_note_of_birth_that_is_not_the_closing_paragraph_is_no_signature() -> None:
    """A profile that opens with the person's birth: only the closing paragraph is read."""
    assert closing_writers(["我从小学画。", _NOTE, *_ESSAY]) == set()


# (b) a bracketed signature closing a comment

def test_a_bracketed_signature_closing_a_comment_gives_no_person() -> None:
    """（title  name） as the last paragraph: the commentator signing."""
    assert "周明远" not in _people(_COMMENT, "（某某大学旅游学院教授  周明远）")


def test_a_bracketed_signature_before_a_layout_credit_gives_no_person() -> None:
    """（unit title  name） then 版式设计：某某: the signature still closes the comment."""
    assert "周明远" not in _people(_COMMENT, "（某某研究院研究员  周明远）", "版式设计： 沈文")


def test_bracketed_signatures_of_a_unit_or_a_padded_name() -> None:
    """A unit alone before the name, and a two-character name padded with a space."""
    assert closing_writers([_COMMENT, "（某某师范大学  周明远）"]) == {"周明远"}
    assert closing_writers([_COMMENT, "（某某研究院副研究员  狄 慧）"]) == {"狄慧"}
    assert closing_writers([_COMMENT, "（某某市委宣传部  周明远）"]) == {"周明远"}
    assert closing_writers([_COMMENT, "（某某市委宣传部  周明远）。"]) == {"周明远"}
    assert closing_writers([_COMMENT, "（某某大学法学院  约翰·怀特）"]) == {"约翰·怀特"}


def test_a_bracketed_note_on_the_text_is_no_signature() -> None:
    """（原载某某日报  有删节）: the words after the space are no name."""
    assert closing_writers([_COMMENT, "（原载某某日报  有删节）"]) == set()


def test_a_bracket_that_names_a_person_without_a_signature_keeps_the_person() -> None:
    """（文中某某为化名）, （右为村民  某某）: notes on a person of the news, not signatures."""
    for closing in ("（文中周明远为化名）", "（右为村民  周明远）"):
        assert closing_writers([_COMMENT, closing]) == set()
        people = _people("村民周明远说，今年民宿的生意比去年好。", _COMMENT, closing)
        assert "周明远" in people, closing


def test_a_signature_shaped_bracket_that_does_not_close_the_article_is_no_signature() -> None:
    """The shape counts only as the closing paragraph."""
    assert closing_writers(["（某某大学旅游学院教授  周明远）", _COMMENT]) == set()


def test_a_closing_credit_in_brackets_gives_no_signature() -> None:
    """（title  name整理）, （本报记者  范  成整理）: credits that :mod:`.credits` reads; the
    credit verb and the padding's pieces are no part of a signer's name."""
    assert closing_writers([_COMMENT, "（某某大学教授  范成整理）"]) == set()
    assert closing_writers([_COMMENT, "（本报记者  范  成整理）"]) == set()


# (c) a column that gathers several signed comments under one headline

def test_each_comment_of_a_column_is_closed_by_its_own_signature() -> None:
    """Two comments under one headline, each with its heading and its signature paragraph:
    the first signer is a contributor as much as the last (lead, session 54)."""
    column = ["乡村旅游要有特色", _COMMENT, "（某农业大学教授  韩东林）",
              "文化消费也要讲品质", "看演出、逛展览，如今已是不少家庭的日常，品质成了关键。", "（某研究院研究员  郭  宁）"]
    assert closing_writers(column) == {"韩东林", "郭宁"}
    people = _people(*column)
    assert "韩东林" not in people and "郭宁" not in people


def test_a_bracket_in_the_body_after_no_finished_sentence_signs_nothing() -> None:
    """A signature-shaped bracket that follows a heading rather than a finished sentence, or
    one with a copula (a caption's note), closes no comment."""
    assert closing_writers(["乡村旅游要有特色", "（某农业大学教授  韩东林）", _COMMENT]) == set()
    assert closing_writers([_COMMENT, "（右为某村村民  韩东林）", _COMMENT]) == set()
