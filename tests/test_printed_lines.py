"""pdftotext -raw on a page set in the 开明 style (marks inside a sentence half
a cell) breaks each printed line after its half-width marks and before its
opening quotes; the printed lines are rebuilt run by run from the breaks
beside no mark (banmian.sources.printed_lines), in columns of two widths."""

from banmian.sources.printed_lines import half_width, rebuild_lines
from banmian.sources.text_fragments import rejoin_fragments
from tests.span_breaks import broken_at_marks

_NO_LINE_START = "，。、；：”？！"


def _set_kaiming(text: str, width: float) -> list[str]:
    """A paragraph set in a column ``width`` cells wide, first line indented by
    two, marks in half a cell, a character moved down with a mark after it (避头尾)."""
    lines: list[str] = []
    line, used, room = "", 0.0, width - 2
    for k, ch in enumerate(text):
        follow = text[k + 1] if k + 1 < len(text) else ""
        needs = half_width(ch) + (half_width(follow) if follow in _NO_LINE_START and follow else 0.0)
        if line and used + needs > room:
            lines.append(line)
            line, used, room = "", 0.0, width
        line += ch
        used += half_width(ch)
    return lines + [line]


def _raw(lines: list[str]) -> list[str]:
    """Each printed line broken after its half-width marks and before an opening quote."""
    return broken_at_marks(lines, before="“《", after="，、；：”》")


#: invented paragraphs
STORY = [
    "小镇的早晨，总是从一碗热豆浆开始。街口的老店已经开了三十年，店主每天四点起床，磨豆子、烧火、煮浆，"
    "忙得团团转；第一锅煮好时，天还没亮。来吃早饭的，多是附近的工人、学生和老人，大家坐在一起，有说有笑。",
    "这几年，镇上新开了不少饭馆，有的卖面，有的卖粥，可老店的生意一直很好。店主说：“做吃的，没有什么"
    "秘诀，就是用心。”豆子要挑好的，火候要看准，一天也不能偷懒；客人吃得满意，他心里就踏实。",
    "他的儿子大学毕业后回到镇上，打算把这门手艺传下去，还在网上开了店，把豆浆粉卖到了外地、省城，"
    "甚至国外。老店的名气越来越大，常有外地人专程赶来，只为喝上一碗刚出锅的热豆浆，再买几根油条。",
    "镇上的人说，老店就像镇子的《一本日记》，记下了几代人的早晨：上学的孩子长大了，又带着自己的孩子来；"
    "出门打工的年轻人回来了，第一件事就是来喝一碗豆浆，说这才是家的味道。",
]


def _printed() -> list[str]:
    narrow = [line for text in STORY[:2] for line in _set_kaiming(text, 15)]
    wide = [line for text in STORY[2:] for line in _set_kaiming(text, 25)]
    return narrow + wide


def test_printed_lines_are_rebuilt_from_the_raw_breaks() -> None:
    printed = _printed()
    raw = _raw(printed)
    assert len(raw) > 1.5 * len(printed)
    assert rebuild_lines(raw) == printed


def test_a_fragmented_kaiming_page_gets_its_lines_back() -> None:
    printed = _printed() * 2
    assert rejoin_fragments(_raw(printed)) == printed


def test_a_name_over_a_paragraph_opening_with_a_quote_stays_alone() -> None:
    """A headline after a paragraph's end and a name (short lines, no marks)
    open a block: neither is a piece of the lines around it, and the lines
    before and after them are rebuilt."""
    body = _printed()
    opening = _set_kaiming("“做吃的，没有什么秘诀，就是用心。”店主常这样说。他说，豆子要挑好的，火候要看准，"
                           "一天也不能偷懒，客人吃得满意，他心里就踏实，睡得也香。", 15)
    lead = _set_kaiming("镇上的人都说，老店的早晨来得最早：提出“热豆浆”这个说法的，正是店主的父亲，"
                        "他在这里卖了一辈子豆浆。", 15)
    printed = body[:13] + ["老店的故事", "李明"] + opening + lead + body[13:]
    rebuilt = rebuild_lines(_raw(printed))
    assert rebuilt[:15] == printed[:15]
    assert rebuilt[15].startswith("“做吃的")  # (the quote's own line may stay in pieces)
    assert rebuilt[-len(lead) - 6:] == printed[-len(lead) - 6:]


def test_a_letter_spaced_headline_after_a_sentence_is_no_piece_of_its_line() -> None:
    """A headline set letter-spaced (the raw stream writes a space between its
    characters) right after a paragraph's last sentence, before its author,
    fits the column's width with the piece before it; but a printed line is
    justified as one, so solid and letter-spaced pieces are no one line. A
    justified line whose pieces are all spaced is still put together."""
    body = _printed()
    loose = ["他 说 ，", "这 碗 豆 浆 里 有 小 镇 的 味 道"]  # one printed line, justified loosely
    tail = ["客人来了又走，", "老店还在。"]  # a paragraph's last line in pieces: 客人来了又走，老店还在。
    headline, author = "老 店 三 十 年", "李 明"
    printed = body[:13] + ["".join(loose), "".join(tail)] + [headline, author] + body[13:]
    raw = _raw(body[:13]) + loose + tail + [headline, author] + _raw(body[13:])
    assert rebuild_lines(raw) == printed
