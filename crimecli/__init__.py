"""crimecli: an analyst toolkit for organised-crime reporting on Latin America.

Importing this package is cheap: spaCy and dateparser load only when a pipeline is built.
The public API lives in :mod:`crimecli.api`.
"""

__version__ = "0.1.0"

# Bump when extraction output changes, so stored and cached documents are re-extracted.
PIPELINE_VERSION = "1"

__all__ = ["__version__", "PIPELINE_VERSION"]
