"""Round 72's patterns in the bundled recognizers (Macau, Brunei and Timor-Leste; Chad, Niger and the Central
African Republic; Hawaii, Alaska and Louisiana), each with what it must not take (synthetic sentences)."""

from __future__ import annotations

import pytest

POSITIVE = [
    # Malay's son or daughter of, with Brunei's honorifics
    ("Dayang Nurul Aqilah binti Haji Abdul Rahman, Kuala Belait", "PERSON", "Dayang Nurul Aqilah binti Haji Abdul Rahman"),
    ("Awang Muhammad Hafiz bin Awang Jaludin", "PERSON", "Awang Muhammad Hafiz bin Awang Jaludin"),
    # a Chinese name labelled as one's Chinese name, after Cantonese's thanks, before a message's colon; Jyutping's
    ("中文名：梁月明。鍾意用廣東話溝通", "PERSON", "梁月明"), ("有咩事打我。唔該晒！吳雅婷", "PERSON", "吳雅婷"),
    ("麥嘉朗：上個月交咗費但仲話我欠款", "PERSON", "麥嘉朗"), ("中文名：區月明。鍾意", "PERSON", "區月明"),
    ("劉振華：上個月交咗費但仲話我欠款", "PERSON", "劉振華"), ("haak3 fuk6 hou2 hou2. -- Gwok3 Siu2 Man4", "PERSON",
                                                            "Gwok3 Siu2 Man4"),
    # Tetum's, Sango's 'my name is', 'I am'; Sango's and Hawaii Pidgin's greetings, French's thanks before a name
    ("Hau-nia naran Maria Ximenes, hela iha Becora", "PERSON", "Maria Ximenes"),
    ("Mbi yeke Léa Yangongo, mbi yeke na Bangui.", "PERSON", "Léa Yangongo"),
    ("[Bara mo Olivier, e yeke bâ kpale ti mo]", "PERSON", "Olivier"), ("[Singila Grâce! Plainte ti mo]", "PERSON",
                                                                         "Grâce"),
    ("[Merci Bernadette, votre plainte est enregistrée]", "PERSON", "Bernadette"),
    ("Howzit Keoni, no make li'dat", "PERSON", "Keoni"),
    # a sign-off's full stop before the name that ends the text
    ("Tolong tambah pilihan bayaran BIBD? Terima kasih. Mohammad", "PERSON", "Mohammad"),
    # a hotline's caller, an agent, a visit at someone's, a client's number and name
    ('note: "Appelant Aristide Gbanga signale un problème"', "PERSON", "Aristide Gbanga"),
    ("durée 473s agent Grâce Zoumaldé — note", "PERSON", "Grâce Zoumaldé"),
    ("Visite PR-6994 chez Achtaha Haroun (Rue 5224, Klémat)", "PERSON", "Achtaha Haroun"),
    ("ref=DEP-2024-03 client #11199 (Mbaïrem Allamine) montant=114500", "PERSON", "Mbaïrem Allamine"),
    # a French log's staff by their login after what was done
    ("catégorie=SANTE, priorité=2, assignée à zoumalde.t", "USERNAME", "zoumalde.t"),
    ("Plainte mise à jour par mireillew: contact", "USERNAME", "mireillew"),
    ("Session ouverte pour prisca.ndakala <p.ndakala@kodro-cf.org>", "USERNAME", "prisca.ndakala"),
    # Windows' prefix and a name after a machine's key; a serial in brackets after one's device; a grouped IMEI
    ("poste=LAPTOP-PRISCA ip=41.78.81.175", "HOSTNAME", "LAPTOP-PRISCA"),
    ("Hello, my gateway (KSG24C8877731) drops off", "SERIAL_NUMBER", "KSG24C8877731"),
    ("IMEI on the sticker: 86 891504 774478 4. Download", "HARDWARE_ID", "86 891504 774478 4"),
    # French SMS gateways' and call logs' parties, a line a message names, Hausa's 'your line'
    ("SMS reçu de 72 86 11 28 (Telecel) via modem", "PHONE_NUMBER", "72 86 11 28"),
    ("Appel entrant 77059763 durée 473s", "PHONE_NUMBER", "77059763"),
    ("Bonjour Harouna, votre ligne 90112233 est identifiée", "PHONE_NUMBER", "90112233"),
    ("an yi rijistar layinka 90112233. Na gode", "PHONE_NUMBER", "90112233"),
    # a ZIP code a sentence gives; a numbered street in N'Djamena and Niamey; Brunei's villages, Macau's addresses
    ("my zip is 99766", "LOCATION", "99766"), ("zip code 70517-1234", "LOCATION", "70517-1234"),
    ("adresse Rue 106, 2e arrondissement, PK5", "LOCATION", "Rue 106"),
    ("(Rue 5224, Klémat)", "LOCATION", "Rue 5224"),
    ("No. 12, Simpang 34, Kampong Kiulap", "LOCATION", "No. 12, Simpang 34"),
    ("Mukim Kilanas, Brunei-Muara", "LOCATION", "Mukim Kilanas"),
    ("澳門南灣大馬路 567 號 大西洋銀行大廈", "LOCATION", "澳門南灣大馬路 567 號"),
    ("地址：氹仔布拉干薩街 45 號 12 樓 A 室", "LOCATION", "氹仔布拉干薩街 45 號 12 樓 A 室"),
    # Alaska's villages and towns
    ("Angoon; Hoonah; Yakutat", "LOCATION", "Hoonah"), ("Haines, AK 99827", "LOCATION", "Haines"),
]

NEGATIVE = [
    ("Win10 Pro Note8", "PERSON", "Win10 Pro Note8"),  # (no Jyutping: no tone's digit on every syllable)
    ("Model3 and Note9", "PERSON", "Model3 and Note9"),
    ("x assignée à tous les agents", "USERNAME", "tous"), ("Commande créée par défaut", "USERNAME", "défaut"),
    ("DESKTOP-SUPPORT is a group", "HOSTNAME", "DESKTOP-SUPPORT"),
    ("my router (TP-LINK) is slow", "SERIAL_NUMBER", "TP-LINK"),
    ("IMEI 86 891504 774478", "HARDWARE_ID", "86 891504 774478"),
    ("zip 99766 bytes", "LOCATION", "99766"), ("order code 99766", "LOCATION", "99766"),
    ("Thanks. Will do", "PERSON", "Will"), ("Rue 12 is closed", "LOCATION", "Rue 12"),
    ("Haines", "LOCATION", "Haines"), ("Craig", "LOCATION", "Craig"),
    ("votre ligne directe est ouverte", "PHONE_NUMBER", "directe"),
    # a label or an office's name before a full-width colon is no writer's name
    ("區域：澳門", "PERSON", "區域"), ("關鍵字：網絡", "PERSON", "關鍵字"), ("衛生局：通知", "PERSON", "衛生局"),
    # an obfuscated address's domain is no Romanian commune
    ("di aiman.hashim (at) gmail (dot) com. Terima kasih", "LOCATION", "com. Terima"),
]


@pytest.mark.parametrize(("text", "entity", "value"), POSITIVE)
def test_positive(find, text, entity, value):
    assert (entity, value) in find(text, entity), find(text, entity)


@pytest.mark.parametrize(("text", "entity", "value"), NEGATIVE)
def test_negative(find, text, entity, value):
    assert (entity, value) not in find(text, entity), find(text, entity)


def test_a_malay_name_needs_its_bin_or_binti(find):
    # (the pattern's evidence is the father's name after 'bin' or 'binti': a name without one is the model's)
    assert ("PERSON", "Dayang Nurul Aqilah") not in find("Dayang Nurul Aqilah, Kuala Belait", "PERSON")
