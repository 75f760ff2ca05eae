"""A 主题 may close with ？ or ！: of two tiers read as title and subtitle, a
second that is a question of one clause (江城为何阴雨连绵？) is the title and the
first its kicker; a kicker sets the scene and a subtitle reports, in statements.
Invented text."""

from banmian.model import Headline
from banmian.layout.told_tiers import kicker_told_by_words


def test_question_under_a_statement_is_the_title() -> None:
    head = Headline(title="本月降水日数偏多，预计还将持续一周", subtitle="江城为何阴雨连绵？")
    kicker_told_by_words(head, False)
    assert (head.kicker, head.title, head.subtitle) == ("本月降水日数偏多，预计还将持续一周", "江城为何阴雨连绵？", None)
    head = Headline(title="江城为何阴雨连绵", subtitle="气象专家解读，降水偏多，日照偏少。")  # clauses: a statement
    kicker_told_by_words(head, False)
    assert (head.kicker, head.title) == (None, "江城为何阴雨连绵")
