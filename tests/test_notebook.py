"""notebooks/analysts.ipynb runs top to bottom in a real kernel, draws its charts, and is stored clean."""
from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="nbformat not installed (pip install -e '.[test]')")
nbclient = pytest.importorskip("nbclient", reason="nbclient not installed (pip install -e '.[test]')")
pytest.importorskip("ipykernel", reason="ipykernel not installed (pip install -e '.[test]')")
pytest.importorskip("matplotlib", reason="matplotlib not installed (pip install -e '.[test]')")

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "analysts.ipynb"


def _outputs(nb) -> list[dict]:
    return [out for cell in nb.cells if cell.cell_type == "code" for out in cell.get("outputs", [])]


def test_stored_notebook_has_no_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    assert all(c.outputs == [] and c.execution_count is None for c in code), \
        "strip outputs before committing (e.g. jupyter nbconvert --clear-output --inplace)"


@pytest.mark.slow
def test_notebook_runs(tmp_path):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    # run from inside notebooks/, as an analyst would: the notebook must find the repository root itself
    client = nbclient.NotebookClient(nb, kernel_name="python3", timeout=120,
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError, with the failing cell's traceback, on any error
    outputs = _outputs(nb)
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 3, "expected the liaison, funding and officials charts"
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream" and o.name == "stdout")
    assert "FAILED" not in text  # every sample ingested (the notebook prints each failure)
    assert "六枝特区" in text and "六盘水市" in text  # the county tables and the region hierarchy
