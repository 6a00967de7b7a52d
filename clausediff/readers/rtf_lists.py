"""RTF list definitions (``\\listtable``, ``\\listoverridetable``) as Word numbering levels.

Word writes the number it displays in each numbered paragraph's ``\\listtext``, but for a
document with tracked changes that is the number of the markup view (deleted items counted).
To number the state read, :func:`numberer` turns the list tables into the levels of
:mod:`clausediff.readers.docx_numbering` (``\\levelnfc`` format, ``\\levelstartat``,
``\\leveltext`` with its level placeholders, ``\\levellegal``, ``\\levelnorestart``) so the same
counters run on the paragraphs of that state. Input is the token list the reader collected;
no I/O, no Qt.
"""

from __future__ import annotations

from dataclasses import replace

from clausediff.readers.docx_numbering import Level, Numberer

_FORMATS = {0: "decimal", 1: "upperRoman", 2: "lowerRoman", 3: "upperLetter", 4: "lowerLetter",
            22: "decimalZero", 23: "bullet", 255: "none"}  # fmt: skip


def numberer(tokens: list[tuple[str, str, int | None]]) -> Numberer | None:
    """Counters for the lists defined in ``tokens`` (None when there are none)."""
    abstracts: dict[str, dict[int, Level]] = {}
    nums: dict[str, str] = {}
    levels: dict[int, Level] = {}
    level: Level | None = None
    override_list: str | None = None
    in_override = False
    depth = 0
    text_depth: int | None = None
    text: list[str] = []
    skip_next = False
    for kind, word, value in tokens:
        if kind == "open":
            depth += 1
            continue
        if kind == "close":
            if text_depth is not None and depth == text_depth:
                level = replace(level or Level(), text=_level_text(text))
                text_depth, text = None, []
            depth -= 1
            continue
        if text_depth is not None:
            if kind == "word" and word == "u" and value is not None:
                text.append(chr(value % 65536))
                skip_next = True
            elif kind == "hex" and value is not None:
                if skip_next:
                    skip_next = False
                else:
                    text.append(
                        chr(0xE000 + value)
                        if value < 10
                        else bytes([value]).decode("cp1252", "replace")
                    )
            elif kind == "text":
                text.append(word[1:] if skip_next else word)
                skip_next = False
            continue
        if kind != "word":
            continue
        if word == "list":
            levels, in_override = {}, False
        elif word == "listlevel":
            if level is not None:
                levels[len(levels)] = level
            level = Level()
        elif word == "leveltext":
            text_depth, text = depth, []
        elif level is not None and word == "levelnfc" and value is not None:
            level = replace(level, num_fmt=_FORMATS.get(value, "decimal"))
        elif level is not None and word == "levelstartat" and value is not None:
            level = replace(level, start=value)
        elif level is not None and word == "levellegal":
            level = replace(level, legal=value != 0)
        elif level is not None and word == "levelnorestart":
            level = replace(level, restart=0 if value != 0 else None)
        elif word == "listid" and value is not None and not in_override:
            if level is not None:
                levels[len(levels)] = level
                level = None
            abstracts[str(value)] = levels
            levels = {}
        elif word == "listoverride":
            in_override, override_list = True, None
        elif word == "listid" and value is not None:
            override_list = str(value)
        elif word == "ls" and value is not None and override_list is not None:
            nums[str(value)] = override_list
    if not nums:
        return None
    return Numberer.from_definitions(abstracts, nums)


def _level_text(parts: list[str]) -> str:
    """``\\leveltext``: a length character, then text with level placeholders (``\\'00`` is
    level 1), then ";". Returns Word's ``lvlText`` form ("Article %1 –")."""
    raw = "".join(parts).rstrip(";")
    if raw[:1] and "\ue000" <= raw[0] <= "\ue009":
        raw = raw[1:]  # the length byte
    elif raw[:1] and ord(raw[0]) < 32:
        raw = raw[1:]
    return "".join(
        f"%{ord(char) - 0xE000 + 1}" if "\ue000" <= char <= "\ue009" else char for char in raw
    )
