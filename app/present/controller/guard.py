"""Why a window can call the controller blindly: a command never raises, and says what changed.

Every public command of the controller is wrapped by `handler`: an exception is
logged and reported through the controller's `error` signal instead of taking a
window down, and whatever the command changed (even half-way) is announced, so
each window repaints exactly what it shows.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from app.present.kiosk import Kiosk

F = TypeVar("F", bound=Callable[..., Any])
Keys = tuple[tuple[object, ...], ...]  # what each of the controller's signals watches


class Guarded(Protocol):
    """What `handler` needs of the controller it guards."""

    _kiosk: Kiosk | None

    def _keys(self) -> Keys: ...

    def _announce(self, before: Keys) -> None: ...

    def _report(self, where: str, exc: Exception) -> None: ...


def handler(default: Any = None) -> Callable[[F], F]:
    """A public method: never raises, and tells the windows what it changed."""

    def wrap(method: F) -> F:
        @functools.wraps(method)
        def run(self: Guarded, *args: Any, **kwargs: Any) -> Any:
            before = self._keys()
            if self._kiosk is not None:
                self._kiosk.touched()  # someone is at the keys: the loop waits
            try:
                result = method(self, *args, **kwargs)
            except Exception as exc:
                self._report(method.__name__, exc)
                result = default
            self._announce(before)
            return result

        return run  # type: ignore[return-value]

    return wrap
