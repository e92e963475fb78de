from __future__ import annotations

import click

from .options import (
    OPERATOR_HELP,
    build_detection,
    detection_options,
    input_options,
    jobs_option,
    output_format_option,
    parse_operators,
)


@click.command("redact")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder for the pseudonymized copies (never inside an input).")
@click.option("--key-file", type=click.Path(dir_okay=False), help="Key file (else $PIISCAN_KEY). Required.")
@click.option("--report-dir", type=click.Path(file_okay=False), help="Report folder [default: OUT/_report].")
@click.option("--operator", "operators", multiple=True, metavar="TYPE=OP", help=OPERATOR_HELP)
@input_options
@detection_options
@output_format_option
@jobs_option
def command(paths, out_dir, key_file, report_dir, operators, include, exclude, input_format, encoding,
            output_format, jobs, **detection):
    """Write pseudonymized copies of files or folders, in the same format, plus the report.

    A file argument goes to OUT/<its name>; a folder argument to OUT/<relative paths>.
    """
    from ..api import redact
    from ..config import InputFormat
    from .render import print_summary

    result = redact(paths, out_dir=out_dir, jobs=jobs, key_file=key_file, report_dir=report_dir,
                    include=include, exclude=exclude, input_format=InputFormat(input_format),
                    encoding=encoding, detection=build_detection(**detection),
                    operators=parse_operators(operators))
    print_summary(result, output_format)
    return result.exit_status
