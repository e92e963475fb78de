"""PERSON: names in Bengali, Sinhala, Tamil and Thaana script after the words that introduce them
(synthetic names)."""

from __future__ import annotations

import pytest

E = "PERSON"

POSITIVE = [
    ("আমার নাম ফারহানা ইসলাম, ফোন ০১৭১১-২৩৪৫৬৭", ["ফারহানা ইসলাম"]),  # Bengali: my name is ...
    ("আমার নাম হলো তানভীর রহমান আমি ঢাকা থেকে", ["তানভীর রহমান"]),  # (its 'is', and 'I' after the name)
    ("নামঃ মোঃ রফিকুল ইসলাম", ["মোঃ রফিকুল ইসলাম"]),  # a form's 'Name:' with the visarga as its colon
    ("මගේ නම නිමාලි පෙරේරා, දුරකථන 077 123 4567", ["නිමාලි පෙරේරා"]),  # Sinhala: my name is ...
    ("என் பெயர் சுதர்சன் சிவகுமார், யாழ்ப்பாணம்.", ["சுதர்சன் சிவகுமார்"]),  # Tamil: my name is ...
    ("பெயர்: தர்ஷினி ராஜேந்திரன்", ["தர்ஷினி ராஜேந்திரன்"]),  # Tamil: Name:
    ("އަހަރެންގެ ނަމަކީ އައިޝަތު ޝިފާނާ، ފޯނު 7771234", ["އައިޝަތު ޝިފާނާ"]),  # Dhivehi: my name is ...
    ("ނަން: މުހައްމަދު ނަޝީދު", ["މުހައްމަދު ނަޝީދު"]),  # Dhivehi: Name:
]

NEGATIVE = [
    "আমার নাম", "নাম:", "පෙයර්:",  # (the words alone)
    "আমার নাম Farhana", "ঢাকা ১২০৯",  # (a name in Latin letters is the other recognizers'; no label)
]


def _found(loaded, text):
    (lr,) = [lr for lr in loaded if type(lr.recognizer).__name__ == "PersonSouthAsianScriptRecognizer"]
    return sorted(text[r.start:r.end] for r in lr.recognizer.analyze(text, [E], nlp_artifacts=None))


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(loaded, text, expected):
    assert _found(loaded, text) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(loaded, text):
    assert _found(loaded, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # round 65: a signature after a dash, alone on the last line (a dump's string ends after it too); the line after
    # a thanks; a mail header's name before its address
    ("print kinte chai, kivabe pabo?\n— নুসরাত", ["নুসরাত"]), ("Thanks\n— නදීෂා', 'true'", ["නදීෂා"]),
    ("0675603 - அழையுங்கள்\n\nநன்றி,\nகீர்த்தனா சிவகுமார்", ["கீர்த்தனா சிவகுமார்"]),
    ("ޝުކުރިއްޔާ،\nމުޙައްމަދު ރަޝީދު", ["މުޙައްމަދު ރަޝީދު"]), ("ස්තූතියි,\nචතුර පෙරේරා", ["චතුර පෙරේරා"]),
    ('From: "সাদিয়া দাস" <sadiad69@gmail.com>', ["সাদিয়া দাস"]),
])
def test_round_65s_signatures_and_senders(loaded, text, expected):
    assert _found(loaded, text) == sorted(expected)


@pytest.mark.parametrize("text", [
    "x — নুসরাত",  # (a dash inside a line: no signature)
    "নন্দি,\nনুসরাত রহমান আছে এখানে",  # (no thanks word of the list; a sentence goes on)
    'Subject: "সাদিয়া দাস" <sadiad69@gmail.com>',  # (no sender's header)
])
def test_no_signature_in_round_65s_other_shapes(loaded, text):
    assert _found(loaded, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # round 68: Telugu's, Kannada's, Malayalam's, Gujarati's and Punjabi's name labels and 'my name is'
    ("పేరు: శ్రీనివాస్ రెడ్డి, ఫోన్: 9848022338", ["శ్రీనివాస్ రెడ్డి"]), ("నా పేరు లక్ష్మి", ["లక్ష్మి"]),
    ("ಹೆಸರು: ರಮೇಶ್ ಗೌಡ", ["ರಮೇಶ್ ಗೌಡ"]), ("പേര്: അനിൽ കുമാർ", ["അനിൽ കുമാർ"]),
    ("નામ: હાર્દિક પટેલ", ["હાર્દિક પટેલ"]), ("ਨਾਮ: ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ", ["ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ"]),
    ("నా పేరు నేను", []),  # ('I': a statement's word, no name)
    ("ఫైల్ పేరు", []),  # (a file's name: no label's colon, no 'my')
])
def test_round_68s_labels(loaded, text, expected):
    assert _found(loaded, text) == sorted(expected)
