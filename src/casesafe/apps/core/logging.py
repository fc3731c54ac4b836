"""A last line of defence against PII in logs.

Code must not log PII in the first place; this filter masks what slips through in
request logs (query strings, e-mail addresses, phone numbers) before a handler writes it.
"""

from __future__ import annotations

import logging
import re

_PATTERNS = (
    re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"),
    re.compile(r"\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b"),
    re.compile(r"\b\d{3}-\d{2}-\d{4}\b"),
    re.compile(r"\?[^\s\"']+"),
)


class ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for pattern in _PATTERNS:
            message = pattern.sub("[redacted]", message)
        record.msg, record.args = message, None
        return True
