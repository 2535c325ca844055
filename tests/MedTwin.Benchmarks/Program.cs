using BenchmarkDotNet.Running;
using MedTwin.Benchmarks.CrossValidationComparison;
using MedTwin.Benchmarks.Twins;

if (args is [CrossValidationCommand.Name, .. var options])
{
    return CrossValidationCommand.Run(options);
}

if (args is [TwinLatencyCommand.Name, .. var latencyOptions])
{
    return await TwinLatencyCommand.RunAsync(latencyOptions);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
