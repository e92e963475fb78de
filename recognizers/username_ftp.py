"""USERNAME: an FTP server's session by its user, and the login an FTP client sends.

FileZilla Server (1.x) tags every line of a session with its number, the client's
address and, once logged in, the user: ``[FTP Session 27 61.230.22.214 mlpeng] CWD /``;
the command that logs in names it before that: ``[FTP Session 3 219.68.20.193] USER shlee``.

* ``filezilla_session_user`` (0.8): the user in a session's tag.
* ``ftp_user_command`` (0.8): the login of a ``USER`` command after a session's tag
  (``] USER shlee``); not ``anonymous`` nor ``ftp``.
* ``pureftpd_session_user`` (0.8): Pure-FTPd tags its lines with the session's user and the
  client's address (``pure-ftpd: (jtecher@102.35.24.169) [DEBUG] ...``; ``?`` before the login),
  and names the user it logs in or refuses (``[INFO] eyoussouf is now logged in``,
  ``Authentication failed for user [hmsaidie]``).

Case-sensitive (``USER`` is written in capitals; no case-blind prefilter).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_LOGIN = r"[A-Za-z0-9_][\w.@\-]{0,63}"


class FtpUserRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "filezilla_session_user",
            r"""(?x)
            (?<=\[FTP[\ ]Session[\ ]\d{1,9}[\ ][0-9A-Fa-f.:]{3,45}[\ ])  # the session's number, the client's
            """ + _LOGIN + r"""(?=\])        # address, then the user: '[FTP Session 27 61.230.22.214 mlpeng]'
            """,
            0.8,
        ),
        Pattern(
            "ftp_user_command",
            r"""(?x)
            (?<=\[FTP[\ ]Session[\ ]\d{1,9}[\ ][0-9A-Fa-f.:]{3,45}\][\ ]USER[\ ])  # the login a client sends
            (?!(?:anonymous|ftp)(?![\w.@\-]))  # (no one's)
            """ + _LOGIN + r"""(?![\w.@\-])
            """,
            0.8,
        ),
        Pattern(
            "pureftpd_session_user",
            r"""(?x)
            (?<=pure-ftpd(?:\[\d{1,7}\])?:[\ ]\()  # Pure-FTPd's session tag: its user, then the client's
            (?!(?:anonymous|ftp)@)               # address ('(jtecher@102.35.24.169) [DEBUG]'; not '(?@...)')
            [A-Za-z0-9_][\w.\-]{0,63}(?=@[0-9A-Fa-f.:]{3,45}\)[\ ]\[)
            |(?<=pure-ftpd(?:\[\d{1,7}\])?:[\ ]\([^()\s]{1,110}\)[\ ]\[(?:INFO|WARNING|NOTICE)\][\ ]  # and the user it
              (?:Authentication[\ ]failed[\ ]for[\ ]user[\ ]\[)?)  # logs in or refuses
            (?!(?:anonymous|ftp|New|SSL|Logout|Too|Timeout|Can)\b)
            [A-Za-z0-9_][\w.@\-]{0,63}(?=[\ ]is[\ ]now[\ ]logged[\ ]in|\](?:\s|$))
            """,
            0.8,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="USERNAME",
            name="FtpUserRecognizer",
            patterns=list(self.PATTERNS),
            context=["ftp", "session"],
            global_regex_flags=re.MULTILINE,
        )
