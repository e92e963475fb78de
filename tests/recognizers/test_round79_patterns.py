"""Round 79's patterns in the bundled recognizers (Crete, Dalmatia and Transylvania; Kerala, Sikkim and Ladakh;
Mindanao and the Sulu archipelago), each with what it must not take (synthetic sentences)."""

from __future__ import annotations

import pytest

POSITIVE = [
    # a '+' starts a number of its own after a PIN code's digits; Greece's ten digits, its home phone's label
    ("Pema Bhutia, Gangtok, Sikkim 737101 +91-9733012345", "PHONE_NUMBER", "+91-9733012345"),
    ("kai o ksaderfos Giannis, kin. 699 3016669", "PHONE_NUMBER", "699 3016669"),
    ("Phone of our host Kostas: 28318 52572", "PHONE_NUMBER", "28318 52572"),
    ("οδό Αρκαδίου 49, Κίσσαμος. Τηλ. σπιτιού 2843798325", "PHONE_NUMBER", "2843798325"),
    # a one-time code's recipient, Hindi's 'my number', Cebuano's 'my number' after it, a second number's label
    ("info: [otp] sending OTP to 9797488232 via MSG91", "PHONE_NUMBER", "9797488232"),
    ("धन्यवाद! मेरा नंबर 09419569306 है", "PHONE_NUMBER", "09419569306"),
    ("09171234567 akong number", "PHONE_NUMBER", "09171234567"),
    ("Prefers text. Alt # 09298704733.", "PHONE_NUMBER", "09298704733"),
    ("created BK-24-01295 for Neha Gupta (9469732875) homestay", "PHONE_NUMBER", "9469732875"),
    # RuPay's 81 and 82 ranges
    ("card=8172331088295138 exp=03/26", "CREDIT_CARD", "8172331088295138"),
    # an IPv6 address before a DSpace action's word; a client's machine by its name
    ("ip_addr=2406:8800:e6ee:9e77:afe0:dfad:4827:5477:view_item:handle=1", "IP_ADDRESS",
     "2406:8800:e6ee:9e77:afe0:dfad:4827:5477"),
    ("ip_addr=152.58.12.222:authenticate:client_host=joseph-lenovo, jwt", "HOSTNAME", "joseph-lenovo"),
    # Greek family names; Hindi's, Nepali's and Marathi's 'my name is'; a greeting and 'I' in Malayalam
    ("Κράτηση: Μαρία Παπαδάκη, Ηράκλειο", "PERSON", "Μαρία Παπαδάκη"),
    ("Reservation for Eleni Kazantzaki in Rethymno", "PERSON", "Eleni Kazantzaki"),
    ("Dimitris Papadopoulos", "PERSON", "Dimitris Papadopoulos"),
    ("मेरो नाम रमेश राई हो", "PERSON", "रमेश राई"), ("माझे नाव सुनील पाटील आहे", "PERSON", "सुनील पाटील"),
    ("ഹലോ, ഞാൻ വിഷ്ണു നമ്പൂതിരി, Kottayam-ൽ നിന്ന്", "PERSON", "വിഷ്ണു നമ്പൂതിരി"),
    # a record's authors, each apart by a semicolon; a Tibetan name in an English line; a quoted message's sign-off
    ("Authors:      ജോസഫ് കുര്യൻ; Kurian, Reshma", "PERSON", "Kurian, Reshma"),
    ("Authors:      ജോസഫ് കുര്യൻ; Kurian, Reshma", "PERSON", "ജോസഫ് കുര്യൻ"),
    ("created BK-24-01208 for ཚེ་རིང་དབང་མོ (+91-70-0670-7634)", "PERSON", "ཚེ་རིང་དབང་མོ"),
    ('message="Please call me back on 9469800997 - Syed" from syed70@outlook.com', "PERSON", "Syed"),
    # a welcome's name in a guest's arrival mail
    ("Dobrodošli, Nikolina! Upute za dolazak", "PERSON", "Nikolina"), ("Vítejte, Jan! Pokyny", "PERSON", "Jan"),
    # a Greek street in lower case after its article; a town before a case ending in India's scripts
    ("Μένουμε στην οδό Καλεργών 79, Χερσόνησος.", "LOCATION", "οδό Καλεργών 79"),
    ("ഹലോ, Kottayam-ൽ നിന്ന്", "LOCATION", "Kottayam"),
    # Mindanao's postcodes; Cebuano's 'from' and 'here at'
    ("Brgy. Hinaplanon, Iligan City 9200 next month", "LOCATION", "9200"),
    ("Taga Nituan ra ko.", "LOCATION", "Nituan"), ("may WiFi dito sa Tambler? Mahina", "LOCATION", "Tambler"),
    # mail addresses: '@' with its dots spelled out; 'at' before a school's domain under a country's own
    ("mag-email sa akong jayar.pagatpatan@adzu dot edu dot ph, naa", "EMAIL_ADDRESS",
     "jayar.pagatpatan@adzu dot edu dot ph"),
    ("sa akong paolo.garcia at adzu.edu.ph, naa", "EMAIL_ADDRESS", "paolo.garcia at adzu.edu.ph"),
    # logins: a local account, a backup's folder, a login said after its question, a Facebook short link
    ("Device name Joannas-iPhone, local account dodongaqu. PO-2024-9859.", "USERNAME", "dodongaqu"),
    ("copied to external drive, folder radzmir_amil_backup. Device", "USERNAME", "radzmir_amil"),
    ("PPPoE username? Ang naa sa router kay kfcot_rey9268. Na-reset", "USERNAME", "kfcot_rey9268"),
    ("Customer messaged on FB (fb.com/maria.alvarez), told them", "USERNAME", "maria.alvarez"),
    ("Utilizatorul cristian.bogdan a raportat blocări", "USERNAME", "cristian.bogdan"),
    # a postcode before or after a listed town; a license key after Romanian's 'license'; a Croatian given name
    # that is an English word too, a family name after it; Malayalam's thanks before a sign-off's name
    ("Calea Dorobanților 53, ap. 24, 540780 Alba Iulia", "LOCATION", "540780"),
    ("Chania, Crete 73100", "LOCATION", "73100"),
    ("Licență KSC 4E8A-000451-9C7E21B3, expiră 31.12.2025", "SERIAL_NUMBER", "4E8A-000451-9C7E21B3"),
    ('"Mate Jurić" <mjuric@gmail.com>', "PERSON", "Mate Jurić"),
    ("upload cheythittu kanunnilla. Nanni, Fathima Haneefa", "PERSON", "Fathima Haneefa"),
]

NEGATIVE = [
    ("total 1234 +5678 items", "PHONE_NUMBER", "+5678"),
    ("sent SMS to 12 users", "PHONE_NUMBER", "12"),
    ("id 8172331088295139", "CREDIT_CARD", "8172331088295139"),  # (no Luhn)
    ("a 2607:fb90:3413:81b0:7fd6:22e6:7ccf:ab93:3372 b", "IP_ADDRESS", "2607:fb90:3413:81b0:7fd6:22e6:7ccf:ab93:3372"),
    ("Taverna Manousakis", "PERSON", "Taverna Manousakis"), ("ride a Kawasaki", "PERSON", "ride a Kawasaki"),
    ("मेरा नाम क्या है", "PERSON", "क्या"), ("ഞാൻ ഇന്ന് വരില്ല, ക്ഷമിക്കണം", "PERSON", "ഇന്ന് വരില്ല"),
    ("Authors: see attached", "PERSON", "see attached"),
    ('comment="Great stay - Recommended" from a@b.in', "PERSON", "Recommended"),
    ("Kottayam-based firm", "LOCATION", "Kottayam"), ("Cotabato City 2024 budget", "LOCATION", "2024"),
    ("η οδός είναι κλειστή", "LOCATION", "οδός"),
    ("we met at home.com.au", "EMAIL_ADDRESS", "we met at home.com.au"),
    ("folder backup_old", "USERNAME", "backup"),
    ("Dili maka-connect akong laptop", "LOCATION", "Dili"),
    ("Login password reset mail varunnilla.", "USERNAME", "password"),
    ("Benutzer Anna hat", "USERNAME", "Anna"),  # (a login is in lower case)
    ("order 123456 Split payment", "LOCATION", "123456"),
    ("Cheers, Mate", "PERSON", "Mate"),
]


@pytest.mark.parametrize(("text", "entity", "value"), POSITIVE)
def test_positive(find, text, entity, value):
    assert (entity, value) in find(text, entity), find(text, entity)


@pytest.mark.parametrize(("text", "entity", "value"), NEGATIVE)
def test_negative(find, text, entity, value):
    assert (entity, value) not in find(text, entity), find(text, entity)
