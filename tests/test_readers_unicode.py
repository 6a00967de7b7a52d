"""Valid Unicode at the reader boundary (issue 18, item 3): surrogates never leave a reader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clausediff.cli.main import main
from clausediff.document import Document, Format, Paragraph
from clausediff.readers import document_from_text, read_document
from clausediff.readers.unicode import valid_document, valid_text

EMOJI = "\U0001f600"
HIGH, LOW = "\ud83d", "\ude00"  # the UTF-16 halves of EMOJI


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sans souci", "sans souci"),  # nothing to do
        (f"a{HIGH}{LOW}b", f"a{EMOJI}b"),  # a pair: the character it encodes
        (f"a{HIGH}b", "a\ufffdb"),  # a lone high half: visibly replaced
        (f"a{LOW}b", "a\ufffdb"),  # a lone low half
        (f"{LOW}{HIGH}", "\ufffd\ufffd"),  # halves in the wrong order are no pair
        (f"{HIGH}{HIGH}{LOW}", f"\ufffd{EMOJI}"),  # the second high half pairs
        (f"{EMOJI}{HIGH}", f"{EMOJI}\ufffd"),  # a real astral character is kept
    ],
)
def test_valid_text(text: str, expected: str) -> None:
    assert valid_text(text) == expected
    expected.encode("utf-8")


def test_valid_document_moves_paragraphs_with_the_text() -> None:
    text = f"Prix {HIGH}{LOW} fixe\n\nArticle 2{HIGH}\n\nFin {HIGH}{LOW}{HIGH}{LOW}."
    starts = [0, text.index("Article"), text.index("Fin")]
    ends = [text.index("\n\nArticle"), text.index("\n\nFin"), len(text)]
    document = Document(
        text=text,
        format=Format.PDF,
        language="fr",
        paragraphs=tuple(Paragraph(s, e) for s, e in zip(starts, ends, strict=True)),
    )
    fixed = valid_document(document)
    assert [fixed.paragraph_text(p) for p in fixed.paragraphs] == [
        f"Prix {EMOJI} fixe",
        "Article 2\ufffd",
        f"Fin {EMOJI}{EMOJI}.",
    ]
    assert valid_document(fixed) is fixed  # nothing left to do: the same object


def test_pasted_text_is_made_valid() -> None:
    assert document_from_text(f"Le prix {HIGH}{LOW}.").text == f"Le prix {EMOJI}."


RTF_WITH_SURROGATES = (
    "{\\rtf1\\ansi Le prix \\u-10179?\\u-8704? est fixe \\u-10179? seul.\\par Article 2 fin.\\par}"
)


def test_rtf_surrogates_read_as_one_character(tmp_path: Path) -> None:
    path = tmp_path / "emoji.rtf"
    path.write_text(RTF_WITH_SURROGATES, encoding="ascii")
    document = read_document(path)
    assert document.text == f"Le prix {EMOJI} est fixe \ufffd seul.\n\nArticle 2 fin."


def test_cli_text_and_compare_json_on_surrogates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # before: exit 1, "UnicodeEncodeError: ... surrogates not allowed"
    left = tmp_path / "left.rtf"
    left.write_text(RTF_WITH_SURROGATES, encoding="ascii")
    right = tmp_path / "right.txt"
    right.write_text("Le prix est fixe seul.\n\nArticle 2 fin.\n", encoding="utf-8")
    assert main(["text", str(left)]) == 0
    assert EMOJI in capsys.readouterr().out
    out = tmp_path / "out.json"
    html = tmp_path / "out.html"
    assert main(["compare", str(left), str(right), "--json", str(out), "--html", str(html)]) == 0
    assert EMOJI in json.loads(out.read_text(encoding="utf-8"))["left"]["text"]
    assert EMOJI in html.read_text(encoding="utf-8")
