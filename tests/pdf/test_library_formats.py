"""ALTO, METS and TEI output (issue #14): every file validates against the official
schemas in ../shared/schemas, ALTO reads back into the same articles, METS ties
a continued article across pages, TEI marks people, places and dates."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

pytest.importorskip("lxml", reason="library formats need the 'formats' extra: pip install 'banmian[formats]'")
xmlschema = pytest.importorskip("xmlschema", reason="schema checks need xmlschema (the 'dev' extra)")
pymupdf = pytest.importorskip("pymupdf", reason="the PDF pages need the 'pdf' extra")

from lxml import etree  # noqa: E402

import banmian  # noqa: E402
from banmian.cli import main  # noqa: E402
from banmian.export.alto import page_alto, to_alto_files  # noqa: E402
from banmian.export.mets import edition_mets, to_mets_files  # noqa: E402
from banmian.export.tei import to_tei  # noqa: E402
from banmian.model import Article, Block, Byline, Caption, DateMention, Edition, Headline, Page, Person, Place, Role  # noqa: E402
from pdf_samples import BODY_A, BODY_B, BODY_D, Story, newspaper_page, save  # noqa: E402
from test_pdf_edition import two_pages  # noqa: E402
from tests.shared_data import require_shared  # noqa: E402

ALTO = {"a": "http://www.loc.gov/standards/alto/ns-v4#"}
METS = {"mets": "http://www.loc.gov/METS/", "mods": "http://www.loc.gov/mods/v3",
        "xlink": "http://www.w3.org/1999/xlink"}
TEI = {"t": "http://www.tei-c.org/ns/1.0"}
SAMPLE = Path(banmian.__file__).parent / "samples" / "sample-page.txt"


def _schema(name: str) -> object:
    folder = require_shared("schemas")
    return xmlschema.XMLSchema(str(folder / name), locations={"http://www.w3.org/1999/xlink": str(folder / "xlink.xsd")})


@pytest.fixture(scope="module")
def alto_schema() -> object:
    return _schema("alto-4-4.xsd")


@pytest.fixture(scope="module")
def mets_schema() -> object:
    return _schema("mets-1-12-1.xsd")


def assert_valid(schema: object, data: bytes, name: str) -> None:
    errors = [str(e.reason) for e in schema.iter_errors(data.decode("utf-8"))]  # type: ignore[attr-defined]
    assert errors == [], f"{name}: {errors[:3]}"


@pytest.fixture(scope="module")
def two_page_edition(tmp_path_factory: pytest.TempPathFactory) -> Edition:
    """A two-page PDF edition whose lead story runs on from page 1 to page 2."""
    doc = pymupdf.open()
    two_pages(doc)
    return banmian.parse(save(doc, tmp_path_factory.mktemp("pdf") / "edition.pdf"), enrich=False)


@pytest.fixture(scope="module")
def photo_page(tmp_path_factory: pytest.TempPathFactory) -> Edition:
    doc = pymupdf.open()
    newspaper_page(doc, 3, [
        Story("新图书馆开门迎客", [BODY_A, BODY_B], kicker="市民文化生活再添好去处", columns=3,
              photo=("市民在新馆阅览区读书。", "本报记者 陈晨 摄")),
        Story("本周后期将明显降温", [BODY_D], columns=3),
    ])
    return banmian.parse(save(doc, tmp_path_factory.mktemp("pdf") / "page-03.pdf"), enrich=False)


@pytest.fixture(scope="module")
def text_page() -> Edition:
    return banmian.parse(SAMPLE, enrich=False)


def article_fields(edition: Edition) -> list[tuple[object, ...]]:
    return [(a.headline.kicker, a.headline.title, a.headline.subtitle, a.dateline, a.paragraphs,
             [(b.role, b.name) for b in a.bylines], [(c.text, c.credit) for c in a.captions],
             a.continued_from, a.continues_to) for a in edition.articles]


# --- ALTO -----------------------------------------------------------------------------

def test_every_alto_file_validates(alto_schema: object, two_page_edition: Edition, photo_page: Edition,
                                   text_page: Edition) -> None:
    files = to_alto_files([two_page_edition, photo_page, text_page])
    assert sorted(files) == ["江城日报-2020-01-15-p01.alto.xml", "江城日报-2020-01-15-p02.alto.xml",
                             "江城日报-2020-01-15-p03.alto.xml", "江城日报-2024-05-01-p02.alto.xml"]
    for name, data in files.items():
        assert_valid(alto_schema, data, name)


def test_alto_of_a_pdf_page_places_every_line_in_mm10(photo_page: Edition) -> None:
    page = photo_page.pages[0]
    root = etree.fromstring(page_alto(page))
    assert root.findtext("a:Description/a:MeasurementUnit", namespaces=ALTO) == "mm10"
    alto_page = root.find(".//a:Page", ALTO)
    assert (alto_page.get("WIDTH"), alto_page.get("HEIGHT"), alto_page.get("PRINTED_IMG_NR")) == \
        ("2970.39", "4201.58", "3")  # 842 x 1191 pt
    title = next(b for a in page.articles for b in a.blocks if b.role == Role.TITLE)
    block = root.find(f".//a:TextBlock[@ID='TB{title.id}']", ALTO)
    assert block.get("TAGREFS") == "role-title article-1" and block.get("STYLEREFS") == "FS22"
    assert float(block.get("HPOS")) == pytest.approx(title.bbox[0] * 254 / 72, abs=0.01)
    for line in root.iterfind(".//a:TextLine", ALTO):
        assert {"HPOS", "VPOS", "WIDTH", "HEIGHT"} <= set(line.keys())
        assert all({"HPOS", "VPOS", "WIDTH", "HEIGHT"} <= set(s.keys()) for s in line.iterfind("a:String", ALTO))
    tags = {t.get("ID"): t.get("LABEL") for t in root.iterfind(".//a:StructureTag", ALTO)}
    assert {"role-kicker": "kicker", "role-title": "title", "role-caption": "caption", "role-credit": "credit",
            "role-header": "header", "role-body": "body"}.items() <= tags.items()
    photos = root.findall(".//a:Illustration", ALTO)
    assert len(photos) == 1 and len(page.images) == 1
    assert float(photos[0].get("WIDTH")) == pytest.approx((page.images[0][2] - page.images[0][0]) * 254 / 72, abs=0.01)
    assert root.find(".//a:String[@WC]", ALTO) is None  # not recognised: no confidence


def test_alto_of_a_text_page_has_no_positions(text_page: Edition) -> None:
    root = etree.fromstring(page_alto(text_page.pages[0]))
    placed = [el.tag for el in root.iter() if el.get("HPOS") or el.get("WIDTH")]
    assert placed == []
    lines = [ln.get("ID") for ln in root.iterfind(".//a:TextLine", ALTO)]
    assert lines[0] == "TB1.1_L3"  # the source line number, for reading back


def test_ocr_confidence_becomes_wc(alto_schema: object) -> None:
    @dataclass(slots=True)
    class RecognisedBlock(Block):  # what an OCR source may set; the exporter reads it if present
        confidence: float | None = None

    block = RecognisedBlock(["江城 新闻"], Role.BODY, bbox=(10, 10, 110, 22), font_size=10, confidence=0.87)
    page = Page(number=1, width=200, height=300, articles=[Article(id="a", blocks=[block])])
    data = page_alto(page)
    assert_valid(alto_schema, data, "ocr page")
    strings = etree.fromstring(data).findall(".//a:String", ALTO)
    assert [(s.get("CONTENT"), s.get("WC")) for s in strings] == [("江城", "0.87"), ("新闻", "0.87")]
    # the line's width split by typeset width: two cells, a half-cell space, two cells
    assert [float(s.get("WIDTH")) for s in strings] == pytest.approx([100 * 2 / 4.5 * 254 / 72] * 2, abs=0.01)


@pytest.mark.parametrize("which", ["pdf", "text"])
def test_alto_reads_back_into_the_same_articles(which: str, tmp_path: Path, photo_page: Edition,
                                                text_page: Edition) -> None:
    edition = photo_page if which == "pdf" else text_page
    [(name, data)] = to_alto_files([edition]).items()
    path = tmp_path / name
    path.write_bytes(data)
    back = banmian.parse(path, enrich=False)
    assert (back.paper, back.date, [p.number for p in back.pages]) == (edition.paper, edition.date,
                                                                       [p.number for p in edition.pages])
    assert article_fields(back) == article_fields(edition)
    assert [a.headline.title for a in back.articles] == (
        ["新图书馆开门迎客", "本周后期将明显降温"] if which == "pdf" else
        ["把好事办好 让居民住得更舒心", "江城区召开民营企业座谈会", "第二届“书香江城”全民阅读节开幕"])


def test_a_file_that_is_not_alto_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "page.xml"
    path.write_text("<html><body>江城</body></html>", encoding="utf-8")
    with pytest.raises(banmian.InputError, match="not an ALTO file: its root element is 'html'"):
        banmian.parse(path)


# --- METS -----------------------------------------------------------------------------

def test_mets_of_a_continued_article_validates_and_points_into_both_pages(
        mets_schema: object, alto_schema: object, two_page_edition: Edition) -> None:
    files = to_mets_files([two_page_edition])
    assert sorted(files) == ["江城日报-2020-01-15-p01.alto.xml", "江城日报-2020-01-15-p02.alto.xml",
                             "江城日报-2020-01-15.mets.xml"]
    mets = files["江城日报-2020-01-15.mets.xml"]
    assert_valid(mets_schema, mets, "mets")
    root = etree.fromstring(mets)
    hrefs = {f.get("ID"): f.find("mets:FLocat", METS).get(f"{{{METS['xlink']}}}href")
             for f in root.iterfind(".//mets:fileGrp/mets:file", METS)}
    assert hrefs == {"ALTO_0001": "江城日报-2020-01-15-p01.alto.xml", "ALTO_0002": "江城日报-2020-01-15-p02.alto.xml"}
    pages = root.findall(".//mets:structMap[@TYPE='PHYSICAL']//mets:div[@TYPE='page']", METS)
    assert [(p.get("ORDER"), p.get("ORDERLABEL")) for p in pages] == [("1", "1"), ("2", "2")]
    articles = root.findall(".//mets:structMap[@TYPE='LOGICAL']//mets:div[@TYPE='ARTICLE']", METS)
    assert [a.get("LABEL") for a in articles] == ["十件民生实事确定", "本周后期将明显降温", "新图书馆开门迎客"]
    lead = articles[0]
    assert [d.get("TYPE") for d in lead] == ["HEADLINE", "DATELINE", "PARAGRAPH", "PARAGRAPH", "PARAGRAPH"]
    assert {a.get("FILEID") for a in lead.iterfind(".//mets:area", METS)} == {"ALTO_0001", "ALTO_0002"}
    # every area names a TextBlock that is in the file it points to
    blocks = {fid: {b.get("ID") for b in etree.fromstring(files[href]).iterfind(".//a:TextBlock", ALTO)}
              for fid, href in hrefs.items()}
    areas = list(root.iterfind(".//mets:area", METS))
    assert areas and all(a.get("BEGIN") in blocks[a.get("FILEID")] and a.get("BETYPE") == "IDREF" for a in areas)
    issue = root.find(".//mets:dmdSec[@ID='DMD_ISSUE']//mods:mods", METS)
    assert issue.findtext("mods:titleInfo/mods:title", namespaces=METS) == "江城日报"
    assert issue.findtext("mods:originInfo/mods:dateIssued", namespaces=METS) == "2020-01-15"
    page2 = root.find(".//mets:dmdSec[@ID='DMD_PAGE_0002']//mods:part", METS)
    assert [d.findtext("*", namespaces=METS) for d in page2] == ["2", "综合"]


def test_mets_of_a_text_page_and_a_photo_page_validate(mets_schema: object, photo_page: Edition,
                                                      text_page: Edition) -> None:
    for edition in (photo_page, text_page):
        data = edition_mets(edition)
        assert_valid(mets_schema, data, f"{edition.date} mets")
        root = etree.fromstring(data)
        articles = root.findall(".//mets:div[@TYPE='ARTICLE']", METS)
        assert [a.get("LABEL") for a in articles] == [a.headline.title for a in edition.articles]
        kinds = {d.get("TYPE") for a in articles for d in a}
        assert {"HEADLINE", "BYLINE", "PARAGRAPH", "CAPTION"} <= kinds if edition is text_page else \
            {"HEADLINE", "PARAGRAPH", "CAPTION"} <= kinds


def test_mets_carries_bylines_people_and_places(mets_schema: object) -> None:
    edition = Edition(paper="江城日报", date="2024-05-01", pages=[Page(number=1, section="要闻", articles=[
        Article(id="2024-05-01/01/1", headline=Headline("市领导调研时强调", "江城加快推进城建项目", "确保年内完工"),
                bylines=[Byline("记者", "陈思远")], paragraphs=["周明远在江城调研。"],
                people=[Person("周明远", ["江城市委书记"])], places=[Place("江城", [])])])])
    data = edition_mets(edition)
    assert_valid(mets_schema, data, "mets")
    mods = etree.fromstring(data).find(".//mets:dmdSec[@ID='DMD_ART_0001']//mods:mods", METS)
    assert mods.findtext("mods:titleInfo/mods:title", namespaces=METS) == "江城加快推进城建项目"
    assert mods.findtext("mods:titleInfo/mods:subTitle", namespaces=METS) == "确保年内完工"
    assert mods.findtext("mods:titleInfo[@displayLabel='kicker']/mods:title", namespaces=METS) == "市领导调研时强调"
    assert [(n.findtext("mods:namePart", namespaces=METS), n.findtext(".//mods:roleTerm", namespaces=METS))
            for n in mods.iterfind("mods:name", METS)] == [("陈思远", "记者")]
    assert [p.text for p in mods.iterfind("mods:subject/mods:name/mods:namePart", METS)] == ["周明远", "江城市委书记"]
    assert mods.findtext("mods:subject/mods:geographic", namespaces=METS) == "江城"


def test_cli_writes_alto_and_mets_into_a_folder(tmp_path: Path, mets_schema: object, alto_schema: object,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    doc = pymupdf.open()
    two_pages(doc)
    pdf = save(doc, tmp_path / "edition.pdf")
    assert main(["parse", str(pdf), "-f", "alto", "--no-enrich"]) == 2
    assert "-f alto writes several files: give a folder with -o DIR" in capsys.readouterr().err
    out = tmp_path / "out"
    assert main(["parse", str(pdf), "-f", "mets", "-o", str(out), "--no-enrich"]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["江城日报-2020-01-15-p01.alto.xml", "江城日报-2020-01-15-p02.alto.xml",
                     "江城日报-2020-01-15.mets.xml"]
    for name in names:
        assert_valid(mets_schema if name.endswith("mets.xml") else alto_schema, (out / name).read_bytes(), name)


# --- TEI ------------------------------------------------------------------------------

def _tei_edition() -> Edition:
    article = Article(
        id="2024-05-01/01/1", headline=Headline("市领导调研时强调", "江城加快推进城建项目", "确保年内完工"),
        bylines=[Byline("记者", "陈思远")], dateline="本报讯",
        paragraphs=["5月1日，江城市委书记周明远到滨江街道调研。周明远强调要抓进度。"],
        captions=[Caption("工人在工地施工。", "李青")],
        people=[Person("周明远", ["江城市委书记"])], places=[Place("滨江街道", ["江城市"])],
        dates=[DateMention("5月1日", "2024-05-01", "2024-05-01")])
    return Edition(paper="江城日报", date="2024-05-01", pages=[Page(number=1, section="要闻", articles=[article])])


def test_tei_marks_headline_tiers_people_places_and_dates() -> None:
    root = etree.fromstring(to_tei([_tei_edition()]).encode("utf-8"))
    assert root.tag == f"{{{TEI['t']}}}TEI"
    assert root.findtext(".//t:sourceDesc/t:bibl/t:title", namespaces=TEI) == "江城日报"
    div = root.find(".//t:div[@type='article']", TEI)
    assert [(h.get("type"), h.text) for h in div.iterfind("t:head", TEI)] == [
        ("kicker", "市领导调研时强调"), ("main", "江城加快推进城建项目"), ("sub", "确保年内完工")]
    assert etree.tostring(div.find("t:byline", TEI), encoding="unicode", with_tail=False) == \
        f'<byline xmlns="{TEI["t"]}">记者 <persName>陈思远</persName></byline>'
    assert div.findtext("t:dateline", namespaces=TEI) == "本报讯"
    p = etree.tostring(div.find("t:p", TEI), encoding="unicode", with_tail=False).replace(f' xmlns="{TEI["t"]}"', "")
    assert p == ('<p><date when="2024-05-01">5月1日</date>，<persName role="江城市委书记"><roleName>江城市委书记</roleName>'
                 '周明远</persName>到<placeName>滨江街道</placeName>调研。<persName role="江城市委书记">周明远</persName>'
                 '强调要抓进度。</p>')
    figure = div.find("t:figure", TEI)
    assert (figure.findtext("t:figDesc", namespaces=TEI), figure.findtext("t:note[@type='credit']", namespaces=TEI)) == \
        ("工人在工地施工。", "李青")


def test_tei_of_several_editions_is_a_corpus_and_joins_continued_articles(two_page_edition: Edition) -> None:
    root = etree.fromstring(to_tei([two_page_edition, _tei_edition()]).encode("utf-8"))
    assert root.tag == f"{{{TEI['t']}}}teiCorpus" and len(root.findall("t:TEI", TEI)) == 2
    first = root.find("t:TEI", TEI)
    assert [pb.get("n") for pb in first.iterfind(".//t:pb", TEI)] == ["1", "2"]
    titles = [d.findtext("t:head[@type='main']", namespaces=TEI) for d in first.iterfind(".//t:div", TEI)]
    assert titles == ["十件民生实事确定", "本周后期将明显降温", "新图书馆开门迎客"]  # the continued part joined
    assert len(two_page_edition.pages[1].articles) == 2  # the exporter did not change the edition


def test_import_banmian_loads_no_xml_or_image_library() -> None:
    import subprocess
    import sys

    code = ("import sys, banmian, banmian.export, banmian.cli; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('lxml', 'PIL', 'xmlschema')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
