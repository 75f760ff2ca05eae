"""A headline line's wrapped tail that looks like an author's name (a surname
and one or two characters) is the tier's tail where the tier's form says so:
the second of two phrases a space apart comes short of the first by just as
many characters (…春水 / 向东流), or the tail ends in an event's verb (…在滨
/ 江开幕), which no given name is. Invented text, as a line stream gives it."""

from tests.stream_page import stream_page


def _titles(headline: str) -> list[tuple[str | None, list[str]]]:
    edition = stream_page(headline)
    return [(a.headline.title, [b.name for b in a.bylines]) for page in edition.pages for a in page.articles]


def test_tail_completing_the_second_phrase_is_no_author() -> None:
    titles = _titles("古镇焕新颜 春水\n向东流")
    assert titles and titles[0][0].replace(" ", "") == "古镇焕新颜春水向东流"
    assert "向东流" not in titles[0][1]


def test_tail_ending_in_an_event_verb_is_no_author() -> None:
    titles = _titles("江城风筝节在滨\n江开幕")
    assert titles and titles[0][0] == "江城风筝节在滨江开幕"
    assert titles[0][1] == []
