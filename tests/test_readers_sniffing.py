"""An OLE2 container (old binary Office file) is named for what it holds, whatever its
extension (a .doc renamed .docx was called "password-protected")."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from clausediff.errors import InputError
from clausediff.readers import read_document

DATA = Path(__file__).parent / "data"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.mark.parametrize(
    "name", ["contrat.doc", "contrat.docx", "contrat.odt", "contrat.txt", "contrat"]
)
def test_word_97_file_is_named_whatever_its_extension(tmp_path: Path, name: str) -> None:
    # tests/data/ole-word.doc was written by LibreOffice's Word 97 filter
    path = tmp_path / name
    shutil.copyfile(DATA / "ole-word.doc", path)
    with pytest.raises(InputError) as caught:
        read_document(path)
    message = str(caught.value)
    assert "old binary Word document (.doc)" in message
    assert "password" not in message


@pytest.mark.parametrize(
    ("stream", "words"),
    [
        ("Workbook", "Excel workbook (.xls)"),
        ("EncryptedPackage", "password-protected"),
        ("PowerPoint Document", "PowerPoint"),
    ],
)
def test_other_ole_containers(tmp_path: Path, stream: str, words: str) -> None:
    path = tmp_path / "renamed.docx"
    path.write_bytes(OLE + bytes(500) + stream.encode("utf-16-le") + bytes(500))
    with pytest.raises(InputError, match=re.escape(words)):
        read_document(path)
