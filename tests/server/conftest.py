from tests.export.conftest import schone_omgeving  # noqa: F401 - the same clean environment as the export tests
