"""The batch driver's peak memory must not grow with the number of inputs.

Writes manifests of 2,000 and 20,000 lines naming distinct text pages (the
shipped sample page, each with its own numbered notice line, so each has its
own content hash; ``--missing-share`` of the lines name files that do not
exist, which fail with their reason), runs ``banmian batch --manifest`` on each
in a fresh process and reads the driver's peak RSS from its JSON report (the
driver alone: the workers are other processes). The growth from the small run
to the large one must stay under ``MAX_GROWTH_MB``::

    python -m bench.batch_memory                  # 2,000 and 20,000 lines
    python -m bench.batch_memory --lines 500 5000 # the CI sample
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

SAMPLE = Path(__file__).parents[1] / "src" / "banmian" / "samples" / "sample-page.txt"
#: How much more the driver may hold at the largest manifest than at the smallest.
MAX_GROWTH_MB = 100.0


def write_manifest(folder: Path, lines: int, missing_share: float) -> Path:
    """A manifest of ``lines`` inputs, every ``1/missing_share``-th one missing."""
    text = SAMPLE.read_text(encoding="utf-8")
    every = round(1 / missing_share) if missing_share else 0
    manifest = folder / f"inputs-{lines}.lst"
    with manifest.open("w", encoding="utf-8") as out:
        for i in range(lines):
            name = f"d{i // 1000:03d}/2024-05-{1 + i % 28:02d}-page-{1 + i % 20:02d}-{i}.txt"
            if every and i % every == every - 1:
                out.write(f"missing/{name}\n")
                continue
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text + f"\n\n本期共刊登便民信息{i + 1}条。\n", encoding="utf-8")
            out.write(f"{name}\n")
    return manifest


def run(lines: list[int], missing_share: float, workers: int) -> dict[str, Any]:
    figures: dict[str, Any] = {"runs": []}
    with tempfile.TemporaryDirectory(prefix="banmian-batchmem-") as tmp:
        for count in lines:
            folder = Path(tmp) / str(count)
            folder.mkdir()
            manifest = write_manifest(folder, count, missing_share)
            report_file = folder / "report.json"
            proc = subprocess.run([sys.executable, "-m", "banmian", "batch", "--manifest", str(manifest),
                                   "--out", str(folder / "ds"), "--paper", "江城日报", "--no-enrich",
                                   "--workers", str(workers), "--json-report", str(report_file)],
                                  capture_output=True, text=True)
            if proc.returncode not in (0, 1):
                raise SystemExit(f"banmian batch exited {proc.returncode}: {proc.stderr[-2000:]}")
            report = json.loads(report_file.read_text(encoding="utf-8"))
            figures["runs"].append({"lines": count, "inputs": report["inputs"], "pages": report["pages"],
                                    "failed": report["failed"], "seconds": report["seconds"],
                                    "pages_per_s": report["pages_per_second"],
                                    "driver_peak_rss_mb": report["driver_peak_rss_mb"]})
    peaks = [r["driver_peak_rss_mb"] for r in figures["runs"]]
    figures["growth_mb"] = round(peaks[-1] - peaks[0], 1)
    return figures


def problems(figures: dict[str, Any]) -> list[str]:
    out = []
    if figures["growth_mb"] > MAX_GROWTH_MB:
        out.append(f"the driver's peak memory grew by {figures['growth_mb']} MB (limit {MAX_GROWTH_MB})")
    for r in figures["runs"]:
        if r["inputs"] != r["lines"]:
            out.append(f"{r['lines']} lines but {r['inputs']} inputs done")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lines", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--missing-share", type=float, default=0.01, help="share of lines naming no file")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    figures = run(args.lines, args.missing_share, args.workers)
    figures["problems"] = problems(figures)
    print(json.dumps(figures, indent=2))
    return 1 if figures["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
