"""Readers: the files people have (plain text, DOCX, HTML, PDF, HWPX) as blocks of text.

Every reader turns a file's bytes into a :class:`~bitext.readers.base.SourceText`: blocks of
text in reading order, each marked as front matter, a heading or a paragraph when the format
says so. Ingest then builds the same document model from every format.
"""

from bitext.readers.base import SourceText, TextBlock, detect_format, read_source, reader_names

__all__ = ["SourceText", "TextBlock", "detect_format", "read_source", "reader_names"]
