"""HARDWARE_ID: an Exchange ActiveSync device's id, by the shapes phones give it.

A mail server's ActiveSync log names the phone that syncs by the id it sent (Horde's and Z-Push's: ``[ActiveSync]
Device ApplCGY6XGEXXBPS (iPhone14,5) of NAME requested PROVISION``): Apple's ``Appl`` and the phone's serial,
Android's ``androidc`` and digits or ``android`` and sixteen hex digits, Samsung's ``SEC`` and thirteen hex digits.
The id stays one device's for its life, and leads to its owner as an IMEI does.

* ``activesync_device_id`` (0.8): such an id after ``Device`` (a blank, a colon or ``=`` between).

Left out: ``DeviceId=Appl...`` in a request's query, whose serial after ``Appl`` serial_number.py's
``activesync_apple_device`` takes; an id of another shape (a random GUID is the hardware recognizer's only by its
keyword). Case-sensitive, a pattern of its own: its prefilter adds no case-blind scope to the fast path's groups.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer


class ActiveSyncDeviceRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "activesync_device_id",
            r"""(?x)
            (?<=\b(?:Device|device|DEVICE)[\ :=]\ ?)  # after 'Device' ('DeviceId=' is serial_number.py's)
            (?:Appl[A-Z0-9]{10,12}|androidc?\d{8,12}|android[0-9a-f]{16}|SEC[0-9A-F]{13})
            (?![\w\-])
            """,
            0.8,
        ),
    ]
    CONTEXT = ["activesync", "device", "sync", "provision", "eas"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="HARDWARE_ID",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: the ids' letters are their shape)
        )
