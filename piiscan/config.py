"""Typed configuration: frozen dataclasses parsed from YAML; unknown keys are errors.

A pipeline file (``pipelines/*.yaml``) describes a whole job. The command line builds the
same objects, so a scan from the CLI and a pipeline run take one code path.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from .errors import ConfigError

ENTITY_TYPES = (
    "EMAIL_ADDRESS",
    "IP_ADDRESS",
    "PHONE_NUMBER",
    "SERIAL_NUMBER",
    "HARDWARE_ID",
    "HOSTNAME",
    "USERNAME",
    "PERSON",
    "LOCATION",
    "CREDIT_CARD",
)


class InputFormat(str, Enum):
    AUTO = "auto"
    TEXT = "text"  # one record per line; access logs are text with structure we parse
    JSONL = "jsonl"
    JSON = "json"  # a JSON array (or object) loaded whole, one record per element
    CSV = "csv"
    PARQUET = "parquet"


class NerMode(str, Enum):
    AUTO = "auto"  # on when a spaCy model is installed, for free-text fields only
    ON = "on"  # fail when no model is installed
    OFF = "off"


class Propagate(str, Enum):
    """Where a found value is also looked for (see piiscan.detect.known)."""

    RUN = "run"  # every input of the run: a first pass collects the found values
    BATCH = "batch"  # the records of the same batch (no first pass)
    OFF = "off"


class Operator(str, Enum):
    """What a found value becomes in a redacted copy (see piiscan.operators)."""

    PSEUDONYM = "pseudonym"  # keyed, deterministic, keeps the value's shape (default)
    IP_PREFIX = "ip-prefix"  # Crypto-PAn: prefix-preserving IP pseudonyms (default for IPs)
    ENCRYPT = "encrypt"  # AES-SIV token; `piiscan reveal` turns it back (key holders only)
    MASK = "mask"  # the masked preview (j***@e*****.com), or keep_first/keep_last characters
    GENERALIZE = "generalize"  # IP -> its network, e-mail -> its domain, phone -> country code
    REDACT = "redact"  # typed placeholder, no key material involved: <EMAIL_ADDRESS>
    DROP = "drop"  # removed: JSON member / CSV or Parquet column left out; cut out of text
    KEEP = "keep"  # found and reported, left in place


# Which entity types an operator can handle, where not all.
OPERATOR_TYPES = {
    Operator.IP_PREFIX: ("IP_ADDRESS",),
    Operator.GENERALIZE: ("IP_ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER"),
}


@dataclass(frozen=True)
class OperatorSpec:
    """An operator and its options. In YAML either ``TYPE: operator`` or a mapping::

        operators:
          IP_ADDRESS: {operator: ip-prefix, keep_private: true}
          EMAIL_ADDRESS: {operator: pseudonym, keep_domains: [example.com]}
          CREDIT_CARD: {operator: mask, keep_last: 4}
    """

    SHORTHAND: typing.ClassVar[str] = "operator"  # a bare string sets this key

    operator: Operator
    # ip-prefix / pseudonym of IPs: private, loopback, link-local and other
    # non-global addresses stay as they are (they identify no one outside the network)
    keep_private: bool = False
    # pseudonym of e-mails: addresses in these domains keep their domain
    # (u_3f9a1c2d@example.com): per-company analysis, no person named
    keep_domains: tuple[str, ...] = ()
    keep_first: int | None = None  # mask: characters kept at the start ...
    keep_last: int | None = None  # ... and at the end; the others become '*'
    ipv4_prefix: int = 24  # generalize: the network an IPv4 address becomes
    ipv6_prefix: int = 48  # ... and an IPv6 address


# Options that only one operator reads; set on another they are an error, not ignored.
_OPTION_OWNERS = {
    "keep_private": (Operator.IP_PREFIX, Operator.PSEUDONYM),
    "keep_domains": (Operator.PSEUDONYM,),
    "keep_first": (Operator.MASK,),
    "keep_last": (Operator.MASK,),
    "ipv4_prefix": (Operator.GENERALIZE,),
    "ipv6_prefix": (Operator.GENERALIZE,),
}


def default_operator(entity_type: str) -> OperatorSpec:
    return OperatorSpec(Operator.IP_PREFIX if entity_type == "IP_ADDRESS" else Operator.PSEUDONYM)


@dataclass(frozen=True)
class Detection:
    entities: tuple[str, ...] = ENTITY_TYPES
    # Findings below the threshold are dropped; per entity type overrides the default.
    threshold: float = 0.4
    thresholds: Mapping[str, float] = field(default_factory=dict)
    allow_list: tuple[str, ...] = ()  # exact values never reported (e.g. a support address)
    deny_lists: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # type -> words
    ner: NerMode = NerMode.AUTO
    spacy_model: str | None = None  # default: the first installed English model we know
    # Structured records: which fields to scan (key paths or column names); empty = all.
    fields: tuple[str, ...] = ()
    # Which fields hold free text for NER; empty = decided from the field name and value.
    ner_fields: tuple[str, ...] = ()
    default_region: str = "US"  # for phone numbers written without a country code
    recognizer_dirs: tuple[str, ...] = ()  # extra recognizer definitions, after the bundled ones
    # A value found in one record is also found where it recurs: in the whole run (a
    # first pass collects the values), in the same batch only, or not at all.
    propagate: Propagate = Propagate.RUN


@dataclass(frozen=True)
class StorePolicy:
    """A store is a path glob. ``pii_allowed: false`` = any finding violates policy."""

    path: str
    pii_allowed: bool = True
    allowed_entities: tuple[str, ...] | None = None  # when set: other types violate policy


@dataclass(frozen=True)
class Outputs:
    redacted: str | None = None  # folder for pseudonymized copies; none = scan only
    report: str | None = None  # folder for the findings report (default: <redacted>/_report)


@dataclass(frozen=True)
class Pipeline:
    name: str
    sources: tuple[str, ...]
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    input_format: InputFormat = InputFormat.AUTO
    encoding: str = "auto"  # a codec's name; "auto": UTF-8, or Windows-1252 for a file that is not UTF-8
    detection: Detection = field(default_factory=Detection)
    operators: Mapping[str, OperatorSpec] = field(default_factory=dict)  # type -> operator
    outputs: Outputs = field(default_factory=Outputs)
    key_file: str | None = None
    policy: tuple[StorePolicy, ...] = ()
    json_max_bytes: int = 256 * 1024 * 1024  # a JSON array is loaded whole; JSONL streams

    def __post_init__(self) -> None:
        if self.encoding != "auto":
            import codecs

            try:
                codecs.lookup(self.encoding)
            except LookupError:
                raise ConfigError(f"unknown encoding {self.encoding!r} (a codec's name, e.g. utf-8, "
                                  "cp1252, latin-1; or auto)") from None

    def fingerprint(self) -> str:
        """A hash of the effective configuration, written into the report's provenance."""
        blob = json.dumps(to_plain(self), sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:16]


def to_plain(obj: object) -> object:
    if dataclasses.is_dataclass(obj):
        return {f.name: to_plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, Mapping):
        return {k: to_plain(v) for k, v in obj.items()}
    if isinstance(obj, (tuple, list)):
        return [to_plain(v) for v in obj]
    return obj


# --- parsing ---------------------------------------------------------------------------


def load_pipeline(path: str | Path) -> Pipeline:
    import yaml

    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"pipeline file {path} does not exist") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise ConfigError(f"{where}: not valid YAML ({getattr(exc, 'problem', exc)})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: a pipeline is a mapping of keys (name, sources, ...)")
    data.setdefault("name", path.stem)
    pipeline = parse(Pipeline, data, origin=str(path))
    validate(pipeline, origin=str(path))
    return pipeline


def validate(pipeline: Pipeline, *, origin: str) -> None:
    """Checks across keys that the type system cannot express."""
    known = set(ENTITY_TYPES)
    if not pipeline.sources:
        raise ConfigError(f"{origin}: 'sources' lists no path", hint="add at least one path or glob")
    for where, names in (
        ("detection.entities", pipeline.detection.entities),
        ("operators", tuple(pipeline.operators)),
        ("detection.thresholds", tuple(pipeline.detection.thresholds)),
        ("detection.deny_lists", tuple(pipeline.detection.deny_lists)),
        *(
            (f"policy[{i}].allowed_entities", p.allowed_entities or ())
            for i, p in enumerate(pipeline.policy)
        ),
    ):
        for name in names:
            if name not in known and name != "default":
                raise ConfigError(
                    f"{origin}: {where}: unknown entity type {name!r}",
                    hint=f"known types: {', '.join(ENTITY_TYPES)}",
                )
    for entity, spec in pipeline.operators.items():
        validate_operator(entity, spec, origin=f"{origin}: operators.{entity}")
    for name, value in [("detection.threshold", pipeline.detection.threshold)] + [
        (f"detection.thresholds.{k}", v) for k, v in pipeline.detection.thresholds.items()
    ]:
        if not 0.0 <= value <= 1.0:
            raise ConfigError(f"{origin}: {name} must be between 0 and 1, got {value}")


def validate_operator(entity: str, spec: OperatorSpec, *, origin: str) -> None:
    """An operator must handle its entity type, and options must belong to it."""
    types_ = OPERATOR_TYPES.get(spec.operator)
    if types_ is not None and entity not in types_:
        raise ConfigError(f"{origin}: {spec.operator.value} does not apply to {entity}",
                          hint=f"{spec.operator.value} handles {', '.join(types_)}")
    defaults = OperatorSpec(spec.operator)
    for name, owners in _OPTION_OWNERS.items():
        if getattr(spec, name) != getattr(defaults, name) and spec.operator not in owners:
            raise ConfigError(f"{origin}: option {name!r} does not apply to {spec.operator.value}",
                              hint=f"{name} is an option of {', '.join(o.value for o in owners)}")
    for name in ("keep_first", "keep_last"):
        if (getattr(spec, name) or 0) < 0:
            raise ConfigError(f"{origin}: {name} must be 0 or more")
    if not 0 <= spec.ipv4_prefix <= 32 or not 0 <= spec.ipv6_prefix <= 128:
        raise ConfigError(f"{origin}: ipv4_prefix is 0-32 and ipv6_prefix 0-128 bits")


def parse(cls: type, data: object, *, origin: str, path: str = ""):
    """Build dataclass ``cls`` from plain YAML data, naming the offending key on error."""
    shorthand = getattr(cls, "SHORTHAND", None)
    if shorthand and isinstance(data, str):
        data = {shorthand: data}
    if not isinstance(data, dict):
        raise ConfigError(f"{origin}: {path or 'top level'} must be a mapping")
    hints = typing.get_type_hints(cls)
    fields_ = {f.name: f for f in dataclasses.fields(cls)}  # (ClassVars are no fields)
    unknown = sorted(set(data) - set(fields_))
    if unknown:
        where = f"{path}." if path else ""
        raise ConfigError(
            f"{origin}: unknown key {where}{unknown[0]!r}",
            hint=f"known keys here: {', '.join(sorted(fields_))}",
        )
    kwargs = {}
    for name, f in fields_.items():
        key_path = f"{path}.{name}" if path else name
        if name in data:
            kwargs[name] = _convert(hints[name], data[name], origin=origin, path=key_path)
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise ConfigError(f"{origin}: missing required key {key_path!r}")
    return cls(**kwargs)


def _convert(tp, value, *, origin: str, path: str):
    origin_tp = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin_tp in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _convert(inner, value, origin=origin, path=path)
    if dataclasses.is_dataclass(tp):
        return parse(tp, value, origin=origin, path=path)
    if isinstance(tp, type) and issubclass(tp, Enum):
        if isinstance(value, bool):  # YAML 1.1 reads a bare on/off as a boolean
            value = "on" if value else "off"
        try:
            return tp(value)
        except ValueError:
            choices = ", ".join(m.value for m in tp)
            raise ConfigError(f"{origin}: {path}: {value!r} is not one of: {choices}") from None
    if origin_tp is tuple:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise ConfigError(f"{origin}: {path} must be a list")
        return tuple(
            _convert(args[0], v, origin=origin, path=f"{path}[{i}]") for i, v in enumerate(value)
        )
    if origin_tp in (Mapping, dict, typing.Mapping):
        if not isinstance(value, dict):
            raise ConfigError(f"{origin}: {path} must be a mapping")
        # A plain dict (not a read-only proxy): plans are pickled to worker processes.
        return {
            str(k): _convert(args[1], v, origin=origin, path=f"{path}.{k}")
            for k, v in value.items()
        }
    if tp is float and isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if tp in (str, int, bool) and type(value) is tp:
        return value
    raise ConfigError(f"{origin}: {path} must be a {getattr(tp, '__name__', tp)}, got {value!r}")
