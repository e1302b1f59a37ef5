"""The running presentation's state, without widgets (QtCore at most).

Slide and build step, black/white/freeze, console overlays, timers and budgets,
rehearsal timings and which screen shows what. The windows only draw this state
and call its methods, so all of it is testable without a display.
"""
