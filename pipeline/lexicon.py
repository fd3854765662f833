"""Word lists the extraction rules share, and the trained name-character statistics.

The lists describe the genre (titles, bodies, role verbs), not any report.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"

# Common single-character surnames (about 99% of the population) and compound ones.
SURNAMES_1 = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛"
    "邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝"
    "路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
    "全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕"
    "楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈"
    "晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉"
    "冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
)
# surnames that are words, or too rare for the surname list, which start a name only right after a title
# (副省长和丽英主持, 县长党建军讲话, 乡人大主席者军, 陇德文, 镇党委书记农海生, 县纪委书记矣文斌, 县政协主席杞春华,
# 县委书记滚正明, 县委常委郏建新, 副院长俄吉英, 副镇长侴海鹏, 区政协常委姒国庆; not 县长和副县长出席; not 起, a
# word's start too often: 局长起身发言)
TITLED_RARE_SURNAMES = frozenset("和党者陇贠妥区侬农矣杞滚郏俄侴姒")
SURNAMES_2 = {
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐",
    "端木", "独孤", "南宫", "西门", "呼延", "申屠", "轩辕", "钟离", "闻人", "澹台", "公冶", "宗政", "濮阳", "淳于",
    "单于", "太叔", "仲孙", "赫连", "拓跋", "万俟", "百里", "东郭", "左丘", "梁丘", "司空", "巫马", "乐正",
    "鲜于", "公羊", "亓官", "壤驷", "谷梁", "段干", "公西",
    # a married woman's two surnames, as Hong Kong writes them (林郑月娥, 陈冯富珍, 范徐丽泰)
    "林郑", "陈冯", "范徐", "叶刘", "梁刘", "梁唐", "李王", "陈方",
    # Yi (Nuosu) clan names, written in two characters before the given name (吉克阿呷, 阿苦日哈, 曲比阿依)
    "吉克", "阿苦", "曲比", "沙马", "沙玛", "马海", "吉伍", "海来", "阿说", "依火", "尔古", "俄底", "莫色", "吉狄",
    "阿牛", "瓦其", "巴莫", "罗洪", "勒格", "阿约", "吉好", "吉觉", "洛古", "补约", "阿力", "吉勒", "尔且", "阿的",
    "苏呷", "日火", "俄木", "吉木", "勒尔", "俄比", "阿吉", "俄洛", "阿鲁", "马黑", "木苦", "阿洛", "俄地",
    "阿苏", "曲木", "俄的", "阿侯", "勒古", "阿西", "吉史",
}

# the verbs of a decision on a person, right before the name (选举A为…, 任命A为…, 增选A、B为…)
DECISION_VERBS = ("决定任命", "决定免去", "选举", "当选", "任命", "推选", "增选", "补选", "递补", "增补", "聘请", "聘任")

# the title heads of a byline (记者 唐炜, 摄影 王明): the names after them are its authors
# heads of a membership, not a post: 代表/委员 after a descriptor (无党派人士代表) or before a speech (X委员发言)
MEMBER_HEADS = ("代表", "委员", "成员", "常委")
BYLINE_TITLES = ("记者", "通讯员", "特约记者", "首席记者", "实习生", "摄影", "摄")

# Words that end an organisation name: the prefix of a title ends with one of these.
ORG_SUFFIXES = tuple(sorted(
    {
        "委员会", "常委会", "人大常委会", "人大", "政协", "党委", "党组", "党工委", "纪委", "监委", "委", "政府", "人民政府",
        "办公厅", "办公室", "办", "局", "厅", "部", "院", "署", "会", "中心", "集团", "公司", "大学", "学院", "学校", "中学", "小学",
        "医院", "银行", "分行", "支行", "协会", "同盟", "党校", "联合会", "研究会", "基金会", "总工会", "工会", "团委", "妇联", "科协", "侨联", "军区",
        "国务院", "中央", "政治局", "书记处", "主席团", "党支部", "支部", "街道", "管委会", "工委", "法院", "检察院",
        "公安局", "派出所", "分局", "所", "寺", "站", "队", "社", "台", "馆", "处", "司", "科", "股", "室", "组", "实验室", "军委", "党总支", "总支", "团",
    },
    key=len,
    reverse=True,
))

# the body words of two characters or more (大学, 公司, 委员会): a name's end that no common word has
BODY_NAME_ENDS = tuple(x for x in ORG_SUFFIXES if len(x) > 1)

# countries and foreign cities (data/foreign_places.txt): read as names after a title or in a list (卢旺达, 马里,
# 日内瓦), and holding break words of a title's prefix (阿尔及利亚, 特立尼达和多巴哥)
FOREIGN_PLACES = frozenset((DATA / "foreign_places.txt").read_text(encoding="utf-8").split())

# Not person names although they start with a surname character.
NON_NAMES = {
    "王室", "候补", "候选", "高一", "高二", "高三", "初一", "初二", "初三",  # (school grades: 高一（5）班)
    "全会", "全区", "全市", "全省", "全县", "全国", "全体", "全面", "会议", "常委", "常委会", "中共", "中央", "万人", "高度",
    "同志", "同时", "区长", "市长", "县长", "省长", "镇长", "乡长", "书记", "主任", "主席", "委员", "代表", "成员",
    "文件", "文明", "方面", "方案", "安全", "安排", "关于", "关键", "党委", "党组", "党中央", "党建", "党员", "于是",
    "时间", "时代", "黄金", "高质量", "高水平", "高标准", "任务", "任何", "应当", "应急", "武装", "和谐",
    "国家", "国务院", "国际", "国内", "金融", "马上", "明确", "明年", "强化", "强调", "平安", "平台", "周年", "周边", "常务",
    "宣传", "宣读", "信息", "信心", "云南", "海南", "海淀", "海洋", "于军代", "陆续", "单位", "司法", "公安", "公司", "公共",
    "曲折", "方向", "从严", "严格", "严肃", "严重", "孙子", "连续", "都要", "齐心", "成立", "成效", "成果", "成为", "程序",
    "龙头", "牛鼻子", "白皮书", "向好", "邓小平理论", "毛泽东思想", "师生", "谈话", "施工", "施策", "凌晨", "秦岭",
    "燕山", "章程", "管理", "管党", "戴帽", "伍", "祝贺", "祁连", "甘肃", "贺信",
    "贺电", "宁夏", "解决", "解放", "解放军", "易地", "双方", "双战", "双赢", "卫生", "卫健委", "包括", "包保",
    "通报", "通过", "通知", "经济", "尚未", "尤其", "那么", "时任", "时期", "农村", "农业", "农民", "古城", "商务", "商业",
    "柴油", "车辆", "班子", "惠民生", "防风险", "保稳定", "促发展", "强基础", "补短板", "惠民", "富民", "强国", "兴业", "程度", "战略", "战斗", "战役", "水平", "计划", "计生", "容量", "都市", "来自", "来源", "谷歌", "冯",
    "许多", "许可", "拜年", "拜访", "如何", "何时", "各位", "于此", "向来", "从来", "将来", "应邀", "继续",
    "成功", "产生", "贺辞", "韩国", "美国", "英国", "法国", "德国", "泰国", "越南", "任免权", "海军", "陆军", "空军", "蒙古国",
    "火箭军",
    "连线", "苏区", "苏木", "嘎查",  # (苏区: a revolutionary base area; Inner Mongolia's township and village: 苏木党委书记, 嘎查党支部)
    "包村", "包组", "包户", "包乡", "包乡镇", "包嘎查", "包片", "包点", "包联",  # (领导包乡、干部包村: who answers for what)
} | FOREIGN_PLACES

# Words that are also given names in use (主席蓝天, 主任黎明): no name alone, a name after a title.
WORD_NAMES = frozenset({"江山", "杨柳", "梅花", "朱红", "黎明", "华夏", "蓝天", "向前"})
NON_NAMES |= WORD_NAMES

# Characters that may follow a person's name (the words that may follow it are rows of the construction table).
NAME_FOLLOW_CHARS = set("，。、；：！？,.;:!?（）()“”\"'《》 \u3000\n·—-0123456789０１２３４５６７８９/／｜|")


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


CONSTRUCTIONS_FILE = "constructions.json"


def _read_table(path: Path, what: str):
    """A knowledge table's JSON, or a ValueError naming the file."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ValueError(f"{path}: not {what}: {e}") from None


# Rows of the construction table that together make one word class of the grammar: the bare role verbs (主持,
# 出席, 参加, 列席) and the words of a speech given (讲话, 致辞, 发言). A word added to one of these rows joins every
# construction built on the class.
ATTEND_VERBS = ("join_verbs", "sit_in_verbs")
ROLE_VERBS = ("preside_verb", *ATTEND_VERBS)
SPEECH_WORDS = ("talk_words", "address_words", "floor_words")


class Constructions:
    """The construction table (data/constructions.json): role phrases, roster labels, group labels…, one row a
    kind of construction or a class of words. The people finder, the NER guard, the meetings, regions, dates and
    priorities steps build their patterns from the table they are given; the pipeline's components save it with
    the model (to_disk), as spaCy's SpanRuler saves its patterns, so a model keeps the table it was built with."""

    def __init__(self, data: dict[str, list[str]]):
        self.doc = data.get("_doc", "")
        self.about: dict[str, str] = dict(data.get("_about", {}))  # what each row is for
        self.rows = {k: _longest_first(v) for k, v in data.items() if not k.startswith("_")}

    @classmethod
    def from_file(cls, path: Path) -> Constructions:
        data = _read_table(path, "a construction table")
        if not isinstance(data, dict) or not all(isinstance(v, list) for k, v in data.items() if k[:1] != "_"):
            raise ValueError(f"{path}: a construction table maps each row name to a list of phrases")
        return cls(data)

    def to_file(self, path: Path) -> None:
        about = ",\n".join(f"    {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
                           for k, v in self.about.items())
        rows = ",\n".join(f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(list(v), ensure_ascii=False)}"
                          for k, v in self.rows.items())
        path.write_text(f"{{\n  \"_doc\": {json.dumps(self.doc, ensure_ascii=False)},\n  \"_about\": {{\n{about}\n  }},\n"
                        f"{rows}\n}}\n", encoding="utf-8")

    def completed_by(self, other: Constructions) -> Constructions:
        """This table, with the rows it lacks taken from `other` (a model saved before a row was added reads
        the shipped row)."""
        missing = [k for k in other.rows if k not in self.rows]
        if not missing:
            return self
        done = Constructions({"_doc": self.doc, "_about": {**other.about, **self.about}, **self.rows})
        done.rows.update({k: other.rows[k] for k in missing})
        return done

    def __getitem__(self, key: str) -> tuple[str, ...]:
        return self.rows[key]

    def words(self, *keys: str) -> tuple[str, ...]:
        """The phrases of one or more rows together, longest first."""
        return _longest_first(w for k in keys for w in self.rows[k])

    def alternation(self, *keys: str) -> str:
        """The phrases of one or more rows as a regex alternation (longest first)."""
        return "(?:" + "|".join(map(re.escape, self.words(*keys))) + ")"

    @cached_property
    def topic_opener(self) -> str:
        """What opens a roster's topic, as a regex: a word of the row (就, 围绕), or 从 before a frame's end
        (从社区治理、乡村振兴等各自最关心的领域，逐一发言)."""
        return ("(?:" + self.alternation("topic_openers") + r"|从(?=[^，。；]{1,60}?" + self.alternation("topic_frame_ends")
                + "))")

    @cached_property
    def speaker_roster_label(self) -> re.Pattern:
        """A label that opens a roster of speakers: 发言的有：… / 作交流发言的还有… / 发言的企业家依次是：… / a heading at a line's or
        sentence's start (交流发言：\nA\nB)"""
        return re.compile(self.alternation("speaker_roster_label")
                          + r"的[^，。；：:\n]{0,10}?(?:(?:还|另)?有|(?:依次|分别)(?:是|为))[:：]?"
                          + r"|(?:^|(?<=[\n。]))" + self.alternation("speaker_roster_label") + r"(?:人员|嘉宾|代表)?[:：]")

    @cached_property
    def roster_label(self) -> re.Pattern:
        """A label that opens a roster of attendees: 出席会议的有：… / 出席座谈会的党外人士还有… / 出席人员：…"""
        # (a note on the order may stand before the colon: …常委有（按姓氏笔画排序）：)
        return re.compile(self.alternation("roster_label") + r"[^，。；：:\n]{0,14}?的[^，。；：:\n]{0,16}?(?:还|另)?有"
                          r"(?:[（(][^（）()\n]{1,12}[）)])?[:：]?"
                          r"|" + self.alternation("roster_label", *ATTEND_VERBS) + r"(?:人员|领导|同志)?[:：]")


@lru_cache(maxsize=1)
def default_constructions() -> Constructions:
    """The table shipped in pipeline/data (what a new model is built with)."""
    return Constructions.from_file(DATA / CONSTRUCTIONS_FILE)


# The shipped table's title heads, for code that has no table of its own (scripts, a caller of org_of_title
# without one); the components read the heads of the table they were built with.
TITLE_HEADS = default_constructions()["title_heads"]  # longest first when matched
WEAK_HEADS = frozenset(default_constructions()["weak_title_heads"])


@dataclass
class NameStats:
    """Per-character log-odds of starting / continuing a personal name, learned from PFR nr tags."""

    surname: dict[str, float] = field(default_factory=dict)
    given: dict[str, float] = field(default_factory=dict)
    default_given: float = -4.0

    def given_score(self, chars: str) -> float:
        return sum(self.given.get(c, self.default_given) for c in chars) / max(1, len(chars))

    def name_score(self, name: str) -> float:
        """Log-odds that this string is a personal name (surname + given characters)."""
        sur = 2 if name[:2] in SURNAMES_2 or name[:2] in self.surname else 1
        return self.surname.get(name[:sur], -3.0 if sur == 1 else 0.0) + self.given_score(name[sur:])


NAME_STATS_FILE = "name_stats.json"


@lru_cache(maxsize=4)
def load_name_stats(path: Path | None = None) -> NameStats:
    path = path or DATA / NAME_STATS_FILE
    if not path.is_file():
        return NameStats()
    data = json.loads(path.read_text(encoding="utf-8"))
    return NameStats(surname=data["surname"], given=data["given"], default_given=data.get("default_given", -4.0))


def save_name_stats(stats: NameStats, path: Path) -> None:
    path.write_text(json.dumps({"surname": stats.surname, "given": stats.given, "default_given": stats.default_given},
                               ensure_ascii=False, sort_keys=True), encoding="utf-8")


def log_odds(k: float, n: float, prior: float = 1.0) -> float:
    return math.log((k + prior) / (n - k + prior))


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def load_common_words() -> frozenset[str]:
    """Words that are no one's name in the PFR corpus (阳光, 荣誉, 白族), built by models/build_common_words.py."""
    path = DATA / "common_words.txt"
    return frozenset(path.read_text(encoding="utf-8").split()) if path.is_file() else frozenset()


@lru_cache(maxsize=1)
def load_places() -> frozenset[str]:
    """Place names, full and short (江苏省, 江苏), built by models/build_places.py; read once (orgs asks per name)."""
    path = DATA / "places.txt"
    return frozenset(path.read_text(encoding="utf-8").split()) if path.is_file() else frozenset()


@lru_cache(maxsize=1)
def load_towns() -> frozenset[str]:
    """Towns, townships and subdistricts by full name (涌泉镇), built by models/build_places.py."""
    path = DATA / "towns.txt"
    return frozenset(path.read_text(encoding="utf-8").split()) if path.is_file() else frozenset()


def known_place_suffix(place: str, longest: int = 9) -> str | None:
    """The longest tail of `place` made of known place names (会议通过了省 → None, 北京市海淀区 → itself, 临海市涌泉镇
    with the town)."""
    places, towns = load_places(), load_towns()
    end, start = len(place), None
    while True:
        i = next((i for i in range(max(0, end - longest), end - 1) if place[i:end] in places
                  or start is None and place[i:end] in towns), None)
        if i is None:
            break
        start, end = i, i
    return place[start:] if start is not None else None


ORGANS_FILE = "organs.json"
# the level words a short form starts with (区委, 自治区政府): the report's region is that place
LEVELS = frozenset({"省", "市", "区", "县", "州", "旗", "盟", "镇", "乡", "自治区", "自治州", "自治县"})
_LEVEL_ENDS = tuple(LEVELS)
_TERM = re.compile(r"第?[一二三四五六七八九十百]+届")


class OrganTable:
    """The organ table (data/organs.json): the canonical name of each central body and of each kind of local
    body, so that every way a report writes a body (国家发改委, 区委) names one graph node. Saved with the model
    by each component that reads it (region, people, orgs), as the construction table is."""

    def __init__(self, data: dict):
        self.doc: str = data.get("_doc", "")
        self.central: dict[str, list[str]] = data.get("central", {})
        self.international: dict[str, list[str]] = data.get("international", {})
        self.local: dict[str, list[str]] = data.get("local", {})
        # every way a central body is written, longest first: a title that opens with one is a national post
        self.central_names: tuple[str, ...] = tuple(sorted(
            (alias for canon, aliases in self.central.items() for alias in (canon, *aliases)), key=len, reverse=True))
        # (an international organisation is a body a report names, of no jurisdiction: 联合国, 东盟)
        self._central = {alias: canon for table in (self.central, self.international)
                         for canon, aliases in table.items() for alias in (canon, *aliases)}
        self.body_names: tuple[str, ...] = tuple(sorted(self._central, key=len, reverse=True))
        # (before {place}, after {place}, canonical template), the longest frame first: 区委办公室 is an office
        self._templates = sorted(
            ((*alias.split("{place}"), canon) for canon, aliases in self.local.items() for alias in (canon, *aliases)
             if alias.count("{place}") == 1),
            key=lambda t: -len(t[0]) - len(t[1]))

    @cached_property
    def joined_words(self) -> frozenset[str]:
        """The two characters on each side of a 和/与/及 inside a body's name (安全和信息 of 网络安全和信息化委员会,
        发展和改革): a title's body that holds them runs on over the conjunction (共和国 aside: its own rule)."""
        names = (*self._central, *(before + after for before, after, _ in self._templates))
        return frozenset(n[m.start() - 2 : m.start() + 3] for n in names for m in re.finditer("[和与及]", n)
                         if m.start() >= 2 and n[m.start() - 1] != "共")

    @cached_property
    def central_pattern(self) -> re.Pattern:
        """Every way a central body or an international organisation is written (商务部, 国家发展改革委, 东盟),
        longest first."""
        return re.compile("|".join(map(re.escape, self.body_names)))

    @cached_property
    def local_pattern(self) -> re.Pattern:
        """A local body written by a template: a place (or a level word) between the template's frame
        (省发改委, 新疆维吾尔自治区人社厅, 中共贵州省委). The place group may start too early (会议听取了省发改委):
        callers cut it to a known place name or its level word."""
        frames: dict[str, set[str]] = {}
        for before, after, _ in self._templates:
            if after:
                frames.setdefault(before, set()).add(after)
        # (no place runs through 委: 省委省政府 is two bodies)
        alts = [re.escape(before) + r"(?P<place" + str(i) + r">(?:(?!委)[\u4e00-\u9fff]){0,12}?(?:"
                + "|".join(sorted(LEVELS, key=len, reverse=True)) + "))(?:"
                + "|".join(map(re.escape, sorted(afters, key=len, reverse=True))) + ")"
                for i, (before, afters) in enumerate(sorted(frames.items(), key=lambda kv: -len(kv[0])))]
        return re.compile("|".join(alts))

    @classmethod
    def from_file(cls, path: Path) -> OrganTable:
        data = _read_table(path, "an organ table")
        rows = [data.get(k, {} if k == "international" else None) for k in ("central", "international", "local")] \
            if isinstance(data, dict) else [None]
        if not all(isinstance(r, dict) and all(isinstance(a, list) for a in r.values()) for r in rows):
            raise ValueError(f"{path}: an organ table maps each canonical name to a list of short forms")
        if any("{place}" not in c or any(a.count("{place}") != 1 for a in v) for c, v in data["local"].items()):
            raise ValueError(f"{path}: each local name has a {{place}}, each short form one")
        return cls(data)

    def to_file(self, path: Path) -> None:
        def rows(table: dict[str, list[str]]) -> str:
            return ",\n".join(f"    {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
                              for k, v in table.items())

        path.write_text(f"{{\n  \"_doc\": {json.dumps(self.doc, ensure_ascii=False)},\n"
                        f"  \"central\": {{\n{rows(self.central)}\n  }},\n"
                        f"  \"international\": {{\n{rows(self.international)}\n  }},\n"
                        f"  \"local\": {{\n{rows(self.local)}\n  }}\n}}\n", encoding="utf-8")

    def canonical(self, name: str, region: str | None = None) -> str | None:
        """The canonical name of a body as written, None where the table does not know it.

        A term is no part of the body (十四届全国人大 → 全国人民代表大会), a party group is its body's (…党组);
        a bare level word stands for the report's region where the region is of that level (区委 in 北京市海淀区
        → 中共北京市海淀区委员会); a place that is a unit of the region gets the region's path (海淀区政府 →
        北京市海淀区人民政府).
        """
        bare = _TERM.sub("", name)
        if bare.endswith("党组") and (body := self.canonical(bare[:-2], region)):  # a body's party group
            return body + "党组"
        if bare in self._central:
            return self._central[bare]
        for before, after, canon in self._templates:
            if len(bare) > len(before) + len(after) and bare.startswith(before) and bare.endswith(after):
                place = _place(bare[len(before):len(bare) - len(after)], region)
                if place:
                    return canon.replace("{place}", place)
        return None


def _place(written: str, region: str | None) -> str | None:
    """The place of a local body: a level word resolved against the region, or a known place name."""
    local = region if region and region != "中国" else None
    if len(written) > 1 and written[0] in "和与及" and written[1:] in LEVELS:  # 县委和县政府: a conjunction, not 和县
        written = written[1:]
    if written in LEVELS:
        if local and (local.endswith(written) or (written == "省" and local.endswith("自治区"))):
            return local
        return None
    if not written.endswith(_LEVEL_ENDS) or known_place_suffix(written, longest=16) != written:
        return None
    # 海淀区 in a 北京市海淀区 report is that unit: the region's path down to it
    i = local.find(written) if local else -1
    if i == 0 or (i > 0 and local[i - 1] in "省市区县州旗盟"):
        return local[:i + len(written)]
    return written


@lru_cache(maxsize=1)
def default_organs() -> OrganTable:
    """The table shipped in pipeline/data (what a new model is built with)."""
    return OrganTable.from_file(DATA / ORGANS_FILE)
