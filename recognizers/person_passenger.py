"""PERSON: a passenger's name as airlines write it, ``SURNAME/GIVEN NAMES TITLE``.

The IATA passenger name element (a booking's PNR, a boarding pass, a ticket's record in a
payment's booking data: ``THOMPSON/HARRY MR;THOMPSON/GRACE MS``): the family name, a
slash, the given names, then a title. The title makes the shape a name's; without one
(``A/B``, ``TCP/IP``) the shape is a pair of codes as often.

* ``passenger_name`` (0.85): capitals, a slash, capitals, a space and ``MR``, ``MRS``,
  ``MS``, ``MISS``, ``MSTR`` or ``DR``: ``HOFFMANN/KATRIN MS``, ``MÜLLER/STEFAN MR``,
  ``DE LA CRUZ/MARIA ELENA MRS``.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer


class PassengerNameRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "passenger_name",
            r"""(?x)
            (?<![\p{L}\p{N}/])
            \p{Lu}[\p{Lu}\p{M}'\-]+(?:[ ]\p{Lu}[\p{Lu}\p{M}'\-]*){0,3}   # the family name, in capitals
            /
            \p{Lu}[\p{Lu}\p{M}'\-]+(?:[ ](?!(?:MR|MRS|MS|MISS|MSTR|DR)(?![\p{L}]))\p{Lu}[\p{Lu}\p{M}'\-]*){0,3}  # given names
            [ ](?:MR|MRS|MS|MISS|MSTR|DR)                                  # and the title
            (?![\p{L}\p{N}])
            """,
            0.85,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON",
            name="PassengerNameRecognizer",
            patterns=list(self.PATTERNS),
            context=["passenger", "passengers", "pax", "traveller", "traveler", "pnr", "booking"],
            global_regex_flags=re.DOTALL | re.MULTILINE,  # case-sensitive: the name is in capitals
        )
