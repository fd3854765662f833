"""People, their titles and organisations, read from the cleaned report text.

pkuseg often glues a name to the next word (于|军代表, 曾|劲作) or splits it
(刘|长利), so names are found at character level: a surname, one or two given
characters, and a context that licenses a name on each side:
- left: a title chain (区委副书记、区长曾劲), a group label (区领导王恒进),
  a list separator after another name (、), a byline (记者 唐炜), a field label
  (主持人:关成启), or a clause start;
- right: punctuation, a role verb (主持, 出席, 作…报告), a title (习近平总书记), …
Clause-start names need the trained name statistics to agree (NameStats),
because a clause can start with any word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from huiyi.pipeline.lexicon import (
    BODY_NAME_ENDS,
    BYLINE_TITLES,
    DECISION_VERBS,
    FOREIGN_PLACES,
    MEMBER_HEADS,
    NAME_FOLLOW_CHARS,
    NON_NAMES,
    ORG_SUFFIXES,
    ROLE_VERBS,
    SPEECH_WORDS,
    SURNAMES_1,
    SURNAMES_2,
    TITLED_RARE_SURNAMES,
    WORD_NAMES,
    Constructions,
    NameStats,
    OrganTable,
    default_constructions,
    default_organs,
    known_place_suffix,
    load_common_words,
    load_places,
    load_towns,
)
from huiyi.pipeline.orgs import body_at, org_of_title
from huiyi.pipeline.records import Person, Title
from huiyi.pipeline.text import Sentences, occurrences

CJK = re.compile(r"[\u4e00-\u9fff]")
# verbs written onto either edge of a dotted name (接替劳尔·卡斯特罗, …额尔登巴特邀请, …卡斯特罗致唁电)
_DOTTED_LEFT = re.compile(r"接替|继承|纪念|悼念|会见|会晤|邀请|祝贺|陪同|欢迎|选举|任命|免去|推选|补选|增选|提名|批准|接受")
_DOTTED_RIGHT = re.compile(r"(?:邀请|继续|表示|致电|致唁电|致函|致信|会见|说|指出|强调|辞去)$")
_BEFORE_DOTTED = "的对由和与了在向及并见人是为将把被给从同我"
# a name of an election list: a dotted one of any length, or two to five characters
# (not a decision's, which may name the person it concerns: 《…关于接受王某辞去…职务请求的决定》)
_RULE_BOOK = re.compile(r"《[^》\n]{2,80}?(?:条例|办法|规定|规则|细则|法|公约|条约|协定)(?:[(（][^)）]{1,8}[)）])?》")
# 电 opening a word (跨境电商, 电子, 电力…), not a dateline's 电 before the title (新华社…12日电|记者)
_ELECTRIC_WORD_SECONDS = frozenset("商子力网信视台影器动气竞")
# what licenses a weak head before it: a body, or the village the post serves (村报账员, 嘎查网格员)
_WEAK_HEAD_BODIES = (*ORG_SUFFIXES, "村", "嘎查")
_ELECTED_NAME = r"(?:[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,12}?|[\u4e00-\u9fff·]{2,5}?)"  # no transliterated name runs over these
_UNIT_SUFFIXES = "省市县区州盟旗镇乡村"  # 湖南省长沙市: 省长 + 沙市 is no titled name
_WORK_FIRST = "工合协创写操制动"  # the first character of 工作, 合作…: a "name" ending in it runs into the word (学生工|作处)
_LOCAL_BODIES = ("党委", "党总支", "党支部", "人大", "人民政府", "政府", "纪委", "村委会", "居委会")


def township_before_body(text: str, e: int) -> bool:
    """A candidate ending at e is a township before its body's title (白沙乡|党委书记X), or a county or city
    before its body or post (金山县|副县长X, 金山县|委书记): a place, no name."""
    return text[e - 1] in "乡镇村" and text.startswith(_LOCAL_BODIES, e) \
        or text[e - 1] in "省市县区州旗" and bool(_LEVEL_POST.match(text, e))


# a level's body or post right after its place (金山县副县长, 银河县委)
_LEVEL_POST = re.compile(r"(?:常务)?副?(?:省长|市长|县长|区长|州长|旗长)|委|政府|人民政府|人大|政协")
# a term or a session numbered in digits after 第, whose 届/次 follows (第24届…)
_TERM_DIGITS = re.compile(r"第\d{1,3}(?=[届次期])")
_LEVEL_CHARS = "省市县区州镇乡"  # a level word opens a local body (省委党校, 市政协)
# what a body's name opens on, right after a name (免去郑某|政协…职务): a level word, the nation, a state organ
_BODY_OPENERS = "[" + _LEVEL_CHARS + "]|中共|中国|全国|国家|中央|政协|人大|国务院"


def runs_into_work(text: str, e: int) -> bool:
    """The candidate's last character starts 工作/合作… with the 作 after it (杜绝|工作, 学生工|作处)."""
    return text[e - 1] in _WORK_FIRST and text.startswith("作", e)
TITLED_PLAUSIBLE = -10.0  # the name statistics' floor for a name right after a title chain
FOREIGN_TITLED_PLAUSIBLE = -13.0  # …after a foreign country's post (俄罗斯联邦总统普京): a transliteration the statistics score low
STRUCTURE_PLAUSIBLE = -13.0  # …and for one between a title and a role verb or a list's comma (县委书记那国强主持)
PHRASE_AFTER_PLAUSIBLE = -8.0  # …before a speech phrase of the table (教师巩立新|分享了), still not 向中央|反映
WORD_AFTER_PLAUSIBLE = -7.0  # …and for one before a word the table does not know (局长王晓峰|安排), not 向中央|提出
COMMON_WORD_NAME_SCORE = -4.5  # below it, a common word in a list is no name (汪洋 -2.1 stays, 荣誉 -6.3 goes)
DESCRIBED_PLAUSIBLE = -6.0  # …and for a name after a description no table knows (返乡创业青年胡某), in a roster
# one character before a head that is no surname there: a body (国务院…) or a qualifier (代区长, 原市长, 副…)
_NO_SURNAME_BEFORE_HEAD = set("党团军国院校部局厅处科所站队组社会委办厂矿司省市县区州盟旗镇乡村代原前副正总常老新首女")
_BODY_CHARS = set(_UNIT_SUFFIXES + "委府会部局院校司厅办室组")  # the last character of a body's name
BODY_ENDS = ("监会", "委会", "联会", "事会", "学院", "医院", "法院", "大学", "中学", "小学", "公司", "集团", "银行", "协会")
# (银监会, 村委会, 董事会, 科学院, 宁波大学: a body, never a name)
_FOREIGN_LONGEST = max(map(len, FOREIGN_PLACES), default=0)  # (波斯尼亚和黑塞哥维那)
_FOREIGN_BY_FIRST: dict[str, list[str]] = {}
for _place in FOREIGN_PLACES:
    _FOREIGN_BY_FIRST.setdefault(_place[0], []).append(_place)


def _in_foreign_place(text: str, s: int, e: int) -> bool:
    """text[s:e] lies inside a country's or foreign city's name (阿尔 of 阿尔及利亚)."""
    return any(text.startswith(place, j) and j + len(place) >= e
               for j in range(max(0, s - _FOREIGN_LONGEST + 1), s + 1)
               for place in _FOREIGN_BY_FIRST.get(text[j], ()))


_FOREIGN_AT = re.compile("|".join(sorted(FOREIGN_PLACES, key=len, reverse=True)))  # a country opens here
_PREPOSITIONS = set("向同和与对跟给把被从")  # also surnames: 向雷锋 is 向 + 雷锋 where 雷锋 alone reads far better
BODY_GOES_ON = ("委员会", "流域", "管理局")  # what continues a body's name after a place (长江|水利委员会)
_OUTLET_AFTER = ("日报", "晚报", "报社", "新闻网", "电视台", "融媒体中心")  # (延边|日报: the outlet's place)
# parts of a Tibetan name with a character outside TRANSLIT, after its first part (才让|东智, 罗绒|向秋, 洛绒|曲批)
_NAME_PARTS = frozenset(default_constructions()["minority_name_parts"])
_FIRM_OPENERS = ("集团", "股份有限公司", "有限公司", "控股")  # what follows a firm's own name
_WORDS_OPENING_WITH_HE = ("和谐", "和平", "和睦", "和美")  # (…街道和谐社区党委书记: a word of a body's name, no "and")
_BRACKETED_IN_BODY = ("公司", "中国", "集团", "总公司")  # 市局（公司）, 某某（中国）有限公司: part of the body's name
# (…局二级|调研员, …领导小组常务|副组长, …学校高级|讲师: the body before the rank or grade)
_RANK_END = re.compile(r"[一二三四]级$|(?:常务|执行|(?:正|副)?高级|中级)$|(?<=[\u4e00-\u9fff])原$")  # (…局原|党组书记: former)
_NUMERALS = set("一二两三四五六七八九十几数")
_CLASSIFIERS = "段位名张条项批支家份只门宗种席"  # measure words that are also surnames (一段|临时总理)
_DETERMINER = re.compile(r"本次|此次|这次|本届|今天|今日|当天|新任(?!务|命)")
_INVITED_BY = re.compile(r"应(?![急用届])")  # at a clause's start before a title: 应…总统X邀请
_OTHER_MEMBERS = re.compile(r"(?:其他|其余)$")
_TIME_OR_CAPTION = re.compile(r"(?:\d{1,2}[日号]|[上下]午|晚上|图为)$")
# brackets after a name (the meetings grammar reads past them too): a photo's position note (张某（左二）在会上讲话)
# and a bracketed title (张某（县委书记）)
POSITION_NOTE = r"[（(](?:左|右|中|前排左|前排右|前排|后排)[一二三四五六七八九十]?[）)]"
BRACKETED = r"[（(]([\u4e00-\u9fff、，,]{1,30}|[A-Za-z][A-Za-z .\-]{1,40})[）)]"  # (…or a name in Latin: （Mark Hayden）)
_POSITION_NOTE = re.compile(POSITION_NOTE)
_BRACKETED = re.compile(BRACKETED)
_TOGETHER = ("共同", "一同", "一起")  # (…与B共同出席: a pair's joint act)
_JOINT = re.compile(r"[与和同][\u4e00-\u9fff·]{2,12}?(?:" + "|".join(_TOGETHER) + ")")  # (the pair's first: A|与B共同…)
_POSTS_LEAD = re.compile(r"(?:曾任|曾担任|历任|先后任|先后担任)")  # (the verb that opens the posts after a praise)
_NOT_A_POST = re.compile(r"\d|[年月日]|当选|是|的|在|后(?!勤)|期间|时|和")  # (what no post in a list of posts held holds; 总后勤部 holds 后)
_FIRM_AFTER = re.compile(r"(?:[（(][\u4e00-\u9fff]{1,8}[）)])?(?:有限|股份|集团|公司|科技|控股)")
_ROSTRUM = re.compile(r"在(?:大会)?主席台")  # (…韩东日在主席台前排就座: where a roster sits)
_NOTES_IN_LINE = re.compile(r"[（(][^（）()\n]{0,16}[）)]")
_DOT = re.compile(r"[·\-－]")  # what joins the parts of a transliterated name
_GEO_ENDS = set("江河湖海山国省市州县区洲岛")
_ITEM_END = "、，,等和及与（("  # what may end a list item
_NOTE = re.compile(r"[（(][\u4e00-\u9fff]{1,6}[）)]")  # （女）, （挂职）: a short note
_UNIT_NOTE = re.compile(r"[（(]([\u4e00-\u9fff]{2,30})[）)]")  # （县某某农业开发有限公司）: a unit after a name
_NOTE_BEFORE = re.compile(_NOTE.pattern + "$")  # 副县长（挂职）王某: a note between title and name
# a place's unit, then 的 and a member of it closed by a separator (…、水澄村的梁美娟和…): the "name" is the place
_UNIT_OF_NEXT = re.compile(r"[村片组屯寨镇乡区]的[\u4e00-\u9fff\u3000 ]{2,5}?(?:[、，,。；;和及]|$)")
_UNNAMED_TAIL = re.compile(r"[，,](?:以及|及|各)[^，。；,;：:]{2,60}$")  # a roster's group after its names (，以及各部门负责人)
_TITLE_NOTE_BEFORE = re.compile(_UNIT_NOTE.pattern + "$")  # …书记（…组长）王某: a post in brackets between them
BYLINE_PLAUSIBLE = -12.0  # a closing byline licenses an unusual name as a title chain does, a little further
_CLAUSE_STOP = re.compile(r"[。；;\n]")
_COUNTED_ETC = re.compile(r"等[两二三四五六七八九十\d]+(?:位|名|人)[\u4e00-\u9fff]{0,6}$")  # 等11名代表 closing a roster
_NOTE_AT_END = re.compile(r"[（(][^（）()、，,。；;]{1,26}[）)]$")  # a list item's closing note (its unit, 女, 彝族)

_NAMES_LINE = re.compile(r"[\u4e00-\u9fff·]{2,6}(?:[ \u3000、]+[\u4e00-\u9fff·]{2,6})*[ \u3000]*")  # a line of a roster
# words that start on a one-character given name's last character: 所作, 共同, 一同…
_STRADDLING = ("所作", "所做", "共同", "一同", "一起", "一道", "联合")


def _unit_note(text: str, pos: int, heads: tuple[str, ...] = ()) -> re.Match | None:
    """A member's unit in brackets at pos (马某（县某某农业开发有限公司）): a body's name, longer than a short note;
    or, given the table's title heads, the member's post there (谈某（浙江某某科技股份有限公司董事长）)."""
    m = _UNIT_NOTE.match(text, pos)
    return m if m and (m.group(1).endswith(ORG_SUFFIXES) or len(m.group(1)) > 6 and m.group(1).endswith(heads)) else None
# a group label of the rest of a body's members (其他党委理论学习中心组成员王爽): licenses the names after it
_OTHER_GROUP = re.compile(r"(?:其他|其余)[\u4e00-\u9fff]{0,20}?(?:成员|同志|代表|委员|干部)$")
# the conjunction before the last name of a list (A、B和C, A、B以及C)
_LIST_TAIL = re.compile(r"以及|和|及|与")
_CLAUSE_OPENERS = "。，,；;：:（(、 \n”"  # what may stand before a name at a clause start
# a line of a roster table: the name, a space, its titles (普建华 县委书记)
_TABLE_ROW = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,6}) (?P<titles>[\u4e00-\u9fff、]{2,60})")
# a member's title closing a list item of its own (，施家豪委员，): the item's name is a member
_MEMBER_HEAD = re.compile(r"委员|常委")
_MEMBER_ITEM = re.compile("(" + _MEMBER_HEAD.pattern + r")(?=[，,、和])")
_COMES_FROM = re.compile(r"来自[^，。；、,;“”]{2,30}的$")  # a member described by where they come from
_CONJ_CHARS = "和与及"  # list conjunctions, which may still end a given name (陈正和)
# characters that never occur inside a personal name
NOT_IN_NAME = set("负的了是在和等及与同对以把被从就也都而并或但这那之于上下日分号个们说讲称氏要将")
# …of which a name right after a title may hold these (市委书记鲁之洛, 副主席孙同川)
NOT_IN_TITLED_NAME = NOT_IN_NAME - set("之同")
# …and a list of found names admits these in its other items (孙同川, 王之涣, 李以宁)
NOT_IN_LISTED_NAME = set("负的了是在等及与就也都而并或但这那们说讲称个号")
# surnames so rare that as a first character they are almost always a word (区委, 党委, 国家…)
RARE_AMBIGUOUS = set("区党国省县镇乡村市会议的是在和有为以府弘第")  # …总统府举行, 弘扬老同志
NOT_NAME_END = set("寺委府局厅署处办室站总网前副域又")  # 长江流域, 区委, 市政府, 教科室, 林业站: bodies; 冯副|县长: a deputy's post; 江总(书记): an honorific; 闭幕会前: a time; 周|又将: an adverb
CHAIN_SEP = "、，,兼"
# characters of transliterated foreign names (纳扎尔巴耶夫, 普京 is covered by the surname path)
TRANSLIT = set("珍汗央阿埃艾安奥巴拜班邦贝本比彼庇波伯博布查达戴丹道德迪蒂丁杜多厄恩尔法菲费芬弗福伽盖冈戈格古圭哈海汉赫亨洪胡华霍"
               "基吉加贾杰金卡凯坎康考柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾里利莉列林琳卢鲁伦罗洛吕马玛麦迈曼梅门蒙米敏莫默姆穆"
               "纳娜奈内尼宁纽努诺欧帕潘佩彭皮普奇恰乔切钦萨塞赛桑瑟森沙莎舍什施斯松苏索塔泰坦汤唐特提通图托瓦万威韦维温沃乌"
               "西希谢辛休雅亚扬耶伊因尤于约扎泽詹兹佐夫娃翰密"
               # …and of Uyghur, Tibetan and Mongolian names written without a dot (阿不都热依木, 白玛赤林, 巴音朝鲁)
               "不都热依木买提明曼江力努丽吐逊肉孜吾麦合尼帕夏玉甫祖满宾则再乃色次仁卓旺堆白嘎措顿珠朗群培曲边琼增贡觉"
               "才让旦庆强赤久美更登其敖包呼琴那宝音朝额敦孟楞顺排衣村土洪云日勒乐图坦来"
               # …and of Yi names (吉克伍沙, 俄洛木呷, 曲比史洛) and more Tibetan and Mongolian ones (降央卓玛, 萨仁高娃)
               "伍呷史果牛俄惹且木降翁平确宗拥高根娜毕赉娅地尕求毛南仓此智藏益绒完青草保晋"
               # (四郎翁姆, 索南旦正; Yi 苦史日, 瓦其日体, 苦莫阿芝)
               "四郎正苦体芝支腾公别荪昂")
# (孟和巴雅尔, 苏和巴特尔: Mongolian names hold 和 after these, no conjunction)
_HE_AFTER = "孟苏"
BYLINE_LABELS = ("作者", "记者", "通讯员", "摄影", "文", "图", "来源", "撰稿", "供稿")  # SPEC: authors after 作者/撰稿/来源
# the authors in a closing bracket of their own ((施某 田某), (张某/文)): names, nothing else, up to the bracket
_PAREN_AUTHORS = re.compile(r"[\u4e00-\u9fff·]{2,4}(?:[ \u3000/、][\u4e00-\u9fff·]{2,4}){0,4}[)）]")
# …and a closing bracket of authors' names in transliteration, each up to six (（敖登格日乐 巴雅斯古楞）), at a line's end
_PAREN_TRANSLIT_AUTHORS = re.compile(r"[（(][\u4e00-\u9fff·]{2,6}(?:[ \u3000/、][\u4e00-\u9fff·]{2,6}){0,4}[)）][ \u3000]*(?:\n|$)")
# what stands between a byline's or field's label and the name (记者 A, 作者：A, 文/A, 文｜A)
_LABEL_SEPS = " :：/／｜|"
# a village or township whose name holds 其 (巴格其村, 其乃巴格村: Uyghur place names), not the pronoun 其 (其所在村…)
_PLACE_AFTER_QI = re.compile(r"(?!所)[\u4e00-\u9fff]{0,4}[村乡镇]")
BYLINE_AFTER = ("/文", "/图", "/摄", "／文", "／图", "／摄")  # …or before a name's part in the page (郦某/文 贲某/图)
CLUTTER_LABELS = ("责任编辑", "编辑", "审核", "审核人", "校对", "编审", "责编", "签发")
NATIONAL_FORMULAS = ("新时代中国特色社会主义", "思想", "理论", "同志")  # (…思想, …经济思想, …强军思想)


def left_breaks(t: Constructions) -> re.Pattern:
    """What a title prefix never reaches back over (the left edge of a title chain): a time, a preposition, a
    role verb of the table (召开, 主持, 出席…), a dateline…"""
    # 和/与 break a title chain, except inside 共和国 and between two words of a body's name (PeopleFinder._cut)
    return re.compile(
        # (委员长会议组成人员, 常务会议组成人员: a council before its members' post is part of the title)
        # 代表大会议案…: not 会议; 科学与技术研究院: not 与 (as 发展和改革委员会: not 和); 水电/供电…: not a dateline's 电
        # (nor 科大讯飞, 通讯: a dateline's 讯)
        # (…第五次会议常务主席: a session's name before its own post is part of the title)
        r"(?:[上中下]午|晚上|当晚|当天|凌晨|傍晚|今天|昨天|近日|日前|而|(?<!转)让|(?<!代表大)(?<!次)(?<!委员长)(?<!主任)(?<!主席)(?<!常务)会议|会上|由|在京|在|从|把|被|给|"
        r"(?<!共)和|与|(?<!协)同|及|向|对|请|听取|是|(?<!党)的|了|给予|"
        + t.alternation("convene", *ROLE_VERBS) + r"|(?<![通资电快简喜音大腾])讯|(?<![水供用发输配光核风火充家广机邮])电|消息|新闻联播|摄|并|其中|包括|以及|分别|(?<![高平同对])等|"
        r"委托|受|邀请|(?<![数证依根占收论凭])据|传达学习|学习了|(?:(?<![\u4e00-\u9fff])|(?<=会议))学习|还|他|她|其他|其|根据|按照|遵照|依照|该区|该市|该县|该镇|我区|我市|我县|到|决定|递补|增补|补选|授予|聘任|聘请|任命|"
        + t.alternation("statement") + "|"
        r"随后|然后|最后|首先|接着|其次|同时|主讲人|主讲嘉宾|东道主|(?<![第届])[一两几][个" + _CLASSIFIERS + r"]|(?<=[持讲言])人[为是]|(?<=的)有|还有|另有|推举|推选|会见|接见|看望|发表|图为|即将|审议(?!委员会))$"
    )


@dataclass
class Mention:
    start: int
    end: int
    chain_start: int | None = None  # start of the title chain written before the name


@dataclass
class _PersonAcc:
    name: str
    first: Mention
    titles: list[tuple[str, int, int]] = field(default_factory=list)
    licensed: bool = False  # a context licensed it (a title chain, a roster or group label…), not statistics alone

    def add_titles(self, titles: list[tuple[str, int, int]]) -> None:
        """Each title once, in the order first written."""
        for t in titles:
            if t[0] not in (x[0] for x in self.titles):
                self.titles.append(t)


@dataclass
class PeopleResult:
    people: list[Person]  # each title keeps its organisation part (Title.org), which pipeline.orgs reads
    mentions: dict[str, list[Mention]]


def _parts(written: str) -> list[tuple[int, str]]:
    """The items of a 、-list with their offsets in it."""
    out, k = [], 0
    for part in written.split("、"):
        out.append((k, part))
        k += len(part) + 1
    return out


_FUNCTION_SURNAMES = "和党者区"  # rare surnames that are also function words or bodies (…结构和条件, 学者代表)


def _before_conj(text: str, pos: int) -> int:
    """pos, or where a list's conjunction right before it starts (，以及X: the comma's next position)."""
    return next((pos - len(w) for w in ("以及", "及", "和") if text.endswith(w, 0, pos)), pos)


def _transliterated(name: str) -> bool:
    """A minority or foreign name written without a dot (土尔逊, 阿依古丽, 约翰逊): three or more characters, all of
    the transliteration set, which no Chinese surname needs to start."""
    if len(name) < 3:
        return False
    i = 0
    while i < len(name):
        if i >= 2 and name[i : i + 2] in _NAME_PARTS:
            i += 2
        elif name[i] in TRANSLIT or _mongolian_he(name, i):
            i += 1
        else:
            return False
    return True


def _yi_name(name: str) -> bool:
    """A name of a list item that ends in 作 or 者 after three transliteration characters (Yi: 阿西拉作, 阿苏拉者), or
    in 和 after 孟 or 苏 (Mongolian: 巴图孟和): the suffix is a word's elsewhere (合作, 获得者, 和), so it joins only a
    transliterated run."""
    return len(name) >= 4 and (name[-1] in "作者" or name[-1] == "和" and name[-2] in _HE_AFTER) \
        and _transliterated(name[:-1])


def _mongolian_he(text: str, i: int) -> bool:
    """和 inside a Mongolian name (孟和巴雅尔): after 孟 or 苏 of the name and before more of it."""
    return text[i] == "和" and i > 0 and text[i - 1] in _HE_AFTER and text[i + 1 : i + 2] in TRANSLIT


def _translit_run(text: str, p: int, hi: int, longest: int = 99) -> int:
    """The end of the run of transliteration characters from p."""
    e = p
    while e < hi and e - p < longest and (text[e] in TRANSLIT or e > p and _mongolian_he(text, e)):
        e += 1
        if e > p + 1 and text[e : e + 2] in _NAME_PARTS:
            e += 2  # 才让|东智, 罗绒|向秋: a Tibetan name's part with a character no transliteration needs
    return e


def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


class PeopleFinder:
    def __init__(self, stats: NameStats, constructions: Constructions | None = None,
                 organs: OrganTable | None = None):
        self.stats = stats
        self.constructions = constructions or default_constructions()
        # 和/与 inside a body's name of the organ table (网络安全和信息化委员会): no break in a title's body
        self.organ_joins = (organs or default_organs()).joined_words
        self.group_labels = self.constructions["group_labels"]
        self.descriptor_labels = self.constructions["descriptor_labels"]
        self.label_words = tuple(sorted({*self.group_labels, *self.descriptor_labels}, key=len, reverse=True))
        self.label_set = frozenset(self.label_words)
        self.person_word_ends = frozenset(self.constructions["person_word_ends"])  # (带头人, 客商: a word for a person)
        self.byline_places = tuple(self.constructions["byline_places"])  # (（紫金乡　某某）: the writer's place)
        # labels that end in a title head (与会代表, 群众代表): the whole label is no title
        # (…and a descriptor with 代表 after it: 村干部代表, 企业家代表 name a kind of member, no post)
        self.headed_labels = {w for w in self.label_words if w not in self.constructions["title_heads"]
                              and w.endswith(tuple(self.constructions["title_heads"]))} | {
            d + "代表" for d in self.descriptor_labels if not d.endswith("代表")}
        self.headed_label_lengths = sorted({len(w) for w in self.headed_labels}, reverse=True)
        # (…or of speakers: 作表态发言的有：A（某村委会）、B…)
        self.roster_label = re.compile(self.constructions.roster_label.pattern + "|"
                                       + self.constructions.speaker_roster_label.pattern)
        t = self.constructions
        # title heads, longest first when matched; a weak head is a title only after an organisation or a title
        self.title_heads = t["title_heads"]
        self.weak_heads = frozenset(t["weak_title_heads"])
        self.strong_heads = tuple(h for h in self.title_heads if h not in self.weak_heads)
        self.head_set = frozenset(self.title_heads)
        self.heads_by_last: dict[str, tuple[str, ...]] = {}
        for h in self.title_heads:  # longest first, as in the row
            self.heads_by_last[h[-1]] = (*self.heads_by_last.get(h[-1], ()), h)
        self.heads_shortest_first = sorted(self.title_heads, key=len)  # for org_of_title
        self.heads_longest_first = self.heads_shortest_first[::-1]
        self.head_re = re.compile("|".join(map(re.escape, self.title_heads)))
        # a head, then two to four characters to the end (…会长马德福): a title and a name before them
        self.head_then_name = re.compile("(?:" + "|".join(map(re.escape, self.title_heads)) + r")(?=[\u4e00-\u9fff]{2,4}$)")
        self.head_first = frozenset(h[0] for h in self.title_heads)  # a title word can start only at one of these
        # a title that continues a name candidate (王府井|街道办主任: the candidate is a prefix), heads that may
        # follow a name as its title excepted
        self.continues_title = re.compile("|".join(re.escape(h) for h in self.strong_heads
                                                   if h not in ("书记", "总书记", "主席", "主任")))
        # a title written after a name: not a weak head or a byline word (longest first, as the row)
        self.after_heads = frozenset(h for h in self.strong_heads if h not in BYLINE_TITLES)
        self.long_heads = tuple(h for h in self.title_heads if len(h) >= 2)  # (a title that may end a dotted name)
        # (…or a military rank: 唐某大校, a title after a full name)
        self.after_re = re.compile("|".join(re.escape(h) for h in (*self.strong_heads, *t["ranks"]) if h not in BYLINE_TITLES))
        # a full title after a list's 等, before the list's marker or verb (A、B、C等全国政协委员分别谈了…); not some
        # body's heads (等有关部门负责人)
        self.title_after_deng = re.compile(r"(?!有关|相关|各|部分|[两二三四五六七八九十\d]+[位名])[^，。；、等的\s]{1,14}?(?:" + t.alternation("title_heads")
                                           + ")(?=(?:" + t.alternation("group_markers", "role_adverbs") + ")?(?:"
                                           + t.alternation("preside", "attend", "speak", "report") + "))")
        # (…or a committee member's head, counted or not, before the roster's speech: A、B等9位委员，围绕…发言;
        # A、B等委员先后发言 — not 代表: a counted group of delegates is a group)
        self.member_after_deng = re.compile(r"(?:[两二三四五六七八九十\d]+[位名])?(?P<head>委员|常委)(?=[，,]?(?:"
                                            + t.alternation("group_markers", "role_adverbs") + ")?(?:"
                                            + t.topic_opener + "|" + t.alternation("speak", "report") + "))")
        self.group_noun_ends = tuple(w for w in t["group_nouns"] if len(w) > 1 and w not in MEMBER_HEADS)
        # a list counted right after its last name (…、B两位委员分别…)
        self.counted_members = re.compile(r"[两二三四五六七八九十]{1,2}[位名]" + t.alternation("group_nouns"))
        # a member's head after a list, before the list's speech (A、B代表提出, A、B代表还对…提出建议, A、B委员就…发言)
        self.member_after_re = re.compile("(?:" + "|".join(MEMBER_HEADS) + ")(?=(?:" + t.alternation("role_adverbs")
                                          + ")?(?:" + t.topic_opener + "|" + t.alternation("preside", "attend", "speak", "report")
                                          + r"|在[^，。；]{1,12}?[中上时](?:" + t.alternation("speak") + ")))")
        # what may follow a person's name: the name_followers row, the role verbs (主持, 出席…), convene, the
        # words of a speech (讲话, 致辞, 发言) and what opens the topic a speaker takes (X着重就…发言)
        self.name_followers = t.words("name_followers", "leader_words", "ranks", "honorifics", "role_adverbs", "topic_openers", *ROLE_VERBS,
                                      "convene", *SPEECH_WORDS)
        # any of those words of two characters or more inside a string: a clause's word, no name or label
        self.follower_inside = re.compile("|".join(map(re.escape, (w for w in self.name_followers if len(w) > 1))))
        self.follower_words = frozenset(w for w in self.name_followers if len(w) == 2)
        # a strong title head closed by a list's 、, a clause's mark or a word that follows names (习近平主席、李克强总理)
        self.closed_head = re.compile("(?:" + "|".join(map(re.escape, sorted(self.strong_heads, key=len, reverse=True)))
                                      + ")(?=[、，,。；]|" + "|".join(map(re.escape, self.name_followers)) + ")")
        # …or a title head, or a presiding or attending phrase of the table
        # (a list's marker too: 主任委员陆浩分别作的…报告)
        self.group_marker_words = tuple(t["group_markers"])  # (衣春和分别发言: 和 joins no second name before one)
        strong_followers = self.name_followers + self.strong_heads + self.group_marker_words
        self.followers = strong_followers + tuple(sorted({*t["preside"], *t["attend"]} - set(strong_followers),
                                                         key=len, reverse=True))
        # what follows a name introduced by a descriptor (委员李明表示): a role verb or punctuation, not 和
        # (委员智慧和力量)
        # (or a list's marker: 无党派人士代表X先后在座谈会上发言)
        self.described_followers = t.words("described_followers", "talk_words", "floor_words", "group_markers")
        # …or, past the member's adverbs and a short act of his own, what he says (村民A第一个站起来发言, 老党员B接过话头说，
        # 村民代表C不同意，认为…): the words still his, in the same clause or the next
        # (…or a pronoun after his act that says it: 老党员A用藏语回忆了…，他说)
        self.described_says = re.compile("(?:" + t.alternation("role_adverbs") + r")*(?:[^，。；：:“”、]{1,16}[，,])?"
                                         r"(?:(?![的在听据所是])[^，。；：:“”、]){0,8}?(?:" + t.alternation(
                                             "statement", "speak") + r")|[^。；：:“”]{1,40}?[，,](?:他|她)(?:"
                                         + t.alternation("statement") + ")")
        # a member's title after the name, then what a member says (王明委员就…提出询问, 李华代表建议…): the speech
        # session's construction, where a weak head (委员, 代表) is the person's title
        # (…or a list of members: A委员、B委员先后发言)
        # (…or where the member says it: 王某代表在审议时建议)
        self.member_after = re.compile("(委员|代表|常委)(?=" + "|".join(map(re.escape, self.described_followers)) + "|"
                                       + t.alternation("group_markers") + "|、[^，。；、]{2,4}?(?:委员|常委)"  # (not 华侨代表、各界代表)
                                       + r"|在[^，。；]{1,10}?[时中上](?:" + t.alternation("speak") + ")|"
                                       + t.alternation("topic_openers", "statement") + ")")  # (李某委员呼吁…)
        # what follows a name that is also a word, right after a title (副主任黎明主持)
        self.titled_word_followers = t.words("titled_word_followers", *ROLE_VERBS, *SPEECH_WORDS, "report")
        self.leader_words = t.words("leader_words")  # (习近平重要指示, 李某批示: what a name owns in an object)
        # what follows a name that opens a clause (with a title after the name: as good as a verb), a report's verb too
        self.clause_start_followers = t.words("clause_start_followers", *ROLE_VERBS, *SPEECH_WORDS, "report") + NATIONAL_FORMULAS
        # a topic, then the speech or report on it (马凯就…作了发言, A就…、B就…作了汇报): as good as a verb after the name
        # (…over the next members' own topics: 马凯就…、孟建柱就…、…等方面情况作了汇报)
        self.topic_then_speaks = re.compile(t.topic_opener + "(?:[^，。；、]{1,50}?、[^，。；、]{1,6}?"
                                            + t.topic_opener + "){0,12}[^，。；]{1,80}?(?:[，,]"
                                            # (…, a comma and the list's marker: A围绕…、B围绕…，分别作交流发言)
                                            + t.alternation("group_markers") + ")?"
                                            + t.alternation("speak", "report", *SPEECH_WORDS))
        # names parted by spaces up to the run's 等 or role verb (A B C等出席)
        # (…or up to the comma before the roster's next item: 副主任A B C D，县人大常委会党组成员E出席)
        self.spaced_run = re.compile(r"(?:[\u4e00-\u9fff·]{2,4}[ \u3000]+){1,40}[\u4e00-\u9fff·]{2,4}(?=等|[，,]|"
                                     + t.alternation("role_adverbs", *ROLE_VERBS) + ")")
        self.field_labels = t.words("field_labels", *ROLE_VERBS)  # 主持人：X, 出席人员：…, 作者：…
        self.left_breaks = left_breaks(t)
        known = set(stats.surname) | SURNAMES_1 | SURNAMES_2
        self.surnames_1 = {s for s in known if len(s) == 1} - RARE_AMBIGUOUS
        self.surnames_2 = {s for s in known if len(s) == 2} - {"第五"}  # (第五次, not the rare surname)
        self.all_surnames = {s for s in known if len(s) == 1}  # a list item may start with a rare one (会林)
        self.places = load_places()
        self.towns = load_towns()
        self.common_words = load_common_words()
        # what closes a list of people as one unit: (等…)(分别/先后…) a role phrase of the table
        self.roster_close = re.compile(
            # (an adverb before the marker too: A、B也分别…)
            # (…and a comma before where it was said: A，B，在会上依次发言)
            r"(?:等[^，。；,]{0,10}?|[两二三四五六七八九十\d]+(?:位|名)[^，。；,]{0,6}?|[，,](?=在会上))?(?:"
            + t.alternation("role_adverbs") + ")?(?:"
            # (…and whom it is given to: A，B依次向选民报告了…)
            + t.alternation("group_markers") + ")?(?:" + t.alternation("role_adverbs") + ")?(?:在会上)?(?:向[^，。；,]{1,8}?(?=报告|汇报|通报|作|做))?"
            # (…and what kind of speech it is: 依次作个人对照检查发言, 作了简短发言)
            r"(?:(?:作|做)了?[^，。；,;、]{0,8}?)?(?:报告了|"
            + "|".join(t.alternation(k) for k in ("preside", "attend", "speak", "report", "speak_group_end")) + ")")
        # …or after the rest of a 、-run of short items (群众代表王某、车那作交流发言: the run, then its close)
        self.run_then_close = re.compile(r"(?:、[\u4e00-\u9fff·]{2,8}?){1,8}?(?:" + self.roster_close.pattern + ")")
        # (…or a marker, how it went about it and a comma: A、B依次上台，…)
        self.marker_clause = re.compile("(?:" + t.alternation("group_markers") + ")(?:" + t.alternation("role_adverbs")
                                        + ")?[，,]")
        self.topic_opener = re.compile(t.topic_opener)
        # a membership or post of those who attend or sit on the rostrum, as a roster's label (出席会议的市委委员有
        # （按姓氏笔画为序）：A、B…; 在主席台前排就座的大会执行主席有：A、B…)
        self.member_roster = re.compile("(?:" + t.alternation("join_verbs", "sit_in_verbs") + r"|就座|就坐)(?:会议|大会|全会)?的"
                                        r"(?P<title3>[^，。；：:的]{2,16}?)有(?:[（(][^）)]{0,12}[）)])?[:：]")
        # a comma or 、 and the next member's descriptor (，无党派人士代表B; 、金融专家B)
        self.next_described = re.compile(r"[，,、][^，。；,、]{0,8}?(?:" + t.alternation("descriptor_labels") + ")")
        # 由X主持, 由X、Y共同主持: the agent of presiding, and the names of a list before the verb
        self.presided_by = re.compile(r"(?:、[^，。；、]{2,12}?)*(?:" + t.alternation("role_adverbs", "group_markers")
                                      + ")?" + t.alternation("preside_verb"))
        # (…with an adverb before it, or an adverb alone: A、B也分别结合…, A、B也结合…)
        self.marker_before = re.compile("(?:(?:" + t.alternation("role_adverbs") + ")?" + t.alternation("group_markers")
                                        + "|" + t.alternation("role_adverbs") + ")$")
        self.speak_phrases = tuple(sorted((w for w in t.words("speak") if len(w) >= 2), key=len, reverse=True))
        self.table_words = frozenset(w for k in ("verb_cues", "speak", "report", "attend", "preside", "statement")
                                     for w in t[k] if 2 <= len(w) <= 3)
        self.role_words = tuple(sorted({w for k in ("preside", "attend", "speak", "report") for w in t[k]},
                                       key=len, reverse=True))
        self.role_lead = tuple(t.words("preside", "attend"))
        # where the subject is, then its presiding or presence (习近平在北京主持召开…): as strong as the verb itself
        self.located_lead = re.compile(r"在[^，。；,;在]{1,20}?(?:" + t.alternation("preside", "attend") + ")")
        self.role_adverbs = tuple(t["role_adverbs"])
        self.marker_words = tuple(t["group_markers"])
        self.kin_words = frozenset(t["kin_words"])
        self.word_given_names = frozenset(t["word_given_names"])  # (郑和平, 莫向前)
        self.japanese_surnames = frozenset(t["japanese_surnames"])  # (田中, 佐佐木)
        self.honorifics = tuple(t["honorifics"])  # (先生, 女士)
        # a form of address after a name in a decision's list (选举钱某同志为…, 聘任金某先生为…): no part of the name
        address = "(?:同志|" + t.alternation("honorifics") + ")"
        self.address_end = re.compile(address + "$")
        # 选举A为…主席，B、C为…副主席，D同志为…秘书长: every "names为title" clause after the decision verb
        # (a dotted name may be long: 阿布都热合曼·买买提为…县长)
        self.elected = re.compile(r"(?P<names>" + _ELECTED_NAME + address + "?(?:、" + _ELECTED_NAME + address + r"?)*)为"
                                  r"(?P<title>[^，。；;,、为]{2,40}?)(?=职务|[，。；;,]|$)")
        # a label or an invitation before a body's place (特邀专家|北京协和医院…, 特邀|省委党校教授)
        self.label_in_prefix = re.compile("|".join(map(re.escape, (*self.label_words, *t["invite_words"]))))
        self.holds_meeting = re.compile(t.alternation("convene", "hold_verbs"))  # (召开: a clause, no label)
        # a removal from posts or an appointment to them, which names them (撤销王某同志的国务委员、国务院秘书长职务;
        # 免去李某的副市长职务; 会议确定吕某担任…新闻发言人)
        self.posts_named = re.compile(t.alternation("removal_verbs") + r"(?P<name>[\u4e00-\u9fff·]{2,10}?)(?:同志|"
                                      + t.alternation("honorifics") + r")?(?:兼任|担任|所任)?的(?P<posts>[^，。；,;的]{2,40}?)职务"
                                      # (…or the posts right after the name, opening on their body: 免去郑某政协…常务委员职务)
                                      r"|" + t.alternation("removal_verbs") + r"(?P<name3>[\u4e00-\u9fff·]{2,4}?)"
                                      r"(?P<posts3>(?:" + _BODY_OPENERS + r")[^，。；,;的]{2,40}?)职务"
                                      r"|" + t.alternation("appoint_verbs") + r"(?P<name2>[\u4e00-\u9fff·]{2,10}?)(?:同志|"
                                      + t.alternation("honorifics") + r")?担任(?P<posts2>[^，。；,;的]{2,40}?)(?=[，。；,;]|$)")
        # a weak head after a name, then a list separator or a role word (X教授、Y研究员先后发言): the name's title
        weak_after = sorted(self.weak_heads - set(self.name_followers), key=len, reverse=True)
        self.weak_head_after = re.compile("(?:" + "|".join(map(re.escape, weak_after)) + ")(?=[、，,等和及与（(作做]|"
                                          + "|".join(map(re.escape, self.role_words)) + ")")
        self._valid_cache: dict[tuple[str, float], bool] = {}  # candidate strings repeat across reports
        self._score_cache: dict[str, float] = {}

    def _inside_heads(self, text: str) -> set[int]:
        """Positions inside a title word (任 of 主任): no name starts there."""
        return {i for m in self.head_re.finditer(text) for i in range(m.start() + 1, m.end())}

    # ---- names -------------------------------------------------------------------------
    def _follow_ok(self, text: str, end: int, limit: int) -> bool:
        if end >= limit:
            return True
        c = text[end]
        if c in NAME_FOLLOW_CHARS:
            return True
        if text.startswith("关于", end):  # 秘书长朱训关于…的说明; but 曾劲作|关于… is 曾劲 + 作
            return text[end - 1] not in "作做"
        if text.startswith(self.followers, end) or self.weak_head_after.match(text, end) \
                or self.counted_members.match(text, end):  # (…、B两位委员分别…)
            return True
        # a page cut inside the word after the name (…刘云山、张高丽出|): the word's start
        rest = text[end:]
        return len(rest) <= 3 and "\n" not in rest and any(f.startswith(rest) for f in self.followers)

    def _valid_chars(self, name: str, min_plausible: float) -> bool:
        key = (name, min_plausible)
        ok = self._valid_cache.get(key)
        if ok is None:
            if len(self._valid_cache) > 200_000:  # bounded: a long batch sees many distinct strings
                self._valid_cache.clear()
            ok = self._valid_cache[key] = self._check_chars(name, min_plausible)
        return ok

    def _check_chars(self, name: str, min_plausible: float) -> bool:
        # a place name is a name only after a title (镇党委书记黄山): TITLED_PLAUSIBLE is what a title chain allows
        titled = min_plausible <= TITLED_PLAUSIBLE
        # (after a title, a given name that is a word with a character names rarely hold: 郑和平, 莫向前)
        given_word = titled and len(name) == 3 and name[1:] in self.word_given_names
        barred = set() if given_word else NOT_IN_TITLED_NAME if titled else NOT_IN_NAME
        if name[:2] in self.surnames_2:
            barred = barred - {"日", "以"}  # (a Yi given name may hold 日 or 以: 阿苦日哈, 俄比日火, 阿苏以布)
        if titled and len(name) == 3 and name[1] == "以":
            barred = barred - {"以"}  # (after a title, 以 opens a given name: 部长方以宁; it never ends one)
        if titled and len(name) >= 3 and name[1] == "氏":
            barred = barred - {"氏"}  # (a Vietnamese woman's name after a title: 项目经理阮氏红)
        # (a two-character surname is checked as a whole: the Yi clan 阿的 holds 的, 阿的日火)
        given = name[2:] if name[:2] in self.surnames_2 and len(name) > 2 else name[1:]
        return (all(_is_cjk(c) and c not in barred for c in given) and name not in NON_NAMES
                and name not in self.table_words  # 负责同志介绍，: a phrase of the table is no name
                and name not in self.head_set and name[-2:] not in self.kin_words  # 冯大爷, 李阿姨: no given name
                and name not in self.label_set  # 茶农|代表, 牧民: a kind of member, no name
                and (name not in self.places or titled and name[-1] not in _UNIT_SUFFIXES)
                and (given_word or name[-1] not in NOT_NAME_END) and not name.endswith(BODY_ENDS)  # 银监会
                # (a head for a given name, or inside a longer one: 员会主任)
                and not (len(name) == 3 and name[1:] in self.head_set or len(name) == 4 and self.head_re.search(name, 1))
                # (a rare surname after a title, no function word, is scored by its given name after a common surname:
                # 农海生)
                and self._plausible("王" + name[1:] if titled and name[0] in TITLED_RARE_SURNAMES
                                    and name[0] not in _FUNCTION_SURNAMES else name) > min_plausible
                # a word and the verb after it (班子|作对照检查, 环境|作): no name ends in the verb
                and not (len(name) == 3 and name[2] in "作做" and name[:2] in self.common_words))

    def name_ends(self, text: str, p: int, limit: int, min_plausible: float = -9.0) -> list[int]:
        """Possible ends of a name starting at p (a title before it allows implausible-looking names)."""
        ends = []
        if p >= len(text):
            return []  # (a text that ends on a list's 、)
        titled = min_plausible <= TITLED_PLAUSIBLE
        # (a two-character surname inside a country's name is none: 塔|吉克斯坦)
        sur = 2 if text[p : p + 2] in self.surnames_2 and not _in_foreign_place(text, p, p + 2) else (
            1 if text[p] in self.surnames_1 or titled and text[p] in TITLED_RARE_SURNAMES and not body_at(text, p) else 0)
        if not sur:
            return []
        head_first, head_re = self.head_first, self.head_re  # (locals: this runs at every surname)
        for glen in (1, 2):
            e = p + sur + glen
            if e > limit:
                break
            name = text[p:e]
            if any(text[k] in head_first and head_re.match(text, k) for k in range(p + sur, e)):
                continue  # the "given name" runs into a title word: 江主席, 周副主席
            if glen == 2 and text[p + sur : e] in self.follower_words:
                continue  # …纳兰|应邀出席: the "given name" is a word that follows names
            if glen == 2 and sur == 2 and titled and name[-1] == "作" and ends == [e - 1] \
                    and text.startswith(self.role_lead, e):
                ends = [e]  # 副主任阿的依作|出席: no verb 作 before 出席 or 主持, so it ends the (Yi) name
                continue
            if glen == 2 and (ends and name[-1] in "作做" or text.startswith(_STRADDLING, e - 1)):
                # 范勇作的报告, 卫东所作的, 李江共同主持, 王晨一同看望: the last character begins the word after the name
                if text.startswith(_STRADDLING, e - 1) and not ends and self._valid_chars(name[:-1], min_plausible):
                    ends.append(e - 1)
                continue
            if glen == 2 and e < limit and runs_into_work(text, e):
                continue  # 杜绝|工作: the name's "last character" starts the word after it (as the grammar's 作)
            if glen == 2 and sur == 1 and e < limit and text[p : p + 2] in self.common_words \
                    and text[e - 1 : e + 1] in self.common_words:
                continue  # 委员陆续|报到: a word, then a word the "last character" starts
            if self._valid_chars(name, min_plausible) and (
                    self._follow_ok(text, e, limit)
                    # after a title, a full name before any common word (局长王晓峰|安排部署): the title licenses
                    # the name, so the verb after it need not be one the table knows
                    or titled and glen == 2 and not ends and text[e : e + 2] in self.common_words
                    and self._plausible(name) > WORD_AFTER_PLAUSIBLE
                    # (…or a phrase of the table: 教师巩立新|分享了…, 教师A|讲述了…)
                    or titled and text.startswith(self.speak_phrases, e) and name[:2] not in self.common_words
                    and self._plausible(name) > PHRASE_AFTER_PLAUSIBLE):
                ends.append(e)
            elif glen == 2 and name[-1] in _CONJ_CHARS and (text.startswith(self.role_words, e) or text[e : e + 1] == "作"
                                                              or text.startswith(self.role_adverbs, e)
                                                              or titled and text.startswith(self.group_marker_words, e)
                                                              or e < len(text) and text[e] in "、，,。；;等及和与"
                                                              # (…or its title, then a role: 甘某和委员长主持)
                                                              or self._title_after_name(text, e, len(text))) \
                    and self._valid_chars(name[:-1], min_plausible) and self._plausible(name) > min_plausible:
                # 陈正和主持, 罗富和、, 罗富和等, 钟平和及…, 主席衣春和分别…: a conjunction before a role verb, a comma, 等, 及
                # or (after a title) a group's marker joins no second name
                return [e]
            elif titled and e < limit and (text[e] in "、，,。；;" or self._follow_ok(text, e, limit)) \
                    and self._plausible(name) > min_plausible and (
                    glen == 1 and name[-1] in _CONJ_CHARS
                    or glen == 2 and name[1] == "日" and name[2] not in NOT_IN_TITLED_NAME and name not in self.common_words
                    or glen == 2 and name[-1] == "日" and name[-2] not in NOT_IN_TITLED_NAME
                    or glen == 2 and name[-1] == "前" and e < limit and text[e] in "、，,。；;"):
                # after a title and before a comma or a role verb, the characters a name rarely holds: 主任孟和，,
                # 副旗长郝日根，, 主任金光日，, 主任许光日列席 (Korean names), 组长吉木子日、 (a Yi name); 主席石光前， (not
                # a time: the title and the comma close the name)
                ends.append(e)
        if not ends and titled and (e1 := p + sur + 1) + 2 <= limit and text[e1 : e1 + 2] in self.common_words \
                and not self.head_re.match(text, p + sur, e1 + 1) and self._valid_chars(text[p:e1], min_plausible) \
                and text[p:e1] not in self.common_words and text[e1 - 1 : e1 + 1] not in self.common_words \
                and not _in_foreign_place(text, p, e1) and self._plausible(text[p:e1]) > WORD_AFTER_PLAUSIBLE:
            ends.append(e1)  # 副会长蔡进|带来了…: after a title, a name of two before a word the table lacks
        if ends and p > 0 and text[p - 1] in "、，,：:" and text[p] in TRANSLIT \
                and (run := self._transliterated_item(text, p, limit)) and run - p >= 4 and run > ends[-1] \
                and (run == limit or text[run] in _ITEM_END):
            return [run]  # a whole list item in transliteration (、敖登格日乐、): the item, not its first characters
        return ends

    def _plausible(self, name: str) -> float:
        """Trained log-odds that this string is a personal name (surname + given chars), cached: candidate
        strings repeat within and across reports."""
        score = self._score_cache.get(name)
        if score is None:
            if len(self._score_cache) > 200_000:
                self._score_cache.clear()
            score = self._score_cache[name] = self.stats.name_score(name)
        return score

    def _choose(self, text: str, p: int, ends: list[int], boundaries: set[int]) -> int | None:
        if not ends:
            return None
        if len(ends) == 1:
            return ends[0]
        if len(ends) == 2 and text[ends[0]] in "为时" and (text.startswith(self.followers, ends[1])
                                                           or text[ends[1] : ends[1] + 1] in ("，", ",", "、", "。", "；")) \
                and not text.startswith(("为", "时"), ends[1]) and not self.head_re.match(text, ends[1]):
            # (not 增补…谭浩为副会长: 为 before a title is "as")
            return ends[1]  # 罗其为|介绍, 钟可为，: a verb or a comma after the longer name, 为/时 is its last character
        aligned = [e for e in ends if e in boundaries]
        if len(aligned) == 1:
            return aligned[0]
        return max(ends, key=lambda e: self._plausible(text[p:e]))

    # ---- titles ------------------------------------------------------------------------
    def title_chain(self, text: str, p: int, lo: int) -> list[tuple[str, int, int]]:
        """Titles written right before position p (a name), in text order."""
        chain: list[tuple[str, int, int]] = []
        end = p
        heads_by_last = self.heads_by_last  # (locals: this runs at every surname)
        while end > lo:
            # one space may separate a byline title from the name ("记者 唐炜", "记者　拉巴次仁")
            e = end - 1 if not chain and text[end - 1] in " \u3000:：/／｜|" else end
            # (…only a head of the table quoted whole: not a nickname, 离不开“实干市长”X)
            opened = text.rfind("“", max(lo, end - 10), end - 1) if not chain and text[end - 1] == "”" else -1
            quoted = opened >= 0 and text[opened + 1 : end - 1] in self.head_set
            if quoted:
                e = end - 1  # 新楼村“第一书记”X: a title in quotation marks (the closing mark is the title's)
            if not chain and text[end - 1] in "）)" and (note := _NOTE_BEFORE.search(text, max(lo, end - 8), end)):
                e = note.start()  # 副县长（挂职）王某: the title before the note
            elif not chain and text[end - 1] in "）)" and (b := _TITLE_NOTE_BEFORE.search(text, max(lo, end - 26), end)) \
                    and b.group(1).endswith(self.title_heads) and any(text.startswith(h, b.start() - len(h))
                                                                      for h in heads_by_last.get(text[b.start() - 1], ())):
                # 纪委书记（县纪委监委派驻纪检监察组组长）程斌: a post in brackets between a title and the name
                chain.append((b.group(1), b.start(1), b.end(1)))
                end = e = b.start()
            head = next((h for h in heads_by_last.get(text[e - 1], ()) if e - len(h) >= lo
                         and text.startswith(h, e - len(h))), None) if e > lo else None
            if head is None:
                break
            start = e - len(head)
            q = start  # organisation prefix: the CJK run to the left, cut after the last break word
            # (a body's name may hold quotation marks: 村“两委”成员)
            # (…and a place in brackets or Latin letters: 信达生物制药（苏州）有限公司, TCL科技集团, 市局（公司）)
            while q > lo and start - q < 24:
                c = text[q - 1]
                if c in "）)" and (b := text.rfind("（" if c == "）" else "(", max(lo, q - 10), q - 1)) >= 0 and b > lo \
                        and _is_cjk(text[b - 1]) and (
                        (inner := text[b + 1 : q - 1]) in self.places or inner in _BRACKETED_IN_BODY or inner.isdigit()
                        # (…or, after a body's word, another name of the body or a part of it: 中央党校（国家行政学院）
                        # 马克思主义学院, 县局（分公司）)
                        or 2 <= len(inner) <= 8 and all(_is_cjk(x) for x in inner) and text.endswith(ORG_SUFFIXES, lo, b)
                        and (inner.endswith(ORG_SUFFIXES) or q < start and _is_cjk(text[q]))):  # (高一（5）班班主任)
                    q = b
                elif (_is_cjk(c) or c in "“”" or c.isalpha() and c <= "\u024f") and (c not in CHAIN_SEP or c == "兼" and text[q] == "职") \
                        or c in "-－" and q - 2 >= lo and _is_cjk(text[q - 2]) and _is_cjk(text[q]):
                    q -= 1  # (a hyphen inside a firm's name: 克恩-里伯斯（太仓）有限公司)
                elif c.isdigit() and (t := _TERM_DIGITS.search(text, max(lo, q - 6), q + 1)) and t.end() == q:
                    q = t.start()  # a term in digits: 第24届冬奥会工作领导小组组长
                else:
                    break
            while q < start and (text[q] == "”" or text[q] == "“" and "”" not in text[q:start]):
                q += 1  # (a quotation mark the title does not close)
            if q < start and text[q] in "日月" and q > lo and text[q - 1].isdigit():
                q += 1  # "1月5日县委书记…": the date is not part of the title
            prefix = text[q:start]
            cut = self._cut(prefix, head)
            if cut == 1 and prefix[0] == "同" and q > lo and text[q - 1] in "、，," and not _FOREIGN_AT.match(prefix, 1):
                cut = 0  # 委员、同济大学…院长: in a chain of titles 同 opens a body's name, it is no "with" (but 、同俄罗斯…)
            if cut == 2 and prefix[1] == "和" and prefix[0] not in "省市县区州镇乡村党" and (q == lo or not _is_cjk(text[q - 1])) \
                    and any((_RANK_END.sub("", prefix) + head[:n]).endswith(ORG_SUFFIXES) for n in (0, 1, 2)):
                cut = 0  # 、天和社区党委书记: a two-character name with 和 opens the body's name, no "and"
            if not cut and _INVITED_BY.match(prefix):
                cut = 1  # 应马来西亚总理纳吉布邀请: "at the invitation of", not a part of the title
            after_and = cut and prefix[cut - 1] in "和与及"
            prefix = prefix[cut:]
            # a label or an invitation before the body's place is no part of the title (特邀专家|北京协和医院…主任)
            lab = [m.end() for m in self.label_in_prefix.finditer(prefix)
                   if prefix[m.end() : m.end() + 2] in self.places or prefix[m.end() : m.end() + 3] in self.places
                   or prefix[m.end() : m.end() + 1] in _LEVEL_CHARS and len(prefix) > m.end() + 1]
            if lab:
                prefix = prefix[lab[-1] :]
            if d := _DETERMINER.match(prefix):  # 主任、本次大会主席团常务主席: the post without 本次; the chain goes on
                prefix = prefix[d.end() :]
            # (a head that holds its body, written alone, has one: ，驻村工作队|员X; a word for people that ends like
            # a body is none: 援疆干部|代表)
            holds_body = not prefix and len(head) > 3 and head[:-1].endswith(_WEAK_HEAD_BODIES)
            ranked = _RANK_END.sub("", prefix).rstrip("”")
            has_body = holds_body or ranked.endswith(_WEAK_HEAD_BODIES) and not ranked.endswith(self.descriptor_labels)
            # (…or where the member comes from: 来自四川的律师X)
            has_body = has_body or not prefix and _COMES_FROM.search(text, max(lo, start - 40), start) is not None
            if head in self.weak_heads and not has_body and not (
                    not prefix and q > lo and text[q - 1] in "、" and self._title_ends_at(text, q - 1, lo)) and not (
                    # (a session's member written bare at a clause's start: 委员彭某代表民革中央发言, 委员A、B分别…;
                    # …or a roster's group after a comma: 主任A、副主任B，委员C、D)
                    not prefix and head in ("委员", "常委") and e == end and (start == lo or text[start - 1] in "。；;\n，,：:")) and not (
                    prefix and head not in MEMBER_HEADS and q > lo and text[q - 1] in "、"
                    and self.head_re.search(text, max(lo, q - 12), q - 1)):
                # a weak head needs an organisation, or to follow another title (副所长、研究员程国强), or to be an
                # item of a list of titled members (…大学教授B、宏源证券研究员C)
                break
            if head not in BYLINE_TITLES and (named := self.head_then_name.search(prefix)) \
                    and prefix[named.end()] in self.surnames_1 and not prefix.endswith(ORG_SUFFIXES) \
                    and self._plausible(prefix[named.end():]) > -9.0:
                # 会长马德福|阿訇: a title and a name before an honorific written after it, the last person's own
                # (not a body's name that holds a head: 长江水利委员会长江科学院|副院长)
                break
            if _OTHER_MEMBERS.search(text, max(lo, start - len(prefix) - 2), start - len(prefix)) \
                    or any(text[e - n : e] in self.headed_labels and (e - n == lo or not _is_cjk(text[e - n - 1])
                                                                       or text[e - n - 1] in CHAIN_SEP)
                           for n in self.headed_label_lengths if e - n >= lo):
                # 其他…中心组成员, 与会代表 (the whole item, not 县政府领导班子成员): a group label, not a title (SPEC)
                break
            if after_and and chain and text[e : e + 1] in "，,":
                break  # …组长钟平和及指导组成员，副主任X: across a comma, a post after a break word is a group's, not X's
            closed = "”" if quoted and "“" in prefix + head else ""
            chain.append((prefix + head + closed, start - len(prefix), e + len(closed)))
            if cut or q <= lo or text[q - 1] not in CHAIN_SEP:
                break
            end = q - 1
        chain.reverse()
        return chain

    def _cut(self, prefix: str, head: str) -> int:
        """Where a title's organisation prefix starts: after its last break word. 和/与 between two words of a
        body's name (发展和改革委, 宪法和法律委员会, 非公经济组织和社会组织工委, 教育及青年发展局) is no break; after a
        name (汪洋和) or a title head (主任和) it is, and so it is in 在…与 (在青瓦台会馆与韩国国会议长: "with")."""
        breaks = self.left_breaks
        ranked = _RANK_END.sub("", prefix)  # (县发展和改革局二级|调研员: the body before the rank)
        body = ranked.endswith(ORG_SUFFIXES) or (prefix + head[:1]).endswith(ORG_SUFFIXES)
        joined = 0  # the 和/与 passed over
        for i in range(len(prefix), 0, -1):
            if breaks.search(prefix, 0, i) and not self._in_place(prefix, i - 1) \
                    and not (i == 1 and prefix[0] == "和" and (prefix[:2] in self.common_words or prefix[:2] in self.places)) \
                    and not (prefix[i - 1] == "和" and prefix[i - 1 : i + 1] in _WORDS_OPENING_WITH_HE) \
                    and not (prefix[i - 1] == "电" and (prefix[i - 1 : i + 1] in self.common_words
                                                        or prefix[i : i + 1] in _ELECTRIC_WORD_SECONDS)) \
                    and not (prefix[i - 1] == "对" and prefix[i : i + 1] in ("外", "口")) \
                    and not (prefix[i - 1] == "其" and _PLACE_AFTER_QI.match(prefix, i)) \
                    and not (prefix[i - 2 : i] == "会上" and prefix[i : i + 1] in ("海", "饶", "虞")) \
                    and not (prefix[i - 1] == "同" and prefix[i : i + 1] != "志" and not _FOREIGN_AT.match(prefix, i)
                             and (prefix[i - 1 : i + 1] in self.common_words or prefix[i - 1 :] in ORG_SUFFIXES)):
                # (电|视台, 对外|贸易处, 台湾同|乡会, 中国民主同|盟主席, 大会上|海代表处: a word, a place or a body's
                # suffix, no break; but
                # 同|日本首相: "with" before a country)
                if prefix.startswith(_FIRM_OPENERS, i) and (w := breaks.search(prefix, 0, i)) and 1 <= w.start() <= 2 \
                        and not breaks.search(prefix, 0, w.start()) and not self.head_re.search(prefix, 0, w.start()):
                    continue  # 新希望|集团, 美的|集团: the "break word" ends a firm's name
                if body and prefix[i - 1] in "和与及" and i >= 3 \
                        and (self._joins_words(prefix[i - 3 : i - 1], prefix[i : i + 2]) or self._firm_name(prefix[: i - 1])
                             or self._joins_body(prefix, i) or prefix[i - 3 : i + 2] in self.organ_joins):
                    joined = joined or i
                    continue
                return joined if joined and prefix[i - 1] == "在" else i
        return 0

    def _joins_body(self, prefix: str, i: int) -> bool:
        """和/与 at i - 1 between a domain word and the rest of a body's name, which opens on its place and runs
        unbroken to the body's suffix (新街镇农业农村和水务综合服务中心: a newer word after 和 that the common words
        lack)."""
        if prefix[i - 1] not in "和与" or len(prefix) - i < 4 or not prefix.endswith(BODY_NAME_ENDS):
            return False
        # the word before it, which may be longer (云南大学民族学与社会学学院): a domain word, no title or body
        word = next((prefix[i - 1 - n : i - 1] for n in (3, 4) if prefix[i - 1 - n : i - 1] in self.common_words),
                    prefix[i - 3 : i - 1])
        if word not in self.common_words or word in self.head_set or word[-1] in "长员记任席" or word.endswith(ORG_SUFFIXES):
            return False
        # the body's name opens on its place (after the last separator)
        a = max(prefix.rfind(c, 0, i - 1) for c in "，,、；;：:\n 。") + 1
        placed = prefix[a] in "省市区县州镇乡" or any(prefix[a : a + n] in self.places or prefix[a : a + n] in load_towns()
                                                     for n in (2, 3, 4))
        # what follows is the same body's name: no term, place, title or break (not 中间与十一届全国政协, 市委和县政府)
        rest_of_body = prefix[i] not in "一二三四五六七八九十第省市区县州镇乡" and not self.left_breaks.search(prefix, i) \
            and not self.head_re.search(prefix, i) and not any(prefix[i : i + n] in self.places for n in (2, 3))
        return placed and rest_of_body

    def _firm_name(self, left: str) -> bool:
        """A place and one or two characters before 和 (江苏盛|和纺织集团, 北京协|和医学院): a firm's name holds the 和."""
        # (…after a label too: 特邀专家北京协|和医院)
        return any(left[-n - k : -k] in self.places for n in (2, 3) for k in (1, 2) if len(left) >= n + k)

    def _in_place(self, prefix: str, k: int) -> bool:
        """The character at k is inside a place's name with its unit (宁夏同心县, 山西大同市, 新疆和田地委): not a
        break word (but 习近平和法国总统: 平和 is a county only before 县)."""
        if _in_foreign_place(prefix, k, k + 1):
            return True  # 埃及|总统特使, 阿尔及利亚|总统: a country's name holds a break word (及, 和), and is no break
        if prefix[k] == "和" and 2 <= k <= 3 and (prefix[0] in self.surnames_1 or prefix[:2] in self.surnames_2) \
                and prefix[:k] not in self.places and self._plausible(prefix[:k]) > -6.0:
            return False  # 叶海平和|镇财政办主任: a name opens the prefix, and 和 joins it to the next item (no 平和镇)
        # (the unit must be there: at the prefix's end 朱永新|和 is no 新和县)
        # (a place that starts on the break word itself needs the prefix's start, a unit or a place before it:
        # 马鞍山市和县, 宁夏同心县, not …法院工作报告和|县人民检察院)
        return any(prefix[j : j + n] in self.places and (prefix[j + n - 1] in _UNIT_SUFFIXES
                                                         or j + n < len(prefix) and prefix[j + n] in _UNIT_SUFFIXES + "地")
                   and not (j == k and j > 0 and prefix[j - 1] not in _UNIT_SUFFIXES
                            and not any(prefix[max(0, j - m) : j] in self.places for m in (2, 3)))
                   for n in (2, 3, 4) for j in range(max(0, k - n + 1), k + 1) if j + n <= len(prefix))

    def _joins_words(self, word: str, after: str) -> bool:
        """和/与 between two domain words (组织和社会, 金融与证券) of a body's name, neither a name nor a title (not
        米兰与意大利总理, 会馆与韩国国会议长: 与 is "with" there, before a country or a prefix that ends in no body's
        suffix; nor 讲话精神和|省委书记: a level's own body opens a new title)."""
        return all(w in self.common_words and w not in self.head_set for w in (word, after)) \
            and word[-1] not in "长员记任席" and after[-1] != "国" and after[0] not in "一二三四五六七八九十第" \
            and not (after[0] in "省市县区州" and after[1] in "委政人纪") \
            and self._plausible(word) < COMMON_WORD_NAME_SCORE  # (中间与|十一届…主席: a term starts a title)

    def _title_ends_at(self, text: str, end: int, lo: int) -> bool:
        """A strong title head ends at `end`, or a weak one after a body's name (…经济学院教授、博士生导师X); or
        a byline's word before a space or slash (陕西日报记者 党某)."""
        if text[end - 1 : end] in " \u3000/／｜|" and text.endswith(BYLINE_TITLES, lo, end - 1):
            return True
        return any(end - len(h) >= lo and text.startswith(h, end - len(h)) and (
            h not in self.weak_heads or text.endswith(_WEAK_HEAD_BODIES, lo, end - len(h)))
                   for h in self.heads_by_last.get(text[end - 1], ()))

    # ---- main --------------------------------------------------------------------------
    def __call__(self, text: str, sents: Sentences, boundaries: set[int]) -> PeopleResult:
        found: dict[str, _PersonAcc] = {}
        mentions: dict[str, list[Mention]] = {}
        taken: set[int] = set()
        by_end: dict[int, Mention] = {}  # the latest mention ending at each offset

        # the books of rules (《九江市长江岸线保护条例》): no name inside one (九江市长|江岸线 is a city's river bank)
        rule_books = [(m.start(), m.end()) for m in _RULE_BOOK.finditer(text)] if "《" in text else []

        def add(p: int, e: int, titles: list[tuple[str, int, int]], chain_start: int | None = None,
                licensed: bool = True) -> None:
            if rule_books and any(s < p and e < t for s, t in rule_books):
                return
            name = text[p:e]
            acc = found.get(name)
            if acc is None:
                acc = found[name] = _PersonAcc(name, Mention(p, e))
            acc.licensed = acc.licensed or licensed
            acc.add_titles(titles)
            mentions.setdefault(name, []).append(Mention(p, e, chain_start))
            by_end[e] = mentions[name][-1]
            taken.update(range(p, e))

        inside_head = self._inside_heads(text)
        for p, e, titles in self._heading_rosters(text):
            add(p, e, titles)
        for p, e, titles in self._unit_bylines(text):
            add(p, e, titles)
        for lo, hi in sents:
            dotted_chains: dict[int, list[tuple[str, int, int]]] = {}  # a titled dotted name's end → its chain
            for p, e in self._dotted_names(text, lo, hi):
                own = self.title_chain(text, p, lo)
                chain = own or dotted_chains.get(p - 1, [])
                # (…and a title written after it: 古丽米拉·艾合买提委员建议)
                add(p, e, chain + self._titles_after(text, e, hi), chain[0][1] if own else None)
                if chain:
                    dotted_chains[e] = chain
            for p, e, titles in self._appointments(text, lo, hi):
                add(p, e, titles, None)
            for p, e, titles in self._table_row(text, lo, hi):
                add(p, e, titles, None)
            p = lo
            while p < hi:
                if p in taken:
                    p += 1
                    continue
                is_surname = text[p] in self.surnames_1 or text[p : p + 2] in self.surnames_2 or (
                    text[p] in TITLED_RARE_SURNAMES and p > lo and self._title_ends_at(text, p, lo) and not body_at(text, p))
                japanese = text[p : p + 2] in self.japanese_surnames or text[p : p + 3] in self.japanese_surnames
                if p in inside_head or not (is_surname or text[p] in TRANSLIT or japanese):
                    p += 1
                    continue
                # (副主任阿不都热依木·买买提、王建华: the list after a titled dotted name shares its chain)
                own = self.title_chain(text, p, lo)
                if own and self._ends_longer_title(text, p, lo, hi, own):
                    p += 1  # 合作社理事长|多吉: the surname-like character ends a longer title (理事 + 长), a name follows
                    continue
                # (…and so does a byline's next name after a space: （通讯员 古丽米拉·艾合买提 王振宇）)
                chain = own or (dotted_chains.get(p - 1, []) if text[p - 1] == "、" or text[p - 1] in " \u3000" and any(
                    c[0].endswith(BYLINE_TITLES) for c in dotted_chains.get(p - 1, [])) else [])
                if chain and (byline := self._next_byline(text, chain[-1], by_end, found)):
                    chain = [byline]  # 记者A通讯员B: the second byline's word is B's title, not part of A's
                if chain and (self._holds_found_name(text, chain[0][1], chain[-1][2], taken, found)
                              or self._names_its_holder(chain[-1][0])):
                    # 习近平主席|同泽曼总统: a title written after a found name is that name's, not the next one's
                    # (…but after a comma the titles of the next item are its own: …会长扎西尼玛活佛，市道教协会会长X)
                    held = [k for k, c in enumerate(chain) if self._holds_found_name(text, c[1], c[2], taken, found)]
                    rest = chain[held[-1] + 1 :] if held else []
                    chain = rest if rest and text[rest[0][1] - 1] in "，," \
                        and not self._names_its_holder(rest[-1][0]) else []
                ends = self.name_ends(text, p, hi, TITLED_PLAUSIBLE if chain else -9.0) if is_surname else []
                if chain and not own:  # (…·艾买提、阔坦社区党委书记X: the next item's body, no name sharing the chain)
                    ends = [x for x in ends if not self._starts_title(text, x)]
                if chain and not ends and is_surname and _FOREIGN_AT.match(chain[-1][0]):
                    # 俄罗斯联邦总统普京 (not the first part of a dotted name: 主席节派|·武律博)
                    ends = [x for x in self.name_ends(text, p, hi, FOREIGN_TITLED_PLAUSIBLE) if text[x : x + 1] not in "·•・"]
                if not ends and is_surname:
                    ends = self._licensed_by_structure(text, p, lo, hi, chain)
                if chain and not ends and is_surname and (e_w := self._word_name_after_title(text, p, hi)):
                    ends = [e_w]
                if not chain and not ends and is_surname and p + 3 <= hi and text[p + 1] in "之同以" \
                        and self.after_re.match(text, p + 3, min(hi, p + 9)) \
                        and self._valid_chars(text[p : p + 3], TITLED_PLAUSIBLE):
                    ends = [p + 3]  # 朱之鑫常委建议, 孙同川副主席, 厉以宁常委认为: a title right after licenses 之, 同 and 以
                if not chain and not ends and is_surname and text[p : p + 2] in self.places \
                        and self.member_after.match(text, p + 2) and self._valid_chars(text[p : p + 2], TITLED_PLAUSIBLE):
                    ends = [p + 2]  # 吴江常委建议: a member's head and what the member says license a place's name
                # (a byline's transliterated name only up to the byline's space or bracket: （记者 次仁卓嘎 通讯员…）)
                if chain and (e_tr := self._transliterated_end(text, p, hi)) and (
                        not chain[-1][0].endswith(BYLINE_TITLES) or text[e_tr : e_tr + 1] in " \u3000）)\n"):
                    # (…、巴基斯坦总理X: a country after the list's 、 opens the next item's title, no name)
                    ends = [] if not own and _in_foreign_place(text, p, e_tr) else [e_tr]
                if chain and not ends and chain[-1][0].endswith(BYLINE_TITLES) and p + 2 < hi \
                        and all(c in TRANSLIT for c in text[p : p + 2]) and text[p + 2] in " \u3000）)" \
                        and text[p : p + 2] not in self.common_words:
                    ends = [p + 2]  # （记者 央金 通讯员…）: two transliteration characters closed by the byline's space
                if chain and p + 4 < hi and "日" in text[p + 2 : p + 4] and all(_is_cjk(c) for c in text[p : p + 4]) \
                        and (text[p + 4] in "，,、。；;" or text.startswith(self.role_words, p + 4)
                             or text[p + 3] == "日" and text.startswith("代表", p + 4)) \
                        and text[p + 3] not in "前起晚午上下内" and not any(x > p + 2 for x in ends):
                    # 县委组织部部长俄木日体，/ 县纪委书记泽让闹日代表…: a Yi or Tibetan name holds 日 (not 王某日前: a time)
                    ends = [p + 4]
                if chain and is_surname and p + 4 <= hi and all(c in TRANSLIT for c in text[p + 1 : p + 4]) \
                        and (p + 4 == hi or text[p + 4] in NAME_FOLLOW_CHARS or text.startswith(self.name_followers, p + 4)) \
                        and not any(self._name_closed(text, x, hi) for x in ends) and text[p] not in _PREPOSITIONS \
                        and not _in_foreign_place(text, p, p + 4) and not any(
                            text[k : k + 2] in self.common_words for k in (p, p + 1, p + 2, p + 3)):
                    # 局长杨吉才让对…, 书记吴巴特尔和…: a Chinese surname, then a Tibetan or Mongolian given name (no word
                    # inside it or running out of it: 王曼丽|来到, 自觉努力; no country: 巴基斯坦; no "with": 同纳吉布)
                    ends = [p + 4]
                led = False  # licensed by what stands around the name, where no title is
                of_unit = not chain and text[p - 1 : p] == "的" and text.endswith(ORG_SUFFIXES, lo, p - 1)
                if (chain or of_unit) and japanese and (e_j := self._japanese_end(text, p, hi)) \
                        and not any(self._name_closed(text, x, hi) for x in ends):
                    # 总经理山田健一，: a Japanese family name and a given name after a title (…or after the body the
                    # member is of: 、某某有限公司的山本健一，)
                    ends, led = [e_j], of_unit
                # (…or described by where the member comes from: 来自株洲职业技术学院的X委员呼吁…)
                # (…or by a roster's label: 出席会议的市领导还有那顺孟和、…)
                described = not chain and (text[max(lo, p - 4) : p].endswith(self.label_words)
                                           or _COMES_FROM.search(text, max(lo, p - 40), p) is not None
                                           or text[p - 1 : p] in "有：:" and self._after_roster_label(text, p, lo))
                if described and not ends and text[p] in TRANSLIT and (e_tr := self._transliterated_end(text, p, hi)) \
                        and (_transliterated(text[p:e_tr]) or _yi_name(text[p:e_tr])):
                    ends = [e_tr]  # 村民代表那顺乌力吉、苏日娜先后发言: a transliterated name after a descriptor
                if not chain and not ends and text[p] in TRANSLIT and (p == lo or not _is_cjk(text[p - 1])
                                                                      or text[p - 1] in "了由的和与及") \
                        and (e_tr := self._transliterated_end(text, p, hi)) and e_tr - p >= 4 \
                        and _transliterated(text[p:e_tr]) and (self.after_re.match(text, e_tr)
                                                               or self.member_after.match(text, e_tr)) \
                        and not _in_foreign_place(text, p, e_tr) and text[p:e_tr] not in self.places:
                    # 听取了乌云其木格副主任作的…: a strong head after a transliterated name licenses it (…or a member's
                    # head, then what the member says: 贡保扎西常委建议, 尕藏加措委员代表…发言)
                    ends = [e_tr]
                if not chain and text[p] in TRANSLIT and text[p - 1 : p] in ("（", "(", " ", "\u3000") \
                        and (e_tr := _translit_run(text, p, hi, 6)) - p >= 3 and text[e_tr : e_tr + 1] in " \u3000/、)）" \
                        and _transliterated(text[p:e_tr]) and (b := text.rfind("（", max(lo, p - 30), p) + 1 or
                                                               text.rfind("(", max(lo, p - 30), p) + 1) \
                        and _PAREN_TRANSLIT_AUTHORS.match(text, b - 1):
                    ends, led = [e_tr], True  # （敖登格日乐 巴雅斯古楞）: the authors in a closing bracket (SPEC)
                if not chain and not ends and text[p] in TRANSLIT and (p == lo or text[p - 1] in "。；;，,\n") \
                        and (e_tr := self._transliterated_end(text, p, hi)) and e_tr - p >= 3 \
                        and _transliterated(text[p:e_tr]) and text.startswith(self.role_lead, e_tr) \
                        and not _in_foreign_place(text, p, e_tr) and text[p:e_tr] not in self.places \
                        and text[p:e_tr] not in self.common_words:
                    ends = [e_tr]  # 。巴特尔出席座谈会: a transliterated name opening its clause before presiding or attending
                    led = True
                if described and not ends and not self.name_ends(text, p, hi, -9.0):
                    # 村民代表A不同意，认为… / 老党员B接过话头说: a plausible name whose words come after an act of his
                    # own (no word the table knows right after the name: the name read as if the text ended there)
                    ends = [x for lim in (p + 3, p + 4) for x in self.name_ends(text, p, min(hi, lim), -4.0)
                            if x in (p + 3, p + 4) and x < hi and self.described_says.match(text, x, hi)][-1:]
                if described and not ends and (e_l := self._list_item(text, p, hi, titled=True)) \
                        and text[e_l : e_l + 1] == "、" and self._list_follows(text, e_l, hi):
                    ends = [e_l]  # 自治区领导那顺、宝音德力格尔、李晓东出席: the label and the list license an unusual name
                if ends and text[p] == "及" and chain:
                    p += 1  # 秘书长及发改、交通等部门负责同志: after a title 及 joins the list, it opens no name
                    continue
                if ends and text[p] in _PREPOSITIONS and self._reads_without_first(text, p, ends[-1]) and not (
                        chain and text[p] in TITLED_RARE_SURNAMES and text[p + 1] not in SURNAMES_1):
                    # (but 副省长和丽英: right after a title, 和 is the surname, unless a common surname follows: 院长和王明)
                    p += 1  # 在同泽曼和…会见时, “向雷锋同志学习”: the preposition, then the name (not 向守志)
                    continue
                if not ends:
                    p += 1
                    continue
                if not chain and p not in boundaries and not (
                        p + 3 in ends and p > lo and text[p - 1] not in TRANSLIT and text[p + 1] in self.surnames_1
                        and -9.0 < self._plausible(text[p + 1 : p + 3]) < self._plausible(text[p : p + 3]) - 2.5) \
                        and not (p + 4 in ends and text[p : p + 2] in self.surnames_2) \
                        and not text[max(lo, p - 6) : p].endswith(self.label_words):  # (推选|林郑月娥, 县领导|叶…, 委员|孔…)
                    # starts inside a word the segmenter read (巴基|斯坦, 继|续解放, 看守|内阁), unless the name reads
                    # far better than the one after its first character (纪念康世恩: 念康|世恩, 同阮富仲)
                    p += 1
                    continue
                licensed = bool(chain) or led or self._left_licensed(text, p, lo)
                e = self._choose(text, p, ends, boundaries)
                if e is None:
                    p += 1
                    continue
                # a name found whole before, read short here (巴图孟和在…讲话: its 和 read as "and")
                e = next((e + k for k in (1, 2) if e + k <= hi and text[p : e + k] in found), e)
                if not licensed and e - p == 3 and e not in boundaries and p + 2 in boundaries \
                        and text[p : p + 2] in self.common_words:
                    p += 1  # 巩固|平等: a word the segmenter read, and a "name" ending inside the next one
                    continue
                if chain and text[p:e] in self.common_words and self._title_after_a_name(chain[-1][0]):
                    p += 1  # 积极推进习近平主席|倡导的: the title follows the name before it; the word after is no name
                    continue
                if chain and text.startswith(BODY_GOES_ON, e):
                    p += 1  # 水利部长|江水利委员会: a body's name goes on after the "name"
                    continue
                if chain and p > lo and ((text[p - 1 : p + 1] in self.common_words
                                          or text[p - 1 : p + 1] in self.places and (
                                              text[p + 1 : p + 2] in _UNIT_SUFFIXES or text[e - 1] in _UNIT_SUFFIXES
                                              or text[p - 1 : p + 3] in self.common_words
                                              or text[p + 1 : e] in self.common_words))
                                         and self._plausible(text[p:e]) < -7.0
                                         or p not in boundaries and p - 1 in boundaries and p + 1 in boundaries
                                         and text[p + 1 : e] in self.common_words and self._plausible(text[p:e]) < -5.0):
                    # 红军长|征胜利, 地区长|治久安, 省长|沙市 (not 副局长|海占林: a place only with its unit): the head's
                    # last character starts a word with the next (or the segmenter
                    # read it so, and the rest of the "name" is a word: 社科院|长江|流域, no 院长 江流域; not 区|长巴金|主持,
                    # 审计|长方|惠坚)
                    p += 1
                    continue
                if not chain and (text.startswith(_OUTLET_AFTER, e) or text[e - 1] in "报网台社刊"
                                  and text[max(lo, p - 4) : p].rstrip(" \u3000:：").endswith("来源")):
                    p += 1  # （来源：延边日报）, 来源：朝阳报: a place that names an outlet, or the outlet, no author
                    continue
                if not chain and e - p >= 3 and text[e - 1] in "乡镇" and text[p:e] in self.towns:
                    p += 1  # 槐店乡召开…, （槐店乡 刘某）: a township's name, no person's (not 罗雪村, a name)
                    continue
                if township_before_body(text, e) or _UNIT_OF_NEXT.match(text, e - 1):
                    p += 1  # 白沙乡|党委书记X; 水澄村|的梁美娟、…: a place, then whose member is named
                    continue
                if p > lo and text[p - 1] in _NUMERALS and text[p] in _CLASSIFIERS:
                    p += 1  # 一段|临时总理, 两位…: a measure word after a number, no surname
                    continue
                if not licensed and described:
                    # (基层代表A、热依拉作交流发言: a list of names after the descriptor)
                    # (…after an adverb too: 农户代表沈阿毛也在会上发言)
                    # (…and past a polite word: 台湾青年创业代表许某女士也在会上发言)
                    after = e + next((len(h) for h in self.honorifics if text.startswith(h, e)), 0)
                    # (…and past the member's unit: 企业家代表马某（县某某有限公司）、兰某（…）分别发言)
                    after = unit.end() if (unit := _unit_note(text, after, self.title_heads)) else after
                    after += 1 if text.startswith(self.role_adverbs, after) and text[after] in "也还均" else 0
                    translit = _transliterated(text[p:e])  # (a transliteration: no name statistics)
                    plausible = translit or self._plausible(text[p:e]) > -4.0
                    licensed = (text.startswith(self.described_followers, after) or self.described_says.match(text, after, hi)
                                or text.startswith(("、", "和"), after)
                                and self._list_follows(text, after, hi)  # (…代表韦柳依和黎秋月先后发言)
                                or self.member_after.match(text, after) is not None) and plausible  # (…的X委员呼吁)
                    # …or what closes a roster, or the next described member (教师代表A先后发言, 企业家代表A，
                    # 无党派人士代表B等围绕…发言), or the next item after the member's unit (企业家代表A（某公司董事长）、
                    # B（…）): the structure licenses an unusual name
                    licensed = licensed or (self._roster_goes_on(text, after, hi) or self.run_then_close.match(text, after, hi)
                                            or unit and text.startswith("、", after) and self._list_follows(text, after, hi)) \
                        and (translit or self._plausible(text[p:e]) > -7.5)
                if not licensed and text[p - 1 : p] == "、" and p >= 2 and text[p - 2] == text[e - 1] \
                        and p - 2 not in taken:
                    p += 1  # 动议关、考察关、程序关: words of a list sharing their last character, no names
                    continue
                if not licensed and (text[p - 1 : p] == "、" and not self._after_list_name(text, p - 1, lo, taken)
                                     and (text[p:e] in self.common_words or self._plausible(text[p:e]) < -5.5)
                                     and not self._titles_after(text, e, hi)
                                     or not self._clause_start_name(text, p, e, lo, hi)):
                    # (a word or an unlikely name in a 、-list after an item that is no name opens no clause of its
                    # own: 先天性心脏病、白血病等, 节俭、廉洁、阳光, 河北、四川、甘肃面向… are no names)
                    p += 1
                    continue
                titles = chain + self._titles_after(text, e, hi)
                # (the chain may be emptied above: 总书记李鹏总理委托 — its titles are the found name's)
                add(p, e, titles, chain[0][1] if own and chain else None, licensed)
                # A、B和C常委…: names joined before a licensed one, which nothing licensed on their own
                left = chain[0][1] if own and chain else p
                while (prev := self._list_name_before(text, left, lo, taken)) is not None:
                    add(prev[0], prev[1], self.title_chain(text, prev[0], lo), prev[2])
                    left = prev[2]
                # a 、-list of names shares the title chain ("副主任杨莉、白建平")
                q = e
                # a byline lists its names with spaces or slashes ("记者 向明超 张雷龙", "作者:叶帅 杨乐山")
                # …and so does a roster after its label ("在主席台就座的领导有：张大勇  李爱民  王小波")
                # …and after a label and a title shared by the spaced names (出  席：副院长  A  B  C); a roster's
                # names run on over its line breaks
                # …and so does a run of names after a group label or before the run's 等 or role verb (县领导A B C出席,
                # A B C等县领导出席)
                seps = "、 \u3000/" if self._is_byline(text, p, lo, chain) else "、 \u3000\n" if (
                    self._after_roster_label(text, chain[0][1] if chain else p, lo)) else "、 \u3000" if (
                    not chain and text[max(lo, p - 6) : p].endswith(self.group_labels)
                    or self.spaced_run.match(text, p, hi)) else "、"  # (副区长A B C出席: a titled run too)
                in_list = False
                # (a list a group label opens is a roster too: 县领导苦史日、起建华、瓦其日体参加…)
                licensed = bool(chain) or text[max(lo, p - 6) : p].endswith(self.group_labels)
                while q + 1 < hi:
                    if (b := _BRACKETED.match(text, q, hi) or _NOTE.match(text, q, hi)) and b.end() < hi \
                            and text[b.end()] in seps:
                        q = b.end()  # A（某集团董事长）、B（…）, A（女）、B（蒙古族）: a bracket before the separator
                    elif text.startswith("同志", q) and q + 2 < hi and text[q + 2] in seps:
                        q += 2  # 副主席A同志、B同志: the honorific before the separator
                    elif (mh := _MEMBER_HEAD.match(text, q, hi)) and mh.end() < hi and (
                            text[mh.end()] in seps or in_list and _LIST_TAIL.match(text, mh.end())):
                        q = mh.end()  # A委员、B委员和C…: a member's head after each item (its own title: _titles_after)
                    if q + 1 >= hi:
                        break  # (the text ends on the separator: 郦宏（女）、)
                    if text[q] in seps:
                        step = 1
                        while text[q + step] in " \u3000\n" and q + step + 1 < hi:
                            step += 1  # (names spaced out by several spaces)
                    elif in_list and (tail := _LIST_TAIL.match(text, q)):
                        step = tail.end() - q  # A、B和C: 和/及/以及 before the last name of a list
                    else:
                        break
                    nxt = q + step
                    if nxt in taken:  # a dotted name found above continues the list, and shares its title
                        q = next(m.end for ms in mentions.values() for m in ms if m.start == nxt)
                        found[text[nxt:q]].add_titles(chain)
                        in_list = True
                        continue
                    ends2 = [x for x in self.name_ends(text, nxt, hi) if not self._starts_title(text, x)]
                    e2 = self._choose(text, nxt, ends2, boundaries) or self._list_item(text, nxt, hi, bool(chain)) \
                        or self._transliterated_item(text, nxt, hi) or (self._bare_titled_item(text, nxt, hi) if licensed else None)
                    if e2 is not None and e2 < hi and text[e2] in "和作" and (tr := self._transliterated_item(text, nxt, hi)) \
                            and tr == e2 + 1:
                        e2 = tr  # (、那顺孟和、: a Mongolian name ending in 和, the whole item; 、沙马依作在…: a Yi one in 作)
                    elif e2 is not None and e2 < hi and text[e2] not in seps and (tr := self._transliterated_item(text, nxt, hi)) \
                            and tr - nxt >= 4 and tr > e2 and (text[tr : tr + 1] in seps or text.startswith(self.name_followers, tr)):
                        e2 = tr  # (、那仁格日勒、: a Mongolian name whole, which the name statistics cut at 日)
                    if e2 is not None and e2 - nxt == 2 and text[e2 : e2 + 1] == "日" and (
                            text[e2 + 1 : e2 + 2] in seps or text.startswith(self.role_words, e2 + 1)
                            or text.startswith("在", e2 + 1) and text.startswith(self.role_words, e2 + 2, e2 + 12)
                            or _ROSTRUM.match(text, e2 + 1)):
                        e2 += 1  # (、崔光日、, 、韩东日在主席台就座: a Korean given name ending in 日, the whole item)
                    if (e2 is None or e2 < hi and text[e2] not in seps) and nxt + 4 < hi and text[nxt + 4] in seps \
                            and text[nxt] in self.surnames_1 and all(c in TRANSLIT for c in text[nxt + 1 : nxt + 4]):
                        e2 = nxt + 4  # (、向巴平措、: a Tibetan name whole, its first character a surname)
                    if e2 is None or township_before_body(text, e2) or _UNIT_OF_NEXT.match(text, e2 - 1) \
                            or _in_foreign_place(text, nxt, e2) \
                            or text.endswith(ORG_SUFFIXES, nxt, e2) and self.head_re.match(text, e2):
                        # (…、普外科|主任李涛: the next item's body and title, no name)
                        break  # (、李营乡|党委书记X; 、阿尔|及利亚总统X: the next item's title)
                    add(nxt, e2, chain + self._titles_after(text, e2, hi), nxt, licensed)
                    q, in_list = e2, True
                p = q if q > e else e
            # names found so far by end offset, kept as they are found (a dict of one sentence's names, built
            # for every sentence, made 8,000 roster sentences quadratic)
            for p, e, chain in self._roster_members(text, lo, hi, by_end, taken, boundaries):
                add(p, e, chain, chain[0][1] if chain else None)

        self._title_after_list(text, found, by_end)
        self._given_name_references(text, found, mentions)
        # a common word that the name statistics also find implausible (荣誉、节俭、廉洁) taken in by statistics alone
        # is no name; one a context licenses (院领导邵华、严明…) or that reads as a name (汪洋, 林海) stays
        for name in [n for n, acc in found.items() if not acc.titles and not acc.licensed and n in self.common_words
                     and self.stats.name_score(n) < COMMON_WORD_NAME_SCORE]:
            del found[name]
            mentions.pop(name, None)
        # every other occurrence of a found name is a mention (evidence for the graph)
        for name in found:
            for ms, me in occurrences(text, name):
                if ms not in taken:
                    mentions.setdefault(name, []).append(Mention(ms, me))

        people = [Person(name=acc.name, titles=[Title(title=t, org=org_of_title(t, self.heads_shortest_first),
                                                      evidence=sents.evidence(s, e)) for t, s, e in acc.titles],
                         evidence=sents.evidence(acc.first.start, acc.first.end))
                  for acc in sorted(found.values(), key=lambda a: a.first.start)]
        return PeopleResult(people, mentions)

    def _title_after_list(self, text: str, found: dict[str, _PersonAcc], by_end: dict[int, Mention]) -> None:
        """A title written after the last name of a 、-list is each member's (A、B、C副委员长和D秘书长出席会议, A、B等副委员长,
        A和B常委联合发言),
        as a title after one name is its own (SPEC: 彭清华书记 → 书记). A member with a title chain of its own ends the
        list."""
        for e in sorted(by_end):
            # (…C等副委员长和D秘书长: the run's title after its 等)
            m = self.after_re.match(text, e + 1 if text.startswith("等", e) else e, e + 9)
            if m is None or not (m.end() == len(text) or text[m.end()] in "、，,和及与。；;"
                                 or text.startswith(self.role_words, m.end())):
                # (…or counted: A、B两位委员分别就…提问)
                m = self.member_after_re.match(text, e) or (
                    (self.title_after_deng.match(text, e + 1) or self.member_after_deng.match(text, e + 1))
                    if text.startswith("等", e) else self.member_after_deng.match(text, e)
                    if text[e : e + 1] in _NUMERALS else None)
                if m is not None and m.group().endswith(self.group_noun_ends):
                    m = None  # (…等常委会组成人员出席: the group the members belong to, no post)
                if m is None or e not in by_end or text[by_end[e].start - 1 : by_end[e].start] not in ("、", "和"):
                    continue  # (a member's head is the list's only after a list: 朝克代表提出 alone is its own)
            head = "head" if m.re is self.member_after_deng else 0
            title = (m.group(head), m.start(head), m.end(head))
            member: Mention | None = by_end[e]
            while member is not None:
                if (acc := found.get(text[member.start : member.end])) is not None:
                    acc.add_titles([title])
                # (A、B和C常委联合发言: the run's 和 too)
                k = member.start - 1
                member = by_end.get(k) if k >= 0 and text[k] in "、和及与" else None
                if member is not None and member.chain_start is not None and member.chain_start < member.start:
                    member = None

    def _word_name_after_title(self, text: str, p: int, hi: int) -> int | None:
        """副主任黎明主持 / 常委杨柳、…: a name that is also a common word (NON_NAMES refuses it elsewhere) is a
        name right after a title chain when a list separator or a role verb follows it, and the name statistics
        find it name-like (not 应邀, 同时: words that follow a title themselves)."""
        e = p + 2
        word = text[p:e]
        # (the words in use as given names, WORD_NAMES, whatever the statistics say: 主席蓝天, 第一书记向前)
        if e <= hi and word in NON_NAMES and word not in self.head_set and word not in self.name_followers and \
                text.startswith(self.titled_word_followers, e) and (word in WORD_NAMES or self._plausible(word) > -5.0):
            return e
        return None

    def _given_name_references(self, text: str, found: dict, mentions: dict[str, list[Mention]]) -> None:
        """鸿飞书记 after 王鸿飞: a given name with a title after it refers to the one person of the report with
        that given name; it is no person of its own, and the title is not that person's (SPEC). Its mentions
        become the full name's (so a role said of 鸿飞书记 is 王鸿飞's)."""
        by_given: dict[str, list[str]] = {}
        for name in found:
            if len(name) == 3:
                by_given.setdefault(name[1:], []).append(name)
            elif len(name) == 4 and _transliterated(name) and name[:2] not in self.surnames_2:
                by_given.setdefault(name[2:], []).append(name)  # (顿珠书记 after 边巴顿珠: a Tibetan name's last part)
        for name in [n for n in found if len(n) == 2 and len(by_given.get(n, ())) == 1]:
            full = by_given[name][0]
            ms = mentions.get(name, [])
            if ms and all(text.startswith(self.strong_heads, m.end) for m in ms) and \
                    found[full].first.start < found[name].first.start:
                del found[name]
                mentions[full] = sorted([*mentions.get(full, []), *mentions.pop(name)], key=lambda m: m.start)

    def _dotted_names(self, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """Transliterated and minority names: 艾尔肯·吐尼亚孜, 伊力扎提·艾合买提江."""
        out = []
        # a match starts only where a CJK run starts and no part gives characters back: linear (the plain
        # [\u4e00-\u9fff]+(?:·…)+ retried the rest of a dot-less run from each of its characters: quadratic)
        # (a hyphen joins the parts of a name as a dot does: 司马义-铁力瓦尔地, 米格尔·迪亚斯-卡内尔·贝穆德斯)
        for m in re.finditer(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]++(?:[·\-－][\u4e00-\u9fff]++)+", text[lo:hi]):
            s, e = lo + m.start(), lo + m.end()
            if s > 0 and e < len(text) and text[s - 1] in "“「『《\"" and text[e] in "”」』》\"":
                continue  # “黄河魂魄·精神传承”: a quoted title of a show, campaign or theme, not a name
            left = text[s : s + _DOT.search(m.group()).start()]
            # the name starts after the last title head / label in the CJK run before the dot
            cut = 0
            for h in (*self.title_heads, *self.group_labels, *self.descriptor_labels):  # (…种植大户|吐尔洪·阿不拉)
                i = left.rfind(h)
                if i >= 0 and i + len(h) < len(left):
                    cut = max(cut, i + len(h))
            # …nor before a function word (对菲德尔·卡斯特罗, 伟大的…, 由马云和法迪·切哈德, 并会见了赛福鼎·艾则孜)
            first = left[cut:]
            cut += max((first.rfind(c) + 1 for c in _BEFORE_DOTTED), default=0)
            s += cut
            # the name ends before the first follower word (2+ chars after the last dot)
            last_dot = max(text.rfind(c, s, e) for c in "·-－")
            for j in range(last_dot + 2, e):
                # (…or a title written after it: 古丽娜尔·艾则孜|教授, 依明江·沙吾提|阿訇)
                # (a last part of one character before a role verb: 让·平|出席)
                if (j >= last_dot + 3 or text.startswith(self.role_words, j)) \
                        and (text.startswith(self.name_followers, j) or text[j] in "等"
                             or j >= last_dot + 3 and text.startswith(self.role_words, j)  # (何叶尔·伟东|主持)
                             or text.startswith(self.long_heads, j)) \
                        and not (text[j] in TRANSLIT and text.startswith(self.role_words, j + 1)):
                    # (…达瓦买提|出席: a role verb after the name's last character, not 提出 inside it)
                    e = j
                    break
                if text.startswith(_STRADDLING, j) or j == last_dot + 2 and text[j] in "为将把被给从":
                    # 雅各布·卢共同主持: the word after the name starts here (选举…、戴维·陈为…: a function word after
                    # a last part of one character)
                    e = j
                    break
            # a word of Chinese at either edge is no part of the name (接替劳尔·卡斯特罗, …额尔登巴特邀请, …致唁电)
            while (w := _DOTTED_LEFT.search(text, s, last_dot)) and w.end() < last_dot:
                s = w.end()  # (…anywhere before the dot: 会议选举|艾尔肯·吐尔逊)
            first_dot = _DOT.search(text, s).start()
            while (country := _FOREIGN_AT.match(text, s, first_dot)) and first_dot - country.end() >= 2 \
                    and all(c in TRANSLIT for c in text[country.end() : first_dot]):
                s = country.end()  # 柬埔寨|诺罗敦·西哈努克, 文莱|苏丹|哈桑纳尔·…: the country before the name
            if first_dot - s > 7:  # (…俄罗斯籍外教|娜塔莉亚·伊万诺娃: a description no table knows, then the name)
                k = first_dot
                while k > s and text[k - 1] in TRANSLIT:
                    k -= 1
                s = k if 2 <= first_dot - k <= 5 else s
            while (w := _DOTTED_RIGHT.search(text, last_dot + 2, e)) is not None:
                e = w.start()
            parts = _DOT.split(text[s:e])
            if "·" in text[s:e] and (parts[0] in self.places or parts[0] in self.towns
                                     or len(parts[0]) >= 2 and parts[0][-1] in "省市县区州旗"):
                continue  # 苏州·铜仁东西部协作, 长乐区·西吉县: two places joined, no name
            if _FIRM_AFTER.match(text, e):
                continue  # 克恩-里伯斯（太仓）有限公司: a firm's name, no person's
            if "·" not in text[s:e] and (
                    # (…but 艾力更-依明巴海: a part in transliteration may end in 海)
                    any(x[-1:] in _GEO_ENDS and not all(c in TRANSLIT for c in x[:-1]) or x in self.places
                        or x in NON_NAMES for x in parts)
                    or not (all(c in TRANSLIT or c in "-－" for c in text[s:e]) or self.title_chain(text, s, lo)
                            or self.after_re.match(text, e)  # (…司马义-铁力瓦尔地副委员长主持: a title after it)
                            or (s == lo or text[s - 1] in "、，,：: \u3000")
                            and (e >= hi or text[e] in "、，,。；（( \u3000"))):
                # 中国-东盟, 澜沧江-湄公河: a hyphen joins two places; a hyphened name needs a title, a whole list item
                # or transliteration throughout (not …日选举迪亚斯-卡内尔|出生)
                continue
            if (e - s >= 4 or e - s == 3 and self.title_chain(text, s, lo)) and all(1 <= len(x) <= 7 for x in parts) and not re.search(r"网|讯|报|社|台|新闻", text[s:e]) \
                    and (4 * sum(c in TRANSLIT for c in text[s:e]) >= e - s - len(parts) + 1  # (not 互联互通·共享共治)
                         # (…or a title before it, and no part a word: 镇党委副书记何叶尔·伟东, a Xibe name)
                         or self.title_chain(text, s, lo) and not any(x in self.common_words for x in parts)):
                out.append((s, e))
        return out

    # also the set phrase 以习近平同志为总书记的党中央 (the name, then its title)
    # (a name holds no 了 or 的: 选举产生了出席党的…代表 names nobody; 免去X兼任的…职务: the name ends before 兼任)
    # 钱某当选区人民政府区长并作表态发言: a clause that opens on the elected name (an empty name2 group, so that
    # _appointments reads it as it reads _APPOINT)
    # (a hyphened name is an item too: 艾力更-依明巴海)
    # (…the list counted: A、B、C等15人当选为常务副会长; an item with its titles: 某公司副总裁A、…总经理B等12人当选副会长)
    _LIST_ELECTED_AS = re.compile(r"(?:^|(?<=[，。；;\s：:]))(?P<names>[\u4e00-\u9fff·\-－]{2,30}?(?:同志)?(?:、[\u4e00-\u9fff·\-－]{2,30}?"
                                  r"(?:同志)?)+)(?:等[两二三四五六七八九十百\d]+(?:人|名|位))?(?:(?:新)?当选|连任)(?:为)?"
                                  r"(?P<titles>[^，。；;,并]{2,40}?)(?=并|[，。；;,]|$)")
    # (a dotted name whole: 古丽娜尔·阿不都拉当选为…; 新 before 当选为 ends the name: 王立新当选为…; the post ends at a
    # space: a headline's two clauses 杨某当选县人大常委会主任　吴某当选…)
    _ELECTED_AS = re.compile(r"(?:^|(?<=[，。；;\s：:]))(?P<name>" + _ELECTED_NAME + r")(?:同志)?(?:(?:新(?!当选为))?当选|连任)(?:为)?"
                             r"(?P<name2>)(?P<titles>[^，。；;,并\s]{2,40}?)(?=并|[，。；;,\s]|$)")
    _APPOINT = re.compile(r"(?:(?:任命|免去|接受|提名|选举|批准|通过(?!任命|增选|增补|补选|选举|推选)(?=[^，。；的]{2,8}?为)|增选|增补|补选|推选)(?P<name>(?:(?![了的])[\u4e00-\u9fff·]){2,8}?)"
                          r"|以(?=[\u4e00-\u9fff]{2,4}同志为)(?P<name2>[\u4e00-\u9fff]{2,4})同志)(?:兼任|担任|所任)?"
                          r"(?P<link>为|的|辞去)"
                          # (up to the next member's own 为: 任命A为X、B为Y)
                          r"(?P<titles>(?:(?!、[\u4e00-\u9fff·]{2,8}?为)[^，。；;,]){2,80}?)"
                          r"(?:职务|$|[，。；;,]|(?=、[\u4e00-\u9fff·]{2,8}?为))")

    # (…a list of the decision's names, one post for each: 接受A、B辞去全国人大常委会委员职务, 任命A、B为副县长)
    _LIST_APPOINT = re.compile(r"(?:任命|免去|接受|同意)了?(?P<names>[\u4e00-\u9fff·]{2,8}?(?:、[\u4e00-\u9fff·]{2,8}?)+)"
                               r"(?:辞去|为|的)(?P<titles>[^，。；;,、]{2,60}?)(?:职务|[，。；;,]|$)")

    # a decision read out, a clause each: 吉克石布同志任中共昭觉县委委员、常委、书记； (…or the post left: X同志不再担任…职务)
    _TAKES_POST = re.compile(r"(?:^|(?<=[：:，,；;。\n]))(?P<name>[\u4e00-\u9fff·]{2,8}?)同志(?:任|担任|不再担任)"
                             r"(?P<titles>[^，。；;,]{2,60}?)(?:职务)?(?=[，。；;,]|$)")

    def _table_row(self, text: str, lo: int, hi: int) -> list[tuple[int, int, list[tuple[str, int, int]]]]:
        """A roster printed as a table, a line each, the name then its titles (普建华　县委书记 / 者永红　县委副书记、
        县长), under a label line that ends in a colon or another such row."""
        m = _TABLE_ROW.match(text, lo, hi)
        if m is None or m.end() != hi or lo == 0 or text[lo - 1] != "\n":
            return []
        before = text[text.rfind("\n", 0, lo - 1) + 1 : lo - 1]
        if not (before.endswith(("：", ":")) or _TABLE_ROW.fullmatch(before)):
            return []
        name, pos = m.group("name"), m.start("titles")
        # (the table licenses a name of any surname: 者永红)
        if not (len(name) <= 4 or _transliterated(name) or "·" in name) or name in NON_NAMES \
                or name in self.common_words or name in self.places:
            return []
        titles = []
        for part in m.group("titles").split("、"):
            if not part.endswith(self.title_heads):
                return []
            titles.append((part, pos, pos + len(part)))
            pos += len(part) + 1
        return [(m.start("name"), m.end("name"), titles)]

    def _appointments(self, text: str, lo: int, hi: int) -> list[tuple[int, int, list[tuple[str, int, int]]]]:
        """Personnel decisions: 任命王耀东为…副主任, 免去杨宇的…副检察长、…检察员职务."""
        out = []
        for m in [*self._APPOINT.finditer(text, lo, hi), *self._ELECTED_AS.finditer(text, lo, hi),
                  *self._TAKES_POST.finditer(text, lo, hi)]:
            group = "name" if m.group("name") else "name2"
            name = m.group(group).removesuffix("同志")  # 选举钱锁梅同志为…
            if name in NON_NAMES or name in self.places or not (
                    name[:1] in self.surnames_1 or name[:2] in self.surnames_2 or "·" in name
                    or len(name) >= 4 and _transliterated(name)):  # (任命额尔敦巴特尔为…: a Mongolian name whole)
                continue
            written = m.group("titles") if group == "name" else m.group("titles").split("的")[0]  # …为总书记的党中央
            titles = [(part, m.start("titles") + k, m.start("titles") + k + len(part)) for k, part in _parts(written)
                      if part.endswith(self.title_heads)]
            if titles:
                out.append((m.start(group), m.start(group) + len(name), titles))
        for m in [*self._LIST_ELECTED_AS.finditer(text, lo, hi), *self._LIST_APPOINT.finditer(text, lo, hi)]:
            # A、B、C当选为…副委员长: each name of the list, the post after the verb
            posts = [(t, m.start("titles") + k, m.start("titles") + k + len(t))
                     for k, t in _parts(m.group("titles")) if t.endswith(self.title_heads)]
            for k, token in _parts(m.group("names")):
                token = token.removesuffix("同志")
                hit, own = self._name_token(token, whole=True) if len(token) <= 12 else None, []
                if hit is None:  # (…or the name after the item's own titles, which the title chain reads)
                    p0 = m.start("names") + k
                    hit, own = next((((len(token) - n, len(token)), chain) for n in (3, 2, 4) if len(token) > n
                                     and self._name_token(token[-n:], whole=True)
                                     and (chain := self.title_chain(text, p0 + len(token) - n, m.start("names")))), (None, []))
                if posts and hit is not None:
                    out.append((m.start("names") + k + hit[0], m.start("names") + k + hit[1], own + posts))
        out += self._election_lists(text, lo, hi) + self._role_rosters(text, lo, hi) + self._posts_named(text, lo, hi) \
            + self._posts_held(text, lo, hi)
        # (a name read short by one pattern inside the one another reads whole: 推选林郑月娥为…, not 郑月娥)
        kept, reach = [], (-1, -1)
        for a in sorted(out, key=lambda a: (a[0], -a[1])):
            if a[1] <= reach[1] and (a[0], a[1]) != reach:
                continue
            kept.append(a)
            if a[1] > reach[1]:
                reach = (a[0], a[1])
        return kept

    # the verbs of a decision whose clauses name posts (选举A为…主席，B、C为…副主席; 聘请A为…)
    # (…or a decision or an announcement whose list follows: 决定，A、B为…; 决定了国务院其他组成人员，A为…; 宣布：A为…)
    _DECISION = re.compile("(?:" + "|".join(DECISION_VERBS) + ")(?:了)?"
                           r"|决定(?:了[^，。；：:]{1,12})?[，,]|宣布[：:]\s*"
                           # (…or a decision on the names a post is given to: 决定A、B为大会副秘书长)
                           r"|决定(?=[\u4e00-\u9fff·、]{2,60}?为[^，。；]{2,20}?(?:[，。；]|$))")
    # 担任此次大会执行主席的有：A、B… : the role is each listed person's title (SPEC); 本次/此次 is not part of it
    # (…or the names right after it: 担任本次大会执行主席的巴特尔、其其格…在主席台前排就座)
    _ROLE_ROSTER = re.compile(r"担任(?:本次|此次|这次|本届|今天)?(?P<title>[^，。；：:的]{2,20}?)的(?:有|是|分别是)?[:：]?"
                              r"|(?:本次|此次|这次|本届|今天)(?:[^，。；：:的]{1,10}的)?(?P<title2>[^，。；：:的]{2,12}?)(?:为|是)[:：]?"
                              # (…or a sentence that opens on the role: 大会执行主席为：A、B…)
                              # (…without a colon too: 会议执行主席是A、B、C)
                              r"|(?:^|(?<=[。\n]))(?:决定|推选|确定)?(?P<title3>[^，。；：:的\n（(被]{2,12}?)(?:为|是)[:：]?"
                              # (…after a comma, its colon: …选举产生了大会主席团，主席团成员为：A、B…)
                              r"|(?<=[，,])(?P<title8>[^，。；：:的\n（(被]{2,12}?)(?:为|是)[:：]"
                              # (…or the role filled by the names: 大会执行主席由A、B…担任)
                              r"|(?:^|(?<=[。\n]))(?P<title4>[^，。；：:的\n由]{2,12}?)由(?=[^。；]{2,120}?担任)"
                              # (…or the ones just elected to it: 新当选的副会长有：A、B…)
                              # (…or chosen with the one named before: 同时被推选为主席团常务主席的还有A、B…)
                              r"|(?:新)?当选(?:为)?的(?P<title5>[^，。；：:的]{2,12}?)(?:有|是|为|分别是)[:：]"
                              r"|被(?:推选|选举|任命|增选|补选)为(?P<title7>[^，。；：:的]{2,12}?)的(?:还有|有|是|分别是)[:：]?"
                              # (…or a line that opens on the role and the roster's order: 大会执行主席（以姓氏笔画为序）：)
                              r"|(?:^|(?<=[。\n]))(?P<title6>[^，。；：:的\n（(]{2,12}?)[（(][^（）()]{0,12}?为序[）)][:：]")

    def _name_token(self, token: str, whole: bool, min_plausible: float = -10.0) -> tuple[int, int] | None:
        """(offset, end) of a personal name in a list token: the whole token, or (whole=False) its tail after a
        verb particle (了马先友 → 马先友)."""
        token = self.address_end.sub("", token)  # (选举钱某同志为…, 聘任金某先生为…)
        # (a dotted name is the whole token: 阿布都热合曼·买买提, not its tail; so is a transliterated one: 递补那仁满都拉、…)
        # (…and a two-character surname's name of four is read whole: 诸葛明辉, not 葛明辉)
        for length in ((len(token),) if whole or "·" in token or len(token) >= 4 and _transliterated(token)
                       else (4, 3, 2) if token[-4:-2] in self.surnames_2 else (3, 2, 4)):
            cand = token[-length:]
            if not 2 <= len(cand) <= len(token):
                continue
            dotted = _DOT.search(cand) is not None and all(_is_cjk(c) for c in _DOT.sub("", cand)) or _transliterated(cand)
            # (a rare surname as the whole token right after the decision verb, which licenses it as a title does:
            # 选举妥文斌为…县长)
            if dotted or ((cand[:1] in self.surnames_1 or cand[:2] in self.surnames_2
                           or cand[:1] in TITLED_RARE_SURNAMES and len(cand) == len(token) == 3)
                          and self._valid_chars(cand, min_plausible)):
                return len(token) - len(cand), len(token)
        return None

    # the posts a person held, told after the name (张某同志曾任空军政委、司令员，中央军委委员，第六、七届…副委员长)
    # (…or are, after 同志是: 邓某同志是中国共产党十二届中央委员、中央书记处书记，原中央顾问委员会委员)
    _POSTS_HELD = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,14}?)(?:(?:同志|先生|女士)?(?:生前)?(?:曾任|曾担任|历任|先后任|先后担任)"
                             r"|(?:同志|先生|女士)(?:生前)?是)"
                             r"(?P<posts>[^。；;\n]{2,300})")

    def _posts_held(self, text: str, lo: int, hi: int) -> list[tuple[int, int, list[tuple[str, int, int]]]]:
        out = []
        for m in self._POSTS_HELD.finditer(text, lo, hi):
            name = m.group("name")
            # (the name ends the run before the verb: 纪念会上，荣某同志曾任… → 荣某)
            # (a dotted name whole: 赛福鼎·艾则孜同志是…)
            dotted = re.search(r"[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff·]{2,12}$", name)
            size = len(dotted.group()) if dotted else next(
                (n for n in (4, 3, 2) if len(name) >= n and self._name_token(name[-n:], whole=True)), None)
            if size is None:
                continue
            posts, pos, skipped = [], m.start("posts"), False
            for seg in re.split(r"([，,]|兼)", m.group("posts")):
                if seg in ("，", ",", "兼"):
                    pos += 1
                    continue
                if (lead := _POSTS_LEAD.match(seg)) and not posts and skipped:
                    seg, pos = seg[lead.end() :], pos + lead.end()  # (…卓越的领导人，曾担任国务院副总理: the posts begin)
                if _NOT_A_POST.search(seg):
                    if not posts and not skipped and text[m.end("name") : m.start("posts")].endswith("是"):
                        skipped = True  # (X同志是…卓越的领导人，曾担任…: a praise before the posts)
                        pos += len(seg)
                        continue
                    break  # (a clause, not a post: 1983年6月当选为…, 是中共第七次…代表)
                parts = _parts(seg)
                # each item of 空军政委、司令员 is a post; 第六、七届…副委员长 is one
                if len(parts) > 1 and all(x.endswith(self.title_heads) for _, x in parts):
                    posts += [(x, pos + k, pos + k + len(x)) for k, x in parts]
                elif seg.endswith(self.title_heads):
                    posts.append((seg, pos, pos + len(seg)))
                pos += len(seg)
            if posts:
                out.append((m.end("name") - size, m.end("name"), posts))
        return out

    def _posts_named(self, text: str, lo: int, hi: int) -> list[tuple[int, int, list[tuple[str, int, int]]]]:
        out = []
        for m in self.posts_named.finditer(text, lo, hi):
            g = next(k for k in ("", "2", "3") if m.group("name" + k) is not None)
            if (hit := self._name_token(m.group("name" + g), whole=True)) is None:
                continue
            posts, start = [], m.start("posts" + g)
            for at, post in _parts(m.group("posts" + g)):
                # (two posts joined by 和: 常务委员和港澳台侨委员会副主任)
                k = next((k for k in range(2, len(post) - 2) if post[k] == "和" and post[:k].endswith(self.title_heads)), 0)
                for off, part in ((0, post[:k]), (k + 1, post[k + 1 :])) if k else ((0, post),):
                    if part.endswith(self.title_heads):
                        posts.append((part, start + at + off, start + at + off + len(part)))
            if posts:
                out.append((m.start("name" + g) + hit[0], m.start("name" + g) + hit[1], posts))
        return out

    def _election_lists(self, text: str, lo: int, hi: int) -> list[tuple[int, int, list[tuple[str, int, int]]]]:
        out = []
        decisions = [d.span() for d in self._DECISION.finditer(text, lo, hi)]
        if not decisions and lo > 0 and text[lo - 1] in "；;\n" and self.elected.match(text, lo) \
                and (before := [d for d in self._DECISION.finditer(text, max(0, lo - 300), lo)]) \
                and "。" not in text[before[-1].end() : lo]:
            # the decision's list goes on after a semicolon or a line break (王某宣布：\nA、B为…；C、D为…)
            decisions = [(lo, lo)]
        for k, (_, d_end) in enumerate(decisions):
            # the clauses of one decision run to the next decision verb or the sentence end
            for m in self.elected.finditer(text, d_end, decisions[k + 1][0] if k + 1 < len(decisions) else hi):
                title = m.group("title")
                if not title.endswith(self.title_heads):
                    continue
                pos = m.start("names")
                shared: list[tuple[str, int, int]] = []  # the first item's own titles, which the list shares
                for k, token in enumerate(m.group("names").split("、")):
                    # (递补中央委员会候补委员A、B为中央委员会委员: the name after the first item's own titles)
                    # (the chain may begin before the token, which holds five characters at most)
                    own = next(((n, chain) for n in (2, 3, 4) if k == 0 and len(token) > n
                                and self._name_token(token[-n:], whole=True)
                                and (chain := self.title_chain(text, pos + len(token) - n, d_end))), None)
                    if own:
                        hit, shared = (len(token) - own[0], len(token)), own[1]
                    else:
                        # (a later item is a whole name between 、 and 为: the structure allows an unusual one, 、阿拉腾为)
                        hit = self._name_token(token, whole=k > 0, min_plausible=-12.5 if k else -10.0)
                    if hit is not None:
                        out.append((pos + hit[0], pos + hit[1], [(title, m.start("title"), m.end("title")), *shared]))
                    pos += len(token) + 1
        return out

    def _roster_members(self, text: str, lo: int, hi: int, ends: dict[int, Mention],
                        taken: set[int], boundaries: set[int] | None = None) -> list[tuple[int, int, list[tuple[str, int, int]]]]:
        """Names of a list that a role phrase closes, read as one unit ("A、民盟市委主委B，无党派人士代表C先后发言"):
        walking back from the phrase over the items between 、，和及, every item is a found name, a group label
        (县领导、各部门负责同志) or a labelled or bare name-like string; the list's found names license the
        name-like items, so one unknown member does not lose the others. Returns the new names with their chains."""
        out: list[tuple[int, int, list[tuple[str, int, int]]]] = []
        closes = [c.start() for c in self.roster_close.finditer(text, lo, hi)]
        # a list may stand before a topic phrase that runs to the phrase (A、B和C着重就…、…等发言)
        for c in list(closes):
            if t := self.topic_opener.search(text, max(lo, c - 100), c):
                # (the list ends before its marker: A、B依次就…作了汇报)
                mk = self.marker_before.search(text, max(lo, t.start() - 4), t.start())
                c2 = t.start() - (len(mk.group()) if mk else 0)
                if text[c2 - 1 : c2] == "或" and text[c2 - 2 : c2 - 1] in ("，", ","):
                    c2 -= 1  # (…等10位委员，或聚焦…，或关注…，先后发言: topics in turn)
                closes.append(c2 - 1 if text[c2 - 1 : c2] in ("，", ",") else c2)  # (…徐凤仙，先后围绕…: past the comma)
        # a roster, then short clauses of how it went about it, then its marker (…，C，紧扣主题，对照党章党规，逐一作
        # 对照检查): the roster may end at any of the three commas before the marker
        for c in list(closes):
            k = c
            for _ in range(3):
                if text[k - 1 : k] not in ("，", ",") or not text.startswith(self.marker_words, c):
                    break
                j = max(text.rfind("，", lo, k - 1), text.rfind(",", lo, k - 1))
                if j < lo or k - 1 - j > 30 or self.follower_inside.search(text, j + 1, k - 1):
                    break
                closes.append(j)
                k = j + 1
        # a roster, then its unnamed tail after a comma (…镇人大主席罗布占堆，以及各村“两委”班子成员和驻村工作队队长共40余人
        # 参加会议): the roster ends at the comma
        for c in list(closes):
            if t := _UNNAMED_TAIL.search(text, max(lo, c - 62), c):
                closes.append(t.start())
        # a roster after its label ends with its sentence (作交流发言的有：A，B，网格员C。)
        for label in self.roster_label.finditer(text, lo, hi):
            end = stop.start() if (stop := _CLAUSE_STOP.search(text, label.end(), hi)) else hi
            if end > label.end():
                closes.append(end)
        # a list that ends in a found name, whatever follows it (…局长C、副院长D等分别回答了询问)
        closes += [e for e in range(lo + 1, hi) if e in ends and text[e] not in "、和及与"
                   and self._item_after_separator(text, lo, ends[e])]
        for pos in sorted(set(closes)):
            known, labelled, new, loose, bare, p = 0, 0, [], [], [], pos
            # (a member to the right of the item walked last, and a word-free item awaiting a member on its left)
            right_member, held = False, None
            # the current 、-run (walked backwards): its bare new names, and its word names (黎明) that only the run's
            # label, at its first item, makes members: 群众代表罗丹、黎明 / 企业负责人A、B纷纷表示
            # (run_new, run_known: where the current run's new names start in new, the found names before it)
            run_bare, pending, run_new, run_known = 0, [], 0, 0
            while p > lo and len(new) <= 30:
                item_end = p
                while item_end > lo and text.startswith("同志", item_end - 2):
                    item_end -= 2
                if text[item_end - 1 : item_end] in "）)" and (
                        note := _NOTE_AT_END.search(text, max(lo, item_end - 28), item_end)):
                    item_end = note.start()  # (…、岩某（贺开茶叶专业合作社）、: the member's note after the name)
                if p == pos and (etc := _COUNTED_ETC.search(text, max(lo, item_end - 14), item_end)):
                    item_end = etc.start()  # (…，信息员卢某等11名代表，围绕…发言: the roster closed and counted)
                k = p - 1  # the separator that opens this item
                while k >= lo and text[k] not in "、，,。；;：:\n" and p - k <= 24:
                    k -= 1
                start = k + 1
                # 和/及/与 before the last item: the name before it ends there (A、B和C)
                # (…or a labelled name the finder left: 茶农代表蓝某和钟某, 水澄村的梁某和…)
                conj = next((c for c in _LIST_TAIL.finditer(text, start, item_end) if c.end() <= item_end - 2 and (c.start() in ends
                             or c.start() > start and (hit := self._unknown_member(text, start, c.start(), lo, taken, boundaries))
                             and hit[0] > start and (text[start : hit[0]].endswith(self.label_words)
                                                     or text[hit[0] - 1] == "的"))), None)
                if conj is not None:
                    start, k = conj.end(), conj.start()
                m = ends.get(item_end)
                known_before, new_before, waiting = known, len(new), held
                held = None
                opens_run = False  # a label before this item's name opens the run
                if m is not None and m.chain_start is not None and m.chain_start < start - 1 \
                        and (j := _before_conj(text, m.chain_start)) > lo and text[j - 1] in "，,":
                    # a found name whose title chain holds 、 (…，以及“红马甲”志愿服务队队长、退休教师X): one item, up to
                    # its chain's start
                    known += 1
                    k = j - 1
                elif m is not None and (c0 := m.chain_start if m.chain_start is not None else m.start) >= start - 1:
                    known += 1
                    opens_run = text[start : m.start].endswith(self.label_words)
                    if c0 > lo and text[c0 - 1] in "、，,":
                        k = c0 - 1  # (a chain longer than the walk's reach: …自治旗…合作社理事长敖嫩 is one item)
                elif (hit := self._unknown_member(text, start, item_end, lo, taken, boundaries)) is not None:
                    new.append(hit)
                    opens_run = hit[0] > start  # 企业家代表刘明: a label before the name
                    labelled += opens_run
                    run_bare += not opens_run
                elif (hit := self._listed_name(text, start, item_end, lo, taken)) is not None:
                    loose.append(hit)
                elif k >= lo and text[k] == "、" and (hit := self._word_member(text, start, item_end, taken)):
                    pending.append(hit)  # (the walk goes on to see whether the run opens on a label)
                    run_bare += 1
                elif k >= lo and text[k] == "、" and 2 <= item_end - start <= 4 \
                        and all(_is_cjk(c) for c in text[start:item_end]):
                    # a short item that is no name (区领导A、B、上帝、C等): the run goes on past it; one that no table
                    # knows as a word is a member when found names outnumber such items (…李秀英、腊阿普、余春梅依次…)
                    item = text[start:item_end]
                    if item not in self.common_words and item not in self.places and item not in NON_NAMES \
                            and item not in self.table_words and not any(c in NOT_IN_LISTED_NAME for c in item) \
                            and not self.head_re.search(item) and not item.startswith(self.label_words) \
                            and not item.endswith(self.label_words) and "等" not in text[start - 1 : item_end] \
                            and not any(i in taken for i in range(start, item_end)) and right_member:
                        held = (start, item_end, [])
                elif text[item_end : item_end + 1] == "、" and k >= lo and text[k] in "，," and 2 <= item_end - start <= 8 \
                        and all(_is_cjk(c) for c in text[start:item_end]) and "等" not in text[start:item_end] \
                        and not self.topic_opener.search(text, start, item_end) \
                        and (text.endswith(self.label_words, start, item_end)
                             or not self.follower_inside.search(text, start, item_end)):
                    # a description stacked on the next member's (，返乡青年、技艺传承人和某; ，优秀共产党员代表、村民小组长X):
                    # the walk goes on
                    pass
                elif 4 <= item_end - start <= 24 and all(_is_cjk(c) for c in text[start:item_end]) \
                        and any((text[item_end - n - 1] in self.person_word_ends or text.endswith(self.label_words, start, item_end - n))
                                and (text[item_end - n] in self.all_surnames or text[item_end - n] in TRANSLIT)
                                and text[item_end - n : item_end] not in self.common_words for n in (2, 3)) \
                        and not self.follower_inside.search(text, start, item_end) \
                        and not self.topic_opener.search(text, start, item_end):
                    pass  # a described member whose name no rule reads (…拉面经营户冶某、): the walk goes on past it
                elif not text[start:item_end].endswith(self.group_labels):
                    if text[item_end : item_end + 1] == "、" and known == run_known:
                        # a run of no found name that opens on no member (经过投票、计票，…): its items are no names
                        del new[run_new:]
                    break
                right_member = known > known_before or len(new) > new_before
                if right_member and waiting is not None:
                    bare.append(waiting)  # (a member on both sides of it)
                if opens_run:
                    labelled += run_bare
                    new += pending
                if opens_run or conj is not None or k < lo or text[k] != "、":
                    run_bare, pending, run_new, run_known = 0, [], len(new), known  # the run starts at this item
                if conj is not None:
                    p = k
                    continue
                if k < lo or text[k] not in "、，,":
                    break
                p = k
            # found names license the list's other members; without one, two labelled members do
            if known + len(new) >= 2 and (known or labelled >= 2):
                # an item only the list makes a name (孙同川, 成思危, 会林) needs two found names and to be outnumbered
                new += loose if known >= 2 and len(loose) <= known else []
                # (…and an item that is no word between members, when they outnumber such items)
                new += bare if len(bare) < known + len(new) else []
                out += [x for x in new if not any(x[0] < y[1] and y[0] < x[1] for y in out)]
        return out

    def _word_member(self, text: str, start: int, end: int,
                     taken: set[int]) -> tuple[int, int, list[tuple[str, int, int]]] | None:
        """A whole list item of two or three characters that opens on a surname and is no place, title, label or
        phrase: a name shaped word (黎明, 罗丹) that only the run's label can make a member."""
        name = text[start:end]
        if not 2 <= len(name) <= 3 or any(i in taken for i in range(start, end)) \
                or not (name[0] in self.surnames_1 or name[:2] in self.surnames_2) \
                or not all(_is_cjk(c) and c not in NOT_IN_NAME for c in name) or name[-1] in NOT_NAME_END \
                or name in self.places or name in self.head_set or self.head_re.search(name) \
                or name.startswith(self.label_words) or name in self.table_words or name in self.common_words \
                or name[-2:] in self.kin_words:
            return None  # (a word the name list rejects elsewhere, 黎明, is still a member of a labelled run)
        return start, end, []

    def _item_after_separator(self, text: str, lo: int, m: Mention) -> bool:
        """The name ends a list item: a separator before it or its title chain, or before its label (、优秀共产党员X)."""
        s = m.chain_start if m.chain_start is not None else m.start
        if s > lo and text[s - 1] in "、，,":
            return True
        k = s - 1
        while k > max(lo, s - 12) and text[k - 1] not in "、，,。；;：:":
            k -= 1
        return k > lo and text[k - 1] in "、，," and text[k:s].endswith(self.label_words)

    def _listed_name(self, text: str, start: int, end: int, lo: int,
                     taken: set[int]) -> tuple[int, int, list[tuple[str, int, int]]] | None:
        """An item of a list of found names that reads as a name only there: a whole item of 2–3 characters
        (after a title chain or label) from any surname, with characters the name statistics find unusual (思危, 同川)
        or a rare surname (会林); never a word that is not a name elsewhere (a common word, place, title, phrase)."""
        if start > lo and text[start - 1] not in "、，,和及与：:":
            return None  # not a whole item: the walk stopped short of its start
        for length in (3, 2):
            p = end - length
            if p < start or any(i in taken for i in range(p, end)):
                continue
            name = text[p:end]
            if self.head_re.search(name) or not (name[0] in self.all_surnames or name[:2] in self.surnames_2
                                                 or _transliterated(name)) \
                    or name[-1] in NOT_NAME_END or not all(_is_cjk(c) and c not in NOT_IN_LISTED_NAME for c in name) \
                    or name in NON_NAMES or name in self.places or name in self.table_words \
                    or name in self.common_words or name.startswith(self.label_words):
                continue
            chain = self.title_chain(text, p, lo)
            if p == start or (chain and chain[0][1] <= start) or (
                    text[start:p].endswith(self.label_words)
                    # (…or a short description of the member, ending on a word for a person: ，电商带头人蒙某，)
                    or 2 <= p - start <= 8 and all(_is_cjk(c) for c in text[start:p]) and text[p - 1] in self.person_word_ends
                    and not self.follower_inside.search(text, start, p)) \
                    and not self.holds_meeting.search(text, start, p):  # (随后召开的…代表|会议上: a clause)
                return p, end, chain
        return None

    def _unknown_member(self, text: str, start: int, end: int, lo: int, taken: set[int],
                        boundaries: set[int] | None = None) -> tuple[int, int, list[tuple[str, int, int]]] | None:
        """A name at the end of a list item that the name finder left (an unusual or common-word name):
        the whole item, or a title chain or descriptor label then the name."""
        for length in (3, 2, 4, 5):
            p = end - length
            if p < start or any(i in taken for i in range(p, end)):
                continue
            name = text[p:end]
            # (a rare surname that is no function word after the item's label: 回族群众代表妥某)
            # (…or two characters of transliteration after a descriptor: 茶农代表扎克)
            sur = text[p] in self.surnames_1 or text[p : p + 2] in self.surnames_2 \
                or p > start and text[p] in TITLED_RARE_SURNAMES and text[p] not in _FUNCTION_SURNAMES \
                or length == 2 and p > start and all(c in TRANSLIT for c in name) and text[start:p].endswith(self.label_words)
            yi = _yi_name(name)
            if not (sur or _transliterated(name) or yi) or length == 5 and not _transliterated(name) \
                    or length == 4 and name[:2] not in self.surnames_2 and (name[2:] in self.common_words or "一" in name[1:3]) \
                    or name in self.places or name in self.head_set or name.startswith(self.label_words) \
                    or not all(_is_cjk(c) and (c not in NOT_IN_NAME or k == 0 and c in TITLED_RARE_SURNAMES)
                               for k, c in enumerate(name[:-1] if yi else name)) \
                    or name[-1] in NOT_NAME_END and not yi \
                    or length >= 3 and name[-1] in _UNIT_SUFFIXES:
                # (five characters only in a transliteration: not 纳吉布|邀请, and four after a surname of one not
                # when a word ends them: 洪森|邀请, but 卢卡申科; a place's unit: 龙泉关镇)
                continue
            if self._DECISION.match(name) or name[-2:] in self.kin_words:
                continue  # 任命|韩正、孙春兰（女）: the decision verb, then the name; 冯大爷: a word of address
            prefix = text[start:p]
            chain = self.title_chain(text, p, lo)
            if chain and self._ends_longer_title(text, p, lo, end, chain):
                continue  # (…理事长|多吉: not 长多吉)
            titled = bool(chain) and chain[0][1] <= start
            # a title chain over the whole item licenses a name of two or three characters that the statistics
            # find unusual (主委乌云生), unless it is a word; otherwise the statistics must find it a name
            # (a rare surname is scored by its given name, after a common surname)
            score = self._plausible(name) if text[p] not in TITLED_RARE_SURNAMES else self._plausible("王" + name[1:])
            # (a descriptor before it takes a less usual name too: 新党员代表玉应叫)
            if (not titled or length > 3 or name in self.common_words or name in NON_NAMES) \
                    and score < (-12.0 if prefix.endswith(self.label_words) and length == 3 else -10.0) \
                    and not _transliterated(name) and not yi \
                    or titled and self.follower_inside.search(name):
                continue  # (…主任|职务, …主任|列席会议: a word or a verb after the title, no name)
            labelled = titled or prefix.endswith(self.label_words)
            # a label licenses a name that is also a word (无党派人士代表黎明); a bare item must read as a name
            if labelled or not prefix and name not in NON_NAMES and (
                    name not in self.common_words or self._plausible(name) > COMMON_WORD_NAME_SCORE):
                return p, end, chain
            # …and so does a description of any kind before a name that reads as one (返乡创业青年胡某, 养鸭大户汤某,
            # 75岁的老党员罗某), where no clause's word stands in it
            # (the segmenter must start a word at the name: not 议程|后, 党章|规定)
            if 2 <= len(prefix) <= 24 and name not in self.common_words and name not in NON_NAMES \
                    and boundaries is not None and p in boundaries and not _transliterated(text[p - 1 : end]) \
                    and score > DESCRIBED_PLAUSIBLE \
                    and not self.follower_inside.search(prefix):
                return p, end, chain
        return None

    # a closing byline of the writer's unit or place and the writer's name, parted by a space, as the last line
    # ((西江镇　侯某　文/图), (县人大常委会办公室　阿某)): the names are people with no title (SPEC)
    _UNIT_BYLINE = re.compile(r"(?:^|(?<=\n))[ \u3000]*[（(](?P<unit>[\u4e00-\u9fff]{2,16})[ \u3000]+"
                              r"(?P<names>[\u4e00-\u9fff·]{2,10}(?:[ \u3000、]+[\u4e00-\u9fff·]{2,10}){0,3}?)"
                              r"(?:[ \u3000]+(?:文/图|文／图|文|图|摄|供图))?[)）][ \u3000]*$")

    def _unit_bylines(self, text: str) -> list[tuple[int, int, list[tuple[str, int, int]]]]:
        m = self._UNIT_BYLINE.search(text.rstrip())
        if m is None or not (m["unit"] in self.towns or m["unit"] in self.places
                             or m["unit"].endswith((*ORG_SUFFIXES, *self.byline_places))):
            return []
        out, pos, label = [], m.start("names"), []
        for token in re.split(r"([ \u3000、]+)", m["names"]):
            # (the byline licenses a name as a title does: 阿育伍呷)
            # (not the byline's own word: （禾丰镇党政办 供稿　谢某）; but a byline title is the names' after it:
            # （党委宣传部　通讯员　A　B）)
            word = token.strip(" \u3000、")
            if word in BYLINE_LABELS:
                label = [(word, pos, pos + len(word))] if word in BYLINE_TITLES else []
            elif word and (hit := self._name_token(token, True, BYLINE_PLAUSIBLE)) is not None:
                out.append((pos + hit[0], pos + hit[1], label))
            pos += len(token)
        return out

    # a line that is only a post, a heading for the line of names below it (副委员长\nA、B（女）、C; 委员名单（按姓名笔划
    # 为序）:\nA，B，…): each name holds the post
    _HEADING_POST = re.compile(r"(?:^|(?<=\n))[ \u3000]*(?P<title>[^，。；：:、,;的\n（(\s]{2,14}?)(?:名单)?[ \u3000]*"
                               r"(?:[（(][^（）()\n]{0,16}[）)])?[ \u3000]*[:：]?[ \u3000]*\n")

    def _heading_rosters(self, text: str) -> list[tuple[int, int, list[tuple[str, int, int]]]]:
        out = []
        for m in self._HEADING_POST.finditer(text):
            title = m.group("title")
            if not title.endswith(self.title_heads) or self._name_token(title, whole=True) is not None:
                continue
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            # (a note in brackets may hold a comma: 王某(女，傣族)): blanked out, offsets kept
            line = _NOTES_IN_LINE.sub(lambda b: " " * len(b.group()), text[m.end() : line_end])
            pos, names = m.end(), []
            for token in re.split(r"[、，,]", line):
                name = token.strip(" \u3000。；;")
                if name:
                    k = pos + token.index(name)
                    hit = self._name_token(name, whole=True)
                    # (…or a bare item of a surname and CJK characters: 包信和, a roster's names hold any)
                    bare = 2 <= len(name) <= 4 and (name[0] in self.surnames_1 or name[:2] in self.surnames_2) \
                        and all(_is_cjk(c) for c in name) and name not in self.places and name not in self.head_set \
                        and name not in self.common_words
                    if (hit is None or hit[0]) and not bare or len(name) > 8:
                        break  # (not a list of names: the heading is a sentence's word)
                    names.append((k, k + len(name), [(title, m.start("title"), m.end("title"))]))
                pos += len(token) + 1
            else:
                out += names
                continue
            out += names if len(names) >= 2 else []
        return out

    def _role_rosters(self, text: str, lo: int, hi: int) -> list[tuple[int, int, list[tuple[str, int, int]]]]:
        out = []
        for m in [*self._ROLE_ROSTER.finditer(text, lo, hi), *self.member_roster.finditer(text, lo, hi)]:
            g = next(k for k, v in m.groupdict().items() if v)
            title, t_start = m.group(g), m.start(g)
            if not title.endswith(self.title_heads):
                continue
            if d := _DETERMINER.match(title):  # 担任今天全体会议执行主席的是: the post without 今天
                title, t_start = title[d.end() :], t_start + d.end()
            pos = m.end()
            for token in re.split(r"[、，,]", text[m.end() : hi]):
                token_end = pos + len(token)
                stripped = token.rstrip("。；; ")
                if g == "title4":
                    stripped = stripped.removesuffix("担任")  # (…、C担任: the last name before the verb)
                # (a dotted name is one item: 买买提·阿不都拉; so is a long one in transliteration: 额尔敦毕力格)
                long = len(stripped) > 5 and "·" not in stripped and not (len(stripped) <= 8 and _transliterated(stripped))
                # (the last item runs into the list's verb: …、郝斯琴在主席台前排就座)
                # (an item with titles of its own ends the roster's reading: the label is a heading for names)
                head = next((stripped[:n] for n in (2, 3, 4, 5) if len(stripped) > n + 1
                             and stripped.startswith(self.followers, n)), None) if long else None
                if not stripped or long and head is None:
                    break  # the list is over
                hit = self._name_token(head or stripped, whole=True)
                if hit is None and len(stripped) == 3 and self._bare_titled_item(text, pos, hi):
                    hit = (0, 3)  # (…、起丽仙、…: an item no surname table knows, the role licensing it)
                if hit is not None:
                    out.append((pos + hit[0], pos + hit[1], [(title, t_start, m.end(g))]))
                if head is not None:
                    break
                pos = token_end + 1
        return out

    def _before_marker(self, text: str, p: int, e: int, hi: int) -> int:
        """A transliteration run from p cut before a list's marker and its verb (乡长旦增曲扎|依次汇报了…,
        、阿不都热依木|依次发言: 依次 reads as transliteration; …|依次上台，对照…，作述职报告: its clauses between)."""
        # (…or before what the roster makes: …尕玛求培|依次作个人对照检查)
        return next((k for k in range(p + 2, e) if text.startswith(self.marker_words, k)
                     and (self.roster_close.match(text, k, hi) or self.marker_clause.match(text, k, hi)
                          or text.startswith(("作", "做"), k + 2))), e)

    def _transliterated_end(self, text: str, p: int, hi: int) -> int | None:
        """A foreign name written in transliteration characters after a title (总统纳扎尔巴耶夫)."""
        e = self._before_marker(text, p, _translit_run(text, p, hi), hi)
        if e - p >= 3 and (text.startswith("者", e) and text.startswith(self.role_words, e + 1)
                           or text.startswith("作", e) and (text.startswith(self.role_lead, e + 1)
                                                            or text[e + 1 : e + 2] in ("，", ",", "、"))):
            # 镇长阿苏拉者|主持: a Yi name may end in 者 (a suffix of words elsewhere: 获得者), or in 作 before a verb
            # that never follows 作 (书记阿西拉作|主持, not 阿西拉|作报告)
            e += 1
        if e - p >= 2 and text.startswith("和", e) and (text[e + 1 : e + 2] in ("，", ",", "、", "。", "；")
                                                         or text.startswith(self.role_words, e + 1)):
            e += 1  # 市委书记那顺孟和，/ 主任巴图孟和主持: 和 ends a Mongolian name before a comma or a role, no conjunction
        # back off to a follower word: 纳扎尔巴耶夫|在, 热合曼|通报 (or 及 before a list's last item, or 关于 opening what
        # the name reports on: 部长格桑央宗|关于…的汇报)
        while e - p >= 3:
            if e >= hi or text[e] in NAME_FOLLOW_CHARS or text.startswith(self.name_followers, e) or text[e] == "及" \
                    or text.startswith("关于", e) \
                    or not text[p:e].endswith(ORG_SUFFIXES) and self._title_after_name(text, e, hi):
                # (a word of two transliteration characters before the follower is none of the name: 奥巴马|特别代表)
                return e - 2 if e - 2 - p >= 3 and text[e - 2 : e] in self.common_words else e
            e -= 1
        if e - p == 2 and e < hi and (text[e] in "、，," or text.startswith(self.name_followers, e)) \
                and text[p:e] not in NON_NAMES and text[p:e] not in self.common_words \
                and (text[p] not in self.surnames_1 or self._plausible(text[p:e]) < TITLED_PLAUSIBLE):
                # (…理事长多吉，: a first character a surname shares, where the statistics find no Chinese name)
            # 县委常委扎西、罗佳: a two-character one, as a list's item (a surname's is read as one); 主任扎约主持,
            # 理事长扎发就…: before a word that follows names
            return e
        return None

    def _name_closed(self, text: str, e: int, hi: int) -> bool:
        """A name may end at e: the text, a separator, a word that follows names or a role verb is next."""
        return e >= hi or text[e] in "、，,。；;（(" or text.startswith(self.name_followers, e) \
            or text.startswith(self.role_words, e)

    def _japanese_end(self, text: str, p: int, hi: int) -> int | None:
        """The end of a Japanese name at p (山本由纪子, 佐佐木亮): a family name of the table, then the shortest
        given name of one to three characters that a separator, a follower word or a role verb closes."""
        for n in (3, 2):
            if text[p : p + n] in self.japanese_surnames:
                if self._name_closed(text, p + n, hi):
                    return None  # (副县长中山|出席: a name of its own, no given name after it)
                for g in (1, 2, 3):
                    e = p + n + g
                    if e > hi or not _is_cjk(text[e - 1]) or text[e - 1] in NOT_IN_NAME and text[e - 1] != "之":  # (裕之)
                        break
                    if self._name_closed(text, e, hi):
                        return e
        return None

    def _title_after_name(self, text: str, e: int, hi: int) -> bool:
        """A title written after a name at e, then a separator or a role (会长扎西尼玛|活佛出席, …活佛，)."""
        a = self.after_re.match(text, e) or self.weak_head_after.match(text, e, hi)
        # (次仁顿珠|教授|主持会议; …or a member's head, then what the member says: 贡保扎西|常委建议)
        return a is not None and self._name_closed(text, a.end(), hi) or self.member_after.match(text, e, hi) is not None

    def _bare_titled_item(self, text: str, p: int, hi: int) -> int | None:
        """A three-character item of a titled list or a group label's roster that no surname table knows
        (大会执行主席…、起建明、者家秀在主席台…, 县领导苦史日、起建华、…参加…): a name, as the title or label before the list
        licenses it, where the item is no word, place, title or number and a
        separator or a word that follows names closes it."""
        e = p + 3
        item = text[p:e]
        if e > hi or not all(_is_cjk(c) and c not in NOT_IN_NAME for c in item) or item in self.common_words \
                or item[:2] in self.common_words or item[1:] in self.common_words or self.follower_inside.search(item) \
                or item in self.places or item in self.towns or item in NON_NAMES \
                or item[0] in _NUMERALS or item[0] in _LEVEL_CHARS or self.head_re.search(item) \
                or not (e == hi or text[e] == "、" or text.startswith(self.name_followers, e)):
            return None
        return e

    def _transliterated_item(self, text: str, p: int, hi: int) -> int | None:
        """The end of a list item written in transliteration (、格桑卓玛、, 、热依拉作…): the whole run, up to a
        separator or a word that follows names."""
        e = self._before_marker(text, p, _translit_run(text, p, hi, 8), hi)
        if e - p >= 3 and text.startswith("作", e) and (text[e + 1 : e + 2] in ("、", "，", ",")
                                                       or text.startswith(self.role_lead, e + 1)) and _transliterated(text[p:e]):
            return e + 1  # 、阿西拉作、 / 、沙马依作在主席台前排就座: 作 ends a Yi name before a separator or a verb never after 作
        if e - p >= 3 and text.startswith("和", e) and text[e + 1 : e + 2] in ("、", "，", ",") and _transliterated(text[p:e]):
            return e + 1  # 、那顺孟和、: 和 ends a Mongolian name before a separator, no conjunction
        if text[p - 1 : p] == "、" and e > p and text[e : e + 1] in ("的", "说") and (e2 := _translit_run(text, e + 1, hi, 8)) > e + 1 \
                and e2 - p <= 5 and (e2 >= hi or text[e2] in _ITEM_END or text.startswith(self.name_followers, e2)):
            return e2  # 、阿的拉哈在…, 、阿说拉哈、: a Yi name of a list holds 的 or 说
        while e - p >= 3:
            if (e >= hi or text[e] in _ITEM_END or text[e] in " \u3000）)" or text.startswith(self.name_followers, e)) \
                    and _transliterated(text[p:e]) and text[p:e] not in NON_NAMES:  # (…or a space in a spaced run, or
                # the bracket that closes a byline: （记者 孟某、其木格）)
                return e
            e -= 1
        return None

    def _list_name_before(self, text: str, p: int, lo: int, taken: set[int]) -> tuple[int, int, int] | None:
        """(start, end, chain start) of a name joined by 、/和/及/与 right before position p, itself at the start
        of a clause, after a title chain or after another list separator."""
        sep = next((x for x in ("以及", "、", "和", "及", "与") if text.startswith(x, p - len(x))), None)
        if sep is None:
            return None
        e = p - len(sep)
        for length in (3, 2, 4):
            s = e - length
            if s < lo or s in taken or e - 1 in taken:
                continue
            if e not in self.name_ends(text, s, e + 1 if e < len(text) else e, -6.5) or text[s : s + 2] in self.places:
                continue  # (not a place's name before a body's 和: 江苏盛和纺织集团 holds no 江苏盛)
            chain = self.title_chain(text, s, lo)
            before = text[s - 1] if s > lo else "。"
            left = text[max(lo, s - 6) : s]
            if chain or before in "，。；：:,;、\n （(" or left.endswith(self.group_labels) or \
                    left.endswith(self.descriptor_labels):  # 负责人A、B作表态发言: the list's verb licenses A too
                return s, e, chain[0][1] if chain else s
        return None

    def _list_item(self, text: str, p: int, hi: int, titled: bool = False) -> int | None:
        """A 2–3 character item of a name list (4 with a two-character surname), ending at the next 、/，/等 or the list's verb. After a shared
        title chain (副主席A、B、孙同川，…) the item may hold characters a name rarely does."""
        barred = NOT_IN_LISTED_NAME if titled else NOT_IN_NAME
        # (after 、 a 和 is a surname, never the conjunction: 、和丽芬、)
        sur = text[p] in self.surnames_1 or text[p : p + 2] in self.surnames_2 \
            or (text[p] in TITLED_RARE_SURNAMES and text[p - 1 : p] == "、" and not body_at(text, p)
                and text[p + 3 : p + 4] not in ("和", "与"))  # (、区住房|和城乡建设局…: a body's name, no 区 surname)
        for length in (2, 3, 4) if text[p : p + 2] in self.surnames_2 else (2, 3):
            e = p + length
            # (a word that reads as a name between two 、 of a titled list is a member: 周丽华、高峰、向前、罗振邦)
            # (…or last, before the list's verb: 副主任A、B、白杨分别主持)
            between = titled and text[p - 1 : p] == "、" and length == 2 and (
                text[e : e + 1] == "、" or text[e : e + 1] not in "与和及同并" and text.startswith(self.name_followers, e))
            if e <= hi and sur and \
                    _is_cjk(text[p]) and all(_is_cjk(c) and c not in barred for c in text[p + 1 : e]) and \
                    (not titled or between or text[p:e] not in self.common_words) and \
                    (titled or self._plausible(text[p:e]) > -10.0) and \
                    (text[p:e] not in NON_NAMES or text[e : e + 1] == "、" and (between or self._plausible(text[p:e]) > -5.0)) and \
                    (between or text[p:e] not in self.places) and not text[p:e].endswith(BODY_ENDS) and text[p:e] not in self.label_set and \
                    (text[e - 1] not in NOT_NAME_END or between or text[p + 1 : e] in self.word_given_names) and \
                    not self._starts_title(text, e) and not self._head_straddles(text, p, e) and \
                    text[e - 2 : e] not in self.kin_words and not runs_into_work(text, e) and \
                    (e == hi or text[e] in "、，,等（(" or text.startswith(self.name_followers, e)):
                return e
        # (…and a minority name of four between two 、 of a titled list: 副主席A、仁青东珠、B)
        e = p + 4
        if titled and text[p - 1 : p] == "、" and text[e : e + 1] == "、" and all(_is_cjk(c) and c not in barred for c in text[p:e]) \
                and not self.head_re.search(text, p, e) and text[p:e] not in self.common_words and text[p:e] not in self.places \
                and not text[p:e].endswith(BODY_ENDS) and text[p:e] not in self.label_set and text[p:e] not in NON_NAMES \
                and text[p + 2 : e] not in self.common_words:
            return e
        return None

    def _ends_longer_title(self, text: str, p: int, lo: int, hi: int, own: list[tuple[str, int, int]]) -> bool:
        """The character at p ends a longer title than the chain before it (理事 + 长 = 理事长), and a name can
        start after it: …合作社理事长多吉 is 多吉, not 长多吉."""
        if p + 1 >= hi or text[p] not in self.heads_by_last or not (longer := self.title_chain(text, p + 1, lo)) \
                or longer[-1][2] != p + 1 or longer[-1][1] > own[-1][1]:
            return False  # (most characters end no head: the chain after them is not read)

        def head_of(title: str) -> str:
            return max((h for h in self.heads_by_last[title[-1]] if title.endswith(h)), key=len)
        # (the longer head holds the shorter: 理事|长 → 理事长; not 书记|者 → 记者, a head of its own)
        head, longer_head = head_of(own[-1][0]), head_of(longer[-1][0])
        return p + 1 - len(longer_head) <= p - len(head) and bool(
            self._transliterated_end(text, p + 1, hi) or self.name_ends(text, p + 1, hi, TITLED_PLAUSIBLE))

    def _head_straddles(self, text: str, p: int, e: int) -> bool:
        """A title head starts inside the item and runs past its end: 、党办主|任季某 is 党办 + 主任, no name."""
        return any(text[k] in self.head_first and (h := self.head_re.match(text, k)) and h.end() > e for k in range(p + 1, e))

    def _licensed_by_structure(self, text: str, p: int, lo: int, hi: int, chain: list[tuple[str, int, int]]) -> list[int]:
        """Ends of a full name the statistics doubt that the structure around it licenses (no word, no byline word
        after it: 名单、, 经研究，, 主席台前排就座, 主席还将出席, 记者提问时表示 are no names):
        a byline name closed by the byline's bracket (（记者 后成龙）) or by page clutter (文/王某　审核：…); a name between a title and a role verb or a
        list's comma (县委书记那国强主持); 和 inside the given name before the role verb (副局长张和平参加)."""
        if self._is_byline(text, p, lo, chain):
            ends = [x for x in self.name_ends(text, p, hi, STRUCTURE_PLAUSIBLE)
                    if (text[x : x + 1] in "）)" or text[x : x + 1] in " \u3000" and text.startswith(CLUTTER_LABELS, x + 1))
                    and x - p >= 3 and text[p + 1 : x] not in self.common_words]
            # (…or two transliteration characters closed by the byline's space or bracket: （记者 央金 通讯员 李某）)
            x = p + 2
            if not ends and x < hi and all(c in TRANSLIT for c in text[p:x]) and text[p:x] not in self.common_words \
                    and (text[x] in "）)" or text[x] in " \u3000" and text.startswith((*CLUTTER_LABELS, *BYLINE_TITLES), x + 1)):
                ends = [x]
            return ends
        if not chain:
            return []
        ends = [x for x in self.name_ends(text, p, hi, STRUCTURE_PLAUSIBLE)
                if (text.startswith(self.role_words, x) or text[x : x + 1] in "、，,") and x - p >= 3
                and text[p:x] not in self.common_words and text[p + 1 : x] not in self.common_words]
        if not ends and text[p + 1 : p + 2] == "和" and p + 3 < hi and _is_cjk(text[p + 2]) \
                and text[p + 2] not in NOT_IN_NAME and text.startswith(self.role_words, p + 3) \
                and text[p : p + 3] not in self.common_words:
            return [p + 3]
        return ends

    @staticmethod
    def _next_byline(text: str, title: tuple[str, int, int], by_end: dict[int, Mention],
                     found: dict[str, _PersonAcc]) -> tuple[str, int, int] | None:
        """The byline word that ends a title chain right after a byline name (记者A|通讯员): the next name's own."""
        for word in BYLINE_TITLES:
            start = title[2] - len(word)
            if start > title[1] and text.startswith(word, start) and (m := by_end.get(start)) and any(
                    t[0].endswith(BYLINE_TITLES) for t in found[text[m.start : m.end]].titles):
                return word, start, title[2]
        return None

    def _is_byline(self, text: str, p: int, lo: int, chain: list[tuple[str, int, int]]) -> bool:
        if chain:
            return chain[-1][0].endswith(BYLINE_TITLES)
        before = text[max(lo, p - 8) : p].rstrip(_LABEL_SEPS)
        return before.endswith(BYLINE_LABELS) and text[p - 1] in _LABEL_SEPS

    def _left_licensed(self, text: str, p: int, lo: int) -> bool:
        before = text[max(lo, p - 8) : p].rstrip(_LABEL_SEPS)
        if before.endswith(self.group_labels):
            # (a bare 领导 after a verb or 的 is leadership, no label: 改进领导方式, 党的领导; 市委领导X is one)
            return not before.endswith("领导") or before.endswith(tuple(g for g in self.group_labels if g != "领导")) \
                or len(before) < 3 or not _is_cjk(before[-3]) or before[-3] in _BODY_CHARS
        window = text[max(lo, p - 30) : p]
        if _OTHER_GROUP.search(window):
            return True
        if self._after_roster_label(text, p, lo):
            return True  # 出席座谈会的党外人士还有A、B和C
        if any(before.endswith(lbl) for lbl in CLUTTER_LABELS):
            return False
        if text[p - 1] in "/｜|" and self._is_byline(text, p, lo, []):
            return True  # （文/王某: the author's slash
        return bool(any(before.endswith(lbl) for lbl in self.field_labels) and text[p - 1] in _LABEL_SEPS)

    def _reads_without_first(self, text: str, p: int, e: int) -> bool:
        """A three-character candidate reads far better without its first character (向|雷锋, 同|泽曼)."""
        return e - p == 3 and self._plausible(text[p + 1 : e]) > self._plausible(text[p:e]) + 2.5

    def _prefix_and_head(self, title: str) -> tuple[str, str | None]:
        """The title's longest head and what stands before it (全国政协|主席)."""
        head = next((h for h in self.heads_longest_first if title.endswith(h)), None)
        return (title[: -len(head)] if head else ""), head

    def _title_after_a_name(self, title: str) -> bool:
        """A title whose prefix is no body and no place (…推进习近平|主席): it follows a name, not an organisation."""
        prefix, _ = self._prefix_and_head(title)
        return len(prefix) >= 2 and not prefix.endswith(ORG_SUFFIXES) and prefix not in self.places \
            and not known_place_suffix(prefix) and prefix[-1] not in "副正常务代" \
            and any(prefix[-n] in self.surnames_1 and prefix[-n:] not in self.common_words
                    and prefix[-n:] not in NON_NAMES and self._plausible(prefix[-n:]) > -9.0
                    for n in (3, 2) if len(prefix) >= n)

    def _names_its_holder(self, title: str) -> bool:
        """The title is written after its holder's surname (维护习主席|权威, 温书记|指出): a lone surname right before
        the head, so the title is that person's and licenses no name after it."""
        prefix, head = self._prefix_and_head(title)
        return head in self.after_heads and len(prefix) == 1 and prefix in self.surnames_1 \
            and prefix not in _NO_SURNAME_BEFORE_HEAD

    @staticmethod
    def _holds_found_name(text: str, start: int, end: int, taken: set[int], found: dict) -> bool:
        """A found name inside text[start:end]: taken there, or another mention of a name found before."""
        if not taken.isdisjoint(range(start, end)):
            return True
        return any(text[i - n : i] in found for i in range(start + 2, end + 1) for n in (2, 3, 4) if i - n >= start)

    def _after_roster_label(self, text: str, p: int, lo: int) -> bool:
        """p follows a roster's label (出席会议的有：), also on the label's next lines of names."""
        if p == lo:  # a line of its own: back over earlier lines of spaced names to the label's line
            q = p
            while q > 0 and text[q - 1] == "\n":
                line_start = text.rfind("\n", 0, q - 1) + 1
                if not _NAMES_LINE.fullmatch(text, line_start, q - 1):
                    end = q - 1
                    while end > line_start and text[end - 1] in " \u3000":
                        end -= 1
                    if (m := self.roster_label.search(text, max(line_start, end - 30), end)) and m.end() == end:
                        return True
                    # (the label opens the line before, its names follow it: 出  席：A  B  C\nD  E)
                    m = self.roster_label.search(text, line_start, min(end, line_start + 30))
                    return bool(m and _NAMES_LINE.fullmatch(text, m.end() + len(text[m.end():end]) - len(
                        text[m.end():end].lstrip(" \u3000")), end))
                q = line_start
            return False
        window = text[max(lo, p - 30) : p].rstrip()
        return bool((m := self.roster_label.search(window)) and m.end() == len(window))

    def _clause_start_name(self, text: str, p: int, e: int, lo: int, hi: int) -> bool:
        """A name at a clause start needs a role word after it and the trained stats to agree."""
        prev = text[p - 1] if p > lo else "。"
        rest = text[e : e + 16]  # (新时代中国特色社会主义经济思想: fifteen characters)
        # (…思想 after a name: 习近平强军思想; not 党的强军思想, where the "name" is the thought's own word)
        # (a bare 思想 only at a clause start or after a function word: 以邓小平理论, not 习近平|强军思想)
        strong_title = rest.startswith(("总书记", "总理", "委员长", "同志", "副总理", "副委员长")) \
            or bool(self.member_after.match(text, e)) or bool(
            prev != "的" and re.match(r"(?:新时代中国特色社会主义(?:经济|外交|强军|生态文明|文化|法治)?|法治|经济|外交|强军|生态文明|文化)思想", rest)
            or (prev in _CLAUSE_OPENERS or prev in "以和与及是把对在按照"
                or text[p:e] not in self.common_words and self._plausible(text[p:e]) > -4.0)
            and re.match(r"(?:思想|理论)(?=[、，。,和]|伟大旗帜|为指导)", rest))  # (高举邓小平理论伟大旗帜)
        # a title right after the name (王明常委, 李华副主席): as good as a verb
        # (…or a member's title closing a list item: ，施家豪委员，)
        member_item = prev in "，,、" and _MEMBER_ITEM.match(text, e) is not None
        after_title = strong_title or member_item or bool(self._titles_after(text, e, hi))
        # 以及A、B等, 由A、B主持: a list of names after a conjunction or the agent's 由
        heads_list = prev in "和与及的由" and text.startswith("、", e) and self._list_follows(text, e, hi)
        # 会议由X主持 / 由X、Y共同主持: the agent of presiding
        agent = prev == "由" and bool(self.presided_by.match(text, e, min(hi, e + 40)))
        heard = text.endswith(("听取了", "听取"), lo, p)  # 会议听取了X作的…汇报: the object of 听取 opens a clause
        # a time (12月3日张某主持…) or a caption (图为张某（左二）…) before the name opens its clause too
        opens = prev in _CLAUSE_OPENERS or bool(_TIME_OR_CAPTION.search(text, max(lo, p - 4), p))
        # (…and so does the partner of a joint act: 李某与王某共同出席; and a name that owns an instruction or a
        # message, wherever it stands: 宣读了习近平重要指示和李某批示)
        owns = rest.startswith(self.leader_words)
        opens = opens or owns or prev in "与同和" and rest.startswith(_TOGETHER)
        joint = _JOINT.match(rest) is not None  # (李某与王某共同出席: the first of the pair)
        if text[p + 1 : e] in self.table_words:
            return False  # 曾|表示, 于|出席: a surname-like word before a verb of the table is no name
        # (a body's name before a name with its title after it: 清华大学X教授, 某某集团X董事长)
        if not opens and not (heard or strong_title or heads_list or agent or after_title and (
                prev in "和与及同对向把了的好是在" or (text.endswith(BODY_NAME_ENDS, lo, p) or prev in "院局厅所委部")
                and text[p:e] not in self.common_words)):  # (not …联合会|荣誉|主席)
            return False
        before = text[max(0, p - 6) : p].rstrip(" :：")
        if any(before.endswith(lbl) for lbl in CLUTTER_LABELS):
            return False
        # 张某（左二）在会上讲话: the photo's position note; 鄢某（藏族）先后发言: a short note
        note = _POSITION_NOTE.match(text, e) or _NOTE.match(text, e)
        rest = text[note.end() if note else e : (note.end() if note else e) + 14]
        strong = rest.startswith(self.clause_start_followers) or bool(note and rest.startswith(("在", *self.role_words)))
        if not strong and note is None and (unit := _unit_note(text, e, self.title_heads)):
            # (…or past the member's unit: 马某（县绿源农业开发有限公司）、兰某（…）分别发言)
            strong = text.startswith((*self.clause_start_followers, "在", *self.role_words), unit.end())
        strong = strong or owns or joint or strong_title or e >= hi or rest.startswith(self.strong_heads) or after_title \
            or rest.startswith(BYLINE_AFTER) or self._is_byline(text, p, lo, []) or bool(self.spaced_run.match(text, p, hi)) \
            or prev in "（(" and bool(_PAREN_AUTHORS.match(text, p)) \
            or bool(self.topic_then_speaks.match(text, e, hi))
        # (a presiding or attending verb right after the name is as strong as a title: 古继堂主持召开…)
        # (…and so is 等 closing a roster before its verb: A、B等参加会议)
        # (not 习近平等党和国家领导人与出席会议的…: 等 and another clause's verb)
        close = rest.startswith("等") and self.roster_close.match(text, note.end() if note else e, hi)
        # (…and so is a strong title head right after the name, closed by a list's 、 or a clause's word:
        # 习近平主席、李克强总理; not 习近平主席特别代表…: a title that names him)
        threshold = -9.0 if strong_title or owns else -8.0 if agent or rest.startswith(self.role_lead) \
            or self.located_lead.match(text, note.end() if note else e, hi) \
            or self.closed_head.match(text, note.end() if note else e) or close and not re.search(
            "[与和的]", close.group()) else (
            -6.5 if rest[:1] != "、" or self._list_follows(text, e, hi) else -4.0)
        # (a transliterated name of four or more has no name statistics: 贡保扎西常委建议)
        return strong and (self._plausible(text[p:e]) > threshold
                           or strong_title and e - p >= 4 and _transliterated(text[p:e]))

    def _after_list_name(self, text: str, sep: int, lo: int, taken: set[int]) -> bool:
        """The 、 at `sep` follows a name: a found one or one that could be (past a note or 同志: 孙丽（女）、)."""
        if note := _NOTE_BEFORE.search(text, max(lo, sep - 8), sep):
            sep = note.start()
        if text.startswith("同志", sep - 2):
            sep -= 2
        return sep - 1 in taken or self._name_like_item(text, sep, lo)

    def _name_like_item(self, text: str, end: int, lo: int) -> bool:
        """The 、-list item ending at `end` could be a name: two to four characters from a surname, no common word,
        place or phrase of the table."""
        k = end
        while k > lo and _is_cjk(text[k - 1]) and end - k <= 4:
            k -= 1
        item = text[k:end]
        whole = 2 <= len(item) <= 4 and (k == lo or not _is_cjk(text[k - 1]))
        # (or the item's end reads well as a name: 陪同考察的王沪宁、汪洋、栗战书)
        return (whole or any(self._plausible(text[end - n : end]) > -5.0 for n in (2, 3) if end - n >= k)) \
            and (item[0] in self.all_surnames or item[:2] in self.surnames_2 or not whole) \
            and item not in self.common_words and item not in self.places and item not in self.table_words \
            and item not in NON_NAMES

    def _starts_title(self, text: str, i: int) -> bool:
        """A title or an organisation continues at i: the name candidate before it is really a prefix."""
        return text.startswith(ORG_SUFFIXES, i) or self.continues_title.match(text, i) is not None

    def _roster_goes_on(self, text: str, e: int, hi: int) -> bool:
        """After a described name: the roster's close (等…发言, 先后发言, 出席), a topic (等围绕…, ，围绕…: the
        roster speaks on it), or a comma and the next member's descriptor (，无党派人士代表B)."""
        return bool(self.roster_close.match(text, e, hi)
                    or self.topic_opener.match(text, e + (text[e : e + 1] in "等，,"), hi)
                    or self.next_described.match(text, e, hi)
                    # (…or 和 and the roster's last name before its close: 无党派人士代表A和B先后发言)
                    or text.startswith("和", e) and any(self.roster_close.match(text, x, hi)
                                                       for x in self.name_ends(text, e + 1, hi, -6.5)))

    def _list_follows(self, text: str, e: int, hi: int) -> bool:
        """After "X、" comes another plausible name: X heads a list of names (张强、刘登才、…), closed by a separator,
        a role word, or a topic the list speaks on (…、覃丽结合…, …、覃丽就…)."""
        ends = self.name_ends(text, e + 1, hi, -6.5) or [t for t in [self._transliterated_item(text, e + 1, hi)] if t]
        if not ends:
            return False
        k = ends[0]
        if k < hi and (note := _NOTE.match(text, k) or _unit_note(text, k, self.title_heads)):
            k = note.end()  # (…、兰某（女）、, …、兰某（县某某有限公司）分别发言: the member's note first)
        return (k >= hi or text[k] in "、，,等为" or text.startswith(self.role_words, k)  # (…、B为发展对象人选)
                or text.startswith(self.described_followers, k)  # (…、欧阳蔚通过视频连线发言)
                or bool(self.topic_opener.match(text, k, hi)))

    def _titles_after(self, text: str, e: int, hi: int) -> list[tuple[str, int, int]]:
        """A title written right after the name (习近平总书记, 赵革书记), or in brackets after it (张某（县委书记）)."""
        m = self.after_re.match(text, e, min(hi, e + 6)) or self.member_after.match(text, e, hi) \
            or _MEMBER_ITEM.match(text, e, hi) \
            or self.weak_head_after.match(text, e, hi)  # (X教授、Y研究员先后发言)
        if m:
            out = [(m.group(), e, m.end())]
            # 王某副委员长兼秘书长: the post held too
            if text.startswith("兼", m.end()) and (m2 := self.after_re.match(text, m.end() + 1, min(hi, m.end() + 7))):
                out.append((m2.group(), m2.start(), m2.end()))
            return out
        if (b := _BRACKETED.match(text, e, min(hi, e + 32))) and (b.group(1).endswith(self.strong_heads) or any(
                b.group(1).endswith(h) and b.group(1)[: -len(h)].endswith(_WEAK_HEAD_BODIES) for h in self.weak_heads)):
            out, pos = [], b.start(1)
            for part in re.split(r"([、，,])", b.group(1)):
                if part.endswith(self.title_heads) and part not in "、，,":
                    lead = 1 if part.startswith("兼") and len(part) > 2 else 0  # （兼秘书长）: the post held too
                    out.append((part[lead:], pos + lead, pos + len(part)))
                pos += len(part)
            return out
        return []
