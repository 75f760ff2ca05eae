"""One suite, run against both backends: storing, re-ingesting, reading, searching."""

from __future__ import annotations

from pathlib import Path

import pytest

from banmian import parse_text
from banmian.archive import open_archive
from banmian.archive.base import Archive
from banmian.errors import ArchiveError, UsageError
from tests.archive.archive_samples import (
    SAMPLE_PAGE_TEXT,
    all_editions,
    edition_may_first,
    edition_may_second,
    open_test_archive,
)

KEY = "江城日报/2024-05-01/01/1"


def keys(result: dict) -> list[str]:
    return [h["key"] for h in result["hits"]]


def test_ingest_counts_and_deterministic_keys(archive: Archive) -> None:
    assert archive.stats() == {"editions": 3, "pages": 4, "articles": 7, "blocks": 0}
    assert archive.article(KEY)["headline"]["title"] == "江城加快推进城建项目"
    assert archive.article("海滨晚报/2024-05-01/05/1")["paper"] == "海滨晚报"


def test_reingest_is_idempotent(archive: Archive) -> None:
    before = (archive.stats(), archive.search("城建")["total"], archive.people())
    for edition in all_editions():
        archive.ingest(edition)
    assert (archive.stats(), archive.search("城建")["total"], archive.people()) == before


def test_reingest_updates_in_place(archive: Archive) -> None:
    changed = edition_may_first()
    changed.pages[0].articles[1].headline.title = "夏收时节农事忙"
    changed.pages[0].articles[1].paragraphs = ["麦田金黄，收割机往来穿梭。"]
    archive.ingest(changed)
    assert archive.stats()["articles"] == 7
    assert archive.article("江城日报/2024-05-01/01/2")["headline"]["title"] == "夏收时节农事忙"
    assert archive.search("春耕")["total"] == 0
    assert keys(archive.search("收割机")) == ["江城日报/2024-05-01/01/2"]


def test_failed_ingest_leaves_archive_as_before(archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    before = (archive.stats(), archive.search("春耕")["total"], archive.article(KEY))
    changed = edition_may_first()
    changed.pages[1].articles[1].paragraphs = ["这一段永远不会存进去。"]
    calls = {"n": 0}
    real = type(archive)._store_contents

    def fail_after_second_page(self: Archive, *args: object) -> None:
        calls["n"] += 1
        real(self, *args)
        if calls["n"] == 2:  # page 1 replaced, page 2 written: then the disk goes away
            raise RuntimeError("disk unplugged")

    monkeypatch.setattr(type(archive), "_store_contents", fail_after_second_page)
    with pytest.raises(RuntimeError, match="disk unplugged"):
        archive.ingest(changed)
    monkeypatch.undo()
    assert (archive.stats(), archive.search("春耕")["total"], archive.article(KEY)) == before
    assert archive.search("永远")["total"] == 0


def test_edition_without_paper_or_date_is_refused(empty_archive: tuple[Archive, str]) -> None:
    arc = empty_archive[0]
    nameless = edition_may_first()
    nameless.paper = None
    with pytest.raises(ArchiveError, match="paper name"):
        arc.ingest(nameless)
    undated = edition_may_first()
    undated.date = "May 1"
    with pytest.raises(ArchiveError, match="'May 1'"):
        arc.ingest(undated)
    assert arc.stats()["articles"] == 0


def test_reopen_keeps_data(empty_archive: tuple[Archive, str]) -> None:
    arc, url = empty_archive
    arc.ingest(edition_may_first())
    with open_archive(url) as again:
        assert again.stats()["articles"] == 5
        assert keys(again.search("城建")) == [KEY]


def test_pipeline_page_is_stored(empty_archive: tuple[Archive, str]) -> None:
    arc = empty_archive[0]
    edition = parse_text(SAMPLE_PAGE_TEXT, paper="江城日报", date="2024-06-01", page=3)
    assert arc.ingest(edition) == len(edition.pages[0].articles) >= 1
    page = arc.page("江城日报", "2024-06-01", 3)
    assert page is not None and page["articles"]
    assert arc.stats()["blocks"] == len(edition.pages[0].blocks) > 0
    assert arc.search("集中开工")["total"] >= 1


@pytest.mark.parametrize(("query", "expected"), [
    ("城", {"江城日报/2024-05-01/01/1", "江城日报/2024-05-01/02/1", "江城日报/2024-05-01/02/2",
           "江城日报/2024-05-02/01/1", "海滨晚报/2024-05-01/05/1"}),  # 02/1 through its person's title
    ("城建", {"江城日报/2024-05-01/01/1", "江城日报/2024-05-02/01/1", "海滨晚报/2024-05-01/05/1"}),
    ("插秧", {"江城日报/2024-05-01/01/2"}),  # caption only
    ("陈思远", {"江城日报/2024-05-01/01/1"}),  # byline
    ("回迁房建设", {"江城日报/2024-05-01/02/1"}),  # continuation part without headline
    ("老旧小区改造惠及万户", {"江城日报/2024-05-01/02/2"}),
    ("周明远 道路", {"江城日报/2024-05-01/01/1"}),  # every word must match
    ("城工", set()),  # characters that never stand side by side
    ("ＳＣＲＩＰＴ", {"江城日报/2024-05-01/01/3"}),  # full-width folded, case-insensitive
])
def test_search_finds_exactly(archive: Archive, query: str, expected: set[str]) -> None:
    result = archive.search(query, limit=50)
    assert set(keys(result)) == expected
    assert result["total"] == len(expected)


def test_headline_hit_ranks_first(archive: Archive) -> None:
    # 城建 is in the headline of 01/1 and 海滨 05/1, only in the body of 2024-05-02
    ranked = keys(archive.search("城建"))
    assert ranked[-1] == "江城日报/2024-05-02/01/1"


def test_filters(archive: Archive) -> None:
    assert keys(archive.search("城建", paper="海滨晚报")) == ["海滨晚报/2024-05-01/05/1"]
    assert keys(archive.search("城建", date_from="2024-05-02")) == ["江城日报/2024-05-02/01/1"]
    assert set(keys(archive.search("城建", date_to="2024-05-01"))) == {KEY, "海滨晚报/2024-05-01/05/1"}
    assert keys(archive.search("城建", page=5)) == ["海滨晚报/2024-05-01/05/1"]
    assert set(keys(archive.search("城", section="城建"))) == {"江城日报/2024-05-01/02/1", "江城日报/2024-05-01/02/2"}
    assert set(keys(archive.search("城", person="林晓华"))) == {KEY, "江城日报/2024-05-01/02/2"}
    assert archive.search("城建", paper="不存在的报纸")["total"] == 0
    with pytest.raises(UsageError, match="'yesterday'"):
        archive.search("城建", date_from="yesterday")


def test_paging_through_results(archive: Archive) -> None:
    first = keys(archive.search("城", limit=4))
    rest = keys(archive.search("城", limit=4, offset=4))
    assert len(first) == 4 and len(rest) == 1 and not set(first) & set(rest)


def test_snippets_highlight_and_escape(archive: Archive) -> None:
    hit = archive.search("城建")["hits"][0]
    assert "<mark>城建</mark>" in hit["snippet"]
    library = archive.search("九点")["hits"][0]["snippet"]
    assert "<mark>九点</mark>" in library and "<script>" not in library and "&lt;script&gt;" in library
    caption = archive.search("插秧机")["hits"][0]["snippet"]
    assert "<mark>插秧机</mark>" in caption


@pytest.mark.parametrize("query", ["", " ", "城" * 21, "。，！"])
def test_bad_query_lengths_are_refused(archive: Archive, query: str) -> None:
    with pytest.raises(UsageError, match="query"):
        archive.search(query)


@pytest.mark.parametrize("query", ["'; DROP TABLE articles;--", '" OR 1=1 --', "城建\" OR \"", "NEAR(城建)",
                                   "城建*", "a:b", "-城建", "^城", "(城", "%_", "\\'", "城建 AND NOT 春耕"])
def test_injection_attempts_are_harmless(archive: Archive, query: str) -> None:
    try:
        assert isinstance(archive.search(query[:20])["total"], int)
    except UsageError as exc:  # a query of punctuation only is refused, and says what it got
        assert repr(query[:20]) in str(exc)
    for value in ("x' OR '1'='1", "江城日报'; DROP TABLE editions;--"):
        assert archive.search("城建", paper=value[:100], section=value, person=value)["total"] == 0
    assert archive.stats()["articles"] == 7


def test_reading_edition_page_article(archive: Archive) -> None:
    edition = archive.edition("江城日报", "2024-05-01")
    assert [p["number"] for p in edition["pages"]] == [1, 2]
    page = archive.page("江城日报", "2024-05-01", 1)
    assert (page["width"], page["height"], page["section"]) == (800.0, 1100.0, "要闻")
    assert page["articles"][0]["bbox"] == [[20.0, 20.0, 520.0, 560.0]]
    article = archive.article(KEY)
    assert article["previous"] is None and article["next"]["key"] == "江城日报/2024-05-01/01/2"
    assert article["continues_to_key"] == "江城日报/2024-05-01/02/1"
    assert archive.article("江城日报/2024-05-01/02/1")["continued_from_key"] == KEY
    assert archive.edition("江城日报", "1999-01-01") is None and archive.article("nope") is None


def test_people_and_titles_over_time(archive: Archive) -> None:
    index = {p["name"]: p for p in archive.people()}
    assert index["周明远"]["articles"] == 3 and index["周明远"]["last"] == "2024-05-02"
    person = archive.person("周明远")
    assert [(t["title"], t["first"], t["last"]) for t in person["titles"]] == [
        ("江城市委书记", "2024-05-01", "2024-05-01"), ("江城市市长", "2024-05-02", "2024-05-02")]
    assert len(person["articles"]) == 3
    assert [p["name"] for p in archive.people(prefix="林")] == ["林晓华"]


def test_calendar_listing(archive: Archive) -> None:
    assert archive.papers() == sorted(["江城日报", "海滨晚报"])
    may = archive.editions("江城日报", "2024-05")
    assert [(e["date"], e["pages"], e["articles"]) for e in may] == [("2024-05-02", 1, 1), ("2024-05-01", 2, 5)]
    assert archive.editions("江城日报", "2024-06") == []


def test_page_images_round_trip(empty_archive: tuple[Archive, str]) -> None:
    arc = empty_archive[0]
    png = b"\x89PNG\r\n\x1a\n fake image bytes"
    arc.ingest(edition_may_first(), images={1: (png, "image/png")})
    assert arc.page_image("江城日报", "2024-05-01", 1) == (png, "image/png")
    assert arc.page_image("江城日报", "2024-05-01", 2) is None
    assert arc.page("江城日报", "2024-05-01", 1)["has_image"] is True


def test_delete_edition(archive: Archive) -> None:
    assert archive.delete_edition("海滨晚报", "2024-05-01") is True
    assert archive.search("海滨")["total"] == 0
    assert archive.delete_edition("海滨晚报", "2024-05-01") is False


def test_tokenizer_change_rebuilds_the_index(empty_archive: tuple[Archive, str]) -> None:
    arc, url = empty_archive
    arc.ingest(edition_may_first())
    if arc.backend == "sqlite":
        arc._execute("INSERT INTO article_fts (article_fts) VALUES ('delete-all')")
    else:
        arc._execute("DELETE FROM article_search")
    arc._execute("UPDATE meta SET value = 'an-older-tokenizer' WHERE key = 'tokenizer'")
    assert arc.search("城建")["total"] == 0  # index emptied behind the archive's back
    with open_archive(url) as again:
        assert keys(again.search("城建")) == [KEY]


@pytest.mark.parametrize("query", ["城建", "城"])
def test_large_result_sets_list_headline_hits_first(archive: Archive, query: str) -> None:
    small = archive.search(query, limit=50)
    archive.rank_all_limit = 1  # as if every result set were too large to score whole
    large = archive.search(query, limit=50)
    assert large["ranking"] == "headline-first" and small["ranking"] == "relevance"
    assert large["total"] == small["total"] and set(keys(large)) == set(keys(small))
    in_headline = {KEY, "海滨晚报/2024-05-01/05/1"}
    assert set(keys(large)[:2]) == in_headline
    one_by_one = [k for offset in range(large["total"]) for k in keys(archive.search(query, limit=1, offset=offset))]
    assert one_by_one == keys(large)
    filtered = archive.search(query, paper="江城日报", limit=50)
    assert keys(filtered)[0] == KEY and "海滨晚报/2024-05-01/05/1" not in keys(filtered)


@pytest.mark.parametrize("rank_all_limit", [5000, 1])
def test_huge_result_sets_are_counted_and_listed_up_to_a_cap(archive: Archive, monkeypatch: pytest.MonkeyPatch,
                                                              rank_all_limit: int) -> None:
    every = keys(archive.search("城", limit=50))
    assert archive.search("城")["total_is_lower_bound"] is False and len(every) == 5
    monkeypatch.setattr("banmian.archive.base.MAX_COUNT", 3)  # as if 城 were in 10,000+ articles
    archive.rank_all_limit = rank_all_limit
    capped = archive.search("城", limit=2)
    assert (capped["total"], capped["total_is_lower_bound"]) == (3, True)
    listed = keys(capped) + keys(archive.search("城", limit=2, offset=2))
    assert len(listed) == 3 and set(listed) <= set(every)
    assert keys(archive.search("城", limit=2, offset=3)) == []
    assert archive.search("城建")["total_is_lower_bound"] is False  # 3 matches: not above the cap


def test_mixed_script_words_are_found_whole(empty_archive: tuple[Archive, str]) -> None:
    """Bug: a word of Chinese then Latin (网络5G) never matched, not even its own text: the
    index puts the run's last character between the two, the query did not."""
    arc = empty_archive[0]
    edition = parse_text("网络5G信号覆盖全县\n\n全县新建网络5G基站一百座，A股公司参与建设。\n",
                         paper="江城日报", date="2024-06-01", page=1)
    arc.ingest(edition)
    for query in ("网络5G", "网络5G基站", "5G基站", "A股公司", "建网络5G"):
        assert arc.search(query)["total"] == 1, query
    assert arc.search("络5G基")["total"] == 1
    assert arc.search("网络6G")["total"] == 0


def test_postgresql_merges_repeated_tokens_into_one_lexeme(tmp_path: Path) -> None:
    with open_test_archive("postgresql", tmp_path) as (arc, _):
        arc.ingest(parse_text("城建新闻\n\n城建工作推进城建项目。\n", paper="江城日报", date="2024-06-02", page=1))
        stored = arc._execute("SELECT tsv::text FROM article_search").fetchone()[0]
    assert "'城建':1A," in stored and stored.count("'城建'") == 1


def test_one_batch_replacing_and_failing_keeps_the_index_exact(empty_archive: tuple[Archive, str],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """In one batch: store an edition, store it again changed (its first articles are
    replaced before they were ever committed), then fail on another edition. The index
    must hold the changed text only, and nothing of the failed edition."""
    arc = empty_archive[0]
    changed = edition_may_first()
    changed.pages[0].articles[1].headline.title = "夏收时节农事忙"
    changed.pages[0].articles[1].paragraphs = ["麦田金黄，收割机往来穿梭。"]
    doomed = edition_may_second()
    doomed.pages[0].articles[0].paragraphs = ["这一段永远不会存进去。"]
    real = type(arc)._store_contents

    def fail_on_doomed(self: Archive, edition_id: int, page_id: int, edition: object, page: object) -> None:
        real(self, edition_id, page_id, edition, page)
        if edition.date == doomed.date:  # type: ignore[attr-defined]
            raise ArchiveError("disk unplugged")

    monkeypatch.setattr(type(arc), "_store_contents", fail_on_doomed)
    with arc.batch():
        arc.ingest(edition_may_first())
        arc.ingest(changed)
        with pytest.raises(ArchiveError, match="disk unplugged"):
            arc.ingest(doomed)
    monkeypatch.undo()
    assert arc.stats()["editions"] == 1
    assert arc.search("春耕")["total"] == 0
    assert keys(arc.search("收割机")) == ["江城日报/2024-05-01/01/2"]
    assert arc.search("永远")["total"] == 0
    arc.delete_edition("江城日报", "2024-05-01")  # removing what was indexed in that batch
    assert arc.search("收割机")["total"] == 0 and arc.search("城建")["total"] == 0
    if arc.backend == "sqlite":
        arc._execute("INSERT INTO article_fts (article_fts, rank) VALUES ('integrity-check', 0)")


def test_opening_a_postgresql_archive_never_waits_for_a_writer(tmp_path: Path) -> None:
    """Bug: every open ran the schema statements, whose table locks deadlocked against a
    writer storing pages (a second bulk-ingest worker opening while the first wrote)."""
    import threading

    import psycopg

    with open_test_archive("postgresql", tmp_path) as (arc, url):
        arc.ingest(edition_may_first())
        writer = psycopg.connect(url)
        try:  # a writer in the middle of replacing a page holds these tables
            writer.execute("SELECT count(*) FROM articles")
            writer.execute("DELETE FROM article_search WHERE article_id = -1")
            opened = threading.Event()

            def open_again() -> None:
                open_archive(url).close()
                opened.set()

            threading.Thread(target=open_again, daemon=True).start()
            assert opened.wait(10), "opening the archive waited for the writer's locks"
        finally:
            writer.rollback()
            writer.close()
