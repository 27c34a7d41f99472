"""tests/tools/long_functions.py: which functions it reports as too long."""

from tests.tools.long_functions import long_functions


def _function(name: str, lines: int, indent: str = "") -> str:
    body = "".join(f"{indent}    x{i} = {i}\n" for i in range(lines - 1))
    return f"{indent}def {name}():\n{body}"


def test_reports_functions_and_methods_over_the_limit_by_qualified_name(tmp_path):
    source = tmp_path / "module.py"
    source.write_text(
        "@staticmethod\n"  # decorators do not count
        + _function("at_limit", 60)
        + _function("over_limit", 61)
        + "class Holder:\n"
        + _function("method", 62, indent="    ")
        + _function("short", 3, indent="    "),
        encoding="utf-8",
    )
    found = list(long_functions(source, limit=60))
    assert found == [(62, "over_limit", 61), (124, "Holder.method", 62)]


def test_nested_function_is_measured_on_its_own(tmp_path):
    source = tmp_path / "module.py"
    inner = _function("inner", 61, indent="    ")
    source.write_text("def outer():\n" + inner + "    return inner\n", encoding="utf-8")
    assert list(long_functions(source, limit=60)) == [
        (1, "outer", 63),
        (2, "outer.inner", 61),
    ]
