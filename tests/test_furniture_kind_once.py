"""A page that repeats its editors line and the lines near it far down (a
long page laid out of one repeated sample) weighs each line's furniture kind
once per text: the kind is a function of the text alone."""

from banmian.layout import stream_furniture


def _repeated_page(times: int) -> list[str]:
    block = ["春风吹过山岗，村里的新路修到了家门口。", "老人们坐在树下说起往年的日子。",
             "责任编辑：林晓", "秋收以后，合作社又添了两台新机器。"]
    return block * times


def test_each_text_weighed_once(monkeypatch):
    calls: list[str] = []
    real = stream_furniture._furniture_kind

    def counted(line: str):
        calls.append(line)
        return real(line)

    monkeypatch.setattr(stream_furniture, "_furniture_kind", counted)
    header, editors, meta = stream_furniture.find_furniture(_repeated_page(50))
    assert len(calls) == len(set(calls)) <= 4
    assert meta.get("editors") == "责任编辑：林晓"
    assert editors == {4 * k + 2 for k in range(50)}
    assert not header


def test_every_repeat_of_the_editors_line_is_found_on_a_short_page():
    header, editors, meta = stream_furniture.find_furniture(_repeated_page(3))
    assert editors == {2, 6, 10}
    assert meta.get("editors") == "责任编辑：林晓"
    assert not header
