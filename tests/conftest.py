"""Shared fixtures: the seed page of ../shared (skipped without it, failed in CI;
see tests/shared_data.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.shared_data import SEED, require_shared


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return require_shared(*SEED)
