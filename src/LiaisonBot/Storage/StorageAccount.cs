using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using LiaisonBot.Hosting;

namespace LiaisonBot.Storage;

/// <summary>
/// The one place that turns the <c>Storage</c> settings into clients: tables, the outbox queue and the key ring's blob
/// container all come from here, by connection string or by account name with a token credential.
/// </summary>
public sealed class StorageAccount
{
    private readonly string? connectionString;
    private readonly HttpPipelineTransport transport;

    /// <param name="credential">Replaces DefaultAzureCredential when the account is reached by name.</param>
    /// <param name="transport">Replaces the clients' HTTP transport (a test's Azurite over https with its own certificate).</param>
    public StorageAccount(StorageOptions options, AzureCloud cloud, TokenCredential? credential = null, HttpPipelineTransport? transport = null)
    {
        TablePrefix = options.TablePrefix;
        connectionString = options.EffectiveConnectionString;
        // The SDK's default transport with the settings' connection limit instead of its 50. It lives as long as the app:
        // work still finishing while the host shuts down writes through it.
        this.transport = transport ?? new HttpClientTransport(
            new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, MaxConnectionsPerServer = options.MaxConnections });
        if (connectionString is null)
        {
            var suffix = string.IsNullOrWhiteSpace(options.EndpointSuffix) ? cloud.StorageEndpointSuffix : options.EndpointSuffix.Trim();
            var account = options.AccountName!.Trim();
            TableEndpoint = new Uri($"https://{account}.table.{suffix}/");
            QueueEndpoint = new Uri($"https://{account}.queue.{suffix}/");
            BlobEndpoint = new Uri($"https://{account}.blob.{suffix}/");
            Credential = credential ?? new DefaultAzureCredential(CredentialOptions(cloud));
        }
    }

    public string TablePrefix { get; }

    /// <summary>The credential the clients sign in with; null when a connection string carries the account's key.</summary>
    public TokenCredential? Credential { get; }

    public Uri? TableEndpoint { get; }

    public Uri? QueueEndpoint { get; }

    public Uri? BlobEndpoint { get; }

    /// <summary>
    /// DefaultAzureCredential signs in at the cloud's own authority (China's managed identities get tokens from
    /// login.chinacloudapi.cn). It already takes a user-assigned identity's client id from AZURE_CLIENT_ID.
    /// </summary>
    internal static DefaultAzureCredentialOptions CredentialOptions(AzureCloud cloud) => new() { AuthorityHost = cloud.AuthorityHost };

    public TableServiceClient TableService() => connectionString is not null
        ? new TableServiceClient(connectionString, Defaults(new TableClientOptions()))
        : new TableServiceClient(TableEndpoint!, Credential!, Defaults(new TableClientOptions()));

    public QueueClient Queue(string name) => connectionString is not null
        ? new QueueClient(connectionString, name, Defaults(new QueueClientOptions()))
        : new QueueClient(new Uri(QueueEndpoint!, name), Credential!, Defaults(new QueueClientOptions()));

    public BlobContainerClient BlobContainer(string name) => connectionString is not null
        ? new BlobContainerClient(connectionString, name, Defaults(new BlobClientOptions()))
        : new BlobContainerClient(new Uri(BlobEndpoint!, name), Credential!, Defaults(new BlobClientOptions()));

    private T Defaults<T>(T options) where T : ClientOptions
    {
        StorageClientDefaults.Apply(options);
        options.Transport = transport;
        return options;
    }
}
