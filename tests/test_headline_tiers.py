"""Headline tiers from sizes, where wording overrules size (issue 9: kicker
and subtitle set as large as the title, or larger)."""

from banmian.layout.headlines import tiers_by_size


def test_the_largest_tier_is_the_title() -> None:
    h = tiers_by_size(["省里召开会议", "春耕备耕有序推进", "各地抢抓农时"], [12.0, 20.0, 12.0])
    assert (h.kicker, h.title, h.subtitle) == ("省里召开会议", "春耕备耕有序推进", "各地抢抓农时")


def test_a_subtitle_opening_with_dashes_is_no_title_however_large() -> None:
    h = tiers_by_size(["两国元首互致贺电", "——两国总理也互致贺电"], [15.0, 17.0])
    assert (h.kicker, h.title, h.subtitle) == (None, "两国元首互致贺电", "两国总理也互致贺电")


def test_a_kicker_that_sets_the_scene_is_no_title_however_large() -> None:
    h = tiers_by_size(["在全省大会上强调", "把实事办好"], [22.0, 18.0])
    assert (h.kicker, h.title) == ("在全省大会上强调", "把实事办好")


def test_the_tier_with_the_column_tag_is_the_title_when_nearly_as_large() -> None:
    h = tiers_by_size(["南派舞狮", "色彩明快 热闹喜庆（非遗年集）"], [17.0, 15.0])
    assert (h.kicker, h.title) == ("南派舞狮", "色彩明快 热闹喜庆（非遗年集）")


def test_a_much_smaller_tagged_tier_stays_a_subtitle() -> None:
    h = tiers_by_size(["春耕备耕有序推进", "各地抢抓农时（记者手记）"], [24.0, 12.0])
    assert (h.title, h.subtitle) == ("春耕备耕有序推进", "各地抢抓农时（记者手记）")


def test_a_bracketed_date_under_the_title_is_no_column_tag() -> None:
    h = tiers_by_size(["在新春座谈会上的讲话", "（二〇二四年二月五日）"], [17.0, 15.0])
    assert (h.title, h.subtitle) == ("在新春座谈会上的讲话", "（二〇二四年二月五日）")


def test_two_parallel_phrases_under_a_larger_tier_are_the_title() -> None:
    h = tiers_by_size(["县里开展农村饮水专项整治行动", "查找隐患 保障安全"], [18.0, 16.0])
    assert (h.kicker, h.title) == ("县里开展农村饮水专项整治行动", "查找隐患 保障安全")


def test_parallel_phrases_much_smaller_stay_a_subtitle() -> None:
    h = tiers_by_size(["县里开展农村饮水专项整治", "查找隐患 保障安全"], [26.0, 12.0])
    assert (h.title, h.subtitle) == ("县里开展农村饮水专项整治", "查找隐患 保障安全")
    h = tiers_by_size(["查找隐患 保障安全", "排查水源 检修管网"], [20.0, 18.0])
    assert (h.title, h.subtitle) == ("查找隐患 保障安全", "排查水源 检修管网")


def test_who_urged_what_is_the_kicker_of_what_was_urged() -> None:
    h = tiers_by_size(["李明强调抓住春耕关键时节", "全面推进农田水利建设"], [15.0, 14.0])
    assert (h.kicker, h.title) == ("李明强调抓住春耕关键时节", "全面推进农田水利建设")
    h = tiers_by_size(["王芳在全省农村工作会议上指出", "让乡村振兴见实效"], [16.0, 15.0])
    assert (h.kicker, h.title) == ("王芳在全省农村工作会议上指出", "让乡村振兴见实效")


def test_a_title_reporting_a_speaker_stays_the_title_over_a_smaller_subtitle() -> None:
    h = tiers_by_size(["李明强调抓住春耕关键时节", "全省部署农田水利建设"], [24.0, 14.0])
    assert (h.title, h.subtitle) == ("李明强调抓住春耕关键时节", "全省部署农田水利建设")


def test_a_long_column_tag_marks_the_title() -> None:
    h = tiers_by_size(["某省某县某村第一书记王某", "科技人带来新点子（新春看乡村·驻村干部的一年）"], [14.2, 14.0])
    assert (h.kicker, h.title) == ("某省某县某村第一书记王某", "科技人带来新点子（新春看乡村·驻村干部的一年）")


def test_the_one_heavy_tier_nearly_as_large_is_the_title() -> None:
    h = tiers_by_size(["雷锋学院在抚顺揭牌", "学雷锋频道同日上线"], [15.0, 16.0], heavy=[True, False])
    assert (h.title, h.subtitle) == ("雷锋学院在抚顺揭牌", "学雷锋频道同日上线")
    h = tiers_by_size(["雷锋学院在抚顺揭牌", "学雷锋频道同日上线"], [12.0, 16.0], heavy=[True, False])
    assert (h.kicker, h.title) == ("雷锋学院在抚顺揭牌", "学雷锋频道同日上线")  # far smaller: size decides


def test_a_bold_tier_outweighs_a_larger_tier_in_a_plain_heavy_face() -> None:
    """Weights 2 (bold), 1 (黑体), 0 (宋体): a bold tier at four fifths of a
    larger plain 黑体 tier is the 主题; the larger one under it is the 副题."""
    h = tiers_by_size(["县里新建三所学校投入使用", "为孩子就近入学提供更多学位"], [15.0, 18.9], heavy=[2, 1])
    assert (h.kicker, h.title, h.subtitle) == (None, "县里新建三所学校投入使用", "为孩子就近入学提供更多学位")
    h = tiers_by_size(["县里新建三所学校投入使用", "为孩子就近入学提供更多学位"], [15.0, 18.9], heavy=[1, 1])
    assert (h.kicker, h.title) == ("县里新建三所学校投入使用", "为孩子就近入学提供更多学位")  # no weight told: size


def test_a_subtitle_reporting_who_attended_is_no_title_however_large() -> None:
    h = tiers_by_size(["全市冬春农田水利建设推进会召开", "李明远出席并讲话"], [20.0, 22.0])
    assert (h.title, h.subtitle) == ("全市冬春农田水利建设推进会召开", "李明远出席并讲话")
    h = tiers_by_size(["全市冬春农田水利建设推进会召开", "张华出席 王强主持"], [20.0, 22.0])
    assert h.title == "全市冬春农田水利建设推进会召开"
    # a speech's own title (在…上的讲话) is a title
    h = tiers_by_size(["在全市冬春农田水利建设推进会上的讲话", "李明远"], [22.0, 12.0])
    assert h.title == "在全市冬春农田水利建设推进会上的讲话"


def test_who_attended_set_much_larger_than_the_tier_over_it_is_the_title() -> None:
    h = tiers_by_size(["庆祝青禾县建县七十周年大会举行", "李明远出席大会并发表讲话"], [14.0, 26.0])
    assert (h.kicker, h.title) == ("庆祝青禾县建县七十周年大会举行", "李明远出席大会并发表讲话")


def test_a_larger_tier_going_on_from_the_subject_over_it_is_the_subtitle():
    """王明会见… / 强调…: the tier under the title opens with the verb of the
    title's subject; set larger, it is still the subtitle."""
    h = tiers_by_size(["王明会见南方某国议会代表团", "强调两国友谊源远流长", "双方合作前景广阔"], [15.0, 18.0, 18.0])
    assert (h.kicker, h.title, h.subtitle) == (None, "王明会见南方某国议会代表团", "强调两国友谊源远流长 双方合作前景广阔")
    h = tiers_by_size(["省人大常委会召开主任会议", "决定本月下旬举行常委会会议"], [15.0, 18.0])
    assert (h.kicker, h.title, h.subtitle) == (None, "省人大常委会召开主任会议", "决定本月下旬举行常委会会议")


def test_a_title_opening_with_a_verb_under_a_kicker_that_sets_the_scene_stays_the_title():
    h = tiers_by_size(["市政府发言人——", "希望有关方面以开放心态看待合作"], [15.0, 18.0])
    assert (h.kicker, h.title) == ("市政府发言人——", "希望有关方面以开放心态看待合作")


def test_a_larger_kicker_ending_in_what_the_speaker_hoped_is_the_kicker():
    h = tiers_by_size(["李华会见青年代表时希望", "为家乡发展做出新贡献"], [19.0, 16.0])
    assert (h.kicker, h.title) == ("李华会见青年代表时希望", "为家乡发展做出新贡献")


def test_a_larger_kicker_naming_the_subjects_office_is_the_kicker():
    h = tiers_by_size(["原某省交通运输厅党组成员、副厅长、某局局长", "张某严重违纪违法被开除党籍"], [19.0, 16.0])
    assert (h.kicker, h.title) == ("原某省交通运输厅党组成员、副厅长、某局局长", "张某严重违纪违法被开除党籍")


def test_a_larger_tier_of_points_under_the_title_is_the_subtitle():
    h = tiers_by_size(["首破千亿元！假日消费亮眼", "■ 新兴消费看点纷呈", "■ 接待游客超四亿人次"], [16.0, 18.0, 18.0])
    assert (h.kicker, h.title) == (None, "首破千亿元！假日消费亮眼")
    assert h.subtitle and h.subtitle.startswith("■"), h.subtitle


def test_an_event_named_over_its_result_is_the_kicker_however_large() -> None:
    """A kicker set larger than its title that names the event (a
    championship, a stage of a cup, a game of a match) over what happened."""
    for event in ["全国青少年围棋锦标赛", "短道速滑世界杯某某站", "城市围棋擂台赛首局"]:
        h = tiers_by_size([event, "江城小将夺得冠军"], [24.0, 20.0])
        assert (h.kicker, h.title) == (event, "江城小将夺得冠军"), event
    h = tiers_by_size(["全国青少年围棋锦标赛", "江城小将夺得冠军"], [24.0, 12.0])
    assert (h.title, h.subtitle) == ("全国青少年围棋锦标赛", "江城小将夺得冠军")  # far smaller: size decides


def test_a_scene_set_place_first_over_the_title_is_the_kicker_however_large() -> None:
    h = tiers_by_size(["在青禾，村民冬闲学技术渐成风气", "农家课堂开进村"], [24.0, 21.0])
    assert (h.kicker, h.title) == ("在青禾，村民冬闲学技术渐成风气", "农家课堂开进村")


def test_parallel_phrases_in_a_lighter_face_under_a_heavier_title_stay_the_subtitle() -> None:
    """A bold 主题: two parallel phrases as large under it, not bold, are its
    副题 (the wording gives way to the bold weight; a plain 黑体 tier over
    them is a kicker, as the wording says)."""
    h = tiers_by_size(["青禾药业", "树牢节约意识 争当绿色标兵"], [30.0, 30.0], heavy=[2, 0])
    assert (h.kicker, h.title, h.subtitle) == (None, "青禾药业", "树牢节约意识 争当绿色标兵")
    h = tiers_by_size(["青禾药业", "树牢节约意识 争当绿色标兵"], [30.0, 30.0])
    assert (h.kicker, h.title) == ("青禾药业", "树牢节约意识 争当绿色标兵")  # no weight told: the wording
    h = tiers_by_size(["青禾药业", "树牢节约意识 争当绿色标兵"], [30.0, 28.0], heavy=[1, 0])
    assert (h.kicker, h.title) == ("青禾药业", "树牢节约意识 争当绿色标兵")


def test_a_quotation_standing_alone_is_the_title_under_a_larger_kicker() -> None:
    """A kicker set larger than its title, the title one quotation (a month of
    人民日报 has 26 titles that are a quotation alone, and no kicker or subtitle
    that is): the quotation is the 主题; a quotation over a larger title is
    the title too, the tier under it its subtitle."""
    h = tiers_by_size(["青禾县柳塘村建起农家书屋", "“村里的书香越来越浓”"], [26.0, 22.0])
    assert (h.kicker, h.title) == ("青禾县柳塘村建起农家书屋", "“村里的书香越来越浓”")
    h = tiers_by_size(["“村里的书香越来越浓”", "青禾县柳塘村建起农家书屋"], [22.0, 18.0])
    assert (h.kicker, h.title, h.subtitle) == (None, "“村里的书香越来越浓”", "青禾县柳塘村建起农家书屋")
    h = tiers_by_size(["“书香”飘进农家", "青禾县柳塘村建起农家书屋"], [22.0, 18.0])  # a quoted word only
    assert (h.kicker, h.title, h.subtitle) == (None, "“书香”飘进农家", "青禾县柳塘村建起农家书屋")


def test_a_leg_of_a_final_over_its_result_is_the_kicker_however_large() -> None:
    """A contest's leg (…决赛首回合, …半决赛第二回合) names the event as
    …赛首局 does: the result under it is the title."""
    for event in ["城市排球联赛决赛首回合", "青年足球锦标赛半决赛第二回合"]:
        h = tiers_by_size([event, "江城队战胜临川队"], [30.0, 26.0])
        assert (h.kicker, h.title) == (event, "江城队战胜临川队"), event


def test_an_event_named_with_its_end_over_its_result_is_the_kicker_however_large() -> None:
    """A kicker set larger than its title that names the event and that it
    ended (…资格赛落幕, …锦标赛闭幕), or a league's stage (…常规赛, …决赛), sets
    the scene for the result under it, as the event's name alone does."""
    for event in ["全国青少年围棋锦标赛闭幕", "江城网球公开赛资格赛落幕", "城市篮球联赛收官", "城市篮球联赛常规赛",
                  "青年足球锦标赛决赛"]:
        h = tiers_by_size([event, "八名本地选手晋级正赛"], [24.0, 20.0])
        assert (h.kicker, h.title) == (event, "八名本地选手晋级正赛"), event
    h = tiers_by_size(["江城网球公开赛资格赛落幕", "八名本地选手晋级正赛"], [24.0, 12.0])
    assert (h.title, h.subtitle) == ("江城网球公开赛资格赛落幕", "八名本地选手晋级正赛")  # far smaller: size decides


def test_a_bracketed_adoption_note_set_a_little_larger_than_the_title_is_its_subtitle() -> None:
    h = tiers_by_size(["江城市人民代表大会常务委员会任免名单", "（2024年5月8日江城市第九届人民代表大会常务委员会第三次会议通过）"],
                      [15.0, 15.2])
    assert (h.kicker, h.title, h.subtitle) == (
        None, "江城市人民代表大会常务委员会任免名单", "（2024年5月8日江城市第九届人民代表大会常务委员会第三次会议通过）")
