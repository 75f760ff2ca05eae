"""Argument types of the ``banmian`` command, shared by its subcommands.

Each refuses a bad value while the arguments are read, so the command exits
with status 2 and a message naming the flag before any work is done.
"""

from __future__ import annotations

import argparse

from .isodate import is_real_date


def iso_date(text: str) -> str:
    """A real date in YYYY-MM-DD form (``2023-02-30`` and ``2023/01/01`` are refused)."""
    if not is_real_date(text):
        raise argparse.ArgumentTypeError(f"not a real date in YYYY-MM-DD form: {text!r}")
    return text


def positive_int(text: str) -> int:
    """A whole number of 1 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {text!r}")
    return value


def port_number(text: str) -> int:
    """A TCP port, 1 to 65535."""
    value = positive_int(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"a port is 1 to 65535: {text!r}")
    return value


def one_line(message: object) -> str:
    """A message on one line (a database driver's errors span several)."""
    return "; ".join(part.strip() for part in str(message).splitlines() if part.strip())
