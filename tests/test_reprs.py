"""Objects that carry record text or key material never show it in their repr."""

from piiscan.config import Detection
from piiscan.detect.views import make_view
from piiscan.keys import Key
from piiscan.process import BatchResult, Plan
from piiscan.sources.base import Chunk

SECRET = "jane.roe@example.com"


def test_reprs_hide_values_and_keys():
    from pathlib import Path

    from piiscan.config import InputFormat
    from piiscan.detect.engine import RawFinding
    from piiscan.engines.local import BlockResult
    from piiscan.operators.apply import Operators
    from piiscan.operators.encrypt import Revealed, RevealRun
    from piiscan.process import _Assembled
    from piiscan.report.build import RenderedFindings
    from piiscan.sources.base import InputFile, ReadOptions
    from piiscan.sources.text import TextBlock

    key = Key(bytes(range(32)))
    ops = Operators(key, {})
    revealed = Revealed("pii1.EMAIL_ADDRESS.x.y", "EMAIL_ADDRESS", SECRET)
    objects = [
        ops, ops.cipher, ops.pseudonymizer, ops.pseudonymizer.cryptopan, revealed,
        RevealRun([("a:1", revealed)], [], {"a": SECRET}),
        _Assembled(((0, 5, "EMAIL_ADDRESS", 1.0, "r", "h", "p"),), SECRET),
        BatchResult(SECRET, SECRET, known={SECRET: ("EMAIL_ADDRESS", 1.0)}),
        Plan(detection=Detection(), key=key, known={SECRET: ("EMAIL_ADDRESS", 1.0)}),
        RawFinding("EMAIL_ADDRESS", 0, 20, 1.0, "r"),
        make_view(SECRET.replace("@", "%40")),
        make_view(SECRET),
        Chunk(records=SECRET, payload=SECRET.encode()),
        TextBlock(InputFile(Path("a.log"), "a.log", "a.log", InputFormat.TEXT), SECRET.encode(), 1, 1, None,
                  ReadOptions()),
        BlockResult(1, [], RenderedFindings(SECRET.encode(), (1, [SECRET])), SECRET.encode()),
        BatchResult(SECRET, SECRET),
        Plan(detection=Detection(), key=key),
        key,
    ]
    for obj in objects:
        text = repr(obj)
        assert "jane" not in text and bytes(range(32)).hex()[:16] not in text, text
