"""The error tree and the exit codes the CLI turns it into (one boundary, in cli/)."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """Process exit codes. When several apply the CLI picks by :data:`EXIT_PRECEDENCE`."""

    OK = 0
    POLICY_VIOLATION = 1  # findings in a store that must not hold them
    USAGE = 2  # bad arguments or configuration
    INPUT_ERRORS = 3  # some inputs could not be read; the rest were processed
    INTERNAL = 4  # a bug: shown with --traceback
    INTERRUPTED = 130  # Ctrl-C


# Most important first: a usage error hides everything, a bug hides findings, and
# unreadable inputs are reported only when nothing worse happened.
EXIT_PRECEDENCE = (
    ExitStatus.USAGE,
    ExitStatus.INTERNAL,
    ExitStatus.POLICY_VIOLATION,
    ExitStatus.INPUT_ERRORS,
    ExitStatus.OK,
)


def worst(*codes: ExitStatus) -> ExitStatus:
    """The code that wins when several apply."""
    for code in EXIT_PRECEDENCE:
        if code in codes:
            return code
    return ExitStatus.OK


class PiiscanError(Exception):
    """Base of every error piiscan raises on purpose. Messages never hold raw PII."""

    exit_status = ExitStatus.INTERNAL

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n  hint: {self.hint}"


class UsageError(PiiscanError):
    """Wrong arguments: a missing key, an output inside the input, a name collision."""

    exit_status = ExitStatus.USAGE


class ConfigError(UsageError):
    """A pipeline or recognizer file that does not validate. Names the file and key."""


class KeyFileError(UsageError):
    """The key is missing or malformed. Never quotes the key material."""


class InputError(PiiscanError):
    """An input that could not be read at all (the job goes on with the others)."""

    exit_status = ExitStatus.INPUT_ERRORS
