"""The end of a name: a form of address LAC kept inside the name's word
(某某·某某女士/PER, or ·某某女士 read as a mark and joined to the name's
first part) stands apart, so the name is the same at every mention and the
word after it (是, 说) still reads as the clause's.

Kept apart from :mod:`.namerepair` (which joins and cuts names by the words
around them).
"""

from __future__ import annotations

from .lexer import Token

#: forms of address written right after a full name (维奥拉·某某女士, 王某某先生)
_ADDRESS_AFTER_NAME = ("女士", "先生")
#: a Han name without a dot keeps at least a surname and a given name before the form of address
_SHORTEST_NAME = 2


def address_apart(tokens: list[Token]) -> list[Token]:
    """A name's word that ends in 女士 or 先生 is the name and the form of
    address (维奥拉·莫尔肯廷女士 -> 维奥拉·莫尔肯廷 + 女士); a surname alone before
    it (王先生) is a form of address as a whole and is left to the rules that
    know it."""
    out: list[Token] = []
    for word, tag in tokens:
        address = next((a for a in _ADDRESS_AFTER_NAME if word.endswith(a)), "") if tag == "PER" else ""
        name = word[:-len(address)] if address else ""
        if address and len(name) >= _SHORTEST_NAME and name[-1] not in "·•・":
            out += [(name, "PER"), (address, "n")]
            continue
        out.append((word, tag))
    return out
