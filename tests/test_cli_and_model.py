"""The JSON contract, its schema, the exporters and the CLI around them."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import jsonschema
import pytest

import banmian
from banmian.cli import main
from banmian.schema import json_schema

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "banmian" / "samples" / "sample-page.txt"
GOLDEN = ROOT / "tests" / "golden" / "sample-page.json"


def _parse_sample() -> banmian.Edition:
    return banmian.parse(SAMPLE, enrich=False)


def _contract_fields(doc: dict) -> dict:
    """The parts of the contract the layout decides (enrichment fields aside)."""
    keep = ("id", "headline", "bylines", "dateline", "paragraphs", "captions", "continued_from", "continues_to")
    return {
        "edition": doc["edition"],
        "pages": [{"number": p["number"], "section": p["section"], "unassigned": p["unassigned"],
                   "articles": [{k: a[k] for k in keep} for a in p["articles"]]} for p in doc["pages"]],
    }


def test_sample_page_matches_golden_file():
    got = _contract_fields(_parse_sample().to_dict())
    assert got == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_output_validates_against_schema():
    jsonschema.validate(_parse_sample().to_dict(), json_schema())


def test_schema_rejects_a_broken_document():
    doc = _parse_sample().to_dict()
    doc["pages"][0]["articles"][0]["headline"]["title"] = 42
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, json_schema())


def test_round_trip_through_json():
    edition = _parse_sample()
    again = banmian.Edition.from_dict(json.loads(json.dumps(edition.to_dict(), ensure_ascii=False)))
    assert again.to_dict() == edition.to_dict()


def test_from_dict_refuses_other_documents():
    with pytest.raises(banmian.InputError, match="'other/2'"):
        banmian.Edition.from_dict({"schema": "other/2"})


def test_headline_less_article_stays_separate():
    text = SAMPLE.read_text(encoding="utf-8")
    # drop the last article's headline (and its continuation note, which
    # would tell that its headline came first): it must not be glued to its neighbour
    text = text.replace("第二届“书香江城”\n全民阅读节开幕\n", "").replace("（下转第3版）", "")
    articles = banmian.parse_text(text).articles
    assert len(articles) == 3
    assert articles[2].headline.to_dict() == {"kicker": None, "title": None, "subtitle": None}
    assert articles[2].paragraphs[0].startswith("4月30日")


def test_headlines_before_bodies():
    text = (
        "江城区召开河长制工作会议\n\n■ 本报记者 王芳\n\n本报讯 5月6日，江城区召开河\n"
        "长制工作会议，部署今年河湖治\n理任务。\n\n会议要求，各级河长要履职尽\n"
        "责，做到守河有责、护河担责。\n\n江城区启动夏季消防检查\n\n本报讯 5月7日起，江城区启\n"
        "动为期一个月的夏季消防安全\n大检查。\n"
    )
    articles = banmian.parse_text(text).articles
    assert [a.headline.title for a in articles] == ["江城区召开河长制工作会议", "江城区启动夏季消防检查"]
    assert [(b.role, b.name) for b in articles[0].bylines] == [("本报记者", "王芳")]
    assert articles[0].paragraphs == ["5月6日，江城区召开河长制工作会议，部署今年河湖治理任务。",
                                      "会议要求，各级河长要履职尽责，做到守河有责、护河担责。"]
    assert articles[1].bylines == []


def test_national_dateline_with_bracket_byline():
    text = ("习近平会见外国客人\n\n本报北京2月1日电 （记者 张三 李四 通讯员 王五）国家主\n"
            "席习近平1日在人民大会堂会见外国客人。\n")
    article = banmian.parse_text(text).articles[0]
    assert article.dateline == "本报北京2月1日电"
    assert [(b.role, b.name) for b in article.bylines] == [("记者", "张三"), ("记者", "李四"), ("通讯员", "王五")]
    assert article.paragraphs == ["国家主席习近平1日在人民大会堂会见外国客人。"]


def test_continuation_from_previous_page():
    text = "（上接第1版）\n\n会议强调，要抓好各项工作\n落实，确保取得实效。\n"
    article = banmian.parse_text(text).articles[0]
    assert article.continued_from == 1
    assert article.paragraphs == ["会议强调，要抓好各项工作落实，确保取得实效。"]


def test_cli_formats(tmp_path, capsys):
    assert main(["parse", "--no-enrich", str(SAMPLE)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "banmian/1.2" and len(doc["pages"][0]["articles"]) == 3

    assert main(["parse", "--no-enrich", "-f", "jsonl", str(SAMPLE)]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["page"] for r in rows] == [2, 2, 2] and rows[0]["paper"] == "江城日报"

    out = tmp_path / "page.md"
    assert main(["parse", "--no-enrich", "-f", "markdown", "-o", str(out), str(SAMPLE)]) == 0
    assert "### 把好事办好 让居民住得更舒心" in out.read_text(encoding="utf-8")


def test_cli_reads_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SAMPLE.read_bytes())))
    assert main(["parse", "--no-enrich", "--paper", "江城日报", "--date", "2024-05-01", "-"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["edition"] == {"paper": "江城日报", "date": "2024-05-01"}


def test_cli_schema(capsys):
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["$id"] == "banmian/1.2"


def test_cli_help_names_every_option(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["parse", "--help"])
    assert exc.value.code == 0
    text = capsys.readouterr().out
    for option in ("--format", "--output", "--paper", "--date", "--page", "stdin", "Exit status"):
        assert option in text
