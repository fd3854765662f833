"""Organisations: the organisation part of titles, standalone mentions of bodies, and full names.

Names are kept as written (longest span); `full_name` is the body's canonical name from the organ table
(data/organs.json): 国家发改委 → 国家发展和改革委员会, and a local short form with the report's region
(区委 in a 北京市海淀区 report → 中共北京市海淀区委员会), so that the graph keeps one node per body.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache

from huiyi.pipeline.lexicon import (
    BYLINE_TITLES,
    ORG_SUFFIXES,
    TITLE_HEADS,
    OrganTable,
    default_constructions,
    default_organs,
    known_place_suffix,
    load_places,
)
from huiyi.pipeline.records import Organization, Person
from huiyi.pipeline.text import Sentences, occurrences

_NUM = "一二三四五六七八九十"
# (a place never runs through 中共/共产党: "召开中国共产党阜城县…" is the party committee's name, not a place; nor
# through 委: 省委省政府 is two bodies)
_PLACE = r"(?:(?!中共|共产党|委)[\u4e00-\u9fff]){2,9}?(?:省|市|区|县|镇|乡|自治区|自治州|州|盟|旗|街道)"
# (a place after 中共 or 政协 may be one character and its level word: 中国共产党莒县第十四届委员会)
_PLACE_NAMED = _PLACE.replace("{2,9}", "{1,9}")
_ORDINAL = rf"(?:第?[{_NUM}]+届)"
_BODY = (r"(?:人民代表大会常务委员会|人大常委会|人民代表大会|人大|政协常委会|政协|委员会|人民政府|政府|委常委会|党委|"
         r"党工委|纪律检查委员会|监察委员会|纪委监委|纪委|监委|委|人民法院|法院|人民检察院|检察院|人武部|统战部|组织部|宣传部|政法委)")
_ORG_RE = re.compile(
    # national bodies
    rf"(?:(?<!新|每|上|下|本){_ORDINAL})?(?:中共中央政治局常务委员会|中共中央政治局常委会|中共中央政治局|中共中央书记处|中共中央|党中央|"
    rf"中央政治局常委会|中央政治局|中央军委|中央委员会|国务院(?:党组)?(?!常务会议|全体会议)|全国人大常委会|全国人大|"
    rf"全国人民代表大会(?:常务委员会)?|全国政协(?:{_ORDINAL}(?:常委会|常务委员会))?|"
    # 中国共产党第二十届中央委员会: the party's central committee with its term
    rf"(?:中国共产党|中共){_ORDINAL}中央委员会|"
    rf"政协第?[{_NUM}]+届全国委员会(?:常务委员会)?|政协全国委员会|"
    # 中国人民政治协商会议重庆市渝中区第十五届委员会 / …第十届玉屏侗族自治县委员会: one body with its place and term
    rf"中国人民政治协商会议(?:(?:{_PLACE})?{_ORDINAL}?(?:[\u4e00-\u9fff]{{2,10}}?(?:自治县|自治州|县|市|区|旗))?委员会"
    rf"(?:常务委员会)?)?|"
    rf"最高人民法院|最高人民检察院|中国科学院|中国工程院|全国工商联|"
    # the armed forces and the corps (解放军、武警部队和有关部门), not the army's paper (解放军报)
    rf"中国人民解放军|解放军(?!报)|中国人民武装警察部队|武警部队|新疆生产建设兵团)"
    # party committees: 中国共产党北京市海淀区第十二届委员会, 中共临河区第十四届委员会
    rf"|(?:中国共产党|中共)(?P<p1>{_PLACE_NAMED}){_ORDINAL}?(?:纪律检查)?委员会"
    # 政协第十届河南省委员会, 政协唐山市开平区第十届委员会
    rf"|政协(?:第)?[{_NUM}]+届(?P<p2>{_PLACE_NAMED})委员会(?:常务委员会)?"
    rf"|政协(?P<p4>{_PLACE_NAMED}){_ORDINAL}委员会(?:常务委员会)?"
    # local organs: 海淀区第十五届人大常委会, 区政协, 县委办公室, 市委统战部
    # (not the meeting of a post's holders: 全国组织部长会议)
    rf"|(?:(?P<p3>{_PLACE})|{_ORDINAL}?(?:[省市区县镇乡]|街道)|全国|中央(?!人大|政协|政府)){_ORDINAL}?{_BODY}(?!长会议|长座谈会)"
    # (a congress or CPPCC with its term after it: 市政协第七届委员会, 市政协十三届常务委员会)
    rf"(?:(?<=政协|人大){_ORDINAL}(?:常务委员会|委员会))?(?:办公室|办公厅|常委会|(?<=委员会)常务委员会|党组"
    # (区政府办、区政协办: the office written short, before a separator or its people)
    r"|办(?=[、，,和及与]|主任|负责|主要|有关))?"
    # a body with its term and no level word: 十届政协, 十一届党委常委会
    rf"|(?<!新|每|上|下|本){_ORDINAL}(?:政协|人大|党委|党工委)(?:常委会)?"
    # 各民主党派、工商联、无党派人士: the federation named alone as an item of the united front's list
    r"|(?<=[、，,和及])工商联(?=[、，,和及])"
    # the secretariat in the national leaders' posts (政治局委员、书记处书记)
    r"|(?<=、)书记处(?=书记)"
    # a body's own party committee or discipline commission: 机关党委, 局机关党委, 管委会机关纪委
    r"|(?:(?<=[、，,。；：:（(“\n 在和与及])|^)(?:[局委厅院部办]|管委会)?机关(?:党委|纪委|党总支|工委)"
)
# (…or a place's delegation of its leaders on a visit: 上海市党政代表团, 上海市对口支援考察团)
_DELEGATION = re.compile(r"([\u4e00-\u9fff]{2,10}?)((?:党政|对口支援|对口帮扶|经贸|友好)?(?:代表团|考察团))")
# bodies of a congress session or standing committee: 区十六届人大一次会议主席团, 大会秘书处, 主席团, 议案审查委员会,
# 全国人大常委会代表资格审查委员会
# (十四届全国人大二次会议主席团: the term before the nation too; 政协第十三届全国委员会第四次会议提案审查委员会)
_CONGRESS = (rf"(?:{_ORDINAL}?(?:[省市区县]|全国)?{_ORDINAL}?(?:人大|政协)(?:常委会)?"
             rf"|政协{_ORDINAL}(?:全国|{_PLACE_NAMED})委员会|政协(?:全国|{_PLACE_NAMED}){_ORDINAL}委员会)")
_SESSION_BODY = re.compile(
    rf"(?:{_CONGRESS}{_ORDINAL}?(?:第?[{_NUM}]+次会议)?|大会)(?:主席团|秘书处)"
    # (…or the presidium named alone, opening a sentence or after 由: 大会由主席团主持, 。主席团向大会推荐了…; not
    # a rule quoted: …规定，主席团主持全国人民代表大会会议)
    r"|(?:(?<=[。；;\n由])|^)主席团(?![\u4e00-\u9fff]{0,2}(?:成员|委员))"
    rf"|(?:{_CONGRESS}{_ORDINAL}?(?:第?[{_NUM}]+次会议)?)?(?:(?:代表资格|议案|提案|国民经济和社会发展计划和财政预算|国民经济社会发展计划和财政预算)"
    r"审查委员会|提案委员会)")
# a named institution standing alone in a list or after a preposition: 北京航空航天大学、中国电子科技集团
_NAME_CHAR = r"(?:(?![的了不在是和与及就对为从用并等各这那其任何要将把由赴到向])[\u4e00-\u9fff])"
_INSTITUTION = re.compile(r"(?:(?<=[、，,。；：:（(“\n 在和与及])|^)(?:来自)?"
                          r"(?!" + default_constructions().alternation("institution_not_openers") + r"|[上下]半年|[全今去明当]年)"
                          rf"({_NAME_CHAR}{{2,12}}?(?:大学|学院|集团(?:股份)?(?:有限(?:责任)?)?(?:公司)?"
                          r"|(?:股份)?(?:有限(?:责任)?)?公司|交易所|研究院|研究所"
                          # (a bank with its branch: 中国工商银行股份有限公司新疆维吾尔自治区分行, 工行赣州分行)
                          rf"|银行(?:股份有限公司)?(?:{_NAME_CHAR}{{2,10}}?(?:分行|支行))?|(?:分行|支行)(?![为政])|"
                          r"(?<!中)(?<!大)(?:中|小)学|学校|幼儿园"
                          r"|(?:行业)?协会|(?<!协)商会|实验室"
                          # (farmers' cooperatives, a consulate: 某某果菜专业合作社, 美国驻广州总领事馆)
                          r"|(?:专业|经济)合作社(?:联合社)?|总领事馆|领事馆|大使馆"
                          # (a village's or a unit's party branch: 控拜村党支部, 八路车队党支部)
                          r"|(?<=[村区科室队级所庭部局院心厂站])(?:第[一二三四五六七八九十]+)?党(?:总)?支部))"
                          # (…nor a law's or a rule's name: 商业银行法, 关于修改公司法)
                          r"(?![\u4e00-\u9fff]{0,2}(?:长|书记|主任)|法|条例)")
# the armed forces' local commands and the people's armed police by place: 凉山军分区, 广州警备区, 南部战区,
# 武警湖北省总队, 广东省国防动员委员会
_MILITARY = re.compile(r"(?:(?<=[、，,。；：:（(“\n 在和与及])|^)(" + _NAME_CHAR + r"{0,8}?(?:军分区|警备区|省军区|国防动员委员会)"
                       r"|[东南西北中]部战区|武警" + _NAME_CHAR + r"{1,8}?(?:总队|支队|中队|大队))")
# kinds of institution that phrases also end in (城乡义务教育学校, 取消行业协会): named ones open on their place
_PLACED_KINDS = ("中学", "小学", "学校", "幼儿园", "协会", "商会", "实验室", "合作社", "联合社")
# (a clause or a kind: 谢某书记深入公司, 陇某代表集团, 公安部门明确负责学校, 乡镇寄宿制学校, 全国性行业协会)
_NOT_INSTITUTION = re.compile(default_constructions().alternation("institution_not_words")
                              + "|[乡镇县区市]域|[内性](?=.)|[几数多]所")


def _placed(name: str) -> bool:
    """The name opens on a place, a level word or the nation (苏州评弹学校, 市鞋革行业协会, 中国佛教协会)."""
    places = load_places()
    return name[0] in _LEVEL_CHARS or name.startswith(("中国", "中华", "全国")) \
        or any(name[:i] in places for i in range(2, min(10, len(name) - 1)))


# a working group named by the body or level that sets it up (国务院工作组, 全国人大常委会执法检查组, 区考核领导小组,
# 中央第三督导组), after a clause break: not 审议…检查组 or 成立…领导小组, where the verb opens the phrase
# (…or after the verb that sets it up: 成立县牛羊产业发展工作专班)
_GROUP = re.compile(r"(?:(?<=[、，,。；：:（(“\n 在])|(?<=成立|组建|设立)|^)(?:部分|有关|各)?"
                    rf"((?:中央|国务院|全国|中共|党中央|全?[省市区县州镇乡]|街道){_NAME_CHAR}{{0,16}}?"
                    r"(?:领导小组(?:办公室)?|工作组|调查组|检查组|督导组|指导组|巡视组|巡察组|工作专班))"
                    r"(?![\u4e00-\u9fff]{0,2}(?:长|书记|主任))")
_GROUP_CLAUSE = re.compile("派出|派|批准|决定|率|代表|立即|成立|组建|委员长|常委(?!会)|书记|主任|总理|部长|主席(?!团)")
# 中央 as an actor among the levels of government: 中央、省、市…, 中央和省委, 按照中央部署, 中央批准
_CENTRE = re.compile(r"(?<![共党])中央(?=[、和及](?:省|自治区|市|县)|(?:部署|批准|确定|决定|决策|交给|交办)(?![会委]))")
# a body name directly followed by a title word is the organisation part of that title (kept via titles)
_GENERIC = {"委员会", "政府", "人大", "政协", "党委", "委", "纪委", "法院", "检察院"}
# (大会执行主席: the session, no body; 公司董事长, 集团总经理, 兼办公室主任: a company or an office, none named)
_GENERIC_TITLE_ORG = {"委员会", "委", "大会", "公司", "集团", "办公室", "办公厅"}


_HEADS_SHORTEST_FIRST = sorted(TITLE_HEADS, key=len)
_HEAD_WORDS = tuple(TITLE_HEADS)
# the post's rank between a body and its head (…行业协会常务副会长, …有限公司高级副总裁): not part of the body
_FORMER = re.compile(r"原(?:党组|党委)?$")  # (…局原|党组书记, …局原|局长)
_HEAD_MODIFIERS = re.compile(r"(?:常务|执行|名誉|荣誉|高级|专职|驻会|[一二三四]级)?副?$")  # (…处二级调研员: a rank)


def org_of_title(title: str, heads_shortest_first: Sequence[str] | None = None) -> str | None:
    """The organisation part of a title: the title minus its head, if that names a body. The heads are the
    caller's table's, shortest first (the shipped table's without one).

    "区人大常委会主任" → "区人大常委会"; "中国科学院副院长" → "中国科学院"; "镇组织委员" → None.
    """
    # the shortest head that leaves a body: the longest organisation ("中共中央政治局常委" → 中共中央政治局 + 常委,
    # not 中共中央 + 政治局常委; "局党组书记" → 局党组)
    if title.endswith(BYLINE_TITLES):
        return None  # 新华社记者: a media tag, no organisation (SPEC)
    for head in _HEADS_SHORTEST_FIRST if heads_shortest_first is None else heads_shortest_first:
        if title.endswith(head) and len(title) > len(head):
            prefix = _HEAD_MODIFIERS.sub("", title[: -len(head)])
            if (former := _FORMER.search(prefix)) and prefix[: former.start()].endswith(ORG_SUFFIXES):
                prefix = prefix[: former.start()]  # 市住房和城乡建设局原党组书记: the body, before the former post
            # (该会副会长: a reference to a body named before, no name)
            if len(prefix) >= 2 and prefix.endswith(ORG_SUFFIXES) and not prefix.startswith("该") and prefix not in _GENERIC_TITLE_ORG:
                return prefix
    return None


def body_at(text: str, p: int) -> bool:
    """A level's body opens at p (区政协主席: no rare surname 区 after a title)."""
    return text[p : p + 1] in _LEVEL_CHARS and _ORG_RE.match(text, p, p + 12) is not None


def full_name(name: str, region: str | None, organs: OrganTable | None = None) -> str | None:
    """The canonical name of a body (organs.json): 国家发改委 → 国家发展和改革委员会, 外交部 → 中华人民共和国外交部,
    山西省发展改革委 → 山西省发展和改革委员会, and a level-prefixed short form against the report's region
    (区委 in 北京市海淀区 → 中共北京市海淀区委员会). None where the name is no known body."""
    return (organs or default_organs()).canonical(name, region) if name else None


def _trim(m: re.Match) -> tuple[str, int]:
    """The match without the words before its place name ("会议审议通过了省政协" → "省政协"), but with the 政协
    that opens a CPPCC's name.

    Only the free-standing pattern (p3) can swallow such words; 中共…/政协… names are anchored.
    """
    place = m.group("p3")
    if place is None:
        return m.group(), m.start()
    known = known_place_suffix(place)
    cut = m.start("p3") + len(place) - len(known or _level_word(place)) - m.start()
    if known and m.group().startswith("政协", cut - 2) and cut >= 2:
        cut -= 2  # 政协唐山市开平区第十届委员会: the CPPCC's name opens on 政协
    elif term := _TERM_BEFORE.search(m.group(), 0, cut):
        cut = term.start()  # 十六届县人民政府: the body's term before its level word
    return m.group()[cut:], m.start() + cut


# level words of more than one character: 自治区党委 (not 区党委), 街道党工委; and the zones governed by a working
# committee (开发区党工委, 高新区管委会: not 区党工委)
_LEVEL_WORDS = ("自治区", "自治州", "自治县", "自治旗", "街道", "开发区", "高新区", "经开区", "新区", "园区", "示范区",
                "试验区", "保税区")


def _level_word(place: str) -> str:
    """The level word a place ends in, standing for the place (the report's own): 自治区, 街道, else 省/市/县…"""
    return next((w for w in _LEVEL_WORDS if place.endswith(w)), place[-1])


_TERM_BEFORE = re.compile(rf"(?<!新|每|上|下|本){_ORDINAL}$")
# X（以下简称“Y”） / X（简称Y）: the report names X's body Y from here on
_DECLARED = re.compile(r"[（(](?:以下|下文|下)?简?称[：:]?[“\"「]?([^“”\"「」（）()，,。；、\s]{2,15})[”\"」]?[）)]")
_BEFORE_NAME = re.compile(r"[^，,。；;：:、（）()“”\"\s]{2,30}$")


def declared_names(text: str, names: Collection[str], region: str | None,
                   organs: OrganTable | None = None) -> dict[str, str]:
    """The full name each declared abbreviation stands for in this report (Y of X（以下简称“Y”）).

    X is the longest found organisation just before the bracket, else the longest body the organ table knows
    there; its canonical name, or X as written when the table does not know it. X gets that name too, so that
    X and Y are one body.
    """
    out: dict[str, str] = {}
    for m in _DECLARED.finditer(text):
        p, short = m.start(), m.group(1)
        written = max((n for n in names if len(n) <= p and text.startswith(n, p - len(n))), key=len, default=None)
        canon = (full_name(written, region, organs) or written) if written else None
        if canon is None and (before := _BEFORE_NAME.search(text, max(0, p - 30), p)):
            canon = next((c for i in range(before.start(), p - 1)
                          if (c := full_name(text[i:p], region, organs))), None)
        if canon and short != written:
            out.setdefault(short, canon)
            if written:
                out.setdefault(written, canon)
    return out


def _table_bodies(text: str, organs: OrganTable) -> list[tuple[str, tuple[int, int]]]:
    """Bodies the organ table knows, as written: central ones by any of their names, local ones by a
    template with a known place name or a level word (省发改委, 福建省发展改革委)."""
    out = [(m.group(), m.span()) for m in organs.central_pattern.finditer(text)]
    matches = list(organs.local_pattern.finditer(text))
    # (中共北京市委宣传部: the frame 中共…委 took the committee; the department, read after the party's name, runs on)
    matches += [m2 for m in matches if m.group().startswith("中共")
                and (m2 := organs.local_pattern.match(text, m.start() + 2)) and m2.end() > m.end()]
    for m in matches:
        g = next(k for k, v in m.groupdict().items() if v is not None)
        place, ps = m.group(g), m.start(g)
        # (else the level word alone, the place group having started early: 会议听取了省发改委, 要求县水利局, 自治区人社厅)
        known = known_place_suffix(place, longest=16) or _level_word(place)
        cut = ps + len(place) - len(known)
        if _every_of_level(text, cut):
            continue  # 各县财政局: every body of the level
        start = m.start() if cut == ps else cut
        if cut != ps and m.start() != ps:
            continue  # a frame before the place (中共…) that the cut place no longer follows
        if text[start - 1 : start] == "团" and text.startswith("委", cut + len(known)):
            start -= 1  # 团省委常委会: the Youth League's committee, whose place group started early
        start += _conjunction(text, start)
        out.append((text[start:m.end()], (start, m.end())))
    return out


_CONJ_BEFORE_LEVEL = re.compile(r"(?:和|与|及|会同)(?=[省市区县州镇乡])")


def _conjunction(text: str, start: int) -> int:
    """The length of a conjunction that a body's match opens on after a word (县发改委和|县委组织部, 会同|县农业农村局,
    not 和县, a county, where nothing runs before it): 0 where there is none."""
    conj = _CONJ_BEFORE_LEVEL.match(text, start)
    return conj.end() - start if conj and start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" else 0


_LEVEL_CHARS = "省市区县州旗盟镇乡"
_ANY_LEVEL = "各" + _LEVEL_CHARS  # a level word after these is every body of its level (各乡镇党委)


def _every_of_level(text: str, start: int) -> bool:
    """The body name at start opens on a level word after 各 or another level word (各县财政局, 乡镇党委)."""
    return start > 0 and text[start] in _LEVEL_CHARS and text[start - 1] in _ANY_LEVEL


# what follows a media tag: a dateline (新华社北京5月10日电), a byline (新华社记者), a source (央视网消息)
_MEDIA_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:\d{1,2}月)?\d{1,2}日电|记者|讯|消息")


_LEVEL_GOVERNMENT = "[省市区县镇乡](?:人民政府|政府)"
# an item of a list of bodies: a short name ending in a body word, a group noun after the last (…政协领导)
# (one-character body words only those no common word ends in: 部署, 学会, 厕所… are no bodies)
# (和/与 inside one, between two words of its name: 环境与资源保护委员会)
_ITEM = re.compile(r"(?P<n>(?:" + _NAME_CHAR + r"|(?<=" + _NAME_CHAR + r"{2})[和与](?=" + _NAME_CHAR + r"{3})){0,10}?(?:"
                   + "|".join(x for x in ORG_SUFFIXES if len(x) > 1 or x in "局委厅办部院科") + r"))(?<!部署|主办|承办|协办)"
                   r"(?:(?:等部门|等单位)?(?:有关|相关)?(?:主要负责同志|负责同志|负责人|领导)|等部门|等单位"
                   r"|(?=[、，,和及与以；;。]|关于|$)"
                   # (…or the last item before its heads' posts: …、农业与农村委员会主任委员、副主任委员)
                   r"|(?=副?主任|副?组长)"
                   r"|(?=" + _LEVEL_GOVERNMENT + "))")
# 、|和…, or nothing before a level's government (省委省政府, 县委县政府: two bodies)
_ITEM_SEP = re.compile(r"、|和|及|与|以及|(?=" + _LEVEL_GOVERNMENT + ")")


# the first item of a list of a level's bodies (镇应急管理办、镇派出所、镇卫生院负责人): a level word, then a body word
_LEVEL_ITEM = re.compile(r"(?:(?<=[，,。；;：:\n、])|(?<=以及)|^)(?=(?:[省市区县镇乡]|街道)" + _NAME_CHAR + r"{1,10}?(?:"
                         + "|".join(x for x in ORG_SUFFIXES if len(x) > 1 or x in "局委厅办部院所室股队科") + ")、)")


@lru_cache(maxsize=4)
def _party_committees(organs: OrganTable) -> re.Pattern:
    """A party's local committee by the party's name or short form (the organ table's central committees: 民革中央,
    中国民主同盟中央委员会): 中国民主同盟南京市第十四届委员会, 民盟南京市委常委会, 九三学社陕西省委会; the Communist
    Party's own are read by _ORG_RE."""
    parties = {n[: -len("中央委员会")] for n in organs.central_names if n.endswith("中央委员会")} | {
        n[: -len("中央")] for n in organs.central_names if n.endswith("中央") and len(n) > 3}
    parties -= {"", "中共", "中国共产党"}
    # (…and its central committee of a term: 台湾民主自治同盟第九届中央委员会, 中国民主同盟第十一届中央常务委员会)
    return re.compile("(?:" + "|".join(map(re.escape, sorted(parties, key=len, reverse=True))) + rf")(?:(?:{_PLACE_NAMED})"
                      rf"{_ORDINAL}?(?:委员会|委会|委)(?:常务委员会|常委会)?|{_ORDINAL}中央(?:常务)?委员会)")


def _listed_bodies(text: str, spans: dict[str, tuple[int, int]]) -> list[tuple[str, tuple[int, int]]]:
    """Bodies named in a 、-list beside a found one, written short as lists write them (县委、人大、政府、政协领导;
    市发改委、财政局等部门), or in a list whose items open on a level word (镇应急管理办、镇派出所、镇卫生院负责人):
    each item that ends in a body word is a body."""
    out = []
    seeds = list(spans.values())
    for m in _LEVEL_ITEM.finditer(text):
        # (not a post: 市委常委、副市长)
        if (item := _ITEM.match(text, m.start())) and not _ACTS.search(item.group("n")) \
                and not item.group("n").endswith(_HEAD_WORDS):
            out.append((item.group("n"), item.span("n")))
            seeds.append(item.span("n"))
    # a unit's own departments named bare in a list closed by their heads (医务部、护理部、人事处负责人参加会议)
    for m in _DEPARTMENT_LIST.finditer(text):
        pos = m.start(1)
        for item in m.group(1).split("、"):
            if item.startswith("来自"):  # (来自中央统战部、…的负责同志: where they come from)
                item, pos = item[2:], pos + 2
            if not _SOME.search(item) and not _ACTS.search(item):
                out.append((item, (pos, pos + len(item))))
            pos += len(item) + 1
    for _, e0 in sorted(seeds):
        e = e0
        while (sep := _ITEM_SEP.match(text, e)) and (item := _ITEM.match(text, sep.end())):
            name = item.group("n")
            if len(name) < 2 or name in _NOT_LISTED or _ACTS.search(name):
                break
            out.append((name, item.span("n")))
            e = item.end("n")
    return out


_NOT_LISTED = {"大会", "会", "全会", "委员会"}
_DEPARTMENT = r"[\u4e00-\u9fff]{1,8}?(?:办公室|中心|部|处|科|室|院|所)"
_DEPARTMENT_LIST = re.compile(r"(?:(?<=[，,。；;：:\n])|^)((?:" + _DEPARTMENT + "、)+" + _DEPARTMENT
                              + r")(?:的)?(?:主要|有关|相关)?负责(?:人|同志)")
# a body's internal unit written after it (省财政厅预算处, 省农业科学院作物研究所, 县公安局交警大队): the longest name,
# where a list separator or the unit's people (负责人, 负责同志) follow
# …and its party group, committees and study group (财政部党组, 市委全面深化改革委员会, 全国政协经济委员会,
# 市委理论学习中心组), also before the verb of what it holds or chairs (…召开, …举行; 中央纪律检查委员会常务委员会主持)
_UNIT = re.compile(r"(?:" + _NAME_CHAR + r"{1,6}?(?:(?<!实|之|到|好|益|用|难|去|长|短)处|科|所|研究中心|中心|大队|"
                   r"支队|分局|(?<![格结布大当全开残])局|派出所|(?<![公上])司|分行|支行|分公司|监管局|医院|检查组|督查组|督导组|巡视组|巡察组)|" + _NAME_CHAR + "{1,12}?(?:研究院|研究所)|"
                   r"办公室|办公厅|党组|党委(?:常委会)?|主席团|"
                   # (a unit's party branch: 机关第一党支部, 心血管内科党支部)
                   + _NAME_CHAR + r"{0,10}?(?:第[一二三四五六七八九十]+)?党(?:总)?支部|"
                   # (和 inside a committee's name: 县委网络安全和信息化委员会, 全国人大环境与资源保护委员会)
                   + _NAME_CHAR + r"(?:" + _NAME_CHAR + r"|和|与){1,9}?委员会|"
                   # (a standing committee's working committees, named long: 区人大常委会城乡建设环境保护工作委员会)
                   + _NAME_CHAR + "{4,12}?工作委员会|(?:理论学习)?中心组)"
                   r"(?=[、，,。；;和及与（(]|(?:主要|有关|相关)?(?:负责人|负责同志|同志)|第[一二三四五六七八九十]|$|"
                   # (…or its head's post: 中国人民解放军选举委员会主任、副主任名单)
                   r"副?主任(?!委员)|副?组长|关于|"
                   # (…or the study session the group holds: 区委理论学习中心组集体学习; not a meeting's name, as
                   # …中心组学习会议)
                   r"(?<=中心组)(?:[（(]扩大[）)])?(?:20\d\d年)?(?:第[一二三四五六七八九十\d]+次)?(?:集体|专题|集中)?学习(?!会)|"
                   r"(?:(?:\d{1,2}月)?\d{1,2}日|日前|近日)?(?:[上下]午)?"
                   + default_constructions().alternation("hold_verbs", "preside_verb") + "|开展"
                   # (…or a branch's own posts: 心血管内科党支部书记)
                   r"|(?<=支部)(?:副?书记|委员))")


def _internal_units(text: str, spans: dict[str, tuple[int, int]]) -> list[tuple[str, tuple[int, int]]]:
    """The units written after any mention of a found body (not a reference to some: 有关专门委员会)."""
    out = []
    for name in spans:
        for s, e in occurrences(text, name):
            if (u := _UNIT.match(text, e)) and not _ACTS.search(u.group()) and not _GROUP_CLAUSE.search(u.group()) \
                    and not _SOME.search(u.group()):
                out.append((name + u.group(), (s, u.end())))
            elif (u := _REGION_UNIT.match(text, e)) and name.endswith(_FIRM_SUFFIXES):
                out.append((name + u.group(), (s, u.end())))  # 强生公司中国区: a firm's unit for a region
            elif u := _TERM_UNIT.match(text, e):
                out.append((name + u.group(), (s, u.end())))  # 玉溪市总工会第七届经费审查委员会: a body of its term
    return out


_REGION_UNIT = re.compile("大中华区|中国区|亚太区")
_TERM_UNIT = re.compile(rf"第[{_NUM}]+届(?:{_NAME_CHAR}{{0,8}}?(?:委员会|主席团|理事会|执委会))(?:常务委员会)?")
_FIRM_SUFFIXES = ("公司", "集团")
_SOME = re.compile("有关|相关|各|部分|其他|(?<![建假开陈增])设|个")  # (…有关专门委员会, 全国人大设九个专门委员会: no body named)
# a list item that goes on into what the body does (党中央、国务院立足全局) is no body name
_ACTS = re.compile(default_constructions().alternation("convene") + "|听取|会见|立足|推动|推进|加快|加强|坚持|确保|深入|围绕|结合|统筹|高度|始终|着眼|部署|坚决|落实|贯彻|认真")


def _longest(text: str, spans: dict[str, tuple[int, int]], keep: set[str]) -> dict[str, tuple[int, int]]:
    """Names as the longest span (SPEC): a name found only inside longer found names (河南省委 of
    河南省委员会) is dropped; the organisation part of a title stays."""
    cover: list[tuple[int, int]] = sorted(o for n in spans for o in occurrences(text, n))
    out = {}
    for name, span in spans.items():
        if name in keep or len(spans) == 1:
            out[name] = span
            continue
        inside = all(any(a <= s and e <= b and (a, b) != (s, e) for a, b in cover[max(0, bisect.bisect_right(cover, (s, e)) - 40):
                                                                                    bisect.bisect_right(cover, (s, 10**9))])
                     for s, e in occurrences(text, name))
        if not inside:
            out[name] = span
    return out


def title_org_spans(people: Iterable[Person]) -> dict[str, tuple[int, int]]:
    """The organisation parts of the people's titles (`Title.org`, set by the people step), each at the start
    of its first title, in the people's order: the names `find_organizations` keeps as written."""
    out: dict[str, tuple[int, int]] = {}
    for person in people:
        for t in person.titles:
            if t.org:
                out.setdefault(t.org, (t.evidence.start, t.evidence.start + len(t.org)))
    return out


def find_organizations(text: str, sents: Sentences, title_orgs: dict[str, tuple[int, int]],
                       region: str | None = None, organs: OrganTable | None = None) -> list[Organization]:
    spans = dict(title_orgs)
    for m in _ORG_RE.finditer(text):
        name, start = _trim(m)
        if k := _conjunction(text, start):
            name, start = name[k:], start + k
        if name in _GENERIC or len(name) < 2 or _every_of_level(text, start):
            continue  # (各乡镇党委, 市县政府: every body of a level, none named)
        spans.setdefault(name, (start, start + len(name)))
    for m in _INSTITUTION.finditer(text):
        # (深入公司, 谢某书记深入公司, 陇某代表集团: a clause; 落实学校, 取消行业协会: a phrase, not a named one)
        # (a branch named by its place or its bank's short form: 喀什分行, 工行赣州分行; not 修改部分行…, 小微支行)
        if not _ACTS.search(m.group(1)) and not _NOT_INSTITUTION.search(m.group(1)) \
                and (not m.group(1).endswith(_PLACED_KINDS) or _placed(m.group(1))) \
                and (not m.group(1).endswith(("分行", "支行")) or "银行" in m.group(1) or m.group(1)[1] == "行"
                     or _placed(m.group(1))):
            spans.setdefault(m.group(1), m.span(1))
    for m in _party_committees(organs or default_organs()).finditer(text):
        spans.setdefault(m.group(), m.span())
    for m in _GROUP.finditer(text):
        # (not 国务院决定派出调查组, 副委员长X代表执法检查组: a clause, or a person, before the group)
        if not _ACTS.search(m.group(1)) and not _GROUP_CLAUSE.search(m.group(1)):
            spans.setdefault(m.group(1), m.span(1))
    for m in _SESSION_BODY.finditer(text):
        spans.setdefault(m.group(), m.span())
    for m in _DELEGATION.finditer(text):  # 参加广西代表团审议: a congress delegation by its place
        if place := known_place_suffix(m.group(1)):
            spans.setdefault(place + m.group(2), (m.end(1) - len(place), m.end()))
    for m in _MILITARY.finditer(text):
        if not _ACTS.search(m.group(1)) and not _SOME.search(m.group(1)):
            spans.setdefault(m.group(1), m.span(1))
    for m in _CENTRE.finditer(text):
        spans.setdefault("中央", m.span())
    for name, (s, e) in _table_bodies(text, organs or default_organs()):
        if term := _TERM_BEFORE.search(text, max(0, s - 6), s):
            name, s = text[term.start() : e], term.start()  # 十九届中央纪委: a body named with its term
        spans.setdefault(name, (s, e))
    for name, span in _listed_bodies(text, spans):
        spans.setdefault(name, span)
    for name, span in _internal_units(text, spans):
        spans.setdefault(name, span)
    for name in [n for n in spans if not n.startswith("中共") and len(n) >= 4 and (
            n.endswith(("党组", "党委")) or "委" in n and not any(w in n for w in ("政协", "人大", "政府")))]:
        # a party body written with the party's name before it (中共全国人大常委会党组, 中共安徽省委; not the state
        # body of a party group: 中共|政协第十二届全国委员会党组)
        if s := next((s for s, _ in occurrences(text, name) if text.endswith("中共", 0, s)), None):
            spans.setdefault("中共" + name, (s - 2, s + len(name)))
    spans = {n: sp for n, sp in spans.items()
             if not all(_MEDIA_AFTER.match(text, e) for _, e in occurrences(text, n))}  # (新华社北京5月10日电)
    spans = _longest(text, spans, set(title_orgs))
    declared = declared_names(text, spans, region, organs) if "称" in text else {}
    return [Organization(name=n, full_name=declared.get(n) or full_name(n, region, organs),
                         evidence=sents.evidence(s, e))
            for n, (s, e) in sorted(spans.items(), key=lambda kv: kv[1][0])]
