from pathlib import Path

import pytest

from piiscan.config import Detection, NerMode, Operator, OperatorSpec, Pipeline, load_pipeline
from piiscan.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent


def _write(tmp_path, text):
    p = tmp_path / "job.yaml"
    p.write_text(text)
    return p


def test_every_bundled_pipeline_validates():
    files = sorted((ROOT / "pipelines").glob("*.yaml"))
    assert files
    for f in files:
        assert isinstance(load_pipeline(f), Pipeline)


def test_pipeline_parses_into_typed_config(tmp_path):
    p = load_pipeline(_write(tmp_path, """
sources: [logs/]
detection: {ner: off, thresholds: {PERSON: 0.7}, entities: [PERSON, EMAIL_ADDRESS]}
operators:
  PERSON: redact
  EMAIL_ADDRESS: {operator: pseudonym, keep_domains: [example.com]}
"""))
    assert p.name == "job"
    assert p.detection.ner is NerMode.OFF
    assert p.detection.thresholds["PERSON"] == 0.7
    assert p.operators["PERSON"] == OperatorSpec(Operator.REDACT)  # the bare-string form
    assert p.operators["EMAIL_ADDRESS"].keep_domains == ("example.com",)
    assert isinstance(p.detection, Detection)


@pytest.mark.parametrize(
    "text, needle",
    [
        ("sources: [a]\ndetection: {entites: [PERSON]}\n", "detection.'entites'"),
        ("sources: [a]\nouputs: {}\n", "'ouputs'"),
        ("sources: [a]\ndetection: {ner: maybe}\n", "detection.ner"),
        ("sources: [a]\ndetection: {entities: [SSN]}\n", "'SSN'"),
        ("sources: [a]\noperators: {EMAIL_ADDRESS: shred}\n", "operators.EMAIL_ADDRESS"),
        # an operator for a type it cannot handle, an option of another operator, a typo
        ("sources: [a]\noperators: {PHONE_NUMBER: ip-prefix}\n", "ip-prefix does not apply to PHONE_NUMBER"),
        ("sources: [a]\noperators: {PERSON: generalize}\n", "generalize does not apply to PERSON"),
        ("sources: [a]\noperators: {CREDIT_CARD: {operator: redact, keep_last: 4}}\n", "'keep_last' does not apply"),
        ("sources: [a]\noperators: {CREDIT_CARD: {operator: mask, keep_lst: 4}}\n", "operators.CREDIT_CARD.'keep_lst'"),
        ("sources: [a]\noperators: {IP_ADDRESS: {operator: generalize, ipv4_prefix: 40}}\n", "ipv4_prefix"),
        ("sources: [a]\ndetection: {threshold: 2}\n", "detection.threshold"),
        ("detection: {}\n", "'sources'"),
        ("sources: [a\n", "not valid YAML"),
    ],
)
def test_config_errors_name_the_key(tmp_path, text, needle):
    with pytest.raises(ConfigError) as err:
        load_pipeline(_write(tmp_path, text))
    assert needle in str(err.value)
    assert "job.yaml" in str(err.value)


def test_fingerprint_changes_with_config():
    a = Pipeline(name="a", sources=("x",))
    b = Pipeline(name="a", sources=("x",), detection=Detection(threshold=0.9))
    assert a.fingerprint() != b.fingerprint()
    assert a.fingerprint() == Pipeline(name="a", sources=("x",)).fingerprint()
