"""Time to build the account agreement against a one-page reportlab document in the same fonts, same run.

Run: .venv/bin/python -m bench.documents.run [--rounds 15]
Prints the median and best time of each, the agreement's pages, and the ratio agreement / one page.
"""

from __future__ import annotations

import argparse
import io
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from teller_app.documents.agreement import build_agreement  # noqa: E402
from teller_app.documents.fonts import register_fonts  # noqa: E402
from teller_app.documents.samples import sample_corporate_sheet  # noqa: E402
from teller_app.documents.text import markup  # noqa: E402


def one_page_baseline() -> bytes:
    """A plain one-page reportlab document: a title and three paragraphs in the same embedded fonts."""
    fonts = register_fonts()
    style = ParagraphStyle("b", fontName=fonts.cjk, fontSize=10, leading=15, wordWrap="CJK")
    out = io.BytesIO()
    story = [Paragraph(markup("单位银行结算账户管理协议 Account agreement"), style)]
    story += [
        Paragraph(
            markup(
                "甲方保证向乙方提供的开户证明文件真实、完整、合法、有效。Party A warrants the documents. "
            ),
            style,
        )
        for _ in range(3)
    ]
    SimpleDocTemplate(out, pagesize=A4, invariant=1).build(story)
    return out.getvalue()


def timed(build: Callable[[], bytes], rounds: int) -> tuple[list[float], bytes]:
    data = build()  # warm up: font registration, clause file, imports
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        data = build()
        times.append(time.perf_counter() - start)
    return times, data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args(argv)
    sheet = sample_corporate_sheet()
    baseline, _ = timed(one_page_baseline, args.rounds)
    agreement, data = timed(lambda: build_agreement(sheet), args.rounds)
    pages = len(re.findall(rb"/Type /Page(?!s)", data))
    base_ms, agr_ms = statistics.median(baseline) * 1000, statistics.median(agreement) * 1000
    print(f"rounds: {args.rounds}")
    print(f"one-page baseline : median {base_ms:8.1f} ms   best {min(baseline) * 1000:8.1f} ms")
    print(
        f"agreement         : median {agr_ms:8.1f} ms   best {min(agreement) * 1000:8.1f} ms"
        f"   ({pages} pages, {len(data) // 1024} KiB)"
    )
    print(
        f"ratio agreement / one page: {agr_ms / base_ms:.1f}x   per page: {agr_ms / max(pages, 1) / base_ms:.2f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
