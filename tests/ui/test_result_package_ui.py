"""Result packages from the results screen: the wilayat committee exports its certified result to a
folder (signing passwords asked, written off the UI thread, then "safe to remove the stick"); the
main committee imports it, seeing each check, the sender's committee and the signers' fingerprints;
a tampered package is refused in the dialog, nothing changed."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from electadmin.integrity.signing import short_fingerprint
from electadmin.interchange import package as fmt
from electadmin.services import committees, packages
from electadmin.services.tally import constituency_result
from electadmin.ui.formatting import fmt_int
from electadmin.ui.package_dialog import PackageDialog
from tests.integration.packages_setup import copy_file, rows_of, signed_in
from tests.integration.test_result_package import W_SIGNERS, world  # noqa: F401 - the shared two-file world


@pytest.fixture
def results_page(qtbot, preferences, window):
    from electadmin.ui.context import UiContext
    from electadmin.ui.results.page import ResultsPage
    from electadmin.ui.tasks import TaskRunner

    made = []

    def make(store):
        ctx = UiContext(preferences, TaskRunner(window))
        ctx.set_store(store)
        page = ResultsPage(ctx)
        qtbot.addWidget(page)
        page.resize(1100, 700)
        page.show()
        made.append((ctx, store))
        return page

    yield make
    for ctx, store in made:
        assert ctx.tasks.shutdown(10_000)
        store.close()
    packages.set_result_hooks(None)


def _choose(page, code: str) -> None:
    page.wilayat.setCurrentIndex(page.wilayat.findData(code))


def test_the_wilayat_exports_and_the_main_committee_imports_from_the_results_screen(
        qtbot, results_page, world, tmp_path, monkeypatch):  # noqa: F811
    stick = tmp_path / "stick"
    stick.mkdir()
    wilayat = results_page(signed_in(copy_file(world["wilayat"], tmp_path / "wilayat.electadmin")))
    _choose(wilayat, "MA01")
    assert wilayat.export_package_button.isEnabled()
    informed = []
    monkeypatch.setattr("electadmin.ui.results.page.inform", lambda _p, _t, text: informed.append(text))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kw: str(stick)))
    passwords = dict(W_SIGNERS)
    asked = []

    def answer(parent, title, label, echo):
        name = next(n for n in ("w1", "w2", "w3") if n in label)
        asked.append(name)
        return (passwords.get(name, ""), True)  # w3 does not sign
    monkeypatch.setattr("electadmin.ui.signers.QInputDialog.getText", answer)
    qtbot.mouseClick(wilayat.export_package_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(informed), timeout=30_000)
    assert sorted(asked) == ["w1", "w2", "w3"]
    [written] = [p for p in stick.iterdir()]
    assert not written.name.startswith(".")  # no temporary name left behind
    assert "safe to remove the USB stick" in informed[0] and written.name in informed[0]
    package = fmt.read_package(written)
    assert package.sender == "W-MA01" and {s.member for s in package.certificate.signatures} == {"w1", "w2"}

    main_file = copy_file(world["main"], tmp_path / "main.electadmin")
    main = results_page(signed_in(main_file))
    _choose(main, "MA01")
    assert constituency_result(main.ctx.store, "MA01").stations_reported == 0
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kw: str(written)))
    qtbot.mouseClick(main.import_package_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(getattr(main, "package_dialog", None), PackageDialog), timeout=30_000)
    dialog = main.package_dialog
    checks = dialog.findChild(QLabel, "package_checks").text().splitlines()
    assert checks == [f"✓ {c.text(number=fmt_int)}" for c in dialog.report.checks]
    assert {c.term for c in dialog.report.checks} == {packages.CHECK_FILES, packages.CHECK_KNOWN_KEYS,
                                                      packages.CHECK_ELECTION, packages.CHECK_TEST_MARK,
                                                      packages.CHECK_SEQUENCE, packages.CHECK_SENDER_HEAD}  # each named
    assert any("valid signatures of the committee W-MA01" in line for line in checks)
    assert "لجنة ولاية MA01" in dialog.findChild(QLabel, "package_sender").text()
    keys = {m.name: m.fingerprint for m in committees.get_committee(main.ctx.store, "W-MA01").members}
    signers = dialog.findChild(QLabel, "package_signers").text()
    for name in ("w1", "w2"):
        assert name in signers and short_fingerprint(keys[name]) in signers
    assert not dialog.findChild(QLabel, "package_refusal").isVisible()
    dialog.import_button.click()
    assert not dialog.isVisible()
    assert constituency_result(main.ctx.store, "MA01").stations_reported == 2
    assert main.stations.rowCount() == 2 and "2 of 2" in main.progress_label.text().replace("٢", "2")


def test_a_tampered_result_package_is_refused_in_the_dialog_and_nothing_changes(
        qtbot, results_page, world, tmp_path):  # noqa: F811
    from electadmin.i18n import Language, install_language
    from PySide6.QtWidgets import QApplication

    tampered = shutil.copytree(world["result"], tmp_path / "result")
    record = tampered / "records" / "MA01-C1-1.json"
    record.write_bytes(record.read_bytes().replace(b'"valid":', b'"valid" :', 1))
    main_file = copy_file(world["main"], tmp_path / "main.electadmin")
    main = results_page(signed_in(main_file))
    before = rows_of(main_file)
    install_language(QApplication.instance(), Language.ARABIC)
    try:
        main.import_package(str(tampered))
        qtbot.waitUntil(lambda: isinstance(getattr(main, "package_dialog", None), PackageDialog), timeout=30_000)
        dialog = main.package_dialog
        refusal = dialog.findChild(QLabel, "package_refusal")
        assert refusal.isVisible() and "✗" in refusal.text()
        assert any("\u0600" <= ch <= "\u06ff" for ch in refusal.text())  # in the user's language
        assert not dialog.import_button.isEnabled()
    finally:
        install_language(QApplication.instance(), Language.ENGLISH)
    main.ctx.store.close()
    after = rows_of(main_file)
    assert after == before


def test_a_package_refused_only_by_its_import_says_so_in_the_dialog_and_changes_nothing(
        qtbot, results_page, world, tmp_path):  # noqa: F811
    """Signed by the committee's true keys, so every check before the import passes; its negative
    figure is found by the import, which is refused in the dialog (and audited), nothing changed."""
    from electadmin.domain.audit import EventType
    from electadmin.services import audit
    from tests.integration.test_result_package import _edit, _forge

    def negative(files):
        _edit(files, "records/MA01-C1-1.json", lambda d: d["figures"].update(invalid=-3))
    forged = _forge(world, world["result"], tmp_path / "forged", negative)
    main_file = copy_file(world["main"], tmp_path / "main.electadmin")
    main = results_page(signed_in(main_file))
    before = rows_of(main_file)
    main.import_package(str(forged))
    qtbot.waitUntil(lambda: isinstance(getattr(main, "package_dialog", None), PackageDialog), timeout=30_000)
    dialog = main.package_dialog
    assert dialog.report.ok and dialog.import_button.isEnabled()
    dialog.import_button.click()
    refusal = dialog.findChild(QLabel, "package_refusal")
    assert dialog.isVisible() and refusal.isVisible()
    assert "MA01-C1-1" in refusal.text() and "nothing was changed" in refusal.text()
    assert not dialog.import_button.isEnabled()
    assert audit.recent(main.ctx.store, 1)[0].event == EventType.PACKAGE_REFUSED.value
    assert rows_of(main_file) == before
