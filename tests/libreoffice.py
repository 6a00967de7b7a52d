"""LibreOffice driven headless from the tests: accept or reject every tracked change of a file.

:func:`review` starts ``soffice`` once with a throw-away user profile holding one Basic macro;
for each Word file the macro opens it hidden, runs Edit > Track Changes > Accept All (then, on a
fresh copy, Reject All) and saves the text. :func:`soffice` is None when LibreOffice is absent,
so the tests that need it skip.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

soffice = shutil.which("soffice") or shutil.which("libreoffice")

_HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1"
 script:language="StarBasic">"""
_BASIC = """
Sub Review(jobs As String)
  Dim parts() As String
  parts = Split(jobs, "|")
  For i = 0 To UBound(parts) - 2 Step 3
    Store(parts(i), parts(i + 1), "Accept")
    Store(parts(i), parts(i + 2), "Reject")
  Next i
End Sub

Sub Store(inUrl As String, outUrl As String, how As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = "Hidden"
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, "_blank", 0, args())
  helper = createUnoService("com.sun.star.frame.DispatchHelper")
  Dim none(0) As New com.sun.star.beans.PropertyValue
  frame = doc.getCurrentController().getFrame()
  helper.executeDispatch(frame, ".uno:" + how + "AllTrackedChanges", "", 0, none())
  Dim out(0) As New com.sun.star.beans.PropertyValue
  out(0).Name = "FilterName"
  out(0).Value = "Text (encoded)"
  doc.storeToURL(outUrl, out())
  doc.close(True)
End Sub
"""


def review(files: list[Path], work: Path) -> list[tuple[str, str]]:
    """For each .docx, its text with every change accepted, and with every change rejected."""
    assert soffice is not None
    profile = work / "profile"
    env_flag = f"-env:UserInstallation={profile.as_uri()}"
    # A first start creates the profile (and would overwrite a macro written before it).
    subprocess.run(
        [soffice, env_flag, "--headless", "--terminate_after_init"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    module = profile / "user" / "basic" / "Standard" / "Module1.xba"
    code = escape(_BASIC, {'"': "&quot;"})
    module.write_text(f"{_HEADER}{code}</script:module>\n", encoding="utf-8")
    jobs: list[str] = []
    outputs: list[tuple[Path, Path]] = []
    for index, path in enumerate(files):
        accepted, rejected = work / f"accepted-{index}.txt", work / f"rejected-{index}.txt"
        jobs += [path.resolve().as_uri(), accepted.as_uri(), rejected.as_uri()]
        outputs.append((accepted, rejected))
    subprocess.run(
        [soffice, env_flag, "--headless", f'macro:///Standard.Module1.Review("{"|".join(jobs)}")'],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return [
        (a.read_text(encoding="utf-8-sig"), r.read_text(encoding="utf-8-sig")) for a, r in outputs
    ]
