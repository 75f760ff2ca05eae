"""The one way tests reach ../shared (the corpus, the seed page, realdev).

A user's fresh clone has no ../shared, so its tests skip with the reason. In CI
(``BANMIAN_REQUIRE_SERVICES=1``) a skip would hide every floor behind a green
run, so there a missing file fails the test instead.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench.run import shared_dir

REQUIRE_ENV = "BANMIAN_REQUIRE_SERVICES"

CORPUS = ("corpora", "rmrb-2019-02.jsonl.gz")
SEED = ("seed", "maonan-page.txt")
REALDEV = ("realdev",)

__all__ = ["CORPUS", "REALDEV", "SEED", "require_shared", "services_required", "shared_dir", "skip_or_fail"]


def services_required() -> bool:
    """In CI (.ci/run sets it) a missing service or data set is a failure, not a skip."""
    return os.environ.get(REQUIRE_ENV) == "1"


def skip_or_fail(reason: str) -> None:
    """Skip the test, or fail it where services are required."""
    if services_required():
        pytest.fail(f"{reason} ({REQUIRE_ENV}=1: CI must run this test)")
    pytest.skip(reason)


def require_shared(*parts: str) -> Path:
    """The path ``../shared/<parts>`` (or under ``$BANMIAN_SHARED``); skips the
    test when it is absent, fails it where services are required."""
    path = shared_dir().joinpath(*parts)
    if not path.exists():
        skip_or_fail(f"{'/'.join(parts)} is absent ({path}): the shared data ships beside the repository "
                     "in ../shared, not in it; set BANMIAN_SHARED to its folder")
    return path
