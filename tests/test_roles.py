"""Roles at unseen reports (issue 24 constructions), each on a sentence written for the test: speech sessions,
reports on behalf of a body, a document announced, the author of a report delivered at the meeting."""

from __future__ import annotations

import pytest
from huiyi.pipeline.clean import clean_text
from huiyi.pipeline.extract import doc_to_record
from huiyi.pipeline.reader import Report


def _meeting(nlp, text: str):
    report = Report(id="t", text=clean_text(text))
    (m, *_) = doc_to_record(nlp(report.text), report).meetings
    return m


def _record(nlp, text: str):
    report = Report(id="t", text=clean_text(text))
    return doc_to_record(nlp(report.text), report)


def _people_in_order(nlp, text: str) -> list[tuple[str, list[str]]]:
    """Each person with the titles read, in the order first named."""
    return [(p.name, [t.title for t in p.titles]) for p in _record(nlp, text).people]


def _titles(rec) -> dict[str, list[str]]:
    return {p.name: [t.title for t in p.titles] for p in rec.people}


def _who(nlp, text: str, role: str) -> list[str]:
    """The names in one role of the text's first meeting (a report's author without its fields)."""
    return [r[0] if isinstance(r, tuple) else r for r in _roles(_meeting(nlp, text))[role]]


def _roles(m) -> dict[str, list]:
    return {"presided": [r.who for r in m.presided], "spoke": [r.who for r in m.spoke],
            "reported": [(r.who, r.what, r.on_behalf_of) for r in m.reported], "attended": [r.who for r in m.attended]}


@pytest.mark.parametrize(("text", "spoke", "reported"), [
    # a speech session: every 常委 who proposes or suggests spoke, the title written after the name
    ("5月3日，区政协召开常委会议。王明常委建议，加大财政投入力度。李华常委代表民革区委发言提出，要加强人才引进。",
     {"王明", "李华"}, []),
    # X在工作报告中指出: the author reported the report, and is no speaker for it (SPEC)
    ("6月4日，省政府召开全体会议。省长张卫国在工作报告中指出，要稳增长、促改革。", set(), [("张卫国", "工作报告", None)]),
    # 受…委托，X介绍了…: a report on behalf of the body
    ("7月5日，市委召开全会。受市委常委会委托，市委副书记王建华介绍了有关情况。", set(),
     [("王建华", "有关情况", "市委常委会")]),
    # 宣布…决定: a document announced is reported, what = the document
    ("8月6日，县人大常委会召开会议。县人大常委会主任李明宣布了县人大常委会关于任免的决定。", set(),
     [("李明", "县人大常委会关于任免的决定", None)]),
])
def test_speech_and_report_constructions(nlp, text, spoke, reported):
    roles = _roles(_meeting(nlp, text))
    assert set(roles["spoke"]) == spoke
    assert roles["reported"] == reported


def test_long_titled_speaker_list_with_a_descriptor(nlp):
    """Ten titled speakers with a descriptor and an uncommon name among them: each member is decided alone."""
    m = _meeting(nlp, "3月1日，全国政协召开双周协商座谈会。民革中央主席万鄂湘、民盟中央主席丁仲礼、无党派人士代表乌云生、"
                      "全国工商联主席高云龙先后发言。")
    assert set(_roles(m)["spoke"]) == {"万鄂湘", "丁仲礼", "乌云生", "高云龙"}


@pytest.mark.parametrize(("text", "people"), [
    # quoted titles of shows and campaigns are no dotted names; function words stay outside a dotted name
    ("主题表演分为“黄河魂魄·精神传承”“丝路欢歌·开放发展”等篇章。自治区党委书记艾尔肯·吐尼亚孜出席。", ["艾尔肯·吐尼亚孜"]),
    ("习近平对菲德尔·卡斯特罗表示哀悼，称伟大的菲德尔·卡斯特罗同志永垂不朽。", ["菲德尔·卡斯特罗"]),
    # personnel decisions: the name ends before 兼任, and 选举产生了… names nobody
    ("会议决定免去郭声琨兼任的公安部部长职务。", ["郭声琨"]),
    ("选举产生了出席党的十八大代表。", []),
    # a list of common words is no list of names (陆军、海军…); a name that is also a word stays (汪洋)
    ("全军设分会场，海军、空军、战略支援部队参加。王沪宁、汪洋、栗战书出席座谈会。", ["王沪宁", "汪洋", "栗战书"]),
])
def test_names_not_words(nlp, text, people):
    report = Report(id="t", text=clean_text(text))
    assert [p.name for p in doc_to_record(nlp(report.text), report).people] == people


@pytest.mark.parametrize(("text", "role", "members"), [
    # one member the name finder alone would not take (a common word after a descriptor, a bare label item):
    # the list keeps every member
    ("7月1日，市委召开党外人士座谈会。民革市委会主委杨帆，民盟市委会主委欧阳娜娜，市工商联主席谷雨，无党派人士代表黎明"
     "先后发言。", "spoke", {"杨帆", "欧阳娜娜", "谷雨", "黎明"}),
    ("3月5日，全国政协召开双周协商座谈会。全国政协委员吴晓军、郑建邦、陈晓光，专家学者代表刘元春，企业代表蔡秀玲先后发言。",
     "spoke", {"吴晓军", "郑建邦", "陈晓光", "刘元春", "蔡秀玲"}),
    # a member with no name the list could read (an unnamed guest, an unread name), between or after named ones:
    # the named members keep their role
    ("5月8日，市政协召开双周协商座谈会。民盟市委会主委杨帆，市政协委员、市人民医院院长周红，以及一位在本市工作了十五年"
     "的外籍企业高管，市工商联副主席蒋文，就优化营商环境先后发言。", "spoke", {"杨帆", "周红", "蒋文"}),
    ("5月9日，市政协召开专题协商会。市政协委员罗晓、李强，农工党市委会主委谢明，以及一位退休多年的社区老护士，先后围绕"
     "社区养老、医养结合等问题发表意见。", "spoke", {"罗晓", "李强", "谢明"}),
    # the last member's name unread, no marker before the verb (作交流发言, 出席, 主持): the others keep the role
    ("6月2日，州委召开乡村振兴工作推进会。会上，曼国村党总支书记岩罕龙、嘎洒镇妇联主席玉香腊、勐腊县农民代表排早腊"
     "作了交流发言。", "spoke", {"岩罕龙", "玉香腊"}),
    ("6月2日，州委召开乡村振兴工作推进会。曼国村党总支书记岩罕龙、嘎洒镇妇联主席玉香腊、勐腊县农民代表排早腊出席会议。",
     "attended", {"岩罕龙", "玉香腊"}),
    ("6月2日，州委召开乡村振兴工作推进会。会议由州委副书记岩温、州政府副州长排早腊主持。", "presided", {"岩温"}),
    # Mongolian names after a descriptor
    ("5月20日，巴彦查干嘎查召开嘎查民代表会议，嘎查民代表那顺乌力吉、苏日娜等5人先后发言。",
     "spoke", {"那顺乌力吉", "苏日娜"}),
    # members described at length (a chain longer than the walk's reach, a description of a whole clause, a
    # foreign name after a description no table knows), the marker after a comma and a topic
    ("5月9日，市政协召开专题协商会。市政协委员刘明江，阿荣旗种粮大户孟山，莫力达瓦达斡尔族自治旗丰瑞农机专业合作社理事长"
     "敖嫩，以及内蒙古农业大学教授高远依次发言。", "spoke", {"刘明江", "孟山", "敖嫩", "高远"}),
    ("5月9日，市政协召开专题协商会。无党派人士代表钟秀英，社区养老服务中心负责人何桂兰，以及一名照护失能老伴8年的75岁老人"
     "关振东，先后围绕社区养老发表意见。", "spoke", {"钟秀英", "何桂兰", "关振东"}),
    ("4月18日，州政协召开专题协商会。州政协委员韩东明，以及在延边生活了二十多年的俄罗斯籍外教娜塔莉亚·伊万诺娃，先后围绕"
     "冰雪旅游作了发言。（来源：延边日报）", "spoke", {"韩东明", "娜塔莉亚·伊万诺娃"}),
    # a labelled item only the list makes a name (无党派人士代表会林): the label is no clause for all its 代表
    ("7月1日，市委召开党外人士座谈会。民革市委会主委杨帆，民盟市委会主委欧阳娜娜，市工商联主席谷雨，无党派人士代表会林"
     "先后发言。", "spoke", {"杨帆", "欧阳娜娜", "谷雨", "会林"}),
    # a roster's last name, a Yi name that holds 的, before a seating phrase of the table
    ("2月18日，州纪委全会在西昌召开。州领导吉克木呷、杨建平、曲比拉铁、阿的拉哈在主席台前排就座。", "attended",
     {"吉克木呷", "杨建平", "曲比拉铁", "阿的拉哈"}),
    # a Yi name ending in 者 after its title chain
    ("4月1日，牛牛坝镇召开群众大会。大会由镇党委副书记、镇长阿苏拉者主持。", "presided", {"阿苏拉者"}),
    # the verb far from the list, across a topic phrase
    ("6月2日，市科协召开专家座谈会。张卫国、李红梅、王志刚和陈立新着重就科技创新、人才培养、产业升级等发言。",
     "spoke", {"张卫国", "李红梅", "王志刚", "陈立新"}),
    # a roster of titled runs separated by commas, one name ending in a conjunction character
    ("10月10日，镇党委召开会议。镇党委书记何山主持会议。镇长江河，副镇长马兰花、罗富和，镇人大主席羊城出席会议。",
     "attended", {"江河", "马兰花", "罗富和", "羊城"}),
])
def test_a_list_keeps_its_members(nlp, text, role, members):
    assert set(_roles(_meeting(nlp, text))[role]) == members


def test_each_report_of_a_heard_list(nlp):
    """听取了A关于…的报告，B关于…的报告: every reporter of the heard list reported."""
    m = _meeting(nlp, "9月9日，市人大常委会召开第十五次会议。会议听取了市人民政府副市长孔祥东关于全市生态环境保护工作情况的"
                      "报告，市中级人民法院院长于洋关于行政审判工作情况的报告。")
    assert [r[0] for r in _roles(m)["reported"]] == ["孔祥东", "于洋"]


def test_a_conjunction_before_the_verb_ends_the_name(nlp):
    m = _meeting(nlp, "5月8日，省商务厅召开党组会议。会议由省商务厅党组成员、副厅长陈正和主持。")
    assert _roles(m)["presided"] == ["陈正和"]


@pytest.mark.parametrize(("text", "people"), [
    # a place name right after a title is a name; a unit name after 省长 is not (湖南省长沙市)
    ("镇党委书记黄山，镇长刘海出席会议。", [("黄山", ["镇党委书记"]), ("刘海", ["镇长"])]),
    ("会议在湖南省长沙市召开。", []),
    # a title chain keeps a link whose head is a newer title (县总河长, 乡长候选人)
    ("县委书记、县总河长孙伟主持会议。乡党委副书记、乡长候选人李平作了表态发言。",
     [("孙伟", ["县委书记", "县总河长"]), ("李平", ["乡党委副书记", "乡长候选人"])]),
    # where a title's body starts: not at a speech before 和 (…讲话精神和|省委书记), nor at 给予; a former post (局原…)
    # keeps its body's 和; a firm's name may end in a verb-like word (新希望集团); a two-character name with 和
    # opens a community's (天和社区); a body whose name holds a head is no name (…委员会长江科学院)
    ("会议传达学习了总书记的重要讲话精神和省委书记郑立群在全省会议上的讲话精神。", [("郑立群", ["省委书记"])]),
    ("给予市住房和城乡建设局原局长邓立民开除党籍处分。", [("邓立民", ["市住房和城乡建设局原局长"])]),
    ("新希望集团有限公司董事、总裁王子敬，天和社区党委书记王建新依次发言。",
     [("王子敬", ["新希望集团有限公司董事", "总裁"]), ("王建新", ["天和社区党委书记"])]),
    ("长江水利委员会长江科学院副院长方志明作交流发言。", [("方志明", ["长江水利委员会长江科学院副院长"])]),
    # a head's last character opening a body's name is no name's title (水利部长|江水利委员会, 生态环境部长|江流域…);
    # a body and a title as a list's next item (、普外科主任李涛); a transliterated name, a title after it, a role verb
    ("水利部长江水利委员会主任滕跃明，生态环境部长江流域生态环境监督管理局局长欧志明，心血管内科主任杨文明、普外科主任"
     "李涛依次发言。校学术委员会主任委员次仁顿珠教授主持会议。",
     [("滕跃明", ["水利部长江水利委员会主任"]), ("欧志明", ["生态环境部长江流域生态环境监督管理局局长"]),
      ("杨文明", ["心血管内科主任"]), ("李涛", ["普外科主任"]), ("次仁顿珠", ["校学术委员会主任委员", "教授"])]),
    # Japanese names after a title (a family name of the table, then a given name a separator or a verb closes);
    # a family name alone before a role verb is no Japanese name (副县长中山|出席)
    ("某电器有限公司副总裁山本纪子，某商事株式会社首席代表田中浩一，驻大连领事办公室首席领事高桥之义先后发言。",
     [("山本纪子", ["某电器有限公司副总裁"]), ("田中浩一", ["某商事株式会社首席代表"]),
      ("高桥之义", ["驻大连领事办公室首席领事"])]),
])
def test_titled_names(nlp, text, people):
    report = Report(id="t", text=clean_text(text))
    rec = doc_to_record(nlp(report.text), report)
    assert [(p.name, [t.title for t in p.titles]) for p in rec.people] == people


@pytest.mark.parametrize("text", [
    # a speech the meeting studies, named with where it was given
    "1月9日，市人大常委会党组召开会议，传达学习贯彻习近平总书记在中央经济工作会议上的重要讲话和会议精神。",
    # a statement quoted inside another speaker's words
    "3月2日，省政府召开全体会议。省长王伟在讲话中说，李克强总理也提出了明确要求，我们要抓好落实。",
    # demands on an inspection the report tells as background (对这次检查工作提出要求), no words at the session
    "10月29日，全国人大常委会第十一次会议举行第二次全体会议。会议听取了执法检查报告。今年5月至9月，全国人大常委会组织开展了"
    "执法检查。李克强总理对这次检查工作提出要求，督促落实法律。",
])
def test_quoted_or_studied_speech_is_no_role(nlp, text):
    m = _meeting(nlp, text)
    assert "习近平" not in _roles(m)["spoke"] and "李克强" not in _roles(m)["spoke"]


def test_a_name_inside_the_meeting_name_takes_no_role(nlp):
    """The role verb after a person the meeting's name holds belongs to the titled person right before it."""
    m = _meeting(nlp, "3月1日，中央文明委在京召开纪念毛泽东等老一辈革命家为雷锋题词50周年座谈会，中央文明委主任刘云山"
                      "出席会议并讲话。毛泽东同志发出“向雷锋同志学习”号召以来，雷锋精神不断弘扬。")
    assert _roles(m)["attended"] == ["刘云山"] and _roles(m)["spoke"] == ["刘云山"]


@pytest.mark.parametrize(("text", "people"), [
    # words that open with a surname character are no names: a verb (弘扬老同志), a palace (总统府举行),
    # a thought's own word after 的 (党的强军思想); a dotted name ends before the word after it (…卢|共同)
    ("要弘扬老同志的高尚品德。", []),
    ("会议在首尔青瓦台总统府举行。", []),
    ("深入学习贯彻新时代党的强军思想。", []),
    ("财政部长雅各布·卢共同主持经济对话。", [("雅各布·卢", ["财政部长"])]),
    # a label inside a clause licenses no list item (随后召开的…民代表|会议上)
    ("随后召开的嘎查民代表会议上，嘎查民代表那顺乌力吉、苏日娜等5人先后发言。", [("那顺乌力吉", []), ("苏日娜", [])]),
    # a phrase of the table after a group label (负责同志介绍), a thought's word after a name (习近平强军思想),
    # a name before a straddling word (王晨|一同)
    ("上海市政府负责同志介绍，今年推进改革。", []),
    ("全面贯彻习近平强军思想，落实总体国家安全观。", [("习近平", [])]),
    ("全国人大常委会副委员长兼秘书长王晨一同看望。", [("王晨", ["全国人大常委会副委员长", "秘书长"])]),
])
def test_word_is_no_name(nlp, text, people):
    report = Report(id="t", text=clean_text(text))
    rec = doc_to_record(nlp(report.text), report)
    assert [(p.name, [t.title for t in p.titles]) for p in rec.people] == people


@pytest.mark.parametrize(("text", "adopted"), [
    # laws in a list, each one a document; a decision that names a treaty or a law is itself the document
    ("6月28日，十三届全国人大常委会第十次会议在北京举行闭幕会。会议表决通过了资源税法、修订后的法官法和检察官法，"
     "表决通过了关于批准《中华人民共和国和突尼斯共和国引渡条约》的决定、关于修改《中华人民共和国证券法》的决定。",
     ["资源税法", "法官法", "检察官法", "关于批准中华人民共和国和突尼斯共和国引渡条约的决定",
      "关于修改中华人民共和国证券法的决定"]),
    # an unbracketed draft before a later clause with a bracketed one: each clause reads its own
    ("6月1日，全国人大常委会第二十次会议在北京举行。会议审议通过了民法典物权编草案，会议表决通过了《市政协2020年工作要点》。",
     ["民法典物权编草案", "市政协2020年工作要点"]),
    # unbracketed documents listed with bracketed ones; a body before 关于 is part of the decision as written
    ("12月3日，市人大常委会第十五次会议闭幕。会议表决通过了市人大常委会关于批准2025年市级决算的决议、关于修改《市养犬管理条例》"
     "的决定。", ["关于修改市养犬管理条例的决定", "市人大常委会关于批准2025年市级决算的决议"]),
    ("12月3日，全国人大常委会第十七次会议闭幕。会议表决通过了新修订的公司法、关于批准《中华人民共和国和某国引渡条约》的决定，"
     "以及全国人大常委会关于修改《中华人民共和国统计法》的决定。",
     ["关于批准中华人民共和国和某国引渡条约的决定", "全国人大常委会关于修改中华人民共和国统计法的决定", "公司法"]),
    # 决定了 a document; an adoption verb inside a document's name; a later clause's own verb (研究通过了)
    ("12月3日，县人大常委会召开主任会议。会议决定了县十八届人大五次会议表决议案办法。会议通过了选举县长和通过有关专门委员会"
     "组成人员人选办法草案。", ["县十八届人大五次会议表决议案办法", "选举县长和通过有关专门委员会组成人员人选办法草案"]),
    ("12月3日，市政协召开主席会议。会议审议通过了市政协2027年工作要点等，研究通过了重点提案选题和督办方式。",
     ["市政协2027年工作要点", "重点提案选题和督办方式"]),
    # the report its author delivered, not the author; the body's opinion on a bracketed report
    ("12月3日，区人代会闭幕。大会通过了区人大常委会副主任、议案审查委员会主任沙丽萍同志所作的议案审查报告。",
     ["议案审查报告"]),
    ("12月3日，区人大常委会召开会议。会议通过了区人大常委会关于《区人民政府关于办理议案情况的报告》的审议意见书。",
     ["区人大常委会关于区人民政府关于办理议案情况的报告的审议意见书"]),
    # a short resolution after 和 is a document of its own; an agenda and its schedule stay one
    ("1月15日，市政协十一届四次会议闭幕。大会审议通过了政协第十一届市委员会常务委员会工作报告的决议、提案工作情况报告的决议和政治决议。",
     ["政协第十一届市委员会常务委员会工作报告的决议", "提案工作情况报告的决议", "政治决议"]),
    ("1月10日，市政协召开主席会议。会议审议通过了市政协十一届四次会议议程和日程草案。", ["市政协十一届四次会议议程和日程草案"]),
    # the books after the next clause's verb are heard or read, not adopted
    ("3月5日，市人大常委会召开第十次会议。会议审议通过了《2023年度董事会工作报告》等12项议案，听取了《2023年度独立董事述职报告》。",
     ["2023年度董事会工作报告"]),
    ("3月5日，市人大常委会召开第十次会议。会议审议通过了《民盟南京市委2024年工作要点》，书面审议了《民盟南京市委2023年度财务工作报告》。",
     ["民盟南京市委2024年工作要点"]),
    # a verb with nothing after it adopts the book discussed in the clause before
    ("3月5日，市人大常委会召开第十次会议。会议协商讨论了《政协伊宁县委员会关于加强委员履职管理的办法（修订稿）》，并表决通过。",
     ["政协伊宁县委员会关于加强委员履职管理的办法（修订稿）"]),
    # 该实施方案: the one named before, its draft's bracket kept
    ("3月5日，市人大常委会召开第十次会议。股长欧阳丽介绍了《宁乡市紧密型县域医疗卫生共同体建设实施方案（讨论稿）》起草情况。会议审议并原则通过了该实施方案。",
     ["宁乡市紧密型县域医疗卫生共同体建设实施方案（讨论稿）"]),
    # a law and a revised law joined by 和; the appointments on an agenda are no document
    ("3月5日，市人大常委会召开第十次会议。会议经表决，通过了军人地位和权益保障法和新修订的安全生产法。", ["军人地位和权益保障法", "安全生产法"]),
    ("3月5日，市人大常委会召开第十次会议。会议表决通过了：\n1.宝鸡市周原遗址保护条例；\n2.人事任免事项。", ["宝鸡市周原遗址保护条例"]),
    # listed rows with a revised law's words before the book and a decision with its 〈〉 inside; a heading after
    # 以下 that names the kind (以下设区的市地方性法规：)
    ("3月1日，省人大常委会召开会议。会议表决通过了：\n1.《某省数字化改革促进条例》；\n2.新修订的《某省动物防疫条例》；\n"
     "3.《某省人民代表大会常务委员会关于修改〈某省水资源管理条例〉等五件地方性法规的决定》。\n会议表决批准了以下设区的市"
     "地方性法规：\n（一）《甲市邕江保护条例》；\n（二）《乙市螺蛳粉产业发展条例》。",
     ["某省数字化改革促进条例", "某省动物防疫条例", "某省人民代表大会常务委员会关于修改〈某省水资源管理条例〉等五件地方性法规的决定",
      "甲市邕江保护条例", "乙市螺蛳粉产业发展条例"]),
    # a decision after the books of a list's last comma and 以及; an amendment written after its law's book, then
    # 和 and a decision of its own
    ("3月1日，市人大常委会召开会议。会议通过了关于批准《甲条例》的决定、关于批准《乙条例》的决定，以及关于批准2020年市级决算"
     "的决议。会议还通过了《丙条例（修订）》《丁管理条例》修正案和关于批准2023年市本级财政决算的决议。",
     ["关于批准甲条例的决定", "关于批准乙条例的决定", "关于批准2020年市级决算的决议", "丙条例（修订）", "丁管理条例修正案",
      "关于批准2023年市本级财政决算的决议"]),
    # …but past the books no clause of what the law does (《…》，明确了…)
    ("3月1日，省人大常委会召开会议。会议表决通过了《甲督导条例》，明确了教育督导的范围、原则和方式。", ["甲督导条例"]),
])
def test_adopted_documents(nlp, text, adopted):
    assert [d.name for d in _meeting(nlp, text).adopted] == adopted


@pytest.mark.parametrize(("text", "spoke"), [
    # a counted roster (三位同志) between the list and its verb
    ("3月5日，县委召开动员会。会上，刘明、王强、李红三位同志作了表态发言。", {"刘明", "王强", "李红"}),
    # a speakers' roster label
    ("3月5日，市政协召开座谈会。发言的有：刘明、王强、李红。", {"刘明", "王强", "李红"}),
    # …a roster after the sentence that says the group spoke (…先后发言。他们是：A（…）、B（…）)
    ("3月2日，省政协召开专题协商会。3位委员先后发言。他们是：俞海明（省政协委员、某控股集团董事长）、蔡雯（省政协委员）、"
     "周子华（跨境电商创业者）。", {"俞海明", "蔡雯", "周子华"}),
    # members who speak by video from their venues (a descriptor, the list, then 通过视频连线在…分会场); officials who
    # sit in and answer (并就…作了回应); a label before a body's place is no part of the title (特邀专家|北京协和医院…)
    ("3月1日，全国政协召开双周协商座谈会。委员孔祥明、欧阳蔚通过视频连线在四川、广东分会场发言，国家卫生健康委副主任蒲建国、"
     "教育部副部长危佩兰应邀列席会议，并就委员们关注的问题作了回应。",
     {"孔祥明", "欧阳蔚", "蒲建国", "危佩兰"}),
    ("3月1日，全国政协召开双周协商座谈会。全国政协委员梁国栋、胡平章，特邀专家北京协和医院老年医学科主任蒋晓岚在会上发言。",
     {"梁国栋", "胡平章", "蒋晓岚"}),
    # an inquiry's answers (作答), a press conference's speakers after a comma, the marker and a topic
    ("3月1日，区人大常委会召开专题询问会。区人大代表李思远就教育经费保障提出询问，区财政局局长边巴作答。", {"李思远", "边巴"}),
    ("3月1日，省政府召开新闻发布会。省经信厅副厅长应海明、省商务厅二级巡视员俞伟明出席发布会，分别就相关政策作了解读。",
     {"应海明", "俞伟明"}),
    # a descriptor's pair joined by 和 before the roster's close; a deputy who comes and briefs (到会介绍了…)
    ("3月1日，省政协召开座谈会。座谈会上，自治区工商联主席梁浩明、无党派人士代表韦柳和黎秋月先后发言，国家林业局副局长"
     "司马永明到会介绍了有关情况。", {"梁浩明", "韦柳", "黎秋月", "司马永明"}),
    # 交流发言 with no marker: a titled list's verb
    ("5月2日，州社科院召开专家座谈会。大学研究院教授许明、研究中心主任南英、州社会科学院院长玄哲交流发言。", {"许明", "南英", "玄哲"}),
    # every member labelled, none found alone
    ("3月5日，市委召开座谈会。座谈会上，企业家代表刘明，专家代表王强，基层代表李红依次发言。", {"刘明", "王强", "李红"}),
    # a speech at the meeting told in another's words is still a speech there
    ("9月9日，亚太经合组织领导人非正式会议在符拉迪沃斯托克举行。杨洁篪指出，这次会议期间，胡锦涛主席发表重要讲话。",
     {"杨洁篪", "胡锦涛"}),
])
def test_speaker_rosters(nlp, text, spoke):
    assert set(_roles(_meeting(nlp, text))["spoke"]) == spoke


@pytest.mark.parametrize(("text", "attended"), [
    # a roster in groups separated by ；, and a note after a name (孙丽（女）)
    ("3月5日，省委召开全会。省领导王伟、李强、张军；省军区司令员刘东海；省委常委陈红、赵亮出席会议。",
     {"王伟", "李强", "张军", "刘东海", "陈红", "赵亮"}),
    ("3月5日，市委召开常委会议。市委书记张明主持。市委常委李红、王刚、孙丽（女）、周涛参加会议。",
     {"李红", "王刚", "孙丽", "周涛"}),
])
def test_roster_groups(nlp, text, attended):
    assert set(_roles(_meeting(nlp, text))["attended"]) == attended


@pytest.mark.parametrize("text", [
    # a report named (会议指出，X在全会上作的报告…), a speech followed (按照X讲话要求)
    "3月1日，国务院召开党组会议。会议指出，习近平总书记在全会上作的工作报告，系统总结了过去一年的工作。",
    "1月16日，全国政协召开党组会议。会议强调，要按照习近平总书记讲话要求，抓好五项工作。",
])
def test_report_or_speech_referred_to_is_no_role(nlp, text):
    roles = _roles(_meeting(nlp, text))
    assert "习近平" not in roles["spoke"] and "习近平" not in [r[0] for r in roles["reported"]]


@pytest.mark.parametrize(("text", "role", "expected"), [
    # a list keeps every member when one name is rare in the statistics (孙同川: 同 seldom ends a word in a name)
    ("3月5日，省政协召开常委会议。省政协副主席周建华、邹立新、杨白冰、孙同川，秘书长杨艺文出席会议。",
     "attended", {"周建华", "邹立新", "杨白冰", "孙同川", "杨艺文"}),
    # …and when a titled member's name reads unusual (成思危), whatever verb closes the list
    ("6月2日，全国人大常委会举行联组会议。财政部部长楼继伟、民政部部长李德生、全国政协副主席成思危、中国科学院副院长"
     "孙鸿烈等分别回答了委员们的询问。", "spoke", {"楼继伟", "李德生", "成思危", "孙鸿烈"}),
    # a marker before a topic phrase (依次就…作了汇报): the list reports, each member
    ("4月1日，市委召开专题会议。市纪委书记刘洋、市委组织部部长陈杰依次就整改情况作了汇报。",
     "reported", {"刘洋", "陈杰"}),
    # a comma roster, a topic, a comma, then the marker and the verb (…结合分管工作，分别汇报了…)
    ("7月18日，县委召开常委会会议。会上，县委常委、常务副县长孙立明，县委常委、组织部部长古丽娜尔·热合曼，县委常委、"
     "宣传部部长陈晓明结合分管工作，分别汇报了学习贯彻的初步打算。", "reported", {"孙立明", "古丽娜尔·热合曼", "陈晓明"}),
    # a roster closed by 等 and its group label, then 和 and a titled member before the verb; a Tibetan name with 东
    ("6月1日，市人大常委会召开会议。崔晓明、张文华等市人大常委会领导和秘书长王宏出席，副省长才让东智出席会议。",
     "attended", {"崔晓明", "张文华", "王宏", "才让东智"}),
    # a name ending in 和 before 作 (…主任景宗和作了…说明); reports on one's duties in turn (依次述职述责述廉); a
    # Mongolian township's head (副苏木达)
    ("3月1日，全国人大常委会举行全体会议。受国务院委托，国务院法制办公室主任景宗和作了关于修改会计法的决定草案的说明。会上，"
     "驻市教育局纪检监察组组长朴美兰、驻市财政局纪检监察组组长崔永浩依次述职述责述廉。副苏木达巴雅尔图通报了降水情况。",
     "reported", {"景宗和", "朴美兰", "崔永浩", "巴雅尔图"}),
    # 进行了汇报 after a topic phrase, and 先后 over a list of titled members
    ("4月2日，县政府召开常务会议。副县长张丽、刘强分别就分管领域工作进行了汇报。", "reported", {"张丽", "刘强"}),
    ("4月3日，县委召开常委会会议。县委常委、组织部部长王芳，县委常委、宣传部部长李敏先后汇报了有关工作情况。",
     "reported", {"王芳", "李敏"}),
])
def test_list_members_decided_one_by_one(nlp, text, role, expected):
    roles = _roles(_meeting(nlp, text))
    assert {r[0] if isinstance(r, tuple) else r for r in roles[role]} == expected


def test_list_shares_its_title_and_adverbs_stay_outside_titles(nlp):
    report = Report(id="t", text=clean_text(
        "3月5日，省政协召开常委会议。省政协副主席周建华、邹立新、孙同川出席会议。会议首先由县委副书记张亮传达了市委全会精神，"
        "随后县委书记王刚作了讲话。"))
    people = {p.name: [t.title for t in p.titles] for p in doc_to_record(nlp(report.text), report).people}
    assert people == {"周建华": ["省政协副主席"], "邹立新": ["省政协副主席"], "孙同川": ["省政协副主席"],
                      "张亮": ["县委副书记"], "王刚": ["县委书记"]}


@pytest.mark.parametrize(("text", "reported"), [
    # 向大会作…报告, on behalf of a body without a comma
    ("3月5日，省十四届人大二次会议举行第一次全体会议。根据会议议程，省长王建国代表省政府向大会作政府工作报告。",
     [("王建国", "政府工作报告", "省政府")]),
    ("1月8日，市政协十届三次会议开幕。市政协主席张华代表政协第十届市委员会常务委员会向大会报告工作。",
     [("张华", "工作", "政协第十届市委员会常务委员会")]),
    # a report after attending or presiding: 并作报告, 到会作报告, a comma then 代表…作
    ("5月6日，民盟省委全会在昆明开幕。民盟省委主委李宏出席会议并作工作报告。", [("李宏", "工作报告", None)]),
    ("5月7日，全省宣讲动员会召开。省委副书记刘平应邀到会作报告。", [("刘平", "报告", None)]),
    ("5月8日，市残联第五次代表大会开幕。市残联主席王敏主持开幕式，并代表市残联第四届主席团作了工作报告。",
     [("王敏", "工作报告", "市残联第四届主席团")]),
    # a topic naming a whole bill, with a verb cue of its own (提出), before 作了说明
    ("6月1日，省人大常委会第九次会议举行。受省政府委托，省司法厅厅长陈立就省政府提出关于提请审议物业管理条例草案的议案作了说明。",
     [("陈立", "说明", "省政府")]),
    # 听取了X作的…汇报: the object of 听取 without a title; X还向会议作了…报告
    ("6月2日，省人大常委会第十次会议举行。会议听取了周安平作的关于议程草案审议情况的汇报。徐明远还向会议作了预算审查结果报告。",
     [("周安平", "关于议程草案审议情况的汇报", None), ("徐明远", "预算审查结果报告", None)]),
])
def test_report_constructions(nlp, text, reported):
    assert _roles(_meeting(nlp, text))["reported"] == reported


def test_presider_relaying_what_the_meeting_studies_reports_nothing(nlp):
    """…主持召开局党组会议，传达学习…精神: the meeting studies; the presider delivers no report."""
    roles = _roles(_meeting(nlp, "10月18日，局长李文明主持召开局党组会议，传达学习省委全会精神，研究贯彻措施。"))
    assert roles["presided"] == ["李文明"] and roles["reported"] == []


@pytest.mark.parametrize(("text", "spoke"), [
    # any short kind of floor speech (主题发言, 引导性发言), and a speech after a comma and 并
    ("7月27日，全国政协召开专题协商会。全国政协副主席何明、梁振国作主题发言。", {"何明", "梁振国"}),
    ("7月15日，省长李江出席全省数字经济大会，并作引导性发言。", {"李江"}),
    # a speech praised with its manner (热情洋溢的讲话); not speeches counted or referred to
    ("9月20日，市政协举行新年茶话会。在热烈的掌声中，市政协主席汪明发表了热情洋溢的讲话。", {"汪明"}),
    ("9月28日，省委召开巡视工作会议。会议指出，省委书记张强先后发表15次重要讲话。", set()),
])
def test_floor_speeches(nlp, text, spoke):
    assert set(_roles(_meeting(nlp, text))["spoke"]) == spoke


def _people(nlp, text: str) -> dict[str, list[str]]:
    report = Report(id="t", text=clean_text(text))
    return {p.name: [t.title for t in p.titles] for p in doc_to_record(nlp(report.text), report).people}


@pytest.mark.parametrize(("text", "people", "role", "members"), [
    # unit-level heads: a kindergarten's, a court's and a hospital's posts are titles like any other
    ("12月3日，市中心幼儿园召开家长委员会会议。园长周晓丽主持会议，副园长冯静作工作报告。",
     {"周晓丽": ["园长"], "冯静": ["副园长"]}, "presided", ["周晓丽"]),
    ("12月3日，县人民法院召开审判委员会会议。院长汤立新主持会议，执行局局长蔡卫东，刑事审判庭庭长雷红梅出席会议。",
     {"汤立新": ["院长"], "蔡卫东": ["执行局局长"], "雷红梅": ["刑事审判庭庭长"]}, "attended", ["雷红梅", "蔡卫东"]),
    ("12月3日，县卫生健康局召开推进会。县人民医院院长、主任医师黄建国，县中医院院长覃永辉作表态发言。",
     {"黄建国": ["县人民医院院长", "主任医师"], "覃永辉": ["县中医院院长"]}, "spoke", ["覃永辉", "黄建国"]),
    # 和 between two words of a body's name stays in the title; after a name it ends the title
    ("12月3日，某大学召开干部大会。省委组织部副部长、省委非公经济组织和社会组织工委书记郭海鹰宣布省委决定。",
     {"郭海鹰": ["省委组织部副部长", "省委非公经济组织和社会组织工委书记"]}, "reported", ["郭海鹰"]),
    ("12月3日，市委召开常委会议。市委书记丁学东和市长邴志刚出席会议。",
     {"丁学东": ["市委书记"], "邴志刚": ["市长"]}, "attended", ["丁学东", "邴志刚"]),
    # Uyghur, Tibetan and Mongolian names without a dot after a title
    ("12月3日，乡人民代表大会召开。乡党委书记哈力木拉提作讲话，乡人大主席努尔古丽主持会议。",
     {"哈力木拉提": ["乡党委书记"], "努尔古丽": ["乡人大主席"]}, "presided", ["努尔古丽"]),
    # two-character surnames in a titled list, with a dotted name that shares the list's title
    ("12月2日，市政协召开常委会议。市政协副主席尉迟敏、鲜于光明、库尔班·依明出席会议。",
     {"尉迟敏": ["市政协副主席"], "鲜于光明": ["市政协副主席"], "库尔班·依明": ["市政协副主席"]},
     "attended", ["库尔班·依明", "鲜于光明", "尉迟敏"]),
])
def test_unit_titles_and_uncommon_names(nlp, text, people, role, members):
    found = _people(nlp, text)
    assert {n: found.get(n) for n in people} == people
    roles = _roles(_meeting(nlp, text))
    got = [r[0] for r in roles[role]] if role == "reported" else roles[role]
    assert sorted(got) == sorted(members)


def test_a_model_title_after_a_name_ends_in_a_head(nlp):
    """The NER may read the verb phrase after an added name as a title (周晓丽|主持会议): it is none."""
    found = _people(nlp, "12月3日，市中心小学召开家长委员会会议。教务员周晓丽主持会议。")
    assert found.get("周晓丽") == []


@pytest.mark.parametrize(("text", "presided", "attended"), [
    # a roster after its label, names spaced out or padded to three characters' width
    ("12月3日，县委召开常委会议。在主席台就座的领导有：张大勇  李爱民  王小波。", [], ["张大勇", "李爱民", "王小波"]),
    ("12月3日，县委召开常委会议。出席会议的有：张大勇、王　明、李爱民、张  伟。", [],
     ["张大勇", "王明", "李爱民", "张伟"]),
    # field labels (a verb before a colon) open the names after them, not a role of the name before
    ("12月3日，县委召开常委会议。主 持：张大勇 出 席：李爱民、王小波 列 席：刘志强", ["张大勇"],
     ["李爱民", "王小波", "刘志强"]),
    ("12月3日，县委召开常委会议。主持人：县委书记张大勇。参会人员：县委副书记李爱民，县委常委王小波、陈涛。", ["张大勇"],
     ["李爱民", "王小波", "陈涛"]),
    # 同志 after each name of a list
    ("12月3日，县委召开常委会议。张大勇同志主持会议，李爱民同志、王小波同志、陈涛同志出席会议。", ["张大勇"],
     ["李爱民", "王小波", "陈涛"]),
])
def test_rosters_as_laid_out(nlp, text, presided, attended):
    roles = _roles(_meeting(nlp, text))
    assert roles["presided"] == presided
    assert sorted(roles["attended"]) == sorted(attended)


def test_a_title_after_a_list_is_each_members(nlp):
    text = ("12月3日，全国人大常委会第十七次会议闭幕。赵乐际委员长主持会议。李鸿忠、王东明、洛桑江村、雪克来提·扎克尔副委员长"
            "和刘奇秘书长出席会议。")
    found = _people(nlp, text)
    assert {n: found[n] for n in ("李鸿忠", "王东明", "洛桑江村", "雪克来提·扎克尔", "刘奇")} == {
        "李鸿忠": ["副委员长"], "王东明": ["副委员长"], "洛桑江村": ["副委员长"], "雪克来提·扎克尔": ["副委员长"],
        "刘奇": ["秘书长"]}
    assert sorted(_roles(_meeting(nlp, text))["attended"]) == sorted(["李鸿忠", "王东明", "洛桑江村", "雪克来提·扎克尔",
                                                                        "刘奇"])


@pytest.mark.parametrize(("text", "role", "members"), [
    # what the speaker heard first (听取…后指出) is no report of theirs
    ("12月3日，县政府召开专题会议。县长吴建华听取了各部门工作汇报后指出，各部门要高度重视。", "spoke", ["吴建华"]),
    # a deployment after attending, across a comma (出席会议，并就…作出部署)
    ("12月3日，县委召开工作会议。县委书记张大勇出席会议，并就做好当前工作作出部署。", "spoke", ["张大勇"]),
    # a list item with a descriptor (全国劳动模范) before an unknown name, closed by a found name with its own
    ("12月3日，县召开表彰大会。全国劳动模范陈金水、优秀共产党员刘春梅作了典型发言。", "spoke", ["刘春梅", "陈金水"]),
    # 之 inside a name right after a title
    ("12月3日，市委召开常委会议。市委书记鲁之洛主持会议。", "presided", ["鲁之洛"]),
])
def test_speakers_and_presiders_in_context(nlp, text, role, members):
    roles = _roles(_meeting(nlp, text))
    got = [r[0] for r in roles[role]] if role == "reported" else roles[role]
    assert sorted(got) == sorted(members)
    assert roles["reported"] == [] or role == "reported"


def test_a_note_on_the_rosters_order_keeps_the_roster(nlp):
    text = ("12月3日，市政协召开十三届二十次常委会议。市政协主席冼国强主持会议。秘书长禚海涛，常委丁一凡、于小龙、马红英"
            "（以姓氏笔画为序）出席会议。")
    assert sorted(_roles(_meeting(nlp, text))["attended"]) == sorted(["禚海涛", "丁一凡", "于小龙", "马红英"])
    text = "12月3日，市政协召开常委会议。出席会议的市政协常委有（按姓氏笔画排序）：丁一凡、于小龙、叶青、田野、史建华。"
    assert _roles(_meeting(nlp, text))["attended"] == ["丁一凡", "于小龙", "叶青", "田野", "史建华"]


@pytest.mark.parametrize(("text", "people"), [
    ("12月3日，公司召开经营会议。总经理助理黄明、局长助理刘芳出席会议。", {"黄明": ["总经理助理"], "刘芳": ["局长助理"]}),
    ("12月3日，社区召开会议。社区网格长周丽主持会议，一级科员王强参加会议。", {"周丽": ["社区网格长"], "王强": ["一级科员"]}),
])
def test_assistant_and_grade_titles(nlp, text, people):
    found = _people(nlp, text)
    assert {n: found.get(n) for n in people} == people


@pytest.mark.parametrize(("credit", "names"), [
    ("（王明 摄）", ["王明"]),
    ("图为会议现场。李华/摄", ["李华"]),
    ("文字：陈晨 图片：林峰 编辑：黄河", ["陈晨", "林峰"]),
])
def test_photo_and_text_credits_name_people(nlp, credit, names):
    found = _people(nlp, "12月3日，县委召开常委会议。县委书记张大勇主持会议。\n" + credit)
    assert [n for n in found if n != "张大勇"] == names


def test_the_elected_name_opens_its_clause(nlp):
    """X当选区人民政府区长并作表态发言: a person with the post elected to, who then spoke."""
    text = "1月18日，区第九届人民代表大会第二次会议闭幕。钱锁梅当选区人民政府区长并作表态发言。"
    assert _people(nlp, text)["钱锁梅"] == ["区人民政府区长"]
    assert _roles(_meeting(nlp, text))["spoke"] == ["钱锁梅"]


@pytest.mark.parametrize("act", ["为全县党员干部讲授专题党课", "分享了学习心得", "进行了交流发言", "进行了宣讲"])
def test_lectures_and_sharing_are_speeches(nlp, act):
    text = "12月3日，县委召开会议。县委常委王小波" + act + "。"
    assert _roles(_meeting(nlp, text))["spoke"] == ["王小波"]


@pytest.mark.parametrize("text", [
    "12月3日，全国政协召开会议。会议指出，以习近平同志为核心的党中央提出了明确要求。",
    "12月3日，全国人大召开会议。会议还推选刘汉铨为大会新闻发言人。",
])
def test_for_is_no_audience_before_a_speech(nlp, text):
    assert _roles(_meeting(nlp, text))["spoke"] == []


@pytest.mark.parametrize(("text", "attended"), [
    # a roster on the lines after its label, names spaced out
    ("12月3日，县委召开常委会议。县委书记张大勇主持会议。\n出席会议的有：\n李爱民 王小波 陈涛\n赵红梅 孙立平\n列席：刘志强",
     ["李爱民", "王小波", "陈涛", "赵红梅", "孙立平", "刘志强"]),
    # 的有 before a title chain is no part of the title
    ("12月3日，县委召开常委会议。参加会议的有县委常委李爱民、王小波，县政协主席孙平。", ["李爱民", "王小波", "孙平"]),
    # the rest of the body counted between the names and the verb
    ("12月3日，市政协召开常委会议。市政协主席冼国强，秘书长禚海涛和常委共45人出席会议。", ["冼国强", "禚海涛"]),
])
def test_rosters_on_lines_and_counted(nlp, text, attended):
    assert sorted(_roles(_meeting(nlp, text))["attended"]) == sorted(attended)
    assert all(t == [] or not t[0].startswith("有") for t in _people(nlp, text).values())


def test_bracketed_titles_and_notes(nlp):
    text = "12月3日，县委召开常委会议。张大勇（县委书记）主持会议，李爱民（县长）出席。县委常委、副县长（挂职）王小波出席会议。"
    assert {n: t for n, t in _people(nlp, text).items()} == {
        "张大勇": ["县委书记"], "李爱民": ["县长"], "王小波": ["县委常委", "副县长"]}
    roles = _roles(_meeting(nlp, text))
    assert roles["presided"] == ["张大勇"] and sorted(roles["attended"]) == ["李爱民", "王小波"]


def test_a_list_with_bracketed_titles(nlp):
    text = "12月3日，市委召开座谈会。座谈会上，陈大海（某某集团董事长）、林小燕（某某大学教授）、何峰（某某研究院院长）先后发言。"
    assert _people(nlp, text) == {"陈大海": ["某某集团董事长"], "林小燕": ["某某大学教授"], "何峰": ["某某研究院院长"]}
    assert sorted(_roles(_meeting(nlp, text))["spoke"]) == sorted(["陈大海", "林小燕", "何峰"])


@pytest.mark.parametrize(("text", "role", "absent"), [
    # 他 after a sentence that relays someone's words is the relaying speaker, not the leader relayed
    ("12月3日，某部召开座谈会。部长赵明在会上宣读了习近平的贺信并讲话。他表示，要深入学习。", "spoke", "习近平"),
    # a name inside the object of 听取 is no reporter
    ("12月3日，全国政协召开座谈会。会议听取开展习近平总书记关于加强政协工作的重要思想学习研讨活动情况汇报。",
     "reported", "习近平"),
    # words said at another meeting (…上也指出), or since some time (以来，X提出了…)
    ("12月3日，全国政协召开会议。会议指出，习近平总书记在今年新年茶话会上也明确指出，政协要肩负更大责任。", "spoke", "习近平"),
    ("12月3日，全国政协召开座谈会。会议认为，中共十八大以来，习近平总书记提出了一系列新理念新主张。", "spoke", "习近平"),
    # a leader who sends a congratulatory message (贺词, 致信) has no role
    ("12月3日，亚信论坛第二次会议在北京开幕。国家主席习近平向会议发来贺词。习近平指出，亚信要发挥作用。", "spoke", "习近平"),
    ("12月3日，中俄友好委员会全体会议在北京举行。国家主席习近平致贺辞。习近平在贺辞中表示，中俄友好意义重大。", "spoke", "习近平"),
    # a national leader quoted in another speaker's words, a sentence on
    ("12月3日，国际税收论坛在北京开幕。国务院副总理张高丽出席并致辞。张高丽表示，中国重视税收合作。中国国家主席习近平强调，"
     "要加强全球税收合作。", "spoke", "习近平"),
    # a report heard at an earlier session
    ("12月3日，全国人大常委会召开会议。当年6月召开的常委会第十五次会议，听取和审议了张德江委员长代表执法检查组所作的关于检查"
     "职业教育法实施情况的报告。", "reported", "张德江"),
    # a report to come (推举X在…会议上作…报告), and a report a statement names (会议指出，X作的工作报告…)
    ("12月3日，全国政协召开主席会议。会议推举全国政协主席俞正声在十三届一次会议上作常委会工作报告。", "reported", "俞正声"),
    ("12月3日，全国人大常委会党组召开会议。会议指出，习近平总书记代表中央政治局作的工作报告，实事求是、催人奋进。",
     "reported", "习近平"),
    # a speech published, not given
    ("12月3日，中宣部召开座谈会。在习近平总书记在哲学社会科学工作座谈会重要讲话发表一周年之际，中宣部召开座谈会。",
     "spoke", "习近平"),
])
def test_a_role_needs_a_speech_act_here(nlp, text, role, absent):
    """Quotations, relayed or published speeches, messages sent, reports at other sessions give no role."""
    roles = _roles(_meeting(nlp, text))
    got = [r[0] for r in roles[role]] if role == "reported" else roles[role]
    assert absent not in got


def test_relaying_a_leaders_instructions_is_a_report(nlp):
    """传达了…工作的指示要求: 工作的 is no report named by its author."""
    text = "12月3日，国务院召开灾后重建工作会议。会上，张高丽首先传达了习近平总书记对灾后重建工作的指示要求。"
    assert [r[0] for r in _roles(_meeting(nlp, text))["reported"]] == ["张高丽"]


@pytest.mark.parametrize(("text", "absent", "present"), [
    ("12月3日，古巴召开会议。会议选举接替劳尔·卡斯特罗的人选。劳尔·卡斯特罗致唁电。", ["接替劳尔·卡斯特罗", "劳尔·卡斯特罗致唁电"],
     ["劳尔·卡斯特罗"]),
    ("12月3日，论坛召开会议。会议提出“互联互通·共享共治”。", ["互联互通·共享共治"], []),
    ("12月3日，全国人大常委会召开第五次会议。委员长会议批准了选举产生的书记人选。", ["第五次", "第五", "产生"], []),
    ("12月3日，某部召开座谈会。银监会主席尚福林出席。", ["银监会"], ["尚福林"]),
])
def test_words_and_clauses_are_no_names(nlp, text, absent, present):
    found = _people(nlp, text)
    assert [n for n in absent if n in found] == []
    assert [n for n in present if n not in found] == []


@pytest.mark.parametrize(("text", "role", "who"), [
    # a time right before the name opens its clause (a dateline without a comma)
    ("12月3日张大勇主持召开县委常委会会议。", "presided", ["张大勇"]),
    # a caption with the photo's position note
    ("12月3日，县委召开常委会议。图为张大勇（左二）在会上讲话。", "spoke", ["张大勇"]),
])
def test_time_and_caption_open_a_clause(nlp, text, role, who):
    assert _roles(_meeting(nlp, text))[role] == who


def test_a_verb_after_a_surname_like_word_is_no_name(nlp):
    assert "曾表示" not in _people(nlp, "12月3日，县委召开会议。该负责人3日曾表示，要加强管理。")


def test_a_title_after_a_found_name_licenses_no_next_name(nlp):
    """习近平主席同泽曼总统会面: 主席 is 习近平's title; 同 is "with", and 同泽曼 is no name."""
    found = _people(nlp, "12月3日，中捷两国召开会议。国家主席习近平出席。今年2月，习近平主席同泽曼总统在索契会面。"
                         "会议要求坚决维护习近平总书记权威。")
    assert "同泽曼" not in found and "权威" not in found
    assert _people(nlp, "12月3日，世界互联网大会开幕。泰国副总理巴金·詹东、蒙古国副总理恩赫图布辛出席。")["恩赫图布辛"] == [
        "蒙古国副总理"]


@pytest.mark.parametrize(("text", "role", "members", "people"), [
    # a titled member whose name the statistics find unusual (乌云生) and a foreign name after a descriptor
    ("12月3日，市委召开座谈会。座谈会上，民革市委会主委王冶坪、民盟市委会主委方智远、九三学社市委会主委乌云生、"
     "外籍专家约翰逊、市工商联主席朱丽兰先后发言。", "spoke",
     {"王冶坪", "方智远", "乌云生", "约翰逊", "朱丽兰"}, {"乌云生": ["九三学社市委会主委"], "约翰逊": []}),
    # minority names written without a dot, one of them the list's last item before 等
    ("会议由市委常委、秘书长张三主持。王冶坪、方智远、阿依古丽、朱丽兰、土尔逊等出席会议。", "attended",
     {"王冶坪", "方智远", "阿依古丽", "朱丽兰", "土尔逊"}, {"阿依古丽": [], "土尔逊": []}),
])
def test_a_list_keeps_its_unusual_members(nlp, text, role, members, people):
    assert set(_roles(_meeting(nlp, text))[role]) == members
    found = _people(nlp, text)
    assert {n: found[n] for n in people} == people


@pytest.mark.parametrize(("text", "role", "members"), [
    # a member that is no name at all (a word where a name stands) does not cut the list in two
    ("12月3日，市委召开座谈会。座谈会上，民革市委会主委王冶坪、民盟市委会主委方智远、九三学社市委会主委上帝、"
     "市工商联主席朱丽兰分别发言。", "spoke", {"王冶坪", "方智远", "朱丽兰"}),
    # …nor the last item before 等
    ("12月3日，县委召开会议。王冶坪、方智远、上帝等出席会议。", "attended", {"王冶坪", "方智远"}),
])
def test_a_list_is_not_cut_by_a_member_that_is_no_name(nlp, text, role, members):
    assert set(_roles(_meeting(nlp, text))[role]) == members


def test_a_verb_after_a_title_is_no_name_and_an_invitation_no_title(nlp):
    found = _people(nlp, "12月3日，市政协召开主席会议。副主席郝伟、孟庆宇出席会议，各委办主任列席会议。"
                         "应马来西亚总理纳吉布邀请，国务院总理李克强出席会议。会议开始时，国家主席习近平提议默哀。")
    assert "列席会议" not in found
    assert found["纳吉布"] == ["马来西亚总理"] and found["习近平"] == ["国家主席"]


@pytest.mark.parametrize(("text", "role", "members"), [
    # an unknown last member before an adverb and the verb (纳兰 is a surname alone)
    ("12月3日，区政协召开会议。区领导范敬宜、张美远、亢龙田、纳兰应邀出席会议。", "attended",
     {"范敬宜", "张美远", "亢龙田", "纳兰"}),
    # a Mongolian name written without a dot as the last member
    ("12月3日，区政协召开会议。区领导范敬宜、张美远、乌云其木格出席会议。", "attended", {"范敬宜", "张美远", "乌云其木格"}),
    # a text that ends inside the roster's topic (the first part of a page): the roster spoke
    ("昨日下午，市长王震西主持召开座谈会，征求意见建议。柳随年、吴光宇、朱育理等就市委常委会学习贯彻习近平新时",
     "spoke", {"柳随年", "吴光宇", "朱育理"}),
    # …and a name inside the topic is not the roster's last name
    ("昨日下午，市长王震西主持召开座谈会。柳随年、吴光宇、朱育理等就学习贯彻习近平新时代中国特色社会主义思想提出意见。",
     "spoke", {"柳随年", "吴光宇", "朱育理"}),
    # 到会听取发言: listening, not speaking
    ("3月9日，全国政协举行全体会议。国务院副总理汪洋，以及中共中央、国务院有关部门负责人到会听取发言。会议由刘晓峰主持。",
     "spoke", set()),
])
def test_list_ends_and_cut_topics(nlp, text, role, members):
    assert set(_roles(_meeting(nlp, text))[role]) == members


def test_a_title_starts_after_a_visit_verb_and_keeps_its_bureau(nlp):
    found = _people(nlp, "12月3日，中新召开会议。国家主席习近平会见新加坡总统陈庆炎。国家新闻出版广电总局副局长蒋建国专门"
                         "制作了幻灯片。")
    assert found["陈庆炎"] == ["新加坡总统"] and found["蒋建国"] == ["国家新闻出版广电总局副局长"]


def test_a_place_holding_a_break_character_stays_in_the_title(nlp):
    """同/和 inside a place's name (宁夏同心县, 新疆和田地委) is no break word; after a name it is (习近平和法国总统)."""
    found = _people(nlp, "6月23日，中央召开座谈会。陕西山阳县委书记张国瑜、宁夏同心县委书记马洪海、新疆和田地委书记王华等代表发言。"
                         "国家主席习近平和法国总统奥朗德出席会议。")
    assert found["马洪海"] == ["宁夏同心县委书记"] and found["王华"] == ["新疆和田地委书记"]
    assert found["奥朗德"] == ["法国总统"]
    roles = _roles(_meeting(nlp, "6月23日，中央召开座谈会。陕西山阳县委书记张国瑜、宁夏同心县委书记马洪海、新疆和田地委书记王华"
                                 "等代表发言。区领导范敬宜、张美远、区直各部门主要负责人出席会议。"))
    assert set(roles["spoke"]) == {"张国瑜", "马洪海", "王华"} and set(roles["attended"]) == {"范敬宜", "张美远"}


@pytest.mark.parametrize(("text", "spoke", "people"), [
    # a speech session: names the statistics find unusual, licensed by the member's title and what they ask
    ("12月3日，全国人大常委会举行联组会议。卡林顿委员就如何提高预算编列细化比例问题，包叙定委员就地方政府债务风险防控"
     "问题，顾诵芬委员就彩票资金整改问题等提出询问。", {"卡林顿", "包叙定", "顾诵芬"},
     {"卡林顿": ["委员"], "包叙定": ["委员"], "顾诵芬": ["委员"]}),
    # a member's title, then a statement: the member spoke (a weak head is the title here)
    ("3月8日，全国政协举行全体会议。楼继伟委员指出，供给侧结构性改革是必由之路。荣华、李义虎代表建议，加强跟踪督办。",
     {"楼继伟", "荣华", "李义虎"}, {"楼继伟": ["委员"], "李义虎": ["代表"]}),
])
def test_members_speaking_at_a_session(nlp, text, spoke, people):
    assert set(_roles(_meeting(nlp, text))["spoke"]) == spoke
    found = _people(nlp, text)
    assert {n: found[n] for n in people} == people


def test_a_sessions_post_keeps_the_sessions_name(nlp):
    """SPEC: the title as written; a session's name before its own post is part of it (…第五次会议常务主席), a
    determiner (本次) is not, and 从 (from) opens no title."""
    found = _people(nlp, "5月17日，陆良县第十七届人民代表大会第五次会议开幕。陆良县第十七届人民代表大会第五次会议常务主席张光彦、"
                         "骆德刚在主席台前排就坐。大会由县人大常委会主任、本次大会主席团常务主席骆德刚主持。胡龙廷作总结发言，"
                         "他从省委书记王国生的讲话谈了体会。")
    assert found["张光彦"] == ["陆良县第十七届人民代表大会第五次会议常务主席"]
    assert found["骆德刚"] == ["陆良县第十七届人民代表大会第五次会议常务主席", "县人大常委会主任", "大会主席团常务主席"]
    assert found["王国生"] == ["省委书记"]


def test_a_role_verb_right_after_a_clause_start_name_licenses_an_unusual_name(nlp):
    assert _roles(_meeting(nlp, "11月21日下午，古继堂主持召开党委常委会会议。"))["presided"] == ["古继堂"]


@pytest.mark.parametrize(("text", "absent", "present"), [
    # a word in a 、-list after items that are no names (diseases, crops, virtues, provinces)
    ("12月3日，国务院召开常务会议。会议提高先天性心脏病、白血病等重大疾病医疗费保障水平，推进水稻、棉花、甘蔗等农作物"
     "机械化，要求做到节俭、廉洁、阳光。河北、四川、甘肃面向基层开展宣讲。", {"白血病", "甘蔗", "阳光", "甘肃面"}, set()),
    # a body (银监会), a time (闭幕会前), a title head inside a "name" (…委员会主任)
    ("12月3日，全国人大常委会举行会议。国务院法制办副主任夏勇、银监会主席尚福林到会听取意见。闭幕会前，国防大学副校长"
     "肖天亮作报告。", {"银监会", "闭幕会前"}, {"夏勇", "尚福林", "肖天亮"}),
    # a preposition read as a surname before a name that reads far better alone (not 向守志)
    ("12月3日，中央召开座谈会。毛泽东同志发出“向雷锋同志学习”号召50年来，雷锋精神不断弘扬。向守志出席会议。",
     {"向雷锋"}, {"毛泽东", "雷锋", "向守志"}),
    # …while the names of a list after a name found in a phrase stay (陪同考察的王沪宁、汪洋、栗战书)
    ("12月3日，省委召开座谈会。陪同考察的王沪宁、汪洋、栗战书，中央有关部门负责同志参加座谈会。", set(),
     {"王沪宁", "汪洋", "栗战书"}),
])
def test_list_items_and_words_that_are_no_names(nlp, text, absent, present):
    found = _people(nlp, text)
    assert not absent & set(found) and present <= set(found)


def test_a_surname_title_reference_and_countries_and_a_pronoun_before_a_dotted_name(nlp):
    found = _people(nlp, "12月3日，中央军委召开会议。会议要求坚决维护党中央、中央军委和习主席权威。我多次同菲德尔·卡斯特罗"
                         "同志见面。赞比亚、卢旺达、肯尼亚议会领导人出席会议。")
    assert "权威" not in found and "卢旺达" not in found and "菲德尔·卡斯特罗" in found
    # …but a qualifier before a head is no surname (代区长: acting)
    assert _people(nlp, "12月3日，区委召开会议。区委副书记、代区长安文哲出席。")["安文哲"] == ["区委副书记", "代区长"]


def test_a_surname_glued_to_the_word_before_and_leadership_that_is_no_label(nlp):
    found = _people(nlp, "12月3日，中越两国召开会议。纪念康世恩同志诞辰100周年。我期待同阮富仲总书记、陈大光主席会面。"
                         "在同泽曼和索博特卡会见时，会议强调要改进党的领导方式和执政方式。")
    assert {"康世恩", "阮富仲", "陈大光"} <= set(found)
    assert not {"世恩", "富仲", "同泽曼", "方式"} & set(found)


def test_words_across_a_head_or_a_name_end_are_no_names(nlp):
    """红军长|征胜利 (长征), 地区长|治久安 (长治), 杜绝|工作, and 领导 as leadership, no label (改进领导方式)."""
    found = _people(nlp, "12月3日，中央召开会议。纪念红军长征胜利80周年。李克强就地区长治久安提出建议。要坚决杜绝工作中的"
                         "形式主义，改进领导方式。市委领导王明出席。镇长江河出席。")
    assert set(found) == {"李克强", "王明", "江河"} and found["江河"] == ["镇长"]


def test_the_one_spoken_for_does_not_speak(nlp):
    roles = _roles(_meeting(nlp, "9月30日，新疆召开全区党政干部大会。俞正声代表党中央、国务院，代表习近平总书记向自治区各族干部"
                                 "表示崇高的敬意。他说，要维护稳定。"))
    assert roles["spoke"] == ["俞正声"]


@pytest.mark.parametrize("text", [
    # a leader's speech named by what it stressed, inside another speaker's words
    "7月5日，中央召开座谈会。刘云山指出，营造良好从政环境是习近平总书记讲话强调的一个重要内容。",
    # requirements stated before an inspection began, not at this sitting
    "6月23日，全国人大常委会举行会议。执法检查开始前，张德江委员长提出要求，通过执法检查加强专利运用。会议由王晨主持。",
])
def test_words_said_before_or_named_are_no_speech_here(nlp, text):
    roles = _roles(_meeting(nlp, text))
    assert "习近平" not in roles["spoke"] and "张德江" not in roles["spoke"]
    assert roles["spoke"] == (["刘云山"] if "刘云山" in text else [])


def test_a_titled_name_before_a_verb_the_table_does_not_know(nlp):
    """局长X|安排部署: the title licenses the name whatever word follows (安排部署 at the meeting is a speech, SPEC),
    but not a string the statistics find unlikely (记者|向中央) nor a body before a head (林业站|站长)."""
    m = _meeting(nlp, "12月3日，全县冬季森林防火工作动员会召开。县林业局局长邬晓峰安排部署了全县冬季森林防火工作。"
                      "各乡镇分管领导、林业站站长参加会议。香港特别行政区记者向中央反映情况。")
    assert _roles(m)["spoke"] == ["邬晓峰"]
    assert _people(nlp, "12月3日，全县冬季森林防火工作动员会召开。县林业局局长邬晓峰安排部署了全县冬季森林防火工作。"
                        "各乡镇分管领导、林业站站长参加会议。教科室主任喻丹发言。香港特别行政区记者向中央反映情况。") \
        == {"邬晓峰": ["县林业局局长"], "喻丹": ["教科室主任"]}


def test_a_transliterated_list_item_is_one_name(nlp):
    """A five-character Mongolian name as a list item (、敖登格日乐、) is the whole item, and the roster keeps it."""
    m = _meeting(nlp, "12月5日，全国人大常委会会议闭幕。赵刚委员长主持会议。阚士琦、笪永刚、敖登格日乐、欧阳晓岚和秘书长"
                      "郄永平出席会议。")
    assert sorted(_roles(m)["attended"]) == sorted(["阚士琦", "笪永刚", "敖登格日乐", "欧阳晓岚", "郄永平"])


def test_what_a_report_says_is_no_speech(nlp):
    """X报告了…情况。他说… quotes the report: the author reported (the verb 报告了) and is no speaker for it."""
    roles = _roles(_meeting(nlp, "十四届全国人大常委会第五次会议27日举行全体会议。阚士琦副委员长主持会议。受国务院委托，"
                                 "国家发展改革委主任郄永平报告了今年以来国民经济和社会发展计划执行情况。他说，今年以来经济"
                                 "运行稳中向好。"))
    assert roles["reported"] == [("郄永平", "今年以来国民经济和社会发展计划执行情况", "国务院")]
    assert roles["spoke"] == []


@pytest.mark.parametrize(("text", "name", "titles"), [
    # a time before the title (当地时间30日中午国务院总理…), a conjunction and a causative (而让…副总裁…)
    ("11月30日，会议在莫斯科举行。当地时间30日中午国务院总理王建华抵达。", "王建华", ["国务院总理"]),
    ("11月1日，论坛在北京召开。而让微软全球资深副总裁贺乐赋特别关注的是创新。", "贺乐赋", ["微软全球资深副总裁"]),
    # 电 opening a word (电子, 电视) is no dateline
    ("1月18日，大会在京召开。中国电子科技集团公司电子科学研究院研究员王小谟出席。", "王小谟",
     ["中国电子科技集团公司电子科学研究院研究员"]),
    ("2月19日，座谈会召开。中央电视台台长聂辰席出席。", "聂辰席", ["中央电视台台长"]),
    # 与 before a term (与|十一届…主席) joins no two words of a body's name
    ("3月2日，会议召开。随后，俞正声来到主席台中间与十一届全国政协主席贾庆林热烈握手。", "贾庆林", ["十一届全国政协主席"]),
    # 周济 is also a word: the speech after it (致开幕词) licenses the name
    ("5月28日，两院院士大会开幕。中国工程院院长周济致开幕词。", "周济", ["中国工程院院长"]),
])
def test_title_chains_stop_at_times_verbs_and_terms(nlp, text, name, titles):
    assert _people(nlp, text)[name] == titles


def test_a_senior_engineer_head_needs_a_body(nlp):
    """高工 (senior engineer) is a title only after a body: 要提高工程建设效益 holds no person."""
    assert _people(nlp, "10月15日，中央召开会议。会议要求，要提高工程建设效益。") == {}


def test_a_weak_title_after_a_name_and_a_body_before_it(nlp):
    """X教授、Y研究员先后发言: a weak head after a name, before a separator or a role verb, is its title (SPEC: a
    full name with a title after it), also after a body's name (清华大学X教授) or 来自…的."""
    for text in ("12月3日，市委召开座谈会。会上，来自清华大学的蒯良玉教授、北京大学的郦子敬研究员先后发言。",
                 "12月3日，市委召开座谈会。会上，清华大学蒯良玉教授、北京大学郦子敬研究员先后发言。"):
        m = _meeting(nlp, text)
        assert sorted(_roles(m)["spoke"]) == sorted(["蒯良玉", "郦子敬"])
        assert _people(nlp, text) == {"蒯良玉": ["教授"], "郦子敬": ["研究员"]}
    # (…联合会|荣誉主席: a common word before a head is no name)
    assert "荣誉" not in _people(nlp, "9月2日，侨界召开座谈会。美国华人社团联合会荣誉主席张素久出席。")


def test_notes_and_honorifics_inside_a_list(nlp):
    """A short note (（女）, （蒙古族）) or 同志 before the separator keeps the list and its shared title."""
    m = _meeting(nlp, "12月3日，全国政协召开主席会议。出席会议的有：阚士琦、笪永刚、覃桂芬（女）、敖登格日乐（蒙古族）、"
                      "郦子敬。")
    assert _roles(m)["attended"] == ["阚士琦", "笪永刚", "覃桂芬", "敖登格日乐", "郦子敬"]
    assert _people(nlp, "12月3日，区政协召开常委会议。区政协主席阚士琦同志、副主席笪永刚同志、覃桂芬同志出席会议。") \
        == {"阚士琦": ["区政协主席"], "笪永刚": ["副主席"], "覃桂芬": ["副主席"]}


@pytest.mark.parametrize(("text", "role", "who"), [
    # presiding as the second act of the sentence's subject
    ("12月3日，县委书记敖鸿飞深入城关镇调研，并主持召开镇村干部座谈会。", "presided", ["敖鸿飞"]),
    ("12月3日，县人民代表大会开幕。逄振兴县长作政府工作报告并主持会议。", "presided", ["逄振兴"]),
    ("12月3日，全省教育工作会议召开。逄国庆、省教育厅厅长仉雅琴分别主持上午和下午的会议。", "presided", ["仉雅琴", "逄国庆"]),
    # speeches: a keynote, a speech named by its title without 题为, a comment as the second act, words after listening
    ("12月3日，市政府召开高峰论坛。中国工程院院士覃国良、浙江大学教授鄂晓岚作主旨演讲。", "spoke", ["鄂晓岚", "覃国良"]),
    ("12月3日，市政协召开座谈会。市工商联副主席粟洪涛作了《优化民营经济发展环境》的发言。", "spoke", ["粟洪涛"]),
    ("12月3日，社区召开组织生活会。街道党工委副书记上官华到会指导并点评。", "spoke", ["上官华"]),
    ("12月3日，县委召开述职评议会。县委书记亓振华主持会议，并对各乡镇党委书记述职情况逐一点评。", "spoke", ["亓振华"]),
    ("12月3日，县委召开座谈会。县委书记仉向东认真听取发言后指出，要抓好落实。", "spoke", ["仉向东"]),
    # a list runs on past a name-like last item before the comma, which the members on both sides make one
    ("12月3日，县人大常委会召开会议。县人大常委会副主任佟国栋、蓟玉兰，副县长逯海涛出席会议。", "attended",
     ["逯海涛", "蓟玉兰", "佟国栋"]),
    # transliterated names: after a title, as list items, after a descriptor
    ("12月3日，州政府召开防汛会议。州水利局局长热合曼通报了当前雨情水情。", "reported", ["热合曼"]),
    ("12月3日，州政府召开防汛会议。副州长阿依古丽、格桑卓玛出席会议。", "attended", ["格桑卓玛", "阿依古丽"]),
    ("12月3日，州委召开会议。各县市负责同志和基层代表马秀英、热依拉作交流发言。", "spoke", ["热依拉", "马秀英"]),
])
def test_second_acts_speech_kinds_and_unusual_members(nlp, text, role, who):
    roles = _roles(_meeting(nlp, text))
    assert [r[0] if isinstance(r, tuple) else r for r in roles[role]] == who


def test_a_presider_is_the_subject_and_a_township_is_no_name(nlp):
    """…宣读了习近平重要指示和李克强批示并主持会议: the reader presided, not a name in what was read; 白沙乡党委书记X:
    the township is the title's, X the name; a country after a title is no name."""
    roles = _roles(_meeting(nlp, "7月4日，国企改革座谈会召开。国务委员王勇宣读了习近平重要指示和李克强批示并主持会议。"))
    assert roles["presided"] == ["王勇"]
    assert _people(nlp, "12月3日，县委召开述职评议会。白沙乡党委书记冼海英等6名乡镇党委书记现场述职。") \
        == {"冼海英": ["白沙乡党委书记"]}
    assert "巴基斯坦" not in _people(nlp, "6月10日，峰会举行。印度总理莫迪、巴基斯坦总理谢里夫出席。")


@pytest.mark.parametrize(("text", "absent", "present"), [
    # words of a list sharing their last character (动议关、考察关、程序关) are no names
    ("12月3日，省委召开会议。要严把动议关、考察关、程序关，防止带病提拔。", {"程序关", "考察关"}, set()),
    # a common word after a title written after a name (…习近平主席|倡导的) is no name
    ("3月22日，座谈会召开。张德江表示，积极推进习近平主席倡导的“一带一路”建设。", {"倡导"}, {"张德江"}),
    # a name ending in a conjunction before 等 (罗富和等), and a body after 和 in a list (和中央党的…成员)
    ("7月6日，座谈会召开。参加座谈会的党外人士还有陈晓光、罗富和等。", {"罗富"}, {"陈晓光", "罗富和"}),
    ("8月14日，座谈会召开。赵乐际、赵洪祝和中央党的群众路线教育实践活动领导小组成员参加会议。", {"中央党"},
     {"赵乐际", "赵洪祝"}),
    # a word the segmenter read, and a "name" ending inside the next word (巩固|平等)
    ("5月26日，座谈会召开。要促进各民族交往交流交融，巩固平等团结互助和谐的民族关系。王明出席。", {"巩固平"}, {"王明"}),
])
def test_words_in_lists_and_after_titles_of_names(nlp, text, absent, present):
    found = set(_people(nlp, text))
    assert not absent & found and present <= found


@pytest.mark.parametrize(("text", "role", "who"), [
    # names joined by 、 alone before 主持 each presided, with a title chain or after 由
    ("12月3日，县人代会闭幕。会议由大会执行主席靳国梁、訾春和主持。", "presided", ["訾春和", "靳国梁"]),
    ("12月3日，县人代会闭幕。会议由靳国梁、訾春和主持。", "presided", ["訾春和", "靳国梁"]),
    # …but not names of another clause before a comma
    ("12月3日，县委召开会议。县委书记王国梁出席会议，县长李春生主持会议。", "presided", ["李春生"]),
    # a name ending in 和 before a role adverb (訾春和共同主持)
    ("12月3日，县人代会闭幕。县人大常委会副主任訾春和共同主持。", "presided", ["訾春和"]),
    # a group label of the national leaders before the list
    ("12月3日，全国政协开幕。党和国家领导人晏国栋、琚长海等出席开幕会。", "attended", ["琚长海", "晏国栋"]),
    # the list after a titled dotted name shares its chain and its verb
    ("12月3日，自治区人大会议开幕。自治区人大常委会副主任阿不都热依木·买买提、王建华、李明出席。", "attended",
     ["李明", "王建华", "阿不都热依木·买买提"]),
])
def test_joint_presiders_and_lists_after_labels_and_dotted_names(nlp, text, role, who):
    assert _roles(_meeting(nlp, text))[role] == who


def test_a_shared_title_after_a_dotted_name(nlp):
    assert _people(nlp, "12月3日，自治区人大会议开幕。自治区人大常委会副主任阿不都热依木·买买提、古丽娜·艾买提、王建华等"
                        "在主席台就座。") == {n: ["自治区人大常委会副主任"]
                                        for n in ("阿不都热依木·买买提", "古丽娜·艾买提", "王建华")}


@pytest.mark.parametrize(("text", "adopted"), [
    # 和/以及 before a new 关于… or a body's decision starts a new document, also before a book's frame
    ("12月3日，县人代会闭幕。大会表决通过了关于县人民法院工作报告的决议和关于县人民检察院工作报告的决议。",
     ["关于县人民法院工作报告的决议", "关于县人民检察院工作报告的决议"]),
    ("12月3日，全国人大常委会会议闭幕。会议表决通过了《某某组织法》、矿产资源法修正案和关于批准《中国和某国引渡条约》的决定。",
     ["某某组织法", "关于批准中国和某国引渡条约的决定", "矿产资源法修正案"]),
    ("12月3日，全国人大常委会会议闭幕。会议表决通过了学前教育法以及全国人民代表大会常务委员会关于修改《统计法》的决定。",
     ["全国人民代表大会常务委员会关于修改统计法的决定", "学前教育法"]),
    # an unbracketed document joined to books by 和, before or after them; not what goes with a book (及报告人名单)
    ("12月3日，市政府召开常务会议。会议审议通过了《某某实施办法》《某某实施方案》和市政府2024年重点民生实事项目安排。",
     ["某某实施办法", "某某实施方案", "市政府2024年重点民生实事项目安排"]),
    ("12月3日，州委常委会召开会议。会议审议通过了《某某实施意见》、州委常委会2025年工作要点和《某某考核办法（试行）》。",
     ["某某实施意见", "某某考核办法（试行）", "州委常委会2025年工作要点"]),
    ("12月3日，市政协召开常委会议。会议审议通过《市政协常务委员会工作报告》及报告人名单。", ["市政协常务委员会工作报告"]),
    # a 、 inside a book is no separator
    ("12月3日，中央深改组召开会议。会议审议通过了《推行行政执法公示制度、执法全过程记录制度试点工作方案》。",
     ["推行行政执法公示制度、执法全过程记录制度试点工作方案"]),
])
def test_documents_joined_by_conjunctions_and_books(nlp, text, adopted):
    assert [d.name for d in _meeting(nlp, text).adopted] == adopted


def test_no_roles_at_a_meeting_still_to_come(nlp):
    """An arrival (抵达…，还将出席…会议): what is said at the airport is said before the meeting, which this report
    names only as still to come; a meeting the report also names as held keeps its roles."""
    m = _meeting(nlp, "当地时间12日下午，国务院总理李强抵达新加坡，开始正式访问。在新加坡期间，李强还将出席东亚合作领导人"
                      "系列会议。李强表示，中新是友好近邻。")
    assert _roles(m) == {"presided": [], "spoke": [], "reported": [], "attended": []}
    # (a journey to what is held there; the host supported; the time of the visit)
    m = _meeting(nlp, "11月12日下午，国务院总理李强乘专机抵达马尼拉，出席12日至14日在这里举行的第20次中国－东盟领导人会议。"
                      "李强表示，中方支持菲方主办第20次中国－东盟领导人会议。出席第20次中国－东盟领导人会议期间，李强将会见各方。")
    assert m.name == "第20次中国－东盟领导人会议" and _roles(m)["spoke"] == []
    m = _meeting(nlp, "当地时间12日，东亚合作领导人系列会议在新加坡举行。国务院总理李强出席会议并讲话。")
    assert _roles(m)["spoke"] == ["李强"]


@pytest.mark.parametrize(("text", "people"), [
    # a word of address after a surname is no given name (冯大爷, 李阿姨)
    ("12月3日，社区召开议事会。居民代表冯大爷、李阿姨先后发言。", {}),
    # a caption's 图为 opens no title; a title's place may open on 和 (和平社区)
    ("12月3日，镇召开会议。图为镇党委书记阚建平在会上讲话。", {"阚建平": ["镇党委书记"]}),
    ("12月3日，社区召开会议。和平社区书记仉晓慧主持会议。", {"仉晓慧": ["和平社区书记"]}),
    # no "name" across 工作 (学生工|作处), a township before its body (、李营乡|党委书记), a deputy's post (车间副|主任)
    ("12月3日，学校召开会议。教务处处长郄春来、学生工作处处长喻红出席会议。",
     {"郄春来": ["教务处处长"], "喻红": ["学生工作处处长"]}),
    ("12月3日，县委召开会议。张集镇党委书记阎俊、李营乡党委书记粟红艳出席会议。",
     {"阎俊": ["张集镇党委书记"], "粟红艳": ["李营乡党委书记"]}),
    ("12月3日，车间召开会议。车间主任郦小龙、车间副主任佟军出席。", {"郦小龙": ["车间主任"], "佟军": ["车间副主任"]}),
])
def test_words_of_address_captions_and_items_that_are_no_names(nlp, text, people):
    assert _people(nlp, text) == people


@pytest.mark.parametrize(("text", "role", "who"), [
    # a self-examination carried out is a report given (作…对照检查, SPEC)
    ("12月3日，村党支部召开组织生活会。村委会主任阎红梅、村监委会主任宓桂香逐一进行个人对照检查。", "reported",
     ["宓桂香", "阎红梅"]),
    # a deputy's post or a two-character surname with the title refers back to the one person of that surname
    ("12月3日，县政府召开座谈会。县长冯立新主持会议。冯副县长表示，要抓好落实。", "spoke", ["冯立新"]),
    ("12月3日，县政府召开座谈会。县长司马志刚主持会议。司马县长强调，要抓好落实。", "spoke", ["司马志刚"]),
    # answers and experience shared at the meeting are remarks
    ("12月3日，县政府召开座谈会。副县长邬立军就有关问题现场作了回应。喻春燕、敖文斌分别交流了经验做法。", "spoke",
     ["邬立军", "敖文斌", "喻春燕"]),
])
def test_self_examinations_back_references_and_answers(nlp, text, role, who):
    roles = _roles(_meeting(nlp, text))
    assert [r[0] if isinstance(r, tuple) else r for r in roles[role]] == who


@pytest.mark.parametrize(("text", "attended", "spoke"), [
    # a form's roster: names spaced after the label, running on to the next line
    ("12月3日，村党支部召开会议。\n出  席：庹志坚  阎红梅  逯长河\n张德顺  李小平\n主  持：庹志坚",
     ["庹志坚", "阎红梅", "逯长河", "张德顺", "李小平"], []),
    # …and after a title shared by the spaced names
    ("12月3日，医院召开院务会议。\n出  席：副院长  逯国华  植丽娟  笪海军\n主  持：院长  阎晓梅", ["逯国华", "植丽娟", "笪海军"], []),
    # a roster line without a full stop, then a titled person's sentence on the next: not one list
    ("12月3日，区人代会开幕。\n在主席台就座的领导有：贲立军  巩志成  訾海燕\n区委书记贲立军出席会议并讲话。",
     ["贲立军", "巩志成", "訾海燕"], ["贲立军"]),
    # a list that wraps after its 、
    ("12月3日，县人代会开幕。大会执行主席阚国华、逯秀英、\n晏红军、冼海在主席台前排就座。", ["冼海", "晏红军", "逯秀英", "阚国华"], []),
    # a comma before the attendance phrase that closes a titled roster
    ("12月17日，县政协会议闭幕。县委书记杨启明，县委副书记代志华，应邀在主席台前排就坐。", ["代志华", "杨启明"], []),
])
def test_form_rosters_wrapped_lists_and_a_comma_before_the_verb(nlp, text, attended, spoke):
    roles = _roles(_meeting(nlp, text))
    assert roles["attended"] == attended
    assert roles["spoke"] == spoke  # (the roster's line is not the next sentence's list)


def test_township_posts_unit_posts_and_a_teacher_before_a_verb(nlp):
    """政法委员 and 工段长 are posts; 教授 after a party school or before 作 is a title."""
    assert _people(nlp, "12月3日，街道召开会议。街道党工委委员、政法委员张海军通报了近期工作情况。工段长佟军及全体党员参加会议。"
                        "邀请省委党校教授王文华作专题辅导报告。植文华教授作了辅导。") == {
        "张海军": ["街道党工委委员", "政法委员"], "佟军": ["工段长"], "王文华": ["省委党校教授"], "植文华": ["教授"]}


def test_hyphened_transliterated_names(nlp):
    """A hyphen joins a name's parts as a dot does (司马义-铁力瓦尔地, 米格尔·迪亚斯-卡内尔·贝穆德斯), not two places
    (中国-东盟, 澜沧江-湄公河)."""
    assert _people(nlp, "12月3日，会议召开。全国人大常委会副委员长司马义-铁力瓦尔地出席会议。古巴国务委员会主席米格尔·"
                        "迪亚斯-卡内尔·贝穆德斯出席。中国-东盟博览会在南宁开幕。澜沧江-湄公河合作首次领导人会议举行。") == {
        "司马义-铁力瓦尔地": ["全国人大常委会副委员长"], "米格尔·迪亚斯-卡内尔·贝穆德斯": ["古巴国务委员会主席"]}


@pytest.mark.parametrize("text", [
    "12月3日，县委召开常委会议。会议在县委书记蒯良玉的主持下进行。",
    "12月3日，县委召开常委会议。主持会议的是县委书记蒯良玉。",
    "12月3日，县委召开常委会议。县委书记蒯良玉担任会议主持人。",
])
def test_presiding_written_as_a_state_or_a_label(nlp, text):
    assert _roles(_meeting(nlp, text))["presided"] == ["蒯良玉"]


@pytest.mark.parametrize(("where", "spoke"), [
    ("全会", ["蒯良玉"]),  # a speech at the plenum, told at a press conference: no role there, nor 他说 after it
    ("发布会", ["蒯良玉", "阚明远"]),  # the same construction at this meeting
])
def test_a_speech_at_another_meeting_told_here(nlp, where, spoke):
    m = _meeting(nlp, "10月28日，市委宣传部举行新闻发布会，介绍市委全会情况。市委宣传部副部长蒯良玉介绍了全会基本情况。"
                      f"他说，全会取得了重要成果。一是市委书记阚明远在{where}上发表重要讲话，二是全会审议通过了决议。"
                      "他说，各级党组织要认真学习全会精神。发布会由市政府新闻办主任笪文华主持。")
    assert _roles(m)["spoke"] == spoke
    assert _roles(m)["presided"] == ["笪文华"]


def test_a_hearing_a_meeting_spoken_of_and_a_visit_activity(nlp):
    """在听取…汇报时强调 is a speech, not a report; 出席汇报会 reports nothing; a meeting convened inside someone's
    statement is not the report's; 参加了…考察活动 is no attendance (参加上述活动 is)."""
    m = _meeting(nlp, "中共中央政治局委员、省委书记阚明远30日在听取市委、市政府工作汇报时强调，要认真贯彻落实省委全会精神。"
                      "阚明远指出，省委召开全省工作座谈会，把稳定作为着眼点。市委书记蒯良玉汇报了市委、市政府工作。"
                      "笪文华等出席汇报会。市委副书记郦志强等参加了慰问考察活动。")
    assert m.name == "汇报会"
    assert _roles(m) == {"presided": [], "spoke": ["阚明远"], "reported": [("蒯良玉", "市委、市政府工作", None)],
                         "attended": ["笪文华"]}
    m = _meeting(nlp, "12月3日，县委召开常委会议，研究部署近期工作。县委书记阚明远主持会议并讲话。县委副书记蒯良玉等参加上述活动。")
    assert _roles(m)["attended"] == ["蒯良玉"]


@pytest.mark.parametrize(("text", "role", "who"), [
    # a described member before the roster's close or the next described member: the structure licenses an
    # unusual name
    ("10月9日，市政协召开座谈会。企业家代表暴志强，无党派人士代表扈晓燕等围绕优化营商环境、破解融资难题作交流发言。",
     "spoke", ["扈晓燕", "暴志强"]),
    ("10月9日，学校召开开学典礼大会。教师代表宿海燕先后发言。", "spoke", ["宿海燕"]),
    # untitled names before 等 and the roster's verb
    ("10月9日，县委召开老干部座谈会。满秀云、撒建国等参加会议。", "attended", ["撒建国", "满秀云"]),
    # a one-character note after a name (（兼）) and a body's name in quotation marks (村“两委”成员)
    ("10月9日，区人大常委会召开主任会议。副主任虢玉珍、暴志伟（兼）出席会议。", "attended", ["暴志伟", "虢玉珍"]),
    ("10月9日，村党支部召开会议。村“两委”成员撒春花列席会议。", "attended", ["撒春花"]),
    # presiding after another act (调研后召开), after a label (主持人为), with a post of a headquarters
    ("10月9日，县委书记盖志国调研后主持召开专题会议。", "presided", ["盖志国"]),
    ("10月9日，市妇联召开会议。主持人为市妇联副主席满丽华。", "presided", ["满丽华"]),
    ("10月9日，市防汛抗旱指挥部召开会议。副市长、市防汛抗旱指挥部指挥长仉永红主持会议。", "presided", ["仉永红"]),
    # joint presiders who speak; a briefing after attending
    ("10月9日，两县召开联席会议。金山县副县长扈立军和银河县副县长璩文英共同主持会议并讲话。", "spoke", ["璩文英", "扈立军"]),
    ("10月9日，县政府召开新闻发布会。县发改局局长缑振国出席发布会，介绍相关情况并回答记者提问。", "spoke", ["缑振国"]),
    # X在讲话中指出 where the meeting studies X's speech: a quotation of it
    ("10月9日，县委召开常委会议。会议传达学习了习近平总书记重要讲话精神。习近平总书记在讲话中指出，要坚持以人民为中心。"
     "县委书记扈建平主持会议。", "spoke", []),
])
def test_described_members_notes_presiding_after_acts_and_studied_speeches(nlp, text, role, who):
    assert _roles(_meeting(nlp, text))[role] == who


def test_places_labels_and_study_sessions_in_titles_and_names(nlp):
    """金山县 before its post is a place; 学习 and 主持人为 before a title open no part of it; a study session
    held by a study group (开展集体学习) is named by the group; 闭幕会后 is a time."""
    assert _people(nlp, "10月9日，两县召开联席会议。金山县副县长扈立军主持会议。主持人为市妇联副主席满丽华。"
                        "会议学习省委书记扈建平讲话精神。") == {
        "扈立军": ["金山县副县长"], "满丽华": ["市妇联副主席"], "扈建平": ["省委书记"]}
    assert _meeting(nlp, "10月9日，县委理论学习中心组开展集体学习。县委书记扈建平主持。").name == "县委理论学习中心组集体学习"
    assert "闭幕会后" not in _people(nlp, "闭幕会后，习近平等党和国家领导人与出席会议的全体政协委员合影留念。")


@pytest.mark.parametrize(("text", "adopted"), [
    # motions, plans, final accounts and a summary as documents; the submitter is no part of the name
    ("5月16日，某某科技股份有限公司召开年度股东大会。会议审议通过了2023年年度报告及其摘要、2023年度利润分配预案、"
     "关于续聘会计师事务所的议案以及关于修订《公司章程》的议案。",
     ["关于修订公司章程的议案", "2023年年度报告及其摘要", "2023年度利润分配预案", "关于续聘会计师事务所的议案"]),
    ("6月28日，全国人大常委会会议闭幕。会议批准了国务院提请审议的2023年中央决算。", ["2023年中央决算"]),
    # 以及 after a comma, and a body's report after 和 (its author, then 关于), each a document
    ("12月3日，市政协召开常委会议。会议审议通过了关于召开市政协全会的决定，以及提案委员会关于提案工作情况的报告。",
     ["关于召开市政协全会的决定", "提案委员会关于提案工作情况的报告"]),
    # a meeting introduced by what it adopts
    ("全国人大常委会第十次会议6月28日表决通过了学前教育法。", ["学前教育法"]),
    # no adoption inside a motion's name (提请审议批准…的议案) or an agenda (议程还有：…审查和批准…决算)
    ("12月3日，全国人大常委会会议开幕。会议审议了国务院关于提请审议批准《某某引渡条约》的议案。", []),
    ("12月3日，委员长会议举行。委员长会议建议的常委会会议议程还有：审议国务院关于决算的报告，审查和批准2023年中央决算。", []),
    # …inside a heard report's topic (关于审议批准《…》的议案的…汇报), nor in an agenda's items after its semicolons
    ("4月2日，市人大常委会主任会议举行。会议听取了财经委主任委员钱立作的关于审议批准《某某合作协定》的议案的审议情况的汇报。", []),
    ("1月6日，市党代会举行预备会议。会议通过了大会议程。大会的议程为：听取市委的报告；审议通过《关于市委报告的决议》；选举新一届市委。",
     ["大会议程"]),
    # …but a clause of the meeting's own after a semicolon adopts
    ("3月1日，县人大召开会议。会议议程有：听取报告；审议预算。会议表决通过了《县人大常委会工作报告》；会议审议通过了"
     "《关于县2025年预算的决议》。", ["县人大常委会工作报告", "关于县2025年预算的决议"]),
    # one decision on several reports, counted, is one document; 各项决议 names none
    ("3月1日，区人大召开会议。会议表决通过了关于区人民政府工作报告等6个报告的决议。", ["关于区人民政府工作报告等6个报告的决议"]),
    ("3月1日，县人代会闭幕。大会选举产生了新的县政府领导，通过了各项决议。", []),
    # a law, then 和 and a body's decision: two documents (not 国务院和中央军委关于…的决定, one)
    ("6月28日，全国人大常委会会议闭幕。会议表决通过了农村集体经济组织法、文物保护法和全国人民代表大会常务委员会关于修改"
     "《中华人民共和国国境卫生检疫法》的决定。", ["全国人民代表大会常务委员会关于修改中华人民共和国国境卫生检疫法的决定", "农村集体经济组织法",
                                         "文物保护法"]),
])
def test_motions_accounts_submitters_and_agendas(nlp, text, adopted):
    assert [d.name for d in _meeting(nlp, text).adopted] == adopted


@pytest.mark.parametrize(("text", "role", "who"), [
    # a note or a title in brackets after the roster's last name, before its adverb
    ("10月9日，县委召开民主生活会。县委常委唐鹂音、王祎君、孙慎之（女）依次发言。", "spoke", ["孙慎之", "王祎君", "唐鹂音"]),
    ("10月9日，市政府召开会议。段隽永（市发展改革委主任）、鄢暾霞（市财政局局长）分别汇报了上半年经济运行情况。",
     "reported", [("鄢暾霞", "上半年经济运行情况", None), ("段隽永", "上半年经济运行情况", None)]),
    # each of a list examines himself
    ("10月9日，县委召开民主生活会。县委常委唐鹂音、王祎君作个人对照检查。", "reported",
     [("王祎君", "个人对照检查", None), ("唐鹂音", "个人对照检查", None)]),
    # speeches named by their occasion, a marker or a time after 并, the host's words
    ("10月9日，县人代会闭幕。县委书记谢燮理作闭幕讲话。县长上官文瀚致开幕辞。县政协主席乔骥远、钱岱宗列席会议并分别作了发言。"
     "县人大常委会主任扈明远主持第一次全体会议并在闭幕时作总结讲话。", "spoke", ["谢燮理", "上官文瀚", "钱岱宗", "乔骥远", "扈明远"]),
    ("10月9日，县人代会开幕。市长林沅芷作主持词。", "presided", ["林沅芷"]),
    # posts of a founder and a supervisor
    ("10月9日，市政协召开座谈会。市工商联副主席姜喆人、海川科技创始人廖璞玉分别作了发言。", "spoke", ["廖璞玉", "姜喆人"]),
    # a nomination sent to the session is no speech there
    ("3月17日，大会举行第五次全体会议。中华人民共和国主席阚明远向大会提出了国务院总理的人选。主席团常务主席蒯良玉主持会议。",
     "spoke", []),
    # the author of a report delivered here, whose statements quote it: reported, no speaker (SPEC); not the presider
    ("3月5日，大会开幕。阚明远代表国务院向大会作政府工作报告。阚明远表示，要稳中求进。蒯良玉在主持会议时指出，要开好大会。",
     "spoke", ["蒯良玉"]),
    # a report the meeting studies, and a speech at a named meeting of another kind
    ("10月9日，县委召开常委会议，传达学习全国两会精神和政府工作报告。阚明远总理在政府工作报告中指出，要坚持稳中求进。"
     "省委书记蒯良玉在全省领导干部会议上要求，要抓好落实。县委书记王敦礼主持会议并讲话。", "spoke", ["王敦礼"]),
    ("10月9日，县委召开常委会议，传达学习全国两会精神和政府工作报告。阚明远总理在政府工作报告中指出，要坚持稳中求进。"
     "县委书记王敦礼主持会议并讲话。", "reported", []),
])
def test_notes_self_examinations_speech_forms_nominations_and_report_quotes(nlp, text, role, who):
    assert _roles(_meeting(nlp, text))[role] == who


def test_a_pronoun_after_a_topic_and_a_measure_word_before_a_title(nlp):
    """他强调 goes on with the presider, not a leader named in the topic (…习近平总书记关于…的重要思想); 一段 before a
    title is a measure word, no part of a name or the title."""
    m = _meeting(nlp, "10月9日，市政协主席蒯良玉主持召开座谈会，听取开展习近平总书记关于加强政协工作的重要思想学习研讨活动"
                      "情况汇报。他强调，要抓好学习。")
    assert _roles(m)["spoke"] == ["蒯良玉"]
    assert _people(nlp, "电视台播出了一段临时总理奥马尔·格拉万吉带领内阁成员举行会议的画面。") == {"奥马尔·格拉万吉": ["临时总理"]}


def test_a_gesture_to_one_person_is_no_speech(nlp):
    """X向他表示祝贺: a handshake's words to one person, not to the meeting (X向大会表示祝贺 would be)."""
    text = "3月18日，大会举行第七次全体会议。主持人宣布蒯良玉同志当选后，蒯良玉向代表们鞠躬致意。他转向阚明远，阚明远向{}表示祝贺。"
    assert _roles(_meeting(nlp, text.format("他")))["spoke"] == []
    assert _roles(_meeting(nlp, text.format("大会")))["spoke"] == ["阚明远"]


@pytest.mark.parametrize(("text", "role", "who"), [
    # the agent of presiding licenses an untitled name, alone or in a pair
    ("10月9日，县委召开常委会议。会议由訾国梁主持。", "presided", ["訾国梁"]),
    ("10月9日，县委召开常委会议。会议由仉明、邰敏共同主持。", "presided", ["邰敏", "仉明"]),
    # a written report; a self-examination on behalf of a body
    ("10月9日，县人大常委会召开会议。县审计局局长缑建平书面报告了审计整改情况。", "reported", [("缑建平", "审计整改情况", None)]),
    ("10月9日，县委召开民主生活会。县委书记眭振邦代表常委班子进行对照检查。", "reported", [("眭振邦", "对照检查", "常委班子")]),
    # a roster's groups parted by semicolons; untitled names with notes
    ("10月9日，省委召开大会。省领导靳国华、缑立新；省军区司令员訾振国；驻省部队领导出席大会。", "attended",
     ["缑立新", "靳国华", "訾振国"]),
    ("10月9日，县委召开座谈会。会上，郗建国（回族）、鄢立新（藏族）先后发言。", "spoke", ["鄢立新", "郗建国"]),
])
def test_agents_written_reports_semicolon_rosters_and_notes(nlp, text, role, who):
    assert _roles(_meeting(nlp, text))[role] == who


def test_titles_with_ranks_prepositions_in_names_and_capitals(nlp):
    """和 inside a body before a rank (县发展和改革局二级调研员), 对外/对口 and 机电 inside a body, 在京 before a
    national post, 候补 and 氏 in no name, a space after a name's dot, a Hong Kong double surname."""
    assert _people(nlp, "10月9日，县委召开会议。县发展和改革局二级调研员邰敏、省商务厅对外贸易处一级调研员靳若水、"
                        "县人民政府对口支援办公室主任晁明、省机电产品进出口商会会长晁德明参加会议。") == {
        "邰敏": ["县发展和改革局二级调研员"], "靳若水": ["省商务厅对外贸易处一级调研员"],
        "晁明": ["县人民政府对口支援办公室主任"], "晁德明": ["省机电产品进出口商会会长"]}
    assert _people(nlp, "在京中共中央政治局委员阚明远出席会议。钱绶章候补委员建议加强监管。靳氏集团董事长乔杞良参加会议。") == {
        "阚明远": ["中共中央政治局委员"], "钱绶章": ["候补委员"], "乔杞良": ["靳氏集团董事长"]}
    assert _people(nlp, "非盟委员会主席恩科萨扎娜· 德拉米尼-祖马在会上说，要加强合作。会议推选林郑月娥为主席团常务主席。") == {
        "恩科萨扎娜·德拉米尼-祖马": ["非盟委员会主席"], "林郑月娥": ["主席团常务主席"]}


@pytest.mark.parametrize(("text", "spoke"), [
    # a member's title after the name, then the floor taken (X委员发言), or a list of members closed by 先后发言
    ("10月9日，市政协召开常委会议。会上，郜黎明委员发言。", ["郜黎明"]),
    ("10月9日，市政协召开常委会议。会上，郜明远委员、吕立委员、关飞委员、靳白雪委员先后发言。", ["靳白雪", "关飞", "吕立", "郜明远"]),
    # …not a member's 代表 before the body he speaks for (常委代表民盟中央发言)
    ("10月31日，全国政协召开常委会议。徐辉常委代表民盟中央发言提出，明确教育战略定位；何维常委代表农工党中央发言建议，实施健康中国战略。",
     ["徐辉", "何维"]),
])
def test_members_who_take_the_floor(nlp, text, spoke):
    assert _roles(_meeting(nlp, text))["spoke"] == spoke


def test_answers_after_a_report_are_a_speech(nlp):
    """The author of a report who also answers the members' questions (一一回答了…关于…等问题) spoke."""
    m = _meeting(nlp, "11月6日，全国政协常委会议开幕。阚明远应邀出席开幕会并作报告。阚明远指出，要稳中求进。"
                      "阚明远还一一回答了政协常委们关于推动欠发达地区开放、清洁能源发展等方面的问题。")
    assert _roles(m)["spoke"] == ["阚明远"]


def test_a_membership_label_gives_its_roster_the_title(nlp):
    """出席会议的市委委员有（按姓氏笔画为序）：A、B: a membership of a named body is each member's title (SPEC)."""
    assert _people(nlp, "10月9日，市委召开全会。出席会议的市委委员有（按姓氏笔画为序）：郜明远、吕立、靳白雪。"
                        "出席会议的市委候补委员有：笪丽娟、仉国庆。") == {
        "郜明远": ["市委委员"], "吕立": ["市委委员"], "靳白雪": ["市委委员"], "笪丽娟": ["市委候补委员"],
        "仉国庆": ["市委候补委员"]}


def test_a_word_that_reads_as_a_name_inside_a_labelled_list(nlp):
    """市领导A、黎明、B出席: a common word that reads as a name, between a found name and the list's next item, is a
    member; the list keeps its verb."""
    assert _roles(_meeting(nlp, "10月9日，市委召开会议。市领导吕立、黎明、方圆出席大会。"))["attended"] == ["方圆", "黎明", "吕立"]


# constructions found by reading People's Daily meeting reports (sentences written for the test)
def test_a_plenary_is_where_its_speeches_are_given_and_its_standing_committee_chairs(nlp):
    m = _meeting(nlp, "中国共产党湖州市纪律检查委员会第三次全体会议，于二〇二一年二月三日至四日在湖州举行。"
                      "湖州市纪律检查委员会常务委员会主持了会议。全会审议通过了市纪委书记阚文兵代表市纪委常委会所作的"
                      "《深化标本兼治，推进全面从严治党》的工作报告。市委书记笪明远在全会上作了重要讲话。"
                      "郦宏、贲晓东等市领导出席了会议。")
    assert m.name == "中国共产党湖州市纪律检查委员会第三次全体会议"
    assert _roles(m) == {"presided": ["湖州市纪律检查委员会常务委员会"], "spoke": ["笪明远"],
                         "reported": [("阚文兵", "《深化标本兼治，推进全面从严治党》的工作报告", "市纪委常委会")],
                         "attended": ["贲晓东", "郦宏"]}


@pytest.mark.parametrize(("text", "roles"), [
    # a roster closed by 等 and a group label that ends in 领导人 (not 领导 + 人)
    ("全省工作会议20日在杭州举行。蒯立新、阚文兵、笪明远等省领导人出席了会议。", {"attended": ["蒯立新", "阚文兵", "笪明远"]}),
    # the group counted after its label (…和各界人士200余人出席)
    ("市政协今晚举行迎新春座谈会。郦宏、贲晓东和各界人士200余人出席了座谈会。", {"attended": ["郦宏", "贲晓东"]}),
    # 致词 as 致辞, 做了发言 as 作了发言
    ("市政协今晚举行迎新春座谈会。郦宏和大使莫里斯先后致词。总编辑覃一鸣、协会会长阚文兵也在会上做了发言。",
     {"spoke": ["郦宏", "莫里斯", "覃一鸣", "阚文兵"]}),
    # a speech titled in quotation marks (作了“…”的专题发言)
    ("北方城市市长会议18日闭幕。哈尔滨市市长覃光亮作了“冬季是老人的春天”的专题发言。", {"spoke": ["覃光亮"]}),
    # a run closed by 等 goes on after 以及 (A、B等，以及C、D等老同志)
    ("出席今天茶话会的领导同志有：郦宏、贲晓东等，以及阚文兵、笪明远等老同志。",
     {"attended": ["郦宏", "贲晓东", "阚文兵", "笪明远"]}),
    # body names with 同 (台湾同乡会, 中国民主同盟): no break in the title, so the list holds
    ("华侨今天举行座谈会。华侨总会会长覃一鸣，台湾同乡会副会长蒯立新，中国民主同盟盟员代表阚文兵等也在座谈会上发表讲话。",
     {"spoke": ["覃一鸣", "蒯立新", "阚文兵"]}),
])
def test_rosters_and_speeches_of_reports_in_the_papers(nlp, text, roles):
    got = _roles(_meeting(nlp, text))
    for role, who in roles.items():
        assert sorted(got[role]) == sorted(who), role


def test_meetings_named_where_something_happens(nlp):
    # 在今天召开的…会议上，… introduces the meeting; the report's author there reported it
    m = _meeting(nlp, "在今天召开的全市科技工作会议上，代表们交流了经验。副市长阚文兵在工作报告中强调，要造就一批领军人才。")
    assert (m.name, _roles(m)["reported"]) == ("全市科技工作会议", [("阚文兵", "工作报告", None)])
    # …开始在京举行 names the session; 在会议闭幕前 names none (no 袁某今天在会议)
    m = _meeting(nlp, "市政协常委会第二十三次会议今天上午开始在京举行，市政协主席蒯立新主持开幕会。")
    assert (m.name, _roles(m)["presided"]) == ("市政协常委会第二十三次会议", ["蒯立新"])
    m = _meeting(nlp, "全市体育工作会议今天闭幕。市体育局局长笪明远今天在会议闭幕前的总结发言中，要求全面认识体育工作的任务。")
    assert (m.name, _roles(m)["spoke"]) == ("全市体育工作会议", ["笪明远"])
    # a meeting called by who took part (这次由…参加的会议) is called as written, not 的会议
    m = _meeting(nlp, "这次由10个城市市长参加的会议，探讨了共性问题。哈尔滨市市长覃光亮作了“冬季是老人的春天”的专题发言。")
    assert m.name == "会议"


def test_a_report_title_in_marks_keeps_its_commas(nlp):
    m = _meeting(nlp, "全市监管工作会议今天召开。市监管局局长陈耀东作了『统一思想，狠抓落实』的报告。")
    assert _roles(m)["reported"] == [("陈耀东", "『统一思想，狠抓落实』的报告", None)]


@pytest.mark.parametrize(("text", "roles"), [
    # a speech session's members in a chain of semicolons, 认为 a statement as 建议 and 提出
    ("市政协常委会第十三次会议举行全体会议。蒯立新常委建议，要把握创新主线；阚文兵常委认为，用好人才是关键；"
     "笪明远常委提出，要创作更多作品。", {"spoke": ["蒯立新", "阚文兵", "笪明远"]}),
    # a member's titled speech (常委作了“…”的发言), and a name holding 之 licensed by the title after it
    ("市政协常委会第十三次会议举行全体会议。郦宏委员代表文史委作了“一项重大决策”的发言，夏之鸣常委作了“推进协商民主”的发言。",
     {"spoke": ["郦宏", "夏之鸣"]}),
    # the roster's groups counted (约3000人) after a group label that closes the named run
    ("纪念大会4日举行。郦宏、贲晓东、阚文兵等市领导同志，有关部门负责人和各界群众代表约3000人出席了纪念大会。",
     {"attended": ["郦宏", "贲晓东", "阚文兵"]}),
    # a title after the name, and the post held too (副主任兼秘书长), before the verb
    ("市人大常委会第二十一次会议闭幕。蒯立新副主任兼秘书长主持会议。", {"presided": ["蒯立新"]}),
    # a topic after each name before one speech verb (会上，A就…、B就…作了发言)
    ("市政府常务会议今天召开。会上，阚文兵就国有企业改革、笪明远就司法体制改革作了发言。", {"spoke": ["阚文兵", "笪明远"]}),
    # a heard list whose first item holds a kind word inside (…工作报告（草案）起草情况的说明、B关于…的说明)
    ("市政协十三届一次会议开幕。开幕会听取了市政协副秘书长蒯立新关于市政协常委会工作报告（草案）起草情况的说明、"
     "市政协提案委员会主任阚文兵关于提案工作情况的报告（草案）起草情况的说明。", {"reported": ["蒯立新", "阚文兵"]}),
    # a group's own item after a comma closes a titled roster (…，先进集体代表…负责同志作大会发言)
    ("全市表彰大会今天举行。先进工作者代表市老干部局副局长郦宏、市公安局政治部副主任贲晓东，先进集体代表县老干部局负责同志作大会发言。",
     {"spoke": ["郦宏", "贲晓东"]}),
    # 主持人 is a noun inside a descriptor (主持人代表X), not the verb
    ("新闻工作座谈会19日举行。会上，报社社长郦宏和编辑代表贲晓东、主持人代表阚文兵先后发言。", {"spoke": ["郦宏", "贲晓东", "阚文兵"]}),
])
def test_national_sessions_and_rosters(nlp, text, roles):
    got = _roles(_meeting(nlp, text))
    for role, who in roles.items():
        assert sorted(r[0] if isinstance(r, tuple) else r for r in got[role]) == sorted(who), role


def test_a_post_held_too_is_a_title(nlp):
    report = Report(id="t", text="市人大常委会第二十一次会议闭幕。蒯立新副主任兼秘书长主持会议。")
    (p,) = doc_to_record(nlp(report.text), report).people
    assert (p.name, [t.title for t in p.titles]) == ("蒯立新", ["副主任", "秘书长"])


@pytest.mark.parametrize(("text", "roles"), [
    # a described member closes a titled roster before the list's marker (…、无党派人士代表X先后在座谈会上发言)
    ("党外人士座谈会今天召开。民进市委主委郦宏、农工党市委主委贲晓东、市工商联主席阚文兵、无党派人士代表郭雷先后在座谈会上发言。",
     {"spoke": ["郦宏", "贲晓东", "阚文兵", "郭雷"]}),
    # a topic after each name before one report verb (会上，A就…、B就…等方面情况作了汇报)
    ("市委深改委会议今天召开。会上，阚文兵就国有企业改革、笪明远就扶贫改革等方面情况作了汇报。",
     {"reported": ["阚文兵", "笪明远"]}),
    # a roster closed by 等 reports, each of them (A、B、C等获奖代表作先进事迹报告)
    ("全市脱贫攻坚表彰大会今天召开。郦宏、贲晓东、阚文兵等获奖代表作先进事迹报告。", {"reported": ["郦宏", "贲晓东", "阚文兵"]}),
    # a visit, then the meeting (陪同考察并出席座谈会); 受邀 as 应邀
    ("企业座谈会今天召开。郦宏、贲晓东等陪同考察并出席座谈会。市委党校教授阚文兵受邀作辅导报告。",
     {"attended": ["郦宏", "贲晓东"], "reported": ["阚文兵"]}),
    # a body that shares the next member's title inside a labelled roster parted by semicolons
    ("全市宗教界座谈会今天召开。应邀参加座谈会的宗教团体领导人有：市佛教协会会长郦宏；市基督教协会主席贲晓东，"
     "市天主教爱国会、市天主教教务委员会名誉主席阚文兵，市天主教爱国会主席笪明远；市道教协会副会长蒯立新等26人。",
     {"attended": ["郦宏", "贲晓东", "阚文兵", "笪明远", "蒯立新"]}),
])
def test_rosters_of_national_forums(nlp, text, roles):
    got = _roles(_meeting(nlp, text))
    for role, who in roles.items():
        assert sorted(r[0] if isinstance(r, tuple) else r for r in got[role]) == sorted(who), role


def test_a_member_titled_by_an_unknown_body_keeps_the_list(nlp):
    # (、宏源证券研究员X: the title's body is no known one, and its head no strong one; the list still holds)
    m = _meeting(nlp, "全市经济形势座谈会今天召开。座谈会上，市社科院副院长郦宏、山东大学教授贲晓东、宏源证券研究员阚文兵先后发言。")
    assert sorted(_roles(m)["spoke"]) == sorted(["郦宏", "贲晓东", "阚文兵"])
    report = Report(id="t", text="座谈会上，山东大学教授贲晓东、宏源证券研究员阚文兵先后发言。")
    got = {p.name: [t.title for t in p.titles] for p in doc_to_record(nlp(report.text), report).people}
    assert got == {"贲晓东": ["山东大学教授"], "阚文兵": ["宏源证券研究员"]}


@pytest.mark.parametrize(("text", "people"), [
    # a second byline right after the first (记者A通讯员B): its word is B's title, not a part of A's
    ("新快报讯（记者廖颖谊通讯员余洋）全省保障性安居工程电视电话会议昨日召开。", [("廖颖谊", ["记者"]), ("余洋", ["通讯员"])]),
    ("□记者姚克勤通讯员李鸿光\n全市安全生产会议昨日召开。", [("姚克勤", ["记者"]), ("李鸿光", ["通讯员"])]),
    # a head that the segmenter reads inside a word (社科院|长江|流域) starts no name
    ("湖北省社科院长江流域经济研究所所长秦尊文出席会议。", [("秦尊文", ["湖北省社科院长江流域经济研究所所长"])]),
    # …but a name the segmenter joins to the head stays one (区|长巴金|主持, 审计|长方|惠坚)
    ("该区区委副书记、区长巴金主持会议。", [("巴金", ["区委副书记", "区长"])]),
    ("常委会作口头报告。在22日举行的本次常委会第二次全体会议上，审计长方惠坚作了整改情况的报告。", [("方惠坚", ["审计长"])]),
])
def test_bylines_and_heads_inside_words(nlp, text, people):
    report = Report(id="t", text=clean_text(text))
    got = [(p.name, [t.title for t in p.titles]) for p in doc_to_record(nlp(report.text), report).people]
    assert got == people


@pytest.mark.parametrize(("text", "people"), [
    # a one-character label after a byline name is the next label, not the name's last character (郦宏 图：)
    ("全县经济工作会议召开。来源：县委宣传部 文：郦宏 图：贲晓东", [("郦宏", []), ("贲晓东", [])]),
    # the author's part after the name (郦宏/文 贲晓东/图)
    ("全县经济工作会议召开。（县委办 郦宏/文 贲晓东/图）", [("郦宏", []), ("贲晓东", [])]),
])
def test_authors_in_page_bylines(nlp, text, people):
    report = Report(id="t", text=clean_text(text))
    assert [(p.name, [t.title for t in p.titles]) for p in doc_to_record(nlp(report.text), report).people] == people


def test_a_reception_after_the_meeting_is_no_part_of_it(nlp):
    # X receives the journalists after the session closed: what X says next is said there; and the 参加 of those
    # received is theirs, not X's
    m = _meeting(nlp, "市政协十届四次会议今天闭幕。市政协主席郦宏下午在市会议中心会见了参加大会报道工作的新闻媒体记者代表。\n"
                      "下午4时许，市政协十届四次会议闭幕后，郦宏来到贵宾厅，亲切会见了新闻媒体负责同志和记者代表。\n"
                      "郦宏说，本次大会宣传报道工作卓有成效。")
    assert _roles(m) == {"presided": [], "spoke": [], "reported": [], "attended": []}
    # (a statement at the meeting itself stays: no reception before it)
    m = _meeting(nlp, "市政协十届四次会议今天闭幕。市政协主席郦宏出席闭幕会。郦宏说，本次大会开得很成功。")
    assert _roles(m)["spoke"] == ["郦宏"]


def test_a_sitting_of_the_session_after_a_meeting_held_during_it(nlp):
    # 会议期间，X主持召开了…主席会议 opens a second meeting; the closing sitting named after it is the session's
    report = Report(id="t", text="市政协十届常委会第七次会议27日闭幕。市政协主席郦宏出席闭幕会并讲话。会议期间，郦宏主持召开了"
                                 "市政协第十九次主席会议，听取分组讨论情况的汇报。\n郦宏在闭幕会讲话中提出三点要求。\n"
                                 "市政协副主席贲晓东主持闭幕会。")
    session, side = doc_to_record(nlp(report.text), report).meetings
    assert (session.name, _roles(session)["presided"], _roles(session)["spoke"]) == (
        "市政协十届常委会第七次会议", ["贲晓东"], ["郦宏"])
    assert (side.name, _roles(side)["presided"], _roles(side)["spoke"]) == ("市政协第十九次主席会议", ["郦宏"], [])


def test_a_dotted_name_that_ends_where_a_role_verb_starts(nlp):
    # …达瓦买提出席: the name's last character, then 出席 (not 提出 inside the name)
    m = _meeting(nlp, "市人大常委会今天召开座谈会。市人大常委会副主任铁木尔·达瓦买提出席了座谈会。")
    assert _roles(m)["attended"] == ["铁木尔·达瓦买提"]


@pytest.mark.parametrize(("text", "who"), [
    # a rare surname the statistics doubt, between a title and a role verb (那 is also "that")
    ("县委常委会召开会议。县委书记那国强主持会议。", ["那国强"]),
    # Tibetan and Uyghur names without a surname after a title
    ("县委常委会召开会议。县委副书记、县长次仁曲珍主持会议。", ["次仁曲珍"]),
    ("县委常委会召开会议。县委副书记那木汗主持会议。", ["那木汗"]),
    # 和 inside the given name, before the role verb (not 县委书记王和县长李某: a title follows)
    ("县委常委会召开会议。县委副书记张和平主持会议。", ["张和平"]),
])
def test_names_the_statistics_doubt_after_a_title(nlp, text, who):
    assert _roles(_meeting(nlp, text))["presided"] == who


def test_a_titled_member_whose_name_no_rule_reads_keeps_a_comma_list(nlp):
    # (一丁 has no surname: the member is lost, the members around it are not)
    m = _meeting(nlp, "全县经济工作会议召开。县委书记郦宏，县长贲晓东，县人大常委会主任一丁，县政协主席笪明远出席会议。")
    assert sorted(_roles(m)["attended"]) == sorted(["郦宏", "贲晓东", "笪明远"])


@pytest.mark.parametrize("text", [
    "全县经济工作会议召开。县领导郦宏 贲晓东 阚文兵出席会议。",  # after a group label
    "全县经济工作会议召开。郦宏 贲晓东 阚文兵等县领导出席会议。",  # up to the run's 等
])
def test_names_parted_by_spaces_in_running_text(nlp, text):
    assert sorted(_roles(_meeting(nlp, text))["attended"]) == sorted(["郦宏", "贲晓东", "阚文兵"])


def test_a_run_closed_by_its_shared_title_before_the_next_member(nlp):
    # A、B、C等副主任和秘书长D出席: the run shares 副主任 (after its 等), and the list holds D
    report = Report(id="t", text="市人大常委会第十三次会议29日闭幕。郦宏主任主持闭幕会。贲晓东、阚文兵、笪明远等副主任和秘书长蒯立新出席会议。")
    rec = doc_to_record(nlp(report.text), report)
    assert sorted(_roles(rec.meetings[0])["attended"]) == sorted(["贲晓东", "阚文兵", "笪明远", "蒯立新"])
    assert {p.name: [t.title for t in p.titles] for p in rec.people} == {
        "郦宏": ["主任"], "贲晓东": ["副主任"], "阚文兵": ["副主任"], "笪明远": ["副主任"], "蒯立新": ["秘书长"]}


@pytest.mark.parametrize(("text", "name"), [
    # …在完成各项议程之后，28日下午…闭幕 introduces the session (not 现在距离大会召开只有…)
    ("市人大常委会第三十次会议在完成各项议程之后，28日下午闭幕。郦宏主任主持会议。郦宏说，现在距离大会召开只有两个月。",
     "市人大常委会第三十次会议"),
    # a lecture is a meeting; one announced for later (将举行…讲座) is not the one reported
    ("市人大常委会22日举行常委会组成人员第一次履职学习专题讲座。郦宏主任主持。", "常委会组成人员第一次履职学习专题讲座"),
    ("郦宏15日主持召开市人大常委会第二次主任会议。会议召开的前一天，将举行常委会组成人员履职学习专题讲座。", "市人大常委会第二次主任会议"),
    # a quoted part of the name may hold 、
    ("副市长郦宏今天出席全市推行“双随机、一公开”监管工作电视电话会议并讲话。", "全市推行“双随机、一公开”监管工作电视电话会议"),
    # a function word that opens the clause is no part of the name (在…举行期间, 在这里举行的…), 在闽/在京 are
    ("在全市科技创新大会举行期间，副市长郦宏会见了与会专家。", "全市科技创新大会"),
    ("副市长郦宏抵达这里，并将出席在这里举行的第三届东亚城市论坛。郦宏在论坛上发表讲话。", "第三届东亚城市论坛"),
    ("副市长郦宏出席在闽央企对接座谈会并讲话。", "在闽央企对接座谈会"),
    # 参加了座谈会: the verb's 了 is no part of the name
    ("座谈会上，专家们踊跃发言。国务院副总理郦宏参加了座谈会。", "座谈会"),
    # no name from an addressee (…向会议致贺) or a demonstrative (这个盛会): the meeting's own name is read
    ("某合作论坛第六届部长级会议今天开幕。郦宏代表中国政府和人民向会议召开表示祝贺。", "某合作论坛第六届部长级会议"),
    # a meeting word only enlarged is named by the body that holds it
    ("5月6日，区委常委会召开（扩大）会议，区委书记郦宏主持会议。", "区委常委会（扩大）会议"),
])
def test_meeting_names_from_real_stories(nlp, text, name):
    assert _meeting(nlp, text).name == name


def test_a_country_that_holds_a_break_word_keeps_the_title_and_the_list(nlp):
    # 埃及 ends in 及 (and): no break inside a country's name, so the envoy's title reaches the list's 、
    report = Report(id="t", text="论坛部长级会议19日开幕。南非总统祖马、肯尼亚总理奥廷加、埃及总统特使阿姆鲁、联合国秘书长潘基文出席开幕式。")
    rec = doc_to_record(nlp(report.text), report)
    assert sorted(_roles(rec.meetings[0])["attended"]) == sorted(["祖马", "奥廷加", "阿姆鲁", "潘基文"])
    assert [t.title for p in rec.people if p.name == "阿姆鲁" for t in p.titles] == ["埃及总统特使"]
    # (a country longer than four characters too: 阿尔及利亚, not 阿尔 | 利亚总统特使)
    report = Report(id="t", text="论坛开幕。南非总统祖马、阿尔及利亚总统特使阿布杜、联合国秘书长潘基文出席开幕式。")
    assert {p.name: [t.title for t in p.titles] for p in doc_to_record(nlp(report.text), report).people} == {
        "祖马": ["南非总统"], "阿布杜": ["阿尔及利亚总统特使"], "潘基文": ["联合国秘书长"]}


@pytest.mark.parametrize(("text", "people"), [
    # a byline name the statistics doubt, closed by the byline's bracket
    ("本报讯（记者 后成龙） 1月19日上午，市长周春雨主持召开会议。", [("后成龙", ["记者"]), ("周春雨", ["市长"])]),
    # authors in a bracket of their own, the first as the second
    ("会议学习了条例。\n（施民法 田琦琦）", [("施民法", []), ("田琦琦", [])]),
])
def test_authors_in_brackets(nlp, text, people):
    report = Report(id="t", text=clean_text(text))
    assert [(p.name, [t.title for t in p.titles]) for p in doc_to_record(nlp(report.text), report).people] == people


@pytest.mark.parametrize(("text", "spoke"), [
    # words said on a tour, not at the meeting the report names
    ("国家主席王建国出席了在某地举行的东亚合作领导人会议。访问期间，王建国主席提出中东合作要坚持三个原则。", set()),
    ("市委书记李卫东出席全市工作会议并讲话。李卫东在青山县调研时强调，要抓好春耕生产。", {"李卫东"}),
    # …but a speech at a meeting held during the tour is a speech at it
    ("6月2日，市委书记李卫东到青山县调研并召开调研座谈会。李卫东在调研时强调，要抓好春耕生产。", {"李卫东"}),
    ("国家主席王建国出席了东亚合作领导人会议。访问期间，王建国主席在会上发表重要讲话。", {"王建国"}),
])
def test_words_said_on_a_visit(nlp, text, spoke):
    assert set(_roles(_meeting(nlp, text))["spoke"]) == spoke


def test_a_briefing_for_the_press_outside_a_press_event(nlp):
    text = ("国家主席王建国出席了在某地举行的东亚合作领导人会议。行程结束之际，外交部长赵明远向记者介绍了此访情况。"
            "赵明远说，此访成果丰硕。")
    assert _roles(_meeting(nlp, text))["spoke"] == []
    # at a press event the words to the press are the meeting's own
    text = "市政府今天举行新闻发布会，市政府新闻发言人赵明远向中外记者介绍了有关情况。"
    assert _roles(_meeting(nlp, text))["spoke"] == ["赵明远"]


@pytest.mark.parametrize(("text", "spoke"), [
    # a report that opens on the response to a speech is about the response: the speech gives no role
    ("王建国总书记在全国农业工作会议上的重要讲话，在各地干部群众中引起强烈反响。大家表示，要认真学习贯彻讲话精神。", []),
    ("王建国总书记在全国农业工作会议上指出，要稳住农业基本盘。总书记的讲话，让基层干部备受鼓舞。", []),
    ("在昨天召开的全国农业工作会议上，王建国总书记发表重要讲话，引起了广大农民的热烈反响。", []),
    # …not a report on the meeting itself, which tells it as held before the response
    ("全国农业工作会议22日在北京召开，王建国总书记在会上发表重要讲话，在会场内外引起热烈反响。", ["王建国"]),
])
def test_a_reaction_story_is_not_about_the_meeting(nlp, text, spoke):
    report = Report(id="t", text=clean_text(text))
    meetings = doc_to_record(nlp(report.text), report).meetings
    assert [r.who for m in meetings for r in m.spoke] == spoke


@pytest.mark.parametrize(("text", "adopted"), [
    # a rule (规定) and a notice (通告) are documents
    ("6月19日，市政府召开常务会议。会议通过了市住建局“三定”规定和关于调整禁放区域的通告。",
     ["市住建局“三定”规定", "关于调整禁放区域的通告"]),
    # a document named before (这两个报告, 上述草案) is read where it was named, not again
    ("3月9日，大会主席团举行第二次会议。会议听取了计划审查结果报告和预算审查结果报告。会议经过表决，通过了这两个审查结果报告。",
     []),
    # 通过 as "by means of", in a statement of what to do, adopts nothing
    ("6月26日，市委召开常委会议。会议强调，要坚持推进制度改革，通过激励、奖惩、问责等一整套制度安排，保证能者上、庸者下。", []),
    # 都决定了… is no decision of the meeting; 协商决定了 and ；决定了 are
    ("6月26日，市委召开常委会议。会议指出，党的性质和宗旨都决定了纪严于法。", []),
    ("1月24日，市政协召开常委会议。会议协商决定了市政协委员人选名单；决定了大会表决议案办法。",
     ["市政协委员人选名单", "大会表决议案办法"]),
    # the agenda of a session still to come (本次大会将听取和审议…，审议通过…) adopts nothing yet
    ("12月1日，某某学社第十次代表大会开幕。本次大会将听取和审议中央委员会工作报告，审议通过《某某学社章程（修正案）》，选举新一届中央委员会。",
     []),
    # where a report goes next is no part of its name; the next clause (希望…) has its own verb
    ("1月22日，市政协召开常委会议。会议审议通过了将提交市政协十三届一次会议审议的市政协常委会工作报告。", ["市政协常委会工作报告"]),
    ("11月7日，市人大常委会会议闭幕。会议审议通过了关于修改某某条例的决定，希望尽快制定配套规定。", ["关于修改某某条例的决定"]),
    # documents only counted are no names; a list of several committees' members is one
    ("12月28日，市人大常委会会议闭幕。会议对相关问题通过了3项决议，表决通过了4个决定。", []),
    ("3月16日，市十七届人大一次会议举行第三次全体会议。会议表决通过了8个专门委员会组成人员名单。", ["8个专门委员会组成人员名单"]),
    # a report, and the books after 新修改的
    ("1月21日，某某协会代表会议闭幕。会议审议通过了常委会工作报告和新修改的《某某协会章程》。", ["某某协会章程", "常委会工作报告"]),
])
def test_documents_named_before_means_and_sessions_to_come(nlp, text, adopted):
    assert [d.name for d in _meeting(nlp, text).adopted] == adopted


def test_a_roster_label_that_names_no_one_gives_the_next_sentence_no_role(nlp):
    roles = _roles(_meeting(nlp, "5月6日，全县工作会议召开。参加会议的有县委常委，县人大常委会、县政府领导班子成员。韦国庆主持会议。"))
    assert roles["presided"] == ["韦国庆"] and roles["attended"] == []
    # …while a label at a line's end still opens the roster on the next line
    roles = _roles(_meeting(nlp, "5月6日，全县工作会议召开。韦国庆主持会议。\n出席会议的有：\n覃丽、蒙建华"))
    assert roles["attended"] == ["覃丽", "蒙建华"]


@pytest.mark.parametrize(("text", "spoke"), [
    # a word that reads as a name (黎明, dawn) inside a 、-run that opens on a label is a member, and the list
    # keeps all its groups
    ("5月6日，县委召开企业家座谈会。企业代表覃丽、蒙建华，群众代表罗丹、黎明，专家代表韦国庆先后发言。",
     {"覃丽", "蒙建华", "罗丹", "黎明", "韦国庆"}),
    ("5月6日，县委召开企业家座谈会。群众代表罗丹、黎明先后发言。", {"罗丹", "黎明"}),
    # …not a run that opens on no label, nor a common word (群众呼声、思考建议)
    ("5月6日，县委召开座谈会。韦国庆说，要把群众呼声、思考建议反映出来。", {"韦国庆"}),
])
def test_word_names_in_a_labelled_run(nlp, text, spoke):
    assert set(_roles(_meeting(nlp, text))["spoke"]) == spoke


def test_a_presider_entrusted_by_another(nlp):
    # 受B委托主持: the subject presides on B's behalf; B's name in the glue does not take the verb
    roles = _roles(_meeting(nlp, "5月6日，全县工作会议召开。县委副书记覃丽受县委书记韦国庆委托主持会议。"))
    assert roles["presided"] == ["覃丽"]
    roles = _roles(_meeting(nlp, "5月6日，全县工作会议召开。会议在县委书记韦国庆的主持下进行。"))
    assert roles["presided"] == ["韦国庆"]


@pytest.mark.parametrize(("text", "attended", "titles"), [
    # a military rank after a name ends the name and is a title written after a full name (SPEC: 彭清华书记 →
    # 书记); the list or the verb goes on after it
    ("5月6日，全县工作会议召开。县人武部部长韦国庆上校、政委覃丽出席会议。", ["覃丽", "韦国庆"],
     {"韦国庆": ["县人武部部长", "上校"], "覃丽": ["政委"]}),
    ("5月6日，全军工作会议召开。中央军委委员、总参谋长蒙建华上将出席会议。", ["蒙建华"],
     {"蒙建华": ["中央军委委员", "总参谋长", "上将"]}),
])
def test_a_rank_after_the_name(nlp, text, attended, titles):
    report = Report(id="t", text=clean_text(text))
    rec = doc_to_record(nlp(report.text), report)
    assert [r.who for r in rec.meetings[0].attended] == attended
    assert {p.name: [t.title for t in p.titles] for p in rec.people} == titles


@pytest.mark.parametrize(("text", "spoke"), [
    # a run that opens on a label: its bare names are labelled too (企业负责人A、B), and 纷纷表示 is each one's
    ("5月6日，县委召开座谈会。座谈中，企业负责人韦国庆、覃丽纷纷表示，将加快发展。", {"韦国庆", "覃丽"}),
    # …but 相继提出 (over the years) stays the last name's own statement
    ("5月6日，县委召开座谈会。韦国庆说，王建国、李卫东同志相继提出了发展方针。", {"韦国庆"}),
    # the roster's marker inside the group phrase (先后交流发言), and more group phrases
    ("5月6日，县委召开座谈会。与会人员韦国庆、覃丽先后交流发言。", {"韦国庆", "覃丽"}),
    ("5月6日，县委召开座谈会。会上，韦国庆、覃丽、蒙建华等同志围绕主题畅所欲言。", {"韦国庆", "覃丽", "蒙建华"}),
    ("5月6日，县委召开座谈会。退休老干部代表韦国庆、覃丽就县域发展提出了意见建议。", {"韦国庆", "覃丽"}),
])
def test_labelled_runs_and_group_phrases(nlp, text, spoke):
    assert set(_roles(_meeting(nlp, text))["spoke"]) == spoke


def test_a_label_ending_in_a_title_head_is_no_title(nlp):
    report = Report(id="t", text="5月6日，县委召开座谈会。与会代表韦国庆、覃丽先后发言。")
    rec = doc_to_record(nlp(report.text), report)
    assert {p.name: [t.title for t in p.titles] for p in rec.people} == {"韦国庆": [], "覃丽": []}


def test_a_roster_wrapped_after_its_comma_is_one_list(nlp):
    text = "5月6日，全县工作会议召开。县委书记韦国庆，\n县委副书记、县长覃丽，\n县人大常委会主任蒙建华出席会议。"
    assert set(_roles(_meeting(nlp, text))["attended"]) == {"韦国庆", "覃丽", "蒙建华"}
    # …but a line that ends without one, then a titled person, is another sentence's subject
    text = "5月6日，全县工作会议召开。出席：王明 李华\n县委书记韦国庆出席会议并讲话。"
    assert _roles(_meeting(nlp, text))["spoke"] == ["韦国庆"]


@pytest.mark.parametrize(("text", "attended"), [
    # 参加调研: the tour, not the meeting held on it; 参加调研座谈 is the meeting
    ("近日，县委书记韦国庆深入乡镇调研，并主持召开座谈会。县委常委、办公室主任覃丽参加调研。", []),
    ("近日，县委书记韦国庆主持召开调研座谈会。县委常委、办公室主任覃丽参加调研座谈。", ["覃丽"]),
])
def test_taking_part_in_the_tour_is_no_attendance(nlp, text, attended):
    assert _roles(_meeting(nlp, text))["attended"] == attended


def test_an_arrival_statement_and_a_leaders_meeting_in_anothers_words(nlp):
    # both meetings of the journey are still to come (并出席X和Y; 预祝Y取得圆满成功): the arrival words are no speech
    text = ("国家主席王建国7日抵达某国首都，开始进行国事访问并出席某组织成员国元首理事会第十次会议和某城世博会开幕式。"
            "王建国指出，两国是友好邻邦。王建国预祝某城世博会取得圆满成功。")
    report = Report(id="t", text=clean_text(text))
    assert [r.who for m in doc_to_record(nlp(report.text), report).meetings for r in m.spoke] == []
    # a leader's meeting told in another speaker's words, a sentence on in the same paragraph
    text = ("养老保险工作会议11日在北京召开。国务院副总理赵明远出席会议并讲话。\n赵明远表示，这是重要举措。"
            "王建国总书记主持召开中央全面深化改革委员会第二次会议并发表重要讲话，强调要统筹推进。\n李卫东主持会议。")
    roles = _roles(_meeting(nlp, text))
    assert roles["presided"] == ["李卫东"] and roles["spoke"] == ["赵明远"]


@pytest.mark.parametrize(("text", "spoke", "attended"), [
    # a visit after the sitting ended (…结束后，X来到…中间，同大家亲切会面): what X says there is said on the visit
    ("市人大一次会议第六次全体会议今天举行。大会执行主席王建国主持。第六次全体会议结束后，王建国来到新闻媒体工作人员中间，"
     "同大家亲切会面。王建国说，这次报道工作组织有力。", [], []),
    # a meeting attended that the verb names, of another kind than the report's: not this meeting
    ("市委领导小组召开第四次会议。赵明远主持会议并讲话。赵明远在讲话中说，王建国书记全程参加某县委常委班子专题民主生活会并"
     "发表重要讲话。", ["赵明远"], []),
    # …but a bare kind (出席峰会) and a sitting (参加大范围会议) are the report's own meeting
    ("某组织成员国元首理事会第十次会议在某地举行。国家主席王建国出席峰会并发表重要讲话。某国总统赵明远参加大范围会议。",
     ["王建国"], ["王建国", "赵明远"]),
])
def test_a_visit_after_the_sitting_and_another_meeting_attended(nlp, text, spoke, attended):
    roles = _roles(_meeting(nlp, text))
    assert roles["spoke"] == spoke and sorted(roles["attended"]) == sorted(attended)


def test_history_told_on_a_visit_introduces_no_meeting(nlp):
    text = "王建国来到某纪念馆参观。96年前，某党第一次全国代表大会在这里举行。王建国发表重要讲话强调，要不忘初心。"
    report = Report(id="t", text=clean_text(text))
    assert [m.name for m in doc_to_record(nlp(report.text), report).meetings] == []


@pytest.mark.parametrize(("text", "spoke"), [
    # a nomination of a list of posts is sent to the session, no speech
    ("十三届市人大一次会议主席团举行第九次会议。赵明远主持会议。市长王建国向大会提出了副市长、秘书长、各局局长的人选。",
     []),
    # a speech named by another meeting (在全会讲话中) in the words of this meeting's speaker
    ("市委巡察工作动员部署会议召开。赵明远出席会议并讲话。赵明远指出，王建国书记在全会讲话中对巡察给予充分肯定。", ["赵明远"]),
    # who met the press outside a press event: what he says next is said to the press
    ("市人大一次会议闭幕。王建国来到新闻中心，与新闻媒体负责人和工作人员亲切会面交谈。王建国说，报道工作组织有力。", []),
])
def test_nominations_speeches_of_another_meeting_and_words_to_the_press(nlp, text, spoke):
    assert _roles(_meeting(nlp, text))["spoke"] == spoke


def test_a_meeting_with_the_press_keeps_the_words_said_to_it(nlp):
    text = "市委召开记者节座谈会。市委书记王建国与新闻媒体记者代表亲切座谈交流。王建国说，新闻工作者辛苦了。"
    assert _roles(_meeting(nlp, text))["spoke"] == ["王建国"]


@pytest.mark.parametrize(("text", "titles"), [
    # 据 ("according to") opens no title; 数据 in a body's name is no 据
    ("5月6日，全县工作会议召开。据县应急管理局局长韦国庆介绍，今年以来全县安全形势平稳。", {"韦国庆": ["县应急管理局局长"]}),
    ("5月6日，全县工作会议召开。县大数据局局长韦国庆、县数据资源中心主任覃丽出席。",
     {"韦国庆": ["县大数据局局长"], "覃丽": ["县数据资源中心主任"]}),
])
def test_according_to_opens_no_title(nlp, text, titles):
    report = Report(id="t", text=clean_text(text))
    assert {p.name: [t.title for t in p.titles] for p in doc_to_record(nlp(report.text), report).people} == titles


@pytest.mark.parametrize("text", [
    # 讲了意见 / 就…讲了话 (also after a topic), an address 发表 as a speech, a party lecture given to an audience
    "5月6日，市政协召开双周协商座谈会。市政协副主席韦国庆在座谈会上讲了意见。",
    "5月6日，全县工作会议召开。韦国庆同志就抓好整改落实讲了意见。",
    "5月6日，全县工作会议召开。县长韦国庆也就防汛工作讲了话。",
    "5月6日，全县工作会议召开。县委书记韦国庆发表了热情洋溢的致辞。",
    "5月6日，全县工作会议召开。县委书记韦国庆为大家上了一堂生动的专题党课。",
])
def test_opinions_addresses_and_lectures_are_speeches(nlp, text):
    assert _roles(_meeting(nlp, text))["spoke"] == ["韦国庆"]


def test_taking_part_written_as_canhui(nlp):
    # 参会 is an attendance verb, also after a place in the glue (在主会场参会)
    roles = _roles(_meeting(nlp, "5月6日，全县工作会议召开。韦国庆、覃丽等县领导在主会场参会。"))
    assert sorted(roles["attended"]) == ["覃丽", "韦国庆"]


@pytest.mark.parametrize(("text", "spoke"), [
    # an act of the speaker's own at the meeting (在座谈会上缅怀了…), then his words after the comma; the person
    # remembered is no participant
    ("5月6日，县政协召开纪念覃某某同志诞辰100周年座谈会。县政协主席韦国庆在座谈会上回顾了覃某某同志的光辉一生，强调要学习他的精神。",
     ["韦国庆"]),
    # …in a sentence set at the meeting (会上，), and after 在会上 in the glue
    ("5月6日，县政协召开座谈会。会上，县政协主席韦国庆为优秀委员颁发了证书，并强调要履职尽责。", ["韦国庆"]),
    ("5月6日，市政协召开主席会议。市政协主席韦国庆在会上听取了各专委会工作汇报，强调要抓好落实。", ["韦国庆"]),
    # not words said on a tour, nor an act somewhere else
    ("5月6日，县政协召开座谈会。县政协主席韦国庆在某乡考察时看望了群众，强调要办好实事。", []),
    # a list closed by a member's title says it together (A、B代表提出)
    ("5月6日，市人大常委会召开代表座谈会。韦国庆、覃丽代表提出，要密切代表同群众的联系。", ["覃丽", "韦国庆"]),
    # a list that draws on its fields, then a topic, then its views (发表了各自见解)
    ("5月6日，市政府召开经济形势座谈会。座谈会上，专家韦国庆、覃丽结合自己的研究领域，就当前经济形势发表了各自见解。",
     ["覃丽", "韦国庆"]),
])
def test_words_after_an_act_of_ones_own_and_joint_proposals(nlp, text, spoke):
    assert sorted(_roles(_meeting(nlp, text))["spoke"]) == spoke


def test_reports_by_a_list_heard_and_reported_on_behalf(nlp):
    text = ("5月6日，市人大常委会召开第十次会议。会议分别听取了市人大法制委主任委员韦国庆、教科文卫委主任委员覃丽、"
            "农业委主任委员黄志强作的关于议案审议结果的报告。常委会副秘书长蒙海燕代表常委会办公厅报告了办理情况，"
            "市发改委主任苗正报告了有关建议办理工作。县长周立新从9个方面报告了过去五年的主要工作。")
    reported = {r.who: r.on_behalf_of for r in _meeting(nlp, text).reported}
    assert reported == {"韦国庆": None, "覃丽": None, "黄志强": None, "蒙海燕": "常委会办公厅", "苗正": None,
                        "周立新": None}


def test_a_comma_roster_of_title_chains(nlp):
    text = ("5月6日，县委召开深化改革推进会。县委副书记、县改革领导小组副组长韦国庆，县委副书记、县改革领导小组常务副组长覃丽，"
            "县改革领导小组成员出席会议。")
    assert sorted(_roles(_meeting(nlp, text))["attended"]) == ["覃丽", "韦国庆"]


def test_each_member_on_a_topic_of_his_own_reports(nlp):
    # a long list whose members each have a topic (A就…、B就…、…作了汇报): every member reported, the untitled ones
    # at the clause start too
    text = ("5月6日，县委全面深化改革委员会第三次会议召开。会上，韦国庆就抓好国有企业改革调研、覃丽就司法体制改革推进落实、"
            "黄志强就抓好自由贸易试验区改革试点、蒙海燕就推进有关制度创新、周立新就扎实推进环保领域改革、"
            "陆家明就深化科技创新等方面情况作了汇报。")
    assert sorted(r.who for r in _meeting(nlp, text).reported) == sorted(["韦国庆", "覃丽", "黄志强", "蒙海燕", "周立新", "陆家明"])


def test_aspects_before_the_topic_and_a_standing_deputys_chain(nlp):
    text = ("5月6日，市人大常委会召开第十次会议。市人大财经委副主任委员韦国庆从立法的必要性、监管体制、法律责任等方面对条例草案作了说明。"
            "县委副书记、县改革领导小组副组长覃丽，县委副书记、县深化国防和军队改革领导小组常务副组长黄志强出席会议。")
    rec = _record(nlp, text)
    roles = _roles(rec.meetings[0])
    assert [r[0] for r in roles["reported"]] == ["韦国庆"] and sorted(roles["attended"]) == ["覃丽", "黄志强"]
    assert [t.title for p in rec.people if p.name == "黄志强" for t in p.titles] == ["县委副书记", "县深化国防和军队改革领导小组常务副组长"]


def test_a_run_keeps_its_members_past_items_that_are_no_names(nlp):
    # a labelled run with an item that reads as no name (上帝) and unusual names after it: every name-like member
    # attends, and the list is read from its last member (not twice over its first)
    text = ("3月28日下午，马村区政府召开第二次常务会议。区长柳斌主持会议；区领导欧广源、惠永正、邢贲思、上帝、关纪新、"
            "克林顿等参加会议；各街道和相关单位负责人列席会议。")
    assert sorted(_roles(_meeting(nlp, text))["attended"]) == sorted(["欧广源", "惠永正", "邢贲思", "关纪新", "克林顿"])


@pytest.mark.parametrize(("text", "spoke"), [
    # a statement belongs to the name right before it: the list before it is not said to speak…
    ("5月6日，县委召开座谈会。会上回顾历史：毛某东、邓某平、江某民同志相继提出方针政策。县委书记韦国庆讲话。", ["江某民", "韦国庆"]),
    # …unless 等 closes the list: A、B等…表示 is said together
    ("5月6日，县委召开专家座谈会。研究会理事长冯之浚、县发展研究中心研究员李泊溪等指出，要坚持创新。", ["冯之浚", "李泊溪"]),
])
def test_a_statement_after_a_list(nlp, text, spoke):
    assert sorted(_roles(_meeting(nlp, text))["spoke"]) == sorted(spoke)


def test_a_comma_roster_whose_last_titled_name_no_rule_reads(nlp):
    # the last member's name is unknown (会林 reads as no name), the one before it still attends
    text = ("5月6日，县审计委员会第二次会议召开。县委常委、常务副县长、县审计委员会副主任付勇，县委常委、县纪委书记、"
            "县审计委员会副主任会林出席会议。")
    assert _roles(_meeting(nlp, text))["attended"] == ["付勇"]


def test_a_visit_story_names_the_meeting_only_as_what_the_visitors_attend(nlp):
    text = ("5月6日下午，市长韦国庆与出席第十四次市长联席会议的各市领导共同参观新区城市建设。韦国庆介绍说，新区在开发前是一片荒地。"
            "韦国庆指出，城镇化是最大的内需。副市长覃丽参加上述活动。")
    for m in _record(nlp, text).meetings:
        assert (m.spoke, m.attended, m.presided) == ([], [], [])


def test_who_reports_to_the_session_only_quotes_the_report(nlp):
    # 向大会报告…工作 names the report by its verb: the statements after it quote the report (SPEC), no speech
    text = ("3月8日，县十八届人大一次会议举行第二次全体会议。受县人大常委会委托，韦国庆主任向大会报告工作。"
            "韦国庆指出，过去五年立法工作成效明显。他说，要加强监督。")
    m = _meeting(nlp, text)
    assert [r.who for r in m.reported] == ["韦国庆"] and m.spoke == []


def test_new_title_heads(nlp):
    text = ("5月6日，全县工作会议召开。县财政局预算股股长韦国庆、县国有林场场长覃丽、县司法局人民调解员黄志强出席会议。"
            "香港特别行政区行政长官蒙海燕致辞。")
    rec = _record(nlp, text)
    assert _titles(rec) == {
        "韦国庆": ["县财政局预算股股长"], "覃丽": ["县国有林场场长"], "黄志强": ["县司法局人民调解员"],
        "蒙海燕": ["香港特别行政区行政长官"]}


@pytest.mark.parametrize(("text", "role", "who"), [
    # members titled after their names, then a topic and a group phrase: each of them spoke
    ("6月3日，市政协召开专题协商座谈会。座谈会上，叶春生委员、帅国平委员、邝丽娟委员围绕主题建言献策。", "spoke",
     ["叶春生", "帅国平", "邝丽娟"]),
    # whatever the speaker does in his speech (在讲话中充分肯定了…), he gave one
    ("8月9日，全县防汛抗旱工作会议召开。县长叶春生在讲话中充分肯定了前一阶段的工作，并就做好下一步工作提出三点要求。", "spoke",
     ["叶春生"]),
    # a run of names parted by spaces after a group label, its first name read into the label by the segmenter
    ("3月6日，县委理论学习中心组召开集中学习会。会议由县委书记蔺晓东主持。县领导叶春生 帅国平 邝丽娟 俞斌参加学习。",
     "attended", ["叶春生", "帅国平", "邝丽娟", "俞斌"]),
])
def test_member_lists_speeches_and_spaced_runs(nlp, text, role, who):
    m = _meeting(nlp, text)
    assert sorted(r.who for r in getattr(m, role)) == sorted(who)


@pytest.mark.parametrize("verb", ["希望广大青年勇担使命", "勉励青年干部在基层一线经受锻炼", "寄语广大青年：要志存高远",
                                  "号召全县青年积极投身乡村振兴", "呼吁社会各界关心青年成长", "叮嘱大家注意安全"])
def test_hopes_calls_and_exhortations_are_statements(nlp, verb):
    assert _roles(_meeting(nlp, "5月6日，全县青年工作座谈会召开。县委书记蔺晓东" + verb + "。"))["spoke"] == ["蔺晓东"]


def test_a_place_name_needs_its_unit_inside_a_prefix(nlp):
    # 朱永新和 ends in 新和 (a county only with 县 after it): 和 still breaks the title, 朱永新 is a member of the list
    text = "全国政协十四届常委会第五次会议开幕。全国政协副主席秦博勇、朱永新和秘书长王东峰出席会议。"
    rec = _record(nlp, text)
    assert _titles(rec) == {
        "秦博勇": ["全国政协副主席"], "朱永新": ["全国政协副主席"], "王东峰": ["秘书长"]}
    assert sorted(r.who for r in rec.meetings[0].attended) == ["朱永新", "王东峰", "秦博勇"]


def test_members_of_a_council_are_titled_by_it(nlp):
    text = ("全国人大常委会委员长赵乐际12日主持召开十四届全国人大常委会第十次委员长会议。"
            "委员长会议组成人员李鸿忠、王东明、肖捷出席会议。")
    rec = _record(nlp, text)
    assert {p.name: [t.title for t in p.titles] for p in rec.people if p.name != "赵乐际"} == {
        n: ["委员长会议组成人员"] for n in ("李鸿忠", "王东明", "肖捷")}
    assert sorted(r.who for r in rec.meetings[0].attended) == sorted(["李鸿忠", "王东明", "肖捷"])


def test_a_story_of_the_publics_voices_gives_the_speech_no_role(nlp):
    # the report opens on the speech's words and the public's response (各地干部群众表示), never telling the meeting
    # as held: a reaction story
    text = ("本台消息：县委书记韦国庆在全县生态环境保护大会上强调：“生态文明建设是根本大计。”各地干部群众表示，"
            "要加大力度推进生态文明建设。")
    for m in _record(nlp, text).meetings:
        assert m.spoke == []
    # a meeting report that tells the meeting as held first keeps its speaker
    held = "5月6日，全县生态环境保护大会召开。县委书记韦国庆出席会议并讲话。会后，各地干部群众表示，要抓好落实。"
    assert _roles(_meeting(nlp, held))["spoke"] == ["韦国庆"]


@pytest.mark.parametrize(("text", "titles", "attended"), [
    # Yi names after their titles, and a comma roster of them
    ("1月12日，某乡第十一届人民代表大会第四次会议开幕。会议由乡人大主席团主席吉克伍沙主持。乡党委书记沙马阿果，乡党委副书记、"
     "乡长俄洛木呷，乡人大主席团副主席海来伍牛在主席台就座。",
     {"吉克伍沙": ["乡人大主席团主席"], "沙马阿果": ["乡党委书记"], "俄洛木呷": ["乡党委副书记", "乡长"],
      "海来伍牛": ["乡人大主席团副主席"]}, ["沙马阿果", "俄洛木呷", "海来伍牛"]),
    # a two-character Tibetan name as the first item of a titled list
    ("8月15日，县委常委会召开会议。县委常委扎西、罗佳、降央卓玛出席会议。",
     {"扎西": ["县委常委"], "罗佳": ["县委常委"], "降央卓玛": ["县委常委"]}, ["扎西", "罗佳", "降央卓玛"]),
    # Mongolian names holding characters a Chinese name rarely does (和 last, 日 inside), after a title
    ("6月3日，旗委召开会议。旗人大常委会主任孟和，旗委常委、副旗长郝日根出席会议。",
     {"孟和": ["旗人大常委会主任"], "郝日根": ["旗委常委", "副旗长"]}, ["孟和", "郝日根"]),
])
def test_minority_names_after_titles(nlp, text, titles, attended):
    rec = _record(nlp, text)
    assert _titles(rec) == titles
    assert sorted(r.who for r in rec.meetings[0].attended) == sorted(attended)


def test_a_role_roster_without_you_and_mongolian_names(nlp):
    text = ("1月15日，政协某市第五届委员会第四次会议开幕。担任本次大会执行主席的巴特尔、其其格、包志远、郝斯琴在主席台前排就座，"
            "巴特尔主持开幕会。市中级人民法院院长韩卓、市人民检察院检察长乌兰托娅，各旗区政协主席列席会议。市委书记那顺孟和，"
            "市委副书记、市长贺卫华出席。")
    rec = _record(nlp, text)
    assert _titles(rec) == {
        "巴特尔": ["大会执行主席"], "其其格": ["大会执行主席"], "包志远": ["大会执行主席"], "郝斯琴": ["大会执行主席"],
        "韩卓": ["市中级人民法院院长"], "乌兰托娅": ["市人民检察院检察长"], "那顺孟和": ["市委书记"],
        "贺卫华": ["市委副书记", "市长"]}
    roles = _roles(rec.meetings[0])
    assert roles["presided"] == ["巴特尔"]
    assert sorted(roles["attended"]) == sorted(["巴特尔", "其其格", "包志远", "郝斯琴", "韩卓", "乌兰托娅", "那顺孟和", "贺卫华"])


def test_comma_items_titled_after_and_firms_holding_he(nlp):
    text = ("10月17日，省政协召开双周协商座谈会。林佳蓉委员，台盟省委会副主委戴文瀚，施家豪委员，厦门大学台湾研究院教授钟可为，"
            "北京协和医学院教授陈兆年，江苏盛和纺织集团董事长周明强先后发言。")
    rec = _record(nlp, text)
    assert _titles(rec) == {
        "林佳蓉": ["委员"], "戴文瀚": ["台盟省委会副主委"], "施家豪": ["委员"], "钟可为": ["厦门大学台湾研究院教授"],
        "陈兆年": ["北京协和医学院教授"], "周明强": ["江苏盛和纺织集团董事长"]}
    assert sorted(r.who for r in rec.meetings[0].spoke) == sorted(["林佳蓉", "戴文瀚", "施家豪", "钟可为", "陈兆年", "周明强"])


@pytest.mark.parametrize(("text", "role", "who"), [
    # what he says while attending or presiding (列席会议时提出, 主持会议时指出)
    ("12月26日，县人大常委会举行分组会议。县人大代表周明强列席会议时提出，希望给予更多制度空间。", "spoke", ["周明强"]),
    ("12月26日，县政协召开主席会议。县政协主席俞正明主持会议时指出，经济建设是中心工作。", "spoke", ["俞正明"]),
    # what the speaker draws on, a comma, then the topic with 对
    ("7月15日，市委常委会召开会议。市委副书记、市长晏卿结合上半年经济运行情况，对下一步重点工作作了安排部署。", "spoke", ["晏卿"]),
    # a title after the name, then the topic, then the verb
    ("11月13日，市政府召开第56次常务会议。沈一帆副市长就《城市更新实施办法（送审稿）》起草情况作了说明。", "reported", ["沈一帆"]),
])
def test_words_while_attending_and_topics_after_titles(nlp, text, role, who):
    assert sorted(r.who for r in getattr(_meeting(nlp, text), role)) == who


@pytest.mark.parametrize(("text", "role", "who"), [
    # a spaced run after a shared title, up to the comma before the roster's next item
    ("4月28日，县十八届人大常委会第十九次会议召开。县人大常委会主任贺建国主持会议，副主任尹秋华 颜志强 刘金凤 段思远，"
     "县人大常委会党组成员龙武出席会议。", "attended", ["尹秋华", "颜志强", "刘金凤", "段思远", "龙武"]),
    # 列席代表 is a noun in a roster's tail, no verb
    ("2月18日下午，医院职工代表大会召开。院领导欧阳明辉、邬清、伏建勋、谭鑫及正式代表112名、列席代表30名参加会议。", "attended",
     ["欧阳明辉", "邬清", "伏建勋", "谭鑫"]),
    # a pronoun after a name that is only referred to (按照市委书记X提出的…要求) is the speaker's
    ("3月4日，市政府召开民营企业家座谈会。市长伍嘉和表示，各部门按照市委书记蒋振华提出的“企业有呼”要求优化环境。他要求，"
     "各部门要下功夫。", "spoke", ["伍嘉和"]),
    # 在大会上 in a study session speaks of the big meeting it studies
    ("8月2日，某部党组理论学习中心组集体学习会召开，传达学习全国生态环境保护大会精神。部党组书记孙金龙主持会议。会上，"
     "副部长赵英民传达了大会精神。王建国总书记在大会上强调，要正确处理几个关系。", "spoke", []),
])
def test_spaced_runs_nouns_in_tails_references_and_studied_meetings(nlp, text, role, who):
    assert sorted(r.who for r in getattr(_meeting(nlp, text), role)) == sorted(who)


def test_village_and_block_titles(nlp):
    text = ("6月3日，某村召开村民代表会议。村会计何兰就财务收支情况作了说明。业委会主任肖德顺，楼栋长郝丽平先后发言。"
            "副市长柏松曾对项目作出批示。")
    rec = _record(nlp, text)
    assert _titles(rec) == {
        "何兰": ["村会计"], "肖德顺": ["业委会主任"], "郝丽平": ["楼栋长"], "柏松": ["副市长"]}
    assert sorted(r.who for r in rec.meetings[0].spoke) == ["肖德顺", "郝丽平"]


@pytest.mark.parametrize(("text", "role", "who"), [
    # Tibetan names after titles; a head whose last character and the name read as a county (局长|海占林, 长海县)
    ("1月5日，县经济工作会议召开。参加会议的有：县人大常委会主任尕玛求培，县政协主席更松拉毛，县委副书记、县长才仁索南。", "attended",
     ["尕玛求培", "更松拉毛", "才仁索南"]),
    ("4月2日，县安全生产警示约谈会召开。会上，县应急管理局副局长海占林通报了一季度全县安全生产形势。", "reported", ["海占林"]),
    # a roster closed by a group counted with 共计
    ("5月6日下午，镇卫生院召开院务会，院长韦光荣主持会议，副院长蒙秀兰、覃海，各科室负责人及职工代表共计46人参加。", "attended",
     ["蒙秀兰", "覃海"]),
    # greeting the convening of the meeting is no presiding
    ("5月6日，市工会代表大会开幕。市委书记韦国庆首先向大会召开表示热烈祝贺。", "presided", []),
])
def test_more_minority_names_counted_groups_and_greetings(nlp, text, role, who):
    assert sorted(r.who for r in getattr(_meeting(nlp, text), role)) == sorted(who)


def test_an_idiom_after_a_head_is_no_name(nlp):
    # 地区长|治久安 reads as 长治 (a city) and an idiom: no name after the head
    text = "5月6日，全市维稳工作会议召开。会议强调，要确保地区长治久安。"
    assert [p.name for p in _record(nlp, text).people] == []


def test_a_roster_printed_as_a_table_of_names_and_titles(nlp):
    text = ("1月8日，中国共产党某县第十五次代表大会隆重开幕。\n在主席台前排就座的大会主席团常务委员会委员有：\n普建华　县委书记\n"
            "者永红　县委副书记、县长\n鲁文学　县人大常委会主任\n罗应芬　县委副书记\n大会由罗应芬主持。")
    rec = _record(nlp, text)
    assert _titles(rec) == {
        "普建华": ["县委书记"], "者永红": ["县委副书记", "县长"], "鲁文学": ["县人大常委会主任"], "罗应芬": ["县委副书记"]}
    roles = _roles(rec.meetings[0])
    assert roles["presided"] == ["罗应芬"] and sorted(roles["attended"]) == sorted(["普建华", "者永红", "鲁文学", "罗应芬"])


@pytest.mark.parametrize("text", [
    # a reception that names the meeting only as what the guests attend
    "5月6日下午，市长韦国庆在市行政中心欢迎来市出席第五届区域合作领导人会议的各市代表团团长。韦国庆表示，一年多来合作机制成效明显。",
    # a speech's publication, recalling the meeting it was given at
    "本台消息：2014年10月15日，县委书记韦国庆主持召开文艺工作座谈会并作重要讲话。今日，这篇重要讲话公开发表。韦国庆在讲话中指出，要创作优秀作品。",
])
def test_receptions_and_publications_give_the_meeting_no_roles(nlp, text):
    for m in _record(nlp, text).meetings:
        assert (m.presided, m.spoke, m.attended) == ([], [], [])


def test_a_titled_spaced_run_and_members_on_behalf_of_sectors(nlp):
    text = ("2月17日，区人民政府第一次全体会议召开。区政府副区长扎西顿珠 普布次仁 刘建平 达娃央宗出席会议。州政协委员、扎染协会会长字云飞"
            "代表文化艺术界，州政协委员、木雕产业协会会长张银生代表农业和农村界作大会发言。新入职员工雷思彤领读廉洁从业誓词。")
    roles = _roles(_meeting(nlp, text))
    assert sorted(roles["attended"]) == sorted(["扎西顿珠", "普布次仁", "刘建平", "达娃央宗"])
    assert sorted(roles["spoke"]) == ["字云飞", "张银生"] and [r[0] for r in roles["reported"]] == ["雷思彤"]


def test_long_dotted_names_in_election_lists(nlp):
    # a dotted name of any length is one name of the election list, and the decision verb is no part of it
    text = ("1月5日，某县第十八届人民代表大会第一次会议举行第三次全体会议。大会执行主席艾尔肯·吐尔逊主持会议。会议选举艾尔肯·吐尔逊为"
            "县人大常委会主任，古丽娜尔·艾买提、张卫东为副主任；选举阿布都热合曼·买买提为县人民政府县长。")
    rec = _record(nlp, text)
    assert _titles(rec) == {
        "艾尔肯·吐尔逊": ["大会执行主席", "县人大常委会主任"], "古丽娜尔·艾买提": ["副主任"], "张卫东": ["副主任"],
        "阿布都热合曼·买买提": ["县人民政府县长"]}


def test_a_firms_head_called_by_surname(nlp):
    text = ("9月3日，县城投集团召开安全生产专题会议。党委副书记、总经理张立群主持会议。张总在会上要求，各子公司要严格落实责任。")
    assert _roles(_meeting(nlp, text))["spoke"] == ["张立群"]


def test_given_names_that_are_words_and_surnames_that_are_conjunctions(nlp):
    text = ("1月25日，某省第十四届人民代表大会第三次会议闭幕。大会主席团常务主席、执行主席赵启航，大会执行主席李明远、和丽芬、"
            "高峰、向前、杨向前在主席台前排就座。省委副书记、省长郑和平出席会议。")
    rec = _record(nlp, text)
    assert _titles(rec) == {
        "赵启航": ["大会主席团常务主席", "执行主席"], "李明远": ["大会执行主席"], "和丽芬": ["大会执行主席"],
        "高峰": ["大会执行主席"], "向前": ["大会执行主席"], "杨向前": ["大会执行主席"], "郑和平": ["省委副书记", "省长"]}
    assert sorted(r.who for r in rec.meetings[0].attended) == sorted(
        ["赵启航", "李明远", "和丽芬", "高峰", "向前", "杨向前", "郑和平"])


def test_words_that_are_names_only_after_a_title(nlp):
    # 蓝天, 黎明: words alone, names after a title (the title licenses them)
    text = ("5月8日，市政协召开民主党派座谈会。市委书记黎明主持会议。民盟市委主委刘　芳、市工商联主席蓝天以及特邀代表"
            "黄晓丽先后发言。会议指出，要打好蓝天保卫战，黎明时分的执法检查要常态化。")
    rec = _record(nlp, text)
    assert _titles(rec) == {"黎明": ["市委书记"], "刘芳": ["民盟市委主委"], "蓝天": ["市工商联主席"], "黄晓丽": []}
    m = rec.meetings[0]
    assert [r.who for r in m.presided] == ["黎明"] and sorted(r.who for r in m.spoke) == ["刘芳", "蓝天", "黄晓丽"]


@pytest.mark.parametrize(("text", "role", "who"), [
    # a roster's groups before an attendance phrase of the table (在主席台就座)
    ("1月15日，市九届人大四次会议闭幕。大会主席团常务主席、执行主席管宏伟、祁卫国，主席团成员和市委常委、市政府党组成员在主席台就座。",
     "attended", ["管宏伟", "祁卫国"]),
    # a 、-run of bodies before the group noun, after a comma; a township is no person
    ("3月2日，全县城乡环境综合整治推进会召开。县住建局局长司马芸，县城管执法局、平襄镇、马营镇主要负责人分别作交流发言。"
     "城南庄镇、龙泉关镇、县农业农村局主要负责人和王林口镇党委书记付蕾作典型发言。", "spoke", ["司马芸", "付蕾"]),
])
def test_table_phrases_and_runs_of_bodies(nlp, text, role, who):
    m = _meeting(nlp, text)
    assert sorted(r.who for r in getattr(m, role)) == sorted(who)


@pytest.mark.parametrize(("text", "spoke"), [
    # a comma roster of titled members, then a comma and the topic they speak on, up to the words that close it
    ("5月3日，市政协召开协商座谈会。市政协委员、市农科院研究员王立新，市政协常委、市大学教授赵海燕，民盟市委会委员、"
     "市农业局高级农艺师李静，围绕乡村振兴、种业发展等建言献策。", ["王立新", "赵海燕", "李静"]),
    # (…over clauses of the topic, a grade before a weak head, and a described member after 以及)
    ("11月4日，市政协召开界别协商座谈会。市政协委员、市文旅集团总经理吴小平，市评弹学校高级讲师周蓉，以及市民代表沈阿根，"
     "围绕推动古城保护等问题，结合各自调研成果，在会上踊跃发言。", ["吴小平", "周蓉", "沈阿根"]),
    # 建议 follows a name as a statement; in a chain of titles 同 opens a body's name (同济大学), it is no "with"
    ("5月3日，市政协召开座谈会。市政协委员、市花炮总会秘书长刘燕建议，设立专项资金。全国政协委员、同济大学建筑学院院长"
     "阎立松表示，要加强规划。", ["刘燕", "阎立松"]),
])
def test_comma_rosters_speak_on_a_topic(nlp, text, spoke):
    assert sorted(_roles(_meeting(nlp, text))["spoke"]) == sorted(spoke)


def test_titles_in_a_chain_that_opens_with_tong(nlp):
    rec = _record(nlp, "5月3日，市政协召开座谈会。全国政协委员、同济大学建筑学院院长阎立松出席。")
    assert _titles(rec) == {"阎立松": ["全国政协委员", "同济大学建筑学院院长"]}


def test_who_is_named_as_attending_and_an_act_at_an_earlier_session(nlp):
    text = ("5月3日，省人大常委会召开第十二次会议。列席会议的全国人大代表王晓红说，希望草案作出更具体的规定。草案于去年9月"
            "提请第十一次会议初次审议，受省政府委托，省林业局局长周建华在那次会议上作了关于草案的说明。"
            "省委巡回指导组组长毛文平一行到会指导。")
    roles = _roles(_meeting(nlp, text))
    assert roles["spoke"] == ["王晓红"] and sorted(roles["attended"]) == ["毛文平", "王晓红"] and roles["reported"] == []


def test_a_side_meeting_told_in_an_aside_keeps_its_paragraph(nlp):
    # 会议期间，X主持召开了…: the side meeting's roles end with its paragraph; X's words after it are the session's
    text = ("6月24日，市政协十二届常委会第十六次会议闭幕。市政协主席王国平主持会议并讲话。\n"
            "会议期间，王国平主持召开了市政协第四十六次主席会议，听取了分组讨论情况的汇报。\n"
            "王国平指出，要围绕脱贫攻坚履职尽责。")
    rec = _record(nlp, text)
    main, side = rec.meetings
    assert _roles(main)["spoke"] == ["王国平"] and _roles(side)["presided"] == ["王国平"] and _roles(side)["spoke"] == []


@pytest.mark.parametrize(("text", "titles"), [
    # 和 and 党 are surnames right after a title; 和 before another title is the conjunction
    ("5月3日，省政府召开专题会议。副省长和丽英主持会议，县委书记党建军出席。县长和副县长参加。",
     {"和丽英": ["副省长"], "党建军": ["县委书记"]}),
    # a Mongolian name ending in 和 before a role verb; a transliterated name appointed whole
    ("6月29日，某旗人大常委会召开会议。旗人大常委会主任巴图孟和主持会议。会议决定任命额尔敦巴特尔为旗农牧局局长。",
     {"巴图孟和": ["旗人大常委会主任"], "额尔敦巴特尔": ["旗农牧局局长"]}),
])
def test_rare_surnames_after_titles_and_mongolian_names(nlp, text, titles):
    assert _titles(_record(nlp, text)) == titles


def test_people_counted_before_a_bare_tongguo_adopt_nothing(nlp):
    text = ("5月3日，全国政协召开双周协商座谈会。30多位委员通过移动履职平台发表意见。会议审议通过了《关于加强心理健康工作的建议案》。")
    assert [d.name for d in _meeting(nlp, text).adopted] == ["关于加强心理健康工作的建议案"]


def test_a_sessions_speeches_named_by_the_session(nlp):
    text = "2024年11月5日上午，全国政协十四届常委会第九次会议在京举行大会发言。全国政协副主席邱宏远主持。"
    m = _meeting(nlp, text)
    assert m.name == "全国政协十四届常委会第九次会议" and _roles(m)["presided"] == ["邱宏远"]


def test_words_referred_to_are_no_antecedent_of_a_pronoun(nlp):
    # 正如X指出的: X's words referred to; 他要求 after it is the speaker's own
    text = ("12月17日，市政协召开主席会议。市政协主席王沪平主持会议并讲话。会议传达学习了习近平总书记的重要讲话精神。"
            "王沪平表示，正如习近平总书记指出的，人民政协为人民。他要求，各参加单位要深入学习领会会议精神。")
    assert _roles(_meeting(nlp, text))["spoke"] == ["王沪平"]


@pytest.mark.parametrize(("text", "name"), [
    # a headline that tells who holds the meeting: the name after the verb
    ("市委召开各民主党派、工商联和无党派人士迎新春座谈会\n1月21日下午，市委召开各民主党派、工商联和无党派人士迎新春座谈会，"
     "通报全市经济社会发展情况。", "各民主党派、工商联和无党派人士迎新春座谈会"),
    # a study session's topic is no part of its name
    ("中共中央政治局就推进海洋强国建设进行第二十次集体学习\n中共中央政治局5月27日下午就推进海洋强国建设进行第二十次集体学习。",
     "中共中央政治局第二十次集体学习"),
    # what the meeting studies is no part of its name (…党组（扩大）会议传达学习…精神, 党委会传达学习…推进会精神)
    ("市科技局召开党组（扩大）会议传达学习十二届市委四次全会精神\n12月28日，局长张振国主持召开局党组（扩大）会议，"
     "传达学习十二届市委四次全会精神。", "局党组（扩大）会议"),
    ("建发集团召开党委会传达学习全国国有企业改革深化提升行动推进会精神\n3月5日，集团召开党委会。董事长林文杰主持会议。",
     "党委会"),
])
def test_names_read_from_the_headline(nlp, text, name):
    assert _meeting(nlp, text).name == name


def test_names_padded_after_titles_and_rare_surnames(nlp):
    # two-character names padded to the width of three, right after a title, a separator or a sentence's end;
    # 者, 陇 as surnames right after a title
    text = ("2月16日，牛寨乡第十八届人民代表大会第三次会议闭幕。大会主席团成员赵　明、刘志刚、亓　丽在主席台就座。"
            "乡人大主席者　军主持闭幕会。乡党委书记陇德文讲话。王　涛宣读了选举结果。")
    rec = _record(nlp, text)
    assert _titles(rec) == {"赵明": ["大会主席团成员"], "刘志刚": ["大会主席团成员"], "亓丽": ["大会主席团成员"],
                            "者军": ["乡人大主席"], "陇德文": ["乡党委书记"], "王涛": []}
    roles = _roles(rec.meetings[0])
    assert roles["presided"] == ["者军"] and roles["spoke"] == ["陇德文"] and [r[0] for r in roles["reported"]] == ["王涛"]


@pytest.mark.parametrize(("raw", "clean"), [
    ("副院长　王芳　李建国　张伟出席", "副院长 王芳 李建国 张伟出席"),  # a spaced roster keeps its spaces
    ("出席：李长江 王芳 张伟", "出席：李长江 王芳 张伟"),  # (李长 ends in no title head)
    ("记者 王 芳", "记者 王芳"),
])
def test_pads_closed_and_spaced_rosters_kept(raw, clean):
    assert clean_text(raw) == clean


def test_yi_names_by_their_clan_names(nlp):
    # a Yi clan name is the two-character surname (吉克阿呷, 俄木阿支); inside a country's name it is none (塔吉克斯坦)
    text = ("3月5日，州政协召开常委会议。州政协委员俄木阿支说，要发展特色产业。州乡村振兴局局长阿苦拉哈汇报了有关情况。"
            "塔吉克斯坦驻华大使拉苏尔佐达应邀出席。（记者 吉克阿呷）")
    rec = _record(nlp, text)
    assert _titles(rec) == {"俄木阿支": ["州政协委员"], "阿苦拉哈": ["州乡村振兴局局长"],
                            "拉苏尔佐达": ["塔吉克斯坦驻华大使"], "吉克阿呷": ["记者"]}
    roles = _roles(rec.meetings[0])
    assert roles["spoke"] == ["俄木阿支"] and [r[0] for r in roles["reported"]] == ["阿苦拉哈"]


def test_officials_answer_at_a_special_inquiry(nlp):
    # 现场回答询问 after a list closed by a group of departments' heads: each named official spoke
    text = ("5月3日，区人大常委会召开第二十六次会议。会议围绕城市更新工作开展专题询问，常委会组成人员先后提出11个问题，"
            "区长邓海波、副区长曾丽娜及区住房和城乡建设局、区财政局负责人现场回答询问。")
    assert sorted(_roles(_meeting(nlp, text))["spoke"]) == ["曾丽娜", "邓海波"]


@pytest.mark.parametrize(("text", "name"), [
    # the end of a byline's bracket whose spaces cut into the sentence is no part of the name
    ("新华社北京10月28日电（记者　郝一　乔禹）全国政协十四届常委会第九次会议10月28日上午在京开幕。",
     "全国政协十四届常委会第九次会议"),
    # the report's dated opening after a headline and a source line: a session that reviews in groups
    ("常委会组成人员分组审议国家公园法草案\n来源：中国人大网 发布时间：2025-04-29\n4月28日下午，十四届全国人大常委会第十五次会议"
     "分组审议国家公园法草案二次审议稿。", "十四届全国人大常委会第十五次会议"),
])
def test_session_names_after_bylines_and_headlines(nlp, text, name):
    assert _meeting(nlp, text).name == name


def test_a_kind_of_document_is_no_document(nlp):
    text = ("6月28日，县人大常委会召开第十次会议。会议回顾了一年来的工作：常委会及时通过相关决定、决议。"
            "会议表决通过了关于批准2024年县级决算的决议。")
    assert [d.name for d in _meeting(nlp, text).adopted] == ["关于批准2024年县级决算的决议"]


@pytest.mark.parametrize(("text", "titles"), [
    # a firm's name with a place in brackets or Latin letters, a tobacco bureau's （公司）
    ("5月3日，省政府召开企业家座谈会。信达生物制药(苏州)有限公司高级副总裁刘敏、TCL科技集团股份有限公司高级副总裁廖骞发言。"
     "市局（公司）党组书记侯卫东出席。",
     {"刘敏": ["信达生物制药（苏州）有限公司高级副总裁"], "廖骞": ["TCL科技集团股份有限公司高级副总裁"],
      "侯卫东": ["市局（公司）党组书记"]}),
    # a weak head after a body's title opens no new chain (教授、博士生导师); 讯 inside a firm's name is no dateline
    ("5月3日，市委召开专家座谈会。中国人民大学经济学院教授、博士生导师陈立新，科大讯飞股份有限公司高级副总裁方栋梁，"
     "北京协和医院感染内科副主任医师黄思远先后发言。",
     {"陈立新": ["中国人民大学经济学院教授", "博士生导师"], "方栋梁": ["科大讯飞股份有限公司高级副总裁"],
      "黄思远": ["北京协和医院感染内科副主任医师"]}),
    # a decision verb ends a title's prefix; 和 after a title is the surname before a name-like rest
    ("5月3日，市工商联召开会议。会议增补华为技术有限公司广东代表处副总裁谭浩为副会长。州委常委、宣传部部长和丽娟出席。",
     {"谭浩": ["副会长", "华为技术有限公司广东代表处副总裁"], "和丽娟": ["州委常委", "宣传部部长"]}),
    # a group after a title (常委班子要…) and a board (董事会秘书) are no persons; 谈到 ends a dotted name
    ("5月3日，县委召开民主生活会。他要求，县委常委班子要以这次会议为新起点。公司董事、监事和董事会秘书出席。"
     "博世汽车部件(苏州)有限公司总裁约亨·施特劳斯谈到，外资企业看好中国。",
     {"约亨·施特劳斯": ["博世汽车部件（苏州）有限公司总裁"]}),
])
def test_titles_of_firms_experts_and_what_is_no_name(nlp, text, titles):
    assert _titles(_record(nlp, text)) == titles


def test_reports_in_writing_a_convening_board_and_words_for_a_body(nlp):
    text = ("3月5日，某县第十八届人民代表大会第三次会议开幕。本次会议由县人大常委会召集，大会执行主席孙立新主持。"
            "县财政局局长雷红所作的关于预算执行情况的报告，县发改局局长兰永福所作的关于计划执行情况的报告，以书面形式提交大会审议。"
            "首席财务官马克·海登（Mark Hayden）以及各部门负责人列席会议。市政府秘书长郑建国陪同出席。"
            "市工商联主席吴清源代表市工商联对大会召开表示祝贺。县委巡察组组长匡世杰代表巡察组反馈了巡察发现的问题。")
    roles = _roles(_meeting(nlp, text))
    assert roles["presided"] == ["孙立新"]  # (a body that convenes does not preside)
    assert [r[0] for r in roles["reported"]] == ["雷红", "兰永福", "匡世杰"]
    assert sorted(roles["attended"]) == ["郑建国", "马克·海登"] and roles["spoke"] == ["吴清源"]


def test_a_formula_named_for_a_leader_is_no_antecedent(nlp):
    text = ("3月5日，县政协会议开幕。杨春林在讲话中指出，县政协坚持以习近平新时代中国特色社会主义思想为指导。"
            "他强调，要深刻领悟“两个确立”的决定性意义。企业代表黄亚兰谈到，企业希望得到帮助。")
    assert sorted(_roles(_meeting(nlp, text))["spoke"]) == ["杨春林", "黄亚兰"]


@pytest.mark.parametrize(("text", "titles"), [
    # a sentence that opens on the role, a list of dotted names after it
    ("1月6日上午，疏附县第十八届人民代表大会第三次会议开幕。\n大会执行主席为：买买提·阿不都拉、张志强、阿依古丽·买买提。",
     {"买买提·阿不都拉": ["大会执行主席"], "张志强": ["大会执行主席"], "阿依古丽·买买提": ["大会执行主席"]}),
    # items with titles of their own end the roster's reading: each keeps its own titles
    ("2月20日上午，政协某县第十一届委员会第三次会议开幕。\n担任开幕会执行主席的是：县政协主席富春林，县政协副主席佟雅丽、关建军。",
     {"富春林": ["县政协主席"], "佟雅丽": ["县政协副主席"], "关建军": ["县政协副主席"]}),
    # the decision's verb before the role is no part of it; a long Mongolian name is one item
    ("1月6日，某镇第十九届人民代表大会第一次会议开幕。\n决定大会执行主席为：徐卫国、缪红英。本次大会主席团成员为巴特尔、"
     "额尔敦毕力格、萨仁高娃，巴特尔为主席团常务主席。",
     {"徐卫国": ["大会执行主席"], "缪红英": ["大会执行主席"], "巴特尔": ["大会主席团成员"], "额尔敦毕力格": ["大会主席团成员"],
      "萨仁高娃": ["大会主席团成员"]}),
    # a line that opens on the role and the roster's order (大会执行主席（以姓氏笔画为序）：)
    ("12月28日，某区人民代表大会闭幕。\n大会执行主席（以姓氏笔画为序）：王立明、朱海华\n闭幕大会由区人大常委会主任朱海华主持。",
     {"王立明": ["大会执行主席"], "朱海华": ["大会执行主席", "区人大常委会主任"]}),
    # a titled 、-list whose items are Yi names with 说 and a Korean name ending in 日
    ("11月18日，某镇人民代表大会闭幕。本次大会执行主席吉克曲布、阿说拉哈、崔光日、李春子在主席台前排就座。",
     {"吉克曲布": ["大会执行主席"], "阿说拉哈": ["大会执行主席"], "崔光日": ["大会执行主席"], "李春子": ["大会执行主席"]}),
])
def test_role_rosters_with_dotted_and_titled_items(nlp, text, titles):
    assert _titles(_record(nlp, text)) == titles


def test_a_report_on_behalf_does_not_join_the_next_speaker(nlp):
    text = ("7月28日，中国共产党某县第十五届委员会第九次全体会议召开。会议由县委常委会主持。"
            "县委书记毛建平代表县委常委会作工作报告，县委副书记、县长钱晓东作了讲话。")
    roles = _roles(_meeting(nlp, text))
    assert roles["spoke"] == ["钱晓东"] and roles["reported"] == [("毛建平", "工作报告", "县委常委会")]


def test_a_county_named_he_only_after_a_place(nlp):
    # 和县 is a county after its city (马鞍山市和县) or a province (宁夏同心县); after a report's name 和 is "and"
    text = ("会议听取了县人民法院院长郑晓峰所作的县人民法院工作报告和县人民检察院检察长徐海波所作的报告。"
            "马鞍山市和县县长王明、宁夏同心县委书记马洪海出席。")
    assert _titles(_record(nlp, text)) == {"郑晓峰": ["县人民法院院长"], "徐海波": ["县人民检察院检察长"],
                                           "王明": ["马鞍山市和县县长"], "马洪海": ["宁夏同心县委书记"]}


def test_documents_listed_a_line_each_and_items_sharing_their_place(nlp):
    text = ("8月16日下午，某股份有限公司2023年第一次临时股东大会召开。会议审议通过了以下议案：\n"
            "1．《关于董事会换届选举非独立董事的议案》；\n2．《关于修订〈公司章程〉的议案》。\n"
            "大会表决通过了马鞍镇人民政府工作报告、马鞍镇人民代表大会主席团工作报告和马鞍镇2021年财政预算执行情况的报告。")
    assert [d.name for d in _meeting(nlp, text).adopted] == [
        "关于董事会换届选举非独立董事的议案", "关于修订〈公司章程〉的议案", "马鞍镇人民政府工作报告",
        "马鞍镇人民代表大会主席团工作报告", "马鞍镇2021年财政预算执行情况的报告"]


def test_promoted_and_added_members_keep_their_titles(nlp):
    # 递补/增补: the new post and the member's own titles, shared by the list after the first item
    text = ("10月14日，某市委全会召开。全会决定递补市委候补委员崔波、舒晓琴为市委委员。"
            "会议增补华为技术有限公司广东代表处副总裁谭浩为副会长。")
    assert _titles(_record(nlp, text)) == {"崔波": ["市委委员", "市委候补委员"], "舒晓琴": ["市委委员", "市委候补委员"],
                                           "谭浩": ["副会长", "华为技术有限公司广东代表处副总裁"]}


def test_members_each_on_a_topic_of_their_own_in_a_comma_roster(nlp):
    text = ("10月8日，市委理论学习中心组举行集体学习。市委常委、组织部部长姜涛围绕“深化党的建设制度改革”，市委常委、常务副市长"
            "陈俊杰结合“构建高水平社会主义市场经济体制”，市委常委、宣传部部长赵雪梅聚焦“深化文化体制机制改革”作交流发言。")
    assert sorted(_roles(_meeting(nlp, text))["spoke"]) == ["姜涛", "赵雪梅", "陈俊杰"]


def test_a_roster_in_many_groups_parted_by_semicolons(nlp):
    text = ("1月9日，全省安全生产工作电视电话会议在南昌召开。省政府副秘书长冷建峰；省安监局局长钟家荣、副局长涂仁杰；"
            "省公安消防总队总队长闵晓东、政治委员秦海涛；省公安厅副厅长詹国华；省交通运输厅副厅长魏丽出席会议。")
    assert sorted(_roles(_meeting(nlp, text))["attended"]) == sorted(
        ["冷建峰", "钟家荣", "涂仁杰", "闵晓东", "秦海涛", "詹国华", "魏丽"])


def test_a_consultation_activity_its_host_and_described_speakers(nlp):
    text = ("5月21日，区政协举行“推进农村居家养老服务提质扩面”专题协商活动。副区长、区政府秘书长薛红梅担任座谈会主持人。"
            "区政协主席管建华出席。颍州区西湖镇党委书记鲁国强，临泉县种粮大户朱海军等10位基层代表先后发言。")
    m = _meeting(nlp, text)
    roles = _roles(m)
    assert m.name.endswith("专题协商活动") and roles["presided"] == ["薛红梅"]
    assert roles["attended"] == ["管建华"] and sorted(roles["spoke"]) == ["朱海军", "鲁国强"]


def test_a_titled_list_over_tibetan_and_hyphened_names(nlp):
    text = "3月14日，全国人大常委会召开会议。副委员长李建国、张平、向巴平措、艾力更-依明巴海、万鄂湘、陈竺出席会议。"
    rec = _record(nlp, text)
    assert _titles(rec) == {n: ["副委员长"] for n in ["李建国", "张平", "向巴平措", "艾力更-依明巴海", "万鄂湘", "陈竺"]}


@pytest.mark.parametrize(("text", "titles"), [
    # 和谐 is a word of a body's name; a class number in brackets; a ministry's department (…司)
    ("5月3日，市政府召开座谈会。颍东区新华街道和谐社区党委书记侯静、高一（5）班班主任徐明、生态环境部法规与标准司司长邱文杰发言。",
     {"侯静": ["颍东区新华街道和谐社区党委书记"], "徐明": ["高一（5）班班主任"], "邱文杰": ["生态环境部法规与标准司司长"]}),
    # a descriptor with 代表 names a kind of member, no post; 班子 after a title is no person
    ("5月3日，镇党委召开座谈会。村干部代表罗秀英发言。他要求，县委常委班子将以这次会议为新起点。", {"罗秀英": []}),
])
def test_body_words_brackets_descriptors(nlp, text, titles):
    assert _titles(_record(nlp, text)) == titles


def test_means_and_authors_in_adopted_lists(nlp):
    text = ("1月20日，政协某自治区第十三届委员会第三次会议闭幕。会前，通过个别访谈、召开座谈会等方式广泛征求意见建议。"
            "会议表决通过了关于提案工作情况报告的决议和政协某自治区委员会第三次会议提案审查委员会关于提案审查情况的报告。")
    assert [d.name for d in _meeting(nlp, text).adopted] == [
        "关于提案工作情况报告的决议", "政协某自治区委员会第三次会议提案审查委员会关于提案审查情况的报告"]


@pytest.mark.parametrize(("text", "name"), [
    ("市十七届人大常委会第二十次会议闭会\n8月29日，会议在完成各项议程后闭会。", "市十七届人大常委会第二十次会议"),
])
def test_headline_names_without_their_verb(nlp, text, name):
    assert _meeting(nlp, text).name == name


def test_appointments_each_to_its_own_post(nlp):
    # 任命A为X、B为Y: each name its own post (not A: "X、B为Y"), an unusual name between 、 and 为 included
    text = "6月27日，某旗人大常委会召开会议。会议决定任命包金花为旗教育局局长、阿拉腾为旗卫生和计划生育局局长。"
    assert _titles(_record(nlp, text)) == {"包金花": ["旗教育局局长"], "阿拉腾": ["旗卫生和计划生育局局长"]}


def test_a_roster_closed_by_posts_of_every_unit_and_yi_and_word_names(nlp):
    # …A及委员会全体委员、各临床科室主任、护士长参加会议: the roster's verb after a tail of posts;
    # a Yi given name may hold 日; a name that is a word after a title before a report's verb
    text = ("9月3日，医院召开医疗质量与安全管理委员会会议。医院党委书记钱卫东，副院长袁春梅及委员会全体委员、"
            "各临床医技科室主任、护士长参加会议。县人大常委会副主任阿苦日哈到会指导。县委办主任杨柳汇报了工作。")
    roles = _roles(_meeting(nlp, text))
    assert sorted(roles["attended"]) == ["袁春梅", "钱卫东", "阿苦日哈"] and [r[0] for r in roles["reported"]] == ["杨柳"]


def test_a_list_elected_to_one_post(nlp):
    # A、B、C当选为…副委员长: each name of the list holds the post (a hyphened name too); a name after a colon
    text = ("3月14日，十二届全国人大一次会议举行第五次全体会议。刘云山宣布：张德江当选为全国人大常委会委员长；"
            "李建国、艾力更-依明巴海、万鄂湘当选为全国人大常委会副委员长。")
    titles = _titles(_record(nlp, text))
    assert titles["张德江"] == ["全国人大常委会委员长"]
    assert all(titles[n] == ["全国人大常委会副委员长"] for n in ["李建国", "艾力更-依明巴海", "万鄂湘"])


def test_mongolian_township_posts_and_names(nlp):
    # 苏木 and 嘎查 are Inner Mongolia's township and village, no name; 苏木长 and 嘎查达 are posts;
    # Mongolian names hold 和 after 孟/苏 and may end in 仓
    text = ("3月26日，某苏木召开草原防火工作部署会。会议由苏木党委副书记、苏木长阿拉坦仓主持，苏木党委书记孟和巴雅尔出席并讲话。"
            "巴彦嘎查党支部书记、嘎查达其其格作表态发言。")
    rec = _record(nlp, text)
    assert _titles(rec) == {"阿拉坦仓": ["苏木党委副书记", "苏木长"], "孟和巴雅尔": ["苏木党委书记"],
                            "其其格": ["巴彦嘎查党支部书记", "嘎查达"]}
    roles = _roles(rec.meetings[0])
    assert roles["presided"] == ["阿拉坦仓"] and sorted(roles["spoke"]) == ["其其格", "孟和巴雅尔"]


def test_personal_self_examination_speeches_and_a_tail_of_team_members(nlp):
    # 代表班子作对照检查: a report on behalf of the team; 作个人对照检查发言: a speech, also after 并带头
    # (…A，B，以及全镇17个行政村党支部书记、驻村工作队队员参加会议: the roster's verb after its tail)
    text = ("1月24日，医院召开专题民主生活会。会上，俞建新代表医院领导班子作对照检查，并带头作个人对照检查发言。"
            "院长王晓辉，副院长陶卫国依次作个人对照检查发言。镇党委副书记韩志刚，镇党委委员田春雨，"
            "以及全镇17个行政村党支部书记、驻村工作队队员参加会议。")
    roles = _roles(_meeting(nlp, text))
    assert roles["reported"] == [("俞建新", "对照检查", "医院领导班子")]
    assert sorted(roles["spoke"]) == ["俞建新", "王晓辉", "陶卫国"]
    assert sorted(roles["attended"]) == ["田春雨", "韩志刚"]


def test_given_name_references_counted_lists_and_delegates(nlp):
    # 振华书记 after 林振华: the same person by given name and title; a list counted before its verb
    # (A、B、C、D4位委员先后发言); a list acting as representatives (作为先进典型代表作事迹报告) reports, each of it;
    # 部署了…工作 is a speech
    text = ("近日，洋中镇党委书记林振华召开返乡创业青年座谈会。钱伟民、俞婷、朱晓东、韦丽娜4位委员先后发言。"
            "乌恰镇党委书记买买提江·吾斯曼、温宿县第二中学教师张晓燕作为先进典型代表作事迹报告。"
            "镇纪委书记孔丽萍部署了党风廉政建设工作。振华书记在总结时指出，返乡青年是乡村振兴的生力军。")
    rec = _record(nlp, text)
    roles = _roles(rec.meetings[0])
    assert roles["presided"] == ["林振华"]
    assert sorted(roles["spoke"]) == ["俞婷", "孔丽萍", "朱晓东", "林振华", "钱伟民", "韦丽娜"]
    assert sorted(r[0] for r in roles["reported"]) == ["买买提江·吾斯曼", "张晓燕"]
    assert _titles(rec)["张晓燕"] == ["温宿县第二中学教师"]


def test_a_rare_surname_after_an_election_and_a_body_name_holding_and(nlp):
    # 选举妥文斌为…: the decision verb licenses a rare surname as a title does; 和/与 between the words of a body's
    # name that opens on its place (新街镇农业农村和水务综合服务中心), not 中间与十一届全国政协
    text = ("1月5日，县人民代表大会第一次会议闭幕。大会选举妥文斌为县人民政府县长。土锅寨村党总支副书记李秀珍，"
            "新街镇农业农村和水务综合服务中心副主任马志强参加会议。坐在主席台中间与十一届全国政协主席贾庆林握手。")
    titles = _titles(_record(nlp, text))
    assert titles["妥文斌"] == ["县人民政府县长"] and "文斌" not in titles
    assert titles["马志强"] == ["新街镇农业农村和水务综合服务中心副主任"]
    assert titles["贾庆林"] == ["十一届全国政协主席"]


def test_a_roster_of_team_members_and_counsel_heard_items_and_topics(nlp):
    # 驻村工作队队员 and 总法律顾问、首席合规官 are posts, so the rosters run whole; a heard report by a unit no
    # subject read goes on to the next reporter (…的汇报，以及处长Y关于…的汇报); 结合…，通报了: the topic, a comma,
    # then the report; 带领大家学习 is leading the study
    text = ("10月17日，羊排村召开村“两委”联席会议。村委会委员李光明、唐昌华，驻村工作队队员龙婷参加会议，"
            "纪委书记吴国栋，总法律顾问、首席合规官叶思敏列席会议。会议听取了综合规划处关于规划中期评估情况的汇报，"
            "以及建设管理处处长俞江涛关于道路工程建设进展的汇报。副总经理郭志强结合分管工作，通报了安全生产形势。"
            "党委副书记李红梅带领大家学习了《政府工作报告》。市公共就业服务中心主任区伟彬汇报了就业工作。")
    rec = _record(nlp, text)
    roles = _roles(rec.meetings[0])
    assert sorted(roles["attended"]) == ["叶思敏", "吴国栋", "唐昌华", "李光明", "龙婷"]
    assert sorted(r[0] for r in roles["reported"]) == ["俞江涛", "区伟彬", "李红梅", "郭志强"]
    titles = _titles(rec)
    assert titles["龙婷"] == ["驻村工作队队员"] and titles["叶思敏"] == ["总法律顾问", "首席合规官"]


def test_a_korean_name_ending_in_ri_and_an_authors_slash(nlp):
    # 主任金光日，: a name may end in 日 after a title before a comma; （文/王某 审核：…）: the author after 文/
    text = ("6月27日，市人大常委会召开会议。市人大常委会主任金光日，副主任崔正浩出席会议。会议由金光日主持。\n"
            "（文/王若涵　审核：陈立平）")
    rec = _record(nlp, text)
    assert _titles(rec) == {"金光日": ["市人大常委会主任"], "崔正浩": ["副主任"], "王若涵": []}
    assert _roles(rec.meetings[0])["presided"] == ["金光日"]


def test_rare_surnames_after_a_title_but_no_level_body(nlp):
    # 区 and 和 start names right after a title (主任区伟彬, 副省长和丽英), never a level's body (主任刘某、区政协主席)
    text = ("5月6日，省政府召开常务会议。副省长和丽英主持会议。市公共就业服务中心主任区伟彬汇报了就业工作。"
            "区人大常委会主任刘长利、区政协主席刘勇出席会议。")
    assert _titles(_record(nlp, text)) == {"和丽英": ["副省长"], "区伟彬": ["市公共就业服务中心主任"],
                                           "刘长利": ["区人大常委会主任"], "刘勇": ["区政协主席"]}


@pytest.mark.parametrize(("text", "adopted"), [
    # documents listed a row each right after the verb, with and without books
    ("6月28日，州人大常委会召开会议。会议以电子表决方式，表决通过了：\n1.某州古茶树保护条例（修订草案）；\n"
     "2.关于批准某州2022年州本级财政决算的决议；\n3.某州人大常委会任免名单。\n会议决定任命李春生为副州长。",
     ["某州古茶树保护条例（修订草案）", "关于批准某州2022年州本级财政决算的决议", "某州人大常委会任免名单"]),
    # a decision's frame around a book (关于开展《…》…的工作方案); a request (请示); 该意见: the one named before;
    # 原则同意将《…》提交…审议: forwarded, not adopted
    ("3月5日，区政府召开常务会议。会议原则通过了关于开展《中华人民共和国乡村振兴促进法》贯彻实施情况专题调研的工作方案。"
     "会议研究了《关于加快推进数字经济高质量发展的若干意见》，区经信局负责同志作了起草说明，会议原则通过该意见。"
     "会议还审议通过了关于调整区级政府投资项目计划的请示，原则同意将《2024年全区水利投资计划（草案）》提交区委常委会审议。",
     ["关于开展中华人民共和国乡村振兴促进法贯彻实施情况专题调研的工作方案", "关于加快推进数字经济高质量发展的若干意见",
      "关于调整区级政府投资项目计划的请示"]),
])
def test_listed_framed_and_referred_documents(nlp, text, adopted):
    assert [d.name for d in _meeting(nlp, text).adopted] == adopted


@pytest.mark.parametrize(("text", "spoke"), [
    # a comma roster its marker closes, each member after a description no table knows
    ("5月1日，村里召开村民代表大会。在讨论环节，村民代表何永春、俞雪芬，返乡创业青年胡昊天，竹木加工户吕根宝先后发言。",
     ["何永春", "俞雪芬", "胡昊天", "吕根宝"]),
    ("5月1日，村里召开屋场恳谈会。村民代表罗建明、龚桂香，75岁的老党员罗正清，养鸭大户汤志勇，在外经商返乡的罗湘辉先后发言。",
     ["罗建明", "龚桂香", "罗正清", "汤志勇", "罗湘辉"]),
    # …a member whose title chain holds 、 after 以及; a description stacked on the next one's (返乡青年、…传承人X)
    ("5月1日，社区召开座谈会。专职网格员赵雅楠、钱卫东，兼职网格员孙桂兰，以及“红马甲”志愿服务队队长、退休教师李德顺"
     "结合日常走访逐一发言。", ["赵雅楠", "钱卫东", "孙桂兰", "李德顺"]),
    # …titled members, one of them unusual, closed by 等N位同志 (a title cut by 与 inside a body's name no longer breaks)
    ("11月20日，省政协召开专题协商会。省政协常委、省民族宗教委副主任岩温罕，怒江州政协主席和晓春，省政协委员、"
     "云南大学民族学与社会学学院教授木呷拉则，迪庆州政协副主席此里卓玛等4位同志作了发言。",
     ["岩温罕", "和晓春", "木呷拉则", "此里卓玛"]),
])
def test_a_roster_of_described_members_closed_by_its_marker(nlp, text, spoke):
    assert sorted(_roles(_meeting(nlp, text))["spoke"]) == sorted(spoke)


def test_no_name_from_words_before_a_roster(nlp):
    # the segmenter's words are no names of a described member (议程|后, 党章|规定, 结构和|条件)
    text = ("5月1日，县政协召开常委会议。会议按照党章规定审议了议程后，委员王明、李强先后发言，建议优化产业结构和条件。")
    assert set(_titles(_record(nlp, text))) == {"王明", "李强"}


def test_a_residents_council_its_answers_and_a_topic_roster_of_described_members(nlp):
    # 议事会 is a meeting (a yard's number in its name); 逐条作了回应 and 作了答复 are remarks; a roster of described
    # members before a comma and its topic (…，就…等踊跃发言)
    text = ("5月18日下午，玉林东路社区12号院停车管理协商议事会在这里召开。会议由社区党委书记简丽华主持。"
            "村民代表侯阿妹、杨里松，苗绣传承人、村妇联主席文玉兰，以及在外务工返乡的青年唐文斌，就分红比例等踊跃发言。"
            "居委会主任郝春燕逐条作了回应。副镇长王书晗就交通疏导问题现场作了答复。")
    m = _meeting(nlp, text)
    assert m.name == "玉林东路社区12号院停车管理协商议事会"
    assert sorted(_roles(m)["spoke"]) == sorted(["侯阿妹", "杨里松", "文玉兰", "唐文斌", "郝春燕", "王书晗"])


@pytest.mark.parametrize(("text", "adopted"), [
    # a summary after the list (…的决议等六个决议草案) is no part of the last document; 等N项议程 is an agenda
    ("1月12日，县人代会闭幕。大会审议通过了县第十九届人民代表大会第三次会议关于县人民政府工作报告的决议（草案）等六个决议草案。",
     ["县第十九届人民代表大会第三次会议关于县人民政府工作报告的决议（草案）"]),
    ("3月4日，大会举行新闻发布会。会期八天半，共有包括审查和批准计划报告、审查和批准预算报告等7项议程。", []),
])
def test_summaries_and_agendas(nlp, text, adopted):
    assert [d.name for d in _meeting(nlp, text).adopted] == adopted


def test_video_attendance_a_described_dotted_name_and_a_meeting_before_its_object(nlp):
    # 以视频方式参会 attends; a descriptor before a dotted name is no part of it (种植大户吐尔洪·阿不拉);
    # 召开党委会对本次会议…进行前置研究: the meeting's name ends before 对
    text = ("3月28日，集团公司第三届董事会第九次会议召开。外部董事沈国良、钱慧敏以视频方式参会。"
            "会前，集团党委已召开党委会对本次会议有关议题进行前置研究。种植大户吐尔洪·阿不拉先后发言。")
    rec = _record(nlp, text)
    assert "吐尔洪·阿不拉" in _titles(rec) and "种植大户吐尔洪·阿不拉" not in _titles(rec)
    assert sorted(_roles(rec.meetings[0])["attended"]) == ["沈国良", "钱慧敏"]
    assert [m.name for m in rec.meetings] == ["集团公司第三届董事会第九次会议"]


def test_a_bare_meeting_named_by_the_presiders_last_body(nlp):
    # 中共中央政治局常委、国务院总理X主持召开座谈会: the meeting of the presider's last body (国务院), not the first
    text = "9月27日，中共中央政治局常委、国务院总理李克强主持召开座谈会，研究进一步深化营改增试点等工作。"
    assert _meeting(nlp, text).name == "国务院座谈会"
    # a body that convenes a bare 民主生活会 names it, after a date range (于…至…召开)
    assert _meeting(nlp, "中共中央政治局于12月25日至26日召开民主生活会，习近平主持会议并发表重要讲话。").name \
        == "中共中央政治局民主生活会"


def test_words_on_a_tour_before_its_meeting():
    # a report that opens on a tour (…在山东考察时强调): words said before the meeting is first named are the tour's
    # (来到…陵园，…参观…。X说), words after it may be the meeting's
    from huiyi.pipeline.meetings import _tour_before, default_grammar
    from huiyi.pipeline.records import Evidence, Meeting, Sentences
    text = ("习近平近日在山东考察时强调，全面深化改革意义重大。\n25号上午，习近平来到华东革命烈士陵园，参观沂蒙精神展。"
            "习近平说，沂蒙精神是宝贵精神财富。\n随后召开座谈会。座谈会上，习近平指出，关键在于找准路子。")
    sents = Sentences(text)
    meeting = Meeting(name="座谈会", evidence=Evidence(start=0, end=1, sentence=""))
    said = [text.index("习近平说") + 3, text.index("习近平指出") + 3]
    assert [_tour_before(text, v, meeting, sents, default_grammar()) for v in said] == [True, False]
    # …and none where the report opens on the meeting itself
    opening = "11月26日，习近平主持召开座谈会。" + text[text.index("\n") + 1 :]
    v = opening.index("习近平说") + 3
    assert not _tour_before(opening, v, meeting, Sentences(opening), default_grammar())


def test_a_roster_of_those_just_elected(nlp):
    # 新当选的副会长有：A、B…: each listed name holds the post
    titles = _titles(_record(nlp, "会议选举产生了新一届理事会，新当选的副会长有：林晓梅、吴志诚、何佳音。"))
    assert titles == {n: ["副会长"] for n in ["林晓梅", "吴志诚", "何佳音"]}


def test_rostrum_and_filled_role_rosters(nlp):
    # 在主席台前排就座的大会执行主席有：A、B… and 大会执行主席由A、B…担任: each listed name holds the role
    text = ("1月4日上午，区人民代表大会第四次会议开幕。\n在主席台前排就座的大会执行主席有：郭晓东、王慧敏、韩国庆。\n"
            "大会执行主席由孙宏伟、黄佩琳、曹志刚担任。")
    titles = _titles(_record(nlp, text))
    assert titles == {n: ["大会执行主席"] for n in ["郭晓东", "王慧敏", "韩国庆", "孙宏伟", "黄佩琳", "曹志刚"]}


def test_a_bodys_other_name_in_brackets_inside_a_title(nlp):
    # after a body's word, its other name or part in brackets is part of the title (中央党校（国家行政学院）…学院教授);
    # a byline's bracket before a title is not (…电（记者某某）尼泊尔…主席)
    rec = _record(nlp, "会上，中央党校（国家行政学院）马克思主义学院教授张立新作辅导报告。\n"
                       "新华社加德满都1月26日电（记者易爱军）尼泊尔民族民主党主席塔帕出席。")
    titles = _titles(rec)
    assert titles["张立新"] == ["中央党校（国家行政学院）马克思主义学院教授"]
    assert titles["塔帕"] == ["尼泊尔民族民主党主席"]


def test_a_mongolian_name_ending_in_he_inside_a_titled_list(nlp):
    # 、那顺孟和、: 和 ends the name before a separator, and the list goes on
    titles = _titles(_record(nlp, "7月18日，旗人大常委会召开座谈会。旗人大代表巴特尔、何秀兰、那顺孟和、萨仁高娃参加座谈会。"))
    assert titles == {n: ["旗人大代表"] for n in ["巴特尔", "何秀兰", "那顺孟和", "萨仁高娃"]}


@pytest.mark.parametrize(("text", "spoke", "attended"), [
    # a speech right after the presence verb (到会致辞), a given name opened by 以 after a title
    ("3月5日，全国网信办主任座谈会在杭州召开。浙江省委常委、宣传部部长方以宁到会致辞。", ["方以宁"], ["方以宁"]),
    # what he presents right after his presence
    ("3月5日，教育部召开就业工作视频会议。人力资源社会保障部副部长戴文斌出席会议并介绍有关促就业政策。",
     ["戴文斌"], ["戴文斌"]),
    # an expert's 讲解 at a study session, a 主题分享, 发表意见 of a list closed by 分别就
    ("3月5日，省委理论学习中心组召开集体学习会。中国工程院院士、清华大学教授韩启明就这个问题进行讲解，提出了工作建议。",
     ["韩启明"], []),
    ("3月5日，省产业研究院召开年度工作会议。南京大学教授、研究院院长黄建平作主题分享。", ["黄建平"], []),
    ("3月5日，区政协召开提案办理协商会。提案人代表王克勤委员、农工党市北区基层委员会主委宋佳，以及民革市北区支部主委曲志刚"
     "分别就提案办理情况发表意见。", ["曲志刚", "宋佳", "王克勤"], []),
    # Korean names ending in 日 after a title, before a role verb
    ("3月5日，市纪委召开述职评议会。市纪委监委党风政风监督室主任许光日列席会议。", [], ["许光日"]),
])
def test_speech_acts_after_presence_and_of_experts(nlp, text, spoke, attended):
    roles = _roles(_meeting(nlp, text))
    assert (sorted(roles["spoke"]), roles["attended"]) == (sorted(spoke), attended)


def test_a_briefer_who_goes_on_to_present_what_comes_next_spoke_too(nlp):
    # 通报了…，介绍了…的考虑: a briefing, then a presentation at the meeting (SPEC: 介绍 counts as spoke), as the
    # 党外人士座谈会 reports are annotated
    roles = _roles(_meeting(nlp, "12月6日，中共中央召开党外人士座谈会。刘某某通报了今年经济工作有关情况，介绍了明年经济工作的考虑。"))
    assert roles["spoke"] == ["刘某某"] and [r[0] for r in roles["reported"]] == ["刘某某"]


@pytest.mark.parametrize(("text", "spoke"), [
    # a titled list, a comma, a topic and the list's marker before the speech (…和D，围绕…等议题先后作主旨演讲)
    ("12月9日，职业教育发展论坛在天津开幕。深圳职业技术大学校长罗志平、天津中德应用技术大学党委书记邢光辉、"
     "比亚迪股份有限公司副总裁何志勇和新加坡工艺教育学院院长黄维新，围绕产教融合、校企合作等议题先后作主旨演讲。",
     ["罗志平", "邢光辉", "何志勇", "黄维新"]),
    # each with a subject (分别以…为题), a comma, then sharing views; a forum 举办
    ("11月3日，青年创新创业高峰论坛在余杭举办。清华大学经济管理学院教授高启明、之江实验室副主任王宏伟和"
     "以色列理工学院副校长摩西·沙米尔分别以“创新”“成长”“生态”为题，与现场青年分享观点。",
     ["高启明", "王宏伟", "摩西·沙米尔"]),
    # a panel on a subject (围绕“…”展开对话)
    ("12月9日，职业教育发展论坛在天津开幕。深圳市创新投资集团有限公司投资总监黄海波、浙江大学教授周梓涵围绕"
     "“AI时代的青年创业”展开对话。", ["黄海波", "周梓涵"]),
    # each member with a topic of its own (A围绕…、B围绕…，分别作交流发言)
    ("3月5日，集团党委召开理论学习中心组学习会。陈力强围绕深化国资国企改革、董卫国围绕完善纪检监察体制机制，分别作交流发言。",
     ["陈力强", "董卫国"]),
    # a member speaking on a subject (以《…》为题发言), or proposing (围绕…建言)
    ("3月5日，市政协召开全体会议。覃海明委员围绕新能源汽车产业链建言；杨秀英委员以《推动农文旅融合发展》为题发言。",
     ["覃海明", "杨秀英"]),
    # a member after a descriptor and an adverb (…，以及农户代表沈明华也在会上发言)
    ("3月5日，市政协召开专题协商会。无党派人士顾佳敏，以及农户代表沈明华也在会上发言。", ["顾佳敏", "沈明华"]),
])
def test_speaker_lists_at_a_distance_from_their_speech(nlp, text, spoke):
    assert sorted(_roles(_meeting(nlp, text))["spoke"]) == sorted(spoke)


def test_a_title_after_a_pair_is_each_members(nlp):
    # A和B常委联合发言: the title written after the pair is both members', and both spoke
    rec = _record(nlp, "3月5日，省政协召开专题协商会。王振华和李卫东常委联合发言，建议推行涉企政策“免申即享”。")
    assert _titles(rec) == {"王振华": ["常委"], "李卫东": ["常委"]}
    assert sorted(_roles(rec.meetings[0])["spoke"]) == ["李卫东", "王振华"]


@pytest.mark.parametrize(("text", "titles"), [
    # company and foreign bodies before a post (腾讯, 高等研究院, 邮电部), and heads of firms, embassies and agencies
    ("会上，腾讯公司副总裁姚星光发言。", ["腾讯公司副总裁"]),
    ("会上，深圳大学高等研究院院长陆思明发言。", ["深圳大学高等研究院院长"]),
    ("会上，柬埔寨邮电部国务秘书林索帕发言。", ["柬埔寨邮电部国务秘书"]),
    ("会上，启明创投合伙人周梓明发言。", ["启明创投合伙人"]),
    ("会上，阿里巴巴集团副总裁兼首席人才官柯文丽发言。", ["阿里巴巴集团副总裁", "首席人才官"]),
    ("会上，联合国教科文组织助理总干事索菲亚·马丁内斯发言。", ["联合国教科文组织助理总干事"]),
    ("会上，芬兰驻华大使馆公使衔参赞米卡·科斯基宁发言。", ["芬兰驻华大使馆公使衔参赞"]),
])
def test_titles_of_firms_embassies_and_agencies(nlp, text, titles):
    (only,) = _titles(_record(nlp, text)).values()
    assert only == titles


@pytest.mark.parametrize(("text", "titles"), [
    # a religious form of address after the name is a title (SPEC: 彭清华书记 → 书记), after a Tibetan name too
    ("会上，日喀则市佛教协会会长扎西尼玛活佛发言。", {"扎西尼玛": ["日喀则市佛教协会会长", "活佛"]}),
    ("会上，区伊斯兰教协会会长马德福阿訇发言。", {"马德福": ["区伊斯兰教协会会长", "阿訇"]}),
    # a temple is a body before its abbot, never a name
    ("会上，桑耶寺住持尼玛次旦等7位代表人士先后发言。", {"尼玛次旦": ["桑耶寺住持"]}),
    ("嘎查党支部书记、嘎查长宝音图主持会议。", {"宝音图": ["嘎查党支部书记", "嘎查长"]}),
])
def test_religious_and_pastoral_titles(nlp, text, titles):
    assert _titles(_record(nlp, text)) == titles


def test_a_talk_in_the_local_languages_is_a_speech(nlp):
    # 用藏汉双语作专题宣讲: the language of the talk stands between the speaker and the verb, for a list too
    m = _meeting(nlp, "10月9日，夏鲁村召开村民大会。县委党校讲师格桑曲珍用藏汉双语作专题宣讲。")
    assert _roles(m)["spoke"] == ["格桑曲珍"]
    m = _meeting(nlp, "3月5日，牛牛坝镇召开群众大会。县禁毒办副主任沙马阿果、县人民法院特邀调解员吉伍阿牛分别用彝汉双语"
                      "作了禁毒、法治专题宣讲。")
    assert sorted(_roles(m)["spoke"]) == ["吉伍阿牛", "沙马阿果"]


@pytest.mark.parametrize(("text", "spoke"), [
    # reporters closed by 分别, then a clause of other speakers: the reporters did not speak
    ("3月5日，市政府召开防汛调度会。市水利局局长罗建新、市应急管理局局长钟伟分别汇报了水库山塘运行和应急准备情况，"
     "英德供电局、市消防救援大队负责同志作了补充发言。", []),
    # …but the same roster going on with 并 did
    ("3月5日，区党工委召开学习研讨会。党工委委员武国华，副县级干部仝兴林分别领学了《重庆谈判》等重要内容，"
     "并就学习内容进行了研讨发言。", ["仝兴林", "武国华"]),
])
def test_a_reported_roster_speaks_only_in_its_own_clause(nlp, text, spoke):
    assert sorted(_roles(_meeting(nlp, text))["spoke"]) == spoke


@pytest.mark.parametrize(("text", "names"), [
    # a dotted name ends before a title written after it, or before 将于
    ("会上，化学学院院长古丽娜尔·艾则孜教授，生命科学学院教授帕尔哈提·吐尔逊分别作交流发言。",
     ["古丽娜尔·艾则孜", "帕尔哈提·吐尔逊"]),
    ("塞尔维亚第一副总理兼外交部长德拉甘·米洛舍维奇将于9月8日访华。", ["德拉甘·米洛舍维奇"]),
])
def test_a_dotted_name_ends_before_a_title_after_it(nlp, text, names):
    assert list(_titles(_record(nlp, text))) == names


@pytest.mark.parametrize(("text", "spoke", "attended"), [
    # views given after attending (列席会议并发表意见); sitting in the main hall (在主会场就座)
    ("3月5日，市中级人民法院召开审判委员会会议。市人民检察院检察长顾卫华列席会议并发表意见。", ["顾卫华"], ["顾卫华"]),
    ("3月5日，市政府召开森林防灭火工作会议。市森林草原防灭火指挥部副总指挥达瓦次仁、陈建林在主会场就座。",
     [], ["达瓦次仁", "陈建林"]),
])
def test_views_after_attending_and_the_main_hall(nlp, text, spoke, attended):
    roles = _roles(_meeting(nlp, text))
    assert (roles["spoke"], sorted(roles["attended"])) == (spoke, sorted(attended))


@pytest.mark.parametrize(("text", "titles"), [
    # a byline's transliterated name up to the byline's space or bracket; a full-width space after the byline word
    ("拉萨3月5日讯（记者 次仁卓嘎 通讯员 王明）3月4日，自治区召开座谈会。", {"次仁卓嘎": ["记者"], "王明": ["通讯员"]}),
    ("新闻网讯（记者　拉巴次仁）4月15日，县委召开会议。", {"拉巴次仁": ["记者"]}),
])
def test_transliterated_names_in_bylines(nlp, text, titles):
    assert _titles(_record(nlp, text)) == titles


def test_an_honorific_after_a_name_does_not_open_the_next_chain(nlp):
    # …会长马德福阿訇，…教长金学文阿訇，…主任海丽娟依次发言: each honorific ends its own person's titles; the next
    # member's chain starts after the comma, and the roster keeps all three
    rec = _record(nlp, "3月5日，区委统战部召开座谈会。区伊斯兰教协会会长马德福阿訇，区伊斯兰教协会副会长、古城镇清真大寺教长"
                       "金学文阿訇，区政协委员、金积镇中心清真寺管委会主任海丽娟依次发言。")
    assert _titles(rec) == {"马德福": ["区伊斯兰教协会会长", "阿訇"],
                            "金学文": ["区伊斯兰教协会副会长", "古城镇清真大寺教长", "阿訇"],
                            "海丽娟": ["区政协委员", "金积镇中心清真寺管委会主任"]}
    assert sorted(_roles(rec.meetings[0])["spoke"]) == ["海丽娟", "金学文", "马德福"]


@pytest.mark.parametrize(("text", "role", "members"), [
    # a polite word after the name (先生, 女士, 博士) closes it; the list and the verb go on after it
    ("6月3日，市台办召开台商座谈会。市台商协会会长陈启明先生、台湾青年代表林佳慧女士也在会上发言。", "spoke",
     {"陈启明", "林佳慧"}),
    ("6月3日，市侨办召开座谈会。澳门中华总商会理事长何嘉伦，澳门大学教授梁志坚博士，市教育局局长周敏等出席会议。",
     "attended", {"何嘉伦", "梁志坚", "周敏"}),
    # leading a delegation, then present (率…代表团出席; 率团到…考察，并出席…)
    ("6月3日，两省召开对口协作座谈会。江苏省副省长赵明远率江苏省党政代表团出席座谈会并讲话。", "attended", {"赵明远"}),
    ("6月3日，两地召开扶贫协作联席会议。宁波市市长钱国强率宁波市党政代表团到我州考察协作工作，并出席联席会议。",
     "attended", {"钱国强"}),
    # a presence verb that holds the speech (到会讲话)
    ("6月3日，县里召开征兵工作会议。军分区司令员孔德海大校到会讲话。", "spoke", {"孔德海"}),
    # 作…介绍 is a speech (SPEC: 介绍 at the meeting); greetings on behalf of a body (代表…致贺词)
    ("6月3日，全省旅游发展大会开幕。开幕式上，承办地市委书记罗建平作办会情况介绍。", "spoke", {"罗建平"}),
    ("6月3日，市妇女代表大会开幕。省妇联副主席吴秀兰代表省妇联向大会致贺词。", "spoke", {"吴秀兰"}),
    # on behalf of a body, a comma, then the subject and the speech (代表…，就…发言)
    ("6月3日，全国政协召开专题协商会。全国工商联副主席郑永安代表全国工商联，就民营经济发展发言。", "spoke", {"郑永安"}),
    # a group label before each run of a comma roster licenses an unusual name (自治区领导那顺、…)
    ("6月3日，两区召开合作会商会。北京市领导刘建、周红，内蒙古自治区领导那顺、宝音德力格尔、张立新出席会议。",
     "attended", {"刘建", "周红", "那顺", "宝音德力格尔", "张立新"}),
])
def test_names_closed_and_lists_led(nlp, text, role, members):
    assert set(_roles(_meeting(nlp, text))[role]) == members


def test_a_leaders_own_greeting_is_a_message(nlp):
    """致贺辞 without 代表…: a message sent (SPEC: a leader who only sends 贺信 has no role)."""
    m = _meeting(nlp, "12月3日，中俄友好委员会全体会议在北京举行。国家主席习近平致贺辞。")
    assert _roles(m)["spoke"] == []


@pytest.mark.parametrize(("text", "people"), [
    # bylines: a slash or a space after the byline's word, a rare surname after it, a transliterated second name
    ("江门日报讯（记者／谭家怡　通讯员／梁振宇）3月18日上午，全市侨务工作会议召开。",
     [("谭家怡", ["记者"]), ("梁振宇", ["通讯员"])]),
    ("全县人大工作会议召开。（渭南日报记者 党文轩）", [("党文轩", ["渭南日报记者"])]),
    ("新华社北京3月10日电（记者 刘文华、其木格）全国政协会议闭幕。", [("刘文华", ["记者"]), ("其木格", ["记者"])]),
    # a Tibetan name in a titled run, a rare Zhuang surname after a title
    ("全国政协副主席钱立新、尕藏才让、孙丽华出席会议。",
     [("钱立新", ["全国政协副主席"]), ("尕藏才让", ["全国政协副主席"]), ("孙丽华", ["全国政协副主席"])]),
    ("县人大常委会主任侬德明，县政协主席黄丽参加座谈。", [("侬德明", ["县人大常委会主任"]), ("黄丽", ["县政协主席"])]),
    # a roster label's 今天 is no part of the title
    ("担任今天全体会议执行主席的是：包德胜、卜海、姜文华。",
     [("包德胜", ["全体会议执行主席"]), ("卜海", ["全体会议执行主席"]), ("姜文华", ["全体会议执行主席"])]),
])
def test_bylines_and_rare_names(nlp, text, people):
    assert _people_in_order(nlp, text) == people


@pytest.mark.parametrize(("text", "role", "members"), [
    # a titled item of a comma roster, its chain holding 、, with a Yi clan name (阿说): every member attended
    ("6月3日，州委召开双拥工作会议。州委常委、军分区政委吴海峰大校，州人大常委会副主任李成，州政府副州长、州双拥工作领导小组"
     "副组长阿说木呷，州政协副主席俄底古日出席会议。", "attended", {"吴海峰", "李成", "阿说木呷", "俄底古日"}),
    # the next run's label goes on the roster (，重庆市领导还有…); an old comrades' label licenses its names
    ("6月3日，川渝召开合作会议。出席会议的四川省领导还有张文、李志、王强，重庆市领导还有刘明、陈芳。", "attended",
     {"张文", "李志", "王强", "刘明", "陈芳"}),
    ("6月3日，省党代会开幕。在主席台就座的还有：省政协主席宋远，以及老同志冯明、汪云等。", "attended", {"宋远", "冯明", "汪云"}),
    # 及 inside a body's name (教育及青年发展局) is no break of the list or the title
    ("6月3日，两地召开教育合作会议。珠海市副市长邝建、澳门特别行政区政府教育及青年发展局局长欧阳伟共同主持会议。",
     "presided", {"邝建", "欧阳伟"}),
    # …并致欢迎辞: an address after presiding
    ("6月3日，两地召开座谈会。区委副书记、区长白涛主持座谈会并致欢迎辞。", "spoke", {"白涛"}),
    # a leader at a delegation's sitting of the congress attends it
    ("3月5日，市第十三次党代会举行代表团讨论。市委书记田国在参加寿光代表团审议时强调，要走在前列。市长孙明到诸城代表团参加"
     "讨论。省长黄茂来到绵阳代表团，与代表们一起审议报告。", "attended", {"田国", "孙明", "黄茂"}),
])
def test_rosters_and_delegations(nlp, text, role, members):
    assert set(_roles(_meeting(nlp, text))[role]) == members


@pytest.mark.parametrize("text", [
    "6月3日，十四届全国人大二次会议举行全体会议。最高人民检察院检察长常海在作最高人民检察院工作报告时表示，要依法履职。",
    "6月3日，全国人大会议举行全体会议。会议听取了国务委员邵林受国务院委托作的关于机构改革方案的说明。邵林在说明时表示，"
    "这次改革是一场深刻变革。",
])
def test_words_while_giving_a_report_are_the_report(nlp, text):
    """X在作…报告时表示 / X在说明时表示: the author of a report given here reported it and is no speaker (SPEC)."""
    roles = _roles(_meeting(nlp, text))
    assert roles["spoke"] == [] and len(roles["reported"]) == 1


@pytest.mark.parametrize(("text", "people"), [
    # a decision's appointments: 增补/聘请 A、B为… (a polite word after the name too)
    ("会议通过了增补决定，增补田花、李芳为执委。", [("田花", ["执委"]), ("李芳", ["执委"])]),
    ("会议决定聘请雷远、张清为市文联名誉主席。", [("雷远", ["市文联名誉主席"]), ("张清", ["市文联名誉主席"])]),
    ("同意聘任金天先生为公司副总经理，任期三年。", [("金天", ["公司副总经理"])]),
    # the outlet after 来源 is no author; 及 after a title joins a list; a run of verbs (投票、计票) is no list of names
    ("2021-07-09　来源：朝阳报", []),
    ("武汉、长沙、南昌、合肥四市政府秘书长及发改、交通等部门负责同志参加会议。", []),
    ("经过投票、计票，总监票人、大会执行主席翟鸿出向大会报告了计票结果。", [("翟鸿出", ["总监票人", "大会执行主席"])]),
    # 今天 opens a roster's label and is no part of the title
    ("今天大会的执行主席是韩德、万刚、何华。", [("韩德", ["执行主席"]), ("万刚", ["执行主席"]), ("何华", ["执行主席"])]),
])
def test_appointments_outlets_and_verb_runs(nlp, text, people):
    assert _people_in_order(nlp, text) == people


@pytest.mark.parametrize(("text", "adopted"), [
    # read out, then adopted by a vote (宣读了…办法（草案），经大会表决通过)
    ("3月5日，县侨联第九次代表大会召开。大会秘书长王华宣读了大会选举办法（草案），经大会表决通过。", ["大会选举办法（草案）"]),
    # a draft's note after the book is written with it
    ("3月5日，县科协代表大会召开。大会审议通过了《县科学技术协会章程》（修订稿）。", ["县科学技术协会章程（修订稿）"]),
    # a code (法典) and an election's results are documents
    ("3月5日，全国人大会议闭幕。会议以2879票赞成、2票反对、5票弃权，表决通过了中华人民共和国民法典。", ["中华人民共和国民法典"]),
    ("3月5日，县委十五届一次全会召开。全会表决通过了县纪委第一次全体会议选举结果。", ["县纪委第一次全体会议选举结果"]),
    # 这个报告: the report the sentence heard, unbracketed
    ("3月5日，全国人大会议举行全体会议。会议听取了大会副秘书长梅宪所作的关于代表提出议案处理意见的报告，表决通过了这个报告。",
     ["关于代表提出议案处理意见的报告"]),
    # a list of names and an agenda joined by 和: two documents
    ("3月5日，县党代会主席团举行第一次会议。会议通过了大会副秘书长名单和大会日程。", ["大会副秘书长名单", "大会日程"]),
])
def test_adopted_read_heard_or_listed(nlp, text, adopted):
    assert [d.name for d in _meeting(nlp, text).adopted] == adopted


@pytest.mark.parametrize(("text", "role", "members"), [
    # a duty report (述职) given by each of a roster: 进行现场述职 after a count, 先后作现场述职, 依次述职
    ("12月3日，县委召开抓基层党建工作述职评议会。会上，城关镇党委书记袁海、河口乡党委书记肖斌3人进行现场述职，其余20名"
     "乡镇党委书记进行书面述职。", "reported", {"袁海", "肖斌"}),
    ("12月3日，县委召开述职评议会。乌恰镇党委书记王海军、阿格乡党委书记张伟先后作现场述职。", "reported", {"王海军", "张伟"}),
    ("12月3日，州委召开述职评议会。会上，恩施市委书记刘林、利川市委书记谭国依次述职。", "reported", {"刘林", "谭国"}),
    # …but 作了述职发言 is a speech
    ("12月3日，市政协召开常委会议。会上还开展了常委履职述职，常委李明、韦燕作了述职发言。", "spoke", {"李明", "韦燕"}),
    # a lecture by its title (作题为《…》的专题辅导)
    ("12月3日，县委理论学习中心组召开学习会。会议邀请延边大学教授崔龙作题为《铸牢中华民族共同体意识》的专题辅导。", "spoke",
     {"崔龙"}),
    # a party branch's theme day is a meeting of its own
    ("11月8日，社区党委第二党支部开展主题党日活动。活动由第二党支部书记谢明主持。", "presided", {"谢明"}),
    # 则: a member set against the one before still speaks (孔某常委则认为, 来自…的甘某委员则建议)
    ("3月1日，县政协召开常委会议。范远常委提出，要培育产业集群；孔胜常委则认为，要听取基层意见；来自县人民医院的甘新委员则建议"
     "推进医养结合。", "spoke", {"范远", "孔胜", "甘新"}),
])
def test_duty_reports_lectures_and_branch_days(nlp, text, role, members):
    assert set(_roles(_meeting(nlp, text))[role] if role != "reported" else
               (r[0] for r in _roles(_meeting(nlp, text))["reported"])) == members


@pytest.mark.parametrize(("text", "role", "members"), [
    # a study class (读书班) is a meeting; who presides its opening and who speaks at its close are its roles
    ("11月14日至16日，旗委理论学习中心组专题读书班举办。旗委书记王图出席开班式并作动员讲话，旗长李国主持开班式。", "presided",
     {"李国"}),
    ("5月8日至10日，县委理论学习中心组党纪学习教育读书班举办。结业式上，县人大常委会主任龙刚，县政协主席滕平分别作研讨发言。",
     "spoke", {"龙刚", "滕平"}),
    # a lecture on a theme (以“…”为主题讲授专题党课), a party lecture told (讲专题党课), a story told (讲述了)
    ("5月8日，县委理论学习中心组召开学习会。州纪委监委主任石芳以“以案为鉴”为主题讲授专题党课。", "spoke", {"石芳"}),
    ("5月3日，扎西岗村党支部开展主题党日活动。镇党委书记罗布次仁为全村党员讲专题党课。党员乔明、李俊分别讲述了自己的经历。",
     "spoke", {"罗布次仁", "乔明", "李俊"}),
])
def test_study_classes_and_lectures(nlp, text, role, members):
    assert set(_roles(_meeting(nlp, text))[role]) == members


@pytest.mark.parametrize(("text", "reported"), [
    # words while giving a duty report are the report's; 代表…介绍 is a report on behalf of the body (SPEC)
    ("5月3日，镇党委召开述职评议会。爱店镇党委书记韦明在述职时表示，将以边境党建长廊建设为抓手。", [("韦明", "述职", None)]),
    ("5月3日，第一党支部召开支部党员大会。支部组织委员龙波代表支委会介绍了对其预备期的考察意见。",
     [("龙波", "对其预备期的考察意见", "支委会")]),
    # a self-examination after what it covers (聚焦…等方面作个人对照检查)
    ("5月3日，第一党支部召开专题组织生活会。局长林鹏聚焦带头严守中央八项规定精神、落实“一岗双责”等方面作个人对照检查。",
     [("林鹏", "个人对照检查", None)]),
])
def test_reports_in_duty_and_branch_meetings(nlp, text, reported):
    assert _roles(_meeting(nlp, text))["reported"] == reported


@pytest.mark.parametrize(("text", "role", "members"), [
    # a member's words after a quotation, said while the session sits (…”X委员在分组审议时说)
    ("3月1日，全国人大常委会第七次会议举行分组审议。“要加快立法进程。”阿不力孜·沙吾提委员在分组审议时说。", "spoke",
     {"阿不力孜·沙吾提"}),
    # a party lecture given (作专题廉政党课); 同学 after a name like 同志
    ("3月1日，医院召开警示教育大会。院党委书记陈海作专题廉政党课，院长刘宇主持会议。", "spoke", {"陈海"}),
    # Tibetan names of Amdo (扎西草, 贡保才旦) after titles
    ("3月1日，夏河县人代会闭幕。闭幕大会由大会执行主席贡保才旦、拉毛加共同主持。", "presided", {"贡保才旦", "拉毛加"}),
])
def test_quoted_members_lectures_and_amdo_names(nlp, text, role, members):
    assert set(_roles(_meeting(nlp, text))[role]) == members


@pytest.mark.parametrize(("text", "people"), [
    # a session's member written bare at a clause's start (委员A代表…发言; 委员A、B分别…), not across a space (委员　魏某和)
    ("委员彭家骏代表民革中央发言，建议完善知识产权保护体系。", [("彭家骏", ["委员"])]),
    ("委员蔡淑贞、童建国分别就职业教育发言。", [("蔡淑贞", ["委员"]), ("童建国", ["委员"])]),
    # elections: a dotted name whole, 新 before 当选为 ends the name, the post ends at a space
    ("王立新当选为赤峰市中级人民法院院长，古丽娜尔·阿不都拉当选为县人大常委会主任。",
     [("王立新", ["赤峰市中级人民法院院长"]), ("古丽娜尔·阿不都拉", ["县人大常委会主任"])]),
    ("杨再兴当选县人大常委会主任　吴明德当选县人民政府县长", [("杨再兴", ["县人大常委会主任"]), ("吴明德", ["县人民政府县长"])]),
    # a Tibetan name inside a titled run (阿旺晋美)
    ("大会执行主席俞宏达、阿旺晋美、司马文华在主席台前排就座。",
     [("俞宏达", ["大会执行主席"]), ("阿旺晋美", ["大会执行主席"]), ("司马文华", ["大会执行主席"])]),
])
def test_bare_members_and_elections(nlp, text, people):
    assert _people_in_order(nlp, text) == people


@pytest.mark.parametrize(("text", "role", "members"), [
    # a run of speakers with their kind after 等, then a second run, then a topic: 发了言 is a speech
    ("6日，国务院总理李明主持召开经济形势专家座谈会。会上，黄建华、何德明、魏尚文等专家和浙江荣盛集团、紫光集团等企业负责人"
     "围绕经济运行、就业形势等发了言。", "spoke", {"黄建华", "何德明", "魏尚文"}),
    # a member's head after a list, an adverb and 对 before the topic (A、B代表还对…提出建议)
    ("5日，全国人大常委会委员长张明主持召开座谈会。周光明、王辉代表还对推进立法精细化等提出建议。", "spoke",
     {"周光明", "王辉"}),
    # the presider of the presidium's meetings, a post of the session (主席团会议主持人X主持会议)
    ("政协第十四届全国委员会第二次会议主席团第一次会议3日下午举行。主席团会议主持人王海明主持会议。", "presided",
     {"王海明"}),
])
def test_real_national_lists_and_posts(nlp, text, role, members):
    assert set(_roles(_meeting(nlp, text))[role]) == members


@pytest.mark.parametrize(("text", "people"), [
    # the list's member head is each member's (A、B、C代表提出), not only the last one's
    ("杜明印、刘卫东、朝克代表提出，要密切人大代表同人民群众的联系。",
     [("杜明印", ["代表"]), ("刘卫东", ["代表"]), ("朝克", ["代表"])]),
    # a removal names the posts it removes (撤销X同志的A、B职务), the name before 兼任 too
    ("会议表决通过了关于撤销王晶同志的国务委员、国务院秘书长职务的决定。", [("王晶", ["国务委员", "国务院秘书长"])]),
    ("会议决定免去郭明兼任的国家安全部部长职务。", [("郭明", ["国家安全部部长"])]),
    # 和 inside a body's name that the organ table knows, before the title's head
    ("县委网络安全和信息化委员会副主任李卫东主持会议。", [("李卫东", ["县委网络安全和信息化委员会副主任"])]),
    # an invitation before a guest's body is no part of the title (特邀省委党校教授X)
    ("市委理论学习中心组召开学习会，特邀省委党校教授王建华作专题辅导。", [("王建华", ["省委党校教授"])]),
])
def test_list_heads_removals_and_joined_bodies(nlp, text, people):
    assert _people_in_order(nlp, text) == people


@pytest.mark.parametrize(("text", "adopted"), [
    # a list of documents set off by semicolons, each a document
    ("政协第十一届全国委员会第五十八次主席会议1日召开。会议审议通过了政协十二届一次会议主席团名单(草案)；"
     "政协十二届一次会议预备会议日程；政协十二届一次会议分组办法(草案)。",
     ["政协十二届一次会议主席团名单（草案）", "政协十二届一次会议预备会议日程", "政协十二届一次会议分组办法（草案）"]),
    # a list of laws whose last decision counts its own laws (…、关于修改A法等15部法律的决定)
    ("十三届全国人大常委会第六次会议闭幕。会议经表决，通过了新修订的人民法院组织法、消防救援衔条例、关于修改野生动物保护法等15部法律的决定。",
     ["人民法院组织法", "消防救援衔条例", "关于修改野生动物保护法等15部法律的决定"]),
    # one decision about several laws (关于修改A法、B法的决定); an amendment with its number
    ("十二届全国人大常委会第十六次会议闭幕。会议表决通过了刑法修正案(九)，全国人大常委会关于修改地方组织法、选举法、代表法的决定。",
     ["刑法修正案（九）", "全国人大常委会关于修改地方组织法、选举法、代表法的决定"]),
    # a report's draft and an award's appraisal results; 并委托… is the next clause
    ("全国人大常委会第三十三次会议闭幕。会议原则通过了全国人大常委会工作报告稿，并委托委员长向大会作工作报告。",
     ["全国人大常委会工作报告稿"]),
    ("国务院总理李明12日主持召开国务院常务会议，通过2018年度国家科学技术奖励评审结果。", ["2018年度国家科学技术奖励评审结果"]),
])
def test_adopted_lists_of_national_sessions(nlp, text, adopted):
    assert [d.name for d in _meeting(nlp, text).adopted] == adopted


@pytest.mark.parametrize(("text", "role", "members"), [
    # leaders who walk into the hall attend (A、B、C步入会场)
    ("首都各界纪念现行宪法公布施行40周年大会4日下午在北京举行。下午三时许，王一、李二明、张三丰步入会场。", "attended",
     {"王一", "李二明", "张三丰"}),
    # greetings on behalf of the party after a clause of the same subject (会见与会代表，并代表中共中央致贺词)
    ("九三学社第十次全国代表大会30日在北京开幕。国务院副总理李明会见与会代表，并代表中共中央致贺词。", "spoke", {"李明"}),
    # the subject presides with the partner named after 并同 (X访问…，并同B共同主持)
    ("9月16日，国务院副总理韩明访问俄罗斯，并同俄罗斯第一副总理西卢阿诺夫共同主持中俄投资合作委员会第五次会议。", "presided",
     {"韩明", "西卢阿诺夫"}),
])
def test_walking_in_greeting_on_behalf_and_joint_chairs(nlp, text, role, members):
    assert set(_roles(_meeting(nlp, text))[role]) == members


def test_reports_named_long_or_nominated(nlp):
    # a report whose name runs long (a draft decision's title) is still heard from its author
    m = _meeting(nlp, "十二届全国人大常委会第三十九次委员长会议今天上午举行，张明委员长主持。会议听取了全国人大法律委员会主任委员"
                      "乔晓华作的关于授权国务院在中国(广东)自由贸易试验区、中国(天津)自由贸易试验区、中国(福建)自由贸易试验区以及"
                      "中国(上海)自由贸易试验区扩展区域暂时调整有关法律规定的行政审批的决定草案审议结果的报告。")
    assert [r[0] for r in _roles(m)["reported"]] == ["乔晓华"]
    # those nominated to report at the coming session, the list's later items too, report nothing here
    m = _meeting(nlp, "政协第十一届全国委员会第五十八次主席会议1日召开。会议推举全国政协主席贾庆文在政协十二届一次会议上作常委会"
                      "工作报告、全国政协副主席万钢作提案工作情况的报告。")
    assert _roles(m)["reported"] == []


@pytest.mark.parametrize(("text", "people"), [
    # a roster of the session's chairs without a colon (会议执行主席是A、B、C)
    ("全国政协十三届一次会议8日上午举行第二次全体会议。会议执行主席是刘奇文、帕巴拉·格列朗杰、王正明。",
     [("刘奇文", ["会议执行主席"]), ("帕巴拉·格列朗杰", ["会议执行主席"]), ("王正明", ["会议执行主席"])]),
    # members joined by 和 before their head, said in a joint speech (A和B常委在联合发言中建议)
    ("秦博勇和石爱中常委在联合发言中建议，强化监管。", [("秦博勇", ["常委"]), ("石爱中", ["常委"])]),
    # an appointment names the post (确定X担任…新闻发言人); a decision's list (决定，A、B为…，C为…)
    ("会议确定吕新华担任全国政协十二届一次会议新闻发言人。", [("吕新华", ["全国政协十二届一次会议新闻发言人"])]),
    ("会议经投票表决决定，韩正文、孙春华为国务院副总理，魏凤林为国务委员。",
     [("韩正文", ["国务院副总理"]), ("孙春华", ["国务院副总理"]), ("魏凤林", ["国务委员"])]),
    # 发表 is a verb, no part of a title (…第1期将发表中共中央总书记X的文章)
    ("《求是》杂志第1期将发表中共中央总书记、国家主席习近平的重要文章。", [("习近平", ["中共中央总书记", "国家主席"])]),
    # a member of a delegation or a lecture group (宣讲团成员)
    ("报告会上，中央宣讲团成员、中央政策研究室副主任潘盛文作了重点阐述。", [("潘盛文", ["中央宣讲团成员", "中央政策研究室副主任"])]),
])
def test_chairs_joint_members_appointments_and_groups(nlp, text, people):
    assert _people_in_order(nlp, text) == people


def test_a_draft_named_by_its_note_ends_a_list_of_documents(nlp):
    m = _meeting(nlp, "政协主席会议召开。会议审议通过了政协十二届一次会议分组办法(草案)；政协十二届一次会议秘书处机构设置和工作任务(草案)。")
    assert [d.name for d in m.adopted] == ["政协十二届一次会议分组办法（草案）", "政协十二届一次会议秘书处机构设置和工作任务（草案）"]


@pytest.mark.parametrize(("text", "people"), [
    # a name before its doctrine's word is a person (高举邓小平理论伟大旗帜, as the SPEC's people are)
    ("会议强调，高举邓小平理论伟大旗帜，认真贯彻十五大精神。", [("邓小平", [])]),
    # a country after a list's 、 opens the next item's title (…、巴基斯坦总理X), no name
    ("孟加拉国总理谢赫·哈西娜、巴基斯坦总理谢里夫出席。", [("谢赫·哈西娜", ["孟加拉国总理"]), ("谢里夫", ["巴基斯坦总理"])]),
    # a transliterated name before 举行
    ("国家主席江泽民与贝宁共和国总统克雷库举行了会谈。", [("江泽民", ["国家主席"]), ("克雷库", ["贝宁共和国总统"])]),
])
def test_doctrines_countries_and_foreign_names(nlp, text, people):
    assert _people_in_order(nlp, text) == people


@pytest.mark.parametrize(("text", "name", "presided"), [
    # a dateline run on to the name, and a byline's bracket after it, are no part of the name
    ("新华社北京1月21日电政协第八届全国委员会第52次主席会议今天下午在京举行。全国政协主席李瑞环主持会议。",
     "政协第八届全国委员会第52次主席会议", ["李瑞环"]),
    ("新华社北京1月15日电（解放军报记者王文杰、新华社记者罗玉文）《罗荣桓军事文选》出版座谈会今天在人民大会堂举行。"
     "中央军委副主席张万年主持座谈会。", "《罗荣桓军事文选》出版座谈会", ["张万年"]),
    # a meeting named only as the one someone presides (座谈会由X主持)
    ("各民主党派中央今天在京集会，纪念讲话发表三周年。座谈会由全国政协副主席何鲁丽主持。", "座谈会", ["何鲁丽"]),
])
def test_names_after_datelines_and_meetings_named_by_their_chair(nlp, text, name, presided):
    m = _meeting(nlp, text)
    assert (m.name, _roles(m)["presided"]) == (name, presided)


@pytest.mark.parametrize(("text", "adopted"), [
    # two reports joined by 和, the second with its own 的 (…工作报告和…以来提案工作情况的报告)
    ("政协常委会议闭幕。会议原则通过了政协全国委员会常务委员会工作报告和政协十二届二次会议以来提案工作情况的报告。",
     ["政协全国委员会常务委员会工作报告", "政协十二届二次会议以来提案工作情况的报告"]),
    # who make up a list is no part of its name; a personnel matter is no document (as the dev gold has it)
    ("大会主席团会议举行。会议通过了由35名代表组成的总监票人、监票人名单，通过了有关人事事项。", ["总监票人、监票人名单"]),
    # a semicolon list's segment that opens on an act is a clause (；作代表资格审查报告；)
    ("县人大会议预备会议举行。会议通过了大会主席团和秘书长名单;作代表资格审查报告;通过了大会议程。",
     ["大会主席团和秘书长名单", "大会议程"]),
])
def test_adopted_reports_lists_and_personnel(nlp, text, adopted):
    assert [d.name for d in _meeting(nlp, text).adopted] == adopted


@pytest.mark.parametrize(("text", "people"), [
    # a leader's name before a strong title closed by a list's 、 (转达了习近平主席、李克强总理的问候)
    ("张高丽首先转达了习近平主席、李克强总理对他们的亲切问候。", [("张高丽", []), ("习近平", ["主席"]), ("李克强", ["总理"])]),
    # …but not before a title that names him (习近平主席特别代表国务院副总理汪洋)
    ("习近平主席特别代表国务院副总理汪明出席就职仪式。", [("汪明", ["习近平主席特别代表国务院副总理"])]),
    # a name holding 以 before a member's head and a statement (厉以宁常委认为)
    ("厉以宁常委认为，应当牢记文化产品的特殊性质。", [("厉以宁", ["常委"])]),
    # a term in digits inside a title (第24届冬奥会工作领导小组组长)
    ("国务院副总理、第24届冬奥会工作领导小组组长张高丽出席会议。",
     [("张高丽", ["国务院副总理", "第24届冬奥会工作领导小组组长"])]),
    # a name before 提名
    ("国家主席习近平提名国务院总理的人选。", [("习近平", ["国家主席"])]),
])
def test_leaders_before_titles_and_digit_terms(nlp, text, people):
    assert _people_in_order(nlp, text) == people


@pytest.mark.parametrize(("text", "role", "members"), [
    # the invited speaker, a comma, then the topic and the report (邀请X，就…作专题报告)
    ("甘肃省委理论学习中心组日前举行报告会，邀请全国人大常委会副秘书长王万宾，就全面推进依法治国问题作专题报告。", "reported",
     [("王万宾", "专题报告", None)]),
    # a member whose name is also a place's, before the member's head and a statement (吴江常委建议)
    ("全国政协常委会议举行。王明明常委提出，创新管理体制机制；吴江常委建议，进一步加强和改进党对文艺工作的领导。", "spoke",
     ["王明明", "吴江"]),
])
def test_invited_reports_and_place_named_members(nlp, text, role, members):
    assert _roles(_meeting(nlp, text))[role] == members


@pytest.mark.parametrize(("text", "people"), [
    # a full title after a list's 等 is each member's (A、B、C等全国政协委员分别谈了…); not a group (等常委会组成人员)
    ("座谈会上，厉以宁、李毅中、陈锡文等全国政协委员分别谈了各自的看法。",
     [("厉以宁", ["全国政协委员"]), ("李毅中", ["全国政协委员"]), ("陈锡文", ["全国政协委员"])]),
    ("全国人大常委会副委员长王兆国、路甬祥等常委会组成人员出席了会议。",
     [("王兆国", ["全国人大常委会副委员长"]), ("路甬祥", ["全国人大常委会副委员长"])]),
    # a leader's name after a title, before 发来 or 签署
    ("国家主席习近平发来贺信。", [("习近平", ["国家主席"])]),
    # a decision's list after what it decides (决定了国务院其他组成人员，A、B为…，C为…)
    ("会议根据国务院总理李克强的提名，决定了国务院其他组成人员，张高丽、刘延东为国务院副总理，杨晶为国务委员。",
     [("李克强", ["国务院总理"]), ("张高丽", ["国务院副总理"]), ("刘延东", ["国务院副总理"]), ("杨晶", ["国务委员"])]),
])
def test_titles_after_deng_decisions_and_leaders(nlp, text, people):
    assert _people_in_order(nlp, text) == people


def test_no_role_for_a_leader_spoken_for_or_whose_meeting_is_studied(nlp):
    # the one named in what another speaks on behalf of (代表全国人大常委会和吴某委员长…表示感谢) says nothing himself
    m = _meeting(nlp, "澳门特别行政区选举会议第一次全体会议今天在澳门举行。全国人大常委会副委员长李建国主持会议并讲话。"
                      "李建国代表全国人大常委会和吴邦国委员长对各位选举会议成员表示感谢。")
    assert _roles(m)["spoke"] == ["李建国"]
    # …but a label's members still speak (企业代表A、B在座谈会上发言)
    m = _meeting(nlp, "全国政协21日下午在京召开第46次双周协商座谈会。全国政协委员马军胜、高宏峰等以及企业代表刘强东、王卫在座谈会上发言。")
    assert {"刘强东", "王卫"} <= set(_roles(m)["spoke"])
    # a meeting that the meeting studies was presided elsewhere (学习贯彻X…主持召开…座谈会时的重要讲话精神)
    rec = _record(nlp, "第24届冬奥会工作领导小组第三次全体会议1日在北京召开。组长张高丽出席会议并讲话。会议认真学习贯彻习近平总书记"
                       "2月24日主持召开北京冬奥会筹办工作座谈会时的重要讲话精神。")
    assert all("习近平" not in _roles(m)["presided"] for m in rec.meetings)


def test_a_semicolon_list_keeps_documents_named_after_an_act(nlp):
    # ；选举办法（草案）；大会选举办法: documents whose names open on 选举 or 大会, not clauses
    m = _meeting(nlp, "县人大会议预备会议举行。会议通过了大会议程;选举办法（草案）;大会选举办法。")
    assert [d.name for d in m.adopted] == ["大会议程", "选举办法（草案）", "大会选举办法"]


def test_a_decision_list_goes_on_after_a_line_break_or_a_semicolon(nlp):
    assert _people_in_order(nlp, "下午16时08分，王胜俊宣布：\n张高丽、刘延东为国务院副总理；杨晶、常万全为国务委员。") == [
        ("张高丽", ["国务院副总理"]), ("刘延东", ["国务院副总理"]), ("杨晶", ["国务委员"]), ("常万全", ["国务委员"])]


@pytest.mark.parametrize(("text", "people"), [
    # a leader after a strong title, then a verb of travel (国家主席X回到北京)
    ("结束对三国的国事访问后，国家主席习近平回到北京。", [("习近平", ["国家主席"])]),
    # a page cut inside the verb after a titled list: the last name still ends before the cut word (…、李某出|)
    ("省委召开全面深化改革委员会会议。省委常委、省委深改委副主任陈立华、赵明远出", [
        ("陈立华", ["省委常委", "省委深改委副主任"]), ("赵明远", ["省委常委", "省委深改委副主任"])]),
    # 同 before a country is "with", no part of the title after it (…在迎宾馆同日本首相X…)
    ("国务院总理王建国在迎宾馆同日本首相田中一郎、韩国总统李明博共同出席领导人会议。",
     [("王建国", ["国务院总理"]), ("田中一郎", ["日本首相"]), ("李明博", ["韩国总统"])]),
    # a removal that names the posts right after the name, two posts joined by 和
    ("会议决定免去张建国县人民政府副县长职务。", [("张建国", ["县人民政府副县长"])]),
    ("常委会通过了关于免去刘志宏市政协常务委员和提案委员会副主任职务的决定。",
     [("刘志宏", ["市政协常务委员", "提案委员会副主任"])]),
    # a bare list item of four characters after a surname of one is no name (…的宋赛邀请，总理X)
    ("应柬埔寨首相的洪森邀请，国务院总理王建国抵达金边。", [("王建国", ["国务院总理"])]),
])
def test_travel_cut_pages_foreign_partners_and_removals(nlp, text, people):
    assert _people_in_order(nlp, text) == people


def test_a_relayed_instruction_then_presiding_and_an_explanation_quoted(nlp):
    # X在会上传达了Y的重要指示并主持会议: X presided, and reported the instruction (not the rest of the clause)
    m = _meeting(nlp, "全省农村工作座谈会召开。省委书记李国强出席并讲话。\n省委副书记陈明在会上传达了王建国总书记的重要指示并主持会议。")
    assert _roles(m)["presided"] == ["陈明"]
    assert _roles(m)["reported"] == [("陈明", "王建国总书记的重要指示", None)]
    # X在作说明时指出 / X说: the author of an explanation given here quotes it, no speech of his own (SPEC)
    m = _meeting(nlp, "市人大常委会第十次会议开幕。受市政府委托，副市长张华作关于城市规划条例草案的说明。\n"
                      "张华在作说明时指出，制定条例十分必要。张华说，草案共六章。")
    assert _roles(m)["spoke"] == []
    assert _roles(m)["reported"] == [("张华", "关于城市规划条例草案的说明", "市政府")]


@pytest.mark.parametrize("text", [
    # what the meeting is to do, told at its opening, is no adoption (主要议程有：审议通过…; 会议的主要内容是…审议通过…)
    "政协市委员会常务委员会第十次会议开幕。本次会议主要议程有：审议通过关于召开政协第九届市委员会第三次会议的决定。",
    "民盟市委全会今天开幕。会议的主要内容是学习全会精神，听取和审议常委会工作报告，审议通过民盟市委全会决议。",
])
def test_an_agenda_is_no_adoption(nlp, text):
    assert all(m.adopted == [] for m in _record(nlp, text).meetings)


def test_a_post_heading_over_a_line_of_names(nlp):
    # a line that is only a post heads the line of names below it; a note in brackets may hold a comma
    text = ("现在播送市人民代表大会公告。\n主任\n张建华\n副主任\n李明、王芳（女）、阿依古丽·买买提 （维吾尔族）\n"
            "委员名单（按姓名笔划为序）:\n包信和，刘小平(女，壮族)，孙立\n")
    assert _people_in_order(nlp, text) == [
        ("张建华", ["主任"]), ("李明", ["副主任"]), ("王芳", ["副主任"]), ("阿依古丽·买买提", ["副主任"]),
        ("包信和", ["委员"]), ("刘小平", ["委员"]), ("孙立", ["委员"])]


@pytest.mark.parametrize(("text", "role", "expected"), [
    # a report laid before the meeting (向会议提出…报告和…草案)
    ("市人大常委会第三次会议举行第二次全体会议。受市政府委托，市财政局局长王立新向会议提出2023年市级决算报告和决算草案。",
     "reported", [("王立新", "2023年市级决算报告和决算草案", "市政府")]),
    # on behalf of one body, and entrusted by another, an explanation of a draft (代表A，并受B委托，对…作了说明)
    ("市人大常委会第九次会议举行。市中级人民法院院长周平代表市中级人民法院，并受市人民检察院委托，对关于开展速裁程序试点"
     "工作的决定草案作了说明。周平表示，推动繁简分流是迫切需要。", "reported", [("周平", "说明", "市中级人民法院")]),
    # one of those present (与会的…副部长X表示)
    ("二十国集团财长和央行行长会议在华盛顿举行。与会的中国财政部副部长朱光耀表示，全球经济面临不确定性。",
     "attended", ["朱光耀"]),
    # names in transliteration before their titles (由A-B副主任主持, 听取了C副主任作的…报告)
    ("市人大常委会第三十次会议举行第三次全体会议。会议由司马义-铁力瓦尔地副主任主持。", "presided", ["司马义-铁力瓦尔地"]),
    ("市人大常委会第三十次会议举行第三次全体会议。会议听取了乌云其木格副主任作的关于检查农业法实施情况的报告。",
     "reported", [("乌云其木格", "关于检查农业法实施情况的报告", None)]),
    # a dotted name of one character after its dot, then the role verb (主席让·平出席)
    ("中非合作论坛部长级会议开幕。非盟委员会主席让·平出席开幕式。", "attended", ["让·平"]),
])
def test_laid_reports_explanations_presence_and_transliterated_names(nlp, text, role, expected):
    roles = _roles(_meeting(nlp, text))
    assert roles[role] == expected
    if role == "reported":
        assert roles["spoke"] == []  # (the author's statements quote the report)


def test_a_country_before_a_title_is_no_name(nlp):
    assert _people_in_order(nlp, "会议在吉隆坡举行。马来西亚总理纳吉布出席。") == [("纳吉布", ["马来西亚总理"])]


@pytest.mark.parametrize(("text", "people"), [
    # the posts a person held, listed after 曾任 (a 、 inside a term is no separator: 第六、七届…)
    ("纪念王国华同志诞辰100周年座谈会举行。\n王国华同志曾任国家副主席，第六、七届全国人大常委会副委员长，全国工商联主席。",
     [("王国华", ["国家副主席", "第六、七届全国人大常委会副委员长", "全国工商联主席"])]),
    ("座谈会在京举行。李建军同志曾任空军政委、司令员，中央军委委员。",
     [("李建军", ["空军政委", "司令员", "中央军委委员"])]),
    # one who leads the oath (新任命的…副主任委员X领誓)
    ("宪法宣誓仪式举行。新任命的市人大财政经济委员会副主任委员刘平领誓。", [("刘平", ["市人大财政经济委员会副主任委员"])]),
])
def test_posts_held_and_an_oath_leader(nlp, text, people):
    assert _people_in_order(nlp, text) == people


def test_a_law_and_a_counted_decision_a_vote_prepared_and_a_session_reviewing_in_groups(nlp):
    # a law, then 和 and a counted decision that opens on 关于: two documents
    m = _meeting(nlp, "市人大常委会第三次会议闭幕。会议表决通过了市物业管理条例和关于修改市文物保护条例等5部地方性法规的决定。")
    assert [d.name for d in m.adopted] == ["市物业管理条例", "关于修改市文物保护条例等5部地方性法规的决定"]
    # what was done with a document before the vote is no part of its name (经各代表团酝酿的…)
    m = _meeting(nlp, "县人民代表大会主席团第二次会议举行。会议通过了经各代表团酝酿的大会选举办法。")
    assert [d.name for d in m.adopted] == ["大会选举办法"]
    # a session named as the subject of its review in groups on a day (…第十二次会议今天上午分组审议…)
    m = _meeting(nlp, "市人大常委会第十二次会议今天上午分组审议市政府关于新农村建设工作情况的报告。王强主任参加审议和询问。")
    assert (m.name, _roles(m)["attended"]) == ("市人大常委会第十二次会议", ["王强"])
    # a study session carried out (…组成人员24日进行专题学习…，X主任主持并讲话)
    m = _meeting(nlp, "市人大常委会主任会议组成人员24日进行专题学习，围绕人大立法工作进行学习讨论，王强主任主持并讲话。")
    assert (_roles(m)["presided"], _roles(m)["spoke"]) == (["王强"], ["王强"])


@pytest.mark.parametrize(("text", "role", "expected"), [
    # a tour, a comma, then presiding and a speech (X近日在…考察，主持召开…座谈会并发表重要讲话)
    ("省委书记王强近日在南部三市考察，主持召开推进乡村振兴座谈会并发表重要讲话。", "presided", ["王强"]),
    ("省委书记王强近日在南部三市考察，主持召开推进乡村振兴座谈会并发表重要讲话。", "spoke", ["王强"]),
    # the subject attends with the partner named after 与 (A13日下午与B在…共同出席…)
    ("国务院总理李建国13日下午与德国总理默克尔在人民大会堂共同出席中德经济顾问委员会座谈会。", "attended", ["李建国", "默克尔"]),
])
def test_tours_that_preside_and_partners_who_attend(nlp, text, role, expected):
    assert _roles(_meeting(nlp, text))[role] == expected


@pytest.mark.parametrize(("text", "people"), [
    # after a title, a name of two before a word the tables lack (副会长蔡进|带来了…)
    ("在座谈会上，中国物流与采购联合会副会长蔡进带来了最新数据。", [("蔡进", ["中国物流与采购联合会副会长"])]),
    # 协同 is a word of a body's name, no "with" (京津冀协同发展领导小组组长)
    ("国务院副总理、京津冀协同发展领导小组组长韩正出席会议。", [("韩正", ["国务院副总理", "京津冀协同发展领导小组组长"])]),
])
def test_a_name_before_an_unknown_word_and_a_body_holding_xietong(nlp, text, people):
    assert _people_in_order(nlp, text) == people


@pytest.mark.parametrize(("text", "adopted"), [
    # measures, an action plan with its years and a proposal are documents (…若干措施、…三年行动(2024—2026年))
    ("县政府常务会议召开。会议审议通过了平安县支持中小企业发展若干措施、平安县乡村振兴三年行动(2024—2026年)和全县文明"
     "乡风倡议书。", ["平安县支持中小企业发展若干措施", "平安县乡村振兴三年行动（2024—2026年）", "全县文明乡风倡议书"]),
    # two plans sharing their body, two reports joined by 和
    ("市人大常委会主任会议召开。会议通过了市人大常委会2024年度立法工作计划和市人大常委会2024年度监督工作计划。",
     ["市人大常委会2024年度立法工作计划", "市人大常委会2024年度监督工作计划"]),
    ("公司股东大会召开。会议审议通过了公司工作报告和财务报告。", ["公司工作报告", "财务报告"]),
    # what the session is to do, clause after clause, is no adoption (代表将…，选举…，表决通过…)
    ("县第五届人民代表大会第五次会议开幕。会议期间，县人大代表将依法履行职责，选举县长，补选县人大常委会委员，表决通过县人大"
     "专门委员会组成人员名单。", []),
    # books the vote passed, written before the passive verb (《A》《B》均获全票通过；《C》以…票…获得通过)
    ("村民代表会议召开。会议以举手方式逐项表决。《桃源村村规民约（修订稿）》《桃源村土地流转收益分配方案》均获全票通过；"
     "《桃源村公益设施建设实施方案》以31票同意、3票反对获得通过。",
     ["桃源村村规民约（修订稿）", "桃源村土地流转收益分配方案", "桃源村公益设施建设实施方案"]),
])
def test_local_documents_and_a_session_to_come(nlp, text, adopted):
    assert [d.name for d in _meeting(nlp, text).adopted] == adopted


@pytest.mark.parametrize(("text", "spoke"), [
    # an adverb before the list's marker, a described member, a statement each says (A、B也分别结合…提出意见)
    ("区政协召开专题协商会。区农科所所长周海平、养殖大户李红也分别结合工作实际提出意见。", ["李红", "周海平"]),
    # where the member says it (X代表在审议时建议)
    ("镇人民代表大会举行第二次全体会议。石大林代表在审议时建议，加快集贸市场改造。", ["石大林"]),
    # members joined by 和 before their head and a topic (A和B委员围绕…联合发言)
    ("区政协召开常委会议。韩雪和彭立军委员围绕老旧小区改造问题联合发言。", ["韩雪", "彭立军"]),
    # a comma roster closed by 也在会上发言
    # (the last member a name the statistics find unusual: only the roster's close licenses it)
    ("市政协召开协商会。市工商联副主席、某纺织有限公司总经理许建华，无党派人士魏嘉敏，以及农户代表沈阿毛也在会上发言。",
     ["沈阿毛", "魏嘉敏", "许建华"]),
    # views and a lecture as speech (围绕…谈认识; 应邀出席并作…专题辅导)
    ("支行党委理论学习中心组召开学习会。副行长何志远围绕“两个确立”谈认识。", ["何志远"]),
    ("镇召开安全生产工作会议。县应急管理局副局长邓国强应邀出席并作安全生产专题辅导。", ["邓国强"]),
])
def test_members_who_speak_in_lists_and_at_review(nlp, text, spoke):
    assert _roles(_meeting(nlp, text))["spoke"] == spoke


@pytest.mark.parametrize(("text", "role", "expected"), [
    # a report named before its author (…的报告，报告由局长X受市政府委托作出)
    ("市人大常委会举行会议。会议听取了市政府关于菜篮子工程建设情况的报告，报告由市农业农村局局长陶建新受市政府委托作出。",
     "reported", [("陶建新", "市政府关于菜篮子工程建设情况的报告", "市政府")]),
    # a lecture to its audience (X为全村党员讲专题党课)
    ("村党支部开展主题党日活动。镇党委书记罗布次仁为全村党员讲专题党课。", "spoke", ["罗布次仁"]),
    # the first to speak, a reply, an answer (率先发言; X回应，…; 就…进行了解答)
    ("社区召开居民议事会。居民代表吴淑华率先发言。区住建局副局长卓玛次仁回应，将加快审批。律师郑安华就费用分摊问题进行了解答。",
     "spoke", ["吴淑华", "卓玛次仁", "郑安华"]),
    # a comma roster of titled members whose bodies hold a place in brackets, a hyphen or 上海/同济 (…等12位代表依次发言)
    ("市委召开德资企业圆桌会议。克恩-里伯斯（太仓）有限公司总经理克劳斯·迈尔，通快（中国）有限公司总裁托马斯·韦伯，德国工商大会"
     "上海代表处首席代表莱娜·克劳斯，同济大学中德学院教授吴德明等4位代表依次发言。", "spoke",
     ["吴德明", "莱娜·克劳斯", "托马斯·韦伯", "克劳斯·迈尔"]),
])
def test_passive_reports_lectures_replies_and_foreign_rosters(nlp, text, role, expected):
    assert _roles(_meeting(nlp, text))[role] == expected


def test_a_korean_name_ending_in_ri_before_the_rostrum(nlp):
    # a given name ending in 日 (Korean), the list's last item before 在主席台…就座: the whole item, and the roster sat
    m = _meeting(nlp, "镇人民代表大会开幕。大会主席团成员金成哲、朴永浩、玄明淑、韩东日在主席台前排就座。")
    assert _roles(m)["attended"] == ["韩东日", "玄明淑", "朴永浩", "金成哲"]


def test_a_statement_on_arrival_at_the_airport_is_no_speech_at_the_meeting(nlp):
    # 抵达…，出席…会议 / X在机场发表书面讲话。X指出，…: the statement and what it says are given on arrival
    rec = _record(nlp, "10日，国家主席邝远平抵达河内，出席东亚领导人会议。\n邝远平在机场发表书面讲话。邝远平指出，两国是友好邻邦。")
    assert all(not m.spoke for m in rec.meetings)


def test_a_title_after_a_name_then_the_next_items_titles_after_a_comma(nlp):
    # …会长扎西尼玛活佛，山南市…住持尼玛次旦等7位代表人士先后发言: the title after a found name is its own, and the
    # next item's titles after the comma are the next name's
    m = _meeting(nlp, "全区宗教界人士迎新春座谈会召开。市佛教协会副会长土登旺久，市佛教协会会长扎西尼玛活佛，山南市佛教协会副会长、"
                      "桑耶寺住持尼玛次旦等7位代表人士先后发言。")
    assert _roles(m)["spoke"] == ["尼玛次旦", "扎西尼玛", "土登旺久"]


def test_a_speakers_roster_label_licenses_names_with_their_units_in_brackets(nlp):
    # 作表态发言的有：A（某村委会）、B（…）: the label licenses names no statistics know (Dai names)
    m = _meeting(nlp, "全乡人居环境整治推进会召开。\n作表态发言的有：岩罕龙（曼令村委会）、白批（南楞村委会）。")
    assert _roles(m)["spoke"] == ["岩罕龙", "白批"]


def test_a_meeting_named_before_its_presider_after_a_dateline(nlp):
    # 11月2日，市长办公会议由X召集并主持，…负责同志参加会议: the meeting presided, not who attends it
    m = _meeting(nlp, "11月2日，市长办公会议由副市长汤建国召集并主持，市住建局、市城管局等部门负责同志参加会议。")
    assert m.name == "市长办公会议"
    assert _roles(m)["presided"] == ["汤建国"]


@pytest.mark.parametrize(("text", "role", "expected"), [
    # arrangements made on a topic (就下步工作作出安排)
    ("县政府召开秋冬季农业生产调度会。会上，县农业农村局主要负责人汇报了秋收进度，县委副书记、县长邵国华就下步工作作出安排。",
     "spoke", ["邵国华"]),
    # members with their firms in brackets, names no statistics license alone (X（县某某有限公司）、Y（…）分别发言)
    ("县工商联召开民营企业家座谈会。企业家代表罗德海（县青禾农业开发有限公司）、孔若兰（县远航电子商务有限公司）分别发言。",
     "spoke", ["孔若兰", "罗德海"]),
    # a comma roster, a comma, then where and how it spoke (…，在会上依次发言)
    ("乡政府召开旅游发展座谈会。山背村党支部书记邹建明，县民宿协会会长卜秀云，在会上依次发言。", "spoke", ["卜秀云", "邹建明"]),
    # a speakers' roster after its label runs to its sentence's end; descriptions of the members (农家乐业主, 网格员)
    ("镇里召开民宿发展座谈会。\n作交流发言的有：溪口村党总支书记葛明华，农家乐业主甘丽萍、伍国庆，网格员柯秋月。", "spoke",
     ["葛明华", "甘丽萍", "伍国庆", "柯秋月"]),
    # a member's unit in brackets before the topic (…，X（某合作社）着重就…发言); two characters of transliteration after a
    # descriptor (茶农代表扎洛)
    ("县里召开茶产业推进会。县茶厂副总经理吴清远，乡党委书记段志明，果园村茶农代表扎洛，岩温罕（曼岗茶叶专业合作社）着重就古茶园保护等"
     "问题发言。", "spoke", ["岩温罕", "扎洛", "段志明", "吴清远"]),
    # a Tibetan name before the list's marker, which reads as transliteration too (乡长达瓦曲扎|依次汇报了)
    ("县里召开春耕生产调度会。江北乡党委书记格桑多吉，曲美乡乡长达瓦曲扎依次汇报了春耕备耕情况。", "reported", ["达瓦曲扎", "格桑多吉"]),
    # a roster counted after its last member, a topic, then its marker (…等8名代表，围绕…，先后作了交流发言); a member
    # described by a word for a person (电商带头人X)
    ("镇里召开乡村振兴推进会。村党组织书记黄秀兰、罗志坚，返乡创业青年覃小虎，电商带头人蒙秀丽，以及防返贫监测信息员卢海英等8名代表，"
     "围绕产业发展等工作，先后作了交流发言。", "spoke", ["卢海英", "蒙秀丽", "覃小虎", "罗志坚", "黄秀兰"]),
    # a marked list of reports across a member whose post no table holds (…运营主管X等依次汇报了)
    ("街道召开项目推进会。县瑞丰种业有限公司总经理王建林，街道城建办主任田茂生，县农产品电商产业园运营主管周建华等依次汇报了项目进展。",
     "reported", ["周建华", "田茂生", "王建林"]),
    # a roster that each gives views (各抒己见), its last member described at length after 以及
    ("镇里召开座谈会。竹林村村民隆秀芳、施光明，县农技站农艺师麻春生，以及在村里开民宿的外地客商刘远航各抒己见。", "spoke",
     ["刘远航", "麻春生", "施光明", "隆秀芳"]),
    # a descriptor, then two names joined by 和 (茶农代表A和B); the descriptor itself is no name (茶农)
    ("镇里召开白茶产业座谈会。县白茶专业合作社理事长郑秀兰、茶农代表蓝水生和钟秋花、村党支部书记王建中相继发言。", "spoke",
     ["王建中", "钟秋花", "蓝水生", "郑秀兰"]),
])
def test_local_rosters_with_units_descriptions_and_distant_verbs(nlp, text, role, expected):
    assert [r.who for r in getattr(_meeting(nlp, text), role)] == expected


@pytest.mark.parametrize(("text", "people"), [
    # a township that convenes, and the source line that names it, are no persons
    ("松岭镇召开党委会议\n发布时间：2021-03-16　　来源：松岭镇　　浏览次数：\n3月15日上午，镇党委书记钟福海召开镇党委会议。", ["钟福海"]),
    ("县里召开春耕生产调度会。江北乡党委书记格桑多吉，曲美乡乡长达瓦曲扎依次汇报了春耕备耕情况。", ["格桑多吉", "达瓦曲扎"]),
    # a dotted name before 家中 (at X's home)
    ("代表团来到哈萨克族牧民叶尔兰·木哈买提家中，与一家人亲切交谈。", ["叶尔兰·木哈买提"]),
])
def test_townships_are_no_names_and_a_home_ends_a_dotted_name(nlp, text, people):
    assert [p.name for p in _record(nlp, text).people] == people


def test_two_leaders_titled_after_their_names_without_a_separator(nlp):
    # 受A总书记B总理委托: the second title belongs to B, written after B; the chain before B is emptied (this crashed)
    rec = _record(nlp, "受江泽民总书记李鹏总理委托，国务院副总理到张家口慰问地震灾区军民。")
    assert _titles(rec) == {"江泽民": ["总书记"], "李鹏": ["总理"]}


@pytest.mark.parametrize(("text", "role", "expected"), [
    # attending, a comma, then reviewing each (出席会议，逐一点评…)
    ("区里召开镇街工作点评会。区委书记冼卓明出席会议，逐一点评10个镇街工作。", "spoke", ["冼卓明"]),
    # presiding, then what is asked while presiding (主持会议，并在主持时要求…)
    ("区教育局召开秋季开学工作会议。副局长冯建民主持会议，并在主持时要求各校认真落实。", "spoke", ["冯建民"]),
    # a member who raises a problem (X反映，…) and officials who answer on the spot (现场答疑)
    ("市政府召开企业家座谈会。某食品有限公司总经理丁雅芬反映，部分企业资金周转困难。市工信局局长林志刚、市人社局副局长苏建明等部门负责人"
     "现场答疑。", "spoke", ["丁雅芬", "苏建明", "林志刚"]),
    # a visit to guide the meeting (莅临会议指导)
    ("镇人民代表大会开幕。县人大常委会副主任赵新华莅临会议指导。", "attended", ["赵新华"]),
    # attending, then a talk on a policy (应邀出席并就…作宣讲); an exchange of experience (作经验交流)
    ("街道召开推进大会。区经济促进局副局长欧阳慧芳应邀出席并就区2022年扶持实体经济发展若干政策作宣讲。", "spoke", ["欧阳慧芳"]),
    ("区教育局召开校园安全工作会议。福台中学校长牛正明、西关小学校长何晓芳作经验交流。", "spoke", ["何晓芳", "牛正明"]),
    # a topic, a comma, then an adverb of manner before the report (结合…，逐章领学了…)
    ("街道召开党纪学习教育读书班。办事处副主任陈思源结合具体案例，逐章领学了《中国共产党纪律处分条例》。", "reported", ["陈思源"]),
    # a two-character name in transliteration after a title, before the role (村委会主任扎约主持)
    ("贺开村召开村民代表会议。会议由村党总支书记、村委会主任扎约主持。", "presided", ["扎约"]),
])
def test_reviews_answers_visits_and_titled_transliterated_names(nlp, text, role, expected):
    assert [r.who for r in getattr(_meeting(nlp, text), role)] == expected


def test_he_after_words_that_name_a_leader_is_their_speaker(nlp):
    # X在讲话中指出，要牢记习近平总书记…的嘱托。他强调…: 他 is X, not the leader named inside X's words
    m = _meeting(nlp, "全市农业农村工作会议召开。市委书记褚卫平出席并讲话。褚卫平在讲话中指出，要牢记习近平总书记“给农业插上科技的翅膀”"
                      "的殷殷嘱托。他强调，要守牢粮食安全底线。")
    assert _roles(m)["spoke"] == ["褚卫平"]


def test_an_adverb_after_a_title_is_no_transliterated_name(nlp):
    assert [p.name for p in _record(nlp, "大家认为，总书记再次强调“三个没有变”重要论断。").people] == []


def test_a_name_ending_in_he_before_its_title_and_a_role(nlp):
    # 甘某和委员长主持: 和 ends the name before the title and the role, it joins no second name
    m = _meeting(nlp, "十四届全国人大常委会第十五次会议30日下午在北京闭幕。甘庆和委员长主持。")
    assert _roles(m)["presided"] == ["甘庆和"]


@pytest.mark.parametrize(("text", "people"), [
    # a closing byline of the writer's place or unit, a space, then the writer (SPEC: a person with no title)
    ("乡里召开森林草原防灭火工作会议。乡长王卫东主持。\n（紫金乡　次仁央宗）", ["王卫东", "次仁央宗"]),
    ("县人大常委会召开主任会议。\n（县人大常委会办公室　阿育伍呷）", ["阿育伍呷"]),
    ("村里召开村民代表大会。\n（西江镇　侯德英　文/图）", ["侯德英"]),
])
def test_closing_bylines_after_the_writers_unit(nlp, text, people):
    assert [p.name for p in _record(nlp, text).people] == people


def test_a_headline_that_sums_up_the_laws_passed_names_the_first(nlp):
    # 表决通过…条例等法规和决议: the law named, not the summary (关于修改…等15部法律的决定 stays one decision)
    m = _meeting(nlp, "省十四届人大常委会第十次会议闭幕\n表决通过青海省湟水河流域保护条例等法规和决议\n9月27日上午，青海省第十四届人民代表大会"
                      "常务委员会第十次会议闭幕。会议表决通过了青海省湟水河流域保护条例。")
    assert [d.name for d in m.adopted] == ["青海省湟水河流域保护条例"]
    m = _meeting(nlp, "全国人大常委会第十次会议闭幕。会议表决通过了关于修改《中华人民共和国野生动物保护法》等15部法律的决定。")
    assert [d.name for d in m.adopted] == ["关于修改中华人民共和国野生动物保护法等15部法律的决定"]


@pytest.mark.parametrize(("text", "role", "expected"), [
    # a clause of the subject's own, then the presence (X在广西调研，并出席…座谈会; X访问…总部，出席…会议并发表主旨演讲)
    ("全国民族团结进步表彰工作座谈会在南宁召开。全国人大常委会副委员长钟立民3日至4日在广西调研，并出席座谈会。", "attended", ["钟立民"]),
    ("国家主席韦新元当地时间5月8日访问世界卫生组织总部，出席全球卫生合作高级别会议并发表主旨演讲。", "spoke", ["韦新元"]),
    ("国家主席韦新元当地时间5月8日访问世界卫生组织总部，出席全球卫生合作高级别会议并发表主旨演讲。", "attended", ["韦新元"]),
    # …after an invitation that names its host (应X的邀请，Y…，出席…)
    ("应世界卫生组织总干事谭德塞的邀请，国家主席韦新元访问世界卫生组织总部，出席全球卫生合作高级别会议。", "attended", ["韦新元"]),
    # attending is when the speaker speaks (X总理在出席…时发表讲话指出); 与会 is attending (应邀与会并讲话)
    ("澜湄合作领导人第五次会议在万象举行。潘振国总理在出席会议时发表讲话指出，六国合作成果丰硕。", "attended", ["潘振国"]),
    ("海洋权益问题座谈会在北京举行。外交部部长助理雷思远应邀与会并讲话。", "attended", ["雷思远"]),
    # a label that opens on a role's verb is no clause: the comma roster runs on (…，列席人员D先后发言)
    ("县人大常委会召开第十二次会议。委员王振华、李建波、张国华，列席人员赵丽萍先后发言。", "spoke",
     ["赵丽萍", "张国华", "李建波", "王振华"]),
    # a member who asks at the meeting for what is next (对…提出要求)
    ("全县安全生产工作会议召开。县长邵一鸣对下半年工作提出要求。", "spoke", ["邵一鸣"]),
    # relaying another's report is a report of one's own (传达了…在…上所作报告的主要内容)
    ("县供电公司召开党委扩大会议。公司党委副书记孔秀梅传达了习近平总书记在党的二十大开幕会上所作报告的主要内容。", "reported", ["孔秀梅"]),
    # a roster whose members take turns on topics (…等10位委员，或聚焦…，或关注…，先后登台发言)
    ("市政协举行大会发言。委员马哈木提，农工党市委会委员赵书琴，市医院院长杨索南措，来自临夏的委员韩丽等10位委员，或聚焦产业发展，"
     "或关注民生冷暖，先后登台发言。", "spoke", ["韩丽", "杨索南措", "赵书琴", "马哈木提"]),
    # a roster before the aspects it covers (从…等各自最关心的领域，逐一发言); a Mongolian name ending in 和 as an item
    ("市政府召开座谈会。金宇农牧科技有限公司技术员朝鲁门，个体工商户李秀兰，返乡创业青年巴图孟和，市民代表王强等8名基层代表，"
     "从社区治理、营商环境等各自最关心的领域，逐一发言。", "spoke", ["王强", "巴图孟和", "李秀兰", "朝鲁门"]),
    # a Yi name ending in 作 before the role, and as a list's item
    ("乡里召开脱贫攻坚推进会。乡党委书记阿西拉作主持会议。", "presided", ["阿西拉作"]),
    ("乡里召开村民代表座谈会。村民代表阿西拉作、吉克石布先后发言。", "spoke", ["吉克石布", "阿西拉作"]),
])
def test_presence_after_a_clause_and_rosters_over_labels_topics_and_minority_names(nlp, text, role, expected):
    assert [r.who for r in getattr(_meeting(nlp, text), role)] == expected


def test_a_yi_name_before_a_report_keeps_its_zuo_as_the_verb(nlp):
    # 阿西拉|作报告: 作 starts the report, the name has three characters
    assert [r.who for r in _meeting(nlp, "乡里召开干部大会。乡党委书记阿西拉作报告。").reported] == ["阿西拉"]


@pytest.mark.parametrize(("text", "titles"), [
    # the posts of one commemorated, after 同志是 (a dotted name whole)
    ("纪念王仲明同志诞辰100周年座谈会在京举行。王仲明同志是中国共产党十二届中央委员、中央书记处书记，原中央顾问委员会委员。",
     {"王仲明": ["中国共产党十二届中央委员", "中央书记处书记", "原中央顾问委员会委员"]}),
    ("纪念阿不都·热合曼同志诞辰100周年座谈会在京举行。阿不都·热合曼同志是第五届全国人民代表大会常务委员会副委员长。",
     {"阿不都·热合曼": ["第五届全国人民代表大会常务委员会副委员长"]}),
    # a roster's group of members after a comma (主任A、副主任B、C，委员D、E)
    ("会议任命了委员会组成人员。他们是：主任李飞扬、副主任梁思诗、张荣国，委员刘志强、陈弘远。",
     {"李飞扬": ["主任"], "梁思诗": ["副主任"], "张荣国": ["副主任"], "刘志强": ["委员"], "陈弘远": ["委员"]}),
    # a minority name of four between two 、 of a titled list shares the title
    ("省政协副主席宋建华、仁青东珠、高蕾在主席台前排就座。",
     {"宋建华": ["省政协副主席"], "仁青东珠": ["省政协副主席"], "高蕾": ["省政协副主席"]}),
    # a company's post (技术员) and a lawyer's (主任律师) before the name
    ("街道召开企业座谈会。金宇农牧科技有限公司技术员朝鲁门，恒信律师事务所主任律师赵文博先后发言。",
     {"朝鲁门": ["金宇农牧科技有限公司技术员"], "赵文博": ["恒信律师事务所主任律师"]}),
])
def test_posts_of_the_commemorated_and_titles_shared_by_a_group(nlp, text, titles):
    assert _titles(_record(nlp, text)) == titles


@pytest.mark.parametrize(("raw", "clean"), [
    # a two-character name padded in a spaced byline, after another name, or after a word for a member
    ("（记者 马晓燕 王　磊）", "（记者 马晓燕 王磊）"),
    ("作者：林晓彤 吴　迪　发布时间：2025-04-17", "作者：林晓彤 吴迪 发布时间：2025-04-17"),
    ("新就业群体代表、外卖骑手高　鹏先后发言。", "新就业群体代表、外卖骑手高鹏先后发言。"),
    # …or after a decision's verb (选举黄　凯为…, 增选朱　琦、…)
    ("选举黄　凯为县人民法院院长；增选朱　琦、黄海涛为常务委员。", "选举黄凯为县人民法院院长；增选朱琦、黄海涛为常务委员。"),
    # …but not two names of a spaced roster, nor a name's end before the next name
    ("出席：王 芳 赵 明", "出席：王芳 赵明"),
    ("（施民法 田琦琦）", "（施民法 田琦琦）"),
])
def test_padded_names_in_bylines_and_after_member_words(raw, clean):
    from huiyi.pipeline.clean import clean_text
    assert clean_text(raw) == clean


@pytest.mark.parametrize(("text", "people"), [
    # names that own an instruction in an object (宣读了A重要指示和B批示)
    ("全国国有企业改革座谈会召开。国务委员王建勇宣读了习近平重要指示和李克强批示并主持会议。", ["王建勇", "习近平", "李克强"]),
    # a pair's joint act (A与B共同出席), the second a transliteration; a title before 将
    ("当天上午，李克强与默克尔共同出席中德经济顾问委员会座谈会。", ["李克强", "默克尔"]),
    ("国务院总理李克强将出席大湄公河次区域经济合作第五次会议。", ["李克强"]),
    # a transliterated name opening its clause before attending
    ("纪念杨静仁同志诞辰100周年座谈会在京举行。夏宝龙主持座谈会。巴特尔出席座谈会。", ["杨静仁", "夏宝龙", "巴特尔"]),
    # …but no name: an idiom after a counted descriptor, a university before a professor, a byline's own word,
    # 与 after words that are no names, a given name's end before 一同志
    ("全村46名党员、31名村民代表齐聚一堂，街道包村干部孙倩列席会议。", ["孙倩"]),
    ("乡贤座谈会召开。退休教师毛佩琴、宁波大学教授周思远先后发言。", ["毛佩琴", "周思远"]),
    ("镇党委书记钟永福在闭幕会上讲话。\n（禾丰镇党政办 供稿　谢小红）", ["钟永福", "谢小红"]),
    ("他始终与群众呼吸相通，甘苦与共。陆定一同志还亲自撰写了文章。", []),
])
def test_names_in_objects_pairs_and_clause_starts(nlp, text, people):
    assert [p.name for p in _record(nlp, text).people] == people


@pytest.mark.parametrize(("text", "titles"), [
    # a praise after 同志是, then the posts held (曾担任…)
    ("纪念杨静仁同志诞辰100周年座谈会在京举行。杨静仁同志是党和国家民族工作卓越的领导人，曾担任国务院副总理，第五、六、七、八届全国政协副主席。",
     {"杨静仁": ["国务院副总理", "第五、六、七、八届全国政协副主席"]}),
    # 党办|主任 in a list, not a name 党办主; 理事长|多吉, not 长多吉
    ("会议听取了汇报。纪委书记祝丽萍、党办主任季春燕分别作了汇报。", {"祝丽萍": ["纪委书记"], "季春燕": ["党办主任"]}),
    ("牧业专业合作社理事长多吉，自治区政协委员扎西顿珠先后发言。",
     {"多吉": ["牧业专业合作社理事长"], "扎西顿珠": ["自治区政协委员"]}),
    # Yi clan names: 阿的 holds 的; a village's clerk (村文书); a work team's member after its unit
    ("村委会主任阿的日火，村监委会主任海来阿支参加。", {"阿的日火": ["村委会主任"], "海来阿支": ["村监委会主任"]}),
    ("会上，村文书曲比阿果宣读了《村规民约》。", {"曲比阿果": ["村文书"]}),
    ("会上，自治区林草局驻村工作队员俄木拉惹通报了情况。", {"俄木拉惹": ["自治区林草局驻村工作队员"]}),
])
def test_posts_after_a_praise_and_titles_that_end_where_names_begin(nlp, text, titles):
    assert _titles(_record(nlp, text)) == titles


@pytest.mark.parametrize(("text", "role", "expected"), [
    # the first to speak (第一个发言); each of a list examines himself (逐一进行个人检视剖析)
    ("市委召开民营企业家座谈会。永源汽车部件股份有限公司董事长陈国富第一个发言。", "spoke", ["陈国富"]),
    ("乡党委召开专题民主生活会。乡党委副书记格桑曲珍、张卫东，乡人大主席团主席拉巴扎西逐一进行个人检视剖析。", "reported",
     ["拉巴扎西", "张卫东", "格桑曲珍"]),
])
def test_first_speakers_and_self_examinations(nlp, text, role, expected):
    assert [r.who for r in getattr(_meeting(nlp, text), role)] == expected


@pytest.mark.parametrize(("text", "role", "expected"), [
    # a roster, then short clauses of how it went about it, then its marker (…，紧扣主题，对照党章党规，逐一作对照检查)
    ("省政府党组召开民主生活会。副省长、党组成员陈玉华、马骏，省政府秘书长、党组成员周必成，紧扣主题，对照党章党规，"
     "联系分管领域工作和个人思想实际，逐一作对照检查。", "reported", ["周必成", "马骏", "陈玉华"]),
    # a described member whose name no rule reads does not lose the roster (…拉面经营户冶某、…)
    ("县委召开基层代表座谈会。乡村医生才让卓玛、返乡创业拉面经营户冶国庆、快递网点负责人李春晖等3名代表依次发言。", "spoke",
     ["李春晖", "才让卓玛"]),
    # after a briefing, presenting what comes next is a speech (通报了…，介绍了…的考虑)
    ("党外人士座谈会在中南海召开。国务院总理王振国通报了上半年经济工作有关情况，介绍了中共中央关于下半年经济工作的考虑。", "spoke",
     ["王振国"]),
    # 他 after a comrade named in what the sentence's subject does is the subject (X回顾了Y同志…的一生。他指出)
    ("纪念洪建国同志诞辰100周年座谈会在京举行。中央军委副主席范长青全面回顾了洪建国同志忠诚于党的一生。他指出，要继承光荣传统。",
     "spoke", ["范长青"]),
])
def test_rosters_over_clauses_and_speeches_after_briefings(nlp, text, role, expected):
    assert [r.who for r in getattr(_meeting(nlp, text), role)] == expected


def test_an_explanation_that_presents_its_content_is_no_speech(nlp):
    m = _meeting(nlp, "全国人大常委会举行全体会议。受委员长会议委托，法制工作委员会副主任张荣华作了关于解释草案的说明，"
                      "介绍了基本法第一百零四条的立法含意。")
    assert ([r.who for r in m.reported], [r.who for r in m.spoke]) == (["张荣华"], [])


@pytest.mark.parametrize(("text", "titles"), [
    # posts held, one of a body holding 后 (总后勤部部长兼政委)
    ("纪念洪建国同志诞辰100周年座谈会在京举行。洪建国同志曾任中央军委委员，解放军总后勤部部长兼政委，1955年被授予上将军衔。",
     {"洪建国": ["中央军委委员", "解放军总后勤部部长", "政委"]}),
    # a Tibetan reporter of two characters, closed by the byline's space
    ("本报拉萨6月23日讯（记者 央金 通讯员 李　想）23日，自治区政协召开双周协商座谈会。", {"央金": ["记者"], "李想": ["通讯员"]}),
])
def test_posts_held_and_short_byline_names(nlp, text, titles):
    assert _titles(_record(nlp, text)) == titles


def test_a_leaders_name_before_a_named_thought_is_a_person(nlp):
    rec = _record(nlp, "全国政协主席会议召开。会议强调，要以习近平新时代中国特色社会主义经济思想为指导。")
    assert [p.name for p in rec.people] == ["习近平"]


def test_a_leadership_team_is_no_name(nlp):
    rec = _record(nlp, "会议选举产生了全国工商联新一届领导班子和领导机构，高云龙当选第十二届全国工商联执行委员会主席。")
    assert [p.name for p in rec.people] == ["高云龙"]


@pytest.mark.parametrize(("text", "titles"), [
    # a committee member's head after a roster closed by 等, counted or not, before its speech: each member's title
    ("联组会上，姚爱华、何振维、武维平等3位委员，围绕加强农村基层治理发言。",
     {"姚爱华": ["委员"], "何振维": ["委员"], "武维平": ["委员"]}),
    ("联组会上，姚爱华、何振维等委员先后发言。", {"姚爱华": ["委员"], "何振维": ["委员"]}),
    # …but a counted group of delegates is a group, and a count is no title
    ("座谈会上，王建明、李振华等10位代表出席会议。", {"王建明": [], "李振华": []}),
])
def test_committee_members_closed_by_deng(nlp, text, titles):
    assert {p.name: [t.title for t in p.titles] for p in _record(nlp, text).people} == titles


def test_names_owning_an_instruction_take_no_role(nlp):
    # 传达了A重要指示和B批示精神并讲话: A and B are people, the speech and the report are the relayer's
    m = _meeting(nlp, "全国生态文明建设工作推进会议2日在湖州召开。国务院副总理张建高在会上传达了习近平重要指示和李克强批示精神并讲话。")
    assert ([r.who for r in m.spoke], [r.who for r in m.reported]) == (["张建高"], ["张建高"])


@pytest.mark.parametrize(("text", "presided"), [
    # a body chairs what its clause's subject names: another event, not this meeting
    ("9月1日，市人大常委会第九次会议闭幕。王建国主任主持会议。根据选举办法，全市选举省人大代表的工作由市人大常委会主持。",
     ["王建国"]),
    # …and this meeting where the clause names it, or names nothing before 由
    ("3月1日，县委召开全体会议。会议由县委常委会主持。", ["县委常委会"]),
    ("3月1日，全县干部大会召开，由县委主持。", ["县委"]),
])
def test_a_body_chairs_what_its_clause_names(nlp, text, presided):
    assert [r.who for r in _meeting(nlp, text).presided] == presided


def test_a_post_passed_by_the_meeting(nlp):
    # 通过X为Y: the meeting passes a person for a post, as 选举X为Y
    text = "1月6日，市党代会举行预备会议。会议通过了大会主席团名单，通过王志刚为大会秘书长。"
    assert _titles(_record(nlp, text)) == {"王志刚": ["大会秘书长"]}


def test_posts_kept_at_an_election(nlp):
    # 连任 as 当选: the post after it is the name's title (a list too); 新 opens no 连任
    text = "3月4日，县政协全会闭幕。大会选举产生了新一届常委会，张立新连任县政协主席，王　芳、李　强连任副主席。"
    assert _titles(_record(nlp, text)) == {"张立新": ["县政协主席"], "王芳": ["副主席"], "李强": ["副主席"]}


@pytest.mark.parametrize("text", [
    # a document printed whole: its title line, then the note of its passing (in brackets or as a sentence)
    "中国共产党某市第十二届委员会第五次全体会议决议\n（2024年12月28日中国共产党某市第十二届委员会第五次全体会议通过）\n"
    "中国共产党某市第十二届委员会第五次全体会议于2024年12月27日至28日举行。全会由市委常委会主持。",
    "中国共产党某市第十二届委员会第五次全体会议于2024年12月27日至28日举行。现在全文播送：中国共产党某市第十二届委员会第五次"
    "全体会议决议。\n中国共产党某市第十二届委员会第五次全体会议决议。2024年12月28日中国共产党某市第十二届委员会第五次全体会议通过。",
])
def test_a_document_with_the_note_of_its_passing(nlp, text):
    assert [d.name for d in _meeting(nlp, text).adopted] == ["中国共产党某市第十二届委员会第五次全体会议决议"]


@pytest.mark.parametrize(("text", "role", "who"), [
    # a presentation at a promotion meeting, views on a bill, sharing one's experience: speeches
    ("11月17日，某区投资环境推介会在深圳举行。区委副书记、区长梁志坚作主题推介。", "spoke", ["梁志坚"]),
    # (…but coming to answer the floor is attendance, as the subject that leads the answering bodies)
    ("11月23日，区人大常委会举行专题询问。副区长陈晓东，区财政局副局长邹丽娜到会应询。", "attended", ["陈晓东", "邹丽娜"]),
    ("9月26日，县人大常委会召开专题询问会。副县长吉克阿呷率县教育局、县财政局等部门主要负责人到会应询。", "attended", ["吉克阿呷"]),
    ("8月28日，市人大常委会会议召开。在分组审议中，常委会委员金光洙、吴秀兰、马　骏等围绕冬季供热保障发表了审议意见。",
     "spoke", ["金光洙", "吴秀兰", "马骏"]),
    # 上台 between the topic's comma and the verb
    ("11月17日，某区投资环境推介会举行。某公司总裁何嘉欣、某公司董事长兼CEO李卓航结合亲身经历，上台作交流分享。",
     "spoke", ["何嘉欣", "李卓航"]),
    # a comma roster in a capacity, with where and its marker before the verb
    ("11月17日，某区投资环境推介会举行。商会会长麦炳坤，贸促会副会长朱文韬，德国莱茵TÜV集团副总裁马库斯·施耐德，"
     "作为嘉宾代表在推介会上分别致辞。", "spoke", ["麦炳坤", "朱文韬", "马库斯·施耐德"]),
    # the roster's marker first, then a short clause of how, then the verb
    ("5月22日，某县招商推介会举行。推介会上，某公司董事长冯嘉豪，某公司总经理阿依古丽·买买提，某公司副总裁钟志伟，"
     "先后以亲身经历，分享了投资兴业的感受。", "spoke", ["冯嘉豪", "阿依古丽·买买提", "钟志伟"]),
    # each of a titled list that attends and reports
    ("6月27日，县人大常委会会议召开。副县长赵　明、县人民法院院长崔海燕、县人民检察院检察长邱立冬分别到会作报告。",
     "reported", [("邱立冬", "报告", None), ("崔海燕", "报告", None), ("赵明", "报告", None)]),
    # a consultation named in quotes before its kind (“请你来协商”活动) is a meeting
    ("11月16日下午，某区政协2023年第四期“请你来协商”活动举行。区政协主席何永康出席并讲话，区政协副主席梁倩仪主持。",
     "presided", ["梁倩仪"]),
    # a ceremony is a meeting: who presided and attended it
    ("11月19日，某医院紧密型医联体建设签约暨揭牌仪式举行。州委常委、市委书记余建荣出席仪式。仪式由副市长和丽娟主持。",
     "presided", ["和丽娟"]),
    # a word that is a place closes a titled list before its verb (白杨), a Vietnamese name after a title
    ("6月27日，市人大常委会会议举行。副主任郭宏伟、李红梅、宋春晓、白　杨分别主持全体会议。", "presided",
     ["白杨", "宋春晓", "李红梅", "郭宏伟"]),
    ("4月1日，某镇口岸项目推进会召开。某科技有限公司项目经理阮氏红（越南籍），某商会会长黎文光先后发言。", "spoke",
     ["黎文光", "阮氏红"]),
    # a long 、-run of bodies before the group noun, after the named roster
    ("4月10日，某县召开茶产业座谈会。县领导吴秀英、文启明、李　竞，县农业农村局、县工业和信息化局、县市场监管局、县茶产业发展中心、"
     "农行雷山支行、雷山县农村信用合作联社主要负责人参加会议。", "attended", ["李竞", "文启明", "吴秀英"]),
])
def test_promotions_ceremonies_and_rosters_of_firms(nlp, text, role, who):
    m = _meeting(nlp, text)
    got = _roles(m)[role]
    assert sorted(map(str, got)) == sorted(map(str, who))


def test_titles_of_firms_and_no_names_inside_rules(nlp):
    text = ("11月17日，某区投资环境推介会举行。德国莱茵TÜV集团大中华区副总裁马库斯·施耐德、深圳云图精密制造有限公司董事长兼CEO李卓航出席。"
            "会议表决通过关于批准《赣州市城市绿化管理条例》《九江市长江岸线保护条例》的决议。")
    rec = _record(nlp, text)
    assert _titles(rec) == {"马库斯·施耐德": ["德国莱茵TÜV集团大中华区副总裁"],
                            "李卓航": ["深圳云图精密制造有限公司董事长", "CEO"]}
    # one decision approving a run of books is one document
    assert [d.name for d in rec.meetings[0].adopted] == ["关于批准赣州市城市绿化管理条例九江市长江岸线保护条例的决议"]


@pytest.mark.parametrize(("text", "adopted"), [
    # the documents a sentence opens on (对…，), passed as 上述文件 or 予以通过; who drafted them is no part of the name
    ("4月1日，镇党委召开会议。对镇农业综合服务中心提交的《白茶产业提质增效实施方案》、镇社会事务服务中心提交的《临时救助实施办法（试行）》"
     "以及镇党政办起草的2020年镇党委理论学习中心组学习计划，会议逐项进行了审议，经充分讨论，一致通过上述文件。",
     ["白茶产业提质增效实施方案", "临时救助实施办法（试行）", "2020年镇党委理论学习中心组学习计划"]),
    ("4月1日，旗委常委会召开会议。对旗委组织部提交的《2025年党的建设工作要点》以及旗农牧和科技局提报的2025年草原生态保护补助奖励政策"
     "实施方案，会议逐项审议后予以通过。", ["2025年党的建设工作要点", "2025年草原生态保护补助奖励政策实施方案"]),
    # a catalogue is a document; 等事项 closes the list
    ("5月1日，县政府常务会议召开。会议审议通过了《牛羊产业高质量发展实施方案》和广河县农村供水工程运行管理办法（试行）等事项。"
     "会议审议通过区政府2026年重大行政决策事项目录。",
     ["牛羊产业高质量发展实施方案", "广河县农村供水工程运行管理办法（试行）", "区政府2026年重大行政决策事项目录"]),
])
def test_documents_passed_after_the_sentence_names_them(nlp, text, adopted):
    assert [d.name for d in _meeting(nlp, text).adopted] == adopted


@pytest.mark.parametrize(("text", "adopted"), [
    # who drew the lists up and how is no document; two lists built alike are two documents
    ("2月28日，某市委召开常委会议。会议审议通过了市委常委会在广泛征求意见、反复酝酿协商的基础上提出的拟向市人大推荐的市级国家机关"
     "领导人员人选建议名单和拟向市政协推荐的市政协领导人员人选建议名单。",
     ["拟向市人大推荐的市级国家机关领导人员人选建议名单", "拟向市政协推荐的市政协领导人员人选建议名单"]),
    # an agenda and its timetable, drafts both, are one document; who is to receive a draft is no part of it
    ("1月22日，市政协常委会议闭幕。会议通过了市政协第九届委员会第一次会议议程（草案）和日程（草案），通过了拟提请市人大常委会审议的"
     "关于授权市政府在某某自由贸易试验区等试验区域内暂停实施有关地方性法规规定的决定草案。",
     ["市政协第九届委员会第一次会议议程（草案）和日程（草案）",
      "关于授权市政府在某某自由贸易试验区等试验区域内暂停实施有关地方性法规规定的决定草案"]),
])
def test_lists_drawn_up_and_agendas_with_timetables(nlp, text, adopted):
    assert [d.name for d in _meeting(nlp, text).adopted] == adopted


@pytest.mark.parametrize(("text", "adopted"), [
    # 通过 before a verb whose clause serves another is "by means of" (means_verbs), no adoption
    ("12月3日，县政府召开常务会议。会议确定，通过修订县级定价目录，将实行政府定价的项目精简。", []),
    # another body's approval of what the report tells is no adoption here (经…批准，由…发行的《…》)
    ("1月10日，某纪念邮品发行座谈会在西安举行。去年11月30日，经邮电部批准，由某邮票公司限量发行的《兵马俑》纯金银制邮品公开发行。", []),
    # …but a motion to do it passed is one, and a revised rule passed is the rule
    ("12月3日，县政府召开常务会议。会议围绕落实审批制度改革通过修改一批规范性文件的议案，决定修改部分规章。会议通过修订后的县城市管理办法。",
     ["修改一批规范性文件的议案", "县城市管理办法"]),
])
def test_passed_or_by_means_of(nlp, text, adopted):
    assert [d.name for d in _meeting(nlp, text).adopted] == adopted


@pytest.mark.parametrize(("text", "role", "who"), [
    # 谈困难、提诉求、献良策: what a counted roster of speakers does, after its topic
    ("3月2日，市委召开民营企业家座谈会。某集团有限公司董事长许金山、某纺织有限公司总经理吴春燕等6位企业家代表，结合各自行业实际，"
     "就用工缺口、资金周转等谈困难、提诉求、献良策。", "spoke", ["吴春燕", "许金山"]),
    ("3月21日，某镇民主恳谈会召开。村民代表陈仙友第一个举手发言。", "spoke", ["陈仙友"]),
    # a titled list that answers on the spot (现场回应): each of them
    ("5月8日，区政协召开协商会。区卫生健康局副局长纪晓红、区医保局副局长臧云鹏现场回应委员关切。", "spoke", ["臧云鹏", "纪晓红"]),
    # a transliterated name before the list's marker, and the marker before whom they report to
    ("1月9日，某苏木召开人大代表述职评议会。苏木人大代表、牧民那顺乌日图，苏木人大代表阿拉坦仓依次向选民报告了一年来的履职情况。",
     "reported", [("阿拉坦仓", "一年来的履职情况", None), ("那顺乌日图", "一年来的履职情况", None)]),
    # 出席或列席: either verb; 根据议题 between the roster and its marker
    ("9月6日，市政府召开常务会议。副市长黄海燕、谢文华，市政府秘书长曾志强，以及市直有关部门主要负责同志，根据议题分别出席或列席会议。",
     "attended", ["曾志强", "谢文华", "黄海燕"]),
])
def test_speakers_of_a_consultation(nlp, text, role, who):
    assert sorted(map(str, _roles(_meeting(nlp, text))[role])) == sorted(map(str, who))


def test_grid_workers_village_accountants_and_demonstration_households(nlp):
    text = ("11月5日，某乡召开庭院经济发展座谈会。东安村网格员周　丽，村委会委员、报账员金丽华，晋江市跨境电商协会秘书长蔡　婷参加。"
            "示范户买买提江·阿不都拉说，收入增加了。")
    assert _titles(_record(nlp, text)) == {"周丽": ["东安村网格员"], "金丽华": ["村委会委员", "报账员"],
                                           "蔡婷": ["晋江市跨境电商协会秘书长"], "买买提江·阿不都拉": []}
    # a weak head with no body or village before it licenses no name (网格员包栋包户: each worker takes buildings)
    assert _titles(_record(nlp, "11月5日，某社区召开会议。会议要求，网格员包栋包户，逐户走访。")) == {}


@pytest.mark.parametrize(("text", "role", "who"), [
    # a counted roster, its marker, clauses of how it went about it, the aspects, then the report
    ("1月8日，某镇召开述职评议会。会上，陈国栋、刘小梅、阿不都热依木等6名村党组织书记依次上台，对照年初承诺，从抓党建、"
     "促发展等方面作述职报告。", "reported", ["阿不都热依木", "刘小梅", "陈国栋"]),
    # a transliterated name before the list's marker (依次 reads as transliteration too)
    ("1月8日，某镇召开述职评议会。会上，李国华、阿不都热依木依次上台，对照年初承诺，作述职报告。", "reported",
     ["李国华", "阿不都热依木"]),
    ("1月8日，某乡召开座谈会。王建华、买买提依次发言。", "spoke", ["买买提", "王建华"]),
    # …but a marker's own report is no clause of how (…分别作述职报告，从…方面总结了…: a report, no speech)
    ("1月8日，某镇召开述职评议会。曼纳村党总支书记岩香、曼丢村党总支书记赵文静等9名书记分别作述职报告，从班子建设等方面"
     "总结了全年工作。", "reported", ["岩香", "赵文静"]),
    # the speeches heard, each of a list whose members are described (…以及A、B、C的交流发言后)
    ("6月2日，某县召开协作座谈会。在听取了县发改局关于项目推进情况的汇报，以及援疆干部代表孙晓燕、返乡青年代表马占山、"
     "某村党支部书记杨　峰的交流发言后，周建国讲话。", "spoke", ["周建国", "孙晓燕", "杨峰", "马占山"]),
    # a Yi name ending in 作 closes a roster before its verb (…、沙马依作在主席台前排就座)
    ("1月9日，某自治县人代会闭幕。大会执行主席吉克阿果、海来阿木、杨　平、沙马依作在主席台前排就座。",
     "attended", ["吉克阿果", "杨平", "沙马依作", "海来阿木"]),
    # a roster, then its unnamed tail after a comma, counted (，以及…班子成员和驻村工作队队长共40余人参加会议)
    ("4月2日，某镇召开推进会。镇党委书记扎西平措，镇人大主席罗布占堆，以及各村“两委”班子成员和驻村工作队队长共40余人参加会议。",
     "attended", ["扎西平措", "罗布占堆"]),
    # a firm's short name noted in brackets inside a comma roster
    ("8月6日，某镇召开村企结对签约仪式。农业农村局副局长宋振海，某蔬菜产业集团有限公司（以下简称“蔬菜集团”）党委书记、董事长王德新，"
     "某置业有限公司副总经理李梦洁出席。", "attended", ["宋振海", "李梦洁", "王德新"]),
    # a described member kept when the run's next item is a name no rule reads (…代表王应香、车那作交流发言)
    ("3月1日，某镇召开表彰大会。群众代表王应香、车那作交流发言。", "spoke", ["王应香"]),
    ("5月1日，某县召开会议。县领导梁　勇、马　丽、韦振东出席会议。", "attended", ["梁勇", "韦振东", "马丽"]),
    ("5月8日，国务院召开外国专家座谈会。美国籍环保专家杜丹明、金融专家王立人等就人民币汇率等提问。", "spoke", ["杜丹明", "王立人"]),
    # a name joined by 和 to the next item's titles (叶海平和镇财政办主任X: no 平和镇)
    ("3月4日，某镇召开财政工作会议。叶海平和镇财政办主任林秀琴分别通报了情况。", "reported", ["叶海平", "林秀琴"]),
    # where the subject is, then its presiding: a name the statistics find unusual at a clause's start
    ("4月1日，习近平在北京主持召开企业家座谈会。", "presided", ["习近平"]),
])
def test_rosters_over_clauses_heard_speeches_and_tails(nlp, text, role, who):
    assert sorted(_who(nlp, text, role)) == sorted(who)


def test_posts_in_brackets_elected_lists_and_described_bodies(nlp):
    text = ("7月6日，集团召开党委会。党委委员、纪委书记（县纪委监委派驻纪检监察组组长）程　斌参加会议。"
            "经投票，某控股有限公司副总裁梁志宏、某电器有限公司总经理伍嘉明等12人当选副会长，叶春林、张国平等15人当选为常务副会长。"
            "吐达洪巴依社区党委书记帕夏古丽·艾买提、阔坦社区党委书记张　丽作交流发言。援疆干部代表何　俊发言。")
    assert _titles(_record(nlp, text)) == {
        "程斌": ["党委委员", "纪委书记", "县纪委监委派驻纪检监察组组长"],
        "梁志宏": ["某控股有限公司副总裁", "副会长"], "伍嘉明": ["某电器有限公司总经理", "副会长"],
        "叶春林": ["常务副会长"], "张国平": ["常务副会长"],
        "帕夏古丽·艾买提": ["吐达洪巴依社区党委书记"], "张丽": ["阔坦社区党委书记"], "何俊": []}


def test_no_names_in_duties_or_townships(nlp):
    # 包村/包组: who answers for what; a township's name with 镇 opening its clause
    assert _titles(_record(nlp, "3月1日，某镇召开会议。会议要求，班子成员包村、村干部包组、党员包户，确保落实。")) == {}
    rec = _record(nlp, "8月3日，吕洞山镇在夯沙村村部召开推进会。镇党委副书记、镇长龙秀英主持会议。")
    assert _titles(rec) == {"龙秀英": ["镇党委副书记", "镇长"]}
    # a document discussed and passed (讨论通过), after a clause of what the meeting stresses (注重…: no "by means of")
    rec = _record(nlp, "国务院总理李克强主持召开国务院常务会议，实施定向调控、注重标本兼治，讨论通过《物流业发展中长期规划》。")
    assert [d.name for d in rec.meetings[0].adopted] == ["物流业发展中长期规划"]


@pytest.mark.parametrize(("text", "role", "who"), [
    # a Yi name holding 日 after its titles; a transliterated name before 及 and the list's last described member
    ("5月18日，某镇召开推进会。县委常委、县委组织部部长俄木日体，镇党委书记沙马拉布出席并讲话。", "attended", ["俄木日体", "沙马拉布"]),
    ("5月18日，某镇召开推进会。随后，某村驻村第一书记张明亮，驻村工作队员俄木阿呷莫及村民代表比曲拉哈依次发言。", "spoke",
     ["俄木阿呷莫", "张明亮", "比曲拉哈"]),
    # a capacity, a comma, the marker and a topic before the speech (…作为村级代表，分别就…作了表态发言)
    ("8月26日，某乡召开推进会。会上，弄合村驻村第一书记覃　杰，加文村党总支书记蒙日升作为村级代表，分别就问题排查等工作作了表态发言。",
     "spoke", ["蒙日升", "覃杰"]),
    # a descriptor of its own (脱贫户), a Yi name holding 说, then the topic and what the roster does
    ("6月18日，某乡召开座谈会。致富带头人阿尔莫吉，脱贫户阿说拉哈、吉克伍沙，先后围绕产业发展等谈认识、提建议。", "spoke",
     ["吉克伍沙", "阿尔莫吉", "阿说拉哈"]),
    # an item no table knows between two members is a member; the kind of speech after 作
    ("3月2日，某校党支部召开组织生活会。党员教师李秀英、腊阿普、余春梅依次作个人对照检查发言。", "spoke", ["余春梅", "李秀英", "腊阿普"]),
    # a comma roster of described members, one description stacked on a title
    ("1月5日，某村召开党员大会。老党员代表岩三，新党员代表玉应叫，优秀共产党员代表、村民小组长岩罕拉分别作了发言。", "spoke",
     ["岩三", "岩罕拉", "玉应叫"]),
    # a roster after its label, each member of a place (…的陈　丹、…和联树村的叶金根)
    ("3月10日，某镇召开民主恳谈会。先后上台发言的有：牧屿片的张海燕、泽国村的陈　丹、水澄村的梁美娟和联树村的叶金根。", "spoke",
     ["叶金根", "张海燕", "梁美娟", "陈丹"]),
    # a deputies' group activity is a meeting; a member set against the one before (…则关注…，建议…)
    ("7月22日，某镇人大开展“代表进网格”小组活动。镇人大主席吴建明，以及王　敏、俞　静等人大代表参加活动。"
     "镇人大代表俞静则关注养老问题，建议建设日间照料中心。", "spoke", ["俞静"]),
    ("7月22日，某镇人大开展“代表进网格”小组活动。镇人大主席吴建明，以及王　敏、俞　静等人大代表参加活动。", "attended",
     ["俞静", "吴建明", "王敏"]),
    # the sentence's subject chairs with a partner, past the leader it received on the way
    ("9月16日至18日，国务院副总理韩正访问俄罗斯，会见俄罗斯总统普京，并同俄罗斯第一副总理西卢阿诺夫共同主持中俄投资合作委员会第五次会议。",
     "presided", ["西卢阿诺夫", "韩正"]),
])
def test_lists_past_unusual_members(nlp, text, role, who):
    assert sorted(_who(nlp, text, role)) == sorted(who)


def test_posts_chosen_and_foreign_leaders(nlp):
    text = ("全国人大代表、中共中央政治局常委栗战书被推选为主席团常务主席。同时被推选为主席团常务主席的还有陈希、王晨。"
            "会议经过表决，决定信春鹰、韩立平为大会副秘书长。国家主席习近平抵达乌法，应俄罗斯联邦总统普京邀请，出席会晤。"
            "会见俄罗斯总统普京，并同俄罗斯副总理科扎克共同主持中俄能源合作委员会会议。")
    assert _titles(_record(nlp, text)) == {
        "栗战书": ["全国人大代表", "中共中央政治局常委"], "陈希": ["主席团常务主席"], "王晨": ["主席团常务主席"],
        "信春鹰": ["大会副秘书长"], "韩立平": ["大会副秘书长"], "习近平": ["国家主席"],
        "普京": ["俄罗斯联邦总统", "俄罗斯总统"], "科扎克": ["俄罗斯副总理"]}


def test_no_names_from_places_labels_or_duties(nlp):
    text = ("3月10日，某镇召开民主恳谈会。先后上台发言的有：牧屿片的张海燕、水澄村的梁美娟。会上，主任阿依努尔·买买提通报了二季度"
            "驻村工作队员考勤和在岗情况。全国政协委员程津培、卢柯、李灿、等专家学者，就国家实验室建设提出意见建议。")
    assert sorted(_titles(_record(nlp, text))) == ["卢柯", "张海燕", "李灿", "梁美娟", "程津培", "阿依努尔·买买提"]


@pytest.mark.parametrize(("text", "role", "who"), [
    # clauses of how before the marker and after it, then a report with a light verb (…，依次上台，对照…，进行现场述职)
    ("1月12日，某街道召开述职评议会。南湖社区党委书记赵　静、宝星社区党委书记金成浩等9名社区党组织书记，紧扣第一责任人职责，"
     "依次上台，对照年初确定的项目清单逐项晒成绩、找差距，进行现场述职。", "reported", ["赵静", "金成浩"]),
    # a name ending in 和 before 及, and the group after 及 no title of the next member
    ("12月20日，某集团召开民主生活会。市委第六巡回指导组组长钟平和及指导组成员，市国资委副主任谢　斌到会指导。", "attended",
     ["谢斌", "钟平和"]),
    # a Tibetan name holding 日 before 代表, and a talk given to the newly promoted (进行集体廉政谈话)
    ("4月11日，某县召开集体廉政谈话会。县委常委、县纪委书记泽让闹日代表县委对新提任干部进行集体廉政谈话。", "spoke", ["泽让闹日"]),
    # the one who reads out an inspection's findings reported, and quotes them: no speech of her own
    ("9月7日，市委巡察组巡察情况反馈会召开。巡察组组长孟淑华代表市委巡察组反馈了巡察意见。孟淑华在反馈意见中指出，县委成效明显。",
     "spoke", []),
])
def test_party_meetings_rosters_and_feedback(nlp, text, role, who):
    assert sorted(_who(nlp, text, role)) == sorted(who)


def test_members_named_for_a_decision(nlp):
    # …党员A、B为发展对象人选: a list closed by 为; 主讲人 is no part of the post after it
    text = ("1月8日，某嘎查党支部召开支部委员会会议。会议确定牧民党员敖其尔、其木格为2026年度发展对象人选。"
            "主讲人全国人大常委会副秘书长，全国人大外事委员会副主任委员曹卫洲作了讲座。")
    assert _titles(_record(nlp, text)) == {"敖其尔": [], "其木格": [],
                                           "曹卫洲": ["全国人大常委会副秘书长", "全国人大外事委员会副主任委员"]}


@pytest.mark.parametrize(("text", "role", "who"), [
    # a roster, then the units' posts after a comma, counted (，各村党支部书记、…代表等60余人参加会议)
    ("8月15日，某镇召开推进会。县委常委、副县长吐尔洪·买买提，镇人大主席吴春梅，各村党支部书记、驻村第一书记和示范户代表"
     "等60余人参加会议。", "attended", ["吐尔洪·买买提", "吴春梅"]),
    # …but not a body's name read as the group (，各区市县人大常委会主任列席会议)
    ("6月28日，市人大常委会召开会议。副市长王晓光，市监委副主任孙　宁，各区市县人大常委会主任列席会议。", "attended",
     ["孙宁", "王晓光"]),
    # a Xibe name of Chinese characters on both sides of the dot, after its title
    ("8月15日，某镇召开推进会。会议由镇党委副书记何叶尔·伟东主持。", "presided", ["何叶尔·伟东"]),
    # a rare surname after a title, scored by its given name (农海生)
    ("6月9日下午，平孟镇党委书记农海生在镇党委会议室主持召开党委（扩大）会议。", "presided", ["农海生"]),
    # an adverb of the moment before the answer (当即/当场作了答复)
    ("3月5日，县委召开民营企业家座谈会。县人力资源社会保障局局长孟庆丰当即作了答复。", "spoke", ["孟庆丰"]),
])
def test_tails_units_and_minority_names(nlp, text, role, who):
    assert sorted(_who(nlp, text, role)) == sorted(who)


def test_elected_lists_keep_their_own_clause(nlp):
    # each item's titles end at its clause: the post elected in the clause before is no part of them
    text = ("经投票，某集团有限公司副总裁赵　军当选第六届会长，某控股有限公司副总裁梁志宏、某电器有限公司总经理伍嘉明等12人当选副会长。"
            "中共中央政治局常委、全国政协主席俞正声当选中国和平统一促进会会长。")
    titles = _titles(_record(nlp, text))
    assert titles["梁志宏"] == ["某控股有限公司副总裁", "副会长"]
    assert titles["俞正声"] == ["中共中央政治局常委", "全国政协主席", "中国和平统一促进会会长"]


@pytest.mark.parametrize(("text", "role", "who"), [
    # a hearing: who chairs it (担任听证主持人) and the statements of its speakers (陈述了意见)
    ("5月29日，市人大常委会举行立法听证会。市人大常委会副主任张庆和担任听证主持人。", "presided", ["张庆和"]),
    ("5月29日，市人大常委会举行立法听证会。此外，孙立伟、曲　红、邢晓梅也分别陈述了意见。", "spoke", ["孙立伟", "曲红", "邢晓梅"]),
    # a list counted right after its last name says its words together (A、B两位代表也…提出了建议)
    ("7月22日，某镇人大开展“代表进网格”小组活动。王　敏、凌志刚等人大代表参加活动。王敏、凌志刚两位代表也围绕农房翻建等"
     "提出了建议。", "spoke", ["凌志刚", "王敏"]),
])
def test_hearings_and_counted_speakers(nlp, text, role, who):
    assert sorted(_who(nlp, text, role)) == sorted(who)


@pytest.mark.parametrize(("text", "role", "who"), [
    # a run of bodies sharing a group's label between two members (，县农业农村局、县住建局相关负责同志，)
    ("5月21日，某镇召开推进会。县委副书记黄志勇，县人大常委会副主任白玛次仁，县农业农村局、县住建局相关负责同志，"
     "镇党委书记扎西顿珠参加会议。", "attended", ["扎西顿珠", "白玛次仁", "黄志勇"]),
    # a roster counted without 等 before its marker and clauses of how (…，F6名村党组织书记依次上台，…)
    ("1月8日，某镇召开述职评议会。偏寨村党支部书记邰光荣，良田村党支部书记刘昌明2名村党组织书记依次上台，对照年初承诺，"
     "从抓党建等方面作述职报告。", "reported", ["刘昌明", "邰光荣"]),
    # a tail of bodies (not 常委|会) and groups, then the presence after a clause (…，根据议题分别出席或列席会议)
    ("9月6日，市政府召开常务会议。副市长黄海燕、谢文华，市政府秘书长曾志强，以及市人大常委会、市政协有关负责同志，"
     "市直有关部门主要负责同志，根据议题分别出席或列席会议。", "attended", ["曾志强", "谢文华", "黄海燕"]),
])
def test_rosters_with_groups_between_and_after(nlp, text, role, who):
    assert sorted(_who(nlp, text, role)) == sorted(who)


def test_a_roster_acts_then_speaks(nlp):
    # the marker, a clause of how, one more act of the roster, then its words (…分别结合…，分析判断形势并提出政策建议)
    text = ("7月9日，国务院召开经济形势座谈会。企业负责人胡茂元、王会生、蒋卫平分别结合本行业、本企业的运行情况，"
            "分析判断形势并提出政策建议。")
    assert sorted(_who(nlp, text, "spoke")) == ["王会生", "胡茂元", "蒋卫平"]


@pytest.mark.parametrize(("text", "role", "who"), [
    # a member's head after each item of a list, its last item titled (A委员、B委员和特邀委员C先后发言)
    ("4月2日，某县政协召开提案办理协商会。提案人代表阿苏拉哈委员、吉伍尔呷委员和特邀委员庹明珍先后发言。", "spoke",
     ["吉伍尔呷", "庹明珍", "阿苏拉哈"]),
    # a transliterated name at a clause start licensed by the member's head and what the member says
    ("6月5日，某市政协召开常委会议。贡保扎西常委建议，打造民俗文化体验线路；尕藏加措委员代表九三学社界别发言，提出加强草原修复。",
     "spoke", ["尕藏加措", "贡保扎西"]),
    # a list counted after its last name, each asking (A、B两位委员分别就…提问)
    ("8月9日，某区政协召开常委会议。柏森、缪静怡两位委员分别就雨污分流、停车位配建提问。", "spoke", ["柏森", "缪静怡"]),
    # members described by where they come from (来自…的X委员呼吁…; 来自…的Y就…谈了看法)
    ("3月9日，某市政协召开专题协商会。来自民革的阎秋菊就修复责任主体认定问题谈了看法；来自株洲职业技术学院的蔺晓峰委员"
     "呼吁校企共建实训基地。", "spoke", ["蔺晓峰", "阎秋菊"]),
    # …and by the body each is of, a Japanese name among them (、某某有限公司的山本健一，结合…谈了体会)
    ("5月6日，某市召开外籍专家座谈会。来自苏州研究院的张建华、西交利物浦大学的凯瑟琳·霍华德、苏州纳微光电有限公司的山本健一，"
     "结合自身经历谈了体会。", "spoke", ["凯瑟琳·霍华德", "山本健一", "张建华"]),
    # a roster's marker, a clause of how, then the topic and the report (…依次上台，围绕…等方面进行述职)
    ("1月10日，某镇召开述职评议会。余村党委书记钭建国、大溪村党总支书记潘月英依次上台，围绕党建引领乡村振兴等方面进行述职。",
     "reported", ["潘月英", "钭建国"]),
    # a document named before the one who read it out (该决定由X在会上宣读)
    ("7月3日，某县政协召开常委会议。会议审议通过了关于表彰优秀提案的决定。该决定由县政协副主席黄志远在会上宣读。",
     "reported", ["黄志远"]),
    # a report while giving it quoted (在通报…时说): the author reported, no speech of its own
    ("7月8日，某集团召开党委会议。会上，总经理郑开明在通报上半年经营情况时说，上半年集团完成投资额42.6亿元。",
     "reported", ["郑开明"]),
    ("7月8日，某集团召开党委会议。会上，总经理郑开明在通报上半年经营情况时说，上半年集团完成投资额42.6亿元。",
     "spoke", []),
    # asking at the session (问及, 提问) is speaking
    ("8月9日，某区政协召开常委会议。区政协委员仲丽华问及加装电梯中的低层住户补偿问题。", "spoke", ["仲丽华"]),
    # a speech from the floor told by the response it met (X的发言引起共鸣); not a leader's speech told so
    ("3月27日，某市政协召开专题协商会。经济界别委员许志鸿的发言引起共鸣。", "spoke", ["许志鸿"]),
    ("3月27日，某市政协召开专题协商会。习近平总书记的重要讲话引起强烈反响。", "spoke", []),
])
def test_speech_session_members_and_reports_read_out(nlp, text, role, who):
    assert sorted(_who(nlp, text, role)) == sorted(who)


@pytest.mark.parametrize(("text", "titles"), [
    # a CPPCC sector's member and convener, and an invited member, as written
    ("3月5日，某市政协召开常委会议。“要当好店小二。”民建界别委员凌晓航在发言中说。特邀委员字建宏、医药卫生界别召集人戚思远"
     "也作了发言。", {"凌晓航": ["民建界别委员"], "字建宏": ["特邀委员"], "戚思远": ["医药卫生界别召集人"]}),
    # a Yi name holding 日 before a role (提案委员会主任瓦其日体参加协商); a name ending in 和 before the list's 和
    ("4月2日，某县政协召开协商会。提案委员会主任瓦其日体参加协商。镇长陈正和和镇人大主席钟丽娟出席会议。",
     {"瓦其日体": ["提案委员会主任"], "陈正和": ["镇长"], "钟丽娟": ["镇人大主席"]}),
    # a decision read out, a clause each (X同志任…委员、常委、书记；)
    ("会上，州委组织部副部长阿苏拉哈宣布了州委决定：吉克石布同志任中共昭觉县委委员、常委、书记；沙马阿支同志另有任用。",
     {"阿苏拉哈": ["州委组织部副部长"], "吉克石布": ["中共昭觉县委委员", "常委", "书记"], "沙马阿支": []}),
    # a Tibetan name before 关于 (…部长格桑央宗关于…的汇报); a rare Yunnan surname after a title (县纪委书记矣文斌)
    ("会议听取了区委组织部部长格桑央宗关于基层党组织建设情况的汇报，听取了县纪委书记矣文斌关于巡察情况的汇报。",
     {"格桑央宗": ["区委组织部部长"], "矣文斌": ["县纪委书记"]}),
])
def test_titles_of_sector_members_and_unusual_names(nlp, text, titles):
    assert _people(nlp, text) == titles


@pytest.mark.parametrize(("text", "titles"), [
    # a Mongolian name of a titled list whole, which the name statistics cut at 日 (…、那仁格日勒、…; …、那仁格日勒出席)
    ("全国政协副主席贺立中、帕尔哈提·艾买提、那仁格日勒、邝嘉怡出席会议。副主席谈一鸣、那仁格日勒出席。",
     {"贺立中": ["全国政协副主席"], "帕尔哈提·艾买提": ["全国政协副主席"], "那仁格日勒": ["全国政协副主席", "副主席"],
      "邝嘉怡": ["全国政协副主席"], "谈一鸣": ["副主席"]}),
    # a transliterated name cut before the roster's marker and what it makes (…尕玛求培依次作个人对照检查)
    ("州委常委、组织部部长扎西尼玛，州委常委、统战部部长尕玛求培依次作个人对照检查。",
     {"扎西尼玛": ["州委常委", "组织部部长"], "尕玛求培": ["州委常委", "统战部部长"]}),
    # a transliterated name whole after a decision's verb (递补那仁满都拉、孟庆丰为市委委员)
    ("全会以无记名投票方式，递补那仁满都拉、孟庆丰为市委委员。", {"那仁满都拉": ["市委委员"], "孟庆丰": ["市委委员"]}),
    # a roster's role after a comma, its colon (…，主席团成员为：A、B…)
    ("大会预备会议选举产生了大会主席团，主席团成员为：金哲洙、朴英花、南昌镐。",
     {"金哲洙": ["主席团成员"], "朴英花": ["主席团成员"], "南昌镐": ["主席团成员"]}),
    # bylines: a unit, its label, then names; a dotted name, a space, the next name
    ("（党委宣传部　通讯员　李措毛　卓玛才让）", {"李措毛": ["通讯员"], "卓玛才让": ["通讯员"]}),
    ("本网讯（通讯员 古丽米拉·艾合买提 王振宇）1月8日上午，学院召开全院干部大会。",
     {"古丽米拉·艾合买提": ["通讯员"], "王振宇": ["通讯员"]}),
    # a name ending in 前 after its title and before a comma (not a time: 会前)
    ("县委副书记、县长杨秀灵，县政协主席石光前，县委副书记粟华勇出席会议。",
     {"杨秀灵": ["县委副书记", "县长"], "石光前": ["县政协主席"], "粟华勇": ["县委副书记"]}),
    # the post left, in a decision read out (X同志不再担任…职务)
    ("宣读了通知：泽仁拉姆同志任康定市人民医院党委副书记、院长；降央多吉同志不再担任康定市人民医院院长职务，另有任用。",
     {"泽仁拉姆": ["康定市人民医院党委副书记", "院长"], "降央多吉": ["康定市人民医院院长"]}),
])
def test_lists_bylines_and_decisions_of_unusual_names(nlp, text, titles):
    assert _people(nlp, text) == titles


@pytest.mark.parametrize(("text", "role", "who"), [
    # remarks closing the meeting are a speech of the report's author (X在全会结束时强调); a bare statement is not
    ("12月3日，县委召开十五届七次全会。县委书记滕建华代表县委常委会作工作报告。滕建华在全会结束时强调，要抓好落实。",
     "spoke", ["滕建华"]),
    ("12月3日，县委召开十五届七次全会。县委书记滕建华代表县委常委会作工作报告。滕建华强调，要抓好落实。", "spoke", []),
    # directions to what the meeting is about (对…作了详细安排部署)
    ("3月2日，县政府召开动员会。副县长亓少华对行动作了详细安排部署。", "spoke", ["亓少华"]),
    # a member's view at the session (在…委员X看来，…); not how one looks (X看来很高兴)
    ("3月5日，全国政协召开常委会议。在全国政协委员、宁夏回族自治区科技厅厅长马文骞看来，西部地区要用好能源资源禀赋。",
     "spoke", ["马文骞"]),
    ("3月5日，全国政协召开常委会议。马文骞看来很高兴。", "spoke", []),
])
def test_closing_remarks_directions_and_views(nlp, text, role, who):
    assert sorted(_who(nlp, text, role)) == sorted(who)


@pytest.mark.parametrize(("text", "role", "who"), [
    # an inquiry at a joint session: officials answer (回答说, 回答，), a member asks first on a topic (首先就…发问), an
    # official admits (坦言) — a Mongolian name whole before it
    ("6月5日，区人大常委会召开联组会议开展专题询问。区民政局局长濮志坚回答说，下一步将推行新模式。区卫健委主任糜建华回答，"
     "今年将推动签约。", "spoke", ["濮志坚", "糜建华"]),
    ("6月5日，区人大常委会召开联组会议开展专题询问。区人大常委会委员、区工商联副主席闫若冰首先就“政策兑现慢”问题发问。",
     "spoke", ["闫若冰"]),
    ("6月5日，旗人大常委会召开联组会议开展专题询问。旗林草局局长那顺乌日图坦言，目前全旗草原管护员队伍仍有缺口。",
     "spoke", ["那顺乌日图"]),
    # a name found whole before, read short later (巴图孟和在闭幕大会上讲话: its 和 no "and")
    ("大会执行主席巴图孟和、乌日娜在主席台前排就座。旗委书记巴图孟和在闭幕大会上讲话。", "spoke", ["巴图孟和"]),
])
def test_inquiries_and_names_found_before(nlp, text, role, who):
    assert sorted(_who(nlp, text, role)) == sorted(who)


@pytest.mark.parametrize(("text", "titles"), [
    # a two-character surname's name of four read whole in an election's list (诸葛明辉, not 葛明辉)
    ("选举宋立军为县委书记，诸葛明辉、郗伟为县委副书记。", {"宋立军": ["县委书记"], "诸葛明辉": ["县委副书记"], "郗伟": ["县委副书记"]}),
    # a rare Yunnan surname after a title (县政协主席杞春华); not 起, a word's start (局长起身发言)
    ("县政协主席杞春华出席会议。局长起身发言。", {"杞春华": ["县政协主席"]}),
])
def test_rare_and_compound_surnames_in_lists(nlp, text, titles):
    assert _people(nlp, text) == titles


@pytest.mark.parametrize(("text", "role", "who"), [
    # ceremonies of projects started or signed together (…集中开工活动在…举行; 活动由X主持)
    ("2月26日上午，某市2025年春季重大项目集中开工活动在港区主会场举行。市委副书记、市长仝慧敏致辞，市委常委、常务副市长郜明远主持。",
     "presided", ["郜明远"]),
    # a promotion's presentations (作专题推介, 推介了…)
    ("9月5日，某市招商推介会在上海举行。市投资促进局局长邰昌文围绕新型建材等产业作专题推介；某学院副院长吴秋莎推介了校地合作平台。",
     "spoke", ["吴秋莎", "邰昌文"]),
    # a Chinese surname, then a Tibetan or Mongolian given name, after a title (县民宗局局长杨吉才让对…作了安排部署)
    ("1月9日，某县召开宗教界代表人士座谈会。县民宗局局长杨吉才让对宗教活动场所安全管理工作作了安排部署。", "spoke", ["杨吉才让"]),
    ("8月1日，某旗召开民族团结进步表彰大会。模范集体代表、乌兰敖都嘎查党支部书记吴巴特尔和模范个人代表、旗实验小学教师"
     "萨仁图雅作典型发言。", "spoke", ["吴巴特尔", "萨仁图雅"]),
])
def test_ceremonies_presentations_and_minority_names_with_surnames(nlp, text, role, who):
    assert sorted(_who(nlp, text, role)) == sorted(who)


def test_a_part_time_post_is_no_conjoined_title(nlp):
    # 兼职 is a word of the post (区妇联兼职副主席), not 兼 joining two titles
    assert _people(nlp, "区妇联兼职副主席、知行律师事务所律师颜若溪作交流发言。") == {
        "颜若溪": ["区妇联兼职副主席", "知行律师事务所律师"]}


@pytest.mark.parametrize(("text", "titles"), [
    # three-character items of a titled list or roster that no surname table knows (…、起建明、者家秀在主席台…)
    ("大会执行主席李绍华、罗正芳、起建明、者家秀在主席台前排就座。",
     {"李绍华": ["大会执行主席"], "罗正芳": ["大会执行主席"], "起建明": ["大会执行主席"], "者家秀": ["大会执行主席"]}),
    ("担任大会执行主席的是：普文华、者正荣、起丽仙、沙国兴。",
     {"普文华": ["大会执行主席"], "者正荣": ["大会执行主席"], "起丽仙": ["大会执行主席"], "沙国兴": ["大会执行主席"]}),
    # …not a word (…、新当选的…), nor the next item's title (、县委办主任张强)
    ("副县长王明、李华、县委办主任张强出席。", {"王明": ["副县长"], "李华": ["副县长"], "张强": ["县委办主任"]}),
])
def test_unknown_items_of_titled_lists(nlp, text, titles):
    assert _people(nlp, text) == titles


@pytest.mark.parametrize(("text", "names"), [
    # authors in a closing bracket, written in transliteration (SPEC: people with no title)
    ("旗里召开推进会。会议要求各地抓好落实。\n（敖登格日乐 巴雅斯古楞）", ["巴雅斯古楞", "敖登格日乐"]),
    ("会议要求抓好落实。\n（索朗卓嘎）", ["索朗卓嘎"]),
    # …not a country in brackets inside a sentence
    ("会议要求抓好落实（巴基斯坦）。", []),
])
def test_transliterated_authors_in_a_closing_bracket(nlp, text, names):
    assert sorted(_people(nlp, text)) == sorted(names)


@pytest.mark.parametrize(("text", "role", "who"), [
    # a statement word closes the glue of 在讲话中 (交流 later in the clause is no verb of the speaker's)
    ("市台联会长罗志平出席，市委统战部副部长吴刚主持座谈会。罗志平在讲话中希望大家成为两岸交流合作的桥梁。", "spoke", ["罗志平"]),
    # the speech a clause or two after a report: 作对照检查，从…剖析问题，并带头作…发言
    ("会议由支部书记孔德明主持。会上，孔德明代表支部委员会作对照检查，从四个方面剖析问题，并带头作个人对照检查发言。",
     "spoke", ["孔德明"]),
    ("会议由支部书记孔德明主持。会上，孔德明代表支部委员会作对照检查，从四个方面剖析问题，并带头作个人对照检查发言。",
     "reported", ["孔德明"]),
    # a title after the name, then 到会 (a roster's attendance word)
    ("会议由主任委员严文斌教授主持，副主任委员石晓东教授、黎秀兰研究员及委员15人到会。", "attended", ["石晓东", "黎秀兰"]),
    # the delegation first, then the attendance: 在…代表团参加审议时
    ("市十六届人大三次会议今天开幕。市长钟立新在高新区代表团参加审议时强调，要抓好重点项目。", "attended", ["钟立新"]),
    # a person who convenes a meeting after a long visit, at a place: presided (SPEC)
    ("5月8日，县委书记杨开明率队深入东坝镇、西岭镇、南山乡，调研茶叶产业发展情况，并在东坝镇召开座谈会，听取意见。",
     "presided", ["杨开明"]),
    # …not a meeting still to come, nor one named by what it is (召开的)
    ("会议由县长高建华主持。县委书记杨开明指出，近期要召开一次座谈会，听取企业意见。", "presided", ["高建华"]),
    # a meeting word that holds a speech word is no speech (参加宣讲会)
    ("县委常委、宣传部部长汪明主持宣讲会。县人大常委会副主任蒋丽、副县长卢刚参加宣讲会。", "spoke", []),
    ("县委常委、宣传部部长汪明主持宣讲会。县人大常委会副主任蒋丽、副县长卢刚参加宣讲会。", "attended", ["卢刚", "蒋丽"]),
    # a lecture after its title and audience (以《…》为题，为学员讲授了…; 上了一堂…课), at an opening ceremony
    ("县委常委王海燕主持开班式。随后，省委党校教授邬建平以《乡村治理的新路径》为题，为学员讲授了第一课。", "spoke", ["邬建平"]),
    ("县委常委王海燕主持开班式。随后，农林大学研究院院长贝志刚以“共同富裕”为题，为学员们上了一堂生动的专题课。",
     "spoke", ["贝志刚"]),
    # what the speaker draws on, a comma, an adverb, then the speech (结合…，逐条进行了…解读)
    ("县委常委王海燕主持开班式。县农业农村局局长俄木日哈又结合近年审计发现的问题，逐条进行了细致的政策解读。",
     "spoke", ["俄木日哈"]),
    # 举办 introduces a meeting as 召开 does
    ("10月9日，县委宣讲团在牧民定居点举办宣讲会。县委常委、统战部部长索南旦正主持，牧民四郎翁姆就草场补奖政策提出疑问。",
     "presided", ["索南旦正"]),
    ("10月9日，县委宣讲团在牧民定居点举办宣讲会。县委常委、统战部部长索南旦正主持，牧民四郎翁姆就草场补奖政策提出疑问。",
     "spoke", ["四郎翁姆"]),
    # a group label's roster: three-character items no surname table knows (县领导苦史日、起建华、瓦其日体参加…)
    ("县委常委海来木呷主持开班式。县领导苦史日、起建华、瓦其日体参加开班式。", "attended", ["瓦其日体", "苦史日", "起建华"]),
    # a rare surname after a title (滚, 郏)
    ("县委书记滚正明主持会议并讲话，县委常委郏建新出席。", "presided", ["滚正明"]),
    ("县委书记滚正明主持会议并讲话，县委常委郏建新出席。", "attended", ["郏建新"]),
    # 交流了…经验 and 分析了…形势 are speeches at the meeting
    ("镇党委书记吕建国主持会议。东湖社区党委书记钱美英、三里村党委书记褚立伟交流了推进网格治理的经验。",
     "spoke", ["褚立伟", "钱美英"]),
    ("县长龙海波主持召开常务会议。县公安局局长石启明分析了当前旅游旺季的治安形势。", "spoke", ["石启明"]),
])
def test_constructions_of_the_twenty_first_round(nlp, text, role, who):
    assert sorted(_who(nlp, text, role)) == sorted(who)


@pytest.mark.parametrize(("text", "who"), [
    # a member described, then an act of his own before his words: 第一个站起来发言, 接过话头说, 不同意，认为, 则担心…，建议
    ("镇党委副书记刘强主持院坝会。村民汪建国第一个站起来发言。", ["汪建国"]),
    ("镇党委副书记刘强主持院坝会。老党员苟德全接过话头说，修路是大家的事。", ["苟德全"]),
    ("镇党委副书记刘强主持院坝会。村民代表吴志平不同意，认为应留出三成。", ["吴志平"]),
    ("社区党委书记逯秀华主持协商会。业主周丽萍则担心充电桩离游乐区太近，建议改到东侧。", ["周丽萍"]),
    # …or a pronoun after the act: 用藏语回忆了…，他说
    ("社区党委书记逯秀华主持会议。老党员贡保扎西用藏语回忆了当年入党的情景，他说：“党员要走在前面。”", ["贡保扎西"]),
    # not one met by the subject (同X握手，表示…), a message (复电表示), a post (兼任…发言人), a habit over meetings (都…发表讲话)
    ("会议由王新主持。张明同李华握手，表示感谢。", []),
    ("会议由王新主持。李华复电表示感谢。", []),
    ("会议由王新主持。会议决定李华为大会副秘书长，李华兼任大会发言人。", []),
    ("会议由王新主持。常委会每次听取汇报，李华都旗帜鲜明地发表重要讲话。", []),
])
def test_a_described_member_speaks_after_an_act_of_his_own(nlp, text, who):
    assert sorted(_who(nlp, text, "spoke")) == sorted(who)


@pytest.mark.parametrize(("text", "names"), [
    # a dotted name with a last part of one character, before 为 (选举…、戴维·陈为…董事)
    ("大会选举贺湘云、胡依兰、戴维·陈为公司董事会董事。", ["贺湘云", "胡依兰", "戴维·陈"]),
    # a Mongolian name holding 腾 after a title; authors after 文｜ and 图｜
    ("副旗长阿拉腾仓列席会议。\n文｜施晓云  图｜雷明", ["阿拉腾仓", "施晓云", "雷明"]),
])
def test_names_of_the_twenty_first_round(nlp, text, names):
    assert sorted(_people(nlp, text)) == sorted(names)


@pytest.mark.parametrize(("text", "names"), [
    # a weak head licensed by where the member comes from (来自…的律师X)
    ("全国政协委员陆续抵京。来自云南的律师石建华是连任委员。", {"石建华": ["律师"]}),
    # a word, then a word the "last character" would start: no name (经理权力|过于集中)
    ("一些企业的厂长、经理权力过于集中，缺乏监督。", {}),
    # two places joined by a dot are no dotted name (苏州·铜仁东西部协作, 长乐区·西吉县)
    ("苏州·铜仁东西部协作联席会议召开。福州市长乐区·西吉县联席会议举行。", {}),
])
def test_names_checked_against_words_and_places(nlp, text, names):
    assert _people(nlp, text) == names


@pytest.mark.parametrize(("text", "role", "who"), [
    # on behalf of a body, then a statement (旗长X代表旗人民政府表示); not 对X代表的…逝世表示哀悼
    ("会议由旗人大常委会主任王刚主持。旗长乌云其木格代表旗人民政府表示，将认真落实大会决议。", "spoke", ["乌云其木格"]),
    ("会议由主任王刚主持。王刚说，让我们对李明代表的不幸逝世表示哀悼。", "spoke", ["王刚"]),
    # on behalf of a body, a comma, then the subject of an explanation (代表…党组，就…起草情况作了说明)
    ("会议由主任王刚主持。县教育局副局长达瓦卓玛代表县教育局党组，就《工作方案（送审稿）》起草情况作了说明。",
     "reported", ["达瓦卓玛"]),
    # an adverb before what the speaker heard (在认真听取发言后表示)
    ("市委书记崔光明主持召开座谈会。崔光明在认真听取发言后表示，民营企业是重要力量。", "spoke", ["崔光明"]),
    # Kazakh names holding 别 in a titled list
    ("会议由县长王刚主持。县委常委别克苏丹、杨静、马占福出席会议。", "attended", ["别克苏丹", "杨静", "马占福"]),
])
def test_behalf_and_heard_glue(nlp, text, role, who):
    assert sorted(_who(nlp, text, role)) == sorted(who)


def test_a_word_after_a_transliterated_name_is_none_of_it(nlp):
    # 奥巴马|特别代表: the word before the follower is no part of the name
    assert "奥巴马" in _people(nlp, "习近平主席特别代表汪洋与美国总统奥巴马特别代表雅各布·卢共同主持经济对话。")


@pytest.mark.parametrize(("text", "role", "who"), [
    # a label's roster runs to its sentence's end, whatever titles its items hold (茶与食品学院院长, 以及…董事长)
    ("会议由市长王刚主持。在座谈会上发言的有：社会科学院所长靳文澜，农林大学副校长、教授黄宇轩，武夷学院茶与食品学院院长"
     "上官秀芬，宏观经济研究院研究员程铮，以及知名企业家、茶业有限公司董事长邱振华。", "spoke",
     ["上官秀芬", "程铮", "邱振华", "靳文澜", "黄宇轩"]),
    # views a whole list puts forward, past a group at its end (A、B、C，以及…代表，对…逐条提出了修改意见)
    ("会议由主任王刚主持。研究院所长苏伯雅、文物局局长阎海清、律师协会副会长马骏，以及部分文物保护员代表，"
     "对草案有关条款逐条提出了修改意见。", "spoke", ["苏伯雅", "阎海清", "马骏"]),
    # a titled name before a phrase of the table no follower row holds (教师X分享了…)
    ("会议由区教育局局长王刚主持。区中学数学教研组长巩立新分享了教育援藏带来的课堂变化。", "spoke", ["巩立新"]),
])
def test_rosters_and_lists_to_their_sentence_end(nlp, text, role, who):
    assert sorted(_who(nlp, text, role)) == sorted(who)


def test_a_group_marker_is_no_given_name(nlp):
    # 委员|先后共献良策: a marker and a word after the title, no name
    assert _people(nlp, "驻当阳的省政协委员和本市政协委员先后共献良策四百五十条。") == {}


@pytest.mark.parametrize(("text", "role", "who"), [
    # a speakers' label naming them in order (发言的企业家依次是：A（…）、B（…）)
    ("会议由部长王刚主持。会上，发言的企业家依次是：柯立雄（鞋业集团有限公司董事长）、粘丽华（行业协会会长）。",
     "spoke", ["柯立雄", "粘丽华"]),
    # a Yi name ending in 作 before a comma of a titled roster
    ("会议由部长王刚主持。县委常委、宣传部部长沙马依作，副县长海来阿呷参加研讨。", "attended", ["沙马依作", "海来阿呷"]),
    # 区 opens a body's name before 和 (区住房和城乡建设局), no surname
    ("会议由部长王刚主持。区交通运输局局长范立群、区住房和城乡建设局副局长拉巴卓嘎分别汇报了工作。",
     "reported", ["拉巴卓嘎", "范立群"]),
    # reminders given at the meeting are a speech (就…作了提示)
    ("会议由部长王刚主持。消防救援大队大队长强巴罗布结合近期火灾案例，就冬季火灾防控作了提示。", "spoke", ["强巴罗布"]),
])
def test_speaker_labels_and_items_of_the_last_wave(nlp, text, role, who):
    assert sorted(_who(nlp, text, role)) == sorted(who)


def test_a_meeting_held_as_a_means_is_no_meeting_of_the_report(nlp):
    # 通过举办…会议展现了…: a commentator's reading of a meeting, whose commentators gave no speech at it
    text = ("美国报纸称，中国通过举办今年的合作组织会议展现了形象。"
            "俄罗斯通讯社主编马拉特·阿布哈金表示，本次会议推动了区域合作。")
    assert _record(nlp, text).meetings == []


def test_a_title_in_quotation_marks(nlp):
    # 新楼村“第一书记”X: a head of the table quoted whole is the title, and the list goes on through it
    text = "会议由部长王刚主持。区委书记丘立华、县委副书记巫海燕、新楼村“第一书记”侯梓明作交流发言。"
    assert _people(nlp, text)["侯梓明"] == ["新楼村“第一书记”"]
    assert sorted(_who(nlp, text, "spoke")) == ["丘立华", "侯梓明", "巫海燕"]
    # …not a nickname (离不开“实干市长”X)
    assert "实干市长" not in str(_people(nlp, "这离不开“实干市长”陈立昌的努力。"))


@pytest.mark.parametrize(("text", "role", "who"), [
    # a list before a report verb, no marker: each member reported (A、B通过视频汇报了…)
    ("县长刘永强主持会议。乡镇党委书记张家旺、李宏才通过视频汇报了防汛准备情况。", "reported", ["张家旺", "李宏才"]),
    # work arranged at the meeting is a speech (SPEC: 安排部署), after a topic that holds a list of its own
    ("校长阙文斌主持会议。教务处主任刘子墨、政教处主任马婷婷围绕教学管理、学生管理和后勤保障，分别作了工作安排。",
     "spoke", ["刘子墨", "马婷婷"]),
    ("校长阙文斌主持会议。高三年级组长禹红霞以“百日冲刺”为题，就高三复习备考作专题部署。", "spoke", ["禹红霞"]),
    # rare surnames after a title (俄, 侴)
    ("会议由院长韩振宇主持。副院长俄吉英作交流发言。", "spoke", ["俄吉英"]),
    ("会议由镇长褚建林主持。副镇长侴海鹏宣读了《马道镇春季森林防火工作方案》。", "reported", ["侴海鹏"]),
    # a village's cadre in charge (包村干部) and its forest ranger (护林员) hold titles that carry the chain
    ("会议由镇长褚建林主持。镇党委委员、副镇长、大刘庄村包村干部訾文博通报了收入排名情况。", "reported", ["訾文博"]),
    ("会议由镇长褚建林主持。草坝村护林员余有福作表态发言。", "spoke", ["余有福"]),
    # the presidium alone, after 由 (大会由主席团主持): the body presided
    ("2月2日，公司第一届职工代表大会第三次会议召开。大会由主席团主持。", "presided", ["主席团"]),
    # 参加上午的会议: a part of this meeting, not another
    ("3月5日上午，分公司召开党委会议。冼志豪主持会议。分公司领导班子成员訾红梅、晏少卿，各部门负责人参加上午的会议。",
     "attended", ["晏少卿", "訾红梅"]),
])
def test_constructions_of_the_twenty_second_round(nlp, text, role, who):
    assert sorted(_who(nlp, text, role)) == sorted(who)


def test_titles_of_village_cadres_and_places_holding_qi(nlp):
    text = ("会议由乡长王辉主持。镇党委委员、副镇长、大刘庄村包村干部訾文博，巴格其村党支部书记阿卜杜克热木·肉孜、"
            "其乃巴格村村委会主任热依拉·麦麦提依次发言。")
    titles = _people(nlp, text)
    assert titles["訾文博"] == ["镇党委委员", "副镇长", "大刘庄村包村干部"]
    # 其 inside a Uyghur village's name is no pronoun
    assert titles["阿卜杜克热木·肉孜"] == ["巴格其村党支部书记"]
    assert titles["热依拉·麦麦提"] == ["其乃巴格村村委会主任"]


def test_a_byline_name_in_brackets_presides_nothing(nlp):
    # （通讯员 X）3月4日，马道镇先后召开…: 先后 is no "after", and a name in a bracket is no subject after it
    for text in ("本报讯（通讯员 昝雯）3月4日，马道镇先后召开镇党委会议和部署会。",
                 "本报讯（通讯员 昝雯）3月4日，在马道镇召开镇党委会议。"):
        assert _who(nlp, text, "presided") == []


def test_a_rule_quoted_gives_the_presidium_no_chair(nlp):
    # …规定，主席团主持全国人民代表大会会议: the law's words, not this meeting's chair
    text = ("第十三届全国人民代表大会第一次会议4日上午举行预备会议。张德江主持会议。"
            "全国人民代表大会组织法和全国人大议事规则规定，主席团主持全国人民代表大会会议。")
    assert _who(nlp, text, "presided") == ["张德江"]


@pytest.mark.parametrize(("text", "role", "who"), [
    # Tibetan names whose later part holds a character no transliteration needs (罗绒|向秋, 洛绒|曲批)
    ("会议由县长王平主持。县人大常委会主任曲批、县政协主席罗绒向秋等县级领导出席会议。", "attended", ["曲批", "罗绒向秋"]),
    ("会议由县长王平主持。乡武装部部长洛绒曲批就集训工作作了说明。", "reported", ["洛绒曲批"]),
    # a forest ranger described before a transliterated name, in a comma roster
    ("会议由县长王平主持。查尔村村委会主任泽仁卓玛，以及护林员格绒呷玛，分别就网格化巡护、野外用火管控等作了发言。",
     "spoke", ["格绒呷玛", "泽仁卓玛"]),
    # a roster's label before a transliterated first item; a Mongolian name ending in 和 (那顺孟和)
    ("会议由市长王平主持。出席会议的市领导还有那顺孟和、高鹏飞、斯琴图雅、郝建国等。", "attended",
     ["那顺孟和", "斯琴图雅", "郝建国", "高鹏飞"]),
    ("会议由市长王平主持。出席会议的市领导有巴特尔、高鹏飞。", "attended", ["巴特尔", "高鹏飞"]),
    # a roster's tail of the units' posts, counted (…，各村党支部书记、村委会主任共计120余人参加会议)
    ("会议由镇长王平主持。工作队队长、第一书记周志远等驻村工作队员，各村党支部书记、村委会主任共计120余人参加会议。",
     "attended", ["周志远"]),
    # a squad leader (班长) holds a title, and the name after it is read though a word is in it (于长江)
    ("会议由经理王平主持。管网维修班班长于长江作表态发言。", "spoke", ["于长江"]),
    # each of a roster examines himself (依次对照检查), the marker not read into a Tibetan name (边巴|依次)
    ("3月5日，乡党委召开民主生活会。随后，乡党委委员、副乡长尼玛次仁、达瓦卓嘎，乡人大主席边巴依次对照检查。", "reported",
     ["尼玛次仁", "达瓦卓嘎", "边巴"]),
    # a reading session held as a forum (讲坛) is a meeting, its presider too
    ("当天下午，泾县政协举办2024年度委员读书活动暨第二期“宣政讲坛”。县政协副主席汤丽娜主持活动。", "presided", ["汤丽娜"]),
])
def test_minority_names_in_rosters(nlp, text, role, who):
    assert sorted(_who(nlp, text, role)) == sorted(who)


def test_a_host_before_a_title_and_a_decision_on_a_list(nlp):
    # 东道主 opens no title prefix (东道主俄罗斯总统普京)
    assert _people(nlp, "15时40分许，东道主俄罗斯总统普京宣布会议开始。") == {"普京": ["俄罗斯总统"]}
    # 接受A、B辞去…职务: each name of the decision's list, with the post
    assert _people(nlp, "会议接受了张华明、刘晓辞去县人民政府副县长职务的请求。") == {
        "张华明": ["县人民政府副县长"], "刘晓": ["县人民政府副县长"]}


@pytest.mark.parametrize(("text", "role", "who"), [
    # a Yi name ending in 作 before 出席 (no verb 作 there), in a comma roster of titled names
    ("会议由乡人大主席吉克阿呷主持。乡党委书记阿苏拉博，乡党委副书记、乡长沙马日体，县人大常委会副主任阿的依作出席会议。",
     "attended", ["阿的依作", "阿苏拉博", "沙马日体"]),
    # a rare surname after a title (姒)
    ("会议由主席王平主持。区政协常委姒国庆，委员衣晓楠、毕海潮先后发言。", "spoke", ["姒国庆", "毕海潮", "衣晓楠"]),
    # a described member whose post follows in brackets, then the next item: the structure licenses the name
    ("会议由主任王平主持。佘宏等专家学者，企业家代表谈启航（浙江恒岳新能源科技股份有限公司董事长）、"
     "司徒静（重庆云启智能装备集团有限公司总经理），围绕稳定市场预期等先后发言。", "spoke", ["佘宏", "司徒静", "谈启航"]),
    # a reading shared under a title is a speech (以《…》为题作读书分享)
    ("会议由主席王平主持。县图书馆馆长缪晓琳以《在一张宣纸里读懂泾县》为题作读书分享。", "spoke", ["缪晓琳"]),
])
def test_names_and_speeches_of_the_second_wave(nlp, text, role, who):
    assert sorted(_who(nlp, text, role)) == sorted(who)


def test_dotted_names_their_titles_and_edges(nlp):
    # a member's title written after a dotted name
    assert _people(nlp, "会议由主席王平主持。古丽米拉·艾合买提委员建议，深化民族团结。")["古丽米拉·艾合买提"] == ["委员"]
    # no country before it, nor the verbs around it, is part of the name
    assert "诺罗敦·西哈努克" in _people(nlp, "正在北京疗养的柬埔寨诺罗敦·西哈努克国王12日致函钱其琛副总理。")
    assert "哈桑纳尔·博尔基亚" in _people(nlp, "发来慰问电的有：秘鲁总统藤森、文莱苏丹哈桑纳尔·博尔基亚、埃及总统穆巴拉克。")
    assert _people(nlp, "墨西哥恰帕斯州议会7日批准胡利奥·鲁伊斯辞去州长职务。") == {"胡利奥·鲁伊斯": ["州长"]}
