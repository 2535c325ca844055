"""Peer values for MedTwin's multilayer perceptron and gradient-boosted trees, from scikit-learn.

Run from this folder with the interpreter that has scikit-learn 1.2.1:  python3 mlp_boosting.py
Writes mlp_pima.csv, boosting_pima.csv and boosting_efron.csv beside this script
(--boosting-only skips the slow perceptron fits).
"""
import csv
import os
import sys

import numpy as np
import sklearn
from sklearn.ensemble import GradientBoostingClassifier, GradientBoostingRegressor
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
from sklearn.metrics import log_loss, roc_auc_score, mean_squared_error
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


def stratified_folds(y, k=5):
    """Fold of each row: the i-th row of its class (in file order) goes to fold i mod k. No randomness, so the C# test
    computes the same folds."""
    seen = {}
    folds = []
    for label in y:
        folds.append(seen.get(label, 0) % k)
        seen[label] = seen.get(label, 0) + 1
    return np.array(folds)


def boosting_pima(x, y):
    """Mean AUC over the 5 folds of the two scikit-learn boosters, with the settings GradientBoostedTreesPeerTests uses:
    100 trees, at most 20 leaves, learning rate 0.1, at least 10 rows per leaf."""
    folds = stratified_folds(y)
    models = {
        "GradientBoostingClassifier": lambda: GradientBoostingClassifier(
            n_estimators=100, max_leaf_nodes=20, learning_rate=0.1, min_samples_leaf=10, max_depth=None, random_state=0),
        "HistGradientBoostingClassifier": lambda: HistGradientBoostingClassifier(
            max_iter=100, max_leaf_nodes=20, learning_rate=0.1, min_samples_leaf=10, early_stopping=False, random_state=0),
    }
    rows = []
    for name, make in models.items():
        aucs = []
        for fold in range(5):
            train, test = folds != fold, folds == fold
            model = make().fit(x[train], y[train])
            aucs.append(roc_auc_score(y[test], model.predict_proba(x[test])[:, 1]))
        rows.append([name, repr(float(np.mean(aucs)))] + [repr(a) for a in aucs])
    write("boosting_pima.csv", ["model", "mean_auc", "fold1", "fold2", "fold3", "fold4", "fold5"], rows)


def boosting_efron(x, y):
    """RMSE over 5 folds (row i in fold i mod 5) of the two scikit-learn boosters, same settings as for Pima."""
    folds = np.arange(len(y)) % 5
    models = {
        "GradientBoostingRegressor": lambda: GradientBoostingRegressor(
            n_estimators=100, max_leaf_nodes=20, learning_rate=0.1, min_samples_leaf=10, max_depth=None, random_state=0),
        "HistGradientBoostingRegressor": lambda: HistGradientBoostingRegressor(
            max_iter=100, max_leaf_nodes=20, learning_rate=0.1, min_samples_leaf=10, early_stopping=False, random_state=0),
    }
    rows = []
    for name, make in models.items():
        predictions = np.zeros(len(y))
        for fold in range(5):
            train, test = folds != fold, folds == fold
            predictions[test] = make().fit(x[train], y[train]).predict(x[test])
        rows.append([name, repr(float(np.sqrt(mean_squared_error(y, predictions))))])
    write("boosting_efron.csv", ["model", "rmse"], rows)


def main():
    print("scikit-learn", sklearn.__version__, "numpy", np.__version__, "python", sys.version.split()[0])
    x, labels = read(os.path.join(DATA, "pima-diabetes", "1", "pima_indians_diabetes.csv"), "diabetes")
    y = np.array([1 if v == "pos" else 0 for v in labels])
    if "--boosting-only" not in sys.argv:
        mlp_pima(standardise(x), y)
    boosting_pima(x, y)
    x, progression = read(os.path.join(DATA, "efron-diabetes", "1", "efron_diabetes_progression.csv"), "progression")
    boosting_efron(x, np.array([float(v) for v in progression]))


if __name__ == "__main__":
    main()
