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
* ``order_of`` (0.6): an order's word and 'of', 'from' or 'for' in English, French, Spanish,
  Portuguese, Italian or German, then two or three capitalized words.

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
                |patiente?|paciente|schüler(?:in)?)[ ])  # a role's word in lower case: 'élève Adjoua Brou'
            """ + _NAME,
            0.7,
        ),
        Pattern(
            "order_of",
            r"""(?x)
            (?<=(?<![\p{L}\p{M}])(?:[Cc]ommande|[Pp]edido|[Ee]ncomenda|[Oo]rder|[Oo]rdine|Bestellung)
                [ ](?:de|from|for|of|par|di|da|do|von)[ ])  # an order's word, then whose: 'Commande de Mariam Kouassi'
            """ + _NAME,
            0.6,
        ),
    ]
    CONTEXT = ["élève", "student", "patient", "commande", "order", "pedido"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON",
            name=type(self).__name__,
            patterns=[Pattern(p.name, p.regex, p.score) for p in self.PATTERNS],
            context=list(self.CONTEXT),
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )
