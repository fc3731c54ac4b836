"""Reading YAML node trees while keeping line numbers.

Administrators edit the policy by hand, so a validator that stops at the first mistake
or says "bad value" without a line makes them fix one thing per round trip. We compose
the document into nodes (which keep their marks) and read the nodes ourselves, so every
problem in the file is collected with the line it is on.

Only the safe subset of YAML is accepted: standard tags, no anchors or aliases (a policy
never needs them, and aliases are how "billion laughs" documents blow up).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

# The largest file we will read: a real policy is a few kilobytes.
MAX_DOCUMENT_BYTES = 512 * 1024

_STANDARD_TAGS = frozenset(
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
)
_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")


@dataclass(frozen=True, order=True)
class Issue:
    """One problem in a YAML document; ``line`` is 1-based, None when not tied to a line."""

    line: int | None
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


def line_of(node: Node) -> int:
    return int(node.start_mark.line) + 1


class NodeReader:
    """Collects issues while converting nodes into plain values.

    Every ``read_*`` method returns None when the value is unusable and has already
    recorded why, so callers can carry on and find the next mistake.
    """

    def __init__(self) -> None:
        self.issues: list[Issue] = []
        self._seen: set[int] = set()

    # -- reporting -----------------------------------------------------------------
    def error(self, node: Node | None, message: str) -> None:
        self.issues.append(Issue(line_of(node) if node is not None else None, message))

    def sorted_issues(self) -> list[Issue]:
        return sorted(set(self.issues), key=lambda i: (i.line or 0, i.message))

    # -- documents -----------------------------------------------------------------
    def compose(self, text: str) -> Node | None:
        if len(text.encode("utf-8", "replace")) > MAX_DOCUMENT_BYTES:
            self.issues.append(Issue(None, f"file is larger than {MAX_DOCUMENT_BYTES} bytes"))
            return None
        try:
            documents = list(yaml.compose_all(text, Loader=yaml.SafeLoader))
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = int(mark.line) + 1 if mark is not None else None
            problem = exc.problem or exc.context or "not valid YAML"
            self.issues.append(Issue(line, f"not valid YAML: {problem}"))
            return None
        except yaml.YAMLError as exc:
            self.issues.append(Issue(None, f"not valid YAML: {exc}"))
            return None
        if not documents or documents[0] is None:
            self.issues.append(Issue(None, "the file is empty"))
            return None
        if len(documents) > 1:
            self.error(documents[1], "only one YAML document is allowed per file")
        return documents[0]

    def _visit(self, node: Node) -> bool:
        """False (and an issue) for an alias we have already read or a non-standard tag."""
        if id(node) in self._seen:
            self.error(node, "anchors and aliases are not allowed here; write the value out")
            return False
        self._seen.add(id(node))
        if node.tag not in _STANDARD_TAGS:
            self.error(node, f"unsupported YAML tag {node.tag!r}")
            return False
        return True

    # -- containers ----------------------------------------------------------------
    def mapping(
        self, node: Node, what: str, *, label: str | None = None
    ) -> dict[str, tuple[Node, Node]] | None:
        """A mapping with string keys; duplicate keys are reported (PyYAML keeps the last)."""
        if not self._visit(node):
            return None
        if not isinstance(node, MappingNode):
            self.error(node, f"{what} must be a mapping of keys to values")
            return None
        result: dict[str, tuple[Node, Node]] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag != "tag:yaml.org,2002:str":
                self.error(key_node, f"keys in {what} must be plain words")
                continue
            key = str(key_node.value)
            if key in result:
                first = line_of(result[key][0])
                if label:
                    self.error(key_node, f"{label} '{key}' is listed twice (first on line {first})")
                else:
                    self.error(
                        key_node, f"{what}: key '{key}' appears twice (first on line {first})"
                    )
                continue
            result[key] = (key_node, value_node)
        return result

    def check_keys(
        self,
        node: Node,
        items: dict[str, tuple[Node, Node]],
        what: str,
        allowed: tuple[str, ...],
        required: tuple[str, ...] = (),
    ) -> None:
        for key, (key_node, _) in items.items():
            if key not in allowed:
                self.error(
                    key_node,
                    f"unknown key '{key}' in {what} (expected one of: {', '.join(allowed)})",
                )
        for key in required:
            if key not in items:
                self.error(node, f"{what} is missing the required key '{key}'")

    def sequence(self, node: Node, what: str) -> list[Node] | None:
        if not self._visit(node):
            return None
        if not isinstance(node, SequenceNode):
            self.error(node, f"{what} must be a list")
            return None
        return list(node.value)

    # -- scalars -------------------------------------------------------------------
    def _scalar(self, node: Node, what: str, expected: str) -> ScalarNode | None:
        if not self._visit(node):
            return None
        if not isinstance(node, ScalarNode):
            self.error(node, f"{what} must be {expected}")
            return None
        return node

    def string(self, node: Node, what: str, *, allow_empty: bool = False) -> str | None:
        scalar = self._scalar(node, what, "text")
        if scalar is None:
            return None
        if scalar.tag == "tag:yaml.org,2002:null":
            self.error(node, f"{what} must not be empty")
            return None
        # Numbers and dates are accepted as text where text is asked for (a phone
        # number or a version like 2026.1); booleans are not, they are nearly always
        # an unquoted yes/no/on/off by mistake.
        if scalar.tag == "tag:yaml.org,2002:bool":
            self.error(node, f"{what} must be text, not true/false (quote it)")
            return None
        value = str(scalar.value).strip()
        if not value and not allow_empty:
            self.error(node, f"{what} must not be empty")
            return None
        return value

    def slug(self, node: Node, what: str) -> str | None:
        value = self.string(node, what)
        if value is not None and not _SLUG.match(value):
            self.error(node, f"{what} '{value}' must be lowercase letters, digits, '-' or '_'")
            return None
        return value

    def integer(
        self, node: Node, what: str, *, minimum: int | None = None, maximum: int | None = None
    ) -> int | None:
        scalar = self._scalar(node, what, "a whole number")
        if scalar is None:
            return None
        if scalar.tag != "tag:yaml.org,2002:int":
            self.error(node, f"{what} must be a whole number, not {scalar.value!r}")
            return None
        try:
            value = int(str(scalar.value).replace("_", ""), 0)
        except ValueError:
            self.error(node, f"{what} must be a whole number, not {scalar.value!r}")
            return None
        if minimum is not None and value < minimum:
            self.error(node, f"{what} must be at least {minimum}, not {value}")
            return None
        if maximum is not None and value > maximum:
            self.error(node, f"{what} must be at most {maximum}, not {value}")
            return None
        return value

    def boolean(self, node: Node, what: str) -> bool | None:
        scalar = self._scalar(node, what, "true or false")
        if scalar is None:
            return None
        if scalar.tag != "tag:yaml.org,2002:bool":
            self.error(node, f"{what} must be true or false, not {scalar.value!r}")
            return None
        return str(scalar.value).lower() in ("true", "yes", "on", "y")

    def date(self, node: Node, what: str) -> dt.date | None:
        scalar = self._scalar(node, what, "a date (YYYY-MM-DD)")
        if scalar is None:
            return None
        text = str(scalar.value).strip()
        try:
            if scalar.tag in (
                "tag:yaml.org,2002:timestamp",
                "tag:yaml.org,2002:str",
            ) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                return dt.date.fromisoformat(text)
        except ValueError:
            self.error(node, f"{what} '{text}' is not a real date")
            return None
        self.error(node, f"{what} must be a date written YYYY-MM-DD, not {text!r}")
        return None

    def slug_list(self, node: Node, what: str, vocabulary: tuple[str, ...]) -> list[str] | None:
        """A list of words from a fixed vocabulary; unknown and repeated words are reported."""
        items = self.sequence(node, what)
        if items is None:
            return None
        result: list[str] = []
        for item in items:
            value = self.string(item, f"an entry of {what}")
            if value is None:
                continue
            if value not in vocabulary:
                self.error(
                    item,
                    f"'{value}' is not a known value for {what} (expected one of: "
                    f"{', '.join(vocabulary)})",
                )
            elif value in result:
                self.error(item, f"'{value}' is listed twice in {what}")
            else:
                result.append(value)
        return result


def iter_items(items: dict[str, tuple[Node, Node]] | None) -> Iterator[tuple[str, Node, Node]]:
    for key, (key_node, value_node) in (items or {}).items():
        yield key, key_node, value_node
