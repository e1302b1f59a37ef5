"""The deck: model, manifest, Markdown parser, diagnostics. Pure Python, no Qt."""
