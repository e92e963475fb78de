"""The bundled recognizer folder loads, and bad definition files are refused."""

from __future__ import annotations

import pickle
import shutil
import sys
from pathlib import Path

import pytest

from piiscan.detect.loader import bundled_dir, definition_files, load_recognizers
from piiscan.errors import ConfigError

ENTITIES = {
    "LOCATION",
    "EMAIL_ADDRESS",
    "IP_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "SERIAL_NUMBER",
    "HARDWARE_ID",
    "HOSTNAME",
    "USERNAME",
    "PERSON",  # spaCy NER finds most; the pattern file finds names in greetings and sign-offs
}

FILES = definition_files([bundled_dir()])


@pytest.fixture
def isolated_modules():
    """Put back the loader's piiscan_recognizers.* modules after a test loads copies.

    Loading a copy from a tmp folder replaces sys.modules["piiscan_recognizers.<stem>"];
    instances loaded earlier by other tests would then no longer pickle by reference.
    """
    saved = {k: v for k, v in sys.modules.items() if k.startswith("piiscan_recognizers")}
    yield
    for key in [k for k in sys.modules if k.startswith("piiscan_recognizers")]:
        del sys.modules[key]
    sys.modules.update(saved)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_file_loads_on_its_own(tmp_path, path: Path, isolated_modules):
    shutil.copy(path, tmp_path / path.name)
    loaded = load_recognizers([tmp_path])
    assert loaded
    # one entity family per file
    assert len({e for lr in loaded for e in lr.entities}) == 1


def test_every_file_contributes(loaded):
    assert {lr.origin for lr in loaded} == {p.name for p in FILES}


def test_names_unique(loaded):
    names = [lr.name for lr in loaded]
    assert len(names) == len(set(names))


def test_every_entity_covered(loaded):
    assert {e for lr in loaded for e in lr.entities} == ENTITIES


def test_every_recognizer_has_context_and_verbose_regexes(loaded):
    for lr in loaded:
        assert lr.recognizer.context, lr.name
        for pattern in lr.recognizer.patterns:
            assert pattern.regex.startswith("(?x)"), f"{lr.name}/{pattern.name}"
            assert 0 < pattern.score <= 1


def test_malformed_yaml_names_the_file(tmp_path):
    bad = tmp_path / "broken.yaml"
    bad.write_text("recognizers:\n  - name: X\n    patterns: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="broken.yaml"):
        load_recognizers([tmp_path])


def test_yaml_without_recognizers_list(tmp_path):
    (tmp_path / "empty.yaml").write_text("something: else\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="empty.yaml"):
        load_recognizers([tmp_path])


def test_unknown_key_in_recognizer(tmp_path):
    (tmp_path / "typo.yaml").write_text(
        "recognizers:\n"
        "  - name: TypoRecognizer\n"
        "    supported_entity: USERNAME\n"
        "    patterns: [{name: p, regex: 'x', score: 0.5}]\n"
        "    contexts: [user]\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match="typo.yaml"):
        load_recognizers([tmp_path])


def test_duplicate_names_across_files(tmp_path):
    body = (
        "recognizers:\n"
        "  - name: SameName\n"
        "    supported_entity: USERNAME\n"
        "    patterns: [{name: p, regex: 'x', score: 0.5}]\n"
    )
    (tmp_path / "a.yaml").write_text(body, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError, match="SameName"):
        load_recognizers([tmp_path])


def test_python_recognizers_pickle(loaded):
    for lr in loaded:
        clone = pickle.loads(pickle.dumps(lr.recognizer))
        assert clone.name == lr.name


def test_same_file_name_in_two_folders_loads_both(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "extra.py").write_text(
            "from presidio_analyzer import Pattern, PatternRecognizer\n"
            f"class Extra{sub.upper()}(PatternRecognizer):\n"
            "    def __init__(self):\n"
            f"        super().__init__(supported_entity='USERNAME', name='extra_{sub}',\n"
            "                         patterns=[Pattern('p', r'zz\\w+', 0.5)])\n")
    loaded = load_recognizers([tmp_path / "a", tmp_path / "b"])
    assert sorted(lr.name for lr in loaded) == ["extra_a", "extra_b"]
    for lr in loaded:
        assert pickle.loads(pickle.dumps(lr.recognizer)).name == lr.name


def test_a_constructor_that_needs_arguments_is_a_config_error(tmp_path):
    (tmp_path / "bad.py").write_text(
        "from presidio_analyzer import PatternRecognizer\n"
        "class NeedsArgs(PatternRecognizer):\n"
        "    def __init__(self, x):\n"
        "        super().__init__(supported_entity='USERNAME', deny_list=['a'])\n")
    with pytest.raises(ConfigError, match="bad.py: NeedsArgs"):
        load_recognizers([tmp_path])


def test_context_must_be_a_list(tmp_path):
    (tmp_path / "bad.yaml").write_text(
        "recognizers:\n  - name: X\n    supported_entity: USERNAME\n    context: user\n"
        "    deny_list: [a]\n")
    with pytest.raises(ConfigError, match=r"bad.yaml: recognizers\[0\].context must be a list"):
        load_recognizers([tmp_path])
