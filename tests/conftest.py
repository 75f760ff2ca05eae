"""Shared fixtures: where ../shared is, and skipping cleanly without it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    return Path(os.environ.get("BANMIAN_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def seed_path() -> Path:
    path = shared_dir() / "seed" / "maonan-page.txt"
    if not path.exists():
        pytest.skip(f"the shared seed page is absent ({path}); it ships beside the repository, not in it")
    return path
