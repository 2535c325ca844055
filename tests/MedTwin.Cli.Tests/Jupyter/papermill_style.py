"""Executes a notebook with parameters as papermill does, for the tests beside this file (papermill is not packaged for Debian).

    python3 papermill_style.py NOTEBOOK OUTPUT NAME=VALUE...

As papermill does for a C# notebook: a cell tagged "injected-parameters" holding "// Parameters" and one
"var NAME = VALUE;" a parameter goes right after the cell tagged "parameters"; nbclient then runs the notebook with the
kernel its metadata names, in the notebook's folder, and OUTPUT is the executed notebook.
"""
import os
import sys

import nbclient
import nbformat


def main(notebook, output, *assignments):
    nb = nbformat.read(notebook, as_version=4)
    parameters = next(i for i, cell in enumerate(nb.cells) if "parameters" in cell.metadata.get("tags", []))
    source = "// Parameters\n" + "".join(f"var {name} = {value};\n" for name, value in (a.split("=", 1) for a in assignments))
    injected = nbformat.v4.new_code_cell(source=source)
    injected.metadata["tags"] = ["injected-parameters"]
    nb.cells.insert(parameters + 1, injected)
    folder = os.path.dirname(os.path.abspath(notebook))
    nbclient.NotebookClient(nb, timeout=600, resources={"metadata": {"path": folder}}).execute()
    nbformat.write(nb, output)


if __name__ == "__main__":
    main(*sys.argv[1:])
