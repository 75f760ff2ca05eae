"""The JSON Schema of the ``banmian/1.x`` contract (what ``to_dict`` writes; the
version rule is in schema_version.py)."""

from __future__ import annotations

from typing import Any

from .model import Role
from .schema_version import SCHEMA_ID, SCHEMA_ID_PATTERN, describe

_STR_OR_NULL = {"type": ["string", "null"]}
_INT_OR_NULL = {"type": ["integer", "null"]}
_BBOX = {"type": "array", "items": {"type": "number"}, "minItems": 4, "maxItems": 4}


def _obj(props: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    return {"type": "object", "properties": props, "required": required or list(props)}


_IDS = {"type": "array", "items": {"type": "string"}}
_BLOCK = {
    "type": "object",
    "description": "a run of source lines: its id (unique in the edition), role, text, page, "
                   "bbox (PDF points, origin top left) or 1-based line range in a text source",
    "properties": {"id": {"type": "string"}, "role": {"enum": [str(r) for r in Role]}, "text": {"type": "string"},
                   "page": _INT_OR_NULL, "bbox": _BBOX,
                   "font_size": {"type": "number", "description": "points (since 1.2)"},
                   "line_bboxes": {"type": "array", "items": _BBOX,
                                   "description": "one box per line of text, PDF points (since 1.2)"},
                   "lines": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2}},
    "required": ["role", "text"],
}
_PROVENANCE = _obj({
    "kicker": _IDS, "title": _IDS, "subtitle": _IDS, "dateline": _IDS,
    "bylines": {"type": "array", "items": _IDS, "description": "block ids per byline, in order"},
    "paragraphs": {"type": "array", "items": _IDS, "description": "block ids per paragraph, in order"},
    "captions": {"type": "array", "items": _IDS, "description": "block ids per caption, in order"},
})


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of one parsed edition."""
    article = _obj({
        "id": {"type": "string", "description": "date/page/sequence, e.g. 2020-01-15/03/1"},
        "headline": _obj({"kicker": _STR_OR_NULL, "title": _STR_OR_NULL, "subtitle": _STR_OR_NULL}),
        "bylines": {"type": "array", "items": _obj({"role": _STR_OR_NULL, "name": {"type": "string"}})},
        "dateline": _STR_OR_NULL,
        "paragraphs": {"type": "array", "items": {"type": "string"}},
        "captions": {"type": "array", "items": _obj({"text": {"type": "string"}, "credit": _STR_OR_NULL})},
        "continued_from": _INT_OR_NULL,
        "continues_to": _INT_OR_NULL,
        "bbox": {"type": "array", "items": _BBOX, "description": "rectangles on the page, PDF points"},
        "people": {"type": "array", "items": _obj({"name": {"type": "string"},
                                                   "titles": {"type": "array", "items": {"type": "string"}}})},
        "places": {"type": "array", "items": _obj({"name": {"type": "string"},
                                                   "division": {"type": "array", "items": {"type": "string"}}})},
        "organizations": {"type": "array", "items": {"type": "string"}},
        "dates": {"type": "array", "items": _obj({"text": {"type": "string"}, "start": _STR_OR_NULL,
                                                  "end": _STR_OR_NULL, "part_of_day": _STR_OR_NULL})},
        "event_date": _STR_OR_NULL,
        "event_type": _STR_OR_NULL,
        "blocks": {"type": "array", "items": _BLOCK, "description": "the article's source blocks (provenance)"},
        "provenance": _PROVENANCE,
    })
    article["required"] = [k for k in article["required"] if k not in ("blocks", "provenance")]
    page = _obj({
        "number": _INT_OR_NULL,
        "section": _STR_OR_NULL,
        "source": _STR_OR_NULL,
        "articles": {"type": "array", "items": article},
        "unassigned": {"type": "array", "items": _BLOCK},
        "size": {"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2},
        "meta": {"type": "object", "additionalProperties": {"type": "string"}},
        "images": {"type": "array", "items": _BBOX, "description": "photo boxes, PDF points (since 1.2)"},
        "status": {"enum": ["parsed", "failed"],
                   "description": "failed: layout gave up on the page and its text is missing (since 1.1)"},
        "warnings": {"type": "array", "items": {"type": "string"},
                     "description": "problems met on the page: no text layer, layout failed ... (since 1.1)"},
    }, required=["number", "section", "source", "articles", "unassigned"])
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "banmian parsed edition",
        "description": describe(),
        **_obj({
            "schema": {"type": "string", "pattern": SCHEMA_ID_PATTERN,
                       "description": f"this banmian writes {SCHEMA_ID!r} and reads any minor of its major"},
            "edition": _obj({"paper": _STR_OR_NULL, "date": _STR_OR_NULL}),
            "pages": {"type": "array", "items": page},
        }),
    }
