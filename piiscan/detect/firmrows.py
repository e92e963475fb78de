"""A firm's row in a contacts export: its address, its lines and its desks are the firm's.

A client list or a buyers' report holds people and firms side by side, one per row
('Celso Sithole' with his home address and mobile; 'Papelaria Central da Beira, Lda.' with
its shop's street, its '808' line and 'geral@'). Each cell is a record of its own, so no
recognizer sees the row: a town is a town, whoever's row it stands in. This step reads the
row: where its subject's name column names a firm (its legal form, its kind of business),
the row's places, its phone and fax lines and its desks' mailboxes are the firm's, no one's
personal data, and are not reported; nor are those values where the row's notes repeat them
(firms_value). A contact person's columns in that row ('Contacto', 'E-mail do contacto') and a
mobile's column are left as they are: a person's, or may be.

Only a record's top-level columns count (a CSV's; a JSON record's own keys, and its own
address object's parts): a nested object's 'name' is a device's or an item's as often as
its subject's.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A record's subject by its name, normalized (structure.normalize_name): the customer's, the
# client's, the buyer's column; not a seller's, an owner's or an agent's ('Vendedor': a shop's
# counter may stand there, 'Balcão Lisboa', in a person's row)
_SUBJECT_NAMES = frozenset({
    "name", "fullname", "nome", "nomecompleto", "nombre", "nombrecompleto", "nom", "nomcomplet",
    "customer", "customername", "client", "clientname", "cliente", "nomedocliente", "nombredelcliente",
    "buyer", "buyername", "comprador", "nomedocomprador", "razaosocial", "nomerazaosocial",
    "nomeourazaosocial", "legalname", "nombrefiscal", "nombreorazonsocial", "razonsocialonombre",
    # French's client's name, its legal name (a payment service's 'Nom du client': 'Pharmacie du Plateau')
    "nomduclient", "nomclient",
    # and a first name's column where a lender's API keeps a legal person's name (Mambu's 'firstName': 'Kin
    # Logistique SARL', beside 'lastName': '(Personne morale)'); a person's first name names no firm
    "firstname", "prenom", "prenomduclient",
    "lastname", "surname",  # (and a hotel's company profile's: Mews' 'LastName': 'Banco Popular Dominicano')
    "contact",  # (a booking's booker: FareHarbor's 'Contact': 'Goddard Enterprises Ltd', its desks' mailboxes)
    # Czech's and Slovak's, Polish's and German's buyer, customer, client (Fakturoid's invoices: 'Odběratel':
    # 'Masarykova univerzita', its seat in the row)
    "odberatel", "zakaznik", "klient", "nabywca", "kunde", "kundenname",
})  # (not 'Company', 'Organization': a person's employer, or the merchant whose export it is, beside their name)
# The subject's columns that name a party to the record, not the record's own person: a buyer, a customer, a
# client, a booker. A firm there is the row's subject only where no person's name stands beside it (an event's
# attendee list: 'Nome': 'Luís Fernando', 'Nome do comprador': 'Banco do Brasil', the attendee's town theirs)
_PARTY_NAMES = frozenset({
    "customer", "customername", "client", "clientname", "cliente", "nomedocliente", "nombredelcliente",
    "buyer", "buyername", "comprador", "nomedocomprador", "nomduclient", "nomclient", "contact",
    "odberatel", "zakaznik", "klient", "nabywca", "kunde", "kundenname",
})
# A company's column: a person's employer beside their name, but the row's subject where no name of a person
# stands in the row (Moneybird's contacts: 'company_name': 'Menuiserie Ardennaise SRL', 'firstname': null)
_COMPANY_NAMES = frozenset({
    "company", "companyname", "bedrijf", "bedrijfsnaam", "firma", "firmenname", "organisation", "organization",
    "organisationname", "organizationname", "organisatie", "entreprise", "nomentreprise", "societe", "empresa",
    "nomedaempresa", "nombreempresa", "nombredelaempresa", "businessname",
    # French's legal name, a form's optional firm to invoice beside its payer's own name (HelloAsso's 'Raison
    # sociale': 'Boulangerie Ben Salah', the payer's home address in the row); the row's subject where no person is
    "raisonsociale", "denomination", "denominationsociale",
})
# A contact person's columns in a firm's row: theirs, not the firm's
_CONTACT_WORDS = ("contact", "contacto", "contato", "kontakt", "ansprechpartner", "attn", "attention",
                  "responsavel", "responsable", "representative", "representante", "person", "pessoa")
# The record's own side's staff: who issued, made or handles it (Fakturoid's 'Vystavil': the seller's clerk who
# issued the invoice, beside its buyer 'Odběratel': 'Masarykova univerzita'), no party to it
_STAFF_WORDS = ("vystavil", "vyrizuje", "zpracoval", "obchodnik", "issuedby", "issuer", "createdby", "modifiedby",
                "updatedby", "vendedor", "seller", "salesperson", "salesrep", "agent", "assignee", "assignedto",
                "atendente", "cashier", "ausgestelltvon", "bearbeiter", "wystawil", "wystawca")
# A mobile's column: a firm's mobile is as often its owner's own
_MOBILE_WORDS = ("mobile", "mobil", "movil", "telemovel", "celular", "cell", "handy", "gsm", "whatsapp")
FIRMS_TYPES = frozenset({"LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS"})


@lru_cache(maxsize=4096)
def subject_name_field(field: str | None) -> bool:
    """Whether ``field`` is a record's own name column (a client's, a buyer's)."""
    from .structure import normalize_name

    # ('user.name': a JSON record's own 'name' beside its e-mail, as sources.jsonfmt hints it; e-conomic's
    # customer {"name": "Ravnsborg Fisk A/S", "email": "bogholderi@...", ...})
    return field is not None and ("." not in field and normalize_name(field) in _SUBJECT_NAMES or field == "user.name")


@lru_cache(maxsize=4096)
def company_name_field(field: str | None) -> bool:
    """Whether ``field`` is a record's own company column: its subject where no person's name
    stands in its row (see firms_rows)."""
    from .structure import normalize_name

    return field is not None and "." not in field and normalize_name(field) in _COMPANY_NAMES


def names_its_rows_person(field: str | None) -> bool:
    """Whether a person found in ``field`` is its row's subject, or may be: a name's column of any
    language ('Naam', 'Voornaam'), not a note's, a contact person's (whom a firm's row names too) nor the
    record's own side's staff's ('Vystavil', who issued an invoice)."""
    # ('user.name': a JSON record's own 'name', as sources.jsonfmt hints it: Countly's user beside its 'organization')
    return field is not None and ("." not in field or field == "user.name") and not company_name_field(field) \
        and _kind_of_column(field) == "other"


@lru_cache(maxsize=4096)
def _kind_of_column(field: str) -> str:
    from .structure import is_free_text_name, normalize_name

    name = normalize_name(field)
    if is_free_text_name(field):
        return "notes"  # (a note's sentences name whom they name: 'Contacto alternativo: Helena Neto, +244 ...')
    if any(w in name for w in _CONTACT_WORDS):
        return "contact"
    if any(w in name for w in _MOBILE_WORDS):
        return "mobile"
    if any(w in name for w in _STAFF_WORDS):
        return "staff"
    return "other"


# A record's own address object, its parts nested in it (an invoicing API's customer: 'address.street',
# 'address.zip')
_ADDRESS_OBJECTS = frozenset({"address", "direccion", "domicilio", "endereco", "adresse", "fiscaladdress",
                              "domiciliofiscal", "billingaddress", "addresses"})


@lru_cache(maxsize=4096)
def _the_records_address(field: str) -> bool:
    from .structure import normalize_name

    top, _, rest = field.partition(".")
    if top.endswith("[0]"):
        top = top[:-3]  # (its first address in a list of them: Mambu's 'addresses[0].line1')
    return "." not in rest and normalize_name(top) in _ADDRESS_OBJECTS


def names_a_firm(text: str) -> bool:
    """Whether a name column's value is a firm's: a kind of business or a legal form in it
    ('Papelaria Central da Beira, Lda.', 'Farmácia Polana'), a comma only before its legal
    form (a list of names has commas too)."""
    from .structure import firms_name_value

    return "(" not in text and firms_name_value(text)  # (not a person and a firm in brackets: 'Ana Lima (Acme)')


def names_a_contact(field: str | None) -> bool:
    """Whether a person found in ``field`` is a firm's contact person ('Kontaktní osoba', 'Contact name')."""
    return field is not None and "." not in field and _kind_of_column(field) == "contact"


def names_a_mobile(field: str | None) -> bool:
    """Whether ``field`` is a mobile's column ('Telemóvel', 'Mobile')."""
    return field is not None and "." not in field and _kind_of_column(field) == "mobile"


def firms_finding(field: str, entity_type: str, value: str, contact_named: bool = False) -> bool:
    """Whether a finding of ``entity_type`` on ``value``, in column ``field`` of a firm's row,
    is the firm's: its address's pieces, its lines (not in a contact's or a mobile's column, nor
    where the row names its contact person and has no mobile's column of a number: its one line is
    then the one to reach them, as often their own; Fakturoid's 'Kontaktní osoba': 'Kristýna
    Jelínková', 'Telefon': '736 400 913'), its desks' mailboxes (in any column but a note's: 'info@'
    is a desk's wherever it stands). ``contact_named``: the row names its contact, and no mobile."""
    from .known import is_role_mailbox

    if entity_type not in FIRMS_TYPES or "." in field and not _the_records_address(field):
        return False
    kind = _kind_of_column(field)
    if kind == "notes":
        return False
    if entity_type == "EMAIL_ADDRESS":
        return is_role_mailbox(value)
    if kind == "contact":
        return False
    return not (entity_type == "PHONE_NUMBER" and (kind == "mobile" or contact_named))


def firms_value(entity_type: str, value: str) -> tuple[str, str]:
    """A firm's value as its row may repeat it in a note ('Contact: ops@kinlogistique.cd, +243 81 555
    0100' beside its phone's column '0815550100'): a line by its last nine digits, anything else in lower
    case, its blanks as one. A note's value that is one of its row's firm's values is the firm's too."""
    if entity_type == "PHONE_NUMBER":
        digits = "".join(c for c in value if c.isdigit())
        return entity_type, digits[-9:] if len(digits) >= 7 else value
    return entity_type, " ".join(value.lower().split())


def firms_rows(cells, people=frozenset()) -> set:
    """The rows, among ``cells`` ((row key, field, text) of every record), whose subject's
    name column names a firm (a party's, a buyer's or a customer's, only where no person's name
    was found in the row), or whose company column does where no person's name was found in the
    row (``people``: the keys of those rows, see names_its_rows_person)."""
    return {key for key, field, text in cells
            if (subject_name_field(field) and (key not in people or not _party_field(field))
                or company_name_field(field) and key not in people) and names_a_firm(text)
            and not _a_browser(field, text)}


# A web analytics event's client is the visitor's browser or app (Vercel's drain: 'clientName': 'Chrome Mobile',
# beside its 'clientType': 'browser'), no firm whose row the visitor's town would be
# (the browser's whole name, a word of its kind maybe: 'Chrome Mobile', 'Mobile Safari', 'Samsung Internet'; not a
# firm that a browser's word starts, 'Edge Consulting Ltd')
_BROWSER = re.compile(r"(?i)(?:mobile[ ])?(?:chrome|chromium|safari|firefox|edge|opera|samsung[ ]internet|uc[ ]browser"
                      r"|yandex(?:[ ]browser)?|brave|vivaldi|miui[ ]browser|huawei[ ]browser|ie|internet[ ]explorer"
                      r"|facebook|instagram|wechat|silk)(?:[ ](?:mobile|webview|ios|headless|mini|browser))?"
                      r"(?:[ ]\d+(?:\.\d+)*)?")


def _a_browser(field: str, text: str) -> bool:
    from .structure import normalize_name

    return normalize_name(field) in ("clientname", "client") and _BROWSER.fullmatch(text.strip()) is not None


@lru_cache(maxsize=4096)
def _party_field(field: str) -> bool:
    from .structure import normalize_name

    return normalize_name(field) in _PARTY_NAMES
