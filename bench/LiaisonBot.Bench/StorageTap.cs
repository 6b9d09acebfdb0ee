using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LiaisonBot.Bench;

/// <summary>
/// A loopback relay between the bot and Azurite that notes the request line of every HTTP request the bot sends to
/// storage ("GET /devstoreaccount1/tGroupAssessments()?$filter=…"), so the bench can show what a card reads, from outside
/// the bot. Requests are forwarded byte for byte as they arrive; the Azure SDK frames them with Content-Length.
/// </summary>
public sealed class StorageTap : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly int target;
    private readonly CancellationTokenSource running = new();
    private readonly ConcurrentQueue<string> requests = new();

    private StorageTap(int target)
    {
        this.target = target;
        listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>A tap in front of the table endpoint of <paramref name="connectionString"/>, and the connection string that goes through it.</summary>
    public static (StorageTap Tap, string ConnectionString) Before(string connectionString)
    {
        var endpoint = connectionString.Split(';').Single(p => p.StartsWith("TableEndpoint=", StringComparison.Ordinal))["TableEndpoint=".Length..];
        var uri = new Uri(endpoint);
        var tap = new StorageTap(uri.Port);
        return (tap, connectionString.Replace(endpoint, new UriBuilder(uri) { Port = tap.Port }.Uri.ToString().TrimEnd('/'), StringComparison.Ordinal));
    }

    /// <summary>The request lines noted since the last call, URL-decoded.</summary>
    public List<string> Take()
    {
        var taken = new List<string>();
        while (requests.TryDequeue(out var line))
        {
            taken.Add(line);
        }

        return taken;
    }

    public ValueTask DisposeAsync()
    {
        running.Cancel();
        listener.Stop();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync()
    {
        while (!running.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(running.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using (client)
        using (var server = new TcpClient())
        {
            try
            {
                await server.ConnectAsync(IPAddress.Loopback, target, running.Token);
                var up = PumpAsync(client.GetStream(), server.GetStream(), new RequestReader(requests));
                var down = PumpAsync(server.GetStream(), client.GetStream(), null);
                await Task.WhenAny(up, down);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // A connection closed by either side: the relay of that connection ends with it.
            }
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, RequestReader? reader)
    {
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer, running.Token)) > 0)
        {
            reader?.Feed(buffer.AsSpan(0, read));
            await to.WriteAsync(buffer.AsMemory(0, read), running.Token);
        }
    }

    /// <summary>Finds each request's head in the bytes sent, notes its first line and skips its body.</summary>
    private sealed class RequestReader(ConcurrentQueue<string> requests)
    {
        private readonly List<byte> head = [];
        private long body;

        public void Feed(ReadOnlySpan<byte> bytes)
        {
            while (bytes.Length > 0)
            {
                if (body > 0)
                {
                    var skip = (int)Math.Min(body, bytes.Length);
                    body -= skip;
                    bytes = bytes[skip..];
                    continue;
                }

                head.Add(bytes[0]);
                bytes = bytes[1..];
                if (head.Count >= 4 && head[^1] == '\n' && head[^2] == '\r' && head[^3] == '\n' && head[^4] == '\r')
                {
                    var text = Encoding.ASCII.GetString([.. head]);
                    head.Clear();
                    var lines = text.Split("\r\n");
                    requests.Enqueue(Uri.UnescapeDataString(lines[0]));
                    var length = lines.FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
                    body = length is null ? 0 : long.Parse(length["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }
    }
}
