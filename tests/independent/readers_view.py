"""Compare a parsed page with what a reader of the page finds on it.

Only what a reader needs is compared: the articles (by title), each one's
kicker and subtitle, bylines (name, role), the dateline, the page a jump note continues to, the first and last ten
characters of the body, its paragraph count, each paragraph's first and
last five characters and its whole text (text out of reading order shows there), captions with credits, and
the header's date, page number and section. Spaces are ignored (a padded
name 汪 涛 is 汪涛), and so are a subtitle's opening dashes and the 本报 of
本报记者; a credit is compared by its name alone (张三摄, 张三/摄, 新华社发).
"""

from __future__ import annotations

import re
from pathlib import Path

import banmian
import pytest

from .pagekit import Header, Sheet, Story


def squeeze(s: str | None) -> str | None:
    return None if s is None else re.sub(r"\s+", "", s)


def _sub(s: str | None) -> str | None:
    s = squeeze(s)
    return s.lstrip("—－-") or None if s else None


def _role(r: str | None) -> str | None:
    return r.removeprefix("本报") if r else r


def _credit(c: str | None) -> str | None:
    if not c:
        return None
    c = re.sub(r"[\s（）()/／]", "", c)
    c = re.sub(r"^(本报记者|记者|通讯员|特约记者)", "", c)
    return re.sub(r"(摄影|摄|发)$", "", c) or None


def _dateline(d: str | None) -> str | None:
    return re.sub(r"[\s（）()]", "", d) or None if d else None


def reader_view(story: Story) -> dict:
    body = "".join(squeeze(p) for p in story.paragraphs)
    return {
        "kicker": squeeze(story.kicker), "subtitle": _sub(story.subtitle), "dateline": _dateline(story.dateline),
        "continues_to": story.continues_to, "continued_from": story.continued_from,
        "bylines": sorted((_role(r) or "", squeeze(n)) for r, n in story.bylines),
        "head": body[:10], "tail": body[-10:], "paragraphs": len(story.paragraphs),
        "ends": [(p[:5], p[-5:]) for p in map(squeeze, story.paragraphs)],
        "text": [squeeze(p) for p in story.paragraphs],
        "captions": sorted((squeeze(t), _credit(c) or "") for t, c in story.captions),
    }


def parsed_view(article: banmian.Article) -> dict:
    body = "".join(squeeze(p) for p in article.paragraphs)
    return {
        "kicker": squeeze(article.headline.kicker), "subtitle": _sub(article.headline.subtitle),
        "dateline": _dateline(article.dateline), "continues_to": article.continues_to,
        "continued_from": article.continued_from,
        "bylines": sorted((_role(b.role) or "", squeeze(b.name)) for b in article.bylines),
        "head": body[:10], "tail": body[-10:], "paragraphs": len(article.paragraphs),
        "ends": [(p[:5], p[-5:]) for p in map(squeeze, article.paragraphs)],
        "text": [squeeze(p) for p in article.paragraphs],
        "captions": sorted((squeeze(c.text), _credit(c.credit) or "") for c in article.captions),
    }


def _text_differences(title: str, expected: list[str], parsed: list[str]) -> list[str]:
    """The first paragraph whose text differs (a line out of order or a
    fragment from elsewhere in mid-paragraph shows here, not at the ends)."""
    for i, (want, got) in enumerate(zip(expected, parsed)):
        if want != got:
            at = next(k for k, (a, b) in enumerate(zip(want + "\0", got + "\0")) if a != b)
            return [f"{title}: paragraph {i + 1} differs at character {at}: expected "
                    f"{want[max(0, at - 8):at + 8]!r}, got {got[max(0, at - 8):at + 8]!r}"]
    return []


def differences(edition: banmian.Edition, stories: list[Story], header: Header | None) -> list[str]:
    """Every way the parse differs from the reader's answer, one line each."""
    out: list[str] = []
    page = edition.pages[0]
    got = {squeeze(a.headline.title): a for a in page.articles}
    want = {squeeze(s.title): s for s in stories}
    extra = [f"{squeeze(a.headline.title)!r} ({(squeeze(''.join(a.paragraphs)) or '')[:12]}…)"
             for a in page.articles if squeeze(a.headline.title) not in want]
    if extra:
        out.append("articles not on the page: " + "; ".join(extra))
    titles = [squeeze(a.headline.title) for a in page.articles]
    twice = sorted({t for t in titles if titles.count(t) > 1 and t in want})
    if twice:  # (keyed by title, the second would hide the first)
        out.append("two articles under one title: " + ", ".join(map(repr, twice)))
    for title, story in want.items():
        if title not in got:
            out.append(f"missing article {title!r}")
            continue
        expected, parsed = reader_view(story), parsed_view(got[title])
        for key in expected:
            if key == "text":
                out += _text_differences(title, expected[key], parsed[key])
            elif expected[key] != parsed[key]:
                out.append(f"{title}: {key} expected {expected[key]!r}, got {parsed[key]!r}")
        body = "".join(got[title].paragraphs)
        for _, credit in story.captions:
            if credit and squeeze(credit) in squeeze(body):
                out.append(f"{title}: photo credit {credit!r} in the body")
    if header is not None:
        date = edition.date or page.meta.get("date")
        seen = {"number": page.number, "section": page.section, "date": date}
        for key, value in (("number", header.number), ("section", header.section), ("date", header.date)):
            if value is not None and seen[key] != value:
                out.append(f"header {key} expected {value!r}, got {seen[key]!r}")
    return out


def text_differences(edition: banmian.Edition, stories: list[Story]) -> list[str]:
    """Text mode: the set of titles, then each article's view but its captions
    (the text has no photos): tiers, bylines, dateline, jump note, paragraphs."""
    titles = sorted(squeeze(a.headline.title) or "<none>" for a in edition.pages[0].articles)
    want = sorted(squeeze(s.title) for s in stories)
    if titles != want:
        return [f"titles expected {want}, got {titles}"]
    got = {squeeze(a.headline.title): a for a in edition.pages[0].articles}
    out = []
    for s in stories:
        e, p = reader_view(s), parsed_view(got[squeeze(s.title)])
        for key in ("kicker", "subtitle", "bylines", "dateline", "continues_to", "continued_from", "head", "tail",
                    "paragraphs", "text"):
            if e[key] != p[key]:
                out.append(f"{s.title}: {key} expected {str(e[key])[:60]}, got {str(p[key])[:60]}")
    return out


def parse_pdf(sheet: Sheet, tmp: Path, name: str) -> banmian.Edition:
    """Save the sheet and parse the PDF."""
    return banmian.parse(sheet.save(tmp / f"{name}.pdf"), enrich=False)


def parse_plain(sheet: Sheet, tmp: Path, name: str) -> banmian.Edition:
    """Save the sheet and parse the text PyMuPDF extracts from it (``get_text()``)."""
    return banmian.parse_text(sheet.plain_text(sheet.save(tmp / f"{name}.pdf")), enrich=False)


def assert_pdf(edition: banmian.Edition, stories: list[Story], header: Header | None = None) -> None:
    diffs = differences(edition, stories, header)
    assert not diffs, "\n".join(diffs)


def assert_text(edition: banmian.Edition, stories: list[Story]) -> None:
    diffs = text_differences(edition, stories)
    assert not diffs, "\n".join(diffs)


def params(cases: dict, xfails: dict[str, str], seeds: tuple[int, ...]) -> list:
    """One pytest case per page and seed; a page the parser gets wrong is a
    strict xfail saying what it gets wrong (keyed by page name for every
    seed, or by ``name-seed``), so a fix shows as a pass."""
    out = []
    for name in cases:
        for seed in seeds:
            reason = xfails.get(f"{name}-{seed}") or xfails.get(name)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            out.append(pytest.param(name, seed, id=f"{name}-{seed}", marks=marks))
    return out


def feature_tests(cases: dict, pdf_xfail: dict[str, str], text_xfail: dict[str, str], seeds: tuple[int, ...]):
    """The two tests every feature file runs on its pages, PDF mode against the
    reader's whole view and text mode against titles, so each file holds only
    its pages and what the parser still gets wrong on them."""

    @pytest.mark.parametrize(("name", "seed"), params(cases, pdf_xfail, seeds))
    def test_pdf_mode(name, seed, tmp_path):
        sheet, stories, header = cases[name](seed)
        assert_pdf(parse_pdf(sheet, tmp_path, name), stories, header)

    @pytest.mark.parametrize(("name", "seed"), params(cases, text_xfail, seeds))
    def test_text_mode(name, seed, tmp_path):
        sheet, stories, _ = cases[name](seed)
        assert_text(parse_plain(sheet, tmp_path, name), stories)

    return test_pdf_mode, test_text_mode


def continued_from_test(page, xfails: dict[str, str], seeds: tuple[int, ...]):
    """A test of the page a continued text comes from (``continued_from``) on
    ``page``, in PDF mode and in text mode, ``xfails`` keyed by mode or
    ``mode-seed``: every story, found under its title, with its own page."""

    @pytest.mark.parametrize(("mode", "seed"), params({"pdf": None, "text": None}, xfails, seeds))
    def test_continued_from(mode, seed, tmp_path):
        sheet, stories, _ = page(seed)
        edition = (parse_pdf if mode == "pdf" else parse_plain)(sheet, tmp_path, f"{page.__name__}-{mode}")
        got = {squeeze(a.headline.title): a.continued_from for a in edition.pages[0].articles}
        want = {squeeze(s.title): s.continued_from for s in stories}
        assert {t: got.get(t, "missing") for t in want} == want

    return test_continued_from
