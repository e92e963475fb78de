from __future__ import annotations

import sys

import click

from .options import output_format_option


@click.command("reveal")
@click.argument("tokens", nargs=-1)
@click.option("--key-file", type=click.Path(dir_okay=False), help="Key file that made the tokens (else $PIISCAN_KEY).")
@click.option("--file", "files", multiple=True, type=click.Path(dir_okay=False, exists=True),
              help="A redacted file: reveal every token in it (repeatable; '-' = stdin).")
@click.option("--replace", is_flag=True,
              help="Print the input with each token turned back into its value, instead of a list.")
@output_format_option
def command(tokens, key_file, files, replace, output_format):
    """Turn `encrypt` tokens back into the original values (key holders only).

    \b
    Tokens come as arguments, one per line on stdin, or from redacted files (--file).
    Prints where each token was, its entity type and its value: raw PII, asked for.
    A token made with another key is refused (exit 2); a damaged one is listed (exit 3).
    """
    import json

    from ..errors import ExitStatus
    from ..keys import ENCRYPT, load_key
    from ..operators.encrypt import TokenCipher, reveal_texts

    key = load_key(key_file, required=True)
    cipher = TokenCipher(key.derive(ENCRYPT, 64), key.key_id)
    inputs: list[tuple[str, str]] = []
    for i, token in enumerate(tokens, 1):
        cipher.reveal(token)  # an argument that is no token (or another key's) is a usage error
        inputs.append((f"arg{i}", token))
    for path in files:
        if path == "-":
            inputs.append(("stdin", sys.stdin.read()))
        else:
            with open(path, encoding="utf-8", errors="surrogateescape") as fh:
                inputs.append((path, fh.read()))
    if not tokens and not files:
        inputs.append(("stdin", sys.stdin.read()))
    run = reveal_texts(cipher, inputs, replace=replace)
    fmt = output_format if output_format != "auto" else ("table" if sys.stdout.isatty() else "json")
    if replace:
        out = sys.stdout.buffer
        for name, _ in inputs:  # bytes that were not UTF-8 go out as they came in
            out.write(run.texts[name].encode("utf-8", "surrogateescape"))
        out.flush()
    elif fmt == "json":
        click.echo(json.dumps([{"where": w, "entity_type": r.entity_type, "token": r.token, "value": r.value}
                               for w, r in run.revealed], indent=2, ensure_ascii=False))
    else:
        for where, r in run.revealed:
            click.echo(f"{where}\t{r.entity_type}\t{r.value}")
    for where, message in run.damaged[:20]:
        click.echo(f"piiscan: {where}: {message}", err=True)
    if len(run.damaged) > 20:
        click.echo(f"piiscan: ... and {len(run.damaged) - 20} more damaged tokens", err=True)
    click.echo(f"piiscan: revealed {len(run.revealed)} tokens with key {key.key_id}", err=True)
    if run.damaged:
        return ExitStatus.INPUT_ERRORS
    return ExitStatus.OK
