"""The pipeline: source -> blocks -> layout -> (enrichment) -> Edition.

``parse_text`` and ``parse`` raise on bad input; ``parse_many`` never does:
every input ends as a :class:`ParseResult` that is parsed, partial or failed.
"""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .errors import BanmianError, InputError, UsageError
from .isodate import check_date, date_from_parts
from .layout.printed_tiers import print_subtitles
from .layout.text_layout import build_text_page
from .model import Edition, Page
from .provenance import trace_edition
from .sources.glyphs import unify_ideographs
from .sources.text import MAX_TEXT_BYTES, check_chinese, decode, mebibytes, text_to_blocks

_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")
_PAGE_IN_NAME = re.compile(r"(?:page|p|版|第)[-_]?0*(\d{1,3})(?!\d)", re.IGNORECASE)

PDF_SUFFIXES = {".pdf"}
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp"}
#: how image files start, for page images saved without their suffix
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*", b"RIFF")


@dataclass(slots=True)
class ParseResult:
    """What became of one input in a batch: ``parsed``, ``partial`` or ``failed``."""

    source: str
    status: str
    edition: Edition | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status != "failed"


def _check_meta(date: str | None, page: int | None) -> None:
    if date is not None:
        check_date(date)
    if page is not None and (not isinstance(page, int) or page < 1):
        raise UsageError(f"page must be a positive whole number, got {page!r}")


#: objects made between two passes of the cyclic garbage collector while a page is parsed (50,000
#: -> 500,000 took about 2% off the 200,000-line page of tests/test_large_pages.py: a page's objects live
#: until it is done, and a parse's garbage is freed by reference counts, not by these passes)
_PARSE_COLLECTOR_THRESHOLD = 500_000


@contextmanager
def _collector_paced() -> Iterator[None]:
    """Run the cyclic garbage collector less often while a page is parsed.

    A parse makes a few containers a line (blocks, units, lists of lines) that
    all live until the page is done, so the collector's passes over them (every
    700 new objects by default) free nothing: on a long page they took a fifth
    of the time. The first threshold is raised for the parse, never lowered,
    and set back after it unless something else changed it meanwhile (an
    overlapping parse in another thread leaves it to the last one to end)."""
    before = gc.get_threshold()
    raised = (max(before[0], _PARSE_COLLECTOR_THRESHOLD), *before[1:])
    gc.set_threshold(*raised)
    try:
        yield
    finally:
        if gc.get_threshold() == raised:
            gc.set_threshold(*before)


def parse_text(text: str, *, paper: str | None = None, date: str | None = None,
               page: int | None = None, source: str | None = None, enrich: bool | None = None) -> Edition:
    """Parse the extracted text of one page into an :class:`Edition` of one page."""
    with _collector_paced():
        return _parse_text(text, paper=paper, date=date, page=page, source=source, enrich=enrich)


def _parse_text(text: str, *, paper: str | None, date: str | None, page: int | None, source: str | None,
                enrich: bool | None) -> Edition:
    _check_meta(date, page)
    if not text.strip():
        from .errors import EmptyInputError

        raise EmptyInputError("input holds no text")
    text = unify_ideographs(text)
    check_chinese(text)
    # (the blocks as cut from the text are held by no name here: those the layout replaces are freed as
    # it goes, not kept alive to the parse's end, where the cyclic collector walks all that lives)
    parsed: Page = build_text_page(text_to_blocks(text, page=page), number=page, source=source)
    edition = Edition(paper=paper or parsed_meta(parsed, "paper"), date=date or parsed_meta(parsed, "date"),
                      pages=[parsed])
    _assign_ids(edition)
    _enrich(edition, enrich)
    return edition


def parsed_meta(page: Page, key: str) -> str | None:
    """Edition metadata the page header revealed (set by layout), if any."""
    return page.meta.get(key)


def _assign_ids(edition: Edition) -> None:
    """Deterministic ids: date/page/sequence (``?`` where unknown); every
    block numbered and every field traced to its blocks (provenance);
    subtitles as printed (their opening ——)."""
    print_subtitles(edition)
    trace_edition(edition)
    for page in edition.pages:
        number = f"{page.number:02d}" if page.number is not None else "00"
        for seq, article in enumerate(page.articles, 1):
            article.id = f"{edition.date or 'undated'}/{number}/{seq}"


def _enrich(edition: Edition, requested: bool | None) -> None:
    """Run the enrichment stage: ``None`` (the default) runs it when the
    'enrich' extra is installed and warns once otherwise; ``True`` requires it
    (EnrichmentError naming the package); ``False`` skips it."""
    if requested is False:
        return
    from .enrich import enrich_edition, lac_available

    if requested is None and not lac_available():
        import warnings

        warnings.warn("enrichment skipped: the 'enrich' extra is not installed "
                      "(pip install 'banmian[enrich]' for people, places and dates)", stacklevel=4)
        return
    enrich_edition(edition)


def meta_from_path(path: Path) -> tuple[str | None, int | None]:
    """Date and page number from a file name like ``2020-01-15/page-03.txt``."""
    date = page = None
    text = str(path)
    found = _DATE_IN_NAME.findall(text)
    if found:
        date = date_from_parts(*found[-1])  # None for 2023-02-30: that names no day
    number = _PAGE_IN_NAME.search(path.stem)
    if number:
        page = int(number.group(1))
    return date, page


def read_text_file(path: Path, max_bytes: int = MAX_TEXT_BYTES) -> str:
    """Read and decode a text page, refusing oversize files before reading them."""
    size = path.stat().st_size
    if size > max_bytes:
        from .errors import InputTooLargeError

        raise InputTooLargeError(f"{path.name} is {mebibytes(size)}, more than the {mebibytes(max_bytes)} a page may have")
    return decode(path.read_bytes(), max_bytes)


def parse(path: str | os.PathLike[str], *, paper: str | None = None, date: str | None = None,
          page: int | None = None, enrich: bool | None = None) -> Edition:
    """Parse one file (a text page or a PDF) into an :class:`Edition`."""
    with _collector_paced():
        return _parse_file(path, paper=paper, date=date, page=page, enrich=enrich)


def _parse_file(path: str | os.PathLike[str], *, paper: str | None, date: str | None, page: int | None,
                enrich: bool | None) -> Edition:
    _check_meta(date, page)  # before any reading, for every kind of input
    p = Path(path)
    if not p.exists():
        raise UsageError(f"no such file: {str(p)!r}")
    if p.is_dir():
        raise UsageError(f"{str(p)!r} is a folder; use parse_many() for folders")
    name_date, name_page = meta_from_path(p)
    if p.suffix.lower() in PDF_SUFFIXES:
        edition = parse_pdf(p, paper=paper, date=date or name_date, page=page or name_page)
        _assign_ids(edition)
        _enrich(edition, enrich)
        return edition
    if p.suffix.lower() == ".xml":
        return parse_alto(p, paper=paper, date=date or name_date, page=page or name_page, enrich=enrich)
    if p.suffix.lower() in IMAGE_SUFFIXES or _looks_like_image(p):
        edition = parse_image(p, paper=paper, date=date or name_date, page=page or name_page)
        _assign_ids(edition)
        _enrich(edition, enrich)
        return edition
    text = read_text_file(p)
    return parse_text(text, paper=paper, date=date or name_date, page=page or name_page,
                      source=p.name, enrich=enrich)


def parse_alto(path: Path, *, paper: str | None = None, date: str | None = None,
               page: int | None = None, enrich: bool | None = None) -> Edition:
    """An ALTO page (ours or a library's): its lines go through the same layout
    as a PDF's (positions) or a text file's (no positions)."""
    from .layout.geometric import build_pdf_edition
    from .sources.alto import read_alto

    found = read_alto(path.read_bytes(), path.name)
    number = page or found.number
    source = found.source or path.name
    if found.content is None:
        return parse_text(found.text or "", paper=paper, date=date, page=number, source=source, enrich=enrich)
    edition = build_pdf_edition([found.content], source=source, paper=paper, date=date, first_page=number)
    _assign_ids(edition)
    _enrich(edition, enrich)
    return edition
def _looks_like_image(path: Path) -> bool:
    """An image saved without an image suffix (a file named .txt stays text: its bytes say binary)."""
    if path.suffix.lower() in (".txt", ".text"):
        return False
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except OSError:
        return False
    return head.startswith(_IMAGE_MAGIC) and (not head.startswith(b"RIFF") or head[8:12] == b"WEBP")


def _ocr_ready() -> None:
    """UsageError naming the 'ocr' extra when it is not installed."""
    from .sources.ocr import available, missing_extra_message

    if not available():
        raise UsageError(missing_extra_message())


def parse_image(path: Path, *, paper: str | None = None, date: str | None = None,
                page: int | None = None) -> Edition:
    """A page image (JPG, PNG, TIFF of any number of pages, WebP), read by OCR
    and laid out like a PDF page; boxes and page size in image pixels."""
    _check_meta(date, page)
    _ocr_ready()
    from .ocr_pages import parse_image_file

    return parse_image_file(path, paper=paper, date=date, page=page)


def parse_pdf(path: Path, *, paper: str | None = None, date: str | None = None,
              page: int | None = None) -> Edition:
    """A page PDF or a whole edition PDF: the PDF source reads its pages'
    geometry, the geometric layout builds the articles.

    ``page`` numbers the first page when the header does not say it.
    Raises :class:`PdfError` for files that hold no readable text at all."""
    _check_meta(date, page)
    try:
        from .sources.pdf import needs_ocr, read_pdf
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise UsageError(f"reading PDF files needs the 'pdf' extra (pip install 'banmian[pdf]'): {exc}") from None
    from .errors import PdfError
    from .layout.geometric import build_pdf_edition

    contents = list(read_pdf(path))
    name = path.name
    if any(needs_ocr(c) for c in contents):
        # (the OCR's modules are loaded for a page that needs them only: a tenth of a second)
        from .ocr_pages import ocr_pdf
        from .sources.ocr import available, missing_extra_message

        if available():
            return ocr_pdf(path, contents, paper=paper, date=date, first_page=page)
        if not any(c.lines for c in contents):
            raise PdfError(f"{name}: no text layer on any of its {len(contents)} page(s), only images "
                           f"(a scan?): {missing_extra_message()}")
    if not any(c.lines for c in contents):
        raise PdfError(f"{name}: no text on any of its {len(contents)} page(s)")
    return build_pdf_edition(contents, source=name, paper=paper, date=date, first_page=page)


def expand_inputs(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files as given; folders expanded recursively in sorted order."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith(".")))
        else:
            out.append(p)
    return out


def parse_many(paths: Iterable[str | os.PathLike[str]], *, paper: str | None = None, date: str | None = None,
               page: int | None = None, enrich: bool | None = None, workers: int = 1) -> Iterator[ParseResult]:
    """Parse every input; one :class:`ParseResult` per file, in input order, never
    an exception. ``workers`` > 1 parses in that many processes (each keeps its own
    OCR engine), which pays off for page images and scans."""
    files = expand_inputs(paths)
    if workers <= 1 or len(files) <= 1:
        for path in files:
            yield parse_one(path, paper=paper, date=date, page=page, enrich=enrich)
        return
    from functools import partial

    from .archive.workers import worker_pool

    job = partial(parse_one, paper=paper, date=date, page=page, enrich=enrich)
    with worker_pool(min(workers, len(files)), _share_cores, (workers,)) as pool:
        yield from pool.map(job, files)


def _share_cores(workers: int) -> None:
    """In a worker: OCR uses this worker's share of the cores, not all of them."""
    os.environ.setdefault("BANMIAN_OCR_THREADS", str(max(1, (os.cpu_count() or 1) // workers)))


def parse_one(path: str | os.PathLike[str], *, paper: str | None = None, date: str | None = None,
              page: int | None = None, enrich: bool | None = None) -> ParseResult:
    """Parse one file into a :class:`ParseResult` (parsed, partial or failed), never an
    exception: what every batch (``parse_many``, ``banmian batch``) does with each input."""
    try:
        edition = parse(path, paper=paper, date=date, page=page, enrich=enrich)
    except BanmianError as exc:
        return ParseResult(str(path), "failed", error=str(exc))
    except OSError as exc:
        return ParseResult(str(path), "failed", error=f"cannot read {str(path)!r}: {exc.strerror or exc}")
    except MemoryError:
        return ParseResult(str(path), "failed", error=f"{Path(path).name}: out of memory while parsing it")
    except Exception as exc:  # noqa: BLE001  a bug must not take the rest of the batch down
        return ParseResult(str(path), "failed", error=f"internal error, please report it: {type(exc).__name__}: {exc}")
    has_articles = any(p.articles for p in edition.pages)
    status = "parsed" if has_articles and all(p.status != "failed" for p in edition.pages) else "partial"
    warnings = [] if has_articles else ["no article found"]
    warnings += [w for p in edition.pages for w in p.warnings]
    return ParseResult(str(path), status, edition=edition, warnings=warnings)


__all__ = ["ParseResult", "parse", "parse_image", "parse_many", "parse_one", "parse_text", "InputError"]
