"""China's administrative divisions: a place name -> its province/prefecture/county path.

The data (``data/divisions.tsv``, 3,400 lines, 120 kB) is derived from jionlp's
gazetteer (Apache-2.0) by ``tools/build_divisions.py``; it ships in this
package so that places resolve without jionlp and its 170 MB of dependencies.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

@dataclass(frozen=True, slots=True)
class Division:
    """One province (level 1), prefecture (2) or county (3)."""

    code: str
    level: int
    name: str
    parent: str

    def path(self, gazetteer: Gazetteer) -> list[str]:
        """Names from the province down, without repeating a city-province (上海市 上海市)."""
        names: list[str] = []
        seen: set[str] = set()
        node: Division | None = self
        while node is not None and node.code not in seen:  # city-provinces reuse their code
            seen.add(node.code)
            if not names or names[0] != node.name:
                names.insert(0, node.name)
            node = gazetteer.by_code.get(node.parent) if node.parent else None
        return names


class Gazetteer:
    """Look-ups by full name (茂南区) and short name (茂南)."""

    def __init__(self, lines: list[str]) -> None:
        self.by_code: dict[str, Division] = {}
        self.by_name: dict[str, list[Division]] = {}
        for line in lines:
            if not line or line.startswith("#"):
                continue
            code, level, name, aliases, parent = line.split("\t")
            division = Division(code, int(level), name, parent)
            if division.level == 2 and code in self.by_code and self.by_code[code].name == name:
                self.by_code[code + "/city"] = division  # city-province: keep the province under its code
                continue
            self.by_code[code] = division
            for key in {name, *(a for a in aliases.split("/") if len(a) >= 2)}:
                self.by_name.setdefault(key, []).append(division)

    def candidates(self, name: str) -> list[Division]:
        """Every division this name may denote (several for 朝阳区, 鼓楼区 ...)."""
        return self.by_name.get(name, [])

    def longest_prefix(self, text: str) -> str | None:
        """The longest full division name that starts ``text`` (茂南区委书记 -> 茂南区)."""
        for end in range(min(len(text), 12), 1, -1):
            found = self.by_name.get(text[:end])
            if found and any(d.name == text[:end] for d in found):
                return text[:end]
        return None

    def resolve(self, name: str, context: list[Division] | None = None) -> Division | None:
        """The one division ``name`` denotes, using ``context`` (places already
        resolved in the article) to pick among namesakes; None when unsure."""
        found = self.candidates(name)
        if len(found) == 1:
            return found[0]
        if not found or not context:
            return None
        related = [d for d in found if any(self.related(d, c) for c in context)]
        return related[0] if len(related) == 1 else None

    def related(self, a: Division, b: Division) -> bool:
        """True when one division lies within the other or both share a parent."""
        chain_a = self._ancestors(a)
        chain_b = self._ancestors(b)
        return a.code in chain_b or b.code in chain_a or (a.parent != "" and a.parent == b.parent)

    def _ancestors(self, division: Division) -> set[str]:
        codes: set[str] = set()
        node = division
        while node.parent and node.parent not in codes:
            codes.add(node.parent)
            parent = self.by_code.get(node.parent)
            if parent is None:
                break
            node = parent
        return codes


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The shipped gazetteer, read once per process (about 20 ms)."""
    text = files("banmian.enrich").joinpath("data/divisions.tsv").read_text(encoding="utf-8")
    return Gazetteer(text.splitlines())
