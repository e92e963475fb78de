"""Options shared by several commands (one definition, many decorators)."""

from __future__ import annotations

import functools

import click

from ..config import ENTITY_TYPES, InputFormat, NerMode, Operator, OperatorSpec, Propagate


def input_options(fn):
    @click.option("--include", multiple=True, metavar="GLOB",
                  help="Only files whose relative path or name matches (repeatable).")
    @click.option("--exclude", multiple=True, metavar="GLOB",
                  help="Skip files whose relative path or name matches (repeatable).")
    @click.option("--input-format", type=click.Choice([f.value for f in InputFormat]), default="auto",
                  show_default=True, help="Input format; auto = from extension and content.")
    @click.option("--encoding", default="auto", show_default=True,
                  help="Text encoding of inputs. auto: UTF-8, or Windows-1252 for a file that is not UTF-8.")
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)

    return wrapper


def detection_options(fn):
    @click.option("--entities", metavar="TYPE,...", help=f"Entity types to find (default: all of {', '.join(ENTITY_TYPES)}).")
    @click.option("--ner", type=click.Choice([m.value for m in NerMode]), default="auto", show_default=True,
                  help="spaCy NER for PERSON/LOCATION in free text; auto = when a model is installed.")
    @click.option("--model", "spacy_model", metavar="NAME", help="spaCy model (default: best installed English model).")
    @click.option("--threshold", type=click.FloatRange(0, 1), help="Minimum score of a finding.")
    @click.option("--fields", metavar="NAME,...", help="Structured inputs: only these fields/columns.")
    @click.option("--allow", "allow_list", multiple=True, metavar="VALUE", help="A value never reported (repeatable).")
    @click.option("--region", "default_region", default="US", show_default=True,
                  help="Region for phone numbers written without a country code.")
    @click.option("--propagate", type=click.Choice([m.value for m in Propagate]), default="run",
                  show_default=True,
                  help="Where a found value is also hidden: every input (a first pass collects "
                  "found values), the same batch of records, or nowhere else.")
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)

    return wrapper


def jobs_option(fn):
    return click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
                        help="Worker processes [default: all cores; one for small inputs].")(fn)


def output_format_option(fn):
    return click.option("--format", "output_format", type=click.Choice(["auto", "table", "json"]),
                        default="auto", show_default=True,
                        help="How to print the summary: a table on a terminal, JSON when piped.")(fn)


def build_detection(entities, ner, spacy_model, threshold, fields, allow_list, default_region,
                    propagate="run"):
    from ..config import Detection

    kwargs = {}
    if entities:
        kwargs["entities"] = tuple(e.strip().upper() for e in entities.split(",") if e.strip())
    if threshold is not None:
        kwargs["threshold"] = threshold
    if fields:
        kwargs["fields"] = tuple(f.strip() for f in fields.split(",") if f.strip())
    return Detection(ner=NerMode(ner), spacy_model=spacy_model, allow_list=tuple(allow_list),
                     default_region=default_region, propagate=Propagate(propagate), **kwargs)


OPERATOR_HELP = ("Operator for an entity type, TYPE=OP[:OPTION=VALUE,...]: pseudonym (default), "
                 "ip-prefix (default for IP_ADDRESS), encrypt, mask, generalize, redact, drop, keep; "
                 "e.g. CREDIT_CARD=mask:keep_last=4, IP_ADDRESS=ip-prefix:keep_private=true, "
                 "EMAIL_ADDRESS=pseudonym:keep_domains=example.com+example.org. Repeatable.")


def parse_operators(values: tuple[str, ...]) -> dict[str, OperatorSpec]:
    """``TYPE=OP[:OPTION=VALUE,...]`` items into specs; list values are joined with '+'."""
    import dataclasses

    import yaml

    from ..config import parse
    from ..errors import ConfigError

    list_options = {f.name for f in dataclasses.fields(OperatorSpec) if "tuple" in str(f.type)}
    out = {}
    for item in values:
        entity, sep, rest = item.partition("=")
        if not sep:
            raise click.BadParameter(f"{item!r}: expected TYPE=OPERATOR", param_hint="--operator")
        op, _, options = rest.partition(":")
        data: dict[str, object] = {"operator": op.strip()}
        for option in filter(None, (o.strip() for o in options.split(","))):
            name, eq, value = option.partition("=")
            if not eq:
                raise click.BadParameter(f"{option!r}: expected OPTION=VALUE", param_hint="--operator")
            name = name.strip()
            data[name] = (value.split("+") if name in list_options else yaml.safe_load(value))
        try:
            out[entity.strip().upper()] = parse(OperatorSpec, data, origin="--operator", path=entity.strip())
        except ConfigError as exc:
            if op.strip() not in {o.value for o in Operator}:
                choices = ", ".join(o.value for o in Operator)
                raise click.BadParameter(f"{op!r} is not one of: {choices}", param_hint="--operator") from None
            raise click.BadParameter(exc.message.removeprefix("--operator: "), param_hint="--operator") from None
    return out
