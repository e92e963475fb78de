from __future__ import annotations

import click

from .options import (
    build_detection,
    detection_options,
    input_options,
    jobs_option,
    output_format_option,
)


@click.command("eval")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--gold", "gold_paths", required=True, multiple=True, type=click.Path(dir_okay=False),
              help="Gold spans: JSON lines of file, record, field, start, end, entity_type "
              "(repeatable).")
@click.option("--gold-format", type=click.Choice(["piiscan", "presidio-research"]), default="piiscan",
              show_default=True,
              help="presidio-research: the gold file (a JSON list of samples) is also the input.")
@input_options
@detection_options
@output_format_option
@jobs_option
def command(paths, gold_paths, gold_format, include, exclude, input_format, encoding, output_format,
            jobs, **detection):
    """Scan PATHS and score the findings against gold spans: precision, recall, F1 per type.

    A finding matches a gold span when file (by name), record, field and entity type
    agree and the ranges overlap; each is used once. Types absent from the gold set are
    ignored; the overall row is micro-averaged.
    """
    import json
    import sys

    from ..api import evaluate
    from ..config import InputFormat

    result = evaluate(paths, gold=gold_paths, gold_format=gold_format, include=include,
                      exclude=exclude, input_format=InputFormat(input_format), encoding=encoding,
                      detection=build_detection(**detection), jobs=jobs)
    fmt = output_format if output_format != "auto" else ("table" if sys.stdout.isatty() else "json")
    if fmt == "json":
        click.echo(json.dumps(result, indent=2))
        return 0
    click.echo(f"{'ENTITY TYPE':<14} {'PRECISION':>9} {'RECALL':>7} {'F1':>6} {'TP':>6} {'FP':>6} {'FN':>6}")
    for r in result["scores"]:
        click.echo(f"{r['entity_type']:<14} {r['precision']:>9.3f} {r['recall']:>7.3f} {r['f1']:>6.3f} "
                   f"{r['tp']:>6} {r['fp']:>6} {r['fn']:>6}")
    click.echo(f"NER: {'on (' + result['ner']['model'] + ')' if result['ner']['on'] else 'off'}")
    return 0
