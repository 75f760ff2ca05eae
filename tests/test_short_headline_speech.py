"""Text mode, a page drawn headlines after their bodies: a short essay title
(five characters, its author right under it) is a headline, not a column's
label, and a speech opening with its salutation (同志们，朋友们：) whose
headline is drawn after it begins at that salutation. Every text here is
invented."""

from __future__ import annotations

import banmian

ESSAY = [
    "湖边的清晨总是从雾开始，远山只露出淡淡的轮廓，渔人撑着小船从雾里慢慢划出来，船头的灯还亮着。",
    "老柳树下的石桥已经有三百年了，桥上的石板被行人磨得发亮，桥头的茶摊每天天不亮就支起来。",
    "雾起的时候，湖边的人都不着急，日子就这样一天一天地过去，像湖水一样安静。",
]
SALUTATION = "同志们，朋友们："
SPEECH = [
    "在新春佳节即将到来之际，我们在这里欢聚一堂，共同回顾过去一年的工作，展望新一年的发展。",
    "过去的一年，全市上下齐心协力，经济运行稳中有进，民生事业持续改善，城乡面貌焕然一新。",
    "新的一年，我们要再接再厉，把各项工作落到实处，向全市人民拜个早年，祝大家新春快乐。",
]
_WIDTH = 16


def _lines(paragraph: str) -> list[str]:
    text = "　　" + paragraph
    return [text[k:k + _WIDTH] for k in range(0, len(text), _WIDTH)]


def _page() -> str:
    blocks = ["江城日报", "第5版文化", "2025年1月20日 星期一", "湖", "边", "雾", "起", "时", "林", "晓", "舟"]
    blocks += [line for paragraph in ESSAY for line in _lines(paragraph)]
    blocks += [SALUTATION]
    blocks += [line for paragraph in SPEECH for line in _lines(paragraph)]
    blocks += ["在江城各界新春茶话会上的讲话", "（二〇二五年一月十八日）"]
    return "\n\n".join(blocks) + "\n"


def test_the_speech_begins_at_its_salutation():
    articles = banmian.parse_text(_page(), enrich=False).pages[0].articles
    speech = [a for a in articles if "讲话" in a.headline.title]
    assert speech, [a.headline.title for a in articles]
    body = "".join(speech[0].paragraphs)
    assert body.startswith("同志们"), body[:40]
    assert "渔人" not in body


def test_a_salutation_only_names_the_audience():
    from banmian.layout.text_turns import is_salutation

    assert is_salutation("女士们、先生们：")
    assert is_salutation("尊敬的各位来宾：")
    assert not is_salutation("他对同学们说：")
    assert not is_salutation("具体安排如下：")
    assert not is_salutation("同志们、朋友们！")
