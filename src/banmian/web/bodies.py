"""The body of ``POST /api/ingest`` checked against the banmian/1.x contract before use.

A body that reached :meth:`Edition.from_dict` unchecked could raise anything
(``"pages": [1]``, ``"pages": "abc"``, a page number of 1e23, JSON nested
100,000 deep) and the client got a 500 and a reset connection. Pydantic checks
it first, in its own parser with a depth limit, and every problem becomes a
4xx naming the field. The models follow :mod:`banmian.schema`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import InputError, UsageError
from ..model import Edition, Role
from ..schema_version import check_readable

#: The largest page number (第N版) the archive takes from a client, in a body or a URL.
MAX_PAGE_NUMBER = 9999
PageNumber = Annotated[int, Field(ge=1, le=MAX_PAGE_NUMBER)]
Text = Annotated[str, Field(max_length=100_000)]
Name = Annotated[str, Field(max_length=200)]
Coordinate = Annotated[float, Field(allow_inf_nan=False)]


class _Part(BaseModel):
    # fields a later minor version adds are ignored, not refused
    model_config = ConfigDict(extra="ignore")


class HeadlineBody(_Part):
    kicker: Text | None = None
    title: Text | None = None
    subtitle: Text | None = None


class BylineBody(_Part):
    role: Name | None = None
    name: Name


class CaptionBody(_Part):
    text: Text
    credit: Name | None = None


class PersonBody(_Part):
    name: Name
    titles: list[Name] = []


class PlaceBody(_Part):
    name: Name
    division: list[Name] = []


class DateBody(_Part):
    text: Name
    start: Name | None = None
    end: Name | None = None
    part_of_day: Name | None = None


class ArticleBody(_Part):
    id: Name
    headline: HeadlineBody = HeadlineBody()
    bylines: list[BylineBody] = []
    dateline: Text | None = None
    paragraphs: list[Text] = []
    captions: list[CaptionBody] = []
    continued_from: PageNumber | None = None
    continues_to: PageNumber | None = None
    bbox: list[Annotated[list[Coordinate], Field(min_length=4, max_length=4)]] = []
    people: list[PersonBody] = []
    places: list[PlaceBody] = []
    organizations: list[Name] = []
    dates: list[DateBody] = []
    event_date: Name | None = None
    event_type: Name | None = None


class BlockBody(_Part):
    role: Role
    text: Text


class PageBody(_Part):
    number: PageNumber | None = None
    section: Name | None = None
    source: Name | None = None
    articles: list[ArticleBody] = []
    unassigned: list[BlockBody] = []
    size: Annotated[list[Coordinate], Field(min_length=2, max_length=2)] | None = None
    meta: dict[Name, Text] = {}
    status: Literal["parsed", "failed"] = "parsed"
    warnings: list[Text] = []


class EditionHead(_Part):
    paper: Name | None = None
    date: Name | None = None


class EditionBody(_Part):
    """A whole edition in the banmian/1.x JSON contract (what ``banmian parse -f json`` writes)."""

    schema_: Name = Field(alias="schema")  # which versions are read: schema_version.check_readable
    edition: EditionHead = EditionHead()
    pages: Annotated[list[PageBody], Field(max_length=999)]


def edition_from_json(body: bytes) -> Edition:
    """The edition a JSON body holds, or :class:`UsageError` saying what is wrong where."""
    try:
        checked = EditionBody.model_validate_json(body)
    except ValidationError as exc:
        raise UsageError(f"body is not a banmian/1 edition: {_problems(exc)}") from None
    try:
        check_readable(checked.schema_)
    except InputError as exc:
        raise UsageError(str(exc)) from None
    return Edition.from_dict(checked.model_dump(by_alias=True, exclude_none=False))


def _problems(exc: ValidationError, shown: int = 3) -> str:
    """The first few problems, each with where it is and the value found (shortened)."""
    errors = exc.errors(include_url=False)
    parts = []
    for error in errors[:shown]:
        where = ".".join(str(p) for p in error.get("loc", ())) or "body"
        parts.append(f"{where}: {error.get('msg')} (got {_short(error.get('input'))})")
    more = f"; and {len(errors) - shown} more" if len(errors) > shown else ""
    return "; ".join(parts) + more


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "..."
