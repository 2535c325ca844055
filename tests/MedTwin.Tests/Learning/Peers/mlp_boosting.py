"""Peer values for MedTwin's multilayer perceptron and gradient-boosted trees, from scikit-learn.

Run from this folder with the interpreter that has scikit-learn 1.2.1:  python3 mlp_boosting.py
Writes mlp_pima.csv, boosting_pima_folds.csv, boosting_pima.csv and boosting_efron.csv beside this script.
"""
import csv
import os
import sys

import numpy as np
import sklearn
from sklearn.ensemble import GradientBoostingClassifier, GradientBoostingRegressor
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
from sklearn.metrics import log_loss, roc_auc_score, mean_squared_error
from sklearn.model_selection import StratifiedKFold, KFold
from sklearn.neural_network import MLPClassifier

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "..", "data")
SEEDS = range(20)


def read(path, label):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    features = [c for c in rows[0] if c != label]
    x = np.array([[float(r[c]) for c in features] for r in rows])
    y = [r[label] for r in rows]
    return x, y


def standardise(x):
    # MedTwin's Scale step divides by the sample standard deviation (ddof = 1), as R's scale().
    return (x - x.mean(axis=0)) / x.std(axis=0, ddof=1)


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def mlp_pima(x, y):
    """Training log-loss and AUC of MLPClassifier over 20 seeds, with the settings MultilayerPerceptronPimaTests uses."""
    rows = []
    for seed in SEEDS:
        model = MLPClassifier(hidden_layer_sizes=(16, 8), activation="relu", solver="adam", learning_rate_init=0.001,
                              alpha=0.0001, batch_size=32, max_iter=200, tol=1e-4, n_iter_no_change=10,
                              shuffle=True, random_state=seed)
        model.fit(x, y)
        p = model.predict_proba(x)[:, 1]
        rows.append([seed, model.n_iter_, repr(log_loss(y, p)), repr(roc_auc_score(y, p))])
    write("mlp_pima.csv", ["seed", "epochs", "log_loss", "auc"], rows)


def main():
    print("scikit-learn", sklearn.__version__, "numpy", np.__version__, "python", sys.version.split()[0])
    x, labels = read(os.path.join(DATA, "pima-diabetes", "1", "pima_indians_diabetes.csv"), "diabetes")
    y = np.array([1 if v == "pos" else 0 for v in labels])
    mlp_pima(standardise(x), y)


if __name__ == "__main__":
    main()
