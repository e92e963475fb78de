"""A firm's row in a contacts export (detect/firmrows.py). Synthetic values."""

from __future__ import annotations

import pytest

from piiscan.detect.firmrows import (
    company_name_field,
    firms_finding,
    firms_rows,
    names_a_firm,
    subject_name_field,
)


@pytest.mark.parametrize(("field", "subject"), [
    ("Nome", True), ("Customer Name", True), ("Razão Social", True), ("name", True),
    ("Vendedor", False), ("Contacto", False), ("owner.name", False),  # (a seller's, a contact's; a nested object's)
    ("Company", False), ("organization", False),  # (a person's employer; the merchant whose export it is)
    # (round 57: a payment service's French client's name; a lender's legal person's name in its first name's column)
    ("Nom du client", True), ("firstName", True), ("contact.firstName", False),
    ("LastName", True), ("Contact", True),  # (round 58: a hotel's company profile, a booking's booker)
    ("user.name", True),  # (round 61: a JSON record's own 'name' beside its e-mail, as sources.jsonfmt hints it)
])
def test_a_records_own_name_column(field, subject):
    assert subject_name_field(field) is subject


@pytest.mark.parametrize(("text", "firm"), [
    ("Papelaria Central da Beira, Lda.", True), ("Cooperativa Agrícola do Vale do Sorraia, CRL", True),
    ("Farmácia Polana", True), ("Celso Sithole", False), ("Ana Lima, Rui Sousa", False),
    ("Alessandro Ferrara (Driftwood Analytics)", False),  # (a person, and his firm in brackets)
    # Mexico's, in capitals and its legal form left out or undotted (an invoicing API's 'legal_name', round 54)
    ("SERVICIOS LOGISTICOS TEPEYAC", True), ("TALLERES INDUSTRIALES DE NUEVO LEON S DE RL DE CV", True),
    ("Comercializadora del Norte, S.A. de C.V.", True), ("DAYANA LAGOS CIFUENTES", False),
    # French-speaking Africa's (a payment service's and a microlender's clients, round 57)
    ("Coopérative Benkadi", True), ("Hôtel Ilaka Palace", True), ("Groupe Scolaire Les Flamboyants", True),
    ("Clinique Sainte-Anne-Marie", True), ("Adjoua Brou", False), ("Mamadou Lamine Diallo", False),
    ("interCaribbean Airways", True), ("Banco Popular Dominicano", True), ("Shanice Ebanks", False),
    # the Nordics' legal forms after the name, Ukraine's before it (round 61)
    ("Ravnsborg Fisk A/S", True), ("Fjordens Blomster I/S", True), ("Fjellheim Sjømat DA", True),
    ("Nordkapp Frakt ASA", True), ("ФОП Коваленко Олена", True), ("Jens Dalgaard", False), ("Åsa Lindqvist", False),
])
def test_a_firms_name(text, firm):
    assert names_a_firm(text) is firm


@pytest.mark.parametrize(("field", "kind", "value", "firms"), [
    ("Morada", "LOCATION", "Rua Major Kanhangulo 45", True), ("Telefone", "PHONE_NUMBER", "222 334 455", True),
    ("Fax", "PHONE_NUMBER", "222 334 456", True), ("E-mail", "EMAIL_ADDRESS", "geral@papelaria.co.ao", True),
    ("E-mail do contacto", "EMAIL_ADDRESS", "info@papelaria.co.ao", True),  # (a desk's wherever it stands)
    # a person's, or may be: a named mailbox, a mobile, a contact's line, a note, a name
    ("E-mail", "EMAIL_ADDRESS", "celeste.m@papelaria.co.ao", False), ("Telemóvel", "PHONE_NUMBER", "+244 923 456 789", False),
    ("Telefone do contacto", "PHONE_NUMBER", "+244 923 456 780", False),
    ("Observações", "LOCATION", "Luanda", False), ("Contacto", "PERSON", "Celeste Macuácua", False),
    ("address.city", "LOCATION", "Luanda", True),  # (the record's own address object's)
    ("shipments.0.address.city", "LOCATION", "Luanda", False), ("owner.city", "LOCATION", "Luanda", False),
    ("addresses[0].line1", "LOCATION", "Marché central, magasin n° 243", True),  # (its first address in a list)
    ("addresses[1].line1", "LOCATION", "Marché central, magasin n° 243", False),
])
def test_what_in_a_firms_row_is_the_firms(field, kind, value, firms):
    assert firms_finding(field, kind, value) is firms


def test_firms_rows_are_those_whose_name_column_names_a_firm():
    cells = [(1, "Nome", "Papelaria Central da Beira, Lda."), (1, "Vendedor", "Rita Quaresma"),
             (2, "Nome", "Celso Sithole"), (2, "Vendedor", "Balcão Lisboa")]  # (a counter as the seller: no firm's row)
    assert firms_rows(cells) == {1}


def test_a_company_column_names_its_rows_firm_where_no_persons_name_stands_beside_it():
    # (round 60: Moneybird's contacts, a firm's 'company_name' beside a null 'firstname'; a person's employer
    # beside her name)
    assert company_name_field("company_name") and company_name_field("Bedrijfsnaam")
    assert not company_name_field("customer.company_name") and not company_name_field("Nome")
    cells = [(1, "company_name", "Menuiserie Ardennaise SRL"), (2, "company_name", "Groothandel Polderlicht B.V."),
             (2, "firstname", "Jan"), (3, "company_name", "Webbureau Pixelfabriek")]
    assert firms_rows(cells, people={2}) == {1, 3}
    assert names_a_firm("Fietsenmakerij De Spaak") and names_a_firm("Stichting Buurtzorg Oost")
    assert names_a_firm("Elektro Wiltz S.à r.l.") and not names_a_firm("Anouk van den Berg")
