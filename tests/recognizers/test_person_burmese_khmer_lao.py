"""PERSON: Burmese names by their honorific; names in Myanmar, Khmer and Lao script after the
words that introduce them (synthetic names)."""

from __future__ import annotations

import pytest

E = "PERSON"

POSITIVE = [
    ("Contact Daw Khin Myo Thant at +95 9 450 123 456", ["Daw Khin Myo Thant"]),
    ("Ma Thida Win, Kamayut, Yangon", ["Ma Thida Win"]), ("U Aung Kyaw Moe from Yangon", ["U Aung Kyaw Moe"]),
    ("Saw Eh Htoo from Hpa-An", ["Saw Eh Htoo"]), ("ask Daw Khin.", ["Daw Khin"]),  # ('Daw' before one syllable)
    ("Ko Zaw Min Htet (Wave Money)", ["Ko Zaw Min Htet"]),
    ("ကျွန်တော့်နာမည် အောင်ကျော်မိုး ပါ", ["အောင်ကျော်မိုး"]),  # Burmese: my name is ... (its polite particle no name)
    ("ជម្រាបសួរ ខ្ញុំឈ្មោះ សុខ ដារា", ["សុខ ដារា"]),  # Khmer: my name is ...
    ("ສະບາຍດີ ຂ້ອຍຊື່ ສຸກສະຫວັນ ພົມມະຈັນ", ["ສຸກສະຫວັນ ພົມມະຈັນ"]),  # Lao: my name is ...
    ("ຊື່: ນ້ອຍ ສີສຸພັນ ເດີ", ["ນ້ອຍ ສີສຸພັນ"]),  # a form's 'Name:' (Lao), its particle no name
    # (round 63: a sentence's end after the particle, the phone's label after the name end it)
    ("ကျွန်တော့်နာမည် ကျော်ဇော ပါ။ ဖုန်း ၀၉ ၇၈၁ ၂၃၄ ၅၆၇", ["ကျော်ဇော"]), ("ကျွန်တော့်နာမည် ကျော်ဇော ဖုန်း 09", ["ကျော်ဇော"]),
    ("សួស្តី ខ្ញុំឈ្មោះ សុខ ចាន់ថា លេខទូរស័ព្ទ 012 345 678", ["សុខ ចាន់ថា"]),
    ("ສະບາຍດີ ຂ້ອຍຊື່ ບຸນມີ ສີຫາລາດ ເບີໂທ 020 5512 3456", ["ບຸນມີ ສີຫາລາດ"]),
]

NEGATIVE = [
    "U Win again", "Ma Bell called", "Ko Samui trip", "Saw the Aung San Road",  # (one syllable; none; a place)
    "Daw", "ခ္ញុំ", "ຊື່:",  # (the words alone)
    "Mon May Win", "u aung kyaw moe", "MA THIDA WIN",  # (no honorific; in lower case, in capitals)
]


def _found(loaded, text):
    (lr,) = [lr for lr in loaded if type(lr.recognizer).__name__ == "PersonBurmeseKhmerLaoRecognizer"]
    return sorted(text[r.start:r.end] for r in lr.recognizer.analyze(text, [E], nlp_artifacts=None))


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(loaded, text, expected):
    assert _found(loaded, text) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(loaded, text):
    assert _found(loaded, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # round 63: a text message signed at its end in Khmer or Lao, after its last sentence or the number to call
    ('text="ខ្ញុំរស់នៅ ខណ្ឌសែនសុខ ឥឡូវនេះ សូមផ្លាស់ប្តូរអាសយដ្ឋាន។ យឹម សុធា"', ["យឹម សុធា"]),
    ('text="ຂໍໂທດ ເດືອນນີ້ຈ່າຍຊ້າ ຈະຈ່າຍວັນທີ 15. ໂທ 2023537804 ມະນີວັນ ດວງຈັກ"', ["ມະນີວັນ ດວງຈັກ"]),
    ('text="សូមផ្លាស់ប្តូរអាសយដ្ឋាន។ អរគុណ ច្រើន"', []),  # (its thanks)
    ('text="ຂອບໃຈ ຫຼາຍໆ"', []),  # (no sentence's end before)
])
def test_a_text_messages_signature_in_khmer_and_lao(loaded, text, expected):
    assert _found(loaded, text) == sorted(expected)
