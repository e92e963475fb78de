"""PERSON: names in the places messages put them (greetings, sign-offs, "X from IT",
"My name is X", a dialog's speakers).

spaCy's small model misses a lone first name: "Hi Amara," or a post signed "- José".
Forum posts and e-mails put names in a few fixed places, and those places are the
evidence. Capitalized words only; words that take those places without being names
("Hi all,", "Thanks again", "- Support") are refused.

* ``greeting`` (0.9): ``Hi Amara,``  ``Dear Ms Okafor:``  ``Thanks Bruno!``  ``Hello Liam Reyes.``
  Also other languages' greetings and thanks: ``Hallo Keiko,``  ``Bonjour Chloé,``  ``Gracias Lucía!``
* ``titled`` (0.85): a name after another language's title, ``Frau Weber``, ``Dra. Inês
  Carvalho``, ``Sr. Carlos Mendes``
* ``sign_off`` (0.9): ``Regards, Tomasz``  ``Cheers, Ana`` at a line's start or after a
  sentence, in other languages too: ``... søndag. Mvh Lars``  ``Üdvözlettel:\nFerenc``
* ``vpn_certificate_name``, ``device_of_owner``, ``quoted_name_attribute``, ``dated_note_author``
  (0.85): an OpenVPN client's certificate named for its person (``Moussa Diop/197.149.194.183:27425``),
  a device by its owner (``Laptop of Thuraya``), a user's names each in quotes (``SET firstName
  "Sandrine" lastName "Nkoulou"``), a case's dated note's author (``- 16/02 (Réginald) ...``)
* ``chez_name`` (0.85): French's ``chez KÉRÉ Maïmouna``, a name as a register writes it (the
  family's in capitals) after ``chez`` (at the home of)
* ``signature_dash`` (0.9): a name after a dash that ends the text or line, the dash
  after a sentence, a quote or a comma, at a line's start or after blanked markup:
  ``... Will retry. - Marcus``, ``..." - Ayn Rand`` (not ``Alpaca Scarf - Oatmeal``);
  ``signature_dash_quoted`` (0.9): the same at a quoted message's end in a log's line, a
  sentence's mark some words before it (``not: "..., ws tis 17:00 - Stelios"``)
* ``done_by`` (0.9, PersonActRecognizer): ``Refund approved by Lucas.``, ``escalated to
  Ingrid`` (a person's acts in a ticket's notes; not a system's: 'processed by')
* ``spoke_with`` (0.86, PersonActRecognizer): ``Follow up with Sigrid Nyström in a couple
  of months``, ``spoke with Dana about the renewal``, ``Spoke to Angharad on +44 ...``
* ``payer_in_capitals`` (0.6, PersonActRecognizer): a bank statement's payer in capitals, as
  card schemes and banks pass it on (``Payment from FERMÍN RODILLA``, ``Transferencia de INÉS
  PRIETO``), where NER reads no capitals; not a firm by its legal form nor a payment service
* ``call_name_at_number`` (0.9, PersonActRecognizer): a request to reach a person by two names at
  a number, ``Call Tsakani Baloyi at 082 555 1234``, ``Appelez Awa Sawadogo au 70 ...`` (not a
  desk: 'Call Customer Care on 0800 ...')
* ``name_statement`` (0.9): ``My name is Akinori``, ``Her maiden name is Møller``,
  ``What's your last name? Boyle``, French's ``je suis Awa Traoré`` (two capitalized words),
  a ``Name: Iva D. Grusová`` label at a line's start; Russian's ``Меня зовут Нурлан Абенов``, the
  South Slavic languages' ``ja sam Marko Petrović``, ``zovem se ...``, Albanian's ``jam Elira
  Krasniqi``, Uzbek's and Kazakh's ``mening ismim``, ``menin atym``, a ``Контакт:`` label
* ``chat_speaker`` (PersonSpeakerRecognizer): a chat log's speaker after its time,
  ``[09:15] Agent Daniel: ...``, ``[10:02] Femke: Hi!`` (not ``Visitor``).
* ``speaker`` (0.9, PersonSpeakerRecognizer): a dialog's speakers, ``Ella: What a
  wife.`` then ``Destiny: Remember me?`` on the next line (two speakers' lines with
  sentences: one ``Note: ...`` or a header block's ``Server: nginx`` is no dialog)
* ``chat_export_speaker`` (0.9, PersonSpeakerRecognizer): who wrote a line of WhatsApp's
  export on Android, ``03/02/2024, 13:05 - Bex Flat 6: Hiya``, and who joined, left or
  added someone (``- Tomos ap Rhys joined using this group's invite link``)
* ``meeting_chat_speaker`` (PersonSpeakerRecognizer): who wrote a line of a video meeting's saved chat and
  to whom (Zoom's ``09:53:07 From Jean-Marie Niyongabo to Nji Emmanuel(Direct Message):``)
* ``chat_bracket_speaker`` (0.9): who wrote a line of KakaoTalk's export on a PC,
  ``[Nur Wijaya] [7:40 AM] text``
* ``chat_export_tab_speaker`` (0.9): who wrote a line of LINE's export, ``13:05<TAB>Ananya
  Menon<TAB>text``, and whom they invited (WeeChat's ``date time<TAB>nick<TAB>`` is an IRC
  nick's, username.yaml's)
* ``chat_vocative`` (0.6): an IRC message to a nick that calls them by name, ``<peter_>
  musyo_: Musyoka, long time!``
* ``document_correspondent`` (0.9): a document archive's correspondent of two names or more, as Paperless-ngx's
  log assigns it: ``Assigning correspondent Youenn Le Gall to 2024-04-03 Bankafschrift ...``
* ``case_log_author`` (0.9): who wrote an iTop case log's entry, ``========== 2024-10-31
  02:45:53 : Blandine Yakité (228) ============``
* ``telephony_caller_name`` (0.9): a FreeSWITCH dialplan's caller by its caller id's name,
  ``Processing Rosete Elymore <+6919215858>->3205010``, ``effective_caller_id_name=Aren Tosie``
* ``lives_at`` (0.9): ``Tomomi Nishiyama lives at 86036 Rua do Arenque``, ``Sofie
  lives on Via Tasso``
* ``kin`` (0.9): ``remove my kid Lukas from the will``, ``our daughter, Ana``
* ``kin_of`` (0.9): a person by their family, ``I'm Daniel's daughter``, ``Ana's husband called``
* ``kin_fr`` (0.9): French's, ``la maman de Jimmy``, ``la famille Wahnawe``, ``mon voisin Paul``
* ``kin_es`` (0.9): Spanish's and Portuguese's, ``mi prima Ángel Caraballo``, ``minha vizinha Telma
  Cossa``; ``referred_by`` (0.9): ``Referida por
  Rosanna Almonte``, ``Me recomendó José Féliz``, ``referred by Ana Lee``
* ``remote_user_in_a_log`` (0.85): a remote-support tool's peer, ``display name: Alvin Knowles``,
  ``Remote user: Delroy Ellis sent ...`` (AnyDesk's trace); ``role_before_name_and_id`` (0.85): a
  rider or a technician by role, name and record, ``Repartidor Edwin De los Santos Tejada (id=72, ...)``
* ``called_me`` (0.9): ``everyone calls me Ján``, ``please call me Ian.``
* ``olt_terminal_description`` (0.85): a fibre terminal's subscriber in an OLT's command or alarm,
  ``desc "CTO-0103 Rosa Elena Valladares Melgar"``; ``money_transfer_party`` (0.85): a wallet's
  party in capitals by its number, ``de MARIA FERNANDA SOLIS ROJAS (8845-1290)``;
  ``delivery_recipient_es`` (0.85): ``Entrega programada ... para Iris Chávez en ...``, ``cliente
  Sofía Pitti Batista``; ``name_after_domain_login`` (0.85): ``AGROCUS\\ecalix (Elvin Cálix Lagos)``
* ``listed_name_and_phone`` (0.85): a list's item or an arrow's target that is a name and its
  phone: ``- Kachalla Umara (0803 719 8095)``, ``-> Kellu Alkali, +234 808 948 1562``
* ``user_full_name`` (0.9): a user quoted after ``user`` that is a full name, no login: ocserv's
  ``certificate user: 'Ондар Үнер'``, ``session for user 'Ховалыг Айлана'``
* ``vocative`` (0.6): a sentence that calls someone by name, then asks or requests:
  ``Aloisia, can I please speak to ...``, ``Maria, could you check`` (not ``Sure, can you``);
  ``vocative_customer`` (0.9): a shop's mail's subject to its customer, ``Nicolae, your order
  #... has shipped``, ``Lucian, ai uitat ceva in cos`` (not ``Unfortunately, your order ...``)
* ``signed_text_message`` (0.9): a text message in a gateway's log that ends with its sender's full
  name: ``text="... Please send the loan officer there. Souksavanh Phommachanh"``
* ``ad_canonical_name`` (0.9): the display name at the end of an Active Directory canonical
  name, ``corp.example.co.uk/Corvell/Users/Dublin/Owen Costello`` (Windows NPS' log)
* ``document_of`` (0.9): whose document a file is, by its name: ``CV_Tamara_Horvat.pdf``,
  ``Loonstrook_2024-05_Daan_Visser.pdf``, ``Claim_Kaya_NV24061247201.xlsx``; the name first
  (``document_named``): ``Tamm_Kadri_2025_CV.pdf``, ``Tanya Daniels - artist statement.docx``;
  ``folder_of_a_person`` (0.9): a people's collection's folder or file named for one of them after
  their record's number, ``kyc/clientes/2024/000603_Nelson_Lima/selfie.jpg``; ``folder_named_for_a_person``
  (0.9): the same by the full name alone, blanks between, ``/Clientes/Deborah Cartwright/Imoveis/``
* ``appointment_with_a_person`` (0.9): a calendar's event and whom it is with, ``Reunión AMPA con Kishore
  Assomull``, ``Lunch with Ana Ruiz at noon`` (not ``café con leche``: no event's word)
* ``name_before_reply_attribution`` (0.9): a name alone on its line before a quoted mail's
  attribution, its reply's signature: ``Gracias.\\n\\nYamil\\n\\nOn Sun, Mar 10, 2024 ... wrote:``
* ``mail_name`` (0.9): the name with an address, ``From: Ines Duarte <ines@example.pt>``
* ``chat_room_nick`` (0.85): an XMPP room's member by a nick that is a name,
  ``helpdesk@conference.example.com.my/Jainus``
* ``profile_path_name`` (0.6): a media center's profile named for its member,
  ``special://profile/profiles/Meenakshi/`` (not ``Default``, ``Kids``, ``Guest``)
* ``in_the_name_of_hi``: an order's name before Hindi's ``के नाम पर`` (in the name of), in any script:
  ``ऑर्डर प्रिया वर्मा के नाम पर है``
* ``wrote`` (0.9): a quoted reply's header, ``Marcus Lindqvist wrote:``
* ``from_team`` (0.6): ``Priya from IT says``, ``Omar from support replied``
* ``here_from`` (0.85): a chat agent's greeting, ``Hi Camila, Rui here from Tessaly Support``
* ``role_name_and_contact`` (0.85): a party by its role, its name, then a contact's label:
  ``Cash-out for customer Fati Soumana, MSISDN +227...``
* ``courier_and_number`` (0.85): a parcel's courier or a visit's technician by name, then their
  number: ``Rider Pemba 9847311909``
* ``journal_author`` (0.85): who wrote a ticket's history entry, its time first and the text on
  the next line: TOPdesk's ``07-01-2025 07:50 Ladi Gbate:``
* The Maghreb's, the Horn's and the Baltic states': ``name_statement`` Darija's ``ismi``, ``smiti``,
  ``ana ... men``, Amharic's ``sime``, Somali's ``magacaygu waa``, ``mani sauc``, ``nimeni on``, ``aš
  esu``; ``titled`` ``Lalla``, ``Hajj``, ``sahbi``, ``Ato``; ``shipped_to_name_and_address`` (0.85): an
  order's recipient before their address (``shipped to Youssef El Amrani, Rue 12, ...``);
  ``slash_signature`` (0.85): ``... I tried that. /Aino``; ``initialled_name_before_dash`` (0.85):
  ``Hamza H. — Boumerdès``; ``quoted_party`` (0.85): ``sender 'Selam Tekle Andemariam'``,
  ``Screening 'Getachew Worku Alemu'``; ``money_transfer_text`` (0.85): ``USD 756.00 from Helina``,
  ``Faadumo, waxaad heshay ... ka socda Yuusuf``, ``Helina sent you USD ...``; ``name_and_phone``
  after ``owner`` and ``recipient``; ``courier_and_number`` Somali's ``Darawalka:`` and Arabic's
  ``Al-mandoub:``; their greetings and sign-offs (``Azul``, ``Wesh``, ``Kemey aleki``, ``Kiitos,``,
  ``Parimat,``, ``Linkėjimai,``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# Greetings, thanks and titles of the languages a European company's mail and tickets are
# written in besides English ('Hallo Keiko,', 'Bonjour Chloé,', 'Dra. Inês Carvalho'): an
# English NER model does not read that prose (engine._foreign_prose), these places still say
# where a name is.
_GREETINGS_ABROAD = (r"(?:Hallo|Hola|Bonjour|Bonsoir|Salut|Olá|Ola|Ciao|Hej|Hoi|Moin|Servus|Buongiorno"
                     r"|Buenos[ ]días|Bom[ ]dia|Querid[oa]|Estimad[oa]|Car[oa]|Cher|Chère|Liebe[r]?"
                     r"|Gentile|Prezad[oa]|Sehr[ ]geehrte[r]?"
                     # Nordic, Finnish, Estonian, Hungarian, Romanian, Turkish, Polish, Czech, Ukrainian
                     # and Russian ('Hei Johanna,', 'Kedves Júlia!', 'Sayın Ayşe Demir,', 'Шановна Олено,')
                     r"|Hei|Heippa|Moi|Terve|Hyvä|Tere|Kære|Kjære|Bästa|Beste|Kedves|Szia|Tisztelt|Dragă|Draga"
                     r"|Stimate|Stimată|Merhaba|Sayın|Sevgili|Değerli|Witam|Drogi|Droga|Ahoj|Milý|Milá|Vážený|Vážená"
                     r"|Привіт|Вітаю|Шановний|Шановна|Здравствуйте|Уважаемый|Уважаемая|Дорогой|Дорогая"
                     # (and Russian's good day, evening, morning, hello: 'Доброе утро, Константин', 'Привет, Ганна!')
                     r"|Добрый[ ](?:день|вечер)|Доброе[ ]утро|Доброй[ ]ночи|Привет|Здравствуй|Приветствую"
                     # Estonian, Latvian, Lithuanian, Slovenian, Croatian, Bulgarian, Ukrainian, Greek,
                     # Icelandic and Brazilian ('Lugupeetud Kadri,', 'Labdien, Jāni!', 'Poštovani Ivane,',
                     # 'Здравейте Мария,', 'Αγαπητή Ελένη,', 'Sæl Guðrún,', 'Oi Camila,')
                     r"|Lugupeetud|Labdien|Sveiki|Cienījamais|Cienījamā|Labas|Gerbiamas|Gerbiama|Pozdravljeni"
                     r"|Spoštovani|Spoštovana|Poštovani|Poštovana|Živjo|Bok|Здравейте|Здравей|Уважаеми|Уважаема"
                     r"|Скъпи|Скъпа|Добрий[ ]день|Αγαπητέ|Αγαπητή|Γεια[ ]σου|Γεια[ ]σας|Hæ|Halló|Sæll|Sæl|Oi"
                     # Indonesian and Malay, Tagalog, Swahili, Catalan, Welsh, Afrikaans, Albanian,
                     # Azerbaijani, Serbian, Kazakh, Armenian ('Halo Pak Budi,', 'Yth. Ibu Sari,',
                     # 'Mpendwa Amina,', 'Benvolguda Núria,', 'Annwyl Rhys,', 'Geagte Mnr. Botha,', 'E
                     # dashur Elira,', 'Hörmətli Aynur xanım,', 'Поштовани Марко,', 'Құрметті Айгүл,')
                     r"|Selamat[ ](?:pagi|siang|sore|malam|petang)|Yth\.?|Kumusta|Magandang[ ](?:araw|umaga|hapon)"
                     r"|Hujambo|Mpendwa|Ndugu|Karibu[ ]sana|Karibuni|Benvolgut|Benvolguda|Estimat|Bon[ ]dia|Shwmae"
                     r"|Annwyl|Liewe|Geagte|Goeie[ ]môre|Goeiemôre|Përshëndetje|Tungjatjeta|[IE][ ]dashur"
                     r"|[IE][ ]nderuar|Hörmətli|Əziz|Здраво|Поштовани|Поштована|Драги|Драга|Сәлеметсіз[ ]бе"
                     r"|Сәлем|Құрметті|Բարև|Բարեւ|Հարգելի"
                     # Slovak, Maltese, Irish, Basque, Galician, Hausa, Somali, Uzbek, Mongolian and
                     # Macedonian ('Dobrý deň Zuzana,', 'Għażiż Sur Borg,', 'Kaixo Miren,', 'Sannu
                     # Malam Musa,', 'Hurmatli Dilnoza opa,', 'Эрхэм хүндэт Болд,', 'Почитувана Ана,')
                     r"|Dobrý[ ]deň|Għażiż|Għażiża|Għeżież|Bonġu|Merħba|Dia[ ]duit|Haigh|Kaixo|Egun[ ]on"
                     r"|Arratsalde[ ]on|Estimatu|Estimatua|Bo[ ]día|Boas[ ]tardes|Benquerid[oa]|Sannu"
                     r"|Barka[ ]da[ ](?:safe|rana|yamma)|Assalamu[ ]alaikum|Salaan|Haye|Assalomu[ ]alaykum"
                     r"|Hurmatli|Ассалому[ ]алайкум|Ҳурматли|Сайн[ ]байна[ ]уу|Сайн[ ]уу|Эрхэм[ ]хүндэт|Хүндэт"
                     r"|Эрхэм|Почитуван|Почитувана|Почитувани|Драг|Добар[ ]ден"
                     # Belarusian, Kyrgyz, Tajik, Turkmen, Bosnian, Kurdish, Igbo, Malagasy, Faroese,
                     # Luxembourgish, Zulu and Xhosa, Samoan and Maori ('Шаноўны Алесь,', 'Урматтуу
                     # Айгүл,', 'Hormatly Aýna,', 'Silav Rojda,', 'Ndewo Chinedu,', 'Ry Rakoto,', 'Kæri
                     # Jógvan,', 'Moien Léa,', 'Sawubona Thandi,', 'Talofa Sione,', 'Kia ora Aroha,')
                     r"|Добры[ ]дзень|Прывітанне|Шаноўны|Шаноўная|Паважаны|Паважаная|Дарагі|Дарагая"
                     r"|Саламатсызбы|Урматтуу|Кадырлуу|Ассалому[ ]алейкум|Муҳтарам|Ҳурматӣ|Hormatly|Eziz"
                     r"|Dobar[ ]dan|Zdravo|Silav|Rojbaş|Hêja|Birêz|Ndewo|Nnọọ|Ezigbo|Manao[ ]ahoana|Ry|Kæri|Kæra"
                     r"|Góðan[ ]dag|Moien|Léif|Léiwen|Sawubona|Sanibonani|Molo|Molweni|Talofa(?:[ ]lava)?"
                     r"|Kia[ ]ora|Tēnā[ ]koe|Tena[ ]koe|Mōrena"
                     # Hawaiian, Tatar and Bashkir, Chechen, Fijian, Tongan, Tok Pisin, Quechua,
                     # Guarani, Aymara, Haitian Creole, Breton, Occitan, Corsican, West Frisian,
                     # Romansh, Kinyarwanda, Shona, Lingala, Oromo, Tswana and Sesotho ('Aloha
                     # Keoni,', 'Хөрмәтле Айгөл,', 'Bula Mere,', 'Gude Mary,', 'Bonjou Jean,',
                     # 'Demat Yann,', 'Muraho Aline,', 'Mhoro Tendai,', 'Dumela Kagiso,')
                     r"|Исәнмесез|Сәлам|Хөрмәтле|Кадерле|Һаумыһығыҙ|Сәләм|Ҡәҙерле|Де[ ]дика[ ]дойла"
                     # (Tatar's 'good day', in Cyrillic and Latin letters, Chuvash's: 'Хәерле көн, Әлсу!', 'Ырӑ кун,
                     # Ольга!'; Russian's romanized: 'Dobryi den, Marat')
                     r"|Хәерле[ ]көн|Xäerle[ ]kön|Isänmesez|Ырӑ[ ]кун|Ырă[ ]кун|Dobryi[ ]den|Dobryy[ ]den"
                     r"|Ni[ ]sa[ ]bula|Ni[ ]sa[ ]yadra|Mālō[ ]e[ ]lelei|Malo[ ]e[ ]lelei"
                     r"|Apinun|Allillanchu|Rimaykullayki|Napaykullayki|Mba'éichapa|Maitei"
                     # (and more of Quechua's, Aymara's and Kichwa's: 'Allinllachu, Killa!', 'Imaynalla, Edwin!',
                     # 'Jallalla, Nelly!', 'Alli puncha, Wayra!')
                     r"|Allinllachu|Imaynalla|Imanalla|Jallalla|Alli[ ]puncha|Alli[ ]tuta|Alli[ ]chishi"
                     r"|Kamisaki|Kamisaraki|Bonjou|Bonswa|Demat|Adiu|Bonjorn|Bonghjornu|Goeie(?:moarn)?"
                     r"|Bêste|Bun[ ]di|Muraho|Mwaramutse|Mwiriwe|Mhoro(?:i)?|Mangwanani|Masikati"
                     r"|Mbote(?:[ ]na[ ]yo)?|Akkam|Kabajamoo|Dumela(?:ng)?|Lumela(?:ng)?"
                     # Esperanto, Scottish Gaelic, Cebuano and Hiligaynon, Ilocano, Northern Sami,
                     # Greenlandic, Yiddish, Sorbian, Sardinian, Chuvash, Yakut, Buryat, Kalmyk,
                     # Ossetian, Abkhaz, Kirundi, Fula, Karakalpak, Meitei, Twi, Ewe, Marshallese,
                     # Chamorro ('Saluton Marko,', 'Madainn mhath Mòrag,', 'Maayong buntag Jun,',
                     # 'Bures Áile,', 'Дорообо Айаал,', 'Maakye Kofi,', 'Håfa adai Rosa,')
                     r"|Saluton|Estimata|Estimataj|Halò|Madainn[ ]mhath|Feasgar[ ]math|A[ ]charaid"
                     r"|Maayong[ ](?:buntag|hapon|gabii|adlaw)|Naimbag[ ]n?a[ ](?:aldaw|bigat|malem|rabii)"
                     r"|Bures|Buorre[ ]beaivi|Ráhkis|Aluu|טײַערער|טײַערע|טייערער|טייערע|גוט[ ]מאָרגן"
                     r"|Dobry[ ]dźeń|Witajće|Salude|Bonas[ ]dies|Bona[ ]die|Ырӑ[ ]кун|Хисеплӗ|Дорообо"
                     r"|Ытыктабыллаах|Сайн[ ]байна(?:т)?|Амар[ ]мэндэ|Хүндэтэ|Мендвт|Дæ[ ]бон[ ]хорз"
                     r"|Уæ[ ]бон[ ]хорз|Бзиа[ ]збаша|Bwakeye|Jam[ ]waali|On[ ]jaaraama|Hurmetli|Húrmetli"
                     r"|ꯈꯨꯔꯨꯝꯖꯔꯤ|Maakye|Maaha|Maadwo|Akwaaba|Ŋdi|Woezɔ|Woezor|Iakwe|Iọkwe|Yokwe"
                     r"|Håfa[ ]adai|Hafa[ ]adai"
                     # Udmurt, Tuvan, Tetum, Javanese, Sundanese, Papiamento, Friulian, Kashubian,
                     # Xitsonga, Northern Ndebele, Bemba, Luganda, Hmong, Cherokee, Navajo, Ladino,
                     # Manx, Cornish, Walloon, Aromanian, Latgalian, Palauan ('Ӟечбуресь Алёна,',
                     # 'Sugeng enjing Budi,', 'Bon dia Maria,', 'Avuxeni Tsakani,', 'Nyob zoo Pa,',
                     # 'Osiyo Sequoyah,', 'Moghrey mie Juan,', 'Dydh da Jowan,', 'Ungil tutau Dirk,')
                     r"|Ӟечбуресь|Ӟеч[ ]буресь|Экии|Хүндүлүг|Bondia|Botarde|Bonoite"
                     r"|Sugeng[ ](?:enjing|siang|sonten|dalu|rawuh)|Wilujeng[ ](?:enjing|siang|sonten|wengi|sumping)"
                     r"|Sampurasun|Bon[ ]dia|Bon[ ]tardi|Bon[ ]nochi|Estimá|Bundì|Cjâr|Cjare|Witôj|Witôjce"
                     r"|Avuxeni|Xewani|Salibonani|Mwapoleni|Mwashibukeni|Gyebale[ ]ko|Wasuze[ ]otya|Nyob[ ]zoo"
                     r"|ᎣᏏᏲ|Osiyo|Yá[ʼ'’]át[ʼ'’]ééh|Kerido|Kerida|Moghrey[ ]mie|Fastyr[ ]mie|Dydh[ ]da|Myttin[ ]da"
                     r"|Gorthugher[ ]da|Bondjoû|Bondjou|Bunã[ ]dzua|Ghini[ ]vinit|Lobdīn|Ungil[ ]tutau"
                     r"|(?i:danke|gracias|merci|grazie|obrigad[oa]|bedankt|kiitos|köszönöm|köszi|teşekkürler"
                     r"|mulțumesc|multumesc|takk|tack|dziękuję|dzięki|děkuji|díky|дякую|спасибо"
                     r"|aitäh|paldies|ačiū|hvala|благодаря|ευχαριστώ|ευχαριστούμε|efxaristo(?:ume)?|efharisto(?:ume)?"
                     r"|eyxaristw|eyxaristoume|geia[ ]so[uy]|geia[ ]sas|kalimera|kalispera|καλημέρα|καλησπέρα"  # (Greek's
                     # thanks, hello and good morning, in Greek and in Latin letters, as a text message writes them)
                     r"|terima[ ]kasih|makasih|salamat|asante|gràcies|diolch|dankie|baie[ ]dankie|faleminderit"
                     r"|təşəkkürlər|хвала|рахмет|շնորհակալություն"
                     r"|ďakujem|grazzi|go[ ]raibh[ ]maith[ ]agat|eskerrik[ ]asko|mila[ ]esker|grazas"
                     r"|na[ ]gode|mahadsanid|баярлалаа|благодарам"
                     r"|дзякуй|ташаккур|daalụ|misaotra|villmools[ ]merci|ngiyabonga|enkosi|fa'afetai"
                     r"|mahalo|рәхмәт|баркалла|vinaka|tenkyu|sulpayki|aguyje|yuspajara|mèsi|trugarez"
                     r"|mercés|tankewol|grazia[ ]fitg|murakoze|ndatenda|maita[ ]basa|jërëjëf|matondo|melesi"
                     r"|galatoomaa|ke[ ]a[ ]leboga|ke[ ]a[ ]leboha"
                     r"|dankon|tapadh[ ]leat|tapadh[ ]leibh|mòran[ ]taing|agyamanak|daghang[ ]salamat|giitu"
                     r"|qujanaq|אַ[ ]דאַנק|dźakuju|źěkujom|gratzias|тавах|махтал|бузныг|иҭабуп|urakoze"
                     r"|a[ ]jaaraama|jaaraama|ꯊꯥꯒꯠꯆꯔꯤ|medaase|akpe|kommol(?:[ ]tata)?|si[ ]yu'os[ ]ma'(?:å|a)se'?"
                     r"|бадӟым[ ]тау|четтирдим|obrigadu|matur[ ]nuwun|maturnuwun|hatur[ ]nuhun|masha[ ]danki"
                     r"|graciis|dzãkùjã|inkomu|ndza[ ]khensa|zikomo(?:[ ]kwambiri)?|natotela|webale(?:[ ]nnyo)?"
                     r"|ua[ ]tsaug|wado|ᏩᏙ|ahéhee[ʼ'’]|gura[ ]mie[ ]ayd|meur[ ]ras|haristo|paļdis|sulang))")
# The same, of more languages, in a pattern of their own (one alternation of them all made
# the greeting's prefilter too long for a joined group, see fastpass._JOINED_MAX_CHARS):
# Crimean Tatar, Gagauz, Karelian, Võro, Asturian, Aragonese, Sicilian, Neapolitan, Low German,
# Scots, Balinese, Minangkabau, Cantonese (Jyutping), Mizo, Newar, Okinawan, Kapampangan,
# Nahuatl, Yucatec Maya, K'iche', Mapudungun, Tahitian, Bislama, Tamazight (Tifinagh), Dholuo
# ('Selâm Emine,', 'Terveh Olga,', 'Queríu Xuan,', 'Bongiornu Turi,', 'Goden Dag Hinnerk,',
# 'Guid mornin Morag,', 'Om Swastiastu Bli Made,', 'Chibai Lalremruata,', 'Haisai Kinjo,',
# 'Niltze Cuauhtli,', 'Ia ora na Teva,', 'Oyawore Achieng,'); their thanks, and Acehnese's,
# Cantonese's, Hakka's, Khasi's, Gilbertese's, Kabyle's
_MORE_GREETINGS_ABROAD = (r"(?:Selâm|Hayırlı[ ](?:sabalar|kün|akşamlar|sabaa)|Terveh|Hummogut|Bon[ ]día|Queríu"
                          r"|Estimau|Salutamu|Bongiornu|Bonasira|Uè|Goden[ ](?:Dag|Morgen)|Hullo"
                          r"|Guid[ ](?:mornin|efternuin|evenin)|Om[ ]Swastiastu|Rahajeng[ ](?:semeng|rauh|wengi|sanja)"
                          r"|Salamaik[ ](?:pagi|siang|sanjo|malam)|Nei[ ]hou|Zou[ ]san|Chibai|ज्वजलपा|Jwajalapa"
                          r"|Haisai|Haitai|Mayap[ ]a[ ](?:abak|gatpanapun|bengi)|Niltze|Pialli|Ma[ʼ'’]alob[ ]k[ʼ'’]iin"
                          r"|Bix[ ]a[ ]beel|Saqarik|Mari[ ]mari|Ia[ ]ora[ ]na|Iaorana|Gud[ ](?:moning|aftenun|naet)|ⴰⵣⵓⵍ"
                          r"|Oyawore|Oyaore|Oimore"
                          r"|(?i:sağ[ ]oluñız|saa[ ]olun|passibo|aitüma|gracies|grazias|grazzie|mony[ ]thanks|suksma"
                          r"|matur[ ]suksma|tarimo[ ]kasih|teurimong[ ]gaseh|m[ ]goi|mgoi|多謝|唔該|承蒙你"
                          r"|ka[ ]lawm[ ](?:e|hle)|khublei(?:[ ]shibun)?|सुभाय्|subhay|nifee[ ]deebiru|dakal[ ]a[ ]salamat"
                          r"|tlazoh?camati|(?:jach[ ])?dyos[ ]bo[ʼ'’]otik|maltyoox|maltiox|chaltu[ ]?may"
                          r"|m[aā]uruuru(?:[ ]roa)?|ko[ ]rabwa|tank[ ]yu(?:[ ]tumas)?|tankyu|tanemmirt|ⵜⴰⵏⵎⵎⵉⵔⵜ"
                          r"|erokamano(?:[ ]ahinya)?))")
# And of more still, in a third pattern (the second's prefilter would grow past a joined
# group's size): Komi, Erzya, Venetian (and Lombard's, Piedmontese's), Tulu, Bodo, Bikol, Waray,
# Garifuna, Ojibwe, Plains Cree, Mohawk, Niuean, Cook Islands Māori, Chuukese, Bambara ('Видза
# оланныд Иван,', 'Шумбрат Вася,', 'Bondì Bepi,', 'Solmelu Suresh,', 'Khulumbai Rwngwra,',
# 'Marhay na aga Manoy Jun,', 'Maupay nga aga Nene,', 'Buiti binafi Wilfredo,', 'Boozhoo
# Waabanang,', 'Tânisi Cheyenne,', 'Shé:kon Karonhiakta,', 'Fakaalofa lahi atu Sione,', 'Kia
# orana Mere,', 'Ran annim Kimiuo,', 'I ni sɔgɔma Moussa,'); their thanks, and Kabardian's,
# Ingush's, Lezgin's, Ligurian's, Madurese's, Toba Batak's, Tausug's, Lakota's, Acholi's
_YET_MORE_GREETINGS_ABROAD = (r"(?:Видза[ ]олан(?:ныд)?|Шумбрат(?:адо)?|Bondì|Solmelu|ಸೊಲ್ಮೆಲು|Khulumbai"
                              r"|Marhay[ ]na[ ](?:aga|hapon|banggi)|Maupay[ ]nga[ ](?:aga|kulop|gab-i|adlaw)"
                              r"|Buiti[ ]binafi|Boozhoo|Aaniin|T[aâ]nisi|Tansi|Sh[eé]:kon|Fakaalofa[ ]lahi[ ]atu"
                              r"|Kia[ ]orana|Ran[ ]annim|I[ ]ni[ ](?:sɔgɔma|tile|wula)"
                              r"|Namaste|Namaskar|Namaskaar"  # (Nepali's and Hindi's, romanized: a courier's text)
                              r"|(?i:аттьӧ|сюкпря|упсэу|баркал(?:ла)?|чухсагъул|grasie|grassie|mersì|sakalangkong"
                              r"|mauliate|magsukul|dios[ ]mabalos|damo[ ]nga[ ]salamat|seremein|miigwe?t?ch"
                              r"|megwetch|kinan[aâ]skomitin|hiy[ ]hiy|ni[aá]:?wen(?:[ ]k[oó]:?wa)?|pilamaya(?:ye)?"
                              r"|philámayaye|wopila|fakaaue(?:[ ]lahi)?|meitaki(?:[ ]ma[aā]ta)?|kinisou(?:[ ]chapur)?"
                              r"|apwoyo(?:[ ]matek)?|(?:i|a|aw)[ ]ni[ ]ce))")
# And a fourth: Inuktitut (Latin and syllabics), Hiri Motu, Marquesan, Pohnpeian, Kosraean,
# Kriol, Miskito, Herero, Kamba, Gusii, Sukuma, Kikongo, Sango, Oshiwambo, Mooré, Fulfulde and
# Pulaar, Mandinka, Krio ('Ullaakkut Annie,', 'Daba namona Vagi,', 'Kaoha Teiki,', 'Kaselehlie
# maing Ioanis,', 'Lotu wo Tulensru,', 'Gudei Jacob,', 'Naksa Prisila,', 'Wa penduka
# Uaripi,', 'Wakya Mutua,', 'Bwakire buya Nyaboke,', 'Mwangaluka Masanja,', 'Bara ala
# Yvonne,', 'Wa lele po Meekulu Ndapewa,', 'Ne y yibeoogo Naaba Kiiba,', 'Jam hiiri Aissatou,',
# 'I ning somandi Lamin,', 'Kushɛ Fatmata,'); their thanks, and S'gaw Karen's, Maasai's,
# Tshiluba's, Tuvaluan's
_STILL_MORE_GREETINGS_ABROAD = (r"(?:Ullaakkut|ᐅᓪᓛᒃᑯᑦ|Unnusakkut|ᐅᓐᓄᓴᒃᑯᑦ|(?:Daba|Dina|Hanuaboi)[ ]namona"
                                r"|Ka[ʻ'’]?oha(?:[ ]nui)?|Kaselehlie(?:[ ]maing)?|Lotu[ ]wo|Gudei|Naksa|Wa[ ]penduka"
                                r"|Wakya|Bwakire[ ]buya|Mwangaluka|Kiambote|Bara[ ](?:ala|mo)"
                                r"|Wa[ ](?:lele|uhala)[ ]po|Ne[ ]y[ ](?:yibeoogo|windiga|zabre)"
                                r"|Jam[ ](?:ñalli|nyalli|hiiri)|I[ ]ning[ ]somandi|Kush[eɛ]"
                                r"|Maale(?:[ ]diit|[ ]mi[ ]goaa)?|Mwalabhiwa"  # (Nuer's, Sukuma's morning)
                                r"|(?i:qujannamii?k|ᖁᔭᓐᓇᒦᒃ|nakurmiik|ᓇᑯᕐᒦᒃ|တၢ်ဘျုး(?:ဒိၣ်မး)?|tanikiu(?:[ ]bada)?"
                                r"|koutau(?:[ ]nui)?|kalahngan|kulo(?:[ ]ma[ ]lulap)?|tengkyu|tingki(?:[ ]pali)?"
                                r"|okuhepa(?:[ ]nene)?|n[iĩ][ ]?m[uũ]vea|ashe[ ]oleng|wabeja(?:[ ]sana)?|twasakidila"
                                r"|wasakidila|tuasakidila|nasakidila|matondo(?:[ ](?:mingi|mpenza))?"
                                r"|ntondele|singila(?:[ ]mingi)?|tangi[ ]unene|abaraka|t[eɛ]nki"
                                r"|fakafetai(?:[ ]lasi)?))")
# And a fifth: Nauruan, Yapese, Ateso, Kalenjin, Chichewa, Mauritian and Seychellois Creole
# ('Ekamowir omo Detudamo,', 'Mogethin Tamag,', 'Yoga noi Okello,', 'Chamgei Kiprono,', 'Muli
# bwanji Chikondi,', 'Bonzour Misie Ramdin,'); the thanks of Tamasheq and Tachelhit (Latin and
# Tifinagh), Nauruan, Yapese, Solomon Islands Pijin, Alur, Ateso, Turkana, Lugbara, Kalenjin,
# Nyakyusa, Umbundu, Kaonde, the Creoles, Comorian
_EVEN_MORE_GREETINGS_ABROAD = (r"(?:Ekamowir[ ]omo|Mogethin|Yoga[ ]noi|Chamgei|Chamuge|Muli[ ]bwanji|Bonzour|Bonswar"
                               r"|(?i:tanemmert|ⵜⵏⵎⵔⵜ|tanmmirt|ayyuz|ⴰⵢⵢⵓⵣ|tubwa[ ]kor|kam[ ]?magar"
                               r"|tangg?io(?:[ ]tumas)?|afoyo(?:[ ]matek)?|eyalama(?:[ ]noi)?|alakara|awa[ʼ'’]?difo"
                               r"|kongoi(?:[ ]mising)?|ndaga[ ]fijo|[nt][dw]apandula|twasanta(?:[ ]mwane)?"
                               r"|mersi(?:[ ]bou?kou)?|marahaba))")
# And a sixth: Wallisian, Futunan, Tokelauan, Carolinian, Ibibio, Runyankole ('Mālō te maʻuli
# Sione,', 'Malo ni Pio,', 'Tirow Ramon,', 'Mesiere Ekaette,', 'Agandi Mugisha,'); the thanks of
# Carolinian, Sasak, Toraja, Banjar, Ibibio, Tarifit (Latin and Tifinagh), Runyankole, Lozi,
# Tumbuka
_MORE_STILL_GREETINGS_ABROAD = (r"(?:M[āa]l[ōo][ ](?:te|le)[ ]ma[ʻ'’]?uli|M[āa]l[ōo][ ]ni|Tirow|Mesiere|Agandi"
                                r"|(?i:olomwaay|tampi[ ]?asih|kurre[ ]sumanga[ʼ'’]?|tarima[ ]kasih|sosongo"
                                r"|tanmirt|thanmirth|ⵜⴰⵏⵎⵉⵔⵜ|m?webare(?:[ ]munonga)?|(?:ni[ ])?itumezi(?:[ ]hahulu)?"
                                r"|yewo(?:[ ]chomene)?))")
# And a seventh: Pangasinan, Kankanaey, Aklanon, Oshindonga and Oshikwanyama, Hehe, Gogo
# ('Maabig ya kabuasan Rosario,', 'Gawis ay bigat Julia,', 'Mayad nga agahon Rhea,', 'Wa lala po
# Ndapewa,', 'Wa tokelwa po Nangula,', 'Kamwene Mgimwa,', 'Mbukwa Mazengo,'); the thanks of
# Kituba, Oshindonga, Borana Oromo ('Melesi mingi', 'Ndapandula unene', 'Galatoomi'); Georgian's and
# Armenian's hello and thanks, Azerbaijani's hello, Persian's, Dari's and Pashto's thanks, romanized
# ('Gamarjoba Nino,', 'Barev Armen,', 'Madloba Levan,', 'kheyli mamnoon Reza,', 'tashakor Farida,'); Urdu's
# thanks and greetings, romanized ('Shukriya Farhan,', 'Assalam o Alaikum Bilal bhai,', 'JazakAllah, Usman');
# Dzongkha's and Mongolian's hello, Krio's ('Kuzuzangpo la Pema,', 'Sain baina uu Bolormaa,', 'Kusheh
# Isatu,'), Mongolian's 'OK' before a name ('Za, Enkhbayar.'), a chat's welcome ('Welcome Anujin!', not 'Welcome
# Back!')
_YET_MORE_STILL_GREETINGS_ABROAD = (r"(?:Maabig[ ]ya[ ]kabuasan|Gawis[ ]ay[ ](?:bigat|agew)"
                                    r"|Mayad[ ]nga[ ](?:aga|agahon|hapon)|Wa[ ](?:lala|tokelwa)[ ]po|Walalapo"
                                    r"|Kamwene|Mbukwa|Gamarjoba(?:t)?|Barev(?:[ ]dzez)?|Salam[ ]aleykum|გამარჯობა|Բարև|Բարեւ"
                                    r"|Za|Welcome(?![ ](?:Back|Aboard|Home|To|All|Everyone|Team|New)\b)"
                                    # (and in the languages of a guest's arrival mail: 'Benvenuti, Davide!',
                                    # 'Dobrodošli, Nikolina!', 'Vítejte, Jan!', 'Willkommen, Lena!')
                                    r"|Benvenut[oaie]|Willkommen|Herzlich[ ]willkommen|Dobrodošl[iae]|Dobrodošao"
                                    r"|Vítejte|Witamy|Bienvenue|Bienvenid[oa]s?|Bem-vind[oa]s?|Bine[ ]ai[ ]venit"
                                    r"|Bine[ ]ați[ ]venit|Üdvözöljük|Καλώς[ ]ήρθατε|Καλώς[ ]ήρθες|Welkom"
                                    r"|(?i:melesi[ ]mingi|ndapandula[ ]unene|galatoomi|madloba|didi[ ]madloba"
                                    r"|shnorhakalutyun|kheyli[ ]mamnoon|tashakor|tashakur|dera[ ]manana"
                                    r"|kuzu[ ]?zangpo(?:[ ]la)?|sain[ ]baina[ ]uu|sain[ ]uu|сайн[ ]байна[ ]уу|сайн[ ]уу"
                                    r"|kusheh|aw[ ]di[ ]bodi|salaam[ ]aleekum|shukriya|shukria|(?:bohat|bahut|boht)[ ]shukriya|mehe?rbani|meharbani"
                                    r"|jazak[ ]?allah(?:[ ]?khair(?:an)?)?|assalam[ ]?o[ ]?alaikum|assalamu[ ]?alaikum|allah[ ]hafiz|khuda[ ]hafiz"
                                    r"|mohtaram|mohtarma|muhtaram|muhtarma))")  # (and 'respected': 'Mohtaram Hamza, aap ki ...')
# And an eighth: Ivatan, Ibanag, Tshivenda ('Kapian kapanu Dios si cha mavekhas Maria,', 'Dios
# ta umma Rosario,', 'Ndi matsheloni Vho Mudau,'); the thanks of Ivatan, Ibanag, Tshivenda and
# Réunion Creole ('Dios mamajes', 'Dios y mabbalo', 'Ndo livhuwa', 'Mersi bonpé')
_FURTHER_GREETINGS_ABROAD = (r"(?:[KC]apian[ ]ka[ ]?pa[ ]?nu[ ]Di[ou]s(?:[ ]si[ ]cha[ ](?:mavekhas|maraw|makuyab|mahep))?"
                             r"|Dios[ ]ta[ ](?:umma|fugak|fugag|gabi)|Ndi[ ](?:matsheloni|masiari|madekwana)"
                             r"|(?i:di[ou]s[ ]mamajes|dios[ ]y[ ]mabbalo|ndo[ ]livhuwa|ri[ ]a[ ]livhuwa"
                             r"|mersi[ ]bonp[ée]))")
# And a ninth: Kichwa, Zapotec (of the Isthmus), Nias ('Alli puncha Rumiñahui,', 'Padiuxi
# Nayeli,', 'Ya'ahowu Fau,'); the thanks of Kichwa, Kaqchikel, Q'eqchi', Tzotzil, Zapotec,
# Otomi, Shipibo-Konibo, Asháninka, Sranan Tongo, Nias, Ambonese and Manado Malay, Gilbertese
# ('Yupaychani', 'Matyöx', 'Bantiox', 'Kolaval', 'Grantangi', 'Dangke', 'Ko bati n rabwa')
_FURTHER_STILL_GREETINGS_ABROAD = (r"(?:Alli[ ](?:puncha|chishi|tuta)|Padiuxi|Ya[ʼ'’]?ahowu"
                                   r"|(?i:yupaychani|maty[öo]x|b[ʼ'’]?antiox|kolaval(?:ik)?|xquixe[ ]pe[ ]lii"
                                   r"|jamädi|irake|pasonki|gran[ ]?tangi|saohag[öo]l[öo]|dangke(?:[ ]banyak)?"
                                   r"|makase[ ]banyak|ko[ ]bati[ ]n[ ]rabwa))")
# And a tenth: Rarámuri, Runyankore and Rukiga ('Kuira ba Ramona,', 'Oraire ota Mugisha,',
# 'Osiibire ota Kyomuhendo!'); the thanks of Rarámuri, Yaqui, Luganda and Lusoga (with its long
# vowel), Emakhuwa, Cebuano and Hiligaynon ('Matétera ba', 'Chiokoe utte'esia', 'Weebale nnyo',
# 'Koxukhuru', 'Salamat kaayo', 'Salamat gid')
_YET_FURTHER_GREETINGS_ABROAD = (r"(?:Kuira(?:[ ]?ba)?|Oraire[ ]ota|Osiibire[ ]ota"
                                 r"|(?i:mat[ée]tera(?:[ ]ba)?|chiokoe[ ]utte[ʼ'’]?esia|weebale(?:[ ]nnyo)?|koxukhuru"
                                 r"|salamat[ ](?:kaayo|gid)))")
# And an eleventh: Picard, Gascon and Aranese, Rotuman, Swahili ('Bojour Ginette,', 'Adishatz
# Peyrot,', 'Noa'ia Mere,', 'Shikamoo Mzee Juma,'); the thanks of Picard, Gascon, Rotuman, Amharic
# (in Latin letters) and Bislama ('Merchi gramint', 'Mercés hèra', 'Faiaksia', 'Ameseginalehu',
# 'Tangkyu tumas')
_STILL_FURTHER_GREETINGS_ABROAD = (r"(?:Bojour|Adishatz|Noa[ʻʼ'’]ia|Shikamoo"
                                   r"|(?i:merchi(?:[ ]gramint)?|merc[ée]s[ ]h[èe]ra|f[aạḁ]i[aåȧ]ksia|amesegi?nalehu"
                                   # (and Tok Pisin's 'good morning', 'good afternoon': 'Gutpela moning Dominic,')
                                   r"|tangkyu(?:[ ]tumas)?|gutpela[ ](?:moning|apinun)"
                                   # (and Sranan Tongo's 'how are you' ('Fa waka Ramon,'); not 'Odi', a name too; not
                                   # Papiamentu's 'Ayo', a Yoruba name too)
                                   r"|fa[ ]waka|fa[ ]yu[ ]tan))")
# And a twelfth: Swedish, Norwegian, Finnish, Estonian, Latvian, Kadazandusun, Afrikaans ('Kära
# Anna,', 'Hejsan Anna,', 'God morgen Kari,', 'Hyvää huomenta Aino,', 'Tervist Kadri,', 'Tere
# hommikust Kadri,', 'Labrīt Jāni,', 'Kopivosian Jaineh,', 'Goeiemiddag Pieter,'); the thanks of
# Finnish, Estonian ('I thank'), Ronga and Changana, Kadazandusun ('Kiitos paljon', 'Tänan',
# 'Khanimambo', 'Kotohuadan') (not Esperanto's 'Kara' without its dots: a name; not 'God' or 'Dag'
# alone); and Drehu's (Lifou's) hello, 'Bozu Wasaw,', its thanks (very much), Adyghe's thanks
# and Laz's many thanks ('Oleti atraqatr Wasaw!', 'Тхьауегъэпсэу Аслан!', 'Didi mardi Nurcan!')
# (not Laz's 'Mardi' alone: French's Tuesday); and Malay's and Indonesian's Muslim greeting
# written as one word, as Aceh's, Johor's and Pahang's messages write it ('Assalamualaikum Budi,')
_NORTHERN_AND_FURTHER_GREETINGS = (r"(?:Kära|Hejsan|God[ ](?:morg[eo]n|dag|kv(?:eld|äll))"
                                   r"|Hyvää[ ](?:huomenta|päivää|iltaa)|Tervist|Tere[ ](?:hommikust|päevast|õhtust)"
                                   r"|Labr[īi]t|Labvakar|Kopivosian|Goeie(?:middag|naand)|Bozu"
                                   r"|(?i:kiitos[ ]paljon|t[äa]nan|khanimambo|kotohuadan|oleti(?:[ ]atraqatr)?"
                                   r"|тхьауегъэпсэу|didi[ ]mardi|assalamualaikum)"
                                   # (and Romanian's and Bulgarian's, Latin letters too: 'Bună ziua Maria,',
                                   # 'Zdraveyte Petar,', 'Добър ден Мария,'; Burmese's, Khmer's and Lao's in Latin
                                   # letters: 'Mingalarbar Ko Zaw,', 'Sousdey Dara,', 'Sabaidee Bounmy,')
                                   r"|Bun[ăa][ ](?:ziua|seara|dimineața|dimineata)|Bună|Zdravey(?:te)?|Zdraveite|Zdrasti"
                                   r"|Здрасти|Добър[ ]ден|Dobar[ ]den|Mingala(?:r)?ba(?:r)?|Sousdey|Suosdei|Sabaidee|Sabaidi)")
# And a thirteenth: Ghana's, Burkina Faso's and northern South Africa's, where the lists above
# have none: Ga's hello, Mooré's good morning as it is spelt too, Jula's (Dioula's) good morning,
# day, afternoon and night, Dagbani's and Dagaare's greeting, Sepedi's and Khilobedu's hello,
# Xitsonga's 'how are you all' ('Ojekoo Naa,', 'Ne y yibeogo Salif,', 'I ni sogoma Awa,', 'Thobela
# Mokgadi,', 'Minjhani Tsakani,')
_WEST_AND_SOUTHERN_AFRICAN_GREETINGS = (r"(?:Ojekoo|Ne[ ]y[ ]yibeogo|I[ ]ni[ ](?:sogoma|tile|wula|su)|Oyiwaladon"
                                        r"|Thobela|Minjhani"
                                        # Ivorian Nouchi's, Wolof's, Gabon's, Haitian Kreyòl's and the Gulf's
                                        # ('On dit quoi Didier !', 'Nanga def Awa,', 'Mbolo Ella,', 'Sak pase
                                        # Wideline!', 'Shlonak Abdullah,'; Lingala's 'Mbote' is _GREETINGS_ABROAD's)
                                        r"|On[ ]dit[ ]quoi|Nanga[ ]def|Mbolo|Sak[ ]pase"
                                        # Guinea-Bissau Kriol's and Cape Verdean's greeting ('Mantenha Aladje
                                        # Nhanca! Nô ten stock', 'Mantenha Aua!')
                                        r"|Mantenha|Mantenhas"
                                        r"|Shlonak|Shlonich|Shlonkom|Marhaba|Ahlan|Salam|Salaam|Assalamu[ ]alaikum"
                                        # the Maghreb's: Tunisia's 'Asslema', Kabyle's 'Azul (fell-ak)', Darija's
                                        # 'Salam khoya', Somali's 'Iska warran' ('Azul fell-ak Samir!')
                                        r"|Asslema|Aslema|3aslema|Azul(?:[ ]fell-ak|[ ]fell-am|[ ]fell-awen|[ ]fellawen)?|Labas"
                                        r"|Wesh|Wech|Salam[ ]3likom|Salam[ ]3likoum|Slm"
                                        r"|Iska[ ]warran|Tere|Moi|Labdien|Sveiki|Hei"  # (not 'Selam': a first name)
                                        r"|Kemey[ ]aleki|Kemey[ ]aleka|Kemey[ ]alekum|Kemey[ ]halleki)")  # (Tigrinya's)
# Sign-offs of more languages, a pattern of their own: the first's prefilter is at a joined
# group's size. Norwegian's, Swedish's, Finnish's, Estonian's and Latvian's best regards, many
# thanks and best wishes, Malay's and Indonesian's 'Hormat kami' and 'Salam hormat', Afrikaans'
# 'Beste groete', Ronga's and Changana's and Kadazandusun's thanks ('Beste hilsen,\nKari
# Nordmann', 'Hormat kami,\nAhmad Fauzi')
_MORE_SIGN_OFFS = (r"(?:Beste[ ]hilsen|Vänliga[ ]hälsningar|Bästa[ ]hälsningar|Parhain[ ]terveisin|Kiitos[ ]paljon"
                   r"|Tusen[ ]ta(?:kk|ck)|Suur[ ]aitäh|Tänan|Liels[ ]paldies|Ar[ ]labiem[ ]vēlējumiem|Hormat[ ]kami"
                   r"|Salam[ ]hormat|Beste[ ]groete|Khanimambo|Kotohuadan"
                   # Portuguese's 'signed', abbreviated, before the name that ends a message ('Obrigadu pa tudu!
                   # Ass. Odair Barros'; not 'Ass. Manager', an assistant's title, before more words)
                   r"|Ass\.(?=[ ]\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?(?:[\"']|[ \t]*(?:\n|$)))|Assinado:?"
                   # Malay's and Indonesian's 'see you again', Kadazandusun's and Sikka's thanks
                   r"|Jumpa[ ]lagi|Kounsikaan|Epang[ ]gawan"
                   # Drehu's thanks (very much), Adyghe's thanks, Laz's many thanks
                   r"|Oleti(?:[ ]atraqatr)?|Тхьауегъэпсэу|Didi[ ]mardi"
                   # Malay's and Indonesian's Muslim farewell written as one word, Tetum's thanks
                   # (very much) as a woman says it ('Obrigada barak'; 'Obrigadu barak' was read)
                   r"|Wassalamualaikum|Obrigada[ ]barak"
                   # French's thanks and wishes as a forum's post signs ('Merci d'avance,\nSalif Ouédraogo')
                   r"|Merci(?:[ ](?:d['’]avance|beaucoup|bien))?|Bien[ ]à[ ]vous|Bien[ ]cordialement"
                   # Dzongkha's, Mongolian's, Icelandic's, Faroese's and Wolof's thanks, romanized
                   r"|Kadrinche(?:y)?(?:[ ]la)?|Bayarlalaa|Takk[ ]fyrir|Takk[ ]fyri|Jerejef"
                   r"|Sincères[ ]salutations|Bonne[ ](?:journée|soirée)"
                   # Spain's, Portugal's, Italy's, Catalonia's, Galicia's and the Basque Country's (a greeting, a hug,
                   # best regards, thanks (in advance) and a good day: 'Un saludo,\nManuel Navarro Martínez')
                   r"|Un[ ](?:cordial[ ])?saludo|Mil[ ]gracias|Grazie(?:[ ](?:e[ ]buona[ ]giornata|mille|in[ ]anticipo))?"
                   r"|Buona[ ]giornata|(?:Com[ ]os[ ])?(?:melhores|Melhores)[ ]cumprimentos|Muito[ ]obrigad[oa]"
                   r"|Una[ ]abraçada|Salutacions[ ]cordials|Moltes[ ]gràcies|Besarkada[ ]bat|Moitas[ ]grazas|Grazas"
                   # the Levant's and Iraq's Arabic in Latin letters, Kurdish's, Fijian's, Yup'ik's, Inuktitut's
                   # ('Shukran kteer, Rami Saleh', 'Zor supas, Shwan', 'Sa moce, Losana', 'Quyana, Agnes')
                   r"|Shukran(?:[ ](?:kteer|ktir|jazeelan))?|Yalla[ ]bye|Ma3[ ]salameh|Ma['’]a[ ]salama|Tislam"
                   r"|Zor[ ]supas|Supas|Sa[ ]moce|Quyana(?:a)?|Qujannamiik|Nakurmiik"
                   # (and Arabic's and Sorani's thanks in their script before a name in Latin letters: 'شكراً -- Reem')
                   r"|شكراً|شكرا|سوپاس|زۆر[ ]سوپاس"
                   # (moved from sign_off's, whose prefilter is at the joined groups' size: Picard's, Gascon's,
                   # Faroese's, Amharic's thanks)
                   r"|Merchi(?:[ ]gramint)?|Adishatz|F[aạḁ]i[aåȧ]ksia|Amesegi?nalehu"
                   # Finnish's, Estonian's, Latvian's and Lithuanian's thanks alone, Somali's, the Maghreb's
                   # ('Kiitos,\nPäivi Hämäläinen', 'Mahadsanid,\nKhadar Ismaaciil', 'Chokran bzaf,\nYassine')
                   r"|Kiitos|Aitäh|Ačiū|Paldies|Mahadsanid|Chokran(?:[ ]bzaf)?|Choukran(?:[ ]bzaf)?|Merci[ ]bzaf"
                   # (and Estonian's 'best', its regards; Latvian's, Lithuanian's regards: 'Parimat, Indrek')
                   r"|Parimat|Parimate[ ]soovidega|Lugupidamisega|Ar[ ]cieņu|Pagarbiai|Linkėjimai|Sveikinimai"
                   # English's thanks as a post signs off, and the Caribbean's ('Much appreciated,\nKyle',
                   # 'Likkle more,\nRomario': later; 'Big up unnuh,\nDelroy': respect to you all; 'Walk good')
                   r"|Much[ ]appreciated|Appreciate[ ]it|Thanks[ ](?:again|plenty|allyuh|all|a[ ]lot|much)"
                   r"|Many[ ]thanks|Much[ ]love|Li(?:k|c)kle[ ]more|Big[ ]up(?:[ ](?:unnuh|unu|allyuh|yuhself))?"
                   r"|Walk[ ]good|Blessings|Bless[ ]up|Respect|Tanks|Tenk[ ]yuh"
                   # Newfoundland's and Canada's ('Have a good one,\nLeetia', 'Cheers me son.\nWayne Power', 'Thanks a
                   # million, b'y.<br />Lloyd Power', 'Long may your big jib draw!<br />Donna')
                   r"|Have[ ]a[ ]good[ ]one|Cheers[ ]me[ ]son|Thanks[ ]a[ ]million(?:,[ ]b['’]y)?|Long[ ]may[ ]your[ ]big[ ]jib[ ]draw"
                   # Bengali's, Sinhala's, Tamil's and Dhivehi's thanks, romanized; Aymara's, Quechua's and Kichwa's
                   # ('Dhonnobad,\nSumaiya', 'Nandri, Kajan', 'Yuspajarapxsma, Eulogia Apaza')
                   r"|Dhonnobad|Dhonyobad|Dhanyabad|Bohoma[ ]stuti|Istuti|Nandri|Shukuriyaa|Shukuriyya"
                   r"|Yuspajarapxsma|Yusulpayki|Pagui|Yupaychani)")
# Greetings that are words or names too ('Hai Bà Trưng', a Hanoi district; 'Halo Infinite'; the
# name 'Salam'): a greeting only with its comma or '!' after the name ('Halo Pak Budi,', 'Hai Dewi!')
# (and Uzbek's; Hawaiian's 'Aloha', Fijian's 'Bula', Tok Pisin's 'Gude' and 'Moning', Haitian
# Creole's 'Chè' (dear), Romansh's 'Allegra', a first name too)
# (and Sorbian's 'Luby' (dear), Kirundi's 'Amahoro', Santali's 'Johar'. Not Esperanto's 'Kara':
# 'Kara Jones,' is a name)
# (and Chichewa's 'Moni', Cherokee's 'Siyo', Palauan's 'Alii'. Not Friulian's 'Mandi', a
# first name too)
# (and Gilbertese's 'Mauri', Kabyle's 'Azul', Dholuo's 'Misawa': an Italian family name,
# Spanish 'blue', a Japanese town. Not Asturian's 'Bones' nor Tahitian's 'Maeva': an English
# word, a first name)
# (and Piedmontese's 'Cerea', Toba Batak's 'Horas', Lakota's 'Háu': a town near Verona,
# Spanish 'hours', a family name)
# (and Maasai's 'Sopa', Zarma's 'Fofo': Spanish 'soup', a nickname. Not Mooré's 'Barka' nor
# Tshiluba's 'Moyo': family names)
# (and Turkana's 'Ejok', its word for 'good' too)
# (and Luhya's 'Mulembe', peace: a family name too)
_GREETINGS_WITH_COMMA = (r"(?:Halo|Hai|Helo|Haai|Salam|Jambo|Habari|Salom|Салом|Aloha|Bula|Gude|Moning|Chè|Allegra"
                         r"|Luby|Amahoro|ᱡᱚᱦᱟᱨ|Moni|Siyo|ᏏᏲ|Alii|Mauri|Azul|Misawa|Cerea|Horas|Háu"
                         r"|Sopa|Fofo|Ejok|Mulembe"
                         # (Sango's hello to you and thanks, French's thanks before whom it thanks, in an SMS: 'Bara
                         # mo Olivier, e yeke ...', '[Singila Grâce! Plainte ti mo ...', 'Merci Bernadette, votre ...')
                         r"|Bara[ ]mo|Balaô|Singila|Merci"
                         r"|Howzit|Cama-i|Waqaa"  # (Hawaii Pidgin's and Yup'ik's hello: 'Howzit Keoni,', 'Waqaa Yurrliq,')
                         # (a chat's 'okay' before the name: Amharic's, Somali's, Sudanese Arabic's: 'ishi Wondimu,
                         # coming', 'haa Amina, coming', 'tamam Khalid, coming')
                         r"|[Ii]shi|[Hh]aa|[Tt]amam)")
_TITLE = (r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Herr|Frau|Sr|Sra|Srta|Dra|Mme|Mlle|Signora|Signor|Sig|Sig\.ra"
          # Indonesian and Malay ('Pak Budi', 'Ibu Sari', 'Encik Ahmad'), Tagalog, Afrikaans,
          # Albanian, Armenian ('Mnr. Botha', 'Zoti Hoxha', 'Պարոն Սարգսյան')
          r"|Pak|Bu|Bapak|Ibu|Mbak|Kak|Encik|Puan|Ginoong|Ginang|Binibining|Mnr|Mev|Mej|Zoti|Zonja|Պարոն|Տիկին"
          # Hausa, Somali, Yoruba, Maltese, Slovak ('Vážený pán Kováč'), Macedonian
          r"|Malam|Malama|Alhaji|Hajiya|Mudane|Marwo|Ọ̀gbẹ́ni|Ogbeni|Arábìnrin|Sur|Sinjura|Sinjorina"
          r"|pán|pani|pane|Pán|Pani|Господин|Госпоѓа|Госпоѓица"
          # Belarusian, Igbo, Malagasy, Luxembourgish, Zulu and Xhosa
          r"|Спадар|Спадарыня|Maazị|Oriakụ|Andriamatoa|Ramatoa|Ramatoakely|Här|Mnumzane|Mnumzana"
          r"|Nkosikazi|Nkosazana"
          # Haitian Creole, Breton, Corsican, Romansh, Kinyarwanda, Shona, Wolof, Oromo, Tswana and
          # Sesotho ('Msye Jean', 'Aotrou Le Gall', 'Obbo Tolosa', 'Rra Kgosi', 'Ntate Mokoena')
          r"|Msye|Madan|Manmzèl|Aotrou|Itron|Dimezell|Sgiò|Signur|Dunna|Bwana|Madamu|Amai|Sëriñ"
          r"|Obbo|Aadde|Durbee|Rra|Rre|Mma|Ntate|Mme"
          # Esperanto, Sorbian, Sardinian, Twi, Ewe ('S-ro Zamenhof', 'knjez Nowak', 'Owura Mensah')
          r"|S-ro|S-ino|Sinjoro|Sinjorino|Knjez|knjez|Knjeni|knjeni|Sennore|Sennora|Owura|Awuraa|Aƒetɔ|Aƒenɔ"
          # Friulian, Kashubian, Papiamento, Sundanese, Chichewa, Luganda, Xitsonga, Walloon,
          # Ladino ('Siôr Pauli', 'Pón Kòss', 'Omwami Ssemakula', 'Sinyor Levi')
          r"|Siôr|Siore|Pón|Señor|Señora|Akang|Teteh|Bambo|Omwami|Omukyala|Ssebo|Nnyabo|Tatana|Monsieu"
          r"|Sinyor|Sinyora|Doña|Dña"  # (and Spanish's respect for a lady: 'Bendiciones, Doña Carmen'; not 'Don', a name)
          # Balinese, Minangkabau, Acehnese ('Bli Made', 'Mbok Ayu', 'Uda Rizal', 'Teungku Hasan';
          # not Minangkabau's 'Uni' nor Mizo's 'Pi': English words)
          r"|Bli|Mbok|Uda|Teungku"
          # Venetian, Lombard, Piedmontese, Bikol, Toba Batak, Buginese ('Sior Bepi', 'Scior
          # Carlo', 'Monsù Gianduja', 'Manoy Jun', 'Ompung Simanjuntak', 'Puang Baso'; not
          # Bikol's and Waray's 'Manay' nor Toba Batak's 'Amang' and 'Ito': family names)
          r"|Sior|Siora|Scior|Sciora|Monsù|Manoy|Ompung|Puang"
          # Tok Pisin's and Bislama's kin before a name ('Hello brata Dominic', 'sista Ruth')
          r"|brata|Brata|sista|Sista"
          # Tetum's elder brother ('Bondia Maun Jose,'; not its 'Mana' (elder sister) nor 'Alin'
          # (younger sibling): first names, and 'mana' an English word)
          r"|Maun"
          # Oshiwambo's elders, Mooré's chief, S'gaw Karen's teachers ('Tatekulu Nujoma', 'Meekulu
          # Ndapewa', 'Naaba Kiiba', 'Thra Saw Ba'; not Karen's 'Saw' and 'Naw', Oshiwambo's 'Tate'
          # and 'Meme', Kikongo's 'Tata': English words, family names, a firm)
          r"|Tatekulu|Meekulu|Naaba|Thra|Thramu"
          # Mauritian Creole, Chichewa's respectful plurals ('Misie Ramdin', 'Abambo Phiri', 'Amayi
          # Banda'; not Chichewa's 'Mayi' nor the Creoles' 'Madam': a first name, an English word)
          r"|Misie|Abambo|Amayi"
          # Tshivenda's respectful plural ('Vho Mudau', 'Vho Jane Tshivhase'; not its 'Khosi', chief:
          # a first name)
          r"|Vho"
          # English's clergy ('Dear Rev. Mazengo', 'Revd Smith'; not 'Father' nor 'Pastor': names too)
          r"|Rev|Revd"
          # kin's and elders' words said before a name, as a title is: Spanish's aunt and uncle, Tagalog's
          # elder brother, Ilocano's and Visayan's elder man and woman, Swahili's elder ('Tía Rosa',
          # 'Kuya Jun', 'Manang Fe', 'Mzee Juma'; not Tagalog's 'Ate', 'Tito', 'Tita', 'Lolo' nor 'Lola':
          # an English word, first names)
          r"|Tía|Tío|Kuya|Manong|Manang|Mzee"
          # (and Swahili's Mr and Ms as a note shortens them: 'Imepokelewa na mlinzi, Bw. Yonas', 'Bi. Amina')
          r"|Bw|Bi"
          # the Maghreb's respect for a woman and a pilgrim, its kin's words in Darija; Amharic's Mr and
          # Mrs in Latin letters ('Lalla Fatima Zahra', 'El Hadj Abdelkader', 'khoya Amine', 'Ato Abebe',
          # 'W/ro Meron'; not 'Si' nor 'Sidi': French's 'if', a town's first word)
          r"|Lalla|Hajj|Hadj|El[ ]Hadj|Hajja|Hadja|khoya|khouya|Khoya|Khouya|khti|Khti|sahbi|Sahbi|sahbti|Sahbti"
          r"|Ato|W/ro|W/rt|Weyzero)")

# One or two capitalized name words (any script): Amara, José, O'Neil, Jean-Luc, Liam Reyes
# Turkish titles, written after the name ('Değerli Sibel Hanım,' is Sibel)
_TITLE_AFTER = (r"(?:Bey|Hanım|Hanim|Efendi|bəy|xanım|мырза|ханым|aka|opa|xonim|janob|ака|опа|хоним|жаноб"
                r"|әфәнде|туташ|абый|абзый|апа|апай|ағай|пичче|аппа|bhai|bhaijan|sahib|sahab|saab|ji|jan|jaan|baji|aapa)")  # (and Tatar's and Bashkir's:
# 'Хөрмәтле Рөстәм әфәнде,'; Urdu's and Dari's, in lower case: 'Assalam o Alaikum Bilal bhai,', 'Salaam Tariq sahib,')
# (and Azerbaijani's, Kazakh's, Uzbek's)
# (a word of a name: its hyphenated parts capitalized too, 'Jean-Luc', 'Marie-Claire')
# (a family name's prefix before its capital: 'Chantal LeBlanc', 'Ian McDonald', 'Siobhan O'Brien')
_WORD = r"(?:(?:Mc|Mac|Le|La|De|Di|Du|O['’])(?=\p{Lu}\p{Ll}))?\p{Lu}[\p{Ll}\p{M}'’\-]{1,30}(?:-\p{Lu}[\p{Ll}\p{M}'’]{2,30})?"
_NAME = (rf"(?!{_TITLE}\b|I['’]m\b)"  # a title is context, not part of the name; "I'm" is no name
         + _WORD + r"(?:[ ](?!" + _TITLE_AFTER + r"\b)" + _WORD + r")?")
# (up to four words where a greeting, a title or a sign-off says a name comes: a Spanish
# speaker's given names and both family names, 'Hola María José López Hernández,')
# (and Welsh's and Scottish Gaelic's lower-case words of a name: 'Rhys ap Gwilym', 'Iain Mac a' Phearsain')
# A wish's, a sign-off's or a heading's first word where a signature's name would be ('Best Regards', 'Sent From My
# iPhone', 'Release Notes'): no name
_NOT_A_SIGNATURE = (r"(?:Best|Kind|Kindest|Warm|Warmest|Many|With|Thanks|Thank|Regards|Sincerely|Yours|Cheers|Sent|Get"
                    r"|The|Our|Your|Read|See|Have|Happy|Good|Merry|All|Release|Change|Version)")
# A name's word in Latin letters, a hyphen's capitalized part maybe ('Jean-Luc'; not Georgian's case ending glued on a
# brand: 'Silknet-ის')
_LATIN_WORD = r"\p{Lu}(?<=\p{Latin})[\p{Ll}\p{M}'’]+(?:-\p{Lu}(?<=\p{Latin})[\p{Ll}\p{M}'’]+)?(?![\p{L}\p{M}\-])"
_LONG_NAME = (rf"(?!{_TITLE}\b|I['’]m\b)"
              + _WORD + r"(?:[ ](?:(?:ap|ab|ferch|verch|a['’]|dos|das|da|do|de(?:[ ]la|[ ]los|[ ]las)?|del|y|i"
              r"|bin|binti|binte|bte|s/o|d/o|a/l|a/p)[ ](?=\p{Lu}))?(?!" + _TITLE_AFTER
              + r"\b)" + _WORD + r"){0,3}")  # (Welsh's and Gaelic's particles, Portugal's and Spain's: 'Inês dos Santos
# Martins', 'Jordi Puig i Soler'; Malaysia's and Singapore's son and daughter of: 'Siti Aisyah binte Osman',
# 'Kumar s/o Ramasamy')

# A name as French-speaking Africa's registers write it, the family's in capitals first ('NGO BIYONG
# Chantal', 'KOUASSI Yao'), after a title
_REGISTER_NAME = r"\p{Lu}{2,}(?:[ \-]\p{Lu}{2,}){0,2}[ ]\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?"

# A name as a statement gives it: up to three words, a middle initial allowed ('Iva D.
# Grusová', 'Martim A Pereira'), capitals inside a word too ('LeBatelier')
_FULL_NAME = (rf"(?!{_TITLE}\b)"
              r"\p{Lu}[\p{L}\p{M}'’\-]{1,30}(?:[ ]\p{Lu}\.?(?=[ ]))?(?:[ ]\p{Lu}[\p{L}\p{M}'’\-]{1,30}){0,2}")
# and the father's name after it as Malaysia writes it, after 'bin' or 'binti' (son, daughter
# of), Indian Malaysians' 'a/l' and 'a/p', Iban's 'anak' or 'ak' ('Ahmad Faizal bin Rahman',
# 'Muthu a/l Rajan', 'Jimbun anak Tawai'), where a statement gives the name; and Arabic's article or
# 'father of' in Latin letters ('esmi Ziad el Hajj')
_FATHERS_NAME = (r"(?:[ ](?:bin|binti|binte|bte|bt\.|[aA]/[lLpP]|[sSdD]/[oO]|anak|ak|el|al|abu|abou|ibn)[ ]\p{Lu}[\p{L}\p{M}'’\-]{1,30}"
                 r"(?:[ ]\p{Lu}[\p{L}\p{M}'’\-]{1,30})?)?")

# A full name with a family name's particles ('Kauyumari de la Cruz', 'Ana de Paz', 'Jan van der Berg')
_PARTICLED_NAME = (r"\p{Lu}[\p{L}\p{M}'’\-]{1,30}(?:[ ]\p{Lu}[\p{L}\p{M}'’\-]{1,30})?"
                   r"(?:[ ](?:de|del|da|das|do|dos|di|du|van|von|der|den|la|las|los|le|y|i)){1,2}"
                   r"(?:[ ]\p{Lu}[\p{L}\p{M}'’\-]{1,30}){1,2}")
# The same where a statement gives the name ('me llamo María del Carmen García López', 'o meu nome é João Pedro dos
# Santos Ferreira'): 'de', 'da', 'do', 'di' alone are 'from' as often, before one word ('me llamo Xiomara Cholotío de
# Tecpán', 'je suis Awa Traoré de Bobo-Dioulasso'), so two words must follow them
_STATED_PARTICLED_NAME = (r"\p{Lu}[\p{L}\p{M}'’\-]{1,30}(?:[ ]\p{Lu}[\p{L}\p{M}'’\-]{1,30}){0,2}"
                          r"(?:[ ](?:del|dos|das|van|von|der|den|y|i|de[ ]la|de[ ]las|de[ ]los|van[ ]der|van[ ]den)"
                          r"(?:[ ]\p{Lu}[\p{L}\p{M}'’\-]{1,30}){1,3}"
                          r"|[ ](?:de|da|do|di|du)(?:[ ]\p{Lu}[\p{L}\p{M}'’\-]{1,30}){2})")

# A letter of a cased script's name (not a Japanese honorific's kana after it: 'Fosterさん')
_CASED = r"[\p{Latin}\p{Cyrillic}\p{Greek}\p{Armenian}\p{Georgian}\p{M}'’\-]"

# A letter of a Japanese (or Chinese, Korean) name, not the honorific '様' after it
_KANJI_NAME = r"(?:(?!様)[\p{Han}\p{Katakana}\p{Hangul}])"

# A name of one to three words in a script without case: Hebrew, Arabic, Thai, Chinese, Japanese, Korean
_CASELESS = r"[\p{Hebrew}\p{Arabic}\p{Thai}\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"
_CASELESS_NAME = rf"{_CASELESS}[\p{{L}}\p{{M}}'’\-]{{0,30}}(?:[ ]{_CASELESS}[\p{{L}}\p{{M}}'’\-]{{0,30}}){{0,2}}"

# A greeting in a script without case (Hindi, Bengali, Persian, Georgian), its title maybe
# ('नमस्ते राहुल जी,', 'প্রিয় সুমাইয়া,', 'سلام آقای رضایی،', 'გამარჯობა ნინო,'); the name
# then needs the greeting's end right after it
# (and Urdu, Nepali, Sinhala, Tamil, Telugu, Amharic and Khmer: 'السلام علیکم جناب احمد صاحب،',
# 'வணக்கம் திரு. கார்த்திக்,', 'ሰላም አቶ አበበ፣', 'ආයුබෝවන් සුනිල් මහතා,', 'សួស្តី លោក សុខ,')
_CASELESS_TITLES = (r"(?:श्री|श्रीमती|श्रीमान्|आदरणीय|আদরণীয়|جناب|آقای|خانم|محترم|محترمہ|ბატონო|ქალბატონო"
                    r"|திரு\.?|திருமதி|செல்வி|శ్రీ|శ్రీమతి|አቶ|ወይዘሮ|ወይዘሪት|ወ/ሮ|ወ/ሪት|ዶ/ር|លោក|លោកស្រី|អ្នកនាង|កញ្ញា"
                    # Kannada, Malayalam, Gujarati, Punjabi, Pashto, Sorani, Lao, Burmese, Tigrinya
                    r"|ಶ್ರೀ|ಶ್ರೀಮತಿ|ശ്രീ|ശ്രീമതി|શ્રી|શ્રીમતી|ਸ੍ਰੀ|ਸ਼੍ਰੀ|ਸ੍ਰੀਮਤੀ|ਸ਼੍ਰੀਮਤੀ|ښاغلی|ښاغلې|اغلې|بەڕێز|کاک|خاتوو"
                    r"|ທ່ານ|ທ້າວ|ນາງ|ဦး|ဒေါ်|ကို|ኣቶ|ክቡር|ክብርቲ)")
_GREETINGS_CASELESS = (r"(?:नमस्ते|नमस्कार|प्रिय|নমস্কার|প্রিয়|হ্যালো|سلام|درود|გამარჯობა|ძვირფასო"
                       r"|السلام[ ]علیکم|آداب|ආයුබෝවන්|හිතවත්|ආදරණීය|வணக்கம்|அன்புள்ள|నమస్కారం|నమస్తే|ప్రియమైన"
                       r"|ሰላም|ውድ|ጤና[ ]ይስጥልኝ|សួស្តី|សួស្ដី|ជម្រាបសួរ"
                       # Kannada, Malayalam, Gujarati, Punjabi, Pashto, Sorani, Lao, Burmese
                       r"|ನಮಸ್ಕಾರ|ನಮಸ್ತೆ|ಪ್ರಿಯ|ಆತ್ಮೀಯ|നമസ്കാരം|പ്രിയ|പ്രിയപ്പെട്ട|નમસ્તે|નમસ્કાર|પ્રિય|ਸਤ[ ]ਸ੍ਰੀ[ ]ਅਕਾਲ"
                       r"|ਨਮਸਤੇ|ਪਿਆਰੇ|ਪਿਆਰੀ|ګرانه|ګرانې|قدرمن|سڵاو|خۆشەویست|ສະບາຍດີ|ເຖິງ|မင်္ဂလာပါ"
                       # Hebrew's (hello, hi, good morning, good evening, to), and English's before a name
                       # in such a script ('Hi יונתן,')
                       r"|שלום|היי|הי|בוקר[ ]טוב|ערב[ ]טוב|לכבוד|Hi|Hello|Hey|Dear)[,،፣]?[ ]"
                       rf"(?:{_CASELESS_TITLES}[ ])?")
_INDIC_OR_CASELESS = (r"[\p{Devanagari}\p{Bengali}\p{Georgian}\p{Arabic}\p{Hebrew}\p{Thai}\p{Tamil}\p{Telugu}"
                      r"\p{Sinhala}\p{Ethiopic}\p{Khmer}\p{Kannada}\p{Malayalam}\p{Gujarati}\p{Gurmukhi}\p{Lao}"
                      r"\p{Myanmar}]")
# Honorifics after a name: Hindi's and Nepali's 'जी', 'ज्यू', Urdu's 'صاحب', Sinhala's 'මහතා'
# (Mr), 'මහත්මිය' (Mrs), 'මෙනවිය' (Miss), Telugu's 'గారు'
# (and Punjabi's 'ਜੀ', Gujarati's 'ભાઈ' and 'બેન', Kannada's 'ಅವರೇ', Malayalam's 'ചേട്ടാ')
_HONORIFIC_AFTER = r"(?:जी|ज्यू|صاحب|صاحبہ|මහතා|මහත්මිය|මෙනවිය|గారు|ਜੀ|ભાઈ|બેન|ಅವರೇ|ചേട്ടാ)(?![\p{L}\p{M}])"
# (a greeting to all: 'ሰላም ለሁላችሁ፣', 'नमस्ते सबै,', 'வணக்கம் அனைவருக்கும்,')
_ALL_CASELESS = (r"(?:ለሁላችሁ|ሁላችሁም|ሁሉም|सबै|सबैलाई|सभी|सबको|সবাই|সবাইকে|அனைவருக்கும்|எல்லோருக்கும்|అందరికీ|ప్రతి"
                 r"|සැමට|සියලු|سب|سب\ کو|تمام|ទាំងអស់គ្នា|ಎಲ್ಲರಿಗೂ|എല്ലാവർക്കും|બધાને|ਸਾਰਿਆਂ|ټولو|هەمووان"
                 r"|ທຸກຄົນ|အားလုံး"
                 # Hebrew's (everyone, friends, much: 'שלום רב', team, sir, madam, to you)
                 r"|לכולם|כולם|חברים|רב|צוות|אדוני|גברתי|לך|לכם"
                 # Georgian's (everyone, friends, guys, colleagues: 'გამარჯობა ყველას!'), Persian's (friends, all,
                 # dear: 'سلام دوستان', 'سلام به همه'), Armenian's formal 'you' ('Բարև Ձեզ')
                 r"|ყველას|ყველა|მეგობრებო|ბიჭებო|გოგოებო|კოლეგებო|دوستان|همه|به[ ]همه|عزیزان|Ձեզ|ձեզ)(?![\p{L}\p{M}])")
# (and a greeting to a kin's or a respectful word, no name: Nepali's and Hindi's elder and younger
# brother and sister, sir, madam, friend: 'नमस्ते दाइ,', 'नमस्कार हजुर,')
_ADDRESSED_CASELESS = (r"(?:दाइ|दाजु|दिदी|बहिनी|भाइ|भाई|भैया|दीदी|बहन|सर|मेडम|म्याडम|मैडम|हजुर|साथी|साथीहरू|मित्र|मित्रों"
                       r"|दोस्तों|जी)(?![\p{L}\p{M}])")
# (and the polite particle or the 'is' a Burmese, Khmer or Lao statement ends with: 'မင်္ဂလာပါ အောင်ကျော်မိုး ပါ')
_PARTICLE_AFTER = r"(?:ပါ|ပါတယ်|ဖြစ်ပါတယ်|ပါရှင်|ပါခင်ဗျာ|បាទ|ចាស|ແມ່ນ|ເດີ|ຄັບ)(?![\p{L}\p{M}])"
# (and the 'I' and 'my name' a Burmese, Khmer or Lao greeting goes on with: 'မင်္ဂလာပါ ကျွန်တော့်နာမည် ကျော်ဇော
# ပါ' is 'Hello, my name is Kyaw Zaw'; the name is person_burmese_khmer_lao's)
_SELF_CASELESS = (r"(?:ကျွန်တော့်နာမည်က?|ကျွန်မနာမည်က?|ကျွန်တော်နာမည်|ကျွန်တော်|ကျွန်မ|ខ្ញុំឈ្មោះ|ខ្ញុំ|ຂ້ອຍຊື່|ຂ້ານ້ອຍຊື່|ຂ້ອຍ|ຂ້ານ້ອຍ)"
                  r"(?![\p{L}\p{M}])")
_CASELESS_GREETED = (rf"(?!{_CASELESS_TITLES}[ ]|{_ALL_CASELESS}|{_ADDRESSED_CASELESS}|{_SELF_CASELESS}){_INDIC_OR_CASELESS}[\p{{L}}\p{{M}}]{{1,20}}"
                     rf"(?:[ ](?!{_HONORIFIC_AFTER}|{_ADDRESSED_CASELESS}|{_PARTICLE_AFTER}){_INDIC_OR_CASELESS}[\p{{L}}\p{{M}}]{{1,20}})?")

# A dialog's speaker ('Ella: What a wife.'): one or two capitalized words, and what
# they say: words with a sentence's end or a quote mark in them ('Server: nginx' or
# 'User-Agent: Mozilla/5.0 (X11; Linux)' says nothing)
_SPEAKER = r"\p{Lu}[\p{Ll}\p{M}'’\-]{1,20}(?:[ ]\p{Lu}[\p{Ll}\p{M}'’\-]{1,20})?"
_SPEECH = r"""(?=[^\n]*[ ])(?=[^\n]*(?:[.?!…](?=\s|$)|["“”]))[^\n]*"""

# Words that take a name's place without being one.
# Words of _NOT_NAMES that are given names too, a family name after them ('Mate Jurić', Croatian's; 'Cheers, Mate' is
# none)
_GIVEN_NAMES_TOO = frozenset({"mate"})
_NOT_NAMES = frozenset({
    "all", "everyone", "everybody", "team", "guys", "folks", "there", "world", "sir", "madam",
    "ձեզ", "բոլորին", "բոլորդ",  # (Armenian's formal 'you', everyone: 'Բարև Ձեզ,')
    "both", "again", "so", "much", "you", "support", "admin", "admins", "moderator", "moderators",
    "mods", "friends", "people", "anyone", "in", "advance", "community", "staff", "devs",
    "developers", "sales", "it", "hr", "ops", "morning", "afternoon", "evening",
    "billing", "finance", "legal", "accounts", "accounting", "engineering", "management",
    "security", "marketing", "system", "helpdesk", "tier", "level",
    "required", "optional", "unknown", "none", "null", "test", "redacted",  # a form's 'Name: Required'
    "he", "she", "they", "we", "who", "this", "that", "someone", "nobody",
    "ich", "moi", "yo", "eu", "io", "jag", "ik",  # a chat export's own speaker (Threema's 'Ich')
    # a street's kind after a name its street is named for, which a greeting's word may be ('Moi
    # Avenue': Finnish's 'Moi' is hello)
    "avenue", "street", "road", "boulevard", "highway", "crescent", "terrace", "avenida", "rue", "barabara",
    "the", "a", "an", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    # a firm's kind after a name that is a greeting too ('Kaoha Express', a courier: Marquesan's 'Kaoha' is hello)
    "express", "courier", "logistics", "transport", "cargo", "delivery",
    # a label that starts a line the way a dialog's speaker does
    "note", "notes", "subject", "date", "from", "to", "re", "cc", "update", "edit", "answer", "question",
    "q", "error", "warning", "info", "debug", "step", "example", "output", "input", "result", "status",
    "reason", "source", "title", "summary", "description", "priority", "severity", "time", "location",
    "address", "phone", "email", "name", "user", "agent", "customer", "bot", "assistant", "client",
    "tel", "fax", "mob", "cell", "mobile", "whatsapp", "telp", "skype",  # a contact label's next label ('Contact: Tel. ...')
    "server", "host", "tip", "hint", "caution", "important", "fix", "solution", "problem", "issue",
    "cause", "workaround", "comment", "reply", "quote", "ps", "tl", "tldr", "bonus", "also", "and",
    "but", "however", "update2", "steps", "expected", "actual", "observed", "environment", "version",
    "todo", "done", "next", "previous", "why", "what", "how", "when", "where", "yes", "no",
    "me", "him", "us", "them", "mom", "mum", "dad", "mother", "father", "son", "daughter", "wife",
    "husband", "boss", "teacher", "doctor", "nurse", "kid", "kids", "baby", "narrator", "interviewer",
    "current", "past", "future", "now", "then", "before", "after", "today", "tomorrow", "yesterday",
    "by", "day", "night", "pros", "cons", "goal", "goals", "role", "skills",
    "brief", "briefing", "digest", "edition", "roundup", "report", "news",  # (a newsletter's: 'Morning Brief')
    "anonymous", "guest", "mate", "buddy", "dude", "visitor", "operator",
    "domain", "users", "builtin", "enterprise", "computers", "administrators",  # a directory's groups
    "alert", "site", "device", "event", "alarm", "monitor", "condition",  # an RMM alert's labels ('Alert: ...', 'Site: ...')
    # the words that start a sentence before a comma the way a name is called ('Sure, can you')
    "sure", "okay", "ok", "well", "hi", "hello", "hey", "thanks", "thank", "please", "sorry", "look",
    "listen", "honestly", "actually", "btw", "first", "second", "finally", "anyway", "great", "perfect",
    "right", "fine", "cool", "nice", "alright", "oh", "ah", "wow", "oops", "hmm", "lol", "meanwhile",
    "otherwise", "besides", "instead", "still", "yet", "seriously", "basically", "obviously",
    "unfortunately", "luckily", "hopefully", "maybe", "perhaps", "if", "because", "since", "though",
    "although", "ideally", "interesting", "agreed", "exactly", "true", "correct", "wait", "hold", "guess",
    # a work order's labels in Spanish ('Cliente: Sr. Romero', 'Dirección: ...', 'Motivo: ...', 'Franja: 9 a 13')
    "cliente", "dirección", "direccion", "motivo", "franja", "técnico", "tecnico", "nota", "estado", "pedido",
    "orden", "referencia", "observaciones", "contacto", "teléfono", "telefono", "celular", "horario",
})


# A name in one of these places is a person's however spaCy's small model reads the word
# ('Cheers,\nLucas' as a place): the place outscores NER's 0.85 in a conflict.
_PLACE_SCORE = 0.9

# What follows a document's word and is no one's name: a copy's state, a month's name
_DOCUMENT_NOT_NAME = (r"(?i:final|draft|template|copy|new|updated|signed|scan|english|blank|sample|example"
                      r"|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
                      r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember"
                      r"|janvier|février|mars|avril|juin|juillet|août|octobre|décembre"
                      # a lease's or a property's contract by its street or its kind ('Contrato_Rua_Cónego_Agostinho_
                      # Figueira_Caniço.pdf', 'Contrato_Apartamentos_Los_Geranios_Yaiza.pdf': a place's, no one's)
                      r"|rua|calle|avenida|av|travessa|estrada|caminho|carrer|street|road|apartamentos?|apartments?"
                      r"|residencial|urbanización|urbanizacion|edificio|edifício|moradia|vivienda|local|loja|lote"
                      r"|arrendamento|arrendamiento|alquiler|trabalho|trabajo|compraventa)")


# And Colombia's, Venezuela's and the Dominican Republic's: a chat's and a help desk's 'good afternoon', 'hey',
# 'cordial greeting', 'ready', the sign-off and the agent's introduction ('Buenas Wander,', 'Épale, buenas Maritza,',
# 'Cordial saludo, Yorman.', 'Listo Jorge, su pedido ...', 'Atentamente, Zoila.', 'le atiende Leidy.', 'Le saluda
# Carmen.', 'Estimado(a) Starling:', 'Ok Soraya, lo espero')
# And German's thanks and regards before a name, as a form's message ends ('Danke, Jürgen', 'Liebe Grüße, Anna')
_GERMAN_THANKS = r"(?:Danke|Vielen[ ]Dank|Danke[ ]schön|Liebe[ ]Grüße|Viele[ ]Grüße|Beste[ ]Grüße|Schöne[ ]Grüße|LG|VG)"
_CARIBBEAN_SPANISH_GREETINGS = (r"(?:Buenas(?:[ ](?:tardes|noches))?|buenas(?:[ ](?:tardes|noches))?|Buen[ ]d[ií]a"
                                r"|[ÉE]pale|Epa|Cordial[ ]saludo|Listo|Atentamente|[Ll]e[ ]atiende|[Ll]e[ ]saluda"
                                r"|Estimad[oa]\(a\)|Estimad[oa]/a|Mil[ ]gracias|Muchas[ ]gracias|Gracias|Ok|Okey|Dale)")


def _greeting(greetings: str) -> str:
    """A greeting's pattern: one of ``greetings`` where a line, a sentence, a tag's text or a
    key's value starts ('message=Moien Carole, ...'), a title maybe (context, not part of the
    name), then the name, then the greeting's end: 'Hi Amara,' 'Thanks Bruno!', or a Turkish
    title after it: 'Değerli Sibel Hanım,'."""
    return rf"""(?x)
            (?<=
              (?:^|(?<=[\s>"'(=]))
              (?<!\b(?:Hay|Cité|Dar|Bab|Rue|Derb|Douar|Quartier|Sidi|Aïn|Ain)[ ])  # (a quarter's name: 'Rue 21, Hay
              {greetings}                                                            # Salam, El Jadida')
              ,?[ ]
              (?:{_TITLE}\.?[ ])?
            )
            {_LONG_NAME}
            (?=[ ]?[,!:]|\.(?:\s|$)|\s*$|"[,}}\]]  # (or a JSON string's end: a form's message, 'Danke, Jürgen"}}')
              |[ ]{_TITLE_AFTER}[,!:]
              |[ ]here[.,!])                        # (or the writer's own: 'Hi, Sigríður here.')
            """


class PersonAddressRecognizer(PatternRecognizer):
    PATTERNS = [
        # ('Spot on, thanks Marcus!' thanks in lower case)
        Pattern("greeting", _greeting(r"(?:Hi|Hello|Hey|Dear|(?i:(?:thanks|thank[ ]you)(?:[ ](?:in[ ]advance|again))?|cheers)|Morning"
                                      r"|Good[ ](?:morning|afternoon|evening)|" + _GREETINGS_ABROAD + ")"),
                _PLACE_SCORE),
        # (the same, of more languages: in one alternation the prefilter grew past a joined group's size)
        Pattern("greeting_more_languages", _greeting(_MORE_GREETINGS_ABROAD), _PLACE_SCORE),
        Pattern("greeting_yet_more_languages", _greeting(_YET_MORE_GREETINGS_ABROAD), _PLACE_SCORE),
        Pattern("greeting_still_more_languages", _greeting(_STILL_MORE_GREETINGS_ABROAD), _PLACE_SCORE),
        Pattern("greeting_even_more_languages", _greeting(_EVEN_MORE_GREETINGS_ABROAD), _PLACE_SCORE),
        Pattern("greeting_more_still_languages", _greeting(_MORE_STILL_GREETINGS_ABROAD), _PLACE_SCORE),
        Pattern("greeting_yet_more_still_languages", _greeting(_YET_MORE_STILL_GREETINGS_ABROAD), _PLACE_SCORE),
        Pattern("greeting_further_languages", _greeting(_FURTHER_GREETINGS_ABROAD), _PLACE_SCORE),
        Pattern("greeting_further_still_languages", _greeting(_FURTHER_STILL_GREETINGS_ABROAD), _PLACE_SCORE),
        Pattern("greeting_yet_further_languages", _greeting(_YET_FURTHER_GREETINGS_ABROAD), _PLACE_SCORE),
        Pattern("greeting_still_further_languages", _greeting(_STILL_FURTHER_GREETINGS_ABROAD), _PLACE_SCORE),
        Pattern("greeting_northern_and_further_languages", _greeting(_NORTHERN_AND_FURTHER_GREETINGS), _PLACE_SCORE),
        Pattern("greeting_west_and_southern_african_languages", _greeting(_WEST_AND_SOUTHERN_AFRICAN_GREETINGS),
                _PLACE_SCORE),
        Pattern("greeting_caribbean_spanish", _greeting("(?:" + _CARIBBEAN_SPANISH_GREETINGS + "|" + _GERMAN_THANKS + ")"),
                _PLACE_SCORE),
        Pattern(
            "greeting_with_comma",
            rf"""(?x)
            (?<=(?:^|(?<=[\n>"'(\[])|(?<=[.!?][ ]))[ \t]*{_GREETINGS_WITH_COMMA},?[ ](?:{_TITLE}\.?[ ])?)  # 'Halo Pak
                                                    # Budi,': where a text or a sentence starts ('Quận Hai Bà
                                                    # Trưng, Hà Nội' is a district)
            {_NAME}
            (?=[ ]?[,!:]|[ ]{_TITLE_AFTER}[,!:])    # the greeting's comma or '!' after the name
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "greeting_caseless",
            rf"""(?x)
            (?<=(?:^|(?<=[\s>"'(])){_GREETINGS_CASELESS})  # a greeting in a script without case
            {_CASELESS_GREETED}                  # one or two words
            (?=[ ]?(?:(?:{_HONORIFIC_AFTER}|{_ADDRESSED_CASELESS})[ ]?)?[,،፣!:။]|[ ]?{_PARTICLE_AFTER}|\s*$  # and the greeting's end
              |(?<=[\p{{Khmer}}\p{{Lao}}][\p{{L}}\p{{M}}]{{0,20}}[ ][\p{{Khmer}}\p{{Lao}}][\p{{L}}\p{{M}}]{{1,20}})[ ](?=[\p{{Khmer}}\p{{Lao}}]))
                                                    # (or, in Khmer and Lao, two words, a family's and a given
                                                    # name, then the message: 'ជម្រាបសួរ សុខ ដារ៉ា ប្រាក់បង់ប្រចាំខែ ...')
                                                    # (an honorific maybe: 'जी', Hindi's respect; a kin's
                                                    # word: 'नमस्ते सीता दिदी,')
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "mobile_money_party",
            r"""(?x)
            (?<=(?<![\w+])2\d{11}\ -\ )       # a mobile-money statement's party after its number
            (?!(?:\p{Lu}{2,}[\ '’\-]){0,3}(?:BANK|LIMITED|LTD|PLC|SACCO|INSURANCE|SCHOOL|COLLEGE|HOSPITAL
                |SAFARICOM|AIRTEL|VODACOM|M-PESA|MPESA)\b)  # (a firm's name: 'EQUITY BANK KENYA LIMITED')
            \p{Lu}{2,}(?:[\ '’\-]\p{Lu}{2,}){1,3}  # (its number a phone's: see phone.py): 'Pay Bill from
            (?![\p{L}\p{M}'’\-])                 # 254756376420 - LYDIA MUTHONI MWANGI Acc. ...'
            """,
            0.85,
        ),
        Pattern(
            "name_with_bhai_glued",
            r"""(?x)
            (?<![\p{L}\p{M}'’\-])\p{Lu}\p{Ll}{2,15}   # a given name with Gujarati's and Hindi's 'brother' glued on,
            (?=bhai(?![\p{L}]))                        # as the coast's Gujarati families greet a man ('Kem cho
            """,                                       # Hamisibhai?', 'Jai Shri Krishna Rameshbhai'): the name
            0.85,
        ),
        Pattern(
            "mpesa_party_before_number",
            r"""(?x)
            (?<=\b(?:sent[ ]to|received[ ]from|paid[ ]to|transferred[ ]to|imetumwa[ ]kwa|(?:Ksh|KES|Tsh|TZS)[ ]?[\d,]+(?:\.\d\d)?[ ]from)[ ])  # M-PESA's confirmation's party, in
            (?!(?:\p{Lu}{2,}[\ '’\-]){0,3}(?:BANK|LIMITED|LTD|PLC|SACCO|INSURANCE|SCHOOL|COLLEGE|HOSPITAL  # capitals
                |SAFARICOM|AIRTEL|VODACOM|M-PESA|MPESA|KPLC|KENYA|TANZANIA)\b)  # before its number: 'Ksh2,500.00 sent
            \p{Lu}{2,}(?:[\ '’\-]\p{Lu}{2,}){1,3}  # to HAMISI BAKARI MWINYI 0712345678 on 12/3/24'; not a
            (?=[ ](?:0|254|255)\d{8,9}\b)        # firm's, a till's or a bill's ('KPLC PREPAID 888880')
            """,
            0.85,
        ),
        Pattern(
            "olt_terminal_description",
            rf"""(?x)
            (?<=\b(?-i:desc[ ]"|Desc="|DESC="|desc[ ]'|Desc=')(?:[A-Z]{{2,5}}-\d{{2,6}}[ ])?)  # a fibre terminal's
            {_FULL_NAME}(?:[ ]\p{{Lu}}[\p{{Ll}}\p{{M}}'’\-]{{1,30}}){{0,2}}  # description in an OLT's command or alarm:
            (?=["'|]|[ ][\-–][ ]|[ ](?:Res|Col|Bo|Barrio|Colonia|Casa|Km)\b)  # its subscriber, after the splitter's
                                                    # box maybe ('desc "CTO-0103 Rosa Elena Valladares Melgar"',
                                                    # 'Desc="Nohemi Sanjur - 7406-7739"')
            """,
            0.85,
        ),
        Pattern(
            "money_transfer_party",
            r"""(?x)
            (?!(?:\p{Lu}{2,}[\ '’\-]){0,3}(?:BANCO|BANK|LIMITADA|LDA|LTDA|S\.A\.|SA|SARL|LTD|LIMITED|TIGO|MOVISTAR|CLARO
                |UNITEL|VODACOM|MOVITEL|TMCEL|ORANGE|TELMA|AIRTEL|MCB|MAUCAS|MONEY)\b)  # (no firm's name)
            (?:(?<=\b(?:de|a|para|to|from|amin['’]i)\ )  # a transfer's party by its name in capitals and its
                                                    # number, as a wallet's text message
            \p{Lu}{2,}(?:[\ '’\-]\p{Lu}[\p{Lu}\p{Ll}]+){1,3}  # writes it ('Ha recibido ₡15.000 de MARIA FERNANDA
            (?=\ \(\+?\d[\d\ \-]{6,14}\))       # SOLIS ROJAS (8845-1290)', MVola's 'avy amin'i RAKOTO Jean (034...)')
            |(?<=\b(?:de|a|para|to|from|du|vers|na)\ \+?\d[\d\-]{6,14}\ \()  # or after it in brackets ('Enviaste L 500.00 a
            \p{Lu}{2,}(?:[\ '’\-]\p{Lu}{2,}){1,3}(?=\))  # 9876-5432 (CARLOS ALBERTO MEJIA)'; Lingala's 'kowuta na
                                                    # 0812345678 (KALALA ILUNGA)')
            |(?<=\b(?:de|a|para|to|from|du|vers)\ \+?\d{9,13}\ )  # or after it ('Recebeu 25.000,00 Kz de 923456789 DOMINGOS
            \p{Lu}{2,}(?:[\ '’\-]\p{Lu}[\p{Lu}\p{Ll}]+){1,3}(?=[.,;]|\s*$|\ \p{Ll})  # KIALA.', 'de 0321122233 ANDRIANARIVELO
                                                    # Hery.', 'vers 0708123456 KOUAME KOFFI reussi')
            |(?<=\b(?:de|du|a|para|to|from|vers)\ \+?\d[\d\ \-]{6,14}\d\ -\ )  # or after a dash ('recu du 699 12 34 56 -
            \p{Lu}{2,}(?:[\ '’\-]\p{Lu}[\p{Lu}\p{Ll}]+){1,3}(?=[,;]|\.?\s*$|\ \p{Ll}))  # MBARGA Paul'; not an
                                                    # abbreviation's full stop: 'Acc. Tracy')
            """,
            0.85,
        ),
        Pattern(
            "chat_vocative",
            r"""(?x)
            (?<=<[^<>\s]{1,32}>[\ \t]+[^\s:<>]{1,32}:\ )  # an IRC line's message to a nick that starts by
            (?!(?:Hi|Hello|Hey|Yes|No|Ok|Okay|Thanks|Sorry|Sure|Well|Also|Nope|Yep|Welcome|Morning|Evening)\b)
            \p{Lu}\p{Ll}{2,20}                      # calling them by name: '<peter_>  musyo_: Musyoka, long
            (?=,\ )                                 # time!', '<tangeni>  nyabo_: Nyaboke, habari?'
            """,
            0.6,
        ),
        Pattern(
            "case_log_author",
            r"""(?x)
            (?<=(?:^|\n)={5,}\ \d{4}-\d\d-\d\d\ \d\d:\d\d:\d\d\ :\ )  # iTop's case log entry's author,
            [\p{L}\p{M}][\p{L}\p{M}'’.\-]*(?:\ [\p{L}\p{M}][\p{L}\p{M}'’.\-]*){0,3}  # and their user's id:
            (?=\ \(\d{1,9}\)\ ={5,})             # '========== 2024-10-31 02:45:53 : Blandine Yakité (228) ====='
            """,
            0.9,
        ),
        Pattern(
            "telephony_caller_name",
            r"""(?x)
            (?<=\bmod_dialplan_xml\.c:\d{1,5}\ Processing\ )  # a FreeSWITCH dialplan's caller by its caller id's name and
            (?!(?:Anonymous|Unknown|UNKNOWN|Outbound\ Call|Extension)\ <)  # number ('... mod_dialplan_xml.c:637]
            [\p{L}\p{M}][\p{L}\p{M}'’.\-]*(?:\ [\p{L}\p{M}][\p{L}\p{M}'’.\-]*){0,3}  # Processing Rosete
            (?=\ <\+?\d{2,16}>->)               # Elymore <+6919215858>->3205010 in context public')
            |(?<=caller_id_name=)               # or as the dialplan sets it ('set(effective_caller_id_name=
            (?!(?:Anonymous|Unknown|UNKNOWN)\b)  # Aren Tosie)')
            [\p{L}\p{M}][\p{L}\p{M}'’.\-]*(?:\ [\p{L}\p{M}][\p{L}\p{M}'’.\-]*){0,3}
            (?=[)\s,]|$)
            """,
            0.9,  # (above NER's: the model reads 'Salpe Hadley' as a place)
        ),
        Pattern(
            "role_name_and_contact",
            rf"""(?x)
            (?<=(?<![\w\-])(?i:customer|client|subscriber|caller|patient|member|recipient|payee|sender|receiver
                |consignee)[ ])
            (?=[^,\n]{{1,60}}[ ][^,\n]{{1,60}},|[\p{{Arabic}}\p{{Hebrew}}]|\p{{Lu}}\S*[ ]\p{{Lu}})  # (two words at least:
            (?!(?i:success|service|support|care)\b)  # 'customer Success' is a team)
            (?:{_FULL_NAME}|{_CASELESS_NAME})       # a party by its role, then its contact's label after a
            (?=,[ ]?(?i:MSISDN|address|phone|mobile|tel\.?|e-?mail|account|ID)\b  # comma: 'Cash-out for customer
                                                    # Fati Soumana, MSISDN +227...', 'Register new customer
                                                    # Tokpa Kollie, address Tubman Boulevard'
              |[ ]\+?[\d\u06f0-\u06f9][\d\u06f0-\u06f9 \-]{{6,16}}[\d\u06f0-\u06f9](?![\w\-]))  # or their number
                                                    # right after the name, a shop's log's: 'customer Lailuma Nazari
                                                    # +93733283516', 'receiver نیلوفر عزیزی ۰۹۹۰۲۵۵۸۳۳۳'
            """,
            0.85,
        ),
        Pattern(
            "courier_and_number",
            r"""(?x)
            (?<=(?<![\w\-])(?:Rider|Driver|Courier|Technician|Delivery[ ](?:boy|agent|person)
                |[Ll]ivreur|[Ll]ivreuse|[Cc]oursier|[Cc]hauffeur|[Tt]echnicien|[Tt]echnicienne
                |[Dd]arawalka|[Aa]l-mandoub|[Mm]andoub|[Kk]uryer|[Кк]урьер|[Kk]urir|[Кк]урир)[ ]?[:]?[ ])  # a parcel's (Somali's, Arabic's driver: 'Darawalka:
                                                    # Filsan 0610984988', 'Al-mandoub: Fatima 0913110275')
            \p{Lu}\p{Ll}{1,20}(?:[ ]\p{Lu}\p{Ll}{1,20}){0,2}   # courier or a visit's technician by name, then
            (?=[ ,:-]{1,3}(?!\d{4}-\d\d-\d\d)(?:\+\d{1,3}[ \-]?)?\(?\d[\d \-)]{6,14}\d(?!\d)  # their number: a courier's text ('Rider
              |[ ]\((?:\+\d{1,3}[ \-]?)?\d[\d \-]{6,14}\d\))  # (French's, the number in brackets: 'Livreur :
                                                    # Aïssatou (76 282 50 67)', 'le livreur Aya (01 13 68 41 10)';
                                                    # Uzbek's and Russian's: 'Kuryer: Jahongir, (90) 123-45-67')
                                                    # Pemba 9847311909', 'Technician Ram Thapa: 9801234567')
            """,
            0.85,
        ),
        Pattern(
            "journal_author",
            rf"""(?x)
            (?<=(?:^|\n)\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{4}}[ ]\d{{1,2}}:\d{{2}}(?::\d{{2}})?[ ])  # a ticket's
                                                    # history, an entry a line, its time and who wrote it:
            (?:{_FULL_NAME}                         # TOPdesk's '07-01-2025 07:50 Ladi Gbate: ' (the text on
              |{_CASELESS}[\p{{L}}\p{{M}}'’\-]{{0,30}}(?:[ ]{_CASELESS}[\p{{L}}\p{{M}}'’\-]{{0,30}}){{0,4}})  # the next
            (?=:[ \t]*(?:\r?\n|$))                # line), in any script ('محمد فال ولد عبد الله': five words)
            """,
            0.85,
        ),
        Pattern(
            "dated_note_author",
            r"""(?x)
            (?<=(?:^|\n)[ \t]*[-*•][ ]\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?(?:[ ]\d{1,2}[:h]\d{2})?[ ]\()  # a case's
            \p{Lu}\p{Ll}+(?:[\-]\p{Lu}\p{Ll}+)?(?:[ ]\p{Lu}\.?|[ ]\p{Lu}\p{Ll}+)?  # follow-up, a note a line, its
            (?=\)[ ])                              # date and who wrote it in brackets: '- 16/02 (Réginald) Pyès la
                                                    # kòmande ...', '- 31/01 (Olivier) Pièce commandée'
            """,
            0.85,
        ),
        Pattern(
            "tagalog_person_marker",
            rf"""(?x)
            (?<!\b(?i:mimi|yeye|huyu|hii|hiyo|sisi|wewe|langu|yangu|yako|yake|hapa|ambaye)[ ]ni[ ])  # (Swahili's 'is')
            (?<=(?<![\w\-])(?:si|ni|kay|sina|nina|kina)[ ]  # Tagalog's articles of a person's name: 'si Joy
               |(?:^|[.!?][ ])(?:Si|Kay|Sina)[ ])   # Fernandez po ng Bacoor', 'email ni Mark (mark.p@...)'
            {_FULL_NAME}                            # (a sentence's first word too: 'Si Jun-jun Dela Cruz ni')
            (?=[ ](?:po|ng|na|ay|at|ang|ko|mo|daw|raw|pala|din|rin  # then a function word: Tagalog's, or
                   |taga|sa|ni|nga|ug|og|kag|ha|siya|sya|mao|gikan)(?![\w])  # 'from', Cebuano's 'this',
               |[ ]?[(,.!?]|\s*$)                   # 'that', 'and', 'he/she' ('si Maria Santos taga Bolinao')
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "malay_self_introduction",
            rf"""(?x)
            (?<=(?<![\w])(?i:saya|aku|ini)[ ])     # who introduces themself in Malay or Indonesian, and where
            {_FULL_NAME}{_FATHERS_NAME}          # they are from: 'saya Mohd Hafiz dari Miri', 'Hi, ini Ahmad
            (?=[ ](?:dari|from)[ ]\p{{Lu}})       # dari Unit IT' (not 'Saya Nak Tanya', Title Case prose: no
                                                    # 'dari' and a place's or a team's name after it)
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "indonesian_on_behalf",
            rf"""(?x)
            (?<=(?<![\w.])(?:[aA]\.n\.|atas[ ]nama|(?i:pelanggan|pembeli|karyawan[ ]baru)\:?)[ ])  # 'customer
            {_FULL_NAME}                            # a.n. Teguh Kusuma', 'pelanggan Siti Tanjung (order ...)',
            (?=[ ]?[(,.!?:\]'"]|\s*$|[ ](?:kirim|minta|bilang|mau|sudah|belum|dari|di|ke|yang  # 'karyawan
                  |sedang|telah|akan|untuk|sebesar|Rp)(?![\w])|[ ]Rp[ ]?\d)  # baru: Agus Harahap,'; a parcel's,
                                                    # a bill's: 'a.n. Zoe Ferris sedang diantar', '... Rp218.000'
            |(?<=(?<![\w.])customer[ ])             # or an English 'customer' with an Indonesian verb after
            {_FULL_NAME}                            # the name: 'customer Bayu kirim email' (not 'Customer
            (?=[ ](?:kirim|minta|bilang|mau|sudah|belum)(?![\w]))  # Success', a team)
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "hindi_honorific",
            r"""(?x)
            (?<![\p{Devanagari}\p{M}])          # a name in Devanagari before Hindi's 'जी' of respect: 'मनोज
            (?!(?:हाँ|हां|जी|आप|ठीक|अच्छा|नमस्ते|धन्यवाद|सर|मैडम|गुरु)(?![\p{Devanagari}\p{M}]))  # जी ने fix
            \p{Devanagari}[\p{Devanagari}\p{M}]{1,20}   # कर दिया' (not 'हाँ जी': yes; 'आप': you)
            (?:[ ]\p{Devanagari}[\p{Devanagari}\p{M}]{1,20})?
            (?=[ ]जी(?![\p{Devanagari}\p{M}]))
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "hindi_role_name",
            r"""(?x)
            (?<=(?<![\w])(?:ग्राहक|उपयोगकर्ता|प्रयोगकर्ता|कर्मचारी|(?i:customer|user|employee))[ ]["“]?)  # a person's
            \p{Devanagari}[\p{Devanagari}\p{M}]{1,20}(?:[ ]\p{Devanagari}[\p{Devanagari}\p{M}]{1,20})?  # role, a name in
            (?=["”]?[ ](?:ने|का|की|के|को|से|ले|लाई|सँग|\()(?![\p{Devanagari}\p{M}]))  # Devanagari, a postposition:
                                                    # 'ग्राहक स्वाति भोसले ने', 'Customer मनोज तिवारी (Kolhapur)
                                                    # का', Nepali's 'ग्राहक "सीता श्रेष्ठ" ले'
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "name_label_devanagari",
            r"""(?x)
            (?<=(?<![\p{L}\p{M}])(?<![\p{L}\p{M}][ ])  # a form's or a log's label in Nepali or Hindi
               (?:नाम|पूरा[ ]नाम|नाम[ ]?थर|ग्राहकको[ ]नाम|ग्राहक[ ]का[ ]नाम|ग्राहक|प्रयोगकर्ता  # (not a word's:
                  |उपयोगकर्ता|सम्पर्क[ ]व्यक्ति|संपर्क[ ]व्यक्ति|प्रापक|प्राप्तकर्ता|प्रेषक|बिरामी|मरीज|विद्यार्थी  # 'उत्पादनको
                  |आवेदक|निवेदक|कर्मचारी|चालक|यात्री|अभिभावक|खातावाला|ग्राहकको  # नाम', a product's name): name,
                  |नाव|पूर्ण[ ]नाव|ग्राहकाचे[ ]नाव|ग्राहक[ ]नाव)  # (and Marathi's name, full name, the customer's)
               [ ]?[:ः][ ]                         # full name, customer('s name), user, contact person,
               (?:(?:श्री|श्रीमती|सुश्री|श्रीमान्|डा\.|डा॰|डा)[ ])?)  # recipient, sender, patient, student,
                                                    # applicant, employee, driver, passenger, guardian,
                                                    # account holder; a title before the name is context
            (?!(?:श्री|श्रीमती|सुश्री|श्रीमान्|डा)[ .॰])  # (the title's)
            (?!(?:नयाँ|नया|अज्ञात|अतिथि|सबै|कोही|छैन|नहीं|खाली)(?![\p{L}\p{M}]))  # (new, unknown, guest,
                                                    # all, nobody, none, empty: no one's name)
            \p{Devanagari}(?<!\p{N})[\p{L}\p{M}]{0,20}(?:[ ]\p{Devanagari}(?<!\p{N})[\p{L}\p{M}]{0,20}){0,3}
            (?=[ ]?[(,،|।;/]|[ ]?[-–][ ]|\\n|\r?\n|\s*$|[ ][\p{L}\p{M}.]{1,20}[ ]?[:ः][ ]  # then the
               |[ ](?:ले|लाई|को|का|की|के|ने|से|सँग)(?![\p{L}\p{M}]))  # value's end, the next label, or a
                                                    # postposition: 'नाम: राम बहादुर थापा, फोन: ...',
                                                    # 'ग्राहकको नाम: बिनोद तामाङ', 'प्रेषक: श्री हरि प्रसाद | ...'
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "in_the_name_of_hi",
            r"""(?x)
            (?<=(?<![\p{L}\p{M}])(?:ऑर्डर|आर्डर|पार्सल|बुकिंग|खाता|बिल|टिकट)[ ])  # an order
            [\p{L}][\p{L}\p{M}]{1,20}(?:[ ][\p{L}][\p{L}\p{M}]{1,20}){0,2}  # in whose name, Hindi's 'X के नाम पर' (in
            (?=[ ]के[ ]नाम(?:[ ](?:पर|से))?(?![\p{L}\p{M}]))  # the name of), in any script: 'ऑर्डर प्रिया वर्मा के नाम
            """,                                # पर है', 'ऑर्डर లక్ష్మి నాయుడు के नाम पर है'
            _PLACE_SCORE,
        ),
        Pattern(
            "profile_path_name",
            r"""(?x)
            (?<=(?i:/profiles/)|(?-i:Profile:[ ]switching[ ]to[ ]"))  # a media center's user profile, named for its
            (?!(?:Default|Master|Guest|Kids|Children|Family|Admin|Administrator|User|Users|Shared|Public|Test|Temp)
               (?![\p{L}\p{M}]))                # member ('special://profile/profiles/Meenakshi/', Kodi's 'Profile:
            \p{Lu}\p{Ll}{2,20}(?:[ ]\p{Lu}\p{Ll}{2,20})?  # switching to "Meenakshi"'); not a default's, a
            (?=/|")                                # shared one's, a guest's
            """,
            0.6,
        ),
        Pattern(
            "chat_room_nick",
            r"""(?x)
            (?<=[A-Za-z0-9_.\-]@(?:conference|muc|chat|rooms?|groupchat)\.[a-z0-9\-]{1,63}(?:\.[a-z0-9\-]{1,63}){0,5}/)
            \p{Lu}\p{Ll}{1,30}(?:[ ]\p{Lu}\p{Ll}{1,30}){0,2}  # an XMPP room's member by a nick that is a name
            (?:[ ](?:bin|binti|anak|a/l|a/p)[ ]\p{Lu}\p{Ll}{1,30}(?:[ ]\p{Lu}\p{Ll}{1,30})?)?  # (Spark's '.../Jainus
            (?=[<"'&,;)\]]|\s*$)              # </from>', '.../Liyana binti Mat Zin</from>'; a login's nick is
                                                    # username_prose's)
            """,
            0.85,
        ),
        Pattern(
            "display_name_quoted",
            r"""(?x)
            (?<=\b(?i:display)[ ]?(?i:name)[ ](?i:of[ ])?['"‘“])  # a directory's display name in a log's
            (?![^'"’”\n]*[\d@_/\\])                # prose, quoted: Jira's "Created user 'anna' with display
            [\p{L}\p{M}][\p{L}\p{M}'’.\-]*(?:[ ][\p{L}\p{M}][\p{L}\p{M}'’.\-]*){0,3}  # name 'Anna Berg'"
            (?=['"’”])                              # (a name in any script: 'ນິດຕະຍາ ອິນທະວົງ'; no id)
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "role_name_caseless",
            r"""(?x)
            (?<=(?:(?<![\p{L}\p{M}])(?:کاربر|مشتری|خریدار|گیرنده|توسط|গ্রাহক|ব্যবহারকারী|প্রাপক  # a person's
                  |صارف|گاہک|பயனர்|வாடிக்கையாளர்|వినియోగదారు|కస్టమర్|පරිශීලක|පාරිභෝගික)(?:[ ]?:)?[ ]  # (Urdu, Tamil,
                                                    # Telugu, Sinhala: 'صارف: عائشہ خان فون:')
               |(?:მომხმარებელი|პასუხისმგებელი|დამკვეთი):[ ]|(?:Օգտատեր|Պատասխանատու|Հաճախորդ)՝[ ]))  # role,
            (?!(?:گرامی|عزیز|محترم|نامعتبر|معتبر|نامشخص|ناشناس|شما|ما|من|خود|جدید|قدیمی)(?![\p{L}\p{M}]))  # ('کاربر
                                                    # گرامی': dear user; 'آدرس گیرنده نامعتبر است': the recipient's address
                                                    # is invalid; 'من مشتری شما هستم': I am your customer; new, old)
            (?:[\p{Arabic}\p{Bengali}\p{Georgian}\p{Tamil}\p{Telugu}\p{Sinhala}][\p{L}\p{M}\u200c]{1,20}  # then
               (?:[ ][\p{Arabic}\p{Bengali}\p{Georgian}\p{Tamil}\p{Telugu}\p{Sinhala}][\p{L}\p{M}\u200c]{1,20})?  # a
                                                    # name in Persian or Urdu, Bengali, Georgian, Tamil,
                                                    # Telugu, Sinhala or Armenian:
             |\p{Lu}[\p{Armenian}]{1,20}(?:[ ]\p{Lu}[\p{Armenian}]{1,20})?)  # 'برای کاربر امیر صادقی معتبر
            (?=[ ](?:معتبر|رد|را|در|با|از|است|نیست|এর|কে|র)(?![\p{L}\p{M}])  # نیست', 'গ্রাহক ফাতেমা বেগম এর',
              |[ ]?[(,،]|\\n|\n|['"]|$           # 'მომხმარებელი: ლევან ჯაფარიძე (levanj)', or the next
              |[ ][\p{L}\p{M}]{1,20}:)           # label after it ('صارف: عائشہ خان فون: ...')
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "sole_trader_name",
            r"""(?x)
            (?<=(?<![\w\-])(?:IM|IE|ИП|ИЧП|ФЛП|FOP|FŞ|ФОП)[ ])  # a sole trader, as the former Soviet states' banks
            (?!(?:NOT|SO|ON|IN|AT|THE|GOING|HERE|BACK|DONE|SORRY|FINE|HAPPY|BUSY|HOME|LATE|TRYING|JUST|STILL|ALSO
                |REALLY|VERY|OUT|OFF|READY|WAITING|SURE)\b)  # (a text's 'IM NOT SURE')
            \p{Lu}{2,20}(?:[ ]\p{Lu}{2,20}){1,2}  # and card terminals name one: its owner's name in capitals after
            (?=\s*$|[,;.)"']|[ ](?!\p{Lu}{2}))  # Georgian's 'IM', Armenian's 'IE', Russian's 'ИП' ('issued by IM
                                           # LEVAN GOGOLADZE', 'IE TIGRAN VARDANYAN', 'ИП ИВАНОВ ИВАН')
            """,
            0.85,
        ),
        Pattern(
            "client_folder_name",
            r"""(?x)
            (?<=(?i:clients?|customers?|staff|employees|users|members|students|patients|people|contacts|tenants
                |families|households)[\\/])  # a folder of clients, staff, patients ..., each one's folder by their
            \p{Lu}\p{Ll}{1,30}(?:-\p{Lu}\p{Ll}{1,30})?  # family name and given name, as a password manager's or a
            (?=,[ ]\p{Lu}\p{Ll}{1,30}(?:[ \t]*$|[\\/])|[ ]-[ ]\p{Lu})  # file share's folders name them
                                           # ('Shared-Home Clients\Sebina, Naledi', '...\Moyo - Glen View')
            |(?<=(?i:clients?|customers?|staff|employees|users|members|students|patients|people|contacts|tenants
                |families|households)[\\/]\p{Lu}\p{Ll}{1,30}(?:-\p{Lu}\p{Ll}{1,30})?,[ ])
            \p{Lu}\p{Ll}{1,30}(?=[ \t]*$|[\\/])  # (the given name apart: 'Sebina', 'Naledi')
            """,
            0.85,
        ),
        Pattern(
            "name_jan",
            r"""(?x)
            (?<![\p{L}\p{M}\d'’\-.])        # a first name before Persian's and Armenian's 'dear' ('Reza jan', 'merci
            (?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Dear|Happy|Hi|Hello|Salam|Merci|Thanks)(?![\p{L}\p{M}]))  # Maryam joon',
            \p{Lu}\p{Ll}{2,15}             # 'Armen jan,'; not a date's 'Mon jan')
            (?=[ ](?:jan|joon|jaan|jun)(?:[,!.?]|[ \t]*(?:\r?\n|$)|[ ](?!\d)))
            """,
            _PLACE_SCORE,  # (over NER's reading: 'Maryam joon' is no place)
        ),
        Pattern(
            "name_before_i_am_cy_kw",
            r"""(?x)
            (?:(?<=^|\n|[,.!:;][ ])|(?<=(?i:^|\s)(?:hel[oô]|shwmae|s[uw]mae|haia|dydh[ ]da|myttin[ ]da|bore[ ]da)[ ]))
            (?!(?i:Dw|Ydw|Rwy|Roeddwn|Nid|Nac|Ond|A|Ie|Na|My|Ny)\b)
            \p{Lu}[\p{Ll}\p{M}'’\-]{1,30}(?:[ ](?:(?:ap|ab|ferch|verch)[ ])?\p{Lu}[\p{Ll}\p{M}'’\-]{1,30}){0,2}
            (?=[ ](?:ydw[ ]i|ydw|ov[ ]vy|yw[ ]ow[ ]hanow)(?![\p{L}\p{M}]))  # a name before Welsh's and Cornish's 'I am'
            """,                                      # after it ('Rhodri Huws ydw i', 'Morwenna Pascoe ov vy')
            _PLACE_SCORE,
        ),
        Pattern(
            "name_before_its_login",
            r"""(?x)
            (?<![\p{L}\p{M}'’\-])
            (?!(?:User|Login|Account|Member|Customer|Guest|Admin|Driver|Passenger)\b)
            \p{Lu}[\p{Ll}\p{M}'’\-]{1,30}(?:[ ](?:(?:ap|ab|ferch|Nic|Mac|de|van|von)[ ])?\p{Lu}[\p{L}\p{M}'’\-]{1,30}){1,2}
            (?=[ ]\((?:user|login|username|uid)[ :=][a-z_][a-z0-9_.\-]{1,31}\))  # a full name, its login in
            """,                                      # brackets after it ('created for Calum MacLennan (user
            0.85,                                     # calum.maclennan)')
        ),
        Pattern(
            "dash_signed_before_number",
            r"""(?x)
            (?<=[.!?)][ ][–—][ ])                   # a note's signature after its sentence and a dash, the number to
            \p{Lu}[\p{Ll}\p{M}'’\-]{1,30}(?:[ ]\p{Lu}[\p{Ll}\p{M}'’\-]{1,30})?  # ring after the name ('... sorry. –
            (?=[ ](?:\+\d{1,3}[ ]?(?:\(0\))?[ ]?\d|0\d)[\d ]{6,16}(?:["'\s]|$))  # Ruairidh +44 (0)7523 822830"')
            """,
            0.85,
        ),
        Pattern(
            "gecos_name",
            r"""(?x)
            (?<=(?:useradd|usermod|adduser|chfn)[^\n]{0,60}[ ]-c[ ]["'])  # the full name useradd, usermod or chfn
            \p{Lu}[\p{Ll}\p{M}'’\-]{1,30}(?:[ ](?:(?:ap|ab|ferch|Nic|Mac|de|van|von)[ ])?\p{Lu}[\p{L}\p{M}'’\-]{1,30}){0,3}
            (?=["',]|[ ]?$)                          # writes into the account's comment ('useradd -m -c "Gethin Parry"
            """,                                      # -s /bin/bash gethin32', '-c "Llinos Vaughan,Room 2.14,...')
            _PLACE_SCORE,  # (over a town's list: 'Vaughan')
        ),
        Pattern(
            "name_statement_ka_hy",
            r"""(?x)
            (?<=(?<!\p{Georgian})(?:ჩემი[ ]სახელია|ჩემი[ ]სახელი[ ]არის|მქვია)[ ])  # Georgian's 'my name is',
            \p{Georgian}{2,20}(?:[ ]\p{Georgian}{2,20})?  # 'I am called' ('ჩემი სახელია გიორგი ბერიძე,')
            (?=[ ]?[,.!]|[ \t]*(?:\r?\n|$)|[ ](?:და|ვარ|ვცხოვრობ)(?!\p{Georgian}))
            |(?<=(?<!\p{Georgian})მე[ ]ვარ[ ])  # Georgian's 'I am', a given name and a family name by its ending
            \p{Georgian}{2,20}[ ]\p{Georgian}{1,20}(?:ძე|შვილი|ია|ური|ანი|ავა|ელი|ული|ონი|ვა)  # ('მე ვარ გიორგი
            (?=[ ]?[,.!]|[ \t]*(?:\r?\n|$)|[ ](?:და|ვცხოვრობ)(?!\p{Georgian}))  # ბერიძე,'; not 'მე ვარ კმაყოფილი')
            |(?<=(?<!\p{Armenian})(?:[Իի]մ[ ]անունը|[Եե]ս)[ ])  # Armenian's 'my name is' and 'I (am)', its
            \p{Lu}\p{Armenian}{1,20}(?:[ ]\p{Lu}\p{Armenian}{1,20})?  # capitals a name's: 'Ես Անահիտ Պետրոսյանն եմ'
            (?=[ ](?:եմ|է)(?!\p{Armenian})|[ ]?[,.:։]|[ \t]*(?:\r?\n|$))
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "name_statement_mn",
            r"""(?x)
            (?<=(?<!\p{Cyrillic})(?:[Нн]амайг|[Мм]иний[ ]нэр(?:[ ]бол)?|[Бб]и)[ ])  # Mongolian's 'my name is' and
            (?:\p{Lu}\.[ ]?)?                 # 'I am': a father's initial or genitive, then the given name
            \p{Lu}\p{Cyrillic}{1,20}(?:-\p{Lu}?\p{Cyrillic}{1,20})?  # ('намайг Ганболдын Цэцэгмаа гэдэг', 'Миний
            (?:[ ]\p{Lu}\p{Cyrillic}{1,20}(?:-\p{Lu}?\p{Cyrillic}{1,20})?)?  # нэр Бат-Эрдэнэ.')
            (?=[ ](?:гэдэг|байна|байгаа)(?!\p{Cyrillic})|[ ]?[,.!]|[ \t]*(?:\r?\n|$))
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "name_statement_iu",
            r"""(?x)
            (?<=(?<![\u1400-\u167f])(?:ᐊᑎᕋ|ᐊᑎᒐ|ᐅᕙᖓ)[ ]  # Inuktitut's 'my name (is)' and 'I (am)' in syllabics,
              |ᖁᔭᓐᓇᒦᒃ[!,.]?[ \t]*\n[ \t]*)  # (or its thanks' line above: 'ᖁᔭᓐᓇᒦᒃ!\nᓴᐃᓚ ᑮᓇᐃᓇᒃ (Saila Keenainak)')
            [\u1400-\u167f]{2,20}(?:[ ][\u1400-\u167f]{2,20})?  # which have no capitals: one or two words before a comma,
            (?=[ ]?[,.!(]|[ \t]*(?:\r?\n|$))  # a full stop or the line's end ('ᐊᑎᕋ ᐃᓗᐃᓴ ᑯᓪᓗᒃ, ᐃᖃᓗᖕᒥ ᐃᓅᔪᖓ')
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "armenian_case_ending",
            r"""(?x)
            (?<![\p{L}\p{M}\-])                # a name with Armenian's case ending joined by a hyphen, as
            (?:(?<=[:,–—][ ])\p{Lu}[\p{Armenian}]{1,20}[ ]\p{Lu}[\p{Armenian}]{1,20}  # it writes a name's:
             |\p{Lu}[\p{Armenian}]{1,20}           # 'Զանգահարեք Անի-ին' (call Ani: the verb's capital is a
             |\p{Georgian}{2,20}(?:[ ]\p{Georgian}{2,20})?)  # sentence's), 'Խնդիր: Տիգրան Գրիգորյան-ի
            (?=-(?:ին|ի|ից|ով)(?![\p{L}\p{M}]))      # նոութբուքը' (Tigran's laptop)
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "bilingual_signature",
            r"""(?x)
            (?<=(?:^|\n|>)[ \t]*\p{Lu}\p{Ll}+[ ]\p{Lu}\p{Ll}+[ ]/[ ])  # a signature's name in Latin letters and
            (?:(?:(?=[\p{Armenian}\p{Cyrillic}\p{Greek}])\p{Lu}  # in its own script: 'Levan Japaridze /
                | [\p{Georgian}\p{Arabic}\p{Hebrew}\p{Devanagari}\p{Bengali}\p{Thai}])  # ლევან ჯაფარიძე' (a
               [\p{L}\p{M}'’\-]{1,30}[ ]?){2,3}    # cased script's words capitalized: 'Анна Петрова')
            (?<![ ])
            (?=[ \t]*(?:<|\r?\n|$))
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "mention_link",
            r"""(?x)
            (?<=\[)                          # a chat's mention as a link to its member: Twist's
            \p{Lu}[\p{L}\p{M}'’\-]{1,30}(?:[ ]\p{Lu}[\p{L}\p{M}'’\-]{1,30}){0,2}  # '[Siti Hutapea](twist-mention://709546)'
            (?=\]\((?:twist-mention|mention|user-mention)://)
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "chatwork_to",
            rf"""(?x)
            (?<=\[(?:To:\d{{1,12}}|rp[ ]aid=\d{{1,12}}[ ]to=\d{{1,12}}-\d{{1,20}})\])  # Chatwork's addressee tag, then
            (?:\p{{Lu}}{_CASED}{{1,30}}(?:[ ]\p{{Lu}}{_CASED}{{1,30}}){{0,2}}  # the name it shows ('[To:2213456]田中
               |{_KANJI_NAME}{{1,8}}(?:[ \u3000]{_KANJI_NAME}{{1,8}})?)  # 健太',
                                                 # '[rp aid=9 to=1-2]Megan Foster')
            (?=[ ]?(?:さん|様|くん|ちゃん)|[ \t]*(?:\r?\n|$))  # then an honorific or the line's end
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "titled",
            rf"""(?x)
            (?<=(?<![\w.])(?:(?:Herr|Herrn|Frau|Sra|Srta|Dra|Mme|Mlle|Signora|Signor|Sig\.ra|Bapak|Ibu|Pak|Encik|Puan)\.?
                               (?:[ ](?:Dr|Prof|Mag|MMag|DI|Ing|Dipl\.-Ing|DDr)\.?){{0,3}}  # (and a German or Austrian
                                                    # degree after it: 'Frau Mag. Ayşe Demir', 'Herr DI Stefan Gruber')
                              |Tía|Tío|Kuya|Manong|Manang|Mzee|[Ss]eñora|[Ss]eñorita|[Ss]eñor  # (Spanish's
                                                    # 'la señora Justina Ticona', spelled out)
                              |(?:Licda|Lic|Ing|Inga|Arq|Profa|Abog|Licdo)\.|doña|don)[ ]  # a title of (a kin's word: no dot;
                                                    # Central America's degrees, dotted: 'la Licda. Nathalie', 'Ing.
                                                    # Byron Umaña'; 'doña Marta', lower case: 'Don' is a name too)
                                                    # another language before a name: 'Frau Weber' (English
                                                    # ones are NER's, which reads English)
               |(?<![\w.])(?:Msye|Madan)[ ]  # (Haitian Kreyòl's Mr and Mrs: 'Msye Jude Pierre-Louis')
               |(?<![\w.])(?:Lalla|Hajja|Hadja|W/ro|W/rt|Weyzero|khoya|khouya|khti|sahbi|sahbti)[ ]  # (the Maghreb's
                                                    # respect for a woman, Darija's brother, sister, friend; Amharic's
                                                    # Mrs and Miss: 'Lalla Fatima Zahra', 'sahbi Karim Jebali')
               |(?<![\w.])(?:Hajj|Hadj|El[ ]Hadj|Ato)[ ](?=\p{{Lu}}\p{{Ll}}+[ ]\p{{Lu}}\p{{Ll}})  # (a pilgrim's, Amharic's
                 (?!(?:Season|Umrah|Packages?|Booking|Tours?|Visa|Travel|Agency|Flights?|Trips?|Group|Registration)\b)
                                                    # Mr, before two names: 'Hajj Abdelkader Belkacem'; not 'Hajj Season')
               |(?<![\w.])M\.[ ](?=\p{{Lu}}[\p{{Ll}}\p{{Lu}}]+[ ]\p{{Lu}}[\p{{Ll}}\p{{Lu}}]+)  # French's 'M.' before two
                                                    # names ('M. Tchoupo Emmanuel', 'M. KOUASSI Yao'; not 'M. Sc.')
               |(?<![\w.])Sr\.?[ ](?=\p{{Lu}}\p{{Ll}}+[ ]\p{{Lu}}\p{{Ll}}+(?![ ]\p{{Lu}})))  # 'Sr.' with a first
                                                    # and a last name: 'Sr. Carlos Mendes' ('Sr. Engineer'
                                                    # is a senior)
            (?!{_TITLE}\b|(?:Mag|MMag|DI|Ing|DDr|Dipl)\b)
            (?:{_REGISTER_NAME}|{_LONG_NAME})  # (or the family's first, in capitals: 'Mme NGO BIYONG Chantal')
            (?![\p{{L}}\p{{M}}'’\-])
            """,
            0.85,
        ),
        Pattern(
            "quoted_posters_full_name",
            rf"""(?x)
            (?<=\[quote=["']?)                   # a forum's quote of a member by their full name, as XOOPS' and
            {_WORD}(?:[ ]{_WORD}){{1,2}}          # phpBB's BBCode writes it: '[quote=Arash Veisi]Hello, ...'
            (?=["']?\])
            """,
            0.85,
        ),
        Pattern(
            "latin_name_in_persian_or_sorani",
            rf"""(?x)
            (?<=(?<![\p{{L}}\p{{M}}])من[ ])         # Persian's and Sorani's 'I am' around a name in Latin letters, as an
            {_WORD}                              # agent writes theirs: 'من Sîdar هستم از ...', 'من Karwanم لە ...'
            (?=(?:م)?[ ](?:هستم|هەستم|لە|از)(?![\p{{L}}\p{{M}}]))
            """,
            0.95,  # (above the place phrase's 0.9: Arabic's 'من' is 'from')
        ),
        Pattern(
            "signature_after_sentence",
            rf"""(?x)
            (?<=[.!?][ ]|[.!?]\\r\\n|[.!?]\\n)   # a full name that ends a message after its last sentence, as a
            (?<!(?<![\p{{L}}\p{{M}}])\p{{Lu}}\p{{Ll}}{{0,3}}\.[ ])  # review signs it (not after an abbreviation: 'Md. Abdul',
            (?!{_TITLE}\b|(?:{_NOT_A_SIGNATURE}|Please)\b)  # 'H. Blue')
            {_LATIN_WORD}(?:[ ]{_LATIN_WORD}){{1,2}}  # in Latin letters: '... Numreyê mi 05068831810. Sîdar Kakayî'
            (?=[ \t]*$|'[,)]|"[,)}}])
            """,
            0.8,
        ),
        Pattern(
            "signature_after_blank_line",
            rf"""(?x)
            (?<=\n[ \t]*\r?\n|\\r\\n\\r\\n|\\n\\n)  # a message's last line after a blank one (its line ends escaped in a
                                                    # dump's string too: '...737,000 IQD.\\r\\n\\r\\nAko Shwani',0);')
            (?!{_TITLE}\b|{_NOT_A_SIGNATURE}\b)  # (no wish)
            {_WORD}(?:[ ]{_WORD}){{1,2}}         # a full name, two or three words, and nothing after it:
            (?=[ \t]*$|'[,)]|"[,)}}])               # the writer's signature
            """,
            0.85,
        ),
        Pattern(
            "sign_off",
            rf"""(?x)
            (?<=(?:(?:^|\n)[ \t]*|[.!?।][ ])        # 'Regards,\nTomasz' / 'Cheers, Ana' at a line's start, or
                (?:Regards|Best[ ]regards|Kind[ ]regards|Best|Cheers|Thanks|Sincerely|BR  # after a sentence
                  |Many[ ]thanks|All[ ]the[ ]best|Take[ ]care|Best[ ]wishes|Yours[ ](?:sincerely|faithfully|truly)
                  |(?:Warm|Warmest|Kindest)[ ]regards|Cheers[ ]mate|Ta  # (Britain's 'Ta, Dave': thanks)
                  |Diolch[ ]yn[ ]fawr|Hwyl(?:[ ]fawr)?|Cofion[ ]gorau|Sláinte|Slán(?:[ ]go[ ]fóill)?|Beannachtaí
                  |Le[ ]gach[ ]dea-ghuí|Go[ ]raibh[ ]maith[ ]agaibh  # (Welsh's and Irish's thanks and goodbyes)
                  |Un[ ]abrazo|Abrazos|Saludos[ ][Cc]ordiales|Cordiales[ ][Ss]aludos|¡?Muchas[ ]gracias|¡?Gracias(?:[ ]mil|[ ]de[ ]antemano|[ ]por[ ]adelantado)?|Atte\.?
                  |Cariños|Besos  # (the Southern Cone's Spanish: 'Un abrazo, Camila', 'Atte. Joaquín Silva')
                  |Mvh|Hilsen|Vennlig[ ]hilsen|Med[ ]vennlig[ ]hilsen|Venlig[ ]hilsen|Med[ ]venlig[ ]hilsen
                  |Hälsningar|Med[ ]vänliga[ ]hälsningar|Terveisin|Ystävällisin[ ]terveisin|Üdvözlettel|Üdv
                  |Saygılarımla|Pozdrawiam|S[ ]pozdravem|Cu[ ]stim[ăa]|Cordiali[ ]saluti|Un[ ]saluto|Saluti
                  |Cu[ ]respect|Mul[țţt]umesc(?:[ ](?:frumos|mult))?|Mul[țţt]umim|Numai[ ]bine|Blagodarya|Благодаря  # (Romanian's
                                                    # and Bulgarian's regards and thanks: 'Mulțumesc frumos, Gheorghe')
                  |Cordialement|Saludos|Met[ ]vriendelijke[ ]groet|Groeten|Mit[ ]freundlichen[ ]Grüßen
                  |Viele[ ]Grüße|Liebe[ ]Grüße
                  |Lugupidamisega|Parimate[ ]soovidega|Tervitades|Ar[ ]cieņu|Sveicieni|Pagarbiai|Su[ ]pagarba
                  |Lep[ ]pozdrav|Lp|S[ ]spoštovanjem|Srdačan[ ]pozdrav|Lijep[ ]pozdrav|S[ ]poštovanjem|Pozdrav
                  |Поздрави|С[ ]уважение|З[ ]повагою|С[ ]уважением|Με[ ]εκτίμηση|Φιλικά|Kveðja|Bestu[ ]kveðjur
                  |Filika|Me[ ]ektimisi|Euxaristw|Eyxaristw|Efxaristo|Efharisto  # (Greek's in Latin letters)
                  |Nanni|Nandri|Dhanyavaadam|Dhanyavad(?:am)?  # (Malayalam's and Tamil's thanks, romanized)
                  |Með[ ]kveðju|Kær[ ]kveðja|Atenciosamente|Abraços|Abraço|Cumprimentos|Obrigad[oa]|Valeu
                  |Salam|Hormat[ ]saya|Salam[ ]hangat|Terima[ ]kasih|Yang[ ]benar|Salamat|Maraming[ ]salamat
                  |Asante|Wako|Wako[ ]mwaminifu|Salutacions|Atentament|Cordialment|Gràcies|Diolch|Cofion
                  |Cofion[ ]cynnes|Yn[ ]gywir|Groete|Vriendelike[ ]groete|Baie[ ]dankie|Dankie|Me[ ]respekt
                  |Faleminderit|Hörmətlə|Təşəkkürlər|Поздрав|Срдачан[ ]поздрав|Хвала|С[ ]поштовањем|Құрметпен
                  |Рахмет|Հարգանքով|Thanks[ ]in[ ]advance|Thank[ ]you[ ]in[ ]advance|Хвала[ ]унапред|Хвала[ ]унапријед
                  |Благодарам[ ]однапред|Pozz|Faleminderit[ ]paraprakisht
                  |Hvala[ ](?:unapred|unaprijed|puno|lijepa|vam)|Unapred[ ]hvala|Puno[ ]hvala|Srdačno|Pozdravi  # (the South
                  |Спасибо|Большое[ ]спасибо|С[ ]почтением|Raxmat|Katta[ ]rahmat|Rahmat|Oldindan[ ]rahmat|Orkun|Arkoun|Khop[ ]jai(?:[ ]lai(?:[ ]lai)?)?  # Slavic
                  |Khob[ ]jai(?:[ ]lai(?:[ ]lai)?)?|Kyay[ ]zu[ ]tin[ ]ba[ ]de|Me[ ]nderime  # languages', Russian's,
                                                    # Uzbek's, Khmer's, Lao's, Burmese's and Albanian's thanks and regards)
                  |S[ ]pozdravom|S[ ]úctou|Ďakujem|Saħħa|Grazzi|Le[ ]meas|Is[ ]mise(?:[ ]le[ ]meas)?
                  |Go[ ]raibh[ ]maith[ ]agat|Agur[ ]bero[ ]bat|Ondo[ ]izan|Eskerrik[ ]asko|Saúdos|Un[ ]saúdo
                  |Grazas|Atentamente|Na[ ]gode|Wassalam|Mahadsanid|Hurmat[ ]bilan|Ҳурмат[ ]билан
                  |Jai[ ]Shri[ ]Krishna|Jai[ ]Shree[ ]Krishna|Jai[ ]Jinendra|Kwa[ ]heri|Kwaheri|Tutaonana  # (the
                                                    # coast's Gujarati families' and Swahili's: 'Jai Shri Krishna, Heena')
                  |Хүндэтгэсэн|Со[ ]почит|Благодарам|Баярлалаа
                  |З[ ]павагай|Дзякуй|Урматтоо[ ]менен|Рахмат|Бо[ ]эҳтиром|Ташаккур|Hormat[ ]bilen|Sag[ ]boluň
                  |Bi[ ]rêz|Bi[ ]silav|Gelek[ ]spas|Spas|Daalụ
                  |Weş[ ]bê|Berxudar[ ]bê|Xwedê[ ]ji[ ]te[ ]razî[ ]be|Spas[ ]ji[ ]bo[ ]bersivê|Zor[ ]spas|Sipas  # (Zazaki's
                  |Teşekkürler|Teşekkür[ ]ederim|Çok[ ]teşekkürler  # and Kurmanji's 'be well', 'God bless you', 'thanks
                                                    # for the answer', and Turkish's thanks: 'Weş bê, Nurhan Oral')
                  |Misaotra(?:[ ]betsaka)?|Veloma|Vinarliga
                  |Bestu[ ]kvøðjur|Góð[ ]kvøðja|Mat[ ]beschte[ ]Gréiss|Schéine[ ]Gruss|Villmools[ ]merci
                  |Ngiyabonga|Ozithobayo|Enkosi|Ndiyabulela|Fa'afetai|Soifua|Ngā[ ]mihi|Nga[ ]mihi|Nāku[ ]noa|Mauri[ ]ora
                  |Me[ ]ke[ ]aloha|Mahalo(?:[ ]nui(?:[ ]loa)?)?|A[ ]hui[ ]hou|Хөрмәт[ ]белән|Хөрмәт[ ]менән|Рәхмәт
                  # (Tatar's and Bashkir's in Latin letters, Tatar's 'many thanks in advance', Chuvash's thanks and
                  # regards, Russian's regards romanized: 'Xörmät belän, Güzäl Mingazova', 'Зур рәхмәт алдан ук!
                  # Ибрагимова Әлсу', 'S uvazheniem, A. Novikov')
                  |Xörmät[ ]belän|Hörmät[ ]belän|Hörmät[ ]menän|Zur[ ]räxmät(?:[ ]aldan[ ]uq)?|Räxmät
                  |Зур[ ]рәхмәт(?:[ ]алдан[ ]ук)?|Тавтапуҫ|Тавтапуç|Хисепе[ ]пе|Хисеппе|S[ ]uvazheniem|S[ ]uvazheniyem
                  |Spasibo(?:[ ]bolshoe)?|Zaranee[ ]spasibo|Blagodaryu
                  |धन्यवाद|शुक्रिया|ধন্যবাদ|С[ ]ув\.|С[ ]уваж\.|Заранее[ ]благодарю|Спасибо[ ]заранее|Сав[ ]?болугъуз|Савбол|Дела[ ]реза[ ]хуьлда
                  |Хьо[ ]веза|Баркал(?:ла)?,[ ](?:вош|вежарий|йиша|узи)  # (Russian's 'resp.' abbreviated, 'thanks in
                                                    # advance'; Avar's, Chechen's and Ingush's thanks, to a brother or a
                                                    # sister: 'С ув., Висаитов Асхаб', 'Баркал, вежарий\nFatima'; Hindi's,
                                                    # Assamese's and Bengali's thanks: 'धन्यवाद, Amit')
                  |Баркалла|Vinaka(?:[ ]vakalevu)?|Mālō[ ]ʻaupito|Malo[ ]aupito|ʻOfa[ ]atu|Ofa[ ]atu|Tenkyu(?:[ ]tru)?
                  |Lukim[ ]yu|Sulpayki|Añay|Aguyje(?:vete)?|Yuspajara|Jallalla|Mèsi(?:[ ]anpil)?|Respè|Avèk[ ]respè
                  |Trugarez|A[ -]galon|Kenavo|Mercés(?:[ ]h[èe]ra)?|Coralament|Amistats|Salutu|Saluti|Tankewol
                  |Mei[ ]freonlike[ ]groetnis|Groetnis|Groetsjes|Grazia[ ]fitg|Cordials[ ]salids|Salids|Murakoze(?:[ ]cyane)?
                  |Mugire[ ]amahoro|Maita[ ]basa|Ndatenda|Ndinotenda|Jërëjëf|Matondo|Melesi|Galatoomaa|Nagaan
                  |Ke[ ]a[ ]leboga|Ka[ ]tlotlo|Ke[ ]a[ ]leboha|Ka[ ]tlhompho
                  |Amike|Kore|Salutojn|Kun[ ](?:amikaj|koraj|plej[ ]bonaj)[ ]salutoj|Dankon|Le[ ]deagh[ ]dhùrachd
                  |Le[ ]dùrachd|Mòran[ ]taing|Tapadh[ ]leibh|Tapadh[ ]leat|Daghang[ ]salamat|Agyamanak(?:[ ]unay)?
                  |(?:Buorre[ ]|Ollu[ ]|Buoremus[ ]|Váimmolaš[ ])?[Dd]earvvuođat|Buriin[ ]sivaiguin|Giitu|Ollu[ ]giitu
                  |Inuulluarit|Inuulluaqqusillunga|Qujanaq
                  |אַ[ ]דאַנק|מיט[ ]גרוסן|Z[ ]postrowom|Z[ ]wutrobnym[ ]postrowom|Dźakuju|Źěkujom|Gratzias
                  |Тавах|Махтал|Бузныг|Иҭабуп|Urakoze(?:[ ]cane)?|A[ ]jaaraama|Jaaraama|Medaase|Akpe(?:[ ]kakaka)?
                  |Kommol(?:[ ]tata)?|Dev[ ]borem[ ]korum|ꯊꯥꯒꯠꯆꯔꯤ
                  |Бадӟым[ ]тау|Четтирдим|Obrigadu(?:[ ]barak)?|Ho[ ]respeitu|Matur[ ]nuwun|Maturnuwun|Hatur[ ]nuhun
                  |Nuhun|Masha[ ]danki|Danki|Graciis|Salûts|Dzãkùjã|Inkomu|Ndza[ ]khensa|Zikomo(?:[ ]kwambiri)?
                  |Natotela(?:[ ]sana)?|Webale(?:[ ]nnyo)?|Mwebale(?:[ ]nnyo)?|Nĩ[ ]ngatho|Ni[ ]ngatho|Ua[ ]tsaug(?:[ ]ntau)?
                  |Wado|ᏩᏙ|Ahéhee[ʼ'’]|Gura[ ]mie[ ]ayd|Gura[ ]mie[ ]eu|Meur[ ]ras|Haristo|Paļdis|Ar[ ]cīņu|Sulang
                  |Kom[ ]kmal[ ]mesulang
                  |Sağ[ ]oluñız|Saa[ ]olun|Passibo|Aitüma|Gracies|Un[ ]saludu|Grazias|Grazzie|Beste[ ]Gröten
                  |Leve[ ]Gröten|Gröten|Mony[ ]thanks|Yours[ ]aye|Suksma|Matur[ ]suksma|Om[ ]santih[ ]santih[ ]santih[ ]om
                  |Tarimo[ ]kasih|Teurimong[ ]gaseh|多謝|唔該晒|唔該|承蒙你|Ka[ ]lawm[ ](?:e|hle)|Khublei(?:[ ]shibun)?
                  |सुभाय्|Nifee[ ]deebiru|Dakal[ ]a[ ]salamat|Tlazoh?camati|(?:Jach[ ])?Dyos[ ]bo[ʼ'’]otik|Maltyoox
                  |Maltiox|Chaltu[ ]?may|M[aā]uruuru(?:[ ]roa)?|Ko[ ]rabwa|Ko[ ]bati[ ]n[ ]rabwa|Tank[ ]yu(?:[ ]tumas)?
                  |Tang?kyu(?:[ ]tumas)?|Tanemmirt(?:[ ]aṭas)?|ⵜⴰⵏⵎⵎⵉⵔⵜ|Erokamano(?:[ ]ahinya)?
                  |Аттьӧ|Сюкпря|Упсэу|Баркал|Чухсагъул|Grasie|Grassie|Mersì|Sakalangkong|Mauliate|Magsukul
                  |Dios[ ]mabalos|Damo[ ]nga[ ]salamat|Seremein|Miigwech|Miigwetch|Megwetch|Giga-waabamin
                  |Kinan[aâ]skomitin|Hiy[ ]hiy|[EÊ]kosi|Ni[aá]:?wen(?:[ ]k[oó]:?wa)?|Pilamaya(?:ye)?|Philámayaye
                  |Wopila|Mit[aá]kuye[ ]oy[aá]s[ʼ'’]i[nŋ]|Fakaaue(?:[ ]lahi)?|Meitaki(?:[ ]ma[aā]ta)?|Kia[ ]manuia
                  |Kinisou(?:[ ]chapur)?|Apwoyo(?:[ ]matek)?|I[ ]ni[ ]ce|A[ ]ni[ ]ce|Aw[ ]ni[ ]ce
                  |Qujannamii?k|ᖁᔭᓐᓇᒦᒃ|Nakurmiik|ᓇᑯᕐᒦᒃ|တၢ်ဘျုး(?:ဒိၣ်မး)?|Tanikiu(?:[ ]bada)?|Koutau(?:[ ]nui)?
                  |Kalahngan|Kulo(?:[ ]ma[ ]lulap)?|Tengkyu|Tingki(?:[ ]pali)?|Okuhepa(?:[ ]nene)?|N[iĩ][ ]?m[uũ]vea
                  |Ashe[ ]oleng|Wabeja(?:[ ]sana)?|Twasakidila|Wasakidila|Ntondele|Singila(?:[ ]mingi)?|Tangi[ ]unene
                  |Kala[ ]po[ ]nawa|Abaraka|T[eɛ]nki|Fakafetai(?:[ ]lasi)?
                  |Tuasakidila|Nasakidila|Th[aä]nku(?:[ ]diit)?  # (and Tshiluba's, Nuer's)
                  |Tanemmert|ⵜⵏⵎⵔⵜ|Tanmmirt|Ayyuz|ⴰⵢⵢⵓⵣ|Tubwa[ ]kor|Kam[ ]?magar|Tangg?io(?:[ ]tumas)?|Lukim[ ]iu
                  |Afoyo(?:[ ]matek)?|Eyalama(?:[ ]noi)?|Alakara|Awa[ʼ'’]?difo|Kongoi(?:[ ]mising)?|Ndaga[ ]fijo
                  |[NT][dw]apandula|Twasanta(?:[ ]mwane)?|Mersi(?:[ ]bou?kou)?|Marahaba
                  |Olomwaay|Tampi[ ]?asih|Kurre[ ]sumanga[ʼ'’]?|Tarima[ ]kasih|Sosongo|Tanmirt|Thanmirth|ⵜⴰⵏⵎⵉⵔⵜ
                  |M?[Ww]ebare(?:[ ]munonga)?|(?:Ni[ ])?[Ii]tumezi(?:[ ]hahulu)?|Yewo(?:[ ]chomene)?
                  |Melesi[ ]mingi|Ndapandula[ ]unene|Galatoomi
                  |Di[ou]s[ ]mamajes|Dios[ ]mavidin|Dios[ ]y[ ]mabbalo|Ndo[ ]livhuwa|Ri[ ]a[ ]livhuwa
                  |Mersi[ ]bonp[ée]|N(?:ou[ ]a|a)rtrouv
                  |Yupaychani|Kayakaman|Maty[öo]x|B[ʼ'’]?antiox|Kolaval(?:ik)?|Xquixe[ ]pe[ ]lii|Jamädi|Irake
                  |Pasonki|Gran[ ]?tangi|Saohag[öo]l[öo]|Ya[ʼ'’]?ahowu|Dangke(?:[ ]banyak)?|Makase[ ]banyak
                  |Mat[ée]tera(?:[ ]ba)?|Chiokoe[ ]utte[ʼ'’]?esia|Weebale(?:[ ]nnyo)?|Koxukhuru
                  |Salamat[ ](?:kaayo|gid)
                  |Thank[ ]you[ ]plenty|Thanks[ ]and[ ]God[ ]bless|God[ ]bless|Thanks[ ]my[ ]man|Abaraka[ ]bake
                  |T[eɛ]nki[ ]t[eɛ]nki|T[eɛ]nki[ ]o|Thanks[ ]o)  # (and West Africa's English, Krio's, Mandinka's; Gascon's
                                                    # 'Mercés hèra', Bislama's 'Tangkyu' above)
                (?:[ ]/[ ](?:Thanks|Regards|Kind[ ]regards|Best[ ]wishes|Thank[ ]you|Diolch|Cofion(?:[ ]cynnes)?
                  |Le[ ]meas))?  # (two languages', as Wales signs: 'Diolch / Thanks,\nIsla Radcliffe')
                                                    # ('... til søndag. Mvh Lars', 'Üdvözlettel:\nFerenc',
                                                    # Estonian, Latvian, Lithuanian, Slovenian, Croatian,
                                                    # Bulgarian, Ukrainian, Russian, Greek, Icelandic, Portuguese)
                (?:[,:!]|\.(?=[ \t]*\n|[ ]\p{{Lu}}\p{{Ll}}{{1,20}}(?:[ ]\p{{Lu}}\p{{Ll}}{{1,20}}){{0,2}}[ \t]*$)|[ ][-–—])?(?:<br[ ]?/?>)?[ \t]*\n?[ \t]*)  # ('Obrigado!\nJoão';
                                                    # a dash: 'Thanks - Laura'; an HTML post's break: 'Un saludo,<br/>\nIrene';
                                                    # a full stop before the line's end: 'Thanks.\nBuba', or before
                                                    # the name that ends the text: 'Terima kasih. Nur')
            (?!(?:Rahmat|Raxmat|Рахмат|Рахмет)[,!.])  # (a second thanks, no name: 'Katta rahmat!\nRahmat, Nilufar')
            (?:{_LONG_NAME}|\p{{Lu}}\.[ ]?(?:\p{{Lu}}\.[ ]?)?\p{{Lu}}[\p{{Ll}}\p{{M}}'’]{{2,30}}(?:-\p{{Lu}}[\p{{Ll}}\p{{M}}'’]{{2,30}})?)  # (or
                                                    # an initial and a family name: 'Spasibo, G. Akbulatova', 'Best
                                                    # regards,\nR. Safin')
            (?=[ \t]*(?:\n|$)|'[,)]|\t|<br[ ]?/?>|</p>  # the name ends the line, the text or a tab's cell (or a dump's
                                                    # string: '...Kounsikaan!\nJovilyn',NULL)
              |\.[ \t]*(?:\n|$)                    # (its full stop: 'С уважением, Хадижат Магомедова.')
              |![ \t]*(?:\n|$|'[,)]|\\r?\\n)        # (or its '!': 'Spas ji bo bersivê Hawre!', 'Berxudar bê Azad!')
              |(?<!['’]),[ ][\#+(\d\p{{Lu}}]|[ ]—[ ]|[ ][\-–][ ](?=[+(\d\p{{Lu}}])
              |[ ]\((?=[+\d]|\p{{Lu}}[\p{{L}}.]*[ ][\p{{L}}.]+[ ]\d))  # or the signature goes on on its
                                                    # line: an address, a number, a town ('Regards, Shivani
                                                    # Ramkissoon, #12 Eastern Main Road', 'Saludos, Yaritza Colón —
                                                    # Bayamón', 'Obrigado, Edson Macuácua Tembe - Beira', in
                                                    # brackets: 'Kadrinchey la, Tshering Dorji (Post Box 318, Paro)')
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "signature_dash",
            rf"""(?x)
            (?<=(?:(?:^|\n|[.!?…),"”'’»])[ \t]*|[ \t]{{2,}})(?:--|[-–—~])[ ]?|\d[ ]—[ ])  # '... retry. - Marcus', '..."
            (?<!(?:^|\n|[ ])\p{{Lu}}\.[ \t]*[-–—~][ ]?)  # (not after a name's initial: 'Hamza H. — Boumerdès', a town)
                                                    # - Ayn Rand' (a dash that signs: after a sentence or
                                                    # a quote, on a line of its own, or after markup a view
                                                    # blanked; 'Alpaca Scarf - Oatmeal' is a colour)
            (?<!(?:^|\n)[ \t]*[-–—•*][ ][^\n]{{1,120}}\n[ \t]*[-–—~][ ]?)  # not a list's item: the line before
            (?![^\n]*\n[ \t]*[-–—•*][ ])            # is one, or the next ('  - Cache\n  - Cookies': a scanner's
            {_NAME}                                 # list of a profile's folders)
            (?=[ \t]*(?:\n|$)|'[,)])                # the name ends the line or the text (or a dump's string:
            """,                                   # '...\n— Yazan', '2024-02-12 ...')
            _PLACE_SCORE,
        ),
        Pattern(
            "signature_dash_quoted",
            rf"""(?x)
            (?<=[ ][-–—][ ])                        # the same at a quoted message's end in a log's line
            {_NAME}                                 # ('Teslimat notu: "... ws tis 17:00 - Stelios"'; not a
            (?<=[.,!?;][^"\n]{{20,120}}[ ][-–—][ ][^"\n]{{1,64}})  # product's 'Alpaca Scarf - Oatmeal'), a
                                                    # sentence's mark some words before the dash (a lookbehind
                                                    # after the name: the prefilter leaves it out, where a leading
                                                    # one became an unbounded run, slow over an access log's ' - ')
            (?="[ \t]*(?:\n|$|[,}}\]]))
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "signed_text_message",
            r"""(?x)
            (?<=[.!?][ ])                          # a text message that ends with its sender's full name after its
            (?=\p{Lu}\p{Ll}+[ ]\p{Lu}\p{Ll}+"[ \t]*(?:\n|$|[,}\]]))  # last sentence, in an SMS gateway's log
            (?!(?:Build|Account|Best|Kind|Warm|Many|Thank|Thanks|Payment|Order|Message|Status|Update|Request|Service
                |System|Test|Job|Task|Have|See|Call|Please|Good|Happy|Merry|All|Your|My|Our|The|This|New|Next|Last
                |Contact|Customer|Support|Team|Reply|Click|Visit|Dear|Hello|Regards|Sincerely|Cheers|Welcome|Download
                |Check|Read|Done|Error|Warning|Stay|Safe|God|Bless|Take|Care|Yours|Love|Kindest|Thank)[ ])  # (not a
                                                    # sign-off's or a status's words: 'OK. Best Regards', 'Done. Build
                                                    # Succeeded')
            \p{Lu}[\p{Ll}\p{M}'’\-]{1,30}[ ]
            (?!(?:Regards|Updated|Succeeded|Failed|Completed|Received|Sent|Team|Support|Service|Center|Centre|Bank
                |Store|Shop|Limited|Ltd|Inc|Group|Office|Desk|Care|Day|Week|Now|Soon|Again|Today|Tomorrow)")
            \p{Lu}[\p{Ll}\p{M}'’\-]{1,30}  # ('text="Hi, I moved to Ban Phonxay. Please
            (?<=\b(?i:text|body|message|msg|sms|content)="[^"\n]{10,600})  # send the loan officer there. Souksavanh
                                                    # Phommachanh"'); the message's key after the name, where the
                                                    # prefilter leaves it out
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "name_before_reply_attribution",
            r"""(?x)
            (?<=(?:\n|\\n)[ \t]*(?:\n|\\n))      # a name alone on its line after a blank one (real or escaped, as a
            \p{Lu}[\p{Ll}\p{M}'’\-]{1,20}(?:[ ]\p{Lu}[\p{Ll}\p{M}'’\-]{1,20})?  # SQL dump keeps a mail), right
            (?=[ \t]*(?:\n|\\n)[ \t]*(?:\n|\\n)?[ \t]*  # before the quoted mail's attribution: the reply's signature
              (?:On|El|Le|Em|Am|Op)[ ][^\n\\]{6,120}?(?:wrote|escribió|a[ ]écrit|escreveu|schrieb|schreef):)
            """,  # ('Gracias, quedo pendiente.\n\nYamil\n\nOn Sun, Mar 10, 2024 at 11:02 PM Ant <...> wrote:')
            _PLACE_SCORE,
        ),
        Pattern(
            "sign_off_more_languages",              # (as sign_off, of _MORE_SIGN_OFFS)
            rf"""(?x)
            (?<=(?:(?:^|\n)[ \t]*|[.!?][ ])
                {_MORE_SIGN_OFFS}
                (?:[,:!]|\.(?=[ \t]*\n)|[ ][-–—]{{1,2}})?(?:<br[ ]?/?>)?[ \t]*\n?[ \t]*)  # (a full stop before its line's
                                                    # end: 'Jumpa lagi.'; an HTML post's break: 'Grazas,<br/>\nXosé';
                                                    # a signature's two dashes: 'Shukran -- Reem')
            (?!(?:Parimat|Kiitos|Aitäh|Ačiū|Paldies|Terveisin|Lugupidamisega|Pagarbiai|Merci)\b)  # (a second sign-off:
                                                    # 'Aitäh! Parimat, Indrek')
            {_LONG_NAME}
            (?=[ \t]*(?:\n|$)|'[,)]|\t|<br[ ]?/?>|</p>|(?<!['’]),[ ][\#+(\d\p{{Lu}}]|[ ][—–][ ]|[ ]\(\p{{Lu}}\p{{Ll}}+\)[ \t]*(?:\n|$)
               |[ ]\((?=[+\d]|\p{{Lu}}[\p{{L}}.]*[ ][\p{{L}}.]+[ ]\d)  # (an address in brackets: '(Post Box 318, Paro)')
               |"(?=[\s,;}}\]]|$)
               |[ ](?:apu|apa|bhai|vai|bhaiya|akka|anna|thambi|aiya|akki|malli|didi|dada)[ \t]*(?:\n|$))  # (Bengali's,
                                                    # Tamil's and Sinhala's sister, brother after the name: 'Dhonnobad,
                                                    # Sumaiya apu', 'Nandri, Kajan anna')
            """,  # (a town after the name: 'Khadar Ismaaciil – Bosaso', 'Dace Kalniņa (Daugavpils)'; the quote
                  # that ends a message a log line quotes: 'lang=et: "Tere! ... Parimat, Indrek"')
            _PLACE_SCORE,
        ),
        Pattern(
            "sign_off_firm",                        # a text message's sign-off on its one line, the name
            rf"""(?x)                               # before its firm's letters: 'Merci de votre confiance.
            (?<=,[ ])                               # (cheap guard first)
            (?<=(?:^|[.!?][ ])(?:Cordialement|Merci|Regards|Thanks|Cheers)[,][ ])  # Cordialement, Tani Lompo (PLS)'
            {_LONG_NAME}
            (?=[ ]\((?-i:[A-Z]{{2,6}})\)[ \t]*(?:\n|$))
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "chez_name",
            r"""(?x)
            (?<=[zZ][ ])                            # cheap guard first
            (?<=\b(?i:chez)[ ])                      # French's 'at (the home of)' before a name written as a
                                                    # register writes it, the family's in capitals ('Intervention
                                                    # terminee chez KÉRÉ Maïmouna a Ouahigouya', 'chez Awa
                                                    # TRAORÉ'); a firm's name is one word ('chez Orange', 'chez
                                                    # SONABEL') or none of these shapes ('chez MTN Ghana': no vowel)
            (?:(?=\p{Lu}*[AEIOUYÀ-ÖØ-Ý])\p{Lu}[\p{Lu}\p{M}'’\-]{2,}[ ]\p{Lu}[\p{Ll}\p{M}'’\-]+
              |\p{Lu}[\p{Ll}\p{M}'’\-]+[ ](?=\p{Lu}*[AEIOUYÀ-ÖØ-Ý])\p{Lu}[\p{Lu}\p{M}'’\-]{2,})
            (?=[ ](?:à|a|au|de|du|pour|le|qui|depuis|hier|et|avec)\b|[,.;:!?)]|\s*$)
            """,
            0.85,
        ),
        Pattern(
            "name_statement",
            rf"""(?x)
            (?<=
              (?:(?:^|(?<=\n)|(?<=\|)|(?<=(?i:form):)|(?<=;[ ]))[ \t>*]*(?i:(?:full[ ]|first[ ]|last[ ])?name  # a 'Name:'
                  |recipient|receiver|contact(?:[ ]person)?  # label starts its line, or a form's ('Attn:' is a
                  |client|cliente|kliyan|customer|abonn[ée]|titulaire  # (a case's customer, markdown's bold around
                                                    # it: '**Kliyan :** Jean-Ronald Saint-Fleur', '**Client :** Mme ...')
                  |penerima|nama(?:[ ](?:lengkap|penuh))?|nombre(?:[ ]completo)?|pangalan|tatanggap|jina|mpokeaji|emri|enw|ontvanger  # field ('Pre-chat
                  |kontaktperson|destinatari|marrësi|solicitante|requerente|demandeur|requester
                  |personne[ ][àa][ ]pr[ée]venir|contact[ ]d['’]urgence|emergency[ ]contact  # (an emergency contact's,
                                                    # a booking's form's answer after a ';': '...; Personne à prévenir:
                                                    # Ibrahim Madi - 0639886193')
                  |контакт|контактное[ ]лицо|получатель|фио|клиент|kontakt|kontakt[ ]osoba|primalac|primatelj|kupac|klijent|klienti  # (Russian's,
                                                    # the South Slavic languages' and Albanian's contact, recipient,
                                                    # customer: 'Контакт: Бакыт Мамбетов, тел. ...')
                  |аты-жөнү|аты-жөні|ному[ ]насаб|ном[ ]ва[ ]насаб|ady[ ]familiýasy|familiýasy[ ]ady|ady  # (Kyrgyz's,
                  |овог[ ]нэр|нэр|ism[ ]familiya|f\.?i\.?sh\.?|ф\.?и\.?ш\.?  # Kazakh's, Tajik's, Turkmen's, Mongolian's
                  |amazina|izina|naam|klant|n[òo]mber|sender|exp[ée]diteur  # (Kinyarwanda's and Kirundi's names,
                                                    # name; Dutch's and Papiamentu's name, customer; a parcel's
                                                    # sender: 'Amazina: Uwimana Claudine', 'Sender: Tabi Egbe Mary')
                                                    # and Uzbek's full name: 'Аты-жөнү: Бакыт Сыдыков', 'Ady: Aýna
                                                    # Orazowa', 'Овог нэр: Ганбаатар Болормаа')
                  |ime[ ]i[ ]prezime|име[ ]и[ ]презиме|emri[ ]dhe[ ]mbiemri|ονοματεπώνυμο|onomateponymo
                  |onomateponimo|ad[ ]soyad|adı[ ]soyadı|ad[ ]soyadı  # (and their full name's: 'Ime i prezime:
                                                    # Ivana Horvat', 'Ονοματεπώνυμο: ...', Turkish's 'Adı Soyadı:')
                  |propietario|propietaria|propriet[aá]rio|propriétaire|owner
                  |anarana(?:[ ]feno)?|nom(?:[ ]complet|[ ]et[ ]pr[ée]noms?)?|nombres(?:[ ]y[ ]apellidos)?|apellidos[ ]y[ ]nombres  # (Malagasy's
                                                    # name, full name: 'Anarana: Razafimahefa Ny Aina'; French's and
                                                    # Spanish's 'Nom :', 'Nombres y apellidos:')
                  |name[ ]on[ ]card|card[ ]?holder|holder|account[ ]holder|staff
                  |vlasnik|vlasnica|власник|власничка|mbajtësi|mbajtesi|kart[ ]sahibi|κάτοχος|nositelj  # (the South Slavic
                                                    # languages', Albanian's, Turkish's and Greek's owner, card holder:
                                                    # 'Vlasnik: IVANA MARIĆ', 'Mbajtësi: DRITA SHALA')
                  |(?:att|attn)(?=[ \t]*:[ \t]*(?-i:(?:(?:Dr|Mr|Mrs|Ms|Sr|Sra|Srta)\.?[ ])?\p{{Lu}}[\p{{Ll}}\p{{M}}]+[ ]\p{{Lu}})))[ \t]*:(?:\*\*)?  # form: Name: Ana | E-mail: ...'); a recipient or a contact
                                                    # person, in other languages too ('Penerima: Fajar Halim / 0811...');
                                                    # 'Attn:' a department's as often ('Attn: Receiving'), a person's
                                                    # of two names in Spanish-speaking America's letters ('Att:
                                                    # Juliana Restrepo'; a firm's desk of two words is the engine's
                                                    # to drop: 'Att: Recursos Humanos')
               |(?<![\w])(?i:my|his|her|their|your|maiden|first|last|full|middle|family|real|mi|meh)
                [ ](?i:name)(?:[ ](?:is|was)|['’]s|[ ]?[:?])  # 'My name is', 'her maiden name is', 'last name?' (the Caribbean's 'meh name is')
               |(?<![\w])(?i:mi[ ]nombre[ ]es|me[ ]llamo|mi[ ]chiamo|il[ ]mio[ ]nome[ ][eè]|em[ ]dic|el[ ]meu[ ]nom[ ][eé]s
                  # (Sicilian's, Corsican's and Sardinian's 'I am called': 'Mi chiamu Totò Caruso', 'Mi chjamu Paulu
                  # Santu Filippi', 'Mi naro Bachisio Sanna'; Tatar's, Bashkir's and Chuvash's 'my name (is)', in
                  # Cyrillic and in Latin letters: 'Минем исемем Айдар', 'Исемем Рамиль', 'Минең исемем Азат', 'ятăм
                  # Николай', 'Isemem Alsu'; Sesotho's and siSwati's: 'Lebitso la ka ke Lerato', 'Libito lami ngingu
                  # Sipho')
                  |mi[ ]chiamu|mi[ ]chjamu|mi[ ]naro|mi[ ]nant
                  |(?:минем[ ]|минең[ ]|minem[ ])?(?:исемем|isemem|isemim)|(?:манăн[ ]|манӑн[ ])?(?:ятăм|ятӑм|ятам)
                  |lebitso[ ]la[ ]ka[ ](?:ke|ke[ ]nna)|libito[ ]lami[ ](?:ngingu|ngu|ngi)
                  |ch[aá]mome|o[ ]meu[ ]nome[ ][eé]|nire[ ]izena(?:[ ]da)?  # (Italian's, Catalan's, Galician's, Basque's)
                  |che[ ]r[eé]ra(?:[ ]ha['’]e)?|meu[ ]nome[ ]é|me[ ]chamo|je[ ]m['’]appelle|mon[ ]nom[ ]est
                  |mein[ ]Name[ ]ist|ich[ ]heiße|nama[ ]saya  # and in Spanish, Portuguese, French, German,
                                                    # Indonesian ('me llamo Xiomara Cholotío de Tecpán')
                  |chamo-me|mo[ ]apel|mon[ ]apel|mi[ ]ap[eè]l|mo[ ]nom[ ]se|ny[ ]anarako(?:[ ]dia)?|izaho[ ]dia  # Portuguese's
                  |mwen[ ]rele|m[ ]rele|non[ ](?:mwen|m)[ ]se|je[ ]me[ ]nomme|nkombo[ ]na[ ]ngai(?:[ ]ezali)?
                  |maa?[ ]ngi[ ]tudd|dama[ ]tudd  # (Haitian Kreyòl's 'Mwen rele Wideline Saint-Fleur', 'non m se';
                  |ismi|esmi|esmy|esmee|ismy|smiti|smyti|smiya[ ]dyali|ismee|sime|shimey|shimay  # Darija's, Arabic's, Amharic's,
                  |magacaygu(?:[ ]waa)?|magacayga[ ]waa|waxaan[ ]ahay  # Tigrinya's and Somali's 'my name (is)';
                  |minu[ ]nimi[ ]on|mu[ ]nimi[ ]on|mani[ ]sauc|mans[ ]vārds[ ]ir|mano[ ]vardas(?:[ ]yra)?  # Estonian's,
                  |nimeni[ ]on                      # Latvian's, Lithuanian's and Finnish's
                  |benim[ ]adım|(?-i:Adım)|ismim|(?-i:ben)(?=(?:[ ]\p{{Lu}}[\p{{Ll}}\p{{M}}]+){{1,2}},)|معك|معكم  # (Turkish's 'I (am)' before
                                                    # a name and a comma, Arabic's 'with you is': 'Merhaba Şiyar, ben
                                                    # Karwan, ...', 'معك Karwan من ...')
                  |ονομάζομαι|με[ ]λένε|nazywam[ ]się|mam[ ]na[ ]imię|jmenuj[ie][ ]se
                  |(?:moje|mé)[ ]jméno[ ]je|volám[ ]sa|menujem[ ]sa|moje[ ]meno[ ]je|a[ ]nevem  # Turkish's ('Adım
                                                    # Yasemin Koç'; 'adım' in lower case is a step too), Greek's,
                                                    # Polish's, Czech's, Slovak's and Hungarian's
                  |меня[ ]зовут|мене[ ]зв(?:ати|уть)|mene[ ]zv(?:aty|ut)|(?:jag|jeg|eg)[ ](?:heter|hedder|heiter)  # (Ukrainian's;
                  |мяне[ ]завуць|menya[ ]zovut|mi?anie[ ]zavu(?:ć|c|ts)  # (Belarusian's, and Russian's and Belarusian's
                                                    # in Latin letters: 'Вітаю, мяне завуць Алесь Карповіч', 'menya zovut
                                                    # Dmitry Sokolov')
                  |mitt[ ]namn[ ]är|mit[ ]navn[ ]er|mitt[ ]navn[ ]er|my[ ]naam[ ]is|igama[ ]lami[ ]ngu|igama[ ]lam[ ]ngu  # Swedish's,
                                                    # Danish's and Norwegian's 'jeg heter Kari Nordmann', Afrikaans',
                                                    # isiZulu's and isiXhosa's 'my name is')
                  |zovem[ ]se|зовем[ ]се|се[ ]викам|quhem|emri[ ]im[ ](?:është|eshte)  # Russian's,
                  |mening[ ]ismim|menin[ ]atym|менің[ ]атым|менин[ ]атым|номи[ ]ман|meniň[ ]adym|adym  # the South Slavic
                  |(?:se[ ])?predstavlja[ ](?:se[ ])?kao|zove[ ]se|se[ ]zove|pod[ ]imenom|по[ ]имени|се[ ]претставува[ ]како)
                  |(?<![\w])(?i:mənim[ ]adım|chemi[ ]sa(?:x|kh|h)eli(?:[ ]aris|a)?|im[ ]anun[ye][ ]?|esmam|esme[ ]man|esm-e[ ]man  # Azerbaijani's,
                    |nam-e[ ]man|zma[ ]num|zita[ ]rangu[ ]ndi|zina[ ]rangu[ ]ndi|dzina[ ]langa[ ]ndi(?:ne)?  # Georgian's,
                    |ishina[ ]lyandi[ ]ni|leina[ ]la[ ]me[ ]ke|ibizo[ ]lami[ ]ngu  # Armenian's, Persian's and Pashto's
                    |ég[ ]heiti|eg[ ]eiti|mi[ ]nem[ ](?:na|den)|nga[ ]gi[ ]ming(?:[ ]di)?|minii[ ]ner(?:[ ]bol)?|namaig
                    |o[ ]yau[ ]o|na[ ]yacaqu[ ]o|o[ ]lo[ʻ'’]?u[ ]igoa[ ][ʻ'’]?o|o[ ]a[ʻ'’]?u[ ]o|ko[ ]hoku[ ]hingoa[ ]ko
                    |nem[ ]b(?:i)?long[ ]mi(?:[ ](?:em|hem|i))?|(?-i:[Aa]rau)|nav[êe][ ]min|naw(?:i|î)?[ ]min|nawm|nawim
                    |name(?:y|yê|ê)[ ](?:mı|mi|min)  # (Zazaki's: 'Namey mı Memed Kılıç o')
                    |atira|atiga|niminikashin|nitishinikashin|atqa
                    |amar[ ]naa?m|mer[ai]a?[ ]naa?m|mera[ ]name|сан[ ]ц[Ӏӏ1Il]е|са[ ]ц[Ӏӏ1Il]и|дир[ ]ц[Ӏӏ1Il]ар|зи[ ]т[Ӏӏ1Il]вар|мени[ ]атым|mo(?:i|r)[ ]naa?m|moi[ ]laga[ ]naa?m|mhojem?[ ]na(?:nv|v)|anga['’]?ni[ ]bimung|nga[ ]long[ ](?:u|ka)|mage[ ]nama|نام[ ]من|اسم[ ]من|زما[ ]نوم|میرا[ ]نام|en[ ]peyar|enathu[ ]peyar|ennoda[ ]peyar|aharen[ ]?ge[ ](?:namakee|nan)
                    |ñuqaq[ ]sutiymi|ñuqapa[ ]sutiyqa|sutiymi|nayan[ ]sutixax(?:a)?|sutixaxa|sutijaxa
                    |ñuka[ ]shutika|ñukapak[ ]shutika|shutika|kayka|kayqa|mon[ ]nom[ ]c['’]est|a[ ]nombre[ ]de|на[ ]имя|получател[ья]|спросить|(?:regalo[ ]para|regalo[ ]per|presente[ ]para|cadeau[ ]pour|geschenk[ ]für)(?![ ](?:Navidad|Natale|Natal|Noël
                      |Weihnachten|Reyes|Pascua|Pasqua|Páscoa|Pâques|Ostern|D[ií]a|Festa|Fête|San[ ]Valent[ií]n))
                    |(?:мой|моя)[ ](?:брат|сестра|сын|дочь|муж|жена|отец|мать|мама|папа|дядя|тётя|тетя|племянник)
                    |ha['’]?u?[ \-]nia[ ]naran(?:[ ]mak)?|[iï]r[iï][ ]t[iî][ ]mb[iï][ ]a?yeke|mb[iï][ ]yeke  # (Tetum's and
                                                    # Sango's: 'Hau-nia naran Maria Ximenes', 'Iri ti mbi ayeke
                                                    # Yakité', 'Mbi yeke Léa Yangongo, mbi yeke na Bangui': I am)
                    |sunana|aha[ ]m[ ]b[uụ]|or[uú]k[oọ][ ]mi[ ]ni|my[ ]name[ ]na
                    |ako[ ](?:po[ ])?si|(?:ang[ ])?pangalan[ ]ko[ ](?:po[ ])?(?:ay|ay[ ]si|si)|i[ ]na['’]?[åa]n-?hu[ ](?:si|i)
                    |na['’]?[åa]n-?hu[ ]si|iteiti|itei[ ]iei|adai(?=[ ]\p{{Lu}})|j['’]ai[ ]nom|man[ ]nom[ ]ch['’]est
                    |mu[ ]namma[ ]lea|mu[ ]namma[ ]lii|mu[ ]nama[ ]lea|ma[ ]anv[ ](?:a[ ])?zo|myn[ ]namme[ ]is|ik[ ]hjit
                    |fy[ ]enw[ ](?:i[ ])?(?:yw|ydy|ydi)|ow[ ]hanow[ ](?:yw|yw['’]?)  # (Welsh's and Cornish's 'my name
                                                    # is': 'Fy enw i yw Llinos Roberts', 'Ow hanow yw Jago Penhaligon')
                                                    # (Northern and Inari Sami's, Breton's and Frisian's 'my name is':
                                                    # 'Mu namma lea Máret Ánne Sara', 'Ma anv zo Maïwenn Le Floc'h',
                                                    # 'Myn namme is Sytske Hoekstra', 'Ik hjit Jelle Wiersma')
                                                    # (Tagalog's 'I am', the Marianas' Filipinos write it: 'Ako si Jose
                                                    # Dela Cruz'; Chamorro's, Chuukese's and Pohnpeian's 'my name (is)':
                                                    # 'I na'an-hu si Rosa Aguon', 'Iteiti Kinisou Aisek', 'Adai Lorin
                                                    # Panuelo'; Jèrriais': 'J'ai nom Philippe Renouf')
                    |nha[ ]nom[ie][ ](?:[ée]|ê|i)|nomi[ ]mu[ ](?:s[áa]|[ée])|n[ ]ta[ ](?:tch|tx|ch)oma  # (Cape Verdean's,
                                                    # Guinea-Bissau Kriol's and Forro's: 'Nha nomi é Djarai Tavares',
                                                    # 'Nha nomi i Braima Baldé', 'Nomi mu sá Nilza Trovoada'; Belize
                    |mi[ ]naym[ ](?:da|iz|a)|m[ei][ ]name(?:[ ](?:is|da))?  # Kriol's, Guyanese Creole's and Crucian's:
                                                    # 'Mi naym da Kenrick Flowers', 'Me name Delroy Hendricks')
                    |(?:ma|my|mi)[ ]nem[ ]na|ma[ ]name[ ]na|mi[ ]n[òo]mber[ ]ta|mi[ ]nen[ ](?:na|den)  # (Cameroon's
                    |nitwa|naitwa|ninitwa|ninaitwa|jina[ ]langu[ ]ni|mimi[ ]ni(?![ ](?:M(?:kenya|tanzania|zanzibari|pemba|ganda|hindi|somali|zungu|arabu|omani|swahili)|Mwarabu)\b)|izina[ ]ryanjye[ ]ni|amazina[ ]yanjye[ ]ni
                                                    # Pidgin's, Papiamentu's and Sranan's 'my name is'; Kinyarwanda's,
                                                    # Kirundi's and Swahili's: 'ma name na Ngwa Emmanuel', 'mi nomber
                                                    # ta Rignald Rosaria', 'mi nen na Ramon Sabajo', 'nitwa Eric
                                                    # Ndikumana', 'naitwa Grace Mukamana')
                    |m[ăa][ ]numesc|numele[ ]meu[ ](?:este|e)|m[ăa][ ]cheam[ăa]|казвам[ ]се|kazvam[ ]se  # (Romanian's,
                    |името[ ]ми[ ]е|imeto[ ]mi[ ]e  # Bulgarian's; Burmese's, Khmer's and Lao's romanized:
                    |kya[ ]?naw[ ]nan[ ]?mae|kya[ ]?ma[ ]nan[ ]?mae|kh?nhom[ ]ch?hmu?o(?:s|h)|kh?nh?om[ ]chmous  # 'mă numesc
                    |kh(?:o|a|ano|an)[iy][ ](?:sue|seu|xue|xeu))  # Andreea Popescu', 'kazvam se Dimitar Georgiev',
                                                    # 'kyanaw nanmae Zaw Min Htut par', 'knhom chhmuos Chan Sophea',
                                                    # 'khoy sue Bounmy Sihalath')  # (Hausa's, Igbo's, Yoruba's, Nigerian Pidgin's)
                                                    # Bengali's, Urdu's and Hindi's ('mera naam Ayesha
                                                    # Siddiqui hai'); Assamese's, Nagamese's, Konkani's and Garo's
                                                    # 'my name', Khasi's 'I am' ('Moi nam Pranjal Gogoi', 'Moi laga
                                                    # naam Vikho', 'Mhojem nanv Savio', 'Nga long u Banshan');
                                                    # Chechen's, Ingush's, Avar's, Lezgin's and Kumyk's ('Сан цӀе
                                                    # Ахмед ю', 'Дир цӀар Патимат буго', 'Мени атым Аслан'), Sinhala's, Tamil's and Dhivehi's, romanized
                                                    # ('amar nam Shafiqul Alam', 'mage nama Kasun Jayasuriya', 'en
                                                    # peyar Tharshini Rajendran'); Quechua's, Aymara's and Kichwa's
                                                    # ('ñuqaq sutiymi Rosa Huamán', 'nayan sutixax Juan Mamani', 'ñuka
                                                    # shutika Luis Maldonado', and 'this is': 'kayka Segundo
                                                    # Cachiguango'); French's said ('mon nom c'est ...'),
                                                    # Spanish's 'in the name of' ('DNI 45678912 a nombre de Pedro ...'),
                                                    # Russian's ('Договор на имя Islam Ismailov', its recipient, 'ask
                                                    # for': 'получатель Burak Ö.', 'спросить Амина'; a kin's: 'Мой брат
                                                    # Ilmutdin Daudov тоже сдавал'); a gift's for whom in an order's
                                                    # line: 'Sombrero de jipi x1 – regalo para Heriberto')
                                                    # romanized, Shona's, Chichewa's, Bemba's, Setswana's and Ndebele's
                                                    # 'my name is' ('mənim adım Elvin Məmmədov', 'esmam Reza Moradi');
                                                    # Fijian's, Samoan's, Tongan's, Tok Pisin's and Bislama's,
                                                    # Gilbertese's, Kurdish's (Kurmanji, Sorani), Inuktitut's, Innu's
                                                    # and Yup'ik's ('o yau o Mereoni Tuilau', 'ko hoku hingoa ko Sione
                                                    # Fifita', 'nem bilong mi Peter Kaupa', 'navê min Berfîn Şêxmûs e');
                                                    # Icelandic's, Faroese's, Krio's, Dzongkha's and Mongolian's,
                                                    # romanized ('ég heiti Jón Guðmundsson og ...', 'mi nem na
                                                    # Fatmata Sesay', 'nga gi ming Karma Wangchuk in')
                                                    # languages', Macedonian's, Albanian's, Uzbek's, Kazakh's,
                                                    # Kyrgyz's, Tajik's and Turkmen's 'my name is' ('Меня зовут Нурлан
                                                    # Абенов', 'Номи ман Фирӯза Раҳимова аст', 'Adym Merdan Berdiýew');
                                                    # 'introduces himself as', 'is called', 'under the name' ('lik
                                                    # koji se predstavlja kao Goran Kovač')
                                                    # Lingala's 'nkombo na ngai ezali', Wolof's 'maa ngi tudd')
                                                    # 'chamo-me', Mauritian and Seychellois Kreol's 'Mo apel Priya
                                                    # Ramgoolam', Réunion's 'Mi apèl Marie-Claude Payet', Malagasy's
                                                    # 'Izaho dia Rakoto Andry'
               |(?<![\w])(?i:je[ ]suis|moi[ ]c['’]est|soy|sou|sono|s[oó]c(?:[ ](?:en|na))?|son|(?-i:I)[ ]is|mwen[ ]se|mwen[ ]s[ée]|an[ ]s[ée]|ngai|ngayi
                  |aš[ ]esu|mina[ ]olen|minä[ ]olen|(?-i:ana|ene|olen)|(?<=(?i:moi|hei|terve|huomenta)[!,.]?[ ])(?-i:Olen)
                  |ik[ ]bin|mun[ ]lean|mon[ ]lean|mun[ ]lam|ta[ ]mee|me[ ]eo  # (Frisian's, Northern and Inari Sami's,
                  |is[ ]mise|['’]s[ ]mise|ah['’]m  # (Scottish Gaelic's and Scots' 'I am': 'Is mise Iain MacLeòid',
                                                    # 'Ah'm Fiona Flett'; Uyghur's after a greeting: 'Salam, men
                                                    # Abdurehim Tursun')
                  |(?<=(?i:salam|assalam|assalamu[ ]eleykum|essalam|yaxshimusiz|yaxshimu)[!,.]?[ ])(?-i:[Mm]en)
                                                    # Manx's and Breton's 'I am': 'Ik bin Jelle Wiersma', 'Mun lean
                                                    # Ánde Somby', 'ta mee Illiam Quayle'; Finnish's after a greeting:
                                                    # 'Moi! Olen Heikki Sarre')
                  |(?-i:[Сс]о)(?=(?:[ ]\p{{Lu}}[\p{{Ll}}\p{{M}}]+){{1,2}}[ ](?:ву|ю|йу|ва)(?![\p{{L}}]))|ja[ ]sam|ја[ ]сам|јас[ ]сум|unë[ ]jam|une[ ]jam|me[ ]var|mən|(?-i:jam|мен|[Мм]ан|[Яя]|ndini|ndine|[Uu]anga|(?<=(?i:dumela|dumelang|lumela)[,!]?[ ])ke)
                  |kh?nh?om|khoy|khoi|khony|(?-i:som|sem|jien|jiena))(?:[ ](?-i:o|a))?  # (and Slovak's, Slovene's and
                                                    # Maltese's 'I am': 'som Zuzana Horváthová z ...', 'jien Ġorġ Borg minn ...')  # (Khmer's and Lao's 'I' romanized: 'khnhom Sok Dara sum ...',
                                                    # 'Sabaidee, khoy Thongsy Luangrath phone mai: ...'; and the South Slavic
                                                    # languages', Macedonian's and Albanian's: 'ja sam Marko Petrović'; Uzbek's and Tajik's 'мен',
                                                    # Russian's 'я' before a full name: 'Я Ольга Ким'; Chechen's 'со' before a name and 'ву' or 'ю' (I am:
                                                    # 'Со Ахмед Кадыров ву'); Georgian's 'me var',
                                                    # Azerbaijani's 'mən', Shona's and Chichewa's 'ndini', 'ndine',
                                                    # Setswana's 'ke' after its greeting: 'Dumela, ke Kagiso Molefe')  # (Portuguese's article: 'sou o Domingos'; Kreyòl's and Lingala's 'I am';
                                                    # Darija's and Sudanese Arabic's 'ana', Amharic's 'ene', Lithuanian's
                                                    # and Finnish's, in lower case: 'Ana' is a first name)
                (?=[ \t]+\p{{Lu}}[\p{{Ll}}\p{{M}}'’\-]+(?:-\p{{Lu}}[\p{{Ll}}\p{{M}}'’]+)?[ ]\p{{Lu}}[\p{{Ll}}\p{{M}}])  # French's
                                                    # 'I am' before two capitalized words ('je suis Awa Traoré de
                                                    # Bobo'), not before one ('je suis Burkinabè', 'je suis Dispo');
                                                    # Spanish's and Portuguese's too ('soy Facundo Bianchi'),
                                                    # Bajan's 'I is Carlisle Marshall'
               |(?<![\w])(?i:sou|mi[ ][eé])(?=[ ]\p{{Lu}}[\p{{Ll}}\p{{M}}'’\-]+[ ](?:da|do|de|di)[ ](?:reserva|quarto|casa
                  |empresa|loja|turma|equipa|equipe|escola|igreja|farm[áa]cia)\b)  # (Portuguese's and Cape Verdean's
                                                    # 'I am' before a given name alone and whose it is: 'Ola, sou
                                                    # Edson da reserva BK594849', 'sou Rita do quarto 12')
               |(?<![\w])(?i:mi[ ][eé])(?=[ ]\p{{Lu}}\p{{Ll}}+(?:[ ]\p{{Lu}}\p{{Ll}}+)?[,.!])  # (Cape Verdean's 'I am' before
                                                    # a name and a pause: 'Modi ki bu sta? Mi e Aristides, N ta txiga')
               |(?<![\w])(?-i:man|yes|es)(?=[ ]\p{{Lu}}\p{{Ll}}+(?:[ ]\p{{Lu}}\p{{Ll}}+){{1,2}}[ ](?:hastam|hastan|em)\b)  # Persian's
                                                    # and Armenian's 'I am ... (am)' romanized: 'man Mohammad Rezaei hastam',
                                                    # 'yes Armen Hakobyan em'
               |(?<=(?:^|["'\s])(?:Hi|Hello|Hey|Salam|Salaam|Marhaba|Bonjour|Привет|Здравствуйте|Салем|Салам|Сәлем|Zdravo
                  |Ćao|Здраво)[,!]?[ ])(?:this[ ]is|это|ovo[ ]je|ово[ ]је)  # (a greeting's 'this
                 (?=[ ]\p{{Lu}}\p{{Ll}}{{2,}}(?:[ ]\p{{Lu}}\p{{Ll}}{{2,}}){{0,2}}[.,!][ ])  # is', a first name alone or a
                                                    # full one: 'Hi, this is Fahad. Please ...', 'Hello, this is Yim
                                                    # Sothea, my new number is ...',
                                                    # Russian's 'Привет, это Арман. Можно ...')
               |(?<![\w])(?:(?i:this[ ]is|it['’]s|aqu[ií]|ac[aá]|les[ ]escribe|les[ ]saluda|te[ ]escribe|c['’]est|ici|se)
                  |(?-i:ana)|(?i:είμαι[ ][οη]|eimai[ ][oi]))  # (and Arabic's 'I (am)' in Latin letters, a given name
                                                    # before 'from': 'ana Tala mn Irbid'; Greek's 'I am the': 'Είμαι ο
                                                    # Νίκος από Λάρνακα')
                 (?=[ \t]+\p{{Lu}}[\p{{Ll}}\p{{M}}'’\-]+(?:-\p{{Lu}}[\p{{Ll}}\p{{M}}'’]+)?
                 (?:(?:[ ]\p{{Lu}}[\p{{Ll}}\p{{M}}'’\-]+){{1,3}}[ ](?i:from|here|desde|de|depuis|ki|από|apo)\b
                   |[ ](?:from|mn|min|από|apo)[ ]\p{{Lu}})))  # (a given name alone too, as Mongolia goes by it, before the
                                                    # town it writes from: 'Hi, this is Temuulen from Darkhan')  # and a caller's ('this is Ravindra Persad from Chaguanas'; Central
                                                    # (French's 'c'est Koffi Kouamé de Yopougon', Kreyòl's 'se Marie-Carmelle
                                                    # Desrosiers ki ekri w la': this is ... writing)
                                                    # America's 'aquí Marvin Ulises Cerrato desde Comayagüela')
              [ \t]+
              (?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ ])?   # a title is context, not part of the name
            )
            (?:{_STATED_PARTICLED_NAME}  # (with its particles: 'João Pedro dos
                                                    # Santos Ferreira', 'María del Carmen García López')
              |{_FULL_NAME}{_FATHERS_NAME}(?:[ ]\p{{Lu}}[\p{{Ll}}\p{{M}}'’\-]{{1,30}})?)  # (a fourth: a Spanish speaker's two
                                                    # given names and two family names, 'María Altagracia Peña Rosario')
            (?=[ \t]*(?:\r?\n|$)|[ ]?[,;:!?)"'|،]|\.(?:\s|$)|[ ](?:but|and|from|here|y|de|pero|e|et|und|dari|dan|do|da|em|desde|depuis|ki|ak|nan
                |men|mn|min|negn|new|nee|siin|iš|iz|täältä|w|wa|ja|un|ir|из|од|nga|i|hastam|hastan|em|az
                |og|frá|úr|gedeg|in|la|daga|dey|hai|hoon|hun|ase|ву|ю|йу|буго|я|тоже|также|se|och|en|ek|ta|і|з|та|από|apo|και|kai
                |par|din|și|si|от|ot|phone|sum|a|z|zo|iz|minn|oo|iyo|iyu|vagyok|аст|ҳастам|аз
                |út|yn|fan|ayns|orun|asun  # (Frisian's 'from', 'in'; Manx's 'in'; Sami's and Finnish's 'I live')
                |kutoka|ninaishi|naishi|nipo|niko|hapa|na  # (Swahili's 'from', 'I live', 'I am at', 'here', 'and')
                |à|o|o['’]r|ac|agus|fae|dhe|ha|sheherde|turimen  # (Gaelic's, Welsh's, Scots' and Cornish's 'from' and
                                                    # 'and'; Uyghur's 'in the town', 'I live')
                )\b  # (Slovak's and Slovene's 'and',
                                                    # 'from'; Maltese's 'from'; Somali's 'who', 'and'; Tigrinya's 'is'
                                                    # romanized; Hungarian's 'I am' after the name)  # (Burmese's polite 'par' romanized; Romanian's and Bulgarian's
                                                    # 'from', 'and'; a phone's label; Khmer's 'ask' romanized)  # (Darija's and Arabic's 'from' and 'and', Hausa's 'from', Pidgin's 'is',
                                                    # Urdu's and Hindi's 'is', 'am', 'from': 'mera naam Ayesha Siddiqui hai',
                                                    # Amharic's 'I am' and 'is' after the name, Estonian's 'here';
                                                    # Lithuanian's and Finnish's 'from'; the Baltic languages' 'and';
                                                    # Swedish's, Afrikaans' and Ukrainian's 'and', Afrikaans' 'I')
              |[ ][/—–][ ]|[ ]-[ ](?=\+?\(?\d)|[ ]\+?\(?\d[\d \-()]{{6,}}|[ ]\([^()\s]{{1,60}}@)  # and the statement ends (or a slash or a dash: 'Fajar
                                                    # Halim / 0811-...'; or the number to reach them: 'Contact:
                                                    # Tshilidzi Nemavhola 072 345 6789')
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "agent_from_firm",
            r"""(?x)
            (?<=(?:^|[,.!]\ |\n)\ ?)           # a chat's agent introducing themself after a greeting: 'Hi
            (?!(?i:greetings|hello|hi|hey|regards|cheers|love|best|thanks|welcome|everyone|all|someone|somebody
                |nobody|anyone|we|us|it|this|that)\b)  # (not a greeting's word: 'Greetings from Paris here.')
            \p{Lu}[\p{Ll}\p{M}'’\-]{1,30}       # Chiedza, Tariro from Zambezi Mobile here, one moment please.'
            (?=\ from\ \p{Lu}[\p{L}\p{M}&'’.\-]*(?:\ \p{Lu}[\p{L}\p{M}&'’.\-]*){0,4}\ here\b)
            |(?<=\b(?i:contacting|calling|to)\ \p{Lu}[^,\n]{1,40},\ )  # or after the firm's name: 'Thanks for
            \p{Lu}[\p{Ll}\p{M}'’\-]{1,30}(?=\ here[.,!])  # contacting Zambezi Mobile, Blessing here.'
            |(?<=\b(?i:ndini|ngingu-?|ngingo-?|nguye)\ ?)  # or one name after Shona's and isiZulu's 'I am' ('Mhoro
            (?<=[\ \-])\p{Lu}[\p{Ll}\p{M}'’]{2,30}(?=[.,!]|\ (?-i:[a-z])|$)  # Takudzwa, ndini Mutale.', 'Sawubona
                                                    # Thandeka, ngingu-Lindiwe.')
            |(?<=(?<![\w])(?i:sunt|soy)\ )     # or one name after Romanian's and Spanish's 'I am', before the town
            (?!(?:Ingenier[oa]|Inginer|Fan|T[ée]cnic[oa]|Client[ea]?|Clientul|Usuari[oa]|Estudiante|Student
                |Profesor(?:a)?|Doctor(?:a)?|Medic|Due[ñn][oa]|Administra(?:dor|tor)|Director(?:a)?|Gerente|Jefe
                |Miembro|Membru|Socio|Parte|Originar[ia]?|Nuevo|Nueva|Nou|Fanático)\b)  # it is from ('sunt Radu
            \p{Lu}[\p{Ll}\p{M}'’\-]{1,30}(?=\ (?:din|de)\ \p{Lu}[\p{Ll}\p{M}])  # din Iași', 'soy Chuy de
                                                    # Guadalajara'; not a job's: 'soy Ingeniero de Sistemas')
            |(?<=(?<![\w])(?-i:ana|anigu\ waa|ene|ane)\ )  # or one name after the Maghreb's and Libya's 'I (am)' in
            \p{Lu}[\p{Ll}\p{M}'’\-]{1,30}            # Latin letters, Somali's, Amharic's and Tigrinya's romanized, before
            (?=[,.!]\ |\ negn\b|\ eye\b)          # a comma, a full stop or Amharic's and Tigrinya's 'am': 'ahla, ana
                                                    # Marwan, el email ...', 'anigu waa Deeqa.', 'ene Bethlehem negn',
                                                    # 'ane Saba eye'
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "contact_and_number",
            r"""(?x)
            (?<=\b(?:(?i:alternate|alternative|emergency|secondary|other)[ ](?i:contact)(?:[ ](?i:person))?:?
                   |(?i:contacto|contacte|contato)[ ](?i:alternativo|alternatiu|secundario|secundari|secundário
                     |de[ ]emerg[eè]ncia|d['’]emerg[eè]ncia):?  # (and Spanish's, Catalan's and Portuguese's:
                                                    # 'Contacte alternatiu: Martí Torres i Pujol, 00376 47 41 76')
                   |(?i:emergency|ICE|kontak[ ]darurat|contacto[ ]de[ ]emergencia|emergencia):)[ ])  # ('Emergency:
                                                    # Naomi Tavur 675 7449 8222', an HR card's field)
            (?!(?i:number|no|phone|mobile|details|name)\b)  # another contact's name in any case or script,
            [\p{L}\p{M}][\p{L}\p{M}'’.\-]{1,25}(?:[ ](?:(?:i|y|e)[ ])?[\p{L}\p{M}][\p{L}\p{M}'’.\-]{1,25}){0,2}  # then a
            (?=(?:[ ]\((?i:husband|wife|mother|father|brother|sister|son|daughter|mum|mom|dad|uncle|aunt|cousin
                    |partner|friend|neighbou?r|spouse)\))?  # (its relation in brackets: 'Emergency contact: Jwan
               [ ]?[:\-–—,]?[ ]?\+?\d[\d \-]{6,})      # (mother) 0771 ...'); number: 'Alternate contact sachin kadam 6295326906'
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "vpn_certificate_name",
            r"""(?x)
            (?:(?<=\]:\ )(?=[^\n/]{3,60}/(?:\d{1,3}\.){3}\d{1,3}:\d{1,5}\ )  # an OpenVPN client by its certificate's
              |(?<=:\d{1,5}\ SENT\ CONTROL\ \[)|(?<=depth=0,\ CN=))  # name, a person's in two words or more: before its
            \p{Lu}\p{Ll}+(?:[\ \-]\p{Lu}\p{Ll}+){1,3}  # address ('openvpnserver[2841]: Moussa Diop/197.149.194.183:27425
            (?=/(?:\d{1,3}\.){3}\d{1,3}:|\]|,|\s*$)  # MULTI: ...'), in its control message's brackets ('SENT CONTROL
                                                    # [Cheikh Sy]: ...'), as verified ('VERIFY OK: depth=0, CN=Moussa Diop')
            """,
            0.85,
        ),
        Pattern(
            "bbb_caller",
            r"""(?x)
            (?<=-bbbID-)                            # a BigBlueButton web user's caller id, its internal id and its name
            \p{Lu}[\p{L}\p{M}'’\-]+(?:[ ]\p{Lu}[\p{L}\p{M}'’\-]+){0,3}  # ('w_978lyvsesxn7-bbbID-Maggie Gordon', '...-bbbID-Eva
            (?=[ ]?\(|[ ][-–][ ]|\s*<|\s*$|")     # Nassak (Puvirnituq)', '...-bbbID-Paulette - Interprète')
            """,
            0.85,
        ),
        Pattern(
            "caller_from",
            rf"""(?x)
            (?<=\b(?:[Cc]all|[Vv]oicemail|[Mm]issed[ ]call|[Tt]ext|SMS)[ ]from[ ])  # a call's or a message's caller by a
            (?=\p{{Lu}}[\p{{L}}\p{{M}}'’\-]+[ ]\p{{Lu}})    # full name before a comma, a number or an account ('Call from Dustin
            {_FULL_NAME}                            # Brandt, NC-0796459.'), two words or more
            (?=,[ ]|[ ]\(|[ ]\+?\d)
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "role_then_name",
            r"""(?x)
            (?<=\b(?:Caller|Customer|Client|Beneficiary|Complainant|Patient|Respondent)[ ]\()  # a case note's party,
            \p{Lu}[\p{Ll}\p{M}'’\-]+(?:[ ]\p{Lu}[\p{Ll}\p{M}'’\-]+)?  # named in brackets after its role ('Caller
            (?=\))                                  # (Zhila) asks why the wallet shows 0')
            """,
            0.85,
        ),
        Pattern(
            "device_of_owner",
            r"""(?x)
            (?<=\b(?:Laptop|Desktop|PC|Notebook|Tablet|Phone|iPhone|iPad|MacBook|Computer|Workstation|Mobile)[ ]of[ ])
            \p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?      # a device by its owner, as an inventory labels it ('Laptop of
            (?![\p{L}\p{M}\-])                      # Thuraya (Customer Service)', 'Desktop of Fuad')
            """,
            0.85,
        ),
        Pattern(
            "quoted_name_attribute",
            r"""(?x)
            (?<=\b(?:firstName|lastName|givenName|surname|displayName|fullName|familyName)\ ")  # a directory's or a
            \p{Lu}[\p{L}\p{M}'’\-]+(?:\ \p{Lu}[\p{L}\p{M}'’\-]+){0,3}  # mail server's command line setting a user's
            (?=")                                   # names, each in quotes: Axigen's CLI 'SET firstName "Sandrine"
                                                    # lastName "Nkoulou"'
            """,
            0.85,
        ),
        Pattern(
            "remote_user_in_a_log",
            rf"""(?x)
            (?<=(?i:display[ ]name|remote[ ]user):[ ])  # a remote-support tool's log of its peer: AnyDesk's
            {_FULL_NAME}                               # 'Remote computer name: DESKTOP-7ZJWNU7, display name:
            (?=[ \t]*(?:\r?\n|$)|[,;]|[ ]sent[ ])     # Alvin Knowles', 'Remote user: Delroy Ellis sent a chat message'
            """,
            0.85,
        ),
        Pattern(
            "role_before_name_and_id",
            rf"""(?x)
            (?<=\b(?:Repartidor|Repartidora|Mensajero|Mensajera|Chofer|Conductor|Conductora|Motorizado|Técnico
                   |Técnica|Rider|Driver|Courier|Technician)[ ])  # a delivery's rider or a job's technician by
            (?=\p{{Lu}}\S*[ ]\p{{Lu}})                  # (two words at least: 'Driver Intel (id=3)' is a device's)
            {_FULL_NAME}(?:[ ](?:De|de|Del|del)(?:[ ](?:los|las|la))?[ ]\p{{Lu}}[\p{{L}}\p{{M}}'’\-]{{1,30}})*  # their role,
            (?:[ ]\p{{Lu}}[\p{{Ll}}\p{{M}}'’\-]{{1,30}})?  # name and their record's id or phone in parentheses, as an
            (?=[ ]\((?:id|ID|tel|Tel|\#|\+?\d))      # app's log writes them: 'Repartidor Edwin De los Santos Tejada
            """,                                      # (id=72, tel. +1829...) asignado al pedido'
            0.85,
        ),
        Pattern(
            "slash_signature",
            r"""(?x)
            (?<=(?:[.!?][ \t]+|\n[ \t]*)/[ ]?)     # a post signed with a slash before the name at its end, as
            \p{Lu}\p{Ll}{1,20}(?:[ ]\p{Lu}\p{Ll}{1,20})?  # Nordic forums sign ('... I tried that. /Aino'; not a
            (?=[ \t]*$)                             # path: it starts no sentence)
            """,
            0.85,
        ),
        Pattern(
            "initialled_name_before_dash",
            r"""(?x)
            (?<=(?:^|\n)[ \t>]{0,6})          # a signature's line: a first name and a family's initial, then a
            \p{Lu}\p{Ll}{1,20}(?:-\p{Lu}\p{Ll}{1,20})?[ ]\p{Lu}\.  # dash and the town ('Hamza H. — Boumerdès',
            (?=[ ][—–][ ]\p{Lu})               # '> Salma B. — Sahloul')
            """,
            0.85,
        ),
        Pattern(
            "quoted_party",
            rf"""(?x)
            (?<=\b(?i:sender|beneficiary|recipient|receiver|payer|payee|remitter|customer|client|screening
                   |(?:potential[ ])?match[ ]for)[ ]['"‘“])  # a transfer's parties and a sanctions screening's
            (?=\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*[ ]\p{{Lu}})     # (two names at least: not "customer 'Gold'", a tier)
            {_FULL_NAME}                       # subject, named in quotes ("sender 'Selam Tekle Andemariam'
            (?=['"’”])                         # (CustomerId=132031) -> beneficiary 'Saron Woldemichael ...'",
            """,                               # "Screening 'Getachew Worku Alemu', 3639 Kipling Ave")
            0.85,
        ),
        Pattern(
            "money_transfer_text",
            r"""(?x)
            (?<=\b(?:[A-Z]{3}|[$€£])[ ]?\d[\d,.]*[ ](?:from|ka[ ]socda|kaga[ ]yimid|min|de[ ]la[ ]part[ ]de)[ ])  # a
            \p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?(?=[ ](?:is|has|was)\b|[,.;]|\s*$)  # remittance's text to its receiver: its sender after the
                                           # amount ('USD 756.00 from Helina is ready', Somali's 'USD 553.00 ka
            |\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?(?=[ ]sent[ ]you[ ](?:[A-Z]{3}|[$€£])[ ]?\d)  # socda Yuusuf'), or
                                           # before 'sent you' and the amount ('Helina sent you USD 1292.00')
            |(?<=(?:^|["'\n])[ ]?)\p{Lu}\p{Ll}+(?=,[ ](?:waxaad[ ]heshay|you[ ]received|vous[ ]avez[ ]re[çc]u)[ ])
            """,                             # (its receiver first: 'Faadumo, waxaad heshay USD 553.00 ...')
            0.85,
        ),
        Pattern(
            "shipped_to_name_and_address",
            rf"""(?x)
            (?<=\b(?i:shipped|delivered|dispatched|sent|shipping|deliver|ship|livr[ée]e?s?|exp[ée]di[ée]e?s?|envoy[ée]e?s?)
               [ ](?i:to|à|a|pour)[ ])          # an order's recipient, their name before their address ('Order
            (?=\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*[ ]\p{{Lu}})   # #4412 shipped to Youssef El Amrani, Rue 12, Hay Mohammadi, ...'):
            (?!(?:Hay|Cit[ée]|Derb|Douar|Quartier|R[ée]sidence|Lot|Lotissement|Sicap|HLM|Zone|Block|Secteur|Sector)\b)
            {_FULL_NAME}                       # two words or more, no quarter's ('delivered to Hay Riad, ...')
            (?=,[ ](?:\d|(?:Rue|Street|Avenue|Av\.|Bd|Boulevard|Route|Cit[ée]|R[ée]sidence|Hay|Lot\.?|Villa|Imm\.|Derb
                  |Douar|House|Flat|Apt|Apartment|P\.?[ ]?O\.?[ ]Box|B\.?P\.?|Block|Building|Road|Way|Quartier)\b))
            """,                               # a house's number or a street's word after the comma
            0.85,
        ),
        Pattern(
            "name_after_postcode_town",
            rf"""(?x)
            (?<=(?<![\w\-])\d{{4,6}}[ ]\p{{Lu}}[\p{{L}}\p{{M}}'’\-]+(?:[ ]\p{{Lu}}[\p{{L}}\p{{M}}'’\-]+)?,[ ])  # after a postcode
            {_FULL_NAME}                       # and its town, a contact's name before their phone's label ('..., 10000
            (?=,?[ ](?i:mob|mob\.|tel|tel\.|phone|ph|gsm|cel|cell|mobile|моб|моб\.|тел|тел\.)[ :.]?[ ]?\+?\(?\d)  # Prishtinë,
            """,                               # Liridona Rexhepi, mob 043 115 970')
            0.85,
        ),
        Pattern(
            "name_before_handle",
            rf"""(?x)
            (?<![\w@.\-])(?=\p{{Lu}}[^\s(]*[ ]\p{{Lu}})  # a full name, then its chat handle in brackets ('-> courier
            {_FULL_NAME}                       # Doniyor Xasanov (@doniyor_x, +998 ...)', 'Эрмек Жумабаев (@ermek_jm)')
            (?=[ ]\(@[\w.]{{2,32}}[,)])
            """,
            0.85,
        ),
        Pattern(
            "signed_or_assigned",
            rf"""(?x)
            (?<=\b(?i:signed[ ]by|received[ ]by|handed[ ]to|collected[ ]by)[ ]['"‘“])  # a delivery's signer in quotes
            \p{{Lu}}[\p{{L}}\p{{M}}'’‘ʻ\-]{{1,30}}(?:[ ]\p{{Lu}}[\p{{L}}\p{{M}}'’‘ʻ\-]{{1,30}}){{0,3}}(?=['"’”])  # ("signed by
                                               # 'Ulug‘bek'"), a ticket's operator ('assigned to operator Gulnora ...')
            |(?<=\b(?i:request|message|enquiry|inquiry|complaint|callback)[ ](?i:from)[ ])  # a request's sender ('New
            (?=\p{{Lu}}[^\s,]*[ ]\p{{Lu}})         # install request from Sengdao Phanthavong.<br />'; not a
            (?!(?:\S+[ ]){{1,3}}(?i:services|support|team|bank|group|inc|ltd|llc|limited)\b)  # firm's or a desk's)
            {_FULL_NAME}(?=[.,;:<]|\s*$)
            |(?<=\b(?i:approved|rejected|confirmed|reviewed|verified)[ ]by[ ](?i:operator|agent|admin)[ ])  # a
            \p{{Lu}}\p{{Ll}}{{2,20}}(?=[;,.]|\s*$)  # payment's reviewer, one name ('approved by operator Sahar;')
            |(?<=\b(?i:assigned[ ]to|transferred[ ]to|escalated[ ]to|handled[ ]by|picked[ ]up[ ]by)[ ]
               (?i:operator|agent|technician|courier|engineer|specialist)[ ])
            (?=\p{{Lu}}[^\s,]*[ ]\p{{Lu}})
            {_FULL_NAME}(?=\s*$|[ ,.;:(]|[ ]\p{{Ll}})
            """,
            0.85,
        ),
        Pattern(
            "pipe_signature",
            rf"""(?x)
            (?<=(?:^|\n|['"]|\[b\]))          # a signature's 'Name | Town | phone' (a forum's, its name in
            (?=\p{{Lu}}[^\s|]*[ ]\p{{Lu}})     # (two words at least)
            {_FULL_NAME}                       # BBCode's bold maybe: '[b]Filip Bulatović[/b] | Nikšić | +382 ...')
            (?=(?:\[/b\])?[ ]\|[ ]\p{{Lu}}[^|\n]{{1,40}}(?:[ ]\|[ ][^|\n]{{1,60}}){{0,2}}[ ]\|[ ]
              (?:(?!\d{{4}}-\d\d-\d\d|\d{{1,3}}\.\d{{1,3}}\.\d)\+?\(?\d[\d\ \-/().]{{6,18}}\d(?![\d.:\-])
                |[\w.+\-]{{1,64}}@[\w\-]+\.))  # or its title, then its e-mail or phone ('Jae-won Choi | Senior
                                                # Engineer | jchoi@example.org | (206) 555-0176')
            """,
            0.85,
        ),
        Pattern(
            "to_name_then_street",
            rf"""(?x)
            (?<=\b(?i:to|for|na|за|kod|te)[ ])  # a parcel's recipient before a South Slavic or Albanian street's word
            {_FULL_NAME}                       # ('... to Ана Петровска, ул. Македонски просветители 39, 6000 Охрид')
            (?=,[ ](?:ул\.|ul\.|Ulica|ulica|улица|бул\.|Bulevar|Bul\.|Rr\.|Rruga|Trg)[ ])
            """,
            0.85,
        ),
        Pattern(
            "delivery_recipient_es",
            rf"""(?x)
            (?<=\b(?:[Ee]ntrega|[Ee]nvío|[Ee]nvio|[Pp]edido|[Pp]aquete|[Dd]espacho)\b[^\n.;]{{0,60}}[ ]para[ ]  # a delivery's
            |\b(?:[Cc]liente|[Cc]lienta|[Dd]estinatari[oa]|[Dd]estinataire|[Tt]itulaire|[Cc]ard[ ]?holder|[Aa]ccount[ ]holder)[ ]  # recipient before its address
            |(?:^|(?<=\n)|(?<=[;,.][ ]))(?:[Rr]ecibe|[Rr]ecibió|[Rr]ecibido[ ]por|[Rr]ecibida[ ]por)[:]?[ ])  # (who takes
                                                    # it, its clause's first word: '...; recibe Segundo Yumbay'; not
                                                    # 'el usuario recibe Notificaciones Push')
            (?=\p{{Lu}}\S*[ ]\p{{Lu}})                  # ('Entrega programada viernes 8:00-12:00 para Iris Chávez en
            (?:{_FULL_NAME}(?:[ ]\p{{Lu}}[\p{{Ll}}\p{{M}}'’\-]{{1,30}})?|{_REGISTER_NAME}|\p{{Lu}}{{2,}}(?:[ \-]\p{{Lu}}{{2,}}){{1,3}})
            (?=[ ]en[ ]|[ \t]*$|[,;.)][ \t]*(?:$|\s)|[ ][—–-][ ]|[ ]\()  # del Más x Menos ...'), a customer's at its clause's
                                                    # end ('... a PROCESSING; cliente Sofía Pitti Batista'); French's
                                                    # recipient and cardholder ('destinataire Franck Tagne — note',
                                                    # '(titulaire HERVE NDJOCK)'; English's 'Card holder Precious Kamanga
                                                    # (my sister)')
            """,
            0.85,
        ),
        Pattern(
            "name_after_domain_login",
            rf"""(?x)
            (?<=(?<![\w\\])[A-Z][A-Z0-9\-]{{1,14}}\\{{1,4}}[a-z0-9_][\w.\-]{{1,40}}[ ]\()  # a Windows account and its
            {_FULL_NAME}(?:[ ]\p{{Lu}}[\p{{Ll}}\p{{M}}'’\-]{{1,30}})?  # owner's name in brackets ('Usuario: AGROCUS\\ecalix
            (?=\))                                  # (Elvin Cálix Lagos)', an endpoint console's)
            """,
            0.85,
        ),
        Pattern(
            "whose_kyc_document",
            rf"""(?x)
            (?<=\b(?:[Ss]elfie|[Ff]oto|[Ff]otografía|[Dd]ocumento|[Cc]édula|[Pp]asaporte|[Ii]dentidad)[ ]de[ ])  # whose
            (?=\p{{Lu}}\S*[ ]\p{{Lu}})                   # (two names at least: not 'Foto de Perfil actualizada')
            (?!(?:Identidad|Identificaci[oó]n|Perfil|Viaje|Trabajo|Residencia|Extranjer[ií]a|Conducir|Nacional|Pago
                |Compra|Portada|Producto|Grupo|Equipo|Evento)\b)  # (a document's kind: 'Documento de Identidad Nacional')
            {_FULL_NAME}                               # identity check a service's log names ('Selfie de Ñusta
            (?=[ ](?-i:[a-z])|[,.;)]|\s*$)            # Gualinga guardada en s3://...', 'Documento de Yeny Poma validado')
            """,
            0.85,
        ),
        Pattern(
            "remittance_to_name_and_phone",
            rf"""(?x)
            (?<=\b(?:to|para|a)[ ])                   # a transfer's beneficiary, their phone in brackets after
            {_FULL_NAME}                               # their name ('... sender "Daniel Huarachi" to Teodora
            (?=[ ]\((?:\+?\d[\d ]{{6,}}\d|\(\d{{2,4}}\)[ ]?\d{{5,8}})\))  # Huarachi ((084) 517506), amount ...')
            """,
            0.85,
        ),
        Pattern(
            "name_with_uid",
            rf"""(?x)
            (?<![\w.\-])
            {_FULL_NAME}                               # an app's user and its id: Odoo's 'Oumou Sy (uid=6)'
            (?=[ ]\(uid=\d{{1,9}}\))
            """,
            0.85,
        ),
        Pattern(
            "name_of_record",
            rf"""(?x)
            (?<=\b(?i:partner|customer|contact|user|employee|member)[ ]\#\d{{1,9}}[ ]\()  # a record's name by
            {_FULL_NAME}                               # its number: 'partner #5299 (Gakiza Nibigira)'
            (?=\))
            """,
            0.85,
        ),
        Pattern(
            "name_and_phone",
            rf"""(?x)
            (?<=\b(?i:by|from|for|to|contact|call|ask|with|owner|recipient|customer|client|holder)[ ])  # a name and
            {_FULL_NAME}                               # its phone in parentheses: 'by Peter Carter (71 33 72 55):'
            (?=[ ]\((?!\d{{1,3}}(?:[ ,.]\d{{3}})+\))(?=(?:[^)\d]*\d){{7}})\+?\d[\d \-]{{5,18}}\d\)(?:[:,.;]|[ ]|$)  # (seven
              |[ ](?i:tel|tel\.|ph|phone|mob)[ ](?!\d{{4}}-\d\d-\d\d)\+?\d[\d \-]{{5,18}}\d(?![\d\-]))  # digits at least; not an amount's '1 200 000';
                                                       # a repair's owner, a parcel's recipient: 'owner Kadri Ilves
                                                       # (+372 5064 2974)', 'recipient Priit Kukk tel +372 5968 9360')
            """,
            0.85,
        ),
        Pattern(
            "listed_name_and_phone",
            rf"""(?x)
            (?=\p{{Lu}}\p{{Ll}}+[ ]\p{{Lu}})                # cheap guard first: two capitalized words
            (?<=(?:(?:^|\n)[ \t>]*(?:[-*•–]|\d{{1,2}}[.)])|[ ]->|→)[ ]{{1,3}})  # a list's item, or what an
            {_FULL_NAME}                               # arrow gives to whom: '- Kachalla Umara (0803 719
                                                       # 8095), OSM: ...', 'SN 5772145739 -> Kellu
            (?=[ ]\(\+?\d[\d \-]{{5,18}}\d\)|,[ ]\+?\d[\d \-]{{5,18}}\d(?!\d))  # Alkali, +234 808 948
            """,                                       # 1562': a name and its phone
            0.85,
        ),
        Pattern(
            "title_name_postposition",
            r"""(?x)
            (?<=(?<![\p{L}\p{M}])(?:श्री|श्रीमती|सौ|कु|डॉ)\.?[ ])  # a title, a name, a postposition that says
            [\p{Devanagari}][\p{L}\p{M}]{1,20}(?:[ ][\p{Devanagari}][\p{L}\p{M}]{1,20})?  # whom (Marathi,
            (?=[ ](?:यांच्याकडे|यांना|यांचे|यांची|यांचा|यांनी|जी|ने|को|का|की|के|से)(?![\p{L}\p{M}]))  # Hindi):
            """,                                 # 'शेजारी श्री. विनायक कुलकर्णी यांच्याकडे द्या'
            _PLACE_SCORE,
        ),
        Pattern(
            "signature_caseless",
            rf"""(?x)
            (?<=(?:ਪਿਆਰ[ ]ਨਾਲ|ਧੰਨਵਾਦ|धन्यवाद|आभार|પ્રેમ[ ]સાથે|આભાર|ಧನ್ಯವಾದಗಳು|നന്ദി)[,،]?[ ])  # a wish's or a
            (?!{_ALL_CASELESS}|(?:सर|जी|मैडम|भाई|दीदी)(?![\p{{L}}\p{{M}}]))  # note's last words, signed in a script
                                                    # without case after (not to 'sir': 'धन्यवाद, सर')
            {_INDIC_OR_CASELESS}[\p{{L}}\p{{M}}]{{1,20}}(?:[ ]{_INDIC_OR_CASELESS}[\p{{L}}\p{{M}}]{{1,20}})?  # 'with
            (?=[ ]?[!.।]?\s*$)                      # love' or 'thanks': 'ਪਿਆਰ ਨਾਲ, ਨਵਨੀਤ' (not after a dash: a
            """,                                 # firm's branch, a warehouse's site, a product's colour as often)
            _PLACE_SCORE,
        ),
        Pattern(
            "prefixed_name",
            r"""(?x)
            (?<=(?<![\w\p{M}])(?:ngu|ku|kwa|ka|ku-|kwa-|ka-|lika-|kuka-)(?=\p{Lu}))  # Xhosa's and Zulu's prefixes glued to
            (?!(?:Zulu|Natal|Mashu|Thema)\b)       # a name: 'Iza kulandwa nguBuhle Matiwane' (by), 'kwaAviwe'
            \p{Lu}\p{Ll}{2,20}(?:[ ]\p{Lu}\p{Ll}{2,20})?  # (at Aviwe's); not a place ('kwaZulu-Natal'), nor
            (?![\w\p{M}\-])                      # an id's letters ('SldVaU0kaQeriw2a2m', 'kuNgx1Rbyhv9')
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "signature_delimiter",
            rf"""(?x)
            (?<=(?:^|\n|>)[ \t>]*--[ ]?(?:\r?\n|<br[ ]?/?>)[ \t>]*)  # a mail's or a post's signature after its
            {_FULL_NAME}                            # delimiter, '-- ' alone on its line: its writer's name on
            (?=[ \t]*(?:\r?\n|<br[ ]?/?>|</|$))     # the next ('-- <br/>Tojo Rasoanaivo<br/>OSM: tojo19')
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "name_from_address",
            r"""(?x)
            (?<=\][ ])                           # a log line's connection: a user's full name after its
            (?!(?:\p{Lu}\p{Ll}+[ ]){0,2}(?:Incoming|Outgoing|New|Connection|Session|Request|Login|Logon|Client
               |Remote|Local|Failed|Successful|Accepted|Rejected)\b)  # (not an event's words)
            \p{Lu}\p{Ll}{1,20}(?:[ ]\p{Lu}\p{Ll}{1,20}){1,2}  # bracketed id, the client's address and its
            (?=[ ]from[ ](?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-fA-F]{0,4}:[0-9a-fA-F:.]{2,})[ ]\([^()\n]{1,60}/)
            """,                                 # agent: '[140092883710309] Carole Kremer from 102.132.235.87
            0.85,                                # (Home Assistant/2025.10 ...)' (Home Assistant's websocket API)
        ),
        Pattern(
            "lives_at",
            rf"""(?x)
            (?<![\w@.\-])
            {_FULL_NAME}
            (?=[ ](?:lives|resides)[ ](?:at|on|in|near)[ ](?:\d|\p{{Lu}}\p{{Ll}}))  # 'Tomomi lives at 86036
                                                    # Rua...', '... lives in Tampere' (one person: not 'Native
                                                    # Americans lived in Utah'; 'Data lives in S3': no)
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "kin",
            rf"""(?x)
            (?<=\b(?i:my|our|his|her|their)[ ]
                (?:(?i:great[ ])*(?i:grand))?
                (?i:son|daughter|kid|child|wife|husband|partner|brother|sister|mother|father|mom|mum|dad
                  |parent|aunt|uncle|cousin|nephew|niece|fiancée?|boyfriend|girlfriend|colleague|coworker
                  |co-worker|manager|boss|friend|neighbou?r|landlord|tenant)
                ,?[ ])                              # 'my kid Lukas', 'our daughter, Ana'
            {_FULL_NAME}
            (?=[ ]?[,;:!?)"']|\.(?:\s|$)|\s*$|[ ]\p{{Ll}}|['’]s\b)  # a lower-case word goes on: 'my son Will has'
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "kin_fr",
            rf"""(?x)
            (?<=\b(?i:la|le|les|ma|mon|mes|sa|son|ses|ta|ton|notre|votre|nos|vos)[ ]
                (?i:maman|papa|mère|père|fils|fille|femme|mari|frère|sœur|soeur|tante|oncle|cousine?|neveu|nièce
                  |grand-mère|grand-père|famille|voisine?|collègue)
                ,?[ ](?:de[ ]|d['’])?)              # French: 'la maman de Jimmy', 'la famille Wahnawe',
            (?!(?i:Dieu|France|Marie)(?![\p{{L}}\-]))  # 'mon voisin Paul', 'ma voisine, Marie-Claire Fontaine' (not
                                                    # 'le fils de Dieu', 'le fils de Marie')
            {_FULL_NAME}
            (?=[ ]?[,;:!?)"']|\.(?:\s|$)|\s*$|[ ]\p{{Ll}})
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "kin_es",
            rf"""(?x)
            (?<=\b(?i:mi|mis|su|sus|nuestra|nuestro|tu)[ ]
                (?i:mamá|mama|papá|papa|madre|padre|hijo|hija|esposa|esposo|marido|mujer|hermano|hermana|tía|tia
                  |tío|tio|primo|prima|abuelo|abuela|sobrino|sobrina|suegro|suegra|cuñado|cuñada|novio|novia
                  |vecino|vecina|compañero|compañera|amigo|amiga|pana|jefe|jefa)
                ,?[ ]
              |\b(?i:minha|meu|sua|seu|nossa|nosso)[ ]  # and Portuguese's ('minha vizinha Telma Cossa')
                (?i:mãe|mae|pai|irmã|irmão|esposa|marido|mulher|filha|filho|vizinha|vizinho|prima|primo|tia|tio
                  |avó|avô|colega|amiga|amigo|cunhada|cunhado)
                ,?[ ]
              |(?<![\w])(?i:vecina|vecinul|vecinei|vecinului|so[țţt]ia|so[țţt]ul|so[țţt]iei|so[țţt]ului|fratele|fiica|fiul
                  |colega|colegul|prietena|prietenul|cumnata|cumnatul|съседката|съседа|съпругата|съпруга|sasedkata
                  |saseda|saprugata|sapruga)  # (Romanian's and Bulgarian's, their article in the word: 'lasati la
                (?:/(?i:so[țţt]ului|so[țţt]iei))?:?[ ])  # vecina Simona ap. 4', 'sotiei/sotului: Ionut Dobre')
                                                    # Spanish's 'mi prima Ángel Caraballo', 'su esposa Ana'
            {_FULL_NAME}
            (?=[ ]?[,;:!?)"']|\.(?:\s|$)|\s*$|[ ]\p{{Ll}})
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "referred_by",
            rf"""(?x)
            (?<=\b(?:(?i:referid[oa]|recomendad[oa]|enviad[oa])[ ](?i:por)  # who referred a patient or a client
                   |(?i:me|nos|la|lo)[ ](?i:recomend[óo]|refiri[óo])  # ('Referida por Rosanna Almonte Ureña', 'Me
                   |(?i:referred|recommended)[ ](?i:by))[ ])  # recomendó José Féliz', 'referred by Ana Lee')
            {_FULL_NAME}(?:[ ]\p{{Lu}}[\p{{Ll}}\p{{M}}'’\-]{{1,30}})?
            (?=[ ]?[,;:!?)"']|\.(?:\s|$)|\s*$|[ ]\p{{Ll}})
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "kin_of",
            rf"""(?x)
            (?<![\w@.\-])
            (?=\p{{Lu}}\p{{Ll}})
            {_FULL_NAME}
            (?=['’]s?[ ](?:great-|grand|step)?(?:son|daughter|wife|husband|mother|father|mom|mum|dad
                           |brother|sister|aunt|uncle|cousin|nephew|niece|fiancée?|boyfriend|girlfriend
                           |widow|widower|kids|children|parents)\b)  # 'I'm Daniel's daughter', 'Ana's
                                                    # husband called': a firm has no family
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "user_full_name",
            rf"""(?x)
            (?<=['"<])                              # cheap guard first: after a quote
            (?<=\b(?i:user|certificate[ ]user)(?::[ ]?|[ ])['"<])  # a VPN's or a server's user quoted, that is a
            (?=\p{{Lu}}\p{{Ll}}+[ ]\p{{Lu}}\p{{Ll}})         # full name (ocserv's certificate user: 'Ондар Үнер',
            {_FULL_NAME}                            # 'initiating session for user 'Ховалыг Айлана''):
            (?=['">])                               # a person's, no login (user_full_name's case: after_key
                                                    # takes a login in user 'jdoe')
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "called_me",
            rf"""(?x)
            (?<=\b(?i:calls|call|called)[ ]me[ ])    # 'everyone calls me Ján', 'please call me Ian'
            (?=\p{{Lu}}\p{{Ll}})
            {_FULL_NAME}
            (?=[ \t]*(?:\r?\n|$)|[ ]?[,;:!?)"']|\.(?:\s|$))  # and the sentence ends
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "vocative",
            r"""(?x)
            (?<=(?:^|(?<=\n)|(?<=[.!?][ ]))[ \t>]*)  # a sentence's first word, then a comma and a question
            (?!(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?![\p{L}]))  # (not a date's weekday: 'Fri, May 10')
            \p{Lu}[\p{Ll}\p{M}'’\-]{1,20}          # or a request to them: 'Aloisia, can I please speak
            (?=,[ ](?i:can|could|would|will|please|do|did|are|have|may(?![ ]\d)|when|where|what|how|why)[ ])
                                                    # to...', 'Maria, could you check' (not 'Sure, can you')
            """,
            0.6,
        ),
        Pattern(
            "doorbell_or_kin_recipient",
            r"""(?x)
            (?<=\b(?i:zvoňte|zvonte|zazvoňte|zazvonte|zvonite|pozvonite)\ na\ )  # a courier's note: the name on the
            \p{Lu}[\p{Ll}\p{M}'’\-]{1,30}(?:\ \p{Lu}[\p{Ll}\p{M}'’\-]{1,30})?(?=[,.;]|\ \d|$)  # doorbell, Slovak's
                                                    # and Slovene's 'ring at' ('Zvoňte na Szabó, 3. poschodie.')
            |(?<=\b(?i:k|ku|pri)\ (?:babke|babki|dedkovi|mame|mamke|otcovi|susedke|susedovi|susedom|sestre|bratovi)\ )
            \p{Lu}[\p{Ll}\p{M}'’\-]{1,30}\ \p{Lu}[\p{Ll}\p{M}'’\-]{1,30}(?=[,.;]|$)  # or the kin it goes to
                                                    # ('Dorucit k babke Mária Nagyová, Bajkalská 31/B, Žilina')
            """,
            0.85,
        ),
        Pattern(
            "vocative_customer",
            r"""(?x)
            (?<=(?:^|(?<=\n)|(?<=[.!?][ ]))[ \t>]*)  # a shop's mail's subject to its customer, by their first name
            (?!(?i:sure|yes|no|ok|okay|well|hello|hi|hey|thanks|unfortunately|congratulations|congrats|great|good
                |sorry|now|so|also|however|today|tomorrow|tonight|oops|attention|reminder|important|update|alert
                |welcome|hurry|psst|wow|surprise|done|perfect|excellent|again|quick|last|final|heads|note|hooray
                |salut|atenție|atentie|felicitări|felicitari|bravo|gata|mulțumim|multumim|ура|внимание|честито
                |ma['’]am|madam|sir|sirs|dear|friend|friends|customer|guys|folks|everyone|team|buddy|bro|mate|dude
                |boss|hon|hun)(?![\p{L}]))  # (a polite or a friendly word for the customer: 'Ma'am, your order ...')
            \p{Lu}[\p{Ll}\p{M}'’\-]{1,20}          # ('Nicolae, your order #... has shipped', 'Lucian, ai uitat ceva
            (?=,[ ](?:your|you['’]ve|you|ai|comanda[ ]ta|co[șs]ul[ ]t[ăa]u|[îi][țt]i|вашата|твоята)\b)  # in cos': you
                                                    # forgot...; not 'Unfortunately, your order ...'): a place is not
                                                    # spoken to, whatever the model reads the name as
            """,
            0.9,
        ),
        Pattern(
            "ad_canonical_name",
            rf"""(?x)
            (?<=(?<![\w.\-/:@])[a-z0-9\-]{{1,63}}(?:\.[a-z0-9\-]{{1,63}})+  # an Active Directory canonical name
                                                    # (not a URL's host):
              (?:/[^/<>"\n]{{1,64}}){{1,6}}/)       # 'corp.example.co.uk/Corvell/Users/Dublin/Owen Costello'
            (?=\p{{Lu}}\p{{Ll}}+[ ]\p{{Lu}})               # (NPS' Fully-Qualified-User-Name): the user's display
            {_FULL_NAME}                            # name, two words at least, after the domain and the OUs
                                                    # (not a group's: '.../Builtin/Users', 'Domain Users')
            (?=<|["']|[ \t]*$|,|[ ]{{2}})           # and its element ends (blanked: two blanks at least)
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "document_of",
            rf"""(?x)
            (?<=(?<![\p{{L}}\d])(?i:cv|resume|résumé|lebenslauf|contract|contrato|contrat|vertrag|arbeitsvertrag
               |kontrakt|kontratu|contratto|contrato[_\ ](?:de[_\ ])?(?:arrendamento|arrendamiento|alquiler|trabalho|trabajo
                 |compraventa|compra[_\ ]e[_\ ]venda|presta[çc][ãa]o[_\ ]de[_\ ]servi[çc]os)  # (a lease's, a job's: 'Contrato_
                                                    # Arrendamento_Aythami_Marrero.pdf')
               |offer[_\ -]letter|payslip|(?:salary|pay)[_\ ]slip|loonstrook|gehaltsabrechnung|fiche[_\ -]de[_\ -]paie
               |passport|pasaporte|passaporte|passeport|paspòrt|reisepass|paszport|id[_\ -](?:copy|card)|cnic|ktp
               |claim|reference|referenz|certificate|zeugnis|timesheet)
               (?:[_\ -]|[ ][–—][ ])(?:\d{{4}}(?:-\d{{2}})?[_\ -])?)  # a person's document named for them:
                                                    # 'CV_Tamara_Horvat.pdf', 'Loonstrook_2024-05_Daan_Visser.pdf',
                                                    # 'Claim_Kaya_NV2406.xlsx', 'Pasaporte_Jacinta_Soares.jpg',
                                                    # 'Salary slip Gulnaz Sajidi Feb-2024.pdf' (Netskope's DLP)
            (?!{_DOCUMENT_NOT_NAME}(?![\p{{L}}]))  # (a month's)
            \p{{Lu}}[\p{{Ll}}\p{{M}}'’]{{1,30}}(?:[_\ ](?!{_DOCUMENT_NOT_NAME}(?![\p{{L}}]))\p{{Lu}}(?:['’]\p{{Lu}})?[\p{{Ll}}\p{{M}}'’]{{1,30}}){{0,2}}
            (?=(?:[_\ \-][\w\-]*)?\.(?i:pdf|docx?|xlsx?|odt|ods|rtf|txt|jpe?g|png|heic|zip)(?![\w]))
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "folder_of_a_person",
            r"""(?x)
            (?<=\d_)                                # cheap guard first
            (?<=(?i:/|^)(?i:clientes|clients|customers|kyc|pacientes|patients|utentes|employees|funcionarios
                 |funcionários|staff|alunos|students|members|socios|sócios|membros|candidatos|applicants|mutuarios
                 |mutuários|borrowers|beneficiarios|beneficiários)/(?:(?:19|20)\d\d/)?\d{2,12}_)  # a people's
                                                    # collection's folder or file for one of them, their record's
                                                    # number and their name: a KYC store's 'kyc/clientes/2024/
                                                    # 000603_Nelson_Lima/selfie.jpg'
            \p{Lu}[\p{Ll}\p{M}'’]{1,30}(?:_(?:(?:d[aeo]s?|de|di|van|von|del)_)?(?:d(?=\p{Lu}))?\p{Lu}[\p{Ll}\p{M}'’]{1,30}){1,3}
            (?=/|\.[A-Za-z]{2,4}(?![\w]))         # (its particles too: 'Pires_dos_Santos', 'Ilza_dAlva')
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "appointment_with_a_person",
            r"""(?x)
            (?<=\b(?:con|com|with)[ ])            # cheap guard first
            (?<=(?<![\p{L}])(?i:reuni[óo]n|reuni[ãa]o|cita|clases?|aulas?|entrega(?:[ ]de[ ]\p{L}+)?|visita|llamada
                 |videollamada|comida|cena|almuerzo|desayuno|tutor[íi]a|consulta|jantar|almo[çc]o|encontro|vuelo|viaje
                 |voo|viagem|liga[çc][ãa]o|meeting|call|lunch|dinner|breakfast|appointment|interview|entrevista|flight)
                 (?:[ ][\p{Lu}\p{Ll}]{1,20}){0,3}[ ](?:con|com|with)[ ])  # a calendar's event with whom: 'Reunión
                                                    # AMPA con Kishore Assomull', 'Clases de lucha canaria con Jyoti
                                                    # Sadhwani', 'Entrega de llaves con Yuba Chaib', 'Lunch with Ana
                                                    # Ruiz'
            \p{Lu}[\p{Ll}\p{M}'’]{1,25}(?:[ ](?:(?:de|del|da|dos|van|le)[ ])?\p{Lu}[\p{Ll}\p{M}'’]{1,25}){1,2}
            (?=["'”.,;)]|[ ]*$|[ ]\(|[ ](?:a[ ]las|às|at|el|on|en|em|no|na)[ ])  # (the event's end, or its time or place)
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "folder_named_for_a_person",
            r"""(?x)
            (?<=/)                                  # cheap guard first
            (?<=(?i:/|^)(?i:clientes|clients|customers|pacientes|patients|utentes|employees|funcionarios|funcionários
                 |alunos|students|socios|sócios|candidatos|applicants|inquilinos|tenants|arrendatarios)/
                 (?:(?:19|20)\d\d/)?)              # a people's collection's folder named for one of them by their full
                                                    # name, blanks between (an accountant's file exchange's
                                                    # '/Clientes/Deborah Cartwright/Imoveis/...', its web client's
                                                    # 'path=%2FClientes%2FTiago%20Raposo', read decoded)
            \p{Lu}[\p{Ll}\p{M}'’]{1,30}(?:[ ](?:(?:d[aeo]s?|de|di|van|von|del|Le|La)[ ])?\p{Lu}[\p{Ll}\p{M}'’]{1,30}){1,3}
            (?=/|["&]|$)                            # (the whole folder: not a file's name, 'Modelo 10.pdf')
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "document_named",
            r"""(?x)
            (?<=(?:^|[/\\\s"'=(])(?:\d{4}[_\ -])?)  # the name first, in two or three words:
            (?!(?i:template|sample|example|final|draft|blank|new|my|english|updated|signed)[_\ ])
            (?!(?:\p{L}+[_\ ]){0,2}(?i:annual|monthly|quarterly|weekly|yearly|daily|performance|project|sales
               |staff|employees?|team|company|bank|account|tax|expenses?|travel|training|payroll|vendor
               |supplier|client|customer|mission|vision|financial|income)(?![\p{L}]))  # no one's document
            \p{Lu}[\p{Ll}\p{M}'’]{1,30}(?:[_\ ]\p{Lu}[\p{Ll}\p{M}'’]{1,30}){1,2}  # 'Tamm_Kadri_2025_CV.pdf'
            (?=(?:[_\ -]|[ ][-–—][ ])(?:\d{4}(?:-\d{2})?[_\ -])?  # (a dash between: 'Tanya Daniels - CV.pdf')
               (?:(?i:artist|personal|cover|performance|medical|offer|reference)[_\ ])?
               (?i:cv|resume|résumé|lebenslauf|payslip|loonstrook|passport|id[_\ -]copy|contract|contrato|vertrag
                  |timesheet|referral|statement|letter|review|appraisal)  # 'Jacinta Bara timesheet wk02.xlsx'
               (?:[_\ \-][\w\-]*)?\.(?i:pdf|docx?|xlsx?|odt|ods|rtf|jpe?g|png|heic)(?![\w]))
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "mail_name",
            rf"""(?x)
            (?<![\w@.\-])
            (?!(?i:message-?id|msg-?id|in-reply-to|references|return-path|content-id)\b)  # (a mail's id in a log:
                                                    # '(MessageId <f7fb5538@shop.example>)')
            (?<!(?<!\b(?i:contacto|contato|mensaje|mensagem|correo|parte|solicitud|consulta|pedido|reclamo)[ ])  # (but
                \b(?:de|del|da|das|do|dos|di|du|van|von|der|den|la|las|los|le|y)[ ])  # 'mensaje de contacto de Fátima
                                                    # Banegas Cálix <...>': 'from') not the end of a longer
                                                    # display name after its particle ('Red de Radios Comunitarias
                                                    # <cabina@...>': a network's, no one; a name of four words
                                                    # still gives its last three, 'María José García López <...>')
            (?!(?:\p{{L}}+[ ]){{0,3}}(?i:red|radios?|asociaci[oó]n|cooperativa|fundaci[oó]n|colectivo
                                     |comunitari[ao]s?)\b)  # (a body's words, in it or before it:
            (?<!\b(?i:red|radios?|asociaci[oó]n|cooperativa|fundaci[oó]n|colectivo|comunitari[ao]s?)
                [ ](?:\p{{L}}+[ ]){{0,2}})              # 'Cooperativa Tosepan <...>')
            (?:(?=\p{{Lu}}\p{{Ll}})                    # a name's case: not a protocol's verb ('RCPT <a@b>')
               (?:{_PARTICLED_NAME}|{_FULL_NAME}{_FATHERS_NAME})  # ('Kauyumari de la Cruz', 'Ana de Paz',
                                                    # 'Robert Jimbai anak Bakar')
              |{_CASELESS_NAME})                    # or a name in a script without case ('תמר לוי <...>')
            (?=(?:[ ]via[ ][\w.\-]{{2,40}})?        # (a list's rewrite: '"Tilly Barnard via groups.io" <...>')
               "?[ ]{{1,4}}<                         # an address's name: 'Ines Duarte <ines@example.pt>' (an
                                                    # encoded word's, decoded, ends in its wrapper's blanks)
              (?!(?i:(?:[\w+]+[.\-_])?(?:no-?reply|support|info|billing|help|helpdesk|servicedesk|sales
                   |notifications?|team|hello|contact|service|news|newsletter|admin|mailer-daemon|postmaster
                   |marketing|updates?|alerts?|reservations?|reservas?|reservaciones|r[ée]servations?|bookings?|orders?|sav
                   |coordinaci[oó]n|coordena[cç][aã]o|coordination|contacto|contato|soporte|suporte|ventas|vendas
                   |secretar[ií]a|administraci[oó]n|prensa|comunicaciones|equipo|equipe)(?:[.\-_][\w+]+)?)@)  # not a company's sender ('Acme Billing
                                                    # <billing@acme.com>', 'IT-Support Geo <it-support@uni.de>')
              [^<>\s@]+@[^<>\s@]+>)
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "wrote",
            rf"""(?x)
            (?<![\w@./])(?<![\w@.]-)                # (a rule's dashes before it: '-----Marites ...')
            (?<!\b(?i:from|in|at|of|near|frá|í)[ ])  # (not the writer's town: 'Björk ... from Hafnarfjörður wrote:')
            (?=\p{{Lu}}\p{{Ll}})                       # (not 'PM Ines': a name's case)
            {_FULL_NAME}
            (?=(?:/[\w\-]{{1,40}}){{0,4}}[ ](?:wrote|escribió|escreveu|a[ ]écrit|skrifaði|skrivaði|skrev)(?:[ ]?:|</))  # a quoted reply's header: 'Marcus Lindqvist wrote:' (or
                                                    # a forum page's quote's author: '>Tantely Rasamoelina wrote</div>';
                                                    # a Notes mail's, its name's org units after it: 'Marites
                                                    # Villanueva/HO/KalinawBank wrote:', the firm's no one's;
                                                    # French's space before its colon: 'Salma a écrit :';
                                                    # Icelandic's, Faroese's and Danish's: 'Kristján skrifaði:')
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "from_team",
            rf"""(?x)
            (?<![\w\-])
            {_NAME}
            (?=[ ]from[ ](?:IT|HR|support|sales|accounting|finance|marketing|legal|ops|engineering
                           |the[ ]\w+[ ](?:team|department|office))
               [ ](?:says|said|told|wrote|writes|mentioned|asked|confirmed|replied|suggested
                    |thinks|called|emailed|noticed|reported)\b)  # ...and speaks: a person, not "Data from IT"
            """,
            0.6,
        ),
        Pattern(
            "here_from",
            rf"""(?x)
            (?<=(?:^|[,.!?][ ]|\n)(?:(?:Hi|Hello|Hey)[ ]\p{{Lu}}\p{{Ll}}+,[ ])?)  # a sentence's start
            {_NAME}
            (?=[ ]here[ ](?:from|at|with)[ ](?:the[ ])?\p{{Lu}}  # an agent's greeting, and the firm's
                                                    # name: 'Rui here from Tessaly Support' ('Click here from your')
              |(?<!(?i:greetings|regards|hello|hi|hey|love|cheers))[ ]from[ ]\p{{Lu}}\p{{Ll}}+[ ]here[.,!])  # or a
                                                    # town first: 'Kuzuzangpo la everyone, Sonam from Bumthang here.'
                                                    # (not a greeting's: 'Greetings from Paris here.')
            """,
            0.85,
        ),
        Pattern(
            "document_correspondent",
            r"""(?x)
            (?<=\bAssigning[ ]correspondent[ ])      # a document archive's log assigning a letter's sender
            \p{Lu}[\p{Ll}\p{M}'’\-]+                 # (Paperless-ngx: 'Assigning correspondent Youenn Le Gall
            (?:[ ](?:(?:van|von|de|der|den|ter|le|Le|La|Ar|An|du|di|da)[ ]){0,2}\p{Lu}[\p{Ll}\p{M}'’\-]+){1,3}
            (?=[ ]to[ ])                            # to 2024-04-03 Bankafschrift ...'): a person's full name
                                                    # (a firm's of one word, 'Belastingdienst', is not taken)
            """,
            _PLACE_SCORE,
        ),
    ]

    CONTEXT = ("name", "colleague", "contact", "customer", "signed", "regards")

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            global_regex_flags=re.MULTILINE,
            context=list(self.CONTEXT),
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        # (a CRM's empty marker '-None-' ends in a dash: 'None-'; a site's or a team's name ends
        # in its word: 'Norvik Community', a page title's '— Norvik Community')
        words = pattern_text.split(" ")
        first = words[0].lower().rstrip("-–—")
        return first in _NOT_NAMES and not (len(words) > 1 and first in _GIVEN_NAMES_TOO) \
            or len(words) > 1 and words[-1].lower() in _NOT_NAMES


class PersonActRecognizer(PersonAddressRecognizer):
    """A person's acts in a ticket's notes: ``Refund approved by Lucas.`` A recognizer of
    its own because a site or a vendor takes that place now and then ('answered by
    Wikipedia.'), so its one-word values are not carried to other records
    (piiscan.detect.known), where a greeting's are."""

    PATTERNS = [
        Pattern(
            "role_name_cased",
            rf"""(?x)
            (?<=(?<![\w\-])                    # a user's or a customer's role word, then a name: Slovak,
              (?:[Pp]oužívateľ|[Zz]ákazník|[Kk]upujúci|[Pp]ríjemca|[Uu]živatel  # Czech, Basque,
                |[Ee]rabiltzailea|[Bb]ezeroa|[Hh]artzailea  # Mongolian, Uzbek, Macedonian,
                |[Хх]эрэглэгч|[Хх]арилцагч|[Ff]oydalanuvchi|[Mm]ijoz|[Фф]ойдаланувчи|[Мм]ижоз  # Maltese,
                |[Кк]орисникот|[Кк]лиентот|[Кк]упувачот|[Ll]-utent|[Ii]l-klijent  # Irish, Somali,
                |[Úú]sáideoir|[Cc]ustaiméir|[Ii]sticmaalaha|[Mm]acmiilka|[Oo]lùlò|[Oo]níbàárà  # Yoruba,
                |[Mm]ai[ ]amfani|[Aa]bokin[ ]ciniki)  # Hausa: 'Používateľ Ján Novák sa prihlásil',
              (?:[ ]?:)?[ ]["“]?                 # 'Хэрэглэгч Болдын Батбаяр нэвтэрлээ'
             |(?<![\w\-])(?i:customer|user|employee|recipient|buyer)[ ]["“])  # or in English, the name
                                                    # quoted: 'customer "Sardor Rakhimov" updated'
            {_FULL_NAME}
            (?=["”]?(?:[ ]?[(,.;:!?]|\s*$|[ ]\p{{Ll}}))  # and a verb, a bracket or the end after it
            """,
            0.85,
        ),
        Pattern(
            "role_full_name",
            r"""(?x)
            (?<=(?<![\w\-])                    # a customer's or a user's role word, then a full name of two
              (?:[Кк]лиент|[Пп]ользователь|[Пп]окупатель|[Пп]олучатель|[Аа]бонент|[Кк]ардар|[Кк]олдонуучу  # words
                |[Мм]изоҷ|[Кк]орбар|[Кк]ліент|[Кк]арыстальнік|[Пп]акупнік|[Bb]ikarhêner|[Xx]erîdar  # (one word
                |[Mm]üşderi|[Uu]lanyjy|[Kk]orisnik|[Kk]upac|[Kk]undi|[Bb]rúkari|[Mm]panjifa|[Ii]khasimende  # is a
                |[Uu]msebenzisi|[Uu]mthengi|[Kk]iritaki|[Bb]enotzer  # firm's as often: 'Клиент Сбербанка'):
                |[Ππ]ελάτης|[Ππ]ελάτισσα|[Ππ]αραλήπτης|[Ππ]αραλήπτρια|[Χχ]ρήστης|[Pp]elatis|[Pp]araliptis  # Russian,
                |[Mm]üşteri|[Kk]ullanıcı|[Aa]lıcı|[Кк]упац|[Кк]лијент|[Кк]орисник|[Пп]рималац|[Кк]упувач  # Kyrgyz,
                |[Kk]lijent|[Pp]rimalac|[Kk]lienti|[Pp]ërdoruesi|[Mm]arrësi|[Zz]aposleni|[Zz]aposlenik|[Зз]апослени
                |[Υυ]πάλληλος|[Çç]alışan|[Pp]unonjësi)  # Tajik, Belarusian, Kurdish, Turkmen,
              (?:[ ]?:)?[ ]["“]?)                # Bosnian, Faroese, Malagasy, Zulu, Xhosa, Maori, Luxembourgish,
            (?!(?:Hizmetleri|Temsilcisi|Numarası|Adı|Hesabı|Kodu|Grubu|Paneli|Destek|Servisi|Εξυπηρέτηση|Λογαριασμός  # Greek,
               |Služba|Podrška|Служба|Подршка|Shërbimi)\b)  # Turkish, Serbian, Macedonian, Albanian (not a
                                                # desk: 'Müşteri Hizmetleri', 'Korisnik Podrška')
            \p{Lu}[\p{Ll}\p{M}'’\-]{1,30}[ ]\p{Lu}[\p{Ll}\p{M}'’\-]{1,30}
            (?=["”]?(?:[ ]?[(,.;:!?]|\s*$|[ ]\p{Ll}))  # 'Клиент Мээрим Турсунбаева не получает SMS', 'Πελάτης:
            """,                                 # Γιώργος Παπαδάκης, τηλ.', and a verb, a bracket or the end after it
            0.85,
        ),
        Pattern(
            "tibetan_name_after_word",
            r"""(?x)
            (?<=(?<![\w])(?:for|from|by|to|guest|customer|driver|host|booked[ ]by|name[ ]?[:=])[ ])  # a Tibetan
            [\u0f40-\u0fbc]+(?:\u0f0b[\u0f40-\u0fbc]+){1,5}\u0f0b?    # name, its syllables joined by the tsheg,
            (?=[ ,.;:()"'\]\u0f0d]|$)                     # in an English line ('created BK-24-01208 for
            """,                                          # ཚེ་རིང་དབང་མོ (+91-...)')
            0.85,
        ),
        Pattern(
            "dash_signoff_in_quote",
            r"""(?x)
            (?<=\S[ ][-–—][ ])                         # a message signed off after a dash inside its quote, its
            (?!(?:Thanks|Thank|Regards|Cheers|Recommended|Excellent|Great|Good|Nice|Perfect|Amazing|Awesome|Sent
               |Done|Ok|OK|Yes|No|Please|Urgent|Update|Note|Team|Admin|Support|Management|Reception)\b)  # sender's
            \p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?           # address after it: '"Please call me back on 94698
            (?=["”][ ](?:from|by)[ ])                   # 00997 - Syed" from syed70@outlook.com'
            """,
            0.85,
        ),
        Pattern(
            "author_list",
            r"""(?x)
            (?<=(?:^|\n)[\ \t]*(?:Authors?|Author\(s\)|Creators?|Contributors?|Autor(?:en|es|i)?|Auteurs?)  # a record's
               [\ \t]*:[\ \t]*(?:[^;\n]{1,80};[\ \t]*){0,8})  # authors, each apart by a semicolon (DSpace's
            (?:\p{Lu}[\p{L}\p{M}'’\-]+,[\ ]\p{Lu}[\p{L}\p{M}'’\-]*\.?(?:[\ ]\p{Lu}[\p{L}\p{M}'’\-]*\.?){0,2}  # submission
               |\p{Lu}[\p{L}\p{M}'’\-]+(?:[\ ]\p{Lu}[\p{L}\p{M}'’\-]*\.?){1,3}  # mail: 'Authors:      ജോസഫ് കുര്യൻ;
               |(?!\p{Latin})\p{L}[\p{L}\p{M}]+(?:[\ ]\p{L}[\p{L}\p{M}]+){1,2})  # Kurian, Reshma'): family name
            (?=[\ \t]*(?:;|\r?\n|$))                   # first or last, or a name in another script
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "done_by",
            rf"""(?x)
            (?<=\b(?:approved|reviewed|signed|handled|authori[sz]ed|requested|submitted
                    |escalated|assigned|reassigned|forwarded)
                [ ](?:by|to)[ ])                    # 'Refund approved by Lucas.' in a ticket's notes
            {_NAME}
            (?=[ ]?[.,;:!)]|\s*\Z)                  # and the sentence or the text ends (not a line:
                                                    # 'approved by Creative\nCommons' wraps)
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "spoke_with",
            rf"""(?x)
            (?<=\b(?:(?i:spoke|talked|chatted|met|meeting|call|called|follow(?:ed)?[ -]up)[ ]with
                |(?i:spoke|talked|chatted)[ ]to)[ ])  # (Britain's and Ireland's 'Spoke to Angharad on +44 ...')
            {_FULL_NAME}
            (?=[ ]?[.,;:!)]|\s*$|[ ](?:about|regarding|re|in|on|today|yesterday|this|last|next)\b)
            """,
            0.86,  # (above the model's place there: 'Spoke to Angharad on ...' read as one)
        ),
        Pattern(
            "payer_in_capitals",
            r"""(?x)
            (?<=\b(?:[Pp]ayment|[Tt]ransfer|[Mm]oney|[Pp]ago|[Tt]ransferencia)[ ](?:from|de)[ ])  # a bank's
            (?!(?:[\p{Lu}\-]+[ ])*(?:SL|SLU|SA|SAS|SARL|LTD|LLC|INC|GMBH|SRL|BV|AB|OY|PLC|CORP|CO|CB|SC
                |BANK|BANCO|PAYPAL|STRIPE|AMAZON|REVOLUT|WISE|ADYEN|META|GOOGLE)(?![\p{L}\d]))  # statement's
            \p{Lu}[\p{Lu}\p{M}'’]{1,24}(?:[ \-]\p{Lu}[\p{Lu}\p{M}'’]{1,24}){1,3}  # payer in capitals, as card
            (?![\p{L}\p{N}])                # schemes and banks pass it on ('Payment from FERMÍN RODILLA'; a
                                           # firm by its legal form or a payment service is no one)
            """,
            0.6,
        ),
        Pattern(
            "call_name_at_number",
            r"""(?x)
            (?<=\b(?:[Cc]all|[Cc]ontact|[Rr]ing|[Tt]ext|[Pp]hone|[Aa]ppelez|[Cc]ontactez|[Jj]oindre)[ ])  # 'Call
            (?!(?i:customer|client|support|service|the|our|us|me|him|her|them|reception|sales|billing|care|centre
               |center|desk|team|office|shop|store|hotline|help)\b)  # Tsakani Baloyi at 082 555 1234': a person
            \p{Lu}[\p{Ll}\p{M}'’\-]{1,30}[ ]\p{Lu}[\p{Ll}\p{M}'’\-]{1,30}  # by two names, then the number
            (?=[ ](?:at|on|au|sur)[ ]\+?\(?\d[\d ()\-]{6,})  # to reach them on (not 'Call Customer Care on
            """,                                 # 0800 ...': a desk)
            _PLACE_SCORE,
        ),
    ]
    CONTEXT = ("approved", "escalated", "assigned", "ticket", "refund", "customer", "client")


class PersonSpeakerRecognizer(PersonAddressRecognizer):
    """A dialog's speakers: ``Ella: What a wife.`` then ``Destiny: Remember me?`` on the
    next line. A recognizer of its own because a profile's or a story's labels take that
    place now and then ('Past: Worked as a consultant.', 'Mom: “Careful!”'), so its
    one-word values are not carried to other records (piiscan.detect.known)."""

    PATTERNS = [
        Pattern(
            "chat_speaker",
            rf"""(?x)
            (?<=^[ \t]*\[[^\]\n]{{0,24}}\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[ ]?[AaPp][Mm])?\][ \t]{{1,4}}
              (?:(?:Agent|Support|Operator|Advisor|Rep|Specialist|Moderator)[ \t]+)?)  # a chat log's line:
            (?!(?:Agent|Support|Operator|Advisor|Rep|Specialist|Moderator)[ \t])
            {_SPEAKER}                              # '[09:15] Agent Daniel: ...', '[10:02] Femke: Hi!', WhatsApp's
            (?:[ ](?:(?:de|del|da|dos)[ ])?\p{{Lu}}[\p{{Ll}}\p{{M}}'’\-]{{1,20}}){{0,2}}  # (four names too: 'Juan Pablo
            (?=[ \t]*:[ \t])                        # Rojas', '[12/03/24, 10:02:33] Ana Ruiz: ...'
            (?![ \t]*:[ \t]+[\w\-]{{1,30}}:[ ])      # (not a log's event and its keys: Kerio's '[04/Mar/2024
                                                    # 00:03:38] Recv: Queue-ID: ...')
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "meeting_chat_speaker",
            r"""(?x)
            (?<=^\d{1,2}:\d{2}:\d{2}[ \t]+From[ \t]+  # a video meeting's saved chat (Zoom's): who wrote, after
              |^\d{1,2}:\d{2}:\d{2}[ \t]+From[ \t]+[^\n]{1,60}?[ ]to[ ])  # the time, and whom to, where not to
            (?!Everyone\b|Me\b)                  # everyone: '09:53:07 From Jean-Marie Niyongabo to Nji
            \p{Lu}[\p{Ll}\p{M}'’]{1,20}(?:-\p{Lu}[\p{Ll}\p{M}'’]{1,20})?  # Emmanuel(Direct Message):', '... From
            (?:[ ]\p{Lu}[\p{Ll}\p{M}'’\-]{1,20}){0,3}
            (?=(?:[ ]\((?:Host|Co-host|Guest|Privately)\))?[ ]to[ ]  # Clovis Enow (Host) to Everyone:', 'From A to B
              |[ ]?\((?:Direct[ ]Message|Privately)\):)  # (Privately):'
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "chat_export_speaker",
            r"""(?x)
            (?<=^[ \t]*\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4},?[ ]\d{1,2}:\d{2}(?::\d{2})?  # WhatsApp's export on
              (?:[ \u202f]?[AaPp]\.?[Mm]\.?)?[ ]-[ ])  # Android: '03/02/2024, 13:05 - Bex Flat 6: Hiya', its
            (?!You[ ])                              # contact's name as the phone has it ('You added...' is
            (?!\p{Lu}{2,}(?:[ ]\p{Lu}{2,}){0,3}:[ ])  # (not a program's part in capitals, as Cacti's log writes
                                                    # it after its time: '2024-04-02 05:15:02 - SPINE: Poller[1] ...')
            \p{L}[^\n:]{0,60}?                      # the exporter; a number is the phone recognizer's)
            (?=:[ ]|[ ](?:joined[ ]using|left$|added[ ]|removed[ ]|changed[ ](?:their|the|this|to)
                        |created[ ]group))         # or its events' ('Tomos ap Rhys joined using ...')
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "chat_bracket_speaker",
            r"""(?x)
            (?<=^\[)                                # KakaoTalk's export on a PC: '[Speaker] [7:40 AM] text'
            \p{Lu}[^\W\d_]{1,30}(?:-\p{L}[^\W\d_]{0,30})?(?:[ ]\p{Lu}[^\W\d_'’\-]{0,30}){0,3}  # (in Korean,
                                                    # '[Min-jun Kim] [오후 7:40]')
            (?=(?:[ ](?:\p{So}{1,4}|[A-Z]\d{1,2}|\([^()\[\]\n]{1,24}\)))?  # a name, an emoji or a tag after it
              \][ ]\[(?:오전[ ]|오후[ ])?\d{1,2}:\d{2}(?:[ ]?[AaPp][Mm])?\])  # ('[Arief 🇮🇩]', '[Umar E9]',
                                                    # '[Putri (Siheung)]'); a handle is username.yaml's
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "chat_export_tab_speaker",
            r"""(?x)
            (?<=^\d{1,2}:\d{2}\t(?:[^\t\n]{1,60}[ ]invited[ ])?)  # LINE's export: 'time<TAB>Speaker<TAB>text', its
            \p{Lu}[^\W\d_]{1,30}(?:[ ]\p{Lu}[^\W\d_'’\-]{0,30}){0,3}  # events' 'Ana Lee invited Kenji'; a
            (?=\t|[ ](?:invited|joined|left|removed|created|changed|unsent|added)[ .]|\.?$)  # name, and
                                                    # whom they invited (an IRC client's log has seconds or a
                                                    # date: its nicks are user names, username.yaml's)
            """,
            _PLACE_SCORE,
        ),
        Pattern(
            "speaker",
            rf"""(?x)
            (?:(?<=(?:^|\n)[ \t>]*{_SPEAKER}[ \t]*:[ \t]*{_SPEECH}\n(?:[^\n]*\n)?[ \t>]*)  # a speaker's line
                                                    # is next to it: a dialog, not one 'Note: ...' ...
              |(?<=(?:^|\n)[ \t>]*)(?={_SPEAKER}[ \t]*:[ \t]*{_SPEECH}\n(?:[^\n]*\n)?[ \t>]*{_SPEAKER}[ \t]*:[ \t]*{_SPEECH}))
            {_SPEAKER}                              # ... and a line starts with a speaker's name,
            (?=[ \t]*:[ \t]*{_SPEECH})              # then a colon and what they say
            """,
            _PLACE_SCORE,
        ),
    ]
    CONTEXT = ("said", "says", "asked", "replied", "chat", "transcript")
