"""Application set-up and the entry point the CLI calls: :func:`run_app`.

Creates the QApplication with its names and icon, installs the translations for the preferred
or system language, builds the window, offers crash recovery, opens what the command line
asked for, and runs the event loop.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from clausediff import __version__
from clausediff.gui import dialogs, latency
from clausediff.gui.i18n import Translations, effective_language
from clausediff.gui.main_window import MainWindow
from clausediff.gui.recovery import pending_recoveries
from clausediff.gui.resources import icon_path
from clausediff.gui.settings import default_config_dir, default_data_dir, load_settings
from clausediff.gui.theme import apply_theme

APP_NAME = "ClauseDiff"
ORGANIZATION = "ClauseDiff"
ORGANIZATION_DOMAIN = "clausediff.github.io"
DESKTOP_FILE = "io.github.clausediff.ClauseDiff"
SETTINGS_NAME = "settings.json"


def configure_application(app: QCoreApplication) -> None:
    """Names Qt uses for config paths and desktop integration."""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setOrganizationDomain(ORGANIZATION_DOMAIN)
    QCoreApplication.setApplicationVersion(__version__)
    if isinstance(app, QGuiApplication):
        QGuiApplication.setApplicationDisplayName(APP_NAME)
        QGuiApplication.setDesktopFileName(DESKTOP_FILE)
        QGuiApplication.setWindowIcon(QIcon(str(icon_path("clausediff"))))


def create_window(
    config_dir: Path | None = None, data_dir: Path | None = None, *, recover: bool = True
) -> MainWindow:
    """Build the window with settings from ``config_dir`` (tests pass ``tmp_path``).

    With ``recover``, an autosave left by a crash is offered back to the user.
    """
    config_dir = config_dir or default_config_dir()
    data_dir = data_dir or default_data_dir()
    settings_path = config_dir / SETTINGS_NAME
    settings = load_settings(settings_path)
    if settings.theme:
        apply_theme(settings.theme)
    translations = Translations()
    translations.install(effective_language(settings.language))
    window = MainWindow(settings, settings_path, data_dir, translations)
    window.details.language = translations.language
    window.view.delegate.language = translations.language
    if recover:
        offer_recovery(window)
    return window


#: Windows opened to restore a second crashed window's work (kept alive here).
_RECOVERED: list[MainWindow] = []


def offer_recovery(window: MainWindow) -> bool:
    """After a crash: for each crashed window's autosave, ask, then restore it (the first in
    ``window``, others in windows of their own) or forget it. True if ``window`` got one."""
    restored = False
    for found in pending_recoveries(window.data_dir):
        if not dialogs.ask_recover(window, found.saved_at):
            found.discard()
            continue
        target = window
        if restored:
            target = create_window(window.settings_path.parent, window.data_dir, recover=False)
            target.show()
            _RECOVERED.append(target)
        target.opener.install_session(found.session, found.session_path, modified=True)
        target.autosaver.save_now()  # in the new window's own autosave before the old goes
        found.discard()
        restored = True
    return restored


def run_app(left: str | None, right: str | None, demo: bool, demo_variants: bool = False) -> int:
    """``clausediff`` (empty window), ``clausediff LEFT RIGHT``, ``clausediff --demo`` or
    ``clausediff --demo-variants`` (the variants window over the bundled clause library)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    configure_application(app)
    latency.install_from_environment(app)
    window = create_window(recover=False)
    window.show()
    # Asked with the window on screen behind the question; restored work wins over the
    # command line's files.
    if not offer_recovery(window):
        if demo_variants:
            QTimer.singleShot(0, window.library.open_demo)
        elif demo:
            QTimer.singleShot(0, window.opener.open_samples)
        elif left and right:
            QTimer.singleShot(0, lambda: window.opener.open_pair(left, right))
        elif left:
            QTimer.singleShot(0, lambda: window.opener.set_file("left", left))
    code = app.exec()
    window.deleteLater()  # destroy the widgets while Python and Qt are both still alive
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return code
