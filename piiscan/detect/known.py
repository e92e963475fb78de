"""Known values: a value found in one record is found wherever it recurs in the batch.

NER and context-dependent recognizers do not fire on every occurrence: "Bruno Costa" is
a PERSON in a sentence that says so, and just two words in a title; ``@gpatel`` scores
higher next to the word "user". A redacted copy that hides a value in one record and
shows it in the next has leaked it. So after detection, every distinct found value
(three characters or more) is looked for, as a whole token, in the other records of the
same batch, and its occurrences become findings of the same type and score (recognizer
``known_value``). With ``propagate: run`` (the default) a first pass over every input
collects the found values, so a name found in one file is hidden in all of them; the
values travel inside the plan, so the result is the same with one worker or many.
Access-log lines are left out: their fields are detected on their own, once per value.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from urllib.parse import unquote_plus

MIN_LENGTH = 3
# A value written URL-encoded: a '%XX' escape, or a '+' between two letters ('Jakub+Mazur';
# not a phone's '+44')
_URL_ENCODED = re.compile(r"%[0-9A-Fa-f]{2}|[^\W\d_]\+[^\W\d_]")
_NER = "SpacyRecognizer"
# Recognizers whose one-word values are not carried: NER's, a person's act in a ticket's
# notes (a site takes that place now and then: 'answered by Wikipedia.'), and a dialog's
# speaker (a label does: 'Past: Worked as a consultant.')
_ONE_WORD_NOT_CARRIED = frozenset({_NER, "PersonActRecognizer", "PersonSpeakerRecognizer",
                                   "person_list"})  # (engine._people_listed: NER's, extended)
# Recognizers whose values stay where they were found: a profile URL's handle is as often
# a company's account ('StackExchange'), a word in the posts around it, and a connection
# URL's user a service's, named as the product is ('amqp://tidyq:pw@mq01'); a country or
# a region is many people's ('India' in 'Helvion India Pvt Ltd').
_NOT_CARRIED = frozenset({"SocialProfileRecognizer", "UrlUserRecognizer",
                          # a country's or a region's column (structure.is_region_field)
                          "region_field"})


# A role's or a desk's mailbox, no one's: RFC 2142's ('postmaster', 'abuse', 'webmaster'), a
# sender that takes no replies, a team's or a desk's ('helpdesk', 'it-support', 'soporte'),
# every part of its local name a role's word. A person's address is personal data
# ('ana.lima@', 'support.ana@'); a desk's is in every header of a help desk's mail (an mbox:
# 1,834 of them, no one's). Where a contact column holds one, it is its contact's (a CRM's
# customer firm's 'info@'): see engine._finish.
_ROLE_WORDS = frozenset({
    "postmaster", "hostmaster", "webmaster", "abuse", "noc", "security", "info", "support", "sales",
    "marketing", "billing", "helpdesk", "servicedesk", "noreply", "donotreply", "no", "reply", "do", "not",
    "mailer", "daemon", "contact", "enquiries", "inquiries", "help", "customerservice", "customercare",
    "claims",  # (a courier's or an insurer's claims desk: 'claims@komboexpress.gm')
    "service", "services", "accounts", "accounting", "invoices", "invoice", "hr", "jobs", "careers", "press",
    "rendezvous", "rendez-vous", "rdv", "citas", "agendamento",  # (an appointments' desk: 'rendezvous@...')
    "privacy", "legal", "reservations", "reservation", "bookings", "booking", "frontdesk", "frontoffice", "netops", "secops", "orders", "order", "newsletter", "notifications", "alerts",
    "it", "itsupport", "team", "desk", "office", "admin", "administrator", "hello", "feedback", "returns",
    "anonymous",  # (an EAP outer identity's placeholder: 'anonymous@university.edu')
    "sysadmin", "sysadmins", "cymorth", "ymholiadau", "taic", "fiosrachadh",  # (a university's systems team; Welsh's
    # and Gaelic's help, enquiries, support, information: 'cymorth@', 'ymholiadau@')
    "2fa", "mfa", "otp",  # (a second factor's sender: 'noreply-2fa@')
    "docs", "documents", "kyc", "compliance",  # (a remittance firm's desk for customers' papers: 'docs@')
    # Estonian's, Latvian's, Lithuanian's and Finnish's invoices, accounting, customer service, sales, orders,
    # support; a library's, French's too ('arved@', 'rekini@', 'buhalterija@', 'laskutus@')
    "arved", "arve", "rekini", "rekins", "buhalterija", "saskaitos", "saskaita", "gramatvediba", "laskutus",
    "kirjanpito", "raamatupidamine", "asiakaspalvelu", "myynti", "tilaukset", "tellimused", "pasutijumi",
    "uzsakymai", "klienditugi", "tuki", "pagalba", "kirjasto", "raamatukogu", "biblioteka", "mediatheque",
    "bibliotheque",
    # Spanish, Portuguese, French, German, Italian, Dutch: support, sales, contact, billing
    "soporte", "suporte", "apoio", "bantuan", "ventas", "vendas", "contacto", "contato", "facturacion", "faturamento",
    "atencion", "cliente", "clientes", "envios", "pedidos", "compras", "cobranza", "kontakt", "vertrieb", "rechnung", "buchhaltung", "assistenza",
    # German's and Austria's desks beyond those: a town hall's citizens' service, its office, a firm's orders,
    # invoices, shop, service, dispatch, HR, reception ('buergerservice@', 'gemeindeamt@', 'bestellung@')
    "buergerservice", "burgerservice", "bürgerservice", "gemeindeamt", "gemeinde", "marktgemeinde", "stadtamt",
    "rathaus", "poststelle", "amt", "bestellung", "bestellungen", "rechnungen", "versand", "personal",
    "empfang", "verwaltung", "sekretariat", "zentrale", "anfrage", "anfragen", "termin", "termine", "praxis",
    "vendite", "contatti", "ventes", "facturation", "klantenservice", "verkoop", "equipo", "equipe",
    # Dutch's and French's invoices, bookkeeping, administration ('facturen@', 'boekhouding@', 'factures@')
    "facturen", "factuur", "facturatie", "boekhouding", "administratie", "factures", "crediteuren", "debiteuren",
    # (and Dutch's orders, webshop, office; Papiamentu's and Spanish's order: 'bestellingen@', 'pedido@')
    "bestellingen", "bestelling", "bestellen", "webshop", "kantoor", "pedido", "orden",
    # Italian's invoices, customer service, notifications, administration, orders; French's
    # orders and accounts; a device's own mailbox (scan to mail)
    "fatture", "fattura", "fatturazione", "servizioclienti", "notifiche", "amministrazione", "ordini",
    "supporto", "commerciale", "segreteria", "commandes", "comptabilite", "serviceclient", "scanner",
    "printer", "scan", "fax",
    # Turkish and Azerbaijani: sales, accounting, support, information, contact ('satis@', 'muhasibatliq@')
    "satis", "muhasebe", "muhasibat", "muhasibatliq", "destek", "bilgi", "iletisim", "elaqe", "melumat",
    # Romanian's and Moldova's support, orders, bookings, reception, registry, accounting, library, sales,
    # invoicing, customers; Bulgarian's and Russian's in Latin letters (orders, sales, accounting, support);
    # a list's own unsubscribe address ('suport@', 'comenzi@', 'zakazi@', 'unsubscribe@')
    "suport", "comenzi", "secretariat", "rezervari", "receptie", "registratura", "contabilitate", "biblioteca",
    "vanzari", "vinzari", "facturare", "facturi", "clienti", "achizitii", "zakazi", "zakazy", "poruchki",
    "prodazhbi", "schetovodstvo", "podderzhka", "priemnaya", "unsubscribe",
    # Slovak's, Czech's, Slovene's and Maltese's support, orders, complaints, sales, invoicing, accounting, office,
    # bookings, reception ('podpora@', 'objednavky@', 'reklamacie@', 'narocila@', 'prodaja@', 'bookings@')
    "podpora", "objednavky", "objednavka", "reklamacie", "reklamace", "predaj", "fakturacia", "fakturace",
    "uctovnictvo", "ucetni", "obchod", "narocila", "tajnistvo", "pomoc", "recepcija",
    "rezervacije", "rezervacie", "prenotazzjonijiet",
    # a customer-care desk's ('care@brand.in'); a bug tracker's ('submit@bugs.debian.org',
    # 'control@')
    "care", "submit", "control",
    # Portuguese's general, orders, billing, accounts, finance, affiliates, sales, treasury, front office,
    # customer service, bookings and shop desks ('geral@', 'encomendas@', 'faturacao@', 'contabilidade@')
    "geral", "encomendas", "faturacao", "facturacao", "contabilidade", "financeiro", "financas", "afiliados",
    "comercial", "tesouraria", "secretaria", "atendimento", "reservas", "loja",
    # Brazil's invoice (nota fiscal), events, administration, registrations, ombudsman, customer service and
    # collections desks ('nf@', 'nfe@', 'eventos@', 'adm@', 'inscricoes@', 'ouvidoria@', 'sac@', 'cobranca@')
    "nf", "nfe", "notafiscal", "notasfiscais", "fiscal", "eventos", "adm", "inscricoes", "ouvidoria", "sac",
    "cobranca",
    # Spanish's invoices, payables and receivables, suppliers, treasury ('facturas@', 'cxp@', 'cuentasporpagar@')
    "facturas", "cxp", "cxc", "cuentasporpagar", "cuentasporcobrar", "proveedores", "tesoreria",
    # a property manager's or a site's desks ('maintenance@', 'facilities@', 'leasing@', 'concierge@')
    "maintenance", "facilities", "repairs", "leasing", "concierge", "dispatch", "payroll", "procurement",
    # a front desk's ('reception@', Spanish's 'recepcion@'), an office's administration ('administracion@',
    # 'contabilidad@': accounts, 'oficina@')
    "reception", "recepcion", "administracion", "contabilidad", "oficina", "gerencia", "informacion",
    # Spanish's and Portuguese's alerts, security, notices, payments and IT desk ('soporte.ti@',
    # 'seguridad@', 'notificaciones@', 'pagos@')
    "alertas", "alerta", "seguridad", "seguranca", "notificaciones", "notificacoes", "avisos", "pagos",
    "pagamentos", "cobros", "ti",
    "sav",  # (French's after-sales service: 'sav@')
    # French's warranty, repairs, purchasing, delivery, accounts and direction desks ('garantie@', 'achats@',
    # 'livraison@', 'direction@'); Haitian Kreyòl's service and customers' desks ('sevis@', 'kliyan@')
    "garantie", "reparation", "reparations", "achats", "achat", "livraison", "livraisons", "direction", "compta",
    "recrutement", "rh", "sevis", "kliyan", "warranty", "purchasing", "delivery",
    # and others' warranty and repair desks ('garantii@' in Romanian, 'garanzia@', 'garantia@', 'reparatii@')
    "garantii", "garanzia", "garantia", "gwarancja", "reparatii", "reparatie", "riparazioni", "reparaciones",
    # French's school office, ticket office, quotes and enrolment desks ('scolarite@', 'billetterie@', 'devis@')
    "scolarite", "billetterie", "devis", "inscription", "inscriptions",
    "bounce", "bounces",  # (a mailing service's return path: 'bounce@uptimerobot.com')
    # a shop's payments desk, a crawler's operator's feedback ('pay@', 'payments@', 'spider-feedback@')
    "pay", "payment", "payments", "spider", "crawler",
    # a shop's marketing senders ('offers@news.oudalmajd.com', 'deals@', 'promo@', 'receipts@')
    "offers", "offer", "promo", "promos", "promotions", "deals", "news", "updates", "shop", "store", "receipts",
    # a firm's operations and its customs' and logistics' desks ('operations@', 'douane@', 'alertes@')
    "operations", "ops", "douane", "transit", "logistique", "logistics", "exploitation", "alertes",
    # a shop's dispatch and its reports' senders, an aid agency's referrals and complaints (CFM) desks, its partners'
    "reports", "payouts", "referrals", "cfm", "b2b",
    # the Nordic languages' invoices, bookkeeping, accounts, creditors, orders, the firm's post, customer
    # service, sales, office ('faktura@', 'bogholderi@', 'regnskap@', 'post@', 'firmapost@', 'kundeservice@')
    "faktura", "fakturor", "fakturering", "fakturaer", "bogholderi", "regnskab", "regnskap", "bokforing",
    "bokhald", "reikningar", "kreditor", "kreditorer", "debitor", "ordre", "ordrer", "bestilling", "firmapost",
    "post", "postmottak", "kundeservice", "kundservice", "kundesenter", "salg", "salj", "forsaljning", "ekonomi",
    "okonomi", "lonn", "lon", "kontor", "toimisto",
    # Polish's, Hungarian's and Ukrainian's (romanized) invoices, bookkeeping, office, shop, orders, customer
    # service, sales ('faktury@', 'ksiegowosc@', 'szamlazas@', 'ugyfelszolgalat@', 'buhgalteria@')
    "faktury", "ksiegowosc", "biuro", "sklep", "zamowienia", "obsluga", "sprzedaz", "szamlazas", "konyveles",
    "ugyfelszolgalat", "rendeles", "iroda", "ertekesites", "buhgalteria", "buhhalteriia", "zakaz", "zamovlennia",
    "prodazhi",
    # the South Slavic languages' and Albanian's procurement, sales, support, accounting, finance, office,
    # service, complaints, orders, invoices ('nabavka@', 'racunovodstvo@', 'shitje@', 'financa@'), Greek's
    # (romanized) office, sales, accounting, support, and Turkish's orders
    "nabavka", "prodaja", "podrska", "racunovodstvo", "finansije", "financije", "ured", "kancelarija", "servis",
    "reklamacije", "narudzbe", "porudzbine", "fakture", "blagajna", "shitje", "prokurimi", "financa",
    "kontabiliteti", "mbeshtetje", "grafeio", "pwliseis", "poliseis", "logistirio", "ypostirixi", "siparis",
    # eduPerson's scoped affiliations, shaped as addresses ('eduPersonScopedAffiliation=student@uj.edu.pl'): a
    # role at a university, no mailbox of anyone's
    "student", "students", "employee", "faculty", "affiliate", "alum", "member", "staff",
})
# A ticket's or a bug's own mailbox at a tracker: '1094631@bugs.debian.org',
# '1094631-done@' (a QQ number at qq.com is a person's)
_TRACKER_MAILBOX = re.compile(r"(?i)\d{3,}(?:-[a-z]+)?(?:@|%40)(?:bugs|bugzilla|tickets?|issues|tracker|rt)\.")
# A bounce's address (VERP: a list's or a mailer's 'bounce-mc.us21_1234567.998@mcdlv.net',
# 'bounces+1234-abcd@sendgrid.net', SRS' 'SRS0=...'): a mailer's, no one's
_BOUNCE = re.compile(r"(?i)(?:bounces?|bnc\d*|srs[01]|prvs|msprvs\d?)[-+=._]")
_ROLE_PARTS = re.compile(r"[-._+]")


def _local_part(address: str) -> str:
    """An e-mail address's local part (raw, or URL-encoded: '%40')."""
    return re.split(r"@|%40", address, maxsplit=1)[0]


def is_role_word(word: str) -> bool:
    """Whether ``word`` is a desk's or a role's, as a role mailbox's local part is made of ('Accounts',
    'Support')."""
    return word.strip().lower() in _ROLE_WORDS


def is_role_mailbox(address: str) -> bool:
    """Whether an e-mail address (raw, or URL-encoded: '%40') is a role's or a desk's."""
    local = _local_part(address)
    parts = [p for p in _ROLE_PARTS.split(local.lower()) if p]
    if parts and parts[-1][-1:].isdigit():
        parts[-1] = parts[-1].rstrip("0123456789") or parts[-1]  # a desk's second mailbox: 'info2@', 'commandes9@'
    return bool(local) and (all(p in _ROLE_WORDS for p in parts) or _BOUNCE.match(local) is not None
                            or len(parts) > 1 and parts[-1] in _DESK_ENDS and "-" in local
                            # (a desk's mailbox per region or country: 'support-ak@', 'sales-uk@', 'info-de@')
                            or len(parts) == 2 and parts[0] in _ROLE_WORDS and "-" in local
                            and len(parts[1]) == 2 and parts[1].isalpha()
                            or local[0].isdigit() and _TRACKER_MAILBOX.match(address) is not None)


# A MAC written as six octets (':', '-' or BlueZ's '_' between them) or as Cisco's three groups
_MAC_OCTETS = re.compile(r"(?i)([0-9a-f]{2})(?:[:\-][0-9a-f]{2}){5}|([0-9a-f]{2})[0-9a-f]{2}(?:\.[0-9a-f]{4}){2}"
                         r"|([0-9a-f]{2})(?:_[0-9a-f]{2}){5}")


def is_group_mac(value: str) -> bool:
    """Whether a MAC is a group's: its first octet's lowest bit set (IEEE 802's I/G bit), as
    the broadcast 'ff:ff:ff:ff:ff:ff' and multicast ('01:00:5e:7f:ff:fa' IPv4's, '33:33:...'
    IPv6's) are. Every listener's, no device's."""
    m = _MAC_OCTETS.fullmatch(value)
    return m is not None and int(m.group(1) or m.group(2) or m.group(3), 16) & 1 == 1


def is_role_login(name: str) -> bool:
    """Whether a login is a role's or a desk's, named as its mailbox would be ('orders',
    'billing', 'it-support'): a function's account (a broker's "user 'orders'"), no one's."""
    parts = [p for p in _ROLE_PARTS.split(name.lower()) if p]
    # (or a team's desk after its firm's letters, as a mail API's account for the desk's mailbox: 'gd-repairs';
    # not a person's at a desk, a first name before it: 'nomsa.support')
    return bool(parts) and (all(p in _ROLE_WORDS for p in parts)
                            or len(parts) == 2 and len(parts[0]) <= 3 and parts[1] in _DESK_ENDS
                            or len(parts) == 2 and parts[1] in _AUTOMATION_ENDS)
    # (or a tool's automation after its name: i-doit's 'jdisc-import', a CRM's 'hubspot-sync')


_AUTOMATION_ENDS = frozenset({"import", "importer", "sync", "export", "integration", "migration", "cron",
                              "scheduler", "bot", "automation"})


def is_no_reply(address: str) -> bool:
    """Whether an e-mail address is a sender that takes no mail back, or a bounce's:
    'noreply@blogger.com' in a feed's author element is no one's, whatever its field."""
    local = _local_part(address).lower()
    return local.replace("-", "").replace("_", "").replace(".", "") in _NO_REPLY or _BOUNCE.match(local) is not None \
        or _NO_REPLY_OF.match(local) is not None


# A no-reply sender of one of a firm's systems ('noreply-snow@', 'no-reply.billing@', 'donotreply_hr@')
_NO_REPLY_OF = re.compile(r"(?:no-?reply|do-?not-?reply)[\-_.][a-z0-9]")


_NO_REPLY = frozenset({"noreply", "donotreply", "mailerdaemon", "noreplies", "notifications"})


# A desk's last word after its course's, product's or team's name: 'csci4061-help@',
# 'acme-support@' (not 'support.ana@', a person's at a desk)
_DESK_ENDS = frozenset({"help", "helpdesk", "support", "noreply", "servicedesk", "team", "staff",
                        "alerts", "alertas", "soporte", "suporte",  # (a product's: 'ksc-alertas@')
                        "repairs"})  # (a repair shop's desk: 'gd-repairs')


# A mailing list's own address: at a list server's host ('debian-devel@lists.debian.org',
# LISTSERV's 'MINLANG-L10N@LISTS.L10N-CAUCASUS.ORG', a Google group's, a groups.io group's), or
# a list's request and owner address on any host ('users-request@', 'users-owner@'). Every
# post's Sender and Reply-To carry it (an archive: 1,040 of them); it is a list's, no one's.
_LIST_HOST = re.compile(r"(?i)(?:lists?|listserv|listes|listas|mailman|lists\d)\.[\w\-]+(?:\.[\w\-]+)+"
                        r"|(?:[\w\-]+\.)*(?:googlegroups\.com|groups\.io|freelists\.org|yahoogroups\.com"
                        r"|yahoogroups\.co\.uk|egroups\.com|topica\.com)")  # (and Yahoo Groups', eGroups', Topica's)
_LIST_ROLE = re.compile(r"(?i)[\w.+\-]+-(?:request|owner|bounces|subscribe|unsubscribe|join|leave|confirm)")
# The Apache Software Foundation's lists, at each project's host ('dev@kafka.apache.org')
_APACHE_LIST = re.compile(r"(?i)(?:dev|users?|commits|issues|announce|private|notifications|general|builds"
                          r"|reviews|discuss|community)(?:@|%40)(?:[\w\-]+\.)+apache\.org")


def is_list_address(address: str) -> bool:
    """Whether an e-mail address (raw, or URL-encoded: '%40') is a mailing list's."""
    parts = re.split(r"@|%40", address, maxsplit=1)
    if len(parts) != 2 or not parts[0]:
        return False
    local, host = parts
    return _LIST_HOST.fullmatch(host) is not None or _LIST_ROLE.fullmatch(local) is not None \
        or _APACHE_LIST.fullmatch(address) is not None


MAX_KNOWN = 1_000_000  # values carried from a run's first pass (memory stays bounded)

# Words that name a role, an account or nobody, never a person: accounts systems and
# sites create ('Invalid user admin', a forum's 'Community'), roles and greetings the small
# NER model now and then calls a PERSON ('Admin panel', 'Support says', 'Cheers'), URL
# schemes. Carried on, every 'user', 'root' or 'community' in a log or a post would become
# a finding (see _distinctive); alone, NER's PERSON is dropped (engine._could_be_a_name).
# A letter's salutation in other languages, word by word as NER takes them ('Sehr geehrter
# Herr Dr. Becker,', 'Sehr geehrte Damen und Herren,', 'Chère Madame'): no one's name or place
SALUTATIONS = frozenset({
    "sehr", "geehrte", "geehrter", "sehr geehrte", "sehr geehrter", "herr", "herrn", "herren", "frau", "damen",
    "damen und herren", "liebe", "lieber", "madame", "monsieur", "mesdames", "messieurs", "mademoiselle",
    "cher", "chère", "señor", "señora", "señores", "estimado", "estimada", "estimados",
    "gentile", "egregio", "geachte", "heer", "mevrouw", "meneer", "dhr", "mevr", "beste",
    "z. hd", "z.hd", "z. hd.", "z.hd.", "t.a.v", "t.a.v.",  # (German's and Dutch's 'for the attention of')
    # a greeting ('Guten Morgen,', 'Bonjour,') and a chat export's own speaker (Threema's 'Ich')
    "guten morgen", "guten tag", "guten abend", "moin", "hallo", "servus", "grüezi", "bonjour", "bonsoir",
    "buongiorno", "buenos días", "buenas tardes", "bom dia", "boa tarde", "goedemorgen", "goedemiddag",
    "ich", "moi", "yo", "eu", "io", "jag",
    # a title alone, which the model now and then calls a name (Tshivenda's 'Vho' before its name;
    # Spanish's 'Sra', 'Lic' and 'Ing', a graduate's and an engineer's: 'Lic. Pedro Martínez')
    "mr", "mrs", "ms", "dr", "vho", "sr", "sra", "srta", "dra", "lic", "licda", "licdo", "ing", "arq", "mtro",
    "mtra", "doña",
    # (and a soldier's and an airman's ranks, abbreviated as a sign-off writes them before the name: 'Thanks,
    # Sgt. Mike Thompson')
    "sgt", "ssgt", "tsgt", "msgt", "smsgt", "cmsgt", "cpl", "lcpl", "pvt", "spc", "capt", "lt", "maj", "ltcol",
    "cdr", "lcdr", "cmdr", "ens",
    # Chamorro's thanks ("Si Yu'os ma'åse'": God repay you), which the model reads as a name
    "si yu'os ma'åse'", "si yu'os ma'ase'", "si yu’os ma’åse’", "si yu'os ma'ase", "si yu'os ma'åse",
    # and the Carolinians', Palauans', Kosraeans', Pohnpeians' and Yapese's thanks and goodbyes, and Tagalog's 'take
    # care', as a ticket's or a post's sign-off ends ('Ghilisow ngalei,\nLino', 'Kmal mesulang', 'Kefel,\nTamngin',
    # 'Kaselel,\nShelly', 'Mechikung', 'Kammagar', 'Ingat po')
    "ghilisow", "ghilisow ngalei", "kmal mesulang", "mesulang", "kefel", "kaselel", "mechikung",
    "ingat po", "ingat po'", "ingat", "sohte kin", "kulo",
    # Danish and Norwegian sign-offs' short forms ('Mvh', 'Vh': with kind regards)
    "mvh", "vh", "mvg", "hilsen",
    # a greeting's customer in other languages ('Kedves Ügyfelünk!', 'Hyvä asiakas,', 'Stimate client,')
    "ügyfelünk", "ügyfél", "ügyfelünknek", "asiakas", "asiakkaamme", "client", "clientă", "kunde", "kund",
    "cím", "tisztelt cím",  # ('Tisztelt Cím!': Dear Sir or Madam)
    # Hungarian and Finnish greetings and thanks alone ('Köszönöm', 'Kiitos'), which the English
    # model reads as names in a short text
    "tisztelt", "kedves", "köszönöm", "köszönjük", "üdvözlettel", "kiitos", "terveisin", "hei",
    # Portuguese, Estonian, Latvian, Lithuanian, Slovenian, Croatian, Icelandic sign-offs and greetings
    "abraços", "abraço", "abs", "att", "att.", "atenciosamente", "obrigado", "obrigada", "valeu", "oi",
    "lugupidamisega", "tere", "ar cieņu", "sveiki", "labdien", "pagarbiai", "labas", "lp", "lep pozdrav",
    # and their regards, thanks, please and understood ('Linkėjimai,', 'Ačiū', 'Palun', 'Supratau, lauksiu ...')
    "linkėjimai", "ačiū", "laba diena", "labai ačiū", "prašau", "supratau", "lūdzu", "sapratu", "palun", "selge",
    "pozdrav", "pozdravljeni", "poštovani", "srdačan pozdrav", "kveðja", "bestu kveðjur", "takk",
    # Indonesian and Malay, Tagalog, Swahili, Catalan, Welsh, Afrikaans, Albanian, Azerbaijani,
    # Serbian, Kazakh and Armenian greetings, thanks and sign-offs
    # (not 'Asante', 'Salam', 'Hai': names too)
    "shukran", "shukran jazilan", "shukrani",  # (Arabic's and Swahili's thanks, written far beyond them)
    # Darija's and Derja's thanks and greetings, Somali's greeting,
    # Tigrinya's and Finnish's ('Chokran sahbi', 'Iska warran walaal': no place, no name)
    "chokran", "choukran", "chukran", "shokran", "chokrane", "ahlan", "marhba", "bslama", "beslama",
    "iska warran", "iska", "nabad", "yekenyeley", "kemey", "tervehdys", "moikka", "asslema", "aslema", "3aslema",
    "baraka allahou", "baraka allahou fik", "barak allahu fik", "baraka allahu fik", "allahou",
    "walaal", "warran walaal", "shukran jazeelan", "ishi", "tamam", "ጤና ይስጥልኝ", "ጤና ይስጥልን", "mahadsanid walaal",
    "waad mahadsantahay", "kemey aleki", "kemey aleka",
    "halo", "terima kasih", "hormat saya", "yth", "salamat", "kumusta", "habari",
    # Sumbawa's thanks, Dawan's (Uab Meto's) God, and Indonesian's 'Name' starting 'Nama saya ...' (my
    # name is)
    "tarima", "tarima kasi", "uis neno", "nama",
    # (and Swahili's thanks to many, respect to an elder and its answer, greetings, goodbye, 'please', 'my name', a
    # title alone: 'Asanteni sana, Bi. Fatma', 'Jina langu ni ...')
    "asanteni", "hujambo", "hamjambo", "sijambo", "mambo", "kwaheri", "kwa heri",
    "kwaherini", "naomba", "jina langu", "bi", "bw", "bi.", "bw.",  # (not 'jina' alone: a given name too)
    # (Bavaria's, Austria's, Switzerland's and Alsace's greetings, goodbyes and thanks: 'Griaß Gott, Kunde aus ...')
    "griaß gott", "grüß gott", "griaß di", "grüessech", "pfiat di", "pfiat eich", "uf widerluege",
    "merci vielmol", "vergelt's gott", "bon dì", "bun dé",
    # (and Swiss German's days and afternoon: 'mir chömed am Friitig am Namittag')
    "mäntig", "zischtig", "mittwuch", "dunschtig", "friitig", "samschtig", "sunntig", "namittag", "vormittag",
    "chönd sie", "chönnted sie",
    # (a bike shop's and a rental's German and Italian notes' nouns and a calendar's blocked days, which the model
    # reads as names or places: 'Ersatzteil bestellt', 'Meldeschein Nr. 2024/00157', 'Fattura n. 2024-0159',
    # Smoobu's 'Blockiert' in the guest's column)
    "ersatzteil", "meldeschein", "meldeschein nr", "fattura", "ankunft", "abreise", "anreise", "kontakt", "kurtaxe",
    "herstellerhotline", "lokaler dienst", "blockiert", "blocked", "eigennutzung", "renovierung", "rahmennr",
    "zahlung", "zahlung visa", "zahlung mc", "zahlung amex", "kaution", "kaution leihrad", "abholung", "rufnummer",
    # (and the coast's Gujarati and Muslim families' greetings and wishes: 'Jai Shri Krishna, Shabir', 'Inshallah')
    "jai shri krishna", "jai shree krishna", "jai jinendra", "jai swaminarayan", "kem cho", "inshallah", "insha'allah",
    "inshaallah", "mashallah", "alhamdulillah",
    # (Swahili's 'I have checked', 'problem', 'address', the week's days, alone: 'Nimeangalia, ...', 'Jumatatu')
    "nimeangalia", "shida", "anwani", "anakaa", "nipigie", "kiti", "tiketi", "samahani", "jumatatu", "jumanne",
    "jumatano", "alhamisi", "ijumaa", "jumamosi", "jumapili",
    "mpendwa", "jambo", "karibu", "karibuni", "helo", "diolch", "annwyl", "cofion", "groete", "dankie", "haai", "liewe", "geagte",
    "përshëndetje", "faleminderit", "salutacions", "atentament", "gràcies", "benvolgut", "benvolguda",
    "hörmətlə", "hörmətli", "здраво", "поштовани", "хвала", "поздрав", "құрметпен", "құрметті", "рахмет",
    "сәлем", "բարև", "հարգելի", "հարգանքով",
    # Slovak, Maltese, Irish, Basque, Galician, Hausa, Somali, Uzbek, Mongolian and Macedonian
    "dobrý deň", "s pozdravom", "ďakujem", "għażiż", "għażiża", "bonġu", "saħħa", "grazzi", "le meas",
    "dia duit", "kaixo", "eskerrik asko", "agur", "saúdos", "grazas", "sannu", "na gode", "salaan",
    "mahadsanid", "hurmatli", "assalomu alaykum", "hurmat bilan", "эрхэм", "хүндэт", "хүндэтгэсэн",
    "баярлалаа", "почитуван", "почитувана", "со почит", "благодарам", "pekný deň", "pekný", "vďaka",
    # (and as a phone types them, without their marks; Slovene's and Maltese's greetings)
    "dobry den", "dobry", "dobrý", "dakujem", "dober dan", "zivjo", "živjo", "bongu", "sahha", "il-lejl it-tajjeb",
    # Belarusian, Kyrgyz, Tajik, Turkmen, Kurdish, Igbo, Malagasy, Faroese, Luxembourgish, Zulu
    # and Xhosa, Samoan, Maori ('Kia ora', 'Talofa', 'Moien': greetings, no names)
    "шаноўны", "шаноўная", "паважаны", "паважаная", "з павагай", "дзякуй", "прывітанне", "урматтуу",
    "урматтоо менен", "саламатсызбы", "бо эҳтиром", "ташаккур", "hormatly", "hormat bilen", "sag boluň",
    "silav", "rojbaş", "birêz", "bi rêz", "spas", "gelek spas", "ndewo", "nnọọ", "daalụ", "manao ahoana",
    "misaotra", "veloma", "kæri", "kæra", "vinarliga", "góðan dag", "moien", "léif", "mat beschte gréiss",
    "sawubona", "sanibonani", "molo", "molweni", "ngiyabonga", "enkosi", "talofa", "fa'afetai", "soifua",
    "kia ora", "tēnā koe", "tena koe", "mōrena", "ngā mihi", "nga mihi", "mauri ora",
    # Hawaiian, Tatar and Bashkir, Chechen, Fijian, Tongan, Tok Pisin, Quechua, Guarani, Aymara,
    # Haitian Creole, Breton, Occitan, Corsican, West Frisian, Romansh, Kinyarwanda, Shona,
    # Wolof, Lingala, Oromo, Tswana and Sesotho
    "aloha", "mahalo", "me ke aloha", "исәнмесез", "сәлам", "хөрмәтле", "рәхмәт", "хөрмәт белән", "сәләм",
    "баркалла", "bula", "ni sa bula", "vinaka", "vinaka vakalevu", "mālō e lelei", "malo e lelei", "mālō",
    "gude", "tenkyu", "allillanchu", "sulpayki", "maitei", "aguyje", "kamisaki", "yuspajara", "bonjou",
    "bonswa", "mèsi", "mèsi anpil", "demat", "trugarez", "kenavo", "adiu", "mercés", "bonghjornu",
    "goeie", "tankewol", "groetnis", "allegra", "muraho", "mwaramutse", "murakoze", "mhoro", "mhoroi",
    "ndatenda", "maita basa", "jërëjëf", "mbote", "matondo", "akkam", "galatoomaa", "dumela", "dumelang",
    "lumela", "ke a leboga", "ke a leboha",
    # and Southern Africa's farewells, thanks, requests and 'it is me' (Setswana's 'Tsamayang sentle', isiZulu's
    # 'Siyabonga', 'Yimina', 'Hamba kahle', Shona's 'Ndinokumbira' (I ask), Afrikaans' 'Baie dankie', 'Groete')
    "tsamayang sentle", "tsamaya sentle", "sala sentle", "salang sentle", "ke kopa", "siyabonga", "yimina",
    "ngiyacela", "hamba kahle", "sala kahle", "ndinokumbira", "baie dankie", "vriendelike groete",
    "totsiens", "mooi loop",
    # and Shona's see you later, how are you, it is me, problem (Setswana's 'bothata'), and English's 'bye'
    "tichaonana", "makadii", "ndini", "bothata", "bye", "bye bye",
    # Esperanto, Scottish Gaelic, Cebuano, Ilocano, Northern Sami, Greenlandic, Sorbian,
    # Sardinian, Yakut, Kirundi, Fula, Twi, Ewe, Marshallese, Chamorro
    "saluton", "estimata", "dankon", "amike", "salutojn", "halò", "madainn mhath", "tapadh leibh",
    "mòran taing", "maayong buntag", "daghang salamat", "agyamanak", "bures", "giitu", "dearvvuođat",
    "qujanaq", "aluu", "inuulluarit", "dźakuju", "salude", "gratzias", "дорообо", "махтал", "bwakeye",
    "urakoze", "jaaraama", "maakye", "akwaaba", "medaase", "woezɔ", "akpe", "iakwe", "kommol",
    "håfa adai", "hafa adai",
    # Udmurt, Tuvan, Tetum, Javanese, Sundanese, Papiamento, Friulian, Kashubian, Xitsonga,
    # Northern Ndebele, Chichewa, Bemba, Luganda, Kikuyu, Hmong, Cherokee, Navajo, Ladino, Manx,
    # Cornish, Walloon, Aromanian, Latgalian, Palauan
    "ӟечбуресь", "экии", "четтирдим", "bondia", "botarde", "obrigadu", "sugeng enjing", "sugeng rawuh",
    "matur nuwun", "maturnuwun", "wilujeng enjing", "sampurasun", "hatur nuhun", "nuhun", "bon dia",
    "masha danki", "danki", "bundì", "graciis", "salûts", "witôj", "dzãkùjã", "avuxeni", "xewani",
    "inkomu", "ndza khensa", "salibonani", "moni", "zikomo", "zikomo kwambiri", "mwapoleni",
    "mwashibukeni", "natotela", "gyebale ko", "webale", "webale nnyo", "ni ngatho", "nĩ ngatho",
    "nyob zoo", "ua tsaug", "osiyo", "siyo", "ᎣᏏᏲ", "wado", "ᏩᏙ", "yáʼátʼééh", "ahéheeʼ", "kerido",
    "kerida", "moghrey mie", "gura mie ayd", "dydh da", "myttin da", "meur ras", "bondjoû",
    "bunã dzua", "haristo", "lobdīn", "paļdis", "alii", "ungil tutau", "sulang", "kom kmal mesulang",
    # Crimean Tatar, Gagauz, Karelian, Võro, Asturian, Aragonese, Sicilian, Neapolitan, Low
    # German, Scots, Balinese, Minangkabau, Acehnese, Cantonese, Hakka, Mizo, Khasi, Newar,
    # Okinawan, Kapampangan, Nahuatl, Yucatec Maya, K'iche', Mapudungun, Tahitian, Gilbertese,
    # Bislama, Kabyle, Tamazight, Dholuo (not 'Mauri', 'Azul', 'Misawa': names, a word, a town)
    "selâm", "saa olun", "terveh", "passibo", "hummogut", "aitüma", "gracies", "queríu", "grazias",
    "salutamu", "bongiornu", "grazzie", "gröten", "beste gröten", "hullo", "om swastiastu", "suksma",
    "matur suksma", "tarimo kasih", "teurimong gaseh", "多謝", "唔該", "早晨", "承蒙你", "chibai",
    "ka lawm e", "khublei", "ज्वजलपा", "jwajalapa", "सुभाय्", "haisai", "haitai", "nifee deebiru",
    "mayap a abak", "dakal a salamat", "niltze", "pialli", "tlazohcamati", "tlazocamati", "saqarik",
    "maltyoox", "mari mari", "chaltumay", "ia ora na", "iaorana", "mauruuru", "māuruuru", "ko rabwa",
    "tank yu tumas", "tanemmirt", "ⴰⵣⵓⵍ", "ⵜⴰⵏⵎⵎⵉⵔⵜ", "erokamano", "oyawore",
    # Komi, Erzya, Kabardian, Ingush, Lezgin, Venetian, Ligurian, Piedmontese, Tulu, Bodo,
    # Madurese, Toba Batak, Tausug, Bikol, Waray, Garifuna, Ojibwe, Plains Cree, Mohawk, Lakota,
    # Niuean, Cook Islands Māori, Chuukese, Acholi, Bambara
    "видза оланныд", "шумбрат", "аттьӧ", "сюкпря", "упсэу", "баркал", "чухсагъул", "bondì", "grasie",
    "grassie", "cerea", "mersì", "solmelu", "khulumbai", "sakalangkong", "horas", "mauliate", "magsukul",
    "marhay na aga", "dios mabalos", "maupay nga aga", "damo nga salamat", "buiti binafi", "seremein",
    "boozhoo", "aaniin", "miigwech", "tânisi", "tansi", "kinanâskomitin", "ekosi", "shé:kon", "niá:wen",
    "háu", "pilamaya", "wopila", "fakaalofa lahi atu", "fakaaue lahi", "kia orana", "meitaki",
    "meitaki maata", "kia manuia", "ran annim", "kinisou", "apwoyo", "i ni ce",
    "meitaki ma'ata", "meitaki ma’ata", "meitaki maʻata",  # (its glottal stop written)
    # Inuktitut (Latin and syllabics), S'gaw Karen, Hiri Motu, Marquesan, Pohnpeian, Kosraean,
    # Kriol, Miskito, Herero, Kamba, Gusii, Maasai, Sukuma, Tshiluba, Kikongo, Sango,
    # Oshiwambo, Zarma, Mooré, Fulfulde and Pulaar, Mandinka, Krio, Tuvaluan (not Maasai's
    # 'Ashe' alone, Mooré's 'Barka', Tshiluba's 'Moyo', Oshiwambo's 'Tangi' alone: family and
    # first names)
    "ullaakkut", "ᐅᓪᓛᒃᑯᑦ", "unnusakkut", "ᐅᓐᓄᓴᒃᑯᑦ", "qujannamiik", "qujannamik", "ᖁᔭᓐᓇᒦᒃ", "nakurmiik",
    "ᓇᑯᕐᒦᒃ", "တၢ်ဘျုး", "daba namona", "dina namona", "hanuaboi namona", "tanikiu", "tanikiu bada",
    "kaoha", "kaoha nui", "ka'oha", "koutau", "koutau nui", "kaselehlie", "kalahngan", "lotu wo",
    "kulo ma lulap", "gudei", "tengkyu", "naksa", "tingki", "tingki pali", "wa penduka", "okuhepa",
    "okuhepa nene", "wakya", "ni muvea", "nĩ mũvea", "nimuvea", "bwakire buya", "sopa", "ashe oleng",
    "mwangaluka", "wabeja", "wabeja sana", "twasakidila", "wasakidila", "ntondele", "kiambote", "bara ala",
    "bara mo", "singila", "singila mingi", "wa lele po", "wa uhala po", "tangi unene", "kala po nawa",
    "fofo", "ne y yibeoogo", "ne y windiga", "ne y zabre", "jam waali", "jam ñalli", "jam nyalli",
    "jam hiiri", "on jaaraama", "a jaaraama", "i ning somandi", "abaraka", "kushe", "kushɛ", "tenki",
    "tɛnki", "fakafetai", "fakafetai lasi",
    # Tamasheq (Latin and Tifinagh), Tachelhit (Latin and Tifinagh), Nauruan, Yapese, Solomon
    # Islands Pijin, Alur, Ateso, Turkana, Lugbara, Kalenjin, Nyakyusa, Umbundu, Kaonde,
    # Chichewa, Mauritian and Seychellois Creole, Comorian (not Ateso's 'Yoga' alone, an English
    # word; not Nyakyusa's 'Ndaga' without 'fijo'; not Comorian's 'Bariza', a first name)
    "tanemmert", "ⵜⵏⵎⵔⵜ", "tanmmirt", "ayyuz", "ⴰⵢⵢⵓⵣ", "ekamowir omo", "tubwa kor", "mogethin",
    "kammagar", "kam magar", "tanggio", "tanggio tumas", "tangio", "lukim iu", "afoyo", "afoyo matek",
    "eyalama", "eyalama noi", "yoga noi", "alakara", "ejok", "awadifo", "awa'difo", "chamgei", "chamuge",
    "kongoi", "kongoi mising", "ndaga fijo", "ndapandula", "twapandula", "twasanta", "twasanta mwane",
    "muli bwanji", "bonzour", "bonswar", "mersi", "mersi boukou", "mersi bokou", "marahaba",
    # Wallisian, Futunan, Tokelauan, Carolinian, Sasak, Toraja, Banjar, Ibibio, Tarifit (Latin
    # and Tifinagh), Runyankole, Lozi, Tumbuka, Luhya (not 'Mālō' alone, a family name; not
    # Wolaytta's 'Saro', a first and family name; not Samburu's 'Supa', English's 'super')
    "mālō te maʻuli", "malo te mauli", "mālō le maʻuli", "malo le mauli", "mālō ni", "malo ni", "tirow",
    "olomwaay", "tampiasih", "tampi asih", "kurre sumanga", "kurre sumanga'", "tarima kasih", "mesiere",
    "sosongo", "tanmirt", "thanmirth", "ⵜⴰⵏⵎⵉⵔⵜ", "agandi", "webare", "webare munonga", "mwebare",
    "ni itumezi", "itumezi", "itumezi hahulu", "yewo", "yewo chomene", "mulembe",
    # Pangasinan, Kankanaey, Aklanon, Oshindonga and Oshikwanyama, Hehe, Gogo, Kituba, Borana
    # Oromo (not Kankanaey's 'Gawis' nor Aklanon's 'Mayad' alone: their word for 'good'; not
    # Gogo's 'Sekela', a first name)
    "maabig ya kabuasan", "gawis ay bigat", "gawis ay agew", "mayad nga aga", "mayad nga agahon",
    "mayad nga hapon", "wa lala po", "walalapo", "wa tokelwa po", "kamwene", "mbukwa", "melesi mingi",
    "ndapandula unene", "galatoomi",
    # Ivatan, Ibanag, Tshivenda, Réunion Creole (God's greetings and thanks: 'Kapian kapanu Dios',
    # 'Dios mamajes', 'Dios ta umma', 'Dios y mabbalo'; Tshivenda's good morning, afternoon and
    # evening, its thanks; Réunion's many thanks and its 'see you'; not Tshivenda's 'Ndaa'
    # alone, nor Réunion's 'Oté', an interjection)
    "kapian kapanu dios", "kapian kapanu dius", "capian ka pa nu dios", "kapian ka pa nu dios",
    "dios mamajes", "dius mamajes", "dios mavidin", "dios ta umma", "dios ta fugak", "dios ta fugag",
    "dios ta gabi", "dios y mabbalo", "ndi matsheloni", "ndi masiari", "ndi madekwana", "ndo livhuwa",
    "ri a livhuwa", "mersi bonpé", "mersi bonpe", "nartrouv", "nou artrouv",
    # Kichwa, Kaqchikel, Q'eqchi', Tzotzil, Zapotec (of the Isthmus), Otomi (Hñähñu), Shipibo-Konibo,
    # Asháninka, Sranan Tongo, Nias, Ambonese and Manado Malay, Gilbertese (good morning,
    # afternoon and night; hello; thanks; Kichwa's 'until tomorrow'; not Otomi's thanks without
    # its mark, 'Jamadi': Urdu's name of two months ('Jamadi-ul-Awwal'); not Sranan's 'Odi' nor
    # 'Tangi' alone, first names; not Manado's 'Makase' alone, a family name maybe; not Lani's
    # 'Nayak' nor 'Lauk': an Indian family name, Indonesian's 'side dish'; not Kichwa's 'Alli'
    # alone (good): a first name)
    "alli puncha", "alli chishi", "alli tuta", "yupaychani", "kayakaman", "matyöx", "matyox", "bantiox",
    "b'antiox", "kolaval", "kolavalik", "padiuxi", "xquixe pe lii", "jamädi", "irake", "pasonki",
    "grantangi", "gran tangi", "ya'ahowu", "yaahowu", "saohagölö", "saohagolo", "dangke", "dangke banyak",
    "makase banyak", "ko bati n rabwa",
    # Rarámuri (Tarahumara), Yaqui (Yoem Noki), Runyankore and Rukiga, Luganda and Lusoga, Cebuano
    # and Hiligaynon, as the Philippines' Surigaonon, Butuanon, Binukid, Romblomanon and Cuyonon
    # speakers write them (hello, with its 'ba' and without; thank you; good morning and good
    # afternoon: 'how did you sleep', 'how did you spend the day'; thanks with its long vowel;
    # many thanks; not Rarámuri's 'Kwira', nor Yaqui's 'Lios em chiokoe' nor its 'Chiokoe'
    # alone: they could not be checked; not Wixárika's 'Pamparios', Ixil's 'Tantixh' nor
    # Totonac's 'Paxkatkatsini': they could not be checked either)
    "kuira", "kuira ba", "kuiraba", "matétera", "matétera ba", "matetera", "matetera ba", "chiokoe utte'esia",
    "chiokoe uttesia", "oraire ota", "osiibire ota", "weebale", "weebale nnyo", "salamat kaayo", "salamat gid",
    # Picard, Gascon and Aranese, Rotuman, Amharic (in Latin letters), Swahili, Bislama (hello;
    # thank you (very much); Gascon's hello and goodbye, its many thanks; Rotuman's hello and
    # thanks; Amharic's thanks in its two spellings; Swahili's greeting to an elder; Bislama's
    # thanks as its dictionary spells it. Not Amharic's 'Selam' (hello): a first name; not
    # Rotuman's 'Noa' alone: a first name)
    "bojour", "merchi", "merchi gramint", "adishatz", "mercés hèra", "merces hera", "noa'ia", "noaʻia",
    "faiaksia", "fạiåksia", "ameseginalehu", "amesegnalehu", "shikamoo", "tangkyu", "tangkyu tumas",
    # Norwegian, Swedish, Finnish, Estonian, Latvian (hello, dear, good morning, day and evening;
    # thanks, many thanks; kind and best regards, greetings; Latvian's 'with best wishes'),
    # Malay's and Indonesian's sign-offs ('Hormat kami', 'Salam hormat'), Kadazandusun's hello and
    # thanks, Tetum's good evening, Afrikaans' good afternoon and evening and best regards, Shona's
    # (Manyika's) good morning and afternoon, Ronga's and Changana's thanks. Not Shona's 'Tatenda'
    # (we thank): a first name; not Norwegian's and Swedish's 'Dag' alone: a first name
    "hej", "hejsan", "kära", "tack", "tusen takk", "tusen tack", "god morgen", "god morgon", "god dag", "god kveld",
    "god kväll", "vennlig hilsen", "med vennlig hilsen", "beste hilsen", "vänliga hälsningar",
    "med vänliga hälsningar", "bästa hälsningar", "hyvää huomenta", "hyvää päivää", "hyvää iltaa", "kiitos paljon",
    "ystävällisin terveisin", "parhain terveisin", "tervist", "tere hommikust", "tere päevast", "tere õhtust",
    "aitäh", "suur aitäh", "tänan", "parimate soovidega", "tervitades", "labrīt", "labrit", "labvakar", "paldies",
    "liels paldies", "sveicieni", "ar labiem vēlējumiem", "hormat kami", "salam hormat", "kopivosian", "kotohuadan",
    "bonoite", "goeiemiddag", "goeienaand", "beste groete", "mangwanani", "masikati", "khanimambo",
    # Drehu's (Lifou's) hello and thanks (very much), Adyghe's thanks, Laz's many thanks (not
    # Laz's 'Mardi' alone: French's Tuesday and a name)
    "bozu", "oleti", "oleti atraqatr", "тхьауегъэпсэу", "didi mardi",
    # Northern Sami's good (day, morning) and many thanks, Inari Sami's hello and thanks, Finnish's good morning
    # alone ('Buorre beaivi!', 'Giitu ollu!', 'Tiervâ!', 'Takkâ', 'Huomenta!')
    "buorre", "buorre beaivi", "buorre iđit", "buorre eahket", "giitu ollu", "ollu giitu", "ollu", "tiervâ",
    "takkâ", "takkâ ennuv", "huomenta",
    # Malay's and Indonesian's Muslim greeting and farewell written as one word (Aceh's, Johor's,
    # Pahang's), Portuguese's regards ('Cumprimentos,' a sign-off already), Tetum's thanks (very
    # much) as a woman says it
    "assalamualaikum", "wassalamualaikum", "cumprimentos", "obrigada barak",
    # Hindi's and Bhojpuri's words of address, kin's and elders' ('भइया, parcel kab aayega?')
    "भइया", "भैया", "भाई", "दीदी", "भाभी", "चाचा", "बाबूजी", "bhaiya", "bhaiyya", "didi", "bhabhi",
    # (and Bengali's and Sinhala's, a chat's first word: 'Bhai amar order kothay?', 'Machan mage phone eka ...')
    "bhai", "bhaijan", "machan", "malli", "nangi", "ayya", "aiya",
    # Indonesian's and Javanese's ('Kanggo Ibu', 'Bapak'; 'Matur' of 'Matur nuwun', thank you)
    "ibu", "bapak", "matur",
    "salary",  # (a document's word: 'Salary slip Gulnaz Sajidi.pdf')
    "ngatho",  # (Kikuyu's thanks: 'Ngatho nyingĩ, Wairimu')
    "ankizy",  # (Malagasy's children: 'Ankizy any am-pianarana')
    "refresh",  # (a protocol's verb in capitals: coturn's 'incoming packet REFRESH processed')
    "gd",  # (a Bangladeshi police station's General Diary: 'GD no. 1948')
    # Bengali's, Sinhala's and Tamil's greetings, thanks and words of address, romanized and in Tamil script
    # ('Adab,', 'Suba udesanak,', 'Bohoma sthuthi,', 'வணக்கம் அண்ணா,', 'அன்புள்ள ஐயா,'), and the Bengali calendar's
    # months ('Friday 26 Boishakh')
    "শুভ সকাল", "শুভ সন্ধ্যা", "শুভ রাত্রি", "শুভ দুপুর",  # (Bengali's good morning, evening, night, afternoon)
    "adab", "suba", "suba udesanak", "bohoma", "bohoma sthuthi", "sthuthi", "வணக்கம்", "அண்ணா", "அக்கா", "ஐயா",
    "அம்மா", "தம்பி", "அன்புள்ள", "boishakh", "baishakh", "joishtho", "asharh", "srabon", "bhadro",
    "agrahayan", "poush", "falgun",  # (not 'Ashwin', 'Kartik', 'Chaitra': given names too)
    # a district's word alone ('Quartier Rohero'), a role, a shop's rooms by which machines go
    # ('Склад': the warehouse, 'Касса': the till)
    "quartier", "reviewer", "склад", "касса", "бухгалтерия", "офис", "ресепшн",
    # Japanese honorifics alone, after a name the model took apart ('Tabadaさん')
    "さん", "様", "さま", "くん", "君", "ちゃん", "先生", "殿",
    # Quechua's 'Allin p'unchay' (good day), Tibetan's and Dzongkha's greetings and thanks,
    # Fijian's and Tongan's farewells
    "allin", "allin p'unchay", "tashi delek", "kuzuzangpo", "kuzu zangpo", "kadrinchey", "kadrin chhe",
    "moce", "ni sa bula vinaka", "bula vinaka", "ofa atu", "ʻofa atu", "tenkyu tru",
    "madam",  # ('Dear Sir or Madam,')
    # Ga's hello, Mooré's good morning as it is spelt too, Jula's good morning, day, afternoon and
    # night, Dagbani's and Dagaare's greeting, Sepedi's (and Khilobedu's) hello, Xitsonga's 'how are
    # you all' (Twi's, Mooré's, Setswana's, Xitsonga's and Tshivenda's others were there already),
    # which the model reads as a name or a place alone
    "ojekoo", "ne y yibeogo", "i ni sogoma", "i ni tile", "i ni wula", "i ni su", "oyiwaladon", "thobela",
    "minjhani",
    # Burmese, Khmer and Lao in Latin letters (hello; thank you; Burmese's 'yes' and 'it is fine',
    # Lao's 'never mind'), the South Slavic languages' and Albanian's (hello, thanks, greetings,
    # good day; Albanian's texted 'flm'), Russian's as the former Soviet states text it, Kazakh's
    # and Uzbek's thanks. Not Uzbek's 'Rahmat' nor Kazakh's 'Salem' alone: a given name, a town
    "mingalaba", "mingalarbar", "mingala ba", "kyay zu tin ba de", "kyay zu tin par tal", "kyay zu", "ya ba de",
    "ho ke", "khop jai lai lai", "khob jai lai lai", "lai lai", "sabaidee", "sabaidi", "sabai dee", "khop jai", "khob jai", "khop chai", "khob chai", "bo pen nyang",
    "sua s'dei", "suasdei", "suostei", "chum reap suor", "arkoun", "orkun", "arkun",
    "zdravo", "hvala", "hvala vam", "hvala puno", "hvala lijepa", "puno hvala", "pozdravi", "lijep pozdrav",
    "dobar dan", "dobro jutro", "добар дан", "добро јутро", "хвала вам", "ćao", "bok",
    "pershendetje", "tungjatjeta", "mirëdita", "miredita", "flm", "faleminderit shumë",
    "привет", "спасибо", "здравствуйте", "добрый день", "privet", "spasibo", "zdravstvuyte",
    "rahmet", "raxmat", "rakhmat", "katta rahmat", "рахмат", "катта рахмат", "assalomu",
    # the Caucasus' (Georgian's, Armenian's, Azerbaijani's hello, thanks, goodbye), Persian's and Dari's
    # romanized (thanks, please, how are you, goodbye), Pashto's 'many thanks', Southern Africa's (Bemba's
    # and Nyanja's how are you, Setswana's it is well). Not Pashto's 'manana' alone, nor 'Mamnoon': a
    # Georgian woman's name, a Pakistani man's
    "gamarjoba", "gamarjobat", "madloba", "didi madloba", "nakhvamdis", "barev", "barev dzez",
    "shnorhakalutyun", "sağ ol", "sag ol", "təşəkkürlər", "merci", "kheyli mamnoon", "mamnoonam", "lotfan",
    "tashakor", "tashakur", "dera manana", "khoda hafez", "khodahafez", "chetori", "muli shani", "bwanji",
    "go siame", "zvakanaka", "zviri zvakanaka", "ngicela", "ndinotenda", "ndapota",
    # Bhutan's (hello, thanks), Mongolia's (hello, thanks, goodbye), romanized; Iceland's, the Faroes' and
    # Greenland's (hello, thanks); Sierra Leone's Krio (hello, how are you, thanks) and the Gambia's
    # Wolof and Mandinka (thanks)
    "kuzuzangpo la", "kuzu zangpo la", "kadrinchey la", "kadrinche la",
    "sain baina uu", "sain uu", "bayarlalaa", "bayartai", "halló", "takk fyrir", "takk fyri",
    "kusheh", "aw di bodi", "tenki tenki", "jerejef", "nanga", "nanga def",
    "já", "jú", "nei", "nej", "ja",  # (the Nordic languages' yes and no: 'Já, hlakka til', 'Svaraðu JÁ')
    "hæ", "bless", "góðan", "góðan daginn", "hringdu", "det",  # (hi, bye, good day, call!; Danish's 'it')
    # the Levant's and Iraq's Arabic in Latin letters (hello, how are you, let's go, my dear, goodbye, bless
    # you), Kurdish's (hello, thanks); the Pacific's (goodbye); Yup'ik's and the Innu's (hello, thanks);
    # Quebec's (hello on the phone)
    "marhaba", "marhaba habibi", "kifak", "kifik", "kif halak", "yalla", "yalla bye", "habibi", "habibti",
    "ahlan wa sahlan", "ma3 salameh", "ma3 el salameh", "tislam", "tislamlee", "slaw", "shukran kteer",
    "supas", "zor supas", "sa moce", "quyana", "quyanaa", "waqaa", "kuei", "allô",
    # Bangladesh's, Sri Lanka's and the Maldives' (hello, thanks, in Bengali, Sinhala, Tamil and Dhivehi,
    # romanized; not Sinhala's 'Stuti', a first name too); the Andes' (hello, thanks, in Quechua, Aymara
    # and Kichwa); Madagascar's, the Comoros' and Réunion's (hello, thanks, goodbye) and Malagasy's form
    # labels (name, phone, address), which the model reads as names
    "nomoshkar", "dhonnobad", "dhonyobad", "dhanyabad", "ayubowan", "bohoma stuti", "istuti", "vanakkam",
    "nandri", "kihineh", "shukuriyaa", "shukuriyya", "allinllachu", "napaykullayki", "rimaykullayki",
    "yusulpayki", "waliki", "yuspajarapxsma", "pagui", "misaotra betsaka", "anarana", "finday", "adiresy",
    # Britain's and Ireland's: English's 'Hiya', 'Mornin'' and Welsh's, Irish's and Scottish Gaelic's greetings,
    # thanks and goodbyes ('Shwmae', 'Bore da', 'Hwyl fawr', 'Dia dhuit', 'Sláinte', 'Feasgar math'); and
    # Gaelic's 'Mòran' (much) of 'Mòran taing', which the model reads alone
    "hiya", "mornin", "mornin'", "shwmae", "s'mae", "sut mae", "bore da", "prynhawn da", "noswaith dda", "hwyl",
    "hwyl fawr", "diolch yn fawr", "cofion gorau", "dia dhuit", "dia daoibh", "maidin mhaith", "tráthnóna maith",
    "sláinte", "slán", "beannachtaí", "go raibh maith agat", "go raibh maith agaibh", "feasgar math",
    "oidhche mhath", "mòran", "ciamar a tha thu", "mae'r", "spoke",
    "mutuelle",  # (French: a health insurer, 'Mutuelle' alone in a clinic's note)
    # a help desk's own log words and a lettings note's ('Status changed to Awaiting Reply.', 'Keys handed to ...
    # Meter readings taken.', 'Landline (051) ...')
    "status", "awaiting reply", "keys", "meter", "callback", "landline",  # (Welsh's 'the ... is': no name)
    # a guest's arrival mail's welcome, first in its subject ('Benvenuti, Davide!', 'Vítejte, Jan!'), and Greek's
    # thanks in Latin letters ('Euxaristw!')
    "benvenuti", "benvenuto", "benvenuta", "willkommen", "dobrodošli", "dobrodošla", "vítejte", "bienvenue",
    "bienvenido", "bienvenida", "welkom", "üdvözöljük", "καλώς ήρθατε", "euxaristw", "eyxaristw", "efxaristo",
    "efharisto",
    # Romanian's and Moldova's (hello, good evening, thanks, regards, all the best), Bulgarian's in both scripts
    # (hello, good day, thanks, greetings): 'Zdraveyte, kazvam se ...' is no name's start
    "bună ziua", "buna ziua", "bună seara", "buna seara", "bună", "mulțumesc", "multumesc", "mulțumesc frumos",
    "multumesc frumos", "mulțumim", "multumim", "cu stimă", "cu stima", "cu respect", "numai bine", "toate cele bune",
    "zdraveyte", "zdraveite", "zdravey", "zdrasti", "здрасти", "добър ден", "dobar den", "blagodarya",
    "благодаря", "поздрави", "всичко хубаво", "vsichko hubavo",
})
# Greetings and sign-offs that are names too, so not in GENERIC_NAMES: Indonesian's and Malay's 'Salam',
# Hebrew's 'Shalom', Swahili's 'Asante' and 'Hai', Amharic's 'Selam', Britain's 'Ta' (thanks; Vietnam's Tạ),
# Scottish Gaelic's 'Haigh' (hi; a family name too)
# (no one's before a comma or their
# message: engine._finish; no signer: addresses.towns_after_signatures)
GREETINGS_THAT_ARE_NAMES = frozenset({"salam", "salaam", "shalom", "asante", "hai", "selam", "ta", "haigh"})
GENERIC_NAMES = SALUTATIONS | frozenset({
    "forbidden", "unauthorized", "unauthorised",  # (an HTTP status's word first in a log's message)
    "reply", "smart", "ic",  # (a mail's 'Email Reply', a telco's 'Smart *888', a chip's 'charging IC')
    # Tausug's, Cebuano's and Tagalog's words first in a text message ('Marayaw na in internet', good; 'Wayruun',
    # none; 'Unsaon', how; 'Mahina signal', weak); Hungarian's 'service' adjective, Czech's 'your' first in a subject
    # ('Szolgálati telefon', 'Vaše faktura'; Italian's 'La' is engine._could_be's: 'LA' is a place)
    "marayaw", "wayruun", "unsaon", "mahina", "szolgálati", "vaše",
    "jeg",  # (Norwegian's and Danish's 'I' at a sentence's start: 'Jeg har en Garmin ...')
    # (Yucatec Maya's, Zapotec's and Tzotzil's greetings and thanks, a note's last words: 'Ma'alob k'iin', good day;
    # 'Bix a beel?', how are you; 'Dios bo'otik', thank you; 'Xquixe pe' lii', Zapotec's thanks; 'Kolaval', Tzotzil's)
    "ma'alob k'iin", "ma'alob", "bix a beel", "dios bo'otik", "jach dios bo'otik", "xquixe pe' lii", "xquixe",
    "padiuxi", "kolaval", "kolavalik", "lekuk",
    # (Russian's 'forum' after a page's title, 'affairs' and Chechen's 'God' first in a wish ('Дела реза хуьлда',
    # thank you), the Caucasus as a region, a member's hobbies: 'Читаю', I read)
    "форум", "дела", "кавказ", "читаю", "путешествую",
    # (Spanish's 'we' verbs first in a guest's sentence, 'Viajamos con un perro'; Welsh's 'is', 'are we', 'Friday':
    # 'Ydy brecwast wedi'i gynnwys?', 'Dan ni'n cyrraedd nos Wener')
    "viajamos", "cruzamos", "venimos", "necesitamos", "llegamos", "vamos", "tenemos", "queremos", "somos", "estamos",
    "ydy", "ydw", "dan ni'n", "wener", "gwener",
    # (a ticketing export's buyer of the organizer's own passes, in French and English: 'Nom acheteur':
    # 'ACCRÉDITATIONS', 'INVITATIONS')
    "accréditations", "accreditations", "invitations", "bénévoles", "benevoles",
    # (a host's or a guest's note's first word in Spanish, French, Catalan, Occitan and Basque: register, receipt,
    # booking, new, recommended, I travel, I need, we speak, please, call, before, pay, we will arrive)
    "registro", "recibo", "reserva", "nueva", "recomendado", "recommandé", "viajo", "necessito", "parlam", "parlem",
    "mesedez", "deitu", "aurretik", "ordaindu", "helduko gara", "l'estiu",
    "cache miss", "cache hit",  # (a backend's line: '8 offers in 739 ms (cache miss, req_id=...)')
    # (Sorani's and Persian's greetings' second word: 'سڵاو برایان' (hello, brothers), 'سلام وقت بخیر' (hello, good day);
    # Turkish's hello, cargo, serial, regards and Kurmanji's 'not active', first in a sentence)
    "برایان", "براکان", "خوشکان", "وقت بخیر", "روز بخیر", "عصر بخیر", "شب بخیر", "ڕۆژباش", "merhaba",
    "kargo", "seri", "saygılarımla", "aktîv nabe",
    "pagado", "respondido", "quedo", "quedamos",  # (Spanish's paid, answered, I stay: a note's first word)
    "ystafell", "seòmar", "seomar", "carer",  # (Welsh's and Gaelic's room, a GECOS comment's; a carer's role)
    "rsvp",  # (an invitation's 'RSVP to Manueli Penjueli before Friday', which the model reads as a name)
    # a form's and a job's labels, and a role, that an account's name or the model makes a name of (a live
    # chat's operator 'Site Admin' carried to every 'Site: Way 1464, ...'; 'Invoice INV-24-2646 issued',
    # 'Watchman number: 9844 0186')
    "site", "invoice", "watchman", "driver", "courier",
    # (round 73: a job's title the model reads as a name, 'Accounts Clerk'; a note's verb or noun first in its
    # sentence, 'Reopen via ...', 'Reposição mensal'; Cape Verdean's and Guinea-Bissau Kriol's 'buddy', Garifuna's
    # 'good' of its greeting, 'Buiti binafi'; a feast's, 'confirmed Eid delivery')
    "clerk", "reopen", "reposição", "kumpadri", "kumadri", "compadre", "comadre", "buiti", "eid",
    # (Spanish's 'I confirm', 'send me', 'I remain attentive' and Crucian's 'all of you' first in their sentences;
    # not 'Blessings', Malawi's given name too)
    "confirmo", "mándame", "mandame", "quedo pendiente", "allyuh",
    # (Spanish's 'account' first in a bot's card, 'Cuenta verificada'; its 'write to me', 'charge me')
    "cuenta", "escríbanme", "cóbrenme",
    # (Hindi's thanks and an Indo-Caribbean greeting, romanized: 'Dhanyavaad.', 'Ram Ram! Devika asked ...')
    "dhanyavaad", "dhanyavad", "dhanyawad", "ram ram",
    # a mail's subject's first word, a request's kind ('Reparatie in garantie Huawei B535', 'Cerere de
    # reparatie', 'Receipt attached', Russian's 'Возврат' (a return))
    "receipt", "reparatie", "reparație", "cerere", "возврат",
    # whom a Russian or a Belarusian greeting addresses that is no one's name: colleagues, friends, sirs, guys, the
    # forum's members, everyone, the support, the administration ('Добрый день, Коллеги', 'Привет, Форумчане!')
    "коллеги", "коллега", "друзья", "господа", "ребята", "форумчане", "товарищи", "администрация", "поддержка",
    "калегі", "сябры", "спадары",
    # an identity card's name before its number (Botswana's 'Omang no. 105247426'; South Africa's 'Smart ID')
    "omang",
    # a parcel's SMS words the model reads as names: Polish's parcel, code, Hungarian's please ('Przesyłka ... czeka',
    # 'Kod odbioru: 520592', 'Kérem, csengessen')
    "przesyłka", "kod", "kérem",
    # a note's first word: moved ('Verhuisd per 1 juni, nieuw adres: ...'; German's, French's)
    "verhuisd", "umgezogen", "déménagé", "déménagée",
    # a delivery note's first word: Turkish's to the doorman, to the neighbour ('Kapıcıya bırakın, 4. kat')
    "kapıcıya", "komşuya", "güvenliğe",
    "exw",  # (Greek's 'I have' in Latin letters, a post's first word: 'Exw provlima me ...')
    # Kurdish's friends after a greeting (Sorani's 'سڵاو هاوڕێیان', Kurmanji's 'Silav hevalno')
    "هاوڕێیان", "هاوڕێکان", "برادەران", "hevalno", "hevalan",
    # a log line's level first (OpenMRS's 'ERROR - ExceptionHandlerFilter.doFilter(89) |...'), a kin word alone
    # (a treatment supporter's 'relationship=Husband'), Urdu's 'my', romanized ('Mera naam ...')
    "error", "warn", "warning", "debug", "trace", "fatal", "husband", "wife", "daughter", "brother",
    "sister", "mother", "father", "mera", "meri",  # (not 'son': Vietnam's given name Sơn, written 'Son' as often)
    # a sentence's first word the model reads as a place, Italian's, Portuguese's, Galician's, Catalan's and Basque's
    # (replaced, payment, dear, any, same, IT technician: 'Sostituito il disco', 'Caros colegas,')
    "sostituito", "sostituita", "pagamento", "caros", "caras", "calquera", "qualsevol", "berdina", "informatikaria",
    # a booking's ticket types after its guests' names ('Shanice Ebanks (Adult); Damion Ebanks (Child)')
    "adult", "adults", "child", "children", "infant", "infants", "senior", "seniors", "youth", "toddler",
    "honeymoon", "anniversary",  # (a stay's occasion in a hotel's note: 'Honeymoon - champagne on arrival')
    "caller", "callee", "beneficiary", "complainant",  # (a hotline's case notes' roles: 'Caller lives in Duhok')
    "school", "college", "primary school",  # (a school's kind alone, which the model reads as a place's name)
    "delivery", "refunds", "queue",  # (a receipt's and a report's lines: 'Delivery (Kaibu Express)', 'Refunds  5')
    # a phone's caller id where the carrier gives no name (CallRail's 'Name' column: 'PRIVATE CALLER', 'TOLL FREE CALL')
    "private caller", "wireless caller", "unknown caller", "toll free call", "toll free", "out of area", "cell phone",
    "private number", "unavailable", "restricted",
    "description",  # (an iCalendar event's property name: 'DESCRIPTION:Reminder')
    "xref", "schema",  # (a Gnus folder's header, 'Xref: ibrahim-thinkpad lists:33'; pg_dump's 'Schema: public')
    "deployed", "mailbox", "config",  # (an asset's status in a dump's row, 'Deployed'; a ticket's first word)
    "naadam", "tsagaan sar", "tshechu", "losar",  # (Mongolia's and Bhutan's festivals, which the model reads as names)
    # a backup job's report's labels (Bacula's 'Files Written:', 'FileSet:', 'JobId 4301:')
    "files written", "files restored", "files expected", "bytes written", "jobid", "fileset",
    # a chat account's label, a sale's and a promotion's tag, French's 'available' (a listing's 'Jabber :
    # salma_bou', '[Vente] PC Dell', 'Dispo à Blida')
    "jabber", "xmpp", "vente", "dispo", "promo",
    # a serverless function's report ('REPORT RequestId: ... Max Memory Used: 174 MB'), a build's
    "requestid", "max memory", "memory size", "build completed", "reason",
    "kind",  # (an Outlook mail's 'Kind regards,' in its markup, the model's 'Kind')
    # the South Slavic languages' 'all', 'people', 'folks' a post thanks or greets ('Hvala svima.', 'Pozdrav ljudi')
    "svima", "ljudi", "društvo", "drustvo", "народе", "сите",
    "sifarişiniz", "sifariş", "hörmətli",  # (Azerbaijani's 'your order', 'order', 'dear' an SMS starts with)
    "sender", "roof",  # (an SMS log's 'Sender', a site's 'Roof' the model read as names; not 'Server': a Crimean Tatar given name)
    "bonne", "salut",  # (French's sign-off and greeting at a line's start: 'Bonne journée,', 'Salut,')
    # a ticket's subject's first word (warranty, repair, fees), and the words of thanks and greeting a chat's
    # profile or a message starts with ('Garantie Dell Inspiron', 'Frais de livraison', 'Alhamdoulillah', 'Bjr')
    "garantie", "réparation", "reparation", "frais", "alhamdoulillah", "alhamdulillah", "bjr", "slt",
    "nimewo", "kliyan", "telefòn",  # (Kreyòl's labels: number, customer, phone)
    "visitor", "visiteur", "visitante",  # (a live chat's anonymous nick, Live Helper Chat's 'Visitor')
    # Central America's, Lusophone Africa's and the Indian Ocean's words at a sentence's start, which the
    # model reads as a name ('Mae, la dirección es ...', 'Fala comigo no WhatsApp', 'Bonzour, mo pe rod ...',
    # 'Livraison: 12 rue ...'), and a title alone ('Mme')
    "mae", "maje", "fala", "kota", "mano", "livraison", "mme", "quarteirão",
    "saldo", "solde",  # (a wallet's balance: 'Saldo 40.000 Kz')
    "línea", "linea",  # (a signature's 'Línea gratuita 01 8000 ...' at its line's start)
    # German's sign-offs, which the model reads as a name ('Schöne Grüße', 'Viele Grüße'), and a meter's 'Wasser'
    "schöne grüße", "schoene gruesse", "beste grüße", "herzliche grüße", "gruesse", "wasser",
    "propietario", "propietaria", "solicitante",  # (an endpoint console's labels: 'Propietario: ...')
    # the Indian Ocean's region in a firm's name ('Komtek Océan Indien'), Malagasy's 'please', a quote
    # ('Devis'), a Kreol greeting's 'Madam'
    "océan indien", "ocean indien", "azafady", "devis", "bonzour madam", "madam", "misye",
    "salama", "manao",  # (Malagasy's greeting: 'Salama!', 'Manao ahoana')
    # Jamaican Patois' and Bajan's words at a sentence's start ('Wah gwaan', 'Wunna service down', 'Yuh see',
    # 'Unu', 'Weh', 'Bredda') and a call's 'callin'
    "wah", "wunna", "unu", "yuh", "nuh", "weh", "bredda", "callin",
    # a processor's generation, which the model reads as a name ('13th Gen Intel(R) Core(TM) i5-1335U')
    "gen",
    # Spanish's kin, as an emergency contact's column gives them ('Esposa: Elaine López', 'Esmeralda
    # Batista (abuela)'), and a referral's 'Referida por ...'
    "esposa", "esposo", "abuela", "abuelo", "hermano", "hermana", "mamá", "papá", "madre", "padre", "hija",
    "hijo", "prima", "primo", "suegra", "suegro", "cuñada", "cuñado", "sobrina", "sobrino",
    "referida", "referido",
    "mipela", "yupela", "yumi",  # (Tok Pisin's 'we' and 'you all' at a sentence's start: 'Mipela i go long ...')
    # a parcel's, an appointment's or a code's text message in Estonian, Finnish, Latvian, Swedish and
    # Norwegian: its first word, which the English model reads as a name ('Teie pakk ...': your parcel;
    # 'Kood: 597396', 'Kuller toob', 'Kuljettaja soittaa', 'Kertakäyttöinen koodisi', 'Paketti on',
    # 'Sūtījums gaida', 'Ditt paket', 'Giltig till'); not 'Mitt' (my): a first name
    "teie", "kood", "kuller", "kuljettaja", "kertakäyttöinen", "paketti", "sūtījums", "ditt", "giltig",
    # Indonesian's, Malay's and Tetum's at a sentence's or a subject's start ('Terima kasih', 'Jumpa
    # lagi': see you, 'Kunjungan', 'Pelatihan', 'Perkenalan': a visit, a training, an introduction;
    # Tetum's 'Relatóriu': a report), a health office ('Dinas Kesehatan'), and a review's 'Seller',
    # 'Shipped' and Portuguese's 'Entrega' (delivery)
    "terima", "jumpa", "kunjungan", "pelatihan", "perkenalan", "relatóriu", "dinas kesehatan", "seller",
    "shipped", "entrega",
    # French words at a sentence's start, a review's or a letter's ('Accueil très chaleureux', 'Calme,
    # propre', the sign-off 'Bien à vous')
    "accueil", "calme", "bien",
    # an Indonesian CRM's role contacts, a desk where a name goes ('Admin Gudang', 'CS Toko', 'Bagian
    # Keuangan', 'Kantor Pusat': warehouse, customer service, division, finance, head office)
    "cs", "gudang", "bagian", "keuangan", "pusat", "kantor pusat", "pembelian", "penjualan", "kasir",
    # a signature's role in Spanish, under the name ('Comunicadora', 'Locutora': a community radio's
    # announcer, 'Tejedora': a weaver), which the model reads alone as a name
    "comunicadora", "comunicador", "locutora", "locutor", "tejedora", "tejedor", "coordinadora", "coordinador",
    "promotora", "promotor", "tesorera", "tesorero", "secretaria", "secretario", "presidenta", "facilitadora",
    "facilitador", "educadora", "educador", "voluntaria", "voluntario", "técnica", "técnico", "docente",
    # Tagalog's and Cebuano's words at a sentence's start that the English model reads as a name or a
    # place: a greeting ('Mabuhay', Davao's 'Madayaw'), 'carry on', communal work, 'look', 'new', a
    # reminder, 'many', 'all right' ('Bayanihan sa Purok 7', 'Tingnan ninyo ...', 'Bagong schedule')
    "mabuhay", "madayaw", "padayon", "bayanihan", "tingnan", "pakitingnan", "bagong", "paalala", "magandang",
    "maraming", "daghang", "sige", "naku", "maayong",  # (Cebuano's 'good', a greeting's first word)
    # (and 'there is none', 'lost', 'a meeting', 'contacted', 'wow', 'that', 'to deal with', 'moved': 'Walang
    # signal ...', 'Nawalang cellphone', 'Nakontak ko na', 'Grabe ang init', 'Yung router ko', 'Lumipat na')
    "walang", "wala", "nawalang", "nawala", "pulong", "nakontak", "grabe", "yung", "makipag", "lumipat",
    # Tagalog's and Cebuano's weekdays ('Sabado', 'Sa Huwebes': on Thursday); not 'Domingo': a name
    "lunes", "martes", "miyerkules", "miyerkoles", "huwebes", "biyernes", "sabado",
    # Windows' default owner where setup asked no name, in Portuguese, Spanish and English ('RegisteredUser':
    # 'Usuário'), and its built-in administrator's ('Administrador')
    "usuário", "usuario", "utilizador", "administrador", "windows user",
    # a badge's placeholder in a name column of a time clock's punches ('Visitante Temporal', 'Limpieza
    # Contratista', 'Sin Asignar'): an intern, a visitor, cleaning, a contractor, unassigned
    "practicante", "temporal", "limpieza", "contratista", "sin asignar", "vigilancia",
    "maintenance", "facilities",  # (a desk's mailbox's display name: 'Cc: "Maintenance" <maintenance@...>')
    # weekdays of Turkish, Greek, Polish, Czech, Slovak, Hungarian and Portuguese, which the model reads
    # alone as a name or a place ('Pazartesi gelebilir', 'Τετάρτη 10:00'); not those that are names or
    # towns too ('Cuma', 'Παρασκευή', 'Κυριακή', 'Środa', 'Sobota', 'Domingo')
    "pazartesi", "salı", "çarşamba", "perşembe", "cumartesi", "δευτέρα", "τρίτη", "τετάρτη", "πέμπτη",
    "σάββατο", "poniedziałek", "wtorek", "czwartek", "piątek", "niedziela", "pondělí", "úterý", "středa",
    "čtvrtek", "pátek", "neděle", "pondelok", "utorok", "streda", "štvrtok", "piatok", "nedeľa", "hétfő",
    "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap", "segunda-feira", "terça-feira",
    "quarta-feira", "quinta-feira", "sexta-feira",
    # and German's, French's and Italian's (not 'Samstag', 'Mardi' nor 'Sabato': names too; 'Domenica' a name)
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "sonntag", "lundi", "mercredi",
    "jeudi", "vendredi", "samedi", "dimanche", "lunedì", "lunedi", "martedì", "martedi", "mercoledì",
    "mercoledi", "giovedì", "giovedi", "venerdì", "venerdi",
    # and Welsh's, Irish's and Scottish Gaelic's ('since Dydd Llun', 'On Dé Luain, ...')
    "dydd llun", "dydd mawrth", "dydd mercher", "dydd iau", "dydd gwener", "dydd sadwrn", "dydd sul",
    "dé luain", "dé máirt", "dé céadaoin", "déardaoin", "dé haoine", "dé sathairn", "dé domhnaigh",
    "diluain", "dimàirt", "diciadain", "diardaoin", "dihaoine", "disathairne", "didòmhnaich",
    # Swiss German's and Italian's regards ('Liebe Grüsse', 'Freundliche Grüsse', 'Grüessli', 'Cordiali saluti')
    "grüsse", "grüess", "grüessli", "liebe grüsse", "freundliche grüsse", "freundliche grüße", "beste grüsse",
    "saluti", "cordiali saluti", "distinti saluti",
    # a signature's job title alone ('Treasurer', 'Bookkeeper')
    "treasurer", "bookkeeper", "technician",
    # a vacant post in an HR list's name column (Portuguese 'POSTO VAGO', Spanish 'VACANTE')
    "posto vago", "vago", "vaga", "vacante", "plaza vacante", "vacant", "vacancy", "vacant post",
    # a barangay's words and the kin's titles alone, no place's or person's name to carry ('Bgy.', 'Kuya':
    # South Upi's barangay is Kuya too, found where its address gives it)
    "bgy", "brgy", "barangay", "purok", "sitio", "kuya", "manong", "manang", "tía", "tío", "mzee",
    # a team's or a desk's mailbox name in Spanish, Portuguese and French ('Equipo <equipo@...>': team,
    # support, sales, contact, front desk, billing, purchasing, the newsroom)
    "equipo", "equipe", "équipe", "soporte", "suporte", "ventas", "vendas", "contacto", "contato",
    "atendimento", "recepción", "recepcion", "recepção", "administración", "administracion",
    "facturación", "facturacion", "cobranza", "compras", "redacción", "redaccion", "coordinación",
    "coordinacion", "secretaría", "tesorería", "dirección",
    # thanks and greetings of Wayuunaiki, Shipibo-Konibo, Shuar and Ngäbere a post's sign-off writes alone
    # ('Anayawatsü', 'Jakon', 'Maketai', 'Winiajai', 'Ñantöre')
    "anayawatsü", "anayawatsu", "jakon", "maketai", "winiajai", "ñantöre",
    # a form's or a table's field words, as an authenticator's name ('Email', 'Phone') or a
    # column's header: no one's name, and carried on they would be in every log
    "email", "e-mail", "phone", "sms", "title", "password", "categoryinfo", "cron daemon", "cron", "anacron",
    "root", "admin", "admins", "administrator", "sysadmin", "user", "users", "guest", "test",
    "tester", "demo", "default", "nobody", "daemon", "bin", "sys", "system", "service",
    "operator", "backup", "sshd", "www", "www-data", "http", "https", "httpd", "apache",
    "nginx", "mail", "news", "ftp", "mailto", "file", "postgres", "mysql", "oracle", "git",
    "ubuntu", "centos", "debian", "pi", "ec2-user", "support", "info", "webmaster",
    "postmaster", "hostmaster", "cyrus", "anonymous", "sync", "shutdown", "halt", "games",
    "lp", "uucp", "proxy", "list", "irc", "community", "everyone", "moderator", "mod", "maintainer", "maintainers",
    "staff", "team", "helpdesk", "it", "hr", "owner", "customer", "customers", "sales",
    "billing", "security", "devops", "ops", "accounts", "payable", "receivable", "procurement", "purchasing",
    "hi", "hello", "hey", "cheers", "thanks", "regards", "best", "dear",
    # and other languages' ('Mit freundlichen Grüßen' under an English mail)
    "guten tag", "grüßen", "grüße", "gruß", "liebe grüße", "viele grüße", "hallo", "bonjour", "merci",
    "cordialement", "hola", "gracias", "saludos", "atentamente", "obrigado", "obrigada", "grazie",
    "ciao", "danke",
    # placeholders that test data and docs put where a user name goes ('Access denied for
    # user 'global'', 'user `username' not found'): carried, every such word in prose
    "username", "login", "known", "unknown", "global", "invalid", "valid", "someone",
    "somebody", "anyone", "foo", "bar", "baz", "example", "sample", "dummy", "temp", "tmp",
    "local", "public", "private", "remote", "local-user",
    # a help desk's own channel as a record's creator (TOPdesk's 'Self-Service', its portal)
    "self-service", "self service", "selfservice",
    # a host that every machine has ('root'@'localhost'), and tagged corpora's stand-in for
    # a mention ('@mention')
    "localhost", "mention", "mentions",
    # roles a tenancy's or a job's notes name people by ('Landlord approved', 'Tenant reports')
    "landlord", "landlady", "tenant", "tenants", "contractor", "plumber", "electrician", "caretaker",
    "neighbour", "neighbor", "agent", "liaison",  # (a job title's: 'Vessel Liaison Officer')
    "kiosk",  # (a kiosk's account)
    # a user and a customer in Slovak, Czech, Basque, Mongolian, Uzbek, Macedonian, Maltese, Irish,
    # Somali and Yoruba, which the English model takes into the name after it ('Erabiltzailea Miren')
    "používateľ", "zákazník", "uživatel", "erabiltzailea", "bezeroa", "хэрэглэгч", "харилцагч",
    "foydalanuvchi", "mijoz", "фойдаланувчи", "мижоз", "корисник", "корисникот", "клиентот", "utent",
    "l-utent", "klijent", "úsáideoir", "custaiméir", "isticmaalaha", "macmiilka", "olùlò", "oníbàárà",
    # a clinic's roles ('Patient reports pain'), and languages, which the English model reads as
    # names ('Kannada labels are cut off', 'the Igbo keyboard')
    "devanagari", "tifinagh", "cyrillic", "hangul", "jyutping",  # (and scripts: 'typing Devanagari')
    "god", "allah", "mungu", "mwenyezi mungu",  # (a blessing's God, 'God bless you': no one's name)
    "patient", "patients", "doctor", "nurse", "kannada", "malayalam", "telugu", "tamil", "marathi", "gujarati",
    "punjabi", "bengali", "hindi", "urdu", "pashto", "kurdish", "sorani", "kurmanji", "igbo", "yoruba", "hausa",
    "malagasy", "faroese", "belarusian", "amharic", "tigrinya", "swahili", "xhosa", "maori", "samoan",
    "sinhala", "nepali", "burmese", "khmer", "tajik", "kyrgyz", "turkmen", "uzbek", "kazakh", "mongolian",
    # (and the languages of the Caucasus, the Volga and Siberia, of India's east, of the
    # Philippines: 'the Karakalpak locale', 'Santali in Ol Chiki')
    "karakalpak", "avar", "chechen", "ingush", "ossetian", "abkhaz", "chuvash", "yakut", "sakha", "buryat",
    "kalmyk", "tatar", "bashkir", "maithili", "bhojpuri", "santali", "manipuri", "meitei", "konkani", "kashmiri",
    "cebuano", "ilocano", "hiligaynon", "marshallese", "sorbian", "sardinian", "kirundi", "fula",
    "pulaar", "fulfulde", "twi", "ewe", "greenlandic", "kalaallisut", "yiddish", "esperanto", "gaelic",
    "udmurt", "tuvan", "balochi", "tetum", "javanese", "sundanese", "papiamento", "papiamentu", "friulian",
    "kashubian", "silesian", "kanuri", "swati", "siswati", "tsonga", "xitsonga", "ndebele", "chichewa",
    "nyanja", "luganda", "kikuyu", "gikuyu", "hmong", "rusyn", "cherokee", "navajo", "ladino",
    "manx", "manx gaelic", "cornish", "kernewek", "gaelg", "walloon", "walon", "limburgish", "limburgs",
    "aromanian", "latgalian", "palauan",
    # (not 'Lombard', 'Bodo' nor 'Cree': a surname, a first name; nor 'Zulu' and 'Bemba': family
    # names in South Africa, Zambia and Congo)
    "komi", "erzya", "kabardian", "lezgin", "ligurian", "venetian", "piedmontese", "tulu", "dogri", "buginese",
    "madurese", "tausug", "waray", "chavacano", "garifuna", "ojibwe", "ojibwa", "anishinaabemowin", "mohawk",
    "kanien'kéha", "lakota", "niuean", "chuukese", "dinka", "acholi", "bambara", "bamanankan",
    "seremein",  # (Garifuna's thanks, a post's first word)
    # (and Inuktitut's, S'gaw Karen's, Hiri Motu's, ... Tuvaluan's; 'Sango' too, though a Nigerian
    # town and a Yoruba god are called so. Not 'Karen', 'Kamba', 'Luba', 'Jula', 'Moore', 'Mossi',
    # 'Motu', 'Makua', 'Kisii' nor 'Owambo': first names, family names, a Kenyan town, a Namibian
    # region)
    "inuktitut", "ᐃᓄᒃᑎᑐᑦ", "inuinnaqtun", "s'gaw", "sgaw", "s'gaw karen", "sgaw karen", "hiri motu",
    "marquesan", "pohnpeian", "ponapean", "kosraean", "warlpiri", "kriol", "miskito", "miskitu", "herero",
    "otjiherero", "nuer", "kikamba", "ekegusii", "gusii", "maasai", "sukuma", "kisukuma", "makhuwa",
    "emakhuwa", "tshiluba", "ciluba", "kikongo", "kituba", "sango", "oshiwambo", "oshindonga",
    "oshikwanyama", "zarma", "djerma", "soninke", "dyula", "dioula", "mooré", "fulani", "serer", "sereer",
    "mandinka", "temne", "themne", "krio", "tuvaluan",
    # (and Tamasheq's, Tachelhit's, ... Comorian's; their scripts' names. Not 'Beja', 'Tigre',
    # 'Bilen', 'Saho', 'Lango', 'Alur', 'Teso', 'Turkana', 'Meru', 'Chaga', 'Nandi', 'Lunda' nor
    # 'Makonde': a Portuguese city, an Argentine city and Spanish 'tiger', a Turkish family name,
    # a Japanese first name, Ugandan sub-regions, Indonesian's 'groove', a Kenyan county and
    # lake, a Kenyan town, a mushroom, a first name, Angola's provinces, a Zimbabwean district)
    "tamasheq", "tamashek", "tamajaq", "tamahaq", "tachelhit", "tashelhit", "tashelhiyt", "shilha",
    "ⵜⴰⵛⵍⵃⵉⵜ", "ⵜⵉⴼⵉⵏⴰⵖ", "nobiin", "bedawi", "bedawiyet", "ትግረ", "ብሊን", "blin", "nauruan", "yapese", "pijin",
    "ateso", "iteso", "lugbara", "zande", "azande", "pazande", "kalenjin", "kipsigis", "kimeru", "kichagga",
    "nyakyusa", "kinyakyusa", "umbundu", "ovimbundu", "chokwe", "cokwe", "chilunda", "kaonde", "kikaonde",
    "chinyanja", "chewa", "ndau", "chindau", "morisien", "kreol morisien", "seselwa",
    "kreol seselwa", "seychellois", "shikomori", "comorian", "shingazidja", "shinzwani", "shimaore",
    "chimakonde",
    # (and Wallisian's, Futunan's, ... Samburu's, their own names too. Not 'Mentawai', 'Makassar',
    # 'Toraja', 'Banjar', 'Dendi', 'Chaoui', 'Yao', 'Gurage', 'Sidamo' nor 'Samburu': islands and
    # a regency, a city, a regency, a Javanese city and an Indian family name, an Indonesian
    # first name, a Maghrebi family name, a Chinese family name, an Ethiopian zone, a coffee and
    # a former province, a Kenyan county)
    "wallisian", "uvean", "fakauvea", "futunan", "fakafutuna", "tokelauan", "rarotongan", "carolinian",
    "refaluwasch", "llanito", "yanito", "jèrriais", "jerriais", "guernésiais", "guernesiais", "dgèrnésiais",
    "sercquiais", "auregnais", "sasak", "makassarese", "torajan", "banjarese", "nupe", "ibibio", "kabiye", "kabiyè",
    "kabye", "kpelle", "bariba", "baatonum", "songhay", "songhai", "hassaniya", "hassaniyya", "الحسانية",
    "حسانية", "tarifit", "riffian", "ⵜⴰⵔⵉⴼⵉⵜ", "tachawit", "shawiya", "runyankole", "runyankore", "rukiga",
    "nyankole", "lozi", "silozi", "tumbuka", "chitumbuka", "chiyao", "guragigna", "ጉራጊኛ", "wolaytta",
    "wolayttatto", "hadiyya", "hadiyyisa", "sidaamu", "sidaamu afoo", "luhya", "oluluhya",
    # (and Maranao's, Ibaloi's, ... Gogo's. Not 'Pangasinan', 'Ifugao', 'Kalinga', 'Yakan',
    # 'Siwi', 'Madi', 'Kuria', 'Taita', 'Dawida', 'Damara', 'Nama', 'Ndonga', 'Embu', 'Borana',
    # 'Hehe', 'Gogo' nor 'Chollo': Philippine provinces (Kalinga an Indian kingdom too), a
    # Turkish family name, a Javanese first name, a first name, a Kenyan family name, a Kenyan
    # county's and hills' name, Polish's 'David' (its genitive), a Namibian region and a first
    # name, Japanese's 'raw', a family name, a Kenyan town, an Ethiopian zone, laughter, a
    # first name, Spanish's 'bargain'; 'Ekegusii', 'Kituba', 'Oshindonga' and 'Oshikwanyama'
    # were there already)
    "maranao", "meranaw", "maranaw", "ibaloi", "ibaloy", "nabaloi", "kankanaey", "kankana-ey", "aklanon",
    "masbateño", "masbatenyo", "minasbate", "subanon", "subanen", "tumzabt", "mozabite", "anuak", "anywaa",
    "shilluk", "karamojong", "karimojong", "ngakarimojong", "kakwa", "igikuria", "abagusii", "kidawida",
    "munukutuba", "kikongo ya leta", "luvale", "lovale", "chiluvale", "khoekhoegowab", "khoekhoe",
    "kwanyama", "kiembu", "rendille", "kihehe", "chigogo", "cigogo",
    # (and Tshivenda's, Ivatan's, ... Réunion Creole's. Not 'Venda', 'Tboli', 'Manobo', 'Mandaya',
    # 'Afar', 'Qafar', 'Kambaata', 'Gedeo', 'Sena', 'Nyungwe', 'Mbunda', 'Lenje', 'Nkoya',
    # 'Kalanga', 'Digo', 'Bena' nor 'Mwera': a former homeland and Portuguese's 'sale', a
    # Philippine town, family names, an Ethiopian region and English's word, an Iranian
    # village, Ethiopian zones, a first name and a Mozambican town, a Rwandan forest, a family
    # name, a Lusaka township's ('Chilenje'), family names, a nickname, a first name)
    "tshivenda", "tshivenḓa", "luvenda", "ivatan", "ibatan", "ibanag", "ybanag", "itawis", "itawit",
    "blaan", "b'laan", "sinama", "iranun", "palawano", "qafar af", "qafaraf", "afaraf", "kunama", "elomwe",
    "echuwabo", "cinyungwe", "chisena", "ikalanga", "tjikalanga", "kipokomo", "chidigo", "kizigua",
    "kibena", "réunionnais", "créole réunionnais",
    # (and Otomi's, Mixtec's, ... Gilbertese's, with their marks and without. Not 'Otomi',
    # 'Guna', 'Kuna', 'Bribri', 'Emberá', 'Wounaan', 'Ngäbe', 'Sranan', 'Betawi', 'Nias',
    # 'Gorontalo', 'Tombulu', 'Minahasa', 'Ambon', 'Biak', 'Lani', 'Tolai' nor 'Kiribati': a
    # given name that could not be ruled out, an Indian city and a first name, a family name and
    # Croatia's old money, a Costa Rican town, Panama's comarcas (Emberá-Wounaan, Ngäbe-Buglé),
    # Suriname's own name, Jakarta's old name (Batavia), an island, a city and province, a
    # Minahasa district, a regency, a city, an island and town, a first name, a family name that
    # could not be ruled out, a country)
    "hñähñu", "hnahnu", "tu'un savi", "mixtec", "zapotec", "tzotzil", "tsotsil", "bats'i k'op", "mazatec",
    "purépecha", "purepecha", "p'urhépecha", "p'urhepecha", "kaqchikel", "cakchiquel", "q'eqchi'", "q'eqchi",
    "kekchi", "kekchí", "dulegaya", "wayuu", "wayuunaiki", "shipibo", "shipibo-konibo", "asháninka",
    "ashaninka", "awajún", "awajun", "kichwa", "runa shimi", "shuar", "shuar chicham", "sranantongo",
    "sranan tongo", "ngäbere", "ngabere", "li niha", "kuanua", "tinata tuna", "gilbertese",
    "taetae ni kiribati",
    # (and Chatino's, Totonac's, ... Chinsenga's, with their marks and without. Not 'Yaqui',
    # 'Tarahumara', 'Chuj', 'Ixil', 'Bukidnon', 'Bontoc', 'Kalagan', 'Lango', 'Gisu', 'Masaba'
    # nor 'Nsenga': a river, a valley and a town, a sierra, a family name that could not be
    # ruled out, a Yucatán town, a province, a town, a family name that could not be ruled out,
    # a Ugandan sub-region, a family name that could not be ruled out, a first and family name
    # and Mount Elgon's own name, a family name; 'Emakhuwa', 'Makhuwa', 'Oshiwambo',
    # 'Runyankore' and 'Rukiga' were there already)
    "chatino", "totonac", "totonaco", "tutunakú", "tutunaku", "yoem noki", "yoeme", "rarámuri", "raramuri",
    "ralámuli", "ralamuli", "wixárika", "wixarika", "huichol", "tojolabal", "tojol-ab'al", "akateko",
    "akatek", "tz'utujil", "tzutujil", "tiruray", "teduray", "hanunó'o", "hanuno'o", "hanunoo", "binukid",
    "cuyonon", "cuyunon", "romblomanon", "surigaonon", "butuanon", "isnag", "isneg", "nyamwezi",
    "kinyamwezi", "orukiga", "orunyankore", "lusoga", "olusoga", "lumasaba", "lugisu", "giriama", "giryama",
    "kigiriama", "chinsenga", "cinsenga",
    # (and Tok Pisin's, Bislama's, Arpitan's, ... Chindali's, with their marks and without. Not
    # 'Picard', 'Gascon', 'Lorrain', 'Norman', 'Gallo', 'Emilian', 'Huli', 'Melpa', 'Kuman',
    # 'Dobu', 'Kiwai', 'Kiriwina', 'Gamo', 'Dawro', 'Konso', 'Silt'e', 'Kafa', 'Harari', 'Samia',
    # 'Shambala' nor 'Ndali': family names (Picard also Star Trek's captain, Lorrain a painter),
    # a first name, a family name, a first name, a Chinese name written as one word, names
    # that could not be ruled out, islands, Ethiopian zones (Konso a town too), a region and a
    # family name, a first name, a spelling of Shambhala, a Beninese town (N'Dali);
    # 'Rarotongan', 'Ekegusii', 'Gusii' and 'Amharic' were there already)
    "tok pisin", "bislama", "arpitan", "francoprovençal", "francoprovencal", "franco-provençal",
    "franco-provencal", "aranese", "aranés", "mirandese", "mirandés", "franc-comtois", "rotokas", "iatmul",
    "kilivila", "rotuman", "fäeag rotuạm", "amarigna", "amarinya", "kishambala", "shambaa", "chindali",
    # (and Norway's written standards, the Sami languages by their regions, Kven, Meänkieli,
    # Livonian, Vepsian, Tetum's other spelling, Borneo's and Nusa Tenggara's and Timor's
    # languages, Afrikaans, Mozambique's, Zimbabwe's and Namibia's by their own names, with their
    # marks and without. Not 'Sami' alone: a first name; not 'Seto': a Japanese family name and
    # city; not 'Manggarai' nor 'Sikka': regencies; not 'Kelabit': its highlands; not 'Murut',
    # 'Ngoni', 'Ronga', 'Chopi', 'Kwangali' nor 'Changana': family names or places that could not
    # be ruled out; not 'Mambai': a Brazilian town; not 'Dusun': a hamlet and its column's word;
    # not 'Manyika': a region and a family name; not 'Damara': its land; not 'Nama':
    # Indonesian's and Malay's 'name'; not 'Shona': a first name; 'Tetum', 'Echuwabo',
    # 'Khoekhoegowab', 'Khoekhoe', 'Xitsonga' and 'Emakhuwa' were there already)
    "nynorsk", "bokmål", "bokmal", "lule sami", "lule sámi", "pite sami", "pite sámi", "ume sami", "ume sámi",
    "inari sami", "inari sámi", "skolt sami", "skolt sámi", "kven", "meänkieli", "meankieli", "livonian", "vepsian",
    "tetun", "bidayuh", "kadazandusun", "kadazan", "melanau", "lamaholot", "mambae", "fataluku", "afrikaans",
    "chuwabo", "chuabo", "chingoni", "chimanyika", "xironga", "cicopi", "chichopi", "ekoti", "rukwangali", "mbukushu",
    "thimbukushu", "gciriku", "rumanyo",
    # (and the Caucasus' (Kumyk by its own name too, Laz by its own, Adyghe by its other
    # spelling), New Caledonia's, Costa Rica's and Guatemala's (by their Spanish names too) and
    # León's and Extremadura's languages, with their marks and without. Not 'Nogai': a khan, a
    # horde and a family name; not 'Svan' nor 'Laz': a Swedish family name, a first name; not
    # 'Talysh': its mountains; not 'Gilaki' nor 'Mazandarani' ('Mazanderani'): Iranian family
    # names from their provinces; not 'Drehu' nor 'Nengone': Lifou's and Maré's own names,
    # islands; not 'Apma' nor 'Raga': names that could not be ruled out, and music's raga; not
    # 'Ngäbe': of the Ngäbe-Buglé comarca, a region; not 'Cantabrian': its sea and mountains;
    # 'Lezgin', 'Kabardian' and 'Ngäbere' were there already; Russian, Georgian, Turkish,
    # Azerbaijani, Persian, French and Spanish are nationalities' words too, which the model
    # reads so)
    "kumyk", "qumuq", "lezgian", "adyghe", "adygei", "mingrelian", "megrelian", "lazuri", "paicî", "paici", "ajië",
    "ajie", "iaai", "fagauvea", "cèmuhî", "cemuhi", "yuanga", "cabécar", "cabecar", "poqomchi'", "poqomchi",
    "pokomchi", "sakapulteko", "sacapulteco", "uspanteko", "uspanteco", "awakateko", "aguacateco", "popti'",
    "popti", "jakalteko", "jacalteco", "leonese", "llionés", "lliones", "extremaduran", "estremeñu", "estremenu",
    # (and New Ireland's and Bougainville's, Sumbawa's, Rote's, West Timor's and Johor's, Timor-Leste's
    # (by their other spellings too) and Guatemala's languages. Not 'Kuot': a Dinka name; not
    # 'Tigak', 'Mussau', 'Teop' nor 'Nehan': islands; not 'Halia': a first name; not 'Siwai': a
    # Bougainville district; not 'Banoni', 'Moru' nor 'Murle': names that could not be ruled out;
    # not 'Gayo': its highlands, regency and a family name; not 'Rejang' nor 'Komering': rivers
    # and a regency; not 'Lampung': a province; not 'Sumbawa', 'Rote' nor 'Mbojo': islands, Bima's
    # land; not 'Dawan' nor 'Helong': a Chinese given name and towns, a Chinese city; not 'Bunak':
    # a family name ('Bunaq' is its other spelling); not 'Nara': a Japanese city; 'Tsotsil' and
    # 'Tzotzil' were there already; Indonesian, Malay, Portuguese, Spanish and Arabic are
    # nationalities' words too, which the model reads so)
    "nalik", "nasioi", "naasioi", "bimanese", "rotenese", "uab meto", "jakun", "makasae", "makasai", "galoli",
    "galolen", "bunaq", "kemak", "tokodede", "tukudede", "xinca", "xinka",
    # (and Ghana's, Burkina Faso's and northern South Africa's languages, by their own names too,
    # with their marks and without. Not 'Ga', 'San' nor 'Lobi': a word, a saint's and a river,
    # a family name; not 'Bissa', 'Dagara' nor 'Kasena': family names and a town that could not
    # be ruled out; not 'Gonja': Ghana's kingdom and its land; 'Twi', 'Ewe', 'Mooré', 'Dioula',
    # 'Xitsonga' and 'Tshivenda' were there already)
    "fante", "fanti", "mfantse", "nzema", "nzima", "dagaare", "dagbani", "kasem", "frafra", "gurene", "gurune",
    "kusaal", "dangme", "adangme", "mampruli", "mampelle", "gourmanchéma", "gourmantché", "gulmancema",
    "bwamu", "lyélé", "lyele", "sénoufo", "senoufo", "senufo", "sepedi", "northern sotho", "sesotho sa leboa",
    "setswana", "tswana", "khilobedu", "lobedu", "selobedu",
    "hubungi",  # (Indonesian's and Malay's 'contact', before a number)
    "dml", "ddl",  # (a database audit's categories: 'category:DML')
    "defaultaccount", "wdagutilityaccount",  # (Windows' built-in accounts, an asset scan's users[].name)
    "datacenter",  # (an edition: 'Windows Server 2022 Datacenter')
    # a repository's branches (a code host's audit log's 'name': 'develop' of a protected branch)
    "main", "master", "develop", "development", "release", "staging", "production", "trunk", "hotfix",
    # (a Karakalpak and a Kazakh greeting alone, at a mail's start)
    "sálem", "sálemetsiz be",  # (not "Salem": a town, a name)
    "tsalela", "hambisa",  # (Xhosa's 'call', 'deliver', capitalized at a note's start)
    "koxukhuru",  # (Makhuwa's thanks, a post's last word)
    "moxeleliwa", "mwaaphwanya", "mwaakhela", "nkaavo",  # (Makhuwa's greetings and their answers, a post's
    # first words: 'Moxeleliwa?, ...', 'Salama, Nkaavo muhakhu.'; not 'Salama', 'Kiri': names too)
    "thänku", "thänku diit", "thok naath", "naath",  # (Nuer's thanks; its language's and people's own name)
    # (Tshiluba's and Kikongo's thanks, 'help me', 'the time', 'for today', a ticket's words)
    "tuasakidila", "nasakidila", "matondo", "matondo mpenza", "matondo mingi", "nsadisa", "ntangu", "bua lelu",
    "files",  # (a group's section: 'on the group Files page')
    "kaira dorong", "wetin mek", "tobaski",  # (Mandinka's 'peace only', Krio's 'why', West Africa's Eid al-Adha)
    # (Pidgin's and Krio's 'what', 'please', a sigh, 'friend'; Twi's 'good afternoon', 'good evening'; Ga's thanks
    # and 'well done': 'Wetin apin to mi account?', 'Herh, wey kind wahala be this?', 'Maadwo,')
    "wetin", "abeg", "herh", "chale", "maaha", "maadwo", "oyiwaladonn", "ojekoo",
    # (Dutch's, Papiamentu's, Kinyarwanda's and Kirundi's form labels, name, customer, names: 'Naam: ...'; Papiamentu's
    # and Sranan's greetings: 'Bon dia', 'Danki', 'Fa waka')
    "naam", "klant", "nomber", "nòmber", "amazina", "izina", "bon dia", "bon tardi", "bon nochi", "danki",
    "masha danki", "fa waka", "grantangi", "muraho", "mwaramutse", "amahoro", "murakoze", "urakoze",
    # (Kinyarwanda's and Kirundi's 'in', 'on', 'office'; Swahili's 'letter', 'e-mail': 'ziri muri folder', 'Ibiro bya
    # Gitega', 'Barua pepe yangu ni ...')
    "muri", "kuri", "ibiro", "barua", "barua pepe",
    # (Sesotho's, siSwati's and Chichewa's 'I', 'I live', 'I come from', 'name', 'number', 'my ... is', which the model
    # reads as names and places at a note's start: 'Ke lula Maseru', 'Ngihlala eManzini', 'Libito lami ngingu ...',
    # 'Nambala yanga ndi ...', 'Dzina langa ndi ...'; Italian's graduate's and lawyer's titles before a name: 'Dott.')
    "ke", "ngihlala", "ngiphuma", "libito", "lebitso", "nambala", "nomboro", "nomoro", "inombolo", "langa ndi", "dzina",
    "dzina langa", "dott", "avv", "geom",
    # (Tatar's 'my mail', 'my address', 'my phone', in Latin letters and in Cyrillic, a post's labels: 'Poçtam:
    # aygul2002@inbox.ru', 'Adresım: Kukmor ...'; Russian's 'good (day)' in Latin letters; a log's 'Mailer:')
    "poçtam", "pochtam", "почтам", "adresım", "adresim", "адресым", "telefonım", "telefonim", "телефоным", "dobryi",
    "dobryy", "mailer", "array",
    # (Italian's 'guarantee' and Sicilian's 'all', 'I would like', 'we greet', Sardinian's thanks, capitalized at a
    # note's start: 'Garanzia carta ...', 'Tuttu bellu', 'Vulissi prinotari ...', 'Gràtzias meda!')
    "garanzia", "tuttu", "vulissi", "salutamu", "gràtzias", "gratzias",
    "po",  # (a purchase order's letters: 'PO #76992', which the model reads as the river)
    "ya",  # (Russian's 'I' in Latin letters: 'Ya iz Oktyabrskiy')
    "direct message",  # (a meeting chat's private message's mark: 'to Nji Emmanuel(Direct Message):')
    "flash", "message", "item",  # (Cameroon's Pidgin's 'Flash me for 650-...'; a meeting chat's '(Direct Message)';
    # a review's 'Item arrived damaged')
    "mum", "mom", "mummy", "mommy",  # (a card's 'Happy birthday Mum!')
    # (a monitoring system's notification types: Icinga's "Sending 'Problem' notification")
    "problem", "recovery", "acknowledgement", "downtimestart", "downtimeend", "flappingstart", "flappingend",
    # (and Malay's kin, as a phone saves a contact: 'Mama', 'Bapa', 'Mak', 'Abah', 'Ayah', 'Ibu')
    "mama", "bapa", "mak", "abah", "ayah", "ibu", "emak", "papa",
    # (forms' labels for Bangladesh's, the Andes', the Maldives' and Madagascar's divisions, a mobile wallet's name, Spanish's
    # 'landline' and 'to call', which the model reads as names: 'Thana: Kotwali', 'Distrito: Wanchaq', 'Nagad: 017...')
    "thana", "zila", "upazila", "departamento", "provincia", "distrito", "parroquia", "cantón", "canton",
    "atoll", "nagad", "bkash", "fijo", "llamar", "región", "fokontany", "commune", "corregimiento", "sector",
    # (Singlish's particles and words, and Tamil's 'a little' in a Singapore post, which the model reads as places and
    # names: '... keep restarting sia', 'Konjam help pls')
    "sia", "lah", "leh", "lor", "liao", "meh", "alamak", "paiseh", "shiok", "konjam",
    # (Tetum's and Portuguese's words the model reads as places: service, very, call (you all), direct debit:
    # "Servisu di'ak loos", 'Liguem para ...', 'Débito direto autorizado')
    "servisu", "loos", "liguem", "débito",
    # (Hawaii Pidgin's, Hawaiian's, Yup'ik's and Cajun French's words and greetings the model reads as names and places:
    # 'Shoots, mahalo!', 'Howzit,', 'Cama-i, my new SIM no work', 'someone from Kōkua' (help), 'Mais, quoi faire',
    # 'Oui c'est ça'; and a post's 'Download speed was ...', 'checksum ...')
    "shoots", "howzit", "cama-i", "camai", "waqaa", "quyana", "kōkua", "kokua", "mais", "oui c'est", "download",
    "checksum", "kamar yadda",
})
# Words that name an app, a policy, a team or a company where a person's name would be:
# an identity provider's audit log names its targets of every kind in one 'displayName'
# ('Default Policy', 'Okta Verify', 'Access Token'), a support mail is signed by its team
# ('Auralis Customer Care'), a company by its legal form ('Gruber Architektur ZT GmbH').
# No person's name has one (structure._names_a_thing, engine._could_be_a_name).
THING_WORDS = frozenset({
    "policy", "rule", "default", "network", "token", "authentication", "authenticator", "verify",
    "sim", "square",  # (a carrier's SIM card, a mall: 'Singtel SIM', 'Sim Lim Square', which the model reads as names)
    # (Russian's laptop and post, a device's and a courier's words before a brand: 'Ноутбук ASUS VivoBook', 'Почты
    # России', Russian Post's)
    "ноутбук", "ноутбука", "почты", "почта", "почтой",
    # a firm's desks, as a CRM's contact for them is named ('Accounts Payable', 'Reception'), or a
    # PBX's extension ('Help Desk', 'Front Desk', Spanish's 'Recepción', 'Ventas')
    "payable", "receivable", "reception", "purchasing", "desk", "recepción", "recepcion", "ventas", "cobranza",
    "txn", "rs", "cod",  # (a wallet's text: 'Txn ID 8GM5Q52YEB', 'COD Rs 694.00')
    "housekeeping", "hizmetleri", "resepsiyon", "muhasebe",  # (a hotel's: Turkish 'Kat Hizmetleri', housekeeping)
    # a co-op's or a dealer's, a mobile-money agent's commission ('Buwenge Rice Growers', 'Nguvu Solar
    # Dealers', 'MTN MoMo Agent Commission'; not 'momo': Liberia's given name, 'Momo Mulbah')
    "growers", "farmers", "dealers", "commission",
    # a home-service firm's equipment and plans, as its CRM's tags name them ('Heat Pump', 'Water Heater',
    # 'Maintenance Plan', 'Senior Discount')
    "heater", "pump", "furnace", "plan", "discount", "warranty",
    "parcel", "parcels",  # (a carrier's: 'shipped via Caribbean Parcel')
    "coop", "co-op", "coopec",  # (a co-operative's: 'Abakundakawa Coffee Coop', 'Siteki Co-op', Burundi's savings and
    # credit co-operatives,
    # 'COOPEC Twiteze Imbere')
    # German's and Austria's firms and services ('Deutsche Telekom', 'Wiener Stadtwerke', 'Sparkasse Oberösterreich',
    # 'Kanzlei Gruber'; 'Bahn' as in 'Deutsche Bahn', 'ÖBB Personenverkehr')
    "telekom", "bahn", "sparkasse", "versicherung", "stadtwerke", "krankenhaus", "spital", "gasthof", "kanzlei",
    "reisebüro", "personenverkehr", "netze", "energie", "hausverwaltung",
    # a shop's, an agro-vet's and a solar dealer's, a mobile-money agent's float account ('Upendo Hardware',
    # 'Tumaini Agrovet', 'Kalindawalo Agro Supplies', 'Nile Solar Point', 'Super Agent Float')
    "hardware", "agrovet", "supplies", "solar", "float",
    "mpc", "forum",  # (a Philippine multi-purpose cooperative, 'Tagumpay MPC'; a site's forum, 'Kooplink Forum')
    "liste", "mailinglist", "promo", "devfest",  # (a mailing list's footer, French's 'Liste Entraide'; a shop's
    # promotion, 'Promo Jumia'; a meetup, 'DevFest Agadir')
    "factura", "fatura", "cfdi", "cookie",  # (an invoice, Mexico's e-invoice: 'Factura CFDI'; 'WP Cookie check')
    "dashboard", "console", "portal", "system", "cloud", "app", "application", "service", "services",
    "sistema", "servicio", "invitado", "invitada",  # (Spanish's: 'User: Sistema Central', 'Usuario Invitado')
    "group", "team", "admins", "administrators", "users", "devices", "sync", "connector",
    "integration", "workflow", "bot", "botu", "api", "client", "server", "office", "okta", "microsoft",
    "google", "apple", "customer", "care", "support", "helpdesk", "rewards", "gateway", "router",
    "firewall",  # (a firewall's admin tool: 'via Firewall Admin 9.0.2')
    # an office's rooms and shared machines, as a password vault's items name them ('Room - Board 3',
    # 'Printer - 3rd floor')
    "room", "rooms", "boardroom", "printer", "printers",
    # a device by its kind and its maker ('Inverter Huawei SUN2000', 'Modem Huawei B535', Turkish's and
    # Greek's 'Termostat'), no one's name or place
    "inverter", "modem", "laptop", "thermostat", "termostat", "charger",
    "balcão", "balcao",  # (a shop's counter as its seller in a client list: Portuguese's 'Balcão Lisboa')
    # a time clock's and a punch's words, a firm's branch in Spanish ('Reloj Acceso Principal', 'Entrada T.
    # Extra', 'Sucursal San Pedro Sula')
    "reloj", "entrada", "salida", "sucursal",
    "department", "corporation", "company", "consulting",  # (and the legal forms: BUSINESS_WORDS)
    "partners", "holdings", "solutions", "technologies", "labs", "ventures", "capital", "orchestra",
    "tech", "tecnologia", "tecnología", "voyages", "viagens", "viajes", "tours",  # (a shop's and an agency's:
    # 'Maningue Tech', 'Zil Voyages')
    "ci",  # a build bot ('Inkwell CI' reviewing a change)
    # a trade's papers and freight ('Proforma Westre Piccolo', 'Offer Grossa', 'ETA Onne', 'Reefer')
    "proforma", "offer", "order", "invoice", "quotation", "reefer", "eta",
    # a log's events, where a user's name would be ('Incoming Connection from 10.0.0.1 (...)')
    "connection", "connections", "session", "sessions", "request", "requests", "login", "logon", "incoming",
    "outgoing",
    # an authentication journey's steps, named in its display name ('Platform Username', 'OTP
    # Collector Decision': ForgeRock's nodes)
    "username", "password", "passcode", "otp", "mfa", "collector", "decision",
    # clubs and bodies ('Sioux Falls Quilt Guild'), what a shop sells ('Gift Certificate', 'Thread
    # Set'), a machine's parts ('Virtual Miniport Adapter'), a chat app ('Prefers Teams')
    "guild", "club", "society", "league", "federation", "institute", "academy", "association",
    "cooperative", "co-operative", "council", "certificate", "voucher", "set", "adapter", "miniport", "controller", "teams",
    "assn", "bank", "foundation", "nas",  # ('Ormoc Sugar Planters Assn.', 'Iriga Rural Bank', 'Jammu NAS')
    "centre", "center", "sacco", "friends",  # ('Korr Pastoralist Resource Centre', East Africa's savings
    # and credit co-operatives: 'Embu Macadamia Growers SACCO', a charity's 'Friends of Dodoma Schools UK')
    "aid",  # (a scheme's or a help's: a donor's 'Gift Aid' tag, 'Legal Aid', 'First Aid')
    # a shop's own sites and stores (Magento's 'Main Website Store'), a firm's kind of business
    "website", "store", "storefront", "shop", "warehouse", "analytics", "design", "freight",
    "market", "express",  # (a marketplace's and its courier's: 'Kaibu Market website', 'Kaibu Express')
    "dept",  # (a firm's desk as a shipment's addressee: 'Receiving Dept.')
    "reports",  # (a firm's reports' sender: 'From: Kaibu Reports <noreply@...>')
    "logistics", "engineering", "media", "marketing", "software", "systems",
    # a calendar's kinds of event ('Product Demo', 'Onboarding Call')
    "demo", "product", "webinar", "consultation", "onboarding", "meeting",
    # a record's creator that is no one ('Freshsales Web Form', 'CSV Import')
    "form", "import", "automation", "mobile", "robot", "робот", "crm", "erp",  # (Bitrix24's 'Робот CRM')
    # a network's and a site's names ('Guest WiFi', 'Kestrel VPN', 'Copenhagen HQ')
    "wifi", "wi-fi", "wlan", "vpn", "ssid", "hotspot", "hq",  # (not "lan", "wan": names too)
    # East Africa's savings and self-help groups, cooperatives and associations (Fineract's group clients:
    # 'Hibret Women Equb', 'Duterimbere Ikimina', 'Mshikamano Wafugaji', 'ፍቅር የሴቶች ማህበር'; not 'chama': a
    # Zambian family name too)
    "equb", "iqub", "ikimina", "vicoba", "kikundi", "wafugaji", "wakulima", "koperative",
    "ushirika", "idir", "iddir", "ማህበር", "እድር", "ዕቁብ",
    "online", "expo",  # a web shop's, a fair's ('Gebeya Online', 'Ethio Tech Expo')
    "building",  # a site's building ('Hawthorn Building 1.07'; not 'hall': a surname too)
    # a provider's and a project's kind ('Brightwire Fibre', 'Tessera Linux user discussion')
    "fibre", "fiber", "broadband", "telecom", "telecoms", "linux",
    "boiler", "tyre", "tyres", "tire", "tires",  # a support post's subject ('Boiler not firing')
    # what a shop sells ('Diné Bizaad Beginner Course', 'Cherokee Syllabary Keyboard Pro', a
    # 'Tahlequah Immersion Weekend')
    "course", "courses", "keyboard", "weekend", "workshop", "class", "lesson", "lessons", "subscription",
    "bundle", "license", "licence", "seat", "edition", "linguist", "translator", "interpreter",
    # a job's title, which a contacts export puts in its own column ('Barista Trainer', 'Sales Manager')
    "manager", "director", "engineer", "specialist", "coordinator", "trainer", "analyst", "officer",
    "barista", "representative", "executive", "intern", "consultant", "recruiter", "accountant",
    # a team where a contact goes ('IT Operations'), and customer service in other languages
    "operations", "facilities", "procurement", "payroll", "receiving",
    # (and Spanish's: 'Att: Recursos Humanos', 'Atención: Contabilidad')
    "recursos", "humanos", "contabilidad", "tesoreria", "mantenimiento", "logística", "logistica", "almacén",
    "almacen", "gerencia", "kundeservice", "kundenservice", "kundendienst",
    "kundtjänst", "kundtjanst", "klantenservice", "zákaznický", "asiakaspalvelu", "ügyfélszolgálat",
    # (Estonian, Latvian, Lithuanian, Slovenian, Croatian, Ukrainian, Russian, Portuguese, Spanish,
    # Italian, Turkish, Polish, Hebrew, Icelandic and Greek)
    "klienditugi", "klienditeenindus", "atbalsts", "klientu", "aptarnavimas", "pagalba", "podpora", "podrška",
    "підтримка", "поддержка", "обслуговування", "suporte", "atendimento", "soporte", "assistenza", "destek",
    "wsparcie", "תמיכה", "þjónustuver", "υποστήριξη", "εξυπηρέτηση"})
# Kinds of business and legal forms a firm's name puts beside its owner's ('Garage François',
# 'Bäckerei Huber', 'Rizzo Frères', 'Lambert GmbH'): the name is the business's, and NER's
# PERSON inside it is not reported (engine._beside_a_business_word). English, French,
# German, Spanish, Italian, Dutch and Portuguese.
BUSINESS_WORDS = frozenset({
    # a chain's shop by its district ('pick up from the Koramangala store', 'the Anna Nagar outlet'): the shop's
    "store", "outlet", "showroom",
    # a courier's or a bank's branch by its street ('Kusanya Moi Avenue branch'), a rental host's firm ('Kind
    # regards, Mwanaisha Vuai, Pwani Stays')
    "branch", "stays",
    # (and an airport named for its town, a trip's end: 'arriving from Munich airport', 'ab Flughafen München')
    "airport", "flughafen", "aéroport", "aeroporto",
    # Colombia's, Venezuela's and the Dominican Republic's shops: spare parts, phones, variety stores, chemists,
    # holdings ('Moto Repuestos Valencia', 'Celulares La Romana', 'Droguería San Jorge', 'Inversiones Pérez')
    "repuestos", "motorepuestos", "celulares", "variedades", "inversiones", "droguería", "drogueria", "miscelánea",
    "miscelanea",
    # German's and Austria's legal forms beyond GmbH, AG, KG and OHG: Austria's partnership and sole trader,
    # Germany's registered merchant and its small limited firm ('Elektro Wimmer OG', 'SHK Nowak e.K.', 'Bau
    # Petrović e.U.')
    "og", "e.k", "e.u", "e.v", "ug", "gesmbh", "kgaa", "gbr",
    "gmbh", "ltd", "inc", "llc", "plc", "corp", "garage", "studio", "agency", "bakery", "pharmacy",
    # Afrikaans' attorneys, '(Pty) Ltd' and Inc. ('Swanepoel Prokureurs', 'Botha (Edms) Bpk', 'Venter Ingelyf')
    "prokureurs", "prokureur", "bpk", "edms", "ingelyf",
    "mairie", "quincaillerie", "frères", "freres", "brasserie", "papeterie", "boutique", "atelier",
    "mutuelle", "immo", "laboratoire", "épicerie", "epicerie", "bijouterie", "banque",  # (a mutual insurer, an
    # estate agent's, a lab's: 'Mutuelle Ngazidja', 'Ti Kaz Immo')
    "ferry", "ferries", "vol", "vols", "séjour", "sejour", "séjours", "voyages", "îles", "iles", "croisière", "excursion",  # (a travel
    # agency's products and its name, as its pages' titles give them: 'Ferry Mahé - Anjouan', 'Îles Vanille')
    "sav", "agence", "antenne", "medical",  # (and a firm's branch, a clinic's: 'Antenne Mamoudzou', 'Les Filaos
    # Medical Hub')  # (a French firm's after-sales desk and its branch by their towns: 'SAV Douala Akwa')
    "boulangerie", "pharmacie", "cabinet", "société", "sarl", "sas", "eurl", "ets", "établissements",
    "librairie", "fromagerie", "menuiserie", "plomberie", "transports", "bäckerei", "metzgerei",
    "cidrerie", "crêperie", "creperie", "biscuiterie", "conserverie", "poissonnerie", "charcuterie",  # (Brittany's
    # cider house, crêpe house, biscuit maker, cannery: 'Cidrerie Ty Avalou', 'Crêperie Ar Men')
    "apotheke", "autohaus", "werkstatt", "verlag", "ag", "kg", "ohg", "ferretería", "ferreteria",
    "farmacia", "panadería", "panaderia", "taller", "tienda", "librería", "s.l", "s.a", "srl",
    "s.r.l", "spa", "s.p.a", "bakkerij", "bv", "b.v", "nv", "n.v", "lda", "ltda",
    # Portuguese's kinds of business ('Papelaria Central da Beira', 'Farmácia Polana', 'Cooperativa Agrícola do
    # Vale do Sorraia, CRL', a building's owners' 'Condomínio Edifício Estrela'), and its legal forms' words
    "papelaria", "tipografia", "farmácia", "transportes", "distribuidora", "construtora", "consultoria",
    "associados", "imobiliária", "imobiliaria", "mercearia", "padaria", "drogaria", "livraria", "restauração",
    "cooperativa", "condomínio", "condominio", "clínica", "crl", "unipessoal", "eireli",
    # Spanish's kinds of shops and firms ('Papelería El Estudiante', 'Abarrotes Doña Lupita', 'Comercializadora
    # del Norte', 'Taquería El Güero')
    "papelería", "papeleria", "abarrotes", "comercializadora", "taquería", "taqueria",
    "restaurante", "lavandería", "lavanderia", "refaccionaria", "tlapalería", "tlapaleria", "veterinaria",
    "zapatería", "zapateria", "óptica", "optica", "minisúper", "minisuper", "supermercado", "consultorio",
    "agroindustrias", "constructora", "inmobiliaria", "abarrotera", "mueblería", "muebleria", "purificadora",
    # (and a firm's name in capitals as Mexico's invoices write it, its legal form left out: 'SERVICIOS LOGISTICOS
    # TEPEYAC', 'FUNDACION MANOS QUE AYUDAN', 'LABORATORIOS CLINICOS DEL SURESTE')
    "grupo", "servicios", "fundacion", "fundación", "laboratorios", "talleres", "industriales", "industrias",
    "comercial", "consultores", "editorial", "hotelera", "autopartes", "refacciones", "panificadora", "empaques",
    "plasticos", "plásticos", "muebles", "tecnologias", "tecnologías", "logisticos", "logísticos", "constructor",
    "restaurantes", "asociacion", "asociación", "corporativo", "corporacion", "corporación", "alimentos",
    # English professional firms, named for their partners ('Marlowe Quinn Architects')
    "architects", "solicitors", "accountants", "surveyors", "associates", "llp", "dental", "dentistry",
    "veterinary", "clinic", "surgery", "chambers", "builders", "plumbing", "electrical", "roofing",
    "landscaping", "lettings", "estates",
    # farms' and growers' businesses, named for a district or a family ('Sunraysia Harvest' signing its
    # workers' texts, 'Nguyen Orchards')
    "harvest", "harvests", "orchard", "orchards", "farms", "vineyards", "nurseries", "packers", "horticulture",
    "pty", "limited", "pllc", "oy", "aps",  # 'Silverline Media Pty. Ltd.' (not 'Co.': Colorado's 'CO')
    # Indonesia's legal forms and bodies before the name ('PT Sumber Data Nusantara', 'CV Maju
    # Jaya', 'Institut Teknologi Del', 'Yayasan ...', 'Koperasi ...')
    "pt", "cv", "tbk", "institut", "universitas", "yayasan", "koperasi",
    # and its shops, stalls, kitchens, pharmacies, clinics, workshops ('Toko Kopi Pinogu', 'Dapur Roa Manado')
    "toko", "warung", "kedai", "kios", "dapur", "apotek", "klinik", "bengkel",
    "vzw", "asbl", "marché",  # (Belgium's non-profits' forms; a French market's: 'Jokkere Endam vzw', 'Marché Kaolack')
    # Spanish and others' kinds of business ('Restaurante Casa Ferrer', 'Nerea Romero Interiorismo')
    "restaurant", "hotel", "hostal", "cafetería", "cafeteria", "bodega", "interiorismo",
    "escuela", "colegio", "iglesia",  # (a school's, a church's: 'Escuela Bilingüe Shuar')
    # a trip an operator sells ('Excursión Tren del Fin del Mundo', 'Navegación Canal Beagle', 'Crucero Australis')
    "excursión", "navegación", "crucero", "trekking",
    # Mexico's schools, abbreviated as their registers write them, and their levels ('Esc. Prim. Bilingüe
    # Benito Juárez', 'Telesecundaria Emiliano Zapata'), named for a hero, no person
    "esc", "prim", "primaria", "secundaria", "telesecundaria", "preparatoria", "bachillerato", "jardín",
    # Indonesia's schools and health posts ('SD Negeri 8 Busalangga', 'SD Inpres 4 Gumawang', 'Puskesmas Curup')
    "sekolah", "sd", "smp", "sma", "smk", "mts", "madrasah", "inpres", "pesantren", "puskesmas",
    "floristería", "clinica", "estudio", "asesoría", "asesoria", "importadora", "electro",  # (a marketplace's sellers: 'Distribuidora
    # Chiriquí', 'Electro Istmo')
    # Czech, Slovak, Hungarian and Swedish legal forms, and a café ('Kavárna U Zlatého klasu s.r.o.')
    "s.r.o", "spol", "a.s", "kft", "zrt", "ab", "kavárna", "kavarna", "café", "cafe", "koffiebar",
    # Dutch's, Flemish's and Walloon's cafés, bakeries, chip shops, clubs and homes ('Estaminet
    # ..', 'Vlaaienbakkerij ..', 'Tearoom 't Krukske', 'Zorgcentrum Sint-Servaas', 'Schutterij ..')
    "stichting", "elektro", "s.à", "sàrl",  # (a foundation; Luxembourg's 'S.à r.l.')
    # Portugal's, Spain's and Italy's IT firms ('Barros Informática', 'Sistemas Lema', 'Soluzioni Rete')
    "informática", "informatica", "informatique", "sistemas", "soluciones", "soluções", "solucoes", "soluzioni",
    "estaminet", "eetcafé", "eetcafe", "tearoom", "lunchroom", "frituur", "friterie", "friture", "taverne",
    "vlaaienbakkerij", "banketbakkerij", "slagerij", "zorgcentrum", "woonzorgcentrum", "schutterij",
    "sportkantine", "kantine", "harmonie", "fanfare", "kantoor", "sjoenzaal", "feestzaal",
    # Estonian, Latvian, Lithuanian, Slovenian and Croatian, Bulgarian, Ukrainian, Icelandic legal forms
    "oü", "sia", "uab", "d.o.o", "d.d", "ood", "eood", "оод", "еоод", "тов", "ehf",
    # Greece's and Cyprus' (a private company, a limited, a public limited; 'Cretan Trails IKE'), Croatia's simple
    # limited company
    "ike", "ικε", "i.k.e", "epe", "επε", "α.ε", "ae", "αε", "ο.ε", "j.d.o.o",
    "ххк", "хк", "тнн",  # (Mongolian: a limited company, a company, a state-owned firm)
    # South Asia's trading firms, named for a god or a family ('Sri Murugan Textiles', 'Kanaka
    # Durga Steels'), and a payment service ('Sahan Pay')
    "traders", "trading", "textiles", "steels", "enterprises", "industries", "agencies", "electricals",
    "garments", "jewellers", "jewelers", "hardwares", "motors", "medicals", "pharma", "exports",
    "stores", "pvt", "mobiles", "silks", "retail", "mill", "mills", "foods", "sweets", "microloan",
    "microfinance", "kiosk",  # (and an MDM's kiosk account: 'Kiosk MT-MLA')
    "textile", "hamper", "hampers",  # ('Millennium Textile Market', a shop's 'Lohri Gift Hamper')
    # a hotel group, an energy firm ('Kandu Resorts', 'Inti Energía Andina')
    "resort", "resorts", "energy", "energía", "energia", "énergie",
    "bookshop", "bookstore", "radio",  # ('Hosaena Bookshop', a station: 'Radio Liseli')
    "santé", "saúde", "salud",  # (a health body: 'Centrafrique Santé')
    # the Philippines' couriers, pharmacies, shops and eateries, co-ops ('RapidBox Couriers PH', 'Botika ng
    # Bayan', a multi-purpose cooperative's 'Kalinaw MPC')
    "couriers", "courier", "logistics", "botika", "tindahan", "karinderya", "kainan", "mpc", "sari-sari",
    # a solar firm, a farm shop, a freight firm ('Zuva Power', 'Mukuru Agro Suppliers', 'Sable Freight')
    "power", "solar", "agro", "suppliers", "freight",
    # a law firm, a safari operator ('Banda & Phiri Legal Practitioners', 'Okavango Safaris (Pty) Ltd')
    "practitioners", "attorneys", "advocates", "safaris", "safari", "tours",
    "travel", "travels", "holidays", "excursions", "adventures", "cruises",  # ('Chania Holidays Travel', a seller's)
    # an appliance's range after its maker ('Bosch Serie 4'), Ukraine's post ('Nova Poshta')
    "serie", "series", "poshta",
    "plus", "premium",  # (a service's plan: 'Abonnement Gbadjo Plus', 'Canal Premium')
    # French-speaking Africa's firms and bodies ('Coopérative Benkadi', 'Hôtel Ilaka Palace', 'Imprimerie Lomé
    # Graphic', 'Groupe Scolaire Les Flamboyants', 'Clinique Sainte-Anne', 'SOGEMA Transit SA', 'GIE Yaakaar')
    "coopérative", "hôtel", "imprimerie", "groupe", "scolaire", "clinique", "transit", "école", "lycée",
    "auberge", "entreprise", "societe", "suarl", "gie",
    "polyclinique", "polyclinic",  # (the Maghreb's private hospitals: 'Polyclinique Les Oliviers - Sfax')
    "accounting", "bookkeeping",  # (a firm of its partners: 'Cohen & Peretz Accounting')
    "airways", "airlines", "airline", "banco",  # (a hotel's company accounts: 'interCaribbean Airways', 'Banco Popular')
    # a service's, a repair's, a shop's in Russian and Bulgarian ('Сервис техники Бельцы', 'Ремонт на телефони')
    "сервис", "сервиз", "ремонт", "магазин",
    # the Western Balkans' pharmacies, clinics, surgeries, shops, firms and their legal forms ('Apoteka
    # Zdravlje', 'Poliklinika Sana', 'Аптека Фарма Плус', 'Stomatološka ordinacija Horvat', 'Dyqani Alba
    # sh.p.k.', 'Kompania Teuta', 'Pekara Kod Mire', Albania's and Kosovo's 'sh.p.k.', 'sh.a.', North
    # Macedonia's 'ДООЕЛ')
    "apoteka", "аптека", "poliklinika", "поликлиника", "ordinacija", "ординација", "ambulanta", "dyqani",
    "dyqan", "kompania", "kompanija", "компанија", "pekara", "пекара", "barnatore", "klinika",
    "клиника", "prodavnica", "продавница", "trgovina", "radnja", "радња", "knjižara", "sh.p.k", "shpk", "sh.a",
    "дооел", "доо", "dooel", "a.d", "ад", "zanatska", "servis", "autoservis", "vulkanizer",
    # Romania's and Moldova's schools, town halls, hospitals, publishers, libraries, firms and their legal forms,
    # Bulgaria's ('Scoala Gimnaziala nr. 5', 'Primaria Feleacu', 'Editura Arc', 'Biblioteca USM', 'Ладия Офис',
    # 'Агросуд ЕООД')
    "scoala", "școala", "şcoala", "gimnaziala", "gimnazială", "liceul", "colegiul", "gradinita", "grădinița",
    "primăria", "spitalul", "editura", "biblioteca", "universitatea", "cabinetul",
    "училище", "гимназия", "библиотека", "издателство", "община", "болница", "офис",
    "ооо",
    # Czechia's and Slovakia's shops, workshops, schools, universities, co-operatives, foundations and
    # associations ('Lékárna U Černého orla', 'Truhlářství Dvořák s.r.o.', 'Masarykova univerzita', 'Jednota,
    # spotřební družstvo v Kolíně', 'Nadační fond Emila Holuba', 'Gymnázium Jana Nerudy'), and a university in English
    "lékárna", "lekáreň", "knihkupectví", "kníhkupectvo", "květinářství", "kvetinárstvo", "restaurace",
    "reštaurácia", "kaviareň", "cukrárna", "cukráreň", "pekárna", "pekáreň", "pivovar", "tiskárna",
    "tlačiareň", "stavebniny", "truhlářství", "stolárstvo", "kovovýroba", "vinařství", "vinárstvo", "zahradnictví",
    "záhradníctvo", "penzion", "penzión", "gymnázium", "univerzita", "university", "družstvo", "nadace",
    "nadácia", "nadační", "spolek", "z.s", "o.p.s", "agentúra", "agentura", "elektrárne", "nemocnice",
    "nemocnica", "magistrát", "ordinace", "ordinácia",
    # Catalan's and Spanish's pharmacy, builders, agency, partners, advisers, insurers, estate agents, hairdresser,
    # joiner, plumber, services, lawyers ('Farmàcia Escaler', 'Construccions Casal Coma SL', 'Gestoria Naudi &
    # Associats'), and a ship's fuel trade's ('Straits Bunkering Co')
    "farmàcia", "construccions", "construcciones", "gestoria", "gestoría", "associats", "assessoria", "assessors",
    "assegurances", "immobiliària", "perruqueria", "peluquería", "fusteria", "carpintería", "lampisteria",
    "fontanería", "serveis", "advocats", "abogados", "bunkering",
    # (and a hotel group's name in the plural, a page's title's last part: 'Reserva confirmada | Pirineu Rock Hotels')
    "hotels", "hostels",
    # a winery's, a cellar's, a grocer's and a restaurant's word in Catalan, Spanish, French and Basque ('Celler Sa
    # Vinya Vella', 'Bodegas Mahasti Koop.', 'Domaine Etxegaraya', 'Txakolindegi Ameztoi', 'Jatetxea Itsasargi')
    "celler", "cellers", "bodegas", "domaine", "txakolindegi", "jatetxea", "sagardotegia", "ardandegia", "koop",
    "sccl"})
THING_WORDS = THING_WORDS | BUSINESS_WORDS

# Up to three capitalized words after a span, on its line ('Datto RMM Integration')
_AND_PARTNERS = re.compile(r"[ ](?:&|&amp;|and)[ ](?:Co\b|Company\b|Sons\b|Son\b|Partners\b|Associates\b|Daughters\b)")
_CAPITALS_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’&\-]*\.?){1,3}")
# The last word of a firm's or a public body's name
_ORGS_LAST = frozenset({"service", "services", "corporation", "company", "cooperative", "coop", "co-op", "bank",
                        "foundation", "association", "assn", "university", "college", "hospital", "council",
                        "ministry", "authority", "consulting", "holdings", "group", "enterprises", "trading",
                        "integration", "connector",
                        # a remittance's, a courier's or a pawnshop's ('Palawan Express', 'LBC Express')
                        "express", "remittance", "pawnshop", "padala", "courier", "lending",
                        # a clinic's, a health post's ('Model Town MCH Centre', 'Dasht-e-Barchi Health Post', 'Jebrael
                        # CHC', Pakistan's and Afghanistan's basic and rural health units)
                        "centre", "center", "health", "dispensary", "mch", "chc", "bhu", "rhc", "phc", "dhq", "thq",
                        # a trade's firm by its trade ('Kakegamic Contracting', 'Salish Sea Kayak Rentals', 'Tundra
                        # Outfitters', 'Bluenose Property Management', 'Maple Leaf Daycare')
                        "contracting", "contractors", "rentals", "outfitters", "management", "daycare", "renovations",
                        "construction", "trucking", "realty", "properties"})


def goes_on_to_a_firms_kind(text: str, end: int) -> bool:
    """Whether the capitalized words after ``end`` go on to a firm's or a body's kind: the
    name or the place before them is the firm's ('Iriga Rural Bank', 'Hawassa Lake Resort',
    'Welkite University')."""
    if text[end + 1:end + 2] in ("&", "a") and _AND_PARTNERS.match(text, end):
        return True  # a partnership named for its partner ('Fitzgerald & Co.', 'Haigh &amp; Sons' in HTML)
    if text[end:end + 1] == " " and LEGAL_FORM.match(text, end + 1) is not None:
        return True  # a firm's legal form right after ('SHK Nowak e.K.', 'Elektro Wimmer OG')
    words = _CAPITALS_AFTER.match(text, end)
    return bool(words) and any(w.lower().rstrip(".") in _ORGS_LAST or w.lower().rstrip(".") in BUSINESS_WORDS
                               for w in words.group().split())


# A firm's legal form, as a signature's or a letterhead's line gives it before the firm's
# address ('HálóZat Plusz Kft. | 1139 Budapest, Váci út 99.', 'Acme GmbH, Hauptstr. 5')
# (after a name's word: a Dutch postcode's letters are no firm's, '3035 AG')
LEGAL_FORM = re.compile(r"(?:(?<=[^\W\d_] )|(?<=[^\W\d_], )|(?<=[^\W\d_]\. ))"
                        r"(?:Kft|Zrt|Nyrt|Bt|GmbH|AG|Ltd|Inc|LLC|LLP|PLC|Oy|Oyj|AB|ApS|A/S|SpA|SRL|SARL|SAS|Pty"
                        r"|S\.A|S\.r\.l|S\.p\.A|B\.V|N\.V|s\.r\.o|Sp\. z o\.o"
                        # Estonian, Latvian, Slovenian and Croatian, Bulgarian, Icelandic, Brazilian
                        r"|OÜ|SIA|d\.o\.o|ЕООД|ООД|ehf|Ltda"
                        r"|IKE|ΙΚΕ|ΕΠΕ|Α\.Ε|ΑΕ|j\.d\.o\.o"  # (Greece's private, limited and public companies)
                        # Spain's and Andorra's limited companies, in capitals with and without their dots, and a
                        # Catalan cooperative's ('Construccions Casal Coma SL', 'Fusteria Pal SLU', 'Agrícola SCCL')
                        r"|S\.L\.U|S\.L|SLU|SL|SCCL|S\.C\.C\.L"
                        # Germany's and Austria's beyond GmbH and AG ('Elektro Wimmer OG', 'SHK Nowak e.K.')
                        r"|KG|OHG|OG|e\.K|e\.U|e\.V|UG|GesmbH|KGaA|GbR"
                        # Malaysia's private and public companies, its limited liability partnership
                        r"|Sdn\.?[ ]Bhd|Bhd|Berhad|PLT"
                        r"|P/F|Sp/F"  # (the Faroes': 'Sjóvarfisk P/F')
                        # Turkey's joint-stock and limited companies, Greece's and Cyprus' ('EVORA Teknoloji A.Ş.',
                        # 'Demir Ltd. Şti.', 'Παπαδόπουλος Α.Ε.', 'Ε.Π.Ε.', 'Ι.Κ.Ε.')
                        r"|A\.Ş|AŞ|Ltd\.?[ ]Şti|Α\.Ε|Ε\.Π\.Ε|Ι\.Κ\.Ε|Ο\.Ε"
                        # Portugal's, Angola's and Mozambique's ('Papelaria Central da Beira, Lda.', 'Unipessoal Lda.',
                        # a cooperative's 'CRL'), Brazil's ('EIRELI', 'S/A'); Czechia's and Slovakia's ('a.s.',
                        # 'spol. s r.o.', 'v.o.s.', 'k.s.'), Poland's partnerships ('sp.j.', 'sp.k.')
                        r"|Lda|Unipessoal[ ]Lda|CRL|EIRELI|S/A|a\.s|spol\.[ ]s[ ]r\.o|v\.o\.s|k\.s|sp\.[ ]?[jk]"
                        # Mexico's and Central America's ('S.A. de C.V.', 'S. de R.L. de C.V.', 'S.A.P.I. de C.V.',
                        # a civil society's or association's 'S.C.', 'A.C.')
                        r"|S\.A\.(?:P\.I\.)?[ ]de[ ]C\.V|S\.[ ]de[ ]R\.L(?:\.[ ]de[ ]C\.V)?|S\.C|A\.C"
                        r"|SA[ ]DE[ ]CV|SAPI[ ]DE[ ]CV|S[ ]DE[ ]RL(?:[ ]DE[ ]CV)?)(?![\w/])")  # (in capitals, no dots)


# What parts a letterhead's or a footer's items ('Acme Kft. | 1139 Budapest | Tel.: ...')
_FOOTER_MARKS = ("|", "·", "•")


# A legal form written before the firm's quoted name (Lithuanian, Latvian, Estonian, Ukrainian,
# Russian, Bulgarian), at a line's start or a footer's item's
_FORM_FIRST = r"(?:UAB|AB|SIA|AS|OÜ|ТОВ|ТзОВ|ООО|ОАО|АО|ПАТ|ПрАТ|ЕООД|ООД|АД)[ \t]*[„\"«“][^\n]{1,60}?[“\"»”]"
FIRM_FORM_FIRST = re.compile(rf"(?<!\w){_FORM_FIRST}")
_FIRM_FIRST_ON_LINE = re.compile(rf"(?:[^\n]*[{''.join(_FOOTER_MARKS)}])?[ \t>]*{_FORM_FIRST}")


# A clinic's, a hospital's or a school's word right before a town, which is its site ('TB Clinic Korangi')
_FACILITY_BEFORE = re.compile(r"(?<![\w\-])(?:Clinic|Hospital|Centre|Center|Dispensary|School|College|CHC|BHU|RHC"
                              # (and a firm's site by Italian's and French's words before its town: 'Building=Sede
                              # Sassari', 'Magazzino Macomer', 'Salon du tourisme Bastia 2024', 'CRM Bonifacio')
                              r"|Sede|Filiale|Ufficio|Magazzino|Stabilimento|Negozio|Agenzia|Salone|tourisme|Agence"
                              r"|Entrepôt|CRM)[ ]$")


def on_a_firms_line(text: str, at: int) -> bool:
    """Whether a firm's legal form stands before ``at`` on its line, the two parted as a
    letterhead or a mail's footer parts its items ('HálóZat Plusz Kft. | 1139 Budapest',
    'Nordlicht Home GmbH · Speicherstadt 4'): the firm's address, no one's home. A
    customer's own firm's address in a sentence ('invoice to Kaduna Soft Ltd, 14 Ahmadu
    Bello Way') is left as it is: often one person's business. A page's '<br>' or paragraph ends a line as a
    line's end does ('... Telecomunicaciones S.A.S.<br />Línea gratuita ... · Cel. +57 302 8542178': an agent's
    own phone on the line after the firm's)."""
    line = text.rfind("\n", 0, at) + 1
    if "<" in text:
        for tag in ("<br", "<BR", "</p>", "</P>", "<p>", "</div>"):
            tagged = text.rfind(tag, line, at)
            if tagged >= 0 and (close := text.find(">", tagged, at)) >= 0:
                line = close + 1
    if _FIRM_FIRST_ON_LINE.match(text, line, at):
        return True  # a legal form before the firm's name in quotes, starting the line or a footer's
        # item: 'UAB „Baltijos krovinių linija“, Minijos g. 180', 'ТОВ «ТехноДім», вул. ...'
    firm = LEGAL_FORM.search(text, line, at)
    if firm is not None and any(mark in text[firm.end():at] for mark in _FOOTER_MARKS):
        return True
    return before_a_firms_registry(text, at)


def before_a_firms_registry(text: str, at: int) -> bool:
    """Whether a firm's registry number follows ``at`` on its line, a footer's item: francophone
    Africa's NINEA and RCCM, France's SIRET, the Gulf's CR ('Immeuble Fahd, 4e étage, Dakar-Plateau |
    NINEA 005123': the firm's address, and no one's name in it)."""
    end = text.find("\n", at)
    return FIRMS_REGISTRY.search(text, at, min(end if end >= 0 else len(text), at + 160)) is not None


# A firm's registry number's name, as a letterhead or a footer gives it
# (not a tax number a person has too: Haiti's and Spain's NIF)
FIRMS_REGISTRY = re.compile(r"(?<![\w])(?:NINEA|RCCM|SIRET|SIREN|N°[ ]?TVA|TVA[ ]intracom\w*|C\.?R\.?[ ]?No\.?|VAT[ ]No\.?"
                            r"|Registre[ ]du[ ]commerce)(?![\w])")


# A payment service's last word ('Sahan Pay', 'Apple Pay'; not a verb's: 'Pay Becky'), a trust's
# ('Kilolo Tea Outgrowers Trust'; first, a given name: 'Trust Moyo')
_THING_LAST_WORDS = frozenset({"pay", "wallet", "trust",
                               "assistant",  # a chat's bot ('Haat Assistant', 'Virtual Assistant')
                               # a Latin American firm's legal form after its name ('Autopartes Lara C.A.',
                               # 'Llantas Paisa S.A.S.', 'Agro Ñandutí E.I.R.L.', 'Andes S.A.C.')
                               "s.a.s", "c.a", "e.i.r.l", "eirl", "s.a.c", "s.a.a", "s.r.l", "ltda", "cía",
                               "s.a", "s.c", "s.l", "sl", "slu", "sll",  # (Spain's: 'Celler Puig i Rovira SL')
                               # the Nordics' legal forms after the name ('Ravnsborg Fisk A/S', 'Fjordens Blomster
                               # I/S', 'Fjellheim Sjømat DA', 'Nordkapp Frakt ASA', 'Stormly Oy', Iceland's 'hf.'),
                               # Poland's and Hungary's ('Serwis Rowerowy sp. z o.o.', 'HálóZat Kft.')
                               "a/s", "i/s", "k/s", "p/s", "ivs", "amba", "a.m.b.a", "da", "ans", "asa", "as", "ab",
                               "hb", "kb", "oyj", "ky", "tmi", "ry", "hf", "ehf", "sf", "slf", "o.o", "z.o.o", "kft",
                               "zrt", "nyrt", "bt", "kkt",
                               # a trade's firm by its trade (see _ORGS_LAST: 'Kakegamic Contracting')
                               "contracting", "contractors", "rentals", "outfitters", "management", "daycare",
                               "renovations", "construction", "trucking", "realty", "properties",
                               # (a trade's or a body's: 'Lambey & Sons Fishing', 'Fernandes Auto Parts', 'Goose
                               # Green Hall Committee', 'Hill & Sons'; not 'Kitchen', a family name too)
                               "fishing", "fisheries", "parts", "committee", "sons",
                               # (a shipper's and a grocer's last word: 'Island Shipping', "Hurley's Supermarket";
                               # not 'Plaza' nor 'Co', family names too)
                               "shipping", "supermarket",
                               # (a military base's: 'Andersen AFB', 'Naval Base Guam' is a place's name)
                               "afb"})
# A vendor that puts its name before its products' and projects' ('Apache Toba', 'Microsoft
# Intune'; Microsoft and Google are THING_WORDS wherever they stand): the first of more words
# is no given name (not 'Dell': people are named so)
_THING_FIRST_WORDS = frozenset({"apache", "adobe", "cisco", "ibm", "amazon", "atlassian",
                                # (e-bikes' makers before their models: 'KTM Macina Kapoho', 'Cube Stereo Hybrid',
                                # 'Riese & Müller Delite GT'; not Scott, Ghost, Focus, Flyer: names and words)
                                "ktm", "cube", "riese", "bulls", "canyon", "simplon", "haibike", "specialized",
                                "trek", "kalkhoff", "stevens", "orbea", "merida", "corratec", "rotwild", "moustache",
                                "lenovo", "samsung", "synology", "ubiquiti", "fortinet", "vmware", "citrix",
                                "mozilla", "huawei", "xiaomi", "oracle", "azure",
                                # phones' makers before their models ('TECNO Pop 7', 'Infinix Hot 30')
                                "tecno", "infinix", "itel", "redmi", "oppo", "realme", "oneplus", "motorola",
                                # smart homes' makers before their sensors ('Aqara Motion sensor', Zigbee2MQTT's)
                                "aqara", "sonoff", "tuya", "tradfri",
                                # printers' makers before their models ('Ricoh IM C3000', 'Kyocera ECOSYS M2040dn')
                                "ricoh", "kyocera", "lexmark", "xerox", "konica", "epson", "canon",
                                # laptops' makers before their models ('Asus Vivobook Go 15', 'Acer Aspire 3')
                                "asus", "acer", "msi", "toshiba",
                                # Ukraine's and Poland's legal forms before the name ('ТОВ Нова Логістика', 'ФОП
                                # Коваленко', 'PPHU Marex')
                                "тов", "фоп", "прат", "пп", "phu", "pphu", "fhu", "p.h.u", "p.p.h.u", "f.h.u",
                                # Germany's and Austria's national firms ('Deutsche Post', 'Österreichische Post')
                                "deutsche", "österreichische", "oesterreichische",
                                # Latin America's and the Caribbean's carriers before their country ('Claro
                                # Colombia', 'Movistar Venezuela', 'Altice Dominicana')
                                "claro", "movistar", "tigo", "digitel", "movilnet", "cantv", "altice", "entel",
                                "vodafone"})


# Legal forms written so are a name's particle too: Tuareg's 'Ag' (son of: 'Akly Ag Ahmed'), Welsh's 'ab' (son of,
# before a vowel: 'Gethin ab Owain'); a firm writes its form in capitals ('Siemens AG', 'Volvo AB')
_NAME_PARTICLES_TOO = frozenset({"Ag", "ab"})


# The ends of Icelandic's and Faroese's compounds that name a firm: tours, travel service, service, freight,
# transport, solutions, shop, technology, cars, a private limited company ('Norðurljósaferðir', Northern Lights
# Tours; 'Norðurfrakt'; 'Hópbílar'); no name of a person ends so
_THING_SUFFIXES = ("ferðir", "ferðaþjónusta", "þjónusta", "frakt", "flutningar", "lausnir", "verslun", "tækni",
                   "bílar", "ferðaskrifstofa", "ehf", "ferðir.is",
                   # and as Dutch compounds them: a firm, an office, a workshop, a printer's, a wholesaler's, a
                   # roofer's works ('Hoveniersbedrijf De Eik', 'Webbureau Pixelfabriek', 'Fietsenmakerij De Spaak')
                   "bedrijf", "bureau", "makerij", "drukkerij", "brouwerij", "groothandel", "techniek", "dakwerken",
                   "schilderwerken", "grondwerken")


# A firm's kind or legal form before its name: Vietnamese's company, shop, group, cooperative, private
# enterprise ('Công ty CP Sách Đông Á', 'Cửa hàng Hồng Ngọc', 'HTX Nông nghiệp Tân Cương'), Indonesian's
# limited company, partnership and trading firm ('PT Maju Jaya', 'CV Sinar Abadi', 'UD Sumber Rejeki') and
# shop, cooperative and foundation, Malay's firm and shop ('Syarikat Kenari', 'Kedai Runcit Ah Seng')
_FIRM_FIRST = re.compile(r"(?:(?i:công[ ]ty|cty|cửa[ ]hàng|tập[ ]đoàn|hợp[ ]tác[ ]xã|htx|dntn|doanh[ ]nghiệp|toko"
                         r"|koperasi|yayasan|perusahaan|syarikat|kedai)|PT|CV|UD)[ .]+\w")


def has_thing_word(value: str) -> bool:
    """Whether a word of ``value`` is one of THING_WORDS ('Acme Customer Care'), its last
    word a payment service's ('Sahan Pay'), its first a vendor's ('Apache Toba') or its
    first words a firm's kind ('Công ty CP Sách Đông Á')."""
    if _FIRM_FIRST.match(value.lstrip()):
        return True
    words = value.split()
    if any(w.lower().strip(".,()!").endswith(_THING_SUFFIXES) for w in words):
        return True  # a firm's word glued into one, as Icelandic and Faroese compound it ('Norðurljósaferðir')
    return any(w.lower().strip(".,()") in THING_WORDS and w not in _NAME_PARTICLES_TOO for w in words) or (
        len(words) > 1 and (words[-1].lower().strip(".,()") in _THING_LAST_WORDS
                            or words[0].lower().strip(".,()") in _THING_FIRST_WORDS))


# Accounts that operating systems, databases, appliances and images create, and the
# names brute-force attempts try: 'Accepted publickey for deploy', 'USER=root',
# FortiGate's user="admin", 'Invalid user oracle'. They name no person, so they are not
# reported as user names (engine.Detector._finish), and a redacted auth.log still says
# who got root.
SYSTEM_ACCOUNTS = frozenset({
    "root", "admin", "administrator", "guest", "test", "nobody", "daemon", "bin", "sys", "sync",
    "games", "man", "lp", "mail", "news", "uucp", "proxy", "www-data", "backup", "list", "irc",
    "gnats", "sshd", "messagebus", "systemd-network", "systemd-resolve", "systemd-timesync",
    "postgres", "mysql", "oracle", "redis", "mongodb", "elasticsearch", "nginx", "apache", "httpd",
    "www", "ftp", "ubuntu", "centos", "debian", "ec2-user", "git", "deploy", "jenkins", "ansible",
    "vagrant", "pi", "replicator", "system", "local service", "network service",
    "username", "user", "login",  # (a label read as its own value: "authentication succeeded for username '...'")
    "debian-sys-maint", "exporter", "mysqld_exporter", "postgres_exporter", "monitor", "nagios",
    "icingaweb2", "icingaadmin", "icinga2",  # (Icinga Web 2's API user, Icinga's default admin)
    "zabbix", "prometheus",
    "pgbouncer", "pgbouncer_auth", "pgbouncer_stats",  # (PgBouncer's admin console and auth_query accounts)
    "nt authority\\system", "anonymous logon", "anonymous",
    "kiosk",  # a shared machine's account (a shop's or a lobby's kiosk)
    # CI services' build accounts, whose home a Go binary's source paths carry into every log line (headscale's
    # 'caller': '/home/runner/work/headscale/...', GitHub Actions'; GitLab's, Buildkite's, CircleCI's, Travis')
    "runner", "gitlab-runner", "buildkite-agent", "circleci", "travis",
    "shareddevice", "robot", "salesbot",  # (an MDM's shared device's; a CRM's automations: Kommo's)
    "ftpuser", "scanner", "guacadmin", "vpn",
    "zimbra", "zmpostfix", "zmamavis", "zmnginx", "zmreplication",  # (Zimbra's LDAP accounts)
    # Elasticsearch's built-in users (its security audit log's 'user.name')
    "elastic", "kibana", "kibana_system", "logstash_system", "beats_system", "apm_system", "remote_monitoring_user",
    "logstash_writer", "logstash_internal",  # (and Logstash's, as Elastic's guides name it)
    "vpxuser", "dcui", "vpxa",  # (vCenter's account on its hosts, ESXi's console's)
    "rdp", "remote", "scan", "support", "operator", "info",  # (what a password spray tries)
    "office", "postmaster", "webmaster", "hostmaster", "abuse", "noreply", "no-reply", "sales", "contact",
    "ghost",  # a deleted account's stand-in (GitHub's, Gitea's and Forgejo's)
    "tagged-devices",  # Tailscale's owner of the nodes a tag owns (servers, not people)
    "tomcat", "etl",  # an application server's and a data pipeline's
    "anonymoususer",  # Django's and authentik's user before a login
    "vmail", "dovenull", "dovecot",  # a mail server's delivery accounts (OpenSMTPD's 'user=vmail')
    "majordom", "majordomo", "mailman", "sympa", "ecartis",  # a mailing list's own ('Received: (from majordom@localhost)')
    "public", "__system__",  # Odoo's public (anonymous) user and its superuser
    # a database's replication, backup and administration accounts, an app's own ('wordpress')
    "repl", "replication", "mariabackup", "xtrabackup", "mysqlbackup", "sa", "dbo",
    "wordpress", "nextcloud", "gitea", "grafana", "keycloak",
    "typo3", "_cli_", "editor", "joomla", "drupal",  # (a CMS's default and command-line users: TYPO3's '_cli_')
    "cassandra", "reaper",  # Cassandra's superuser and its repair service's (Cassandra Reaper) (a login only:
    # the first name Cassandra is NER's)
    "openidm-admin", "amadmin",  # ForgeRock's IDM and AM administrators
    "defaultaccount", "wdagutilityaccount", "krbtgt",  # Windows' built-in accounts (an asset scan's users)
    "pmm", "reporting", "analytics", "readonly",  # a database's monitor (Percona's PMM) and its readers' roles
    "neo4j", "wso2.system.user",  # Neo4j's built-in administrator, WSO2's own system user
    # Windows' built-in administrator and guest in its French, Spanish and Portuguese, Swedish,
    # Finnish, Hungarian and Russian editions (a print log's 'Administrateur')
    "administrateur", "invité", "administrador", "invitado", "convidado", "administratör", "gäst",
    "järjestelmänvalvoja", "rendszergazda", "vendég", "администратор", "гость",
    "utilisateur", "usuario", "usuário", "utente", "benutzer",  # (and a shared machine's 'User' account as French,
    # Spanish, Portuguese, Italian and German installs name it: RustDesk's peers' 'Utilisateur')
    # ClickHouse's built-in user; a task queue's, a scheduler's and dashboards' own logins at their
    # broker or database (RabbitMQ's "user 'celery' authenticated", ClickHouse's 'user: metabase')
    "default", "celery", "airflow", "metabase", "superset", "redash", "notifier", "scheduler",
    "mifos",  # Apache Fineract's (Mifos X') built-in administrator
    # daemons that run as a user of their own name ('Now running as user "tinyproxy"')
    "tinyproxy", "privoxy", "squid", "haproxy", "dnsmasq", "unbound", "bind", "named", "chrony", "ntp", "postfix",
    # network devices' configuration backups, which log in to every router as themselves (a TACACS+ accounting's)
    "rancid", "oxidized", "unimus",
    # JupyterHub's own services, which its log starts and its API serves ('Starting managed service jupyterhub-idle-culler')
    "jupyterhub-idle-culler", "idle-culler", "jupyterhub",
    # network devices' factory logins (Ubiquiti's, Huawei's ONTs' and routers': a vault's entry for a client's
    # router keeps them as they came; MikroTik's is 'admin')
    "ubnt", "telecomadmin", "useradmin", "cusadmin", "supervisor", "super", "installer",
})
# Products, services and brands a forum's posts name all the time, which the small NER
# model calls a person or a place now and then ('the Jenkins job', 'DKIM at Gmail', 'my
# Jellyfin chart', 'High CPU on macOS Sonoma'). A span that is one of these, whole, is
# neither (engine._could_be); with more words ('Tom Jenkins') it still may be.
PRODUCT_NAMES = frozenset({
    # a mesh VPN's words its control server logs ('Node has been renewed', 'fetching DERPMap'), and a mail filter's
    # ('DNSBL check failed')
    "node", "nodes", "derpmap", "derp", "dnsbl",
    # East Africa's mobile money, its carriers', couriers' and ferries' names an SMS store names all the time ('New
    # M-PESA balance is ...', 'Pochi la Biashara', 'kupitia Azam Marine')
    "m-pesa", "mpesa", "pochi la biashara", "fuliza", "m-shwari", "lipa na m-pesa", "tigo pesa",
    "halopesa", "safaricom", "vodacom", "airtel", "azam marine", "glovo", "dhl",
    # the Nordics' carriers and a satellite messenger's and a mesh router's makers and names, which a help desk's
    # posts name alone ('Telenor sier ...', 'Nokia Beacon 1 mister forbindelsen')
    "telenor", "telia", "tele2", "altibox", "inreach", "garmin inreach", "nokia beacon",  # (not Elisa: a given name)
    # Argentina's, Chile's and Ecuador's post and couriers, which a note names ('Envío por Correo Argentino ...')
    "correo argentino", "correos de chile", "andreani", "chilexpress", "servientrega", "oca",
    # Spain's and France's couriers, and a rental's smart lock, which a host's note names ('Enviado por SEUR', 'Check-in
    # via Nuki Smart Lock')
    "seur", "mrw", "nacex", "correos express", "chronopost", "colissimo", "nuki", "nuki smart lock",
    # the Russian Far East's airlines as a booking backend lists them with their codes ('Aurora HZ, S7 Airlines')
    "aurora hz", "s7 airlines", "yakutia airlines", "polar airlines", "angara airlines",
    "dell latitude", "dell inspiron", "dell vostro", "dell xps",  # (a laptop's line, a post's title: 'Dell Latitude 5420')
    # solar inverters' and generators' makers a support desk's posts name, with Crucian's article too ('De
    # SolarEdge say ...', 'Enphase app'), and Puerto Rico's and the Virgin Islands' carriers and power utilities
    "enphase", "solaredge", "generac", "mrcool", "eg4", "sol-ark", "solark",
    "de solaredge", "de enphase", "de generac", "de growatt",
    "liberty mobile", "liberty pr", "viya", "wapa", "luma energy",  # (not "Liberty" nor "Luma" alone: given names)
    # Singapore's carriers, which a post names alone ('Singtel cannot help')
    "singtel", "starhub",
    # Chad's, Niger's and the Central African Republic's carriers and a data collector, which a log names after a
    # number or in an SMS ('SMS reçu de +236 70 ... (Orange CF)', '... taaga soolu. Moov Africa Niger', 'Kobo')
    "orange cf", "orange rca", "telecel", "telecel centrafrique", "moov africa", "moov africa niger", "moov africa tchad",
    "airtel niger", "airtel tchad", "zamani", "zamani com", "kobo", "kobotoolbox",
    # and Iran's, Georgia's, Armenia's and Azerbaijan's ('Azercell bloklayıb', 'sim-e Irancell-am')
    "irancell", "rightel", "hamrah-e aval", "magti", "magticom", "silknet", "geocell", "cellfie", "ucom",
    "viva-mts", "vivacell", "azercell", "bakcell", "nar", "naxtel",
    # Canada's payment processors and classifieds, which a client's note names alone ('Card on file ends in 3776
    # (Helcim)', a lead's source 'Kijiji')
    "helcim", "moneris", "interac", "kijiji",
    # solar inverters' and batteries' makers, which a ticket names alone ('the Deye keeps tripping')
    "deye", "goodwe", "growatt", "sunsynk", "victron", "pylontech", "solis", "luxpower", "voltronic", "axpert",
    "sofar", "fronius", "dyness",
    # chat bots a stream's chat names as its speakers ('[20:03:43]  Nightbot: Follow ...')
    "nightbot", "streamelements", "fossabot", "moobot", "streamlabs", "wizebot",
    # a router's protocols and features, as its log names them ('[UPnP set event: add_nat_rule]')
    "upnp", "dhcp", "ddns", "pppoe", "igmp", "ntp", "wps", "qos", "dmz", "mifi",
    # Jitsi Meet's services, which a 'docker compose logs' line starts with ('jicofo-1  | Jicofo 2024-05-14 ...')
    "jitsi", "jicofo", "jigasi", "jibri", "jvb", "prosody",
    # the Maghreb's carriers and an ISP's tools its notes name ('migré de Djezzy', 'accès Winbox', 'ticket Splynx')
    "djezzy", "mobilis", "ooredoo", "inwi", "libyana", "almadar", "winbox", "routeros",
    # operating systems and their releases
    "windows", "linux", "ubuntu", "debian", "fedora", "centos", "android", "ios", "ipados", "macos",
    "mac os", "os x", "chromeos", "sonoma", "ventura", "monterey", "big sur", "catalina", "mojave",
    "macos sonoma", "macos ventura", "macos monterey", "raspberry pi", "raspberry pi os", "raspbian",
    # mail servers, which a message's Received headers name ('(Postfix, from userid 1000)')
    "postfix", "exim", "sendmail", "qmail", "dovecot",
    # a Linux desktop's parts, which bug reports name ('crashes under Wayland', 'bluez 5.72')
    "wayland", "xorg", "xwayland", "bluez", "pipewire", "pulseaudio", "systemd", "networkmanager", "gnome",
    "kde plasma", "grub", "mesa", "wireplumber",
    # services and apps
    "gmail", "outlook", "hotmail", "icloud", "icloud drive", "onedrive", "dropbox", "google drive",
    "google", "youtube", "facebook", "instagram", "whatsapp", "telegram", "signal", "slack", "zoom", "zalo",
    "teams", "microsoft teams", "skype", "discord", "reddit", "twitter", "linkedin", "tiktok",
    "spotify", "netflix", "thunderbird", "firefox", "chrome", "safari", "edge", "brave", "opera",
    "vivaldi", "excel", "powerpoint", "sharepoint", "github", "gitlab", "bitbucket", "jira",
    "confluence", "trello", "notion", "jenkins", "django", "docker", "kubernetes", "nginx", "grafana",
    "prometheus", "kibana", "elasticsearch", "postgres", "postgresql", "mysql", "mariadb", "redis",
    "mongodb", "plex", "emby", "kodi", "jellyfin", "sonarr", "radarr", "home assistant", "pi-hole",
    "pihole", "unifi", "proxmox", "truenas", "unraid", "wireguard", "openvpn", "tailscale",
    "cloudflare", "aws", "azure", "wordpress", "woocommerce", "shopify", "magento", "mailchimp",
    "hubspot", "salesforce", "zendesk", "freshdesk", "intercom", "okta", "bitwarden", "1password",
    "lastpass", "keepass", "veracrypt", "bitlocker", "filevault", "paypal", "stripe", "venmo",
    "mollie", "adyen", "bancontact", "payconiq",  # (the Benelux's payment services: 'Betaling ontvangen via Mollie')
    "corolla", "alto", "mehran", "cultus",  # (a ride's car: 'Toyota Corolla 2008', 'Suzuki Alto 2021')
    "ebay", "etsy", "visual studio", "visual studio code", "vs code", "vscode", "intellij",
    "pycharm", "xcode", "eclipse", "homebrew", "kindle", "apple store", "app store", "play store",
    "google play", "apple music", "apple pay", "google pay", "facetime", "imessage", "airdrop",
    # whiteboards, project and form tools, as an audit log's system actor names itself (Miro's
    # createdBy: {"type": "system", "name": "Miro"})
    "miro", "figma", "canva", "asana", "clickup", "airtable", "calendly", "typeform",
    # hardware makers and product lines
    "synology", "qnap", "netgear", "ubiquiti", "mikrotik", "fritz!box", "fritzbox", "freebox",
    "freebox pop", "tp-link", "asus", "lenovo", "thinkpad", "macbook", "macbook pro", "macbook air",
    "imac", "iphone", "ipad", "airpods", "chromebook", "sonos", "fitbit", "garmin", "roomba", "nest",
    "pixel", "galaxy", "oneplus", "xiaomi", "huawei", "motorola",  # phones ('Sent from my Pixel 8')
    "redmi", "redmi note", "poco", "realme", "oppo", "tecno", "infinix", "galaxy note",  # ('my Redmi Note 12 Pro')
    "tecno spark", "tecno camon", "infinix hot", "itel",
    "dell", "acer", "samsung", "sony", "philips", "canon", "epson",
    # home automation's and IoT's radios ('the LoRa bits', 'Zigbee stability fixes')
    "lora", "lorawan", "zigbee", "z-wave", "zwave", "bluetooth", "lte", "gprs", "gsm",
    "java", "openjdk",  # ('Java version: 17.0.10')
    "trados", "memoq",  # translators' tools ('CAT tools (memoQ, Trados)')
    "pfsense", "opnsense",
    # automations that create and change a CRM's records ('Created By: Zoho Flow')
    "zoho", "zoho flow", "zapier", "power automate", "workato", "n8n", "integromat",
    # monitoring and alerting, whose bots post in a team's chat
    "zabbix", "wazuh", "nagios", "icinga", "alertmanager", "pagerduty", "opsgenie", "sentry", "datadog",
    "uptime kuma", "uptimerobot", "statuscake", "graylog", "splunk",
    # settings and protocols written with capitals
    "wol", "wake-on-lan", "fast startup", "secure boot", "bios", "uefi", "dkim", "dmarc", "spf",
    "rsa", "ecdsa", "ed25519", "aes", "sha", "tls", "ssl", "ssh", "smtp", "imap", "json", "yaml",
    # SaaS an identity provider signs people into
    "workday", "servicenow", "atlassian", "box", "docusign", "adobe",
    # remote help and device management a help desk names ('please accept the Quick Assist code')
    "quick assist", "teamviewer", "anydesk", "rustdesk", "jamf", "intune", "visio", "mac",
    "splashtop", "datto", "datto rmm", "connectwise", "ninjaone",  # (remote support and RMM tools)
    "windows 10", "windows 11", "windows server",
    # a page's fonts (a forum's print view: 'font-family: Verdana, Arial')
    "verdana", "arial", "helvetica", "tahoma", "segoe ui", "trebuchet ms", "calibri", "roboto",
    # admin tools an endpoint protection names ('PUA detected: PsExec')
    "psexec", "mimikatz", "nmap", "wireshark", "putty", "winscp", "cobalt strike", "netcat",
    # a NAS's apps its log names ('connected Synology Drive Client')
    "synology drive", "synology photos", "hyper backup", "active backup", "hybrid share",
    # what a self-hosting forum runs and moves off ('backup strategy for Immich', 'reach me on Matrix')
    "immich", "matrix", "nextcloud", "vaultwarden", "syncthing", "portainer", "google photos", "element",
    # Malaysia's services that text a phone (a messages export's senders: 'Grab: Your driver ...')
    "grab", "shopee", "lazada", "foodpanda", "maybank", "cimb", "celcomdigi", "maxis", "tnb", "sesb",
    "poslaju", "pos laju", "ninja van", "j&t express",
    # mainland Southeast Asia's and Central Asia's wallets, couriers and solar gear, and chat apps a post
    # names ('sent by Wave Money', 'Growatt inverter', 'call me on Messenger')
    "wave money", "wavemoney", "kbzpay", "kbz pay", "aba", "aba mobile", "wing", "bcel one", "truemoney",
    "kerry express", "messenger", "facebook messenger", "imo", "kaspi", "kaspi gold", "payme",
    "o!dengi", "realtek",
    # the region's currencies' codes, which the model reads as a name alone ('total 45,000 KHR')
    "khr", "lak", "mmk", "kzt", "uzs", "kgs", "tjs", "rsd", "bam", "mkd",
    # Southern Africa's mobile wallets, the Caucasus' and Iran's currencies' codes ('Zamtel Kwacha 0976 ...',
    # 'TNM Mpamba - 0985 ...', 'OneMoney: 0777 ...', 'total 60.40 GEL')
    "zamtel kwacha", "tnm mpamba", "mpamba", "onemoney", "ecocash", "airtel money", "orange money", "myzaka",
    "splynx",  # (an ISP's billing system a ticket names)
    "gel", "amd", "azn", "irr", "afn", "mwk", "zmw", "bwp", "zwl", "zwg",
    # West Africa's wallets and a provider's country suffix ('Qmoney Gm returned 502'), Mongolia's and Bhutan's
    # carriers and wallets, the region's currencies' codes
    "qmoney", "qmoney gm", "wave gm", "africell money", "afrimoney", "orange money gm", "lonestar momo", "gm",
    "unitel", "mobicom", "skytel", "socialpay", "mpay", "tashicell", "b-mobile", "mbob", "sle", "lrd", "gmd",
    "mnt", "btn", "isk", "africell", "qcell", "lonestar", "lonestar cell", "gamcel", "comium", "kva", "kwh",
    "føroya tele", "tusass", "síminn", "ping", "nintendo switch",  # (the North Atlantic's carriers; a network's verb)
    "mailhog", "mailpit",  # (a mail catcher's own name in the headers it writes: 'by mailhog.example (MailHog)')
    "gecko", "visa", "mastercard", "amex",  # (a user agent's engine quoted in a mail; a card's scheme: 'Paid by Visa ****')
    # Iraq's, the Levant's and the Pacific's carriers (not 'Zain': a given name too)
    "asiacell", "korek", "korek telecom", "umniah", "jawwal", "syriatel", "digicel", "bmobile", "telikom",
    "vodafone fiji", "tcc", "iqd", "lbp", "jod", "syp", "ils", "fjd", "wst", "top", "pgk", "sbd", "vuv",
    # Bangladesh's, Sri Lanka's, the Maldives', the Andes' and the Indian Ocean's carriers, wallets and apps, the
    # region's currencies' codes, which the model reads as names ('Claro EC', 'bKash', 'Yape', 'MVola')
    "claro", "claro ec", "tigo", "entel", "movistar", "bitel", "grameenphone", "banglalink", "teletalk",
    "dialog", "mobitel", "dhiraagu", "telma", "emtel", "bkash", "yape", "mvola", "mcb juice", "daraz",
    "pathao", "pickme", "bdt", "lkr", "mvr", "mga", "kmf", "mur",
})
# Service accounts by the names their conventions give them: 'svc-backup', 'app_crm',
# 'metabase_ro', 'jenkins-bot' (same treatment as SYSTEM_ACCOUNTS)
# and Kubernetes' own users: 'system:serviceaccount:ci:deployer', 'system:node:worker-04'
SERVICE_ACCOUNT = re.compile(r"(?i)(?:svc|srv)\.[\w.\-]+|(?:svc|srv|app|sa|bot|service"  # ('svc.servicenow')
                             # a partner's file transfer ('sftp_dhl_nl', 'edi_rhenus')
                             r"|sftp|ftp|edi"
                             # a data pipeline's loader (a warehouse's 'FIVETRAN_USER', 'AIRFLOW_ETL')
                             r"|fivetran|airflow|dbt|stitch|hightouch|census|matillion|talend|informatica|etl|elt"
                             r"|looker|tableau|metabase|powerbi|sigma)[_\-][\w.\-]+"
                             r"|[\w.\-]+[_\-](?:svc|srv|bot|service|ro|rw|readonly|readwrite|app|api"
                             # a chat's or a shop's assistant bot ('haat-assistant', Stream Chat's user)
                             r"|assistant"
                             # an API's consumer apps (Kong's 'kestrelcare-web', 'clinic-portal')
                             r"|web|ios|android|portal|client|integration|sync|worker|gateway|gw"
                             # a database's monitor and backup accounts ('zbx_monitor', 'pmm_backup')
                             r"|monitor|monitoring|backup|exporter|repl|replication"
                             # an app's reports' and jobs' database accounts ('shwe_report', 'shwe_cron')
                             r"|reports?|reporting|cron|jobs?|batch|scheduler|readonly|analytics|migrations?"
                             # a shared device's (a warehouse's 'wh-scanner', a shop's till)
                             r"|(?:scanner|kiosk|pos)\d{0,3}"
                             # a fleet's devices' shared login at a broker ('fleet-device', 'lab-sensors')
                             r"|devices?|sensors?|trackers?)"
                             r"|system:[\w:.\-]+"
                             # a chat's bots ('zabbix.bot') and a live chat's guests ('guest-3582',
                             # Crisp's 'visitor98500')
                             r"|[\w\-]+\.bot|guest[_\-]\d+|visitor[_\-]?\d+"
                             # a help desk's seat by its number ('ops-agent-07', 'agent_12')
                             r"|(?:[a-z]+[_\-])?agent[_\-]?\d{1,4}"
                             # what a password spray tries ('KESTREL\\user1', 'test2', 'admin01')
                             r"|(?:user|test|admin|administrator|guest|temp)\d{1,3}"
                             # a product's or a tier's administrator (WebSphere's 'wasadmin', 'dbadmin')
                             r"|(?:was|wls|db|sql|ora|web|wp|net|ldap|mail|ftp|vm|sp|fw|sys|local)admin\d{0,2}"
                             # a lab's, a school's or IT's shared administrator on its machines ('labadmin')
                             r"|(?:lab|it|tech|school|shared|class|kiosk)admin\d{0,2}"
                             # an MDM's or an RMM's own local administrator on a managed Mac ('addigy_admin')
                             r"|(?:addigy|jamf|kandji|mosyle|intune|ninja|datto|kaseya|hexnode|meraki)[_\-]?admin"
                             # macOS' own accounts start with '_' ('_mbsetupuser', '_www', '_spotlight'), and end in no
                             # digit: a handle's may start so too ('@_ainhoa92', Instagram's)
                             r"|_[a-z][a-z0-9_]*(?<![0-9])")
# Types a version or a code looks like (a user agent's 'Chrome/123.0.0.0')
_VERSION_LIKE = frozenset({"IP_ADDRESS", "PHONE_NUMBER"})
# Types whose one-word values are often words (the others: addresses, numbers, ids)
_WORDY = ("USERNAME", "PERSON", "HOSTNAME", "LOCATION")


def _distinctive(value: str, entity: str) -> bool:
    """Whether a found user name, host, person or place is distinctive enough to look
    for everywhere. Not: a generic name (GENERIC_NAMES), a stop word ('the', 'anywhere'),
    a short lower-case word ('max', 'jay': 'Invalid user jay' would make 'max retries' a
    finding), or a one-word person or place in lower case ('going', 'curious' as a
    forum's display names: names and places are written with a capital). Where it was
    found, it stays a finding. Nor an address's house number or postcode ('6750',
    '80896'): elsewhere such a number is a pid or a millisecond count."""
    v = value.strip()
    low = v.lower()
    from .fastpass import stop_words

    if low in GENERIC_NAMES or low in stop_words() or low in PRODUCT_NAMES:  # 'the', 'will', 'may'
        return False
    if entity == "LOCATION" and len(v) <= 3 and v.isalpha():
        from .engine import _foreign_stop_words

        if low in _foreign_stop_words():
            return False  # another language's short function word: Val d'Aran's town 'Les' is French's
            # and Catalan's 'the' in a document's title ('Chapitre 4 - Les fonctions'); a longer one
            # is a town's as often (Uganda's 'Loro', Italian's 'they'), a short one a name ('Leo', 'Ada')
    if entity == "LOCATION" and not any(c.isalpha() for c in v):
        return False  # an address's house number or postcode ('6750', '80896')
    if v.endswith(".") and len(v) <= 4 and v[:-1].isalpha():
        return False  # an abbreviation ('Ma.', Filipino's for María, a forum's nick once): every 'Ma.' is not theirs
    return not (v.isalpha() and v.islower() and (len(v) <= 4 or entity in ("PERSON", "LOCATION")))


# The unspecified addresses, no host's
# (and the loopback, every machine's own: found where a log names it as a client, carried it would undo where
# it is a reverse proxy's, Radicale's 'received from 127.0.0.1 (forwarded for ...)')
_NO_HOST_ADDRESSES = frozenset({"0.0.0.0", "::", "0:0:0:0:0:0:0:0", "127.0.0.1", "::1"})


def known_values(texts: Sequence[str], found: list[list]) -> dict[str, tuple[str, float]]:
    """Distinct found values (raw text) with their entity type and best score.

    A single word that only spaCy's NER, a person's act in a note or a dialog's speaker
    called a name is not carried: the small model tags words like "Admin" or "Mercedes"
    now and then, and carrying those would spread each mistake to every occurrence; nor
    is a name NER read in lower case, of any length. Full names, and words a pattern or
    the structure found, are carried; user names, hosts, persons and places only when
    distinctive (see _distinctive)."""
    known: dict[str, tuple[str, float]] = {}
    for text, fs in zip(texts, found):
        for f in fs:
            value = text[f.start:f.end]
            if len(value.strip()) < MIN_LENGTH:
                continue
            if f.recognizer in _ONE_WORD_NOT_CARRIED and " " not in value.strip():
                continue
            if f.recognizer == _NER and value.islower():
                continue  # the model's guess in lower-case text ('log format' as a person)
            if f.recognizer in _NOT_CARRIED:
                continue
            if f.recognizer == "query_parameter" and f.entity_type == "LOCATION" and len(value) <= 3 \
                    and value.isalpha() and value.isupper():
                continue  # a URL's town code ('/api/v2/promos?city=KBL'), an app's service area: elsewhere a car's
                # plate's letters ('Toyota Corolla 2008 KBL 3-44871'); a column's code is carried (see _distinctive)
            if f.entity_type in _WORDY and not _distinctive(value, f.entity_type):
                continue
            if f.entity_type == "EMAIL_ADDRESS" and is_role_mailbox(value):
                continue  # a desk's mailbox, found in a contact's column (where it is its contact's): not carried
                # into the mails that name it ('To: service@...' in every reply of a service desk's inbox)
            if f.entity_type == "IP_ADDRESS" and value in _NO_HOST_ADDRESSES:
                continue  # every machine's (a log's client 0.0.0.0 where it was found): not carried to a
                # VPN's traffic selector ('TS 0.0.0.0/0') nor a server's 'ListenAddress 0.0.0.0'
            if value not in known or f.score > known[value][1]:
                known[value] = (f.entity_type, f.score)
            if _URL_ENCODED.search(value):
                # a query's value ('location=Bergen%2C+Norway', 'search=Jakub+Mazur'): the page
                # or the log shows it decoded elsewhere ('<a ...>Bergen, Norway</a>')
                decoded = unquote_plus(value).strip()
                if len(decoded) >= MIN_LENGTH and (decoded not in known or f.score > known[decoded][1]):
                    known[decoded] = (f.entity_type, f.score)
            if f.start >= 4 and text[f.start - 3:f.start] in ("?Q?", "?q?") and ("=" in value or "_" in value):
                # a mail header's encoded word's text ('=?UTF-8?Q?Nelly_V=C3=A1squez?='): its body
                # and its signature write it decoded ('Nelly Vásquez')
                decoded = _decoded_q(text, f.start, value)
                if decoded and len(decoded) >= MIN_LENGTH and (decoded not in known or f.score > known[decoded][1]):
                    known[decoded] = (f.entity_type, f.score)
            if f.entity_type == "PERSON" and " " in value and "_" not in value and value.count(" ") <= 3:
                # as a document's file name writes it ('Ethan_Mitchell-resume.docx'; found
                # only there, see _whole_token)
                joined = value.replace(" ", "_")
                if joined not in known or f.score > known[joined][1]:
                    known[joined] = (f.entity_type, f.score)
            if f.entity_type == "USERNAME" and value.startswith("@"):
                # a mention's member, where a post's header or a quote names them bare; a
                # lower-case word of few letters bare is as often a word ('@grace')
                bare = value[1:]
                if len(bare) >= MIN_LENGTH and _distinctive(bare, "USERNAME") and (
                        not (bare.isalpha() and bare.islower()) or len(bare) >= 6) and (
                        bare not in known or f.score > known[bare][1]):
                    known[bare] = (f.entity_type, f.score)
    return known


def _decoded_q(text: str, start: int, value: str) -> str | None:
    """``value``, text of the Q-encoded word whose head ('=?charset?Q?') ends at ``start``, decoded
    (None for a charset Python does not know, or bytes it does not decode)."""
    import quopri

    head = text.rfind("=?", max(0, start - 80), start)
    if head < 0:
        return None
    charset = text[head + 2:start - 3]
    try:
        return quopri.decodestring(value.encode("ascii"), header=True).decode(charset).strip()
    except (UnicodeError, LookupError, ValueError):
        return None


def merge_known(into: dict, more: dict) -> bool:
    """Add ``more`` to ``into`` (best score wins); False once ``into`` is full."""
    for value, (entity, score) in more.items():
        have = into.get(value)
        if have is None:
            if len(into) >= MAX_KNOWN:
                return False
            into[value] = (entity, score)
        elif score > have[1]:
            into[value] = (entity, score)
    return True


# A family name that is a word of thanks too, and the words that make it thanks: Swahili's
# 'Asante sana' (thank you very much), 'Asante kwa ...' (thanks for ...), Meru's 'Asante muno'
_THANKS_AFTER = {"asante": re.compile(r"[ \t]+(?:sana|sanaa|kwa|muno|nyingi)\b", re.IGNORECASE),
                 # (and a greeting's first word that is a family name too: Q'eqchi''s 'Chan xaawil?', how are you;
                 # a family name that is a payment's noun, before what is said of it: 'Card on file ending **** 1877')
                 "chan": re.compile(r"[ \t]+xaawil\b", re.IGNORECASE),
                 "card": re.compile(r"[ \t]+(?:on[ ]file|ending|number|holder|payment|declined|expired|details)\b")}


# A carrier's name that holds a country's ('Maroc Telecom', 'Tunisie Télécom', 'Orange Maroc', 'Ooredoo Algérie')
_CARRIER_AFTER = re.compile(r"[ ](?:Telecom|Télécom|Telekom|Telecoms|Télécoms|Mobile|Mobiles)\b")
_CARRIER_BEFORE = re.compile(r"\b(?:Orange|Ooredoo|Djezzy|Mobilis|inwi|Inwi|Airtel|Vodafone|MTN|Moov|Tigo|Safaricom"
                             r"|Ethio|Hormuud|Telesom|Zain|Sudani)[ ]\Z")


def in_a_carriers_name(text: str, start: int, end: int) -> bool:
    """Whether a place's name at ``start:end`` is part of a phone carrier's ('Maroc Telecom',
    'Orange Tunisie'): the firm's, no one's place."""
    return _CARRIER_AFTER.match(text, end) is not None or _CARRIER_BEFORE.search(text, max(0, start - 12), start) is not None


def _site_words() -> str:
    from .structure import SITE_WORDS

    return SITE_WORDS


# A firm's site after its town, the firm speaking of its own: 'sold at our Bulawayo branch' ('from the Elmstead
# branch', a colleague's, says where a person works: carried)
_SITE_DETERMINER = re.compile(r"(?i)\bour[ \t]+$")
_A_FIRMS_SITE_AFTER = re.compile(rf"(?i)[ \t]+(?:{_site_words()}|site|store|shop|outlet)\b")


def propagate(texts: Sequence[str], found: list[list], make,
              carried: Mapping[str, tuple[str, float]] | None = None,
              fields: Sequence[str | None] | None = None) -> list[list]:
    """``found[i]``: findings of ``texts[i]`` (sorted, non-overlapping, with entity_type,
    start, end, score); ``make(entity_type, start, end, score)`` builds a new one;
    ``carried``: values found elsewhere in the run; ``fields``: each record's field
    (None: a line of text). Returns the findings with every recurrence of a known value
    added.

    A single word is not carried into a structured cell that is that word and nothing
    else: a given name like "Visa" or "Germán" found in a name column is a card type or
    a nationality in the next column, and the cells of a name column are found by the
    column's name already. A value that is no plain word is ('marc_dev' in a chat
    export's mentions, a ticket's serial number in a custom field of its own); a host or
    a domain is not ('example.com' in a Host column)."""
    from .engine import (
        a_police_station,
        a_registrys_town,
        a_sites_quarter,
        a_venues_cell,
        names_a_switchboard,
        starts_a_salutation,
    )
    from .structure import (
        a_bare_location,
        a_devices_spot,
        a_group_chats_name,
        field_roles,
        firm_field,
        firms_place_value,
        firms_site_cell,
        firms_site_field,
        is_free_text_name,
        is_label_field,
        is_page_title,
        is_sql_row_hint,
        page_title_site,
    )

    if fields is not None and any(is_sql_row_hint(f) for f in fields):
        fields = [None if is_sql_row_hint(f) else f for f in fields]  # a SQL dump's line, its columns
        # its hint (structure.SQL_ROW_HINT): a line of text
    found_here = known_values(texts, found)
    known = carried or {}
    if any(v not in known or s > known[v][1] for v, (_, s) in found_here.items()):
        known = dict(known)  # the run's values are shared: copied only when this adds some
        merge_known(known, found_here)
    if not known:
        return found
    out = list(found)
    for i, values in _present(texts, known):
        text, spans = texts[i], list(found[i])
        extra = []
        structured = fields is not None and fields[i] is not None
        # the longest value wins (then the first in order: the same in every process)
        # a line of text, a post's field, or a cell of sentences ('Note': eight words or more)
        prose = not structured or is_free_text_name(fields[i]) or text.count(" ") >= 7
        if structured and (firms_site_field(fields[i]) or firms_place_value(fields[i], text)
                           or firms_site_cell(fields[i], text)):
            continue  # a territory's or a site's column ('US Central (Austin office)'), a pickup's warehouse, a
            # branch ('Sucursal San José'): no one's values
        if not structured and text.startswith("MSH|"):
            continue  # an HL7 message's header: its systems, times and codes ('...|AL|NE|IDN'), no one's
        if structured and a_bare_location(fields[i]) and a_venues_cell(text):
            continue  # a bare 'Location' cell that names a venue ('Centre Les Filaos - Saint-Denis, 8 boulevard ...'):
            # the firm's site, no one's (engine.Detector._finish)
        if structured and names_a_switchboard(fields[i]):
            continue  # a firm's own line's column (a messaging API's 'message.owner'): its number is the
            # firm's, even where a message's 'from' gave it as found
        # a column of user agents or codes: its versions look like addresses and numbers
        # ('Chrome/123.0.0.0'); a serial found elsewhere is still carried into a BIOS's column
        noisy = structured and field_roles(fields[i])[0]
        # a firm's column, or a short cell that names a firm ('de Groot Coatings B.V.'; an '&' joins
        # a couple as often as partners: 'Mihi & Amelia Hughes')
        firm = structured and (firm_field(fields[i]) or not prose and has_thing_word(text))
        # a label's column (a product's name, a way of delivery: 'Forma de Entrega'): a town or
        # a name in it names the thing ('Vaso Olinda', 'Retirar na loja - Pinheiros')
        label = structured and is_label_field(fields[i])
        # a time clock named for its spot, a group chat named for its town: no one's places in them
        spot = structured and (a_devices_spot(fields[i], text) or a_group_chats_name(fields[i]))
        header_host = None if structured else _SYSLOG_HOST.match(text)
        # a page title's site ('Korosho | Mercado Machamba'): the model read the home page's
        # title, the site's name alone, as a person's; it is no one's in the other titles either
        site = page_title_site(fields[i], text) if structured else None
        # (and a page title's places are its subject, 'Vol Antananarivo - Maurice'; a person in one is named in full)
        title = structured and is_page_title(fields[i])
        for value in sorted(set(values), key=lambda v: (-len(v), v)):
            if label and known[value][0] in ("PERSON", "LOCATION") or noisy and known[value][0] in _VERSION_LIKE \
                    or spot and known[value][0] == "LOCATION":
                continue
            if title and (known[value][0] == "LOCATION" or known[value][0] == "PERSON" and " " not in value.strip()):
                continue
            if firm and known[value][0] == "PERSON" and (" " not in value.strip() or value == text.strip()
                                                        or value.strip()[:1].islower()):
                continue  # a firm named for someone ('Papeterie Lambert', 'van den Berg & Sons'), a firm NER misread
            if firm and known[value][0] == "LOCATION" and (value == text.strip() or firm_field(fields[i])
                                                          or not prose and not has_thing_word(value)):
                continue  # a firm's whole name in its column, read elsewhere as a place ('Kasaï Agro SARL'); a
                # town in a firm's column, or in a short cell that names a firm, is its branch's ('Boréal Heat Pumps
                # – St. John's', a parcel's 'Centre de tri Tizi Ouzou'), as the column's own places are
                # (structure.analyze_structure)
            if structured and value == text.strip() and (" " not in value.strip() and (
                    value.strip().isalpha() or known[value][0] == "HOSTNAME")
                    or known[value][0] == "LOCATION" and value.count(" ") <= 2):
                continue  # (a town alone in a column that names no place: a parcel's hub's, 'Tizi Ouzou')
            town = known[value][0] == "LOCATION" and " " not in value.strip()
            if not prose and town:
                # a town is many people's: a customer's 'Berlin' is not hidden in every event's,
                # office's and directory path's name ('Berlin DevSummit', 'OU=Berlin'); in a
                # line of text or a post, where a person says where they are, it is
                continue
            dated = known[value][0] in ("PERSON", "LOCATION") and value.lower() in _MONTHS_AND_DAYS
            verb = known[value][0] == "PERSON" and value.lower() in _VERB_NAMES
            thanks = known[value][0] == "PERSON" and _THANKS_AFTER.get(value.lower())
            pos = text.find(value)
            while pos >= 0:
                end = pos + len(value)
                if dated and _in_a_date(text, pos, end):
                    pos = text.find(value, pos + 1)
                    continue  # a first name that is a month's ('Jun 12, 2024', '12 May 2024')
                if thanks and thanks.match(text, end):
                    pos = text.find(value, pos + 1)
                    continue  # a family name that is a word of thanks too, and thanks here ('Asante sana!')
                if verb and _OBJECT_AFTER.match(text, end):
                    pos = text.find(value, pos + 1)
                    continue  # a first name that is a verb's, with its object ('Mark 1FA authentication
                    # attempt', 'Mark as read', 'Bill the customer')
                if town and _GROUP_AFTER.match(text, end):
                    pos = text.find(value, pos + 1)
                    continue  # a group named for a town ('of group Dublin Staff'), no one's place
                if town and text[pos - 1:pos] == "/" and _in_a_time_zone(text, pos, end):
                    pos = text.find(value, pos + 1)
                    continue  # a setting's time zone ('"timezone":"Asia\\/Tbilisi"'), no one's place
                if known[value][0] in ("PERSON", "LOCATION") and text[end:end + 1] == " " \
                        and goes_on_to_a_firms_kind(text, end):
                    pos = text.find(value, pos + 1)
                    continue  # a firm or a body named for a town or a person ('Hawassa Lake Resort',
                    # 'Welkite University'), none of its places or people
                if known[value][0] == "LOCATION" and (_A_FIRMS_SITE_AFTER.match(text, end)
                                                      and _SITE_DETERMINER.search(text, max(0, pos - 8), pos)
                                                      or a_sites_quarter(text, pos, end)):
                    pos = text.find(value, pos + 1)
                    continue  # a firm's site named for its town ('sold at our Bulawayo branch'), or its quarter in
                    # brackets after it ('our Koror agent (Malakal)'), as NER's is not taken (engine._names_a_firms_site)
                if known[value][0] == "LOCATION" and SUBJECT_BEFORE.search(text, max(0, pos - 200), pos):
                    pos = text.find(value, pos + 1)
                    continue  # a post's topic in its subject line or its page's title (engine's rule too)
                if known[value][0] in ("LOCATION", "PERSON") and (
                        a_police_station(text, pos, end) or known[value][0] == "LOCATION" and a_registrys_town(text, pos)
                        or known[value][0] == "PERSON" and " " not in value and starts_a_salutation(text, pos, end)):
                    pos = text.find(value, pos + 1)
                    continue  # a police station's name after a diary entry's number ('GD no. 211, Kotwali thana'); a
                    # registry's town ('RCS Saint-Denis 941 ...'); a greeting's first word that is a name too ('শুভ
                    # সকাল,': good morning)
                if known[value][0] == "LOCATION" and " " not in value and _inside_a_longer_name(text, pos, end):
                    pos = text.find(value, pos + 1)
                    continue  # a town's or a quarter's name inside a longer one, capitalized words either side: a
                    # person's or an airport's named for someone ('Abeid Amani Karume airport', 'Amani' a quarter)
                if known[value][0] == "PERSON" and " " not in value \
                        and _GERMAN_ARTICLE_BEFORE.search(text, max(0, pos - 8), pos):
                    pos = text.find(value, pos + 1)
                    continue  # a German noun after its article that is a family name too ('Gibt's einen Keller?')
                if known[value][0] == "LOCATION" and _FACILITY_BEFORE.search(text, max(0, pos - 14), pos):
                    pos = text.find(value, pos + 1)
                    continue  # a clinic's or a school's site after its name ('TB Clinic Korangi'), no one's place
                if known[value][0] == "LOCATION" and (on_a_firms_line(text, pos) or in_a_carriers_name(text, pos, end)):
                    pos = text.find(value, pos + 1)
                    continue  # a firm's address ('Acme Kft. | 1139 Budapest, ...'), no one's place
                if site is not None and site[0] <= pos and end <= site[1] and known[value][0] in ("PERSON", "LOCATION"):
                    pos = text.find(value, pos + 1)
                    continue
                if header_host is not None and pos == header_host.start("host") and known[value][0] == "HOSTNAME":
                    pos = text.find(value, pos + 1)
                    continue  # the syslog header's host: the device that logged the line, on every line
                if (text[pos - 1:pos] == "<" or text[max(0, pos - 2):pos] == "</") and _ELEMENT_NAME_END.match(text, end):
                    pos = text.find(value, pos + 1)
                    continue  # an XML element's name ('<submitted_by format="username">', '</submitted_by>'), which
                    # a form's definition gave as a value too ('<name>submitted_by</name>', Tuleap's export)
                mention = _mentioned(text, pos, value)
                misread = _misread_by_ner(spans, pos, end, value, known[value])
                if misread and _whole_token(text, pos, end):
                    # NER's reading of a value it saw out of context, where the value is known
                    # from its structure: a signature's name alone on its line read as a place
                    # ('Nelly Vásquez', the mail's From: name), or part of it ('Ramón Tzul' of
                    # 'Ramón Tzul Cholotío'). The known value, found with more certainty, wins.
                    spans = [f for f in spans if f not in misread]
                if mention:  # '@Nora Valdez': the name, not the '@Nora' a handle pattern took
                    rest = [f for f in spans if not (pos - 1 <= f.start and f.end <= end)]
                    if not any(f.start < end and pos < f.end for f in rest):
                        spans = rest
                if (mention or _whole_token(text, pos, end)) and not any(
                        f.start < end and pos < f.end for f in spans) and not (
                        known[value][0] == "LOCATION" and _DN_KEY_BEFORE.search(text, max(0, pos - 4), pos)):
                    entity, score = known[value]
                    if entity == "USERNAME" and value.isalpha() and value[:1].isupper() and value[1:].islower() \
                            and _name_beside(text, spans, pos, end) is not None:
                        entity = "PERSON"  # a handle that is a given name, beside the rest of a name
                        # ('Moses' a chat's login, 'Moses Gbelee' a caller): the name's word here
                    beside = _name_beside(text, spans, pos, end) if entity == "PERSON" else None
                    if beside is not None:
                        # the rest of the name beside it ('Yolanda' carried before NER's 'Sutta
                        # Huamaní'): one person, one finding
                        spans.remove(beside)
                        extra = [f for f in extra if f is not beside]
                        new = make(entity, min(pos, beside.start), max(end, beside.end), max(score, beside.score))
                    else:
                        new = make(entity, pos, end, score)
                    extra.append(new)
                    spans.append(new)
                pos = text.find(value, pos + 1)
        if extra:
            out[i] = sorted(spans, key=lambda f: (f.start, f.end))
    return out


def _misread_by_ner(spans: list, start: int, end: int, value: str, known: tuple[str, float]) -> list:
    """The NER findings at a known value's occurrence ``start:end`` that the value
    replaces: all findings over it are NER's, inside it, of a lesser score, and of
    another type or a shorter span. Only a value of several words: one word NER read
    as a place where a pattern read it as a name elsewhere ('Paris', 'Georgia') is as
    often the place."""
    entity, score = known
    over = [f for f in spans if f.start < end and start < f.end]
    if entity == "PERSON" and "_" in value and " " not in value and over and all(
            start <= f.start and f.end <= end and f.entity_type in ("PERSON", "LOCATION") for f in over):
        return over  # a name joined by '_' as a file or a folder writes it ('000603_Nelson_Lima/'): a word of it
        # is no place nor a name alone, whatever read it so (a town's list has 'Lima')
    if " " not in value.strip():
        return []
    if not over or any(f.recognizer != _NER or f.start < start or f.end > end or f.score >= score
                       for f in over):
        return []
    if len(over) == 1 and over[0].entity_type == entity and (over[0].start, over[0].end) == (start, end):
        return []  # NER read it as it is known
    return over


def _name_beside(text: str, spans: list, start: int, end: int):
    """A PERSON finding one blank before or after ``text[start:end]``, if any."""
    for f in spans:
        if f.entity_type == "PERSON" and (f.start == end + 1 and text[end] == " "
                                          or f.end == start - 1 and text[f.end] == " "):
            return f
    return None


# A group's or a team's word after a town's name: 'Dublin Staff', 'Berlin Users'
_GROUP_AFTER = re.compile(r"[ _\-](?:Staff|Users|Team|Group|Employees|Admins|Contractors|Office|Interns|VPN|WiFi)\b")
# A syslog header (RFC 5424's '<14>1 2024-03-05T07:07:08.357Z HOST', BSD's 'Mar  5 07:07:08
# HOST'): its host is the device that logged the line, not a value of the record's
_SYSLOG_HOST = re.compile(r"(?:<\d{1,3}>\d?\s?)?(?:\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?"
                          r"|[A-Z][a-z]{2}\s+\d{1,2}\s\d{2}:\d{2}:\d{2})\s+(?P<host>[\w.\-]+)\s")
# Names that are months' and weekdays' too ('Jun', 'May', 'April', 'Sun')
# A post's or a mail's subject line, or a page's title, up to a place in it: the post's topic, no one's
# whereabouts ('موضوع: رد: Pirsgirêka Wi-Fi li Duhokê', a forum's post header; '<title>... repair shop in Amman?')
SUBJECT_BEFORE = re.compile(r"(?:(?<![\w])(?:موضوع|Subject|Sujet|Betreff|Asunto|Assunto|Oggetto|Konu|Θέμα|Тема|Temat"
                            r"|Onderwerp|Topic|بابەت|Mijar)[ \t]*:|<title>"
                            # (and a forum's topic's title in its markup: uCoz's '<span class="forum-title">', its
                            # bar's link '<a class="forumBarA" ...>')
                            r"|<(?:span|a|h[1-6]|div|td)\b[^<>]{0,200}?\bclass=[\"'](?:[^\"'<>]*\s)?"
                            r"(?i:forum|thread|topic)[-_]?(?:title|(?-i:BarA)|name)[\"'\s][^<>]{0,200}>)[^\n<>]{0,200}\Z")
_MONTHS_AND_DAYS = frozenset({
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "april",
    "june", "july", "august", "january", "february", "march", "september", "october", "november",
    "december", "mon", "tue", "wed", "thu", "fri", "sat", "sun"})


def _inside_a_longer_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands between two capitalized words, a blank either side ('Abeid Amani Karume')."""
    if text[start - 1:start] != " " or text[end:end + 1] != " ":
        return False
    before = text[max(0, start - 32):start - 1].rsplit(" ", 1)[-1]
    after = text[end + 1:end + 33].split(" ", 1)[0]
    return all(len(w) > 1 and w[0].isupper() and w[1:].isalpha() and w[1:].islower() for w in (before, after))


# German's articles, possessives and contractions before a noun (a family name elsewhere: 'einen Keller', 'im Sommer')
_GERMAN_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?:einen|einem|einer|eines|den|dem|des|im|vom|zum|zur|beim|ins"
                                    r"|meinen|meinem|unseren|unserem|ihren|ihrem|keinen|keinem)[ ]\Z")
# First names that are verbs too ('Mark', 'Bill', 'Grant'), and what follows a verb, not a
# name: an article, 'as', a number or a code ('Mark 1FA authentication attempt', 'Mark as
# spam', 'Grant SELECT on ...')
_VERB_NAMES = frozenset({"mark", "bill", "grant", "chase", "will", "rob", "sue", "pat", "frank", "jack", "drew",
                         "max", "cliff", "lance", "ray", "page", "pierce", "reed", "wade", "skip", "guy"})
_OBJECT_AFTER = re.compile(r"[ ](?:as|the|a|an|all|this|these|each|every|it|them)\b|[ ]\w*\d|[ ][A-Z]{2,}\b")
_DATE_AFTER = re.compile(r"\.?,?[ ]{0,2}\d{1,4}\b")  # (an mbox's 'From ... Tue Jan  2 07:53:00 2024')
_DATE_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?[ .\-/]?$")


def _in_a_date(text: str, start: int, end: int) -> bool:
    """Whether the month or weekday at ``text[start:end]`` is part of a date: a number
    after it ('Jun 12, 2024') or before it ('12 May')."""
    return _DATE_AFTER.match(text, end) is not None or _DATE_BEFORE.search(text, max(0, start - 8), start) is not None


# An X.509 name's part before a value: 'L=Hamburg, ST=Hamburg' is its issuer's or its
# company's town, no one's (see structure.distinguished_name)
_ELEMENT_NAME_END = re.compile(r"[\s/>]")  # what follows an element's name in its tag
_DN_KEY_BEFORE = re.compile(r"(?:^|[\s,/])(?:L|ST|O|OU|C|DC)=$")


def _mentioned(text: str, start: int, value: str) -> bool:
    """A chat's mention of a known name of several words: '@Nora Valdez can you...'."""
    return (start > 0 and text[start - 1] == "@" and " " in value
            and _whole_token(text, start - 1, start + len(value)))


# Above this many characters of known values, an Aho-Corasick automaton (built anew for
# every batch: polars keeps none) costs more than looking up each record's tokens: 100k
# e-mail addresses took 1.3 s and 220 MB a batch, a million 14 s and 1.9 GB.
_AUTOMATON_MAX_CHARS = 200_000


def _present(texts: Sequence[str], known: Mapping[str, tuple]):
    """(i, values) for each record that holds known values (at least those that occur
    as whole tokens, see _whole_token; maybe others)."""
    chars = 0
    for value in known:
        chars += len(value)
        if chars > _AUTOMATON_MAX_CHARS:
            return _present_as_tokens(texts, known, max(map(len, known)))
    import polars as pl

    # Aho-Corasick over the whole batch (most records hold none: only the others become
    # Python lists)
    present = pl.Series(texts, dtype=pl.String).str.extract_many(list(known), overlapping=True)
    holding = present.list.len().gt(0).arg_true()
    return zip(holding.to_list(), present.gather(holding).to_list())


_STARTS = re.compile(r"[^\w@.+\-]")  # a whole token starts after one of these (or at 0)
_ENDS = re.compile(r"[^\w@\-.]|\.(?!\w)")  # and ends before one of these (or at the end)


def _present_as_tokens(texts: Sequence[str], known: Mapping[str, tuple], longest: int):
    """As _present, with dictionary lookups: every stretch of a record that could be a
    whole token (where _whole_token lets one start and end, at most ``longest``
    characters) is looked up, from each start where some value begins (its first
    MIN_LENGTH characters: most starts of a long text are none, and are passed over)."""
    heads = _heads(known)
    for i, text in enumerate(texts):
        if len(text) < MIN_LENGTH:
            continue
        ends = None
        values = []
        starts = [0, *(m.end() for m in _STARTS.finditer(text))]
        inner = _document_name_breaks(text) if "." in text else []
        if inner:  # a document's file name: its '_', '-' and '.' part words (see _whole_token)
            starts = sorted({*starts, *(b + 1 for b in inner)})
        for start in starts:
            if text[start:start + MIN_LENGTH] not in heads:
                continue
            if ends is None:
                ends = sorted({*(m.start() for m in _ENDS.finditer(text)), *inner, len(text)})
            for end in ends[bisect_right(ends, start):]:
                if end - start > longest:
                    break
                if text[start:end] in known:
                    values.append(text[start:end])
        if values:
            yield i, values


_HEADS: list = [None, None, 0]  # the known values last asked about, their length, their heads


def _heads(known: Mapping[str, tuple]) -> frozenset[str]:
    """The first MIN_LENGTH characters of every known value; kept for the run's values,
    which every batch of a pass asks about (a batch's own additions make a new dict, and
    new heads)."""
    if _HEADS[0] is not known or _HEADS[2] != len(known):
        _HEADS[:] = [known, frozenset(v[:MIN_LENGTH] for v in known), len(known)]
    return _HEADS[1]


# A time zone's name, whole: 'Europe/London', 'America/Argentina/Buenos_Aires' (a setting,
# not where someone is: engine.Detector._finish reports no place inside one)
TIME_ZONE = re.compile(r"(?<![\w/])(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian"
                       r"|Pacific|Etc)\\*/[A-Za-z_\-]+(?:\\*/[A-Za-z_\-]+)?(?![\w/])")  # (its slash escaped too, as JSON
# may write it, and again inside an SQL dump's string: Joomla's user params' 'Asia\\/Tbilisi')


def _in_a_time_zone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a time zone's city ('Asia/Tbilisi', its slash escaped too)."""
    return any(m.start() < start and end <= m.end() for m in TIME_ZONE.finditer(text, max(0, start - 40), end + 40))


# A time zone's name up to its city: 'Asia/Tokyo', 'America/Argentina/Buenos_Aires'
_TZ_AREA = re.compile(r"(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)"
                      r"/(?:[A-Za-z_]+/)?\Z")


def _whole_token(text: str, start: int, end: int) -> bool:
    """Not part of a longer word, handle, address or number: 'Liam' is not found inside
    'William', nor 'Costa' inside 'Costa-Rica' or 'costa.example'; nor a city inside a
    time zone's name ('Asia/Tokyo': a setting, not where someone is). In a document's
    file name '_', '-' and the extension's dot part words ('CV_Jeroen_Janssen.pdf',
    'Ethan_Mitchell-resume.docx', 'CV - Joanna Wozniak.pdf')."""
    if start > 0:
        before = text[start - 1]
        if before.isalnum() or before in "@.+" or before in "_-" and not _in_document_name(text, start - 1) \
                and not (before == "_" and _ID_PREFIX.search(text, max(0, start - 16), start)):
            return False
        if before == "/" and _TZ_AREA.search(text, max(0, start - 40), start):
            return False
    if end < len(text):
        after = text[end]
        if after.isalnum() or after == "@" or after in "_-" and not _in_document_name(text, end):
            return False
        if after == "." and end + 1 < len(text) and (text[end + 1].isalnum() or text[end + 1] == "_") \
                and not (text[end + 1].isalpha() and _in_document_name(text, end)):
            return False
    return True


# A path's folder or file named for its person after a record's number ('kyc/clientes/2024/000603_Nelson_Lima/
# selfie.jpg', as a KYC store files each client's documents): the number and its '_' are no part of a word
_ID_PREFIX = re.compile(r"(?:^|[/\\])\d{2,12}_$")
# A document's file name: a CV's or an invoice's often holds its person's name, its words
# joined by '_' or '-' ('Ethan_Mitchell-resume.docx')
DOCUMENT_NAME = re.compile(r"(?i)[^\s/\\\"'<>|,;]+\.(?:pdf|docx?|odt|rtf|pages|xlsx?|ods|xml)(?![\w.])")


def _document_name_breaks(text: str) -> list[int]:
    """Where the '_', '-' and '.' of documents' file names in ``text`` are."""
    return [m.start() + i for m in DOCUMENT_NAME.finditer(text) for i, c in enumerate(m.group()) if c in "_-."]


def _in_document_name(text: str, at: int) -> bool:
    """Whether ``text[at]`` is inside a document's file name."""
    if "." not in text:
        return False
    lo = max(0, at - 200)
    return any(m.start() <= at < m.end() for m in DOCUMENT_NAME.finditer(text, lo, min(len(text), at + 200)))


_ASCII_RUN = re.compile(r"[A-Za-z0-9]+")


class KnownScreen:
    """Which texts may hold a carried value as a whole token, decided in polars for a
    whole frame of texts (see :meth:`holding`), so that cells nothing else is found in
    never become Python values only to be looked for known values one by one.

    Each value's longest run of ASCII letters and digits is a whole run of them in any
    text holding the value as a whole token (see :func:`_whole_token`: no letter or digit
    before or after it), so a text holding none of those runs holds no value. ASCII only:
    Rust's and Python's ``\\w`` disagree on some letters and marks, ``[A-Za-z0-9]`` means the
    same to both. Values with no such run ('Νίκος') are looked for as substrings."""

    def __init__(self, runs, others: list[str]) -> None:
        self._runs = runs  # pl.DataFrame with column "run"
        self._others = others

    @classmethod
    def build(cls, known: Mapping[str, tuple]) -> KnownScreen | None:
        """None when the values are too many to screen by (the run's limit was reached:
        then values found in a batch may be missing from ``known``) or when too many
        of them have no ASCII run to look for by automaton."""
        import polars as pl

        if len(known) >= MAX_KNOWN:
            return None
        runs, others, chars = set(), [], 0
        for value in known:
            found = _ASCII_RUN.findall(value)
            if found:
                runs.add(max(found, key=len))
            else:
                others.append(value)
                chars += len(value)
        if chars > _AUTOMATON_MAX_CHARS:
            return None
        return cls(pl.DataFrame({"run": sorted(runs)}, schema={"run": pl.String}), others)

    def holding(self, texts):
        """A boolean Series: which of ``texts`` (a polars String Series) may hold a value."""
        import polars as pl

        frame = pl.DataFrame({"text": texts}).with_row_index("i")
        tokens = frame.select("i", run=pl.col("text").str.extract_all(_ASCII_RUN.pattern)).explode("run")
        hit = tokens.join(self._runs, on="run", how="semi").get_column("i").unique()
        out = frame.select(pl.col("i").is_in(hit.implode())).to_series()
        if self._others:
            out = out | texts.str.contains_any(self._others)
        return out.alias("holding")


# Public DNS resolvers' anycast addresses (Cloudflare, Google, Quad9, OpenDNS): a service every
# network points at ('DNS = 1.1.1.1', 'nameserver 8.8.8.8'), no one's host where the text says
# so (engine._DNS_BEFORE; test data writes '1.1.1.1' for anyone: fail2ban's 'unknown[1.1.1.1]')
PUBLIC_RESOLVERS = frozenset({
    "1.1.1.1", "1.0.0.1", "8.8.8.8", "8.8.4.4", "9.9.9.9", "149.112.112.112", "208.67.222.222", "208.67.220.220",
    "2606:4700:4700::1111", "2606:4700:4700::1001", "2001:4860:4860::8888", "2001:4860:4860::8844",
    "2620:fe::fe", "2620:fe::9"})
