from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data"
TEST_KEY_HEX = "0f" * 32


@pytest.fixture
def key_file(tmp_path) -> Path:
    path = tmp_path / "test.key"
    path.write_text(TEST_KEY_HEX + "\n")
    return path


@pytest.fixture(autouse=True)
def _no_key_in_env(monkeypatch):
    monkeypatch.delenv("PIISCAN_KEY", raising=False)


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture
def run_cli():
    """Run the CLI through its real entry point, error boundary included (click's CliRunner
    isolation for the streams; ``main`` exits with the status)."""
    from click.testing import CliRunner

    from piiscan.cli import main

    def invoke(*args: str) -> CliResult:
        runner = CliRunner()
        with runner.isolation() as (out, err, _):
            try:
                main([str(a) for a in args])
                code = 0
            except SystemExit as exc:
                code = int(exc.code or 0)
            return CliResult(code, out.getvalue().decode(), err.getvalue().decode())

    return invoke


@pytest.fixture(scope="module")
def detector():
    """The detector with NER off (a module's own fixture of that name wins)."""
    from piiscan.config import Detection, NerMode
    from piiscan.detect.engine import Detector

    return Detector(Detection(ner=NerMode.OFF))


@pytest.fixture(scope="module")
def ner_detector():
    """The detector with NER on: the model make test installs."""
    from piiscan.config import Detection
    from piiscan.detect.engine import Detector

    return Detector(Detection())
