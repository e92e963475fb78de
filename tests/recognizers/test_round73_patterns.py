"""Round 73's patterns in the bundled recognizers (Guyana, Belize and the Falklands; Cape Verde, São Tomé and
Príncipe and Guinea-Bissau; Puerto Rico and the US Virgin Islands), each with what it must not take (synthetic
sentences)."""

from __future__ import annotations

import pytest

POSITIVE = [
    # Cape Verdean's, Guinea-Bissau Kriol's, Forro's, Belize Kriol's and Crucian's 'my name is'
    ("Nha nomi é Djarai Tavares, N ta mora na Achada", "PERSON", "Djarai Tavares"),
    ("Nha nomi i Braima Baldé, N sta na Bissau", "PERSON", "Braima Baldé"),
    ("Nomi mu sá Nilza Trovoada, N ka mora na Trindade", "PERSON", "Nilza Trovoada"),
    ("N ta txoma Edson Fortes.", "PERSON", "Edson Fortes"),
    ("Mi naym da Kenrick Flowers, ah deh from Belmopan.", "PERSON", "Kenrick Flowers"),
    ("Me name Delroy Hendricks, me live up Estate Whim", "PERSON", "Delroy Hendricks"),
    # Spanish's respect for a lady before her name
    ("Hola, Doña Carmen.", "PERSON", "Carmen"),
    # five-digit numbers of small islands' plans after a telephone's word
    ("Tel: 21234", "PHONE_NUMBER", "21234"), ("phone 22 123", "PHONE_NUMBER", "22 123"),
    ("Tel 22345 (Stanley)", "PHONE_NUMBER", "22345"),
    # the British overseas territories' postcodes
    ("14 Ross Road, Stanley FIQQ 1ZZ", "LOCATION", "FIQQ 1ZZ"), ("Jamestown STHL 1ZZ", "LOCATION", "STHL 1ZZ"),
    # Puerto Rico's boxes, condominiums, plots, extensions and its avenue before its name and number
    ("HC-02 Box 15432, Arecibo PR 00612", "LOCATION", "HC-02 Box 15432"),
    ("RR 1 Box 2345, Toa Alta PR 00953", "LOCATION", "RR 1 Box 2345"),
    ("PO Box 9021112, San Juan, PR 00902-1112", "LOCATION", "PO Box 9021112"),
    ("Cond. Torres del Parque Apt 1204, San Juan", "LOCATION", "Cond. Torres del Parque"),
    ("Parc. Falú, Calle 12 #345, San Juan", "LOCATION", "Parc. Falú"),
    ("Ext. Villa Rica, Calle 3 D-12, Bayamón", "LOCATION", "Ext. Villa Rica"),
    ("Ave. Ponce de León 1403, Santurce", "LOCATION", "Ave. Ponce de León 1403"),
    # a customer's name in quotes, a delivery's addressee, a customer's full name before what they did
    ('O cliente "Fatumata Ntchama" tem 1 faturas vencidas', "PERSON", "Fatumata Ntchama"),
    ("Entregar a Domingos Fati, Avenida Pansau Na Isna 124", "PERSON", "Domingos Fati"),
    ("Cliente Ussumane Sanca pidi pa mandadu fatura", "PERSON", "Ussumane Sanca"),
    # Guinea-Bissau Kriol's greeting; Portuguese's 'signed'; 'I am' before whose booking; Cape Verdean's 'I am'
    ("Mantenha Aladje Nhanca! Nô ten stock", "PERSON", "Aladje Nhanca"),
    ('"Obrigadu pa tudu! Ass. Odair Barros"', "PERSON", "Odair Barros"),
    ("Ola, sou Edson da reserva BK594849", "PERSON", "Edson"),
    ("Modi ki bu sta? Mi e Aristides, N ta txiga", "PERSON", "Aristides"),
    # Guyana's regions by their names
    ("Address 1 State: East Berbice-Corentyne", "LOCATION", "East Berbice-Corentyne"),
    ("Upper Takutu-Upper Essequibo", "LOCATION", "Upper Takutu-Upper Essequibo"),
]

NEGATIVE = [
    ("Tell me name of the file please.", "PERSON", "of"),  # (no capital: no name)
    ("Office: 20134", "PHONE_NUMBER", "20134"), ("Tel: 12345", "PHONE_NUMBER", "12345"),  # (a room; a placeholder)
    ("tlm 82 765 4321", "PHONE_NUMBER", "82 765"), ("Tel: 21234-5", "PHONE_NUMBER", "21234"),  # (a longer number)
    ("FIQQ 12Z", "LOCATION", "FIQQ 12Z"),  # (not the territory's one postcode)
    ("Call Ext. 204 for help", "LOCATION", "Ext. 204"),  # (a phone's extension)
    ("HC 2 hours", "LOCATION", "HC 2"), ("RR 1 is the first route", "LOCATION", "RR 1"),
    ("Don Felo", "PERSON", "Felo"),  # ('Don' is a name too: no title)
    ('O cliente "premium" tem', "PERSON", "premium"), ("Entregar a Domicilio, hoy", "PERSON", "Domicilio"),
    ("Customer Service called back", "PERSON", "Service called"), ("mi e-mail es", "PERSON", "mail"),
    ("Ass. Manager John Smith will call", "PERSON", "Manager John Smith"),
    ("Ola, sou Edson Furtado da reserva", "PERSON", "Edson"),  # (two words: the full name's rule, not this)
]


@pytest.mark.parametrize(("text", "entity", "value"), POSITIVE)
def test_positive(find, text, entity, value):
    assert (entity, value) in find(text, entity), find(text, entity)


@pytest.mark.parametrize(("text", "entity", "value"), NEGATIVE)
def test_negative(find, text, entity, value):
    assert (entity, value) not in find(text, entity), find(text, entity)
