"""PERSON: a name after its record's role, a pupil's, a patient's, an order's buyer (synthetic names)."""

from __future__ import annotations

import pytest

E = "PERSON"

POSITIVE = [
    ("Frais de scolarité T1 - élève Adjoua Brou (CM2)", ["Adjoua Brou"]),  # (a school's fee, by mobile money)
    ("Consultation prénatale - patiente Awa Diallo", ["Awa Diallo"]), ("tuition for student Kofi Mensah", ["Kofi Mensah"]),
    ("Commande de Mariam Kouassi - livraison J+1", ["Mariam Kouassi"]), ("Order from Jane Doe", ["Jane Doe"]),
    ("Pedido de Juan Pérez García", ["Juan Pérez García"]), ("élève Adjoua BROU", ["Adjoua BROU"]),
    ("Commande de Jean-Pierre Mbarga - livraison express", ["Jean-Pierre Mbarga"]),
    ("Frais de scolarité T2 - élève Affoué N'Guessan (CE1)", ["Affoué N'Guessan"]),
    ("Pedido 458812 de Rodrigo Fernández", ["Rodrigo Fernández"]), ("Order #1042 from Jane Doe", ["Jane Doe"]),
    ("Commande n° 4521 de Mariam Kouassi", ["Mariam Kouassi"]),  # (an order's number between)
    ("sms enviado a 0991234567 por Lucía Rodríguez", ["Lucía Rodríguez"]),  # (who did it, in Spanish, French)
    ("Turno reservado por Valentina Muñoz", ["Valentina Muñoz"]),
    ("cmd=description Cliente Ignacio Soto - Av. Grecia 1367 - Temuco", ["Ignacio Soto"]),  # (an ISP's port's)
    ('desc "Cliente Nicolás Soto / Lavalle 7070, La Plata"', ["Nicolás Soto"]), ("Réservation annulée par Amina Benali", ["Amina Benali"]),
]

NEGATIVE = [
    "élève Adjoua a payé", "Commande de Noël", "Student Portal Login",  # (one word; a role's word capitalized)
    "Order for Next Day Delivery Express",  # (four capitalized words: a service's)
    "Commande de 3 articles", "order of magnitude Larger Than",  # (no name after it; no role's word before it)
    "the students Awa Diallo",  # (a word ending in a role's letters)
    "Pedido 458812 de 3 artículos", "enviado por Correo", "enviado por DHL Express Argentina Sur",  # (no name:
    # a count, one word, four capitalized words)
    "creado por el sistema", "reservado porque Ana Díaz",  # (lower case; a longer word)
    "Cliente Nicolás Soto pidió", "Customer Success Team Lead Group - Q3",  # (no delimiter after; four capitalized words)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    assert sorted(v for t, v in find(text, E) if t == E and v in expected) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(recognizer, text):
    assert recognizer("PersonRoleRecognizer").analyze(text, [E], nlp_artifacts=None) == []



@pytest.mark.parametrize(("text", "expected"), [
    # round 66: a German record's role before a name (and English's, as a log writes it); a call's, a device's and a
    # parcel's person after 'von'; a Spanish chat's staff by their first name; whom a message speaks for; whom a
    # courier asks for
    ("INFO Mitarbeiter Emre Öztürk (Personalnummer 004512) hat Urlaubsantrag gestellt", ["Emre Öztürk"]),
    ("INFO Fahrer Bogdan Kaczmarek hat Tour 17 (Salzburg – Linz) abgeschlossen", ["Bogdan Kaczmarek"]),
    ("Employee Emre Öztürk (staff number 004512) requested leave", ["Emre Öztürk"]),
    ("INFO Rückrufbitte von Zofia Nowak, Tel. 0664 123 45 67", ["Zofia Nowak"]),
    ('Gerät "Laptop von Jürgen Hofer" (MAC 3C:22:FB:11:22:33)', ["Jürgen Hofer"]),
    ("el técnico Soraya va en camino.", ["Soraya"]), ("la asesora Leidy le escribe", ["Leidy"]),
    ("Buenas, escribo de parte de Karim Palacios, ella les compró un router", ["Karim Palacios"]),
    ("Al Fahad Tower, Dammam – reception, ask for Nawaf", ["Nawaf"]),
])
def test_round_66s_roles(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize("text", [
    "Mitarbeiter Portal Login", "Kunde Deutsche Telekom wechselt",  # (a heading's words; one name, no verb after)
    "please ask for Help.", "ask for Directions", "el técnico vino ayer",  # (no one's name)
    "on behalf of the team",
    # (after 'von' and 'für': a number, a single word, a brand, a day)
    "Anruf von 0711 / 123456 weitergeleitet", "Anruf von Unbekannt", "Laptop von Dell, neu", "Termin für Montag, 9 Uhr",
])
def test_no_role_name_in_round_66s_other_shapes(find, text):
    assert [v for t, v in find(text, E) if t == E] == []


@pytest.mark.parametrize(("text", "expected"), [
    # round 67: a Russian record's role in any case before a name in Cyrillic, one word enough
    ("Ответ от модератора Гульназ: тема закрыта.", ["Гульназ"]),
    ("курьер Рустам Ахмедов привезёт заказ", ["Рустам Ахмедов"]), ("Передал мастеру Ильдару.", ["Ильдару"]),
    ("клиент Сбербанка", []), ("курьер Яндекса", []), ("оператор Мегафона сказал", []),  # (a firm's)
    ("пользователь Windows", []), ("клиент МТС", []),  # (Latin letters; capitals)
])
def test_round_67s_russian_roles(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 68: a customer's first name alone, then what they did, as a desk's note writes it
    ("Ticket note: 'customer Ishita called from 9356248216'", ["Ishita"]), ("Customer Tanmay says hi", ["Tanmay"]),
    ("Customer Service called back", []), ("customer Support asked", []),  # (a desk's)
    ("customer Ishita", []),  # (nothing done)
])
def test_round_68s_customers(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 69: Tajik's and Turkmen's courier, capitalized at a text's start; the staff a customer names by their
    # role and what they did
    ('text="Курйер Ҷамшед (+992 92 864 5638) бо фармоиши ZB-11896', ["Ҷамшед"]),
    ("Kurýer Myrat (862467560) NPTM482895 ugratmaňyzy", ["Myrat"]),
    ("The driver Sainabou was very polite.", ["Sainabou"]), ("our technician Kwame Asante will call", ["Kwame Asante"]),
    ("The agent Abena said he will come on Monday", ["Abena"]),
    ("The driver Monday was late", []), ("the technician came", []),  # (a day; no name)
    ("Курйер бо фармоиш", []), ("Kurýer geldi", []),  # (no name's capital)
])
def test_round_69s_roles(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected
