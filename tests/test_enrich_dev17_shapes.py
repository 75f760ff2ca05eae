"""The enrichment stage on shapes of text found in issue 11's seventeenth pass
(dev16, a blind development part drawn with a new seed, and the error kinds
of all tuning parts together). Sentences and personal names are invented for
these tests; they feed hand-made LAC tokens to the rules, so they do not
depend on how the model happens to cut a sentence."""

from __future__ import annotations

from banmian.enrich.people import find_people


def _people(*chunks: list[tuple[str, str]], anchors: dict[str, str] | None = None,
            local_places: tuple[str, ...] = ()) -> list[tuple[str, list[str]]]:
    return [(p.name, p.titles) for p in find_people(list(chunks), exclude=set(), anchors=dict(anchors or {}),
                                                    place_in_title=lambda t: None, local_places=local_places)]


def test_a_speaker_whose_name_ends_like_a_body_is_a_person() -> None:
    """厅长王某会说 / 总经理赵某会表示: LAC cut the name before 会 (王某/PER + 会/v),
    the cut was mended, but 会 ends bodies' names (理事会) and the name was
    dropped. A speech verb right after says a person stands there."""
    chunk = [("“", "w"), ("粮食", "n"), ("要", "v"), ("稳", "a"), ("。", "w"), ("”", "w"), ("某省农业厅", "ORG"),
             ("厅长", "n"), ("柯金", "PER"), ("会", "v"), ("说", "v"), ("。", "w")]
    assert _people(chunk) == [("柯金会", ["某省农业厅厅长"])]
    chunk = [("某公司", "ORG"), ("总经理", "n"), ("祁恩", "PER"), ("会", "v"), ("表示", "v"), ("，", "w"),
             ("压力", "n"), ("很大", "a"), ("。", "w")]
    assert _people(chunk) == [("祁恩会", ["某公司总经理"])]
    # a body LAC read as a name, with no speech verb after it, stays no person
    chunk = [("本届", "r"), ("慕平会", "PER"), ("报告", "n"), ("指出", "v"), ("风险", "n"), ("。", "w")]
    assert _people(chunk) == []


def test_a_quotes_attribution_in_brackets_ends_at_its_speaker() -> None:
    """“……”（作家村村民董某语）: the 语 ("words of") that closes the attribution
    was read as the name's last character (董某语/PER), or glued to the word
    after a two-character name (王大/PER + 为语). The speaker is 董某, 王大为."""
    chunk = [("“", "w"), ("看书", "v"), ("、", "w"), ("发呆", "v"), ("”", "w"), ("（", "w"), ("作家村", "LOC"),
             ("村民", "n"), ("董小静语", "PER"), ("）", "w"), ("，", "w"), ("作家们", "n"), ("笑", "v"), ("了", "u"), ("。", "w")]
    assert _people(chunk) == [("董小静", ["作家村村民"])]
    chunk = [("“", "w"), ("小屋", "n"), ("”", "w"), ("（", "w"), ("作家村", "LOC"), ("村民", "n"), ("庞大", "PER"),
             ("为语", "v"), ("）", "w"), ("，", "w"), ("我", "r"), ("写", "v"), ("诗", "n"), ("。", "w")]
    assert _people(chunk) == [("庞大为", ["作家村村民"])]


def test_a_numeral_before_arabic_digits_ends_the_name_before_it() -> None:
    """某国首相安某晋三4日表示: LAC read 三 as the start of the date (安某晋/PER +
    三/TIME + 4日). No number mixes Chinese numerals and Arabic digits: 三 is
    the name's last character."""
    chunk = [("某国", "LOC"), ("首相", "n"), ("宫本晋", "PER"), ("三", "TIME"), ("4日", "TIME"), ("表示", "v"),
             ("，", "w"), ("愿意", "v"), ("合作", "vn"), ("。", "w")]
    assert _people(chunk) == [("宫本晋三", ["某国首相"])]
    chunk = [("某国", "LOC"), ("首相", "n"), ("宫本晋", "PER"), ("三4日", "TIME"), ("表示", "v"), ("。", "w")]
    assert _people(chunk) == [("宫本晋三", ["某国首相"])]
    # a numeral before a Chinese count is a count: 王某 + 三 + 次
    chunk = [("经理", "n"), ("王德明", "PER"), ("三", "m"), ("次", "q"), ("来", "v"), ("到", "v"), ("村里", "s"), ("。", "w")]
    assert _people(chunk) == [("王德明", ["经理"])]


def test_the_author_of_a_named_work_is_a_person() -> None:
    """契诃夫的《万尼亚舅舅》: a transliterated name written once, with no title and
    no speech verb, was dropped as unsupported (no surname opens it). 的 and a
    work's title after a name say that the person wrote it."""
    chunk = [("从", "p"), ("执导", "v"), ("《", "w"), ("某戏", "nw"), ("》", "w"), ("，", "w"), ("再", "d"), ("到", "v"),
             ("莎孚比诺", "PER"), ("的", "u"), ("《", "w"), ("某王", "nw"), ("》", "w"), ("，", "w"), ("我", "r"),
             ("一直", "d"), ("在", "d"), ("思考", "v"), ("。", "w")]
    assert _people(chunk) == [("莎孚比诺", [])]
    # a word LAC read as a name before a plain noun stays unsupported
    chunk = [("再", "d"), ("到", "v"), ("莎孚比诺", "PER"), ("的", "u"), ("戏", "n"), ("，", "w"), ("我", "r"),
             ("一直", "d"), ("在", "d"), ("思考", "v"), ("。", "w")]
    assert _people(chunk) == []


def test_surnames_common_in_the_news_open_names() -> None:
    """党某某、辜某某、时某、柯某 (a list of players), 姜某某、王某某、洪某某: 辜 and
    洪 (among the hundred commonest surnames) were not known as surnames, so a
    name opening with one was dropped where a list of names is all that says
    it is a name."""
    chunk = [("中国队", "ORG"), ("的", "u"), ("党一飞", "PER"), ("、", "w"), ("辜梓明", "PER"), ("、", "w"),
             ("柯明洁", "PER"), ("将", "d"), ("出场", "v"), ("。", "w")]
    assert [name for name, _ in _people(chunk)] == ["党一飞", "辜梓明", "柯明洁"]
    chunk = [("姜春山", "PER"), ("、", "w"), ("王乐川", "PER"), ("、", "w"), ("洪振江", "PER"), ("出席", "v"), ("。", "w")]
    assert [name for name, _ in _people(chunk)] == ["姜春山", "王乐川", "洪振江"]


def test_a_dotted_names_last_character_before_a_speech_verb_is_the_names() -> None:
    """某市首席驾驶员阿马多·奥兰瓦居称: LAC cut the dotted name's last
    character off (阿马多·奥兰瓦/PER + 居/v + 称) because 居 is no usual
    transliteration; a lone character between a dotted name and a speech
    verb belongs to the name."""
    chunk = [("某市", "LOC"), ("首席", "n"), ("驾驶员", "n"), ("阿马多·奥兰瓦", "PER"), ("居", "v"), ("称", "v"),
             ("，", "w"), ("列车", "n"), ("很", "d"), ("棒", "a"), ("。", "w")]
    assert _people(chunk) == [("阿马多·奥兰瓦居", ["某市首席驾驶员"])]
    # a particle between the name and the verb is no part of the name (某某·某某 + 所 + 指出)
    chunk = [("全球", "n"), ("主管", "n"), ("迈可·埃克特", "PER"), ("所", "u"), ("指出", "v"), ("，", "w"), ("能源", "n"),
             ("重要", "a"), ("。", "w")]
    assert _people(chunk) == [("迈可·埃克特", ["全球主管"])]


def test_a_name_that_speaks_outweighs_a_tie_of_other_readings() -> None:
    """的普某思/ORG 现任… / ”普某思/PER 说: LAC read the name once as an
    organisation and once as a name, and the tie dropped it. A mention with a
    speech verb right after it is a person's, as one with a title before it is."""
    first = [("曾", "d"), ("就读", "v"), ("于", "p"), ("某大学", "ORG"), ("的", "u"), ("普瑞斯", "ORG"), ("现在", "TIME"),
             ("做", "v"), ("翻译", "n"), ("。", "w")]
    said = [("“", "w"), ("堵车", "vn"), ("很", "d"), ("正常", "a"), ("。", "w"), ("”", "w"), ("普瑞斯", "PER"), ("说", "v"),
            ("。", "w")]
    assert [name for name, _ in _people(first, said)] == ["普瑞斯"]


def test_an_abb_adverb_before_de_is_no_part_of_the_name() -> None:
    """村支书记赵某乐呵呵地说: LAC glued the adverb's first character to the name
    (赵某乐/PER + 呵呵 + 地). An adverb of the shape ABB before 地 takes it back."""
    chunk = [("某村", "LOC"), ("支部", "n"), ("书记", "n"), ("赵文乐", "PER"), ("呵呵", "xc"), ("地", "u"), ("说", "v"), ("。", "w")]
    assert _people(chunk) == [("赵文", ["某村支部书记"])]


def test_a_boss_and_a_soldier_are_titles() -> None:
    """公司老总陈某, 军人斯蒂芬·某某: 老总 (a company's head) and 军人 are what the
    person is, as 经理 and 战士 are."""
    chunk = [("出版", "v"), ("诗集", "n"), ("的", "u"), ("公司", "n"), ("老总", "n"), ("陈洪", "PER"), ("鼓励", "v"),
             ("他", "r"), ("。", "w")]
    assert _people(chunk) == [("陈洪", ["公司老总"])]
    chunk = [("军人", "n"), ("斯蒂文·阿金", "PER"), ("负责", "v"), ("安保", "vn"), ("。", "w")]
    assert _people(chunk) == [("斯蒂文·阿金", ["军人"])]
