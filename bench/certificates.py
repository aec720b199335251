"""Certificates benchmark: 1,000 certificate PDFs with names in many scripts, on one core.

Run: .venv/bin/python bench/certificates.py [--certificates 1000] [--runs 3]
Each certificate is the real one (academy.certificates.document): the participant's name exactly as in
the profile (Latin with diacritics, Vietnamese, Cyrillic, Greek, Arabic shaped right to left, Hangul,
Chinese, Japanese, Devanagari, Amharic), in one of the four languages, two signatories, the QR code
and the verification code. The baseline, in the same run, is ReportLab drawing the same page of text
in its built-in Helvetica (no font embedding, no shaping, no QR code): the least a one-page PDF costs.
The Open Badge (a VC-JWT signed with RS256, RSA 3072) of each certificate is timed too. The process is pinned
to one core. Medians of the runs; no database is needed (certificates are drawn from unsaved rows).
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from decimal import Decimal
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings_test")
os.environ.setdefault("ACADEMY_DATA_DIR", tempfile.mkdtemp(prefix="academy-bench-"))

import django

django.setup()

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from academy.certificates import credentials  # noqa: E402
from academy.certificates.document import certificate_pdf  # noqa: E402
from academy.certificates.models import Certificate, StatusList  # noqa: E402
from academy.common.codes import new_code  # noqa: E402
from academy.common.typesetting import fonts  # noqa: E402
from academy.editions.models import Edition, Modality  # noqa: E402
from academy.people.models import User  # noqa: E402

NAMES = [
    "Ana Conceição",
    "Nguyễn Thị Minh Khai",
    "Иван Петрович Сидоров",
    "Γεώργιος Παπαδόπουλος",
    "فاطمة الزهراء بن علي",
    "김민준",
    "王小明",
    "山田 花子",
    "प्रिया शर्मा",
    "ሰላማዊት ተስፋዬ",
    "Łukasz Żółć-Wiśniewski",
    "Kwame Nkrumah Mensah",
]
LANGUAGES = ["en", "fr", "es", "pt"]
SIGNATORIES = [
    {"name": "Simel Esim", "position": "Head of the Cooperatives Unit", "organisation": "ILO"},
    {"name": "Roberto Di Meglio", "position": "Senior Specialist", "organisation": "ITCILO"},
]


def certificates(count: int) -> list[Certificate]:
    edition = Edition(
        number=12,
        title={"en": "12th Academy on Social and Solidarity Economy", "fr": "12e Académie sur l'ESS"},
        theme={"en": "SSE and the future of work", "pt": "A ESS e o futuro do trabalho"},
        start_date=date(2022, 6, 13),
        end_date=date(2022, 6, 24),
        host_city={"en": "Lisbon", "pt": "Lisboa"},
        host_country="PT",
        modality=Modality.HYBRID,
        attendance_threshold_percent=80,
        time_zone="Europe/Lisbon",  # an unsaved edition has no zone by default, and its dates need one
    )
    status_list = StatusList(pk=1, number=1)  # each credential names its revocation list, as issued ones do
    return [
        Certificate(
            edition=edition,
            user=User(email=f"person{index}@example.org"),
            code=new_code(12),
            name=NAMES[index % len(NAMES)],
            language=LANGUAGES[index % len(LANGUAGES)],
            hours=Decimal(30 + index % 10) / 2,
            signatories=SIGNATORIES,
            issued_at=datetime(2022, 7, 1, 12, tzinfo=UTC),
            status_list=status_list,
            status_index=index,
        )
        for index in range(count)
    ]


def baseline_pdf(certificate: Certificate) -> bytes:
    """The same lines of text on the same page, in Helvetica: no embedding, shaping or QR code."""
    out = BytesIO()
    canvas = Canvas(out, pagesize=landscape(A4), pageCompression=1)
    lines = [
        ("Helvetica-Bold", 30, "Certificate of Participation"),
        ("Helvetica", 13, "This is to certify that"),
        ("Helvetica-Bold", 30, certificate.name.encode("ascii", "replace").decode()),
        ("Helvetica", 13, "took part in the 12th Academy on Social and Solidarity Economy,"),
        ("Helvetica", 13, "held in Lisbon, Portugal and online from June 13, 2022 to June 24, 2022,"),
        ("Helvetica", 13, "with 17 hours of learning."),
        *((("Helvetica", 9, signatory["name"])) for signatory in SIGNATORIES),
        ("Helvetica", 8, f"Verification code: {certificate.code}"),
    ]
    y = 500
    for font, size, text in lines:
        canvas.setFont(font, size)
        canvas.drawCentredString(421, y, text)
        y -= 40
    canvas.save()
    return out.getvalue()


def timed(function, items) -> tuple[float, int]:
    started = time.perf_counter()
    size = sum(len(function(item)) for item in items)
    return time.perf_counter() - started, size


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--certificates", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    items = certificates(args.certificates)
    fonts()  # loading the fonts once per process is start-up, not per certificate
    certificate_pdf(items[0])
    credentials.signing_key()
    results = {"baseline": [], "certificate": [], "badge": []}
    sizes = {}
    for _ in range(args.runs):
        for label, function in (("baseline", baseline_pdf), ("certificate", certificate_pdf),
                                ("badge", credentials.signed)):  # fmt: skip
            seconds, sizes[label] = timed(function, items)
            results[label].append(seconds)
    baseline = statistics.median(results["baseline"])
    print(f"{args.certificates} certificates, {len(NAMES)} scripts of names, 4 languages, one core, "
          f"median of {args.runs} runs")  # fmt: skip
    print(f"{'step':<46} {'median s':>9} {'per s':>7} {'ms each':>8} {'x base':>7} {'kB each':>8}")
    for label, text in (("baseline", "baseline: same text in Helvetica, no QR"),
                        ("certificate", "certificate PDF (fonts, shaping, QR code)"),
                        ("badge", "Open Badge VC-JWT signed with RS256")):  # fmt: skip
        seconds = statistics.median(results[label])
        print(f"{text:<46} {seconds:>9.2f} {args.certificates / seconds:>7.0f} "
              f"{1000 * seconds / args.certificates:>8.2f} {seconds / baseline:>7.2f} "
              f"{sizes[label] / args.certificates / 1000:>8.1f}")  # fmt: skip


if __name__ == "__main__":
    main()
