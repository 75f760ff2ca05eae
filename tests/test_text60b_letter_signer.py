"""Text mode: a report quoting a letter whole ends with the letter's signer,
a name alone on its line, that the report says wrote it (……张三给某某回信……
致以问候。 / 张三): the text's last paragraph, not a headline and no byline.
A name the text does not say stays as read (a brief's author). Invented units."""

from __future__ import annotations

from banmian.layout.closing_lines import signatures_to_body
from banmian.layout.roles import BODY, TITLE
from banmian.layout.text_units import Unit
from banmian.model import Block

LETTER = ["新华社江城3月2日电 近日，江城市", "市长王江河给青山小学的孩子们回", "信，信中写道：“同学们：你们",
          "的来信收到了，向你们致以节日的", "问候。”"]


def _units(text: list[str], name: str) -> list[Unit]:
    return [Unit(Block(["市长给孩子们回信"], TITLE)), Unit(Block(list(text), BODY)), Unit(Block([name], TITLE))]


def test_the_signer_the_text_names_closes_the_letter():
    units = _units(LETTER, "王江河")
    signatures_to_body(units)
    assert units[-1].block.role == BODY and units[-1].paragraph_lines


def test_a_name_the_text_does_not_say_stays():
    units = _units(LETTER, "李青山")
    signatures_to_body(units)
    assert units[-1].block.role == TITLE


def test_a_name_under_a_text_about_no_letter_stays():
    units = _units(["江城市长王江河今天到青山小学看望", "孩子们，向他们致以节日的问候。"], "王江河")
    signatures_to_body(units)
    assert units[-1].block.role == TITLE
