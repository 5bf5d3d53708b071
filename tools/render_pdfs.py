#!/usr/bin/env python3
"""Render every document for the sample corporate and personal cases to PDF and PNG (pdftoppm), to look at.

Usage: .venv/bin/python tools/render_pdfs.py [OUT_DIR] [--dpi 80] [--training]
The default folder is screenshots/out/pdf (git-ignored). Needs pdftoppm (poppler-utils).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from teller_app.documents.render import BUILDERS, render  # noqa: E402
from teller_app.documents.samples import sample_corporate_sheet, sample_individual_sheet  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "screenshots" / "out" / "pdf"))
    parser.add_argument("--dpi", type=int, default=80)
    parser.add_argument("--training", action="store_true", help="print the training watermark")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found: install poppler-utils; writing PDFs only", file=sys.stderr)
    cases = {
        "corporate": sample_corporate_sheet(training=args.training),
        "individual": sample_individual_sheet(training=args.training),
    }
    for case_name, sheet in cases.items():
        for doc in BUILDERS:
            pdf = render(doc, sheet, out / f"{case_name}-{doc}.pdf")
            for old in out.glob(f"{case_name}-{doc}-*.png"):
                old.unlink()
            if pdftoppm:
                subprocess.run(
                    [pdftoppm, "-r", str(args.dpi), "-png", str(pdf), str(out / f"{case_name}-{doc}")],
                    check=True,
                )
            pages = sorted(out.glob(f"{case_name}-{doc}-*.png"))
            print(f"{pdf}  ({len(pages)} page images)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
