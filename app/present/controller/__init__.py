"""A running presentation's one state: `PresentationController` and the values it shows."""

from app.present.controller.presentation import PresentationController
from app.present.state import Blank, Overlay

__all__ = ["Blank", "Overlay", "PresentationController"]
