from __future__ import annotations

import click


@click.command("keygen")
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False), help="Key file to create.")
@click.option("--force", is_flag=True, help="Replace an existing key file.")
def command(out_path, force):
    """Create a random 256-bit key (64 hex characters) readable only by you."""
    from ..keys import write_new_key

    key = write_new_key(out_path, overwrite=force)
    click.echo(f"wrote {out_path} (key id {key.key_id})")
