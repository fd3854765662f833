"""Real report text shared by several tests: the seed report, cleaned (examples/seed.jsonl), and dev passages."""

import json
from pathlib import Path

from huiyi.pipeline.clean import clean_text

_SEED_FILE = Path(__file__).resolve().parent.parent / "examples" / "seed.jsonl"
SEED = clean_text(json.loads(_SEED_FILE.read_text(encoding="utf-8").splitlines()[0])["text"])

# report 0110 of shared/gold/dev.jsonl: two reports to a standing committee and a five-point list
P0110 = (
    "会议分两个阶段进行,第一阶段,县人大主任苏士杰向常委会汇报县人大常委会党组2016年总体工作情况"
    "和2017年工作计划;受县政协主席李服役委托县政协副主席白海珠向常委会汇报县政协党组2016年总"
    "体工作情况和2017年工作计划。\n"
    "在认真听取大家的工作汇报后,县委书记王宏伟代表县委对县人大常委会党组、县政府党组和县政协党组的各"
    "项工作给予了充分肯定;认为几个党组的工作目标明确,措施过硬,总体呈现五方面特点:一是政治站位高。"
    "三个党组都能站在讲政治的高度,来抓作风,来全面从严治党,来严肃党内政治生活,具有鲜明的政治立场、"
    "政治观点、政治方向,特别是在思想上、行动上、政治上和党中央保持高度一致,牢固树立了四个意识,特别"
    "是核心意识和看齐意识;二是法律意识强。在工作中都能依法办事,依法决策,依法履职,依法监督,依法尽"
    "责,特别是能把规矩和纪律挺在前面,严要求、严格自律、廉洁用权;三是群众观念牢。三个党组都具有较强"
    "的群众意识,牢记为人民群众服务的宗旨,把为民、惠民、富民、作为自己的追求,为民谋利,为民办事,特"
    "别是在民生事业上,在民生工作上做了大量的实事、好事,办了很多看得见的事;四是工作内容实。能紧密结"
    "合绛县的实际,各项工作部署的实,抓的实,落实的实,而且取得了实实在在的效果,广大群众与广大干部有"
    "目共睹;"
)
