using System.Runtime.InteropServices;

namespace MedTwin.Cli.Commands;

/// <summary>
/// Turns Ctrl-C (SIGINT) into a cancellation while it is alive, instead of the process ending on the spot, so a
/// command can stop its work and still write what it has.
/// </summary>
internal sealed class InterruptSignal : IDisposable
{
    private readonly CancellationTokenSource interrupted;
    private readonly PosixSignalRegistration registration;

    public InterruptSignal(CancellationToken cancellationToken)
    {
        interrupted = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        registration = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            interrupted.Cancel();
        });
    }

    /// <summary>Cancelled by Ctrl-C or by the token it was created with.</summary>
    public CancellationToken Token => interrupted.Token;

    public void Dispose()
    {
        registration.Dispose();
        interrupted.Dispose();
    }
}
