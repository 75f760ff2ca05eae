"""A header whose section opens the page over its dated line (要闻 / 2026年3月2日
星期一 2) has named its section: the short line under the dated line opens the
page (a kicker over its title), no second section name. Invented text."""

import banmian


def _page(first: list[str]) -> banmian.model.Page:
    lines = first + ["检察机关", "为乡村振兴提供坚实法治保障（权威发布）", "本报记者", "周明",
                     "江城市检察院近日发布一批生态环境", "保护典型案例，检察机关依法办理了", "一批破坏环境资源的犯罪案件。",
                     "检察机关还联合有关部门开展专项", "行动，守护好江城的绿水青山。"]
    return banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0]


def test_line_under_dated_line_opens_the_page_when_section_opened_it() -> None:
    page = _page(["要闻", "2026.3.2 星期一    2"])
    assert page.meta.get("section") == "要闻"
    head = page.articles[0].headline
    assert (head.kicker, head.title) == ("检察机关", "为乡村振兴提供坚实法治保障（权威发布）")


def test_section_under_dated_line_still_read_where_none_opened_the_page() -> None:
    page = _page(["2026.3.2 星期一    2", "要闻"])
    assert page.meta.get("section") == "要闻"
