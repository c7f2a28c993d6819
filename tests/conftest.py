import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

from tradestat import plugins

settings.register_profile("ci", max_examples=400, deadline=None, print_blob=True)
settings.register_profile(
    "dev", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture(autouse=True)
def fresh_plugins(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test sees plugins loaded afresh, only built-ins unless it asks for more.

    Installed plugins (the example one is, in CI) are kept out with TRADESTAT_LOAD_PLUGINS
    so results do not depend on the machine; ``example_plugin`` lets it in.
    """
    monkeypatch.setenv("TRADESTAT_LOAD_PLUGINS", "")
    plugins.reset()
    yield
    for name in plugins.in_process_plugins():
        plugins.remove_plugin(name)
    plugins.reset()


@pytest.fixture
def example_plugin(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """The example plugin package, discoverable through its entry point."""
    from plugin_fixtures import example_plugin_distribution

    monkeypatch.setenv("TRADESTAT_LOAD_PLUGINS", "customs_table")
    plugins.reset()
    yield from example_plugin_distribution(tmp_path_factory.mktemp("site"))
    plugins.reset()
