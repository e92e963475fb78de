"""The rest of a street address's block (detect/addresses.py)."""

from __future__ import annotations

import pytest

from piiscan.config import Detection, NerMode
from piiscan.detect.addresses import address_blocks
from piiscan.detect.engine import Detector, RawFinding


@pytest.fixture(scope="module")
def detector():
    return Detector(Detection(ner=NerMode.OFF))


def _locations(detector, text):
    found = detector.detect_records([text], ["body"])[0]
    return [text[f.start:f.end] for f in sorted(found, key=lambda f: f.start) if f.entity_type == "LOCATION"]


@pytest.mark.parametrize("text, pieces", [
    # a block: street, unit, town, country and postcode, each line its own piece
    ("14 Crown Street\n Suite 321\n LONDON\n United Kingdom 75419",
     ["14 Crown Street", "Suite 321", "LONDON", "United Kingdom", "75419"]),
    # a town, a region's code after a comma, a postcode, a country on the next line
    ("Ship to:\n221 Maple Street\nSpringfield, IL 62704\nUSA",
     ["221 Maple Street", "Springfield", "IL", "62704", "USA"]),
    # a quoted e-mail's block; a place name's particle
    ("> 85199 Avda. Rio Nalon 58\n> Apt. 461\n> Soto del Barco\n> Spain 61709",
     ["85199", "Avda. Rio Nalon 58", "Apt. 461", "Soto del Barco", "Spain", "61709"]),
    # a house number before a continental street line
    ("My address: 6750 Koskikatu 25, Artilleros", ["6750", "Koskikatu 25", "Artilleros"]),
    # the street line before a unit, where no street word names it, and the town after
    ("validate the following? 51709 Spinatsch 94 Apt. 615 Moosleerau Switzerland",
     ["51709 Spinatsch 94", "Apt. 615", "Moosleerau Switzerland"]),

    # a form's labelled lines: the values after the labels, not the labels
    ("Address: 17 Harbour Road\nCity: Portland\nPIN: 97211\nState: OR\nProduct: AquaPure",
     ["17 Harbour Road", "Portland", "97211", "OR"]),
    # a unit after its street line and a comma: one address line; on a line of its own, a piece
    ("Visit address: 401 W 38th St, Unit 12, Brooklyn, NY 11215", ["401 W 38th St, Unit 12", "Brooklyn", "NY", "11215"]),
    ("Address: 17 Harbour Road\nApt 4B\nPortland", ["17 Harbour Road", "Apt 4B", "Portland"]),
    # Spanish-speaking America's floor, flat and the streets a house is between: after a comma or a blank,
    # one line with the street
    ("Che, vivo en Av. Corrientes 1234, piso 3 depto B, CABA", ["Av. Corrientes 1234, piso 3 depto B", "CABA"]),
    ("Av. 18 de Julio 1450 apto 302, Montevideo", ["Av. 18 de Julio 1450 apto 302", "Montevideo"]),
    ("Vivo en Calle 23 No. 456 e/ L y M, Vedado", ["Calle 23 No. 456 e/ L y M", "Vedado"]),
    ("Dirección: Calle 12 Bloque 5 #8, Carolina", ["Calle 12 Bloque 5 #8", "Carolina"]),
    ("apto 302 y piso 3", ["apto 302", "piso 3"]),  # (no street before them: each its own)
    # an Irish Eircode after the town; a block a page writes with <br>
    ("Felix\n12 Patrick Street\nCork T12 X70A\nIreland", ["12 Patrick Street", "Cork", "T12 X70A", "Ireland"]),
    ("<p>12 Patrick Street<br>Cork T12 X70A<br/>Ireland</p>", ["12 Patrick Street", "Cork", "T12 X70A", "Ireland"]),
    # a Dutch and a Polish postcode before the town; a quoted address's country before its quote
    ("no result for address 'Zeestraat 34, 2312 BK Leiden, Netherlands' (provider nominatim)",
     ["Zeestraat 34", "2312 BK", "Leiden", "Netherlands"]),
    ("address 'ul. Grunwaldzka 166/27, 61-806 Poznań, Poland' (HTTP 200)",
     ["ul. Grunwaldzka 166/27", "61-806", "Poznań", "Poland"]),
    # Hungarian: the postcode and town before the street; a house number's full stop at its line's end
    ("Régi cím: 3550 Tatabánya, Mártírok útja 94. B ép. 4/15.", ["3550 Tatabánya", "Mártírok útja 94"]),
    ("Szilágyi Tibor\nVörösmarty utca 78.\n3582 Budaörs", ["Vörösmarty utca 78", "3582", "Budaörs"]),
    ("Via del Pratello 41\n40122 Bologna (BO)\nphone", ["Via del Pratello 41", "40122", "Bologna", "BO"]),
    # (the province's code its own piece, as the region's after a comma; a country's code after it,
    # a log's brackets closing the record)
    ("Shipping address for SO-2024-118564: Vico Lungo Gelso 144, 80021 Afragola (NA), IT]]",
     ["Vico Lungo Gelso 144", "80021", "Afragola", "NA", "IT"]),
    ('address -> "Petőfi Sándor utca 4., 9021 Győr, Hungary" phone=x', ["Petőfi Sándor utca 4", "9021", "Győr",
                                                                       "Hungary"]),
    # Turkish: a district and its province after the street (the province its own piece, a town list's since round 80)
    ("Adresim: Cumhuriyet Mah. Gazi Sk. No:150 Kat:9 D:10, Yıldırım / Bursa - 16254.",
     ["Cumhuriyet Mah. Gazi Sk. No:150 Kat:9 D:10", "Yıldırım", "Bursa"]),
    # a remark in parentheses after the postcode; an Indonesian area's abbreviation and its name
    ("My home address 150 Panganiban Drive, Naga City, Camarines Sur 4400 (for the ID card).",
     ["150 Panganiban Drive", "Naga City", "Camarines Sur", "4400"]),
    ("Alamakku: Jl. Ahmad Yani No. 88, Kel. Atakkae, Bone", ["Jl. Ahmad Yani No. 88", "Kel. Atakkae", "Bone"]),
    # the last piece on the street's line after a comma, which NER read as a person ('Sabah')
    ("Lot 1234, Jalan Tuaran, 88450 Inanam, Sabah", ["Lot 1234, Jalan Tuaran", "88450", "Inanam", "Sabah"]),
    # a ward's address in Nepal, in English and in Nepali (no case: the pieces are Devanagari words)
    ("Address: Ward No. 4, Baneshwor, Kathmandu", ["Ward No. 4", "Baneshwor", "Kathmandu"]),
    ("ठेगाना: वडा नं. ४, बानेश्वर, काठमाडौं", ["वडा नं. ४", "बानेश्वर", "काठमाडौं"]),
    ("धरान-१२, सुनसरी", ["धरान-१२", "सुनसरी"]),
    # a Mexican address on one line: a flat, the colonia, the borough, the postcode after its label, the city; a
    # town's name with two particles
    ("Calle Reforma 123 Int. 4, Col. Juárez, Alcaldía Cuauhtémoc, C.P. 06600, CDMX",
     ["Calle Reforma 123 Int. 4", "Col. Juárez", "Alcaldía Cuauhtémoc", "06600", "CDMX"]),
    ("Domicilio: Av. Hidalgo 45, Col. Centro, C.P. 29200, San Cristóbal de las Casas, Chiapas",
     ["Av. Hidalgo 45", "Col. Centro", "29200", "San Cristóbal de las Casas", "Chiapas"]),
    # Canada's province in French's abbreviation or by its name in brackets; a state's letters bare before a
    # postcode two blanks apart (round 49)
    ("4, chemin Côte-Sainte-Anne, Bouctouche (N.-B.) E4S 3L9", ["4, chemin Côte-Sainte-Anne", "Bouctouche", "N.-B.", "E4S 3L9"]),
    ("House 675, Cambridge Bay (Nunavut) X0B 0C0", ["House 675", "Cambridge Bay", "Nunavut", "X0B 0C0"]),
    ("Mailing address: C.P. 200, Rankin Inlet NU  X0C 0G0", ["C.P. 200", "Rankin Inlet", "NU", "X0C 0G0"]),
    # a known town after a street line that starts like a shorter one ('House 12'): its postcode too (round 50)
    ("I live at House 12, Road 5, Dhanmondi, Dhaka 1209. Call me", ["House 12, Road 5", "Dhanmondi", "Dhaka", "1209"]),
    # Spain's, Portugal's and Italy's floor and flat between the street and the postcode; a town of three words
    # before a sentence's full stop (round 60's probes)
    ("C/ de Alcalá, 123, 3º 2ª, 28009 Madrid", ["C/ de Alcalá, 123", "28009", "Madrid"]),
    ("Rua Augusta, 125, 3.º Esq., 1100-048 Lisboa", ["Rua Augusta, 125", "1100-048", "Lisboa"]),
    ("Via del Corso 112, int. 5, 00186 Roma", ["Via del Corso 112", "00186", "Roma"]),
    ("Rúa do Franco 22, 15705 Santiago de Compostela.", ["Rúa do Franco 22", "15705", "Santiago de Compostela"]),
    # a house number's addition the Benelux way, a Luxembourg postcode by its letter, Flanders' and Luxembourg's
    # street words (round 60)
    ("nieuw adres: Molenstraat 67 bus 4, 1200 Woluwe-Saint-Lambert", ["Molenstraat 67 bus 4", "1200",
                                                                     "Woluwe-Saint-Lambert"]),
    ("Afleveradres tijdelijk: Lindenlei 212 b2, 9000 Gent", ["Lindenlei 212 b2", "9000", "Gent"]),
    ("Liwweren w.e.g. un: 36 route de Longwy, L-5541 Remich", ["36 route de Longwy", "L-5541", "Remich"]),
    ("Keizersgracht 12 3hoog, 1015 CJ Amsterdam", ["Keizersgracht 12 3hoog", "1015 CJ", "Amsterdam"]),
    ("Avda. de Castelao, 162, 1º 3ª, 36207 Vigo.\nGrazas,\nXosé", ["Avda. de Castelao, 162", "36207", "Vigo"]),  # (thanks)
])
def test_the_rest_of_an_address_block_is_found(detector, text, pieces):
    assert _locations(detector, text) == pieces


@pytest.mark.parametrize("text, pieces", [
    ("I live at 221 Maple Street\nThanks for the help", ["221 Maple Street"]),  # prose
    ("221 Maple Street\nCheers\nBob", ["221 Maple Street"]),  # a sign-off
    ("I live at 221 Maple Street Springfield is nice", ["221 Maple Street"]),  # prose after capitals
    # a postcode's shape that a phone number starts with
    ("PSC 3294, Box 9168\nAPO AA 61487\n416 60 039 office", ["PSC 3294, Box 9168\nAPO AA 61487"]),
    ("The bus drops you off at 07576 Magasinsgatan 7 St.", ["07576", "Magasinsgatan 7"]),  # the street's 'St.'
    ("Meet me at 12 Baker Street, near the park", ["12 Baker Street"]),
    ("Order 4471 Suite 5 tests passed", []),  # no capitalized street words before the unit; a unit alone, no place
    # beside it, is no one's (a test suite's)
    ("1776 Eye Street, N.W. (202) 296-3858", ["1776 Eye Street"]),  # a phone, not a town and its region
    ("Unit 8524 Box 0979\nDPO AA 56703", ["Unit 8524 Box 0979\nDPO AA 56703"]),  # a box is no town
    ("In 2024 December, Mártírok útja 94 was closed", ["Mártírok útja 94"]),  # a date, no postcode and town
    ("I live at 12 Baker Street.\nSpringfield is nice", ["12 Baker Street"]),  # a sentence's full stop
    ("Cím: 1023 Budapest, Jókai utca 5.\nKöszönöm, Acme Kft.", ["1023 Budapest", "Jókai utca 5"]),
    ("munkatárs\nHálóZat Plusz Kft. | 1139 Budapest, Váci út 99. | Tel.: +36 1 555 0100", []),  # the firm's
    ("Acme GmbH · Hauptstraße 5 · 10115 Berlin", []),  # a mail's footer
    ("Kodumasin OÜ | Peterburi tee 47, 11415 Tallinn", []),  # (an Estonian firm's)
    ("IT pagalba | UAB „Baltijos krovinių linija“, Minijos g. 180, LT-93268 Klaipėda", []),  # its form first
    ("Служба підтримки\nТОВ «ТехноДім», вул. Велика Васильківська, 72, м. Київ, 03150", []),
    ("Dirbu iš namų, Konstitucijos pr. 214-39, LT-31746 Panevėžys.", ["Konstitucijos pr. 214-39", "LT-31746",
                                                                      "Panevėžys"]),  # a country's letters
    ("shipped to Savanorių pr. 176-12, LT-03154 Vilnius, tracking", ["Savanorių pr. 176-12", "LT-03154", "Vilnius"]),
    ("adrese: ул. „Шипка“ 117, ет. 3, ап. 55, 9000 Варна, България", ["ул. „Шипка“ 117", "ет. 3", "ап. 55", "9000",
                                                                    "Варна", "България"]),  # a Bulgarian block
    ("Invoice to our office please: Kaduna Soft Ltd, 14 Ahmadu Bello Way, Kaduna 800283, Nigeria",
     ["14 Ahmadu Bello Way", "Kaduna", "800283", "Nigeria"]),  # a customer's own firm's
    ("ship to Burgemeester Reigerstraat 124, 3035 AG Rotterdam, NL", ["Reigerstraat 124", "3035 AG",
                                                                     "Rotterdam", "NL"]),  # a postcode's letters
    ("my work address: Via Roma 115, 31417 Bari. Contact Katarzyna Mercier, +39 311 042 2306.",
     ["Via Roma 115", "31417", "Bari"]),  # a sentence after the town
    # Latin America's flat is the street line's, and a mobile's label is no town ('Int. 13', 'Cel. 987 ...')
    ("Calle Saphi N° 402, Int. 13\nHuancavelica 09001\nPerú\nCel. 987 481 755",
     ["Calle Saphi N° 402, Int. 13", "Huancavelica", "09001", "Perú"]),
    # a log's process on the line after (no region's code: no postcode after its letters)
    ("12 Rizal Street, Sagada, Mountain Province\nPID 4412 nag-hang na naman", ["12 Rizal Street", "Sagada",
                                                                              "Mountain Province"]),
    ("12 Main Street, Springfield,\nIL 62704", ["12 Main Street", "Springfield", "IL", "62704"]),  # (a state's)
    # a sentence's end after the region: a greeting follows, no town
    ("Alamat: Lot 91, Jalan Penrissen, 98050 Marudi, Sarawak. Kopivosian! Lama tak masuk forum.",
     ["Lot 91, Jalan Penrissen", "98050", "Marudi", "Sarawak"]),  # (the sentence's full stop is no part of it)
    ("I live at 12 Oxford Street, Osu, Accra. Call me.", ["12 Oxford Street", "Osu", "Accra"]),
    ("Our office: 4 Main St., Springfield, Ill.", ["4 Main St.", "Springfield", "Ill."]),  # (an abbreviation's)
    ("ship to 12 Ocean Blvd. Miami", ["12 Ocean Blvd.", "Miami"]),  # (an abbreviation's dot: the block goes on)
    ("वडा नं. ४, म भोलि आउँछु भनेर भन्नुस्", ["वडा नं. ४"]),  # (Nepali prose after the ward)
    # the next street's word is no town after a colonia, nor Portuguese's mobile after a street
    ("Entregar en Col. Palmira, Av. República de Chile, casa #1520, Tegucigalpa.",
     ["Col. Palmira", "Av. República de Chile", "casa #1520", "Tegucigalpa"]),
    ("Rua da Resistência 567, tlm 82 765 4321", ["Rua da Resistência 567"]),
    # a quarter and a town after the street, each after a dash (Lusophone Africa's, Brazil's)
    ("agora estou em Rua Serpa Pinto, 220 - Terra Branca - Praia.", ["Rua Serpa Pinto, 220", "Terra Branca", "Praia"]),
    ("12 Main Street - Call me later", ["12 Main Street"]),
])
def test_what_does_not_continue_an_address(detector, text, pieces):
    assert _locations(detector, text) == pieces


def test_a_name_line_joins_the_block_only_when_more_of_the_address_follows():
    text = "221 Maple Street\nArtilleros\n, CO\nJohn Smith"
    street = RawFinding("LOCATION", 0, 16, 0.9, "StreetAddressRecognizer")
    town = RawFinding("PERSON", 17, 27, 0.85, "SpacyRecognizer")  # NER's reading of the town
    signed = RawFinding("PERSON", 33, 43, 0.85, "SpacyRecognizer")  # the letter's signature
    out = address_blocks(text, [street, town, signed])
    assert sorted((f.entity_type, text[f.start:f.end]) for f in out) == [
        ("LOCATION", "221 Maple Street"), ("LOCATION", "Artilleros"), ("LOCATION", "CO"),
        ("PERSON", "John Smith")]
    # the same name line with nothing of the address after it stays a name
    text = "221 Maple Street\nJohn Smith"
    out = address_blocks(text, [street, RawFinding("PERSON", 17, 27, 0.85, "SpacyRecognizer")])
    assert sorted((f.entity_type, text[f.start:f.end]) for f in out) == [
        ("LOCATION", "221 Maple Street"), ("PERSON", "John Smith")]


def test_a_block_runs_a_few_lines_at_most():
    text = "221 Maple Street\nEly\nRye\nHove\nBath\nWells\nYork"
    street = RawFinding("LOCATION", 0, 16, 0.9, "StreetAddressRecognizer")
    out = address_blocks(text, [street])
    assert [text[f.start:f.end] for f in out] == ["221 Maple Street", "Ely", "Rye", "Hove", "Bath"]


def test_no_street_no_change():
    town = RawFinding("LOCATION", 0, 6, 0.85, "SpacyRecognizer")
    assert address_blocks("Oakdal\nIL 60000", [town]) == [town]


def _persons(detector, text):
    found = detector.detect_records([text], ["body"])[0]
    return [text[f.start:f.end] for f in found if f.entity_type == "PERSON"]


@pytest.mark.parametrize("text, names", [
    ("Maureen Thibault\n\n41086 Kiannonkatu 98\n Suite 464", ["Maureen Thibault"]),
    ("Ship to:\nJohn Smith\n221 Maple Street\nSpringfield, IL 62704", ["John Smith"]),
    ("Billing address: Sophie Lang\n    3482 Via Franscini 71", ["Sophie Lang"]),
    ("> Asc Partners\n> Mijail C Adomo\n> 935 69 Gordon Terrace", ["Mijail C Adomo"]),  # not the company above
    # a company's name; a line of prose; a street that does not start its line
    ("Amazon Web Services\n\n9092 Avda. Generalisimo 6", []),
    ("Please send it to our new office at\n221 Maple Street", []),
    ("Thanks Bob\nSee you at 221 Maple Street", ["Bob"]),  # (the greeting's name, not the line's)
    ("Shipping Address\n221 Maple Street", []), ("Head Office\n\n221 Maple Street", []),  # headings
])
def test_the_name_above_an_address_is_its_recipients(detector, text, names):
    assert _persons(detector, text) == names


@pytest.mark.parametrize("text, town, person", [
    ("Szilágyi Tibor\nVörösmarty utca 78.\n3582 Budaörs", "Budaörs", None),  # NER's name is the town
    ("moved recently, the new address is Oudegracht 116, 2011 PK Haarlem.", "Haarlem", None),  # (not its full stop)
    ("my work address: Via Roma 115, 31417 Bari. Contact Katarzyna Mercier, +39 311 042 2306.",
     None, "Katarzyna Mercier"),  # a sentence after the town: its name stays a person's
])
def test_a_town_after_its_postcode_that_ner_reads_as_a_name(text, town, person):
    detector = Detector(Detection())
    if not detector.ner_on:
        pytest.skip("no spaCy model installed")
    found = detector.detect_records([text], ["body"])[0]
    places = [text[f.start:f.end] for f in found if f.entity_type == "LOCATION"]
    people = [text[f.start:f.end] for f in found if f.entity_type == "PERSON"]
    if town:
        assert town in places and town not in people
    if person:
        assert person in people and not any(person in p for p in places)


def test_a_postal_line_is_its_town_postcode_and_country(detector):
    assert _locations(detector, "> Naifaru 06020, Maldives") == ["Naifaru", "06020", "Maldives"]
    assert _locations(detector, "Luque, Central 110101, Paraguay") == ["Central", "110101", "Paraguay"]
    assert _locations(detector, "Order 1234, China") == []  # an order's number, no postcode


@pytest.mark.parametrize("field, text, pieces", [
    # an address column's value, its pieces apart by commas: the street line, town, region,
    # postcode and country each a finding, as in prose
    ("Billing Address", "12 Main Street, Springfield, IL 62704, USA",
     ["12 Main Street", "Springfield", "IL", "62704", "USA"]),
    # a unit's or a house's number joins the street beside it, before or after
    ("address", "Flat 22B, Harmu Housing Colony, Bengaluru, 560034",
     ["Flat 22B, Harmu Housing Colony", "Bengaluru", "560034"]),
    ("Address", "Station Road, H.No 227, Samastipur, 848101", ["Station Road, H.No 227", "Samastipur", "848101"]),
    ("address", "Addis Ketema, H.No 1767, Addis Ababa", ["Addis Ketema, H.No 1767", "Addis Ababa"]),  # (a house's
    # number of four digits, by its word: no town's postcode)
    ("address", "Kebele 03, H.No 1849", ["Kebele 03, H.No 1849"]),
    ("Adresse", "8525 Rosedale Road, Apt 23, Brooklyn", ["8525 Rosedale Road, Apt 23", "Brooklyn"]),  # a unit after
    ("Adres 1", "Kerkstraat 12, 1234, Leuven", ["Kerkstraat 12", "1234", "Leuven"]),  # (a postcode is no unit)
    # a house's door or number after its street (Niger's 'porte', French 'n°')
    ("adresse_livraison", "Boulevard Tanimoune, porte 35, Niamey", ["Boulevard Tanimoune, porte 35", "Niamey"]),
    ("adresse_livraison", "Avenue Chardy, n° 72", ["Avenue Chardy, n° 72"]),
    ("address", "Erf 8667, Robert Mugabe Avenue, Windhoek", ["Erf 8667, Robert Mugabe Avenue", "Windhoek"]),  # a plot
    ("address", "मकान 171, राजनगर रोड, Darbhanga, 846004", ["मकान 171, राजनगर रोड", "Darbhanga", "846004"]),
    # a Portuguese building and floor; a plot before its street, two pieces (a town after a plot stays apart)
    ("Endereço Atual", "Rua Rainha Ginga, Prédio 11, 4.º Andar\nBairro Compão\nLobito, Benguela\nAngola",
     ["Rua Rainha Ginga, Prédio 11, 4.º Andar", "Bairro Compão", "Lobito", "Benguela", "Angola"]),
    ("customer.address", "Plot 3462, Musele Road", ["Plot 3462, Musele Road"]),
    ("delivery_address", "Mtaa wa Idundilanga, Nyumba Na. 65, Makambako", ["Mtaa wa Idundilanga, Nyumba Na. 65", "Makambako"]),
    ("address", "12 High Street, 2nd Floor, London", ["12 High Street, 2nd Floor", "London"]),
    ("customer.address", "Plot 36, Lusaka", ["Plot 36", "Lusaka"]),
    # no number: each place its own; a postcode before its town; lines
    ("Shipping Address", "East Legon, Accra, Greater Accra Region", ["East Legon", "Accra", "Greater Accra Region"]),
    ("adres", "Kerkstraat 12, 1234 AB Amsterdam", ["Kerkstraat 12", "1234 AB", "Amsterdam"]),
    # a town, its region's code and a postcode on one piece (Australia's, as the US' is written too)
    ("EmergencyContact1_Address", "136 Langtree Avenue, Mildura VIC 3500", ["136 Langtree Avenue", "Mildura", "VIC", "3500"]),
    ("address", "8 High St, Leeds LS1 4DY", ["8 High St", "Leeds", "LS1 4DY"]),
    ("address", "14 Crown Street\nLONDON\nUnited Kingdom 75419", ["14 Crown Street", "LONDON", "United Kingdom", "75419"]),
    # LDAP's postalAddress, its lines apart by '$'; a postcode with its dash before the town
    ("postalAddress", "ul. Jeziorna 57$83-340 Sërakòjce$Polska", ["ul. Jeziorna 57", "83-340", "Sërakòjce", "Polska"]),
    # its lines' ends kept as escapes, as a SQL dump's string and an escaping CSV writer keep them
    ("address", r"12 Cairo Road\nLusaka\nZambia", ["12 Cairo Road", "Lusaka", "Zambia"]),
    ("address", r"Plot 14, Kafue Road\r\nChilanga\r\nLusaka 10101", ["Plot 14, Kafue Road", "Chilanga", "Lusaka", "10101"]),
    ("address", r"12 Cairo Road\\Chongwe", [r"12 Cairo Road"]),  # (a backslash alone parts nothing; a town no list
    # names: Lusaka's is place_southern_africa's)
    # one piece: as it is; a coordinate pair is no address; a region's column is one value
    ("address", "12 Main Street", ["12 Main Street"]),
    ("location", "52.5200, 13.4050", ["52.5200, 13.4050"]),
    ("state", "Greater Accra, Ghana", ["Greater Accra, Ghana"]),
    # a street line's column holds one line, whole
    ("address_street_1", "Plot 65, Acholi Lane", ["Plot 65, Acholi Lane"]),
    ("ADDR1", "Lot 75, Tekavatoetoe", ["Lot 75, Tekavatoetoe"]),  # (SuccessFactors' first address line)
    ("Complément d'adresse", "Esc. 2, 4e étage", ["Esc. 2, 4e étage"]),  # (a French address's second line)
    ("Complément d'adresse de livraison", "Résidence Les Bougainvilliers, bât. B", ["Résidence Les Bougainvilliers, bât. B"]),
    ("Address Line 2", "Rue 234, Porte 9", ["Rue 234, Porte 9"]),
    ("Mailing Street", "House No. 202, Boma Road", ["House No. 202, Boma Road"]),  # a CRM's street (Vtiger's)
    ("Street", "12 Main Street, Springfield", ["12 Main Street", "Springfield"]),  # (a street alone: no CRM's)
    # a postcode after its label: Mexico's 'C.P.', Brazil's 'CEP' (no town called 'C.P.')
    ("direccion", "Periférico Norte Poniente #18, C.P. 29350", ["Periférico Norte Poniente #18", "29350"]),
    ("direccion", "Av. General Utrilla #47, C.P. 29320", ["Av. General Utrilla #47", "29320"]),
    ("endereco", "Rua Augusta 12, CEP 01310-100", ["Rua Augusta 12", "01310-100"]),
])
def test_an_address_value_is_found_in_its_pieces(detector, field, text, pieces):
    found = detector.detect_records([text], [field])[0]
    assert [text[f.start:f.end] for f in sorted(found, key=lambda f: f.start) if f.entity_type == "LOCATION"] == pieces


@pytest.mark.parametrize("text, field, pieces", [
    # a street line's value in a statement or a member, whole; an address's, in its pieces
    ("UPDATE customers SET address1 = 'Section 104 Lot 21, Waigani', city = 'Port Moresby' WHERE id = 7",
     "sqltext", ["Section 104 Lot 21, Waigani", "Port Moresby"]),
    ('{"address1":"Lot 5, Gerehu","city":"Port Moresby"}', None, ["Lot 5, Gerehu", "Port Moresby"]),
    ('{"address":"12 Main Street, Springfield"}', None, ["12 Main Street", "Springfield"]),
    # a dump's row, its address's lines apart by the string's escapes
    (r"INSERT INTO `customers` (`id`, `address`) VALUES (1,'Plot 14, Kafue Road\nChilanga\nZambia');", None,
     ["Plot 14, Kafue Road", "Chilanga", "Zambia"]),
])
def test_a_street_lines_value_inside_a_record_is_one_line(detector, text, field, pieces):
    found = detector.detect_records([text], [field])[0]
    assert [text[f.start:f.end] for f in sorted(found, key=lambda f: f.start) if f.entity_type == "LOCATION"] == pieces


def test_a_label_after_an_address_is_no_town(detector):
    # a mail log's subject, then its next key: 'Msg-Id' is no town (nor, carried, found everywhere)
    text = "Subject: Adres: Jl. Siliwangi No. 216, Cianjur, Msg-Id: <a1b2c3@mail.example>"
    assert _locations(detector, text) == ["Jl. Siliwangi No. 216", "Cianjur"]


def test_an_address_block_in_a_dumps_string_is_read_by_its_escaped_lines(detector):
    # a post's body in a mysqldump line: its lines apart by '\n' escapes
    text = (r"INSERT INTO `posts` (`id`, `body`) VALUES (4,'Please send the parts to:\n\nPlot 14 Kafue Road"
            r"\nChilanga\nLusaka 10101\n\nThanks\nanna.berg@example.org');")
    found = sorted(detector.detect_records([text], [None])[0], key=lambda f: f.start)
    assert [text[f.start:f.end] for f in found if f.entity_type == "LOCATION"] == \
        ["14 Kafue Road", "Chilanga", "Lusaka", "10101"]
    assert [text[f.start:f.end] for f in found if f.entity_type == "EMAIL_ADDRESS"] == \
        ["anna.berg@example.org"]  # (not 'nanna.berg@...')


@pytest.mark.parametrize("text, piece", [
    # Indonesia's neighbourhood unit and its ward after the street: one piece, not 'RT' alone
    ("Jl. Hasanuddin No. 123, RT 016/RW 003, Kelurahan Lempeh, Utan, NTB", "RT 016/RW 003"),
    ("Jl. Merdeka No. 8, RT.05/RW.02, Curup", "RT.05/RW.02"),
])
def test_an_rt_rw_unit_is_one_piece(detector, text, piece):
    found = _locations(detector, text)
    assert piece in found and "RT" not in found


@pytest.mark.parametrize("text, town", [
    ("Thanks for the help!\n\nTerveisin,\nEeva Järvinen, Oulu", "Oulu"),  # after a comma
    ("Merci d'avance,\nYassine Bennani\nMeknès", "Meknès"),  # on the next line
    ("Mahadsanid,\nKhadar Ismaaciil – Bosaso", "Bosaso"),  # after a dash
    ("Ar cieņu,\nDace Kalniņa\nJūrmala", "Jūrmala"), ("Kiitos,\nPäivi Hämäläinen, Jyväskylä.", "Jyväskylä"),
    ("Paldies!\nDace Kalniņa (Daugavpils)", "Daugavpils"),
    ("Regards,\nGiedrius Vaitkus\nKlaipėda, Lithuania", "Klaipėda"),  # a country after it
])
def test_a_signatures_town_after_its_name(detector, text, town):
    assert town in _locations(detector, text)


@pytest.mark.parametrize("text, town", [
    ("Merci d'avance,\nSamir Oubella — Had Soualem\n\n-- \nListe Entraide", "Had Soualem"),  # a line in the message
    ("Bonne soirée,\nMayas Mejri — Sahloul — (+216) 51574330\n", "Sahloul"),  # a phone after it
])
def test_a_signatures_line_its_name_a_dash_and_its_town(detector, text, town):
    assert town in _locations(detector, text)


@pytest.mark.parametrize("text", ["Le routeur — Casablanca", "Merci,\nSamir Oubella — Support\n"])
def test_no_town_after_a_dash_without_a_name_before_it(detector, text):
    assert _locations(detector, text) == []


@pytest.mark.parametrize("text", [
    "Terveisin,\nEeva Järvinen, Sales Manager",  # what the writer does
    "Regards,\nGiedrius Vaitkus\nSupport Team",  # a team
    "Terveisin,\nEeva Järvinen, Kuusamo and the rest of the team will call you back",  # no message's end (a town
    # no list has: the signature's rule alone)
    "Terveisin,\nEeva Järvinen\nthe admin",  # no capitalized word
    "Thanks! I will try that tonight.\nSalam, Mutia Bintang",  # (a greeting, then the name: no town)
    "Megan Kowalczyk (Adult); Emily Patterson (Child)",  # (a booking's guests and their ticket types)
])
def test_no_town_after_a_signatures_name_where_none_is(detector, text):
    assert _locations(detector, text) == []


@pytest.mark.parametrize(("text", "towns"), [
    ("Shipment registered: receiver Ali, address Qom, Safaeieh St., Kuche 20, Pelak 11", ["Qom"]),
    ("Address 330362 saved for user 57931: Tehran, Narmak, Golbarg St., 64th Square", ["Tehran", "Narmak"]),
    ("delivery address of BZ-1 to Shiraz, Blvd. Zand, Alley 23", ["Shiraz"]),
])
def test_a_town_and_its_quarter_before_the_street_after_a_label(detector, text, towns):
    assert all(t in _locations(detector, text) for t in towns)


def test_a_name_before_the_street_after_to_stays_the_addressees(detector):
    assert "John" not in _locations(detector, "send it to John, 12 Main Street")


@pytest.fixture(scope="module")
def ner_detector():
    return Detector(Detection())  # NER on: the model make test installs


def test_towns_after_a_plot_each_after_a_comma_are_places(ner_detector):
    text = "Our driver can collect the device from Plot 12345, Disaneng, Maun on Tuesday"
    found = {(f.entity_type, text[f.start:f.end]) for f in ner_detector.detect_records([text], ["body"])[0]}
    assert {("LOCATION", "Disaneng"), ("LOCATION", "Maun")} <= found  # (the model read both as persons)


@pytest.mark.parametrize(("text", "towns"), [
    # a Hebrew street's town after its comma, and its postcode, to the clause's end (round 57's help desk)
    ("אפשר לאסוף מהבית: שדרות מוריה 55, חיפה", ["שדרות מוריה 55", "חיפה"]),
    ("הכתובת: רחוב אחוזה 12, רעננה 4350112", ["רחוב אחוזה 12", "רעננה", "4350112"]),
    ("רחוב הרצל 100, אפשר לאסוף מחר בבוקר אם זה מתאים לכם", ["רחוב הרצל 100"]),  # (a sentence goes on: no town)
])
def test_a_hebrew_streets_town_after_its_comma(detector, text, towns):
    assert _locations(detector, text) == towns
