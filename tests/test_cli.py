"""The command line: help, exit codes and error text, through the real error boundary."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pytest

from .conftest import SAMPLE, TEST_KEY_HEX

LOG = ('198.51.100.7 - jdoe [10/Oct/2026:13:55:36 +0000] "GET /a?email=jane.roe%40example.com '
       'HTTP/1.1" 200 12 "-" "curl/8.4.0"\n')


@pytest.fixture
def logs(tmp_path):
    d = tmp_path / "logs"
    d.mkdir()
    (d / "a.log").write_text(LOG)
    (d / "sub").mkdir()
    (d / "sub" / "b.log").write_text("nothing to see here\n")
    return d


def test_help_lists_every_command_and_each_has_help(run_cli):
    r = run_cli("--help")
    assert r.exit_code == 0
    for name in ("scan", "redact", "run", "recognizers", "keygen", "reveal", "eval"):
        assert name in r.stdout
        sub = run_cli(name, "--help")
        assert sub.exit_code == 0 and "Usage:" in sub.stdout


def test_help_imports_nothing_heavy():
    code = ("import sys; from piiscan.cli import main\n"
            "try: main(['--help'])\nexcept SystemExit: pass\n"
            "heavy = [m for m in ('spacy', 'presidio_analyzer', 'polars', 'pyarrow') if m in sys.modules]\n"
            "print('HEAVY=' + ','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "Commands:" in out.stdout
    assert out.stdout.strip().splitlines()[-1] == "HEAVY="


def test_scan_writes_report_and_changes_nothing(run_cli, logs, tmp_path):
    before = (logs / "a.log").read_bytes()
    r = run_cli("scan", logs, "--report-dir", tmp_path / "rep", "--ner", "off", "--format", "json")
    assert r.exit_code == 0, r.stderr
    summary = json.loads(r.stdout)
    assert summary["provenance"]["key_ephemeral"] is True
    assert (logs / "a.log").read_bytes() == before
    sources = {json.loads(x)["source"] for x in (tmp_path / "rep" / "findings.jsonl").read_text().splitlines()}
    assert sources == {f"{logs.as_posix()}/a.log"}
    assert "jane.roe" not in r.stdout


def test_fail_on_findings_exits_1(run_cli, logs, tmp_path):
    r = run_cli("scan", logs, "--report-dir", tmp_path / "rep", "--ner", "off", "--fail-on-findings")
    assert r.exit_code == 1
    assert "POLICY" in r.stderr


def test_redact_needs_a_key(run_cli, logs, tmp_path):
    r = run_cli("redact", logs, "--out", tmp_path / "out")
    assert r.exit_code == 2
    assert "--key-file" in r.stderr and "PIISCAN_KEY" in r.stderr
    assert not (tmp_path / "out").exists()


def test_redact_takes_the_key_from_the_environment(run_cli, logs, tmp_path, monkeypatch):
    monkeypatch.setenv("PIISCAN_KEY", TEST_KEY_HEX)
    r = run_cli("redact", logs, "--out", tmp_path / "out", "--ner", "off", "--format", "json")
    assert r.exit_code == 0, r.stderr
    assert (tmp_path / "out" / "sub" / "b.log").read_text() == "nothing to see here\n"
    redacted = (tmp_path / "out" / "a.log").read_text()
    assert "jane.roe" not in redacted and "jdoe" not in redacted and "198.51.100.7" not in redacted
    assert (tmp_path / "out" / "_report" / "summary.json").exists()


def test_redact_refuses_to_write_into_its_input(run_cli, logs, key_file):
    r = run_cli("redact", logs, "--out", logs / "redacted", "--key-file", key_file)
    assert r.exit_code == 2 and "inside the input folder" in r.stderr


def test_redact_refuses_name_collisions(run_cli, logs, key_file, tmp_path):
    r = run_cli("redact", logs / "a.log", logs / "sub" / "b.log", logs / "sub" / ".." / "a.log",
                "--out", tmp_path / "out", "--key-file", key_file)
    assert r.exit_code == 2 and "two inputs would be written" in r.stderr


def test_bad_key_file_is_a_usage_error_that_hides_the_key(run_cli, logs, tmp_path):
    bad = tmp_path / "bad.key"
    bad.write_text("secretsecret")
    r = run_cli("redact", logs, "--out", tmp_path / "o", "--key-file", bad)
    assert r.exit_code == 2 and "64 hex characters" in r.stderr and "secretsecret" not in r.stderr


def test_unreadable_input_exits_3_and_the_rest_is_processed(run_cli, logs, key_file, tmp_path):
    data = "".join(f"line {i} {i * 7919 % 10007}\n" for i in range(5000)).encode()
    (logs / "broken.log.gz").write_bytes(gzip.compress(data)[:2000])  # cut mid-stream
    r = run_cli("redact", logs, "--out", tmp_path / "out", "--key-file", key_file, "--ner", "off",
                "--format", "json")
    assert r.exit_code == 3
    summary = json.loads(r.stdout)
    [problem] = [p for p in summary["problems"] if p["kind"] == "unreadable"]
    assert problem["source"].endswith("broken.log.gz")
    assert (tmp_path / "out" / "a.log").exists()
    assert not (tmp_path / "out" / "broken.log.gz").exists()
    assert not list((tmp_path / "out").glob(".*piiscan-tmp*"))


def test_json_nested_past_the_recursion_limit_is_unreadable_not_a_crash(run_cli, logs, key_file, tmp_path):
    (logs / "deep.json").write_text("[" * 5000 + "]" * 5000)
    (logs / "deep.jsonl").write_text('{"a": "x@example.org"}\n' + "[" * 5000 + "]" * 5000 + "\n")
    r = run_cli("redact", logs, "--out", tmp_path / "out", "--key-file", key_file, "--ner", "off",
                "--format", "json")
    assert r.exit_code == 3, r.stderr
    summary = json.loads(r.stdout)
    [problem] = [p for p in summary["problems"] if p["kind"] == "unreadable"]
    assert problem["source"].endswith("deep.json") and "recursion limit" in problem["message"]
    # a JSON line nested that deep is a malformed line, scanned as text; the file is copied
    assert (tmp_path / "out" / "deep.jsonl").read_text().count("\n") == 2
    assert "x@example.org" not in (tmp_path / "out" / "deep.jsonl").read_text()


def test_malformed_records_are_listed_with_file_and_line(run_cli, tmp_path, key_file):
    src = tmp_path / "in"
    src.mkdir()
    (src / "posts.jsonl").write_text('{"body": "hi"}\n{"body": broken jane.roe@example.com\n')
    r = run_cli("redact", src, "--out", tmp_path / "out", "--key-file", key_file, "--ner", "off",
                "--format", "json")
    assert r.exit_code == 0, r.stderr
    summary = json.loads(r.stdout)
    assert [(p["line"], p["kind"]) for p in summary["problems"]] == [(2, "malformed")]
    out = (tmp_path / "out" / "posts.jsonl").read_text().splitlines()
    assert len(out) == 2 and "jane.roe" not in out[1]


def test_unknown_pipeline_key_exits_2_naming_it(run_cli, tmp_path):
    p = tmp_path / "job.yaml"
    p.write_text("sources: [x]\ndetection: {nerr: off}\n")
    r = run_cli("run", p)
    assert r.exit_code == 2 and "'nerr'" in r.stderr and "job.yaml" in r.stderr


def test_missing_input_is_a_usage_error(run_cli, tmp_path):
    r = run_cli("scan", tmp_path / "nope.log", "--report-dir", tmp_path / "r")
    assert r.exit_code == 2 and "nope.log" in r.stderr


def test_recognizers_list_and_test(run_cli):
    r = run_cli("recognizers", "--ner", "off", "--format", "json")
    assert r.exit_code == 0
    entities = {e for row in json.loads(r.stdout) for e in row["entities"]}
    assert {"EMAIL_ADDRESS", "IP_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD"} <= entities
    r = run_cli("recognizers", "--ner", "off", "--format", "json", "test",
                "write to jane.roe@example.com from 203.0.113.9")
    assert r.exit_code == 0
    rows = json.loads(r.stdout)
    assert {x["entity_type"] for x in rows} == {"EMAIL_ADDRESS", "IP_ADDRESS"}
    assert "jane.roe" not in r.stdout and "203.0.113.9" not in r.stdout


def test_keygen(run_cli, tmp_path):
    r = run_cli("keygen", "--out", tmp_path / "k")
    assert r.exit_code == 0 and "key id" in r.stdout
    assert run_cli("keygen", "--out", tmp_path / "k").exit_code == 2


def test_internal_errors_exit_4_and_traceback_on_request(run_cli, monkeypatch, tmp_path):
    import piiscan.api

    def boom(*a, **k):
        raise RuntimeError("boom")

    monkeypatch.setattr(piiscan.api, "scan", boom)
    r = run_cli("scan", SAMPLE / "notes.txt", "--report-dir", tmp_path / "r")
    assert r.exit_code == 4 and "--traceback" in r.stderr
    r = run_cli("--traceback", "scan", SAMPLE / "notes.txt", "--report-dir", tmp_path / "r")
    assert r.exit_code == 4 and "RuntimeError: boom" in r.stderr


def test_exit_code_precedence():
    from piiscan.errors import ExitStatus, worst

    assert worst(ExitStatus.INPUT_ERRORS, ExitStatus.POLICY_VIOLATION) is ExitStatus.POLICY_VIOLATION
    assert worst(ExitStatus.POLICY_VIOLATION, ExitStatus.INTERNAL) is ExitStatus.INTERNAL
    assert worst(ExitStatus.INTERNAL, ExitStatus.USAGE, ExitStatus.INPUT_ERRORS) is ExitStatus.USAGE
    assert worst(ExitStatus.OK) is ExitStatus.OK


def test_policy_and_unreadable_together_exit_1(run_cli, logs, tmp_path):
    data = "".join(f"line {i} {i * 7919 % 10007}\n" for i in range(5000)).encode()
    (logs / "broken.log.gz").write_bytes(gzip.compress(data)[:2000])
    r = run_cli("scan", logs, "--report-dir", tmp_path / "rep", "--ner", "off", "--fail-on-findings")
    assert r.exit_code == 1


def test_a_broken_user_recognizer_is_a_usage_error(run_cli, tmp_path):
    rec = tmp_path / "recs"
    rec.mkdir()
    (rec / "mine.yaml").write_text("recognizers:\n  - name: X\n    supported_entity: USERNAME\n    context: user\n")
    job = tmp_path / "job.yaml"
    job.write_text(f"sources: [{SAMPLE / 'notes.txt'}]\noutputs: {{report: {tmp_path / 'r'}}}\n"
                   f"detection: {{ner: off, recognizer_dirs: [{rec}]}}\n")
    r = run_cli("run", job, "--jobs", "2")
    assert r.exit_code == 2 and "mine.yaml" in r.stderr


def test_encrypt_then_reveal_round_trip_and_wrong_key(run_cli, logs, key_file, tmp_path):
    out = tmp_path / "out"
    r = run_cli("redact", str(logs / "a.log"), "--out", str(out), "--key-file", str(key_file),
                "--operator", "EMAIL_ADDRESS=encrypt", "--operator", "USERNAME=drop", "--format", "json")
    assert r.exit_code == 0, r.stderr
    line = (out / "a.log").read_text()
    assert "jane.roe" not in line and "pii1.EMAIL_ADDRESS." in line
    assert " - - [10/Oct" in line  # the dropped user field reads '-', so the line still parses
    listed = run_cli("reveal", "--key-file", str(key_file), "--file", str(out / "a.log"), "--format", "json")
    assert listed.exit_code == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [(r["entity_type"], r["value"]) for r in rows] == [("EMAIL_ADDRESS", "jane.roe@example.com")]
    back = run_cli("reveal", "--key-file", str(key_file), "--file", str(out / "a.log"), "--replace")
    assert "email=jane.roe@example.com HTTP" in back.stdout  # the value (decoded), in place
    token = rows[0]["token"]
    assert run_cli("reveal", "--key-file", str(key_file), token, "--format", "table").stdout.strip().endswith(
        "jane.roe@example.com")
    other = tmp_path / "other.key"
    other.write_text("ab" * 32)
    wrong = run_cli("reveal", "--key-file", str(other), token)
    assert wrong.exit_code == 2 and "was made with key" in wrong.stderr and "jane" not in wrong.stderr
    assert run_cli("reveal", "--key-file", str(key_file), "no-token").exit_code == 2


def test_operator_options_on_the_command_line(run_cli, logs, key_file, tmp_path):
    ok = run_cli("redact", str(logs / "a.log"), "--out", str(tmp_path / "o"), "--key-file", str(key_file),
                 "--operator", "IP_ADDRESS=generalize:ipv4_prefix=16", "--format", "json")
    assert ok.exit_code == 0, ok.stderr
    assert (tmp_path / "o" / "a.log").read_text().startswith("198.51.0.0/16 - ")
    summary = json.loads(ok.stdout)
    assert summary["provenance"]["operators"]["IP_ADDRESS"] == "generalize"
    assert summary["provenance"]["operator_options"]["IP_ADDRESS"] == {"ipv4_prefix": 16}
    for bad, needle in [("EMAIL_ADDRESS=ip-prefix", "does not apply to EMAIL_ADDRESS"),
                        ("CREDIT_CARD=mask:keep_lst=4", "keep_lst"),
                        ("PERSON=shred", "is not one of")]:
        r = run_cli("redact", str(logs / "a.log"), "--out", str(tmp_path / "x"), "--key-file", str(key_file),
                    "--operator", bad)
        assert r.exit_code == 2 and needle in r.stderr, (bad, r.stderr)


def test_propagate_option_reaches_the_summary(run_cli, logs, tmp_path):
    r = run_cli("scan", str(logs), "--report-dir", str(tmp_path / "r"), "--propagate", "off", "--format", "json")
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["propagation"] == {"mode": "off"}
