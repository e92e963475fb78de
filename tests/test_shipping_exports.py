"""A shipping, payments, lending or asset export's cells: whose they are by the column's and the cell's own
words (detect/structure.py, detect/addresses.py, detect/known.py). Synthetic values."""

from __future__ import annotations

import pytest

from piiscan.config import Detection, NerMode
from piiscan.detect.engine import Detector
from piiscan.detect.known import has_thing_word
from piiscan.detect.structure import type_for_name, value_hint


@pytest.fixture(scope="module")
def detector():
    return Detector(Detection(ner=NerMode.OFF))


def _found(detector, field, text):
    found = detector.detect_records([text], [field])[0]
    return [(f.entity_type, text[f.start:f.end]) for f in sorted(found, key=lambda f: f.start)]


@pytest.mark.parametrize(("text", "pieces"), [
    # the flat, its building, then the street line: one line, as Vietnam and Malaysia write it
    ("Căn hộ 2211, tòa A, 247 Bạch Mai", ["Căn hộ 2211, tòa A, 247 Bạch Mai"]),
    ("Unit 5, Block B, 22 Jalan Ampang, Kuala Lumpur", ["Unit 5, Block B, 22 Jalan Ampang", "Kuala Lumpur"]),
    ("Flat 2, 45 Kenyatta Avenue", ["Flat 2, 45 Kenyatta Avenue"]),
    # a postcode and its town after a unit stay apart
    ("Unit 5, Block B, 1200 Sofia", ["Unit 5, Block B", "1200", "Sofia"]),
])
def test_a_unit_and_its_building_before_the_street_are_one_line(detector, text, pieces):
    assert [v for t, v in _found(detector, "Address", text) if t == "LOCATION"] == pieces


@pytest.mark.parametrize("number", ["1900 4287", "1900 545 436", "1800 6092", "1300 655 506",
                                    # Portugal's and Brazil's (round 54)
                                    "808 200 150", "800 20 33 44", "707 500 600", "4003-3939", "0800 725 0011"])
def test_a_businesss_shared_cost_line_in_a_phone_column_is_no_ones(detector, number):
    assert _found(detector, "SĐT người gửi", number) == []


def test_a_persons_mobile_in_a_phone_column_still_is(detector):
    assert _found(detector, "SĐT người gửi", "0901234567") == [("PHONE_NUMBER", "0901234567")]


@pytest.mark.parametrize("text", ["Kho 6, KCN Tân Bình, TP.HCM", "Warehouse 3, Jebel Ali",
                                  "Gudang 2, Kawasan Industri Pulogadung, Jakarta"])
def test_a_shops_warehouse_as_the_pickup_is_no_ones_place(detector, text):
    assert _found(detector, "Địa chỉ lấy hàng", text) == []


def test_a_first_name_found_elsewhere_is_not_carried_into_the_warehouses_address(detector):
    texts = ["Nguyễn Thị Linh", "Kho 2, KCN Quang Minh, Mê Linh, Hà Nội"]
    fields = ["Tên người nhận", "Địa chỉ lấy hàng"]
    from piiscan.detect.known import propagate

    found = detector.detect_records(texts, fields)
    found = propagate(texts, found, detector.known_value, fields=fields)
    assert found[1] == []
    assert [(f.entity_type, texts[0][f.start:f.end]) for f in found[0]] == [("PERSON", "Nguyễn Thị Linh")]


@pytest.mark.parametrize("text", ["Transportes Rápidos Benguela, Lda.", "Lusoconstrói - Materiais de Construção, Lda.",
                                  "Cooperativa Agrícola do Vale do Sorraia, CRL", "Farmácia Polana",
                                  "Condomínio Edifício Estrela Rua de Santa Catarina",  # (round 54: Lusophone firms)
                                  "Công ty CP Sách Đông Á Books", "Công ty TNHH Thời Trang Sao Việt",
                                  "Trà Thái Nguyên Tân Cương Shop", "PT Maju Jaya Makmur", "CV Sinar Abadi"])
def test_a_firm_in_a_names_column_and_the_towns_in_its_name_are_no_ones(detector, text):
    assert _found(detector, "Tên người gửi", text) == []


@pytest.mark.parametrize("text", ["Trang Nguyen", "Rayong Nguyen", "Phan Hữu Bảo"])
def test_a_name_alone_in_a_names_column_is_a_person_though_a_town_shares_its_first_word(detector, text):
    assert _found(detector, "Tên người nhận", text) == [("PERSON", text)]


@pytest.mark.parametrize(("value", "firm"), [("PT Maju Jaya", True), ("Cty Hồng Ngọc", True),
                                             ("Toko Kopi Pinogu", True), ("Pteri Santoso", False),
                                             ("Cvetan Petrov", False), ("Công Phượng", False)])
def test_a_firms_kind_before_its_name(value, firm):
    assert has_thing_word(value) is firm


def test_a_bank_accounts_holder_is_a_person_where_a_clouds_account_name_is_not():
    hint = value_hint("accountDetails.accountName", "SANI BELLO", 0, 10, "field_name")
    assert (hint.entity_type, hint.start, hint.end) == ("PERSON", 0, 10)
    assert value_hint("accountPayments.0.accountName", "HADIZA GARBA", 0, 12, "field_name").entity_type == "PERSON"
    assert value_hint("accountName", "SANI BELLO", 0, 10, "field_name") is None
    assert value_hint("aws.accountName", "Production Account", 0, 18, "field_name") is None


def test_a_name_as_papers_give_it_and_a_cards_country():
    assert type_for_name("Legal Name (Local Script)") == "PERSON"
    assert type_for_name("Name on Passport") == "PERSON"
    assert type_for_name("cardDetails.countryCode") is None  # (the issuer's)
    assert type_for_name("customer.countryCode") == "LOCATION"


def test_an_asset_tag_after_a_devices_kind_is_no_machines_name(detector):
    assert _found(detector, "Laptop Asset Tag", "ORD-LT-1412") == []
    assert _found(detector, "Laptop Name", "DESKTOP-4F7KQ2M") == [("HOSTNAME", "DESKTOP-4F7KQ2M")]


@pytest.mark.parametrize(("field", "text"), [("Nội dung hàng hóa", "Sách Nhà giả kim"),
                                             ("Package Contents", "Son kem lì màu 05")])
def test_a_parcels_contents_are_a_label(field, text):
    from piiscan.detect.structure import is_label_field

    assert is_label_field(field)
    assert not is_label_field("Ghi chú")


@pytest.mark.parametrize(("text", "number"), [("Airtime top-up 08131460859", "08131460859"),
                                              ("MTN recharge 08037081322", "08037081322")])
def test_a_prepaid_top_ups_number(detector, text, number):
    assert _found(detector, "paymentDescription", text) == [("PHONE_NUMBER", number)]


def test_an_order_number_beside_a_top_up_is_none(detector):
    assert _found(detector, "paymentDescription", "Airtime top-up order 20240511") == []


@pytest.mark.parametrize("text", ["Hibret Women Equb", "Duterimbere Ikimina", "Mshikamano Wafugaji",
                                  "Koperative Twisungane", "ፍቅር የሴቶች ማህበር"])
def test_a_savings_group_or_a_cooperative_in_a_clients_name_is_no_person(detector, text):
    assert _found(detector, "displayName", text) == []


def test_a_zambian_family_name_is_no_group(detector):
    assert _found(detector, "displayName", "Amina Chama") == [("PERSON", "Amina Chama")]


def test_a_branchs_name_and_the_towns_in_it_are_the_firms(detector):
    from piiscan.detect.structure import firms_site_field

    assert firms_site_field("officeName") and firms_site_field("Store Name")
    assert not firms_site_field("firstName")
    assert _found(detector, "officeName", "Addis Ababa - Bole") == []


@pytest.mark.parametrize("text", ["Ana Lima, Rui Sousa", "Celso Sithole", "Maria das Graças Souza"])
def test_names_in_a_names_column_stay_names_beside_firms_legal_forms(detector, text):
    assert [kind for kind, _ in _found(detector, "Nome", text)] and all(
        kind == "PERSON" for kind, _ in _found(detector, "Nome", text))


@pytest.mark.parametrize(("field", "text"), [
    ("netif2.Loopback Pseudo-Interface 1.0.address", "127.0.0.1"), ("interfaces.lo.0.address", "127.0.0.1"),
    ("netif2.Loopback Pseudo-Interface 1.0.address", "::1"),
])
def test_a_loopback_interfaces_addresses_are_no_ones(detector, field, text):
    # (round 54: an agent's interface list, MeshCentral's 'netif2')
    assert _found(detector, field, text) == []


def test_an_interfaces_own_address_is_still_found(detector):
    assert _found(detector, "netif2.Wi-Fi.0.address", "192.168.1.34") == [("IP_ADDRESS", "192.168.1.34")]


@pytest.mark.parametrize(("field", "text"), [
    ("rname", "PC-ALCINDAM07"), ("hardware.windows.osinfo.CSName", "DESKTOP-JG9E8G7"),
    ("name", "NB-MARIA-PEREIR"),  # (IT's kind first, its owner's names cut at fifteen letters)
])
def test_a_remote_management_agents_machine_names(detector, field, text):
    assert _found(detector, field, text) == [("HOSTNAME", text)]


@pytest.mark.parametrize(("text", "found"), [
    ("Tchissola Chilombo Mbala", [("PERSON", "Tchissola Chilombo Mbala")]),
    ("Usuário", []), ("Administrador", []),  # (Windows' defaults where setup asked no name)
])
def test_windows_registered_user(detector, text, found):
    assert _found(detector, "hardware.windows.osinfo.RegisteredUser", text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("DESKTOP-JG9E8G7\\ilidio.m", [("HOSTNAME", "DESKTOP-JG9E8G7"), ("USERNAME", "ilidio.m")]),
    ("NB-MARIA-PEREIR\\maria.pereira", [("HOSTNAME", "NB-MARIA-PEREIR"), ("USERNAME", "maria.pereira")]),
    ("MABUNDA\\alcinda.m", [("USERNAME", "MABUNDA\\alcinda.m")]),  # (a domain's name: one with its login)
    ("SRV-DC01\\Administrador", []),  # (a server's built-in account)
])
def test_a_local_account_with_its_persons_machine_is_the_machine_and_the_login(detector, text, found):
    # (round 54: MeshCentral's logged-in 'users')
    assert _found(detector, "users.0", text) == found


@pytest.mark.parametrize(("field", "text", "found"), [
    ("address.exterior", "1194", [("LOCATION", "1194")]), ("address.interior", "12", [("LOCATION", "12")]),
    ("car.interior", "12", []),  # (a Mexican address's outside and inside numbers; not a car's)
])
def test_a_mexican_addresss_numbers(detector, field, text, found):
    assert _found(detector, field, text) == found


@pytest.mark.parametrize(("field", "kind"), [
    ("to_wilaya_name", "LOCATION"), ("to_commune_name", "LOCATION"), ("destinationCommune", "LOCATION"),
    ("recipient_municipality", "LOCATION"),  # where a parcel goes: its recipient's (Yalidine's, round 59)
    ("from_wilaya_name", None), ("current_commune_name", None), ("to_commune_id", None),  # a shop's, a hub's; an id
    ("Service login", "USERNAME"), ("PPPoE login", "USERNAME"), ("last_login", None),  # an ISP's subscriber's login
])
def test_a_parcels_destination_and_a_subscribers_login_by_their_columns(field, kind):
    assert type_for_name(field) == kind


def test_a_subscribers_login_with_its_realm_is_no_mailbox(detector):
    assert _found(detector, "Service login", "olfa_jlas@fibrewave.tn") == [("USERNAME", "olfa_jlas@fibrewave.tn")]
    assert _found(detector, "Login", "olfa.jlas@gmail.com") == [("EMAIL_ADDRESS", "olfa.jlas@gmail.com")]


def test_an_isps_point_of_presence_is_no_ones_machine(detector):
    assert _found(detector, "Location", "POP-TN-11") == []
    assert _found(detector, "Location", "ingrid-laptop") == [("HOSTNAME", "ingrid-laptop")]


@pytest.mark.parametrize(("field", "text", "found"), [
    ("Lieu", "Centre Médical Ibn Sina - Rabat Agdal", []),  # a booking's venue: the firm's town, its namesake
    ("Lieu", "Polyclinique Les Oliviers - Sfax", []),
    ("current_center_name", "Centre de tri Tizi Ouzou", []),
    ("Ville", "Sfax", [("LOCATION", "Sfax")]),  # (a town's column: the person's)
])
def test_a_venues_cell_holds_no_ones_town_or_name(detector, field, text, found):
    assert _found(detector, field, text) == found


def test_a_phone_in_a_note_after_the_address_is_apart_from_it(detector):
    text = "Didouche Mourad, n° 107 (appeler avant, 0779-16-88-11)"
    assert _found(detector, "address", text) == [("LOCATION", "Didouche Mourad, n° 107"),
                                                  ("PHONE_NUMBER", "0779-16-88-11")]


def test_a_client_column_beside_the_clients_contacts_is_a_name():
    from piiscan.detect.structure import column_hints

    header = ["ID", "Prestataire", "Lieu", "Client", "E-mail du client", "Téléphone du client", "Ville"]
    assert column_hints(header) == {3: "Client Full Name"}
    assert column_hints(["time", "client", "bytes"]) == {}  # (a log's connection end)
