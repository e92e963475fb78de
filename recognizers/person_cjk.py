"""PERSON: a person's name in Chinese or Japanese script, by its label or its honorific.

spaCy's English model reads no Han names, and a Han name has no capital letter or blank
to tell it from the words around it. Two kinds of evidence do:

* ``zh_name_labelled`` (0.85): a Chinese name (a surname of the common ones, then one or
  two characters) after a label that says a person follows: ``會員 王小明``, ``联系人张伟``,
  ``收件人：陳志明``, ``member 林美玲``; the name ends where the Han text does, or at an
  honorific (``先生``, ``小姐``). A surname of the list keeps ``會員 高雄市`` no name.
* ``zh_translit_name_labelled`` (0.85): a name Chinese transliterates from Uyghur, Tibetan, Mongolian or
  Kazakh (``阿依古丽·买买提``, ``次仁卓玛``, ``乌云其其格``), of the characters such names are written with, after a
  label and its colon or ``我叫`` (I am called).
* ``zh_label_script_name`` (0.85): a name in Mongolian's, Tibetan's or Cyrillic script after such a label and its
  colon (``名字：ᠭᠠᠨᠪᠠᠭᠠᠲᠤᠷ``, ``姓名：Оюун``).
* ``qq_nickname_name`` (0.85): a QQ export's message header's nickname when it is a name of the shapes above or a
  romanized one (``2024-03-01 13:27:18 【活跃】古丽娜尔(2783082833)``), or a shop's nickname's name after its dot or
  dash (``吐鲁番配件批发·张伟``); ``mention_name`` (0.8): a chat's ``@`` before such a name.
* ``zh_label_latin_name`` (0.6): a romanized name of two or three words after such a label
  or a verb of sending or thanking (``會員 Panay Kacaw``, ``寄給 Lin Mei-Ling``).
* ``zh_name_honorific`` (0.8): a surname, maybe its given name, then ``先生``, ``小姐``,
  ``女士`` (Mr, Miss, Ms) or a greeting: ``王先生``, ``陳美玲小姐``, ``王志明 您好``; not glued to Han before it (``感謝王先生``
  would read ``謝`` as a surname).
* ``zh_name_after_thanks`` (0.85), ``zh_speaker_name`` (0.8): a name after Cantonese's or Mandarin's thanks
  on its line (``唔該晒！吳雅婷``), or a message's writer before a full-width colon (``劉振華：上個月...``).
* ``jyutping_name`` (0.85): a Cantonese name in Jyutping, each syllable with its tone's digit
  (``Gwok3 Siu2 Man4``): no other words are capitalized and end in a digit from 1 to 6 so.
* ``han_dotted_name`` (0.85): a name transliterated into Han with a middle dot between its parts,
  as Taiwan writes its indigenous peoples' names and Chinese a foreigner's (``瓦歷斯·巴萬``).
* ``zh_name_in_file_name`` (0.85): a Chinese name as a document's name or a part of it
  (``/客戶聯絡/廖佳穎_0966568524.vcf``, ``收件地址_鄭政達_臺東縣....txt``).
* ``ko_name_before_copula``, ``ko_name_signing_off`` and ``ko_name_before_deurim`` (0.75 to 0.8): who says who
  they are ('강하늘입니다'), signs a message off after its last sentence ('감사합니다 정유나') or before '드림' (from: '하늘
  드림'); ``ja_name_before_desu`` (0.8): a family name of the common ones, a given name maybe, or a romanized name, before
  'です' (I am: 'めんそーれ、宮城 彩花です', '予約のCHIHIROです'); ``ja_common_surname_name`` (0.8): a common family
  name, a blank and a given name with no label ('比嘉 健二', '上原 さくら').
* ``romanized_hyphenated_name`` (0.85): Korea's and Taiwan's romanized names, a given name of two syllables with a
  hyphen (the second of a closed list, so no English compound: ``Check-in``, ``Pop-up``) and a common family name, in
  either order (``Ji-eun Han``, ``Shih-han Huang``, ``Park Min-jun``).
* ``ja_surname_honorific`` (0.6): a surname of two or three kanji alone before ``様`` or ``さん``
  (``比嘉様``, ``田中さん``); not a role's, a kin's or a firm's word (``担当者様``, ``店長さん``).
* ``ja_name_honorific`` (0.85): a Japanese name written as surname, blank, given name, then
  an honorific (``山田 花子 様``, ``ヤマダ ハナコ さま``, ``佐藤 一郎さん``); or after a label
  (``氏名：山田 花子``, ``担当 佐藤 一郎``); ``latin_name_ja_honorific`` (0.85): a romanized
  name before the honorific (``Kenji Tanaka さん``). The blank between the two names is the evidence:
  ``お客様`` (the customer) and ``皆さん`` (everyone) have none.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# The commonest surnames of Taiwan and the mainland, Traditional and Simplified (two-character
# ones first, so that '歐陽' is not read as '歐' and a given name)
_ZH_SURNAME = (
    r"(?:歐陽|欧阳|司馬|司马|上官|諸葛|诸葛|張簡|张简|范姜|端木|東方|东方"
    r"|[陳陈林黃黄張张李王吳吴劉刘蔡楊杨許许鄭郑謝谢洪郭邱曾廖賴赖徐周葉叶蘇苏莊庄呂吕江何蕭萧羅罗高潘簡简朱"
    r"鍾钟鐘游彭詹胡施沈余盧卢梁趙赵顏颜柯翁魏孫孙戴范方宋鄧邓杜傅侯曹薛丁卓阮馬马董溫温唐藍蓝石蔣蒋古紀纪姚連连"
    r"馮冯歐欧程湯汤田康姜白汪鄒邹尤巫黎涂龔龚嚴严韓韩袁金童陸陆夏柳邵錢钱伍倪于譚谭駱骆熊任甘秦顧顾毛章史官萬万"
    r"俞雷粘饒饶孔崔段郝孟武邢常牛賀贺龍龙葛喬乔尹易岳齊齐賈贾閻阎魯鲁丘車车祝包左冉莫向文戚瞿聶聂樊凌霍虞殷桂喻"
    r"麥麦區区岑甄冼鄺邝關关勞劳翟衛卫])"  # (Hong Kong's and Macau's: Mak, Au, Sham, Yan, Sin, Kwong, Kwan, Lo, Chak, Wai)
)
# A Jyutping syllable, capitalized, its tone's digit after it: an initial, a vowel, a final ('Gwok3', 'Zoeng1')
_JYUTPING = r"(?=\p{Lu})(?i:(?:ng|gw|kw|[bpmfdtnlgkhwzcsj])?(?:aa|oe|eo|yu|[aeiou])(?:ng|[iumnptk])?)[1-6]"
_ZH_HONORIFIC = r"(?:先生|小姐|女士|太太|同學|同学|老師|老师|醫師|医师|醫生|医生|經理|经理)"
# Labels that say a person's name follows (member, recipient, contact, customer, user, name,
# applicant, the one in charge, cardholder, patient, employee, student, sender, orderer)
_ZH_LABEL = (
    r"(?:姓名|名字|會員|会员|收件人|收貨人|收货人|寄件人|發件人|发件人|聯絡人|联系人|連絡人|客戶|客户|顧客|顾客|用戶|用户"
    r"|使用者|負責人|负责人|申請人|申请人|承辦人|承办人|訂購人|订购人|購買人|购买人|持卡人|患者|病患|員工|员工|學生|学生"
    r"|家長|家长|經辦人|经办人|操作員|操作员|業務員|业务员|司機|司机|房客|住戶|住户|屋主|車主|车主"
    r"|中文名|中文姓名|全名"  # (a CRM's note of one's Chinese name beside the romanized one: '中文名：梁月明')
    # 'I am called', 'I am', 'my name is', in Mandarin and Cantonese ('我叫陳大文', '我係李美玲', '我嘅名係...')
    r"|我叫做|我叫|我係|我名叫|我嘅名係|我個名係|我的名字是|我的名字叫|我名字叫"
    r"|我是)"  # (Mandarin's 'I am': '您好，我是吳佩珊，SIM卡...'; a surname of the list must follow)
)
# A person's role a Chinese ticket names them by, before their name: a courier, a repairer, an admin, a support agent
# ('骑手 赵磊', '维修师傅古丽努尔·别克', '联系管理员 拉姆')
_ZH_ROLE = (r"(?:骑手|騎手|维修师傅|維修師傅|师傅|師傅|联系管理员|聯繫管理員|管理员|管理員|快递员|快遞員|司机|司機"
            # (and a ticket's customer, user, the recipient it fills in, the agent's note: '用户 乌云 来电反馈', '收件人填
            # 周敏', '客服备注：张伟 已补偿')
            r"|用户|用戶|顾客|顧客|客户|客戶|收件人填|收货人填|收貨人填|客服备注[:：]|客服備註[:：])")
# The characters Chinese transliterates Uyghur's, Tibetan's, Mongolian's and Kazakh's names with ('阿依古丽·买买提',
# '次仁卓玛', '乌云其其格', '扎西多吉', '巴特尔'): such a name has no surname of the list, and a run of these
# characters after a name's label is one
_ZH_TRANSLIT = (r"[阿艾巴白拜班邦包宝贝本比边别宾波伯博布才彩仓措策查昌朝成赤楚次达旦丹道德登迪丁东顿多朵额恩尔法"
                r"凡菲夫福嘎噶甘冈高格根古贡哈海罕汗杭合和赫洪呼胡吉加嘉坚江金久卡开坎康柯克肯库拉腊来兰郎朗"
                r"勒雷力丽利连列林琳鲁路伦罗洛玛马买麦曼芒梅美蒙孟米敏明莫姆木穆那纳娜乃南尼年聂宁努诺欧帕潘佩"
                r"平普齐其琦奇钦青琼曲确热仁日茹若萨赛桑色森沙山尚舍什石苏素索塔泰坦唐特提图吐托瓦旺威维卫乌吾"
                r"西希喜夏仙香协谢新秀雅亚央扬耶依伊义音英尤玉元云扎占珍真哲卓兹孜宗妮娃琪斯尕拥觉曼逊肉克增诺堆先]")
# A person's name as a chat's nickname is one: a surname of the list and a given name, a transliterated name,
# dotted or not, or a romanized name, capitalized (a handle is the login recognizer's: 'tenzin_lhasa', '天山雪莲65')
_NICK_NAME = (r"(?:" + _ZH_SURNAME + r"\p{Han}{1,2}|" + _ZH_TRANSLIT + r"{2,8}"
              r"|\p{Han}{1,6}[·‧]\p{Han}{1,6}|\p{Lu}\p{Ll}{2,15}(?:[ ]\p{Lu}\p{Ll}{2,15})?)")
# QQ's export of a group chat: a message's header line, its date and time, the member's title in the group maybe
# ('【活跃】', '【群主】'), then the nickname and the QQ number or the mailbox ('2024-03-01 13:27:18 【活跃】古丽娜尔(2783082833)')
_QQ_HEADER = r"^\d{4}-\d{2}-\d{2}[ ]\d{1,2}:\d{2}:\d{2}[ ](?:【[^】\n]{1,12}】)?"
_QQ_AFTER_NICK = r"(?=\([1-9]\d{4,10}\)[ \t\r]*$|<[^<>\s@]+@[^<>\s]+>[ \t\r]*$)"
# A maker's or a platform's name, no person's ('通知 Google Play', 'Microsoft Teams さん')
_NOT_A_NAME = (r"(?!(?:Google|Apple|Microsoft|Amazon|Facebook|Meta|Samsung|Android|Windows|Chrome|Yahoo|Line"
               r"|Uber|Shopee|Sony|Nintendo|Adobe|Zoom|Slack)\b)")
_EN_LABEL = (r"(?i:member|customer|user|contact|recipient|name|sender|buyer|driver|patient|employee|student"
             r"|i['’]m|i[ ]am|this[ ]is|name[ ]is)")  # (and a speaker's own: "I'm 李嘉欣 from HK")
_JA_LABEL = r"(?:氏名|お名前|名前|担当者?|申込者|購入者|会員名?|受取人|送り主|ご依頼主|契約者|患者名?)"
# A title before a name, as a record writes its staff ('課長 高橋 健一', '主任 佐々木 優'): the labelled pattern's only
_JA_TITLE = r"(?:部長|課長|係長|社長|店長|主任|次長|室長|所長|専務|常務|取締役|代表)"
# Korean's commonest surnames (two-syllable ones first: '남궁', '제갈'; Jeju's '부', '좌' too), and the labels and
# honorifics around a name:
# name, customer, recipient, user, member, the one in charge, depositor, applicant, writer, patient, driver
_KO_SURNAME = (r"(?:남궁|제갈|선우|독고|황보|사공|서문|[김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽"
               r"성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉부좌])")
_KO_LABEL = (r"(?:이름|성명|성함|고객명?|수령인|수취인|받는[ ]?분|받는[ ]?사람|보내는[ ]?분|사용자|회원명?|담당자|담당"
             r"|예금주|신청자|작성자|문의자|환자명?|주문자|구매자|기사|상담원|직원|학생|보호자|예약자|투숙객)")
_KO_HONORIFIC = r"(?:님|씨|고객님|선생님|회원님|기사님|대리|과장|부장|팀장|차장|실장|사원|주임|사장님?)"
# Words of a label's or an honorific's shape that are no one's name: roles, 'user', 'customer', 'manager'
_KO_NOT_NAMES = (r"(?:안녕히|감사해|고마워|부탁해|수고해|사랑해|알겠어|괜찮아|미안해|사용자|사용중|구매자|관리자|이용자|주문자|신청자|작성자|방문자|상담원|상담사|고객님|고객센터|회원님|선생님"
                 r"|담당자|기사님|대표님|운영자|판매자|배송지|서비스|이메일|마지막|지원팀|정보|전화|연락|주소|번호|배송|문의"
                 r"|이름|성명|고객|이용|이전|이후|이상|정상|조회|변경|인증|설정|전체|최근|최종|주문|신청|한국|오류)")
# A team's, an office's word at the name's end: no one's ('홍보팀 과장', '고객지원실')
_KO_NOT_A_NAME_END = r"(?<![팀실과])"
_JA_HONORIFIC = r"(?:様|さま|さん|殿|氏|君|くん|ちゃん|先生)"
# Who is addressed with an honorific and is no one's name: roles, kin, firms ('担当者様', '店長さん',
# '奥様', 'お医者さん', '御社様', '管理人さん')
_JA_ROLES = (r"(?:担当者?|関係者|会員|店長|社長|部長|課長|係長|次長|所長|院長|園長|校長|店員|駅員|配達員|作業員|運転手"
             r"|大家|旦那|神様|王様|殿様|姫様|患者|利用者|購入者|出品者|落札者|取引先|御社|貴社|業者|看護師|医者|先生"
             r"|先輩|後輩|叔母|叔父|伯母|伯父|祖母|祖父|息子|家族|皆様|各位|管理人|管理者|運営|主催者|講師|主人|相手"
             r"|近所|友人|友達|彼氏|彼女|生徒|学生|選手|職人|住人|隣人|警察|役所|業者|皆|奥|神|王|客)(?:様|さま|さん)")
# A Japanese name's part: kanji (with the iteration mark), or katakana
_JA_PART = r"(?:[\p{Han}々ヶ]{1,4}|[\p{Katakana}ー]{2,8})"
# Japan's commonest family names, with Okinawa's and Hokkaido's: written before a blank and a given name they are a
# person's even with no label or honorific ('比嘉 健二 沖縄県...', '田中 由紀 080-...'): Japanese prose has no blank
# between words, so the blank is the name's, and the list keeps a place's or a firm's word out ('東京 本社')
_JA_SURNAME = (r"(?:佐藤|鈴木|高橋|田中|伊藤|渡辺|渡邊|山本|中村|小林|加藤|吉田|山田|佐々木|山口|松本|井上|木村|林|斎藤|斉藤"
               r"|清水|山崎|森|池田|橋本|阿部|石川|山下|中島|石井|小川|前田|岡田|長谷川|藤田|後藤|近藤|村上|遠藤|青木"
               r"|坂本|斉藤|福田|太田|西村|藤井|金子|岡本|藤原|中野|三浦|原田|中川|松田|竹内|小野|田村|中山|和田|石田"
               r"|森田|上田|原|柴田|酒井|工藤|横山|宮崎|宮本|内田|高木|安藤|島田|谷口|大野|高田|丸山|今井|河野|藤本"
               r"|村田|武田|上野|杉山|増田|小山|大塚|平野|菅原|久保|松井|千葉|岩崎|桜井|木下|野口|松尾|菊地|野村|新井"
               r"|渡部|佐野|杉本|古川|浅野|大西|服部|吉川|北村|樋口|小島|高野|佐久間|荒木"
               # Okinawa's ('比嘉', '金城', '大城', '宮城', '玉城', '新垣', '島袋', '知念', '仲宗根', '照屋')
               r"|比嘉|金城|大城|宮城|玉城|新垣|島袋|知念|仲宗根|照屋|上原|平良|山城|與那覇|与那覇|喜屋武|具志堅|当山"
               r"|安里|比屋根|宮里|国吉|仲村|又吉|外間|伊波|仲間|嘉数|仲里|赤嶺|仲本|糸数|儀間|宮平|長嶺|神谷"
               # Hokkaido's, and the Ainu's family names ('萱野', '貝澤')
               r"|萱野|貝澤|貝沢|川村|砂沢|秋辺|計良)")
# A given name after the blank: kanji (with the iteration mark), hiragana or katakana; no honorific, role, unit or
# firm's word ('田中 さん', '中村 店長', '佐藤 商店', '上田 市役所')
_JA_GIVEN = (r"(?!(?:さん|さま|くん|ちゃん|様|殿|氏|君|先生|店長|社長|部長|課長|係長|主任|担当|商店|本店|支店|本社|工務店"
             r"|建設|運輸|商事|産業|病院|医院|歯科|事務所|会計|市役所|役場|駅)(?![\p{Han}\p{Hiragana}\p{Katakana}]))"
             r"(?:[\p{Han}々]{1,3}(?<![店社院所部課局館駅港線町市村区県島])|\p{Hiragana}{2,4}|[\p{Katakana}ー]{2,6})")


# Korea's and Taiwan's romanized names: a given name of two syllables with a hyphen, the second in lower case
# ('Ji-eun', 'Shih-han', 'Min-jun'), and a family name of the commonest ones, in either order ('Ji-eun Han', 'Han
# Ji-eun'). The second syllable is of a closed list so that English's compounds are not read ('Check-in Time',
# 'Drop-off Point', 'Pop-up Shop')
_ROMAN_SURNAME = (r"(?:Kim|Lee|Yi|Park|Pak|Choi|Choe|Jung|Jeong|Chung|Kang|Cho|Jo|Yoon|Yun|Jang|Lim|Im|Han|Oh|Seo|Suh"
                  r"|Shin|Kwon|Hwang|Ahn|An|Song|Ryu|Yoo|Hong|Ko|Go|Moon|Mun|Yang|Son|Bae|Baek|Heo|Nam|Shim|Noh|Roh|Ha"
                  r"|Kwak|Sung|Cha|Joo|Ju|Woo|Koo|Min|Jin|Na|Ji|Eom|Chae|Won|Bang|Gong|Hyun|Ham|Byun|Yeo|Choo|Do|Seok"
                  r"|Bu|Boo|Chen|Lin|Huang|Chang|Zhang|Li|Wang|Wu|Liu|Tsai|Cai|Hsu|Xu|Cheng|Zheng|Hsieh|Xie|Kuo|Guo"
                  r"|Hung|Chiu|Qiu|Tseng|Zeng|Liao|Lai|Chou|Zhou|Yeh|Ye|Su|Chuang|Lu|Lo|Luo|Kao|Gao|Pan|Chien|Jian|Chu"
                  r"|Zhu|Zhong|Yu|Tu|Hou|Fang|Sun|Tang|Ho|He|Peng|Shih|Shi|Chiang|Jiang|Fan|Tai|Dai|Wei|Hsiao|Xiao"
                  r"|Tsao|Cao|Teng|Deng|Fu|Shen|Ma|Ting|Ding)")
_ROMAN_GIVEN = (r"\p{Lu}\p{Ll}{1,5}-(?:eun|jun|joon|yeon|yeong|young|woo|hoon|hun|min|jin|soo|su|hee|hui|ho|seo|ji|ah|yun"
                r"|kyung|sook|hyun|hyeon|bin|won|seok|ha|na|ra|rin|han|ling|mei|wei|ting|yu|hua|ming|chen|chun|hsuan"
                r"|hsin|yi|jie|ying|fang|lun|hao|yang|jung|gyu|hwan|sung|sik|chul|mi|kyu|hye|jae|woong|ki|gi|sun|seon"
                r"|yeol|uk|wook|ju|joo|hwa|ok|ae|eon|jeong|ryeong|rim|lim|byeol|bi|gu|guk|beom|tae|taek|hyuk|ye|yoon"
                r"|ping|fen|lan|jun|qing|hong|wen|kai|jun|xuan|han|chieh|chih|hsiang|yen|lung|wen|tzu|pei|shan)")
class PersonCjkRecognizer(PatternRecognizer):
    CASELESS_SCRIPT = True  # (its prefilters pack last: piiscan.detect.fastpass)
    PATTERNS = [
        Pattern(
            "zh_name_labelled",
            r"""(?x)
            (?<=""" + _ZH_LABEL + r"""[:：]?[\ 　]?      # the label, glued or not: '联系人张伟', '會員 王小明'
              |\b""" + _EN_LABEL + r"""[:：]?\ )         # (English: 'member 林美玲')
            """ + _ZH_SURNAME + r"""\p{Han}{1,2}
            (?=[^\p{Han}]|$|""" + _ZH_HONORIFIC + r""")  # the Han text ends, or an honorific follows
            """,
            0.85,
        ),
        Pattern(
            "zh_label_latin_name",
            r"""(?x)
            (?<=(?:""" + _ZH_LABEL + r"""|寄給|寄给|交給|交给|轉交|转交|通知|感謝|感谢|謝謝|谢谢|聯絡|联系|致
              |""" + _ZH_ROLE + r""")[:：]?[\ 　]?)
            """ + _NOT_A_NAME + r"""\p{Lu}\p{Ll}+(?:[\ \-]\p{Lu}\p{Ll}+){1,2}  # a romanized name after a Chinese label or a verb of
            (?![\p{Latin}\-])              # giving or thanking: '會員 Panay Kacaw', '寄給 Lin Mei-Ling', '骑手 Ekber
                                           # Qadir（工号'; Han may follow: '维修师傅Pema Tsering会联系您'
            """,
            0.6,
        ),
        Pattern(
            "zh_translit_name_labelled",
            r"""(?x)
            (?<=""" + _ZH_LABEL + r"""[:：][\ 　]?|(?:我叫做|我叫|我係|我名叫|我的名字是|我的名字叫)[\ 　]?  # a label and
              |我是(?:客服|店长|店長|老板|老闆|师傅|師傅|维修师傅|維修師傅|技术员|技術員)[\ 　]?  # ('I am the support agent')
              |""" + _ZH_ROLE + r"""[\ 　]?)
            (?:""" + _ZH_TRANSLIT + r"""{1,6}[·‧]\p{Han}{1,6}?(?:[·‧]\p{Han}{1,6}?)?  # its colon, or 'I am called': a
              |""" + _ZH_TRANSLIT + r"""{2,8}|""" + _ZH_SURNAME + r"""\p{Han}{1,2}?)  # name of the transliterating
            (?=[^\p{Han}·‧]|$|""" + _ZH_HONORIFIC + r"""|(?:会|會|说|說|已|将|將)(?!\p{Han}?[·‧]))  # characters, dotted or
            """,                                      # not, or a surname's ('联系人：次仁卓玛', '我叫阿依古丽·买买提，',
                                                      # '维修师傅古丽努尔·别克会联系您': will call you)
            0.85,
        ),
        Pattern(
            "zh_label_script_name",
            r"""(?x)
            (?<=(?:""" + _ZH_LABEL + "|" + _ZH_ROLE + r""")[:：]?[\ 　]?)  # a name in Mongolian's, Tibetan's,
            (?:[\u1820-\u18aa\u180b-\u180f]{2,30}(?:[\ \u202f][\u1820-\u18aa\u180b-\u180f]{2,30})?  # Cyrillic or
              |[\u0f40-\u0fbc]{1,8}(?:་[\u0f40-\u0fbc]{1,8}){1,5}  # Uyghur's script after a Chinese label
              |\p{Lu}\p{Cyrillic}{1,20}(?:[\ ]\p{Lu}\p{Cyrillic}{1,20})?  # ('名字：ᠭᠠᠨᠪᠠᠭᠠᠲᠤᠷ', '联系人：བཀྲ་ཤིས',
              |[\u0626-\u064a\u067e-\u06d5]{2,20}(?:[\ ][\u0626-\u064a\u067e-\u06d5]{2,20})?)  # '收件人 Ерлан
            (?![\u1820-\u18aa\u180b-\u180f\u0f40-\u0fbc\p{Cyrillic}\u0626-\u064a\u067e-\u06d5])  # Жақыпұлы',
                                                      # '顾客 ەرلان جاقىپۇلى')
            """,
            0.85,
        ),
        Pattern(
            "qq_nickname_name",
            r"""(?x)
            (?<=""" + _QQ_HEADER + r""")""" + _NOT_A_NAME + _NICK_NAME + _QQ_AFTER_NICK + r"""  # a QQ export's header:
            |(?<=""" + _QQ_HEADER + r"""[^\n()<>·‧\-—]{1,30}(?:[·‧\-—]|(?<=批发|批發|维修|維修|数码|數碼|配件|通讯|通訊
              |电子|電子|商行|手机|手機)))         # the nickname when it is a name, or a shop's nickname's name
            (?:""" + _ZH_SURNAME + r"""\p{Han}{1,2}|""" + _ZH_TRANSLIT + r"""{2,8})  # after its dot or dash or its
            """ + _QQ_AFTER_NICK + r"""              # trade's word ('吐鲁番配件批发·张伟(1739923885)')
            """,
            0.85,
        ),
        Pattern(
            "zh_translit_name_signed",
            r"""(?x)
            (?<=(?:Құрметпен|Рахмет|Хүндэтгэсэн|Баярлалаа|ھۆرمەت[\ ]بىلەن|رەھمەت|Regards|regards|Thanks)[,，]?[\ \n]{1,3})
            (?:""" + _ZH_SURNAME + r"""\p{Han}{1,2}|""" + _ZH_TRANSLIT + r"""{2,8}|\p{Han}{1,6}[·‧]\p{Han}{1,6}
              |[\u0f40-\u0fbc]{1,8}(?:་[\u0f40-\u0fbc]{1,8}){1,5})  # (or in Tibetan script: 'Best regards ཉི་མ')
            (?=[\s。.!！]|$)                          # a sign-off's name in Han after Kazakh's, Mongolian's or
            """,                                      # Uyghur's regards ('Хүндэтгэсэн 索朗旺堆')
            0.85,
        ),
        Pattern(
            "mention_name",
            r"""(?x)
            (?<=(?:^|[\s，。：:])@)                 # a chat's mention of a member by a name of the shapes above
            (?:""" + _ZH_SURNAME + r"""\p{Han}{1,2}|""" + _ZH_TRANSLIT + r"""{2,8}|\p{Han}{1,6}[·‧]\p{Han}{1,6})
            (?=[\s　,，。:：!！?？]|$)                # ('@艾克拜尔 ཐུགས་རྗེ་ཆེ།')
            """,
            0.8,
        ),
        Pattern(
            "zh_role_latin_single_name",
            r"""(?x)
            (?<=""" + _ZH_ROLE + r"""[\ 　]?)         # one romanized name after a Chinese ticket's role word ('联系管理员
            """ + _NOT_A_NAME + r"""(?!(?:Admin|Root|System|Support|Service|Team|Guest|User|Bot|Staff)(?![\p{Latin}]))
            \p{Lu}\p{Ll}{2,15}(?![\p{Latin}\-])  # Oyun', '维修师傅Parhat会联系您')
            """,
            0.6,
        ),
        Pattern(
            "zh_name_signed",
            r"""(?x)
            (?<=(?:谢谢|謝謝|多谢|多謝|感谢|感謝)[！!。，,]?(?:\r?\n|\\n){1,2}[\ 　]*)  # a message's name on the line after its
            """ + _ZH_SURNAME + r"""\p{Han}{1,2}      # thanks ('…请联系我：9135 3654，谢谢！\n沈文庆'), the line's
            (?=[\ 　]*(?:\r?\n|\\n|$|['"]))      # end after it (or a dump's escaped one, its string's end)
            """,
            0.85,
        ),
        Pattern(
            "zh_name_after_thanks",
            r"""(?x)
            (?<=(?:唔該晒|多謝晒|谢谢|謝謝|多谢|多謝)[！!。，,][\ 　]?)  # Cantonese's and Mandarin's thanks, then the
            """ + _ZH_SURNAME + r"""\p{Han}{1,2}      # name on the same line, the text's or the sentence's end after
            (?=[\ 　]*(?:[.。!！]|\r?\n|$|[\ 　][^\p{Han}]))  # it ('唔該晒！吳雅婷', '唔該晒！區偉文. Order ...')
            """,
            0.85,
        ),
        Pattern(
            "zh_speaker_name",
            r"""(?x)
            (?<=^|\n)(?!關於|关于|區域|区域|關鍵|关键|衛生|卫生|勞工|劳工)  # a message that starts with its writer's
            """ + _ZH_SURNAME + r"""\p{Han}{1,2}      # name and a full-width colon ('劉振華：上個月交咗費...'); not a
            (?<![局處处署部字組组科室會会廳厅院所站號号])(?=[：][^\n])  # label or an office's name ('區域：',
            """,                                      # '衛生局：', '關鍵字：')
            0.8,
        ),
        Pattern(
            "jyutping_name",
            r"""(?x)
            (?<![\w\-])(?:""" + _JYUTPING + r"""[\ ]){1,2}""" + _JYUTPING + r"""(?![\w\-])  # a Cantonese name in
            """,                                      # Jyutping, each syllable's tone a digit ('Gwok3 Siu2 Man4')
            0.85,
        ),
        Pattern(
            "zh_name_honorific",
            r"""(?x)
            (?<![\p{Han}])(?!謝謝|谢谢)""" + _ZH_SURNAME + r"""\p{Han}{0,2}?  # a surname, the given name maybe,
            (?=""" + _ZH_HONORIFIC + r"""|[\ 　]?(?:您好|你好)  # then Mr, Miss, Ms: '王先生', '陳美玲小姐'; or
              |(?:嘅|的)(?:手提|電腦|电脑|手機|手机|筆電|笔电|筆記本|笔记本|平板|iPad|iPhone|MacBook|[Ll]aptop))
            """,                                      # a greeting: '王志明 您好' (not 'thanks' and hello); or whose
            0.8,                                      # device: '黃俊傑嘅手提電腦', '王小明的笔记本' (Cantonese, Mandarin)
        ),
        Pattern(
            "han_dotted_name",
            r"""(?x)
            (?<![\p{Han}·‧・])                          # a name transliterated, its parts joined by a middle
            \p{Han}{1,5}[·‧]\p{Han}{1,6}(?:[·‧]\p{Han}{1,6})?  # dot: an indigenous or a foreign one
            (?![\p{Han}·‧・])                           # ('瓦歷斯·巴萬', '阿巴斯·烏代 您好'); not Japanese's
                                                       # list of words ('沖縄・奄美・八丈島')
            """,
            0.85,
        ),
        Pattern(
            "zh_name_in_file_name",
            r"""(?x)
            (?<=[/\\_])""" + _ZH_SURNAME + r"""\p{Han}{1,2}  # a name as a document's name or its part:
            (?=_(?:\d{6}|[^\d/\\\s][^/\\\s]{0,80}\.(?:vcf|pdf|docx?|xlsx?|txt|jpe?g|png|heic))  # '/客戶聯絡/廖佳穎_0966568524.vcf',
              |\.vcf\b)                                 # '收件地址_鄭政達_臺東縣....txt'
            """,
            0.85,
        ),
        Pattern(
            "ja_name_honorific",
            r"""(?x)
            (?<![\p{Han}\p{Katakana}々ヶー])
            (?!""" + _ZH_LABEL + "|" + _JA_LABEL + r"""|宛|各位|御中)  # a label and a name: the next pattern's; an
                                                       # address's 'to' ('ルクア大阪 宛 山本様')
            """ + _JA_PART + r"""[\ 　]""" + _JA_PART + r"""  # surname, blank, given name
            (?=[\ 　]?""" + _JA_HONORIFIC + r""")          # then the honorific: '山田 花子 様'
            """,
            0.85,
        ),
        Pattern(
            "ja_surname_honorific",
            r"""(?x)
            (?<![\p{Han}々ヶ])
            (?!""" + _JA_ROLES + r""")                 # not a role's or a kin's word: 'お客様', '担当者様', '店長さん'
            [\p{Han}々ヶ]{2,3}(?=様|さま|さん)       # a surname alone before its honorific: '比嘉様', '田中さん'
            """,
            0.6,
        ),
        Pattern(
            "latin_name_ja_honorific",
            r"""(?x)
            (?<![\p{L}\-])""" + _NOT_A_NAME + r"""\p{Lu}\p{Ll}+[\ ]\p{Lu}\p{Ll}+  # a romanized name before a Japanese honorific:
            (?=[\ 　]?(?:様|さま|さん|殿))   # 'Taro Yamada 様', 'Kenji Tanaka さん'
            """,
            0.85,
        ),
        Pattern(
            "ja_name_labelled",
            r"""(?x)
            (?<=""" + _JA_LABEL + r"""[:：=]?[\ 　]?|""" + _JA_TITLE + r"""[\ 　])  # '氏名：山田 花子', '担当 佐藤 一郎',
            """ + _JA_PART + r"""[\ 　]""" + _JA_PART + r"""  # a log's '氏名=田中 浩', a title's '課長 高橋 健一'
            (?![\p{Han}\p{Katakana}々ヶー])
            """,
            0.85,
        ),
        Pattern(
            "ja_common_surname_name",
            r"""(?x)
            (?<![\p{Han}\p{Hiragana}\p{Katakana}々ヶー])
            """ + _JA_SURNAME + r"""[\ 　]""" + _JA_GIVEN + r"""  # a common family name, a blank, a given name:
            (?![\p{Han}\p{Hiragana}\p{Katakana}々ヶー])          # '比嘉 健二', '上原 さくら', '田中 由紀'
            """,
            0.8,
        ),
        Pattern(
            "romanized_hyphenated_name",
            r"""(?x)
            (?<![\p{L}\p{M}\-'’])
            (?:""" + _ROMAN_GIVEN + r"""[\ ]""" + _ROMAN_SURNAME + r"""   # 'Ji-eun Han', 'Shih-han Huang'
              |""" + _ROMAN_SURNAME + r"""[\ ]""" + _ROMAN_GIVEN + r""")  # 'Han Ji-eun'
            (?![\p{L}\p{M}\-'’])
            """,
            0.85,
        ),
        Pattern(
            "ja_name_before_desu",
            r"""(?x)
            (?<=^|[、，,！!。\ 　]|予約の|私は|わたしは)   # who says who they are: a name, then 'です' (I am) or
            (?:""" + _JA_SURNAME + r"""(?:[\ 　]?""" + _JA_GIVEN + r""")?  # 'と申します' ('めんそーれ、宮城 彩花です',
              |\p{Lu}[\p{Ll}]{2,15}(?:[\ ]\p{Lu}[\p{Ll}]{2,15})?  # '比嘉です', '予約のMinatoです',
              |\p{Lu}{3,15}(?=です))                        # '予約のSAKURAです')
            (?=です|と申します|でございます)
            """,
            0.8,
        ),
        Pattern(
            "ko_name_before_copula",
            r"""(?x)
            (?<![\p{Hangul}])(?!""" + _KO_NOT_NAMES + r""")
            """ + _KO_SURNAME + r"""\p{Hangul}{2}""" + _KO_NOT_A_NAME_END + r"""(?<!님)  # who says who they are: a full name,
            (?=입니다|이에요|예요|라고[ ]합니다)            # then 'I am' ('강하늘입니다', '최도윤입니다')
            """,
            0.8,
        ),
        Pattern(
            "ko_name_before_deurim",
            r"""(?x)
            (?<![\p{Hangul}])(?!""" + _KO_NOT_NAMES + r"""|감사|사과|말씀|인사|선물|축하)  # a letter's writer, their
            \p{Hangul}{2,3}(?=[ ]?드림(?![\p{Hangul}]))  # given name or full name before '드림' ('from': '감사합니다~
            """,                                         # 하늘 드림'), not a gift's or a thanks' word
            0.8,
        ),
        Pattern(
            "ko_name_signing_off",
            r"""(?x)
            (?<=(?:다|요|[.!?]|[A-Z0-9]{6,})[ ])(?!""" + _KO_NOT_NAMES + r""")  # a message's writer after its last
            """ + _KO_SURNAME + r"""\p{Hangul}{2}""" + _KO_NOT_A_NAME_END + r"""(?<!님)  # sentence or a code it gave: '감사합니다
            [ \t]*$                                         # 정유나', '시리얼 G4BB23AEA3 한지은'
            """,
            0.75,
        ),
        Pattern(
            "ja_name_labelled_unspaced",
            r"""(?x)
            (?<=""" + _JA_LABEL + r"""[:：=][\ 　]?)      # a name without its blank after a label and its colon
            [\p{Han}々ヶ]{2,5}                          # ('担当者: 鈴木一郎 (内線 1234)'), not a department's, a
            (?<![部課室係店社局所署庁院科班])             # firm's, an office's ('担当: 営業部', '担当者: 総務課')
            (?![\p{Han}\p{Katakana}\p{Hiragana}々ヶー])
            """,
            0.7,
        ),
        Pattern(
            "ko_name_labelled",
            r"""(?x)
            (?<=""" + _KO_LABEL + r"""[:：=]?[\ ]?)      # a Korean name after its label ('수령인: 이영희', '이름 홍길동',
            (?!""" + _KO_NOT_NAMES + r""")                 # '고객 박지훈 님', '이름=최수진'), not a role's word
            """ + _KO_SURNAME + r"""\p{Hangul}{2}""" + _KO_NOT_A_NAME_END + r"""  # three syllables, as most are;
            (?![\p{Hangul}]|[\ ]?(?:님|씨))               # then no more Hangul but its honorific
            """,
            0.8,
        ),
        Pattern(
            "ko_name_after_login",
            r"""(?x)
            (?<=[A-Za-z0-9_.\-]{2,40}[\ ]?\()        # a Korean name in brackets after a login, as an app logs
            (?!""" + _KO_NOT_NAMES + r""")              # who acted: 'admin=hbadmin01 (문지영) from 10.20.19.119'
            """ + _KO_SURNAME + r"""\p{Hangul}{2}""" + _KO_NOT_A_NAME_END + r"""(?=\))
            """,
            0.8,
        ),
        Pattern(
            "ko_name_honorific",
            r"""(?x)
            (?<![\p{Hangul}])(?!""" + _KO_NOT_NAMES + r""")
            """ + _KO_SURNAME + r"""\p{Hangul}{2}""" + _KO_NOT_A_NAME_END + r"""  # a full name of three syllables, then its honorific or a
            (?=[\ ]?""" + _KO_HONORIFIC + r"""|\([\w.\-]{2,40}\)[\ ]?님)  # title: '김민수 님', '박지훈씨', '이영희 과장', a
                                                        # login between: '김민수(minsu.kim)님이'
            """,
            0.8,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON",
            name="PersonCjkRecognizer",
            patterns=list(self.PATTERNS),
            context=["姓名", "氏名", "name", "이름", "성명"],
            global_regex_flags=re.MULTILINE,
        )
