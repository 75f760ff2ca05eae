"""Without ../shared a user's run skips the data tests; a CI run fails them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.shared_data import CORPUS, REALDEV, SEED, require_shared

ROOT = Path(__file__).resolve().parents[1]
#: one test file per kind of shared data, each reached through tests/shared_data.py
DATA_TESTS = ["tests/test_seed_page.py", "tests/test_benchmark_text.py", "tests/test_realdev.py",
              "tests/archive/test_archive_bench_small.py"]


@pytest.mark.parametrize("parts", [CORPUS, SEED, REALDEV])
def test_missing_data_skips_for_a_user(parts: tuple[str, ...], tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BANMIAN_SHARED", str(tmp_path))
    monkeypatch.delenv("BANMIAN_REQUIRE_SERVICES", raising=False)
    with pytest.raises(pytest.skip.Exception, match=f"{parts[0]}.* is absent"):
        require_shared(*parts)


@pytest.mark.parametrize("parts", [CORPUS, SEED, REALDEV])
def test_missing_data_fails_in_ci(parts: tuple[str, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BANMIAN_SHARED", str(tmp_path))
    monkeypatch.setenv("BANMIAN_REQUIRE_SERVICES", "1")
    with pytest.raises(pytest.fail.Exception, match="BANMIAN_REQUIRE_SERVICES=1: CI must run this test"):
        require_shared(*parts)


def test_present_data_is_returned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "seed").mkdir()
    (tmp_path / "seed" / "maonan-page.txt").write_text("x", encoding="utf-8")
    monkeypatch.setenv("BANMIAN_SHARED", str(tmp_path))
    monkeypatch.setenv("BANMIAN_REQUIRE_SERVICES", "1")
    assert require_shared(*SEED) == tmp_path / "seed" / "maonan-page.txt"


def _run_data_tests(tmp_path: Path, required: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "BANMIAN_REQUIRE_SERVICES"}
    env["BANMIAN_SHARED"] = str(tmp_path / "no-shared-here")
    if required:
        env["BANMIAN_REQUIRE_SERVICES"] = "1"
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rfEs", *DATA_TESTS],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_a_ci_run_without_shared_fails(tmp_path: Path) -> None:
    done = _run_data_tests(tmp_path, required=True)
    assert done.returncode == 1, done.stdout[-2000:]
    assert " skipped" not in done.stdout.splitlines()[-1]
    failures = [line for line in done.stdout.splitlines() if line.startswith(("FAILED", "ERROR"))]
    for name in ("test_seed_page.py", "test_benchmark_text.py", "test_realdev.py", "test_archive_bench_small.py"):
        assert any(name in line for line in failures), name
    assert "is absent" in done.stdout and "CI must run this test" in done.stdout


def test_a_user_run_without_shared_skips(tmp_path: Path) -> None:
    done = _run_data_tests(tmp_path, required=False)
    assert done.returncode == 0, done.stdout[-2000:]
    assert "failed" not in done.stdout and "error" not in done.stdout.splitlines()[-1]
    assert "is absent" in done.stdout
