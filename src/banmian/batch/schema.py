"""The Arrow schemas of the dataset's three tables (pyarrow, from the 'parquet' extra).

Declared, not inferred: a part whose articles happen to name nobody must still
have ``people`` as a list of structs, or the parts of one dataset would not
read as one table. ``paper`` and ``year`` are the partition columns: in the
dataset they live in the folder names (``paper=人民日报/year=2019``), not in
the files; a single file (``banmian parse -f parquet``) holds them as columns.
"""

from __future__ import annotations

from typing import Any

from ..errors import UsageError

PARTITION_COLUMNS = ("paper", "year")


def pyarrow() -> Any:
    """The pyarrow module, or a UsageError that names the extra to install."""
    try:
        import pyarrow as pa
        import pyarrow.parquet  # noqa: F401  (the submodule the writers use)
    except ImportError as exc:
        raise UsageError(f"Parquet output needs the 'parquet' extra (pip install 'banmian[parquet]'): {exc}") from None
    return pa


def _block(pa: Any) -> Any:
    return pa.struct([("role", pa.string()), ("text", pa.string()), ("id", pa.string()), ("page", pa.int32()),
                      ("lines", pa.list_(pa.int32())), ("bbox", pa.list_(pa.float64()))])


def article_schema(with_partition: bool = False) -> Any:
    pa = pyarrow()
    strings = pa.list_(pa.string())
    fields = [
        ("key", pa.string()), ("source", pa.string()), ("date", pa.string()), ("page", pa.int32()),
        ("section", pa.string()), ("id", pa.string()),
        ("headline", pa.struct([("kicker", pa.string()), ("title", pa.string()), ("subtitle", pa.string())])),
        ("bylines", pa.list_(pa.struct([("role", pa.string()), ("name", pa.string())]))),
        ("dateline", pa.string()),
        ("paragraphs", strings),
        ("captions", pa.list_(pa.struct([("text", pa.string()), ("credit", pa.string())]))),
        ("continued_from", pa.int32()), ("continues_to", pa.int32()),
        ("bbox", pa.list_(pa.list_(pa.float64()))),
        ("people", pa.list_(pa.struct([("name", pa.string()), ("titles", strings)]))),
        ("places", pa.list_(pa.struct([("name", pa.string()), ("division", strings)]))),
        ("organizations", strings),
        ("dates", pa.list_(pa.struct([("text", pa.string()), ("start", pa.string()), ("end", pa.string()),
                                      ("part_of_day", pa.string())]))),
        ("event_date", pa.string()), ("event_type", pa.string()),
        ("blocks", pa.list_(_block(pa))),
        ("provenance", pa.struct([("kicker", strings), ("title", strings), ("subtitle", strings),
                                  ("bylines", pa.list_(strings)), ("dateline", strings),
                                  ("paragraphs", pa.list_(strings)), ("captions", pa.list_(strings))])),
    ]
    return pa.schema(fields + _partition_fields(pa, with_partition))


def page_schema(with_partition: bool = False) -> Any:
    pa = pyarrow()
    fields = [
        ("key", pa.string()), ("source", pa.string()), ("date", pa.string()), ("number", pa.int32()),
        ("section", pa.string()), ("page_source", pa.string()), ("size", pa.list_(pa.float64())),
        ("status", pa.string()), ("warnings", pa.list_(pa.string())), ("articles", pa.int32()),
        ("meta", pa.list_(pa.struct([("key", pa.string()), ("value", pa.string())]))),
        ("unassigned", pa.list_(_block(pa))),
    ]
    return pa.schema(fields + _partition_fields(pa, with_partition))


def failure_schema() -> Any:
    pa = pyarrow()
    return pa.schema([("source", pa.string()), ("key", pa.string()), ("error", pa.string())])


def _partition_fields(pa: Any, with_partition: bool) -> list[tuple[str, Any]]:
    return [("paper", pa.string()), ("year", pa.int32())] if with_partition else []


def to_table(rows: list[dict[str, Any]], schema: Any) -> Any:
    """Rows -> an Arrow table of ``schema`` (columns absent from the schema are left out)."""
    pa = pyarrow()
    names = schema.names
    return pa.Table.from_pylist([{n: r.get(n) for n in names} for r in rows], schema=schema)

