using System.Text.Json.Nodes;
using MedTwin.Learning;
using MedTwin.Learning.Trees;
using MedTwin.Tests.Learning.Peers;

namespace MedTwin.Tests.Learning.Trees;

// Peer: scikit-learn 1.2.1 DecisionTreeClassifier / DecisionTreeRegressor, values written by Peers/trees_svm.py. The script
// fits each tree with 20 random_state values and keeps it only if all agree, so no tie between features is involved.
// scikit-learn casts features to float32, so its thresholds are midpoints of float32 values: they are compared to 1e-6
// relative; every other number (leaf values, impurities, importances, predictions) is compared to the last bit or 1e-12.
public sealed class DecisionTreePeerTests
{
    [Fact]
    public void A_depth_3_Gini_tree_on_Pima_splits_and_predicts_as_scikit_learn() =>
        AssertMatchesPeer(TreeAndSvmPeers.Pima(), new DecisionTreeTrainer.Options { MaxDepth = 3 }, "tree_pima_gini_depth3.json");

    [Fact]
    public void A_depth_3_entropy_tree_on_Pima_splits_and_predicts_as_scikit_learn() =>
        AssertMatchesPeer(TreeAndSvmPeers.Pima(), new DecisionTreeTrainer.Options { MaxDepth = 3, Criterion = SplitCriterion.Entropy }, "tree_pima_entropy_depth3.json");

    [Fact]
    public void A_depth_4_Pima_tree_with_split_leaf_and_impurity_minimums_matches_scikit_learn() => AssertMatchesPeer(
        TreeAndSvmPeers.Pima(),
        new DecisionTreeTrainer.Options { MaxDepth = 4, MinSamplesSplit = 20, MinSamplesLeaf = 5, MinImpurityDecrease = 0.001 },
        "tree_pima_gini_depth4_pruned.json");

    [Fact]
    public void A_depth_3_regression_tree_on_Efron_diabetes_splits_and_predicts_as_scikit_learn() =>
        AssertMatchesPeer(TreeAndSvmPeers.Efron(), new DecisionTreeTrainer.Options { MaxDepth = 3 }, "tree_efron_squared_error_depth3.json");

    private static void AssertMatchesPeer(LearningData data, DecisionTreeTrainer.Options options, string peerFile)
    {
        var peer = TreeAndSvmPeers.Document(peerFile);
        var model = (DecisionTreeModel)new DecisionTreeTrainer(options).Fit(data, seed: 1);

        var nodes = Preorder(model.Root).ToList();
        var peerNodes = peer["nodes"]!.AsArray().Select(n => n!.AsObject()).ToList();
        Assert.Equal(peerNodes.Count, nodes.Count);
        foreach (var (node, expected) in nodes.Zip(peerNodes))
        {
            Assert.Equal(expected["leaf"]!.GetValue<bool>(), node.IsLeaf);
            Assert.Equal(expected["samples"]!.GetValue<int>(), node.SampleCount);
            Assert.Equal(expected["impurity"]!.GetValue<double>(), node.Impurity, 1e-12);
            if (node.IsLeaf)
            {
                Assert.Equal(expected["value"]!.GetValue<double>(), node.Value);
            }
            else
            {
                Assert.Equal(expected["feature"]!.GetValue<string>(), model.FeatureNames[node.Feature]);
                var threshold = expected["threshold"]!.GetValue<double>();
                Assert.InRange(Math.Abs(node.Threshold - threshold), 0, 1e-6 * Math.Max(1, Math.Abs(threshold)));
            }
        }

        Assert.Equal(TreeAndSvmPeers.Doubles(peer, "predictions"), model.Predict(data));
        var importances = peer["importances"]!.AsObject();
        for (var i = 0; i < model.FeatureNames.Count; i++)
        {
            Assert.Equal(importances[model.FeatureNames[i]]!.GetValue<double>(), model.FeatureImportances[i], 1e-12);
        }
    }

    private static IEnumerable<DecisionTreeNode> Preorder(DecisionTreeNode node) =>
        node is { Left: { } left, Right: { } right } ? [node, .. Preorder(left), .. Preorder(right)] : [node];
}
