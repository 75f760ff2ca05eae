"""A text left with no headline beside a headline run of a tier too many: the
tier that tells of the headless text is its headline
(src/banmian/layout/headless_heads.py)."""

from banmian.layout.headless_heads import tiers_to_headless_texts
from banmian.layout.text_units import Unit
from banmian.model import Block, Role


def _u(lines: list[str], role: Role) -> Unit:
    return Unit(Block(lines, role))


REPORT = ["江城今年新建三座垃圾分类处理站，全市", "生活垃圾回收利用率提高到四成以上。"]
HEADLESS = ["春节前后，江城的志愿者走进老旧小区，", "为独居老人送去年货和春联，陪老人包", "饺子、拉家常，志愿服务温暖了整个冬天。"]


def test_closing_tier_that_tells_of_the_headless_text_heads_it() -> None:
    before = [_u(["垃圾分类见实效"], Role.TITLE), _u(REPORT, Role.BODY), _u(["志愿服务暖冬行动"], Role.TITLE)]
    groups = tiers_to_headless_texts([before, [_u(HEADLESS, Role.BODY)]])
    assert [u.block.lines for u in groups[0]] == [["垃圾分类见实效"], REPORT]
    assert groups[1][0].block.role == Role.TITLE and groups[1][0].block.lines == ["志愿服务暖冬行动"]
    # a tier the headless text does not tell of stays with its own headline
    before = [_u(["垃圾分类见实效"], Role.TITLE), _u(REPORT, Role.BODY), _u(["回收利用率再提高"], Role.TITLE)]
    groups = tiers_to_headless_texts([before, [_u(HEADLESS, Role.BODY)]])
    assert len(groups[0]) == 3 and all(u.block.role == Role.BODY for u in groups[1])
