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
