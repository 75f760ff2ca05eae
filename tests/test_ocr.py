"""Page images and scans: OCR into the geometric layout (issue 12).

Every test image is drawn here with Pillow and a Debian CJK font
(fonts-wqy-zenhei, which .ci/run installs)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("rapidocr", reason="the 'ocr' extra is not installed")
np = pytest.importorskip("numpy")
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

import banmian  # noqa: E402
from banmian.cli import main  # noqa: E402
from banmian.errors import InputTooLargeError, UsageError  # noqa: E402
from banmian.sources import image as image_source  # noqa: E402
from banmian.sources import ocr  # noqa: E402

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
pytestmark = pytest.mark.skipif(not FONT.exists(), reason="fonts-wqy-zenhei is not installed (.ci/run installs it)")

TITLE = "城市绿道连通乡村"
BODY = ("本报讯 近日，全市首条环城绿道正式建成开放，全长四十二公里，串联起沿线的十二个公园和六个村庄。"
        "市民可以步行或骑行，沿途欣赏田园风光。据介绍，绿道建设坚持因地制宜，尽量保留原有树木和水系，"
        "并在沿线设置了休息驿站和自行车租赁点。")


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT), size)


def _wrap(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def draw_page(path: Path, *, dpi: int = 200, vertical: str | None = None, photo: bool = False) -> Path:
    """A small page: a headline over two columns of body text (indented first
    line), optionally a grey photo with a caption, or a vertical headline."""
    page = Image.new("RGB", (1400, 1000), "white")
    d = ImageDraw.Draw(page)
    d.text((80, 60), TITLE, font=_font(64), fill="black")
    lines = _wrap("\u3000\u3000" + BODY, 20)
    body = _font(28)
    half = (len(lines) + 1) // 2
    for k, line in enumerate(lines):
        col, row = divmod(k, half)
        d.text((80 + col * 620, 190 + row * 44), line, font=body, fill="black")
    if photo:
        d.rectangle((80, 560, 640, 880), fill=(120, 120, 120))
        d.text((80, 900), "绿道上骑行的市民。", font=_font(24), fill="black")
        d.text((480, 940), "本报记者 王伟摄", font=_font(24), fill="black")
    if vertical:
        font = _font(56)
        for k, ch in enumerate(vertical):
            d.text((1280, 120 + k * 64), ch, font=font, fill="black")
    page.save(path, dpi=(dpi, dpi))
    return path


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("ocr")


@pytest.fixture(scope="module")
def parsed(folder: Path) -> dict:
    return banmian.parse(draw_page(folder / "page-03.png", photo=True), enrich=False).to_dict()


def test_image_page_becomes_an_article_with_title_body_and_pixel_boxes(parsed: dict) -> None:
    page = parsed["pages"][0]
    assert parsed["schema"] == "banmian/1.3"
    assert page["size"] == [1400, 1000]
    assert page["ocr"]["engine"] == "rapidocr" and page["ocr"]["source"] == "image" and page["ocr"]["dpi"] == 200
    [article] = page["articles"]
    assert article["headline"]["title"] == TITLE
    assert article["dateline"] == "本报讯"
    body = "".join(article["paragraphs"])
    assert body == BODY.removeprefix("本报讯 ")
    assert 0.9 <= article["ocr_confidence"] <= 1.0
    for box in article["bbox"]:  # image pixels, inside the image
        assert 0 <= box[0] < box[2] <= 1400 and 0 <= box[1] < box[3] <= 1000
    assert min(b[1] for b in article["bbox"]) < 100  # the headline's zone, in pixels (it stands at y=60)


def test_photo_is_found_as_a_non_text_area_and_its_caption_kept_out_of_the_body(parsed: dict, folder: Path) -> None:
    [article] = parsed["pages"][0]["articles"]
    assert "骑行的市民" not in "".join(article["paragraphs"])
    image, dpi = next(image_source.read_image_pages(folder / "page-03.png"))
    scanned = image_source.scan_page(image, dpi)
    [photo] = scanned.content.images  # in points: the grey rectangle at (80, 560)-(640, 880) pixels
    assert [round(v / scanned.scale) for v in photo] == pytest.approx([80, 560, 640, 880], abs=8)


def test_output_validates_against_the_json_schema(parsed: dict) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from banmian.schema import json_schema

    jsonschema.validate(parsed, json_schema())


def test_model_round_trip_keeps_ocr_fields(parsed: dict) -> None:
    again = banmian.Edition.from_dict(parsed).to_dict()
    assert again["pages"][0]["ocr"] == parsed["pages"][0]["ocr"]
    assert again["pages"][0]["articles"][0]["ocr_confidence"] == parsed["pages"][0]["articles"][0]["ocr_confidence"]


def test_vertical_text_is_read_top_to_bottom() -> None:
    strip = Image.new("RGB", (90, 64 * 6 + 40), "white")
    d = ImageDraw.Draw(strip)
    for k, ch in enumerate("奋斗创造幸福"):
        d.text((17, 20 + k * 64), ch, font=_font(56), fill="black")
    lines = ocr.recognise(np.asarray(strip))
    assert [(ln.text, ln.vertical) for ln in lines] == [("奋斗创造幸福", True)]


def test_deskew_finds_a_two_degree_rotation(folder: Path) -> None:
    path = draw_page(folder / "skew.png")
    turned = Image.open(path).rotate(2.0, fillcolor="white", resample=Image.BILINEAR)
    gray = np.asarray(turned.convert("L"))
    assert abs(image_source.estimate_skew(gray) + 2.0) <= 0.15


def test_skewed_jpeg_scan_still_gives_the_title(folder: Path) -> None:
    path = draw_page(folder / "straight.png")
    scan = folder / "scan.jpg"
    Image.open(path).rotate(-1.5, fillcolor=(240, 232, 205), resample=Image.BILINEAR).save(scan, quality=60)
    page = banmian.parse(scan, enrich=False).pages[0]
    assert any("deskewed by" in w for w in page.warnings)
    assert [a.headline.title for a in page.articles] == [TITLE]


def test_multi_page_tiff_gives_one_page_per_frame(folder: Path) -> None:
    first = Image.open(draw_page(folder / "a.png"))
    second = Image.new("RGB", (1400, 1000), "white")
    path = folder / "two.tiff"
    first.save(path, save_all=True, append_images=[second], dpi=(200, 200))
    edition = banmian.parse(path, enrich=False)
    assert len(edition.pages) == 2
    assert [a.headline.title for a in edition.pages[0].articles] == [TITLE]
    assert edition.pages[1].articles == [] and any("blank page" in w for w in edition.pages[1].warnings)


def test_pdf_page_without_text_layer_is_read_by_ocr(folder: Path) -> None:
    pymupdf = pytest.importorskip("pymupdf")
    png = draw_page(folder / "for-pdf.png")
    doc = pymupdf.open()
    pg = doc.new_page(width=1400 * 72 / 200, height=1000 * 72 / 200)
    pg.insert_image(pg.rect, filename=str(png))
    pdf = folder / "scan.pdf"
    doc.save(pdf)
    page = banmian.parse(pdf, enrich=False).pages[0]
    assert page.ocr is not None and page.ocr["source"] == "pdf-image"
    assert [a.headline.title for a in page.articles] == [TITLE]
    assert page.width == 1400  # pixels of the 200-dpi render


def test_white_page_is_an_empty_result_with_a_warning(folder: Path) -> None:
    path = folder / "white.png"
    Image.new("RGB", (1200, 1600), "white").save(path)
    [result] = banmian.parse_many([path], enrich=False)
    assert result.status == "partial" and result.edition is not None
    assert any("blank page" in w for w in result.warnings)


def test_photograph_without_text_is_an_empty_result_with_a_warning(folder: Path) -> None:
    rng = np.random.default_rng(1)
    y, x = np.mgrid[0:900, 0:1200]
    photo = np.stack([(x / 5) % 256, (y / 4) % 256, (x + y) / 9 % 256], axis=-1) + rng.normal(0, 20, (900, 1200, 3))
    path = folder / "photo.jpg"
    Image.fromarray(np.clip(photo, 0, 255).astype(np.uint8)).save(path, quality=80)
    [result] = banmian.parse_many([path], enrich=False)
    assert result.ok and not [a for p in result.edition.pages for a in p.articles]
    assert result.warnings


@pytest.mark.parametrize("name, make, message", [
    ("truncated.jpg", "truncated", "damaged or truncated image"),
    ("dot.png", "tiny", "too small"),
    ("huge.png", "huge", "more than a page scan may have"),
    ("fake.png", "fake", "not an image"),
])
def test_bad_images_fail_with_a_clear_error(folder: Path, name: str, make: str, message: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = folder / name
    if make == "truncated":
        draw_page(folder / "whole.png").rename(folder / "whole2.png")
        Image.open(folder / "whole2.png").save(folder / "whole.jpg", quality=80)
        data = (folder / "whole.jpg").read_bytes()
        path.write_bytes(data[: len(data) // 3])
    elif make == "tiny":
        Image.new("RGB", (1, 1), "white").save(path)
    elif make == "huge":
        Image.new("1", (20_000, 20_000), 1).save(path)
    else:
        path.write_bytes(b"\x89PNG\r\n\x1a\nthis is not really a png")
    [result] = banmian.parse_many([path], enrich=False)
    assert result.status == "failed" and message in result.error and name in result.error
    assert main(["parse", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and message in err


def test_huge_image_is_refused_before_decoding(folder: Path) -> None:
    path = folder / "huge2.png"
    Image.new("1", (20_000, 20_000), 1).save(path)
    with pytest.raises(InputTooLargeError, match="20000x20000"):
        list(image_source.read_image_pages(path))


def test_without_the_extra_the_error_names_it(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "available", lambda: False)
    with pytest.raises(UsageError, match=r"'ocr' extra \(pip install 'banmian\[ocr\]'\)"):
        banmian.parse(draw_page(folder / "x.png"))


def test_import_banmian_loads_no_ocr_package() -> None:
    code = ("import sys, banmian; bad = [m for m in ('rapidocr', 'onnxruntime', 'numpy', 'PIL', 'cv2') "
            "if m in sys.modules]; print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_cli_parses_a_folder_mixing_images_and_text_in_two_workers(folder: Path, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    draw_page(tmp_path / "2020-01-15_page-01.png")
    (tmp_path / "2020-01-15_page-02.txt").write_text(f"{TITLE}\n\n{BODY}\n", encoding="utf-8")
    assert main(["parse", str(tmp_path), "--workers", "2", "--no-enrich"]) == 0
    doc = json.loads(capsys.readouterr().out)
    pages = doc["pages"]
    assert [p["number"] for p in pages] == [1, 2]
    assert pages[0]["articles"][0]["headline"]["title"] == TITLE and "ocr" in pages[0]
    assert "ocr" not in pages[1] and "ocr_confidence" not in pages[1]["articles"][0]


def test_ascii_punctuation_beside_chinese_is_made_full_width() -> None:
    assert image_source.clean_text("城市,乡村;绿道:开放!") == "城市，乡村；绿道：开放！"
    assert image_source.clean_text("GDP 6.9%, 3:2") == "GDP 6.9%, 3:2"
