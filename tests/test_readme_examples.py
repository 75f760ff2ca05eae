"""The README's Python examples run as written, in a folder holding the files
they name (page-03.txt and pages/), made from the sample page that ships with banmian."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "banmian" / "samples" / "sample-page.txt"
EXAMPLES = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.DOTALL)


def test_the_readme_has_python_examples():
    assert EXAMPLES


@pytest.mark.parametrize("code", EXAMPLES, ids=[f"example-{n}" for n in range(1, len(EXAMPLES) + 1)])
def test_readme_example_runs_as_written(tmp_path, code):
    shutil.copy(SAMPLE, tmp_path / "page-03.txt")
    (tmp_path / "pages").mkdir()
    for n in (1, 2):
        shutil.copy(SAMPLE, tmp_path / "pages" / f"page-0{n}.txt")
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stdout.strip(), "the example prints what it parsed"
