"""A small RTF reader: tokens -> paragraphs, in one state of the tracked changes.

RTF is a stream of control words (``\\par``, ``\\b0``, ``\\u8217``), hex escapes (``\\'e9``),
groups in braces and text. :class:`RtfReader` keeps the character state of each group (hidden,
deleted, inserted, font, Unicode skip count) and sends text to the story being read: the body, a
note, the label of a list item (``\\listtext``), a text box (``\\shptxt``).

* **Tracked changes** (``\\deleted``, ``\\revised``): the accepted state drops deleted text, the
  original state drops inserted text; a paragraph mark (``\\par``) inside removed text joins the
  two paragraphs, as accepting or rejecting it does. Never both texts glued together.
* **Hidden text** (``\\v``) is left out, as Word hides it (counted for a warning).
* **Notes**: the call (``\\chftn``) is written ``[1]`` (``[i]`` for endnotes, Word's default, or
  the document's ``\\ftnn*``/``\\aftnn*`` format) and the note (``\\footnote``, ``\\ftnalt`` for an
  endnote) becomes a paragraph after the paragraph that calls it.
* **Fields** show their result (``\\fldrslt``), never their instruction; **tables**: one
  paragraph per row, cells joined by a tab; **text boxes** (``\\shptxt``) become paragraphs after
  their anchor, the picture fallback (``\\shprslt``) is not read.
* Headers, footers, comments (``\\annotation``, counted), pictures, objects, style and font
  tables and every ``\\*`` destination not listed here are not text.
* Accents: ``\\'hh`` in the code page of the run's font charset (``\\fcharset``), else of the
  document (``\\ansicpg``); ``\\uN`` with its ``\\ucN`` fallback characters skipped; symbol-font
  bullets as "•".

List definitions (``\\listtable``, ``\\listoverridetable``) are collected for
:mod:`clausediff.readers.rtf_lists`. Which words are text and how bytes decode is tabled in
:mod:`clausediff.readers.rtf_vocabulary`; the stories and what each becomes once read, in
:mod:`clausediff.readers.rtf_stories`. No I/O, no Qt.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, replace

from clausediff.readers.rtf_stories import NoteMarks, RtfParagraph, Story, Tally, finish_story
from clausediff.readers.rtf_vocabulary import (
    CHARSETS,
    CONTROL_SYMBOLS,
    NOT_TEXT,
    NOTE_FORMATS,
    READ_STARRED,
    SYMBOL_BULLETS,
    SYMBOLS,
    TOKEN,
)


@dataclass(frozen=True, slots=True)
class _State:
    """Character state of one group."""

    skip: bool = False
    hidden: bool = False
    deleted: bool = False
    inserted: bool = False
    uc: int = 1
    font: int = -1
    story: int = 0  # index into RtfReader.stories (-1: the list tables)
    star: bool = False


class RtfReader:
    """Reads one RTF source (decoded as Latin-1, one character per byte) into paragraphs."""

    def __init__(self, source: str, codec: str, accepted: bool) -> None:
        self.source = source
        self.codec = codec
        self.accepted = accepted
        self.stories: list[Story] = [Story("body")]
        self.charsets: dict[int, int] = {}
        self.notes = NoteMarks()
        self.tally = Tally()
        self.lists: list[tuple[str, str, int | None]] = []  # (kind, word, param) in list tables
        self._hex = bytearray()
        self._last_call: tuple[list[str], int] | None = None
        self._pending_skip = 0
        self._font_def = -1

    # ------------------------------------------------------------------ driver

    def read(self) -> list[RtfParagraph]:
        """The body's paragraphs, each with its notes and text boxes as extras."""
        stack: list[_State] = []
        state = _State()
        source, position, end = self.source, 0, len(self.source)
        match_token = TOKEN.match
        while position < end:
            match = match_token(source, position)
            if match is None:  # cannot happen with the catch-all, but never loop forever
                position += 1
                continue
            position = match.end()
            word, param, hexa, symbol, brace, text = match.groups()
            if hexa is not None:
                if self._pending_skip:
                    self._pending_skip -= 1
                elif not state.skip or self._in_list_table(state):
                    self._hex.append(int(hexa, 16))
                    if self._in_list_table(state):
                        self.lists.append(("hex", "", int(hexa, 16)))
                        self._hex.clear()
                continue
            if self._hex:
                self._flush_hex(state)
            if text is not None:
                if self._pending_skip:
                    dropped = min(self._pending_skip, len(text))
                    self._pending_skip -= dropped
                    text = text[dropped:]
                if text:
                    if self._in_list_table(state):
                        self.lists.append(("text", text, None))
                    else:
                        self._emit(state, text)
            elif word is not None:
                number = int(param) if param is not None else None
                if word == "bin" and number:
                    position += max(0, number)
                    continue
                state = self._word(state, word, number)
            elif brace == "{":
                stack.append(state)
                if state.star:  # the state is immutable: a group that changes nothing shares it
                    state = replace(state, star=False)
                self._pending_skip = 0
                if self._in_list_table(state):
                    self.lists.append(("open", "", None))
            elif brace == "}":
                if self._in_list_table(state):
                    self.lists.append(("close", "", None))
                if stack:
                    closed, state = state, stack.pop()
                    if closed.story != state.story:
                        self._close_story(closed.story, state)
                else:
                    self.tally.stray += 1
                self._pending_skip = 0
            elif symbol is not None:
                state = self._symbol(state, symbol)
        if self._hex:
            self._flush_hex(state)
        self.tally.unclosed = len(stack)
        body = self.stories[0]
        body.end_paragraph()
        return body.paragraphs

    def _in_list_table(self, state: _State) -> bool:
        return state.skip and state.story == -1

    # ------------------------------------------------------------------ text

    def _removed(self, state: _State) -> bool:
        return state.deleted if self.accepted else state.inserted

    def _emit(self, state: _State, text: str) -> None:
        if state.skip:
            return
        if state.hidden:
            if text.strip():
                self.tally.hidden += 1
            return
        if self._removed(state):
            return
        self.stories[state.story].current.pieces.append(text)

    def _flush_hex(self, state: _State) -> None:
        data = bytes(self._hex)
        self._hex.clear()
        charset = CHARSETS.get(self.charsets.get(state.font, 0), "")
        if charset == "symbol":
            self._emit(state, "".join(SYMBOL_BULLETS.get(b, chr(b)) for b in data))
            return
        codec = charset or self.codec
        try:
            codecs.lookup(codec)
        except LookupError:
            codec = self.codec
        self._emit(state, data.decode(codec, errors="replace"))

    # ------------------------------------------------------------------ control words

    def _word(self, state: _State, word: str, number: int | None) -> _State:
        """Apply one control word; returns the (possibly new) group state."""
        if word in ("listtable", "listoverridetable"):
            return replace(state, skip=True, star=False, story=-1)
        if word == "annotation" and not state.skip:
            self.tally.comments += 1
            return replace(state, skip=True, star=False)
        if state.star and word == "ud":  # {\upr{ansi text}{\*\ud{unicode text}}}
            return replace(state, skip=False, star=False)
        if state.star and word not in READ_STARRED:
            return replace(state, skip=True, star=False)
        if state.star:
            state = replace(state, star=False)
        if state.skip:
            return self._skipped_word(state, word, number)
        story = self.stories[state.story]
        if word in SYMBOLS:
            self._emit(state, SYMBOLS[word])
        elif word == "par" or word == "sect":
            if story.current.table and story.kind == "body":
                if not self._removed(state):
                    self._emit(state, " ")
            elif not self._removed(state):
                story.end_paragraph()
        elif word == "cell" or word == "nestcell":
            self._emit(replace(state, hidden=False, deleted=False, inserted=False), "\t")
        elif word == "row":
            story.current.table = True
            story.end_paragraph()
            story.current.table = False
        elif word == "intbl":
            story.current.table = True
        elif word == "pard":
            story.current.list_id, story.current.ilvl = 0, 0
            story.current.outline, story.current.table = None, False
        elif word == "ls":
            story.current.list_id = number or 0
        elif word == "ilvl":
            story.current.ilvl = number or 0
        elif word == "outlinelevel":
            story.current.outline = number
        elif word == "u" and number is not None:
            code = number + 65536 if number < 0 else number
            self._emit(state, chr(code) if 0 <= code <= 0x10FFFF else "\ufffd")
            self._pending_skip = state.uc
        elif word == "uc":
            return replace(state, uc=max(0, number or 0))
        elif word in ("v", "deleted", "revised", "plain", "f"):
            return self._character(state, word, number)
        elif word == "chftn":
            self._call(state)
        elif word in ("footnote", "listtext", "pntext", "shptxt"):
            return self._open_story(state, word)
        elif word == "ftnalt":
            story.endnote = True
        elif word == "fonttbl" or word in NOT_TEXT or word == "upr":
            return replace(state, skip=True)
        elif word.startswith("aftnn") and word[4:] in NOTE_FORMATS:
            self.notes.formats["endnote"] = NOTE_FORMATS[word[4:]]
        elif word.startswith("ftnn") and word[3:] in NOTE_FORMATS:
            self.notes.formats["footnote"] = NOTE_FORMATS[word[3:]]
        elif word == "ansicpg" and number:
            candidate = f"cp{number}"
            try:
                codecs.lookup(candidate)
                self.codec = candidate
            except LookupError:
                pass
        return state

    def _skipped_word(self, state: _State, word: str, number: int | None) -> _State:
        """Control words inside a skipped group: the font table and list tables still count."""
        if state.story == -1:
            self.lists.append(("word", word, number))
        elif word == "f" and number is not None:
            self._font_def = number
        elif word == "fcharset" and number is not None and self._font_def >= 0:
            self.charsets[self._font_def] = number
        return state

    def _character(self, state: _State, word: str, number: int | None) -> _State:
        on = number != 0
        if word == "v":
            return replace(state, hidden=on)
        if word == "deleted":
            if on:
                self.tally.changes += 1
            return replace(state, deleted=on)
        if word == "revised":
            if on:
                self.tally.changes += 1
            return replace(state, inserted=on)
        if word == "f":
            return replace(state, font=number if number is not None else -1)
        return replace(state, hidden=False, deleted=False, inserted=False)  # \plain

    def _symbol(self, state: _State, symbol: str) -> _State:
        if symbol == "*":
            return replace(state, star=True)
        if symbol in ("\n", "\r"):
            if not state.skip:
                self._word(state, "par", None)
            return state
        if symbol in CONTROL_SYMBOLS:
            self._emit(state, CONTROL_SYMBOLS[symbol])
        return state

    # ------------------------------------------------------------------ stories

    def _call(self, state: _State) -> None:
        """A note call in the body: a placeholder the note's mark replaces when it is read."""
        story = self.stories[state.story]
        if story.kind != "body" or state.skip or state.hidden or self._removed(state):
            return
        story.current.pieces.append("")
        self._last_call = (story.current.pieces, len(story.current.pieces) - 1)

    def _open_story(self, state: _State, kind: str) -> _State:
        if self._removed(state) or state.hidden:
            return replace(state, skip=True)
        story = Story(kind)
        if kind == "footnote":
            story.call, self._last_call = self._last_call, None
        self.stories.append(story)
        return replace(state, story=len(self.stories) - 1)

    def _close_story(self, index: int, outer: _State) -> None:
        """A story's group closed: hand its text to the paragraph being read where it opened."""
        if index < 0:
            return
        story = self.stories[index]
        if story.current.pieces:
            story.end_paragraph()
        host = self.stories[outer.story if outer.story >= 0 else 0].current
        finish_story(story, host, self.notes, self.tally)
