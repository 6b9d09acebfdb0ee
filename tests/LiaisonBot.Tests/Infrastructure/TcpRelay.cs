using System.Net;
using System.Net.Sockets;

namespace LiaisonBot.Tests.Infrastructure;

/// <summary>A loopback TCP relay to a real service that a test can cut, to see what users get when storage is down.</summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly IPEndPoint target;
    private readonly List<TcpClient> open = [];
    private TcpListener listener;
    private CancellationTokenSource running = new();

    public TcpRelay(int targetPort)
    {
        target = new IPEndPoint(IPAddress.Loopback, targetPort);
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _ = AcceptAsync(listener, running.Token);
    }

    public int Port { get; }

    /// <summary>Closes every connection and refuses new ones, as an unreachable storage account would.</summary>
    public void Cut()
    {
        running.Cancel();
        listener.Stop();
        lock (open)
        {
            open.ForEach(c => c.Dispose());
            open.Clear();
        }
    }

    public void Restore()
    {
        running = new CancellationTokenSource();
        listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Start();
        _ = AcceptAsync(listener, running.Token);
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync(TcpListener from, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await from.AcceptTcpClientAsync(ct);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var upstream = new TcpClient();
            await upstream.ConnectAsync(target, ct);
            lock (open)
            {
                open.Add(client);
                open.Add(upstream);
            }

            _ = Pump(client.GetStream(), upstream.GetStream(), ct);
            _ = Pump(upstream.GetStream(), client.GetStream(), ct);
        }
    }

    private static async Task Pump(Stream from, Stream to, CancellationToken ct)
    {
        try
        {
            await from.CopyToAsync(to, ct);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }
}
