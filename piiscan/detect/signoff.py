"""A name on the line after a sign-off, where a text file's records are its lines.

A letter, a mail or a post is signed on two lines::

    Best regards,
    Priyanka

(the sign-off may end a line's last sentence: ``Pago o frete. Obrigado!``, then ``João``)

Records that hold the whole message see both lines at once (``recognizers/
person_address.py``'s ``sign_off``); a text file is read a line at a time, so the name's
line alone says nothing. :func:`signed_names` looks at each line of text whose previous
line, in the same file, is a sign-off and nothing else, and takes its name if the line is
a name and nothing else: one to three capitalized words, not a team's or a company's
('Support Team', 'Nimbus Storage Billing' say who, but no person). A message is signed by its
writer's name and number too: a name alone on its line after a blank line or a sentence's end,
its number alone on the next (``Any update on this?``, ``Yeabu``, ``23276788199``).

A signature goes on with the firm's name and its address::

    Ekene Agu
    Chukwudi Stockfish Enterprises
    Plot 19, Mile 12 Market, Lagos

:func:`firm_address_rows` gives the lines right after a line that is a firm's name (its
legal form or a kind of business last): the firm's address, where no one lives.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .known import BUSINESS_WORDS, GENERIC_NAMES, LEGAL_FORM

_SIGN_OFF = re.compile(
    r"[ \t>]*(?:.*?[.!?][ \t]+)?"  # (the line's last sentence: 'Pago o frete. Obrigado!')
    r"(?:(?:best|kind|warm|warmest|many)[ ]regards|regards|best(?:[ ]wishes)?|thanks|many[ ]thanks"
    r"|thank[ ]you|cheers|sincerely|yours[ ]sincerely|yours[ ]truly|all[ ]the[ ]best|take[ ]care"
    r"|mit[ ]freundlichen[ ]grüßen|viele[ ]grüße|liebe[ ]grüße|cordialement|bien[ ]à[ ]vous|saludos"
    r"|un[ ]saludo|cumprimentos|atenciosamente|distinti[ ]saluti|cordiali[ ]saluti"
    r"|met[ ]vriendelijke[ ]groet|groeten|med[ ]vänliga[ ]hälsningar|hälsningar|mvh|pozdrawiam"
    # Estonian, Latvian, Lithuanian, Slovenian, Croatian, Bulgarian, Ukrainian, Russian, Greek, Icelandic
    r"|lugupidamisega|ar[ ]cieņu|pagarbiai|su[ ]pagarba|lep[ ]pozdrav|srdačan[ ]pozdrav|lijep[ ]pozdrav"
    r"|s[ ]spoštovanjem|s[ ]poštovanjem|поздрави|с[ ]уважение|з[ ]повагою|с[ ]уважением|με[ ]εκτίμηση"
    r"|kveðja|bestu[ ]kveðjur|með[ ]kveðju|kær[ ]kveðja|abraços|abraço|abs"
    # thanks, in other languages (Portuguese, Spanish, German, French, Italian, Nordic, Finnish,
    # Polish, Baltic, South Slavic, Ukrainian, Russian, Bulgarian, Greek)
    r"|obrigad[oa]|valeu|grat[oa]|gracias|danke|merci|grazie|kiitos|tack|takk|dziękuję|aitäh|paldies|ačiū"
    r"|hvala|дякую|спасибо|благодаря|ευχαριστώ"
    # Romanian's and Moldova's regards and thanks, Bulgarian's in Latin letters ('Cu stimă,', 'Mulțumesc frumos,')
    r"|cu[ ]stim[ăa]|cu[ ]respect|mul[țţt]umesc(?:[ ](?:frumos|mult))?|mul[țţt]umim|numai[ ]bine|toate[ ]cele[ ]bune"
    r"|blagodarya|pozdravi|с[ ]най-добри[ ]пожелания|всичко[ ]хубаво"
    # Indonesian and Malay, Tagalog, Swahili, Catalan, Welsh, Afrikaans, Albanian, Azerbaijani,
    # Serbian, Kazakh, Armenian, Hindi, Bengali, Persian, Georgian: sign-offs and thanks
    r"|salam|hormat[ ]saya|salam[ ]hangat|terima[ ]kasih|yang[ ]benar|salamat|maraming[ ]salamat|asante"
    r"|wako(?:[ ]mwaminifu)?|salutacions|atentament|cordialment|gràcies|diolch|cofion(?:[ ]cynnes)?"
    r"|yn[ ]gywir|groete|vriendelike[ ]groete|(?:baie[ ])?dankie|me[ ]respekt|faleminderit|hörmətlə"
    r"|təşəkkürlər|поздрав|срдачан[ ]поздрав|хвала|с[ ]поштовањем|құрметпен|рахмет|հարգանքով"
    r"|धन्यवाद|सादर|भवदीय|ধন্যবাদ|শুভেচ্ছান্তে|বিনীত|با[ ]احترام|با[ ]سپاس|ممنون|ارادتمند"
    r"|პატივისცემით|მადლობა"
    # Slovak, Maltese, Irish, Basque, Galician, Hausa, Somali, Uzbek, Mongolian, Macedonian,
    # Urdu (also romanized: 'Shukriya', 'Allah Hafiz', 'JazakAllah'), Sinhala, Tamil, Telugu, Amharic, Khmer
    r"|s[ ]pozdravom|s[ ]úctou|ďakujem|saħħa|grazzi|le[ ]meas|is[ ]mise(?:[ ]le[ ]meas)?"
    r"|diolch[ ]yn[ ]fawr|hwyl(?:[ ]fawr)?|cofion[ ]gorau|sláinte|slán(?:[ ]go[ ]fóill)?|beannachtaí"
    r"|le[ ]gach[ ]dea-ghuí|go[ ]raibh[ ]maith[ ]agaibh|ta|cheers[ ]mate|kindest[ ]regards|yours[ ]faithfully"
    r"|go[ ]raibh[ ]maith[ ]agat|agur[ ]bero[ ]bat|ondo[ ]izan|eskerrik[ ]asko|saúdos|un[ ]saúdo|grazas"
    r"|atentamente|na[ ]gode|wassalam"
    # (the coast's Gujarati families' 'Jai Shri Krishna' and Swahili's 'see you', as sign-offs before a name)
    r"|jai[ ]shri[ ]krishna|jai[ ]shree[ ]krishna|jai[ ]jinendra|tutaonana|kwa[ ]heri|kwaheri"
    # (Spain's, Italy's, Portugal's, Catalonia's, Galicia's and the Basque Country's longer ones)
    r"|un[ ]cordial[ ]saludo|mil[ ]gracias|grazie[ ]e[ ]buona[ ]giornata|buona[ ]giornata|grazie[ ]mille"
    r"|grazie[ ]in[ ]anticipo|(?:com[ ]os[ ])?melhores[ ]cumprimentos|muito[ ]obrigad[oa]|una[ ]abraçada"
    r"|salutacions[ ]cordials|moltes[ ]gràcies|besarkada[ ]bat|moitas[ ]grazas"
    # (Urdu's, romanized, and Dari's thanks)
    r"|shukriya|shukria|shukriyah|(?:bohat|bahut|boht)[ ]shukriya|mehe?rbani|meharbani"
    r"|jazak[ ]?allah(?:[ ]?khair(?:an)?)?|allah[ ]hafiz|khuda[ ]hafiz|khuda[ ]hafez|fi[ ]amanillah|تشکر"
    r"|mahadsanid|hurmat[ ]bilan|ҳурмат[ ]билан|хүндэтгэсэн|со[ ]почит"
    r"|благодарам|баярлалаа|والسلام|شکریہ|خیر[ ]اندیش|ස්තුතියි|ස්තූතියි|මෙයට[ ]විශ්වාසී|அன்புடன்|நன்றி"
    r"|நன்றியுடன்|ధన్యవాదాలు|ధన్యవాదాలతో|భవదీయుడు|ከሰላምታ[ ]ጋር|ከአክብሮት[ ]ጋር|አመሰግናለሁ|ដោយក្តីគោរព|អរគុណ"
    # Belarusian, Kyrgyz, Tajik, Turkmen, Kurdish (both scripts), Igbo, Malagasy, Faroese,
    # Luxembourgish, Zulu and Xhosa, Samoan, Maori, Kannada, Malayalam, Gujarati, Punjabi,
    # Marathi, Pashto, Lao, Burmese, Tigrinya
    r"|з[ ]павагай|дзякуй|урматтоо[ ]менен|бо[ ]эҳтиром|ташаккур|раҳмат|hormat[ ]bilen|sag[ ]boluň"
    r"|bi[ ]rêz|bi[ ]silav|gelek[ ]spas|spas|سوپاس|لەگەڵ[ ]ڕێزدا|daalụ|misaotra(?:[ ]betsaka)?|veloma"
    r"|amin'ny[ ]fanajana|vinarliga|bestu[ ]kvøðjur|góð[ ]kvøðja|mat[ ]beschte[ ]gréiss|schéine[ ]gruss"
    r"|villmools[ ]merci|ngiyabonga|siyabonga|ozithobayo|enkosi|ndiyabulela|ozithobileyo|fa'afetai|soifua"
    r"|ngā[ ]mihi|nga[ ]mihi|nāku[ ]noa,?[ ]nā|nāku[ ]noa|mauri[ ]ora|noho[ ]ora[ ]mai|ಧನ್ಯವಾದಗಳು|ವಂದನೆಗಳು"
    r"|നന്ദി|സ്നേഹപൂർവ്വം|വിശ്വസ്തതയോടെ|આભાર|આપનો[ ]વિશ્વાસુ|ਧੰਨਵਾਦ|आपला[ ]विश्वासू|مننه|په[ ]درنښت"
    r"|ຂອບໃຈ(?:ຫຼາຍ)?|ດ້ວຍຄວາມນັບຖື|ကျေးဇူးတင်ပါတယ်|ကျေးဇူးပါ|የቐንየለይ|ምስ[ ]ሰላምታ"
    # Hawaiian, Tatar, Bashkir, Chechen, Uyghur, Sindhi, Odia, Tibetan, Dzongkha, Dhivehi,
    # Fijian, Tongan, Tok Pisin, Quechua, Guarani, Aymara, Haitian Creole, Breton, Occitan,
    # Corsican, West Frisian, Romansh, Kinyarwanda, Shona, Wolof, Lingala, Oromo, Tswana,
    # Sesotho
    r"|me[ ]ke[ ]aloha|mahalo(?:[ ]nui(?:[ ]loa)?)?|a[ ]hui[ ]hou|хөрмәт[ ]белән|хөрмәт[ ]менән|рәхмәт"
    r"|баркалла|ھۆرمەت[ ]بىلەن|رەھمەت|مهرباني|ଧନ୍ୟବାଦ|ଆପଣଙ୍କ[ ]ବିଶ୍ୱସ୍ତ|ཐུགས་རྗེ་ཆེ་?|བཀྲིན་ཆེ་?|ޝުކުރިއްޔާ"
    r"|vinaka(?:[ ]vakalevu)?|mālō[ ]ʻaupito|malo[ ]aupito|ʻofa[ ]atu|ofa[ ]atu|tenkyu(?:[ ]tru)?|lukim[ ]yu"
    r"|sulpayki|añay|aguyje(?:vete)?|yuspajara|jallalla|mèsi(?:[ ]anpil)?|respè|avèk[ ]respè|trugarez"
    r"|a[ -]galon|kenavo|mercés|coralament|amistats|salutu|saluti|tankewol|mei[ ]freonlike[ ]groetnis"
    r"|groetnis|groetsjes|grazia[ ]fitg|cordials[ ]salids|salids|murakoze(?:[ ]cyane)?|mugire[ ]amahoro"
    r"|maita[ ]basa|ndatenda|ndinotenda|jërëjëf|matondo|melesi|galatoomaa|nagaan|ke[ ]a[ ]leboga"
    r"|ka[ ]tlotlo|ke[ ]a[ ]leboha|ka[ ]tlhompho"
    # Esperanto, Scottish Gaelic, Cebuano, Ilocano, Northern Sami, Greenlandic, Yiddish,
    # Sorbian, Sardinian, Chuvash, Yakut, Ossetian, Abkhaz, Kirundi, Fula, Twi, Ewe,
    # Marshallese, Konkani, Meitei
    r"|amike|kore|salutojn|kun[ ](?:amikaj|koraj|plej[ ]bonaj)[ ]salutoj|dankon|le[ ]deagh[ ]dhùrachd"
    r"|le[ ]dùrachd|mòran[ ]taing|tapadh[ ]leibh|tapadh[ ]leat|daghang[ ]salamat|agyamanak(?:[ ]unay)?"
    r"|(?:buorre[ ]|ollu[ ]|buoremus[ ]|váimmolaš[ ])?dearvvuođat|buriin[ ]sivaiguin|giitu|ollu[ ]giitu|inuulluarit"
    r"|inuulluaqqusillunga|qujanaq"
    r"|אַ[ ]דאַנק|מיט[ ]גרוסן|z[ ]postrowom|z[ ]wutrobnym[ ]postrowom|dźakuju|źěkujom|gratzias"
    r"|тавах|махтал|бузныг|иҭабуп|urakoze(?:[ ]cane)?|a[ ]jaaraama|jaaraama|medaase|akpe(?:[ ]kakaka)?"
    r"|kommol(?:[ ]tata)?|dev[ ]borem[ ]korum|ꯊꯥꯒꯠꯆꯔꯤ"
    # Udmurt, Tuvan, Tetum, Javanese, Sundanese, Papiamento, Friulian, Kashubian, Xitsonga,
    # Chichewa, Bemba, Luganda, Kikuyu, Hmong, Cherokee, Navajo, Manx, Cornish, Aromanian,
    # Latgalian, Palauan
    r"|бадӟым[ ]тау|четтирдим|obrigadu(?:[ ]barak)?|ho[ ]respeitu|matur[ ]nuwun|maturnuwun|hatur[ ]nuhun"
    r"|nuhun|masha[ ]danki|danki|graciis|salûts|dzãkùjã|inkomu|ndza[ ]khensa|zikomo(?:[ ]kwambiri)?"
    r"|natotela(?:[ ]sana)?|webale(?:[ ]nnyo)?|mwebale(?:[ ]nnyo)?|nĩ[ ]ngatho|ni[ ]ngatho|ua[ ]tsaug(?:[ ]ntau)?"
    r"|wado|ᏩᏙ|ahéhee[ʼ'’]|gura[ ]mie[ ]ayd|gura[ ]mie[ ]eu|meur[ ]ras|haristo|paļdis|ar[ ]cīņu|sulang"
    r"|kom[ ]kmal[ ]mesulang"
    # Crimean Tatar, Gagauz, Karelian, Võro, Asturian, Aragonese, Sicilian and Neapolitan, Low
    # German, Scots, Balinese, Minangkabau, Acehnese, Cantonese, Hakka, Mizo, Khasi, Newar,
    # Okinawan, Kapampangan, Nahuatl, Yucatec Maya, K'iche', Mapudungun, Tahitian, Gilbertese,
    # Bislama, Kabyle, Tamazight (Tifinagh), Dholuo
    r"|sağ[ ]oluñız|saa[ ]olun|passibo|aitüma|gracies|un[ ]saludu|grazias|grazzie|(?:beste[ ]|leve[ ])?gröten"
    r"|mony[ ]thanks|yours[ ]aye|(?:matur[ ])?suksma|om[ ]santih[ ]santih[ ]santih[ ]om|tarimo[ ]kasih"
    r"|teurimong[ ]gaseh|多謝|唔該晒|唔該|承蒙你|ka[ ]lawm[ ](?:e|hle)|khublei(?:[ ]shibun)?|सुभाय्"
    r"|nifee[ ]deebiru|にふぇーでーびる|dakal[ ]a[ ]salamat|tlazoh?camati|(?:jach[ ])?dyos[ ]bo[ʼ'’]otik"
    r"|maltyoox|maltiox|chaltu[ ]?may|m[aā]uruuru(?:[ ]roa)?|ko[ ]rabwa|ko[ ]bati[ ]n[ ]rabwa"
    r"|tank[ ]yu(?:[ ]tumas)?|tankyu(?:[ ]tumas)?|tanemmirt(?:[ ]aṭas)?|ⵜⴰⵏⵎⵎⵉⵔⵜ|erokamano(?:[ ]ahinya)?"
    # Komi, Erzya, Kabardian, Ingush, Lezgin, Venetian, Ligurian and Piedmontese, Madurese, Toba
    # Batak, Tausug, Bikol, Waray, Garifuna, Ojibwe, Plains Cree ('Ekosi': that is all), Mohawk,
    # Lakota ('Mitákuye oyás'iŋ': all my relatives), Niuean, Cook Islands Māori, Chuukese,
    # Acholi, Bambara
    r"|аттьӧ|сюкпря|упсэу|баркал|чухсагъул|grasie|grassie|mersì|sakalangkong|mauliate|magsukul"
    r"|dios[ ]mabalos|damo[ ]nga[ ]salamat|seremein|miigwe?t?ch|megwetch|giga-waabamin|kinan[aâ]skomitin"
    r"|hiy[ ]hiy|[eê]kosi|ni[aá]:?wen(?:[ ]k[oó]:?wa)?|pilamaya(?:ye)?|philámayaye|wopila"
    r"|mit[aá]kuye[ ]oy[aá]s[ʼ'’]i[nŋ]|fakaaue(?:[ ]lahi)?|meitaki(?:[ ]ma[ʻ'’]?[aā]ta)?|kia[ ]manuia"
    r"|kinisou(?:[ ]chapur)?|apwoyo(?:[ ]matek)?|(?:i|a|aw)[ ]ni[ ]ce"
    # Inuktitut (Latin, syllabics), S'gaw Karen, Hiri Motu, Marquesan, Pohnpeian, Kosraean,
    # Kriol, Miskito, Herero, Kamba, Maasai, Sukuma, Tshiluba, Kikongo, Sango, Oshiwambo ('Kala
    # po nawa': stay well), Mandinka, Krio, Tuvaluan
    r"|qujannamii?k|ᖁᔭᓐᓇᒦᒃ|nakurmiik|ᓇᑯᕐᒦᒃ|တၢ်ဘျုး(?:ဒိၣ်မး)?|tanikiu(?:[ ]bada)?|koutau(?:[ ]nui)?|kalahngan"
    r"|kulo(?:[ ]ma[ ]lulap)?|tengkyu|tingki(?:[ ]pali)?|okuhepa(?:[ ]nene)?|n[iĩ][ ]?m[uũ]vea|ashe[ ]oleng"
    r"|wabeja(?:[ ]sana)?|twasakidila|wasakidila|ntondele|singila(?:[ ]mingi)?|tangi[ ]unene|kala[ ]po[ ]nawa"
    r"|abaraka|t[eɛ]nki|fakafetai(?:[ ]lasi)?"
    # Tamasheq (Latin, Tifinagh), Tachelhit (Latin, Tifinagh), Nauruan, Yapese, Solomon Islands
    # Pijin ('Lukim iu': see you), Alur, Ateso, Turkana, Lugbara, Kalenjin, Nyakyusa, Umbundu,
    # Kaonde, Mauritian and Seychellois Creole, Comorian
    r"|tanemmert|ⵜⵏⵎⵔⵜ|tanmmirt|ayyuz|ⴰⵢⵢⵓⵣ|tubwa[ ]kor|kam[ ]?magar|tangg?io(?:[ ]tumas)?|lukim[ ]iu"
    r"|afoyo(?:[ ]matek)?|eyalama(?:[ ]noi)?|alakara|awa[ʼ'’]?difo|kongoi(?:[ ]mising)?|ndaga[ ]fijo"
    r"|[nt][dw]apandula|twasanta(?:[ ]mwane)?|mersi(?:[ ]bou?kou)?|marahaba"
    # Carolinian, Sasak, Toraja, Banjar, Ibibio, Tarifit (Latin, Tifinagh), Runyankole, Lozi,
    # Tumbuka
    r"|olomwaay|tampi[ ]?asih|kurre[ ]sumanga[ʼ'’]?|tarima[ ]kasih|sosongo|tanmirt|thanmirth|ⵜⴰⵏⵎⵉⵔⵜ"
    r"|m?webare(?:[ ]munonga)?|(?:ni[ ])?itumezi(?:[ ]hahulu)?|yewo(?:[ ]chomene)?"
    # Kituba, Oshindonga, Borana Oromo (thank you very much; thank you)
    r"|melesi[ ]mingi|ndapandula[ ]unene|galatoomi"
    # Ivatan, Ibanag, Tshivenda, Réunion Creole (thank you, God be with you; thank you (very
    # much); see you)
    r"|di[ou]s[ ]mamajes|dios[ ]mavidin|dios[ ]y[ ]mabbalo|ndo[ ]livhuwa|ri[ ]a[ ]livhuwa|mersi[ ]bonp[ée]"
    r"|n(?:ou[ ])?artrouv"
    # Kichwa, Kaqchikel, Q'eqchi', Tzotzil, Zapotec, Otomi, Shipibo-Konibo, Asháninka, Sranan
    # Tongo, Nias, Ambonese and Manado Malay (thank you (very much); Kichwa's 'until tomorrow')
    r"|yupaychani|kayakaman|maty[öo]x|b[ʼ'’]?antiox|kolaval(?:ik)?|xquixe[ ]pe[ ]lii|jamädi|irake|pasonki"
    r"|gran[ ]?tangi|saohag[öo]l[öo]|ya[ʼ'’]?ahowu|dangke(?:[ ]banyak)?|makase[ ]banyak"
    # Rarámuri, Yaqui, Luganda and Lusoga (with its long vowel), Emakhuwa, Cebuano and
    # Hiligaynon (thank you (very much))
    r"|mat[ée]tera(?:[ ]ba)?|chiokoe[ ]utte[ʼ'’]?esia|weebale(?:[ ]nnyo)?|koxukhuru|salamat[ ](?:kaayo|gid)"
    # Picard, Gascon and Aranese (its goodbye too), Rotuman, Amharic (in Latin letters), Bislama
    # (thank you (very much))
    r"|merchi(?:[ ]gramint)?|adishatz|merc[ée]s[ ]h[èe]ra|f[aạḁ]i[aåȧ]ksia|amesegi?nalehu|tangkyu(?:[ ]tumas)?"
    # Norwegian, Swedish, Finnish, Estonian and Latvian (regards, kind and best regards,
    # greetings; many thanks; Estonian's 'I thank'; Latvian's 'with best wishes'), Malay and
    # Indonesian ('ours respectfully', respectful greetings), Afrikaans (best regards), Ronga and
    # Changana, Kadazandusun (thank you)
    r"|hilsen|(?:med[ ])?vennlig[ ]hilsen|beste[ ]hilsen|v[äa]nliga[ ]h[äa]lsningar|b[äa]sta[ ]h[äa]lsningar"
    r"|(?:yst[äa]v[äa]llisin[ ]|parhain[ ])?terveisin|kiitos[ ]paljon|tusen[ ]ta(?:kk|ck)|parimate[ ]soovidega"
    r"|tervitades|suur[ ]ait[äa]h|t[äa]nan|sveicieni|liels[ ]paldies|ar[ ]labiem[ ]v[ēe]l[ēe]jumiem|hormat[ ]kami"
    r"|salam[ ]hormat|beste[ ]groete|khanimambo|kotohuadan"
    # Drehu (Lifou's: thank you (very much)), Adyghe (thank you), Laz (many thanks)
    r"|oleti(?:[ ]atraqatr)?|тхьауегъэпсэу|didi[ ]mardi"
    # Malay and Indonesian (the Muslim farewell, as one word), Tetum (thank you very much, a woman's)
    r"|wassalamualaikum|obrigada[ ]barak"
    # Hebrew's (with blessing, thanks (a lot, in advance), with appreciation, all the best)
    r"|בברכה|תודה(?:[ ]רבה)?|בתודה(?:[ ]מראש)?|בהוקרה|כל[ ]טוב"
    # French's (have a good day, evening; best regards; greetings; see you soon; respectfully; thanks in
    # advance), accented, unaccented or in a mail's quoted-printable ('Bonne journ=C3=A9e,')
    r"|bonne[ ]journ(?:ée|ee|=C3=A9e)|bonne[ ]soir(?:ée|ee|=C3=A9e)|bien[ ]cordialement|tr(?:è|e|=C3=A8)s[ ]cordialement"
    r"|(?:sinc(?:è|e|=C3=A8)res[ ]|meilleures[ ])?salutations|(?:à|a|=C3=A0)[ ]bient(?:ô|o|=C3=B4)t|respectueusement"
    r"|merci[ ](?:d['’]avance|beaucoup|bien|encore|ben[ ]gros)"
    # the Levant's and Iraq's Arabic in Latin letters (thanks (a lot), goodbye, bless you), Kurdish's (thanks (a
    # lot)), Fijian's (goodbye), Yup'ik's (thank you)
    r"|shukran(?:[ ](?:kteer|ktir|jazeelan|jazilan))?|ma3[ ](?:el[ ])?salameh|ma['’]a[ ]?(?:al[ ])?salama|tislam"
    r"|(?:zor[ ]|gelek[ ])?(?:supas|spas)|sa[ ]moce|quyana(?:a)?)"
    # (in two languages, as Wales signs: 'Diolch / Thanks,')
    r"(?:[ ]/[ ](?:thanks|regards|kind[ ]regards|best[ ]wishes|thank[ ]you|diolch|cofion(?:[ ]cynnes)?|le[ ]meas))?"
    r"[ \t]*[,.!،፣]?[ \t]*\r?"
    r"|[ \t>]*--[ ]?\r?", re.IGNORECASE)  # (Persian's and Amharic's commas too; a signature's delimiter, '-- ')
# (an Indic script's vowel signs are letters of a name here: 'राहुल', 'সুমাইয়া')
# (and Khmer's: 'សុខ ដារ៉ា', Lao's and Burmese's)
_NAME_LINE = re.compile(r"[ \t>]*(?P<name>[^\W\d_](?:[^\W\d_'’.\-]|[\u0900-\u0dff\u0e80-\u0eff\u1000-\u109f"
                        r"\u1780-\u17ff])*(?:(?:['’]?[ ]|['’\-])[^\W\d_](?:[^\W\d_'’.\-]|[\u0900-\u0dff\u0e80-\u0eff"
                        r"\u1000-\u109f\u1780-\u17ff])*){0,5})[ \t]*\r?")
# Words a team, a company or a role signs with: the accounts and roles that are nobody
# (known.GENERIC_NAMES: 'support', 'team', 'billing', 'helpdesk', ...) and a company's words
_NOT_PERSONS = GENERIC_NAMES | frozenset({
    "service", "services", "care", "department", "desk", "office", "group", "inc", "ltd", "llc",
    "gmbh", "company", "management", "all", "the", "your", "our", "again", "in", "advance"})


# The lower-case words inside a family name ('Sjoerd de Vries', 'Anna van der Berg', 'Luca di
# Stefano'), between capitalized words only
_PARTICLES = frozenset({"de", "van", "der", "den", "von", "da", "di", "du", "le", "la", "del", "dos", "das", "ap", "ab",
                        "ferch", "verch", "a",
                        "ter", "ten", "bin", "binti", "al", "el",
                        "binte", "s/o", "d/o"})  # (Singapore's: 'Kumar s/o Ramasamy', 'Siti binte Osman')


def _a_names_word(word: str) -> bool:
    """A capitalized word, or a short one of a script without case ('Amina', 'نرگس'). A
    sentence in a script written without blanks is one long word ('请尽快回复我'): Chinese,
    Japanese and Korean names have two to four characters."""
    if word[:1].isupper():
        return True
    if word[:1].islower() and not "\u10d0" <= word[0] <= "\u10ff":
        return False  # (Georgian's letters are lower case to Unicode, and written without case)
    cjk = "\u3040" <= word[0] <= "\u9fff" or "\uac00" <= word[0] <= "\ud7a3"
    return len(word) <= (4 if cjk else 12)


def signed_names(texts: Mapping[int, str], fields: Mapping[int, str | None],
                 sources: Mapping[int, str], records: Mapping[int, int],
                 rows: Sequence[int]) -> list[tuple[int, int, int]]:
    """(row, start, end) of each name that signs off, among ``rows`` (lines of text: field
    None); the line before must be the previous record of the same source, in ``texts``."""
    out = []
    for i in rows:
        if fields[i] is not None or i - 1 not in texts or fields[i - 1] is not None:
            continue
        if sources[i - 1] != sources[i] or records[i - 1] != records[i] - 1:
            continue
        m = _NAME_LINE.fullmatch(texts[i])
        if m is None or not (_SIGN_OFF.fullmatch(texts[i - 1]) or _number_signed(texts, fields, sources, records, i)) \
                or _SIGN_OFF.fullmatch(texts[i]):
            continue  # (a sign-off after a signature's '-- ' is no name: 'Thanks')
        name = m.group("name")
        words = re.split(r"[ '’\-]", name)
        if name.count(" ") > 2 + sum(w in _PARTICLES for w in words) or not all(_a_names_word(w) or 0 < k < len(words) - 1 and w in _PARTICLES
                                          for k, w in enumerate(words) if w) or any(
                w.lower() in _NOT_PERSONS for w in words):
            continue
        out.append((i, m.start("name"), m.end("name")))
    return out


# A phone's number alone on its line ('23276788199', '+233 20 135 7518')
_NUMBER_LINE = re.compile(r"[ \t>]*(?:\+|00)?\d[\d \-().]{5,18}\d[ \t]*\r?")


def _number_signed(texts: Mapping[int, str], fields: Mapping[int, str | None], sources: Mapping[int, str],
                   records: Mapping[int, int], i: int) -> bool:
    """Whether line ``i`` signs a message with its number: after a blank line or a sentence's end, before its
    writer's number alone on the next line ('Any update on this?', '', 'Yeabu', '23276788199')."""
    after = i + 1
    if after not in texts or fields.get(after) is not None or sources[after] != sources[i] \
            or records[after] != records[i] + 1 or not _NUMBER_LINE.fullmatch(texts[after]):
        return False
    before = texts[i - 1].strip(" \t\r>")
    return not before or before[-1:] in ".!?"


# A firm's name alone on a line: a few words, its legal form or a kind of business last
# ('Obiora Brothers Nig. Ltd', 'Chukwudi Stockfish Enterprises', 'Acme GmbH')
_FIRM_LINE = re.compile(r"[ \t>]*(?P<name>[^\W\d_][^\n]{1,60}?)[ \t.,]*\r?")
_LINES_AFTER_A_FIRM = 2  # its street, then its town


_REGISTRATION_AFTER = re.compile(r"[ \t]*\((?:No\.?[ ])?[0-9][0-9A-Z\-]{4,20}\)$")
_TAG = re.compile(r"<[^<>\n]*>")  # (a mail's HTML part: '<p class="MsoNormal">Acme Ltd<o:p></o:p></p>')


def _a_firms_line(text: str) -> bool:
    m = _FIRM_LINE.fullmatch(_TAG.sub("", text) if "<" in text else text)
    if m is None:
        return False
    name = _REGISTRATION_AFTER.sub("", m.group("name"))  # (its registration's number after it: 'Sinar
    # Komputer Servis Sdn Bhd (201801012345)')
    words = name.split()
    if not 2 <= len(words) <= 7 or not all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return False
    form = LEGAL_FORM.search(name)
    return words[-1].strip(".,()").lower() in BUSINESS_WORDS or form is not None and form.end() == len(name)


def firm_address_rows(texts: Mapping[int, str], fields: Mapping[int, str | None],
                      sources: Mapping[int, str], records: Mapping[int, int],
                      rows: Sequence[int]) -> list[int]:
    """The rows, among ``rows`` (lines of text: field None), on the one or two lines right
    after a firm's name, in the same source: its address, no one's place."""
    out = []
    for i in rows:
        if fields[i] is not None or not texts[i].strip():
            continue
        for back in range(1, _LINES_AFTER_A_FIRM + 1):
            j = i - back
            if j not in texts or fields[j] is not None or sources[j] != sources[i] \
                    or records[j] != records[i] - back or not texts[j].strip():
                break
            if _a_firms_line(texts[j]):
                out.append(i)
                break
    return out
