"""Found values are hidden wherever they recur (detect/known.py)."""

from __future__ import annotations

import pytest

from piiscan.config import Detection, NerMode, Propagate
from piiscan.detect.engine import RawFinding
from piiscan.detect.known import known_values, propagate


def _make(entity, start, end, score):
    return RawFinding(entity, start, end, score, "known_value")


def test_a_found_value_is_found_where_it_recurs_as_a_whole_token():
    texts = ["My colleague Bruno Costa wrote it", "Bruno Costa again; Brunos; William and Liam",
             "mail bruno.costa@x.org", "Liam"]
    found = [[RawFinding("PERSON", 13, 24, 0.85, "SpacyRecognizer")], [], [],
             [RawFinding("PERSON", 0, 4, 0.6, "PersonAddressRecognizer")]]
    out = propagate(texts, found, _make)
    assert [(texts[1][f.start:f.end], f.entity_type, f.recognizer) for f in out[1]] == [
        ("Bruno Costa", "PERSON", "known_value"), ("Liam", "PERSON", "known_value")]  # not in 'William'
    assert out[2] == []  # not inside an e-mail address
    assert out[0] == found[0]


def test_a_name_is_found_in_a_documents_file_name_by_either_lookup(monkeypatch):
    import piiscan.detect.known as known_mod

    texts = ["Ethan Mitchell", "Ethan_Mitchell-resume.docx", "CV - Ethan Mitchell.pdf", "CV_Ethan_Mitchell_2024.pdf",
             "Ethan_Mitchell_notes", "Ethan Mitchell.example.org", "Ethan-Mitchell-Foundation"]
    found = [[RawFinding("PERSON", 0, 14, 0.85, "field_name")]] + [[] for _ in texts[1:]]
    expected = [["Ethan Mitchell"], ["Ethan_Mitchell"], ["Ethan Mitchell"], ["Ethan_Mitchell"],
                [], [], []]  # an identifier, a domain, a hyphenated word: no document's name
    automaton = propagate(texts, found, _make, fields=["name"] + ["resume"] * 6)
    assert [[t[f.start:f.end] for f in fs] for t, fs in zip(texts, automaton)] == expected
    monkeypatch.setattr(known_mod, "_AUTOMATON_MAX_CHARS", 0)
    assert propagate(texts, found, _make, fields=["name"] + ["resume"] * 6) == automaton


def test_a_firm_named_for_someone_is_no_person_in_a_companys_column():
    texts = ["Lambert", "Papeterie Lambert", "Papeterie Lambert", "Mosaic Learning", "Mosaic Learning",
             "Ana Berg", "Platform Engineering (Ana Berg)"]
    found = [[RawFinding("PERSON", 0, 7, 0.85, "field_name")], [], [],
             [RawFinding("PERSON", 0, 15, 0.85, "SpacyRecognizer")], [],
             [RawFinding("PERSON", 0, 8, 0.85, "field_name")], []]
    fields = ["Last Name", "Current Company", "Notes", "Notes", "Organization", "Name", "Supervisory Organization"]
    out = propagate(texts, found, _make, fields=fields)
    assert out[1] == [] and [texts[2][f.start:f.end] for f in out[2]] == ["Lambert"]
    assert out[4] == []  # a whole firm's name NER misread as a person elsewhere
    assert [texts[6][f.start:f.end] for f in out[6]] == ["Ana Berg"]  # a person's full name still is one


def test_a_surname_is_no_person_in_a_short_cell_that_names_a_firm():
    texts = ["van den Berg", "Young", "van den Berg & Sons B.V.", "Young Media Ltd", "Scott Young Consulting",
             "Met Young today about the van den Berg invoice"]
    found = [[RawFinding("PERSON", 0, 12, 0.85, "field_name")], [RawFinding("PERSON", 0, 5, 0.85, "field_name")],
             [], [], [], []]
    fields = ["Last Name", "Last Name", "Account Name", "display_name", "display_name", "Description"]
    out = propagate(texts, found, _make, fields=fields)
    assert out[2] == [] and out[3] == [] and out[4] == []  # firms' names (a kind of business, a legal form)
    assert sorted(texts[5][f.start:f.end] for f in out[5]) == ["Young", "van den Berg"]  # a note's sentence
    couple = propagate(["Hughes", "Mihi & Amelia Hughes"], [[RawFinding("PERSON", 0, 6, 0.85, "field_name")], []],
                       _make, fields=["Last Name", "ContactName"])
    assert [f.end - f.start for f in couple[1]] == [6]  # an '&' joins a couple as often as partners


def test_nothing_is_carried_into_a_firms_sites():
    texts = ["Austin", "US Central (Austin office)", "Met Austin"]
    found = [[RawFinding("PERSON", 0, 6, 0.85, "field_name")], [], []]
    out = propagate(texts, found, _make, fields=["First Name", "Territory", "Notes"])
    assert out[1] == [] and [texts[2][f.start:f.end] for f in out[2]] == ["Austin"]
    # a shop's, named in another language's order ('negozio preferito'); a business unit
    texts = ["Giacomo", "Ohio", "Parma - Borgo Giacomo Tommasini", "COL - Central Ohio", "Giacomo from Ohio"]
    found = [[RawFinding("PERSON", 0, 7, 0.85, "field_name")], [RawFinding("LOCATION", 0, 4, 0.85, "field_name")],
             [], [], []]
    out = propagate(texts, found, _make, fields=["NOME", "State", "NEGOZIO_PREFERITO", "Business Unit Description",
                                                 "NOTE"])
    assert out[2] == [] and out[3] == [] and len(out[4]) == 2
    # a label's column: a product's name, a way of delivery
    texts = ["Pinheiros", "Olinda", "Retirar na loja - Pinheiros", "Vaso Olinda Grande", "Mora em Pinheiros"]
    found = [[RawFinding("LOCATION", 0, 9, 0.85, "field_name")], [RawFinding("PERSON", 0, 6, 0.85, "field_name")],
             [], [], []]
    out = propagate(texts, found, _make, fields=["Bairro", "Nome", "Forma de Entrega", "Nome do Produto", "Notes"])
    assert out[2] == [] and out[3] == [] and len(out[4]) == 1
    # a point of sale is the firm's; the person who made the sale is not
    out = propagate(["Olinda", "Olinda Centro", "Olinda Souza"], [[RawFinding("PERSON", 0, 6, 0.85, "field_name")],
                    [], []], _make, fields=["Nome", "Local de venda", "Pessoa que registrou a venda"])
    assert out[1] == [] and len(out[2]) == 1
    assert propagate(["Utrecht", "Utrecht Centrum"], [[RawFinding("LOCATION", 0, 7, 0.85, "field_name")], []],
                     _make, fields=["Stad", "Favoriete winkel"])[1] == []  # a favourite shop is the firm's


def test_a_url_encoded_value_is_found_decoded_too():
    texts = ['<a href="/misc/location-info?location=Bergen%2C+Norway">Bergen, Norway</a>',
             "search=Jakub+Mazur", "Jakub Mazur wrote", "call +44 7984 220671"]
    found = [[RawFinding("LOCATION", 38, 54, 0.85, "query_parameter")],
             [RawFinding("PERSON", 7, 18, 0.6, "query_parameter")], [],
             [RawFinding("PHONE_NUMBER", 5, 20, 0.85, "PhoneNumberRecognizer")]]
    out = propagate(texts, found, _make)
    assert [texts[0][f.start:f.end] for f in out[0]] == ["Bergen%2C+Norway", "Bergen, Norway"]
    assert [texts[2][f.start:f.end] for f in out[2]] == ["Jakub Mazur"]
    assert " 44 7984 220671" not in known_values(texts, found)  # a phone's '+' is no blank


def test_no_address_is_carried_into_a_column_of_user_agents_but_a_serial_into_a_bios_column_is():
    ua = "Mozilla/5.0 (Macintosh) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36"
    texts = ["my IP shows 123.0.0.0 today", ua, "also 123.0.0.0 here", "Serial: 5CG1234XYZ", "5CG1234XYZ"]
    found = [[RawFinding("IP_ADDRESS", 12, 21, 0.85, "IPv4Recognizer")], [], [],
             [RawFinding("SERIAL_NUMBER", 8, 18, 0.85, "SerialNumberRecognizer")], []]
    out = propagate(texts, found, _make, fields=["text", "meta_data.user_agent", "body", "notes",
                                                  "system.biosSerialNumber"])
    assert out[1] == [] and [texts[2][f.start:f.end] for f in out[2]] == ["123.0.0.0"]
    assert [texts[4][f.start:f.end] for f in out[4]] == ["5CG1234XYZ"]


def test_a_carried_name_beside_the_rest_of_the_name_is_one_finding():
    texts = ["Yolanda", "[10:02] Yolanda Sutta Huamaní (Agent): hi", "Yolanda, Sutta Huamaní"]
    found = [[RawFinding("PERSON", 0, 7, 0.85, "field_name")],
             [RawFinding("PERSON", 16, 29, 0.85, "SpacyRecognizer")],
             [RawFinding("PERSON", 9, 22, 0.85, "SpacyRecognizer")]]
    out = propagate(texts, found, _make, fields=["Agent", None, None])
    assert [(texts[1][f.start:f.end], f.recognizer) for f in out[1]] == [("Yolanda Sutta Huamaní", "known_value")]
    assert [texts[2][f.start:f.end] for f in out[2]] == ["Yolanda", "Sutta Huamaní"]  # a comma between: two


def test_a_first_name_that_is_a_month_is_not_carried_into_a_date():
    texts = ["Jun", "created Jun 12, 2024 by Jun", "on 3 May 2024 May said", "From a@b.dk Tue Jun  2 07:53:00 2024"]
    found = [[RawFinding("PERSON", 0, 3, 0.85, "field_name")], [],
             [RawFinding("PERSON", 14, 17, 0.85, "field_name")], []]
    out = propagate(texts, found, _make, fields=["First Name", "Notes", "Notes", "Notes"])
    assert [(texts[1][f.start:f.end], f.start) for f in out[1]] == [("Jun", 24)]  # not in the date
    assert [(texts[2][f.start:f.end], f.start) for f in out[2]] == [("May", 14)]
    assert out[3] == []  # an mbox's From line pads the day with a second blank


def test_a_first_name_that_is_a_verb_is_not_carried_before_the_verbs_object():
    texts = ["Mark", "msg=\"Mark 1FA authentication attempt made by user 'lrodriguez'\"",
             "Mark as spam", "Happy birthday Mark, love from us all", "Mark called about the invoice"]
    found = [[RawFinding("PERSON", 0, 4, 0.85, "sql_column")], [], [], [], []]
    out = propagate(texts, found, _make, fields=["first_name", None, None, None, None])
    assert out[1] == [] and out[2] == []  # the verb before a code, before 'as'
    assert [texts[3][f.start:f.end] for f in out[3]] == ["Mark"]
    assert [texts[4][f.start:f.end] for f in out[4]] == ["Mark"]


def test_a_place_is_not_carried_into_a_firms_column_that_it_names_whole():
    # a signature's 'Kasaï Agro SARL' read as a place; the ticket's 'Organization' is the firm
    texts = ["Kapinga Kabasele, Kasaï Agro SARL", "Kasaï Agro SARL", "Kasaï Agro SARL, Tshikapa"]
    found = [[RawFinding("LOCATION", 18, 33, 0.85, "SpacyRecognizer")], [], []]
    out = propagate(texts, found, _make, fields=["Description", "Organization", "Caller address"])
    assert out[1] == []
    assert [texts[2][f.start:f.end] for f in out[2]] == ["Kasaï Agro SARL"]  # (not the firm's whole column)


def test_a_town_is_not_carried_into_a_firms_address():
    texts = ["Budapest", "Lakom Budapesten.\nHálóZat Plusz Kft. | 1139 Budapest, Váci út 99.", "Acme Kft, Budapest"]
    found = [[RawFinding("LOCATION", 0, 8, 0.85, "field_name")], [], []]
    out = propagate(texts, found, _make, fields=["city", "body", "body"])
    assert out[1] == []  # a signature's firm's town
    assert [texts[2][f.start:f.end] for f in out[2]] == ["Budapest"]  # (a firm's in a sentence: maybe someone's)


def test_a_town_is_not_carried_into_a_hubs_name_nor_alone_into_a_column_that_names_no_place():
    # a parcel's destination, found by its column; its sorting hub's name and its current commune (round 59)
    texts = ["Tizi Ouzou", "Centre de tri Tizi Ouzou", "Tizi Ouzou", "Livré à Tizi Ouzou hier, le client était absent"]
    found = [[RawFinding("LOCATION", 0, 10, 0.85, "field_name")], [], [], []]
    out = propagate(texts, found, _make, fields=["to_commune_name", "current_center_name", "current_commune_name",
                                                 "comment"])
    assert out[1] == [] and out[2] == []
    assert [texts[3][f.start:f.end] for f in out[3]] == ["Tizi Ouzou"]  # (in a sentence: where someone is)


def test_a_found_name_is_carried_into_a_firms_name_too():
    # a value found once is replaced everywhere (no raw value of a finding leaves the tool),
    # 'the Elmstead branch' and 'Hello Kestrel team' too, though NER alone takes neither
    texts = ["Kestrel", "Hello Kestrel team, the Kestrel office said Kestrel would call"]
    out = propagate(texts, [[RawFinding("PERSON", 0, 7, 0.85, "field_name")], []], _make, fields=["from.name", "body"])
    assert len(out[1]) == 3


def test_a_host_is_not_carried_into_the_syslog_header_of_the_device_that_logged():
    texts = ['<190>1 2024-03-05T09:11:37.725Z srx-edge01 mgd 45181 UI_CMDLINE_READ_LINE hostname="srx-edge01"',
             "<14>1 2024-03-05T07:07:08.357Z srx-edge01 RT_FLOW - RT_FLOW_SESSION_CLOSE",
             "Mar  5 07:07:08 srx-edge01 sshd[12]: ok", "ping srx-edge01 failed"]
    found = [[RawFinding("HOSTNAME", 84, 94, 0.75, "HostnameRecognizer")], [], [], []]
    out = propagate(texts, found, _make)
    assert [[t[f.start:f.end] for f in fs] for t, fs in zip(texts, out)] == [["srx-edge01"], [], [], ["srx-edge01"]]


def test_a_name_is_not_carried_into_a_page_titles_site():
    # the home page's title, the site's name alone, read as a person's; the site's part of
    # the other titles is no one's, a title's other part may be someone's ('Mein Konto – ...')
    texts = ["Mercado Machamba", "Korosho | Mercado Machamba", "Conta de Mercado Machamba | Loja",
             "Pedido de Mercado Machamba"]
    found = [[RawFinding("PERSON", 0, 16, 0.85, "SpacyRecognizer")], [], [], []]
    out = propagate(texts, found, _make, fields=["page_title", "page_title", "page_title", "form.mensagem"])
    assert [[t[f.start:f.end] for f in fs] for t, fs in zip(texts, out)] == [
        ["Mercado Machamba"], [], ["Mercado Machamba"], ["Mercado Machamba"]]


def test_a_family_name_that_is_thanks_too_is_not_carried_into_thanks():
    texts = ["Asante", "The agent has not paid. Asante sana!", "Asante kwa msaada", "Ask Mr Asante about it"]
    found = [[RawFinding("PERSON", 0, 6, 0.85, "field_name")], [], [], []]
    out = propagate(texts, found, _make, fields=["contact.name", "text", "text", "text"])
    assert [[t[f.start:f.end] for f in fs] for t, fs in zip(texts, out)] == [["Asante"], [], [], ["Asante"]]


def test_a_single_word_only_ner_called_a_name_is_not_carried():
    # the small model's one-word mistakes ('Mercedes', 'Admin') would spread everywhere
    texts = ["Mercedes called", "my Mercedes broke"]
    found = [[RawFinding("PERSON", 0, 8, 0.85, "SpacyRecognizer")], []]
    assert propagate(texts, found, _make)[1] == []
    # nor one a person's act in a note gave: a site takes that place now and then
    texts = ["Trivially approved by Wikipedia.", "see Wikipedia"]
    found = [[RawFinding("PERSON", 22, 31, 0.9, "PersonActRecognizer")], []]
    assert propagate(texts, found, _make)[1] == []
    texts = ["Refund approved by Liam Reyes.", "ask Liam Reyes"]  # two words are carried
    found = [[RawFinding("PERSON", 19, 29, 0.9, "PersonActRecognizer")], []]
    assert [texts[1][f.start:f.end] for f in propagate(texts, found, _make)[1]] == ["Liam Reyes"]


def test_system_accounts_and_short_lower_case_user_names_are_not_carried():
    # 'Invalid user user from ...' and 'Invalid user max': every 'user' and 'max' of the
    # log would become a USERNAME; a distinctive name is carried
    texts = ["Invalid user user from 192.0.2.1", "Invalid user max from 192.0.2.2",
             "Invalid user jdoe42 from 192.0.2.3", "user max retries for jdoe42"]
    found = [[RawFinding("USERNAME", 13, 17, 0.85, "UsernameRecognizer")],
             [RawFinding("USERNAME", 13, 16, 0.85, "UsernameRecognizer")],
             [RawFinding("USERNAME", 13, 19, 0.85, "UsernameRecognizer")], []]
    out = propagate(texts, found, _make)
    assert [texts[3][f.start:f.end] for f in out[3]] == ["jdoe42"]
    assert out[0] == found[0] and out[1] == found[1]  # found where the pattern found them


def test_a_mentions_member_is_carried_bare_too():
    # a forum's header or a quote names the member without the '@'
    texts = ["thanks @nightowl_dev, that fixed it", "nightowl_dev | 2024-02-11 | #4", "@nightowl_dev again"]
    found = [[RawFinding("USERNAME", 7, 20, 0.5, "UsernameRecognizer")], [], []]
    out = propagate(texts, found, _make)
    assert [texts[1][f.start:f.end] for f in out[1]] == ["nightowl_dev"]
    assert [texts[2][f.start:f.end] for f in out[2]] == ["@nightowl_dev"]
    texts = ["ping @admin", "admin rights"]  # a generic name is not carried, bare or not
    assert propagate(texts, [[RawFinding("USERNAME", 5, 11, 0.5, "UsernameRecognizer")], []], _make)[1] == []
    texts = ["ping @grace", "grace: -1 expire: -1"]  # nor a short word, bare
    assert propagate(texts, [[RawFinding("USERNAME", 5, 11, 0.5, "UsernameRecognizer")], []], _make)[1] == []


def test_placeholder_user_names_are_not_carried():
    # test logs' stand-ins for a user ('Access denied for user 'global'@...') are words
    texts = ["Access denied for user 'global'@'192.0.2.2'", "Accepted password for known from 192.0.2.1",
             "a global truth, as is known"]
    found = [[RawFinding("USERNAME", 24, 30, 0.85, "UsernameRecognizer")],
             [RawFinding("USERNAME", 22, 27, 0.85, "UsernameRecognizer")], []]
    assert propagate(texts, found, _make)[2] == []


def test_a_stop_word_is_never_carried():
    # a recognizer's mistake on 'the' would spread to every sentence of the run
    texts = ["from the 1st voter", "the end"]
    out = propagate(texts, [[RawFinding("HOSTNAME", 5, 8, 0.8, "HostnameRecognizer")], []], _make)
    assert out[1] == []


def test_lower_case_one_word_persons_and_places_are_not_carried():
    # display names such as 'going' or 'curious' are handles, and words everywhere else
    texts = ["going", "Dori", "anywhere", "I am going to see Dori", "anywhere but Leeds"]
    found = [[RawFinding("PERSON", 0, 5, 0.85, "field_name")], [RawFinding("PERSON", 0, 4, 0.85, "field_name")],
             [RawFinding("LOCATION", 0, 8, 0.85, "field_name")], [], []]
    out = propagate(texts, found, _make, fields=["DisplayName", "DisplayName", "Location", "Text", "Text"])
    assert [texts[3][f.start:f.end] for f in out[3]] == ["Dori"]
    assert out[4] == []


def test_a_dialogs_one_word_speakers_are_not_carried():
    # a label takes a speaker's place now and then ('Past: ...'); a greeting's name is carried
    texts = ["Past: Worked as a consultant.\nNow: Working as a developer.", "Past mod comments", "Hi Amara,", "Amara wrote"]
    found = [[RawFinding("PERSON", 0, 4, 0.9, "PersonSpeakerRecognizer")], [],
             [RawFinding("PERSON", 3, 8, 0.9, "PersonAddressRecognizer")], []]
    out = propagate(texts, found, _make)
    assert out[1] == []
    assert [texts[3][f.start:f.end] for f in out[3]] == ["Amara"]


def test_a_lower_case_name_ner_read_is_not_carried():
    # the model reads names in lower-case text now and then ('log format' as a person)
    texts = ["log format with extra space", "new log format", "met jill allen", "jill allen said"]
    found = [[RawFinding("PERSON", 0, 10, 0.85, "SpacyRecognizer")], [],
             [RawFinding("PERSON", 4, 14, 0.85, "SpacyRecognizer")], []]
    out = propagate(texts, found, _make)
    assert out[1] == [] and out[3] == []


def test_an_addresss_numbers_are_not_carried():
    # a house number or a postcode found in an address block is a pid or a millisecond
    # count in a log line; a town found there is carried
    texts = ["6750 Koskikatu 25\nOULU, WHT 80896", "Found child 6750 in slot 7", "WHT 80896 OULU"]
    found = [[RawFinding("LOCATION", 0, 4, 0.7, "StreetAddressRecognizer"),
              RawFinding("LOCATION", 5, 17, 0.9, "StreetAddressRecognizer"),
              RawFinding("LOCATION", 18, 22, 0.7, "StreetAddressRecognizer"),
              RawFinding("LOCATION", 24, 27, 0.7, "StreetAddressRecognizer"),
              RawFinding("LOCATION", 28, 33, 0.7, "StreetAddressRecognizer")], [], []]
    out = propagate(texts, found, _make)
    assert out[1] == []
    assert [texts[2][f.start:f.end] for f in out[2]] == ["WHT", "OULU"]


def test_a_forums_generic_display_name_is_not_carried():
    # DisplayName="Community" is a PERSON by its column; 'the community' elsewhere is none
    out = propagate(["Community", "Dori", "thanks to the community and Dori"],
                    [[RawFinding("PERSON", 0, 9, 0.85, "field_name")], [RawFinding("PERSON", 0, 4, 0.85, "field_name")],
                     []], _make, fields=["DisplayName", "DisplayName", "AboutMe"])
    assert [f.start for f in out[2]] == [28]  # 'Dori' only


def test_values_from_elsewhere_in_the_run_are_carried_in():
    out = propagate(["ask Amara"], [[]], _make, {"Amara": ("PERSON", 0.6)})
    assert [(f.start, f.end, f.score) for f in out[0]] == [(4, 9, 0.6)]


def test_a_place_is_not_carried_into_a_time_zones_name():
    texts = ["Asia/Tokyo", "America/Argentina/Buenos_Aires", "flew to Tokyo", "/cities/Tokyo"]
    known = {"Tokyo": ("LOCATION", 0.85), "Buenos_Aires": ("LOCATION", 0.85)}
    out = propagate(texts, [[] for _ in texts], _make, known)
    assert [[t[f.start:f.end] for f in fs] for t, fs in zip(texts, out)] == [[], [], ["Tokyo"], ["Tokyo"]]


def test_a_single_word_is_not_carried_into_a_cell_that_is_only_that_word():
    # "Visa" is a given name in one column and a card type in the next
    known = {"Visa": ("PERSON", 0.85), "Visa Lehto": ("PERSON", 0.85)}
    texts = ["Visa", "Visa", "paid by Visa", "Visa Lehto"]
    out = propagate(texts, [[], [], [], []], _make, known, fields=["card_type", None, "notes", "contact"])
    assert out[0] == []  # a structured cell that is the word alone
    assert [(f.start, f.end) for f in out[1]] == [(0, 4)]  # a line of text
    assert [(f.start, f.end) for f in out[2]] == [(8, 12)]  # the word among others
    assert [(f.start, f.end) for f in out[3]] == [(0, 10)]  # more than one word
    # a handle is no word: carried into a cell of its own (a chat export's mentions)
    out = propagate(["marc_dev", "example.com"], [[], []], _make,
                    {"marc_dev": ("USERNAME", 0.85), "example.com": ("HOSTNAME", 0.75)},
                    fields=["mentions[0].name", "request.host"])
    assert [(f.start, f.end) for f in out[0]] == [(0, 8)]
    assert out[1] == []  # a host or a domain is not
    out = propagate(["N4P-2231-0087-KQ"], [[]], _make, {"N4P-2231-0087-KQ": ("SERIAL_NUMBER", 1.0)},
                    fields=["custom_fields[1].value"])  # nor is a serial number
    assert [(f.start, f.end) for f in out[0]] == [(0, 16)]


def test_run_propagation_hides_a_name_across_files(tmp_path, key_file):
    from piiscan.api import redact

    (tmp_path / "a.txt").write_text("Hi Amara, the invoice is attached.\n")
    (tmp_path / "b.csv").write_text("id,comment\n1,Amara called twice\n")
    out = tmp_path / "out"
    for mode, hidden in [(Propagate.RUN, True), (Propagate.BATCH, False)]:
        result = redact([str(tmp_path / "a.txt"), str(tmp_path / "b.csv")], out_dir=out / mode.value,
                        key_file=key_file, detection=Detection(ner=NerMode.OFF, propagate=mode))
        assert ("Amara" not in (out / mode.value / "b.csv").read_text()) is hidden
        assert result.summary["propagation"]["mode"] == mode.value


def test_drop_removes_the_field_or_column_from_structured_copies(tmp_path, key_file):
    """Operator drop: a JSON member is removed (an array element becomes null), a CSV or
    Parquet column that holds such values is left out of the copy; text loses the value."""
    import json

    import polars as pl

    from piiscan.api import redact
    from piiscan.config import Operator, OperatorSpec

    (tmp_path / "a.jsonl").write_text(
        '{"id": 1, "user": {"email": "jane.roe@example.com", "lang": "en"}, "cc": ["x@example.org", "ok"]}\n'
        '{"id": 2, "note": "no pii here", "email": "bob@example.net"}\n')
    (tmp_path / "b.csv").write_text("id,email,page\n1,jane.roe@example.com,/a\n2,,/b\n")
    pl.DataFrame({"id": [1, 2], "email": ["jane.roe@example.com", None], "page": ["/a", "/b"]}).write_parquet(
        tmp_path / "c.parquet")
    (tmp_path / "d.txt").write_text("write to jane.roe@example.com today\n")
    out = tmp_path / "out"
    redact([str(tmp_path / n) for n in ("a.jsonl", "b.csv", "c.parquet", "d.txt")], out_dir=out,
           key_file=key_file, detection=Detection(ner=NerMode.OFF),
           operators={"EMAIL_ADDRESS": OperatorSpec(Operator.DROP)})
    rows = [json.loads(line) for line in (out / "a.jsonl").read_text().splitlines()]
    assert rows == [{"id": 1, "user": {"lang": "en"}, "cc": [None, "ok"]},
                    {"id": 2, "note": "no pii here"}]
    assert (out / "b.csv").read_text() == "id,page\n1,/a\n2,/b\n"
    assert pl.read_parquet(out / "c.parquet").columns == ["id", "page"]
    assert (out / "d.txt").read_text() == "write to  today\n"


def test_many_known_values_are_looked_up_by_token_with_the_same_result(monkeypatch):
    """Past a size, known values are not searched with an automaton (rebuilt for every
    batch: a million e-mail addresses took 14 s and 1.9 GB a batch) but by looking up
    each stretch of a record that could be a whole token: the findings are the same."""
    import piiscan.detect.known as known_mod
    from piiscan.detect.engine import Detector
    from piiscan.detect.known import known_values
    from piiscan.sources.base import InputFile, ReadOptions, detect_format, format_handler

    from .conftest import SAMPLE

    texts, fields = [], []
    for name in ("forum.jsonl", "analytics.csv", "notes.txt"):
        path = SAMPLE / name
        fmt = detect_format(path)
        for chunk in format_handler(fmt).read(InputFile(path, name, name, fmt), ReadOptions()):
            fields += chunk.records.get_column("field").to_list()
            texts += chunk.records.get_column("text").to_list()
    texts += ["mail jane.roe+shop@example.com, or jane.roe@example.com.", "see Roe-Smith and roe",
              "user=jdoe42&x=1", "Ünal Öztürk wrote", "ann lee ann leeward", "x@ann.lee", "ab"]
    fields += [None, "notes", "page", None, "comment", "contact", "id"]
    found = Detector(Detection(ner=NerMode.OFF)).detect_records(texts, fields)
    carried = {**known_values(texts, found), "jane.roe@example.com": ("EMAIL_ADDRESS", 1.0),
               "Roe": ("PERSON", 0.6), "jdoe42": ("USERNAME", 0.85), "Ünal Öztürk": ("PERSON", 0.85),
               "ann lee": ("PERSON", 0.6), "lee ann": ("PERSON", 0.6), "ann": ("PERSON", 0.6)}
    automaton = propagate(texts, found, _make, carried, fields=fields)
    monkeypatch.setattr(known_mod, "_AUTOMATON_MAX_CHARS", 0)
    tokens = propagate(texts, found, _make, carried, fields=fields)
    assert tokens == automaton
    assert sum(len(f) for f in tokens) > sum(len(f) for f in found)  # some recurrences found


def test_the_known_screen_lets_through_every_text_that_may_hold_a_value():
    import polars as pl

    from piiscan.detect.known import MAX_KNOWN, KnownScreen

    known = {"Bruno Chen": ("PERSON", 0.85), "+1 415-555-0113": ("PHONE_NUMBER", 0.9),
             "Νίκος": ("PERSON", 0.85), "bruno.chen@example.com": ("EMAIL_ADDRESS", 1.0)}
    screen = KnownScreen.build(known)
    texts = pl.Series(["met Bruno Chen", "call 415-555-0113 now", "από Νίκος", "(bruno.chen@example.com)",
                       "100234", "2026-10-12T08:18:30Z", "Brunos", "Chen", "example.org"])
    assert screen.holding(texts).to_list() == [True, True, True, True, False, False, False, False, True]
    # it lets through more than it must (the address's longest run, 'example'): propagate
    # decides on those
    assert propagate(["example.org"], [[]], _make, known, fields=["x"]) == [[]]
    # the values of a run that reached the limit may miss some found in a batch: no screen
    assert KnownScreen.build(dict.fromkeys(map(str, range(MAX_KNOWN)), ("USERNAME", 0.5))) is None


def test_a_known_value_in_a_cell_nothing_else_is_found_in_is_hidden(tmp_path, key_file):
    # the order cells are ids and words no recognizer looks at: screened out in polars,
    # but for the one holding a name found in the other file
    from piiscan.api import redact

    (tmp_path / "a.csv").write_text("id,full_name\n1,Priya Raman\n")
    rows = "".join(f"{n},shipped {n}\n" for n in range(500))
    (tmp_path / "b.csv").write_text("order,status\n" + rows + "501,held for Priya Raman\n")
    out = tmp_path / "out"
    redact([str(tmp_path / "a.csv"), str(tmp_path / "b.csv")], out_dir=out, key_file=key_file,
           detection=Detection(ner=NerMode.OFF))
    copy = (out / "b.csv").read_text().splitlines()
    assert "Priya" not in copy[-1] and copy[-1].startswith("501,held for ")
    assert copy[1:-1] == [f"{n},shipped {n}" for n in range(500)]


def test_a_profile_urls_handle_is_not_carried():
    # twitter.com/StackExchange: a company's account, and a word in every post around it
    texts = ["see https://twitter.com/StackExchange", "StackExchange is down"]
    found = [[RawFinding("USERNAME", 24, 37, 0.7, "SocialProfileRecognizer")], []]
    assert propagate(texts, found, _make)[1] == []
    found[0] = [RawFinding("USERNAME", 24, 37, 0.8, "UsernameRecognizer")]
    assert [f.recognizer for f in propagate(texts, found, _make)[1]] == ["known_value"]


def test_a_connection_urls_user_is_not_carried():
    # a service's account, named as the product the posts around it are about
    texts = ["broker: amqp://tidyq:S3cr3t!@mq-internal-01:5672", "pip install tidyq"]
    found = [[RawFinding("USERNAME", 15, 20, 0.8, "UrlUserRecognizer")], []]
    assert propagate(texts, found, _make)[1] == []


def test_the_url_user_recognizer_is_the_one_not_carried():
    from piiscan.detect.loader import bundled_dir, load_recognizers

    text = "broker: amqp://tidyq:S3cr3t!@mq-internal-01:5672"
    hits = [(lr.name, text[r.start:r.end]) for lr in load_recognizers([bundled_dir()])
            if "USERNAME" in lr.entities for r in lr.recognizer.analyze(text, ["USERNAME"], None)]
    assert hits == [("UrlUserRecognizer", "tidyq")]


def test_a_mention_of_a_known_name_of_several_words_is_the_name():
    # a chat export: '@Nora Valdez' where a handle pattern takes '@Nora' alone
    texts = ["@Nora Valdez can you DM me?", "@Nora said hi", "mail@Nora Valdez"]
    found = [[RawFinding("USERNAME", 0, 5, 0.5, "UsernameRecognizer")],
             [RawFinding("USERNAME", 0, 5, 0.5, "UsernameRecognizer")], []]
    out = propagate(texts, found, _make, {"Nora Valdez": ("PERSON", 0.85)})
    assert [(texts[0][f.start:f.end], f.entity_type) for f in out[0]] == [("Nora Valdez", "PERSON")]
    assert out[1] == found[1]  # the name is not there: the handle stays
    assert out[2] == []  # an '@' inside a word is no mention


def test_a_town_is_carried_into_prose_not_into_other_columns():
    """A customer's one-word town is many people's: it is hidden where a person writes
    it, not in every event's, office's or directory path's name."""
    texts = ["Berlin", "Berlin DevSummit 2024", "CN=Ana Ruiz,OU=Berlin,DC=corp", "I moved to Berlin last year",
             "12 Baker Street"]
    fields = ["City", "Event Name", "Manager", "body", "Address"]
    found = [[RawFinding("LOCATION", 0, 6, 0.85, "field_name")], [], [], [],
             [RawFinding("LOCATION", 0, 15, 0.85, "field_name")]]
    out = propagate(texts, found, _make, fields=fields)
    assert out[1] == [] and out[2] == []
    assert [texts[3][f.start:f.end] for f in out[3]] == ["Berlin"]


def test_a_town_is_not_carried_into_a_groups_name():
    texts = ["Dublin", 'message="User akavanagh of group Dublin Staff logged in" a=1 b=2 c=3 d=4 e=5',
             "Subject=Fwd: Delivery to Jagtvej 21, 2000 Dublin|Latency=3466|Sender=x|a=1|b=2|c=3"]
    found = [[RawFinding("LOCATION", 0, 6, 0.85, "field_name")], [], []]
    out = propagate(texts, found, _make, fields=["City", None, None])
    assert out[1] == [] and [texts[2][f.start:f.end] for f in out[2]] == ["Dublin"]


def test_a_town_is_not_carried_into_an_x509_names_parts():
    texts = ["She lives in Hamburg", "VERIFY OK: depth=1, C=DE, ST=Hamburg, L=Hamburg, O=Acme", "Moved to Hamburg"]
    found = [[RawFinding("LOCATION", 13, 20, 0.85, "field_name")], [], []]
    out = propagate(texts, found, _make)
    assert out[1] == []  # the issuer's town: no one's
    assert [texts[2][f.start:f.end] for f in out[2]] == ["Hamburg"]


def test_a_town_or_a_name_is_not_carried_into_a_firms_name_after_it():
    texts = ["Hawassa", "Hawassa Lake Resort - 2 nights", "Hawassa University application fee",
             "Back home in Hawassa after the trip", "Lambert", "Lambert Consulting invoice", "Met Lambert today"]
    found = [[RawFinding("LOCATION", 0, 7, 0.85, "field_name")], [], [], [],
             [RawFinding("PERSON", 0, 7, 0.85, "field_name")], [], []]
    fields = ["meta.city", "description", "description", "description", "Last Name", "description", "description"]
    out = propagate(texts, found, _make, fields=fields)
    assert [[t[f.start:f.end] for f in fs] for t, fs in zip(texts, out)] == [
        ["Hawassa"], [], [], ["Hawassa"], ["Lambert"], [], ["Lambert"]]


def test_a_town_is_not_carried_into_a_clinics_name_around_it():
    # (round 60: a clinic named for its site, before or after its kind: 'TB Clinic Korangi', 'Model Town MCH Centre')
    texts = ["Korangi", "Your appointment is at TB Clinic Korangi on Monday", "location Model Town MCH Centre",
             "Model Town", "I moved to Korangi last year"]
    found = [[RawFinding("LOCATION", 0, 7, 0.85, "field_name")], [], [], [RawFinding("LOCATION", 0, 10, 0.85, "field_name")],
             []]
    fields = ["city", "message", "message", "city", "message"]
    out = propagate(texts, found, _make, fields=fields)
    assert [[t[f.start:f.end] for f in fs] for t, fs in zip(texts, out)] == [
        ["Korangi"], [], [], ["Model Town"], ["Korangi"]]


def test_a_handle_that_is_a_given_name_is_a_name_beside_the_rest_of_one():
    texts = ["Moses", "10-02-2025 04:52 Moses Gbelee: my laptop", "ping Moses about it"]
    found = [[RawFinding("USERNAME", 0, 5, 0.8, "UsernameRecognizer")],
             [RawFinding("PERSON", 23, 29, 0.85, "SpacyRecognizer")], []]
    out = propagate(texts, found, _make, fields=["login", "request", "request"])
    assert [(texts[1][f.start:f.end], f.entity_type) for f in out[1]] == [("Moses Gbelee", "PERSON")]
    assert [(texts[2][f.start:f.end], f.entity_type) for f in out[2]] == [("Moses", "USERNAME")]  # alone: the handle


def test_no_value_is_carried_into_an_hl7_messages_header():
    texts = ["IDN", "MSH|^~\\&|SIMRS|RSUD|MIRTH|HIE|20240312||ADT^A01|1|P|2.5.1|||AL|NE|IDN", "Jakarta, IDN"]
    found = [[RawFinding("LOCATION", 0, 3, 0.85, "field_name")], [],
             [RawFinding("LOCATION", 0, 7, 0.85, "field_name")]]
    out = propagate(texts, found, _make, fields=["country", None, None])
    assert out[1] == [] and [texts[2][f.start:f.end] for f in out[2]] == ["Jakarta", "IDN"]  # (elsewhere it is)


def test_a_sql_dumps_line_with_its_columns_as_hint_is_carried_into_as_a_line_of_text():
    from piiscan.detect.structure import sql_row_hint

    texts = ["I live in Wundanyi", "INSERT INTO t VALUES (1,'Wundanyi')"]
    found = [[RawFinding("LOCATION", 10, 18, 0.85, "field_name")], []]
    as_line = propagate(texts, found, _make, fields=[None, None])[1]
    hinted = propagate(texts, found, _make, fields=[None, sql_row_hint(["id", "town"])])[1]
    assert hinted == as_line and [texts[1][f.start:f.end] for f in hinted] == ["Wundanyi"]  # (a town: in a
    # line, carried; in a short cell, not)


def test_a_mail_headers_encoded_name_is_carried_decoded_to_the_body():
    # ('From: =?UTF-8?Q?Nelly_V=C3=A1squez?= <...>': the signature writes 'Nelly Vásquez')
    header = "From: =?UTF-8?Q?Nelly_V=C3=A1squez?= <nelly@example.org>"
    start = header.index("Nelly")
    found = [[RawFinding("PERSON", start, header.index("?= "), 0.85, "PersonAddressRecognizer")]]
    assert known_values([header], found)["Nelly Vásquez"] == ("PERSON", 0.85)
    # (a charset Python does not know: nothing decoded)
    unknown = header.replace("UTF-8", "X-NOPE")
    found = [[RawFinding("PERSON", start + 1, unknown.index("?= "), 0.85, "PersonAddressRecognizer")]]
    assert "Nelly Vásquez" not in known_values([unknown], found)


def test_a_known_name_replaces_ners_misreading_of_it_out_of_context():
    # a signature's name alone on its line: NER reads it as a place, or reads a part of it
    texts = ["From: Nelly Vásquez <nelly@example.org>", "Nelly Vásquez", "Ramón Tzul Cholotío",
             "From: Ramón Tzul Cholotío <ramon@example.org>"]
    found = [[RawFinding("PERSON", 6, 19, 0.9, "PersonAddressRecognizer")],
             [RawFinding("LOCATION", 0, 13, 0.85, "SpacyRecognizer")],
             [RawFinding("PERSON", 0, 10, 0.85, "SpacyRecognizer")],
             [RawFinding("PERSON", 6, 25, 0.9, "PersonAddressRecognizer")]]
    out = propagate(texts, found, _make)
    assert [(f.start, f.end, f.entity_type, f.recognizer) for f in out[1]] == [(0, 13, "PERSON", "known_value")]
    assert [(f.start, f.end, f.entity_type, f.recognizer) for f in out[2]] == [(0, 19, "PERSON", "known_value")]


def test_a_known_value_does_not_replace_a_finding_it_is_not_surer_of_nor_one_word():
    texts = ["Ana Lucía Pérez", "Ana Lucía Pérez Coordinadora", "Ana Lucía Pérez", "Georgia", "We flew to Georgia"]
    found = [[RawFinding("PERSON", 0, 15, 0.85, "SpacyRecognizer")],
             # NER's span reaches past the value: not replaced
             [RawFinding("LOCATION", 0, 28, 0.85, "SpacyRecognizer")],
             # a pattern's finding, not NER's: not replaced
             [RawFinding("LOCATION", 0, 15, 0.95, "address_field")],
             [RawFinding("PERSON", 0, 7, 0.9, "field_name")],
             [RawFinding("LOCATION", 11, 18, 0.85, "SpacyRecognizer")]]
    out = propagate(texts, found, _make)
    assert out[1] == found[1] and out[2] == found[2]
    assert out[4] == found[4]  # one word: the place NER read stays
    # (a value found by NER alone, of NER's score, replaces nothing)
    texts = ["Nelly Vásquez said", "Nelly Vásquez"]
    found = [[RawFinding("PERSON", 0, 13, 0.85, "SpacyRecognizer")], [RawFinding("LOCATION", 0, 13, 0.85,
                                                                                 "SpacyRecognizer")]]
    assert propagate(texts, found, _make)[1] == found[1]


def test_a_place_is_not_carried_into_a_remittance_firms_name():
    texts = ["Purok 4, Cuyo, Palawan", "Nag-remit na ko sa Palawan Express, control no. 5470", "Uuwi ako sa Palawan"]
    found = [[RawFinding("LOCATION", 15, 22, 0.85, "StreetAddressRecognizer")], [], []]
    out = propagate(texts, found, _make)
    assert out[1] == [] and [texts[2][f.start:f.end] for f in out[2]] == ["Palawan"]


def test_a_one_word_place_that_is_another_languages_short_function_word_is_not_carried():
    # Val d'Aran's town 'Les' (an address's) is French's and Catalan's 'the' elsewhere
    texts = ['address="Carrèr Major 7, 25540 Les"', "Chapitre 4 - Les fonctions.pptx", "Vielha e Les"]
    found = [[RawFinding("LOCATION", 32, 35, 0.85, "key_value")], [], []]
    assert propagate(texts, found, _make)[1] == []
    # a town's name that is no word is; so is a longer one that is (Uganda's 'Loro', Italian's
    # 'they'), and a short name that is one ('Leo')
    for value, entity in (("Vielha", "LOCATION"), ("Loro", "LOCATION"), ("Leo", "PERSON")):
        texts = [f"town={value}", f"Chapitre 4 - {value} again"]
        found = [[RawFinding(entity, 5, 5 + len(value), 0.85, "key_value")], []]
        assert [texts[1][f.start:f.end] for f in propagate(texts, found, _make)[1]] == [value]


def test_windows_localized_built_in_accounts_are_system_accounts():
    from piiscan.detect.known import SYSTEM_ACCOUNTS

    assert {"administrateur", "administrador", "invité", "gäst"} <= SYSTEM_ACCOUNTS
    assert "mifos" in SYSTEM_ACCOUNTS  # (Apache Fineract's built-in administrator)
    assert {"tinyproxy", "squid", "haproxy"} <= SYSTEM_ACCOUNTS  # (daemons running as their own user)


def test_a_text_messages_and_a_posts_first_words_are_no_names():
    from piiscan.detect.engine import _could_be

    for word in ("Teie", "Kood", "Kuljettaja", "Sūtījums", "Giltig", "Terima", "Kunjungan", "Relatóriu",
                 "Dinas Kesehatan", "Seller", "Accueil", "Calme", "Bien"):
        assert not _could_be("PERSON", word) and not _could_be("LOCATION", word)
    assert _could_be("PERSON", "Mitt") and _could_be("PERSON", "Tõnu Lepik")  # (a first name; a name)


def test_a_mailing_lists_own_account_is_no_ones():
    from piiscan.config import Detection, NerMode
    from piiscan.detect.engine import Detector

    texts = ["Received: (from majordom@localhost)", "Received: (from mailman@localhost)",
             "sendmail[42]: relay=drissa@localhost"]
    found = Detector(Detection(ner=NerMode.OFF)).detect_records(texts, [None] * 3)
    assert [[(f.entity_type, t[f.start:f.end]) for f in fs] for t, fs in zip(texts, found)] == [
        [], [], [("USERNAME", "drissa")]]


def test_patois_words_wevtutils_labels_and_a_front_desks_mailbox_are_no_ones():
    from piiscan.detect.engine import _could_be
    from piiscan.detect.known import is_role_mailbox

    for word in ("Wah", "Wunna", "Yuh", "Keyword", "Log Name", "Opcode", "Gen",  # ('13th Gen Intel(R) Core(TM)')
                 "Esposa", "abuela", "Hermano", "Referida",  # (an emergency contact's kin, a referral's word)
                 "Mae", "Fala", "Bonzour", "Livraison", "Mme",  # (a sentence's first word in the region's languages)
                 "Océan Indien", "Azafady", "Propietario", "Salama"):
        assert not _could_be("PERSON", word) and not _could_be("LOCATION", word)
    assert _could_be("PERSON", "Tajay Campbell")
    assert is_role_mailbox("reception@jacobsconsulting.com.gy") and is_role_mailbox("contabilidad@ozama.com.do")
    assert not is_role_mailbox("mrodriguez@gmail.com")
    assert is_role_mailbox("soporte.ti@agrocus.com.sv") and is_role_mailbox("ksc-alertas@agrocus.com.sv")
    # (round 60: Dutch's and French's invoices and bookkeeping desks)
    assert is_role_mailbox("facturen@webbureau.be") and is_role_mailbox("boekhouding@dakwerken.nl")
    assert is_role_mailbox("factures@menuiserie.lu") and not is_role_mailbox("anouk.facturen@kpnmail.nl")
    assert is_role_mailbox("garantii@tehnomarket.md") and is_role_mailbox("garanzia@elettro.it")  # (warranty desks)
    assert is_role_mailbox("scolarite@gsflamboyants.ci") and is_role_mailbox("devis@lomegraphic.tg")
    assert is_role_mailbox("bounce@uptimerobot.com")  # (a mailing service's return path)
    assert is_role_mailbox("pay@huayue-mall.cn") and is_role_mailbox("spider-feedback@bytedance.com")
    assert is_role_mailbox("seguridad@agrocus.com.sv") and not is_role_mailbox("ti.ramos@agrocus.com.sv")


def test_the_baltic_and_finnish_desks_mailboxes_and_a_desks_second_are_no_ones():
    from piiscan.detect.known import is_role_mailbox

    for address in ("arved@kudumine.ee", "rekini@debesu.lv", "buhalterija@debesu.lt", "laskutus@lanka.fi",
                    "info2@argan.ma", "commandes9@argan.ma"):
        assert is_role_mailbox(address), address
    assert not any(is_role_mailbox(a) for a in ("juha99@gmail.com", "2024@argan.ma", "kadri.tamm@gmail.com"))


def test_a_known_value_is_not_carried_into_an_xml_elements_name():
    from piiscan.detect.engine import RawFinding
    from piiscan.detect.known import propagate

    line = "            <note>saw it</note> <jctaveras/> </jctaveras> <jctaveras x='1'> (jctaveras)"
    out = propagate([line], [[]], lambda e, s, n, sc: RawFinding(e, s, n, sc, "known_value"),
                    carried={"jctaveras": ("USERNAME", 0.85)})
    assert [line[f.start - 1:f.end] for f in out[0]] == ["(jctaveras"]  # (a value where it is written as one;
    # no element's name: Tuleap's '<submitted_by format="username">', its form's '<name>submitted_by</name>')


def test_warranty_purchasing_and_marketing_senders_are_desks():
    from piiscan.detect.known import is_role_mailbox

    assert is_role_mailbox("garantie@teklakay.ht") and is_role_mailbox("achats@kazlakou.gp")
    assert is_role_mailbox("offers@news.oudalmajd.com") and is_role_mailbox("promo@shop.example.om")
    assert not is_role_mailbox("offers.salim@gmail.com")  # (a person's name among the words)


def test_a_group_macs_first_octet_has_its_lowest_bit_set():
    from piiscan.detect.known import is_group_mac

    assert is_group_mac("ff:ff:ff:ff:ff:ff") and is_group_mac("01:00:5e:7f:ff:fa") and is_group_mac("33-33-00-00-00-01")
    assert is_group_mac("0100.5e7f.fffa")  # (Cisco's dotted groups)
    assert not is_group_mac("dc:21:48:82:47:4f") and not is_group_mac("ac:e3:42:39:1e:8a")
    assert not is_group_mac("ffffffffffff")  # (twelve digits bare: a serial's as often, left to its recognizer)


def test_a_line_before_a_firms_registry_number_is_its_footers():
    from piiscan.detect.known import before_a_firms_registry, on_a_firms_line

    footer = "Immeuble Fahd, 4e étage, Dakar-Plateau | NINEA 005123"
    assert before_a_firms_registry(footer, 0) and on_a_firms_line(footer, 0)
    assert before_a_firms_registry("Rue 12, Akwa, Douala - RCCM RC/DLA/2019/B/1234", 0)
    assert not before_a_firms_registry("Jean Pierre, Delmas 33 - NIF 001-234-567-8", 0)  # (a person's tax number)
    assert not before_a_firms_registry("Immeuble Fahd, Dakar\nNINEA 005123", 0)  # (on the next line)


def test_the_unspecified_address_is_not_carried():
    # (a log's client 0.0.0.0 stays where it was found; a VPN's 'TS 0.0.0.0/0' elsewhere is no one's)
    texts = ["[TLS-out] 0.0.0.0 [SMTP Error] 535", "TS 0.0.0.0/0 === 172.16.2.24/32", "from 203.0.113.9 again"]
    found = [[RawFinding("IP_ADDRESS", 10, 17, 0.85, "IPv4Recognizer")], [],
             [RawFinding("IP_ADDRESS", 5, 16, 0.85, "IPv4Recognizer")]]
    assert "0.0.0.0" not in known_values(texts, found) and "203.0.113.9" in known_values(texts, found)
    assert propagate(texts, found, _make)[1] == []


def test_the_loopback_is_not_carried():
    # (a debug dump's 'REMOTE_ADDR': '127.0.0.1' stays where it was found; a reverse proxy's elsewhere is no one's)
    texts = ["'REMOTE_ADDR': '127.0.0.1',", "received from 127.0.0.1 (forwarded for '85.220.165.169')"]
    found = [[RawFinding("IP_ADDRESS", 16, 25, 0.85, "IPv4Recognizer")], []]
    assert "127.0.0.1" not in known_values(texts, found)
    assert propagate(texts, found, _make)[1] == []


def test_a_town_is_not_carried_into_a_firms_column_that_names_its_branch():
    # CallRail's 'Company' names the tenant's branch by its town ('Boréal Heat Pumps – St. John's'); the caller's
    # 'City' of the same name is the caller's
    texts = ["St. John's", "Boréal Heat Pumps – St. John's", "I moved to St. John's in May"]
    found = [[RawFinding("LOCATION", 0, 10, 0.85, "field_name")], [], []]
    out = propagate(texts, found, _make, fields=["City", "Company", "Note"])
    assert out[1] == []
    assert [texts[2][f.start:f.end] for f in out[2]] == ["St. John's"]


def test_round_49s_roles_labels_and_firms_are_no_names():
    from piiscan.detect.engine import _could_be
    from piiscan.detect.known import has_thing_word

    # a hotline's note's role ('Caller lives in Duhok'), a backup job's report's labels ('Files Written:')
    assert not any(_could_be("PERSON", w) for w in ("Caller", "Beneficiary", "Files Written", "FileSet", "JobId"))
    assert _could_be("PERSON", "Rawand Othman")
    assert has_thing_word("Kaibu Market") and has_thing_word("Kaibu Express") and not has_thing_word("Mele Kupu")
    assert has_thing_word("Receiving Dept.") and has_thing_word("Kaibu Reports")
    # a service and a repair shop in Russian and Bulgarian (round 56: ICQ group chats), and no one's name
    assert has_thing_word("Сервис техники Бельцы") and has_thing_word("Ремонт на телефони – София")
    assert not has_thing_word("Мария Иванова")
    assert has_thing_word("Bosch Serie") and has_thing_word("Nova Poshta")  # (a maker's range, a courier)
    assert has_thing_word("Cohen & Peretz Accounting")  # (a firm of its partners)
    from piiscan.detect.structure import firm_field
    assert firm_field("Affiliate") and not firm_field("Contact")  # (a booking's reseller's column)
    assert not any(_could_be("PERSON", w) for w in ("Reparatie", "Cerere", "Receipt", "Возврат"))  # (a subject's kind)
    assert not any(_could_be("PERSON", w) for w in ("Linkėjimai", "Ačiū", "Palun", "Supratau", "Sapratu"))  # (Baltic
    # regards, thanks, please, understood)
    assert not any(_could_be("PERSON", w) for w in ("Visa", "Delivery", "Queue", "PRIVATE CALLER", "School"))
    assert not _could_be("LOCATION", "Gecko")  # (a user agent's engine quoted in a mail)


def test_a_chats_assistant_bot_is_no_one():
    from piiscan.detect.known import SERVICE_ACCOUNT, has_thing_word

    assert SERVICE_ACCOUNT.fullmatch("haat-assistant") and has_thing_word("Haat Assistant")
    assert not SERVICE_ACCOUNT.fullmatch("assistant.kamal") and not has_thing_word("Kamal Hossain")


def test_turkish_and_greek_legal_forms_mark_a_firms_footer():
    from piiscan.config import Detection, NerMode
    from piiscan.detect.engine import Detector
    from piiscan.detect.known import LEGAL_FORM

    assert LEGAL_FORM.search("EVORA Akıllı Ev Teknolojileri A.Ş.") and LEGAL_FORM.search("Demir Ltd. Şti.")
    assert LEGAL_FORM.search("Παπαδόπουλος Α.Ε.") and not LEGAL_FORM.search("Ahmet Aşkın")
    text = "EVORA Akıllı Ev Teknolojileri A.Ş. | Maslak Mah. Büyükdere Cad. No: 255 Sarıyer/İstanbul"
    found = Detector(Detection(ner=NerMode.OFF)).detect_records([text], [None])[0]
    assert not [f for f in found if f.entity_type == "LOCATION"]  # (the firm's address, no one's)


def test_a_desks_mailbox_found_in_a_contacts_column_is_not_carried_into_mails():
    # (round 54: Microsoft Graph's 'from.emailAddress.address' of a service desk, carried into 473 replies' bodies)
    texts = ["service@tehnomarket.bg", "ana.popescu@gmail.com"]
    found = [[RawFinding("EMAIL_ADDRESS", 0, 22, 1.0, "EmailAddressRecognizer")],
             [RawFinding("EMAIL_ADDRESS", 0, 21, 1.0, "EmailAddressRecognizer")]]
    assert set(known_values(texts, found)) == {"ana.popescu@gmail.com"}


def test_a_graph_messages_parties_are_a_messages_not_a_contacts():
    from piiscan.detect.structure import names_a_messages_party

    assert names_a_messages_party("from.emailAddress.address")
    assert names_a_messages_party("toRecipients.0.emailAddress.address")
    assert names_a_messages_party("toRecipients[0].emailAddress.address")  # (as the JSON reader writes the path)
    assert not names_a_messages_party("contact.emailAddress.address")


def test_nothing_is_carried_into_a_branch_or_a_device_named_for_its_spot():
    # (round 54: a time clock's punches, 'Área': 'Sucursal San José', 'Nombre del Dispositivo': 'Reloj Recepción Piso 3')
    texts = ["San José", "Sucursal San José", "Av. Central, Piso 3", "Reloj Recepción Piso 3", "Vivo en San José"]
    found = [[RawFinding("LOCATION", 0, 8, 0.85, "field_name")], [], [RawFinding("LOCATION", 13, 19, 0.85, "x")], [], []]
    out = propagate(texts, found, _make, fields=["Ciudad", "Área", "Ubicación", "Nombre del Dispositivo", "Notas"])
    assert out[1] == [] and out[3] == [] and [texts[4][f.start:f.end] for f in out[4]] == ["San José"]
    # a person's name is still carried into a device's (or a host's) column: Webex's 'Host Name' is the meeting's host
    out = propagate(["Worawut Kasemsuk", "Worawut Kasemsuk"], [[RawFinding("PERSON", 0, 16, 0.85, "field_name")], []],
                    _make, fields=["Participant Name", "Host Name"])
    assert [f.entity_type for f in out[1]] == ["PERSON"]


def test_a_town_is_not_carried_into_a_group_chats_name():
    # (round 56: ICQ's 'payload.chat.title' 'Service GSM Chișinău', carried from a customer's 'locuiesc în Chișinău')
    texts = ["Acum locuiesc în Chișinău, str. Ismail 5.", "Service GSM Chișinău", "Ana din Chișinău"]
    found = [[RawFinding("LOCATION", 17, 25, 0.85, "x")], [], []]
    out = propagate(texts, found, _make, fields=["payload.text", "payload.chat.title", "payload.text"])
    assert out[1] == [] and [texts[2][f.start:f.end] for f in out[2]] == ["Chișinău"]
    # a person's name is still carried there (a private chat titled for its person)
    out = propagate(["Ion Matei", "Ion Matei"], [[RawFinding("PERSON", 0, 9, 0.85, "field_name")], []],
                    _make, fields=["payload.from.name", "payload.chat.title"])
    assert [f.entity_type for f in out[1]] == ["PERSON"]


def test_a_urls_town_code_is_not_carried():
    # (round 60: a ride app's service area in a query, a car's plate's letters elsewhere; a column's code is)
    texts = ["GET /api/v2/promos?city=KBL HTTP/1.1", 'vehicle="Toyota Corolla 2008 KBL 3-44871"', "IDN",
             "Jakarta, IDN"]
    found = [[RawFinding("LOCATION", 24, 27, 0.85, "query_parameter")], [],
             [RawFinding("LOCATION", 0, 3, 0.85, "field_name")], [RawFinding("LOCATION", 0, 7, 0.85, "field_name")]]
    out = propagate(texts, found, _make, fields=[None, None, "country", None])
    assert out[1] == [] and [texts[3][f.start:f.end] for f in out[3]] == ["Jakarta", "IDN"]


@pytest.mark.parametrize(("address", "role"), [
    # round 61: the Nordics', Poland's, Hungary's desks, and eduPerson's scoped affiliations
    ("faktura@fjordens.dk", True), ("bogholderi@lyngholm.dk", True), ("regnskap@firma.no", True),
    ("post@bogely.dk", True), ("firmapost@mjosa.dk", True), ("ksiegowosc@szprycha.pl", True),
    ("ugyfelszolgalat@halozat.hu", True), ("student@uj.edu.pl", True), ("employee@lnu.edu.ua", True),
    ("anna.post@firma.no", False), ("kirsten_thom@bogely.dk", False), ("jens.faktura@firma.dk", False),
])
def test_round_61s_desks(address, role):
    from piiscan.detect.known import is_role_mailbox

    assert is_role_mailbox(address) is role


def test_no_town_is_carried_into_a_registry_nor_a_police_station_nor_a_name_into_a_greeting():
    # round 65: a town found elsewhere is not a registry's ('RCS Saint-Denis 941 ...') nor a police station's after its
    # diary entry's number; a name that is a greeting's first word is not carried into the greeting
    texts = ["Saint-Denis", "employeur: RCS Saint-Denis 941 663 385", "Ami ekhon Kotwali e thaki",
             "GD no. 211, Kotwali thana", "— শুভ", "শুভ সকাল,", "Kotwali e giyechilam; শুভ wrote"]
    found = [[RawFinding("LOCATION", 0, 11, 0.85, "field_name")], [], [RawFinding("LOCATION", 10, 17, 0.9, "PlacePhraseRecognizer")],
             [], [RawFinding("PERSON", 2, 5, 0.85, "PersonSouthAsianScriptRecognizer")], [], []]
    out = propagate(texts, found, _make, fields=["City", "Custom Fields", None, None, None, None, None])
    assert out[1] == [] and out[3] == [] and out[5] == []
    assert [(texts[6][f.start:f.end], f.entity_type) for f in out[6]] == [("Kotwali", "LOCATION"), ("শুভ", "PERSON")]
