import pytest

from piiscan.detect.views import make_view


@pytest.mark.parametrize(
    "raw, needle, expected_raw",
    [
        ("GET /a?email=jane.roe%40example.com&x=1", "jane.roe@example.com", "jane.roe%40example.com"),
        ("mail: jane.roe&#64;example.com.", "jane.roe@example.com", "jane.roe&#64;example.com"),
        ("<p>Call <b>+1 202-555-0143</b></p>", "+1 202-555-0143", "+1 202-555-0143"),
        ("q=Jos%C3%A9%20%C3%81lvarez&n=2", "José Álvarez", "Jos%C3%A9%20%C3%81lvarez"),
        ("a &amp; b jane@example.org", "jane@example.org", "jane@example.org"),
    ],
)
def test_view_offsets_map_back_to_raw(raw, needle, expected_raw):
    view = make_view(raw)
    i = view.text.index(needle)
    start, end = view.to_raw(i, i + len(needle))
    assert raw[start:end] == expected_raw


def test_plain_text_is_an_identity_view():
    view = make_view("203.0.113.7 - - [10/Oct/2026:13:55:36 +0000] GET /")
    assert view.is_identity and view.to_raw(3, 9) == (3, 9)


def test_tags_become_blanks_of_the_same_length():
    raw = "<p>Hi</p>"
    assert make_view(raw).text == "   Hi    "


@pytest.mark.parametrize("raw, text", [
    ('<a href="mailto:j@example.org">Jo</a><br/><br >', ' '*9 + 'mailto:j@example.org' + '  Jo' + ' '*14),
    ("<my-card id=1>x</my-card>", " " * 14 + "x" + " " * 10),
    ("<!-- note -->", " " * 13),
])
def test_tags_and_comments_are_blanked(raw, text):
    assert make_view(raw).text == text


@pytest.mark.parametrize("raw", [
    "to=<jane.roe@example.com>, relay=mx",  # a mail log's recipient
    "From: Jane Roe <jane@example.org>",
    "see <https://example.com/a> now",
])
def test_addresses_in_angle_brackets_are_no_tags(raw):
    assert make_view(raw).text == raw


def test_unknown_entities_and_stray_percent_stay():
    raw = "100% sure &bogus; ok"
    assert make_view(raw).text == raw
