"""Numbered policy slogans (六稳, 两个大局, 三大攻坚战, 十四五)."""

from __future__ import annotations

from huiyi.records import Slogan
from pipeline.text import Sentences


def find_slogans(text: str, sents: Sentences) -> list[Slogan]:
    return []
