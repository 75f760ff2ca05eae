"""Paragraphs of a body whose blocks are columns of different widths (banmian.layout.paragraphs)."""

from banmian.layout.paragraphs import split_paragraphs

def _set(text: str, width: int) -> list[str]:
    """A paragraph set in a column ``width`` cells wide, its first line indented by two."""
    lines = [text[:width - 2]]
    rest = text[width - 2:]
    while rest:
        lines.append(rest[:width])
        rest = rest[width:]
    assert not any(line[0] in "，。、" for line in lines)  # (the invented text breaks nowhere before a mark)
    return lines


#: an invented body: a column 14 wide under the headline, then one 24 wide below a picture
NARROW = _set("小镇的早晨总是从一碗热豆浆开始。街口的老店已经开了三十年，店主每天清晨四点起床磨豆子，"
              "煮好第一锅时天还没亮。来吃早饭的多是附近的工人和学生，大家坐在一起有说有笑。", 14)
WIDE = _set("这几年镇上新开了不少饭馆，可老店的生意一直很好。店主说，做吃的没有什么秘诀，就是用心，"
            "豆子要挑好的，火候要看准，一天也不能偷懒。他的儿子大学毕业后回到镇上，打算把这门手艺"
            "传下去，还在网上开了店，把豆浆粉卖到了外地。老店的名气越来越大，常有外地人专程赶来，"
            "只为喝上一碗刚出锅的热豆浆。", 24)


def test_a_block_of_another_width_is_measured_on_its_own() -> None:
    paragraphs = split_paragraphs([NARROW, WIDE])
    assert [p[:4] for p in paragraphs] == ["小镇的早", "这几年镇"]


def test_a_block_of_many_lines_is_measured_in_linear_time() -> None:
    # every line's near widths were counted over every other line of its block: a block of
    # 20,000 lines took minutes; counted by distinct widths it takes a few hundredths of a second
    import time

    from banmian.layout.paragraphs import _block_columns

    widths = [20.0 if k % 10 < 7 else float(12 + k % 5) for k in range(20_000)]
    started = time.process_time()
    columns = _block_columns(widths, [len(widths)], 30.0)
    assert time.process_time() - started < 2.0
    assert set(columns) == {20.0}  # the block's own: 7 lines in 10 are 20 wide, far from the body's 30
