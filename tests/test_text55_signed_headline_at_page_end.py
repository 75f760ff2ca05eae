"""Text mode: the headline run that ends a page's content and shares no
wording with the text before it is read as a column's logo drawn last; but
where authors' names stand right before it (……。 / 林晓川 / 周文静 / 致敬 /
城市里的点灯人, a page drawing each headline after its text) it is a headline
signed by them, never a logo. Invented text."""

from banmian.layout.roles import BODY, BYLINE, OTHER, TITLE
from banmian.layout.text_labels import mark_labels_at_the_ends
from banmian.layout.text_units import Unit
from banmian.model import Block, Byline

_FIRST = ["开春以来，湖畔新村的村民们忙着整修田埂、", "清理沟渠，为春耕做好准备。"]
_SECOND = ["傍晚时分，老城区的社区书屋里灯火通明，", "几位退休教师正在给孩子们辅导功课。"]


def _units(names: bool) -> list[Unit]:
    units = [Unit(Block(list(_FIRST), BODY)), Unit(Block(["湖畔新村修起机耕路"], TITLE)),
             Unit(Block(list(_SECOND), BODY))]
    if names:
        units.append(Unit(Block(["林晓川", "周文静"], BYLINE), bylines=[Byline(None, "林晓川"), Byline(None, "周文静")]))
    return units + [Unit(Block(["致敬"], TITLE)), Unit(Block(["城市里的点灯人"], TITLE))]


def test_a_headline_signed_right_before_it_ends_the_page_as_a_headline() -> None:
    units = _units(names=True)
    mark_labels_at_the_ends(units)
    assert [u.block.role for u in units[-2:]] == [TITLE, TITLE]


def test_an_unsigned_run_sharing_no_words_ends_the_page_as_a_label() -> None:
    units = _units(names=False)
    mark_labels_at_the_ends(units)
    assert [u.block.role for u in units[-2:]] == [OTHER, OTHER]
