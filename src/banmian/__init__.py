"""banmian (版面): Chinese newspaper pages -> structured articles -> archive.

The public API is what this module exports; everything else is private::

    import banmian
    edition = banmian.parse_text(open("page.txt", encoding="utf-8").read())
    for article in edition.articles:
        print(article.headline.title, article.paragraphs[:1])
"""

from .errors import (
    ArchiveBusyError,
    ArchiveError,
    BanmianError,
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    EnrichmentError,
    InputError,
    InputTooLargeError,
    NotChineseError,
    OutputError,
    PdfError,
    UsageError,
)
from .model import (
    SCHEMA_ID,
    Article,
    Block,
    Byline,
    Caption,
    DateMention,
    Edition,
    Headline,
    Page,
    Person,
    Place,
    Role,
)
from .pipeline import ParseResult, parse, parse_many, parse_text

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_ID", "Article", "Block", "Byline", "Caption", "DateMention", "Edition", "Headline", "Page",
    "Person", "Place", "Role", "ParseResult", "parse", "parse_many", "parse_text",
    "ArchiveBusyError", "ArchiveError", "BanmianError", "BinaryInputError", "EmptyInputError", "EncodingError",
    "EnrichmentError", "InputError", "InputTooLargeError", "NotChineseError", "OutputError", "PdfError", "UsageError",
    "__version__",
]
