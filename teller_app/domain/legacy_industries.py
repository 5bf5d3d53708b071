"""How the industry words of the procedures published before GB/T 4754 (2026.1, 2026.2) are read today.

2026.1 and 2026.2 were published with the words of the old industry picker (precious_metals, pawn …).
A published version never changes, so those words stay in their files; but the teller now picks a
GB/T 4754-2017 code, and a code never equals a word. This table says which GB/T 4754 codes each word
stands for, so a case pinned to 2026.1 or 2026.2 is still rated by the lists that were in force.
It is the same correspondence version 2026.3 writes out in codes. Three words name no GB/T 4754 class
(a cash-intensive business, virtual assets, shell trading are ways of working, not classes of the
standard): a picked code cannot meet them, under the old versions as under 2026.3 (docs/rules.md).
"""

from __future__ import annotations

from collections.abc import Iterable

LEGACY_INDUSTRIES: dict[str, tuple[str, ...]] = {
    "PRECIOUS_METALS": ("F5245",),  # 珠宝首饰零售（贵金属）
    "MONEY_SERVICES": ("J6930",),  # 非金融机构支付服务
    "GAMBLING_ADJACENT": ("R904",),  # 彩票活动
    "REAL_ESTATE_AGENCY": ("K7030",),  # 房地产中介服务
    "PAWN": ("J6633",),  # 典当
    "USED_VEHICLES": ("F5262",),  # 汽车旧车零售
    "IMPORT_EXPORT": ("F5181",),  # 贸易代理（含进出口代理）
    "ART_ANTIQUES": ("F5246",),  # 工艺美术品及收藏品零售
    "CASH_INTENSIVE": (),  # no GB/T 4754 class
    "VIRTUAL_ASSETS": (),  # no GB/T 4754 class
    "SHELL_TRADING": (),  # no GB/T 4754 class
}


def industry_codes(listed: Iterable[str]) -> frozenset[str]:
    """The GB/T 4754 codes a definition's industry list stands for: codes as written, old words through
    LEGACY_INDUSTRIES (upper case)."""
    codes: set[str] = set()
    for entry in listed:
        key = entry.strip().upper()
        codes.update(LEGACY_INDUSTRIES.get(key, (key,)))
    return frozenset(codes)
