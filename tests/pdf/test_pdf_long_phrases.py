"""A subtitle of three phrases at the body size in a heading face, the first
phrase long, each phrase drawn as a run of its own a character apart: one
line (sources/pdf_spans.py, session 37).

A heading's phrases are set a space apart on one baseline; in a face other
than the body's they are one line whatever their length (a short first
phrase was joined before; a long one was left as a line of its own and read
as the text's first paragraph)."""

from __future__ import annotations

from pathlib import Path

import pytest

pymupdf = pytest.importorskip("pymupdf")

from banmian.sources.pdf import read_pdf  # noqa: E402
from feature_pages import FeaturePage  # noqa: E402

_SIZE = 10.0
_BODY = "江城今年新建改建农村公路一百二十公里，群众出行更加方便。"
_PHRASES = ["审议全市农村公路建设工作报告稿", "为召开全市交通工作会议作准备", "市长主持"]


def _page(faces: list[str]) -> FeaturePage:
    """Body text in its own face (the page's body font) under runs a character apart, each in its face."""
    pg = FeaturePage(700.0, 500.0)
    for k in range(12):
        pg.line(40.0, 200 + k * 16, _BODY, _SIZE)
    x = 40.0
    for phrase, face in zip(_PHRASES, faces):
        x = pg.line(x, 100.0, phrase, _SIZE, face) + _SIZE  # a character's space after each phrase
    return pg


def test_three_phrases_of_a_body_size_subtitle_in_a_heading_face_are_one_line(tmp_path: Path) -> None:
    path = _page(["hei"] * 3).save(tmp_path / "phrases.pdf")
    lines = [ln for ln in next(read_pdf(path)).lines if ln.y0 < 150]
    assert [ln.text for ln in lines] == [" ".join(_PHRASES)], [ln.text for ln in lines]


def test_two_runs_in_the_body_face_a_character_apart_stay_apart(tmp_path: Path) -> None:
    """In the body's own face the same long runs may be two columns' lines:
    the rule holds for another face only (the first stays apart)."""
    path = _page(["body"] * 3).save(tmp_path / "runs.pdf")
    lines = [ln for ln in next(read_pdf(path)).lines if ln.y0 < 150]
    assert len(lines) > 1 and lines[0].text.startswith(_PHRASES[0]), [ln.text for ln in lines]
