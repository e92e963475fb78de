"""Objects that carry record text or key material never show it in their repr."""

from piiscan.config import Detection
from piiscan.detect.views import make_view
from piiscan.keys import Key
from piiscan.process import BatchResult, Plan
from piiscan.sources.base import Chunk

SECRET = "jane.roe@example.com"


def test_reprs_hide_values_and_keys():
    key = Key(bytes(range(32)))
    objects = [
        make_view(SECRET.replace("@", "%40")),
        make_view(SECRET),
        Chunk(records=SECRET, payload=SECRET.encode()),
        BatchResult(SECRET, SECRET),
        Plan(detection=Detection(), key=key),
        key,
    ]
    for obj in objects:
        text = repr(obj)
        assert "jane" not in text and bytes(range(32)).hex()[:16] not in text, text
