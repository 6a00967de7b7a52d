"""The portfolio review window: one template against a folder of contracts.

Opened from File ▸ Portfolio review…, :class:`PortfolioWindow` runs the Qt-free review
(:func:`clausediff.portfolio.run.run_portfolio`) off the GUI thread and shows the deviation matrix
(:class:`PortfolioModel`); the work and its results live in :mod:`clausediff.portfolio`.
"""

from clausediff.gui.portfolio.model import PortfolioModel
from clausediff.gui.portfolio.window import PortfolioWindow

__all__ = ["PortfolioModel", "PortfolioWindow"]
