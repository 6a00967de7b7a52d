"""Reader speed and memory: a ~50 MB .txt, a 2,000-paragraph .docx, .odt and .rtf, a ~300-page
PDF. ``--paragraphs 3400`` makes the office files about 300 pages (3,000 characters a page).

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/speed_readers.py
[--megabytes N] [--paragraphs N] [--pdf-paragraphs N]``

Generates the three files in a temporary folder (Qt's QPdfWriter lays out the PDF), reads each
with :func:`clausediff.readers.read_document` and prints the wall time and the CPU time (the
wall time on an idle machine; on a busy one the wall time grows, the CPU time much less), the
peak of Python
allocations (tracemalloc, measured in a second read because tracing slows Python down; memory
held by pdfium's C code is not in it) and the process's peak resident size so far.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from clausediff.readers import read_document

PARAGRAPH = (
    "Article {n} – Le Prestataire s’engage à exécuter les prestations avec soin, conformément "
    "aux règles de l’art, dans un délai de trente (30) jours à compter de la commande, pour un "
    "prix forfaitaire de 12 500 € hors taxes payable à quarante-cinq jours fin de mois."
)


def make_txt(path: Path, megabytes: int = 50) -> Path:
    with path.open("w", encoding="utf-8") as stream:
        written, n = 0, 0
        while written < megabytes * 1024 * 1024:
            n += 1
            line = PARAGRAPH.format(n=n) + "\n\n"
            written += stream.write(line) + line.count("’") * 2 + line.count("€") * 2
    return path


def make_docx(path: Path, paragraphs: int = 2000) -> Path:
    import docx

    document = docx.Document()
    for n in range(1, paragraphs + 1):
        if n % 10 == 1:
            document.add_heading(f"Titre {n // 10 + 1}", level=1)
        document.add_paragraph(PARAGRAPH.format(n=n), style="List Number" if n % 3 else None)
    document.save(str(path))
    return path


def make_odt(path: Path, paragraphs: int = 2000) -> Path:
    """An .odt as LibreOffice lays one out: headings, numbered list items, body paragraphs."""
    import zipfile
    from xml.sax.saxutils import escape

    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
    )
    body = []
    for n in range(1, paragraphs + 1):
        if n % 10 == 1:
            body.append(f'<text:h text:outline-level="1">Titre {n // 10 + 1}</text:h>')
        text = escape(PARAGRAPH.format(n=n)).replace("  ", " <text:s/>")
        body.append(f"<text:p>{text}</text:p>")
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}>'
        f"<office:body><office:text>{''.join(body)}</office:text></office:body>"
        "</office:document-content>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return path


def make_rtf(path: Path, paragraphs: int = 2000) -> Path:
    """An .rtf in Word's dialect: accents as \\'hh and \\uN, list labels, revision marks."""

    def rtf_text(text: str) -> str:
        return "".join(
            char
            if ord(char) < 128
            else (f"\\'{ord(char):02x}" if ord(char) < 256 else f"\\u{ord(char)}?")
            for char in text
        )

    parts = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fcharset0 Times;}}"]
    for n in range(1, paragraphs + 1):
        if n % 10 == 1:
            parts.append(f"\\pard\\plain\\outlinelevel0\\b Titre {n // 10 + 1}\\par\n")
        text = rtf_text(PARAGRAPH.format(n=n))
        if n % 7 == 0:
            text = text.replace("trente", "{\\deleted trente}{\\revised quarante}", 1)
        parts.append(f"\\pard\\plain{{\\listtext {n}.\\tab}}\\ls1 {text}\\par\n")
    parts.append("}")
    path.write_text("".join(parts), encoding="ascii")
    return path


def make_pdf(path: Path, paragraphs: int) -> Path:
    from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = QTextDocument()
    document.setHtml("".join(f"<p>{PARAGRAPH.format(n=n)}</p>" for n in range(paragraphs)))
    document.print_(writer)  # Qt's own pagination (it adds page numbers)
    return path


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(label: str, path: Path) -> None:
    start, cpu_start = time.perf_counter(), _cpu_seconds()
    document = read_document(path)
    elapsed, cpu = time.perf_counter() - start, _cpu_seconds() - cpu_start
    tracemalloc.start()
    read_document(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    size = path.stat().st_size / 1024 / 1024
    print(
        f"{label:6} {size:8.2f} MB file  {len(document.text) / 1e6:7.2f} M chars  "
        f"{len(document.paragraphs):6} paragraphs  {elapsed:6.2f} s (CPU {cpu:5.2f} s)  "
        f"peak Python {peak / 1024 / 1024:7.1f} MB  max RSS {rss:7.1f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=50, help="size of the .txt")
    parser.add_argument("--paragraphs", type=int, default=2000, help="paragraphs of the .docx")
    parser.add_argument(
        "--pdf-paragraphs", type=int, default=5100, help="paragraphs of the PDF (~300 pages)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        measure(".txt", make_txt(base / "big.txt", args.megabytes))
        measure(".docx", make_docx(base / "big.docx", args.paragraphs))
        measure(".odt", make_odt(base / "big.odt", args.paragraphs))
        measure(".rtf", make_rtf(base / "big.rtf", args.paragraphs))
        pdf = make_pdf(base / "big.pdf", args.pdf_paragraphs)
        from pypdfium2 import PdfDocument

        pages = len(PdfDocument(str(pdf)))
        measure(".pdf", pdf)
        print(f"(the PDF has {pages} pages)")


if __name__ == "__main__":
    main()
