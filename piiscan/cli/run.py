from __future__ import annotations

import click

from .options import jobs_option, output_format_option


@click.command("run")
@click.argument("pipeline", type=click.Path(dir_okay=False))
@click.option("--key-file", type=click.Path(dir_okay=False), help="Overrides the pipeline's key_file.")
@output_format_option
@jobs_option
def command(pipeline, key_file, output_format, jobs):
    """Run a declarative job (sources, format, fields, entities, operators, outputs, policy).

    Relative paths in the file are taken from the current folder.
    """
    from dataclasses import replace

    from ..api import run_pipeline
    from ..config import load_pipeline
    from .render import print_summary

    job = load_pipeline(pipeline)
    if key_file:
        job = replace(job, key_file=key_file)
    result = run_pipeline(job, command=f"run {pipeline}", jobs=jobs)
    print_summary(result, output_format)
    return result.exit_status
