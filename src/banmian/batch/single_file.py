"""``banmian parse -f parquet -o FILE``: the dataset's articles table in one file, for small jobs.

The same schema as the dataset's ``articles`` table read with its partitions
(``paper`` and ``year`` are columns here, as there are no folders), so code
written against one reads the other.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from ..errors import OutputError
from ..model import Edition
from .rows import article_rows
from .schema import article_schema, pyarrow, to_table


def file_key(source: str) -> str | None:
    """The content hash of an input file (None for stdin or a file gone meanwhile)."""
    try:
        return hashlib.file_digest(open(source, "rb"), "sha256").hexdigest()  # noqa: SIM115
    except OSError:
        return None


def write_articles_file(editions: Iterable[Edition], path: str | os.PathLike[str],
                        sources: dict[int, tuple[str | None, str]]) -> int:
    """Write every article of ``editions`` to ``path``; ``sources`` maps ``id(page)`` to the
    (content key, input path) of the file the page came from. Returns the articles written."""
    rows = []
    for edition in editions:
        for page in edition.pages:
            key, source = sources.get(id(page), (None, page.source or ""))
            rows += article_rows(Edition(edition.paper, edition.date, [page]), key, source)  # type: ignore[arg-type]
    table = to_table(rows, article_schema(with_partition=True))
    target = Path(path)
    tmp = target.with_name("." + target.name + ".tmp")
    try:
        pyarrow().parquet.write_table(table, tmp, compression="zstd")
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot write {str(target)!r}: {exc.strerror or exc}") from None
    return len(rows)
