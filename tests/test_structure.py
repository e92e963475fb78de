import pytest

from piiscan.detect.structure import (
    analyze_structure,
    column_hints,
    is_free_text_name,
    is_label_field,
    is_region_field,
    ldap_attribute_hints,
    ldap_filter_hints,
    normalize_name,
    radius_attribute_hints,
    resolved_attribute_hints,
    sql_column_name,
    type_for_name,
    value_hint,
)

LINE = ('203.0.113.7, 10.0.0.2 - alice.n [10/Oct/2026:13:55:36 +0000] '
        '"GET /a?login=jdoe&email=x%40example.com&page=2 HTTP/1.1" 200 2326 "-" '
        '"Mozilla/5.0 Chrome/118.0.5993.88 Agent/2.0.0.1"')


def _hints(text, field=None):
    return [(h.entity_type, text[h.start:h.end]) for h in analyze_structure(text, field).hints]


def test_combined_log_user_field_and_query_parameters_are_context():
    s = analyze_structure(LINE, None)
    assert s.is_log_line
    assert ("USERNAME", "alice.n") in _hints(LINE)
    assert ("USERNAME", "jdoe") in _hints(LINE)
    # page=2 and the e-mail parameter (left to the e-mail recognizer) give no hint
    assert [h for h in _hints(LINE) if h[1] == "2"] == []


def test_user_agent_and_timestamp_suppress_version_strings():
    s = analyze_structure(LINE, None)
    agent = LINE.index("Mozilla")
    assert any(sup.start <= agent and "IP_ADDRESS" in sup.entity_types for sup in s.suppressions)
    ts = LINE.index("10/Oct")
    assert any(sup.start <= ts < sup.end and "PHONE_NUMBER" in sup.entity_types for sup in s.suppressions)


def test_anonymous_user_and_prose_give_no_structure():
    line = LINE.replace("alice.n", "-")
    assert ("USERNAME", "-") not in _hints(line)
    assert not analyze_structure("Hello, I am Jane and my laptop broke.", None).is_log_line


def test_hostname_client_is_a_hostname():
    line = 'monitoring-server - - [26/Dec/2016:16:16:29 +0200] "GET /status HTTP/1.1" 200 12'
    assert ("HOSTNAME", "monitoring-server") in _hints(line)


@pytest.mark.parametrize(
    "field, expected",
    [
        ("author.name", "PERSON"),
        ("full_name", "PERSON"),
        ("user_email", "EMAIL_ADDRESS"),
        ("device_serial", "SERIAL_NUMBER"),
        ("remote_user", "USERNAME"),
        ("clientIp", "IP_ADDRESS"),
        ("payment_card_number", "CREDIT_CARD"),
        ("Straße", "LOCATION"), ("Prénom", "PERSON"), ("Téléphone", "PHONE_NUMBER"),  # other languages
        ("E-Mail-Adresse", "EMAIL_ADDRESS"), ("Nachname", "PERSON"), ("Dirección", "LOCATION"),
        ("Consumer Name", "PERSON"), ("PreferredName", "PERSON"),  # a review's, an HR extract's
        ("location_lat", "LOCATION"), ("pickupLng", "LOCATION"), ("geo.lon", "LOCATION"),  # coordinates
        ("device.vendor_id", "HARDWARE_ID"),  # iOS's identifier for the vendor (GA4)
        ("product.name", None),
        ("page", None),
        ("event_time", None),
        ("flat", None), ("format", None), ("vendor_id", None),
        ("Nom affiché", "PERSON"), ("Code postal", "LOCATION"), ("Woonplaats", "LOCATION"), ("GSM", "PHONE_NUMBER"),
        ("countryOrRegion", "LOCATION"), ("colorOrSize", None), ("twitter_handle", "USERNAME"),
        ("Lead Owner First Name", "PERSON"), ("card[last_name]", "PERSON"), ("customer[email]", "EMAIL_ADDRESS"),
        ("billing_address[state_code]", "LOCATION"), ("POPostalCode", "LOCATION"), ("PORegion", "LOCATION"),
        ("Buyer", "USERNAME"), ("Usager", "USERNAME"), ("Numéro de série", "SERIAL_NUMBER"),
        ("SkypeName", "USERNAME"), ("IPAddress", "IP_ADDRESS"),
        ("_embedded.threads.0.createdBy.first", "PERSON"), ("assignee.last", "PERSON"), ("links.first", None),
        ("closedByUser.first", "PERSON"),
        ("_highlightResult.author.value", "PERSON"),  # Algolia's copy of a record's 'author'
        # a Romance language's name says what it is first, then whose
        ("Telefone para a entrega", "PHONE_NUMBER"), ("Nome do comprador", "PERSON"), ("Nom du client", "PERSON"),
        ("Nome do Produto", None), ("Nombre de usuario", "USERNAME"), ("Endereço de e-mail", "EMAIL_ADDRESS"),
        ("Número de telefone", "PHONE_NUMBER"), ("Data de nascimento", None), ("Código do produto", None),
        ("Telefone", "PHONE_NUMBER"), ("Complemento", "LOCATION"), ("SMS", "PHONE_NUMBER"),
        ("primary_address_postalcode", "LOCATION"), ("CAP", "LOCATION"), ("cap", "LOCATION"),  # Italy's postcode
        # (in a form's print_r too, '[cap] => 07020': value_hint takes five digits only, not a limit's '100')
        ("instrument_serial_c", "SERIAL_NUMBER"), ("Home_Phone__c", "PHONE_NUMBER"), ("abc_c", None),  # custom fields
        ("Custom Field: Company Phone IMEI", "HARDWARE_ID"),
        # Polish, Nordic, Finnish and Czech exports' columns
        ("Imię", "PERSON"), ("Nazwisko", "PERSON"), ("Kod pocztowy", "LOCATION"), ("Miasto (dostawa)", "LOCATION"),
        ("Województwo", "LOCATION"), ("Telefon komórkowy", "PHONE_NUMBER"), ("Förnamn", "PERSON"),
        ("Etternavn", "PERSON"), ("Postort", "LOCATION"), ("Sähköposti", "EMAIL_ADDRESS"), ("E-post", "EMAIL_ADDRESS"),
        ("Příjmení", "PERSON"), ("PSČ", "LOCATION"), ("Användarnamn", "USERNAME"), ("Numer seryjny", "SERIAL_NUMBER"),
        ("Produkty", None), ("Przewoźnik", None), ("Suma", None),  # (labels: no NER, see below)
        ("Owned By", "USERNAME"), ("Neighbourhood", "LOCATION"), ("Workstation Name", "HOSTNAME"),
        ("Instagram", "USERNAME"), ("Emergency Contact", "PERSON"), ("Framenummer", "SERIAL_NUMBER"),
        ("db_user", "USERNAME"), ("NetworkDeviceName", None),  # (a switch, where a device name goes)
        ("properties.$geoip_subdivision_1_code", "LOCATION"), ("properties.$geoip_subdivision_1_name", "LOCATION"),
        ("client.geo.country_iso_code", "LOCATION"), ("locality", "LOCATION"), ("cicode", "LOCATION"),
        ("iso_code", None),  # (a currency's or a language's as often)
        # Romanian puts whose after what, with no word between; Hungarian, Finnish and Norwegian
        ("Nume client", "PERSON"), ("Adresa facturare", "LOCATION"), ("Cod postal livrare", "LOCATION"),
        ("Persoana contact livrare", "PERSON"), ("Judet livrare", "LOCATION"), ("Tara livrare", "LOCATION"),
        ("Denumire produs", None), ("Locker nume", None), ("Observatii client", None), ("Codice cliente", None),
        ("Teljes név", "PERSON"), ("Telepítési cím", "LOCATION"), ("Irányítószám", "LOCATION"),
        ("Felhasználónév", "USERNAME"), ("Käyttäjän koko nimi", "PERSON"), ("Affected user", "USERNAME"),
        ("Pårørende telefon", "PHONE_NUMBER"), ("Telefon arbeid", "PHONE_NUMBER"), ("Adresselinje 2", "LOCATION"),
        ("Mobile app version", None), ("geolocation.country_iso", "LOCATION"), ("context.geo.postal", "LOCATION"),
        ("DynamicField_EszkozSorozatszam", "SERIAL_NUMBER"), ("DynamicField_CPE_MAC", "HARDWARE_ID"),
        ("DynamicField_Ugyfelszam", None),  # OTRS' and Znuny's own fields
        # Baltic languages put whose before what; Slavic ones, Icelandic and Hebrew after
        ("Kliendi nimi", "PERSON"), ("Tarneaadress", "LOCATION"), ("Postiindeks", "LOCATION"),
        ("Toote nimi", None), ("Tarne kuupäev", None), ("Kasutajanimi", "USERNAME"),
        ("Klienta vārds", "PERSON"), ("Piegādes adrese", "LOCATION"), ("Tālrunis", "PHONE_NUMBER"),
        ("Preces nosaukums", None), ("Piegādes datums", None),
        ("Kliento vardas", "PERSON"), ("Vartotojo vardas", "USERNAME"), ("El. paštas", "EMAIL_ADDRESS"),
        ("Pašto kodas", "LOCATION"), ("Kliento telefonas", "PHONE_NUMBER"),
        ("Ime in priimek", "PERSON"), ("Naslov za dostavo", "LOCATION"), ("Uporabniško ime", "USERNAME"),
        ("Naslov", None),  # (a Croatian title as often)
        ("Adresa dostave", "LOCATION"), ("Telefon kupca", "PHONE_NUMBER"), ("Ime proizvoda", None),
        ("Datum dostave", None), ("Poštanski broj", "LOCATION"), ("Serijski broj", "SERIAL_NUMBER"),
        ("Име и фамилия", "PERSON"), ("Пощенски код", "LOCATION"), ("Адрес за доставка", "LOCATION"),
        ("Потребителско име", "USERNAME"),
        ("ПІБ", "PERSON"), ("Адреса доставки", "LOCATION"), ("Ім'я користувача", "USERNAME"), ("Індекс", "LOCATION"),
        ("Назва товару", None),
        ("שם הלקוח", "PERSON"), ("שם משתמש", "USERNAME"), ("כתובת למשלוח", "LOCATION"), ("שם מוצר", None),
        ("ชื่อลูกค้า", "PERSON"), ("ชื่อผู้ใช้", "USERNAME"), ("ที่อยู่จัดส่ง", "LOCATION"), ("ชื่อสินค้า", None),
        ("Nafn viðskiptavinar", "PERSON"), ("Póstnúmer", "LOCATION"), ("Netfang", "EMAIL_ADDRESS"),
        ("Όνομα χρήστη", "USERNAME"), ("Σειριακός αριθμός", "SERIAL_NUMBER"), ("UF", "LOCATION"),
        # Hebrew says what first ('a phone for contact'); a bare name only with whose
        ("טלפון ליצירת קשר", "PHONE_NUMBER"), ("איש קשר טכני", "PERSON"), ("משתמש מחובר אחרון", "USERNAME"),
        ("בעלים", "PERSON"), ("תאריך מסירה", None), ("כתובת IP", "IP_ADDRESS"),
        # a second of its kind; an abbreviation's dot is no key path's
        ("IMEI 2 (eSIM)", "HARDWARE_ID"), ("phone2", "PHONE_NUMBER"), ("Email 2", "EMAIL_ADDRESS"), ("name2", None),
        ("order2", None), ("Serijska št. računalnika", "SERIAL_NUMBER"), ("Ел. пошта", "EMAIL_ADDRESS"),
        ("Službeni računalnik", "HOSTNAME"), ("Naslov stalnega prebivališča", "LOCATION"), ("Müügiagent", "PERSON"),
        ("srcNode.name", "HOSTNAME"), ("device.name", "HOSTNAME"), ("host.name", None),
        ("context.device.name", None),  # an analytics SDK's: a phone's model as often (Segment's 'SM-S918U')
        ("Usuário marketplace", "USERNAME"), ("User agent", None), ("Conta corrente", None),  # a buyer's login
        # Indonesian and Malay, Tagalog and Swahili (what before whose, some with a link)
        ("Nama Pelanggan", "PERSON"), ("Nama Produk", None), ("Alamat Pengiriman", "LOCATION"), ("Alamat Toko", None),
        ("No. HP", "PHONE_NUMBER"), ("No. Telepon Pembeli", "PHONE_NUMBER"), ("Kode Pos", "LOCATION"),
        ("Nama Pengguna", "USERNAME"), ("Negeri", "LOCATION"), ("Nombor Siri", "SERIAL_NUMBER"),
        ("Pangalan ng Customer", "PERSON"), ("Numero ng Telepono", "PHONE_NUMBER"), ("Pangalan ng Produkto", None),
        ("Jina la Mteja", "PERSON"), ("Jina la Mtumiaji", "USERNAME"), ("Jina la Bidhaa", None),
        ("Nambari ya Simu", "PHONE_NUMBER"), ("Barua pepe", "EMAIL_ADDRESS"),
        # Hindi and Bengali (whose first, Hindi with its link), Persian (what first)
        ("ग्राहक का नाम", "PERSON"), ("ग्राहक का पता", "LOCATION"), ("उपयोगकर्ता नाम", "USERNAME"),
        ("मोबाइल नंबर", "PHONE_NUMBER"), ("पिन कोड", "LOCATION"), ("उत्पाद का नाम", None),
        ("গ্রাহকের নাম", "PERSON"), ("প্রাপকের ঠিকানা", "LOCATION"), ("ফোন নম্বর", "PHONE_NUMBER"), ("পণ্যের নাম", None),
        ("نام مشتری", "PERSON"), ("نام و نام خانوادگی", "PERSON"), ("نام محصول", None), ("نام کاربری", "USERNAME"),
        ("آدرس گیرنده", "LOCATION"), ("آدرس فروشگاه", None), ("شماره موبایل", "PHONE_NUMBER"), ("شماره سفارش", None),
        ("کد پستی", "LOCATION"), ("شماره سريال", "SERIAL_NUMBER"), ("الشهر", None),  # (Arabic's month)
        # Georgian, Armenian, Azerbaijani and Kazakh genitives; Serbian in Cyrillic
        ("კლიენტის სახელი", "PERSON"), ("მომხმარებლის სახელი", "USERNAME"), ("მიწოდების მისამართი", "LOCATION"),
        ("პროდუქტის სახელი", None), ("Հաճախորդի անուն", "PERSON"), ("Օգտատիրոջ անուն", "USERNAME"),
        ("Էլ. փոստ", "EMAIL_ADDRESS"), ("Müştərinin adı", "PERSON"), ("Çatdırılma ünvanı", "LOCATION"),
        ("İstifadəçi adı", "USERNAME"), ("Məhsulun adı", None), ("Клиенттің аты", "PERSON"),
        ("Алушының мекенжайы", "LOCATION"), ("Аты-жөні", "PERSON"), ("Пайдаланушы аты", "USERNAME"),
        ("Тауардың аты", None), ("Име купца", "PERSON"), ("Адреса испоруке", "LOCATION"),
        ("Поштански број", "LOCATION"), ("Корисничко име", "USERNAME"),
        # Catalan, Welsh, Afrikaans and Albanian
        ("Nom del client", "PERSON"), ("Adreça d'enviament", "LOCATION"), ("Codi postal", "LOCATION"),
        ("Correu electrònic", "EMAIL_ADDRESS"), ("Nom d'usuari", "USERNAME"), ("Nom del producte", None),
        ("Enw cwsmer", "PERSON"), ("Cyfeiriad e-bost", "EMAIL_ADDRESS"), ("Rhif ffôn", "PHONE_NUMBER"),
        ("Enw cynnyrch", None), ("Kliënt se naam", "PERSON"), ("Selfoonnommer", "PHONE_NUMBER"),
        ("Poskode", "LOCATION"), ("Emri i klientit", "PERSON"), ("Adresa e dorëzimit", "LOCATION"),
        ("Numri i telefonit", "PHONE_NUMBER"), ("Emri i produktit", None), ("Emri i plotë", "PERSON"),
        ("Облыс", "LOCATION"), ("Сатып алушы", "USERNAME"), ("استان", "LOCATION"), ("شهر", "LOCATION"),
        ("creator_name", "PERSON"), ("creator_id", None),  # (Twist's comment's author)
        ("from_field.name", "PERSON"), ("to_fields.0.name", "PERSON"),  # Missive's
        # Urdu and Nepali (whose first, with or without a link), Sinhala, Tamil, Telugu
        ("گاہک کا نام", "PERSON"), ("خریدار کا پتہ", "LOCATION"), ("صارف کا نام", "USERNAME"),
        ("موبائل نمبر", "PHONE_NUMBER"), ("ڈاک کوڈ", "LOCATION"), ("مصنوعات کا نام", None), ("دکان کا پتہ", None),
        ("ग्राहकको नाम", "PERSON"), ("ग्राहक को नाम", "PERSON"), ("प्रयोगकर्ताको नाम", "USERNAME"),
        ("फोन नम्बर", "PHONE_NUMBER"), ("हुलाक कोड", "LOCATION"), ("उत्पादनको नाम", None),
        ("පාරිභෝගිකයාගේ නම", "PERSON"), ("පරිශීලක නාමය", "USERNAME"), ("දුරකථන අංකය", "PHONE_NUMBER"),
        ("வாடிக்கையாளரின் பெயர்", "PERSON"), ("பயனர் பெயர்", "USERNAME"), ("பொருள் பெயர்", None),
        ("அஞ்சல் குறியீடு", "LOCATION"), ("కస్టమర్ పేరు", "PERSON"), ("ఫోన్ నంబర్", "PHONE_NUMBER"),
        ("ఉత్పత్తి పేరు", None),
        # Amharic, Yoruba, Hausa and Somali
        ("የደንበኛ ስም", "PERSON"), ("የተጠቃሚ ስም", "USERNAME"), ("የደንበኛ ስልክ", "PHONE_NUMBER"), ("የምርት ስም", None),
        ("Orúkọ oníbàárà", "PERSON"), ("Orúkọ olùlò", "USERNAME"), ("Nọ́mbà fóònù", "PHONE_NUMBER"),
        ("Sunan abokin ciniki", "PERSON"), ("Sunan mai amfani", "USERNAME"), ("Sunan kaya", None),
        ("Adireshin abokin ciniki", "LOCATION"), ("Magaca macmiilka", "PERSON"),
        ("Magaca isticmaalaha", "USERNAME"), ("Magaca alaabta", None), ("Lambarka taleefanka", "PHONE_NUMBER"),
        # Mongolian, Uzbek and Macedonian
        ("Харилцагчийн нэр", "PERSON"), ("Хэрэглэгчийн нэр", "USERNAME"), ("Харилцагчийн утас", "PHONE_NUMBER"),
        ("Бүтээгдэхүүний нэр", None), ("Mijoz ismi", "PERSON"), ("Mijozning telefoni", "PHONE_NUMBER"),
        ("Foydalanuvchi nomi", "USERNAME"), ("Mahsulot nomi", None), ("Мижоз манзили", "LOCATION"),
        ("Име на купувачот", "PERSON"), ("Име на корисникот", "USERNAME"), ("Име на производот", None),
        ("Телефон на примачот", "PHONE_NUMBER"),
        # Slovak and Czech, Maltese, Irish, Basque, Galician and Khmer
        ("Meno zákazníka", "PERSON"), ("Jméno příjemce", "PERSON"), ("Meno používateľa", "USERNAME"),
        ("Názov produktu", None), ("Adresa doručenia", "LOCATION"), ("Isem tal-klijent", "PERSON"),
        ("Isem tal-utent", "USERNAME"), ("Isem tal-prodott", None), ("Numru tat-telefon", "PHONE_NUMBER"),
        ("Ainm an chustaiméara", "PERSON"), ("Ainm an táirge", None), ("Éirchód", "LOCATION"),
        ("Bezeroaren izena", "PERSON"), ("Erabiltzailearen izena", "USERNAME"), ("Produktuaren izena", None),
        ("Posta kodea", "LOCATION"), ("Nome e apelidos", "PERSON"), ("Enderezo de envío", "LOCATION"),
        ("ឈ្មោះអតិថិជន", "PERSON"), ("ឈ្មោះផលិតផល", None), ("លេខទូរស័ព្ទ", "PHONE_NUMBER"),
        # Gujarati, Punjabi (with its link 'ਦਾ'), Marathi, Kannada, Malayalam
        ("ગ્રાહકનું નામ", "PERSON"), ("વપરાશકર્તા નામ", "USERNAME"), ("ગ્રાહકનું સરનામું", "LOCATION"),
        ("મોબાઇલ નંબર", "PHONE_NUMBER"), ("ઉત્પાદનનું નામ", None), ("ਗਾਹਕ ਦਾ ਨਾਮ", "PERSON"),
        ("ਵਰਤੋਂਕਾਰ ਦਾ ਨਾਮ", "USERNAME"), ("ਪਿੰਨ ਕੋਡ", "LOCATION"), ("ਉਤਪਾਦ ਦਾ ਨਾਮ", None),
        ("ग्राहकाचे नाव", "PERSON"), ("वापरकर्त्याचे नाव", "USERNAME"), ("ग्राहकाचा पत्ता", "LOCATION"),
        ("भ्रमणध्वनी", "PHONE_NUMBER"), ("उत्पादनाचे नाव", None), ("ಗ್ರಾಹಕರ ಹೆಸರು", "PERSON"),
        ("ಬಳಕೆದಾರರ ಹೆಸರು", "USERNAME"), ("ಉತ್ಪನ್ನದ ಹೆಸರು", None), ("ഉപഭോക്താവിന്റെ പേര്", "PERSON"),
        ("ഉപയോക്തൃനാമം", "USERNAME"), ("ഫോൺ നമ്പർ", "PHONE_NUMBER"), ("ഉൽപ്പന്നത്തിന്റെ പേര്", None),
        # Turkmen, Xhosa and Zulu, Maori (two links: 'o te'), Samoan
        ("Müşderiniň ady", "PERSON"), ("Ulanyjy ady", "USERNAME"), ("Poçta indeksi", "LOCATION"),
        ("Harydyň ady", None), ("Igama lomthengi", "PERSON"), ("Igama lomsebenzisi", "USERNAME"),
        ("Inombolo yefowuni", "PHONE_NUMBER"), ("Igama lemveliso", None), ("Igama lekhasimende", "PERSON"),
        ("Ingoa o te kiritaki", "PERSON"), ("Ingoa kaiwhakamahi", "USERNAME"), ("Nama waea", "PHONE_NUMBER"),
        ("Ingoa o te hua", None), ("Tuatusi", "LOCATION"), ("Igoa atoa", "PERSON"),
        # Belarusian, Kyrgyz, Tajik (a bare 'name of' before whose: 'Номи мизоҷ')
        ("Імя пакупніка", "PERSON"), ("Імя карыстальніка", "USERNAME"), ("Паштовы індэкс", "LOCATION"),
        ("Назва тавару", None), ("Кардардын аты", "PERSON"), ("Колдонуучунун аты", "USERNAME"),
        ("Товардын аты", None), ("Номи мизоҷ", "PERSON"), ("Номи корбар", "USERNAME"), ("Номи мол", None),
        # Lao and Burmese (one word: the customer's name), Kurdish in both scripts, Pashto
        # (after its 'د'), Igbo, Malagasy ('Anaran'ny'), Faroese, Luxembourgish, Tigrinya
        ("ຊື່ລູກຄ້າ", "PERSON"), ("ຊື່ຜູ້ໃຊ້", "USERNAME"), ("ຊື່ສິນຄ້າ", None), ("ဖောက်သည်အမည်", "PERSON"),
        ("ကုန်ပစ္စည်းအမည်", None), ("Navê xerîdar", "PERSON"), ("Navê bikarhêner", "USERNAME"),
        ("Navê berhemê", None), ("ناوی کڕیار", "PERSON"), ("ژمارەی تەلەفۆن", "PHONE_NUMBER"),
        ("د پېرودونکي نوم", "PERSON"), ("د محصول نوم", None), ("Aha onye ahịa", "PERSON"),
        ("Anaran'ny mpanjifa", "PERSON"), ("Anaran'ny mpampiasa", "USERNAME"), ("Anaran'ny vokatra", None),
        ("Brúkaranavn", "USERNAME"), ("Teldupostur", "EMAIL_ADDRESS"), ("Familljennumm", "PERSON"),
        ("Postleitzuel", "LOCATION"), ("ስም ዓሚል", "PERSON"), ("ቁጽሪ ቴሌፎን", "PHONE_NUMBER"),
        # Tatar and Bashkir (head last: 'Клиент исеме'), Chechen, Uyghur, Sindhi, Assamese,
        # Odia, Dhivehi (its vowel signs are letters), Tibetan
        ("Клиент исеме", "PERSON"), ("Кулланучы исеме", "USERNAME"), ("Почта индексы", "LOCATION"),
        ("Товар исеме", None), ("Ҡулланыусы исеме", "USERNAME"), ("Ҡала", "LOCATION"), ("ЦӀе", "PERSON"),
        ("خېرىدار ئىسمى", "PERSON"), ("تېلېفون نومۇرى", "PHONE_NUMBER"), ("مەھسۇلات ئىسمى", None),
        ("پورو نالو", "PERSON"), ("فون نمبر", "PHONE_NUMBER"), ("গ্ৰাহকৰ নাম", "PERSON"),
        ("ব্যৱহাৰকাৰীৰ নাম", "USERNAME"), ("সামগ্ৰীৰ নাম", None), ("ଗ୍ରାହକଙ୍କ ନାମ", "PERSON"),
        ("ଉପଯୋଗକର୍ତ୍ତାଙ୍କ ନାମ", "USERNAME"), ("ଫୋନ ନମ୍ବର", "PHONE_NUMBER"), ("ଉତ୍ପାଦ ନାମ", None),
        ("ފުރިހަމަ ނަން", "PERSON"), ("ފޯނު ނަންބަރު", "PHONE_NUMBER"), ("ཁ་པར་ཨང་གྲངས་", "PHONE_NUMBER"),
        # Tok Pisin ('bilong'), Fijian ('ni'), Tongan ('ʻo e'), Haitian Creole, Breton ('ar'),
        # Kinyarwanda ('ry'' glued), Shona, Wolof, Lingala, Oromo, Tswana and Sesotho ('la'),
        # West Frisian, Romansh, Occitan ('del')
        ("Nem bilong kastoma", "PERSON"), ("Nem bilong yusa", "USERNAME"), ("Nem bilong samting", None),
        ("Fon namba", "PHONE_NUMBER"), ("Yaca ni kasitama", "PERSON"), ("Hingoa ʻo e kasitomaa", "PERSON"),
        ("Non kliyan", "PERSON"), ("Non itilizatè", "USERNAME"), ("Non pwodwi", None),
        ("Nimewo telefòn", "PHONE_NUMBER"), ("Kòd postal", "LOCATION"), ("Anv ar pratik", "PERSON"),
        ("Chomlec'h", "LOCATION"), ("Izina ry'umukiriya", "PERSON"), ("Izina ry'igicuruzwa", None),
        ("Nimero ya telefoni", "PHONE_NUMBER"), ("Umudugudu", "LOCATION"), ("Zita remutengi", "PERSON"),
        ("Turu kiliyaan", "PERSON"), ("Nkombo ya mosombi", "PERSON"), ("Maqaa maamilaa", "PERSON"),
        ("Lakkoofsa bilbilaa", "PHONE_NUMBER"), ("Leina la moreki", "PERSON"), ("Leina la modirisi", "USERNAME"),
        ("Leina la sedirisiwa", None), ("Nomoro ya mohala", "PHONE_NUMBER"), ("Namme klant", "PERSON"),
        ("Brûkersnamme", "USERNAME"), ("Postkoade", "LOCATION"), ("Numer da telefon", "PHONE_NUMBER"),
        ("Nom del client", "PERSON"), ("Numero del cliente", None), ("Codice del cliente", None),
        # Esperanto ('de'), Scottish Gaelic ('a'' and its lenited 'chustamair'), Cebuano ('sa'),
        # Hiligaynon ('sang'), Ilocano ('ti'), Northern Sami, Greenlandic, Yiddish (its points
        # are no letters), Sorbian, Sardinian, Chuvash, Yakut, Ossetian
        ("Nomo de kliento", "PERSON"), ("Nomo de uzanto", "USERNAME"), ("Nomo de produkto", None),
        ("Poŝtkodo", "LOCATION"), ("Retpoŝto", "EMAIL_ADDRESS"), ("Telefonnumero", "PHONE_NUMBER"),
        ("persona_nomo", "PERSON"), ("posxtkodo", "LOCATION"), ("retposxto", "EMAIL_ADDRESS"),  # (the x-system's)
        ("Ainm a' chustamair", "PERSON"), ("Ainm-cleachdaiche", "USERNAME"), ("Ainm a' bhathair", None),
        ("Còd-puist", "LOCATION"), ("Àireamh fòn", "PHONE_NUMBER"), ("Post-d", "EMAIL_ADDRESS"),
        ("Ngalan sa kustomer", "PERSON"), ("Ngalan sa produkto", None), ("Ngalan sang kustomer", "PERSON"),
        ("Numero sang telepono", "PHONE_NUMBER"), ("Pinuy-anan", "LOCATION"), ("Nagan ti kustomer", "PERSON"),
        ("Nagan ti produkto", None), ("Pagtaengan", "LOCATION"), ("Geavaheaddjinamma", "USERNAME"),
        ("Čujuhus", "LOCATION"), ("Mátketelefovdna", "PHONE_NUMBER"), ("Ateq tamaat", "PERSON"),
        ("Illoqarfik", "LOCATION"), ("Oqarasuaatip normua", "PHONE_NUMBER"), ("פֿולער נאָמען", "PERSON"),
        ("באַניצער נאָמען", "USERNAME"), ("אַדרעס", "LOCATION"), ("טעלעפֿאָן", "PHONE_NUMBER"),
        ("Swójbne mjeno", "PERSON"), ("Wužiwarske mjeno", "USERNAME"), ("Postowe čisło", "LOCATION"),
        ("Sambenadu", "PERSON"), ("Indiritzu", "LOCATION"), ("Хушамат", "PERSON"), ("Куорат", "LOCATION"),
        ("Мыггаг", "PERSON"),
        # Udmurt, Tuvan, Tetum (no link), Javanese, Sundanese, Papiamento ('di'), Friulian,
        # Kashubian, siSwati, Xitsonga, Northern Ndebele, Chichewa ('la'), Bemba and Luganda
        # ('lya'), Kikuyu, Hmong, Rusyn (a genitive), Ladino, Manx, Cornish ('an'), Walloon,
        # Limburgish, Latgalian, Palauan; a product's name is none of them
        ("Ним", "PERSON"), ("Хоорай", "LOCATION"), ("Кудумчу", "LOCATION"), ("Naran kliente", "PERSON"),
        ("Naran produtu", None), ("Numeru telefone", "PHONE_NUMBER"), ("Enderesu", "LOCATION"),
        ("Jeneng panganggo", "USERNAME"), ("Jeneng lengkap", "PERSON"), ("Nomer telpon", "PHONE_NUMBER"),
        ("Ngaran pamaké", "USERNAME"), ("Nòmber di kliente", "PERSON"), ("Nòmber di produkto", None),
        ("Number di telefòn", "PHONE_NUMBER"), ("Kòde postal", "LOCATION"), ("Korreo elektróniko", "EMAIL_ADDRESS"),
        ("Number di serie", "SERIAL_NUMBER"), ("Cognon", "PERSON"), ("Indiriç", "LOCATION"),
        ("Codiç postâl", "LOCATION"), ("Telefonin", "PHONE_NUMBER"), ("Miono", "PERSON"), ("Brëkòwnik", "USERNAME"),
        ("Sibongo", "PERSON"), ("Lucingo", "PHONE_NUMBER"), ("Xivongo", "PERSON"), ("Riqingho", "PHONE_NUMBER"),
        ("Doroba", "LOCATION"), ("Ibizo", "PERSON"), ("Isibongo", "PERSON"), ("Dzina la kasitomala", "PERSON"),
        ("Dzina la katundu", None), ("Nambala ya foni", "PHONE_NUMBER"), ("Mzinda", "LOCATION"),
        ("Ishina lya kasitoma", "PERSON"), ("Erinnya lya kasitoma", "PERSON"), ("Erinnya lya omukozesa", "USERNAME"),
        ("Essimu", "PHONE_NUMBER"), ("Ekibuga", "LOCATION"), ("Rĩĩtwa", "PERSON"), ("Npe", "PERSON"),
        ("Xov tooj", "PHONE_NUMBER"), ("Chaw nyob", "LOCATION"), ("Мено хоснователя", "USERNAME"),
        ("Презвиско", "PERSON"), ("Alkunya", "PERSON"), ("Sivdad", "LOCATION"), ("Ennym", "PERSON"),
        ("Sloinney", "PERSON"), ("Hanow an devnydhyer", "USERNAME"), ("Hanow", "PERSON"), ("Pellgowser", "PHONE_NUMBER"),
        ("Trigva", "LOCATION"), ("Uzeu", "USERNAME"), ("Limero d' telefone", "PHONE_NUMBER"), ("Veurnaam", "PERSON"),
        ("Gebroeker", "USERNAME"), ("Uzvuords", "PERSON"), ("Piļsāta", "LOCATION"), ("Ngakl", "PERSON"),
        ("Beluu", "LOCATION"),
        # left out: Indonesian's 'Suku' (an ethnic group), siSwati's 'live' (country), Walloon's
        # and Papiamento's streets 'Rowe' and 'Kaya' (names), Manx's 'çheer' ('cheer')
        ("Suku", None), ("Live", None), ("Rowe", None), ("Kaya", None), ("Cheer", None),
        # Crimean Tatar, Gagauz, Karelian, Võro, Asturian, Aragonese, Sicilian ('dû'), Neapolitan,
        # Low German, Scots, Balinese, Minangkabau, Acehnese, Cantonese (Traditional Chinese),
        # Mizo, Khasi, Newar, Kapampangan, Nahuatl, Yucatec Maya, K'iche', Tahitian, Gilbertese,
        # Bislama ('blong'), Kabyle ('n'), Tamazight (Tifinagh), Dholuo; a product's name is none
        ("Qullanıcı adı", "USERNAME"), ("Soqaq", "LOCATION"), ("Şeer", "LOCATION"), ("Küü", "LOCATION"),
        ("Kullanıcı", "USERNAME"), ("Sugunimi", "PERSON"), ("Linnu", "LOCATION"), ("Uulitsu", "LOCATION"),
        ("Pruukja", "USERNAME"), ("Külä", "LOCATION"), ("Aadrõs", "LOCATION"), ("Apellíu", "PERSON"),
        ("Nome d'usuariu", "USERNAME"), ("Direición", "LOCATION"), ("Códigu postal", "LOCATION"),
        ("Corréu electrónicu", "EMAIL_ADDRESS"), ("Númberu de serie", "SERIAL_NUMBER"), ("Apellito", "PERSON"),
        ("Adreza", "LOCATION"), ("Ciudat", "LOCATION"), ("Nomu dû clienti", "PERSON"), ("Nomu dû prodottu", None),
        ("Cugnomu", "PERSON"), ("Nnirizzu", "LOCATION"), ("Telèfunu", "PHONE_NUMBER"), ("Còdici postali", "LOCATION"),
        ("Cugnomme", "PERSON"), ("Nomme", "PERSON"), ("Vörnaam", "PERSON"), ("Tonaam", "PERSON"),
        ("Postleettall", "LOCATION"), ("Brukernaam", "USERNAME"), ("Toun", "LOCATION"), ("Uiser name", "USERNAME"),
        ("Faimily name", "PERSON"), ("Wastan", "PERSON"), ("Namo pangguno", "USERNAME"), ("Alamaik", "LOCATION"),
        ("Kampuang", "LOCATION"), ("Gampông", "LOCATION"), ("客戶姓名", "PERSON"), ("用戶名稱", "USERNAME"),
        ("手提電話", "PHONE_NUMBER"), ("電郵地址", "EMAIL_ADDRESS"), ("郵政編號", "LOCATION"), ("序列號", "SERIAL_NUMBER"),
        ("Hmangtu hming", "USERNAME"), ("Hming", "PERSON"), ("Khawpui", "LOCATION"), ("Kyrteng", "PERSON"),
        ("Shnong", "LOCATION"), ("नां", "PERSON"), ("Lagyu", "PERSON"), ("Apelyidu", "PERSON"), ("Tocaitl", "PERSON"),
        ("Altepetl", "LOCATION"), ("Noj kaaj", "LOCATION"), ("B'i'aj", "PERSON"), ("Tinamit", "LOCATION"),
        ("I'oa", "PERSON"), ("Oire", "LOCATION"), ("Purumu", "LOCATION"), ("Niuniu", "PHONE_NUMBER"),
        ("Kaawa", "LOCATION"), ("Tareboon", "PHONE_NUMBER"), ("Nem blong kastoma", "PERSON"),
        ("Nem blong prodak", None), ("Namba blong fon", "PHONE_NUMBER"), ("Vilej", "LOCATION"),
        ("Isem n useqdac", "USERNAME"), ("Isem n ufaris", None), ("Tansa", "LOCATION"), ("Tamdint", "LOCATION"),
        ("Tiliɣri", "PHONE_NUMBER"), ("Imayl", "EMAIL_ADDRESS"), ("ⵉⵙⵎ", "PERSON"), ("ⵜⴰⵏⵙⴰ", "LOCATION"),
        ("ⵜⵉⵍⵉⴼⵓⵏ", "PHONE_NUMBER"), ("Nying", "PERSON"), ("Gweng", "LOCATION"),
        # left out: Asturian's 'cai' (the name Cai), Võro's 'liin' (Estonian's 'line'), Sicilian's
        # 'strata' (English), Acehnese's 'nan', Gilbertese's 'aran', Kapampangan's 'balen'
        # (names), Yucatec's 'k'aaba'' ('Kaaba'), Mapudungun's 'üy' ('Uy'), Low German's
        # 'gemeen' (Dutch 'mean'), Chinese '序號' (a table's row number)
        ("Cai", None), ("Liin", None), ("Strata", None), ("Nan", None), ("Aran", None), ("Balen", None),
        ("K'aaba'", None), ("Üy", None), ("Gemeen", None), ("序號", None),
        # Komi, Erzya, Kabardian (the palochka typed as 'I' too), Ingush, Lezgin, Ligurian,
        # Venetian, Piedmontese, Lombard, Tulu, Bodo, Dogri, Buginese, Madurese, Toba Batak,
        # Tausug, Bikol ('kan'), Waray ('han'), Niuean, Cook Islands Māori, Ojibwe, Plains Cree,
        # Bambara; a product's name is none
        ("Ов", "PERSON"), ("Кар", "LOCATION"), ("Грезд", "LOCATION"), ("Лем", "PERSON"), ("Ош", "LOCATION"),
        ("Веле", "LOCATION"), ("Ульця", "LOCATION"), ("ЦӀэ", "PERSON"), ("ЦIэ", "PERSON"), ("УнэцӀэ", "PERSON"),
        ("Къалэ", "LOCATION"), ("Къуажэ", "LOCATION"), ("Уэрам", "LOCATION"), ("ЦӀи", "PERSON"),
        ("Шахьар", "LOCATION"), ("ТӀвар", "PERSON"), ("Шегьер", "LOCATION"), ("Хуьр", "LOCATION"),
        ("Куьче", "LOCATION"), ("Cognomme", "PERSON"), ("Çittæ", "LOCATION"), ("Stradda", "LOCATION"),
        ("Indirisso", "LOCATION"), ("Sità", "LOCATION"), ("Contrà", "LOCATION"), ("Cittaa", "LOCATION"),
        ("Pudar", "PERSON"), ("ಪುದರ್", "PERSON"), ("मुं", "PERSON"), ("गामि", "LOCATION"), ("ग्रां", "LOCATION"),
        ("Wanua", "LOCATION"), ("Laleng", "LOCATION"), ("Dhisa", "LOCATION"), ("Goar", "PERSON"), ("Huta", "LOCATION"),
        ("Lungsud", "LOCATION"), ("Pangaran", "PERSON"), ("Pangaran kan kustomer", "PERSON"),
        ("Pangaran kan produkto", None), ("Ngaran han kustomer", "PERSON"), ("Ngaran han produkto", None),
        ("Banwaan", "LOCATION"), ("Bungto", "LOCATION"), ("Syudad", "LOCATION"), ("Higoa", "PERSON"),
        ("Maaga", "LOCATION"), ("Tereponi", "PHONE_NUMBER"), ("Izhinikaazowin", "PERSON"), ("Oodena", "LOCATION"),
        ("Wîhowin", "PERSON"), ("Ôtênaw", "LOCATION"), ("Tɔgɔ", "PERSON"), ("Dugu", "LOCATION"),
        ("Telefɔni", "PHONE_NUMBER"),
        # left out: Bambara's 'jamu' (Indonesian's herbal drink), Toba Batak's 'marga' and
        # Acholi's 'paco' (first names), Acholi's 'gang' and 'kampong' (English words)
        ("Jamu", None), ("Marga", None), ("Paco", None), ("Gang", None), ("Kampong", None), ("Han Solo", None),
        # Hiri Motu, Marquesan, Pohnpeian, Warlpiri, Miskito, Sango (its tone marks too),
        # Oshiwambo, Tshiluba, Kikongo, Zarma, Fulfulde and Pulaar: a village, a town, a country
        ("Hanua", "LOCATION"), ("Henua", "LOCATION"), ("Kousapw", "LOCATION"), ("Ngurra", "LOCATION"),
        ("Tawan", "LOCATION"), ("Kodro", "LOCATION"), ("Ködörö", "LOCATION"), ("Gbata", "LOCATION"),
        ("Gbätä", "LOCATION"), ("Oshilongo", "LOCATION"), ("Ondoolopa", "LOCATION"), ("Omukunda", "LOCATION"),
        ("Ditunga", "LOCATION"), ("Musoko", "LOCATION"), ("Vata", "LOCATION"), ("Mbanza", "LOCATION"),
        ("Kwaara", "LOCATION"), ("Wuro", "LOCATION"), ("Leydi", "LOCATION"),
        # left out: Kikongo's 'nsi' (an acronym's letters), Mooré's 'tẽnga' ('Tenga' once its tilde
        # goes: a brand, a family name)
        ("Nsi", None), ("Tẽnga", None), ("Tenga", None),
        # Tamasheq and Tachelhit (Latin and Tifinagh), Tigre, Yapese, Solomon Islands Pijin, Lango,
        # Ateso and Turkana, Kalenjin, Umbundu, Chokwe and Lunda, Kaonde, Chichewa, Mauritian and
        # Seychellois Creole, Comorian: a town, a village, a country, an address
        ("Aɣrem", "LOCATION"), ("Eɣrem", "LOCATION"), ("ⴰⵖⵔⵎ", "LOCATION"), ("Tamazirt", "LOCATION"),
        ("ⵜⴰⵎⴰⵣⵉⵔⵜ", "LOCATION"), ("ዓድ", "LOCATION"), ("Binaw", "LOCATION"), ("Tabinaw", "LOCATION"),
        ("Vilij", "LOCATION"), ("Kabedo", "LOCATION"), ("Akwap", "LOCATION"), ("Kokwet", "LOCATION"),
        ("Imbo", "LOCATION"), ("Ofeka", "LOCATION"), ("Chifuchi", "LOCATION"), ("Muzhi", "LOCATION"),
        ("Kyalo", "LOCATION"), ("Tauni", "LOCATION"), ("Vilaz", "LOCATION"), ("Lavil", "LOCATION"),
        ("Distrik", "LOCATION"), ("Ladres", "LOCATION"), ("Landrwa", "LOCATION"), ("Rezion", "LOCATION"),
        ("Mdji", "LOCATION"),
        # left out: Tamasheq's 'akal' (a family name), Chichewa's 'boma' (a town), Ndau's 'musha'
        # (a family name, a sector), the Creoles' 'pei' (a family name), Comorian's 'ntsi' (letters)
        ("Akal", None), ("Boma", None), ("Musha", None), ("Pei", None), ("Ntsi", None),
        # Cook Islands Māori, Mentawai, Makassarese, Toraja, Banjar, Zarma and Dendi, Hassaniya
        # (Latin and Arabic), Tarifit, Runyankole, Lozi, Yao, Wolaytta, Sidamo, Samburu: a village,
        # a town, a country, a department, a road, a place
        ("Tapere", "LOCATION"), ("Laggai", "LOCATION"), ("Pa'rasangang", "LOCATION"), ("Tondok", "LOCATION"),
        ("Banua", "LOCATION"), ("Laabu", "LOCATION"), ("Moughataa", "LOCATION"), ("Mouqataa", "LOCATION"),
        ("الولاية", "LOCATION"), ("المقاطعة", "LOCATION"), ("المحافظة", "LOCATION"), ("المركز", None), ("البلدية", "LOCATION"), ("Thamurth", "LOCATION"),
        ("Thamdint", "LOCATION"), ("Ekyaro", "LOCATION"), ("Eihanga", "LOCATION"), ("Omuhanda", "LOCATION"),
        ("Munzi", "LOCATION"), ("Sibaka", "LOCATION"), ("Chilambo", "LOCATION"), ("Biittaa", "LOCATION"),
        ("Qoqqowo", "LOCATION"), ("Nkang", "LOCATION"),
        # left out: Sasak's 'gubuk' (a hut) and 'dasan', Lozi's 'naha', Tumbuka's 'muzi' and 'charu',
        # Yao's 'musi', Tokelauan's 'nuku', Ibibio's 'obio' and 'isong', Toraja's 'lembang',
        # 'manyatta' (a word, names, places)
        ("Gubuk", None), ("Dasan", None), ("Naha", None), ("Muzi", None), ("Charu", None), ("Musi", None),
        ("Nuku", None), ("Obio", None), ("Isong", None), ("Lembang", None), ("Manyatta", None),
        # Maranao, Ifugao, Oshindonga and Oshikwanyama: a town, a village, a region
        ("Inged", "LOCATION"), ("Boble", "LOCATION"), ("Oshitopolwa", "LOCATION"),
        # left out: Pangasinan's 'baley', Borana's 'olla', Luvale's 'limbo' (a name, words)
        ("Baley", None), ("Olla", None), ("Limbo", None),
        # Tshivenda: a village, a town, a province; left out: its 'shango' (land: a deity's name)
        ("Muvhundu", "LOCATION"), ("Ḓorobo", "LOCATION"), ("Dorobo", "LOCATION"), ("Vundu", "LOCATION"),
        ("Shango", None),
        # Zapotec, Otomi, Purépecha, Kichwa, Sranan Tongo, Tolai: a town, a village, a country;
        # Indonesian's hamlet, its 'RT/RW'; left out: 'RT' and 'RW' alone (letters), Shipibo's
        # 'jema' (a first name), Sranan's 'foto' and 'strati' (a photo, Italian's 'layers'),
        # Nias' 'öri' (a first name), Gorontalo's 'lipu' (a Chinese county)
        ("Guidxi", "LOCATION"), ("Hnini", "LOCATION"), ("Ireta", "LOCATION"), ("Llakta", "LOCATION"),
        ("Kondre", "LOCATION"), ("Gunan", "LOCATION"), ("Dusun", "LOCATION"), ("RT/RW", "LOCATION"),
        ("rt_rw", "LOCATION"), ("RT", None), ("RW", None), ("Jema", None), ("Foto", None), ("Strati", None),
        ("Öri", None), ("Lipu", None),
        # Totonac's town, Tz'utujil's, Mexico's Spanish rural places, Filipino's purok and
        # barrio, Mozambique's Portuguese village, Swahili's sub-village, Uganda's sub-county,
        # Runyankore's town; left out: 'cantón' (a city's names), 'sitio' (a web
        # site), Swahili's 'kijiji' (a site's name), 'kata', 'tarafa', Totonac's 'tiji', 'kaya'
        ("Kachikin", "LOCATION"), ("Kachikín", "LOCATION"), ("Tinaamit", "LOCATION"), ("Ejido", "LOCATION"),
        ("Paraje", "LOCATION"), ("Ranchería", "LOCATION"), ("Purok", "LOCATION"), ("Purok / Sitio", "LOCATION"),
        ("Baryo", "LOCATION"), ("Aldeia", "LOCATION"), ("Kitongoji", "LOCATION"), ("Gombolola", "LOCATION"),
        # Mexico's address columns: a neighbourhood, a borough, the cross streets, the house's outer
        # and inner number, the postcode with its dots (a bare 'CP' too, France's: value_hint takes five digits only);
        # a form's given names
        ("Colonia", "LOCATION"), ("Alcaldía", "LOCATION"), ("Entre calles", "LOCATION"), ("Núm. ext.", "LOCATION"),
        ("Número interior", "LOCATION"), ("C.P.", "LOCATION"), ("CP", "LOCATION"), ("Nombre(s)", "PERSON"),
        ("Calle y número", "LOCATION"), ("Domicilio fiscal", "LOCATION"), ("Entidad federativa", "LOCATION"),
        # and its people by their role, its phone and serial columns (not English's 'Driver', 'Patient')
        ("Repartidor", "PERSON"), ("Chofer", "PERSON"), ("Paciente", "PERSON"), ("Titular", "PERSON"),
        ("Beneficiario", "PERSON"), ("Número telefónico", "PHONE_NUMBER"), ("Número de celular", "PHONE_NUMBER"),
        ("No. de serie", "SERIAL_NUMBER"), ("Driver", None), ("Patient", None),
        ("Ggombolola", "LOCATION"), ("Orurembo", "LOCATION"), ("Cantón", None),
        ("Sitio", None), ("Kijiji", None), ("Kata", None), ("Tarafa", None), ("Tiji", None), ("Kaya", None),
        # French's arrondissement, hamlet and lieu-dit, Italian's frazione and località, Portugal's
        # parish, Belgium's and Switzerland's municipal words, Amharic's zone, village and
        # neighbourhood, Ethiopia's units in Latin letters, Kenya's county and sub-county,
        # Zanzibar's shehia, Bislama's island; left out: 'domicile' (a home phone's), 'lieu', 'pueblo',
        # 'barrio' (names), 'lugar' (a rank), 'NPA' (an area code), 'zone', 'ketema' (a first
        # name), 'ward', 'sublocation', 'nem' (Hungarian's sex)
        ("Arrondissement", "LOCATION"), ("Hameau", "LOCATION"), ("Lieu-dit", "LOCATION"), ("Frazione", "LOCATION"),
        ("Località", "LOCATION"), ("Freguesia", "LOCATION"), ("Deelgemeente", "LOCATION"), ("Gemeinde", "LOCATION"),
        ("ዞን", "LOCATION"), ("መንደር", "LOCATION"), ("ሰፈር", "LOCATION"), ("Kebele", "LOCATION"), ("Woreda", "LOCATION"),
        ("Wereda", "LOCATION"), ("Kifle Ketema", "LOCATION"), ("Kilil", "LOCATION"), ("Kaunti", "LOCATION"),
        ("Subcounty", "LOCATION"), ("Shehia", "LOCATION"), ("Aelan", "LOCATION"), ("Domicile", None),
        ("Tél domicile", "PHONE_NUMBER"), ("Lieu", None), ("Pueblo", None), ("Barrio", None), ("Lugar", None),
        ("NPA", None), ("Zone", None), ("Ketema", None), ("Ward", None), ("Sublocation", None), ("Nem", None),
        # Norwegian's, Swedish's, Finnish's, Estonian's and Latvian's addresses, municipalities,
        # districts, villages and birthplaces, their customers', recipients' and contacts' names,
        # their phones' and mail's shorter and longer headers; Malay's and Indonesian's parents',
        # guardians' and next of kin's names, addresses and phones; Mozambique's and Timor-Leste's
        # Portuguese; Afrikaans; a township; Shona's mobile phone; left out: 'suku' (an ethnic
        # group), 'suco' (a juice), 'taman' (a garden), 'bahagian' (a department), 'constituency'
        # (a donor's kind), 'by', 'gate', 'van' (English's), 'vito' (a first name)
        ("Brukarnamn", "USERNAME"), ("Användare", "USERNAME"), ("Nome de utilizador", "USERNAME"),
        ("Kundenavn", "PERSON"), ("Kundnamn", "PERSON"), ("Mottaker", "PERSON"), ("Mottagare", "PERSON"),
        ("Vastaanottaja", "PERSON"), ("Yhteyshenkilö", "PERSON"), ("Familienaam", "PERSON"), ("Nooiensvan", "PERSON"),
        ("Nama Bapa", "PERSON"), ("Nama Ibu Kandung", "PERSON"), ("Nama Penjaga", "PERSON"), ("Nama Waris", "PERSON"),
        ("Nome do Pai", "PERSON"), ("Nome da Mãe", "PERSON"), ("Gateadresse", "LOCATION"), ("Postadresse", "LOCATION"),
        ("Kommune", "LOCATION"), ("Bydel", "LOCATION"), ("Leveringsadresse", "LOCATION"), ("Postadress", "LOCATION"),
        ("Kommun", "LOCATION"), ("Bostadsort", "LOCATION"), ("Tätort", "LOCATION"), ("Kylä", "LOCATION"),
        ("Kaupunginosa", "LOCATION"), ("Kotikunta", "LOCATION"), ("Lähiosoite", "LOCATION"), ("Linnaosa", "LOCATION"),
        ("Omavalitsus", "LOCATION"), ("Ciems", "LOCATION"), ("Deklarētā adrese", "LOCATION"),
        ("Dzīvesvieta", "LOCATION"), ("Fødested", "LOCATION"), ("Födelseort", "LOCATION"), ("Syntymäpaikka", "LOCATION"),
        ("Sünnikoht", "LOCATION"), ("Dzimšanas vieta", "LOCATION"), ("Tempat Lahir", "LOCATION"),
        ("Geboorteplek", "LOCATION"), ("Naturalidade", "LOCATION"), ("Kampung", "LOCATION"),
        ("Alamat Rumah", "LOCATION"), ("Alamat KTP", "LOCATION"), ("Posto Administrativo", "LOCATION"),
        ("Quarteirão", "LOCATION"), ("Woonadres", "LOCATION"), ("Munisipaliteit", "LOCATION"), ("Township", "LOCATION"),
        ("Tlf.", "PHONE_NUMBER"), ("Mobilnr", "PHONE_NUMBER"), ("Matkapuhelinnumero", "PHONE_NUMBER"),
        ("Puh.", "PHONE_NUMBER"), ("Mobilā tālruņa numurs", "PHONE_NUMBER"), ("No. Telefon Bimbit", "PHONE_NUMBER"),
        ("Nomor WA", "PHONE_NUMBER"), ("Kontaknommer", "PHONE_NUMBER"), ("Sel nr", "PHONE_NUMBER"),
        ("Nharembozha", "PHONE_NUMBER"), ("E-postadresse", "EMAIL_ADDRESS"), ("E-postadress", "EMAIL_ADDRESS"),
        ("Sähköpostiosoite", "EMAIL_ADDRESS"), ("Elektroniskā pasta adrese", "EMAIL_ADDRESS"),
        ("Alamat e-mel", "EMAIL_ADDRESS"), ("E-pos", "EMAIL_ADDRESS"), ("Suku", None), ("Suco", None), ("Taman", None),
        ("Bahagian", None), ("Constituency", None), ("By", None), ("Gate", None), ("Van", None), ("Vito", None),
        # Spanish's two family names and a married woman's; Turkish's and Georgian's parents'
        # names; Russian's, Georgian's, Turkish's, Azerbaijani's and Adyghe's villages,
        # settlements, birthplaces and registered addresses; Persian's village, county, rural
        # district, birthplace, residence, parents' names and phones; New Caledonia's customary
        # district; Guatemala's, Costa Rica's, Spain's and Panama's places; Leonese's village;
        # Russian's, Turkish's and Azerbaijani's phones and mail; left out: 'tribu' (a taxonomic
        # rank), 'cantón', 'colonia' (cities), 'departamento' (a firm's), 'بخش' (a ward, a section)
        ("Primer apellido", "PERSON"), ("Segundo Apellido", "PERSON"), ("Apellido paterno", "PERSON"),
        ("Apellido de casada", "PERSON"), ("Baba adı", "PERSON"), ("Anne adı", "PERSON"), ("მამის სახელი", "PERSON"),
        ("نام پدر", "PERSON"), ("Село", "LOCATION"), ("Аул", "LOCATION"), ("Станица", "LOCATION"),
        ("Хутор", "LOCATION"), ("Посёлок", "LOCATION"), ("Место рождения", "LOCATION"),
        ("Адрес регистрации", "LOCATION"), ("Адрес проживания", "LOCATION"), ("Место жительства", "LOCATION"),
        ("დაბა", "LOCATION"), ("თემი", "LOCATION"), ("დაბადების ადგილი", "LOCATION"), ("Köy", "LOCATION"),
        ("Belde", "LOCATION"), ("Cadde", "LOCATION"), ("Doğum yeri", "LOCATION"), ("İkamet adresi", "LOCATION"),
        ("Qəsəbə", "LOCATION"), ("Qeydiyyat ünvanı", "LOCATION"), ("Yaşayış yeri", "LOCATION"),
        ("Къуаджэ", "LOCATION"), ("روستا", "LOCATION"), ("شهرستان", "LOCATION"), ("دهستان", "LOCATION"),
        ("محل تولد", "LOCATION"), ("محل سکونت", "LOCATION"), ("District coutumier", "LOCATION"),
        ("Lugar poblado", "LOCATION"), ("Otras señas", "LOCATION"), ("Dirección exacta", "LOCATION"),
        ("Pedanía", "LOCATION"), ("Concejo", "LOCATION"), ("Barriada", "LOCATION"), ("Pueblu", "LOCATION"),
        ("Llugar", "LOCATION"), ("Номер телефона", "PHONE_NUMBER"), ("Сотовый", "PHONE_NUMBER"),
        ("Моб.", "PHONE_NUMBER"), ("Ev telefonu", "PHONE_NUMBER"), ("İş telefonu", "PHONE_NUMBER"),
        ("تلفن همراه", "PHONE_NUMBER"), ("تلفن ثابت", "PHONE_NUMBER"), ("Эл. почта", "EMAIL_ADDRESS"),
        ("Tribu", None), ("Cantón", None), ("Departamento", None), ("بخش", None),
        ("محل", None), ("نام مادر", "PERSON"),
        # Indonesian's and Malay's spouses', family heads' and nicknames, Lampung's villages, a
        # residence, a current and an office address, a mobile; Tetum's parents' names and
        # birthplace; Portuguese's and Spanish's spouse, parents and residence; Arabic's parents',
        # spouses', village, birthplace, residence and WhatsApp; left out: 'payam' (Persian's
        # 'message', a first name), 'marga' (a clan's name), 'lingkungan' ('environment'), 'knua',
        # and Arabic's place of a thing's, a product's name
        ("Nama Suami", "PERSON"), ("Nama Isteri", "PERSON"), ("Nama Kepala Keluarga", "PERSON"),
        ("Nama Panggilan", "PERSON"), ("Naran aman", "PERSON"), ("Naran inan", "PERSON"),
        ("Nome do Cônjuge", "PERSON"), ("Nombre del padre", "PERSON"), ("Nombre de la madre", "PERSON"),
        ("Nombre del conyuge", "PERSON"), ("اسم الأب", "PERSON"), ("اسم الام", "PERSON"), ("اسم الزوجة", "PERSON"),
        ("Pekon", "LOCATION"), ("Tiyuh", "LOCATION"), ("Tempat Tinggal", "LOCATION"), ("Alamat Sekarang", "LOCATION"),
        ("Alamat Kantor", "LOCATION"), ("Alamat Pejabat", "LOCATION"), ("Fatin moris", "LOCATION"),
        ("Local de residência", "LOCATION"), ("Lugar de residencia", "LOCATION"), ("مكان الميلاد", "LOCATION"),
        ("مكان الولادة", "LOCATION"), ("مكان الإقامة", "LOCATION"), ("القرية", "LOCATION"),
        ("Nomor Ponsel", "PHONE_NUMBER"), ("No. Ponsel", "PHONE_NUMBER"), ("رقم الواتساب", "PHONE_NUMBER"),
        ("Payam", None), ("Marga", None), ("Lingkungan", None), ("Knua", None), ("مكان التخزين", None),
        ("اسم المنتج", None),
        # a custom field's label (Paystack's metadata), a person's display name; WMI's SMBIOS UUID
        ("Metadata.custom_fields[0].display_name", None), ("fields[0].label", None),
        ("user.display_name", "PERSON"), ("wmi_detail.comp_sys_prod[0][0].UUID", "HARDWARE_ID"),
        ("Win32_ComputerSystemProduct.UUID", "HARDWARE_ID"), ("event.uuid", None),
        # India's PIN code; a POS's and an HR export's addresses; a country by its ISO code's id;
        # an MDM's IMEI, its enrolling admin; a developer's handle; a till's cashier; Serbian
        # 'computer name'
        ("Address Pincode", "LOCATION"), ("physical_suburb", "LOCATION"), ("postal_city", "LOCATION"),
        ("physical_country_id", "LOCATION"), ("Permanent Address", "LOCATION"), ("physical_disk", None),
        ("IMEI_MEID_ESN", "HARDWARE_ID"), ("EnrolledBy", "USERNAME"), ("GitHub", "USERNAME"),
        ("Cashier name", "PERSON"), ("Cashier", None), ("Лаптоп - име рачунара", "HOSTNAME"),
        ("Işgäriň telefony", "PHONE_NUMBER"), ("Işgäriň ady", "PERSON"),  # (Turkmen: the employee's phone, name)
        ("full_name_latin", "PERSON"), ("city_latin", "LOCATION"), ("beneficiary.name", "PERSON"),  # a script's copy; a payee
        ("Pickup Address", "LOCATION"), ("dropoff_address", "LOCATION"), ("Pickup Location", None),  # (a warehouse's nickname)
        ("latin", None),
        ("Shipping Address4", "LOCATION"), ("Billing Address5", "LOCATION"),  # (Daraz's town and area)
        ("_submitted_by", "USERNAME"),
        ("card.country", None), ("card.issuer_country", None), ("customer.country", "LOCATION"),
        # (round 57: a microlender's and a payment service's fields: head first, the first of a list of addresses,
        # a mobile money payment's number and its operator's country, a loan officer; a spouse's name)
        ("_Informations_Client.IMEI_Telephone", "HARDWARE_ID"), ("ICCID_SIM", "SERIAL_NUMBER"),
        ("Numero_Serie_Kit", "SERIAL_NUMBER"), ("imei_status", None), ("addresses[0].line1", "LOCATION"),
        ("payment_method.number", "PHONE_NUMBER"), ("payment_method.country", None), ("Agent_Credit", "PERSON"),
        ("Loan Officer", "PERSON"), ("Nom_Conjoint", "PERSON"), ("Telephone_Conjoint", "PHONE_NUMBER"),
        ("payload.chat.title", None),
        ("intro/region", "LOCATION"), ("intro/municipality", "LOCATION"), ("respondent/resp_name", "PERSON"),
        ("intro/enumerator_name", "PERSON"), ("feedback/description", None), ("intro/consent", None),
        ("Tél portable", "PHONE_NUMBER"), ("Tél perso", "PHONE_NUMBER"), ("Auteur", "PERSON"),
        ("Verantwoordelijke", "PERSON"),  # (Teamleader's account owner: round 60)
        ("Azure AD Device ID", "HARDWARE_ID"), ("aad_device_id", "HARDWARE_ID"), ("Session Device ID", None),
        ("device.imei_no", "HARDWARE_ID"), ("device.imei_no_2", "HARDWARE_ID"), ("login_id", "USERNAME"),
        # an HTTP header of the app's own, by its name after 'x-' (a request's logged headers)
        ("req.headers.x-device-id", "HARDWARE_ID"), ("X-Device-Serial", "SERIAL_NUMBER"),
        ("req.headers.x-request-id", None), ("x-api-key", None), ("X-Forwarded-For", "IP_ADDRESS"),
        # Portuguese, the kind first: first and middle name, current address (ERPNext's); not
        # whether the address is owned or rented
        ("Other State", "LOCATION"), ("Other Phone", "PHONE_NUMBER"), ("Other Name", None),  # a CRM's other address
        ("Other Notes", None),
        ("source.owned_by.name", "PERSON"), ("created_by.name", "PERSON"), ("assigned_to.name", "PERSON"),
        ("source.name", None), ("item.parent.name", None),  # (who owns or made a thing; the thing's name)
        ("Primeiro Nome", "PERSON"), ("Nome do Meio", "PERSON"), ("Endereço Atual", "LOCATION"),
        ("Endereço Permanente", "LOCATION"), ("Endereço Atual É", None),
        # Spanish's postcode with its dots and whose; a person's state; a cardholder; a device's name;
        # Jotform's address line; a name that a further preposition qualifies; a typed answer's parts;
        # a question as a key; a device's locale
        ("C.P. del remitente", "LOCATION"), ("Estado del remitente", "LOCATION"), ("Estado del pedido", None),
        ("Tarjetahabiente", "PERSON"), ("nombre_dispositivo", "HOSTNAME"), ("Street Address Line 2", "LOCATION"),
        ("Número de serie de la tableta (S/N)", "SERIAL_NUMBER"), ("Nombre del estudiante", "PERSON"),
        ("Nombre de la madre, padre o tutor", "PERSON"), ("Nombre del estudiante.first", "PERSON"),
        ("x.Nombre del estudiante.last", "PERSON"), ("Teléfono celular (WhatsApp).full", "PHONE_NUMBER"),
        ("Nombre del producto.first", None), ("Estado de la orden", None), ("Nombre de usuario de la cuenta", "USERNAME"),
        ("dirección_de_instalación", "LOCATION"), ("telefono_de_contacto", "PHONE_NUMBER"), ("estado_de_la_orden", None),
        ("device.locale.country", None), ("endpoint.Location.Country", "LOCATION"),
        # Mibew Messenger's operator's login and names; iMazing's conversation by its contact
        ("vclogin", "USERNAME"), ("vccommonname", "PERSON"), ("Chat Session", "PERSON"),
        ("detail.response.name_on_record", "PERSON"),  # (a KYC check's answer)
        # a shipment's parties, a contact person, French-speaking Africa's name and surname in one;
        # a district and Ghana Post's digital address (not Alertmanager's 'receiver', a route's)
        ("Recipient", "PERSON"), ("Receiver Name", "PERSON"), ("Consignee Name", "PERSON"), ("consignee", "PERSON"),
        ("Contact Person", "PERSON"), ("Nom et prénom", "PERSON"), ("nom_prenom", "PERSON"), ("Prénom et nom", "PERSON"),
        ("receiver", None), ("District", "LOCATION"), ("Digital Address", "LOCATION"), ("GhanaPost GPS", "LOCATION"),
        ("gps_address", "LOCATION"),
        # the Maghreb's governorate and daïra, Ethiopia's kebele and woreda, Estonian's postcode, Somali's number
        # and the Horn's wallets
        ("Gouvernorat", "LOCATION"), ("Daïra", "LOCATION"), ("Kebele", "LOCATION"), ("Woreda", "LOCATION"),
        ("Sihtnumber", "LOCATION"), ("Numbarka", "PHONE_NUMBER"), ("telebirr", "PHONE_NUMBER"),
        ("Last Known Location", "LOCATION"), ("Device Location", "LOCATION"),  # (an MDM's device's, its owner's)
        ("fullSystemName", "HOSTNAME"),  # (Absolute's device's name on its network)
        # Serbian's name and surname in one, its municipality and settlement in Latin letters, Albanian's
        # full address, Russian's region and microdistrict in Latin letters, Cambodia's quarter and
        # district, Laos' district, Myanmar's township (not a ban's flag)
        ("ime_prezime", "PERSON"), ("opstina", "LOCATION"), ("Naselje", "LOCATION"), ("adresa_e_plote", "LOCATION"),
        ("oblast", "LOCATION"), ("mkr", "LOCATION"), ("Sangkat", "LOCATION"), ("Khan", "LOCATION"),
        ("Muang", "LOCATION"), ("Township", "LOCATION"), ("ban", None),
    ],
)
def test_field_names_imply_types(field, expected):
    assert type_for_name(field) == expected


def test_uzbek_names_and_places_with_their_turned_comma_pass_the_shape_check():
    assert _hints("Ulug‘bek", "first_name") == [("PERSON", "Ulug‘bek")]
    assert _hints("Farg‘ona", "city") == [("LOCATION", "Farg‘ona")]


@pytest.mark.parametrize("value", ["-", "", "N/A", "null", "42"])
def test_field_name_hints_need_a_plausible_value(value):
    assert _hints(value, "username") == []


@pytest.mark.parametrize("field, value, expected", [
    ("hostname", "KRM-LT07.karoo.local", [("HOSTNAME", "KRM-LT07.karoo.local")]),
    ("hostname", "KRM-DC01.karoo.local", []),  # a domain controller: a server, no one's
    # a card's holder as its chip writes one, in its column only; a free line in a phone's column;
    # a postcode after Spanish's dotted label; an AWS Cognito identity (a region and a UUID)
    ("Tarjetahabiente", "SARMIENTO/CRISTINA", [("PERSON", "SARMIENTO/CRISTINA")]), ("Name", "TCP/IP", []),
    ("Tarjetahabiente", "MARTINEZ ZUNIGA/MARGARITA", [("PERSON", "MARTINEZ ZUNIGA/MARGARITA")]),
    ("Teléfono del remitente", "800 926 4410", []), ("Phone", "1-800-555-0199", []), ("Phone", "(800) 555-0199", []),
    ("Celular", "55 1234 5678", [("PHONE_NUMBER", "55 1234 5678")]), ("C.P.", "06700", [("LOCATION", "06700")]),
    ("Sender Name", "Mama", []), ("Sender Name", "Bapa", []),  # (a phone's contact saved as a kin: no name)
    ("Chat Session", "Grab", []),  # (a service that texts a phone)
    ("Chat Session", "Nurhayati binti Tundoh", [("PERSON", "Nurhayati binti Tundoh")]),  # (Malaysia's 'binti')
    ("endpoint.User.UserId", "us-east-1:1bd088be-f70a-4eca-aeed-879c5b129160", []),
    # a typed answer written out in labelled lines apart by '<br>' (Jotform's prettyFormat)
    ("Domicilio", "City: Monterrey<br>Postal / Zip Code: 64460<br>Note: ring twice",
     [("LOCATION", "Monterrey"), ("LOCATION", "64460")]),
    ("ClientHost", "81.2.69.142", []),  # an address: the IP recognizers' (Traefik)
    ("device.web_info.hostname", "www.brightline-shop.com", []),  # a page's site (GA4)
    ("hostname", "www.example.com", []),
    ("Device Name", "iPhone", []), ("device_name", "MacBook Pro", []),  # a model, no machine
    ("Account Name", "jdoe", [("USERNAME", "jdoe")]),
    ("Account Name", "Polaris Telecom", []),  # a CRM's account is a company
    ("screen_name", "Product Detail", []),  # an app's screen
    ("user_name", "Ana Souza", [("PERSON", "Ana Souza")]),
    # a person object's 'name' in lower case is its login (Jira's author.name); capitalized, a name
    ("response.values.0.author.name", "vjankauskas", [("USERNAME", "vjankauskas")]),
    ("author.name", "Vytautas Jankauskas", [("PERSON", "Vytautas Jankauskas")]), ("author.name", "maria", [("PERSON", "maria")]),
    ("advertising_id", "00000000-0000-0000-0000-000000000000", []),  # opted out: no device's
    ("mac", "00:00:00:00:00:00", []),
    ("objectRef.uid", "5b1e7c0a-3f2d-4e8b-9a61-2c4d8e0f1a3b", []),  # Kubernetes' object's
    ("State", "In use", []), ("region", "EMEA", []), ("awsRegion", "us-east-1", []),  # no places
    ("Location", "Boston (US)", [("LOCATION", "Boston (US)")]),
    # a script's combining marks are part of its words (Thai's vowels, Hindi's vowel signs)
    ("ชื่อลูกค้า", "สมชาย ใจดี", [("PERSON", "สมชาย ใจดี")]),
    ("ที่อยู่จัดส่ง", "99/1 ถนนสุขุมวิท แขวงคลองเตย", [("LOCATION", "99/1 ถนนสุขุมวิท แขวงคลองเตย")]),
    ("full_name", "अनीता शर्मा", [("PERSON", "अनीता शर्मा")]),
    ("Customer Name", "પ્રિયા ત્રિવેદી", [("PERSON", "પ્રિયા ત્રિવેદી")]), ("Address City", "ગાંધીનગર", [("LOCATION", "ગાંધીનગર")]),
    ("Customer Name", "ਅਮਨਦੀਪ ਸਿੰਘ ਚੀਮਾ", [("PERSON", "ਅਮਨਦੀਪ ਸਿੰਘ ਚੀਮਾ")]),  # (Gujarati's and Gurmukhi's signs)
    ("physical_country_id", "NZ", [("LOCATION", "NZ")]), ("country_id", "42", []),  # (a number is a row's id)
    ("State", "Bavaria", [("LOCATION", "Bavaria")]), ("State", "ON", [("LOCATION", "ON")]), ("State", "On", []), ("Billing Country", "Germany", [("LOCATION", "Germany")]),
    # an inventory's machine by its name, not a person
    ("name", "LAPTOP-8F3K2J", [("HOSTNAME", "LAPTOP-8F3K2J")]), ("Asset Name", "LT-BER-0006", [("HOSTNAME", "LT-BER-0006")]),
    ("sys_updated_by", "hfischer", [("USERNAME", "hfischer")]), ("u_smbios_uuid", "B5470E06-B1B2-4D29-1295-1E4605F2A2C7",
                                                                  [("HARDWARE_ID", "B5470E06-B1B2-4D29-1295-1E4605F2A2C7")]),
    ("fqdn", "LAPTOP-R2D7QX.corp.acme-corp.com", [("HOSTNAME", "LAPTOP-R2D7QX.corp.acme-corp.com")]),
    ("comment_author", "the_real_carmen", [("USERNAME", "the_real_carmen")]),  # a handle
    ("creator", "Ana O.", [("PERSON", "Ana O.")]),
    ("profile_name", "the_real_aoife", [("USERNAME", "the_real_aoife")]),
    ("author.global_name", "Ana Ruiz", [("PERSON", "Ana Ruiz")]), ("reviewer_nickname", "smarthome_sven",
                                                                    [("USERNAME", "smarthome_sven")]),
    ("profile_name", "Aoife Byrne", [("PERSON", "Aoife Byrne")]),  # a review site's profile, by its shape
    ("from", "🎧 Piotr Mazur", [("PERSON", "Piotr Mazur")]), ("author", "Agnieszka 🐈", [("PERSON", "Agnieszka")]),
    ("from", "Berlin", []), ("from", "USD", []), ("route.from", "Anna Berg", []),  # a chat's sender only
    ("members[0]", "Magdalena Zając", [("PERSON", "Magdalena Zając")]),
    ("Billing Zip", "'02134", [("LOCATION", "02134")]), ("Phone", "'+1 555 010 0199", [("PHONE_NUMBER", "+1 555 010 0199")]),
    ("uid", "CDX7qRd5c40zTsIn7K", []),  # Zeek's connection id: a generated token
    ("userId", "AIDA7FXAB064R1GZAZMZ4", []),  # AWS's unique id of an IAM user
    ("user_id", "j9itofyhmhwwpmsxaj4hgni8mf", []), ("user_id", "karthikeyan1990", [("USERNAME", "karthikeyan1990")]),  # (Mattermost's id)
    ("uid", "JohnSmith1990Official", [("USERNAME", "JohnSmith1990Official")]),  # a handle
    ("userIdentity.sessionContext.sessionIssuer.userName", "notify-sms-role", []),  # a role
    ("userIdentity.userName", "diego.fernandez", [("USERNAME", "diego.fernandez")]),
    ("userIdentity.userName", "HIDDEN_DUE_TO_SECURITY_REASONS", []),  # CloudTrail's placeholder
    ("location", "/var/log/auth.log", []), ("location", "rule_engine", []),  # a log's sources (Wazuh's)
    ("location", "EventChannel", []), ("location", "vulnerability-detector", []), ("location", "sca", []),
    ("hostname", "sftp01", []), ("hostname", "wazuh-mgr01", []), ("hostname", "kali", []),  # no one's
    ("hostname", "NVL-L20649", [("HOSTNAME", "NVL-L20649")]),
    # a network node's or a device's name (Tailscale's flow logs); a server's is no one's
    ("srcNode.name", "pixel-8-zygimantas.tail4f2a1.ts.net", [("HOSTNAME", "pixel-8-zygimantas.tail4f2a1.ts.net")]),
    ("dstNodes.0.name", "ora-wms01.tail4f2a1.ts.net", []), ("dstNodes.0.name", "wmsapp01.tail4f2a1.ts.net", []),
    ("device.name", "iPhone", []), ("hostname", "bi01", []),
    ("host.hostname", "k8s-worker-07", []), ("host.hostname", "ci-runner-3", []),  # a cluster's nodes
    ("node.name", "es-data-03", []), ("host.hostname", "es-maria-laptop", [("HOSTNAME", "es-maria-laptop")]),  # (Elasticsearch's)
    ("host.hostname", "anna-laptop", [("HOSTNAME", "anna-laptop")]), ("hostname", "LB-LT-082", [("HOSTNAME", "LB-LT-082")]),
    # a device named for its owner in Hebrew ('X of Y'), or with the owner in parentheses
    ("Devices[0].device.name", "iPhone של איתי", [("HOSTNAME", "iPhone של איתי")]),
    ("Službeni računalnik", "MacBook Pro (Marko)", [("HOSTNAME", "MacBook Pro (Marko)")]),
    ("Službeni računalnik", "Dell (old)", []),
    # an MDM's template (the owner's name, a dash, the model) or a device's word before its
    # owner's name; a model alone is no one's
    ("device.name", "Petra Poláková - Galaxy A54", [("HOSTNAME", "Petra Poláková - Galaxy A54")]),
    ("DeviceName", "Kerim Orazow - SM-A155F", [("HOSTNAME", "Kerim Orazow - SM-A155F")]),  # a maker's model code
    ("DeviceName", "Perhatyň telefony", [("HOSTNAME", "Perhatyň telefony")]), ("DeviceName", "Warehouse SM-T505", []),
    ("DeviceName", "Şiriniň planşeti", [("HOSTNAME", "Şiriniň planşeti")]),
    ("device.name", "Mobil Soňa Molnárová", [("HOSTNAME", "Mobil Soňa Molnárová")]),
    ("device.name", "moto g54 Xabier", [("HOSTNAME", "moto g54 Xabier")]), ("device.name", "Телефон - Filip", [("HOSTNAME", "Телефон - Filip")]),
    ("device.name", "សុជាតា's iPhone", [("HOSTNAME", "សុជាតា's iPhone")]), ("device.name", "Galaxy A54", []),
    ("device.name", "Tablet Pro", []), ("device.name", "Bojan Atanasovski Redmi Note 12", [("HOSTNAME", "Bojan Atanasovski Redmi Note 12")]),
    ("device.name", "iPad របស់ Sovann", [("HOSTNAME", "iPad របស់ Sovann")]), ("device.name", "సుధీర్ ఫోన్", [("HOSTNAME", "సుధీర్ ఫోన్")]),
    ("device.name", "Reception iPad", []), ("device.name", "Shared Laptop 3", []), ("device.name", "iPhone 15 Pro Max", []),
    ("deviceName", "Samsung Portable SSD T5", []), ("deviceName", "Apple Inc. iPhone", []),  # a USB device's maker and kind
    ("device.name", "SOK Sreyleak - Galaxy A54", [("HOSTNAME", "SOK Sreyleak - Galaxy A54")]), ("deviceName", "Kingston USB", []),
    # French's phone before its owner, a model's code before 'de' (whose), a site's letters before a PC's word
    ("Device Name", "Tel Lotfi Amokrane", [("HOSTNAME", "Tel Lotfi Amokrane")]),
    ("Device Name", "A78 de Yassine", [("HOSTNAME", "A78 de Yassine")]), ("Device Name", "Spark 20 de Lina", [("HOSTNAME", "Spark 20 de Lina")]),
    ("Device Name", "ORA-PC-AMOKRANEZ", [("HOSTNAME", "ORA-PC-AMOKRANEZ")]), ("Device Name", "ora-wms01", []),
    ("Device Name", "Hot Springs", []), ("Device Name", "Tel Reception", []),
    ("esn", "28ABZH03DBCL00002764", [("HARDWARE_ID", "28ABZH03DBCL00002764")]), ("esn", "ABCDEFGHIJKLMNOPQRST", []),  # (Absolute's)
    ("Last Known Location", "Bab Ezzouar, Alger, Algérie", [("LOCATION", "Bab Ezzouar, Alger, Algérie")]),
    # a chat log's speaker by their nick in lower case (Gajim's), or by their name
    ("contact_name", "salmah", [("USERNAME", "salmah")]), ("contact_name", "idir_fix", [("USERNAME", "idir_fix")]),
    ("contact_name", "Salma Bennani", [("PERSON", "Salma Bennani")]),
    ("User", "Paulius", [("PERSON", "Paulius")]), ("User", "paulius", [("USERNAME", "paulius")]),  # (a first name, typed)
    ("User", "Admin", [("USERNAME", "Admin")]),
    ("name", "liyu-api", []), ("name", "payment-service", []),  # (a logger's, a service's name: Bunyan's record)
    ("who", "jukka_v", [("USERNAME", "jukka_v")]), ("who", "#baltic-homelab", []),  # (a chat's sender; its channel)
    # a whose and an abbreviation (Uzbek's 'F.I.Sh.': a full name), a payer's name in Amharic;
    # a second phone by a qualified name; a marketplace's pickup point is no one's address
    ("Xaridor F.I.Sh.", "SHOXRUX KARIMOV", [("PERSON", "SHOXRUX KARIMOV")]), ("Fish", "Salmon", []),
    ("የከፋይ ስም", "በቀለ ሄኖክ", [("PERSON", "በቀለ ሄኖክ")]), ("Shipping Phone Number2", "9740811027", [("PHONE_NUMBER", "9740811027")]),
    ("Shipping Address", "Daraz PUDO Bhaktapur 03", []), ("Pickup Station", "Sokoto Pickup Station, 13 Main Road, Sokoto", []), ("Shipping Address", "DEX Collection Point Galle - Galle", []),
    ("Адреса доставки", "вул. Незалежності, 89", [("LOCATION", "вул. Незалежності, 89")]),
    ("uid", "PBFA97CFB590B2093", []), ("user.key", "DUZXSR2EIMVA2K5IZETY", []),  # an API's ids
    ("uid", "JSMITH01", [("USERNAME", "JSMITH01")]),
    ("columns.name", "pack_inventory_programs", []),  # an osquery pack's query
    ("Owner", "deak.marton", [("USERNAME", "deak.marton")]), ("Owner", "Acme", []),  # a help desk's agent
    ("Last Name", "Reception", []), ("Name", "Accounts Payable", []),  # a CRM's contact for a firm's desk
    ("Cod postal facturare", "033729", [("LOCATION", "033729")]), ("hostname", "Sala-Lingotto-01.local", []),
    ("Code postal de livraison", "97433", [("LOCATION", "97433")]),  # (French, with its 'de')
    ("Numéro de livraison", "97433", []),  # (a delivery's number: no postcode)
    ("State", "closed successful", []), ("State", "pending reminder", []), ("State", "merged", []),  # a ticket's
    ("state", "unapproved", []), ("state", "flagged", []),  # a comment's (Commento's)
    ("Estado", "Em curso", []), ("Estado", "Rejeitado", []), ("Estado", "Maputo", [("LOCATION", "Maputo")]),
    ("Nom", "supprimé", []), ("First Name", "Erased", []), ("Nom", "Supprimé-Payet", [("PERSON", "Supprimé-Payet")]),
    ("Card / Account", "255755955336", [("PHONE_NUMBER", "255755955336")]), ("Card / Account", "489970XXXXXX4356", []),
    ("Telefon arbeid", "55 66 97 93", [("PHONE_NUMBER", "55 66 97 93")]), ("Phone type", "Mobile", []),
    ("display_name", "Péter iPhone-ja", [("HOSTNAME", "Péter iPhone-ja")]),
    ("display_name", "MacBook Air di Silvia", [("HOSTNAME", "MacBook Air di Silvia")]),
    ("Address Line 2", "3-hoog", [("LOCATION", "3-hoog")]),  # (a Dutch floor is no module)
    ("Dirección de envío", "Igual que facturación", []),  # a pointer to another address
    ("CAP", "70151", [("LOCATION", "70151")]), ("CAP", "120", []),  # a postcode's shape, or no postcode
    ("SMS", "393899717435", [("PHONE_NUMBER", "393899717435")]), ("SMS", "Your code is ready", []),
    ("properties.$screen_name", "InvoiceDetailView", []), ("screen_name", "HomeView", []),  # an app's screens
    ("distinct_id", "u_14588", []), ("properties.$user_id", "usr-20931", []),  # a user record's number
    ("user_id", "jdoe42", [("USERNAME", "jdoe42")]),
    ("uid", "26a", []), ("uid", "1b3", []), ("uid", "ab3", []),  # Countly's base-36 number (three characters at most
    ("uid", "ab3x7", [("USERNAME", "ab3x7")]),  # with a digit, round 67's 'a0b'); a login, longer
    # Countly's user's device id, city; a town's district; a mobile money number; a referrer
    ("did", "1892ef317e489a0a", [("HARDWARE_ID", "1892ef317e489a0a")]), ("did", "+15551234567", []),
    ("cty", "Ouagadougou", [("LOCATION", "Ouagadougou")]), ("custom.quartier", "Tanghin", [("LOCATION", "Tanghin")]),
    ("custom.momo", "75 87 35 29", [("PHONE_NUMBER", "75 87 35 29")]), ("custom.momo", "yes", []),
    ("custom.parrain", "julien_lambe", [("USERNAME", "julien_lambe")]),
    ("wp_user", "fatousonko61", [("USERNAME", "fatousonko61")]),  # a WordPress shop's login
    ("profile", "holo37", [("USERNAME", "holo37")]), ("profile", "Corporate", []), ("profile", "default", []),  # a
    # poster's profile (Yahoo Groups'); an MDM's
    # a Kubernetes node's address that is its name, a cluster's label; a town with a hyphen
    ("status.addresses[1].address", "k8s-wdh-worker-10", []), ("metadata.labels.region", "wdh", []),
    ("city", "saint-denis", [("LOCATION", "saint-denis")]),
    ("Address.Recipient", "စီၤအဲဝါ", [("PERSON", "စီၤအဲဝါ")]), ("Recipient", "ops@example.com", []),  # an
    # address's addressee, a name in S'gaw Karen's letters; a mail's recipient (the recognizer's)
    ("data.ONCALL_NAME", "Uaatjo Tjombe", [("PERSON", "Uaatjo Tjombe")]), ("data.APP_NAME", "Uaatjo", []),  # on call
    ("nick", "Tuyeni", [("PERSON", "Tuyeni")]), ("nick", "tuyeni_n", [("USERNAME", "tuyeni_n")]),  # a comment's
    ("nick", "Admin", [("USERNAME", "Admin")]),  # writer's first name, a handle, an account (no name: the engine drops it)
    ("users[2].name", "DefaultAccount", []), ("users[4].name", "mkamara", [("USERNAME", "mkamara")]),  # Windows' own
    ("adresse_livraison", "Avenue Chardy, n° 72", [("LOCATION", "Avenue Chardy, n° 72")]),
    ("Owned By", "Jana Novak", [("PERSON", "Jana Novak")]), ("Instagram", "https://instagram.com/ana.l", []),
    ("Produkty", "6 x Miska Wawel 16 cm", []),
    ("Username", "google_114076658011631666428", []), ("Username", "google_fan", [("USERNAME", "google_fan")]),
    ("name", "pack_osquery-monitoring_schedule", []), ("name", "john_smith_dev", [("USERNAME", "john_smith_dev")]),
    ("location", "Saint-Denis", [("LOCATION", "Saint-Denis")]), ("postcode", "01310-100", [("LOCATION", "01310-100")]),
    ("user.login", "[FILTERED]", []), ("user.login", "filtered_ops", [("USERNAME", "filtered_ops")]),  # Rails'
    ("screen_name", "Cart", []), ("screen_name", "jack", [("USERNAME", "jack")]),  # a screen, a handle
    ("Street Address", "İstiklal Cd. No:123, D:4", [("LOCATION", "İstiklal Cd. No:123, D:4")]),
    ("Shipping Address2", "برج الإمارات، شقة 1204", [("LOCATION", "برج الإمارات، شقة 1204")]),
    ("geo.city", "(not set)", []), ("device.mobile_model_name", "(not set)", []),  # GA4's placeholder
    ("AGENT", "[None]", []), ("AGENT", "isatu.conteh", [("USERNAME", "isatu.conteh")]),  # Five9's: no agent
    ("Host Name", "SW-UB-WH-10\tSW-UB-WH-10.CORP.EX.MN",  # (runZero's names of one asset, a tab apart)
     [("HOSTNAME", "SW-UB-WH-10"), ("HOSTNAME", "SW-UB-WH-10.CORP.EX.MN")]),
    ("message.channel_identity.identity", "298273581", [("PHONE_NUMBER", "298273581")]),  # (Sinch's contact on
    ("contact.channel_identities.0.identity", "6543210987654321", []),  # SMS: a valid number; not an id)
    ("account.display_name", "nutag.social admin", [("USERNAME", "admin")]),  # (a fediverse server's own
    # account: its site's name is no login; 'admin' goes as a system's account, engine.Detector._finish)
    ("author", "kristinemac anna.li", [("USERNAME", "kristinemac"), ("USERNAME", "anna.li")]),
    ("ANI", "0000000000", []), ("ANI", "3015457765", [("PHONE_NUMBER", "3015457765")]),  # (a withheld caller's zeros)
    ("Location", "https://www.gofundme.com/f/x", []), ("Location", "Philippines & UK", [("LOCATION", "Philippines & UK")]),
    # other languages' columns, and an address cell of lines
    ("Code postal", "06000", [("LOCATION", "06000")]), ("Pays", "Belgique", [("LOCATION", "Belgique")]),
    ("Rue 2", "BP 423", [("LOCATION", "BP 423")]), ("État", "Vaud", [("LOCATION", "Vaud")]), ("État", "Actif", []),
    ("Billing Address", "6886 Chestnut Pl\n#661,Madison,Wisconsin,53742",
     [("LOCATION", "6886 Chestnut Pl\n#661,Madison,Wisconsin,53742")]),
    ("countryOrRegion", "NL", [("LOCATION", "NL")]),  # Entra's sign-in log
    # no places: a cloud's region, a connection's state, an OAuth 'state' parameter's value
    ("location", "europe-west4", []), ("resourceLocation", "westeurope", []), ("flow.state", "established", []),
    ("state", "086fd96147fc92eff9d63a", []), ("Location", "Location#All Locations#RTM-HQ", []),
    # an identity provider's account ids are no user names (Auth0's user_id); its e-mail is
    ("user_id", "google-oauth2|131229718140745954895", []), ("user_id", "auth0|6be73566730ad94eaad844ef", []),
    ("identities.0.user_id", "6be73566730ad94eaad844ef", []),
    ("user_id", "rw_e0fbcb557a", []), ("user_id", "mike_1990", [("USERNAME", "mike_1990")]),  # an app's keyed id; a login
    ("userId", "usr_hz184m4xqyzv", []), ("userId", "john_smith1985x", [("USERNAME", "john_smith1985x")]),
    ("user.user_id", "session_cfc423f8-32d6-49d0-a559-4fa5398d46be", []),  # a live chat's visitor
    ("Instagram Handle", "ewanfai62", [("USERNAME", "ewanfai62")]),
    ("Nom", "ABARON-LT", [("HOSTNAME", "ABARON-LT")]),  # an owner's machine where a name goes (GLPI)
    # an inventory's servers, meeting rooms and kiosks are no one's machines; its laptops are
    ("Computer Name", "LON-SQL01", []), ("Computer Name", "EDI-KIOSK-RECEPTION", []), ("Computer Name", "BRS-DC1", []),
    ("Computer Name", "LON-LT-0123", [("HOSTNAME", "LON-LT-0123")]),
    ("Computer Name", "DESKTOP-DC12AB", [("HOSTNAME", "DESKTOP-DC12AB")]),
    ("Inventaire - Agent", "GLPI-Agent_v1.7.3", []),  # a software agent and its version
    ("Buyer", "Jane Roe", [("PERSON", "Jane Roe")]),  # a marketplace's buyer: a handle, or a name
    ("device_name", "Gareth's Galaxy S23", [("HOSTNAME", "Gareth's Galaxy S23")]),  # a phone named for its owner
    ("sender_name", "Halina WÃ³jcik", [("PERSON", "Halina WÃ³jcik")]),  # Messenger's mojibake is no digit
    ("billing_address[line2]", "Appt 12", [("LOCATION", "Appt 12")]),  # an address's line by its parent
    ("Location", "Microsoft Teams meeting (details in invite)", []), ("Location", "Zoom", []),  # a call
    ("billing_address[first_name]", "Accounts", []),  # a role's mailbox: 'Accounts Payable'
    # a reaction's, a channel's display name; a chat's role where its author's name goes
    ("reactions.0.displayName", "Like", []), ("channel.display_name", "Town Square", []),
    ("author.name", "Operator", []), ("mentions.0.mentionText", "Callum", [("PERSON", "Callum")]),
    ("custom_attributes.Battery serial", "BT36V17-23W96-42467", [("SERIAL_NUMBER", "BT36V17-23W96-42467")]),
    # a phone column's cell of several numbers, each with its label
    ("Phone", "07824 695876 (Home), +447911918212 (Work)",
     [("PHONE_NUMBER", "07824 695876"), ("PHONE_NUMBER", "+447911918212")]),
    ("Phone", "976 20 01 46 (Mobile)", [("PHONE_NUMBER", "976 20 01 46")]),
])
def test_what_a_field_name_says_needs_a_value_of_its_kind(field, value, expected):
    assert _hints(value, field) == expected


def test_field_name_hint_covers_the_trimmed_value():
    assert _hints("  Jane Roe ", "author.name") == [("PERSON", "Jane Roe")]


def test_free_text_fields():
    assert is_free_text_name("body") and is_free_text_name("post.comment")
    assert not is_free_text_name("event_id")
    # (an HTML or a plain copy of a free text's field, and Dutch's remark: round 60)
    assert is_free_text_name("note_html") and is_free_text_name("bodyHtml") and is_free_text_name("Opmerking")
    assert not is_free_text_name("context") and not is_free_text_name("product_text")


def _segments(line):
    from piiscan.detect.structure import log_segments

    found = log_segments(line)
    return None if found is None else [(kind, line[s:e]) for kind, s, e in found]


def test_log_line_splits_into_the_fields_worth_scanning():
    assert _segments(LINE) == [
        ("client", "203.0.113.7, 10.0.0.2"),
        ("user", "alice.n"),
        ("request", "GET /a?login=jdoe&email=x%40example.com&page=2 HTTP/1.1"),
        # the '-' referer, the ident, the timestamp, status and size are not scanned
        ("agent", "Mozilla/5.0 Chrome/118.0.5993.88 Agent/2.0.0.1"),
    ]


def test_a_time_field_that_is_no_timestamp_is_scanned_too():
    line = LINE.replace("10/Oct/2026:13:55:36 +0000", "user jane@example.com")
    assert ("time", "user jane@example.com") in _segments(line)


def test_what_a_format_appends_after_the_combined_fields_is_scanned_too():
    # nginx "combined + $http_x_forwarded_for" and key=value extras
    line = LINE + ' "198.51.100.7, 10.1.2.3" login="jdoe" rt=0.002'
    assert _segments(line)[-1] == ("tail", ' "198.51.100.7, 10.1.2.3" login="jdoe" rt=0.002')
    assert [kind for kind, _ in _segments(LINE + " ")] == [kind for kind, _ in _segments(LINE)]
    hints = [(h.entity_type, line[h.start:h.end]) for h in analyze_structure(line, None).hints]
    assert ("USERNAME", "jdoe") in hints


def test_apache_vhost_combined_lines_are_split_after_the_site():
    line = "www.example.com:443 " + LINE
    assert _segments(line) == [(kind, value) for kind, value in _segments(LINE)]
    assert _segments("shop.example 192.0.2.8 - jdoe [10/Oct/2026:13:55:36 +0000] \"GET / HTTP/1.1\" 200 5")[:2] == [
        ("client", "192.0.2.8"), ("user", "jdoe")]


def test_prose_and_other_logs_are_not_split():
    assert _segments("Hello, I am Jane and my laptop broke.") is None
    assert _segments("Oct  5 10:05:03 host sshd[1]: Failed password for root") is None


def test_segment_structure_matches_the_whole_line_structure():
    from piiscan.detect.structure import log_segments, segment_structure

    whole = {(h.entity_type, h.start, h.end) for h in analyze_structure(LINE, None).hints}
    parts = {(h.entity_type, h.start + s, h.end + s)
             for kind, s, e in log_segments(LINE) for h in segment_structure(kind, LINE[s:e]).hints}
    assert parts == whole and whole


@pytest.mark.parametrize("kind, replacement, whole, expected", [
    ("request", 'say "hi"', False, 'say \\"hi\\"'),  # escaped inside a quoted field
    ("agent", "a\\b", False, "a\\\\b"),
    ("user", "Jane Roe", True, "Jane_Roe"),  # a bare field holds no blank
    ("user", "", True, "-"),  # an emptied bare field is the format's "none"
    ("client", "", False, ""),  # part of a field: just cut out
    ("tail", 'Jane "J" Roe', False, 'Jane_\\"J\\"_Roe'),  # appended fields: maybe quoted, no blanks
])
def test_replacements_fit_their_log_field(kind, replacement, whole, expected):
    from piiscan.detect.structure import fit_log_field

    assert fit_log_field(kind, replacement, whole=whole) == expected


@pytest.mark.parametrize("value", ["2026-10-12T08:18:30Z", "2026-10-12", "2026-10-12 08:18:30.123+02:00"])
def test_a_value_that_is_one_timestamp_suppresses_digit_noise(value):
    st = analyze_structure(value, "event_time")
    assert [(s.start, s.end) for s in st.suppressions] == [(0, len(value))]
    assert "PHONE_NUMBER" in st.suppressions[0].entity_types


def test_a_timestamp_inside_other_text_suppresses_nothing():
    assert not analyze_structure("2026-10-12 call +1 415 555 0113", "note").suppressions


def test_the_polars_split_agrees_with_log_segments_on_every_plain_line():
    import polars as pl

    from piiscan.detect.logframe import KINDS, split_log_lines
    from piiscan.detect.structure import log_segments, segment_skipped

    from .conftest import SAMPLE

    lines = (SAMPLE / "access.log").read_text().splitlines() + [
        LINE + ' "198.51.100.7" rt=0.1',
        LINE.replace("alice.n", "jürgen.weiß").replace("203.0.113.7, 10.0.0.2", "ü.example, 10.0.0.2"),
        LINE.replace("10/Oct/2026:13:55:36 +0000", "Ünïcode time"),
        "www.example.com:443 " + LINE,  # Apache's vhost_combined
        "shop.example 192.0.2.8 - jdoe [10/Oct/2026:13:55:36 +0000] \"GET / HTTP/1.1\" 200 5 \"-\" \"x\"",
        LINE.replace(" - alice.n", "  - alice.n"),  # a double blank: not plain
        '192.0.2.1 - jdoe [10/Oct/2026:13:55:36 +0000] "GET /a?x=1 HTTP/1.1" 200 512',  # common format
        '192.0.2.2 - - [10/Oct/2026:13:55:36 +0000] "GET / HTTP/1.1" 404 - rt=0.1 198.51.100.9',
    ]
    frame = split_log_lines(pl.Series(lines))
    assert frame.height == len(lines) - 2  # the sample's escaped-quote line and the double blank
    for row in frame.iter_rows(named=True):
        text = lines[row["row"]]
        got = [(k, row[f"{k}_at"], row[f"{k}_at"] + len(row[k])) for k in KINDS]
        assert all(text[s:e] == row[k] for k, s, e in got)
        assert [g for g in got if not segment_skipped(g[0], row[g[0]])] == log_segments(text)


def test_w3c_column_names_say_what_their_values_are():
    assert type_for_name("cs-username") == "USERNAME" and type_for_name("s-computername") == "HOSTNAME"
    agent = "Mozilla/5.0+(X11;+U;+Linux+i686;+rv:1.9.2.7)+Gecko/20100722"
    assert [(s.start, s.end) for s in analyze_structure(agent, "cs(User-Agent)").suppressions] == [(0, len(agent))]
    assert _hints("email=jane%40example.com&login=jdoe", "cs-uri-query") == [("USERNAME", "jdoe")]


@pytest.mark.parametrize("field, value, expected", [
    ("TelephoneNumber", "84 23 30", [("PHONE_NUMBER", "84 23 30")]),  # local: the country code is elsewhere
    ("phone", "(0)21 259 903", [("PHONE_NUMBER", "(0)21 259 903")]),
    ("phone", "N/A", []), ("phone", "12345", []), ("phone", "ask at desk", []),
    ("MothersMaiden", "Kubíková", [("PERSON", "Kubíková")]),
])
def test_phone_and_maiden_name_columns(field, value, expected):
    assert _hints(value, field) == expected


@pytest.mark.parametrize("field, value, expected", [
    ("host", "WKS-BERLIN-042", [("HOSTNAME", "WKS-BERLIN-042")]),  # one label: a machine
    ("event.host", "buildbox07", [("HOSTNAME", "buildbox07")]),
    ("host", "www.example.com", []),  # dotted: a site (the Host header)
    ("cs-host", "shop.example.com", []),
    ("host", "192.0.2.7", []),  # an address: the IP recognizer's
    ("hostname", "localhost", []), ("host", "-", []),
    ("hostname", "jdoe1.corp.example", [("HOSTNAME", "jdoe1.corp.example")]),  # 'hostname' says so
    ("hostname", "db1.corp.example", []), ("Computer", "ctx-vda-03.corp.example", []),  # servers' roles
    ("Computer", "anna-pc.web.corp.example", [("HOSTNAME", "anna-pc.web.corp.example")]),  # (its domain's words)
])
def test_host_columns_name_machines_when_one_label(field, value, expected):
    assert _hints(value, field) == expected


@pytest.mark.parametrize("field, value", [("author_name", "anon"), ("author", "[deleted]"), ("user", "[removed]"),
                                          ("Location", "The Internet"), ("location", "Remote"),
                                          ("city", "everywhere!")])
def test_a_forums_placeholders_name_nobody_and_no_place(field, value):
    assert _hints(value, field) == []


@pytest.mark.parametrize("field, value, expected", [
    ("deviceId", "A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF", "HARDWARE_ID"),
    ("device_guid", "{6F9619FF-8B86-D011-B42D-00C04FC964FF}", "HARDWARE_ID"),
    ("machine_id", "4c4c4544004235108052b4c04f4b4e31", "HARDWARE_ID"),  # systemd's machine-id
    ("mac", "00:1a:2b:3c:4d:5e", "HARDWARE_ID"), ("hwaddr", "001A.2B3C.4D5E", "HARDWARE_ID"),
    ("deviceId", "Pixel 8", None),  # a model, not an id
    ("mac", "00:1a-2b:3c:4d:5e", None),  # mixed separators: no MAC
    ("sessionId", "6f1c2a9e-3b7d-4c1e-9a2f-8d7e6c5b4a39", None),  # a session is no device
    # analytics SDKs: a device's id and its advertising ids, by name and under 'device'
    ("context.device.id", "B5372DB0-C21E-11E4-8DFC-AA07A5B093DB", "HARDWARE_ID"),
    ("context.device.advertisingId", "7A3CBEA0-BDF5-11E4-8DFC-AA07A5B093DB", "HARDWARE_ID"),
    ("idfa", "7A3CBEA0-BDF5-11E4-8DFC-AA07A5B093DB", "HARDWARE_ID"),
    ("properties.$device_id", "18dd2e3a2b1c4e-0a1b2c3d4e5f6", "HARDWARE_ID"),  # Mixpanel's shape
    ("android_id", "9774d56d682e549c", "HARDWARE_ID"),
    ("context.device.model", "iPhone7,2", None), ("device.id", "12345", None),
    ("device_id", "deadbeefcafebabe", None),  # hex words, no digits: no id
    ("mobile_id", "00008030-001A2B3C0E12802E", "HARDWARE_ID"), ("udid", "00008030-001A2B3C0E12802E", "HARDWARE_ID"),
    ("imei", "356938035643809", "HARDWARE_ID"),
    # ODK's and KoboToolbox's deviceid: its scheme, then the id; Intune's directory id
    ("Auteur", "jbaptiste", "USERNAME"), ("Auteur", "Jean Baptiste", "PERSON"),  # an author's login in lower case
    ("facebook", "fiona.lewis", "USERNAME"), ("Réseaux sociaux.facebook", "wilner.alexis", "USERNAME"),
    ("display_username", "ཟླ་བ་རབ་བརྟན", "PERSON"), ("display_username", "dawa.r", "USERNAME"),  # (Tibetan: a name)
    ("deviceid", "collect:J586JJOeK1JTjE3l", "HARDWARE_ID"), ("deviceid", "ee.kobotoolbox.org:DWuIEp3Nik8qTvGr", "HARDWARE_ID"),
    ("deviceid", "collect:", None), ("Azure AD Device ID", "07f84f63-f1ee-495b-94be-d37269651f45", "HARDWARE_ID"),
    ("device_id", "8TD1G", "HARDWARE_ID"), ("device.id", "3KF9Q", "HARDWARE_ID"),  # a DNS filter's (NextDNS')
    ("device_id", "ABCDE", None), ("device_id", "A1B2", None), ("device_id", "8td1g", None),  # (no digit; short; lower)
])
def test_device_id_columns_hold_hardware_ids(field, value, expected):
    assert _hints(value, field) == ([(expected, value)] if expected else [])


@pytest.mark.parametrize("field, value, expected", [
    ("Device", "LT-CO-JROJAS", "HOSTNAME"), ("Device", "MBP-HK-CHANTM", "HOSTNAME"),  # an endpoint manager's
    ("device", "DESKTOP-4F7KQ2M", "HOSTNAME"), ("Device", "phonesa-android", "HOSTNAME"),  # (its owner's name)
    ("Device", "iPhone 13", None), ("Device", "SM-G991B", None), ("device", "Pixel 7", None),  # a model
    ("Device", "PC-1234", None),  # (a kind and a number only: an asset's tag)
])
def test_a_bare_device_column_holds_a_machines_name_only_where_it_reads_as_one(field, value, expected):
    assert _hints(value, field) == ([(expected, value)] if expected else [])


def test_code_columns_suppress_digit_noise():
    assert [(s.start, s.end) for s in analyze_structure("2010-123", "ZipCode").suppressions] == [(0, 8)]
    # a ticket's own reference, shaped like a licence key: the record's id (a payment's
    # 'Reference', which a payer types, is scanned)
    assert [(s.start, s.end) for s in analyze_structure("TRVV-8967-FXSQ", "Ref").suppressions] == [(0, 14)]
    assert analyze_structure("+254 712 345678", "Reference").suppressions == ()


@pytest.mark.parametrize("field, value, expected", [
    ("Billing Zip", "10115", "LOCATION"), ("Card Address Zip", "01304-001", "LOCATION"),  # not a phone
    ("postal_code", "NW1 6XE", "LOCATION"), ("traits.address.postalCode", "D02 VK65", "LOCATION"),
    ("shipping_zip", "00-514", "LOCATION"), ("PLZ", "10115", "LOCATION"),
    ("zip", "N/A", None), ("zip", "-", None), ("postcode", "Berlin", None),  # no code
    ("کد پستی", "۷۰۸۱۳۶۰۳۳۷", "LOCATION"), ("کد پستی", "18831-18934", "LOCATION"),  # Iran's, in Persian digits too
    ("Пошта индексі", "050000", "LOCATION"), ("Kode Pos", "12180", "LOCATION"),
    ("हुलाक कोड", "४४६००", "LOCATION"), ("हुलाक कोड", "44600", "LOCATION"),  # Nepal's, in Devanagari digits too
    ("Éirchód", "D02 X285", "LOCATION"), ("அஞ்சல் குறியீடு", "600028", "LOCATION"),
    ("Шуудангийн код", "14200", "LOCATION"), ("Шуудангийн код", "Улаанбаатар", None),
    ("પિન કોડ", "380001", "LOCATION"), ("પિન કોડ", "Ahmedabad", None), ("Poçta indeksi", "744000", "LOCATION"),
    ("Паштовы індэкс", "220030", "LOCATION"), ("Waehere poutāpeta", "6011", "LOCATION"),
    ("Почта индексы", "420111", "LOCATION"), ("ପିନ କୋଡ", "751001", "LOCATION"), ("Postkoade", "8911 AB", "LOCATION"),
    ("Address Pincode", "431006", "LOCATION"),
])
def test_postcode_columns_hold_a_place(field, value, expected):
    st = analyze_structure(value, field)
    assert [(h.entity_type, value[h.start:h.end]) for h in st.hints] == ([(expected, value)] if expected else [])
    assert [(s.start, s.end) for s in st.suppressions] == [(0, len(value))]  # and no phone in it


@pytest.mark.parametrize("field", ["agent_version", "$app_version_string", "context.app.version", "osVersion", "BIOS/Firmware", "firmware"])
def test_version_columns_hold_no_addresses(field):
    assert [(s.start, s.end) for s in analyze_structure("4.12.0.118", field).suppressions] == [(0, 10)]
    assert [(s.start, s.end) for s in analyze_structure("4.12.0.118", "conversion").suppressions] == []


@pytest.mark.parametrize(("field", "value", "kind"), [
    ("bios-uuid", "0EFC2AE5-0447-4259-AEFB-AEC8D17A1242", "HARDWARE_ID"),  # (InsightVM's configurations' pair)
    ("bios_serial", "VRBY9BW", "SERIAL_NUMBER"),
])
def test_a_bioss_uuid_or_serial_is_no_version(field, value, kind):
    st = analyze_structure(value, field)
    assert [h.entity_type for h in st.hints] == [kind] and st.suppressions == ()


@pytest.mark.parametrize("field", ["data.sca.check.compliance.cis[0]", "rule.pci_dss[1]", "rule.nist_800_53.0"])
def test_a_standards_controls_are_no_addresses(field):
    # a CIS benchmark's section '4.1.1.1' that a SIEM's check cites
    assert [(s.start, s.end) for s in analyze_structure("4.1.1.1", field).suppressions] == [(0, 7)]
    assert [(s.start, s.end) for s in analyze_structure("4.1.1.1", "data.srcip").suppressions] == []


@pytest.mark.parametrize("field, value, expected", [
    ("Employee", "Dana Whitfield", "PERSON"), ("Attendee", "Thandiwe Nkosi", "PERSON"),
    ("customer_name (metadata)", "Wei Zhang", "PERSON"),  # a header's note
    ("Name (Original Name)", "Siobhán O'Sullivan", "PERSON"),
    ("logged_in_user", "CORP\\priya", "USERNAME"), ("primary_user", "mj.watson", "USERNAME"),
    ("primary_user", "Priya Raman", "PERSON"),
    ("post_stream.posts[0].name", "Olli Virtanen", "PERSON"), ("From Name", "Daniel Park", "PERSON"),
    ("UserDisplayName", "user39", "USERNAME"),  # a display name that is a handle
    ("wifi_mac", "B4A769837619", "HARDWARE_ID"), ("mac_address", "B4A769837619", "HARDWARE_ID"),
    ("mac", "deadbeefcafe", None),  # hex words
])
def test_more_people_and_device_columns(field, value, expected):
    assert _hints(value, field) == ([(expected, value)] if expected else [])


@pytest.mark.parametrize("field, entity", [
    ("family_name", "PERSON"), ("fname", "PERSON"), ("cardholder_name", "PERSON"),
    ("address_line_1", "LOCATION"), ("addr2", "LOCATION"),
    ("mobile_number", "PHONE_NUMBER"), ("contactNumber", "PHONE_NUMBER"), ("phone_no", "PHONE_NUMBER"),
    ("ip_addr", "IP_ADDRESS"), ("email_addr", "EMAIL_ADDRESS"),
    ("order_number", None), ("family", None), ("address_type", None),
    # a qualifier says whose (a shop's orders, a CRM's contacts): the rest says what
    ("Billing Name", "PERSON"), ("shipping_name", "PERSON"), ("emergency_contact_name", "PERSON"),
    ("Billing City", "LOCATION"), ("Shipping Street", "LOCATION"), ("Billing Address1", "LOCATION"),
    ("homePhone", "PHONE_NUMBER"), ("Billing Phone", "PHONE_NUMBER"), ("workEmail", "EMAIL_ADDRESS"),
    ("Lineitem name", None), ("companyName", None), ("Billing Company", None), ("filename", None),
    ("office_name", None), ("partner_name", None), ("partner_email", "EMAIL_ADDRESS"), ("tags[2]", None),
    # a name below a person's object; Mixpanel's reserved profile name
    ("traits.name", "PERSON"), ("order.billing.name", "PERSON"), ("properties.$name", "PERSON"),
    ("products[0].name", None), ("context.library.name", None),
    # 'ip' is a word of its own: a zip code or a membership is no IP address (a zip code
    # is a place's code)
    ("Billing Zip", "LOCATION"), ("membership", None), ("relationship", None), ("userIp", "IP_ADDRESS"),
    ("server-ip", "IP_ADDRESS"), ("src_ip", "IP_ADDRESS"),
    # a place as the last word (Stripe's card address), not the end of one
    ("Card Address City", "LOCATION"), ("Card Address Line1", "LOCATION"), ("Address Line 1", "LOCATION"),
    ("ethnicity", None), ("capacity", None), ("Line 1", None),
    # a region and a country, alone, in a qualifier's column or among alternatives
    ("Card Address State", "LOCATION"), ("Home Country", "LOCATION"), ("Country/Region", "LOCATION"),
    # a note after the name, a CRM's 'Entity - Field - Kind'
    ("First Name [Required]", "PERSON"), ("Person - Last name", "PERSON"), ("Person - Phone - Mobile", "PHONE_NUMBER"),
    ("Person - Email - Work", "EMAIL_ADDRESS"), ("Person - Notes", None), ("Organization - Name", None),
    ("Harddisk ID", "SERIAL_NUMBER"), ("server-hostname", None), ("client-hostname", "HOSTNAME"),
    ("State/Province/Region/County/Territory/Prefecture/Republic", "LOCATION"),
    ("Zip/Postal Code", "LOCATION"), ("Country Code", "LOCATION"), ("statement", None), ("Estate", None),
    # a CRM's people and a card's holder
    ("Contact owner", "PERSON"), ("assignee", "PERSON"), ("Card Name", "PERSON"),
    # a place before 'name' (PostHog's GeoIP properties), not a word ending in one
    ("properties.$geoip_city_name", "LOCATION"), ("street_name", "LOCATION"),
    ("ethnicity_name", None), ("city_code", None), ("product_name", None),
    # analytics SDKs' and help desks' people
    ("user_properties.name", "PERSON"), ("user_profile.name", "PERSON"), ("requester.name", "PERSON"),
    ("properties.name", None),  # Segment's page name
    ("mentions[0].name", "PERSON"), ("participants[2].name", "PERSON"), ("labels[0].name", None),
    ("visitor_name", "PERSON"), ("subscriber_email", "EMAIL_ADDRESS"), ("Attendee Name", "PERSON"),
    # a blog's posters (WordPress' export, Dublin Core's creator)
    ("comment_author", "PERSON"), ("author_display_name", "PERSON"), ("author_login", "USERNAME"),
    ("creator", "PERSON"), ("user_login", "USERNAME"), ("comment_author_IP", "IP_ADDRESS"), ("author_id", None),
    ("passenger_phone", "PHONE_NUMBER"), ("requester_name", "PERSON"),
    ("client_name", None), ("driver_name", None), ("lead_time", None), ("player_id", None),
    # an address leaf under a typed parent: a mailbox's, a host's, a network card's
    ("from.emailAddress.address", "EMAIL_ADDRESS"), ("emailAddresses[0].address", "EMAIL_ADDRESS"),
    ("ip.address", "IP_ADDRESS"), ("mac.address", "HARDWARE_ID"), ("shipping.address", "LOCATION"),
    ("destination.address", None),
])
def test_more_export_column_names(field, entity):
    assert type_for_name(field) == entity


def test_skipped_values_in_polars_follow_segment_skipped():
    import polars as pl

    from piiscan.detect.logframe import KINDS, skipped_values
    from piiscan.detect.structure import segment_skipped

    values = ["", "-", "--", " ", "10/Oct/2026:13:55:36 -0700", "10/Oct/2026:13:55:36", "1/Oct/2026:13:55:36 +0000",
              "10/Oct/2026:13:55:36 -0700 x", "x10/Oct/2026:13:55:36", "10/Okt/2026:13:55:3",
              "١٠/Oct/2026:13:55:36", "10/Oct/2026:13:55:36\n", "GET / HTTP/1.1", "jdoe", "198.51.100.7"]
    for kind in KINDS:
        got = pl.DataFrame({"v": values}).select(skipped_values(kind, pl.col("v"))).to_series().to_list()
        for value, skipped in zip(values, got):
            if kind == "tail":  # blank tails are left to segment_skipped itself
                assert not skipped or segment_skipped(kind, value), (kind, value)
            else:
                assert skipped == segment_skipped(kind, value), (kind, value)


@pytest.mark.parametrize("field, value", [
    ("lat", "52.5200"), ("lng", "13.4050"), ("longitude", "-73.9855"), ("pickup_latitude", "40.7580"),
    ("location", "52.5200,13.4050"), ("gps", "POINT(13.405 52.52)"), ("geo.coords", "[13.405, 52.52]"),
    ("latlng", "52.52; 13.40"),
])
def test_coordinate_fields_are_locations(field, value):
    assert _hints(value, field) == [("LOCATION", value)]


@pytest.mark.parametrize("field, value", [
    ("lat", "91.5"),  # out of a latitude's range
    ("lng", "200.1"),
    ("long", "yes"), ("long", "1"),  # a flag or a count in a column named 'long'
    ("gps", "on"), ("lat", "52"),  # a coordinate has decimals
    ("price", "12.50"), ("salon", "13.40"),  # numbers in other columns
    ("lat", "n/a"),
    ("latitude", "0.0"), ("location", "0.0,0.0"),  # a GeoIP lookup's placeholder: no place
])
def test_other_values_of_coordinate_fields_and_numbers_elsewhere_are_no_locations(field, value):
    assert _hints(value, field) == []


@pytest.mark.parametrize("field, value, expected", [
    ("author", "throwaway_jenny92", "USERNAME"), ("DisplayName", "user12345", "USERNAME"),
    ("author.name", "j.doe", "USERNAME"), ("author", "m_hart", "USERNAME"),
    ("author", "going", "PERSON"),  # a word: kept a PERSON, which is not carried elsewhere
    ("author", "Jane Roe", "PERSON"), ("DisplayName", "Jenny", "PERSON"),
    ("author", "Émile", "PERSON"), ("author", "DanTheMan", "USERNAME"),  # a camel-cased handle
    ("surname", "müller", "PERSON"),  # a name's part holds no handle, whatever its case
])
def test_a_posters_field_holds_a_name_or_a_handle(field, value, expected):
    assert _hints(value, field) == [(expected, value)]


@pytest.mark.parametrize("field, value, expected", [
    ("Customer", "Ana Souza", [("PERSON", "Ana Souza")]),  # a name where a login was expected
    ("user", "José da Silva", [("PERSON", "José da Silva")]),
    ("user", "jdoe", [("USERNAME", "jdoe")]),
    ("user", "hello world", []), ("user", "Anonymous User", []), ("login", "System Admin", []),
    ("Machine", "ANA-LAPTOP-01", [("HOSTNAME", "ANA-LAPTOP-01")]),
    ("pc", "OPER", []),  # Bing's '&pc=OPER': a short code, not a computer
    ("user.username", "حرا شیخ", [("PERSON", "حرا شیخ")]), ("User Name", "பிரியா சேகர்", [("PERSON", "பிரியா சேகர்")]),  # (no case)
    ("device.user.name", "ស៊ុន រស្មី", [("PERSON", "ស៊ុន រស្មី")]), ("device.user.name", "Kiosk MT-MLA", []),  # (a kiosk's)
])
def test_a_user_column_may_hold_full_names_and_a_machine_column_hosts(field, value, expected):
    assert _hints(value, field) == expected


@pytest.mark.parametrize("value, expected", [
    ("j.doe", [("USERNAME", "j.doe")]),  # a ticket export's support agent
    ("Priya Raman", [("PERSON", "Priya Raman")]),
    ("Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/118.0", []),  # a web export's user agent
    ("okhttp/4.12.0", []),
    ("Support Team", []),
    ("o'leary", [("USERNAME", "o'leary")]),  # an apostrophe inside a login
    ("'quoted'", []),
])
def test_an_agent_column_holds_user_agents_or_support_agents(value, expected):
    assert _hints(value, "agent") == expected
    noisy = analyze_structure(value, "agent").suppressions
    assert bool(noisy) is (not expected and "/" in value)


@pytest.mark.parametrize("html, expected", [
    # phpBB, with a moderator's colour; XenForo; a nested <strong>
    ('<dt><a href="./memberlist.php?mode=viewprofile&amp;u=5521" class="username">gary_w1971</a></dt>',
     [("USERNAME", "gary_w1971")]),
    ('<a href="./memberlist.php?u=17" class="username-coloured" style="color: #AA0000;">HelpdeskHelen</a>',
     [("USERNAME", "HelpdeskHelen")]),
    ('<a href="/members/kate.123/" class="username " dir="auto" data-user-id="123">kate</a>',
     [("USERNAME", "kate")]),
    ('<span class="author"><strong>Will Thompson</strong></span>', [("PERSON", "Will Thompson")]),
    ('<aside class="quote" data-username="kevin_m" data-post="3">', [("USERNAME", "kevin_m")]),
    ('<article class="message" data-author="Mia Lund">', [("PERSON", "Mia Lund")]),
    ('<p><at id="0">Callum</at> I\'ll be at Rowan Close 1pm</p>', [("PERSON", "Callum")]),  # Teams' mention
    ('<span class="mention" data-zuid="6995036">@Amit Joshi</span> please', [("PERSON", "Amit Joshi")]),  # Zoho Cliq's
    ('<span class="mention">@here</span> deploy', []),
    # WechatExporter's sender: a person's display name, a handle; a shop's name is no one's
    ('<div class="nt-box"><span class="dspname left">Mary Empeni anak Gerinang</span> 2023-06-04</div>',
     [("PERSON", "Mary Empeni anak Gerinang")]),
    ('<span class="dspname right">priscilla_kho</span>', [("USERNAME", "priscilla_kho")]),
    ('<span class="dspname left">Sinar Mobile 手机专卖</span>', []),
    # an author element's label, an id, a class merely named alike, an entity in the name
    ('<p class="author">by <strong>x</strong></p><div class="author">Posted</div>', []),
    ('<div class="post" data-user-id="5521" data-user="4417">', []),
    ('<span class="usernames-list">3 members</span>', []),
    ('<a class="username">O&#39;Brien</a>', []),
    # a print view's poster (SMF's): a handle or a full name, not a word
    ("\t\tPost by: <strong>noah.ga</strong> on <strong>January 04, 2024, 08:23:44 AM</strong>",
     [("USERNAME", "noah.ga")]),
    ("Post by: <strong>Noah Garcia</strong> on", [("PERSON", "Noah Garcia")]), ("Post by: <strong>Admin</strong>", []),
    # Invision Community's author pane: its class's suffix, the name in a link
    ('<h3 class="ipsType_sectionHead cAuthorPane_author"><strong><a href="https://x.io/profile/74775-johanna-aalto/" '
     'title="Go to Johanna Aalto\'s profile" class="ipsType_break">Johanna Aalto</a></strong></h3>',
     [("PERSON", "Johanna Aalto")]),
    # a link to a member's profile (MyBB's print view, phpBB's): its text, a handle or a full name, not a label
    ('<span class="smalltext"><a href="https://f.io/member.php?action=profile&amp;uid=2658">velo_sanne71</a> - 01-03',
     [("USERNAME", "velo_sanne71")]),
    ('<a href="./memberlist.php?mode=viewprofile&amp;u=48">Dave Olsen</a>', [("PERSON", "Dave Olsen")]),
    ('<a href="/members/ana.123/">View profile</a> <a href="/index.php?action=profile;u=5">Settings</a>', []),
    ('<a href="/showthread.php?tid=2207">velo_sanne71</a>', []),  # a thread's link
    ('<a href="/member.php?action=profile&amp;uid=1056">giubia</a>', [("USERNAME", "giubia")]),
    ('<a href="/member.php?action=profile&amp;uid=1056">here</a>', []),
    # FluxBB's and vBulletin's profile links; a forum's header of who saved the page, in Basque too
    ('<dt><strong><a href="profile.php?id=18">goicoechea5</a></strong></dt>', [("USERNAME", "goicoechea5")]),
    ('<a href="member.php?u=7">mike_t</a>', [("USERNAME", "mike_t")]), ('<a href="profile.php?id=18">View profile</a>', []),
    ("<li><span>Saioa hasita: <strong>nerea_olai</strong></span></li>", [("USERNAME", "nerea_olai")]),
    ("<li>Logged in as <strong>Jane Roe</strong></li>", [("PERSON", "Jane Roe")]),
    # Kunena's member link: '/forum/user/<id>-<login>' (not a users' list, '/users/')
    ('<a class="kwho-user hasTooltip" href="/forum/user/13233-monica63" title="x" rel="nofollow">monica63</a>',
     [("USERNAME", "monica63")]),
    ('<a href="/admin/users/">Users</a>', []),
    # a chat's mention markup (Webex, Slack), an avatar's picture named for its member, a poster's place
    ("<@personEmail:maya.cohen@lumora.io|Maya Cohen> can you check?", [("PERSON", "Maya Cohen")]),
    ("<@U024BE7LH|bob_k> ping", [("USERNAME", "bob_k")]),
    ('<a class="user-avatar" href="/x"><img alt="shughes" src="/a/48.png"></a>', [("USERNAME", "shughes")]),
    ('<img class="avatar avatar-48" src="/a.png" alt="Karen8488">', [("USERNAME", "Karen8488")]),
    ('<a class="user-avatar" href="/x"><img alt="User avatar" src="/a/48.png"></a>', []),
    ('<img class="logo" alt="spiceworks">', []),  # no avatar
    ('<span class="user-location">Knoxville</span>', [("LOCATION", "Knoxville")]),
    ('<span class="location">Main menu</span>', []),  # no poster's place
])
def test_a_pages_markup_names_its_posters(html, expected):
    assert _hints(html) == expected
    assert _hints(html, "cooked") == expected  # a post's HTML in a JSON export too


def test_a_structured_value_that_is_the_unspecified_address_is_none():
    st = analyze_structure("0.0.0.0", "WiFiIPv4Address")
    assert [(sorted(x.entity_types), x.start, x.end) for x in st.suppressions] == [(["IP_ADDRESS"], 0, 16)]
    assert not analyze_structure("bind() to 0.0.0.0:80 failed", None).suppressions  # a log's: found


@pytest.mark.parametrize("field, text, label", [
    ("Model", "MacBook Pro (14-inch, M3 Pro, Nov 2023)", True),
    ("JoinType", "Microsoft Entra hybrid joined", True),
    ("device.model", "Pixel 8 Pro", True),
    ("description", "Laptop handed to Jane Roe on Monday", False),
    (None, "Model 3 Pro", False),
    ("Przewoźnik", "Poczta Polska - Kurier 48", True), ("Vendor", "Dell Inc.", True),  # a carrier, a vendor
    ("Nome do Produto", "Vaso Olinda Grande", True), ("Forma de Entrega", "Retirar na loja", True),
    ("Nome do comprador", "Lucas Ferreira", False), ("Lists", "Newsletter NL", True), ("Tags", "Referred by Ana", False),
    # an access policy's name in an audit log (JumpCloud's, Entra's), not a policyholder's
    ("auth_context.policies_applied[0].name", "Require MFA outside office", True),
    ("appliedConditionalAccessPolicies.0.displayName", "Require MFA for admins", True),
    ("policyholder.name", "Lucas Ferreira", False), ("schedule.name", "Lucas Ferreira", False),
    ("rule.mitre.technique[0]", "Sudo and Sudo Caching", True),  # ATT&CK's name a SIEM's rule cites
    ("cpu_brand", "Intel(R) Core(TM) i7-1365U Gen", True), ("Noutopiste", "Matkahuolto Lähellä-piste", True),
    ("properties.products[0].name", "Zománcozott lábas", True), ("properties.name", "Anna Kovács", False),
    ("requestParameters.ipPermissions.items[0].ipRanges.items[0].description", "SSH from Priya Raman home", False),
    # products, a parcel locker and a payment's kind in more languages
    ("Nama Produk", "Kopi Toraja Sapan", True), ("Тауар атауы", "Samsung Galaxy A15", True),
    ("عنوان کالا", "گوشی سامسونگ", True), ("Pangalan ng Produkto", "Kape Barako", True),
    ("Jina la Bidhaa", "Chai Kilo 1", True), ("Nom del producte", "Cafè", True), ("Reason Type", "Pay Bill", True),
    ("Постамат / алу пункті", "Постамат Kaspi №1234", True), ("Nama Pembeli", "Budi Santoso", False),
    # a payment's custom fields' labels and its items (Paystack's metadata), a person's display name
    ("Metadata.custom_fields[1].display_name", "Delivery Note", True), ("Metadata.items", "2 x Beaded bracelet set", True),
    ("user.display_name", "Delali Afetsi", False),
    # a shop's sales channel, a machine's network adapter
    ("Channel Name", "Nimkii Beadwork & Quillwork", True), ("networkAdapters[1].name", "Cisco AnyConnect", True),
    ("contact.name", "Nimkii Jones", False),
    ("Departamento", "Recursos Humanos - AP", True), ("Designação", "Técnico Agrícola", True),  # ERPNext's, in
    ("Département", "Gironde", False),  # Portuguese; (French: a region)
    ("@mt", "Gift note saved for order {OrderNumber}", True), ("@m", "Gift note saved for order 88", False),  # a
    # compact JSON log's message template; its rendered message may hold a name
    ("product_title", "Kopi Tenom Robusta 500g", True), ("review_title", "Kemasan rapi", False),  # a review's
    # product, its title
    ("SKU_Name", "Refrigeradora Mabe 10 pies RMA250", True),  # (VTEX's orders)
    # a form's sub-labels (Jotform's), an ad platform's names for its ad set and campaign (Meta's
    # leads download), an app's own title (Pinpoint's); a page's title is no label
    ("answers.8.sublabels", '{"city":"Municipio"}', True), ("adset_name", "Chiapas + Tabasco", True),
    ("campaign_name", "MX | Leads | Feb24", True), ("application.title", "Tianguis Digital", True),
    ("page.title", "Mi cuenta - Ana Lima", False),
    # a tour's booking's product, a rental's car class (round 58)
    ("Item", "Nine Mile Bob Marley Heritage", True), ("Vehicle Class", "SUV - Suzuki Vitara or similar", True),
])
def test_an_inventorys_label_fields_are_no_prose(field, text, label):
    from piiscan.detect.structure import is_label_field

    assert is_label_field(field) is label


def test_a_url_encoded_query_key_names_its_value():
    x = "https://shop.example/contact?contact%5Bname%5D=Tyler+Kelly&x=1"
    assert _hints(x, "page_location") == [("PERSON", "Tyler+Kelly")]


def test_squids_native_log_names_its_user():
    line = ("1741939923.114    245 10.20.5.17 TCP_TUNNEL/200 5123 CONNECT www.google.com:443 jdoe "
            "HIER_DIRECT/142.250.185.68 -")
    assert _hints(line) == [("USERNAME", "jdoe")]
    encoded = line.replace(" jdoe ", " CONTOSO%5ca.novak ")
    assert _hints(encoded) == [("USERNAME", "CONTOSO%5ca.novak")]
    assert _hints(line.replace(" jdoe ", " - ")) == []  # no user


def test_e2guardians_access_log_names_its_user_and_its_clients_machine():
    line = ("2024.5.13 7:41:02 fdiaz74 10.20.11.128 https://x.com/home *DENIED* Banned site: x.com GET 8566 35 "
            "Social Networking 1 403 text/html CB-fdiaz74.school.local Alumnos Mozilla/5.0 (X11; Linux x86_64) -")
    assert _hints(line) == [("USERNAME", "fdiaz74"), ("HOSTNAME", "CB-fdiaz74.school.local")]
    sups = analyze_structure(line, None).suppressions
    assert any(s.entity_types == {"PHONE_NUMBER"} and line[s.start:s.end] == "8566 35 Social Networking 1 403" for s in sups)
    anonymous = "2024.5.13 10:25:43 - 10.20.4.1 http://example.com/  GET 0 0  0 200 text/plain - - curl/8.5 -"
    assert _hints(anonymous) == []  # (no login, no reverse lookup)
    assert _hints("2024.5.13 is the day we moved GET 1 2 to 3 200 a b c") == []  # (no client's address)


def test_tac_plus_accounting_names_its_user():
    line = "May 14 04:19:38\t172.16.40.1\tjtechera\tvty1\t10.40.3.221\tstop\ttask_id=1003\tservice=shell"
    assert _hints(line) == [("USERNAME", "jtechera")]
    from piiscan.config import Detection, NerMode
    from piiscan.detect.engine import Detector

    backup = line.replace("jtechera", "rancid")  # (a configuration backup's own login: the engine drops it)
    found = Detector(Detection(ner=NerMode.OFF)).detect_records([backup, line], [None, None])
    assert [[t[f.start:f.end] for f in fs if f.entity_type == "USERNAME"] for t, fs in zip((backup, line), found)] == [
        [], ["jtechera"]]
    assert _hints(line.replace("\tstop\t", "\tstopped\t")) == []


def test_jitsis_lines_name_logins_and_participants_not_mailboxes():
    line = "Jicofo 2024-05-14 INFO: [85] processAuthentication#154: Authenticated jid: bfernandez@meet.jitsi/6625, session: 1"
    assert _hints(line) == [("USERNAME", "bfernandez")]
    assert _hints("JigasiSession.dial#88: Dial-out requested by rodrigo.diaz@meet.jitsi to +56994790060") == [
        ("USERNAME", "rodrigo.diaz")]
    joined = "Joining JVB conference room mesa-de-ayuda@muc.meet.jitsi as Josefa (endpoint 60a90c65)"
    assert _hints(joined) == [("PERSON", "Josefa")]
    assert _hints("Created room mesa-de-ayuda@muc.meet.jitsi") == []  # (a room, no one's login)
    sups = analyze_structure(line, None).suppressions
    assert any("EMAIL_ADDRESS" in s.entity_types and line[s.start:s.end].startswith("bfernandez@") for s in sups)


def test_a_pin_is_no_phone():
    line = "ConferenceMapper.lookup#94: PIN 592 414 9589# resolved to room x@muc.meet.jitsi"
    sups = analyze_structure(line, None).suppressions
    assert [line[s.start:s.end] for s in sups if "PHONE_NUMBER" in s.entity_types] == ["592 414 9589#"]
    assert not [s for s in analyze_structure("call 592 414 9589 now", None).suppressions if "PHONE_NUMBER" in s.entity_types]


def test_a_message_ids_field_holds_no_mailbox():
    sups = analyze_structure("<Y76FDJYBT2X1X6ZP5UBK@google.com>", "message-id").suppressions
    assert [(sorted(x.entity_types), x.start, x.end) for x in sups] == [(["EMAIL_ADDRESS"], 0, 33)]
    assert analyze_structure("jane@example.org", "sender-address").suppressions == ()
    # and a mail's header line of ids, whatever address an id looks like (a list archive's URL too)
    for line in ("Message-ID: <20231004145900.81714-1-johan.viljoen@icloud.com>", "In-Reply-To: <a.b@c.example>",
                 "Archived-At: <https://lists.sr.ht/~anna/list/20231004.1-ann@icloud.com>"):
        sups = analyze_structure(line, None).suppressions
        assert [(sorted(x.entity_types), x.start, x.end) for x in sups] == [(["EMAIL_ADDRESS"], 0, len(line))]
    assert analyze_structure("From: Ann <ann@icloud.com>", None).suppressions == ()


# --- SQL statements, attribute lines and X.509 names in log lines ----------------------------

MYSQL = ("2024-02-12T07:02:36.745989Z\t  1187 Query\tINSERT INTO shipments (customer_id, ref, sender_name, "
         "sender_street, sender_zip, sender_city, sender_country, recipient_phone, notes) VALUES "
         "(43339, 'MF-446270', 'Hannah Becker', 'Kirchenweg 9', '21335', 'Lüneburg', 'DE', "
         "'+49 171 2345678', NULL), (43340, 'MF-446271', 'Sean O''Brien', 'Main St 1', '12345', 'Kiel', "
         "'DE', NULL, 'fragile')")


def test_an_inserts_values_are_typed_by_its_column_list():
    hints = _hints(MYSQL)
    assert hints == [("PERSON", "Hannah Becker"), ("LOCATION", "Kirchenweg 9"), ("LOCATION", "21335"),
                     ("LOCATION", "Lüneburg"), ("LOCATION", "DE"), ("PHONE_NUMBER", "+49 171 2345678"),
                     ("PERSON", "Sean O''Brien"), ("LOCATION", "Main St 1"), ("LOCATION", "12345"),
                     ("LOCATION", "Kiel"), ("LOCATION", "DE")]
    # a country column's value is a place that is not carried (as a CSV's Country column)
    country = [h for h in analyze_structure(MYSQL, None).hints if MYSQL[h.start:h.end] == "DE"]
    assert {h.recognizer for h in country} == {"region_field"}


def test_a_cql_inserts_bare_uuid_is_typed_by_its_column():
    text = ("operation:INSERT INTO iot.devices (owner_email, smbios_uuid, serial_no, fw) VALUES "
            "('a@b.de', E22659B9-0CC4-4A9E-9AF3-A12993D82653, 'C02YVWG0EWYV', 2.0)")
    assert ("HARDWARE_ID", "E22659B9-0CC4-4A9E-9AF3-A12993D82653") in _hints(text)
    assert ("SERIAL_NUMBER", "C02YVWG0EWYV") in _hints(text)
    plain = "operation:INSERT INTO iot.devices (owner_email, fw) VALUES ('a@b.de', 2.0)"
    assert [h for h in _hints(plain) if h[0] != "EMAIL_ADDRESS"] == []  # (a bare number: no hint)


def test_a_sql_server_scripts_insert_is_typed_by_its_columns():
    # SSMS' and mssql-scripter's scripts leave out INTO and write Unicode strings as N'...'
    text = ("INSERT [dbo].[yaf_User] ([UserID], [DisplayName], [Email], [Joined]) VALUES (7, N'Mina Asadi', "
            "N'mina.asadi@gmail.com', CAST(N'2021-03-01T10:04:11.540' AS DateTime))")
    assert ("PERSON", "Mina Asadi") in _hints(text)
    assert _hints("insert a coin (or two) values (1)") == []  # (no table's brackets: prose)


@pytest.mark.parametrize("field, line", [
    ("address_street_1", True), ("Address Line 1", True), ("ship_to.line1", True), ("Billing Address1", True),
    ("ADDR1", True), ("Complément d'adresse", True),
    ("Street 2", True), ("Address", False), ("street", False), ("City", False), (None, False),
])
def test_a_street_lines_column(field, line):
    from piiscan.detect.structure import names_a_street_line

    assert names_a_street_line(field) is line


def test_a_keyed_unspecified_address_is_no_address():
    text = "info=Block by Rule|srcNAT=0.0.0.0|dstNAT=0.0.0.0|src=10.1.2.3"
    hidden = [text[x.start:x.end] for x in analyze_structure(text, None).suppressions if "IP_ADDRESS" in x.entity_types]
    assert hidden == ["0.0.0.0", "0.0.0.0"]
    assert not analyze_structure("[TLS-out] 0.0.0.0 [SMTP Error] 535", None).suppressions  # (a log's client: fail2ban's)
    text = "ip a → 41.230.212.212/24, gateway 0.0.0.0, et la MAC 4857.024c.fb60."  # (a route's none)
    assert [text[x.start:x.end] for x in analyze_structure(text, None).suppressions
            if "IP_ADDRESS" in x.entity_types] == ["0.0.0.0"]
    for text in ("listen on 0.0.0.0:8443 and 127.0.0.1:9000 only, ok?", "sshd_config ima ListenAddress 0.0.0.0."):
        assert [text[x.start:x.end] for x in analyze_structure(text, None).suppressions
                if "IP_ADDRESS" in x.entity_types] == ["0.0.0.0"]  # (a server's: on all its interfaces)


def test_set_and_where_comparisons_are_typed_by_their_columns():
    text = ("UPDATE customers SET last_name = 'Rahimi', status = 'active' WHERE email = 'a@b.de' "
            "AND `users`.`first_name` like '%Nadine%'")
    assert _hints(text) == [("PERSON", "Rahimi"), ("PERSON", "Nadine")]  # not the LIKE wildcards


def test_an_address_tables_bare_line_is_its_street_line():
    insert = ("INSERT INTO `customer_addresses` (`customer_id`, `line1`, `city`, `postcode`) VALUES "
              "(30331, 'Tolstoy sokaa, 49', 'Çadır-Lunga', 'MD-6101')")
    assert _hints(insert)[:1] == [("LOCATION", "Tolstoy sokaa, 49")]
    update = "UPDATE customer_addresses SET line1 = 'Cai Uría, 14', postcode = '33600' WHERE customer_id = 38616"
    assert _hints(update) == [("LOCATION", "Cai Uría, 14"), ("LOCATION", "33600")]
    # an invoice's line is no street's
    assert _hints("UPDATE invoices SET line1 = 'Consulting, 14 hours' WHERE id = 3") == []


def test_a_directory_entrys_attributes_go_by_ldaps_names():
    text = ("Authenticated principal [elmen.arkhipov] with attributes [{cn=[Эльмен Архипов], sn=[Архипов], "
            "uid=[elmen.arkhipov], street=[Комсомольски урамӗ, 55], l=[Элӗк], postalCode=[429280], ou=[Экономика]}]")
    found = {(h.entity_type, text[h.start:h.end]) for h in ldap_attribute_hints(text)}
    assert found == {("PERSON", "Эльмен Архипов"), ("PERSON", "Архипов"), ("USERNAME", "elmen.arkhipov"),
                     ("LOCATION", "Комсомольски урамӗ, 55"), ("LOCATION", "Элӗк"), ("LOCATION", "429280")}
    # no person's entry: 'sn' is no surname there
    assert ldap_attribute_hints("cache stats {hits=[12], misses=[3], sn=[ABC123]}") == []


@pytest.mark.parametrize("text, expected", [
    # a directory search's filter terms by their attributes, wildcards left out (389 DS' access log)
    ('SRCH base="dc=uralsayan,dc=local" scope=2 filter="(|(cn=*Широбокова*)(sn=*Широбокова*)(mail=*Широбокова*))"',
     [("PERSON", "Широбокова"), ("PERSON", "Широбокова")]),
    ('filter="(|(telephoneNumber=89231133983)(mobile=89231133983))" attrs="cn"',
     [("PHONE_NUMBER", "89231133983"), ("PHONE_NUMBER", "89231133983")]),
    # a machine's entry by its name (FreeIPA's hosts), in a DN and in a filter
    ('RESULT err=0 dn="fqdn=ws-kzl-0120.uralsayan.local,cn=computers,cn=accounts,dc=uralsayan,dc=local"',
     [("HOSTNAME", "ws-kzl-0120.uralsayan.local")]),
    # no value: a presence test, a wildcard alone, an attribute no name of ours types
    ('filter="(&(objectClass=person)(uid=*)(cn=*))"', []), ('filter="(objectClass=*)"', []),
])
def test_a_directory_searchs_filter_goes_by_ldaps_names(text, expected):
    assert [(h.entity_type, text[h.start:h.end]) for h in ldap_filter_hints(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an identity provider's resolved attributes by their LDAP names (Shibboleth IdP's debug log)
    ("Resolved attribute 'sn' with values [StringAttributeValue{value=Kandzia}]", [("PERSON", "Kandzia")]),
    ("Resolved attribute 'l' with values [StringAttributeValue{value=Kartuzë}]", [("LOCATION", "Kartuzë")]),
    ("Resolved attribute 'postalAddress' with values [StringAttributeValue{value=ul. Sobieskiego 71$83-300 Kartuzë}]",
     [("LOCATION", "ul. Sobieskiego 71$83-300 Kartuzë")]),
    # an attribute no name of ours types
    ("Resolved attribute 'eduPersonScopedAffiliation' with values [ScopedStringAttributeValue{value=staff}]", []),
])
def test_an_identity_providers_resolved_attributes_go_by_ldaps_names(text, expected):
    assert [(h.entity_type, text[h.start:h.end]) for h in resolved_attribute_hints(text)] == expected


@pytest.mark.parametrize("name, kind", [
    # GeoIP's places: the source's are where a person is, the destination's a server's
    ("src_location", "LOCATION"), ("src_country", "LOCATION"), ("dst_location", None), ("dst_country", None),
    ("dstcountry", None), ("geo_dst", None),
    # a security agent's id of the machine, a money transfer's parties
    ("nsdeviceuid", "HARDWARE_ID"), ("device_uuid", "HARDWARE_ID"), ("beneficiary", "PERSON"), ("payee", "PERSON"),
    ("request_uuid", None), ("connection_uid", None),
    # EspoCRM's custom fields, 'c' before the name; not a camel-cased word of its own
    ("cRegion", "LOCATION"), ("cPhysicalAddress", "LOCATION"), ("cDeviceSerial", "SERIAL_NUMBER"),
    ("cPaygAccount", None), ("createdAt", None),
    # an HR export's mobile money wallet and next of kin; an analytics SDK's device's ad id
    ("Mobile Money Number", "PHONE_NUMBER"), ("Money Number", None), ("Next of Kin Name", "PERSON"),
    ("Next of Kin Relationship", None), ("advertising_identifier", "HARDWARE_ID"), ("identifier", None),
    # Open-AudIT's device's UUID and DNS name, Z-Push's ActiveSync device and user, Ansible's facts' UUID,
    # an owner's login, Wise's statement's parties (not a device table's own 'devices.id')
    ("devices.uuid", "HARDWARE_ID"), ("devices.dns_fqdn", "HOSTNAME"), ("devId", "HARDWARE_ID"),
    ("getUser", "USERNAME"), ("product_uuid", "HARDWARE_ID"), ("owner_login", "USERNAME"),
    ("Payee Name", "PERSON"), ("Payer Name", "PERSON"), ("devices.id", None), ("uuid", None),
    # Icelandic's and Faroese's town and residence; Mongolia's and Bhutan's districts (not Iceland's ID number)
    ("bær", "LOCATION"), ("bústaður", "LOCATION"), ("aimag", "LOCATION"), ("Дүүрэг", "LOCATION"),
    ("customer_gewog", "LOCATION"), ("dzongkhag", "LOCATION"), ("kennitala", None),
    # a contact center's caller and dialled number, a wallet API's receiver (not an anime's title)
    ("ANI", "PHONE_NUMBER"), ("DNIS", "PHONE_NUMBER"), ("metaData.request.body.receiver_msisdn", "PHONE_NUMBER"),
    ("anime", None), ("Discord", "USERNAME"),  # (a member's Discord handle: Patreon's column)
    # Bangladesh's, Sri Lanka's and the Andes' address columns, French-speaking Africa's given names (not a time
    # zone, nor a firm's department or division)
    ("Upazila", "LOCATION"), ("Thana", "LOCATION"), ("Post Office", "LOCATION"), ("GN Division", "LOCATION"),
    ("জেলা", "LOCATION"), ("Urbanización", "LOCATION"),
    ("Nom et prénoms", "PERSON"), ("Prénoms", "PERSON"), ("Time Zone", None), ("Departamento", None),
    ("Division", None),
    # Andean Spanish's short forms of mobile and telephone (not a spreadsheet's or a cancel's)
    ("cel", "PHONE_NUMBER"), ("telf", "PHONE_NUMBER"), ("cel_contacto", "PHONE_NUMBER"), ("excel", None),
    ("cancel", None),
])
def test_names_of_geoip_places_machines_and_transfers(name, kind):
    assert type_for_name(name) == kind


def test_a_log_lines_village_and_district_keys_make_its_pairs_an_address():
    text = 'Normalised "Jl. Cihampelas No. 211" -> kelurahan=Cipaganti kodepos=40131 geocoder=HERE'
    assert ("LOCATION", "Cipaganti") in _hints(text) and ("LOCATION", "40131") in _hints(text)
    assert _hints("cache kodepos=40131 region=eu-west-1") == []  # no address's pairs: a bare postcode key


@pytest.mark.parametrize("text, expected", [
    ("<dl><dt>Posts</dt><dd>2,601</dd><dt>Location</dt><dd>ᱯᱟᱠᱩᱲ</dd></dl>", [("LOCATION", "ᱯᱟᱠᱩᱲ")]),  # a member box
    ("<tr><th>Phone:</th><td>+91 98450 12345</td></tr>", [("PHONE_NUMBER", "+91 98450 12345")]),
    ("<dt>Registered</dt><dd>Jan 2020</dd>", []), ("<dt>Name</dt><dd>Widget Pro</dd>", []),  # (a bare 'Name')
    ("<dt>Location</dt><p>Remote</p>", []),
])
def test_a_pages_label_names_the_value_beside_it(text, expected):
    assert _hints(text) == expected


def test_mariadbs_audit_log_names_its_user():
    text = "20250217 01:47:25,db-shop-01,giuanne.pinna,192.168.44.20,4605,0,CONNECT,kasa,,0"
    assert [(h.entity_type, text[h.start:h.end]) for h in analyze_structure(text, None).hints] == [
        ("USERNAME", "giuanne.pinna")]
    # and the client's machine by its name (a workstation's; not a server's)
    text = "20250217 01:53:24,db-shop-01,b.tsydenov,ws-dba-03.corp.shopkasa.local,4636,0,CONNECT,mysql,,0"
    assert [(h.entity_type, text[h.start:h.end]) for h in analyze_structure(text, None).hints] == [
        ("USERNAME", "b.tsydenov"), ("HOSTNAME", "ws-dba-03.corp.shopkasa.local")]
    text = "20250217 01:53:24,db-shop-01,app_shop,app-srv-01.corp.local,4636,0,CONNECT,mysql,,0"
    assert [h.entity_type for h in analyze_structure(text, None).hints] == ["USERNAME"]
    # another CSV line of a date, words and numbers is no audit record
    text = "20250217 01:47:25,db-shop-01,giuanne.pinna,192.168.44.20,4605,0,shipped,kasa,,0"
    assert not [h for h in analyze_structure(text, None).hints if h.entity_type == "USERNAME"]


def test_a_statement_in_the_logs_own_quotes_is_read_too():
    # MariaDB's audit plugin quotes the statement and escapes its strings' quotes
    text = ("20250217 02:05:50,db-shop-01,app_shop,10.20.1.11,4691,881405,QUERY,kasa,'INSERT INTO customers "
            "(first_name, last_name, phone, city, country) VALUES (\\'Айталина\\', \\'Егоров\\', "
            "\\'8 927 118 20 81\\', \\'Ньурба\\', \\'RU\\')',0")
    assert _hints(text) == [("USERNAME", "app_shop"),  # (the audit record's user: an app's, the engine drops it)
                            ("PERSON", "Айталина"), ("PERSON", "Егоров"), ("PHONE_NUMBER", "8 927 118 20 81"),
                            ("LOCATION", "Ньурба"), ("LOCATION", "RU")]
    text = "QUERY,kasa,'SELECT * FROM customers WHERE last_name LIKE \\'Kšenka%\\' AND city = \\'Wojerecy\\'',0"
    assert _hints(text) == [("PERSON", "Kšenka"), ("LOCATION", "Wojerecy")]


@pytest.mark.parametrize("text", [
    "INSERT INTO events (code, created_at) VALUES ('CREATED', NOW())",  # no column says anything
    "SELECT id FROM orders WHERE ref = 'MF-446106'",
    "I'll update you where it went: name = unknown",  # prose
    "INSERT INTO `qa_posts` VALUES (1,'Q',NULL,'How do I plant beans?','beans maize');",  # no columns, no keys
    "INSERT INTO `qa_userprofile` VALUES (1,'website','');",  # (a key that says nothing, an empty value)
])
def test_statements_whose_columns_say_nothing_give_no_hints(text):
    assert _hints(text) == []


def test_a_statement_cut_short_gives_its_values_before_the_cut():
    # (a log's truncated statement, pg_dump's row whose string goes on to the next line: the values before the cut
    # by their columns; the cut one is no whole value)
    assert _hints("INSERT INTO shipments (sender_name, sender_city) VALUES ('Hannah Becker', 'Lüne") == [
        ("PERSON", "Hannah Becker")]
    assert _hints("INSERT INTO shipments (sender_city, sender_name) VALUES ('Lüneburg', 'Hannah Beck") == [
        ("LOCATION", "Lüneburg")]


def test_a_metadata_tables_rows_type_their_values_by_their_keys():
    # an INSERT without its columns: each row a key and its value (mysqldump's, one row a line)
    assert _hints("INSERT INTO `qa_userprofile` VALUES (229,'location','Wadelai, Pakwach');") == [
        ("LOCATION", "Wadelai, Pakwach")]  # (a place's pieces are the engine's: see _pieces)
    assert _hints("INSERT INTO wp_usermeta VALUES (12,3,'first_name','Anna'),(13,3,'billing_phone','+44 7700 900123');") \
        == [("PERSON", "Anna"), ("PHONE_NUMBER", "+44 7700 900123")]


def test_a_time_zones_column_holds_no_place():
    assert {t for x in analyze_structure("UK, Ireland, Portugal Time", "Invitee Time Zone").suppressions
            for t in x.entity_types} == {"LOCATION"}
    assert analyze_structure("Lisbon", "Invitee City").suppressions == ()


def test_a_user_id_that_is_a_mobiles_number_is_the_phone():
    structure = analyze_structure("917688274160", "user.user_id")
    assert [h.entity_type for h in structure.hints] == ["PHONE_NUMBER"] and structure.suppressions == ()


def test_a_records_number_is_no_card_nor_phone():
    assert {t for s in analyze_structure("4866878698460757339", "targetId").suppressions
            for t in s.entity_types} == {"CREDIT_CARD", "PHONE_NUMBER"}
    assert analyze_structure("4155550113", "Caller ID").suppressions == ()  # a caller's is a phone
    assert {t for s in analyze_structure("6804306950922808502", "id.uniqueQualifier").suppressions
            for t in s.entity_types} == {"CREDIT_CARD", "PHONE_NUMBER"}  # an id object's part
    assert analyze_structure("4155550113", "contact.phone").suppressions == ()


def test_a_messages_source_is_no_address_column():
    # Yahoo Groups' archive's 'rawEmail' holds a whole message (a list's own addresses in it are no one's)
    assert type_for_name("rawEmail") is None and type_for_name("contact_email") == "EMAIL_ADDRESS"


def test_a_branchs_name_is_no_ones():
    # a code host's audit log's 'name' of a protected branch
    for branch in ("develop", "main", "release"):
        assert [h for h in analyze_structure(branch, "name").hints if h.entity_type == "PERSON"] == []
    assert [h.entity_type for h in analyze_structure("Maddalena", "name").hints] == ["PERSON"]


def test_an_id_named_in_one_word_is_no_card():
    # mParticle's 'mpid': a user's 19-digit number that may pass Luhn
    for field in ("mpid", "batch.mpid", "uid"):
        assert {t for s in analyze_structure("6296044876491595190", field).suppressions
                for t in s.entity_types} == {"CREDIT_CARD"}
    # a word that ends in 'id' and names none, or a card's own column, keeps its card
    for field in ("paid", "card_number", "valid"):
        assert analyze_structure("4111111111111111", field).suppressions == ()


def test_a_json_objects_members_in_a_line_are_typed_by_their_keys():
    text = ('[php:error] Stripe error: {"customer":{"name":"Pieter de Vries","phone":"+31 6 1234 5678",'
            '"address":{"postal_code":"1052 GS","city":"Amsterdam","country":"NL"}},"card":{"brand":"visa"},'
            '"product":{"name":"Widget Pro"},"name":"checkout"}')
    # a bare 'name' below a person's key only: not a product's, nor one whose object is unknown
    assert _hints(text) == [("PERSON", "Pieter de Vries"), ("PHONE_NUMBER", "+31 6 1234 5678"),
                            ("LOCATION", "1052 GS"), ("LOCATION", "Amsterdam"), ("LOCATION", "NL")]
    assert _hints('{"event":"login","status":"ok"}') == []
    # a Ruby hash, as Rails logs a request's parameters
    rails = ('I, [2024-11-14T00:18:19.065051 #1855]  INFO -- : [9e1e1a19]   Parameters: {"authenticity_token"=>'
             '"[FILTERED]", "checkout"=>{"shipping_address"=>{"first_name"=>"Pieter", "zip"=>"2043 VT", '
             '"city"=>"Haarlem", "name"=>"Pieter Jansen"}, "shipping_method"=>"dpd-express"}, "handle"=>"zoem", '
             '"product"=>{"name"=>"Rain Jacket"}, "commit"=>"Pay now"}')
    assert _hints(rails) == [("PERSON", "Pieter"), ("LOCATION", "2043 VT"), ("LOCATION", "Haarlem"),
                             ("PERSON", "Pieter Jansen"), ("USERNAME", "zoem")]
    # a Python dict's repr with blanks in its keys: an iOS placemark, as Home Assistant logs a
    # phone's location sensor
    ha = ("payload: [{'attributes': {'Administrative Area': 'KwaZulu-Natal', 'ISO Country Code': 'ZA', "
          "'Postal Code': '4001', 'Time Zone': 'Africa/Johannesburg', 'Areas Of Interest': 'N/A'}}]")
    assert _hints(ha) == [("LOCATION", "KwaZulu-Natal"), ("LOCATION", "ZA"), ("LOCATION", "4001")]
    # a claim's URI for a key, typed by its last part (WSO2's audit log, AD FS' claims); a URI
    # whose last part names nothing personal types nothing
    wso2 = ('Action : Set-User-Claim-Values | Target : PRIMARY/dreyes | Data : { "Claims" : { '
            '"http://wso2.org/claims/givenname" : "Daniel", "http://wso2.org/claims/lastname" : "Reyes", '
            '"http://wso2.org/claims/organization" : "Argan Souss Coop", '
            '"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress" : "dreyes@gmail.com" } }')
    assert _hints(wso2) == [("PERSON", "Daniel"), ("PERSON", "Reyes")]  # (the address: the e-mail recognizer's)
    assert _hints('{"http://wso2.org/claims/role" : "Internal/everyone", "https://x.example/a/b" : "c"}') == []
    # a WSO2 user at its super tenant, wherever the record names one; not the tenant alone
    assert _hints('Data : { "AuthenticatedUser" : "moreaur@carbon.super", "AuthenticatedUserTenantDomain" : '
                  '"carbon.super" }') == [("USERNAME", "moreaur")]
    # a JavaScript object's members, its keys bare: Neo4j's query log's parameters, Node's
    # util.inspect; a bare 'name' below a person's key only, as in JSON
    neo4j = ("fraud - dhou - MERGE (c:Customer {id: $id}) SET c.city = $city - {id: 'C-2659243', "
             "name: 'Thomas O\\'Connor', phone: '07712 630643', city: 'Edinburgh', country: 'United Kingdom'} - "
             "runtime=pipelined - {type: 'user-direct', app: 'neo4j-browser_v5.15.0'}")
    assert _hints(neo4j) == [("PHONE_NUMBER", "07712 630643"), ("LOCATION", "Edinburgh"),
                             ("LOCATION", "United Kingdom")]
    node = "order { customer: { name: 'Olivia Dubois', city: 'Brighton' }, sku: 'AB-12', name: 'checkout' }"
    assert _hints(node) == [("PERSON", "Olivia Dubois"), ("LOCATION", "Brighton")]
    assert _hints("if (a) { return x; } else { y: 'z' }") == [] and _hints("see {city}: 'Brighton'") == []


def test_a_log_lines_key_value_pairs_are_typed_by_their_keys():
    ise = ("Guest user created, ConfigVersionId=418, GuestUserName=sarahwhi89, FirstName=Sarah, "
           "LastName=Whitaker, SponsorUserName=gbos, GuestType=Contractor (default), Portal=Sponsor")
    assert _hints(ise) == [("USERNAME", "sarahwhi89"), ("PERSON", "Sarah"), ("PERSON", "Whitaker"),
                           ("USERNAME", "gbos")]
    logfmt = ('devname="FGT60E" assigneduser="jdoe" user="asmith" msg="login ok" name=checkout country="Malta" '
              'uid=5000, gid=5000 (uid=0)')
    # not a bare name, nor a uid; nor a GeoIP place (a web server's country as often as a person's);
    # 'user=' is the user-name recognizer's own (username.yaml)
    assert _hints(logfmt) == [("USERNAME", "jdoe")]
    # the client's place by GeoIP is where the person is; the server's is not
    fortigate = 'srcip=203.0.113.7 srccountry="Germany" dstcountry="United States" ccode=PL cicode=Lyon'
    assert _hints(fortigate) == [("LOCATION", "Germany"), ("LOCATION", "PL"), ("LOCATION", "Lyon")]
    assert _hints('srcip=10.0.0.7 srccountry="Reserved" dstcountry="Japan"') == []  # a private range's
    assert _hints('win 1024 geo_src="DEU" geo_dst="USA"  (Unhandled External Packet-00)') == [("LOCATION", "DEU")]
    # a log's bracketed fields are no page's markup (Aruba's controller)
    aruba = ('Nov 14 04:11:13 2024 10.20.0.5 httpd[5120]: <124004> <5120> <INFO> <aruba-mc01 10.20.0.5>  Guest '
             'account created by sponsor bsandberg: guest_name="Julia Weber" email=julia_web94@libero.it')
    assert _hints(aruba) == [("PERSON", "Julia Weber")]
    # a bare name beside the record's e-mail, a full name, is the person's (Grafana's user sync)
    grafana = 'logger=user.sync level=info msg="Syncing user info" id=29 email=ana@x.io name="Ana Souza" authModule=ldap'
    assert ("PERSON", "Ana Souza") in _hints(grafana)
    assert not any(t == "PERSON" for t, _ in _hints('msg="sent" email=ana@x.io name=checkout'))
    keycloak = 'type=REGISTER, realmName=\\"corvell\\", first_name=\\"Florence\\", code_id=\\"faaa\\"'
    assert _hints(keycloak) == [("PERSON", "Florence")]  # quotes escaped in a JSON log's message
    # an address's own pairs, in a Java app's single quotes: its town, postcode and country too
    java = "Address validation FAILED: street='Puistokatu 21 as 23' zip='70100' city='Kuopio' country='FI' reason=X"
    assert _hints(java) == [("LOCATION", "Puistokatu 21 as 23"), ("LOCATION", "70100"), ("LOCATION", "Kuopio"),
                            ("LOCATION", "FI")]
    assert _hints("GeoIP lookup zip='70100' city='Kuopio' country='FI'") == []  # no street: GeoIP's, a server's too
    # a person's record, or an address's part no GeoIP names: a customer's town and province
    assert _hints('msg="order created" customer="Sitti Baddiri" town="Bongao" province="Tawi-Tawi" total=8.5') == [
        ("PERSON", "Sitti Baddiri"), ("LOCATION", "Bongao"), ("LOCATION", "Tawi-Tawi")]
    assert _hints('msg=shipped town=Bongao') == [("LOCATION", "Bongao")]
    assert _hints("srcip=10.1.2.3 user=jdoe city=Manila country=PH action=accept") == []  # (GeoIP's)
    # a domain before its account (CEF's escaped backslash): the account is windows_domain_user's
    assert _hints(r"act=updated suser=REVONTA\\svc-deploy msg=x") == []
    assert _hints(r"fname=E:\\backup.zip suser=jdoe") == [("USERNAME", "jdoe")]  # a drive's letter, no first name
    assert _hints('msg="x" suser=jdoe\\n') == [("USERNAME", "jdoe")]  # (a JSON text's escaped newline)
    assert _hints('pan=2221036775300406 exp=11/30 holder="NIKO HEINONEN"') == [("PERSON", "NIKO HEINONEN")]
    assert _hints("lock holder=thread-12 released by=x") == []  # a card's holder, not a lock's
    # a Python dict's repr in a log, in single quotes
    assert _hints("{'serialNumber': 'MB52992601', 'ip': '192.168.100.208', 'user': {'name': 'Anna Berg'}}") == [
        ("SERIAL_NUMBER", "MB52992601"), ("PERSON", "Anna Berg")]
    proxy = ("zscaler-nss: reason=Allowed\turl=github.com/eva-smits\tvendor=Zscaler\thostname=github.com\t"
             "clientpublicIP=91.237.192.179\tdeviceowner=esmits\tdevicehostname=Evas-MacBook-Pro\tclienthost=nas.home.lan")
    # a proxy's 'hostname=' is the site visited; a device's name is its own, a home network's too
    assert _hints(proxy) == [("HOSTNAME", "Evas-MacBook-Pro"), ("HOSTNAME", "nas.home.lan")]


@pytest.mark.parametrize("line, found", [
    ("GET /admin/customers?search=Jakub+Mazur&page=1 HTTP/1.1", [("PERSON", "Jakub+Mazur")]),
    ("GET /hr/Directory/Search.aspx?q=Visser HTTP/1.1", [("PERSON", "Visser")]),  # a surname alone
    ('"RequestPath":"/api/org/users/lookup?query=Ko%C3%A7&limit=100"', [("PERSON", "Ko%C3%A7")]),
    ("GET /api/v2/clients/search?q=Tevita+Fifita&limit=25 HTTP/1.1", [("PERSON", "Tevita+Fifita")]),  # a CRM's clients
    ("GET /shop?q=Running+Shoes HTTP/1.1", []),  # no list of people: a shop's search
    ("GET /admin/products?q=Laptop HTTP/1.1", []), ("GET /users?q=lakeside HTTP/1.1", []),
    ("GET /people?q=Acme+Customer+Care HTTP/1.1", []),  # a team's name
    # CEF escapes '=' in a value; Imperva keeps the query apart from the URL
    ("CEF:0|Incapsula|SIEMintegration|1|1|Normal|0| request=shop.example/admin/customers requestMethod=GET "
     "qstr=q\\=Jack+Thompson app=HTTPS", [("PERSON", "Jack+Thompson")]),
    ("CEF:0|Incapsula|SIEMintegration|1|1|Normal|0| request=shop.example/search requestMethod=GET "
     "qstr=q\\=Jack+Thompson app=HTTPS", []),  # a shop's search
    ("CEF:0|Incapsula|x|1|1|Normal|0| request=shop.example/checkout qstr=phone\\=660%20409%20759&step\\=2",
     [("PHONE_NUMBER", "660%20409%20759")]),
    ("CEF:0|Vendor|x|1|1|Normal|0| request=https://shop.example/account?email_opt\\=1&phone\\=%2B34660409759 act=x",
     [("PHONE_NUMBER", "%2B34660409759")]),
])
def test_a_search_in_a_list_of_people_for_a_name_is_a_persons(line, found):
    assert _hints(line) == found


def test_an_xml_records_elements_are_typed_by_their_names():
    nps = ('<Event><User-Name data_type="1">dc827b5f3ad4</User-Name><Login data_type="1">ana@corp.example.com'
           '</Login><td>Anna Berg</td><SAM-Account-Name data_type="1">CORP\\ocostello</SAM-Account-Name>'
           '<SAM-Account-Name data_type="1">CORP\\CRV-LT-0877$</SAM-Account-Name></Event>')
    # a MAC where a user goes is a device's; an address is the e-mail recognizer's; a page's cell says
    # nothing; a computer's account ('...$') is the machine's
    assert _hints(nps) == [("HARDWARE_ID", "dc827b5f3ad4"), ("USERNAME", "CORP\\ocostello")]


def test_modsecurity_names_the_argument_whose_value_it_quotes():
    text = ("ModSecurity: Warning. detected SQLi against variable `ARGS:last_name' (Value: `D'Angelo' ) "
            "[data \"Matched Data: ' found within ARGS:last_name: D'Angelo\"] [severity \"CRITICAL\"]")
    assert _hints(text) == [("PERSON", "D'Angelo"), ("PERSON", "D'Angelo")]
    assert _hints("against variable `ARGS:q' (Value: `1 OR 1=1' )") == []  # a search box's


def test_a_radius_attribute_line_is_typed_by_its_name_and_read_without_ner():
    assert _hints('\tCalling-Station-Id = "847b578a1bc3"') == [("HARDWARE_ID", "847b578a1bc3")]
    # MAC authentication: the device's user name is its MAC
    assert _hints('\tUser-Name = "9cb6d0fc36af"') == [("HARDWARE_ID", "9cb6d0fc36af")]
    assert _hints('\tUser-Name = "abrandt"') == [("USERNAME", "abrandt")]
    for line in ('\tAruba-Essid-Name = "MF-Corp"', "\tTimestamp = 1707720884"):
        s = analyze_structure(line, None)
        assert s.is_log_line and s.hints == ()
    # a value that is a sentence is read as prose
    assert not analyze_structure('\tReply-Message = "Hello Anna, your session has ended"', None).is_log_line


def test_an_aligned_header_blocks_label_types_its_value_and_is_read_without_ner():
    assert _hints("Visitor Name    : Felix Brandstätter") == [("PERSON", "Felix Brandstätter")]
    assert _hints("Visitor Phone   : 0221 161 02 60") == [("PHONE_NUMBER", "0221 161 02 60")]
    assert _hints("\tAccount Name:\t\tjdoe") == [("USERNAME", "jdoe")]  # a Windows event's message
    # PowerShell's Format-List: its longest property unpadded, a name in camel case
    assert _hints("IdentifyingNumber : CSLPTX7") == [("SERIAL_NUMBER", "CSLPTX7")]
    assert _hints("PSComputerName : DINAR-PC") == [("HOSTNAME", "DINAR-PC")]
    assert _hints("Note : call me at home") == [] and _hints("Serial : CSLPTX7") == []
    for line in ("Property        : Casaluz Stays (casaluz-stays.com)", "Visitor Phone   : 0221 161 02 60"):
        assert analyze_structure(line, None).is_log_line  # no NER: 'Visitor Phone' is no name
    # a label without padding is prose's ('Note: call Ana'); a padded label's sentence too
    assert not analyze_structure("Note: call Ana Souza tomorrow", None).is_log_line
    assert not analyze_structure("Comment    : please call Ana back about the invoice", None).is_log_line
    # a label in capitals, unpadded: an export's record of lines (Movable Type's)
    assert _hints("AUTHOR: genealogy_pol") == [("USERNAME", "genealogy_pol")]
    assert _hints("AUTHOR: Mikiel Camilleri") == [("PERSON", "Mikiel Camilleri")]
    assert analyze_structure("TITLE: Mill-Arkivji Nazzjonali (1)", None).is_log_line
    assert not analyze_structure("NOTE: please call Ana back soon", None).is_log_line


def test_an_x509_names_common_name_is_its_users_and_the_rest_is_no_ones():
    line = ("91.64.248.54:45644 VERIFY OK: depth=0, C=DE, ST=Hamburg, L=Hamburg, O=Marlowe Freight GmbH, "
            "CN=bdewit, emailAddress=bram.dewit@example.com")
    s = analyze_structure(line, None)
    assert _hints(line) == [("USERNAME", "bdewit")]
    hidden = [line[x.start:x.end] for x in s.suppressions]
    assert hidden == ["C=DE", "ST=Hamburg", "L=Hamburg", "O=Marlowe Freight GmbH", "CN="]
    assert _hints("subject=/C=US/O=Acme/CN=Jane Doe") == [("PERSON", "Jane Doe")]
    ca = "VERIFY OK: depth=1, C=DE, O=Marlowe Freight GmbH, CN=Marlowe Freight VPN CA"
    assert _hints(ca) == []  # the issuer's name, all of it suppressed for NER
    assert ca[analyze_structure(ca, None).suppressions[-1].start:] == "CN=Marlowe Freight VPN CA"
    assert analyze_structure("ratio O=2 and x", None).suppressions == ()  # one part alone is no name
    # a group's name, by its OU or the word before it: no one's login
    group = "user aemirova authenticated (group CN=VPN-Users,OU=Groups,DC=corp,DC=zenaport,DC=lan)"
    assert _hints(group) == [] and any("USERNAME" in x.entity_types for x in analyze_structure(group, None).suppressions)
    assert _hints("memberOf: CN=Finance,OU=Security,DC=corp,DC=example") == []
    assert _hints("VERIFY OK: depth=0, C=DE, O=Acme GmbH, CN=bdewit") == [("USERNAME", "bdewit")]
    # LDAP's keys in lower case, in quotes; a name's apostrophe
    bind = "LDAP bind(): Bind failed with DN 'cn=Leesee Nungaq,ou=Contractors,dc=inuksuk-health,dc=ca'; cause: x"
    assert _hints(bind) == [("PERSON", "Leesee Nungaq")]
    assert _hints("subject=/C=IE/O=Acme/CN=Sean O'Brien") == [("PERSON", "Sean O'Brien")]
    assert _hints("memberOf: cn=VPN-Users,ou=Groups,dc=corp,dc=example") == []
    # a directory's containers by 'cn=' (FreeIPA's search base)
    assert _hints('SRCH base="cn=users,cn=accounts,dc=uralsayan,dc=local" scope=1 filter="(objectClass=posixAccount)"') == []
    assert analyze_structure("see o=2 and c=3 later", None).suppressions == ()  # (no DN: no key after a blank's)


@pytest.mark.parametrize(("field", "place"), [
    ("Device state", False), ("Compliance state", False), ("Sales Region", False),
    ("State", True), ("Billing State", True), ("ship-state", True), ("Country/Region", True),
    ("Address State", True), ("State/Region", True), ("Country / State", True)])
def test_a_state_or_region_is_a_place_when_its_qualifier_is_a_persons_or_an_addresss(field, place):
    assert (type_for_name(field) == "LOCATION") is place


@pytest.mark.parametrize(("value", "person"), [
    ("Default Policy", False), ("Okta Verify", False), ("MFA outside corporate network", False),
    ("Atlassian Cloud", False), ("Slack", False), ("Workday", False),
    ("Lena Vogt", True), ("Juan de la Cruz", True), ("jane doe", True)])
def test_a_display_name_of_an_app_or_a_policy_is_no_person(value, person):
    assert (_hints(value, "target[0].displayName") == [("PERSON", value)]) is person


def test_a_records_own_name_is_no_posters_handle():
    assert _hints("t1_kv0ysa1", "name") == []  # Reddit's comment id, in the comment's 'name'
    assert _hints("t2_0eived", "author_fullname") == []  # and its account's
    assert _hints("the_real_michal", "name") == [("USERNAME", "the_real_michal")]  # a Disqus author's
    assert _hints("jdoe_92", "author.name") == [("USERNAME", "jdoe_92")]
    assert _hints("Ana Souza", "name") == [("PERSON", "Ana Souza")]
    assert _hints("cdubois", "Watchers.1") == [("USERNAME", "cdubois")]  # Jira's second Watchers column


@pytest.mark.parametrize(("field", "value", "expected"), [
    ("IMEI", "35 290611 846447 0", "HARDWARE_ID"),  # Intune writes it spaced
    ("MEID", "35396208337932", "HARDWARE_ID"),
    ("ICCID", "8932501004293927240", "SERIAL_NUMBER"),  # a SIM card's
    ("CC", "DE", "LOCATION"),  # Mailchimp's country code
    ("CC", "ana@example.com", None), ("cc", "4111111111111111", None),  # a mail's copy, a card
    ("ccode", "PL", "LOCATION"), ("ccode", "3", None),  # Imperva's visitor's country
])
def test_device_and_country_code_columns(field, value, expected):
    assert _hints(value, field) == ([(expected, value)] if expected else [])


def test_a_subnets_column_holds_no_host_address():
    s = analyze_structure("10.40.19.0", "WiFiSubnetID")
    assert [(sorted(x.entity_types), x.start, x.end) for x in s.suppressions] == [(["IP_ADDRESS"], 0, 10)]
    assert analyze_structure("10.40.19.7", "client_ip").suppressions == ()


@pytest.mark.parametrize("value, found", [
    ("ldap-hfalk", ("USERNAME", "hfalk")), ("userpass-sblomqvist", ("USERNAME", "sblomqvist")),
    ("approle", None), ("token", None), ("kubernetes-ci-runner", None),  # machines' logins
    ("oidc-ann.lee@corp.example", None),  # an address: the e-mail recognizer's
    ("Anna Berg", ("PERSON", "Anna Berg")),
])
def test_vaults_display_name_is_an_auth_method_and_a_login(value, found):
    hint = value_hint("response.auth.display_name", value, 0, len(value), "field_name")
    assert (hint and (hint.entity_type, value[hint.start:hint.end])) == found


@pytest.mark.parametrize("field, value, found", [
    ("Registered Instrument S/N", "TI-TTL1-2004-01803; TI-SPX4-2006-04095",
     [("SERIAL_NUMBER", "TI-TTL1-2004-01803"), ("SERIAL_NUMBER", "TI-SPX4-2006-04095")]),  # a list cell
    ("Device S/N", "5CG2TRHYBG", [("SERIAL_NUMBER", "5CG2TRHYBG")]),
    ("Device Identifier", "73B60076-9032-1BED-626A-757ADFDF9BFC",
     [("HARDWARE_ID", "73B60076-9032-1BED-626A-757ADFDF9BFC")]),  # an inventory's hardware UUID
    ("Sachbearbeiter", "Sauter", [("PERSON", "Sauter")]), ("Vertreter", "Markus Kühn", [("PERSON", "Markus Kühn")]),
    ("shipping_address_nickname", "Office", []),  # an address's label, no one's login
    ("request.data.state", "hmac-sha256:154435faf369cc3b25dbe2c73c7ced9a4c9d9", []),  # Vault's hashed value
    # Outlook's export: a party's name (several, between ';'), its address type ('EX' is no country)
    ("To: (Name)", "Bethany Crowther; Dawit Haile", [("PERSON", "Bethany Crowther"), ("PERSON", "Dawit Haile")]),
    ("CC: (Type)", "EX", []), ("Name", "Doe, Jane", [("PERSON", "Doe, Jane")]),
    ("u.name", "Juliana Lima", [("PERSON", "Juliana Lima")]),  # Rocket.Chat's author object
    ("reactions.:white_check_mark:.usernames.0", "quokkazo", [("USERNAME", "quokkazo")]),  # who reacted
    # a device inventory's display name: the machine's, named by IT or for its owner
    ("displayName", "WPS-NBENNETT-LT", [("HOSTNAME", "WPS-NBENNETT-LT")]),
    ("displayName", "Zainab’s MacBook Air", [("HOSTNAME", "Zainab’s MacBook Air")]),
    ("Created By", "Zoho Flow", []),  # an automation
    ("Кем создан", "Робот CRM", []), ("Кем создан", "Анна Попова", [("PERSON", "Анна Попова")]),  # Bitrix24's
    ("Мобильный телефон", "8 (903) 237-09-36", [("PHONE_NUMBER", "8 (903) 237-09-36")]),
    ("Почтовый индекс", "620014", [("LOCATION", "620014")]), ("Отчество", "Геннадьевна", [("PERSON", "Геннадьевна")]),
    ("Компания", "ИП Михайлов С. А.", [("PERSON", "Михайлов С. А.")]), ("Компания", "ООО «Ромашка»", []),  # a sole trader
    # a Japanese business card's and a Turkish marketplace's columns
    ("氏名", "近藤 達也", [("PERSON", "近藤 達也")]), ("氏名（カナ）", "コンドウ\u3000タツヤ", [("PERSON", "コンドウ\u3000タツヤ")]),
    ("郵便番号", "〒980-1048", [("LOCATION", "980-1048")]), ("住所", "仙台市青葉区中央二丁目17番4号", [("LOCATION", "仙台市青葉区中央二丁目17番4号")]),
    ("部署名", "購買部", []), ("Alıcı", "Ece Erdoğan", [("PERSON", "Ece Erdoğan")]), ("İlçe", "Akçaabat", [("LOCATION", "Akçaabat")]),
    ("Posta Kodu", "61000", [("LOCATION", "61000")]), ("Ürün Adı", "Paslanmaz Çelik Termos 750 ml", []),
    # FullStory's typed custom properties, and its user's key (a login, not a number)
    ("UserVars.city_str", "Lyon", [("LOCATION", "Lyon")]), ("UserAppKey", "tkondo", [("USERNAME", "tkondo")]),
    ("UserAppKey", "8812734", []), ("IMEI Number", "356938035643809", [("HARDWARE_ID", "356938035643809")]),
    ("NetID", "schreiber.d", [("USERNAME", "schreiber.d")]),
    # an asset export's servers, sites and dual-SIM phones; a Paddle address's first line; a building's name
    ("Display Name", "prd-sql-02-2", []), ("Location", "Chicago HQ - 5th Floor", []), ("Location", "Remote - EU", []),
    ("Location", "Dublin", [("LOCATION", "Dublin")]), ("Work location", "Denver Roastery", []),
    ("IMEI Number", "018327743565993 / 351799796557314",
     [("HARDWARE_ID", "018327743565993"), ("HARDWARE_ID", "351799796557314")]),
    ("address_first_line", "4-20-3 Umeda", [("LOCATION", "4-20-3 Umeda")]), ("product_names", "Pixelforge Pro - Annual", []),
    ("建物名", "ミッドタウン・タワー 809号室", [("LOCATION", "ミッドタウン・タワー 809号室")]),
    ("Last Login By", "dabernathy", [("USERNAME", "dabernathy")]),
    ("sender.available_name", "Olumide", [("PERSON", "Olumide")]),  # Chatwoot's agent
    # a Greek marketplace's columns: whose after what ('Ονοματεπώνυμο πελάτη'), 'Τ.Κ.' an abbreviation
    ("Ονοματεπώνυμο πελάτη", "Ειρήνη Κωνσταντίνου", [("PERSON", "Ειρήνη Κωνσταντίνου")]),
    ("Τ.Κ.", "731 96", [("LOCATION", "731 96")]), ("Νομός", "Χανιά", [("LOCATION", "Χανιά")]),
    ("Προϊόν", "Samsung Galaxy Buds FE", []), ("Σχόλια πελάτη", "Ειρήνη", []),
    ("user.id", "ana_k", [("USERNAME", "ana_k")]),  # (a user object's own id, as 'user_id' is)
    ("order.id", "ana_k", []), ("user.idp", "ana_k", []),  # (a path's dots still split it: no 'orderid', 'useridp')
    ("Name", "rachel-novak-pc", [("HOSTNAME", "rachel-novak-pc")]), ("Rate Plan", "Best Available Rate", []),
    # an MDM's event export (Workspace ONE's)
    ("Enrollment User", "rpatel", [("USERNAME", "rpatel")]), ("Device Friendly Name", "Rajesh’s iPhone",
                                                               [("HOSTNAME", "Rajesh’s iPhone")]),
    ("interface_details.friendly_name", "Wi-Fi", []),  # a network interface's (osquery's)
    ("Serial Number", "VMware-42 b6 a2 87 41 5f 20 ff 3c-b3 87 72 9d 8b 69 6a be",
     [("SERIAL_NUMBER", "VMware-42 b6 a2 87 41 5f 20 ff 3c-b3 87 72 9d 8b 69 6a be")]),
    ("Адрес (стр. 2)", "БЦ «Сириус», 9 этаж", [("LOCATION", "БЦ «Сириус», 9 этаж")]),
    # a flat's number alone on an address's second line (Braintree's 'Extended Address'), not elsewhere
    ("Billing Extended Address", "#13C", [("LOCATION", "#13C")]), ("Address line 2", "#37", [("LOCATION", "#37")]),
    ("City", "#3", []),
    ("Serial Number", "VMware-fc 87 2a 80 d5 e0 f0 29-a6 a4 22 75 9e b3 fc ec",
     [("SERIAL_NUMBER", "VMware-fc 87 2a 80 d5 e0 f0 29-a6 a4 22 75 9e b3 fc ec")]),  # a virtual machine's
    # a person and their firm (Calendly's invitee); a firm and its country is no person
    ("Invitee Name", "Alessandro Ferrara (Driftwood Analytics)", [("PERSON", "Alessandro Ferrara")]),
    ("Contact Name", "Acme Ltd (UK)", []),
    ("assets.0.display_name", "run_1432.fcs", []), ("assets.0.display_name", "Offer - Kwame Asante.pdf", []),  # files
    # a live chat's agent and their firm; a team's
    ("user.nickname", "Margaux from Roamly", [("PERSON", "Margaux")]),
    ("author.name", "Tom Berg at Acme", [("PERSON", "Tom Berg")]), ("user.nickname", "Support from Roamly", []),
    # other languages' and CRMs' columns
    ("Owner", "Devin Sato", [("PERSON", "Devin Sato")]), ("Owner", "Corporate", []),  # a record's owner: a name
    ("Persona de contacto", "Pablo Moreno Molina", [("PERSON", "Pablo Moreno Molina")]),
    ("Cliente", "LLORENS SEMPERE, INMACULADA", [("PERSON", "LLORENS SEMPERE, INMACULADA")]),
    ("Geburtsort", "Ankara", [("LOCATION", "Ankara")]), ("Service Tag", "Q32J603", [("SERIAL_NUMBER", "Q32J603")]),
    ("Laptop Seriennummer", "PFG9MMBH", [("SERIAL_NUMBER", "PFG9MMBH")]),
    ("Disk Serial Number", "64EF_053C_0577_6CF7.", [("SERIAL_NUMBER", "64EF_053C_0577_6CF7.")]),
    ("Estado", "Cobrada parcialmente", []), ("Estado", "Jalisco", [("LOCATION", "Jalisco")]),  # a status; a state
    ("Created by", "Freshsales Web Form", []),
    # a poster by handle: a channel's camel case, an '@'; a name with one hump is a name
    ("author", "NetWizardTV", [("USERNAME", "NetWizardTV")]), ("author", "@techguy", [("USERNAME", "@techguy")]),
    ("author", "McDonald", [("PERSON", "McDonald")]),
    ("Serial Number", "ABC12345, see note", []),  # not every item a serial: no list
    ("City", "Berlin, Germany", [("LOCATION", "Berlin, Germany")]),  # one place, not a list
    # a Korean marketplace's columns: whose before what, in one word; a product's name is no one's
    ("수취인이름", "신윤서", [("PERSON", "신윤서")]), ("구매자", "백소율", [("PERSON", "백소율")]),
    ("구매자전화번호", "010-1689-7055", [("PHONE_NUMBER", "010-1689-7055")]),
    ("수취인 주소", "대구광역시 수성구 대학로 386 108동 2505호", [("LOCATION", "대구광역시 수성구 대학로 386 108동 2505호")]),
    ("우편번호", "41112", [("LOCATION", "41112")]), ("등록상품명", "삼다수 2L 12병", []),
    ("상품명", "홍길동 텀블러", []), ("반품지주소", "경기도 이천시 마장면 123", []),  # a product's; where returns go
    # Japanese and Chinese exports: what last, in one word; a firm's, a shop's, a product's is no one's
    ("送付先氏名", "比嘉 真由美", [("PERSON", "比嘉 真由美")]), ("姓カナ", "ヒガ", [("PERSON", "ヒガ")]),
    ("購入者名", "宮良 ナツ", [("PERSON", "宮良 ナツ")]), ("customer_kana", "ヒガ マユミ", [("PERSON", "ヒガ マユミ")]),
    ("注文者 電話番号", "090-1234-5678", [("PHONE_NUMBER", "090-1234-5678")]),
    ("届け先住所", "石垣市登野城2-14-3", [("LOCATION", "石垣市登野城2-14-3")]),
    ("收件人电话", "13812345678", [("PHONE_NUMBER", "13812345678")]),
    ("会社名カナ", "カブシキガイシャ ミナミ", []), ("店舗住所", "那覇市久茂地1-1-1", []), ("商品名", "シークヮーサー 500ml", []),
    # an SMS gateway's sender id (a brand in capitals) and its client's account (a firm's, by its words)
    ("sender_name", "RAPIDBOX", []), ("sender_name", "Maria Santos", [("PERSON", "Maria Santos")]),
    ("account", "RapidBox Couriers PH", []), ("account", "Botika ng Bayan", []), ("Last Name", "SANTOS", [("PERSON", "SANTOS")]),
    # Japanese headers: a note in parentheses, the genitive 'の', kintone's typed values; a firm by its legal form
    ("氏名(姓)", "比嘉", [("PERSON", "比嘉")]), ("現住所の市区町村（ヨミガナ）", "イシガキシ", [("LOCATION", "イシガキシ")]),
    ("現住所の都道府県", "沖縄県", [("LOCATION", "沖縄県")]), ("配送先 住所2", "サンハイツ201", [("LOCATION", "サンハイツ201")]),
    ("郵便番号.value", "160-0023", [("LOCATION", "160-0023")]), ("作成者.value.code", "a.yuki", [("USERNAME", "a.yuki")]),
    ("担当者.value.0.name", "幸 朝子", [("PERSON", "幸 朝子")]), ("商品名.value", "泡盛 古酒 720ml", []),
    ("ご依頼主名", "株式会社ニライ商事", []), ("会社名(カナ)", "カブシキガイシャニライ", []),
    # a Vietnamese marketplace's: what before whose, its short words read with Vietnamese letters only
    ("Tên Người nhận", "Hồ Quốc Sơn", [("PERSON", "Hồ Quốc Sơn")]), ("Người Mua", "son.ho62", [("USERNAME", "son.ho62")]),
    ("Số điện thoại", "84940036799", [("PHONE_NUMBER", "84940036799")]),
    ("TP / Quận / Huyện", "Quận Hoàng Mai", [("LOCATION", "Quận Hoàng Mai")]), ("Quận", "Phường 9", [("LOCATION", "Phường 9")]),
    ("Tên sản phẩm", "Balo laptop chống nước 15.6 inch", []), ("Quan", "Phường 9", []),
    ("Tên khách hàng", "Lê Thị Thu", [("PERSON", "Lê Thị Thu")]), ("Hôtel", "Hôtel du Port", []),  # (a circumflex only)
    ("ho_ten", "Lê Thị Thu", [("PERSON", "Lê Thị Thu")]), ("soDienThoai", "0903123456", [("PHONE_NUMBER", "0903123456")]),
    ("dia_chi", "12 Lê Lợi, Q.1", [("LOCATION", "12 Lê Lợi, Q.1")]), ("fio", "Иванова Ольга", [("PERSON", "Иванова Ольга")]),
    ("LGA", "Alimosho", [("LOCATION", "Alimosho")]), ("oaid", "1fe3a8c2-77b1-4c19-b1f4-52c1d6a0e8b3",
                                                      [("HARDWARE_ID", "1fe3a8c2-77b1-4c19-b1f4-52c1d6a0e8b3")]),
    ("oa_id", "1793184532086473321", []),  # (Android's anonymous device id; Zalo's official account, a business's) ("Аймақ", "Алматы облысы", [("LOCATION", "Алматы облысы")]),
    # a house's number in its own column; a contract's state; a shared device and its account
    ("Hausnummer (Lieferung)", "94", [("LOCATION", "94")]), ("house_number", "12a", [("LOCATION", "12a")]),
    ("Hausnummer", "Hinterhaus", [("LOCATION", "Hinterhaus")]), ("Street", "94", []), ("housenumber", "S/N", []),
    ("employments.0.state", "ended", []), ("Device Name", "VL-AUS-POS04", []), ("Device Name", "RECEPTION-AUS", []),
    ("Computer", "KRA-RDGW01.kestrelridge.local", []), ("Computer", "KRA-LT-0042", [("HOSTNAME", "KRA-LT-0042")]),
    ("Resource", "VDI-YTANABE", []), ("Machine Name", "VDI-YTANABE", [("HOSTNAME", "VDI-YTANABE")]),  # a user's VDI
    # a live chat's agent's login, its customer's handle where a name goes, a person's info object
    ("agentParticipants.0.agentLoginName", "mariam.farouk", [("USERNAME", "mariam.farouk")]),
    ("consumerParticipants.0.consumerName", "james_barnes", [("USERNAME", "james_barnes")]),
    ("Customer Name", "Ana Souza", [("PERSON", "Ana Souza")]), ("Customer Name", "Jean-Luc Picard", [("PERSON", "Jean-Luc Picard")]),
    ("sdes.events.1.personalInfo.personalInfo.name", "James", [("PERSON", "James")]),
    ("msg.content.text.userMentions.0.text", "grzegorzl", [("USERNAME", "grzegorzl")]),
    ("msg.content.text.body", "grzegorzl", []),
    # a VDI session's machine by its domain (pooled, no one's; or a person's laptop), its client device
    ("Machine Name", "KESTREL\\VDI-W11-016", []), ("Machine Name", "KESTREL\\JDOE-LT", [("HOSTNAME", "JDOE-LT")]),
    ("Endpoint Name", "KR-LT-4T4FFDH", [("HOSTNAME", "KR-LT-4T4FFDH")]), ("Endpoint Name", "KR-THIN-07", []),
    # where a firewall's rule matched a request (AWS WAF's): no place
    ("terminatingRuleMatchDetails.0.location", "QUERY_STRING", []), ("ruleGroupList.0.location", "URI", []),
    ("location", "Lyon", [("LOCATION", "Lyon")]),
    # Arabic and Polish columns: what before whose; a phone's country is its plan's; a record's typed values
    ("اسم العميل", "عبدالله القحطاني", [("PERSON", "عبدالله القحطاني")]), ("جوال العميل", "0555200777",
                                                                          [("PHONE_NUMBER", "0555200777")]),
    ("الرمز البريدي", "12345", [("LOCATION", "12345")]), ("المدينة", "الرياض", [("LOCATION", "الرياض")]),
    ("اسم المنتج", "ماء ورد طائفي", []), ("Telefon kupującego", "606003348", [("PHONE_NUMBER", "606003348")]),
    ("Login kupującego", "jan_kow88", [("USERNAME", "jan_kow88")]), ("Dostawa: kod pocztowy", "90-001",
                                                                    [("LOCATION", "90-001")]),
    ("Tytuł oferty", "Oscypek Zakopane 500 g", []), ("Country of residence", "Poland", [("LOCATION", "Poland")]),
    ("Number of employees", "250", []), ("values.twitter.0.value", "evanst", [("USERNAME", "evanst")]),
    ("values.phone_numbers.0.country_code", "SA", []), ("values.primary_location.0.line_2", "Apt 4", [("LOCATION", "Apt 4")]),
    ("USER_PROPERTIES.identity", "jakub.p", [("USERNAME", "jakub.p")]), ("USER_PROPERTIES.identity", "cus_49253", []),
    ("identity", "nhv-intune-connector", []),  # (an Entra sign-in's identity: an app's, as often)
    # a user's id that is their mobile's number without its '+' (Sendbird's); numeric ids, a
    # timestamp, North America's plan (most eleven-digit runs starting with 1 validate)
    ("user.user_id", "917688274160", [("PHONE_NUMBER", "917688274160")]), ("user.user_id", "1706769821114", []),
    # a first name and the desk it speaks for; a name and the firm (not the firm and its desk)
    ("user.nickname", "Ravi (Support)", [("PERSON", "Ravi")]), ("user.nickname", "Ankita - Kaju Cart", [("PERSON", "Ankita")]),
    ("user.nickname", "Kaju Cart - Support", []), ("user.nickname", "Ravi (Mumbai)", []),
    ("username", "jdoe (admin)", []),
    ("user.user_id", "8412330370", []), ("user_id", "12345678901", []), ("user.user_id", "ops-agent-07",
                                                                            [("USERNAME", "ops-agent-07")]),
    ("Contact Name", "IT Operations", []),
    ("agents.0.alias", "Rui", [("PERSON", "Rui")]), ("products.0.alias", "Rui", []),  # a chat's agent; a product's
    # a poster's name that is a handle (Lemmy's creator.name), a name that is a name
    ("creator.name", "tux-goblin", [("USERNAME", "tux-goblin")]), ("creator.name", "Tux Goblin", [("PERSON", "Tux Goblin")]),
    ("author.name", "anna", [("PERSON", "anna")]),
    # SCIM's and Deel's lists of typed values, a phone's number, a mailbox's owner (Microsoft Graph)
    ("_airbyte_data.phone_numbers.0.value", "01005209562", [("PHONE_NUMBER", "01005209562")]),
    ("phoneNumbers[1].value", "07700900123", [("PHONE_NUMBER", "07700900123")]),
    ("phones.0.number", "0701234567", [("PHONE_NUMBER", "0701234567")]), ("order.number", "0701234567", []),
    ("cities[0].value", "Lyon", [("LOCATION", "Lyon")]), ("groups[0].value", "Lyon", []),
    ("phoneNumbers[0].type", "mobile", []), ("phone_numbers.0.value", "12", []),
    ("from.emailAddress.name", "Tomas Lindqvist", [("PERSON", "Tomas Lindqvist")]),
    ("products.0.name", "Tomas Lindqvist", []),
    # Czech billing and delivery columns, Dutch ones (a house number's addition, who a line is
    # for), an item's name, a pickup point
    ("Fakturační ulice", "Družstevní 47", [("LOCATION", "Družstevní 47")]), ("Doručovací PSČ", "602 00",
                                                                             [("LOCATION", "602 00")]),
    ("Doručovací jméno", "Veronika Králová", [("PERSON", "Veronika Králová")]), ("Název položky", "Mlýnek Comandante", []),
    ("Toevoeging (verzending)", "A", [("LOCATION", "A")]), ("Toevoeging (factuur)", "bus 11", [("LOCATION", "bus 11")]),
    ("Telefoonnummer (verzending)", "0612345678", [("PHONE_NUMBER", "0612345678")]),
    ("Extra adresinformatie (verzending)", "t.a.v. Kim Bouzid", [("PERSON", "Kim Bouzid")]),
    ("Address 2", "c/o Anna Berg", [("PERSON", "Anna Berg")]), ("Extra adresinformatie", "2e verdieping",
                                                                [("LOCATION", "2e verdieping")]),
    # care-of in French, Spanish, Indonesian and Dutch, a title after it no part of the name (and
    # with one, a family name alone someone's); no title and one word is no one ('Chez Carrefour')
    ("Complément d'adresse de livraison", "Chez Mme Nativel", [("PERSON", "Nativel")]),
    ("Dirección 2", "a/c Rosa Méndez López", [("PERSON", "Rosa Méndez López")]),
    ("Alamat 2", "d/a Bpk. Yusuf Mahmud", [("PERSON", "Yusuf Mahmud")]),
    ("Address 2", "p/a Fam. de Vries", [("PERSON", "de Vries")]),
    ("Address 2", "Chez Carrefour", [("LOCATION", "Chez Carrefour")]), ("Address 2", "Chez Mme", [("LOCATION", "Chez Mme")]),
    # a payment API's customer's given names (plural), a payroll's bank account's holder; a
    # merchant's name and an invoice's items' names are things
    ("customer.given_names", "Yuliana", [("PERSON", "Yuliana")]), ("Bank Account Name", "RUTH MARUM", [("PERSON", "RUTH MARUM")]),
    ("merchant_name", "Toko Kopi Pinogu", []), ("items[0].name", "Kopi Wamena Arabika", []),
    # an Indonesian CRM's role contacts' names ('CS Toko', 'Admin Gudang'); an RMM's CPU
    ("Nama Depan", "CS", []), ("Nama Belakang", "Gudang", []), ("CPU_name", "AMD Ryzen 5 7530U with Radeon Graphics", []),
    ("Perusahaan", "Koperasi Noken Lembah Baliem", []),  # (an Indonesian CRM's company: a firm's, no place's)
    ("Comunidad / Vereda", "Quichinche", [("LOCATION", "Quichinche")]), ("Aldea", "Chuicutama", [("LOCATION", "Chuicutama")]),
    ("Afhaalpunt", "PostNL-punt Jumbo Zwolle", []), ("Producttitel", "Hario V60 Dripper", []),
    ("Technologies", "Shopify, Google Analytics, Hotjar", []),
    # a connection's end's address (ECS): a host's, no place; a person's is one
    ("source.address", "anna-laptop", []), ("server.address", "api.kestrel.example", []),
    ("customer.address", "12 High St", [("LOCATION", "12 High St")]),
])
def test_columns_by_their_names_and_cells_that_list_values(field, value, found):
    assert [(h.entity_type, value[h.start:h.end]) for h in analyze_structure(value, field).hints] == found


@pytest.mark.parametrize("field, value, suppressed", [
    ("Territory", "EMEA - Cambridge UK Office", True), ("custom.Sales Territory", "NA - Boston", True),
    ("Site", "Fort Collins Branch", True), ("Territory", "US West - Austin", True),  # the firm's sites, sales areas
    ("Building / Room", "Hawthorn Building 1.07", True),  # a help desk's caller's room
    ("State/Territory", "NSW", False), ("Office Address", "12 High St, London", False),  # an address's
    ("Company Address", "Catharijnesingel 43, Amsterdam", True), ("Company City", "Amsterdam", True),
    ("Employer Country", "Netherlands", True),  # a CRM contact's firm's place
    ("Customer City", "Amsterdam", False), ("Company Phone", "Amsterdam", False),
    ("Location", "Leeds Depot", True), ("Location", "Leeds", False),  # a site by its name's last word
    ("Location", "Soroti Sub-office", True), ("Location", "Lodwar Outreach Base", True),  # a field organization's
    ("Gudang Pengiriman", "Jl. Raya Bogor Km 32 No. 22", True), ("Қойма", "Абай көшесі 12", True),  # a warehouse
    ("Постамат / алу пункті", "Постамат №12, Абай көшесі 12", True),  # a parcel locker
    ("Alamat Pengiriman", "Jl. Raya Bogor Km 32 No. 22", False),
    ("Ombor", "Sergeli FBS, Yangi Sergeli koʻchasi 11", True), ("ቅርንጫፍ", "ጅግጅጋ", True),  # a warehouse, a branch
    ("Pickup Station", "Sokoto Pickup Station, 13 Main Road, Sokoto", True), ("Topshirish punkti", "Rudakiy koʻchasi 156", True),
    ("Pickup Address", "14 Allen Avenue, Ikeja", False), ("pickup_location", "14 Allen Avenue", False),  # a ride's passenger's
    ("Hospital", "Malabar Heart Centre, Kozhikode", True), ("Patient Address", "Nellickal House, Kozhikode", False),
])
def test_a_firms_sites_are_no_ones_places(field, value, suppressed):
    sups = analyze_structure(value, field).suppressions
    assert any("LOCATION" in x.entity_types and x.end - x.start == len(value) for x in sups) is suppressed


def test_a_networks_domain_is_no_machine():
    s = analyze_structure("wpsol.local", "system.domain")
    assert any("HOSTNAME" in x.entity_types for x in s.suppressions)
    assert analyze_structure("LT-0042", "system.name").suppressions == ()


def test_a_firewalls_key_quoted_value_record_is_typed_by_its_keys_and_read_without_ner():
    text = ('<134>1 2024-05-21T23:00:25Z cp-mgmt01 CheckPoint 24133 - [action:"Accept"; src:"10.10.34.57"; '
            'dst:"172.217.78.162"; src_user_name:"Łukasz Jankowski"; src_machine_name:"mfi-lt-0409"; bytes:"75"]')
    s = analyze_structure(text, None)
    assert s.is_log_line  # Check Point's Log Exporter: 'src', 'dst' are keys, no names
    assert [(h.entity_type, text[h.start:h.end]) for h in s.hints] == [
        ("PERSON", "Łukasz Jankowski"), ("HOSTNAME", "mfi-lt-0409")]
    assert not analyze_structure('He said: "hi"; then left', None).is_log_line
    both = '[action:"Accept"; src:"10.10.34.57"; user:"Beatriz Nogueira (bnogueira)"; origin:"10.10.0.1"]'
    assert [(h.entity_type, both[h.start:h.end]) for h in analyze_structure(both, None).hints] == [
        ("PERSON", "Beatriz Nogueira"), ("USERNAME", "bnogueira")]  # a person and their login


@pytest.mark.parametrize("field, text, no_one", [
    ("actionDetails.3.title", "Warenkorb | Nordkamm", ["Warenkorb", "Nordkamm"]),  # Matomo's: a lone word, the site
    ("pageTitle", "Mein Konto – Leonie Becker | Nordkamm", ["Nordkamm"]),  # a full name may be a person's
    ("page.title", "Checkout - Fjord & Fern", ["Checkout", "Fjord & Fern"]),
    ("title", "Leonie Becker | Nordkamm", []),  # a post's or a ticket's title: no page's
])
def test_a_page_titles_site_and_lone_words_are_no_ones_and_its_places_its_subject(field, text, no_one):
    sups = analyze_structure(text, field).suppressions
    assert [text[s.start:s.end] for s in sups if {"PERSON", "LOCATION"} <= s.entity_types] == no_one
    assert any(s.entity_types == {"LOCATION"} and s.end == len(text) for s in sups) is bool(no_one)


@pytest.mark.parametrize("field, voucher", [
    ("Gift Certificate Code", True), ("coupon_code", True), ("discount_codes", True), ("Gutscheincode", True),
    ("License Key", False), ("Product Key", False), ("Serial", False),
])
def test_a_vouchers_code_is_no_serial(field, voucher):
    sups = analyze_structure("KS79-N8N3-LWRO", field).suppressions
    assert any("SERIAL_NUMBER" in s.entity_types for s in sups) is voucher


@pytest.mark.parametrize("line, found", [
    ('<133>id=firewall msg="Web site hit" dstname=www.linkedin.com arg=/in/chiara-bianchi-c78c13/ code=63',
     [("USERNAME", "chiara-bianchi-c78c13")]),  # SonicWall's: the site and its path apart
    ('type="utm" subtype="webfilter" hostname="x.com" url="/jack/status/1" srcip=1.2.3.4', [("USERNAME", "jack")]),
    ('msg="Web site hit" dstname=www.linkedin.com arg=/feed/ code=63', []),  # no profile
    ('hostname="x.com" url="/i/flow/login"', []), ('hostname="example.com" url="/in/jack"', []),  # a site's page; no network
])
def test_a_profiles_url_logged_as_site_and_path_names_its_handle(line, found):
    assert _hints(line) == found


@pytest.mark.parametrize("line, suppressed", [
    ('iked[1529]: msg_id="0201-0001" IKE phase-1 negotiation', ["0201-0001"]),  # WatchGuard's message id
    ("event_id=4624155 session_id=2024-0611-7781 ok", ["4624155", "2024-0611-7781"]),
    ("caller_id=4915112345678 hangup", []),  # a caller's is a phone
    ("pay ok biz_id=579652895262030^3086376133 amount=12", ["579652895262030^3086376133"]),  # (its parts' '^')
])
def test_a_log_lines_record_numbers_by_their_keys_are_no_phones(line, suppressed):
    sups = analyze_structure(line, None).suppressions
    assert [line[s.start:s.end] for s in sups if "PHONE_NUMBER" in s.entity_types] == suppressed


def test_a_directorys_group_is_no_ones_login_and_a_firewalls_geoip_country_is_not_carried():
    group = analyze_structure("HALVBIO\\Service Accounts", "cs-auth-group")  # a proxy's W3C column
    assert [sorted(s.entity_types) for s in group.suppressions] == [["USERNAME"]]
    assert analyze_structure("HALVBIO\\okovalenko", "cs-username").suppressions == ()
    [hint] = analyze_structure('rcvd_bytes="7436077" geo_src="DEU"  (Unhandled External Packet-00)', None).hints
    assert (hint.entity_type, hint.recognizer) == ("LOCATION", "region_field")  # (known.py carries no region)


def test_names_in_other_scripts_are_read_as_written_and_as_registered():
    # Hangul's syllables stay whole (NFKD takes them apart); a kana's voicing mark goes from
    # a header and from the word list alike
    assert normalize_name("수취인 이름") == "수취인이름"
    assert type_for_name("フリガナ") == "PERSON" and type_for_name("メールアドレス") == "EMAIL_ADDRESS"
    assert normalize_name("Địa chỉ") == "diachi"
    # a Vietnamese, a Korean or a Russian export's country is shared by many (not carried)
    assert is_region_field("Quốc gia") and is_region_field("국가") and is_region_field("Страна")
    assert is_region_field("Provinsi") and is_region_field("Облыс") and is_region_field("ქვეყანა")
    assert not is_region_field("Kota") and not is_region_field("Мекенжай")
    assert is_region_field("Welaýat") and is_region_field("ແຂວງ") and is_region_field("Iphondo")
    assert not is_region_field("Salgy") and not is_region_field("ທີ່ຢູ່")
    assert is_region_field("Yasana") and is_region_field("Peyi") and is_region_field("Өлкә")
    assert is_region_field("ଦେଶ") and not is_region_field("Adrès") and not is_region_field("Шәһәр")
    assert is_region_field("Lando") and is_region_field("Riika") and is_region_field("Pungsod")
    assert not is_region_field("Adreso") and not is_region_field("Gávpot")
    assert is_region_field("Nasaun") and is_region_field("Dziko") and is_region_field("Tiko")
    assert is_region_field("Xeev") and is_region_field("Кожуун") and is_region_field("Eggwanga")
    assert not is_region_field("Adilesi") and not is_region_field("Mzinda") and not is_region_field("Cheer")
    assert is_region_field("Kintra") and is_region_field("Memleket") and is_region_field("Rexón")
    assert is_region_field("國家") and is_region_field("ⵜⴰⵎⵓⵔⵜ") and is_region_field("Fenua") and is_region_field("Tamnaḍt")
    assert not is_region_field("Toun") and not is_region_field("Khawpui") and not is_region_field("城市")
    assert is_region_field("Мастор") and is_region_field("Хэку") and is_region_field("Мохк") and is_region_field("Уьлкве")
    assert is_region_field("Provinsa") and is_region_field("Probinsya") and is_region_field("Enua")
    assert is_region_field("Jamana")
    assert is_region_field("Henua") and is_region_field("Kodro") and is_region_field("Ködörö")
    assert is_region_field("Oshilongo") and is_region_field("Ditunga") and is_region_field("Leydi")
    assert not is_region_field("Hanua") and not is_region_field("Ondoolopa") and not is_region_field("Wuro")
    assert is_region_field("Tamazirt") and is_region_field("ⵜⴰⵎⴰⵣⵉⵔⵜ") and is_region_field("Akwap")
    assert is_region_field("Ofeka") and is_region_field("Chifuchi") and is_region_field("Kyalo")
    assert is_region_field("Rezion")
    assert is_region_field("Laabu") and is_region_field("Thamurth") and is_region_field("Eihanga")
    assert is_region_field("Chilambo") and is_region_field("Biittaa") and is_region_field("Qoqqowo")
    assert is_region_field("الولاية") and not is_region_field("المقاطعة")
    assert not is_region_field("Ekyaro") and not is_region_field("Tondok") and not is_region_field("Moughataa")
    assert is_region_field("Oshitopolwa") and not is_region_field("Inged") and not is_region_field("Boble")
    assert is_region_field("Vundu") and not is_region_field("Muvhundu") and not is_region_field("Dorobo")
    assert is_region_field("Kondre") and not is_region_field("Llakta") and not is_region_field("Guidxi")
    assert not is_region_field("Kachikin") and not is_region_field("Gombolola") and not is_region_field("Purok")
    assert is_region_field("Kilil") and is_region_field("Kaunti") and is_region_field("ዞን")
    assert not is_region_field("Woreda") and not is_region_field("Kebele") and not is_region_field("Freguesia")
    assert not is_region_field("Kommune") and not is_region_field("Kommun") and not is_region_field("Kampung")
    assert not is_region_field("Аул") and not is_region_field("Köy") and not is_region_field("شهرستان")
    assert not is_region_field("District coutumier") and not is_region_field("Concejo")
    assert not is_region_field("Pekon") and not is_region_field("Tiyuh") and not is_region_field("القرية")
    assert not is_region_field("Vilaz") and not is_region_field("Kokwet") and not is_region_field("Mdji")
    assert not is_region_field("Шегьер") and not is_region_field("Dugu") and not is_region_field("Bungto")
    assert not is_region_field("Quận") and not is_region_field("Tên Người nhận")
    assert is_region_field("صوبہ") and is_region_field("प्रदेश") and is_region_field("Аймаг")
    assert is_region_field("Gobolka") and is_region_field("Pajjiż") and is_region_field("ខេត្ត")
    assert not is_region_field("ठेगाना") and not is_region_field("Хот") and not is_region_field("Seoladh")


def test_a_machine_by_its_domain_is_no_login():
    s = analyze_structure("KESTREL\\VDI-W11-016", "Machine Name")
    assert any("USERNAME" in x.entity_types and x.end == len("KESTREL\\VDI-W11-016") for x in s.suppressions)
    assert not any("USERNAME" in x.entity_types for x in analyze_structure("KESTREL\\jdoe", "User Name").suppressions)


@pytest.mark.parametrize("line, expected", [
    # Cisco Firepower's connection event: 'Label: value, ' pairs, typed by their labels, no NER
    ("%FTD-1-430002: DeviceUUID: a886e662-9948-4e15-ac71-e50d83a61abb, InstanceID: 2, ConnectionID: 476530, "
     "AccessControlRuleAction: Allow, SrcIP: 10.99.1.146, DstIP: 151.101.1.140, SrcPort: 53175, "
     "User: lferrandez, Protocol: tcp", [("HARDWARE_ID", "a886e662-9948-4e15-ac71-e50d83a61abb"),
                                         ("USERNAME", "lferrandez")]),  # (addresses: the recognizers')
    # F5's client info: pairs after blanks, an empty value
    ("Received client info - Hostname: Wendells-MacBook-Pro Type: Edge Client Version: 2 Platform: MacOS "
     "CPU: x64 UI Mode: Full", [("HOSTNAME", "Wendells-MacBook-Pro")]),
    ("Received client info - Hostname:  Type: Mozilla Version: 5 Platform: Unknown CPU: Unknown UI Mode: Full", []),
])
def test_a_line_of_labelled_pairs_is_a_record_typed_by_its_labels(line, expected):
    s = analyze_structure(line, None)
    assert s.is_log_line
    assert [(h.entity_type, line[h.start:h.end]) for h in s.hints] == expected


def test_a_line_with_a_few_labels_is_prose():
    line = "Note: call me. Later: fine. Ana: ok, Bo: no"
    assert not analyze_structure(line, None).is_log_line


def test_f5_session_variables_and_the_clients_geoip():
    line = ("01490007:7: /Common/ap:Common:103de35e: Session variable "
            "'session.machine_info.last.hdd.list.[0].serial_number' set to 'WD-WX3UTQY9CR'")
    assert _hints(line) == [("SERIAL_NUMBER", "WD-WX3UTQY9CR")]
    version = "Session variable 'session.machine_info.last.version' set to '7.2.5.3'"
    at = version.index("7.2")
    assert any("IP_ADDRESS" in x.entity_types and x.start == at for x in analyze_structure(version, None).suppressions)
    geo = "New session from client IP 150.203.183.35 (ST=Arizona/CC=US/C=NA) at VIP 186.220.52.17"
    assert _hints(geo) == [("LOCATION", "Arizona"), ("LOCATION", "US")]
    assert _hints("New session from client IP 150.203.183.35 (ST=/CC=NL/C=EU) at VIP") == [("LOCATION", "NL")]


def test_a_fortinet_appliances_own_serial_is_no_ones():
    line = ('date=2025-05-14 time=02:10:05 devname="osf-fac01" device_id="FAC2KFT23000487" log_id=40001 '
            'msg="System status: firmware v6.6.2 build 1548, serial FAC2KFT23000487, uptime 41d 3h"')
    spans = [(x.start, x.end) for x in analyze_structure(line, None).suppressions if "SERIAL_NUMBER" in x.entity_types]
    starts = [i for i in range(len(line)) if line.startswith("FAC2KFT23000487", i)]
    assert [start for start, _ in spans] == starts and len(starts) == 2
    assert not analyze_structure('device_id="FAC2KFT23000487" serial FAC2KFT23000487', None).suppressions  # no devname
    # Sophos Firewall's: its serial and its name
    line = 'timezone="CEST" device_name="XGS2100" device_id=X21014T9PQ2M8HB deployment_mode="Route" user_name="anna"'
    sups = analyze_structure(line, None).suppressions
    assert {line[x.start:x.end] for x in sups if "HOSTNAME" in x.entity_types} == {"XGS2100"}
    assert {line[x.start:x.end] for x in sups if "SERIAL_NUMBER" in x.entity_types} == {"X21014T9PQ2M8HB"}


def test_a_login_beside_a_bare_name_makes_it_the_persons_and_a_geoip_code_with_a_digit_no_country():
    line = 'user_name="fgallagher" usergroupname="Staff" name="Fiona Gallagher" src_country_code=R1 dst_country_code=IRL'
    assert _hints(line) == [("PERSON", "Fiona Gallagher")]  # (the login is the recognizers'; no 'R1')
    assert _hints('policy="x" name="Fiona Gallagher"') == []  # a bare name beside no login


def test_a_user_groups_name_is_no_ones_place():
    line = 'user_name="rmacgiolla" usergroupname="Dublin Staff" user_gp="Dublin Staff" city="Dublin"'
    spans = {line[x.start:x.end] for x in analyze_structure(line, None).suppressions if "LOCATION" in x.entity_types}
    assert spans == {"Dublin Staff"}


def test_a_form_body_a_log_quotes_apart_is_read_as_a_query():
    line = ('GET HTTPS my.example.com HTTP/1.1 200 /account/address "name=Stefan+Haddad&street=Lange+Voorhout+182'
            '&zip=1021+SS&country=NL&phone=0031+6+42649242" "https://my.example.com/"')
    assert _hints(line) == [("PERSON", "Stefan+Haddad"), ("LOCATION", "Lange+Voorhout+182"), ("LOCATION", "1021+SS"),
                            ("LOCATION", "NL"), ("PHONE_NUMBER", "0031+6+42649242")]
    assert _hints('msg="a=1&b=2" user-agent') == []  # no typed parameter
    line = 'url="/account/x/orders" querystring="email=dmitri.l%40outlook.com&zip=EH4+2WJ" cookie="s=1&t=2"'
    assert ("LOCATION", "EH4+2WJ") in _hints(line)  # a query under its own key


def test_an_endpoints_location_that_is_its_name_is_a_machine():
    assert _hints("ingrid-laptop", "location") == [("HOSTNAME", "ingrid-laptop")]  # Sophos Central's
    assert _hints("OSF-APP01", "location") == [] and _hints("Utrecht", "location") == [("LOCATION", "Utrecht")]
    assert _hints("TYLER.BROOKS-LT", "location") == [("HOSTNAME", "TYLER.BROOKS-LT")]  # first.last-LT


def test_a_firewalls_fqdn_is_the_site_visited_unless_a_persons_machine():
    assert _hints("login.microsoftonline.com", "Fqdn") == []
    assert _hints("DESKTOP-8YBBVZ9.corp.example.com", "Fqdn") == [("HOSTNAME", "DESKTOP-8YBBVZ9.corp.example.com")]
    assert _hints("DESKTOP-EBZRPIY.corp.helvion.com", "fqdn") == [("HOSTNAME", "DESKTOP-EBZRPIY.corp.helvion.com")]
    assert _hints("WHGLT1103.whg.local", "FQDN") == [("HOSTNAME", "WHGLT1103.whg.local")]  # a network's own domain


def test_a_firewalls_source_name_is_the_clients_machine_and_its_destination_name_the_site():
    # Stormshield's 'srcname=' and CEF's 'shost=': the source's host name; 'dstname=' the site
    line = ('id=firewall fw="SN510A39D1127A4" src=10.9.5.249 srcport=58825 srcportname=ephemeral_fw_tcp '
            'srcname=PC-HARPER dst=52.113.194.132 dstname=teams.microsoft.com user="ethanh"')
    assert ("HOSTNAME", "PC-HARPER") in _hints(line)
    assert [h for h in _hints(line) if h[1] in ("teams.microsoft.com", "ephemeral_fw_tcp")] == []
    cef = "CEF:0|Trend Micro|Deep Security Agent|20.0|4000000|Eicar|6|cn1=1 src=10.0.0.5 shost=JNS-WS273 suser=jdoe"
    assert ("HOSTNAME", "JNS-WS273") in _hints(cef)
    assert [h for h in _hints(cef.replace("JNS-WS273", "www.example.com")) if h[0] == "HOSTNAME"] == []


def test_an_mbox_separator_is_a_record_of_no_words():
    assert analyze_structure("From ltorres80@aon.at  Mon Jan  8 08:34:32 2024", None).is_log_line
    assert not analyze_structure("From Monday on, Jan will take over", None).is_log_line


@pytest.mark.parametrize("field, value, person", [
    ("Tapahtuman konteksti", "Käyttäjä: Kovács Anna", "Kovács Anna"), ("Event context", "User: Anna Smith", "Anna Smith"),
    ("Event context", "Course: Swedish, oral skills", None), ("Tapahtuman konteksti", "Kurssi: Magyar nyelv", None),
])
def test_a_learning_platforms_event_context_names_a_person_only_as_its_user(field, value, person):
    st = analyze_structure(value, field)
    assert [value[h.start:h.end] for h in st.hints if h.entity_type == "PERSON"] == ([person] if person else [])
    assert bool([s for s in st.suppressions if "PERSON" in s.entity_types]) is (person is None)


@pytest.mark.parametrize("value, generated", [
    # Piazza's user ids: lower-case letters and digits changing places five times or more
    ("lmfe7lm5bd69uo", True), ("t768b5a1h1jhsl", True),
    # logins: their digits at the end, or once inside
    ("karthik1990", False), ("j2smith85", False), ("ikochysh", False), ("anna.lee2024", False),
])
def test_a_lower_case_random_id_is_generated(value, generated):
    from piiscan.detect.structure import is_generated_id

    assert is_generated_id(value) is generated


def test_a_received_headers_receiving_server_is_no_ones():
    by = "Received: by 2002:a05:6a10:6cb1:b0:ee0:24e6:da94 with SMTP id c0e3csp260180pxb;"
    sups = analyze_structure(by, None).suppressions
    assert any("IP_ADDRESS" in s.entity_types and by[s.start:s.end] == "2002:a05:6a10:6cb1:b0:ee0:24e6:da94"
               for s in sups)
    # the sending client's address stays its own, and its machine's own name is a host's
    sent = "Received: from njeri-laptop ([105.160.41.163]) by smtp.yahoo.com with ESMTPSA id b858589a4c61"
    assert not any("IP_ADDRESS" in s.entity_types for s in analyze_structure(sent, None).suppressions)
    assert ("HOSTNAME", "njeri-laptop") in _hints(sent)
    # a relay's FQDN and a mailer's own loopback are no one's machines
    assert _hints("Received: from respighi.debian.org ([82.195.75.108]:56000)") == []
    assert _hints("Received: from localhost (localhost [127.0.0.1])") == []
    # the header is a machine's trace, no prose for NER (a webmail's '(Horde Framework)'); a body's line is
    horde = "Received: from 202.151.69.185 ([202.151.69.185]) by webmail.nautile.nc (Horde Framework) with HTTPS"
    assert analyze_structure(horde, None).is_log_line
    assert not analyze_structure("Received your parcel, thanks Horde Framework team", None).is_log_line


@pytest.mark.parametrize("text, field, span", [
    ('You received this message because you are subscribed to the Google Groups "OpenMap Africa" group.',
     None, "OpenMap Africa"),
    ('"Language-Team: Rusyn <rue@li.org>\\n"', "description", " Rusyn <rue@li.org>\\n\""),
])
def test_a_groups_and_a_translation_teams_names_are_no_ones(text, field, span):
    sups = analyze_structure(text, field).suppressions
    assert any({"PERSON", "LOCATION", "EMAIL_ADDRESS"} <= s.entity_types and text[s.start:s.end] == span for s in sups)
    assert not analyze_structure('"Last-Translator: Olena Syva <olenasyva77@yahoo.com>"', "description").suppressions


def test_a_tickets_reporter_is_a_login_or_a_name():
    assert value_hint("reporter", "ikochysh", 0, 8, "x").entity_type == "USERNAME"
    assert value_hint("reporter", "Jana Lattová", 0, 12, "x").entity_type == "PERSON"


@pytest.mark.parametrize("field, value, expected", [
    # where a marketplace's item ships from is the seller's; the buyer's is the buyer's
    ("Item Location", "Redruth, Cornwall", None), ("Item Postcode", "TR15 3AE", None),
    ("Buyer Postcode", "SW11 7JE", "LOCATION"),
    # the bank's country that issued a card; the cardholder's address's
    ("Card Issue Country", "US", None), ("Card Address Country", "US", "LOCATION"),
    ("Card country", "SN", None), ("Card Country Code", "GM", None), ("Cardholder country", "SN", "LOCATION"),
    # a continent's code in a region's field; a region's name
    ("region", "EU", None), ("region", "Bavaria", "LOCATION"),
    # a record's status in a column named as a region is (Portuguese 'Estado': state, status)
    ("Estado", "Left", None), ("Estado", "Ativo", None), ("Estado", "Bahia", "LOCATION"),
    ("state", "EXITED", None), ("state", "PENDING_APPROVAL", None), ("state", "Haut-Katanga", "LOCATION"),  # (Mambu's)
    # a loan officer's login, however short, or name (Mambu's custom field 'Agent_Credit')
    ("_Informations_Client.Agent_Credit", "pfaye", "USERNAME"), ("Agent_Credit", "Awa Diallo", "PERSON"),
    ("Last Name", "Zulu", "PERSON"), ("Last Name", "Bemba", "PERSON"),  # (family names, as languages' too)
    ("created_by.name", "Akly Ag Ahmed", "PERSON"), ("vendor_contact.name", "Siemens AG", None),  # Tuareg's 'Ag'
    # who sourced a candidate, a Mac's local accounts, an app's customer user id, a main contact
    ("Sourced by", "Dimitris Karras", "PERSON"), ("Local Users[0]", "ryanr", "USERNAME"),
    ("customer_user_id", "kaylaanderson", "USERNAME"), ("customer_user_id", "48213907", None),
    ("Hoofdcontactpersoon", "Ruud Habets", "PERSON"),
    # a relation's name: a café, a club or a care home is a firm, a sole trader a person (Exact's 'Naam')
    ("Naam", "Tearoom 't Krukske", None), ("Naam", "Estaminet De Kroon", None),
    ("Naam", "Zorgcentrum Sint-Servaas", None), ("Naam", "Bert Peeters", "PERSON"),
    # Dynamics' French columns (a blank before the colon), a Spanish region, a French work phone
    ("Adresse 1 : ville", "Papeete", "LOCATION"), ("Adresse 1 : rue 1", "12 Rue du Général de Gaulle", "LOCATION"),
    ("Adresse 1 : code postal", "98714", "LOCATION"), ("Note : texte", "Papeete", None),
    ("Región", "Araucanía", "LOCATION"), ("Estado", "Entregado", None), ("Estado", "Devolución en camino", None),
    ("Téléphone professionnel", "+689 40 50 12 34", "PHONE_NUMBER"),
    # a numbered group's members (Employment Hero's emergency contacts); not a protocol's number
    ("EmergencyContact1_Address", "Lot 4, Luganville", "LOCATION"), ("EmergencyContact2_Name", "Mary Tari", "PERSON"),
    ("ipv4_address", "Port Vila", None),
    # a shipment's address line; an issuing bank's city; a house's number or name, whosever
    ("ship_line1", "71 Oak Avenue", "LOCATION"), ("product_line1", "71 Oak Avenue", None),
    ("Issuer City", "Mexico City", None), ("Billing City", "Mexico City", "LOCATION"),
    ("Billing House Number / Name", "208", "LOCATION"), ("Order Number / Name", "208", None),
    # a profile's identities and a shop's shopper reference: a login, a phone, no record's number
    ("profile.all_identities[0]", "awalker", "USERNAME"), ("profile.all_identities[2]", "+447996793455", "PHONE_NUMBER"),
    ("Shopper Reference", "itzel_23", "USERNAME"), ("Shopper Reference", "SHOPPER-00412", None),
    ("Shopper Reference", "USR-88213", None), ("Shopper Reference", "USR-ERUCIJCY", None),
    ("Shopper Reference", "MARY-ANNE", "USERNAME"),
    # a second qualifier: whose, then which of them; not a product's or a status
    ("EmergencyContact1_AlternateContactNumber", "7266 6835", "PHONE_NUMBER"),
    ("Employee_AlternateContactNumber", "7266 6835", "PHONE_NUMBER"),
    ("customer_alternate_product", "Kava 500g", None), ("shipping_primary_status", "Delivered", None),
    # an audit log's actor by login (GitHub's), an identity platform's principal; an
    # authentication journey's step named in its display name (ForgeRock's nodes)
    ("actor", "mirzekurbanov", "USERNAME"), ("actor", "Anna Berg", "PERSON"), ("actor", "Berlin", None),
    ("actor", "dependabot[bot]", None),
    ("payload.principal[0]", "turner-s", "USERNAME"), ("payload.principal[0]", "anonymous", None),
    ("payload.entries[0].info.displayName", "Platform Username", None),
    ("payload.entries[0].info.displayName", "OTP Collector Decision", None),
    ("payload.entries[0].info.displayName", "Laura Jenkins", "PERSON"),
    # a text message's address: its party's number; a place's is no number alone
    ("address", "09159383602", "PHONE_NUMBER"), ("address", "+639189572963", "PHONE_NUMBER"),
    ("address", "12 Main St", "LOCATION"), ("address", "1234", None),
    # a bill's or a shipment's party written 'Ship-To' (Authorize.Net's columns)
    ("Ship-To Address", "959 2nd Ave S", "LOCATION"), ("Bill-To Address", "959 2nd Ave S", "LOCATION"),
    # an asset's place and state (Lansweeper's): the firm's site, a status; a device's locale;
    # iOS' and Android's device ids by their platform's prefix (mParticle's)
    ("assetCustom.location", "Saddle Lake", None), ("Asset Location", "Saddle Lake", None),
    ("customer.location", "Saddle Lake", "LOCATION"), ("asset.owner_location", "Saddle Lake", "LOCATION"),
    ("assetCustom.stateName", "Broken", None), ("assetCustom.stateName", "In repair", None),
    ("stateName", "Ohio", "LOCATION"), ("device_info.locale_country", "NZ", None),
    ("device_info.ios_idfv", "679C5657-5FDE-4862-8B6C-B1BFDE01CE6B", "HARDWARE_ID"),
    ("device_info.android_uuid", "e0478c244a19f6c6", "HARDWARE_ID"), ("iosversion", "17.2", None),
    # LDAP's 'sn' is a surname where the value is a name's; a device's serial where it is a serial's
    ("payload.after.sn", "Rinaudo", "PERSON"), ("sn", "de Vries", "PERSON"),
    ("sn", "C02XK1ABJG5H", "SERIAL_NUMBER"), ("sn", "ABCDEFGH", "SERIAL_NUMBER"),
    # a bill's or a shipment's state after 'Ship-To'; a street's numbered line; an island, a village
    ("Ship-To State", "SD", "LOCATION"), ("Bill To State", "SD", "LOCATION"), ("Device state", "Active", None),
    ("address_street_1", "Hai Kuwait", "LOCATION"), ("street_2", "Sébénikoro", "LOCATION"),
    ("user_attributes.home_island", "Udot", "LOCATION"), ("Village", "Tupapa", "LOCATION"),
    ("island_id", "12", None),
    # a computer's UUID (Lansweeper's computer.uuid: its SMBIOS UUID); a ticket's is no machine's
    ("computer.uuid", "2D8CB19C-9E5F-4D60-9EB1-9D6B30D8CC5C", "HARDWARE_ID"),
    ("ticket.uuid", "2D8CB19C-9E5F-4D60-9EB1-9D6B30D8CC5C", None),
    # who last changed a wiki's page: a login in lower case, or a name
    ("[3].modifier", "gmushahary", "USERNAME"), ("modifier", "Ranjit Boro", "PERSON"), ("modifier_id", "12", None),
    # a shipment's object's address line (a log's JSON 'ship_to': {"line1": ...}); a product's is no place
    ("context.order.ship_to.line1", "4 Kingsway", "LOCATION"), ("product.line1", "4 Kingsway", None),
])
def test_columns_of_sellers_issuers_regions_and_people(field, value, expected):
    hint = value_hint(field, value, 0, len(value), "field_name")
    assert (hint.entity_type if hint else None) == expected


def test_a_place_in_a_firms_name_is_the_firms():
    assert any("LOCATION" in s.entity_types for s in analyze_structure("Oglala Sioux Tribe Head Start", "Company").suppressions)
    # (a school's or a clinic's column too: 'centro_educativo', a school named for its town)
    assert any("LOCATION" in s.entity_types for s in analyze_structure("Cabezón de la Sal", "centro_educativo").suppressions)
    assert not any("LOCATION" in s.entity_types for s in analyze_structure("Cabezón de la Sal", "municipio").suppressions)
    assert not analyze_structure("Oglala", "City").suppressions


def test_a_text_messages_service_centre_is_the_carriers_number():
    assert any("PHONE_NUMBER" in s.entity_types for s in analyze_structure("+639170000130", "service_center").suppressions)
    assert not analyze_structure("+639170000130", "contact_number").suppressions


def test_a_subnets_column_is_a_network_but_a_gateways_is_a_host():
    assert any("IP_ADDRESS" in s.entity_types for s in analyze_structure("10.40.19.0", "WiFiSubnetID").suppressions)
    assert not analyze_structure("192.168.1.1", "Gateway").suppressions  # a router's address: a host's


@pytest.mark.parametrize("field, text, record", [
    # an order's, a payment's or a parcel's number is no phone, card or serial
    ("Order Number", "04-10932-30399", True), ("af_order_id", "TX2371-5228-9318-68149", True),
    ("Sales Record Number", "24817", True),
    # a phone's or a device's column, and a record number's column holding words
    ("Phone Number", "+44 7700 900123", False), ("device_id", "C02XK1ABJG5H", False),
    ("Order Number", "see note", False),
])
def test_a_records_number_is_no_phone_card_or_serial(field, text, record):
    sups = analyze_structure(text, field).suppressions
    assert any({"PHONE_NUMBER", "SERIAL_NUMBER", "CREDIT_CARD"} <= s.entity_types for s in sups) is record


@pytest.mark.parametrize("header, expected", [
    # Workable's candidates: the job's 'Location' after its columns; the candidate's 'Address'
    ("Name,Email,Address,Job,Job shortcode,Department,Location,Stage", {6: "Job Location"}),
    ("Name,City,Position,Location", {3: "Job Location"}),
    # no place of the person's own: a bare 'Location' is still the person's
    ("Name,Email,Job,Department,Location,Stage", {}),
    # not after a job's columns, or only a region of the person's
    ("Name,Address,Location,Job", {}), ("Name,Country,Job,Location", {}),
    ("Name,Address,Job,Stage,Source,Location", {}),
    # an employee's primary location beside a job's title anywhere before it: the firm's site
    ("FirstName,ResidentialStreetAddress,JobTitle,PaySchedule,PrimaryPayCategory,PrimaryLocation", {5: "Job Location"}),
    ("FirstName,ResidentialStreetAddress,PrimaryLocation", {}),
    # a CRM's contact's account beside the contact's names (Dynamics in French): a firm; a
    # directory's 'Account Name' (a login), and an account's name without names beside it, stay
    ("Nom complet;Prénom;Nom;Nom du compte;Fonction", {3: "Company Name"}),
    ("First Name;Last Name;Account Name;Email", {}), ("Nom du compte;Adresse de messagerie", {}),
    # a vulnerability scanner's 'Name' beside its plugin's columns: the plugin's (Nessus' CSV); its
    # synopsis, description and solution the vendor's text; its output the host's
    ("Plugin ID;CVE;Risk;Host;Protocol;Port;Name;Synopsis;Description;Solution;See Also;Plugin Output",
     {6: "Plugin Name", 7: "Plugin Synopsis", 8: "Plugin Description", 9: "Plugin Solution", 10: "Plugin See Also"}),
    ("Plugin ID;Name;Email", {}), ("Plugin ID;Name;Description", {}),  # (no scanner's columns: a plugin store's)
    # OpenVAS' and Qualys' (not their results, nor Qualys' 'Title' alone, nor 'Threat' without a 'QID')
    ("IP;NVT Name;NVT OID;Summary;Specific Result;Solution", {3: "Plugin Synopsis", 5: "Plugin Solution"}),
    ("IP;QID;Title;Threat;Impact;Solution;Results", {3: "Plugin Description", 4: "Plugin Description",
                                                     5: "Plugin Solution"}),
    ("Name;Threat;Description", {}),
    # a password manager's export: its entry's title (LastPass'); a contact list's name stays a person's
    ("url,username,password,totp,extra,name,grouping,fav", {5: "Entry Title"}), ("name,username,email", {}),
    # runZero's asset inventory: its hosts' names, addresses and MACs (not a contact list's 'names')
    ("id,site,addresses,addresses_extra,macs,mac_vendors,names,domains",
     {2: "IP Address", 3: "IP Address", 4: "MAC Address", 6: "Host Name"}), ("names,emails", {}),
    # Five9's call log: a contact's further numbers beside the caller's (a bare 'number2' elsewhere is anything's)
    ("CALL ID,AGENT,ANI,CUSTOMER NAME,DNIS,NOTES,first_name,number2", {7: "Phone Number"}), ("id,number2", {}),
])
def test_a_bare_location_after_a_jobs_columns_is_the_jobs_where_the_person_has_a_place(header, expected):
    assert column_hints(header.split(";" if ";" in header else ",")) == expected


def test_an_hl7_segments_people_addresses_phones_and_devices_by_position():
    pid = ("PID|1||RM8750005^^^RSUDLB^MR||SAMPE ROMBE^ELISABETH^^^Mrs||19740722|F|||Jl. Sam Ratulangi No. 81^^"
           "Sangalla^Toraja Utara^91853^IDN^H||089582163669^PRN^CP|||U|CHR|VN24031232240")
    assert _hints(pid) == [("PERSON", "SAMPE ROMBE"), ("PERSON", "ELISABETH"), ("LOCATION", "Jl. Sam Ratulangi No. 81"),
                           ("LOCATION", "Sangalla"), ("LOCATION", "Toraja Utara"), ("LOCATION", "91853"),
                           ("LOCATION", "IDN"), ("PHONE_NUMBER", "089582163669")]
    assert analyze_structure(pid, None).is_log_line  # a machine record: no NER ('RSUDLB', 'CHR')
    pv1 = "PV1|1|E|ICU^0230^01^RSUDLB||||57096^PRYCE^EMILY^^^dr.|||SUR||||6|||15027^OKAFOR|IN|V147162280"
    assert _hints(pv1) == [("PERSON", "PRYCE"), ("PERSON", "EMILY"), ("PERSON", "OKAFOR")]  # attending, admitting
    obx = "OBX|1|NM|2345-7^Glucose^LN||211|mg/dL|||||F|||20240312180646||||CN91789541^SYSMEX_XN550"
    assert _hints(obx) == [("SERIAL_NUMBER", "CN91789541")]  # OBX-18: the analyser's serial, not its model
    assert _hints(obx.replace("||||CN", "|||CN")) == []  # OBX-17, the method's code: no serial
    # a message logged on one line, its segments apart by carriage returns; a repeated name
    msg = "MSH|^~\\&|LAB|HOSP|||202403121806||ADT^A08|1|P|2.5\rNK1|1|DOE^JANE~ROE^JO|MTH^Mother"
    assert _hints(msg) == [("PERSON", "DOE"), ("PERSON", "JANE"), ("PERSON", "ROE"), ("PERSON", "JO")]


@pytest.mark.parametrize("text", [
    "NTE|1||Patient prefers morning appointments",  # a segment with no typed field: left to the rest
    "ABC|def|ghi", "PIDX|1||x", "id|name|email",  # no HL7 segment
    "MSH|^~\\&|LAB|HOSP|||202403121806||ADT^A08|1|P|2.5|||AL|NE|IDN",  # the header names systems, no one
])
def test_a_line_with_no_hl7_segments_typed_fields_gives_no_hl7_hint(text):
    assert [h for h in analyze_structure(text, None).hints if h.recognizer == "hl7_field"] == []
    # (the header is a machine's record all the same: no NER on it)
    assert analyze_structure(text, None).is_log_line is text.startswith("MSH|")


def test_a_mosquitto_logs_clients_logins_and_topics_device_ids():
    line = ("2024-03-09T07:01:54: New client connected from 103.37.176.20:28859 as tasmota_2925AD "
            "(p2, c0, k15, u'mrima').")
    assert _hints(line) == [("HOSTNAME", "tasmota_2925AD"), ("USERNAME", "mrima")]
    assert analyze_structure(line, None).is_log_line
    assert _hints("1710000000: Sending PUBLISH to amy-pixel7 (d0, q0, r0, m0, 'owntracks/amy92/amy-pixel7', "
                  "... (745 bytes))") == [("HOSTNAME", "amy-pixel7"), ("USERNAME", "amy92"), ("HOSTNAME", "amy-pixel7")]
    assert _hints("2024-03-09T10:02:16: \tzigbee2mqtt/0x00158d5046deb7a8 (QoS 0)") == [
        ("HARDWARE_ID", "0x00158d5046deb7a8")]
    assert _hints("2024-03-09T15:48:22: OpenDTU-007F54 0 solar/116126937002/0/power") == [
        ("HOSTNAME", "OpenDTU-007F54"), ("SERIAL_NUMBER", "116126937002")]


@pytest.mark.parametrize("text", [
    "2024-03-09T06:17:41: Received SUBSCRIBE from homeassistant",  # software's own id
    "2024-03-09T05:38:48: Sending CONNACK to zigbee2mqtt_c222c20f (0, 0)",
    "2024-03-09T14:26:21: Client <unknown> disconnected: Protocol error.",
    "2024-03-09T14:26:21: New client connected from 10.0.0.5:1883 as auto-3F2A9C11-0B6D (p2, c1, k60, u'anna@x.org').",
])
def test_a_mosquitto_line_names_no_device_where_a_program_is_the_client(text):
    assert [h for h in _hints(text) if h[0] in ("HOSTNAME", "USERNAME")] == []


def test_another_programs_line_with_mosquittos_time_is_left_to_the_rest():
    text = "2024-03-09T06:17:41: Dear Anna Berg, your parcel is on its way"
    assert not analyze_structure(text, None).is_log_line


def test_a_kannel_lines_parties_are_phones_its_smsbox_user_a_login():
    line = ("2024-03-11 02:27:10 Receive SMS [SMSC:tsel_smpp01] [SVC:] [ACT:] [BINF:] [FID:0667167915] "
            "[META:?smpp?] [from:6289898379041] [to:98765] [flags:0:0:-1:0:-1] [msg:12:INFO SALDO] [udh:0:]")
    assert _hints(line) == [("PHONE_NUMBER", "6289898379041")]  # not the short code, nor the message's id
    s = analyze_structure(line, None)
    assert any("PHONE_NUMBER" in x.entity_types and line[x.start:x.end] == "0667167915" for x in s.suppressions)
    assert _hints("2024-03-11 02:27:10 Sent SMS [SMSC:x] [from:PACLINK] [to:+61 434 660 493] [msg:2:hi]") == [
        ("PHONE_NUMBER", "+61 434 660 493")]  # (a sender's name is no phone)
    request = ("2024-03-11 10:37:45 send-SMS request added - sender:op_tnapa:8484 203.173.12.111 "
               "target:+16706709743 request: 'Hi Eusebio'")
    assert _hints(request) == [("USERNAME", "op_tnapa"), ("PHONE_NUMBER", "+16706709743")]


@pytest.mark.parametrize(("field", "entity"), [
    ("Which town are you travelling from?", "LOCATION"), ("What is your home address?", "LOCATION"),
    ("Where do you live?", "LOCATION"), ("Which country are you from?", "LOCATION"),
    ("What is your phone number?", "PHONE_NUMBER"),  # (another type's question still is one)
    ("Where did you hear about us?", None), ("Which team do you support?", None), ("What is your T-shirt size?", None),
    ("What is your name?", "PERSON"), ("What's your full name?", "PERSON"), ("¿Cuál es tu nombre completo?", "PERSON"),
    ("Qual é o seu nome?", "PERSON"), ("Quel est votre nom ?", "PERSON"),  # a form's question for a name
    ("What is your company name?", None), ("¿Cuál es el nombre de tu empresa?", None),  # (something's name)
    ("ชื่อของคุณ", "PERSON"), ("เบอร์ติดต่อ", "PHONE_NUMBER"), ("ที่อยู่ปัจจุบัน", "LOCATION"),  # Thai's
    ("المحافظة", "LOCATION"),  # Egypt's governorate
    ("{gps_adid}", "HARDWARE_ID"), ("{fire_adid}", "HARDWARE_ID"), ("oaid", "HARDWARE_ID"),
    ("MaaS360 Device ID", "HARDWARE_ID"), ("Jamf Device ID", "HARDWARE_ID"),
])
def test_a_forms_question_and_an_ad_or_mdm_id_by_their_names(field, entity):
    assert type_for_name(field) == entity


def test_an_mdms_own_device_id_and_a_forms_unanswered_question():
    for value in ("ApplC02023U0D66E", "Android3722c22488b09059", "WinAEF9F318AC0773C992871CD3BE36"):
        hint = value_hint("MaaS360 Device ID", value, 0, len(value), "field_name")
        assert hint is not None and hint.entity_type == "HARDWARE_ID"
    assert value_hint("MaaS360 Device ID", "Windows", 0, 7, "field_name") is None
    assert value_hint("Wi-Fi MAC Address", "02:00:00:00:00:00", 0, 17, "field_name") is None  # Android's placeholder
    assert value_hint("Wi-Fi MAC Address", "02:00:5e:10:00:01", 0, 17, "field_name") is not None
    assert value_hint("Which town are you travelling from?", "TBC", 0, 3, "field_name") is None


def test_a_phones_model_code_in_a_device_name_column_is_no_machines_name():
    assert value_hint("{device_name}", "SM-A145F", 0, 8, "field_name") is None
    hint = value_hint("Device Name", "SM-LT-0142", 0, 10, "field_name")  # (an organization's own naming)
    assert hint is not None and hint.entity_type == "HOSTNAME"


def test_a_well_known_apps_table_is_typed_by_its_schema_in_a_dump_without_columns():
    isso = ("INSERT INTO comments VALUES(18,33,NULL,1673010972.264183,NULL,4,'41.203.14.0','Bonjour.',"
            "'Worou Sika','worou.sika@yahoo.fr',NULL,1,0,X'a47d336b',0);")
    assert ("PERSON", "Worou Sika") in _hints(isso)
    wp = ("INSERT INTO `wp_users` VALUES (7,'kbanda','$P$B1x','kbanda','k.banda@example.org','',"
          "'2024-01-02 10:00:00','',0,'Kondwani Banda');")
    assert ("USERNAME", "kbanda") in _hints(wp) and ("PERSON", "Kondwani Banda") in _hints(wp)
    comment = ("INSERT INTO `wp7_comments` VALUES (3,12,'Amina Phiri','amina@example.org','','102.68.1.9',"
               "'2024-01-02 10:00:00','2024-01-02 10:00:00','Nice post','0','1','Mozilla/5.0','comment',0,0);")
    assert ("PERSON", "Amina Phiri") in _hints(comment)
    # another table of the name, of another length: left alone
    assert _hints("INSERT INTO comments VALUES(1,'Ana Lima','ok');") == []
    assert _hints("INSERT INTO users VALUES (7,'kbanda','$P$B1x','kbanda','k@x.org','','2024','',0,'Ana Lima');") == []


def test_a_yabb_posts_poster_and_last_editor():
    post = ("Re: Inverter thread|Ladi Lafene|l.lafene@futminna.edu.ng|1709291117|ladil|xx|0|105.112.89.242|"
            "Sanu o.<br />My inverter throws error 04.|NS|1709295955|admin_k||")
    assert _hints(post) == [("PERSON", "Ladi Lafene"), ("USERNAME", "ladil"), ("USERNAME", "admin_k")]
    guest = "Re: Inverter thread|Moumouni|m@gmail.com|1709324347|Guest|xx|0|41.111.85.105|Hi all|||||"
    assert _hints(guest) == [("PERSON", "Moumouni")]  # a guest has no login
    assert _hints("a|b|c|1709324347|d|e|f|g|h|i") == []  # no post's shape (no flag, no address)


def test_a_help_desks_own_channel_is_no_records_creator():
    assert value_hint("creator.name", "Self-Service", 0, 12, "field_name") is None
    assert value_hint("creator.name", "Ladi Gbate", 0, 10, "field_name") is not None


def test_a_sites_objects_name_is_the_firms_place():
    from piiscan.detect.structure import firms_site_field

    assert firms_site_field("caller.branch.name") and firms_site_field("callerBranch.name")
    assert not firms_site_field("caller.name") and not firms_site_field("customer.address.city")


def test_a_name_a_log_writes_in_hl7s_way():
    assert _hints("transformer: Lookup OK for Ilmi^Siti phone=+6281826578650 -> EMPI E986310337") == [
        ("PERSON", "Ilmi"), ("PERSON", "Siti")]
    assert _hints("transformer: ADT^A08 ctrl=CTL32009103 patient=DAENG LIWANG^SITTI NURHAEDAH MRN=9307340") == [
        ("PERSON", "DAENG LIWANG"), ("PERSON", "SITTI NURHAEDAH")]
    assert _hints("routed ADT^A08 for ORU^R01 to BPJS^BPJS Kesehatan") == []  # a message's type, a payer's codes
    assert _hints("ADT^A08 ctrl=52020671 patient=PALIMBONG^LAI' MRN=4662837") == [
        ("PERSON", "PALIMBONG"), ("PERSON", "LAI")]  # (Toraja's glottal stop: its mark left out, as a cell's)


def test_an_mhonarc_pages_sender_in_rot13_is_still_a_name_and_an_address():
    assert _hints("<!--X-From-R13: Wnzrf Ynjfba <wnzrf.ynjfba@cebgba.zr> -->") == [
        ("PERSON", "Wnzrf Ynjfba"), ("EMAIL_ADDRESS", "wnzrf.ynjfba@cebgba.zr")]
    assert _hints("<!--X-From-R13: <nyvpr@rknzcyr.bet> -->") == [("EMAIL_ADDRESS", "nyvpr@rknzcyr.bet")]
    assert _hints("<!--X-Subject: Wnzrf Ynjfba <wnzrf.ynjfba@cebgba.zr> -->") == []  # (another header)


def test_cockroachdbs_redaction_markers_hide_no_statements_values():
    line = ('I250308 00:00:09.062238 75046 9@util/log/event_log.go:32 ⋮ [T1,Vsystem,n3,client=10.80.20.11:33827,'
            'hostssl,user=‹grace_k›] 7 ={"EventType":"query_execute","Statement":"INSERT INTO ‹beneficiaries›(customer_id,'
            " full_name, mobile, city, country) VALUES (‹'e05b7ae6'›, ‹'Laura Jansen'›, ‹'+31624311839'›, ‹'Utrecht'›,"
            " ‹'NL'›)\",\"User\":\"‹grace_k›\"}")
    hints = _hints(line)
    assert ("PERSON", "Laura Jansen") in hints and ("LOCATION", "Utrecht") in hints and ("LOCATION", "NL") in hints
    assert ("USERNAME", "grace_k") in hints  # the event's (the tag's is the recognizer's), markers not in the span
    assert _hints("[T1,Vsystem,n1,client=10.80.1.5:64087,hostssl,user=‹root›] UPDATE ‹customers› SET "
                  "city = ‹'Lamitan City'›, province = ‹'Basilan'› WHERE id = ‹'44b8'›") == [
        ("LOCATION", "Lamitan City"), ("LOCATION", "Basilan")]


def test_a_tags_pairs_joined_by_commas_are_read_by_their_keys():
    assert _hints("I250308 [T1,n1,client=10.80.5.222:33957,hostssl,customer=ochieng_j] 780 x") == [
        ("USERNAME", "ochieng_j")]


def test_moinmoins_edit_log_names_the_editors_machine():
    line = "1262384943746499\t00000001\tSAVENEW\tAkolAriko\t192.168.88.197\tpc-nbo-0227\t1266791005.64.37149\t\tmoved"
    assert _hints(line) == [("HOSTNAME", "pc-nbo-0227")]
    assert _hints("1262346310121822\t00000001\tSAVENEW\tFrontPage\t197.237.202.75\t197.237.202.75\t\t\tremoved") == []


def test_hypermails_comments_name_the_sender_and_hold_message_ids():
    assert _hints('<!-- name="Grace Dubois" -->') == [("PERSON", "Grace Dubois")]
    s = analyze_structure('<!-- id="CAZnhkki0bIu0F3o+xiKmwdDPTYwTykRhuFcakVeA8@mail.gmail.com" -->', None)
    assert [x.entity_types for x in s.suppressions] == [frozenset({"EMAIL_ADDRESS"})]
    assert analyze_structure('<!-- email="grace.dubois@proton.me" -->', None).suppressions == ()


def test_a_sql_dumps_insert_is_read_by_the_columns_its_create_table_named():
    from piiscan.detect.structure import sql_row_hint, sql_row_structure

    line = "INSERT INTO `phorum_users` VALUES (26,'greed','Grace Reed','grace.reed@ymail.com','-- \\nGrace');"
    hint = sql_row_hint(["user_id", "username", "real_name", "email", "signature"])
    assert [(h.entity_type, line[h.start:h.end]) for h in sql_row_structure(line, hint).hints] == [
        ("USERNAME", "greed"), ("PERSON", "Grace Reed")]  # (the address: the e-mail recognizer's)
    assert sql_row_structure(line, sql_row_hint(["id", "username", "real_name"])).hints == ()  # (another row's length)
    line = "INSERT INTO `phorum_messages` VALUES (453,'greed','<f0e45fa8.453@forum.example.org>','g@ymail.com');"
    s = sql_row_structure(line, sql_row_hint(["message_id", "author", "msgid", "email"]))
    assert [line[x.start:x.end] for x in s.suppressions] == ["<f0e45fa8.453@forum.example.org>"]  # (a message's id)


def test_a_pg_dump_copy_row_is_read_by_its_blocks_columns():
    from piiscan.detect.structure import sql_row_hint, sql_row_structure

    hint = sql_row_hint(["id", "username", "name", "msgid", "raw"], copy=True)
    line = "7\tchanda_m\tChanda Mwale\t<a1.7@forum.example.org>\tHi\\nall"
    s = sql_row_structure(line, hint)
    assert [(h.entity_type, line[h.start:h.end]) for h in s.hints] == [("USERNAME", "chanda_m"), ("PERSON", "Chanda Mwale")]
    assert [line[x.start:x.end] for x in s.suppressions] == ["<a1.7@forum.example.org>"]  # (a message's id)
    assert s.escaped  # (its view reads 'Hi\\nall' as two lines)
    assert sql_row_structure("8\t\\N\t\\N\t\\N\tx", hint).hints == ()  # (none)
    assert sql_row_structure("9\tchanda_m\tChanda Mwale", hint).hints == ()  # (another row's length)


def test_a_field_name_in_a_language_and_a_crms_sort_name():
    assert type_for_name("user_data.geo_city_en") == "LOCATION" and type_for_name("region_fr") == "LOCATION"
    assert type_for_name("name_en") is None and type_for_name("title_de") is None  # (a product's, a page's)
    assert type_for_name("Sort Name") == "PERSON"
    assert _hints("Msigwa, Neema", "Sort Name") == [("PERSON", "Msigwa, Neema")]


def test_a_device_inventorys_bare_uuid_is_the_machines():
    assert column_hints(["Machine", "Adresse MAC", "Numéro de série", "UUID"]) == {3: "SMBIOS UUID"}
    assert column_hints(["UUID", "Name", "Email", "Serial"]) == {}  # (a record's id)


def test_a_crms_patronymic_an_address_index_and_a_backers_name():
    # (RetailCRM's customer: 'patronymic', 'address.index' the postcode; Kickstarter's 'Backer Name')
    assert _hints("Рауанович", "patronymic") == [("PERSON", "Рауанович")]
    assert _hints("220117", "address.index") == [("LOCATION", "220117")]
    assert _hints("5", "order.index") == [] and _hints("050059", "index") == []  # (a list's index, no address's)
    assert _hints("Shpend Gashi", "Backer Name") == [("PERSON", "Shpend Gashi")]


def test_a_class_or_a_pages_dotted_name_is_no_ones():
    assert _hints("XWiki.XWikiComments", "name") == [] and _hints("IT.FieldOffices.Helpdesk.WebHome", "name") == []
    assert _hints("XWiki.wyphyo", "author") == [("USERNAME", "XWiki.wyphyo")]  # (a user's reference)


def test_a_network_scans_bare_name_is_the_hosts():
    # (Advanced IP Scanner's export: a 'Name' beside the address's and the MAC's columns)
    assert column_hints(["Status", "Name", "IP", "Manufacturer", "MAC address", "Comments"]) == {1: "Device Name"}
    assert column_hints(["Name", "Email", "IP", "MAC"]) == {}  # (a person's, beside their e-mail)
    assert column_hints(["Name", "IP"]) == {}  # (no MAC: a session's user as often)


def test_an_events_name_and_a_placeholder_are_no_ones():
    for value in ("ADD_TO_CART", "OPEN", "REINSTALL"):
        assert _hints(value, "name") == []
    assert _hints("MUSA", "name") == [("PERSON", "MUSA")] and _hints("Open Kitchen", "name") == [
        ("PERSON", "Open Kitchen")]  # (a name in capitals; 'OPEN' alone is the event's)
    assert _hints("00000", "Bill To Postal Code") == [] and _hints("10115", "Bill To Postal Code") == [
        ("LOCATION", "10115")]
    assert _hints("Southeast Asia", "properties.region") == [] and _hints("East US 2", "location") == []
    assert _hints("Cebu", "properties.region") == [("LOCATION", "Cebu")]


def test_a_crm_contacts_envelope_name_and_an_accounts_holder_are_people_not_bodies():
    assert _hints("Dr. Sabine Schäfer", "Addressee") == [("PERSON", "Dr. Sabine Schäfer")]
    assert _hints("Nangula Shikongo", "AccountHolderName") == [("PERSON", "Nangula Shikongo")]
    assert _hints("Trust Moyo", "Addressee") == [("PERSON", "Trust Moyo")]  # (a given name)
    for body in ("Kilolo Tea Outgrowers Trust", "Korr Pastoralist Resource Centre", "Embu Macadamia Growers SACCO",
                 "Friends of Dodoma Schools", "Gift Aid"):
        assert _hints(body, "Addressee") == []


def test_an_addresses_unit_complex_and_code_beside_its_street_and_town():
    header = ["FirstName", "UnitNumber", "Complex", "StreetNumber", "Street", "Suburb", "City", "Code", "Province"]
    assert column_hints(header) == {1: "Building Number", 2: "Address Line 2", 7: "Postal Code"}
    assert column_hints(["Product", "Unit", "Complex", "Code", "Country", "Code"]) == {}  # (no street; a country's)
    # a payment's billing address in parts: its building's, floor's and flat's numbers, however short
    header = ["Customer Phone", "Street", "Building", "Floor", "Apartment", "City", "Postal Code"]
    assert column_hints(header) == {2: "Building Number", 3: "Building Number", 4: "Building Number"}
    assert _hints("6", "Building Number") == [("LOCATION", "6")] and _hints("NA", "Building Number") == []
    assert column_hints(["Product", "Floor", "Apartment", "Price"]) == {}  # (no street: a shop's floor, a listing's kind)
    # a Spanish contact list's bare 'Departamento' among its address's columns is the region; an employee's, a unit
    assert column_hints(["Nombre", "Dirección", "Ciudad", "Departamento", "País"]) == {3: "Region"}
    assert column_hints(["Nombre", "Correo", "Departamento", "Cargo"]) == {}
    assert _hints("Ocean View Flats", "Address Line 2") == [("LOCATION", "Ocean View Flats")]


def test_a_users_key_that_is_a_national_phone_number():
    assert _hints("0114-097-563", "user_data.developer_identity") == [("PHONE_NUMBER", "0114-097-563")]
    assert _hints("07700900985", "developer_identity") == [("PHONE_NUMBER", "07700900985")]
    assert _hints("(415)555-0180", "developer_identity") == [("PHONE_NUMBER", "(415)555-0180")]
    assert _hints("617-555-0171", "username") == [("PHONE_NUMBER", "617-555-0171")]
    assert _hints("shamba_thomas", "developer_identity") == [("USERNAME", "shamba_thomas")]
    assert _hints("cust_94397683", "developer_identity") == [] and _hints("0012345678", "user_id") == []  # (ids)


def test_a_boards_placeholder_uuid_is_no_machines():
    assert _hints("03000200-0400-0500-0006-000700080009", "SMBIOS UUID") == []
    assert _hints("2EEDDC4A-1883-4688-B797-71ACFBC533F3", "SMBIOS UUID") == [
        ("HARDWARE_ID", "2EEDDC4A-1883-4688-B797-71ACFBC533F3")]


def test_a_contacts_groups_are_labels():
    assert is_label_field("Group(s)") and is_label_field("groups") and not is_label_field("Tag(s)")


def test_a_pages_meta_element_names_its_content():
    assert _hints('<meta name="Author" content="Grace Dubois (grace.dubois_at_proton.me)" />') == [
        ("PERSON", "Grace Dubois")]
    assert _hints('<meta name="Subject" content="Re: Kakwa translation sprint in Yei" />') == []
    assert _hints('<meta name="Date" content="2019-01-07" />') == []


@pytest.mark.parametrize("line, expected", [
    ("Mar  3 01:45:03 mail01 imap[27760]: Expunged 10 messages from user.rmagdayaw", [("USERNAME", "rmagdayaw")]),
    ("Mar  3 02:52:50 mail01 lmtpunix[32104]: Delivered: <a1@x.example> to mailbox: user.cnanud",
     [("USERNAME", "cnanud")]),
    ("Mar  3 mail01 imaps[4]: Rename: user.rlungay.Drafts -> user/rlungay/Archive", [("USERNAME", "rlungay")] * 2),
    ("Mar  3 07:08:08 mail01 imaps[42700]: login: pc-noel-laptop.lan [10.20.5.47] nmabborang plaintext+TLS User "
     "logged in SESSIONID=<cyrus-1>", [("USERNAME", "nmabborang"), ("HOSTNAME", "pc-noel-laptop.lan")]),
    ("Mar  3 00:00:15 mail01 imaps[25341]: badlogin: 112.198.61.69 [112.198.61.69] plaintext jampaso "
     "[SASL(-13): user not found: checkpass failed]", [("USERNAME", "jampaso")]),
    # a path's hashed directory; another program's 'user.' (a JSON key's path)
    ("Mar  3 mail01 imaps[48839]: seen_db: opened /var/lib/imap/user/f/fcauilan.seen", []),
    ("Mar  3 web01 app[311]: set user.email for 12", []),
    ("Mar  3 web01 httpd[311]: user.name lookup failed for 12", []),  # (Apache's name: no Cyrus' line)
])
def test_a_cyrus_services_mailboxes_and_logins(line, expected):
    hints = [(h.entity_type, line[h.start:h.end]) for h in analyze_structure(line, None).hints
             if h.recognizer.startswith("cyrus")]
    assert hints == expected


_3CX = "Call {n},00000A1B2C3D4E5F_{n},00:03:12,2026/05/04 09:01:02,2026/05/04 09:01:09,2026/05/04 09:04:21,"


@pytest.mark.parametrize("line, expected", [
    # a call in through the IVR to an extension: the caller's number and name, the agent's name
    (_3CX.format(n=1204) + "TerminatedBySrc,+525512345678,800,10000,112,800,,112,112,,,,,Chain: 10000;800;Ext.112;,"
     "Line,Extension,Extension,MARTA RUIZ,Pedro Sánchez,Pedro Sánchez,",
     [("PHONE_NUMBER", "+525512345678"), ("PERSON", "MARTA RUIZ"), ("PERSON", "Pedro Sánchez"),
      ("PERSON", "Pedro Sánchez")]),
    # a call out to a national number (no region's plan asked: the field says it is one)
    (_3CX.format(n=1205) + "TerminatedByDst,112,77123456,112,10000,77123456,,77123456,10000,,,,,Chain: Ext.112;10000;,"
     "Extension,Line,Line,Pedro Sánchez,77123456,77123456,",
     [("PHONE_NUMBER", "77123456"), ("PHONE_NUMBER", "77123456"), ("PHONE_NUMBER", "77123456"),
      ("PERSON", "Pedro Sánchez"), ("PHONE_NUMBER", "77123456"), ("PHONE_NUMBER", "77123456")]),
    # an anonymous caller left in a queue: extensions, the IVR's and the trunk's numbers, a
    # queue's name are no one's
    (_3CX.format(n=1206) + "TerminatedBySrc,Anonymous,801,10000,801,,,801,801,,,,,Chain: 10000;800;801;,"
     "Line,Queue,Queue,Anonymous,Cola Ventas,Cola Ventas,3", []),
    (_3CX.format(n=1207) + "TerminatedBySrc,124,130,124,130,130,,130,130,,,,,Chain: Ext.124;Ext.130;,"
     "Extension,IVR,IVR,Help Desk,IVR Principal,IVR Principal,", []),
])
def test_a_3cx_call_records_numbers_and_names_by_their_fields(line, expected):
    s = analyze_structure(line, None)
    assert s.is_log_line
    assert [(h.entity_type, line[h.start:h.end]) for h in s.hints] == expected


def test_a_wpforo_posts_author_login_for_mentions():
    post = '<div class="wpforo-post wpfcl-1" data-postid="2983" data-userid="38" data-mention="saskiafun" data-isowner="0">'
    assert _hints(post) == [("USERNAME", "saskiafun")]


def test_a_perl_hashs_pairs_in_a_log_line_by_their_keys():
    # (a realm is a domain's name, no machine's; a DHCP client's 'CIADDR 0.0.0.0' no address)
    dhcp = "pfdhcplistener_eth1.10(4112) INFO: DHCPACK CIADDR 0.0.0.0 YIADDR 10.50.22.157 realm => (corp.local)"
    assert [(sorted(s.entity_types), dhcp[s.start:s.end]) for s in analyze_structure(dhcp, None).suppressions
            if dhcp[s.start:s.end] in ("0.0.0.0", "corp.local")] == [(["IP_ADDRESS"], "0.0.0.0"), (["HOSTNAME"], "corp.local")]
    # PacketFence's RADIUS request: a machine's account its name, a domain's user its login
    line = ("Mar 14 00:01:02 pf-nac01 packetfence_httpd.aaa: httpd.aaa(23883) INFO: handling radius autz request: "
            "switch_ip => (10.20.1.2), client_mac => (e4:5f:01:ab:1a:ff), user_name => (host/LT-COBAN-014.corp.local), "
            "computer_name => (LT-COBAN-014), stripped_user_name => (arnoldo.popb), realm => (corp.local), "
            "user_name => (f48c50600170), user_name => (CORP\\mcoc), ssid => (Staff) (pf::radius::authorize)")
    assert _hints(line) == [("HARDWARE_ID", "e4:5f:01:ab:1a:ff"), ("HOSTNAME", "LT-COBAN-014"), ("HOSTNAME", "LT-COBAN-014"),
                            ("USERNAME", "arnoldo.popb"), ("HARDWARE_ID", "f48c50600170"), ("USERNAME", "mcoc")]


def test_a_3cx_record_with_other_fields_than_the_default_is_not_read_by_position():
    from piiscan.detect.structure import threecx_cdr_hints

    assert threecx_cdr_hints(_3CX.format(n=1) + "TerminatedBySrc,+525512345678,800,Pedro Sánchez") is None
    assert threecx_cdr_hints("Call me at 5512345678, thanks") is None


@pytest.mark.parametrize("line, expected", [
    ('snoopy[1]: [uid:root(0)/root(0) cwd:/root]: useradd -m -s /bin/bash -c "Delia Limbag,,0921-442-8080,048 433 4014" '
     "dlimbag", [("PERSON", "Delia Limbag"), ("PHONE_NUMBER", "0921-442-8080"), ("PHONE_NUMBER", "048 433 4014")]),
    ('adduser --gecos "Juan Dela Cruz,,," jdelacruz', [("PERSON", "Juan Dela Cruz")]),
    ("dlimbag:x:1005:1005:Delia Limbag,Room 4,0921-442-8080,:/home/dlimbag:/bin/bash",
     [("USERNAME", "dlimbag"), ("PERSON", "Delia Limbag"), ("PHONE_NUMBER", "0921-442-8080")]),
    # a system's account; a comment of one word (the account's own); no GECOS
    ("www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin", []), ('useradd -r -c "backup,,," svc', []),
    ('git commit -c "fix, again"', []),
])
def test_a_users_gecos_field_and_passwd_entry(line, expected):
    assert [(h.entity_type, line[h.start:h.end]) for h in analyze_structure(line, None).hints
            if h.recognizer in ("gecos", "passwd")] == expected


def test_an_asterisk_cdrs_parties_are_phone_columns():
    header = ["AcctId", "accountcode", "src", "dst", "dcontext", "clid", "channel", "lastapp", "lastdata",
              "dstanswer"]
    assert column_hints(header) == {2: "Caller Number", 3: "Called Number", 5: "Caller ID", 9: "Called Number"}
    assert _hints("50233711976", "Caller Number") == [("PHONE_NUMBER", "50233711976")]
    assert _hints('"ROSA FRANCISCO" <50233711976>', "Caller ID") == [("PERSON", "ROSA FRANCISCO"),
                                                                    ("PHONE_NUMBER", "50233711976")]
    assert _hints("1023", "Caller Number") == []  # (an extension)
    assert column_hints(["src", "dst", "bytes"]) == {}  # (no CDR: a flow's source and destination)


def test_amavis_log_id_is_no_phone_and_its_quoted_sender_is_a_person():
    line = ("Nov 17 03:59:30 mx1 amavis[3721]: (03721-17) Passed CLEAN {RelayedInbound}, "
            "From: Kauyumari_de_la_Cruz_<kauyu@gmail.com>, Tests: []")
    s = analyze_structure(line, None)
    at = line.index("03721-17")
    assert any(sup.start == at and "PHONE_NUMBER" in sup.entity_types for sup in s.suppressions)
    assert ("PERSON", "Kauyumari_de_la_Cruz") in _hints(line)
    other = "Nov 17 03:59:30 mx1 x[3721]: (0372-17) y, From: Red_Team_Alerts_<a@b.org>,"
    assert not analyze_structure(other, None).suppressions and _hints(other) == []  # (no pid's; a team's)


def test_activesync_device_ids_have_a_hardware_ids_shape():
    for device in ("SEC834AF4E6A34AB", "androidc7328992532", "73JHIMVUC5IFK9ZHOUJGRDLSCQXEI0NJ"):
        assert _hints(device, "DeviceId") == [("HARDWARE_ID", device)]
    assert _hints("ANDROID", "DeviceId") == [] and _hints("SECRETARYSECRETARY", "DeviceId") == []


def test_a_login_keys_quoted_full_name_is_a_person():
    line = ('Nov 17 00:24:25 vsz-h01 Core: @@204,clientDisconnect,"apMac"="ac:5f:3e:b1:c9:07",'
            '"userName"="Tomás de Paz","hostname"="Redmi-Note-12-depaz"')
    assert ("PERSON", "Tomás de Paz") in _hints(line)
    assert _hints('login="Service Account" x=1') == [] and _hints('username="jdoe" ip=1.2.3.4') == []


def test_an_xmpp_jid_is_a_login_no_mailbox():
    line = ("INSERT INTO `archive` VALUES ('markmor',1717201246835031,'kinnud@chat.example.ph/Monal.pGw',"
            "'kinnud@chat.example.ph','<message xmlns=\\'jabber:client\\' to=\\'kinnud@chat.example.ph/Monal.pGw\\' "
            "from=\\'bhw-bakuna@conference.chat.example.ph/junjun86\\'><body>mail me at ana@gmail.com</body>"
            "</message>')")
    s = analyze_structure(line, None)
    assert ("USERNAME", "kinnud") in _hints(line) and ("USERNAME", "junjun86") in _hints(line)
    assert ("USERNAME", "bhw-bakuna") not in _hints(line)  # (a room's: a group's)
    at = line.index("ana@gmail.com")
    assert not any(sup.start <= at < sup.end for sup in s.suppressions)  # (an address in the body is one)
    assert _hints("'kinnud@chat.example.ph'") == []  # (no stanza on the line: an address)


def test_a_desktop_xmpp_clients_resource_is_its_machines_name():
    line = "<message xmlns='jabber:client' from='dilnoza@sarbon-tech.uz/LAPTOP-HN2R9QK1'><body>x</body></message>"
    assert _hints(line) == [("USERNAME", "dilnoza"), ("HOSTNAME", "LAPTOP-HN2R9QK1")]
    line = "<message xmlns='jabber:client' from='rustam@sarbon-tech.uz/RUSTAM-NB'><body>x</body></message>"
    assert ("HOSTNAME", "RUSTAM-NB") in _hints(line)
    line = "<message xmlns='jabber:client' from='dias@sarbon-tech.uz/Conversations.PxmC'><body>x</body></message>"
    assert _hints(line) == [("USERNAME", "dias")]  # (a mobile client's name and its instance's)


def test_logins_apart_by_blanks_in_a_peoples_column():
    assert _hints("kristinemac jocelyn97", "Members") == [("USERNAME", "kristinemac"), ("USERNAME", "jocelyn97")]
    assert _hints("juan cruz", "Members") == [("PERSON", "juan cruz")]  # (no login's mark: a name)
    assert _hints("kristinemac jocelyn97", "Notes") == []


def test_an_items_description_is_a_label():
    assert is_label_field("ItemDescription") and is_label_field("product_description")


def test_a_vacant_post_and_a_co_ops_or_dealers_name_are_no_ones():
    assert _hints("POSTO VAGO", "Nome") == [] and _hints("Ana Muhala", "Nome") == [("PERSON", "Ana Muhala")]
    assert _hints("Buwenge Rice Growers", "Customer") == [] and _hints("Nguvu Solar Dealers", "Customer") == []


def test_a_networks_name_and_a_sku_hold_no_serial_and_an_orders_serials_column_does():
    for value, field in (("HUAWEI-B311-7C1A", "WifiSSID"), ("SEED-MAIZE-SC403", "properties.items[0].sku")):
        s = analyze_structure(value, field)
        assert any("SERIAL_NUMBER" in sup.entity_types for sup in s.suppressions)
    assert _hints("SHK60-2412-005184, SHK60-2412-005188", "ItemSerialNumbers") == [
        ("SERIAL_NUMBER", "SHK60-2412-005184"), ("SERIAL_NUMBER", "SHK60-2412-005188")]
    assert not analyze_structure("HUAWEI-B311-7C1A", "Notes").suppressions


def test_a_first_name_alone_in_a_by_column_is_a_person():
    assert _hints("Jennylyn", "Requested by") == [("PERSON", "Jennylyn")]
    assert _hints("jennylyn93", "Requested by") == [("USERNAME", "jennylyn93")]
    assert _hints("Jennylyn", "Username") == [("USERNAME", "Jennylyn")]


def test_a_shops_or_an_agents_float_is_no_person():
    for firm in ("Upendo Hardware", "Tumaini Agrovet", "Kalindawalo Agro Supplies", "Super Agent Float"):
        assert _hints(firm, "Customer") == []


def test_a_chat_rooms_own_archive_and_a_dumps_session_variables_are_no_logins():
    line = ("INSERT INTO `archive` VALUES ('bhw-bakuna',1717,'bhw-bakuna@conference.chat.example.ph/junjun86',"
            "'bhw-bakuna@conference.chat.example.ph','<message xmlns=\\'jabber:client\\' type=\\'groupchat\\'/>')")
    s = analyze_structure(line, None)
    assert any(sup.start == 31 and "USERNAME" in sup.entity_types for sup in s.suppressions)
    for dump in ("/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;",
                 "SET @saved_cs_client     = @@character_set_client;"):
        assert all("USERNAME" in sup.entity_types for sup in analyze_structure(dump, None).suppressions)
    assert not analyze_structure("hi @juan see SET @x", None).suppressions


def test_an_abbreviation_is_not_carried():
    from piiscan.detect.engine import RawFinding
    from piiscan.detect.known import known_values

    assert known_values(["Ma."], [[RawFinding("USERNAME", 0, 3, 0.85, "field_name")]]) == {}


def test_a_message_ids_host_without_a_dot_is_the_senders_machine():
    assert _hints("Message-ID: <8524103.zXpJuyIQWR@LAPTOP-VPLLL6S>") == [("HOSTNAME", "LAPTOP-VPLLL6S")]
    assert _hints("In-Reply-To: <5955720.RZeYebnqsE@arnel-laptop>") == [("HOSTNAME", "arnel-laptop")]
    assert _hints("Message-ID: <CAdv@mail.gmail.com>") == []  # (a domain: the provider's)
    assert _hints("References: <a@localhost> <b@KRA-DC02>") == []  # (no one's; a server's by its role)


def test_two_numbers_in_a_phone_cell_apart_by_a_slash_are_each_a_phone():
    assert _hints("87-986-4874 / 872642243", "Telemóvel") == [("PHONE_NUMBER", "87-986-4874"),
                                                               ("PHONE_NUMBER", "872642243")]
    assert _hints("021/345-678 ext 5", "Telefone") == [("PHONE_NUMBER", "021/345-678")]  # (a slash inside one)


@pytest.mark.parametrize("line, expected, prose", [
    # a notification: the contact it went to; an acknowledgement's: its author, and NER on the comment alone
    ("[1795506188] HOST NOTIFICATION: mbarbieri;esx-mo-02;UNREACHABLE;notify-host-by-email;CRITICAL - 10.41.0.21: "
     "rta nan, lost 100%", [("USERNAME", "mbarbieri")], None),
    ("[1795390515] SERVICE NOTIFICATION: jfollien;nb-lvuignier;PING;ACKNOWLEDGEMENT (CRITICAL);notify-service-by-email;"
     "CRITICAL - 10.41.22.218: rta nan, lost 100%;mbarbieri;Al server l'è andè zò ancòra",
     [("USERNAME", "jfollien"), ("USERNAME", "mbarbieri")], "Al server l'è andè zò ancòra"),
    # external commands, by their documented fields: the author and the comment
    ("[1795469936] EXTERNAL COMMAND: SCHEDULE_HOST_DOWNTIME;nb-bperron;1795473536;1795480736;1;0;7200;lvuignier;"
     "Pris en charge par Gianni Guidetti", [("USERNAME", "lvuignier")], "Pris en charge par Gianni Guidetti"),
    ("[1795394459] EXTERNAL COMMAND: ACKNOWLEDGE_SVC_PROBLEM;PC-CARPI-024;Disk C:;2;1;1;Anna Ferrari;Mersi",
     [("PERSON", "Anna Ferrari")], "Mersi"),
    ("[1795394459] EXTERNAL COMMAND: ACKNOWLEDGE_HOST_PROBLEM;PC-CARPI-024;2;1;1;nagiosadmin;Seen",
     [], "Seen"),  # (the CGI's own administrator: no one's login)
    # the program's messages that name a contact
    ("[1795601449] Warning: Notification command for contact 'acolombo' about host 'PC-AOSTA-038' returned exit code 1",
     [("USERNAME", "acolombo")], None),
    ("[1795603927] wproc:   host=PC-AOSTA-015; service=(null); contact=jfollien", [("USERNAME", "jfollien")], None),
    # alerts, states and the program's messages: its words, no one's (no NER)
    ("[1795627971] SERVICE ALERT: PC-PAVULLO-053;PING;CRITICAL;SOFT;2;CRITICAL - 10.41.20.101: rta nan, lost 100%",
     [], None),
    ("[1795640284] Max concurrent service checks (64) has been reached.  Nudging a service check by 4 seconds...",
     [], None),
])
def test_a_nagios_log_lines_contact_author_and_comment_by_their_fields(line, expected, prose):
    s = analyze_structure(line, None)
    assert [(h.entity_type, line[h.start:h.end]) for h in s.hints] == expected
    assert s.is_log_line == (prose is None)
    if prose is not None:  # NER's places and names are kept in the comment only (and the author's name)
        at = line.rindex(prose)
        assert all(sup.end <= at for sup in s.suppressions)
        assert any(sup.start == 0 for sup in s.suppressions)
        assert not any(h.entity_type in sup.entity_types and sup.start <= h.start and h.end <= sup.end
                       for sup in s.suppressions for h in s.hints)


@pytest.mark.parametrize("line", [
    "[1795627971] User Maria Rossi logged in from Modena",  # another program's line with an epoch: prose
    "[1795390515] SERVICE NOTIFICATION",  # no fields
])
def test_a_line_with_an_epoch_that_is_no_nagios_event_keeps_its_prose(line):
    assert not analyze_structure(line, None).is_log_line


def test_a_print_logs_client_is_the_machine_the_job_came_from():
    # PaperCut's Print Logger CSV: 'Client' is a machine; in a CRM's table a customer
    header = ["Time", "User", "Pages", "Copies", "Printer", "Document Name", "Client", "Paper Size", "Language"]
    assert column_hints(header) == {6: "Client Host"}
    assert [h.entity_type for h in analyze_structure("HEH-ATH-PC043", "Client Host").hints] == ["HOSTNAME"]
    assert column_hints(["Invoice", "Client", "Amount", "Document Name"]) == {}


@pytest.mark.parametrize("name, kind", [
    # a shop's product's or page's URL name is no login; a person's handle is
    ("product_handle", None), ("collection_handle", None), ("Product Handle", None), ("metaobject_handle", None),
    ("twitter_handle", "USERNAME"), ("poster_handle", "USERNAME"), ("handle", "USERNAME"),
    # a forum member's URL name and a thread's starter's and last poster's names (Misago's)
    ("starter_slug", "USERNAME"), ("last_poster_slug", "USERNAME"), ("user_slug", "USERNAME"), ("slug", None),
    ("page_slug", None), ("starter_name", "PERSON"), ("last_poster_name", "PERSON"),
])
def test_names_of_handles_slugs_and_a_threads_posters(name, kind):
    assert type_for_name(name) == kind


def test_a_users_tables_bare_slug_is_the_members_url_name():
    assert sql_column_name("slug", "misago_users_user") == "user_slug"
    assert sql_column_name("slug", "misago_threads_thread") == "slug"


@pytest.mark.parametrize("line, expected", [
    ("author:1746692397=gigmai_t", [("USERNAME", "gigmai_t")]),  # PmWiki's page file: a revision's author
    ("author=Grace Dinge", [("PERSON", "Grace Dinge")]),
    ("author=LucyTapi", [("USERNAME", "LucyTapi")]),  # a WikiName: the account's
    ("text=Gutpela.%0a-- [[~loboda_kerepa]] January 15, 2025 and [[~Grace Dinge]]",
     [("USERNAME", "loboda_kerepa"), ("PERSON", "Grace Dinge")]),  # signatures in the page's text
    ("author=", []), ("[[~Admin]] wrote", []), ("authored=Grace Dinge", []),
])
def test_a_wikis_authors_and_signatures(line, expected):
    assert [(h.entity_type, line[h.start:h.end]) for h in analyze_structure(line, None).hints] == expected


@pytest.mark.parametrize("field, value, expected", [
    # a mobile money payment's account: its payer's wallet, the phone's number in E.164 without '+'
    ("Payment Account", "254758681875", "PHONE_NUMBER"), ("Payment Account", "123456789012", None),
    ("Payment Account", "0623841407", None),  # (a national number: a bank's account as often)
    # Airship's named user: the app's own id of its user, a login
    ("device.named_user_id", "mesfinbeshah", "USERNAME"), ("device.named_user_id", "cus_6gkajz6unt9wiz", None),
    # a device named for its owner and its model's code
    ("Name", "Abdurahman's SM-A145F", "HOSTNAME"), ("Name", "Alfred's TECNO KI5q", "HOSTNAME"),
    ("Name", "Alfred's report", None),
])
def test_a_wallets_number_a_named_user_and_an_owners_phone_by_its_model(field, value, expected):
    hint = value_hint(field, value, 0, len(value), "field_name")
    assert (hint.entity_type if hint else None) == expected
    assert analyze_structure(value, field).hints == ((hint,) if hint else ())


def test_a_nagios_fields_name_is_hinted_without_the_blanks_around_it():
    line = "[1795394459] EXTERNAL COMMAND: ACKNOWLEDGE_HOST_PROBLEM;PC-CARPI-024;2;1;1; gcolombo ;Seen"
    assert [line[h.start:h.end] for h in analyze_structure(line, None).hints] == ["gcolombo"]


@pytest.mark.parametrize(("field", "expected"), [
    # a payroll's middle name, home and work numbers, and an address's parts under its name
    ("Second Name", "PERSON"), ("Home Number", "PHONE_NUMBER"), ("Work Number", "PHONE_NUMBER"),
    ("Physical Address: Code", "LOCATION"), ("Physical Address: Unit Number", "LOCATION"),
    ("Postal Address: Code", "LOCATION"), ("Product: Code", None), ("Code", None), ("Unit", None),
    # a SIM's number by its card; a client's device by its owner's name for it
    ("custom_fields.sim_iccid", "SERIAL_NUMBER"), ("SIM ICCID", "SERIAL_NUMBER"),
    ("X-Plex-Device-Name", "HOSTNAME"), ("client_device_name", "HOSTNAME"),
    # a Romance language's state of a thing is its status; of one's home or birth, a place
    ("Estado da Encomenda", None), ("Estado do Pedido", None), ("État de la commande", None),
    ("Estado do pagamento", None), ("Estado", "LOCATION"), ("Estado (Pagamento)", "LOCATION"),
    ("Estado de residência", "LOCATION"), ("Estado de nacimiento", "LOCATION"),
])
def test_more_field_names_imply_types(field, expected):
    assert type_for_name(field) == expected


@pytest.mark.parametrize(("field", "value", "expected"), [
    # an order's status in Portuguese, a player's state: no region
    ("Estado", "Em Processamento", []), ("Estado", "Completo", []), ("state", "playing", []),
    ("state", "buffering", []), ("Estado", "Sofala", [("LOCATION", "Sofala")]),
    ("Physical Address: Code", "9000", [("LOCATION", "9000")]),
    ("Second Name", "Kandenge", [("PERSON", "Kandenge")]),
    ("Home Number", "064233464", [("PHONE_NUMBER", "064233464")]),
    ("sim_iccid", "89264030462408193151", [("SERIAL_NUMBER", "89264030462408193151")]),
])
def test_what_more_field_names_say_needs_a_value_of_its_kind(field, value, expected):
    assert _hints(value, field) == expected


_SMDR = ("2024/07/15 02:07:22,00:00:57,5,{caller},{direction},{called},{dialled},7001,0,1004519,0,E207,{name},"
         "T9004,Line 5.4,0,0,,,,0.00,TRY,0.00,0,0,0.00,0,{cause},{targeter},{targeted},10.44.1.10,1102398,,,"
         "2024/07/15 02:08:21")


@pytest.mark.parametrize("fields, expected", [
    # an outgoing call: the number called and as dialled (its line's prefix with it), the extension's user
    (dict(caller="207", direction="O", called="05429292810", dialled="905429292810", name="Temel Haliloglu"),
     [("PHONE_NUMBER", "05429292810"), ("PHONE_NUMBER", "905429292810"), ("PERSON", "Temel Haliloglu")]),
    # an incoming call: the caller's number; the dialled number is the firm's own line (its DDI)
    (dict(caller="00994555723099", direction="I", called="202", dialled="4646813300", name="Nurcan Kalyoncu"),
     [("PHONE_NUMBER", "00994555723099"), ("PERSON", "Nurcan Kalyoncu")]),
    # a twinned mobile; an extension named for its desk or its room, a freephone number: no one's
    (dict(caller="412", direction="O", called="08004685050", dialled="908004685050", name="Kat Hizmetleri",
          cause="MT", targeter="202", targeted="05324417862"), [("PHONE_NUMBER", "05324417862")]),
    (dict(caller="412", direction="O", called="203", dialled="203", name="Oda412"), []),
])
def test_an_avaya_ip_office_call_records_numbers_and_names_by_their_fields(fields, expected):
    line = _SMDR.format(**({"cause": "", "targeter": "", "targeted": ""} | fields))
    s = analyze_structure(line, None)
    assert s.is_log_line
    assert [(h.entity_type, line[h.start:h.end]) for h in s.hints] == expected


def test_a_line_that_is_no_avaya_call_record_is_not_read_by_position():
    from piiscan.detect.structure import avaya_smdr_hints

    assert avaya_smdr_hints("2024/07/15 02:07:22,00:00:57,5,207,O,05429292810") is None  # too few fields
    assert avaya_smdr_hints("2024/07/15 02:07:22 call from 05429292810 to 207") is None


def test_a_docker_json_file_records_line_is_read_as_its_program_wrote_it():
    # the container's access log line: its fields, not NER's 'HTTP/1.0' place
    access = ('5.119.186.244 - - [14/Nov/2024:10:00:06 +0330] "GET /track/?email=reza%40example.ir HTTP/1.0" '
              '200 622 "-" "okhttp/4.11.0"\n')
    s = analyze_structure(access, "log")
    assert s.is_log_line
    assert analyze_structure(access.rstrip("\n"), "log").is_log_line is False  # (a value without the newline)
    line = '[2024-11-14 10:00:10,241] INFO profile updated user_id=72280 full_name="Fatemeh Nikpour"\n'
    assert ("PERSON", "Fatemeh Nikpour") in _hints(line, "log")
    # (a JSON log's message: no log line of its own, its key=value pairs still typed by their keys)
    assert not analyze_structure(line, "message").is_log_line
    assert _hints(line, "message") == [("PERSON", "Fatemeh Nikpour")] and _hints(line, "comment") == []


def test_a_json_logs_message_its_json_and_its_pairs_by_their_keys():
    line = ('[payments][debug] card API 422 for RT-104228: request body {"customer":{"name":"Juha Nieminen",'
            '"email":"juha4@luukku.com"}}')
    assert ("PERSON", "Juha Nieminen") in _hints(line, "message")
    pairs = '[checkout] order RT-1 total=EUR 1381.49 customer="Priit Kukk" email=priitkukk@online.ee'
    assert ("PERSON", "Priit Kukk") in _hints(pairs, "msg") and _hints(pairs, "description") == []


@pytest.mark.parametrize("line, expected", [
    ("2024-07-18T10:00:00+00:00\tINFO 39.40.37.191\tcom_shikayat\tStaff hamzam (Hamza Malik) assigned complaint",
     [("USERNAME", "hamzam"), ("PERSON", "Hamza Malik")]),
    ("ERROR - Filter |2024-03-11| user samiullahm (Samiullah Mangal) from 27.116.56.32 denied",
     [("USERNAME", "samiullahm"), ("PERSON", "Samiullah Mangal")]),
    ("2024-07-18T10:00:00+00:00\tINFO 1.2.3.4\tjoomlafailure\tEmpty password not allowed. (\"knaz\")",
     [("USERNAME", "knaz")]),
    ("2024-07-18T10:00:00+00:00\tINFO 1.2.3.4\tapp\tsigned by default (Windows Server) ok", []),  # (no login of the name)
    ("2024-07-18T10:00:00+00:00\tINFO 1.2.3.4\tjerror\tPage not found. (\"index\") later", []),  # (not Joomla's failure's)
])
def test_round_60s_logins_beside_their_names_and_joomlas_failed_logins(line, expected):
    assert [h for h in _hints(line) if h[0] in ("USERNAME", "PERSON")] == expected


def test_a_rides_people_in_a_log_lines_json_by_their_objects():
    # (round 60: a ride-hailing app's captain and rider; not a device's driver)
    line = ('2024-03-11 10:00:00.123456789 +0500 app.booking: {"rider":{"id":"USR-1","name":"Ayesha Khan"},'
            '"captain":{"id":"DRV-14132","name":"Khalid","vehicle":"Honda CD70 KHI-9932"}}')
    assert {("PERSON", "Ayesha Khan"), ("PERSON", "Khalid")} <= set(_hints(line, "message"))
    assert _hints('{"driver":{"name":"e1000e","version":"3.2"}}', "message") == []


@pytest.mark.parametrize("line, expected", [
    ("UserProfileImport: updating property 'CellPhone' for profile '0#.w|corp\\anna' to '8 (87822) 5-14-30'",
     [("PHONE_NUMBER", "8 (87822) 5-14-30")]),
    ("UserProfileImport: updating property 'SPS-Location' for profile '0#.w|corp\\anna' to 'г. Черкесск'",
     [("LOCATION", "г. Черкесск")]),
    ("UserProfileImport: updating property 'Department' for profile '0#.w|corp\\anna' to 'Бухгалтерия'", []),
])
def test_a_sharepoint_profile_propertys_value_by_its_name(line, expected):
    assert [h for h in _hints(line) if h[0] != "USERNAME"] == expected


@pytest.mark.parametrize("value, ok", [
    ("customer", False), ("agent", False), ("a:0:{}", False), ('a:1:{i:0;s:3:"x@y";}', False), ("kaoha.agent1", True),
])
def test_a_threads_creator_that_is_a_role_or_a_serialized_array_is_no_login(value, ok):
    assert (value_hint("created_by", value, 0, len(value), "field_name") is not None) is ok


def test_a_partys_name_beside_its_last_name_is_its_first_name():
    from piiscan.detect.structure import column_hints

    assert column_hints(["Order", "Client Name", "Client Last Name", "Email"]) == {1: "First Name"}  # (VTEX's)
    assert column_hints(["client_name", "client_surname"]) == {0: "First Name"}
    assert column_hints(["Client Name", "Client Secret", "Redirect URI"]) == {}  # (an OAuth client's)
    assert column_hints(["Product Name", "Last Name"]) == {}


@pytest.mark.parametrize("value, ok", [
    ("Electro Istmo", False), ("Distribuidora Chiriquí", False), ("Ana Pérez", True),
])
def test_a_marketplaces_seller_that_is_a_business_is_no_person(value, ok):
    assert (value_hint("Seller_Name", value, 0, len(value), "field_name") is not None) is ok


@pytest.mark.parametrize("line, expected", [
    ("[2024-11-14 10:00:10,026] INFO orders.views: سفارش 41022009 ثبت شد | مشتری: نرگس اسماعیل‌پور | "
     "مبلغ: 1,210,000 ریال | تلفن: 0911-554-7720", [("PERSON", "نرگس اسماعیل‌پور"), ("PHONE_NUMBER", "0911-554-7720")]),
    ("2024-11-14 10:00:10 INFO Order 41022009 placed | Customer: Ana Lima | Amount: 12.00 | Phone: 0911-554-7720",
     [("PERSON", "Ana Lima"), ("PHONE_NUMBER", "0911-554-7720")]),
    # a person's note with pipes is no logger's record; a status is no one's
    ("Met Ana Lima | Customer: Ana Lima | Phone: 0911-554-7720", []),
    ("2024-11-14 10:00:10 INFO sync | Status: done | Customer: none", []),
])
def test_a_loggers_labelled_parts_apart_by_pipes_by_their_labels(line, expected):
    assert [h for h in _hints(line) if h[0] in ("PERSON", "PHONE_NUMBER")] == expected


_RULES = ("source_", "teamspeak_", "pgbouncer_", "zigbee_", "nios_", "murmur_")


def _product_hints(line):
    return [(h.entity_type, line[h.start:h.end]) for h in analyze_structure(line, None).hints
            if h.recognizer.startswith(_RULES)]


@pytest.mark.parametrize("line, expected", [
    # a Source engine game server's players: a name a person's, a handle a login, the Steam id a login
    ('L 03/05/2024 - 22:25:26: "Rosa Piwa<126><[U:1:1478144059]><Red>" say_team "moning olgeta!"',
     [("PERSON", "Rosa Piwa"), ("USERNAME", "[U:1:1478144059]")]),
    ('L 03/05/2024 - 21:41:52: "theresa_pg<94><[U:1:1187102086]><Blue>" killed "Serah T.<105><STEAM_0:1:4413>'
     '<Red>" with "obj_sentrygun2"',
     [("USERNAME", "theresa_pg"), ("USERNAME", "[U:1:1187102086]"), ("PERSON", "Serah T."),
      ("USERNAME", "STEAM_0:1:4413")]),
    ('L 03/05/2024 - 21:41:52: "Heavy<5><BOT><Blue>" killed "Console<0><Console><>"', []),  # no one
    # a TeamSpeak 3 server's clients, and who kicked whom
    ("2024-03-05 07:45:01.188854|INFO    |VirtualServerBase|1  |client connected 'Rosa Piwa'(id:12) from "
     "124.240.7.9:58101", [("PERSON", "Rosa Piwa")]),
    ("2024-03-05 08:01:22.100854|INFO    |VirtualServer |1  |client 'tohiana848'(id:550) kicked client "
     "'Lino T.'(id:553) from channel 'Music'(id:37) reason 'invokerid=3 invokername=ManusBoi12 invokeruid=x='",
     [("USERNAME", "tohiana848"), ("PERSON", "Lino T."), ("USERNAME", "ManusBoi12")]),
    ("2024-03-05 08:01:22.100854|INFO    |VirtualServer |1  |query client connected 'serveradmin from "
     "127.0.0.1:52173'(id:2)", []),
    ("2024-03-05 08:01:22.100854|INFO    |VirtualServer |1  |channel 'Music'(id:37) created", []),
    # a Mumble server's users: a name a person's, a handle a login (the session and the registered id are no one's)
    ("<W>2024-03-04 08:54:49.697 1 => <7:Antti Laine(-1)> Moved Antti Laine:7(-1) to Support L2 (vana)[6:0]",
     [("PERSON", "Antti Laine"), ("PERSON", "Antti Laine")]),
    ("<W>2024-03-04 08:53:08.723 1 => <4:xkristjanx(1)> Changed speak-state of Žygimantas Butkus:3(-1) (0 0 0 0)",
     [("USERNAME", "xkristjanx"), ("PERSON", "Žygimantas Butkus")]),
    ('<W>2024-03-04 07:06:25.475 1 => "Johanna:1(24)" is no longer listening to "Pasitarimai[9:0]"', [("PERSON", "Johanna")]),
    ("<W>2024-03-04 08:54:48.684 1 => <0:(-1)> New connection: 10.0.0.5:56535", []),  # (no one yet)
    # PgBouncer's connection's login (its admin console's account is no one's: known.SYSTEM_ACCOUNTS)
    ("2024-03-05 10:02:11.832 +10 [2747] LOG C-0x55d539e8243a: payroll/akonia@10.20.4.106:45594 login attempt: "
     "db=payroll user=akonia tls=no", [("USERNAME", "akonia")]),
    ("2024-03-05 10:02:11.832 +10 [2747] LOG stats: 12 xacts/s, 0x55d539e8243a: in 100 B/s", []),
    ("2024-03-05 10:02:11.832 +10 [1600] LOG C-0x55d41c70c345: (nodb)/(nouser)@193.32.82.217:57073 closing", []),
    # an Infoblox NIOS audit record's admin
    ("2024-03-04T20:35:37+10:00 daemon ib-gm01.nrl.gov.pg httpd: 2024-03-04 20:35:37.545Z [priscilla.kiriong]: "
     "Modified FixedAddress 10.20.5.148 network_view=default", [("USERNAME", "priscilla.kiriong")]),
    # Zigbee2MQTT's devices by their IEEE addresses; not the network's PAN id, not elsewhere
    ("Zigbee2MQTT:info  2024-03-05 20:38:18: Verandah temp (0x000d6f0084fae088): SNZB-02 - SONOFF sensor",
     [("HARDWARE_ID", "0x000d6f0084fae088")]),
    ('Zigbee2MQTT:debug 2024-03-05 20:38:18: network: {"channel":15,"extended_pan_id":"0xdddddddddddddddd"}', []),
    ("kernel: frame at 0x000d6f0084fae088 freed", []),
])
def test_game_voice_pooler_and_zigbee_logs_name_their_users_and_devices(line, expected):
    assert _product_hints(line) == expected


def test_a_source_engine_kills_positions_are_no_phones():
    line = ('L 03/05/2024 - 22:25:26: "Rosa<126><[U:1:1478144059]><Red>" killed "Ben<12><[U:1:14781440]><Blue>" '
            'with "scattergun" (attacker_position "2134 -970 228") (victim_position "557 951 -72")')
    sups = [line[x.start:x.end] for x in analyze_structure(line, None).suppressions if "PHONE_NUMBER" in x.entity_types]
    assert sups == ["2134 -970 228", "557 951 -72"]


def test_pgbouncers_own_account_is_a_system_account():
    from piiscan.detect.known import SYSTEM_ACCOUNTS

    assert "pgbouncer" in SYSTEM_ACCOUNTS  # (its admin console's: 'pgbouncer/pgbouncer@unix(7730):6432')


def test_an_sms_gateways_parties_are_numbers_in_e164_without_plus():
    # Infobip's SMS logs: {"to": "211957617819"}: a valid mobile's number; an order's id is none
    assert value_hint("to", "211957617819", 0, 12, "x").entity_type == "PHONE_NUMBER"
    assert value_hint("messageId", "211957617819", 0, 12, "x") is None
    assert value_hint("to", "100000000001", 0, 12, "x") is None
    assert value_hint("to", "2024-11-29", 0, 10, "x") is None


@pytest.mark.parametrize("header, expected", [
    # a label in two languages, spaced: what the one it knows says
    ("Naran Primeiru / Primeiro Nome", "PERSON"),
    ("Numeru Telefone / Telefone", "PHONE_NUMBER"),
    ("Data Moris / Data de Nascimento", None),
    ("Naran / Name", None),  # (as bare as 'Name')
    ("storedBy", "USERNAME"),  # a health record's data clerk (DHIS2's)
    ("completedBy", "USERNAME"),
])
def test_bilingual_labels_and_clerks(header, expected):
    assert type_for_name(header) == expected


def test_odk_centrals_columns_go_by_their_questions_names():
    header = ["SubmissionDate", "hogar-municipio", "respondente-nombre", "respondente-telefono", "meta-instanceID",
              "KEY", "SubmitterID", "SubmitterName"]
    hints = column_hints(header)
    assert hints[1] == "municipio" and 2 not in hints and 3 not in hints  # (a respondent's name and phone say themselves)
    assert type_for_name("hogar-municipio") is None  # (alone: a '-' joins one name's words, 'product-name')
    assert column_hints(["order-id", "product-name", "sku"]) == {}


def test_a_pairs_label_is_no_prose():
    assert is_label_field("attributes[9].fieldname")


def test_an_mdms_group_is_a_label():
    assert is_label_field("Group") and is_label_field("Device Group") and not is_label_field("Group Leader")


@pytest.mark.parametrize("value", ["Domicilio conocido", "Sin número", "S/N"])
def test_an_address_placeholder_is_no_place(value):
    # Mexico's address where a village has no streets: its place is in its own column
    assert value_hint("direccion", value, 0, len(value), "x") is None
    assert value_hint("direccion", "Av. General Utrilla 47", 0, 22, "x").entity_type == "LOCATION"


@pytest.mark.parametrize("line, expected", [
    # an IRC client's log of a channel's events: the nicks, the ident (a login)
    ("[19:18] * Joins: Khairul_afk (~khairul@125.167.180.82)", [("USERNAME", "Khairul_afk"), ("USERNAME", "khairul")]),
    ("[19:27] * Mohd_afk is now known as Mohd", [("USERNAME", "Mohd_afk"), ("PERSON", "Mohd")]),
    ("[20:01] * Set by Siti on Fri Mar 01 10:00:00", [("PERSON", "Siti")]),
    ("12:01 -!- marthnit [~marthnit@112.215.37.51] has joined #bantuan",
     [("USERNAME", "marthnit"), ("USERNAME", "marthnit")]),
    ("[20:01] * ChanServ sets mode: +o Siti", []),
    ("[20:01] <siti> * Joins: x", []),  # (a message that quotes one)
])
def test_an_irc_logs_channel_events_name_their_nicks(line, expected):
    assert [(h.entity_type, line[h.start:h.end]) for h in analyze_structure(line, None).hints
            if h.recognizer == "irc_event"] == expected


def test_androids_sms_table_row_keeps_its_carrier_and_app_apart():
    line = ("Row: 3 _id=4, thread_id=2, address=+6281234567890, person=NULL, body=Halo kak, "
            "service_center=+6281100000, locked=0, creator=com.google.android.apps.messaging, seen=1")
    s = analyze_structure(line, None)
    assert [line[x.start:x.end] for x in s.suppressions if "PHONE_NUMBER" in x.entity_types] == ["+6281100000"]
    assert not any(line[h.start:h.end].startswith("com.") for h in s.hints)
    assert ("PHONE_NUMBER", "+6281234567890") in [(h.entity_type, line[h.start:h.end]) for h in s.hints]
    line = "Row: 107 _id=1308, thread_id=36, address=082287930545, person=NULL, date=1705152118933, body=ok"
    assert ("PHONE_NUMBER", "082287930545") in _hints(line)
    assert _hints("Row: 2 _id=3, thread_id=1, address=BRI, person=NULL, body=Kode OTP 1234") == []  # a sender's name
    assert value_hint("creator", "jdoe", 0, 4, "x") is not None


@pytest.mark.parametrize("header, expected", [
    ("Nomor seri perangkat", "SERIAL_NUMBER"),  # Indonesian's serial of a device, head first
    ("No seri laptop", "SERIAL_NUMBER"),
    ("Nama lengkap pelapor", "PERSON"),  # the reporter's full name
    ("Nama siswa", "PERSON"),
    ("Nama perangkat", None),  # a device's name: no person's
    ("Nomor seri", "SERIAL_NUMBER"),
])
def test_indonesian_forms_columns(header, expected):
    assert type_for_name(header) == expected


@pytest.mark.parametrize("line, expected", [
    # a switch's state in a log line's payload is no province; a place beside it still is
    ("Zigbee2MQTT:info  2024-03-05 20:38:18: MQTT publish: topic 'zigbee2mqtt/plug', payload "
     "'{\"current\":1.48,\"state\":\"ON\",\"voltage\":230}'", []),
    ('2024-03-05 20:38:18 INFO relay state=OFF device=12 retries=2', []),
    ('2024-03-05 20:38:18 INFO order {"state":"ON","city":"Toronto"}', [("LOCATION", "Toronto")]),
    ('2024-03-05 20:38:18 INFO ota {"latest_version":5878,"state":"idle"}', []),  # a device's state
    ('2024-03-05 20:38:18 INFO set {"state":"TOGGLE"}', []),
    ('2024-03-05 20:38:18 INFO order {"state":"NSW","city":"Sydney"}', [("LOCATION", "NSW"), ("LOCATION", "Sydney")]),
    ('2024-03-05 20:38:18 INFO order {"state":"Ontario","city":"Toronto"}', [("LOCATION", "Ontario"), ("LOCATION", "Toronto")]),
])
def test_a_switchs_state_in_a_log_line_is_no_region(line, expected):
    assert [(h.entity_type, line[h.start:h.end]) for h in analyze_structure(line, None).hints
            if h.entity_type == "LOCATION"] == expected


def test_south_sudans_payam_and_boma_beside_their_county():
    assert column_hints(["name", "county", "payam", "boma", "hh_size"]) == {2: "Sub-county", 3: "Village"}
    assert column_hints(["id", "payam", "sent_at"]) == {}  # (Persian's 'message')


@pytest.mark.parametrize("field, expected", [
    ("user.user_location.name", "LOCATION"),  # a reviewer's own place (Tripadvisor's)
    ("location.name", None), ("event.location.name", None),  # a shop's, an event's
])
def test_a_persons_place_objects_name(field, expected):
    assert type_for_name(field) == expected


def test_a_whatsapp_senders_dial_code_is_its_national_number():
    # Gupshup's sender: {"country_code": "62", "dial_code": "85355604200"}; a country list's '+62' is no phone
    assert value_hint("payload.sender.dial_code", "85355604200", 0, 11, "x").entity_type == "PHONE_NUMBER"
    assert value_hint("dial_code", "+62", 0, 3, "x") is None


def test_a_lines_query_adds_to_its_formats_hints():
    # a Cyrus line that also quotes a URL's query: both its mailbox's login and the query's
    line = ("Mar  3 01:45:03 mail01 imap[27760]: Expunged 10 messages from user.rmagdayaw on "
            "https://mail.example/?folder=inbox&user=jdoe")
    hints = _hints(line)
    assert ("USERNAME", "rmagdayaw") in hints and ("USERNAME", "jdoe") in hints


def test_a_records_number_after_its_kinds_letters_is_no_card():
    # Meta's leads download: 'l:4621706089389616' (Luhn-valid by chance) is a lead's id
    assert any("CREDIT_CARD" in s.entity_types for s in analyze_structure("l:4621706089389616", "id").suppressions)
    assert not any("CREDIT_CARD" in s.entity_types for s in analyze_structure("l:4621706089389616", "note").suppressions)


def test_an_sms_gateways_bracketed_items_give_the_partys_number():
    line = ("2024-11-18 00:08:20 INFO     1432 SMS-MT [cid:smart_smpp01] [queue-msgid:abb80382-9e95-4d44-a82a] "
            "[status:ESME_ROK] [from:SJLPAY] [to:9779880404010] [content:'Namaskar Bibek, Rs.1,500.00 received']")
    assert ("PHONE_NUMBER", "9779880404010") in _hints(line)
    assert not [h for h in _hints(line) if h[1] == "SJLPAY"]  # (a sender's id: a brand's)


def test_a_radius_packets_attributes_in_angle_brackets_by_their_names():
    line = ('[2024-11-18 06:01:08]:  info: ppp86: send [RADIUS(1) Access-Request id=1 <User-Name "ssyangtan41"> '
            '<NAS-Identifier "bras-bnw-01"> <NAS-Port 86> <NAS-Port-Id "ppp86"> <NAS-Port-Type Ethernet> '
            '<Calling-Station-Id "00:e0:fc:28:fa:d0"> <ADSL-Agent-Remote-Id "GPON52C2F146">]')
    s = analyze_structure(line, None)
    assert s.is_log_line  # (no NER: 'NAS-Port-Type Ethernet' is no person)
    assert {("USERNAME", "ssyangtan41"), ("SERIAL_NUMBER", "GPON52C2F146")} <= set(_hints(line))
    assert radius_attribute_hints("a <b> c <d e>") is None


def test_an_sms_gateways_message_id_is_no_card():
    line = ("2024-11-18 00:08:56 INFO 1432 SMS-MT [cid:ntc_smpp03] [smpp-msgid:501317771505917345] "
            "[status:ESME_ROK] [to:9779849230053] [content:'hi']")
    at = line.index("501317771505917345")
    assert any("CREDIT_CARD" in s.entity_types and s.start == at for s in analyze_structure(line, None).suppressions)


def test_an_xmpp_servers_own_lines_and_a_login_by_phone():
    line = ("2024-03-14 06:58:25 [info] <0.1058.0>@ejabberd_c2s:process_auth_result/3:272 (tls|<0.1058.0>) Accepted c2s "
            "SCRAM-SHA-1 authentication for 233245826799@chat.example.gh by sql backend from ::ffff:41.189.123.82")
    assert _hints(line) == [("PHONE_NUMBER", "233245826799")]  # (a chat service that logs in by phone)
    s = analyze_structure(line, None)
    at = line.index("233245826799@")
    assert any("EMAIL_ADDRESS" in sup.entity_types and sup.start <= at < sup.end for sup in s.suppressions)
    line = "[info] <0.1058.0>@ejabberd_c2s:bind/2:450 Opened c2s session for kwaku.fiagbe@chat.example.gh/gajim.77TKPRG2"
    assert _hints(line) == [("USERNAME", "kwaku.fiagbe")]
    at = line.index("gajim")
    assert any("USERNAME" in sup.entity_types and sup.start == at for sup in analyze_structure(line, None).suppressions)
    line = "Closing c2s session for 233245826799@chat.example.gh/app-android.da24d11ea92ac09e: Connection failed"
    assert _hints(line) == [("PHONE_NUMBER", "233245826799"), ("HARDWARE_ID", "da24d11ea92ac09e")]
    line = ("[notice] <0.1233.0> (tls|<0.1233.0>) Send XML on stream = <<\"<message to='kofi@chat.example.gh/"
            "app-ios.CD260487-D228-E7E7-7934-9BE38A7847BC' from='alumni@conference.chat.example.gh/Richmond Osei'>")
    assert _hints(line) == [("USERNAME", "kofi"), ("HARDWARE_ID", "CD260487-D228-E7E7-7934-9BE38A7847BC"),
                            ("PERSON", "Richmond Osei")]  # (a room's member by the nick they chose)
    assert _hints("Send the invoice to ama@gmail.com please") == []  # (no XMPP server's line: an address)
    assert _hints("report for 233245826799@example.gh") == []


def test_a_trackers_geocoded_address_beside_its_position():
    line = ("INFO: [Tbdae24c5] id: 868120044223201, time: 2024-11-25 05:58:57, lat: 6.66346, lon: -1.60142, "
            "speed: 34.8, course: 34.3, address: Asafo Market Road, Kumasi")
    assert ("LOCATION", "Asafo Market Road") in _hints(line) and ("LOCATION", "Kumasi") in _hints(line)
    assert _hints("server address: 10.0.0.1, lat: 5ms") == []  # (no position)
    assert _hints("lat: 6.66346, lon: -1.60142, address: 10.0.0.1") == []  # (no letter: no place)


def test_a_playsms_log_lines_user_and_its_messages_pairs():
    line = ("154.160.25.241 sms.example.gh 2024-11-18 07:48:26 PID673af14a9cc58 aakolgo L2 phonebook_add # uid:9 "
            "gpid:7 pid:15821 name:[Wumpini Issahaku] mobile:+233245826799 email: tags:[Savelugu]")
    assert _hints(line) == [("USERNAME", "aakolgo"), ("PERSON", "Wumpini Issahaku"), ("PHONE_NUMBER", "+233245826799")]
    line = "- - 2024-11-18 06:31:23 PID673adf3b1e336 - L2 recvsms_process # unhandled sender:233249347934 receiver:1945"
    assert _hints(line) == [("PHONE_NUMBER", "233249347934")]  # (no user yet; a short code is no one's phone)
    line = "41.66.214.136 sms.example.gh 2024-11-18 06:14:11 PID673adb33cd8db - L2 auth_validate_login # valid login u:aakolgo uid:9"
    assert _hints(line) == [("USERNAME", "aakolgo")]
    assert _hints("2024-11-18 06:14:11 worker # name:[Nightly Backup] u:3") == []  # (no playSMS line)


def test_google_contacts_numbered_parts_and_a_remote_support_tools_id():
    assert _hints("0815551427", "Phone 1 - Value") == [("PHONE_NUMBER", "0815551427")]
    assert _hints("Other", "Address 1 - Label") == [] and _hints("Mobile", "Phone 2 - Type") == []
    assert _hints("1227010748", "TeamViewer ID") == [("HARDWARE_ID", "1227010748")]
    assert _hints("975 942 658", "AnyDesk ID") == [("HARDWARE_ID", "975 942 658")]
    assert _hints("12345", "TeamViewer ID") == []
    assert _hints("Billed", "Billing state") == [] and _hints("Not billed", "Billing state") == []
    assert _hints("Limpopo", "Billing state") == [("LOCATION", "Limpopo")]


def test_a_deliverys_rider_and_an_addresss_first_line():
    line = ('[Dispatch] order=DWM-240314-00741 rider="Richmond Bayor" rider_phone=0534717362 '
            'dropoff="Chiana Road, Nania, Paga" customer="Kwame Acheampong"')
    hints = _hints(line)
    assert ("PERSON", "Richmond Bayor") in hints and ("PERSON", "Kwame Acheampong") in hints
    assert ("LOCATION", "Chiana Road, Nania, Paga") not in hints  # (a form's 'Drop-off or Collection' is a choice)
    line = 'added address label="Work" line1="House No. 87, Jackson Road" area="Abura" city="Cape Coast"'
    assert ("LOCATION", "Cape Coast") in _hints(line)
    assert _hints('job city="Cape Coast" status=ok') == []  # (a place alone in a log: a server's, by GeoIP)


def test_a_name_an_export_garbled_is_still_a_name():
    # UTF-8 read as Windows-1252 and written again (LinkedIn's data archive: 'OuÃ©draogo')
    assert _hints("LassanÃ© OuÃ©draogo", "FROM") == [("PERSON", "LassanÃ© OuÃ©draogo")]
    assert _hints("ZÃ©nabo KaborÃ©", "FROM") == [("PERSON", "ZÃ©nabo KaborÃ©")]  # (its '©' no decoration)
    assert _hints("Ã  bientÃ´t", "FROM") == []  # ('à bientôt': no name)
    assert _hints("🎧 Piotr Mazur", "FROM") == [("PERSON", "Piotr Mazur")]


def test_an_object_node_prints_a_property_a_line():
    assert _hints("    phone: '0261358028',") == [("PHONE_NUMBER", "0261358028")]
    assert _hints("    name: 'Mercy Tsikata',") == [("PERSON", "Mercy Tsikata")]
    assert _hints("    town: 'Keta',") == [("LOCATION", "Keta")]  # (an app's record, no GeoIP's pairs)
    assert _hints("  device_id: '4cea8960f8110d5f',") == [("HARDWARE_ID", "4cea8960f8110d5f")]
    assert _hints("  name: 'Node-RED flow',") == [] and _hints("  port: '1880',") == []
    assert _hints("town: 'Keta',") == []  # (no indent: a line of prose or of a form)


def test_a_contact_centers_record_its_own_number_a_recordings_key_and_a_service_address():
    # Amazon Connect's contact trace record: its own toll-free number is the business's, a recording's
    # 'Location' its key in a bucket; a service's address is the customer's home, a callback number theirs
    assert _hints("+18882672554", "SystemEndpoint.Address") == []
    assert _hints("+18762654692", "CustomerEndpoint.Address") == [("PHONE_NUMBER", "+18762654692")]
    assert _hints("bucket/connect/x/CallRecordings/2024/03/07/b7_20240307T23:15_UTC.wav", "Recording.Location") == []
    assert _hints("s3://bucket/x.wav", "location") == []
    assert _hints("Kingston 6", "location") == [("LOCATION", "Kingston 6")]
    assert _hints("Lot 835 Independence City, May Pen, Clarendon", "Attributes.serviceAddress") == [
        ("LOCATION", "Lot 835 Independence City, May Pen, Clarendon")]  # (the engine cuts it in its pieces)
    assert _hints("236-0509", "Attributes.callbackNumber") == [("PHONE_NUMBER", "236-0509")]
    assert _hints("Production Line 3", "Attributes.serviceName") == []  # (a service's name: no person's)


def test_who_signed_for_a_delivery_a_display_names_pronouns_and_an_unpronounceable_id():
    assert _hints("Joel Batista De los Santos", "recibido_por") == [("PERSON", "Joel Batista De los Santos")]
    assert _hints("Jamal (she/her)", "user.name") == [("PERSON", "Jamal")]
    assert _hints("Oshane he/him", "user.name") == [("PERSON", "Oshane")]
    assert _hints("she/her", "user.name") == []  # (pronouns alone: no name)
    assert _hints("9hclhr8hmjsyrnny", "userId") == []  # (Misskey's user id: a generated one)
    assert _hints("9kz5igpspbgouick", "user.id") == [] and _hints("9kz5igpspbgouick", "mentions.0") == []
    assert _hints("mrwhyte876", "userId") == [("USERNAME", "mrwhyte876")]


def test_a_device_inventorys_name_its_agents_id_its_logged_user_and_a_shipments_destination_state():
    header = ["ID", "Name", "IP Address", "MAC", "User Logged", "OS Name", "Serial Number", "KUID"]
    assert column_hints(header) == {1: "Device Name"}  # (Quest KACE's: 'Name' is the machine's)
    assert column_hints(["Name", "Email", "Phone", "Serial Number", "MAC"]) == {}  # (no system's column)
    assert _hints("LRM-RBATISTAP", "Device Name") == [("HOSTNAME", "LRM-RBATISTAP")]
    assert _hints("1328AF1A-3C20-4C0F-A282-11C3F731678F", "KUID") == [("HARDWARE_ID", "1328AF1A-3C20-4C0F-A282-11C3F731678F")]
    assert _hints("katherinesoriano", "User Logged") == [("USERNAME", "katherinesoriano")]
    assert _hints("Camagüey", "Destination State") == [("LOCATION", "Camagüey")]
    assert _hints("In transit", "Destination State") == []  # (a status)


def test_an_ipv4_address_stored_as_its_number_in_an_address_column():
    assert _hints("3358768628", "joinIp") == [("IP_ADDRESS", "3358768628")]  # (Oxwall's, INET_ATON's)
    assert _hints("12345", "joinIp") == [] and _hints("4294967296", "ip") == []  # (too small; past 32 bits)
    assert _hints("3358768628", "user_id") == []  # (an id's column: no address)


def test_a_fields_own_name_where_a_name_goes_is_no_ones():
    # a tracker's form in Tuleap's export: '<name>submitted_by</name>', '<name>severity</name>'
    for value in ("submitted_by", "telefono_contacto", "last_update_date", "severity"):
        assert _hints(value, "name") == []
    assert _hints("james_barnes", "name") == [("USERNAME", "james_barnes")]  # (a login's shape, no schema's words)


def test_a_shipments_origin_country_is_no_ones():
    assert _hints("PRI", "Origin Country") == [] and _hints("US", "origin_country_code") == []
    assert _hints("PRI", "Destination Country") == [("LOCATION", "PRI")]


def test_an_address_records_comma_pairs_give_its_places():
    line = ('Dirección incompleta en orden 48970 (commerceAddressId=86146): street1="del EBAIS 100 m oeste", '
            'city="San Isidro de El General", region="San José", zip="10139", country="Costa Rica"')
    hints = _hints(line)
    for place in ("San Isidro de El General", "San José", "10139", "Costa Rica"):
        assert ("LOCATION", place) in hints
    # without a street's (or a person's) key, a GeoIP's city is no one's
    assert [h for h in _hints('srcip=1.2.3.4, city="Heredia", region="San José", country="Costa Rica"')
            if h[0] == "LOCATION"] == []


def test_a_messages_state_in_lower_case_is_no_place():
    assert value_hint("msg.state", "sent", 0, 4, "region_field") is None
    assert value_hint("msg.state", "soft-bounced", 0, 12, "region_field") is None
    assert value_hint("state", "ca", 0, 2, "region_field") is not None  # (a code's)
    assert value_hint("state", "Ohio", 0, 4, "region_field") is not None


def test_survey_tools_columns_and_questions():
    # SurveyCTO's device metadata; Portuguese survey roles
    assert type_for_name("subscriberid") == type_for_name("simid") == "SERIAL_NUMBER"
    assert type_for_name("devicephonenum") == "PHONE_NUMBER"
    assert type_for_name("inquiridor_nome") == type_for_name("encuestador_nombre") == "PERSON"
    # a question in Portuguese, Spanish, French: where one is, a device's serial
    assert type_for_name("Em que ilha / cidade utiliza o serviço?") == "LOCATION"
    assert type_for_name("¿En qué ciudad vive?") == type_for_name("Dans quelle ville habitez-vous ?") == "LOCATION"
    assert type_for_name("Onde mora?") == "LOCATION"
    assert type_for_name("Qual o seu plano?") is None and type_for_name("Em que ano abriu o negócio?") is None
    assert type_for_name("Se teve problemas técnicos, indique o número de série (S/N) do equipamento") == "SERIAL_NUMBER"
    assert type_for_name("Indique o número de série do seu router, por favor") == "SERIAL_NUMBER"
    assert type_for_name("Qual o número de seriedade do pedido e outras coisas?") is None  # (a word's start only)
    # an IP scanner's French host column; its NetBIOS column is no BIOS' version
    assert type_for_name("Nom d'hôte") == "HOSTNAME"
    assert type_for_name("resp_tel_alt") == type_for_name("resp_tel_conf") == "PHONE_NUMBER"
    assert type_for_name("resp_idade") is None
    assert type_for_name("user_location") == type_for_name("user_from") == "LOCATION"  # (a forum member's profile)
    assert type_for_name("uname") == "USERNAME"  # (XOOPS' login)
    from piiscan.detect.structure import names_a_messages_party
    assert names_a_messages_party("msg.email") and not names_a_messages_party("user.email")  # (Mandrill's recipient)
    assert value_hint("address", "5026 8749", 0, 9, "json_member").entity_type == "PHONE_NUMBER"  # (an SMS's party)
    assert value_hint("address", "12 34", 0, 5, "json_member") is None or \
        value_hint("address", "12 34", 0, 5, "json_member").entity_type != "PHONE_NUMBER"
    assert is_label_field("Listing")  # (a rental's title: its own name, no one's)
    # a Qualtrics export's second row: the questions, typing the columns their names do not
    header = ["ResponseId", "Q4", "Q6", "Q8_1", "Q9"]
    questions = ["Response ID", "Em que ilha / cidade utiliza o serviço?", "Indique o número de série (S/N) do router",
                 "Os seus dados de contacto - Nome", "Qual o melhor horário?"]
    assert column_hints(header, questions) == {1: questions[1], 2: questions[2], 3: questions[3]}
    assert column_hints(header) == {}


def test_colloquys_transcript_names_its_members():
    line = ('<envelope><sender nickname="kota_eusebio" hostmask="~quassel@197.218.57.152">kota_eusebio</sender>'
            '<message id="618AA1E6" received="2024-03-10 11:56:11 +0100">kota_domingas: AT+CPIN? devolve READY?'
            '</message></envelope>')
    assert [h for h in _hints(line) if h[0] == "USERNAME"] == [
        ("USERNAME", "kota_eusebio"), ("USERNAME", "quassel"), ("USERNAME", "kota_eusebio"), ("USERNAME", "kota_domingas")]
    event = ('<event name="memberJoined"><message><span class="member">osvaldo_ngola</span> joined the chat room.'
             '</message><who hostmask="osvaldo@user/osvaldo_ngola">osvaldo_ngola</who></event>')
    assert sorted({h[1] for h in _hints(event) if h[0] == "USERNAME"}) == ["osvaldo", "osvaldo_ngola"]


def test_telepathy_loggers_xml_names_a_messages_sender():
    # (Empathy's log of an IRC room: the sender's id and name, the name capitalized no person's)
    line = ("<message time='20240312T06:09:56' id='nullptr' name='Nullptr' token='' isuser='false' "
            "type='normal'>hey, my MikroTik hAP lost config</message>")
    assert _hints(line) == [("USERNAME", "nullptr"), ("USERNAME", "Nullptr")]
    assert _hints("<message time='x' id='a@b.c/r' name='Ana' token='' isuser='false'>hi</message>") == []


def test_a_device_named_after_its_owner_is_their_host():
    # (a courier app's log: a bare 'device=' is its model as often; Syncthing's named devices)
    assert _hints('user=tinmaumm device="Galaxy A5 of Oo" app=MekongParcel/2.1.0') == [("HOSTNAME", "Galaxy A5 of Oo")]
    assert ("HOSTNAME", "iPhone 13") not in _hints('user=x device="iPhone 13" app=y')
    line = 'INFO: Device CHK5ZUL client is "syncthing v1.29.2" named "Galaxy A5 (Htet)" at 10.0.0.5:22000'
    assert ("HOSTNAME", "Galaxy A5 (Htet)") in _hints(line)


def test_a_wrike_comments_mention():
    text = '<a class="stream-user-id avatar" rel="@KUA42N7A">@Fiorella Quesada</a> el cliente me escribió'
    assert ("PERSON", "Fiorella Quesada") in _hints(text)
    assert _hints('<a class="nav-link" rel="x">@Home</a>') == []


def test_the_gulfs_and_haitis_address_columns_and_a_persons_name_in_a_language():
    # Oman's province, a governorate, Dubai's Makani number, a Kuwaiti house's number, a landmark, Kreyòl's quarter
    assert type_for_name("wilayat") == type_for_name("Governorate") == type_for_name("Makani No") == "LOCATION"
    assert type_for_name("house_no") == type_for_name("nearest_landmark") == type_for_name("quartye") == "LOCATION"
    # a contact's, a WhatsApp's, a wallet's number; Kreyòl's 'Nimewo'
    assert type_for_name("contact_no") == type_for_name("whatsapp_no") == type_for_name("numero_momo") == "PHONE_NUMBER"
    assert type_for_name("nimewo") == "PHONE_NUMBER"
    # a person's name in Arabic and in English beside it; not a bare 'name_en' (a product's as often)
    assert type_for_name("full_name_ar") == type_for_name("customer_name_en") == "PERSON"
    assert type_for_name("name_en") is None and type_for_name("product_name_ar") is None
    assert type_for_name("city_ar") == "LOCATION"


def test_a_php_arrays_pairs_and_a_mobile_money_partys_msisdn():
    def found(text):
        return [(h.entity_type, text[h.start:h.end]) for h in analyze_structure(text, None).hints]
    # var_export's quoted pairs and print_r's bracketed keys, in a log's context dump
    assert found("        'username' => 'waleed40',") == [("USERNAME", "waleed40")]
    assert found("        'city' => 'Birkat Al Mouz',") == [("LOCATION", "Birkat Al Mouz")]
    assert found("    [phone] => 92367399") == [("PHONE_NUMBER", "92367399")]
    assert found("        'status' => 'pending',") == []  # (a key that types nothing)
    # MTN MoMo's payer: its kind says its id is a mobile's number
    assert found('{"payer":{"partyIdType":"MSISDN","partyId":"2250553372691"}}') == [("PHONE_NUMBER", "2250553372691")]
    assert found('{"payer":{"partyIdType":"EMAIL","partyId":"ref-22505533"}}') == []


def test_an_hcards_formatted_name_and_an_accounts_unique_id():
    def found(text):
        return [(h.entity_type, text[h.start:h.end]) for h in analyze_structure(text, None).hints]
    # Google Voice's Takeout: the sender's hCard, its formatted name; 'Me' the archive's owner
    assert found('<cite class="sender vcard"><a class="tel" href="tel:+13476241906"><span class="fn">Ketly</span>') \
        == [("PERSON", "Ketly")]
    assert found('<span class="fn">Me</span>') == []
    # Backlog's user: its Nulab account's unique id is its login; a record's own 'uniqueId' is not
    assert type_for_name("assignee.nulabAccount.uniqueId") == "USERNAME"
    assert type_for_name("uniqueId") is None and type_for_name("order.uniqueId") is None


def test_a_bare_area_among_an_addresss_columns_and_a_qualifier_after_a_dash():
    from piiscan.detect.structure import column_hints

    header = ["Client ID", "First Name", "Address", "Apartment/Suite", "Area", "City", "State", "Post Code"]
    assert column_hints(header) == {4: "Neighbourhood"}
    assert column_hints(["id", "Area", "price"]) == {}  # (a size's, a region's: no address beside it)
    # Constant Contact's columns: the field, then whose ('Country - Home'); a Gulf toll-free line is no one's
    assert type_for_name("Country - Home") == type_for_name("Zip/Postal Code - Home") == "LOCATION"
    assert [h.entity_type for h in analyze_structure("620", "Zip/Postal Code - Home").hints] == ["LOCATION"]
    assert not analyze_structure("800 77 000", "Phone - work").hints and not analyze_structure("1 804 040", "Phone - work").hints
    assert [h.entity_type for h in analyze_structure("9912 3456", "Phone - work").hints] == ["PHONE_NUMBER"]


def test_ircclouds_joins_and_quits_their_nick_ident_and_host():
    def found(text):
        s = analyze_structure(text, None)
        return sorted((h.entity_type, text[h.start:h.end]) for h in s.hints), [x.entity_types for x in s.suppressions]
    hints, sups = found("[2024-05-12 07:58:45] → omar89 joined (~omar@client-78-100-102-200.ooredoo.qa)")
    assert hints == [("HOSTNAME", "client-78-100-102-200.ooredoo.qa"), ("USERNAME", "omar"), ("USERNAME", "omar89")]
    assert sups == [frozenset({"EMAIL_ADDRESS"})]  # (a hostmask, no address)
    hints, _ = found("[2024-05-15 19:40:20] → moza_bh joined (~moza@user/moza-bh)")
    assert hints == [("USERNAME", "moza"), ("USERNAME", "moza-bh"), ("USERNAME", "moza_bh")]  # (a cloak: the account)
    hints, _ = found("[2024-05-16 10:19:50] ⇐ rustaq_qais_ quit (~qais@94.101.66.147): Quit: Leaving")
    assert hints == [("USERNAME", "qais"), ("USERNAME", "rustaq_qais_")]  # (the address: the IP recognizers')
    assert found("[2024-05-12 07:58:03] → Joined channel #gulf-linux")[0] == []
    # Eggdrop's: the hostmask before what its user did
    hints, sups = found("[21:37:53] fritz_okap (~fritz@82.64.168.33) joined #lakou.")
    assert hints == [("USERNAME", "fritz"), ("USERNAME", "fritz_okap")] and sups == [frozenset({"EMAIL_ADDRESS"})]
    assert found("[21:37:53] <fritz_okap> mail me (fritz@gmail.com) please")[0] == []  # (a message, no event)


def test_a_device_inventorys_row_in_a_pipe_table():
    text = "KAB-LT65 | T2HMSRU | BA1987DF-1D86-FEC0-5A15-9CF4935CD558 | 5C:E9:31:DF:ED:F4 | nwade"
    found = sorted((h.entity_type, text[h.start:h.end]) for h in analyze_structure(text, None).hints)
    assert found == [("HARDWARE_ID", "BA1987DF-1D86-FEC0-5A15-9CF4935CD558"), ("SERIAL_NUMBER", "T2HMSRU"),
                     ("USERNAME", "nwade")]
    # without a MAC among its cells a table's row says nothing of its cells
    assert analyze_structure("Q3 | REVENUE | 2024 | growth", None).hints == () or \
        not analyze_structure("Q3 | REVENUE | 2024 | growth", None).hints
    text = "LUM-LT12 | 5CD696Q6B1 | actif | 3c:22:fb:12:34:56 | windows"
    assert sorted(h.entity_type for h in analyze_structure(text, None).hints) == ["SERIAL_NUMBER"]  # (states, systems)


def test_a_mumble_servers_channels_are_no_ones_names_or_places():
    line = "<W>2024-03-06 23:04:07.054 1 => <43:timo93(17)> Moved timo93:43(17) to Susitikimas 46[18:2]"
    sups = analyze_structure(line, None).suppressions
    assert [line[s.start:s.end] for s in sups if "PERSON" in s.entity_types] == ["Susitikimas 46"]
    assert not [s for s in analyze_structure("Moved to Susitikimas 46[18:2]", None).suppressions
                if "PERSON" in s.entity_types]  # (no server's line)


def test_an_nhibernate_statements_parameters_by_their_columns():
    line = ("2024-05-14 00:00:25,639 [26] DEBUG NHibernate.SQL [86.168.59.242] - INSERT INTO Beneficiaries (CustomerId, "
            "FullName, City, PayoutMethod) VALUES (@p0, @p1, @p2, @p3); select SCOPE_IDENTITY();@p0 = 161508 [Type: Int64 "
            "(0:0:0)], @p1 = 'Yuusuf Guleed' [Type: String (4000:0:0)], @p2 = 'Marka' [Type: String (4000:0:0)], "
            "@p3 = 'EVCPLUS' [Type: String (4000:0:0)]")
    assert _hints(line) == [("PERSON", "Yuusuf Guleed"), ("LOCATION", "Marka")]
    where = "SELECT c.Id FROM Customers c WHERE c.FullName=@p0;@p0 = 'Natnael Zewdu' [Type: String (4000:0:0)]"
    assert ("PERSON", "Natnael Zewdu") in _hints(where)


def test_an_irc_whois_reply_its_nick_its_ident_and_its_real_name():
    line = "INSERT INTO backlog VALUES(361,1,1024,8,1,NULL,'[Whois] mikiyasb is mikiyas@196.188.154.185 (Mikiyas Bikila)');"
    assert _hints(line) == [("USERNAME", "mikiyasb"), ("PERSON", "Mikiyas Bikila"), ("USERNAME", "mikiyas")]
    assert _hints("[Whois] mikiyasb is online via hargeisa.hornoss.net (HornOSS Hargeisa node).") == []


def test_a_chat_rooms_join_and_part_messages_name_the_member():
    from piiscan.detect.structure import room_event_hints

    text = "maris_k [maris@unaffiliated/maris_k] entered the room."
    assert [(h.entity_type, text[h.start:h.end]) for h in room_event_hints(text)] == [
        ("USERNAME", "maris_k"), ("USERNAME", "maris"), ("USERNAME", "maris_k")]
    text = "serg_nrv has left the room (Part: moikka)."
    assert [text[h.start:h.end] for h in room_event_hints(text)] == ["serg_nrv"]
    assert room_event_hints("Nobody has left the room yet, said the host.") == []  # (a sentence: no login's shape)


def test_prosodys_rows_its_rooms_and_its_value_types():
    from piiscan.detect.structure import sql_row_hint, sql_row_structure

    # (Prosody's SQL storage: a user's row, a room's row by its conference host, a key then its value's type)
    hint = sql_row_hint(["host", "user", "store", "key", "type", "value"])
    line = "INSERT INTO prosody VALUES('sarbon-tech.uz','jasur','lastlog2','login','json','{}');"
    assert [(h.entity_type, line[h.start:h.end]) for h in sql_row_structure(line, hint).hints] == [
        ("USERNAME", "jasur")]
    line = "INSERT INTO prosody VALUES('conference.sarbon-tech.uz','sotuv','config','x','json','{}');"
    assert sql_row_structure(line, hint).hints == ()
    line = "INSERT INTO wp_usermeta VALUES (12, 3, 'first_name', 'Anna');"  # (a key's value right after it)
    assert _hints(line) == [("PERSON", "Anna")]


@pytest.mark.parametrize(("text", "expected"), [
    # a search engine's query by its fields (Solr's request log, its parameters in braces; a Lucene parse error)
    ('path=/select params={q=full_name:"Karim+Khoury"&rows=10} hits=1', [("PERSON", "Karim+Khoury")]),
    ('path=/select params={q=imei:(353325112482702+OR+358917090353445)&rows=10} hits=1',
     [("HARDWARE_ID", "353325112482702"), ("HARDWARE_ID", "358917090353445")]),
    ('path=/select params={q=customer_phone:"0797533172"&fq=created_by:bsalar} hits=0',
     [("PHONE_NUMBER", "0797533172"), ("USERNAME", "bsalar")]),
    ('path=/select params={q=Omar+Salih&qf=full_name^3+phone&rows=20} hits=2', [("PERSON", "Omar+Salih")]),
    ("SyntaxError: Cannot parse 'full_name:\"Nour': Lexical error at line 1", [("PERSON", "Nour")]),
    ('path=/select params={q=status:returned&fq=city:Duhok} hits=0', []),  # (a status; a city's facet: no one's)
    ("| Android ID | f1bc2acd310c751e |", [("HARDWARE_ID", "f1bc2acd310c751e")]),  # a Markdown table's row
    ("| Owner | Dilovan Şêxo |", [("PERSON", "Dilovan Şêxo")]), ("| Status | Owner |", []),
])
def test_a_search_query_and_a_tables_row_type_their_values_by_their_fields(text, expected):
    assert sorted(_hints(text)) == sorted(expected)


def test_a_descriptions_markdown_table_types_its_rows():
    text = "Crash on login\n\n| Field | Value |\n|---|---|\n| IMEI | 357905776577776 |\n| Owner | Layan Qawasmi |\n"
    assert sorted(_hints(text, "fields.description.raw")) == [("HARDWARE_ID", "357905776577776"), ("PERSON", "Layan Qawasmi")]


def test_a_push_services_identifier_is_a_devices_push_token():
    header = ["id", "identifier", "session_count", "device_os", "device_type", "device_model", "external_user_id"]
    assert column_hints(header) == {1: "Push Token"}
    assert column_hints(["id", "identifier", "name"]) == {}  # (a record's identifier elsewhere)
    apns = "5a4f28974740501125746cd4047066349caf359ea3b6ae23248dd9d359cbe1fa"
    assert _hints(apns, "Push Token") == [("HARDWARE_ID", apns)]
    web = "https://fcm.googleapis.com/fcm/send/rHYoiFtKovW:APA91bipjdSzigskPBDriSROwe4IqSHZfHaaJEJL0ukwvxYbmIoHaxIxOPdxTPX50u"
    assert _hints(web, "Push Token") == [("HARDWARE_ID", web[web.rfind("/") + 1:])]
    assert _hints("tsnook", "external_user_id") == [("USERNAME", "tsnook")]


def test_a_call_tracking_tools_own_lines_are_no_ones():
    assert column_hints(["Name", "Phone Number", "Tracking Number", "Receiving Number"]) == {3: "Tracking Line"}
    assert column_hints(["Sender", "Receiving Number"]) == {}  # (a transfer's receiver's, alone)
    for field in ("Tracking Number", "Tracking Line"):
        st = analyze_structure("(506) 855-4012", field)
        assert any("PHONE_NUMBER" in s.entity_types for s in st.suppressions)


def test_a_firms_name_before_its_branch_is_no_ones_name():
    st = analyze_structure("Boréal Heat Pumps – Moncton", "Company")
    assert any("PERSON" in s.entity_types and s.start == 0 and s.end == len("Boréal Heat Pumps") for s in st.suppressions)
    st = analyze_structure("Platform Engineering (Funmilayo Ibrahim)", "Company")
    assert not any("PERSON" in s.entity_types for s in st.suppressions)


@pytest.mark.parametrize(("field", "expected"), [
    ("Ship To - Name", "PERSON"), ("Bill To - Name", "PERSON"), ("Store - Name", None),  # (ShipStation's)
    ("auth_event.actor_name", "PERSON"), ("To.0.Mailbox", "USERNAME"), ("Mailbox", None),  # (GoTrue's; MailHog's)
    ("caller/location_detail", "LOCATION"), ("external_user_id", "USERNAME"), ("push_token", "HARDWARE_ID"),
    ("reported_by", "USERNAME"),  # (Allura's and Trac's ticket's reporter by login)
    # a chatbot's slot by its name (Amazon Lex's conversation log)
    ("sessionState.intent.slots.MobileNumber.value.interpretedValue", "PHONE_NUMBER"),
    ("interpretations[0].intent.slots.FirstName.value.resolvedValues[0]", "PERSON"),
    ("sessionState.intent.slots.Village.value.originalValue", "LOCATION"), ("sessionState.intent.slots.Plan.value.originalValue", None),
])
def test_round_49s_field_names(field, expected):
    assert type_for_name(field) == expected


def test_a_chat_sessions_id_that_is_the_callers_number_is_a_phone():
    assert _hints("6799763580", "sessionId") == [("PHONE_NUMBER", "6799763580")]  # (Fiji's mobile, on WhatsApp)
    assert _hints("6797687348", "sessionState.sessionAttributes.waId") == [("PHONE_NUMBER", "6797687348")]
    assert _hints("a1b2c3d4-0000-4000-8000-000000000000", "sessionId") == []


@pytest.mark.parametrize("value", ["InProgress", "Fulfilled", "ReadyForFulfillment"])
def test_a_chatbots_intents_state_is_no_region(value):
    assert _hints(value, "sessionState.intent.state") == []


@pytest.mark.parametrize(("text", "field", "expected"), [
    # a shared vault's entry's owner after its service's name; a person's folder under the staff's; a caller id's
    # town and province where the carrier has no name
    ("Talabat – Rebwar", "Entry Title", [("PERSON", "Rebwar")]), ("Outlook.com - Evîn", "Entry Title", [("PERSON", "Evîn")]),
    ("Gmail – Shared", "Entry Title", []), ("Info mailbox", "Entry Title", []),
    ("Root/Staff/Kazhal Barzinji/Email", "Group", [("PERSON", "Kazhal Barzinji")]), ("Root/Shared", "Group", []),
    ("SHESHATSHIU    NL", "Name", [("LOCATION", "SHESHATSHIU"), ("LOCATION", "NL")]),
    ("DOUCET MONIQUE", "Name", [("PERSON", "DOUCET MONIQUE")]),
    ("Agnes", "sessionState.sessionAttributes.profileName", [("PERSON", "Agnes")]),  # (a chat's profile name)
    ("agnes_k", "profileName", [("USERNAME", "agnes_k")]),
    ("gallant88", "poster_name", [("USERNAME", "gallant88")]), ("Zoé Gallant", "poster_name", [("PERSON", "Zoé Gallant")]),
    ("Eva Nassak (Puvirnituq)", "name", [("PERSON", "Eva Nassak")]), ("Support (FR)", "name", []),  # (a note in brackets)
    ("w_zpslrrarykpl", "userId", []), ("w_smith", "userId", [("USERNAME", "w_smith")]),  # (BigBlueButton's own id)
    # staff by their role in a service's log: a login, or a name (round 49's unseen winston log)
    ("kpelletier", "technician", [("USERNAME", "kpelletier")]), ("Karine Pelletier", "technician", [("PERSON", "Karine Pelletier")]),
    ("wnassak", "handled_by", [("USERNAME", "wnassak")]), ("3", "techniciansCount", []),
])
def test_round_49s_cells(text, field, expected):
    assert _hints(text, field) == expected


@pytest.mark.parametrize(("line", "expected"), [
    # a client's folder on a firm's file server, its words joined by an underscore, in an FTP server's line
    ('[06] Mon 04Mar24 06:15:44 - (004213) Received file "D:\\Clients\\Simard_Julie\\Servitude.pdf" successfully',
     [("PERSON", "Simard_Julie")]),
    ("GET /api/clients/Acme_Corp/invoices", []), ("D:\\Clients\\Acme_Holdings\\x.pdf", []),  # (no folder word; a firm)
    ("D:\\Clients\\2024\\x.pdf", []),
])
def test_a_persons_folder_in_a_lines_path(line, expected):
    assert [h for h in _hints(line) if h[0] == "PERSON"] == expected


def test_a_persons_folder_in_a_fields_path():
    # (a value's path, '/' or '\\'; a line's only with '\\': an access log's every line has a '/')
    assert _hints("/srv/share/Customers/Maria Lopez/contract.pdf", "file_path") == [("PERSON", "Maria Lopez")]


def test_a_vaults_title_column_is_its_entrys_title():
    assert column_hints(["Group", "Title", "Username", "Password", "URL", "Notes"]) == {1: "Entry Title"}


def test_a_urls_towns_in_its_path_are_a_sites_sections():
    st = analyze_structure("https://www.pagesjaunes.ca/bus/Quebec/Quebec/Boreal-Thermopompes/7225530.html", "Referring URL")
    assert any("LOCATION" in s.entity_types for s in st.suppressions)
    url = "https://shop.example/checkout?city=Erbil&name=Aras+Omer"
    assert ("LOCATION", "Erbil") in _hints(url, "Landing Page")  # (its query's city by the parameter's name)
    st = analyze_structure("https://www.google.com/maps/place/12+Main+St,+Springfield", "link")
    assert not any("LOCATION" in s.entity_types for s in st.suppressions)  # (a map's place)


def test_an_irc_users_hostmask_wherever_a_server_logs_it():
    def found(text):
        s = analyze_structure(text, None)
        return sorted((h.entity_type, text[h.start:h.end]) for h in s.hints), s.suppressions

    # the protocol's prefix, 'nick!ident@host': an oper's in a ban, a user's in a filter's hit
    text = ("[2024-01-02T03:04:05.000Z] tkl.TKL_ADD [info] G-Line added: '*@203.0.113.9' [reason: spam] "
            "[by: Nadia^op!~nadiak@ppp-110-77-1-2.revip.asianet.co.th] [duration: 7d]")
    hints, sups = found(text)
    assert hints == [("HOSTNAME", "ppp-110-77-1-2.revip.asianet.co.th"), ("USERNAME", "Nadia^op"), ("USERNAME", "nadiak")]
    assert any("EMAIL_ADDRESS" in s.entity_types and text[s.start:s.end] == "~nadiak@ppp-110-77-1-2.revip.asianet.co.th"
               for s in sups)
    # a nick with its hostmask after it: UnrealIRCd's connect line, the services account it is logged in to; the
    # address in a line's name at its ISP is the name's, not an address of its own
    text = ("Client connecting: Teo_w|afk (teow@26.210.19.42.broad.example-cable.com.hk) [42.19.210.26] "
            "[secure: TLSv1.3] [account: teo.w]")
    hints, sups = found(text)
    assert hints == [("HOSTNAME", "26.210.19.42.broad.example-cable.com.hk"), ("USERNAME", "Teo_w|afk"),
                     ("USERNAME", "teo.w"), ("USERNAME", "teow")]
    assert any("IP_ADDRESS" in s.entity_types and text[s.start:s.end] == "26.210.19.42.broad.example-cable.com.hk"
               for s in sups)
    # a nick change: the new nick too; a subscriber's line whose first label looks like a server role ('node-')
    hints, _ = found("Rafa (~rafa@node-12ab.pool-171-96.dynamic.example.net) has changed their nickname to Rafa|zzz")
    assert hints == [("HOSTNAME", "node-12ab.pool-171-96.dynamic.example.net"), ("USERNAME", "Rafa"),
                     ("USERNAME", "Rafa|zzz"), ("USERNAME", "rafa")]
    # an address without the ident's '~' in brackets is someone's mailbox unless the line says an IRC event
    assert found("Please write to Ana (ana@example.com) by Friday")[0] == []
    assert found("contact: Ana <ana@example.com> - hi!")[0] == []
    # a network's service by its nick is no one's; an address or a cloak as the host is no host name
    assert found(":NickServ!NickServ@services.example.net NOTICE x :hello")[0] == []
    assert found("quit: kofi!~kofi@2001:db8::5 (Ping timeout)")[0] == [("USERNAME", "kofi"), ("USERNAME", "kofi")]
    # without the ident's '~' a prefix needs what IRC puts after it: a command, an event
    assert found(":kwame_a!kwame@dsl-197-255-1-2.example.gh PRIVMSG #ghana :hi")[0] == [
        ("HOSTNAME", "dsl-197-255-1-2.example.gh"), ("USERNAME", "kwame"), ("USERNAME", "kwame_a")]
    assert found("Hi!bob@example.com")[0] == [] and found("Thanks!ana@example.org see you")[0] == []
    assert ("USERNAME", "walshe") in found("Flood blocked (knock-flood) from Walshe!walshe@host86-150-240-137.range86-150"
                                          ".btcentralplus.com [86.150.240.137]")[0]
    assert ("USERNAME", "aicham") in found("[by: Aicha_m!aicham@235.215.231.197.adsl.mauritel.mr] [duration: 1h]")[0]
    # an ident a client sets for everyone or a gateway generates is no one's login
    assert found("-!- nana (~uid48213@id-48213.example.irccloud.com) has joined #ghana")[0] == [
        ("HOSTNAME", "id-48213.example.irccloud.com"), ("USERNAME", "nana")]


def test_3proxys_log_its_login_after_the_service_and_its_error_code():
    line = ("20-05-2024 07:58:13 +0000 PROXY.3128 00000 wongsawats 10.66.3.52:57938 10.10.0.21:80 3206 542136 0 "
            "GET http://intranet.local/ HTTP/1.1")
    assert ("USERNAME", "wongsawats") in _hints(line)
    # its default format's time; a SOCKS service; an IPv6 client in brackets; no login: '-'
    assert ("USERNAME", "ana.m") in _hints("240520075803.123 SOCKS.1080 00000 ana.m [2001:db8::7]:51000 198.51.100.4:443 "
                                           "0 0 0 CONNECT_198.51.100.4:443")
    assert not [h for h in _hints("240520075803.123 PROXY.3128 00000 - 10.1.2.3:5000 198.51.100.4:443 0 0 0 GET x")
                if h[0] == "USERNAME"]


def test_a_search_for_a_customer_by_phone_in_a_url():
    line = "GET http://crm.example.local/customers/search?q=%2B222+20+12+20+36&page=1 HTTP/1.1"
    assert ("PHONE_NUMBER", "%2B222+20+12+20+36") in _hints(line)
    # not a number on a path that lists no people, nor an order's number in a customer search
    assert not [h for h in _hints("GET http://shop.example/products/search?q=%2B222+20+12+20+36 HTTP/1.1")
                if h[0] == "PHONE_NUMBER"]
    assert not [h for h in _hints("GET http://crm.example.local/customers/search?q=ORD-2024-0001 HTTP/1.1")
                if h[0] == "PHONE_NUMBER"]


def test_an_mqtt_clients_id_its_devices_imei_or_android_id():
    line = ("2024-07-15T12:00:00.123456+00:00 [debug] clientid: tracker_356938035643809, msg: mqtt_packet_received, "
            "peername: 198.51.100.7:40112, packet: CONNECT(Q0, R0, D0, ClientId=rider_app_7616e3e88b7161b2, ProtoName=MQTT)")
    assert [h for h in _hints(line) if h[0] == "HARDWARE_ID"] == [("HARDWARE_ID", "356938035643809"),
                                                                ("HARDWARE_ID", "7616e3e88b7161b2")]
    # a number that fails Luhn's check is no IMEI; a library's random id no device's
    assert not [h for h in _hints("clientid: tracker_356938035643800, msg: x") if h[0] == "HARDWARE_ID"]
    assert not [h for h in _hints("clientid: mqttjs_7616e3e88b7161b2, msg: x") if h[0] == "HARDWARE_ID"]


def test_a_factorio_servers_players_by_their_names():
    def found(text):
        s = analyze_structure(text, None)
        return [text[h.start:h.end] for h in s.hints], [text[x.start:x.end] for x in s.suppressions]

    assert found("2024-04-06 11:43:30 [LEAVE] YoussefHas left the game") == (["YoussefHas"], ["YoussefHas"])
    assert found("2024-04-06 13:07:30 [BAN] DavidCla was banned by Kelvin86. Reason: griefing.")[0] == [
        "DavidCla", "Kelvin86"]
    assert found("2024-04-06 11:54:30 [CHAT] KaLee: send the plates please")[0] == ["KaLee"]
    assert found("  12.345 Info ServerMultiplayerManager.cpp:715: Received peer info for peer(142) "
                 "username(mariem_m).")[0] == ["mariem_m"]
    assert found("2024-04-06 12:59:25 [PROMOTE] JohnMil was promoted to admin by <server>.")[0] == ["JohnMil"]
    assert found("2024-04-06 12:59:25 [INFO] Server started")[0] == []


def test_an_openhab_items_states_by_the_items_name():
    from piiscan.detect.structure import openhab_item_hints

    def found(message):
        text = "2024-02-26 00:03:29.414 [INFO ] [openhab.event.ItemStateChangedEvent ] - " + message
        return [(h.entity_type, text[h.start:h.end]) for h in openhab_item_hints(text)]

    assert found("Item 'Room6_Guest_Country' changed from NULL to Venezuela") == [("LOCATION", "Venezuela")]
    assert found("Item 'Telegram_LastUsername' changed from kanokwan68 to john_mill") == [
        ("USERNAME", "kanokwan68"), ("USERNAME", "john_mill")]
    assert found("Item 'Staff_OnDuty_Phone' received command 0919451990") == [("PHONE_NUMBER", "0919451990")]
    # (its last word says what the item holds: a guest's phone's host name is no phone number)
    assert found("Item 'Room6_Guest_Phone_Host' changed from NULL to DESKTOP-FN5T4SN") == [("HOSTNAME", "DESKTOP-FN5T4SN")]
    assert found("Item 'Room2_Temperature' changed from 26.7 °C to 26.9 °C") == []
    assert found("Item 'Room6_Booking_Ref' changed from NULL to BK-2024-04-00808") == []


def test_an_orms_bound_parameters_by_their_columns():
    from piiscan.detect.structure import orm_parameter_hints

    def found(line):
        return [(h.entity_type, line[h.start:h.end]) for h in orm_parameter_hints(line)]

    insert = ('query: INSERT INTO "orders"("id", "code", "recipient_name", "recipient_phone", "created_at") '
              'VALUES ($1, $2, $3, $4, DEFAULT) RETURNING "created_at" -- PARAMETERS: '
              '["088f40e9-b0a5-4c96-aed9-9f1694265855","XP-VN-250304-00022","Cao Minh Nhật","+84568317690"]')
    assert found(insert) == [("PERSON", "Cao Minh Nhật"), ("PHONE_NUMBER", "+84568317690")]
    update = ('query: UPDATE "users" SET "full_name" = $2, "updated_at" = CURRENT_TIMESTAMP WHERE "id" IN ($1) '
              '-- PARAMETERS: ["a2b7a5d9-5dd1-4f86-85f7-83cc1babdacf","Ikenna Ugwu"]')
    assert found(update) == [("PERSON", "Ikenna Ugwu")]
    # MySQL's placeholders in order; a number or a nested value is no string of its own
    mysql = ('query: SELECT * FROM `users` WHERE `login_count` > ? AND `phone` = ? -- PARAMETERS: '
             '[3,"+2347017573962"]')
    assert found(mysql) == [("PHONE_NUMBER", "+2347017573962")]
    assert found('query: SELECT 1 WHERE "code" = $1 -- PARAMETERS: ["XP-NG-1"]') == []
    assert found("query: SELECT 1 -- PARAMETERS: [") == []
    # Sequelize's, its values after the statement (round 54)
    sequelize = ('Executing (default): UPDATE "customers" SET "phone"=$1,"street"=$2,"postcode"=$3,"city"=$4,'
                 '"updated_at"=$5 WHERE "id" = $6; "+420773095270", "Husova 12", "301 00", "Plzeň", '
                 '"2024-03-05T07:44:27.296Z", 84183')
    assert [kind for kind, _ in found(sequelize)] == ["PHONE_NUMBER", "LOCATION", "LOCATION", "LOCATION"]
    assert found("Executing (default): SELECT 1+1 AS result") == []
    assert found('Executing (default): SELECT * FROM "t" WHERE "code" = $1; "XP-1"') == []


def test_whatsapps_addresses_are_phones_and_groups_no_ones():
    def found(text):
        s = analyze_structure(text, None)
        return ([(h.entity_type, text[h.start:h.end]) for h in s.hints],
                sorted({text[x.start:x.end] for x in s.suppressions if "EMAIL_ADDRESS" in x.entity_types}))

    assert found("no avatar found for 628215122289@s.whatsapp.net: info query returned status 404") == (
        [("PHONE_NUMBER", "628215122289")], ["628215122289@s.whatsapp.net"])
    assert found("device 628123456789:12@s.whatsapp.net connected") == (
        [("PHONE_NUMBER", "628123456789")], ["628123456789:12@s.whatsapp.net"])
    assert found("message to 120363025512348817@g.us sent") == ([], ["120363025512348817@g.us"])
    assert found("mail to ops@whatsapp.net.example.com") == ([], [])


def test_a_go_structs_fields_by_their_names():
    from piiscan.detect.structure import go_struct_hints

    def found(text):
        hints, sups = go_struct_hints(text)
        return [(h.entity_type, text[h.start:h.end]) for h in hints], [text[x.start:x.end] for x in sups]

    line = ('<= Message is config.Message{Text:"Ok boss", Channel:"120363025512348817@g.us", Username:"Liezel", '
            'UserID:"639217400083@s.whatsapp.net", Avatar:"", Account:"whatsapp.ofwkl", Event:""}')
    hints, sups = found(line)
    assert hints == [("PERSON", "Liezel")]  # (WhatsApp's sender by its display name; the bridge's account none)
    assert {"Channel", "Account", "Username"} <= set(sups)
    telegram = ('=> Receiving config.Message{Text:"hi", Channel:"-1001723456789", Username:"[telegram] <ekoh> ", '
                'UserID:"6099795629", Account:"telegram.ofwkl"}')
    assert found(telegram)[0] == [("USERNAME", "ekoh")]
    bridged = ('=> Receiving config.Message{Text:"hi", Username:"[whatsapp] <Kavitha a/p Raju> ", '
               'UserID:"60142620877@s.whatsapp.net"}')
    assert found(bridged)[0] == [("PERSON", "Kavitha a/p Raju")]
    assert found('config.Message{Text:"Hello there", Event:"join"}')[0] == []


def test_a_name_beside_a_persons_record_id_in_key_value_pairs():
    line = 'Shift started rider=b5bef598-c7ff-4ca7-b030-b36182b18fef name="Chiamaka Okafor" imei=352906792449250'
    assert ("PERSON", "Chiamaka Okafor") in _hints(line)
    # (beside no person's key, a bare 'name' is anything's)
    assert not [h for h in _hints('job=nightly-export name="Weekly Report" status=ok') if h[0] == "PERSON"]


@pytest.mark.parametrize(("value", "expected"), [
    ("WFH – Masaka Road, Ruharo, Mbarara", "Masaka Road, Ruharo, Mbarara"),
    ("Home office: Apt C10, Jacaranda Court", "Apt C10, Jacaranda Court"),
    ("Remote/home: Hse 16, Mpaka Road, Donholm", "Hse 16, Mpaka Road, Donholm"),
    ("Remote - EU", None), ("KLA-HQ-4F", None), ("DAR-MEETING-RM1", None), ("NBO-OFFICE-IT-STORE", None),
    ("US-CA", "US-CA"),  # (a region's code: no office's part)
])
def test_an_asset_registers_location_a_remote_workers_home_or_the_offices_code(value, expected):
    hint = value_hint("location", value, 0, len(value), "field_name")
    assert (hint and value[hint.start:hint.end]) == expected or hint is None and expected is None


@pytest.mark.parametrize(("field", "kind"), [
    ("staffName", "PERSON"), ("workerName", "PERSON"), ("loanOfficerName", "PERSON"), ("signatureText", "PERSON"),
    ("recipientsNames", "PERSON"), ("recipientsPhones", "PHONE_NUMBER"), ("destinationApartment", "LOCATION"),
    ("officesNames", None), ("seconds", None), ("workerId", None),
])
def test_a_couriers_and_a_lenders_columns(field, kind):
    assert type_for_name(field) == kind


def test_a_django_exports_text_of_a_site_is_the_firms():
    from piiscan.detect.structure import firms_site_field

    assert firms_site_field("warehouse_str") and firms_site_field("warehouse")
    assert not firms_site_field("region_str")


def test_an_sms_gateways_recipient_in_a_query():
    line = ("Request (file descriptor 5): GET http://sms.example.co.id/api/send.php?to=082291261972&text=Halo"
            "&sender=LSL-INFO HTTP/1.1")
    assert ("PHONE_NUMBER", "082291261972") in _hints(line)
    assert ("PHONE_NUMBER", "013-158+1298") in _hints("GET /api/sms/send?to=013-158+1298&text=Salam HTTP/1.1")
    # (a currency's or a report's end, and no SMS gateway's 'to')
    assert not [h for h in _hints("GET http://shop.example.com/convert?from=USD&to=0812345678 HTTP/1.1")
                if h[0] == "PHONE_NUMBER"]
    assert not [h for h in _hints("GET /sms/report?from=2024-11-01&to=2024-12-01 HTTP/1.1") if h[0] == "PHONE_NUMBER"]


def test_a_version_where_a_login_goes_is_no_ones():
    assert value_hint("agent", "2.4.7", 0, 5, "query_parameter") is None
    assert value_hint("agent", "v10.0.3", 0, 7, "query_parameter") is None
    assert value_hint("agent", "jdoe", 0, 4, "query_parameter").entity_type == "USERNAME"


def test_a_full_name_beside_a_phone_in_brackets_or_before_a_street_after_an_arrow():
    from piiscan.detect.structure import name_beside_contact_hints

    def found(text):
        return [text[h.start:h.end] for h in name_beside_contact_hints(text)]

    assert found("Order XP-1 assigned to rider 328cd1ba (Olamide Balogun, +2348031234567) eta=55m") == [
        "Olamide Balogun"]
    assert found("pickup 12 Awolowo Road, Ikoyi, Lagos -> Chinedu Eze, 23 Allen Avenue, Ikeja") == ["Chinedu Eze"]
    assert found("sync (Main Warehouse, 0800 123 456) done; route Lagos -> Abuja, 2 stops") == []
    assert found("(Olamide, +2348031234567)") == []  # (one word: no full name)


def test_a_user_objects_own_id_is_its_login_as_user_id_is():
    assert type_for_name("message.user.id") == type_for_name("user_id") == "USERNAME"
    assert value_hint("members.0.user.id", "rabiakhan", 0, 9, "field_name").entity_type == "USERNAME"
    # (a number or a UUID is a record's, no login; an order's id is no user's)
    assert value_hint("user.id", "12345", 0, 5, "field_name") is None
    assert value_hint("user.id", "c1f0a8e2-1111-2222-3333-444455556666", 0, 36, "field_name") is None
    assert type_for_name("order.id") is None


@pytest.mark.parametrize(("field", "kind"), [
    ("배송국가", "LOCATION"), ("주문자ID", "USERNAME"), ("회원아이디", "USERNAME"), ("수령인 휴대전화", "PHONE_NUMBER"),
    ("상품ID", None),  # (a product's id: no person's)
    ("custom_SerialNo", "SERIAL_NUMBER"), ("custom_IMEI", "HARDWARE_ID"), ("custom_fields", None),  # (phpIPAM's own)
    ("traits_name_first", "PERSON"), ("traits.name.last", "PERSON"),  # (Ory Kratos' traits, as a pair names them)
    ("http_request.headers.cf-ipcountry", "LOCATION"), ("X-AppEngine-City", "LOCATION"),  # (a CDN's GeoIP)
])
def test_korean_columns_phpipams_own_fields_an_identitys_traits_and_a_cdns_geoip(field, kind):
    assert type_for_name(field) == kind


@pytest.mark.parametrize(("value", "expected"), [
    ("윤성민", ("PERSON", "윤성민")), ("林俊傑", ("PERSON", "林俊傑")), ("井上恵", ("PERSON", "井上恵")),
    ("hsinyi96", ("USERNAME", "hsinyi96")), ("TSAI Chia-Ying", ("PERSON", "TSAI Chia-Ying")),
])
def test_an_owner_by_a_han_or_hangul_name_or_by_a_login(value, expected):
    hint = value_hint("owner", value, 0, len(value), "field_name")
    assert (hint.entity_type, value[hint.start:hint.end]) == expected


@pytest.mark.parametrize("value", ["Berlin", "USD"])
def test_a_routes_from_is_still_no_one(value):
    assert value_hint("from", value, 0, len(value), "field_name") is None


@pytest.mark.parametrize(("field", "value"), [("緊急連絡先 住所", "同上"), ("주문자ID", "비회원"), ("Address", "상동")])
def test_same_as_above_and_a_guest_are_no_values(field, value):
    assert value_hint(field, value, 0, len(value), "field_name") is None


@pytest.mark.parametrize("line, found", [
    # a log message's last label names a person, its value a full name (Radiator's debug log, round 57)
    ("Mon Nov 18 06:59:11 2024: DEBUG: GuestSQL got FULLNAME: Mele Taufa", [("PERSON", "Mele Taufa")]),
    ("Mon Nov 18 07:16:49 2024: DEBUG: LDAP got displayName: Fetu Tauiliili", [("PERSON", "Fetu Tauiliili")]),
    ("Mon Nov 18 07:16:49 2024: DEBUG: got Name: Wireless Access", []),  # (a bare 'Name': a thing's as often)
    ("Mon Nov 18 07:16:49 2024: DEBUG: LDAP got displayName: Helpdesk Team", []),  # (a team's)
    ("Mon Nov 18 07:16:49 2024: DEBUG: LDAP got displayName: fetu", []),  # (no full name)
])
def test_a_log_messages_last_label_names_a_person(line, found):
    assert _hints(line) == found


def test_h3c_comwares_dash_pairs_by_their_keys():
    line = ("%@3415%Nov 12 09:05:39:578 2024 HY-SZ-AC01 STAMGR/6/STAMGR_DOT1X_LOGIN_SUCC: -Username=zhulin.nj"
            "-UserMAC=f0b4-2982-f6aa-BSSID=5c1d-d98d-1761-SSID=HY-Staff-VLANID=20; A user passed 802.1X authentication")
    assert ("USERNAME", "zhulin.nj") in _hints(line)
    assert ("USERNAME", "chang.chiahao") in _hints(
        "SHELL/6/SHELL_CMD: -Line=vty0-IPAddr=10.0.8.29-User=chang.chiahao; Command is display version")
    assert not [h for h in _hints("SHELL/6/SHELL_CMD: -Line=vty0-Task=main; Command is display version")
                if h[0] == "USERNAME"]


@pytest.mark.parametrize("line, found", [
    # a portal's login that is its user's mobile, a Chinese app's nickname that is a name (round 58's logs)
    ("PORTAL/6/PORTAL_USER_LOGON_SUCCESS: -UserName=15785898774-IPAddr=172.30.14.60-IfName=Vlan-interface30",
     ("PHONE_NUMBER", "15785898774")),
    ("用户登录成功 uid=49634 username=lina_1990 nickname=李娜 ip=113.116.29.154", ("PERSON", "李娜")),
    ("STAMGR_DOT1X_LOGIN_SUCC: -Username=zhulin.nj@hy.local-UserMAC=f0b4-2982-f6aa; A user passed",
     ("USERNAME", "zhulin.nj@hy.local")),  # (a login and its private network's realm, no mail's address)
])
def test_a_login_that_is_a_phone_and_a_nickname_that_is_a_name(line, found):
    assert found in _hints(line)


def test_a_chat_logs_sender_by_its_handle_not_a_urls_from():
    # (round 58: Trillian's XML log, its values percent-encoded; a dashboard's 'from=now-6h' is a time)
    assert value_hint("from", "aimhof", 0, 6, "xml_attribute").entity_type == "USERNAME"
    assert value_hint("from_display", "Reto%20Gisler", 0, 13, "xml_attribute").entity_type == "PERSON"
    assert value_hint("from", "now-6h", 0, 6, "query_parameter") is None
    assert value_hint("from", "now-6h", 0, 6, "json_member") is None  # (a dashboard's range in its JSON)


def test_an_attachments_file_name_is_no_ones_name():
    assert _hints("IMG_4471.jpg", "attachments.name") == [] and _hints("BER_cert.pdf", "username") == []
    assert _hints("anna.smith", "username") == [("USERNAME", "anna.smith")]


def test_a_schools_guardian_and_phone_in_a_query_by_their_spanish_names():
    assert type_for_name("apoderado") == "PERSON" and type_for_name("fono") == "PHONE_NUMBER"


def test_a_numbers_kind_in_a_location_column_is_no_place():
    assert _hints("work", "location") == [] and _hints("home", "location") == []
    assert _hints("Galway", "location") == [("LOCATION", "Galway")]
