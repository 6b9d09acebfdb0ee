using System.Diagnostics;

namespace LiaisonBot.Telemetry;

/// <summary>
/// Exception events on spans carry the type only. .NET's own HttpClient spans (source System.Net.Http) record a failed
/// call's exception with its message and stack trace, which quote addresses and keys; a processor cannot take an event
/// back off a span, so the event's tags are written here, before it exists: <see cref="Activity.AddException"/> fills in
/// a message and a stack trace only where no listener gave them.
/// </summary>
internal sealed class ExceptionRedaction : IHostedService, IDisposable
{
    private readonly ActivityListener listener = new()
    {
        ShouldListenTo = _ => true,
        ExceptionRecorder = Record,
    };

    public Task StartAsync(CancellationToken cancellationToken)
    {
        ActivitySource.AddActivityListener(listener);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        listener.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => listener.Dispose();

    private static void Record(Activity activity, Exception exception, ref TagList tags)
    {
        var type = exception.GetType().FullName;
        tags = new TagList
        {
            { "exception.type", type },
            { "exception.message", type },
            { "exception.stacktrace", "" },
        };
    }
}
