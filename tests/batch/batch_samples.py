"""Pages and helpers for the batch tests: distinct variants of the shipped sample page.

Each variant is the sample page with a numbered notice line at its end (all
text invented), so every file has its own content hash and yields articles.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any


def require_modules(*names: str, extra: str) -> None:
    """At a test module's top: skip the module when an extra is not installed, but fail in CI
    (BANMIAN_REQUIRE_SERVICES=1), where every test must run."""
    import importlib

    import pytest

    from tests.shared_data import services_required

    for name in names:
        try:
            importlib.import_module(name)
        except ImportError as exc:
            reason = f"these tests need the {extra!r} extra (pip install 'banmian[{extra}]'): {exc}"
            if services_required():
                raise RuntimeError(reason) from None
            pytest.skip(reason, allow_module_level=True)


SAMPLE = Path(__file__).parents[2] / "src" / "banmian" / "samples" / "sample-page.txt"
PAPER = "江城日报"


def write_pages(folder: Path, count: int) -> list[Path]:
    """``count`` distinct text pages as ``2024-05-DD/page-NN.txt``."""
    text = SAMPLE.read_text(encoding="utf-8")
    paths = []
    for i in range(count):
        day, number = 1 + i // 20, 1 + i % 20
        path = folder / f"2024-{1 + day // 28:02d}-{1 + day % 28:02d}" / f"page-{number:02d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + f"\n\n本期共刊登便民信息{i + 1}条。\n", encoding="utf-8")
        paths.append(path)
    return paths


def article_rows(dataset: Path) -> list[dict[str, Any]]:
    from banmian.batch.dataset import read_table

    return read_table(dataset, "articles").to_pylist()


def canonical(rows: list[dict[str, Any]]) -> list[str]:
    """The rows as sorted canonical JSON (what two runs must agree on)."""
    return sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rows)


def assert_no_article_twice(dataset: Path) -> None:
    rows = article_rows(dataset)
    twice = [k for k, n in Counter((r["key"], r["id"]) for r in rows).items() if n > 1]
    assert not twice, f"articles written twice: {twice[:5]}"
    pages = read_table_rows(dataset, "pages")
    twice = [k for k, n in Counter((r["key"], r["number"]) for r in pages).items() if n > 1]
    assert not twice, f"pages written twice: {twice[:5]}"


def read_table_rows(dataset: Path, table: str) -> list[dict[str, Any]]:
    from banmian.batch.dataset import read_table

    return read_table(dataset, table).to_pylist()


def ledger(dataset: Path) -> dict[str, str]:
    """source -> status, as committed."""
    with sqlite3.connect(f"file:{dataset / '_banmian' / 'ledger.sqlite'}?mode=ro", uri=True) as db:
        return dict(db.execute("SELECT source, status FROM inputs").fetchall())


def inputs_committed_before(dataset: Path, when: float) -> int:
    """Inputs the ledger records in parts committed before ``when`` (a ``time.time()``): what a run
    killed earlier had written, read back exactly once the next run has opened (and so recovered) the ledger."""
    with sqlite3.connect(f"file:{dataset / '_banmian' / 'ledger.sqlite'}?mode=ro", uri=True) as db:
        return int(db.execute("SELECT count(*) FROM inputs JOIN parts ON parts.id = inputs.part "
                              "WHERE parts.written_at < ?", (when,)).fetchone()[0])


def committed_inputs(dataset: Path) -> int:
    path = dataset / "_banmian" / "ledger.sqlite"
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as db:
            return int(db.execute("SELECT count(*) FROM inputs").fetchone()[0])
    except sqlite3.Error:
        return 0
