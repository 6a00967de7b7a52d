"""The French catalogue is complete: every string of the GUI (variants too), every form finished."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "resources" / "translations"


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_message_is_finished(language: str) -> None:
    messages = _messages(CATALOGUES / f"clausediff_{language}.ts")
    assert messages
    for message in messages:
        translation = message.find("translation")
        assert translation is not None
        source = message.findtext("source")
        assert translation.get("type") is None, f"not finished: {source!r}"
        if message.get("numerus") == "yes":
            forms = [f.text for f in translation.findall("numerusform")]
            assert len(forms) == 2 and all(forms), f"plural forms missing: {source!r}"
        else:
            assert translation.text, f"empty translation: {source!r}"


def test_every_string_of_the_window_is_in_the_french_catalogue(tmp_path: Path) -> None:
    lupdate = ROOT / ".venv" / "bin" / "pyside6-lupdate"
    tool = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "clausediff" / "gui").rglob("*.py"))
    subprocess.run([tool, "-silent", *sources, "-ts", str(fresh)], check=True)
    root = ET.parse(CATALOGUES / "clausediff_fr.ts").getroot()
    in_catalogue = {
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
    }
    fresh_root = ET.parse(fresh).getroot()
    in_code = {
        (context.findtext("name"), message.findtext("source"))
        for context in fresh_root.iter("context")
        for message in context.iter("message")
    }
    missing = sorted(in_code - in_catalogue, key=str)
    assert not missing, f"run lupdate and translate: {missing[:5]}"
