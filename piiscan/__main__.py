"""``python -m piiscan``: the same as the ``piiscan`` command."""

from .cli import main

main()
