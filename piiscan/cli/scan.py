from __future__ import annotations

import click

from .options import (
    build_detection,
    detection_options,
    input_options,
    jobs_option,
    output_format_option,
)


@click.command("scan")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--report-dir", required=True, type=click.Path(file_okay=False), help="Where the report goes.")
@click.option("--key-file", type=click.Path(dir_okay=False),
              help="Key for value hashes (else $PIISCAN_KEY, else a random key for this run).")
@click.option("--fail-on-findings", is_flag=True, help="Exit 1 when anything is found.")
@input_options
@detection_options
@output_format_option
@jobs_option
def command(paths, report_dir, key_file, fail_on_findings, include, exclude, input_format, encoding,
            output_format, jobs, **detection):
    """Find PII in files or folders (recursively) and write the report. Changes no input."""
    from ..api import scan
    from ..config import InputFormat
    from .render import print_summary

    result = scan(paths, report_dir=report_dir, jobs=jobs, key_file=key_file, fail_on_findings=fail_on_findings,
                  include=include, exclude=exclude, input_format=InputFormat(input_format),
                  encoding=encoding, detection=build_detection(**detection))
    print_summary(result, output_format)
    return result.exit_status
