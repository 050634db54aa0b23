"""Keeping what a widget has drawn when its styles are applied again and come out the same."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.widget import Widget

_Basis = Widget if TYPE_CHECKING else object


class HoudtBeeldBijGelijkeStijl(_Basis):
    """Mixin for DataTable and Tree, which throw away every rendered line in `notify_style_update`,
    while Textual applies all styles of a screen again each time one returns to it (ScreenResume).
    When the rules, the theme, the pseudo-classes (focus, hover, ...) and the classes came out the
    same, only the widget's own style caches are cleared; any change of them still redraws all."""

    _stijlsleutel: Any = None

    def notify_style_update(self) -> None:
        sleutel = (self.styles.get_rules(), self.app.theme, frozenset(self.get_pseudo_classes()), self.classes)
        if sleutel == self._stijlsleutel:
            Widget.notify_style_update(self)
            return
        self._stijlsleutel = sleutel
        super().notify_style_update()
