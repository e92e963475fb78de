"""USERNAME: a login as people and tickets write it in prose, and a Bluesky handle.

username.yaml's ``after_key`` needs a key's ':' or '='; people write their login in a
sentence instead (``someone logged into my account (maluisas23)``, Tagalog's ``account ko
(ernestoe9)``, ``Username ko is cristyt18``), and a help desk's note names it before what
happened to it (``Customer login caneteken locked after 5 attempts``).

* ``account_in_parens`` (0.8): a login in parentheses right after ``account`` (and
  Tagalog's and Cebuano's ``ko``, ``namin``, ``nako`` after it).
* ``login_is`` (0.8): after ``username``, ``user name`` or ``user id`` (``my login``), then
  ``is``, Tagalog's ``ay`` or ``ko is``/``ko ay``; not a word of a sentence (``is required``).
* ``login_before_its_state`` (0.8): after ``login`` or ``username`` and before ``locked``,
  ``blocked``, ``disabled``, ``suspended``, ``unlocked``, ``reset``.
* ``bluesky_handle`` (0.85): a mention of a Bluesky handle, ``@kimberlym23.bsky.social``.
* ``account_number_login`` (0.8): an ISP's or a utility's account by its login after ``a/c``
  (``your SajiloNet FTTH a/c snl126895 expires``): letters and digits (a bank's number is digits).
* ``quoted_reply_handle`` (0.8): the handle a chat's quoted reply names its writer by, in
  corner brackets before a full-width colon (WeChat's: ``「mawat69：Contact me ...」``); a
  handle's mark (a digit, ``_`` or ``.``) in it: a display name is a person's, NER's to read.
* ``xmpp_room_occupant`` (0.8): a chat room's member by the nick after its room's address
  (XMPP's multi-user chat: ``helpdesk@conference.example.com.my/rahmat.abdullah``, as Openfire,
  Spark and Prosody write a message's sender), where the nick has a login's shape.

Case-sensitive: the login's letters are spelled out ([A-Za-z]), keywords are (?i:...).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# A login: letters, digits, '_', '.', '-', with a letter; not a word of the sentence's
_LOGIN = (r"(?!(?i:is|ay|ko|the|my|our|yung|ang|and|at|na|po)(?![A-Za-z0-9_\-]|\.[A-Za-z0-9_]))"
          r"(?=[A-Za-z0-9_.\-]*[A-Za-z])[A-Za-z0-9_](?:[A-Za-z0-9_\-]|\.(?=[A-Za-z0-9_])){1,63}")


class ProseLoginRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "account_number_login",
            r"""(?x)
            (?<=(?<![A-Za-z/])(?i:a/c)(?:[\ ](?i:no\.?|id))?[:.]?[\ ])  # 'FTTH a/c snl126895', 'a/c no: sajilo_ram1'
            (?=[A-Za-z0-9_.\-]*[A-Za-z])(?=[A-Za-z0-9_.\-]*\d)      # (letters and digits: a bank's is digits)
            """ + _LOGIN + r"""(?![A-Za-z0-9_@])
            """,
            0.8,
        ),
        Pattern(
            "quoted_reply_handle",
            r"""(?x)
            (?<=「)(?=[A-Za-z0-9_.\-]*[0-9_.])     # a quoted reply's writer by a handle: '「mawat69：...'
            """ + _LOGIN + r"""(?=：)
            """,
            0.8,
        ),
        Pattern(
            "xmpp_room_occupant",
            r"""(?x)
            (?<=[A-Za-z0-9_.\-]@(?:conference|muc|chat|rooms?|groupchat)\.[a-z0-9\-]{1,63}(?:\.[a-z0-9\-]{1,63}){0,5}/)
            (?=[a-z]|[A-Za-z0-9_.\-]*[0-9_.])    # (a login's shape: a capitalized word alone, 'Jainus', is a
                                                    # person's nick, NER's to read)
            """ + _LOGIN + r"""(?=[\s<>"'&,;)\]]|$)(?![\ ]\p{Lu})  # the nick, whole (not a display name's
                                                    # first word: 'Rahmat Abdullah')
            """,
            0.8,
        ),
        Pattern(
            "account_in_parens",
            r"""(?x)
            (?<=\b(?i:account|acct)(?:[\ ](?i:ko|namin|nako|niya))?[\ ]\()  # 'my account (maluisas23)', 'account
            """ + _LOGIN + r"""(?=\))              # ko (ernestoe9)'
            """,
            0.8,
        ),
        Pattern(
            "login_is",
            r"""(?x)
            (?<=\b(?:(?i:username|user[\ ]name|user[\ ]id)[\ ](?:(?i:ko)[\ ])?(?i:is|ay)  # 'Username ko is
                    |(?i:my|ko)[\ ](?i:login|username)[\ ](?i:is|ay))[\ ])  # cristyt18', 'my login is jdoe'
            (?!(?i:required|invalid|incorrect|wrong|empty|missing|taken|available|correct|case|not|also|still|same
                 |blank|locked|disabled|mandatory|optional|unique|too|a|an|now|already|different|changed
                 |shown|displayed|used|your|their|his|her|based|limited|set|same)
               (?![A-Za-z0-9_]|\.[A-Za-z0-9_]))  # ('is case-sensitive')
            """ + _LOGIN + r"""(?![A-Za-z0-9_\-@]|\.[A-Za-z0-9_])
            """,
            0.8,
        ),
        Pattern(
            "login_before_its_state",
            r"""(?x)
            (?<=\b(?i:login|username)[\ ])          # a help desk's note: 'Customer login caneteken locked after
            (?!(?i:page|screen|form|attempts?|account|portal|button|access|feature|session|field|box)[\ ])  # (a UI's)
            """ + _LOGIN + r"""                     # 5 attempts'
            (?=[\ ](?i:locked|blocked|disabled|suspended|unlocked|reset|deactivated)\b)
            """,
            0.8,
        ),
        Pattern(
            "bluesky_handle",
            r"""(?x)
            (?<![\w.@/])@[a-z0-9](?:[a-z0-9\-]{0,62}\.){1,3}bsky\.social  # a mention of a Bluesky handle
            (?![\w\-]|\.[a-z])
            """,
            0.85,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="USERNAME",
            name="ProseLoginRecognizer",
            patterns=[Pattern(p.name, p.regex, p.score) for p in self.PATTERNS],
            context=["login", "username", "account"],
            global_regex_flags=re.MULTILINE,
        )
