"""CJK fonts the pages are set in: Debian font files that PyMuPDF embeds and subsets on save."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

# role -> (font file as Debian installs it, Debian package that provides it)
FONT_FILES: dict[str, tuple[str, str]] = {
    "song": ("/usr/share/fonts/truetype/arphic/uming.ttc", "fonts-arphic-uming"),  # 宋/明 body text
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", "fonts-arphic-ukai"),  # 楷 bylines, captions
    "hei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "fonts-wqy-zenhei"),  # 黑 headlines
    "mhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "fonts-wqy-microhei"),  # 细黑 labels
}
FALLBACK_ORDER = ("song", "hei", "mhei", "kai")


class MissingFontError(RuntimeError):
    """A font file is absent: the message names the Debian package to install."""


@dataclass
class Face:
    """One font: glyph ids and advances, cached because every character is looked up."""

    name: str
    path: str
    font: pymupdf.Font
    _glyphs: dict[str, tuple[int, float]] = field(default_factory=dict)

    def glyph(self, char: str) -> tuple[int, float]:
        """(glyph id, advance in em); glyph id 0 when the font lacks the character."""
        cached = self._glyphs.get(char)
        if cached is None:
            gid = self.font.has_glyph(ord(char))
            cached = (gid, self.font.glyph_advance(ord(char)) if gid else 0.0)
            self._glyphs[char] = cached
        return cached


class Faces:
    """The page fonts by role, with a fallback for characters a font lacks."""

    def __init__(self, faces: dict[str, Face]):
        self.by_name = faces

    def __getitem__(self, name: str) -> Face:
        return self.by_name[name]

    def face_for(self, name: str, char: str) -> Face:
        face = self.by_name[name]
        if face.glyph(char)[0] or char.isspace():
            return face
        for other in FALLBACK_ORDER:
            if self.by_name[other].glyph(char)[0]:
                return self.by_name[other]
        return face

    def width(self, text: str, name: str, size: float) -> float:
        total = 0.0
        for char in text:
            gid, advance = self.face_for(name, char).glyph(char)
            total += advance if gid else 0.5
        return total * size


_LOADED: Faces | None = None


def load_faces() -> Faces:
    """Open the four fonts once per process; fail naming the Debian package when one is absent."""
    global _LOADED
    if _LOADED is None:
        missing = [(path, package) for path, package in FONT_FILES.values() if not Path(path).exists()]
        if missing:
            names = " ".join(sorted({package for _, package in missing}))
            raise MissingFontError(
                f"bench.varied needs CJK fonts that are not installed: {', '.join(p for p, _ in missing)}; "
                f"install them with: apt-get install {names}"
            )
        _LOADED = Faces({name: Face(name, path, pymupdf.Font(fontfile=path)) for name, (path, _) in FONT_FILES.items()})
    return _LOADED
