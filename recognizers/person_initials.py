"""PERSON: a name written with a middle initial (``Ravil G. Yefimov``, ``Shane M Culp``).

A middle initial is how people write people's names: in signatures, bylines, forms and
the "Directed By:" of a listing. spaCy's small model misses many such names, or reads
them as an organisation (``Maja S Hermansen``), when the given and family names are
unusual. The shape is the evidence:

* ``initialed`` (0.9): a capitalized word, one or two initials with their dots, a
  capitalized word: ``Richard P. Feynman``, ``Iva D. Grusová``, ``Mary J. K. Blige``
* ``bare_initial`` (0.9): the same with one initial without a dot: ``Elita B
  Desaulniers``
* ``initial_first`` (0.9): Mongolia's way, the father's initial before the given name, in
  Cyrillic (``Б. Бат-Эрдэнэ``, ``Ц. Оюунчимэг``) or romanized with a digraph's two letters
  (``Ts. Oyunchimeg``, ``Kh. Bolormaa``; not ``Ch.``, a chapter's as often); a single Latin
  initial before one word is left to the model (``B. Bat-Erdene``, but ``A. Levels`` too)

Both outscore NER's 0.85 where spaCy reads the words as a place: the initial is the
better evidence. Left out on purpose: a title's code after a common noun (``Vitamin D
Levels``, ``Series A Funding``, ``Plan B Options``), a function word at either end
(``For A School``, ``Animals R Us``), and ``I``, ``A`` and ``N`` without a dot (``Today I
Learned``, ``Build A Bear``, ``Stop N Shop``).
"""

from __future__ import annotations

from functools import lru_cache

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# A given or family name: capitalized (any script), a hyphen or apostrophe inside
_WORD = r"\p{Lu}(?:[\p{Ll}\p{M}]|[\-'’](?=\p{L})(?!s(?!\p{L}))\p{Lu}?){1,30}"  # O'Neil, Anne-Marie; not a possessive's 's
_BEFORE = r"(?<![\p{L}\p{N}\p{M}.@/\\_\-])"  # not inside a word, a path, an address or a code
_AFTER = r"(?![\p{L}\p{N}\p{M}@_]|[.\-/]\p{L})"  # ...and it ends there ('Culp.' yes, 'Culp.com' no)

# Common nouns that label a letter code, and titles (context, not part of the name)
_CODE_NOUNS = frozenset({
    "plan", "type", "vitamin", "section", "part", "class", "grade", "level", "phase", "group", "team",
    "block", "building", "room", "model", "series", "version", "option", "appendix", "figure", "fig",
    "table", "exhibit", "schedule", "form", "unit", "zone", "gate", "row", "step", "stage", "area",
    "wing", "floor", "track", "tower", "route", "channel", "sector", "category", "division", "box",
    "hall", "lot", "pier", "terminal", "platform", "apartment", "apt", "suite", "chapter", "article",
    "annex", "item", "test", "case", "scenario", "task", "problem", "question", "exercise", "player",
    "drive", "disk", "port", "slot", "bay", "rack", "cell", "column", "line", "hepatitis",
    "world", "war", "star", "size", "volume", "vol", "program", "project", "operation",
    "lane", "road", "street", "avenue", "highway", "interstate", "sample", "batch", "lab", "ward",
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "st",
    # a house's or an estate's word before Corsican's article, which reads as an initial ('Villa U Pinu', 'Casa U
    # Fornu', 'Hameau U Vignale')
    "villa", "casa", "maison", "domaine", "hameau", "résidence", "residence", "quartier", "via", "rue",
})

# "I" in the languages that write a name after it with an initial ('Би Б. Бат-Эрдэнэ', Mongolian's
# 'I am'; 'Я А. Петров'), which is no given name
_PRONOUNS_ABROAD = frozenset({"би", "я", "мен", "men", "ben", "ég", "eg", "jeg", "jag", "ja"})


class PersonInitialRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "initialed",
            rf"""(?x)
            {_BEFORE}
            {_WORD}
            (?:[ ]\p{{Lu}}\.){{1,2}}                  # one or two initials with their dots
            [ ]{_WORD}
            {_AFTER}
            """,
            0.9,
        ),
        Pattern(
            "bare_initial",
            rf"""(?x)
            {_BEFORE}
            {_WORD}
            [ ](?![IAN][ ])\p{{Lu}}                 # an initial without its dot ('Today I Learned',
                                                    # 'Build A Bear', 'Stop N Shop': words, not initials)
            [ ]{_WORD}
            {_AFTER}
            """,
            0.9,
        ),
        Pattern(
            "initial_first",
            r"""(?x)
            (?<![\p{L}\p{N}\p{M}.@/\\_\-])
            (?!Kh\.[ ]?\p{Lu}\p{Ll}{2,20},[ ](?i:koo?che?h?|kuch\.|pelak|bolvar|meydan|sarak|kuy|vahed))  # (Persian's
                                                                     # street shortened: 'Kh. Valiasr, Kooche 5')
            (?:(?-i:Ts|Sh|Kh|Zh|Ya|Yo|Ye|Yu)\.[ ]?(?=\p{Latin})  # a romanized Cyrillic letter's two
             |(?=\p{Cyrillic})\p{Lu}\.[ ]?(?=\p{Cyrillic}))          # letters, or one Cyrillic capital
            \p{Lu}\p{Ll}{2,20}(?:-\p{Lu}?\p{Ll}{2,20})?              # the given name, hyphened parts too
            (?![\p{L}\p{N}\p{M}@_]|[.\-/]\p{L})                      # ('Бат-Эрдэнэ', 'Nomin-Erdene')
            """,
            0.9,
        ),
        Pattern(
            "muhammad_abbreviated",
            rf"""(?x)
            {_BEFORE}
            (?:Md|Mohd|Muhd|Mst)\.?[ ]             # Bangladesh's and Malaysia's Muhammad, abbreviated, and
                                                    # Mosammat (a woman's): a part of the name, not a title
                                                    # ('Md. Abdul Karim', 'Mst Rumana Akter'; the model reads
                                                    # 'Md.' as Maryland)
            {_WORD}(?:[ ]{_WORD}){{0,2}}
            {_AFTER}
            """,
            0.9,
        ),
    ]

    CONTEXT = ("name", "contact", "signed", "author")  # substrings of nearby words: no short ones

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            global_regex_flags=re.MULTILINE,  # case is the evidence (Presidio's default ignores it)
            context=list(self.CONTEXT),
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        words = pattern_text.split(" ")
        first, last = words[0].lower(), words[-1].lower()
        stop = _stop_words()
        return first in _CODE_NOUNS or first in _PRONOUNS_ABROAD or first in stop or last in stop


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    # Imported on the first match, not with the module: spacy.lang.en builds its tokenizer
    # exceptions on import, 60 ms of every scan's start when NER is off.
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)
