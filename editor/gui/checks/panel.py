"""The checks panel: the model's validation problems, live, each a jump to its place."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from editor.gui import style
from editor.gui.i18n import Retranslates, current_language
from editor.gui.icons import icon
from editor.model.validate import Problem, Severity

PROBLEM = Qt.ItemDataRole.UserRole


class ChecksPanel(Retranslates, QWidget):
    problem_activated = Signal(object)  # Problem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems: list[Problem] = []
        self.list = QListWidget(self)
        self.list.setObjectName("checksList")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        self.retranslate_ui()

    def show_problems(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.severity != Severity.ERROR,))
        self.list.clear()
        lang = current_language()
        for problem in self.problems:
            error = problem.severity == Severity.ERROR
            item = QListWidgetItem(
                icon("error" if error else "warning",
                     style.error_colour() if error else style.warning_colour()),
                problem.message(lang),
            )
            item.setData(PROBLEM, problem)
            item.setToolTip(self.tr("Click to go there"))
            self.list.addItem(item)
        self.list.setVisible(bool(problems))
        self.empty.setVisible(not problems)

    def counts(self) -> tuple[int, int]:
        errors = sum(1 for p in self.problems if p.severity == Severity.ERROR)
        return errors, len(self.problems) - errors

    def _activated(self, item: QListWidgetItem) -> None:
        problem = item.data(PROBLEM)
        if problem is not None:
            self.problem_activated.emit(problem)

    def retranslate_ui(self) -> None:
        self.empty.setText(self.tr("No problems found. The article is ready to export."))
        self.show_problems(self.problems)
