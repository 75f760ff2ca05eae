"""Every independent page in text mode through two more real extractors:
PyMuPDF's blocks (``get_text("blocks")``) and poppler's ``pdftotext -raw``
(the feature files read PyMuPDF's ``get_text()``). The same reader's view is
compared (titles, then each article's parts); a page an extractor's text
still leads the parser astray on is a strict xfail saying what it got.

pdftotext reads these pages' text only with poppler's CJK encoding data
(Debian's poppler-data): the pages use PDF's built-in Chinese fonts, which
they do not embed."""

from __future__ import annotations

import importlib
import shutil
from collections.abc import Callable
from pathlib import Path

import banmian
import pytest

from bench.extractors import pdftotext_raw, pymupdf_blocks

from .readers_view import text_differences

#: the feature files (test_indep_<name>.py) whose pages are read again here
FEATURE_FILES = tuple(sorted(p.stem.removeprefix("test_indep_") for p in Path(__file__).parent.glob("test_indep_*.py")
                             if p.stem != Path(__file__).stem))
EXTRACTORS: dict[str, Callable[[Path], str]] = {"blocks": pymupdf_blocks, "raw": pdftotext_raw}

#: what each extractor's text of a page still gets wrong, keyed ``extractor:file:page-seed``
XFAIL: dict[str, str] = {
    "blocks:byline_tiers:tiers-6":
        "titles expected ['地铁三号线二期完成铺轨', '智能装备企业研发投入占比超过百分之九', '石桥村小学建成录播教室和科学实验室', '长者食堂暖了老人胃'], got ['地铁三号线二期完成铺轨', '录播教室和科学实验室', '智能装备企业研发投入占比超过百分之九', '长者食堂…",
    "blocks:credits:photos-7":
        "titles expected ['三十个城市书房飘书香', '清水河重现碧波', '湖滨马拉松鸣枪开跑', '竹丝里的三百年'], got ['三十个城市书房飘书香', '清水河重现碧波', '湖滨马拉松鸣枪开跑', '赵师傅在作坊']",
    "blocks:frames_briefs:tinted_box-1":
        "titles expected ['地铁三号线二期完成铺轨', '城市绿道串起山水街巷', '山里娃也能上好课'], got ['地铁三号线二期完成铺轨', '城市绿道串起山水街巷']",
    "blocks:headline_layouts:left_side_title-4":
        "titles expected ['清水河重现碧波', '让山里娃也能上好课', '长者食堂暖了老人胃'], got ['两年综合治理见成效清水河重现碧波', '让山里娃也能上好课', '长者食堂暖了老人胃']",
    "blocks:headline_layouts:left_side_title-9":
        "titles expected ['清水河重现碧波', '让山里娃也能上好课', '长者食堂暖了老人胃'], got ['上好课', '两年综合治理见成效清水河重现碧波', '长者食堂暖了老人胃']",
    "blocks:headline_layouts:same_size_tiers-9":
        "titles expected ['地铁三号线二期完成铺轨', '智能装备企业研发投入占比超过百分之九', '湖滨马拉松鸣枪开跑'], got ['两万跑者畅跑春日湖城湖滨马拉松鸣枪开跑', '地铁三号线二期完成铺轨', '智能装备企业研发投入占比超过百分之九']",
    "blocks:mixed_script:mixed_headlines-13":
        "titles expected ['5G基站数量突破100万个', '“一带一路”朋友圈扩大到138个国家', '一季度GDP同比增长6.1%', '专家共话WTO改革与多边贸易体制'], got ['5G基站数量突破100万个', '“一带一路”朋友圈', '一季度GDP同比增长6.1%', '专…",
    "blocks:mixed_script:mixed_headlines-6":
        "titles expected ['5G基站数量突破100万个', '“一带一路”朋友圈扩大到138个国家', '一季度GDP同比增长6.1%', '专家共话WTO改革与多边贸易体制'], got ['5G基站数量突破100万个', '“一带一路”朋友圈', '一季度GDP同比增长6.1%', '专…",
    "blocks:separation:mixed_widths-4":
        "titles expected ['地铁三号线二期完成铺轨', '智能装备企业研发投入占比超过百分之九', '河西镇春耕备耕正当时', '老旧小区改出幸福生活'], got ['地铁三号线二期完成铺轨', '河西镇春耕备耕正当时', '老旧小区改出幸福生活', '高新区智能制造产业链加快集聚']",
    "blocks:supplement:poem-13":
        "春到河湾: paragraphs expected 3, got 4",
    "blocks:supplement:poem-6":
        "春到河湾: paragraphs expected 3, got 4",
    "blocks:tables_jumps:jumps-4":
        "titles expected ['地铁三号线二期完成铺轨', '政务服务跑出加速度', '老旧小区改出幸福生活'], got ['今年再启动三十个小区改造', '地铁三号线二期完成铺轨', '政务服务跑出加速度']",
    "blocks:theory_banner:banner_rows-7":
        "titles expected ['五十万株郁金香竞相绽放', '清水河重现碧波', '港口货物吞吐量持续增长', '老旧小区改出幸福生活'], got ['一季度同比增长百分之八点六', '五十万株郁金香竞相绽放', '清水河重现碧波', '老旧小区改出幸福生活']",
    "raw:byline_tiers:tiers-6":
        "titles expected ['地铁三号线二期完成铺轨', '智能装备企业研发投入占比超过百分之九', '石桥村小学建成录播教室和科学实验室', '长者食堂暖了老人胃'], got ['地铁三号线二期完成铺轨', '录播教室和科学实验室', '智能装备企业研发投入占比超过百分之九', '长者食堂…",
    "raw:frames_briefs:tinted_box-1":
        "titles expected ['地铁三号线二期完成铺轨', '城市绿道串起山水街巷', '山里娃也能上好课'], got ['地铁三号线二期完成铺轨', '城市绿道串起山水街巷']",
    "raw:furniture:logos-13":
        "titles expected ['科技企业扎堆高新区', '老旧小区改出幸福生活', '让基层治理更有温度'], got ['奋进新征程建功新时代', '科技企业扎堆高新区', '老旧小区改出幸福生活']",
    "raw:headline_layouts:left_side_title-4":
        "titles expected ['清水河重现碧波', '让山里娃也能上好课', '长者食堂暖了老人胃'], got ['上好课', '两年综合治理见成效清水河重现碧波', '长者食堂暖了老人胃']",
    "raw:headline_layouts:left_side_title-9":
        "titles expected ['清水河重现碧波', '让山里娃也能上好课', '长者食堂暖了老人胃'], got ['上好课', '两年综合治理见成效清水河重现碧波', '长者食堂暖了老人胃']",
    "raw:headline_layouts:same_size_tiers-4":
        "titles expected ['地铁三号线二期完成铺轨', '智能装备企业研发投入占比超过百分之九', '湖滨马拉松鸣枪开跑'], got ['两万跑者畅跑春日湖城湖滨马拉松鸣枪开跑', '地铁三号线二期完成铺轨', '智能装备企业研发投入占比超过百分之九']",
    "raw:headline_layouts:same_size_tiers-9":
        "titles expected ['地铁三号线二期完成铺轨', '智能装备企业研发投入占比超过百分之九', '湖滨马拉松鸣枪开跑'], got ['两万跑者畅跑春日湖城湖滨马拉松鸣枪开跑', '地铁三号线二期完成铺轨', '智能装备企业研发投入占比超过百分之九']",
    "raw:letters_notices:contents-5":
        "titles expected ['山里娃也能上好课', '江城与莫斯科州深化地方合作', '清水河重现碧波'], got ['县域商业体系建设提速第2版古村落里的新生活第3版城市书房开到家门口第5版春日赏花好去处第6版', '山里娃也能上好课', '江城与莫斯科州深化地方合作']",
    "raw:mixed_script:mixed_headlines-13":
        "titles expected ['5G基站数量突破100万个', '“一带一路”朋友圈扩大到138个国家', '一季度GDP同比增长6.1%', '专家共话WTO改革与多边贸易体制'], got ['5G基站数量突破100万个', '一季度GDP同比增长6.1%', '专家共话WTO改革与多边贸易…",
    "raw:mixed_script:mixed_headlines-6":
        "titles expected ['5G基站数量突破100万个', '“一带一路”朋友圈扩大到138个国家', '一季度GDP同比增长6.1%', '专家共话WTO改革与多边贸易体制'], got ['5G基站数量突破100万个', '一季度GDP同比增长6.1%', '专家共话WTO改革与多边贸易…",
    "raw:supplement:poem-13":
        "春到河湾: paragraphs expected 3, got 4",
    "raw:supplement:poem-6":
        "春到河湾: paragraphs expected 3, got 4",
    "raw:tables_jumps:table-11":
        "titles expected ['一季度经济运行开局良好', '港口货物吞吐量持续增长', '科技企业扎堆高新区'], got ['一季度全市主要经济指标', '地区生产总值1286.46.1规模以上工业增加值402.77.2社会消费品零售总额538.98.4固定资产投资611.39.0', '港…",
    "raw:tables_jumps:table-4":
        "titles expected ['一季度经济运行开局良好', '港口货物吞吐量持续增长', '科技企业扎堆高新区'], got ['一季度全市主要经济指标', '地区生产总值1286.46.1规模以上工业增加值402.77.2社会消费品零售总额538.98.4固定资产投资611.39.0', '港…",
    "blocks:page_extras2:big_number-14":
        "the pulled figure and its label (52.4亿元 / 去年全市旅游收入) are kept as the article's paragraphs, as the paper's own text gives a figure box (6120件 / 全市法院共受理): text gives no type size to tell a figure pulled out for the eye from a figure box",
    "blocks:page_extras2:big_number-5":
        "the pulled figure and its label (52.4亿元 / 去年全市旅游收入) are kept as the article's paragraphs, as the paper's own text gives a figure box (6120件 / 全市法院共受理): text gives no type size to tell a figure pulled out for the eye from a figure box",
    "raw:page_extras2:big_number-14":
        "the pulled figure and its label (52.4亿元 / 去年全市旅游收入) are kept as the article's paragraphs, as the paper's own text gives a figure box (6120件 / 全市法院共受理): text gives no type size to tell a figure pulled out for the eye from a figure box",
    "raw:page_extras2:big_number-5":
        "the pulled figure and its label (52.4亿元 / 去年全市旅游收入) are kept as the article's paragraphs, as the paper's own text gives a figure box (6120件 / 全市法院共受理): text gives no type size to tell a figure pulled out for the eye from a figure box",
    "raw:page_extras:turned_credit-11":
        "-raw gives the turned credit's 摄 a line of its own, read as a title; 南坡脐橙采摘忙 is lost into it",
    "blocks:page_extras3:names_list-12":
        "the list is read down its columns: 4 paragraphs of 7, ending 市消防救援支队吴德明 (the closing note lost)",
    "blocks:page_extras3:names_list-5":
        "the list's first name 王晓东 is read as the decision's byline and its lines are lost: 1 paragraph of 7 (the lead)",
    "blocks:page_extras3:photo_headline-12":
        "titles expected ['城市书房里书香浓', '河西镇春耕备耕正当时', '老街醒来了'], got ['古镇春色里的烟火气', '城市书房里书香浓', '河西镇春耕备耕正当时']",
    "blocks:page_extras3:photo_headline-5":
        "titles expected ['城市书房里书香浓', '河西镇春耕备耕正当时', '老街醒来了'], got ['古镇春色里的烟火气', '城市书房里书香浓', '河西镇春耕备耕正当时']",
    "blocks:page_extras4:headline_marks-4":
        "「慢」下来的小城 (one line, no byline, no subtitle) is read as a subheading of the report over it",
    "blocks:page_extras4:text_photo_bylines-11":
        "the caption printed with no credit (游客在河湾村油菜花田中拍照留念。) is read as the report\'s first paragraph",
    "blocks:page_extras4:text_photo_bylines-4":
        "the caption printed with no credit (游客在河湾村油菜花田中拍照留念。) is read as the report\'s first paragraph",
    "raw:page_extras3:names_list-12":
        "关于表彰江城市优秀志愿者的决定: paragraphs expected 7, got 2; 关于表彰江城市优秀志愿者的决定: text expected ['经评审委员会评审、社会公示，市委、市政府决定，授予以下同志“江城市优秀志愿者”称号。希望受表彰的同志珍惜荣誉、再接再, got ['经评审委员会评审、社会公示，市委、市政府决定，授予以下同志“江城市优秀志愿者”称号。希望受表彰的同志珍惜荣誉、再接再",
    "raw:page_extras3:names_list-5":
        "关于表彰江城市优秀志愿者的决定: paragraphs expected 7, got 3; 关于表彰江城市优秀志愿者的决定: text expected ['经评审委员会评审、社会公示，市委、市政府决定，授予以下同志“江城市优秀志愿者”称号。希望受表彰的同志珍惜荣誉、再接再, got ['经评审委员会评审、社会公示，市委、市政府决定，授予以下同志“江城市优秀志愿者”称号。希望受表彰的同志珍惜荣誉、再接再",
    "raw:page_extras3:photo_headline-12":
        "titles expected ['城市书房里书香浓', '河西镇春耕备耕正当时', '老街醒来了'], got ['古镇春色里的烟火气', '城市书房里书香浓', '河西镇春耕备耕正当时']",
    "raw:page_extras3:photo_headline-5":
        "titles expected ['城市书房里书香浓', '河西镇春耕备耕正当时', '老街醒来了'], got ['古镇春色里的烟火气', '城市书房里书香浓', '河西镇春耕备耕正当时']",
    "raw:page_extras4:headline_marks-4":
        "「慢」下来的小城 (one line, no byline, no subtitle) is read as a subheading of the report over it",
    "raw:page_extras4:text_photo_bylines-11":
        "the caption printed with no credit (游客在河湾村油菜花田中拍照留念。) is read as the report\'s first paragraph",
    "raw:page_extras4:text_photo_bylines-4":
        "the caption printed with no credit (游客在河湾村油菜花田中拍照留念。) is read as the report\'s first paragraph",
}


def _cases() -> list:
    out = []
    for short in FEATURE_FILES:
        module = importlib.import_module(f"{__package__}.test_indep_{short}")
        for name in getattr(module, "CASES", {}):
            for seed in module.SEEDS:
                for extractor in EXTRACTORS:
                    key = f"{extractor}:{short}:{name}-{seed}"
                    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[key])] if key in XFAIL else []
                    out.append(pytest.param(extractor, short, name, seed, id=key, marks=marks))
    return out


def _pdftotext_reads_cjk() -> str | None:
    """Why pdftotext cannot read these pages here, or None."""
    if shutil.which("pdftotext") is None:
        return "program pdftotext is not installed (Debian: poppler-utils)"
    if not Path("/usr/share/poppler/cMap/Adobe-GB1").is_dir():
        return "poppler's CJK data is not installed (Debian: poppler-data); these pages do not embed their fonts"
    return None


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Each page built and saved once, for both extractors."""
    folder, pages = tmp_path_factory.mktemp("indep_extractors"), {}

    def build(short: str, name: str, seed: int):
        key = (short, name, seed)
        if key not in pages:
            module = importlib.import_module(f"{__package__}.test_indep_{short}")
            sheet, stories, _ = module.CASES[name](seed)
            pages[key] = (sheet.save(folder / f"{short}-{name}-{seed}.pdf"), stories)
        return pages[key]
    return build


@pytest.mark.parametrize(("extractor", "short", "name", "seed"), _cases())
def test_text_mode_other_extractors(extractor, short, name, seed, built):
    if extractor == "raw" and (why := _pdftotext_reads_cjk()):
        pytest.skip(why)
    path, stories = built(short, name, seed)
    edition = banmian.parse_text(EXTRACTORS[extractor](path), enrich=False)
    diffs = text_differences(edition, stories)
    assert not diffs, "\n".join(diffs)
