"""Exporters: they only read the model."""

from .formats import FORMATS, to_json, to_jsonl, to_markdown

__all__ = ["FORMATS", "to_json", "to_jsonl", "to_markdown"]
