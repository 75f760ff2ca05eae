"""Role's members as plain module names, for the loops of the layout stages.

Layout compares block roles millions of times on a long page, and on CPython
3.11 every attribute read on an Enum class (``Role.TITLE``) goes through the
slot hook that ``EnumType.__getattr__`` installs: about eight times the cost of
reading a module global. Read once here, the members cost a global's read
(a tenth of a 200,000-line page's parse: tests/test_large_pages.py)."""

from ..model import Role

KICKER = Role.KICKER
TITLE = Role.TITLE
SUBTITLE = Role.SUBTITLE
BYLINE = Role.BYLINE
DATELINE = Role.DATELINE
BODY = Role.BODY
SUBHEADING = Role.SUBHEADING
CAPTION = Role.CAPTION
CREDIT = Role.CREDIT
CONTINUATION = Role.CONTINUATION
HEADER = Role.HEADER
FOOTER = Role.FOOTER
OTHER = Role.OTHER
