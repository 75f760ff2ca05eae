"""Title shapes of issue 11 worked on in session 22 (titles22): fronts of
titles the rules dropped. Names, places and sentences are invented; the
tests feed hand-made LAC tokens, so they do not depend on how the model
happens to cut a sentence."""

from __future__ import annotations



def test_a_unit_named_with_a_verb_keeps_its_front() -> None:
    """，侦察情报营营长某某 (侦察/v + 情报 + 营 + 营长): the head repeats the
    unit's character, so the clause before it names the unit, the verb LAC
    read at its front too; a verb right before a bare head stays out."""
    from banmian.enrich.titles import titles_before

    tokens = [("，", "w"), ("巡护", "v"), ("勘察", "n"), ("队", "n"), ("队长", "n"), ("柯文明", "PER"), ("说", "v")]
    assert titles_before(tokens, 5) == ["巡护勘察队队长"]
    tokens = [("，", "w"), ("看望", "v"), ("队长", "n"), ("柯文明", "PER"), ("。", "w")]
    assert titles_before(tokens, 3) == ["队长"]
