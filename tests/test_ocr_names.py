"""The space between two authors' names in a bracket, which the recogniser
drops (issue 12, exact article bodies: the bracket after a brief's last
sentence reads as its authors only when its names stand apart). Names and
sentences are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("PIL")
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from banmian.model import TextLine  # noqa: E402
from banmian.sources.ocr_names import spaces_between_names  # noqa: E402
from banmian.sources.ocr_rows import join_spaced  # noqa: E402

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")


def _crop(printed: str) -> np.ndarray:
    """A line's crop as the detector boxes it, the page's text drawn at body size."""
    if not FONT.exists():
        pytest.skip("fonts-wqy-zenhei is not installed (.ci/run installs it)")
    image = Image.new("RGB", (40 + 30 * len(printed), 40), "white")
    ImageDraw.Draw(image).text((8, 6), printed, font=ImageFont.truetype(str(FONT), 26), fill="black")
    return np.asarray(image)


@pytest.mark.parametrize("printed, read, expected", [
    ("会议结束。（柳青\u3000吕方舟）", "会议结束。（柳青吕方舟）", "会议结束。（柳青 吕方舟）"),
    ("会议结束。（欧阳青\u3000吕方）", "会议结束。（欧阳青吕方）", "会议结束。（欧阳青 吕方）"),
    ("青\u3000吕方舟\u3000何一）", "青吕方舟何一）", "青 吕方舟 何一）"),  # wrapped from the line above
    ("（柳青\u3000吕", "（柳青吕", "（柳青 吕"),
    ("（柳青\u3000吕方", "（柳青吕方", "（柳青 吕方"),  # wraps on to the next line
])
def test_a_blank_between_names_in_a_bracket_is_their_space(printed: str, read: str, expected: str) -> None:
    assert spaces_between_names(read, _crop(printed)) == expected


def test_a_bracket_set_solid_or_mid_line_keeps_its_reading() -> None:
    assert spaces_between_names("大家都来了。（柳青吕方舟）", _crop("大家都来了。（柳青吕方舟）")) \
        == "大家都来了。（柳青吕方舟）"
    # the blank between a full stop and an opening bracket is no name's space
    assert spaces_between_names("都来了。（吕方）", _crop("都来了。（吕方）")) == "都来了。（吕方）"


def test_a_bracket_of_names_cut_in_two_pieces_joins_with_a_space() -> None:
    def piece(text: str, x0: float) -> TextLine:
        return TextLine(text, (x0, 100.0, x0 + 10.0 * len(text), 110.0), 10.0)

    body = [piece("村里的灯火一夜未熄，照亮了回家的路", 0.0), piece("村里的灯火一夜未熄，照亮了回", 0.0)]
    body[1] = TextLine(body[1].text, (0.0, 88.0, 140.0, 98.0), 10.0)
    joined = join_spaced(body[1:] + [piece("大家平安。（柳青", 0.0), piece("吕方舟）", 95.0)])
    assert "大家平安。（柳青 吕方舟）" in [ln.text for ln in joined]
    # a heading's bracket set apart is one phrase (no name in it): joined with no space
    heading = join_spaced([piece("（新论·", 0.0), piece("读历史②）", 55.0)])
    assert [ln.text for ln in heading] == ["（新论·读历史②）"]
