"""A headline's block that also holds the first piece of its byline.

poppler's plain ``pdftotext`` keeps lines set close under a headline in the
headline's block: the author's name alone (``矛盾纠纷 多元化解`` / ``苏浩红``)
or the byline's mark alone (``……（某某风采）`` / ``■``), its role and name
given in a block of their own or far away. Read with the headline, the name
or the mark becomes part of the title. A name alone on the last line of a
block of headline lines is cut off into a block of its own (a byline, as a
name alone under a headline is); a mark alone there goes to open the byline
block right after it, or is dropped (it says nothing without its names).
"""

from __future__ import annotations

from ..model import Block
from .headlines import starts_with_dash
from .reflow import ends_sentence
from .reporter_lines import reporter_line
from .roles import OTHER
from .rules import ROLES, parse_byline_line
from .stream_lines import BYLINE_MARKS
from .text_bylines import names_alone

#: lines of a headline's block (kicker, title wrapped, subtitle) at most, the name's line aside
_HEADLINE_LINES = 4
#: characters of a name alone on its line (a surname and a given name or two, padded or not)
_NAME_CHARS = (2, 4)


def _headline_lines(lines: list[str]) -> bool:
    """Lines that read as a headline's: no sentence ended, no full stop inside."""
    return all(line.strip() and not ends_sentence(line.strip()) and "。" not in line for line in lines)


def _name_alone(line: str) -> bool:
    bare = line.replace(" ", "").replace("\u3000", "")
    return _NAME_CHARS[0] <= len(bare) <= _NAME_CHARS[1] and names_alone([line]) is not None


def _opens_byline(block: Block) -> bool:
    first = block.lines[0].strip() if block.lines else ""
    return len(block.lines) <= 2 and first.startswith(ROLES)


def _signs(line: str) -> bool:
    """A byline's line: names alone, a reporter's role and name run together, or roles and names."""
    return _name_alone(line) or reporter_line(line) is not None or parse_byline_line(line.strip()) is not None


def split_names_off_headline_blocks(blocks: list[Block]) -> list[Block]:
    """Each headline block's last line that is a name alone or a byline's
    mark alone taken out of it (see the module's note)."""
    out: list[Block] = []
    for n, block in enumerate(blocks):
        lines = block.lines
        if block.role == OTHER and len(lines) == 2 and starts_with_dash(lines[1].lstrip()) and _signs(lines[0]):
            # 本报记者才扬 / ——习近平总书记…: a byline drawn over the dashed subtitle that opens its
            # headline, set close to it: a block of its own (a subtitle is signed, never headed, by names)
            start = block.line_start + 1 if block.line_start is not None else None
            out.extend([Block([lines[0]], OTHER, page=block.page, line_start=block.line_start, bbox=block.bbox,
                              font_size=block.font_size),
                        Block([lines[1]], OTHER, page=block.page, line_start=start, bbox=block.bbox,
                              font_size=block.font_size)])
            continue
        if block.role != OTHER or not 2 <= len(lines) <= _HEADLINE_LINES + 1 or not _headline_lines(lines[:-1]):
            out.append(block)
            continue
        last = lines[-1].strip()
        if len(last) == 1 and last in BYLINE_MARKS:  # the mark a byline opens with, alone
            del lines[-1]
            out.append(block)
            nxt = blocks[n + 1] if n + 1 < len(blocks) else None
            if nxt is not None and nxt.role == OTHER and _opens_byline(nxt):
                nxt.lines[0] = f"{last} {nxt.lines[0].strip()}"
            continue
        if _name_alone(last) and not _name_alone(lines[-2]):
            start = block.line_start + len(lines) - 1 if block.line_start is not None else None
            del lines[-1]
            out.extend([block, Block([last], OTHER, page=block.page, line_start=start, bbox=block.bbox,
                                     font_size=block.font_size)])
            continue
        out.append(block)
    return out


__all__ = ["split_names_off_headline_blocks"]
