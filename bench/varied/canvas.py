"""A page's content stream written directly: fast, and CJK justification through Tc.

PyMuPDF's insert_text costs milliseconds a call and has no character spacing;
writing PDF operators ourselves (glyph ids for the fonts PyMuPDF embedded)
is a hundred times faster and lets every line be justified to its column.
"""

from __future__ import annotations

import unicodedata

import pymupdf

from bench.varied.fonts import Faces


class Canvas:
    """Collects drawing operators in top-down page coordinates (y grows downwards)."""

    def __init__(self, width: float, height: float, faces: Faces):
        self.width, self.height, self.faces = width, height, faces
        self.ops: list[str] = []
        self.images: list[tuple[pymupdf.Rect, pymupdf.Pixmap]] = []
        self.chars: set[str] = set()

    def text(self, x: float, baseline: float, text: str, font: str, size: float, *,
             spacing: float = 0.0, bold: bool = False, white: bool = False) -> float:
        """Draw one line starting at x; returns its width (with spacing)."""
        self.chars.update(text)
        ops = ["BT", "1 g 1 G" if white else "0 g 0 G"]
        ops.append(f"2 Tr {size * 0.035:.2f} w" if bold else "0 Tr")
        ops.append(f"{spacing:.3f} Tc")
        cursor = x
        run_face, run_hex, run_start = None, [], x
        for char in text:
            face = self.faces.face_for(font, char)
            gid, advance = face.glyph(char)
            if not gid:
                cursor += size * 0.5 + spacing
                continue
            if face is not run_face:
                self._flush(ops, run_face, run_hex, run_start, baseline, size)
                run_face, run_hex, run_start = face, [], cursor
            run_hex.append(f"{gid:04x}")
            cursor += advance * size + spacing
        self._flush(ops, run_face, run_hex, run_start, baseline, size)
        ops.append("ET")
        self.ops.append("\n".join(ops))
        return cursor - x

    def _flush(self, ops, face, hexes, x, baseline, size) -> None:
        if face is None or not hexes:
            return
        ops.append(f"/{face.name} {size:.2f} Tf 1 0 0 1 {x:.2f} {self.height - baseline:.2f} Tm <{''.join(hexes)}> Tj")

    def vertical_text(self, center_x: float, top: float, text: str, font: str, size: float,
                      step: float, *, bold: bool = False) -> float:
        """Characters stacked top to bottom (竖排); returns the height used."""
        y = top
        for char in text:
            if char.isspace():
                y += step * 0.5
                continue
            width = self.faces.width(char, font, size)
            self.text(center_x - width / 2, y + size * 0.88, char, font, size, bold=bold)
            y += step
        return y - top

    def line(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.6, gray: float = 0.0) -> None:
        h = self.height
        self.ops.append(f"q {gray:.2f} G {width:.2f} w {x0:.2f} {h - y0:.2f} m {x1:.2f} {h - y1:.2f} l S Q")

    def rect(self, x0: float, y0: float, x1: float, y1: float, *, width: float = 0.6,
             fill_gray: float | None = None, stroke: bool = True) -> None:
        h = self.height
        path = f"{x0:.2f} {h - y1:.2f} {x1 - x0:.2f} {y1 - y0:.2f} re"
        if fill_gray is not None:
            paint = "B" if stroke else "f"
            self.ops.append(f"q {fill_gray:.2f} g 0 G {width:.2f} w {path} {paint} Q")
        else:
            self.ops.append(f"q 0 G {width:.2f} w {path} S Q")

    def image(self, rect: pymupdf.Rect, pixmap: pymupdf.Pixmap) -> None:
        self.images.append((rect, pixmap))

    def write(self) -> pymupdf.Document:
        """Make the one-page PDF from the font template: the stream, the page size, the images."""
        doc = pymupdf.open("pdf", _font_template(self.faces))
        missing = {char for char in self.chars - _TEMPLATE_CHARS if not char.isspace()}
        if missing:
            raise RuntimeError(f"characters printed but absent from the font template: {''.join(sorted(missing))}")
        page = doc[0]
        page.set_mediabox(pymupdf.Rect(0, 0, self.width, self.height))
        stream = ("q\n" + "\n".join(self.ops) + "\nQ\n").encode("latin-1")
        for name in self.faces.by_name:
            if f"/{name} " not in stream.decode("latin-1"):
                doc.xref_set_key(page.xref, f"Resources/Font/{name}", "null")
        xref = doc.get_new_xref()
        doc.update_object(xref, "<<>>")
        doc.update_stream(xref, stream)
        doc.xref_set_key(page.xref, "Contents", f"{xref} 0 R")
        for rect, pixmap in self.images:
            page.insert_image(rect, pixmap=pixmap)
        return doc


_TEMPLATE: bytes | None = None
_TEMPLATE_CHARS: set[str] = set(chr(code) for code in range(32, 127))


def add_template_chars(text: str) -> None:
    """Characters the pages may print; call before the first page is written."""
    _TEMPLATE_CHARS.update(text)


def _font_template(faces: Faces) -> bytes:
    """A one-page PDF holding the four fonts cut down to the printable characters, made once per process.

    Embedding a whole CJK font costs a third of a second and subsetting it
    another; the template's fonts keep only the corpus's characters (glyph ids
    unchanged), so each page opens a copy and subsets a font of a few thousand glyphs.
    """
    global _TEMPLATE
    if _TEMPLATE is None:
        canvas = Canvas(1000, 1000, faces)
        text = "".join(sorted(ch for ch in _TEMPLATE_CHARS if not ch.isspace()))
        for name in faces.by_name:
            for start in range(0, len(text), 200):
                canvas.text(0, 1 + start / 200, text[start:start + 200], name, 1)
        doc = pymupdf.open()
        doc.new_page(width=1000, height=1000)
        page = doc[0]
        for face in faces.by_name.values():
            page.insert_font(fontname=face.name, fontfile=face.path)
        stream = ("\n".join(canvas.ops)).encode("latin-1")
        xref = doc.get_new_xref()
        doc.update_object(xref, "<<>>")
        doc.update_stream(xref, stream)
        doc.xref_set_key(page.xref, "Contents", f"{xref} 0 R")
        doc.subset_fonts()
        for face in faces.by_name.values():
            font_xref = int(doc.xref_get_key(page.xref, f"Resources/Font/{face.name}")[1].split()[0])
            cmap_xref = int(doc.xref_get_key(font_xref, "ToUnicode")[1].split()[0])
            doc.update_stream(cmap_xref, _to_unicode(face, text + " ").encode("ascii"))
        _TEMPLATE = doc.tobytes(garbage=3, deflate=True)
    return _TEMPLATE


def _to_unicode(face, text: str) -> str:
    """A ToUnicode CMap for exactly the characters printed.

    The fonts' own tables send glyphs shared with CJK compatibility ideographs
    (年, 力 ...) to U+F98E and the like, which would not match the answers;
    each glyph here maps to the unified character the page meant.
    """
    chosen: dict[int, str] = {}
    for char in text:
        gid = face.glyph(char)[0]
        if gid and (gid not in chosen or unicodedata.normalize("NFC", chosen[gid]) != chosen[gid]):
            chosen[gid] = char
    entries = [f"<{gid:04x}> <{char.encode('utf-16-be').hex()}>" for gid, char in sorted(chosen.items())]
    blocks = []
    for start in range(0, len(entries), 100):
        chunk = entries[start:start + 100]
        blocks.append(f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar")
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo <</Registry(Adobe)/Ordering(UCS)/Supplement 0>> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" + "\n".join(blocks) +
            "\nendcmap\nCMapName currentdict /CIDInit /ProcSet findresource /defineresource pop\nend\nend\n")
