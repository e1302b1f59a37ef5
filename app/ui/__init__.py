"""The windows: reader, slide view, presenter console, audience window."""
