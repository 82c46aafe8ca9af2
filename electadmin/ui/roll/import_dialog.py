"""Importing a roll file: confirm the columns, preview what would change, then import.

The steps follow the issue: the file's headers are matched to the roll's columns
(:func:`read_roll_file`); the user sees that mapping and changes it where it is not obvious; the
preview (:func:`preview_roll_import`, off the UI thread) lists every bad row with its row, column,
value and reason and counts what would be added, changed and removed; the problems can be saved as
XLSX; and the import runs only when the file is clean, or when the user has explicitly ticked
"import only the valid rows". Changing the mapping discards the preview: what is imported is
always what was previewed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from electadmin.domain.errors import FileRejected
from electadmin.i18n import translate
from electadmin.services.roll_file import (
    COLUMNS,
    RollFileHeaders,
    RollImportPreview,
    RollImportSummary,
    RollMapping,
    import_roll,
    preview_roll_import,
    write_problems_xlsx,
)
from electadmin.services.store import Store
from electadmin.ui.formatting import fmt_int, ltr
from electadmin.ui.geography.dialogs import RejectedRow, align_to_layout, rejected_rows
from electadmin.ui.geography.dialogs import _REJECTED_COLUMNS as PROBLEM_COLUMNS
from electadmin.ui.messages import error_text, inform, show_error
from electadmin.ui.pages import data_table, page_button
from electadmin.ui.table_model import DtoTableModel
from electadmin.ui.tasks import TaskRunner

__all__ = ["ImportDialog"]


class ImportDialog(QDialog):
    """One roll file from its headers to its import; ``imported`` carries the summary."""

    imported = Signal(object)

    def __init__(self, store: Store, tasks: TaskRunner, headers: RollFileHeaders,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = tasks
        self.headers = headers
        self.preview: RollImportPreview | None = None
        self.setWindowTitle(self.tr("Import the electoral roll"))
        self.resize(900, 760)

        file_label = QLabel(self.tr("File: %1").replace("%1", ltr(headers.path.name)), self)
        align_to_layout(file_label)
        self.mapping_note = QLabel(self)
        self.mapping_note.setObjectName("mapping_note")
        self.mapping_note.setWordWrap(True)
        align_to_layout(self.mapping_note)
        mapping_box = QGroupBox(self.tr("Columns of the file"), self)
        mapping_form = QFormLayout(mapping_box)
        self.columns: dict[str, QComboBox] = {}
        proposed = headers.proposed.columns
        for column in COLUMNS:
            combo = QComboBox(mapping_box)
            combo.setObjectName(f"column_{column.key}")
            combo.addItem(self.tr("(not in the file)"), -1)
            for index, header in enumerate(headers.headers):
                combo.addItem(header or self.tr("(column %1, no header)").replace("%1", fmt_int(index + 1)), index)
            chosen = proposed.get(column.key)
            position = combo.findData(chosen) if isinstance(chosen, int) else 0
            combo.setCurrentIndex(max(position, 0))
            combo.currentIndexChanged.connect(self._mapping_changed)
            label = column.label.translated(translate) + ("" if column.required else " " + self.tr("(optional)"))
            mapping_form.addRow(label + ":", combo)
            self.columns[column.key] = combo

        self.preview_button = page_button(self, self.tr("&Preview the import"), "preview", self.start_preview)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        align_to_layout(self.summary)
        self.problems_model: DtoTableModel[RejectedRow] = DtoTableModel(PROBLEM_COLUMNS, self)
        self.problems_view = data_table(self, "problems", self.problems_model, stretch=3, sortable=False)
        self.problems_view.setMinimumHeight(160)
        self.save_problems_button = page_button(self, self.tr("&Save the problems as XLSX…"), "save_problems",
                                                self.save_problems)
        self.valid_only = QCheckBox(self.tr("Import only the &valid rows (the rows with problems are left out)"),
                                    self)
        self.valid_only.setObjectName("valid_only")
        self.valid_only.toggled.connect(lambda _on: self._update_actions())
        self.import_button = page_button(self, self.tr("&Import"), "import", self.start_import)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)

        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addStretch(1)
        row.addWidget(self.save_problems_button)
        layout = QVBoxLayout(self)
        layout.addWidget(file_label)
        layout.addWidget(self.mapping_note)
        layout.addWidget(mapping_box)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems_view, 1)
        layout.addWidget(self.valid_only)
        layout.addWidget(buttons)
        self._show_mapping_note()
        self._update_actions()

    # ------------------------------------------------------------ the mapping

    def mapping(self) -> RollMapping:
        return RollMapping({key: combo.currentData() for key, combo in self.columns.items()
                            if combo.currentData() is not None and combo.currentData() >= 0})

    def _show_mapping_note(self) -> None:
        if self.headers.complete:
            self.mapping_note.setText(self.tr("Every column was recognised. Check the mapping below, then "
                                              "preview the import."))
        else:
            problems = "\n".join(error_text(e) for e in self.headers.match.errors)
            self.mapping_note.setText(self.tr("Some columns could not be recognised: choose them below.")
                                      + "\n" + problems)

    def missing(self) -> list[str]:
        """The required columns not chosen yet (the preview waits for them)."""
        return [column.label.translated(translate) for column in COLUMNS
                if column.required and self.columns[column.key].currentData() == -1]

    def _mapping_changed(self, *_args: object) -> None:
        missing = self.missing()
        if missing:
            self.mapping_note.setText(self.tr("Choose the column of the file for: %1").replace("%1", "، ".join(missing)))
        else:
            self.mapping_note.setText(self.tr("Every required column is chosen."))
        self.preview = None
        self.summary.setText(self.tr("The mapping changed: preview the import again."))
        self.problems_model.set_rows(())
        self._update_actions()

    # ------------------------------------------------------------ preview, problems, import

    def start_preview(self) -> None:
        store, path, mapping = self.store, self.headers.path, self.mapping()
        self.preview_button.setEnabled(False)
        self.tasks.run(lambda: preview_roll_import(store, path, mapping, translate),
                       title=self.tr("Checking the roll file"), on_done=self._previewed,
                       on_error=self._failed, writes=False, parent_widget=self)

    def _previewed(self, preview: RollImportPreview) -> None:
        self.preview = preview
        lines = [self.tr("Rows: %1, valid: %2, with problems: %3").replace("%1", fmt_int(preview.rows))
                 .replace("%2", fmt_int(preview.valid_rows)).replace("%3", fmt_int(preview.bad_rows)),
                 self.tr("Importing would add %1 voters, change %2, leave %3 unchanged and remove %4.")
                 .replace("%1", fmt_int(preview.added)).replace("%2", fmt_int(preview.changed))
                 .replace("%3", fmt_int(preview.unchanged)).replace("%4", fmt_int(preview.removed))]
        if preview.bad_rows:
            lines.append(self.tr("A file with problems imports nothing, unless you choose to import only its "
                                 "valid rows."))
        self.summary.setText("\n".join(lines))
        self.problems_model.set_rows(rejected_rows(preview.problems))
        self._update_actions()

    def _failed(self, error: BaseException) -> None:
        self._update_actions()
        show_error(self, error)

    def _update_actions(self) -> None:
        preview = self.preview
        self.preview_button.setEnabled(not self.missing())
        self.save_problems_button.setEnabled(preview is not None and bool(preview.problems))
        self.valid_only.setEnabled(preview is not None and preview.bad_rows > 0 and preview.valid_rows > 0)
        if not self.valid_only.isEnabled():
            self.valid_only.setChecked(False)
        self.import_button.setEnabled(preview is not None and preview.valid_rows > 0
                                      and (preview.bad_rows == 0 or self.valid_only.isChecked()))

    def save_problems(self, path: Path | None = None) -> int:
        if self.preview is None or not self.preview.problems:
            return 0
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the problems"), "roll-problems.xlsx",
                                                    self.tr("Excel workbook (*.xlsx)"))
            if not chosen:
                return 0
            path = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")
        try:
            count = write_problems_xlsx(self.preview.problems, path, translate=translate, source=self.headers.path)
        except Exception as error:
            show_error(self, error)
            return 0
        inform(self, self.tr("Save the problems"),
               self.tr("The problems were written to %1.").replace("%1", ltr(str(path))))
        return count

    def start_import(self) -> None:
        if not self.import_button.isEnabled():
            return
        store, path, mapping, valid_only = self.store, self.headers.path, self.mapping(), self.valid_only.isChecked()
        self.import_button.setEnabled(False)
        self.tasks.run(lambda: import_roll(store, path, mapping=mapping, valid_only=valid_only, translate=translate),
                       title=self.tr("Importing the electoral roll"), on_done=self._imported,
                       on_error=self._import_failed, writes=True, parent_widget=self)

    def _imported(self, summary: RollImportSummary) -> None:
        self.imported.emit(summary)
        inform(self, self.tr("Import the electoral roll"),
               self.tr("The roll was imported: %1 added, %2 changed, %3 unchanged, %4 removed, %5 rows left out.")
               .replace("%1", fmt_int(summary.added)).replace("%2", fmt_int(summary.changed))
               .replace("%3", fmt_int(summary.unchanged)).replace("%4", fmt_int(summary.removed))
               .replace("%5", fmt_int(summary.skipped)))
        self.accept()

    def _import_failed(self, error: BaseException) -> None:
        self._update_actions()
        if isinstance(error, FileRejected):
            self.problems_model.set_rows(rejected_rows(error.problems))
        show_error(self, error)
