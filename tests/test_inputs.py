"""Bad input gets a clear one-line error, never a traceback; good input in
every encoding we promise parses the same."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import banmian
from banmian.cli import main

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "banmian" / "samples" / "sample-page.txt"


@pytest.fixture()
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "banmian", *args], capture_output=True, text=True, timeout=120)


def _one_line_error(proc: subprocess.CompletedProcess[str], *words: str) -> None:
    assert "Traceback" not in proc.stderr
    lines = [x for x in proc.stderr.splitlines() if x.strip()]
    assert len(lines) == 1, proc.stderr
    for word in words:
        assert word in lines[0]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_encodings_parse_alike(tmp_path, sample_text, encoding):
    path = tmp_path / f"page-{encoding}.txt"
    path.write_bytes(sample_text.encode(encoding))
    got = banmian.parse(path, enrich=False).articles
    want = banmian.parse_text(sample_text, enrich=False).articles
    assert [a.paragraphs for a in got] == [a.paragraphs for a in want]
    assert len(got) == 3


def test_crlf_line_ends(tmp_path, sample_text):
    path = tmp_path / "crlf.txt"
    path.write_bytes(sample_text.replace("\n", "\r\n").encode("utf-8"))
    got = banmian.parse(path, enrich=False).articles
    assert [a.paragraphs for a in got] == [a.paragraphs for a in banmian.parse_text(sample_text).articles]


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(banmian.EmptyInputError, match="empty"):
        banmian.parse(path)
    _one_line_error(_run(["parse", str(path)]), "empty.txt", "empty")


def test_binary_file(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(banmian.BinaryInputError, match="binary"):
        banmian.parse(path)
    proc = _run(["parse", str(path)])
    assert proc.returncode == 1
    _one_line_error(proc, "photo.txt", "binary")


def test_hundred_megabyte_file(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(100 * 1024 * 1024)
    with pytest.raises(banmian.InputTooLargeError, match="is 100 MiB, more than the 20 MiB a page"):
        banmian.parse(path)
    proc = _run(["parse", str(path)])
    assert proc.returncode == 1
    _one_line_error(proc, "huge.txt", "100 MiB", "20 MiB")


def test_text_that_is_not_chinese(tmp_path):
    path = tmp_path / "english.txt"
    path.write_text("The quick brown fox jumps over the lazy dog.\n" * 20, encoding="utf-8")
    with pytest.raises(banmian.NotChineseError, match="not Chinese"):
        banmian.parse(path)
    _one_line_error(_run(["parse", str(path)]), "english.txt", "not Chinese")


def test_bytes_in_no_known_encoding(tmp_path):
    path = tmp_path / "garbled.txt"
    # valid in neither UTF-8 nor GB18030: 0x80 and 0xff are never lead bytes there
    path.write_bytes("本报讯".encode("utf-8") + b"\x80\xff\x80\xff abc \xff\xfe\x80")
    with pytest.raises(banmian.EncodingError, match="neither UTF-8 nor GB18030"):
        banmian.parse(path)
    _one_line_error(_run(["parse", str(path)]), "garbled.txt", "GB18030")


def test_folder_with_one_bad_file(tmp_path, sample_text, capsys):
    folder = tmp_path / "edition"
    folder.mkdir()
    (folder / "page-02.txt").write_text(sample_text, encoding="utf-8")
    (folder / "page-03.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / "page-04.txt").write_text(sample_text.replace("第2版", "第4版"), encoding="gb18030")
    results = list(banmian.parse_many([folder], enrich=False))
    assert [r.status for r in results] == ["parsed", "failed", "parsed"]
    assert "binary" in (results[1].error or "")
    code = main(["parse", "--no-enrich", "-f", "jsonl", str(folder)])
    out, err = capsys.readouterr()
    assert code == 1
    assert len(out.strip().splitlines()) == 6  # 3 articles from each good page
    assert err.count("\n") == 1 and "page-03.txt" in err and "binary" in err


def test_missing_path_is_named(tmp_path, capsys):
    code = main(["parse", str(tmp_path / "nope.txt")])
    assert code == 1
    assert "nope.txt" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["parse", "x.txt", "--date", "2024-13-01"])
    assert exc.value.code == 2
    assert "2024-13-01" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["parse", "x.txt", "--format", "xml"])
    assert exc.value.code == 2
    assert main([]) == 2


def test_api_rejects_bad_meta():
    with pytest.raises(banmian.UsageError, match="'15/01/2020'"):
        banmian.parse_text("本报讯 测试。", date="15/01/2020")


def test_letter_spaced_lines_get_their_text_back():
    # pdftotext and pdfminer write a space between every two characters of a justified line
    from banmian.sources.text import text_to_blocks
    blocks = text_to_blocks("江城新建三座公园 绿地更多\n今 年 江 城 计 划 在 城 东 新 建 三 座 公 园 ，总面积\n汪 涛\n")
    assert blocks[0].lines == ["江城新建三座公园 绿地更多", "今年江城计划在城东新建三座公园，总面积", "汪 涛"]


def test_a_letter_spaced_dateline_gets_its_digits_back_too():
    # pdftotext -raw spreads a dateline alone on its line: every glyph apart, the date's digits too
    from banmian.sources.text import text_to_blocks
    blocks = text_to_blocks("本 报 江 城 3 月 1 5 日 电\n2018年以来，江城新建三座公园。\n")
    assert blocks[0].lines == ["本报江城3月15日电", "2018年以来，江城新建三座公园。"]
