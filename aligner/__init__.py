"""Aligner: put a talk's transcript back in time with its audio.

The core package never imports Qt; the desktop window lives in the sibling
``ui`` package and is a view over the objects defined here.
"""

__version__ = "0.1.0"
