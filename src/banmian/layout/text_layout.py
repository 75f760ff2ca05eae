"""Text-mode layout: blocks of extracted page text -> articles.

Stages, each a small function: take the page header out wherever it stands,
cut an extractor's line stream (one block a line) into headline and column
blocks (:mod:`.line_stream`), split blocks into units with one role each (:mod:`.text_split`:
bylines, credits, continuation notes cut out of their blocks), find the
page header, tell body text from headlines, find whether headlines come
before or after their bodies, then assemble articles.
"""

from __future__ import annotations

import re

from ..model import Article, Block, Page
from .roles import BODY, BYLINE, FOOTER, HEADER, OTHER, SUBHEADING, TITLE
from .article_build import build_article
from .closing_heads import cut_headlines_after_closings
from .credit_first_captions import captions_under_credits
from .wide_paragraphs import box_labels_are_subheadings, cut_wide_last_lines, cut_wide_opening_lines
from .figure_notes import figure_explanations_are_body
from .figure_items import figure_items_are_body, worded_items_are_body
from .closing_notes import join_note_tails
from .note_headings import headings_over_notes_only
from .closing_lines import closing_lines_to_body, dates_off_headlines, signatures_to_body
from .closing_tiers import closing_tiers_to_body
from .opening_titles import headlines_read_as_body
from .tagged_openings import tagged_titles_off_bodies
from .brief_titles import brief_titles_off_bodies
from .turn_headlines import headlines_at_measure_turns
from .text_units import Unit
from .text_assembly import assemble
from .text_tails import join_headless_tails, lone_headlines_to_headlines_under
from .headless_tails import headlines_closing_headless_texts
from .headless_heads import tiers_to_headless_texts
from .text_parts import agencies_after_credits
from .text_classify import classify_text_units
from .kicker_tails import kickers_off_body_ends
from .body_end_headlines import headlines_off_body_ends
from .one_story_headings import lone_headings_in_one_story
from .text_decks import decks_over_names
from .text_run_in_titles import run_in_titles
from .phrase_lines import join_phrase_lines
from .sentence_tiers import (bullet_points_are_body, dialogue_lines_are_body, lead_openings_are_body,
                             leads_under_bylines_are_body, sentences_are_body)
from .verse import verse_is_body
from .unfinished_tiers import unfinished_tiers_are_text
from .measure_cuts import cut_at_measure_changes
from .run_on_lines import join_run_on_lines
from .rules import may_hold_closing_note
from .headless_titles import title_from_first_paragraph, title_from_last_paragraph
from .headlines import starts_with_dash
from .lead_paragraphs import leads_over_closing_headlines
from .subheadings import (bracketed_labels_are_body, headings_over_jump_notes, headings_under_resume_notes,
                          notes_titles_are_subheadings, notes_under_opened_reports, section_numbers_are_body)
from .text_bylines import (mark_names_over_captions, mark_names_over_closing_headlines, mark_names_standing_alone,
                           mark_names_under_headlines, split_author_lines_off_headlines, split_first_author_off_headlines,
                           split_names_over_bodies, unsigned_headlines_on_signed_pages)
from .text_boxes import split_names_off_headline_boxes
from .names_over_headlines import names_over_headlines
from .reporter_lines import reporter_lines_are_bylines
from .names_over_dashed_tiers import names_over_dashed_tiers
from .furniture_labels import labels_among_furniture
from .signed_picture_texts import signed_picture_texts
from .spelled_names import names_the_body_spells
from .text_split import split_units
from .title_tags import tags_back_to_titles
from .headline_stack import pair_stacked_headlines
from .text_labels import mark_column_logos, mark_labels_at_the_ends
from .headline_labels import drop_labels_after_tagged_titles, drop_labels_under_headlines
from .text_headlines import one_tier_a_unit, rejoin_wrapped_headlines
from .tier_patterns import is_brief_heading
from .figure_notes import figures_are_body
from .figure_openings import figure_subheadings_are_body, figures_to_their_report
from .tier_reading import (kicker_over_title, lead_labels_are_body,
                           no_banner_title, no_label_kicker, no_kicker_over_tagged_title, no_tagged_title_in_subtitle,
                           reread_tiers, tiers_share_blocks, titles_set_larger_under_lines)
from .text_direction import Echoes, group_directions
from .label_run_ons import no_label_run_into_kicker, no_label_run_into_title, no_label_run_onto_title
from .headline_run_ons import split_headlines_on_one_line
from .headline_claims import settle_headline_claims
from .unclaimed_cuts import cut_runs_over_unclaimed_text
from .headless_runs import cut_runs_under_headless_text
from .silent_banners import silent_banners_head_nothing
from .told_tiers import kicker_told_by_words
from .three_tiers import wrapped_tier_of_three
from .dashed_first_tiers import dashed_tiers
from .wrapped_tier_sizes import PrintedLines, title_by_wrapped_measure
from .open_tiers import open_tier_joins_next, short_kicker_joins_title, tag_alone_joins_title
from .tier_wording import tagged_tail_joins_kicker
from .headline_word_cuts import kicker_cut_in_a_word_joins_title
from .parallel_titles import (parallel_phrase_joins_tagged_title, parallel_tiers_are_one_title,
                              tagged_subtitle_joins_title)
from .line_stream import (is_closing_note, is_line_stream, is_unbroken_column_text, regroup_line_stream,
                          separate_furniture)
from .stream_column_blocks import column_pieces
from .resumed_columns import resume_interrupted_columns
from .headline_block_names import split_names_off_headline_blocks
from .stream_furniture import mark_header_footer
from .chart_notes import chart_groups
from .pull_quotes import drop_pull_quotes
from .commentator_lines import commentator_signatures
from .page_direction import headlines_first
from .marked_bylines import closing_signature
from .text_drop_caps import drop_caps_joined
from .dashed_kickers import titles_under_dashed_kickers
from .stacked_titles import cut_stacked_groups, split_stacked_titles
from .banner_subheadings import mark_subheadings_not_banners
from .notice_boxes import set_notice_boxes_apart, tables_are_body
from .text_closing import (
    cut_closing_dateline,
    cut_closing_names,
)


def build_text_page(blocks: list[Block], number: int | None = None, source: str | None = None) -> Page:
    """Blocks of one page's extracted text -> a :class:`Page` with articles."""
    printed = PrintedLines(blocks)  # (the lines as printed: a wrapped tier's lines tell its size)
    unbroken = is_unbroken_column_text(blocks)
    blocks, stream_meta = separate_furniture(blocks)
    blocks = drop_caps_joined(blocks)  # 母 / 亲的菜园在老屋后: a drop cap opens the line beside it
    blocks = set_notice_boxes_apart(blocks)
    blocks = resume_interrupted_columns(blocks)
    stream = unbroken or is_line_stream(blocks) or column_pieces(blocks)
    if not stream:  # (a stream's lines are cut again, a byline's mark alone among them too)
        blocks = split_names_off_headline_blocks(blocks)
    # the blank lines of a stream mean nothing: it is cut again; elsewhere blocks stay
    blocks = join_note_tails(regroup_line_stream(blocks, keep_blocks=not stream))
    units = cut_wide_last_lines(cut_headlines_after_closings(split_names_off_headline_boxes(split_units(blocks))))
    # (the units hold the blocks from here on: those they replaced are freed now, not at the page's end,
    # and the cyclic collector does not walk them while the page is laid out)
    del blocks
    units = cut_wide_opening_lines(captions_under_credits(units))
    if stream:  # (blocks an extractor gave keep their own cuts: a block of two measures is the extractor's)
        units = cut_at_measure_changes(units)
    meta = mark_header_footer(units)
    for key, value in stream_meta.items():
        meta.setdefault(key, value)
    classify_text_units(units, blocks_kept=not stream)
    tables_are_body(units)
    units = split_headlines_on_one_line(units)
    units = kickers_off_body_ends(units)
    bracketed_labels_are_body(units)
    units = dates_off_headlines(units)
    signatures_to_body(units)
    headings_over_jump_notes(units)
    headings_under_resume_notes(units)
    units = run_in_titles(units)
    agencies_after_credits(units)
    headlines_read_as_body(units)
    units = tagged_titles_off_bodies(units)  # (五年帮扶结硕果（新春走 / 基层） / 得知…: a tagged title atop a body)
    units = headlines_at_measure_turns(units)
    units = split_names_over_bodies(units)
    split_first_author_off_headlines(units)
    units = split_author_lines_off_headlines(units)
    reporter_lines_are_bylines(units)  # (本报记者郑航 drawn apart from its text, alone on its line)
    mark_names_under_headlines(units)
    units = names_over_headlines(units)  # (a byline drawn before its headline: 本报记者张三 / kicker / title)
    names_over_dashed_tiers(units)  # (王可罗立桦 / ——subtitle / title)
    commentator_signatures(units)
    units = names_the_body_spells(units)
    if stream:  # (blocks laid out by hand may set a name alone as a headline line)
        mark_names_standing_alone(units)
    mark_names_over_captions(units)
    units = verse_is_body(units)
    unsigned_headlines_on_signed_pages(units)
    mark_labels_at_the_ends(units)
    decks_over_names(units)
    units = brief_titles_off_bodies(units)
    units = signed_picture_texts(units)  # (a brief's picture text: title, text, credit, （李四 王五）)
    labels_among_furniture(units)  # (a column's logo drawn with the masthead: 深一度 after the header)
    echoes = Echoes()  # (the wording weighed by the stages below: each count made once)
    before = headlines_first(units, stream, echoes)
    mark_names_over_closing_headlines(units, before)
    units = mark_subheadings_not_banners(units, stream)  # (a banner between two texts: none of theirs)
    box_labels_are_subheadings(units)
    paired = pair_stacked_headlines(units, lambda run: assemble(run, True, stream))
    stacked = paired is not units
    if stacked:  # the headlines drawn first now stand over their bodies
        units, before = paired, True
    mark_column_logos(units)
    # (a box under a line, as set, before its lines are joined: a kicker's title in larger type)
    larger_under = not stream and titles_set_larger_under_lines(units)
    units = tags_back_to_titles(rejoin_wrapped_headlines(units, stream))
    figures_are_body(units)
    figure_subheadings_are_body(units)
    figure_items_are_body(units)
    worded_items_are_body(units)
    section_numbers_are_body(units)
    units = join_run_on_lines(units, stream)
    sentences_are_body(units, stream)
    dialogue_lines_are_body(units)
    bullet_points_are_body(units)
    leads_under_bylines_are_body(units)
    units = figure_explanations_are_body(units)
    # a page whose blocks put a kicker with its title: tiers are told by their words there too
    by_words = stream or larger_under or tiers_share_blocks(units)
    if by_words:
        units = split_stacked_titles(join_phrase_lines(one_tier_a_unit(units)))
        figures_are_body(units, over_text=True)
        figure_items_are_body(units)
        worded_items_are_body(units)
    drop_labels_under_headlines(units)
    units = drop_labels_after_tagged_titles(units)
    lead_labels_are_body(units)
    units = closing_tiers_to_body(units)
    closing_lines_to_body(units)
    units = lead_openings_are_body(units)
    units = unfinished_tiers_are_text(units)
    titles_under_dashed_kickers(units)  # (青山县—— / 邻里纠纷 / 就地化解: the dash leads into its title)
    if before and not stacked:
        # (where headlines close their bodies, a notes' heading closes the notes' own text; where the
        # headlines were stacked apart from their bodies, a heading left among the bodies heads a sidebar)
        notes_titles_are_subheadings(units)
    # blocks holding a kicker with its title are an extractor's, not reading order: words turn headlines too
    directions = group_directions(units, before, by_wording=stream or by_words, echoes=echoes)
    if silent_banners_head_nothing(units, directions):  # (a banner between two texts claims neither)
        directions = group_directions(units, before, by_wording=stream or by_words, echoes=echoes)
    # real blocks too (tight leading): two articles' headlines may meet between their bodies
    cut_stacked_groups(units, directions)  # (and two titles whose wording leans apart: 看某某 / 某某寺（…）)
    headings_over_notes_only(units, directions)
    settle_headline_claims(units, directions, echoes)
    cut_runs_over_unclaimed_text(units, directions)
    cut_runs_under_headless_text(units, directions)
    lone_headings_in_one_story(units)
    units, directions = headlines_off_body_ends(units, directions)
    if not stacked:  # (a heading left among bodies whose headlines were stacked apart heads a sidebar)
        notes_under_opened_reports(units, directions)
    groups = lone_headlines_to_headlines_under(join_headless_tails(assemble(units, directions, stream)))
    groups = tiers_to_headless_texts(headlines_closing_headless_texts(groups))
    figures_to_their_report(groups)
    datelines = {}
    for n, group in enumerate(groups):
        leads_over_closing_headlines(group)
        datelines[n] = cut_closing_dateline(group)
        if cut_closing_names(group) and datelines[n] is None:
            # ……。（本报江城3月2日电） / （本报记者 张三）: the dateline the names' cut uncovers
            datelines[n] = cut_closing_dateline(group)
    page = Page(number=number if number is not None else _int_or_none(meta.get("page")),
                section=meta.get("section"), source=source, meta=meta,
                blocks=[u.block for group in groups for u in group])
    page.articles = []
    kept = [_has_content(group) for group in groups]
    for n in _banners_at_the_edges(groups):
        kept[n] = False
    for n in chart_groups(groups):
        kept[n] = False
    for n, group in enumerate(groups):
        if kept[n]:
            article = _with_dateline(build_article(group), datelines[n])
            drop_pull_quotes(article)
            closing_signature(article)
            title_from_first_paragraph(article)
            title_from_last_paragraph(article)
            body = "".join(article.paragraphs).replace(" ", "")
            dashed = _dashed_tier(group)
            reread_tiers(article.headline, dashed, by_words, body)
            # (each fix below asked only where the tier it reads stands: each returns at once where its
            # kicker or its subtitle is None or empty, as on most articles, a title alone; asked again
            # before each fix, since the fixes before it may have made or dropped a tier)
            head = article.headline
            if head.kicker:
                no_kicker_over_tagged_title(head, body)
            # (a closing note, （作者为江城大学…）, tells who wrote, not what: a label naming the paper's city echoes in it)
            told = "".join([p for p in article.paragraphs if not is_closing_note(p)]).replace(" ", "") \
                if may_hold_closing_note(body) else body  # (no note can stand in most bodies: told at once)
            if head.kicker:
                no_label_kicker(head, told)
            no_label_run_into_title(head, told)
            if head.kicker:
                no_label_run_into_kicker(head, told)
            no_label_run_onto_title(head, told)
            if head.kicker:
                tagged_tail_joins_kicker(head)
                parallel_phrase_joins_tagged_title(head)
            if head.subtitle:
                tagged_subtitle_joins_title(head)  # (街巷干净了 / 邻里热闹了（…）: one title)
                no_banner_title(head, body)
                no_tagged_title_in_subtitle(head)
            if head.subtitle and not dashed and _author_alone_under_headline(group):
                kicker_over_title(head)
            if head.subtitle:
                kicker_told_by_words(head, dashed)
                wrapped_tier_of_three(head, dashed)
                open_tier_joins_next(head)
            if head.kicker:
                short_kicker_joins_title(head, body)
            if head.subtitle:
                tag_alone_joins_title(head)
            dashed_tiers(head)  # (——…, drawn before its title, read as its kicker or title)
            if not dashed and (head.kicker or head.subtitle):
                title_by_wrapped_measure(head, group, printed)  # (江城今明两天 / 有强降雨 / a longer line)
            if head.kicker or head.subtitle:
                parallel_tiers_are_one_title(head)  # (湖水清了 / 鱼虾多了: one title)
            if head.kicker:
                kicker_cut_in_a_word_joins_title(head, body)  # (…去处更 / 多了…: one title)
            page.articles.append(article)
    leftover = [u.block for n, g in enumerate(groups) if not kept[n] for u in g]
    for block in leftover:
        if block.role in (TITLE, SUBHEADING):
            block.role = OTHER
    return page


def _banners_at_the_edges(groups: list[list[Unit]]) -> list[int]:
    """The groups of headlines alone that open or close the page's content: a
    banner across the page (深入学习贯彻……), drawn first or last, heads no body;
    a headline drawn before or after its body has the body next to it."""
    content = [n for n, group in enumerate(groups) if any(u.block.role not in (HEADER, FOOTER) for u in group)]
    edges = {content[0], content[-1]} if len(content) > 1 else set()
    # (a label of the briefs' column drawn next to a banner, 一句话新闻, is no body either)
    return [n for n in edges if all(u.block.role in (TITLE, OTHER) for u in groups[n])
            and any(u.block.role == TITLE for u in groups[n])]


def _with_dateline(article: Article, closing: str | None) -> Article:
    """A closing dateline (（本报河内2月3日电）) when the article opened with none;
    and no kicker that is the heading of a column of briefs (简讯, 一线快讯):
    that is a label of the column, no item's kicker."""
    if closing and not article.dateline:
        article.dateline = closing
    kicker = article.headline.kicker
    if kicker and is_brief_heading(kicker):
        article.headline.kicker = None
    return article


def _author_alone_under_headline(group: list[Unit]) -> bool:
    """Does an author's name alone (no role: 理论 and commentary pages) stand right
    under the article's headline?"""
    for k, unit in enumerate(group[:-1]):
        if unit.block.role == TITLE and group[k + 1].block.role != TITLE:
            nxt = group[k + 1]
            return nxt.block.role == BYLINE and bool(nxt.bylines) and all(b.role is None for b in nxt.bylines)
    return False


def _dashed_tier(group: list[Unit]) -> bool:
    """Does a headline line of the group open with —— (a subtitle by its own mark)?"""
    return any(starts_with_dash(line) for u in group if u.block.role == TITLE for line in u.block.lines)


def _int_or_none(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


def _has_content(group: list[Unit]) -> bool:
    """A body, or a headline that is more than a column's label or a page's banner."""
    if any(u.block.role == BODY for u in group):
        return True
    heads = [line for u in group if u.block.role == TITLE for line in u.block.lines]
    named = any(u.block.role == BYLINE for u in group)
    return bool(heads) and (named or not all(_LABEL_OR_BANNER.fullmatch(line.strip()) for line in heads))


#: what stands alone with no body of its own: a column's label (城建观察, 民生关注) or a
#: banner of two parallel phrases (建设美丽江城 共享绿色家园)
_LABEL_OR_BANNER = re.compile(r"[\u4e00-\u9fff]{2,5}|[\u4e00-\u9fff]{3,7}[ \u3000]+[\u4e00-\u9fff]{3,7}")


__all__ = ["build_text_page", "Unit", "split_units", "assemble"]
