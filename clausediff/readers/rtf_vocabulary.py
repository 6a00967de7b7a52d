"""The vocabulary of RTF as :mod:`clausediff.readers.rtf_parse` reads it: the tokenizer's pattern
and the tables that say which control words are text, which are not, and how bytes decode.

Data only: what each word does to the reading is decided in
:class:`~clausediff.readers.rtf_parse.RtfReader`.
"""

from __future__ import annotations

import re

#: One token: a control word and its parameter, a hex escape, a control symbol, a brace,
#: a run of text, or a line break (not text in RTF).
TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word and parameter
    r"|\\'([0-9a-fA-F]{2})"  # hex escape
    r"|\\([^a-zA-Z'])"  # control symbol
    r"|([{}])"  # group
    r"|([^\\{}\r\n]+)"  # text
    r"|[\r\n]+|\\",
    re.DOTALL,
)
#: Destinations whose content is not text: tables of styles, colours, revisions; pictures,
#: objects, headers and footers; field instructions; index and bookmark entries.
NOT_TEXT = frozenset(
    [
        "colortbl",
        "stylesheet",
        "info",
        "pict",
        "object",
        "objdata",
        "header",
        "headerl",
        "headerr",
        "headerf",
        "footer",
        "footerl",
        "footerr",
        "footerf",
        "revtbl",
        "rsidtbl",
        "xmlnstbl",
        "sp",
        "shprslt",
        "fldinst",
        "pntxta",
        "pntxtb",
        "txe",
        "tc",
        "xe",
        "nonshppict",
        "pgdsctbl",
        "template",
        "filetbl",
        "ftnsep",
        "ftnsepc",
        "aftnsep",
        "aftnsepc",
        "ftncn",
        "aftncn",
        "bkmkstart",
        "bkmkend",
        "generator",
        "listpicture",
        "themedata",
        "colorschememapping",
        "datastore",
        "latentstyles",
        "mmathPr",
        "defchp",
        "defpap",
        "do",
        "userprops",
        "docvar",
    ]
)
#: ``{\*\word ...}`` destinations that are read all the same (a reader may skip any other).
READ_STARRED = frozenset(("ud", "shpinst", "listtext", "pntext", "footnote", "shptxt"))
#: Control words that stand for a character.
SYMBOLS = {
    "tab": "\t", "line": "\n", "emdash": "—", "endash": "–", "lquote": "‘", "rquote": "’",
    "ldblquote": "“", "rdblquote": "”", "bullet": "•", "emspace": " ", "enspace": " ",
    "qmspace": " ",
}  # fmt: skip
#: Control symbols (``\~`` no-break space, ``\_`` non-breaking hyphen, ``\-`` optional
#: hyphen, escaped braces and backslash) and what they write.
CONTROL_SYMBOLS = {"~": "\u00a0", "_": "-", "-": "", "\\": "\\", "{": "{", "}": "}"}
#: ``\fcharset N`` -> the code page of the font's ``\'hh`` escapes ("" for the document's;
#: "symbol" for the Symbol font, whose bullets :data:`SYMBOL_BULLETS` reads).
CHARSETS = {
    0: "", 1: "", 2: "symbol", 77: "mac_roman", 128: "cp932", 129: "cp949", 134: "cp936",
    136: "cp950", 161: "cp1253", 162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256",
    186: "cp1257", 204: "cp1251", 222: "cp874", 238: "cp1250",
}  # fmt: skip
#: The Symbol and Wingdings bytes lists use as bullets, as Unicode.
SYMBOL_BULLETS = {0xB7: "•", 0xA7: "▪", 0xD8: "➢", 0xFC: "✓", 0xE0: "→"}
#: The endings of ``\ftnn*`` / ``\aftnn*`` (note numbering) -> the number format.
NOTE_FORMATS = {
    "nar": "decimal", "nalc": "lowerLetter", "nauc": "upperLetter", "nrlc": "lowerRoman",
    "nruc": "upperRoman", "nchi": "chicago",
}  # fmt: skip
