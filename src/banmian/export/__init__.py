"""Exporters: they only read the model.

``FORMATS`` write one text (stdout or a file); ``FOLDER_FORMATS`` write several
files into a folder (ALTO: one per page; METS: one per edition with its ALTO
files; TEI: one per edition). The XML ones need the ``formats`` extra (lxml),
imported only when they run.
"""

from collections.abc import Callable

from ..model import Edition
from .formats import FORMATS, to_json, to_jsonl, to_markdown


def _folder(module: str, function: str) -> Callable[[list[Edition]], dict[str, bytes]]:
    def write(editions: list[Edition]) -> dict[str, bytes]:
        from importlib import import_module

        return getattr(import_module(f"{__name__}.{module}"), function)(list(editions))  # type: ignore[no-any-return]

    return write


FOLDER_FORMATS: dict[str, Callable[[list[Edition]], dict[str, bytes]]] = {
    "alto": _folder("alto", "to_alto_files"),
    "mets": _folder("mets", "to_mets_files"),
    "tei": _folder("tei", "to_tei_files"),
}
#: formats that cannot go to stdout: they are several files
FOLDER_ONLY = ("alto", "mets")

__all__ = ["FOLDER_FORMATS", "FOLDER_ONLY", "FORMATS", "to_json", "to_jsonl", "to_markdown"]
