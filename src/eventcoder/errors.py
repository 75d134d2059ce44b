"""Error types and message texts, kept in one place so that messages stay consistent."""

from __future__ import annotations

__all__ = ["EventcoderError", "DataFileError", "InputError", "Messages"]


class EventcoderError(Exception):
    """Base class for every error eventcoder raises on purpose."""


class DataFileError(EventcoderError):
    """A lexicon, actor or gazetteer file is malformed. The message names file and entry."""


class InputError(EventcoderError):
    """An input record cannot be coded. The message names the file/line and the reason."""


class Messages:
    NOT_UTF8 = "not valid UTF-8 text ({detail})"
    BINARY = "looks like binary data (NUL bytes), not text"
    EMPTY = "empty document"
    TOO_LARGE = "document is {size} characters, over the limit of {limit}; split it first"
    NOT_ENGLISH = "not English ({detail}); eventcoder codes English text only"
    BAD_JSON = "malformed JSON: {detail}"
    NOT_OBJECT = "JSONL line is not a JSON object"
    MISSING_FIELD = "missing or non-string field {field!r}"
    BAD_DATE = "date {value!r} is not YYYY-MM-DD"
    UNREADABLE = "cannot read: {detail}"
    NO_INPUT = "no input documents found in {paths}"
    CODER_FAULT = "the coder failed on this document ({detail}); please report it with the text"
