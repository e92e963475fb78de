"""Find and load recognizer definitions: Presidio YAML or Python, one family per file.

A new recognizer is its definition file plus its test; nothing else to edit:

* ``*.yaml``: Presidio's own recognizer format (a ``recognizers:`` list of
  ``PatternRecognizer`` dicts: name, supported_entity, patterns, context, deny_list).
* ``*.py``: modules defining ``EntityRecognizer`` subclasses (for validation logic:
  checksums, phone-number parsing). Every public class defined in the module whose
  constructor needs no arguments is instantiated; nothing registers itself on import.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import inspect
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError


@dataclass(frozen=True)
class LoadedRecognizer:
    recognizer: object  # presidio_analyzer.EntityRecognizer
    origin: str  # file it came from, relative to its recognizer folder

    @property
    def name(self) -> str:
        return self.recognizer.name

    @property
    def entities(self) -> list[str]:
        return list(self.recognizer.supported_entities)


def bundled_dir() -> Path:
    """recognizers/ at the repository top (source checkout) or inside the wheel."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "_data" / "recognizers", here.parent / "recognizers"):
        if candidate.is_dir():
            return candidate
    raise ConfigError("the bundled recognizers/ folder is missing from this installation")


def definition_files(dirs: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for d in dirs:
        d = Path(d)
        if not d.is_dir():
            raise ConfigError(f"recognizer folder {d} does not exist")
        files += sorted(
            p for p in d.iterdir() if p.suffix in (".yaml", ".yml", ".py") and not p.name.startswith("_")
        )
    return files


def recognizer_set_hash(files: Iterable[Path]) -> str:
    """Provenance: a hash over the definition files in use (names and contents)."""
    h = hashlib.sha256()
    for p in files:
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def load_recognizers(dirs: Iterable[Path]) -> list[LoadedRecognizer]:
    loaded: list[LoadedRecognizer] = []
    for path in definition_files(dirs):
        if path.suffix == ".py":
            loaded += _load_python(path)
        else:
            loaded += _load_yaml(path)
    origins: dict[str, list[str]] = {}
    for r in loaded:
        origins.setdefault(r.name, []).append(r.origin)
    dupes = {n: o for n, o in origins.items() if len(o) > 1}
    if dupes:
        detail = "; ".join(f"{n} in {', '.join(o)}" for n, o in sorted(dupes.items()))
        raise ConfigError(f"recognizer names must be unique; defined twice: {detail}")
    return loaded


def _load_yaml(path: Path) -> list[LoadedRecognizer]:
    import yaml
    from presidio_analyzer import PatternRecognizer

    try:
        # libyaml's loader where PyYAML was built with it: the pure-Python one is 30 ms
        # of every scan's start for the bundled definitions.
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 (a safe loader)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("recognizers"), list):
        raise ConfigError(f"{path}: expected a top-level 'recognizers:' list (Presidio format)")
    out = []
    for i, spec in enumerate(data["recognizers"]):
        if not isinstance(spec, dict):
            raise ConfigError(f"{path}: recognizers[{i}] must be a mapping")
        spec = {"supported_language": "en", **spec}
        for key in ("context", "deny_list", "patterns"):
            if key in spec and not isinstance(spec[key], list):
                raise ConfigError(f"{path}: recognizers[{i}].{key} must be a list, "
                                  f"got {type(spec[key]).__name__}")
        try:
            recognizer = PatternRecognizer.from_dict(spec)
        except (TypeError, ValueError, KeyError) as exc:
            raise ConfigError(f"{path}: recognizers[{i}] ({spec.get('name', '?')}): {exc}") from None
        out.append(LoadedRecognizer(recognizer, path.name))
    return out


_PACKAGE = "piiscan_recognizers"


def _module_name(path: Path) -> str:
    # Unique per file (two folders may both hold an email.py), stable across runs.
    digest = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:10]
    return f"{_PACKAGE}.{path.stem}_{digest}"


def _load_python(path: Path) -> list[LoadedRecognizer]:
    from presidio_analyzer import EntityRecognizer

    if _PACKAGE not in sys.modules:
        # A namespace for recognizer modules, so their classes pickle by reference.
        package = importlib.util.module_from_spec(importlib.machinery.ModuleSpec(_PACKAGE, None))
        package.__path__ = []
        sys.modules[_PACKAGE] = package
    module_name = _module_name(path)
    module = sys.modules.get(module_name)
    if module is None:
        spec = importlib.util.spec_from_file_location(module_name, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        try:
            spec.loader.exec_module(module)
        except Exception as exc:
            del sys.modules[module_name]
            raise ConfigError(f"{path}: failed to import ({type(exc).__name__}: {exc})") from None
    out = []
    for name, cls in inspect.getmembers(module, inspect.isclass):
        if (
            name.startswith("_")
            or cls.__module__ != module.__name__
            or not issubclass(cls, EntityRecognizer)
            or inspect.isabstract(cls)
        ):
            continue
        try:
            out.append(LoadedRecognizer(cls(), path.name))
        except Exception as exc:
            raise ConfigError(
                f"{path}: {name}() failed ({type(exc).__name__}: {exc})",
                hint="recognizer classes must be constructible without arguments; "
                "prefix helpers with '_'",
            ) from None
    if not out:
        raise ConfigError(f"{path}: defines no EntityRecognizer subclass")
    return out
