"""PERSON: Georgian and Armenian names in their own scripts, by the given names people go by.

spaCy's English model reads no Georgian nor Armenian, and Georgian has no capitals: a forum's post
is signed, a reply addressed, a contact given by a first name alone (``— დავით``, ``Բարև
სალომე,``, ``დარეკეთ: 555 67 07 88 (სალომე)``). The given names in use are a short closed list, and
a family name after one is taken with it (Georgian's end in ``-ძე``, ``-შვილი``, ``-ია``, ``-ური``,
``-ანი``, ``-ავა``, ``-ელი``, ``-ული``; Armenian's in ``-յան``, ``-յանց``, ``-ունի``):

* ``ka_given_name`` (0.85): a Georgian given name, in its bare stem or with the nominative's ``-ი``
  (``თამარ``, ``თამარი``, ``ნიკა ლომიძე``).
* ``hy_given_name`` (0.85): an Armenian given name, capitalized (``Լիլիթ``, ``Արմեն Գրիգորյան``).
* ``hy_full_name`` (0.85): two capitalized Armenian words, the second a family name by its ending
  (``Նարեկ Սարգսյան``).

Left out: names that are words too (Georgian's ``ია``, a violet; ``ვარდი``, a rose; ``მზე``, the sun;
Armenian's ``Արև``, the sun; ``Գարուն``, spring), and a family name alone (a brand's, a street's:
``ჭავჭავაძის გამზ.`` is a street's name in the genitive, not taken: the list's names stand alone).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# Georgian given names, women's and men's (their stems: the nominative adds -ი to a consonant's end)
_KA_NAMES = (r"(?:თამარ|სალომე|მარიამ|ლაშა|ნიკა|დავით|ქეთევან|ქეთი|ზურაბ|ანა|ეკა|ეკატერინე|ნინო|ირაკლი|გიორგი"
             r"|ლევან|ნათია|ხათუნა|მაია|ნანა|თამთა|ნატო|ლიკა|მაკა|ნესტან|სოფო|სოფიო|ბარბარე|ელენე|მარიკა|ნუცა"
             r"|თეონა|თეა|ლალი|ციცინო|მანანა|ნათელა|ირმა|ინგა|ხატია|ნინი|მზია|ლია|ქრისტინე|ანი|ელისო|ლელა"
             r"|გიგა|გოგა|ბექა|ლუკა|საბა|ნიკოლოზ|დათო|ალექსანდრე|სანდრო|ვახტანგ|ვახო|ოთარ|ტარიელ"
             r"|მამუკა|მიხეილ|მიშა|შოთა|ზვიად|ბესიკ|ბესო|კახა|კახაბერ|გელა|გოჩა|თემურ|თენგიზ|ზაზა|პაატა|ილია"
             r"|ალეკო|რევაზ|რეზო|ავთანდილ|ნოდარ|გურამ|ჯაბა|ტორნიკე|ერეკლე|დემნა|იოანე|გაბრიელ|რატი"
             r"|ვანო|ივანე|სერგო|მერაბ|ამირან|ბადრი|ემზარ|ჯემალ|თორნიკე|კოტე|ნუგზარ|ომარ|ალიკო)")
# its ending: the nominative's -ი, the vocative's -ო, the dative's -ს; none
_KA_ENDING = r"(?:ი|ო|ს)?"
# a Georgian family name by its ending
_KA_FAMILY = r"\p{Georgian}{2,20}(?:ძე|შვილი|ია|ური|ანი|ავა|ელი|ული|ონი|ვა|უა|ძის|შვილის)"
# Armenian given names, women's and men's
_HY_NAMES = (r"(?:Լիլիթ|Անի|Արմեն|Նարեկ|Գոռ|Տիգրան|Հայկ|Մարիամ|Անահիտ|Արամ|Դավիթ|Սոնա|Գայանե|Աննա|Լուսինե"
             r"|Նունե|Հասմիկ|Արփի|Մանե|Էլեն|Սյուզաննա|Կարինե|Գոհար|Զարուհի|Շուշան|Նաիրա|Աստղիկ|Մարինե|Լիանա"
             r"|Արթուր|Արսեն|Վահե|Սամվել|Գևորգ|Գեւորգ|Հովհաննես|Կարեն|Արտակ|Արման|Էդգար|Վարդան|Սուրեն|Աշոտ"
             r"|Հրանտ|Ռուբեն|Սերգեյ|Մհեր|Արշակ|Հակոբ|Գրիգոր|Մովսես|Լևոն|Լեւոն|Նորայր|Արտյոմ|Էրիկ)")
_HY_FAMILY = r"\p{Lu}[\u0561-\u0587]{1,20}(?:(?<!ութ)յանց?|ունի|եան)"  # (not a noun's '-ության': 'Հանրապետության')
_HY_END = r"(?![\p{Armenian}])"
# (an Armenian word's letters, not its punctuation: 'Հասցե՝' is the label 'address' and its colon)
_HY_WORD = r"\p{Lu}[\u0561-\u0587]{1,15}"


class PersonCaucasusRecognizer(PatternRecognizer):
    CASELESS_SCRIPT = True  # (its prefilters pack last: piiscan.detect.fastpass)
    PATTERNS = [
        Pattern(
            "ka_given_name",
            r"(?x)(?<!\p{Georgian})" + _KA_NAMES + _KA_ENDING + r"(?:[ ]" + _KA_FAMILY + r")?(?!\p{Georgian})",
            0.85,
        ),
        Pattern(
            "hy_given_name",
            r"(?x)(?<!\p{Armenian})" + _HY_NAMES + r"(?:ն|ը)?(?:[ ]" + _HY_FAMILY + r")?" + _HY_END,
            0.85,
        ),
        Pattern(
            "hy_full_name",
            r"(?x)(?<!\p{Armenian})(?!(?:Հասցե|Հեռ|Քաղաք|Փողոց|Մարզ)[^\p{Armenian}])" + _HY_WORD + r"[ ]" + _HY_FAMILY + _HY_END,
            0.85,
        ),
    ]
    CONTEXT = ["სახელი", "Անուն", "name"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,
        )
