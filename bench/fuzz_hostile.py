"""The known hostile shapes of each format, for the reader fuzz campaign (:mod:`fuzz_cases`).

:func:`structured_cases` yields ``(family, make)`` pairs for one format: ``make()`` returns the
bytes of a file built from a real sample with one kind of damage an attacker or a broken tool
produces (entity expansion, very deep nesting, a zip bomb, a PDF page tree that loops, an RTF
``\\u`` escape beyond Unicode...). Sizes vary with the round so each family is tried small and
large. No I/O besides reading the sample files given.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

Make = Callable[[], bytes]
DEPTHS = (300, 5_000, 100_000)
"""Nesting depths tried: past lxml's 256, past Python's recursion limit, far past both."""


def rezip(data: bytes, change: Callable[[zipfile.ZipInfo, bytes], bytes | None]) -> bytes:
    """A copy of a zip with each member's bytes passed through ``change`` (None drops it)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = change(info, source.read(info))
            if content is not None:
                target.writestr(info, content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def main_member(fmt: str) -> str:
    """The XML part holding an office document's body."""
    return "word/document.xml" if fmt == "docx" else "content.xml"


def _with_member(data: bytes, member: str, edit: Callable[[bytes], bytes]) -> bytes:
    return rezip(data, lambda info, content: edit(content) if info.filename == member else content)


def _inject(fmt: str, data: bytes, fragment: bytes) -> bytes:
    """Put an XML fragment at the start of the document body."""
    marker = b"<w:body>" if fmt == "docx" else b"<office:text>"
    if fmt == "odt":
        marker = b"<office:text" if b"<office:text>" not in data else marker

    def edit(xml: bytes) -> bytes:
        at = xml.find(marker)
        at = xml.find(b">", at) + 1
        return xml[:at] + fragment + xml[at:]

    return _with_member(data, main_member(fmt), edit)


def _prolog(fmt: str, data: bytes, doctype: bytes, entity_use: bytes) -> bytes:
    """A DOCTYPE after the XML declaration and an entity reference in the body."""

    def edit(xml: bytes) -> bytes:
        end = xml.find(b"?>") + 2 if xml.startswith(b"<?xml") else 0
        return xml[:end] + doctype + xml[end:]

    return _with_member(_inject(fmt, data, entity_use), main_member(fmt), edit)


def _members(count: int, size: int) -> bytes:
    """A .docx-looking zip of ``count`` members of ``size`` zero bytes each."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        for index in range(count):
            archive.writestr(f"word/media/m{index}.bin", b"\0" * size)
    return out.getvalue()


def zip_field(data: bytes, offset_in_header: int, value: int) -> bytes:
    """Set a 2-byte field of every central directory entry (flags at 8, method at 10)."""
    buffer = bytearray(data)
    at = buffer.find(b"PK\x01\x02")
    while at >= 0:
        buffer[at + offset_in_header : at + offset_in_header + 2] = value.to_bytes(2, "little")
        at = buffer.find(b"PK\x01\x02", at + 4)
    return bytes(buffer)


def _office(fmt: str, data: bytes, size: int) -> Iterator[tuple[str, Make]]:
    w = fmt == "docx"
    laughs = (
        b'<!DOCTYPE x [<!ENTITY a0 "lol">'
        + b"".join(b'<!ENTITY a%d "%s">' % (i, (b"&a%d;" % (i - 1)) * 10) for i in range(1, 10))
        + b"]>"
    )
    para = b"<w:p><w:r><w:t>%s</w:t></w:r></w:p>" if w else b"<text:p>%s</text:p>"
    nest_open, nest_close = (
        (b"<w:sdt><w:sdtContent>", b"</w:sdtContent></w:sdt>")
        if w
        else (b"<text:section>", b"</text:section>")
    )
    table_open, table_close = (
        (b"<w:tbl><w:tr><w:tc>", b"<w:p/></w:tc></w:tr></w:tbl>")
        if w
        else (
            b"<table:table><table:table-row><table:table-cell>",
            b"</table:table-cell></table:table-row></table:table>",
        )
    )
    span_open, span_close = (
        (b"<w:hyperlink>", b"</w:hyperlink>") if w else (b"<text:span>", b"</text:span>")
    )
    depth = DEPTHS[size]
    yield "xml-billion-laughs", lambda: _prolog(fmt, data, laughs, para % b"&a9;")
    yield (
        "xml-external-entity",
        lambda: _prolog(
            fmt, data, b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', para % b"&e;"
        ),
    )
    yield (
        "xml-utf16-doctype",
        lambda: _with_member(
            data,
            main_member(fmt),
            lambda xml: (
                b'<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY e "x">]>'.decode()
                + xml.split(b"?>", 1)[1].decode()
            ).encode("utf-16"),
        ),
    )
    yield (
        f"xml-deep-{depth}",
        lambda: _inject(fmt, data, nest_open * depth + para % b"deep" + nest_close * depth),
    )
    yield (
        f"xml-deep-tables-{depth}",
        lambda: _inject(fmt, data, table_open * depth + table_close * depth),
    )
    yield (
        f"xml-deep-spans-{depth}",
        lambda: _inject(
            fmt, data, para.replace(b"%s", span_open * depth + b"x" + span_close * depth)
        ),
    )
    yield "xml-huge-text-node", lambda: _inject(fmt, data, para % (b"a" * (4_000_000 * (size + 1))))
    yield (
        "xml-huge-line-words",
        lambda: _inject(fmt, data, para % (b"mot " * (1_000_000 * (size + 1)))),
    )
    yield "xml-many-paragraphs", lambda: _inject(fmt, data, (para % b"x") * (100_000 * (size + 1)))
    yield "xml-invalid-chars", lambda: _inject(fmt, data, para % b"\x01\x02\x00\xff\xfe")
    yield (
        "zip-bomb-ratio",
        lambda: _with_member(data, main_member(fmt), lambda xml: xml + b" " * (60 << 20)),
    )
    yield "zip-bomb-total", lambda: _members(30, 9 << 20)
    yield "zip-many-members", lambda: _members(12_000, 1)
    yield "zip-encrypted-flag", lambda: zip_field(data, 8, 1)
    yield "zip-unknown-method", lambda: zip_field(data, 10, 99)
    yield "zip-prefix-junk", lambda: random.Random(size).randbytes(5000) + data
    yield "zip-truncated-directory", lambda: data[: data.rfind(b"PK\x01\x02") + 20]
    yield "zip-empty-main-member", lambda: _with_member(data, main_member(fmt), lambda xml: b"")
    if w:
        used = b'<w:p><w:pPr><w:pStyle w:val="CycA"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>'
        yield (
            "docx-style-cycle",
            lambda: _with_member(_inject(fmt, data, used), "word/styles.xml", _style_cycle),
        )
        yield (
            "docx-numbering-huge-start",
            lambda: _with_member(
                data,
                "word/numbering.xml",
                lambda xml: xml.replace(b'w:start w:val="1"', b'w:start w:val="2147483647"'),
            ),
        )
    else:
        used = b'<text:p text:style-name="CycA">x</text:p><text:h text:style-name="Self">y</text:h>'
        yield (
            "odt-style-cycle",
            lambda: _with_member(_inject(fmt, data, used), "styles.xml", _odt_style_cycle),
        )
        yield (
            "odt-repeat-spaces",
            lambda: _inject(fmt, data, b'<text:p>a<text:s text:c="999999999"/></text:p>'),
        )


def _style_cycle(xml: bytes) -> bytes:
    """Two paragraph styles based on each other, and a style based on itself."""
    style = b'<w:style w:type="paragraph" w:styleId="%s"><w:basedOn w:val="%s"/></w:style>'
    cycle = style % (b"CycA", b"CycB") + style % (b"CycB", b"CycA") + style % (b"Self", b"Self")
    at = xml.rfind(b"</w:styles>")
    return xml[:at] + cycle + xml[at:]


def _odt_style_cycle(xml: bytes) -> bytes:
    """The same in OpenDocument: parent styles that loop."""
    style = b'<style:style style:name="%s" style:family="paragraph" style:parent-style-name="%s"/>'
    cycle = style % (b"CycA", b"CycB") + style % (b"CycB", b"CycA") + style % (b"Self", b"Self")
    at = xml.find(b"</office:styles>")
    return xml[:at] + cycle + xml[at:] if at >= 0 else xml


def _pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF of numbered objects with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer,
        xref,
    )
    return bytes(out)


def _text_page(ops: bytes, pages: bytes = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>") -> bytes:
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            pages,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def _encrypted(seed: Path, user: str) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=str(seed))
    writer.encrypt(user, "owner-password")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _pdf_cases(data: bytes, seed: Path, size: int) -> Iterator[tuple[str, Make]]:
    hello = b"BT /F1 12 Tf 72 760 Td (Article 1 Objet du contrat) Tj ET"
    pages = 200 * 10**size
    kids = b" ".join(b"3 0 R" for _ in range(pages))
    yield "pdf-broken-xref", lambda: data.replace(b"0000", b"9999")
    yield "pdf-no-xref", lambda: data[: data.rfind(b"xref")]
    yield (
        "pdf-startxref-junk",
        lambda: data[: data.rfind(b"startxref")] + b"startxref\n-999999999999\n%%EOF",
    )
    yield "pdf-encrypted", lambda: _encrypted(seed, "secret")
    yield "pdf-encrypted-empty-user", lambda: _encrypted(seed, "")
    yield (
        "pdf-zero-pages",
        lambda: _pdf(
            [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
        ),
    )
    yield (
        "pdf-page-tree-loop",
        lambda: _text_page(hello, b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>"),
    )
    yield (
        "pdf-count-lies",
        lambda: _text_page(hello, b"<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>"),
    )
    yield (
        f"pdf-same-page-{pages}-times",
        lambda: _text_page(hello, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages)),
    )
    yield "pdf-deep-arrays", lambda: _text_page(b"[" * DEPTHS[size] + b"]" * DEPTHS[size] + hello)
    yield (
        "pdf-huge-string",
        lambda: _text_page(
            b"BT /F1 12 Tf 72 760 Td (" + b"mot " * (500_000 * (size + 1)) + b") Tj ET"
        ),
    )
    yield "pdf-no-catalog", lambda: _pdf([b"<< /Type /Font >>"])
    yield "pdf-header-only", lambda: b"%PDF-1.7\n%%EOF\n"


def _rtf_cases(data: bytes, size: int) -> Iterator[tuple[str, Make]]:
    depth = DEPTHS[size] * 10
    body = data[: data.rfind(b"}")]
    yield f"rtf-deep-groups-{depth}", lambda: body + b"{" * depth + b"deep" + b"}" * depth + b"}"
    yield "rtf-unclosed-groups", lambda: body + b"{\\b " * (depth // 10) + b"text"
    yield "rtf-extra-closing", lambda: data.replace(b"\\par", b"}}}\\par", 20)
    yield "rtf-closing-first", lambda: b"}}}" + data
    yield "rtf-u-huge", lambda: body + b"\\u99999999999999999999999? \\u4294967296? \\u1114112?}"
    yield "rtf-u-negative", lambda: body + b"\\u-99999999? \\u-32769? \\u-1?}"
    yield "rtf-u-surrogates", lambda: body + b"\\u-10179?\\u-8704? \\u55296? \\u-9217?x}"
    yield "rtf-u-no-digits", lambda: body + b"\\u \\u- \\u?}"
    yield "rtf-uc-huge", lambda: body + b"\\uc999999999 \\u233?abc \\par text}"
    yield "rtf-bin-huge", lambda: body + b"\\bin999999999 abc}"
    yield "rtf-bin-negative", lambda: body + b"\\bin-5 abc}"
    yield "rtf-long-control-word", lambda: body + b"\\" + b"a" * (100_000 * (size + 1)) + b" x}"
    yield "rtf-huge-parameter", lambda: body + b"\\fs" + b"9" * 5000 + b" \\li-99999999999999999 x}"
    yield "rtf-bad-hex", lambda: body + b"\\'zz\\'4\\'}"
    yield "rtf-ansicpg-junk", lambda: data.replace(b"\\ansi", b"\\ansi\\ansicpg99999", 1)
    yield "rtf-fcharset-junk", lambda: data.replace(b"\\fcharset0", b"\\fcharset9999")
    yield "rtf-list-refs", lambda: body + b"\\pard\\ls99999\\ilvl99999 item\\par}"
    yield "rtf-nul-bytes", lambda: body + b"\x00" * 100 + b"x}"
    yield "rtf-huge-line", lambda: body + b"mot " * (2_000_000 * (size + 1)) + b"}"


def _html_cases(data: bytes, size: int) -> Iterator[tuple[str, Make]]:
    depth = DEPTHS[size]
    at = data.lower().find(b"<body")
    at = data.find(b">", at) + 1 if at >= 0 else 0

    def insert(fragment: bytes) -> bytes:
        return data[:at] + fragment + data[at:]

    for tag in (b"div", b"ol><li", b"table><tr><td", b"b", b"blockquote"):
        close = b"".join(b"</" + part + b">" for part in reversed(tag.split(b"><")))
        family = f"html-deep-{tag.split(b'>')[0].decode()}-{depth}"
        yield family, partial_insert(insert, b"<" + tag + b">", close, depth)
    yield "html-unclosed-comment", lambda: insert(b"<!-- never closed")
    yield "html-unclosed-script", lambda: insert(b"<script>var x = 1;")
    yield (
        "html-huge-attribute",
        lambda: insert(b'<p title="' + b"x" * (5_000_000 * (size + 1)) + b'">a</p>'),
    )
    yield (
        "html-entity-junk",
        lambda: insert(b"<p>&#0; &#xD800; &#99999999999; &#x110000; &bogus; &</p>"),
    )
    yield "html-charset-utf16", lambda: data.replace(b"<head>", b'<head><meta charset="utf-16">', 1)
    yield (
        "html-charset-unknown",
        lambda: data.replace(b"<head>", b'<head><meta charset="x-klingon">', 1),
    )
    yield (
        "html-list-numbers",
        lambda: insert(
            b'<ol start="99999999999999999999" type="i"><li value="-9999999999">a</li></ol>'
        ),
    )
    yield "html-huge-line", lambda: insert(b"<p>" + b"mot " * (2_000_000 * (size + 1)) + b"</p>")
    yield "html-nul-bytes", lambda: insert(b"<p>a\x00\x00b</p>")
    yield "html-utf16-no-bom", lambda: data.decode("utf-8", "replace").encode("utf-16-le")


def partial_insert(
    insert: Callable[[bytes], bytes], open_: bytes, close: bytes, depth: int
) -> Make:
    return lambda: insert(open_ * depth + b"deep" + close * depth)


def _text_cases(fmt: str, data: bytes, size: int) -> Iterator[tuple[str, Make]]:
    rng = random.Random(size)
    text = data.decode("utf-8", "replace")
    yield (
        "invalid-utf8-sprinkled",
        lambda: bytes(b if rng.random() > 0.01 else rng.randrange(128, 256) for b in data),
    )
    yield "invalid-utf8-one-byte", lambda: data[: len(data) // 2] + b"\xff" + data[len(data) // 2 :]
    yield "utf16-le-no-bom", lambda: text.encode("utf-16-le")
    yield "utf16-be-no-bom", lambda: text.encode("utf-16-be")
    yield "utf16-odd-length", lambda: text.encode("utf-16")[:-1]
    yield (
        "utf16-lone-surrogate",
        lambda: b"\xff\xfe" + text[:200].encode("utf-16-le") + b"\x00\xd8a\x00",
    )
    yield "utf32-bom-junk", lambda: b"\xff\xfe\x00\x00" + data
    yield "utf8-surrogates-overlong", lambda: data + b"\xed\xa0\x80 \xc0\xaf \xf4\x90\x80\x80"
    yield "nul-bytes", lambda: data.replace(b" ", b"\x00", 3)
    yield "control-chars", lambda: data.replace(b"e", b"\x07", 50)
    yield "huge-line-words", lambda: data + b"mot " * (3_000_000 * 2**size)
    yield "huge-line-no-spaces", lambda: data + b"a" * (10_000_000 * 2**size)
    yield "many-blank-lines", lambda: b"\n" * (2_000_000 * (size + 1)) + data
    yield "many-short-lines", lambda: data + b"1.\n" * (1_000_000 * (size + 1))
    if fmt == "md":
        depth = DEPTHS[size]
        yield "md-deep-quotes", lambda: b"> " * depth + b"deep\n\n" + data
        yield (
            "md-deep-lists",
            lambda: b"".join(b"  " * i + b"- item\n" for i in range(depth // 10)) + data,
        )
        yield "md-brackets", lambda: b"[" * depth + b"x" + b"](" * depth + b"\n\n" + data
        yield "md-emphasis", lambda: b"*a **" * depth + b"\n\n" + data
        yield (
            "md-wide-table",
            lambda: b"|" + b"a|" * depth + b"\n|" + b"-|" * depth + b"\n\n" + data,
        )


def structured_cases(fmt: str, files: list[Path], seed: int) -> Iterator[tuple[str, Make]]:
    """Every hostile family of ``fmt``, three rounds of growing size, cycling over the files."""
    for size in range(len(DEPTHS)):
        source = files[(seed + size) % len(files)]
        data = source.read_bytes()
        if fmt in ("docx", "odt"):
            yield from _office(fmt, data, size)
        elif fmt == "pdf":
            yield from _pdf_cases(data, source, size)
        elif fmt == "rtf":
            yield from _rtf_cases(data, size)
        elif fmt == "html":
            yield from _html_cases(data, size)
        else:
            yield from _text_cases(fmt, data, size)
