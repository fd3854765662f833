"""Meeting dates: the date written for a meeting, then what the text leaves open resolved from publication.

The meetings step reads the date as written (`29日`, `9月25号`, `2020年7月31日`, `今天`): a year only when the
text gives it for this meeting (in the same date, or a full date elsewhere with the same month and day), never
a year met elsewhere (`听取2019年度…汇报`). `resolve_date` fills the rest from the publication date of the
report: a news story is written within days of its meeting, so `14日` is the publication month (the previous
month when the 14th is still to come), `2月11日` is the publication year (the previous year across New Year)
and `今天`/`昨天` count from the publication day.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from huiyi.pipeline.lexicon import Constructions, default_constructions
from huiyi.pipeline.records import MeetingDate
from huiyi.pipeline.text import occurrences


def date_pattern(t: Constructions) -> re.Pattern:
    """A written date (`29日`, `9月25号`, `2020年7月31日`), with the meeting verbs of a construction table."""
    # 号 is a day like 日 (`25号`, `9月25号`), but `3号文件`/`1号线` are not dates: a bare N号 needs a time or a verb
    # (召开, 举行, 主持, 开幕…) after it
    return re.compile(
        r"(?<![\d.])(?:(?P<y>(?:19|20)\d\d)\s*年\s*)?(?:(?P<m>1[0-2]|0?[1-9])\s*月\s*)?(?P<d>3[01]|[12]\d|0?[1-9])\s*"
        r"(?:日|号(?:(?<=月\d号)|(?<=月\d\d号)|(?=[上下]午|晚|凌晨|早|在|就|"
        + t.alternation("hold_verbs", "preside_verb", "open_close_verbs") + r"|[至到—-]|[，,])))"
    )


@lru_cache(maxsize=1)
def _default_date_pattern() -> re.Pattern:
    """The date pattern of the shipped table, for a caller without a table of its own."""
    return date_pattern(default_constructions())


# a date in Chinese numerals (二〇二三年三月五日, 三月五日): a month is needed, as a bare 五日 may be five days
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_CN_DATE = re.compile(r"(?:(?P<y>[〇零一二三四五六七八九]{4})年)?(?P<m>十[一二]?|[一二三四五六七八九])月"
                      r"(?P<d>三十一?|[二]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]")


def _cn_number(s: str) -> int:
    """一 → 1, 十二 → 12, 二十五 → 25, 三十 → 30 (the numbers of a month or a day)."""
    if "十" not in s:
        return _CN_DIGITS[s]
    tens, _, ones = s.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


# the end of a dateline's date (北京8月8日电, 8月8日讯, 海口1月12日消息)
_DATELINE_END = re.compile(r"\s*(?:电|讯|消息)")
# a relative day, counted from the publication date
_RELATIVE = re.compile(r"(?P<rel>今天|今日|昨天|昨日|前天)(?!以来|的)")
RELATIVE_DAYS = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2}
_YEAR = re.compile(r"((?:19|20)\d\d)年")
# a date in a clause like this is when a later meeting will be held
_FUTURE = re.compile(r"(?:决定|将于|拟于|定于|将在|计划于|即将)[^。；;]{0,60}$")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    text: str

    @property
    def relative(self) -> bool:
        return self.text in RELATIVE_DAYS


# a page's own publication field (发布日期：2021年12月24日, 发布时间: 2020-05-21): when the page was published, not
# when the meeting was held
_PUBLISHED = re.compile(r"(?:发布|更新|发表|发稿|上传)(?:日期|时间)\s*[:：]?\s*(?P<y>(?:19|20)\d\d)\s*[-年/.]\s*"
                        r"(?P<m>1[0-2]|0?[1-9])\s*[-月/.]\s*(?P<d>3[01]|[12]\d|0?[1-9])")


def published_in_text(text: str) -> str | None:
    """The publication date a page states in its own header (ISO), if any."""
    m = _PUBLISHED.search(text)
    if m is None:
        return None
    try:
        return dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return None


def date_mentions(text: str, pattern: re.Pattern | None = None) -> list[DateMention]:
    """Every written date and relative day of the text, in text order (not a page's publication field).
    `pattern`: date_pattern of the caller's construction table (the shipped table's without one)."""
    fields = [m.span() for m in _PUBLISHED.finditer(text)]
    out = [DateMention(m.start(), m.end(), int(m["y"]) if m["y"] else None, int(m["m"]) if m["m"] else None,
                       int(m["d"]), m.group().strip()) for m in (pattern or _default_date_pattern()).finditer(text)
           if not any(s <= m.start() < e for s, e in fields)]
    out += [DateMention(m.start(), m.end(), int("".join(str(_CN_DIGITS[c]) for c in m["y"])) if m["y"] else None,
                        _cn_number(m["m"]), _cn_number(m["d"]), m.group()) for m in _CN_DATE.finditer(text)]
    out += [DateMention(m.start(), m.end(), None, None, None, m["rel"]) for m in _RELATIVE.finditer(text)]
    return sorted(out, key=lambda d: d.start)


def _body_start(text: str) -> int:
    first_line = text.split("\n", 1)[0]
    headline = "\n" in text and len(first_line) <= 80 and not re.search(r"[。；;!！?？]", first_line)
    return len(first_line) + 1 if headline else 0


def meeting_date(text: str, names: list[str], anchor: int | None = None, dates: list[DateMention] | None = None,
                 lo: int = 0, hi: int | None = None) -> MeetingDate:
    """The date of the meeting named `names` whose introduction is at `anchor`, read in text[lo:hi].

    Order: a date right after a mention of the meeting ("…委员长会议16日上午在京举行"); a date in the clause of the
    meeting's introduction ("李克强3日主持召开…"); the first date of the body (a headline may announce a later
    meeting's date) that does not announce a later meeting; the first date anywhere.
    """
    hi = len(text) if hi is None else hi
    dates = [d for d in (dates if dates is not None else date_mentions(text)) if lo <= d.start < hi]
    if not dates:
        return MeetingDate()
    m = None
    starts = [d.start for d in dates]
    for name in names:
        for _, mention_end in occurrences(text, name):
            k = bisect.bisect_left(starts, mention_end)
            m = next((d for d in dates[k : k + 3] if d.start - mention_end <= 2
                      and not _FUTURE.search(text[max(lo, d.start - 40) : d.start])), None)
            if m:
                break
        if m:
            break
    if m is None and anchor is not None:
        clause_start = max(text.rfind(c, lo, anchor) for c in "。；\n")
        in_clause = [d for d in dates if clause_start < d.start <= anchor + 40 and not d.relative
                     and not _FUTURE.search(text[max(lo, d.start - 40) : d.start])]
        # (the dateline's date is the story's, the day after it the meeting's: 本报X地8月8日电（记者 Y）7日，…召开)
        m = next((d for d in in_clause if not _DATELINE_END.match(text, d.end)), in_clause[0] if in_clause else None)
        if m is not None and _DATELINE_END.match(text, m.end):  # (北京3月1日电 国务院昨天召开…: the day before it)
            m = next((d for d in dates if m.start < d.start <= anchor + 40 and d.relative), m)
    if m is None:
        current = [d for d in dates if not _FUTURE.search(text[max(lo, d.start - 40) : d.start])]
        if not current:
            return MeetingDate()
        body = _body_start(text) if lo == 0 else lo
        m = next((d for d in current if d.start >= body), current[0])
        if _DATELINE_END.match(text, m.end):  # (南海网海口1月12日消息（记者…）1月10日至11日，…召开: the next date)
            m = next((d for d in current if d.start > m.start and not d.relative), m)
    if m.relative:
        # (新华社广州1月26日电 …今天晚上，…举办了…: today is the dateline's day, not the publication's)
        line = next((d for d in reversed(dates) if d.end <= m.start and d.month and d.day
                     and _DATELINE_END.match(text, d.end)), None)
        if line is None:
            return MeetingDate(text=m.text)
        try:
            day = dt.date(line.year or 2000, line.month, line.day) + dt.timedelta(days=RELATIVE_DAYS[m.text])
        except ValueError:
            return MeetingDate(text=m.text)
        year = day.year if line.year else None
        return MeetingDate(year=year, month=day.month, day=day.day, text=line.text)
    year, month = m.year, m.month
    if month is None and (line := next((d for d in dates if d.end <= m.start and d.month and d.day and d.day >= m.day
                                        and _DATELINE_END.match(text, d.end)), None)):
        year, month = line.year, line.month  # 本报日喀则8月8日电 …7日: the dateline's month
    if year is None or month is None:
        # "新华社北京12月4日电 …座谈会4日下午在京召开": a full date elsewhere with the same day (and month)
        same = {(d.year, d.month) for d in dates if d.day == m.day and d.month and (month is None or d.month == month)}
        if month is None:
            months = {mo for _, mo in same}
            month = months.pop() if len(months) == 1 else None
        if year is None and month is not None:
            years = {y for y, mo in same if y and mo == month}
            year = years.pop() if len(years) == 1 else None
    return MeetingDate(year=year, month=month, day=m.day, text=m.text)


def resolve_date(date: MeetingDate, published: str | None, text: str = "") -> MeetingDate:
    """Fill what the text leaves open from the publication date (ISO). Without one, a year written in the
    text is the best guess left (the first one of the text)."""
    pub = _parse_iso(published)
    if pub is None:
        if date.year is None and (date.month or date.day) and (ys := _YEAR.search(text)):
            return date.model_copy(update={"year": int(ys.group(1))})
        return date
    if date.text in RELATIVE_DAYS:
        d = pub + dt.timedelta(days=RELATIVE_DAYS[date.text])
        return date.model_copy(update={"year": d.year, "month": d.month, "day": d.day})
    if date.day is None:
        return date
    year, month = date.year, date.month
    if year is not None and "年" not in (date.text or "") and abs(year - pub.year) > 1:
        year = None  # a year borrowed from another date of the text (an anniversary: 1982年12月4日), not this one's
    if month is None:
        month, year_of_month = pub.month, pub.year
        if date.day > pub.day + _AHEAD_DAYS:  # the 14th not yet come this month: last month
            month, year_of_month = (12, pub.year - 1) if pub.month == 1 else (pub.month - 1, pub.year)
        year = year if year is not None else year_of_month
    elif year is None:
        year = _nearest_year(pub, month, date.day)
    return date.model_copy(update={"year": year, "month": month})


_AHEAD_DAYS = 3  # a story may announce a meeting a few days ahead (…于3月5日召开, published 3月4日)


def _nearest_year(pub: dt.date, month: int, day: int) -> int:
    """The year that puts month-day closest before the publication date (or up to a month after it: a story
    announces what is coming); 12月30日 in a story of 2024-01-03 is 2023."""
    for year in (pub.year, pub.year - 1):
        try:
            delta = (pub - dt.date(year, month, day)).days
        except ValueError:  # 2月29日 of a common year
            continue
        if -31 <= delta <= 366:
            return year
    return pub.year


def _parse_iso(s: str | None) -> dt.date | None:
    if not s:
        return None
    try:
        return dt.date.fromisoformat(str(s)[:10])
    except ValueError:
        return None
