"""One canonical name per body (pipeline/data/organs.json): the short forms of a central organ, a local body
after its place, a level-prefixed short form against the report's region, abbreviations a report declares,
and the table saved with the model.

The names and sentences are written for these tests (not copied from any report).
"""

from __future__ import annotations

import json

import pytest
from huiyi.pipeline import lexicon
from huiyi.pipeline.components import OrgsComponent
from huiyi.pipeline.extract import doc_to_record
from huiyi.pipeline.orgs import declared_names, find_organizations, full_name, org_of_title
from huiyi.pipeline.reader import Report
from huiyi.pipeline.text import Sentences


def test_short_forms_of_a_central_organ_share_one_full_name():
    names = ("国家发改委", "国家发展改革委", "国家发展和改革委员会")
    assert {full_name(n, "中国") for n in names} == {"国家发展和改革委员会"}
    # the region does not matter for a central organ
    assert full_name("国家发改委", "浙江省杭州市") == full_name("国家发改委", None) == "国家发展和改革委员会"


@pytest.mark.parametrize("name, full", [
    ("外交部", "中华人民共和国外交部"),
    ("全国人大常委会", "全国人民代表大会常务委员会"),
    ("全国人民代表大会常务委员会", "全国人民代表大会常务委员会"),
    ("十四届全国人大常委会", "全国人民代表大会常务委员会"),  # a term is no part of the body
    ("政协第十四届全国委员会", "中国人民政治协商会议全国委员会"),
    ("全国政协", "中国人民政治协商会议全国委员会"),
    ("党中央", "中国共产党中央委员会"),
    ("中央军委", "中央军事委员会"),
    ("人社部", "中华人民共和国人力资源和社会保障部"),
    ("国家卫健委", "国家卫生健康委员会"),
    ("中央改革办", "中央全面深化改革委员会办公室"),
    ("中央纪委国家监委", "中国共产党中央纪律检查委员会、中华人民共和国国家监察委员会"),
    ("全国工商联", "中华全国工商业联合会"),
    ("国务院党组", "中华人民共和国国务院党组"),
])
def test_central_organs(name, full):
    assert full_name(name, "中国") == full


@pytest.mark.parametrize("name", ["发改委", "卫健委", "组织部", "人社局", "中央", "委员会", "公司党委"])
def test_bare_short_forms_stay_unresolved(name):
    """A short form without its place is any level's body: no canonical name (so no node shared across levels)."""
    assert full_name(name, "中国") is None


@pytest.mark.parametrize("name, region, full", [
    # a body after an explicit place: the place as written
    ("山西省发展改革委", "中国", "山西省发展和改革委员会"),
    ("山西省发改委", None, "山西省发展和改革委员会"),
    ("吉林省人社厅", "中国", "吉林省人力资源和社会保障厅"),
    ("新疆维吾尔自治区党委", "中国", "中共新疆维吾尔自治区委员会"),
    ("民革陕西省委", "陕西省", "中国国民党革命委员会陕西省委员会"),
    ("政协第九届安顺市委员会", "中国", "中国人民政治协商会议安顺市委员会"),
    # a place that is a unit of the report's region: the region's path down to it
    ("海淀区政府", "北京市海淀区", "北京市海淀区人民政府"),
    ("陆良县委", "云南省曲靖市陆良县", "中共云南省曲靖市陆良县委员会"),
    ("曲靖市委", "云南省曲靖市陆良县", "中共云南省曲靖市委员会"),
    ("中国共产党北京市海淀区第十二届委员会", "北京市海淀区", "中共北京市海淀区委员会"),
    # a level-prefixed short form: the report's region, when its last unit is of that level
    ("区委", "北京市海淀区", "中共北京市海淀区委员会"),
    ("区人大常委会", "北京市海淀区", "北京市海淀区人民代表大会常务委员会"),
    ("区十五届人大常委会", "北京市海淀区", "北京市海淀区人民代表大会常务委员会"),
    ("县委", "云南省曲靖市陆良县", "中共云南省曲靖市陆良县委员会"),
    ("市政府", "浙江省温州市", "浙江省温州市人民政府"),
    ("省发展改革委", "浙江省", "浙江省发展和改革委员会"),
    ("省委", "广西壮族自治区", "中共广西壮族自治区委员会"),
    ("县政协", "贵州省黔东南苗族侗族自治州三穗县", "中国人民政治协商会议贵州省黔东南苗族侗族自治州三穗县委员会"),
    ("州委", "湖北省恩施土家族苗族自治州", "中共湖北省恩施土家族苗族自治州委员会"),
    ("旗政府", "内蒙古自治区鄂尔多斯市达拉特旗", "内蒙古自治区鄂尔多斯市达拉特旗人民政府"),
    ("区委常委会", "北京市海淀区", "中共北京市海淀区委员会常务委员会"),
    ("县政府党组", "云南省曲靖市陆良县", "云南省曲靖市陆良县人民政府党组"),
    ("民盟市委会", "浙江省温州市", "中国民主同盟浙江省温州市委员会"),
    # 县委和县政府: 和 is a conjunction here, not the county 和县
    ("和县政府", "云南省曲靖市陆良县", "云南省曲靖市陆良县人民政府"),
])
def test_local_bodies(name, region, full):
    assert full_name(name, region) == full


@pytest.mark.parametrize("name, region", [
    ("县委", "北京市海淀区"),  # the region is no county
    ("市委", "北京市海淀区"),  # the region's last unit decides, not a unit above it
    ("区委", "中国"),
    ("区委", None),
    ("县农委", "云南省曲靖市陆良县"),  # no body of the table
    ("社区党委", "北京市海淀区"),  # 社区 is no place
])
def test_local_short_forms_without_a_place(name, region):
    assert full_name(name, region) is None


def test_declared_abbreviation_names_the_body():
    text = ("近日，山西省人民政府（以下简称“省政府”）召开常务会议。省政府要求各地抓好落实。"
            "会议还听取了华北电力设计研究院（简称设计院）的汇报。")
    orgs = {o.name: o.full_name for o in find_organizations(text, Sentences(text), {}, "中国")}
    assert orgs["山西省人民政府"] == orgs["省政府"] == "山西省人民政府"
    # a body the table does not know: its name as written, for both
    declared = declared_names(text, {"华北电力设计研究院"}, "中国")
    assert declared["设计院"] == declared["华北电力设计研究院"] == "华北电力设计研究院"


def test_declared_abbreviation_of_a_body_found_by_the_table():
    """X need not be a found organisation: the longest tail before the bracket that the table knows."""
    text = "会上，通报了中共云南省委员会组织部（以下简称“省委组织部”）的有关安排。"
    assert declared_names(text, set(), "中国") == {"省委组织部": "中共云南省委员会组织部"}


def _orgs_pipe(table: lexicon.OrganTable | None = None) -> OrgsComponent:
    """The organisations component, initialized with the shipped organ table (or `table`)."""
    comp = OrgsComponent("huiyi_orgs")
    comp.initialize()
    if table is not None:
        comp._use_tables({"organs": table})
    return comp


def test_organ_table_saved_with_the_model(tmp_path):
    # the shipped table is saved as it is in pipeline/data
    _orgs_pipe().to_disk(tmp_path / "shipped")
    assert (tmp_path / "shipped" / lexicon.ORGANS_FILE).read_text(encoding="utf-8") == \
        (lexicon.DATA / lexicon.ORGANS_FILE).read_text(encoding="utf-8")
    # a model keeps the table it was built with, not the checkout's
    table = lexicon.OrganTable({"_doc": "test", "central": {"测试委员会": ["测委"]},
                                "local": {"{place}测试局": ["{place}测局"]}})
    _orgs_pipe(table).to_disk(tmp_path / "model")
    loaded = OrgsComponent("huiyi_orgs").from_disk(tmp_path / "model")
    assert loaded.organs.canonical("测委") == "测试委员会"
    assert loaded.organs.canonical("区测局", "北京市海淀区") == "北京市海淀区测试局"
    assert loaded.organs.canonical("国家发改委") is None


def test_organ_table_rejects_a_malformed_file(tmp_path):
    path = tmp_path / lexicon.ORGANS_FILE
    path.write_text(json.dumps({"central": {}, "local": {"测试局": []}}, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match="place"):
        lexicon.OrganTable.from_file(path)
    path.write_text(json.dumps({"central": ["国务院"], "local": {}}), encoding="utf-8")
    with pytest.raises(ValueError, match="organ table"):
        lexicon.OrganTable.from_file(path)


def _names(text: str, region: str | None = None, title_orgs: dict | None = None) -> list[str]:
    return [o.name for o in find_organizations(text, Sentences(text), title_orgs or {}, region)]


@pytest.mark.parametrize(("text", "names"), [
    # bodies the organ table knows, as written: central ones by any name, local ones by template and place
    ("会议听取了财政部、商务部和国家发展改革委的汇报。", ["财政部", "商务部", "国家发展改革委"]),
    ("福建省发展改革委、新疆维吾尔自治区人社厅负责同志参加。", ["福建省发展改革委", "新疆维吾尔自治区人社厅"]),
    ("会议听取了省发改委关于项目建设的汇报。", ["省发改委"]),
    # a list of bodies writes the later ones short: each item that ends in a body word is a body
    ("在主席台就坐的还有县委、人大、政府、政协领导。", ["县委", "人大", "政府", "政协"]),
    ("市发改委、财政局等部门负责人参加。", ["市发改委", "财政局"]),
    # …but not an item that goes on into what the body does, nor an organiser's role
    ("党中央、国务院立足全局，作出部署。", ["党中央", "国务院"]),
    ("由北京市人民政府主办，中国科协承办。", ["北京市人民政府", "中国科协"]),
    # the longest span: a name found only inside a longer one is not a body of its own
    ("中共贵州省委召开会议。", ["中共贵州省委"]),
])
def test_bodies_found(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a body with its term, before or after its level word
    ("会议由十六届县人民政府召开。市政协第七届委员会、十一届县政协和八届省委的有关负责人参加。",
     ["十六届县人民政府", "市政协第七届委员会", "十一届县政协", "八届省委"], []),
    ("中国共产党第二十届中央委员会第三次全体会议和第十四届全国人民代表大会第二次会议。",
     ["中国共产党第二十届中央委员会", "第十四届全国人民代表大会"], []),
    # a CPPCC's name opens on 政协 after the verb before it
    ("会议审议通过了政协通山县第十届委员会常务委员会工作报告。", ["政协通山县第十届委员会常务委员会"], ["通山县第十届委员会"]),
    # working groups named by the body that sets them up; not a clause or a person before the group
    ("在国务院工作组指导下，全国人大常委会执法检查组将认真研究。区考核领导小组全体成员参加。",
     ["国务院工作组", "全国人大常委会执法检查组", "区考核领导小组"], []),
    ("国务院决定派出调查组。全国人大常委会副委员长王明代表执法检查组作报告。", [],
     ["国务院决定派出调查组", "全国人大常委会副委员长王明代表执法检查组"]),
    # a verb phrase ending in a company word is no body; 新一届 is no term
    ("会议要求，确保公司平稳运行，为新一届政协开好局。", [], ["确保公司", "一届政协"]),
    # a clause's verb before a company (听取跨国公司…); a firm's unit for a region; the body before a former post
    ("市政府召开圆桌会议，听取跨国公司对营商环境的意见。强生公司中国区主席王慧明发言。市住房和城乡建设局原党组书记谢志明严重违纪。",
     ["强生公司中国区", "市住房和城乡建设局"], ["听取跨国公司", "市住房和城乡建设局原党组"]),
    # a unit's departments named bare in a list closed by their heads; where they come from is no part of a name
    ("县人民医院召开院务会。医务部、护理部、财务部、人事处负责人参加会议。来自中央统战部、中央军委政治工作部的负责同志出席。",
     ["医务部", "护理部", "财务部", "人事处", "中央统战部", "中央军委政治工作部"], ["来自中央统战部", "学科"]),
])
def test_terms_groups_and_clauses(text, present, absent):
    names = _names(text)
    assert [n for n in present if n not in names] == []
    assert [n for n in absent if n in names] == []


def test_a_bodys_internal_unit_is_the_longest_name():
    text = "省工业和信息化厅规划处、省农业科学院作物研究所负责人参加会议。共青团中央书记处第一书记贺军科出席。"
    names = _names(text)
    assert "省工业和信息化厅规划处" in names and "省农业科学院作物研究所" in names
    assert not [n for n in names if "贺军科" in n]


def test_the_federation_named_alone_in_the_united_fronts_list():
    """…各民主党派、工商联、无党派人士: an item of the list; not 工商联 inside a phrase (工商联建设)."""
    assert _names("12月3日，市委召开党外人士座谈会，听取市各民主党派、工商联、无党派人士的意见。", "中国") == ["市委", "工商联"]
    assert _names("12月3日，市委召开会议。会议强调加强工商联建设。", "中国") == ["市委"]


@pytest.mark.parametrize(("text", "names"), [
    # a level's committee and government written together are two bodies
    ("要抓好党中央、国务院和省委省政府、市委各项工作部署。", ["党中央", "国务院", "省委", "省政府", "市委"]),
    # a body's party group, committee and study group, before a separator or what it holds
    ("财政部党组召开会议。市委全面深化改革委员会召开第十次会议。", ["财政部党组", "市委全面深化改革委员会"]),
    ("全国政协办公厅、全国政协经济委员会负责人参加。市委理论学习中心组举行集体学习。",
     ["全国政协办公厅", "全国政协经济委员会", "市委理论学习中心组"]),
    # an office written short after its body; the offices' own party committees
    ("区委办、区政府办、区政协办主要负责同志参加。", ["区委办", "区政府办", "区政协办"]),
    ("会上，局机关党委作了汇报。", ["局机关党委"]),
    # the armed forces and the corps; the secretariat in the leaders' posts
    ("天津市会同解放军、武警部队和新疆生产建设兵团开展工作。", ["解放军", "武警部队", "新疆生产建设兵团"]),
    ("在京中共中央政治局委员、书记处书记出席会议。", ["中共中央政治局", "书记处"]),
    # a company with its legal form, as written
    ("中国交通建设集团有限公司、某某科技股份有限公司负责人参加。", ["中国交通建设集团有限公司", "某某科技股份有限公司"]),
])
def test_units_groups_and_short_forms(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "要把党中央关怀落到实处。",  # 实处 is no office
    "全国人大有关专门委员会参加。十二届全国人大设九个专门委员会。",  # some committees, none named
    "要破除公立医院逐利机制。",  # a kind of hospital, no body
])
def test_no_unit_where_none_is_named(text):
    assert [n for n in _names(text) if n not in ("党中央", "全国人大", "十二届全国人大")] == []


def test_no_body_from_a_session_post_or_a_byline():
    """大会执行主席: the session, no body; 新华社记者: a media tag (SPEC), no organisation."""
    from huiyi.pipeline.orgs import org_of_title
    assert org_of_title("大会执行主席") is None and org_of_title("新华社记者") is None
    assert org_of_title("县人大常委会主任") == "县人大常委会"


@pytest.mark.parametrize(("text", "names"), [
    # a town's bodies keep the town's name (the admin divisions' towns, data/towns.txt)
    ("11月30日，涌泉镇第十八届人民代表大会第五次会议开幕。", ["涌泉镇第十八届人民代表大会"]),
    ("板桥乡第十八届人民代表大会第三次会议召开。梅林镇党委召开会议。", ["板桥乡第十八届人民代表大会", "梅林镇党委"]),
    # a congress's presidium after its body
    ("临海市涌泉镇人大主席团召开会议。", ["临海市涌泉镇人大主席团"]),
    # a congress delegation by its place, not a country's nor "each"
    ("习近平参加广西代表团审议。山东代表团举行全体会议。中国代表团、各代表团出席。", ["广西代表团", "山东代表团"]),
])
def test_town_bodies_and_presidia(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # a level word of more than one character stands for the report's place (not 区党委, not 道党工委)
    ("自治区党委统战部、自治区政府办公厅负责同志参加。", ["自治区党委统战部", "自治区政府办公厅"]),
    ("团区委、区委组织部参加。江宁区秣陵街道党工委召开会议。", ["团区委", "区委组织部", "江宁区秣陵街道党工委"]),
    # a template body after a verb (the place group starting early), and a list item before 有关负责同志
    ("会议要求县水利局、县气象局抓好落实。", ["县水利局", "县气象局"]),
    ("省国资委、省审计厅有关负责同志参加会议。青海省林业和草原局负责同志参加。", ["省国资委", "省审计厅", "青海省林业和草原局"]),
    # a body named with its term; a party committee of a one-character county; its discipline commission
    ("十九届中央纪委三次全会召开。", ["十九届中央纪委"]),
    ("中国共产党莒县第十四届委员会召开全会。中共佛山市第十三届纪律检查委员会召开全会。",
     ["中国共产党莒县第十四届委员会", "中共佛山市第十三届纪律检查委员会"]),
    # a bank's branch and an institute after their body, also before the date of what they hold
    ("中国农业银行湖北省分行日前召开会议。中国科学院西北生态环境资源研究院、兰州大学有关专家参加。",
     ["中国农业银行湖北省分行", "中国科学院西北生态环境资源研究院", "兰州大学"]),
])
def test_level_words_templates_terms_and_branches(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "各乡镇党委要抓好落实。各县财政局要加强监管。",  # every body of a level, none named
    "新华社北京5月10日电 会议召开。",  # a media tag before a dateline (SPEC)
    "会上，公司董事长蒯良玉讲话。集团总经理阚明作报告。",  # a company's post, no company named
    "典礼由北川大学主办。会后赴县职业技术学院调研。",  # the preposition or verb before an institution
])
def test_no_body_from_a_level_a_dateline_a_post_or_a_preposition(text):
    assert [n for n in _names(text) if n not in ("北川大学", "县职业技术学院")] == []


@pytest.mark.parametrize(("text", "names"), [
    # a zone governed by a working committee keeps its kind (开发区党工委, not 区党工委)
    ("开发区党工委召开会议。", ["开发区党工委"]),
    # a body's study group before the session it holds (…中心组集体学习), not inside a meeting's name
    ("5月6日，区委理论学习中心组集体学习。", ["区委理论学习中心组"]),
    ("5月6日，县政府党组理论学习中心组2024年第三次集体学习举行。", ["县政府党组理论学习中心组"]),
    ("县长主持召开了县政府党组理论学习中心组学习会议。", ["县政府党组"]),
])
def test_zones_and_study_groups(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # a company's whole legal form (有限责任公司), after 来自 too
    ("来自黔西南州农垦集团有限责任公司、清华大学的专家参加。", ["黔西南州农垦集团有限责任公司", "清华大学"]),
    # the post's rank between a body and its head is no part of the body
    ("市鞋革行业协会常务副会长吴国强、安顺创新科技有限公司高级副总裁李刚发言。",
     ["市鞋革行业协会", "安顺创新科技有限公司"]),
    # schools and associations named by their place or the nation
    ("遵义市实验中学、中国佛教协会负责人参加。", ["遵义市实验中学", "中国佛教协会"]),
    # a bank with its branch, and branches named by their place or the bank's short form
    ("1月5日，中国工商银行股份有限公司新疆维吾尔自治区分行召开会议。", ["中国工商银行股份有限公司新疆维吾尔自治区分行"]),
    ("工行新疆分行召开会议。会上，喀什分行、克拉玛依分行作交流发言。", ["工行新疆分行", "喀什分行", "克拉玛依分行"]),
])
def test_companies_schools_and_associations(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "上半年公司营收增长。要落实学校安全责任，取消行业协会收费。",  # a time or a verb before the kind
    "会上，陈明代表集团领导班子作报告。",  # a person acting on behalf of the company
    "要办好乡镇寄宿制学校，发挥全国性行业协会作用。",  # a kind of school or association, none named
    "会议决定修改部分行政法规，设立小微支行。",  # a phrase that ends as a bank's branch does
])
def test_no_institution_from_a_phrase(text):
    assert _names(text) == []


@pytest.mark.parametrize(("text", "names"), [
    # a list of a township's own units, each opening on its level word (镇…办、镇派出所…), not a post (市委常委)
    ("镇党政班子成员，镇应急管理办、镇农业农村服务中心、镇派出所负责人参加会议。",
     ["镇应急管理办", "镇农业农村服务中心", "镇派出所"]),
    ("市委常委、副市长王某出席。", ["市委"]),
])
def test_a_list_of_a_levels_units(text, names):
    assert _names(text) == names


def test_rooms_and_sections_are_units_of_a_title():
    # 室 and 股 end a body's unit: the organisation part of …监督检查室主任, …干部股股长
    assert org_of_title("市纪委监委第三监督检查室主任") == "市纪委监委第三监督检查室"
    assert org_of_title("县委组织部干部股股长") == "县委组织部干部股"


@pytest.mark.parametrize(("text", "names"), [
    # a democratic party's local committee, by the party's full name or short form (from the organ table's central
    # committees), with its place and term: one body, not the place's committee
    ("会议由中国民主同盟南京市第十四届委员会常委会主持。", ["中国民主同盟南京市第十四届委员会常委会"]),
    ("九三学社陕西省第八届委员会第三次全体会议召开。", ["九三学社陕西省第八届委员会"]),
    ("民盟南京市委常委会召开会议。", ["民盟南京市委常委会"]),
])
def test_democratic_parties_local_committees(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # a body of its term after a found body (…总工会第七届经费审查委员会), a session's bodies with the term first
    ("会议听取了玉溪市总工会第七届委员会工作报告和玉溪市总工会第七届经费审查委员会工作报告。",
     ["玉溪市总工会第七届委员会", "玉溪市总工会第七届经费审查委员会"]),
    ("十四届全国人大二次会议主席团举行第一次会议。", ["十四届全国人大二次会议主席团"]),
    ("会议通过了政协第十三届全国委员会第四次会议提案审查委员会名单。", ["政协第十三届全国委员会第四次会议提案审查委员会"]),
    # the Youth League's committee (团省委), mass organisations written short (市台联)
    ("全会由团省委常委会主持。", ["团省委常委会"]),
    ("市台联、省残联负责人出席。", ["市台联", "省残联"]),
    # the armed forces' local commands by place
    ("凉山军分区、武警凉山支队、南部战区、广州警备区、广东省国防动员委员会负责同志参加会议。",
     ["凉山军分区", "武警凉山支队", "南部战区", "广州警备区", "广东省国防动员委员会"]),
    # cooperatives and consulates; a place's delegation on a visit
    ("寿光市宏旭果菜专业合作社负责人作交流发言。", ["寿光市宏旭果菜专业合作社"]),
    ("美国驻广州总领事馆代表出席。", ["美国驻广州总领事馆"]),
    ("上海市党政代表团来我区考察。", ["上海市党政代表团"]),
])
def test_bodies_of_terms_forces_and_visitors(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # party branches: a village's, a unit's (机关第一党支部), a department's before its secretary
    ("雷山县西江镇控拜村党支部召开党员大会。", ["雷山县西江镇控拜村党支部"]),
    ("临夏州生态环境局机关第一党支部开展主题党日活动，十堰市人民医院心血管内科党支部书记出席。",
     ["临夏州生态环境局机关第一党支部", "十堰市人民医院心血管内科党支部"]),
    # 和 inside a committee's name after its party committee
    ("县委网络安全和信息化委员会召开第三次会议。", ["县委网络安全和信息化委员会"]),
    # …but no branch of a phrase (使每一个农村党支部), no committee of a clause after a session
    ("要使每一个农村党支部都成为坚强战斗堡垒。", []),
])
def test_party_branches_and_committees(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # the NPC's special committees by full name, and a list of them written bare after the first (与 inside one)
    ("会议听取了全国人大外事委员会的汇报。", ["全国人大外事委员会"]),
    ("会议表决通过了全国人大法律委员会、华侨委员会、环境与资源保护委员会关于议案审议结果的报告。",
     ["全国人大法律委员会", "华侨委员会", "环境与资源保护委员会"]),
    # a body's unit before its head's post or the document it authors (选举委员会主任, 执法检查组关于…的报告)
    ("会议表决通过了中国人民解放军选举委员会主任、副主任名单。", ["中国人民解放军选举委员会"]),
    ("会议审议全国人大常委会执法检查组关于检查种子法实施情况的报告。", ["全国人大常委会执法检查组"]),
])
def test_national_committees_and_units(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # the party and the people's political consultative system named as bodies, not inside a book's name
    ("人民政协是中国共产党领导的统一战线组织。会议学习了《中国共产党纪律处分条例》。", ["人民政协", "中国共产党"]),
    # a party body of a term with the party's name (the longest span)
    ("王岐山在中国共产党第十八届中央纪律检查委员会第六次全体会议上作工作报告。", ["中国共产党第十八届中央纪律检查委员会"]),
    # international organisations that national reports name
    ("中国支持联合国和上海合作组织发挥作用，把东盟作为周边外交的优先方向。", ["联合国", "上海合作组织", "东盟"]),
    # the party's group in a body, with the party's name
    ("中共全国人大常委会党组举行会议。", ["中共全国人大常委会党组"]),
    # no institution of a law's name or a verb phrase (商业银行法, 关于修改公司法, 发起建立…银行)
    ("会议通过了中华人民共和国商业银行法修正案，审议了关于修改公司法的决定草案，中方发起建立亚洲基础设施投资银行。",
     ["亚洲基础设施投资银行"]),
])
def test_party_international_and_no_laws(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # a democratic party by its name, and its central committee of a term (the longest span)
    ("台湾民主自治同盟第九届中央委员会第四次全体会议召开。中国致公党第十五次全国代表大会开幕。",
     ["台湾民主自治同盟第九届中央委员会", "中国致公党"]),
    # no body of a meeting of a post's holders (全国组织部长会议), nor of a service (手机银行) or a verb (调整银行…)
    ("全国组织部长会议在京召开。推广手机银行，调整银行业务结构。", []),
])
def test_democratic_parties_and_no_posts_or_services(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # a party department written with the party's name (the longest span), and state media named as bodies
    ("中共北京市委宣传部主办音乐会，中央电视台、中央人民广播电台转播。", ["中共北京市委宣传部", "中央电视台", "中央人民广播电台"]),
    # a party body with its party's name (中共安徽省委); not a state body before its party group (中共|政协…党组)
    ("中共安徽省委召开常委会议。中共政协第十二届全国委员会党组召开会议。", ["中共安徽省委", "中共政协第十二届全国委员会党组"]),
])
def test_party_prefix_and_state_media(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(("text", "present", "absent"), [
    # the CPPCC's special committees and party group, and the NPC standing committee's party group
    ("朱维群委员代表全国政协民族和宗教委员会发言。中共全国政协党组召开会议。", ["全国政协民族和宗教委员会", "中共全国政协党组"], []),
    # a list's last committee before its heads' posts (…、农业与农村委员会主任委员)
    ("会议听取了关于全国人大民族委员会、外事委员会、农业与农村委员会主任委员人选的汇报。", ["农业与农村委员会"], []),
    # an office named by no body is none (…副主任兼办公室主任)
    ("国务院副总理、中央军民融合发展委员会副主任兼办公室主任韩正出席会议。", ["中央军民融合发展委员会"], ["办公室"]),
])
def test_committees_party_groups_and_bare_offices(nlp, text, present, absent):
    report = Report(id="t", text=text)
    orgs = [o.name for o in doc_to_record(nlp(text), report).organizations]
    assert set(present) <= set(orgs) and not set(absent) & set(orgs)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a central body's internal unit (局), a title's unit before a rank (…处二级调研员)
    ("中国科学院科技促进发展局、中国科学院过程工程研究所相关负责人参加活动。省农业农村厅茶产业发展处二级调研员龙娇到会指导。",
     ["中国科学院科技促进发展局", "中国科学院过程工程研究所", "省农业农村厅茶产业发展处"], ["中国科学院", "省农业农村厅"]),
    # a standing committee's working committee named long; 建设 is no 设 of "set up"
    ("会议听取了区人大常委会城乡建设环境保护工作委员会关于城市更新工作情况的调研报告。",
     ["区人大常委会城乡建设环境保护工作委员会"], ["区人大常委会"]),
    # a list of a level's bodies after 以及, a section (科) among them
    ("市财政局预算科科长孙艳，以及市税务局纳税服务科、市营商环境局负责同志列席座谈会。",
     ["市财政局预算科", "市税务局纳税服务科", "市营商环境局"], []),
    # a conjunction before a level's body is no part of it (和县 is a county only where nothing runs before it)
    ("县发改委和县委组织部负责人参加。", ["县发改委", "县委组织部"], ["和县委组织部"]),
    # an autonomous county written short by its place and level
    ("澜沧县第十六届人大常委会第九次会议召开。", ["澜沧县第十六届人大常委会"], ["沧县第十六届人大常委会"]),
    # a task force set up, by its level
    ("会议决定，成立县牛羊产业发展工作专班。", ["县牛羊产业发展工作专班"], []),
    # the national congress's special committees written bare, central bodies by their short names
    ("法律委员会认为，草案已经比较成熟。中国海警局、国家防总有关负责同志参加。", ["法律委员会", "中国海警局", "国家防总"], []),
])
def test_units_lists_and_short_names_of_bodies(nlp, text, present, absent):
    names = [o.name for o in doc_to_record(nlp(text), Report(id="t", text=text)).organizations]
    assert [n for n in present if n not in names] == []
    assert [n for n in absent if n in names] == []
