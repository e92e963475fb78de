"""LOCATION: a town or country in the places a sentence puts one.

spaCy's small model misses a town it has not seen, and most towns written in capitals
(``flew to HORTEN``), and reads some as persons (``originally from Eckenroth``). A few
phrases only ever take a place, and that is the evidence:

* ``travel`` (0.9): ``flew to LEPPEN on Tuesday``, ``will fly into Port Moresby on PX
  004``, ``moved here from Fortaleza``, ``relocated to Leeds``, ``arrived in Dili``
* ``origin`` (0.9): ``originally from Mavčiče``, ``grew up in Shelly Park``, ``born in
  Tampere``, ``based in NAANTALI``, ``lives in Harburg``; other languages' ``Moro em
  Goiânia``, ``abito a Bari``, ``bor i Bergen``; a French town's ``secteur Normandie``,
  ``quartier Ducos``, New Caledonia's ``tribu de Napoémien``; Darija's ``ana men Oujda``, ``rani f Bab
  El Oued``, ``saken f Guéliz``, Somali's ``waxaan ku noolahay Hargeisa``, Kabyle's ``seg Azazga``,
  Arabic's ``من Monastir``, the Baltic languages' and Finnish's ``elan Tartus``, ``gyvenu Vilniuje``,
  ``asun Oulussa``, a listing's ``Dispo à Salé``, a guest's ``coming from Rīga``; the South Slavic
  languages', Macedonian's, Albanian's and Russian's ``ja sam iz Beograda``, ``živim u Nišu``, ``јас
  сум од Битола``, ``jam nga Prizreni``, ``я из Алматы``, ``живу в Бишкеке``, ``Luka Kovačević iz Splita``;
  Romanian's ``sunt din Bălți``, ``Radu din Iași``, Bulgarian's ``живея във Велико Търново``, ``az sam ot
  Plovdiv``, Khmer's and Lao's romanized ``mok pi Siem Reap``, Spanish's ``Soy Dilcia de Tegucigalpa``,
  ``Estoy en San Pedro Sula``, English's ``I moved to Ban Phonxay``
* ``hebrew_lives_in`` (0.9): Hebrew's ``אני גר בחיפה,`` (I live in Haifa: 'in' glued to the town), one
  or two words to the clause's end
* ``tagalog_from`` (0.9): Tagalog's and Cebuano's ``taga-Masbate City`` (from), ``nakatira sa``,
  ``nagpuyo sa`` (lives in), ``Nasa Solano po ako`` (I am in)
* ``landmark`` (0.85): a delivery's ``Nearest landmark: opposite Lumley Police Station``, to
  the line's or the sentence's end
* ``pipe_signature_town`` (0.9): a signature's town between its name and its phone (``[b]Filip
  Bulatović[/b] | Nikšić | +382 69 249 695``)
* ``label`` (0.9): a profile's or a form's ``Location: Swindon, Wiltshire`` at a line's
  start (``City:``, ``Hometown:`` too; not ``From:``, a mail's sender)
* ``delivery_label_first_place`` (0.9): a delivery's or an address's label, then its first place
  before a lot, a landmark or an estate (``Son adresse : Saré Moussa, Lot n° 469, Kolda``; a
  recipient's name is followed by a street: ``Address: John Smith, 221 Maple St``)

Capitalized words only (a place name's particles between them: ``Reguengos de
Monsaraz``), and the phrase must end after them (a comma, a sentence's end, ``on
Monday``). Left out on purpose: ``moved to`` and ``returned to`` (software moves to
``GitHub``, a setting returns to ``Default``), ``located in`` (``located in
Preferences``). The score outscores NER's 0.85 in a conflict: the phrase is the better
evidence.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_PARTICLE = r"(?:de|del|della|di|da|do|dos|das|du|des|la|le|los|las|nad|pod|an|am|im|sur|en|van|von|der|den|y|i)"
# One to four capitalized words (any script), particles between
# (two particles too: 'Fernando de la Mora'; Guarani's 'in', 'from' after a place is no part of it: 'Luque-pe',
# 'Asunción-gui')
_WORD = r"\p{Lu}(?:[\p{L}\p{M}'’]|\-(?!(?:pe|me|gui)\b))+"
_PLACE = (rf"{_WORD}(?:[ ](?:{_PARTICLE}[ ]){{0,2}}{_WORD}){{0,3}}"
          r"|\p{Lu}[\p{L}\p{M}'’\-]+[ ]\p{Lu}['’][ ]\p{Lu}[\p{L}\p{M}'’\-]+")  # PORT O' WARREN
# ...and the phrase ends: punctuation, the text's end, or a word that starts what follows
_AFTER = (r"(?=[ ]?[,.;:!?)\"”،]|\s*$|[\- ](?:pe|me|gui)\b|[ ](?i:on|this|last|next|by|for|with|and|at|to|since|where|when|in"
          r"|from|before|after|soon|today|yesterday|tomorrow|because|but|so|now|then|too|as|while|until|which"
          r"|who|that|during|too"
          # (Indonesian's and Spanish's: 'dibawa ke Jayapura oleh ...', 'vivo en Cobán desde 2019')
          r"|oleh|dan|untuk|pada|sejak|sampai|selama|dengan|besok|kemarin|con|desde|hasta|para|por|y|hace|ahora|pero"
          r"|esta|este|hoy|mañana"  # (Spanish's 'this (week)', 'today': 'Estoy en San Pedro Sula esta semana')
          r"|depuis|avec|pour|et|mais|le|la|les|ce|cette|demain|hier|aujourd['’]hui|svp|merci"
          r"|e|mas|porque|com|há|agora|também"  # (and Portuguese's: 'Moro em São Filipe e a luz vai-se ...')  # (and French's:
          # 'au quartier Ducos depuis 2019', 'je suis a Kaya le mois prochain')
          # (Tok Pisin's and Bislama's: 'stap long Gembogl nau inap long Fraide')
          r"|nau|long|wantaim|inap|na"
          # (Darija's, Somali's and the Baltic languages' and Finnish's 'and': 'ana men Oujda w saken f Guéliz',
          # 'ma elan Tartus ja töötan Tallinnas', 'dzīvoju Rīgā un strādāju ...', 'gyvenu Vilniuje ir ...')
          r"|w|iyo|ja|un|ir"
          # (the South Slavic languages' and Russian's 'and', 'but', Albanian's 'and': 'živim u Nišu i radim')
          r"|i|и|ali|али|но|dhe"
          # (Romanian's and, but, since, from: 'Locuiesc în Iași și aș prefera ...')
          r"|și|si|dar|de|din|iar"
          # (Darija's now, here, tomorrow, today: 'ana f Casa daba')
          r"|daba|dba|db|tawa|hna|ghda|lyoum|lyom|9rib|qrib|wra|mora"
          # (Egypt's Arabizi now, here, there: 'ana fe Nasr City delwa2ty')
          r"|delwa2ty|delwa2ti|dlwa2ty|dlw2ty|hena|henak)\b"
          # (or a word in Arabic or Thai script: 'أنا في Cairo دلوقتي')
          r"|[ ][\u0600-\u06ff\u0e01-\u0e4e])")  # (and its 'near', 'behind': 'Rani f La
          # Marsa 9rib l jami3')

_SCORE = 0.9

# Words that take a place's spot without being one ('based in The', 'lives in Fear')
_NOT_PLACES = frozenset({"the", "a", "an", "my", "our", "your", "his", "her", "their", "this", "that", "allah",
                         "fear", "hope", "peace", "love", "style", "time", "part", "general",
                         # what a profile's 'Location:' holds that names no place
                         "remote", "online", "internet", "earth", "worldwide", "anywhere", "everywhere",
                         "nowhere", "home", "here", "unknown", "various", "global", "none",
                         # a time or a state, not a place ('arrived in March', 'arrived in Perfect condition')
                         "january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december", "spring", "summer", "autumn",
                         "winter", "good", "perfect", "great",
                         # a house's number's word ('relocated to No. 77 Area 11 Road': the street, not 'No')
                         "no", "nr", "nos",
                         # Tok Pisin's and Bislama's days and months ('stap long Fraide': till Friday)
                         "mande", "tunde", "trinde", "fonde", "fraide", "sarere", "sande", "tusde", "wenesde",
                         "tosde", "fraede", "sarede", "janueri", "februeri", "epril", "julai", "ogas",
                         "septemba", "oktoba", "novemba", "disemba", "krismas"})


# Words after 'nasa' that are no place ('nasa Lazada po', a shop; 'Nasa akin', with me)
_FIL_NOT_PLACES = r"(?:Lazada|Shopee|Facebook|Messenger|Viber|GCash|Maya|Google|Inbox|Lunes|Martes|Miyerkules|Huwebes|Biyernes|Sabado|Linggo)"
# ...or, after Tagalog's and Cebuano's phrases, one of their words ('taga-Echague siya', 'Nasa Solano po ako')
_AFTER_FIL = (r"(?=[ ]?[,.;:!?)\"”]|\s*$|[ ](?:siya|sya|ko|ako|po|kami|kita|nga|na|ug|at|pa|din|rin|lang|man"
              r"|diay|karon|ngayon|ngadto|dito|diri)\b)")


class PlacePhraseRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "tagalog_from",
            rf"""(?x)
            (?<=\b[Tt]aga-                           # Tagalog's and Cebuano's 'from' ('taga-Masbate City',
               |\b(?i:nakatira|naninirahan|nagpuyo|nagpuyo[ ]ko|nagpuyo[ ]mi)[ ]sa[ ]  # 'Taga-Cagayan de Oro ko'),
               |\b(?i:nasa)[ ])                      # 'lives in', 'is in' ('Nasa Solano po ako')
            (?!{_FIL_NOT_PLACES}\b)(?:{_PLACE}){_AFTER_FIL}
            """,
            _SCORE,
        ),
        Pattern(
            "travel",
            rf"""(?x)
            (?<=\b(?:(?i:flew|fly|flies|flying|flown)[ ](?i:back[ ])?(?i:to|from|into|out[ ]of)
                   # a traveller's arrival ('arrived in Dili on Monday', 'landed in Kupang'; not 'at':
                   # 'arrived at Reception' names a desk)
                   |(?i:arrived|arriving|arrives|landed|landing|lands)[ ](?i:in)
                   |(?i:moved|moving|relocated|relocating)[ ](?i:here|there|back)[ ](?i:to|from)
                   |(?i:relocated|relocating|emigrated|emigrating)[ ](?i:to|from))[ ])
            (?:{_PLACE}){_AFTER}
            """,
            _SCORE,
        ),
        Pattern(
            "origin",
            rf"""(?x)
            (?<=\b(?:(?i:originally)[ ](?i:from)
                   |(?i:born|raised|grew[ ]up|based|headquartered|lives|living|resides|residing|stationed)[ ](?i:in)
                   # other languages' 'I live in': Portuguese, Spanish, Italian, French, German, Dutch,
                   # the Nordic languages ('Moro em Goiânia', 'abito a Bari', 'bor i Bergen')
                   |(?i:moro|resido|vivo|habito)[ ](?i:em|en|in|a|no|na)
                   # (and Lusophone Africa's and Cape Verdean Crioulo's 'lives (we live) in': 'Mora em Bissau',
                   # 'N ta mora na Achada Santo António'; Mauritian and Seychellois Kreol's 'I live (in)': 'mo reste
                   # Vacoas', 'mon reste Anse Royale'; Malagasy's 'lives in', 'comes from': 'monina any Antsirabe')
                   |(?i:mora|moram|moramos|vive|vivem|vivemos|reside|residem)[ ](?i:em|no|na)
                   # (Guarani's 'I (we) live': 'aiko Fernando de la Mora-pe', 'roiko Luque pe')
                   |(?:(?i:che|ore|ñande)[ ])?(?i:aiko|roiko|jaiko|oiko)
                   # (Sicilian's, Corsican's and Sardinian's 'I live (in)': 'staiu a Caltanissetta', 'stò in Corti',
                   # 'bivo in Nùgoro'; Sesotho's 'I live (come from)', siSwati's and Chichewa's: 'Ke lula Maseru', 'ke
                   # tsoa Mafeteng', 'ngihlala eManzini', 'ndimakhala ku Area 49', 'ndimachokera ku Mzuzu')
                   |(?i:staiu|stàiu|staju|stò|stocu|bivo|bivu)[ ](?i:a|in|à)|(?i:campu)[ ](?i:in|à)
                   |(?-i:I|we|We)[ ](?i:stay|live)[ ](?i:at)  # (Southern Africa's English: 'I stay at Ha Foso')
                   |(?i:ke[ ]lula|ke[ ]dula|ke[ ]tsoa|ke[ ]tswa|ngihlala|ngiphuma|sihlala)(?=[ ]\p{{Lu}}|[ ]e\p{{Lu}}|[ ]Ha[ ])
                   |(?i:ndimakhala|ndimachokera|ndimakhala[ ]ku|ndili|timakhala|tikukhala)[ ](?i:ku|ku[ ]dera[ ]la|pa)
                   |(?i:mo|mon|nou|li|zot)[ ](?i:reste|res)(?:[ ](?i:dan|a|lor))?|(?i:monina|mipetraka|avy)[ ](?i:any|ao|eto)|(?i:abito)[ ](?i:a|in)|(?i:j['’]habite)[ ](?i:à|a)
                   # French's 'I am (live) in' as a text message writes it, accents or none ('Je suis a
                   # Banfora', 'nous habitons à Koudougou', 'je vis a Kaya')
                   |(?i:je[ ]suis|je[ ]vis|nous[ ]sommes|nous[ ]vivons|nous[ ]habitons|on[ ]est|j['’]habite)[ ](?i:à|a)
                   |(?i:bas[ée]e?s?(?:\(e\))?|install[ée]e?s?(?:\(e\))?|situ[ée]e?s?(?:\(e\))?)[ ](?i:à|a)  # (a firm's or
                                                    # a person's seat: 'basé(e) à Nkongsamba')
                   # Haitian Kreyòl's and the Antilles' Créole's 'I live (am, stay) in', 'from' ('m ap viv Delmas 33',
                   # 'm nan Jacmel', 'an ka rété Baie-Mahault', 'se moun Jérémie li ye')
                   |(?i:m|mwen|nou|li)[ ](?:(?i:ap)[ ])?(?i:viv|rete|abite)(?:[ ](?i:nan|lan|a))?
                   |(?i:m|mwen|nou|li)[ ](?i:nan|lan)(?=[ ]\p{{Lu}})|(?i:an|mwen|nou)[ ](?i:ka)[ ](?i:rété|rete|viv)(?:[ ](?i:an|a))?
                   |(?i:moun|sòti|soti)(?:[ ](?i:nan|lavil))?(?=[ ]\p{{Lu}})
                   |(?i:perto)[ ](?i:do|da|de)|(?i:junto)[ ](?i:ao|à|a)  # (Portuguese's 'near': 'perto do Compão', a
                                                    # market's or a quarter's landmark)
                   |(?i:j['’]habite|nous[ ]habitons)(?=[ ]\p{{Lu}})  # (or a quarter, no 'à': 'J'habite Centre-ville,
                                                    # Mitsamiouli')
                   # and where a person's home is ('chez KÉRÉ Maïmouna a Ouahigouya')
                   |(?i:chez)[ ]\p{{Lu}}[\p{{L}}\p{{M}}'’\-]+[ ]\p{{Lu}}[\p{{L}}\p{{M}}'’\-]+[ ](?i:à|a)
                   |(?i:ich[ ])?(?i:wohne)[ ](?i:in)|(?i:ik[ ])?(?i:woon)[ ](?i:in)|(?i:jeg[ ]|jag[ ])?(?i:bor)[ ](?i:i|på)
                   # Romanian's and Moldova's 'I live (we live) in', Bulgarian's in Latin letters ('Locuiesc în Iași',
                   # 'locuim in Balti', 'Zhiveya v Sofia')
                   |(?i:locuiesc|locuim|locuiește|locuieste|stau)[ ](?i:în|in)|(?i:zhiveya|zhiveem|zhivea)[ ](?i:v|vav)
                   # and 'I am from' ('Sou de Campinas', 'Soy de Rosario', 'Ich komme aus Kassel')
                   |(?i:sou|soy)[ ](?i:de)|(?i:ich[ ])?(?i:komme)[ ](?i:aus)|(?i:ik[ ])?(?i:kom)[ ](?i:uit)
                   # (and after the one name 'I am' gives: 'Soy Dilcia de Tegucigalpa'; Spanish's 'I am (we are)
                   # in': 'Estoy en San Pedro Sula esta semana')
                   |(?<=(?i:soy)[ ](?!(?:Fan|Hincha|T[ée]cnic[oa]|Ingenier[oa]|Client[ea]|Usuari[oa]|Parte|Miembro|Socio
                      |Estudiante|Profesor(?:a)?|Due[ñn][oa]|Jefe|Gerente)[ ])\p{{Lu}}[\p{{Ll}}\p{{M}}]+[ ])(?-i:de)
                   |(?i:estoy|estamos|ando|andamos)[ ](?-i:en|por)(?![ ](?:L[íi]nea|Casa|Camino|Espera|Proceso|Reuni[óo]n
                      |Clase|Vacaciones|Turno|Servicio|Linea)\b)
                   # Spanish's 'we live in', 'I was born in', 'I write (greetings) from', 'I am settled in' ('te
                   # escribo desde San Pedro de Macorís', 'nací en Salto', 'radicado en Córdoba')
                   |(?i:vivimos|viven|nac[ií]|nacimos|radico|radicado|radicada|resid[ií]mos)[ ](?i:en)
                   |(?i:escribo|escribimos|saludos|saludo|reporto|gracias|abrazos?)[ ](?i:desde)
                   |(?i:oriund[oa]|originari[oa])[ ](?i:de)
                   # English's 'I (we) live in', 'staying in'; Jamaican Patois' 'live inna' ('mi live inna
                   # Mandeville')
                   |(?i:I|we|they|still|now|currently)[ ](?i:live|stay)[ ](?i:in)|(?i:staying)[ ](?i:in)
                   |(?i:live|liv|living|stay|staying|deh)[ ](?i:inna|ina)|(?i:deh)[ ](?i:in|a)|(?i:inna)
                   # (Patois' 'is in' and 'in': 'abee deh in Parika too', 'mi deh a Papine', 'a yute inna Ocho Rios')
                   # Indonesian: lives in, is from, moved, was taken or flew to ('tinggal di Biak', 'Laptop
                   # dibawa ke Jayapura oleh ...')
                   |(?i:tinggal|berdomisili|menetap)[ ](?i:di)|(?i:asal(?:nya)?|berasal)[ ](?i:dari)
                   |(?i:pindah|dibawa|terbang|berangkat|mudik)[ ](?i:ke)
                   # Tok Pisin's and Bislama's 'is at', 'lives at' and 'back to the home village' ('Mi stap
                   # long Gembogl nau', 'em i go bek long ples Sinasina')
                   |(?i:stap)[ ](?i:long)|(?i:bek)[ ](?i:long)[ ](?i:ples)
                   # Tetum's 'lives at' and 'comes from' ('Hela iha Lolotoe, Bobonaro', 'mai husi Baucau')
                   |(?i:hela)[ ](?i:iha)|(?i:mai)[ ](?i:husi)
                   # greetings from ('Salam dari Sumbawa Besar', Indonesian's and Malay's; 'greetings from Buka')
                   |(?i:salam)[ ](?i:dari)|(?i:greetings)[ ](?i:from)
                   # French's town's quarter, New Caledonia's tribe ('secteur Normandie', 'quartier Ducos',
                   # 'tribu de Napoémien')
                   # (in lower case: 'Quartier Shatanya' in an address is street_address's)
                   |secteur|quartier|tribu[ ]de
                   # the Andes' peasant community, ayllu and zone, Madagascar's fokontany ('Comunidad Campesina
                   # de Chinchero', 'Ayllu Qullana', 'zona Villa Adela', 'Fokontany Ambohipo')
                   |(?i:comunidad[ ]campesina|comunidad[ ]nativa)(?:[ ]de)?|(?-i:Ayllu|ayllu|zona|Fokontany|fokontany)
                   |(?-i:parroquia|cant[oó]n)  # (and Ecuador's parish and canton, in lower case: 'parroquia
                                                    # Lizarzaburu, cantón Riobamba'; 'Parroquia San José' is a church)
                   |(?i:coming|flying|arriving|travelling|traveling|driving)[ ](?i:from)  # (a guest's trip: 'coming
                                                    # from Rīga, my flight gets in at 13:05')
                   |(?:commune|province|wilaya|daïra|daira)(?:[ ]de)?  # (the Maghreb's: 'commune Sidi Rahal, province
                                                    # El Kelâa des Sraghna', 'wilaya de Tizi Ouzou')
                   # Darija's 'I am from', 'I am in', 'I live in' ('ana men Oujda', 'rani f Bab El Oued', 'saken f
                   # Guéliz'), and its 'from' after a name ('Amine Ben Salah men La Marsa'); Somali's 'I live in',
                   # 'I come from' ('waxaan ku noolahay Hargeisa'); Estonian's, Latvian's, Lithuanian's and Finnish's 'I live', 'I am from' (the
                   # town in its locative: 'elan Tartus', 'dzīvoju Rīgā', 'gyvenu Vilniuje', 'asun Oulussa')
                   |(?-i:ana|w[ ]ana|rani)[ ](?-i:men|mn|min)|(?i:ana|rani|rana|ahna|e7na)[ ](?-i:f|fi|fe)|(?i:saken|sakna|sakin|sakn|sken|kan[ ]sken|kanskon)[ ](?-i:f|fi|f\.|b)
                   |(?<=\p{{Lu}}\p{{Ll}}+,?[ ])(?<!(?i:salam|assalam|essalam|yaxshimusiz|yaxshimu)[,!]?[ ])(?-i:men|mn)
                   # Arabic's 'from' before a town in Latin letters ('أنا يوبا ساسي من Monastir، ...'); Kabyle's
                   # 'from' after a name or 'I' ('Amine seg Azazga', 'Nekk seg Tizi Ouzou'); French's 'available
                   # at', 'handed over at' in a listing ('Dispo à Salé, tél ...', 'Remise en main propre à Ariana')
                   # (Nigeria's: Hausa's 'from', Igbo's 'I live in', Yoruba's 'I live in', Pidgin's 'I stay in' and
                   # 'I am in': 'daga Kano', 'm bi na Enugu', 'mo ń gbé ní Ibadan', 'I dey stay for Surulere', 'I dey for Yaba')
                   |(?-i:daga)|(?i:m[ ]bi[ ]na|ń[ ]gbé[ ]ní|n[ ]gbe[ ]ni)|(?i:dey[ ]stay[ ]for|dey[ ]live[ ]for|(?-i:I)[ ]dey[ ]for)
                   # (Cameroon's Pidgin's spellings of it: 'I de for Buea', 'a di for Kumba'; Papiamentu's and Sranan's
                   # 'I (we) live in', 'I am from': 'mi ta biba na Santa Rosa', 'mi ta for di Noord', 'mi e libi na
                   # Lelydorp', 'mi komoto fu Moengo'; Kinyarwanda's and Kirundi's 'I live in', 'I am in', 'I come from':
                   # 'ntuye i Musanze', 'ndi i Bujumbura', 'mba i Ngozi', 'nturuka i Huye'; Swahili's 'I live in', 'I come
                   # from': 'ninaishi Rubavu', 'natoka Goma')
                   |(?-i:I|a|A)[ ](?i:de|di)[ ](?i:for)(?=[ ]\p{{Lu}})
                   |(?i:mi|nos|e)[ ](?i:ta[ ])?(?i:biba)[ ](?i:na|den|riba)|(?i:mi|nos)[ ](?i:ta[ ]for)(?:[ ](?i:di))?
                   |(?i:mi|wi|a)[ ](?:(?i:e)[ ])?(?i:libi)[ ](?i:na|ini)(?:[ ](?i:ini))?|(?i:mi|wi)[ ](?i:komoto)[ ](?i:fu|na)
                   |(?i:ntuye|dutuye|atuye|ndi|turi|mba|tuba|aba|nturuka|ndaturuka|mvuye)[ ](?-i:i|mu|muri)(?=[ ]\p{{Lu}})
                   |(?i:ninaishi|naishi|tunaishi|ninatoka|natoka|tunatoka|ninakaa|nakaa)(?=[ ]\p{{Lu}})
                   # (and Arabic's and Egypt's Arabizi 'I am in': 'أنا في Cairo', 'ana fe Nasr City')
                   |(?<![\u0600-\u06ff])(?:أنا|انا|إحنا|احنا)[ ]في|(?<![\u0600-\u06ff])من|(?<=\p{{Lu}}[\p{{Ll}}\-]+[ ])(?-i:seg)|(?i:nekk)[ ](?-i:seg)
                   |(?i:dispo|disponible|remise[ ]en[ ]main[ ]propre|r[ée]cup[ée]ration|à[ ]r[ée]cup[ée]rer)[ ](?i:à|a|sur)
                   |(?i:waxaan)[ ](?i:ku[ ]noolahay|ka[ ]imid|ka[ ]yimid|deggenahay|degganahay|deganahay|joogaa)|(?i:waxay)[ ](?i:ku[ ]nooshahay|ku[ ]nool)
                   |(?i:oo[ ]ka[ ]yimid|oo[ ]ku[ ]nool)  # (Somali's 'who comes from', 'who lives in' after a name)
                   |(?-i:[Mm]agaalada|[Dd]egmada|[Xx]aafadda|[Gg]obolka|[Tt]uulada)  # (Somali's 'the town', 'the district',
                                                    # 'the quarter', 'the region', 'the village': 'degmada Hodan')
                   |(?i:elan|elame|dzīvoju|dzīvojam|gyvenu|gyvename|asun|asumme)
                   |(?i:esu|esame|olen|olemme)[ ](?-i:iš|kotoisin)
                   # the South Slavic languages', Macedonian's, Albanian's and Russian's 'I am from', 'I live in'
                   # ('ja sam iz Beograda', 'живим у Нишу', 'јас сум од Битола', 'jam nga Prizreni', 'я из
                   # Алматы', 'живу в Бишкеке'), and 'from' after a name ('Luka Kovačević iz Splita'; not 'od',
                   # 'nga': 'poruka od Marka', a message from a person, unless after
                   # 'I am' and the name: 'jam Elira Krasniqi nga Prizreni')
                   |(?i:ja[ ]sam|sam|smo|dolazim|rodom|ја[ ]сам|сам|смо|долазим|родом|я|мы)[ ](?-i:iz|из)
                   |(?i:živim|zivim|živimo|zivimo|живим|живимо)[ ](?-i:u|у)
                   |(?i:сум|јас[ ]сум|доаѓам)[ ](?-i:од)|(?i:живеам|живееме)[ ](?-i:во)
                   |(?i:jam|jemi|vij|vjen)[ ](?-i:nga)|(?i:jetoj|jetojmë|jetojme|banoj)[ ](?-i:në|ne)
                   |(?i:живу|живём|живем|нахожусь)[ ](?-i:в)
                   # Romanian's and Moldova's 'I am from' and 'from' after a name ('sunt din Bălți', 'Radu din
                   # Iași'); Bulgarian's 'I live in', 'I am from' and 'from' after a name ('живея във Велико
                   # Търново', 'аз съм от Габрово', 'az sam ot Plovdiv', 'Petar, ot Varna'); Khmer's and Lao's
                   # romanized 'come from' ('mok pi Siem Reap', 'ma jak Pakse')
                   |(?i:sunt|suntem|vin|venim|originar|originară)[ ](?-i:din)
                   |(?<=\p{{Lu}}[\p{{Ll}}\p{{M}}]+[ ])(?-i:din)|(?<=\p{{Lu}}[\p{{Ll}}\p{{M}}]+,?[ ])(?-i:от|ot)
                   |(?i:живея|живеем|живее)[ ](?-i:в|във)|(?i:съм|сме|идвам)[ ](?-i:от)
                   |(?i:az[ ]sam|sam|sme|idvam)[ ](?-i:ot)|(?i:mok[ ]pi|mok[ ]pii|ma[ ]jak|maa[ ]jak|ma[ ]chak)
                   # English's 'I moved to' ('Hi, I moved to Ban Phonxay, Hadxayfong.'; not 'moved to Trash', nor a
                   # team's 'We moved to GitHub')
                   |(?-i:I|I['’]ve|I[ ]have)[ ](?i:just[ ]|recently[ ])?(?i:moved|relocated)[ ](?i:to)
                   |(?<=\p{{Lu}}[\p{{Ll}}\p{{M}}]+[ ])(?<!(?:Отправлено|Отправлена|Отправлен|Прислано|Переслано|Загружено)[ ])
                    (?-i:iz|из)  # (not a mail app's signature: 'Отправлено из Почты Mail.ru для Android', sent from)
                   # Slovak's 'I live in', 'I am from' and 'from' after a name ('bývam v Trnave', 'som zo Žiliny',
                   # 'Zuzana Horváthová z Banskej Bystrice'); Slovene's ('živim v Celju', 'sem iz Kranja', 'prihajam
                   # iz Kopra'); Maltese's ('noqgħod fi Ħal Qormi', 'jien minn Birkirkara', 'Ġorġ Borg minn Mosta')
                   |(?i:bývam|byvam|bývame|byvame|žijem|zijem|živim|zivim|živimo|zivimo)[ ](?-i:v|vo)
                   |(?i:som|sme|pochádzam|pochadzam)[ ](?-i:z|zo)|(?i:sem|prihajam)[ ](?-i:iz)
                   |(?<=\p{{Lu}}[\p{{Ll}}\p{{M}}]+[ ])(?-i:z|zo|minn)|(?i:noqgħod|noqghod|ngħix|nghix|noqogħdu|noqoghdu)[ ](?-i:fi)
                   |(?i:jien|jiena|aħna|ahna)[ ](?-i:minn)
                   # the Maghreb's, Libya's and Sudan's 'in' in Latin letters after a name ('ana Marwan Elmagrahi fi
                   # Benghazi')
                   |(?<=\p{{Lu}}[\p{{Ll}}\p{{M}}]+[ ])(?<![Ww]i[ ])(?-i:fi)  # (not a Wi-Fi written apart)
                   |(?<=(?i:jam|jemi|сум)[ ]\p{{Lu}}[\p{{Ll}}\p{{M}}]+(?:[ ]\p{{Lu}}[\p{{Ll}}\p{{M}}]+){{1,2}}[ ])(?-i:nga|од))[ ])
            (?:{_PLACE}){_AFTER}
            """,
            _SCORE,
        ),
        Pattern(
            "home_office_town",
            r"""(?x)
            (?<=(?i:otthonr[óo]l[ ]dolgozik|lavora[ ]da[ ]casa|dela[ ]od[ ]doma|pracuje[ ]z[ ]domu|works?[ ]from[ ]home
              |working[ ]from[ ]home)[ ]\()  # a device's note: its user works from home, the town in brackets
            \p{Lu}[\p{Ll}\p{M}'’\-]+(?:[ ]\p{Lu}[\p{Ll}\p{M}'’\-]+){0,2}  # ('Otthonról dolgozik (Dobrovnik)', Hungarian's;
            (?=\))                          # 'Lavora da casa (Isola)', Italian's; Slovene's, Slovak's, English's)
            """,
            _SCORE,
        ),
        Pattern(
            "banglish_stay_at",
            r"""(?x)
            (?<=\b(?i:ami|amra|amar[ ]basha|amader[ ]basha)[ ](?i:ekhon[ ]|akhon[ ]|ekhn[ ])?)  # Bengali's 'I (now)
            \p{Lu}[\p{Ll}\p{M}'’\-]+(?:[ ]\p{Lu}[\p{Ll}\p{M}'’\-]+)?  # stay at' romanized, the place before its
            (?=(?:[ ]\d{1,2})?[ ](?i:e|te|y|-e)[ ](?i:thaki|thakchi|thake|achi))  # case ending: 'Ami ekhon Kotwali e
                                                    # thaki', 'amar basha Mirpur 10 e'
            """,
            _SCORE,
        ),
        Pattern(
            "hebrew_lives_in",
            r"""(?x)
            (?<=(?<![\u05d0-\u05ea])(?:גר|גרה|גרים|גרות|מתגורר|מתגוררת|מתגוררים)[ ]ב)  # Hebrew's 'I live in', its
                                                    # 'in' glued to the town: 'אני גר בבאר שבע,' (in Beersheba)
            [\u05d0-\u05ea][\u05d0-\u05ea'"׳״\-]*(?:[ ][\u05d0-\u05ea][\u05d0-\u05ea'"׳״\-]*)?  # one or two words
            (?=[ ]?[,.;:!?)]|\s*$)                  # to the clause's end
            """,
            _SCORE,
        ),
        Pattern(
            "pipe_signature_town",
            rf"""(?x)
            (?<=(?:^|\n|['"]|\[b\])\p{{Lu}}[^|\n]{{1,60}}?(?:\[/b\])?[ ]\|[ ])  # a signature's town between its name
            (?:{_PLACE})(?=[ ]\|[ ](?!\d{{4}}-\d\d-\d\d|\d{{1,3}}\.\d{{1,3}}\.\d)\+?\(?\d[\d\ \-/().]{{6,18}}\d(?![\d.:\-]))  # and its phone: '[b]Filip
                                               # Bulatović[/b] | Nikšić | +382 69 249 695'
            """,
            _SCORE,
        ),
        Pattern(
            "label",
            rf"""(?x)
            (?<=(?:^|\n|[ ]{{2}})[ \t>*]*          # a profile's or a form's label starts its line (or
                                                    # follows markup a view blanked):
                (?i:location|city|town|hometown|home[ ]town  # 'Location: Reading', and other languages' forums
                   |località|localita|residenza|città|ubicación|ciudad|localisation|ville|wohnort
                   |woonplaats|paikkakunta|kotipaikka|lakhely|lakóhely|miejscowość|bydliště|bosted|ort
                   # Estonian, Latvian, Lithuanian, South Slavic, Bulgarian and Ukrainian, Greek,
                   # Icelandic, Portuguese: town, place of residence
                   |linn|elukoht|pilsēta|dzīvesvieta|miestas|gyvenamoji[ ]vieta|kraj|mjesto|grad|prebivališče
                   |град|місто|населений[ ]пункт|πόλη|τοποθεσία|bær|búseta|cidade|localização
                   # a village's: English, Spanish ('Aldea: Chuicutama', 'Comunidad: Amubri'), Indonesian
                   # ('Desa: Tabulo', 'Kampung: Sawangan'), Tok Pisin ('Ples: Vunamami')
                   |village|home[ ]village|aldea|comunidad|vereda|desa|kampung|dusun|ples
                   # Tetum's and Portuguese's ('Aldeia: Lebutu'), Aceh's and Lampung's ('Gampong:
                   # Lampulo', 'Pekon: Purajaya', 'Tiyuh: Karta'), Chiapas' Spanish ('Paraje: Chenalhó')
                   |aldeia|gampong|pekon|tiyuh|paraje
                   # Bangladesh's sub-district, district and police station, the Andes' district, province,
                   # canton and parish, the Maldives' atoll and island, Madagascar's fokontany (not 'Departamento:', a
                   # firm's department as often)
                   # ('Upazila: Savar', 'Thana: Kotwali', 'Distrito: Wanchaq', 'Parroquia: Ilumán', 'Atoll: Haa Alifu')
                   |upazila|thana|zila|district|distrito|provincia|cant[oó]n|parroquia|atoll|island
                   |fokontany|vill\.?|gram)[ \t]*:[ \t]*  # (and Bangladesh's village, abbreviated: 'Vill: Char Kukri')
                # an address's label where the address is its places only, two at least ('Delivery
                # address: Takamaka, Mahé'; one is as often its recipient's name, 'Billing address: Sophie
                # Lang'; a street's number after it is street_address's)
                |(?i:(?:delivery|shipping|home|billing)[ ]address|address|adresse(?:[ ]de[ ]livraison)?|adres
                   |endere[cç]o(?:[ ]de[ ]entrega)?|direcci[oó]n(?:[ ]de[ ]entrega)?|morada)[ \t]*:[ \t]*
                   (?=\p{{Lu}}[^\n,;]{{0,40}},[ ]\p{{Lu}}))
            (?:{_PLACE})(?:,[ ](?:{_PLACE})){{0,2}}    # 'Swindon, Wiltshire', 'Cork, Ireland'
            (?=[ \t]*(?:\n|$)|[ ]?[;|(]|[ ]{{2}}|,[ ](?:(?i:upazila|thana|zila|district|post)\b
                |\d{{4,6}}(?=[ \t]*(?:\n|$|[,.;)])|[ ](?:tomorrow|today|on|between|at|before|after|by)\b)))  # and the line
                                                    # or the label's value ends (or a postcode or the next label
                                                    # follows: 'Vill: Char Kukri, Upazila: Char Fasson, ..., 8340')
            """,
            _SCORE,
        ),
        Pattern(
            "delivery_label_first_place",
            rf"""(?x)
            (?<=\b(?i:adresse|address|livr[eé]\w{{0,4}}|livraison|delivery|deliver|ship[ ]to|morada|endere[cç]o)  # a
                [^\n:]{{0,40}}:[ ])               # delivery's or an address's label, then its first place before
            (?:{_PLACE})                          # a comma: 'À livrer chez le client : Bingerville, derrière ...',
            (?=,[ ](?:[Ll]ot[ ]|[Vv]illa|Lotissement|Quartier|Cit[ée]|B\.?P\.?[ ]|[Dd]erri[èe]re|[Dd]evant|[Ff]ace
                    |[Ee]n[ ]face|[Pp]r[èe]s|[ÀàAa][ ]c[ôo]t[ée]|[Nn]on[ ]loin|Sicap|HLM|Immeuble|R[ée]sidence|Carrefour
                    |Secteur))             # 'Son adresse : Saré Moussa, Lot n° 469, Kolda': a quarter, then its
                                                    # lot, its landmark or its estate (a recipient's name is followed
                                                    # by a street: 'Address: John Smith, 221 Maple St')
            """,
            _SCORE,
        ),
        Pattern(
            "landmark",
            r"""(?x)
            (?<=\b(?i:(?:nearest|closest)[ ])?(?i:landmark)[ \t]*:[ \t]*)  # a delivery's landmark, as shops in
            (?=[^\n]*\p{Lu})                     # West Africa ask for one ('Nearest landmark: opposite Lumley
            [^\s.;|][^\n.;|]{2,79}?              # Police Station'): the way to someone's home, whole
            (?=[ \t]*(?:\n|$|[.;|]))
            """,
            0.85,
        ),
    ]

    CONTEXT = ("flew", "fly", "arrived", "landed", "moved", "originally", "born", "lives", "based", "city", "town")

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            global_regex_flags=re.MULTILINE,  # case carries the signal (Presidio's default ignores it)
            context=list(self.CONTEXT),
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        words = pattern_text.split(" ")
        return words[0].lower() in _NOT_PLACES or len(words) > 1 and words[-1] in _SHOPS_LAST_WORDS


# A shop's or a carrier's last word after its name ('this is Sîdar from Zagros Mobile'): a firm's, no place ('Mobile'
# alone is Alabama's town)
_SHOPS_LAST_WORDS = frozenset({"Mobile", "Mobiles", "Telecom", "Electronics", "Phones", "Cell", "Cellular", "Net",
                               "Tech", "Shop", "Store", "Market", "Computers"})
