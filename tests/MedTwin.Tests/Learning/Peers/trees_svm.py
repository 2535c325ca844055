"""Peer values for MedTwin's decision tree and support vector machine tests, from scikit-learn 1.2.1 (scipy 1.10.1).

Run from anywhere: python3 trees_svm.py. Writes the JSON files beside this script.
"""
import json
import pathlib

import numpy as np
import pandas as pd
import scipy
import sklearn
from scipy.optimize import minimize
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor

assert sklearn.__version__ == "1.2.1", sklearn.__version__
assert scipy.__version__ == "1.10.1", scipy.__version__
HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE.parents[3] / "data"


def tree_nodes(tree, feature_names):
    t = tree.tree_
    nodes = []

    def visit(node):
        if t.children_left[node] == -1:
            counts = t.value[node][0]
            value = counts[1] / counts.sum() if tree.__class__ is DecisionTreeClassifier else counts[0]
            nodes.append({"leaf": True, "value": float(value), "samples": int(t.n_node_samples[node]), "impurity": float(t.impurity[node])})
            return
        nodes.append({"leaf": False, "feature": feature_names[t.feature[node]], "threshold": float(t.threshold[node]),
                      "samples": int(t.n_node_samples[node]), "impurity": float(t.impurity[node])})
        visit(t.children_left[node])
        visit(t.children_right[node])

    visit(0)
    return nodes


def fit_tree(make, x, y, feature_names):
    # scikit-learn visits features in a random order and keeps the first best split, so a tie between features
    # would make the tree depend on random_state; the peer is only valid if every seed gives the same tree.
    trees = [make(seed).fit(x, y) for seed in range(20)]
    reference = tree_nodes(trees[0], feature_names)
    assert all(tree_nodes(t, feature_names) == reference for t in trees), "a tie between features: choose another depth"
    return trees[0], reference


def write_tree(name, model, nodes, x, feature_names):
    predictions = model.predict_proba(x)[:, 1] if isinstance(model, DecisionTreeClassifier) else model.predict(x)
    document = {
        "peer": f"scikit-learn {sklearn.__version__} {model.__class__.__name__}",
        "parameters": {k: v for k, v in model.get_params().items() if k in ("criterion", "max_depth", "min_samples_split", "min_samples_leaf", "min_impurity_decrease")},
        "nodes": nodes,
        "importances": dict(zip(feature_names, map(float, model.feature_importances_))),
        "predictions": [float(p) for p in predictions],
    }
    (HERE / name).write_text(json.dumps(document, indent=1) + "\n")


def platt(decisions, labels):
    """Platt's sigmoid P(1|f) = 1 / (1 + exp(A f + B)) with Platt's smoothed targets, minimised to a tight tolerance.

    A peer for the sigmoid fit alone (libsvm's internal folds draw from its own random generator). Not scikit-learn
    1.2.1's _sigmoid_calibration: its fmin_bfgs stops early on the linear SVM's values (A = -1.01, loss 51.34 against
    46.77 at the optimum).
    """
    positives = labels.sum()
    negatives = labels.size - positives
    targets = np.where(labels == 1, (positives + 1) / (positives + 2), 1 / (negatives + 2))

    def loss(ab):
        z = ab[0] * decisions + ab[1]
        return (np.logaddexp(0, z) - (1 - targets) * z).sum()

    def gradient(ab):
        residual = targets - 1 / (1 + np.exp(ab[0] * decisions + ab[1]))
        return np.array([(residual * decisions).sum(), residual.sum()])

    start = [0.0, np.log((negatives + 1) / (positives + 1))]
    result = minimize(loss, start, jac=gradient, method="L-BFGS-B", options={"gtol": 1e-10, "ftol": 1e-15, "maxiter": 10000})
    assert result.success, result.message
    return float(result.x[0]), float(result.x[1])


pima = pd.read_csv(DATA / "pima-diabetes/1/pima_indians_diabetes.csv")
pima_features = [c for c in pima.columns if c != "diabetes"]
pima_x, pima_y = pima[pima_features].to_numpy(float), (pima["diabetes"] == "pos").astype(int).to_numpy()
for criterion in ("gini", "entropy"):
    model, nodes = fit_tree(lambda s: DecisionTreeClassifier(max_depth=3, criterion=criterion, random_state=s), pima_x, pima_y, pima_features)
    write_tree(f"tree_pima_{criterion}_depth3.json", model, nodes, pima_x, pima_features)

model, nodes = fit_tree(
    lambda s: DecisionTreeClassifier(max_depth=4, min_samples_split=20, min_samples_leaf=5, min_impurity_decrease=0.001, random_state=s),
    pima_x, pima_y, pima_features)
write_tree("tree_pima_gini_depth4_pruned.json", model, nodes, pima_x, pima_features)

efron = pd.read_csv(DATA / "efron-diabetes/1/efron_diabetes_progression.csv")
efron_features = [c for c in efron.columns if c != "progression"]
efron_x, efron_y = efron[efron_features].to_numpy(float), efron["progression"].to_numpy(float)
model, nodes = fit_tree(lambda s: DecisionTreeRegressor(max_depth=3, random_state=s), efron_x, efron_y, efron_features)
write_tree("tree_efron_squared_error_depth3.json", model, nodes, efron_x, efron_features)

wdbc = pd.read_csv(DATA / "wdbc-breast-cancer/1/wdbc_breast_cancer.csv")
wdbc_features = [c for c in wdbc.columns if c != "diagnosis"]
wdbc_x = StandardScaler().fit_transform(wdbc[wdbc_features].to_numpy(float))
wdbc_y = (wdbc["diagnosis"] == "malignant").astype(int).to_numpy()
for kernel in ("rbf", "linear"):
    svc = SVC(kernel=kernel, C=1.0, gamma="scale", tol=1e-3).fit(wdbc_x, wdbc_y)
    document = {
        "peer": f"scikit-learn {sklearn.__version__} SVC(kernel='{kernel}', C=1, gamma='scale', tol=1e-3), features standardised by StandardScaler",
        "supportVectors": int(svc.support_.size),
        "intercept": float(svc.intercept_[0]),
        "decisionValues": [float(v) for v in svc.decision_function(wdbc_x)],
        "predictions": [int(v) for v in svc.predict(wdbc_x)],
    }
    if kernel == "linear":
        document["weights"] = [float(w) for w in svc.coef_[0]]
    a, b = platt(np.array(document["decisionValues"]), wdbc_y)
    document["plattOnTrainingDecisions"] = {"peer": f"scipy {scipy.__version__} L-BFGS-B on Platt's objective", "A": a, "B": b}
    (HERE / f"svm_wdbc_{kernel}.json").write_text(json.dumps(document, indent=1) + "\n")
