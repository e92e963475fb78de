"""USERNAME: a login after a Chinese, Japanese or Korean label.

username.yaml's ``after_key`` finds a login after ``user=``, an English-style key with a
word boundary before it. CJK text glues its label to what comes before it (``使用者名稱``,
the user's name), writes a full-width colon (``：``) or none, and the login is the run of
Latin letters and digits after it (``帳號: jhchen 登入成功``, ``ログインID：hanako.h``).

* ``ko_login_after_name`` (0.8): a login in brackets between a Korean name and its honorific
  (``김민수(minsu.kim)님``).
* ``qq_number_in_header`` (0.85): a QQ export's message header's QQ number (``古丽娜尔(2783082833)``);
  ``qq_nickname_handle`` (0.8): its nickname when that is a handle (``草原雄鹰``, ``tenzin_lhasa``), not a
  name (person_cjk's).
* ``cjk_login`` (0.8): a login after ``帳號``, ``账号``, ``使用者名稱``, ``用戶``, ``ユーザー名``,
  ``ログインID``, ``아이디``...: letters, digits, ``_``, ``.``, ``-``, one letter at least;
  not a name (``用戶 Panay Kacaw``: person_cjk's), a placeholder nor an id's word (``ID``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# (after the label: maybe a blank, a colon, half- or full-width, or '=')
_SEP = r"[\ 　]?[:：=]?[\ 　]?[「『'\"]?"  # (or a quote: 'ユーザー「takahashi_k」が...', "사용자 'minsu.kim'")
_LOGIN_LABEL = (
    r"(?:帳號|帐号|賬號|账号|帳戶|帐户|賬戶|账户|使用者名稱|使用者帳號|使用者代號|使用者|用戶名稱|用户名称|用戶名|用户名"
    r"|用戶|用户|登入帳號|登入名稱|登錄名|登录名|登录账号|會員帳號|会员账号|會員ID|会员ID|ユーザー名|ユーザーID|ユーザ名"
    r"|ユーザID|ユーザー|ログインID|ログイン名|アカウント名|アカウントID|아이디|사용자명|사용자\ ID|사용자|계정명|계정"
    r"|微信号|微信號|微信|QQ号|QQ號"  # (a WeChat or QQ account: '我微信号 lhamo_929', '微信号 wxid_0la642rqjhghx5')
    r"|WeChat\ ID|Weixin\ ID|KakaoTalk\ ID|Kakao\ ID|LINE\ ID)"  # (and in English: 'WeChat ID wxid_17c30...',
    # 'KakaoTalk ID minji_0412', 'LINE ID: hina.sato')
)
# Logins that are no one's, and words a label's value may be
_NOT_A_LOGIN = (r"(?!(?:admin|administrator|root|guest|system|null|none|unknown|anonymous|ID|id|Id|N/A|na"
                r"|is|was|are|required|needed)"  # (English's verb after an English label: 'my LINE ID is ...')
                r"(?![A-Za-z0-9_.\-]))")


# QQ's export of a group chat: a message's header line, its date and time, the member's title maybe, the nickname,
# then the QQ number in brackets ('2024-03-01 13:27:18 【活跃】古丽娜尔(2783082833)'); the number is the account's
_QQ_HEADER = r"^\d{4}-\d{2}-\d{2}[ ]\d{1,2}:\d{2}:\d{2}[ ](?:【[^】\n]{1,12}】)?"
# A nickname that is a person's name, person_cjk's: a dotted name, a capitalized word or two; or a shop's nickname and
# a name after its dot or dash ('吐鲁番配件批发·张伟')
# (a name in Han alone is taken by both: the name's higher score wins)
_NAME_NICK = (r"(?:[\p{Han}]{1,8}[·‧][\p{Han}]{1,6}|\p{Lu}\p{Ll}{2,15}(?:[ ]\p{Lu}\p{Ll}{2,15})?"
              r"|[^\n()<>]{1,30}[·‧\-—]\p{Han}{2,4})")


class CjkUsernameRecognizer(PatternRecognizer):
    CASELESS_SCRIPT = True  # (its prefilters pack last: piiscan.detect.fastpass)
    PATTERNS = [
        Pattern(
            "cjk_login",
            r"""(?x)
            (?<=""" + _LOGIN_LABEL + _SEP + r""")
            """ + _NOT_A_LOGIN + r"""
            (?![A-Z][a-z]+[\ ][A-Z][a-z])          # a person's name, no login ('用戶 Panay Kacaw')
            (?=[A-Za-z0-9_.\-]*[A-Za-z])            # a letter at least (a number is an id)
            [A-Za-z0-9_](?:[A-Za-z0-9_\-]|\.(?=[A-Za-z0-9_])){1,63}
            (?![A-Za-z0-9_\-@]|\.[A-Za-z0-9_])     # the whole run ('jhchen 登入', 'jhchen於'; a sentence's full
            """,                                    # stop after it); an address is an EMAIL_ADDRESS
            0.8,
        ),
        Pattern(
            "qq_number_in_header",
            r"""(?x)
            (?<=""" + _QQ_HEADER + r"""[^\n()<>]{1,40}\()   # a QQ export's header: the member's QQ number
            [1-9]\d{4,10}(?=\)[\ \t\r]*$)         # after the nickname ('【活跃】古丽娜尔(2783082833)')
            """,
            0.85,
        ),
        Pattern(
            "qq_nickname_handle",
            r"""(?x)
            (?<=""" + _QQ_HEADER + r""")            # the nickname itself when it is a handle, no name
            (?!""" + _NAME_NICK + r"""(?:\(|<))      # ('草原雄鹰(…)', 'tenzin_lhasa(…)', '天山雪莲65(…)')
            [^\s()<>【】]{2,30}
            (?=\([1-9]\d{4,10}\)[\ \t\r]*$|<[^<>\s@]+@[^<>\s]+>[\ \t\r]*$)
            """,
            0.8,
        ),
        Pattern(
            "han_mention_handle",
            r"""(?x)
            (?<=(?:^|[\s，。：:])@)                  # a chat's mention of a member by a handle in Han, digits maybe
            \p{Han}[\p{Han}0-9_]{1,19}              # ('@雪域格桑59 货到了', '@阿勒泰的风'); a name's mention is
            (?=[\s　,，。:：!！?？]|$)                # person_cjk's, whose score is the higher
            """,
            0.7,
        ),
        Pattern(
            "ko_login_after_name",
            r"""(?x)
            (?<=\p{Hangul}{2,4}\()                  # a login between a Korean name and its honorific, as a log
            (?=[A-Za-z0-9_.\-]*[A-Za-z])            # writes its user: '김민수(minsu.kim)님이 로그인에 ...'
            [A-Za-z0-9_](?:[A-Za-z0-9_\-]|\.(?=[A-Za-z0-9_])){1,63}
            (?=\)[\ ]?님)
            """,
            0.8,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="USERNAME",
            name="CjkUsernameRecognizer",
            patterns=list(self.PATTERNS),
            context=["帳號", "账号", "ユーザー"],
            global_regex_flags=re.MULTILINE,  # case is spelled out: no case-blind prefilter
        )
