"""The PySide6 desktop app of ClauseDiff: all Qt widgets live in this package.

The window asks the Qt-free core (``clausediff.compare.pipeline``, ``clausediff.store.session``,
``clausediff.report``) for results and renders them; it never computes a comparison itself.
Entry point: :func:`clausediff.gui.app.run_app`.
"""
