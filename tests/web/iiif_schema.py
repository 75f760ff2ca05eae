"""A JSON Schema of the part of IIIF Presentation 3 the reader's manifests use,
written here from the specification's MUST rules (https://iiif.io/api/presentation/3.0/):
ids are absolute URIs, labels are language maps, a Canvas has integer width and
height and AnnotationPages of Annotations, a painting body is an Image with an
ImageService3. The official validator's schema is not available offline and
iiif-prezi3 cannot be installed beside pdfplumber (it pins Pillow<=12.0)."""

from __future__ import annotations

from typing import Any

_URI = {"type": "string", "pattern": "^https?://[^\\s]+$"}
_LANG_MAP = {"type": "object", "minProperties": 1,
             "additionalProperties": {"type": "array", "minItems": 1, "items": {"type": "string"}}}


def _obj(props: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {"type": "object", "properties": props, "required": required}


_SERVICE = _obj({"id": _URI, "type": {"const": "ImageService3"},
                 "profile": {"enum": ["level0", "level1", "level2"]}}, ["id", "type", "profile"])
_IMAGE = _obj({"id": _URI, "type": {"const": "Image"}, "format": {"type": "string"},
               "width": {"type": "integer", "minimum": 1}, "height": {"type": "integer", "minimum": 1},
               "service": {"type": "array", "minItems": 1, "items": _SERVICE}}, ["id", "type", "format", "service"])
_TEXTUAL = _obj({"type": {"const": "TextualBody"}, "value": {"type": "string"}, "format": {"type": "string"}},
                ["type", "value"])
_TARGET = {"type": "string", "pattern": "^https?://[^\\s#]+(#xywh=\\d+,\\d+,\\d+,\\d+)?$"}
_PAINTING = _obj({"id": _URI, "type": {"const": "Annotation"}, "motivation": {"const": "painting"},
                  "body": _IMAGE, "target": _TARGET}, ["id", "type", "motivation", "body", "target"])
_ZONE = _obj({"id": _URI, "type": {"const": "Annotation"}, "motivation": {"type": "string"},
              "body": _TEXTUAL, "target": _TARGET}, ["id", "type", "motivation", "body", "target"])


def _page(item: dict[str, Any]) -> dict[str, Any]:
    return _obj({"id": _URI, "type": {"const": "AnnotationPage"}, "items": {"type": "array", "items": item}},
                ["id", "type", "items"])


_CANVAS = _obj({"id": _URI, "type": {"const": "Canvas"}, "label": _LANG_MAP,
                "width": {"type": "integer", "minimum": 1}, "height": {"type": "integer", "minimum": 1},
                "items": {"type": "array", "minItems": 1, "items": _page(_PAINTING)},
                "annotations": {"type": "array", "items": _page(_ZONE)}},
               ["id", "type", "width", "height", "items"])

MANIFEST_SCHEMA: dict[str, Any] = _obj({
    "@context": {"const": "http://iiif.io/api/presentation/3/context.json"},
    "id": _URI, "type": {"const": "Manifest"}, "label": _LANG_MAP,
    "metadata": {"type": "array", "items": _obj({"label": _LANG_MAP, "value": _LANG_MAP}, ["label", "value"])},
    "homepage": {"type": "array", "items": _obj({"id": _URI, "type": {"type": "string"}, "label": _LANG_MAP},
                                                 ["id", "type", "label"])},
    "behavior": {"type": "array", "items": {"type": "string"}},
    "items": {"type": "array", "minItems": 1, "items": _CANVAS},
}, ["@context", "id", "type", "label", "items"])

INFO_SCHEMA: dict[str, Any] = _obj({
    "@context": {"const": "http://iiif.io/api/image/3/context.json"}, "id": _URI, "type": {"const": "ImageService3"},
    "protocol": {"const": "http://iiif.io/api/image"}, "profile": {"enum": ["level0", "level1", "level2"]},
    "width": {"type": "integer", "minimum": 1}, "height": {"type": "integer", "minimum": 1},
    "tiles": {"type": "array", "items": _obj({"width": {"type": "integer"}, "scaleFactors": {
        "type": "array", "items": {"type": "integer"}}}, ["width", "scaleFactors"])},
}, ["@context", "id", "type", "protocol", "profile", "width", "height"])
