"""The main window: Arabic and right to left by default, every area reachable, languages switch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QListWidget

from electadmin.i18n import Language
from electadmin.ui.areas import AREAS
from electadmin.ui.main_window import MainWindow
from electadmin.ui.placeholder import NotBuiltPage


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_opens_in_arabic_right_to_left_with_the_election_in_the_title(qtbot, ctx, arabic):
    window = _window(qtbot, ctx)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "انتخابات مجلس الشورى" in window.windowTitle()
    navigation = window.findChild(QListWidget, "navigation")
    assert navigation.item(0).text() == "الانتخاب"
    # mirrored: the navigation list stands on the right of the pages
    assert navigation.mapTo(window, navigation.rect().topLeft()).x() > window.width() / 2


def test_every_area_is_reachable_and_unbuilt_ones_say_so(qtbot, ctx):
    window = _window(qtbot, ctx)
    for area in AREAS:
        window.show_area(area.key)
        page = window.stack.currentWidget()
        assert page.objectName() == f"page_{area.key}"
        if area.page is None:
            assert isinstance(page, NotBuiltPage)
            text = " ".join(label.text() for label in page.findChildren(QLabel))
            assert "not built yet" in text
        else:
            assert not isinstance(page, NotBuiltPage)


def test_switching_to_english_and_back_keeps_the_area(qtbot, ctx, arabic):
    window = _window(qtbot, ctx)
    window.show_area("geography")
    window.set_language(Language.ENGLISH)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.navigation.item(0).text() == "Election"
    assert window.stack.currentWidget().objectName() == "page_geography"
    assert ctx.preferences.language is Language.ENGLISH
    window.set_language(Language.ARABIC)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.navigation.item(1).text() == "الجغرافيا"
    assert window.menuBar().actions()[0].text() == "&ملف"


def test_demo_elections_are_marked_in_title_and_status_bar(qtbot, ctx, ui_store):
    from sqlalchemy import text

    with ui_store.engine.begin() as connection:  # a demo election made by hand for this test
        connection.execute(text("UPDATE election SET is_demo = 1"))
    ctx.reload_election()
    window = _window(qtbot, ctx)
    assert "DEMO" in window.windowTitle()
    assert "DEMO" in window.status.text()


def test_digits_follow_the_choice(qtbot, ctx):
    from electadmin.ui.formatting import Digits, fmt_int

    window = _window(qtbot, ctx)
    window.set_digits(Digits.ARABIC_INDIC)
    assert fmt_int(1234) == "١٬٢٣٤"
    window.set_digits(Digits.WESTERN)
    assert fmt_int(1234) == "1,234"
    assert ctx.preferences.digits is Digits.WESTERN


def test_digits_follow_the_language_until_the_user_chooses(qtbot, ctx, arabic):
    from electadmin.i18n import Language
    from electadmin.ui.formatting import Digits, fmt_int

    ctx.preferences.language = Language.ARABIC
    window = _window(qtbot, ctx)
    window.set_language(Language.ENGLISH)
    assert fmt_int(1234) == "1,234"
    window.set_language(Language.ARABIC)
    assert fmt_int(1234) == "١٬٢٣٤"
    window.set_digits(Digits.WESTERN)
    window.set_language(Language.ENGLISH)
    window.set_language(Language.ARABIC)
    assert fmt_int(1234) == "1,234"  # the user's choice outlives a language switch
