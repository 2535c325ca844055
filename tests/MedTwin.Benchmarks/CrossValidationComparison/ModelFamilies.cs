using MedTwin.Learning.Boosting;
using MedTwin.Learning.Linear;
using MedTwin.Learning.NeuralNetworks;
using MedTwin.Learning.SupportVectorMachines;
using MedTwin.Learning.Trees;

namespace MedTwin.Benchmarks.CrossValidationComparison;

/// <summary>
/// The six families with the hyperparameters Peers/cross_validation.py gives their scikit-learn counterparts; keep the
/// two in step.
/// </summary>
internal static class ModelFamilies
{
    /// <summary>The families for a data set: logistic regression is unpenalised unless the classes are separable.</summary>
    public static IReadOnlyList<ModelFamily> For(ComparisonDataSet dataSet) =>
    [
        new("logistic-regression", new LogisticRegressionTrainer(
            dataSet.Separable ? new LogisticRegressionTrainer.Options { Penalty = LogisticPenalty.L2, C = 1 } : new LogisticRegressionTrainer.Options())),
        new("linear-svm", new SupportVectorMachineTrainer(new SupportVectorMachineTrainer.Options { Kernel = SvmKernel.Linear, C = 1 })),
        new("rbf-svm", new SupportVectorMachineTrainer(new SupportVectorMachineTrainer.Options { Kernel = SvmKernel.Rbf, C = 1, Gamma = SvmGamma.Scale })),
        new("decision-tree", new DecisionTreeTrainer(new DecisionTreeTrainer.Options { MaxDepth = 4, MinSamplesLeaf = 5 })),
        new("mlp", new MultilayerPerceptronTrainer(new MultilayerPerceptronTrainer.Options
        {
            HiddenLayers = [16],
            Activation = Activation.Relu,
            Optimiser = Optimiser.Adam,
            MaxEpochs = 200,
            BatchSize = 32,
            EarlyStopping = false,
        })),
        new("gradient-boosted-trees", new GradientBoostedTreesTrainer(new GradientBoostedTreesTrainer.Options
        {
            Library = BoostingLibrary.FastTree,
            NumberOfTrees = 100,
            NumberOfLeaves = 20,
            LearningRate = 0.1,
            MinimumExamplesPerLeaf = 10,
        })),
    ];
}
