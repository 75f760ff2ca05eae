"""Exceptions raised by banmian.

Every error banmian raises on purpose derives from :class:`BanmianError`, so a
caller can catch one type; messages quote the offending value::

    BanmianError
    ├── InputError               the input cannot be read as a newspaper page
    │   ├── EmptyInputError      nothing but white space
    │   ├── BinaryInputError     bytes that are not text (NUL bytes, images, ...)
    │   ├── EncodingError        bytes in no encoding we know (UTF-8, GB18030)
    │   ├── InputTooLargeError   larger than the configured limit
    │   ├── NotChineseError      text with (almost) no Chinese characters
    │   └── PdfError             damaged, encrypted or image-only PDF files
    ├── UsageError               a bad argument to the API or the CLI
    ├── OutputError              the output could not be written (a full disk, no permission)
    ├── EnrichmentError          the enrichment stage could not run
    └── ArchiveError             the archive could not be opened or written
        └── ArchiveBusyError     another writer was in the way (a deadlock): try again

In a batch (:func:`banmian.parse_many`) errors never escape: each input ends
as a :class:`banmian.ParseResult` with a status and a reason.
"""

from __future__ import annotations


class BanmianError(Exception):
    """Base class of every error raised by banmian."""


class InputError(BanmianError):
    """The input cannot be read as a newspaper page."""


class EmptyInputError(InputError):
    """The input holds no text at all."""


class BinaryInputError(InputError):
    """The input is binary data, not text."""


class EncodingError(InputError):
    """The bytes decode in none of the encodings banmian knows."""


class InputTooLargeError(InputError):
    """The input exceeds the size limit for one page."""


class NotChineseError(InputError):
    """The text is not Chinese, so it cannot be a Chinese newspaper page."""


class PdfError(InputError):
    """A PDF that cannot be parsed (damaged, encrypted, image only)."""


class UsageError(BanmianError):
    """A bad argument given to the library or the command line."""


class OutputError(BanmianError):
    """The output could not be written, though the inputs were parsed."""


class EnrichmentError(BanmianError):
    """The enrichment stage could not run (for example a missing extra)."""


class ArchiveError(BanmianError):
    """The archive could not be opened, read or written."""


class ArchiveBusyError(ArchiveError):
    """Another writer held what this one needed (a deadlock, a lock timeout); nothing
    was written, and the same work may succeed when tried again."""
