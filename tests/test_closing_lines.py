"""The end of an article set apart: a closing dateline with its reporters,
wrapped onto a line of its own, and a bracket of names after it."""

from banmian.layout.body_units import _closing_dateline
from banmian.model import Article, Byline


def _filled(lines: list[str]) -> Article:
    """An article whose body is one paragraph set in these lines."""
    from banmian.layout.body_units import Unit, fill_body
    from banmian.model import Role, TextLine

    unit = Unit(Role.BODY, [TextLine(t, (10.0, 16.0 * k, 150.0, 16.0 * k + 10.0), 10.0) for k, t in enumerate(lines)],
                starts_paragraph=True)
    a = Article(id="")
    fill_body(a, [unit])
    return a


def _close(paragraphs: list[str]) -> Article:
    article = Article(id="", paragraphs=list(paragraphs))
    _closing_dateline(article)
    return article


def test_closing_dateline_with_reporters_wrapped_onto_its_own_line() -> None:
    a = _close(["乡亲们的日子越过越红火。", "这比什么都值得珍惜。”（新华社北京2月24日电 记者廖明、冯立", "峰）"])
    assert a.dateline == "新华社北京2月24日电"
    assert a.bylines == [Byline("记者", "廖明"), Byline("记者", "冯立峰")]
    assert a.paragraphs == ["乡亲们的日子越过越红火。", "这比什么都值得珍惜。”"]


def test_closing_dateline_then_a_bracket_of_names() -> None:
    a = _close(["把更多家乡土特产卖到海外！”（本报柏林2月21日电）", "（姚辉）"])
    assert (a.dateline, a.bylines) == ("本报柏林2月21日电", [Byline(None, "姚辉")])
    assert a.paragraphs == ["把更多家乡土特产卖到海外！”"]


def test_a_bracketed_phrase_closing_the_text_is_no_byline() -> None:
    a = _close(["参观者络绎不绝。", "（完）"])
    assert (a.dateline, a.bylines, a.paragraphs) == (None, [], ["参观者络绎不绝。", "（完）"])
    a = _close(["研究还在继续（下）"])
    assert a.bylines == [] and a.paragraphs == ["研究还在继续（下）"]


def test_a_bracket_of_two_names_on_its_own_line_keeps_them_apart() -> None:
    """The names' space is cleaned away when lines are joined (钟立史琳 would be
    one name); read from the line itself, they are two authors."""
    from banmian.layout.body_units import Unit, fill_body
    from banmian.model import Role, TextLine

    def unit(text: str, y: float) -> Unit:
        return Unit(Role.BODY, [TextLine(text, (10.0, y, 150.0, y + 10.0), 10.0)], starts_paragraph=True)

    a = Article(id="")
    fill_body(a, [unit("赵克志、周强出席会议。", 0.0), unit("（钟立新 史琳）", 16.0)])
    assert a.bylines == [Byline(None, "钟立新"), Byline(None, "史琳")]
    assert a.paragraphs == ["赵克志、周强出席会议。"]


def test_closing_dateline_then_a_bracket_of_reporters_with_their_role() -> None:
    a = _close(["欢迎读者来信：qinghe@example.cn（本报曼谷2月12日电）（本报记者 汪洋 胡志金）"])
    assert a.dateline == "本报曼谷2月12日电"
    assert a.bylines == [Byline("本报记者", "汪洋"), Byline("本报记者", "胡志金")]
    assert a.paragraphs == ["欢迎读者来信：qinghe@example.cn"]
    a = _close(["这是第一段。", "项目将在年底前完工。（记者 李青）"])
    assert (a.dateline, a.bylines, a.paragraphs) == (None, [Byline("记者", "李青")], ["这是第一段。", "项目将在年底前完工。"])


def test_dateline_names_apart_by_a_space_wrapped_over_two_lines() -> None:
    """（韩明 罗晓晴） after a dateline, broken after 罗: the joined, cleaned
    text has 韩明罗晓晴 (one name too long); the lines as set keep the space
    between the two authors."""
    lines = ["本报长沙3月2日电（韩明 罗", "晓晴）“新桥通车了！”村民们一早", "就赶到桥头。"]
    a = _filled(lines)
    assert a.dateline == "本报长沙3月2日电"
    assert a.bylines == [Byline(None, "韩明"), Byline(None, "罗晓晴")]
    assert a.paragraphs == ["“新桥通车了！”村民们一早就赶到桥头。"]


def test_dateline_names_apart_by_a_line_break_only() -> None:
    """（韩明 罗晓晴） after a dateline, broken at the space between the two
    authors: the space falls at the line's end, so the text as extracted has
    韩明罗晓晴 with no space at all; the line break keeps the two apart."""
    lines = ["本报长沙3月2日电（韩明", "罗晓晴）“新桥通车了！”村民们一早", "就赶到桥头。"]
    a = _filled(lines)
    assert a.dateline == "本报长沙3月2日电"
    assert a.bylines == [Byline(None, "韩明"), Byline(None, "罗晓晴")]
    assert a.paragraphs == ["“新桥通车了！”村民们一早就赶到桥头。"]


def test_a_closing_bracket_with_no_opening_one_is_left_as_it_is() -> None:
    """A last paragraph of names and a closing bracket only (its opening one
    is on another line the flow gave elsewhere): no bylines, no error."""
    from banmian.layout.body_units import _closing_dateline
    from banmian.model import Article

    article = Article(id="")
    article.paragraphs = ["张三李四）"]
    _closing_dateline(article, ["（张三 李四）"])  # the lines as set still had it
    assert (article.paragraphs, article.bylines) == (["张三李四）"], [])


def test_the_bracket_after_the_last_sentence_holds_the_authors_whatever_their_surname() -> None:
    """Run in after the last sentence, a bracket of names of two or three
    glyphs is the authors', though a surname is rare (莽, 才); a serial's note,
    an edit or an agency in that place is not."""
    a = _close(["两国人民的友谊历久弥新。（莽山青）"])
    assert (a.bylines, a.paragraphs) == ([Byline(None, "莽山青")], ["两国人民的友谊历久弥新。"])
    a = _close(["春运平稳有序。（赵小佳 才明）"])
    assert (a.bylines, a.paragraphs) == ([Byline(None, "赵小佳"), Byline(None, "才明")], ["春运平稳有序。"])
    for note in ["（待续）", "（有删节）", "（新华社）"]:
        a = _close(["春运平稳有序。" + note])
        assert (a.bylines, a.paragraphs) == ([], ["春运平稳有序。" + note]), note
