"""Model objects -> plain rows for the Parquet tables, and back.

The batch writer only reads the model: an article row is ``Article.to_dict()``
(every field of the JSON contract, people and places as nested lists) plus the
columns that say where it came from. Optional block keys that ``to_dict`` leaves
out become nulls here, and :func:`article_dict` drops them again, so a row
reads back as exactly the dict it was made from (the engines' outputs and the
archive loader rely on that). Nothing here imports pyarrow: rows are built in
worker processes and the schema lives in :mod:`banmian.batch.schema`.
"""

from __future__ import annotations

from typing import Any

from ..model import Edition, Page

#: Keys of a block dict that ``Block.to_dict`` writes only when set.
BLOCK_OPTIONAL = ("id", "page", "lines", "bbox")


def block_row(block: dict[str, Any]) -> dict[str, Any]:
    return {"role": block["role"], "text": block["text"], **{k: block.get(k) for k in BLOCK_OPTIONAL}}


def block_dict(row: dict[str, Any]) -> dict[str, Any]:
    """The block dict ``Block.to_dict`` gave (keys it left out are absent again)."""
    out: dict[str, Any] = {"role": row["role"], "text": row["text"]}
    for key in BLOCK_OPTIONAL:
        if row.get(key) is not None:
            out[key] = list(row[key]) if key in ("lines", "bbox") else row[key]
    return out


def year_of(date: str | None) -> int | None:
    """The partition year of an ISO date (None when the date is unknown)."""
    return int(date[:4]) if date and len(date) >= 4 and date[:4].isdigit() else None


def article_rows(edition: Edition, key: str, source: str) -> list[dict[str, Any]]:
    """One row per article: where it came from, then its contract fields."""
    rows = []
    for page in edition.pages:
        for article in page.articles:
            data = article.to_dict()
            data["blocks"] = [block_row(b) for b in data["blocks"]]
            rows.append({"key": key, "source": source, "paper": edition.paper, "date": edition.date,
                         "year": year_of(edition.date), "page": page.number, "section": page.section, **data})
    return rows


def page_rows(edition: Edition, key: str, source: str) -> list[dict[str, Any]]:
    """One row per page: its place in the edition, status and warnings, and what the archive
    needs to store it again (page header facts, the blocks no article took)."""
    return [page_row(edition, page, key, source) for page in edition.pages]


def page_row(edition: Edition, page: Page, key: str, source: str) -> dict[str, Any]:
    data = page.to_dict()
    return {"key": key, "source": source, "paper": edition.paper, "date": edition.date,
            "year": year_of(edition.date), "number": page.number, "section": page.section,
            "page_source": page.source, "size": data.get("size"), "status": page.status,
            "warnings": list(page.warnings), "articles": len(page.articles),
            "meta": [{"key": k, "value": str(v)} for k, v in sorted(page.meta.items())] or None,
            "unassigned": [block_row(b) for b in data["unassigned"]]}


#: Columns of an article row that are not fields of the contract.
ARTICLE_PLACE_COLUMNS = ("key", "source", "paper", "date", "year", "page", "section")


def article_dict(row: dict[str, Any]) -> dict[str, Any]:
    """``Article.to_dict()`` again, from a row read back from Parquet."""
    out = {k: v for k, v in row.items() if k not in ARTICLE_PLACE_COLUMNS}
    out["blocks"] = [block_dict(b) for b in out.get("blocks") or []]
    out["bbox"] = [list(b) for b in out.get("bbox") or []]
    return out
