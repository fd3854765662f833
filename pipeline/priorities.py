"""Numbered priority lists (一要…二要…, 一是…, 第一…, （一）…, 一、…, 1. …, 首先…其次…最后)."""

from __future__ import annotations

from huiyi.records import PriorityList
from pipeline.text import Sentences


def find_priority_lists(text: str, sents: Sentences) -> list[PriorityList]:
    return []
