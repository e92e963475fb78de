"""PERSON: a name after the role a record gives its person: a pupil's, a student's, a
patient's (``Frais de scolarité T1 - élève Adjoua Brou``, ``Consultation - patiente Awa Diallo``),
and an order's buyer (``Commande de Mariam Kouassi - livraison J+1``, ``Order from Jane Doe``,
``Pedido de Juan Pérez``).

A payment service's transaction list names the person so in its designation, beside the
product's words (a school's fee, a clinic's bill, a shop's order): the small English model
reads French and West African names there as nothing, and a designation's column is a
label's, where NER does not run. The role is context, not part of the name.

* ``role_name`` (0.7): a role's word in lower case, a blank, then a given name and a family
  name (two or three capitalized words; a family name in capitals too: ``élève Adjoua BROU``).
* ``order_of`` (0.6): an order's word (and its number) and 'of', 'from' or 'for' in English, French,
  Spanish, Portuguese, Italian or German, then two or three capitalized words.
* ``customer_named`` (0.7): a customer's or a subscriber's word (capitalized too), then two or three
  capitalized words, then a dash, a slash or a comma (``Cliente Ignacio Soto - Av. Grecia 1367``, an
  ISP's port description); ``customer_did`` (0.7): a customer's or a caller's first name, or full
  name, then what they did (``customer Ishita called from ...``, a desk's note; Guinea-Bissau Kriol's
  ``Cliente Ussumane Sanca pidi ...``).
* ``customer_quoted`` (0.8): a customer's word, then their name in quotes, as an app's error says it
  (``O cliente "Fatumata Ntchama" tem 1 faturas vencidas``); ``deliver_to`` (0.7): whom an order
  goes to, then their address (``Entregar a Domingos Fati, Avenida ...``).
* ``done_by`` (0.9): a Spanish or French record's 'sent, booked, paid... by' (``enviado por``,
  ``annulée par``), then two or three capitalized words: a person who did it, which the model
  reads as a place there now and then.

Left out: one word after the role (``élève Adjoua``, ``Commande de Noël``: a first name alone,
a season's order), a role's word capitalized (``Student Portal Login``: a heading's), four
capitalized words and more (``Order from Next Day Delivery Express``: a firm's or a service's).
A firm's words after ``Order from`` (``Amazon Marketplace``) are dropped by the engine's
check for things' words (known.has_thing_word).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# A name's word: 'Mbarga', a hyphen's parts capitalized ('Jean-Pierre'), a capital after an apostrophe ('N'Guessan')
_WORD = r"\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*"
_CAPS = r"\p{Lu}[\p{Lu}\p{M}'’\-]+"
# A given name, then one or two more: names' words, or a family name in capitals
_NAME = _WORD + r"(?:[ ](?:" + _WORD + r"|" + _CAPS + r")){1,2}(?![\p{L}\p{M}\-]|[ ]\p{Lu})"


class PersonRoleRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "role_name",
            r"""(?x)
            (?<=(?<![\p{L}\p{M}])(?:élève|eleve|étudiante?|etudiante?|student|pupil|learner|alumn[oa]|alun[oa]
                |patiente?|paciente|schüler(?:in)?
                |[Aa]ppelante?|[Pp]laignante?
                |passenger|passag[eè]re?|pasajer[oa]|passageir[oa]|пассажир(?:ка)?)[ ])  # a role's word in lower
                                                # case: 'élève Adjoua Brou', a booking's 'passenger Aiyyna Vinokurova
                                                # rejected by GDS'; a hotline's
                                                # caller and complainant, first in a note: 'Appelant Aristide Gbanga
            (?!(?:Name|Names|Record|Records|List|Manifest|Service|Charge|Facility|Fee|Fees)\b)  # (an airline's
            # terms: 'passenger Name Record', 'passenger Service Charge')
            """ + _NAME,
            0.7,
        ),
        Pattern(
            "order_of",
            r"""(?x)
            (?<=(?<![\p{L}\p{M}])(?:[Cc]ommande|[Pp]edido|[Ee]ncomenda|[Oo]rder|[Oo]rdine|Bestellung)
                (?:[ ](?:n[°º]|N[°º]|No\.|Nr\.|nro\.|\#)?[ ]?\#?[A-Z]{0,4}[\-]?\d[\d\-]{0,15})?  # (its number: 'Pedido
                                                # 458812 de', 'Order #1042 from', 'Commande n° 4521 de')
                [ ](?:de|from|for|of|par|di|da|do|von)[ ])  # an order's word, then whose: 'Commande de Mariam Kouassi'
            """ + _NAME,
            0.6,
        ),
        Pattern(
            "customer_named",
            r"""(?x)
            (?<=(?<![\p{L}\p{M}])(?:[Cc]liente|[Cc]lienta|[Cc]lient|[Cc]ustomer|[Aa]bonad[oa]|[Aa]bonnée?|[Ss]ubscriber
                |agent|chez)  # (a call centre's agent in its log: 'durée 473s agent Grâce Zoumaldé — note: ...'; a
                              # visit or a delivery at someone's: 'Visite PR-6994 chez Achtaha Haroun (Rue 5224, ...)')
                [ ])  # a customer's word, then the name, then a dash, a slash or a comma: a device's or a line's
                      # description as an ISP writes it ('description Cliente Ignacio Soto - Av. Grecia 1367 - ...')
            """ + _NAME + r"""(?=[ ]?[\-–—/,(]|[ ]?$)""",
            0.7,
        ),
        Pattern(
            "customer_number_named",
            r"""(?x)
            (?<=(?<![\p{L}\p{M}])(?:[Cc]liente?|[Cc]ustomer|[Aa]bonn[ée]e?|[Mm]embre|[Mm]ember)[ ]?(?:\#|n[°º][ ]?|No\.[ ]?)
                \d{2,12}[ ]\()  # a customer's number, then their name in brackets: 'client #11199 (Mbaïrem Allamine)'
            """ + _WORD + r"""(?:[ ](?:""" + _WORD + r"""|""" + _CAPS + r""")){1,2}(?=\))""",
            0.8,
        ),
        Pattern(
            "customer_did",
            r"""(?x)
            (?<=(?<![\p{L}\p{M}])(?:[Cc]ustomer|[Cc]lient|[Cc]aller|[Cc]liente|[Gg]rahak)[ ])  # a customer's first name
            (?!(?:Service|Services|Support|Care|Desk|Team|Success|Relations|Experience|Portal|Account|Data)\b)
            """ + _WORD + r"""(?:[ ]""" + _WORD + r""")?  # or full name, then what they did, as a desk's note
            (?=[ ](?:called|rang|phoned|wrote|emailed|messaged|asked|said|says|reported|complained|requested|wants
                 |visited|came|ligou|llamó|ne[ ]call[ ]kiya|pediu|disse|reclamou|quer|pidi|kuma|misti)(?![\p{L}\p{M}]))
            """,                               # writes it (not a desk's): 'customer Ishita called from 9356248216',
                                               # 'Customer Tanmay says ...', Guinea-Bissau Kriol's 'Cliente Ussumane
                                               # Sanca pidi pa mandadu fatura' (asks)
            0.7,
        ),
        Pattern(
            "customer_quoted",
            r"""(?x)
            (?<=(?<![\p{L}\p{M}])(?:[Cc]liente|[Cc]lient|[Cc]ustomer|[Uu]tente|[Pp]aciente|[Pp]atient|[Ss][óo]ci[oa]
                |[Mm]embro|[Mm]ember)[ ]["“«])  # a customer's word, then their name in quotes, as an app's error
                                                # message writes it ('O cliente "Fatumata Ntchama" tem 1 faturas
            """ + _NAME + r"""(?=["”»])""",  # vencidas', 'Customer "Jane Doe" has no address')
            0.8,
        ),
        Pattern(
            "deliver_to",
            r"""(?x)
            (?<=(?<![\p{L}\p{M}])(?:[Ee]ntregar|[Ee]ntrega|[Ee]nviar|[Dd]eliver|[Ll]ivrer|[Ll]ivraison)[ ](?:a|à|ao|to|para)[ ])
            """ + _NAME + r"""(?=,[ ]|[ ][\-–—][ ])""",  # whom an order goes to, then their address ('Entregar a
            0.7,                                     # Domingos Fati, Avenida Pansau Na Isna 124, Fulacunda')
        ),
        Pattern(
            "to_quoted_before_postcode",
            r"""(?x)
            (?<=\b(?:to|для|кому|Кому|получателю)[ ]["«])  # a parcel's recipient in quotes, then their postcode first
            (?:\p{Lu}[\p{Ll}\p{M}'’\-]+(?:[ ]\p{Lu}[\p{Ll}\p{M}'’\-]+){1,2}  # in their address ('via Почта России
            |[\p{Han}\p{Hangul}]{2,4})                   # to "王伟", 692519, Приморский край, ...')
            (?=["»],[ ]\d{5,6},[ ])""",
            0.8,
        ),
        Pattern(
            "done_by",
            r"""(?x)
            (?<=(?<![\p{L}\p{M}])(?:enviad[oa]|cread[oa]|atendid[oa]|registrad[oa]|realizad[oa]|solicitad[oa]
                |firmad[oa]|recibid[oa]|aprobad[oa]|entregad[oa]|retirad[oa]|pagad[oa]|reservad[oa]|cancelad[oa]
                |agendad[oa]|envoyée?|créée?|signée?|reçue?|réservée?|annulée?)(?:[ ](?:a|al|à)[ ][^\s]{1,40})?
                [ ](?:por|par)[ ])  # a Spanish or a
                                                # French record's 'done by' ('sms enviado a ... por Lucía Rodríguez',
                                                # 'Réservation annulée par Amina Benali')
            """ + _NAME,
            0.9,  # (above the model's place there: it reads 'por Lucía Rodríguez' as one)
        ),
        Pattern(
            "ask_for",
            r"""(?x)
            (?<=(?<![\p{L}\p{M}])(?:[Aa]sk|[Aa]sking)[ ]for[ ])  # whom a courier asks for at the door ('Al Fahad
                                                                   # Tower, Dammam – reception, ask for Nawaf')
            (?!(?:Help|Support|Reception|Directions|Security|Details|Assistance|Delivery|Refund|Manager|Receipt
                |Invoice|Information|Info|Guard|Concierge|Admin|Front|Staff|Service|Approval|Permission|Access
                |More|Feedback|Advice|Quote|Price|Prices|Payment|Money|Cash|Change|Confirmation|ID|It|Them|Him
                |Her|Me|Us)(?![\p{L}\p{M}]))
            \p{Lu}\p{Ll}[\p{Ll}\p{M}'’\-]+(?:[ ]\p{Lu}\p{Ll}[\p{Ll}\p{M}'’\-]+)?
            (?=[ ]?[,.;!)]|[ \t]*$)""",
            0.7,
        ),
        Pattern(
            "on_behalf_of",
            r"""(?x)
            (?<=(?<![\p{L}\p{M}])(?:[Dd]e[ ]parte[ ]de|[Ee]n[ ]nombre[ ]de|[Aa][ ]nombre[ ]de|[Oo]n[ ]behalf[ ]of)[ ])
            """ + _NAME,  # whom a message speaks for ('escribo de parte de Karim Palacios, ella les compró ...')
            0.7,
        ),
        Pattern(
            "spanish_staff_named",
            r"""(?x)
            (?<=(?<![\p{L}\p{M}])(?:el[ ]técnico|la[ ]técnica|el[ ]tecnico|la[ ]tecnica|el[ ]asesor|la[ ]asesora
                |el[ ]agente|la[ ]agente|el[ ]mensajero|la[ ]mensajera|el[ ]domiciliario|la[ ]domiciliaria)[ ])
            """ + _WORD + r"""(?:[ ]""" + _WORD + r""")?  # a chat's staff by their first name ('el técnico Soraya va
            (?=[ ](?:va|viene|llega|llegará|llegaria|está|esta|le|lo|la|se|ya|pasará|pasa|irá|lo[ ]atenderá)\b|[,.])""",
            # en camino', 'la asesora Leidy le escribe'): a verb or the sentence's end after the name
            0.7,
        ),
        Pattern(
            "english_staff_named",
            r"""(?x)
            (?<=(?<![\p{L}\p{M}])(?:[Tt]he|[Oo]ur|[Yy]our|[Mm]y)[ ](?:driver|rider|dispatch[ ]rider|courier|technician
                |agent|installer|engineer|delivery[ ](?:man|guy|agent))[ ])
            (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Tomorrow|Again|Also|Still
                |Never|Finally|Then|Here|There|Just|Only|Already|Eventually|Last|Next|This|That)(?![\p{L}\p{M}]))
            """ + _WORD + r"""(?:[ ]""" + _WORD + r""")?(?=[ ](?:was|is|has|had|will|would|came|come|called|said|told|arrived|delivered|did|didn['’]t
                |never|left|took|gave|fixed|brought|promised)\b|[,.](?:\s|$))""",  # a customer's word on the staff who
            # came by their name ('The driver Sainabou was very polite.', 'The agent Abena said he will come'): above
            0.9,  # the model's place there
        ),
        Pattern(
            "german_role",
            r"""(?x)
            (?<=(?<![\p{L}\p{M}\-])(?:Mitarbeiter(?:in)?|Fahrer(?:in)?|Kunde|Kundin|Patient(?:in)?|Techniker(?:in)?
                |Bewerber(?:in)?|Mieter(?:in)?|Teilnehmer(?:in)?|Empfänger(?:in)?|Absender(?:in)?|Besteller(?:in)?
                |Kollege|Kollegin|Sachbearbeiter(?:in)?|Zusteller(?:in)?|Monteur(?:in)?|Bearbeiter(?:in)?
                |Antragsteller(?:in)?|Schüler(?:in)?|Mandant(?:in)?|Versicherte[rn]?|Auszubildende[rn]?|Azubi
                |Employee|Driver|Technician|Courier|Applicant|Tenant|Participant)
                [ ])  # a German record's role (its nouns are capitalized: 'Mitarbeiter Emre Öztürk (Personalnummer
                      # 004512)', 'Fahrer Bogdan Kaczmarek hat Tour 17 ...'; and English's, as a log writes it)
            """ + _NAME + r"""(?=[ ]?[(,;\-–/:]|[ ](?:hat|hatte|wurde|ist|war|meldet|meldete|kann|konnte|muss|wird
                |has|had|was|is|logged|completed|requested|reported|signed|started|finished)\b)""",
            0.7,
        ),
        Pattern(
            "german_of",
            r"""(?x)
            (?<=(?<![\p{L}\p{M}\-])(?:Rückruf(?:bitte)?|Anruf|Nachricht|Anfrage|Reklamation|Beschwerde|Laptop
                |Notebook|PC|Handy|iPhone|Smartphone|Tablet|Gerät|E-Mail|Mail|Termin|Buchung|Zahlung|Überweisung
                |Paket|Sendung|Reservierung|Rückmeldung|Bewerbung|Kündigung|Antrag)[ ](?:von|für|an)[ ])  # a call's, a
                      # device's, a parcel's person ('Rückrufbitte von Zofia Nowak, Tel. ...', 'Laptop von Jürgen Hofer')
            """ + _NAME,
            0.7,
        ),
        Pattern(
            "russian_role",
            r"""(?x)
            (?<=(?<![\p{L}\p{M}\-])(?:модератор|администратор|админ|менеджер|оператор|курьер|мастер|специалист
                |сотрудник|сотрудниц|консультант|инженер|техник|водител|клиент|клиентк|пользовател|покупател
                |получател|отправител|заказчик|абонент|пациент|участник|автор|сантехник|электрик|монтажник
                |мадэратар|кліент|карыстальнік  # (and Belarusian's)
                |[Кк]урйер|[Рр]онанда|[Мм]изоҷ|[Аа]йдоочу|[Кк]ардар|[Кк]урьер)  # (and Tajik's and Kyrgyz's courier,
                      # driver, client, capitalized too: 'Курйер Ҷамшед (+992 ...) бо фармоиши ...')
                (?:а|у|ом|е|ы|и|ь|я|ю|ем|ке|ку|кой|ой)?[ ])  # a Russian record's role, in any case, then a name in
                      # Cyrillic: one word is enough, Russian's common nouns are in lower case ('Ответ от модератора
                      # Гульназ', 'курьер Рустам Ахмедов привезёт ...')
            (?!(?:Сбербанк|Тинькофф|Т-Банк|Альфа|Билайн|Мегафон|МегаФон|Яндекс|Озон|Ростелеком|Почт|Wildberries)\p{L}*)  # (a firm's:
                                                # 'клиент Сбербанка', 'курьер Яндекса')
            \p{Lu}[\p{Ll}ёі]{2,}(?:-\p{Lu}[\p{Ll}ёі]+)?(?:[ ]\p{Lu}[\p{Ll}ёі]{2,}(?:-\p{Lu}[\p{Ll}ёі]+)?){0,2}
            (?<=[\u0400-\u04FF])(?![\p{L}\p{M}\-])""",
            0.7,
        ),
        Pattern(
            "turkic_latin_role",
            r"""(?x)
            (?<=(?<![\p{L}\p{M}\-])(?:[Kk]ur[ýy]er|[Ss]ürüji|[Mm]üşderi|[Hh]aydovchi|[Mm]ijoz|[Kk]uryer)[ ])  # Turkmen's
                                                # and Uzbek's courier, driver, customer in Latin letters, then a
                                                # name: 'Kurýer Myrat (862467560) ...', 'kuryer Sardor sizga ...'
            \p{Lu}[\p{Ll}\p{M}]{2,}(?:[ ]\p{Lu}[\p{Ll}\p{M}]{2,})?
            (?![\p{L}\p{M}\-])""",
            0.7,
        ),
    ]
    CONTEXT = ["élève", "student", "patient", "commande", "order", "pedido"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )
