"""The contract's version rule: read banmian/1 and every banmian/1.x, refuse other majors."""

from __future__ import annotations

import json
import warnings

import jsonschema
import pytest

import banmian
from banmian.cli import main
from banmian.schema import json_schema
from banmian.schema_version import SCHEMA_ID, SCHEMA_MAJOR, SCHEMA_MINOR, check_readable, parse_schema_id

#: a document as banmian wrote it under schema "banmian/1" (1.0): no page status, no page warnings
VERSION_1_0 = """{
  "schema": "banmian/1",
  "edition": {"paper": "江城日报", "date": "2020-01-15"},
  "pages": [{
    "number": 3, "section": "要闻", "source": "page-03.txt",
    "articles": [{
      "id": "2020-01-15/03/1",
      "headline": {"kicker": "江城区召开会议时要求", "title": "把好事办好 让居民住得更舒心", "subtitle": null},
      "bylines": [{"role": "通讯员", "name": "戴柳君"}],
      "dateline": "本报讯",
      "paragraphs": ["7月25日，江城区召开旧城改造推进会。", "会议要求，各部门要加快工作进度。"],
      "captions": [{"text": "会议现场。", "credit": "刘伟娇"}],
      "continued_from": null, "continues_to": 2,
      "bbox": [[10.0, 20.0, 300.0, 400.0]],
      "people": [{"name": "周明远", "titles": ["江城区委书记"]}],
      "places": [{"name": "江城区", "division": []}],
      "organizations": ["江城区住建局"],
      "dates": [{"text": "7月25日", "start": "2020-07-25", "end": "2020-07-25", "part_of_day": null}],
      "event_date": "2020-07-25", "event_type": "会议"
    }],
    "unassigned": [{"role": "header", "text": "江城日报 2020年1月15日 星期三"}],
    "size": [842.0, 1191.0],
    "meta": {"paper": "江城日报", "weekday": "星期三"}
  }]
}"""


def test_the_writer_is_version_1_2() -> None:
    assert (SCHEMA_ID, SCHEMA_MAJOR, SCHEMA_MINOR) == ("banmian/1.2", 1, 2)
    assert banmian.SCHEMA_ID == "banmian/1.2"
    assert banmian.Edition().to_dict()["schema"] == "banmian/1.2"


@pytest.mark.parametrize(("value", "version"), [
    ("banmian/1", (1, 0)), ("banmian/1.0", (1, 0)), ("banmian/1.1", (1, 1)), ("banmian/1.12", (1, 12)),
    ("banmian/2", (2, 0)), ("banmian/2.3", (2, 3))])
def test_schema_ids_parse_as_major_and_minor(value: str, version: tuple[int, int]) -> None:
    assert parse_schema_id(value) == version


@pytest.mark.parametrize("value", [None, 1, "", "banmian", "banmian/", "banmian/1.", "banmian/01",
                                   "banmian/1.x", "banmian/1.1.2", " banmian/1", "other/1", "BANMIAN/1"])
def test_a_value_that_is_no_version_is_refused_and_quoted(value: object) -> None:
    with pytest.raises(banmian.InputError, match="not a banmian document") as caught:
        banmian.Edition.from_dict({"schema": value, "pages": []})
    assert repr(value) in str(caught.value)


def test_a_version_1_0_document_round_trips_through_the_reader() -> None:
    old = json.loads(VERSION_1_0)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an older minor is read without a warning
        edition = banmian.Edition.from_dict(old)
    again = edition.to_dict()
    page = again["pages"][0]
    # what 1.1 added takes its default; nothing else changed
    assert (page.pop("status"), page.pop("warnings")) == ("parsed", [])
    for article in page["articles"]:
        assert article.pop("blocks", []) == []
        assert not any(article.pop("provenance", {}).values())
    assert again.pop("schema") == "banmian/1.2" and old.pop("schema") == "banmian/1"
    assert again == old
    jsonschema.validate(json.loads(VERSION_1_0), json_schema())  # the schema still accepts 1.0 documents


def test_page_status_and_warnings_round_trip() -> None:
    edition = banmian.Edition.from_dict(json.loads(VERSION_1_0))
    edition.pages[0].status = "failed"
    edition.pages[0].warnings = ["page 1: layout failed (ValueError: x); its text is left out"]
    doc = edition.to_dict()
    jsonschema.validate(doc, json_schema())
    again = banmian.Edition.from_dict(json.loads(json.dumps(doc, ensure_ascii=False)))
    assert (again.pages[0].status, again.pages[0].warnings) == ("failed", edition.pages[0].warnings)


def test_line_boxes_font_sizes_and_page_images_round_trip() -> None:
    """What 1.2 added: a block's font size and one box per line, a page's photo boxes."""
    edition = banmian.Edition.from_dict(json.loads(VERSION_1_0))
    page = edition.pages[0]
    page.width, page.height, page.images = 800.0, 1100.0, [(20.0, 30.0, 220.0, 180.0)]
    block = banmian.Block(["江城", "新闻"], banmian.Role.BODY, page=1, bbox=(10.0, 10.0, 40.0, 34.0), font_size=10.5,
                          line_bboxes=[(10.0, 10.0, 30.0, 20.0), (10.0, 24.0, 40.0, 34.0)])
    page.blocks = [block]
    doc = edition.to_dict()
    jsonschema.validate(doc, json_schema())
    assert doc["pages"][0]["images"] == [[20.0, 30.0, 220.0, 180.0]]
    assert doc["pages"][0]["unassigned"][0]["font_size"] == 10.5
    again = banmian.Edition.from_dict(json.loads(json.dumps(doc, ensure_ascii=False)))
    back = again.pages[0].blocks[0]
    assert (back.font_size, back.line_bboxes, again.pages[0].images) == (10.5, block.line_bboxes, page.images)


def test_a_newer_minor_is_read_with_a_warning_and_its_new_fields_ignored() -> None:
    doc = json.loads(VERSION_1_0)
    doc["schema"] = "banmian/1.9"
    doc["pages"][0]["layout_engine"] = "v9"
    doc["pages"][0]["articles"][0]["sentiment"] = 0.5
    with pytest.warns(UserWarning, match=r"'banmian/1\.9' is newer than 'banmian/1\.2'"):
        edition = banmian.Edition.from_dict(doc)
    assert edition.articles[0].headline.title == "把好事办好 让居民住得更舒心"
    assert "sentiment" not in edition.to_dict()["pages"][0]["articles"][0]


@pytest.mark.parametrize("value", ["banmian/2", "banmian/2.0", "banmian/0.9", "banmian/10.1"])
def test_another_major_is_refused_with_the_value_quoted(value: str) -> None:
    doc = json.loads(VERSION_1_0)
    doc["schema"] = value
    with pytest.raises(banmian.InputError, match=f"schema {value!r} is major version") as caught:
        banmian.Edition.from_dict(doc)
    assert "banmian/1.x only" in str(caught.value)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, json_schema())


def test_check_readable_returns_the_version() -> None:
    assert check_readable("banmian/1") == (1, 0)
    assert check_readable(SCHEMA_ID) == (SCHEMA_MAJOR, SCHEMA_MINOR)


def test_cli_schema_says_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$id"] == "banmian/1.2"
    assert schema["description"].startswith("banmian/1.2.")
    assert "banmian/1.x can be read" in schema["description"]
    assert {"status", "warnings"} <= set(schema["properties"]["pages"]["items"]["properties"])
