"""A headline line read as body and left an article of its own (one line or
two of a headline's words, no text), right over an article that opens with
its headline tiers, is the top tier of that headline (text mode; invented
text): no article is one line of a headline's words."""

from __future__ import annotations

from banmian.layout.text_tails import lone_headlines_to_headlines_under
from banmian.layout.text_units import Unit
from banmian.model import Block, Role


def _unit(lines: list[str], role: Role) -> Unit:
    return Unit(Block(list(lines), role))


_TEXT = ["本报讯 江城市十六日召开全市", "文明创建推进会，部署今年", "的创建工作。"]


def test_a_lone_headline_line_over_a_headline_and_its_text_heads_that_article():
    lone = _unit(["江城召开文明创建推进会"], Role.BODY)
    subtitle = _unit(["——部署全年十项重点工作"], Role.TITLE)
    text = _unit(_TEXT, Role.BODY)
    groups = lone_headlines_to_headlines_under([[lone], [subtitle, text]])
    assert groups == [[lone, subtitle, text]]
    assert lone.role == Role.TITLE


def test_a_lone_sentence_or_a_line_over_text_stays_where_it_is():
    said = _unit(["江城召开文明创建推进会。"], Role.BODY)  # a sentence, finished: text
    title = _unit(["部署全年十项重点工作"], Role.TITLE)
    text = _unit(_TEXT, Role.BODY)
    groups = lone_headlines_to_headlines_under([[said], [title, text]])
    assert groups == [[said], [title, text]] and said.role == Role.BODY
    lone = _unit(["江城召开文明创建推进会"], Role.BODY)
    other = _unit(_TEXT, Role.BODY)  # no headline opens the text under it: nothing to head
    groups = lone_headlines_to_headlines_under([[lone], [other]])
    assert groups == [[lone], [other]] and lone.role == Role.BODY
