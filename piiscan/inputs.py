"""Which files a job reads, the names findings give them, and where their copies go."""

from __future__ import annotations

import fnmatch
import glob
import os
from dataclasses import replace
from pathlib import Path, PurePosixPath

from .config import InputFormat
from .errors import UsageError
from .sources.base import InputFile, Problem, detect_format


def _matches(rel: str, patterns: tuple[str, ...]) -> bool:
    name = PurePosixPath(rel).name
    return any(fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(name, p) for p in patterns)


def _has_magic(arg: str) -> bool:
    return glob.has_magic(arg)


def collect_inputs(
    args: tuple[str, ...] | list[str],
    *,
    include: tuple[str, ...] = (),
    exclude: tuple[str, ...] = (),
    input_format: InputFormat = InputFormat.AUTO,
    skip_dirs: tuple[Path, ...] = (),
) -> tuple[list[InputFile], list[Problem]]:
    """Files named by ``args`` (files, folders searched recursively, or globs)."""
    files: list[InputFile] = []
    problems: list[Problem] = []
    skip = [d.resolve() for d in skip_dirs]
    for arg in args:
        expanded = sorted(glob.glob(arg, recursive=True)) if _has_magic(arg) else [arg]
        if not expanded:
            raise UsageError(f"{arg}: no file matches this pattern")
        for item in expanded:
            path = Path(item)
            if path.is_dir():
                for root, dirs, names in os.walk(path):
                    rootp = Path(root)
                    dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                                     and (rootp / d).resolve() not in skip)
                    for name in sorted(names):
                        if name.startswith("."):
                            continue
                        full = rootp / name
                        rel = full.relative_to(path).as_posix()
                        if include and not _matches(rel, include):
                            continue
                        if exclude and _matches(rel, exclude):
                            continue
                        source = (PurePosixPath(path.as_posix()) / rel).as_posix()
                        files.append(InputFile(full, source, rel))
            elif path.is_file():
                if exclude and _matches(path.as_posix(), exclude):
                    continue
                files.append(InputFile(path, item if not _has_magic(arg) else path.as_posix(), path.name))
            elif path.exists():
                problems.append(Problem(item, None, "not a regular file; skipped", kind="skipped"))
            else:
                raise UsageError(f"{item}: no such file or folder")
    typed: list[InputFile] = []
    for f in files:
        if input_format is not InputFormat.AUTO:
            typed.append(replace(f, format=input_format))
            continue
        try:
            fmt = detect_format(f.path)
        except (OSError, EOFError) as exc:
            why = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            problems.append(Problem(f.source, None, f"cannot be read ({why})", kind="unreadable"))
            continue
        if fmt is None:
            problems.append(Problem(f.source, None, "binary file; skipped", kind="skipped"))
            continue
        typed.append(replace(f, format=fmt))
    return typed, problems


def check_outputs(files: list[InputFile], args, out_dir: Path) -> dict[InputFile, Path]:
    """Where each copy goes; refuses collisions and writing into (or over) an input."""
    out = out_dir.resolve()
    for arg in args:
        for item in (glob.glob(arg, recursive=True) if _has_magic(arg) else [arg]):
            p = Path(item).resolve()
            if p.is_dir() and (out == p or p in out.parents):
                raise UsageError(
                    f"the output folder {out_dir} is inside the input folder {item}",
                    hint="choose an output folder outside every input (inputs are never overwritten)",
                )
    targets: dict[InputFile, Path] = {}
    seen: dict[Path, str] = {}
    inputs = {f.path.resolve() for f in files}
    for f in files:
        target = out_dir / f.relpath
        key = target.resolve()
        if key in seen:
            raise UsageError(
                f"two inputs would be written to {target}: {seen[key]} and {f.source}",
                hint="pass their parent folder instead, so the relative paths keep them apart",
            )
        if key in inputs:
            raise UsageError(f"{target} is an input; refusing to overwrite it",
                             hint="choose another output folder")
        seen[key] = f.source
        targets[f] = target
    return targets
