"""Issue 12's bad images, each through the Python API and the CLI in a fresh
process, with that process's peak memory (its maximum resident set size).

    python -m bench.ocr_bad_images [--keep DIR]

The images are drawn here: a truncated JPG (a drawn page's first third), a
1x1 pixel PNG, a 20,000x20,000 pixel PNG, a photograph with no text (smooth
colour ramps and noise) and an empty white page. Each must end in a clear
one-line error or an empty result with a warning, never a traceback, in under
2 GB. Exit status 1 when any does not.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

MEMORY_LIMIT_MB = 2048

#: the API run: parse, then print the status line the report reads
API = ("import sys, banmian\n"
       "try:\n"
       "    ed = banmian.parse(sys.argv[1], enrich=False)\n"
       "except banmian.BanmianError as exc:\n"
       "    print('error:', exc); sys.exit(1)\n"
       "arts = sum(len(p.articles) for p in ed.pages)\n"
       "warns = [w for p in ed.pages for w in (p.warnings or [])]\n"
       "print(f'articles {arts}; warnings: {warns[:2]}')\n")


def draw(folder: Path) -> dict[str, Path]:
    """The five bad images, by name."""
    import numpy as np
    from PIL import Image, ImageDraw

    out: dict[str, Path] = {}
    page = Image.new("RGB", (1400, 1800), "white")
    pen = ImageDraw.Draw(page)
    for row in range(40):  # rows of blocks standing in for text: only the bytes matter
        for col in range(30):
            pen.rectangle([60 + col * 42, 80 + row * 42, 92 + col * 42, 112 + row * 42], fill="black")
    whole = folder / "whole.jpg"
    page.save(whole, quality=80)
    data = whole.read_bytes()
    out["truncated JPG"] = folder / "truncated.jpg"
    out["truncated JPG"].write_bytes(data[: len(data) // 3])
    out["1x1 pixel"] = folder / "dot.png"
    Image.new("RGB", (1, 1), "white").save(out["1x1 pixel"])
    out["20000x20000 pixels"] = folder / "huge.png"
    Image.new("1", (20_000, 20_000), 1).save(out["20000x20000 pixels"])
    rng = np.random.default_rng(3)
    y, x = np.mgrid[0:1500, 0:2000]
    photo = np.stack([(x / 7) % 256, (y / 5) % 256, (x + y) / 11 % 256], axis=-1) + rng.normal(0, 18, (1500, 2000, 3))
    out["photo, no text"] = folder / "photo.jpg"
    Image.fromarray(np.clip(photo, 0, 255).astype(np.uint8)).save(out["photo, no text"], quality=85)
    out["empty white page"] = folder / "white.png"
    Image.new("RGB", (1654, 2339), "white").save(out["empty white page"])  # A4 at 200 dpi
    return out


def run(command: list[str]) -> tuple[int, str, bool, float]:
    """(exit status, the first line of its output, a traceback seen, peak MB)
    of ``command`` in a fresh process (GNU time's %M, else getrusage)."""
    timed = Path("/usr/bin/time").exists()
    full = ["/usr/bin/time", "-f", "MAXRSS %M"] + command if timed else command
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run(full, capture_output=True, text=True)
    err = proc.stderr.splitlines()
    peak = [int(l.split()[1]) for l in err if l.startswith("MAXRSS ")]
    kb = peak[-1] if peak else max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    said = [l for l in err if not l.startswith(("MAXRSS ", "Command exited"))] + proc.stdout.splitlines()[:1]
    first = next((l for l in said if l.strip()), "")
    traceback = "Traceback" in proc.stderr or "Traceback" in proc.stdout
    return proc.returncode, first[:150], traceback, kb / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ocr_bad_images", description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="draw the images in this folder")
    args = parser.parse_args(argv)
    bad = 0
    with tempfile.TemporaryDirectory(prefix="banmian-bad-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        print("| image | via | exit | says | traceback | peak MB |\n|---|---|---|---|---|---|")
        for label, path in draw(folder).items():
            for via, command in (("API", [sys.executable, "-c", API, str(path)]),
                                 ("CLI", [sys.executable, "-m", "banmian", "parse", str(path), "--no-enrich"])):
                code, said, traceback, mb = run(command)
                bad += traceback or mb >= MEMORY_LIMIT_MB or not said
                print(f"| {label} | {via} | {code} | {said.replace('|', '/')} | {'YES' if traceback else 'no'} "
                      f"| {mb:.0f} |", flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
