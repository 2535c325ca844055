using BenchmarkDotNet.Running;
using MedTwin.Benchmarks.CrossValidationComparison;

if (args is [CrossValidationCommand.Name, .. var options])
{
    return CrossValidationCommand.Run(options);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
