"""File ▸ Portfolio review…: open a portfolio window over the main window and wire it back.

:func:`open_portfolio` makes a :class:`~clausediff.gui.portfolio.window.PortfolioWindow` owned by
the main window (closed with it), asks for the template and the folder, starts the review, and
opens any contract the user activates as a two-document comparison in the main window (template
on the left) through the ``opener`` given (anything with ``open_pair(left, right)``).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from clausediff.gui.portfolio.window import PortfolioWindow


class PairOpener(Protocol):
    """Opens a two-document comparison (the main window's opener)."""

    def open_pair(self, left: str, right: str) -> None:
        """Compare ``left`` with ``right``."""


def open_portfolio(host: QWidget, opener: PairOpener, *, ask: bool = True) -> PortfolioWindow:
    """Show a portfolio window for ``host``; with ``ask``, ask for the inputs and start."""
    window = PortfolioWindow(host)
    window.setWindowFlag(Qt.WindowType.Window, True)

    def open_contract(template: str, contract: str) -> None:
        opener.open_pair(template, contract)
        host.raise_()
        host.activateWindow()

    window.open_comparison.connect(open_contract)
    # Closing the main window (or quitting) must not wait for a long review to end.
    host.destroyed.connect(window.runner.cancel)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(window.runner.cancel)
    window.show()
    if ask:
        window.choose_and_start()
    return window
