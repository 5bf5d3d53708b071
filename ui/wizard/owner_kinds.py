"""The kind of a shareholder in the owners table, person or company: chosen in the cell from the core's kinds
(teller_app.domain.owners.HolderKind) with a list, by keyboard (F2 or a letter opens it, ↑/↓ choose, Enter
keeps), never typed as free text."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from teller_app.domain.owners import HolderKind
from ui.i18n import QT_TRANSLATE_NOOP, tr

KIND_ROLE = int(Qt.ItemDataRole.UserRole)  # the kind's code on the cell; its text is the translated word
KINDS = {
    HolderKind.NATURAL_PERSON.value: QT_TRANSLATE_NOOP("Owners", "Person"),
    HolderKind.ENTITY.value: QT_TRANSLATE_NOOP("Owners", "Company"),
}

Index = QModelIndex | QPersistentModelIndex


def kind_words(code: str) -> str:
    return tr("Owners", KINDS[code]) if code in KINDS else code


class KindDelegate(QStyledItemDelegate):
    """Edits the kind cell with a list of the kinds; what is shown is always one of them."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("shareholderKind")
        combo.setAccessibleName(tr("Owners", "Kind"))
        for code in KINDS:
            combo.addItem(kind_words(code), code)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(KIND_ROLE))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        code = str(editor.currentData())
        if code != index.data(KIND_ROLE):
            model.setData(index, code, KIND_ROLE)
            model.setData(index, kind_words(code), Qt.ItemDataRole.DisplayRole)
