"""Peer values for ImputeNearestNeighboursTests: scikit-learn's KNNImputer on the Pima snapshot.

Zeros in glucose, pressure, triceps, insulin and mass become missing; KNNImputer(n_neighbors=5) (uniform weights,
nan_euclidean distance on the unscaled columns) fills them using all eight predictors as features. Writes every filled
cell as row,column,value (the value in Python's repr, which reads back as the same double) to the test fixture.
Needs Debian's python3-pandas and python3-sklearn (run it with that Python, /usr/bin/python3, if another python3 comes
first on PATH). Run from the repository root:
    python3 tests/MedTwin.Tests/Data/Preparation/Peers/knn_impute.py
"""
import sys

import numpy as np
import pandas as pd
import sklearn
from sklearn.impute import KNNImputer

SNAPSHOT = "data/pima-diabetes/1/pima_indians_diabetes.csv"
FIXTURE = "tests/MedTwin.Tests/Data/Preparation/Peers/pima-knn-imputer-sklearn.csv"
FEATURES = ["pregnant", "glucose", "pressure", "triceps", "insulin", "mass", "pedigree", "age"]
MEASURED = ["glucose", "pressure", "triceps", "insulin", "mass"]

pima = pd.read_csv(SNAPSHOT)[FEATURES].astype(float)
pima[MEASURED] = pima[MEASURED].replace(0, np.nan)
filled = KNNImputer(n_neighbors=5).fit_transform(pima)

with open(FIXTURE, "w", encoding="ascii", newline="\n") as out:
    out.write(f"# scikit-learn {sklearn.__version__}, KNNImputer(n_neighbors=5) on pima-diabetes v1, zeros in {' '.join(MEASURED)} as missing\n")
    out.write("row,column,value\n")
    for column in MEASURED:
        index = FEATURES.index(column)
        for row in np.flatnonzero(pima[column].isna().to_numpy()):
            out.write(f"{row},{column},{filled[row, index]!r}\n")
print(f"wrote {FIXTURE}", file=sys.stderr)
