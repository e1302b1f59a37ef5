"""Big pixel buffers go back to the system as soon as they are freed.

A talk decodes photos and paints slides into buffers of 8 to 50 MB, on
several threads. glibc serves a buffer that big from the heap once it has
seen one freed (its mmap threshold grows with what it sees), and a heap
gives memory back to the system only from its top, so resident memory
grows with every photo. Fixing the threshold at 1 MB keeps such buffers in
their own mappings, returned to the system when freed.
"""

from __future__ import annotations

import ctypes
import sys

M_MMAP_THRESHOLD = -3  # from glibc's malloc.h
MMAP_THRESHOLD = 1024 * 1024


def return_big_buffers() -> bool:
    """Ask glibc to map every allocation of MMAP_THRESHOLD or more; False where it cannot."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        process = ctypes.CDLL(None)  # the C library's symbols, already loaded: no search
        return bool(process.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD))
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False
