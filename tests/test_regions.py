"""The report's jurisdiction (SPEC "region"): the full official name of the unit whose bodies hold the meeting,
中国 for a national one, None when the text does not say, never a fragment. Sentences written for the tests."""

from __future__ import annotations

import pytest
from huiyi.pipeline.divisions import default_gazetteer
from huiyi.pipeline.regions import infer_region

CASES = [
    # national holders: the body in the meeting's name, the subject, the presider's last title
    ("国务院总理李克强5日主持召开国务院常务会议，部署稳就业工作。", "中国"),
    ("十三届全国人大常委会第九次会议今天上午在人民大会堂举行第二次全体会议。", "中国"),
    ("中共中央总书记、国家主席、中央军委主席习近平20日在银川主持召开扶贫协作座谈会。", "中国"),
    ("人才培养座谈会4日在京召开。中共中央政治局常委、国务院副总理丁某出席会议并讲话。", "中国"),
    # a local holder after a national title: the presider's last body, or the body in the meeting's name
    ("中共中央政治局委员、上海市委书记李强主持召开市委常委会会议，传达学习有关精神。", "上海市"),
    # a named unit, completed from the lists where it is unique
    ("12月1日，高陵区召开全区考核工作会议。", "陕西省西安市高陵区"),
    ("1月5日，区委书记赵某主持召开中共临河区第十四届委员会第16次常委会。", "内蒙古自治区巴彦淖尔市临河区"),
    ("崇明县委昨天召开全体会议。", "上海市崇明县"),  # a name since changed stays as the text has it
    ("中国人民政治协商会议第十届玉屏侗族自治县委员会第一次会议在县文化中心闭幕。", "贵州省铜仁市玉屏侗族自治县"),
    ("2月3日，北京市朝阳区委召开常委会会议。", "北京市朝阳区"),
    ("2月3日，朝阳区委召开常委会会议。", None),  # 北京 or 长春: the text does not say
    # a level only: the unit of that level the text names (full name, short form, a unit under it)
    ("3月2日，县委书记张某主持召开县委常委会会议。会议要求，要推动陆良高质量发展。", "云南省曲靖市陆良县"),
    ("受省委委托，13日下午，省委统战部在哈尔滨召开党外人士座谈会。", "黑龙江省"),
    ("3月23日，全市脱贫攻坚推进会召开。会议要求桐城市各乡镇压实责任。", "安徽省安庆市桐城市"),
    ("秀洲新闻网3月14日讯 今天上午，区七届人大四次会议召开召集人会议。", "浙江省嘉兴市秀洲区"),
    # 党组和县政协…: the conjunction and a level, not the county 和县
    ("3月14日，县委书记王某主持召开县委常委会议，听取县政府党组和县政协党组汇报，推动绛县发展。", "山西省运城市绛县"),
    # the text names no unit of that level: None, never 市 or 议审议了市
    ("4月14日，市政府召开第107次常务会议。会议强调，要落实自治区党委部署要求。", None),
    ("8月9日，省政府党组书记、省长王某主持召开省政府党组会议。", None),
    ("11月21日，张某主持召开十一届党委常委会第122次会议。", None),
    ("会议审议了市人大常委会工作报告。", None),
    # a company or a university belongs to its place (SPEC)
    ("3月28日下午，湖州市交通投资集团有限公司第三届董事会第九次会议在集团总部召开。", "浙江省湖州市"),
    ("1月24日，扬州市实验小学党支部召开组织生活会。", "江苏省扬州市"),
    # a unit right before the verb holds it; a village holds it for its township
    ("唯亭街道召开2024年重点工作部署大会", "江苏省苏州市苏州工业园区唯亭街道"),
    ("3月5日晚，兴坪镇渔村长滩屯在屯文化室召开群众大会。", "广西壮族自治区桂林市阳朔县兴坪镇"),
    # a short form of today's unit and of units since renamed names today's (九江: 九江市, 九江县, 九江地区)
    ("九江召开全市招商引资工作会议。", "江西省九江市"),
    # a central body, a national conference, the meeting inside 在…会议上 past its venue
    ("5月6日，教育部党组召开会议，传达学习有关精神。", "中国"),
    ("全国水利工作会议在北京召开。", "中国"),
    ("省委书记郑某在省委常委会会议上强调，要抓好春耕。", None),
    ("国务院副总理王某出席在北京召开的京津冀协同发展工作会议并讲话。", "中国"),
    ("中央纪委书记赵某在省部级领导干部研修班座谈会上强调，要带头廉洁自律。", "中国"),
    # a minister's title is no body
    ("二十国集团财政部长和央行行长会议在莫斯科开幕。", None),
    # an autonomous prefecture by its short form and level; a province's university at the dateline's city
    ("凉山州烟草专卖局召开2024年工作会议。", "四川省凉山彝族自治州"),
    ("本报呼和浩特3月15日讯 3月14日，内蒙古大学召开教职工代表大会。", "内蒙古自治区呼和浩特市"),
    ("广西壮族自治区党委召开常委会会议，研究柳州市发展。", "广西壮族自治区"),
]


@pytest.mark.parametrize(("text", "region"), CASES)
def test_region(nlp, text, region):
    assert nlp(text)._.region == region


def test_regions_are_whole_units():
    """Whatever the text, a region is 中国 or a unit's full name in the lists (identity.py's junk check), also
    without the segmenter's word boundaries."""
    full = {u.full_name for u in default_gazetteer().units.values()}
    for text, _ in CASES:
        r = infer_region(text)
        assert r is None or r == "中国" or r in full


def test_word_boundaries(nlp):
    """With the segmenter's word starts, no unit is read across words: 召开县委 holds no 开县 (a county renamed
    in 2016), and the short form 和政 is not read out of 和政治."""
    text = "本报讯 3月14日，县委书记王某主持召开县委常委会议，要求和政治部门一道，推动绛县发展。"
    doc = nlp(text)
    assert doc._.region == "山西省运城市绛县"


def test_gazetteer_completes_unique_names():
    gz = default_gazetteer()
    assert [u.full_name for u in gz.candidates("陆良县")] == ["云南省曲靖市陆良县"]
    assert gz.resolve("朝阳区") is None
    beijing = gz.candidates("北京市")
    assert gz.resolve("朝阳区", beijing).full_name == "北京市朝阳区"
    assert [u.full_name for u in gz.candidates("秀山")] == ["重庆市秀山土家族苗族自治县"]
    assert [u.full_name for u in gz.candidates("新疆")] == ["新疆维吾尔自治区"]


@pytest.mark.parametrize("text", ["", "。。。！！", "！！\n"])
def test_no_sentence_no_region(text):
    # a text with no sentence names no jurisdiction (and the opening-line fallback has no line to read)
    assert infer_region(text) is None


def test_no_place_read_inside_a_name(nlp):
    # 厍德胜: a name holding a street's name (德胜街道) gives the report no region
    text = ("常委会组成人员分组审议草案\n\n11月5日下午，常委会组成人员分组审议了社会救助法草案。"
            "厍德胜副委员长在参加分组审议时指出，要坚持政府主导。")
    assert "厍德胜" in [p.name for p in nlp(text)._.people]
    assert nlp(text)._.region is None
