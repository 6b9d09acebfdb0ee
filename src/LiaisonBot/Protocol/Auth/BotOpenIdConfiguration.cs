using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace LiaisonBot.Protocol.Auth;

/// <summary>
/// The Bot Framework OpenID metadata plus, per signing key id, the channels that key is endorsed for. Both come from one
/// fetch, so the endorsements are always those of the keys in <see cref="OpenIdConnectConfiguration.SigningKeys"/>.
/// </summary>
internal sealed class BotOpenIdConfiguration(string json) : OpenIdConnectConfiguration(json)
{
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Endorsements { get; set; } =
        new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
}
