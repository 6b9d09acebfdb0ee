using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core.Pipeline;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Storage.ManagedIdentity;

/// <summary>
/// Azurite's blob service as a real account answers a managed identity: https only, bearer tokens checked
/// (<c>--oauth basic</c>: issuer, audience, lifetime; not the signature). Requests for any host land on it, so the bot's
/// clients keep their production-style URLs (<c>https://{account}.blob.{suffix}</c>), which Azurite reads the account from.
/// </summary>
internal sealed class OAuthAzurite : IAsyncDisposable
{
    private readonly Process process;
    private readonly DirectoryInfo files;

    private OAuthAzurite(Process process, DirectoryInfo files, int port, X509Certificate2 certificate)
    {
        this.process = process;
        this.files = files;
        Transport = new HttpClientTransport(new SocketsHttpHandler
        {
            ConnectCallback = async (_, ct) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(IPAddress.Loopback, port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            },
            // This emulator's certificate and no other: the clients still verify the server they talk to.
            SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => presented?.GetCertHashString() == certificate.GetCertHashString() },
        });
    }

    /// <summary>The transport the clients must use to reach this emulator.</summary>
    public HttpPipelineTransport Transport { get; }

    public static async Task<OAuthAzurite> StartAsync()
    {
        var files = Directory.CreateTempSubdirectory("liaisonbot-oauth-azurite-");
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var cert = Path.Combine(files.FullName, "cert.pem");
        var key = Path.Combine(files.FullName, "key.pem");
        await File.WriteAllTextAsync(cert, certificate.ExportCertificatePem());
        await File.WriteAllTextAsync(key, rsa.ExportPkcs8PrivateKeyPem());

        var port = FreePort();
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
                 {
                     RepoTools.PathOf("node_modules", "azurite", "dist", "src", "blob", "main.js"), "--blobHost", "127.0.0.1",
                     "--blobPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--inMemoryPersistence",
                     "--oauth", "basic", "--cert", cert, "--key", key, "--skipApiVersionCheck", "--loose", "--disableTelemetry", "--silent",
                 })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start Azurite");
        var azurite = new OAuthAzurite(process, files, port, certificate);
        await azurite.WaitUntilListeningAsync(port);
        return azurite;
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        files.Delete(recursive: true);
    }
}
