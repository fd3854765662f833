"""One made-up sentence per construction of the construction table (pipeline/data/constructions.json):
rosters, speaker groups, reports, people after descriptors, meeting names, several meetings and dates.

The sentences are written for these tests (not copied from any report), so they test the construction, not a
sentence of the tuning set.
"""

from __future__ import annotations

import json

import pytest
from huiyi.pipeline.clean import clean_text
from huiyi.pipeline.extract import doc_to_record
from huiyi.pipeline.reader import Report
from huiyi.pipeline.records import ReportRecord

OPENING = "12月5日，全市经济工作会议召开。"


def _rec(nlp, text: str, date: str | None = None) -> ReportRecord:
    report = Report(id="t", text=clean_text(text), date=date)
    return doc_to_record(nlp(report.text), report)


def _roles(nlp, sentence: str) -> dict[str, set[str]]:
    m = _rec(nlp, OPENING + sentence).meetings[0]
    return {r: {x.who for x in getattr(m, r)} for r in ("presided", "reported", "spoke", "attended")}


@pytest.mark.parametrize("sentence, attended", [
    # a title before each name or before a run of names, across commas, the last one after 和
    ("省委书记王建华，省长李明远，省政协主席孙立平，副主席周文、吴刚、郑海涛和秘书长冯涛在主席台前排就座。",
     {"王建华", "李明远", "孙立平", "周文", "吴刚", "郑海涛", "冯涛"}),
    ("市领导张明、李强、王芳，市人大常委会副主任赵刚及秘书长钱伟出席会议。", {"张明", "李强", "王芳", "赵刚", "钱伟"}),
    ("县委常委、宣传部部长韩冰以视频方式出席。", {"韩冰"}),
    ("区委书记唐磊，区长宋涛到会祝贺。", {"唐磊", "宋涛"}),
    ("区政协主席马骏，副主席余向明、石海波在大会主席台前排就坐。", {"马骏", "余向明", "石海波"}),
    # rosters introduced by a label
    ("出席会议的有：刘洋、陈浩、周敏、吴涛等。", {"刘洋", "陈浩", "周敏", "吴涛"}),
    ("应邀出席大会的领导有：市委书记林峰，市长郭涛，市政协主席何建国。", {"林峰", "郭涛", "何建国"}),
    ("出席座谈会的党外人士还有高翔、罗宾、梁红和谢军。", {"高翔", "罗宾", "梁红", "谢军"}),
    # an unnamed tail of the roster between the names and the phrase
    ("院领导邵华、严明、邹云和各支部书记参加学习。", {"邵华", "严明", "邹云"}),
    ("市政协副主席金涛，以及冉林、蒲英等指导组同志到会指导。", {"金涛", "冉林", "蒲英"}),
])
def test_rosters(nlp, sentence, attended):
    assert _roles(nlp, sentence)["attended"] == attended


@pytest.mark.parametrize("sentence, spoke", [
    ("黄海、邓超、曹阳等就乡村振兴、营商环境等问题发言。", {"黄海", "邓超", "曹阳"}),
    ("冯刚、许晴、彭飞先后发言。", {"冯刚", "许晴", "彭飞"}),
    ("魏东和蒋平常委在联合发言中表示，要加强生态保护。", {"魏东", "蒋平"}),
    ("听取大家发言后，沈刚作总结讲话。", {"沈刚"}),
    ("韩梅在讲话中指出，要狠抓落实。", {"韩梅"}),
    ("杜明代表市政府作了题为《奋力开创新局面》的讲话。", {"杜明"}),
    ("民革市委主委江涛、民盟市委主委柳青，以及各镇街负责同志分别发言。", {"江涛", "柳青"}),
    ("丁宁、贺亮等与会人员围绕年度计划竞相发言。", {"丁宁", "贺亮"}),
    ("副市长龚平、姚远等出席会议并讲了话。", {"龚平", "姚远"}),
    ("镇党委副书记邱明对换届工作做了详细安排部署。", {"邱明"}),
    # any short kind of speech after 并作; a speech given over video; remarks on each speaker in turn
    ("市委书记骆平出席会议并作动员讲话。", {"骆平"}),
    ("副市长詹宁通过视频连线讲话。", {"詹宁"}),
    ("各乡镇党委书记依次述职，县委书记祁峰逐一点评。", {"祁峰"}),
    # a descriptor before a 、-list whose last name the verb licenses
    ("市直部门负责人汪洋、柯敏作表态发言。", {"汪洋", "柯敏"}),
    # on behalf of someone, then a speech; a statement after attending
    ("村党支部书记甘霖代表获奖村作交流发言。", {"甘霖"}),
    ("县委副书记、县长庞杰出席会议并就做好下一步工作提出具体要求。", {"庞杰"}),
    ("副省长陈光对今年工作进行了具体安排。", {"陈光"}),
    ("副镇长周斌对下一阶段工作进行了部署，镇长黄伟作了强调。", {"周斌", "黄伟"}),
])
def test_speaker_groups(nlp, sentence, spoke):
    assert _roles(nlp, sentence)["spoke"] == spoke


def test_presided_while_speaking(nlp):
    """X在主持会议时指出…: X presided, and the statement makes X a speaker too."""
    roles = _roles(nlp, "市委副书记滕飞在主持会议时指出，要抓好落实。")
    assert (roles["presided"], roles["spoke"]) == ({"滕飞"}, {"滕飞"})


def test_jointly_presided(nlp):
    """由A、B共同主持: both presided (and 共 is not the end of 岳江's name)."""
    rec = _rec(nlp, OPENING + "会议由市委书记殷涛、市长岳江共同主持。")
    assert {p.name for p in rec.people} == {"殷涛", "岳江"}
    assert {r.who for r in rec.meetings[0].presided} == {"殷涛", "岳江"}


def test_a_list_before_presiding_without_jointly_is_not_one(nlp):
    """Without 共同/联合 only the name right before 主持 presided (A讲话，B主持: A spoke)."""
    roles = _roles(nlp, "市委书记包刚讲话，市长鲁明主持。")
    assert (roles["presided"], roles["spoke"]) == ({"鲁明"}, {"包刚"})


def test_announcing_the_opening_is_no_meeting_name(nlp):
    rec = _rec(nlp, OPENING + "市人大常委会副主任褚亮宣布会议开幕。")
    assert [m.name for m in rec.meetings] == ["全市经济工作会议"]


def test_spoke_is_not_reported(nlp):
    assert _roles(nlp, "杜明代表市政府作了题为《奋力开创新局面》的讲话。")["reported"] == set()


@pytest.mark.parametrize("sentence, who, what, behalf", [
    ("苏伟受市政府委托向大会报告工作。", "苏伟", "工作", "市政府"),
    ("受国务院委托，财政部部长叶青作了关于2023年中央决算的报告。", "叶青", "关于2023年中央决算的报告", "国务院"),
    ("会议听取了市人大常委会副主任委员范勇作的关于城市管理条例执行情况的报告。", "范勇", "关于城市管理条例执行情况的报告", None),
    ("秘书长邹凯宣读了表彰决定。", "邹凯", "表彰决定", None),
    # what a notice was about; a report the meeting heard from a named person
    ("总经理罗斌通报了一季度生产经营情况。", "罗斌", "一季度生产经营情况", None),
    ("会议听取了副市长陈晓关于全市安全生产工作情况的汇报。", "陈晓", "关于全市安全生产工作情况", None),
    ("会议听取和审议了县人民法院院长应明所作的工作报告。", "应明", "工作报告", None),
])
def test_reports(nlp, sentence, who, what, behalf):
    m = _rec(nlp, OPENING + sentence).meetings[0]
    assert [(r.who, r.what, r.on_behalf_of) for r in m.reported] == [(who, what, behalf)]


def test_attends_and_reads(nlp):
    roles = _roles(nlp, "县人大常委会副主任郎平列席会议并宣读了任命书。")
    assert (roles["attended"], roles["reported"]) == ({"郎平"}, {"郎平"})


def test_each_of_a_roster_reads(nlp):
    m = _rec(nlp, OPENING + "副主任陶然、副市长吕青分别宣读了有关任免议案。").meetings[0]
    assert {r.who for r in m.reported} == {"陶然", "吕青"}


def test_report_of_an_earlier_meeting_is_quoted(nlp):
    m = _rec(nlp, OPENING + "会议要求，要学习领会好姚明远主任所作的常委会工作报告。").meetings[0]
    assert m.reported == []


def test_descriptor_licenses_a_name_before_a_verb_only(nlp):
    rec = _rec(nlp, OPENING + "摊主钱小燕说，今年生意好。要把委员智慧和力量汇集起来。")
    assert [p.name for p in rec.people] == ["钱小燕"]
    assert rec.people[0].titles == []


@pytest.mark.parametrize("text, name", [
    ("央视网消息（新闻联播）：全省安全生产工作会议12月5日在杭州召开。", "全省安全生产工作会议"),
    ("12月5日上午，市政府召开第三十次常务会议。", "市政府第三十次常务会议"),
    # a session named by its closing
    ("5月29日上午，云县第十届人民代表大会第五次会议圆满完成各项议程，在县会议中心胜利闭幕。", "云县第十届人民代表大会第五次会议"),
    # a bare meeting word takes the bodies that hold it (the word as written stays an alias)
    ("昨日下午，省委、省政府举行座谈会，诚邀出席年会的专家建言献策。", "省委、省政府座谈会"),
    # ASCII punctuation does not hide the session
    ("5月29日上午,云县第十届人民代表大会第五次会议圆满完成各项议程,在县会议中心胜利闭幕。", "云县第十届人民代表大会第五次会议"),
])
def test_meeting_name_is_the_meetings_own(nlp, text, name):
    assert _rec(nlp, text).meetings[0].name == name


def test_a_report_on_two_meetings(nlp):
    text = ("3月2日，市委常委会召开会议，市委书记林峰主持会议。"
            "会前，市委副书记郭涛主持召开全市信访工作推进会，副市长何建国出席。")
    ms = _rec(nlp, text).meetings
    assert [m.name for m in ms] == ["市委常委会会议", "全市信访工作推进会"]
    assert [r.who for r in ms[0].presided] == ["林峰"]
    assert [r.who for r in ms[1].presided] == ["郭涛"]
    assert [r.who for r in ms[1].attended] == ["何建国"]


@pytest.mark.parametrize("text, pub, date", [
    ("市长郭涛14日主持召开市政府常务会议。", "2023-03-20", (2023, 3, 14)),
    ("市长郭涛25日主持召开市政府常务会议。", "2023-03-02", (2023, 2, 25)),  # the 25th is still to come
    ("市长郭涛12月30日主持召开市政府常务会议。", "2024-01-03", (2023, 12, 30)),  # across New Year
    ("市长郭涛9月25号主持召开市政府常务会议。", "2013-09-26", (2013, 9, 25)),  # 号 is 日
    ("今天，市长郭涛主持召开市政府常务会议。", "2016-05-04", (2016, 5, 4)),
    # a year in the agenda is not the meeting's
    ("市长郭涛3日主持召开市政府常务会议，听取2019年度工作汇报。", "2021-02-05", (2021, 2, 3)),
])
def test_dates_resolved_from_publication(nlp, text, pub, date):
    d = _rec(nlp, text, pub).meetings[0].date
    assert (d.year, d.month, d.day) == date


def test_date_without_publication_keeps_what_is_written(nlp):
    d = _rec(nlp, "2020年7月31日，区委常委会召开会议。").meetings[0].date
    assert (d.year, d.month, d.day) == (2020, 7, 31)


def test_numbered_document_is_no_date(nlp):
    d = _rec(nlp, "市长郭涛主持召开市政府常务会议，学习3号文件。", "2021-02-05").meetings[0].date
    assert d.day is None


def test_election_list_gives_each_name_its_title(nlp):
    rec = _rec(nlp, "大会选举了严军为县政协主席，柯明、庞飞、殷红为县政协副主席，祁亮同志为县政协秘书长。")
    titles = {p.name: [t.title for t in p.titles] for p in rec.people}
    assert titles == {"严军": ["县政协主席"], "柯明": ["县政协副主席"], "庞飞": ["县政协副主席"], "殷红": ["县政协副主席"],
                      "祁亮": ["县政协秘书长"]}


def test_roster_under_a_role_label_takes_the_role_as_title(nlp):
    rec = _rec(nlp, OPENING + "担任此次大会执行主席的有：骆明、张彦、朱斌。")
    assert {p.name: [t.title for t in p.titles] for p in rec.people} == {
        "骆明": ["大会执行主席"], "张彦": ["大会执行主席"], "朱斌": ["大会执行主席"]}
    assert rec.meetings[0].attended == []  # listed without an attendance verb


def test_weak_title_after_another_title(nlp):
    rec = _rec(nlp, OPENING + "市经济研究所副所长、研究员邵刚就县域经济提出了建议。")
    assert [(p.name, [t.title for t in p.titles]) for p in rec.people] == [("邵刚", ["市经济研究所副所长", "研究员"])]


def test_other_members_is_a_group_label(nlp):
    rec = _rec(nlp, OPENING + "党委书记胡平，其他党委中心组成员王丹、马超参加会议。")
    assert {p.name: [t.title for t in p.titles] for p in rec.people} == {"胡平": ["党委书记"], "王丹": [], "马超": []}
    assert {r.who for r in rec.meetings[0].attended} == {"胡平", "王丹", "马超"}


def test_role_roster_written_with_wei(nlp):
    rec = _rec(nlp, OPENING + "本次大会的执行主席为吴强、柯红、俞斌。")
    assert {p.name: [t.title for t in p.titles] for p in rec.people} == {
        "吴强": ["执行主席"], "柯红": ["执行主席"], "俞斌": ["执行主席"]}


def test_byline_after_source_label(nlp):
    rec = _rec(nlp, "西园街道召开工作推进会\n来源: 张云龙 王洁 2021-09-15\n9月10日上午，西园街道召开工作推进会。")
    assert [(p.name, p.titles) for p in rec.people] == [("张云龙", []), ("王洁", [])]


@pytest.mark.parametrize("sentence, name", [
    ("中国工程院院士罗其为介绍了长江治理的看法。", "罗其为"),  # 为 inside a given name
    ("中山大学教授闻立时介绍了太阳能产业。", "闻立时"),  # 时 inside a given name
    ("东北大学教授陆钟武则从理论高度谈了绿色企业。", "陆钟武"),
])
def test_given_names_with_function_characters(nlp, sentence, name):
    m = _rec(nlp, OPENING + sentence)
    assert [p.name for p in m.people] == [name]
    assert [r.who for r in m.meetings[0].spoke] == [name]


def test_speaker_roster_closed_by_a_count(nlp):
    roles = _roles(nlp, "程亮、孟凡、钟岩等3位同志围绕发展高端服务业、招引人才、推进区域统筹发展、加快城市更新等积极建言献策。")
    assert roles["spoke"] == {"程亮", "孟凡", "钟岩"}


def test_attendee_who_also_reports(nlp):
    m = _rec(nlp, OPENING + "企划部部长江云列席会议并汇报了复工复产工作情况。").meetings[0]
    assert [r.who for r in m.attended] == ["江云"]
    assert [(r.who, r.what) for r in m.reported] == [("江云", "复工复产工作情况")]


def test_roster_ends_with_the_other_members(nlp):
    assert _roles(nlp, "武晓和其他区委常委出席。")["attended"] == {"武晓"}


def test_a_report_named_but_not_heard(nlp):
    m = _rec(nlp, OPENING + "会议指出，葛平书记代表省委所作的报告，主题鲜明、内涵丰富。").meetings[0]
    assert m.reported == []


def test_a_speech_at_an_earlier_session_is_no_act(nlp):
    m = _rec(nlp, OPENING + "政协主席孔明表示，县委书记鲁方在开幕会上的致辞充分肯定了政协工作。").meetings[0]
    assert {r.who for r in m.spoke} == {"孔明"}


def test_two_meetings_held_together_share_their_roles(nlp):
    ms = _rec(nlp, "5月3日，县长蔡明主持召开县政府党组会议和县政府第8次常务会议。副县长卢平出席。").meetings
    assert [m.name for m in ms] == ["县政府党组会议", "县政府第8次常务会议"]
    assert [[r.who for r in m.presided] for m in ms] == [["蔡明"], ["蔡明"]]
    assert [[r.who for r in m.attended] for m in ms] == [["卢平"], ["卢平"]]


@pytest.mark.parametrize("text, meetings", [
    # a later meeting its presider convenes after the first (又主持召开 / 主持召开了…, with a name of its own)
    (OPENING + "会议结束后，省长田野又主持召开了省政府常务会议。",
     [("全市经济工作会议", []), ("省政府常务会议", ["田野"])]),
    ("1月18日，区第九届人民代表大会第二次会议闭幕。大会首先进行了选举。"
     "选举计票结束后，主席团常务主席陶明主持召开了大会主席团第六次会议，听取大会选举结果。",
     [("区第九届人民代表大会第二次会议", []), ("大会主席团第六次会议", ["陶明"])]),
])
def test_a_meeting_convened_later_in_the_report(nlp, text, meetings):
    assert [(m.name, [r.who for r in m.presided]) for m in _rec(nlp, text).meetings] == meetings


def test_page_publication_field_is_no_meeting_date(nlp):
    rec = _rec(nlp, "召开座谈会\n发布日期:2021年12月24日\n12月23日，市委书记郭峰主持召开座谈会。")
    assert rec.date == "2021-12-24"
    d = rec.meetings[0].date
    assert (d.year, d.month, d.day) == (2021, 12, 23)


def test_local_time_abroad_and_a_titled_speech(nlp):
    rec = _rec(nlp, "国家主席鲍明当地时间4号在开普敦出席中非企业家大会闭幕式并发表题为《携手共进》的重要讲话。", "2015-12-05")
    m = rec.meetings[0]
    assert m.name == "中非企业家大会"
    assert ([r.who for r in m.attended], [r.who for r in m.spoke]) == (["鲍明"], ["鲍明"])
    assert (m.date.year, m.date.month, m.date.day) == (2015, 12, 4)


def test_meeting_named_after_a_list_of_participants(nlp):
    m = _rec(nlp, "近日，书记王刚分别主持召开部分部委负责人，部分专家学者座谈会，就修订条例征求意见。").meetings[0]
    assert m.name == "部分专家学者座谈会"
    assert [r.who for r in m.presided] == ["王刚"]


def test_the_table_travels_with_the_model(nlp, tmp_path):
    """A phrase added to the saved table of a model is read from there (from_disk), not from the checkout."""
    from huiyi.pipeline.lexicon import CONSTRUCTIONS_FILE

    sentence = OPENING + "市委书记武刚到场督导。"
    assert _roles(nlp, sentence)["attended"] == set()
    pipes = [nlp.get_pipe("huiyi_people"), nlp.get_pipe("huiyi_meetings")]
    before = pipes[0].constructions
    pipes[1].to_disk(tmp_path)
    table = json.loads((tmp_path / CONSTRUCTIONS_FILE).read_text(encoding="utf-8"))
    assert table["attend"] == list(before["attend"])  # saved as loaded
    table["attend"].append("到场督导")
    (tmp_path / CONSTRUCTIONS_FILE).write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
    try:
        for pipe in pipes:
            pipe.from_disk(tmp_path)
        assert _roles(nlp, sentence)["attended"] == {"武刚"}
    finally:
        for pipe in pipes:
            pipe._use(before)


def test_a_broken_table_is_named(tmp_path):
    from huiyi.pipeline.lexicon import Constructions

    bad = tmp_path / "constructions.json"
    bad.write_text('{"attend": "出席"}', encoding="utf-8")
    with pytest.raises(ValueError, match="constructions.json: a construction table maps"):
        Constructions.from_file(bad)


def test_another_meeting_after_a_marker_may_share_words_with_the_first(nlp):
    text = ("昨日下午，市委书记梁栋主持召开市委常委会民主生活会征求意见座谈会。"
            "又讯 昨日下午，市长裘明主持召开座谈会，征求各民主党派的意见建议。")
    ms = _rec(nlp, text).meetings
    assert [m.name for m in ms] == ["市委常委会民主生活会征求意见座谈会", "座谈会"]
    assert [[r.who for r in m.presided] for m in ms] == [["梁栋"], ["裘明"]]


@pytest.mark.parametrize("sentence, adopted", [
    ("大会通过了关于县政府工作报告、计划报告、预算报告等三个报告的决议。", ["关于县政府工作报告、计划报告、预算报告等三个报告的决议"]),
    ("大会通过了议案审查报告、关于政府工作报告的决议等一系列决议。", ["议案审查报告", "关于政府工作报告的决议"]),
    ("会期两天，代表们将表决通过区人大专门委员会组成人员名单。", []),
])
def test_adopted_documents(nlp, sentence, adopted):
    m = _rec(nlp, OPENING + sentence).meetings[0]
    assert [d.name for d in m.adopted] == adopted


@pytest.mark.parametrize("text, org", [
    ("中国人民政治协商会议云州市平安区第十五届委员会第四次会议开幕。", "中国人民政治协商会议云州市平安区第十五届委员会"),
    ("政协云州市平安区第十届委员会第五次会议闭幕。", "政协云州市平安区第十届委员会"),
])
def test_cppcc_committee_is_one_body(nlp, text, org):
    assert org in [o.name for o in _rec(nlp, text).organizations]


@pytest.mark.parametrize("text, pub, date", [
    # a date a few days after publication is announced, this year
    ("第十二届全国人民代表大会第一次会议4日上午举行预备会议。委员长吴国主持会议。", "2013-03-04", (2013, 3, 4)),
    # an anniversary's year elsewhere in the text is not the meeting's
    ("首都各界12月4日下午在人民大会堂举行纪念大会，纪念1982年12月4日公布施行的宪法。", "2012-12-04", (2012, 12, 4)),
    # a later session announced by 决定…于 is not this meeting's date
    ("委员长张德江15日上午主持召开第二次委员长会议。会议决定，常委会第二次会议于4月23日至25日举行。", "2013-04-15",
     (2013, 4, 15)),
    # a date in Chinese numerals: a dateline the day before publication, whose 今天 it is
    ("新华社北京一月二十七日电 各民主党派中央今天在京举行座谈会。", "1998-01-28", (1998, 1, 27)),
    ("二〇二三年三月五日，县委召开常委会会议。", "2023-03-09", (2023, 3, 5)),
    ("十二月三十日，县委召开常委会会议。", "2024-01-03", (2023, 12, 30)),
    # the dateline's date is the story's; the day after it is the meeting's, in the dateline's month
    ("本报日喀则8月8日电（记者 格桑曲珍）7日，定日县岗嘎镇召开推进会。", None, (None, 8, 7)),
    ("南海网海口1月12日消息（记者 欧启航）1月10日至11日，省交通运输厅党组召开专题民主生活会。", "2024-01-12", (2024, 1, 10)),
    # today and yesterday of a wire count from its dateline, not from the publication
    ("新华社广州1月26日电（记者车晓蕙）今天晚上，广东省委举办了春节联欢晚会。", "1998-01-27", (1998, 1, 26)),
    ("新华社北京3月1日电 国务院昨天召开常务会议。", "2020-03-02", (2020, 2, 29)),
])
def test_dates_near_the_publication(nlp, text, pub, date):
    d = _rec(nlp, text, pub).meetings[0].date
    assert (d.year, d.month, d.day) == date


@pytest.mark.parametrize("text", ["新修订的会议费管理办法印发，将从严控制会期和规模，于3日起施行。",
                                  "李明在讲话中说，东盟十国领导人均与会，并于5日举行。"])
def test_no_meeting_from_a_word_ending_in_hui(nlp, text):
    assert all("控制会" not in m.name and "与会" not in m.name for m in _rec(nlp, text).meetings)


def test_a_title_does_not_start_at_a_preposition(nlp):
    rec = _rec(nlp, "根据国务院总理李明的提名，会议决定任命王刚为部长。")
    assert {p.name: [t.title for t in p.titles] for p in rec.people} == {"李明": ["国务院总理"], "王刚": ["部长"]}


def test_ascii_punctuation_reads_like_full_width(nlp):
    """Pages that write ASCII commas in Chinese text get the same roles: cleaning makes them full-width where
    they touch a CJK character (one character for one), and leaves numbers and times alone."""
    assert clean_text("会议指出,要抓好落实;参会1,000人,10:30开始(ABC)") == "会议指出，要抓好落实；参会1,000人，10:30开始（ABC）"
    ascii_roles = _roles(nlp, "会议由市长陈东主持,副市长刘芳、赵强参加会议.")
    assert ascii_roles == _roles(nlp, "会议由市长陈东主持，副市长刘芳、赵强参加会议。")
    assert (ascii_roles["presided"], ascii_roles["attended"]) == ({"陈东"}, {"刘芳", "赵强"})


def test_closing_after_the_agenda_introduces_the_meeting(nlp):
    rec = _rec(nlp, "1月18日，市第九届人民代表大会第二次会议在完成各项议程后，在市会堂闭幕。")
    assert [m.name for m in rec.meetings] == ["市第九届人民代表大会第二次会议"]


def test_topic_then_comma_then_statement(nlp):
    """X就…，提出了…: the statement after the comma is X's."""
    assert _roles(nlp, "副市长邹平就产业发展，提出了三条建议。")["spoke"] == {"邹平"}


def test_a_speech_at_an_earlier_event_is_no_attendance(nlp):
    """…，B出席…时的讲话精神: one item of what the meeting studied, not B attending this meeting."""
    roles = _roles(nlp, "会议传达学习了省委有关会议精神，副省长武军出席全省推进会时的讲话精神。")
    assert roles["attended"] == set()


@pytest.mark.parametrize("sentence, name, titles", [
    # 代表大会议案…: 会议 inside 大会|议案 is no break; the title before it stays in the chain
    ("区人大常委会副主任、区第九届人民代表大会议案审查委员会主任甘露作议案审查报告。", "甘露",
     ["区人大常委会副主任", "区第九届人民代表大会议案审查委员会主任"]),
    # X与Y学院 is one body; 水电 is no dateline
    ("南方大学经济与管理学院院长龙飞出席会议。", "龙飞", ["南方大学经济与管理学院院长"]),
    ("中国水利水电科学研究院教授级高工江涛讲话。", "江涛", ["中国水利水电科学研究院教授级高工"]),
    # …but a dateline still ends a title's organisation, and 与 between two people still breaks
    ("新华社北京3月5日电市委书记房明出席会议。", "房明", ["市委书记"]),
])
def test_title_organisations_with_inner_words(nlp, sentence, name, titles):
    people = {p.name: [t.title for t in p.titles] for p in _rec(nlp, OPENING + sentence).people}
    assert people[name] == titles


def test_roster_through_a_study_group_label_and_staff_tail(nlp):
    """学习 inside a body's name (理论学习中心组) is no studying, and the staff tail (及…工作人员) ends the roster."""
    roles = _roles(nlp, "副校长石磊、程功，其他党委理论学习中心组成员尹涛、谭明及党政办工作人员参加会议。")
    assert roles["attended"] == {"石磊", "程功", "尹涛", "谭明"}


def test_who_studies_a_speech_is_not_quoted(nlp):
    """…but what a person said, as an object of 传达学习, still is no act at this meeting."""
    roles = _roles(nlp, "会议传达学习了市长欧阳明出席全省大会时的讲话精神。")
    assert roles == {"presided": set(), "reported": set(), "spoke": set(), "attended": set()}


def test_a_study_session_is_a_meeting(nlp):
    """县委理论学习中心组举行集中学习: a study session is introduced like a meeting (named with its group), and
    its roles are read: 主持学习, 参加/列席学习, 作了领学 (reported), 作了交流发言."""
    rec = _rec(nlp, "5月6日，县委理论学习中心组举行集中学习。县委书记龚正主持学习并讲话，县委副书记薛刚等县委理论学习"
                    "中心组成员参加学习，县人大常委会主任聂远列席学习。县委常委、宣传部部长卜凡围绕《论党的自我革命》"
                    "作了领学。县委常委、组织部部长傅强结合分管工作作了交流发言。")
    m = rec.meetings[0]
    assert m.name == "县委理论学习中心组集中学习"
    assert {r: {x.who for x in getattr(m, r)} for r in ("presided", "reported", "spoke", "attended")} == {
        "presided": {"龚正"}, "reported": {"卜凡"}, "spoke": {"龚正", "傅强"}, "attended": {"薛刚", "聂远"}}


@pytest.mark.parametrize("text, name, spoke", [
    # a meeting held over a range of days; a forum's opening, where a keynote speech is a speech
    ("中央农村工作会议12月19日至20日在北京召开。国务院总理方华出席会议并讲话。", "中央农村工作会议", {"方华"}),
    ("全球发展高峰论坛开幕式10月18日在北京举行。国家主席孔明出席开幕式并发表主旨演讲。", "全球发展高峰论坛开幕式",
     {"孔明"}),
])
def test_meetings_over_days_and_forums(nlp, text, name, spoke):
    m = _rec(nlp, text).meetings[0]
    assert (m.name, {r.who for r in m.spoke}) == (name, spoke)


def test_surname_and_title_refer_to_the_one_person_of_that_surname(nlp):
    """温书记 later in a report is 温道军 (the only 温); 黄县长 is no new person (the NER guard refuses a surname
    with a title); with two people named 王, 王书记 stays unresolved."""
    rec = _rec(nlp, OPENING + "县委书记温道军主持会议。温书记结合工作实际谈了体会。会议由县长黄伟主持。黄县长强调，要抓落实。")
    m = rec.meetings[0]
    assert [p.name for p in rec.people] == ["温道军", "黄伟"]
    assert {r.who for r in m.spoke} == {"温道军", "黄伟"}
    rec = _rec(nlp, OPENING + "县委书记王强，县委副书记王刚出席会议。王书记强调，要抓落实。")
    assert (rec.meetings[0].spoke, [p.name for p in rec.people]) == ([], ["王强", "王刚"])


@pytest.mark.parametrize("sentence, role, who", [
    # 党史学习教育 is a campaign's name, not studying what someone said
    ("市委党史学习教育第十二巡回指导组成员郝杰、阎宁到会指导。", "attended", {"郝杰", "阎宁"}),
    # a capacity between the name and the verb
    ("副总经理朱芳作为普通党员，参加所在支部组织生活会。", "attended", {"朱芳"}),
    # a photo caption's act (SPEC): 作对照检查 is a report
    ("图为董事长陈荣代表公司领导班子作对照检查。", "reported", {"陈荣"}),
])
def test_more_role_constructions(nlp, sentence, role, who):
    assert _roles(nlp, sentence)[role] == who


def test_a_speech_named_as_a_noun_is_no_speaking(nlp):
    """…从省委书记X在全会上讲话的内涵要义谈了认识: 讲话的 is the speech as a thing, X did not speak here."""
    roles = _roles(nlp, "市委书记胡平作总结发言，他从省委书记王岳在全会上讲话的内涵要义等方面谈了认识。")
    assert roles["spoke"] == {"胡平"}


@pytest.mark.parametrize("text", [
    # a leader who only sends words has no role (SPEC): what the report quotes of them is the instruction
    "全国留学工作会议12日至13日在京召开。国家主席方军作出重要指示。方军指出，留学事业与国家命运紧密相连。",
    "世界华商大会26日召开。全国政协主席俞平向大会发来贺信。俞平指出，华商和衷共济的精神值得弘扬。",
    "全国医改工作电视电话会议召开。国务院总理李强作出批示强调，要以群众受益为出发点。",
])
def test_an_instruction_or_letter_is_no_role(nlp, text):
    rec = _rec(nlp, text)
    assert len(rec.people) == 1  # the leader is found: the rule, not the name finder, keeps the role out
    m = rec.meetings[0]
    assert (m.presided, m.reported, m.spoke, m.attended) == ([], [], [], [])


def test_who_instructs_and_also_speaks_keeps_the_speech(nlp):
    m = _rec(nlp, "全省工作会议召开。省委书记方军作出批示。省长孟林出席会议并讲话。方军在会上讲话。").meetings[0]
    assert {r.who for r in m.spoke} == {"孟林", "方军"}


def test_given_name_with_a_title_refers_to_the_full_name(nlp):
    """鸿飞书记 after 王鸿飞 (SPEC): no person 鸿飞, the title is not added, and what 鸿飞书记 says is 王鸿飞's."""
    rec = _rec(nlp, OPENING + "区委书记王鸿飞主持会议。会上，鸿飞书记强调，要抓好落实。")
    assert [(p.name, [t.title for t in p.titles]) for p in rec.people] == [("王鸿飞", ["区委书记"])]
    assert {r.who for r in rec.meetings[0].spoke} == {"王鸿飞"}


def test_a_statement_after_a_title_is_spoken_but_the_general_secretary_is_quoted(nlp):
    roles = _roles(nlp, "区委书记彭明主持会议。彭明书记指出，要抓好落实。他说，习近平总书记强调，要深化改革。")
    assert (roles["presided"], roles["spoke"]) == ({"彭明"}, {"彭明"})


def test_a_second_clause_of_the_same_subject_speaks(nlp):
    """X传达了…精神，对…进行了安排: X reported and spoke; with another person before the second clause, that
    person spoke, not X."""
    roles = _roles(nlp, "街道办事处副主任刘正传达市文明创建大会会议精神，对街道文明创建工作进行了布置和安排。")
    assert (roles["reported"], roles["spoke"]) == ({"刘正"}, {"刘正"})
    roles = _roles(nlp, "副主任刘正传达了会议精神，副主任王伟对工作进行了安排。")
    assert (roles["reported"], roles["spoke"]) == ({"刘正"}, {"王伟"})


def test_a_name_that_is_also_a_word_right_after_a_title(nlp):
    """区政协常委杨柳、…: a name-like common word right after a title, before a list separator or a role verb, is
    a name; 应邀 after a title is still no one."""
    rec = _rec(nlp, OPENING + "区政协常委杨柳、吴桐分别作大会发言。市委书记、市长应邀出席。")
    assert [(p.name, [t.title for t in p.titles]) for p in rec.people] == [
        ("杨柳", ["区政协常委"]), ("吴桐", ["区政协常委"])]


def test_meeting_name_keeps_its_quotation_and_drops_a_dateline(nlp):
    # the quotation mark that closes after the meeting's kind is the name's; a dateline in Chinese numerals is not
    assert _rec(nlp, "3月5日，县政协举办第二届“乡村振兴论坛”，委员60余人参加。").meetings[0].name == "县政协第二届“乡村振兴论坛”"
    text = "本报北京一月二十日讯中共中央纪律检查委员会第二次全体会议今天在北京闭幕。"
    assert _rec(nlp, text).meetings[0].name == "中共中央纪律检查委员会第二次全体会议"
