"""bench.indie: generated pages carry every answer sentence in their text layer, and answers have their fields."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from bench.indie import corpus

pymupdf = pytest.importorskip("pymupdf", reason="the page generator draws with PyMuPDF (pip install 'banmian[pdf]')")

PAGE_FIELDS = {"file", "paper", "date", "page", "features", "articles"}
ARTICLE_FIELDS = {"kicker", "title", "subtitle", "bylines", "byline_roles", "dateline", "start", "end", "paragraphs",
                  "body", "subheads", "sentences", "captions", "continued_from", "continues_to", "features"}


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    if corpus.shared_dir() is None:
        pytest.skip(f"shared data absent: set BANMIAN_SHARED to the folder holding {corpus.CORPUS}")
    from bench.indie.generate import generate

    out = tmp_path_factory.mktemp("indie")
    return generate(out, 3, seed=7)


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_answers_have_their_fields(pages):
    for pdf in pages:
        answer = json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))
        assert PAGE_FIELDS <= set(answer), pdf.name
        assert {"number", "section"} <= set(answer["page"])
        assert answer["articles"], pdf.name
        for article in answer["articles"]:
            assert ARTICLE_FIELDS <= set(article), (pdf.name, article.get("title"))
            assert article["paragraphs"] == len(article["body"])
            assert _flat("".join(article["body"])).startswith(article["start"])
            assert _flat("".join(article["body"])).endswith(article["end"])


def test_every_sentence_is_printed(pages):
    for pdf in pages:
        with pymupdf.open(pdf) as document:
            text = _flat(document[0].get_text())
        answer = json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))
        chars = Counter(text)
        for article in answer["articles"]:
            whole = Counter(_flat("".join(article["sentences"])))
            assert not whole - chars, (pdf.name, article["title"], whole - chars)
            if "stream_rows" in article["features"]:  # drawn row by row: a sentence's lines are not contiguous
                continue
            for sentence in article["sentences"]:
                assert _flat(sentence) in text, (pdf.name, article["title"], sentence)
            for name in article["bylines"]:
                assert name in text
            assert answer["page"]["section"] in text


def test_same_seed_same_pages(pages, tmp_path):
    from bench.indie.generate import generate

    again = generate(tmp_path, 1, seed=7)
    assert again[0].with_suffix(".json").read_text(encoding="utf-8") == pages[0].with_suffix(".json").read_text(
        encoding="utf-8")


def test_a_quoted_wire_dateline_is_read_as_the_contract_reads_it():
    """据新华社…电（记者…）opening a retold report is its dateline and bylines, as DESIGN's
    新华社…电 and the other generators' answers; under a dateline of its own, or in a part
    continued from another page, it stays text as printed. Text invented."""
    from bench.indie.layout import answer
    from bench.indie.story import Story

    first = "据新华社杭州3月2日电（记者林晓、周舟）湖畔新建的三座书房日前向市民开放。"
    retold = answer(Story(None, "湖畔书房开放", None, [first, "书房每天开放十二小时。"],
                          bylines=[("本报记者", "周舟")]), [], (0, 0, 1, 1), [])
    assert retold["dateline"] == "据新华社杭州3月2日电"
    assert retold["body"][0] == "湖畔新建的三座书房日前向市民开放。"
    assert retold["byline_roles"] == [{"role": "本报记者", "name": "周舟"}, {"role": "记者", "name": "林晓"}]
    assert retold["start"].startswith("湖畔")
    dated = answer(Story(None, "湖畔书房开放", None, [first], dateline="本报讯"), [], (0, 0, 1, 1), [])
    assert dated["dateline"] == "本报讯" and dated["body"] == [first]
    continued = answer(Story(None, "湖畔书房开放", None, [first], continued_from=1), [], (0, 0, 1, 1), [])
    assert continued["dateline"] is None and continued["body"] == [first]
