using MedTwin.Cli;

return MedTwinCommand.Create().Parse(args).Invoke();
