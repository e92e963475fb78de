"""Structure as context: access-log fields, URL query parameters and field names.

A regex cannot know that the third field of a combined log line is a user name, that
``?login=jdoe`` names a user, or that a column called ``full_name`` holds a person. The
structure can. This module turns structure into two things:

* *structural findings*: a whole value whose place says what it is (score 0.85–0.95);
* *suppressions*: regions where some entity types are known to be noise (IP- and
  phone-shaped version strings inside a user agent, digits in the timestamp).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from urllib.parse import unquote, unquote_plus

from ..config import ENTITY_TYPES
from ..normalize import is_coordinate
from .views import json_unescaped_view

# Apache/Nginx common and combined formats. The client field may be an X-Forwarded-For
# chain ("203.0.113.7, 10.0.0.2"); quoted fields may hold backslash-escaped quotes.
_COMBINED = re.compile(
    r"""
    ^(?:(?P<vhost>[^\s,\[]+)\s+)??          # Apache's vhost_combined: the site first
    (?P<client>[^\s,]+(?:,\s*[^\s,]+)*)       # client: IP, hostname or XFF chain
    \s+(?P<ident>\S+)                         # RFC 1413 identity, nearly always "-"
    \s+(?P<user>\S+)                          # authenticated user (%u), "-" when none
    \s+\[(?P<time>[^\]]*)\]                   # [10/Oct/2026:13:55:36 +0000]
    \s+"(?P<request>[^"\\]*(?:\\.[^"\\]*)*)"  # "GET /path?query HTTP/1.1", escapes allowed
    \s+(?P<status>\d{3}|-)                    # status code
    \s+(?P<bytes>\d+|-)                       # response size
    (?:\s+"(?P<referer>[^"\\]*(?:\\.[^"\\]*)*)"  # combined format adds referer...
       \s+"(?P<agent>[^"\\]*(?:\\.[^"\\]*)*)"    # ...and user agent (loops unrolled: fast)
    )?
    """,
    re.VERBOSE,
)

_ADDRESS_CHARS = re.compile(r"[0-9a-fA-F:.%\[\], ]+")  # a client field of addresses only
_CLIENT_ENTRY = re.compile(r"[^\s,]+")

# A URL's query in a line of text: from its '?' to the next blank or quote
_QUERY_IN_LINE = re.compile(r"\?[^\s\"'<>?]*=[^\s\"'<>]*")
# Solr's request log's parameters in braces ('params={q=full_name:"Nour"&rows=10}'), and a query Lucene could not
# parse, quoted in its error
_SOLR_PARAMS = re.compile(r"\bparams=\{(?P<form>[^{}\s]{1,2000})\}")
_LUCENE_ERROR = re.compile(r"Cannot parse '(?P<query>[^'\n]{1,300})'")
# name=value pairs in a query string (or a form body). Values end at & ; # space or quote.
# (CEF escapes a value's '=' as '\=': 'request=https://shop.example/search?q\=Jack+Thompson')
_QUERY_PARAM = re.compile(r"(?:(?<=[?&;])|^)(?P<name>[^=&;#\s\"\\]{1,64})\\?=(?P<value>[^&;#\s\"]*)")
# A CEF record's query string apart from its URL, as Imperva's SIEM log writes them:
# 'request=shop.example/admin/customers requestMethod=GET qstr=q\=Jack+Thompson'
_CEF_QUERY = re.compile(r"(?<=\sqstr=)[^\s]+")
_CEF_REQUEST = re.compile(r"(?<=\srequest=)[^\s]+")


@dataclass(frozen=True, slots=True)
class Hint:
    """A structural finding: the value at [start, end) is of this entity type."""

    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str


@dataclass(frozen=True, slots=True)
class Suppression:
    entity_types: frozenset[str]
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Structure:
    hints: tuple[Hint, ...] = ()
    suppressions: tuple[Suppression, ...] = ()
    is_log_line: bool = False  # a parsed access-log line: no NER on it
    # a machine's log record that quotes a person's message: NER reads it, and only it (see
    # quoted_messages); empty: NER reads the record whole, or not at all (a log record)
    ner_only_in: tuple[tuple[int, int], ...] = ()
    escaped: bool = False  # a dump's row whose strings escape their line ends ('Hi\\nall'): its view reads them


NO_STRUCTURE = Structure()
# A structured value that is the unspecified address and nothing else stands for none
_NO_ADDRESS = frozenset({"0.0.0.0", "::", "0:0:0:0:0:0:0:0"})
_NO_ADDRESS_STRUCTURE = Structure((), (Suppression(frozenset({"IP_ADDRESS"}), 0, 16),))  # (the longest: 15)

# Types whose look-alikes swarm in version strings, timestamps and byte counts.
NOISY = _NOISY = frozenset({"IP_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "SERIAL_NUMBER", "HARDWARE_ID"})

# --- field and parameter names -----------------------------------------------------------

# Normalized name (lower case, separators removed) -> entity type of the whole value.
_NAME_TYPES: dict[str, str] = {}
# Fields of geographic coordinates: a device's or a person's position, to a few metres at
# four decimals. Their values are numbers, so they get their own shape (_COORDINATES).
_COORDINATE_NAMES = frozenset({
    "lat", "latitude", "lon", "lng", "long", "longitude", "latlon", "latlng", "latlong",
    "geo", "geolocation", "geopoint", "coordinates", "coords", "gps", "gpslocation"})
# A coordinate's field named by a suffix: 'location_lat', 'pickupLng', 'geo.lon'
_COORDINATE_SUFFIX = re.compile(r"(?:[_\-\s.](?i:lat|lng|lon)|(?<=[a-z])(?:Lat|Lng|Lon))$")
_UUID = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
# An IPv4 or IPv6 address and nothing else
_IP_LITERAL = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}|\[?[0-9A-Fa-f:]*:[0-9A-Fa-f:.]+\]?")
# (registered below, normalize_name's, as a field's name is read)
_NAME_WORDS = {
    "USERNAME": "username user login userid uid remoteuser accountname account handle "
    # Korea's public-sector standard terms (eGovFrame's tables, abbreviated: 'MBER_ID', 'EMPLYR_ID', 'FRST_REGISTER_ID',
    # the first registrant's login, 'LAST_UPDUSR_ID'): a member's, an employee's, a writer's login
    "mberid emplyrid wrterid frstregisterid lastupdusrid registerid updusrid "
    "benutzerkennung anmeldename nutzername anwendername benutzerkonto "  # (German's login: 'Anmeldename')
    "uname "  # (XOOPS' member's login: 'xoops_users'.'uname')
    "logon "  # (Beehive Forum's member's login: 'USER'.'LOGON')
    "authid authenticatedid authenticateduserid userauthenticatedid "  # (Application Insights' signed-in user: its
    # 'context.user.authId', Log Analytics' 'user_AuthenticatedId': a login or an address, see value_hint)
    "ten_dang_nhap "  # (Vietnamese: the login's name, without its marks)
    "acct fqn inreplytoaccountacct "  # (a fediverse account, 'user@instance' for a remote one: Mastodon's, Pleroma's)
    "getuser ownerlogin "  # (Z-Push's request's user, 'getUser='; an inventory's owner's login)
    "userlogged loggedonuser loggeduser loggedinuser "  # (a device inventory's user logged on: Quest KACE's 'User Logged')
    "vclogin vcjabbername "  # (Mibew Messenger's operator's login and Jabber name)
    "screenname nick nickname loginname samaccountname customer agent "
    "agente "  # (Spanish's back office's agent by their login: 'agente=rhuancac')
    "who "  # (a chat log's message's sender by its nick: Instantbird's '"who":"jukka_v"')
    "tolist "  # (a message archive's addressees by their logins: WeCom's 'tolist'; a contact's opaque id is no login)
    "mentionname "  # (a chat's handle others mention: HipChat's sender.mention_name)
    "developeridentity "  # (the app's own key for its user: Branch's; a login, an address or a phone)
    "nameduser nameduserid "  # (Airship's named user: the app's own id of its user, a login or an address)
    # a device inventory's user of the machine, a directory's login
    "loggedinuser lastloggedonuser lastloggedinuser primaryuser currentuser lastuser assigneduser "
    "loginid "  # (Mattermost's audit's 'login_id': a login, or an address the e-mail recognizer finds)
    "shopperreference "  # (Adyen's: the shop's key for its shopper, a login or a number; a number is no one's)
    "lastloginname lastlogonname lastloginuser lastlogonuser "  # ConnectWise's 'Last Login Name'
    "userprincipalname upn userlogin profilename "  # a review site's profile name
    "usernicename nicename "  # (WordPress's 'user_nicename': the login as its URLs spell it)
    "watcher watchers "  # an issue tracker's (Jira's Watchers columns)
    "localuser localusers customeruserid "  # a Mac's local accounts (an MDM's 'Local Users'), AppsFlyer's customer_user_id
    "externaluserid "  # (a push service's app's own key for its user: OneSignal's 'external_user_id', a login or a number)
    "reportedby "  # (a tracker's ticket's reporter by login: Allura's and Trac's 'reported_by'; a full name is a person's)
    "nazwauzytkownika anvandarnamn brugernavn brukernavn kayttajatunnus kayttajanimi uzivatel "
    # a contact's handle on a network (a profile URL is social_profile's); SendGrid's contact's 'UNIQUE_NAME'
    "instagram twitter tiktok telegram github gitlab facebook discord twitterid uniquename "
    "vkontakte vkontakteid vkid telegramid "  # (a help desk's user's VK and Telegram ids: Omnidesk's 'vkontakte_id')
    "dbuser osuser sshuser "  # a database's or a system's login (Teleport's 'db_user')
    "wpuser wcuser "  # a WordPress site's login (WooCommerce's payment metadata: 'wp_user')
    "profile "  # (Yahoo Groups' archive's poster's profile: a handle in lower case only, see value_hint)
    "buyer seller cust "  # a marketplace's (Etsy's 'Buyer': a handle, or a name: see value_hint)
    "skype skypename skypeid "
    # other languages' (GLPI's 'Usager')
    "usager utilisateur benutzer benutzername usuario utente gebruiker gebruikersnaam "
    "usernames "  # a chat's reactions (Rocket.Chat's reactions.:+1:.usernames)
    "cliente kunde klant "  # other languages' customer: a handle, or a name (see value_hint)
    # Russian exports' (Bitrix24's, amoCRM's; accents gone, 'й' is 'и'): login, user, customer, buyer
    "логин пользователь имяпользователя клиент покупатель "
    "musteri kullaniciadi "  # Turkish: customer, user name
    "netid "  # a university's login (osTicket's 'NetID')
    "πελατησ "  # Greek: customer (accents gone, a final 'ς' folded to 'σ')
    "userappkey "  # FullStory's user's key (an app's login, or a number: see value_hint)
    "아이디 회원아이디 "  # Korean: (a member's) ID, a shop's login
    "suser enrollmentuser "  # CEF's source user; an MDM's enrolled user (Workspace ONE's 'Enrollment User')
    "principal "  # who an identity platform's event is for (ForgeRock's principal[0]: a login or an address)
    # Finnish, Hungarian: a user; Moodle's log's user an event concerns ('Affected user')
    "kayttaja felhasznalo felhasznalonev affecteduser relateduser kohteenaolevakayttaja "
    # Estonian, Latvian, Lithuanian, Slovenian, Croatian and Serbian, Bulgarian, Ukrainian,
    # Hebrew, Thai and Icelandic: a user, a user name, a login, a customer (a handle or a name)
    "kasutaja kasutajanimi lietotajs lietotajvards vartotojas vartotojovardas naudotojas naudotojovardas "
    "prisijungimovardas uporabnik uporabniskoime korisnik korisnickoime потребител потребителскоиме "
    "користувач імякористувача логін משתמש שםמשתמש ผใช ชอผใช notandi notandanafn ονομαχρηστη "
    "klient klients klientas kupac klijent клієнт покупець לקוח ลกคา viðskiptavinur "
    # Indonesian and Malay, Tagalog, Hindi, Bengali, Swahili, Georgian, Armenian, Serbian,
    # Catalan, Welsh, Albanian, Azerbaijani and Kazakh: a user, a user name, a customer
    "pengguna namapengguna pelanggan pembeli gumagamit kustomer उपयोगकर्ता उपयोगकर्तानाम ग्राहक "
    "ব্যবহারকারী গ্রাহক mtumiaji jinalamtumiaji mteja მომხმარებელი მომხმარებლისსახელი კლიენტი "
    "օգտատեր օգտանուն հաճախորդ корисник корисничкоиме купац клијент usuari nomdusuari "
    "defnyddiwr enwdefnyddiwr cwsmer perdorues perdoruesi emriiperdoruesit klienti "
    "istifadəçi istifadəçiadı müştəri пайдаланушы пайдаланушыаты сатыпалушы "  # (Kazakh: a buyer)
    # Urdu, Nepali, Sinhala, Tamil, Telugu, Amharic, Yoruba, Hausa, Somali, Mongolian, Uzbek
    # (both scripts), Macedonian, Slovak, Maltese, Irish, Basque and Khmer: a user, a user
    # name, a login, a customer, a buyer (a handle or a name)
    "صارف صارف_نام یوزر_نیم گاہک خریدار प्रयोगकर्ता प्रयोगकर्ता_नाम खरिदकर्ता क्रेता පරිශීලක "
    "පරිශීලක_නාමය පාරිභෝගිකයා පාරිභෝගික பயனர் பயனர்_பெயர் வாடிக்கையாளர் வாங்குபவர் వినియోగదారు "
    "వినియోగదారు_పేరు కస్టమర్ కొనుగోలుదారు ఖాతాదారు ተጠቃሚ የተጠቃሚ_ስም ደንበኛ ገዢ olùlò orúkọ_olùlò "
    "oníbàárà olùrajà mai_amfani sunan_mai_amfani abokin_ciniki mai_saye isticmaale isticmaalaha "
    "magaca_isticmaalaha macmiil macmiilka iibsade iibsadaha хэрэглэгч хэрэглэгчийн_нэр нэвтрэх_нэр "
    "харилцагч foydalanuvchi foydalanuvchi_nomi mijoz xaridor фойдаланувчи фойдаланувчи_номи мижоз "
    "харидор купувач používateľ používateľské_meno prihlasovacie_meno zákazník kupujúci utent xerrej "
    "úsáideoir ainm_úsáideora custaiméir erabiltzailea erabiltzaile erabiltzaile_izena bezeroa eroslea "
    "អ្នកប្រើប្រាស់ ឈ្មោះអ្នកប្រើ ឈ្មោះអ្នកប្រើប្រាស់ អតិថិជន "
    # Gujarati, Punjabi, Marathi, Kannada, Malayalam, Turkmen, Xhosa and Zulu, Maori,
    # Belarusian, Kyrgyz, Tajik, Lao, Burmese, Kurdish (both scripts), Pashto, Malagasy,
    # Faroese, Luxembourgish: a user, a user name, a customer, a buyer (a handle or a name)
    "વપરાશકર્તા વપરાશકર્તા_નામ ગ્રાહક ખરીદનાર ਵਰਤੋਂਕਾਰ ਵਰਤੋਂਕਾਰ_ਨਾਮ ਯੂਜ਼ਰ_ਨਾਮ ਗਾਹਕ ਖਰੀਦਦਾਰ "
    "वापरकर्ता वापरकर्तानाव वापरकर्ता_नाव खरेदीदार ಬಳಕೆದಾರ ಬಳಕೆದಾರರ_ಹೆಸರು ಬಳಕೆದಾರ_ಹೆಸರು ಗ್ರಾಹಕ "
    "ഉപയോക്താവ് ഉപയോക്തൃനാമം ഉപഭോക്താവ് ulanyjy ulanyjy_ady müşderi umsebenzisi igama_lomsebenzisi "
    "umthengi ikhasimende kaiwhakamahi ingoa_kaiwhakamahi kiritaki kaihoko карыстальнік "
    "імя_карыстальніка пакупнік колдонуучу колдонуучунун_аты кардар корбар номи_корбар мизоҷ "
    "ຜູ້ໃຊ້ ຊື່ຜູ້ໃຊ້ ລູກຄ້າ အသုံးပြုသူ အသုံးပြုသူအမည် ဖောက်သည် bikarhêner navê_bikarhêner xerîdar "
    "mişterî بەکارهێنەر ناوی_بەکارهێنەر کڕیار کارن کارن_نوم پېرودونکی mpampiasa mpanjifa "
    "brúkari brúkaranavn keypari kundi benotzer benotzernumm ዓሚል "
    # Hawaiian, Tatar, Bashkir, Uyghur, Sindhi, Assamese, Odia, Dhivehi, Tok Pisin, Fijian,
    # Tongan, Haitian Creole, Breton, Occitan, Corsican, West Frisian, Romansh, Kinyarwanda,
    # Shona, Wolof, Lingala, Oromo, Tswana, Sesotho, Quechua, Guarani: a user, a user name, a
    # customer, a buyer
    "mea_hoʻohana inoa_mea_hoʻohana mea_kūʻai кулланучы кулланучы_исеме сатып_алучы ҡулланыусы "
    "ҡулланыусы_исеме һатып_алыусы ئىشلەتكۈچى ئىشلەتكۈچى_نامى خېرىدار استعمال_ڪندڙ گراهڪ خريدار "
    "ব্যৱহাৰকাৰী ব্যৱহাৰকাৰীৰ_নাম গ্ৰাহক ক্ৰেতা ଉପଯୋଗକର୍ତ୍ତା ଉପଯୋଗକର୍ତ୍ତା_ନାମ ଗ୍ରାହକ କ୍ରେତା ކަސްޓަމަރު "
    "yusa yusa_nem kastoma kasitama kasitomaa itilizatè non_itilizatè kliyan achtè implijer "
    "anv_implijer utilizaire utilizatore brûker brûkersnamme utilisader ukoresha umukiriya umuguzi "
    "mushandisi mutengi jëfandikukat kiliyaan mosombi fayyadamaa maamila modirisi moreki "
    "mosebedisi rantiq puruhára "
    # Esperanto, Scottish Gaelic, Cebuano and Hiligaynon, Ilocano, Northern Sami, Greenlandic,
    # Yiddish, Upper and Lower Sorbian, Sardinian, Yakut, Chuvash: a user, a user name, a
    # customer, a buyer
    "uzanto uzantnomo uzantonomo kliento aĉetanto cleachdaiche ainm_cleachdaiche custamair "
    "neach_ceannach tiggamit kustomer mamalitay parabakal manugbakal agus_usar gumatang "
    "geavaheaddji geavaheaddjinamma atuisoq atuisup_aqqa pisiortoq באַניצער באַניצער_נאָמען קונה "
    "קליענט wužiwar wužiwarske_mjeno wužywaŕ wužywarske_mě kupc kupowar comporadore "
    "кыттааччы атыылаһааччы усӑҫ туянакан "
    # Tetum and Papiamento (and Ladino), Javanese, Sundanese, Kashubian, siSwati, Xitsonga,
    # Chichewa, Luganda, Kikuyu, Hmong, Rusyn, Cornish, Walloon, Limburgish, Latgalian: a
    # user, a user name, a customer, a buyer
    "kliente kumprado panganggo jeneng_panganggo pamaké ngaran_pamaké palanggan brëkòwnik "
    "umsebentisi likhasimende umtsengi mutirhisi muxavi kasitomala wogula wogwiritsa_ntchito "
    "kasitoma omuguzi omukozesa mũgũri neeg_siv neeg_siv_khoom хоснователь devnydhyer uzeu "
    "gebroeker lītuotuojs "
    # Crimean Tatar and Gagauz, Võro, Asturian, Sicilian, Low German, Scots, Minangkabau,
    # Cantonese (Traditional Chinese), Mizo, Kabyle: a user, a user name
    "qullanıcı qullanıcı_adı kullanıcı pruukja pruukjanimi usuariu nome_d_usuariu utenti "
    "brukernaam uiser uiser_name pangguno namo_pangguno 用戶 用戶名 用戶名稱 hmangtu hmangtu_hming "
    "aseqdac isem_n_useqdac "
    # Norwegian Nynorsk: a user name; Swedish: a user; Portuguese (Portugal's, Mozambique's and
    # Timor-Leste's): a user, a user name
    "brukarnamn användare utilizador nome_de_utilizador",
    "PERSON": "fullname displayname author authorname firstname lastname surname givenname "
    # (and Korea's public-sector standard terms: a member's, a user's, an employee's, a writer's, an applicant's,
    # a registrant's, a customer's, a receiver's name: 'MBER_NM', 'WRTER_NM', 'APPLCNT_NM')
    "mbernm usernm emplyrnm wrternm applcntnm registernm cstmrnm rcvernm sndrnm chargernm "
    # EC-CUBE's (Japan's shop system) family and given name and their readings ('dtb_customer.name01', 'kana02')
    "name01 name02 kana01 kana02 "
    # a help desk's requester in Portuguese and Spanish (Octadesk's 'Solicitante': 'Giovanna', a WhatsApp contact's
    # first name), and its attendant ('Atendente')
    "solicitante requerente atendente "
    "pushname notifyname verifiedname "  # (WhatsApp's profile name as a gateway's webhook passes it: Evolution API's
    # and Baileys' 'pushName', WPPConnect's 'notifyName')
    # German's and Austria's people by their role, and their names ('Kundin', 'Kontoinhaber', 'Empfänger',
    # 'Versicherungsnehmer', 'Teilnehmername'; not a bare 'Patient': a patient's number as often)
    "kundin kundenname patientin patientenname kontoinhaber kontoinhaberin empfanger empfaenger empfangername "
    "empfaengername absendername auftraggeber besteller bestellername antragsteller antragstellerin "
    "versicherungsnehmer versicherter mieter mieterin teilnehmer teilnehmerin teilnehmername fahrerin fahrername "
    "mitarbeiterin mitarbeitername bearbeiterin ansprechpartnerin kontaktname vollstandigername "
    "registereduser registeredowner "  # (Windows' owner as its setup asked: WMI's 'RegisteredUser')
    "givennames firstnames middlenames "  # (plural where a payment's API has them: Xendit's 'given_names')
    "auteur autore "  # (French and Italian: a record's author, Dolibarr's 'Auteur')
    "sortname "  # a CRM's name as it sorts, 'Msigwa, Neema' (CiviCRM's 'Sort Name'): one name
    "addressee "  # and as a letter's envelope names them ('Dr. Sabine Schäfer')
    "plaignant plaignante "  # (a hotline's complainant: 'plaignant=Bernadette Ouefio')
    "proprietaire "  # (a French log's device's owner: 'propriétaire=fleur.kette'; a login is typed by its shape)
    "verantwoordelijke accountbeheerder eigenaar verantwortlicher "  # (a CRM's account owner in Dutch and German:
    # Teamleader's 'Verantwoordelijke': 'Pieter Verbeke')
    "actorname "  # (an auth server's event's actor by name: GoTrue's, Supabase's 'auth_event.actor_name')
    # a person's name as their papers give it (an employer-of-record's 'Legal Name (Local Script)', a
    # booking's 'Name on Passport'; a firm's legal name is no name's shape: value_hint)
    "legalname nameonpassport passportname nameonid "
    "signaturetext "  # the name a recipient typed to sign for a delivery (Onfleet's)
    "passenger traveler traveller "  # (a booking's passenger by name: 'created: passenger="Кэвэв Тымнэ"')
    "guest "  # (a booking's guest by name, a hotel's or a tour's: '/booking/voucher?ref=...&guest=Ly+Piseth')
    "namefirst namelast "  # (a name, then its part: 'name_first', Ory Kratos' 'traits.name.first' as a pair's name)
    "accountholder accountholdername "  # a bank account's holder (a payroll's 'AccountHolderName')
    "bankaccountname namarekening pemilikrekening "  # (MYOB's 'Bank Account Name', Indonesian's)
    "commentauthor commenter creator "  # a blog's comments (WordPress), RSS' and Dublin Core's dc:creator
    "modifier "  # who last changed a wiki's page (TiddlyWiki's tiddlers: a login or a name)
    "members globalname "  # a chat's members (Telegram's export), Discord's display name
    "availablename "  # Chatwoot's agent's name ('sender.available_name')
    "beneficiary payee remitter payeename payername "  # a money transfer's parties, by name ('beneficiary=Wahyu
    # Nugroho'; Wise's statement's 'Payee Name', 'Payer Name')
    "vccommonname vclocalename "  # Mibew Messenger's operator's names, in Latin and in the local language
    "nameonrecord "  # (a KYC check's answer: the name its records hold)
    "chatsession "  # iMazing's messages export: the conversation, by the contact's name
    "reporter "  # a ticket's (Trac's, Bugzilla's): a login or a name
    "receivedby signedby recibidopor firmadopor entregadoa recebidopor "  # who signed for a delivery (a
    # courier's proof: 'recibido_por' => 'Joel Batista De los Santos', Portuguese's 'recebido_por')
    "guestname guestnames bookedby bookername "  # (a booking's guests and booker: Booking.com's 'Guest name(s)',
    # 'Booked by')
    "rider ridername "  # a delivery's rider ('rider="Richmond Bayor" rider_phone=...'); not 'driver', a device's as often

    "contactname customername realname personname sendername recipientname ownername owner "
    # other languages' contacts and sales reps (Holded's 'Persona de contacto', 'Comercial')
    "personadecontacto contacto contactpersoon hoofdcontactpersoon hoofdcontact personnecontact comercial vendedor verkaufer verkaeufer "
    "maidenname mothersmaiden mothersmaidenname familyname forename fname lname middlename "
    "secondname "  # a payroll's middle name, as British and Southern African forms ask it (SimplePay's 'Second Name')
    "cardholder cardholdername nameoncard cardname holder "
    # people a shop's, a meeting's or a directory's export lists by their role
    "employee staff staffmember attendee participant organizer organiser userdisplayname "
    "fromname replytoname "  # a mail or a ticket export's sender
    "fromdisplay todisplay "  # (a chat log's sender's and addressee's display names: Trillian's 'from_display')
    "mentiontext "  # a chat's mention of a member (Teams' mentions[0].mentionText)
    "preferredname preferredfirstname knownas callname "  # an HR extract's 'Kasia', 'Max'
    # a CRM's people: HubSpot's 'Contact owner', a ticket's assignee
    "contactowner dealowner companyowner ticketowner accountowner leadowner recordowner "
    "assignee assignedto salesrep accountmanager "
    # a lender's staff by their role, a login or a name (a microfinance client's 'Agent_Credit': 'blokonga')
    "loanofficer creditofficer fieldofficer relationshipmanager agentcredit agentdecredit agentcommercial "
    "chargedeclientele conseillerclientele "
    # staff by their role in a service's log, a login or a name ('technician: "kpelletier"', an ISP's field
    # visit; a pharmacy's, a dispatch desk's; not 'operator': a carrier as often, nor 'Cashier': a till's id)
    "technician installer pharmacist dispatcher handledby "
    "vorname nachname familienname prenom nomdefamille nombre apellido apellidos nomecompleto "
    "nombres "  # (Mexico's forms: 'Nombre(s)', a person's given names)
    # Spanish's people by their role: a delivery's courier and driver, a patient, a beneficiary,
    # an account's or a card's holder (not 'Driver' nor 'Patient': a device's driver, a patient's id)
    "repartidor chofer paciente beneficiario titular nombredeltitular tarjetahabiente "
    "sobrenome cognome nominativo "
    # Portuguese puts the kind first ('Primeiro Nome', 'Nome do Meio': first and middle name)
    "primeironome nomedomeio segundonome ultimonome nomeproprio "
    # a name, bare, as 'name' is (Odoo's 'Nom', 'Nom affiché'; Dutch and Italian exports)
    "nom nomaffiche nomcomplet nombrecompleto nome naam voornaam achternaam tussenvoegsel "
    "prenoms nometprenoms nomprenoms "  # (French-speaking Africa's and Madagascar's given names: 'Nom et prénoms')
    # a German ledger's or CRM's people by their role (DATEV's 'Sachbearbeiter', 'Vertreter')
    "sachbearbeiter bearbeiter vertreter ansprechpartner kontaktperson mitarbeiter "
    "emergencycontact emergencycontactname nextofkin nextofkinname noodcontact notfallkontakt "
    # Polish, Swedish, Danish, Norwegian, Finnish and Czech exports' people ('Imię', 'Nazwisko',
    # 'Förnamn', 'Etternavn', 'Sukunimi', 'Příjmení'; a shop's 'Odbiorca': its recipient)
    "imie nazwisko imieinazwisko odbiorca fornamn efternamn namn fornavn efternavn etternavn navn "
    "etunimi sukunimi nimi jmeno prijmeni kokonimi "
    # (and a Czech mailing list's given name and surname in the vocative, to greet by: Ecomail's 'vokativ',
    # 'vokativ_s': 'Jano', 'Nováku')
    "vokativ vokativ_s "
    # and their middle names, a Finnish HR system's name one is called by ('Kutsumanimi'), a CRM's
    # person in charge ('Vår kontakt': our contact, SuperOffice's; 'Kundeansvarlig', 'Säljare')
    "mellomnavn mellemnavn mellannamn kutsumanimi varkontakt vorkontakt kundeansvarlig kundansvarig "
    "saljare selger saelger vastuuhenkilo yhteyshenkilo "
    # Romanian and Hungarian: (first, family, full) name, contact person ('Nume client', 'Teljes név')
    "nume prenume numecomplet persoanacontact nev teljesnev vezeteknev keresztnev kapcsolattarto "
    # Russian: given name, patronymic, surname, full name ('ФИО'), contact person, recipient,
    # employee, and Bitrix24's people by role ('Ответственный', 'Кем создан', 'Кем изменён')
    "имя отчество фамилия фио полноеимя контактноелицо получатель сотрудник ответственныи "
    "кемсоздан кемизменен "
    # the same patronymic in English, as a CRM of the region names its field (RetailCRM's 'patronymic');
    # Kickstarter's backer by name ('Backer Name')
    "patronymic patronym backername "
    # Turkish: recipient, billing recipient, name and surname; Japanese (a business card's):
    # full name, its kana, family and given name, the name in Latin letters, the card's owner
    "alici faturaalici adsoyad soyad soyadi adisoyadi "
    "氏名 氏名カナ 姓 名 英語表記 名刺所有者 フリガナ 名前 お名前 担当者 担当者名 "
    # (and a Japanese name's reading, as an export in English spells it: 'customer_kana', 'name_kana')
    "kana furigana namekana kananame lastnamekana firstnamekana seikana meikana "
    # Greek: full name, given name, surname, recipient
    "ονοματεπωνυμο ονομα επωνυμο παραληπτησ "
    # Korean: name, full name, recipient, receiver, buyer, orderer, customer's name, account holder
    "이름 성명 성함 수취인 수취인이름 수취인명 수령인 수령인명 받는분 받는사람 구매자 구매자명 주문자 "
    "주문자명 고객명 예금주 "
    # Estonian: first name, surname, full name, contact person, recipient
    "eesnimi perekonnanimi perenimi taisnimi kontaktisik saaja muugiagent muuja "  # (a sales agent, a seller)
    # Latvian: (first) name, surname, contact person, recipient
    "vards uzvards vardsuzvards pilnsvards kontaktpersona sanemejs "
    # Lithuanian: first name, surname, full name, contact person, recipient
    "vardas pavarde vardasirpavarde vardaspavarde kontaktinisasmuo gavejas "
    # Slovenian, Croatian and Serbian: first name, surname, (full) name, contact person, recipient
    "ime priimek imeinpriimek prezime imeiprezime imeprezime punoime polnoime kontaktnaoseba kontaktosoba "
    "prejemnik primatelj primalac получател "
    # Bulgarian and Ukrainian: (first) name, surname, patronymic, full name, contact person, recipient
    "име имеифамилия презиме пълноиме лицезаконтакт контактнолице "
    "імя прізвище побатькові піб повнеімя отримувач контактнаособа "
    # Hebrew: first name, surname, full name, the customer's name, the recipient's, a contact person
    "שםפרטי שםמשפחה שםמלא שםהלקוח שםלקוח שםהנמען נמען אישקשר שםאישקשר בעלים "  # (and the owner)
    # Thai: name, surname, full name, the customer's and the recipient's name, a contact person
    "ชอ นามสกล ชอนามสกล ชอจรง ชอลกคา ชอผรบ ผรบ ผตดตอ ชอผตดตอ "
    "ชอสกล ชอของคณ ชอเลน "  # (and 'name-family name', a form's 'your name', a nickname)
    # Icelandic: name, first name, surname, full name, recipient, contact person, buyer
    "nafn fornafn eftirnafn fulltnafn viðtakandi tengiliður kaupandi "
    # Indonesian and Malay: (full, first, last) name, recipient; Tagalog: (full, first,
    # middle) name, surname, recipient
    "nama namalengkap namadepan namabelakang namapenuh penerima namapenerima "
    "pangalan buongpangalan unangpangalan gitnangpangalan apelyido tatanggap "
    # Hindi and Bengali: name, full name, surname, recipient; Swahili: (full, first, last,
    # family) name, recipient
    "नाम पूरानाम उपनाम प्राप्तकर्ता নাম পুরোনাম পূর্ণনাম প্রাপক "
    "jina jinakamili jinalakwanza jinalamwisho jinalaukoo mpokeaji "
    # Georgian and Armenian: name, surname, full name, patronymic, recipient
    "სახელი გვარი სახელიდაგვარი სრულისახელი მიმღები անուն ազգանուն անունազգանուն հայրանուն ստացող "
    # Serbian, Catalan, Welsh, Afrikaans, Albanian: name, surname, full name, recipient
    "имеипрезиме прималац cognom cognoms destinatari enw enwllawn cyfenw enwcyntaf derbynnydd "
    "vollenaam ontvanger emri mbiemri emriiplote emridhembiemri marresi "
    # Azerbaijani and Kazakh: name, patronymic, full name, surname, recipient
    "adı ataadı аты тегі атыжөні әкесініңаты алушы "
    # Urdu: full name, father's name, recipient; Nepali: surname; Sinhala: name, full name,
    # name with initials, surname, recipient; Tamil and Telugu: name, full name, surname,
    # recipient; Amharic: name, full name, father's and grandfather's name, recipient
    "مکمل_نام پورا_نام والد_کا_نام ولدیت وصول_کنندہ وصول_کنندہ_کا_نام थर පූර්ණ_නම නම නාමය "
    "සම්පූර්ණ_නම මුලකුරු_සමග_නම වාසගම ලබන්නා பெயர் முழு_பெயர் முழுப்பெயர் குடும்பப்பெயர் பெறுநர் "
    "పేరు పూర్తి_పేరు ఇంటి_పేరు గ్రహీత ስም ሙሉ_ስም የአባት_ስም የአያት_ስም ተቀባይ "
    # Yoruba, Hausa, Somali: (full, family, father's) name, recipient
    "orúkọ orúkọ_kíkún orúkọ_ìdílé olùgbà suna sunan cikakken_suna sunan_mahaifi mai_karɓa "
    "magac magaca magaca_oo_dhan magaca_qoyska magaca_aabaha qaataha "
    # Mongolian and Uzbek: name, clan name, full name, father's name, surname, recipient
    "нэр овог овог_нэр бүтэн_нэр эцгийн_нэр хүлээн_авагч хүлээн_авагчийн_нэр "
    "харьцсан_дансны_нэр данс_эзэмшигч "  # (a bank statement's counterparty's account's name; the holder)
    "ism ismi familiya familiyasi ism_familiya otasining_ismi qabul_qiluvchi исм исми фамилияси "
    "отасининг_исми қабул_қилувчи "
    # Vietnamese without its marks (a program's: 'ho_ten', 'ten_khach_hang'); Russian's ФИО transliterated
    "ho_ten ho_va_ten ten_khach_hang ten_nguoi_nhan fio "
    # Macedonian, Slovak, Maltese, Irish, Basque, Galician: (full, first) name, surname, recipient
    "примач целосно_име meno priezvisko meno_a_priezvisko celé_meno krstné_meno príjemca "
    "isem kunjom isem_sħiħ destinatarju riċevitur ainm sloinne céadainm ainm_iomlán faighteoir "
    # Slovak's and Slovene's contact person, buyer, orderer, customer, recipient and employee; Maltese's name and
    # surname (not the sender, 'odosielateľ', 'pošiljatelj': a courier's export names the shop there)
    "native_name name_native "  # (a person's name in their own script, beside its Latin spelling)
    "kontaktná_osoba kontaktní_osoba odberateľ objednávateľ zamestnanec naročnik kupec stranka "
    "prijemnik zaposleni zaposlenec isem_u_kunjom "
    "izena abizena abizenak izen_abizenak izen_osoa hartzailea apelidos apelido nome_e_apelidos "
    # Khmer: name, full name, family and given name, the customer's and the recipient's name
    "ឈ្មោះ ឈ្មោះពេញ នាមត្រកូល នាមខ្លួន ឈ្មោះអតិថិជន អ្នកទទួល ឈ្មោះអ្នកទទួល "
    # Gujarati, Punjabi, Marathi, Kannada, Malayalam: name, full name, surname, recipient
    "નામ પૂરું_નામ અટક પ્રાપ્તકર્તા ਨਾਮ ਨਾਂ ਪੂਰਾ_ਨਾਮ ਉਪਨਾਮ ਪ੍ਰਾਪਤਕਰਤਾ नाव पूर्ण_नाव आडनाव "
    "ಹೆಸರು ಪೂರ್ಣ_ಹೆಸರು ಸ್ವೀಕರಿಸುವವರು പേര് പൂർണ്ണ_നാമം മുഴുവൻ_പേര് സ്വീകർത്താവ് "
    # Turkmen, Xhosa and Zulu, Maori, Igbo, Malagasy: (full, first, family) name, surname,
    # recipient ('Anaran'ny': the name of)
    "ady doly_ady familiýa familiýasy alyjy igama ifani isibongo igama_elipheleleyo umamkeli "
    "umamukeli igoa igoa_atoa ingoa ingoa_whānau ingoa_tuatahi kaiwhiwhi aha aha_nna aha_onye_ahịa anarana anaran "
    "anarana_feno fanampin_anarana mpandray "
    # Belarusian, Kyrgyz, Tajik: surname, patronymic, full name, recipient
    "прозвішча імя_па_бацьку поўнае_імя атрымальнік фамилиясы аты-жөнү атасынын_аты алуучу "
    "ном насаб номи_пурра гиранда "
    # Lao, Burmese (written as one word: 'the customer's name'), Kurdish, Pashto, Faroese,
    # Luxembourgish, Tigrinya: name, full name, surname, recipient
    "ຊື່ ນາມສະກຸນ ຊື່ລູກຄ້າ ຊື່ຜູ້ຮັບ ຜູ້ຮັບ အမည် နာမည် ဖောက်သည်အမည် လက်ခံသူ လက်ခံသူအမည် "
    "navê paşnav wergir ناو ناوی ناوی_تەواو پاشناو وەرگر نوم بشپړ_نوم تخلص eftirnavn fulla_navn "
    "móttakari numm virnumm familljennumm ስም_ኣቦ ተቐባሊ "
    # Hawaiian, Chechen, Tatar, Bashkir, Uyghur, Sindhi, Assamese, Odia, Tibetan and Dzongkha,
    # Dhivehi: name, full name, surname, patronymic, recipient
    "inoa inoa_piha inoa_ʻohana цӏе цӏе_фамили исем тулы_исем ата_исеме алучы атаһының_исеме "
    "алыусы ئىسىم ئىسمى تولۇق_ئىسمى فامىلە تاپشۇرۇۋالغۇچى نالو پورو_نالو وصول_ڪندڙ সম্পূৰ্ণ_নাম উপাধি "
    "প্ৰাপক ନାମ ପୂରା_ନାମ ସମ୍ପୂର୍ଣ୍ଣ_ନାମ ଉପନାମ ପ୍ରାପକ མིང་ མིང་ཆ་ཚང་ ལེན་མཁན་ ނަން ފުރިހަމަ_ނަން "
    # Fijian, Tongan, Quechua and Aymara, Guarani, Haitian Creole, Breton, Occitan, Corsican,
    # West Frisian, Romansh, Kinyarwanda, Shona, Wolof, Lingala, Oromo, Tswana, Sesotho
    "yaca yaca_taucoko hingoa hingoa_kakato suti téra terajoapy prenon non_fanmi siyati non_konplè "
    "anv anv_bihan anv_familh nom_complet casata cugnome namme foarnamme efternamme folsleine_namme "
    "prenum num_da_famiglia izina amazina zita mazita zita_rekupedzisira nkombo maqaa maqaa_guutuu "
    "maqaa_abbaa leina sefane lebitso fane "
    # Esperanto, Scottish Gaelic, Cebuano, Hiligaynon and Ilocano, Northern Sami, Greenlandic,
    # Yiddish, Upper and Lower Sorbian, Sardinian, Chuvash, Yakut, Ossetian, Buryat: name,
    # full name, first name, surname, recipient
    "nomo plena_nomo familia_nomo persona_nomo antaŭnomo antauxnomo ricevanto ainm_slàn sloinneadh ciad_ainm far_ainm "
    "ngalan tibuok_nga_ngalan bug_os_nga_ngalan nagan naan_anay_a_nagan namma ovdanamma "
    "sohkanamma goargu vuostáiváldi ateq ateq_tamaat ateqatigiit נאָמען פֿולער_נאָמען פֿאָרנאָמען "
    "פֿאַמיליע פֿאַמיליע_נאָמען mjeno swójbne_mjeno přimjeno předmjeno dostawar nùmene sambenadu "
    "ят хушамат аата араспаанньа мыггаг нэрэ обог "
    # Udmurt, Tuvan, Tetum, Javanese, Sundanese, Papiamento, Friulian, Kashubian, siSwati,
    # Xitsonga, Northern Ndebele, Chichewa, Bemba, Luganda, Kikuyu, Hmong, Rusyn, Ladino,
    # Manx, Cornish, Limburgish, Latgalian, Palauan: name, full name, first name, surname
    "ним нимыз ады фамилиязы naran naran_kompletu apelidu jeneng jeneng_lengkap ngaran "
    "ngaran_lengkap nòmber nòmber_kompleto cognon miono nôzwëskò libito sibongo xivongo ibizo "
    "isibongo dzina dzina_lonse ishina erinnya amannya rĩĩtwa npe lub_npe npe_tag_nrho xeem мено "
    "презвиско alkunya ennym sloinney hanow hanow_teylu hanow_kynsa veurnaam vuords uzvuords ngakl "
    # Karelian, Asturian, Aragonese, Sicilian, Neapolitan, Low German, Scots, Balinese,
    # Minangkabau, Cantonese (Traditional Chinese), Mizo, Khasi, Newar, Kapampangan, Nahuatl,
    # K'iche', Tahitian, Kabyle, Tamazight (Tifinagh), Dholuo: name, full name, first name,
    # surname, family name
    "sugunimi apellíu apellíos apellito apellitos nomu cugnomu nomme cugnomme vörnaam tonaam "
    "faimily_name wastan namo namo_lengkap 姓名 姓氏 名字 全名 客戶姓名 hming kyrteng नां lagyu "
    "apelyidu tocaitl b'i'aj i'oa isem_n_twacult ⵉⵙⵎ nying "
    # Komi, Erzya, Kabardian, Ingush, Lezgin, Ligurian, Tulu (Kannada script and Latin), Bodo,
    # Toba Batak, Bikol, Niuean, Bambara, Ojibwe, Plains Cree: name, surname (not Bambara's
    # 'jamu', Indonesian's herbal drink; Toba Batak's 'marga', a first name). The Caucasus'
    # palochka, 'Ӏ', is typed as a Latin 'I' as often ('ЦIэ')
    "ов лем цӏэ унэцӏэ цӏи тӏвар цiэ унэцiэ цiи тiвар cognomme pudar ಪುದರ್ मुं goar pangaran higoa tɔgɔ izhinikaazowin "
    "wîhowin "
    # Norwegian, Swedish and Finnish: the customer's name, a shipment's recipient, Finnish's
    # contact person; Afrikaans: a family name, a maiden name; Malay and Indonesian: the
    # father's, the mother's (Indonesia's 'Nama Ibu Kandung', a bank's question), the guardian's
    # and the next of kin's name; Portuguese: the father's and the mother's name (Mozambique's and
    # Timor-Leste's identity records) (not Afrikaans' 'van', surname: English's 'van'; not
    # Xitsonga's and Ronga's 'vito', name: a first name)
    "kundenavn kundnamn mottaker mottagare vastaanottaja yhteyshenkilö familienaam nooiensvan nama_bapa "
    "nama_ibu nama_ayah nama_ibu_kandung nama_penjaga nama_waris nome_do_pai nome_da_mãe "
    # Spanish (Spain's, Costa Rica's, Panama's and Guatemala's two family names): the first and
    # the second family name, the father's and the mother's family name, a married woman's
    # ('Apellido de casada', Guatemala's identity records); Turkish: the father's and the
    # mother's name (an identity card's); Georgian: the father's name
    "primer_apellido segundo_apellido apellido_paterno apellido_materno apellido_de_casada baba_adı anne_adı "
    "მამის_სახელი "
    # Indonesian and Malay (Aceh's, Bengkulu's, Lampung's, South Sumatra's, Nusa Tenggara's,
    # Johor's and Pahang's records): the husband's and the wife's name (Malaysia's 'isteri'
    # too), the family card's head's, a nickname; Tetum (Timor-Leste's): the father's and the
    # mother's name; Portuguese and Spanish: the spouse's, the father's and the mother's name
    "nama_suami nama_istri nama_isteri nama_kepala_keluarga nama_panggilan naran_aman naran_inan "
    "nome_do_cônjuge nombre_del_padre nombre_de_la_madre nombre_del_cónyuge "
    "parrain "  # (French: a referrer, by name, or by login: see value_hint)
    "apoderado apoderada "  # (Chile's and Argentina's: a pupil's guardian, by name, in a school's records)
    "destinatario "  # Spanish, Italian and Portuguese: a shipment's recipient
    # a shipment's or a transfer's party in English (a courier's 'Consignee Name', 'Receiver Name';
    # not 'receiver' alone: Alertmanager's routes), a contact person; French-speaking Africa's
    # forms' name and surname in one ('Nom et prénom', 'Nom Prénom', 'Prénom et nom')
    "recipient receivername consignee consigneename contactperson nometprenom nomprenom prenometnom prenomnom",
    "LOCATION": "city town address streetaddress street homeaddress location "
    # (Korea's standard terms: an address, its detail, a member's: 'ADRES', 'DETAIL_ADRES', 'MBER_ADRES')
    "detailadres mberadres useradres applcntadres "
    "addr01 addr02 "  # (EC-CUBE's address: its town, then its block and building)
    "citycache "  # (InstantCMS' member's town by name, its 'city' the town's id: 'cms_users'.'city_cache')
    # German's delivery, billing and home addresses, its postcode spelled out, Austria's district
    "lieferadresse lieferanschrift rechnungsadresse rechnungsanschrift wohnadresse hausanschrift postanschrift "
    "postleitzahl wohnsitz lieferort bezirk strasseundhausnummer strassehausnummer "
    "locationdetail locationdetails "  # (a hotline's caller's place in words: a KoboToolbox form's 'location_detail')
    "userlocation userfrom "  # (a forum member's profile: PHP-Fusion's 'user_location', XOOPS' and phpBB's 'user_from')
    # a CDN's or a platform's GeoIP of the client, as request headers ('cf-ipcountry', 'cf-ipcity',
    # 'CloudFront-Viewer-City', App Engine's 'X-AppEngine-City', Vercel's 'x-vercel-ip-city'), as 'srcCountry' is
    "cfipcountry cfipcity cfregion cfregioncode cfpostalcode cloudfrontviewercountry cloudfrontviewercity "
    "cloudfrontviewercountryregion cloudfrontviewerpostalcode appenginecountry appenginecity appengineregion "
    "vercelipcountry vercelipcity vercelipcountryregion "
    "destinationapartment "  # (a delivery's flat: Onfleet's 'destinationApartment': 'Block G, Door 14'; a bare
    # 'Apartment' beside a 'Street' column is a building's number: column_hints, which takes bare numbers)
    "serviceaddress installationaddress installaddress premisesaddress "  # (where an ISP's or a utility's
    # service is: the customer's home)
    # a district, and Ghana Post's digital (GPS) address ('Digital Address', 'GhanaPost GPS')
    "district digitaladdress gpsaddress ghanapostgps ghanapostaddress "
    "pincode "  # (India's postcode: Shiprocket's 'Address Pincode')
    # a ride's or a courier's addresses, read whole (not its 'Pickup Location', a warehouse's nickname as often)
    "pickupaddress dropoffaddress dropaddress "
    "pickup pickupplace pickuphotel hotelpickup "  # (and a booking's bare one, a guest's village or hotel:
    # '&pickup=Ban+Hatsady%2C+Hadxayfong', Bókun's 'Pick-up place': 'Minoa Palace Resort, Platanias'; not a bare
    # 'dropoff', a form's choice as often: 'Drop-off or Collection')
    # a placemark's parts (Apple's CLPlacemark, Google's geocoder), as a phone's location sensor reports them
    "administrativearea subadministrativearea thoroughfare subthoroughfare administrativearealevel1 "
    "administrativearealevel2 "
    "birthplace placeofbirth geburtsort lugardenacimiento lieudenaissance luogodinascita "
    "billingaddress shippingaddress postaladdress addr addr1 addr2 address1 address2 address3 "
    "addressline addressline1 "
    # (Braintree's 'Billing Extended Address' is its second line)
    "addressline2 streetaddressline streetaddressline2 street1 street2 extendedaddress " + " ".join(sorted(_COORDINATE_NAMES)) +
    " address4 address5 address6" +  # (Daraz's: its town and area)
    " addressfirstline addresssecondline addressthirdline" +  # (Paddle's 'address_first_line')
    # an address's postcode: a value of its own shape (see _POSTCODE)
    " zip zipcode postcode postalcode plz" +
    # German, French, Spanish, Portuguese, Italian and Dutch exports' headers (accents
    # dropped): street, postcode, town, region and country ('Rue 2', 'Code postal', 'Pays')
    " strasse anschrift adresse wohnort stadt ort ville direccion ciudad localidad "
    "domicilio endereco cidade morada indirizzo citta "
    # (and the kind first: 'Endereço Atual', 'Endereço Permanente', 'Morada Atual': current and
    # permanent address, an HR record's)
    "enderecoatual enderecopermanente enderecoresidencial enderecocompleto moradaatual moradapermanente "
    "moradacompleta "
    "rue rue1 rue2 rue3 adresse1 adresse2 adresse3 complementdadresse codepostal pays departement "
    "municipality village "  # (a survey's: KoboToolbox's 'intro/municipality')
    "cty rgn quartier "  # (Countly's user's city and region, a French-speaking town's district)
    "commune localite hausnummer hausnr housenumber streetnumber buildingnumber "
    "adresszusatz postleitzahl land bundesland kanton calle direccion1 "
    "direccion2 codigopostal provincia pais municipio poblacion civico comune regione paese "
    # a rural place in Latin America's Spanish: a community, Colombia's vereda and corregimiento,
    # Guatemala's aldea, Peru's caserío (Ushahidi's survey 'Comunidad / Vereda')
    "comunidad vereda corregimiento aldea caserio "
    # Mexico's: a city's neighbourhood (every postal address names one), Mexico City's borough,
    # the cross streets a delivery is told, a house's outer and inner number (the street line's
    # parts, as 'hausnummer' is); a column of that name holds a place whatever place it is
    "colonia alcaldia entrecalles numeroexterior numerointerior numext numint noexterior nointerior "
    "calleynumero callenumero domiciliofiscal entidadfederativa "  # (a street and its number; the fiscal
    # address of a Mexican invoice's party; a Mexican state)
    "nazione rua bairro cep localidade distrito concelho complemento logradouro straat straatnaam huisnummer plaats "
    "woonplaats gemeente provincie adres neighbourhood neighborhood suburb borough "
    "toevoeging huisnummertoevoeging hausnummerzusatz housenumberaddition housenumbersuffix "
    "adresinformatie extraadresinformatie "  # Dutch: a house number's addition ('bus 11'), line 2
    # Polish, Swedish, Danish, Norwegian, Finnish and Czech: street, postcode, town, region, country
    "ulica adresdostawy kodpocztowy miasto miejscowosc wojewodztwo kraj panstwo adress gatuadress "
    "postort stad postnr postnummer poststed gade osoite katuosoite postinumero postitoimipaikka "
    "kaupunki kunta maakunta maa adresa ulice psc mesto obec zeme adresselinje adresselinje1 "
    "adresselinje2 fylke "  # Norwegian: an address's line, a county
    # Romanian: address, locality, town, county, country, street, postcode; Hungarian: address,
    # town, street, postcode, county, country (shipping, billing, installation: _QUALIFIERS)
    "localitate oras judet tara strada codpostal cim varos utca iranyitoszam megye orszag postal "
    # Russian: address, town, district, region, country, postcode, street, settlement, delivery address
    "адрес город раион регион область краи страна индекс почтовыииндекс улица населенныипункт "
    "адресдоставки "
    # Turkish: delivery and billing address, province, district, town, country, neighbourhood;
    # Japanese: address, building, prefecture, city, street number
    "teslimatadresi faturaadresi il ilce sehir ulke mahalle postakodu "
    "郵便番号 住所 建物名 都道府県 市区町村 番地 住所1 住所2 "
    # Greek: address, shipping, billing and delivery address, town, postcode, prefecture, area,
    # country, street
    "διευθυνση διευθυνσηαποστολησ διευθυνσητιμολογησησ διευθυνσηπαραδοσησ πολη τκ ταχυδρομικοσκωδικασ "
    "νομοσ περιοχη χωρα οδοσ "
    # Korean: address, postcode, delivery address, detailed and basic address, town, country,
    # province, district
    "주소 우편번호 배송지 배송지주소 상세주소 기본주소 도시 국가 시도 시군구 "
    # a state's or a status's, as 'state' is (checked by value: see _NOT_A_REGION)
    "etat estado stato "
    # Estonian: address, street, town, county, parish, postcode, country, delivery and invoice address
    "aadress tanav linn maakond vald postiindeks sihtnumber sihtkood riik tarneaadress arveaadress elukoht "
    # Latvian: address, street, town, county, parish, postcode, country
    "adrese iela pilseta novads pagasts pastaindekss valsts "
    # Lithuanian: address, street, town, municipality, district, county, postcode, country
    "adresas gatve miestas savivaldybe rajonas apskritis pastokodas salis "
    # Slovenian, Croatian and Serbian: street, town, place, post office, postcode, house number,
    # municipality, county, country, delivery address ('Naslov' alone is a Croatian title too)
    "област "  # (Bulgarian: a region)
    "grad mjesto posta postnastevilka postanskibroj hisnastevilka kucnibroj obcina opcina "
    "zupanija drzava naslovzadostavo dostavninaslov "
    # Slovenian: the address of one's permanent and temporary residence, its post office
    "naslovstalnegaprebivalisca naslovzacasnegaprebivalisca naslovprebivalisca stalnaposta zacasnaposta "
    # Bulgarian: town, postcode, country, settlement, municipality, delivery address
    "град пощенскикод държава населеномясто община адресзадоставка "
    # Ukrainian: address, street, town, district, postcode, country, settlement, house, delivery address
    "адреса вулиця місто індекс поштовийіндекс країна населенийпункт будинок адресадлядоставки "
    # Hebrew: address, street, town, settlement, postcode, country, house number, delivery address
    "כתובת רחוב עיר יישוב ישוב מיקוד מדינה מספרבית כתובתלמשלוח כתובתמשלוח "
    # Thai: address, delivery address, road, sub-district, district, province, postcode, country
    "ทอย ทอยจดสง ถนน ตำบล แขวง อำเภอ เขต จงหวด รหสไปรษณย ประเทศ ทอยปจจบน "  # (and the current address)
    # Icelandic: address, street, postcode, municipality, place, delivery address
    "heimilisfang gata postnumer bæjarfelag sveitarfelag staður sendingarheimilisfang "
    # and town; Faroese: residence, postcode; Mongolia's province, district, sub-district, county (romanized and
    # in Cyrillic), Bhutan's district and block
    "bær bæjar kaupstaður bústaður postnummar aimag duureg khoroo soum аймаг дүүрэг хороо сум dzongkhag gewog "
    "uf "  # Brazil's state, by its letters ('SP')
    # the Gulf's: Oman's province, an emirate, a governorate, Dubai's Makani number, a post-office box, and
    # the numbered parts of a Kuwaiti or a Bahraini address (its avenue, its house); Haitian Kreyòl's quarter
    # and commune; a delivery's landmark
    "wilayat wilaya governorate governate emirate makani makaninumber makanino pobox postbox poboxno poboxnumber "
    "jadda houseno housenumber villano villanumber flatno buildingno roadno streetno blockno "
    "shiparea shippingarea deliveryarea deliveryzone shippingzone shipdistrict shippingdistrict "  # (a delivery's area)
    "quartye kominn seksyonkominal sectioncommunale landmark nearestlandmark pointderepere repere "
    # the Maghreb's governorate, delegation and daïra, Ethiopia's kebele and woreda in Latin letters
    "gouvernorat delegation délégation daira daïra kebele woreda wereda kifleketema "
    # an MDM's last place of a device, its owner's ('Last Known Location': 'Bab Ezzouar, Alger, Algérie')
    "lastknownlocation lastlocation currentlocation devicelocation lastseenlocation lastreportedlocation "
    # Indonesian and Malay: address, delivery address, town, regency, district, village,
    # province, state, postcode, country, street
    "alamat alamatpengiriman alamatlengkap kota kabupaten kecamatan kelurahan desa provinsi kodepos "
    "negara jalan poskod bandar negeri daerah "
    # Tagalog: address, town, province, barangay, street, country
    "tirahan lungsod lalawigan barangay bayan kalye bansa "
    # Hindi and Bengali: address, town, state, district, village, postcode ('PIN'), country
    "पता शहर राज्य जिला ज़िला गांव गाँव पिनकोड देश ঠিকানা শহর জেলা বিভাগ উপজেলা থানা গ্রাম পোস্টকোড দেশ "
    # Swahili: address, town, city, region, district, street, country
    "anwani mji jiji mkoa wilaya mtaa nchi "
    # Georgian and Armenian: address, town, region, district, village, postcode, country, street
    "მისამართი ქალაქი რეგიონი რაიონი მუნიციპალიტეტი სოფელი საფოსტოინდექსი ქვეყანა ქუჩა "
    "հասցե քաղաք մարզ համայնք փոստայինինդեքս երկիր փողոց "
    # Serbian: postcode, municipality, place, settlement, district
    "поштанскиброј општина место насеље округ "
    # Catalan: address, delivery address, town, city, postcode, county, municipality, street
    "adreça adreçadenviament població ciutat codipostal comarca municipi carrer "
    # Welsh: address, town, city, county, postcode, country, street, village
    "cyfeiriad tref dinas sir codpost gwlad stryd pentref "
    # Afrikaans: street, postal, delivery address, town, postcode, province, suburb
    "straatadres posadres afleweringsadres dorp poskode provinsie voorstad "
    # Albanian: town, postcode, country, street, district, municipality
    "qyteti qytet kodipostar shteti rruga rrethi qarku bashkia adresaeplote lagjja lagja "
    # Serbian in Latin letters: municipality, settlement; Russian's in Latin letters: region, its
    # district, microdistrict, settlement; Cambodia's quarter, district, commune, village, town and
    # province, Laos' district, Myanmar's township
    "opstina naselje oblast oblys mikrorayon mkr naspunkt sangkat khan khum srok phum krong khet muang "
    # a postcode by Russian's word for it, in Latin letters ('postindex', 'pochtovyi indeks')
    "postindex postalindex pochtovyiindeks "
    "tsp "
    # Azerbaijani and Kazakh: address, town, district, postcode, country, street, village
    "ünvan ünvanı şəhər rayon poçtindeksi ölkə küçə kənd "
    "мекенжай мекенжайы қала облыс аудан поштаиндексі ел көше ауыл елдімекен "
    # Urdu: address, town, province, district, tehsil, country, village, postcode, street,
    # area, delivery address
    "پتہ پتا مکمل_پتہ شہر صوبہ ضلع تحصیل ملک گاؤں ڈاک_کوڈ پوسٹل_کوڈ زپ_کوڈ گلی علاقہ ترسیل_کا_پتہ "
    # Nepali: address, town, district, province, municipality, rural municipality, ward,
    # tole, postcode, delivery address
    "ठेगाना सहर जिल्ला प्रदेश नगरपालिका गाउँपालिका वडा टोल हुलाक_कोड पोस्टल_कोड पोस्ट_कोड डेलिभरी_ठेगाना "
    # Sinhala: address, town, district, province, postcode, country, village, street
    "ලිපිනය නගරය දිස්ත්‍රික්කය පළාත තැපැල්_කේතය රට ගම වීදිය "
    # Tamil and Telugu: address, town, district, state, province, postcode, country, street,
    # village, mandal, delivery address
    "முகவரி நகரம் ஊர் மாவட்டம் மாநிலம் மாகாணம் அஞ்சல்_குறியீடு பின்கோடு நாடு தெரு கிராமம் "
    "விநியோக_முகவரி చిరునామా నగరం పట్టణం జిల్లా రాష్ట్రం పిన్_కోడ్ పిన్‌కోడ్ దేశం వీధి గ్రామం మండలం "
    # Amharic: address, town, region, sub-city, woreda, kebele, country, house number
    "አድራሻ ከተማ ክልል ክፍለ_ከተማ ወረዳ ቀበሌ ሀገር አገር የቤት_ቁጥር "
    # Yoruba, Hausa and Somali: address, town, state, area, country, district, region
    "àdírẹ́sì ìlú ìpínlẹ̀ orílẹ̀-èdè agbègbè adireshi adireshin gari birni jiha ƙasa ƙaramar_hukuma "
    "cinwaan cinwaanka ciwaan ciwaanka magaalada magaalo gobolka degmada waddanka dalka xaafadda "
    # Nigeria's local government area ('LGA': Ikeja, Alimosho); Kazakh's region
    "lga local_government_area lga_of_residence аймақ "
    # Vietnamese without its marks: address, delivery address, district, province, ward
    "dia_chi dia_chi_giao_hang quan_huyen tinh_thanh tinh_thanh_pho phuong_xa "
    # Mongolian: address, town, province, district, khoroo, country, postcode, street,
    # delivery address
    "хаяг хот аймаг дүүрэг хороо улс шуудангийн_код шуудангийн_индекс гудамж хүргэлтийн_хаяг "
    # Uzbek (both scripts): address, town, region, district, mahalla, street, postcode, country
    "manzil manzili shahar viloyat tuman mahalla ko'cha koʻcha pochta_indeksi mamlakat "
    "yetkazib_berish_manzili манзил манзили шаҳар вилоят туман маҳалла кўча почта_индекси мамлакат "
    # Macedonian: postcode, delivery address; Slovak: country, district, delivery and invoice
    # address; Maltese: address, town, locality, village, postcode, country, street
    "поштенски_код поштенски_број адреса_за_достава krajina okres doručovacia_adresa "
    "fakturačná_adresa indirizz lokalità raħal kodiċi_postali pajjiż triq "
    # Slovak's, Slovene's and Maltese's more: delivery address, residence, municipality, town and village (Maltese
    # also without its marks: 'Rahal'; not 'belt' alone, a garment's in English), the street and number
    "dodacia_adresa adresa_doručenia ulica_a_číslo mesto_obec bydlisko trvalý_pobyt naslov_dostave "
    "prebivališče naslov_stalnega_bivališča mestna_občina rahal belt_jew_raħal indirizz_tal-konsenja "
    "číslo_domu súpisné_číslo orientačné_číslo číslo_popisné číslo_orientační "
    # Irish: address, delivery address, town, city, county, Eircode, postcode, country, street;
    # Basque: address, town, city, municipality, province, territory, postcode, country, street;
    # Galician: address, municipality, parish
    "seoladh seoladh_seachadta baile cathair contae éirchód eircode cód_poist tír sráid "
    "helbidea helbide herria hiria udalerria probintzia lurraldea posta_kodea herrialdea kalea "
    "bidalketa_helbidea enderezo enderezo_de_envío concello parroquia "
    # Khmer: address, province, town, district, commune, village, country, postcode
    "អាសយដ្ឋាន ខេត្ត ក្រុង ស្រុក ខណ្ឌ ឃុំ សង្កាត់ ភូមិ ប្រទេស លេខកូដប្រៃសណីយ៍ "
    # Gujarati, Punjabi, Marathi: address, town, district, taluka, state, PIN code, country,
    # village, delivery address
    "સરનામું શહેર જિલ્લો તાલુકો રાજ્ય પિન_કોડ પિનકોડ દેશ ગામ ડિલિવરી_સરનામું ਪਤਾ ਸ਼ਹਿਰ ਜ਼ਿਲ੍ਹਾ ਤਹਿਸੀਲ "
    "ਰਾਜ ਪਿੰਨ_ਕੋਡ ਪਿੰਨਕੋਡ ਪਿਨ_ਕੋਡ ਦੇਸ਼ ਪਿੰਡ पत्ता जिल्हा तालुका गाव पिन_कोड पिनकोड "
    # Kannada, Malayalam: address, town, district, state, PIN code, country, village
    "ವಿಳಾಸ ನಗರ ಜಿಲ್ಲೆ ರಾಜ್ಯ ಪಿನ್_ಕೋಡ್ ಪಿನ್‌ಕೋಡ್ ದೇಶ ಗ್ರಾಮ ಊರು വിലാസം നഗരം ജില്ല സംസ്ഥാനം പിൻ_കോഡ് "
    "പിൻകോഡ് രാജ്യം ഗ്രാമം "
    # Turkmen: address, town, province, district, postcode, country, street, village
    "salgy salgysy şäher welaýat etrap poçta_indeksi ýurt köçe oba "
    # Xhosa and Zulu: address, town, province, country, postcode, street
    "idilesi isixeko idolophu iphondo ilizwe ikhowudi_yeposi isitrato ikheli idolobha isifundazwe "
    "izwe ikhodi_yeposi umgwaqo "
    # Samoan and Maori: address, village, district, country, town, region, postcode, street
    "tuatusi nu_u itumalo atunu_u wāhitau tāone rohe whenua waehere_poutāpeta tiriti "
    # Belarusian, Kyrgyz, Tajik: address, town, region, district, postcode, country, street,
    # village, delivery address
    "адрас горад вобласць раён паштовы_індэкс краіна вуліца вёска адрас_дастаўкі дарек шаар облус "
    "почта_индекси өлкө көчө айыл суроға шаҳр вилоят ноҳия индекси_почта кишвар кӯча деҳа "
    # Lao and Burmese: address, province, district, village, country, postcode; town,
    # township, region, state, ward, village
    "ທີ່ຢູ່ ແຂວງ ເມືອງ ບ້ານ ປະເທດ ລະຫັດໄປສະນີ လိပ်စာ မြို့ မြို့နယ် တိုင်းဒေသကြီး ပြည်နယ် နိုင်ငံ ရပ်ကွက် "
    "ကျေးရွာ "
    # Kurdish (both scripts), Pashto: address, town, province, country, street, village
    "navnîşan bajar parêzgeh welat kolan gund ناونیشان شار پارێزگا وڵات پته ښار ولایت ولسوالۍ هېواد "
    # Igbo, Malagasy, Faroese, Luxembourgish, Tigrinya: address, town, state, region,
    # country, postcode, locality, street
    "adreesị obodo steeti adiresy adiresin tanàna faritra firenena kaody_paositra fokontany "
    "kaominina bústaður adressa býur bygd postnummar adress uertschaft postleitzuel strooss "
    # Bengali, Sinhala and Tamil (address, district, sub-district, police station, village, post office, town),
    # Bangladesh's divisions romanized, Sri Lanka's (Grama Niladhari's, Divisional Secretariat's); the Andes'
    # housing estate ('Upazila', 'Thana', 'GN Division', 'Urbanización'; not 'barrio', 'zona' nor 'cantón', left
    # out before: a family name, a time zone's, a canton's)
    "ঠিকানা জেলা উপজেলা থানা গ্রাম ডাকঘর ලිපිනය නගරය ගම முகவரி நகரம் மாவட்டம் கிராமம் "
    "upazila thana zila zilla postoffice gndivision dsdivision gramaniladharidivision urbanizacion urbanización "
    "ኣድራሻ ዞባ ሃገር "
    # Hawaiian, Chechen, Tatar and Bashkir, Uyghur, Sindhi: address, town, island, region,
    # district, country, street, village, county, postcode
    "helu_wahi kūlanakauhale mokupuni гӏала пачхьалкх кӏошт урам шәһәр өлкә төбәк ил авыл "
    "почта_индексы ҡала ауыл ئادرېس ئادرېسى شەھەر ئۆلكە رايون دۆلەت كوچا يېزا ناھىيە پوچتا_نومۇرى "
    "پتو ائڊريس شهر ضلعو صوبو ملڪ ڳوٺ تعلقو "
    # Assamese, Odia, Tibetan and Dzongkha, Dhivehi: address, town, district, state, country,
    # village, PIN code, gewog, island, atoll
    "ঠিকনা চহৰ নগৰ জিলা ৰাজ্য গাঁও পিন_ক'ড ଠିକଣା ସହର ନଗର ଜିଲ୍ଲା ରାଜ୍ୟ ଦେଶ ଗ୍ରାମ ପିନ_କୋଡ ଡାକ_ସଂକେତ "
    "ཁ་བྱང་ རྫོང་ཁག་ རྒེད་འོག་ གཡུས་ རྒྱལ་ཁབ་ གྲོང་ཁྱེར་ ས་གནས་ އެޑްރެސް ރަށް އަތޮޅު ގައުމު "
    # Fijian, Tongan, Tok Pisin, Quechua, Guarani, Haitian Creole, Breton, Occitan, Corsican,
    # West Frisian, Romansh: village, province, district, address, town, island, country,
    # region, street, postcode, municipality
    "koro yasana tikina tuʻasila kolo motu fonua adres ples provins kantri taun tiyana llaqta suyu "
    "táva tetã tetãvore adrès vil komin depatman peyi kòd_postal chomlec'h kêr kumun straed "
    "kod_post adreça vila comuna carrièra còde_postal indirizzu cità carrughju wenplak stêd "
    "provinsje lân strjitte postkoade adressa vischnanca citad pajais numer_postal "
    # Kinyarwanda, Shona, Wolof, Lingala, Oromo, Tswana, Sesotho: address, town, district,
    # sector, cell, village, province, country, street, zone, kebele
    "aderesi umujyi akarere umurenge akagari umudugudu intara igihugu umuhanda kero guta dhorobha "
    "dunhu purovhinzi nyika mugwagwa dëkkuwaay réew adresi engumba mboka ekolo teessoo magaalaa "
    "godina aanaa naannoo biyya ganda aterese toropo motse kgaolo lefatshe setereke "
    # Esperanto, Scottish Gaelic, Cebuano, Hiligaynon, Ilocano, Northern Sami, Greenlandic,
    # Yiddish, Sorbian, Sardinian, Chuvash, Yakut, Ossetian, Buryat: address, street, town,
    # village, municipality, district, country, postcode, home
    "adreso strato urbo vilaĝo lando poŝtkodo posxtkodo loĝloko seòladh sràid còd_puist dùthaich siorrachd "
    "pinuy_anan puluy_an banwa pungsod nasud barangay pagtaengan ili probinsia pagilian kalsada "
    "čujuhus gávpot suohkan riika poastanummir orrunbáiki najugaq illoqarfik nunaqarfik nuna "
    "kommuni אַדרעס שטאָט לאַנד גאַס דאָרף פּאָסט_קאָד adresa město wjes dróha hasa "
    "postowe_čisło indiritzu bidda tzitade carrera istadu хула ял куорат нэһилиэк улуус "
    "уынг сахар хаяг хото аймаг "
    # Udmurt, Tuvan, Tetum, Javanese, Sundanese, Papiamento, Friulian, Kashubian, siSwati,
    # Xitsonga, Northern Ndebele, Chichewa, Bemba, Luganda, Kikuyu, Hmong, Rusyn, Ladino, Manx,
    # Cornish, Walloon, Limburgish, Latgalian, Palauan: address, street, town, village,
    # municipality, district, province, country, postcode
    "гурт урам элькун хоорай кожуун кудумчу enderesu sidade munisípiu nasaun "
    "postu_administrativu kutha nagara direkshon kòde_postal indiriç citât regjon codiç_postâl "
    "ùlica likheli lidolobha sifundza adirese doroba tiko xifundzankulu xitarata idolobho adilesi "
    "mzinda mudzi dziko chigawo msewu itauni umushi icalo endagiriro ekibuga ekyalo eggwanga "
    "oluguudo bũrũri itũũra chaw_nyob nroog lub_nroog teb_chaws lub_teb_chaws xeev lub_zos уліця "
    "sivdad payis enmys balley straid skeerey trigva stret konteth veye viyaedje comene straot "
    "landj gemeinte piļsāta nūvods pogosts beluu "
    # Crimean Tatar and Gagauz, Karelian, Võro, Asturian, Aragonese, Sicilian and Neapolitan,
    # Low German, Scots, Minangkabau, Acehnese, Cantonese (Traditional Chinese), Mizo, Khasi,
    # Newar, Kapampangan, Nahuatl, Yucatec Maya, K'iche', Tahitian, Gilbertese, Bislama,
    # Kabyle, Tamazight (Tifinagh), Dholuo: address, street, road, town, city, village,
    # municipality, district, region, province, county, country, postcode
    "soqaq şeer qasaba memleket kasaba küü sokak adressu linnu uulitsu postuindeksu külä uulits "
    "maakund aadrõs direición ciudá conceyu rexón códigu_postal adreza ciudat rechión nnirizzu "
    "ndirizzu paisi pruvincia riggiuni còdici_postali postleettall bundsland toun kintra coonty "
    "alamaik kampuang nagari gampông gampong mukim 地址 街道 城市 地區 省份 國家 郵政編號 郵遞區號 "
    "khawpui khua shnong देय् siudad altepetl ohtli kaaj noj_kaaj tinamit amaq' oire fenua purumu "
    "mataeinaa kaawa vilej taon tansa tamdint taddart tamurt tamnaḍt abrid ⵜⴰⵏⵙⴰ ⵜⴰⵎⴷⵉⵏⵜ ⵜⴰⵎⵓⵔⵜ "
    "ⵜⴰⵎⵏⴰⴹⵜ ⴰⴱⵔⵉⴷ gweng "
    # Komi, Erzya, Kabardian, Ingush, Lezgin, Ligurian, Venetian and Piedmontese, Lombard,
    # Bodo, Dogri, Buginese, Madurese, Toba Batak, Tausug, Bikol, Waray, Niuean, Cook Islands
    # Māori, Ojibwe, Plains Cree, Bambara: address, street, town, city, village, country,
    # province (not Acholi's 'paco' nor 'gang': a first name, an English word; not Buginese's
    # and Malay's 'kampong', English's too)
    "кар грезд ош веле мастор ульця къалэ къуажэ уэрам хэку шахьар мохк шегьер хуьр куьче уьлкве "
    "çittæ stradda indirisso provinsa sità contrà cittaa गामि ग्रां wanua laleng dhisa huta lungsud "
    "banwaan bungto syudad probinsya maaga enua oodena ôtênaw dugu jamana "
    # Hiri Motu, Marquesan, Pohnpeian, Warlpiri, Miskito, Sango, Oshiwambo, Tshiluba, Kikongo,
    # Zarma, Fulfulde and Pulaar: village or town, land, a Pohnpeian section, a camp and
    # home, country (not Kikongo's 'nsi', an acronym's letters; not Mooré's 'tẽnga': a field's
    # name loses its tilde, and 'Tenga' is a brand and a family name)
    "hanua henua kousapw ngurra tawan kodro ködörö gbata oshilongo ondoolopa omukunda ditunga "
    "musoko vata mbanza kwaara wuro leydi "
    # Tamasheq and Tachelhit (Latin and Tifinagh), Tigre, Yapese, Solomon Islands Pijin, Lango,
    # Ateso and Turkana, Kalenjin, Umbundu, Chokwe and Lunda, Kaonde, Chichewa, Mauritian and
    # Seychellois Creole, Comorian: town or village, country, homeland, a Yapese estate, a
    # residence, a neighbourhood, district, address, place, region (not Tamasheq's 'akal', a
    # Turkish family name; not Chichewa's 'boma', a Congolese town; not Ndau's 'musha', a
    # Japanese family name and a Rwandan sector; not the Creoles' 'pei', a family name; not
    # Comorian's 'ntsi', an acronym's letters)
    "aɣrem eɣrem ⴰⵖⵔⵎ tamazirt ⵜⴰⵎⴰⵣⵉⵔⵜ ዓድ binaw tabinaw vilij kabedo akwap kokwet imbo ofeka chifuchi "
    "muzhi kyalo tauni vilaz lavil distrik ladres landrwa rezion mdji "
    # Cook Islands Māori, Mentawai, Makassarese, Toraja, Banjar, Zarma and Dendi, Hassaniya
    # (Latin), Tarifit (Latin), Runyankole, Lozi, Yao, Wolaytta, Sidamo, Samburu: a district's
    # land, village, land or town, homeland, country, a Mauritanian department, town, road,
    # place, region, a homestead (not Sasak's 'gubuk', Indonesian's 'hut', nor 'dasan', a family
    # name; not Lozi's 'naha', Okinawa's capital; not Tumbuka's 'muzi' and 'charu', first
    # names; not Yao's 'musi', a Sumatran river and regency; not Tokelauan's 'nuku', a first
    # name; not Ibibio's 'obio', a Nigerian council's name, nor 'isong', a family name; not
    # Toraja's 'lembang', a Javanese town; not 'manyatta', a Kenyan town)
    "tapere laggai pa'rasangang tondok banua laabu moughataa mouqataa thamurt thamurth thamdint "
    "thamdinth ekyaro eihanga omuhanda munzi sibaka chilambo biittaa qoqqowo nkang "
    # Maranao, Ifugao, Oshindonga and Oshikwanyama: a town, a village, a region (not
    # Pangasinan's 'baley', a family name; not Borana's 'olla', Spanish's 'pot'; not Luvale's
    # 'limbo', English's word)
    "inged boble oshitopolwa "
    # Tshivenda: a village, a town (written with its 'ḓ' and without), a province (not its
    # 'shango', land: a Yoruba deity's name and a religion's)
    "muvhundu ḓorobo dorobo vundu "
    # Zapotec (of the Isthmus), Otomi (Hñähñu), Purépecha, Kichwa, Sranan Tongo, Tolai (Kuanua):
    # a town, a village, a country; Indonesian's hamlet and its neighbourhood's numbers ('RT/RW':
    # not 'RT' nor 'RW' alone, a retweet's and read-write's letters)
    "guidxi hnini ireta llakta kondre gunan dusun rt/rw "
    # Totonac: a town (with its accent and without); Tz'utujil's town written with its long
    # vowel (K'iche's 'tinamit' is there); Mexico's Spanish: a communal land holding, Chiapas'
    # hamlet, a hamlet; Filipino: a barangay's zone, a barrio; Portuguese (Mozambique's): a
    # village; Swahili: a sub-village; Luganda and Lusoga: a sub-county (with its doubled 'g'
    # and without); Runyankore and Rukiga: a town (not 'cantón', a Chinese and an American
    # city; not Filipino's 'sitio',
    # Spanish's web 'site'; not Swahili's 'kijiji', a classifieds site's name, 'kata', a
    # martial art's form, nor 'tarafa', a family name; not Totonac's 'tiji', street: a Tibetan
    # festival's name; not Nyamwezi's 'kaya', home: a first name)
    "kachikin kachikín tinaamit ejido paraje rancheria ranchería purok baryo aldeia kitongoji gombolola "
    "ggombolola orurembo "
    # French: a city's district, a hamlet, a named rural spot; Italian: a hamlet, a locality;
    # Portuguese: a civil parish; Belgium's Dutch and Switzerland's German: a borough of a
    # municipality, a municipality; Amharic: a zone, a village, a neighbourhood; Ethiopia's
    # units in Latin letters: kebele, woreda (its two spellings), sub-city, region; Kenya's
    # county in Swahili, Kenya's and Uganda's sub-county written as one word; Zanzibar's ward
    # (a shehia); Bislama: an island (not French's 'domicile', a home phone's column ('Tél.
    # domicile'), nor 'lieu', a family name; not Spanish's 'pueblo', an American city, nor
    # 'barrio', a family name; not Portuguese's and Spanish's 'lugar', a contest's rank; not
    # Switzerland's 'NPA', the North American numbering plan's area code; not 'zone', a time
    # zone's and a DNS zone's, nor Amharic's 'ketema' (town), a first name; not 'ward', a
    # hospital's, nor 'sublocation', an inventory's shelf; not Tok Pisin's and Bislama's 'nem'
    # (name): Hungarian's 'sex')
    "arrondissement hameau lieu-dit frazione località freguesia deelgemeente gemeinde ዞን መንደር ሰፈር kebele "
    "woreda wereda kifle_ketema kilil kaunti subcounty shehia aelan "
    # Norwegian: a street address, a postal address, a municipality, a city's district, an urban
    # settlement, a delivery and an invoice address, the registered home address; Swedish: a
    # postal address, a municipality, the town one lives in, a delivery and an invoice address,
    # a city's district, an urban area; Finnish: a village, a city's district, one's home
    # municipality, a home address, a street address, where one lives, a delivery, an invoice
    # and a postal address; Estonian: a city's district, a local government, a small borough, a
    # postal address; Latvian: a village, a postal address, the declared and the actual
    # address, where one lives, a populated place; a birthplace in all five, in Malay and
    # Indonesian, Afrikaans and Portuguese (and Portuguese's 'naturalidade', the town one is
    # from); Malay and Indonesian: a village (Malaysia's spelling), a home, a permanent, a
    # current, a correspondence address, the domicile's and the identity card's address;
    # Portuguese (Mozambique's and Timor-Leste's): an administrative post, a city's block;
    # Afrikaans: a home address, a municipality, a residence; English (Zimbabwe's, Namibia's): a
    # township (not Indonesian's 'suku': an ethnic group's column, nor Timor-Leste's Portuguese
    # 'suco': a juice; not Malay's 'taman', a housing estate: a garden, nor Sarawak's 'bahagian',
    # a division: a department; not Namibia's 'constituency': a donor database's kind of
    # constituent; not Norwegian's 'by' nor 'gate': English's)
    "gateadresse postadresse kommune bydel tettsted leveringsadresse fakturaadresse bostedsadresse "
    "postadress kommun bostadsort leveransadress fakturaadress stadsdel tätort kylä kaupunginosa kotikunta "
    "kotiosoite lähiosoite asuinpaikka toimitusosoite laskutusosoite postiosoite linnaosa omavalitsus "
    "alevik postiaadress ciems pasta_adrese deklarētā_adrese faktiskā_adrese dzīvesvieta "
    "apdzīvotā_vieta fødested fødselssted födelseort syntymäpaikka sünnikoht "
    "dzimšanas_vieta tempat_lahir geboorteplek local_de_nascimento naturalidade kampung alamat_rumah "
    "alamat_tetap alamat_semasa alamat_surat_menyurat alamat_domisili alamat_ktp posto_administrativo "
    "quarteirão woonadres munisipaliteit woonplek township "
    # Russian (Dagestan's, Adygea's records): a village, a mountain village ('Аул'), a Cossack
    # village, a farmstead, a settlement, a birthplace, the registered and the actual address
    # (also 'прописки', registration's colloquial word), one's residence; Georgian: a small
    # town, a community of villages, a birthplace; Turkish: a village, a small town, an avenue,
    # a birthplace (Azerbaijani's too), a home, a work and a residence address; Azerbaijani: a
    # settlement, a home and a registered address, one's residence; Adyghe: a village
    # ('къуаджэ'; Kabardian's 'къуажэ' was read); New Caledonia's French: a customary district;
    # Spanish: Guatemala's populated place (its statistics' 'Lugar poblado'), Costa Rica's
    # address directions ('Otras señas', 'Dirección exacta'), Spain's hamlet of a municipality
    # ('Pedanía'), Asturias', León's and Cantabria's municipality ('Concejo'), Panama's
    # neighbourhood ('Barriada'); Leonese's and Cantabrian's (and Asturian's) village, 'pueblu',
    # and a hamlet, 'llugar' (not New Caledonia's 'tribu': a taxonomic rank's column; not
    # 'cantón', left out before: cities; not Spanish's 'departamento': a firm's
    # department; not Persian's 'بخش' (a district): a hospital's ward, any section)
    "село аул станица хутор посёлок поселок место_рождения адрес_регистрации адрес_проживания "
    "адрес_прописки место_жительства დაბა თემი დაბადების_ადგილი köy belde cadde doğum_yeri ev_adresi "
    "iş_adresi ikamet_adresi qəsəbə ev_ünvanı qeydiyyat_ünvanı yaşayış_yeri къуаджэ district_coutumier "
    "lugar_poblado otras_señas dirección_exacta pedanía concejo barriada pueblu llugar "
    # Lampung's village ('Pekon', its western regencies' word for 'desa'; 'Tiyuh', Tulang Bawang
    # Barat's); Indonesian: where one lives, the current and the office address (Malay's office
    # is 'pejabat'); Tetum: a birthplace ('Fatin moris', a Timorese form's 'Data no fatin
    # moris'); Portuguese and Spanish: the place of residence (not South Sudan's 'payam' (a
    # county's part): Persian's 'message' and a first name; not Lampung's and South Sumatra's
    # 'marga' (a clan's district), left out before: Toba Batak's clan name and a first name;
    # not Indonesian's 'lingkungan' (a town's neighbourhood): 'environment'; not Tetum's 'knua'
    # (a customary hamlet): no record's column could be found)
    "pekon tiyuh tempat_tinggal alamat_sekarang alamat_kantor alamat_pejabat fatin_moris "
    "local_de_residência lugar_de_residencia",
    "HOSTNAME": "hostname computername computer machinename machine workstation devicename pcname "
    "rechnername geratename arbeitsplatzname "  # (German's computer's and device's name: 'Rechnername')
    "rname csname "  # (a remote-management agent's machine by the name it reports: MeshCentral's 'rname', WMI's 'CSName')
    "routername modemname "  # (a customer's router by the name they gave it: an ISP's CRM's 'Router Name': 'neil-router')
    "dnslabel dnsname extradnslabels fullsystemname systemname "  # (a mesh VPN's peer by its name on the network: NetBird's 'dns_label',
    # 'iphone-lesly-97-247.netbird.cloud', its user's phone's)
    "nomdhote nomdelhote nomdemachine netbiosname "  # (French's host's name: Angry IP Scanner's 'Nom d'hôte')
    "laptop clienthost remotehost host fqdn dnshostname dnsfqdn assetname workstationname "  # (Open-AudIT's 'dns_fqdn')
    "endpointname srcname srchost shost "  # a VDI session's client device (Citrix Director's 'Endpoint Name')
    "devicefriendlyname "  # an MDM's device name (Workspace ONE's; not a network interface's 'friendly_name')
    "nombredispositivo nombredeldispositivo nomedodispositivo "  # (Spanish's and Portuguese's: a device's name)
    # (and a computer's or a machine's: Sympla's form's 'Nome do computador (hackathon)': 'NOTE-HELOISA')
    "nomedocomputador nomedamaquina nombredelequipo nombredelordenador nombredelcomputador nomdelordinateur "
    # Slovenian and Croatian: (a work) computer, its name; Hebrew: a computer's name
    "racunalnik sluzbeniracunalnik imeracunalnika nazivracunala שםמחשב "
    # Indonesian, Catalan and Albanian: a computer, its name
    "komputer namakomputer ordinador nomdelordinador kompjuteri emrikompjuterit "
    # Urdu, Uzbek, Slovak, Maltese, Irish, Basque: a computer, its name
    "کمپیوٹر_کا_نام kompyuter kompyuter_nomi počítač názov_počítača kompjuter ríomhaire "
    "ordenagailua ordenagailuaren_izena "
    # Serbian and Bosnian: a computer, its name ('Лаптоп - име рачунара')
    "рачунар име_рачунара назив_рачунара računar ime_računara naziv_računara "
    # Finnish, Swedish, Norwegian, Danish, Hungarian, Ukrainian, Russian: a computer, its name
    "tietokone tietokoneennimi dator datornamn datamaskin datamaskinnavn maskinnavn computernavn "
    "szamitogep szamitogepnev компютер компьютер имякомпьютера",
    "SERIAL_NUMBER": "identifyingnumber "  # (Win32_ComputerSystemProduct's: the machine's serial)
    "serial serialnumber serialno deviceserial sn licensekey productkey harddiskid diskserial "
    "lizenzschlussel produktschlussel seriennr "  # (German's licence and product key: 'Lizenzschlüssel')
    "serials serialnumbers itemserialnumber itemserialnumbers "  # (an order's line's units: inFlow's)
    "iccid simserial "  # a SIM card's number (Intune's ICCID column)
    "simcardnumber simkartennummer simkarte simkartenseriennummer numerosimcard "  # (and by its card's number, the
    # ICCID: i-doit's 'SIM-Kartennummer'; a card's number there is no payment card's)
    # an RFID or NFC key fob's or card's UID, and a transit card's number, as a mobility app's profile keeps them
    # (Countly's custom 'cle_rfid': '0482BDCE7E80AE', 'carte_opus': '6144223961'): one person's token
    "rfid clerfid rfiduid rfidtag tagrfid nfcuid nfctag badgerfid carteopus opuscard navigo passnavigo oystercard "
    "prestocard clippercard "
    "subscriberid simid imsi "  # (SurveyCTO's device metadata: the SIM's IMSI and its serial)
    "servicetag expressservicecode "  # Dell's
    "adslagentremoteid "  # (a DSL or GPON line's remote id, its modem's serial: 'GPON52C2F146')
    "numerodeserie seriennummer serienummer numerodiserie numerseryjny sarjanumero seriovecislo "  # 'Numéro de série', 'Número de serie''
    "nodeserie noserie "  # (Spanish's abbreviated: 'No. de serie', 'No. serie')
    "ndeserie ndeseriedelequipo nrodeserie nroserie "  # (and with the numero sign: 'N° de serie del equipo', a rented
    # device's)
    "activationkey license "
    "framenumber framenummer rahmennummer "  # a bicycle's frame number
    "sorozatszam eszkozsorozatszam "  # Hungarian: a (device's) serial number
    "tietokoneensarjanumero laitteensarjanumero "  # Finnish: the computer's, the device's
    "серииныиномер "
    # Estonian, Latvian, Lithuanian, Slovenian, Croatian, Bulgarian, Ukrainian, Hebrew, Thai,
    # Icelandic and Greek: a serial number
    "seerianumber serijasnumurs serijosnumeris serijinisnumeris serijskastevilka serijskibroj "
    "serijskast serijskastracunalnika "  # (Slovenian 'Serijska št. računalnika': the computer's)
    "сериенномер серіинииномер מספרסידורי מססידורי หมายเลขซเรยล ซเรยล raðnumer σειριακοσαριθμοσ "
    # Indonesian, Malay, Hindi, Bengali, Georgian, Armenian, Serbian, Welsh, Afrikaans,
    # Albanian, Azerbaijani and Kazakh
    "nomorseri noseri nomborsiri nosiri सीरियलनंबर সিরিয়ালনম্বর სერიულინომერი սերիականհամար "
    "серијскиброј rhifcyfresol reeksnommer numriserial numriiserise seriyanömrəsi сериялықнөмір "
    "зауыттықнөмір "
    # Urdu, Nepali, Sinhala, Tamil, Telugu, Amharic, Mongolian, Uzbek, Macedonian, Slovak,
    # Maltese, Irish, Basque, Khmer
    "سیریل_نمبر सिरियल_नम्बर අනුක්‍රමික_අංකය வரிசை_எண் సీరియల్_నంబర్ ሲሪያል_ቁጥር ተከታታይ_ቁጥር "
    "серийн_дугаар seriya_raqami серия_рақами сериски_број výrobné_číslo numru_tas-serje "
    "sraithuimhir serie_zenbakia លេខសៀរៀល "
    # Tetum, Javanese and Sundanese, Papiamento, Friulian
    "numeru_serie nomer_seri number_di_serie numar_di_serie "
    # Asturian, Sicilian, Cantonese (Traditional Chinese; not '序號', a table's row number)
    "númberu_de_serie nùmmaru_di_serii 序列號 產品序列號",
    "HARDWARE_ID": "mac macaddress hwaddr hardwareid machineid hwuuid systemuuid bssid deviceid "
    "deviceuuid deviceguid hardwareuuid machineguid smbiosuuid biosuuid "
    "macaddr wifimac wlanmac ethernetmac ethmac lanmac btmac bluetoothmac "
    "callingstationid calledstationid "  # RADIUS' client and access point (MACs on Wi-Fi)
    "hwid "  # a licence check's hardware id ('?key=...&hwid=8c8590af414d')
    "did "  # an analytics SDK's device id (Countly's; a telephone's DID number has no id's shape)
    "imei meid imeinumber imeino imeinr "  # (Scalefusion's 'imei_no', 'imei_no_2')
    "imeimeidesn imeimeid esn "  # (MobiControl's 'IMEI_MEID_ESN')
    "macadresse wlanmacadresse lanmacadresse",  # (German's: i-doit's 'MAC-Adresse')
    "PHONE_NUMBER": "phone tel telephone mobile cell cellphone msisdn phonenumber fax phoneno telno "
    "waid "  # (a WhatsApp account's id, its number's digits: WATI's and the Cloud API's 'waId', 'wa_id')
    "phones additionalphones otherphones "  # (a CRM's further numbers in one column: HighLevel's 'Additional Phones')
    # (Korea's standard terms: a mobile's number, a member's, an applicant's phone: 'MBTLNUM', 'APPLCNT_TELNO')
    "mbtlnum mbermbtlnum usermbtlnum applcnttelno mbertelno usertelno emplyrtelno "
    "rufnummer telefonnr festnetz festnetznummer handynummer "  # (German's: 'Rufnummer', 'Festnetz')
    "devicephonenum "  # (SurveyCTO's device metadata: the phone's own number)
    "direkte direktenummer direktnummer directline directphone directdial "  # (a contact's direct line: SuperOffice's 'Direkte')
    "so_dien_thoai dien_thoai so_dt sdt sdt_nguoi_nhan "  # (Vietnamese, as a program names it without its marks: 'so_dien_thoai')
    "contactno whatsappno whatsappnumber numeromomo numeromobilemoney nimewo nimewotelefòn nimewotelefon "  # (a contact's, a
    # WhatsApp's, a mobile-money wallet's number; Haitian Kreyòl's 'Nimewo')
    "callerid callernumber callingnumber callednumber calleenumber "  # (a call log's parties)
    "ani dnis "  # (a contact center's caller's and dialled numbers: Five9's call log's 'ANI', 'DNIS')
    "receivermsisdn sendermsisdn walletmsisdn usermsisdn payermsisdn payeemsisdn beneficiarymsisdn "  # (a wallet
    # API's parties: 'receiver_msisdn')
    "callbacknumber callbackphone callback "  # (a contact center's number to call a customer back on)
    "subscribernumber "  # (an SMS API's subscriber, its national number: Globe Labs' opt-in's 'subscriber_number')
    "mobilenumber mobileno mobilephone cellnumber contactnumber homephone workphone "
    "homenumber worknumber "  # (a payroll's 'Home Number', 'Work Number': a phone's, its shape checked)
    "dialcode "  # (Gupshup's WhatsApp sender: the national number, '85355604200'; a country's '+62' has no phone's shape)
    "telefon telefonnummer handy mobil portable telefono movil celular telemovel cellulare telefone fone "
    "fono "  # (Chile's: 'fono=%2B56+9+2840+3134' in a school's search)
    "numerotelefonico numerodecelular "  # (Spanish: 'Número telefónico', 'Número de celular')
    "sms "  # (Brevo's SMS attribute: a contact's mobile number; the value's shape is checked)
    "momo momonumber mobilemoney mobilemoneynumber mpesanumber "  # (a mobile money wallet's number: MTN's
    # MoMo, an HR export's 'Mobile Money Number': the phone's)
    "walletnumber mobilewallet cardaccount cardoraccount "  # (a payment's card or wallet, DPO's 'Card /
    # Account': a card's mask, which no phone's shape takes, or the wallet's phone number)
    "telefoon telefoonnummer mobiel mobielnummer gsm natel "
    "telefonkomorkowy komorka telefonnummer mobilnummer mobiltelefon puhelin puhelinnumero matkapuhelin "
    "telefonszam mobilszam "  # Hungarian
    # Russian, a contact's WhatsApp, Japanese, Turkish (and by a name's last word: 'Мобильный
    # телефон', 'Контакт WhatsApp')
    "телефон whatsapp 電話番号 携帯電話 電話 携帯 tel直通 ceptelefonu τηλεφωνο κινητο "
    "전화번호 전화 휴대폰 휴대폰번호 휴대전화 핸드폰 연락처 "  # Korean: phone (number), mobile, contact
    # Estonian, Latvian, Lithuanian, Slovenian and Croatian, Bulgarian, Ukrainian, Hebrew, Thai
    # and Icelandic: phone (number), mobile
    "mobiil telefoninumber mobiiltelefon talrunis telefons mobilais talrunanumurs telefonanumurs "
    "telefonas telefononumeris mobtelefonas mobilusis mobitel telefonskastevilka brojtelefona "
    "brojmobitela телефоненномер номертелефону мобільний טלפון נייד טלפוןנייד מספרטלפון פלאפון "
    "โทรศพท เบอรโทร เบอรโทรศพท มอถอ เบอรมอถอ หมายเลขโทรศพท เบอรตดตอ simi farsimi simanumer "
    # Indonesian and Malay ('No. HP': a hand phone's; 'No. WA': WhatsApp's), Tagalog, Hindi,
    # Bengali, Swahili, Georgian, Armenian, Serbian, Welsh, Afrikaans, Albanian, Azerbaijani,
    # Kazakh
    "telepon telp notelepon notelp nomortelepon nohp nomorhp nowa ponsel handphone notelefon notel "
    "nombortelefon telefonbimbit telepono numerongtelepono selpon फ़ोन फोन फ़ोननंबर फोननंबर मोबाइल "
    "मोबाइलनंबर दूरभाष ফোন ফোননম্বর মোবাইল মোবাইলনম্বর simu ტელეფონი ტელეფონისნომერი მობილური "
    "հեռախոս հեռախոսահամար բջջային мобилни бројтелефона ffôn rhifffôn symudol selfoon selnommer "
    "telefoonnommer selfoonnommer telefoni numriitelefonit celulari telefonu telefonnömrəsi "
    "əlaqənömrəsi телефоны ұялытелефон телефоннөмірі "
    # Urdu, Nepali, Sinhala, Tamil, Telugu, Amharic: phone (number), mobile (number), contact
    # number
    "فون فون_نمبر موبائل موبائل_نمبر رابطہ_نمبر ٹیلیفون ٹیلیفون_نمبر फोन_नम्बर मोबाइल_नम्बर "
    "सम्पर्क_नम्बर टेलिफोन දුරකථන දුරකථනය දුරකථන_අංකය ජංගම_දුරකථන ජංගම_දුරකථන_අංකය தொலைபேசி "
    "தொலைபேசி_எண் கைபேசி கைப்பேசி அலைபேசி மொபைல் மொபைல்_எண் கைபேசி_எண் ఫోన్ ఫోన్_నంబర్ ఫోన్_నెంబర్ "
    "మొబైల్ మొబైల్_నంబర్ ስልክ ስልክ_ቁጥር የስልክ_ቁጥር ሞባይል ተንቀሳቃሽ_ስልክ "
    # Yoruba, Hausa, Somali, Mongolian, Uzbek, Macedonian, Slovak, Maltese, Irish, Basque, Khmer
    "fóònù nọ́mbà_fóònù waya lambar_waya lambar_wayar taleefan taleefanka telefoonka "
    "lambarka_taleefanka lambarka_telefoonka mobaylka утас утасны_дугаар гар_утас телефон_рақами "
    "мобилен телефонски_број број_на_телефон telefónne_číslo číslo_telefónu mobilné_číslo mowbajl "
    "fón fón_póca guthán uimhir_fóin uimhir_ghutháin uimhir_theileafóin telefonoa telefono_zenbakia "
    "mugikorra ទូរស័ព្ទ លេខទូរស័ព្ទ លេខទូរសព្ទ "
    # Gujarati, Punjabi, Marathi, Kannada, Malayalam: phone (number), mobile (number), contact
    # number
    "ફોન ફોન_નંબર મોબાઇલ મોબાઇલ_નંબર સંપર્ક_નંબર ਫ਼ੋਨ ਫ਼ੋਨ_ਨੰਬਰ ਮੋਬਾਈਲ ਮੋਬਾਈਲ_ਨੰਬਰ ਸੰਪਰਕ_ਨੰਬਰ "
    "मोबाईल मोबाईल_नंबर फोन_नंबर मोबाईल_क्रमांक संपर्क_क्रमांक भ्रमणध्वनी दूरध्वनी ಫೋನ್ ಫೋನ್_ಸಂಖ್ಯೆ "
    "ಮೊಬೈಲ್ ಮೊಬೈಲ್_ಸಂಖ್ಯೆ ದೂರವಾಣಿ ഫോൺ ഫോൺ_നമ്പർ മൊബൈൽ മൊബൈൽ_നമ്പർ "
    # Turkmen, Xhosa and Zulu, Samoan, Maori, Belarusian, Kyrgyz, Tajik
    "telefon_belgisi telefony telefonu inombolo_yefowuni ifowuni umnxeba inombolo_yocingo ucingo inombolo_yeselula "
    "numera_telefoni waea nama_waea тэлефон нумар_тэлефона мабільны телефон_номери рақами_телефон "
    # Lao, Burmese, Kurdish (both scripts), Pashto, Igbo, Malagasy, Faroese, Luxembourgish,
    # Tigrinya
    "ເບີໂທ ໂທລະສັບ ເບີໂທລະສັບ ဖုန်း ဖုန်းနံပါတ် hejmara_telefonê ژمارەی_تەلەفۆن مۆبایل تلیفون "
    "د_تلیفون_شمېره ekwentị nọmba_ekwentị finday laharana_finday telefaona telefonnummar fartelefon "
    "telefonsnummer ቴሌፎን ቁጽሪ_ቴሌፎን ስልኪ "
    # Hawaiian, Tatar, Bashkir, Uyghur, Sindhi, Assamese, Odia, Tibetan and Dzongkha, Dhivehi,
    # Fijian, Tongan, Tok Pisin, Guarani, Haitian Creole, Breton, Occitan, Corsican, West
    # Frisian, Romansh, Kinyarwanda, Shona, Wolof, Lingala, Oromo, Tswana, Sesotho
    # (and French CRMs' phones: Dolibarr's 'Tél portable', 'Tél perso', 'Tél pro')
    "tél_portable tél_perso tél_pro tél_fixe tél_domicile tél_bureau téléphone_portable portable "
    "kelepona helu_kelepona телефон_номеры кесә_телефоны кеҫә_телефоны تېلېفون تېلېفون_نومۇرى "
    "يانفون فون_نمبر موبائيل ফোন_নম্বৰ ম'বাইল ଫୋନ ଫୋନ_ନମ୍ବର ମୋବାଇଲ ཁ་པར་ ཁ་པར་ཨང་ ཁ་པར་ཨང་གྲངས་ "
    "ལག་ཐོགས་ཁ་པར་ ފޯނު ފޯނު_ނަންބަރު މޯބައިލް talevoni naba_ni_talevoni fika_telefoni fon "
    "namba_bilong_fon fon_namba mobail pumbyry telefòn nimewo_telefòn selilè pellgomz "
    "niverenn_bellgomz telefonu telefoan telefoannûmer numer_da_telefon nimero_ya_telefoni nhare "
    "runhare nhamba_yenhare nimero_telefon telefone nimero_ya_telefone bilbila bilbilaa "
    "lakkoofsa_bilbilaa mogala nomore_ya_mogala mohala nomoro_ya_mohala "
    # Esperanto, Scottish Gaelic, Cebuano and Hiligaynon, Northern Sami, Greenlandic,
    # Yiddish, Sardinian, Yakut
    "telefonnumero poŝtelefono posxtelefono àireamh_fòn fòn_làimhe selpon numero_sa_telepono "
    "numero_sang_telepono telefovdna telefonnummir mátketelefovdna oqarasuaat oqarasuaatip_normua "
    "טעלעפֿאָן מאָביל telèfonu төлөпүөн "
    # Tetum, Javanese and Sundanese, Papiamento, Friulian, siSwati, Xitsonga, Chichewa and
    # Bemba, Luganda, Kikuyu, Hmong, Cornish, Walloon
    "numeru_telefone nomer_telpon nomer_telepon telpon number_di_telefòn selular number_di_selular "
    "numar_di_telefon telefonin lucingo inombolo_yelucingo riqingho nomboro_ya_riqingho foni "
    "nambala_ya_foni essimu ennamba_y_essimu thimũ xov_tooj tus_xov_tooj pellgowser niver_pellgowser "
    "limero_d_telefone "
    # Sicilian, Cantonese (Traditional Chinese: Hong Kong's 'mobile' is a hand-carried phone),
    # Tahitian, Gilbertese, Bislama, Kabyle, Tamazight (Tifinagh)
    "telèfunu nùmmaru_di_telèfunu cellulari 電話號碼 手提電話 手機 聯絡電話 流動電話 niuniu "
    "numera_niuniu tareboon namba_blong_fon tiliɣri uṭṭun_n_tiliɣri ⵜⵉⵍⵉⴼⵓⵏ "
    # Cook Islands Māori, Bambara
    "tereponi numero_tereponi telefɔni "
    # Norwegian's and Danish's 'tlf' and its number, Norwegian's and Swedish's mobile (phone)
    # number; Finnish: a mobile number, its 'puh.' (and 'puhelinnro'); Latvian: a mobile phone's
    # number; Malay: a home and a mobile phone's number ('No. telefon bimbit'); Indonesian: a
    # WhatsApp number ('Nomor WA'); Afrikaans: a contact number, a cell's number ('Sel nr'), a
    # home phone; Shona (Manyika's): a mobile phone
    "tlf tlf_nr telefonnr mobilnr mobiltelefonnummer matkapuhelinnumero mobiilinumero puh puhelinnro "
    "mobilā_tālruņa_numurs no_telefon_rumah no_telefon_bimbit nomor_wa kontaknommer sel_nr huistelefoon "
    "nharembozha "
    # Russian: a phone's number, a cellular (phone), a mobile's abbreviation ('Моб.'); Turkish
    # and Azerbaijani: a home and a work phone (Persian's mobile and landline: see _PERSIAN)
    "номер_телефона сотовый моб ev_telefonu iş_telefonu "
    # Indonesian: a mobile's number ('ponsel', a cellular phone)
    "nomor_ponsel no_ponsel",
    "EMAIL_ADDRESS": "email mail emailaddress useremail contactemail emailaddr mailaddress "
    # (Korea's standard terms: 'EMAIL_ADRES', 'MBER_EMAIL_ADRES')
    "emailadres mberemailadres useremailadres emplyremailadres "
    "emailadresse courriel correo correoelectronico epost sahkoposti emailcim почта электроннаяпочта メールアドレス メール eposta "
    "이메일 전자우편 메일주소 "  # Korean
    # Estonian, Latvian, Lithuanian, Slovenian and Croatian, Bulgarian, Ukrainian, Hebrew, Thai,
    # Icelandic
    "epostiaadress epasts epastaadrese elpastas elpastoadresas epastas epostninaslov emailadresa "
    "e-mailová_adresa elektronska_pošta indirizz_elettroniku "  # (Slovak, Slovene, Maltese)
    "adresaeposte eposta pastas pastoadresas пошта имеил епоща електроннапоща имеиладрес елпошта електроннапошта דואל אימייל "
    "מייל כתובתמייל כתובתדואל כתובתאימייל อเมล อเมล netfang "
    # Indonesian, Malay, Hindi, Bengali, Swahili, Georgian, Armenian, Serbian, Catalan,
    # Welsh, Afrikaans, Albanian, Azerbaijani and Kazakh
    "surel emel posel ईमेल ईमेलपता ইমেইল ইমেল baruapepe ელფოსტა էլփոստ епошта имејл мејл "
    "correuelectronic correu ebost cyfeiriadebost eposadres emaili postaelektronike epoçt "
    "электрондықпошта "
    # Urdu, Nepali, Sinhala, Tamil, Telugu, Amharic, Yoruba, Hausa, Somali, Mongolian, Uzbek,
    # Macedonian, Maltese, Irish, Basque, Galician, Khmer
    "ای_میل ایمیل_ایڈریس इमेल විද්‍යුත්_තැපෑල ඊමේල් ඊමේල්_ලිපිනය மின்னஞ்சல் மின்_அஞ்சல் "
    "மின்னஞ்சல்_முகவரி ఇమెయిల్ ఈమెయిల్ ఇమెయిల్_చిరునామా ኢሜይል ኢሜል ኢሜይል_አድራሻ ímeèlì imeeli imel "
    "iimayl iimaylka iimeel iimeelka имэйл и-мэйл цахим_шуудан elektron_pochta e-pochta электрон_почта "
    "електронска_пошта posta_elettronika ríomhphost seoladh_ríomhphoist posta_elektronikoa "
    "helbide_elektronikoa enderezo_electrónico អ៊ីមែល អ៊ីម៉ែល "
    # Gujarati, Punjabi, Marathi, Kannada, Malayalam, Turkmen, Xhosa, Zulu, Samoan, Maori,
    # Belarusian, Kyrgyz, Tajik, Lao, Burmese, Kurdish, Pashto, Malagasy, Faroese, Tigrinya
    "ઇમેઇલ ઈમેલ ઇમેલ ਈਮੇਲ ਈ-ਮੇਲ ई-मेल ಇಮೇಲ್ ಇ-ಮೇಲ್ ഇമെയിൽ ഇ-മെയിൽ e-poçta elektron_poçta i-imeyile "
    "imeyile i-imeyili imeli īmēra электронная_пошта э-пошта электрондук_почта почтаи_электронӣ "
    "ອີເມວ ອີເມລ အီးမေးလ် e-name ئیمەیڵ برېښنالیک mailaka teldupostur ኢመይል "
    # Hawaiian, Uyghur, Sindhi, Assamese, Odia, Tibetan, Dhivehi, Haitian Creole, Breton,
    # Occitan, Kinyarwanda, Tswana and Sesotho, Oromo
    "leka_uila ئېلخەت ئېلېكترونلۇق_خەت اي_ميل ইমেইল ই-মেইল ଇମେଲ ଇ-ମେଲ གློག་འཕྲིན་ އީމެއިލް imèl postel "
    "corrièl imeyili imeile imeelii "
    # Esperanto, Scottish Gaelic, Northern Sami, Yiddish
    "retpoŝto retposxto retadreso post_d post_dealain e_poasta בליצפּאָסט "
    # Tetum, Papiamento, Friulian
    "korreiu_eletróniku korreo_elektróniko pueste_eletroniche "
    # Asturian, Aragonese, Sicilian, Cantonese (Traditional Chinese), Kabyle
    "corréu_electrónicu correu_electronico posta_elettrònica 電郵 電郵地址 電子郵件 imayl "
    # Norwegian and Swedish: an e-mail address; Finnish: an e-mail address; Latvian: an
    # electronic mail address; Malay: an e-mail address ('Alamat e-mel'); Afrikaans: e-mail
    # ('E-pos'; 'E-posadres' was read)
    "epostadresse epostadress sähköpostiosoite elektroniskā_pasta_adrese alamat_emel epos "
    # Russian: e-mail's abbreviation ('Эл. почта')
    "эл_почта",
    "IP_ADDRESS": "ip ipaddress clientip remoteaddr remoteip sourceip srcip xforwardedfor ipaddr "
    "ipadresse primareipadresse "  # (German's: i-doit's 'Primäre IP-Adresse')
    "clientaddr srcaddr "
    # a forum's user's and post's addresses by what they did, in one lower-case word (Question2Answer's 'createip',
    # 'loginip', 'writeip', 'lastip', 'lastviewip'; phpBB's 'user_ip' splits)
    "createip loginip writeip lastip lastviewip regip signupip postip editip",
    # No hint by name (a card needs its checksum); a number column of these is scanned.
    "CREDIT_CARD": "cardnumber creditcard creditcardnumber ccnumber ccnum cardno",
}

# A bare "name" is a person only below a person-like parent (author.name, user.name;
# Segment's traits.name, an order's billing.name).
_PERSON_PARENTS = {"author", "user", "customer", "contact", "person", "owner", "sender",
                   "shipto", "billto", "soldto", "deliverto",  # (ShipStation's 'Ship To - Name', 'Bill To - Name')
                   "recipient", "member", "employee", "profile", "poster", "reporter",
                   "traits", "identity", "buyer", "shopper", "patient", "billing", "shipping",
                   "billingaddress", "shippingaddress", "cardholder", "payer", "guest", "subscriber",
                   "applicant", "student", "attendee", "passenger", "traveler", "traveller",
                   # analytics SDKs' and help desks' people: Amplitude's user_properties, a
                   # chat export's user_profile, a ticket's requester
                   "userproperties", "personproperties", "userprofile", "userinfo", "requester",
                   "submitter", "assignee", "commenter", "creator",
                   "personalinfo", "personaldetails", "personaldata", "customerinfo", "contactinfo",
                   "u",  # Rocket.Chat's message author, {"u": {"username": ..., "name": ...}}
                   "beneficiary", "payee", "remitter",  # a transfer's parties ('beneficiary.name')
                   # a mail's parties as Missive's API names them (from_field.name, to_fields[0].name)
                   "fromfield", "tofields", "ccfields", "bccfields", "replytofields",
                   # lists of people: a chat message's mentions, a thread's participants
                   "mentions", "participants", "members", "users", "recipients", "attendees",
                   "authors", "assignees", "reviewers", "contacts", "customers", "people",
                   # a forum's posts and comments: Discourse's post_stream.posts[0].name
                   "post", "posts", "comment", "comments", "reply", "replies",
                   # a ride's or a delivery's people ('"captain":{"id":"DRV-14132","name":"Khalid"}'), a call's, a lease's
                   "rider", "captain", "courier", "chauffeur", "motorista", "caller", "tenant"}  # (not a
                   # driver: a device's as often, {"driver":{"name":"e1000e"}})
# Parents of a person object beside _PERSON_PARENTS: Help Scout's 'primaryCustomer',
# 'assignedTo', 'createdBy' (and the _BY_USER names)
_OBJECT_PEOPLE = frozenset({"primarycustomer", "assignedto", "createdby", "updatedby", "closedby",
                            "owner", "agent", "sender", "recipient"})
_PEOPLE_ENDS = ("user", "customer", "person", "contact", "member", "employee", "agent", "owner")
# A mail's party and which part of it, as Outlook's CSV export names its columns
_OUTLOOK_PART = re.compile(r"(?i)(?:from|to|cc|bcc):\s*\((name|address|type)\)")
# Search engines' copies of a record's fields, one object per field with its text in
# 'value' (Algolia's _highlightResult and _snippetResult)
_MIRRORS = frozenset({"_highlightResult", "_snippetResult", "highlightResult", "snippetResult"})
# What a device's id names after it, head first ('IMEI_Telephone', 'ICCID_SIM', 'IMEI 1')
_WHAT_AN_ID_IS_OF = frozenset({"telephone", "tel", "phone", "mobile", "telefono", "telefone", "celular", "portable",
                               "device", "appareil", "handset", "sim", "carte", "card", "chip", "puce", "1", "2",
                               "slot"})
# Whose value a compound name qualifies: 'Billing Name', 'shipping_city', 'homePhone',
# 'emergency_contact_name'. The rest of the name says the type ('name' a person); a
# qualifier that names no person ('lineitem_name', 'company_city') gives no type.
_QUALIFIERS = ("billing", "bill", "shipping", "ship", "shipto", "billto", "soldto", "delivery", "mailing", "postal", "home",
               "work", "office", "customer", "contact", "buyer", "shopper", "recipient", "sender",
               "owner", "holder", "emergencycontact", "emergency", "primary", "secondary",
               "alternate", "alt", "personal", "private", "member", "patient", "employee", "guest", "invitee",
               "payer", "parent", "guardian", "spouse", "partner", "manager", "agent", "student",
               # more people an export names ('visitor_name', 'subscriber_email'); not 'client'
               # or 'driver', whose names are an app's and a device driver's as often
               "visitor", "attendee", "subscriber", "passenger", "technician", "supervisor",
               "requester", "submitter", "reporter", "reviewer", "approver", "seller", "applicant",
               "consumer",  # a review site's 'Consumer Name'
               "candidate", "tenant", "landlord", "player", "teacher", "doctor", "nurse", "volunteer",
               "donor", "beneficiary", "caller", "lead", "prospect", "speaker", "traveler",
               "oncall",  # (a team's on-call engineer: a ConfigMap's 'ONCALL_NAME')
               "other",  # (a CRM contact's other address: Salesforce's and Vtiger's 'Other State', 'Other Street')
               "traveller", "rider", "courier",
               # a lender's and a courier service's staff ('staffName', Fineract's loan officer, Onfleet's
               # 'workerName': its driver, 'dispatcherName')
               "staff", "loanofficer", "fieldofficer", "officer", "worker", "dispatcher",
               "creator", "editor", "uploader", "modifier", "updater",  # (Twist's 'creator_name')
               # a blog's or a forum's posters (WordPress' author_display_name, comment_author_email)
               "author", "commentauthor", "commenter", "poster",
               "starter", "lastposter", "firstposter", "lasteditor",  # (a thread's: Misago's 'starter_name')
               # Czech and Slovak: billing, delivery ('Fakturační ulice', 'Doručovací PSČ')
               "fakturacni", "dorucovaci", "fakturacna", "dorucovacia",
               # Hungarian: shipping, billing, installation (an ISP's), customer's; Finnish: the user's,
               # the customer's ('Telepítési cím', 'Käyttäjän koko nimi')
               "szallitasi", "szamlazasi", "telepitesi", "ugyfel", "vevo", "kayttajan", "asiakkaan",
               # where one lives, as a POS's customer export says it (Vend's 'physical_suburb',
               # 'postal_city'), an HR export's ('Permanent Address'); a till's cashier
               "physical", "permanent", "residential", "correspondence", "cashier", "clerk", "salesperson",
               # a survey's people (ODK's and KoboToolbox's 'resp_name', 'enumerator_name')
               "respondent", "resp", "enumerator", "interviewer", "participant", "caregiver",
               # (and in Portuguese and Spanish: 'inquiridor_nome', 'nome_entrevistado', 'encuestador_nombre')
               "inquiridor", "inquirido", "entrevistador", "entrevistado", "encuestador", "encuestado", "respondente",
               # German's, its compounds' first part ('Kundenname', 'Lieferadresse', 'Rechnungs-PLZ', 'Empfänger-Telefon',
               # 'Mitarbeiter-E-Mail')
               "kunden", "liefer", "rechnungs", "empfanger", "empfaenger", "absender", "mitarbeiter", "patienten",
               "ansprechpartner", "besteller", "mieter", "fahrer", "teilnehmer", "antragsteller")
_NOT_PERSON_QUALIFIERS = frozenset({"office", "work", "partner", "other"})
_WHICH_AFTER = ("alt", "alternativo", "alternativa", "alternate", "conf", "confirm", "confirmacao", "confirmacion",
                "secundario", "secundaria", "2")
_POSTER_QUALIFIERS = frozenset({"author", "commentauthor", "commenter", "poster", "member"})
# A phone's or a browser's push token, its address for notifications (APNs', FCM's; OneSignal's 'identifier'
# beside its device columns, see column_hints): a device's id
_PUSH_TOKEN_NAMES = frozenset({"pushtoken", "devicetoken", "apnstoken", "apnsdevicetoken", "fcmtoken",
                               "fcmregistrationtoken", "gcmregistrationid", "pushidentifier"})
# Mobile and web analytics' device identifiers (IDFA, IDFV, Google's advertising id)
_DEVICE_ID_NAMES = {"advertisingid", "advertisingidentifier", "adid", "idfa", "idfv", "gaid", "aaid", "androidid", "androiduuid",
                    "googleadvertisingid", "adtrackingid",
                    # Adjust's names: Google Play's, Amazon Fire's, Huawei's and Windows' ad ids
                    "gpsadid", "fireadid", "oaid", "winadid", "winudid", "winhwid",
                    # Adobe Analytics' mobile_id, an Apple device's UDID, a phone's IMEI/MEID
                    "mobileid", "udid", "deviceudid", "imei", "meid",
                    "deviceidentifier", "hardwareuuid", "smbiosuuid",  # an inventory's (ConnectWise's)
                    # a remote-support tool's id of a machine (TeamViewer's connection report, AnyDesk's)
                    "teamviewerid", "anydeskid", "anydeskaddress", "rustdeskid",
                    "kuid",  # (Quest KACE's agent's id of its machine: an inventory's 'KUID')
                    # Exchange ActiveSync's device id (Z-Push's 'devId'), the SMBIOS UUID as Ansible's facts
                    # name it ('product_uuid')
                    "devid", "productuuid"} | _PUSH_TOKEN_NAMES

# A question's first word, the words between it and what it asks for, and the verbs that ask
# where one is (not 'Where did you hear about us?')
_ASKING = frozenset({"which", "what", "whats", "where"})
_ASKING_FILLER = frozenset({"is", "are", "was", "s", "your", "the", "home", "current", "present", "usual"})
_WHERE_ONE_IS = frozenset({"live", "living", "from", "based", "reside", "stay", "staying", "located"})
# The same questions in Portuguese, Spanish and French: their first word or two, 'where', and the
# places they ask for
_ASKING_ROMANCE = frozenset({"qual", "cual", "cuál", "quelle", "quel", "onde", "donde", "dónde", "où", "aonde"})
_ASKING_ROMANCE_2 = frozenset({("em", "que"), ("en", "que"), ("en", "qué"), ("de", "que"), ("de", "qué"), ("dans", "quelle"),
                               ("dans", "quel"), ("a", "que"), ("a", "qué"), ("na", "qual"), ("en", "cual"), ("en", "cuál")})
_NAME_ASKED = frozenset({"nombre", "nome", "nom", "apellido", "apellidos", "sobrenome", "prénom", "prenom"})
_WHERE_ROMANCE = frozenset({"onde", "donde", "dónde", "où", "aonde"})
_PLACE_ASKED = frozenset({"cidade", "ciudad", "ville", "ilha", "isla", "ile", "île", "localité", "dirección", "endereço", "bairro", "barrio", "quartier", "provincia",
                          "province", "municipio", "localidade", "localidad", "localite", "pais", "país", "pays", "morada",
                          "endereco", "direccion", "adresse", "aldeia", "aldea", "village", "vila", "comuna", "distrito"})
_SERIAL_ASKED = re.compile(r"(?i)\(S/N\)|\bn[uú]mero de s[ée]rie\b|\bserial number\b|\bnum[ée]ro de s[ée]rie\b")

# Directories and device managers, as their exports name their own id of a device
_MDM_NAMES = frozenset({"azuread", "aad", "entra", "entraid", "intune", "mdm", "maas360", "airwatch", "workspaceone",
                        "jamf", "mobileiron", "kandji", "hexnode", "scalefusion", "mobicontrol", "soti", "meraki",
                        "miradore", "simplemdm", "addigy", "mosyle"})

# WMI's Win32_ComputerSystemProduct, as inventories and RMM agents dump it (Tactical RMM's
# 'wmi_detail.comp_sys_prod', 'wmic csproduct'): its UUID is the machine's SMBIOS UUID
_WMI_PRODUCT = frozenset({"compsysprod", "computersystemproduct", "win32computersystemproduct", "csproduct"})

# Fields whose values are user agents: version strings, not addresses or phones.
_AGENT_NAMES = {"useragent", "httpuseragent", "ua", "browser"}
# A bare 'agent' is a user agent in a web log's export and a support agent in a ticket
# export ('j.doe', 'Priya Raman'): the value says which (see is_noise_value).
_AMBIGUOUS_AGENT = "agent"
# A user agent: a product/version token ('curl/8.4', 'Mozilla/5.0 (...)') or a comment
_USER_AGENT = re.compile(r"[\w.\-]+/[\w.\-]+(?:\s|$)|.*\(.*\)")
# Fields of codes whose digits look like phone or card numbers and are neither: a card's
# check code, and a postcode (a place's: see _POSTCODE), alone or qualified ('Billing Zip',
# 'postal_code')
# A password's and a one-time code's secret (a password manager's export: Bitwarden's 'login_password',
# 'login_totp'): random characters, whose pieces a recognizer reads as a login or a mailbox; no type of ours
# ('pwd' is a shell's working directory as often: 'PWD=/home/alice')
_SECRET_NAMES = frozenset({"password", "passwd", "passphrase", "loginpassword", "logintotp", "totp", "otpsecret"})
_CODE_NAMES = {"cvv", "cvv2", "cvc", *_SECRET_NAMES}
_RECORD_REFS = frozenset({"ref", "ticketref", "ticketreference", "caseref", "bookingref", "orderref"})
_COMPLIANCE_NAMES = frozenset({"cis", "ciscsc", "pcidss", "nist80053", "hipaa", "gdpr", "tsc", "gpg13", "iso27001"})
_POSTCODE_ENDS = ("zip", "zipcode", "postcode", "postalcode", "plz", "pincode", "الرمزالبريدي", "رمزبريدي",  # (Arabic)
                  # French, German, Spanish and Portuguese, Nordic ('Code postal', 'Postleitzahl')
                  "codepostal", "postleitzahl", "codigopostal", "postnummer", "postinumero",
                  "kodpocztowy", "postnr", "psc", "индекс",  # (Russian 'Почтовый индекс')
                  "postakodu", "郵便番号", "τκ", "ταχυδρομικοσκωδικασ",
                  "우편번호", "mabuudien", "mabuuchinh",  # (Turkish, Japanese, Greek, Korean, Vietnamese)
                  "iranyitoszam", "codpostal",  # (Hungarian, Romanian)
                  # Estonian, Latvian, Lithuanian, Slovenian, Croatian, Bulgarian, Ukrainian,
                  # Hebrew, Thai, Icelandic
                  "postiindeks", "sihtnumber", "sihtkood", "pastaindekss", "pastokodas", "postnastevilka", "postanskibroj",
                  "пощенскикод", "індекс", "מיקוד", "รหสไปรษณย", "postnumer",
                  # Indonesian, Malay, Hindi ('PIN code'), Bengali, Swahili, Persian, Georgian,
                  # Armenian, Serbian, Catalan, Welsh, Afrikaans, Albanian, Azerbaijani, Kazakh
                  "kodepos", "poskod", "पिनकोड", "পোস্টকোড", "postikodi", "کدپستی", "საფოსტოინდექსი",
                  "փոստայինինդեքս", "поштанскиброј", "codipostal", "codpost", "poskode", "kodipostar",
                  "poctindeksi", "поштаиндексі")
_CAP = re.compile(r"\d{5}")  # Italy's postcode, where a field named 'CAP' holds one
# An address's bytes in hex, as mysqldump --hex-blob writes a VARBINARY(16) column's: IPv4's four, IPv6's sixteen
_HEX_BLOB_ADDRESS = re.compile(r"0x(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{32})")


def _a_hosts_hex_blob(value: str) -> bool:
    """Whether ``value`` is an address's bytes in hex (see _HEX_BLOB_ADDRESS), not the loopback's
    nor the unspecified address's: ipaddress reads the bytes, so its own tests decide."""
    if not _HEX_BLOB_ADDRESS.fullmatch(value):
        return False
    import ipaddress  # (only where a column's name says an address)

    address = ipaddress.ip_address(bytes.fromhex(value[2:]))
    return not (address.is_loopback or address.is_unspecified)
_POSTCODE_NAMES = frozenset({"cep",  # Brazil's (Italy's 'CAP' and a French 'CP' are other words too)
                             "postal"})  # GeoIP's (RudderStack's context.geo.postal)


def _without_whose(leaf: str) -> str:
    """A field's name without a whose-word after it and its particle ('... de livraison')."""
    whose = next((w for w in _WHOSE_AFTER if leaf.endswith(w) and len(leaf) > len(w)), None)
    if not whose:
        return leaf
    leaf = leaf[:-len(whose)]
    particle = next((p for p in _WHOSE_PARTICLES if leaf.endswith(p) and len(leaf) > len(p) + 2), "")
    return leaf[:-len(particle)] if particle else leaf


@lru_cache(maxsize=4096)
def _is_postcode_name(leaf: str) -> bool:
    leaf = _without_whose(leaf)  # Romanian's 'Cod postal facturare', French's 'Code postal de livraison'
    return leaf.endswith(_POSTCODE_ENDS) or leaf in _POSTCODE_NAMES


def _names_a_postcode(field: str, leaf: str) -> bool:
    """Whether a field holds a postcode: by its name, or as an address's code (a payroll's
    'Physical Address: Code', RetailCRM's 'address.index', Russian's word), or Spanish's with its
    dots ('C.P.', 'C.P. del remitente')."""
    return _is_postcode_name(leaf) or leaf in ("code", "index") and _leaf_and_parent(field)[1].endswith(("address", "addr")) \
        or _DOTTED_CP.match(field) is not None


# A card's holder as its chip and stripe write one, surname first ('SARMIENTO/CRISTINA', 'LOPEZ/JUAN
# CARLOS'), where a payment's report gives it: in its cardholder's column only ('TCP/IP' is no one's)
_CHIP_NAME = re.compile(r"[^\W\d_]{2,30}(?:[ ][^\W\d_]{2,30})?/[^\W\d_][^\W\d_ ]{0,30}(?:[ ][^\W\d_]{1,30})?")
_CARDHOLDERS = frozenset({"cardholder", "cardholdername", "nameoncard", "cardname", "tarjetahabiente",
                          "nombredeltarjetahabiente", "titulardelatarjeta", "portador", "nomduporteur"})
# A toll-free number of North America's plan or Mexico's (800 and ten digits), with its country's
# code or the old long-distance '01' maybe: '800 926 4410', '1-800-555-0199', '+52 800 123 4567'
_TOLL_FREE = re.compile(r"(?:\+?1[ .\-]?|\+52[ .\-]?|01[ .\-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[ .\-]?\d{3}[ .\-]?\d{4}"
                        # the Gulf's free and unified lines: Oman's, Qatar's and Bahrain's '800 77 000', '8007 1234',
                        # Kuwait's seven digits from '1' ('1 804 040', '1888988')
                        r"|800[ ]?\d{2}[ ]?\d{2,3}|1[ ]?8\d\d[ ]?\d{3}"
                        # Vietnam's free and shared-cost lines ('1800 6092', '1900 4287', '1900 545 436'),
                        # Australia's ('1300 655 506'), India's ('1800-425-4026')
                        r"|1[89]00[ .]?\d{4}|1[89]00[ .]?\d{3}[ .]?\d{3}|1300[ ]?\d{3}[ ]?\d{3}"
                        r"|1800[ \-]?\d{3}[ \-]?\d{4}"
                        # Portugal's free, shared-cost and national-rate lines ('808 200 150', '800 20 33 44'), Brazil's
                        # and the UK's free lines ('0800 725 0011') and Brazil's firms' one number in every town
                        # ('4003-3939', '3003-4070')
                        r"|(?:800|808|707|760)(?:[ ]?\d{3}[ ]?\d{3}|[ ]\d\d[ ]\d\d[ ]\d\d)|0[3589]00[ ]?\d{3}[ ]?\d{4}"
                        r"|(?:3003|400[34]|4020|4062)[ .\-]?\d{4}"
                        # a short free line after the trunk '0' ('0800 211', Timor-Leste's and others'), or '800' and
                        # four digits after a country's code ('+673 800 1234', Brunei's)
                        r"|0800[ ]?\d{3}|\+\d{2,3}[ ]?800[ ]?\d{4}")
# The parts of a value an object holds apart, and the types whose parts they are
_PARTS_OF = {"first": ("PERSON",), "last": ("PERSON",), "middle": ("PERSON",), "given": ("PERSON",),
             "family": ("PERSON",), "full": ("PERSON", "PHONE_NUMBER"),
             "index": ("LOCATION",)}  # (an address's 'index', Russian's for its postcode: RetailCRM's 'address.index')
_KIND_AFTER_DASH = re.compile(r"(.{2,60}?) - (?i:home|work|other|personal|business|billing|shipping|mobile|primary)")
_DOTTED_CP = re.compile(r"(?i)C\.[ ]?P\.(?:[ ]|$)")
_WHOSE_CP = re.compile(r"(?i)(?:de|del|de[ ]la)[ ][^\W\d_]{2,30}")


# The small words before a whose-word: French 'de', 'du', 'des'; Spanish 'de', 'del';
# Italian 'di', 'della', 'per'; Portuguese 'de', 'da', 'do', 'para'
_WHOSE_PARTICLES = ("della", "para", "des", "del", "per", "de", "du", "di", "da", "do")
# A postcode: 10115, 01304-001, NW1 6XE, H3B 1K9, 00-514, D02 VK65 (a digit in it)
# (and Iran's ten digits, '18831-18934', in Persian or Arabic digits too: '۷۰۸۱۳۶۰۳۳۷')
# (and Nepal's in Devanagari digits, '४४६००')
_POSTCODE = re.compile(r"(?=.*\d)[A-Za-z0-9\u06f0-\u06f9\u0660-\u0669\u0966-\u096f]"
                       r"[A-Za-z0-9\u06f0-\u06f9\u0660-\u0669\u0966-\u096f \-]{1,10}")
# Fields whose values are URLs/requests: parse their query strings.
_URL_NAMES = {"request", "url", "uri", "requesturi", "path", "referer", "referrer", "uriquery", "uristem",
              "querystr",  # (Akamai DataStream 2's queryStr: the query, no '?')
              "args",  # (AWS WAF's httpRequest.args: the query, no '?')
              "httpreferer", "requesturl", "query", "querystring", "href", "link"}
# Free-text field names (NER candidates).
# A JSON log's record's message, a program's line (see analyze_structure)
_LOG_MESSAGE_LEAVES = frozenset({"message", "msg", "log", "logmessage", "textpayload", "line"})
FREE_TEXT_NAMES = {"body", "text", "message", "msg", "content", "comment", "comments", "note",
                   "notes", "description", "title", "subject", "summary", "bio", "about",
                   "aboutme", "review", "feedback", "signature", "post", "reply", "answer",
                   "question", "fulltext",  # (presidio-research's samples)
                   # notes and remarks in Portuguese, Spanish, German, French, Dutch, Polish, Czech, Hungarian
                   "observacoes", "observacao", "observaciones", "observacion", "notas", "comentarios", "remarks",
                   # a ticket's description and message in Portuguese, Spanish, German, French, Italian
                   "descricao", "descripcion", "beschreibung", "mensagem", "mensaje", "nachricht", "comentario",
                   "kommentar", "commentaire", "commentaires", "descrizione", "messaggio",
                   "bemerkung", "bemerkungen", "anmerkungen", "remarques", "opmerkingen", "opmerking", "uwagi", "poznamka",
                   "poznamky", "megjegyzes"}

# (an acronym before a word splits too: Xero's 'POPostalCode' is 'PO', 'Postal', 'Code')
# (An Indic script's vowel signs are no separators: Hindi's 'पता' is one word, not 'प', 'त')
_SPLIT = re.compile(r"(?:[^\w\u0780-\u07bf\u0900-\u0dff\u0f71-\u0f84\u0f8d-\u0fbc]|_)+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
# A key path's separators: 'user.address[0].city', Chargebee's 'billing_address[first_name]'
_PATH_SEPARATORS = re.compile(r"\.|\[|\]")


def normalize_name(name: str) -> str:
    """Lower case, separators and accents gone: 'E-Mail-Adresse' -> 'emailadresse',
    'Téléphone' -> 'telephone', 'Straße' -> 'strasse'."""
    if not name.isascii():
        import unicodedata

        # (NFC again: NFKD takes Hangul's syllables apart into letters; Turkish 'Alıcı' is
        # 'alici', Vietnamese 'Địa chỉ' 'diachi')
        name = unicodedata.normalize("NFC", "".join(
            c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c)))
        name = name.replace("ı", "i").replace("đ", "d").replace("ł", "l")  # (and Polish 'Tytuł': 'tytul')
    return "".join(p.lower() for p in _SPLIT.split(name) if p)


for _type, _names in _NAME_WORDS.items():
    for _n in _names.split():
        _NAME_TYPES[normalize_name(_n)] = _type  # (Japanese 'フリガナ' is read 'フリカナ')


# A header's note in parentheses after a blank: Stripe's 'customer_name (metadata)',
# Zoom's 'Name (Original Name)'
_NOTE = re.compile(r"\s+(?:\([^()]*\)|\[[^\[\]]*\])\s*$")  # '(metadata)', Google Workspace's '[Required]'
# A CRM's 'Entity - Field - Kind' columns (Pipedrive's 'Person - First name', 'Person -
# Phone - Mobile'): parts of a path, as a key path's are
_DASHED_PARTS = re.compile(r"\s+[-/]\s+|(?<=\w)[ \u00a0\u202f]?:\s+")  # (and Allegro's 'Dostawa: kod pocztowy': the delivery's
# postcode; French writes a blank before the colon: Dynamics' 'Adresse 1 : ville'; a CRM's composite field and its
# part, Twenty's 'Created by / Source', 'Name / First Name')
# A CRM's composite fields, before ' / ' and their part (Twenty's export: 'Phones / Primary Phone Number', 'Address /
# Post Code'); elsewhere a slash joins alternatives ('Purok / Sitio', 'House Number / Name') or two languages
_COMPOSITES = frozenset({"name", "emails", "phones", "address", "links", "linkedin", "x", "createdby", "updatedby",
                         "whatsapp", "amount", "fullname"})

# W3C extended log columns: c-ip, cs-username, cs(User-Agent), sc-status; the prefix says
# who sent the value (client, server), the rest what it is.
_W3C_NAME = re.compile(r"(?:cs|sc|s|c|rs|sr|r)(?:-(.+)|\((.+)\))")


def _name_parts(field: str) -> list[str]:
    """A field's path as written, a W3C column's prefix gone: 'user.address[0].city' ->
    ['user', 'address', 'city'], 'cs(User-Agent)' -> ['User-Agent']."""
    if ". " in field:
        field = field.replace(". ", " ")  # an abbreviation's dot, no path's ('Serijska št. računalnika', 'El. paštas')
    w3c = _W3C_NAME.fullmatch(field)
    if w3c:
        field = w3c.group(1) or w3c.group(2)
    elif field.endswith((")", "]")):
        field = _NOTE.sub("", field)  # a note after the name: 'customer_name (metadata)'
    if " - " in field or ": " in field or " / " in field and normalize_name(field.split(" / ", 1)[0]) in _COMPOSITES:
        parts = [p for part in _DASHED_PARTS.split(field) for p in _PATH_SEPARATORS.split(part) if p and not p.isdigit()]
    else:
        # a list's index ('reply_users.0'), or a repeated CSV column's number ('Watchers.1'), is
        # no name of its own
        parts = [p for p in _PATH_SEPARATORS.split(field) if p and not p.isdigit()]
    if parts and parts[-1][:3] in ("cf_", "CF_") and len(parts[-1]) > 5:
        parts[-1] = parts[-1][3:]  # a help desk's custom field, its name after 'cf_' (Freshdesk's
        # 'custom_fields.cf_district', 'cf_next_of_kin')
    elif parts and (meta := _OBJECT_METADATA.match(parts[-1])) and len(parts[-1]) > meta.end() + 1:
        parts[-1] = parts[-1][meta.end():]  # an object store's user metadata, its name after its header's
        # prefix (MinIO's and S3's 'requestHeader.X-Amz-Meta-Cliente': the client's name)
    return parts


# An object store's user-metadata header's prefix: S3's (and MinIO's), Google Cloud Storage's, Azure Blob's,
# Alibaba OSS', Tencent COS', OpenStack Swift's
_OBJECT_METADATA = re.compile(r"(?i)x-(?:amz|goog|ms|oss|cos|object)-meta-")


# Names of ids, keys and codes: their digits are no one's phone ('contact_id', 'Call-ID')
_ID_NAME_ENDS = ("id", "ids", "uid", "uuid", "guid", "sid", "oid", "key", "hash", "token", "ref", "code", "no", "nr")


@lru_cache(maxsize=4096)
def field_context(field: str | None) -> str | None:
    """The words a record's field name gives as context, lower case and blank-separated
    ('Emergency contact', 'emergencyContact' -> 'emergency contact'), as Presidio's
    ``analyze_dict`` passes a key to ``analyze(context=...)``; None where the name has
    none or names an id."""
    if not field:
        return None
    parts = _name_parts(field)
    if not parts:
        return None
    words = [w.lower() for w in _SPLIT.split(parts[-1]) if w]
    if not words or words[-1] in _ID_NAME_ENDS:
        return None
    return " ".join(words)


@lru_cache(maxsize=4096)
def _leaf_and_parent(field: str) -> tuple[str, str]:
    parts = _name_parts(field)
    if len(parts) > 2 and parts[-1] in ("value", "matchedWords") and parts[-3] in _MIRRORS:
        parts = parts[:-1]  # Algolia's '_highlightResult.author.value' is the 'author' field's text
    leaf = normalize_name(parts[-1]) if parts else ""
    parent = normalize_name(parts[-2]) if len(parts) > 1 else ""
    return leaf, parent


# A message's parties by the header that names them ('ToFull.0.Email', Postmark's inbound
# mail's addressee): there a desk's mailbox is the firm's own, no contact's
_MAIL_PARTIES = frozenset({"to", "tofull", "cc", "ccfull", "bcc", "bccfull", "from", "fromfull", "replyto",
                              "replytofull", "sender", "recipient", "recipients", "originalrecipient",
                              "deliveredto", "returnpath",
                              # Microsoft Graph's message: 'from.emailAddress.address', 'toRecipients.0.emailAddress...'
                              "torecipients", "ccrecipients", "bccrecipients"})


# A desk's mailbox by its field's first word (normalized): the firm's own
_DESKS = ("support", "helpdesk", "servicedesk", "noreply", "donotreply", "customercare", "customerservice")


def names_a_messages_party(field: str) -> bool:
    """Whether a field holds a message's sender's or addressee's address (a mail's 'To',
    'ToFull.0.Email', 'FromFull.Email'), not a contact's column."""
    leaf, parent = _leaf_and_parent(field)
    return leaf in _MAIL_PARTIES or parent in _MAIL_PARTIES and leaf in ("email", "address", "emailaddress") \
        or leaf.endswith(("email", "emails")) and leaf.removesuffix("s").removesuffix("email") in _MAIL_PARTIES \
        or parent == "msg" and leaf == "email" \
        or parent == "emailaddress" and leaf == "address" and _graph_party(field) \
        or parent in ("inbox", "mailbox") and leaf in ("email", "address", "emailaddress") \
        or leaf.endswith(("email", "mail", "address")) and leaf.startswith(_DESKS)
    # (the firm's own desk a record names beside its customer: a booking API's 'support_email', 'noreply_address';
    # a help desk's inbox a ticket came into: Teamwork Desk's 'ticket.inbox.email', the firm's own desk;
    # a mail service's event's message: Mandrill's 'msg.email', its recipient; Graph's 'from.emailAddress.address';
    # a message export's 'from_email', 'to_emails': Dixa's)


def _graph_party(field: str) -> bool:
    parts = _name_parts(field)  # (a list's index gone: the reader's 'toRecipients[0]', a gold file's 'toRecipients.0')
    return bool(parts) and normalize_name(parts[0]) in _MAIL_PARTIES


_IP_TYPE = frozenset({"IP_ADDRESS"})
_PLACE_TYPE = frozenset({"LOCATION"})
# A cell that is a loopback or the unspecified address, whole: the machine's own, no one's
_LOOPBACK_CELL = re.compile(r"127(?:\.\d{1,3}){3}|::1|0\.0\.0\.0|::|::ffff:127(?:\.\d{1,3}){3}")


@lru_cache(maxsize=4096)
def _a_networks_own_address(field: str) -> bool:
    """Whether ``field`` holds a loopback interface's address (an agent's interface list:
    'netif2.Loopback Pseudo-Interface 1.0.address', '127.0.0.1' and '::1'): the machine's
    own, no one's. (A gateway's column stays a host's: see test_structure's gateway test.)"""
    _, parent = _leaf_and_parent(field)
    return parent.startswith("loopback") or parent == "lo"


# A connection's ends and a network's parts (ECS's 'source', 'destination'): their
# 'address' is a host's, no place
_CONNECTION_ENDS = frozenset({"client", "server", "source", "destination", "src", "dst", "host",
                              "observer", "remote", "local", "peer", "upstream", "downstream", "backend",
                              "proxy", "gateway", "socket", "listener", "node"})
# Leaves that name no kind of their own: the parent's name says what the value is
_GENERIC_LEAVES = frozenset({"value", "number", "address"})


_MORE_OF = ("additional", "other", "secondary")


def _without_more_of(name: str) -> str:
    """A list's name without its 'more of' word: 'additionalphones' -> 'phones'."""
    for word in _MORE_OF:
        if name.startswith(word) and len(name) > len(word) + 2:
            return name[len(word):]
    return name


def _list_type(parent: str) -> str | None:
    """The type a parent's name gives its items, a list's plural read as its item's:
    'phonenumbers' -> 'phonenumber', 'addresses' -> 'address'."""
    kind = _NAME_TYPES.get(parent)
    if kind is None and parent != _without_more_of(parent):
        parent = _without_more_of(parent)
        kind = _NAME_TYPES.get(parent)  # a record's further ones: Twenty's 'Additional Phones', 'otherEmails'
    if kind is None and parent.endswith("s"):
        kind = (_NAME_TYPES.get(parent[:-1]) or _NAME_TYPES.get(parent[:-2])
                or (_NAME_TYPES.get(parent[:-3] + "y") if parent.endswith("ies") else None))
    return kind


# A form's question inside its groups, as ODK and KoboToolbox name their export's columns
# ('intro/region', 'respondent/resp_phone'): lower-case identifiers only ('State/Province' and
# 'Zip/Postal Code' are alternatives, see _name_parts)
_GROUP_PATH = re.compile(r"[a-z][a-z0-9_]*(?:/[a-z][a-z0-9_]*)*/([a-z_][a-z0-9_]*)")
# A question's column in ODK Central's CSV export: its groups joined by '-' ('hogar-municipio')
_ODK_CENTRAL_PATH = re.compile(r"[a-z][a-z0-9_]*(?:-[a-z][a-z0-9_]*)*-([a-z_][a-z0-9_]*)")


# Lists of a record's own fields, each a label and a value (see jsonfmt's name/value pairs)
_FIELD_LISTS = frozenset({"customattributes", "attributes", "metafields", "params", "parameters", "properties"})


def _a_fields_label(leaf: str, parent: str) -> bool:
    """Whether a key names a custom field's label ('Delivery Address': Paystack's
    metadata.custom_fields[0].display_name): no one's name, and no prose."""
    return leaf in ("displayname", "label", "title", "variablename") and (
        parent.endswith("fields") or parent in _FIELD_LISTS)


_ESPO_CUSTOM = re.compile(r"c[A-Z][a-z]+(?:[A-Z][a-z]+)*")


# A group's number inside a field's name, after a word of four letters or more and before
# the member's: 'EmergencyContact1_Name' (not 'ipv4_address')
_GROUP_NUMBER = re.compile(r"(?<=[a-z]{4})\d{1,2}(?=_[A-Za-z])")


# Whose URL name a slug is, when it is a member's
_SLUG_OWNERS = frozenset({"user", "member", "author", "poster", "starter", "lastposter", "firstposter", "lasteditor",
                          "editor", "owner", "hiddenby", "deletedby", "moderator"})
# A payment's account where a mobile money payment names its payer's wallet
_WALLET_NAMES = frozenset({"paymentaccount", "payeraccount", "payingaccount", "sourceaccount", "debitaccount",
                           "walletnumber", "wallet", "mobilemoneyaccount", "momoaccount"})
# What a shop's or a site's handle names besides a user: its URL's name of a product, a page...
_THINGS_HANDLED = frozenset({"product", "collection", "variant", "page", "blog", "article", "metaobject", "template",
                             "theme", "item", "post", "category", "menu", "shop", "store", "vendor", "brand"})


_NUMBERED_PART = re.compile(r"(?P<kind>[^\W\d][\w\- ]{0,40}?) \d{1,2} - (?P<part>(?i:value|label|type))")


_ACCESS_SERVICES = frozenset({"service", "pppoe", "internet", "radius", "hotspot", "wifi", "vpn", "dialup",
                              "broadband", "ppp", "dsl", "fiber", "fibre"})
# Where a delivery goes, then an area a country divides itself into that English has no town's word for
_AREA_TOWARDS = re.compile(r"(?i)(?:to|dest|destination|recipient|receiver|consignee)[_ \-.]?"
                           r"(?:wilaya|commune|daira|baladiya|moughataa|delegation|governorate|municipality|district"
                           r"|comuna|municipio|barangay)(?:[_ \-.]?name)?")


# A person's name under the key a help desk's API gives every party's ('businessName'), by whose it is
_PEOPLES_BUSINESS_NAMES = frozenset(("businessname", p) for p in ("owner", "createdby", "clients", "client",
                                                                   "requester", "assignee", "agent", "person"))


@lru_cache(maxsize=4096)
def type_for_name(field: str) -> str | None:
    """The entity type a field or parameter name implies for its whole value, if any."""
    if "'s " in field or "’s " in field:
        # whose, then what, with English's possessive: Guesty's "Guest's name", "Listing's address" (the 's' is no
        # word of the name's)
        field = field.replace("'s ", " ").replace("’s ", " ")
        return None if normalize_name(field) in _LISTINGS else type_for_name(field)  # (a listing's nickname is its
        # name, no login)
    if field.endswith(("ccount.uniqueId", "ccount.unique_id")) and _leaf_and_parent(field)[1].endswith("account"):
        return "USERNAME"  # an account's own unique id, its login (Backlog's 'nulabAccount.uniqueId': 'raugustin')
    if field.endswith(("businessName", "businessname", "business_name")) \
            and _leaf_and_parent(field) in _PEOPLES_BUSINESS_NAMES:
        return "PERSON"  # a help desk's person by the name its API calls 'businessName' (Movidesk's ticket 'owner',
        # an action's 'createdBy', a client: 'Abdiel Pinzón'; a firm's is its 'organization': a firm's name's shape
        # is value_hint's to leave)
    if field[-1:] == "#" and _leaf_and_parent(field)[0] in ("account", "acct", "customer", "client", "member"):
        return None  # an account's number ('Account #': 'TW-HI-9247834', a custom field's), as 'Account number' is
    if field.endswith("location.title") and _leaf_and_parent(field) == ("title", "location"):
        return "LOCATION"  # a location message's place by its title, where its sender is (WeCom's archive:
        # 'location.title': '那曲汽车站', beside its 'location.address')
    if field == "oa_id" or field.endswith((".oa_id", ".oaId")) or field == "oaId":
        return None  # Zalo's official account (a business's page), not Android's anonymous device id ('oaid')
    if field[:1] in "tTdDrRcC" and _AREA_TOWARDS.fullmatch(field):
        return "LOCATION"  # where a parcel goes, its recipient's commune or wilaya (Yalidine's 'to_commune_name',
        # 'to_wilaya_name'); where it comes from or is now, a shop's or a hub's, is left (a bare 'Wilaya' is a place)
    cp = _DOTTED_CP.match(field)
    if cp is not None and (cp.end() == len(field) or _WHOSE_CP.fullmatch(field, cp.end())):
        return "LOCATION"  # Spanish's postcode, whoever's ('C.P.', 'C.P. del remitente'; its dots are no path's)
    if " - " in field and (numbered := _NUMBERED_PART.fullmatch(field)) is not None:
        # Google Contacts' columns, a kind's n-th entry's part: 'Phone 1 - Value' the phone's,
        # 'Address 1 - Label' its label ('Home', 'Work', 'Other': no place)
        part = numbered.group("part").lower()
        return None if part in ("label", "type") else type_for_name(numbered.group("kind"))
    if " - " in field and (kind := _KIND_AFTER_DASH.fullmatch(field)) is not None:
        return type_for_name(kind.group(1))  # Constant Contact's 'Country - Home', 'Zip/Postal Code - Home',
        # 'Street address line 1 - Home': the field, then whose or which ('Phone - work' is a phone's)
    slot = _BOT_SLOT.search(field)
    if slot is not None:
        return type_for_name(slot.group("slot"))  # a chatbot's slot's value by the slot's name (Amazon Lex's
        # 'sessionState.intent.slots.MobileNumber.value.interpretedValue', 'slots.FirstName.value.resolvedValues.0')
    whole, dot, part = field.rpartition(".")
    if dot and whole.rpartition(".")[2].lower() == "locale":
        return None  # a device's or an app's locale, its settings ('device.locale.country': 'MX'), no place
    if dot and part.lower() in ("exterior", "interior") and "address" in whole.rpartition(".")[2].lower():
        return "LOCATION"  # a Mexican address's outside and inside numbers (an invoicing API's 'address.exterior':
        # '1194', 'address.interior': 'Int. 5'), its house's and its flat's
    if dot and whole and part.lower() in _PARTS_OF:
        kind = type_for_name(whole)
        if kind in _PARTS_OF[part.lower()]:
            return kind  # a part of a typed answer (Jotform's full name and phone: 'Nombre del estudiante.first',
            # 'Teléfono celular.full')
    typed = _TYPED_VALUE.fullmatch(field)
    if typed is not None and not typed.group("head").isascii():
        # kintone's record: each field an object of its type and its value ('顧客名.value'), a user's
        # its login and its display name ('作成者.value.code', '担当者.value.0.name')
        head, sub = typed.group("head"), typed.group("sub")
        if sub is None:
            return type_for_name(head)
        return ("USERNAME" if sub == "code" else "PERSON") if type_for_name(head) == "PERSON" else None
    outlook = _OUTLOOK_PART.fullmatch(field.strip())
    if outlook:
        # Outlook's export: 'From: (Name)' a person; '(Address)' an address or Exchange's DN
        # (the recognizers'), '(Type)' 'SMTP' or 'EX' (no country's code)
        return "PERSON" if outlook.group(1).lower() == "name" else None
    if "_" in field and _GROUP_NUMBER.search(field):
        return type_for_name(_GROUP_NUMBER.sub("", field))  # a numbered group's member: Employment
        # Hero's 'EmergencyContact1_Address', 'EmergencyContact2_Name' (as 'EmergencyContact_Address')
    if field.startswith("DynamicField_") and len(field) > 13:
        return type_for_name(field[13:])  # OTRS' and Znuny's own fields ('DynamicField_CPE_MAC')
    if field.startswith("custom_") and len(field) > 9 and field[7].isupper():
        return type_for_name(field[7:])  # phpIPAM's own fields ('custom_SerialNo', 'custom_IMEI')
    if _ESPO_CUSTOM.fullmatch(field):
        return type_for_name(field[1:])  # EspoCRM's custom fields ('cRegion', 'cPhysicalAddress', 'cDeviceSerial')
    if field.endswith("_c") and len(field) > 3 and field[-3] != "_" and normalize_name(field) not in _NAME_TYPES:
        return type_for_name(field[:-2])  # SuiteCRM's and SugarCRM's custom fields ('handset_imei_c', 'native_name_c')
    group = _GROUP_PATH.fullmatch(field)
    if group:
        return type_for_name(group.group(1))  # ODK's and KoboToolbox's groups: 'intro/region', 'respondent/resp_name'
    dotted = _TRAILING_ABBREVIATION.search(field)
    if dotted and normalize_name(field[:dotted.start()]) in _WHOSE_BEFORE:
        return type_for_name(dotted.group(1))  # whose, then an abbreviation: Uzbek's 'Xaridor F.I.Sh.'
    abbreviation = _abbreviation(field)
    if abbreviation in _NAME_TYPES:
        return _NAME_TYPES[abbreviation]  # (Greek 'Τ.Κ.': a postcode)
    if abbreviation in _DOTTED_NAMES:
        return _DOTTED_NAMES[abbreviation]  # (Uzbek 'F.I.Sh.': a full name; _abbreviation needs the dot, so no 'Fish' column)
    header = field.rsplit(".", 1)[-1]
    if header[:2] in ("x-", "X-") and (meta := _OBJECT_METADATA.match(header)) and len(header) > meta.end() + 1:
        return type_for_name(header[meta.end():])  # an object's metadata by its own name ('X-Amz-Meta-Cliente')
    if header[:2] in ("x-", "X-") and len(header) > 4 and normalize_name(header) not in _NAME_TYPES:
        return type_for_name(header[2:])  # an HTTP header of the app's own, by its name ('x-device-id')
    typed = _TYPED_SUFFIX.search(field)
    if typed:
        return type_for_name(field[:typed.start()])  # FullStory's typed properties: 'UserVars.city_str'
    language = _LANGUAGE_SUFFIX.search(field)
    if language:
        base = field[:language.start()]
        kind = type_for_name(base)
        if kind == "LOCATION" or kind == "PERSON" and normalize_name(base.rpartition(".")[2]) != "name":
            return kind  # a place's or a person's name in a language (Branch's 'user_data.geo_city_en', a Gulf
            # CRM's 'full_name_ar' beside 'full_name_en'); not a 'name_en', a product's as often
    whose = _GREEK_WHOSE.search(field)
    if whose and whose.start() > 0:
        # Greek puts whose after what ('Ονοματεπώνυμο πελάτη': the customer's full name,
        # 'Email πελάτη'): the head says the type; a user's name is a login ('Όνομα χρήστη')
        if normalize_name(whose.group()) == "χρηστη" and normalize_name(field[:whose.start()]) == "ονομα":
            return "USERNAME"
        return type_for_name(field[:whose.start()])
    leaf, parent = _leaf_and_parent(field)
    if _a_fields_label(leaf, parent):
        return None
    if leaf == "name" and parent in _PEOPLES_PLACES:
        return "LOCATION"  # where a reviewer says they are from (Tripadvisor's user.user_location.name: 'Kupang,
        # Indonesia'); a bare 'location.name' may be a shop's, an event's
    if leaf == "alias" and (parent in _PERSON_PARENTS or parent.endswith(_PEOPLE_ENDS)
                            or parent in ("agents", "agent")):
        return "PERSON"  # a person's alias, as a chat shows an agent (Drift's agents[0].alias: 'Rui')
    if leaf in ("recipient", "recipientname", "addressee", "attention") and parent.endswith(("address", "addr")):
        return "PERSON"  # an address's addressee (an order's Address.Recipient)
    if leaf == "mailbox" and parent in _MAIL_PARTIES:
        return "USERNAME"  # an address's local part where a mail catcher keeps it apart (MailHog's 'To.0.Mailbox',
        # beside its 'Domain')
    if leaf in ("identity", "allidentities", "identities") and parent in _PERSON_PARENTS:
        return "USERNAME"  # an analytics tool's identified user (Heap's USER_PROPERTIES.identity: a login)
    if leaf in ("text", "username") and parent == "usermentions":
        return "USERNAME"  # a chat message's mentioned member (Keybase's userMentions[0].text)
    if leaf in _GENERIC_LEAVES:
        kind = _list_type(parent)
        if leaf == "value" and kind not in (None, "CREDIT_CARD"):
            # a record's typed attribute's values (Attio's values.twitter[0].value), SCIM's
            # and Deel's lists of them (phoneNumbers[0].value)
            return kind
        if kind == "PHONE_NUMBER" or leaf == "address" and kind in ("EMAIL_ADDRESS", "IP_ADDRESS",
                                                                     "HARDWARE_ID"):
            # a phone's number ('phones[0].number'), Microsoft Graph's emailAddress.address,
            # an 'ip.address' or a 'mac.address' (no place)
            return kind
        if leaf == "address" and parent in _CONNECTION_ENDS:
            return None  # ECS's 'source.address': a host's IP or domain name, typed by its value
    if leaf == "number" and parent in ("paymentmethod", "paymentsource", "mobilemoney", "momo", "wallet"):
        return "PHONE_NUMBER"  # a mobile money payment's account, its phone (FedaPay's 'payment_method.number':
        # '22996404709'); a card's number there is no phone's shape, and the card's recognizer still reads it
    if _without_more_of(parent) in _PHONE_PARENTS and (leaf in ("countrycode", "country", "region")
                                     or leaf.endswith("phonecountrycode")):
        return None  # a phone number's country ('phone_numbers[0].country_code'; Twenty's 'Phones / Primary Phone
        # Country Code': '+853', 'MO'): its plan's, not where one is
    if parent in ("card", "paymentcard", "carddetails", "paymentmethod") and leaf in (
            "country", "countrycode", "issuercountry", "issuingcountry"):
        return None  # a payment card's country (Flutterwave's card.country): its issuer's, not where one is; a
        # payment method's, its mobile money operator's (FedaPay's 'payment_method.country')
    if leaf in ("origincountry", "origincountrycode", "shipfromcountry", "shipfromcountrycode"):
        return None  # a shipment's origin (AfterShip's 'Origin Country': the merchant's warehouse), goods'
        # origin in customs; not where the customer is
    if leaf in ("cardcountry", "cardcountrycode", "bincountry", "bincountrycode"):
        return None  # a card's country (Mollie's 'Card country'): its issuer's, as 'card.country' is
    if "issu" in leaf and leaf.endswith(("country", "countrycode", "city", "state", "region", "province")):
        return None  # the bank's that issued a card (Stripe's 'Card Issue Country', Adyen's 'Issuer
        # City'), not where one is
    if leaf == "id" and parent in ("user", "sender", "author", "member", "owner", "creator"):
        return "USERNAME"  # a user object's own id, as its 'user_id' is (a chat's 'message.user.id': 'rabiakhan';
        # a number or a UUID there is no login: value_hint)
    if leaf in ("first", "last", "display") and (parent in _PERSON_PARENTS or parent.endswith(_BY_USER)
                                                 or parent in _OBJECT_PEOPLE or parent.endswith(_PEOPLE_ENDS)):
        return "PERSON"  # a person object's parts: Help Scout's createdBy.first, assignee.last; the name a
        # tracker shows for its user (Yandex Tracker's 'createdBy': {"id": ..., "display": "Алена Багдановіч"})
    if leaf in _NAME_LEAVES and parent in _MACHINE_PARENTS and not _in_sdk_context(field):
        return "HOSTNAME"  # a device's or a network node's name (Tailscale's srcNode.name; servers and
        # models are no one's machine: see value_hint)
    if leaf == "name" and parent == "card":
        return "PERSON"  # a payment card's holder (see value_hint: a board's card's name is a task's)
    if leaf == "name":
        # Mixpanel's reserved '$name' is the profile's person; a mailbox's name its owner's
        # (Microsoft Graph's from.emailAddress.name)
        return "PERSON" if (parent in _PERSON_PARENTS or not parent or field.endswith("$name")
                            or _NAME_TYPES.get(parent) == "EMAIL_ADDRESS"
                            # who made, owns or changed a thing, and its assignee (Box's
                            # 'owned_by.name', 'created_by.name'; a ticket's 'assigned_to.name')
                            or parent in _BY_USER or parent == "assignedto") else None
    if leaf in _NAME_TYPES:
        return _NAME_TYPES[leaf]
    if leaf.startswith(("imei", "iccid")):
        words = _last_words(field)
        if len(words) > 1 and words[0] in ("imei", "iccid") and all(w in _WHAT_AN_ID_IS_OF for w in words[1:]):
            # a phone's IMEI, a SIM's ICCID, head first ('IMEI_Telephone', 'ICCID_SIM'): not a phone's number
            return "HARDWARE_ID" if words[0] == "imei" else "SERIAL_NUMBER"
    if not field.isascii() and leaf:
        kind = (_arabic_type(field) if _ARABIC_WORD.search(field) else _hebrew_type(field)
                if _HEBREW_WORD.search(field) else _korean_or_vietnamese(field, leaf)
                or _japanese_or_chinese(field, leaf))
        if kind:
            return kind
    if leaf.endswith(_POLISH_WHOSE):
        whose = next(w for w in _POLISH_WHOSE if leaf.endswith(w))
        head = leaf[:-len(whose)]
        if _NAME_TYPES.get(head) or head == "login":
            return "USERNAME" if head == "login" else _NAME_TYPES[head]
    if " - " in field and leaf not in _NAME_TYPES and _NAME_TYPES.get(parent) in (
            "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION"):
        return _NAME_TYPES[parent]  # 'Person - Email - Work', 'Person - Postal address - Street number'
    if leaf in ("from", "actor") and not parent:
        return "PERSON"  # a chat export's sender (Telegram's 'from'); value_hint wants a full name
    if leaf == "uuid" and parent in _WMI_PRODUCT:
        return "HARDWARE_ID"  # WMI's Win32_ComputerSystemProduct UUID, the SMBIOS UUID (an RMM's 'comp_sys_prod')
    if leaf.startswith("locale") and len(leaf) > 6:
        return None  # a device's or a browser's language setting ('locale_country': 'NZ'), not where one is
    if leaf in _DEVICE_ID_NAMES or parent == "device" and leaf in ("id", "uuid", "guid", "vendorid") \
            or parent in ("computer", "machine", "bios", "hardware", "devices", "computers") and leaf in ("uuid", "guid") \
            or leaf.startswith(("ios", "android")) and leaf.removeprefix("ios").removeprefix("android") in _DEVICE_ID_NAMES:
        # (mParticle's 'ios_idfv', 'android_advertising_id')
        return "HARDWARE_ID"  # (GA4's device.vendor_id is iOS's identifier for the vendor)
    if leaf.endswith(("deviceuid", "deviceuuid", "deviceguid")):
        return "HARDWARE_ID"  # a security agent's id of the machine it runs on (Netskope's 'nsdeviceuid')
    if leaf.endswith("deviceid") and leaf[:-8] in _MDM_NAMES:
        return "HARDWARE_ID"  # Intune's 'Azure AD Device ID': the device's object in the directory; an
        # MDM's own id of it ('MaaS360 Device ID')
    if _COORDINATE_SUFFIX.search(field):
        return "LOCATION"  # Amplitude's location_lat, a pickupLng
    if leaf.startswith(("src", "dst")) and (leaf[3:] in _PLACE_WORDS or leaf[3:] == "location") \
            or leaf in ("geosrc", "geodst", "srcgeo", "dstgeo"):
        # GeoIP's places, as 'srcCountry' is: FortiGate's 'srccountry', WatchGuard's 'geo_src',
        # Netskope's 'src_location'; the destination's are a server's, no one's ('dst_region')
        return None if leaf.startswith("dst") or leaf.endswith("dst") else "LOCATION"
    for qualifier in _QUALIFIERS:
        if leaf.startswith(qualifier) and len(leaf) > len(qualifier):
            rest = leaf[len(qualifier):]
            if rest not in _NAME_TYPES and rest[:1] == "s" and rest[-1:] == "s" and (
                    rest[1:-1] in _NAME_TYPES or rest == "snames"):
                rest = rest[1:-1]  # the plural's, a list of them (Onfleet's 'recipientsNames', 'recipientsPhones')
            if rest == "name":  # an office's or a business partner's name is a company's
                return "PERSON" if qualifier not in _NOT_PERSON_QUALIFIERS else None
            if rest not in _NAME_TYPES:
                # a second qualifier: whose, then which of them ('EmergencyContact_AlternateContactNumber',
                # 'Employee_AlternateContactNumber')
                rest = next((rest[len(q):] for q in _QUALIFIERS
                             if rest.startswith(q) and rest[len(q):] in _NAME_TYPES), rest)
            if rest not in _NAME_TYPES:
                # or which of theirs after it: a survey's respondent's other or re-typed phone ('resp_tel_alt',
                # 'resp_tel_conf')
                rest = next((rest[:-len(t)] for t in _WHICH_AFTER
                             if rest.endswith(t) and rest[:-len(t)] in _NAME_TYPES), rest)
            if rest in _NAME_TYPES and _NAME_TYPES[rest] in ("PERSON", "LOCATION", "PHONE_NUMBER",
                                                              "EMAIL_ADDRESS"):
                return _NAME_TYPES[rest]
            if rest in ("login", "username", "loginname") and qualifier in _POSTER_QUALIFIERS:
                return "USERNAME"  # WordPress' author_login
    if leaf.endswith("login") and leaf[:-5] in _ACCESS_SERVICES:
        return "USERNAME"  # an ISP's subscriber's login to its access service (Splynx's 'Service login',
        # 'PPPoE login'); a bare '..._login' is as often a time ('last_login')
    # compound names: user_email, client_ip_address, contact_phone, device_serial_number
    for suffix in ("email", "emailaddress", "phone", "phonenumber", "ipaddress",
                   "username", "usernames", "loginname", "nickname", "screenname", "handle", "hostname", "serial",
                   # 'Lead Owner First Name', 'Invitee Last Name', 'card[first_name]'
                   "firstname", "lastname", "surname", "givenname", "familyname", "middlename", "macaddress", "serialnumber", "fullname",
                   "namefirst", "namelast",  # (an identity's traits, name then part: Ory Kratos' 'traits.name.first')
                   "seriennummer",  # 'Laptop Seriennummer'
                   "machinename", "computername", "workstationname",  # Check Point's 'src_machine_name'
                   "latitude", "longitude", "cardnumber", "smbiosuuid",  # pickup_latitude, payment_card_number
                   "imei",  # 'Company Phone IMEI'
                   "iccid",  # a SIM's number by its card ('sim_iccid', NetBox's custom field)
                   "devicename",  # a client's device by the name its owner gave it (Plex's 'X-Plex-Device-Name')
                   # a contact's network, last ('Контакт Telegram', Bitrix24's): a handle, a phone
                   "telegram", "instagram", "twitter", "skype", "whatsapp", "телефон",
                   "github", "gitlab"):  # (and a developer's: 'Usuário no GitHub', an event form's)
        if leaf.endswith(suffix) and len(leaf) > len(suffix):
            if suffix == "email" and leaf in ("rawemail", "fullemail", "originalemail"):
                return None  # a whole message's source (Yahoo Groups' archive's 'rawEmail'), no address
            if suffix in ("hostname", "devicename") and leaf.startswith(_SERVER_SIDE + ("network",)):
                return None  # the server's own name (Exchange's server-hostname), a switch's (ISE's
                # NetworkDeviceName): no one's machine
            if suffix in ("nickname", "handle") and "address" in leaf:
                return None  # an address's nickname ('Home', 'Office', 'Gift'): a label, no one's login
            if suffix == "handle" and leaf[:-6] in _THINGS_HANDLED:
                return None  # a shop's product's or page's URL name (Shopify's and its apps' 'product_handle':
                # 'pareu-hibiscus-blue'), no one's login
            return _NAME_TYPES.get(suffix)
    if leaf.endswith("slug") and leaf[:-4] in _SLUG_OWNERS:
        return "USERNAME"  # a member's URL name on a forum (Misago's 'starter_slug', 'last_poster_slug', its
        # users' 'slug': 'vafoou-fonmanu'); a thread's or a page's slug is its title's
    if field.rstrip().upper().endswith(" S/N"):
        return "SERIAL_NUMBER"  # 'Registered Instrument S/N', 'Device S/N'
    # who changed a record: ServiceNow's sys_updated_by, a ticket's opened_by
    if leaf.endswith(_BY_USER) and not leaf.endswith("groupby") and not leaf.startswith(_THING_BY):
        return "USERNAME"  # (not how a firewall resolved an app: Sophos' 'appresolvedby="Signature"')
    # 'ip' only as a word of its own (client_ip, userIp): not the end of 'zip' or 'membership'
    words = _last_words(field)
    last = words[-1] if words else ""
    if field.rstrip().endswith("?") and len(words) > 2 and words[0] in _ASKING and ("you" in words or "your" in words):
        # a form's question to whoever fills it in (an event's or a survey's: Tito's 'Which town
        # are you travelling from?', 'What is your home address?', 'Where do you live?')
        asked = [w for w in words[1:] if w not in _ASKING_FILLER]
        if set(words) & _WHERE_ONE_IS if words[0] == "where" else (
                asked and asked[0] not in _ASKING and type_for_name(asked[0]) == "LOCATION"):
            return "LOCATION"
        if words[0] in ("what", "whats") and asked in (["name"], ["full", "name"], ["first", "name"], ["last", "name"],
                                                        ["surname"], ["family", "name"]):
            return "PERSON"  # ('What is your name?', 'What's your full name?': a Typeform's question)
    if field.rstrip().endswith("?") and len(words) > 1 and (words[0] in _ASKING_ROMANCE or words[:2] in _ASKING_ROMANCE_2):
        # and in Portuguese, Spanish and French ('Em que ilha / cidade utiliza o serviço?', '¿En qué ciudad
        # vive?', 'Dans quelle ville habitez-vous ?'): a place's word among the first it asks for
        asked = words[1:5] if words[0] in _ASKING_ROMANCE else words[2:6]
        if words[0] in _WHERE_ROMANCE or any(w in _PLACE_ASKED for w in asked):
            return "LOCATION"
        if words[0] in ("qual", "cual", "cuál", "quel", "quelle") and any(
                w in _NAME_ASKED and words[i + 1:i + 2] not in (("de",), ("del",), ("do",), ("da",), ("du",), ("des",))
                for i, w in enumerate(words[:6])):
            return "PERSON"  # ('¿Cuál es tu nombre completo?', 'Qual é o seu nome?', 'Quel est votre nom ?'; not
            # something's name: '¿Cuál es el nombre de tu empresa?')
    if field.rstrip().endswith("?") and len(words) > 2 and {"contact", "contactar", "contactá", "hubungi"} \
            & set(words) and set(words) & (_PHONE_WORDS | {"telemóvel", "telemovel"}):
        return "PHONE_NUMBER"  # a survey's question that asks how to reach the one who answers, a phone among the
        # ways (Hotjar's 'Podemos contactá-lo? Deixe o seu e-mail ou telemóvel / May we contact you?'): an
        # answer's e-mail is still found by its own shape
    if len(words) > 4 and _SERIAL_ASKED.search(field):
        return "SERIAL_NUMBER"  # a form's question for a device's serial ('..., indique o número de série (S/N)
        # do equipamento (etiqueta por baixo do router)', a Qualtrics survey's)
    if last == "ip" and leaf.endswith("ip"):
        return "IP_ADDRESS"
    if "or" in words[1:-1]:
        # alternatives: Entra's 'countryOrRegion', 'City or Town'
        cut = words.index("or")
        for alternative in (words[:cut], words[cut + 1:]):
            if type_for_name(" ".join(alternative)) == "LOCATION":
                return "LOCATION"
    # a place as the last word ('Card Address City', 'delivery_street', 'Address Line 1'),
    # or before 'name' (PostHog's '$geoip_city_name'), not the end of one ('ethnicity')
    if last in _AMBIGUOUS_PLACE_WORDS and len(words) > 1 and words[-2] not in _QUALIFIERS \
            and "".join(words[-3:-1]) not in _QUALIFIERS \
            and words[-2] not in _PLACE_BEFORE_STATE and words[-2] not in _PLACE_WORDS:
        return None  # Intune's 'Device state', a 'Compliance state', a 'Sales region': no place
    if last in _PLACE_WORDS or last in _LINE_WORDS and (leaf[:-len(last)].endswith(("address", "addr", "street"))
                                                         or _NAME_TYPES.get(leaf[:-len(last)]) == "LOCATION"  # ('Adres 1')
                                                         or (len(words) == 1 or leaf in _LINE_WORDS)
                                                         and parent.endswith(("address", "addr", "location",
                                                                              "addresses"))):
        return "LOCATION"  # ('Address Line 1', Chargebee's 'billing_address[line2]', Mambu's 'addresses[0].line1')
    if len(words) > 1 and words[-2] in _LINE_OWNERS and last in ("line1", "line2", "line3") \
            or len(words) > 2 and words[-3] in _LINE_OWNERS and words[-2] == "line" and last in ("1", "2", "3"):
        return "LOCATION"  # a shipment's or a bill's address line without 'address' ('ship_line1',
        # 'Billing Line 2')
    if leaf in ("line1", "line2", "line3") and parent in _LINE_OWNERS:
        return "LOCATION"  # (or its object's: a log's JSON 'ship_to': {"line1": ...})
    if leaf in ("code", "unit", "unitnumber", "unitno") and parent.endswith(("address", "addr")):
        return "LOCATION"  # an address's postcode and flat under its name (a payroll's 'Physical Address:
        # Code', 'Physical Address: Unit Number'); a 'code' alone is anything's
    if last == "name" and len(words) > 1 and words[-2] in _PLACE_WORDS:
        return "LOCATION"
    if len(words) > 1 and last in _HOLDER_WORDS and words[-2] in ("merchant", "ds", "card", "tarjeta", "cartao",
                                                                  "cartão", "carta"):
        return "PERSON"  # a payment's holder, last after its gateway's words (Redsys' 'DS_MERCHANT_TITULAR': the card's
        # holder, no merchant)
    named = tuple(w for w in words if not w.isdigit() and w not in _CODE_STANDARDS)  # (GeoIP's 'subdivision_1_code',
    # ECS' 'client.geo.country_iso_code', OroCRM's 'Addresses 1 Country ISO2 code')
    if len(named) > 1 and (named[-2:] in (("postal", "code"), ("zip", "code")) or named[-2:] in _REGION_CODES) \
            or len(words) > 1 and words[-1] == "iso" and words[-2] in _REGION_WORDS:
        return "LOCATION"  # PayPal's 'Country Code', 'Zip/Postal Code', Chargebee's 'state_code', Fleet's 'country_iso',
        # a field-service CRM's 'Service Zip code'
    if last == "name" and len(named) > 1 and named[-2] in _REGION_WORDS:
        return "LOCATION"  # '$geoip_subdivision_1_name'
    parts = _name_parts(field)
    if parts and "/" in parts[-1]:
        # alternatives: 'State/Province/Region/County/Territory/Prefecture/Republic'
        alternatives = parts[-1].split("/")
        kinds = {type_for_name(a) for a in alternatives if a.strip()}
        if "LOCATION" in kinds:
            return "LOCATION"
        if " / " in parts[-1] and len(kinds - {None}) == 1 \
                and not any(normalize_name(a) in _BARE_NAMES for a in alternatives):
            # a label in two languages, spaced ('Naran Primeiru / Primeiro Nome': Tetum, then
            # Portuguese, as a bilingual form writes them): what the one it knows says, where
            # no other says something else, nor is a bare name ('Naran / Name' says no more than 'Name')
            return (kinds - {None}).pop()
    custom = _CUSTOM_FIELD.search(field)
    if custom:
        return type_for_name(field[:custom.start()])  # SugarCRM's 'instrument_serial_c', Salesforce's '__c'
    if _name_parts(field)[-1:] in (["CAP"], ["cap"], ["Cap"], ["CP"], ["cp"]):
        return "LOCATION"  # Italy's postcode, in an Italian export's capitals or a form's print_r ('[cap] =>
        # 07020'), and a French form's 'CP' (value_hint checks its shape: five digits)
    if len(words) > 1 and {normalize_name(w) for w in words} & _EMERGENCY_WORDS:
        # whom to call in an emergency, as French, Spanish, Italian and Portuguese name it, what first ('Contact
        # d'urgence', 'Téléphone en cas d'urgence', 'Personne à prévenir en cas d'urgence', 'Teléfono de
        # emergencia'): the contact's name or number
        first = normalize_name(words[0])
        if first in _PHONE_WORDS or first in ("tel", "numero", "num", "portable", "cellulaire"):
            return "PHONE_NUMBER"
        if first in ("contact", "contacto", "contatto", "contato", "personne", "persona", "pessoa") \
                or first in _BARE_NAMES:
            return None if any(normalize_name(w) in _PHONE_WORDS for w in words[1:]) else "PERSON"
    whose_after = len(words) > 1 and normalize_name(words[-1]) in _WHOSE_AFTER
    if whose_after or len(words) > 1 and normalize_name(words[0]) in _WHOSE_BEFORE:
        # Romanian, Italian, Slavic languages, Icelandic and Hebrew put whose after what with
        # no word between ('Nume client', 'Adresa livrare', 'Indirizzo spedizione', 'Adresa
        # dostave', 'Адреса доставки', 'Nafn viðskiptavinar', 'שם הלקוח'); the Baltic
        # languages put it before ('Kliendi nimi', 'Piegādes adrese', 'Kliento vardas')
        whose, what = (words[-1], words[:-1]) if whose_after else (words[0], words[1:])
        while len(what) > 1 and normalize_name(what[-1 if whose_after else 0]) in _LINKS:
            what = what[:-1] if whose_after else what[1:]  # 'Emri i klientit', 'ग्राहक का नाम'
        if normalize_name(whose) in _USER_WHOSE and normalize_name(" ".join(what)) in _BARE_NAMES:
            return "USERNAME"  # a user's name: a login ('Vartotojo vardas', 'Ім'я користувача')
        kind = type_for_name(" ".join(what))
        if kind is not None:
            return kind
        if normalize_name(" ".join(what)) in _BARE_NAMES:
            return "PERSON"  # a name that is no column's alone (Tajik's 'Номи мизоҷ': the name of the customer)
    if len(words) == 2 and normalize_name(words[0]) in _USER_WORDS and normalize_name(words[1]) in _MARKETPLACES:
        return "USERNAME"  # a buyer's login on a marketplace ('Usuário marketplace', 'Usuario Mercado Libre')
    numbered = _NUMBERED.fullmatch(leaf)
    if numbered:
        kind = _NAME_TYPES.get(numbered.group(1)) or type_for_name(numbered.group(1))
        if kind in _NUMBERED_TYPES:
            return kind  # a second of its kind: 'IMEI 2 (eSIM)', 'phone2', 'Email 2', Daraz's 'Shipping Phone Number2'
    if len(words) > 2 and words[0] in ("nomor", "no", "nombor") and words[1] == "seri":
        return "SERIAL_NUMBER"  # Indonesian's and Malay's serial of a thing, head first ('Nomor seri perangkat',
        # 'No seri laptop')
    if len(words) > 1 and words[0] in ("numero", "num", "no", "n", "nr") and words[1] == "serie":
        return "SERIAL_NUMBER"  # and French's, Italian's, Romanian's ('Numero_Serie_Kit', 'Num_Serie')
    if len(words) > 1 and words[-1] == "mac":
        return "HARDWARE_ID"  # a device's MAC by which it is ('CPE_MAC', 'wifi_mac'; its shape is checked)
    if words and (words[-1] in _PHONE_WORDS or len(words) == 2 and words[0] in _PHONE_WORDS
                  or 2 < len(words) <= 4 and words[0] in _PHONE_WORDS and words[-1] in ("number", "nummer", "no", "nr")):
        # (and a phone's and a fax's number in one: e-conomic's 'telephoneAndFaxNumber')
        # a phone by whose or which it is, either side ('Pårørende telefon': next of kin's,
        # 'Telefon arbeid': at work); the value's shape is checked (value_hint)
        return "PHONE_NUMBER"
    head = _head_and_tail(field)
    if head is not None:
        qualified = _qualified_name(field)
        if qualified is not None:
            return qualified
        # a Romance language's name puts what it is first: 'Telefone para a entrega', 'Nome do
        # comprador' (but 'Nome do Produto' is a product's)
        kind, of = type_for_name(head[0]), type_for_name(head[1])
        if kind == "PERSON" and normalize_name(head[0]) in _BARE_NAMES:
            tail = {normalize_name(w) for w in head[1].split()}
            if tail & _USER_WORDS:
                return "USERNAME"  # 'Nombre de usuario', 'Nome de usuário': a login
            return "PERSON" if tail & _PEOPLE_WORDS else None
        if of in ("EMAIL_ADDRESS", "IP_ADDRESS", "PHONE_NUMBER") and kind in (None, "LOCATION"):
            return of  # 'Endereço de e-mail' (an address of mail), 'Número de telefone'
        if kind == "LOCATION" and normalize_name(head[0]) in _AMBIGUOUS_PLACE_WORDS and of is None \
                and not {normalize_name(w) for w in head[1].split()} & (_WHERE_ONE_LIVES | _PEOPLE_WORDS):
            return None  # a thing's status ('Estado da Encomenda', 'État de la commande', 'Estado do
            # pagamento'), not a state; where one lives or was born is a place ('Estado de residência'),
            # and so is a person's ('Estado del remitente', the sender's)
        return kind
    if field[:1] == "s" and field[1:2].isupper() and field[2:3].islower() and field.isalnum():
        return type_for_name(field[1:])  # a string's column in Hungarian notation, its type's letter first
        # (HelpSpot's 'sUserId': a login; its 'sFirstName', 'sEmail' were read by their words)
    return None


# A page title's last part, after ' | ', ' – ' or ' - ': the site's name ('Mein Konto –
# Leonie Becker | Nordkamm')
_TITLE_SITE = re.compile(r".\s(?:\||–|—|-|::)\s+([^|–—]{1,60})$")
# Moodle's log report's 'Event context' column, in English, Finnish, German, French, Italian,
# Spanish and Hungarian
_EVENT_CONTEXT_FIELDS = frozenset({"eventcontext", "tapahtumankonteksti", "ereigniskontext", "contextedelevenement",
                                   "contestodellevento", "contextodelevento", "esemenykornyezete"})
_CONTEXT_USER = re.compile(r"(?i)(?:user|käyttäjä|nutzer/in|nutzer|utilisateur|utente|usuario|felhasználó):\s+"
                           r"(?P<name>\S.{0,80}?)\s*$")
_PAGE_PARENTS = frozenset({"page", "pageview", "pageviews", "actiondetails", "webinfo", "document",
                           "properties"})  # (Segment's and RudderStack's page call: properties.title)


def _page_title_suppressions(text: str) -> list[Suppression]:
    """A web page's title names the page: a place in it is the page's subject ('Hotels in
    Lyon'), and its last part is the site's name ('Warenkorb | Nordkamm'); a person in it
    takes a full name ('Mein Konto – Leonie Becker'), where the model reads a shop's words
    alone as names ('Kasse – Zahlung')."""
    site = _TITLE_SITE.search(text)
    out = [Suppression(_NO_ONES_TYPES, m.start(), m.end())
           for m in _LONE_WORD.finditer(text, 0, site.start(1) if site else len(text))]
    if site:
        out.append(Suppression(_NO_ONES_TYPES, site.start(1), site.end(1)))
    return [*out, Suppression(_NO_PLACE_TYPES, 0, len(text))]


# A capitalized word with no other beside it ('Kasse' in 'Kasse – Zahlung'; no capitalized word after it: 'Mauritius
# holidays from Reunion'): no full name
_LONE_WORD = re.compile(r"(?<![^\W\d_] )(?<![^\W\d_])[^\W\d_][\w'’\-]*(?![\w'’\-])(?! [^\W\d_a-zà-ÿ])")


def page_title_site(field: str, text: str) -> tuple[int, int] | None:
    """The span of a page title's site's name, its last part ('Korosho | Mercado Machamba'),
    if ``field`` holds page titles: no one's name, and no place (see _page_title_suppressions)."""
    if not is_page_title(field):
        return None
    site = _TITLE_SITE.search(text)
    return site.span(1) if site else None


@lru_cache(maxsize=4096)
def is_page_title(field: str) -> bool:
    """A web page's title: analytics' 'pageTitle', 'page_title', 'document_title', Matomo's
    actionDetails[3].title."""
    leaf, parent = _leaf_and_parent(field)
    return leaf in ("pagetitle", "documenttitle") or leaf == "title" and parent in _PAGE_PARENTS


_NO_SERIAL = frozenset({"SERIAL_NUMBER"})
_NO_HOST = frozenset({"HOSTNAME"})
_ASSET_TAGS = frozenset({"assetnumber", "assettag", "assetno", "assetnr", "inventorynumber", "inventorytag",
                         "inventoryno", "propertytag", "propertynumber"})
_ASSET_TAG_ENDS = tuple(_ASSET_TAGS)
_VOUCHER_WORDS = ("coupon", "voucher", "giftcard", "giftcertificate", "giftcode", "promo", "discount",
                  "redemption", "referral", "gutschein", "rabatt", "cupon")


@lru_cache(maxsize=4096)
def _is_a_voucher(field: str) -> bool:
    """A field of a coupon's, a voucher's or a gift card's code ('Coupon Code', 'Gift
    Certificate Code', 'discount_codes', 'Gutscheincode')."""
    leaf = _leaf_and_parent(field)[0]
    return any(w in leaf for w in _VOUCHER_WORDS)


def _qualified_name(field: str) -> str | None:
    """The type of a name of two words or more joined by a preposition that a further
    preposition qualifies: 'Número de serie de la tableta (S/N)' is a serial number, of the
    tablet (a one-word head, 'Estado de la orden', is _head_and_tail's to read)."""
    parts = _name_parts(field)
    if not parts:
        return None
    last = parts[-1]
    cuts = [m.start() for m in _OF.finditer(last)]
    for cut in reversed(cuts[1:]):  # (the longest name first; a cut after the first preposition)
        kind = _NAME_TYPES.get(normalize_name(last[:cut]))
        if kind is not None:
            return kind
    return None


def _head_and_tail(field: str) -> list[str] | None:
    """A Romance language's field name split at its first preposition, what it is before
    whose ('Nome do comprador' -> 'Nome', 'comprador'); None for another name."""
    parts = _name_parts(field)
    if not parts:
        return None
    last = parts[-1] if " " in parts[-1] else parts[-1].replace("_", " ")  # (a form's question as a key:
    head = _OF.split(last, maxsplit=1)                                     # 'dirección_de_instalación')
    return head if len(head) == 2 else None


_PHONE_PARENTS = frozenset({"phone", "phones", "phonenumber", "phonenumbers", "mobile", "telephone"})
# Polish puts whose after what, in the genitive ('Telefon kupującego': the buyer's phone,
# 'Login kupującego', 'Imię i nazwisko odbiorcy')
_POLISH_WHOSE = ("kupujacego", "odbiorcy", "klienta", "zamawiajacego", "nabywcy", "platnika", "uzytkownika",
                 "pracownika", "nadawcy")
@dataclass(frozen=True, slots=True)
class _HeadFirst:
    """A language that says what before whose in a field's name, its words for it."""

    heads: dict[str, str]  # what: its type
    pairs: dict[tuple[str, str], str]  # two words that are one what ('a postal code')
    number: str  # 'the number of' what follows ('the mobile's number')
    name: str  # a bare 'name': a person's only with a person's whose after it
    user: str  # a name's whose that makes it a login ('a user's name')
    people: frozenset[str]  # whose, a person's
    things: frozenset[str]  # whose, a thing's or a firm's: no type


# Arabic puts what before whose, and its article 'ال' on a word ('اسم العميل': the customer's
# name, 'جوال العميل' the customer's mobile, 'العنوان المختصر' the short address)
_ARABIC = _HeadFirst(
    heads={"اسم": "PERSON", "جوال": "PHONE_NUMBER", "هاتف": "PHONE_NUMBER", "موبايل": "PHONE_NUMBER",
           "تليفون": "PHONE_NUMBER", "عنوان": "LOCATION", "مدينة": "LOCATION", "حي": "LOCATION",
           "دولة": "LOCATION", "بلد": "LOCATION", "منطقة": "LOCATION", "شارع": "LOCATION",
           # (and Mauritania's, Hassaniya's: a wilaya, a moughataa, a commune)
           "ولاية": "LOCATION", "مقاطعة": "LOCATION", "بلدية": "LOCATION",
           # (and Egypt's governorate: 'المحافظة'; not its district, 'المركز', a service centre as often)
           "محافظة": "LOCATION",
           # (and a village, a WhatsApp's number: South Sudan's and Eritrea's Arabic records)
           "قرية": "LOCATION", "واتساب": "PHONE_NUMBER",
           "بريد": "EMAIL_ADDRESS", "ايميل": "EMAIL_ADDRESS", "إيميل": "EMAIL_ADDRESS"},
    pairs={("رمز", "بريدي"): "LOCATION",  # 'الرمز البريدي': a postcode
           # a birthplace (either word for birth), a residence
           ("مكان", "ميلاد"): "LOCATION", ("مكان", "ولادة"): "LOCATION", ("مكان", "إقامة"): "LOCATION",
           ("مكان", "اقامة"): "LOCATION"},
    number="رقم", name="اسم", user="مستخدم",  # 'رقم الجوال': the mobile's number; 'اسم المستخدم': a login
    people=frozenset({"عميل", "مستلم", "مشتري", "زبون", "مرسل", "موظف", "مستخدم",
                      # (and the father's, the mother's (with their hamza and without), the
                      # parent's, the husband's and the wife's: 'اسم الأب', an identity record's)
                      "أب", "اب", "أم", "ام", "والد", "والدة", "زوج", "زوجة"}),
    things=frozenset({"منتج", "متجر", "شركة", "مستودع", "شحن"}))  # a product's, a shop's, a firm's, ...
# Persian, as Arabic, without its article ('نام مشتری': the customer's name, 'آدرس گیرنده' the
# recipient's address, 'شماره موبایل' the mobile's number, 'نام کاربری' a login); 'نام خانوادگی'
# is a family name, 'نام و نام خانوادگی' (name and family name) a full name
_PERSIAN = _HeadFirst(
    heads={"نام": "PERSON", "آدرس": "LOCATION", "نشانی": "LOCATION", "شهر": "LOCATION",
           "استان": "LOCATION", "کشور": "LOCATION", "محله": "LOCATION", "خیابان": "LOCATION",
           "تلفن": "PHONE_NUMBER", "همراه": "PHONE_NUMBER", "تماس": "PHONE_NUMBER", "موبایل": "PHONE_NUMBER",
           "ایمیل": "EMAIL_ADDRESS", "سریال": "SERIAL_NUMBER",
           # (and a village, a county, a rural district: Iran's Gilan's and Mazandaran's records)
           "روستا": "LOCATION", "شهرستان": "LOCATION", "دهستان": "LOCATION",
           "مشتری": "PERSON"},  # (a customer alone: a log's 'مشتری: NAME')
    pairs={("کد", "پستی"): "LOCATION", ("پست", "الکترونیک"): "EMAIL_ADDRESS",  # a postcode, e-mail
           ("محل", "تولد"): "LOCATION", ("محل", "سکونت"): "LOCATION"},  # a birthplace, a residence
    number="شماره", name="نام", user="کاربری",
    people=frozenset({"مشتری", "گیرنده", "خریدار", "کاربر", "فرستنده", "کارمند", "خانوادگی", "و",
                      "پدر", "مادر"}),  # (the father's and the mother's: 'نام پدر', an Iranian identity record's)
    things=frozenset({"محصول", "فروشگاه", "شرکت", "انبار", "کالا"}))
# (a Persian name's letters beside Arabic's: 'پ', 'چ', 'ژ', 'ک', 'گ', 'ی'; written with
# Arabic's 'ي' and 'ك' as often)
_ARABIC_WORD = re.compile(r"[\u0620-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]+")
_PERSIAN_LETTER = re.compile(r"[\u067e\u0686\u0698\u06a9\u06af\u06cc]")
_TO_PERSIAN = str.maketrans("يك", "یک")
# Heads no Arabic name starts with (Arabic's town is 'مدينة', its province 'محافظة': 'شهر' is
# its month, a number's column)
_PERSIAN_ONLY = frozenset({"شماره", "نام", "آدرس", "نشانی", "استان", "شهر",
                           # (and Persian's telephone, village, county, rural district, place:
                           # Arabic writes 'تليفون'; its 'محل' is a shop)
                           "تلفن", "روستا", "شهرستان", "دهستان", "محل"})


def _arabic_type(field: str) -> str | None:
    """The type an Arabic or a Persian field's name says, by its head word (Arabic's
    article gone)."""
    persian = _ARABIC_WORD.findall(field.translate(_TO_PERSIAN))
    if _PERSIAN_LETTER.search(field) or persian[:1] and persian[0] in _PERSIAN_ONLY:
        return _head_first_type(persian, _PERSIAN)
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in _ARABIC_WORD.findall(field)]
    return _head_first_type(words, _ARABIC)


def _head_first_type(words: list[str], lang: _HeadFirst) -> str | None:
    if not words:
        return None
    head, rest = words[0], words[1:]
    if head == lang.number and rest:
        head, rest = rest[0], rest[1:]
    if rest and (head, rest[0]) in lang.pairs:
        return lang.pairs[head, rest[0]]
    kind = lang.heads.get(head)
    if kind is None or rest and rest[0] in lang.things:
        return None
    if head == lang.name:
        if rest[:1] == [lang.user]:
            return "USERNAME"
        return "PERSON" if not rest or rest[0] in lang.people else None
    return kind


_HEBREW_WORD = re.compile(r"[\u05d0-\u05ea][\u05d0-\u05ea\u05b0-\u05c7'\"]*")


def _hebrew_type(field: str) -> str | None:
    """The type a Hebrew field's name says by its head, what comes first ('טלפון ליצירת
    קשר': a phone for contact, 'איש קשר טכני': a technical contact person, 'משתמש מחובר
    אחרון': the last logged-on user). A bare 'name' ('שם') says a person's only with whose
    after it (see _WHOSE_AFTER): 'שם מוצר' is a product's."""
    words = _HEBREW_WORD.findall(field)
    for n in (2, 1):
        if len(words) > n:
            head = normalize_name(" ".join(words[:n]))
            kind = _NAME_TYPES.get(head)
            if kind is not None and head not in _BARE_NAMES:
                return kind
    return None


# Korean puts whose before what, in one word ('수취인전화번호': the recipient's phone number,
# '구매자명'): the end says the type; a name's end only after a person ('상품명' is a
# product's), an address's not after the firm ('반품지주소': where returns go)
_KOREAN_ENDS = (("전화번호", "PHONE_NUMBER"), ("휴대폰번호", "PHONE_NUMBER"), ("휴대폰", "PHONE_NUMBER"),
                ("핸드폰", "PHONE_NUMBER"), ("연락처", "PHONE_NUMBER"), ("이메일", "EMAIL_ADDRESS"),
                ("우편번호", "LOCATION"), ("주소", "LOCATION"), ("이름", "PERSON"), ("성명", "PERSON"),
                ("명", "PERSON"),
                # a mobile, a country (Cafe24's '수령인 휴대전화', '배송국가'), a member's login ('주문자ID', '회원아이디')
                ("휴대전화", "PHONE_NUMBER"), ("국가", "LOCATION"), ("아이디", "USERNAME"), ("id", "USERNAME"))
_KOREAN_PEOPLE = ("수취인", "수령인", "받는분", "받는사람", "보내는분", "구매자", "주문자", "고객", "회원",
                  "담당자", "사용자", "직원", "예금주", "신청자", "보호자")
_KOREAN_FIRMS = ("회사", "업체", "판매자", "사업장", "출고지", "반품지", "매장", "창고")
# Vietnamese puts what before whose, in words of one syllable ('Số điện thoại người nhận':
# the recipient's phone number; 'Tên Người nhận' the recipient's name, 'Tên sản phẩm' a
# product's); its short words ('quận', a district) are read in a name with Vietnamese letters only
_VIETNAMESE_WORDS = {
    "nguoimua": "USERNAME", "khachhang": "USERNAME", "tendangnhap": "USERNAME",  # buyer, customer, login
    "nguoinhan": "PERSON", "hoten": "PERSON", "hovaten": "PERSON",  # recipient, full name
    "quocgia": "LOCATION", "tinh": "LOCATION", "thanhpho": "LOCATION", "tinhthanhpho": "LOCATION",
    "quan": "LOCATION", "huyen": "LOCATION", "quanhuyen": "LOCATION", "phuong": "LOCATION", "xa": "LOCATION",
    "phuongxa": "LOCATION", "mabuudien": "LOCATION", "mabuuchinh": "LOCATION",
    "sdt": "PHONE_NUMBER", "thudientu": "EMAIL_ADDRESS"}
_VIETNAMESE_HEADS = (("sodienthoai", "PHONE_NUMBER"), ("dienthoai", "PHONE_NUMBER"), ("sdt", "PHONE_NUMBER"),
                     ("diachiemail", "EMAIL_ADDRESS"), ("diachiip", "IP_ADDRESS"), ("diachi", "LOCATION"),
                     ("email", "EMAIL_ADDRESS"), ("hoten", "PERSON"), ("hovaten", "PERSON"))
_VIETNAMESE_PEOPLE = ("nguoinhan", "nguoimua", "nguoigui", "khachhang", "khach")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# (with the circumflexes: 'Tên khách hàng' has no other; a French or Portuguese name that has one is
# no Vietnamese word after it)
_VIETNAMESE_LETTER = re.compile(r"(?i)[ăâêôđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


def _korean_or_vietnamese(field: str, leaf: str) -> str | None:
    """The type a Korean or a Vietnamese field's name says by its head (``leaf``: the
    last part of its name, normalized)."""
    if _HANGUL.search(leaf):
        for end, kind in _KOREAN_ENDS:
            if leaf.endswith(end) and len(leaf) > len(end):
                whose = leaf[:-len(end)]
                if kind in ("PERSON", "USERNAME") and not whose.endswith(_KOREAN_PEOPLE) or whose.endswith(_KOREAN_FIRMS):
                    return None
                return kind
        return None
    if not _VIETNAMESE_LETTER.search(field):
        return None
    if leaf in _VIETNAMESE_WORDS:
        return _VIETNAMESE_WORDS[leaf]
    for head, kind in _VIETNAMESE_HEADS:
        if leaf.startswith(head):
            return kind
    if leaf.startswith("ten") and leaf[3:].startswith(_VIETNAMESE_PEOPLE):
        return "PERSON"  # 'Tên Người nhận', 'Tên khách hàng'
    return None


# Japanese and Chinese write a field's name as one word, what it is last: '送付先氏名' (the
# sender's full name), '届け先住所' (the delivery's address), '注文者電話番号' (the orderer's
# phone), '收件人电话' (the recipient's phone), '姓カナ' (the surname's kana). (Normalized:
# 'フリガナ' is read 'フリカナ'.)
_CJK_ENDS = (("氏名", "PERSON"), ("名前", "PERSON"), ("姓名", "PERSON"), ("フリガナ", "PERSON"),
             ("ふりがな", "PERSON"), ("カナ", "PERSON"), ("セイ", "PERSON"), ("メイ", "PERSON"),
             ("收件人", "PERSON"), ("收货人", "PERSON"), ("收貨人", "PERSON"), ("联系人", "PERSON"),
             ("聯絡人", "PERSON"), ("住所", "LOCATION"), ("所在地", "LOCATION"), ("地址", "LOCATION"),
             ("住址", "LOCATION"), ("郵便番号", "LOCATION"), ("郵遞區號", "LOCATION"), ("邮编", "LOCATION"),
             ("都道府県", "LOCATION"), ("市区町村", "LOCATION"), ("番地", "LOCATION"), ("丁目", "LOCATION"),
             ("建物名", "LOCATION"), ("部屋番号", "LOCATION"), ("ネーム", "PERSON"),
             # who made, changed, handled, asked or approved a record (kintone's users, a ledger's)
             ("作成者", "PERSON"), ("更新者", "PERSON"), ("登録者", "PERSON"), ("申請者", "PERSON"),
             ("承認者", "PERSON"), ("依頼者", "PERSON"), ("対応者", "PERSON"), ("確認者", "PERSON"),
             ("顧客名", "PERSON"),
             # (and a Chinese tracker's: ZenTao's bug export's created by, assigned to, resolved by, closed by, last
             # changed by, copied to; a ticket's handler, the one in charge, the submitter, the reviewer)
             ("由谁创建", "PERSON"), ("由誰創建", "PERSON"), ("指派给", "PERSON"), ("指派給", "PERSON"),
             ("解决者", "PERSON"), ("解決者", "PERSON"), ("由谁关闭", "PERSON"), ("由誰關閉", "PERSON"),
             ("修改者", "PERSON"), ("抄送给", "PERSON"), ("抄送給", "PERSON"), ("创建者", "PERSON"),
             ("创建人", "PERSON"), ("處理人", "PERSON"), ("处理人", "PERSON"), ("负责人", "PERSON"),
             ("負責人", "PERSON"), ("提交人", "PERSON"), ("审核人", "PERSON"), ("審核人", "PERSON"),
             ("经办人", "PERSON"), ("經辦人", "PERSON"),
             ("シリアル番号", "SERIAL_NUMBER"), ("製造番号", "SERIAL_NUMBER"),
             ("序列號", "SERIAL_NUMBER"), ("序列号", "SERIAL_NUMBER"),
             ("邮政编码", "LOCATION"), ("電話番号", "PHONE_NUMBER"), ("電話", "PHONE_NUMBER"),
             ("携帯番号", "PHONE_NUMBER"), ("携帯", "PHONE_NUMBER"), ("電話號碼", "PHONE_NUMBER"),
             ("电话号码", "PHONE_NUMBER"), ("电话", "PHONE_NUMBER"), ("手機", "PHONE_NUMBER"),
             ("手机", "PHONE_NUMBER"), ("手機號碼", "PHONE_NUMBER"), ("手机号码", "PHONE_NUMBER"),
             ("手机号", "PHONE_NUMBER"), ("メールアドレス", "EMAIL_ADDRESS"), ("メール", "EMAIL_ADDRESS"),
             ("電子郵件", "EMAIL_ADDRESS"), ("电子邮件", "EMAIL_ADDRESS"), ("邮箱", "EMAIL_ADDRESS"),
             ("郵箱", "EMAIL_ADDRESS"))
# a person's name as a role's '名' ('購入者名', '担当者名', '会員名', '受取人名', '配送先名': the
# buyer's, the one in charge's, the member's, the receiver's, the delivery's)
_CJK_PERSON_NAME = ("者名", "人名", "員名", "主名", "先名")
# whose values are a firm's, a shop's, a product's, a department's ('会社名カナ', '店舗住所', '取引先名')
_CJK_FIRMS = ("会社", "法人", "企業", "店舗", "商品", "品名", "部署", "公司", "商店", "店名", "社名", "団体",
              "取引先", "仕入先", "メーカー", "倉庫", "門店", "门店")
_CJK_ENDS_NORMALIZED = tuple((normalize_name(e), k) for e, k in _CJK_ENDS)
_CJK_FIRMS_NORMALIZED = tuple(normalize_name(f) for f in _CJK_FIRMS)
# A field of a kintone record: its value under 'value', a user's (or a list of them) as its login
# ('code') and its name
_TYPED_VALUE = re.compile(r"(?:.*[.\]])?(?P<head>[^.\[\]]+)\.value(?:\.\d+|\[\d+\])?(?:\.(?P<sub>code|name))?")
# A note in parentheses at a header's end, ASCII or full-width ('氏名(姓)', '市区町村（ヨミガナ）')
_CJK_NOTE = re.compile(r"[（(]([^（）()]{1,12})[）)]\s*$")
# A name's parts as a note says them: surname, given name, in kanji or katakana
_CJK_NAME_PARTS = frozenset(normalize_name(w) for w in ("姓", "名", "セイ", "メイ", "苗字", "名字"))
_CJK_PEOPLES_NAMES = tuple(normalize_name(w) for w in ("氏名", "名前", "ネーム", "姓名"))
_TRAILING_DIGITS = re.compile(r"\d+$")
_KANA_OR_HAN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def _japanese_or_chinese(field: str, leaf: str) -> str | None:
    """The type a Japanese or a Chinese field's name says by its end (``leaf``: normalized):
    a note in parentheses after it qualifies it ('氏名(姓)': the full name's surname,
    '現住所の市区町村（ヨミガナ）': the city's reading, a place's all the same), and after
    the genitive 'の' the rest is what it is ('現住所の都道府県': the address's prefecture)."""
    if not _KANA_OR_HAN.search(leaf) or any(f in leaf for f in _CJK_FIRMS_NORMALIZED):
        return None
    note = _CJK_NOTE.search(field)
    if note is not None and note.start() > 0:
        head, what = field[:note.start()].strip(), normalize_name(note.group(1))
        kind = type_for_name(head)
        if what in _CJK_NAME_PARTS and kind is None and normalize_name(head).endswith(_CJK_PEOPLES_NAMES):
            return "PERSON"
        return kind  # (a reading, a part or another note: what its head is)
    if "の" in field:
        kind = type_for_name(field.rsplit("の", 1)[1])
        if kind is not None:
            return kind
    leaf = _TRAILING_DIGITS.sub("", leaf)  # ('配送先住所2': the address's second line)
    for end, kind in _CJK_ENDS_NORMALIZED:
        if leaf.endswith(end):
            return kind
    return "PERSON" if leaf.endswith(_CJK_PERSON_NAME) else None


# Abbreviations that name a type only with their dots: Uzbek's full name ('F.I.Sh.', 'Ф.И.Ш.':
# surname, name, patronymic); the Spanish, French and Italian postcode ('C.P.': a bare 'CP' is
# as often a cost price or a control panel)
_DOTTED_NAMES = {"fish": "PERSON", "фиш": "PERSON", "cp": "LOCATION"}
# A device's words and a model's, and the particles that join an owner to a device, in a
# device's name as people set it ('Bojan Atanasovski Redmi Note 12', "L-iPhone ta' Marija",
# 'iPad របស់ Sovann', 'సుధీర్ ఫోన్', 'Fón Caoimhe')
_DEVICE_WORDS = frozenset({"iphone", "ipad", "macbook", "imac", "galaxy", "pixel", "redmi", "moto", "xperia", "oneplus",
                           "xiaomi", "samsung", "huawei", "oppo", "vivo", "realme", "nokia", "tecno", "infinix", "phone",
                           "mobil", "mobile", "telefon", "телефон", "tablet", "tab", "laptop", "notebook", "fón", "fon",
                           "ఫోన్", "फोन", "ফোন", "ទូរស័ព្ទ", "ስልክ", "утас", "l-iphone", "il-galaxy", "il-pixel",
                           # (and Turkmen's, after its owner's genitive: 'Perhatyň telefony')
                           "telefony", "noutbugy", "planşeti",
                           # (French's phone and tablet, as an MDM's device is named after its owner: 'Tel Lotfi
                           # Amokrane', 'Tablette Meriem')
                           "tel", "tél", "téléphone", "telephone", "portable", "tablette", "smartphone", "pc",
                           # (the South Slavic languages', Macedonian's, Albanian's and Greek's laptop, phone,
                           # computer: 'Милица лаптоп', 'Laptopi i Albana', 'Računar Jelena', 'Κινητό Νίκου')
                           "лаптоп", "laptopi", "telefoni", "tableti", "kompjuteri", "kompjuter", "računar",
                           "рачунар", "компјутер", "mobitel", "mobilni", "мобилни", "κινητό", "λάπτοπ",
                           # (Spanish's and Portuguese's phone, mobile and laptop: 'Celular Nilo', 'Celular de Atik')
                           "celular", "móvil", "movil", "teléfono", "telefono", "portátil", "portatil", "computadora",
                           "telemóvel", "telemovel"})
# A model's code before a word that says whose ('A78 de Yassine', 'Spark 20 de Lina', 'X200 of Anna')
_WHOSE_WORDS = frozenset({"de", "of", "di", "da", "do", "von", "van"})
# A maker's model code, as an MDM names a phone after its owner: Samsung's 'SM-A346E', Huawei's 'CRT-LX1'
_MAKER_MODEL = re.compile(r"[A-Z]{2,4}-[A-Z]{0,3}\d{1,4}[A-Z0-9]{0,3}")
_MODEL_WORDS = frozenset({"note", "pro", "max", "plus", "ultra", "air", "mini", "lite", "se", "fe", "neo", "edge",
                          "ta'", "ta’", "របស់", "ko", "ka", "de", "di", "da", "do", "von", "van", "of", "-", "–",
                          "i", "e"})  # (Albanian's 'of' after its noun: 'Laptopi i Albana', 'Telefoni e Vjosës')
_MODEL_TOKEN = re.compile(r"[A-Za-z]{0,3}\d{1,4}[A-Za-z+]{0,3}")
# A phone's short model code: a capital, two or three digits ('A54', 'P30', 'S23')
_SHORT_MODEL = re.compile(r"[A-Z]\d{2,3}")


# A dotted name of capitalized parts: a class's, a package's or a wiki page's ('XWiki.XWikiComments')
_CLASS_REFERENCE = re.compile(r"\s*[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)+\s*")
# A device's name as its owner's name (or its first letters) and the device's kind ('phonesa-android',
# 'aungkya-iphone'); not Android's own default ('android-3f2a...', the kind first)
_NAME_DASH_DEVICE = re.compile(r"[a-z]{3,12}-(?:android|iphone|ipad|phone|laptop|pc)")
# A computer named by IT with its kind first, a site's code maybe, then its owner or its number
# ('LT-CO-JROJAS', 'MBP-HK-CHANTM', 'DESKTOP-4F7KQ2M'), as an endpoint manager's 'Device' lists it;
# a phone's model is no such name ('SM-G991B': no kind of computer first)
# (and in a name's column, its owner's names cut by the fifteen letters NetBIOS allows: 'NB-MARIA-PEREIR')
# (and Czech's and Slovak's notebook, 'NTB-NOVAK', 'jan-ntb')
_KIND_FIRST_OWNERS_MACHINE = re.compile(r"(?:LT|DT|NB|NTB|WS|WKS|MBP|MBA|PC|LAP|DESKTOP|LAPTOP|NOTEBOOK)"
                                        r"(?:-[A-Z0-9]{2,15}){1,3}")
_KIND_FIRST_MACHINE = re.compile(r"(?:LT|DT|NB|WS|WKS|MBP|MBA|PC|LAP|DESKTOP|LAPTOP)-(?:[A-Z]{2,4}-)?"
                                 r"(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,15}")


def _owner_and_device(value: str) -> bool:
    """Whether a device's name holds a device's or a model's word and its owner's name, in
    any order (an MDM's or its owner's naming: 'Bojan Atanasovski Redmi Note 12')."""
    words = value.replace("'s ", " ").replace("’s ", " ").split()
    if not 2 <= len(words) <= 7:
        return False
    whose = any(w in _WHOSE_WORDS for w in words[1:-1])
    devices = [w for w in words if w.lower() in _DEVICE_WORDS or _MAKER_MODEL.fullmatch(w)
               or whose and _MODEL_TOKEN.fullmatch(w) and any(c.isdigit() for c in w)
               or len(words) == 2 and _SHORT_MODEL.fullmatch(w)]  # (a name and a phone's short model: 'Wayra A54')
    names = [w for w in words if w.lower() not in _DEVICE_WORDS and w.lower() not in _MODEL_WORDS
             and not _MODEL_TOKEN.fullmatch(w) and not _MAKER_MODEL.fullmatch(w)]
    from .known import has_thing_word

    return bool(devices) and bool(names) and all(
        _capitalized(w) and w[0].isalpha() and not w.endswith(".") for w in names) \
        and not all(len(w) > 1 and w.isupper() for w in names) \
        and not any(w.lower() in _SHARED_DEVICE_WORDS for w in names) \
        and not has_thing_word(" ".join(names))  # (a USB device's maker and kind: 'Samsung Portable SSD
    # T5', 'Apple Inc. iPhone')


# A shared device's words, no owner's ('Reception iPad', 'Shared Laptop 3', 'Loaner MacBook'), and
# a USB device's kind beside its maker ('Samsung Portable SSD T5')
_SHARED_DEVICE_WORDS = frozenset({"reception", "shared", "spare", "loaner", "kiosk", "conference", "meeting", "room",
                                  "front", "desk", "office", "warehouse", "store", "shop", "lobby", "guest", "demo",
                                  "test", "training", "staff", "team", "lab", "class", "classroom", "pos", "till",
                                  "scanner", "display", "it", "support", "service", "pool", "backup", "old", "new",
                                  "work", "company", "corporate", "field", "delivery", "driver", "courier",
                                  "portable", "external", "usb", "drive", "disk", "flash", "storage", "hub", "dock",
                                  "adapter", "keyboard", "mouse", "headset", "camera", "webcam", "reader", "card",
                                  # (new and old in the South Slavic languages and Albanian: 'Laptop i Ri')
                                  "ri", "vjetër", "novi", "stari", "нови", "стари"})


# An abbreviation of letters and dots after a word ('Xaridor F.I.Sh.': the buyer's full name)
_TRAILING_ABBREVIATION = re.compile(r"(?<=\w)\s+((?:[^\W\d_]{1,2}\.){2,}[^\W\d_]{0,2}\.?)$")


def _abbreviation(field: str) -> str | None:
    """A short name that ends in a dot ('Τ.Κ.', 'Tel.'), normalized whole: an abbreviation's
    dots are no key path's. None for another name."""
    return normalize_name(field) if field.endswith(".") and len(field) <= 12 else None


# Greek's 'of the customer', 'of the recipient', 'of the buyer', 'of the user' after a name
_GREEK_WHOSE = re.compile(r"(?i)\s+(?:πελάτη|πελατη|παραλήπτη|παραληπτη|αγοραστή|αγοραστη|χρήστη|χρηστη)$")
# FullStory's custom properties end in their type: 'city_str', 'invitee_name_str', 'age_int'
_TYPED_SUFFIX = re.compile(r"(?<=[a-z0-9])_(?:str|strs|int|real|bool|date)$"
                           # and a value's script, beside the one in its own ('full_name_latin')
                           r"|(?<=[a-z])_(?:latin|latn|romanized|romanised|transliterated|translit|native)$")
# A language's code after a field's name: its value in that language
_LANGUAGE_SUFFIX = re.compile(r"(?<=[a-z])_(?:en|fr|de|es|pt|ar|ru|zh|ja|ko|nl|sw"
                              r"|arabe|arabic|english|anglais|french|francais|chinese|chinois)$")  # (or its name:
# a Chadian app's 'nom_arabe', the client's name in Arabic letters)
# SugarCRM's custom fields end in '_c', Salesforce's in '__c'
_CUSTOM_FIELD = re.compile(r"_{1,2}c$")
# The prepositions a Romance language's field name joins its words with
# (and English's 'Country of residence'; Tagalog's 'Pangalan ng customer', Swahili's 'Jina la
# mteja', 'Nambari ya simu')
_OF = re.compile(r"(?i)\s+(?:de|do|da|dos|das|del|della|delle|dello|di|du|des|para|pour|per|por|a|à|al|au|aux"
                 r"|of|ng|la|ya|wa|za|cha|на"
                 r"|dû|dô)\s+")  # (Sicilian's 'Nomu dû clienti': the customer's name)


def _normalized(words: str) -> frozenset[str]:
    """A set of field names' words as written, normalized as a field's name is."""
    return frozenset(normalize_name(w) for w in words.split())


# (and Urdu, Nepali, Sinhala, Tamil, Telugu, Mongolian, Uzbek, Macedonian, Maltese, Irish,
# Basque and Khmer postcodes, normalized as a name is: their scripts' marks go)
_POSTCODE_ENDS += tuple(_normalized(
    "ڈاک_کوڈ پوسٹل_کوڈ زپ_کوڈ हुलाक_कोड पोस्टल_कोड पोस्ट_कोड තැපැල්_කේතය அஞ்சல்_குறியீடு பின்கோடு "
    "పిన్_కోడ్ шуудангийн_код шуудангийн_индекс pochta_indeksi почта_индекси поштенски_код "
    "поштенски_број kodiċi_postali éirchód eircode cód_poist posta_kodea លេខកូដប្រៃសណីយ៍ "
    # (and Gujarati, Punjabi, Marathi, Kannada and Malayalam PIN codes, Turkmen, Xhosa, Zulu,
    # Maori, Belarusian, Kyrgyz, Tajik, Lao, Malagasy, Faroese and Luxembourgish postcodes)
    "પિન_કોડ પિનકોડ ਪਿੰਨ_ਕੋਡ ਪਿੰਨਕੋਡ ਪਿਨ_ਕੋਡ पिन_कोड ಪಿನ್_ಕೋಡ್ ಪಿನ್‌ಕೋಡ್ പിൻ_കോഡ് പിൻകോഡ് poçta_indeksi "
    "ikhowudi_yeposi ikhodi_yeposi waehere_poutāpeta паштовы_індэкс почта_индекси индекси_почта "
    "ລະຫັດໄປສະນີ kaody_paositra postnummar postleitzuel "
    # (and Tatar's and Bashkir's, Uyghur's, Assamese's, Odia's, Haitian Creole's, Breton's,
    # Occitan's, West Frisian's, Romansh's)
    "почта_индексы پوچتا_نومۇرى পিন_ক'ড ପିନ_କୋଡ ଡାକ_ସଂକେତ kòd_postal kod_post còde_postal postkoade "
    "numer_postal "
    # (and Esperanto's, Scottish Gaelic's, Northern Sami's, Sorbian's)
    "poŝtkodo posxtkodo còd_puist poastanummir postowe_čisło "
    # (and Papiamento's, Friulian's)
    "kòde_postal codiç_postâl "
    # (and Karelian's, Asturian's, Sicilian's, Low German's, Traditional Chinese's)
    "postuindeksu códigu_postal còdici_postali postleettall 郵政編號 郵遞區號"))


_BARE_NAMES = frozenset({"nome", "nom", "nombre", "name", "naam",
                         # Estonian, Latvian, Lithuanian, Slovenian and Croatian, Bulgarian,
                         # Ukrainian, Hebrew, Icelandic (normalized)
                         "nimi", "vards", "vardas", "ime", "име", "імя", "שם", "nafn"}) | _normalized(
    # Indonesian and Malay, Tagalog, Hindi, Bengali, Swahili, Georgian, Armenian, Welsh,
    # Albanian, Azerbaijani, Kazakh
    "nama pangalan नाम নাম jina სახელი անուն enw emri adı аты "
    # Urdu, Sinhala, Tamil, Telugu, Amharic, Yoruba, Hausa, Somali, Mongolian, Uzbek ('ismi',
    # 'nomi': its name), Slovak, Maltese, Irish, Basque, Khmer
    "نام නම නාමය பெயர் పేరు ስም orúkọ suna sunan magac magaca нэр ism ismi nomi исм исми номи meno isem "
    "ainm izena izen ឈ្មោះ "
    # Gujarati, Punjabi, Marathi, Kannada, Malayalam, Turkmen, Xhosa and Zulu, Samoan, Maori,
    # Tajik, Lao, Burmese, Kurdish (both scripts), Pashto, Igbo, Malagasy ('anaran'ny': the
    # name of), Luxembourgish
    "નામ ਨਾਮ ਨਾਂ नाव ಹೆಸರು പേര് ady igama igoa ingoa ном ຊື່ အမည် navê ناو ناوی نوم aha anarana anaran numm "
    # Hawaiian, Chechen, Tatar and Bashkir ('исеме': its name), Uyghur, Sindhi, Odia, Dhivehi,
    # Fijian, Tongan, Tok Pisin ('Nem bilong kastoma'), Quechua and Aymara, Guarani, Haitian
    # Creole ('Non kliyan'), Breton, West Frisian, Kinyarwanda, Shona, Wolof ('turu': the name
    # of), Lingala, Oromo, Tswana, Sesotho
    "inoa цӏе исем исеме ئىسىم ئىسمى نامى نالو ନାମ ނަން yaca hingoa nem suti téra non anv namme "
    "izina amazina zita turu nkombo maqaa leina lebitso "
    # Esperanto ('Nomo de kliento'), Cebuano and Hiligaynon ('Ngalan sa kustomer'), Ilocano
    # ('Nagan ti kustomer'), Northern Sami, Greenlandic, Yiddish, Sorbian, Sardinian
    "nomo ngalan nagan namma ateq נאָמען mjeno nùmene "
    # Udmurt, Tetum ('Naran kliente'), Javanese ('Jeneng panganggo'), Sundanese, Papiamento
    # ('Nòmber di kliente'), Kashubian, siSwati, Northern Ndebele, Chichewa ('Dzina la
    # kasitomala'), Bemba, Luganda ('Erinnya lya kasitoma'), Kikuyu, Hmong, Rusyn, Manx,
    # Cornish, Latgalian, Palauan
    "ним naran jeneng ngaran nòmber miono libito ibizo dzina ishina erinnya rĩĩtwa npe мено ennym "
    "hanow vuords ngakl "
    # Sicilian ('Nomu dû clienti'), Neapolitan, Balinese, Minangkabau, Mizo, Khasi, Newar,
    # Kapampangan, Nahuatl, Tahitian, Tamazight (Tifinagh), Dholuo
    "nomu nomme wastan namo hming kyrteng नां lagyu tocaitl i'oa ⵉⵙⵎ nying "
    # Erzya, Kabardian, Ingush, Lezgin, Tulu, Bodo, Toba Batak, Bikol ('Pangaran kan
    # kustomer'), Niuean, Bambara
    "лем цӏэ цӏи тӏвар цiэ цiи тiвар pudar ಪುದರ್ मुं goar pangaran higoa tɔgɔ")
# The word that joins whose to what ('Emri i klientit', Hindi's 'ग्राहक का नाम', Afrikaans'
# 'Kliënt se naam')
# (Urdu's 'گاہک کا نام', Nepali's 'ग्राहक को नाम', Maltese's 'Isem tal-klijent', Irish's 'Ainm an
# chustaiméara', Hausa's 'Sunan abokin ciniki': the customer's name)
# (and Punjabi's 'ਗਾਹਕ ਦਾ ਨਾਮ', Gujarati's 'ગ્રાહક નું નામ', Malagasy's 'Anaran'ny mpanjifa', Maori's
# 'Ingoa o te kiritaki', with two)
_LINKS = _normalized("i e të se का की के کا کی کے को ta tal tat tas tad tar tan taz tax il an na abokin mai "
                     "ਦਾ ਦੀ ਦੇ નું ના ની ny o te "
                     # (and Tok Pisin's 'Nem bilong kastoma', Fijian's 'Yaca ni kasitama', Hawaiian's
                     # 'Inoa o ka mea kūʻai', Tongan's 'Hingoa ʻo e kasitomaa', Kinyarwanda's 'Izina
                     # ry'umukiriya', Lingala's 'Nkombo ya mosombi', Tswana's 'Leina la moreki',
                     # Breton's 'Anv ar pratik', Occitan's and Romansh's 'Nom del client')
                     "bilong ni ka ʻo ry y ya la ar an del da dal dil "
                     # (and Cebuano's 'Ngalan sa kustomer', Hiligaynon's 'Ngalan sang kustomer',
                     # Ilocano's 'Nagan ti kustomer', Scottish Gaelic's 'Ainm a' chustamair',
                     # Esperanto's 'Nomo de kliento')
                     "sa sang ti a de "
                     # (and Papiamento's 'Nòmber di kliente', Bemba's and Luganda's 'Ishina lya
                     # kasitoma', 'Erinnya lya kasitoma')
                     "di lya "
                     # (and Bislama's 'Nem blong kastoma', Kabyle's 'Isem n useqdac')
                     "blong n "
                     # (and Bikol's 'Pangaran kan kustomer', Waray's 'Ngaran han kustomer')
                     "kan han")
# An emergency, as a form's field says whom to call in one (French, Spanish, Italian, Portuguese: see type_for_name)
_EMERGENCY_WORDS = frozenset({"urgence", "urgences", "urgencia", "urgencias", "emergencia", "emergencias", "emergenza"})
# Whose a field is, after what it is with no preposition (Romanian, Italian, Spanish: see
# type_for_name)
_WHOSE_AFTER = frozenset({"facturare", "livrare", "client", "clientului", "cumparator", "cumparatorului",
                          "destinatar", "destinatarului", "spedizione", "fatturazione", "cliente",
                          "destinatario", "consegna", "envio", "facturacion", "entrega", "livraison",
                          "facturation",
                          # (and Romanian's sender's, payer's, beneficiary's: a courier's 'Persoana contact
                          # expeditor', the shop's own clerk who hands the parcel over)
                          "expeditor", "expeditorului", "platitor", "platitorului", "beneficiar", "beneficiarului",
                          # Slovenian, Croatian and Serbian: the buyer's, the customer's, the
                          # recipient's, the orderer's, the user's, the employee's, the delivery's
                          "kupca", "stranke", "klijenta", "prejemnika", "primatelja", "primaoca",
                          "narocnika", "narucitelja", "uporabnika", "korisnika", "zaposlenika", "dostave",
                          # Bulgarian and Ukrainian (normalized: 'й' is 'и')
                          "клиента", "получателя", "купувача", "потребителя", "кліента", "отримувача",
                          "покупця", "користувача", "працівника", "доставки",
                          # Icelandic; Hebrew (with its article 'ה', and 'ל': for the shipment)
                          "viðskiptavinar", "kaupanda", "viðtakanda", "notanda", "starfsmanns",
                          "הלקוח", "לקוח", "הנמען", "המקבל", "המשתמש", "משתמש", "למשלוח", "משלוח",
                          # a borrower's spouse and guarantor ('Nom_Conjoint', 'Telefono_Conyuge', 'Nom_Garant')
                          "conjoint", "garant", "conyuge", "conjuge", "coniuge", "epoux", "epouse",
                          # French's payer, participant, buyer, member, beneficiary, subscriber, employee, tenant,
                          # owner, donor, driver, passenger, sender, recipient, as a ticketing or a CRM export
                          # writes them ('Nom payeur', 'Ville payeur', 'Prénom participant'; not 'utilisateur': a
                          # login's as often)
                          "payeur", "participant", "acheteur", "adherent", "beneficiaire", "souscripteur", "salarie",
                          "employe", "locataire", "proprietaire", "donateur", "conducteur", "passager", "expediteur",
                          "destinataire", "inscrit", "licencie", "titulaire"}) | _normalized(
    # Indonesian and Malay: the customer's, the buyer's, the recipient's, the user's, the
    # orderer's, the sender's, the employee's, the delivery's, the invoice's ('Nama Pelanggan')
    "pelanggan pembeli penerima pengguna pemesan pengirim karyawan pegawai pekerja pengiriman "
    "penghantaran penagihan "
    # and the reporter's, the student's, the pupil's, the patient's, the participant's, the
    # member's, the owner's ('Nama lengkap pelapor': a complaint form's; not 'perangkat', a
    # device's: 'Nama perangkat' is no person's)
    "pelapor siswa murid pasien peserta anggota pemilik "
    # Welsh ('Enw cwsmer'), Serbian in Cyrillic ('Име купца'), Albanian after its link ('Emri i
    # klientit', 'Adresa e dorëzimit')
    "cwsmer derbynnydd defnyddiwr danfon купца корисника примаоца испоруке запосленог "
    "klientit blerësit marrësit përdoruesit punonjësit dërgesës dorëzimit "
    # Slovak and Czech ('Meno zákazníka', 'Jméno příjemce'), Maltese ('Isem tal-klijent'), Irish
    # ('Ainm an chustaiméara'), Yoruba ('Orúkọ oníbàárà'), Hausa ('Sunan mai amfani'), Somali
    # ('Magaca macmiilka'): the customer's, the recipient's, the buyer's, the user's, ...
    "zákazníka príjemcu kupujúceho používateľa zamestnanca doručenia objednávateľa odberateľa "
    "příjemce kupujícího uživatele zaměstnance doručení objednatele odběratele "
    "klijent riċevitur destinatarju utent xerrej impjegat kunsinna "
    "chustaiméara custaiméara úsáideora faighteora fhaighteora cheannaitheora "
    "oníbàárà olùgbà olùlò olùrajà òṣìṣẹ́ ciniki amfani karɓa saye "
    "macmiilka macmiilaha qaataha iibsadaha isticmaalaha shaqaalaha "
    # Xhosa and Zulu ('Igama lomthengi', 'Idilesi yomthengi'), Maori ('Ingoa kiritaki'),
    # Belarusian ('Імя пакупніка'), Tajik ('Номи мизоҷ'), Kurdish ('Navê xerîdar', 'ناوی کڕیار'),
    # Malagasy, Tigrinya ('ስም ዓሚል'): the customer's, the user's, the recipient's, ...
    "lomthengi yomthengi lomsebenzisi yomsebenzisi lekhasimende yekhasimende lomamkeli yomamkeli "
    "lomamukeli yomamukeli kiritaki kaihoko kaiwhakamahi kaiwhiwhi kaimahi пакупніка атрымальніка "
    "карыстальніка супрацоўніка дастаўкі мизоҷ харидор гиранда корбар корманд xerîdar mişterî "
    "bikarhêner wergir karmend کڕیار بەکارهێنەر وەرگر mpanjifa mpampiasa mpandray mpividy ዓሚል ተጠቃሚ "
    # Tok Pisin, Fijian, Tongan, Hawaiian ('mea kūʻai' is one: 'kūʻai'), Haitian Creole, Breton,
    # Kinyarwanda, Shona ('Zita remutengi'), Wolof, Lingala, Oromo, Tswana and Sesotho, Tatar
    # and Bashkir ('Клиент исеме' is head last: see _WHOSE_BEFORE), West Frisian, Romansh
    "kastoma yusa wokman kasitama kasitomaa kūʻai hoʻohana kliyan itilizatè achtè anplwaye pratik "
    "implijer umukiriya ukoresha umuguzi umukozi remutengi remushandisi mutengi mushandisi kiliyaan "
    "jëfandikukat mosombi mosaleli maamilaa fayyadamaa hojjetaa moreki modirisi mosebedisi "
    "klant brûker client utilisader "
    # Esperanto, Cebuano, Hiligaynon and Ilocano, Scottish Gaelic ('chustamair', lenited),
    # Sardinian
    "kliento uzanto aĉetanto ricevanto kustomer tiggamit mamalitay parabakal gumatang agus_usar "
    "custamair chustamair cleachdaiche chleachdaiche utente comporadore "
    # Tetum and Papiamento, Javanese, Sundanese, Chichewa, Bemba and Luganda, Xitsonga, Rusyn
    # ('Мено хоснователя'), Cornish ('Hanow an devnydhyer'), Walloon, Limburgish
    "kliente kumprado panganggo pamaké palanggan kasitomala wogula kasitoma omuguzi omukozesa "
    "mutirhisi muxavi хоснователя devnydhyer uzeu gebroeker")
# Whose a field is, before what it is (Estonian, Latvian, Lithuanian genitives: the
# customer's, the recipient's, the buyer's, the orderer's, the user's, the employee's, the
# contact's; the delivery's and the invoice's)
_WHOSE_BEFORE = frozenset({"kliendi", "saaja", "ostja", "tellija", "kasutaja", "tootaja", "kontakti", "tarne",
                           "arve", "klienta", "sanemeja", "pirceja", "pasutitaja", "lietotaja", "darbinieka",
                           "kontakta", "piegades", "rekina", "kliento", "gavejo", "pirkejo", "uzsakovo",
                           "vartotojo", "naudotojo", "darbuotojo", "kontakto", "pristatymo", "saskaitos"}) | _normalized(
    # Hindi (before its link 'का': 'ग्राहक का नाम'), Bengali's, Georgian's and Armenian's
    # genitives, Kazakh's and Azerbaijani's; Afrikaans before its 'se': the customer's, the
    # recipient's, the user's, the buyer's, the employee's, the delivery's, the contact's
    "ग्राहक प्राप्तकर्ता उपयोगकर्ता खरीदार कर्मचारी डिलीवरी बिलिंग संपर्क "
    "গ্রাহকের প্রাপকের ব্যবহারকারীর ক্রেতার কর্মচারীর ডেলিভারি যোগাযোগের "
    "კლიენტის მომხმარებლის მიმღების მყიდველის თანამშრომლის მიწოდების "
    "հաճախորդի ստացողի գնորդի օգտատիրոջ աշխատակցի առաքման "
    "клиенттің алушының пайдаланушы пайдаланушының қызметкердің жеткізу "
    "müştərinin alıcının istifadəçi istifadəçinin işçinin çatdırılma kliënt ontvanger сатыпалушының "
    # Urdu (before its link 'کا'), Nepali, Sinhala, Tamil, Telugu, Amharic ('የደንበኛ ስም'),
    # Mongolian ('Харилцагчийн нэр'), Uzbek ('Mijoz ismi', 'Mijozning telefoni') and Basque
    # ('Bezeroaren izena'): the customer's, the recipient's, the user's, the buyer's, ...
    "گاہک خریدار صارف ملازم ग्राहकको प्राप्तकर्ताको प्रयोगकर्ताको प्रयोगकर्ता खरिदकर्ताको कर्मचारीको "
    "පාරිභෝගිකයාගේ පාරිභෝගික ලබන්නාගේ පරිශීලක පරිශීලකයාගේ ගැනුම්කරුගේ සේවකයාගේ "
    "வாடிக்கையாளர் வாடிக்கையாளரின் பெறுநர் பெறுநரின் பயனர் பயனரின் வாங்குபவர் வாங்குபவரின் ஊழியர் ஊழியரின் "
    "కస్టమర్ గ్రహీత కొనుగోలుదారు ఉద్యోగి ఖాతాదారు వినియోగదారు "
    "የደንበኛ የተቀባይ የገዢ የከፋይ የላኪ የሰራተኛ የተጠቃሚ харилцагчийн хэрэглэгчийн ажилтны хүргэлтийн "
    "mijoz mijozning xaridor xaridorning foydalanuvchi foydalanuvchining xodim xodimning "
    "мижоз мижознинг харидор харидорнинг фойдаланувчи фойдаланувчининг ходим "
    "bezeroaren hartzailearen erabiltzailearen eroslearen langilearen bidalketa bidalketaren "
    # Gujarati, Punjabi (before its link 'ਦਾ'), Marathi, Turkmen, Kyrgyz, Kannada, Malayalam,
    # Burmese and Pashto (after its 'د', of: 'د پېرودونکي نوم'): the customer's, the
    # recipient's, the user's, the buyer's, the employee's
    "ગ્રાહકનું ગ્રાહકના ગ્રાહક પ્રાપ્તકર્તાનું ખરીદનારનું વપરાશકર્તાનું વપરાશકર્તા કર્મચારીનું ਗਾਹਕ ਪ੍ਰਾਪਤਕਰਤਾ "
    "ਵਰਤੋਂਕਾਰ ਖਰੀਦਦਾਰ ਕਰਮਚਾਰੀ ग्राहकाचे ग्राहकाचा ग्राहकाची प्राप्तकर्त्याचे प्राप्तकर्त्याचा वापरकर्त्याचे "
    "वापरकर्त्याचा खरेदीदाराचे कर्मचाऱ्याचे müşderiniň müşderi alyjynyň ulanyjy ulanyjynyň işgäriň "
    "кардардын колдонуучунун алуучунун кызматкердин ಗ್ರಾಹಕರ ಗ್ರಾಹಕ ಬಳಕೆದಾರರ ಬಳಕೆದಾರ ಸ್ವೀಕರಿಸುವವರ "
    "ಉದ್ಯೋಗಿಯ ഉപഭോക്താവിന്റെ ഉപയോക്താവിന്റെ സ്വീകർത്താവിന്റെ ജീവനക്കാരന്റെ ဖောက်သည် လက်ခံသူ "
    "အသုံးပြုသူ د پېرودونکي کارن "
    # Tatar and Bashkir, Uyghur, Assamese, Odia, Quechua, Guarani ('Clientin исеме', 'خېرىدار
    # ئىسمى', 'গ্ৰাহকৰ নাম', 'ଗ୍ରାହକଙ୍କ ନାମ', 'rantiqpa sutin', 'jogua'ára réra'): the customer's,
    # the user's, the buyer's, the recipient's, the employee's
    "клиент клиентның кулланучы кулланучының сатып_алучы сатып_алучының алучы алучының хезмәткәр "
    "ҡулланыусы ҡулланыусының клиенттың һатып_алыусы алыусы хеҙмәткәр ئىشلەتكۈچى خېرىدار "
    "تاپشۇرۇۋالغۇچى خىزمەتچى গ্ৰাহকৰ ব্যৱহাৰকাৰীৰ প্ৰাপকৰ কৰ্মচাৰীৰ ଗ୍ରାହକଙ୍କ ଗ୍ରାହକର ଉପଯୋଗକର୍ତ୍ତାଙ୍କ "
    "ପ୍ରାପକଙ୍କ କର୍ମଚାରୀଙ୍କ rantiqpa llamkachiqpa")
# Of those, a user's (with a bare name: a login)
_USER_WHOSE = frozenset({"kasutaja", "lietotaja", "vartotojo", "naudotojo", "uporabnika", "korisnika",
                         "потребителя", "користувача", "notanda", "המשתמש", "משתמש"}) | _normalized(
    "pengguna përdoruesit defnyddiwr корисника उपयोगकर्ता ব্যবহারকারীর მომხმარებლის օգտատիրոջ "
    "пайдаланушы пайдаланушының istifadəçi istifadəçinin "
    "صارف प्रयोगकर्ताको प्रयोगकर्ता පරිශීලක පරිශීලකයාගේ பயனர் பயனரின் వినియోగదారు የተጠቃሚ хэрэглэгчийн "
    "foydalanuvchi foydalanuvchining фойдаланувчи фойдаланувчининг erabiltzailearen olùlò amfani "
    "isticmaalaha používateľa uživatele utent úsáideora "
    "વપરાશકર્તાનું વપરાશકર્તા ਵਰਤੋਂਕਾਰ वापरकर्त्याचे वापरकर्त्याचा ulanyjy ulanyjynyň lomsebenzisi yomsebenzisi "
    "kaiwhakamahi карыстальніка колдонуучунун корбар ಬಳಕೆದಾರರ ಬಳಕೆದಾರ ഉപയോക്താവിന്റെ အသုံးပြုသူ bikarhêner "
    "بەکارهێنەر کارن mpampiasa ተጠቃሚ "
    "yusa hoʻohana itilizatè implijer ukoresha remushandisi mushandisi jëfandikukat fayyadamaa modirisi "
    "mosebedisi brûker utilisader кулланучы кулланучының ҡулланыусы ҡулланыусының ئىشلەتكۈچى "
    "ব্যৱহাৰকাৰীৰ ଉପଯୋଗକର୍ତ୍ତାଙ୍କ "
    "uzanto tiggamit agus_usar cleachdaiche chleachdaiche "
    "panganggo pamaké omukozesa mutirhisi хоснователя devnydhyer uzeu gebroeker")
_PHONE_WORDS = frozenset({"phone", "telephone", "tel", "mobile", "telefon", "telefono", "telefone", "telefoon",
                          "mobil", "mobiel", "puhelin", "handy", "gsm", "cellulare", "celular", "telefonszam",
                          "telepon", "telp", "telepono", "simu", "ffôn", "ffon", "telefoni",
                          "cel", "celu", "telf",  # (Andean Spanish's short forms: 'cel=71234567', 'Telf.')
                          # Hausa, Somali, Mongolian, Maltese, Irish, Basque, Amharic, Urdu
                          "waya", "wayar", "taleefan", "taleefanka", "telefoonka", "утас", "mowbajl", "fón",
                          "numbarka", "lambarka", "telebirr", "evc", "zaad",  # (Somali's number; the Horn's wallets)
                          "fóin", "guthán", "ghutháin", "telefonoa", "ስልክ", "فون", "موبائل",
                          # accented, as a field's words keep them ('Téléphone professionnel', 'Teléfono
                          # trabajo'), and a fax ('Télécopie')
                          "téléphone", "teléfono", "telèfon", "telèfono", "télécopie", "telefax", "fax"})
_USER_WORDS = frozenset({"usuario", "utilisateur", "utente", "user", "login", "conta", "cuenta", "compte",
                         "gumagamit", "mtumiaji",  # (Tagalog, Swahili)
                         "корисникот", "потребителя"})  # (Macedonian's and Bulgarian's 'Име на корисникот')
_MARKETPLACES = frozenset({"marketplace", "ml", "mercadolivre", "mercadolibre", "shopee", "amazon", "ebay", "etsy",
                           "magalu", "americanas"})
# Who a name is of, in a Romance language's field name: 'Nome do comprador', 'Nom du client',
# 'Nombre del destinatario', 'Nome para a entrega' (the delivery's: its recipient)
_PEOPLE_WORDS = frozenset({"comprador", "compradora", "cliente", "client", "clienti", "destinatario",
                           "destinataria", "destinataire", "contato", "contacto", "contact", "contatto",
                           "acquirente", "titular", "titolare",
                           "responsavel", "responsable", "entrega", "livraison", "consegna", "envio",
                           "faturamento", "facturation", "facturacion", "fatturazione", "remetente",
                           "expediteur", "remitente", "mittente", "paciente", "patient", "aluno", "alumno",
                           # (a school's or a form's: a student, a mother, a father, a guardian, an employee)
                           "alumna", "estudiante", "madre", "padre", "tutor", "tutora", "empleado", "empleada",
                           "colaborador", "colaboradora", "trabajador", "trabajadora",
                           # Tagalog and Swahili: a customer, a buyer, a recipient, an employee
                           "customer", "kustomer", "mamimili", "tatanggap", "mteja", "mnunuzi", "mpokeaji",
                           "mfanyakazi",
                           # Macedonian and Bulgarian, after their 'на' ('Име на купувачот', 'Адреса
                           # на клиента'): the customer, the buyer, the recipient, the employee
                           "клиентот", "купувачот", "примачот", "вработениот", "клиента", "купувача",
                           "получателя", "служителя"})


_ROLE_PARENTS = frozenset({"sessionissuer"})
def _in_sdk_context(field: str) -> bool:
    """Whether a field is an analytics SDK's context (Segment's and RudderStack's
    'context.device.name': a phone's model, 'SM-S918U', 'moto', as often as its name)."""
    parts = _name_parts(field)
    return len(parts) > 2 and normalize_name(parts[-3]) == "context"


# A name with a number after it, normalized ('imei2', 'email2'), and the types that come in twos
_NUMBERED = re.compile(r"(.*?[^\W\d_])\d{1,2}")
_NUMBERED_TYPES = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS", "HARDWARE_ID", "SERIAL_NUMBER", "IP_ADDRESS"})
# Parents whose 'name' is a machine's: a device's, a network's node's (Tailscale's flow logs'
# srcNode and dstNodes), an endpoint's ('host' is left out: ECS' host.name is the shipper's)
_MACHINE_PARENTS = frozenset({"device", "devices", "node", "nodes", "srcnode", "dstnode", "srcnodes", "dstnodes",
                              "machine", "machines", "computer", "computers", "endpoint", "endpoints",
                              "peer", "peers",
                              # (and in Spanish, Portuguese and French: 'dispositivo.nombre': 'OPPO A78 de Rosa')
                              "dispositivo", "dispositivos", "equipo", "appareil", "equipamento"})
# A thing's 'name' in English, Spanish, Portuguese and French (a device's 'dispositivo.nombre')
_NAME_LEAVES = ("name", "nombre", "nome", "nom")
_SERVER_SIDE = ("server", "srv", "dest", "dst", "target", "upstream", "backend", "origin")
_DOMAIN_MACHINE = re.compile(r"[A-Za-z][\w\-]{0,15}\\(?P<name>[A-Za-z0-9][\w\-]{0,62})")
_NETWORK_ENDS = ("subnet", "subnetid", "netmask", "subnetmask", "cidr", "networkaddress", "networkid")
# (a gateway's address is a host's, a router's: reported, as a held-out export's labels had it;
# another's did not, and the conservative reading wins)
_MESSAGE_ID_NAMES = frozenset({"messageid", "msgid", "internetmessageid", "inreplyto", "references", "smtpid",
                               "originalmessageid"})
# Combining marks, which Python's \w does not match: Thai's vowels and tones ('ใจดี'), Hebrew's
# and Arabic's points, Indic scripts' vowel signs, accents written apart (a character class's part)
MARKS = ("\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0900-\u0903"
         "\u093a-\u094f\u0951-\u0957\u0962\u0963\u0981-\u0983\u09bc-\u09d7\u0a01-\u0a03\u0a3c-\u0a51"
         "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd\u102b-\u103e\u1ab0-\u1aff"
         "\u1dc0-\u1dff\u200c\u200d\u20d0-\u20ff\u3099\u309a\ufe20-\ufe2f"
         # (and Gurmukhi's tippi and addak, Gujarati's, Oriya's, Tamil's, Telugu's, Kannada's,
         # Malayalam's, Sinhala's and Khmer's)
         "\u0a70\u0a71\u0a75\u0a81-\u0a83\u0abc-\u0acd\u0ae2\u0ae3\u0b01-\u0b03\u0b3c-\u0b57\u0b82\u0bbe-\u0bcd\u0bd7\u0c00-\u0c04\u0c3e-\u0c56\u0c81-\u0c83"
         "\u0cbc-\u0cd6\u0d00-\u0d03\u0d3b-\u0d57\u0d81-\u0d83\u0dca-\u0ddf\u0df2\u0df3\u17b4-\u17d3"
         # (and the Myanmar script's for S'gaw and Pwo Karen, Mon and Shan: 'စီၤအဲဝါ')
         "\u1056-\u1059\u105e-\u1060\u1062-\u1064\u1067-\u106d\u1071-\u1074\u1082-\u108d\u108f\u109a-\u109d"
         # (and Thaana's vowel signs, the fili: Dhivehi's 'ޢަލީ ސަޢީދު')
         "\u07a6-\u07b0"
         # (and Tibetan's vowel signs and subjoined letters: 'ཚེ་རིང་དབང་མོ')
         "\u0f71-\u0f84\u0f86\u0f87\u0f8d-\u0fbc")
# A value with symbols (emoji, dingbats) before or after its words: group 1 is the words
_DECORATED = re.compile(rf"[\s\W_]*?(?<![\w.])([^\W\d_](?:.*[\w.{MARKS}])?)[\s\W_]*", re.DOTALL)
# A display name's pronouns, after the name: '(she/her)', 'he/him', '[they/them]'
_PRONOUNS_AFTER = re.compile(r"[ \t]*[(\[]?(?<!\w)(?i:she|he|they|xe|ze|it)/(?i:her|hers|him|his|they|them|theirs|xem|zir|it|she|he)"
                             r"(?:/(?i:hers|his|theirs|them|her|him))?[)\]]?[ \t]*$")
# What a firewall's '...by' keys name, not who did it ('appresolvedby', 'rulematchedby')
_THING_BY = ("app", "rule", "policy", "signature", "engine", "category")
_BY_USER = ("updatedby", "createdby", "modifiedby", "openedby", "closedby", "resolvedby",
            "approvedby", "requestedby", "changedby", "deletedby", "lastmodifiedby", "ownedby",
            "loginby", "loggedinby",
            "enrolledby", "registeredby", "assignedby", "submittedby", "sourcedby", "referredby",
            # a health or survey record's data clerk (DHIS2's 'storedBy', 'completedBy' on every value)
            "storedby", "completedby", "enteredby", "capturedby", "collectedby", "recordedby", "verifiedby",
            # (German's, French's, Italian's, Spanish's and Dutch's changed or created by: i-doit's 'Geändert von')
            "geandertvon", "geaendertvon", "erstelltvon", "bearbeitetvon", "angelegtvon", "modifiepar", "creepar",
            "modificatoda", "creatoda", "modificadopor", "creadopor", "gewijzigddoor", "aangemaaktdoor")  # (an MDM's 'EnrolledBy': an admin's login; KoboToolbox's '_submitted_by')  # an asset's last user (Freshservice's 'Last Login By')
# A machine named for its owner, in lower case: 'rachel-novak-pc', 'tom-laptop'
_OWNERS_MACHINE = re.compile(r"[a-z]{2,20}(?:-[a-z]{2,20}){0,2}-(?:pc|laptop|desktop|notebook|lt|dt|nb|ntb|ws|mbp|mba"
                             r"|macbook(?:-pro|-air)?|imac|thinkpad|surface|hp|dell|lenovo|asus|acer)\d{0,2}"
                             # (or a phone or a PC an app registered under its owner's first name: 'Aiaal-honor',
                             # 'Min-jun-PC', 'Svetlana-iphone', 'Kymyyne-redmi')
                             r"|[A-Za-z][a-z]{1,19}(?:-[a-z]{2,19})?-(?i:pc|iphone|ipad|honor|redmi|xiaomi|huawei|samsung"
                             r"|galaxy|pixel|oppo|vivo|realme|poco|oneplus|nokia|tecno|infinix)\d{0,2}"
                             # (or its model first, then its owner's name: 'iphone-hina', 'galaxy-s24-minji'; not a
                             # model's own words, 'iphone-15-pro')
                             r"|(?i:iphone|ipad|pixel|galaxy|redmi|xiaomi|huawei|honor|oppo|vivo|realme|poco|oneplus"
                             r"|tecno|infinix|macbook|imac|thinkpad|surface)(?:-[a-z0-9]{1,6}){0,2}"
                             r"-(?!(?:pro|max|plus|mini|air|ultra|lite|se|note|fe|neo|prime|go|edge)$)[a-z]{2,19}")
# A machine's name as inventories write it: upper-case parts joined by hyphens, with a
# digit ('LAPTOP-8F3K2J', 'WS-ENG-117'); handles are seldom written so
_MACHINE_NAME = re.compile(r"(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)+"
                           # or an owner's machine as IT names it: 'ABARON-LT', 'DANIEL-PC', 'WPS-NBENNETT-LT'
                           r"|(?:[A-Z]{2,5}-)?[A-Z][A-Z0-9]{1,20}(?:\.[A-Z][A-Z0-9]{1,20})?-(?:PC|LT|DT|NB|NTB|WS|WKS|MBP|MBA|LAPTOP|DESKTOP"
                           r"|NOTEBOOK|HP|DELL|LENOVO|ASUS|ACER)\d{0,2}"  # (and by its maker: 'RAMCHARRAN-HP')
                           # or a device named for its owner: 'Zainab’s MacBook Air', "Tom's Galaxy S23"
                           r"|[^\W\d_][\w.\- ]{0,40}['’]s (?:MacBook|iMac|Mac mini|Mac Studio|Mac Pro|iPhone|iPad"
                           r"|Pixel|Galaxy|Redmi|Xperia|OnePlus|Moto|Nokia|Tecno|TECNO|Infinix|Itel|itel|ThinkPad"
                           r"|Chromebook|Surface"
                           # (or its maker's model code, as an MDM names a phone: "Moraa's SM-A145F")
                           r"|[A-Z]{2,4}-[A-Z]{0,3}\d{1,4}[A-Z0-9]{0,3})(?: [\w ]{1,20})?"
                           # or with its owner after it, as Romance and Germanic setups name it ('MacBook
                           # Air di Silvia', 'iPhone von Tomasz'), or before it in Hungarian ('Péter iPhone-ja')
                           r"|(?:MacBook(?: Pro| Air)?|iMac|Mac mini|Mac Studio|Mac Pro|iPhone|iPad(?: Pro| Air| mini)?)"
                           r" (?:de|di|da|do|von|van) [^\W\d_][\w'’\- ]{0,40}"
                           r"|[^\W\d_][\w'’\- ]{0,40} (?:MacBook(?: Pro| Air)?|iMac|iPhone|iPad)-?j[ae]")


def machine_before_a_login(name: str) -> bool:
    """Whether the name before a local account's login is a person's machine's ('DESKTOP-JG9E8G7',
    'NB-MARIA-PEREIR'), not a domain's ('CONTOSO', 'CORP-EU')."""
    return _WINDOWS_DEFAULT.fullmatch(name) is not None or _KIND_FIRST_OWNERS_MACHINE.fullmatch(name) is not None \
        or _MACHINE_NAME.fullmatch(name) is not None and "-" in name


def _owners_machine_label(label: str) -> bool:
    """Whether a name's first label is a person's machine ('DESKTOP-8YBBVZ9', 'ana-laptop')."""
    return (_MACHINE_NAME.fullmatch(label) is not None or _OWNERS_MACHINE.fullmatch(label) is not None
            or _WINDOWS_DEFAULT.fullmatch(label) is not None)


# A network's own domain ('.local', '.lan', '.corp', '.internal'): its machines' names
_INTERNAL_DOMAIN = re.compile(r"(?i)\.(?:local|lan|corp|internal|intranet|intra|localdomain|home\.arpa|ad)$")
# Windows' own name for a new PC: 'DESKTOP-EBZRPIY', 'LAPTOP-HJYSGF07'
_WINDOWS_DEFAULT = re.compile(r"(?i:DESKTOP|LAPTOP)-[A-Z0-9]{7,8}")
# A person's computer by its name, where a device's id goes (Windows' default, an owner's name and the machine's kind
# or maker: 'DESKTOP-4F7KQ2M', 'RAMCHARRAN-HP', 'sauls-macbook-air'); a GUID in capitals is no name
_PC_NAME_AS_ID = re.compile(_WINDOWS_DEFAULT.pattern + r"|[A-Z]{2,20}-(?:PC|LT|LAPTOP|DESKTOP|NOTEBOOK|HP|DELL|LENOVO"
                            r"|ASUS|ACER)\d{0,2}|" + _OWNERS_MACHINE.pattern)


# An identity provider's prefix before an account's id: Auth0's 'auth0|', 'google-oauth2|',
# 'samlp|acme|'
# Cognito's federated users: 'google_114076658011631666428', 'Facebook_10224...', 'SignInWithApple_001234...'
_FEDERATED_PREFIX = re.compile(r"(?i)(?:google|facebook|signinwithapple|loginwithamazon|apple|microsoft|azuread"
                               r"|oidc|saml)_(?=\d{6,}$|[0-9a-f.]{16,}$)")
_PROVIDER_PREFIX = re.compile(r"(?:[a-z][a-z0-9\-]{1,30}\|)+"
                              r"|[a-z]{2}(?:-gov)?-[a-z]+-\d:(?=[0-9a-f]{8}-)")  # (and an AWS Cognito identity's
# region: 'us-east-1:1bd088be-f70a-4eca-aeed-879c5b129160')
_HEX_ID = re.compile(r"(?=.*\d)[0-9a-f]{16,}|(?=.*\d)[0-9A-F]{16,}")
# A type's short prefix and a hex id, as apps key their records ('rw_e0fbcb557a', Stripe's
# style of 'cus_...' with hex)
_PREFIXED_HEX = re.compile(r"[a-z]{1,5}_(?=[0-9a-f]*\d)[0-9a-f]{10,}")
_PREFIXED_TOKEN = re.compile(r"[a-z]{1,5}_([A-Za-z0-9]{10,40})")
# A word and a UUID: a live chat's visitor ('session_cfc423f8-32d6-49d0-a559-4fa5398d46be', Crisp's)
def is_uuid(value: str) -> bool:
    """Whether ``value`` is a UUID in its 8-4-4-4-12 form."""
    return _UUID.fullmatch(value) is not None


_PREFIXED_UUID = re.compile(r"[A-Za-z]{1,16}[_\-:]" + _UUID.pattern)
# BigBlueButton's internal id of a meeting's participant, 'w_' and twelve random letters and digits ('w_zpslrrarykpl')
_BBB_USER_ID = re.compile(r"w_[a-z0-9]{12}")


def is_generated_id(value: str) -> bool:
    """A number, a UUID, 16 or more hex digits (a database's ObjectId) or a random token,
    after an identity provider's prefix if any: an account's id, no one's name."""
    prefix = _PROVIDER_PREFIX.match(value) or _FEDERATED_PREFIX.match(value)
    if prefix:
        value = value[prefix.end():]
    return bool(value) and (value.isdigit() or _UUID.fullmatch(value) is not None
                            or _HEX_ID.fullmatch(value) is not None or is_random_token(value)
                            or _PREFIXED_HEX.fullmatch(value) is not None or _prefixed_random(value)
                            or _PREFIXED_UUID.fullmatch(value) is not None
                            or _CAPS_TOKEN.fullmatch(value) is not None or _LOWER_TOKEN.fullmatch(value) is not None
                            or _lower_random(value) or _BBB_USER_ID.fullmatch(value) is not None)


def _lower_random(value: str) -> bool:
    """12 or more lower-case letters and digits that change between the two at five places
    or more: Piazza's user id 'lmfe7lm5bd69uo' (a login changes once or twice: 'karthik1990',
    'j2smith85'); or, with a digit, ten letters or more of which one at most is a vowel: Misskey's
    user id '9hclhr8hmjsyrnny' (no login is as unpronounceable)."""
    if not (12 <= len(value) <= 40 and value.isascii() and value.isalnum() and value.lower() == value):
        return False
    if all(c in "0123456789abcdef" for c in value):
        return False  # (hex alone: a MAC's, a hash's; their own rules)
    letters = [c for c in value if c.isalpha()]
    return sum(a.isdigit() != b.isdigit() for a, b in zip(value, value[1:])) >= 5 \
        or len(letters) >= 10 and len(letters) < len(value) and sum(c in "aeiou" for c in letters) <= 1


# 16 or more capitals and digits, two digits at least: an API's id (Duo's user key
# 'DUZXSR2EIMVA2K5IZETY', Grafana's datasource uid 'PBFA97CFB590B2093'). No login is as
# long in capitals, and a Windows machine's name stops at 15.
_CAPS_TOKEN = re.compile(r"(?=(?:[A-Z]*\d){2})[A-Z0-9]{16,}")
# 24 or more lower-case letters and digits, three digits at least and one inside: Mattermost's
# ids ('j9itofyhmhwwpmsxaj4hgni8mf', 26 of them; a login's digits end it: 'karthikeyan1990')
_LOWER_TOKEN = re.compile(r"(?=(?:[a-z]*\d){3})(?=[a-z0-9]*[a-z]\d+[a-z])[a-z0-9]{24,}")


def _prefixed_random(value: str) -> bool:
    """A type's prefix and a random run of letters and digits ('usr_hz184m4xqyzv'): letters
    and digits alternate at three places or more, as no login does ('john_smith1985x'
    changes twice)."""
    m = _PREFIXED_TOKEN.fullmatch(value)
    if m is None:
        return False
    run = m.group(1)
    return sum(a.isdigit() != b.isdigit() for a, b in zip(run, run[1:])) >= 3


# 12 or more lower-case letters and digits with a digit before a letter: an app's generated id
# where its field's name is an id's ('userId': '9kz5igpspbgouick'), no login's ('delroy_t', 'omari592')
_ID_LEAF_TOKEN = re.compile(r"(?=[a-z0-9]*\d[a-z])[a-z0-9]{12,40}")
_ID_LEAVES = frozenset({"id", "userid", "uid", "accountid", "memberid", "authorid", "ownerid", "creatorid"})
_ID_LISTS = frozenset({"mentions", "userids", "memberids", "mentionids"})


def _mixed_case_id(value: str) -> bool:
    """A generated id's letters and digits, short: upper and lower case switch at random, a digit among them or
    ten characters at least ('USsrIi4rKU': six switches in nine steps, 'USYnMDHqfV' four), not words run
    together ('JohnSmith'), as :func:`is_random_token` counts them for longer ones."""
    if not value.isascii() or not value.isalnum() or value.islower() or value.isupper() \
            or len(value) < 10 and not any(c.isdigit() for c in value) or _CAMEL_WORDS.fullmatch(value):
        return False  # (a login of words run together is no id: 'McDonaldJr', 'anaPaula85')

    def kind(c: str) -> int:
        return 0 if c.isdigit() else 1 if c.islower() else 2

    return sum(kind(a) != kind(b) for a, b in zip(value, value[1:])) >= 0.4 * (len(value) - 1)


# Words run together, each capitalized, or the first in lower case, digits maybe after them ('JohnSmith', 'anaPaula85')
_CAMEL_WORDS = re.compile(r"(?:[A-Z][a-z]+)+\d*|[a-z]+(?:[A-Z][a-z]+)*\d*")


def is_random_token(value: str) -> bool:
    """A long run of letters and digits that switches between lower case, upper case
    and digits too often for a name: a generated id. 'JohnSmith1990Official' switches at
    six of its 20 steps, Zeek's uid 'CsfQuSVpYZGhaBTTRN' at 8 of 17, AWS's
    'AIDA7FXAB064R1GZAZMZ4' at 7 of 20."""
    if len(value) >= 24 and value.isascii() and not value.isalnum():
        value = value.replace("-", "").replace("_", "")  # (a URL-safe base64 token's dashes and underscores:
        # WeCom's contact id 'wmErxtDgAAkGGCoNOdD1MQq-Zfzq9eje')
    if len(value) < 16 or not value.isascii() or not value.isalnum():
        return False

    def kind(c: str) -> int:
        return 0 if c.isdigit() else 1 if c.islower() else 2

    switches = sum(kind(a) != kind(b) for a, b in zip(value, value[1:]))
    return switches >= 0.35 * (len(value) - 1)


# A card's or an account's holder, in a Romance language's field name
_HOLDER_WORDS = frozenset({"titular", "titolare", "titulaire"})
# A code's standard in a column's name, between its place's word and 'code'
_CODE_STANDARDS = frozenset({"iso", "iso2", "iso3", "alpha2", "alpha3", "iso3166"})
# a customer's or an attendee's region and country: 'Billing Province', 'Home Country',
# HubSpot's 'Country/Region'
_REGION_WORDS = frozenset({"country", "countryname", "state", "province", "region", "county",
                           "prefecture", "countrycode", "cc",  # (Mailchimp's 'CC': a country's code)
                           "ccode",  # (Imperva's SIEM log: a visitor's country by its code)
                           # other languages' ('Pays', 'État', 'Bundesland', 'País', 'Provincia')
                           "pays", "état", "etat", "land", "bundesland", "kanton", "país", "pais",
                           "provincia", "estado", "paese", "nazione", "regione", "stato", "provincie",
                           "región", "regió", "région", "região",  # (Mercado Libre's 'Región': 'Araucanía')
                           "département", "departement", "distrito",
                           # Indonesian and Malay, Tagalog, Swahili, Welsh, Afrikaans, Albanian
                           "negara", "provinsi", "negeri", "bansa", "lalawigan", "nchi", "mkoa", "gwlad",
                           "provinsie", "shteti", "qarku",
                           "subdivision",  # GeoIP's (PostHog's '$geoip_subdivision_1_name')
                           "wojewodztwo", "kraj", "panstwo", "maakunta", "maa", "zeme",
                           "judet", "tara", "megye", "orszag", "fylke",  # (Romanian, Hungarian, Norwegian)
                           # Estonian, Latvian, Lithuanian: country, county
                           "riik", "maakond", "valsts", "novads", "apskritis",
                           # Slovak, Somali, Yoruba, Hausa, Basque, Irish, Maltese, Uzbek: country,
                           # district, region, state, province
                           "krajina", "okres", "gobolka", "waddanka", "dalka", "ipinle", "orileede", "jiha",
                           "probintzia", "herrialdea", "lurraldea", "contae", "tir", "pajjiz", "viloyat",
                           "mamlakat",
                           # Turkmen, Xhosa and Zulu, Maori, Samoan, Kurdish, Malagasy, Igbo:
                           # province, district, country, region, state
                           "welayat", "etrap", "yurt", "iphondo", "ilizwe", "isifundazwe", "izwe", "rohe",
                           "whenua", "itumalo", "atunuu", "parezgeh", "welat", "faritra", "firenena", "steeti",
                           # Fijian, Tongan, Tok Pisin, Quechua, Haitian Creole, West Frisian,
                           # Kinyarwanda, Shona, Oromo, Tswana, Sesotho: province, district,
                           # country, region, department, zone
                           "yasana", "tikina", "fonua", "provins", "kantri", "suyu", "depatman", "peyi",
                           "provinsje", "intara", "igihugu", "akarere", "purovhinzi", "nyika", "dunhu",
                           "godina", "naannoo", "biyya", "kgaolo", "lefatshe", "setereke",
                           # Esperanto, Scottish Gaelic, Cebuano and Ilocano, Northern Sami,
                           # Greenlandic, Sardinian: country, province, county, region
                           "lando", "provinco", "regiono", "duthaich", "siorrachd", "nasud", "pungsod",
                           "probinsia", "pagilian", "riika", "nuna", "istadu", "provintzia",
                           # Tetum, Sundanese, Friulian, siSwati, Xitsonga, Chichewa, Bemba,
                           # Luganda, Kikuyu, Hmong, Cornish, Walloon and Ladino, Limburgish,
                           # Latgalian: country, municipality, region, province, state, county
                           "nasaun", "munisipiu", "nagara", "regjon", "sifundza", "tiko", "xifundzankulu",
                           "dziko", "chigawo", "icalo", "eggwanga", "bururi", "tebchaws", "lubtebchaws",
                           "xeev", "konteth", "payis", "landj", "nuvods",
                           # Crimean Tatar and Gagauz, Võro, Low German, Scots, Sicilian and
                           # Neapolitan, K'iche', Tahitian, Kabyle: country, state, county,
                           # province, region
                           "memleket", "maakund", "bundsland", "kintra", "coonty", "pruvincia", "riggiuni",
                           "amaq", "fenua", "tamurt",
                           # Ligurian, Bikol and Waray, Cook Islands Māori, Bambara: province,
                           # country
                           "provinsa", "probinsya", "enua", "jamana",
                           # Marquesan, Sango, Oshiwambo, Tshiluba, Fulfulde and Pulaar: land,
                           # country
                           "henua", "kodro", "oshilongo", "ditunga", "leydi",
                           # Tachelhit, Ateso and Turkana, Umbundu, Chokwe and Lunda, Kaonde,
                           # Mauritian and Seychellois Creole: country, land, region
                           "tamazirt", "akwap", "ofeka", "chifuchi", "kyalo", "rezion",
                           # Zarma and Dendi, Tarifit, Runyankole, Yao, Wolaytta, Sidamo: country,
                           # land, region
                           "laabu", "thamurt", "thamurth", "eihanga", "chilambo", "biittaa", "qoqqowo",
                           # Oshindonga and Oshikwanyama: region
                           "oshitopolwa",
                           # Tshivenda: province ('Vundu ḽa Limpopo')
                           "vundu",
                           # Sranan Tongo: country ('Kondre: Sranan')
                           "kondre",
                           # Ethiopia's region, Kenya's county in Swahili ('Kilil: Amhara', 'Kaunti: Kisumu')
                           "kilil", "kaunti"})
_PLACE_WORDS = frozenset({"city", "town", "street", "streetaddress", "zip", "postcode", "zipcode", "pincode",
                          "suburb",  # (Vend's 'physical_suburb')
                          "postalcode", "locality",  # (an address's town: JumpCloud's, Google's)
                          "cicode",  # (Imperva's: a visitor's city)
                          "village", "island", "atoll"}) | _REGION_WORDS  # (an app's user's 'home_island')
# Countries in other scripts' and languages' names, normalized: Russian, Turkish, Greek,
# Korean and Vietnamese ('Quốc gia'). (Their regions are carried: a Russian CRM's 'Москва'
# in a comment is its customer's city as often as its region)
_OTHER_REGION_NAMES = frozenset({"страна", "ulke", "χωρα", "국가", "quocgia", "الدولة", "دولة", "البلد", "بلد",
                                 "الولاية", "ولاية",  # (a wilaya: Mauritania's, Hassaniya's region)
                                 # Lithuanian, Slovenian and Croatian, Bulgarian, Ukrainian, Hebrew,
                                 # Thai: country, county, region, province
                                 "salis", "drzava", "zupanija", "държава", "област", "краіна", "область",
                                 "מדינה", "ประเทศ", "จงหวด"}) | _normalized(
    # Hindi, Bengali, Georgian, Armenian, Serbian, Azerbaijani, Kazakh (the Latin scripts'
    # are _REGION_WORDS)
    "राज्य देश দেশ বিভাগ ქვეყანა რეგიონი երկիր մարզ држава ölkə ел облыс "
    # Urdu, Nepali, Sinhala, Tamil, Telugu, Amharic, Yoruba, Hausa, Mongolian, Uzbek, Slovak,
    # Maltese, Irish, Khmer
    "صوبہ ملک प्रदेश පළාත රට மாநிலம் மாகாணம் நாடு రాష్ట్రం దేశం ክልል ሀገር አገር ìpínlẹ̀ orílẹ̀-èdè ƙasa "
    "аймаг улс вилоят мамлакат pajjiż tír ខេត្ត ប្រទេស "
    # Gujarati, Punjabi, Kannada, Malayalam, Belarusian, Kyrgyz, Tajik, Lao, Burmese, Kurdish,
    # Pashto, Tigrinya
    "રાજ્ય દેશ ਰਾਜ ਦੇਸ਼ ರಾಜ್ಯ ದೇಶ സംസ്ഥാനം രാജ്യം вобласць краіна облус өлкө кишвар ແຂວງ ປະເທດ "
    "တိုင်းဒေသကြီး ပြည်နယ် နိုင်ငံ پارێزگا وڵات ولایت هېواد ዞባ ሃገር "
    "welaýat ýurt parêzgeh "
    # Tatar and Bashkir, Chechen, Uyghur, Sindhi, Assamese, Odia, Tibetan, Dhivehi, Guarani,
    # Breton, Occitan, West Frisian, Romansh, Wolof, Lingala
    "өлкә төбәк ил пачхьалкх ئۆلكە دۆلەت صوبو ملڪ ৰাজ্য ରାଜ୍ୟ ଦେଶ རྒྱལ་ཁབ་ ގައުމު tetã tetãvore país "
    "lân pajais réew ekolo mboka "
    "welaýat ýurt parêzgeh "
    # Udmurt, Tuvan: a republic (a state), a district
    "элькун кожуун "
    # Asturian, Aragonese, Kabyle, Traditional Chinese, Tamazight (Tifinagh), Newar: a region,
    # a province, a country
    "rexón rechión tamnaḍt 地區 省份 國家 ⵜⴰⵎⵓⵔⵜ ⵜⴰⵎⵏⴰⴹⵜ देय् "
    # Erzya, Kabardian, Ingush, Lezgin: a country
    "мастор хэку мохк уьлкве "
    # Sango: a country (its tone marks written); Tachelhit's, in Tifinagh
    "ködörö ⵜⴰⵎⴰⵣⵉⵔⵜ "
    # Amharic: a zone
    "ዞን")  # (Turkmen's and Kurdish's, accented: not the ASCII fields' _REGION_WORDS)
_REGION_CODES = frozenset({("country", "code"), ("state", "code"), ("province", "code"), ("region", "code"),
                           ("country", "id"),  # (Vend's 'physical_country_id': 'NZ'; a number is no place)
                           ("subdivision", "code")})


# A house's number by a bare 'number' column next to its street's ('Endereço', 'Número',
# 'Complemento': Brazil's shops; 'Ulica', 'Nr'), and its qualified twin ('Número entrega')
_BARE_NUMBERS = frozenset({"numero", "number", "nr", "no", "nº", "n", "nummer", "numer", "cislo", "broj",
                           "stevilka", "numar", "szam", "numara", "αριθμοσ", "номер"})


# A job's or a posting's columns, by their first words ('Job', 'Job shortcode', 'Department'):
# a bare 'Location' among them is the job's, where a person's own place has its column
_JOB_FIRST = frozenset({"job", "jobs", "position", "posting", "requisition", "req", "vacancy", "opening",
                        "department", "dept"})


# A CRM's account (a customer firm) by its column's name: Dynamics' 'Account Name' in
# French, Spanish, Portuguese, German, Italian and Dutch (not English's 'Account Name': a
# directory's export writes its login so, beside the user's names)
_CRM_ACCOUNT_NAMES = frozenset({"nomducompte", "nombredelacuenta", "nomedaconta", "kontoname",
                                "nomedellaccount", "accountnaam"})


# A national phone number: its trunk '0', then groups of digits; North America's, its area code
# and exchange apart (see value_hint)
_NATIONAL_NUMBER = re.compile(r"0[1-9]\d{1,3}(?:[ \-]?\d{2,4}){2,3}")
_NANP_NUMBER = re.compile(r"(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[\-. ])[2-9]\d{2}[\-. ]\d{4}")
# An address's unit and its building, beside its street (see column_hints)
_ADDRESS_UNIT_NAMES = frozenset({"unitnumber", "unitno", "unit", "complex", "complexname", "building",
                                 "buildingname"})
# ... and those that hold a bare number as often: a building's, a floor's, a flat's (Paymob's billing data:
# 'Street', 'Building', 'Floor', 'Apartment'), a part of the address however short
_ADDRESS_NUMBER_NAMES = frozenset({"unitnumber", "unitno", "unit", "building", "floor", "floornumber", "floorno",
                                   "apartment", "apartmentnumber", "apartmentno", "apt", "aptnumber", "aptno",
                                   "flat", "flatnumber", "flatno", "suite", "suitenumber", "suiteno"})


# A vulnerability scanner's columns of its own text (see column_hints): catalogue text, as a
# product's description is (_LABEL_FIELDS); Nessus', OpenVAS' and Qualys' names for them
_SCANNER_TEXT = {"name": "Plugin Name", "synopsis": "Plugin Synopsis", "description": "Plugin Description",
                 "solution": "Plugin Solution", "seealso": "Plugin See Also", "summary": "Plugin Synopsis",
                 "vulnerabilityinsight": "Plugin Description", "vulnerabilitydetectionmethod": "Plugin Description",
                 "threat": "Plugin Description", "impact": "Plugin Description"}


# A destination's country, and the columns of a DNS query's record beside it (see column_hints)
_DESTINATION_COUNTRIES = frozenset({"destinationcountry", "dstcountry", "destcountry"})
_DNS_QUERY_COLUMNS = frozenset({"querytype", "qtype", "rootdomain", "dnssec", "queryname", "qname"})
# A device inventory's columns of the machine's operating system
_OS_COLUMNS = frozenset({"osname", "os", "operatingsystem", "osversion", "osbuild", "platform"})


# A rental's booking export's columns (Smoobu's 'Arrival', 'Departure', 'Adults', 'Guest name')
_BOOKING_COLUMNS = frozenset({"arrival", "departure", "checkin", "checkout", "adults", "children", "guestname",
                              "nights"})
_ADDRESS_COLUMNS = frozenset({"address", "streetaddress", "address1", "addressline1", "city", "town", "postcode",
                              "postalcode", "zip", "zipcode", "state", "country", "street"})
_ADDRESS_COLUMNS_ES = frozenset({"direccion", "ciudad", "municipio", "pais", "codigopostal", "barrio", "calle",
                                 "localidad"})


# A product's SKU column
_SKU_COLUMNS = frozenset({"sku", "productsku", "itemsku", "skucode", "variantsku", "sellersku"})


def column_hints(header: list[str], questions: list[str] | None = None) -> dict[int, str]:
    """The names some CSV columns go by where their own says nothing: a bare 'number' right
    after an address's street column is its house number ('housenumber'); a bare 'Location'
    right after a job's columns, in a table with a person's own place ('Address'), is the
    job's ('Job Location': Workable's candidates); a survey's question ('Q4'), by its text
    (``questions``, a Qualtrics export's second row). By index."""
    out = {}
    for i, (h, q) in enumerate(zip(header, questions or ())):
        if q and h and type_for_name(h) is None and type_for_name(q) is not None:
            out[i] = q
    uuids = [i for i, h in enumerate(header) if h and normalize_name(h) in ("uuid", "guid")]
    if uuids and {"HARDWARE_ID", "SERIAL_NUMBER"} <= {type_for_name(h) for h in header if h}:
        # a device inventory's bare 'UUID', beside its MAC's and its serial's columns: the
        # machine's (OCS Inventory's); elsewhere a record's own id
        out.update(dict.fromkeys(uuids, "SMBIOS UUID"))
    names = {normalize_name(h) for h in header if h}
    kinds = {type_for_name(h) for h in header if h}
    if "name" in names and {"HARDWARE_ID", "SERIAL_NUMBER"} <= kinds and names & _OS_COLUMNS:
        # a device inventory's bare 'Name', beside its MAC's, its serial's and its system's columns: the
        # machine's (Quest KACE's 'ID,Name,IP Address,MAC,...,OS Name,...,Serial Number'); elsewhere a person's
        out.update({i: "Device Name" for i, h in enumerate(header) if h and normalize_name(h) == "name"})
    elif "name" in names and {"IP_ADDRESS", "HARDWARE_ID"} <= kinds and not {
            type_for_name(h) for h in header if h and normalize_name(h) != "name"} & {"PERSON", "USERNAME", "EMAIL_ADDRESS"}:
        # a network scan's bare 'Name' beside its address's and its MAC's columns, no one's name nor login among
        # them (Advanced IP Scanner's 'Status,Name,IP,Manufacturer,MAC address,Comments'): the host's
        out.update({i: "Device Name" for i, h in enumerate(header) if h and normalize_name(h) == "name"})
    if {"id", "uuid", "hostname", "cpu", "os", "version"} <= names:
        # RustDesk's server's peers (rustdesk-api's export: 'row_id,id,cpu,hostname,memory,os,username,uuid,version,...'):
        # 'id' is the device's RustDesk ID, by which one reaches it, and 'uuid' its machine's GUID in base64
        out.update({i: {"id": "RustDesk ID", "uuid": "Machine GUID"}[normalize_name(h)]
                    for i, h in enumerate(header) if h and normalize_name(h) in ("id", "uuid")})
    if {"ani", "dnis"} <= names:
        # Five9's call log: a contact's further numbers, 'number1' to 'number3', beside the caller's ('ANI')
        out.update({i: "Phone Number" for i, h in enumerate(header)
                    if h and normalize_name(h) in ("number1", "number2", "number3")})
    if "identifier" in names and "devicetype" in names and names & {"deviceos", "devicemodel", "sdk"}:
        # a push service's subscribers (OneSignal's export: 'id,identifier,...,device_os,device_type,device_model'):
        # 'identifier' is the subscription's push token, or its address or number for mail and text messages
        out.update({i: "Push Token" for i, h in enumerate(header) if h and normalize_name(h) == "identifier"})
    if {"trackingnumber", "receivingnumber"} <= names:
        # a call-tracking tool's calls (CallRail's 'Tracking Number', 'Receiving Number'): the number the caller
        # dialled and the business's line it rang, both the business's (the caller's is 'Phone Number'); a
        # 'Receiving Number' alone may be a transfer's receiver's
        out.update({i: "Tracking Line" for i, h in enumerate(header) if h and normalize_name(h) == "receivingnumber"})
    if {"names", "addresses", "macs"} <= names:
        # runZero's asset inventory: an asset's 'names' (tab apart), 'addresses' and 'macs' (its hosts' names,
        # IP addresses and MACs; 'addresses_extra' its IPv6 ones)
        out.update({i: {"names": "Host Name", "addresses": "IP Address", "addressesextra": "IP Address",
                        "macs": "MAC Address"}[normalize_name(h)]
                    for i, h in enumerate(header) if h and normalize_name(h) in ("names", "addresses", "addressesextra",
                                                                                  "macs")})
    if {"url", "username", "password", "name"} <= names:
        # a password manager's export (LastPass': 'url,username,password,totp,extra,name,grouping,fav'): 'name'
        # is the entry's title, a site's or a service's ('Booking.com', 'ZRA TaxOnline'), not its owner's
        out.update({i: "Entry Title" for i, h in enumerate(header) if h and normalize_name(h) == "name"})
    if "description" in names and names & _SKU_COLUMNS:
        # a sale's row beside its product's SKU (Mercado Pago's settlement report: 'DESCRIPTION;...;PRODUCT_SKU'):
        # 'Description' is the item's ('Huipil de Zinacantán bordado x2', a craft named for its town), no one's
        out.update({i: "Product Name" for i, h in enumerate(header) if h and normalize_name(h) == "description"})
    if {"loginuri", "loginusername", "loginpassword", "name"} <= names:
        # (Bitwarden's: 'folder' or 'collections', then 'type,name,notes,fields,reprompt,login_uri,login_username,
        # login_password,login_totp'): the item's name, its owner after a dash ('AnyDesk – Maja Šarić')
        out.update({i: "Entry Title" for i, h in enumerate(header) if h and normalize_name(h) == "name"})
    if {"title", "username", "password"} <= names:
        # (KeePass' and KeePassXC's: 'Group,Title,Username,Password,URL,Notes'): the entry's title, whose owner a
        # shared vault names after a dash ('Talabat – Rebwar')
        out.update({i: "Entry Title" for i, h in enumerate(header) if h and normalize_name(h) == "title"})
    if "metainstanceid" in names or {"submitterid", "submittername"} <= names:
        # ODK Central's export: a question's column by its own name, after its groups ('hogar-municipio',
        # 'respondente-nombre'; its 'meta-instanceID' and its submitter's columns tell the export).
        # Elsewhere a '-' joins one name's words ('product-name': Amazon's reports)
        for i, h in enumerate(header):
            odk = _ODK_CENTRAL_PATH.fullmatch(h) if h else None
            if odk and type_for_name(h) is None:
                out[i] = odk.group(1)
    if "area" in names and len(names & _ADDRESS_COLUMNS) >= 2:
        # a bare 'Area' among an address's columns (Fresha's client list: 'Address, Apartment/Suite, Area,
        # City, State, Post Code'): the town's district, as the Gulf's addresses name it; elsewhere a size
        out.update({i: "Neighbourhood" for i, h in enumerate(header) if h and normalize_name(h) == "area"})
    if "departamento" in names and len(names & (_ADDRESS_COLUMNS | _ADDRESS_COLUMNS_ES)) >= 2:
        # a bare 'Departamento' among an address's columns (Alegra's contacts: 'Dirección, Ciudad, Departamento,
        # País'): the country's department, as Colombia, Paraguay and Uruguay name their regions; elsewhere a
        # firm's ('Departamento: Ventas')
        out.update({i: "Region" for i, h in enumerate(header) if h and normalize_name(h) == "departamento"})
    if "payam" in names and ("county" in names or "boma" in names):
        # South Sudan's county, payam and boma (a household's record, CommCare's): the payam a sub-county,
        # the boma a village; 'payam' alone is Persian's message, and a name
        out.update({i: "Sub-county" if normalize_name(h) == "payam" else "Village"
                    for i, h in enumerate(header) if h and normalize_name(h) in ("payam", "boma")})
    if {"dcontext", "lastapp", "clid"} <= names:
        # Asterisk's CDR (FreePBX's, a Grandstream UCM's export): 'src' the caller's number, 'dst'
        # the number called ('dstanswer' the one that answered), 'clid' the caller's name and
        # number ('"Rosa Sosof" <50233711976>'); an extension's four digits have no phone's shape
        # FreePBX's further columns: 'cnum' and 'cnam' the caller's number and name, 'dst_cnam' the name of
        # the extension that answered, a person's; 'did' the firm's line the call came in on, 'outbound_cnum'
        # and 'outbound_cnam' the number and name the firm shows on its calls out (its main line, its name: no
        # one's); 'recordingfile' the recording, named for the parties' numbers
        out.update({i: _CDR_COLUMNS[n] for i, n in ((i, normalize_name(h) if h else "") for i, h in enumerate(header))
                    if n in _CDR_COLUMNS})
    if names & _DESTINATION_COUNTRIES and names & _DNS_QUERY_COLUMNS:
        # a DNS filter's query log (NextDNS' 'domain,query_type,...,destination_country,root_domain'): the
        # country of the server the name resolved to, no one's whereabouts
        out.update({i: "Destination Geo" for i, h in enumerate(header)
                    if h and normalize_name(h) in _DESTINATION_COUNTRIES})
    nessus = "pluginid" in names and ("synopsis" in names or "solution" in names)
    if nessus or "nvtoid" in names or "qid" in names and "threat" in names:
        # a vulnerability scanner's findings (Nessus' CSV: 'Plugin ID,CVE,...,Host,Protocol,Port,Name,
        # Synopsis,...'): 'Name' is the plugin's ('OS Identification'), no one's; its synopsis,
        # description and solution are the vendor's text, the same for every host ('Nessus was able
        # to enumerate local users.': the small model read the scanner as a person some 1,000 times
        # in one scan). Its 'Plugin Output' is the host's: read as it is. OpenVAS' and Qualys' (their
        # 'NVT OID', 'QID'): the same columns under their names ('Name' only Nessus'); their 'Specific
        # Result' and 'Results' are the host's
        out.update({i: _SCANNER_TEXT[n] for i, n in ((i, normalize_name(h) if h else "") for i, h in enumerate(header))
                    if n in _SCANNER_TEXT and (nessus or n != "name")})
    if "printer" in names and "documentname" in names and "client" in names:
        # a print log (PaperCut's Print Logger and NG's: 'Time,User,Pages,Copies,Printer,Document
        # Name,Client,...'): 'Client' is the machine the job came from ('HEH-ATH-PC043'); in a
        # CRM's table it is a customer
        out.update({i: "Client Host" for i, h in enumerate(header) if h and normalize_name(h) == "client"})
    if "client" in names and "printer" not in names and sum(
            1 for h in header if h and normalize_name(h) != "client" and "client" in normalize_name(h)
            and type_for_name(h) in ("EMAIL_ADDRESS", "PHONE_NUMBER")) >= 1:
        # a booking's or an invoice's export: 'Client' beside the client's e-mail and phone ('E-mail du client',
        # 'Téléphone du client', SimplyBook.me's) is the client's name; alone it is a log's connection end
        out.update({i: "Client Full Name" for i, h in enumerate(header) if h and normalize_name(h) == "client"})
    for i, h in enumerate(header):
        name = normalize_name(h) if h else ""
        if name.endswith("name") and len(name) > 4 and type_for_name(h) is None and any(
                name[:-4] + last in names for last in ("lastname", "surname", "familyname")):
            out[i] = "First Name"  # a party's name beside its last name: its first ('Client Name', 'Client
            # Last Name': VTEX's orders; a 'Client Name' alone may be an app's, an OAuth client's)
    streets = "street" in names or "streetname" in names or "streetaddress" in names
    for i in range(len(header)):
        name = normalize_name(header[i]) if header[i] else ""
        if name in ("apartment", "unit") and len(names & _BOOKING_COLUMNS) >= 2:
            continue  # a rental's bookings: its 'Apartment' is the listing booked (Smoobu's), the host's, no address
        if streets and name in _ADDRESS_NUMBER_NAMES and type_for_name(header[i]) is None:
            out[i] = "Building Number"  # beside a street's column, an address's unit, its building, its floor
            # (South Africa's and Namibia's payroll exports: 'UnitNumber'; Paymob's 'Building', 'Floor', 'Apartment')
        elif streets and name in _ADDRESS_UNIT_NAMES and type_for_name(header[i]) is None:
            out[i] = "Address Line 2"  # ... or its complex ('Complex')
        elif name == "code" and i and type_for_name(header[i - 1]) == "LOCATION" \
                and not is_region_field(header[i - 1]):
            out[i] = "Postal Code"  # a bare 'Code' right after a town's column (PaySpace's 'City', 'Code')
    for i in range(1, len(header)):
        name = normalize_name(header[i])
        if i in out:
            continue
        if name in _CRM_ACCOUNT_NAMES and sum(type_for_name(h) == "PERSON" for h in header if h) >= 2:
            out[i] = "Company Name"  # a CRM's contact's account, beside the contact's own names: a firm
            # (Dynamics' 'Nom du compte': 'Kiwi Pearl Imports'; a directory's login has no name columns)
            continue
        if name == "location" and _after_a_jobs_columns(header, i, 2) \
                or name == "primarylocation" and _after_a_jobs_columns(header, i, i):
            out[i] = "Job Location"  # (an employee's 'PrimaryLocation' beside a 'JobTitle': a site)
            continue
        words = [normalize_name(w) for w in _SPLIT.split(header[i]) if w]
        if not words or words[0] not in _BARE_NUMBERS or len(words) > 1 and not (
                len(words) == 2 and words[1] in _WHOSE_AFTER):
            continue
        before = header[i - 1]
        if type_for_name(before) == "LOCATION" and not is_region_field(before) \
                and not _is_postcode_name(_leaf_and_parent(before)[0]):
            out[i] = "housenumber"
    return out


def _after_a_jobs_columns(header: list[str], i: int, within: int) -> bool:
    """Whether column ``i`` follows a job's column (one of the ``within`` before it) and
    another column of the header is a person's place that is not a region ('Address')."""
    if not any(words and words[0] in _JOB_FIRST
               for words in (_last_words(h) for h in header[max(0, i - within):i] if h)):
        return False
    return any(j != i and h and type_for_name(h) == "LOCATION" and not is_region_field(h)
               for j, h in enumerate(header))


def names_a_fediverse_account(field: str | None) -> bool:
    """Whether a field is a fediverse account, 'user@instance' for a remote one (Mastodon's and Pleroma's
    'acct', 'fqn', 'in_reply_to_account_acct', diaspora*'s 'diaspora_handle'): a handle, no mailbox; or an ISP's
    subscriber's login to its access service, 'user@realm' (Splynx's 'Service login': 'olfa_jlas@fibrewave.tn'), a
    RADIUS login."""
    if not field:
        return False
    leaf = _leaf_and_parent(field)[0]
    return leaf.endswith(("acct", "fqn")) or leaf.endswith("login") and leaf[:-5] in _ACCESS_SERVICES \
        or leaf in _FEDERATED_HANDLES


# A federated network's account's handle, 'user@pod' (diaspora*'s 'people.diaspora_handle', its profiles', a
# federated network's 'webfinger' address)
_FEDERATED_HANDLES = frozenset({"diasporahandle", "fediversehandle", "federatedhandle", "webfinger", "federatedid"})


# A cell of tags, a member's or a contact's labels joined by commas ('labels': 'Ganta,Lapsed 2023,WhatsApp list';
# Ghost's, Mailchimp's, a CRM's): each its own, none an address's piece after another
_TAG_LISTS = frozenset({"labels", "tags", "tiers", "segments", "lists", "interests", "categories", "groups",
                        "audiences", "newsletters"})


def names_a_tag_list(field: str | None) -> bool:
    """Whether a field holds a list of tags (see _TAG_LISTS)."""
    words = _last_words(field) if field else []
    return bool(words) and words[-1] in _TAG_LISTS


@lru_cache(maxsize=4096)
def names_a_street_line(field: str | None) -> bool:
    """Whether a field holds one line of a street address ('address_street_1', 'Address Line 1',
    'line1', 'Street 2'): its value is one line, whatever commas are in it."""
    if not field:
        return False
    words = _last_words(field)
    if _without_whose(_leaf_and_parent(field)[0]) in ("complementdadresse", "complementadresse", "adressecomplement"):
        return True  # a French address's second line ('Complément d'adresse (de livraison)': 'Esc. 2, 4e étage')
    return bool(words) and (words[-1] in ("line1", "line2", "line3", "street1", "street2", "address1", "address2",
                                          "address3", "addr1", "addr2", "addr3")  # (SuccessFactors' 'ADDR1')
                            or len(words) > 1 and words[-1] in ("1", "2", "3") and words[-2] in ("street", "line")
                            # a CRM's street of an address ('Mailing Street': 'House No. 202, Boma Road',
                            # Vtiger's and Salesforce's MailingStreet)
                            or len(words) > 1 and words[-1] == "street" and words[-2] in (
                                "mailing", "billing", "shipping", "other", "home", "work", "office", "postal"))


@lru_cache(maxsize=4096)
def is_region_field(field: str) -> bool:
    """Whether a field holds a country or a region ('Billing Country', 'State/Province',
    'Country Code'): a place many people share, which known.py does not carry to other
    records (a customer's 'India' would become a finding in 'Helvion India Pvt Ltd')."""
    parts = _name_parts(field)
    if not parts or type_for_name(field) != "LOCATION":
        return False
    if _leaf_and_parent(field)[0] in ("geosrc", "geodst", "srcgeo", "dstgeo", "ccode"):
        return True  # a firewall's GeoIP country ('geo_src="DEU"')
    names = parts[-1].split("/")
    if not field.isascii() and any(normalize_name(n) in _OTHER_REGION_NAMES for n in names):
        return True
    return any(words and (words[-1] in _REGION_WORDS or words[-2:] in _REGION_CODES
                          or words[-1] == "name" and words[-2:-1] and words[-2] in _REGION_WORDS)
               for words in (tuple(w.lower() for w in _SPLIT.split(n) if w) for n in names))


# Of those, the words that also name a record's status or a sales or cloud region ('State':
# 'In use', 'Region': 'EMEA', 'eu-west-1'): their values must look like a place too
_AMBIGUOUS_PLACE_WORDS = frozenset({"state", "region", "état", "etat", "estado", "stato", "región", "regió",
                                    "région", "região"})
# What a Romance language's state of something is a place for: one's residence, birth, address
# or origin ('Estado de residência', 'Estado de nacimiento'); the state of anything else is its status
_WHERE_ONE_LIVES = frozenset({"residencia", "residence", "nascimento", "nacimiento", "naissance", "nascita",
                              "morada", "endereco", "domicilio", "direccion", "adresse", "indirizzo", "origem",
                              "origen", "origine", "naturalidade"})
# What says a place's state or region follows: 'Address State', 'US State', 'Country/Region'
_PLACE_BEFORE_STATE = frozenset({"address", "addr", "us", "usa", "country", "city", "province", "postal", "po",
                                 "mailing", "residence", "residential", "geo", "geoip", "location", "ip",
                                 "destination", "dest",  # (a shipment's 'Destination State', AfterShip's)
                                 # (a field-service CRM's service address: Jobber's 'Service State' beside 'Service
                                 # City'; a service's own state, 'Running', is no place: see _NOT_A_REGION)
                                 "service",
                                 # (a call's or a text's sender's state by their number: Twilio's 'FromState', 'CallerState';
                                 # a state machine's 'fromState' of 'PENDING' is no place's shape)
                                 "from", "caller"})
_NOT_A_REGION = re.compile(
    r"(?i)(?:active|inactive|open|closed|pending|new|resolved|in\ progress|in\ use|in\ stock|installed"
    r"|retired|deleted|enabled|disabled|on|off|draft|published|completed?|cancell?ed|failed|success"
    r"|running|stopped|ok|approved|rejected|archived|suspended|locked|expired|valid|invalid|available"
    r"|unavailable|online|offline|deployed|pending\ retirement|in\ maintenance|on\ order|ready"
    # an asset's ('stateName': 'Broken', 'Stock', 'In repair')
    r"|broken|stock|in\ repair|repair|spare|lost|stolen|disposed|decommissioned|damaged|in\ transit"
    r"|emea|apac|amer|amers|latam|na|eu|global|north|south|east|west|central"
    # the same in French, Spanish, Italian and Portuguese ('État', 'Estado', 'Stato')
    r"|actif|inactif|ouvert|ferm[ée]e?|brouillon|annul[ée]e?|termin[ée]e?|en\ cours|nouveau|valid[ée]e?"
    r"|activo|inactivo|activa|abierto|cerrado|borrador|cancelado|pendiente|completado|nuevo"
    # an invoice's ('Cobrada parcialmente', 'Vencida', 'Bezahlt', 'Payée')
    r"|cobrad[ao](?:\ parcialmente)?|pagad[ao]|vencid[ao]|emitid[ao]|enviad[ao]|anulad[ao]|rectificativa"
    r"|bezahlt|offen|überfällig|teilweise\ bezahlt|pay[ée]e?|impay[ée]e?|pagat[ao]|scadut[ao]|paid|unpaid|overdue"
    r"|attivo|inattivo|aperto|chiuso|bozza|annullato|completato|nuovo"
    r"|ativo|inativo|aberto|fechado|rascunho|conclu[íi]do|novo"
    # a shop's order's in Portuguese (OpenCart's 'Completo', 'Em Processamento', 'Pendente')
    r"|complet[oa]|pendente|em\ processamento|processando|aguardando(?:\ pagamento)?|pag[oa]|expirad[oa]"
    r"|recusad[oa]|estornad[oa]|em\ espera|em\ an[aá]lise"
    # a player's (a media server's timeline: 'state=playing')
    r"|playing|buffering"
    # a chatbot's intent's and dialog's (Amazon Lex's 'sessionState.intent.state': 'InProgress', 'Fulfilled')
    r"|in\ ?progress|fulfilled|ready\ ?for\ ?fulfillment|waiting|fulfillment\ ?in\ ?progress|elicit\ ?slot"
    r"|confirm\ ?intent|delegate|close|elicit\ ?intent"
    # a connection's (Suricata's flow state, netstat's)
    r"|ended|terminated|onboarding|offboarding|hired|paused|scheduled"  # a contract's (Deel's)
    # a sale's shipment's (Mercado Libre's 'Estado': 'Entregado', 'Devolución en camino')
    r"|entregad[ao]|no\ entregad[ao]|en\ camino|cancelad[ao]|devoluci[oó]n(?:\ en\ camino|\ finalizada)?"
    r"|listo\ para\ enviar|en\ preparaci[oó]n|en\ tr[aá]nsito|demorad[ao]|reembolsad[ao]|devuelt[ao]"
    r"|entregue|a\ caminho|em\ tr[aâ]nsito|devolvid[ao]|em\ prepara[cç][aã]o|pronto\ para\ envio"
    r"|established|syn_sent|syn_recv|fin_wait\d?|time_wait|close_wait|last_ack|listen|closing|bypassed"
    # a help desk's ticket's (OTRS', Znuny's 'State')
    r"|closed\ (?:un)?successful|pending\ (?:reminder|auto\ close[+\-]?)|merged|removed)")
# A cloud's region or zone: AWS' 'eu-west-1', GCP's 'europe-west4' and 'us-central1-a',
# Azure's 'westeurope' and 'eastus2'; no one's place, whatever the field
_CLOUD_REGION = re.compile(
    r"[a-z]{2}(?:-[a-z]+)+-\d+[a-z]?|[a-z]+-[a-z]+\d+(?:-[a-z])?"
    r"|(?:east|west|north|south|central|southeast|northeast)(?:us|europe|asia|india|uk|japan|australia)\d?"
    r"|(?:us|uk|japan|australia|brazil|canada|korea|france|germany|uae|india)(?:east|west|central|north|south)\d?")
# (an identifier in snake case: 'new-york', '3-hoog' (a floor) and '01310-100' may be places)
_PATH_OR_IDENTIFIER = re.compile(r"(?:/|~/|[A-Za-z]:\\)\S*|(?=.*[a-z]{3})[a-z0-9]+(?:_[a-z0-9]+)+"
                                 # (or a host's name, in lower case with a digit: a Kubernetes node's
                                 # status.addresses[1].address 'k8s-wdh-worker-10')
                                 r"|(?=.*\d)(?=.*[a-z]{3})[a-z0-9]+(?:-[a-z0-9]+){2,}"
                                 # (or an object's key in a bucket, a URL: Amazon Connect's recording's
                                 # 'Location', 'bucket/connect/CallRecordings/2024/03/07/x.wav')
                                 r"|[^\s/]+(?:/[^\s/]+){2,}|[a-z][a-z0-9+.\-]*://\S+")
_LINE_WORDS = frozenset({"line1", "line2", "line3", "1", "2", "3"})
# Whose address an address line is, when the field does not say 'address'
_LINE_OWNERS = frozenset({"ship", "shipping", "shipto", "bill", "billing", "billto", "delivery", "mailing",
                          "postal", "home", "residential", "consignee", "recipient"})
# A program's constant in capitals ('QUERY_STRING', WAF's match location): no place
_CONSTANT = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")


@lru_cache(maxsize=4096)
def _last_words(field: str) -> tuple[str, ...]:
    """The words of a field's name's last part, lower case: 'Billing Zip' -> ('billing',
    'zip'), 'userIp' -> ('user', 'ip'), '$geoip_city_name' -> ('geoip', 'city', 'name')."""
    parts = _name_parts(field)
    return tuple(w.lower() for w in _SPLIT.split(parts[-1]) if w) if parts else ()


# What a number can be that is PII: a JSON number or a Parquet number column is scanned
# when its name says it holds one of these (``phone``, ``card_number``, ``lat``).
_NUMERIC_PII = frozenset({"PHONE_NUMBER", "CREDIT_CARD", "LOCATION"})


def holds_numeric_pii(field: str) -> bool:
    return type_for_name(field) in _NUMERIC_PII


# A work's title: a post's, a page's, a listing's ('title', 'Título de la publicación')
_TITLE_FIRST = ("titulo", "titre", "titel", "titolo", "título")


@lru_cache(maxsize=4096)
def is_a_works_title(field: str | None) -> bool:
    """Whether a field is the title of a post, a page, an article or a listing: the places
    it names are its topic ('A week in an Ishigaki homestay'), no one's whereabouts (a
    person's name in it is still one). Not a mail's subject, which a person writes."""
    if field is None:
        return False
    leaf = _leaf_and_parent(field)[0]
    words = _last_words(field)
    return leaf.endswith("title") and leaf not in ("jobtitle", "persontitle", "nametitle") \
        or bool(words) and words[0] in _TITLE_FIRST or leaf in _PRODUCT_NAMES_FIELDS


# A product's, a tour's or an offer's name: a booking's 'Product Name' ('Bumthang Valley Trek from Jakar'), whose
# places are what it sells, no one's whereabouts; and a tour's meeting point ('Pickup Location': 'Hotel pickup,
# Thimphu', 'Paro town, clock tower'), the operator's (a customer's street there is still found by its shape)
_PRODUCT_NAMES_FIELDS = frozenset({"productname", "product", "tourname", "itemname", "activityname",
                                   "experiencename", "packagename", "offername", "servicename", "tour",
                                   "pickuplocation", "pickuppoint", "meetingpoint", "departurepoint",
                                   # a transit app's user's favourite station (Countly's custom 'station_favorite':
                                   # 'Gare du Palais', 'Saint-Denis'): the network's, a public place
                                   "stationfavorite", "favoritestation", "favouritestation", "homestation"})


def is_free_text_name(field: str | None) -> bool:
    if field is None:
        return True
    leaf, _ = _leaf_and_parent(field)
    # (and its HTML or plain copy: HaloPSA's 'note_html' beside 'note', 'body_html', 'description_text')
    return leaf in FREE_TEXT_NAMES or leaf.endswith(("html", "text", "plain")) and len(leaf) > 5 and (
        leaf[:-4] in FREE_TEXT_NAMES or leaf[:-5] in FREE_TEXT_NAMES)


# Fields whose values are an inventory's or a catalogue's labels, never prose however
# many words ('MacBook Pro (14-inch, M3 Pro, Nov 2023)', 'Microsoft Entra hybrid joined'):
# the small model reads products and vendors in them as persons and places. Their values
# still go through the patterns.
_LABEL_FIELDS = frozenset({
    "fieldname",  # a name/value pair's label (DHIS2's attribute 'displayName': 'Numeru Rejistu / Nº Registo'), see jsonfmt
    "sublabels",  # a form's question's labels of its parts (Jotform's: '{"first":"Nombre(s)","last":"Apellidos"}')
    # an ad platform's own names for its campaign, ad set, ad and lead form (Meta's leads download:
    # 'adset_name' of 'Chiapas + Tabasco', the region it targets, no one's)
    "campaignname", "adsetname", "adgroupname", "adname", "formname", "creativename",
    # an MDM's or a directory's group, a path of the firm's units ('MX Chiapas Altos > Enumerators': Knox Manage's)
    "group", "groupname", "devicegroup", "usergroup", "grouppath",
    "model", "modelname", "devicemodel", "devicemodelname", "product", "productname", "jointype", "trusttype",
    "technologies", "techstack",  # a sales tool's firm's software ('Shopify, Mailchimp, Hotjar')
    "jobtitle", "department", "manufacturer", "make", "brand", "os", "osname", "osversion",
    "profession", "occupation", "metier",  # (a client's trade: 'profession' => 'Commerçant(e)')
    # a department and a job title in Portuguese, Spanish, French, German, Italian, Dutch (not
    # French 'Département': a region)
    # (ERPNext's 'Departamento': 'Recursos Humanos - AP', 'Designação': 'Técnico Agrícola')
    "departamento", "abteilung", "dipartimento", "afdeling", "cargo", "designacao",
    "puesto", "poste", "stellenbezeichnung", "funktion", "mansione", "functie",
    # (and their plurals, a scheduling tool's employee's jobs and workplaces: Agendrix's 'Postes': 'Boucher, Caissier',
    # 'Lieux de travail': its stores' towns, the employer's; a ticketing form's ticket and rate: 'Billet': 'Trail 42
    # km - Grande Corniche')
    "postes", "puestos", "lieuxdetravail", "lieudetravail", "billet", "tarif", "formule",
    # (and Portuguese's and Spanish's ticket's type: Sympla's 'Tipo de ingresso': 'Hackathon - vaga individual')
    "tipodeingresso", "tipoingresso", "ingresso", "tipodeentrada", "tipodeboleto",
    "club", "clubassociation", "association",  # (a race's entrant's club: 'Nice Côte d'Azur Athlétisme')
    "operatingsystem", "platform", "eventtype", "eventname", "category", "plan", "tier",
    "devicefamily", "devicetype", "sku", "variant", "ownership", "compliancestate",
    "managementagent", "enrollmenttype", "enrollmentprofile",
    # an asset inventory's hardware ('Intel Core i7-1365U (13th Gen)') and a shop's or an
    # event's catalogue ('Workshop Add-on: Deep Dive', 'UPS Standard')
    "cpu", "cputype", "cpumodel", "processor", "firmware", "biosfirmware", "biosversion",
    "tickettype", "shippingmethod", "lineitemname", "itemtitle", "itemname", "paymentmethod",
    "verzendmethode", "versandart", "versandmethode", "modedelivraison", "metododeenvio",  # (Dutch's, German's, French's,
    # Spanish's: 'bpost @bpost pick-up point', a carrier's service, no one's handle)
    "producttitle",  # (a review platform's export: Yotpo's 'product_title': 'Kopi Tenom Robusta 500g')
    "listing", "listingname", "propertyname",  # (a rental host's: Airbnb's 'Listing': 'Lakaz Ravanne, bungalow créole')
    "skuname", "skudescription",  # (VTEX's orders: 'SKU_Name': 'Refrigeradora Mabe 10 pies RMA250')
    "itemdescription", "productdescription", "lineitemdescription",  # (inFlow's 'DC cable 2x2.5mm 10 m')
    "pluginname", "pluginsynopsis", "plugindescription", "pluginsolution", "pluginseealso",  # (a scanner's: see column_hints)
    # French inventories' (GLPI's 'Composants - Processeur', 'Modèle', 'Fabricant')
    "processeur", "modele", "fabricant", "marque", "systemedexploitation", "typedeproduit",
    # a device's adapters and a subscription's plan (NinjaOne's adapterName, Recurly's plan_name)
    "adaptername", "adapterdescription", "interfacedescription", "planname", "productfamily",
    # an invoice's line ('Concepto': 'Taller torno iniciación', 'Cuenco Xàtiva')
    "concepto", "concept", "bezeichnung", "designation", "libelle",
    # a shipment's carrier and an asset's vendor ('Poczta Polska', 'Dell Inc.')
    "carrier", "courier", "shippingcarrier", "przewoznik", "transportista", "transporteur", "vervoerder",
    "spediteur", "vendor", "supplier", "lieferant", "fournisseur", "proveedor", "fornecedor", "leverancier",
    # an order's products and a contact's lists (PrestaShop's 'Produkty', ActiveCampaign's 'Lists')
    "products", "produkty", "produkter", "produkte", "produits", "productos", "produtos", "prodotti",
    "lists", "listnames", "segments", "productnames",  # (not tags: "Referred by Priya Balasubramanian")
    # a subscriber's interests, a signup's form, a client's indexes and pricing option (Campaign Monitor's
    # 'Interests': 'Harbour Nights||Art Walk', 'Signup Form': 'Harbour Nights booth'; Mindbody's 'Client Indexes':
    # 'Member, Tourist', 'Active Pricing Option': 'Corporate')
    "interests", "signupform", "clientindexes", "activepricingoption", "pricingoption",
    "productlist", "itemlist",  # (a parcel's goods: Yalidine's 'product_list', 'Djellaba brodée taille L')
    "groups",  # (a CRM's contact's: 'Board, Field Farmers, Newsletter (SW)')
    "channelname", "saleschannel",  # a shop's sales channel (Squarespace's 'Channel Name': 'Nimkii Beadwork & Quillwork')
    # Turkish and Japanese: a product's name, a carrier, a brand; a department, a job title
    "urunadi", "kargofirmasi", "marka", "部署名", "役職", "交換場所",  # (and where a card was exchanged)
    # Polish: an offer's title, a pickup point, a parcel locker; Czech and Dutch: an item's
    # name, a pickup point, a product's title
    "tytuloferty", "nazwaoferty", "nazwaproduktu", "punktodbioru", "paczkomat", "pickuppoint",
    "nazevpolozky", "nazevproduktu", "vydejnimisto", "producttitel", "afhaalpunt",
    # Greek: a product, a way of delivery or payment, a pickup point
    "προιον", "τροποσαποστολησ", "τροποσπληρωμησ", "σημειοπαραλαβησ",
    "rateplan", "roomtype", "unittype", "roomname",  # a hotel's ('Best Available Rate', 'Deluxe King'; Booking.com's
    # 'Unit type': 'Habitación Doble Superior con vista al Canal Beagle')
    # German: a product's name or description (OTTO's 'Produktname': 'Schreibtisch München')
    "produktname", "artikelname", "artikelbezeichnung", "produktbezeichnung",
    # Vietnamese: a product's and a variation's name, a carrier (Shopee's 'Tên sản phẩm',
    # 'Tên phân loại hàng', 'Đơn Vị Vận Chuyển'); Korean: a carrier (Coupang's '택배사';
    # its product names end in '상품명', see _KOREAN_LABEL_ENDS)
    "tensanpham", "tenphanloaihang", "donvivanchuyen", "택배사", "제품명", "브랜드",
    # a parcel's contents (GHN's 'Nội dung hàng hóa', a courier's 'Parcel Contents', Indonesian's 'Isi Paket')
    "noidunghanghoa", "hanghoa", "packagecontents", "parcelcontents", "parcelcontent", "isipaket",
    "isibarang",
    # (Romanian's and Bulgarian's: FAN Courier's 'Continut', a product's 'Denumire produs', 'Съдържание')
    "continut", "conținut", "continutcolet", "produs", "produse", "съдържание", "продукт",
    # MITRE ATT&CK's names a SIEM's rule cites ('Sudo and Sudo Caching', 'Valid Accounts')
    "technique", "techniques", "tactic", "tactics",
    "cpubrand", "cpuname", "gpuname",  # Fleet's host's CPU ('Intel(R) Core(TM) i7 Gen'),
    # an RMM's (Action1's 'CPU_name': 'AMD Ryzen 5 7530U with Radeon Graphics')
    "locationtitle", "storename", "shopname", "businessname",  # a business's own (Google's reviews' locationTitle)
    "merchantname",  # (a payment's payee: Xendit's 'merchant_name': 'Toko Kopi Pinogu')
    # Finnish: a pickup point, a product, its name; Romanian: a product's name, a parcel locker's;
    # Hungarian: a product, its name
    "noutopiste", "tuote", "tuotenimi", "denumireprodus", "lockernume", "termek", "termeknev",
    "reasontype", "transactiontype",  # (M-PESA's 'Reason Type': 'Pay Bill')
    # a booking's product, a rental's car ('Item': 'Nine Mile Bob Marley Heritage', 'Vehicle Class': 'Toyota
    # Sienna Minivan')
    "item", "vehicle", "vehicleclass", "vehicletype", "vehiclemodel", "vehiclemake", "carclass", "carmodel",
    "items"}) | _normalized(  # (a payment's metadata: Paystack's 'items': '3 x Kente stole - Adweneasa weave')
    # a product, its name, a courier: Indonesian and Malay, Kazakh, Persian, Albanian, Azerbaijani,
    # Georgian, Armenian, Hindi, Bengali, Afrikaans, Welsh, Serbian; a parcel locker (Kazakh)
    "namaproduk produk namabarang barang kurir ekspedisi jasapengiriman тауаратауы тауар "
    "عنوان‌کالا عنوانکالا نامکالا نام‌کالا نام‌محصول ناممحصول محصول کالا emriiproduktit produkti məhsul "
    "məhsulunadı პროდუქტი პროდუქტისსახელი ապրանք ապրանքիանվանում उत्पाद उत्पादकानाम পণ্য পণ্যেরনাম "
    "produknaam cynnyrch enwcynnyrch производ називпроизвода постамат постаматалупункті "
    # a pickup point or station (Jumia's 'Pickup Station', Uzum's 'Topshirish punkti', Russian,
    # Slovak); a product, its name: Uzbek, Urdu, Nepali, Sinhala, Tamil, Telugu, Amharic, Somali,
    # Hausa, Yoruba, Mongolian, Slovak, Maltese, Irish, Basque, Galician, Khmer
    "pickupstation pickuplocation topshirishpunkti пунктвыдачи výdajnémiesto "
    "mahsulot mahsulotnomi tovar tovarnomi маҳсулот маҳсулотноми مصنوعات پروڈکٹ उत्पादन "
    "නිෂ්පාදනය பொருள் தயாரிப்பு ఉత్పత్తి ምርት የምርትስም alaab alaabta kaya ọjà бараа "
    "бүтээгдэхүүн барааныннэр produkt nazovproduktu nazovtovaru prodott táirge produktua "
    "produktuarenizena produto nomedoproduto ផលិតផល ឈ្មោះផលិតផល")
# Korean ends of a product's or an option's name ('등록상품명', '노출상품명(옵션명)')
_KOREAN_LABEL_ENDS = ("상품명", "옵션명", "제품명")
# Parents whose things' 'name' is a part's or a program's: NinjaOne's processors[0].name
# ('Intel(R) Core(TM) i7-1265U 12th Gen'), disks[0].name, software[3].name
_HARDWARE_PARENTS = frozenset({"processors", "processor", "cpus", "cpu", "disks", "disk", "drives", "volumes",
                               "gpus", "gpu", "videocontrollers", "networkinterfaces", "interfaces", "adapters",
                               "networkadapters",  # (Lansweeper's networkAdapters[1].name)
                               "nics", "memory", "bios", "software", "applications", "apps", "patches",
                               "packages", "printers", "monitors", "peripherals",
                               # an order's or a cart's products (RudderStack's properties.products[0].name;
                               # not any 'items' description: a security group's rule's in CloudTrail, 'SSH
                               # from Priya Raman home')
                               "products", "lineitems", "orderitems"})


def is_label_field(field: str | None) -> bool:
    if field is None:
        return False
    if field == "@mt":
        return True  # a compact JSON log's message template (Serilog's: 'Gift note saved for order {OrderNumber}')
    leaf, parent = _leaf_and_parent(field)
    return (leaf in _LABEL_FIELDS or leaf in ("name", "description", "caption") and parent in _HARDWARE_PARENTS
            or leaf == "title" and parent in ("application", "app")  # (an app's own: Pinpoint's application.title)
            or leaf == "name" and parent == "items"  # (an invoice's items: Xendit's items[0].name, 'Kopi Wamena Arabika')
            or leaf == "name" and parent in _THING_KINDS  # (a board's, a team's, a file's: see object_kind)
            or leaf.endswith(_KOREAN_LABEL_ENDS)
            or leaf in ("name", "displayname", "description") and _is_rule_parent(parent) or _names_a_label_of(field)
            or _a_fields_label(leaf, parent))


def _is_rule_parent(parent: str) -> bool:
    """An access policy or a rule, whose 'name' an audit log gives with the event: JumpCloud's
    policies_applied[0].name, Entra's appliedConditionalAccessPolicies[0].displayName ('Require
    MFA outside office': NER reads a person in it)."""
    return parent.startswith(("policies", "rules")) or parent.endswith(("policy", "policies", "rule", "rules"))
    # (not a 'policyholder')


@lru_cache(maxsize=4096)
def _names_a_label_of(field: str) -> bool:
    """A Romance language's name of a thing's label, head first: 'Nome do Produto', 'Forma de
    Entrega', 'Método de pago' (a product's name, a way of delivery or payment)."""
    head = _head_and_tail(field)
    if head is None or normalize_name(head[0]) not in _LABEL_HEADS:
        return False
    return bool({normalize_name(w) for w in head[1].split()} & _LABELLED_THINGS)


_LABEL_HEADS = frozenset({"nome", "nom", "nombre", "forma", "modo", "metodo", "mode", "tipo", "type", "categoria",
                          "pangalan", "jina"})  # (Tagalog, Swahili: 'Pangalan ng produkto', 'Jina la bidhaa')
_LABELLED_THINGS = frozenset({"produto", "producto", "prodotto", "produit", "articulo", "articolo", "article",
                              "item", "servico", "servicio", "servizio", "service", "entrega", "envio", "livraison",
                              "expedition", "spedizione", "consegna", "frete", "pagamento", "pago", "paiement",
                              "plano", "plan", "piano", "variante", "variacao", "variacion",
                              "produkto", "bidhaa", "producte"})  # (Tagalog, Swahili, Catalan)


def is_noise_value(field: str | None, text: str) -> bool:
    """A user agent or a code (zip, cvv) by its field: never prose, however many words
    (NER read 'Dalvik/2.1.0 (Linux; U; Android 13)' and reported 'Linux' as a place);
    in a bare 'agent' field only when the value is shaped like a user agent."""
    if field is None:
        return False
    if field_roles(field)[0]:
        return True
    return _leaf_and_parent(field)[0] == _AMBIGUOUS_AGENT and _USER_AGENT.match(text) is not None


# Shape checks so a field name alone never turns "-", "N/A" or "42" into a finding.
_SHAPES = {
    "USERNAME": re.compile(r"(?!['’])[^\s\"<>]{1,64}(?<!['’])"),  # O'Leary: an apostrophe inside
    "PERSON": re.compile(rf"[^\W\d_](?:[\w.,'’‘ \u3000{MARKS}-]|(?<=[ ][sdaSDA])/(?=[olpOLP][ ])"
                         r"|(?<=\w)\\'(?=\w)|(?<=[lL])·(?=[lL])){0,80}"),  # "Costa,
    # Bruno" too (and a Japanese name's wide blank; Uzbek's o‘ and g‘: 'Ulug‘bek'; Singapore's and Malaysia's son
    # and daughter of: 'Kumar s/o Ramasamy', 'Muthu a/l Rajan'; an apostrophe a SQL string escapes, as a log quotes
    # its statement: 'Tugdual Guivarc\'h')
    # (Turkish addresses number a door 'No:123, D:4'; Arabic writes its comma '،', Burmese '၊'; no URL)
    # An address cell may hold its lines ('6886 Chestnut Pl\n#661,Madison,Wisconsin,53742')
    # (a building's name in quotes: 'БЦ «Сириус», 9 этаж'; a house's number after 'n°')
    # (or by a SQL string's or a CSV writer's escapes, as a dump keeps them: 'Plot 14\nChilanga\nLusaka')
    "LOCATION": re.compile(rf"(?s)(?=.*[^\W\d_])(?:[\w.,'’‘#/&+()،၊\u200f«»„“”・°º {MARKS}-]|\r?\n(?!\s*\n)|:(?=\d)"
                           r"|(?<=\S)\$(?=\S)|(?<=\S)\\(?:r\\n|n|r)(?=[^\W_]|#)){2,160}"),  # (LDAP's postalAddress: its
    # lines apart by '$')
    # (or a device named for its owner, as a phone names itself: 'Gareth's Galaxy S23')
    "HOSTNAME": re.compile(rf"[A-Za-z0-9][A-Za-z0-9._-]{{0,62}}|[^\W\d_][\w.{MARKS}\-]{{0,30}}['’]s [\w .()\-]{{2,40}}"
                           # Hebrew's 'X of Y' ('iPhone של איתי'), a model with its owner in parentheses
                           # ('MacBook Pro (Marko)')
                           r"|[\w .\-]{2,40} של [\w .\-]{2,30}|[A-Za-z][\w .\-]{1,40} \((?![a-z])[^\W\d_][\w'’\- ]{1,30}\)"),
    # (and a device's word with its owner's name in any order: see _owner_and_device)
    "SERIAL_NUMBER": re.compile(r"(?=.*[\dA-Z])[A-Za-z0-9][A-Za-z0-9/_-]{4,40}\.?"  # PFHXWXVW too, and an
                                # NVMe drive's '64EF_053C_0577_6CF7.'; a VMware machine's, spaced:
                                # 'VMware-fc 87 2a 80 d5 e0 f0 29-a6 a4 22 75 9e b3 fc ec'
                                r"|VMware-[0-9a-f]{2}(?: [0-9a-f]{2}){6,8}-[0-9a-f]{2}(?: [0-9a-f]{2}){6,8}"),
    # A phone column holds local numbers too ("84 23 30" with the country code in the
    # next column), which no region's rules validate: 5 to 15 digits in a phone's shape (five: the
    # Falklands', St Helena's and other small islands' plans, '50864').
    "PHONE_NUMBER": re.compile(r"(?=(?:00)?(?:\D*\d){5,15}\D*$)(?!(?:0[\D]*){5,}$)(?!12345$)\+?\(?\d[\d ().\-/]{3,24}\d"),  # (fifteen
    # after an '00': '0049151149265697')
    # (not a placeholder of zeros: a contact center's 'ANI': '0000000000' where a call withheld its number)
    # A MAC (any of its three spellings), a GUID (braced or not) or a 32-hex machine-id:
    # a device column's other values (a model name, a number) are no hardware ids.
    # Or, as analytics SDKs write a device id, 16 to 64 hex digits with dashes anywhere
    # ('18dd2e3a2b1c4e-0a1b2c3d4e5f6', an Android id '9774d56d682e549c', an Apple UDID
    # '00008030-001A2B3C0E12802E'); or an IMEI's 15 digits.
    "HARDWARE_ID": re.compile(r"(?i)(?:[0-9a-f]{2}([:\-])(?:[0-9a-f]{2}\1){4}[0-9a-f]{2}|[0-9a-f]{4}(?:\.[0-9a-f]{4}){2}"
                              r"|\{?[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\}?"
                              r"|(?=(?:[^0-9]*[0-9]){4})(?=(?:-?[0-9a-f]){16,64}$)[0-9a-f][0-9a-f-]*[0-9a-f]"
                              r"|(?=(?:[^0-9]*[0-9]){2})[0-9a-f]{12}"  # a MAC's 12 digits bare (Intune's)
                              # an MDM's own id, its platform's prefix, then the device's serial or id
                              # (MaaS360's 'ApplC02023U0D66E', 'Android3722c22488b09059', 'Win84A2386F...')
                              r"|(?-i:Appl|Android|Win)[0-9A-Za-z]{10,40}"
                              # Exchange ActiveSync's device ids: Samsung's mail app's 'SEC' and 13 hex
                              # digits, Nine's and others' 'androidc' and digits, iOS' 32 capitals and digits
                              r"|(?-i:SEC)[0-9A-F]{13}|(?-i:androidc)\d{6,12}|(?-i:(?=(?:[A-Z]*\d){2})[A-Z0-9]{32})"
                              # Absolute's Electronic Serial Number of its agent on a device ('esn':
                              # '28ABZH03DBCL00002764'), 20 capitals and digits
                              r"|(?-i:(?=(?:[A-Z]*\d){4})(?=\d*[A-Z])[A-Z0-9]{20})"
                              r"|\d{15}|\d{2}([ -])\d{6}\2\d{6}\2\d"  # or a phone's IMEI (Intune: '35 290611 846447 0')
                              r"|\d{8}([ -])\d{6}\3\d"  # (or by its type's code, its serial and its check digit: '86941465-184214-1')
                              r"|\d{14}"  # or its MEID
                              # or a remote-support tool's id of a machine, 9 or 10 digits (TeamViewer's
                              # '1227010748', written '1 227 010 748' too)
                              r"|\d{9,10}|\d{1,3}(?: \d{3}){3}|\d{3}(?: \d{3}){2}"
                              # or ODK's and KoboToolbox's 'deviceid': its scheme, then the device's
                              # id ('collect:J586JJOeK1JTjE3l', 'imei:356...', Enketo's
                              # 'ee.kobotoolbox.org:DWuIEp3Nik8qTvGr')
                              r"|(?:collect|imei|mac|android_id|ee\.[\w.\-]+|enketo\.[\w.\-]+):[\w:\-]{8,40}"
                              # or a DNS filter's id of a device, five capitals and digits (NextDNS' logs'
                              # 'device_id': '8TD1G', beside the device's name: 'Romain's iPhone')
                              r"|(?-i:(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{5}))"),
}


_BASE64_GUID = re.compile(r"[A-Za-z0-9+/]{48}|[A-Za-z0-9+/]{43}=")
_MACHINE_ID = re.compile(r"[0-9a-f]{32}")


def _a_guid_in_base64(value: str) -> bool:
    """Whether ``value`` is a GUID's text in base64 (48 characters: 'Y2Y5Mjg1OTct...' for 'cf928597-...'), or a
    Linux machine-id's 32 hex digits (44 with its padding)."""
    if not _BASE64_GUID.fullmatch(value):
        return False
    import base64
    import binascii

    try:
        text = base64.b64decode(value, validate=True).decode("ascii")
    except (binascii.Error, UnicodeDecodeError):
        return False
    return text.count("-") == 4 and _SHAPES["HARDWARE_ID"].fullmatch(text) is not None or _MACHINE_ID.fullmatch(text) is not None


def _is_coordinate(value: str, leaf: str = "") -> bool:
    """One coordinate or a pair in range: a latitude field's value within ±90, any other
    within ±180 (which of a pair is the latitude varies: GeoJSON puts it second). Not 0 (or
    0, 0): a GeoIP lookup's placeholder for an address it has no place for, no one's place."""
    return is_coordinate(value, 90 if leaf.endswith(("lat", "latitude")) else 180) and bool(value.strip(" 0.,-+"))


_WORLD_REGIONS = frozenset({"EU", "EMEA", "APAC", "AMER", "AMERICAS", "LATAM", "NA", "AS", "AF", "OC", "SA", "AN",
                            "EUROPE", "ASIA", "AFRICA", "OCEANIA", "NORTH AMERICA", "SOUTH AMERICA", "MEA"})
_EMPTY_VALUES = {"", "-", "--", "n/a", "na", "none", "null", "nil", "unknown", "anonymous", "anon",
                 "undefined", "true", "false", "0", "[deleted]", "[removed]", "redacted", "[redacted]",
                 "[filtered]", "filtered",  # Rails' filter_parameters (GitLab's request params)
                 # Google Analytics' placeholders ('(not set)' in every geo and device field)
                 "(not set)", "(not provided)", "(none)", "(other)", "(data deleted)",
                 "[none]",  # (Five9's report where a call had no agent: 'AGENT': '[None]')
                 # CloudTrail's, where a failed sign-in's user name would be
                 "hidden_due_to_security_reasons",
                 "tbc", "tba", "tbd",  # (a form's answer not yet given: 'to be confirmed')
                 # an erased customer's or employee's record, its cells overwritten ('Nom': 'supprimé',
                 # 'First Name': 'Erased'; a shop's 'Client supprimé')
                 "deleted", "erased", "supprimé", "supprimée", "client supprimé", "utilisateur supprimé",
                 "gelöscht", "eliminado", "excluído", "anonymized", "anonymised", "erased record",
                 # Mexico's address where a village has no streets ('Domicilio conocido': the place is
                 # in its own column), and 'no street', 'no number'
                 "domicilio conocido", "sin calle", "sin número", "sin numero", "s/n",
                 # a form's 'Other' choice, in one language or two (a Kreyòl and French form's 'Lòt / Autre')
                 "other", "autre", "otro", "outro", "andere", "altro", "lòt", "lòt / autre", "autre / other",
                 # 'same as above' in Japanese, Chinese and Korean (an HR form's emergency contact's address: '同上'),
                 # and a shop's guest, no member (Cafe24's '주문자ID': '비회원'; 'ゲスト', '非會員')
                 "同上", "上記", "上記と同じ", "同左", "상동", "위와 같음", "비회원", "ゲスト", "非会員", "非會員", "訪客",
                 # a chat's placeholder for a visitor who gave no name (Bot Framework's Web Chat's 'Usuario')
                 "usuario", "usuário", "utilisateur", "utente", "visitante", "visiteur"}
# A message's party's words in a field's name ('to_number', 'From Phone', 'shortcode'): five digits there are a short
# code's
_SHORT_CODE_WORDS = frozenset({"to", "from", "sender", "recipient", "destination", "short", "shortcode", "dst", "src"})
# A contact point's kind, in lower case, as vCard's TYPE and CRMs' modifiers write it ('home', 'mobile', 'work')
_CONTACT_KINDS = frozenset({"home", "work", "mobile", "cell", "main", "personal", "business", "fax", "pager",
                            "office", "private", "direct", "landline", "primary", "secondary", "billing", "shipping",
                            "skype", "whatsapp", "twitter", "linkedin", "facebook", "website", "blog"})
_ANDROID_PLACEHOLDER_MAC = re.compile(r"02(?:[:\-]00){5}")
# SMBIOS UUIDs that boards' firmware leaves unset (AMI's default; all ones)
_PLACEHOLDER_UUIDS = frozenset({"03000200-0400-0500-0006-000700080009", "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF"})
# Samsung's model codes ('SM-A145F', 'SM-G991B/DS'): a phone's model where its name was asked for
_PHONE_MODEL = re.compile(r"SM-[A-Z]\d{3,4}[A-Z0-9]{0,3}(?:/DS)?")
_NO_MACHINE = {"localhost", "localhost.localdomain", "ip6-localhost",
               # a device's model where its name was asked for: no one's machine in particular
               "iphone", "ipad", "ipod", "ipod touch", "android", "mac", "macbook", "macbook air",
               "macbook pro", "imac", "mac mini", "pixel", "galaxy", "surface", "chromebook",
               "kindle", "unknown", "default",
               # an operating system's own default name: everyone's install ('kali', a Pi's)
               "kali", "raspberrypi", "ubuntu", "debian", "fedora",
               # an operating system's name where a device's system is asked for (an analytics SDK's
               # 'systemName': 'iOS'), everyone's
               "ios", "ipados", "macos", "android os", "windows", "linux", "chromeos", "tvos", "watchos"}
# A server's role in its name, a part of its own ('LON-SQL01', 'EDI-WSUS02', 'BRS-DC1',
# 'MAN-PRINT03', a meeting room's or a kiosk's): an inventory's 'Computer Name' lists
# servers beside people's machines, an event log names the server that logged it
# ('dc02.corp.example', Citrix's 'ctx-vda-03'), and a server is no one's. Read in the
# name's first label only (a domain may be 'web.corp.example'). Not 'nas': a home's is
# someone's.
_WORKSTATION_MARK = re.compile(r"(?i)[-_](?:pc|laptop|desktop|notebook|wks)[-_]")
_SERVER_ROLE = re.compile(r"(?i)(?:^|[-_.])(?:dc|sql|wsus|rds|fs|print|prn|veeam|build|meetrm|meetingroom|kiosk|srv|svr"
                          r"|server|exch|sccm|mecm|hv|hyperv|esxi?|vcenter|backup|bkp|db|mail|smtp|dns|dhcp|adfs"
                          r"|citrix|ctx|vda|sharepoint|jump|bastion|web|app|erp|crm|ca\d"
                          # a remote desktop gateway's and its farm's, a firewall's, a vCenter's
                          r"|rdgw|rdsh|rdweb|rdcb|gw|fw|proxy|vc"
                          # a file transfer's, a monitor's and a SIEM's (Wazuh's 'sftp01', 'wazuh-mgr01')
                          r"|sftp|ftp|mgr|mgmt|monitor|mon|grafana|kibana|prometheus|zabbix|nagios|splunk"
                          r"|wazuh|siem|syslog|elk|jenkins|gitlab|jira|confluence|wiki|ldap|radius|ntp|nfs"
                          # a database's, a data warehouse's, a business system's ('ora-wms01', 'bi01')
                          r"|ora|oracle|pg|postgres|mysql|mariadb|mongo|redis|kafka|dwh|etl|bi|wms|sap"
                          # a shared device's: a till, a front desk's, a warehouse's scanner, a screen
                          r"|pos|reception|frontdesk|lobby|scanner|signage|thin"
                          r"|sala|room|boardroom|conf"  # a meeting room's ('Sala-Lingotto-01')
                          # a cluster's and a platform's nodes ('k8s-worker-07', 'elastic-data-2', 'ci-runner-3')
                          # (not 'lb', 'es', 'ci': a site's or a country's letters as often, 'LB-LT-082')
                          r"|k8s|kube|node|worker|master|etcd|ingress|haproxy|nginx|cache|rabbitmq|elastic"
                          r"|api|runner|batch|compute|gpu|storage|ceph|minio|vault|consul|nomad"
                          # a pooled virtual desktop (not one named for its user: 'VDI-KDOHERTY')
                          r"|vdi(?![-_][a-z]{4,}(?:-[a-z]+)?$))\d*(?=$|[-_.])"
                          # a system's tier joined to its name, numbered ('wmsapp01', 'crmdb02')
                          r"|^[a-z]{2,8}(?:app|db|srv|sql|web)\d{1,3}$"
                          # an Elasticsearch or OpenSearch node by its role ('es-data-03', 'os-master-1')
                          r"|^(?:es|os|opensearch)[-_](?:data|master|ingest|coord|ml|hot|warm|cold|node)(?=$|[-_.\d])")


def is_server_name(name: str) -> bool:
    """Whether a machine's name says a server's or a shared device's role ('KRA-DC02',
    'kra-web01', 'VL-AUS-POS04'): no one's (see _SERVER_ROLE)."""
    return _SERVER_ROLE.search(name.partition(".")[0]) is not None


# Parents of a host name that is a web site's (GA4's device.web_info.hostname), not a machine's
_SITE_PARENTS = {"webinfo", "page", "site", "url", "web", "request", "http", "referrer", "referer"}
# Fields of a user's name that a person's name in them does not make a person's: a CRM's
# 'Account Name' is a company, an app's 'screen_name' a screen ('Product Detail')
_NO_PERSON_USER_FIELDS = {"accountname", "screenname"}
# An office's code for a site's part in capitals: its town's or site's code, then its parts, one of them
# a floor's, a room's or a store's word ('NBO-HQ-4F', 'DAR-MEETING-RM1', 'KGL-OFFICE-IT-STORE')
_SITE_CODE = re.compile(r"[A-Z]{2,6}(?:-[A-Z0-9]{1,12}){1,4}")
_SITE_CODE_PARTS = frozenset({"HQ", "STORE", "OFFICE", "MEETING", "FLOOR", "FIELD", "LAB", "ROOM", "WAREHOUSE",
                              "DEPOT", "BRANCH", "BLDG", "SITE", "DC", "HUB"})
_FLOOR_OR_ROOM = re.compile(r"\d{1,2}F|RM\d{1,4}|FL\d{1,2}")


def _is_site_code(value: str) -> bool:
    return _SITE_CODE.fullmatch(value) is not None and (any(
        part in _SITE_CODE_PARTS or _FLOOR_OR_ROOM.fullmatch(part) for part in value.split("-")[1:])
        or value.split("-", 1)[0] in _SITE_KINDS_FIRST)


_PLACE_KINDS = frozenset({"home", "work", "mobile", "office", "other", "billing", "shipping", "main", "primary",
                          "business", "personal", "fax", "cell"})
# A network's sites by their kind first: an ISP's point of presence, its operations centre, a
# central office ('POP-TN-05', a subscriber's 'Location' in Splynx)
_SITE_KINDS_FIRST = frozenset({"POP", "NOC", "CO", "OLT"})
# A bank account's holder ('accountDetails.accountName': 'SANI BELLO', Monnify's; a transfer's
# 'beneficiary.accountName'), where a cloud's or a directory's 'accountName' is its account's
_BANK_ACCOUNT_PARENTS = frozenset({"accountdetails", "accountpayments", "bankaccount", "bankaccounts", "bank",
                                   "bankdetails", "beneficiary", "payer", "payee", "sender", "recipient",
                                   "receiver", "counterparty", "destination", "source", "virtualaccount",
                                   "reservedaccount", "settlementaccount"})


def _payments_account(field: str) -> bool:
    return _leaf_and_parent(field)[1] in _BANK_ACCOUNT_PARENTS
_APP_SCREEN = re.compile(r"(?:[A-Z][a-z]+)+(?:View|Screen|Page|List|Activity|Fragment|Controller)")
# (not North America's '1' and ten digits: its plan takes most such runs, and a numeric id of
# eleven digits starting with 1 is common)
_BARE_E164 = re.compile(r"[2-9]\d{10,13}")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
# A time relative to now, as a dashboard's range writes it ('"from": "now-6h"')
_RELATIVE_TIME = re.compile(r"now(?:[-+/][\w.]+)*|today|yesterday|tomorrow")
# A login's realm in a private network's domain, no mail's ('zhulin.nj@hy.local', a Wi-Fi's 802.1X login)
_FILE_NAME = re.compile(r"(?i)[^\s/\\]{1,80}\.(?:pdf|jpe?g|png|gif|heic|webp|docx?|xlsx?|pptx?|txt|csv|zip|rar|7z"
                        r"|mp4|mov|mp3|wav|m4a|eml|msg|odt|ods)")
_PRIVATE_REALM = re.compile(r"(?i)@[\w.\-]+\.(?:local|lan|corp|internal|intranet|home|localdomain)$")
_CN_MOBILE = re.compile(r"1[3-9]\d{9}")  # (China's mobiles: eleven digits, '1' and a network's digit first)
# An app's package name, reverse-DNS: 'com.google.android.apps.messaging', 'org.telegram.messenger'
_PACKAGE_NAME = re.compile(r"(?:com|org|net|io|de|app|me|co|jp|cn|in|id|ru|br|fr|uk|us|it|es|nl|au|ca|kr)"
                           r"(?:\.[a-z][a-z0-9_]*){2,}")
# A text message's parties: an SMS gateway's log gives them in E.164 without its '+'
# (Infobip's {"to": "211957617819", "from": "InfoSMS"}); checked as a valid mobile's, as a
# wallet's number is (see value_hint)
# A messaging API's contact on a channel (Sinch Conversation's 'channel_identity.identity'): on SMS, WhatsApp and
# RCS the phone's number without its '+' (a Messenger user's page-scoped id is no valid number)
_CHANNEL_IDENTITIES = frozenset({("identity", "channelidentity"), ("identity", "channelidentities"),
                                  # (and Sunshine Conversations' client's id on its channel: a WhatsApp or an SMS
                                  # client's phone, '18084602241'; a web client's is none, no valid number)
                                  ("externalid", "client")})
# A chat's party by its WhatsApp id, a chatbot's session by the caller's number (WhatsApp's 'wa_id', Amazon Lex's
# 'sessionId' on its WhatsApp and SMS channels: '6799763580'), a text message's party
_CHAT_PARTIES = frozenset({"waid", "sessionid"})
_OBJECT_ID = re.compile(r"[0-9a-f]{24}")
_PERSON_AND_LOGIN = frozenset({"PERSON", "USERNAME"})
_ANONYMOUS_USER = re.compile(r"(?:Web[ ]User|Anonymous(?:[ ]User)?|Guest(?:[ ]User)?|Visitor)[ #]?[0-9a-f]{3,8}")
_NANP_E164 = re.compile(r"1[2-9]\d{2}[2-9]\d{6}")
_MESSAGE_PARTIES = frozenset({"to", "from", "msisdn", "destination", "recipient", "sender"}) | _CHAT_PARTIES


def _a_mobiles_number(number: str, any_kind: bool = False) -> bool:
    """Whether ``number`` ('+917688274160') is a valid mobile's in its country's plan (a
    numeric id of eleven digits or more rarely is one); ``any_kind``: a valid number of any kind
    ('+298273581'). The phone recognizer's ``_accepts_mobile`` again: recognizers stay standalone
    files, importing nothing of ours."""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed) and (any_kind or phonenumbers.number_type(parsed) in (
        phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE))


_CHANNEL_NUMBER = re.compile(r"[1-9]\d{7,14}")
_PREFIXED_NUMBER = re.compile(r"[A-Za-z]{1,3}[_\-]?\d{3,}")  # (not a login: "mike_1990")
_RESOURCE_PROFILE = re.compile(r"(?:[a-z0-9]+[-_])*(?:cpu|gpu|mem|small|medium|large|xlarge|xl|tiny|default|standard"
                               r"|basic|minimal|studio|notebook|lab|datascience)(?:[-_][a-z0-9]+)*")
_LOWER_HANDLE = re.compile(r"[a-z][a-z0-9_.\-]{2,31}")  # ('holo37', 'kabula.luhende')
# A short number in base 36, a digit first, or three characters at most with a digit: Countly's sequential 'uid'
# ('26a', '1b3', 'a13', 'a0b', 'f9'; a login is longer: 'jdoe42')
_BASE36_NUMBER = re.compile(r"\d[0-9a-z]{0,3}|(?=[0-9a-z]{2,3}\Z)[a-z]{0,2}\d[0-9a-z]{0,2}")
# (or a random run of capitals: 'USR-ERUCIJCY', 'USR-X461CQF8')
_CAPS_REFERENCE = re.compile(r"[A-Z]{2,12}[_\-](?:\d{3,}|(?=[A-Z0-9]*\d)[A-Z0-9]{6,}|[A-Z]{8,})")
# A record type's prefix and a number, whatever the field ('cus_49253', 'usr_123456', 'acct-0015')
_TYPED_NUMBER = re.compile(r"(?i)(?:cus|cust|usr|user|acct|acc|uid|mbr|mem|sub|vis|anon|lead|con|org)[_\-]\d{3,}")
# What people type into a profile's location field that names no place
# A meeting's location that is a call: 'Microsoft Teams meeting (details in invite)'
_A_CALL = re.compile(r"(?i)(?:microsoft teams|zoom|google meet|webex|skype)\b")
_NO_PLACE = {"remote", "online", "internet", "the internet", "earth", "planet earth", "world",
             # where in a request a firewall's rule matched (AWS WAF's "location": "URI")
             "uri", "body", "header", "headers", "cookie", "cookies", "args",
             # GeoIP's answer for a private or a reserved range (FortiGate's srccountry="Reserved")
             "reserved", "private", "local network", "lan", "intranet",
             # a shipping address that points at another ('Igual que facturación', Holded's)
             "same as billing", "same as billing address", "same as shipping", "same as above",
             "igual que facturación", "igual que facturacion", "mesmo que faturamento",
             "identique à la facturation", "idem",
             # a meeting's place that is a call (the products' names: _A_CALL)
             "teams", "phone call", "phone", "video call", "virtual", "tbd", "tba",
             "worldwide", "the world", "anywhere", "everywhere", "nowhere", "somewhere", "here",
             "home", "location", "unknown location", "various", "global",
             # a verdict where a place's name would be (Okta's behaviors: 'New Country': 'NEGATIVE')
             "positive", "negative", "allow", "allowed", "deny", "denied", "low",
             "medium", "high", "pass", "fail",
             # where a SIEM's agent read an event: Wazuh's 'location' names its own modules
             # and Windows' event channel, no place (a file's path: _PATH_OR_IDENTIFIER)
             "eventchannel", "syscheck", "rootcheck", "sca", "syscollector", "journald",
             "vulnerability-detector", "wazuh-agent", "wazuh-logcollector", "wazuh-monitord",
             "wazuh-remoted", "wazuh-modulesd", "ciscat", "osquery", "docker-listener"}
# Fields that name a poster (author, display name) hold a person's name or a handle; a
# handle is one token with a digit, '_', '.' or '@' in it ("throwaway_jen92", "j.doe").
# A lower-case word stays a PERSON: it may be a word ('going', 'curious' as display
# names), and a one-word lower-case PERSON is not carried to other records (known.py),
# where a USERNAME would be. A field of a name's part (surname) holds no handle.
_POSTER_FIELDS = frozenset({"author", "authorname", "displayname", "name", "sendername", "ownername",
                            "userdisplayname", "commentauthor", "commenter", "creator",
                            "authordisplayname", "globalname"})
_HANDLE_MARK = re.compile(r"[\d_.@]")
# Lower-case words joined by a hyphen, as a login writes a name and a place ('soran-ku', 'maya-lb'; a name
# is capitalized: 'Jean-Pierre')
_LOWER_HYPHENATED = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+){1,2}")
# A chat log's speaker's fields, and a nick as they hold it: one word in lower case, a login's marks maybe
_CHAT_NICK_FIELDS = frozenset({"contactname", "nick", "nickname", "sendernick", "fromnick", "membernick"})
_LOWER_NICK = re.compile(r"[a-z][a-z0-9_.\-]{2,31}")
_KEBAB_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+")
# A login of lower-case parts joined by '_' or '.' ('james_barnes', 'j.smith'), where any
# person's name goes (LivePerson's 'consumerName'): no one writes their name so
_JOINED_LOGIN = re.compile(r"[a-z][a-z0-9]*(?:[._][a-z0-9]+)+")
_OWNER_LOGIN = re.compile(r"[a-z][a-z0-9]{2,31}")
# A name in Han characters (Chinese, Japanese kanji and kana) or Hangul, its parts not apart
_HAN_OR_HANGUL_NAME = re.compile(r"[\u3400-\u9fff]{2,4}|[\uac00-\ud7a3]{2,4}|[\u3400-\u9fff][\u3040-\u30ff\u3400-\u9fff]{1,5}")
# Words a schema's field is named with, in English and Spanish: a value in lower case made of them,
# joined by '_' ('submitted_by', 'last_update_date', 'telefono_contacto'), names a field, no one
_SCHEMA_WORDS = frozenset({
    "id", "by", "to", "on", "at", "of", "date", "time", "name", "type", "status", "state", "code", "number",
    "num", "no", "email", "phone", "address", "created", "updated", "submitted", "assigned", "modified",
    "last", "first", "update", "severity", "priority", "category", "summary", "description", "details",
    "artifact", "field", "value", "count", "total", "comment", "comments", "attachment", "attachments",
    "fecha", "estado", "tipo", "prioridad", "categoria", "descripcion", "detalles", "telefono", "direccion",
    "servicio", "contacto", "equipo", "serial", "cliente", "usuario", "numero", "correo", "asignado",
    "enviado", "resumen", "notas", "nota"})
# Two to four capitalized words ("Ana Souza", "Mary-Jane O'Neil", "José da Silva" too): a
# person's name where a user name was expected.
_FULL_NAME = re.compile(rf"[^\W\d_][\w'’{MARKS}-]*(?:,? (?:[a-z]{{1,3}} )?[^\W\d_][\w'’.{MARKS}-]*){{1,3}}")  # ('SEMPERE,
# INMACULADA'; a name in an Indic script with its vowel signs: 'பிரியா சேகர்')


def _capitalized(word: str) -> bool:
    """A word with a capital first, or of a script without case ('حرا', 'பிரியா'; Georgian's
    letters are lower case to Unicode, and written without case)."""
    first = word[0]
    if word[1:2] in ("'", "’") and first in "dl" and word[2:3].isupper():
        return True  # an elided particle before a capital: São Tomé's and Italy's 'd'Alva', 'd'Angelo', 'l'Abbate'
    return first.isupper() or not first.islower() or "\u10d0" <= first <= "\u10ff"


def _is_full_name(value: str) -> bool:
    from .known import GENERIC_NAMES  # "Anonymous User", "System Admin": accounts, no one

    words = value.split()
    return _FULL_NAME.fullmatch(value) is not None and all(
        _capitalized(w) for w in words if len(w) > 3 or not w.islower()) and not any(
        w.lower() in GENERIC_NAMES or w.lower() in _EMPTY_VALUES for w in words)


# The lower-case words of people's names ('Juan de la Cruz', 'Ursula von der Leyen')
_NAME_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "della", "der", "den", "van", "von",
                             "la", "le", "du", "di", "bin", "bint", "al", "el", "ter", "ten", "zu", "y",
                             "binti", "bte", "anak", "a/l", "a/p",  # (Malaysia's: 'Nurhayati binti Tundoh')
                             "binte", "s/o", "d/o",  # (Singapore's: 'Kumar s/o Ramasamy')
                             "los", "las",  # (Spanish's: 'Joel Batista De los Santos')
                             "dela", "delos", "delas",  # (the Philippines': 'dela Cruz', 'delos Reyes')
                             "vom", "zum", "zur", "ibn", "ben"})


# Two words of a brand run together, both capitalized ('ServiTec', 'PowerTech'); a name's capital inside comes after a
# short prefix ('McKenzie', 'DeShawn', 'MacLeod'), so the first part has four letters at least
CAMEL_BRAND = re.compile(r"(?<![^\W\d_])[A-Z][a-z]{3,}[A-Z][a-z]{2,}(?![^\W\d_])")


def _names_a_thing(value: str) -> bool:
    """Whether a display name is an app's, a policy's or a group's: a word of known.THING_WORDS,
    or capitals and lower-case words mixed ('MFA outside corporate network'; an all lower
    case 'jane doe' is a person's as its owner typed it)."""
    from .known import PRODUCT_NAMES, has_thing_word

    if value.strip().lower() in PRODUCT_NAMES or has_thing_word(value):
        return True  # ('Slack', 'Workday': an app's)
    if CAMEL_BRAND.search(value) is not None:
        return True  # a brand's two words run together, both capitalized ('ServiTec Cúcuta', a shop's WhatsApp
        # profile); a name's prefix is short ('McKenzie', 'DeShawn', 'MacLeod', 'LaToya')
    words = [w for w in value.split() if w not in _NAME_PARTICLES]  # (a name's particles are in lower case whatever
    # the rest: 'de paula araújo', a surname typed all in lower case, is no mix)
    lower = [w for w in words if w.islower() and len(w) > 2]
    return bool(lower) and len(lower) < len(words)


# Parents of a 'displayName' or a 'name' that is no person's: a message's reactions
# (Teams' 'Like', 'Heart'), a chat's channel and team, an app, a tag
_THING_PARENTS = frozenset({"reactions", "reaction", "emoji", "emojis", "channel", "channels", "team",
                            "teams", "app", "apps", "application", "bot", "bots", "tag", "tags", "label",
                            "labels", "category", "categories", "group", "groups", "room", "rooms",
                            # a file's (Dropbox's assets[0].display_name 'run_1432.fcs')
                            "asset", "assets", "file", "files", "document", "documents", "folder", "folders",
                            # a job's (Deel's employments[0].name 'UX Researcher', beside its e-mail)
                            "employment", "employments", "job", "jobs", "position", "positions",
                            "contract", "contracts", "role", "roles"})


# What an object says it is by its 'type' (Miro's, Box's, Slack's: {"type": "board", "name": ...},
# {"type": "user", "name": ...}): a thing's name is no one's, a user's is a person's
_THING_KINDS = _THING_PARENTS | frozenset({"board", "project", "workspace", "space", "page", "dashboard", "widget",
                                           "integration", "system", "organization", "org", "company", "team_space",
                                           "web_link", "weblink", "frame", "card", "list", "service", "account_group",
                                           "action", "intent", "form",  # (a chatbot's: Rasa's action events)
                                           # (a Bot Framework activity's that names an operation: {"type":
                                           # "event", "name": "handoff.initiate"})
                                           "event", "invoke", "trace"})
_PERSON_KINDS = frozenset({"user", "person", "member", "contact", "customer", "employee", "guest", "participant"})


def object_kind(kind: str) -> str | None:
    """'user' for an object whose 'type' is a person's kind, the kind for a thing's, or None."""
    low = kind.strip().lower()
    return "user" if low in _PERSON_KINDS else low if low in _THING_KINDS else None


def is_thing_object(field: str | None) -> bool:
    """Whether the object at ``field`` is a thing's (a job's, a file's, a team's), whose
    'name' is no person's even beside an e-mail address: Deel's employments[0]."""
    return bool(field) and _leaf_and_parent(field)[0] in _THING_PARENTS


def _has_thing_word(value: str) -> bool:
    from .known import has_thing_word

    return has_thing_word(value)


# A name's parts by their own columns (English, German, Spanish, French, Portuguese)
_NAME_PART_LEAVES = frozenset({"firstname", "middlename", "lastname", "givenname", "surname", "familyname",
                               "secondname", "vorname", "nachname", "nombre", "apellido", "prenom", "nome",
                               "sobrenome"})


def _a_given_name_in_its_column(field: str, value: str) -> bool:
    """A one-word given name in a first name's column that a product is named for too ('Prénom': 'Catalina', macOS'
    too): the person's, where a display name's column would hold the app's."""
    from .known import PRODUCT_NAMES, has_thing_word

    word = value.strip()
    if " " in word or word.lower() not in PRODUCT_NAMES or has_thing_word(word):
        return False
    words = [normalize_name(w) for w in _last_words(field)]
    return bool(words) and (words[0] in _GIVEN_NAME_LEAVES or words[:2] in (["first", "name"], ["given", "name"]))


_GIVEN_NAME_LEAVES = frozenset({"firstname", "givenname", "vorname", "prenom", "nombre", "nome", "forename"})


def _is_salutation(value: str) -> bool:
    """A salutation's word, or a desk's (a role mailbox's words: 'Accounts' in a first name's column, a firm's
    'Accounts Payable' as a contact): no one's name in a name's part either."""
    from .known import SALUTATIONS, is_role_word

    return value.strip().lower() in SALUTATIONS or is_role_word(value)


def _is_generic_name(value: str) -> bool:
    from .known import GENERIC_NAMES

    return value.strip().lower() in GENERIC_NAMES


_REDDIT_THING = re.compile(r"t[1-6]_[0-9a-z]{4,13}")  # a comment's, a post's, an account's id


def _is_handle(value: str) -> bool:
    """A login's marks ('_', '.', '@', a digit) or a channel's camel case with two humps
    ('NetWizardTV', 'JustJoshTech'; 'McDonald' has one): a handle, not a name."""
    if any(c.isspace() for c in value) or _IDENTIFIER_WORDS.fullmatch(value):
        return False  # (a query's or a job's name: osquery's 'pack_osquery-monitoring_schedule')
    return (_HANDLE_MARK.search(value) is not None and any(c.isalpha() for c in value)
            or len(_CAMEL_HUMP.findall(value)) >= 2 or _LOWER_HYPHENATED.fullmatch(value) is not None)


# Four words or more of letters, joined by '_' or '-': a program's identifier, not a login;
# and an osquery pack's query, named 'pack_<pack>_<query>' ('pack_inventory_programs')
_IDENTIFIER_WORDS = re.compile(r"[a-z]{2,}(?:[_\-][a-z]{2,}){3,}|pack_[a-z0-9\-]+_[a-z0-9_\-]+")
# An app's events that analytics tools name in one word, in capitals (Branch's standard and
# lifecycle events; the others have an underscore: _CONSTANT)
_LIFECYCLE_EVENTS = frozenset({"INSTALL", "REINSTALL", "OPEN", "CLICK", "IMPRESSION", "PURCHASE", "SUBSCRIBE",
                               "SEARCH", "RATE", "SHARE", "INVITE", "LOGIN", "RESERVE", "SIGNUP", "LOGOUT"})


_CAMEL_HUMP = re.compile(r"[a-z][A-Z]")
# Types a name-based hint produces itself (after the shape check); the others are left
# to the validating recognizers (a column named "email" still needs an address in it).
_HINT_BY_NAME = frozenset(_SHAPES)
# The types a member's or a pair's key types its value as (a card's too: see value_hint)
_VALUE_HINTED = _HINT_BY_NAME | {"CREDIT_CARD"}
# A card's number as its own field gives it: 13 to 19 digits, in groups of four maybe
_CARD_IN_ITS_FIELD = re.compile(r"\d{13,19}|\d{4}(?:[ \-]\d{4}){2}[ \-]\d{1,7}")
_COUNTRY_CODE = re.compile(r"[A-Z]{2}")
# A MAC's 12 hex digits, bare or in its three spellings, with a letter and a digit in them
_BARE_MAC = re.compile(r"(?i)(?=.*\d)(?=.*[a-f])(?:[0-9a-f]{12}"
                       r"|[0-9a-f]{2}([:\-])(?:[0-9a-f]{2}\1){4}[0-9a-f]{2}|[0-9a-f]{4}(?:\.[0-9a-f]{4}){2})")


def is_bare_mac(value: str) -> bool:
    """A MAC address alone (12 hex digits, or its three spellings), as MAC authentication
    puts one where a user name goes."""
    return _BARE_MAC.fullmatch(value) is not None


# A value hashed by the log that wrote it: 'hmac-sha256:154435fa...', 'sha1:9f86d081...'
_HASHED_VALUE = re.compile(r"(?i)(?:hmac-)?(?:sha|md5|blake2)[\w\-]{0,8}:[0-9a-f]{16,}")
# A name, then a firm in parentheses
_NAME_WITH_FIRM = re.compile(r"(?P<name>[^()]{3,60}?)\s*\((?P<firm>[^()]{2,80})\)?")  # (')' may be cut off
# as decoration, see _DECORATED)
_FLAT = re.compile(r"#\s?\d{1,5}[A-Za-z]?")
_HOUSE_NUMBER = re.compile(r"\d{1,5}(?:\s?[A-Za-z]|\s?[-/]\s?\d{1,5}[A-Za-z]?|/[A-Za-z])?\.?")  # ('12/A'; Slovak's
# ordinal dot: '90.')
_HOUSE_NUMBER_NAMES = frozenset({"hausnummer", "hausnr", "housenumber", "streetnumber", "buildingnumber",
                                 "huisnummer", "civico",
                                 # Slovak's and Czech's house number, its land register's and its street's, and
                                 # Slovene's and Croatian's ('Číslo domu': '3739/67', '12/A')
                                 "cislodomu", "supisnecislo", "orientacnecislo", "cislopopisne", "cisloorientacni",
                                 "hisnastevilka", "kucnibroj",
                                 "exterior", "numexterior", "numeroexterior", "noexterior"})  # (Mexico's: see type_for_name)


@lru_cache(maxsize=1024)
def _names_a_house_number(leaf: str) -> bool:
    """A house number's column, whosever ('billinghousenumber') and with its name's
    alternative ('housenumbername', 'housenumberorname')."""
    if leaf.endswith("name"):
        leaf = leaf[:-6] if leaf.endswith("orname") else leaf[:-4]
    return leaf in _HOUSE_NUMBER_NAMES or any(leaf.endswith(n) and leaf[:-len(n)] in _QUALIFIERS
                                              for n in _HOUSE_NUMBER_NAMES)


_NO_NUMBER = frozenset({"s/n", "sn", "s.n.", "s/nº", "sem número", "sem numero", "sin número", "sin numero"})
# A house number's addition in its own column (bol.com's 'Toevoeging': 'A', 'bus 11', 'III')
_HOUSE_NUMBER_ADDITION_NAMES = frozenset({"toevoeging", "huisnummertoevoeging", "hausnummerzusatz",
                                          "housenumberaddition", "housenumbersuffix",
                                          "interior", "numinterior", "numerointerior", "nointerior"})
# A login of letters in lower case, long enough to be no first name written small ('vjankauskas')
_LOWER_LOGIN = re.compile(r"[a-z]{6,20}")
# (and a shorter one where the key is ECS's and zerolog's flat 'user.name', the login: headscale's 'mhiga', 'spark')
_SHORT_LOWER_LOGIN = re.compile(r"[a-z][a-z0-9._\-]{3,20}")
# A push token's shapes besides APNs' hex: FCM's registration token ('dK3x...:APA91b...'), a web push
# subscription's token after its endpoint, base64url (letters, digits, '-', '_'), long
_PUSH_TOKEN = re.compile(r"(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9_\-]{8,200}(?::[A-Za-z0-9_\-]{40,300})?")
# A text message's service centre: its carrier's number (SMS Backup & Restore's 'service_center')
_SERVICE_CENTRE_FIELDS = frozenset({"servicecenter", "servicecentre", "smsc", "smscaddress", "scaddress",
                                    # a call-tracking tool's own lines (CallRail's 'Tracking Number' a caller
                                    # dialled, its 'Receiving Number' the business's that rang: column_hints)
                                    "trackingnumber", "trackingphonenumber", "trackingline"})
_SMS_ROW_ADDRESS = re.compile(r"\baddress=([^,\s]{1,32}),")
# Postfix postscreen's connection: the client, then the server's own listening address and port
_POSTSCREEN_CONNECT = re.compile(r"\bCONNECT from \[[0-9A-Fa-f.:]+\]:\d{1,5} to \[(?P<ip>[0-9A-Fa-f.:]+)\]:\d{1,5}")
_SERVICE_CENTRE_PAIR = re.compile(r"\b(?:service_center|smsc|smsc_address)=([^,\s]{1,32})")
# A surname's letters, a particle before it ('Rinaudo', 'de Vries', 'Smith-Jones'): no digit, as
# a serial has, where LDAP's 'sn' and a device's S/N share a name
_SURNAME_SHAPED = re.compile(r"(?:[a-z]{1,3}[ '’])?[^\W\d_]{2,}(?:[ '’\-][^\W\d_]+)*")
# Digits alone, seven or more (a '+' before them): a number, which no postal address is
_NUMBER_AS_ADDRESS = re.compile(r"\+?\d{7,15}|(?=(?:\D*\d){7,15}\D*$)\+?(?:\(\d{1,4}\)[ ]?)?\d{2,5}(?:[ \-]\d{2,5}){1,3}")
# (grouped too: QKSMS' '5026 8749')
# A record's author, by login in lower case where a person's name would be capitalized (an
# ERP's 'Auteur': 'jbaptiste')
_AUTHOR_FIELDS = frozenset({"author", "auteur", "autor", "autore", "createdby", "creator",
                            "reporter", "assignee", "owner",  # (a bug tracker's people: Trac's, by login)
                            "actor",  # (an audit log's: GitHub's 'actor': 'mirzekurbanov')
                            "modifier",  # (a wiki's: TiddlyWiki's tiddlers' 'creator' and 'modifier')
                            # (staff by their role in a service's log: an ISP's 'technician': 'kpelletier')
                            "technician", "installer", "pharmacist", "dispatcher", "handledby"})
# A lender's or a CRM's staff by their role: a value in lower case there is a login, however short (a
# microfinance client's 'Agent_Credit': 'pfaye', 'blokonga'); a name there is capitalized
_STAFF_FIELDS = frozenset({"loanofficer", "creditofficer", "fieldofficer", "relationshipmanager", "agentcredit",
                           "agentdecredit", "agentcommercial", "chargedeclientele", "conseillerclientele",
                           "salesrep", "accountmanager"})
_STAFF_LOGIN = re.compile(r"[a-z][a-z0-9._\-]{2,30}")
# A name in Tibetan's script (Tibetan's, Dzongkha's): syllables with the tsheg between them,
# and no blank ('ཟླ་བ་རབ་བརྟན', Dawa Rabten), as a display name's field shows it
_TIBETAN_NAME = re.compile(r"[\u0f40-\u0fbc]+(?:\u0f0b[\u0f40-\u0fbc]+)+\u0f0b?")
# A handle's shape: lower case, a digit or a separator inside ('tux-goblin', 'cron_guy', 'rina.uta81')
_HANDLE_SHAPED = re.compile(r"[a-z][a-z0-9]*(?:[._\-][a-z0-9]+)+|[a-z]+\d+[a-z0-9]*|[a-z0-9]+_[a-z0-9_]*")
# Who an address line is for: 'c/o Anna Berg', Dutch 't.a.v.' and 'p/a', German 'z. Hd.', 'Attn:',
# French 'chez', Spanish and Portuguese 'a/c' (a la atención de, aos cuidados de), Italian
# 'presso', Indonesian 'd/a' (dengan alamat); a title after it is no part of the name, and
# with one, a family name alone is someone's ('Chez Mme Nativel')
_ATTENTION = re.compile(r"(?i)(?:c/o|t\.\s?a\.\s?v\.?|z\.\s?hd\.?|attn\.?:?|attention:?|p/a|chez|a/c|presso|d/a)\s+"
                        r"(?:(?P<title>m|mme|mlle|mr|mrs|ms|dr|sr|sra|srta|sig|sig\.ra|bpk|ibu|fam)\.?\s+)?(?P<name>\S.*)")
_REMOTE = re.compile(r"(?i)remote\b")
# A remote worker's home by its label, then a dash or a colon: 'WFH – ', 'Home office: ', 'Remote/home: ',
# 'Remote – ' (before a house's address; 'Remote - EU' is a region's: no number nor comma after)
_HOME_LABEL = re.compile(r"(?i)(?:wfh|home[ ]office|remote/home|home|remote|working[ ]from[ ]home)[ ]?[–—:\-][ ]"
                         r"(?=[^,\n]*(?:\d|,))")
# A Russian sole trader ('индивидуальный предприниматель'), by the owner's surname and
# initials or full name: 'ИП Михайлов С. А.', 'ИП Андреева Анна Сергеевна'
_SOLE_TRADER = re.compile(r"(?:ИП|И\.П\.)\s+(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
                          r"(?:\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.|(?:\s+[А-ЯЁ][а-яё]+){1,2}))")
# A support agent's display name: their name, then their firm's ('Margaux from Roamly')
_AGENT_OF_FIRM = re.compile(r"(?P<name>[^\W\d_][\w'’\-]{1,30}(?:\s[^\W\d_][\w'’\-]{1,30})?)\s(?:from|at|@|[-–|·])\s\S.{0,60}")
# (or 'Ankita - Kaju Cart', 'Tom | Acme')
# A desk or a role a first name speaks for, in parentheses after it ('Ravi (Support)')
_ROLE_IN_PARENS = re.compile(r"(?i)(?:customer\s|tech(?:nical)?\s)?(?:support|service|care|success|admin|agent|staff"
                             r"|team|moderator|mod|helpdesk|help\sdesk|sales|ops|operations|billing|cs|it)")
_ONE_NAME = re.compile(r"[^\W\d_][\w'’\-]{1,30}")
# A display name that is an auth method and a login, as Vault writes them ('ldap-hfalk',
# 'oidc-ann@corp.example', 'approle', 'kubernetes-ci-runner')
_AUTH_DISPLAY_NAME = re.compile(r"(?P<method>approle|userpass|ldap|oidc|okta|github|radius|cert|jwt|token"
                                r"|kubernetes|aws|azure|gcp)(?:-(?P<login>[\w.@\-]+))?")
_PEOPLE_AUTH_METHODS = frozenset({"userpass", "ldap", "oidc", "okta", "github", "radius", "jwt"})


# Words for a firm's sites (engine._FIRMS_SITE_AFTER: 'the Rotterdam depot')
SITE_WORDS = (r"depot|office|warehouse|branch|plant|campus|factory|showroom|hq|headquarters|hub"
              r"|sub-?office|base"  # (a field organization's: 'Soroti Sub-office', 'Lodwar Outreach Base')
              r"|agency|agence|agent"  # (a bank's or a lender's branch: 'Shared counter PC, Fatick agency'; a
              # forwarder's: 'has arrived at our Kolonia agent')
              r"|distribution[ \t]+cent(?:re|er)|data[ \t]*cent(?:re|er)")
# A firm's site by the last word of its name, capitalized ('Leeds Depot', 'Gdańsk Terminal', 'Brno Hub')
SITE_NAME_END = re.compile(rf"[ \t](?=[A-Z])(?i:{SITE_WORDS}|terminal)$")


# A booking's pickup column, and a public meeting point in it: a port, a harbour, a bus or ferry station, an airport,
# a square, a gate (English, Greek in Latin letters, Croatian, Spanish, Italian, French, German)
_PICKUP_FIELDS = _normalized("pickup pickupplace pickuphotel hotelpickup meetingpoint")
_A_PUBLIC_MEETING_POINT = re.compile(r"(?i)\b(?:port|harbou?r|marina|pier|quay|jetty|ferry|terminal|bus[ ]station"
                                     r"|bus[ ]stop|ktel|airport|gate[ ]\d+|ticket[ ]office|square|platia|plateia"
                                     r"|lighthouse|meeting[ ]point|luka|trajekt|kolodvor|autobusni|aeroporto|aeropuerto"
                                     r"|aéroport|gare|bahnhof|flughafen|hafen|piazza|plaza|parking|car[ ]park)\b")


# A studio's, a gym's or a spa's word after another word of its name ('Road Town Yoga & Spa', 'Seven Mile Wellness
# - West Bay'): a business's site; a town alone is no business ('Spa', Belgium's)
_A_STUDIOS_WORD = re.compile(r"(?<=\S)[ ](?:&[ ])?(?:Yoga|Spa|Wellness|Fitness|Gym|Studios?|Salon|Pilates|CrossFit"
                             r"|Dojo|Barre)\b")


def _an_apps_short_code(field: str) -> bool:
    """Whether a field is an SMS API's own short code, the application's number (GSMA OneAPI's, as Globe Labs' sends
    it: an inbound message's 'destinationAddress' 'tel:21587741', an outbound request's 'senderAddress'); the
    subscriber is the other party."""
    low = field.lower()
    return low.endswith("destinationaddress") and "inboundsmsmessage" in low \
        or low.endswith("senderaddress") and "outboundsmsmessagerequest" in low


def _names_a_business_site(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether a place's value names a business's own site: its site's word last ('Leeds Depot'), a pickup point
    ('Daraz PUDO Bhaktapur 03') or a studio's, a gym's or a spa's word ('Road Town Yoga & Spa')."""
    end = len(text) if end is None else end
    return bool(SITE_NAME_END.search(text, start, end) or _PICKUP.match(text, start)
                or _A_STUDIOS_WORD.search(text, start, end))
# A text message of Android's message store, by its columns (SMS Import / Export's NDJSON)
_AN_SMS_RECORD = re.compile(r'"(?:thread_id|date_sent|service_center)"\s*:')
# Who referred a client, by the field's name: a channel as often as a person (Mindbody's 'Referred By')
_REFERRAL_FIELDS = frozenset({"referredby", "referrer", "referral", "referralsource", "referredfrom"})
# A referring person's full name (two to four capitalized words, a family name's particle between) or a login
_REFERRING_PERSON = re.compile(r"[A-ZÀ-Þ][\w'’\-]+(?:[ ](?:(?:de|da|van|von|del|le|la|di)[ ])?[A-ZÀ-Þ][\w'’\-]+){1,3}"
                               r"|(?=[\w.]*[._\d])[a-z][a-z0-9._]{2,30}")


# An API's enum's name, capitals joined by underscores ('PENDING_APPROVAL', 'ACTIVE_IN_ARREARS'): no place's
_AN_ENUMS_NAME = re.compile(r"[A-Z]{2,}(?:_[A-Z]{2,})+")
# A record's status, in English and Portuguese: no place ('Estado': 'Active', 'Left', 'Ativo')
_STATUS_WORDS = frozenset({"active", "inactive", "left", "suspended", "pending", "closed", "open", "enabled",
                           # a session's billing (TeamViewer's connection report's 'Billing state')
                           "billed", "not billed", "unbilled", "billable", "not billable",
                           "disabled", "terminated", "resigned", "retired", "on leave", "archived", "draft",
                           "ativo", "ativa", "inativo", "inativa", "activo", "activa", "inactivo", "inactiva",
                           "pendente", "pendiente", "cancelado", "cancelada", "suspenso", "suspensa",
                           # a work item's (Azure DevOps' 'State', Jira's): its board's columns
                           "new", "proposed", "committed", "approved", "resolved", "done", "removed",
                           "in progress", "to do", "doing", "blocked", "reopened", "completed",
                           # a comment's, as its moderation has it (Commento's 'state': 'unapproved')
                           "unapproved", "flagged", "spam", "published", "unpublished", "rejected",
                           "trashed", "hidden", "deleted", "moderated",
                           # a work item's in Portuguese and Spanish (OpenProject's 'Estado': 'Em curso')
                           "em curso", "em espera", "em andamento", "em progresso", "rejeitado", "rejeitada",
                           "concluído", "concluido", "concluída", "concluida", "fechado", "fechada", "aberto",
                           "aberta", "novo", "nova", "resolvido", "resolvida", "en curso", "en espera",
                           "en progreso", "rechazado", "rechazada", "cerrado", "cerrada", "abierto", "abierta",
                           "nuevo", "nueva", "resuelto", "resuelta",
                           # a lender's client's (Mambu's 'state': 'EXITED', 'BLACKLISTED'), a dormant account's
                           "exited", "blacklisted", "dormant", "in arrears", "written off"})


_CJK_LEGAL_FORM = re.compile(r"株式会社|有限会社|合同会社|合資会社|合名会社|[㈱㈲]|[（(][株有][）)]|[一公]般?(?:社団|財団)法人"
                             r"|(?:社会福祉|医療|学校|宗教|特定非営利活動|NPO)法人|(?:股份)?有限公司|公司$")
# A text message's alphanumeric sender id (GSM allows 11 characters), as an SMS gateway's
# 'sender_name' holds it; a person's name there has a small letter or a blank
_SMS_SENDER_ID = re.compile(r"[A-Z][A-Z0-9]{2,10}")
_SMS_SENDER_FIELDS = frozenset({"sendername", "senderid", "sender", "from", "originator"})


# A social network's profile's address, and its handle; and what such a path names that is no one's handle
_PROFILE_URL = re.compile(r"\s*(?:https?://)?(?:www\.|m\.|web\.)?(?:facebook|fb|instagram|twitter|x|tiktok|threads)"
                          r"\.(?:com|net)/@?(?P<handle>[A-Za-z0-9_][A-Za-z0-9._]{2,49})/?\s*")
_NOT_PROFILES = frozenset({"profile.php", "pages", "groups", "people", "share", "sharer", "watch", "events", "home",
                           "login", "help", "policies", "intent", "hashtag", "search", "explore", "reel", "p"})


def _mojibake_undone(value: str) -> str:
    """UTF-8 an export read as Windows-1252 and wrote again ('OuÃ©draogo', as LinkedIn's data
    archive and Excel's round trips garble names), as it was ('Ouédraogo'); else the value."""
    try:
        return value.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return value


# A message's tags, under their key ('mail.tags.country.0', SES's; 'tags.region'), and a country's code
_MESSAGE_TAG = re.compile(r"(?:^|\.)tags\.", re.IGNORECASE)
_COUNTRY_CODE = re.compile(r"[ \t]*[A-Z]{2,3}[ \t]*")


# A Brazilian sole trader's legal name (see value_hint): its CNPJ's root before, or its owner's CPF after
_SOLE_TRADERS_NAME = re.compile(r"[ \t]*(?:\d{2}\.\d{3}\.\d{3}|\d{8})[ ](?P<name>[^\W\d_][^\W\d_'’.\-]*(?:[ ][^\W\d_][^\W\d_'’.\-]*){1,5})[ \t]*"
                                r"|[ \t]*(?P<name2>[^\W\d_][^\W\d_'’.\-]*(?:[ ][^\W\d_][^\W\d_'’.\-]*){1,5})[ ](?:\d{11}|\d{3}\.\d{3}\.\d{3}-\d{2})[ \t]*")


# A login as a message archive names its sender: ASCII, a capital inside it, or a dot or an underscore before a letter
# ('TenzinNorbu', 'Dolma.kefu', 'QairatN')
_MESSAGE_PARTYS_LOGIN = re.compile(r"(?=[A-Za-z][A-Za-z0-9._\-]{2,39}$)(?=.*(?:[a-z][A-Z]|[._][A-Za-z]))"
                                   r"[A-Za-z][A-Za-z0-9]*(?:[._\-][A-Za-z0-9]+)*")  # (not a time range's 'now-6h')
# A tracker's word in a person's column: the record's state, no one ('Closed', 'Unassigned')
_NO_ONES_STATES = frozenset({"closed", "unassigned", "nobody", "none", "n/a", "null", "tbd", "已关闭", "已關閉",
                             "未指派", "无", "無",
                             # (a form's answer where its handle would be: 'Instagram (jeu-concours)': 'non')
                             "non", "no", "nope", "ez", "oui", "yes", "sí", "si", "bai", "-", "--", "aucun", "ninguno"})
# Han names listed in one cell, apart by commas ('杨帆,周敏', '次仁旺姆，娜仁图雅': a tracker's copied-to column)
_HAN_LISTED_NAME = re.compile("[\u3400-\u4dbf\u4e00-\u9fff][\u3400-\u4dbf\u4e00-\u9fff·‧]{1,11}")
_HAN_NAMES_LISTED = re.compile(_HAN_LISTED_NAME.pattern + "(?:[,，、;；] ?" + _HAN_LISTED_NAME.pattern + ")+")
# Names in Latin letters listed in one cell, apart by commas ('Dafydd Roberts, Aled Evans'; 'Villalba, Facundo')
_LISTED_WORD = r"[^\W\d_][^\W\d_'’\-]*(?:-[^\W\d_]+)?"
_LISTED_NAME = re.compile(_LISTED_WORD + r"(?: (?:(?:de|del|da|dos|ap|ab|van|von|y) )?" + _LISTED_WORD + r"){0,3}")
_NAMES_LISTED = re.compile(_LISTED_NAME.pattern + r"(?:, " + _LISTED_NAME.pattern + r")+")


# A name as a payment card carries it: two to four words in capitals, an initial maybe ('BALSRANG R. MARAK')
_EMBOSSED_NAME = re.compile(r"[A-Z][A-Z'\-]+\.?(?:[ ][A-Z][A-Z'\-]*\.?){1,3}")
# A host's name field, a machine's or a person's by its value (a lodging's host: 'Fatima Cardozo')
_HOSTS_NAME_FIELDS = frozenset({"hostname"})  # (normalized: host_name, hostName)


def value_hint(field: str, text: str, start: int, end: int, recognizer: str,
               *, url_encoded: bool = False) -> Hint | None:
    """A hint for a whole value whose field name says what it is (after a shape check
    of the decoded value: ``John+Doe`` and ``Jos%C3%A9`` are names in a query string)."""
    typed = _TYPED_VALUE.fullmatch(field)
    if typed is not None and typed.group("sub") is None and not typed.group("head").isascii():
        field = typed.group("head")  # kintone's '郵便番号.value': the field's own name
    if " - " in field and (kind := _KIND_AFTER_DASH.fullmatch(field)) is not None:
        field = kind.group(1)  # ('Zip/Postal Code - Home': a postcode's field, its shape checked as one)
    entity = type_for_name(field)
    if (entity == "PERSON" or entity is None) and _leaf_and_parent(field)[0] in ("from", "tolist") \
            and (login := _MESSAGE_PARTYS_LOGIN.fullmatch(text[start:end].strip())) is not None \
            and not is_random_token(login.group()):
        # a message archive's sender and addressees by their logins (WeCom's 'from', 'tolist': 'TenzinNorbu',
        # 'Dolma.kefu'): a login's shape, a capital inside it or a dot or an underscore before a letter; a contact's
        # opaque id ('wmErxtDgAA...') is the platform's
        lead = len(text[start:end]) - len(text[start:end].lstrip())
        return Hint("USERNAME", start + lead, start + lead + len(login.group()), 0.85, recognizer)
    if (entity == "PERSON" or entity is None and firm_field(field)) \
            and (text[start:end].lstrip()[:1].isdigit() or text[start:end].rstrip()[-1:].isdigit()) \
            and (mei := _SOLE_TRADERS_NAME.fullmatch(text, start, end)) is not None:
        # a Brazilian sole trader's (an MEI's) legal name: its CNPJ's root and its owner's name, or the owner's
        # name and CPF ('76.210.430 CAMILA OKADA', 'Caio Ribeiro 74865608796'), in a name's or a firm's column:
        # the owner's name
        return Hint("PERSON", *mei.span("name" if mei.group("name") else "name2"), 0.85, recognizer)
    if entity == "LOCATION" and _MESSAGE_TAG.search(field) and _COUNTRY_CODE.fullmatch(text, start, end):
        return None  # a mail's tag, the sender's own label of its campaign (Amazon SES's event 'mail.tags.country':
        # ['BG'], the shop's market), no recipient's place
    if entity == "IP_ADDRESS":
        number = text[start:end].strip()
        if number.isdigit() and 8 <= len(number) <= 10 and 16_777_216 <= int(number) <= 4_294_967_295:
            # an IPv4 address stored as its number (MySQL's INET_ATON, PHP's ip2long: Oxwall's
            # ow_base_user.joinIp '3358768628', 200.50.10.244), in a column an address's name says; an
            # address written out is the recognizers'
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            return Hint("IP_ADDRESS", start + lead, start + lead + len(number), 0.85, recognizer)
        if _a_hosts_hex_blob(number):
            # an address stored as its bytes (MySQL's INET6_ATON into a VARBINARY(16): Question2Answer's
            # qa_users.createip), as mysqldump --hex-blob writes them: 0x5F6927A5 (four bytes, IPv4) or sixteen
            # (IPv6); not the loopback nor the unspecified address
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            return Hint("IP_ADDRESS", start + lead, start + lead + len(number), 0.85, recognizer)
    if entity in ("PERSON", "USERNAME") and _leaf_and_parent(field)[0] == "name" \
            and _CLASS_REFERENCE.fullmatch(text, start, end) is not None:
        return None  # a class's or a page's dotted name (an XWiki page's 'XWiki.XWikiComments',
        # 'IT.FieldOffices.Helpdesk.WebHome'), no one's
    if entity in ("PERSON", "USERNAME") and _ANONYMOUS_USER.fullmatch(text[start:end].strip()):
        return None  # a chat platform's name for a visitor who gave none (Sunshine Conversations' 'Web User fe7d54',
        # 'Guest 4821'): no one's
    if entity == "PERSON" and _leaf_and_parent(field) == ("name", "card") \
            and _EMBOSSED_NAME.fullmatch(text[start:end].strip()) is None:
        return None  # a board's card's name is its task's title ('Fix login bug'); a payment card's holder is
        # embossed on it, in capitals (Razorpay's and Stripe's 'card.name': 'TEMSUNARO JAMIR')
    if entity == "HOSTNAME" and " " in text[start:end].strip() and _leaf_and_parent(field)[0] in _HOSTS_NAME_FIELDS \
            and _is_full_name(text[start:end].strip()) and not _names_a_thing(text[start:end].strip()):
        # a lodging's or an event's host by their name ('"host_name": "Fatima Cardozo"', a homestay platform's payout):
        # a person's; a machine's name has no space
        lead = len(text[start:end]) - len(text[start:end].lstrip())
        return Hint("PERSON", start + lead, start + lead + len(text[start:end].strip()), 0.85, recognizer)
    if entity == "HARDWARE_ID" and "-" in text[start:end] and _PC_NAME_AS_ID.fullmatch(text[start:end].strip()):
        lead = len(text[start:end]) - len(text[start:end].lstrip())
        # a device's id that is its computer's name (Application Insights' desktop client's 'device.id':
        # 'RAMCHARRAN-HP', 'DESKTOP-4F7KQ2M', 'sauls-macbook-air'): the machine's name, a host's
        return Hint("HOSTNAME", start + lead, start + lead + len(text[start:end].strip()), 0.85, recognizer)
    if entity == "HARDWARE_ID" and _OBJECT_ID.fullmatch(text[start:end].strip()):
        return None  # a database's record id, MongoDB's ObjectId (Sunshine Conversations' 'source.device.id':
        # '021c9358fcbad982102bdd7d', its own record of the device; the device's own is its 'guid')
    if entity is None and _leaf_and_parent(field)[0] == "roleinstance" \
            and _PC_NAME_AS_ID.fullmatch(text[start:end].strip()):
        lead = len(text[start:end]) - len(text[start:end].lstrip())
        # a telemetry's instance of its app that a person's computer runs (Application Insights' desktop client:
        # 'device.roleInstance': 'RAMCHARRAN-HP'); a cloud's instances ('RD0003FF4A2B1C') are the firm's servers
        return Hint("HOSTNAME", start + lead, start + lead + len(text[start:end].strip()), 0.85, recognizer)
    if entity is None and _leaf_and_parent(field)[0] == "device":
        # a bare 'device' is a model as often ('device="iPhone 13"'); one named after its owner is
        # theirs ('device="Galaxy A5 of Oo"', 'device="phonesa-android"', a courier app's log)
        value = text[start:end].strip()
        if _owner_and_device(value) or _NAME_DASH_DEVICE.fullmatch(value) or _KIND_FIRST_MACHINE.fullmatch(value):
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            return Hint("HOSTNAME", start + lead, start + lead + len(value), 0.85, recognizer)
        return None
    if (entity is None or entity == "PERSON" and text[start:end].strip().isdigit()) \
            and (normalize_name(field) in _WALLET_NAMES
                 or _leaf_and_parent(field)[0] in _MESSAGE_PARTIES
                 or _leaf_and_parent(field) in _CHANNEL_IDENTITIES):
        # (a message's 'from' in digits is its sender's number, no name: a WhatsApp client's raw 'from' as Sunshine
        # Conversations passes it on, '18084602241')
        # a mobile money payment's account is its payer's wallet, the phone's number in E.164
        # without its '+' (Pesapal's 'Payment Account' of an M-PESA payment: '254758681875'); a
        # bank's account or a card's is no valid mobile's
        number = text[start:end].strip()
        if _leaf_and_parent(field) in _CHANNEL_IDENTITIES:
            # (a channel's contact: any valid number, the short plans' too, the Faroes' and Greenland's six
            # digits after their code: '298273581')
            if not (_CHANNEL_NUMBER.fullmatch(number) and _a_mobiles_number("+" + number, any_kind=True)):
                return None
        elif _leaf_and_parent(field)[0] in _CHAT_PARTIES:
            # (a chat's party: a mobile's valid number, the Pacific's short plans too: Fiji's '6799763580')
            if not (_CHANNEL_NUMBER.fullmatch(number) and _a_mobiles_number("+" + number)):
                return None
        elif not ((_BARE_E164.fullmatch(number) or _NANP_E164.fullmatch(number)
                   and _leaf_and_parent(field)[0] in _MESSAGE_PARTIES) and _a_mobiles_number("+" + number)):
            return None  # (North America's '1' and ten digits only as a message's party: an id of eleven digits
            # from '1' is as often a count of something)
        lead = len(text[start:end]) - len(text[start:end].lstrip())
        return Hint("PHONE_NUMBER", start + lead, start + lead + len(number), 0.85, recognizer)
    if entity == "USERNAME" and _leaf_and_parent(field)[0] in ("nickname", "nick", "昵称", "暱稱") \
            and _HAN_NAME.fullmatch(text, start, end):
        return Hint("PERSON", start, end, 0.85, recognizer)  # a Chinese app's nickname that is its user's name
        # ('nickname=李娜'): two to four characters of Han, as a name is written
    if entity == "USERNAME" and (number := text[start:end].strip()).isdigit() and (
            _CN_MOBILE.fullmatch(number) and _a_mobiles_number("+86" + number)
            or _BARE_E164.fullmatch(number) and _a_mobiles_number("+" + number)):
        # a login that is its user's mobile number (a guest portal's SMS login, H3C's '-UserName=15785898774'; a
        # number in E.164 without its '+'): the phone; any other number there is an id
        lead = len(text[start:end]) - len(text[start:end].lstrip())
        return Hint("PHONE_NUMBER", start + lead, start + lead + len(number), 0.85, recognizer)
    if entity == "CREDIT_CARD" and (card := _CARD_IN_ITS_FIELD.fullmatch(text[start:end].strip())) is not None \
            and _luhn_valid(digits := re.sub(r"[ \-]", "", card.group())) and len(set(digits)) > 2:
        # a card's number in a card's own field, its check digit right, whatever its issuer's digits (a payment
        # plugin's debug log: '"ccnumber":"3742406301145724"'); elsewhere the card recognizer wants a known
        # issuer's prefix and length, as ten per cent of any numbers pass Luhn's check
        lead = len(text[start:end]) - len(text[start:end].lstrip())
        return Hint("CREDIT_CARD", start + lead, start + lead + len(card.group()), 0.85, recognizer)
    if entity == "LOCATION" and _leaf_and_parent(field)[0] == "address" and _AN_SMS_RECORD.search(text):
        return None  # a text message's 'address' in a log line's JSON: the other party, a number or a sender's name
        # ('MPESA'), no place (a JSON lines file's: sources.jsonfmt._an_sms_message)
    if entity not in _HINT_BY_NAME or entity == "LOCATION" and (
            _names_a_firms_site(field) or _names_a_business_site(text, start, end)):
        return None  # (an employee's 'Work location' is the firm's site, as is a 'Leeds Depot' and a
        # marketplace's pickup point in a shipping address: 'Daraz PUDO Bhaktapur 03'; and a client's home
        # studio, a gym's or a spa's: Mindbody's 'Home Location': 'Road Town Yoga & Spa')
    if entity in ("PERSON", "USERNAME") and _leaf_and_parent(field)[0] in _REFERRAL_FIELDS \
            and not _REFERRING_PERSON.fullmatch(text[start:end].strip()):
        return None  # a referral's channel ('Walk-in', 'ClassPass', 'Cayman Compass ad', 'Corporate'); a client
        # who referred is named in full ('Kimberly Foster') or by a login ('k.foster')
    value = text[start:end]
    if value.strip().lower() in _EMPTY_VALUES:
        return None  # '[deleted]', '(not set)'
    if entity in ("PERSON", "USERNAME") and value.strip() in _CONTACT_KINDS:
        return None  # a contact point's kind where a name's field shares its name (Nimble's fields, each
        # '{"modifier": "home", "value": ..., "label": ...}': the modifier qualifies, no one modified)
    if entity in ("PERSON", "USERNAME") and _PACKAGE_NAME.fullmatch(value.strip()):
        return None  # an app by its package's name (Android's SMS table's 'creator=com.google.android.apps.messaging')
    if entity == "PERSON" and _CJK_LEGAL_FORM.search(value):
        return None  # a firm by its legal form in Japanese or Chinese ('株式会社ニライ商事', '(株)', '股份有限公司'):
        # a business shipper's, a client firm's
    if entity == "PHONE_NUMBER" and _TOLL_FREE.fullmatch(value.strip()):
        return None  # a business's free line in a phone's column (a shipment's sender's '800 926 4410',
        # '1-800-555-0199'): no one's
    if entity == "PERSON" and _SMS_SENDER_ID.fullmatch(value) and _leaf_and_parent(field)[0] in _SMS_SENDER_FIELDS:
        return None  # a text message's sender id, a brand in capitals of at most 11 (Semaphore's 'sender_name':
        # 'RAPIDBOX', 'KALINAWMPC')
    if entity == "USERNAME" and "/" in value and (profile := _PROFILE_URL.fullmatch(value)) is not None \
            and "." not in profile.group("handle") and profile.group("handle").lower() not in _NOT_PROFILES:
        # a social network's profile's address in its column (a CRM's contact's 'Facebook':
        # 'https://www.facebook.com/montserratarmengol'): the handle without a dot, which the social profiles'
        # recognizer leaves (a page's as often, where no column says whose)
        return Hint("USERNAME", start + profile.start("handle"), start + profile.end("handle"), 0.85, recognizer)
    if value[:1] == "'" and value[1:2].isdigit() or value[:2] == "'+":
        # a spreadsheet's text marker: Shopify's "'78703" keeps a zip's (or a phone's) leading zero
        start, value = start + 1, value[1:]
    elif value[:1] == "〒":
        start, value = start + 1, value[1:]  # Japan's postal mark before a postcode ('〒980-1048')
    if entity == "PERSON" and value.strip()[:1] == "@" and _leaf_and_parent(field)[0] in _POSTER_FIELDS and \
            _SHAPES["USERNAME"].fullmatch(value.strip()):
        # a poster given by handle ('@techguy', YouTube's authors): the mention's form, '@' included
        lead = len(value) - len(value.lstrip())
        return Hint("USERNAME", start + lead, start + lead + len(value.strip()), 0.85, recognizer)
    if entity == "PERSON" and (pronouns := _PRONOUNS_AFTER.search(value)) is not None and pronouns.start() > 0:
        end, value = start + pronouns.start(), value[:pronouns.start()]  # a display name's pronouns after it
        # ('Jamal (she/her)', 'Oshane he/him'), a fediverse profile's: the name before them
    if entity == "PERSON" and not url_encoded and _DECORATED.match(value) and "Ã" not in value:
        # a chat's display name with an emoji on it ('🎧 Piotr Mazur', 'Agnieszka 🐈'): the name
        deco = _DECORATED.match(value)
        start, end = start + deco.start(1), start + deco.end(1)
        value = text[start:end]
    stripped = value.strip()
    decoded = unquote_plus(stripped) if url_encoded else stripped
    if not url_encoded and "%" in decoded and " " not in decoded and _PERCENT_ESCAPE.search(decoded):
        decoded = unquote(decoded)  # a value its app wrote percent-encoded whole (Trillian's XML log:
        # 'from_display="Reto%20Gisler"', 'from="ursina%5Fc"'): its shape checked as its user typed it
    if "Ã" in decoded or "Â" in decoded:
        decoded = _mojibake_undone(decoded)  # its shape is checked as written before the export garbled
        # it (and no decoration is cut off it: a garbled letter's second half may be a sign, 'KaborÃ©')
    if decoded.lower() in _EMPTY_VALUES or _HASHED_VALUE.fullmatch(decoded):
        return None  # (Vault's audit log writes each secret value as 'hmac-sha256:<hex>')
    leaf = _abbreviation(field) or _leaf_and_parent(field)[0]
    if entity == "SERIAL_NUMBER" and leaf == "sn" and _SURNAME_SHAPED.fullmatch(decoded) and not decoded.isupper():
        entity = "PERSON"  # LDAP's and a directory's surname ('sn': 'Rinaudo', 'de Vries'), no serial
    if (entity == "PERSON" and leaf == "guest" or entity == "LOCATION" and leaf == "pickup") \
            and decoded.islower():
        return None  # a booking's flag or kind where its guest's name or place goes ('guest=yes', 'pickup=true')
    if entity == "LOCATION" and leaf == "address" and _NUMBER_AS_ADDRESS.fullmatch(decoded):
        entity = "PHONE_NUMBER"  # a text message's address is its party's number (SMS Backup &
        # Restore's <sms address="09159383602">, Android's): no place is seven digits or more alone
        if _TOLL_FREE.fullmatch(decoded.strip()):
            return None  # (a business's free line: a contact center's own 'SystemEndpoint', Amazon Connect's)
    if entity == "LOCATION" and decoded.upper() in _WORLD_REGIONS and leaf in ("region", "continent", "georegion",
                                                                                "continentcode", "salesregion"):
        return None  # a continent's or a sales region's code (AppsFlyer's region 'EU'): where millions are
    if entity == "LOCATION" and decoded[:1] == "0" and not decoded.strip("0- "):
        return None  # a form's placeholder postcode ('00000', a payment's where none was asked for)
    if entity == "LOCATION" and leaf in ("location", "site") and (home := _HOME_LABEL.match(decoded)) is not None \
            and len(decoded) - home.end() > 3 and value == decoded:
        # a remote worker's home after its label ('WFH – Masaka Road, Ruharo, Mbarara', 'Home office: Apt C10,
        # Jacaranda Court, ...'): the address after it is theirs
        return Hint("LOCATION", start + home.end(), end, 0.85, recognizer)
    if entity == "LOCATION" and (decoded.lower() in _STATUS_WORDS or _AN_ENUMS_NAME.fullmatch(decoded)):
        return None  # a record's status in a column named as a region is ('Estado': 'Left', Portuguese's
        # state and status both), or an API's enum ('state': 'PENDING_APPROVAL')
    with_firm = _NAME_WITH_FIRM.fullmatch(stripped) if entity in ("PERSON", "USERNAME") and not url_encoded else None
    if with_firm and (entity == "PERSON" and _is_full_name(with_firm["name"])
                      or _ROLE_IN_PARENS.fullmatch(with_firm["firm"].strip()) and _ONE_NAME.fullmatch(with_firm["name"])
                      and with_firm["name"][:1].isupper() and not _is_generic_name(with_firm["name"])) \
            and not _names_a_thing(with_firm["name"]):
        # a person and their firm: Calendly's 'Alessandro Ferrara (Driftwood Analytics)'; or a
        # first name and the desk it speaks for, a name or a nickname (Sendbird's 'Ravi (Support)')
        lead = len(value) - len(value.lstrip())
        return Hint("PERSON", start + lead, start + lead + with_firm.end("name"), 0.85, recognizer)
    agent = _AGENT_OF_FIRM.fullmatch(stripped) if entity in ("PERSON", "USERNAME") and not url_encoded else None
    if agent and all(w[:1].isupper() for w in agent["name"].split()) and not (
            _is_generic_name(agent["name"]) or _names_a_thing(agent["name"])
            or _ROLE_IN_PARENS.fullmatch(stripped[agent.end("name"):].strip(" -–|·"))):
        # a support agent's display name: 'Margaux from Roamly', 'Tom at Acme', 'Ankita - Kaju
        # Cart' (a live chat's, a help desk's): the person, not the firm ('Kaju Cart - Support'
        # is the firm's desk)
        lead = len(value) - len(value.lstrip())
        return Hint("PERSON", start + lead, start + lead + agent.end("name"), 0.85, recognizer)
    if entity == "PERSON" and not _OWNERS_MACHINE.fullmatch(decoded) and (  # (a device its owner named, a machine's:
            # 'elenas-honor', see below)
            _leaf_and_parent(field)[1] in _PERSON_PARENTS and (
            _HANDLE_SHAPED.fullmatch(decoded) or leaf == "name" and _LOWER_LOGIN.fullmatch(decoded)
            or leaf == "name" and field.lower().endswith("user.name") and _SHORT_LOWER_LOGIN.fullmatch(decoded))
            or leaf in _AUTHOR_FIELDS and _LOWER_LOGIN.fullmatch(decoded)
            or leaf in _STAFF_FIELDS and _STAFF_LOGIN.fullmatch(decoded)
            or leaf == "from" and not _leaf_and_parent(field)[1] and recognizer != "query_parameter"
            and _STAFF_LOGIN.fullmatch(decoded) and not _RELATIVE_TIME.fullmatch(decoded)):  # (a chat log's sender by its handle: Trillian's 'from="aimhof"';
        # not a URL's 'from=now-6h')
        # a poster's name that is a handle (Lemmy's creator.name: 'tux-goblin', 'cron_guy'), or
        # a login in lower case where a person object's 'name' is its login (Jira's author.name:
        # 'vjankauskas', beside its displayName; a name in a 'name' field is capitalized)
        entity = "USERNAME"
    attention = _ATTENTION.fullmatch(stripped) if entity == "LOCATION" and not url_encoded else None
    if attention and (_is_full_name(attention["name"]) or attention["title"] and _ONE_NAME.fullmatch(
            attention["name"]) and attention["name"][0].isupper()) and not _names_a_thing(attention["name"]):
        # an address line for someone ('t.a.v. Kim Bouzid'): the person, no place
        lead = len(value) - len(value.lstrip())
        return Hint("PERSON", start + lead + attention.start("name"), start + lead + len(stripped), 0.85, recognizer)
    if entity == "LOCATION" and (leaf in _COORDINATE_NAMES or leaf.endswith(("latitude", "longitude"))
                                 or _is_coordinate(decoded)):
        if not _is_coordinate(decoded, leaf):
            return None  # a lat or gps field of no coordinate: nothing to say
    elif entity == "LOCATION" and leaf in ("cc", "ccode"):
        if not _COUNTRY_CODE.fullmatch(decoded):
            return None  # a mail's 'CC' of addresses (the patterns'), a card's number
    elif entity == "LOCATION" and (_names_a_postcode(field, leaf) or leaf in ("cap", "cp")):
        if not _POSTCODE.fullmatch(decoded) or leaf in ("cap", "cp") and not _CAP.fullmatch(decoded):
            return None
    elif entity == "LOCATION" and _HOUSE_NUMBER.fullmatch(decoded) and _names_a_house_number(leaf):
        pass  # a house's number in its own column (OTTO's 'Hausnummer': '94', '12a', '3-5'; Adyen's
        # 'Billing House Number / Name': '208')
    elif entity == "LOCATION" and leaf in _HOUSE_NUMBER_NAMES and decoded.strip().lower() in _NO_NUMBER:
        return None  # Brazil's and Spain's 'S/N': no number
    elif entity == "LOCATION" and leaf in _HOUSE_NUMBER_ADDITION_NAMES and len(decoded) <= 12:
        pass  # (a single letter is one)
    elif entity == "LOCATION" and _FLAT.fullmatch(decoded) and (leaf[-1:] == "2" or leaf.endswith("extendedaddress")):
        pass  # a flat's number alone on an address's second line ('Address line 2': '#13C')
    elif entity == "PERSON" and leaf.endswith("name") and leaf[:-4] in _POSTER_NAMES and _FORUM_HANDLE.fullmatch(decoded):
        entity = "USERNAME"  # a forum's poster by a handle where the name goes (ElkArte's and SMF's 'poster_name':
        # 'gallant88'): a login's shape, lower case with a digit, an '_' or a '.', no name
    elif entity == "USERNAME" and _BARE_MAC.fullmatch(decoded):
        entity = "HARDWARE_ID"  # MAC authentication: a device's user name is its MAC (RADIUS)
    elif entity == "HARDWARE_ID" and leaf in _PUSH_TOKEN_NAMES and _PUSH_TOKEN.fullmatch(decoded):
        pass  # a push token: APNs' 64 hex digits (the shape's), FCM's registration token, a web push's
    elif entity in ("USERNAME", "PERSON") and _TIBETAN_NAME.fullmatch(decoded):
        entity = "PERSON"  # a Tibetan or a Dzongkha name, its syllables joined by the tsheg: no login (and a name
        # in a name's field, which the shapes' check below would take for no name: '"name":"ཚེ་རིང་དབང་མོ"')
    elif entity == "HARDWARE_ID" and _a_guid_in_base64(decoded):
        pass  # a machine's GUID in base64, as RustDesk's server keeps a peer's 'uuid' (Windows' MachineGuid)
    elif entity == "PHONE_NUMBER" and sum(c.isdigit() for c in decoded) == 5 and (
            leaf in _MESSAGE_PARTIES or not _SHORT_CODE_WORDS.isdisjoint(_last_words(field))):
        return None  # five digits where a message's party goes: a short code's (Kannel's 'to:98765'), no one's line
    elif not _SHAPES[entity].fullmatch(decoded) and not (entity == "HOSTNAME" and _owner_and_device(decoded)) \
            and not (entity == "PERSON" and _CHIP_NAME.fullmatch(decoded) and _leaf_and_parent(field)[0] in _CARDHOLDERS):
        if entity != "USERNAME" or not _is_full_name(decoded) or leaf in _NO_PERSON_USER_FIELDS and not (
                leaf == "accountname" and _payments_account(field)):
            return None
        entity = "PERSON"  # a user or customer column holding "Ana Souza": a name, not a login
    elif entity == "USERNAME" and (leaf in ("nick", "nickname", "user", "profilename") or leaf.endswith("by") and len(decoded) >= 3) \
            and decoded.isalpha() and decoded.istitle() and not _is_generic_name(decoded):
        entity = "PERSON"  # a comment's nick as its writer typed it, a first name ('Tuyeni'; Twikoo's), or
        # a card's requester's ('Requested by': 'Jennylyn', Wekan's), a payment's 'User' (Easy Digital Downloads':
        # 'Paulius'), a chat's profile name (WhatsApp's, as Amazon Lex's session keeps it: 'Agnes'): a handle is
        # written in lower case or
        # with digits ('tuyeni_n')
    if entity == "PERSON" and leaf in ("from", "actor", "owner", "proprietaire") and not _is_full_name(decoded) \
            and not _JOINED_LOGIN.fullmatch(decoded):
        if leaf in ("owner", "proprietaire") and _HAN_OR_HANGUL_NAME.fullmatch(decoded):
            pass  # a Han or a Hangul name, written without a blank ('林俊傑', '윤성민', '井上恵')
        elif leaf in ("owner", "proprietaire") and _OWNER_LOGIN.fullmatch(decoded):
            entity = "USERNAME"  # an owner by their login (an IPAM's 'owner': 'hsinyi96')
        else:
            return None  # a route's 'from' ('Berlin'), a currency's ('USD'): a name takes two words (a
            # help desk's 'Owner' of 'deak.marton' is a login: below)
    if entity == "USERNAME" and leaf == "profile" and (not _LOWER_HANDLE.fullmatch(decoded) or _is_generic_name(decoded)
                                                       or _RESOURCE_PROFILE.fullmatch(decoded)):
        return None  # a profile's name that is no handle: an MDM's 'Default', 'Corporate WiFi'; a server's size or
        # kind (JupyterHub's 'profile=gpu-a100-1g', 'cpu-small', 'r-studio')
    if entity == "USERNAME" and _leaf_and_parent(field)[1] in _ROLE_PARENTS:
        return None  # CloudTrail's sessionIssuer.userName is the role a session assumed
    if entity == "USERNAME" and "://" in decoded:
        return None  # a profile's URL in a network's column: its handle is social_profile's to find
    if entity in ("USERNAME", "PERSON") and "." in decoded[-6:] and _FILE_NAME.fullmatch(decoded):
        return None  # an attachment's file name where a name goes (Highrise's '<attachment><name>IMG_4471.jpg')
    if entity == "USERNAME" and decoded.endswith("$"):
        return None  # a computer's account ('CORP\\CRV-LT-0877$'): the machine's, hostname.py's to find
    if entity == "USERNAME" and _EMAIL_SHAPED.fullmatch(decoded) and not names_a_fediverse_account(field) \
            and not _PRIVATE_REALM.search(decoded):  # (a login and its network's realm: 'zhulin.nj@hy.local')
        return None  # a login that is an address ('ocostello@corp.example.co.uk'): the e-mail recognizer's (a
        # fediverse account's 'user@instance' is a handle: engine.Detector._finish keeps it over the address)
    if entity == "USERNAME" and _BARE_VERSION.fullmatch(decoded):
        return None  # a version alone where a login's name goes (an agent's 'agent=2.4.7'), no one's
    if entity == "USERNAME" and _VERSIONED.search(decoded):
        return None  # a software agent's name and version ('GLPI-Agent_v1.7.3' in an 'Agent' column)
    if entity == "USERNAME" and _BARE_E164.fullmatch(decoded.removeprefix("+")) \
            and _a_mobiles_number("+" + decoded.removeprefix("+")):
        # a user's id that is their mobile's number in E.164 without its '+', as apps that sign
        # up by phone key their users (Sendbird's user_id '917688274160', WhatsApp's wa_id)
        lead = len(value) - len(value.lstrip())
        return Hint("PHONE_NUMBER", start + lead, start + lead + len(stripped), 0.85, recognizer)
    if entity == "USERNAME" and (_NATIONAL_NUMBER.fullmatch(decoded) and 10 <= sum(c.isdigit() for c in decoded) <= 11
                                 or _NANP_NUMBER.fullmatch(decoded)):
        # or in its country's own way, its trunk '0' first ('0114-097-563', '07700900985': Branch's
        # developer_identity of an app whose users sign up by phone), or North America's ('(415)555-0180')
        lead = len(value) - len(value.lstrip())
        return Hint("PHONE_NUMBER", start + lead, start + lead + len(stripped), 0.8, recognizer)
    if entity in ("USERNAME", "HOSTNAME") and is_generated_id(stripped):
        # numeric ids, UUIDs and random tokens are not names (Kubernetes' objectRef.uid,
        # Zeek's connection uid 'CDX7qRd5c40zTsIn7K', AWS's userId 'AIDA7FXAB064R1GZAZMZ4',
        # Auth0's 'google-oauth2|1312...', 'auth0|6be7...')
        return None
    if entity == "USERNAME" and _ID_LEAF_TOKEN.fullmatch(stripped) and (
            _leaf_and_parent(field)[0] in _ID_LEAVES or _leaf_and_parent(field)[1] in _ID_LISTS):
        return None  # an app's id of a user where a login may go too, its digits inside it (Misskey's
        # 'user.id', 'userId' and 'mentions': '9kz5igpspbgouick'); a login's digits end it ('omari592')
    if entity == "USERNAME" and 8 <= len(stripped) < 16 and _mixed_case_id(stripped) and (
            _leaf_and_parent(field)[0] in _ID_LEAVES or _leaf_and_parent(field)[0].endswith("userid")):
        return None  # a short generated id in a user's id field, its cases mixed at random (OpenPhone's 'userId':
        # 'USsrIi4rKU', 'createdByUserId'); a login's capitals start its words ('JohnSmith')
    if leaf == "screenname" and (decoded[:1].isupper() and decoded[1:].islower() and decoded.isalpha()
                                 or "$screen_name" in field or _APP_SCREEN.fullmatch(decoded)):
        return None  # an app's screen ('Home', 'Cart', 'InvoiceDetailView'; an analytics SDK's reserved
        # '$screen_name'), where a handle is 'jack' or 'BarackObama'
    if entity == "USERNAME" and (leaf.endswith("id") and (_PREFIXED_NUMBER.fullmatch(decoded)
                                                          or _BASE36_NUMBER.fullmatch(decoded))
                                 or ("_" in decoded or "-" in decoded) and _TYPED_NUMBER.fullmatch(decoded)):
        return None  # a user's record id ('u_14588', 'usr-20931', Stripe's style 'cus_49253', Countly's '26a'):
        # a number, no login
    if entity == "USERNAME" and _CAPS_REFERENCE.fullmatch(decoded):
        return None  # a shop's reference in capitals and digits ('SHOPPER-00412'), no login
    if entity == "USERNAME" and (decoded.lower() in _PARTY_ROLES or _PHP_SERIALIZED.fullmatch(decoded)):
        return None  # a help desk's thread 'created_by' a role ('customer', 'agent': UVdesk's), a
        # PHP array Doctrine serialized into a column ('a:0:{}'): no one's login
    auth = _AUTH_DISPLAY_NAME.fullmatch(decoded) if entity == "PERSON" else None
    if auth is not None:
        # Vault's display name: the auth method, then its login ('ldap-hfalk'); a machine's
        # (approle, kubernetes service accounts) or an address (the e-mail recognizer's) is none
        if auth["method"].lower() not in _PEOPLE_AUTH_METHODS or "@" in auth["login"]:
            return None
        lead = len(value) - len(value.lstrip())
        return Hint("USERNAME", start + lead + auth.start("login"), start + lead + auth.end("login"), 0.6, recognizer)
    if entity == "PERSON" and "-" in decoded and " " not in decoded and any(c.isdigit() for c in decoded) \
            and _SERVER_ROLE.search(decoded.partition(".")[0]):
        return None  # a server's name where a name goes (an asset's 'Display Name': 'prd-sql-02-2'): no one's
    if entity == "PERSON" and _OWNERS_MACHINE.fullmatch(decoded):
        # a device inventory's 'Name' of 'rachel-novak-pc': its owner's machine
        lead = len(value) - len(value.lstrip())
        return Hint("HOSTNAME", start + lead, start + lead + len(stripped), 0.6, recognizer)
    if entity == "PERSON" and (_MACHINE_NAME.fullmatch(decoded) or _KIND_FIRST_OWNERS_MACHINE.fullmatch(decoded)):
        # an inventory's 'name' or 'Asset Name' of 'LT-BER-0006': a machine's, not a person's
        lead = len(value) - len(value.lstrip())
        return Hint("HOSTNAME", start + lead, start + lead + len(stripped), 0.6, recognizer)
    if entity == "PERSON" and (_names_a_thing(decoded) and not _a_given_name_in_its_column(field, decoded)
                               or _IDENTIFIER_WORDS.fullmatch(decoded)):
        return None  # an audit log's 'displayName' of an app, a policy or a rule (Okta's targets)
    if entity == "PERSON" and (_CONSTANT.fullmatch(decoded) or leaf == "name" and decoded in _LIFECYCLE_EVENTS):
        return None  # an event's 'name' (Branch's, an analytics tool's): a constant's ('ADD_TO_CART'),
        # an app's lifecycle's ('OPEN', 'REINSTALL'); an app's own in snake case ('loan_application_submitted')
        # is a handle's shape too ('the_real_michal')
    if entity == "PERSON" and (_leaf_and_parent(field)[1] in _THING_PARENTS or _is_generic_name(decoded)
                               and not (leaf in _NAME_PART_LEAVES and decoded.isalpha() and decoded.istitle()
                                        and not _is_salutation(decoded))):
        # a reaction's, a channel's or a team's display name ('Like', 'Town Square'); a
        # chat's bot or role where its author's name goes ('Operator'); a name's part in its own column is a name
        # whatever else the word is ('Middle Name': 'Mae', a Filipino middle name, Central America's 'dude' too)
        return None
    if entity in ("PERSON", "USERNAME") and decoded.islower() and " " not in decoded \
            and any(part in _SCHEMA_WORDS for part in decoded.split("_")):
        return None  # a field's or a column's own name where a 'name' goes (a tracker's form in Tuleap's
        # export: '<name>submitted_by</name>', 'telefono_contacto', 'severity'), no one's login
    if entity == "USERNAME" and decoded[:1] == "#":
        return None  # a chat's channel as a message's sender (Instantbird's topic line: '"who":"#baltic-homelab"')
    if entity == "PERSON" and leaf == "name" and _KEBAB_NAME.fullmatch(decoded):
        return None  # a program's or a service's name in lower case, its words joined by '-' (a Bunyan logger's
        # 'name': 'liyu-api'; a deployment's 'payment-service'): a person's is capitalized ('Jean-Luc')
    if entity == "PERSON" and leaf in _CHAT_NICK_FIELDS and _LOWER_NICK.fullmatch(decoded) \
            and not _is_generic_name(decoded):
        entity = "USERNAME"  # a chat log's speaker by the nick they chose (Gajim's logs.contact_name: 'salmah',
        # 'idir_fix'): in lower case, one word, a login's as a chat room shows it
    if entity == "PERSON" and (leaf in _POSTER_FIELDS or (" " not in decoded and _JOINED_LOGIN.fullmatch(decoded))) \
            and _is_handle(decoded) \
            and not _REDDIT_THING.fullmatch(decoded):
        # (Reddit's own 'name' of a comment or a post, 't1_kv0ysa1', is its id)
        entity = "USERNAME"
    if entity == "PERSON" and any(c.isdecimal() for c in decoded):  # (not Messenger's mojibake 'WÃ³jcik')
        # no one's name has digits: a 'name' or an 'Asset Name' holding 'LAPTOP-8F3K2J' is a
        # machine's (the hostname recognizer's to say), 'Room 4.12' a room's
        return None
    if entity == "LOCATION" and (decoded.lower().strip(" .!") in _NO_PLACE or _CLOUD_REGION.fullmatch(decoded)
                                 # (or as its console names it: Azure's 'Southeast Asia', 'East US 2')
                                 or " " in decoded and _CLOUD_REGION.fullmatch(decoded.lower().replace(" ", ""))
                                 or _A_CALL.match(decoded)
                                 or _HEX_ID.fullmatch(decoded) or is_random_token(decoded)
                                 or "#All " in decoded or _PATH_OR_IDENTIFIER.fullmatch(decoded.strip())
                                 or _CONSTANT.fullmatch(decoded.strip())):
        # 'Remote'; a cloud's region; an OAuth 'state' parameter's random value; a tree of
        # groups from its root (Cisco ISE's 'Location#All Locations#RTM-HQ': a site's); a
        # file or a module where a log's 'location' is the source of its line (Wazuh's
        # '/var/log/auth.log', 'vulnerability-detector')
        return None
    if entity in ("PERSON", "USERNAME") and decoded.strip().lower() in _NO_ONES_STATES:
        return None  # a tracker's word where its person would be (ZenTao's bug export: '指派给' = 'Closed' once the
        # bug is closed), no one's name
    if entity == "LOCATION" and decoded.lower() in _PLACE_KINDS:
        return None  # a number's or an address's kind where its place's column is (Blesta's contact_numbers
        # 'location' enum: 'home', 'work', 'mobile'), no place
    if entity == "LOCATION" and _is_site_code(decoded):
        return None  # an office's code for its floor, room or store ('NBO-HQ-4F', 'DAR-MEETING-RM1',
        # 'KGL-STORE': an asset register's 'location'), the firm's
    if entity == "LOCATION" and leaf == "location" and (_OWNERS_MACHINE.fullmatch(decoded)
                                                        or _MACHINE_NAME.fullmatch(decoded)):
        # an endpoint's 'location' that is its name (Sophos Central's: 'ingrid-laptop'): a machine's
        if _SERVER_ROLE.search(decoded.partition(".")[0]):
            return None
        lead = len(value) - len(value.lstrip())
        return Hint("HOSTNAME", start + lead, start + lead + len(stripped), 0.6, recognizer)
    if entity == "LOCATION" and leaf in ("region", "zone") and _leaf_and_parent(field)[1] == "labels":
        return None  # a Kubernetes object's label ('metadata.labels.region': 'wdh'): a cluster's, no one's
    if entity == "LOCATION" and leaf in ("location", "site") and (_REMOTE.match(decoded) or _has_thing_word(decoded)):
        return None  # an office's or a remote worker's place ('Chicago HQ - 5th Floor', 'Remote - EU'): the firm's
    if entity == "LOCATION" and "country" in leaf and len(decoded) <= 3 and any(c.isdigit() for c in decoded):
        return None  # GeoIP's codes for no country: Sophos' 'R1' (reserved), MaxMind's 'A1' (a proxy)
    if entity == "LOCATION" and _NOT_A_REGION.fullmatch(decoded.strip()) and not (
            len(decoded.strip()) == 2 and decoded.strip().isupper()) and (  # 'ON' is Ontario, 'On' a status
            set(_last_words(field)) & _AMBIGUOUS_PLACE_WORDS):
        return None  # a record's state ('In use') or a sales or cloud region, not a place
    if entity == "LOCATION" and len(decoded.strip()) > 3 and decoded == decoded.lower() and not decoded.isdigit() \
            and set(_last_words(field)) & _AMBIGUOUS_PLACE_WORDS:
        return None  # a message's state in lower case as an API writes it (Mandrill's 'state': 'sent',
        # 'soft-bounced', 'deferred'): a place's name is capitalized (a code's, 'ca', is short)
    if entity == "HARDWARE_ID" and (not decoded.strip("0-:{}.") or _ANDROID_PLACEHOLDER_MAC.fullmatch(decoded)
                                    or decoded.upper() in _PLACEHOLDER_UUIDS):
        return None  # the nil UUID, a zero MAC: an id no device has (an opted-out advertising id); the
        # MAC Android tells apps for any device's Wi-Fi (an MDM's 'Wi-Fi MAC Address': '02:00:00:00:00:00');
        # the SMBIOS UUID a board's firmware ships with, on every machine of that board
    if entity == "HOSTNAME" and (decoded.lower() in _NO_MACHINE or _SERVER_ROLE.search(decoded.partition(".")[0])
                                 and not _WORKSTATION_MARK.search(decoded.partition(".")[0])  # (a site's letters
                                 # before a PC's word: 'ORA-PC-AMOKRANEZ' is Oran's PC, no Oracle server)
                                   or _PHONE_MODEL.fullmatch(decoded)  # a model's code (an analytics
                                   # SDK's device_name: 'SM-A145F'), everyone's of that model
                                   or "." in decoded and (
            leaf == "host" or decoded[:4].lower() == "www." or _leaf_and_parent(field)[1] in _SITE_PARENTS
            or leaf == "fqdn" and _INTERNAL_DOMAIN.search(decoded) is None  # a firewall's site visited (not an
            and not _owners_machine_label(decoded.partition(".")[0])  # inventory's 'WHGLT1103.whg.local')
            or _IP_LITERAL.fullmatch(decoded))):
        # a bare 'host' names a machine when it is one label ("WKS-BERLIN-042"); dotted,
        # it is a site (the Host header, a site's www. name, a page's host) or an address
        # (Traefik's ClientHost), left to the other recognizers
        return None
    lead = len(value) - len(value.lstrip())
    if entity == "LOCATION" and recognizer in _INNER_RECOGNIZERS and "," in stripped and names_a_street_line(field):
        recognizer = STREET_LINE  # a statement's, a member's or a key's street line, whole (see engine._pieces)
    return Hint(entity, start + lead, start + lead + len(stripped), 0.85, recognizer)


# A street line's value inside a record ('address1' in a SQL statement: 'Section 104 Lot 21,
# Waigani'): one line, whatever commas are in it, as a street line's column is
STREET_LINE = "street_line"
_INNER_RECOGNIZERS = frozenset({"sql_column", "json_member", "key_value", "xml_element", "html_markup"})


# A value that is one date or timestamp and nothing else (an export's event_time
# column): its digit groups look like phone and card numbers to the recognizers' regexes.
_WHOLE_TIMESTAMP = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
# The same in ASCII digits, anchored, for polars (Detector.inert): polars' \d is Unicode, as
# Python's is, but that screen must never call a value a timestamp the record path does not.
WHOLE_TIMESTAMP_ASCII = "^" + _WHOLE_TIMESTAMP.pattern.replace(r"\d", "[0-9]") + "$"


# --- analysis -----------------------------------------------------------------------------


# A Received header's receiving host by its address, on the header's line or the next
# The first hop of a mail's Received header, a machine's name without a domain: the sender's
# own computer ('Received: from sophiet-hp ([98.251.85.134])'); a server names itself by its FQDN
_RECEIVED_FROM = re.compile(r"Received: from (?P<host>[A-Za-z0-9][A-Za-z0-9_\-]{1,62})[ \t]+\(")
_RECEIVED_BY = re.compile(r"(?:Received:)?[ \t]+by[ \t]+\[?(?P<ip>[0-9A-Fa-f:.]{7,45})\]?[ \t]+with\b")
_IP_TYPES = frozenset({"IP_ADDRESS"})
_GROUP_OR_TEAM = re.compile(r'(?<=\bGoogle Groups ")[^"\n]{1,120}(?=" group)'
                            r"|(?:(?<=\bLanguage-Team:)|(?<=\bReport-Msgid-Bugs-To:))[^\n]{1,200}")
_GROUP_TYPES = frozenset({"PERSON", "LOCATION", "EMAIL_ADDRESS", "USERNAME"})


def _groups_and_teams(text: str) -> tuple[Suppression, ...]:
    """A group's name in Google Groups' footer ('subscribed to the Google Groups "OpenMap
    Africa" group'), a translation's team and its list in a PO file's header ('Language-Team:
    Rusyn <rue@li.org>'): no one's, in a line or a post's body."""
    if 'Groups "' not in text and "Language-Team:" not in text and "Report-Msgid-Bugs-To:" not in text:
        return ()
    return tuple(Suppression(_GROUP_TYPES, *m.span()) for m in _GROUP_OR_TEAM.finditer(text))
_MESSAGE_ID_HEADER = re.compile(r"(?i)(?:message-id|in-reply-to|references|archived-at|resent-message-id):")
_MESSAGE_ID_TYPES = frozenset({"EMAIL_ADDRESS"})
_MESSAGE_ID_HOST = re.compile(r"(?<=@)(?P<host>[A-Za-z][A-Za-z0-9\-]{1,62})(?=>)")
# Hypermail's page keeps its message's ids in comments ('<!-- id="CA...@mail.gmail.com" -->',
# '<!-- inreplyto="..." -->')
_HYPERMAIL_ID = re.compile(r"\s*<!-- (?:id|inreplyto|isoreceived|sent)=\"")
# and its sender's name ('<!-- name="Grace Dubois" -->')
_HYPERMAIL_NAME = re.compile(r'<!-- name="(?P<name>[^"<>]{1,200})" -->')
# A page's meta element, its content named by its name ('<meta name="Author" content="Grace Dubois">')
_HCARD_NAME = re.compile(r'class="fn"[^<>]{0,80}>([^<>]{1,80})</')
_HTML_META = re.compile(r'\s*<meta\s+name="(?P<name>[\w.:\-]{1,64})"\s+content="(?P<value>[^"<>]{1,500})"', re.I)


_SHEET_CELL = re.compile(r"\s*<Cell\b[^<>]*><Data\b[^<>]*>(?P<value>[^<&]+)</Data></Cell>\s*")


# MHonArc's sender header in ROT13: a name, then its address in angle brackets
_ROT13_SENDER = re.compile(r"X-From-R13: (?P<name>[^<>\n]*?)[ ]*<(?P<address>[^<>\s@]+@[^<>\s@]+\.[A-Za-z]{2,})>")


# CockroachDB's redaction markers around a value it calls sensitive: blanks, as views.py
# makes them for the recognizers (same length: offsets hold); a key's value in them, quotes
# ('user=‹jdoe›' as 'user="jdoe"': a value that starts after its '=')
_REDACTION_MARKS = str.maketrans("‹›", "  ")
_MARKED_VALUE = re.compile(r"(?<==)‹([^‹›'\"\s]*)›")


def _unmarked(text: str) -> str:
    return _MARKED_VALUE.sub(lambda m: f'"{m.group(1)}"', text).translate(_REDACTION_MARKS)


# A vCard's properties (RFC 6350), on their lines or after a dump's escaped line ends ('\\n'): the
# formatted name, the name's family and given parts, a phone's number and WhatsApp's id of it before the colon
# ('TEL;waid=50496735388:9673-5388'); its e-mail is the recognizer's
_VCARD_LINE = r"(?:^|\n|\\n|(?<=['\"]))(?:item\d{1,3}\.)?"
_VCARD_FN = re.compile(_VCARD_LINE + r"FN(?:;[^:\n\\]{0,80})?:(?P<v>[^\r\n\\;]{2,80})")  # (a line's CR, vCard's CRLF, not
# part of the name)
_VCARD_N = re.compile(_VCARD_LINE + r"N(?:;[^:\n\\]{0,80})?:(?P<family>[^;\n\\]{0,60});(?P<given>[^;\n\\]{0,60})")
_VCARD_TEL = re.compile(_VCARD_LINE + r"TEL(?:;[^:\n\\]{0,80}?(?:waid=(?P<w>\d{6,15}))?[^:\n\\]{0,40})?:(?:tel:)?"
                        r"(?P<v>\(?\+?[\d\s().\-]{5,24}\d)")


def vcard_hints(text: str) -> list[Hint]:
    """A vCard's name, its parts and its phones, by their properties."""
    out = [Hint("PERSON", *m.span("v"), 0.85, "vcard") for m in _VCARD_FN.finditer(text) if m.group("v").strip()]
    for m in _VCARD_N.finditer(text):
        out += [Hint("PERSON", *m.span(g), 0.85, "vcard") for g in ("family", "given") if m.group(g).strip()]
    for m in _VCARD_TEL.finditer(text):
        out += [Hint("PHONE_NUMBER", *m.span(g), 0.85, "vcard") for g in ("w", "v") if m.group(g)]
    return out


def analyze_structure(text: str, field: str | None) -> Structure:
    """Structural hints and suppressions for one record, in its raw offsets. A record with JSON's string
    escapes is read with them decoded (a log line's context as PHP writes it: '"nachname":"\\u015eahin"')."""
    if "\\" in text and (view := json_unescaped_view(text)) is not None:
        found = _analyze_structure(view.text, field)
        if not found.hints and not found.suppressions and not found.ner_only_in:
            return found
        return Structure(tuple(Hint(h.entity_type, *view.to_raw(h.start, h.end), h.score, h.recognizer)
                               for h in found.hints),
                         tuple(Suppression(s.entity_types, *view.to_raw(s.start, s.end)) for s in found.suppressions),
                         found.is_log_line, tuple(view.to_raw(s, e) for s, e in found.ner_only_in), found.escaped)
    return _names_over_towns(_analyze_structure(text, field), text)


def _names_over_towns(found: Structure, text: str) -> Structure:
    """A full name in a query's name parameter ('?name=Aisen+Okhlopkov'): no town's inside it, where a first name is
    a town's too (Chile's region Aisén), as a name's column keeps none (see _NO_PLACE_TYPES)."""
    if not found.hints:
        return found
    guards = tuple(Suppression(_NO_PLACE_TYPES, h.start, h.end) for h in found.hints
                   if h.entity_type == "PERSON" and h.recognizer == "query_parameter"
                   and ("+" in text[h.start:h.end] or " " in text[h.start:h.end]))
    return replace(found, suppressions=found.suppressions + guards) if guards else found


# A kin's word and 'of' before a name, as a phone's contact list names a pupil's parent ('Mamá de Yunior', 'Mum of
# Jayden', 'Mãe do Pedro')
_KIN_OF = re.compile(r"(?i:mam[áa]|pap[áa]|mami|papi|t[íi][ao]|abuel[ao]|herman[ao]|espos[ao]|mother|father|mum|mom"
                     r"|dad|m[ãa]e|pai|av[óô])[ ](?:de|of|do|da)[ ](?=[^\W\d_])")
_KIN_FIRST_LETTERS = frozenset("MmPpTtAaHhEeFfDd")


def _analyze_structure(text: str, field: str | None) -> Structure:
    if "‹" in text:
        text = _unmarked(text)
    if field is None:
        m = _COMBINED.match(text)
        if m:
            return _access_log_structure(text, m)
        if "|" in text[:4] or "\r" in text and "|" in text:
            hl7 = hl7_hints(text)
            if hl7 is not None:
                # a message's segment: a machine record, typed by position (the small model
                # reads 'RSUD_ULIN' and 'CHR' as names)
                return Structure(tuple(hl7), (), is_log_line=True)
        hints = []
        if text[:1].isdigit() and (mqtt := _MOSQUITTO_LINE.match(text)) is not None \
                and _MQTT_MESSAGE.match(text, mqtt.end()):
            # a broker's record: no prose (the small model reads 'SUBACK' as a place)
            return Structure(tuple(mosquitto_hints(text, mqtt.end())), (), is_log_line=True)
        if text[:1] == "[" and text[11:13] == "] " and (nagios := nagios_hints(text)) is not None:
            # a monitoring system's event: its contact and author by their fields
            return nagios
        if text[:5] == "Call " and (cdr := threecx_cdr_hints(text)) is not None:
            # a PBX's call record: typed by position (the small model reads its names as places)
            return Structure(tuple(cdr), (), is_log_line=True)
        if text[4:5] == "/" and text[19:20] == "," and (smdr := avaya_smdr_hints(text)) is not None:
            return Structure(tuple(smdr), (), is_log_line=True)  # (the same, Avaya IP Office's)
        if "BEGIN:VCARD" in text:
            hints += vcard_hints(text)  # a contact card shared in a chat, as a help desk's dump keeps it
        if "^" in text:
            hints += hl7_inline_name_hints(text)
        if text[:6] == "author" or "[[~" in text:
            hints += pmwiki_hints(text)  # a wiki's authors (PmWiki's page file)
        if "_<" in text and (sender := _UQUOTED_SENDER.search(text)) is not None:
            # amavisd's log template quotes a header's blanks as '_' ('From: Rosaura_Santiz_<rosaura@...>')
            name = sender.group("name").replace("_", " ")
            if _is_full_name(name) and not _names_a_thing(name):
                hints.append(Hint("PERSON", *sender.span("name"), 0.85, "mail_name"))
        if text.count("|") >= 8 and (post := _YABB_POST.match(text)) is not None:
            hints += yabb_hints(text, post)
        if "address: " in text and "lat" in text:
            hints += geocoded_address_hints(text)
        if text[:2] == "  " and ": " in text and (prop := _INSPECTED_PROPERTY.fullmatch(text)) is not None:
            hints += inspected_property_hints(text, prop)
        if " PID" in text[:80] and " # " in text and (line := _PLAYSMS_LINE.match(text)) is not None:
            hints += playsms_hints(text, line)
        if "[SMSC:" in text or "SMS HTTP-request sender:" in text or "send-SMS request added" in text:
            hints += kannel_hints(text)
        if ("user" in text or "login: " in text) and _CYRUS_PROGRAM.search(text, 0, 120) is not None:
            hints += cyrus_hints(text)
        if ("-c " in text or "--comment" in text or "--gecos" in text or "chfn" in text) and "," in text:
            hints += gecos_hints(text)
        elif text.count(":") >= 6 and (entry := _PASSWD_ENTRY.match(text)) is not None:
            hints += passwd_hints(text, entry)
        if "/api/resource/" in text or "doctype=" in text or "search_value=" in text:
            hints += frappe_hints(text)  # (Frappe's and ERPNext's documents by their doctype, in a request's URL)
        if "?" in text and "=" in text:
            # a URL's query in a line of another format (a load balancer's or a proxy's
            # log, a message): its parameters' names say what their values are
            hints += [h for q in _QUERY_IN_LINE.finditer(text) for h in _query_hints(text, q.start(), q.end())]
        if "&" in text and '"' in text:
            if '="' not in text:
                # a form's body or a query a log quotes apart from its path (Barracuda WAF's
                # '/account/address "name=Stefan+Haddad&street=...&phone=0031+6+42649242"')
                for form in _QUOTED_FORM.finditer(text):
                    hints += _query_hints(text, form.start("form"), form.end("form"))
            elif "query" in text or "qs=" in text:
                # or under its own key (Sophos' 'querystring="email=...&zip=EH4+2WJ"')
                for form in _KEYED_QUERY.finditer(text):
                    hints += _query_hints(text, form.start("form"), form.end("form"))
        if "params={" in text and "=" in text:
            # Solr's request log: its query's parameters in braces, no '?' before them ('path=/select
            # params={q=full_name:"Nour"&rows=10} hits=0')
            for form in _SOLR_PARAMS.finditer(text):
                hints += _query_hints(text, form.start("form"), form.end("form"))
        if text[:1] == "|" and text.count("|") == 3:
            hints += table_row_hints(text)  # a text file's Markdown table's row: '| Owner | Dilovan Şêxo |'
        if "\\" in text:
            # a person's folder in a Windows path a line names ('D:\\Clients\\Simard_Gaetan\\'; not every line
            # with a '/': an access log's, whose search took 1.3 s over 200k lines)
            hints += people_folder_hints(text)
        if "Cannot parse '" in text:
            # a query Lucene could not parse, quoted in its error ("Cannot parse 'full_name:\"Nour': ...")
            for bad in _LUCENE_ERROR.finditer(text):
                hints += lucene_hints(text, bad.start("query"), bad.end("query"))
        if " qstr=" in text:
            query = _CEF_QUERY.search(text)
            if query is not None:
                request = _CEF_REQUEST.search(text)
                hints += _query_hints(text, query.start(), query.end(), request.group() if request else "")
        if "<" in text:
            hints += html_user_hints(text)
            if ('<sender nickname="' in text or '<span class="member">' in text or "<who " in text
                    or "<message time='" in text):
                hints += colloquy_hints(text)
            if "><" in text and ("<[U:" in text or "<STEAM_" in text):
                hints += source_player_hints(text)
        if "Z [" in text and " httpd: " in text:
            hints += nios_audit_hints(text)
        if "] * " in text[:16] or "-!- " in text[:16] or text[:1] == "[" and (
                text[21:22] == " " and text[22:23] in ("→", "⇐", "←", "⇒") or text[9:11] == "] " and "@" in text):
            hints += irc_event_hints(text)
        if text.count(" | ") >= 3:
            hints += device_row_hints(text)
        if "(id:" in text or "invokername=" in text:
            hints += teamspeak_hints(text)
        sip2_sups: tuple[Suppression, ...] = ()
        if "AO" in text and "|A" in text and (sip2 := sip2_hints(text)) is not None:
            hints += sip2[0]  # (a library kiosk's SIP2 message: its patron's fields, and its book's and library's)
            sip2_sups = sip2[1]
        if " => " in text and ("(" in text and (":" in text)):
            hints += murmur_hints(text)
        if "@p0 = " in text:
            hints += nhibernate_hints(text)
        if "SlotSet(key: " in text or "{'entity': '" in text:
            hints += rasa_hints(text)
        if "Hostname[" in text or "Description[" in text or "SNMP: v" in text or "Device is DOWN: " in text:
            hints += cacti_hints(text)
        if "[Whois] " in text:
            hints += whois_hints(text)
        if '" named "' in text or ' is "' in text and '" at ' in text:
            hints += syncthing_device_name_hints(text)
        if "-0x" in text and "@" in text:
            hints += pgbouncer_hints(text)
        if "0x" in text and "igbee" in text:
            hints += zigbee_hints(text)
        if "Item '" in text:
            hints += openhab_item_hints(text)
        if "lientid" in text or "lientId" in text or "lient_id" in text:
            hints += client_id_device_hints(text)
        if ("PROXY." in text or "SOCKS." in text or "PM." in text) and (tp := _3PROXY_USER.search(text, 0, 120)) is not None \
                and tp.group("user") != "-":
            hints.append(Hint("USERNAME", *tp.span("user"), 0.9, "3proxy_user"))
        squid = _SQUID_NATIVE.match(text)
        if squid is not None and squid.group("user") != "-":
            hints.append(Hint("USERNAME", *squid.span("user"), 0.9, "squid_user"))
        if " (" in text and _NAME_IN_BRACKETS.search(text):
            hints += _login_then_name_hints(text)
        if "\tjoomlafailure\t" in text and (jf := _JOOMLA_FAILURE_USER.search(text)) is not None:
            # Joomla's failed logins (plg_system_log with log_username on): the login tried, in brackets and
            # quotes after the message ('... you do not have an account yet. ("ayousafzai")')
            hint = value_hint("username", text, *jf.span("user"), "joomla_failure_user")
            if hint:
                hints.append(hint)
        if "\t" in text[:40] and (tac := _TAC_PLUS_ACCT.match(text)) is not None:
            # tac_plus' accounting file: its NAS, then the login, the line and the remote address (tab-separated)
            hint = value_hint("username", text, *tac.span("user"), "tacacs_user")
            if hint:
                hints.append(hint)
        if "=[" in text:
            hints += ldap_attribute_hints(text)
        elif "AttributeValue{" in text:
            hints += resolved_attribute_hints(text)
        if "filter=" in text or "fqdn=" in text:
            hints += ldap_filter_hints(text)
        if "@carbon.super" in text:
            # a WSO2 user at its super tenant, wherever the record names one ('"AuthenticatedUser" :
            # "moreaur@carbon.super"'): a login, no address ('.super' is no domain's suffix)
            hints += [Hint("USERNAME", *m.span(), 0.8, "wso2_tenant_user") for m in _WSO2_TENANT_USER.finditer(text)]
        if text[:2].isdigit() and "\t" in text[:20] and (moin := _MOIN_EDIT.match(text)) is not None:
            host = value_hint("clienthost", text, *moin.span("host"), "moin_edit_host") \
                if moin.end("host") > moin.start("host") else None
            if host:  # the editor's machine by its name (a workstation's; a server's or an address: none)
                hints.append(host)
        audit = _MARIADB_AUDIT.match(text) if text[:2].isdigit() else None
        if audit is not None:  # (its system accounts, app_shop's and root's, the engine drops)
            hints.append(Hint("USERNAME", *audit.span("user"), 0.9, "mariadb_audit_user"))
            host = value_hint("clienthost", text, *audit.span("host"), "mariadb_audit_host") \
                if audit.end("host") > audit.start("host") else None
            if host:  # the client's machine by its name (a workstation's; a server's or an address: none)
                hints.append(host)
        sups: tuple[Suppression, ...] = ()
        if hints and hints[-1].recognizer == "irc_event" and (mask := _IRC_HOSTMASK.search(text)) is not None:
            # an IRC user's hostmask ('~omar@client-78-100-102-200.ooredoo.qa'): an ident and a host, no address
            sups = (Suppression(frozenset({"EMAIL_ADDRESS"}), *mask.span()),)
        elif "@" in text and ("!" in text or "~" in text or ") [" in text or " has " in text or " is now " in text):
            mask_hints, sups = hostmask_hints(text)
            hints += mask_hints
        if text[19:21] == " [" and text[:2] == "20" or "username(" in text:
            players = factorio_hints(text)
            hints += players
            # (a handle, though the small model reads 'KaLee' or 'YoussefHas' as a person's name or a place)
            sups = (*sups, *(Suppression(_PEOPLE_AND_PLACES, h.start, h.end) for h in players))
        if text[:1] in "MmIiRrAa" and _MESSAGE_ID_HEADER.match(text) or text[:5] == "<!-- " and _HYPERMAIL_ID.match(text):
            # a mail's header of message ids ('Message-ID: <20231004.81714-1-ann@icloud.com>', a list
            # archive's 'Archived-At: <https://lists.sr.ht/~owner/list/<id>>'): an id, whatever
            # address it looks like and wherever else a value like it was found
            sups = (Suppression(_MESSAGE_ID_TYPES, 0, len(text)),)
            # ... but a host without a dot after its '@' is the sender's machine, as a mail client
            # (KMail, Evolution, mutt) names it where no domain is set ('<8524103.zXpJ@LAPTOP-VPLLL6S>')
            hints += [Hint("HOSTNAME", *m.span("host"), 0.85, "message_id_host") for m in _MESSAGE_ID_HOST.finditer(text)
                      if not is_server_name(m.group("host")) and m.group("host").lower() != "localhost"]
        if "<meta " in text[:12] and (meta := _HTML_META.match(text)) is not None \
                and type_for_name(meta.group("name")) in _HINT_BY_NAME:
            hint = value_hint(meta.group("name"), text, *meta.span("value"), "html_meta")
            if hint:  # (an archive page's author, 'Grace Dubois (grace.dubois_at_proton.me)': the name)
                hints.append(hint)
        if 'class="fn"' in text:
            # an hCard's formatted name ('<cite class="sender vcard"><a class="tel" href="tel:+1347..."><span
            # class="fn">Ketly</span>', Google Voice's Takeout): a contact's, as a vCard's FN; 'Me' the owner's
            for m in _HCARD_NAME.finditer(text):
                hint = value_hint("fullname", text, *m.span(1), "hcard_name") if m.group(1).strip().lower() != "me" else None
                if hint:
                    hints.append(hint)
        if text[:11] == '<!-- name="' and (sender := _HYPERMAIL_NAME.match(text)) is not None:
            name = value_hint("author", text, *sender.span("name"), "hypermail_sender")
            if name:  # Hypermail's page: its message's sender
                hints.append(name)
        if "X-From-R13: " in text:
            # MHonArc's archive page keeps its message's sender in ROT13 ('<!--X-From-R13: Wnzrf
            # Ynjfba <wnzrf.ynjfba@cebgba.zr> -->'): undone by anyone, the name and the address still
            sender = _ROT13_SENDER.search(text)
            if sender is not None:
                name = value_hint("author", text, *sender.span("name"), "rot13_sender") if sender.group("name") else None
                hints += [h for h in (name, Hint("EMAIL_ADDRESS", *sender.span("address"), 0.85, "rot13_sender")) if h]
        if text.startswith("Received: from "):
            sender = _RECEIVED_FROM.match(text)
            host = value_hint("clienthost", text, *sender.span("host"), "received_from") if sender else None
            if host:  # the sending client's machine by its own name, no server's FQDN ('from sophiet-hp (...)')
                hints.append(host)
        if "by " in text[:24] and (text.startswith("Received:") or text[:1] in " \t"):
            by = _RECEIVED_BY.match(text)
            if by is not None:  # the receiving server's address ('Received: by 2002:a05:6a10:..'), no one's
                sups = (*sups, Suppression(_IP_TYPES, *by.span("ip")))
        if "CONNECT from [" in text:
            listen = _POSTSCREEN_CONNECT.search(text)
            if listen is not None:  # postscreen's own listening address after the client's ('CONNECT from
                # [202.27.184.102]:46669 to [10.20.0.5]:25'): the mail server's, no one's
                sups = (*sups, Suppression(_IP_TYPES, *listen.span("ip")))
        sups = (*sups, *sip2_sups, *_groups_and_teams(text))
        if text[4:5] == "." and text[:4].isdigit() and (e2g := _E2GUARDIAN.match(text)) is not None:
            # e2guardian's and DansGuardian's access.log (its format 1): the proxy's login, the client's
            # name its reverse lookup gave, and the counts between (size, weight, group, status: no phone)
            e2g_hints, e2g_sups = _e2guardian_hints(text, e2g)
            hints += e2g_hints
            sups = (*sups, *e2g_sups)
        if " => " in text and "[" in text and _MURMUR_LINE.search(text, 0, 40) is not None:
            # a Mumble server's channels, by their names ('to Susitikimas 46[18:2]', '"Tartu kontor[2:0]"'): a
            # room's, no one's name or place
            sups = (*sups, *(Suppression(_PEOPLE_AND_PLACES, *m.span("channel")) for m in _MURMUR_CHANNEL.finditer(text)))
        if text[:10] == "Received: ":
            # a mail's trace header: hosts, addresses, software and a date, no prose (the small model
            # reads a webmail's '(Horde Framework)' as a person)
            return Structure(tuple(hints), sups, is_log_line=True)
        if text.startswith(("SET @", "/*!")) and "@" in text:
            # a SQL dump's session variables ('/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;',
            # 'SET @saved_cs_client = @@character_set_client;'): no one's mention
            sups = (*sups, *(Suppression(_NO_LOGIN_TYPES, *m.span()) for m in _SQL_VARIABLE.finditer(text)))
        if "jabber:" in text or " c2s " in text or "XML on stream" in text or "upload slot for " in text:
            # an XMPP stanza, or a chat server's archive of them (ejabberd's mod_mam table), or
            # its log of a client's session: its addresses are JIDs, logins at a chat server, no
            # mailboxes
            jid_hints, jid_sups = xmpp_jid_hints(text)
            hints += jid_hints
            sups = (*sups, *jid_sups)
        if "jid: " in text or "@meet.jitsi" in text or " (endpoint " in text:
            # Jitsi Meet's (and Prosody's) lines: a user's JID, its login (Jitsi's own XMPP domain, 'meet.jitsi',
            # is no mail domain), and the name a participant joined a room as
            jitsi_hints_, jitsi_sups = jitsi_hints(text)
            hints += jitsi_hints_
            sups = (*sups, *jitsi_sups)
        if "PIN" in text:
            # a conference's or a voicemail's PIN ('PIN 592 414 9589# resolved to room ...'): no phone
            sups = (*sups, *(Suppression(_ID_NOT, *m.span("pin")) for m in _PIN.finditer(text)))
        if ':"' in text and "{" in text and _GO_STRUCT.search(text) is not None:
            go_hints, go_sups = go_struct_hints(text)
            hints += go_hints
            sups = (*sups, *go_sups)
        if "(" in text and (", +" in text or ", 0" in text) or "-> " in text or "→ " in text:
            hints += name_beside_contact_hints(text)
        if "@s.whatsapp.net" in text or "@c.us" in text or "@g.us" in text:
            wa_hints, wa_sups = whatsapp_jid_hints(text)
            hints += wa_hints
            sups = (*sups, *wa_sups)
        if "]: (" in text[:96] and (log_id := _PID_LOG_ID.search(text, 0, 96)) is not None:
            # amavisd's log id, its process's number and the task's ('amavis[3721]: (03721-17)'): a
            # German landline's shape, no phone
            sups = (*sups, Suppression(_ID_NOT, *log_id.span("id")))
        if "[FID:" in text:  # Kannel's message id ('[FID:0667167915]', an SMSC's): no phone
            sups = (*sups, *(Suppression(_ID_NOT, *m.span("id")) for m in _KANNEL_FID.finditer(text)))
        if "0.0.0.0" in text:
            # a key's unspecified address ('srcNAT=0.0.0.0', 'listen: 0.0.0.0:7443'): no address, as an
            # export's cell of it alone (not 0.0.0.0 as a log's client: fail2ban's tests label it so)
            sups = (*sups, *(Suppression(_IP_TYPES, *m.span()) for m in _KEYED_UNSPECIFIED.finditer(text)))
        if "'" in text and _SQL_GATE.search(text):
            hints += sql_hints(text)
        if "?" in text and '"params"' in text:
            hints += positional_params_hints(text)
        if ORM_PARAMETERS in text or SEQUELIZE_EXECUTING in text:
            hints += orm_parameter_hints(text)
        if '":' in text or '" :' in text or '"=>' in text or '" =>' in text or "':" in text:
            hints += json_member_hints(text)
        if "{" in text and (": '" in text or ":'" in text or ': "' in text):
            hints += json_member_hints(text, js=True)
        if "ARGS:" in text:
            hints += modsecurity_hints(text)
        if "name=" in text or "host=" in text:
            hints += split_profile_hints(text)
        if "</" in text:
            hints += xml_element_hints(text)
        if "devname=" in text or "device_name=" in text:
            own = _APPLIANCE_ID.search(text)
            if own is not None:
                # a Fortinet or Sophos appliance's own serial ('devname="osf-fac01"
                # device_id="FAC2KFT23000487"', 'device_name="XGS2100" device_id=X21014T9PQ2M8HB'),
                # wherever the line names it ('System status: ..., serial FAC2KFT23000487'): the
                # logging device's, no one's; so is its name
                at = text.find(own.group("id"))
                while at >= 0:
                    sups = (*sups, Suppression(_DEVICE_ID_TYPES, at, at + len(own.group("id"))))
                    at = text.find(own.group("id"), at + 1)
                name = _APPLIANCE_NAME.search(text)
                if name is not None:
                    sups = (*sups, Suppression(_NO_HOST_TYPES, *name.span("name")))
        if "gp=" in text or "group" in text or "grp=" in text:
            # a user group's name ('usergroupname="Dublin Staff"', Sophos' user_gp): no one's place
            sups = (*sups, *(Suppression(_NO_ONES_TYPES, *m.span("v")) for m in _GROUP_VALUE.finditer(text)))
        if "' set to '" in text:
            set_hints, set_sups = session_variable_hints(text)
            hints += set_hints
            sups = (*sups, *set_sups)
        if "(ST=" in text:
            geo = _CLIENT_GEO.search(text)
            if geo is not None:
                hints += [Hint("LOCATION", *geo.span(g), 0.85, "region_field") for g in ("st", "cc") if geo.group(g)]
        if '" ' in text and (request := _COUNTS_AFTER_REQUEST.search(text)) is not None:
            # an access log's status, bytes and times after its quoted request, in a format no parser here
            # knows (Alibaba Cloud CDN's '"GET https://..." 200 977 1165 MISS'): counts, no phone
            sups = (*sups, Suppression(frozenset({"PHONE_NUMBER"}), *request.span("counts")))
        if '_position "' in text:
            # a game's kill's positions (a Source engine log's '(attacker_position "2134 -970 228")'):
            # a map's coordinates, no phone
            sups = (*sups, *(Suppression(frozenset({"PHONE_NUMBER"}), *m.span(1))
                             for m in _GAME_POSITION.finditer(text)))
        if ": -" in text and "=" in text and _DASH_PAIR_START.search(text) is not None:
            # H3C Comware's and HPE's '-Key=value' pairs glued by their dashes ('STAMGR_DOT1X_LOGIN_SUCC:
            # -Username=zhulin.nj-UserMAC=f0b4-2982-f6aa-BSSID=...'): each value by its key, to the next key
            hints += [h for h in _dash_pair_hints(text) if not any(h.start < o.end and o.start < h.end for o in hints)]
        if text.count(":") >= 3 and text.count("[") >= 3:
            # an SMS gateway's '[from:SJLPAY] [to:9779852094636]' (Jasmin's; Kannel's are read above)
            hints += [h for h in _bracket_pair_hints(text) if not any(h.start < o.end and o.start < h.end for o in hints)]
            sups = (*sups, *(Suppression(_ID_NOT, *m.span("value")) for m in _BRACKET_PAIR.finditer(text)
                             if m.group("value").isdigit() and m.group("name").endswith("id")))  # ('[smpp-msgid:
            # 616703947911959864]': a message's id, no card)
        if text.count(" <") >= 3:
            attributes = radius_attribute_hints(text)
            if attributes is not None:
                return Structure((*hints, *attributes), sups, is_log_line=True)
        if text.count("=") >= 2:
            hints += key_value_hints(text)
            if "thread_id=" in text and " address=" in text:
                # the same table's party: its number ('address=082287930545'), as a text message's
                # 'address' is (value_hint); a place's key elsewhere in a line is skipped
                party = _SMS_ROW_ADDRESS.search(text)
                hint = value_hint("address", text, *party.span(1), "key_value") if party else None
                if hint is not None and hint.entity_type == "PHONE_NUMBER":
                    hints.append(hint)
            if "service_center=" in text or "smsc=" in text or "smsc_address=" in text:
                # a text message's service centre in Android's SMS table as 'adb shell content query'
                # prints it ('Row: 3 _id=..., service_center=+6281100000, ...'), an SMS gateway's log
                # ('sms.in ... from=+85620... smsc=+85620540687'): the carrier's number
                sups = (*sups, *(Suppression(frozenset({"PHONE_NUMBER"}), *m.span(1))
                                 for m in _SERVICE_CENTRE_PAIR.finditer(text)))
        if "' => " in text or '" => ' in text or "] => " in text:
            hints += php_pair_hints(text)
        if " => (" in text:
            hints += arrow_pair_hints(text)
            # (a RADIUS request's realm, 'realm => (corp.local)': a domain's name, no machine's)
            sups = (*sups, *(Suppression(_NO_HOST, *m.span("value")) for m in _ARROW_PAIR.finditer(text)
                             if m.group("name").lower() in ("realm", "domain")))
        if "id=" in text or "Id=" in text or "ID=" in text:
            # a record's number by its key ('msg_id="0201-0001"', WatchGuard's): no phone or card
            sups = (*sups, *(Suppression(_ID_NOT, *m.span("value")) for m in _ID_PAIR.finditer(text)
                             if _is_an_id(m.group("key"))))
        if "=" in text and _DN_GATE.search(text):
            dn_hints, dn_sups = distinguished_name(text)
            hints += dn_hints
            sups = (*sups, *dn_sups)
        if '"MSISDN"' in text:
            # a mobile-money API's party by its kind and its id (MTN MoMo's '"partyIdType":"MSISDN","partyId":
            # "2250553372691"'): a mobile's number in E.164 without its '+'
            hints += [Hint("PHONE_NUMBER", *m.span(1), 0.85, "key_value") for m in _MSISDN_PARTY.finditer(text)]
        if ':"' in text:
            quoted = list(_QUOTED_PAIR.finditer(text)) if text.count(':"') >= 3 else []
            if len(quoted) >= 3:
                # a firewall's 'key:"value";' record (Check Point's Log Exporter): typed by its
                # keys, and a machine's record (the small model reads 'src' and 'dst' as names)
                for m in quoted:
                    if type_for_name(m.group("name")) not in _KEY_VALUE_TYPES:
                        continue
                    both = _NAME_AND_LOGIN.fullmatch(m.group("value"))
                    if both and _is_full_name(both["name"]):
                        # 'user:"Beatriz Nogueira (bnogueira)"': the person and their login
                        at = m.start("value")
                        hints += [Hint("PERSON", at + both.start("name"), at + both.end("name"), 0.85, "key_value"),
                                  Hint("USERNAME", at + both.start("login"), at + both.end("login"), 0.85, "key_value")]
                        continue
                    hint = value_hint(m.group("name"), text, *m.span("value"), "key_value")
                    if hint:
                        hints.append(hint)
                return Structure(tuple(hints), sups, is_log_line=True)
        if "' for profile '" in text and (update := _PROFILE_PROPERTY.search(text)) is not None:
            # SharePoint's profile import, one property a line ('UserProfileImport: updating property
            # 'CellPhone' for profile '0#.w|corp\anna' to '8 (87822) 5-14-30''): the value typed by its
            # property's name, as a column's would be ('SPS-Location': the 'SPS-' is SharePoint's own)
            hint = value_hint(update.group("name").removeprefix("SPS-"), text, *update.span("value"), "profile_property")
            if hint:
                hints.append(hint)
        if text[:5] == "From " and _MBOX_FROM.match(text):
            return Structure(tuple(hints), sups, is_log_line=True)  # an mbox's separator: an address and a date
        if text[:8] == "List-Id:":
            return Structure(tuple(hints), sups, is_log_line=True)  # a mailing list's name and id (RFC 2919:
            # 'List-Id: Rede Saude Komunitaria <saude-komunidade.lists.example.org>'): the list's, no one's
        if text.endswith(" mailing list") and (footer := _LIST_FOOTER.fullmatch(text)) is not None:
            sups = (*sups, Suppression(_NO_ONES_TYPES, *footer.span("name")))  # Mailman's footer, the list's name:
            # 'Linux-CA mailing list', no one's
        if "[" in text and text[:8] == "Subject:" and (tag := _LIST_TAG.match(text)) is not None:
            sups = (*sups, Suppression(_NO_ONES_TYPES, *tag.span("name")))  # (and its subject's tag: 'Subject: Re:
            # [Linux-CA] ...')
        if text.count(": ") >= 5:
            labelled = _labelled_record(text)
            if labelled is not None:
                return Structure((*hints, *labelled), sups, is_log_line=True)
        if text.count(" | ") >= 2 and text.count(": ") >= 2 and starts_like_a_log_record(text):
            hints += _piped_labels(text)  # a logger's message of 'Label: value' parts apart by pipes
        elif ": " in text[24:] and starts_like_a_log_record(text):
            last = _last_label_name(text) if text[-1:].isalpha() else None
            if last is not None:
                hints.append(last)
            hints += _labelled_parties(text, last)
        attribute = _ATTRIBUTE_LINE.match(text) if " = " in text else None
        if attribute is None and ":" in text:
            attribute = (_ALIGNED_LABEL_LINE.fullmatch(text) or _FORMAT_LIST_LINE.fullmatch(text)
                         or _CAPS_LABEL_LINE.fullmatch(text))
        if attribute is not None:
            # one 'Name = value' a line: a RADIUS detail file's, a config dump's; or a header
            # block's 'Visitor Phone   : 0221 161 02 60', aligned (a chat transcript's, a Windows
            # event message's 'Account Name:\t\tjdoe'). A machine record: the small model reads
            # 'Aruba-Essid-Name' and 'Visitor Phone' as places and names. Its value is typed by
            # its name, as a column's would be.
            name = attribute.group("name")
            if type_for_name(name) in _HINT_BY_NAME:
                hint = value_hint(name, text, *attribute.span("value"), "field_name")
                if hint:
                    hints.append(hint)
            value = attribute.group("value") or ""
            if value.count(" ") < 3 or len(_WORD_IN_SENTENCE.findall(value)) < 3:  # not a sentence
                return Structure(tuple(hints), sups, is_log_line=True)
        if ('"' in text or "'" in text) and starts_like_a_log_record(text):
            messages = quoted_messages(text)
            if messages:
                return Structure(tuple(hints), sups, ner_only_in=messages)
        return Structure(tuple(hints), sups) if hints or sups else NO_STRUCTURE
    if text[-1:] == "\n" and field == "log" and text.count("\n") == 1:
        # a container's line as Docker's json-file driver keeps it ('{"log": "...\n", "stream":
        # "stdout", "time": ...}', its newline in the value): read as the program wrote it, an
        # access log's line by its fields, a logger's record as a log line
        return analyze_structure(text, None)
    if text in _NO_ADDRESS:  # an export's 'no address' (a device without Wi-Fi): nobody's
        return _NO_ADDRESS_STRUCTURE
    noisy, url, named = field_roles(field)
    if named and not noisy and _leaf_and_parent(field)[0] == _AMBIGUOUS_AGENT and _USER_AGENT.match(text):
        noisy, named = True, False  # an 'agent' column of user agents
    if noisy or _WHOLE_TIMESTAMP.fullmatch(text):
        hints: list[Hint] = []
        sups = (Suppression(_ALL_TYPES, 0, len(text)),) if noisy and _leaf_and_parent(field)[0] in _SECRET_NAMES \
            else _all_noise(len(text))
    else:
        hints = _query_hints(text, 0, len(text)) if url or "?" in text[:512] and "=" in text else []
        if "<" in text:  # a post's HTML (Discourse's 'cooked', a ticket's html_body)
            hints += html_user_hints(text)
        if "'" in text and _SQL_GATE.search(text):  # a JSON log's statement
            hints += sql_hints(text)
        if " the room" in text:
            hints += room_event_hints(text)
        if text[:1] == "|" or "\n|" in text:
            hints += table_row_hints(text)
        if "/" in text or "\\" in text:
            hints += people_folder_hints(text)
        if "=" in text[1:42] and (pair := _ONE_PAIR.fullmatch(text)) is not None \
                and (_typed_key(pair.group("name")) or type_for_name(pair.group("name")) == "USERNAME") \
                and (hint := value_hint(pair.group("name"), text, *pair.span("value"), "key_value")) is not None:
            # one key=value pair as a list's item (a session recorder's custom variables, Mouseflow's
            # 'variables': ["deviceImei=3561...", "login=hazirul_tengah"]): the value typed by its key
            hints.append(hint)
        if ('":' in text or text.count("=") >= 2) and _leaf_and_parent(field)[0] in _LOG_MESSAGE_LEAVES:
            # a JSON log's message, a program's line as it wrote it: the JSON it quotes and its key=value pairs by
            # their keys (a log drain's 'request body {"customer":{"name":"Juha Nieminen",...}}', 'customer="Priit
            # Kukk" email=...')
            if '":' in text:
                hints += json_member_hints(text)
            if text.count("=") >= 2:
                hints += key_value_hints(text)
        sups = _groups_and_teams(text)
        if named and text[:1] in "WAGVwagv" and _ANONYMOUS_USER.fullmatch(text.strip()):
            sups = (*sups, Suppression(_PERSON_AND_LOGIN, 0, len(text)))  # a chat platform's name for a visitor
            # who gave none ('Web User fe7d54'): no one's, nor 'User fe7d54' a login
        if field is not None and _leaf_and_parent(field)[0] in _NETWORK_OWNER_LEAVES:
            sups = (*sups, Suppression(_NO_ONES_TYPES, 0, len(text)))  # a visitor's network's owner, by GeoIP (a
            # session recorder's 'isp': '3 Macau', 'China Telecom (Macau)'): a firm's name, no one's place
    if field is not None and ("@s.whatsapp.net" in text or "@c.us" in text or "@g.us" in text):
        wa_hints, wa_sups = whatsapp_jid_hints(text)  # (a WhatsApp gateway's webhook: its chat's 'remoteJid', its
        hints += wa_hints  # 'sender', a quoted message's 'participant': a phone's number, no mailbox)
        sups = (*sups, *wa_sups)
    if field is not None and (_a_networks_own_address(field) or _LOOPBACK_CELL.fullmatch(text.strip())):
        sups = (*sups, Suppression(_IP_TYPE, 0, len(text)))  # (and a client's address column holding the machine's
        # own: a booking made at the counter, 'IP Address': '::1')
    cell = _SHEET_CELL.fullmatch(text) if named and text[:1] in " \t<" and "<Cell" in text else None
    if cell is not None:
        # a spreadsheet's cell on its line, its column's name as the field (SpreadsheetML: see
        # sources/text.py): the value inside the markup
        hint = value_hint(field, text, *cell.span("value"), "region_field" if is_region_field(field) else "field_name")
        if hint:
            hints.append(hint)
    elif named and " " in text and text.islower() and any(c in text for c in "._0123456789") \
            and _LOGINS_APART.fullmatch(text) and type_for_name(field) in ("PERSON", "USERNAME"):
        # a card's members by their logins, apart by blanks (Wekan's export: 'kristinemac jocelyn97'),
        # no name typed in lower case ('juan cruz'): a login's mark or digit among them
        hints += [Hint("USERNAME", m.start(), m.end(), 0.85, "field_name") for m in _LOGIN_WORD.finditer(text)
                  if not _DOMAIN_WORD.fullmatch(m.group())]  # (a site's name is no one's login: a fediverse
        # server's admin account's display name, 'nutag.social admin')
    elif field == "Entry Title" and (owner := _ENTRY_OWNER.search(text)) is not None and owner.group("owner").istitle() \
            and owner.group("owner").split(" ")[0].lower() not in _NOT_AN_OWNER \
            and not _names_a_thing(owner.group("owner")) and not _is_generic_name(owner.group("owner")):
        # a shared vault's entry for someone's account, its owner's name after a dash ('Zain IQ – Serhat',
        # 'Yahoo Mail - Sazan', 'RustDesk – Tea Knežević'), the owner's town after a comma ('Ruter – Petrović
        # Marko, Niš'); the service's name before it is no one's, nor a firm's after it ('FW01 – Apoteka Zdravlje')
        hints.append(Hint("PERSON", *owner.span("owner"), 0.7, "field_name"))
        sups = (*sups, Suppression(_NO_ONES_TYPES, 0, owner.start("owner") - 3))  # (the service's or the item's
        # kind, which the model reads as a name now and then: 'Ruter', 'Kartica Visa')
        if owner.group("town") is not None and owner.group("town").istitle():
            hints.append(Hint("LOCATION", *owner.span("town"), 0.85, "field_name"))
    elif named and text[-1:].isupper() and "  " in text and (cnam := _CALLER_ID_PLACE.fullmatch(text)) is not None \
            and type_for_name(field) == "PERSON":
        # a caller id that gives the caller's town and province where the carrier has no name (CNAM, CallRail's
        # 'Name': 'SHESHATSHIU    NL'): a place's pieces, no one's name
        hints += [Hint("LOCATION", *cnam.span("town"), 0.85, "field_name"),
                  Hint("LOCATION", *cnam.span("province"), 0.85, "field_name")]
    elif field in _CDR_VALUE_FIELDS and (cdr := _cdr_value_hints(field, text)) is not None:
        hints += cdr
    elif named and ", " in text and type_for_name(field) == "PERSON" and _NAMES_LISTED.fullmatch(text) is not None \
            and not firms_name_value(text):  # (not 'Acme, Inc')
        parts = list(_LISTED_NAME.finditer(text))
        if all(" " in m.group() for m in parts):  # full names listed: each its own ('Dafydd Roberts, Aled Evans')
            hints += [Hint("PERSON", m.start(), m.end(), 0.85, "field_name") for m in parts]
        elif len(parts) == 2:  # a family name, a comma, a given name: one name ('Villalba, Facundo')
            hints.append(Hint("PERSON", 0, len(text), 0.85, "field_name"))
        sups = (*sups, Suppression(_NO_PLACE_TYPES, 0, len(text)))  # (a name's column: no postal line's towns)
    elif named and text[:1] >= "\u3400" and type_for_name(field) == "PERSON" and _HAN_NAMES_LISTED.fullmatch(text):
        hints += [Hint("PERSON", m.start(), m.end(), 0.85, "field_name") for m in _HAN_LISTED_NAME.finditer(text)]
        # (names in Han listed in a person's column, each its own: a tracker's '抄送给' = '杨帆,周敏')
    elif named:
        start, end = 0, len(text)
        if text.startswith("https://") and _leaf_and_parent(field)[0] in _PUSH_TOKEN_NAMES:
            start = text.rfind("/") + 1  # a browser's push subscription, its service's endpoint, then its token
        elif text[:1] in _KIN_FIRST_LETTERS and (kin := _KIN_OF.match(text)) is not None and type_for_name(field) == "PERSON":
            start = kin.end()  # a contact saved by whose kin they are ('Mamá de Yunior', a WhatsApp profile's name):
            # the name after it, no one's mother's
        elif text.endswith(")") and (noted := _NAME_AND_NOTE.fullmatch(text)) is not None \
                and type_for_name(field) == "PERSON":
            end = noted.end("name")  # a name, then its town or role in brackets ('Marilyn Power (Twillingate)', a
            # meeting's participant): the name alone (the town is the recognizers')
        # a firm in a name's column (a shipment's business sender: 'Trà Thái Nguyên Tân Cương Shop', 'Công ty
        # TNHH Thời Trang Sao Việt', a client list's 'Lusoconstrói - Materiais de Construção, Lda.')
        hint = value_hint(field, text, start, end, "region_field" if is_region_field(field) else "field_name")
        # (where a name was found in it, only a legal form at its end makes it a firm's: 'Alessandro Ferrara
        # (Driftwood Analytics)' is a person and his firm)
        firm = type_for_name(field) == "PERSON" and firms_name_value(text) and (
            not hint or _ENDS_IN_A_FORM.search(text) is not None)
        if firm:
            hint = None
        if hint:
            hints.append(hint)
            if hint.entity_type == "PERSON" and hint.end - hint.start == len(text) and hint.recognizer == "field_name" \
                    and not any(c in text for c in ",(/|;\n") and type_for_name(field) == "PERSON":
                # a name alone in a name's column, its first name a town's too ('Trang Nguyen', 'Rayong
                # Nguyen'): the person's, which the towns' lists would outscore
                sups = (*sups, Suppression(_NO_PLACE_TYPES, 0, len(text)))
        elif firm:  # (the towns in its name are no one's whereabouts)
            sups = (*sups, Suppression(_NO_ONES_TYPES, 0, len(text)))
        elif type_for_name(field) == "PHONE_NUMBER":
            hints += _phones_in_cell(text)
        elif ("<br" in text or "\n" in text) and ": " in text:
            hints += _br_label_hints(text)
        elif ";" in text or ", " in text or " / " in text or "\n" in text or " - " in text or "\t" in text:
            hints += _list_cell_hints(field, text)
        if " " in text and type_for_name(field) == "HOSTNAME":
            # a device named for where it stands, in a device's name column (a time clock's 'Reloj Bodega
            # Zona 12', 'Reloj Juan Díaz'): the firm's site, no one's whereabouts
            sups = (*sups, Suppression(_PLACE_TYPE, 0, len(text)))
    if text[:2] in ("ИП", "И.") and firm_field(field):
        trader = _SOLE_TRADER.match(text)
        if trader:  # a Russian sole trader's business is the person: 'ИП Михайлов С. А.'
            hints.append(Hint("PERSON", *trader.span("name"), 0.85, "field_name"))
    if _an_apps_short_code(field):
        sups = (*sups, Suppression(frozenset({"PHONE_NUMBER"}), 0, len(text)))  # (an SMS API's own short code)
    if _names_a_time_zone(field):
        sups = (*sups, Suppression(_NO_PLACE_TYPES, 0, len(text)))
    elif _names_a_network_or_a_sku(field):
        sups = (*sups, Suppression(_NO_SERIAL_TYPES, 0, len(text)))
    elif _leaf_and_parent(field)[0] in _PICKUP_FIELDS and _A_PUBLIC_MEETING_POINT.search(text):
        # a tour's pickup at a public meeting point ('Heraklion Port, Gate 3', 'Chania KTEL bus station'): where
        # everyone meets, no one's stay (a pickup at the guest's hotel or villa is theirs)
        sups = (*sups, Suppression(_NO_ONES_TYPES, 0, len(text)))
    elif _names_a_firms_site(field) or _names_a_business_site(text) and type_for_name(field) == "LOCATION":
        # (a territory 'US West - Austin' names no one either, nor a 'Location' of 'Leeds Depot', nor
        # a delivery's pickup at the shop's warehouse, nor a client's home studio: 'Seven Mile Wellness - Camana Bay')
        sups = (*sups, Suppression(_NO_ONES_TYPES, 0, len(text)))
    elif firm_field(field) and type_for_name(field) is None:
        # a firm's name with a place in it ('Oglala Sioux Tribe Head Start', 'Bank of Ireland'): the firm's
        sups = (*sups, Suppression(_NO_PLACE_TYPES, 0, len(text)))
        branch = _FIRM_AND_BRANCH.match(text)
        if branch:
            # a firm's name, then its branch's town after a dash ('Boréal Heat Pumps – Moncton', as CallRail's
            # 'Company' names a tenant's location): no one's name before the dash
            sups = (*sups, Suppression(_NO_ONES_TYPES, 0, branch.end("firm")))
    if is_page_title(field):
        sups = (*sups, *_page_title_suppressions(text))
    if text[:8] in ("https://", "http://w") and " " not in text and "/maps" not in text:
        # a URL alone in its field (a referrer, a landing page): the towns in its host and its path are a site's
        # sections ('https://www.pagesjaunes.ca/bus/Quebec/Quebec/Boreal-Thermopompes/7225530.html'), no one's
        # whereabouts; its query's parameters are typed by their names (_query_hints); a map's place is one's
        query = text.find("?")
        sups = (*sups, Suppression(_NO_PLACE_TYPES, 0, len(text) if query < 0 else query))
    if _leaf_and_parent(field)[0] in _EVENT_CONTEXT_FIELDS:
        # a learning platform's event context (Moodle's log: 'Course: Swedish, oral skills',
        # 'User: Anna Kovács', in the site's language): a thing's kind and name, a person's
        # only after 'User:'
        user = _CONTEXT_USER.match(text)
        if user:
            hints.append(Hint("PERSON", *user.span("name"), 0.85, "field_name"))
        else:
            sups = (*sups, Suppression(_NO_ONES_TYPES, 0, len(text)))
    if _last_words(field)[-1:] in (("domain",), ("domainname",)) and "." in text:
        sups = (*sups, Suppression(_NO_HOST_TYPES, 0, len(text)))  # a network's domain ('wpsol.local'), no machine
    if _last_words(field)[-1:] in (("group",), ("groups",)) and "\\" in text:
        # a directory's group ('HALVBIO\\Service Accounts' in a proxy's cs-auth-group): no one's login
        sups = (*sups, Suppression(frozenset({"USERNAME"}), 0, len(text)))
    if "\\" in text and type_for_name(field) == "HOSTNAME":
        machine = _DOMAIN_MACHINE.fullmatch(text)
        if machine is not None:
            # a machine by its domain ('KESTREL\\VDI-W11-016' in Citrix's 'Machine Name'): no one's
            # login; the machine's own name is read as the column's
            sups = (*sups, Suppression(frozenset({"USERNAME"}), 0, len(text)))
            hint = value_hint(field, text, *machine.span("name"), "field_name")
            if hint:
                hints.append(hint)
    if _leaf_and_parent(field)[0] in _SERVICE_CENTRE_FIELDS:
        # a text message's service centre (SMS Backup & Restore's service_center='+639170000130'):
        # the carrier's, no one's number; a call-tracking tool's lines, the business's
        sups = (*sups, Suppression(frozenset({"PHONE_NUMBER"}), 0, len(text)))
    if _leaf_and_parent(field)[0].endswith(_ASSET_TAG_ENDS):  # (a device's kind first: 'Laptop Asset Tag')
        # an inventory's tag for a device ('Asset Number': 'NHHP-LT-50616'), the firm's label on
        # it: no machine's name, whatever its shape (the 'Asset Name' column holds that)
        sups = (*sups, Suppression(_NO_HOST, 0, len(text)))
    if _is_a_voucher(field):
        # a coupon's or a gift card's code ('Gift Certificate Code': 'KS79-N8N3-LWRO') is shaped
        # as a licence key is, and is a shop's, not anyone's product
        sups = (*sups, Suppression(_NO_SERIAL, 0, len(text)))
    if (text.isdigit() or _TYPED_NUMBER_ID.fullmatch(text)) and _is_an_id(field) \
            and not any(h.entity_type == "PHONE_NUMBER" for h in hints):
        # a record's number ('targetId', 'firewall_rule_id': '4866878698460757339'): no card
        # or phone, whatever its checksum or length (but a user id that is a mobile's number:
        # value_hint's)
        sups = (*sups, Suppression(_ID_NOT, 0, len(text)))
    elif text.isdigit() and _is_a_short_id(field):
        # an id named in one word ('mpid', mParticle's user's number '6296044876491595190';
        # 'uid', 'sid'): no card, whatever its checksum (a phone may be: 'cid' is a caller's)
        sups = (*sups, Suppression(_NO_CARD, 0, len(text)))
    if _is_a_records_number(field) and _RECORD_NUMBER.fullmatch(text):
        # an order's, a payment's or a parcel's number ('Order Number': '04-10932-30399',
        # AppsFlyer's af_order_id 'TX2371-5228-9318-68149'): no phone, card or serial
        sups = (*sups, Suppression(_RECORD_NOT, 0, len(text)))
    if _leaf_and_parent(field)[0].endswith(_NETWORK_ENDS) and text[:1].isdigit():
        # a subnet's or a mask's column (Intune's WiFiSubnetID '10.40.19.0'): a network, no host
        sups = (*sups, Suppression(frozenset({"IP_ADDRESS"}), 0, len(text)))
    if "@" in text and _leaf_and_parent(field)[0] in _MESSAGE_ID_NAMES:
        # a message's id ('<CAF7q3x@mail.gmail.com>' in Exchange's message-id column, a
        # mail export's In-Reply-To) is no one's mailbox
        sups = (*sups, Suppression(frozenset({"EMAIL_ADDRESS"}), 0, len(text)))
    if not hints and not sups:
        return NO_STRUCTURE
    return Structure(tuple(hints), sups)


_ID_NOT = frozenset({"CREDIT_CARD", "PHONE_NUMBER"})
# A key ending in 'id' and a number of a record (digits and dashes), in a log line
_ID_PAIR = re.compile(r"(?<![\w\-.])(?P<key>[A-Za-z][\w\-.]{0,40}?[iI][dD])=\"?(?P<value>\d[\d\-^]{3,40}\d)(?![\w\-.])")
# (a '^' between an id's parts too: Alipay's 'biz_id=579652895262030^3086376133')
_NO_PLACE_TYPES = frozenset({"LOCATION"})
_EMAIL_SHAPED = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
_VERSIONED = re.compile(r"[_\-/ ]v?\d+\.\d+")
_BARE_VERSION = re.compile(r"v?\d{1,4}(?:\.\d{1,6}){1,3}")


@lru_cache(maxsize=4096)
def _names_a_time_zone(field: str) -> bool:
    """A time zone's column ('Invitee Time Zone', 'tz'): where a clock is set, not where a
    person is ('UK, Ireland, Portugal Time', 'Europe/London')."""
    words = _last_words(field)
    return bool(words) and (words[-1] in ("timezone", "tz", "tzid") or words[-2:] == ("time", "zone"))


_NO_HOST_TYPES = frozenset({"HOSTNAME"})
_NO_SERIAL_TYPES = frozenset({"SERIAL_NUMBER"})


@lru_cache(maxsize=4096)
def _names_a_network_or_a_sku(field: str) -> bool:
    """A Wi-Fi network's name ('WifiSSID': a router's default, 'HUAWEI-B311-7C1A') or a
    product's stock code ('sku': 'SEED-MAIZE-SC403'): no device's serial."""
    leaf = _leaf_and_parent(field)[0]
    return leaf.endswith("ssid") or leaf in ("sku", "skucode", "partnumber", "partno", "itemcode", "productcode")


_NO_ONES_TYPES = frozenset({"LOCATION", "PERSON"})
# A mailing list's footer line (Mailman's: 'Linux-CA mailing list', then its address) and its subject's tag
_LIST_FOOTER = re.compile(r"[ \t]*(?P<name>[\w.\-]+(?:[ ][\w.\-]+){0,3}) mailing list")
_LIST_TAG = re.compile(r"^Subject:[ \t]*(?:(?:Re|RE|Fwd|FW|AW|RV|Fw):[ \t]*)*\[(?P<name>[^\]\n]{1,60})\]")


# A legal form at a value's end, its comma maybe ('..., Lda.', '... GmbH'), or after a comma only
_LEGAL_FORMS_AT_END = (r"(?:Unipessoal[ ])?(?:Lda|Ltda|Ltd|Inc|LLC|S\.A|SA|CRL|GmbH|EIRELI|S/A|s\.r\.o"
                       r"|a\.s|Kft|Zrt|Sp\.[ ]z[ ]o\.o|sp\.[ ]?[jk]|AG|SRL|SARL|SAS|B\.V|N\.V|Pty[ ]Ltd|Sdn[ ]Bhd"
                       r"|IKE|ΙΚΕ|ΕΠΕ|Α\.Ε|ΑΕ|d\.o\.o|j\.d\.o\.o|S\.R\.L"  # (Greece's, Croatia's, Romania's)
                       r"|S\.A\.(?:P\.I\.)?[ ]de[ ]C\.V|S\.[ ]de[ ]R\.L(?:\.[ ]de[ ]C\.V)?)\.?[ ]*$")
_ENDS_IN_A_FORM = re.compile(r"(?:,[ ]|[ ])" + _LEGAL_FORMS_AT_END)
# A firm's name that ends in its legal form after a comma ('Transportes Rápidos Benguela, Lda.'): a list of
# names in one cell has commas too ('Ana Lima, Rui Sousa')
_ENDS_IN_A_LEGAL_FORM = re.compile(r",[ ]" + _LEGAL_FORMS_AT_END)


def firms_name_value(text: str) -> bool:
    """Whether a name column's value is a firm's (see _ENDS_IN_A_LEGAL_FORM, known.has_thing_word)."""
    return _has_thing_word(text) and ("," not in text or _ENDS_IN_A_LEGAL_FORM.search(text) is not None)

# An entry's owner after its service's name and a dash, a first name alone ('Outlook.com - Evîn') or a full name of
# up to three words ('RustDesk – Tea Knežević'), its town maybe after a comma ('Ruter – Petrović Marko, Niš')
_ENTRY_OWNER = re.compile(r"\S[ ][–—\-][ ](?P<owner>[^\W\d_][^\W\d_'’]{2,20}(?:-[^\W\d_]{2,20})?"
                          r"(?:[ ][^\W\d_][^\W\d_'’]{1,20}(?:-[^\W\d_]{2,20})?){0,2})"
                          r"(?:,[ ](?P<town>[^\W\d_][^\W\d_'’]{1,25}(?:[ ][^\W\d_][^\W\d_'’]{1,25}){0,2}))?$")
# What a vault's entry's title names after its dash that is no one ('Gmail – Shared', 'AWS – Production')
_NOT_AN_OWNER = frozenset({"shared", "team", "admin", "personal", "work", "home", "backup", "old", "new", "main",
                           "test", "office", "general", "staff", "all", "common", "primary", "secondary", "default",
                           "legacy", "prod", "production", "staging", "dev", "finance", "it", "ops", "sales",
                           "support", "marketing", "comms", "procurement", "board", "root", "api", "web", "mobile"})
# A chatbot's slot's value: its name, then the value as said, as read or as resolved (Amazon Lex V2's conversation log)
_BOT_SLOT = re.compile(r"(?:^|\.)slots\.(?P<slot>[^.\[\]]{1,64})\.value\.(?:originalValue|interpretedValue"
                       r"|resolvedValues(?:\.\d+|\[\d+\])?)$")
# Whose name a forum's message or its member's record keeps, and a handle's shape there
_POSTER_NAMES = frozenset({"poster", "member", "from", "sender", "author", "modified"})
_FORUM_HANDLE = re.compile(r"(?=[a-z0-9._]*[0-9_.])[a-z][a-z0-9._]{2,31}(?<![._])")
# A name and a note in brackets after it ('Marilyn Power (Twillingate)', 'Paulette (interprète)')
_NAME_AND_NOTE = re.compile(r"(?P<name>[^()\d]{2,60}?)[ ]\([^()]{1,40}\)")
# A caller id's town and its province or state, in capitals, two blanks or more apart ('EDMUNDSTON     NB')
_CALLER_ID_PLACE = re.compile(r"(?P<town>[A-Z][A-Z.'’\-]*(?:[ ][A-Z][A-Z.'’\-]*){0,3})[ ]{2,}(?P<province>[A-Z]{2})")
# A firm's name, a dash, a branch's one to three words ('Boréal Heat Pumps – St. John's'); not a
# person's in brackets after a team's ('Platform Engineering (Funmilayo Ibrahim)')
_FIRM_AND_BRANCH = re.compile(r"(?P<firm>[^\s()–—\-][^()–—]{1,60}?)[ ][–—-][ ][^\s()–—\-][^()–—\-]{0,40}$")


def firms_site_field(field: str | None) -> bool:
    """Whether a field holds the firm's own sites or sales areas (see _names_a_firms_site):
    values found elsewhere are not carried into it (known.propagate)."""
    return field is not None and _names_a_firms_site(field)


def a_bare_location(field: str) -> bool:
    """Whether a field is a bare 'Location' (a venue's, a meeting's or a person's: what its cell names says which;
    Microsoft Bookings' appointment's 'Location' is the clinic's site, or the customer's home on a home visit)."""
    return _leaf_and_parent(field)[0] in ("location", "lieu", "venue", "emplacement", "ubicacion", "ubicación")


def firms_site_cell(field: str, text: str) -> bool:
    """Whether a cell names a firm's shop or branch by its first word ('Sucursal San José', 'Loja Centro'):
    values found elsewhere, a town, a name, are not carried into it (known.propagate)."""
    return " " in text and text.split(" ", 1)[0].lower() in _SHOP_FIRST


def a_devices_spot(field: str, text: str) -> bool:
    """Whether a device's name column's cell names the device by where it stands ('Reloj Recepción Piso 3'):
    places found elsewhere, an address's floor, are not carried into it; a person's name is (Webex's 'Host
    Name' is the meeting's host)."""
    return " " in text and type_for_name(field) == "HOSTNAME"


def a_group_chats_name(field: str) -> bool:
    """Whether a field is a group chat's or a channel's name (ICQ's and Telegram's 'chat.title',
    Slack's 'channel.name'): a town in it names the group ('Service GSM Chișinău'), whoever
    said they live there elsewhere (known.propagate). A private chat is titled by its
    person's name fields, not these."""
    parts = _name_parts(field)
    if len(parts) < 2 or _last_words(field)[-1:] not in (("title",), ("name",), ("topic",)):
        return False
    return parts[-2].lower() in _GROUP_CHAT_WORDS


_GROUP_CHAT_WORDS = frozenset({"chat", "group", "channel", "room", "conversation", "space", "chats", "groups",
                               "channels", "rooms", "conversations", "spaces"})


def firms_place_value(field: str, text: str) -> bool:
    """Whether a place's cell names the firm's own site or its pickup (see analyze_structure:
    'Kho 2, KCN Quang Minh, Mê Linh', 'Leeds Depot'): values found elsewhere, a customer's
    first name 'Linh', are not carried into it either (known.propagate)."""
    return _names_a_business_site(text) and type_for_name(field) == "LOCATION"


# The words of a column of the firm's own places, by where they stand in its name (see
# _names_a_firms_site): a site's last ('Sales Territory', 'Home Office'); a shop's first in a
# Romance language's name ('NEGOZIO_PREFERITO', 'Loja de retirada') or last in others
# ('Filiaal', 'Preferred store'); a point of sale's 'venda' after its place word ('Local de venda')
_SITE_LAST = frozenset({"territory", "territories", "site", "branch", "office", "warehouse", "depot", "campus",
                        "magazyn", "lager", "almacen", "entrepot", "magazzino", "armazem",  # (a warehouse)
                        "facility", "plant", "winkel", "filiaal", "store", "shop", "butik", "kauppa", "sklep",
                        "building", "room",  # (a help desk's 'Building / Room')
                        "hospital", "clinic", "pharmacy", "venue", "hotel",  # (a care group's own: MantisBT's 'Hospital')
                        "ቅርንጫፍ", "filial", "pobočka", "pobočky", "салбар",
                        "agence", "agencia", "agenzia"})  # (a bank's or a microlender's branch: Mambu's 'Agence')  # (a branch: Amharic, Uzbek, Slovak, Mongolian)
_SITE_ENDS = tuple(sorted(_SITE_LAST))
_SHOP_FIRST = frozenset({"negozio", "loja", "tienda", "magasin", "boutique", "filiale", "sucursal", "succursale",
                         "punto", "sklep", "agence", "agencia", "agenzia",  # (a branch: 'Agence Kinshasa Limete')
                         # a warehouse, a shop: Indonesian and Malay ('Gudang Pengiriman'), Swahili,
                         # Catalan, Albanian, Azerbaijani, Serbian, Russian, Kazakh, Persian
                         "gudang", "toko", "kedai", "ghala", "duka", "magatzem", "botiga", "magazina", "dyqan",
                         "anbar", "mağaza", "магацин", "продавница", "склад", "қойма", "انبار", "فروشگاه",
                         "постамат", "paczkomat",  # (a parcel locker: Kazakh's, Polish)
                         # a warehouse, a shop: Uzbek, Urdu, Nepali, Sinhala, Tamil, Telugu, Amharic,
                         # Somali, Mongolian, Slovak and Czech, Maltese, Irish, Basque, Galician
                         "ombor", "doʻkon", "do'kon", "dokon", "گودام", "دکان", "गोदाम", "पसल", "ගබඩාව", "සාප්පුව",
                         "கிடங்கு", "கடை", "గిడ్డంగి", "దుకాణం", "መጋዘን", "ሱቅ", "bakhaar", "dukaan", "агуулах",
                         "дэлгүүр", "sklad", "predajňa", "prodejna", "maħżen", "ħanut", "stóras", "siopa", "biltegia",
                         "denda", "tenda"})
# A marketplace's pickup point or station, by its column's whole name (Jumia's 'Pickup Station',
# Uzum's 'Topshirish punkti'; not a ride's 'Pickup Address', its passenger's)
_PICKUP_POINTS = _normalized("pickupstation pickuppoint collectionpoint topshirishpunkti пунктвыдачи "
                             "výdajnémiesto vydejnimisto punktodbioru afhaalpunt noutopiste")
_LISTINGS = _normalized("housename propertyname propertytitle listingname listingtitle listing rentalname "
                        # (Guesty's 'Listing's nickname', a booking API's 'property': 'MID · Casa Xkeken · 2BR',
                        # 'Villa Fontainhas', a homestay's)
                        "listingnickname listingsnickname property homestay homestayname "
                        # (a rental manager's flat, by its word: Smoobu's 'Apartment', a German one's 'Ferienwohnung')
                        "apartment apartmentname accommodation unterkunft ferienwohnung appartamento alloggio "
                        "logement hebergement "
                        "eventname eventtitle evenement nomevenement nombreevento veranstaltungsname")
# An endpoint manager's or a directory's group of devices or accounts (Kaspersky's 'Group', 'Administration group',
# an OU), in English, German, French, Spanish, Romanian, Hungarian and Croatian
_DEVICE_GROUPS = frozenset(normalize_name(n) for n in (
    "group", "administration group", "admin group", "device group", "computer group", "management group",
    "organizational unit", "ou", "gruppe", "administrationsgruppe", "groupe", "groupe d'administration", "grupo",
    "grup", "grupul", "grup de administrare", "csoport", "adminisztrációs csoport", "grupa"))
_SALE_LAST = frozenset({"venda", "venta", "vendita"})
_SALE_FIRST = frozenset({"local", "ponto", "punto", "lugar", "point"})
_FIRM_FIRST = frozenset({"company", "organization", "organisation", "org", "employer", "business", "corporate",
                         "firm", "firma", "bedrijf", "empresa", "entreprise", "unternehmen", "azienda"})


# Where one works, in other languages (normalized): Slovenian, Croatian, Polish, German, French,
# Spanish, Portuguese, Italian, Estonian, Lithuanian, Latvian, Ukrainian and Russian
_WORK_PLACES = frozenset(normalize_name(n) for n in (
    "lokacija dela", "kraj dela", "mjesto rada", "lokacija rada", "miejsce pracy", "arbeitsort", "dienstort",
    "lieu de travail", "lugar de trabajo", "local de trabalho", "sede di lavoro", "töökoht", "darbo vieta",
    "darba vieta", "місце роботи", "место работы",
    "standort"))  # (German's 'site', a firm's: i-doit's 'Standort', 'Brenner Logistik > Bozen > 1. OG')
# A pickup at the shop's own place, in an address's column: 'Самовивіз: м. Київ, вул. ...,
# склад 4' (Ukrainian, Russian, Polish, German, Portuguese, Spanish, Czech, Finnish, English)
_PICKUP = re.compile(r"(?i)\s*(?:(?:самовивіз|самовывоз|odbiór osobisty|abholung|selbstabholung|retirada|retirar na loja"
                     r"|recogida en tienda|osobní odběr|nouto|click\s*&\s*collect|pick-?up|in-store pickup"
                     # a marketplace's pickup point by its name first ('Daraz PUDO Bhaktapur 03', 'DEX
                     # Collection Point Galle - Galle')
                     r"|(?:[\w\-]+\s){0,2}(?:pudo|collection\s+point|pick-?up\s+(?:point|station)))\b"
                     # a shop's warehouse by its number, a pickup's place (Vietnamese's, Indonesian's and
                     # Malay's: 'Kho 6, KCN Tân Bình', 'Gudang 2, Kawasan Industri Pulogadung')
                     r"|(?:kho|warehouse|gudang)\s+(?:số\s+|no\.?\s*)?\w{1,4},)")


_ASSET_PLACES = frozenset({"location", "site", "building", "room"})
# A person's place as an object of its own, whose 'name' is the place's
_PEOPLES_PLACES = frozenset({"userlocation", "memberlocation", "authorlocation", "reviewerlocation",
                             "customerlocation", "homelocation", "guestlocation", "travelerlocation"})


@lru_cache(maxsize=4096)
def _names_a_firms_site(field: str) -> bool:
    """A column of the firm's own sites and sales areas ('Territory', 'Sales Territory',
    'Site', 'Branch', 'Home Office'), shops, points of sale or business units: 'NA - Boston
    HQ', 'EMEA - Cambridge UK Office' say where the firm works, not where a person is."""
    if field.endswith("_str") and (typed := _TYPED_SUFFIX.search(field)) is not None:
        field = field[:typed.start()]  # a Django export's text of a foreign key (Ralph's 'warehouse_str')
    words = _last_words(field)
    if len(words) == 2 and words[1] == "name" and words[0] in _SITE_LAST:
        return True  # a branch's or an office's name (Fineract's 'officeName': 'Addis Ababa - Bole')
    if words[-2:] in (("work", "location"), ("office", "location"), ("job", "location")) \
            or _leaf_and_parent(field)[0] in _WORK_PLACES:
        return True  # where an employee works (Gusto's 'Work location': 'Denver Roastery'; Slovenian
        # 'Lokacija dela', German 'Arbeitsort')
    leaf, parent = _leaf_and_parent(field)
    if parent == "probe" or leaf in ("runlocation", "probelocation", "testlocation"):
        return True  # where a monitor's probe ran a test from (Application Insights' availability results:
        # 'runLocation': 'US : TX-San Antonio-Azure', and the result's location, see sources.jsonfmt)
    if parent.startswith("asset") and leaf in _ASSET_PLACES \
            or len(words) == 2 and words[0] == "asset" and words[1] in _ASSET_PLACES:
        return True  # where an asset is kept (Lansweeper's assetCustom.location 'Saddle Lake', an
        # inventory's 'Asset Location'): the firm's site
    if leaf == "name" and parent.endswith(_SITE_ENDS):
        return True  # a site's object's name (TOPdesk's 'branch.name', 'callerBranch.name': 'Bureau Al Hoceima')
    if leaf in _DEVICE_GROUPS:
        return True  # an endpoint manager's group of devices, by the firm's site and department (Kaspersky
        # Security Center's 'Group': 'Managed devices/Sibiu/Resurse Umane')
    if leaf in _LISTINGS:
        return True  # a rental's listing or an event's name, the host's or the organizer's product (Lodgify's
        # 'HouseName': 'Caserío Agirre Baserria (Zumaia)', Weezevent's 'Événement': 'Ttipi Festibala 2024 — Baiona')
    if leaf in _PICKUP_POINTS:
        return True  # a marketplace's pickup point ('Pickup Station': '... Pickup Station, 13 Main Road, Sokoto')
    if len(words) > 1 and words[0] in _FIRM_FIRST and type_for_name(" ".join(words[1:])) == "LOCATION":
        return True  # a firm's place: a CRM's 'Company Address', 'Company City' (Apollo's)
    if len(words) > 1 and words[0] in ("item", "listing", "seller", "merchant") and (
            words[1] in _PLACE_WORDS or words[1] == "location"):
        return True  # where a marketplace's item ships from, the seller's (eBay's 'Item Location',
        # 'Item Postcode', 'Item Country'), not the buyer's
    return bool(words) and (words[-1] in _SITE_LAST or words[0] in _SHOP_FIRST
                            or (words[-1] in _SALE_LAST and words[0] in _SALE_FIRST)
                            or "businessunit" in "".join(words)) and type_for_name(field) is None
    # (an address's 'State/Territory' is a place)


# A field of a company's name, by its last word ('Current Company', 'Organization Name',
# Odoo's 'Société liée'), in the languages of _NAME_TYPES
_COMPANY_WORDS = frozenset({"company", "companyname", "organization", "organisation", "org", "employer",
                            "firm", "business", "businessname", "bedrijfsnaam", "societe", "société", "liée", "firma",
                            # (a helpdesk's requester's firm in Portuguese, Spanish, Italian, Dutch: Octadesk's
                            # 'Organização': 'Clientes Corporativos - Petrobras')
                            "organização", "organizacao", "organización", "organizacion", "organizzazione",
                            "organisatie",
                            "empresa", "azienda", "bedrijf", "unternehmen", "entreprise",
                            "perusahaan", "syarikat", "instansi",  # (Indonesian's and Malay's: Qontak's 'Perusahaan')
                            # a school's, a university's or a clinic's ('centro_educativo': 'CEIP Cabezón de la Sal')
                            "school", "schoolname", "escuela", "colegio", "educativo", "institution", "institución",
                            "institucion", "university", "universidad", "hospital", "clinic", "clínica", "clinica",
                            "компания", "организация", "фирма", "会社名", "会社名カナ", "επωνυμια",
                            "επωνυμία",
                            # a booking's reseller ('Affiliate': 'Sandals Montego Bay Tour Desk', 'Viator')
                            "affiliate", "reseller"})


def firm_field(field: str | None) -> bool:
    """Whether a field holds a company's or an organization's name ('Current Company',
    'user_metadata.company', Odoo's 'Société liée'): a surname carried from a name column
    is a firm's name there ('Papeterie Lambert'), as is a whole value NER once read as a
    person elsewhere ('Mosaic Learning'); a person's full name in it is still one
    (Workday's 'Platform Engineering (Funmilayo Ibrahim)'). See known.propagate."""
    return field is not None and _names_a_company(field)


@lru_cache(maxsize=4096)
def _names_a_company(field: str) -> bool:
    words = _last_words(field)
    if words[-1:] in (("name",), ("adi",), ("adı",)):
        words = words[:-1]  # 'Company Name', 'Organization Name', Turkish 'Firma Adı'
    return bool(words) and (words[-1] in _COMPANY_WORDS or words[-2:] in (("sales", "account"), ("sales", "accounts"))
                            ) and type_for_name(field) is None  # (Freshsales' 'Sales accounts')


_CALLER_WORDS = frozenset({"caller", "calling", "called", "station", "phone", "contact", "fax"})


# What a record's number numbers: an order, a payment, a parcel, a ticket
_RECORD_HEADS = frozenset({"order", "record", "tracking", "invoice", "transaction", "reference", "ticket", "case",
                           "receipt", "shipment", "booking", "confirmation", "sales", "payment", "refund", "txn",
                           "purchase", "po", "quote", "quotation"})
_RECORD_NUMBER = re.compile(r"[A-Za-z]{0,4}[ ]?[0-9][0-9A-Za-z]*(?:[-/ ][0-9A-Za-z]+){0,6}")  # (Packeta's 'Z 612 4126 279')
_RECORD_NOT = frozenset({"CREDIT_CARD", "PHONE_NUMBER", "SERIAL_NUMBER"})


# The names column_hints gives Asterisk's CDR's party's name and recording columns (see _cdr_value_hints)
_CDR_PARTY_NAME = "Caller Name"
_CDR_RECORDING = "Call Recording File"
# Asterisk's CDR columns by what they hold (column_hints)
_CDR_COLUMNS = {"clid": "Caller ID", "src": "Caller Number", "cnum": "Caller Number", "dst": "Called Number",
                "dstanswer": "Called Number", "cnam": _CDR_PARTY_NAME, "dstcnam": _CDR_PARTY_NAME,
                "did": "Inbound Route", "outboundcnum": "Outbound Caller ID", "outboundcnam": "Trunk Caller Name",
                "recordingfile": _CDR_RECORDING}


def _is_a_records_number(field: str) -> bool:
    """Whether a field is the number of an order, a payment, a parcel or a ticket by its
    name ('Order Number', 'af_order_id', 'Sales Record Number', 'Tracking Number')."""
    words = _last_words(field)
    if len(words) > 1 and words[-1] in ("id", "number", "no", "nr", "num", "ref") and words[-2] in _RECORD_HEADS:
        return True
    after = [normalize_name(w) for w in words if w not in ("de", "di", "del", "da", "do", "tal", "tad", "tar", "tas")]
    return len(after) == 2 and after[0] in _NUMBER_BEFORE_WORDS and after[1] in _RECORD_HEADS_AFTER


# The same in languages that put the number first, the thing after it: Slovak's, Czech's, Slovene's, Croatian's,
# Polish's, Maltese's, Romance languages' and German's ('Číslo zásielky', 'Številka naročila', 'Numer zamówienia',
# 'Numru tal-ordni', 'Número de pedido')
_NUMBER_BEFORE_WORDS = frozenset({"cislo", "stevilka", "broj", "numer", "numru", "numero", "nummer", "no", "nr", "n"})
_RECORD_HEADS_AFTER = frozenset({"zasielky", "zasilky", "objednavky", "faktury", "balika", "baliku", "rezervacie",
                                 "rezervace", "posiljke", "narocila", "racuna", "rezervacije", "narudzbe", "zamowienia",
                                 "przesylki", "ordni", "ordine", "fattura", "pedido", "encomenda", "envio", "factura",
                                 "commande", "colis", "facture", "bestellung", "sendung", "rechnung", "buchung",
                                 "prenotazione", "spedizione", "reserva"})


@lru_cache(maxsize=4096)
def _is_an_id(field: str) -> bool:
    """Whether a field is a record's id by its name ('id', 'targetId', 'order_id'), not a
    caller's ('Caller ID': a phone number)."""
    words = _last_words(field)
    return bool(words) and words[-1] == "id" and not (len(words) > 1 and words[-2] in _CALLER_WORDS) \
        or _leaf_and_parent(field)[1] == "id"  # an id object's part (Google's id.uniqueQualifier)


_NO_CARD = frozenset({"CREDIT_CARD"})
# A record's number after its kind's letters and a colon, as Meta's leads download writes its ids
# ('l:4621706089389616' a lead's, 'ag:120208127239079996' an ad's)
_TYPED_NUMBER_ID = re.compile(r"[a-z]{1,3}:\d{6,}")
# Words that end in 'id' and name no id ('paid', 'valid', 'prepaid')
_NOT_IDS = frozenset({"paid", "prepaid", "valid", "invalid", "said", "void", "avoid", "bid", "grid", "hybrid",
                      "fluid", "liquid", "rapid", "android", "acid", "solid", "amid", "kid", "lid", "mid"})


def _is_a_short_id(field: str) -> bool:
    """Whether a field's name is one short word that ends in 'id' ('mpid', 'uid', 'sid'):
    an id whose parts are not split by case or '_'."""
    words = _last_words(field)
    return len(words) == 1 and 3 <= len(words[0]) <= 8 and words[0].endswith("id") and words[0] not in _NOT_IDS


# A number in a phone column's cell of several, or of one with its label: '07824 695876
# (Home), +447911918212 (Work)', '976 20 01 46 (Mobile)'
_PHONE_IN_CELL = re.compile(r"(?<![\w+])\+?\(?\d[\d ().\-/]{4,24}\d(?!\w)")
# A cell's numbers apart: ' / ', ';', ',' or '|' between them
_PHONES_APART = re.compile(r"(?:(?!\s/\s)[^;,|])+")


# A cell that lists values ('TI-TTL1-2004-01803; TI-SPX4-2006-04095'): ';' or ', ' between them
_LIST_ITEM = re.compile(r"[^;,\t]+")  # (a tab apart too: runZero's 'names': 'SW-UB-WH-10\tSW-UB-WH-10.CORP.EX.MN')
_SLASHED_ITEM = re.compile(r"(?:[^;,/]|/(?! ))+")  # or ' / ' (a dual-SIM phone's 'IMEI Number': '0183... / 3517...')
_PEOPLE_ITEM = re.compile(r"[^;]+")
_DEVICE_ITEMS_APART = re.compile(r"[ \t]*(?:\r?\n|[;,]|[ \t][/\-–][ \t])[ \t]*")


def _list_cell_hints(field: str, text: str) -> list[Hint]:
    """The items of a typed column's cell that lists several (two instruments' serials, a
    user's logins, a mail's recipients between ';'): each a hint when every item has the
    column type's shape. Places are left alone ('Berlin, Germany' is one place), and a
    name is not cut at a comma ('Doe, Jane' is one name)."""
    entity = type_for_name(field)
    if entity not in ("SERIAL_NUMBER", "USERNAME", "HARDWARE_ID", "HOSTNAME", "PERSON"):
        return []
    # people only between ';' (Outlook's 'To: (Name)': 'Ann Lee; Bo Chen'): 'Doe, Jane' is one
    if entity in ("HARDWARE_ID", "SERIAL_NUMBER") and _DEVICE_ITEMS_APART.search(text):
        # a device's numbers on lines of their own or a dash apart (a repair form's 'IMEI': '8694...166 -
        # 8694...174', a dual-SIM phone's two; a serial's own dashes have no blank around them)
        bounds = [0, *(i for m in _DEVICE_ITEMS_APART.finditer(text) for i in m.span()), len(text)]
        items = [(a, b) for a, b in zip(bounds[::2], bounds[1::2]) if b > a]
    else:
        item = _PEOPLE_ITEM if entity == "PERSON" else _SLASHED_ITEM if " / " in text else _LIST_ITEM
        items = [(m.start() + len(m.group()) - len(m.group().lstrip()), m.end() - len(m.group()) + len(m.group().rstrip()))
                 for m in item.finditer(text) if m.group().strip()]
    if len(items) < 2:
        return []
    hints = [value_hint(field, text, a, b, "field_name") for a, b in items]
    return hints if all(hints) else []


def _phones_in_cell(text: str) -> list[Hint]:
    """The phone-shaped numbers of a phone column's cell that is not one number alone: a
    local number no region's rules validate is a phone there as the whole cell's is."""
    return [Hint("PHONE_NUMBER", m.start(), m.end(), 0.85, "field_name")
            for part in _PHONES_APART.finditer(text)  # (two numbers: '87-986-4874 / 872642243')
            for m in _PHONE_IN_CELL.finditer(text, *part.span())
            if _SHAPES["PHONE_NUMBER"].fullmatch(m.group()) and not _TOLL_FREE.fullmatch(m.group())]


@lru_cache(maxsize=4096)
def field_roles(field: str) -> tuple[bool, bool, bool]:
    """What a field's name says about its values, once per field: all noise for the
    noisy types (a user agent, a zip code), a URL (its query names values), a name that
    implies the whole value's type (see value_hint)."""
    leaf, parent = _leaf_and_parent(field)
    # a version's field ('app_version', Mixpanel's '$app_version_string'): '4.12.0.118'
    # is shaped like an IPv4 address and is none
    words = _last_words(field)
    kind = type_for_name(field)
    # ('BIOS/Firmware': '96.86.0.55'; not a BIOS's UUID or serial: 'bios-uuid', 'bios_serial')
    version = "version" in words or bool({"firmware", "bios", "build"} & set(words)) \
        and kind not in ("HARDWARE_ID", "SERIAL_NUMBER") and "netbios" not in normalize_name(field)  # (an IP
    # scanner's 'NetBIOS Info': a machine's domain, name and MAC, no BIOS')

    agent = leaf in _AGENT_NAMES or leaf.endswith("useragent")  # Cloudflare's ClientRequestUserAgent
    # a standard's controls a check or a rule cites (Wazuh's compliance.cis: '4.1.1.1', the
    # CIS benchmark's section, shaped like an IPv4 address; rule.pci_dss: '10.2.5')
    control = parent == "compliance" or leaf in _COMPLIANCE_NAMES
    # a ticket's or a booking's own reference (Deskpro's 'Ref': 'TRVV-8967-FXSQ', shaped
    # like a licence key): the record's id, no one's ('Reference', free text a payer types, stays)
    ref = leaf in _RECORD_REFS
    return (agent or leaf in _CODE_NAMES or _names_a_postcode(field, leaf) or version or control or ref,
            leaf in _URL_NAMES,
            kind in _HINT_BY_NAME or normalize_name(field) in _WALLET_NAMES  # (a wallet's number: value_hint)
            # (a text message's party's number: value_hint; a bare 'Device' column, a machine's name only where
            # value_hint reads one, an endpoint manager's 'LT-CO-JROJAS'; a model, 'iPhone 13', is none)
            or kind is None and (leaf in _MESSAGE_PARTIES or (leaf, parent) in _CHANNEL_IDENTITIES
                                 or leaf == "device" or leaf == "roleinstance")
            or kind == "IP_ADDRESS"  # (an address stored as its number: value_hint; written out, the recognizers')
            or kind == "CREDIT_CARD")  # (a card's number whatever its issuer's digits: value_hint)


_ALL_TYPES = frozenset(ENTITY_TYPES)


@lru_cache(maxsize=1024)
def _all_noise(length: int) -> tuple[Suppression, ...]:
    return (Suppression(_NOISY, 0, length),)


# Combined-log fields scanned as segments of their own, in line order (then "tail", what
# a format appends). Status and size are left out: nothing but noise-prone digits lives
# there; the time field is scanned only when it is no timestamp (see segment_skipped).
LOG_SEGMENT_KINDS = ("client", "ident", "user", "time", "request", "referer", "agent")
_SEGMENT_GROUPS = tuple((kind, _COMBINED.groupindex[kind]) for kind in LOG_SEGMENT_KINDS)
_TIMESTAMP = re.compile(r"\d{1,2}/[A-Za-z]{3}/\d{4}:\d{2}:\d{2}:\d{2}(?: [+-]\d{4})?")


def log_segments(text: str) -> list[tuple[str, int, int]] | None:
    """The fields of a combined/common access-log line worth scanning, as (kind, start,
    end); None when the line is not one.

    Each field is scanned on its own: a pattern never runs across two fields, and a user
    agent or request repeated on thousands of lines is scanned once (see
    :meth:`~piiscan.detect.engine.Detector.detect`).
    """
    m = _COMBINED.match(text)
    if m is None:
        return None
    spans = [(kind, *m.span(group)) for kind, group in _SEGMENT_GROUPS]
    # Whatever a format appends after the combined fields (nginx's
    # "$http_x_forwarded_for", upstream addresses, "user=..." pairs) is scanned as it is.
    spans.append(("tail", m.end(), len(text)))
    return [(kind, s, e) for kind, s, e in spans if s >= 0 and not segment_skipped(kind, text[s:e])]


def segment_skipped(kind: str, value: str) -> bool:
    """Whether :func:`log_segments` leaves a field of this kind and value out: an empty
    or ``-`` field, a time field that is a timestamp, a blank tail."""
    if value in ("", "-"):
        return True
    if kind == "time":
        return _TIMESTAMP.fullmatch(value) is not None
    if kind == "tail":
        return not value.strip()
    return False


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
# The start of a machine's log record: a timestamp, perhaps after a bracket, a weekday or
# one short token (a level, a file name, '-'), in the forms syslog, Apache and nginx
# error logs, log4j/Python logging, Hadoop and epoch-stamped logs write.
_LOG_RECORD_START = re.compile(rf"""(?x)
    (?:[^\s]{{1,40}}\s+)??[\[(]?
    (?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+)?
    (?:
      \d{{4}}[-/.:]\d{{2}}[-/.:]\d{{2}}(?:[T\s_-]|\s*\|\s*)\d{{2}}[:.]\d{{2}}  # 2026-10-12 08:00, 2005.06.03-15.42,
                                                                      # Sophos' 2024:02:12-07:48
    | \d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}[T\s,]+\d{{1,2}}:\d{{2}}         # 12/10/2026 08:00
    | (?P<syslog>{_MONTH}\s+\d{{1,2}}\s+(?:\d{{4}}\s+)?\d{{2}}:\d{{2}}:\d{{2}})  # syslog: Oct 12 08:00:01
    | {_MONTH}\s+\d{{1,2}},\s+\d{{4}}\s+\d{{2}}:\d{{2}}                       # Plex's: Nov 09, 2026 15:07
    | \d{{1,2}}[/\s-]{_MONTH}[/\s-]\d{{4}}[:\s]\d{{2}}:\d{{2}}              # 12/Oct/2026:08:00
    | \d{{6}}\s\d{{6}}\s                                          # Hadoop: 081109 203615
    | \d{{10}}(?:\.\d{{1,6}})?\s                                   # epoch seconds
    )""")


# What follows a machine's timestamp: a level (INFO, [error], [core:warn]) or syslog's
# host and tag ('web01 sshd[1234]:', 'host kernel:'). A person's timestamped note or chat
# line has neither.
_LOG_LEVEL = re.compile(r"""(?x)
    \b(?:INFO|WARN|WARNING|ERROR|ERR|DEBUG|TRACE|FATAL|CRIT|CRITICAL|NOTICE|ALERT|EMERG|SEVERE)\b
  | \[(?:[\w\-]+:)?(?i:error|warn|warning|notice|info|debug|crit|alert|emerg|trace[1-8]?)\]  # Apache's
  | <(?:Trace|Debug|Information|Notice|Warning|Error|Critical|Fatal|Test)>  # ClickHouse's: '<Debug> TCPHandler:'
  | %[A-Z][A-Z0-9_]*-[0-7]-[A-Z0-9_]+:     # Cisco's facility, severity and mnemonic: '%ASA-6-302013:'
  | \s[a-z]+(?:,[a-z]+)*,(?:info|warning|error|critical|debug)\s  # MikroTik's topics: 'dhcp,info', 'system,error,critical'
  | \b(?:LOG|STATEMENT|DETAIL|HINT|CONTEXT|QUERY|PANIC):\ \   # PostgreSQL's, two blanks after: 'LOG:  duration'
  | \s\d+\ (?:Query|Connect|Quit|Init\ DB|Execute|Prepare|Close\ stmt|Reset\ stmt|Fetch|Field\ List)(?:\t|$)
                                          # MySQL's general log: thread id and command, '  1187 Query<TAB>'
  | \b(?:AM|PM)\ [0-9A-F]{3,8}\ (?:PACKET|EVENT|NOTIFY|UPDATE|SECURE|INIT|DS|RECURSE)\b
                                          # Windows DNS's debug log: thread id and context, 'AM 1D2C PACKET'
  | \s(?:==|<<|>>|!!)\ \[[^\]\n]{1,80}\]\   # FileZilla Server's direction or status mark and module:
                                          # '== [Core] ', '<< [FTP Session 27 61.230.22.214 mlpeng] '
""")
# syslog's host, then its tag: 'web01 sshd[1234]: ', or 'fw01 kernel: ' after syslog's own
# timestamp ('10:00 Jane wrote: ' after another is a person's line), which may end in its
# year (Aruba's and Cisco's 'Nov 14 01:06:08 2024 10.20.0.5 stm[4105]: '), or follow RFC 3339's
# fraction and offset (rsyslog's: '2026-11-09T06:04:26.679605+02:00 gw01 gammu-smsd[812]: '); ProFTPD's
# own log has no colon after its tag ('2026-11-09 06:09:46,661 ftp01 proftpd[21268] ftp01.example.fi (')
# (a syslog facility, maybe with its level, before the host: Infoblox NIOS's '2024-03-05T04:00:59+10:00
# daemon ns2-arawa.nrl.gov.pg dhcpd[9931]: ...')
_FACILITY = (r"(?:\s+(?:kern|user|mail|daemon|auth|syslog|lpr|news|uucp|cron|authpriv|ftp|local[0-7])"
             r"(?:\.(?:emerg|alert|crit|err|warn|warning|notice|info|debug))?)?")
_SYSLOG_TAG = re.compile(r"[\d.,:]*(?:Z|[+\-]\d{2}:?\d{2})?(?:\s+\d{4})?" + _FACILITY + r"\s+\S+\s+[\w\-/.()]+\[\d+\]:?\s")
_SYSLOG_TAG_NO_PID = re.compile(r"(?:\s+\d{4})?\s+\S+\s+[\w\-/.()]+:\s")
# A syslog record's host that is a machine's name (a digit or a dash in it, in lower case), its message untagged
# or tagged in brackets, as a router writes it (Yamaha RTX's 'Dec  2 10:19:12 rtx1210-honsha Restart by reload
# command', '... rtx830-seoul [DHCPD] LAN1 Release ...'); a person's note names no such host
_SYSLOG_MACHINE_HOST = re.compile(r"(?:\s+\d{4})?\s+(?=[a-z0-9.\-]*[\d\-])[a-z0-9][a-z0-9.\-]{1,62}\s+\S")
# A peer's address and port right after the timestamp, maybe after its name: OpenVPN's
# 'anna.becker/46.114.38.77:33817 MULTI: Learn: ...', '46.114.38.77:33817 TLS: Initial packet'
# (a person's note does not begin with one)
_PEER_FIRST = re.compile(r"[\d.,:]*\s+(?:[\w.\-@]{1,64}/)?(?:\d{1,3}\.){3}\d{1,3}:\d{1,5}\s")
# A process's number and its kind right after the timestamp: Rspamd's '2026-03-09 06:40:34
# #2842(normal) <47a02c>; task; ...'
_PROCESS_FIRST = re.compile(r"[\d.,:]*\s+#\d{1,7}\([\w\-]{1,30}\)\s"
                            # or a Windows process's image and its id in hex: SharePoint's ULS trace
                            # ('11/14/2024 10:30:06.85 \tNodeRunner.exe (0x25F4) \t0x37E6\t...')
                            r"|[\d.,:]*\s+[\w.\-]{1,60}\.(?:exe|EXE)\ \(0x[0-9A-Fa-f]{2,8}\)\s")
# A mail server's session: its client's address and the session's number in brackets after a
# time of day (SmarterMail's '00:04:29.527 [10.25.0.63][45760100] cmd: EHLO LALE-HP')
_SESSION_FIRST = re.compile(r"\d{2}:\d{2}:\d{2}\.\d{3}\ \[[0-9A-Fa-f.:]{2,45}\]\[\d{1,12}\]\ ")
# A dotted date and a time to the second, then the message (a router's event log as its page lists it: a
# FRITZ!Box's '17.03.24 18:52:59 WLAN-Gerät über Gastzugang angemeldet ...'): a machine's; a chat's export
# brackets its time or puts a comma after the date ('[17.03.24, 18:52:59] Anna: ...')
_DOTTED_SECONDS_FIRST = re.compile(r"\d{2}\.\d{2}\.\d{2}(?:\d{2})?\ \d{2}:\d{2}:\d{2}\ (?![\-–]\ )")


def starts_like_a_log_record(text: str) -> bool:
    """Whether a text line begins as a machine's log record does: a timestamp, then a
    level or a syslog tag. Such lines get patterns and structure but no NER: the small
    model reads 'INFO CE', 'Sat Jun' and 'sshd[24618' as names and places, and people's
    names are rare in machine logs (their user names, addresses and hosts are found by
    patterns). A timestamped note written by a person ('2026-10-14 10:00 Customer Ann
    Lee called') still goes through NER."""
    m = _LOG_RECORD_START.match(text)
    if m is None:
        return text[:1].isdigit() and _SESSION_FIRST.match(text) is not None
    if text[2:3] == "." and _DOTTED_SECONDS_FIRST.match(text) is not None:
        return True
    end = m.end()
    return (_SYSLOG_TAG.match(text, end) is not None
            or m.group("syslog") is not None and _SYSLOG_TAG_NO_PID.match(text, end) is not None
            or m.group("syslog") is not None and _SYSLOG_MACHINE_HOST.match(text, end) is not None
            or _PEER_FIRST.match(text, end) is not None
            or _PROCESS_FIRST.match(text, end) is not None
            or _LOG_LEVEL.search(text, end, end + 160) is not None)


# A quoted text in a log record, not a key's value ('msg="..."')
_QUOTED_TEXT = re.compile(r"""(?<![=\w])"(?P<d>[^"\n]{16,2000})"|(?<![=\w'])'(?P<s>[^'\n]{16,2000})'(?![\w'])""")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")


def quoted_messages(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of a log record's quoted messages that people wrote: an SMS gateway's 'Found 1
    sms to "+3725..." with text "Tere, Triin! Kuller toob paki homme."', a query's text value
    ('... VALUES (..., 'Hei, dette er Vegard Berntsen. Jeg har flyttet ...')'). Four words or
    more, one in lower case, no key's '=' and no path: a program's own quoted words are a
    key's value, a path or a name. NER reads these and nothing else of the record."""
    out = []
    for m in _QUOTED_TEXT.finditer(text):
        g = "d" if m.group("d") is not None else "s"
        body = m.group(g)
        if "=" in body or body[:1] in "/\\<{[" or "://" in body or body.count(" ") < 3:
            continue
        words = _LETTER_WORD.findall(body)
        if len(words) >= 4 and any(w.islower() for w in words):
            out.append(m.span(g))
    return tuple(out)


def is_log_line(text: str) -> bool:
    return _COMBINED.match(text) is not None


def without_log_lines(records):
    """A records frame without its access-log lines (one polars regex over the batch)."""
    import polars as pl

    return records.filter(~(pl.col("field").is_null() & pl.col("text").str.contains("(?x)" + _COMBINED.pattern)))


def segment_structure(kind: str, text: str) -> Structure:
    """The structure of one access-log field (see :func:`log_segments`), offsets into it."""
    hints: list[Hint] = []
    sups: tuple[Suppression, ...] = ()
    if kind == "user":
        hints.append(Hint("USERNAME", 0, len(text), 0.95, "access_log_user"))
    elif kind == "client" and not _ADDRESS_CHARS.fullmatch(text):
        # Client entries that are names, not addresses, identify a machine.
        for cm in _CLIENT_ENTRY.finditer(text):
            value = cm.group()
            if value != "-" and not _ADDRESS_ONLY.fullmatch(value):
                hints.append(Hint("HOSTNAME", cm.start(), cm.end(), 0.7, "access_log_client"))
    elif kind in ("request", "referer"):
        if "=" in text:
            hints += _query_hints(text, 0, len(text))
    elif kind in ("agent", "time"):
        sups = (Suppression(_NOISY, 0, len(text)),)
    elif kind == "tail":
        # name=value pairs, space-separated or not (user=jdoe rt=0.002)
        for pm in _TAIL_PARAM.finditer(text):
            hint = value_hint(pm.group("name"), text, *pm.span("value"), "access_log_tail")
            if hint:
                hints.append(hint)
    return Structure(tuple(hints), sups, is_log_line=True)


_TAIL_PARAM = re.compile(r"(?:(?<=[\s&;,])|^)(?P<name>[A-Za-z_][\w.-]{0,63})=\"?(?P<value>[^\s\"&;,]+)")


_QUOTED_FIELDS = frozenset({"request", "referer", "agent"})
_WHITESPACE = re.compile(r"\s+")


def fit_log_field(kind: str, replacement: str, *, whole: bool) -> str:
    """A replacement made to fit its access-log field, so the line keeps its fields:
    quotes and backslashes escaped inside a quoted field, no blanks in a bare one, and
    ``-`` (the format's "none") for a bare field that would be left empty."""
    if kind in _QUOTED_FIELDS:
        return replacement.replace("\\", "\\\\").replace('"', '\\"')
    if kind == "tail":  # after the fields: may sit inside quotes, must hold no blank
        return _WHITESPACE.sub("_", replacement.replace("\\", "\\\\").replace('"', '\\"'))
    replacement = _WHITESPACE.sub("_", replacement)
    return "-" if whole and not replacement else replacement


_ADDRESS_ONLY = re.compile(r"[0-9a-fA-F:.%\[\]]+")


def _access_log_structure(text: str, m: re.Match) -> Structure:
    hints: list[Hint] = []
    sups = [
        Suppression(_NOISY, *m.span("time")),
        Suppression(_NOISY, m.start("status"), m.end("bytes")),
    ]
    for kind, s, e in log_segments(text) or ():
        st = segment_structure(kind, text[s:e])
        hints += [Hint(h.entity_type, h.start + s, h.end + s, h.score, h.recognizer) for h in st.hints]
        sups += [Suppression(x.entity_types, x.start + s, x.end + s) for x in st.suppressions]
    return Structure(tuple(hints), tuple(sups), is_log_line=True)


# Where a forum's or a help desk's page names a poster. The recognizers read a view of
# HTML with its markup blanked (views.py), so this markup is read here, on the raw text:
# phpBB's, vBulletin's and XenForo's <a class="username">NAME</a> (phpBB's moderators'
# 'username-coloured'), a poster's or author's element, and the data attributes of
# Discourse's quotes and others' (data-username="NAME", data-author="NAME").
_HTML_USER = re.compile(
    r"""
    \bdata-(?:username|user-name|user|author|mention)=(?P<q>["'])(?P<data>[^"'<>\n]{1,64})(?P=q)  # (wpForo's
                                   # post names its author's login for mentions: data-mention="saskiafun")
  | <at\b[^<>]{0,100}>(?P<at>[^<>\n]{1,64}?)</at>  # a Teams message's mention: <at id="0">Callum</at>
  | <@[^|<>\s]{1,200}\|(?P<mention>[^<>|\n]{1,64})>  # Webex's and Slack's: <@personEmail:ana@x.io|Ana>
  | <(?:span|a)\b[^<>]{0,100}?\bclass=["'](?:mention|stream-user-id[^"'<>]{0,40})["'][^<>]{0,200}>@
      (?P<mention2>[^<>@\n]{1,64}?)</(?:span|a)>  # Zoho Cliq's: <span class="mention" data-zuid="...">@Amit
                                   # Joshi</span>; Wrike's comment: <a class="stream-user-id avatar" rel="@KUA42N7A">@Fiorella</a>
  | \bclass=["'][^"'<>]{0,60}avatar[^"'<>]{0,60}["'][^<>]{0,300}>\s*<img\b[^<>]{0,300}?\balt=["']  # an avatar's
      (?P<avatar>[^"'<>\n]{1,64})["']                   # picture, named for its member: <img alt="shughes">
  | <img\b[^<>]{0,300}?\bclass=["'][^"'<>]{0,60}avatar[^"'<>]{0,60}["'][^<>]{0,300}?\balt=["']
      (?P<avatar2>[^"'<>\n]{1,64})["']
  | <img\b[^<>]{0,100}?\btitle=["'](?P<avatar3>[^"'<>\n]{1,64})["'][^<>]{0,60}?\bclass=["'][^"'<>]{0,60}avatar
                                   # (uCoz's forum: <img alt="" title="Khamzat961" class="userAvatar" ...>)
  | <(?:a|span|strong|b|cite|div|dt|dd|td|h[1-6])\b[^<>]{0,300}?
      \bclass=["'](?:[^"'<>]*\s)?(?:\w+_)?  # (a prefix: Invision Community's 'cAuthorPane_author')
      (?P<kind>username(?:-coloured)?|user-?name|author|poster|postauthor|post-author|postuser
         |dspname)  # (WechatExporter's sender: <span class="dspname left">Stephanie Kong 江美凤</span>)
      (?:\s[^"'<>]*)?["'][^<>]{0,300}>
    (?:[ ]*<(?:strong|b|span|bdi|em|a)\b[^<>]{0,300}>)*[ ]*  # the name's emphasis, or its link
    (?P<element>[^<>\n]{1,64}?)[ ]*</
  | \bPost(?:ed)?\ by:?\ <(?:strong|b)>(?P<postby>[^<>\n]{1,64}?)</  # a print view's poster (SMF's
                                   # 'Post by: <strong>NAME</strong> on <strong>date')
  | \b(?:Logged\ in\ as|Saioa\ hasita|Angemeldet\ als|Connecté\ en\ tant\ que|Conectado\ como|Connesso\ come
      |Prihlásený\ ako|Přihlášen\ jako|Zalogowany\ jako)  # a forum's header: who saved the page
      :?\ <(?:strong|b)>(?P<loggedin>[^<>\n]{1,64}?)</     # (FluxBB's 'Logged in as <strong>NAME</strong>')
  | <a\b[^<>]{0,100}?\bhref=["'][^"'<>]{0,200}?  # a link to a member's profile: MyBB's, phpBB's, SMF's,
      (?:[?&;]action=profile|[?&;]mode=viewprofile|[?&;]showuser=|/members?/|/profile/  # IP.Board's,
         |/users?/\d|profile\.php\?id=|member\.php\?u(?:id)?=|(?<=["'])/u\d{1,9}(?=["']))  # Kunena's
                                   # '/forum/user/7966-serena265', FluxBB's and PunBB's 'profile.php?id=18', vBulletin's
                                   # 'member.php?u=7', Forumotion's '/u1852'
      [^"'<>]{0,120}["'][^<>]{0,200}>(?:<(?:span|strong|b|em)\b[^<>]{0,200}>){0,3}  # (the name's colour or
      (?P<profile>[^<>\n]{1,64}?)</                 # emphasis inside the link: Forumotion's <span style=...><strong>)
    """, re.VERBOSE | re.IGNORECASE)
_HTML_USER_GATE = re.compile(r"data-(?:user|author)|username|user-?name|author|poster|dspname|<at\b|post(?:ed)? by|member\.php"
                             r"|logged in as|saioa hasita|angemeldet als|connecté en tant|conectado como|connesso come"
                             r"|prihlásený ako|přihlášen jako|zalogowany jako"
                             r"|profile|/members?/|/users?/\d|<@|avatar|[-_](?:location|city)|mention|href=[\"']/u\d"
                             r"|postuser|emoticon\(",
                             re.IGNORECASE)
# A poster's place, as a forum shows it by the name: <span class="user-location">Knoxville</span>
_HTML_USER_PLACE = re.compile(r"""(?i)<(?:span|div|dd|li|small)\b[^<>]{0,200}?\bclass=["'](?:[^"'<>]*\s)?"""
                              r"""(?:user|author|poster|member|profile)[-_]?(?:location|city)(?:\s[^"'<>]*)?["'][^<>]{0,200}>"""
                              r"""[ ]*(?P<place>[^<>\n]{2,80}?)[ ]*</""")
# Words of an avatar's alternative text that name the picture, not its member
_AVATAR_WORDS = frozenset({"avatar", "profile", "photo", "picture", "image", "user", "member", "icon"})


_LINK_WORDS = frozenset({"profile", "view", "here", "more", "edit", "settings", "link", "me", "you", "member"})


# A label and its value side by side: a definition list's term and description (a forum's
# member box: '<dt>Location</dt><dd>Tiniali</dd>'), a table's row of a header cell and a cell
_LABELLED_CELL = re.compile(r"(?i)<(?P<tag>dt|th)\b[^<>]{0,200}>[ \t]*(?P<name>[^<>\n]{1,40}?)[ \t]*:?[ \t]*</(?P=tag)>"
                            r"[ \t]*<(?:dd|td)\b[^<>]{0,200}>[ \t]*(?P<value>[^<>\n]{1,120}?)[ \t]*</(?:dd|td)>")
_LABELLED_TYPES = _HINT_BY_NAME - {"HOSTNAME"}


def _labelled_cell_hints(text: str) -> list[Hint]:
    out = []
    for m in _LABELLED_CELL.finditer(text):
        name = m.group("name")
        if type_for_name(name) not in _LABELLED_TYPES or normalize_name(name) == "name":
            continue  # (a bare 'Name' is a product's as often)
        hint = value_hint(name, text, *m.span("value"), "region_field" if is_region_field(name) else "html_markup")
        if hint:
            out.append(hint)
    return out


def html_user_hints(text: str) -> list[Hint]:
    """Hints for the posters' names that a page's markup names as such (_HTML_USER).
    What an element of a 'username' class holds is a user name whatever it looks like;
    an 'author' or 'poster' element's text ('by', 'Posted') is a name only when it has
    a name's shape: a handle ('gary_w1971') or capitalized words ('Gary Whitmore'); a
    lone capitalized word there may be a label as well as a first name."""
    out = []
    if "</dt>" in text or "</th>" in text:
        out += _labelled_cell_hints(text)
    if _HTML_USER_GATE.search(text) is None:
        return out
    if "location" in text or "city" in text:
        for m in _HTML_USER_PLACE.finditer(text):
            hint = value_hint("location", text, *m.span("place"), "html_markup")
            if hint:
                out.append(hint)
    for m in _HTML_USER.finditer(text):
        shown = next((g for g in ("at", "mention", "mention2") if m.group(g) is not None), None)
        if shown is not None:
            if shown == "mention2" and not m.group(shown)[:1].isupper():
                continue  # a channel's everyone ('@here', '@channel'), or a handle's (the patterns')
            # the member's display name as Teams and Webex write it: a person's, or a first name
            hint = value_hint("displayName", text, *m.span(shown), "html_markup")
            if hint:
                out.append(hint)
            continue
        avatar = next((g for g in ("avatar", "avatar2", "avatar3") if m.group(g) is not None), None)
        if avatar is not None:
            value = m.group(avatar)
            if not set(re.split(r"[\W_]+", value.lower())) & _AVATAR_WORDS:  # ('User avatar', "Ana's photo")
                hint = value_hint("username", text, *m.span(avatar), "html_markup")
                if hint:
                    out.append(hint)
            continue
        group = next(g for g in ("data", "postby", "loggedin", "profile", "element") if m.group(g) is not None)
        value = m.group(group)
        if "&" in value or value.lower() in _EMPTY_VALUES:
            continue  # an entity in it: the view's recognizers see the decoded name
        # (a profile link's text is its member's name, or the link's label: 'View profile')
        kind = "author" if group in ("postby", "profile", "loggedin") else (m.group("kind") or "username").lower()
        if kind == "dspname":  # a chat's display name as its member set it: a person's, or a handle
            hint = value_hint("username" if _is_handle(value) else "displayname", text, m.start(group), m.end(group),
                              "html_markup")
            if hint:
                out.append(hint)
            continue
        if not kind.startswith("user") and not (_is_handle(value) or _is_full_name(value) or (
                group == "profile" and value.isalpha() and value.islower() and value not in _LINK_WORDS)):
            continue  # (a profile link's member in lower case: 'giubia')
        hint = value_hint("username", text, m.start(group), m.end(group), "html_markup")
        if hint:
            out.append(hint)
    if "emoticon(" in text:
        # uCoz's forum: the poster's name a reply quotes, inside the link to their name (onClick="emoticon('[b]
        # Khamzat961[/b],')"): theirs again
        out += [h for m in _UCOZ_QUOTED_POSTER.finditer(text)
                if (h := value_hint("username", text, *m.span(1), "html_markup"))]
    return out


_UCOZ_QUOTED_POSTER = re.compile(r"""\bemoticon\(\\?'\[b\]([^\[\]'"<>\n]{1,64})\[/b\],?\\?'\)""")


# Squid's native access.log: time, elapsed, client, code/status, bytes, method, URL, then
# the user its authentication gave ('jdoe', 'CONTOSO%5ca.novak', 'p.oconnor@CORP.EXAMPLE')
# 3proxy's log: its service and port, an error code, then the proxy's login (%N.%p %E %U, its default
# format's and its sample config's: 'PROXY.3128 00000 youssef.h 10.20.4.108:64894 110.242.68.3:443 ...')
_3PROXY_USER = re.compile(r"(?:^|(?<=\s))(?:PROXY|SOCKS|TCPPM|UDPPM|POP3P|FTPPR|SMTPP|TLSPR|DNSPR|ADMIN|AUTO)\.\d{1,5}"
                          r" \d{5} (?P<user>[^\s:]{1,64}) (?=\[?[\d.:a-fA-F]{2,45}\]?:\d{1,5} )")
# e2guardian's and DansGuardian's access.log, format 1 ('2024.5.13 7:41:02 fdiaz74 10.20.11.128 https://... *DENIED*
# Banned site: ... GET 8566 0 Social Networking 1 403 text/html CB-fdiaz74 Alumnos Mozilla/5.0 ...'): date, time, the
# login, the client, the URL, what it did, the method, size, weight, category, filter group, status, type, then the
# client's name ('-' where no reverse lookup) and its group's
_E2GUARDIAN = re.compile(
    r"\d{4}\.\d{1,2}\.\d{1,2} \d{1,2}:\d{2}:\d{2} (?P<user>\S+) (?P<client>[\d.:a-fA-F]{2,45}) \S+ .*?"
    r"(?<= )(?:GET|POST|HEAD|PUT|DELETE|OPTIONS|PATCH|CONNECT|PROPFIND) (?P<counts>\d+ -?\d+) .*?(?P<status>\d+ \d{3}) "
    r"\S+ (?P<host>\S+) \S+(?: |$)")
# A staff member's or a user's login, then their full name in brackets ('Staff hamzam (Hamza Malik) assigned ...',
# 'user samiullahm (Samiullah Mangal) ... denied'): the login made of the name's first letters
# (a full name in brackets after a word in lower case: the cheap test first, which a user agent's brackets fail)
_CAPITAL = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ"  # (Latin's and Cyrillic's capitals: 'Tóth Bálint', 'Олександр Савченко')
_NAME_IN_BRACKETS = re.compile(rf"[a-z0-9] \([{_CAPITAL}][^\W\d_]+ [{_CAPITAL}][^\W\d_'’\-]+(?: [{_CAPITAL}][^\W\d_'’\-]+)?\)")
_LOGIN_THEN_NAME = re.compile(r"(?<![\w\-])(?P<label>[Ss]taff|[Aa]gent|[Oo]perator|[Oo]fficer|[Uu]ser|[Mm]ember|[Cc]lerk"
                              r"|[Tt]echnician|[Aa]dmin|by|of|for|\w+_hook:)[ ](?P<login>[a-z][a-z0-9._\-]{1,31})[ ]\("
                              rf"(?P<name>[{_CAPITAL}][^\W\d_]+(?:[ ][{_CAPITAL}][^\W\d_'’\-]+){{1,2}})\)")
_WEAK_LOGIN_LABELS = frozenset({"by", "of", "for"})


def _login_then_name_hints(text: str) -> list[Hint]:
    out = []
    for m in _LOGIN_THEN_NAME.finditer(text):
        login = m.group("login").replace(".", "").replace("_", "").replace("-", "")
        name = m.group("name")
        words = [folded(w) for w in name.split()]
        # the login made of the name (accents folded: 'b.toth (Tóth Bálint)'); or after a user's, a staff's or an
        # admin's word one with a login's dot, '_' or digit ('admin o.savchenko (Олександр Савченко)'; not 'User
        # guide (Quick Start)', 'Staff meeting (Monday Morning)'); any after a hook's (a student's code:
        # 'pre_spawn_hook: qklhbt (Papp Orsolya)'); after 'by', 'of', 'for' only the first ('by default (Windows
        # Server)')
        label = m.group("label").lower()
        if label.endswith("_hook:") or label not in _WEAK_LOGIN_LABELS and any(
                c in m.group("login") for c in "._0123456789") or any(
                len(w) >= 3 and (login.startswith(w[:3]) or w[:3] in login) for w in words):
            out.append(Hint("USERNAME", *m.span("login"), 0.85, "login_then_name"))
            out.append(Hint("PERSON", *m.span("name"), 0.85, "login_then_name"))
    return out


def folded(word: str) -> str:
    """A word in lower case, its accents gone ('Tóth': 'toth'; a mail's display name as its domain spells it)."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


# Joomla's failed login (plg_system_log, its log_username on): the message, then the login tried in brackets and
# quotes ('... or you do not have an account yet. ("ayousafzai")')
_JOOMLA_FAILURE_USER = re.compile(r"\.[ ]\(\"(?P<user>[^\"\s]{1,64})\"\)[ \t]*$")
# tac_plus' (Shrubbery's, F4.x) accounting file: time, the NAS, the login, its line, the remote address, then start,
# stop or update ('May 14 04:19:38\t172.16.40.1\tjtechera\tvty1\t10.40.3.221\tstop\ttask_id=...')
_TAC_PLUS_ACCT = re.compile(r"[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}\t[^\t]{1,64}\t(?P<user>[^\t\s]{1,64})\t[^\t]{0,64}\t"
                            r"[^\t]{0,64}\t(?:start|stop|update)\t")


def _e2guardian_hints(text: str, m: re.Match) -> tuple[list[Hint], list[Suppression]]:
    hints = []
    if m.group("user") != "-":
        hint = value_hint("username", text, *m.span("user"), "e2guardian_user")
        if hint:
            hints.append(hint)
    if m.group("host") != "-" and not _IP_SHAPED.fullmatch(m.group("host")):
        hints.append(Hint("HOSTNAME", *m.span("host"), 0.85, "e2guardian_client"))
    return hints, [Suppression(frozenset({"PHONE_NUMBER"}), m.start("counts"), m.end("status"))]


_IP_SHAPED = re.compile(r"[\d.]{7,15}|[\da-fA-F:]{2,45}")
_SQUID_NATIVE = re.compile(
    r"\d{9,10}\.\d{3}\s+-?\d+\s+\S+\s+[A-Z_]+/\d{3}\s+\d+\s+[A-Z_]+\s+\S+\s+(?P<user>\S+)\s+[A-Z_]+/\S+")


# A directory entry's attributes as a Java map of lists prints them (CAS' and Spring's
# principal attributes: '{cn=[James Holloway], sn=[Holloway], uid=[jholloway], l=[Элӗк]}'):
# LDAP's short names say what they hold ('sn' a surname, not a serial number; 'l' a town)
_LDAP_ATTRIBUTE = re.compile(r"(?<![\w.\-])(?P<name>[A-Za-z][\w\-]{0,40})=\[(?P<value>[^\[\]\n]{1,200})\]")
_LDAP_NAMES = {"sn": "surname", "cn": "fullname", "l": "city", "st": "state", "c": "countrycode", "co": "country",
               "givenname": "givenname", "displayname": "displayname", "mail": "mail", "uid": "username",
               "samaccountname": "username", "userprincipalname": "upn", "street": "street",
               "streetaddress": "street", "postalcode": "postalcode", "telephonenumber": "telephonenumber",
               "mobile": "mobile", "homephone": "homephone", "postaladdress": "postaladdress"}
_LDAP_PEOPLE_KEYS = frozenset({"uid", "sn", "givenname", "samaccountname"})


def ldap_attribute_hints(text: str) -> list[Hint]:
    """Hints for a directory entry's attributes printed as a map of lists, by LDAP's
    names, where the entry is a person's (a uid, a surname or a given name among them)."""
    pairs = list(_LDAP_ATTRIBUTE.finditer(text))
    if len(pairs) < 3 or not any(m.group("name").lower() in _LDAP_PEOPLE_KEYS for m in pairs):
        return []
    return [h for h in (_ldap_hint(m.group("name"), text, *m.span("value")) for m in pairs) if h]


def _ldap_hint(attribute: str, text: str, start: int, end: int) -> Hint | None:
    """The hint for an LDAP attribute's value, by the attribute's name ('sn' a surname,
    'l' a town; one no name of ours types gives none)."""
    name = _LDAP_NAMES.get(attribute.lower())
    if name is None:
        return None
    return value_hint(name, text, start, end, "region_field" if is_region_field(name) else "ldap_attribute")


# An identity provider's resolved attribute, by its LDAP name (Shibboleth IdP's debug log:
# "Resolved attribute 'sn' with values [StringAttributeValue{value=Kandzia}]")
_RESOLVED_ATTRIBUTE = re.compile(r"\battribute '(?P<name>[A-Za-z][\w\-]{0,40})' with values? \[(?P<values>[^\[\]\n]{0,2000})\]")
_ATTRIBUTE_VALUE = re.compile(r"AttributeValue\{value=(?P<value>[^{}\n]{1,200})\}")


def resolved_attribute_hints(text: str) -> list[Hint]:
    out = []
    for m in _RESOLVED_ATTRIBUTE.finditer(text):
        if m.group("name").lower() in _LDAP_NAMES:
            out += [h for v in _ATTRIBUTE_VALUE.finditer(text, m.start("values"), m.end("values"))
                    if (h := _ldap_hint(m.group("name"), text, *v.span("value")))]
    return out


# A directory search's filter, '(|(cn=*Широбокова*)(telephoneNumber=89231133983))' (389 DS'
# and OpenLDAP's access logs), and a machine's entry by its name, 'fqdn=nb-kzl-0098.corp.local,
# cn=computers,...' (FreeIPA's hosts): a term's value goes by its attribute's LDAP name, its
# wildcards around it left out
_LDAP_TERM = re.compile(r"\((?P<name>[A-Za-z][\w\-]{0,40})[~<>]?=(?P<value>[^()\n]{1,200})\)")
_LDAP_FQDN = re.compile(r"(?<![\w\-])fqdn=(?P<value>[A-Za-z0-9][\w\-.]{0,200}?)(?=[,)\"\s]|$)")


def ldap_filter_hints(text: str) -> list[Hint]:
    out = []
    if "(" in text:
        for m in _LDAP_TERM.finditer(text):
            start, end = m.span("value")
            while start < end and text[start] == "*":
                start += 1
            while end > start and text[end - 1] == "*":
                end -= 1
            if end <= start or "*" in text[start:end] or "=" in text[start:end]:
                continue  # (a DN as the value, 'memberHost=fqdn=...,cn=computers': its fqdn below)
            hint = _ldap_hint(m.group("name"), text, start, end)
            if hint:
                out.append(hint)
    for m in _LDAP_FQDN.finditer(text):
        hint = value_hint("hostname", text, *m.span("value"), "ldap_attribute")
        if hint:
            out.append(hint)
    return out


# MariaDB's audit plugin (server_audit.log): time, server, the database user, the client's
# host, connection and query ids, the operation ('20250217 01:47:25,db-shop-01,giuanne.pinna,
# 192.168.44.20,4605,0,CONNECT,kasa,,0')
_MARIADB_AUDIT = re.compile(r"\d{8} \d{2}:\d{2}:\d{2},[\w.\-]+,(?P<user>[^,\s'\"]{1,64}),(?P<host>[^,\s]*),\d+,\d+,"
                            r"(?:CONNECT|DISCONNECT|FAILED_CONNECT|CHANGEUSER|QUERY|READ|WRITE|CREATE|ALTER|DROP|RENAME)\b")

# MoinMoin's edit-log (data/edit-log), tab-separated: time in microseconds, revision, action,
# page, the editor's address and host name (reverse DNS, or the address again), user id,
# extra, comment ('1262384943746499\t00000001\tSAVENEW\tAkolAriko\t192.168.88.197\tpc-nbo-0227\t...')
_MOIN_EDIT = re.compile(r"\d{13,17}\t\d{8}\t(?:SAVE|SAVENEW|SAVE/REVERT|SAVE/RENAME|ATTNEW|ATTDEL|ATTDRW)\t"
                        r"[^\t]*\t[^\t]*\t(?P<host>[^\t]*)\t")


# A search box's parameters: what one looks for is a person's full name now and then
_SEARCH_PARAMS = frozenset({"q", "query", "search", "searchterm", "search_term", "term", "keyword", "keywords",
                            "s", "find", "lookup"})


# A search engine's parameters that hold a query in Lucene's syntax (Solr's 'q' and 'fq', Elasticsearch's URI search)
_LUCENE_PARAMS = frozenset({"q", "fq", "query"})
# A query's term: a field, a colon, a quoted phrase (its closing quote missing where a user left it out:
# 'full_name:"Nour'), a group of values, or a bare word ('imei:(353...+OR+358...)', 'created_by:bsalar')
_LUCENE_TERM = re.compile(r"""(?:(?<=^)|(?<=[=(\s+'])|(?<=%28))(?P<name>[A-Za-z_][\w.]{0,40}):"""
                          r"""(?:(?:"|%22)(?P<quoted>(?:(?!"|%22)[^&\s'])+)(?:"|%22)?"""
                          r"""|\((?P<group>[^()&\s]+)\)|(?P<bare>[^\s&()"'+*\[{][^\s&()"'+]*))""")
_LUCENE_OR = re.compile(r"\+(?:OR|AND|\|\||&&)\+|\s(?:OR|AND)\s|\+")
_QUERY_FIELDS = re.compile(r"(?:^|&)qf=(?P<fields>[^&]*)")


def lucene_hints(text: str, start: int, end: int, url_encoded: bool = False, facet: bool = False) -> list[Hint]:
    """Hints for the terms of a Lucene query at ``text[start:end]`` by their fields' names:
    'full_name:"Karim Khoury"' a person, 'customer_phone:"0797533172"' a phone, each value of
    'imei:(353325112482702 OR 358917090353445)' a device's id. ``facet``: a filter query's
    (Solr's 'fq'), whose place is a facet's ('fq=city:"Erbil"': all the customers of a town),
    no one's whereabouts."""
    out = []
    for m in _LUCENE_TERM.finditer(text, start, end):
        kind = type_for_name(m.group("name"))
        if kind not in _HINT_BY_NAME or facet and kind == "LOCATION":
            continue
        if m.group("group") is None:
            kind = "quoted" if m.group("quoted") is not None else "bare"
            pieces = [m.span(kind)]
        else:
            gs, ge = m.span("group")
            pieces, at = [], gs
            for sep in _LUCENE_OR.finditer(text, gs, ge):
                pieces.append((at, sep.start()))
                at = sep.end()
            pieces.append((at, ge))
        for s, e in pieces:
            if e > s:
                hint = value_hint(m.group("name"), text, s, e, "query_parameter", url_encoded=url_encoded)
                if hint:
                    out.append(hint)
    return out


def _searched_fields_hints(segment: str, vs: int, ve: int) -> list[Hint]:
    """A plain query's words typed by the first of the fields it searches ('qf=full_name^3+phone')
    whose kind they have: 'q=Omar+Salih' a person's name, 'q=0797533172' a phone."""
    fields = _QUERY_FIELDS.search(segment)
    if fields is None:
        return []
    for qf in unquote_plus(fields.group("fields")).split():
        name = qf.partition("^")[0]
        if type_for_name(name) in _HINT_BY_NAME:
            hint = value_hint(name, segment, vs, ve, "query_parameter", url_encoded=True)
            if hint:
                return [hint]
    return []


# Words of a URL's path before a search that say it lists people
_PEOPLE_PATH = re.compile(r"(?i)(?:^|[/_\-.])(?:users?|customers?|members?|people|persons?|contacts?"
                          r"|directory|employees?|staff|patients?|students?|candidates?|guests?"
                          # (a CRM's clients, a lender's borrowers, a landlord's tenants: '/api/v2/clients/search')
                          r"|clients?|clientes?|kunden|applicants?|tenants?|residents?|borrowers?|subscribers?"
                          r"|beneficiar(?:y|ies))"
                          r"(?=$|[/_\-.?])")


# A search's value that is a number as one dials it: digits, a '+' first, blanks, dashes, dots, brackets
_PHONE_SEARCHED = re.compile(r"\+?[\d(][\d\s().\-]{5,20}\d")
_PATH_BEFORE = re.compile(r"[^\s\"'<>]{1,300}$")


def _searches_people(text: str, q: int) -> bool:
    """Whether the path before the query at ``text[q]`` lists people."""
    path = _PATH_BEFORE.search(text, max(0, q - 300), q)
    return path is not None and _PEOPLE_PATH.search(path.group()) is not None


def _a_persons_name(value: str) -> bool:
    """A full name, or one capitalized word (a surname: 'Visser', 'Koç'), no thing's."""
    value = value.strip()
    one_word = value.isalpha() and len(value) >= 3 and value[0].isupper() and value[1:].islower()
    return (one_word or _is_full_name(value)) and not _names_a_thing(value)


# Frappe's (ERPNext's) documents in a request's URL: a REST resource by its doctype and its name
# ('/api/resource/Customer/Pemba%20Lepcha', '/api/resource/Address/Binod Sharma-Billing'), a form's document and a
# link field's search by their doctype ('getdoc?doctype=Customer&name=...', 'search_link?txt=7478891668&doctype=
# Customer'), and the point of sale's search by a serial or an IMEI ('search_value=354218114799034')
_FRAPPE_RESOURCE = re.compile(r"/api/resource/(?P<doctype>[A-Za-z]+(?:(?:%20|[ ])[A-Za-z]+){0,3})"
                              r"/(?P<name>(?=[^/?&'\"\s])(?:[^/?&'\"\n]{1,140}?(?=[?'\"])|[^/?&'\"\s]{1,140}(?=[\s/]|$)))")
# (a name decoded, its blanks in it, up to the query or the quote; or encoded, up to a blank: an access log's)
_FRAPPE_QUERY_VALUE = re.compile(r"[?&](?P<param>txt|name)=(?P<value>[^&'\"\s]{1,200})")
_FRAPPE_DOCTYPE = re.compile(r"[?&]doctype=(?P<doctype>[^&'\"\s]{1,60})")
_FRAPPE_SERIAL_SEARCH = re.compile(r"serial_or_batch_or_barcode_number\?search_value=(?P<value>[A-Za-z0-9\-]{6,40})")
_FRAPPE_PEOPLE = frozenset({"customer", "contact", "lead", "employee", "patient", "student", "guardian", "member",
                            "instructor", "driver"})
# An address's document is named for its title and its type ('Binod Sharma-Billing', 'Ugen Bhutia-Shipping-1')
_FRAPPE_ADDRESS_TYPE = re.compile(r"-(?:Billing|Shipping|Office|Personal|Plant|Postal|Shop|Subsidiary|Warehouse"
                                  r"|Current|Permanent|Other)(?:-\d{1,3})?$")


def frappe_hints(text: str) -> list[Hint]:
    """Hints for the documents a Frappe or ERPNext request names, typed by their doctype (see _FRAPPE_RESOURCE): a
    customer's, a contact's or an employee's name or phone; an address's by its title (the customer's name) or the
    text a link field searches; a serial number's or an IMEI's."""
    out = []
    for m in _FRAPPE_RESOURCE.finditer(text):
        out += _frappe_value_hints(text, unquote_plus(m.group("doctype")).lower(), *m.span("name"), resource=True)
    for q in _FRAPPE_DOCTYPE.finditer(text):
        query_start = text.rfind("?", 0, q.start() + 1)
        query_end = min((i for i in (text.find(c, q.end()) for c in "'\" ") if i >= 0), default=len(text))
        for v in _FRAPPE_QUERY_VALUE.finditer(text, query_start, query_end):
            out += _frappe_value_hints(text, unquote_plus(q.group("doctype")).lower(), *v.span("value"))
    for m in _FRAPPE_SERIAL_SEARCH.finditer(text):
        out += _frappe_value_hints(text, "serial no", *m.span("value"))
    return out


def _frappe_value_hints(text: str, doctype: str, start: int, end: int, resource: bool = False) -> list[Hint]:
    value = unquote_plus(text[start:end])
    if doctype == "address" and resource:
        title = _FRAPPE_ADDRESS_TYPE.search(value)
        if title is None or not _a_persons_name(value[:title.start()]):
            return []
        cut = end
        for _ in range(title.group().count("-")):  # (back over the type's hyphens, in the text as written)
            cut = text.rfind("-", start, cut)
        return [Hint("PERSON", start, cut, 0.85, "query_parameter")]  # (the customer's name the address is titled by)
    if doctype == "address":
        return [Hint("LOCATION", start, end, 0.85, "query_parameter")] if any(c.isalpha() for c in value) else []
    if doctype in ("serial no", "serial_no"):  # (an IMEI's fifteen digits, or a serial)
        field = "imei" if value.isdigit() and len(value) == 15 else "serial_no"
    elif doctype in _FRAPPE_PEOPLE and _a_persons_name(value):
        return [Hint("PERSON", start, end, 0.85, "query_parameter")]
    elif doctype in _FRAPPE_PEOPLE and _PHONE_SEARCHED.fullmatch(value):
        field = "phone"
    else:
        return []
    hint = value_hint(field, text, start, end, "query_parameter", url_encoded=True)
    return [hint] if hint else []


def _query_hints(text: str, start: int, end: int, path: str | None = None) -> list[Hint]:
    """Hints for the parameters of the query at ``text[start:end]``, whose path is before it
    (or ``path``, where a record keeps it apart)."""
    segment = text[start:end]
    q = segment.find("?")
    if q < 0:
        # a bare form body or query ("user=jdoe&page=2") counts too
        if "=" not in segment or " " in segment.strip():
            return []
        q = -1
    out = []
    for pm in _QUERY_PARAM.finditer(segment, q + 1):
        name = pm.group("name")
        if name == "name" and "doctype=" in segment:
            continue  # a Frappe document's name, by its doctype (frappe_hints): an invoice's 'ACC-SINV-2024-02696'
        if "%" in name:  # 'contact%5Bname%5D': a form's 'contact[name]'
            name = unquote_plus(name)
        if name.lower() in _LUCENE_PARAMS and pm.end("value") > pm.start("value"):
            # a search engine's query (Solr's and Elasticsearch's 'q=', 'fq='): its terms by their fields
            # ('q=full_name:"Karim+Khoury"', 'q=imei:(3533...+OR+3589...)'), or its words by the fields the
            # query searches ('q=Omar+Salih&qf=full_name^3+phone')
            vs = pm.start("value")
            ve = segment.find("&", vs)
            ve = len(segment) if ve < 0 else ve
            found = lucene_hints(segment, vs, ve, url_encoded=True, facet=name.lower() == "fq")
            if not found and name.lower() == "q" and "qf=" in segment:
                found = _searched_fields_hints(segment, vs, ve)
            if found:
                out += [Hint(h.entity_type, start + h.start, start + h.end, h.score, h.recognizer) for h in found]
                continue
        if name.lower() in _SEARCH_PARAMS and pm.end("value") > pm.start("value"):
            # a search for someone by name in a list of people: an admin's
            # '/customers?search=Jakub+Mazur', a directory's '/Directory/Search.aspx?q=Visser'
            vs, ve = pm.span("value")
            people = _searches_people(text, start + max(q, 0)) if path is None else bool(_PEOPLE_PATH.search(path))
            if people and _a_persons_name(searched := unquote_plus(segment[vs:ve])):
                out.append(Hint("PERSON", start + vs, start + ve, 0.6, "query_parameter"))
            elif people and _PHONE_SEARCHED.fullmatch(searched):
                # ... or by phone ('/customers/search?q=%2B222+20+12+20+36', 'q=0843891423'): its shape checked
                hint = value_hint("phone", segment, vs, ve, "query_parameter", url_encoded=True)
                if hint:
                    out.append(Hint(hint.entity_type, start + hint.start, start + hint.end, hint.score, hint.recognizer))
            continue
        if name in _SMS_PARTIES and pm.end("value") > pm.start("value") \
                and not _A_DATE.fullmatch(segment, *pm.span("value")) and _SMS_PATH.search(
                    segment[:q] if q > 0 else path if path is not None else text[max(0, start - 200):start]):
            # an SMS gateway's call, its message's recipient ('/api/send.php?to=088127596645&text=...',
            # '/sms/send?dest=016-935+3736'): a phone's number, its shape checked
            hint = value_hint("phone", segment, *pm.span("value"), "query_parameter", url_encoded=True)
            if hint:
                out.append(Hint(hint.entity_type, start + hint.start, start + hint.end, hint.score, hint.recognizer))
            continue
        if type_for_name(name) not in _VALUE_HINTED:
            continue  # most parameters (page=2, utm_source=...): asked once per name (cached)
        vs, ve = pm.span("value")
        if vs == ve:
            continue
        hint = value_hint(name, segment, vs, ve, "query_parameter", url_encoded=True)
        if hint:
            out.append(Hint(hint.entity_type, start + hint.start, start + hint.end,
                            hint.score, hint.recognizer))
    return out


# An SMS gateway's path (its host's or its script's name) and its recipient's parameters
_SMS_PATH = re.compile(r"(?i)(?:\bsms|/send(?:sms|message)?(?:\.php)?\b|/messages?\b)")
_SMS_PARTIES = frozenset({"to", "dest", "destination", "recipient", "recipients", "receiver"})
_A_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}")  # (a report's 'to=2024-12-01')


# A firewall's web record that logs a site and its path apart (SonicWall's 'dstname=
# www.linkedin.com arg=/in/NAME/', FortiGate's 'hostname="www.linkedin.com" ...
# url="/in/NAME"'): a profile's URL split in two, whose handle the social_profile pattern
# cannot see
_SOCIAL_HOST = re.compile(r"\b(?:dstname|hostname|host|dhost)=[\"']?(?:www\.|m\.|[a-z]{2}\.)?"
                          r"(?P<site>linkedin|twitter|x|instagram)\.com[\"']?(?=\s|$)")
_SITE_PATH = re.compile(r"\b(?:arg|url|uri|path|request)=[\"']?(?P<path>/[^\s\"'?]*)")
_PROFILE_IN_PATH = {
    "linkedin": re.compile(r"/(?:in|pub)/(?P<handle>[\w\-]{2,64})(?![\w.\-])"),
    "other": re.compile(r"/(?!(?:share|intent|search|hashtag|home|login|signup|explore|settings|i|p|reel|reels"
                        r"|stories|about|help|legal|privacy|tos|messages|notifications|direct|accounts)(?![\w.\-]))"
                        r"(?P<handle>[A-Za-z0-9_][\w\-]{1,63})(?![\w.\-])"),
}


def split_profile_hints(text: str) -> list[Hint]:
    """The handle in a profile's path where a line logs the site apart (_SOCIAL_HOST)."""
    host = _SOCIAL_HOST.search(text)
    if host is None:
        return []
    path = _SITE_PATH.search(text)
    if path is None:
        return []
    pattern = _PROFILE_IN_PATH["linkedin" if host.group("site") == "linkedin" else "other"]
    m = pattern.match(path.group("path"))
    if m is None:
        return []
    at = path.start("path")
    return [Hint("USERNAME", at + m.start("handle"), at + m.end("handle"), 0.7, "social_profile")]


# --- JSON objects and ModSecurity's arguments in log lines -----------------------------------

# An application's log line that prints a request's or an object's JSON ('Stripe error:
# {"customer":{"name":"Maja Mazur","address":{"city":"Kraków"}}}'): its string members
# are typed by their keys, as a JSON record's fields are; so are a Ruby hash's, as Rails logs
# a request's ('Parameters: {"order"=>{"email"=>"ana@x.io", "shipping_address"=>{...}}}')
# (or a Python dict's repr, in single quotes: "{'serialNumber': 'MB52992601', 'ip': ...}")
# (a name may hold blanks: an iOS placemark's 'ISO Country Code', 'Sub Administrative Area')
# (a key may be a claim's URI, typed by its last part: WSO2's and AD FS' claims,
# '"http://wso2.org/claims/givenname" : "Daniel"', '.../identity/claims/emailaddress')
_JSON_MEMBER = re.compile(r"""(?P<q>["'])(?:https?://[\w.\-/]{1,100}/)?(?P<name>[A-Za-z_$@](?:[\w$@.\-]|[ ](?=[\w$@])){0,40})(?P=q)\s*(?::|=>)\s*(?P=q)"""
                          r"""(?P<value>(?<=")[^"\\\n]{1,200}|(?<=')[^'\\\n]{1,200})(?P=q)""")
_JSON_PARENT = re.compile(r"""(?P<q>["'])(?P<name>[A-Za-z_$@](?:[\w$@.\-]|[ ](?=[\w$@])){0,40})(?P=q)\s*(?::|=>)\s*$""")
# A JavaScript object's members, its keys bare, as Node's util.inspect prints an object ('{ name:
# 'Olivia Dubois', city: 'Brighton' }') and Neo4j's query log a query's parameters ('{id: 'C-88',
# city: 'Brighton', country: 'United Kingdom'}'); a value's quote may be escaped inside it
_JS_MEMBER = re.compile(r"""(?<=[{,])[ \t]{0,3}(?P<name>[A-Za-z_$][\w$]{0,40}):[ \t]{0,3}(?P<q>['"])"""
                        r"""(?P<value>(?:[^'"\\\n]|\\.){1,200})(?P=q)(?=[ \t]{0,3}[,}])""")
_JS_PARENT = re.compile(r"""(?:^|[{,\s])(?P<name>[A-Za-z_$][\w$]{0,40}):[ \t]{0,3}$""")
# Apache's ModSecurity names the argument it matched and quotes its value: "against
# variable `ARGS:last_name' (Value: `D'Angelo' )", "found within ARGS:last_name: D'Angelo"]"
_MODSEC_ARG = re.compile(r"ARGS:(?P<name>[\w.\-\[\]]{1,60})' \(Value: `(?P<value>[^\n]{1,200}?)' \)"
                         r"|found within ARGS:(?P<name2>[\w.\-\[\]]{1,60}): (?P<value2>[^\"\]\n]{1,200})\"\]")


# An object's own e-mail or login among its members (sources.jsonfmt's _OWN_ID_KEY, quoted, before its value)
_OWN_ID_MEMBER = re.compile(r"""(?i)["'](?:public_?|primary_?)?e-?mail(?:_?address)?["']\s*:|["'](?:preferred_?)?"""
                            r"""(?:user_?name|login)["']\s*:""")


# An object's street line or its phone among its members: an address's, its 'name' the recipient's
_RECIPIENT_MEMBER = re.compile(r"""(?i)["'](?:line1|address_?line_?1|address1|street|street_?address|phone|mobile)["']\s*:""")


# The key of an object that wraps a field's value, right before its '{"value"': '"firstname":{'
_VALUE_WRAPPER = re.compile(r'"(?P<name>[A-Za-z_][\w\-]{0,40})"\s*:\s*\{\s*\Z')


def _object_end(text: str, at: int) -> int:
    """Where the JSON object that ``at`` is inside ends (its '}'; the text's end where none)."""
    end = text.find("}", at)
    return len(text) if end < 0 else end


_DIALLING_CODE_MEMBER = re.compile(r'"(?:callingCode|calling_code|dialCode|dial_code|countryCallingCode)"\s*:')


def json_member_hints(text: str, js: bool = False) -> list[Hint]:
    """Hints for the string members of JSON objects inside a line of text, by their keys
    (``js``: a JavaScript object's, its keys bare). A bare 'name' counts below a person-like
    key only ('customer': {'name': ...}), so the object it belongs to is looked for: the '{'
    it is in, with no '}' between."""
    out = []
    members, parents = (_JS_MEMBER, _JS_PARENT) if js else (_JSON_MEMBER, _JSON_PARENT)
    for m in members.finditer(text):
        name = m.group("name")
        if name == "value" and not js and (wrap := _VALUE_WRAPPER.search(text, max(0, m.start() - 64), m.start())):
            name = wrap.group("name")  # a field's value wrapped in an object of its own, the field's key outside it
            # (Mautic's lead in a webhook's log: '"firstname":{"value":"Giovanna"}', '"mobile":{"value":"..."}')
        elif name == "number" and not js and (brace := text.rfind("{", 0, m.start())) >= 0 \
                and "}" not in text[brace:m.start()] \
                and _DIALLING_CODE_MEMBER.search(text, brace, _object_end(text, m.end())):
            name = "phoneNumber"  # a phone object's number beside its country's dialling code (a CRM's phones in a
            # cell: Twenty's '[{"number":"3317589","callingCode":"+670","countryCode":"TL"}]')
        if type_for_name(name) not in _VALUE_HINTED:
            continue
        leaf = _leaf_and_parent(name)[0]
        if leaf in _NAME_LEAVES and "." not in name:  # (a flat key that is a path names its own object: zerolog's
            brace = text.rfind("{", 0, m.start())      # and ECS' 'user.name', 'node.name')
            parent = parents.search(text, max(0, brace - 60), brace) if brace >= 0 else None
            if parent is not None and "}" not in text[brace:m.start()]:
                name = f"{parent.group('name')}.{name}"  # (Spanish's and Portuguese's too: a device's 'nombre')
            elif leaf == "name" and brace >= 0 and "}" not in text[brace:m.start()] \
                    and _OWN_ID_MEMBER.search(text, brace, _object_end(text, m.end())):
                name = "user.name"  # the object's own e-mail or login beside it: a person's, as sources.jsonfmt reads
                # a record's (EC-CUBE's log of a customer's edit: '{"customer_id":2727,"name":"高橋 結衣","email":...}')
            elif leaf == "name" and brace >= 0 and "}" not in text[brace:m.start()] \
                    and _is_full_name(m.group("value")) \
                    and _RECIPIENT_MEMBER.search(text, brace, _object_end(text, m.end())):
                name = "user.name"  # an address's or a parcel's recipient beside their street and phone: a person's
                # (a bot's order in a Python dict: "ship_to={'name': 'Meena Nair', 'line1': '22, Civil Lines', ...}")
            elif leaf == "name":
                continue
        hint = value_hint(name, text, *m.span("value"), "region_field" if is_region_field(name) else "json_member")
        if hint and not _a_switchs_state(hint, text):
            out.append(hint)
    return out


_STATE_WORD = re.compile(r"[a-z][a-z_]*|[A-Z][A-Z_]{3,}")


def _a_switchs_state(hint: Hint | None, text: str) -> bool:
    """Whether a log line's 'state' found as a region's code is a switch's ('"state":"ON"' in
    Zigbee2MQTT's payloads, 'state=OFF'), not Ontario: a line's pairs, where an export's
    column of provinces would hold it."""
    if hint is None or hint.entity_type != "LOCATION":
        return False
    value = text[hint.start:hint.end]
    # ('"state":"idle"', '"state":"TOGGLE"': a device's; a province is capitalized, 'Ontario', or
    # its code two or three capitals, 'ON', 'NSW', and 'ON' alone is a switch's as often)
    return value.upper() in ("ON", "OFF") or _STATE_WORD.fullmatch(value) is not None


# A log line's key=value pairs: separated by ', ' (Cisco ISE's and ASA's 'FirstName=Sarah,
# LastName=Whitaker, GuestUserName=sarahwhi89', keys with blanks in them), or by blanks
# (logfmt's, FortiGate's 'user="jdoe" srcmac=...'), a value maybe quoted (_BLANK_VALUE)
_COMMA_PAIR = re.compile(r"(?:^|(?<=,[ \t]))(?P<name>[A-Za-z][\w\-. ]{0,40}?)=(?P<value>[^,\n]{1,200})(?=,[ \t]|$|\n)")
_KEY_VALUE_TYPES = _HINT_BY_NAME - {"LOCATION"}
_NETWORK_OWNER_LEAVES = frozenset({"isp", "ispname", "asnorg", "asorg", "asname", "carrier", "carriername"})
_ONE_PAIR = re.compile(r"(?P<name>[A-Za-z][\w\-.]{0,40})=(?P<value>[^=\s][^=\n]{0,200})")
_COMMA_PAIRS = re.compile(r",[ \t][A-Za-z][\w\-. ]{0,40}?=")
_QUOTED_NAME_PAIR = re.compile(r"(?:^|(?<=[\s,;]))name=(?P<q>['\"])(?P<value>[^'\"\n]{1,200})(?P=q)(?=,|\s|$)")
_ANY_KEY = re.compile(r"(?:^|(?<=[\s,;{(\[]))([A-Za-z][\w\-.]{0,40})=")


# (a quoted value's quotes may be escaped, in a JSON log's message: Keycloak's first_name=\"Florence\")
_BLANK_VALUE = re.compile(r'\\?"(?P<quoted>[^"\\\n]{1,200})\\?"'
                          # or in single quotes, as a Java app's message writes its fields ("zip='70100'")
                          r"|'(?P<squoted>[^'\n]{1,200})'(?![\w'])"
                          r'|(?P<value>[^\s"\\,;)\]}>]{1,200})')
_KEY_STARTS = frozenset(" \t\n,;{([")
# Keys of an address's street line in a log's pairs (see key_value_hints)
_STREET_KEYS = frozenset({"street", "streetaddress", "street1", "address1", "addressline1", "addr1", "strasse",
                          "line1",  # (an address's own record: 'line1="House No. 87, Jackson Road" city="Cape Coast"')
                          # or a town's parts, which no GeoIP names: Indonesia's village and district
                          # (an address normalizer's 'kelurahan=Cipaganti'), the Philippines' barangay
                          "kelurahan", "kecamatan", "desa", "barangay"})
# Keys of an address's parts that no GeoIP names: a town, a province (GeoIP's postal code is a 'zip')
_ADDRESS_KEYS = frozenset({"town", "province", "village", "municipality", "suburb"})
# A backslash that joins a domain to its account, once or escaped (not a JSON text's '\n')
_DOMAIN_AFTER = re.compile(r"\\\\|\\(?![nrt\"])")
# A person's name and their login in parentheses: 'Beatriz Nogueira (bnogueira)'
_NAME_AND_LOGIN = re.compile(r"(?P<name>[^()]{3,60}?)\s*\((?P<login>[a-z0-9_][\w.\-]{1,63})\)")
# A 'key:"value";' pair of a firewall's record (Check Point's Log Exporter)
_QUOTED_PAIR = re.compile(r'(?:^|(?<=[\[;]\s)|(?<=[\[;]))(?P<name>[A-Za-z_][\w\-]{0,60}):"(?P<value>[^"\n]{1,200})"(?=;|\])')


# A page's tag with an attribute ('<a href=...>'; a log's bracketed fields, Aruba's
# '<aruba-mc01 10.20.0.5>', have none)
_TAG_WITH_ATTRIBUTE = re.compile(r"<[A-Za-z][\w:\-]*\s[^<>]*=")
# Keys the user-name recognizer reads itself (username.yaml's after_key: 'user=', 'login=')
_RECOGNIZED_KEYS = frozenset({"user", "username", "userid", "uid", "login", "loginname", "logname"})


@lru_cache(maxsize=4096)
def _typed_key(name: str) -> bool:
    name = name.strip()
    leaf = _leaf_and_parent(name)[0]
    kind = type_for_name(name)
    client_place = kind == "LOCATION" and (leaf.startswith(_CLIENT_SIDE) or leaf.endswith("src"))
    return (kind in _KEY_VALUE_TYPES or client_place or leaf == "device") and leaf != "name" and leaf not in _RECOGNIZED_KEYS
    # (a bare 'device=' only when its value is named after its owner: see value_hint)


# A log's place of the client, by GeoIP (FortiGate's 'srccountry', Imperva's 'ccode' and
# 'cicode'): where the person is. The server's ('dstcountry') and a bare 'country=' (a web
# server's as often) are not typed.
_CLIENT_SIDE = ("src", "source", "client", "visitor", "ccode", "cicode")


_APPLIANCE_ID = re.compile(r"\bdev(?:ice)?_?id=\"?(?P<id>[A-Z0-9][A-Z0-9\-]{5,40})")
_DEVICE_ID_TYPES = frozenset({"SERIAL_NUMBER", "HARDWARE_ID"})
_GROUP_VALUE = re.compile(r'(?i)\b(?:user_?)?(?:group|gp|grp)(?:_?name)?="(?P<v>[^"]{1,80})"')
_APPLIANCE_NAME = re.compile(r"\bdev(?:ice)?_?name=\"?(?P<name>[^\"\s]{1,64})")
# A form's body or a query in quotes: 'name=Stefan+Haddad&street=...&phone=...'
_FORM_BODY = r'[\w.\-\[\]%]{1,40}=[^"\s&]{0,200}(?:&[\w.\-\[\]%]{1,40}=[^"\s&]{0,200}){1,40}'
_KEYED_QUERY = re.compile(rf'(?i)\b(?:query_?string|query|qs)="(?P<form>{_FORM_BODY})"')
_QUOTED_FORM = re.compile(rf'(?<=[\s\[(]")(?P<form>{_FORM_BODY})"')
# F5 APM's session variables: "Session variable 'session.machine_info.last.hdd.list.[0].
# serial_number' set to 'WD-WX3UTQY9CR'", typed by the variable's last part; a version's
# value is no address ('session.client.version' set to '7.2.5.3')
_SET_TO = re.compile(r"'(?P<name>[\w.\[\]\-]{1,160})' set to '(?P<value>[^'\n]{1,200})'")
# F5 APM's GeoIP of a session's client: 'New session from client IP 2600:... (ST=Arizona/CC=US/C=NA)'
_CLIENT_GEO = re.compile(r"\bclient IP \S+ \(ST=(?P<st>[^/()\n]{0,60})/CC=(?P<cc>[A-Z]{2})?/")
_VERSION_NOT = frozenset({"IP_ADDRESS", "PHONE_NUMBER"})


def session_variable_hints(text: str) -> tuple[list[Hint], list[Suppression]]:
    hints, sups = [], []
    for m in _SET_TO.finditer(text):
        name = m.group("name")
        if _leaf_and_parent(name)[0].endswith("version"):
            sups.append(Suppression(_VERSION_NOT, *m.span("value")))
        elif type_for_name(name) in _KEY_VALUE_TYPES:
            hint = value_hint(name, text, *m.span("value"), "key_value")
            if hint:
                hints.append(hint)
    return hints, sups


# An mbox's separator line: 'From ltorres80@aon.at  Mon Jan  8 08:34:32 2024' (the model
# reads 'Mon' as a place)
_MBOX_FROM = re.compile(r"From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ")
# A record's 'Label: value' pairs, after a comma or a blank: Cisco Firepower's connection
# events ('DeviceUUID: ..., SrcIP: 10.99.1.146, User: KESTREL\\lferrandez, ...'), F5's
# client info ('Hostname: X Type: Edge Client Version: 2 Platform: MacOS UI Mode: Full')
# (a label's words have no '-': a value's have, 'Hostname: Wendells-MacBook-Pro Type: ...')
_RECORD_LABEL = re.compile(r"(?:^|(?<=[\s,]))(?P<name>[A-Z][A-Za-z0-9_]{0,40}(?: [A-Za-z][A-Za-z0-9_]{0,20}){0,2}): ")


# One part of a logger's message apart by pipes: 'Label: value', the label in any script
# ('... ثبت شد | مشتری: نرگس اسماعیل‌پور | مبلغ: 1,210,000 ریال | تلفن: 0911-554-7720',
# 'Order 41022009 placed | Customer: Ana Lima | Phone: ...')
_PIPED_PART = re.compile(r"(?:^|(?<= \| ))(?P<name>[^\W\d_][\w\u200c\-]{0,30}(?: [^\W\d_][\w\u200c\-]{0,20}){0,2}): "
                         r"(?P<value>[^|\n]*[^|\s])")


# A form's answer written out, its parts' labelled lines apart by '<br>' (Jotform's prettyFormat of
# an address: 'Street Address: Calle Ignacio Allende 87-B<br>City: Monterrey<br>Postal / Zip Code: 64460')
_BR_LABEL_LINE = re.compile(r"(?:^|(?<=<br>)|(?<=<br/>)|(?<=<br />)|(?<=\n))[ ]*(?P<name>[^\W\d_][\w /\-]{0,40}?):[ ]+"
                            r"(?P<value>[^<\n]*[^<\s])")


# A Markdown table's row of a label and its value ('| Android ID | f1bc2acd310c751e |', '| Owner | Dilovan Şêxo |'),
# as a ticket's description lays out a device's details
_TABLE_ROW = re.compile(r"(?m)^\|[ \t]*(?P<name>[^|\n\-][^|\n]{0,39}?)[ \t]*\|[ \t]*(?P<value>[^|\n]{1,200}?)[ \t]*\|[ \t]*\r?$")


# A folder of a person's own under its people's folder, a full name ('Root/Staff/Kazhal Barzinji/Email', a shared
# vault's groups; '\\\\fs01\\Employees\\Ana Souza\\'), as '/home/NAME' is a login's; and a client's or a
# patient's folder on a firm's file server, its words joined by an underscore as often (an FTP server's
# 'Received file "D:\\Clients\\Simard_Gaetan\\Levé topographique.dwg"')
_PEOPLE_FOLDER = re.compile(r"(?:^|[/\\])(?:Staff|Employees|People|Personal|Members|Volunteers|Team[ ]members"
                            r"|Clients|Customers|Clientes|Patients|Patienten|Kunden|Students)[/\\]"
                            r"(?P<name>[^/\\\n\"']{3,60}?)(?=[/\\]|\s*$)")


def people_folder_hints(text: str) -> list[Hint]:
    out = []
    for m in _PEOPLE_FOLDER.finditer(text):
        name = m.group("name").replace("_", " ")
        if _is_full_name(name) and not _names_a_thing(name):
            out.append(Hint("PERSON", *m.span("name"), 0.8, "field_name"))
    return out


def table_row_hints(text: str) -> list[Hint]:
    """Hints for a Markdown table's rows of two cells, each value by its label (_TABLE_ROW)."""
    out = []
    for m in _TABLE_ROW.finditer(text):
        name = m.group("name")
        if type_for_name(name) in _LABELLED_TYPES:
            hint = value_hint(name, text, *m.span("value"), "field_name")
            if hint:
                out.append(hint)
    return out


def _br_label_hints(text: str) -> list[Hint]:
    """Hints for the labelled lines of a typed value written out with '<br>' between them (or
    line breaks, as the view reads them), each by its label (see _BR_LABEL_LINE)."""
    out = []
    for m in _BR_LABEL_LINE.finditer(text):
        name = m.group("name")
        if type_for_name(name) in _LABELLED_TYPES:
            hint = value_hint(name, text, *m.span("value"), "region_field" if is_region_field(name) else "field_name")
            if hint:
                out.append(hint)
    return out


# A log's '[name:value]' items (Jasmin SMS Gateway's messages.log: '[cid:ntc_smpp03] [from:SJLPAY]
# [to:9779849230053] [content:'...']'); a message's parties by 'from' and 'to' (value_hint's)
_BRACKET_PAIR = re.compile(r"\[(?P<name>[a-z][a-z_\-]{0,30}):(?P<value>[^\[\]'\s][^\[\]]{0,200})\]")


# A quoted HTTP request, then its status and counts (bytes, times) after it
_COUNTS_AFTER_REQUEST = re.compile(r'"(?:GET|POST|HEAD|PUT|DELETE|PATCH|OPTIONS|CONNECT|PROPFIND) [^"\n]{1,4000}" '
                                   r'(?P<counts>[1-5]\d\d(?: \d{1,12}){1,4})(?![\d.])')
# H3C Comware's message of '-Key=value' pairs, the next key glued to a value by its dash
_DASH_PAIR_START = re.compile(r": -[A-Z][A-Za-z]{1,24}=")
_DASH_PAIR = re.compile(r"-(?P<name>[A-Z][A-Za-z]{1,24})=(?P<value>[^;\s]*?)(?=-[A-Z][A-Za-z]{1,24}=|[;\s]|$)")


def _dash_pair_hints(text: str) -> list[Hint]:
    start = _DASH_PAIR_START.search(text).start() + 2
    out = []
    for m in _DASH_PAIR.finditer(text, start):
        if m.end("value") > m.start("value") and type_for_name(m.group("name")) in _KEY_VALUE_TYPES:
            hint = value_hint(m.group("name"), text, *m.span("value"), "key_value")
            if hint:
                out.append(hint)
    return out


def _bracket_pair_hints(text: str) -> list[Hint]:
    pairs = list(_BRACKET_PAIR.finditer(text))
    if len(pairs) < 3:
        return []
    out = []
    for m in pairs:
        name = m.group("name")
        if name in _MESSAGE_PARTIES:
            name = "to"  # (a party's number, not a sender's id: 'from:SJLPAY' is a brand's)
        if type_for_name(name) in _KEY_VALUE_TYPES or name == "to":
            hint = value_hint(name, text, *m.span("value"), "key_value")
            if hint:
                out.append(hint)
    return out


# A RADIUS packet's attributes as accel-ppp logs them, each in angle brackets: '<User-Name
# "pasang.sherpa"> <NAS-Port-Id "ppp260"> <Calling-Station-Id "c8:3a:35:d9:da:66"> ...'
_RADIUS_ATTRIBUTE = re.compile(r'<(?P<name>[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+) (?:"(?P<quoted>[^"<>]*)"|(?P<value>[^<>"]+))>')


def radius_attribute_hints(text: str) -> list[Hint] | None:
    """Hints for a line of RADIUS attributes in angle brackets (three or more), by their
    names ('User-Name' a login); None for another line. A machine's record: no NER (the
    small model read 'NAS-Port-Type Ethernet' as a person)."""
    attributes = list(_RADIUS_ATTRIBUTE.finditer(text))
    if len(attributes) < 3:
        return None
    out = []
    for m in attributes:
        group = "quoted" if m.group("quoted") is not None else "value"
        if type_for_name(m.group("name")) in _ARROW_TYPES:
            hint = _key_value_hint(m.group("name"), text, *m.span(group))
            if hint and hint.entity_type == "USERNAME":
                hint = _login_of(text, hint)
            if hint:
                out.append(hint)
    return out


def _last_label_name(text: str) -> Hint | None:
    """A log message's last 'Label: value' pair, where its label names a person (not a bare 'Name')
    and its value is a full name (Radiator's 'GuestSQL got FULLNAME: Mele Taufa', 'LDAP got displayName: Fetu
    Tauiliili'): the name, which the small model reads in a log's line now and then."""
    head, _, value = text.rpartition(": ")
    label = _LAST_LABEL.search(head, max(0, len(head) - 32))
    value = value.rstrip()
    if label is None or label.group().lower() == "name" or type_for_name(label.group()) not in ("PERSON", "USERNAME") \
            or not _is_full_name(value) or _names_a_thing(value):
        return None  # (a bare 'Name:' is a thing's as often: 'got Name: Wireless Access'; a customer's or a user's
        # label with a full name, no login, after it is theirs: 'Cliente: Wilber Quispe Mamani')
    return Hint("PERSON", len(head) + 2, len(head) + 2 + len(value), 0.85, "key_value")


_LAST_LABEL = re.compile(r"(?<![\w\-.])[A-Za-z][A-Za-z_\-]{2,30}\Z")

# A party's label and its full name inside a log message, the message going on after a comma, a semicolon, a
# bracket or a dash ('Cliente: Wilber Quispe Mamani, DNI 45871236, cel ...', 'Customer: Amal Perera (id 1182)'); the
# label may say what just happened to its record ('Cliente registrado: ...', 'Customer updated: ...')
_PARTY_LABEL = re.compile(r"(?<![\w\-.])(?P<label>[^\W\d_][\w\-]{2,30})"
                          r"(?: (?:registrad[oa]|nuev[oa]|actualizad[oa]|verificad[oa]|new|registered|updated|verified))?: "
                          r"(?P<value>[^\W\d_][^,;|()\[\]<>=:\n]{2,80}?)"
                          r"(?=[,;]|\s\(|\s[-|–]\s)")


def _labelled_parties(text: str, last: Hint | None) -> list[Hint]:
    """Hints for a log message's parties by their labels, a full name each (see _PARTY_LABEL): a customer's,
    a user's, a contact's. Not a bare 'Name' (a thing's as often) nor 'From' (a branch's, a queue's)."""
    out = []
    for m in _PARTY_LABEL.finditer(text):
        label, value = m.group("label"), m.group("value").rstrip()
        if label.lower() in ("name", "from") or type_for_name(label) not in ("PERSON", "USERNAME") \
                or not _is_full_name(value) or _names_a_thing(value):
            continue
        if last is None or last.start != m.start("value"):
            out.append(Hint("PERSON", m.start("value"), m.start("value") + len(value), 0.85, "key_value"))
    return out


def _piped_labels(text: str) -> list[Hint]:
    """Hints for a log message's 'Label: value' parts apart by ' | ', by their labels."""
    out = []
    for m in _PIPED_PART.finditer(text):
        if type_for_name(m.group("name")) in _KEY_VALUE_TYPES:
            hint = value_hint(m.group("name"), text, *m.span("value"), "key_value")
            if hint:
                out.append(hint)
    return out


def _labelled_record(text: str) -> list[Hint] | None:
    """Hints for a line that is five 'Label: value' pairs or more, by their labels (a
    machine's record: the small model reads 'SrcIP' and 'UI Mode' as names); None for
    another line."""
    labels = list(_RECORD_LABEL.finditer(text))
    if len(labels) < 5:
        return None
    out = []
    for m, after in zip(labels, [*labels[1:], None]):
        name = m.group("name")
        if type_for_name(name) not in _KEY_VALUE_TYPES:
            continue
        start, end = m.end(), after.start() if after else len(text)
        value = text[start:end].rstrip().rstrip(",").rstrip()
        if value:
            hint = value_hint(name, text, start, start + len(value), "key_value")
            if hint:
                out.append(hint)
    return out


def _key_value_hint(key: str, text: str, start: int, end: int) -> Hint | None:
    hint = value_hint(key, text, start, end, "region_field" if is_region_field(key) else "key_value")
    if _a_switchs_state(hint, text):
        return None
    if hint is not None and hint.entity_type == "HOSTNAME" and _A_SITE.fullmatch(text, hint.start, hint.end):
        return None  # a proxy's 'hostname=github.com': the site visited (a device's own shapes,
        # 'Evas-MacBook-Pro.local', are the hostname recognizer's)
    return hint


# A dotted name outside mDNS and a home network's domains: a site or a server, not a device's
# own (a company's '.lan' names its servers, see recognizers/hostname.py)
_A_SITE = re.compile(r"(?i)[\w\-]+(?:\.[\w\-]+)+(?<!\.local)(?<!\.home\.lan)(?<!\.home\.arpa)(?<!\.localdomain)")


# A PHP array as a log prints it: var_export's quoted pair ("'full_name' => 'Salim Al-Harthy',", Yii's and
# Laravel's context dumps) and print_r's bracketed key ('[username] => waleed40'); a quoted value keeps
# its escapes ('Sana\'a': the text as it stands)
_PHP_PAIR = re.compile(r"(?P<q>['\"])(?P<name>[A-Za-z_][\w\-]{0,40})(?P=q) => (?P<vq>['\"])"
                       r"(?P<value>(?:\\.|(?!(?P=vq))[^\\\n]){1,300})(?P=vq)"
                       r"|\[(?P<bname>[A-Za-z_][\w\-]{0,40})\] => (?P<bvalue>[^\n\[\]]{1,200}?)[ \t]*$", re.MULTILINE)


def php_pair_hints(text: str) -> list[Hint]:
    """Hints for a PHP array's pairs in a log line (see _PHP_PAIR), by their keys."""
    out = []
    for m in _PHP_PAIR.finditer(text):
        name, group = (m.group("name"), "value") if m.group("name") else (m.group("bname"), "bvalue")
        if type_for_name(name) is not None:
            hint = _key_value_hint(name, text, *m.span(group))
            if hint:
                out.append(hint)
    return out


_MSISDN_PARTY = re.compile(r'"partyIdType"\s*:\s*"MSISDN"\s*,\s*"partyId"\s*:\s*"(\+?\d{8,15})"')


# A Perl hash as a log prints it, 'key => (value)' (PacketFence's RADIUS request: 'user_name =>
# (jdoe), computer_name => (LT-COBAN-014), client_mac => (e4:5f:01:ab:1a:ff)'): its keys say what
# its values are
_ARROW_PAIR = re.compile(r"(?<![\w.])(?P<name>[A-Za-z][\w\-]{0,40}) => \((?P<value>[^()\n]{1,200})\)")
_NO_HOST = frozenset({"HOSTNAME"})
_ARROW_TYPES = frozenset({"USERNAME", "HOSTNAME", "PERSON", "PHONE_NUMBER", "HARDWARE_ID", "EMAIL_ADDRESS",
                          "SERIAL_NUMBER"})


def arrow_pair_hints(text: str) -> list[Hint]:
    """Hints for a log line's 'key => (value)' pairs (see _ARROW_PAIR), by their keys."""
    out = []
    for m in _ARROW_PAIR.finditer(text):
        if type_for_name(m.group("name")) in _ARROW_TYPES:
            hint = _key_value_hint(m.group("name"), text, *m.span("value"))
            if hint and hint.entity_type == "USERNAME":
                hint = _login_of(text, hint)
            if hint:
                out.append(hint)
    return out


def _login_of(text: str, hint: Hint) -> Hint | None:
    """A RADIUS user name's login: a machine's account is its name ('host/LT-COBAN-014.corp.local'),
    a Windows domain's user the part after the domain ('CORP\\jdoe')."""
    value = text[hint.start:hint.end]
    if value[:5].lower() == "host/" and len(value) > 5:
        name = value[5:].split(".", 1)[0]
        return Hint("HOSTNAME", hint.start + 5, hint.start + 5 + len(name), hint.score, hint.recognizer) if name else None
    if "\\" in value:
        at = value.rindex("\\") + 1
        return Hint("USERNAME", hint.start + at, hint.end, hint.score, hint.recognizer) if at < len(value) else None
    return hint


def _an_address_record(keys: set[str]) -> bool:
    """Whether a line's keys are an address's or a person's record: a street's key, a town's
    that no GeoIP names, or a person's name or phone among them (so its places are its own)."""
    return any(k.lower() in _STREET_KEYS or k.lower() in _ADDRESS_KEYS for k in keys) \
        or any(_typed_key(k) and type_for_name(k) in ("PERSON", "PHONE_NUMBER") for k in keys)


# The keys of a person's record by its id, beside which a bare 'name' is theirs (a delivery app's
# 'rider=b5bef598-... name="Chiamaka Okafor"', 'patient_id=... name=...')
_PEOPLES_RECORD_KEYS = frozenset({"rider", "riderid", "rider_id", "driver", "driverid", "driver_id", "courier",
                                  "courier_id", "customer", "customerid", "customer_id", "patient", "patientid",
                                  "patient_id", "employee", "employeeid", "employee_id", "member", "memberid",
                                  "member_id", "guest", "guestid", "guest_id", "passenger", "passenger_id",
                                  "student", "student_id",
                                  # or by a birth date, only a person has one (an e-KYC response's 'name=...
                                  # dob=1988-04-12')
                                  "dob", "date_of_birth", "dateofbirth", "birthdate", "birth_date", "birthday"})


# The line's next pair, or the value's end (see _unquoted_name)
_PAIR_OR_END = re.compile(r"[ \t]+[A-Za-z_][\w.\-]{0,40}=|[ \t]*(?:[,;|)\]]|\r?\n|$)")


def _unquoted_name(text: str, hint: Hint) -> Hint:
    """A person's name as an unquoted value writes it, its further words up to the line's next pair
    or its end: a log's 'name=Meenakshi Sundaram dob=1988-04-12', 'customer_name=Rajesh Kumar Sharma
    email=...' (the value's first word alone otherwise); no words that are not a name's ('name=Rohit
    logged in': the value's first word)."""
    end, words = hint.end, 0
    while words < 3 and text.startswith(" ", end):
        word_end = end + 1
        while word_end < len(text) and not text[word_end].isspace() and text[word_end] not in "=,;|)]\"":
            word_end += 1
        word = text[end + 1:word_end]
        if not word or "=" in text[word_end:word_end + 1] or not _capitalized(word) \
                or not (word[0].isalpha() or word[0] in "'’") or any(c.isdigit() for c in word):
            break
        end, words = word_end, words + 1
    if not words or _PAIR_OR_END.match(text, end) is None:
        return hint
    value = text[hint.start:end]
    if not _is_full_name(value) or _names_a_thing(value):
        return hint
    return Hint(hint.entity_type, hint.start, end, hint.score, hint.recognizer)


def key_value_hints(text: str) -> list[Hint]:
    """Hints for a log line's key=value pairs, by their keys (a bare 'name', whose thing
    the line does not say, excepted). No places but the client's ('srccountry=', see
    _CLIENT_SIDE): a firewall's or a proxy's 'country=' and 'city=' are where an address is
    by GeoIP, a web server's as often as a person's."""
    out = []
    comma = len(_COMMA_PAIRS.findall(text)) >= 3
    if comma:
        # (an address's own pairs, comma-separated: Liferay's 'street1="del EBAIS 100 m oeste", city="San
        # Isidro de El General", region="San José", zip="10139", country="Costa Rica"': its places, as below;
        # the line's keys read only when a place's pair asks, most lines have none)
        address = None
        for m in _COMMA_PAIR.finditer(text):
            name = m.group("name").strip()
            typed = _typed_key(name)
            place = not typed and type_for_name(name) == "LOCATION" and _leaf_and_parent(name)[0] != "name"
            if place and address is None:
                address = _an_address_record({k.group(1) for k in _ANY_KEY.finditer(text)})
            if typed or place and address:
                start, end = m.span("value")
                if end - start > 2 and text[start] in "\"'" and text[end - 1] == text[start]:
                    start, end = start + 1, end - 1  # (the value in its quotes)
                hint = _key_value_hint(name, text, start, end)
                if hint:
                    out.append(hint)
        quoted_name = _QUOTED_NAME_PAIR.search(text) if "name=" in text else None
        if quoted_name is not None and any(type_for_name(k.group(1)) in ("EMAIL_ADDRESS", "USERNAME", "PHONE_NUMBER")
                                           or k.group(1).lower() in _PEOPLES_RECORD_KEYS for k in _ANY_KEY.finditer(text)):
            # a bare 'name', quoted, beside the record's e-mail or login (as below): JupyterHub's hook's
            # "auth_state for m.tkachenko: name='Марія Ткаченко', email=..., groups=[...]"
            hint = _key_value_hint("user.name", text, *quoted_name.span("value"))
            if hint and _is_full_name(text[hint.start:hint.end]):
                out.append(hint)
        return out
    if "<" in text and ">" in text and _TAG_WITH_ATTRIBUTE.search(text):
        return out  # a page's attributes: html_user_hints' (data-username="kevin_m"); not a log's
        # bracketed fields (Aruba's '<124004> <5120> <INFO> <aruba-mc01 10.20.0.5>')
    # A firewall's line has thirty keys and one or two say a type: the keys are read off
    # its words (each key's verdict is cached), and only those pairs are looked for
    # (str.find: a regex over the whole line for every pair cost a log a seventh of its time).
    keys = {k for k in (part.partition("=")[0].lstrip(",;{([") for w in text.split() if "=" in w
                        # (a tag's pairs joined by commas: CockroachDB's '[n1,client=...,user=jdoe]')
                        for part in (w.split(",") if w.count("=") > 1 and "," in w else (w,))) if k}
    typed = {k for k in keys if _typed_key(k)}
    if _an_address_record(keys):
        # an address's own pairs ("street='Puistokatu 21' zip='70100' city='Kuopio'", an
        # app's message about a customer's address), or a person's record ('customer="Sitti
        # Baddiri" phone="0995-593-6322" town="Bongao" province="Tawi-Tawi"', no GeoIP's):
        # its town, postcode and country are its
        typed |= {k for k in keys if type_for_name(k) == "LOCATION" and _leaf_and_parent(k)[0] != "name"}
    # a bare 'name' beside the record's e-mail or login, a full name, is the person's
    # (Grafana's 'email=...@... name="Emre Yılmaz"', Sophos' 'user_name=... name="Yuki
    # Tanabe"'), as 'user.name' is
    named = "name" in keys and any(type_for_name(k) in ("EMAIL_ADDRESS", "USERNAME", "PHONE_NUMBER")
                                   or k.lower() in _PEOPLES_RECORD_KEYS for k in keys)
    # a login's key that the user-name recognizer reads, quoted, holding a full name: the person's
    # (a guest portal's 'userName'="Tomás de Paz": the guest's name as typed)
    logins = {k for k in keys if _leaf_and_parent(k.strip('"'))[0] in _RECOGNIZED_KEYS} if '"' in text else ()
    for key in logins:
        at = text.find(key + '="')
        while at >= 0:
            if at == 0 or text[at - 1] in _KEY_STARTS:
                m = _BLANK_VALUE.match(text, at + len(key) + 1)
                if m and m.group("quoted") is not None and " " in m.group("quoted") \
                        and _is_full_name(m.group("quoted")) and not _names_a_thing(m.group("quoted")):
                    out.append(Hint("PERSON", *m.span("quoted"), 0.85, "key_value"))
            at = text.find(key + '="', at + len(key))
    for key in (*typed, "name") if named else typed:
        needle = key + "="
        at = text.find(needle)
        while at >= 0:
            if at == 0 or text[at - 1] in _KEY_STARTS:
                m = _BLANK_VALUE.match(text, at + len(needle))
                if m and m.group("value") is not None and _DOMAIN_AFTER.match(text, m.end()):
                    m = None  # a domain before its account ('suser=REVONTA\\svc-deploy', CEF's
                    # escape): the account is windows_domain_user's to find (or not: a service's)
                if m:
                    span = m.span(m.lastgroup)
                    hint = _key_value_hint("user.name" if key == "name" else key, text, *span)
                    if hint is not None and hint.entity_type == "PERSON" and m.lastgroup == "value":
                        hint = _unquoted_name(text, hint)
                    if hint and key == "name" and hint.entity_type != "HOSTNAME" \
                            and not _is_full_name(text[hint.start:hint.end]):
                        hint = None  # (a policy's 'name=checkout' beside a sender's e-mail; a device's name, its
                        # owner's, is kept: 'device registered: user=aiaal_s ... name="Aiaal-honor"')
                    if hint:
                        out.append(hint)
            at = text.find(needle, at + len(needle))
    return sorted(out, key=lambda h: h.start)


_XML_TYPES = _HINT_BY_NAME - {"HOSTNAME"}
# An XML record's element: Windows NPS' '<User-Name data_type="1">dc827b5f3ad4</User-Name>'
_XML_ELEMENT = re.compile(r"<(?P<name>[A-Za-z][\w\-.]{0,60})(?:\s[^<>]{0,200})?>(?P<value>[^<>\n]{1,200})</(?P=name)>")


# Colloquy's IRC transcript (macOS' IRC client, XML): a message's sender by its nick and its
# ident, the nick again as the element's text, an event's member ('... joined the chat room'), a
# network's cloak of its account ('user/NAME'), and the nick a message is addressed to
_COLLOQUY = re.compile(
    r'<sender nickname="(?P<nick>[^"\s<>]{1,32})"(?: hostmask="~?(?P<ident>[^"@\s<>]{1,32})@(?:user/(?P<cloak>[^"\s<>]{1,32})'
    r'|[^"\s<>]{1,120})")?[^<>]{0,60}>(?P<text>[^<>\s]{1,32})</sender>'
    r'(?:<message id="[^"<>]{1,60}" received="[^"<>]{1,40}">(?P<to>(?!https?\b)[^<>\s:]{2,32}): )?'
    r'|<span class="member">(?P<member>[^<>\s]{1,32})</span>'
    r'|<who hostmask="~?(?P<ident2>[^"@\s<>]{1,32})@(?:user/(?P<cloak2>[^"\s<>]{1,32})|[^"\s<>]{1,120})">'
    r'(?P<who>[^<>\s]{1,32})</who>'
    # (and telepathy-logger's, Empathy's: a message's sender by its id and its name, "<message
    # time='20240312T06:03:27' id='marko_p' name='marko_p' token='' isuser='true' type='normal'>")
    r"|<message[ ]time='[^'<>]{1,40}'[ ]id='(?P<tid>[^'\s<>@/]{1,64})'[ ]name='(?P<tname>[^'\s<>]{1,64})'"
    r"[ ]token='[^'<>]{0,80}'[ ]isuser=")
_COLLOQUY_PARTS = ("nick", "ident", "cloak", "text", "to", "member", "ident2", "cloak2", "who", "tid", "tname")


def colloquy_hints(text: str) -> list[Hint]:
    out = []
    for m in _COLLOQUY.finditer(text):
        for part in _COLLOQUY_PARTS:
            if m.group(part) is not None:
                hint = value_hint("nick", text, *m.span(part), "xml_element")
                if hint and part == "tname" and hint.entity_type == "PERSON" and m["tname"].lower() == m["tid"].lower():
                    hint = Hint("USERNAME", hint.start, hint.end, hint.score, hint.recognizer)  # (the nick again, capitalized: 'Nullptr')
                if hint:
                    out.append(hint)
    return out


def xml_element_hints(text: str) -> list[Hint]:
    """Hints for the text of a line's XML elements, by their names (a page's elements,
    'td', 'span', name nothing and give none). No host names: an event's 'Computer-Name'
    is the machine that logged it, a server as often as a person's laptop (the hostname
    recognizer finds the laptops' shapes)."""
    out = []
    for m in _XML_ELEMENT.finditer(text):
        name = m.group("name")
        if type_for_name(name) not in _XML_TYPES or _leaf_and_parent(name)[0] == "name":
            continue
        hint = value_hint(name, text, *m.span("value"), "xml_element")
        if hint:
            out.append(hint)
    return out


def modsecurity_hints(text: str) -> list[Hint]:
    out = []
    for m in _MODSEC_ARG.finditer(text):
        which = "" if m.group("name") else "2"
        hint = value_hint(m.group("name" + which), text, *m.span("value" + which), "modsecurity_argument")
        if hint:
            out.append(hint)
    return out


# --- HL7 v2 segments ----------------------------------------------------------------------

# An HL7 v2 message's segments, as an integration engine logs them (Mirth Connect, Rhapsody,
# an interface's archive): 'PID|1||MRN123^^^HOSP^MR||DOE^JANE^^^Mrs||19740722|F|||12 Main
# St^^Springfield^IL^62701^USA^H||(217) 555-0101^PRN^PH'. The standard fixes each field's
# place and data type, so a segment's people, addresses and phones are typed by position,
# not guessed: a person's name (XPN: family^given^middle), a clinician's (XCN: id^family^
# given^middle), an address (XAD: street^other^city^state^zip^country), a phone (XTN:
# number first) and a device's serial (OBX-18's equipment instance: id^namespace).
_XPN, _XCN, _XAD, _XTN, _EQUIPMENT = "xpn", "xcn", "xad", "xtn", "ei"
_HL7_FIELDS: dict[str, dict[int, str]] = {
    "MSH": {},  # (the header: systems, times and the message's type; no one's, and no prose)
    "PID": {5: _XPN, 6: _XPN, 9: _XPN, 11: _XAD, 13: _XTN, 14: _XTN},
    "NK1": {2: _XPN, 4: _XAD, 5: _XTN, 6: _XTN, 30: _XPN, 31: _XTN, 32: _XAD},
    "PV1": {7: _XCN, 8: _XCN, 9: _XCN, 17: _XCN, 52: _XCN},
    "PD1": {4: _XCN},
    "EVN": {5: _XCN},
    "ORC": {10: _XCN, 11: _XCN, 12: _XCN, 19: _XCN},
    "OBR": {10: _XCN, 16: _XCN, 28: _XCN},
    "OBX": {16: _XCN, 18: _EQUIPMENT},
    "IN1": {16: _XPN, 19: _XAD},
    "GT1": {3: _XPN, 5: _XAD, 6: _XTN, 7: _XTN},
    "MRG": {7: _XPN},
    "TXA": {9: _XCN},
    "DG1": {16: _XCN},
    "PR1": {11: _XCN, 12: _XCN},
    "ROL": {4: _XCN},
    "AIP": {3: _XCN},
    "STF": {3: _XPN, 10: _XTN, 11: _XAD},
}
# Each data type's components that are PII, and what a column of that kind is called (for
# value_hint's shape checks): a name's family, given and middle names; an address's parts
# but its type; a phone's number
_HL7_COMPONENTS = {
    _XPN: {0: "family_name", 1: "given_name", 2: "middle_name"},
    _XCN: {1: "family_name", 2: "given_name", 3: "middle_name"},
    _XAD: {0: "street", 1: "street_2", 2: "city", 3: "state", 4: "postal_code", 5: "country"},
    _XTN: {0: "phone"},
    _EQUIPMENT: {0: "serial_number"},
}
# A segment at a line's start or after a carriage return (a message logged whole on one
# line): its three-letter id, then the field separator
_HL7_SEGMENT = re.compile(r"(?:^|(?<=[\r\n]))(?P<id>[A-Z][A-Z0-9]{2})\|")


# A name as HL7 writes it, family^given, in a log's own words about a message ('transformer:
# Lookup OK for Ilmi^Siti phone=...', 'patient=DAENG LIWANG^SITTI NURHAEDAH MRN=...')
# (each word capitalized: checked after the match, as Python's re has no class of capitals)
_HL7_INLINE_NAME = re.compile(r"(?:(?<=[Pp]atient[=: ])|(?<=[Nn]ame[=: ])|(?<=\bfor )|(?<=\bof ))"
                              r"(?P<family>[^\W\d_]+(?:[ '’\-][^\W\d_]+){0,2})\^"
                              r"(?P<given>[^\W\d_]+(?:[ ][A-ZÀ-ÖØ-Þ][^\W\d_]*){0,2}['’]?)(?=[\s^|,;)]|$)")


def hl7_inline_name_hints(text: str) -> list[Hint]:
    """Hints for the names a log writes in HL7's way (see _HL7_INLINE_NAME)."""
    out = []
    for m in _HL7_INLINE_NAME.finditer(text):
        if not all(w[0].isupper() for w in re.split(r"[ '’\-^]", m.group()) if w):
            continue
        for group, name in (("family", "family_name"), ("given", "given_name")):
            hint = value_hint(name, text, *m.span(group), "hl7_name")
            if hint:  # (above NER's one span over both: 'Wirajaya^Herman' is two names)
                out.append(Hint(hint.entity_type, hint.start, hint.end, 0.9, hint.recognizer))
    return out


def hl7_hints(text: str) -> list[Hint] | None:
    """Hints for the typed fields of the HL7 v2 segments in ``text`` (see _HL7_FIELDS);
    None when it holds no segment with such fields."""
    out: list[Hint] | None = None
    for m in _HL7_SEGMENT.finditer(text):
        fields = _HL7_FIELDS.get(m.group("id"))
        if fields is None:
            continue
        if out is None:
            out = []
        if not fields:
            continue
        end = len(text)
        for sep in ("\r", "\n"):
            at = text.find(sep, m.end())
            if at >= 0:
                end = min(end, at)
        index, at, last = 1, m.end(), max(fields)  # field 1 starts after the id's separator
        while at <= end and index <= last:
            stop = text.find("|", at, end)
            stop = end if stop < 0 else stop
            kind = fields.get(index)
            if kind is not None and stop > at:
                rep = at
                for repetition in text[at:stop].split("~"):
                    comp = rep
                    for i, component in enumerate(repetition.split("^")):
                        name = _HL7_COMPONENTS[kind].get(i)
                        value_end = comp + len(component.split("&", 1)[0])  # (a family name's own surname first)
                        if name is not None and value_end > comp:
                            hint = value_hint(name, text, comp, value_end, "hl7_field")
                            if hint:
                                out.append(hint)
                        comp += len(component) + 1
                    rep += len(repetition) + 1
            at, index = stop + 1, index + 1
    return out


# --- chat servers' archives, SQL dumps' variables, amavisd's log, logins apart by blanks -----

# A sender's display name and address as amavisd's log template writes them, its blanks as '_'
_UQUOTED_SENDER = re.compile(r"\b(?:From|Sender|Reply-To): (?P<name>[^\W\d_]+(?:_[^\W\d_]+){1,4})_<[^<>\s@]+@[^<>\s]+>")
# Logins apart by blanks in a people's column (see analyze_structure)
_LOGIN_WORD = re.compile(r"[a-z][a-z0-9._\-]{2,31}")
_DOMAIN_WORD = re.compile(r"[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.(?:com|org|net|social|club|io|app|dev|info|online|space"
                          r"|site|xyz|host|cloud|network|zone)")  # (generic ones only: 'anna.li' is a login too)
_LOGINS_APART = re.compile(r"[a-z][a-z0-9._\-]{2,31}(?: [a-z][a-z0-9._\-]{2,31}){1,11}")
# A JID, a quoted value whole (a stanza's 'to' and 'from', an archive's 'peer'): 'juan@chat.example.ph/
# Conversations.k3Jd' (its resource: the client's), a room's 'bhw@conference.example.ph/Ludy' (its
# resource: the member's nick there)
_JID = r"(?P<local>[\w.\-+]{1,64})@(?P<domain>[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)"  # (its resource apart)
_JID_VALUE = re.compile(rf"(?<=['\"]){_JID}(?:/(?P<resource>[^'\"\n<>\\/]{{1,100}}))?(?=\\?['\"])")  # (a nick may have blanks)
# ejabberd's own lines name a session's JID bare, after 'for': 'Accepted c2s SCRAM-SHA-1
# authentication for 233254149059@chat.example.gh by sql backend', 'Opened c2s session for
# kojo@chat.example.gh/kojo-ThinkPad', 'Closing c2s session for ...: Connection failed'
_JID_AFTER_FOR = re.compile(rf"(?<=\bfor ){_JID}(?:/(?P<resource>[^'\"\s<>\\/:]{{1,100}}))?(?=[\s:]|$)")
# A device's own id in a JID's resource, as a chat app names its clients: an Android id's 16 hex
# digits ('nkommo-android.da24d11ea92ac09e'), an iPhone's vendor id ('...-ios.EC708F14-7596-...')
_RESOURCE_DEVICE_ID = re.compile(r"(?<=[._\-])(?:[0-9a-f]{16}|[0-9A-F]{16}|[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12})\Z")
_ROOM_SERVICES = ("conference.", "muc.", "rooms.", "chat.conference.", "groupchat.")
_EMAIL_ONLY = frozenset({"EMAIL_ADDRESS"})
_NO_LOGIN_TYPES = frozenset({"USERNAME"})
_SQL_VARIABLE = re.compile(r"@@?\w+")


# A JID after its label ('Authenticated jid: bfernandez@meet.jitsi/6625'), or on Jitsi's own XMPP domains anywhere
# ('Dial-out requested by rodrigo.diaz@meet.jitsi to +56...'); the name a participant joined a room as ('Joining
# JVB conference room mesa-de-ayuda@muc.meet.jitsi as Josefa (endpoint 60a90c65)')
_JID_LABELLED = re.compile(rf"(?<=\bjid: ){_JID}(?:/(?P<resource>[^\s,]{{1,100}}))?")
_JITSI_JID = re.compile(r"(?<![\w.\-+@])(?P<local>[\w.\-+]{1,64})@(?P<domain>(?:auth\.|guest\.|recorder\.)?meet\.jitsi)"
                        r"(?:/[^\s,]{1,100})?(?![\w.\-])")
_JOINED_AS = re.compile(r"@(?:muc|conference|internal-muc)\.[\w.\-]+ as (?P<nick>[^()\n]{1,64}?) \(endpoint [0-9a-f]{6,}\)")
# A conference's or a voicemail's PIN, its digits in groups and a DTMF '#' after it
_PIN = re.compile(r"\bPIN:? (?P<pin>\d[\d \-]{2,18}\d#?)")


def jitsi_hints(text: str) -> tuple[list[Hint], list[Suppression]]:
    hints, sups = [], []
    for m in (*_JID_LABELLED.finditer(text), *_JITSI_JID.finditer(text)):
        sups.append(Suppression(_EMAIL_ONLY, m.start(), m.end()))
        if not m.group("domain").startswith(_ROOM_SERVICES) and not any(h.start == m.start("local") for h in hints):
            hints.append(Hint("USERNAME", *m.span("local"), 0.85, "xmpp_jid"))
    for m in _JOINED_AS.finditer(text):
        hint = value_hint("displayname", text, *m.span("nick"), "jitsi_participant")
        if hint:  # (above a town's list: 'as Santiago')
            hints.append(Hint(hint.entity_type, hint.start, hint.end, 0.95, hint.recognizer))
    return hints, sups


def xmpp_jid_hints(text: str) -> tuple[list[Hint], list[Suppression]]:
    """A JID's login (its local part; a mobile's number where the chat service logs in by
    phone, as WhatsApp's '233241234567@s.whatsapp.net'), a room's member's nick, and a device's
    id in a resource; no e-mail address over it."""
    hints, sups = [], []
    rooms = set()
    stanza = "jabber:" in text or "XML on stream" in text  # (ejabberd's trace of a stanza sent: no xmlns)
    jids = _JID_VALUE.finditer(text) if stanza else _JID_AFTER_FOR.finditer(text)
    for m in jids:
        sups.append(Suppression(_EMAIL_ONLY, m.start(), m.end()))
        resource = m.group("resource")
        if m.group("domain").startswith(_ROOM_SERVICES):
            rooms.add(m.group("local"))
            if resource:  # (the room's name is a group's; the resource, a member's nick there)
                hint = value_hint("nick", text, *m.span("resource"), "xmpp_jid")
                if hint:
                    hints.append(hint)
            continue
        local = m.group("local")
        if _BARE_E164.fullmatch(local) and _a_mobiles_number("+" + local):
            hints.append(Hint("PHONE_NUMBER", *m.span("local"), 0.85, "xmpp_jid"))
        else:
            hints.append(Hint("USERNAME", *m.span("local"), 0.85, "xmpp_jid"))
        if resource:  # a client's name and its instance's, no login ('gajim.77TKPRG2', 'Monal.pGw')
            sups.append(Suppression(_NO_LOGIN_TYPES, *m.span("resource")))
            device = _RESOURCE_DEVICE_ID.search(resource)
            if device is not None:
                at = m.start("resource")
                hints.append(Hint("HARDWARE_ID", at + device.start(), at + device.end(), 0.85, "xmpp_jid"))
            elif _RESOURCE_MACHINE.fullmatch(resource):  # (a desktop client's resource: its machine's name,
                hints.append(Hint("HOSTNAME", *m.span("resource"), 0.85, "xmpp_jid"))  # 'LAPTOP-HN2R9QK1')
    for room in rooms:  # the room's own archive: its name where a user's goes (ejabberd's 'username' column)
        at = text.find(f"'{room}'")
        while at >= 0:
            sups.append(Suppression(_NO_LOGIN_TYPES, at + 1, at + 1 + len(room)))
            at = text.find(f"'{room}'", at + 1)
    return hints, sups


# A Go value as '%#v' prints it, a struct's type and its fields ('config.Message{Text:"...", Channel:"...",
# Username:"Liezel", UserID:"639217400083@s.whatsapp.net", Avatar:"", ...}', Matterbridge's debug log)
_GO_STRUCT = re.compile(r"[\w.]+\{[A-Z]\w{0,40}:")
_GO_FIELD = re.compile(r'(?:(?<=\{)|(?<=,[ ]))(?P<key>[A-Z][A-Za-z0-9]{0,40}):"(?P<value>(?:[^"\\]|\\.){0,400})"')
_KEY_NOT = frozenset({"PERSON", "LOCATION", "USERNAME"})
_BRIDGED_NICK = re.compile(r"\[(?P<network>[a-z]{2,12})\] <(?P<nick>[^<>\n]{1,64})> ?")
_BRIDGE_ACCOUNT = re.compile(r"(?:whatsapp|telegram|slack|discord|matrix|irc|mattermost|xmpp|rocketchat|zulip|msteams"
                             r"|api|nctalk|sshchat|steam|vk|mumble|keybase|gitter)\.[\w\-]+\Z")


def go_struct_hints(text: str) -> tuple[list[Hint], list[Suppression]]:
    """A Go struct's fields, each value typed by its field's name (its name itself is no one's:
    the model reads 'Channel' and 'Account' as people). A chat message's 'Username' where its
    'UserID' is a WhatsApp number is the sender's display name, a person's (WhatsApp has no logins)."""
    hints, sups = [], []
    fields = list(_GO_FIELD.finditer(text))
    on_whatsapp = any(m.group("key") == "UserID" and m.group("value").endswith("@s.whatsapp.net") for m in fields)
    for m in fields:
        whatsapp = on_whatsapp
        key = m.group("key")
        sups.append(Suppression(_KEY_NOT, *m.span("key")))
        if m.end("value") <= m.start("value") or key == "Text":
            continue
        start, end = m.span("value")
        if key == "Username" and (nick := _BRIDGED_NICK.fullmatch(m.group("value"))) is not None:
            # a bridge's sender as its nick format writes it, the network's name first ('[telegram]
            # <ekoh> ', '[whatsapp] <Siew Lan> '): a WhatsApp sender's display name, others' logins
            whatsapp = nick.group("network") == "whatsapp"
            start, end = start + nick.start("nick"), start + nick.end("nick")
            sups.append(Suppression(_KEY_NOT, m.start("value"), start))  # (the network's name is no one's)
        if key == "Username" and whatsapp:
            value = text[start:end]
            if value[:1].isupper() and not _names_a_thing(value):
                hints.append(Hint("PERSON", start, end, 0.85, "go_struct"))
                sups.append(Suppression(_NO_LOGIN_TYPES, start, end))
            continue
        if key == "Username" and start > m.start("value"):
            hint = value_hint("nick", text, start, end, "go_struct")
            if hint:
                hints.append(hint)
            continue
        if key == "Account" and _BRIDGE_ACCOUNT.match(m.group("value")):
            continue  # a chat bridge's own account, its protocol and its name ('whatsapp.ofwkl', 'telegram.ofwkl')
        if type_for_name(key) in _HINT_BY_NAME:
            hint = value_hint(key, text, *m.span("value"), "go_struct")
            if hint:
                hints.append(hint)
    return hints, sups


# A full name beside a person's contact in an app's log line: in brackets before their phone
# ('assigned to rider 328cd1ba-... (Olamide Balogun, +2348031234567)'), or after an arrow before
# their street ('pickup 12 Awolowo Road, Ikoyi, Lagos -> Chinedu Eze, 23 Allen Avenue, Ikeja')
_NAME_WORDS = r"[^\W\d_](?:[^\W\d_]|['’\-])*(?:[ ](?:[^\W\d_](?:[^\W\d_]|['’\-])*|a/[lp])){1,3}"
_NAME_BESIDE_CONTACT = re.compile(
    rf"\((?P<name>{_NAME_WORDS}),[ ](?=\+?\d[\d \-()]{{6,18}}\d\))"
    rf"|(?:->|→)[ ](?P<to>{_NAME_WORDS}),[ ](?=\d{{1,5}}[A-Za-z]?[ ][^\W\d_])")


def name_beside_contact_hints(text: str) -> list[Hint]:
    """Full names beside a phone in brackets or before a street after an arrow (_NAME_BESIDE_CONTACT)."""
    hints = []
    for m in _NAME_BESIDE_CONTACT.finditer(text):
        group = "name" if m.group("name") is not None else "to"
        name = m.group(group)
        if _is_full_name(name) and not _names_a_thing(name) and not _is_generic_name(name):
            hints.append(Hint("PERSON", *m.span(group), 0.85, "name_beside_contact"))
    return hints


# WhatsApp's addresses as its libraries log them (whatsmeow's, Baileys', whatsapp-web.js'): a person's
# by the phone's number, a device's index after it maybe ('6281234567890@s.whatsapp.net',
# '628123:12@s.whatsapp.net', '6281234567890@c.us'); a group's by its id ('120363025512348817@g.us')
_WHATSAPP_JID = re.compile(r"(?<![\w.+\-])(?:(?P<number>\d{7,15})(?::\d{1,3})?@(?:s\.whatsapp\.net|c\.us)"
                           r"|\d{10,20}(?:-\d{9,12})?@g\.us)(?![\w\-])")
_WHATSAPP_GROUP = frozenset({"EMAIL_ADDRESS", "PHONE_NUMBER", "USERNAME"})


def whatsapp_jid_hints(text: str) -> tuple[list[Hint], list[Suppression]]:
    """A WhatsApp address's number, a phone's (no mailbox: its domain is the service's);
    a group's address, no one's."""
    hints, sups = [], []
    for m in _WHATSAPP_JID.finditer(text):
        if m.group("number") is None:
            sups.append(Suppression(_WHATSAPP_GROUP, m.start(), m.end()))
            continue
        sups.append(Suppression(_EMAIL_ONLY, m.start(), m.end()))
        # (its number is a phone's by WhatsApp's design, valid to the plan's tables or not yet)
        hints.append(Hint("PHONE_NUMBER", *m.span("number"), 0.85, "whatsapp_jid"))
    return hints, sups


# A machine's name as a desktop XMPP client sets its resource: Windows' default ('LAPTOP-HN2R9QK1',
# 'DESKTOP-5TDAL54'), its owner's and its kind ('RUSTAM-NB', 'DILNOZA-PC')
_RESOURCE_MACHINE = re.compile(r"(?:DESKTOP|LAPTOP)-[A-Z0-9]{6,8}|[A-Z]{2,15}-(?:NB|PC|LT|LAPTOP|NOTEBOOK)\d{0,2}")


# A log id that starts with its process's number, after the syslog tag's: amavisd's '(PID-NN)'
_PID_LOG_ID = re.compile(r"\[(\d{1,7})\]: \((?P<id>0*\1-\d{1,5})\)")


# --- GPS trackers' positions ---------------------------------------------------------------

# A tracker's position as a fleet server logs it, with the address its geocoder found for it
# (Traccar's 'id: 868120044223201, time: ..., lat: 6.66346, lon: -1.60142, ..., address: Asafo
# Market Road, Kumasi'): where the device, and whoever carries it, is
_POSITION = re.compile(r"\blat(?:itude)?: -?\d{1,3}\.\d+, (?:lon|lng|longitude): -?\d{1,3}\.\d+")
_GEOCODED = re.compile(r"(?<=\baddress: )(?P<value>[^\n]{2,200}?)(?=, [a-z]\w{0,30}: |$)")
_ADDRESS_PART = re.compile(r"[^,\s](?:[^,]*[^,\s])?")  # (a part between commas, its blanks left out)


def geocoded_address_hints(text: str) -> list[Hint]:
    """A tracker's geocoded address (see _POSITION) on a line giving its position: a place
    each of its comma-separated parts, as an address in prose is."""
    out = []
    if _POSITION.search(text) is None:
        return out
    for m in _GEOCODED.finditer(text):
        for part in _ADDRESS_PART.finditer(text, *m.span("value")):
            if any(c.isalpha() for c in part.group()):
                out.append(Hint("LOCATION", *part.span(), 0.85, "geocoded_address"))
    return out


# --- objects a log prints a property a line ---------------------------------------------------

# Node.js' util.inspect, as console.log and Node-RED's debug print an object: one property a
# line, indented, its value quoted ("  phone: '0261358028',", "  'x-forwarded-for': '41.66.196.125',")
_INSPECTED_PROPERTY = re.compile(r"[ ]{2,40}(?P<q>'?)(?P<key>[A-Za-z_$][\w$\-]{0,40})(?P=q): "
                                 r"'(?P<value>[^'\\\n]{1,200})',?")


def inspected_property_hints(text: str, prop: re.Match) -> list[Hint]:
    """A printed object's property by its key (see _INSPECTED_PROPERTY): an app's record, its
    'town' a customer's (no GeoIP's line of pairs); a bare 'name' a person's when it is a full one."""
    key = prop.group("key")
    hint = _key_value_hint("user.name" if key == "name" else key, text, *prop.span("value"))
    if hint is not None and key == "name" and not _is_full_name(text[hint.start:hint.end]):
        return []
    return [hint] if hint is not None else []


def _named_value_hints(text: str, values: list[tuple[str, int, int]], recognizer: str) -> list[Hint]:
    """value_hint for each (field, start, end) a product's line names: its values typed by their keys or
    columns, those whose shape check fails left out."""
    return [hint for field, start, end in values if (hint := value_hint(field, text, start, end, recognizer))]


# --- SMS gateways' logs ------------------------------------------------------------------

# playSMS's log: the client's address, the site, the time, the request's process, the logged-in
# user ('-' before a login), the level, the module, then '#' and its message's 'key:value' and
# 'key:[value]' pairs ('login u:aakolgo uid:9', 'phonebook_add # uid:3 name:[Amina Salifu]
# mobile:0544218578', 'recvsms_process # sender:233254598246 receiver:1945')
_PLAYSMS_LINE = re.compile(r"\S+ \S+ \d{4}-\d\d-\d\d \d\d:\d\d:\d\d PID[0-9a-f]{8,16} (?P<user>\S+) L\d \S+ # ")
_PLAYSMS_PAIR = re.compile(r"(?<= )(?P<name>[a-z_]{1,20}):(?:\[(?P<bracketed>[^\]\n]{1,200})\]|(?P<value>[^\s\[\]]{1,200}))")
_PLAYSMS_KEYS = {"u": "username", "name": "full_name", "mobile": "mobile", "email": "email",
                 "sender": "sender", "to": "to"}


def playsms_hints(text: str, line: re.Match) -> list[Hint]:
    """Hints for a playSMS log line (see _PLAYSMS_LINE): its user, and its message's pairs by
    their keys (a text message's parties, a phonebook's contact, a login)."""
    values = [("username", *line.span("user"))] if line.group("user") != "-" else []
    values += [(key, *m.span(m.lastgroup)) for m in _PLAYSMS_PAIR.finditer(text, line.end() - 1)
               if (key := _PLAYSMS_KEYS.get(m.group("name"))) is not None]
    return _named_value_hints(text, values, "playsms_log")


# Kannel's access log: a message's parties ('[from:6289898379041] [to:98765]', a number
# without its '+' as SMPP carries it; a short code or a sender's name is no phone, which the
# phone's shape check leaves out) and smsbox's requests: who sent through the HTTP API (its
# sendsms user) to whom ('send-SMS request added - sender:op_tnapa:8484 10.8.1.21
# target:+16706709743', 'SMS HTTP-request sender:+16703217363 request: ...')
_KANNEL_FID = re.compile(r"\[FID:(?P<id>[^\]\[]{1,64})\]")
_KANNEL_PARTY = re.compile(r"\[(?:from|to):(?P<number>[^\]\[]{1,32})\]")
_KANNEL_REQUEST = re.compile(r"(?:send-SMS request added - sender:(?P<user>[^:\s]{1,64}):(?P<from>\S{1,32})"
                             r" \S+ target:(?P<to>\S{1,32})|SMS HTTP-request sender:(?P<sender>\S{1,32}))")


def kannel_hints(text: str) -> list[Hint]:
    """Hints for a Kannel access log line's parties (see _KANNEL_PARTY)."""
    out = []
    numbers = [m.span("number") for m in _KANNEL_PARTY.finditer(text)
               if sum(c.isdigit() for c in m.group("number")) > 5] if "[SMSC:" in text else []  # (not a short code)
    request = _KANNEL_REQUEST.search(text) if "SMS" in text else None
    if request is not None:
        if request.group("user"):
            out.append(Hint("USERNAME", *request.span("user"), 0.85, "kannel_user"))
        numbers += [request.span(g) for g in ("from", "to", "sender") if request.group(g)]
    return out + _named_value_hints(text, [("phone", start, end) for start, end in numbers], "kannel_party")


# A player in a Source engine game server's log (Team Fortress 2's, Counter-Strike's: the
# Half-Life log standard): '"Serah T.<105><[U:1:441395316]><Red>" killed ...', its name, its
# user id on the server, its Steam id (SteamID3 or the older STEAM_0:1:n) and its team
_SOURCE_PLAYER = re.compile(r'"(?P<name>[^"<>]{1,64})<\d{1,6}><(?P<steam>\[U:1:\d{1,12}\]|STEAM_[0-5]:[01]:\d{1,12}'
                            r'|BOT|Console)><[^<>"]{0,32}>"')


_GAME_POSITION = re.compile(r'_position "(-?\d{1,6} -?\d{1,6} -?\d{1,6})"')


def source_player_hints(text: str) -> list[Hint]:
    """Hints for a Source engine log line's players (see _SOURCE_PLAYER): the name a player
    goes by (a handle a login, a name a person's, as a chat's nick) and the Steam account's
    id (a login's: one person's account); no bot's, no console's."""
    out = []
    for m in _SOURCE_PLAYER.finditer(text):
        if m.group("steam") in ("BOT", "Console"):
            continue
        hint = value_hint("nick", text, *m.span("name"), "source_player")
        if hint:
            out.append(hint)
        out.append(Hint("USERNAME", *m.span("steam"), 0.85, "source_steam_id"))
    return out


# An IRC client's log of a channel's events, mIRC's ('[19:18] * Joins: Khairul_afk (~khairul@125.167.180.82)',
# '* Quits: ...', '* Set by Siti on Fri ...', '* Mohd_afk is now known as Mohd') and irssi's
# ('-!- marthnit [~marthnit@112.215.37.51] has joined #bantuan'): the nick, the ident (a login)
_IRC_EVENT = re.compile(
    r"^(?:\[[\d:]{5,8}\]|[\d:]{5,8}) (?:\* (?:(?:Joins|Parts|Quits): (?P<nick>[^\s()]{1,32}) \(~?(?P<ident>[^@\s()]{1,32})@"
    r"|Set by (?P<setter>[^\s()]{1,32}) on |(?P<old>[^\s()]{1,32}) is now known as (?P<new>[^\s()]{1,32})$)"
    r"|-!- (?P<nick2>[^\s\[\]]{1,32}) \[~?(?P<ident2>[^@\s\]]{1,32})@)"
    # IRCCloud's export: '[2024-05-12 08:02:57] → amal-marri joined (~amalmarr@78.100.86.249)', '⇐ ... quit (...)',
    # its connection's host after the ident (a home line's name at its ISP: '~omar@client-78-100-102-200.ooredoo.qa';
    # a network's cloak, 'user/moza-bh', names the account)
    # (and Eggdrop's, the hostmask before what its user did: '[21:37:53] fritz_okap (~fritz@82.64.168.33) joined #lakou.')
    r"|^\[(?:\d{4}-\d\d-\d\d )?\d\d:\d\d:\d\d\] (?:[→⇐←⇒] (?P<nick3>[^\s()<>]{1,32}) (?:joined|quit|left|parted)(?: #\S+)? "
    r"|(?P<nick4>[^\s()<>*]{1,32}) (?=\([^()\s]{1,300}\) (?:joined|left|got netsplit|quit|Quit|parted)))"
    r"\(~?(?P<ident3>[^@\s()]{1,32})@(?:user/(?P<account3>[^\s()/]{1,32})|(?P<host3>[^\s()]{1,253}))\)")


# A device inventory's row pasted as a table into a mail or a ticket ('KAB-LT65 | T2HMSRU |
# BA1987DF-1D86-FEC0-5A15-9CF4935CD558 | 5C:E9:31:DF:ED:F4 | nwade'): a MAC among its cells says it is one
_ROW_MAC = re.compile(r"(?i)[0-9a-f]{2}(?:[:\-][0-9a-f]{2}){5}")
_ROW_UUID = re.compile(r"\{?[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}\}?")
_ROW_SERIAL = re.compile(r"(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{7,12}")
_ROW_LOGIN = re.compile(r"[a-z][a-z0-9._\-]{2,30}")


def device_row_hints(text: str) -> list[Hint]:
    """Hints for a device inventory's row in a pipe table (see _ROW_MAC): its hardware UUID, its
    serial (capitals and digits) and its user's login (lower case) by their cells' shapes."""
    cells = []
    pos = 0
    for part in text.split(" | "):
        lead = len(part) - len(part.lstrip())
        value = part.strip().rstrip("=").strip()  # (a quoted-printable line's soft break after the last)
        cells.append((pos + lead, value))
        pos += len(part) + 3
    if len(cells) < 4 or not any(_ROW_MAC.fullmatch(v) for _, v in cells):
        return []
    out = []
    for at, value in cells:
        if _ROW_UUID.fullmatch(value):
            out.append(Hint("HARDWARE_ID", at, at + len(value), 0.85, "device_row"))
        elif _ROW_SERIAL.fullmatch(value):
            out.append(Hint("SERIAL_NUMBER", at, at + len(value), 0.8, "device_row"))
        elif _ROW_LOGIN.fullmatch(value) and value not in _ROW_WORDS:
            out.append(Hint("USERNAME", at, at + len(value), 0.8, "device_row"))
    return out


# (a row's lower-case words that are a state, no login)
_ROW_WORDS = frozenset({"actif", "active", "inactive", "inactif", "ok", "online", "offline", "stock", "spare",
                        "retired", "disposed", "assigned", "unassigned", "yes", "no", "oui", "non", "windows", "macos",
                        "linux", "ubuntu", "android", "ios", "none", "free", "libre"})


_IRC_HOSTMASK = re.compile(r"(?<=\(~)[^@\s()]{1,32}@[^\s()]{1,253}(?=\))|(?<=\()[^@\s()~]{1,32}@[^\s()]{1,253}(?=\))")


# An IRC user wherever a server, a bouncer or a bot logs one, not only a client's channel events (see
# _IRC_EVENT): the protocol's prefix 'nick!ident@host' (RFC 2812, 2.3.1: '[by: Supaporn^th!~supa@mx-ll-...]',
# 'Andres_g!~andresg@2800:e2::1 matches filter'), and a nick with its hostmask after it in parentheses or
# brackets ('Andres_g (~andresg@2800:e2:...)', UnrealIRCd's 'Client exiting: Mahmoud72
# (mahmoud72@host-156-205.tedata.net) [156.205.84.250]'). A mailbox is no hostmask: one without the ident's
# '~' (no identd answered) is taken only where the client's address follows in brackets or the line says
# what the user did ('has changed their nickname', 'has joined').
_NICK = r"[A-Za-z\[\]\\`_^{|}][\w\[\]\\`^{|}\-]{0,31}"
_MASK_HOST = r"[\w.:\-/]{0,252}[\w:]"
_HOSTMASK_PREFIX = re.compile(
    rf"(?<![^\s\[(:'\"<,=*])(?P<nick>{_NICK})!(?P<ident>~?[^\s@!:()\[\]<>'\"*]{{1,32}})@(?P<host>{_MASK_HOST})")
_HOSTMASK_AFTER_NICK = re.compile(
    rf"(?<![^\s\[(:'\"<,=*])(?P<nick>{_NICK}) (?P<open>[(\[])(?P<tilde>~)?(?P<ident>[^\s@!:()\[\]<>'\"~*]{{1,32}})"
    rf"@(?P<host>{_MASK_HOST})[)\]](?P<what> \[[\d.:a-fA-F]{{2,45}}\]| has | is now known as | joined| quit| left| parted)?")
# ... and what else the line says of that user: the nick it takes, the services account it is logged in to
# (UnrealIRCd's '[account: andres.g]', an operator's '[oper block: aicha]')
_HOSTMASK_MORE = re.compile(rf"(?: has changed their nickname to | is now known as )(?P<new>{_NICK})(?![^\s)\]])"
                            r"|\[(?:account|oper block): (?P<account>[^\s\[\]]{1,32})\]")
# A name at an ISP that says a subscriber's line, whatever role its first label seems to say
# ('node-232a.pool-110-164.dynamic.totinternet.net', 'mx-ll-171.96.247-213.dynamic.3bb.in.th')
_SUBSCRIBER_LINE = re.compile(r"(?i)(?:^|[.\-])(?:pool|dynamic|dyn|dsl|adsl|vdsl|static|broadband|broad|cable|ppp|pppoe"
                              r"|dhcp|fibra|fiber|fibre|ftth|client|customer|cust|res|residential|mobile|cpe|dial|dialup)"
                              r"(?=[.\-\d]|$)")


# What follows a user's prefix at a line's start or after a blank: a command, a numeric reply, what the user did
# (or the bracket it is quoted in, or the client's address: '[by: Aicha_m!aicham@235.215.231.197.adsl.mauritel.mr]',
# 'flood) from Walshe!walshe@host86-150-240-137.range86-150.btcentralplus.com [86.150.240.137]')
_PREFIX_AFTER = re.compile(r"\s+(?:[A-Z]{3,}\b|\d{3}\b|(?:matches|is|has|was|joined|quit|left)\b|\(|\[[\d.:a-fA-F]{2,45}\])|\]")
# An ident a client or a bouncer sets for everyone, or a web gateway's generated one (irc_hostmask_ident's list)
_GENERATED_IDENT = re.compile(r"(?i:quassel|znc|user|weechat|irssi|hexchat|thelounge|lounge|kiwiirc|kiwi|webchat|textual"
                              r"|matrix|[su]id\d+|u\d{3,}|u)")
_IRC_SERVICES = frozenset({"chanserv", "nickserv", "operserv", "memoserv", "hostserv", "botserv", "saslserv", "global"})


def hostmask_hints(text: str) -> tuple[list[Hint], tuple[Suppression, ...]]:
    """Hints for the IRC users a line names by their hostmasks (see _HOSTMASK_PREFIX): the nick and
    the ident (logins), the host when it is a subscriber's line by its name; no address there."""
    out: list[Hint] = []
    sups: list[Suppression] = []
    for pattern in (_HOSTMASK_PREFIX, _HOSTMASK_AFTER_NICK):
        for m in pattern.finditer(text):
            if pattern is _HOSTMASK_AFTER_NICK and m.group("tilde") is None and m.group("what") is None:
                continue
            if pattern is _HOSTMASK_PREFIX and m.group("ident")[:1] != "~" and (m.start() == 0 or text[m.start() - 1].isspace()) \
                    and not _PREFIX_AFTER.match(text, m.end()):
                continue  # (a greeting glued to an address, 'Hi!bob@example.com': no command, no event after it)
            sups.append(Suppression(frozenset({"EMAIL_ADDRESS"}), m.start("ident"), m.end("host")))
            if m.group("nick").lower() in _IRC_SERVICES:
                continue  # (the network's own: 'NickServ!NickServ@services.libera.chat')
            # (a handle, even one that is a first name: 'Karim (karim_fawz@host-...) has changed their nickname')
            out.append(Hint("USERNAME", *m.span("nick"), 0.85, "irc_hostmask"))
            ident_at = m.start("ident") + (m.group("ident")[:1] == "~")
            if not _GENERATED_IDENT.fullmatch(text, ident_at, m.end("ident")):
                out.append(Hint("USERNAME", ident_at, m.end("ident"), 0.85, "irc_hostmask"))
            host = m.group("host")
            if host.startswith(("user/", "unaffiliated/")):
                pass  # (a network's cloak of an account: irc_cloak_account's)
            elif "." in host and "/" not in host and not _IP_LITERAL.fullmatch(host) \
                    and (not is_server_name(host) or _SUBSCRIBER_LINE.search(host)):
                out.append(Hint("HOSTNAME", *m.span("host"), 0.85, "irc_hostmask"))
                # (a line's name at its ISP, the address in it reversed: '26.247.19.223.broad.hkcable.com.hk')
                sups.append(Suppression(_IP_TYPES, *m.span("host")))
    if out:
        for m in _HOSTMASK_MORE.finditer(text):
            group = "new" if m.group("new") is not None else "account"
            if m.group(group) != "*":  # (no account: '[account: *]')
                out.append(Hint("USERNAME", *m.span(group), 0.85, "irc_hostmask"))
    return out, tuple(sups)


def irc_event_hints(text: str) -> list[Hint]:
    """Hints for an IRC log's channel event (see _IRC_EVENT): the nicks, as a chat's, and
    the ident, a login."""
    m = _IRC_EVENT.match(text)
    if m is None:
        return []
    out = []
    for group in ("nick", "setter", "old", "new", "nick2", "nick3", "nick4"):
        if m.group(group) and m.group(group).lower() not in ("chanserv", "nickserv", "operserv"):
            hint = value_hint("nick", text, *m.span(group), "irc_event")
            if hint:
                out.append(hint)
    for group in ("ident", "ident2", "ident3", "account3"):
        if m.group(group):
            out.append(Hint("USERNAME", *m.span(group), 0.85, "irc_event"))
    host = m.group("host3")
    if host and "." in host and not _IP_LITERAL.fullmatch(host) and not is_server_name(host):
        out.append(Hint("HOSTNAME", *m.span("host3"), 0.85, "irc_event"))
    return out


# An IRC client's WHOIS reply (Quassel's, HexChat's): '[Whois] mikiyasb is mikiyas@196.188.154.185 (Mikiyas Bikila)',
# the nick, its ident (a login) and its real name
_WHOIS = re.compile(r"\[Whois\] (?P<nick>[^\s\[\]]{1,32}) is ~?(?P<ident>[^@\s()]{1,32})@(?P<host>[^\s()]{1,253})"
                    r" \((?P<real>[^()\n']{1,64})\)")


# Syncthing's log names a device by the name its owner gave it ('Device CHK5ZUL client is "syncthing
# v1.29.2" named "Galaxy A5 (Htet)" at ...', 'Device X2WVLTT-... is "hla-laptop" at [dynamic]')
_SYNCTHING_DEVICE_NAME = re.compile(r'client is "syncthing v[\d.]+" named "(?P<a>[^"\n]{1,64})"'
                                    r'|\bDevice [A-Z2-7]{7}(?:-[A-Z2-7]{7}){7} is "(?P<b>[^"\n]{1,64})" at ')


def syncthing_device_name_hints(text: str) -> list[Hint]:
    return _either_group_hints(_SYNCTHING_DEVICE_NAME, text, "device_name", "syncthing")


def _either_group_hints(pattern: re.Pattern, text: str, field: str, recognizer: str) -> list[Hint]:
    """The hints of ``pattern``'s matches in ``text``, each its group 'a' or 'b' (a pattern of two
    alternatives) typed as ``field``'s value."""
    out = []
    for m in pattern.finditer(text):
        group = "a" if m.group("a") is not None else "b"
        hint = value_hint(field, text, *m.span(group), recognizer)
        if hint:
            out.append(hint)
    return out


def whois_hints(text: str) -> list[Hint]:
    """Hints for an IRC WHOIS reply (see _WHOIS): the nick, its ident and the real name given."""
    out = []
    for m in _WHOIS.finditer(text):
        for name, group in (("nick", "nick"), ("realname", "real")):
            hint = value_hint(name, text, *m.span(group), "irc_event")
            if hint:
                out.append(hint)
        out.append(Hint("USERNAME", *m.span("ident"), 0.85, "irc_event"))
    return out


# A chat client's system message of a room's member coming or going (Instantbird's: 'maris_k
# [maris@unaffiliated/maris_k] entered the room.', 'serg_nrv has left the room (Part: moikka).')
_ROOM_EVENT = re.compile(r"^(?P<nick>[^\s\[\]]{1,32}) (?:\[~?(?P<ident>[^@\s\]]{1,32})@(?P<host>[^\]\s]{1,253})\] )?"
                         r"(?:entered|has left|left) the room\b")


def room_event_hints(text: str) -> list[Hint]:
    """Hints for a chat room's join or part message (see _ROOM_EVENT): the nick, the ident, the
    account a network's cloak names ('unaffiliated/maris_k')."""
    m = _ROOM_EVENT.match(text)
    if m is None or m.group("ident") is None and not (m.group("nick").islower() or _HANDLE_MARK.search(m.group("nick"))):
        return []  # (without its hostmask, a login's shape: not a sentence's 'Nobody has left the room')
    out = [h for h in (value_hint("nick", text, *m.span("nick"), "irc_event"),) if h]
    if m.group("ident"):
        out.append(Hint("USERNAME", *m.span("ident"), 0.85, "irc_event"))
        cloak = m.group("host").rpartition("/")
        if cloak[1] and m.group("host").startswith(("unaffiliated/", "user/")) and cloak[2]:
            at = m.start("host") + len(cloak[0]) + 1
            out.append(Hint("USERNAME", at, at + len(cloak[2]), 0.85, "irc_event"))
    return out


# An Infoblox NIOS appliance's audit log, as its syslog carries it: 'httpd: 2024-03-04
# 20:35:37.545Z [priscilla.kiriong]: Modified FixedAddress ...': the admin's login
_NIOS_AUDIT = re.compile(r" httpd: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?Z \[(?P<user>[^\]\s]{1,64})\]: ")


def nios_audit_hints(text: str) -> list[Hint]:
    """The login of an Infoblox NIOS audit record (see _NIOS_AUDIT)."""
    m = _NIOS_AUDIT.search(text)
    return [Hint("USERNAME", *m.span("user"), 0.85, "nios_audit_user")] if m else []


# A Mumble server's (Murmur's) users: its session, the name, its registered id (or -1) after a server's
# number and '=>': '1 => <8:Timo(-1)> Moved Timo:8(-1) to Lobby[1:0]', '"Eve:2(20)" is now listening to ...'
_MURMUR_USER = re.compile(r"<\d{1,6}:(?P<a>[^<>()\n]{1,64}?)\(-?\d{1,7}\)>"
                          r"|(?:(?<=\bMoved )|(?<=\bKicked )|(?<=\bBanned )|(?<=\bMuted )|(?<=\bUnmuted )|(?<=\bby )|(?<=\bof )"
                          r"|(?<=\"))"
                          r"(?P<b>[^<>():\"\n]{1,64}?):\d{1,6}\(-?\d{1,7}\)")
_MURMUR_LINE = re.compile(r"\d \d{1,4} => ")
_MURMUR_CHANNEL = re.compile(r'(?:\bto |")(?P<channel>[^"\[\]\n]{1,64})\[\d{1,5}:\d{1,5}\]')
_PEOPLE_AND_PLACES = frozenset({"PERSON", "LOCATION"})


def murmur_hints(text: str) -> list[Hint]:
    """A Mumble server's log line's users (see _MURMUR_USER), each a nick: a name or a login by its shape."""
    if _MURMUR_LINE.search(text, 0, 40) is None:
        return []
    return _either_group_hints(_MURMUR_USER, text, "nick", "murmur_user")


# NHibernate's statement with its parameters' values after it ('INSERT INTO Beneficiaries (CustomerId, FullName,
# ...) VALUES (@p0, @p1, ...); ...;@p0 = 161508 [Type: Int64 (0:0:0)], @p1 = 'Yuusuf Guleed' [Type: String ...]',
# 'WHERE customer0_.Email=@p0;@p0 = '...''): each value typed by its column
_NH_INSERT = re.compile(r"\bINSERT INTO [\w.\[\]]+ \((?P<columns>[^()]{1,2000})\) VALUES \((?P<params>@p\d+(?:, ?@p\d+)*)\)")
_NH_COMPARED = re.compile(r"(?:\b\w{1,40}\.)?(?P<column>\w{1,60}) ?= ?(?P<param>@p\d+)\b")
_NH_VALUE = re.compile(r"(?P<param>@p\d+) = '(?P<value>(?:[^']|'')*)' \[Type: (?:String|AnsiString)")


def nhibernate_hints(text: str) -> list[Hint]:
    """Hints for an NHibernate statement's string parameters (see _NH_VALUE), by the columns they fill."""
    columns = {}
    insert = _NH_INSERT.search(text)
    if insert is not None:
        names = [c.strip(" []") for c in insert.group("columns").split(",")]
        params = [p.strip() for p in insert.group("params").split(",")]
        columns.update(zip(params, names))
    for m in _NH_COMPARED.finditer(text):
        columns.setdefault(m.group("param"), m.group("column"))
    values = [(column, *m.span("value")) for m in _NH_VALUE.finditer(text)
              if (column := columns.get(m.group("param"))) and type_for_name(column) in _HINT_BY_NAME]
    return _named_value_hints(text, values, "sql_column")


# Rasa's debug log: a slot set by an action ('SlotSet(key: full_name, value: Hodan)') and an entity the NLU
# pipeline extracted ("{'entity': 'location', 'start': 22, 'end': 30, ..., 'value': 'Djibouti', ...}"), each
# value typed by its slot's or entity's name
_RASA_SLOT = re.compile(r"SlotSet\(key: (?P<key>\w{1,60}), value: (?P<value>[^\n]{1,300}?)\)"
                        r"(?=, (?:SlotSet|BotUttered|ActionExecuted|UserUttered|ActiveLoop|FollowupAction|Restarted"
                        r"|SessionStarted|ReminderScheduled|AllSlotsReset)\b|\]|$)")
_RASA_ENTITY = re.compile(r"\{'entity': '(?P<key>\w{1,60})', [^{}\n]{0,300}?'value': '(?P<value>(?:[^'\\\n]|\\.){1,300})'")


def rasa_hints(text: str) -> list[Hint]:
    """Hints for Rasa's slots and extracted entities (see _RASA_SLOT), by their names."""
    values = [(m.group("key"), *m.span("value")) for m in (*_RASA_SLOT.finditer(text), *_RASA_ENTITY.finditer(text))
              if m.group("value") not in ("None", "null", "[]") and type_for_name(m.group("key")) in _HINT_BY_NAME]
    return _named_value_hints(text, values, "rasa_slot")


# Cacti's log: a device by its host name ('Device[56] Hostname[cpe-abdulmalik-alsharabi.ade.isp.net]', spine's
# 'SNMP: v2: GUULEED-HOME, dsname: ...'), and its description, which a provider writes as its customer's name and
# address ('Description[Ubah Xasan - Togdheer Street 14, Hargeisa]', THOLD's 'Device is DOWN: NAME - TOWN')
_CACTI_HOST = re.compile(r"\bHostname\[(?P<h1>[^\]\s]{1,253})\]|\bSNMP: v[123c]{1,2}: (?P<h2>[^,\s]{1,253}), dsname:")
_CACTI_DESCRIPTION = re.compile(r"\bDescription\[(?P<d1>[^\]\n]{3,200})\]|\bDevice is DOWN: (?P<d2>[^'\n]{3,200})(?='|$)")
# A customer's name, then a dash and their address; or a customer's word, the name, a comma and the address
# ('Cliente Marco Bellini, Viale Roma 9, Asmara')
_NAME_DASH_PLACE = re.compile(r"(?:(?i:cliente|customer|client|abonné|abonnato)[ ](?P<cname>[^\W\d_][^,\-\d\n]{1,60}?),[ ]"
                              r"|(?P<name>[^\W\d_][^\-\d\n]{1,60}?)[ ][-–][ ])(?P<place>[^\W_][^\n]{1,160})")


def cacti_hints(text: str) -> list[Hint]:
    """Hints for Cacti's devices: host names and their customer's name and address (see _CACTI_HOST)."""
    out = []
    for m in _CACTI_HOST.finditer(text):
        group = "h1" if m.group("h1") is not None else "h2"
        if not _IP_LIKE.fullmatch(m.group(group)) and any(c.isalpha() for c in m.group(group)):
            out.append(Hint("HOSTNAME", *m.span(group), 0.85, "cacti_device"))
    for m in _CACTI_DESCRIPTION.finditer(text):
        group = "d1" if m.group("d1") is not None else "d2"
        d = _NAME_DASH_PLACE.fullmatch(text, *m.span(group))
        if d is None:
            continue
        who = "cname" if d.group("cname") is not None else "name"
        words = d.group(who).split()
        if not 2 <= len(words) <= 4 or not all(w[0].isupper() or not w[0].isascii() for w in words if w[0].isalpha()):
            continue
        out.append(Hint("PERSON", *d.span(who), 0.85, "cacti_device"))
        out.append(Hint("LOCATION", *d.span("place"), 0.85, "cacti_device"))
    return out


# A TeamSpeak 3 server's clients: "client 'Lino T.'(id:553)", "client connected 'Rosa'(id:12)
# from 124.240.7.9:58101", and who did what, 'invokername=ManusBoi12' (a space as '\s')
_TEAMSPEAK_CLIENT = re.compile(r"\bclient (?:(?:dis)?connected )?'(?P<name>[^'|]{1,64}?)(?: from [\w.:\[\]]+)?'\(id:\d+\)"
                               r"|\binvokername=(?P<invoker>[^\s|]{1,64})")


# A SIP2 message (the 3M Standard Interchange Protocol a library's self-check kiosks and RFID gates speak, as Koha's,
# Evergreen's and Alma's SIP servers log it): its fixed part, then fields of a two-letter code and a value up to '|'
# ('...AOLDC|AA24594120|AENeha Singh|BDH.No. 12, Jorhat|BEn@x.in|BF+91 98...|AY5AZB534')
_SIP2_FIELD = re.compile(r"(?<=\|)(?P<code>[A-Z][A-Z0-9])(?P<value>[^|'\n]*)(?=\||'|\s*$)")
_SIP2_MESSAGE = re.compile(r"(?:^|['\s:])\d{2}[^|'\n]{0,60}?AO[^|'\n]*\|")
# Its patron's fields: personal name (AE), home address (BD), e-mail (BE), home phone (BF), a hold's patron (DA)
_SIP2_PATRON = {"AE": "PERSON", "DA": "PERSON", "BD": "LOCATION", "BE": "EMAIL_ADDRESS", "BF": "PHONE_NUMBER"}
# ... and its item's and library's, no one's: title (AJ), library's name (AM), call number (CS), locations (AP, AQ),
# an item's and a fee's ids (AB, CG), a print line (AG), the kiosk's login (CN, its password CO)
_SIP2_THINGS = frozenset({"AJ", "AM", "CS", "AP", "AQ", "AB", "AG", "CG", "CN", "CO", "AO"})


def sip2_hints(text: str) -> tuple[list[Hint], tuple[Suppression, ...]] | None:
    """A SIP2 message's patron by its fields (name, address, e-mail, phone), and no person's or place's name in its
    item's and library's fields (a book's title, a call number's author letters, 'Lumdiengjri College, Tura Campus');
    None where the record holds no SIP2 message."""
    message = _SIP2_MESSAGE.search(text)
    if message is None:
        return None
    hints, sups = [], []
    for m in _SIP2_FIELD.finditer(text, message.start()):
        code, (start, end) = m.group("code"), m.span("value")
        value = m.group("value").strip()
        if not value:
            continue
        if code in _SIP2_PATRON:
            kind = _SIP2_PATRON[code]
            if kind == "EMAIL_ADDRESS" and "@" not in value or kind == "PHONE_NUMBER" and not any(
                    c.isdigit() for c in value):
                continue  # (a kiosk's placeholder: 'BEnone', 'BFn/a')
            hints.append(Hint(kind, start, start + len(m.group("value").rstrip()), 0.85, "sip2_patron"))
        elif code in _SIP2_THINGS:
            sups.append(Suppression(_PEOPLE_AND_PLACES, start, end))
    return hints, tuple(sups)


def teamspeak_hints(text: str) -> list[Hint]:
    """Hints for a TeamSpeak 3 server log's clients (see _TEAMSPEAK_CLIENT): the name each
    goes by, as a chat's nick; its ServerQuery admin ('serveradmin') no one."""
    out = []
    for m in _TEAMSPEAK_CLIENT.finditer(text):
        group = "name" if m.group("name") else "invoker"
        name = m.group(group)
        if name.lower() in ("serveradmin", "server"):
            continue
        hint = value_hint("nick", text, *m.span(group), "teamspeak_client")
        if hint:
            out.append(hint)
    return out


# A PgBouncer connection's label: 'C-0x55dac8db4cca: payroll/akonia@10.20.4.106:45594' (a
# client's; 'S-0x...' a server connection's): the database, the login, where from
_PGBOUNCER_LABEL = re.compile(r"\b[CS]-0x[0-9a-f]{6,16}: (?P<db>[^/\s]{1,64})/(?P<user>[^@/\s(][^@/\s]{0,63})@")
# (not '(nodb)/(nouser)@...': a connection that has not logged in yet)


def pgbouncer_hints(text: str) -> list[Hint]:
    """The login of a PgBouncer log line's connection (see _PGBOUNCER_LABEL)."""
    m = _PGBOUNCER_LABEL.search(text)
    return [Hint("USERNAME", *m.span("user"), 0.85, "pgbouncer_user")] if m else []


# A Zigbee device's IEEE address as Zigbee2MQTT writes it, '0x000d6f00d7b40d78' (its EUI-64:
# the device's own, for good); not the network's extended PAN id
_ZIGBEE_IEEE = re.compile(r"(?<![\w])0x[0-9a-f]{16}(?![\w])")
_ZIGBEE_PAN = re.compile(r"(?i)(?:extended_?pan_?id)\W{0,4}$")


def zigbee_hints(text: str) -> list[Hint]:
    """Hints for a Zigbee2MQTT log line's devices' IEEE addresses (see _ZIGBEE_IEEE)."""
    if "zigbee2mqtt" not in text.lower():
        return []
    return [Hint("HARDWARE_ID", *m.span(), 0.85, "zigbee_ieee") for m in _ZIGBEE_IEEE.finditer(text)
            if not _ZIGBEE_PAN.search(text, max(0, m.start() - 24), m.start())]


# Cyrus IMAP's services, as syslog names them ('mail01 imaps[37233]: ...', 'lmtpunix[...]')
_CYRUS_PROGRAM = re.compile(r"\s(?:cyrus/)?(?:imaps?|imapd|pop3s?|pop3d|lmtpunix|lmtpd?|ctl_cyrusdb|cyr_expire|squatter"
                            r"|sieve|timsieved|idled|notifyd)\[\d+\]: ")  # (not httpd: Apache's name too)
# a user's mailbox, 'user.' (or 'user/', the Unix separator's) and the login ('user.jdoe.Drafts',
# 'mailbox=<user.jdoe>', 'verify_user(user.jdoe)'); not a path's '/var/lib/imap/user/j/'
_CYRUS_MAILBOX = re.compile(r"(?<![\w./\-])user[./](?P<user>[A-Za-z0-9_][\w\-]{0,63})(?=[./>)\]\s'\"]|$)")
# a login and a failed one: the client's name and address, the login and its mechanism
# ('login: pc-noel-laptop.lan [10.20.5.47] nmabborang plaintext+TLS User logged in',
# 'badlogin: 10.20.5.47 [10.20.5.47] plaintext nmabborang [SASL(-13): ...]')
_CYRUS_LOGIN = re.compile(r"\b(?:login: (?P<host>[^\s\[\]]+) \[(?P<ip>[^\]\s]+)\] (?P<user>[^\s@]+) \S+ User logged in"
                          r"|badlogin: (?P<host2>[^\s\[\]]+) \[(?P<ip2>[^\]\s]+)\] \S+ (?P<user2>[^\s@\[]+) \[)")


def cyrus_hints(text: str) -> list[Hint]:
    """Hints for a Cyrus IMAP service's log line: its users' mailboxes and logins (see
    _CYRUS_MAILBOX, _CYRUS_LOGIN); the client by its name, where it has one."""
    out = [Hint("USERNAME", *m.span("user"), 0.85, "cyrus_mailbox") for m in _CYRUS_MAILBOX.finditer(text)
           if m.group("user").lower() not in _NOT_LOGINS]
    login = _CYRUS_LOGIN.search(text) if "login: " in text else None
    if login is not None:
        user, host, ip = ("user", "host", "ip") if login.group("user") else ("user2", "host2", "ip2")
        if login.group(user).lower() not in _NOT_LOGINS:
            out.append(Hint("USERNAME", *login.span(user), 0.85, "cyrus_login"))
        if login.group(host) != login.group(ip) and not _IP_LIKE.fullmatch(login.group(host)):
            out.append(Hint("HOSTNAME", *login.span(host), 0.8, "cyrus_login"))
    return out


_NOT_LOGINS = frozenset({"anonymous", "anyone", "cyrus", "admin", "root", "unknown", "unauthenticated"})

# 3CX Phone System's call record (its CDR service's file, 'cdr.log'), in the default fields'
# order of 3CX's 'CDR output fields': historyid ('Call 48211'), callid, duration, time-start,
# time-answered, time-end, reason-terminated, from-no, to-no, from-dn, to-dn, dial-no,
# reason-changed, final-number, final-dn, bill-code, bill-rate, bill-cost, bill-name, chain
# ('Chain: 10000;800;Ext.124;'), from-type, to-type, final-type, from-dispname, to-dispname,
# final-dispname, missed-queue-calls
_3CX_CDR = re.compile(r"Call \d{1,12},[0-9A-F]{16}_\d{1,9},\d{1,3}:\d{2}:\d{2},")
_3CX_NUMBERS = (7, 8, 11, 13)
_3CX_DISPLAY_NAMES = ((23, 20), (24, 21), (25, 22))  # a display name, its end's type
# A number a call was from or to: seven digits at least, a '+' or an international prefix maybe
# (an extension's, an IVR's, a queue's or a trunk's own number is shorter: '124', '800', '10000')
_CALLED_NUMBER = re.compile(r"\+?\d{7,15}")
# A display name of a person: up to five words of letters, no digit ('Eulalia Chávez', 'NAYELI
# LUIS'); an IVR's or a queue's goes by its type ('IVR Principal', 'Cola Atención Socias')
_DISPLAYED_NAME = re.compile(r"[^\W\d_][\w'’.\-]*(?:[ ][^\W\d_][\w'’.\-]*){0,4}")


def _part_starts(parts: list[str], at: int = 0) -> list[int]:
    """Where each of a record's parts, split on a one-character separator, starts in its text."""
    starts = []
    for part in parts:
        starts.append(at)
        at += len(part) + 1
    return starts


# A caller id as Asterisk writes it: the name in quotes, then the number in angle brackets ('"Iva Pavić" <205>',
# '"0641234567" <0641234567>' where the network gave no name)
_CALLER_ID_VALUE = re.compile(r'"(?P<name>[^"<>\n]{0,80})"[ ]?<(?P<number>[^<>\n]{0,40})>')
# FreePBX's call recording's name: its kind ('in', 'out', 'q' a queue's, 'exten', 'rg' a ring group's), the
# two parties' numbers (an extension's, a queue's or the other party's), the date, the time and the call's
# id ('q-602-00355679234376-20240304-080108-1709539268.41870.wav'), its day's folders before it or not
_CDR_RECORDING_NAME = re.compile(r"(?:[^\n]*/)?[a-z]{1,10}-(?P<a>[^\-/\s]{1,40})-(?P<b>[^\-/\s]{1,40})-\d{8}-\d{6}"
                                 r"-\d{9,11}\.\d{1,9}\.(?:wav|WAV|mp3|gsm|ogg|wav49)")
# What a caller id's name is where the network gave none
_NO_CALLER_NAMES = frozenset({"anonymous", "unknown", "unavailable", "restricted", "private", "withheld",
                              "no caller id", "out of area", "wireless caller"})
_CDR_VALUE_FIELDS = frozenset({"Caller ID", _CDR_PARTY_NAME, _CDR_RECORDING})


def _cdr_value_hints(field: str, text: str) -> list[Hint] | None:
    """Hints for a call record's party (a 'Caller ID' that gives a name and a number, a
    caller's name that is a number where the network gave no name) and for its recording's
    file name (the parties' numbers in it); None where the value has none of those shapes,
    for the column's own reading."""
    if field == "Caller ID":
        m = _CALLER_ID_VALUE.fullmatch(text)
        if m is None:
            return None
        return _cdr_party(text, *m.span("name")) + _cdr_number(text, *m.span("number"))
    if field == _CDR_RECORDING:
        m = _CDR_RECORDING_NAME.fullmatch(text)
        return [] if m is None else _cdr_number(text, *m.span("a")) + _cdr_number(text, *m.span("b"))
    if _CALLED_NUMBER.fullmatch(text):
        return _cdr_number(text, 0, len(text))
    return [] if text.strip().lower() in _NO_CALLER_NAMES else None


def _cdr_number(text: str, start: int, end: int) -> list[Hint]:
    """A call's party's number (not an extension's few digits, nor a freephone line's)."""
    value = text[start:end]
    if _CALLED_NUMBER.fullmatch(value) and not _FREEPHONE.fullmatch(value):
        return [Hint("PHONE_NUMBER", start, end, 0.85, "field_name")]
    return []


def _cdr_party(text: str, start: int, end: int) -> list[Hint]:
    """A caller id's name: a person's (an extension's user, a caller the network names), or
    the number again where the network gave no name; no one's where it says so."""
    value = text[start:end]
    if _CALLED_NUMBER.fullmatch(value):
        return _cdr_number(text, start, end)
    if value.strip().lower() in _NO_CALLER_NAMES or not value.strip():
        return []
    hint = value_hint(_CDR_PARTY_NAME, text, start, end, "field_name")
    return [hint] if hint is not None else []


def threecx_cdr_hints(text: str) -> list[Hint] | None:
    """Hints for a 3CX call record's fields (see _3CX_CDR): the numbers called from and to
    (national ones too, which no region's plan needs to check: the field says what they
    are) and the display names of extensions and lines, a person's (a caller's name from
    the network, or in digits a number); None when ``text`` is no such record."""
    if _3CX_CDR.match(text) is None:
        return None
    parts = text.rstrip("\r\n").split(",")
    if len(parts) not in (26, 27, 28) or not parts[19].startswith("Chain:"):
        return None  # other fields than the default's, or a name with a comma in it
    starts = _part_starts(parts)
    out = []
    for i in _3CX_NUMBERS:
        if _CALLED_NUMBER.fullmatch(parts[i]):
            out.append(Hint("PHONE_NUMBER", starts[i], starts[i] + len(parts[i]), 0.85, "3cx_cdr"))
    for i, kind in _3CX_DISPLAY_NAMES:
        value = parts[i]
        if not value:
            continue
        if _CALLED_NUMBER.fullmatch(value):
            out.append(Hint("PHONE_NUMBER", starts[i], starts[i] + len(value), 0.85, "3cx_cdr"))
        elif parts[kind] in ("Extension", "Line") and _DISPLAYED_NAME.fullmatch(value) \
                and not _is_generic_name(value) and not _names_a_thing(value) and value.lower() not in _NOT_LOGINS:
            out.append(Hint("PERSON", starts[i], starts[i] + len(value), 0.85, "3cx_cdr"))
    return out

# The side of a conversation a record names, where a login could be (a help desk's thread's
# 'created_by': UVdesk's 'customer' and 'agent')
_PARTY_ROLES = frozenset({"customer", "agent", "collaborator", "requester", "requestor", "staff", "operator",
                          "visitor", "contact", "member"})
# PHP's serialize() of an array or an object ('a:0:{}', 'a:1:{i:0;s:3:"x@y";}')
_PHP_SERIALIZED = re.compile(r"[aO]:\d+:(?:\"[\w\\]+\":\d+:)?\{.*\}", re.DOTALL)
_PROFILE_PROPERTY = re.compile(r"\bproperty '(?P<name>[\w\-]{1,60})' for profile '[^'\n]{1,200}' to '(?P<value>[^'\n]{1,200})'")

# Avaya IP Office's call record (SMDR, as its Manager sends it to a collector: one call's leg a
# line, comma-separated, no header): call start, connected time, ring time, caller, direction
# (I or O), called number, dialled number, account, is internal, call id, continuation,
# party 1's device and name, party 2's device and name, hold, park, auth valid, auth code,
# user charged, call charge, currency, amount at last user change, call units, units at last
# user change, cost per unit, mark-up, external targeting cause, targeter id, targeted
# number (a twinned mobile: 'MT,202,05324417862'), the servers' addresses and call ids, and
# (from release 9.1) the record's time
_AVAYA_SMDR = re.compile(r"\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2},\d{1,3}:\d{2}:\d{2},\d{1,5},[^,]*,[IO],")
# A business's line as a PBX records it dialled (maybe after its line's prefix, '9'): a
# freephone or shared-cost number ('08004685050', '908504401010'), Turkey's nationwide
# '444 12 34'; no one's
_FREEPHONE = re.compile(r"9?(?:(?:\+|00)\d{1,3}|0|1)?(?:800|808|850|855|866|877|888)\d{5,8}|9?444\d{4}")
# A party's device that is an extension ('E203'; a trunk's line is 'T9001', a voicemail's 'V9501')
_AVAYA_EXTENSION = re.compile(r"E\d{1,9}")


def avaya_smdr_hints(text: str) -> list[Hint] | None:
    """Hints for an Avaya IP Office call record's fields (see _AVAYA_SMDR): the numbers the
    call came from and went to (an outgoing call's dialled number with its line's prefix, as
    dialled; an incoming call's is the firm's own line, its DDI), a twinned mobile, and the
    names of the extensions' users that are a person's (an extension named for its desk or
    its room, 'Resepsiyon', 'Oda412', is no one's); None when ``text`` is no such record."""
    if _AVAYA_SMDR.match(text) is None:
        return None
    parts = text.rstrip("\r\n").split(",")
    if len(parts) not in (30, 31, 35, 36, 37):
        return None  # other fields than a release's, or a name with a comma in it
    starts = _part_starts(parts)
    numbers = [3, 5, 29] if parts[4] == "I" else [3, 5, 6, 29]
    out = [Hint("PHONE_NUMBER", starts[i], starts[i] + len(parts[i]), 0.85, "avaya_smdr")
           for i in numbers if _CALLED_NUMBER.fullmatch(parts[i]) and not _FREEPHONE.fullmatch(parts[i])]
    for device, name in ((11, 12), (13, 14)):
        value = parts[name]
        if _AVAYA_EXTENSION.fullmatch(parts[device]) and " " in value and _DISPLAYED_NAME.fullmatch(value) \
                and not _is_generic_name(value) and not _names_a_thing(value):
            out.append(Hint("PERSON", starts[name], starts[name] + len(value), 0.85, "avaya_smdr"))
    return out


# PmWiki's page file (wiki.d/Group.Page): the author of the page's last edit and of each
# revision ('author=gigmai_t', 'author:1746692397=Grace Dinge'); and a signature in the page's
# text, '[[~Author]]' (its Profiles page: what '~~~' expands to)
_PMWIKI_AUTHOR = re.compile(r"author(?::\d{9,11})?=(?P<v>[^\n=]{1,80})$")
_PMWIKI_SIGNATURE = re.compile(r"\[\[~(?P<v>[^\]|\n%]{1,60})\]\]")


def _wiki_author(text: str, start: int, end: int, source: str) -> Hint | None:
    """A wiki's author as typed: a name of several words a person's (by value_hint); one word
    (a login, a WikiName: 'LucyTapi', 'loboda_kerepa') the account's."""
    value = text[start:end]
    if " " in value.strip():
        return value_hint("author", text, start, end, source)
    if value.lower() in _NOT_LOGINS or value.lower() == "guest" or _is_generic_name(value):
        return None
    return Hint("USERNAME", start, end, 0.85, source)


def pmwiki_hints(text: str) -> list[Hint]:
    """Hints for a PmWiki page file's author line and the signatures in a line (see _PMWIKI_AUTHOR)."""
    out = []
    if text[:6] == "author" and (author := _PMWIKI_AUTHOR.match(text)) is not None:
        hint = _wiki_author(text, *author.span("v"), "pmwiki_author")
        if hint:
            out.append(hint)
    if "[[~" in text:
        out += [h for m in _PMWIKI_SIGNATURE.finditer(text) if (h := _wiki_author(text, *m.span("v"), "wiki_signature"))]
    return out


# Nagios Core's log (nagios.log; Icinga 1's, Naemon's and Icinga 2's compat log are the same):
# '[<epoch>] <KIND>: <fields split by ;>'. Its notifications name the contact they went to (a
# login: 'SERVICE NOTIFICATION: mbarbieri;PC-CARPI-014;Disk C:;ACKNOWLEDGEMENT (CRITICAL);...'),
# and an acknowledgement's, a downtime's and a comment's external command its author and the
# comment typed, the only prose a line holds; the rest is the program's and the plugins'
# words ('CRITICAL - 10.41.0.20: rta nan, lost 100%', which the small model reads as a name)
_NAGIOS_LINE = re.compile(r"\[\d{10}\] (?P<kind>(?:HOST|SERVICE) NOTIFICATION|(?:CURRENT |INITIAL )?(?:HOST|SERVICE)"
                          r" (?:ALERT|STATE)|(?:HOST|SERVICE) (?:DOWNTIME|FLAPPING) ALERT|EXTERNAL COMMAND): ")
# an external command's author's and comment's fields, by its name (Nagios' 'External Commands' list)
_NAGIOS_AUTHOR_AT = {"ACKNOWLEDGE_HOST_PROBLEM": 5, "ACKNOWLEDGE_SVC_PROBLEM": 6,
                     "ACKNOWLEDGE_HOST_PROBLEM_EXPIRE": 6, "ACKNOWLEDGE_SVC_PROBLEM_EXPIRE": 7,
                     "SCHEDULE_HOST_DOWNTIME": 7, "SCHEDULE_SVC_DOWNTIME": 8, "SCHEDULE_HOST_SVC_DOWNTIME": 7,
                     "SCHEDULE_HOSTGROUP_HOST_DOWNTIME": 7, "SCHEDULE_HOSTGROUP_SVC_DOWNTIME": 7,
                     "SCHEDULE_SERVICEGROUP_HOST_DOWNTIME": 7, "SCHEDULE_SERVICEGROUP_SVC_DOWNTIME": 7,
                     "ADD_HOST_COMMENT": 3, "ADD_SVC_COMMENT": 4,
                     "SEND_CUSTOM_HOST_NOTIFICATION": 3, "SEND_CUSTOM_SVC_NOTIFICATION": 4}
# Nagios' own messages that name a contact ('wproc: host=...; service=...; contact=jfollien',
# "Warning: Notification command for contact 'gcolombo' about host ...")
_NAGIOS_CONTACT = re.compile(r"\[\d{10}\] (?:wproc: +host=[^;\n]*;(?: service=[^;\n]*;)? contact=(?P<c>[^\s;']+)"
                             r"|Warning: Notification command for contact '(?P<q>[^'\n]+)')")
# The program's own messages, no one's words ('Max concurrent service checks (64) has been
# reached.', whose 'Max' the small model reads as a name)
_NAGIOS_CORE = re.compile(r"\[\d{10}\] (?:Max concurrent service checks|Auto-save of retention data|wproc: |qh: "
                          r"|LOG (?:ROTATION|VERSION): |Caught SIG[A-Z]+|Successfully (?:launched|registered)"
                          r"|Local time is |Nagios \d|Finished daemonizing|Event broker module|Warning: (?:The check"
                          r" of service|Return code of|A system time change|Check of ))")
# (beside _NOT_LOGINS: the monitoring systems' own administrators and accounts)
_NAGIOS_ADMINS = frozenset({"nagiosadmin", "icingaadmin", "thrukadmin", "administrator", "nagios", "icinga", "naemon",
                            "(unknown)", "(null)"})
_NAGIOS_LOGIN = re.compile(r"(?=[\w.\-]*[^\W\d_])[\w][\w.\-]{1,63}")  # a contact's name, a letter in it


def _nagios_person(value: str, start: int, end: int) -> Hint | None:
    """A contact or an author: a login, or a person's name as a CGI user typed it."""
    if not value or value.lower() in _NAGIOS_ADMINS or value.lower() in _NOT_LOGINS or _is_generic_name(value):
        return None
    if " " in value:
        return Hint("PERSON", start, end, 0.85, "nagios_author") if _is_full_name(value) else None
    return Hint("USERNAME", start, end, 0.85, "nagios_contact") if _NAGIOS_LOGIN.fullmatch(value) else None


def nagios_hints(text: str) -> Structure | None:
    """A Nagios log line's structure (see _NAGIOS_LINE): its contact's, author's hints; NER
    only on the comment, where the line has one; None when ``text`` is no such line."""
    line = _NAGIOS_LINE.match(text)
    if line is None:
        contact = _NAGIOS_CONTACT.match(text) if text[:1] == "[" else None
        if contact is None:
            return Structure((), (), is_log_line=True) if _NAGIOS_CORE.match(text) else None
        g = "c" if contact.group("c") else "q"
        hint = _nagios_person(contact.group(g), *contact.span(g))
        return Structure((hint,) if hint else (), (), is_log_line=True)
    kind, at = line.group("kind"), line.end()
    parts = text[at:].rstrip("\r\n").split(";")
    starts = _part_starts(parts, at)
    contact = author = comment = None
    if kind.endswith("NOTIFICATION"):
        contact = 0
        author = 6 if kind[0] == "S" else 5  # (an acknowledgement's: its author and comment after the output)
    elif kind == "EXTERNAL COMMAND":
        author = _NAGIOS_AUTHOR_AT.get(parts[0])
    if author is not None:
        comment = author + 1
    hints = []
    for i in (contact, author):
        if i is not None and i < len(parts):
            value = parts[i].strip()
            lead = starts[i] + len(parts[i]) - len(parts[i].lstrip())
            hint = _nagios_person(value, lead, lead + len(value))  # (the name without blanks around it)
            if hint:
                hints.append(hint)
    if comment is None or comment >= len(parts) or not parts[comment].strip():
        return Structure(tuple(hints), (), is_log_line=True)  # the program's words alone: no NER
    # NER on the comment alone (and on the author's name): the fields before are the program's
    # (the first from the line's start, its timestamp and kind with it)
    sups = [Suppression(_NO_ONES_TYPES, 0 if i == 0 else starts[i], starts[i] + len(parts[i]))
            for i in range(comment) if i != author]
    return Structure(tuple(hints), tuple(sups))


# A user's GECOS field, as a command sets it ('useradd -m -c "Delia Limbag,,0921-442-8080,048 433 4014"
# dlimbag', adduser's '--gecos', chfn's) or /etc/passwd holds it: full name, room, work phone,
# home phone, other
_GECOS_COMMAND = re.compile(r"\b(?:useradd|usermod|adduser|chfn)\b[^\"\n]{0,200}?[ \t](?:-c|--comment|--gecos)[ =]"
                            r"(?P<q>[\"'])(?P<gecos>[^\"'\n]{1,200})(?P=q)")
_PASSWD_ENTRY = re.compile(r"(?P<user>[a-z_][\w.\-]{0,31}):[^:\n]{0,200}:(?P<uid>\d{1,10}):\d{1,10}:"
                           r"(?P<gecos>[^:\n]{0,200}):/[^:\n]{0,200}:(?:/[^:\n]{0,100})?")


def _gecos_field_hints(text: str, start: int, end: int) -> list[Hint]:
    out, at = [], start
    for i, part in enumerate(text[start:end].split(",")):
        s, e = at, at + len(part)
        at = e + 1
        name = ("full_name", None, "work_phone", "home_phone")[i] if i < 4 else None
        if name and part.strip() and (name != "full_name" or " " in part.strip()):
            hint = value_hint(name, text, s, e, "gecos")
            if hint:
                out.append(hint)
    return out


def gecos_hints(text: str) -> list[Hint]:
    """Hints for a user's GECOS field a command sets (see _GECOS_COMMAND): the full name
    (two words at least: 'root' is the account's) and the phones."""
    m = _GECOS_COMMAND.search(text)
    return _gecos_field_hints(text, *m.span("gecos")) if m else []


def passwd_hints(text: str, entry: re.Match) -> list[Hint]:
    """Hints for an /etc/passwd entry of a person's account (a uid from 1000: below it a
    system's, above 60000 nobody's): its login, full name and phones."""
    if not 1000 <= int(entry.group("uid")) < 60000:
        return []
    return [Hint("USERNAME", *entry.span("user"), 0.8, "passwd"), *_gecos_field_hints(text, *entry.span("gecos"))]
_IP_LIKE = re.compile(r"[0-9a-fA-F:.]+|localhost")


# --- Forums' flat files ------------------------------------------------------------------

# YaBB's thread file, a post a line: 'subject|name|email|date|username|icon|0|ip|message|ns|
# lastmod|lastmodby|attachment|': the poster's display name, login and address, and who last
# edited it
_YABB_POST = re.compile(r"[^|\n]*\|(?P<name>[^|\n]{1,80})\|[^|\n]*\|\d{9,10}\|(?P<user>[^|\n]{1,64})\|[^|\n]*\|\d\|"
                        r"[0-9A-Fa-f:.]{3,45}\|")
_YABB_LAST_EDITOR = re.compile(r"\|[^|\n]*\|\d{9,10}\|(?P<user>[^|\n]{1,64})\|[^|\n]*\|?$")


def yabb_hints(text: str, post: re.Match) -> list[Hint]:
    """Hints for a YaBB post's poster (see _YABB_POST)."""
    out = [value_hint("author", text, *post.span("name"), "yabb_post"),
           value_hint("username", text, *post.span("user"), "yabb_post")]
    edited = _YABB_LAST_EDITOR.search(text, post.end())
    if edited is not None:
        out.append(value_hint("username", text, *edited.span("user"), "yabb_post"))
    return [h for h in out if h is not None and text[h.start:h.end] != "Guest"]  # (a guest's login is none)


# --- MQTT brokers' logs -------------------------------------------------------------------

# Mosquitto's log: '<time>: <message>', the time as seconds since the epoch or as its
# log_timestamp_format writes it
_MOSQUITTO_LINE = re.compile(r"(?:\d{10}|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:[+\-]\d{4})?): ")
# Mosquitto's own messages (another program's line with such a time is left to the rest)
_MQTT_MESSAGE = re.compile(r"New (?:client connected|connection) from |(?:Sending|Received|Denied) [A-Z]+\b"
                           r"|Socket error on client |Client \S+ (?:disconnected|closed|already|has exceeded)"
                           r"|\t\S+ \(QoS \d\)$|[\w\-.:]+ [012] \S+$|Saving in-memory database|mosquitto version"
                           r"|Opening ipv[46] listen socket|Config loaded from|OpenSSL Error")
# A client by its id, where Mosquitto names it: a device's own name ('shellyplus1pm-441793201796',
# 'tasmota_9814E1', an OwnTracks phone 'connor-iphone'), set by whoever set the device up
_MQTT_CLIENT = re.compile(r"(?:New client connected from \S+ as |(?:Sending|Received|Denied) [A-Z]+ (?:to|from) "
                          r"|Socket error on client |Client )(?P<id>[\w\-.:]+)")
# A retained subscription as the broker lists it: '<client id> <QoS> <topic>'
_MQTT_SUBSCRIPTION = re.compile(r"(?P<id>[\w\-.:]+) [012] \S")
# The login a client connected with ('(p2, c1, k60, u'oliviao')')
_MQTT_LOGIN = re.compile(r"\(p\d, c\d, k\d+, u'(?P<user>[^'\s]{1,128})'\)")
# Software's ids of itself, and ids a library draws at random: no device's name
_MQTT_SOFTWARE = re.compile(r"(?i)(?:homeassistant|home-assistant|zigbee2mqtt|zwave-?js|node-red|nodered|telegraf"
                            r"|mqtt-?explorer|mosquitto|mosq|auto|paho|mqttjs|mqttx|openhab|iobroker|frigate"
                            r"|<unknown>)(?:[_\-/.][\w\-]*)?")
# A topic's device ids by its tool's convention: OwnTracks' 'owntracks/<user>/<device>',
# Zigbee2MQTT's device by its IEEE address ('zigbee2mqtt/0x00158d5cad8827bf'), a Victron GX
# device's portal id (its MAC: 'N/b827ebab4e55/system/...'), OpenDTU's inverter by its serial
# ('solar/116191113829/0/power')
_MQTT_TOPIC_IDS = re.compile(
    r"(?<![\w/])(?:owntracks/(?P<user>[\w.\-@]{1,64})/(?P<device>[\w.\-]{1,64})"
    r"|zigbee2mqtt/(?P<ieee>0x[0-9a-fA-F]{16})"
    r"|[NRW]/(?P<portal>[0-9a-f]{12})/"
    r"|solar/(?P<serial>1\d{11})/)")
_MQTT_TOPIC_TYPES = {"user": "USERNAME", "device": "HOSTNAME", "ieee": "HARDWARE_ID", "portal": "HARDWARE_ID",
                     "serial": "SERIAL_NUMBER"}


# An MQTT client's id by its key in a broker's or a client library's log (EMQX's 'clientid: tracker_3541...,',
# its packet's 'ClientId=rider_app_7616e3e88b7161b2,'), the device's own id after the app's prefix: a
# phone's or a tracker's IMEI (15 digits, Luhn's check digit last) or an Android ID (16 hex digits); not
# a library's random id ('mqttjs_3f2a1b9c', MQTTX's 'mqttx_9a8b7c6d', Paho's)
_CLIENT_ID_DEVICE = re.compile(r"(?i:\bclient_?id)(?:: |=|\s*=\s*|\": ?\")(?!(?i:mqttjs|mqttx|paho))"
                               r"[A-Za-z][\w\-]{0,40}?[_\-:](?P<id>\d{15}|(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{16})"
                               r"(?![\w\-])")


def _luhn_valid(digits: str) -> bool:
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


# The reporting bodies' first two digits of an IMEI's type allocation code (GSMA's: '35' and '86' the most seen)
_IMEI_BODIES = frozenset({"01", "30", "33", "35", "44", "45", "49", "50", "51", "52", "53", "54", "86", "91", "98", "99"})


def is_an_imei(value: str) -> bool:
    """Whether ``value`` is an IMEI's shape: 15 digits, a reporting body's code first, Luhn's check digit
    last (a phone's 'serial' a ticket gives is its IMEI as often: 'সিরিয়াল নম্বর 861696288582128')."""
    return len(value) == 15 and value.isdigit() and value[:2] in _IMEI_BODIES and _luhn_valid(value)


def client_id_device_hints(text: str) -> list[Hint]:
    """Hints for the device ids in an MQTT client's ids (see _CLIENT_ID_DEVICE)."""
    return [Hint("HARDWARE_ID", *m.span("id"), 0.85, "mqtt_client_device") for m in _CLIENT_ID_DEVICE.finditer(text)
            if not m.group("id").isdigit() or _luhn_valid(m.group("id"))]


# openHAB's events.log: an item's state by the item's name, whose last words say what it holds ("Item
# 'Room6_Guest_Name' changed from NULL to Yusmary Rodríguez", "Item 'Telegram_LastUsername' changed from NULL to
# john_mill", "Item 'Staff_OnDuty_Phone' received command 0919451990", openHAB 4's "... updated to ...")
_OPENHAB_ITEM = re.compile(r"\bItem '(?P<item>[A-Za-z][\w]{0,80})' (?:changed from (?P<old>.+?) to (?P<new>.+?)"
                           r"(?: through \w+)?|received command (?P<cmd>[^|\n]+?)(?=\||$)|(?:updated|predicted to become)"
                           r" (?:to )?(?P<upd>.+?))$")
_OPENHAB_NONE = frozenset({"NULL", "UNDEF", "-", ""})


def openhab_item_hints(text: str) -> list[Hint]:
    """Hints for an openHAB item's states (see _OPENHAB_ITEM), typed by the item's name's last words
    ('Room6_Guest_Phone_Host': its host's, 'Guest_Name': a person's)."""
    m = _OPENHAB_ITEM.search(text)
    if m is None:
        return []
    parts = m.group("item").split("_")
    field = next((tail for k in range(1, min(3, len(parts)) + 1)
                  if type_for_name(tail := "_".join(parts[-k:])) is not None), None)
    if field is None:
        return []
    out = []
    for group in ("old", "new", "cmd", "upd"):
        if m.group(group) is not None and m.group(group).strip() not in _OPENHAB_NONE:
            hint = value_hint(field, text, *m.span(group), "openhab_item")
            if hint:
                out.append(hint)
    return out


# A Factorio server's console log (--console-log, and its stdout): the players by their names, a login
# ('2024-04-06 11:48:24 [JOIN] wilmer_guedez joined the game', '[CHAT] Mariem83: ...', '[BAN] X was banned by
# Ruben82. Reason: ...', 'Received peer info for peer(142) username(mariem_mintsidi).')
_FACTORIO_EVENT = re.compile(
    r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \[(?:JOIN|LEAVE|CHAT|KICK|BAN|UNBANNED|PROMOTE|DEMOTE|COMMAND|WHISPER|SHOUT)\] "
    r"(?P<name>[\w.\-]{1,60})(?=: | joined the game| left the game| was | \((?:command|shout)\))"
    r"(?:.*? by (?P<by>[\w.\-]{1,60})(?=\.))?")
_FACTORIO_PEER = re.compile(r"peer info for peer\(\d+\) username\((?P<name>[\w.\-]{1,60})\)")


def factorio_hints(text: str) -> list[Hint]:
    """Hints for a Factorio server's players (see _FACTORIO_EVENT)."""
    m = _FACTORIO_EVENT.match(text) or _FACTORIO_PEER.search(text)
    if m is None:
        return []
    return [Hint("USERNAME", *m.span(g), 0.85, "factorio_player") for g in m.re.groupindex if m.group(g)]


def mosquitto_hints(text: str, at: int) -> list[Hint]:
    """Hints for a Mosquitto log line's message (from ``at``): the client's id where it
    names a device, its login, and the ids in a topic by their tools' conventions."""
    out = []
    client = _MQTT_SUBSCRIPTION.match(text, at) or _MQTT_CLIENT.search(text, at)
    if client is not None and client.start() <= at + 40 and not _MQTT_SOFTWARE.fullmatch(client.group("id")):
        hint = value_hint("hostname", text, *client.span("id"), "mqtt_client")
        if hint:
            out.append(hint)
    login = _MQTT_LOGIN.search(text, at) if "u'" in text else None
    if login is not None and "@" not in login.group("user"):  # (an address is the e-mail recognizer's)
        out.append(Hint("USERNAME", *login.span("user"), 0.85, "mqtt_login"))
    if "/" in text:
        for m in _MQTT_TOPIC_IDS.finditer(text, at):
            for group, kind in _MQTT_TOPIC_TYPES.items():
                if m.group(group):
                    out.append(Hint(kind, *m.span(group), 0.85, "mqtt_topic"))
    return out


# --- SQL statements and X.509 names in log lines -------------------------------------------

# A database's query log (MySQL's general log, PostgreSQL's log_statement, an ORM's debug
# log) writes people's rows into statements: an INSERT's values are typed by its column
# list, an UPDATE's SET and a WHERE's comparisons by their columns' names.
_SQL_GATE = re.compile(r"(?i)\b(?:insert\s+(?:ignore\s+)?into|insert\s+\[|update|where)\b")
# (T-SQL's INTO is optional, as SQL Server's generated scripts leave it out: 'INSERT [dbo].[yaf_User] ([UserID],
# [Name], ...) VALUES (1, N'...', ...)')
_SQL_INSERT = re.compile(
    r"(?i)\binsert\s+(?:ignore\s+)?(?:into\s+|(?=\[))(?P<table>[\w.`\"\[\]]+)\s*\((?P<cols>[^()]{1,4000})\)\s*values\s*(?=\()")
# A login at WSO2's super tenant
_WSO2_TENANT_USER = re.compile(r"(?<![\w.\-@])(?=[\w.\-]*[a-z])[a-z0-9_][\w.\-]{0,63}(?=@carbon\.super\b)")
# An INSERT without its columns ('INSERT INTO `qa_userprofile` VALUES (229,'location','Wadelai, Pakwach')')
_SQL_INSERT_BARE = re.compile(r"(?i)\binsert\s+(?:ignore\s+)?into\s+(?P<table>[\w.`\"\[\]]+)\s+values\s*(?=\()")
# A key's name as a quoted value: a metadata table's row holds its key, then its value
_SQL_KEY = re.compile(r"[A-Za-z_][\w\-]{0,40}")
# An UPDATE's table ('UPDATE customer_addresses SET line1 = ...')
_SQL_UPDATE = re.compile(r"(?i)\bupdate\s+(?P<table>[\w.`\"\[\]]+)\s+set\s")


def sql_column_name(col: str, table: str | None) -> str:
    """A column's name as its table says it: an address table's bare 'line1' is the
    address's ('customer_addresses' . 'line1')."""
    if table and col.lower() in ("line1", "line2", "line3") and "address" in table.lower():
        return "address_" + col
    if table and col.lower() == "slug" and table.lower().rstrip("s").endswith("user"):
        return "user_slug"  # a users table's bare 'slug' (Misago's misago_users_user): the member's URL name
    if table and col.lower() in ("number", "name"):
        kind = table.lower().rpartition(".")[2].strip('`"[]').rpartition("_")[2]  # (the table's last word)
        if col.lower() == "number" and kind == "contacts":
            return "contact_number"  # a contacts table's bare 'number' (Whaticket's Contacts: a WhatsApp contact's
            # '5359344041', its phone in E.164 without the '+')
        if col.lower() == "name" and (kind in _THINGS_TABLES or kind.endswith(_SETTINGS_TABLE_ENDS)):
            return "thing.name"  # a help desk's priorities', states' or departments' names (HelpDeskZ's
            # hdz_priority: 'Alta', 'Urgente'), a server's settings' (Openfire's ofproperty: 'xmpp.domain'): a
            # thing's, no one's
    return col


# Tables of a help desk's or a shop's own things, whose 'name' is no one's
_THINGS_TABLES = frozenset({"priority", "priorities", "status", "statuses", "department", "departments",
                            "category", "categories", "tag", "tags", "label", "labels", "role", "roles"})
# A settings table's last word, its app's prefix glued to it maybe (Openfire's 'ofproperty', WordPress' 'wp_options')
_SETTINGS_TABLE_ENDS = ("property", "properties", "setting", "settings", "option", "options", "config", "configuration")

_SQL_PAIR = re.compile(r"""(?x)
    (?<![\w.'])(?:\w+\.)?[`"\[]?(?P<col>[A-Za-z_]\w{0,63})[`"\]]?  # a column, maybe quoted or qualified
    \s*(?:=|<>|!=|(?i:\s+like))\s*                                  # compared with
    (?:'(?P<value>(?:[^'\\]|\\.|'')*)'                              # a quoted string, or one
       |\\'(?P<escaped>[^'\\\n]*)\\')                                  # escaped inside the log's own quotes""")
# (MariaDB's audit log quotes the statement: "'SELECT ... WHERE city = \\'Wojerecy\\''")
_SQL_BLANKS = " \t\r\n"


def _sql_string_end(text: str, at: int) -> int:
    """Where the quoted string starting at ``text[at]`` ("'") ends (its closing quote), or -1."""
    j, n = at + 1, len(text)
    while j < n:
        c = text[j]
        if c == "\\":
            j += 2
        elif c == "'":
            if text[j + 1:j + 2] != "'":
                return j
            j += 2  # '' is a quote inside
        else:
            j += 1
    return -1


def _sql_tuples(text: str, at: int, cut: bool = False) -> Iterator[list[tuple[int, int, bool]]]:
    """An INSERT's rows of values from ``at`` ('(1, 'a'), (2, 'b')'): per row, each value's
    span and whether it is a quoted string (its span inside the quotes). A row cut short
    (a log's truncated statement) ends the rows; with ``cut``, its values so far are a last
    row, marked so by a last item (-1, -1, False) (a string that goes on past the line's end: a
    public key's, pg_dump's)."""
    n = len(text)
    while at < n and text[at] == "(":
        at += 1
        row: list[tuple[int, int, bool]] = []
        while True:
            while at < n and text[at] in _SQL_BLANKS:
                at += 1
            if at >= n:
                if cut and row:
                    yield [*row, _CUT]
                return
            if text[at] in "Nn" and text[at + 1:at + 2] == "'":
                at += 1  # T-SQL's Unicode string, N'...'
            if text[at] == "'":
                end = _sql_string_end(text, at)
                if end < 0:
                    if cut and row:
                        yield [*row, _CUT]
                    return
                row.append((at + 1, end, True))
                at = end + 1
            elif text.startswith("\\'", at):  # a string escaped inside the log's own quotes (MariaDB's audit log)
                end = text.find("\\'", at + 2)
                if end < 0:
                    return
                row.append((at + 2, end, True))
                at = end + 2
            else:
                depth, j = 0, at
                while j < n and (depth or text[j] not in ",)"):
                    depth += (text[j] == "(") - (text[j] == ")")
                    j += 1
                row.append((at, j, False))
                at = j
            while at < n and text[at] in _SQL_BLANKS:
                at += 1
            if at < n and text[at] == ",":
                at += 1
                continue
            if at < n and text[at] == ")":
                at += 1
                break
            return
        yield row
        while at < n and text[at] in _SQL_BLANKS:
            at += 1
        if at < n and text[at] == ",":
            at += 1
            while at < n and text[at] in _SQL_BLANKS:
                at += 1
        else:
            return


_CUT = (-1, -1, False)  # (see _sql_tuples)


def _column_recognizer(col: str) -> str:
    # a country or region column's value is a place but not carried to other records (known.py)
    return "region_field" if is_region_field(col) else "sql_column"


# The unspecified address as a key's value ('srcNAT=0.0.0.0', 'listen: 0.0.0.0:7443'), or as a
# DHCP message's field ('DHCPACK CIADDR 0.0.0.0 YIADDR ...', a client with no address yet) or a PPP link's IPCP
# option (mpd's 'IPADDR 0.0.0.0', a peer that asks for one): no address
_KEYED_UNSPECIFIED = re.compile(r"(?:(?<==)|(?<==[\"'])|(?<=:)|(?<=:[ ])|(?<=:[ ][\"'])|(?<=[CYSG]IADDR[ ])|(?<=\bIPADDR[ ])"
                                r"|(?<=\bgateway[ ])|(?<=\bpasserelle[ ])|(?<=\bListen[ ])|(?<=\blisten[ ])"
                                r"|(?<=\blisten[ ]on[ ])|(?<=\bListenAddress[ ])|(?<=\bbind[ ])|(?<=\bbind-address[ ])"
                                r"|(?<=\blistening[ ]on[ ])|(?<=\()(?=0\.0\.0\.0\)))"  # (rsyslog's 'listener on port 514
                                # (0.0.0.0) active', 'listening on 0.0.0.0:514') ('gateway
                                # 0.0.0.0', as a forum's post copies 'ip route': none; a server's 'Listen 0.0.0.0:80',
                                # 'listen on 0.0.0.0:8443', sshd's 'ListenAddress 0.0.0.0')
                                r"0\.0\.0\.0(?!\d|\.\d)")
# A UUID as CQL writes it, bare in a VALUES list


# Well-known applications' tables whose dumps insert rows without their columns (mysqldump's
# and sqlite3's .dump default): WordPress' users and comments (any table prefix), Isso's
# comments (its schema: isso/db/comments.py; 'notification' came later). A row of another
# length is another table's of that name and is left alone.
_KNOWN_TABLES: dict[str, tuple[tuple[str, ...], ...]] = {
    "users": (("ID", "user_login", "user_pass", "user_nicename", "user_email", "user_url", "user_registered",
               "user_activation_key", "user_status", "display_name"),),
    "comments": (("comment_ID", "comment_post_ID", "comment_author", "comment_author_email", "comment_author_url",
                  "comment_author_IP", "comment_date", "comment_date_gmt", "comment_content", "comment_karma",
                  "comment_approved", "comment_agent", "comment_type", "comment_parent", "user_id"),),
}
_ISSO_COMMENTS = ("tid", "id", "parent", "created", "modified", "mode", "remote_addr", "text", "author", "email",
                  "website", "likes", "dislikes", "voters", "notification")


def _known_table_columns(table: str) -> tuple[tuple[str, ...], ...] | None:
    """The column lists a well-known application's table has (see _KNOWN_TABLES), by its name
    after its prefix ('wp_users', 'wp7_comments'); Isso's comments table has none."""
    if table == "comments":
        return (_ISSO_COMMENTS, _ISSO_COMMENTS[:-1])
    prefix, _, name = table.rpartition("_")
    return _KNOWN_TABLES.get(name) if prefix else None


# A table of names and their values, a custom field's or a setting's a row (its columns' leaves)
_NAME_VALUE_COLUMNS = (("name", "value"), ("metakey", "metavalue"), ("field", "value"), ("label", "value"),
                       ("fieldname", "fieldvalue"))


def _sql_rows_hints(text: str, at: int, cols, arity: bool = False) -> list[Hint]:
    """Hints for an INSERT's rows from ``at``, each value typed by its column's name; with
    ``arity``, ``cols`` is a choice of column lists, the one as long as the row's (a row the
    line's end cuts short, one that goes on: its values so far, by the first columns)."""
    out: list[Hint] = []
    lists = cols if arity else (cols,)
    if not any(type_for_name(c) in _HINT_BY_NAME or type_for_name(c) == "IP_ADDRESS" for names in lists for c in names):
        return out
    for row in _sql_tuples(text, at, cut=not arity):
        if row[-1] is _CUT:
            row = row[:-1]
            names = next((c[:len(row)] for c in lists if len(c) > len(row)), None)
        else:
            names = next((c for c in lists if len(c) == len(row)), None)
        if names is None:
            break
        room = any(_leaf_and_parent(c)[0] == "host" and text.startswith(_ROOM_SERVICES, s, e)
                   for c, (s, e, _) in zip(names, row))  # (an XMPP server's rooms' row: Prosody's
        # 'conference.example.uz','sotuv',...: its 'user' a room's name, a group's)
        leaves = [_leaf_and_parent(c)[0] for c in names]
        pair = next(((leaves.index(k), leaves.index(v)) for k, v in _NAME_VALUE_COLUMNS
                     if k in leaves and v in leaves), None)
        if pair is not None:
            # a custom field's row, its name, then its value (Whaticket's ContactCustomFields: 'Teléfono alterno',
            # '6025-2017'; WordPress' usermeta: 'billing_phone', ...): the value by the name it has, the name no one's
            (ks, ke, kq), (vs, ve, vq) = row[pair[0]], row[pair[1]]
            label = text[ks:ke] if kq else ""
            if vq and ve > vs and 0 < len(label) <= 60 and type_for_name(label) in _HINT_BY_NAME:
                hint = value_hint(label, text, vs, ve, "sql_column")
                if hint:
                    out.append(hint)
        for i, (col, (start, end, quoted)) in enumerate(zip(names, row)):
            if room and _leaf_and_parent(col)[0] == "user" or pair is not None and i in pair:
                continue
            # (a quoted value, or a UUID, which CQL writes bare: '(..., 'DC:A6:..', E22659B9-0CC4-..., ...)')
            if (quoted or _UUID.fullmatch(text, start, end)) and end > start \
                    and type_for_name(col) in _HINT_BY_NAME \
                    or not quoted and (text[start:end].isdigit() or text.startswith("0x", start)) \
                    and type_for_name(col) == "IP_ADDRESS":
                # (and an address stored as its number, unquoted: Oxwall's joinIp, see value_hint; or as its bytes in
                # hex, Question2Answer's createip)
                hint = value_hint(col, text, start, end, _column_recognizer(col))
                if hint:
                    out.append(hint)
    return out


# A SQL dump's INSERT that names no columns, whose CREATE TABLE named them (sources/text.py
# reads a dump's tables): its record carries them as its hint, in a form no field's name
# takes, and the detector reads the row's values by their names (sql_row_structure)
SQL_ROW_HINT = "\x1fsql-columns\x1f"


def sql_row_hint(columns: Sequence[str], copy: bool = False, quoted: bool = False, rows: bool = False,
                 piped: bool = False) -> str:
    """The hint of an INSERT's line, or (``copy``) of a row of pg_dump's COPY block: its
    values apart by tabs, a tab after SQL_ROW_HINT says so; or (``quoted``) of a row of
    Dotclear's flat backup, its values quoted and apart by commas (a record separator says so);
    or (``rows``) of a line of an INSERT's rows after its head's line (a group separator); or
    (``piped``) of a row of a query's result drawn as a table, its cells between '|' (a file separator)."""
    return SQL_ROW_HINT + ("\t" if copy else "\x1e" if quoted else "\x1d" if rows else "\x1c" if piped else "") \
        + "\x1f".join(columns)


def is_sql_row_hint(field: str | None) -> bool:
    return field is not None and field.startswith(SQL_ROW_HINT)


def sql_row_structure(text: str, hint: str) -> Structure:
    """The structure of a SQL dump's line (a text line's) with its INSERT's rows typed by
    the columns ``hint`` names (see SQL_ROW_HINT); a row of another length (another table's
    of that name) is left alone."""
    spec = hint[len(SQL_ROW_HINT):]
    if spec[:1] == "\x1c":
        return _piped_row_structure(text, spec[1:].split("\x1f"))
    if spec[:1] == "\t":
        return _copy_row_structure(text, spec[1:].split("\x1f"))
    if spec[:1] == "\x1e":
        return _copy_row_structure(text, spec[1:].split("\x1f"), quoted=True)
    base = analyze_structure(text, None)
    if spec[:1] == "\x1d":  # a line of an INSERT's rows, its head on a line before (its columns named)
        columns, at = spec[1:].split("\x1f"), len(text) - len(text.lstrip())
    else:
        insert = _SQL_INSERT_BARE.search(text)
        if insert is None:
            return base
        table = insert.group("table")
        columns, at = [sql_column_name(c, table) for c in spec.split("\x1f")], insert.end()
    had = {(h.start, h.end) for h in base.hints}  # (a well-known application's table read so already)
    rows = [h for h in _sql_rows_hints(text, at, columns) if (h.start, h.end) not in had]
    ids = [i for i, c in enumerate(columns) if _leaf_and_parent(c)[0] in _MESSAGE_ID_NAMES]
    # a message's id in its column ('msgid': '<20e9db0a.540@forum.example.org>'): no one's address
    sups = tuple(Suppression(_MESSAGE_ID_TYPES, *row[i][:2]) for row in _sql_tuples(text, at)
                 if len(row) == len(columns) for i in ids if row[i][2]) if ids and "@" in text else ()
    titles = [i for i, c in enumerate(columns) if is_a_works_title(c)]
    if titles:  # a post's or a comment's target's title ('target_title': 'Отключения света в Грозном — график'): its
        # topic's places, no one's whereabouts (as a title's column's, see engine)
        sups += tuple(Suppression(_NO_PLACE_TYPES, *row[i][:2]) for row in _sql_tuples(text, at)
                      if len(row) == len(columns) for i in titles if row[i][2])
    if not rows and not sups:
        return base
    return Structure((*base.hints, *rows), (*base.suppressions, *sups), base.is_log_line)


def _piped_row_structure(text: str, columns: list[str]) -> Structure:
    """A row of a query's result drawn as a table, as a JDBC logger writes it (log4jdbc's
    'jdbc.resultsettable': '|dpark26|박다은    |010-6941-8658|...|'): each cell typed by its column's
    name in the table's header (sources.text). A machine's record: no prose for NER."""
    base = analyze_structure(text, None)
    bars = [i for i, c in enumerate(text) if c == "|"]
    if len(bars) != len(columns) + 1:
        return base  # (a cell holding a '|': another row's shape)
    hints = []
    for col, start, end in zip(columns, bars, bars[1:]):
        start += 1
        while start < end and text[start] == " ":
            start += 1
        while end > start and text[end - 1] == " ":
            end -= 1
        if end > start and type_for_name(col) in _HINT_BY_NAME:
            hint = value_hint(col, text, start, end, _column_recognizer(col))
            if hint:
                hints.append(hint)
    return Structure((*base.hints, *hints), base.suppressions, True)


# A row of Dotclear's flat backup: quoted values apart by commas, a backslash escaping a quote
_QUOTED_VALUE = re.compile(r'"((?:[^"\\]|\\.)*)"(?:,|$)')


def _copy_row_structure(text: str, columns: list[str], quoted: bool = False) -> Structure:
    """A row of pg_dump's COPY block: its values apart by tabs ('\\N' none), each typed by
    its column's name; its strings' escapes read by its view (Structure.escaped). (``quoted``:
    a row of Dotclear's flat backup, '"1","7","Ana Ruiz",...'.)"""
    if quoted:
        spans = [m.span(1) for m in _QUOTED_VALUE.finditer(text)]
        if not spans or spans[0][0] != 1 or text[-1:] != '"':
            spans = []  # (no row of quoted values: a line of prose between the blocks)
    else:
        spans, at = [], 0
        for value in text.split("\t"):
            spans.append((at, at + len(value)))
            at += len(value) + 1
    if len(spans) != len(columns):
        return Structure(escaped=True)  # (a value's tab is escaped: a row of another table)
    hints, sups = [], []
    for col, (start, end) in zip(columns, spans):
        value = text[start:end]
        if not value or value == "\\N":
            continue
        if type_for_name(col) in _HINT_BY_NAME:
            hint = value_hint(col, text, start, end, _column_recognizer(col))
            if hint:
                hints.append(hint)
        elif "@" in value and _leaf_and_parent(col)[0] in _MESSAGE_ID_NAMES:
            sups.append(Suppression(_MESSAGE_ID_TYPES, start, end))  # (a message's id: no one's address)
    return Structure(tuple(hints), tuple(sups), escaped=True)


# The words a key-value table's 'type' column holds, between a key and its value
_VALUE_TYPE_WORDS = frozenset({"json", "string", "number", "boolean", "bool", "xml", "text", "integer", "int",
                               "float", "array", "object", "null"})


# A statement with placeholders for its values and, after it, the values as a logger writes them (Doctrine's
# DebugStack, EC-CUBE's and Symfony's SQL log: 'INSERT INTO dtb_customer (name01, ...) VALUES (?, ...)
# {"params":{"1":"岡田",...}}', 'UPDATE t SET email = ?, ... WHERE id = ? {"params":[...]}')
_PLACEHOLDER_INSERT = re.compile(r"(?i)\binsert\s+(?:ignore\s+)?into\s+(?P<table>[\w.`\"\[\]]+)\s*\((?P<cols>[^()]{1,4000})\)"
                                 r"\s*values\s*\(\s*\?(?:\s*,\s*\?){0,300}\s*\)")
_PLACEHOLDER_UPDATE = re.compile(r"(?i)\bupdate\s+(?P<table>[\w.`\"\[\]]+)\s+set\s+"
                                 r"(?P<sets>[\w`\"]+\s*=\s*\?(?:\s*,\s*[\w`\"]+\s*=\s*\?){0,300})")
_SET_COLUMN = re.compile(r"([\w`\"]+)\s*=\s*\?")
_PARAMS_START = re.compile(r'"params"\s*:\s*([\[{])')
_PARAM = re.compile(r'\s*(?:"(?P<key>\d{1,3})"\s*:\s*)?(?:"(?P<s>(?:[^"\\\n]|\\.)*)"|null|true|false|-?\d[\d.eE+\-]*)'
                    r'\s*(?P<sep>[,\]}])')


def positional_params_hints(text: str) -> list[Hint]:
    """Hints for a logged statement's values given apart from it (``_PARAMS_START``), each by
    the column its placeholder stands for: the n-th '?' of an INSERT's VALUES or an UPDATE's SET."""
    statement = _PLACEHOLDER_INSERT.search(text) or _PLACEHOLDER_UPDATE.search(text)
    if statement is None:
        return []
    params = _PARAMS_START.search(text, statement.end())
    if params is None:
        return []
    names = statement.group("cols").split(",") if statement.re is _PLACEHOLDER_INSERT \
        else _SET_COLUMN.findall(statement.group("sets"))
    cols = [sql_column_name(c.strip().strip('`"[]'), statement.group("table")) for c in names]
    out, at, index, base = [], params.end(), 0, None
    while (m := _PARAM.match(text, at)) is not None:
        if m.group("key") is not None:
            if base is None:
                base = int(m.group("key"))  # ('"1":' first: Doctrine's positions count from one)
            index = int(m.group("key")) - base
        if m.group("s") and 0 <= index < len(cols) and type_for_name(cols[index]) in _HINT_BY_NAME:
            hint = value_hint(cols[index], text, *m.span("s"), _column_recognizer(cols[index]))
            if hint:
                out.append(hint)
        index += 1
        at = m.end()
        if m.group("sep") != ",":
            break
    return out


# A plural that is an application's component or a row's kind there, no key of one person's value (BuddyPress'
# activity: '(5, 5, 'members', 'new_member', ...)')
_SQL_COMPONENTS = frozenset({"members", "users", "people", "participants", "attendees", "followers", "friends",
                             "authors", "contacts", "customers", "groups"})


def sql_hints(text: str) -> list[Hint]:
    """Hints for the quoted values of SQL statements in ``text``, by their columns' names."""
    out: list[Hint] = []
    for m in _SQL_INSERT.finditer(text):
        cols = [sql_column_name(c.strip().strip('`"[]'), m.group("table")) for c in m.group("cols").split(",")]
        out += _sql_rows_hints(text, m.end(), cols)
    for m in _SQL_INSERT_BARE.finditer(text):
        known = _known_table_columns(m.group("table").strip('`"[]'))
        if known:  # a well-known application's table, its columns as its schema has them
            out += _sql_rows_hints(text, m.end(), known, arity=True)
            continue
        # no columns: a metadata table's rows of a key and its value, the key typing the value
        # (WordPress' wp_usermeta '(12, 3, 'first_name', 'Anna')', Question2Answer's
        # qa_userprofile '(229, 'location', 'Wadelai, Pakwach')')
        for row in _sql_tuples(text, m.end()):
            for (ks, ke, kq), (vs, ve, vq) in zip(row, row[1:]):
                if kq and vq and ve > vs and _SQL_KEY.fullmatch(text, ks, ke) \
                        and text[ks:ke].lower() not in _SQL_COMPONENTS \
                        and type_for_name(text[ks:ke]) in _HINT_BY_NAME \
                        and text[vs:ve].lower() not in _VALUE_TYPE_WORDS:  # (a key, then its value's type, then
                    # the value: Prosody's '..., 'login', 'json', '{"ip": ...}'': no login 'json')
                    hint = value_hint(text[ks:ke], text, vs, ve, _column_recognizer(text[ks:ke]))
                    if hint:
                        out.append(hint)
    update = _SQL_UPDATE.search(text) if "SET" in text.upper() else None
    for m in _SQL_PAIR.finditer(text):
        col, which = m.group("col"), "value" if m.group("value") is not None else "escaped"
        if update and update.end() <= m.start():
            col = sql_column_name(col, update.group("table"))
        start, end = m.span(which)
        while end - start > 2 and text[start] == "%" and text[end - 1] == "%":
            start, end = start + 1, end - 1  # (a LIKE's wildcards around the value: "phone_mobile LIKE
            # '%917354581%'", SuiteCRM's search; '%91' is no escape there)
        if col.lower() == "name" and " " not in text[start:end]:
            continue  # a bare 'name' compared with one word: a setting's, a thing's ("WHERE category = 'info' AND
            # name = 'sugar_version'", SuiteCRM's config), no login
        if end > start and type_for_name(col) in _HINT_BY_NAME:
            hint = value_hint(col, text, start, end, _column_recognizer(col))
            if hint:
                out.append(hint)
    return out


# An ORM's statement with its bound parameters after it, as TypeORM's logger writes them
# ('query: INSERT INTO "orders"("id", "sender_name", ...) VALUES ($1, $2, ...) -- PARAMETERS:
# ["088f...","Nguyễn Thị Thu",...]'): each parameter is typed by the column its placeholder
# stands for (a literal value is sql_hints')
ORM_PARAMETERS = " -- PARAMETERS: ["
_ORM_PLACEHOLDER = re.compile(r"\$(\d{1,3})|\?")
_ORM_COLUMN = r"(?:[\w`\"\[\]]+\.)?[`\"\[]?(?P<col>[A-Za-z_]\w{0,63})[`\"\]]?"
_ORM_PAIR = re.compile(rf"(?<![\w.]){_ORM_COLUMN}\s*(?:=|<>|!=|(?i:\s+i?like)|(?i:\s+in)\s*\()\s*(?P<p>\$\d{{1,3}}|\?)")
_ORM_VALUES = re.compile(r"\s*\((?P<vals>[^()]{1,4000})\)")
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


# Sequelize's statement with its bound values after it ('logQueryParameters'): 'Executing (default): UPDATE
# "customers" SET "phone"=$1,"street"=$2 WHERE "id" = $3; "+420773095270", "Husova 12", 84183'
SEQUELIZE_EXECUTING = "Executing ("
_SEQUELIZE_VALUE = re.compile(r'[ ]*(?:"(?P<s>(?:[^"\\]|\\.)*)"|[^",]*)[ ]*(?:,|$)')


def _sequelize_statement(text: str) -> tuple[str, list[tuple[int, int] | None]]:
    """Sequelize's statement and its bound values' spans (strings only; None for the others),
    in order; no values where the line holds none."""
    start = text.find(SEQUELIZE_EXECUTING)
    last = max(text.rfind("$"), start)
    cut = text.find("; ", last) if start >= 0 else -1
    if cut < 0 or not _ORM_PLACEHOLDER.search(text, start, cut):
        return "", []
    params: list[tuple[int, int] | None] = []
    at = cut + 2
    while at < len(text) and len(params) < 200:
        m = _SEQUELIZE_VALUE.match(text, at)
        if m is None or m.end() == at:
            break
        params.append(m.span("s") if m.group("s") is not None else None)
        at = m.end()
    return text[:cut], params


def _orm_parameters(text: str, at: int) -> list[tuple[int, int] | None]:
    """The spans of a bound parameters' JSON array's string members from ``at`` (its
    '['), in order; None for a member that is no string (a number, null, an object)."""
    out: list[tuple[int, int] | None] = []
    depth, i, n, member = 0, at, len(text), None
    while i < n:
        c = text[i]
        if c == '"':
            m = _JSON_STRING.match(text, i)
            if m is None:
                return out
            if depth == 1 and member is None:
                member = (i + 1, m.end() - 1)
            i = m.end()
            continue
        if c in "[{":
            depth += 1
            if depth > 1 and member is None:
                member = False  # (a nested array or object: no string of its own)
        elif c in "]}":
            depth -= 1
            if depth == 0:
                out.append(member or None)
                return out
        elif c == "," and depth == 1:
            out.append(member or None)
            member = None
        elif depth == 1 and not c.isspace() and member is None:
            member = False  # a number, true, false or null
        i += 1
    return out


def orm_parameter_hints(text: str) -> list[Hint]:
    """Hints for an ORM's bound parameters after its statement (ORM_PARAMETERS), each by
    the name of the column its placeholder stands for: an INSERT's columns in order, a
    comparison's or a SET's column ('"User"."email" = $1'), the table before it."""
    cut = text.find(ORM_PARAMETERS)
    if cut >= 0:
        query = text[:cut]
        params = _orm_parameters(text, cut + len(ORM_PARAMETERS) - 1)
    else:
        query, params = _sequelize_statement(text)
    if not params:
        return []
    numbered = "$" in query
    columns: dict[int, str] = {}  # a parameter's index (0-based) -> its column's name
    table = None
    # (MySQL's '?' is the n-th parameter by its place among them all: 'login_count > ? AND phone = ?')
    marks = {m.start(): n for n, m in enumerate(re.finditer(r"\?", query))} if not numbered else {}

    def index_of(placeholder: str, at: int) -> int:
        return int(placeholder[1:]) - 1 if placeholder.startswith("$") else marks.get(at, -1)

    insert = _SQL_INSERT.search(query)
    if insert is not None:
        table = insert.group("table").strip('`"[]')
        cols = [c.strip().strip('`"[]') for c in insert.group("cols").split(",")]
        at = insert.end()
        while (row := _ORM_VALUES.match(query, at)) is not None:
            at = row.start("vals")
            for col, value in zip(cols, row.group("vals").split(",")):
                p = _ORM_PLACEHOLDER.fullmatch(value.strip())
                if p is not None:
                    columns.setdefault(index_of(p.group(), at + value.index(p.group())), col)
                at += len(value) + 1
            if not query.startswith(",", at):
                break
            at += 1
    else:
        update = _SQL_UPDATE.search(query)
        if update is not None:
            table = update.group("table").strip('`"[]')
        for m in _ORM_PAIR.finditer(query):
            columns.setdefault(index_of(m.group("p"), m.start("p")), m.group("col"))
    out: list[Hint] = []
    for index, col in columns.items():
        span = params[index] if 0 <= index < len(params) else None
        if span is None or span[1] <= span[0]:
            continue
        name = sql_column_name(col, table)
        field = f"{table.rpartition('.')[2]}.{name}" if table and _leaf_and_parent(name)[0] in ("name", "id") else name
        # (a bare 'name' is its table's thing's: a device's, a user's; see type_for_name)
        if type_for_name(field) in _HINT_BY_NAME:
            hint = value_hint(field, text, *span, _column_recognizer(name))
            if hint:
                out.append(hint)
    return out


# One 'Name = value' a line (RADIUS' detail file: 'User-Name = "jdoe"', a config dump)
_ATTRIBUTE_LINE = re.compile(r'\s*(?P<name>[A-Za-z][\w.-]{0,63}) = (?P<q>"?)(?P<value>.*?)(?P=q)\s*')
_WORD_IN_SENTENCE = re.compile(r"[a-z]{2,}")  # a sentence has words in lower case ('0221 161 02 60' none)
# A label, padded before its colon or tabbed after it, then its value: an aligned header block
_ALIGNED_LABEL_LINE = re.compile(r"[ \t]*(?P<name>[A-Za-z][\w/()&.\-]*(?: [\w/()&.\-]+){0,4}?)"
                                 r"(?:[ \t]{2,}:[ \t]*|[ \t]*:\t[ \t]*)(?P<value>\S(?:.*\S)?)?[ \t]*")

# PowerShell's Format-List, its longest property's line: 'IdentifyingNumber : CSLPTX7' (the
# others are padded to its colon: _ALIGNED_LABEL_LINE); a property's name in camel case
_FORMAT_LIST_LINE = re.compile(r"[ \t]*(?P<name>(?=[A-Z][A-Za-z0-9]*[A-Z])[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)"
                               r" : (?P<value>\S(?:.*\S)?)?[ \t]*")

# A label in capitals, its colon and its value: an export's record of lines (Movable Type's
# 'AUTHOR: cborg', 'EMAIL: ...', 'IP: ...')
_CAPS_LABEL_LINE = re.compile(r"(?P<name>[A-Z]{2,}(?: [A-Z]{2,}){0,2}): (?P<value>\S(?:.*\S)?)\s*")

# An X.509 name in a VPN's or a TLS server's log: 'C=DE, ST=Hamburg, L=Hamburg, O=Acme
# GmbH, CN=jdoe' (or '/C=DE/O=Acme/CN=jdoe'). Its country, state, locality and
# organization are the issuer's or the company's (the model reads them as people and
# places, and 'ST' and 'L' themselves as places); its common name on a client's
# certificate is the user's.
# (its keys in either case, LDAP's as a directory writes them: "DN 'cn=Leesee Nungaq,ou=Contractors,dc=...'")
_DN_GATE = re.compile(r"(?:^|[\s,/'\"(])(?:CN|OU|O|L|ST|C|cn|ou|o|l|st|c)=[^,/\s]")
_DN_PART = re.compile(r"(?:^|(?<=[\s,/'\"(]))(?P<key>CN|OU|O|L|ST|C|DC|emailAddress|cn|ou|o|l|st|c|dc)"
                      r"=(?P<value>(?:[^,/\n'\")]|'(?=[^\W\d_]))*)")  # (a name's apostrophe: 'CN=Sean O'Brien')
_ISSUER_WORDS = frozenset({"ca", "root", "authority", "intermediate", "issuing", "server", "vpn", "gateway"})


# A common name's next part is a groups' OU ('CN=VPN-Users,OU=Groups,...'), or a word before it
# says a group follows ('(group CN=...', 'memberOf: CN=...')
_GROUPS_OU = re.compile(r"(?i)^,\s*OU=[^,]*group")
_CN_KEY = re.compile(r"(?i)CN=")
_GROUP_BEFORE_DN = re.compile(r"(?i)(?:\bgroup|memberof[:=])\s*$")


def distinguished_name(text: str) -> tuple[list[Hint], tuple[Suppression, ...]]:
    """The X.509 names in a line: a hint for each client's common name, and suppressions
    of PERSON and LOCATION over the parts that are no one's (and over the keys)."""
    parts = list(_DN_PART.finditer(text))
    keys = {m.group("key").upper() if m.group("key") != "emailAddress" else "emailAddress" for m in parts}
    if len(keys) < 2 or "CN" not in keys and len(keys & {"O", "OU", "L", "ST", "C"}) < 2:
        return [], ()  # one 'O=' alone is no name
    hints, sups = [], []
    for m in parts:
        key, value = m.group("key"), m.group("value").rstrip()
        # (a directory's DN in lower case names its containers and groups by 'cn=' as often,
        # 'cn=users,cn=accounts,dc=...': only its first part's full name is a person's)
        directory = key.islower()
        key = key if key == "emailAddress" else key.upper()
        if key in ("O", "OU", "L", "ST", "C", "DC"):
            end = m.start("value") + len(value)
            sups.append(Suppression(frozenset({"PERSON", "LOCATION"}), m.start(), end))
        elif key == "CN" and value:
            start = m.start("value")
            words = value.lower().split()
            if "." in value or "@" in value or any(c.isdigit() for c in value) and " " in value:
                continue  # a server's name (vpn.example.com), an address: the patterns'
            after = _CN_KEY.split(text[m.end():m.end() + 80], 1)[0]
            if _GROUPS_OU.search(after) or _GROUP_BEFORE_DN.search(text, max(0, m.start() - 12), m.start()):
                # a group's name ('(group CN=VPN-Users,OU=Groups,DC=corp,...)', 'memberOf: CN=...'): no one's
                sups.append(Suppression(_GROUP_TYPES, m.start(), start + len(value)))
                continue
            end = start  # what is no one's name: 'CN=' itself, or all of an issuer's
            if set(words) & _ISSUER_WORDS:
                end = start + len(value)  # 'Acme VPN CA'
            elif directory and (text[m.start() - 1:m.start()] == "," or not _is_full_name(value)):
                pass
            elif " " not in value and _SHAPES["USERNAME"].fullmatch(value) and not is_random_token(value):
                hints.append(Hint("USERNAME", start, start + len(value), 0.8, "certificate_name"))
            elif _is_full_name(value):
                hints.append(Hint("PERSON", start, start + len(value), 0.8, "certificate_name"))
            sups.append(Suppression(frozenset({"PERSON", "LOCATION"}), m.start(), end))
    return hints, tuple(sups)
