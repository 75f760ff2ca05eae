"""Markdown for reading: headings only for what is known, and the people,
places and event type that enrichment found."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from banmian.export.formats import to_markdown
from banmian.model import Article, Edition, Headline, Page, Person, Place

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "banmian" / "samples" / "sample-page.txt"


def _article() -> Article:
    return Article(id="x", headline=Headline(title="江城区召开民营企业座谈会"), paragraphs=["座谈会上，企业负责人踊跃发言。"],
                   people=[Person("林志刚", ["江城区委副书记", "区长"])],
                   places=[Place("茂南", ["广东省", "茂名市", "茂南区"])], event_type="会议")


def test_no_placeholder_headings_when_paper_date_and_page_are_unknown():
    text = to_markdown([Edition(pages=[Page(source="<stdin>", articles=[_article()])])])
    assert "# banmian" not in text and "<stdin>" not in text
    assert text.startswith("### 江城区召开民营企业座谈会")


def test_headings_when_known():
    text = to_markdown([Edition(paper="江城日报", date="2024-05-01", pages=[Page(number=2, section="要闻",
                                                                         articles=[_article()])])])
    assert text.startswith("# 江城日报 2024-05-01\n") and "## 第2版 要闻\n" in text
    named = to_markdown([Edition(pages=[Page(source="page-03.txt", articles=[_article()])])])
    assert named.startswith("## page-03.txt\n")


def test_people_places_and_event_type_are_shown():
    text = to_markdown([Edition(pages=[Page(articles=[_article()])])])
    assert "人物：林志刚（江城区委副书记，区长）" in text
    assert "地点：茂南（广东省 茂名市 茂南区）" in text
    assert "类型：会议" in text


def test_markdown_from_stdin_on_the_command_line():
    headerless = SAMPLE.read_text(encoding="utf-8").split("\n", 1)[1]
    proc = subprocess.run([sys.executable, "-m", "banmian", "parse", "-", "-f", "markdown", "--no-enrich"],
                          input=headerless, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "# banmian" not in proc.stdout and "## <stdin>" not in proc.stdout
    assert proc.stdout.startswith("*江城区领导调研老旧小区改造工作时强调*")
