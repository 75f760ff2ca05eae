"""Fictional editions for the archive, web and browser tests, and the backend switch.

All text here is invented for the tests. ``open_test_archive("postgresql")``
uses the DSN in BANMIAN_TEST_PG and a throw-away schema, so test runs never
see each other's rows.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from banmian.archive import open_archive
from banmian.archive.base import Archive
from banmian.model import Article, Byline, Caption, Edition, Headline, Page, Person
from tests.shared_data import skip_or_fail

PG_ENV = "BANMIAN_TEST_PG"
BACKENDS = ["sqlite", "postgresql"]


@contextmanager
def open_test_archive(backend: str, tmp_path: Path) -> Iterator[tuple[Archive, str]]:
    """An empty archive of the given backend and the URL to open it again."""
    if backend == "sqlite":
        url = str(tmp_path / "test.db")
        with open_archive(url) as archive:
            yield archive, url
        return
    dsn = os.environ.get(PG_ENV)
    if not dsn:
        skip_or_fail(f"PostgreSQL tests need a server: set {PG_ENV} to a postgresql:// DSN (.ci/run does)")
    try:
        import psycopg
    except ImportError:
        skip_or_fail("PostgreSQL tests need psycopg: pip install 'banmian[postgres]'")
    schema = "t_" + uuid.uuid4().hex[:12]
    try:
        admin = psycopg.connect(dsn, autocommit=True)
    except psycopg.Error as exc:
        skip_or_fail(f"PostgreSQL at {PG_ENV} is not reachable: {exc}")
    admin.execute(f"CREATE SCHEMA {schema}")  # generated name, not user input
    joiner = "&" if "?" in dsn else "?"
    url = f"{dsn}{joiner}options={quote('-csearch_path=' + schema)}"
    try:
        with open_archive(url) as archive:
            yield archive, url
    finally:
        admin.execute(f"DROP SCHEMA {schema} CASCADE")
        admin.close()


def _article(aid: str, title: str, paragraphs: list[str], *, kicker: str | None = None,
             subtitle: str | None = None, people: list[Person] | None = None, bylines: list[Byline] | None = None,
             captions: list[Caption] | None = None, bbox: list[tuple[float, float, float, float]] | None = None,
             dateline: str | None = "本报讯", continues_to: int | None = None,
             continued_from: int | None = None) -> Article:
    return Article(id=aid, headline=Headline(kicker, title, subtitle), paragraphs=paragraphs, dateline=dateline,
                   people=people or [], bylines=bylines or [], captions=captions or [], bbox=bbox or [],
                   continues_to=continues_to, continued_from=continued_from)


def edition_may_first() -> Edition:
    """江城日报 2024-05-01: page 1 (要闻, with zones), page 2 (城建, text mode)."""
    d = "2024-05-01"
    page1 = Page(number=1, section="要闻", width=800.0, height=1100.0, articles=[
        _article(f"{d}/01/1", "江城加快推进城建项目", [
            "日前，江城市委书记周明远率队调研城建工作，要求倒排工期、挂图作战。",
            "周明远强调，要把群众出行放在首位，确保道路年内通车。"],
            kicker="市领导调研重点工程时强调", subtitle="——确保年内完成五条道路改造",
            people=[Person("周明远", ["江城市委书记"]), Person("林晓华", ["副市长"])],
            bylines=[Byline("记者", "陈思远"), Byline("通讯员", "王一鸣")],
            bbox=[(20.0, 20.0, 520.0, 560.0)], continues_to=2),
        _article(f"{d}/01/2", "春耕时节农事忙", [
            "眼下正值春耕，田间地头一派繁忙景象，农机手们抢抓晴好天气播种。"],
            captions=[Caption("农民在田间驾驶插秧机作业。", "李青")],
            bbox=[(540.0, 20.0, 780.0, 560.0)]),
        _article(f"{d}/01/3", "图书馆延长开放时间", [
            "市图书馆自五月起每晚开放至九点，方便读者下班后借阅。<script>alert(1)</script>"],
            bbox=[(20.0, 580.0, 780.0, 1080.0)]),
    ])
    page2 = Page(number=2, section="城建", articles=[
        _article(f"{d}/02/1", None, [  # the continuation of page 1's lead story: no headline of its own
            "（上接第1版）会上还研究了回迁房建设，要求各部门合力攻坚。"],
            dateline=None, continued_from=1, people=[Person("周明远", ["江城市委书记"])]),
        _article(f"{d}/02/2", "老旧小区改造惠及万户", [
            "今年江城将改造老旧小区一百二十个，惠及居民一万余户。"],
            people=[Person("林晓华", ["副市长"])]),
    ])
    return Edition(paper="江城日报", date=d, pages=[page1, page2])


def edition_may_second() -> Edition:
    """江城日报 2024-05-02 (one page) where a person has a new title."""
    d = "2024-05-02"
    return Edition(paper="江城日报", date=d, pages=[Page(number=1, section="要闻", articles=[
        _article(f"{d}/01/1", "新建学校九月开学", [
            "江城新区第一小学主体完工，九月将迎来首批学生，城建部门正在加紧绿化。"],
            people=[Person("周明远", ["江城市市长"])]),
    ])])


def edition_other_paper() -> Edition:
    """海滨晚报 2024-05-01: a second paper for the paper filter."""
    d = "2024-05-01"
    return Edition(paper="海滨晚报", date=d, pages=[Page(number=5, section="民生", articles=[
        _article(f"{d}/05/1", "海滨城建新规出台", ["海滨市出台城建新规，规范工地夜间施工。"]),
    ])])


def all_editions() -> list[Edition]:
    return [edition_may_first(), edition_may_second(), edition_other_paper()]


#: A fictional page of extracted text (column lines, headline after the body) for the pipeline path.
SAMPLE_PAGE_TEXT = """\
■ 记者 陈思远

本报讯 日前，江城市举行城建
项目集中开工仪式，二十个项目
总投资一百亿元。

江城二十个城建项目集中开工
"""
