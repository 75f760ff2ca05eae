"""Printed column lines broken as an extractor that starts a new line at
every span writes them (pdftotext -raw on e-paper PDFs, whose punctuation
sits in spans of its own): shared by the tests of rejoining fragments."""

from __future__ import annotations


def broken_at_marks(lines: list[str], before: str = "“", after: str = "，、；：”") -> list[str]:
    """Each line cut after every mark of ``after`` and before every mark of
    ``before`` (not at the line's start)."""
    out: list[str] = []
    for line in lines:
        piece = ""
        for ch in line:
            if ch in before and piece:
                out.append(piece)
                piece = ""
            piece += ch
            if ch in after:
                out.append(piece)
                piece = ""
        if piece:
            out.append(piece)
    return out
