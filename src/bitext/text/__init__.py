"""Plain text in: decoding, normalization and paragraph finding (the ingest step)."""

from bitext.text.decode import Decoded, decode_bytes
from bitext.text.ingest import IngestResult, ingest_file, ingest_text, read_word_list
from bitext.text.lines import read_sentence_lines
from bitext.text.options import IngestOptions

__all__ = [
    "Decoded",
    "IngestOptions",
    "IngestResult",
    "decode_bytes",
    "ingest_file",
    "ingest_text",
    "read_sentence_lines",
    "read_word_list",
]
