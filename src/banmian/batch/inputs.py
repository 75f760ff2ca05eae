"""The inputs of a batch, streamed: folders, glob patterns and manifests, one path at a time.

Nothing here holds the list of inputs: a folder is walked one directory at a
time (each sorted, so the order is the same on every run), a glob pattern is
matched lazily, a manifest is read line by line. A 10-million-line manifest
therefore costs the driver no more memory than a 10-line one.

Paths may be fsspec URLs (``s3://bucket/2019/*.pdf``, ``memory://…``); those
are listed through fsspec, which does hold one listing in memory.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import UsageError
from .work import is_remote, local_path

GLOB_CHARS = frozenset("*?[")
#: Manifest lines starting with this are comments.
COMMENT = "#"


def iter_inputs(specs: Iterable[str], manifests: Iterable[str] = ()) -> Iterator[str]:
    """Every input named by ``specs`` (files, folders, glob patterns, ``@manifest``) and by
    ``manifests``, in order; a path that does not exist is still yielded (it fails with
    its reason, and the batch goes on)."""
    for spec in specs:
        if spec.startswith("@"):
            yield from iter_manifest(spec[1:])
        else:
            yield from _expand(spec)
    for manifest in manifests:
        yield from iter_manifest(manifest)


def iter_manifest(manifest: str) -> Iterator[str]:
    """The paths of a manifest, one a line (blank lines and ``#`` comments skipped). A relative
    path is taken relative to the manifest's folder, so a manifest moves with its pages."""
    base = Path(local_path(manifest)).parent
    try:
        handle = open(local_path(manifest), encoding="utf-8")  # noqa: SIM115  (closed below)
    except OSError as exc:
        raise UsageError(f"cannot read the manifest {manifest!r}: {exc.strerror or exc}") from None
    with handle:
        try:
            for line in handle:
                path = line.strip()
                if not path or path.startswith(COMMENT):
                    continue
                if is_remote(path) or path.startswith("file://") or os.path.isabs(path):
                    yield path
                else:
                    yield str(base / path)
        except UnicodeDecodeError as exc:
            raise UsageError(f"the manifest {manifest!r} is not UTF-8 text: {exc}") from None


def _expand(spec: str) -> Iterator[str]:
    if is_remote(spec):
        yield from _expand_remote(spec)
        return
    path = local_path(spec)
    if GLOB_CHARS & set(path):
        for found in glob.iglob(path, recursive=True):
            if os.path.isfile(found) and not os.path.basename(found).startswith("."):
                yield found
        return
    if os.path.isdir(path):
        yield from walk_files(path)
        return
    yield path


def walk_files(folder: str) -> Iterator[str]:
    """The files under ``folder``, recursively, one directory in memory at a time, in
    sorted order (hidden files and folders skipped)."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def _expand_remote(spec: str) -> Iterator[str]:
    try:
        import fsspec
    except ImportError:
        raise UsageError(f"{spec!r} is a URL: reading it needs fsspec (pip install 'banmian[parquet]')") from None
    fs, _, paths = fsspec.get_fs_token_paths(spec)
    if GLOB_CHARS & set(spec):
        found = sorted(paths)
    elif paths and fs.isdir(paths[0]):
        found = sorted(fs.find(paths[0]))
    else:
        yield spec  # one file, named as given (it fails with its reason when it is not there)
        return
    for path in found:
        yield path if "://" in path else fs.unstrip_protocol(path)


def count_inputs(specs: list[str], manifests: list[str]) -> int:
    """How many inputs there are (for the progress bar's ETA): a second streaming pass."""
    return sum(1 for _ in iter_inputs(specs, manifests))
