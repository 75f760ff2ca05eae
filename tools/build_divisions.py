"""Regenerate ``src/banmian/enrich/data/divisions.tsv`` from jionlp's gazetteer.

jionlp (Apache-2.0, https://github.com/dongrixinyu/JioNLP) ships
``dictionary/china_location.txt``: China's provinces, prefectures and counties
with their codes and short names (plus towns and villages, which we leave
out to keep the file small). This script keeps the three upper levels as one
line each: code, level, full name, short names, parent code.

Usage: pip install jionlp && python tools/build_divisions.py
"""

from __future__ import annotations

import sys
from importlib.util import find_spec
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/banmian/enrich/data/divisions.tsv"
HEADER = """# China's administrative divisions (province, prefecture, county) for banmian's place
# normaliser. Derived from jionlp's dictionary/china_location.txt
# (https://github.com/dongrixinyu/JioNLP, Apache License 2.0) by tools/build_divisions.py.
# columns: code, level (1 province, 2 prefecture, 3 county), full name, short names (/), parent code
"""


def main() -> int:
    spec = find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        print("jionlp is not installed: pip install jionlp", file=sys.stderr)
        return 1
    source = Path(list(spec.submodule_search_locations)[0]) / "dictionary" / "china_location.txt"
    rows: list[str] = []
    parents: list[str] = ["", "", ""]
    for line in source.read_text(encoding="utf-8").splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        fields = line.strip().split("\t")
        if depth > 2 or len(fields) != 3:
            continue
        name, code, alias = fields
        parent = parents[depth - 1] if depth else ""
        parents[depth] = code
        rows.append("\t".join([code, str(depth + 1), name, alias, parent]))
    OUT.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} divisions to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
