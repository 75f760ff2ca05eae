"""Text mode: a name alone under a headline ending in a verb of meeting
(会见, 会晤) is the one met, the tier's last word, only where the report near
names that person; a name the text never spells is the headline's author.
Invented text."""

from banmian.layout.text_headlines import meets_person
from tests.stream_page import stream_page


def test_meeting_verb_takes_a_name_the_text_spells() -> None:
    assert meets_person("江城市长会见", "周远山", "……市长会见了来访的周远山一行……")
    assert not meets_person("三方代表举行会晤", "何明华", "……三方代表在江城举行会晤……")
    assert meets_person("三方代表举行会晤", "何明华")  # (no text given: the line ends alone decide)


def test_an_authors_name_under_a_meeting_title_is_a_byline() -> None:
    page = stream_page("江城与友城代表举行会晤\n何明华").pages[0]
    first = page.articles[0]
    assert first.headline.title == "江城与友城代表举行会晤"
    assert [b.name for b in first.bylines] == ["何明华"]
