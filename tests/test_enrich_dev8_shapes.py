"""The enrichment stage on shapes of text found in issue 11's ninth pass
(dev8, a blind development part). Sample words and names are invented for
these tests; they feed hand-made LAC tokens to the rules, so they do not
depend on how the model happens to cut a sentence."""

from __future__ import annotations

from banmian.enrich.credits import is_contributor
from banmian.enrich.namerepair import mend
from banmian.enrich.namewords import is_address_form
from banmian.enrich.titles import is_title, title_after, titles_before, titles_stated_after


def test_a_body_lac_read_as_a_name_opens_the_title() -> None:
    """某某为民互助协会/PER + 会长 + 柯文明: a PER word longer than any plain
    name is a body, so it and the head are the title of the name after them;
    a real name with its head after it (柯文明 + 会长) stays a person."""
    tokens = [("青松为民互助协会", "PER"), ("会长", "n"), ("柯文明", "PER"), ("介绍", "v"), ("。", "w")]
    assert titles_before(tokens, 2) == ["青松为民互助协会会长"]
    tokens = [("柯文明", "PER"), ("会长", "n"), ("柯武明", "PER"), ("介绍", "v")]
    assert titles_before(tokens, 2) == []


def test_a_count_before_a_stated_title_is_dropped() -> None:
    """柯文明是一名检修员: 一名 counts, the title is 检修员."""
    tokens = [("柯文明", "PER"), ("是", "v"), ("一名", "m"), ("检修员", "vn"), ("，", "w"), ("负责", "v")]
    assert titles_stated_after(tokens, 0) == ["检修员"]


def test_the_head_of_a_unit_after_a_name() -> None:
    """柯文明船长 (captain), 柯文明连长: a head of one unit written after a
    name of three characters; not after a two-character word LAC called a name
    (如本 + 师长 + 阵亡: if this division's commander falls)."""
    tokens = [("远洋", "n"), ("的", "u"), ("柯文明", "PER"), ("船长", "n"), ("。", "w")]
    assert title_after(tokens, 2) == "船长"
    tokens = [("如本", "PER"), ("师长", "n"), ("阵亡", "v")]
    assert title_after(tokens, 0) is None
    tokens = [("柯文明", "PER"), ("成长", "v"), ("很快", "a")]
    assert title_after(tokens, 0) is None


def test_a_doubled_kinship_word_after_a_surname_is_a_form_of_address() -> None:
    """柯妈妈, 柯叔叔 (how children speak to an elder) name no person; a name
    whose given part is doubled (柯丽丽) is a name."""
    assert is_address_form("柯妈妈")
    assert is_address_form("柯叔叔")
    assert not is_address_form("柯丽丽")


def test_a_clause_opened_by_a_place_is_one_title_whatever_verbs_it_holds() -> None:
    """青松村 + 驻/v + 村 + 扶贫/v + 第一书记 + 柯文明: LAC reads words of the
    office as verbs; a place or a body opening the clause says they name the
    office. Without the place, the verb ends the title (会见/v + 外长 + 柯某);
    a two-character verb before a place is the clause's own."""
    tokens = [("。", "w"), ("青松村", "LOC"), ("驻", "v"), ("村", "n"), ("扶贫", "v"), ("第一", "m"), ("书记", "n"),
              ("柯文明", "PER"), ("说", "v")]
    assert titles_before(tokens, 7) == ["青松村驻村扶贫第一书记"]
    tokens = [("青松市", "LOC"), ("白石县", "LOC"), ("实绩", "n"), ("考核", "v"), ("办", "v"), ("副主任", "n"),
              ("柯文明", "PER"), ("表示", "v")]
    assert titles_before(tokens, 6) == ["青松市白石县实绩考核办副主任"]
    tokens = [("。", "w"), ("会见", "v"), ("外长", "n"), ("柯文明", "PER")]
    assert titles_before(tokens, 3) == ["外长"]
    tokens = [("，", "w"), ("青松国", "LOC"), ("批评", "v"), ("白石国", "LOC"), ("总理", "n"), ("柯文明", "PER")]
    assert titles_before(tokens, 5) == ["白石国总理"]


def test_name_edges_mended_from_what_stands_around_them() -> None:
    """Names LAC cut or ran on: a dotted name's front left as one-character
    words after the head (书记 + 热/a + 先/d + 古力·某某); one character of a
    head glued to the dotted name (外 + 长/PER + 敦·某某: 外长 is the head); a
    name that is also a noun between a head and a speech verb (发言人 + 高峰/n
    + 表示), but not a word for a body (成员 + 单位/n + 表示); a given name's
    locative last character cut off before a copula (柯光/PER + 中/f + 担任)."""
    tokens = mend([("党总支", "n"), ("书记", "n"), ("热", "a"), ("先", "d"), ("古力·某提", "PER"), ("说", "v")])
    assert ("热先古力·某提", "PER") in tokens
    tokens = mend([("应", "v"), ("某国", "LOC"), ("外", "f"), ("长", "PER"), ("敦·巴某奈", "PER"), ("邀请", "v")])
    assert ("敦·巴某奈", "PER") in tokens
    tokens = mend([("某部", "ORG"), ("新闻", "n"), ("发言人", "n"), ("高峰", "n"), ("表示", "v"), ("，", "w")])
    assert ("高峰", "PER") in tokens
    tokens = mend([("协会", "n"), ("成员", "n"), ("单位", "n"), ("表示", "v"), ("，", "w")])
    assert ("单位", "n") in tokens
    tokens = mend([("柯文显", "PER"), ("和", "c"), ("柯光", "PER"), ("中", "f"), ("担任", "v"), ("顾问", "n")])
    assert ("柯光中", "PER") in tokens


def test_an_editor_of_a_named_outlet_in_running_text_is_a_person() -> None:
    """某国《某某》期刊编辑柯文明所感到的: an editor of another outlet in the
    news, whose clause goes on after the name; (《某某报》编辑柯文明) in a
    bracket closing a credit, and 本报编辑柯文明 stay credits."""
    tokens = [("某国", "LOC"), ("《", "w"), ("某某经济", "nw"), ("》", "w"), ("期刊", "n"), ("编辑", "n"),
              ("柯文明", "PER"), ("所", "u"), ("感到", "v"), ("的", "u")]
    assert not is_contributor(tokens, 6)
    tokens = [("（", "w"), ("《", "w"), ("某某报", "nw"), ("》", "w"), ("编辑", "n"), ("柯文明", "PER"), ("）", "w")]
    assert is_contributor(tokens, 5)
    tokens = [("本报", "r"), ("编辑", "n"), ("柯文明", "PER"), ("整理", "v")]
    assert is_contributor(tokens, 2)


def test_agent_nouns_are_heads_by_their_ending() -> None:
    """某国“某某”受害者柯文明, 著名篆刻家柯文明: an agent noun of three
    characters or more (…者, …家) ends a title though no list names it;
    words with those endings that name no role do not (发展中国家, 老人家),
    nor 获得者 of an honour that is no prize, nor a name ending so (柯士家)."""
    assert is_title("某国“某某”受害者") and is_title("著名篆刻家") and is_title("论文第一作者")
    assert not is_title("发展中国家") and not is_title("老人家") and not is_title("某区道德模范获得者")
    assert is_title("诺贝尔奖获得者")
    assert not is_title("柯士家", agent_nouns=False)
    tokens = [("。", "w"), ("司长", "n"), ("柯士家", "PER"), ("说", "v")]
    assert titles_before(tokens, 2) == ["司长"]


def test_two_titles_joined_by_he_are_two_titles() -> None:
    """著名宣传家和革命活动家柯文明: 和 joins two titles as 及 does; an office
    whose name holds 和 (文化和旅游部部长) is one title."""
    tokens = [("。", "w"), ("著名", "a"), ("宣传家", "n"), ("和", "c"), ("革命", "n"), ("活动家", "n"), ("柯文明", "PER")]
    assert titles_before(tokens, 6) == ["著名宣传家", "革命活动家"]
    tokens = [("。", "w"), ("文化", "n"), ("和", "c"), ("旅游部", "ORG"), ("部长", "n"), ("柯文明", "PER")]
    assert titles_before(tokens, 5) == ["文化和旅游部部长"]


def test_a_byline_of_a_name_padded_with_spaces_and_another_name() -> None:
    """乔  栋   柯文明 on a line of its own: a two-character name padded to the
    width of three (LAC: 乔/PER + spaces + 栋/q), then another name: a byline."""
    tokens = [("乔", "PER"), (" ", "w"), (" ", "w"), ("栋", "q"), (" ", "w"), (" ", "w"), (" ", "w"), ("柯文明", "PER")]
    assert is_contributor(tokens, 7)
    tokens = [("他", "r"), ("说", "v"), ("栋", "q"), (" ", "w"), ("柯文明", "PER"), ("来", "v")]
    assert not is_contributor(tokens, 4)
