"""bench/order_ceiling.py: the share of answer sentences an extractor's text
keeps in reading order, before and after the parser reads woven columns
down again. Invented text only."""

from __future__ import annotations

from bench.order_ceiling import sentences_kept, spelled, unwoven

_SENTENCES = ["晨光里的小镇刚刚醒来，石桥边的早点铺已经冒出热气。", "摊主把一笼笼包子摆上木桌，招呼赶路的人坐下歇脚。"]


def test_a_sentence_cut_by_line_breaks_blank_lines_and_spaces_is_kept():
    text = "晨光里的小镇刚刚醒来，石桥边的\n\n早 点 铺 已 经 冒 出 热 气 。\n摊主把一笼笼包子摆上木桌，招呼赶\n路的人坐下歇脚。\n"
    assert sentences_kept(text, _SENTENCES) == (2, 2)


def test_a_sentence_whose_lines_another_column_cuts_is_not_kept():
    # the lines of two columns read across, row by row: the first sentence is cut by the other column's line
    text = "晨光里的小镇刚刚醒来，石桥边的\n\n河水绕过村口的老槐树流向远方\n\n早点铺已经冒出热气。\n\n摊主把一笼笼包子摆上木桌，招呼赶路的人坐下歇脚。\n"
    assert sentences_kept(text, _SENTENCES) == (1, 2)


def test_white_space_of_every_kind_is_taken_out():
    assert spelled(" 早点\u3000铺\n\n已经\t冒出 ") == "早点铺已经冒出"


def test_empty_sentences_are_not_counted():
    assert sentences_kept("早点铺", ["", "  "]) == (0, 0)


def test_text_read_down_its_column_keeps_its_sentences_after_unweaving():
    lines = ["晨光里的小镇刚刚醒来，石桥边的早", "点铺已经冒出热气。摊主把一笼笼包", "子摆上木桌，招呼赶路的人坐下歇脚。"]
    text = "\n".join(lines * 4)
    assert sentences_kept(unwoven(text), _SENTENCES) == sentences_kept(text, _SENTENCES)
