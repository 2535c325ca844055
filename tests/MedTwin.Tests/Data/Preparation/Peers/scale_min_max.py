"""Peer values for ScalePeerTests: scikit-learn's MinMaxScaler on the Pima snapshot.

Zeros in glucose, pressure, triceps, insulin and mass become missing. MinMaxScaler is fitted on the first 500 rows
(missing values are ignored in fit and kept in transform) and transforms every row, as a held-out set would be.
Needs Debian's python3-pandas and python3-sklearn (/usr/bin/python3). Run from the repository root:
    python3 tests/MedTwin.Tests/Data/Preparation/Peers/scale_min_max.py
"""
import numpy as np
import pandas as pd
import sklearn
from sklearn.preprocessing import MinMaxScaler

SNAPSHOT = "data/pima-diabetes/1/pima_indians_diabetes.csv"
FIXTURE = "tests/MedTwin.Tests/Data/Preparation/Peers/pima-min-max-sklearn.csv"
MEASURED = ["glucose", "pressure", "triceps", "insulin", "mass"]
COLUMNS = MEASURED + ["pedigree", "age"]

pima = pd.read_csv(SNAPSHOT)[COLUMNS].astype(float)
pima[MEASURED] = pima[MEASURED].replace(0, np.nan)
scaled = MinMaxScaler().fit(pima.iloc[:500]).transform(pima)

with open(FIXTURE, "w", encoding="ascii", newline="\n") as out:
    out.write(f"# scikit-learn {sklearn.__version__}, MinMaxScaler fitted on rows 0-499 of pima-diabetes v1, zeros in {' '.join(MEASURED)} as missing\n")
    out.write("row,column,value\n")
    for index, column in enumerate(COLUMNS):
        for row in range(len(pima)):
            if not np.isnan(scaled[row, index]):
                out.write(f"{row},{column},{scaled[row, index]!r}\n")
