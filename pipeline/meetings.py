"""Meetings: name and aliases, date, who presided / reported / spoke / attended, adopted documents.

Roles are read from the verb that follows a subject: a person mention (or a
、/，-joined list of them, each with its title chain) or, for 主持, a body. Every word the patterns name comes
from the construction table (pipeline/data/constructions.json): `MeetingGrammar.build` joins the table's rows
into the patterns, and the meetings component builds its grammar from the table it was given.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from huiyi.pipeline.dates import date_mentions, date_pattern, meeting_date
from huiyi.pipeline.lexicon import (
    ATTEND_VERBS,
    BODY_NAME_ENDS,
    MEMBER_HEADS,
    ORG_SUFFIXES,
    ROLE_VERBS,
    SPEECH_WORDS,
    SURNAMES_2,
    Constructions,
    default_constructions,
    default_organs,
)
from huiyi.pipeline.people import BRACKETED, POSITION_NOTE, Mention
from huiyi.pipeline.records import Document, Meeting, Organization, Role
from huiyi.pipeline.text import Sentences, cn_to_int, occurrences

_ORDINAL_START = re.compile(r"^(?:\d|[一二三四五六七八九十]+届|第|\d{4}年度|[一二三四五六七八九十百]+次)")
# a member's note after the name, before what the member does (X（某某专业合作社）着重就…, X（女）等先后发言)
_MEMBER_NOTE = r"(?:[（(][^（）()，。；]{1,26}[）)])?"
_ASKER = re.compile(_MEMBER_NOTE + r"[\u4e00-\u9fff]{0,6}?(?:委员|代表|同志|专家)?就")
# after presiding or attending, a report by the same subject: 出席会议并作工作报告, 主持会议，并代表…作了…报告,
# 到会就…作报告
# before a name, what makes it an object (同X握手, 让X收下): no act of his own follows
_OBJECT_BEFORE = set("同与跟向让使请叫把被给对")
_AND_REPORT = re.compile(r"[^，。；]{0,40}?(?:[，,]?并|[，,])")
_BEHALF_BEFORE = re.compile(r"受([^，。；]{2,30}?)委托[，,]?$")
# studying what someone said (传达学习…, 学习…精神), not 学习 in a body's name (理论学习中心组, 学习会)
# what is studied, relayed or followed: 学习…, 传达…, 按照X讲话要求 (a speech referred to, not given here)
_STUDYING = re.compile(r"(?:(?<!理论)学习(?!中心组|会|小组|教育|强国|型)|传达|贯彻|领会|按照|遵照|依照|根据)[^，。；]*$")
# after a report, the clauses that go on with the same subject: …，对…进行了布置和安排 / …，并就…提出了要求
_THEN_SPEAKS = re.compile(r"[^。；]{0,80}?[，,](?:并|还|同时)?(?:对|就|围绕)[^，。；]{1,40}?(?:进行了?|作了?|做了?|提出了?)"
                          r"[^，。；]{0,8}?(?:部署|安排|讲解|解读|要求|强调|点评|动员)")
# …or, after a briefing, presents what comes next (李某通报了…情况，介绍了中共中央关于…的考虑; not 作了…的说明，介绍了…:
# the explanation's own content)
_THEN_PRESENTS = re.compile(r"[^。；]{0,80}?[，,](?:并|还|同时)?介绍了")


# a place or short name in brackets inside a body's name (通快（中国）有限公司, …有限公司（以下简称“蔬菜集团”）)
_BODY_NOTE = r"[（(](?:以下简称|下称|简称)?[“”\u4e00-\u9fff]{1,12}[）)]"
# a note on the order of a roster: （以姓氏笔画为序）, （按姓氏笔画排序）, （排名不分先后）
_ORDER_NOTE = r"[（(][^（）()]{0,12}?(?:为序|排序|排列|先后)[）)]"
# …主持召开会议，传达学习…精神: what the meeting studies, not a report of the presider's
_STUDIED_HERE = ("传达学习", "学习")
_SELF_EXAMINED = re.compile("对照检查|检视剖析|述职")  # a report each of a list gives of himself
_GREETS_ONE = re.compile(r"向(?:他|她)表示$")
# (…a list of posts too: 提出了国务院副总理、国务委员、各部部长…的人选)
_NOMINATES = re.compile(r"(?:向[^，。；]{1,10}?)?提出(?:了)?[^，。；]{0,80}?(?:人选|候选人|提名|名单)")
# an activity of a visit named as the object of 参加/出席 (…参加了阿勒泰慰问考察活动): not the meeting (上述活动 may be)


def _report_after(text: str, pos: int, hi: int, g: MeetingGrammar) -> tuple[int, re.Match] | None:
    """A report by the subject of a presiding or attending clause, after 并 or a topic: (offset, report match)."""
    a = _AND_REPORT.match(text, pos, hi)
    if a and text.startswith(("会上", "会议", "会中", "会后", "随后"), a.end()):
        a = None  # (…出席会议，会上宣读了…贺辞: a clause of its own, no subject's act)
    for q in (pos, a.end()) if a else (pos,):  # right after the verb (到会作报告), or after 并 / a comma
        if glue := g.glue.match(text, q, hi):
            q = glue.end()
        if (m := g.report.match(text[q:hi])) and not text.startswith(_STUDIED_HERE, q):
            return q, m
    return None


def _report_fields(mr: re.Match, text: str, s, lo: int, v: int) -> dict:
    """what and on_behalf_of of a report match: 代表…作 / 受…委托 in the verb, as glue before it, or opening the
    clause (受国务院委托，财政部部长X作…报告)."""
    what = mr.group("what") or mr.group("what2") or mr.group("what3") or mr.group("what4") or mr.group("what5") \
        or mr.group("what6")
    behalf = mr.group("behalf") or mr.group("behalf2") or mr.group("behalf3") or mr.group("behalf4") or _behalf(text, s, lo, text[s.end : v])
    return {"what": _clean_what(what) if what else mr.group(), "on_behalf_of": _clean_behalf(behalf)}


def _person_between(persons: list, starts: list[int], lo: int, hi: int) -> bool:
    k = bisect.bisect_left(starts, lo)
    return k < len(persons) and persons[k].start < hi


_RECEIVED = re.compile(r"(?:会见|会晤|接见|看望|拜会)[^，。；]*$")  # whom the subject received, in its clause
# who invited the subject, before it in its sentence (应联合国秘书长X的邀请，Y…访问…，出席…)
_INVITED = re.compile(r"应[^，。；]{1,40}?(?:的邀请|之邀)[，,]?")


def _after_invitation(text: str, lo: int, hi: int) -> int:
    """Where the sentence's subject may start: after an invitation that names its host (应X的邀请，), else lo."""
    m = _INVITED.search(text, lo, hi)
    return m.end() if m else lo


def _subject_between(text: str, persons: list, starts: list[int], lo: int, hi: int) -> bool:
    """A person opening a clause between lo and hi (…，B并主持会议: the verb is B's); a person inside an object
    (传达了习近平的重要指示并主持会议) is none."""
    k = bisect.bisect_left(starts, lo)
    while k < len(persons) and persons[k].start < hi:
        if text[persons[k].start - 1 : persons[k].start] in ("，", ",", "；", ";", "：", ":", "\n", ""):
            return True
        k += 1
    return False


# what X relays or leads the study of, someone else's report often inside it (传达了…所作报告的主要内容)
_RELAYS = re.compile(default_constructions().alternation("relay_verbs"))
# 听取(了/并审议了) [title] X 关于…的汇报: a report the meeting heard from X
# (…，报告由X作出 / 该决定由X在会上宣读: the verb of a report or a document named before its author)
_MADE = re.compile(r"(?:在会上)?(?:作出|所作|作|做|宣读|通报|传达)")
_DOCUMENT_BY = re.compile(r"(?:报告|说明|汇报|决定|通知|通报|名单|决议)由$")
_NAMED_REPORT = re.compile(r"(?:听取|审议)(?:了|并审议了?|和审议了?)?(?P<what>[^，。；]{2,80}?(?:报告|说明|汇报))[，,]$")
_PRESENT_BEFORE = default_constructions()["present_words"]  # (…before a subject with its titles: 与会的中国财政部副部长X)
# a bracket closed that did not open after the name: the name stood inside it (a byline's: （记者 X）…)
_CLOSES_BRACKET = re.compile(r"[^（(]*?[）)]")
_LAID_BEFORE = re.compile(r"向(?:会议|大会|全会|常委会)$")  # (the glue before 提出…报告: a report laid before the meeting)
_BRIEFS = re.compile(r"介绍(?:了)?(?P<what>[^，。；]{2,60})")
_IN_VIEW_OF = re.compile(r"在[^，。；在]{0,40}$")  # (在全国政协委员、…厅长X看来，…: a member's view given at the session)
_CLOSING_REMARKS = re.compile(r"在[^，。；]{0,8}?(?:结束|闭幕)时")  # (X在全会结束时强调: remarks that close the meeting)
# 委员X的发言引起共鸣: a speech from the floor given here, told by the response it met
_FLOOR_SPEECH_MET = re.compile("的" + default_constructions().alternation("floor_words") + r"(?=[^，。；]{0,4}?(?:引起|引发|激起|赢得|博得)"
                               r"[^，。；]{0,12}?(?:" + default_constructions().alternation("response_words") + "|掌声))")
# (…or while giving it: 在作…工作报告时表示, 在说明时表示, 在通报上半年经营情况时说; not 在听取…报告时, what another gave)
_IN_OWN_REPORT = re.compile(r"在(?:作|做)?(?!听取|审议|讨论|学习)(?P<what>[^，。；在]{0,30}?"
                            + default_constructions().alternation("report_objects") + "|"
                            + default_constructions().alternation("report") + r"[^，。；在]{1,30}?)(?:中|时)$")


def _behalf(text: str, s, lo: int, between: str) -> str | None:
    """受…委托 in the glue before the verb, or opening the clause before the subject."""
    if gb := re.search(r"受([^，。；]{2,30}?)委托|^代表([^，。；]{2,30}?)(?:[，,]|$)", between):
        return gb.group(1) or gb.group(2)
    if gb := _BEHALF_BEFORE.search(text, max(lo, s.start - _LOOKBACK), s.start):
        return gb.group(1)
    return None


# (between 听取 and the reporter only a title chain: not 听取开展习近平总书记关于…学习研讨活动情况汇报)
_HEARD = re.compile(r"听取(?:了|并审议了?|和审议了?)?(?:(?!开展|学习|贯彻|落实|关于|的)[^，。；听]){0,30}$")
# …after heard items no subject read gave (听取了综合规划处关于…的汇报，以及处长Y关于…)
_HEARD_AFTER_ITEMS = re.compile(r"听取(?:了|并审议了?|和审议了?)?(?:[^。；]{2,120}?的(?:汇报|报告|说明|通报)[，、；和及]{1,2}"
                                r"(?:以及)?)+(?:(?!开展|学习|贯彻|落实|关于|接受|的)[^，。；、]){0,30}$")
_HEARD_SPEECH = re.compile(r"的(?:交流|表态|典型|大会|专题|书面)?" + default_constructions().alternation("floor_words")
                           + r"(?=[，。；、]|$|以及|和|及|后|时)")  # …听取了A、B的交流发言
_HEARD_NEXT = re.compile(r"[，、；和及]{1,2}(?:以及)?[^，。；、]{0,30}")  # from one heard report to the next reporter
_HEARD_REPORT = re.compile(r"^(?P<what>关于[^，。；]{1,80}?|[^，。；]{0,40}?)的?(?P<kind>汇报|报告|通报|说明)")
# …the whole of it where a kind word ends an item (关于…工作报告（草案）起草情况的说明、B关于…: not …工作报告)
_HEARD_REPORT_WHOLE = re.compile(_HEARD_REPORT.pattern + r"(?:[(（][^)）]{1,8}[)）])?(?=[，。；、]|$|以及|和|及|并|后|时)")


@dataclass(frozen=True)
class MeetingGrammar:
    """The role and meeting patterns, built from a construction table: the phrases come from the table, the
    grammar that joins them (what may stand between a subject and its verb) is written here."""

    preside: re.Pattern
    convene: frozenset[str]  # what a body may do without presiding (X召开…)
    attend: re.Pattern
    speak: re.Pattern
    statements: frozenset[str]
    series: re.Pattern  # a recurring meeting's name, its ordinals removed (…常务会议, …委员长会议)
    ask_end: re.Pattern
    report: re.Pattern
    group_mark: re.Pattern
    cut_topic: re.Pattern  # a roster's topic that the text's end cuts off (A、B等就…学习贯彻习近平新时)
    each: re.Pattern  # 分别/先后/依次…: the verb is each listed person's (A、B分别汇报了…)
    # between two members of a roster that such a marker closes: a separator and any short label without a clause's
    # words (，返乡创业青年X，竹木加工户Y先后发言; ，75岁的老党员X; ，返乡青年、传承人X)
    loose_sep: re.Pattern
    roster_tail: re.Pattern
    glue: re.Pattern
    sep: re.Pattern
    roster_label: re.Pattern
    attending_who: re.Pattern  # 列席会议的全国人大代表X说: a person named as one who attends
    by_body_of: re.Pattern  # …选举由全国人大常委会主持: what a body chairs, when it is no meeting
    speaker_roster_label: re.Pattern
    speech_named: re.Pattern  # a speech named in the glue (A和B在联合发言中表示, X在讲话中指出)
    and_speak: re.Pattern
    then_speech: re.Pattern  # …，并带头作个人对照检查发言 a clause or two after a report: a speech of the same subject
    views_after: re.Pattern  # …提出了修改意见: views put forward, each member's of the list before
    speech_next: re.Pattern  # a speech word right after a presence verb (到会致辞)
    and_preside: re.Pattern
    and_attend: re.Pattern  # X在广西调研，并出席…座谈会: the sentence's subject, after a clause of its own
    greetings: frozenset[str]  # 致贺词: delivered in person on behalf of a body, else a message sent
    joins_delegation: re.Pattern
    body_goes_on: re.Pattern
    journey_before: re.Pattern
    pronoun_speaks: re.Pattern
    earlier_speech: re.Pattern
    presiding_while: re.Pattern
    presider_label: re.Pattern
    speech_words: re.Pattern
    surname_title: re.Pattern
    meeting_name: re.Pattern
    body_meets: re.Pattern
    venue: re.Pattern
    subject_body: re.Pattern
    subject_session: re.Pattern
    subject_titled: re.Pattern
    clause_body: re.Pattern
    role_in_name: re.Pattern
    who_takes_part: re.Pattern
    role_on_meeting: re.Pattern
    presided_meeting: re.Pattern  # a meeting named only as the one someone presides (座谈会由X主持)
    presided_intro: re.Pattern
    pair: re.Pattern
    minutes_head: re.Pattern
    attended_in_head: re.Pattern
    speech_at: re.Pattern  # 在全会上 right before a speech: the meeting it was given at, and its kind
    at_then_says: re.Pattern  # X在座谈会上回顾了…，强调…: an act of the speaker's own at the meeting, then his words
    in_speech: re.Pattern  # X在讲话中充分肯定了…: whatever X does in his speech, he gave one
    attended_at: re.Pattern  # 参加河北省委常委班子专题民主生活会并…: the meeting attended, named after the verb
    other_activity: re.Pattern  # X参加了阿勒泰慰问考察活动: a visit, not the meeting
    on_visit: re.Pattern  # X在山东考察时强调 / 访问期间，X提出: said on a tour or visit, not at the meeting
    visit_place: re.Pattern  # X来到…陵园，…参观…。他说: said on a visit to a place
    to_press: re.Pattern  # X向记者介绍了…: a briefing for the press
    meets_press: re.Pattern  # X…与新闻媒体负责人和工作人员亲切会面: what X says next is said to the press
    press_event: re.Pattern  # 新闻发布会: a meeting held for the press
    press_meeting: re.Pattern  # 记者节座谈会, 新闻工作座谈会: a meeting with the press, whose words are the meeting's
    response: re.Pattern  # X在…上的重要讲话，在…中引起强烈反响: the response to a speech
    held_after: re.Pattern  # …会议22日在北京召开 (not 召开的): a meeting the report tells as held
    attendees_of: re.Pattern  # 与出席…会议的各国领导人: the meeting named only as what others attend
    visit: re.Pattern  # a tour or visit word (参观, 考察), or a reception's (欢迎, 会见)
    published: re.Pattern  # 这篇重要讲话公开发表: a speech published
    small_meeting: re.Pattern  # a name ending in a kind no one calls 大会 (…学习会, …座谈会)
    held_before: re.Pattern  # 召开了…会议 / 举行…会议 right before the name
    aside: re.Pattern  # 会议期间，: a sentence telling a side meeting held during the report's own
    held_by_head: re.Pattern  # 市委召开…: who holds the meeting, before its name in a headline
    floor: re.Pattern  # 发言: taking the floor
    owned: re.Pattern  # 重要指示, 批示: what a name owns in an object (传达了A重要指示和B批示精神并讲话: no subject)
    head_verb: re.Pattern  # …会议闭会 / …大会开幕: the verb a headline puts after the meeting's name
    date: re.Pattern

    @classmethod
    def build(cls, t: Constructions) -> MeetingGrammar:
        alt = t.alternation
        markers = alt("group_markers")
        group_noun = alt("group_nouns")
        role_verbs = alt(*ROLE_VERBS)  # 主持, 出席, 参加, 列席
        attend_verbs = alt(*ATTEND_VERBS)  # 出席, 参加, 列席
        speech_words = alt(*SPEECH_WORDS)  # 讲话, 致辞, 发言
        speech_ahead = r"(?:[作做]了?[^，。；、]{0,6}?)?(?:" + speech_words + ")"  # 发言, 作交流发言
        talk = alt("talk_words")  # 讲话
        preside_verb = alt("preside_verb")  # 主持
        hold = alt("hold_verbs")  # 召开, 举行
        # a list's separator, and the words of a clause that no list item holds (a verb of a role, an adverb)
        list_sep = r"(?:[、，,；;]|[，,]?(?:以及|及|和))"
        # (a label that opens on a role's verb, 列席人员 or 参会代表, is no clause: …C，列席人员D先后发言)
        verbs = re.compile(alt("speak", "report", "attend", "convene"))
        verb_labels = [w for w in t.words("descriptor_labels", "group_labels") if verbs.match(w)]
        clause_words = "(?!" + "|".join(map(re.escape, verb_labels)) + ")" + verbs.pattern \
            + r"|会上|会议|随后|然后|首先|接着|其中|他|她|要|并|还|也"
        # a list's member no name was read in (美团副总裁兼首席政策官林可, 一位63岁的退休护士X): a short item, no clause
        member_item = r"(?:“[^”，。]{1,8}”|(?![，,；;。：:“”\n]|" + clause_words + r")[^。；、]){1,40}"
        # a meeting word: a word of the row, a study session (集中学习) or a bare 会 (not 社会, 机会, 协会…); the
        # lookahead on the first characters (which every branch starts with) lets most positions fail at once
        firsts = sorted({w[0] for w in t["meeting_words"]} | set("集专会"))
        kinds = "|".join(map(re.escape, sorted(t["meeting_words"], key=len, reverse=True)))  # (longest first)
        meeting_word = ("(?=[" + "".join(map(re.escape, firsts)) + "])(?:" + "|".join(map(re.escape, t["meeting_words"]))
                        + r"|(?:集中|专题|集体)学习(?:研讨)?(?![会班])|(?<![社机协学工员与体领都不将可能会商金合事制期])会)")
        # a title written after the name (王明常委在…发言中表示, 李克强总理主持…)
        weak = set(t["weak_title_heads"])
        title_after = "(?:" + "|".join(map(re.escape, (h for h in t["title_heads"] if h not in weak))) + ")"
        # …and before a role verb any head but a member's (X教授、Y研究员先后发言; 代表/委员 have a glue of their own)
        head_before_verb = "(?:" + "|".join(map(re.escape, (h for h in t["title_heads"]
                                                            if h not in MEMBER_HEADS))) + ")"
        counted = r"(?:(?:约|近|共计|共|计)?[两二三四五六七八九十百千万\d]+(?:余|多)?(?:人|名|位))?"  # (…和各界人士200余人出席: the group counted)
        # one character, not where a role verb starts
        no_role_verb = r"(?:(?!" + role_verbs + "(?!人|代表)|" + speech_words + r"|汇报)[^。；])"  # (主持人, 列席代表: nouns)
        # 作/做 as a verb, not the second character of 工作, 合作, 制作… nor 做好
        verb_ahead = "(?=" + alt("verb_cues", "statement") + r"|(?<![工合协创写操制动])[作做](?![好出到大强实优]))"
        role_ahead = "(?:" + "|".join((alt("attend"), alt("speak"), alt("report"), "作", "做")) + ")"
        # one character of an act of the subject's own before his words: no role word, title, leader's words,
        # relation (的, 在, 听, 与, 向, 让…), time (当天, 此前, …时: another day's words, or another's act), message or
        # document (复电表示, 签署命令，要求), words still to come (能够提出), a habit over many meetings (…，X都…发表
        # 重要讲话) or a doctrine (邓小平理论…，总结)
        own_act = (r"(?:(?!" + alt("verb_cues", "speak", "attend", "report", "title_heads", "leader_words", "topic_openers")
                   + r"|重要|理论|思想|[致复来贺]电|[致复来]信|[致复]函|签署|命令"
                   + r"|当[天日]|[今昨][天日]|[此之以日会]前|[会之以]后|随后|近[日期]|最近|曾"
                   + r"|[的在听据所是与和及作做向时让使能会将要应可愿都每]|同(?!意))[^，。；：:“”、])")
        # a speech or statement named, not given here: 讲话精神, 讲话的, 发表的, 讲话强调的 (…是习近平总书记讲话强调的)
        named_not_given = r"(?!精神|的|发表|全文|中?(?:强调|指出|提出|要求|阐述)的)"
        speak = re.compile(
            # 代表获奖村作交流发言: on behalf of someone, then any speech (a report on behalf was read above)
            r"^(?:代表[^，。；作做]{1,30}?(?=[作做]|" + speech_words + "))?"
            # (a title in quotation marks too: 作了“…”的专题发言)
            r"(?:(?:代表[^，。；]{1,30}?)?[作做](?:了)?(?:题为)?(?:《[^》]{1,80}》|“[^”]{1,80}”)的(?:重要|总结|动员|专题|主题)?"
            r"(?:" + speech_words + "|辅导|讲座|宣讲|党课)|"
            r"进行(?:了)?[^，。；]{0,6}?(?:动员|强调|部署|安排|点评|总结|培训|讲解|辅导|" + talk + "|解读|阐释|发言|宣讲|交流|分析)|"
            r"[作做](?:了)?(?:(?!批示|指示)[^，。；]){0,8}?(?:要求|安排部署|部署|安排|动员|点评|讲解|解读|辅导|强调|总结|讲座|介绍|党课|宣讲|经验交流|推介)|"
            # (officials who answer the floor: 一一作出回应, 作了解答)
            # (…where: 作现场回应, 当场作了答复)
            r"(?:作出|[作做])(?:了)?(?:" + alt("role_adverbs") + r")?(?:回应|答复|解答)|"
            # (发表了热情洋溢的致辞: an address too; 为大家上了一堂…党课: a lecture)
            # (发表了各自见解: a view put forward)
            r"发表(?:了)?[^，。；]{0,6}?" + alt("view_words") + "|"
            # (greetings on behalf of a body: 代表省妇联致贺词, 代表县委向大会致贺词; not a leader's own 贺辞, a message)
            r"代表[^，。；]{1,30}?(?:向[^，。；]{1,12}?)?(?:" + alt("greeting_words") + ")|"
            # (…after a clause of the same subject: 会见与会代表，并代表中共中央致贺词)
            r"[^，。；]{1,20}?[，,]并代表[^，。；]{1,30}?(?:向[^，。；]{1,12}?)?(?:" + alt("greeting_words") + ")|"
            r"肯定了|介绍(?=[^，。；]{0,30}情况)|上了[^，。；]{0,10}?(?:党)?课|讲(?:授)?(?:了)?[^，。；]{0,6}?党课|发表(?:了)?(?:题为《[^》]{1,80}》的)?(?:[^，。；的\d次]{1,6}的)?"
            r"(?:重要|主旨|书面)?(?:" + talk + r"|演讲|" + alt("address_words") + ")" + named_not_given + r"|[作做](?:了)?(?:重要|总结|[\u4e00-\u9fff]{2}(?=" + talk + "))?" + talk + named_not_given + r"|"
            + talk + named_not_given + r"|" + alt("address_words") + "|" + alt("floor_words") + r"|[作做](?:了)?[^，。；]{0,8}?"  # 作书面发言, 作主题发言, 做了发言, 作个人对照检查发言
            + alt("floor_words") + r"|(?:分别|一一|逐一)?回答(?:了)?[^，。；]{0,80}?(?:询问|提问|问题)|"
            r"提出(?:了)?询问|提问|"
            r"(?:代表[^，。；]{1,15}?)?对[^，。；]{2,80}?(?:给予|作出)(?:了)?(?:充分|高度)?(?:肯定|评价)|"
            # (林文漪对2015年工作提出要求 / 对下一步工作作出部署: asks or directs at the meeting)
            # (…or answers it: 对委员发言作现场回应)
            r"对[^，。；]{2,60}?(?:提出|作出|作了|进行了)(?:明确|具体|殷切|新的|全面|详细|周密)?(?:要求|部署|安排)(?!的)|"
            r"对[^，。；]{2,60}?(?:作出|[作做])(?:了)?(?:" + alt("role_adverbs") + r")?(?:回应|答复|解答)|"
            + alt("speak") + named_not_given + r")")
        report = re.compile(
            r"^(?:(?:代表(?P<behalf>[^，。；作做向]{2,30}?)|受(?P<behalf2>[^，。；]{2,30}?)委托)?"
            r"(?:(?:向[^，。；作做]{1,12}?)?所?(?:作|做)(?:了|的)?(?P<what>" + _BOOK_OR + "{0,150}?" + alt("report_objects") + ")(?!" + alt("floor_words") + ")"
            r"|向[^，。；]{1,12}?(?:报告|汇报)(?P<what2>[^，。；]{2,60})"  # (代表…常委会)向大会报告…工作情况
            # (受市政府委托，X向会议提出…决算报告和决算草案: a report laid before the meeting)
            r"|向(?:会议|大会|全会|常委会)(?:提出|提交)(?:了)?(?P<what6>[^，。；]{2,80}(?:报告|草案|议案)))"
            # (not the meeting the word names: 出席汇报会并讲话, 参加通报会)
            r"|(?:代表(?P<behalf4>[^，。；作做向]{2,30}?))?(?:(?:宣读|领学|传达|通报|汇报|反馈)(?:了)?|(?:书面)?报告了)(?!会(?!议))(?P<what3>(?:(?!并(?:" + alt("preside", "attend", "speak") + "))" + _BOOK_OR + "){2,60})"  # (X报告了…情况)
            # 宣布…决定 / …名单: announcing a document is reporting it (SPEC), what = the document
            r"|宣布(?:了)?(?P<what4>[^，。；]{2,60}?(?:决定|决议|名单|任命|命令|通知|结果|批复))"
            # 逐一进行个人对照检查 / 开展述职: a self-examination or a duty report given, as 作…对照检查
            r"|(?:代表(?P<behalf3>[^，。；作做]{2,20}?))?(?:逐一|依次|分别)?(?:进行|开展)(?:了)?(?P<what5>[^，。；]{0,12}?"
            r"(?:" + _SELF_EXAMINED.pattern + "))"
            # 进行了汇报 / 作了说明: a light verb before the report word
            # (not 作了述职发言: a speech about the duty)
            "|(?:(?:进行|作|做)(?:了)?)?" + alt("report") + "(?!会(?!议)|" + alt("floor_words") + "))")
        speech = "|".join(map(re.escape, (w for w in t["speak"] if w not in t["statement"])))
        speech_named = alt("floor_words", "talk_words", "address_words")  # 发言, 讲话, 致辞
        # a roster counted before its marker (…等6名村党组织书记), a clause of how it went about it (no role's verb,
        # statement, report or the meeting in it), and the aspects it covers (从…等方面)
        # (…or counted without 等: …，F6名村党组织书记依次上台)
        counted_roster = (r"(?:(?:等|(?=[两二三四五六七八九十\d]))(?:[两二三四五六七八九十\d]+(?:位|名))?(?:(?![，。；])" + no_role_verb
                          + "){0,10}?" + group_noun + ")?")
        how_clause = r"(?:(?![，,]|会议|会上|" + alt("statement", "report", "report_objects") + ")" + no_role_verb + r"){2,50}[，,]"
        aspects = r"从[^。；]{1,80}?(?:方面|角度|层面)[，,]?"
        glue = re.compile(
            # (a note on the roster's order: （以姓氏笔画为序）)
            # (a note or title in brackets after the roster's last name: …孙慎之（女）依次发言, …（市财政局局长）分别汇报)
            # (X一行出席: X and the people with X)
            # (A、B、C作为先进典型代表作事迹报告 / 以普通党员身份参加: the capacity, then the verb)
            # (A、B、C、D4位委员先后发言: the list counted)
            # (X率…部门主要负责人到会应询: the subject and the group it leads, then their verb)
            r"(?:率|带领|率领)(?:(?![，。；])" + no_role_verb + "){2,60}?" + group_noun + "(?=" + role_ahead + ")|"
            # (…where it was, and the marker: ，作为嘉宾代表在推介会上分别致辞)
            # (…a comma before the marker too: ，作为村级代表，分别就…作了表态发言)
            r"[，,]?(?:作为|以)(?:(?![，。；、])" + no_role_verb + "){1,20}?(?:代表|身份)(?:在[^，。；]{1,20}?上)?(?:[，,]?(?:" + markers
            + r"))?(?:(?:就|围绕)[^，。；]{1,100}(?<!的)" + verb_ahead + ")?(?=" + role_ahead + ")|"
            # (X结合分管工作，通报了…: the topic, a comma, then the verb)
            # (…and the list's marker after the comma: A，B结合分管工作，分别汇报了…)
            # (…set against the member before: B则关注养老问题，建议…)
            r"(?:则|也|还)?(?:" + t.topic_opener + r")(?:(?![，。；])" + no_role_verb + r"){1,40}?[，,](?:" + markers + "|"
            + alt("role_adverbs") + ")?(?="
            + alt("report") + "|" + alt("speak") + ")|"
            # (A、B两位委员分别就…提问: the list counted, its marker and topic, then the verb)
            r"[两二三四五六七八九十\d]+(?:位|名)" + group_noun + "(?:(?:" + markers + ")(?:" + t.topic_opener
            + r"[^，。；]{1,60}?)?(?=" + role_ahead + "))?(?=(?:" + markers + ")?" + role_ahead + ")|"
            # (a roster, then short clauses of how it went about it, then its marker: …，B，紧扣主题，对照党章党规，
            # 逐一作对照检查 — no clause holds a role's verb, a statement or the meeting; …and more clauses after the
            # marker: …等9名书记，紧扣…，依次上台，对照…，进行现场述职)
            # (the cheap lookahead first: most commas have no marker after them)
            + counted_roster + r"[，,](?=[^。；]{2,160}?[，,](?:" + markers + "))(?:" + how_clause + "){1,3}(?:" + markers + ")"
            "(?:(?:" + how_clause + "){1,3}(?:" + aspects + ")?(?=" + role_ahead + "|进行|开展))?|"
            # (…or its marker first, then short clauses of how, then the verb or the aspects it covers: …，C，先后以亲身经历，
            # 分享了… / …等6名村党组织书记依次上台，对照年初承诺，从…等方面作述职报告)
            # (…and one more act of the roster before its words: …，分析判断形势并提出政策建议)
            # (…or the topic it covers: …依次上台，围绕…等方面进行述职)
            + counted_roster + r"[，,]?(?:" + markers + ")(?:" + how_clause + "){1,3}(?:" + aspects + "|(?:"
            + t.topic_opener + r")[^，。；]{1,80}?)?"
            r"(?:(?:(?![，,]|会议|会上)" + no_role_verb + "){2,10}?并(?=" + alt("statement") + "))?(?="
            + alt("report") + "|" + alt("speak") + "|进行|开展)|"
            # (邀请X，就…作专题报告: a comma after the name, then the topic and what X gives)
            r"[，,](?:" + t.topic_opener + r")[^，。；]{1,60}?(?=[作做]了?[^，。；]{0,8}?(?:"
            + alt("report_objects") + "|" + speech_named + "))|"
            r"(?:\s|同志|一行|" + alt("ranks", "honorifics") + "|" + _ORDER_NOTE + "|" + POSITION_NOTE + "|" + BRACKETED + "(?=[，,]?(?:等|以及|" + markers + "|"
            + alt("role_adverbs") + "|" + role_ahead + "|" + alt("preside") + "|" + t.topic_opener + "))|" + head_before_verb
            + r"(?=[^，。；]{0,12}(?:" + role_verbs + "|" + alt("roster_label") + "|" + speech + "|" + alt("report") + r"|作|做|表示|在[^，。；]{0,10}(?:" + speech_named
            + r"|会上))|(?<!总书记)(?:" + t.topic_opener + "))|"  # (沈某副市长就《…》起草情况作了说明: the topic, then the verb)
            # 王明书记强调: a statement after the title (not 总书记强调: that is quoted, not said at the meeting)
            r"(?!总书记)" + title_after + r"(?=[^，。；]{0,12}(?:强调|指出|要求|提出))|"
            # 王某副委员长兼秘书长主持会议: the post held too, between the title and the verb
            "(?<=[" + "".join(sorted({h[-1] for h in t["title_heads"]})) + r"])兼(?=" + head_before_verb + r")|"
            # 王明委员指出 / 李华代表建议: a member's title, then what the member says at the session
            # (…or takes the floor, or closes a roster of members: A委员、B委员先后发言)
            # (…or gives a titled speech: 李某常委作了“…”的发言)
            # (…or speaks on a subject: A委员以《…》为题发言; or with another: A和B常委联合发言)
            # (…and what sets the member against the one before: 孔某常委则认为)
            r"则(?=" + alt("statement") + r"|建议|认为)|"
            r"(?:委员|代表|常委)(?=则|就|建议|" + alt("statement") + r"|介绍|代表|结合|围绕|以[^，。；]{1,40}?为题|联合|在[^，。；]{0,10}(?:"
            + speech_named + r"|会上|时(?=" + alt("statement") + r"|建议))|(?:" + markers + r")?(?:[作做]了?(?:题为)?(?:《[^》]{1,80}》的|“[^”]{1,80}”的)?)?(?:"
            + speech_named + ")|" + markers + ")|"
            # (where one says it, after the name or the member's head: X代表在审议时建议, X在讨论时表示)
            r"在[^，。；在]{1,10}?时(?=" + alt("statement") + r"|建议)|"
            # (…or of posts, each of every unit: …A及委员会全体委员、各临床科室主任、护士长参加会议)
            r"(?:[，,]?(?:以及|及|和)|、)(?:(?![，,、])" + no_role_verb + "){0,40}?" + alt("title_heads")
            + r"(?=、|" + alt("role_adverbs") + "?" + role_ahead + r")(?=[^。；，,]{0,20}?" + role_ahead + ")|"
            # the unnamed tail of a roster: "…A，以及各镇街负责同志分别发言" / "A、B等9位同志围绕…发言"
            # (the tail never runs over a role verb: that verb is the roster's own, "…成员参加学习，…")
            # (…or a comma and the units' posts: ，各村党支部书记、驻村第一书记和…代表等60余人参加会议)
            r"(?:[，,]?(?:以及|及|和|等)|[，,]各)" + no_role_verb + "{0,60}" + group_noun + r"(?!会)" + counted + r"(?=[^。；，,]{0,20}?"
            + role_ahead + r")(?:同志)?[，,]?|"
            r"[，,]?(?:以及|及|和|等)" + no_role_verb + "{0,50}?" + group_noun + r"(?!会)" + counted + r"(?=[^。；]{0,50}?" + role_ahead
            + r")(?:同志)?[，,]?|"
            # (…or a post the tail's last item holds, the whole tail counted: ，以及…“两委”班子成员和驻村工作队队长共40余人参加)
            # (…or a comma and the units' posts, or their last item: ，各村党支部书记、村委会主任共计120余人参加会议)
            # (the 、 item only where a count is near: the cheap lookahead first, as a list of names has 、 everywhere)
            r"(?:[，,]?(?:以及|及|和)|[，,]各|(?<=[，,])各|、(?=[^。；]{0,60}?[约近共计][两二三四五六七八九十百千万\d]))"
            + no_role_verb + "{0,60}?" + alt("title_heads")
            + r"(?:约|近|共计|共|计)[两二三四五六七八九十百千万\d]+(?:余|多)?(?:人|名|位)(?=[^。；，,]{0,20}?" + role_ahead + ")|"
            # …A、B、C等出席 / A、B、C应邀出席: the list's last item is no found name; the verb is still the list's
            # (not a statement verb: that is the last item's own)
            # (…or a titled item of a comma roster whose name no rule reads, before the verb: A，…副主任会林出席会议)
            # (…or of a 、 roster: A、B、勐腊县农民代表排早腊作交流发言; 由A、副州长排早腊主持)
            r"(?:[，,](?:(?![，,；;])" + no_role_verb + "){0,60}?|、(?:(?![，,；;、])" + no_role_verb + "){0,60}?)" + alt("title_heads")
            + r"[\u4e00-\u9fff·]{1,4}(?:" + alt("honorifics") + ")?(?=(?:" + alt("role_adverbs") + "|" + markers + ")?(?:(?:"
            + role_verbs + ")(?!人)|" + alt("attend") + "|" + speech_ahead + "|" + speech + "))|"
            # …A、B、区直各部门主要负责人出席: a group as the list's last item, right before the verb
            r"、(?:(?![、，,])" + no_role_verb + "){0,30}?" + group_noun + r"(?=[^。；，,、]{0,6}?" + role_ahead + ")|"
            # (…or its own item after a comma, as long as it runs: A、B，先进集体代表…干部局负责同志作大会发言)
            # (…a 、-run of bodies too: ，县城管执法局、平襄镇、马营镇主要负责人分别作交流发言)
            r"[，,](?:(?![，,])" + no_role_verb + "){0,80}" + group_noun + r"(?!会)(?=[^。；，,、]{0,6}?" + role_ahead + ")|"
            # (…and any name-like item of the run before it: A、B、上帝、关某、克某等参加)
            # (only near the run's end, six items at most: a subject's glue never walks a whole list)
            r"(?:、[\u4e00-\u9fff·]{2,4}){1,6}(?=、(?:(?![、，,])" + no_role_verb + r"){2,30}?等|、[\u4e00-\u9fff·]{2,5}"
            + alt("role_adverbs") + "?(?:" + markers + ")?(?:" + attend_verbs + "|" + alt("attend") + "|" + speech_ahead + "))|"
            r"、(?:(?![、，,])" + no_role_verb + r"){2,30}?(?=等)|、[\u4e00-\u9fff·]{2,5}(?=" + alt("role_adverbs") + "?(?:"
            + markers + ")?(?:" + attend_verbs + "|" + alt("attend") + "|" + speech_ahead + "))|"
            r"等(?:[区市县省镇乡]?领导|(?:有关|相关|[\u4e00-\u9fff]{2}(?=专家|代表|委员))?(?:专家|代表|委员|负责人|负责同志))?"
            r"(?:同志)?[，,]?|等人|"
            # A、B、C三位同志作了表态发言: the roster counted (…5人进行现场述职)
            r"[两二三四五六七八九十百\d]+(?:余|多)?(?:位|名|人)(?:[\u4e00-\u9fff]{0,4}?" + group_noun + r")?|"
            # …秘书长D和常委共45人出席: the rest of the body counted
            r"(?:等|共计|共)[两二三四五六七八九十百\d]+(?:余|多)?(?:人|名|位)|" + alt("role_adverbs") + "|[，,]?(?:" + markers
            + r")|最后|首先|随后|今天|昨天|"
            r"(?:\d{1,2}月)?\d{1,2}[日号](?:[、和至到-]\d{1,2}[日号])*|近日|日前|当地时间|[上下]午|晚上|晚|凌晨|早上|"
            r"[，,]?在会上|会上|"  # (…，在会上依次发言: the roster, a comma, then where it spoke)
            # (the audience of a lecture: X为全村党员讲专题党课, X为大家作辅导)
            r"为[^，。；为]{1,12}?(?=(?:讲|上|作|做)[^，。；]{0,8}?(?:党课|辅导|讲座|宣讲|报告))|"
            r"[，,](?=(?:\d{1,2}月)?\d{1,2}[日号]|今天|昨天|近日|日前)|"
            r"并?受[^，。；]{2,30}?委托[，,]?|"
            # 陪同考察并出席座谈会: the visit, then the meeting
            r"陪同[^，。；]{0,6}?并(?=" + attend_verbs + ")|"
            # X当选区长并作表态发言: the election, then the speech
            r"(?:新)?当选(?:为)?[^，。；]{2,40}?并(?=" + verb_ahead[3:-1] + ")|"
            # 代表…常务委员会，向大会报告工作: on behalf of a body, a comma, then the report
            # (…or on a subject: 代表全国工商联，就促进民营经济健康发展发言)
            # (…or on a draft: 代表省法院，对…草案作了说明; or also for another body: 代表省法院，并受省检察院委托，…)
            r"代表[^，。；]{2,30}?[，,](?=向[^，。；]{1,12}?(?:报告|汇报)|[作做]|就[^，。；]{1,40}?(?:" + speech_ahead + "|" + speech
            + r"))|代表[^，。；作做]{2,30}?[，,](?=(?:对|就)[^，。；]{1,80}?[作做]|并?受[^，。；]{2,30}?委托)|"
            # (…then a statement: 旗长X代表旗人民政府表示，…)
            r"代表(?!们|的)[^，。；作做的]{2,20}?(?=" + alt("statement") + ")|"
            # 率…代表团出席 / 率团到…考察，并出席: leading a delegation, then the presence
            r"率[^，。；]{0,30}?团(?:(?:到|赴|在)[^。；]{0,40}?[，,]?并)?(?=" + attend_verbs + ")|"
            # 代表年级组向家长提出三点建议: on behalf of a body, then whom the words are for
            # (…or what they are about: 代表市工商联对恒安集团…表示感谢)
            r"代表[^，。；]{2,20}?(?=向[^，。；]{1,12}?(?:" + alt("statement") + ")|对[^，。；]{1,40}?(?:" + alt("statement") + "))|"
            # 代表支委会介绍了…: on behalf of a body, then what it presents (a report, SPEC)
            r"代表[^，。；介]{2,20}?(?=介绍)|"
            # 以“…”为题作专题辅导报告: the subject of the talk
            # (…then the audience: 以《…》为题，为学员讲授了…)
            # (…or its topic: 以“…”为题，就高三复习备考作专题部署)
            r"以[^，。；]{1,40}?为(?:主)?题(?:[，,]?(?:为|向|给)[^，。；]{1,12}?|[，,]?(?:" + t.topic_opener
            + r")[^，。；]{1,60}?(?<!的))?(?=" + verb_ahead[3:-1] + "|上了)|"
            # 朱某作为普通党员，参加…: the capacity, then the verb
            r"作为[^，。；]{1,20}?(?:[，,](?=" + verb_ahead[3:-1] + r")|" + verb_ahead + r")|"
            # (not 在…上的重要讲话: a speech named, not one given here)
            # (not 在听取…汇报时强调: what the speaker heard, below; nor 在…会见了参加…的代表: his own act, and the
            # verb is theirs)
            # (…用藏汉双语作专题宣讲: the language of the talk)
            r"(?:在|向|结合|从|通过|用|聚焦|围绕)(?:(?!听取|会见|接见)[^，。；]){1,40}?(?:时|中|上)?(?<!的)(?<!的重要)" + verb_ahead + "|"
            # 为全县党员干部讲授专题党课: the audience of a lecture (not 以X同志为核心的…提出, 推选X为…发言人)
            r"为[^，。；]{1,30}?(?=讲授|讲党课|上党课|上了[^，。；]{0,10}?(?:党)?课|宣讲|作(?:了)?[^，。；]{0,8}?(?:辅导|讲座|宣讲))|"
            # 听取…后指出: what the speaker heard first, not a report of theirs
            r"(?:在)?(?:" + alt("role_adverbs") + r")?听取(?:了)?[^，。；]{1,40}?(?:后|时)" + verb_ahead + "|"
            # (greedy: a topic may name a whole bill, with a verb cue of its own: 就国务院提出…的议案作了说明)
            r"(?:就|围绕|对)[^，。；]{1,100}(?<!的)(?<!的重要)" + verb_ahead + "|"
            # 从…等方面对…作了说明: the aspects the speaker covers (a 、-list of them), then the topic or the verb
            # (…and a comma after the aspects: 从…等方面，对全会精神进行详细解读)
            r"从[^。；]{1,80}?(?:方面|角度|层面)[，,]?(?=对|就|围绕|" + verb_ahead[3:-1] + ")|"
            # 结合自己的研究领域，就…发表了各自见解: what the speaker draws on, a comma, then the topic
            # (…or the verb after an adverb: 又结合…典型问题，逐条进行了细致的政策解读)
            r"(?:结合|立足|根据)[^，。；]{1,30}?[，,](?=" + t.topic_opener + "|对|" + alt("role_adverbs") + "?" + verb_ahead[3:-1] + ")|"
            # X就…问题，提出了…建议: a topic phrase, a comma, then the verb
            r"(?:就|对|围绕)[^，。；]{1,40}?(?<!的)[，,]" + verb_ahead + "|"
            r"(?:以及|及)[^，。；]{1,20}?(?=" + attend_verbs + ")|"
            # a comma before the attendance phrase that closes a titled roster (…县委副书记X，应邀在主席台前排就坐)
            r"[，,](?=" + alt("role_adverbs") + "?" + alt("attend") + ")|"
            # "A、B，自治区有关领导，各单位负责同志等参加会议": group labels between the names and the verb
            # (…；省军区司令员D；驻省部队领导出席大会: a roster's groups parted by semicolons)
            # (…主席团成员和市委常委、市政府党组成员在主席台就座: any attendance phrase of the table)
            # (…after a tail that took its comma: ，以及…有关负责同志，市直有关部门主要负责同志，根据议题分别出席…)
            r"(?:[，,；;]|(?<=[，,]))(?:[^，。；;]{1,30}[，,；;]){0,3}[^，。；;]{1,30}?(?=" + attend_verbs + "|" + alt("attend")
            + ")|"
            # (村民代表A不同意，认为… / 老党员B接过话头说 / 村民C第一个站起来发言: a short act of his own before his words,
            # no role word, title or speech named in it)
            r"(?P<own>" + own_act + r"{1,16}[，,]" + own_act + "{0,8}?|" + own_act + r"{1,8}?)"
            r"(?=(?:" + alt("statement", "floor_words", "speak") + r")(?![^，。；]{0,8}精神|明|服|法|人)))*")
        # between two names of a list: separators, group labels, or a short item the name finder missed (、时全、)
        # (；between the groups of a long roster; a note after a name: 孙丽（女）、…)
        # (a title written after a name of the list: A、B副委员长和C秘书长出席)
        body_end = "(?:" + "|".join(map(re.escape, BODY_NAME_ENDS)) + ")"
        org_suffix = "|".join(map(re.escape, sorted(ORG_SUFFIXES, key=len, reverse=True)))
        # (a run closed by 等 goes on after 以及: A、B等，以及C、D等老同志)
        sep = re.compile(r"^(?:[、，,和及与；;\s]|以及|同志|" + alt("ranks", "honorifics") + "|"
                         r"等(?=[，,]?(?:以及|及))|" + _ORDER_NOTE + "|" + BRACKETED + "|"
                         # a member's own topic before the next member (A就…、B就…、C就…作了汇报; A围绕…、B围绕…)
                         r"(?<![、，,])" + t.topic_opener + r"[^，。；、]{1,40}?、|"
                         # (…in a comma roster: A围绕“…”，B结合“…”，C聚焦“…”作交流发言; no verb of its own)
                         r"(?<![、，,])" + t.topic_opener + r"(?:“[^”。；]{1,40}”|(?:(?![，。；、“”]|"
                         + alt("statement") + ")" + no_role_verb + r"){1,30}?)[，,]|"
                         r"[(（](?:女|男|[\u4e00-\u9fff]{1,4}族)[)）]|"
                         + alt("title_heads") + r"(?=[、，,和及与]|以及)|"
                         # the body before the next member's name (、北京大学的李明教授, 、某某集团王某董事长)
                         r"(?<=[、，,和及与])(?:来自)?(?:(?![、，,])" + no_role_verb + r"){1,20}?" + body_end + "(?:" + _BODY_NOTE + ")?的?|"
                         # …or what the next member is of (，汽车零部件行业的X, 、来自基层的X)
                         r"(?<=[、，,和及与])(?:(?![、，,的])" + no_role_verb + r"){2,12}?的$|"
                         # …or the next member's own title, whatever its body (、宏源证券研究员X, 、某某网首席经济学家X)
                         # (…or on the next line of a roster written one member a line: 交流发言：\nA\n河口乡乡长B)
                         # (…a place in brackets inside the body: ，通快（中国）有限公司总裁X)
                         r"(?<=[、，,和及与\n])(?:(?![、，,\n])" + no_role_verb + "|" + _BODY_NOTE + "){0,24}?"
                         + alt("title_heads") + "$|"
                         # …or a short description of the next member after the list's 、 (、带货主播X)
                         r"(?<=、)(?:(?![、，,的由在和与及])" + no_role_verb + r"){2,6}$|"
                         # …and the titles of its chain before it (，中央军委副主席、…领导小组常务副组长X)
                         r"(?<=[，,；;])(?:(?![、，,；;])" + no_role_verb + "|" + _BODY_NOTE + "){0,20}?" + alt("title_heads") + "、|"
                         # each member's own behalf before the comma (A代表文化艺术界，…会长B代表农业界作大会发言)
                         # (not a report on behalf before the next member: A代表县委常委会作工作报告，B作了讲话)
                         r"代表(?:(?![作做向，。；、])" + no_role_verb + r"){2,12}[，,]|"
                         # a run's shared title closed by 等 before the next member (A、B等副委员长和秘书长C)
                         # (…or its group label: A、B等市人大常委会领导和秘书长C)
                         r"等[^、，,。；]{0,8}?(?:" + alt("title_heads") + "|[^、，,。；]{0,4}?" + alt("group_labels")
                         + ")(?=[和及与、，,]|以及)|"
                         r"(?:其他|其余)[\u4e00-\u9fff]{0,20}?" + group_noun + "|"
                         # (…or a group after 及 before the next member: …组长A及指导组成员，副主任B到会指导)
                         r"(?:以及|及)(?:(?![、，,])" + no_role_verb + r"){1,16}?(?:" + group_noun + "|" + alt("title_heads")
                         + r")(?=[，,、])|"
                         + alt("group_labels") + "|" + alt("descriptor_labels")
                         # a labelled item whose name comes next (，专家学者代表 + 刘元春)
                         # (…after a run of the bodies it is of: ，县农业农村局、县住建局相关负责同志，)
                         + r"|(?<=[、，,和及与])(?:(?:(?![、，,；;])" + no_role_verb + "){2,16}?(?:" + org_suffix + r")、){0,6}"
                         r"(?:(?=[\u4e00-\u9fff])" + no_role_verb + "){1,12}?(?:"
                         + alt("group_labels") + "|" + alt("descriptor_labels") + ")"
                         # a body that shares the next member's title (，中国天主教爱国会、中国天主教主教团名誉主席X)
                         + r"|(?<=[，,；;、])(?:(?![、，,；;])" + no_role_verb + r"){1,30}?(?:" + body_end + r"|会)、"
                         # any other whole item of a 、-list between two of its members: one member that is no
                         # found name (外籍专家约翰·史密斯, 九三学社市委会主委X) does not cut the list in two
                         + r"|(?<=、)(?:(?![、，,])" + no_role_verb + r"){2,30}(?=、)"
                         # …or a titled item of a comma list whose name no rule reads (，县人大常委会主任一丁，), its
                         # chain of titles too (，州政府副州长、州双拥工作领导小组副组长阿说木呷，)
                         + r"|(?<=[，,])(?:(?![，,；;])" + no_role_verb + r"){0,40}?" + alt("title_heads")
                         + r"[\u4e00-\u9fff·]{1,6}(?=[，,])"
                         # …or a row's titles in a roster table, to the line's end (普建华 县委书记\n者永红 …)
                         + r"| [\u4e00-\u9fff、]{1,60}?" + alt("title_heads") + r"\n"
                         # …or a name-like last item of its run before the comma (副主任A、蓟玉兰，副县长B)
                         + r"|(?<=、)[\u4e00-\u9fff]{2,4}(?=[，,])"
                         # …and the next run's label goes on the roster (…曾庆华，重庆市领导还有冉光明)
                         + r"|(?<=领导|同志|人士|代表|嘉宾)还有[：:]?)+$")
        # what closes a roster of speakers before their phrase: 等(9位同志)、分别、先后…
        # … or a topic phrase the roster speaks on (A、B和C着重就…等发言)
        # (a member's title may stand before it: A委员、B委员围绕主题建言献策)
        # (a comma before the topic too: A，B，C，围绕…等问题，结合…，在会上踊跃发言)
        # (not past a report and a clause of another subject: A、B分别汇报了…，C负责同志作了发言; but A、B分别领学了…，
        # 并就…作了研讨发言)
        roster_to_verb = r"(?:(?!(?:" + alt("report") + r")[^，,。；]*[，,](?!并|还|同时|也))[^。；]){0,100}$"
        group_mark = re.compile(_MEMBER_NOTE + "(?:" + "|".join(MEMBER_HEADS) + r")?(?:等[^。；，,]{0,12}?)?(?:[，,]?" + markers + r"|(?<=等)|等[^。；，,]{0,12}?"
                                + group_noun + r"|[，,]?(?:" + alt("role_adverbs") + r")?(?:" + t.topic_opener + r"))"
                                + roster_to_verb)  # (A、B代表还对…提出建议: an adverb before the topic)
        # 并讲话 / 并作重要讲话 / 并作动员讲话 / 并发表了题为《…》的讲话: after 作/发表 any short kind of speech
        # (…or answers what was raised: 应邀列席会议，并就委员们关注的问题作了回应)
        and_speak = re.compile(r"^[^，。；]{0,40}?[，,]?并(?:" + markers + "|" + alt("role_adverbs") + r")?(?:在[^，。；]{1,10}?[时上])?"
                               r"(?:(?:就[^，。；]{1,30}?)?(?:作|做|发表)(?:了)?(?:题为《[^》]{1,80}》的)?[\u4e00-\u9fff]{0,8}?|"
                               r"(?:重要|总结)?)(?:" + speech_words + r"|讲了话|演讲|宣讲|回应)(?!精神)"
                               # (…or the list's marker and a topic after a comma: 出席发布会，分别就相关政策作了解读)
                               r"|^[^，。；]{0,40}?[，,](?:" + markers + r")就[^，。；]{1,30}?(?:(?:作|做)了?)?(?:" + alt("speak") + ")"
                               # 并就…提出要求 / 并对…作出部署 / 并强调: a statement after attending or presiding
                               # (…while presiding: 主持会议，并在主持时要求)
                               r"|^[^，。；]{0,40}?[，,]?并(?:在[^，。；]{1,10}?时)?(?:(?:就|对|围绕)[^，。；]{1,40}?)?(?:(?:提出|发表)(?:了)?[^，。；]{0,6}?(?:要求|希望|意见)|"
                               r"[作做]出?(?:了)?[^，。；]{0,6}?部署|强调|指出|要求|(?:逐一|进行|作了?)?点评)"
                               # (…or a comma, then reviewing each: 出席会议，逐一点评10个镇街工作)
                               r"|^[^，。；]{0,40}?[，,](?:逐一|现场)点评"
                               # 列席会议时提出: what he says while attending
                               r"|^[^，。；]{0,30}?时[，,]?(?:" + alt("statement") + ")"
                               # 出席发布会，介绍相关情况并回答记者提问: a briefing after attending
                               # (出席会议并介绍有关促就业政策: what he presents, right after his presence)
                               r"|^[^，。；]{0,40}?(?:[，,]并?|并)(?:介绍(?:了)?[^，。；]{0,30}?情况|回答(?:了)?[^，。；]{0,8}?"
                               r"(?:提问|问题))|^[^，。；]{0,12}?并介绍(?:了)?[^，。；]{2,30}")
        # …调研，并主持召开… / 作…报告并主持会议: presiding as the second act of the same subject
        # (…调研，并主持召开; …调研后召开: an act, then presiding)
        # 来到…代表团，与代表们一起审议 / 在参加…代表团审议时 / 到…代表团参加讨论: a leader at a delegation's sitting
        # of the congress attends it
        # (…or the delegation first: 在开发区代表团参加讨论时)
        joins_delegation = re.compile(r"(?:在?(?:" + alt("join_verbs") + r"|来到|到)了?[^，。；]{1,12}?代表团(?:[，,]?(?:与|同|和)"
                                      r"代表们一起|" + alt("join_verbs") + r")?|在[^，。；]{1,12}?代表团(?:"
                                      + alt("join_verbs") + r")了?)(?:审议|讨论)")
        # (…or a comma alone: X近日在东北三省考察，主持召开…座谈会)
        # (…across a longer visit, a place before the verb, and a person convening one: 率队深入A、B、C，调研…情况，并在
        # A召开座谈会 — not a meeting still to come: …，要召开…, 将召开…)
        and_preside = re.compile(r"^(?:(?!(?<![重主])要|将|拟|计划|准备|决定)[^。；]){0,80}?(?:[，,]?并|[，,]|(?<![以之前然先今])后[，,]?)"
                                 r"(?:在[^，。；]{1,15}?)?(?:" + alt("preside") + "|(?:" + alt("convene") + r")(?!的)(?=[^，。；]{0,30}?"
                                 + meeting_word + "))")
        # (…and attends one: X访问…总部，出席…高级别会议并发表主旨演讲; not a journey's purpose still to come, nor a
        # roster's label: …，出席会议的有)
        # (…or attending is when it speaks, after the title: X总理在出席…时发表讲话; not a speech named: 在出席…时的讲话)
        and_attend = re.compile(r"(?:^(?![^。；]{0,40}?(?:将|抵达|到达|启程|前往))[^。；，,]{1,40}?[，,]并?(?:" + attend_verbs
                                + r")(?=[^，。；的]{0,40}?" + meeting_word + ")(?![^，。；]{0,40}?的)|^[^，。；在]{0,6}在(?:"
                                + attend_verbs + r")(?=(?:(?!代表团)[^，。；]){1,40}?时(?!的)))")
        # a meeting as a journey's purpose (抵达…，开始…访问并出席…会议): still to come in this report
        # (出席…在这里举行的…; the second of two: 并出席…第十七次会议和…开幕式)
        journey_before = re.compile(r"(?:抵达|到达|启程|前往)[^。；]{0,80}?" + alt("join_verbs")
                                    + r"(?:[^。；，,]{0,24}?" + alt("hold_verbs") + ")?的?(?:[^。；，,]{2,60}?[和及、])?$")
        # the time and place before the verb that introduces a meeting (…3日在北京主持召开)
        # (…于12月25日至26日召开: a date range after 于)
        when_where = (r"于?(?:(?:\d{1,2}月)?\d{1,2}[日号](?:至(?:\d{1,2}月)?\d{1,2}[日号])?|今天|昨天)?(?:[上下]午|晚上)?"
                      r"(?:在[^，。；]{1,20}?)?" + preside_verb
                      + "?(?:" + hold + "|开展)了?$")  # (…中心组开展集体学习)
        return cls(
            # (a verb before a colon is a field label of the next names: 主持：X 出席：A、B)
            # (not 向会议召开表示祝贺: the convening is what the greeting is for)
            preside=re.compile("^(?:" + alt("preside") + "|" + alt("convene") + ")(?![:：])(?!表示|致)"),
            convene=frozenset(t["convene"]),
            attend=re.compile("^" + alt("attend") + "(?![:：])(?<!与会(?=人员|代表|同志|嘉宾|者))"),
            speak=speak,
            statements=frozenset(t["statement"]),
            greetings=frozenset(t["greeting_words"]),
            series=re.compile(r"[\u4e00-\u9fff]{2,30}?" + alt("series_words") + "$"),
            # "A委员就…问题，B委员就…问题…等提出询问": each member who asks (就…) speaks
            ask_end=re.compile(r"(?P<lead>等?(?:分别|先后|相继)?)" + alt("speak_group_end")),
            report=report,
            group_mark=group_mark,
            cut_topic=re.compile(r"(?:等[^。；，,]{0,12}?)?(?:[，,]?" + markers + ")?" + t.topic_opener
                                 + r"[^。；！？!?\n]{1,100}$"),
            each=re.compile(markers),
            # (…and across up to three members no name was read in, each a short item with no clause's words:
            # …A，美团副总裁兼首席政策官林可，B先后发言; 以及在延边生活了二十多年的…外教X — the others keep their role)
            # (…a longer description after 以及, which closes the list: ，以及在延边生活了二十多年的…外教X)
            loose_sep=re.compile(r"^(?:" + list_sep + member_item + r"){0,3}(?:" + list_sep + r"(?:(?![，,；;。：:“”\n]|"
                                 + clause_words + r"|了)[^。；]){0,18}|[，,]?以及" + member_item + ")$"),
            # …and such members at the roster's end, before its marker (…，以及一位退休护士X，先后围绕…发表意见)
            roster_tail=re.compile(r"(?:" + list_sep + member_item + r"){1,3}(?:等[^。；，,]{0,12}?)?(?:[，,]?" + markers
                                   + r"|(?<=等))" + roster_to_verb),
            glue=glue,
            sep=sep,
            roster_label=t.roster_label,
            attending_who=re.compile("(?:" + alt("join_verbs", "sit_in_verbs") + ")(?:" + meeting_word + ")的"),
            # (a clause's own subject before 由 that names no meeting: the body chairs that, not this meeting)
            by_body_of=re.compile(r"(?:^|[，,：:])(?:(?!" + meeting_word + r")[^，,：:])+由$"),
            speaker_roster_label=t.speaker_roster_label,
            speech_named=re.compile(speech_named),
            and_speak=and_speak,
            views_after=re.compile(r"了?[^，。；]{0,8}?" + alt("view_words")),
            then_speech=re.compile(r"[^。；]{0,80}?[，,]并(?:" + alt("role_adverbs") + r")?[作做]了?[^，。；]{0,10}?"
                                   r"(?:" + speech_words + r")(?!精神)"),
            # (not a word of the meeting's name: 参加宣讲会)
            speech_next=re.compile("(?:" + speech_words + "|" + alt("speak") + r")(?![^，。；]{0,8}精神|会|团)"),
            and_preside=and_preside,
            owned=re.compile(alt("leader_words")),
            and_attend=and_attend,
            joins_delegation=joins_delegation,
            body_goes_on=re.compile("(?:" + title_after + "|" + alt("weak_title_heads") + "|会议室|会场|礼堂|大楼)"),
            journey_before=journey_before,
            # 他强调… : the person last named before the pronoun
            pronoun_speaks=re.compile(r"(?:^|[。，；\n])(他|她)(?:在会上|最后|还|并|同时)?"
                                      + alt("pronoun_says", "talk_words")),
            # …，B出席…峰会和在闽调研时的讲话精神: what B said at an earlier event
            earlier_speech=re.compile(r"(?:" + alt("join_verbs") + r"|在)[^，。；]{0,60}?(?:时|上|中)的(?:重要)?(?:" + talk
                                      + "|指示|批示)"),
            # (…or the visit itself right after the verb: 参加调研, not 参加调研座谈会 / 调研座谈)
            other_activity=re.compile(r"了?(?!上述|以上|此次|这次)[^，。；]{0,20}?" + alt("visit_words") + "活动|了?"
                                      + alt("visit_words") + r"(?![^，。；]{0,10}(?:会|座谈))"),
            # the glue before a statement (在山东考察时) or the frame that opens its sentence (访问期间，)
            # a visit to a place in the sentence after the subject (来到华东革命烈士陵园，…参观…)
            visit_place=re.compile(r"[^。；]{0,20}?来到[^。；，,]{2,30}[，,][^。；]*?(?:" + alt("visit_words") + r"|敬献|看望|察看)"),
            on_visit=re.compile(r"在[^，。；]{0,20}?(?P<w>" + alt("visit_words") + r")(?:工作)?(?:时|期间|途中)"
                                r"|(?<![\u4e00-\u9fff])(?:(?P<w2>" + alt("visit_words") + r")|此访|行程)期间[，,]"),
            # (…or the public's voices: 各地干部群众表示, 各界人士纷纷认为)
            response=re.compile(talk + r"[^。]{0,120}?(?:引起|引发|激起|让|令|使)[^。]{0,30}?" + alt("response_words")
                                + r"|(?:各地|各界|广大|各族)[^，。；]{0,8}?" + alt("public_words") + r"(?:纷纷)?(?:"
                                + alt("statement") + ")"),
            attendees_of=re.compile("(?:" + alt("join_verbs") + r")了?[^，。；]{0,20}$"),
            visit=re.compile(alt("visit_words", "reception_words")),
            aside=re.compile(r"(?:" + alt("aside_frames") + r")[，,]"),
            held_by_head=re.compile(r"^[^，。；、]{1,20}?(?:" + preside_verb + ")?(?:" + hold + r")了?(?=[^，。；]{4})"),
            floor=re.compile(alt("floor_words")),
            # (…党组（扩大）会议传达学习…精神: what the meeting studies is no part of its name)
            head_verb=re.compile(r"(?<=[会议])(?:" + alt("hold_verbs", "open_close_verbs") + "|闭会|(?:传达学习|传达|学习贯彻|"
                                 r"研究部署|研究|部署)[^，。；]*)$"),
            published=re.compile(talk + r"[^，。；]{0,6}?" + alt("publication_words")),
            small_meeting=re.compile("(?:" + alt("small_meetings") + ")$"),
            held_after=re.compile(r"[^，。；]{0,30}?" + alt("hold_verbs", "open_close_verbs") + "(?!的)"),
            held_before=re.compile(hold + "了?$"),
            to_press=re.compile(r"(?:向|对)" + alt("press_words")),
            meets_press=re.compile(r"与[^，。；]{0,12}?" + alt("press_words") + r"[^，。；]{0,20}?(?:会面|见面|交谈|座谈)"),
            press_event=re.compile(alt("press_events")),
            press_meeting=re.compile(alt("press_words") + "|新闻"),
            # 在主持会议时指出 / 在主持召开…时强调: the glue before a statement says the speaker presided
            presiding_while=re.compile("在" + preside_verb + "[^，。；]{0,30}?时"),
            # 主持人：X / 主持：X / 主持会议的是X / 主持人为X
            presider_label=re.compile(preside_verb + r"(?:人[:：为是]|[:：]|会议的是|人是)"),
            # a speaker who only sent instructions has none of these in his sentence
            speech_words=re.compile(speech_words + "|演讲|" + preside_verb + "|" + alt("join_verbs")),
            # a later reference by surname and title (温书记, 张部长): the one person of the report with that surname
            # (a two-character surname too: 司马县长; a deputy's post: 冯副县长, 郄常务副县长; a firm's head: 张总)
            surname_title=re.compile(r"(?<![\u4e00-\u9fff])(" + "|".join(sorted(SURNAMES_2, key=len, reverse=True))
                                     + r"|[\u4e00-\u9fff]{1,2}?)((?:常务)?副?(?:书记|主任|部长|市长|县长|区长|镇长|乡长|局长|主席|"
                                     r"校长|院长|董事长|总经理|省长|厅长|处长|总)|委员)(?=同志|[^\u4e00-\u9fff]|在|对|就|结合|强调|指出|要求|"
                                     r"表示|说|" + talk + r"|作|做|又|还|最后|首先|" + preside_verb + r"|提出|代表|围绕)"),
            meeting_name=re.compile(
                # greedy up to the last meeting word of the clause: 十一届全国人大常委会第六十一次委员长会议, not …常委会
                # (a name may hold 的 and a title in 《》: 召开党的建设工作会议, 召开贯彻实施《旅游法》电视电话会议)
                # (a quoted part may hold 、: 全国推行“双随机、一公开”监管工作电视电话会议)
                alt("meeting_object_verbs") + r"了?(?P<a>(?!的)(?:“[^”，。；]{1,30}”|[^，。；、,;:：\s]){0,40}" + meeting_word
                + r"(?:[(（][^)）]{1,6}[)）])?)"
                r"(?![^，。；、《》,;:：\s的]{0,20}?会议)"
                # a name may hold 的, 、, quotation marks and 暨 (全国国土绿化、森林防火…电视电话会议; …成立会议暨2012“鲁迅论坛”)
                r"|(?:^|(?<=[，。；：:,;\s】」\n）)]))(?!会议|会上)(?P<b>[^，。；、“”,;:：\s的](?:[^，。；,;:：\s]|[、“”的](?!会议)){2,49}"
                + meeting_word + r"[”]?)[，,]?于?(?:当地时间)?(?:" + _YEAR + ")?(?:(?:" + _MONTH + ")?" + _DAY + "(?:[至到—-](?:" + _MONTH + ")?"
                + _DAY + r")?|今天|昨天|近日|日前)?(?:[上下]午|晚上)?(?:开始)?"
                r"(?:在(?:圆满|顺利)?完成[^，。；]{0,12}议程(?:之)?后[，,]?(?:(?:\d{1,2}月)?\d{1,2}[日号]|今天|昨天)?(?:[上下]午|晚上)?)?(?:在[^，。；]{1,20}?)?"
                # (not a time named by the meeting: 在常委会第二次会议召开前, 距离大会召开只有…)
                r"(?:圆满完成[^，。；]{0,6}议程|(?:隆重|胜利|顺利)?(?:" + alt("hold_verbs", "open_close_verbs") + "|落幕))"
                r"(?!前|之前|只有|还有)"
                # a body that convenes a named meeting is not that meeting (全国人大常委会25日召开…座谈会; not past the
                # line: a headline, then 出席闭幕会 on the next)
                r"(?![^，。；,;\n]{0,40}?" + meeting_word + ")"
                # a meeting introduced by what someone does at it: X25日在…座谈会上强调 / 在…大会上发表讲话
                r"|(?<=在)(?P<c>[^，。；、“”《》,;:：\s]{2,40}?" + meeting_word + r")(?:上|期间)"
                r"(?=(?:发表|作)?(?:了)?(?:重要)?(?:" + speech_words + r"|强调|指出|表示)(?!精神|的|发表|全文))"
                # a meeting introduced by what it says, opening a sentence: 全国政法工作电视电话会议要求，…
                # (…or by what it adopts: 全国人大常委会第十次会议6月28日表决通过了…)
                # (…or reviews in groups: 4月28日下午，…第十五次会议分组审议…草案)
                r"|(?:^|(?<=[。：:\n])|(?<=[日午]，))\s*(?P<d>(?!会议)[^，。；、,;:：\s]{3,40}?" + meeting_word
                + r")(?=要求|指出|强调|认为|提出|(?:(?:(?:\d{1,2}月)?\d{1,2}[日号]|今天|昨天)(?:[上下]午)?)?(?:(?:审议|表决)通过|分组审议|联组审议))"
                # …or by where it was held, after what someone did (在随后召开的座谈会上，X指出)
                r"|(?<=随后召开的|随后举行的|当天召开的|当天举行的)(?P<e>[^，。；、“”《》,;:：\s]{0,40}?" + meeting_word + r")(?=上)"
                # …or as the place of what follows, set off by a comma (在今天召开的全省工作会议上，代表们…)
                + "|(?:" + "|".join(f"(?<={re.escape(w)}的)" for w in t["hold_verbs"]) + r")(?P<f>[^，。；、“”《》,;:：\s]{2,40}?" + meeting_word + r")(?=上[，,])"
            ),
            body_meets=re.compile(
                r"(?P<body>[\u4e00-\u9fff]{2,20}?(?:委员会|政治局|常委会|常务委员会|党组|政府|人大常委会|政协|党委|党工委))"
                r"(?:(?:\d{1,2}月)?\d{1,2}[日号](?:[至到-]\d{1,2}[日号])?|日前|近日|今天|昨天)?(?:[上下]午|晚上|全天)?(?:在[^，。；]{1,15})?"
                + hold + "(?:了)?会议"),
            # 在人民大会堂召开 / 在北京主持召开 / 在县行政中心二楼会议室举行: the place before the verb of the introducing
            # sentence
            venue=re.compile(r"在(?P<v>[^，。；、在]{1,25}?)" + preside_verb + "?(?:隆重|胜利|顺利)?"
                             + alt("hold_verbs", "open_close_verbs")),
            # the body that convenes (中宣部召开座谈会 → 中宣部座谈会) and the session that holds a sitting (…第四次会议28日
            # 举行分组会议 → …第四次会议分组会议), right before the verb
            subject_body=re.compile(r"(?P<s>(?:(?<![\u4e00-\u9fff])|(?<=[日午晚]))[\u4e00-\u9fff、]{1,24}?(?:委|政府|政协|人大常委会|人大|党组|党委|常委会|主席团|代表团|中心组|"
                                    r"国务院|政治局|部|局|办|厅|院|委员会|办公室|妇联|工会|团委|联合会|协会|商会|支部|总支|指挥部|"
                                    r"公司|集团|学校|医院|小组))" + when_where),
            subject_session=re.compile(r"(?P<s>[^，。；\s]{4,50}?(?:会议|大会|全会))" + when_where),
            subject_titled=re.compile(r"(?P<s>(?:中共中央|国务院|全国人大常委会|全国政协|[\u4e00-\u9fff]{2,16}?(?:委|政府|政协|人大常委会|部|局)))"
                                      r"[\u4e00-\u9fff、]{2,16}?" + when_where),
            # the last body of the clause before the verb (中共中央政治局常委、国务院总理李克强到…考察并主持召开座谈会 → 国务院)
            clause_body=re.compile(r"^.*(?P<s>中共中央|国务院|全国人大常委会|全国政协|(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,12}?(?:省委|市委|县委|"
                                   r"区委|人民政府|人大常委会|政协))[^，。；]*?" + hold + "了?$"),
            role_in_name=re.compile(r"^.*(?:" + role_verbs + "|" + hold + "|宣布)了?"),
            # (…or where it is held: 在这里举行的第十一届亚欧首脑会议)
            who_takes_part=re.compile(r"^[^的]{0,30}?(?:" + alt("join_verbs", "hold_verbs") + "|参与|举办|主办)的"),
            # a role verb whose object is the meeting, named or not (主持会议, 出席座谈会)
            role_on_meeting=re.compile(role_verbs + alt("convene") + r"?了?(?:[^。；\n]{0,60}?[，、])?的?(?P<n>(?!的)[^，。；、\s]{0,40}?"
                                       + meeting_word + ")"),
            presided_intro=re.compile(preside_verb + alt("convene") + "了?$"),  # 主持召开
            presided_meeting=re.compile(r"(?:^|[。；\n])\s*(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:[上下]午|晚上)?[，,])?"
                                        r"(?:今天的|当天的|本次|这次|此次)?(?P<n>[^，。；、\s由]{0,12}?"
                                        + meeting_word + r")由[^，。；]{2,40}?" + preside_verb),
            pair=re.compile(r"(.{2,40}?" + meeting_word + r")(?:和|及|与)(.{2,40}?" + meeting_word + ")"),
            # a minutes-style report names the meeting in its first line (…主任会议纪要)
            minutes_head=re.compile(r"[^，。；\s]{2,50}?" + meeting_word + r"(?=纪要|$|\s)"),
            attended_in_head=re.compile("到会|" + attend_verbs),
            # (…or 在全会讲话中: the speech named by its meeting)
            speech_at=re.compile(r"在(?:本次|这次|此次|今天的|当天的)?(?P<x>[^，。；在]{0,30}?(?P<kind>" + kinds
                                 + r"|会))(?:上|(?:上的)?" + speech_named + "中?)$"),
            # (the act is one clause; the words open the next: 在座谈会上缅怀了…，并强调)
            at_then_says=re.compile(r"^(?:在(?:本次|这次|此次)?(?P<at>[^，。；在]{0,30}?(?:" + kinds + r"|会))上(?!的))?"
                                    r"(?P<act>[^，。；]{2,60}?)[，,](?:并|还|同时|也)?(?=" + alt("statement") + ")"),
            in_speech=re.compile(r"^在(?:[^，。；]{0,20}?的)?(?:重要|总结|动员)?(?:" + speech_named + ")中"),
            attended_at=re.compile(r"了?(?P<x>[^，。；、在]{0,30}?(?P<kind>" + kinds + r"))(?=并|[，。；]|$)"),
            date=date_pattern(t),
        )


@lru_cache(maxsize=1)
def default_grammar() -> MeetingGrammar:
    return MeetingGrammar.build(default_constructions())


@dataclass
class _Subj:
    who: str
    start: int  # start of the subject (title chain included)
    end: int
    is_body: bool = False


def _subjects(text: str, mentions: dict[str, list[Mention]], orgs: list[Organization],
              g: MeetingGrammar) -> list[_Subj]:
    # (a name that owns an instruction or a message is inside an object: 传达了A重要指示和B批示精神并讲话 — the verb
    # is the relayer's)
    subs = [_Subj(name, m.chain_start if m.chain_start is not None else m.start, m.end)
            for name, ms in mentions.items() for m in ms if not g.owned.match(text, m.end)]
    subs += _surname_title_references(text, mentions, subs, g)
    persons = sorted(subs, key=lambda s: s.start)  # no bodies yet: every subject so far is a person
    person_starts = [p.start for p in persons]
    for o in orgs:
        for ms, me in occurrences(text, o.name):
            # a body inside a person's title chain (区委 in 区委书记于军) is not a subject of its own
            k = bisect.bisect_right(person_starts, ms) - 1
            if not any(persons[j].start <= ms and me <= persons[j].end for j in range(max(0, k - 2), k + 1)):
                subs.append(_Subj(o.name, ms, me, True))
    subs.sort(key=lambda s: (s.end, -(s.end - s.start)))
    return subs


def _surname_title_references(text: str, mentions: dict[str, list[Mention]], subs: list[_Subj],
                              g: MeetingGrammar) -> list[_Subj]:
    """温书记, 张部长 after 温某: a later reference by surname and title to the one person of that surname; 振华书记
    after 林振华: by given name and title (SPEC: the title stays the reference's, the person is the same)."""
    by_part: dict[str, list[str]] = {}
    for name in mentions:
        sur = name[:2] if name[:2] in SURNAMES_2 and len(name) >= 3 else name[0]
        if 2 <= len(name) - len(sur) + 1 <= 3:
            by_part.setdefault(sur, []).append(name)
        if len(name) - len(sur) == 2 and name[len(sur):] not in SURNAMES_2:
            by_part.setdefault(name[len(sur):], []).append(name)
    taken = sorted((s.start, s.end) for s in subs)
    starts = [a for a, _ in taken]
    out = []
    for m in g.surname_title.finditer(text):
        names = by_part.get(m.group(1), [])
        k = bisect.bisect_right(starts, m.start()) - 1
        inside = k >= 0 and taken[k][1] > m.start()
        # the one person of that surname, named before the reference
        if len(names) == 1 and not inside and mentions[names[0]][0].start < m.start():
            out.append(_Subj(names[0], m.start(), m.end()))
    return out


_TIGHT_SEP = re.compile(r"^(?:、|和|与|及|同志、)$")


def _group_before(subs: list[_Subj], idx: int, text: str, sep: re.Pattern, loose: re.Pattern | None = None) -> list[_Subj]:
    """The subject at idx and the persons joined to it by 、，和 before it (a list of attendees); with loose, also
    by a short label between them (a roster its marker closes: …，返乡青年X，种植户Y先后发言)."""
    group = [subs[idx]]
    j = idx - 1
    while j >= 0:
        prev, cur = subs[j], group[-1]
        if prev.is_body or prev.end > cur.start:
            # a body inside the gap (其他党委理论学习中心组成员 holds one) is part of the separator, which must
            # still match the whole gap to the next person
            j -= 1
            continue
        gap = text[prev.end : cur.start]
        if "\n" in gap:
            if not _WRAPPED.search(gap) and text[cur.start : cur.end] != cur.who:
                break  # a roster's line, then a titled person on the next (…晏国强\n区委书记X出席会议并讲话): not one list
            gap = _WRAPPED.sub(lambda m: m.group(1), gap)  # (a line that ends on the list's comma runs on: one list)
        if sep.match(gap or "x") or loose is not None and not prev.is_body and loose.match(gap):
            group.append(prev)
            j -= 1
            continue
        break
    return group


@dataclass
class _Scope:
    """One meeting of the report and the stretch of text whose roles are its own."""

    meeting: Meeting
    start: int
    seen: set[tuple[str, str]]
    speeches: set[str] = field(default_factory=set)  # who gave a speech here (not only statements)


# a character of what was reported, or a whole title in 《》 or quotation marks with its commas (作的《…，…》的工作报告)
_BOOK_OR = r"(?:《[^》。\n]{1,100}》|“[^”。\n]{1,100}”|『[^』。\n]{1,100}』|[^，。；])"
# a date in the sentence that introduces a meeting, in digits or in words (一九九八年一月二十日至二十二日)
_YEAR = r"(?:\d{4}|[〇零一二三四五六七八九]{4})年"
_MONTH = r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月"
_DAY = r"(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
_ORDINALS = re.compile(r"(?:第?[一二三四五六七八九十百零〇\d]+(?:届|次)|\d{4}年度?|[(（]扩大[)）]|第?[一二三四五六七八九十百零〇\d]+期)")
_NOT_VENUE = re.compile(r"完成|议程|会上|期间|领导下|带领下|指导下|基础上|过程中|之际|前夕|以来|后|时$|中$")
_VENUE_SHORT = {"京": "北京"}


def meeting_venue(text: str, span: tuple[int, int], sents: Sentences, grammar: MeetingGrammar | None = None
                  ) -> str | None:
    """Where the meeting was held, when the sentence that introduces it says (a venue or a place, as written)."""
    lo, hi = sents.sentence(span[0])
    m = (grammar or default_grammar()).venue.search(text, lo, hi)
    if m is None or _NOT_VENUE.search(m.group("v")):
        return None
    return _VENUE_SHORT.get(m.group("v"), m.group("v"))


_NUMS = "一二三四五六七八九十"
# the conventional short names of sessions: …第十九届中央委员会第二次全体会议 → 十九届二中全会; …第十八届中央纪律检查委员会
# 第五次全体会议 → 十八届中央纪委五次全会; …第十三届全国人民代表大会第一次会议 → 十三届全国人大一次会议; 政协第十三届
# 全国委员会第一次会议 → 全国政协十三届一次会议
_SESSION_SHORT = (
    (re.compile(rf"第?([{_NUMS}]+)届中央委员会第([{_NUMS}]+)次全体会议$"), "{0}届{1}中全会"),
    (re.compile(rf"第?([{_NUMS}]+)届中央纪律检查委员会第([{_NUMS}]+)次全体会议$"), "{0}届中央纪委{1}次全会"),
    (re.compile(rf"第?([{_NUMS}]+)届全国人民代表大会第([{_NUMS}]+)次会议$"), "{0}届全国人大{1}次会议"),
    (re.compile(rf"第?([{_NUMS}]+)届全国委员会第([{_NUMS}]+)次会议$"), "全国政协{0}届{1}次会议"),
)
# the short forms a body's full name takes inside a meeting's name (beside the organ table's own)
_NAME_SHORT = (("中国人民政治协商会议", "政协"), ("中华人民共和国第", "第"), ("全国人民代表大会", "全国人大"))


def conventional_aliases(name: str) -> list[str]:
    """Other names the same meeting goes by: its session's conventional short name, and the name with a body's
    full name in its usual short form (organ table: 中国科学技术协会 → 中国科协)."""
    out = [fmt.format(*m.groups()) for pat, fmt in _SESSION_SHORT if (m := pat.search(name))]
    shorts = list(_NAME_SHORT)
    for canon, aliases in default_organs().central.items():
        if canon in name:
            shorts += [(canon, a) for a in aliases if len(a) < len(canon) and not a.endswith("中央")]
    for full, short in shorts:
        if full in name:
            out.append(name.replace(full, short, 1))
    return [a for a in dict.fromkeys(out) if a != name][:4]


def series_of(name: str, series: re.Pattern) -> tuple[str | None, int | None]:
    """A recurring meeting's series and sitting: 十二届全国人大常委会第四十次委员长会议 → (全国人大常委会委员长会议,
    40); 国务院常务会议 → (国务院常务会议, None); a name that names its holder only by a level word (常务会议) or
    that is no recurring kind → (None, None)."""
    key = _ORDINALS.sub("", name)
    if not series.fullmatch(key):
        return None, None
    numbers = re.findall(r"第([一二三四五六七八九十百零〇\d]+)次", name)
    return key, (cn_to_int(numbers[-1]) if numbers else None)


def find_meetings(text: str, sents: Sentences, mentions: dict[str, list[Mention]],
                  orgs: list[Organization], grammar: MeetingGrammar | None = None) -> list[Meeting]:
    g_ = grammar or default_grammar()
    intros = _introductions(text, g_)
    if not intros:
        return []
    dates = date_mentions(text, g_.date)
    scopes: list[_Scope] = []
    for k, (name, aliases, span) in enumerate(intros):
        lo = span[0] if k else 0
        hi = intros[k + 1][2][0] if k + 1 < len(intros) else len(text)
        date = meeting_date(text, [name, *aliases], span[0], dates, lo, hi)
        series, sitting = series_of(name, g_.series)
        aliases = [*aliases, *(a for a in conventional_aliases(name) if a not in aliases)]
        meeting = Meeting(name=name, aliases=aliases, date=date, evidence=sents.evidence(*span), series=series,
                          sitting=sitting, venue=meeting_venue(text, span, sents, g_))
        # a later meeting's scope starts at the sentence that introduces it (会前，X主持召开…)
        scopes.append(_Scope(meeting, sents.sentence(span[0])[0] if k else 0, set()))
    # where each scope takes over: its start, and for a side meeting told in an aside (会议期间，X主持召开了…), the
    # report's own meeting again after the aside's paragraph
    marks = sorted([(sc.start, k) for k, sc in enumerate(scopes)]
                   + [(end + 1, 0) for sc in scopes[1:] if g_.aside.match(text, sc.start)
                      and (end := text.find("\n", sc.start)) > 0])
    scope_starts = [m[0] for m in marks]
    subs = _subjects(text, mentions, orgs, g_)
    persons = [s for s in subs if not s.is_body]
    person_starts = [s.start for s in persons]  # persons are sorted by end, and so by start: no overlaps
    position = {id(s): i for i, s in enumerate(subs)}
    first_at: dict[int, int] = {}  # start offset → the first subject (in subs order) starting there
    for i, s in enumerate(subs):
        first_at.setdefault(s.start, i)

    def scope_at(pos: int) -> _Scope:
        return scopes[marks[max(0, bisect.bisect_right(scope_starts, pos) - 1)][1]]

    def add(role: str, s: _Subj, vstart: int, vend: int, statement: bool = False, **kw) -> None:
        sc = scope_at(vstart)
        if sc is not scopes[0] and _SESSION_SITTING.search(text, s.start, vend + 6) \
                and not _SESSION_SITTING.search(sc.meeting.name):
            # 俞某在闭幕会讲话中… / 杜某主持闭幕会 after 会议期间，俞某主持召开了…主席会议: a sitting of the session the
            # report is about, not of the meeting held during it
            sc = scopes[0]
        if role == "spoke" and not statement:
            sc.speeches.add(s.who)  # (a speech given, not only statements that may quote a report)
        if (role, s.who) in sc.seen or (s.is_body and role != "presided"):
            return
        sc.seen.add((role, s.who))
        getattr(sc.meeting, role).append(Role(who=s.who, is_body=s.is_body, evidence=sents.evidence(s.start, vend),
                                              **kw))

    heard_end = [-1]  # where the last report the meeting heard (听取…X关于…的报告) ends
    told: set[int] = set()  # persons whose words are told, not given here (a pronoun after them is not theirs)
    briefers: set[str] = set()  # who spoke to the press outside a press event: the rest of their words are the briefing
    arrivals: set[tuple[str, int]] = set()  # (who, paragraph) of a statement given at the airport on arrival
    for mm in g_.meets_press.finditer(text):  # (…and who met the press: X来到…，与新闻媒体…亲切会面交谈。X说…)
        lo_ = sents.sentence(mm.start())[0]
        briefers.update(p.who for p in persons[bisect.bisect_left(person_starts, lo_) : bisect.bisect_left(person_starts, mm.start())])
    for i, s in enumerate(subs):
        lo, hi = sents.sentence(s.end)
        if not s.is_body and text.endswith(_PRESENT_BEFORE, lo, s.start):
            add("attended", s, s.start - 3, s.end)  # 与会的中国财政部副部长X表示: one of those present
        if not s.is_body and (fs := _FLOOR_SPEECH_MET.match(text, s.end, hi)):
            add("spoke", s, s.start, fs.end())
        if not s.is_body and text.startswith(("看来，", "看来,"), s.end) and _IN_VIEW_OF.search(text, lo, s.start):
            add("spoke", s, s.start, s.end + 3, statement=True)  # 在…委员X看来，…: what the member holds, said here
        for _ in range(8):  # a roster's groups parted by semicolons run on to the verb (A；司令员B；…领导出席大会)
            if text[hi - 1 : hi] not in ("；", ";") or hi >= len(text):
                break
            hi = sents.sentence(hi)[1]
        glue = g_.glue.match(text, s.end, hi)
        if glue and glue["own"] is not None and text[s.start - 1 : s.start] in _OBJECT_BEFORE:
            glue = None  # (张德江同习近平握手，表示感谢: the act and the words are the subject's, not his who is met)
        v = glue.end() if glue else s.end
        k = bisect.bisect_right(person_starts, s.end)
        last = bisect.bisect_left(person_starts, v) - 1  # (the glue's last person: 纪念A为B题词…座谈会，…主任C出席)
        if k <= last and v - persons[last].end <= 4 and not _ENTRUSTED_BY.search(text, s.end, v):
            # the glue skipped another person right before the verb (在B主持下): the verb is B's (not 受B委托: the
            # verb is the subject's, on B's behalf)
            v = s.end
        if k < len(persons) and persons[k].start < v and text[persons[k].start - 1] in "、，," \
                and g_.sep.match(text[s.end : persons[k].start]):
            continue  # the glue ran over the list's next member (A、B、C出席): the verb is read from the list's last one
        if k <= last and g_.each.search(text, max(s.end, v - 4), v):
            continue  # (…or over later members to the roster's marker: A，…B，…C等8名代表，从…领域，逐一发言 — C's)
        rest = text[v:hi]
        if not rest:
            continue
        if not s.is_body and (ap := g_.and_preside.match(rest)) \
                and not _person_between(persons, person_starts, lo, s.start) \
                and not _subject_between(text, persons, person_starts, v, v + ap.end()) \
                and not _CLOSES_BRACKET.match(ap.group()):
            # X…调研，并主持召开座谈会: the sentence's subject (not 王勇宣读了…李克强批示并主持会议: a name in the object;
            # nor a name in brackets, a byline's: （通讯员 X）3月4日，在马道镇召开…)
            add("presided", s, v, v + ap.end())
            if a := g_.and_speak.match(rest[ap.end() :]):
                add("spoke", s, v, v + ap.end() + a.end())  # …，主持召开…座谈会并发表重要讲话
        aa, at = g_.and_attend.match(rest), v
        if aa is None:  # (在出席…时 may stand in the glue, after a title: X总理在出席…时)
            aa, at = g_.and_attend.match(text[s.end : hi]), s.end
        if not s.is_body and aa \
                and not _person_between(persons, person_starts, _after_invitation(text, lo, s.start), s.start) \
                and not _subject_between(text, persons, person_starts, at, at + aa.end()) \
                and not g_.other_activity.match(text[at:hi], aa.end()) and not _quoted_from_earlier(text, s, lo, g_) \
                and not _inside_words(text, s) and not _quoted_leader(text, s, persons, person_starts):
            # (not a leader quoted: 会议指出，X总书记在参加…时强调)
            add("attended", s, at, at + aa.end())  # X在广西调研，并出席…座谈会: the sentence's subject
            if a := g_.and_speak.match(text[at + aa.end() : hi]):
                add("spoke", s, at, at + aa.end() + a.end())  # …，出席…会议并发表主旨演讲
        if not s.is_body and (md := g_.joins_delegation.match(text, s.end, hi)):
            add("attended", s, s.end, md.end())  # (…and what he says there is read below: 在参加…代表团审议时强调)
        if mp := g_.preside.match(rest):
            if s.is_body and (mp.group() in g_.convene or mp.group().startswith("的")):
                continue  # a body that merely convenes does not preside; 在常委会的主持下: what it organised
            if s.is_body and g_.by_body_of.search(text, lo, s.start):
                continue  # 香港…选举第十三届全国人大代表由全国人大常委会主持: the election, not this meeting
            if not s.is_body and _quoted_leader(text, s, persons, person_starts):
                continue  # 韩正表示，…。习近平总书记主持召开…会议并发表重要讲话: a leader's meeting in another's words
            if not s.is_body and _STUDYING.search(text, max(lo, s.start - 30), s.start):
                continue  # 会议学习贯彻X…主持召开…座谈会时的重要讲话精神: the meeting he presided is studied here
            # 由A、B共同主持: each of the list presided
            jointly = re.search(r"共同|联合|分别", text[s.end : v])  # (A、B分别主持上午和下午的会议)
            # …or names joined by 、/和 alone (会议由执行主席A、B主持): a comma may end another clause's list
            group = _group_before(subs, i, text, g_.sep if jointly else _TIGHT_SEP)
            presiders = group if jointly or all(not x.is_body for x in group) else [s]
            if jointly and _WITH_BEFORE.search(text, lo, s.start) \
                    and (j := bisect.bisect_left(person_starts, lo)) < len(persons) and persons[j].start < s.start \
                    and not any(x.end < s.start - 1 and not _RECEIVED.search(text, max(lo, x.start - 20), x.start)
                                for x in persons[j + 1 : bisect.bisect_left(person_starts, s.start - 1)]):
                # X访问俄罗斯，并同B共同主持…会议: the sentence's subject presided with B (past whom X received on the
                # way: …，会见俄罗斯总统普京，并同B共同主持…)
                presiders = [persons[j], *presiders]
            for g in presiders:
                add("presided", g, v, v + mp.end())
            if a := g_.and_speak.match(rest):  # A和B共同主持会议并讲话: each of them spoke
                for g in presiders:
                    add("spoke", g, v, v + a.end())
            if not s.is_body and (a := _report_after(text, v + mp.end(), hi, g_)):
                add("reported", s, v, a[0] + a[1].end(), **_report_fields(a[1], text, s, lo, v))
            continue
        if ma := g_.attend.match(rest):
            here = scope_at(v).meeting
            if _quoted_from_earlier(text, s, lo, g_) or g_.other_activity.match(rest, ma.end()) or (
                    (mo := g_.attended_at.match(rest, ma.end())) and mo["x"] != mo["kind"] and _names_another(mo, here, g_)):
                # 传达学习…X出席…时的讲话精神 / X参加了阿勒泰慰问考察活动 / (刘某在讲话中说，)X全程参加河北省委常委班子专题
                # 民主生活会并发表重要讲话: not this meeting (出席峰会: a bare kind is the report's own)
                continue
            group = _group_before(subs, i, text, g_.sep)
            if re.search(r"共同|一同|一起", text[s.end : v]) and (j := bisect.bisect_left(person_starts, lo)) < len(persons) \
                    and persons[j].end < s.start and _WITH_AFTER.fullmatch(text, persons[j].end, s.start):
                group = [persons[j], *group]  # A13日下午与B在人民大会堂共同出席…: the subject attended with B
            for g in group:
                add("attended", g, v, v + ma.end())
            # A、B出席会议并讲话 / X到会致辞 (the speech right after the presence verb): the roster spoke
            # (…or a presence verb that holds the speech: 到会讲话)
            if a := g_.and_speak.match(rest) or g_.speech_next.match(rest, ma.end()) or g_.speech_next.search(ma.group()):
                for g in group:
                    add("spoke", g, v, v + a.end())
            if a := _report_after(text, v + ma.end(), hi, g_):  # X列席会议并汇报了…情况 (A、B分别到会作报告: each of them)
                for g in group:
                    add("reported", g, v, a[0] + a[1].end(), **_report_fields(a[1], text, g, lo, v))
            continue
        if not s.is_body and _DOCUMENT_BY.search(text, max(lo, s.start - 3), s.start) and (made := _MADE.match(rest)):
            # 会议听取了…的报告，报告由局长X受市政府委托作出: the report named before, delivered by X
            told_what = _NAMED_REPORT.search(text, lo, s.start - 3)
            add("reported", s, v, v + made.end(),
                what=_clean_what(told_what.group("what")) if told_what else text[s.start - 3 : s.start - 1],
                on_behalf_of=_behalf(text, s, lo, text[s.end : v]))
            continue
        if (to := _LAID_BEFORE.search(text, s.end, v)) and (ml := g_.report.match(text[to.start() : hi])) \
                and ml.group("what6"):
            v, rest = to.start(), text[to.start() : hi]  # X向会议提出…报告: the glue took 向会议, which the report holds
        if mr := g_.report.match(rest):
            # (not 工作的; nor another's report inside what X relays: X传达了习近平总书记在…上所作报告的主要内容)
            named = re.search(r"所[作做]|(?<![工合协创写操制动])[作做]的", mr.group()) and not _RELAYS.match(mr.group())
            heard_at = text[max(lo, s.start - _LOOKBACK) : s.start]
            # (…or a later item of that list: 推举A在…上作…报告、B作…的报告)
            if _quoted_from_earlier(text, s, lo, g_) or _DECIDED_BY.search(text, max(lo, s.start - 6), s.start) \
                    or text[s.start - 1 : s.start] == "、" and _DECIDED_BY_LIST.search(text, lo, s.start) \
                    or _EARLIER_AT.search(text, s.end, v) or named and (
                    # (当年6月召开的…会议，听取了X所作的…报告: heard at an earlier session)
                    # (X所作的…报告，以书面形式提交大会审议: delivered in writing, at this session)
                    not re.search(r"听取|审议|讨论|通过", heard_at) and not _SUBMITTED.search(text, v, hi)
                    or _EARLIER_SESSION.search(heard_at)
                    # (会议指出，X作的工作报告…: the report named by a statement, not heard)
                    or re.search(r"(?:指出|强调|认为|表示)[，,]$", heard_at)):
                continue  # 学习领会好X所作的报告 / 会议指出，X在全会上作的报告…: a report named, not heard here
            # every member of a list before the verb reported, marked or not: A、B分别宣读了…, A、B通过视频汇报了…,
            # A、B作个人对照检查, A、B、C等获奖代表作…报告, 听取了A、B、C作的…报告, A就…、B就…作了汇报
            # (a marked list also across a member no name was read in: …，运营主管X等依次汇报了…)
            marked = g_.each.search(text, s.end, v) is not None
            for g in _group_before(subs, i, text, g_.sep, g_.loose_sep if marked else None):
                add("reported", g, v, v + mr.end(), **_report_fields(mr, text, s, lo, v))
            if re.search(r"在(?:作|做)?了?$", text[s.end : v]) and re.match(r"[^，。；]*?[时中]", rest):
                pass  # X在作说明时指出: the author quotes what he reports (SPEC), no speech of his own
            elif a := g_.and_speak.match(rest):
                add("spoke", s, v, v + a.end())
            elif ((c := _THEN_SPEAKS.match(rest, mr.end()) or g_.then_speech.match(rest, mr.end())) or mr.group().startswith("通报") and (c := _THEN_PRESENTS.match(rest, mr.end()))) \
                    and not _person_between(persons, person_starts, v, v + c.end()):
                add("spoke", s, v, v + c.end())  # X传达了…精神，对…进行了安排: the same subject, a second clause
            continue
        if (mh := _HEARD_REPORT_WHOLE.match(rest) or _HEARD_REPORT.match(rest)) and (
                _HEARD.search(text, max(lo, s.start - 40), s.start)
                or heard_end[0] >= lo and _HEARD_NEXT.fullmatch(text, heard_end[0], s.start)
                or _HEARD_AFTER_ITEMS.search(text, max(lo, s.start - 200), s.start)):
            # 会议听取了副市长X关于…的汇报: X reported (and each of a list joined to X); the heard list goes on
            # item by item (…的报告，院长Y关于…的报告), after a body's report too (听取了A处关于…的汇报，以及处长Y关于…)
            heard_end[0] = v + mh.end()
            if s.is_body:
                continue
            for g in _group_before(subs, i, text, g_.sep):
                add("reported", g, v, v + mh.end(), what=_clean_what(mh.group("what")) or mh.group("kind"),
                    on_behalf_of=None)
            continue
        if not s.is_body and (mh := _HEARD_SPEECH.match(rest)) and (
                (group := _group_before(subs, i, text, g_.sep))
                and (_HEARD.search(text, max(lo, group[-1].start - 40), group[-1].start)
                     or _HEARD_AFTER_ITEMS.search(text, max(lo, group[-1].start - 200), group[-1].start))):
            # 在听取了…，以及A、B、C的交流发言后: each of the list spoke (a speech heard at the meeting)
            for g in group:
                add("spoke", g, v, v + mh.end())
            continue
        if glue and g_.presiding_while.search(text, s.end, v):
            add("presided", s, s.end, v)  # X在主持会议时指出: presided, and the statement below spoke
        between = text[s.end : v]
        behalf = _behalf(text, s, lo, between)
        if not s.is_body and behalf and (mi := _BRIEFS.match(rest)):
            # 受市委常委会委托，X介绍了…情况: a report on behalf of the body (SPEC), not a speech
            add("reported", s, v, v + mi.end(), what=_clean_what(mi.group("what")), on_behalf_of=_clean_behalf(behalf))
            continue
        if not s.is_body and (mo := _IN_OWN_REPORT.search(between)) and g_.speak.match(rest):
            # X在工作报告中指出…: the author of the report delivered here reported it; no speech of his own (nor a
            # report where the meeting studies it: 学习…政府工作报告。李强总理在政府工作报告中指出)
            if not _studied_before(text, re.escape(mo.group("what")), s.start):
                add("reported", s, v, v + len(rest.split("，", 1)[0]), what=_clean_what(mo.group("what")),
                    on_behalf_of=None)
            continue
        ms = g_.speak.match(rest)
        if not ms and not s.is_body and (mt := g_.at_then_says.match(rest)) \
                and (mt["at"] is not None or "会上" in text[s.end : v] or _AT_MEETING_FRAME.match(text, lo, s.start)):
            # X在座谈会上回顾了…，强调… / 会上，X为…颁奖，并指出…: an act of his own at the meeting, then his words
            # (no speech word, and so a statement: the author of a report given here only quotes it)
            ms = mt
        elif not ms and not s.is_body and (mt := g_.in_speech.match(rest)):
            ms = mt  # X在讲话中充分肯定了…: a speech, whatever its verb
        if ms:
            if text.endswith(("，代表", ",代表"), max(lo, s.start - 3), s.start) \
                    or _BEHALF_LIST_BEFORE.search(text, max(lo, s.start - 24), s.start):
                # 俞正声代表党中央，代表习近平总书记向…表示 / 李某代表常委会和吴某委员长对…表示感谢: the one who speaks for
                # him spoke, not he
                continue
            para = text.rfind("\n", 0, s.start) + 1
            if not s.is_body and "机场" in text[s.end : v]:
                arrivals.add((s.who, para))  # 习近平在机场发表书面讲话: a statement on arrival, not at the meeting
                continue
            if (s.who, para) in arrivals:
                continue  # (…and what he says next in that paragraph is the statement's)
            if _NOMINATES.match(rest) or _GREETS_ONE.search(text, s.end, v + ms.end()):
                # 习近平向大会提出了国务院总理的人选: a nomination sent to the session; 习近平向他表示祝贺: a gesture to
                # one person, no words to the meeting
                continue
            # a bare statement verb belongs to the name right before it, unless the glue says it is a speech
            # (A和B在联合发言中表示, X在讲话中指出): then the whole roster spoke
            # (…or remarks closing the meeting: X在全会结束时强调 — a speech of his own, whatever report he gave)
            statement = ms.re is g_.at_then_says or ms.re is not g_.in_speech and ms.group().rstrip("了") in g_.statements \
                and not g_.speech_named.search(text, s.end, v) and not _CLOSING_REMARKS.search(text, s.end, v)
            here = scope_at(v).meeting
            # (the speech word itself may close the place: 在全会讲话中对…给予充分肯定)
            at_end = v + (ms.end("at") + 1 if ms.re is g_.at_then_says and ms["at"] is not None else ms.end())
            if _at_another_meeting(text[s.end : v], here, g_) or _at_another_meeting(text[s.end : at_end], here, g_) \
                    or _EARLIER_AT.search(text, s.end, v) \
                    or _on_visit(text, lo, v, here, g_) or statement and _tour_before(text, v, here, sents, g_) \
                    or _briefs_press(text, s, v, here, briefers, g_) \
                    or _quoted_from_earlier(text, s, lo, g_) or _studied_speech(text, s, v, g_) \
                    or statement and _ON_ANOTHER_ACT.match(text, s.end, v + ms.end()) \
                    or statement and (_INSIDE_SPEECH.search(
                    text, max(lo, s.start - _LOOKBACK), s.start) or _quoted_leader(text, s, persons, person_starts)
                                      or _at_reception_after(text, s)):
                # 黄坤明…一是习近平总书记在全会上发表重要讲话 (at a press conference): another meeting; (a speech given
                # here may be told in another's words: 杨洁篪指出，…X发表重要讲话)
                told.add(id(s))  # …他说 after it goes on with the one who told it
                continue
            # (…unless a group's marker stands before it: A、B纷纷表示 — each of them said it; not 相继提出, proposals
            # made one after another over the years)
            # (…or a list closed by a member's title or by 等: A、B代表提出, A、B等新方领导人表示 — said together)
            # (a marker before the verb closes a roster whose members may carry labels of any kind)
            marked = g_.each.search(text, s.end, v + ms.end()) or text.startswith("等", s.end)
            # (…and each of it says its own, the marker before a topic too: A、B也分别结合工作实际提出意见)
            # (…or the list counted right after its last name: A、B两位代表也围绕…提出了建议)
            each = statement and (_EACH_SAYS.search(text, s.end, v + ms.end()) or text.startswith(MEMBER_HEADS, s.end)
                                  or text.startswith("等", s.end) or _COUNTED_AFTER.match(text, s.end)
                                  # (…or views the list puts forward: A、B、C，以及…代表，对…逐条提出了修改意见)
                                  or g_.views_after.match(text, v + ms.end()) and text[s.start - 1 : s.start] in "、，,"
                                  or marked and "相继" not in text[s.end : v + ms.end()] and text[s.end : s.end + 1] != "，")
            for g in [s] if statement and not each else _group_before(subs, i, text, g_.sep,
                                                                       g_.loose_sep if marked else None):
                # (X在主持会议时指出: what the presider says, no quotation of his report)
                add("spoke", g, v, v + ms.end(), statement=statement and not g_.presiding_while.search(text, s.end, v))
    # "A委员就…，B委员就…等提出询问" / "A、B等就…发言": each person of the sentence whose words start with 就
    for mm in g_.ask_end.finditer(text):
        lo, _ = sents.sentence(mm.start())
        # (within reach: a sentence without punctuation may run for pages)
        reach = max(lo, mm.start() - 4 * _LOOKBACK)
        before = persons[bisect.bisect_left(person_starts, reach) : bisect.bisect_left(person_starts, mm.start())]
        for s in before:
            if s.end <= mm.start() and _ASKER.match(text, s.end, mm.start()):
                add("spoke", s, s.end, mm.end())
        # "A、B、C等9位同志围绕…积极建言献策" / "A、B分别…提出意见建议": the roster that the group marker closes
        # (…and the marker the phrase opens with: A、B先后交流发言)
        if last := _roster_end(before, text, mm.end("lead"), g_.group_mark) \
                or _roster_end(before[-1:], text, mm.end("lead"), g_.roster_tail):
            for g in _group_before(subs, position[id(last[0])], text, g_.sep, g_.loose_sep):
                add("spoke", g, g.end, mm.end())
    # a text that ends inside a roster's topic (the first part of a page: A、B、C等就…学习贯彻习近平新时) ends
    # before the roster's verb: a list (two or more, or 等) that opens a topic is a roster of speakers
    end = len(text.rstrip())
    k = bisect.bisect_left(person_starts, end)
    if last := _roster_end(persons[max(0, k - 4) : k], text, end, g_.cut_topic):
        group = _group_before(subs, position[id(last[0])], text, g_.sep)
        if len(group) > 1 or last[1].group().startswith("等"):
            for g in group:
                add("spoke", g, g.end, end)
    for mm in g_.pronoun_speaks.finditer(text):
        k = bisect.bisect_right(person_starts, mm.start(1)) - 1
        # (not a name the last sentence relays or owns something of: 赵某传达了习近平的重要指示…。他表示 → 赵某)
        # (…nor one named inside another speaker's words: X在讲话中指出，要牢记习近平总书记…嘱托。他强调 → X)
        while k >= 0 and (persons[k].end > mm.start(1) or id(persons[k]) in told or _RELAYED_NAME.search(text, max(0, persons[k].start - 6),
                                                                                persons[k].start)
                          or _OWNER.match(text, persons[k].end) or _inside_words(text, persons[k])
                          or _in_subjects_object(text, persons, k)):
            k -= 1
        # (nor the author of a report the last sentence gives: …主任X报告了…情况。他说… quotes the report, SPEC)
        # (nor one who visits a place, then speaks there: X来到…陵园，…参观…。他深情地说 — on the tour, not at the meeting)
        if k >= 0 and not _REPORT_THEN_PRONOUN.match(text, persons[k].end, mm.start(1)) \
                and not (g_.visit_place.match(text, persons[k].end, mm.start(1))
                         and "会" not in text[persons[k].end : mm.start(1)]):
            add("spoke", persons[k], mm.start(1), mm.end(), statement=not g_.speech_named.search(mm.group()))
    # rosters introduced by a label: "参加会议的有A、B" / "应邀出席大会的领导有：…" / "出席:A、B"
    rosters = [(mm, "attended") for mm in g_.roster_label.finditer(text)]
    rosters += [(mm, "spoke") for mm in g_.speaker_roster_label.finditer(text)]
    # 8位委员…先后发言。他们是：A（…）、B（…）: the roster names the group the sentence before said spoke
    for mm in _THEY_ARE.finditer(text):
        plo = sents.sentence(max(0, mm.start() - 1))[0]
        if plo < mm.start() and g_.ask_end.search(text, plo, mm.start()) \
                and not _person_between(persons, person_starts, plo, mm.start()):
            rosters.append((mm, "spoke"))
    # (…and who is named as attending, the name or its title right after: 列席会议的全国人大代表X说，…)
    rosters += [(mm, "attended") for mm in g_.attending_who.finditer(text)
                if (k := bisect.bisect_left(person_starts, mm.end())) < len(persons) and persons[k].start == mm.end()]
    for mm, role in rosters:
        k = bisect.bisect_left(person_starts, mm.end())
        if k >= len(persons) or persons[k].start - mm.end() > 30 or _SENTENCE_END.search(text, mm.end(), persons[k].start):
            continue  # (参加会议的有县委常委…成员。X主持会议: the roster named no one; the next sentence is another act)
        grp = [persons[k]]
        for nxt in persons[k + 1 :]:  # walk forward through the list
            if nxt.start < grp[-1].end:
                continue
            # (a label's roster runs to its sentence's end, whatever titles its items hold: 发言的有：A，…茶与食品学院院长B，
            # 以及…董事长C)
            if not g_.sep.match(text[grp[-1].end : nxt.start] or "x") \
                    and not g_.loose_sep.match(text[grp[-1].end : nxt.start]):
                break
            grp.append(nxt)
        for g in grp:
            add(role, g, mm.start(), mm.end())
    for mm in g_.presider_label.finditer(text):
        at = [first_at[p] for p in range(mm.end(), mm.end() + 3) if p in first_at]
        if at:
            add("presided", subs[min(at)], mm.start(), mm.end())
    _drop_instruction_statements(text, scopes, g_)
    for sc in scopes:
        # the author of a report delivered here, whose statements only quote it (李克强作政府工作报告。李克强表示…):
        # reported, no speaker (SPEC)
        # (…or who reports to the session: 向大会报告过去五年的工作, the report named by its verb)
        authors = {r.who for r in sc.meeting.reported
                   if any(w in (r.what or "") or w in text[r.evidence.start : r.evidence.end] for w in ("报告", "说明"))
                   } - sc.speeches
        sc.meeting.spoke = [r for r in sc.meeting.spoke if r.who not in authors]
    reaction = _reaction_opening(text, g_)
    # (a report opening on a speech's publication tells the publication, even where it recalls the meeting)
    published = g_.published.search(text, 0, _OPENING_REACTION) is not None
    for sc in scopes:
        if _not_held_yet(text, sc.meeting, sents, g_) or reaction and not _held_here(text, sc.meeting, g_) \
                or _visit_story(text, sc.meeting, sents, g_) or published:
            # 李克强抵达…，还将出席…领导人会议: an arrival; what is said there is said before the meeting
            for role in ("presided", "reported", "spoke", "attended"):
                setattr(sc.meeting, role, [])
    scopes[0].meeting.adopted = _adopted(text, sents)
    for a, b in zip(scopes, scopes[1:], strict=False):
        if a.start == b.start and a.meeting.evidence == b.meeting.evidence:  # a pair held together: same roles
            for role in ("presided", "reported", "spoke", "attended"):
                merged = getattr(a.meeting, role) + [r for r in getattr(b.meeting, role)
                                                     if r.who not in {x.who for x in getattr(a.meeting, role)}]
                setattr(a.meeting, role, merged)
                setattr(b.meeting, role, list(merged))
    return [sc.meeting for sc in scopes]


def _studied_speech(text: str, s: _Subj, v: int, g: MeetingGrammar) -> bool:
    """X在讲话中指出 where the report studies X's speech (会议传达学习了X…重要讲话精神 before it): a quotation of
    that speech, not one given here (在会上讲话中 is given here)."""
    between = text[s.end : v]
    speech = g.speech_named.pattern
    if not re.search("(?:" + speech + ")中", between) or re.search("会上|会议上|本次|这次|此次", between):
        return False
    return _studied_before(text, re.escape(s.who) + "[^。；]{0,40}?(?:" + speech + "|指示|批示)", s.start)


def _studied_before(text: str, what: str, end: int) -> bool:
    """The report studies `what` (a pattern) before end: 传达学习…政府工作报告, 学习…X…重要讲话精神."""
    return bool(re.search("(?:传达|学习|贯彻|领会)[^。；]{0,40}?" + what, text[max(0, end - 1500) : end]))


_SESSION_SITTING = re.compile(r"开幕会|闭幕会|开幕大会|闭幕大会|全体会议")
# a sitting of a session (在开幕会上, 在第一次全体会议上) or a generic word is where any meeting's speech is given
_SITTING_WORD = re.compile(r"^(?:会|会议|大会)$|开幕|闭幕|全体会议|预备会|分组|联组|小组|主席团|[大小]范围")


def _at_another_meeting(between: str, meeting: Meeting, g: MeetingGrammar) -> bool:
    """The glue before a speech names where it was given (在…上), and that is a meeting of another kind than the
    one the scope is about: 在全会上 in a report on a press conference. A kind ending in 会议 tells too little
    (常委会议 ~ 常委会会议), and so do 会, 大会 (纪念大会 ~ …会议) and a sitting."""
    m = g.speech_at.search(between)
    return m is not None and _names_another(m, meeting, g)


_THIS_PART = re.compile(r"(?:当天|当日|今天|[上下]午|晚上|本次|此次|这次)的?")


def _names_another(m: re.Match, meeting: Meeting, g: MeetingGrammar) -> bool:
    """The meeting m names (its words x, its kind) is of another kind than the scope's meeting."""
    if m["kind"] == "大会" and m["x"] == "大会" and all(
            g.small_meeting.search(n) for n in (meeting.name, *meeting.aliases)):
        return True  # (a study session or a forum speaks of 在大会上: the big meeting it studies)
    if _SITTING_WORD.search(m["x"]) or m["kind"] in ("会", "大会") \
            or _THIS_PART.fullmatch(m["x"], 0, len(m["x"]) - len(m["kind"])):
        return False  # (参加上午的会议, 出席本次会议: a part of this meeting, or this one)
    names = [_plain_kind(n) for n in (meeting.name, *meeting.aliases)]
    x = _plain_kind(m["x"])
    if m["kind"].endswith("会议"):
        # …会议 tells its kind only with a name before it (在全省领导干部会议上, not 在常委会议上): another meeting
        # where the names share neither the words nor the end (市委常委会议 ~ 市委常委会会议)
        return len(x) > len(m["kind"]) + 2 and not any(x in n or n in x or x[-4:] == n[-4:] for n in names)
    return not any(n.endswith(m["kind"]) or x.endswith(n) for n in names)


# how far into a report its opening runs: a reaction story says what it is about there
_OPENING_REACTION = 300


def _reaction_opening(text: str, g: MeetingGrammar) -> bool:
    """The report opens on the response to a speech (习近平总书记在…上的重要讲话，在各地引起强烈反响 / 总书记的讲话，让…
    备受鼓舞) before it tells any meeting as held: a reaction story, about the response, not about the meeting."""
    m = g.response.search(text, 0, _OPENING_REACTION + 150)
    return bool(m and m.start() < _OPENING_REACTION
                and not g.held_after.search(text, 0, m.start()))


def _visit_story(text: str, meeting: Meeting, sents: Sentences, g: MeetingGrammar) -> bool:
    """The report opens on a visit (X与出席…会议的各国领导人共同参观…) and names the meeting only as what the visitors
    attend: what is said in it is said on the visit, not at the meeting."""
    first = sents.sentence(0)
    if not g.visit.search(text, *first):
        return False
    spans = [(s, e) for n in (meeting.name, *meeting.aliases) for s, e in occurrences(text, n)]
    return bool(spans) and all(text.startswith("的", e) and g.attendees_of.search(text, max(0, s - 24), s)
                               for s, e in spans)


def _held_here(text: str, meeting: Meeting, g: MeetingGrammar) -> bool:
    """The report tells the meeting as held (…会议22日在北京召开, 召开了…会议), not only as where a speech was given
    (在昨天召开的…大会上)."""
    for n in (meeting.name, *meeting.aliases):
        for s, e in occurrences(text, n):
            if g.held_after.match(text, e) or g.held_before.search(text, max(0, s - 4), s):
                return True
    return False


def _briefs_press(text: str, s: _Subj, v: int, meeting: Meeting, briefers: set[str], g: MeetingGrammar) -> bool:
    """X向记者介绍了此访情况 in a report on a meeting not held for the press: a briefing, and what X says after it
    in the report (王毅说，…) is the briefing too. (Not at a meeting held for or with the press: 新闻发布会, 记者节座谈会.)"""
    if g.press_event.search(meeting.name) or g.press_meeting.search(meeting.name):
        return False
    if g.to_press.search(text, s.end, v):
        briefers.add(s.who)
    return s.who in briefers


def _on_visit(text: str, lo: int, v: int, meeting: Meeting, g: MeetingGrammar) -> bool:
    """The sentence says its words were said on a tour or visit (X在山东考察时强调, 访问期间，X提出…), and names no
    meeting after it (考察期间，X在座谈会上讲话: at the meeting) — unless the meeting is the tour's own (调研座谈会)."""
    # (the last visit of the sentence before the verb)
    m = max(g.on_visit.finditer(text, lo, v), key=lambda x: x.start(), default=None)
    if m is None or "会" in text[m.end() : v]:
        return False
    return (m["w"] or m["w2"] or "访问") not in meeting.name


def _tour_before(text: str, v: int, meeting: Meeting, sents: Sentences, g: MeetingGrammar) -> bool:
    """The report opens on a tour (X近日在山东考察时强调) and the words at v come before the meeting is first named:
    said on the tour (来到…陵园…。X说), not at the meeting held on it."""
    if not g.on_visit.search(text, *sents.sentence(0)):
        return False
    first = min((s for n in (meeting.name, *meeting.aliases) for s, _ in occurrences(text, n)), default=None)
    return first is not None and v < first


def _plain_kind(name: str) -> str:
    """A meeting's name without the enlarged note and the doubled 会 (市委常委会（扩大）会议 → 市委常委会议), a plenary
    by its short kind (…第三次全体会议 → …第三次全会: 在全会上 is where its speeches are given)."""
    return _ENLARGED.sub("", name).replace("常委会会议", "常委会议").replace("全体会议", "全会")


def _roster_end(before: list[_Subj], text: str, end: int, closes: re.Pattern) -> tuple[_Subj, re.Match] | None:
    """The last name of the roster that `closes` ends at `end`: the latest of the few names before `end` from
    which the pattern runs to it — not a name inside the roster's topic (A、B等就学习贯彻习近平…思想提出意见)."""
    for p in reversed(before[-4:]):
        if p.end <= end and (m := closes.match(text, p.end, end)):
            return p, m
    return None


# X对这次检查工作提出要求: demands on an inspection or a tour the report tells as background, no words at the meeting
_ON_ANOTHER_ACT = re.compile(r"(?:委员长|总书记|总理|主席|书记)?对(?:这次|此次|该次|本次)?[^，。；]{0,10}?(?:执法检查|检查|调研|考察|视察|巡视|督查)"
                             r"(?:工作)?(?:提出|作出|强调|要求)")
_THEY_ARE = re.compile(r"(?:他们|她们)是[：:]")  # a roster after the group it names
# X作出重要指示 / 作出批示 / 发来贺信: a leader who only sends words has no role at the meeting (SPEC); what the
# report quotes of them (X指出…) is the instruction, not a statement made there
_INSTRUCTION = re.compile(r"(?:作出|做出)[^，。；]{0,8}?(?:指示|批示)|(?:发来|致)(?:贺信|贺电|贺词|贺辞)|致信")


def _not_held_yet(text: str, meeting: Meeting, sents: Sentences, g: MeetingGrammar) -> bool:
    """Every mention of the meeting in the report names it as still to come (将出席, a journey's purpose)."""
    at = sorted({span for n in (meeting.name, *meeting.aliases) if len(n) >= 4 for span in occurrences(text, n)})
    planned = False
    for s, e in at:
        lo, _ = sents.sentence(s)
        if _PLANNED.search(text, max(lo, s - 31), s) or g.journey_before.search(text, lo, s):
            planned = True
        elif not (_DURING.match(text, e) or _HOSTS.search(text, max(lo, s - 4), s)):
            # (出席…会议期间，X将…: the time of the visit; 支持蒙方主办…会议: the host; no sign it was held)
            return False
    return planned


_DURING = re.compile(r"期间")
_HOSTS = re.compile(r"(?:主办|举办|承办)$")


def _drop_instruction_statements(text: str, scopes: list[_Scope], g: MeetingGrammar) -> None:
    speakers = {r.who for sc in scopes for r in sc.meeting.spoke}
    if not speakers:
        return
    lengths = sorted({len(w) for w in speakers})
    instructing = set()
    for mm in _INSTRUCTION.finditer(text):  # the speakers named in the 30 characters before an instruction
        lo = max(0, mm.start() - 30, text.rfind("。", 0, mm.start()) + 1)
        if mm.group() in g.greetings and "代表" in text[lo : mm.start()]:
            continue  # 代表省妇联向大会致贺词: greetings delivered in person on behalf of a body, a speech
        for i in range(lo, mm.start()):
            instructing.update(w for n in lengths if (w := text[i:i + n]) in speakers)
    for sc in scopes:
        m = sc.meeting
        others = {r.who for role in ("presided", "reported", "attended") for r in getattr(m, role)}
        keep = []
        for r in m.spoke:
            if r.who in instructing and r.who not in others and not g.speech_words.search(r.evidence.sentence):
                sc.seen.discard(("spoke", r.who))
                continue
            keep.append(r)
        m.spoke = keep


def _clean_what(what: str) -> str:
    """What was reported, as written, without the particle that joins it to the verb (作的关于… → 关于…)."""
    return re.sub(r"^[的了]+", "", what.strip())


def _clean_behalf(behalf: str | None) -> str | None:
    """The body only: 国务院向大会 → 国务院."""
    if behalf is None:
        return None
    return re.sub(r"(?:向|在|对)[^，。；]*$", "", behalf).strip() or behalf


# how far back a check reads from a subject (a clause; a sentence without punctuation may run for pages: every
# step must stay linear in the text)
_LOOKBACK = 120
# 习近平总书记在…茶话会上也明确指出 / X曾多次强调: words said at another time, quoted here
_SAID_ELSEWHERE = re.compile(r"(?:总书记|主席|总理|委员长|同志)?(?:曾经?|此前|多次|[^，。；]{0,30}?(?:上|时)也)")
# 当年6月召开的…第十五次会议，听取了X所作的…报告: a report heard at an earlier session
_DECIDED_BY_LIST = re.compile(default_constructions().alternation("nominate_verbs"))
_DECIDED_BY = re.compile(_DECIDED_BY_LIST.pattern + "$")  # 会议推举X在…会议上作…报告: a report to come
# a segment of a semicolon list that opens on its subject or an act is a clause, no document (；作代表资格审查报告；)
# (…not a document's own first word: ；选举办法（草案）, ；大会选举办法)
_ACT_OPENS = re.compile(r"(?:会议|大会|全会)" + default_constructions().alternation("document_list_acts") + r"|会上|[作做]|进行|举行"
                        r"|听取|宣读")
# a person named last in what another speaks on behalf of (代表全国人大常委会和吴某委员长…)
# (the list names a body first: not 企业代表刘某、|王某, a label and its members)
_BEHALF_LIST_BEFORE = re.compile(r"代表[^，。；代]{0,16}?(?:" + "|".join(sorted((x for x in ORG_SUFFIXES if len(x) > 1), key=len,
                                                                            reverse=True)) + r")(?:和|、|及)$")
# the partner's clause after the subject's (X访问…，并同B共同主持): 同/与 after 并 or a comma, the partner's title
_WITH_AFTER = re.compile(r"[^，。；,;]{0,16}?(?:与|同)")  # (the subject, its time, then 与 before the partner)
_WITH_BEFORE = re.compile(r"(?:[，,]并?|并)(?:同|与)[^，。；,;]{0,20}$")
# a report handed to the session in writing (以书面形式提交大会审议, 书面印发会议)
_SUBMITTED = re.compile(r"书面(?:形式)?(?:提交|印发)|提交(?:大会|会议|本次会议)(?:审议|审查)|印发(?:大会|会议)")
# the glue points back to an earlier meeting (X在那次会议上作了…说明, 在上次会议上): its act was not given here
_EARLIER_AT = re.compile(r"在(?:那次|上次|前次|上一次|此前的?)[^，。；]{0,12}?会(?:议)?上")
_EARLIER_SESSION = re.compile(r"(?:当年|去年|今年|此前|上次|前次|\d{1,2}月)[^，。；]{0,12}?(?:召开|举行)的")
# 十八大以来，习近平总书记提出了… / 执法检查开始前，X委员长提出要求: said since or before, not at this meeting
_SINCE = re.compile(r"(?:以来|(?:检查|调研|视察|考察)(?:开始|启动)?之?前)[，,]?(?:[^，。；]{0,20}(?:国家主席|总书记|总理))?$")
# a national leader quoted in another speaker's words, a sentence or two on in the same paragraph (张某表示，…。
# 中国国家主席习近平强调，…)
_LEADER_AFTER = re.compile(r"(?:总书记|总理|主席|委员长)")
_LEADER_BEFORE = re.compile(r"(?:国家主席|总书记|总理|委员长)$")
# a name the sentence relays or speaks for (…传达了X的…, ，代表X向…): never the 他 of the next sentence
_RELAYED_NAME = re.compile(r"(?:传达|宣读|学习|贯彻|落实|领会|按照|根据|遵照|依照)(?:了)?$|[，,]代表$")
# (…习近平总书记关于…的重要思想: a topic; 按照市委书记X提出的…要求: what X asked for elsewhere)
# (…正如习近平总书记指出的: words referred to, not said here)
_OWNER = re.compile(r"(?:总书记|主席|总理|委员长|同志)?(?:的|关于|所?(?:提出|作出|强调|部署|要求|指出|说)过?的)"
                    r"|新时代|(?:经济|外交|强军|生态文明|法治|文化)?思想|同志为核心")  # (以习近平新时代…思想为指导)
# a name's own sentence that delivers a report, up to the pronoun opening the next one
_REPORT_THEN_PRONOUN = re.compile(r"[^。；！？\n]{0,12}?(?:(?:报告|汇报|通报)了|(?:受[^，。；]{2,30}?委托[，,]?)?[作做]了?"
                                  r"[^。；！？\n]{0,60}?(?:报告|说明))[^。；！？\n]{0,80}?[。；]$")


# 韩正在致词中说，…习近平总书记…提出了要求: a statement inside another speaker's words is no statement here
# what opens someone's words: a statement verb, then a comma or colon
_SAYS = r"(?:说|指出|表示|强调|认为)[，,：:]"
_INSIDE_SPEECH = re.compile(_SAYS)
# 大会闭幕后，X来到湖南厅，会见了…代表 / 会后，X接见了…: after the meeting, a reception of his own
# (…or a visit: 全体会议结束后，X一同来到…新闻媒体…中间，同大家亲切会面 / 看望…)
_RECEPTION_AFTER = re.compile(r"(?:闭幕后|结束后|会后)[，,]?(?P<x>[^。；]{0,60}?)(?:亲切)?(?:会见|接见|看望|慰问|会面|来到)")


def _at_reception_after(text: str, s: _Subj) -> bool:
    """The statement of X follows (at most 400 characters on) a sentence in which X receives someone after the
    meeting closed: what X says there is said at the reception, not at the meeting."""
    return any(s.who in m["x"] for m in _RECEPTION_AFTER.finditer(text, max(0, s.start - 400), s.start))


def _quoted_from_earlier(text: str, s: _Subj, lo: int, g: MeetingGrammar) -> bool:
    """习近平总书记强调… inside 学习…精神 is a quotation, not a statement at this meeting; so is what someone
    has said since some time (十八大以来，X提出了…)."""
    before = text[max(lo, s.start - _LOOKBACK) : s.start]
    # …，B出席…峰会和在闽调研时的讲话精神: what B said at an earlier event, one item of what is studied
    return bool(_STUDYING.search(before) or _SINCE.search(before)
                or g.earlier_speech.match(text, s.end, min(len(text), s.end + _LOOKBACK))
                or _SAID_ELSEWHERE.match(text, s.end, min(len(text), s.end + 50)))


def _quoted_leader(text: str, s: _Subj, persons: list[_Subj], starts: list[int]) -> bool:
    """A national leader's statement (习近平总书记提出了…要求) inside another speaker's words: a statement verb of a
    different person (or of 他/她) earlier in the same paragraph, at most 400 characters back."""
    # (the subject holds its title chain: 中国国家主席习近平)
    if not (_LEADER_AFTER.match(text, s.end) or _LEADER_BEFORE.search(text, max(0, s.start - 6), s.end - len(s.who))):
        return False
    para = max(text.rfind("\n", 0, s.start), text.rfind("<p", 0, s.start)) + 1
    if s.start - para > 400:
        para = s.start - 400
    for j in range(bisect.bisect_left(starts, para), bisect.bisect_left(starts, s.start)):
        p = persons[j]
        if p.who != s.who and _SAYS_AFTER.match(text, p.end):
            return True
    return bool(_PRONOUN_SAYS.search(text, para, s.start))  # 他说，…一是习近平总书记在全会上发表重要讲话


def _in_subjects_object(text: str, persons: list[_Subj], k: int) -> bool:
    """persons[k] is a comrade named inside what the sentence's subject does (X全面回顾了Y同志…的一生。他指出 → X): a
    name followed by 同志, not opening a clause, after a person who opens the sentence."""
    p = persons[k]
    if not text.startswith("同志", p.end) or text[p.start - 1 : p.start] in ("。", "，", ",", "；", "：", "\n", ""):
        return False
    lo = _sentence_start(text, p.start, 300)
    return any(lo <= q.start < p.start and (q.start == lo or text[q.start - 1] in "。；\n") for q in persons[:k])


def _inside_words(text: str, s: _Subj) -> bool:
    """s is named inside words its sentence reports before it (X指出，要牢记习近平总书记…): no subject of them."""
    return _INSIDE_SPEECH.search(text, _sentence_start(text, s.start, 300), s.start) is not None


# a paragraph that opens on someone's words (韩正表示，…)
_SPEAKER_OPENS = re.compile(r"[^，。；\n]{1,24}?" + _SAYS)
_WRAPPED = re.compile(r"([、，,；;])\s*\n\s*")
# a sentence that opens at the meeting (会上，/ 座谈会上，) and then names its subject
_AT_MEETING_FRAME = re.compile(r"\s*[^，。；]{0,20}?会上[，,][^，。；]{0,40}$")
_COUNTED_AFTER = re.compile(r"[两二三四五六七八九十\d]+(?:位|名)")  # A、B两位代表: the list counted
_EACH_SAYS = re.compile(r"(?:纷纷|分别|先后|都|均)(?:表示|说|认为)")
_ENTRUSTED_BY = re.compile(r"受[^，。；]{2,30}?委托[，,]?$")
_SENTENCE_END = re.compile(r"[。；;！？]")
_PRONOUN_SAYS = re.compile(r"(?:^|[。，；])(?:他|她)[^，。；]{0,6}?" + _SAYS)
_SAYS_AFTER = re.compile(r"[^，。；]{0,20}?" + _SAYS)


def _name_candidates(text: str, lo: int, hi: int, grammar: MeetingGrammar) -> list[tuple[str, int, int]]:
    """(name, start, end) of every meeting introduced (召开/举行/主持召开 …) in text[lo:hi], in text order."""
    cands: list[tuple[str, int, int]] = []
    for m in grammar.meeting_name.finditer(text, lo, hi):
        g = next(k for k in "abcdef" if m.group(k))
        nm, s, e_g = m.group(g), m.start(g), m.end(g)
        if nm.count("“") > nm.count("”") and text.startswith("”", e_g):
            nm, e_g = nm + "”", e_g + 1  # 第二届“乡村振兴论坛”: the name's quotation closes after its kind
        if g == "a" and (_decided_not_held(text, m.start()) or _TO_COME.search(text, max(0, m.start() - 12), m.start())):
            # 通过了关于召开十二届全国人大一次会议的决定 / 前一天，将举行…讲座: a meeting decided on or to come (…or a
            # means: 通过举办…会议展现了…)
            continue
        if g == "d" and s > _OPENING and not ((line := text.rfind("\n", 0, s) + 1) < 300
                                               and _DATED_OPENING.match(text, line, s)):
            # …会议指出 later in a report is most often a meeting studied there, not this one (but the report's
            # dated opening sentence after a headline and a source line tells its own: 4月28日下午，…会议分组审议…)
            continue
        if g == "a" and m.group().startswith("进行") and _ORDINAL_START.match(nm):
            continue  # …就推进海洋强国建设进行第二十次集体学习: the body is far before; the session is named elsewhere
        if _HISTORIC.search(text, _sentence_start(text, m.start()), s):
            continue  # 96年前，1921年7月，中国共产党第一次全国代表大会在这里举行: history told on a visit
        if g in "af" and s > _OPENING and (_INSIDE_SPEECH.search(text, _sentence_start(text, m.start()), m.start())
                                           or _SPEAKER_OPENS.match(text, text.rfind("\n", 0, m.start()) + 1)):
            # X指出，党中央召开…座谈会，…: a meeting someone speaks of, not one the report tells (also a sentence or
            # two on, in the paragraph the speaker's words open: 韩正表示，…。习近平总书记主持召开…会议并…)
            continue
        # a subject right before 召开 owns an ordinal-led name (市政协召开四届四十二次主席会议), a study
        # session's (县委理论学习中心组举行集中学习), a sitting's (X第十八次会议26日举行联组会议) and a bare
        # meeting word's (中宣部召开座谈会)
        plain = _ENLARGED.sub("", nm)  # 常委扩大会议 / 常委会（扩大）会议: a bare kind, enlarged
        # (区委常委会召开（扩大）会议: a meeting word only enlarged, named by the body before it)
        bare_kind = plain in _GENERIC or plain in _BARE
        bare = bare_kind or _SITTING.fullmatch(nm)
        if g == "a" and (_ORDINAL_START.match(nm) or _STUDY_SESSION.fullmatch(nm) or bare):
            before = text[max(0, s - 80) : s]
            pre = grammar.subject_body.search(before[-50:])
            if _SITTING.fullmatch(nm) or bare_kind:
                pre = grammar.subject_session.search(before) or pre
            if pre is None and bare_kind:  # 国务院总理李克强主持召开座谈会: the presider's body
                # (the last body of the clause first: 中共中央政治局常委、国务院总理X主持召开座谈会 → 国务院)
                pre = grammar.clause_body.search(re.split("[，。；]", before)[-1]) or grammar.subject_titled.search(before[-50:])
            speeches = grammar.floor.match(text, e_g) is not None  # …第九次会议在京举行大会发言: the session's own speeches
            if pre and (speeches or not pre.group("s").endswith(nm)):  # 全国人大常委会 + 常委会 is no name
                qualified = _NAME_PREFIX.sub("", pre.group("s")) + ("" if speeches else nm)
                cands.append((qualified, e_g - len(qualified), e_g))
                if not speeches and _SITTING.fullmatch(nm) and _ORDINAL_END.search(pre.group("s")):
                    # (…第十九次会议举行第二次全体会议: the session is a name of it too)
                    session = _NAME_PREFIX.sub("", pre.group("s"))
                    cands.append((session, e_g - len(qualified), e_g - len(qualified) + len(session)))
            if speeches:
                continue
        cleaned = _clean_name(nm, grammar)
        if cleaned is not None:
            cands.append((cleaned, e_g - len(cleaned), e_g))
    # a body's name before its member's post or its meeting room is no meeting (…州人大常委会副主任X表示, 在县人大常委会
    # 会议室召开)
    return [c for c in cands if not grammar.body_goes_on.match(text, c[2])]


# a time long past, told in the sentence before the meeting's name
_HISTORIC = re.compile(r"[\d一二三四五六七八九十百]+多?年前")
# a meeting still to come (前一天，将举行…), or held as a means to something the sentence tells (中国通过举办…会议展现了…)
_TO_COME = re.compile(r"将(?:于[^，。；]{1,10})?$|通过$")
_SITTING = re.compile(r"(?:第[一二三四五六七八九十\d]+次)?(?:全体会议|分组会议|联组会议|预备会议|开幕会|闭幕会)"
                      r"|主席团(?:第[一二三四五六七八九十\d]+次)?会议")
_ORDINAL_END = re.compile(r"第?[一二三四五六七八九十\d]+次会议$")  # (十四届全国人大一次会议: no 第 too)
_ENLARGED = re.compile(r"[(（]扩大[)）]|扩大(?=会)")
_BARE = frozenset({"座谈会", "专题会议", "工作会议", "视频会议", "电视电话会议", "新闻发布会", "记者会", "见面会",
                   "常委会议", "常委会会议", "常务会议", "党组会议", "主任会议", "主席会议", "办公会议", "全会",
                   # a kind of meeting and nothing else: the convening body names it (县委理论学习中心组学习会)
                   "学习会", "专题学习会", "协商会", "专题协商会", "推进会", "调度会", "部署会", "动员会", "汇报会",
                   "分析会", "务虚会", "联席会议", "专题会", "工作会", "办公会", "例会", "民主生活会", "专题民主生活会"})
# 关于召开…的决定, 决定…召开, 建议…召开: a meeting the text decides on or proposes, not the one it reports
# the decision word governs the verb itself (关于召开, 决定于3月5日召开): 经县委同意，县政府召开… or 根据…关于…的部署，
# 召开… introduce the meeting reported
_DECIDED = re.compile(r"(?:关于|决定|建议|提请)(?:推迟|延期|暂缓)?(?:[^，。；]{0,4}?于[^，。；]{1,16}?)?$")


def _decided_not_held(text: str, verb: int) -> bool:
    return bool(_DECIDED.search(text, max(0, verb - 30), verb))


_OPENING = 40  # a meeting introduced by what it says opens the story (after a source tag)
_DATED_OPENING = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:[上下]午|晚上)?[，,]\s*$")
_STUDY_SESSION = re.compile(r"(?:\d{4}年度?)?(?:第[一二三四五六七八九十\d]{1,3}次)?(?:集中|专题|集体)学习(?:研讨)?")
# what may stand before a meeting's name without being part of it: a source tag (央视网消息（新闻联播）：), a
# dateline or time (12月5日上午，), a place phrase (在北京)
_NAME_PREFIX = re.compile(r"^(?:[^，。；]{0,12}?(?:消息|讯|电|报道)[(（][^)）]{1,10}[)）][:：]?|并?宣布|标志着|【[^】]{0,20}】|"
                          # (a dateline run on to the name: 新华社北京1月21日电政协第八届…主席会议)
                          r"[^，。；\s]{0,12}?(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|"
                          r"[一二三四五六七八九])日(?:电|讯)|"
                          # (…and the byline's bracket after it: 电（解放军报记者王某、新华社记者罗某）《…》出版座谈会)
                          r"[(（][^()（）]{0,40}?(?:记者|通讯员)[^()（）]{0,40}[)）]|"
                          r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[日号](?:[上下]午|晚上|晚|早上)?|今天|昨天|近日|日前|"
                          r"\d{1,2}[点时](?:整|\d{1,2}分)?|的|"
                          # who organises it (由…主办、…承办的2024…论坛)
                          r"[^，。；]{1,60}?(?:主办|承办|协办)的|"
                          r"[上下]午|晚上|[，,、\s]|[—－\-]+|"
                          # (the end of a byline's bracket whose spaces cut the name's start: 电（记者 郝某 乔某）全国…)
                          r"[^（()）]{1,16}[)）](?=[^（()）]{4})|"
                          # a function word that opens the clause (在中国互联网大会举行期间, 是“雅尔塔会议”召开…, 并于1993年3月由…)
                          # (not 在 before a province's one-character name: 在闽央企对接座谈会, 在京中央企业…)
                          r"在(?![京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川黔滇陕甘青蒙桂藏宁新港澳台])|[是并由]|"
                          r"于(?:\d{4}年)?\d{1,2}月(?!\d))+")
# a count of meetings is no name: 两场座谈会, 三次会议
_COUNT = re.compile(r"^[两二三四五六七八九十几多\d]+(?:场|个|次)")


# function words no meeting's name holds (将从严控制会期, 东盟十国领导人均与会, 以期在本月11号大会闭幕时)
# (…袁伟民今天在会议闭幕: a clause that ends on where, before a bare meeting word, is no name)
# (…当胡锦涛等步入…会议开幕式现场时: a verb of arriving is no part of a name)
# (…nor a demonstrative, 这个盛会; an addressee, X代表中国政府和人民向会议; what is studied, 认真学习贯彻X在…大会)
_NOT_IN_MEETING_NAME = re.compile(r"将|均|以期|[0-9]+号(?![院楼])|本月|下周|上周|在(?:会议|大会|全会|会)$|步入|走进|来到|前往|抵达"
                                  r"|^(?:这个|这次|这一|那次)|向(?:会议|大会|会)$|^(?:认真)?学习贯彻[^，。；]*在"
                                  # (党委会传达学习…推进会: the meeting, then the one it studies)
                                  r"|(?<=[会议])(?:传达学习|传达|学习贯彻)|对(?:本次|此次|这次)")
# a meeting word alone names no meeting (召开会议: the body before it does)
_GENERIC = frozenset({"会议", "会", "全会", "大会", "常委会", "全体会议"})


def _clean_name(name: str, g: MeetingGrammar) -> str | None:
    name = _NAME_PREFIX.sub("", name)
    name = g.who_takes_part.sub("", name)  # 参加…的, 出席…的: who takes part is no part of the name
    name = g.role_in_name.sub("", name)  # 国家主席X在约翰内斯堡出席…大会: the meeting starts after the verb
    name = name.lstrip("的")  # …在这里举行的第20次…会议: no name opens on 的
    if len(name) < 2 or _COUNT.match(name) or name in _GENERIC or _NOT_IN_MEETING_NAME.search(name):
        return None
    return name


def _best_name(cands: list[tuple[str, int, int]]) -> tuple[str, list[str], tuple[int, int]]:
    """The fullest name of the meeting first introduced in cands; other spellings of it are aliases."""
    first = cands[0]
    # the fullest name within reach; a name with 的 (a description: 应对埃博拉疫情的高级别会议) only where it holds the
    # first name or the first is a bare word, so that another meeting mentioned later does not rename this one
    bare = first[0] in _GENERIC or first[0] in _BARE or bool(_SITTING.fullmatch(first[0]))
    near = [c for c in cands if c[1] <= first[1] + 400
            and ("的" not in c[0] or bare or first[0] in c[0] or _same_meeting(c[0], first[0]))]
    best = max(near, key=lambda c: len(c[0]))
    aliases = sorted({c[0] for c in cands if c[0] != best[0] and (c[0] in best[0] or _same_meeting(c[0], best[0]))})
    return best[0], aliases, (best[1], best[2])


# a sentence that opens on one of these and introduces a meeting reports another meeting (又讯, 会前，X主持召开…)
_ANOTHER_MEETING = re.compile(r"\s*(?:又讯|另讯|同日|同一天|会前|会后|此前|随后|次日|当天(?:[上下]午|晚上)?|"
                              r"当日(?:[上下]午|晚上)?)[，,：:]?")


_STUDY_TOPIC = re.compile(r"就[^，。；]{1,40}?进行(?=第[一二三四五六七八九十百零\d]+次)")
_MEETING_ACTS = re.compile(r"(?:^|[。；\n])\s*(?P<n>会议)(?:还|先后|首先|最后)?(?:审议|听取|通过|指出|强调|要求|认为|决定|研究)")


def _sentence_start(text: str, pos: int, reach: int = 200) -> int:
    """Where the sentence holding pos starts (after 。； or a line break), at most reach characters back."""
    return max(text.rfind(c, max(0, pos - reach), pos) for c in "。；\n") + 1


def _opens_another(text: str, pos: int) -> bool:
    """The sentence holding pos opens on a marker of another meeting, close before pos."""
    sent_start = _sentence_start(text, pos, 61)
    return bool(_ANOTHER_MEETING.match(text, sent_start)) and pos - sent_start <= 60


def _introductions(text: str, g: MeetingGrammar) -> list[tuple[str, list[str], tuple[int, int]]]:
    """The meetings the report is about: (name, aliases, span of the name) in text order. The first is the
    meeting introduced first (in the opening 1,500 characters, else anywhere: a report may open with an
    instruction or a letter); a later one needs a sentence that opens on a marker (又讯, 会前…)."""
    cands = _name_candidates(text, 0, len(text), g)
    opening = [c for c in cands if c[1] < 1500] or cands
    body = g.body_meets.search(text, 0, 1500)
    if body and (not opening or body.start() <= opening[0][1]):
        first = (body.group("body") + "会议", [], body.span("body"))  # 中共中央政治局16日召开会议
    elif opening:
        first = _best_name([c for c in opening if c is opening[0] or not _opens_another(text, c[1])])
    else:
        # a minutes-style report: the meeting is named in the first line (…主任会议纪要)
        line = text.split("\n", 1)[0]
        head = g.minutes_head.search(line)
        if head is not None and not g.attended_in_head.search(head.group()):
            # (a headline that tells who holds it names the meeting after the verb: 市委召开各民主党派…座谈会; a
            # study session's topic is no part of its name: 中共中央政治局就…进行第二十次集体学习)
            n = g.held_by_head.sub("", head.group())
            n = _STUDY_TOPIC.sub("", n) if n == head.group() else n
            n = g.head_verb.sub("", n)  # (…第二十次会议闭会: the meeting before the verb)
            at = head.start() + max(0, head.group().find(n))
            first = (n, [], (at, at + len(n)))
        elif acts := [m for m in (g.role_on_meeting.search(text), _MEETING_ACTS.search(text),
                                  g.presided_meeting.search(text)) if m]:
            # a meeting the text never names but acts on (主持会议, 会议审议通过了…): called as written, where the text
            # first names it (市长办公会议由X召集并主持，…负责同志参加会议: the meeting presided, not who attends)
            role = min(acts, key=lambda m: m.start("n"))
            # (出席在这里举行的…论坛: the name after 的; …同志参加会议: no one who takes part in it)
            n = _clean_name(role.group("n"), g) or g.role_in_name.sub("", role.group("n"))
            first = (n, [], (role.end("n") - len(n), role.end("n")))
        else:
            return []
    intros = [first]
    names = {first[0], *first[1]}
    first_sentence_end = next((i for i in range(first[2][1], len(text)) if text[i] in "。；\n"), len(text))
    for name, s, _e in cands:
        if s <= intros[-1][2][1]:
            continue
        # another meeting: a sentence that opens on a marker (又讯, 会前…: whatever its name), or a person who
        # convenes a meeting of another name later in the report (…计票结束后，陈某主持召开了大会主席团第六次会议)
        other_name = name not in names and not any(_same_meeting(name, n) or name in n or n in name for n in names)
        if _opens_another(text, s) or (other_name and s > first_sentence_end
                                       and g.presided_intro.search(text, max(0, s - 6), s)):
            later = [c for c in cands if s <= c[1] <= s + 200 and not (c[1] > s and _opens_another(text, c[1]))]
            intro = _best_name(later)
            intros.append(intro)
            names |= {intro[0], *intro[1]}
    # 主持召开县政府党组会议和县政府常务会议: two meetings held together, with the same participants
    out = []
    for name, aliases, span in intros:
        pair = g.pair.fullmatch(name)
        out += [(pair[1], [], span), (pair[2], [], span)] if pair else [(name, aliases, span)]
    return out


def _same_meeting(a: str, b: str) -> bool:
    # 区委十二届十三次全会 ~ 中国共产党北京市海淀区第十二届委员会第十三次全体会议: same ordinals
    nums_a = re.findall(r"[一二三四五六七八九十百\d]+(?=届|次)", a)
    nums_b = re.findall(r"[一二三四五六七八九十百\d]+(?=届|次)", b)
    return bool(nums_a) and nums_a == nums_b


# (关于批准《…》的决定, 关于审议批准…的议案, 提请审议…: the verb inside a document's name)
_VERB_IN_NAME = re.compile(r"(?:关于(?:提请)?(?:审议|审查)?|提请(?:审议)?)$")
_ADOPT = re.compile(r"(?:审议通过|表决通过|讨论通过|研究通过|审议并通过|审议并原则同意|研究并原则同意|原则同意|原则通过|通过|批准)了?|决定了")
_DOC_END = (r"(?:决议|决定|日程|议程|名单|办法|方案|草案|报告|规则|条例|意见|规划|计划|纲要|要点|总结|建议|细则|章程|"
            r"制度|清单|安排|选题|通则|方式|修正案|条约|公约|协定|议案|预案|建议案|决算|预算|摘要|规定|准则|通告|通知|公告|公报|请示|目录|"
            r"选举结果|评审结果|评选结果|评议结果|法典|报告稿|(?:若干|[一二三四五六七八九十百\d]+条)(?:措施|政策)|倡议书|(?<=[年期])行动|"
            # a law (资源税法, 法官法, 公司法): not 方法, 做法, 立法, 司法…
            r"(?<![方做想看说用手疗算违合执立办守依])(?<![^公]司)法)(?:[(（](?:草案|修订草案|修订案|修订稿|试行|送审稿|征求意见稿|修订|修正|[一二三四五六七八九十]+|\d{4}[—\-－～至]\d{4}年)[)）])?")
# (…or a draft named by its note alone: 秘书处机构设置和工作任务（草案）)
_ENDS_DOC = re.compile("(?:" + _DOC_END + r"|[(（](?:草案|修订草案|征求意见稿|送审稿)[)）])$")
_AMENDMENT = ("修正案草案", "修正案", "修订案")  # written after a law's book: 《…条例》修正案
_NOTE_AFTER_BOOK = re.compile(r"[(（](?:草案|修订草案|修订稿|送审稿|征求意见稿|试行)[)）]")


_NEXT_VERB = re.compile(r"(?:会议)?(?:书面审议|审议|研究|表决|通过|批准|确定|听取|部署|同意|原则|讨论|决定|强调|要求|指出|协商|希望|要(?!点)|必须|应当)")


_DOC_REACH = 600  # characters after 通过 read for the documents: a list of them, not a page of text
_COUNTED_WHOLE = re.compile(r"等[一二三四五六七八九十两\d]+(?:个|项|份|部)[^、]*的[^、]*$")
_SUMMARY_TAIL = re.compile(r"等(?:一系列|[两二三四五六七八九十\d]+[个项])[^、]*$")  # (…的决议等六个决议草案)
# (…or wished success in advance: 预祝…世博会取得圆满成功; 期待在…峰会上…)
_PLANNED = re.compile(r"(?:将|拟|计划|准备|预祝|期待)[^，。；,;]{0,30}$")
# (…or what the meeting is to do, told at its opening: 主要议程有：审议通过…; 会议的主要内容是…，审议通过…决议)
_AGENDA = re.compile(r"议程(?:还有|有|是|为|包括|如下)?[：:]|(?:会议|大会|全会)的?主要(?:内容|议程|任务)(?:是|为|有|包括)")
_AGENDA_COUNTED = re.compile(r"[^。；]{0,80}?等[一二三四五六七八九十两\d]+项议程")  # (…审查和批准预算报告等7项议程)
# (…and its later items after semicolons: 大会的议程为：听取…；审议通过《…》；选举…, unless a clause of the meeting's own
# opens after one: …；会议审议通过了…)
_AGENDA_ITEMS = re.compile("(?:" + _AGENDA.pattern + r")(?:(?![；;](?:会议|大会|全会|会上))[^。！？\n])*$")


# an adoption verb that opens a clause of its own (…，表决通过了; 会议还通过了), not one inside a name
_CLAUSE_VERB_START = re.compile(r"(?:[，,；;。]|会议|大会|全会|并|还|同时)$")
_REVISED_WORDS = r"(?:新|经)?修(?:订|正|改)(?:后)?的"  # 新修订的, 修改后的: before a law's name, no part of it
_REVISED = re.compile("^" + _REVISED_WORDS)
# (a body may write the decision: 全国人大常委会关于修改《…》的决定, as written)
# (the frame runs over no list conjunction: 以及, or 和/及 before a new 关于 — A法和关于批准《…》的决定 is two documents)
# (not over a law before 和: 文物保护法和全国人民代表大会常务委员会关于修改《…》的决定 are two documents)
_BOOK_FRAME_LEFT = re.compile(r"(?:^|[、，,》]|以及|及|和)((?!以及|及|和)(?:(?!以及|(?:及|和)关于|(?<=[法例])和)[^、，,《》。；]){0,30}?"
                              r"关于(?:(?!以及|(?:及|和)关于)[^、，,《》。；]){0,20})$")
_BOOK_FRAME_RIGHT = re.compile(r"[^、，,《》。；]{0,20}?的(?:决定|决议|审议意见书|审议意见|审查报告|报告|[^、，,《》。；的]{0,6}?"
                               + _DOC_END + ")")
_AUTHOR_BEFORE = re.compile(r"^[^，,《》。；]{2,80}?(?:所作|所做|同志作|同志做)的(?=[^、，,《》。；]{2,30}$)")  # X同志所作的…报告
# who submitted it (国务院提请审议的2023年中央决算, 县财政局提交的…方案): no part of the document's name
# (…or where it goes next: 将提交全国政协十三届一次会议审议的…工作报告)
# who make up the list, before its name (由35名代表组成的总监票人、监票人名单): no part of it
# what was done with a document before the vote is no part of its name (经各代表团酝酿的大会选举办法)
_PROCESSED_BY = re.compile(r"^经[^，。；的]{2,20}?" + default_constructions().alternation("processed_verbs") + "(?:后)?的")
_COMPOSED_OF = re.compile(r"^由[^，,《》。；]{1,20}?组成的(?=[^，,《》。；]{2,60}$)")
# another body's approval of what the report tells (经邮电部批准，由…发行的《…》), not the meeting's own
_APPROVED_ELSEWHERE = re.compile(r"经(?!会议|大会|全会|常委会|本次会议|本会)[^，。；]{1,20}$")
# a decision counted after a run of books (…《A》《B》的三个决定): one decision on each
_COUNTED_DECISIONS = re.compile(r"[两二三四五六七八九十\d]+(?:个|项|件)")
# a sentence that opens on the documents the meeting then passes (对…提交的《…》、…，会议逐项审议后予以通过)
_TOPIC_DOCUMENTS = re.compile(r"\s*对(?P<docs>[^。；，,]{4,400}?)[，,](?:会议|大会|全会|常委会)[^。；]*$")
# (…or who drafted it: 镇党政办起草的…计划)
_SUBMITTED_BY = re.compile(r"^[^，,《》。；]{0,40}?(?:提请审议|提请|提交|报送|提报|起草|拟定|拟订)(?:[^，,《》。；]{2,30}?审议)?的"
                           r"(?=[^、，,《》。；]{2,80}$)")
# a kind of document, not one (及时通过相关决定、决议: what a body adopts in general)
# (…nor the appointments an agenda lists: 人事任免事项)
_GENERIC_DOCUMENT = re.compile(r"^(?:相关|有关|一批|一系列|多项|若干|各项)?(?:决定|决议|议案|法律|文件|报告)$|^人事任免(?:事项|案)?$")
# 通过了这两个审查结果报告 / 上述草案: a document named before, read where it was named
# (…or only counted: 对相关问题通过了18项决议, 4个决定; not 8个专门委员会组成人员名单, one list)
_ANAPHORA = re.compile(r"^(?:这|该|此|上述|以上|前述|将|把|[\d０-９一二三四五六七八九十两]+(?:[项份件]|[个部](?=.{1,4}$)))")
# (…but 通过了将提交…审议的…工作报告: the report to be submitted, adopted)
_TO_BE_SUBMITTED = re.compile(r"将(?:提交|提请|报送|报请)[^，。；《》]{0,30}?的")
# a verb with nothing after it adopts the book the clause before discussed (协商讨论了《…》，并表决通过)
# (…or read out, then adopted by a vote: 宣读了大会选举办法（草案），经大会表决通过)
_DISCUSSED_BEFORE = re.compile(r"(?:审议|讨论|研究|宣读)了?(?:《([^》]{2,120})》|(?<=了)([^，。；《》]{2,40}?" + _DOC_END
                               + r"))[，,]?(?:并|后)?(?:经)?(?:大会|会议|全会)?(?:表决|审议|原则)?$")
# a document named for a whole list, then the list summed up by its kinds (…保护条例等法规和决议; not 关于修改…等12部法律的决定,
# one decision)
_SUMMED_UP = re.compile(r"^(?!关于)(.{3,}?)等(?:[\d一二三四五六七八九十两]+(?:部|项|件|个))?(?:地方性)?(?:法规|法律|文件|议案)"
                        r"(?:和(?:决议|决定))?$")
# books that a vote passed, the verb after them (《A》《B》均获全票通过; 《C》以31票同意、3票反对获得通过)
_PASSED_BOOKS = re.compile(r"(?P<books>(?:《[^》]{2,120}》[、和及与]?)+)(?:均|都|也|分别)?(?:[^，。；《》]{0,20}?)(?:获|获得)"
                           r"(?:全票|一致|表决)?通过")
# 该意见 / 上述方案: one document named before by its kind
_THAT_DOCUMENT = re.compile(r"^(?:该|此|上述|这个|这份|这项|这一)([\u4e00-\u9fff]{0,4}?" + _DOC_END + ")$")  # (该实施方案)


def _named_before(text: str, kind: str, pos: int) -> tuple[str, int, int] | None:
    """The last book before pos in its paragraph whose name ends in kind: (name, start, end)."""
    lo = text.rfind("\n", 0, pos) + 1
    last = None
    for b in re.finditer(r"《([^》]{2,120}" + re.escape(kind) + r"(?:[(（][^)）]{1,8}[)）])?)》", text[lo:pos]):
        last = (b.group(1), lo + b.start(), lo + b.end())
    if last is None:
        # (…听取了X所作的关于…的报告，表决通过了这个报告: the report heard in the same sentence, unbracketed)
        slo = max(lo, text.rfind("。", 0, pos) + 1)
        for b in _HEARD_DOCUMENT.finditer(text, slo, pos):
            if b.group(1).endswith(kind):
                last = (b.group(1), b.start(1), b.end(1))
    return last


_HEARD_DOCUMENT = re.compile(r"(?:所作|所做|作|做)(?:了|的)(关于[^，。；《》]{2,80}?的[^，。；《》]{0,12}?"
                             r"(?:报告|说明|决议|决定|意见|方案))(?=[，,；;。])")


# 会议将听取和审议…，审议通过…，选举…: the agenda of a session to come, read from the sentence's start
# …代表将依法履行神圣职责，选举…，补选…，表决通过…: what the session is to do, clause after clause (no new subject,
# nothing done)
# (the future's 将 after who is to act, not the object's: 决定将铁路运输纳入…)
_PLANNED_CLAUSES = re.compile(r"(?:代表们?|委员们?|会议|大会|全会|与会人员)将[^。；;了]{0,80}?[，,](?:(?!会议|大会|全会|会上|了)[^。；;])*$")
_PLANNED_AGENDA = re.compile(r"(?:将|拟)(?:听取|审议|表决|讨论|选举)")
# documents listed a line each after the adoption verb (审议通过了以下议案：\n1．《…》；)
# (…or right after the verb: 表决通过了：\n1.…条例（修订草案）；)
_LISTED_BELOW = re.compile(r"(?:(?:以下|如下)[^，。；：:\n]{0,12})?[：:]\s*\n")  # (以下设区的市地方性法规：)
_ROW_NUMBER = r"(?:\d{1,2}[．.、]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
# a row: a book, numbered or not, or a numbered name without a book
_LISTED_ROW = re.compile(r"[ \t]*(?:" + _ROW_NUMBER + r"?\s*(?:" + _REVISED_WORDS + r")?《([^》\n]{2,120})》[^\n]{0,20}?|"
                         + _ROW_NUMBER
                         + r"\s*([^《》；;。\n]{2,120}?))[；;。]?[ \t]*(?:\n|$)")
# people counted right before a bare 通过 (30多位委员通过…, 200名群众通过…): the way they take part
_PEOPLE_BEFORE = re.compile(r"[位名](?:[\u4e00-\u9fff]{0,4}?(?:委员|代表|群众|网民|干部|党员|专家|企业家))?$")
_BY_MEANS = re.compile(r"[^，。；]{1,40}?等?(?:方式|形式|途径|渠道|手段)"  # (通过个别访谈、召开座谈会等方式…)
                       # (…or a verb of what is done by it, then the clause it serves: 通过修订中央定价目录，将…; not
                       # 通过修订后的…, a revision adopted)
                       # (…通过修改一批法律的议案，决定…: the motion passed)
                       r"|(?:" + default_constructions().alternation("means_verbs") + ")(?!后|的)"
                       r"(?![^，。；]{0,30}的[^，。；]{0,10}?(?:议案|决定|决议|草案)[，,])[^，。；]{1,40}[，,]")
# 要…，通过激励、奖惩、问责等一整套制度安排: a bare 通过 in a sentence that states what to do is "by means of"
# (要 as a modal, not in 要求, 需要, 重要…; not where the meeting is the subject: 会议通过《…》)
_MEANS = re.compile(r"(?<![需重主首紧摘纲只])要(?![求点])|必须|应当|坚持|着力|注重|可以|能够")


# who drew a list up and how, before it (中央政治局在广泛征求党内外意见、反复酝酿协商的基础上提出的…名单): no document
_DRAWN_UP = re.compile(r"^[^《》，,。；]{0,80}?基础上(?:提出|形成|起草|研究提出|修改)的")
# an agenda and its timetable, drafts both (…会议议程（草案）和日程（草案）): one document
_AGENDA_AND_TIMETABLE = re.compile(r"议程(?:[(（]草案[)）])?$")


def _split_documents(part: str) -> list[str]:
    """"A、B和C" → documents, splitting at 、 and at 和/及 between two document names (not in "X和Y的Z")."""
    part = _DRAWN_UP.sub("", part)
    if _COUNTED_WHOLE.search(part) and (len(listed := re.split(r"、|和(?=关于)", part)) == 1
                                        or not listed[-1].startswith("关于")):
        # 关于A、B…等六个报告的决议, 关于A等6个报告的决议: one document about several (but …、关于修改A法等15部法律的决定,
        # A法和关于修改…的决定: the last item is a document of its own, which opens on 关于)
        return [part]
    part = _SUMMARY_TAIL.sub("", part)  # A、B的决议等一系列决议 → A、B的决议
    pieces: list[str] = []
    items = part.split("、")
    for j, item in enumerate(items):
        if pieces and (not _ENDS_DOC.search(pieces[-1]) or "的" not in pieces[-1].rpartition("关于")[2]
                       and "关于" in pieces[-1] and any("的" in x for x in items[j:])):
            # 、 inside one name: 联系专门委员会、界别和委员工作办法; 关于修改地方组织法、选举法、代表法的决定 (a
            # 关于 not yet closed by its 的)
            pieces[-1] += "、" + item
            continue
        pieces.append(item)
    out = []
    for piece in pieces:
        start = 0
        for j in re.finditer(r"以及|及|和", piece):
            left, right = piece[start : j.start()], piece[j.end() :]
            # not after 计划: "国民经济和社会发展计划和财政预算…" is one name; not "X和Y的Z", but a new 关于… is a
            # document of its own (…的决议和关于…的决议)
            # (…but two plans sharing their body: …2021年度立法工作计划和…2021年度监督工作计划)
            if _AGENDA_AND_TIMETABLE.search(left) and right.startswith("日程"):
                continue  # …议程（草案）和日程（草案）: one document
            if (_ENDS_DOC.search(left) and (not left.endswith("计划") or right[:4] == piece[:4] and _ENDS_DOC.search(right)) and (
                    re.match(r"[^的]{0,40}?关于", right)  # (…的决定和提案委员会关于…的报告: its author, then 关于)
                    # (a short resolution too: …的决议和政治决议)
                    or (len(right) >= 5 or right.endswith(("法", "决议"))) and "的" not in right
                    or _REVISED.match(right)  # (…保障法和新修订的安全生产法)
                    # (…主席团工作报告和马鞍镇2021年…的报告: the list's items share their place)
                    or len(left) >= 6 and "关于" not in left and right[:3] == piece[:3] and _ENDS_DOC.search(right)
                    # (two items built alike, their opening and their kind: 拟向A推荐的…名单和拟向B推荐的…名单)
                    or len(left) >= 6 and right[:2] == piece[:2] and left[-2:] == right[-2:] and _ENDS_DOC.search(right)
                    # (a list of names, an agenda: …副秘书长名单和大会日程 — each a document of its own)
                    # (not 议程和日程草案: the draft both are)
                    or left.endswith(("名单", "日程", "议程", "决议", "决定", "办法", "章程")) and len(right) >= 4
                    and "的" not in right and _ENDS_DOC.search(right) and not right.endswith("草案")
                    # (two reports, the second with its own 的: …的审查报告和撤销X…职务的报告, 工作报告和…以来提案
                    # 工作情况的报告; not inside an open 关于: 关于A报告和B报告的决议)
                    or left.endswith(("报告", "决定", "决议")) and (len(right) >= 8 or "的" not in right)
                    and right.endswith(("报告", "决定", "决议"))
                    and ("关于" not in left or "的" in left.rpartition("关于")[2]))):
                out.append(left)
                start = j.end()
        out.append(piece[start:])
    return [x for x in out if _ENDS_DOC.search(x)]


# a document printed whole, its title on a line (or after 播送：) and then the note of its passing: …公报\n（2013年2月28日
# 中国共产党第十八届中央委员会第二次全体会议通过）
_DATELINE = re.compile(r"[^，。；\n]{0,30}?日电")
_TITLE_PASSED = re.compile(r"(?:^|(?<=[：:\n]))\s*(?P<doc>[^，。；：:《》\n]{4,80}?" + _DOC_END + r")[。]?\s*[(（]?\s*"
                           r"\d{4}年\d{1,2}月\d{1,2}日[^，。；()（）\n]{2,60}?通过\s*[)）]?(?=[。\n]|$)")


def _adopted(text: str, sents: Sentences) -> list[Document]:
    docs: list[Document] = []
    seen: set[str] = set()

    covered: list[tuple[int, int]] = []  # where documents were read: an adoption verb there is inside a name

    def add(name: str, s: int, e: int) -> None:
        name = _REVISED.sub("", name.strip("《》 "))  # 修订后的法官法: the law is 法官法
        name = _SUBMITTED_BY.sub("", _AUTHOR_BEFORE.sub("", name))  # X同志所作的议案审查报告: the report, not its author
        name = _COMPOSED_OF.sub("", _PROCESSED_BY.sub("", name))
        if summed := _SUMMED_UP.match(name):
            name = summed.group(1)  # (a headline's 表决通过…条例等法规和决议: the document it names)
        if _ANAPHORA.match(name) or _GENERIC_DOCUMENT.match(name):
            return  # (…通过了将X提交各代表团讨论, 把…载入国家根本法: what the meeting does with X, not X adopted)
        covered.append((s, e))
        if len(name) >= 3 and name not in seen:
            seen.add(name)
            docs.append(Document(name=name, evidence=sents.evidence(s, e)))

    # a document printed whole with the note of its passing (not 新华社北京1月22日电关于…的决定: a reprint, named again
    # where it is adopted)
    for t in _TITLE_PASSED.finditer(text):
        if not _DATELINE.match(t.group("doc")):
            add(t.group("doc"), t.start("doc"), t.end())
    # (关于批准《…》的决定, 关于提请审议批准…的议案: a verb inside a document's name)
    # (性质和宗旨都决定了…: 决定了 adopts only after the meeting or a verb before it: 会议决定了, 并决定了)
    adopts = [m for m in _ADOPT.finditer(text) if not _VERB_IN_NAME.search(text, max(0, m.start() - 6), m.start())
              and (m.group() != "决定了" or text[m.start() - 1 : m.start()] in ("议", "会", "并", "还", "商", "", *"，,；;：:。\n"))]
    clause_verbs = [a.start() for a in adopts if _CLAUSE_VERB_START.search(text, max(0, a.start() - 4), a.start())]
    for m in adopts:
        if any(a < m.start() < b for a, b in covered):
            continue  # 选举…人员和通过有关…办法草案: a verb inside the name of a document read already
        lo, hi = sents.sentence(m.start())
        # up to the next adoption verb, which reads its own documents
        j = bisect.bisect_right(clause_verbs, m.start())
        nxt = clause_verbs[j] if j < len(clause_verbs) else hi
        seg = text[m.end() : min(hi, m.end() + _DOC_REACH, nxt)]
        if seg.startswith("的") or m.group().startswith("批准") and _APPROVED_ELSEWHERE.search(text, max(lo, m.start() - 24), m.start()):
            continue  # 根据中央批准的《…》, 经邮电部批准，…: adopted elsewhere, not at this meeting
        if (text.endswith("予以", lo, m.start()) or _ANAPHORA.match(seg)) \
                and (topic := _TOPIC_DOCUMENTS.match(text, lo, m.start())):
            # 对A提交的《…》、B起草的…计划，会议逐项审议后予以通过 / …，一致通过上述文件: the documents the sentence opens on
            # (who submitted or drafted each is read off by add, as elsewhere)
            for item in re.finditer(r"(?:(?!、|以及|(?<=》)[和及])[^《》]|《[^》]*》)+", topic.group("docs")):
                piece = re.sub(r"^(?:以及|及|和)", "", item.group()).replace("《", "").replace("》", "")
                if _ENDS_DOC.search(piece):
                    start = topic.start("docs") + item.start()
                    add(piece, start, start + len(item.group()))
            continue
        if m.group() == "通过" and _MEANS.search(text, lo, m.start()) \
                and not text.endswith(("会议", "大会", "全会", "常委会", "会上"), lo, m.start()):
            continue  # 要…，通过…等一整套制度安排，保证…: a means, not an adoption
        if m.group() == "通过" and (_PEOPLE_BEFORE.search(text, max(lo, m.start() - 8), m.start())
                                    or _BY_MEANS.match(text, m.end(), hi)):
            # 30多位委员通过移动履职平台发表意见 / 通过个别访谈、召开座谈会等方式征求意见: how it is done, no adoption
            continue
        if _PLANNED.search(text, max(lo, m.start() - 31), m.start()) or _AGENDA.search(text, lo, m.start()) \
                or text[lo - 1 : lo] in "；;" and _AGENDA_ITEMS.search(text, max(0, lo - 300), m.start()) \
                or not m.group().endswith("了") and not text.startswith("了", m.end()) \
                and _PLANNED_CLAUSES.search(text, max(lo, m.start() - 100), m.start()) \
                or _PLANNED_AGENDA.search(text, lo, m.start()) or _AGENDA_COUNTED.match(text, m.end(), hi):
            continue  # 代表们将表决通过… / 议程还有：…审查和批准…决算: on the agenda, not yet adopted
        if (listed := _LISTED_BELOW.match(text, m.end())) is not None:
            # 审议通过了以下议案：\n1．《…》；\n2．《…》: the documents listed a line each below
            pos = listed.end()
            while (row := _LISTED_ROW.match(text, pos)) is not None:
                g = 1 if row.group(1) is not None else 2
                add(row.group(g), row.start(g), row.end(g))
                pos = row.end()
            continue
        if m.group() == "通过" and (passive := _PASSED_BOOKS.search(text, lo, m.end())) and passive.end() == m.end():
            # 《A》《B》均获全票通过 / 《C》以31票同意、3票反对获得通过: the books before the passive verb
            for book in re.finditer(r"《([^》]{2,120})》", passive.group("books")):
                add(book.group(1), passive.start("books") + book.start(1), passive.start("books") + book.end(1))
            continue
        if not re.match(r"了?[^，,。；;\s]", seg) and (back := _DISCUSSED_BEFORE.search(text, lo, m.start())):
            g = 1 if back.group(1) is not None else 2
            add(back.group(g), back.start(g), back.end(g))  # 讨论了《…》，并表决通过: the book discussed, then adopted
            continue
        if seg.startswith(("将", "把")) and not _TO_BE_SUBMITTED.match(seg):
            continue  # 原则同意将《…》提交…审议: what the meeting forwards, not adopted
        # (…等12项议案，听取了《…》: the books after the next clause's verb are not adopted)
        nv = next((c.start() for c in re.finditer(r"[，,](?![^《》]*》)", seg) if _NEXT_VERB.match(seg, c.end())), None)
        seg = seg if nv is None else seg[:nv]
        books = list(re.finditer(r"《([^》]{2,120})》", seg))
        framed_to = -1  # the end of the last run of books one decision names
        for i, b in enumerate(books):
            if b.start() < framed_to:
                continue
            # 关于批准《…条约》的决定 / 关于修改《…法》的决定: the decision that names the book is the document
            left = _BOOK_FRAME_LEFT.search(seg, 0, b.start())
            right = _BOOK_FRAME_RIGHT.match(seg, b.end())
            j = i
            # (books side by side only, not 分别通过了…关于批准《A》、《B》的决定 or …《A》《B》的三个决定: one decision each)
            while left and not right and j + 1 < len(books) and books[j].end() == books[j + 1].start() \
                    and not text.endswith(("分别", "分别表决"), 0, m.start()):
                j += 1  # 关于批准《A条例》《B条例》的决议: one decision on a run of books
                right = _BOOK_FRAME_RIGHT.match(seg, books[j].end())
            if j > i and right and _COUNTED_DECISIONS.search(right.group()):
                right = None  # (…的三个决定: a decision on each book)
            if left and right:
                framed_to = right.end()
                named = seg[b.start() : books[j].end()].replace("《", "").replace("》", "")
                add(left.group(1) + named + right.group(), m.end() + left.start(1), m.end() + right.end())
            elif seg.startswith(_AMENDMENT, b.end()):  # 《…条例》修正案: the amendment of the book
                tail = next(a for a in _AMENDMENT if seg.startswith(a, b.end()))
                add(b.group(1) + tail, m.end() + b.start(), m.end() + b.end() + len(tail))
            elif note := _NOTE_AFTER_BOOK.match(seg, b.end()):  # 《…章程》（修订稿）: the draft as written
                add(b.group(1) + note.group(), m.end() + b.start(), m.end() + note.end())
            else:
                add(b.group(1), m.end() + b.start(), m.end() + b.end())
        # 通过了省十三届人大六次会议日程 — unbracketed, up to the clause end; an unbracketed item listed with books
        # (…关于批准2025年市级决算的决议、关于修改《…》的决定; 新修订的公司法、…) is read the same way
        clause = re.match(r"[^；;。]*", seg).group()
        read = 0  # how far into the clause its documents run
        for k, part in enumerate(re.split(r"[，,](?![^《》]*》)", clause)):
            read += len(part) + (1 if k else 0)
            if k and (_NEXT_VERB.match(part) or part.startswith("并")):  # (…报告稿，并委托X…作工作报告)
                break  # the next clause has its own verb (审议通过…, 确定了…): its own match reads it
            if books:
                # (the unbracketed items between and beside the books: 《A》和市政府…安排, …工作要点和《B》; not
                # 《A》及报告人名单, what goes with the book)
                part = "、".join(x for x in re.split(r"(?:、|以及)(?![^《》]*》)|(?<=》)和|(?:(?<=》)|和|及)(?=《)"
                                                     r"|(?:和|及)(?=关于)|(?<=[法例])和(?=[^《》、，,]{0,30}?关于)"
                                                     r"|(?:和|及)(?=" + _REVISED_WORDS + "《)", part)
                                if "《" not in x and x)
                part = re.sub(r"^(?:以及|及|和)", "", part)
            # (…的决定，以及…的报告; …办法（试行）等事项)
            part = re.sub(r"等(?:事项|文件|议题)?$", "", re.sub(r"^(?:以及|及|和)", "", part))
            if (ana := _THAT_DOCUMENT.match(part)) and (named := _named_before(text, ana.group(1), m.start())):
                add(*named)  # 会议研究了《…若干意见》…，会议原则通过该意见: the one named before
                break
            names = _split_documents(part)
            # (a part of books alone goes on to a next part that the list's conjunction or a decision's 关于 opens:
            # 关于批准《A》的决定、…，以及关于批准…决算的决议; 《A法》，全国人大常委会关于修改…的决定 — not to a
            # clause: 《…》，明确了…)
            if not names and (part or not re.match(r"(?:以及|及|和)|[^，,、；;。]{0,20}?关于", clause[read + 1 :])):
                break
            for name in names:
                add(name, m.end(), m.end() + read)
        else:
            # a list of documents set off by semicolons (通过了A名单(草案)；B日程；C办法(草案)): each segment is
            # more of the list while it is documents alone, without a verb or a book of its own
            # (the sentences end at each semicolon: the list is read on in the text)
            pos = m.end() + len(clause)
            while pos - m.end() < _DOC_REACH and text[pos : pos + 1] in ("；", ";") \
                    and (more := re.match(r"[^；;。，,《\n]*", text[pos + 1 :]).group()) \
                    and text[pos + 1 + len(more) : pos + 2 + len(more)] in ("；", ";", "。", "\n", "") \
                    and not _NEXT_VERB.match(more) and not _ACT_OPENS.match(more) and (names := _split_documents(re.sub(r"^(?:以及|及|和)", "", more))) \
                    and _ENDS_DOC.search(more):
                for name in names:
                    add(name, pos + 1, pos + 1 + len(more))
                pos += 1 + len(more)
    return docs
