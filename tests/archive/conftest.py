from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from banmian.archive.base import Archive
from tests.archive.archive_samples import BACKENDS, all_editions, open_test_archive


@pytest.fixture(params=BACKENDS)
def empty_archive(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Archive, str]]:
    """(archive, url) of an empty archive, once per backend."""
    with open_test_archive(request.param, tmp_path) as pair:
        yield pair


@pytest.fixture
def archive(empty_archive: tuple[Archive, str]) -> Archive:
    """An archive of each backend holding the three fictional editions."""
    arc = empty_archive[0]
    for edition in all_editions():
        arc.ingest(edition)
    return arc
