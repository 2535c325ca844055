using MedTwin.Cli;

return MedTwinCommand.Run(args, Console.Out, Console.Error);
