"""Export schemas/: the JSON Schema of the Fact models and the DuckDB DDL (a test keeps them in sync).

    python -m pipeline.schemas          # rewrite schemas/ from the code
"""
from __future__ import annotations

import json
from pathlib import Path

from pydantic import TypeAdapter

from .load import ddl
from .models import Document, Fact


def fact_schema() -> str:
    schema = TypeAdapter(Fact).json_schema()
    schema["title"] = "reportfacts Fact"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def document_schema() -> str:
    return json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def expected_files() -> dict[str, str]:
    return {"fact.schema.json": fact_schema(), "document.schema.json": document_schema(), "duckdb.sql": ddl()}


def write(folder: Path = Path("schemas")) -> None:
    folder.mkdir(exist_ok=True)
    for name, content in expected_files().items():
        (folder / name).write_text(content, encoding="utf-8")
        print(f"wrote {folder / name}")


if __name__ == "__main__":
    write()
