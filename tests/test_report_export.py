"""One-call export, wording helpers, and the report's Qt-free promise."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from report_support import sample_comparison

from clausediff.report import ExportOptions, export_report, report_to_dict, strings


def test_export_writes_html_and_json_without_loading_qt(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "from report_support import sample_comparison\n"
        "from clausediff.report import export_report, ExportOptions\n"
        f"export_report(sample_comparison(), html={str(tmp_path / 'r.html')!r},"
        f" json={str(tmp_path / 'r.json')!r}, options=ExportOptions(language='en'))\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert (data["schema"], data["language"]) == ("clausediff.report/1", "en")


def test_export_returns_the_report_it_wrote(tmp_path: Path) -> None:
    report = export_report(
        sample_comparison(),
        json=tmp_path / "r.json",
        options=ExportOptions(language="fr", all_clauses=True),
    )
    written = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert written == report_to_dict(report)
    assert len(report.sections) == 6


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        (0.8666, "fr", "87\u202f%"),  # French: narrow no-break space before %
        (0.8666, "en", "87%"),
        (1.0, "fr", "100\u202f%"),
        (0.0, "en", "0%"),
    ],
)
def test_percent(value: float, language: str, expected: str) -> None:
    assert strings.percent(value, language) == expected


@pytest.mark.parametrize(
    ("moment", "language", "expected"),
    [
        (datetime(2026, 2, 1, 8, 5, tzinfo=UTC), "fr", "1 février 2026, 08:05 UTC"),
        (datetime(2026, 8, 15, 23, 59, tzinfo=UTC), "en", "15 August 2026, 23:59 UTC"),
        # an offset zone without a name keeps its offset
        (
            datetime(2026, 12, 31, 12, 0, tzinfo=timezone(timedelta(hours=1))),
            "fr",
            "31 décembre 2026, 12:00 UTC+01:00",
        ),
    ],
)
def test_long_date(moment: datetime, language: str, expected: str) -> None:
    assert strings.long_date(moment, language) == expected


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LC_ALL": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "fr_CA.UTF-8"}, "fr"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LC_ALL": "de_DE.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"),  # LC_ALL wins
    ],
)
def test_default_language(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], expected: str
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert strings.default_language() == expected
