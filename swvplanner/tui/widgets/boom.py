"""A Tree whose labels end at a word with '…' where the tree is too narrow for them."""

from __future__ import annotations

from typing import TypeVar

from rich.style import Style
from rich.text import Text
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from swvplanner.tui.widgets.afkappen import kort_af_tekst
from swvplanner.tui.widgets.stijl import HoudtBeeldBijGelijkeStijl

T = TypeVar("T")


class Boom(HoudtBeeldBijGelijkeStijl, Tree[T]):
    def render_label(self, node: TreeNode[T], base_style: Style, style: Style) -> Text:
        label = super().render_label(node, base_style, style)
        ruimte = self.scrollable_content_region.width - self._diepte(node) * self.guide_depth
        return kort_af_tekst(label, ruimte) if ruimte > 0 else label

    def _diepte(self, node: TreeNode[T]) -> int:
        """How many levels of guides stand before the node's label."""
        diepte = 0 if self.show_root else -1
        ouder = node.parent
        while ouder is not None:
            diepte += 1
            ouder = ouder.parent
        return max(diepte, 0)
