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
        # a mail header's encoded words (RFC 2047's Q): a span stays inside the word's wrapper
        ('T="=?UTF-8?Q?Leveransadress=3A_ul._D=C5=82uga_40=2C_61-738_Pozna=C5=84?=" from', "ul. Długa 40",
         "ul._D=C5=82uga_40"),
        ('T="=?UTF-8?Q?Leveransadress=3A_ul._D=C5=82uga_40=2C_61-738_Pozna=C5=84?=" from', "61-738 Poznań",
         "61-738_Pozna=C5=84"),
        ("Subject: =?iso-8859-1?q?Gr=FC=DFe_von_J=F6rg?=", "Jörg", "J=F6rg"),
        ("reply to =?utf-8?Q?mdvorak=40seznam.cz?= now", "mdvorak@seznam.cz", "mdvorak=40seznam.cz"),
        # and its B, base64: a span covers the quartets its bytes are in
        ("From: =?UTF-8?B?U2l0aSBBbWluYWggYmludGkgQWJkdWxsYWg=?= <siti@example.my>", "Siti Aminah binti Abdullah",
         "U2l0aSBBbWluYWggYmludGkgQWJkdWxsYWg="),
        ("Subject: =?utf-8?b?SGVsbG8gZnJvbSBOZ3V54buFbiBUaOG7iyBMYW4=?=", "Nguyễn Thị Lan", "bSBOZ3V54buFbiBUaOG7iyBMYW4="),
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
    raw = "<b>Hi</b>"
    assert make_view(raw).text == "   Hi    "


@pytest.mark.parametrize("raw, text", [
    ('<a href="mailto:j@example.org">Jo</a><br/><br >', ' '*9 + 'mailto:j@example.org' + '  Jo' + ' '*4
     + '    \n' * 2),
    ("<my-card id=1>x</my-card>", " " * 14 + "x" + " " * 10),
    ("<!-- note -->", " " * 13),
    # what an attribute says about the page goes with the tag; what it holds stays
    ('<a href="/u/kim" rel="nofollow" class="Author">', ' ' * 9 + '/u/kim' + ' ' * 32),
    # an XML document's version, encoding and name spaces (Plesk's '<packet version="1.6.9.1">')
    ('<packet version="1.6.9.1" xmlns:x="urn:a"></packet>', ' ' * 42 + ' ' * 9),
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


@pytest.mark.parametrize("raw, text", [
    ("Regards,<br>Gary Whitmore<br/>Tel.", "Regards,   \nGary Whitmore    \nTel."),
    ("<p>Hi</p><div>Jo</div>", "  \nHi   \n    \nJo     \n"),
    ("<td>A</td><TD>B</TD>", "   \nA    \n   \nB    \n"),
    # inline markup, and tags whose names only start like a block's, stay blanks
    ("<b>Jo</b> <span>Lee</span><brand>", "   Jo     " + " " * 6 + "Lee" + " " * 7 + " " * 7),
])
def test_tags_that_break_a_line_end_in_a_line_break(raw, text):
    view = make_view(raw)
    assert view.text == text and len(view.text) == len(raw)
    # NER reads them as blanks, as it reads the rest of the markup
    assert view.prose == text.replace("\n", " ")


def test_ner_keeps_the_lines_the_raw_text_has():
    view = make_view("<p>Hi</p>\n<p>&amp; Jo</p>")
    assert view.text == "  \nHi   \n\n  \n& Jo   \n"
    assert view.prose == "   Hi    \n   & Jo    "


def test_markup_blanked_keeps_raw_offsets_and_encodings():
    from piiscan.detect.views import markup_blanked

    raw = "<p>O&#39;Neil<br>a%40b</p>"
    assert markup_blanked(raw) == "  \nO&#39;Neil   \na%40b   \n"
    assert markup_blanked("no markup & 5 < 6") == "no markup & 5 < 6"


def test_angle_brackets_outside_html_are_text():
    # a firewall's log line: its '<jdoe>' is a user, not a tag
    raw = "Group <GroupPolicy_AnyConnect> User <jdoe> IP <81.2.69.142> session started"
    assert make_view(raw).text == raw
    assert make_view("<p>User <jdoe></p>").text == "  \nUser          \n"  # in HTML it is one


def test_an_encoded_words_wrapper_is_blank_in_the_view():
    raw = "=?UTF-8?Q?Lena_Kr=C3=BCger?= and =?x-unknown?Q?Ann_Lee?="
    view = make_view(raw)
    assert view.text.split() == ["Lena", "Krüger", "and", "Ann", "Lee"]  # an unknown charset's ASCII reads


def test_a_base64_encoded_word_reads_as_its_text_and_one_that_is_none_as_it_is():
    assert make_view("=?ISO-8859-1?B?Suly9G1l?= wrote").text.split() == ["Jérôme", "wrote"]
    assert make_view("X: =?UTF-8?B?!!!notbase64?=").text == "X: =?UTF-8?B?!!!notbase64?="  # (no encoded word)
    assert make_view("=?UTF-8?B?bad*?=").text == "=?UTF-8?B?bad*?="


def test_cockroachdbs_redaction_markers_are_read_through():
    raw = "user=‹grace_k› VALUES (‹'Laura Jansen'›, ‹'+31624311839'›)"
    view = make_view(raw)
    assert view.text == "user=\"grace_k\" VALUES ( 'Laura Jansen' ,  '+31624311839' )"
    assert len(view.text) == len(raw)  # (same length: offsets are the raw text's)
    start = view.text.index("Laura")
    assert view.to_raw(start, start + 12) == (start, start + 12)


@pytest.mark.parametrize("raw, text", [
    # a dump's statement: its strings' escapes read as the characters they stand for
    (r"INSERT INTO `m` VALUES (5,'Hi\nanna@example.org\r\nO\'Neil\\nx');",
     "INSERT INTO `m` VALUES (5,'Hi\nanna@example.org\nO'Neil\\nx');"),
    # a row on a line of its own, as phpMyAdmin writes a statement's rows
    (r"(12, 'Chanda', 'Hi\nall'),", "(12, 'Chanda', 'Hi\nall'),"),
    # no statement: a backslash is what it says (a domain and its user)
    (r"Logon: CORP\nancy from 10.1.2.3", r"Logon: CORP\nancy from 10.1.2.3"),
    (r"SELECT name FROM t WHERE note = 'a\nb'", r"SELECT name FROM t WHERE note = 'a\nb'"),
])
def test_a_sql_statements_escapes_are_read_in_its_view(raw, text):
    assert make_view(raw).text == text


def test_an_escaped_line_end_maps_back_to_the_raw_text():
    raw = r"INSERT INTO `m` VALUES (5,'Hello\nanna@example.org');"
    view = make_view(raw)
    i = view.text.index("anna")
    start, end = view.to_raw(i, i + len("anna@example.org"))
    assert raw[start:end] == "anna@example.org"


def test_markup_blanked_ends_a_statements_escaped_lines():
    from piiscan.detect.views import markup_blanked

    raw = r"INSERT INTO `m` VALUES (5,'Plot 14 Kafue Road\r\nChilanga\nLusaka\\nx');"
    assert markup_blanked(raw) == "INSERT INTO `m` VALUES (5,'Plot 14 Kafue Road   \nChilanga \nLusaka\\\\nx');"
    assert markup_blanked(r"Logon: CORP\nancy") == r"Logon: CORP\nancy"


def test_a_line_break_tag_and_the_escaped_line_end_after_it_are_one_line_end():
    from piiscan.detect.views import make_view, markup_blanked

    raw = "(316, 9, 'I work from home.<br />\\r\\n<br />\\r\\nRegards,<br />\\r\\nAnil', 1707747068),"
    text = make_view(raw).text
    assert "Regards,     \n Anil'" in text and "\n\n" not in text
    blanked = markup_blanked(raw)
    assert len(blanked) == len(raw) and "Regards," in blanked and blanked.count("\n") == 3


def test_an_escaped_line_end_is_one_in_any_log_but_a_lone_escape_is_none():
    raw = r"msg=Equipo: Dell Latitude 5440\r\nNúmero de serie del equipo: ZMZ0CTP\r\nUUID"
    view = make_view(raw)
    assert view.text == "msg=Equipo: Dell Latitude 5440\nNúmero de serie del equipo: ZMZ0CTP\nUUID"
    start = view.text.index("ZMZ0CTP")
    assert raw[slice(*view.to_raw(start, start + 7))] == "ZMZ0CTP"
    assert make_view(r"user CORP\nancy logged in").text == r"user CORP\nancy logged in"  # (a domain and its user)
    from piiscan.detect.views import make_views
    assert [v.text for v in make_views([raw, r"CORP\nancy"])] == [view.text, r"CORP\nancy"]


def test_a_mail_bodys_quoted_printable_letters_are_read_and_mapped_back():
    from piiscan.detect.views import make_view

    raw = "N=C2=B0 de s=C3=A9rie : R58X30PY3XB, client Ou=C3=A9draogo"
    view = make_view(raw)
    assert view.text == "N° de série : R58X30PY3XB, client Ouédraogo"
    start = view.text.index("Ouédraogo")
    assert raw[slice(*view.to_raw(start, start + len("Ouédraogo")))] == "Ou=C3=A9draogo"
    # ASCII's codes and a lone '=XX' are as written: a URL's query ('a=BC'), a line's soft break
    assert make_view("x=3D1 and a=BC=").is_identity
