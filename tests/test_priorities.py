"""Priority lists: every marker style, nesting, restarts and false markers, on real report text.

The passages are quoted from the reports of shared/gold (seed.jsonl and dev.jsonl), cleaned with
pipeline.clean.clean_text; the expected values are the gold annotations of those reports.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import passages
import pytest
from huiyi.pipeline.priorities import cn_to_int, declared_count, find_priority_lists
from huiyi.pipeline.text import Sentences

SEED = passages.SEED  # the seed report, cleaned (examples/seed.jsonl)

P0036 = (
    "栗战书强调，在新时代新征程上，人大代表、人大常委会组成人员、人大机关工作人员都要把“两个确立”的"
    "政治共识转化为“两个维护”的实际行动，切实肩负起宪法法律赋予的使命职责。一要牢牢把握坚持党的全面"
    "领导这一最高政治原则。二要坚持以习近平新时代中国特色社会主义思想统揽和指引人大工作。三要落实发展"
    "全过程人民民主的要求，把人大各项工作建立在坚实的民意基础之上。四要牢固树立法治意识，严格依法按程"
    "序办事。五要按照“四个机关”的定位要求加强人大自身建设。"
)

P0015 = (
    "会议强调，事故抢险救援和善后处理等各项工作任务极其艰巨。各有关方面要以对人民群众生命安全高度负责"
    "的态度，以更加有力的举措、更加科学的方法，扎实稳妥做好各项工作。\n"
    "一是要继续全力搜救遇险人员。要把抢救生命放在首位，继续组织力量对事故现场及周边区域进行反复排查，"
    "决不放弃任何一个失联人员。要细致核查死亡、受伤及失联人员情况，确保核对清楚、准确无误。\n"
    "二是要千方百计救治伤员。要加强对医疗救治工作的指导协调，调集医疗力量和资源，全力以赴救治受伤人员"
    "。对危重伤员，要逐一制定救治方案，精心做好伤员护理和康复，最大程度减少因伤死亡和因伤致残。\n"
    "三是要有序进行现场清理。要深入开展风险隐患排查，准确摸清现场存留的各种危化品，科学制定现场清理方"
    "案。在确保安全的前提下，稳妥处置各类易燃易爆危险化学品，坚决避免发生次生事故。\n"
    "四是要加强环境监测。要增强监测力量，对事故区域周边大气、土壤、水质等进行24小时不间断监测，准确"
    "发布监测数据，完善应急处置预案，严防发生重大环境污染事故。\n"
    "五是要做好善后处置工作。要帮助和安抚因事故受伤人员以及遇难、失踪人员的亲属，妥善安排好受灾群众临"
    "时生活救助，抓紧核查事故周边群众及企业的受损情况，依法依规、合情合理研究制定救助、补偿方案。对牺"
    "牲的消防人员，无论什么性质编制，要一视同仁给予荣誉和做好抚恤。\n"
    "六是要加强信息发布和舆论工作。要按照及时、准确、公开、透明的原则，主动发布事故及其处置准确权威信"
    "息，积极回应群众关切。\n"
    "七是要彻查事故责任并严肃追责。国务院事故调查组要查清事故原因，查明事故性质和责任，不放过一丝疑点"
    "，不论涉及到谁都要一查到底，依法依规严肃追责，对涉及玩忽职守、失职渎职、违法违规的决不姑息，给社"
    "会一个负责任的交代。"
)

P0023 = (
    "会议指出，按照党中央、国务院部署，继续加大困难地区和薄弱环节教育投入，有利于促进教育公平和基本公"
    "共服务均等化。会议确定，一是2018-2020年中央财政新增安排70亿元，重点支持“三区三州”教"
    "育脱贫攻坚。中央预算内投资加大支持贫困县、民族自治县等改善教育设施。二是今年中央财政新增130亿"
    "元，重点用于中西部、贫困地区和农村义务教育、职业教育等。三是新增1万名“特岗计划”教师名额，重点"
    "向深度贫困地区倾斜。四是逐步全面实现义务教育教师平均工资水平不低于当地公务员平均工资水平。落实乡"
    "村教师生活补助。\n"
    "为更好满足亿万家庭“幼有所育”需求，会议要求，严格落实城镇小区配建幼儿园政策，引导社会力量按照规"
    "范要求举办普惠性幼儿园和托幼机构，鼓励各地因地制宜多渠道增加供给。强化幼儿安全防护，依法加强准入"
    "、安全等监管。让广大幼儿健康快乐、父母安心放心。\n"
    "为推进奶业振兴，提升乳品质量安全水平，会议确定：一是引进良种奶牛，建设国家核心育种场。加强优质饲"
    "草料生产。发展标准化规模养殖，建设优质奶源基地。二是强化监管，修订提高生鲜乳、灭菌乳等国家标准，"
    "建立全过程质量追溯体系。力争3年内显著提升国产婴幼儿配方乳粉品质和美誉度。三是强化金融保险、用地"
    "等支持，为奶业振兴创造条件。"
)

P0017 = (
    "习近平强调，西部地区特别是民族地区、边疆地区、革命老区、连片特困地区贫困程度深、扶贫成本高、脱贫"
    "难度大，是脱贫攻坚的短板，进一步做好东西部扶贫协作和对口支援工作，必须采取系统的政策和措施。他为"
    "此提出4点要求。\n"
    "第一，提高认识，加强领导。西部地区要增强紧迫感和主动性，不以事艰而不为，不以任重而畏缩，倒排工期"
    "、落实责任，抓紧施工、强力推进。东部地区要增强责任意识和大局意识，下更大气力帮助西部地区打赢脱贫"
    "攻坚战。双方党政主要负责同志要亲力亲为推动工作，把实现西部地区现行标准下的农村贫困人口如期脱贫作"
    "为主要目标，加大组织实施力度。要坚持精准扶贫、精准脱贫，把帮扶资金和项目重点向贫困村、贫困群众倾"
    "斜，扶到点上、扶到根上。要加大投入力度，东部地区根据财力增长情况，逐步增加对口帮扶财政投入；西部"
    "地区整合用好扶贫协作和对口支援等各类资源，聚焦脱贫攻坚。\n"
    "第二，完善结对，深化帮扶。要着眼于任务的适当平衡，完善省际结对关系。在此基础上，实施“携手奔小康"
    "”行动，着力推动县与县精准对接，还可以探索乡镇、行政村之间结对帮扶。要动员东部地区各级党政机关、"
    "人民团体、企事业单位、社会组织、各界人士等积极参与脱贫攻坚工作。要加大产业带动扶贫工作力度，着力"
    "增强贫困地区自我发展能力。推进东部产业向西部梯度转移，要把握好供需关系，让市场说话，实现互利双赢"
    "、共同发展。要把东西部产业合作、优势互补作为深化供给侧结构性改革的新课题，大胆探索新路。在科技创"
    "新上，西部地区要不求所有、但求所用，东部地区要舍得拿出真技术支持西部地区。\n"
    "第三，明确重点，精准聚焦。产业合作、劳务协作、人才支援、资金支持都要瞄准建档立卡贫困人口脱贫精准"
    "发力。要着眼于增加就业，建立和完善劳务输出对接机制，提高劳务输出脱贫的组织化程度。要在发展经济的"
    "基础上，向教育、文化、卫生、科技等领域合作拓展。要继续发挥互派干部等方面的好经验、好做法，促进观"
    "念互通、思路互动、技术互学、作风互鉴。要加大对西部地区干部特别是基层干部、贫困村致富带头人的培训"
    "力度，打造一支留得住、能战斗、带不走的人才队伍。\n"
    "第四，加强考核，确保成效。要用严格的制度来要求和监督，抓紧制定考核评价指标。要突出目标导向、结果"
    "导向，不仅要看出了多少钱、派了多少人、给了多少支持，更要看脱贫的实际成效。西部地区是脱贫攻坚的责"
    "任主体，也要纳入考核范围。"
)

P0017B = (
    "习近平强调，抓工作，要有雄心壮志，更要有科学态度。一是领导工作要实，做到谋划实、推进实、作风实，"
    "求真务实，真抓实干。二是任务责任要实，做到分工实、责任实、追责实，分工明确，责任明确，履责激励，"
    "失责追究。三是资金保障要实，做到投入实、资金实、到位实，精打细算，用活用好，用在关键，用出效益。"
    "四是督查验收要实，做到制度实、规则实、监督实，加强检查，严格验收，既不拖延，也不虚报。"
)

P0066 = (
    "河南省政协主席叶冬松受政协十届河南省委员会常务委员会委托,向大会作工作报告。报告共分三大部分;第"
    "一,十届省政协工作回顾;第二,过去五年工作的经验体会;第三,今后五年工作的建议。"
)

P0004 = (
    "会议讨论通过《关于深入推进义务教育均衡发展的意见》，确定了以下政策措施：(一)推动优质教育资源共"
    "享。鼓励建立学校联盟，提倡对口帮扶，整体提升学校办学水平。大力推进教育信息化，提高社会教育资源利"
    "用水平。(二)均衡配置办学资源。增加财政对农村地区、贫困地区以及薄弱环节的投入。各省级政府要为农"
    "村中小学配齐图书、教学实验仪器设备、音体美等器材，改善学生宿舍、食堂等生活设施。(三)均衡配置教"
    "师资源。鼓励优秀高校毕业生到农村学校或薄弱学校任教。对长期在农村基层和艰苦边远地区工作的教师，在"
    "工资、职称等方面实行倾斜政策。逐步实行城乡统一的中小学编制标准。(四)保障进城务工人员随迁子女、"
    "农村留守儿童、残疾儿童少年、孤儿、流浪儿童等平等接受义务教育。(五)全面提高教育质量。建立以素质"
    "教育为导向的质量评价体系。促进学生全面发展和生动活泼主动发展，切实减轻学生过重课业负担。培养学生"
    "的社会责任感、创新精神和实践能力。鼓励学校开展教育教学改革实验，努力办出特色、办出水平。(六)加"
    "强和改进学校管理。完善学生学籍管理办法，建立以居住地学龄人口为基准的义务教育管理和公共服务机制。"
    "会议强调，推进义务教育均衡发展要遵循教育规律，符合客观实际，强化地方政府责任。要调动各方面积极性"
    "，在努力办好公办教育的同时，鼓励发展民办教育。\n"
    "会议指出，保障适龄儿童少年就近入学是政府的法定责任，是基本公共服务的重要内容。农村义务教育学校布"
    "局，要统筹考虑城乡人口流动、学龄人口变化，以及当地地理环境及交通状况、教育条件保障能力、学生家庭"
    "经济负担等因素，充分考虑学生的年龄特点，努力满足适龄儿童少年就近接受良好义务教育的要求。\n"
    "会议对规范农村义务教育学校布局调整提出了指导意见。一要科学制定农村义务教育学校布局规划。合理确定"
    "县域内教学点、村小、中心小学、初中学校布局，以及寄宿制学校和非寄宿制学校的比例，确保学校布局与学"
    "龄人口居住分布相适应。二要严格规范农村义务教育学校撤并程序。确因生源减少需要撤并学校的，必须严格"
    "履行论证、公示、报批等程序，广泛听取学生家长、学校师生、村民自治组织和乡镇政府的意见，保障群众充"
    "分参与并监督决策过程。已经撤并的学校或教学点，确有必要的应重新规划，按程序予以恢复。三要办好村小"
    "和教学点。提高生均公用经费标准，保证正常运转。采取多种措施改善办学条件，提高村小和教学点教学质量"
    "。四要加强农村寄宿制学校建设和管理。按照国家或省级标准为寄宿制学校配备教学、生活设施和必要的管理"
    "、服务、保安人员。加强安全管理和教育。落实校车安全管理条例，切实保障学生上下学交通安全。"
)

P0109 = (
    "会议议定事项如下:\n"
    "一、会议原则通过了区十五届人大常委会关于《海淀区人民政府关于并案办理“进一步加强全国科技创新中心"
    "核心区建设,发挥创新引领和辐射带动作用”议案情况的报告》的审议意见书,决定修改完善后提交区政府研"
    "究办理并向社会公布。\n"
    "二、会议听取了代表资格审查委员会关于海淀区第十六届人民代表大会代表资格审查情况的报告。\n"
    "三、会议讨论了提交区十六届一次人代会审议的常委会工作报告。\n"
    "四、会议研究了区十五届人大常委会第三十八次会议议题准备情况及日程安排。"
)

P0155 = (
    "11月21日下午,庄天慧主持召开十一届党委常委会第122次会议。张强、刘登才、李明洲、卢艳丽、丁"
    "林、王际睿、杨锦秀、江英飒、高雪松参加会议,刘鹏请假,吴德列席会议。 1.会议传达学习了习近平总"
    "书记近期重要指示精神。 2.会议传达学习了省委十二届四次全会精神。 3.会议研究了干部工作。 4"
    ".会议审议并原则同意《关于推进落实“时代新人铸魂工程”的工作方案》。"
)

P0110 = passages.P0110

P0152 = (
    "会上,县农委主任、党组书记许昌发对此次党员和群众推荐(二推一选)工作进行动员;鲁晓峰发表讲话并提"
    "出四点建议,一是要抓好组织动员,确保党的领导,二是要明确资格条件,选优选强队伍,三是要保证要素不"
    "少,步骤不漏,程序不乱,四是要讲政治,讲规矩,讲纪律。"
)

P0027 = (
    "栗战书说，在执法检查中引入第三方对法律实施情况和效果开展评估，对常委会监督工作来说还是第一次，也"
    "是一次探索创新，主要有以下几点考虑：一是通过借用“外脑”，更多采用数据化、精准化的监督方式，为执"
    "法检查提供技术支撑和专业参考，推动人大监督工作提质增效。二是用更加客观、中立的视角，去审视、评价"
    "法律实施情况和各地区各部门工作，使人大监督更有力度、更具权威。三是评估既是对法律执行情况的评价，"
    "也是对立法质量的检测，可以促进法律制度健全完善、有效实施。"
)

P0061 = (
    "会议指出，纵深推进全国统一大市场建设，基本要求是“五统一、一开放”，即统一市场基础制度、统一市场"
    "基础设施、统一政府行为尺度、统一市场监管执法、统一要素资源市场，持续扩大对内对外开放。"
)

P0043A = (
    "习近平指出，维护党中央集中统一领导，是一个成熟的马克思主义执政党的重大建党原则。我们这么大一个党"
    "、这么大一个国家，如果党中央不能实行坚强有力的集中统一领导，就会出现各自为政、自行其是的局面，那"
    "就什么事情也干不成。维护党中央集中统一领导是具体的而不是抽象的，首先要落实到坚定维护党中央权威上"
    "，落实到增强“四个意识”、坚定“四个自信”、做到“两个维护”的实际行动上。任何时候任何情况下都要"
    "坚持同党中央保持高度一致，在党中央统一指挥的合奏中形成和声，决不能荒腔走板、变味走调；任何时候任"
    "何情况下都要坚持以党的旗帜为旗帜、以党的方向为方向、以党的意志为意志，做到党中央提倡的坚决响应，"
    "党中央决定的坚决照办，党中央禁止的坚决不做，时常对标对表，及时校正偏差；任何时候任何情况下都要坚"
    "持对党绝对忠诚，与党中央同心同德，真心爱党、时刻忧党、坚定护党、全力兴党。工作中的重大决策、重大"
    "事项、重要情况要及时向党中央请示报告。"
)

P0057 = (
    "习近平强调，严格执行和维护党的纪律，是全党的共同责任。各级党委（党组）要承担好主体责任，党组织书"
    "记要履行好第一责任人职责，其他领导班子成员要履行好“一岗双责”，一级带一级，推动党的纪律建设不断"
    "取得新成效。中央政治局的同志要切实担负起党的纪律建设的政治责任，及时全面了解分管领域或主政地方纪"
    "律建设情况，对职责范围内的问题要敢管敢治、严管严治，责无旁贷当好加强党的纪律建设的领导者、执行者"
    "、推动者。"
)


def run(text: str):
    return find_priority_lists(text, Sentences(text))


def summary(pl) -> tuple:
    return pl.heading, pl.declared_count, [(it.n, it.lead) for it in pl.items]


def test_seed_lists_exact():
    lists = run(SEED)
    assert [summary(pl) for pl in lists] == [
        ("下半年要集中精力抓好六个方面重点工作", 6, [
            (1, "慎终如始抓好常态化疫情防控"), (2, "以奋进态势加快经济高质量发展"), (3, "以攻坚行动突破中关村科学城"),
            (4, "以绣花功夫推进城市系统治理"), (5, "以尖兵作为统筹全面深化改革"), (6, "以炽热情怀保障和改善民生"),
        ]),
        ("要切实做好当前重要工作", None, [
            (1, "毫不松懈抓好疫情防控"), (2, "全面有序推进复工复产"), (3, "全力以赴做好接诉即办"),
            (4, "扎实做好防汛工作"),
        ]),
    ]
    first, second = lists
    assert first.style == second.style == "yao"
    assert [it.marker for it in first.items] == ["一要", "二要", "三要", "四要", "五要", "六要"]
    assert first.parent is None and second.parent is None
    assert first.meeting == 0
    assert not first.count_mismatch
    # item text runs to the next item; the last item stops at the end of its paragraph
    assert first.items[0].text.startswith("慎终如始抓好常态化疫情防控，强化底线思维")
    assert first.items[0].text.endswith("巩固好来之不易的防控成果。")
    assert first.items[5].text.endswith("更可持续。")
    assert second.items[3].text.endswith("为首都发展作出更大贡献。")
    # evidence: offsets of the item, sentence of its marker
    ev = first.items[1].evidence
    assert SEED[ev.start:ev.start + 2] == "二要"
    assert ev.sentence.startswith("二要以奋进态势加快经济高质量发展")


def test_yao_within_sentence_heading_is_last_clause():
    (pl,) = run(P0036)
    assert summary(pl) == ("切实肩负起宪法法律赋予的使命职责", None, [
        (1, "牢牢把握坚持党的全面领导这一最高政治原则"),
        (2, "坚持以习近平新时代中国特色社会主义思想统揽和指引人大工作"),
        (3, "落实发展全过程人民民主的要求"), (4, "牢固树立法治意识"), (5, "按照“四个机关”的定位要求加强人大自身建设"),
    ])
    assert pl.style == "yao"


def test_shi_across_paragraphs_heading_is_previous_sentence():
    (pl,) = run(P0015)
    assert pl.style == "shi"
    assert pl.heading == (
        "各有关方面要以对人民群众生命安全高度负责的态度，以更加有力的举措、更加科学的方法，扎实稳妥做好各项工作"
    )
    assert pl.declared_count is None
    assert [(it.n, it.lead) for it in pl.items] == [
        (1, "要继续全力搜救遇险人员"), (2, "要千方百计救治伤员"), (3, "要有序进行现场清理"), (4, "要加强环境监测"),
        (5, "要做好善后处置工作"), (6, "要加强信息发布和舆论工作"), (7, "要彻查事故责任并严肃追责"),
    ]
    assert [it.marker for it in pl.items][:2] == ["一是", "二是"]
    # an item spans its paragraph, not the next one
    assert pl.items[0].text.endswith("确保核对清楚、准确无误。")
    assert "\n" not in pl.items[6].text


def test_numbering_restart_starts_a_new_list():
    lists = run(P0023)
    assert [summary(pl) for pl in lists] == [
        ("会议确定", None, [
            (1, "2018-2020年中央财政新增安排70亿元"), (2, "今年中央财政新增130亿元"),
            (3, "新增1万名“特岗计划”教师名额"),
            (4, "逐步全面实现义务教育教师平均工资水平不低于当地公务员平均工资水平"),
        ]),
        ("为推进奶业振兴，提升乳品质量安全水平，会议确定", None, [
            (1, "引进良种奶牛"), (2, "强化监管"), (3, "强化金融保险、用地等支持"),
        ]),
    ]
    assert all(pl.parent is None for pl in lists)


def test_di_style_with_declared_count():
    (pl,) = run(P0017)
    assert pl.style == "di"
    assert summary(pl) == ("他为此提出4点要求", 4, [(1, "提高认识"), (2, "完善结对"), (3, "明确重点"), (4, "加强考核")])
    assert [it.marker for it in pl.items] == ["第一，", "第二，", "第三，", "第四，"]


def test_shi_heading_drops_speaker():
    (pl,) = run(P0017B)
    assert summary(pl) == ("抓工作，要有雄心壮志，更要有科学态度", None, [
        (1, "领导工作要实"), (2, "任务责任要实"), (3, "资金保障要实"), (4, "督查验收要实"),
    ])


def test_di_style_ascii_punctuation():
    (pl,) = run(P0066)
    assert summary(pl) == ("报告共分三大部分", 3, [
        (1, "十届省政协工作回顾"), (2, "过去五年工作的经验体会"), (3, "今后五年工作的建议"),
    ])


def test_paren_style_and_following_yao_list():
    paren, yao = run(P0004)
    assert paren.style == "paren"
    assert [it.marker for it in paren.items][:2] == ["(一)", "(二)"]
    assert summary(paren) == ("确定了以下政策措施", None, [
        (1, "推动优质教育资源共享"), (2, "均衡配置办学资源"), (3, "均衡配置教师资源"),
        (4, "保障进城务工人员随迁子女、农村留守儿童、残疾儿童少年、孤儿、流浪儿童等平等接受义务教育"),
        (5, "全面提高教育质量"), (6, "加强和改进学校管理"),
    ])
    # the last item stops before the next speaker sentence ("会议强调，…")
    assert paren.items[5].text.endswith("义务教育管理和公共服务机制。")
    assert summary(yao) == ("会议对规范农村义务教育学校布局调整提出了指导意见", None, [
        (1, "科学制定农村义务教育学校布局规划"), (2, "严格规范农村义务教育学校撤并程序"), (3, "办好村小和教学点"),
        (4, "加强农村寄宿制学校建设和管理"),
    ])
    assert yao.parent is None


def test_dun_style_at_line_start():
    (pl,) = run(P0109)
    assert pl.style == "dun"
    assert pl.heading == "会议议定事项如下"
    assert [(it.n, it.lead) for it in pl.items] == [
        (1, "会议原则通过了区十五届人大常委会关于《海淀区人民政府关于并案办理“进一步加强全国科技创新中心核心区建设"),
        (2, "会议听取了代表资格审查委员会关于海淀区第十六届人民代表大会代表资格审查情况的报告"),
        (3, "会议讨论了提交区十六届一次人代会审议的常委会工作报告"),
        (4, "会议研究了区十五届人大常委会第三十八次会议议题准备情况及日程安排"),
    ]


def test_arabic_style_inline_without_heading():
    (pl,) = run(P0155)
    assert pl.style == "arabic"
    assert summary(pl) == (None, None, [
        (1, "会议传达学习了习近平总书记近期重要指示精神"), (2, "会议传达学习了省委十二届四次全会精神"),
        (3, "会议研究了干部工作"), (4, "会议审议并原则同意《关于推进落实“时代新人铸魂工程”的工作方案》"),
    ])
    assert [it.marker for it in pl.items] == ["1.", "2.", "3.", "4."]


def test_declared_count_mismatch_and_false_di_marker():
    # "第一阶段" is an ordinal word, not a list marker; the text breaks off after four of "五方面特点"
    (pl,) = run(P0110)
    assert summary(pl) == ("总体呈现五方面特点", 5, [
        (1, "政治站位高"), (2, "法律意识强"), (3, "群众观念牢"), (4, "工作内容实"),
    ])
    assert pl.count_mismatch


def test_items_separated_by_commas():
    (pl,) = run(P0152)
    assert summary(pl) == ("鲁晓峰发表讲话并提出四点建议", 4, [
        (1, "要抓好组织动员"), (2, "要明确资格条件"), (3, "要保证要素不少"), (4, "要讲政治"),
    ])
    assert pl.items[2].text == "要保证要素不少,步骤不漏,程序不乱"


def test_first_time_is_not_a_marker():
    # "还是第一次" comes before the real list
    (pl,) = run(P0027)
    assert summary(pl) == ("主要有以下几点考虑", None, [
        (1, "通过借用“外脑”"), (2, "用更加客观、中立的视角"), (3, "评估既是对法律执行情况的评价"),
    ])


@pytest.mark.parametrize("text", [P0061, P0043A, P0057])
def test_false_markers_make_no_list(text):
    # 统一要素资源市场 (统一要), 首先要落实到… (a single 首先), 第一责任人, 一岗双责, 一级带一级
    assert run(text) == []


@pytest.mark.parametrize("text", [
    "一是一、二是二，不搞变通。",
    "会议提出一要求：全体干部第一时间到岗。第一书记第一次参加会议，第二次会议另行通知。",
    "统一思想，统一行动。",
])
def test_numeral_words_are_not_markers(text):
    assert run(text) == []


def test_nested_lists_keep_parent_and_child():
    # section heads (一、) whose sections hold 一是/一要 lists; sentences from dev reports 0109, 0152, 0036
    text = (
        "会议议定事项如下:\n"
        "一、会议听取了代表资格审查委员会关于海淀区第十六届人民代表大会代表资格审查情况的报告。\n"
        "鲁晓峰发表讲话并提出四点建议,一是要抓好组织动员,确保党的领导,二是要明确资格条件,选优选强队伍。\n"
        "二、会议讨论了提交区十六届一次人代会审议的常委会工作报告。\n"
        "一要牢固树立法治意识，严格依法按程序办事。二要按照“四个机关”的定位要求加强人大自身建设。\n"
        "三、会议研究了区十五届人大常委会第三十八次会议议题准备情况及日程安排。"
    )
    lists = run(text)
    assert [(pl.style, pl.parent) for pl in lists] == [("dun", None), ("shi", (0, 1)), ("yao", (0, 2))]
    assert lists[1].heading == "鲁晓峰发表讲话并提出四点建议"
    assert lists[1].declared_count == 4 and lists[1].count_mismatch
    assert [it.lead for it in lists[2].items] == ["牢固树立法治意识", "按照“四个机关”的定位要求加强人大自身建设"]
    # the parent item holds its child list
    assert "一是要抓好组织动员" in lists[0].items[0].text


def test_sequence_words_number_the_items():
    # 首先…其次…最后 (sentences from dev reports 0031 and 0080)
    text = (
        "会议强调，各地要坚持目标导向和问题导向，聚焦关键，精准发力推动投资提速增效。"
        "首先，加快推进重点项目应开尽开。其次，全力提速中央资金支付。最后，加强项目谋划储备。"
    )
    (pl,) = run(text)
    assert pl.style == "seq"
    assert summary(pl) == ("各地要坚持目标导向和问题导向，聚焦关键，精准发力推动投资提速增效", None, [
        (1, "加快推进重点项目应开尽开"), (2, "全力提速中央资金支付"), (3, "加强项目谋划储备"),
    ])


def test_qi_markers_number_the_items():
    # 其一，…；其二，… (a marker of its own, not 其一是)
    (pl,) = run("冯国栋强调，要对标对表年初目标。其一，要扭住产业发展不放松，扩大规模；其二，要抓实稳岗就业；"
                "其三，要持续深化民族团结进步创建。")
    assert pl.style == "qi"
    assert [(it.n, it.lead) for it in pl.items] == [(1, "要扭住产业发展不放松"), (2, "要抓实稳岗就业"),
                                                   (3, "要持续深化民族团结进步创建")]
    assert run("这是其一，也是最重要的一条。") == []


def test_a_list_opened_by_shouxian_goes_on_in_ordinals():
    # 首先，…第二，…第三，…: one list, numbered 1, 2, 3
    (pl,) = run("俞正声强调，援疆工作要突出重点。首先，一定要千方百计把就业搞上去，通过实施就业优先战略。"
                "第二，一定要坚定不移把教育搞上去。第三，一定要坚持不懈把人才建设搞上去，通过加强内地人才援疆。")
    assert [(it.n, it.lead) for it in pl.items] == [(1, "一定要千方百计把就业搞上去"), (2, "一定要坚定不移把教育搞上去"),
                                                   (3, "一定要坚持不懈把人才建设搞上去")]


def test_arabic_paren_style():
    text = "为推进奶业振兴，会议确定：（1）引进良种奶牛；（2）强化监管；（3）强化金融保险、用地等支持。"
    (pl,) = run(text)
    assert pl.style == "arabic_paren"
    assert [(it.n, it.lead) for it in pl.items] == [
        (1, "引进良种奶牛"), (2, "强化监管"), (3, "强化金融保险、用地等支持"),
    ]


def test_single_marker_or_gap_in_numbering_is_no_list():
    assert run("会议要求，一是抓学习。会议强调，三是抓落实。") == []


def test_declared_count_and_numerals():
    assert declared_count("下半年要集中精力抓好六个方面重点工作") == 6
    assert declared_count("他为此提出4点要求") == 4
    assert declared_count("报告共分三大部分") == 3
    assert declared_count("主要有以下几个方面") is None
    assert declared_count("把“两个确立”的政治共识转化为“两个维护”的实际行动") is None
    assert declared_count("党的十八大以来") is None
    assert declared_count(None) is None
    numerals = ("三", "十", "十二", "二十", "二十三", "7", "１２", "百", "一百零八", "一百一十", "二二", "十十")
    assert [cn_to_int(s) for s in numerals] == [3, 10, 12, 20, 23, 7, 12, None, 108, 110, None, None]


SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.mark.skipif(not (SHARED / "gold" / "dev.jsonl").exists(), reason="needs ../shared/gold")
def test_dev_set_priority_items_f1():
    from huiyi.pipeline.clean import clean_text

    spec = importlib.util.spec_from_file_location("ref_score", SHARED / "tools" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    for name, target in (("seed.jsonl", 1.0), ("dev.jsonl", 0.93)):
        gold = score.load(SHARED / "gold" / name)
        preds = {}
        for rid, rec in gold.items():
            text = clean_text(rec["text"])
            lists = find_priority_lists(text, Sentences(text))
            preds[rid] = {"id": rid, "priority_lists": [
                {"items": [{"n": it.n, "lead": it.lead} for it in pl.items]} for pl in lists]}
        out, _ = score.score(gold, preds)
        assert out["priority_items"]["f1"] >= target, (name, json.dumps(out["priority_items"]))


def test_first_marker_may_follow_its_subject():
    # People's Daily style: the subject stands before 一是; "一是一些…" is a marker, "统一要求" is not
    (pl,) = run("目前的戏剧评论文章一是量少，二是质差。")
    assert summary(pl) == ("目前的戏剧评论文章", None, [(1, "量少"), (2, "质差")])
    (pl,) = run("不稳定因素有：一是农业基础脆弱。二是一些国有企业经营困难。")
    assert [(it.n, it.lead) for it in pl.items] == [(1, "农业基础脆弱"), (2, "一些国有企业经营困难")]
    assert run("会议统一要求，二要加强领导。") == []


def test_bare_numerals_after_a_declared_count(nlp):
    """Written for this test: 一/二/三 with no 是/要/、 are markers only after "提出三点要求：", all three, in order."""
    from huiyi.pipeline.extract import doc_to_record
    from huiyi.pipeline.reader import Report

    text = ("最后，书记作总结并提出三点要求：一提高站位抓好落实。各单位要明确分工。二围绕目标抓紧行动。"
            "要倒排工期。三完善机制加强督导。一年来成效明显。")
    rec = doc_to_record(nlp(text), Report(id="t", text=text))
    (lst,) = rec.priority_lists
    assert [(it.n, it.lead) for it in lst.items] == [(1, "提高站位抓好落实"), (2, "围绕目标抓紧行动"), (3, "完善机制加强督导")]
    assert lst.declared_count == 3


def test_bare_numerals_need_every_announced_item(nlp):
    from huiyi.pipeline.extract import doc_to_record
    from huiyi.pipeline.reader import Report

    text = "会议提出三点要求：一提高站位抓好落实。二围绕目标抓紧行动。一年来成效明显。"
    assert doc_to_record(nlp(text), Report(id="t", text=text)).priority_lists == []


def test_long_lists_and_huge_items_stay_bounded():
    """Numbering runs past 九十九, and an item's stored lead and text are bounded (a 3 MB item stays small)."""
    def cn(i: int) -> str:
        digits = "零一二三四五六七八九"
        h, t, o = i // 100, i // 10 % 10, i % 10
        head = (digits[h] + "百") if h else ""
        tens = (digits[t] + "十" if t > 1 or h else "十") if t else ("零" if h and o else "")
        return head + tens + (digits[o] if o else "")

    text = "会议提出以下要求：\n" + "".join(f"第{cn(i)}，抓好第{i}项工作。\n" for i in range(1, 102))
    (lst,) = find_priority_lists(text, Sentences(text))
    assert [(it.n, it.lead) for it in lst.items[-4:]] == [(98, "抓好第98项工作"), (99, "抓好第99项工作"),
                                                         (100, "抓好第100项工作"), (101, "抓好第101项工作")]
    assert len(lst.items) == 101
    huge = "会议要求：一要落实。二要" + "抓" * 100_000 + "。"  # the last item runs to the end of the text
    items = find_priority_lists(huge, Sentences(huge))[0].items
    assert items[0].lead == "落实"
    assert (len(items[1].lead), len(items[1].text), items[1].text[-1]) == (300, 2000, "…")
