"""Title shapes of issue 11 worked on in session 22 (titles22): fronts of
titles the rules dropped. Names, places and sentences are invented; most
tests feed hand-made LAC tokens, so they do not depend on how the model
happens to cut a sentence."""

from __future__ import annotations

from banmian.enrich.titlecomplete import complete_title


def test_an_autonomous_region_title_is_written_out_with_the_region() -> None:
    """自治区发改委主任 in an article about 青川自治区 is that region's office,
    as 区委书记 is the article's district's; a district (not a region) as the
    article's 区 leaves the title as written."""
    anchors = {"区": "青川自治区"}
    assert complete_title("自治区发改委主任", anchors) == "青川自治区发改委主任"
    assert complete_title("自治区主席", anchors) == "青川自治区主席"
    assert complete_title("自治区主席", {"区": "松河区"}) == "自治区主席"
    assert complete_title("自治区主席", {}) == "自治区主席"
