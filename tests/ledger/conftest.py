"""Keep the default ledger run short: tests marked slow run only when asked for.

.venv/bin/pytest tests/ledger            # fast suite
.venv/bin/pytest tests/ledger -m slow    # exhaustive bit flips, 1,000 exports
"""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if "slow" in (config.option.markexpr or ""):
        return
    skip = pytest.mark.skip(reason="slow: run with -m slow")
    for item in items:
        if "slow" in item.keywords and HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(skip)
