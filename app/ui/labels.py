"""How a slide is named in lists: «12. Заголовок», or «запасной: …» for a backup slide."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.deck.model import Slide


def slide_label(slide: Slide, numbers: dict[int, int]) -> str:
    """The label of `slide` given `Deck.slide_numbers()`: one numbering everywhere."""
    number = numbers.get(slide.index)
    if number is None:
        return QCoreApplication.translate("labels", "запасной: {title}").format(title=slide.title)
    return f"{number}. {slide.title}"
