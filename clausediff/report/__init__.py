"""Reports of a comparison: one Qt-free model, rendered as HTML, PDF (Qt) and JSON.

:mod:`~clausediff.report.model` builds the :class:`~clausediff.report.model.Report` from a
comparison and the user's session; :mod:`~clausediff.report.html` renders it as one
self-contained page, :mod:`~clausediff.report.pdf` draws it with Qt (the only module here that
imports PySide6, so import it only when writing a PDF), :mod:`~clausediff.report.json` writes its
data. Every visible word comes from :mod:`~clausediff.report.strings`.
"""
