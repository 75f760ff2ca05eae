"""The version of the JSON contract, and which versions this reader accepts.

The ``schema`` field reads ``banmian/MAJOR.MINOR`` (``banmian/1`` is 1.0). A
minor version only adds fields, so any document of the same major can be read:
an older one lacks the new fields (they take their defaults), a newer one may
hold fields this reader does not know (they are ignored, with a warning). A
different major changed the meaning of a field and is refused.

To add fields: raise :data:`SCHEMA_MINOR` and say what came in :data:`MINOR_ADDITIONS`.
"""

from __future__ import annotations

import re
import warnings
from typing import Any, NamedTuple

from .errors import InputError

SCHEMA_NAME = "banmian"
SCHEMA_MAJOR = 1
SCHEMA_MINOR = 2
SCHEMA_ID = f"{SCHEMA_NAME}/{SCHEMA_MAJOR}.{SCHEMA_MINOR}"

#: minor version -> what it added to the contract (documentation and ``banmian schema``)
MINOR_ADDITIONS: dict[int, str] = {
    0: "the contract of banmian/1",
    1: "article blocks and provenance (the block ids of every field), blocks in unassigned with id, "
       "page, lines and bbox, page status (parsed or failed) and page warnings",
    2: "block font_size and line_bboxes (one box per line), page images (photo boxes)",
}

#: every ``schema`` value of the current major, for the JSON Schema
SCHEMA_ID_PATTERN = rf"^{SCHEMA_NAME}/{SCHEMA_MAJOR}(\.(0|[1-9][0-9]*))?$"

_VERSION = re.compile(rf"{SCHEMA_NAME}/(0|[1-9][0-9]*)(?:\.(0|[1-9][0-9]*))?")


class SchemaVersion(NamedTuple):
    major: int
    minor: int


def parse_schema_id(value: Any) -> SchemaVersion:
    """``banmian/1`` -> (1, 0), ``banmian/1.3`` -> (1, 3); InputError for anything else."""
    match = _VERSION.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise InputError(f"not a banmian document: schema is {value!r}, expected {SCHEMA_ID!r} "
                         f"or another {SCHEMA_NAME}/{SCHEMA_MAJOR}.x")
    return SchemaVersion(int(match.group(1)), int(match.group(2) or 0))


def check_readable(value: Any) -> SchemaVersion:
    """The version of a document this reader can load: any minor of the
    current major. A newer minor is read with a warning that its new fields are
    ignored; another major raises InputError quoting the value."""
    version = parse_schema_id(value)
    if version.major != SCHEMA_MAJOR:
        raise InputError(f"schema {value!r} is major version {version.major}; this banmian reads "
                         f"{SCHEMA_NAME}/{SCHEMA_MAJOR}.x only (it writes {SCHEMA_ID!r})")
    if version.minor > SCHEMA_MINOR:
        warnings.warn(f"schema {value!r} is newer than {SCHEMA_ID!r}: fields this banmian does not know "
                      "are ignored", stacklevel=3)
    return version


def describe() -> str:
    """One paragraph on the version and the reading rule (for the JSON Schema)."""
    added = "; ".join(f"{SCHEMA_MAJOR}.{minor}: {what}" for minor, what in sorted(MINOR_ADDITIONS.items()))
    return (f"{SCHEMA_ID}. Documents of any {SCHEMA_NAME}/{SCHEMA_MAJOR}.x can be read (a minor version "
            f"only adds fields; {SCHEMA_NAME}/{SCHEMA_MAJOR} is {SCHEMA_MAJOR}.0); another major is refused. "
            f"Added: {added}.")
