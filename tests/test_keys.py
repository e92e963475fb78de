import os
import stat

import pytest

from piiscan.errors import KeyFileError, UsageError
from piiscan.keys import HASH, PSEUDONYM, Key, load_key, write_new_key

HEX = "ab" * 32


def test_key_file_wins_over_environment(tmp_path, monkeypatch):
    f = tmp_path / "k"
    f.write_text(HEX + "\n")
    monkeypatch.setenv("PIISCAN_KEY", "cd" * 32)
    assert load_key(f, required=True).material == bytes.fromhex(HEX)
    assert load_key(None, required=True).material == bytes.fromhex("cd" * 32)


def test_missing_key_is_a_usage_error_only_when_required():
    assert load_key(None, required=False) is None
    with pytest.raises(UsageError, match="--key-file"):
        load_key(None, required=True)


@pytest.mark.parametrize("text", ["abc", "zz" * 32, HEX + "00"])
def test_malformed_keys_are_rejected_without_echoing_them(tmp_path, text):
    f = tmp_path / "k"
    f.write_text(text)
    with pytest.raises(KeyFileError) as err:
        load_key(f, required=True)
    assert text not in str(err.value)


def test_key_id_and_subkeys():
    key = Key(bytes.fromhex(HEX))
    assert len(key.key_id) == 16 and key.key_id != HEX[:16]
    assert key.derive(HASH) != key.derive(PSEUDONYM)
    assert key.derive(HASH) == Key(bytes.fromhex(HEX)).derive(HASH)
    assert HEX not in repr(key) and "ab" * 4 not in repr(key)


def test_keygen_writes_a_private_key_and_refuses_to_overwrite(tmp_path):
    path = tmp_path / "new.key"
    key = write_new_key(path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert load_key(path, required=True).key_id == key.key_id
    with pytest.raises(UsageError):
        write_new_key(path)
