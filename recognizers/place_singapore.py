"""LOCATION: Singapore's towns and estates by name.

spaCy's small English model knows Singapore itself, but reads its towns as people or nothing
(``Anyone got same problem in Toa Payoh?``, ``I'll dial in from Bukit Batok``). The evidence:

* ``sg_town`` (0.85): a closed list of Singapore's planning areas, new towns and estates
  (``Ang Mo Kio``, ``Choa Chu Kang``, ``Pasir Ris``, ``Tampines``), as the other place files
  take theirs: not inside a firm's or a place's name (``Tampines Mall``, ``Bedok Reservoir Park``,
  ``Clementi MRT``), nor a street's (``Tampines Street 81``, ``Toa Payoh Lor 1``: the street and its
  block are street_address.py's).

Left out: names that are words or names elsewhere too (``Orchard``, ``Novena``, ``Pioneer``,
``Admiralty``, ``Dover``, ``Lavender``, ``Queenstown``, ``Newton``, ``Outram``, ``Changi``: an
airport's and a prison's more often than a home's).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_SG = (r"(?:Ang[ ]Mo[ ]Kio|Bedok|Bishan|Bukit[ ](?:Batok|Merah|Panjang|Timah)|Choa[ ]Chu[ ]Kang|Clementi|Geylang"
       r"|Hougang|Jurong[ ](?:East|West)|Kallang|Marine[ ]Parade|Pasir[ ]Ris|Punggol|Sembawang|Sengkang|Serangoon"
       r"|Tampines|Toa[ ]Payoh|Woodlands|Yishun|Tiong[ ]Bahru|Tanjong[ ]Pagar|Boon[ ]Lay|Simei|Tanah[ ]Merah"
       r"|Marsiling|Yew[ ]Tee|Paya[ ]Lebar|Aljunied|Eunos|Kembangan|Telok[ ]Blangah|Potong[ ]Pasir|Joo[ ]Chiat"
       r"|Katong|Bukit[ ]Gombak|Teck[ ]Whye|Pasir[ ]Panjang|Holland[ ]Village|Buona[ ]Vista|Lorong[ ]Chuan)")
# A firm's, a body's, a station's or a street's name the town is part of
_NAME_AFTER = (r"(?:Mall|Mart|Hub|Point|Plaza|Centre|Center|Hospital|Polyclinic|Clinic|School|Primary|Secondary"
               r"|Junior|College|Institute|Library|Stadium|Park|Reservoir|Interchange|MRT|LRT|Station|Depot|Camp"
               r"|Branch|Outlet|Store|Market|Food|Hawker|Community|CC|Street|St|Avenue|Ave|Road|Rd|Drive|Dr"
               r"|Lorong|Lor|Crescent|Cres|Central|North|South|East|West|Ring|Close|Way|Walk|Link|Field|Heights"
               r"|Industrial|Estate|Plantation|Golf|Country|Sports|Swimming|Town[ ]Council|GRC|SMC)")


class PlaceSingaporeRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "sg_town",
            r"(?x)(?<![\p{L}\p{M}\-])(?<!(?:Blk|Block|Jalan|Lorong|Lor)\.?[ ](?:\d{1,4}[A-Z]?[ ])?)" + _SG
            + r"(?![\p{L}\p{M}\-]|[ ]" + _NAME_AFTER + r"(?![\p{L}\p{M}]))",
            0.85,
        ),
    ]
    CONTEXT = ["singapore", "stay", "live", "from", "in"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )
