"""The command line: a thin click layer over :mod:`piiscan.api`, with one error boundary.

Commands live one per module and are imported only when invoked, so ``piiscan --help``
imports neither spaCy, Presidio nor polars.
"""

from __future__ import annotations

import importlib
import sys

import click

from .. import __version__
from ..errors import ExitStatus, PiiscanError

_COMMANDS = {
    "scan": ("scan", "Find PII in files or folders and write a findings report."),
    "redact": ("redact", "Write pseudonymized copies of files or folders, plus the report."),
    "run": ("run", "Run a declarative job from a pipeline YAML file."),
    "eval": ("eval", "Score findings against gold spans (precision, recall, F1 per type)."),
    "recognizers": ("recognizers", "List the recognizers in use, or test them on a text."),
    "keygen": ("keygen", "Create a new random key file (mode 0600)."),
    "reveal": ("reveal", "Turn encrypt tokens back into the original values (key holders only)."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        return list(_COMMANDS)

    def get_command(self, ctx, name):
        if name not in _COMMANDS:
            return None
        module = importlib.import_module(f"{__name__}.{_COMMANDS[name][0]}")
        return module.command

    def format_commands(self, ctx, formatter):
        # Help text without importing the command modules.
        rows = [(name, help_) for name, (_, help_) in _COMMANDS.items()]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="piiscan")
@click.option("--traceback", is_flag=True, help="Show the Python traceback of an internal error.")
def cli(traceback: bool) -> None:
    """Find personal data (PII) in logs, forum dumps and analytics exports, and write
    pseudonymized copies plus a findings report.

    \b
    Exit codes: 0 ok, 1 findings that violate policy, 2 usage or config error,
    3 some inputs could not be read, 4 internal error, 130 interrupted.
    """


def main(argv: list[str] | None = None) -> None:
    """Entry point: the one place that turns exceptions into messages and exit codes."""
    argv = list(sys.argv[1:] if argv is None else argv)
    show_traceback = "--traceback" in argv
    try:
        status = cli.main(args=argv, prog_name="piiscan", standalone_mode=False)
    except click.exceptions.Exit as exc:
        status = exc.exit_code
    except click.ClickException as exc:
        exc.show()
        status = ExitStatus.USAGE
    except click.Abort as exc:
        if not isinstance(exc.__context__, (KeyboardInterrupt, type(None))):
            # click turns an escaping EOFError into Abort; it is not the user's Ctrl-C
            return _internal(exc.__context__, show_traceback)
        click.echo("piiscan: interrupted", err=True)
        status = ExitStatus.INTERRUPTED
    except KeyboardInterrupt:
        click.echo("piiscan: interrupted", err=True)
        status = ExitStatus.INTERRUPTED
    except PiiscanError as exc:
        if show_traceback:
            import traceback

            traceback.print_exc()
            sys.stderr.flush()
        click.echo(f"piiscan: error: {exc}", err=True)
        status = exc.exit_status
    except Exception as exc:  # a bug: say so, and how to see more
        return _internal(exc, show_traceback)
    # The run's objects (recognizers, models, caches) die with the process: frozen, the
    # interpreter's last collection does not walk them (0.1 s of a one-line scan's end).
    import gc

    gc.freeze()
    sys.exit(int(status or 0))


def _internal(exc: BaseException, show_traceback: bool) -> None:
    if show_traceback:
        import traceback

        traceback.print_exception(exc)
        sys.stderr.flush()
    else:
        click.echo(f"piiscan: internal error ({type(exc).__name__}); "
                   "rerun with --traceback to see where", err=True)
    sys.exit(int(ExitStatus.INTERNAL))
